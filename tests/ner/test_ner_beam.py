"""pipeline/ner/beam.py reads as spaCy's beam: each member's candidates and probabilities (``scored_ents`` of
``beam_parse``) the same floats in the same order, on crafted sentences (names, organizations, dates, acts; spaces,
one word, no word, sentence starts set), with the beams of ``--ner fast`` (4) and of the ensemble (8), with the
density pruning computed as thinc computes it for every beam, and not for a doc that holds entities.
tests/ner/test_ner_beam_real.py does the same on a real page's paragraphs."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from spacy.ml.parser_model import ParserStepModel

from seidou.ner import beam, ensemble, numeric, vectors
from seidou.ner.entities import load_model

from .test_ner_cheaper_steps import SENTENCES as CHEAPER_STEPS_SENTENCES

SENTENCES = [
    *CHEAPER_STEPS_SENTENCES,
    "Nomear PATRICIA DE SOUZA MOREIRA para exercer o cargo de Diretora, nos termos da Lei nº 8.112, de 11 de"
    " dezembro de 1990, e do Decreto nº 9.794, de 14 de maio de 2019. JOÃO   PEDRO  ALVES",
    "Tribunal de Contas da União,\n\nAcórdão 1234/2019 - Plenário; Rio de Janeiro, 3 de março de 2020",
    "Brasília",
    "",
    "  ",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model() or pytest.skip("no NER model installed")


def spacys(ner, docs) -> list[dict]:
    """The candidates as spaCy's beam and ``scored_ents`` give them (labels as names)."""
    return [dict(probs) for probs in ner.scored_ents(ensemble.beam_parse(ner, docs))]


def same(ours: list[dict], theirs: list[dict]) -> bool:
    """The same candidates in the same order with the same floats, to the bit."""
    return [list(d.items()) for d in ours] == [list(d.items()) for d in theirs] and all(
        np.float64(a).tobytes() == np.float64(b).tobytes()
        for o, t in zip(ours, theirs)
        for a, b in zip(o.values(), t.values())
    )


def with_sentence_starts(nlp, text: str, every: int):
    """``text``'s doc with a sentence starting at every ``every``-th token from the second: no entity crosses."""
    doc = nlp.make_doc(text)
    for token in list(doc)[1::every]:
        token.is_sent_start = True
    return doc


def docs_of(nlp):
    return [nlp.make_doc(t) for t in SENTENCES] + [with_sentence_starts(nlp, SENTENCES[4], 3)]


@pytest.mark.parametrize("member, width", [("ner_1", 4), ("ner", 8), ("ner_1", 8), ("ner", 2)])
def test_the_candidates_are_spacys(nlp, member, width, monkeypatch):
    ner = nlp.get_pipe(member)
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    docs = docs_of(nlp)
    assert beam.reads(ner, docs)
    ours = beam.read(ner, docs, numeric.BeamStep(ner.model, docs))
    theirs = spacys(ner, docs)
    assert same(ours, theirs)
    assert sum(map(len, theirs)) > 20 and any(p < 1.0 for d in theirs for p in d.values())
    parts = list(ensemble.batches(docs, 3))  # the batches the ensemble makes: alone, and read together
    theirs = [spacys(ner, batch) for batch in parts]
    for batch, probs in zip(parts, theirs):
        assert same(beam.read(ner, batch, numeric.BeamStep(ner.model, batch)), probs)
    together = beam.read(ner, [doc for batch in parts for doc in batch], beam.Steps(ner.model, parts))
    assert same(together, [p for probs in theirs for p in probs])


def test_a_built_extension_is_loaded():
    """The NER's C extension, where it was built, loads with all its functions (else its tests would skip and
    the readers fall back to numpy's and spaCy's ways unseen)."""
    built = [p for p in Path(beam.__file__).parent.glob("_ner_loops.*") if p.suffix in (".so", ".pyd")]
    if built:
        assert beam.COMPILED and numeric._HIDDEN is not None and vectors._MEANS is not None


def test_thincs_pruning_where_the_bound_is_near(nlp, monkeypatch):
    """Every beam's density pruning in thinc's arithmetic (as where a score is near the bound): the same."""
    ner = nlp.get_pipe("ner_1")
    monkeypatch.setattr(beam, "NEAR", np.inf)
    monkeypatch.setattr(beam, "_C_STEP", None)  # numpy's step (tests/ner/test_ner_beam_step.py: the compiled one)
    calls = []
    monkeypatch.setattr(beam, "_pruned_as_thinc", lambda *a: calls.append(1) or _PRUNED_AS_THINC(*a))
    docs = docs_of(nlp)
    assert same(beam.read(ner, docs, numeric.BeamStep(ner.model, docs)), spacys(ner, docs))
    assert len(calls) > 100


_PRUNED_AS_THINC = beam._pruned_as_thinc


class DrawnStep:
    """A step model of drawn scores, for both beams: each move's score is a sum of one drawn number per feature
    (the state's token, its open entity's first token, the token before), of a few values, so that candidates
    often tie and moves the model never wants (an entity opening on a space) are taken."""

    get_token_ids = ParserStepModel.get_token_ids  # spaCy's features of spaCy's states
    state2vec = SimpleNamespace(nF=3)

    def __init__(self, docs, n_moves: int, seed: int):
        rng = np.random.default_rng(seed)
        self.drawn = (rng.integers(-3, 3, (3, sum(map(len, docs)) + 1, n_moves)) * 0.75).astype(np.float32)

    def scores(self, ids):
        return self.drawn[0, ids[:, 0] + 1] + self.drawn[1, ids[:, 1] + 1] + self.drawn[2, ids[:, 2] + 1]

    def predict(self, states):
        return self.scores(self.get_token_ids(states))

    # standing for numeric.BeamStep in ensemble.beam_parse: it reads any model, and is the step of any docs
    reads = staticmethod(lambda model: True)

    def __call__(self, model, docs):
        return self


