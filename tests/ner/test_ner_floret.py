"""pipeline/ner/_floret.c's floret vectors (vectors.floret_batch) are spaCy's ``Vectors.get_batch``'s, to the bit:
on the shipped model's table and on small tables of every hash count, n-gram sizes and seeds, for crafted words
(accents, other scripts and four-byte characters, one letter, the empty word, words longer than a hash block),
and through CachedVectors."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.vectors import Vectors
from spacy.vocab import Vocab

from seidou.ner import vectors
from seidou.ner.entities import load_model

pytestmark = pytest.mark.skipif(vectors._MEANS is None, reason="the C extension is not built: spaCy's get_batch runs")

WORDS = [
    "maria", "da", "são", "joão", "ç", "a", "", "  ", "x\\ty", "presidente-executivo", "conceição", "açaí",
    "ΑΒΓ", "москва", "東京都", "😀", "a😀b", "naïve", "e\u0301", "2023", "nº", "art.", "ministério da economia",
    "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab",
]  # fmt: skip


def same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and np.asarray(a, np.float32).tobytes() == np.asarray(b, np.float32).tobytes()


def keys_of(table: Vectors, words: list[str]) -> np.ndarray:
    return np.asarray([table.strings.add(w) for w in words], dtype="uint64")


@pytest.mark.parametrize("hash_count", [1, 2, 3, 4])
@pytest.mark.parametrize("minn, maxn", [(2, 3), (3, 5), (1, 1), (0, 2)])
@pytest.mark.parametrize("seed", [0, 2166136261, 4294967295])
def test_small_tables(hash_count, minn, maxn, seed):
    vocab = Vocab()
    data = np.random.default_rng(seed % 97).standard_normal((37, 7)).astype(np.float32)
    table = Vectors(
        strings=vocab.strings, mode="floret", data=data, minn=minn, maxn=maxn, hash_count=hash_count, hash_seed=seed
    )
    keys = keys_of(table, WORDS)
    assert same_bits(vectors.floret_batch(table, keys), table.get_batch(keys))
    empty = keys_of(table, ["", ""])  # spaCy's zeros (of float64) for words all empty
    assert same_bits(vectors.floret_batch(table, empty), table.get_batch(empty))


@pytest.fixture(scope="module")
def table():
    nlp = load_model() or pytest.skip("no NER model installed")
    vocab_vectors = nlp.vocab.vectors
    return getattr(vocab_vectors, "_table", vocab_vectors)


def test_the_models_table(table):
    keys = keys_of(table, WORDS + [w.upper() for w in WORDS] + [w.title() for w in WORDS])
    assert same_bits(vectors.floret_batch(table, keys), table.get_batch(keys))


def test_through_the_cache(table):
    cached = vectors.CachedVectors(table, size=5)  # more words than kept: some computed at every call
    keys = keys_of(table, WORDS)
    for order in (keys, keys[::-1], np.concatenate([keys, keys])):
        assert same_bits(cached.get_batch(order), table.get_batch(order))


def test_a_table_without_rows_is_spacys_error():
    """No rows to take an n-gram's hash modulo: spaCy's ZeroDivisionError, not the C's division by zero."""
    vocab = Vocab()
    table = Vectors(strings=vocab.strings, mode="floret", data=np.zeros((0, 4), np.float32), minn=2, maxn=3)
    with pytest.raises(ZeroDivisionError):
        vectors.floret_batch(table, keys_of(table, ["maria"]))
