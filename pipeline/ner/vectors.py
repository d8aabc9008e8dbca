"""The model's floret vectors with each word's vector kept after its first lookup (:class:`CachedVectors`).

spaCy computes a floret word vector from the hashes of the word's character n-grams, in a Python loop, every
time the word is read: for each member of the ensemble (pipeline/ner/ensemble.py) and for each batch again.
That was about a fifth of the NER time on LeNER-Br test. The vector of a word depends on the word alone (the
mean of its n-grams' rows), so the vector computed once is the vector computed again, to the bit: this
table keeps up to :data:`SIZE` words' vectors and computes the others as spaCy does. Words are keyed as the
wrapped table keys them (the shipped model's: the lower-case word).

It is installed at run time through ``Vocab.vectors`` (:func:`install`) and never saved: spaCy's static
vectors layer reads any vectors object that has ``get_batch``, and everything else (``to_disk``, ``mode``,
``shape`` …) is the wrapped table's.

>>> import numpy as np
>>> from spacy.vocab import Vocab
>>> from spacy.vectors import Vectors
>>> vocab = Vocab()
>>> data = np.arange(60, dtype="float32").reshape(20, 3)
>>> vocab.vectors = Vectors(strings=vocab.strings, mode="floret", data=data, minn=2, maxn=3, hash_count=1)
>>> keys = np.asarray([vocab.strings.add(w) for w in ["Maria", "da", "Maria"]], dtype="uint64")
>>> plain = vocab.vectors.get_batch(keys)
>>> cached = install(vocab)
>>> bool((cached.get_batch(keys) == plain).all() and (cached.get_batch(keys[::-1]) == plain[::-1]).all())
True
>>> len(cached), install(vocab) is cached
(2, True)
"""

from __future__ import annotations

import ctypes
import threading

import numpy as np
from spacy.vectors import Mode, Vectors
from spacy.vocab import Vocab

from seidou.ner import compiled

SIZE = 50_000  # words kept: 20 MB of float32 at width 100; the words after that are computed every time


class CachedVectors:
    """A floret table's ``get_batch`` with each word's vector kept after it is first computed (up to
    ``size`` words); every other attribute is the table's."""

    def __init__(self, table: Vectors, size: int = SIZE):
        self._table = table
        self._rows: dict[int, int] = {}
        self._kept = np.zeros((size, table.shape[1]), dtype="float32")
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not set yet (a copy being made): not the table's
            raise AttributeError(name)
        return getattr(self._table, name)

    def get_batch(self, keys) -> np.ndarray:
        """The vectors of ``keys`` (string hashes), as the wrapped table's ``get_batch`` gives them."""
        unique, inverse = np.unique(np.asarray(keys, dtype="uint64"), return_inverse=True)
        vectors = np.empty((len(unique), self._kept.shape[1]), dtype="float32")
        with self._lock:
            get = self._rows.get
            rows = np.fromiter((get(key, -1) for key in unique.tolist()), dtype="int64", count=len(unique))
            kept = rows >= 0
            vectors[kept] = self._kept[rows[kept]]
            new = np.flatnonzero(~kept)
            if len(new):
                vectors[new] = floret_batch(self._table, unique[new])
                first, kept_new = len(self._rows), new[: len(self._kept) - len(self._rows)]
                self._kept[first : first + len(kept_new)] = vectors[kept_new]
                self._rows.update(zip(unique[kept_new].tolist(), range(first, first + len(kept_new))))
        return vectors[inverse.reshape(-1)]


_I, _P = compiled.I64, compiled.PTR
_MEANS = compiled.function(
    "seidou_floret_means", (_P, _P, _I, _I, _I, _I, ctypes.c_uint32, *(_P, _I, _I), _P, _P, _P), ctypes.c_int
)


def floret_batch(table: Vectors, keys: np.ndarray) -> np.ndarray:
    """``table.get_batch(keys)`` of a floret table (``keys``: string hashes), the same floats: computed by
    pipeline/ner/_floret.c where the NER's extension was built (spaCy hashes each n-gram of each word from Python
    and copies every n-gram's row before their means: 0.7 s CPU for the 13,665 words of benchmarks/profile_ner.py's
    sample), else by ``get_batch``."""
    data = table.data
    if _MEANS is None or not 1 <= table.hash_count <= 4 or not len(keys) or not len(data):  # (no rows: spaCy's error)
        return table.get_batch(keys)
    if not (isinstance(data, np.ndarray) and data.dtype == np.float32 and data.flags.c_contiguous):
        return table.get_batch(keys)
    words = [table.strings.as_string(key) for key in keys.tolist()]
    encoded = [(table.bow + word + table.eow).encode("utf8") if word else b"" for word in words]
    offsets = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    longest = max(map(len, encoded))  # bytes: at least its characters
    chars = np.empty(longest + 1, dtype=np.int64)
    rows = np.empty(4 * (1 + max(0, table.maxn - table.minn + 1) * (longest + 1)), dtype=np.int64)
    out = np.zeros((len(words), data.shape[1]), dtype=np.float32)
    _MEANS(
        b"".join(encoded), offsets.ctypes.data, len(words), table.minn, table.maxn, table.hash_count,
        table.hash_seed, data.ctypes.data, data.shape[0], data.shape[1], chars.ctypes.data, rows.ctypes.data,
        out.ctypes.data,
    )  # fmt: skip
    return out


def install(vocab: Vocab, size: int = SIZE) -> CachedVectors | None:
    """Wrap ``vocab``'s floret table in a :class:`CachedVectors` (once) and return it; None when the
    vocab's vectors are not a floret table (a plain table is a row lookup already)."""
    table = vocab.vectors
    if isinstance(table, CachedVectors):
        return table
    if not isinstance(table, Vectors) or table.mode != Mode.floret:
        return None
    cached = CachedVectors(table, size)
    vocab.vectors = cached
    return cached