# exp(-1.5) and exp(-0.75): the drawn scores are multiples of 0.75, so many candidates sit at the density bound
# itself, where thinc's arithmetic decides (beam._pruned_as_thinc); 1e-46 is 0 as a float32 (no pruning)
DENSITIES = [(4, 0.01), (8, 0.01), (2, 0.0), (4, 0.3), (16, 0.001), (4, float(np.exp(-1.5))), (8, float(np.exp(-0.75)))]
DENSITIES += [(4, 1e-46)]


@pytest.mark.parametrize("width, density", DENSITIES)
def test_drawn_scores_tie_and_take_every_move(nlp, width, density, monkeypatch):
    ner = nlp.get_pipe("ner_1")
    monkeypatch.setitem(ner.cfg, "beam_width", width)
    monkeypatch.setitem(ner.cfg, "beam_density", density)
    docs = docs_of(nlp) + [nlp.make_doc("a  b   c \n d"), with_sentence_starts(nlp, SENTENCES[1], 2)]
    for seed in range(8):
        step = DrawnStep(docs, ner.moves.n_moves, seed)
        monkeypatch.setattr(numeric, "BeamStep", step)
        assert same(beam.read(ner, docs, step), spacys(ner, docs))


def test_the_ensemble_reads_with_it(nlp, monkeypatch):
    ens = nlp.get_pipe("seidou_ensemble")
    docs = docs_of(nlp)
    read = ens.member_probabilities(docs)
    monkeypatch.setattr(beam, "reads", lambda ner, docs: False)
    assert all(same(read[name], probs) for name, probs in ens.member_probabilities(docs).items())


def test_a_doc_with_entities_is_read_by_spacy(nlp):
    ner = nlp.get_pipe("ner_1")
    doc = nlp.make_doc(SENTENCES[2])
    doc.set_ents([doc.char_span(0, 20, label="PESSOA")])
    assert not beam.reads(ner, [nlp.make_doc(SENTENCES[3]), doc])
    assert beam.reads(ner, [nlp.make_doc(SENTENCES[3])])


def test_the_moves_allowed():
    moves = beam.Moves(["B-PESSOA", "I-PESSOA", "L-PESSOA", "U-PESSOA", "B-LOCAL", "I-LOCAL", "L-LOCAL", "U-", "O"])
    outside, in_person = moves.allowed[0], moves.allowed[1]
    assert list(outside[0]) == [True, False, False, True, True, False, False, False, True]
    assert list(outside[beam.LAST]) == [False, False, False, True, False, False, False, False, True]
    assert list(outside[beam.SPACE]) == [False, False, False, False, False, False, False, False, True]
    assert list(in_person[0]) == [False, True, True, False, False, False, False, False, False]
    assert list(in_person[beam.BEFORE_START]) == [False, False, True, False, False, False, False, False, False]
    assert list(moves.becomes[1]) == [1, 1, 0, 0, 2, 1, 0, 0, 0]


def test_groups_keep_the_batches_in_order():
    """Runs of batches the decoder reads, up to the tokens allowed, and each other batch alone, in their order."""
    parts = [["ab", "c"], ["x"], ["abcd"], ["ab"], ["yy"], ["abcdef"], ["a"]]  # a doc's length: its tokens
    ours = lambda docs: "x" not in docs[0] and "y" not in docs[0]  # noqa: E731
    groups = list(ensemble._groups(parts, ours, tokens=6))
    assert [batch for group, _read in groups for batch in group] == parts
    assert groups == [
        ([["ab", "c"]], True),
        ([["x"]], False),
        ([["abcd"], ["ab"]], True),
        ([["yy"]], False),
        ([["abcdef"]], True),
        ([["a"]], True),
    ]


def test_a_window_mixing_docs_with_entities_reads_each_batch_as_alone(nlp):
    """A window whose batches the decoder reads around one spaCy's beam must read (a doc holding entities): each
    batch's probabilities are those it gets read alone, in its place."""
    ens = nlp.get_pipe("seidou_ensemble")
    held = nlp.make_doc(SENTENCES[2])
    held.set_ents([held.char_span(0, 20, label="PESSOA")])
    docs = docs_of(nlp)
    parts = [docs[:3], [held, docs[3]], docs[4:6], docs[6:]]
    together = ens._members(parts)
    for name, probs in together.items():
        alone = [ens._members([batch])[name][0] for batch in parts]
        assert all(same(p, a) for p, a in zip(probs, alone)), name
        assert sum(len(d) for batch in probs for d in batch) > 10


def test_the_pruning_bound_is_thincs_on_both_sides():
    """A candidate whose score is a few float32 steps above or below the density bound is kept or pruned as thinc's
    arithmetic decides (beam._pruned_as_thinc), whether beam._pruned decides it in its own or in thinc's."""
    density = 0.01
    bound = np.float32(np.log(np.float32(density)))
    below, above = [bound], [bound]
    for _ in range(20):
        below.append(np.nextafter(below[-1], np.float32(-np.inf)))
        above.append(np.nextafter(above[-1], np.float32(0)))
    decided = []
    for gap in sorted(set(below + above)):
        best = np.array([[0.0, gap]], dtype=np.float32)
        ok = np.ones(best.shape, dtype=bool)
        ours = beam._pruned(best, density, best, ok, np.zeros(1, dtype=np.intp))[0].tolist()
        assert ours == _PRUNED_AS_THINC(best[0], best[0], density).tolist(), gap
        decided.append(ours[1])
    assert any(decided) and not all(decided)
