/* One step of a member's beams (pipeline/ner/beam.py's decoder) in C: the same candidates, order, scores and
   pruning as the numpy step there, to the bit, in one call instead of some 70 numpy calls a step.

   A step reads the live states (rows, beam by beam in beam order, each with its beam, place in it: slot, score
   and columns base, kind, start, node as beam.py's _Rows) and the moves' scores of each (the step model's), and
   writes the states kept: each beam's candidates ranked as thinc's queue ranks them (score, then
   slot * moves + move, both highest first: one int64 key as beam.py's _sortable), the best `width` taken,
   those that density pruning drops left out (beam.py's _pruned, thinc's arithmetic where a score is near the
   bound), with the entities they close appended to the closed nodes, and the features of the next step.

   Built by setuptools with pipeline/ner/_floret.c as an optional extension (setup.py: seidou.ner._ner_loops,
   with -ffp-contract=off: no fused multiply-add, each sum and product rounded as numpy and Python round it);
   without it beam.py steps in numpy. Loaded with ctypes (pipeline/ner/compiled.py): it defines no Python
   module, only its C functions (and an empty module init, here, so that it is also a valid extension module). */

#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <float.h>

/* Bit for bit as the fallbacks only where float arithmetic rounds each operation to its type (not x87's wider
   registers), and the object-making loops need the interpreter lock: elsewhere the optional build fails on purpose
   and the fallbacks run. */
#if FLT_EVAL_METHOD != 0 || defined(Py_GIL_DISABLED)
#error "seidou's loops need FLT_EVAL_METHOD 0 and a Python with the interpreter lock"
#endif

#define NONE INT64_MIN /* the key of a move not allowed, or of a place no state holds */
#define MAX_WIDTH 64

/* The moves (beam.py's Moves), as arrays of int64 (allowed: uint8 by kind * 8 + flags, then move). */
typedef struct {
    int64_t n_moves;
    const uint8_t *allowed;
    const int64_t *becomes; /* by kind, then move */
    const uint8_t *opens, *closes, *unit;
    const int64_t *label;
} moves_t;

/* A float32 score and an entry as beam.py's _sortable(score) | entry: the same order as the scores. */
static int64_t key_of(float score, int64_t entry)
{
    int32_t bits;
    memcpy(&bits, &score, sizeof bits);
    int32_t v = bits ^ ((bits >> 31) & 0x7FFFFFFF);
    return (int64_t)((uint64_t)(int64_t)v << 32) | entry;
}

/* Whether move `m` is allowed to row `r` at step `t` (its kind and token's flags). */
static int is_allowed(const moves_t *mv, const int64_t *col, const int64_t *flags, int64_t r, int64_t t, int64_t m)
{
    int64_t kind = col[r * 4 + 1], token = col[r * 4] + t;
    return mv->allowed[(kind * 8 + flags[token]) * mv->n_moves + m];
}

/* The beam's best `width` keys, highest first (NONE where fewer), over its rows r0..r1. */
static void best_keys(const moves_t *mv, const float *step, const float *score, const int64_t *slot,
                      const int64_t *col, const int64_t *flags, int64_t t, int64_t r0, int64_t r1, int64_t width,
                      int64_t *top)
{
    int64_t n = mv->n_moves;
    for (int64_t k = 0; k < width; k++)
        top[k] = NONE;
    for (int64_t r = r0; r < r1; r++) {
        for (int64_t m = 0; m < n; m++) {
            if (!is_allowed(mv, col, flags, r, t, m))
                continue;
            float s = score[r] + step[r * n + m];
            int64_t key = key_of(s, slot[r] * n + m);
            if (key <= top[width - 1])
                continue;
            int64_t k = width - 1;
            for (; k > 0 && top[k - 1] < key; k--)
                top[k] = top[k - 1];
            top[k] = key;
        }
    }
}

