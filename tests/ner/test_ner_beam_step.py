"""pipeline/ner/_beam_step.c steps the beams as numpy's step in pipeline/ner/beam.py (its fallback where the
extension was not built): each member's candidates and probabilities the same floats in the same order, on the
crafted sentences of tests/ner/test_ner_beam.py with the beams of ``--ner fast`` and the ensemble, on drawn
scores that tie and take every move (every density there), with every beam's pruning in thinc's arithmetic, and
read as the ensemble reads batches together (beam.Steps). tests/ner/test_ner_beam_real.py compares them on a
real page's paragraphs. Its hidden layer of the step model (numeric.BeamStep) gives numpy's bits for every
state's features, drawn or reached by the beams."""

from __future__ import annotations

import numpy as np
import pytest

from seidou.ner import beam, ensemble, numeric

from .test_ner_beam import DENSITIES, DrawnStep, docs_of, nlp, same, spacys, with_sentence_starts  # noqa: F401

pytestmark = pytest.mark.skipif(not beam.COMPILED, reason="the C extension is not built: only numpy's step runs")


def both(ner, docs, step, monkeypatch) -> tuple[list[dict], list[dict]]:
    """``beam.read`` by the compiled step (checked to have run) and by numpy's."""
    calls = []
    compiled = beam._C_STEP
    monkeypatch.setattr(beam, "_C_STEP", lambda *a: calls.append(1) or compiled(*a))
    ours = beam.read(ner, docs, step)
    assert calls
    monkeypatch.setattr(beam, "_C_STEP", None)
    numpys = beam.read(ner, docs, step)
    monkeypatch.setattr(beam, "_C_STEP", compiled)
    return ours, numpys


@pytest.mark.parametrize("member, width", [("ner_1", 4), ("ner", 8), ("ner", 2), ("ner_1", 1)])
def test_the_compiled_step_reads_as_numpys(nlp, member, width, monkeypatch):  # noqa: F811
    ner = nlp.get_pipe(member)
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    docs = docs_of(nlp)
    ours, numpys = both(ner, docs, numeric.BeamStep(ner.model, docs), monkeypatch)
    assert same(ours, numpys)
    assert sum(map(len, ours)) > 20 and (width == 1 or any(p < 1.0 for d in ours for p in d.values()))
    parts = list(ensemble.batches(docs, 3))
    together = [doc for batch in parts for doc in batch]
    assert same(*both(ner, together, beam.Steps(ner.model, parts), monkeypatch))


def test_the_compiled_step_prunes_in_thincs_arithmetic_where_the_bound_is_near(nlp, monkeypatch):  # noqa: F811
    """Every beam's density pruning in thinc's arithmetic (the C step's, as where a score is near the bound)."""
    ner = nlp.get_pipe("ner_1")
    monkeypatch.setattr(beam, "NEAR", np.inf)
    docs = docs_of(nlp)
    ours, numpys = both(ner, docs, numeric.BeamStep(ner.model, docs), monkeypatch)
    assert same(ours, numpys) and same(ours, spacys(ner, docs))


@pytest.mark.parametrize("width, density", DENSITIES)
@pytest.mark.parametrize("near", [beam.NEAR, np.inf])
def test_drawn_scores_step_alike(nlp, width, density, near, monkeypatch):  # noqa: F811
    ner = nlp.get_pipe("ner_1")
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    monkeypatch.setitem(ner.cfg, "beam_density", density)
    monkeypatch.setattr(beam, "NEAR", near)
    docs = docs_of(nlp) + [nlp.make_doc("a  b   c \n d"), with_sentence_starts(nlp, "um dois três quatro cinco", 2)]
    for seed in range(8):
        assert same(*both(ner, docs, DrawnStep(docs, ner.moves.n_moves, seed), monkeypatch))


@pytest.mark.parametrize("member", ["ner", "ner_1"])
def test_the_compiled_hidden_layer_is_numpys(nlp, member, monkeypatch):  # noqa: F811
    ner = nlp.get_pipe(member)
    docs = docs_of(nlp)
    step = numeric.BeamStep(ner.model, docs)
    tokens = sum(map(len, docs))
    rng = np.random.default_rng(7)
    ids = rng.integers(-1, tokens, (5000, 3)).astype(np.intc)  # any token per feature, -1 (none) among them
    ids[::7, 1:] = -1
    ours, numpys = step._hidden_compiled(ids, 0), step._hidden(ids, 0)
    assert ours.dtype == numpys.dtype and ours.tobytes() == numpys.tobytes()
    shifted = np.where(ids >= 0, ids + 1000, -1).astype(np.intc)  # counted from another batch's first token
    assert step._hidden_compiled(shifted, 1000).tobytes() == ours.tobytes() == step._hidden(shifted, 1000).tobytes()
    scores = step.scores(ids)
    monkeypatch.setattr(numeric, "_HIDDEN", None)
    assert scores.tobytes() == step.scores(ids).tobytes() == step.scores(shifted, 1000).tobytes()
    assert same(beam.read(ner, docs, step), spacys(ner, docs))  # numpy's hidden layer, compiled step


@pytest.mark.parametrize("member", ["ner", "ner_1"])
def test_a_token_outside_the_batch_is_an_error_both_ways(nlp, member):  # noqa: F811
    """The compiled hidden layer reads rows by address: a state's token past the batch's last (or before its
    first, counted from a shift) raises IndexError as numpy's take does, never a row read out of bounds."""
    ner = nlp.get_pipe(member)
    docs = docs_of(nlp)
    step = numeric.BeamStep(ner.model, docs)
    tokens = sum(map(len, docs))
    for ids in ([[0, 1, tokens]], [[0, tokens + 5, -1]]):
        ids = np.asarray(ids, dtype=np.intc)
        with pytest.raises(IndexError):
            step._hidden_compiled(ids, 0)
        with pytest.raises(IndexError):
            step._hidden(ids, 0)
    with pytest.raises(IndexError):  # a token of an earlier batch (numpy's would read another row silently)
        step._hidden_compiled(np.asarray([[99, 100, 101]], dtype=np.intc), 100)
    last = np.asarray([[tokens - 1, -1, 0]], dtype=np.intc)  # the last token is in
    assert step._hidden_compiled(last, 0).tobytes() == step._hidden(last, 0).tobytes()
