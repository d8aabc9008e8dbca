"""tests/ner/test_ner_beam.py's check on a real DOU page of personnel acts (../shared): each member's candidates and
probabilities read by pipeline/ner/beam.py are spaCy's beam's, the same floats in the same order, for the paragraphs
``--ner fast`` and ``--ner all`` give the model, in the ensemble's batches."""

from __future__ import annotations

import pytest

from seidou.ner import beam, ensemble, numeric
from seidou.ner.entities import select

from ..conftest import FIXTURES
from .test_ner_beam import nlp, same, spacys  # noqa: F401  (nlp: the shipped model)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    from seidou.runner.process import process_file

    rows = process_file(str(FIXTURES / "dou_s2_2023_05_02_p94.pdf"), "t", ner="off", tables="off").rows
    texts = [d["text"] for d in rows["documents"]]
    return list(dict.fromkeys(t[s:e] for t in texts for mode in ("fast", "all") for s, e in select(t, mode)))


@pytest.mark.parametrize("member, width", [("ner_1", 4), ("ner", 8), ("ner_1", 8)])
def test_the_candidates_are_spacys_on_a_real_page(nlp, paragraphs, member, width, monkeypatch):  # noqa: F811
    ner = nlp.get_pipe(member)
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    docs = [nlp.make_doc(t) for t in paragraphs]
    assert len(docs) > 50
    read = 0
    for batch in ensemble.batches(docs, 128):
        assert beam.reads(ner, batch)
        theirs = spacys(ner, batch)
        assert same(beam.read(ner, batch, numeric.BeamStep(ner.model, batch)), theirs)
        read += sum(map(len, theirs))
    assert read > 100


@pytest.mark.skipif(not beam.COMPILED, reason="the C extension is not built: only numpy's step runs")
@pytest.mark.parametrize("member, width", [("ner_1", 4), ("ner", 8)])
def test_the_compiled_step_reads_as_numpys_on_a_real_page(nlp, paragraphs, member, width, monkeypatch):  # noqa: F811
    ner = nlp.get_pipe(member)
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    parts = list(ensemble.batches([nlp.make_doc(t) for t in paragraphs], 128))
    docs = [doc for batch in parts for doc in batch]
    ours = beam.read(ner, docs, beam.Steps(ner.model, parts))
    monkeypatch.setattr(beam, "_C_STEP", None)
    assert same(ours, beam.read(ner, docs, beam.Steps(ner.model, parts)))
