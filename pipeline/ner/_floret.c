/* The floret vectors of words (spaCy 3.8's Vectors.get_batch in floret mode, pipeline/ner/vectors.py) in C: each
   word's character n-grams (the word between its bow and eow marks, whole, then every n-gram of minn to maxn
   characters, by size then start), each hashed by MurmurHash3_x64_128 (the murmurhash package's hash128_x64,
   the table's seed) into up to four 32-bit rows (its hash count), and the mean of those rows as thinc's
   reduce_mean computes it (float32: each row times 1 / count added in order). The same bits as spaCy's, which
   hashes each n-gram from Python (a list of the rows, then a copy of every row before the mean).

   Part of the optional extension of pipeline/ner/_beam_step.c (setup.py); without it vectors.py asks spaCy. */

#include <stdint.h>
#include <string.h>
#include <float.h>

/* Bit for bit as spaCy only where float arithmetic rounds each operation to its type (not x87's wider registers):
   elsewhere the optional build fails on purpose and vectors.py asks spaCy. */
#if FLT_EVAL_METHOD != 0
#error "the floret means need FLT_EVAL_METHOD 0"
#endif

static uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

/* A block's or the tail's 64-bit half mixed before it joins its lane's hash. */
static uint64_t mix_half(uint64_t k, uint64_t first, int r, uint64_t second)
{
    k *= first;
    k = rotl64(k, r);
    return k * second;
}

/* MurmurHash3_x64_128 (Austin Appleby's, public domain), its blocks read in native byte order as the murmurhash
   package reads them (so the same hashes as spaCy's on any byte order). */
static void murmur3_x64_128(const uint8_t *data, int len, uint32_t seed, uint64_t out[2])
{
    const int nblocks = len / 16;
    const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
    uint64_t h1 = seed, h2 = seed, k1, k2;
    for (int i = 0; i < nblocks; i++) {
        memcpy(&k1, data + i * 16, 8);
        memcpy(&k2, data + i * 16 + 8, 8);
        h1 ^= mix_half(k1, c1, 31, c2);
        h1 = rotl64(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mix_half(k2, c2, 33, c1);
        h2 = rotl64(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }
    const uint8_t *tail = data + nblocks * 16;
    int rest = len & 15;
    k1 = 0;
    k2 = 0;
    for (int i = rest - 1; i >= 8; i--)
        k2 ^= (uint64_t)tail[i] << (8 * (i - 8));
    if (rest > 8)
        h2 ^= mix_half(k2, c2, 33, c1);
    for (int i = (rest < 8 ? rest : 8) - 1; i >= 0; i--)
        k1 ^= (uint64_t)tail[i] << (8 * i);
    if (rest > 0)
        h1 ^= mix_half(k1, c1, 31, c2);
    h1 ^= (uint64_t)len;
    h2 ^= (uint64_t)len;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    out[0] = h1;
    out[1] = h2;
}

/* The table's rows of one n-gram (its hash's 32-bit parts in spaCy's order, the first `hash_count`). */
static int64_t ngram_rows(const uint8_t *gram, int64_t len, uint32_t seed, int64_t hash_count, int64_t n_rows,
                          int64_t *rows)
{
    uint64_t h[2];
    murmur3_x64_128(gram, (int)len, seed, h);
    uint64_t parts[4] = {h[0] & 0xffffffffu, h[0] >> 32, h[1] & 0xffffffffu, h[1] >> 32};
    for (int64_t k = 0; k < hash_count; k++)
        rows[k] = (int64_t)(parts[k] % (uint64_t)n_rows);
    return hash_count;
}

/* Each of `n` words' vector (out: n x width, zeros on entry): word i is utf8[offsets[i]:offsets[i + 1]], its
   marks included (an empty word, no marks, keeps zeros). `chars` has room for one word's character starts
   (its bytes + 1), `rows` for its n-grams' rows. Returns 0, or -1 for a hash count not in 1..4. */
int seidou_floret_means(const uint8_t *utf8, const int64_t *offsets, int64_t n, int64_t minn, int64_t maxn,
                        int64_t hash_count, uint32_t seed, const float *table, int64_t n_rows, int64_t width,
                        int64_t *chars, int64_t *rows, float *out)
{
    if (hash_count < 1 || hash_count > 4)
        return -1;
    for (int64_t i = 0; i < n; i++, out += width) {
        const uint8_t *word = utf8 + offsets[i];
        int64_t len = offsets[i + 1] - offsets[i], n_chars = 0, count = 0;
        if (len == 0)
            continue;
        for (int64_t b = 0; b < len; b++)
            if ((word[b] & 0xC0) != 0x80) /* a character's first byte */
                chars[n_chars++] = b;
        chars[n_chars] = len;
        count += ngram_rows(word, len, seed, hash_count, n_rows, rows + count);
        for (int64_t size = minn; size <= maxn; size++)
            for (int64_t start = 0; start + size <= n_chars; start++) {
                int64_t lo = chars[start], hi = chars[start + size];
                count += ngram_rows(word + lo, hi - lo, seed, hash_count, n_rows, rows + count);
            }
        float scale = (float)(1. / (double)count);
        for (int64_t k = 0; k < count; k++) {
            const float *row = table + rows[k] * width;
            for (int64_t j = 0; j < width; j++)
                out[j] += scale * row[j];
        }
    }
    return 0;
}