/* thinc's Beam._fill density pruning of the beam's best scores `best` (beam.py's _pruned_as_thinc): doubles,
   libm's exp, the candidates' sum in their order (rows, then moves). */
static void pruned_as_thinc(const moves_t *mv, const float *step, const float *score, const int64_t *col,
                            const int64_t *flags, int64_t t, int64_t r0, int64_t r1, const float *best,
                            int64_t width, double density, uint8_t *out)
{
    int64_t n = mv->n_moves;
    double top = -INFINITY, total = 0.0;
    int any = 0;
    for (int64_t r = r0; r < r1; r++)
        for (int64_t m = 0; m < n; m++)
            if (is_allowed(mv, col, flags, r, t, m)) {
                double e = (double)(float)(score[r] + step[r * n + m]);
                if (!any || e > top)
                    top = e;
                any = 1;
            }
    for (int64_t r = r0; r < r1; r++)
        for (int64_t m = 0; m < n; m++)
            if (is_allowed(mv, col, flags, r, t, m))
                total += exp((double)(float)(score[r] + step[r * n + m]) - top);
    double cutoff = (1.0 / total) * density;
    for (int64_t k = 0; k < width; k++)
        out[k] = exp((double)best[k] - top) / total < cutoff;
}

/* Which of the beam's best scores density pruning drops (beam.py's _pruned for one beam). */
static void pruned(const moves_t *mv, const float *step, const float *score, const int64_t *col,
                   const int64_t *flags, int64_t t, int64_t r0, int64_t r1, const float *best, int64_t width,
                   double density, double bound, double near_gap, uint8_t *out)
{
    int near = 0;
    for (int64_t k = 0; k < width; k++) {
        double gap = (double)best[k] - (double)best[0];
        out[k] = density > 0.0 && gap < bound;
        near |= fabs(gap - bound) < near_gap;
    }
    if (density > 0.0 && near)
        pruned_as_thinc(mv, step, score, col, flags, t, r0, r1, best, width, density, out);
}

/* Step `t` of the beams: `n_rows` live states (score, beam, slot, columns: n_rows x 4) and their moves' scores
   (`step`: n_rows x n_moves) give the states kept (out_*: at most beams * width rows) and their features at
   t + 1 (out_ids: rows x 3, int32); the entities closed go to `closed` (rows of before, start, end, label)
   from *n_closed on. `density` is the beams' density as a float32, `bound` its log; a beam with a score within
   `near` of the bound is pruned in thinc's arithmetic (beam.py's NEAR). Returns the rows kept. */
int64_t seidou_beam_step(int64_t n_rows, int64_t width, int64_t t, double density, double bound, double near,
                         const int64_t *moves_n, const uint8_t *allowed, const int64_t *becomes,
                         const uint8_t *opens, const uint8_t *closes, const uint8_t *unit, const int64_t *label,
                         const int64_t *flags, const float *step, const float *score, const int64_t *beam,
                         const int64_t *slot, const int64_t *col, int64_t *closed, int64_t *n_closed,
                         float *out_score, int64_t *out_beam, int64_t *out_slot, int64_t *out_col, int32_t *out_ids)
{
    moves_t mv = {*moves_n, allowed, becomes, opens, closes, unit, label};
    int64_t n = mv.n_moves, kept = 0, nodes = *n_closed;
    int64_t top[MAX_WIDTH];
    float best[MAX_WIDTH];
    uint8_t drop[MAX_WIDTH];
    if (width < 1 || width > MAX_WIDTH)
        return -1;
    for (int64_t r0 = 0, r1; r0 < n_rows; r0 = r1) {
        for (r1 = r0 + 1; r1 < n_rows && beam[r1] == beam[r0]; r1++)
            ;
        best_keys(&mv, step, score, slot, col, flags, t, r0, r1, width, top);
        int64_t at[MAX_WIDTH];
        for (int64_t k = 0; k < width; k++) {
            at[k] = r0 * n + (top[k] & 0xFFFFFFFF);
            best[k] = score[at[k] / n] + step[at[k]];
        }
        pruned(&mv, step, score, col, flags, t, r0, r1, best, width, density, bound, near, drop);
        for (int64_t k = 0; k < width; k++) {
            if (top[k] == NONE || drop[k])
                continue;
            int64_t parent = at[k] / n, move = at[k] % n;
            const int64_t *p = col + parent * 4;
            int64_t *o = out_col + kept * 4;
            int64_t base = p[0], start = p[2], node = p[3], token = base + t;
            if (mv.closes[move]) {
                int64_t *c = closed + nodes * 4;
                c[0] = node;
                c[1] = mv.unit[move] ? t : start - base;
                c[2] = t + 1;
                c[3] = mv.label[move];
                node = nodes++;
            }
            start = mv.opens[move] ? token : (mv.closes[move] ? -1 : start);
            o[0] = base;
            o[1] = mv.becomes[p[1] * n + move];
            o[2] = start;
            o[3] = node;
            out_score[kept] = best[k];
            out_beam[kept] = beam[r0];
            out_slot[kept] = k;
            out_ids[kept * 3] = (int32_t)(token + 1);
            out_ids[kept * 3 + 1] = (int32_t)start;
            out_ids[kept * 3 + 2] = (int32_t)(start >= 0 ? token : -1);
            kept++;
        }
    }
    *n_closed = nodes;
    return kept;
}

