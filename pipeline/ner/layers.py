"""spaCy layers of the NER model beyond spaCy's own: a second static table, keyed on the lower-case word,
holding word vectors taken from a pretrained multilingual encoder (``models/experiments/lexicon.py`` builds it), and
the embedding that concatenates it with spaCy's hash embeddings and floret vectors.

Imported before ``spacy.load`` (pipeline/ner/entities.py, models/train.py, models/evaluate.py): the model's config
names ``seidou.LexiconEmbed.v1`` and the ``seidou_ensemble`` and ``seidou_conventions`` components
(pipeline/ner/ensemble.py, pipeline/ner/conventions.py). The table travels inside the model's weights; nothing is read at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Optional, Tuple

import numpy as np
from spacy.attrs import LOWER
from spacy.ml.staticvectors import StaticVectors
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.initializers import glorot_uniform_init
from thinc.types import Floats2d, Ragged

from seidou.ner import conventions  # noqa: F401  (registers the model's last component, seidou_conventions)
from seidou.ner import ensemble  # noqa: F401  (registers seidou_ensemble, which runs the member models)


def LexiconVectors(
    nO: Optional[int] = None, table: Optional[Path] = None, dropout: float = 0.0
) -> Model[List[Doc], Ragged]:
    """Each token's row of a fixed table (``keys``: sorted uint64 hashes of lower-case words, ``E``: one
    row per key, float16; unknown words get zeros) through a learned linear map to ``nO``. ``table`` (an
    ``.npz`` with ``keys`` and ``E``) is read when the model is initialized for training, never after.
    ``dropout``: in training, the share of tokens whose row is zeroed (as if the word were unknown)."""
    return Model(
        "lexicon_vectors",
        _forward,
        init=_init,
        params={"W": None, "E": None, "keys": None},
        attrs={"table": str(table) if table else None, "dropout": dropout},
        dims={"nO": nO, "nM": None},
    )


def _rows(model: Model, docs: List[Doc]) -> np.ndarray:
    keys = np.concatenate([doc.to_array(LOWER) for doc in docs]).astype(np.uint64)
    table = model.get_param("keys")
    at = np.searchsorted(table, keys)
    at[at >= len(table)] = 0
    return np.where(table[at] == keys, at, -1)


def _forward(model: Model, docs: List[Doc], is_train: bool) -> Tuple[Ragged, Callable]:
    lengths = model.ops.asarray1i([len(doc) for doc in docs])
    W = model.get_param("W")
    if not int(lengths.sum()):
        return Ragged(model.ops.alloc2f(0, W.shape[0]), lengths), lambda d: []
    rows = _rows(model, docs)
    V = model.get_param("E")[np.maximum(rows, 0)].astype(np.float32)
    V[rows < 0] = 0.0
    if is_train and model.attrs.get("dropout"):
        V[np.random.random(len(rows)) < model.attrs["dropout"]] = 0.0
    V = model.ops.as_contig(V)
    out = model.ops.gemm(V, W, trans2=True)

    def backprop(d: Ragged) -> List[Doc]:
        model.inc_grad("W", model.ops.gemm(d.data, V, trans1=True))
        return []

    return Ragged(out, lengths), backprop


def _init(model: Model, X=None, Y=None) -> Model:
    if not model.has_param("E"):  # set when loaded from disk: the table is read only to train
        path = model.attrs["table"]
        if not path:
            raise ValueError("lexicon_vectors: no table to initialize from")
        with np.load(path) as z:
            keys, E = z["keys"].astype(np.uint64), z["E"].astype(np.float16)
        order = np.argsort(keys)
        model.set_param("keys", keys[order])
        model.set_param("E", E[order])
    nM = model.get_param("E").shape[1]
    model.set_dim("nM", nM)
    if Y is not None:
        model.set_dim("nO", Y.data.shape[1])
    model.set_param("W", glorot_uniform_init(model.ops, (model.get_dim("nO"), nM)))
    return model


@registry.architectures("seidou.LexiconEmbed.v1")
def LexiconEmbed(
    width: int, attrs: List[str], rows: List[int], table: Optional[str] = None, lexicon_dropout: float = 0.0
) -> Model[List[Doc], List[Floats2d]]:
    """spaCy's ``MultiHashEmbed.v2`` with static vectors, plus :func:`LexiconVectors`: the hash
    embeddings, the floret vectors and the lexicon table, concatenated and mixed by one Maxout layer."""
    seed = 7
    embeddings = []
    for i in range(len(attrs)):
        seed += 1
        embeddings.append(HashEmbed(width, rows[i], column=i, seed=seed, dropout=0.0))
    features = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    mix = with_array(Maxout(width, width * (len(embeddings) + 2), nP=3, dropout=0.0, normalize=True))
    return chain(
        concatenate(features, StaticVectors(width, dropout=0.0), LexiconVectors(width, table, lexicon_dropout)),
        mix,
        ragged2list(),
    )
