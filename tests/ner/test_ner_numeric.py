"""The members' layer norms read with their moments computed once and their maxout layers read with numpy.maximum
(seidou.ner.numeric) give thinc's bits: on random rows, on rows of one value (variance 0), on ties and signed zeros
between pieces, and on the tok2vec of real sentences through the shipped model."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import LayerNorm, Maxout, NumpyOps
from thinc.layers.layernorm import forward as thinc_forward
from thinc.layers.maxout import forward as thinc_maxout

from seidou.ner import numeric
from seidou.ner.entities import load_model

from ..conftest import SHARED, SHARED_REASON

SENTENCES = [
    "O Ministro de Estado da Educação, JOSÉ MENDONÇA BEZERRA FILHO, no uso de suas atribuições",
    "Contratante: Prefeitura Municipal de Tucano; Contratada: CONSTRUTORA XYZ LTDA",
    "Maria da Silva Souza",
]


def _layer(width: int, seed: int):
    layer = LayerNorm(width)
    layer.initialize()
    rng = np.random.default_rng(seed)
    layer.set_param("G", rng.normal(1.0, 0.3, width).astype("float32"))
    layer.set_param("b", rng.normal(0.0, 0.3, width).astype("float32"))
    return layer


@pytest.mark.parametrize("rows, width, seed", [(1, 96, 0), (7, 96, 1), (2000, 96, 2), (33, 64, 3)])
def test_the_same_bits_as_thincs(rows, width, seed):
    layer = _layer(width, seed)
    X = np.random.default_rng(seed + 10).normal(0.0, 3.0, (rows, width)).astype("float32")
    X[0] = 1.5  # a row of one value: variance 0, the epsilon alone
    ours = numeric.layernorm_forward(layer, X, False)[0]
    theirs = thinc_forward(layer, X, False)[0]
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_maxout_the_same_bits_as_thincs(pieces):
    layer = Maxout(5, 4, nP=pieces)
    layer.initialize()
    X = np.random.default_rng(pieces).normal(size=(40, 4)).astype("float32")
    X[:3] = 0.0  # every piece equal (the bias alone)
    layer.set_param("b", np.zeros_like(layer.get_param("b")))
    Z = (X @ layer.ops.reshape2f(layer.get_param("W"), 5 * pieces, 4).T).reshape(40, 5, pieces)
    assert np.all(Z[:3] == 0)
    ours = numeric.maxout_forward(layer, X, False)[0]
    theirs = thinc_maxout(layer, X, False)[0]
    assert ours.shape == theirs.shape == (40, 5) and ours.dtype == theirs.dtype
    assert np.array_equal(ours, theirs) and np.array_equal(np.signbit(ours), np.signbit(theirs))


def test_training_goes_through_thincs_forward():
    layer = _layer(8, 4)
    X = np.random.default_rng(5).normal(size=(3, 8)).astype("float32")
    Y, backprop = numeric.layernorm_forward(layer, X, True)
    assert np.array_equal(Y, thinc_forward(layer, X, True)[0])
    assert backprop(np.ones_like(Y)).shape == X.shape
    maxout = Maxout(3, 8, nP=3)
    maxout.initialize()
    Y, backprop = numeric.maxout_forward(maxout, X, True)
    assert backprop(np.ones_like(Y)).shape == X.shape


def _model():
    nlp = load_model()
    if nlp is None:
        pytest.skip("no NER model installed")
    nlp.get_pipe("seidou_ensemble").member_probabilities([nlp.make_doc("Maria")])  # the ensemble installed on first use
    return nlp


def test_the_members_tok2vec_unchanged():
    nlp = _model()
    docs = [nlp.make_doc(t) for t in SENTENCES]
    tok2vec = nlp.get_pipe("ner_1").model.get_ref("tok2vec")
    norms = [node for node in tok2vec.walk() if node.name == "layernorm"]
    maxouts = [node for node in tok2vec.walk() if node.name == "maxout"]
    assert norms and all(node._func is numeric.layernorm_forward for node in norms)
    assert maxouts and all(node._func is numeric.maxout_forward for node in maxouts)
    ours = tok2vec.predict(docs)
    for node in norms:
        node._func = thinc_forward
    for node in maxouts:
        node._func = thinc_maxout
    try:
        theirs = tok2vec.predict(docs)
    finally:
        numeric.install(nlp.get_pipe("ner_1").model, NumpyOps(use_blis=False))
    assert all(np.array_equal(a, b) for a, b in zip(ours, theirs))


def _steps_equal(ner, docs) -> int:
    """Walk ``ner``'s beam over ``docs`` by spaCy's step model, asking :class:`numeric.BeamStep` the same states at
    every step: the steps whose scores are not spaCy's to the bit (signs of zeros too); 0 expected."""
    from spacy.pipeline._parser_internals import _beam_utils

    batch = _beam_utils.BeamBatch(ner.moves, ner.moves.init_batch(docs), None, 4, density=ner.cfg["beam_density"])
    spacys, ours = ner.model.predict(docs), numeric.BeamStep(ner.model, docs)
    differ = steps = 0
    while not batch.is_done:
        states = batch.get_unfinished_states()
        theirs, mine = spacys.predict(states), ours.predict(states)
        steps += 1
        differ += not (
            mine.dtype == theirs.dtype
            and np.array_equal(mine, theirs)
            and np.array_equal(np.signbit(mine), np.signbit(theirs))
        )
        batch.advance(theirs)
    assert steps > 5
    return differ


@pytest.mark.parametrize("member", ["ner", "ner_1"])
def test_the_beam_step_is_spacys(member):
    nlp = _model()
    ner = nlp.get_pipe(member)
    assert numeric.BeamStep.reads(ner.model)
    docs = [nlp.make_doc(t) for t in [*SENTENCES, "Maria", "LTDA"]]
    assert _steps_equal(ner, docs) == 0


def test_the_beam_step_is_spacys_on_real_pages():
    from seidou.runner.process import read_layout

    path = SHARED / "corpus" / "real" / "dou" / "dou_s2_2023_05_02_p94.pdf"
    if not path.exists():
        pytest.skip(SHARED_REASON)
    pdf, layout = read_layout(str(path), ocr=False)
    pdf.close()
    nlp = _model()
    paragraphs = [p for p in layout.text.split("\n") if p.strip()]
    docs = sorted((nlp.make_doc(p) for p in paragraphs), key=len)
    assert len(docs) > 50
    for start in range(0, len(docs), 64):
        assert _steps_equal(nlp.get_pipe("ner_1"), docs[start : start + 64]) == 0