/* Feature f's row of the token at `id` counted from `shift` (-1: none, the padding row), of `rows` (nF rows a
   token, row 0 the padding token's, each `width` wide). */
static const float *feature_row(const float *rows, int64_t nF, int64_t width, int32_t id, int64_t shift, int64_t f)
{
    int64_t token = id >= 0 ? (int64_t)id - shift : -1;
    return rows + ((token + 1) * nF + f) * width;
}

/* The hidden layer of the step model for `n` states (pipeline/ner/numeric.py's BeamStep.scores, before the output
   layer): each state's rows (`ids`: n x nF token positions, counted from `shift`, -1 for none) summed in the
   features' order, the bias added, the largest of each output's nP pieces kept (out: n x nO). The same floats as
   numpy's sums and maximum: no piece is -0.0 (the bias has none) and none is NaN, so equal pieces are the same
   bits. `tokens`: the batch's tokens (rows has tokens + 1 of each feature); returns -1, having read no row, where a
   state's token is outside them (numpy's take raises there), else 0. */
int seidou_step_hidden(const float *rows, int64_t nF, int64_t tokens, const int32_t *ids, int64_t n, int64_t shift,
                       const float *bias, int64_t nO, int64_t nP, float *sum, float *out)
{
    int64_t width = nO * nP;
    for (int64_t k = 0; k < n * nF; k++) {
        if (ids[k] >= 0 && ((int64_t)ids[k] < shift || (int64_t)ids[k] - shift >= tokens)) return -1;
    }
    for (int64_t i = 0; i < n; i++, ids += nF, out += nO) {
        const float *first = feature_row(rows, nF, width, ids[0], shift, 0);
        const float *second = feature_row(rows, nF, width, ids[1], shift, 1);
        for (int64_t j = 0; j < width; j++)
            sum[j] = first[j] + second[j];
        for (int64_t f = 2; f < nF; f++) {
            const float *row = feature_row(rows, nF, width, ids[f], shift, f);
            for (int64_t j = 0; j < width; j++)
                sum[j] += row[j];
        }
        for (int64_t j = 0; j < width; j++)
            sum[j] += bias[j];
        for (int64_t o = 0; o < nO; o++) {
            const float *piece = sum + o * nP;
            float best = piece[0];
            for (int64_t p = 1; p < nP; p++)
                best = piece[p] > best ? piece[p] : best;
            out[o] = best;
        }
    }
    return 0;
}

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_ner_loops", NULL, -1, NULL, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__ner_loops(void)
{
    return PyModule_Create(&module);
}
