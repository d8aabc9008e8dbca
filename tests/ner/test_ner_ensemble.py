"""The NER ensemble (pipeline/ner/ensemble.py): how averaged candidate probabilities become entities,
and the shipped model as an ensemble of beam members run through one component."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from seidou.ner.entities import MODEL_DIR, load_model
from seidou.ner.ensemble import average, pick

MODELS = Path(__file__).resolve().parents[2] / "models"

# (candidate probabilities, threshold, entities kept)
PICKS = [
    # overlapping readings of one name: the likelier wins, the other is dropped
    ({(0, 3, "PESSOA"): 0.7, (0, 2, "PESSOA"): 0.3}, 0.2, [(0, 3, "PESSOA")]),
    # below the threshold: nothing, even with no rival
    ({(4, 6, "LOCAL"): 0.39}, 0.4, []),
    # at the threshold: kept (a member sure alone, averaged with one that saw nothing, is 0.5)
    ({(4, 6, "LOCAL"): 0.5}, 0.5, [(4, 6, "LOCAL")]),
    # the same span under two labels: the likelier label
    ({(1, 4, "ORGANIZACAO"): 0.45, (1, 4, "LOCAL"): 0.55}, 0.4, [(1, 4, "LOCAL")]),
    # a tie: the earlier span first; entities come back in text order
    ({(5, 7, "PESSOA"): 0.6, (0, 2, "TEMPO"): 0.9, (6, 8, "PESSOA"): 0.6}, 0.4, [(0, 2, "TEMPO"), (5, 7, "PESSOA")]),
    # ... then the shorter, then the label's name
    ({(3, 6, "LOCAL"): 0.5, (3, 5, "LOCAL"): 0.5}, 0.5, [(3, 5, "LOCAL")]),
    ({(3, 5, "ORGANIZACAO"): 0.5, (3, 5, "LOCAL"): 0.5}, 0.5, [(3, 5, "LOCAL")]),
    # adjacent spans do not overlap
    ({(0, 2, "PESSOA"): 0.8, (2, 4, "ORGANIZACAO"): 0.8}, 0.5, [(0, 2, "PESSOA"), (2, 4, "ORGANIZACAO")]),
    ({}, 0.4, []),
]


@pytest.mark.parametrize("probs,threshold,kept", PICKS)
def test_pick(probs, threshold, kept):
    assert pick(probs, threshold) == kept


# (averaged probabilities, the first member's, threshold, entities kept): ties go the first member's way
PREFERRED = [
    # each member sure alone of its own reading ("Estado de Mato Grosso" as a body, or its last words as a place)
    ({(2, 6, "ORGANIZACAO"): 0.5, (4, 6, "LOCAL"): 0.5}, {(2, 6, "ORGANIZACAO"): 1.0}, 0.45, [(2, 6, "ORGANIZACAO")]),
    ({(2, 6, "ORGANIZACAO"): 0.5, (4, 6, "LOCAL"): 0.5}, {(4, 6, "LOCAL"): 1.0}, 0.45, [(4, 6, "LOCAL")]),
    # ... except for persons: the whole name, whichever member read it (a DOU list of appointees)
    ({(3, 7, "PESSOA"): 0.5, (5, 7, "PESSOA"): 0.5}, {(5, 7, "PESSOA"): 1.0}, 0.45, [(3, 7, "PESSOA")]),
    # ... which does not make a person out of another label's reading of the same words (LeNER-Br test)
    ({(3, 7, "PESSOA"): 0.5, (3, 7, "TEMPO"): 0.5}, {(3, 7, "TEMPO"): 1.0}, 0.45, [(3, 7, "TEMPO")]),
    ({(3, 7, "PESSOA"): 0.5, (4, 6, "TEMPO"): 0.5}, {(4, 6, "TEMPO"): 1.0}, 0.45, [(4, 6, "TEMPO")]),
    # the same span under two labels
    (
        {(0, 2, "ORGANIZACAO"): 0.5, (0, 2, "LOCAL"): 0.5},
        {(0, 2, "ORGANIZACAO"): 0.99999994},
        0.5,
        [(0, 2, "ORGANIZACAO")],
    ),
    # not a tie: the likelier stands whatever the first member says
    ({(2, 6, "ORGANIZACAO"): 0.6, (4, 6, "LOCAL"): 0.4}, {(4, 6, "LOCAL"): 0.8}, 0.3, [(2, 6, "ORGANIZACAO")]),
]


@pytest.mark.parametrize("probs,first,threshold,kept", PREFERRED)
def test_pick_prefers_the_first_member(probs, first, threshold, kept):
    assert pick(probs, threshold, first) == kept


def test_average():
    # per document, over the members; a candidate a member did not see counts as 0 for it
    a = [{(0, 2, "PESSOA"): 1.0}, {}]
    b = [{(0, 2, "PESSOA"): 0.5, (3, 4, "LOCAL"): 0.8}, {(1, 2, "TEMPO"): 0.2}]
    assert average([a, b]) == [{(0, 2, "PESSOA"): 0.75, (3, 4, "LOCAL"): 0.4}, {(1, 2, "TEMPO"): 0.1}]
    assert average([a]) == a
    # rounded to 4 places: a member's "sure" summed from its beam as 0.99999994 averages one half, as 1.0 does
    assert average([[{(0, 2, "PESSOA"): 0.99999994}], [{}]]) == [{(0, 2, "PESSOA"): 0.5}]
    assert average([[{(0, 1, "LOCAL"): 0.33333}], [{(0, 1, "LOCAL"): 0.0}]]) == [{(0, 1, "LOCAL"): 0.1667}]


# sentences from the seed documents and the corpus (tests/fixtures), one empty, one of punctuation only
TEXTS = [
    "Processo nº 21000.041254/2023-11. Interessado: Município de Cabixi - RO.",
    "",
    "O SECRETÁRIO DA RECEITA FEDERAL DO BRASIL, no uso das atribuições que lhe confere o art. 350 do Regimento.",
    " . ",
    "Documento assinado eletronicamente por Silvano Ascari de Almeida, Usuário Externo, em 14/11/2023.",
]


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="the trained model is not in models/ yet")
def test_shipped_ensemble():
    nlp = load_model()
    ensemble = nlp.get_pipe("seidou_ensemble")
    # the members run only through the ensemble: disabled in the pipeline, each a beam NER with its tok2vec
    assert nlp.pipe_names == ["seidou_ensemble", "seidou_conventions"]
    assert len(ensemble.members) >= 2 and set(ensemble.members) <= set(nlp.disabled)
    for name in ensemble.members:
        assert nlp.config["components"][name]["factory"] == "beam_ner"
        assert "tok2vec" in nlp.config["components"][name]["model"]
    assert 0 < ensemble.threshold <= 0.5
    # batches give what one text at a time gives, empty texts included
    one = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in TEXTS]
    batched = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(TEXTS, batch_size=2)]
    assert one == batched
    assert one[1] == [] and one[3] == []
    # the members computed with numpy's BLAS (twice thinc's default speed here; the same sums to rounding)
    assert ensemble.numpy_blas and all(
        not node.ops.use_blis for name in ensemble.members for node in nlp.get_pipe(name).model.walk()
    )
    assert ("Silvano Ascari de Almeida", "PESSOA") in {(TEXTS[4][s:e], lab) for s, e, lab in one[4]}


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="the trained model is not in models/ yet")
def test_shipped_ensemble_batches_change_nothing():
    # LeNER-Br dev sentences in batches of 128 get the entities they get one at a time: the members' sums
    # round differently with the batch's shape (unrounded, sentences 128, 160 and 164 of these changed)
    sys.path.insert(0, str(MODELS))
    from train import read_conll

    nlp = load_model()
    texts = [" ".join(words) for words, _ in read_conll(MODELS / "data" / "lener-br" / "dev.conll")[:300]]
    one = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    batched = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=128)]
    assert sum(map(len, one)) > 300 and one == batched


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="the trained model is not in models/ yet")
def test_shipped_ensemble_vectors_cache_changes_nothing():
    # the floret vectors kept after a word's first lookup (pipeline/ner/vectors.py) give the same entities as
    # vectors computed afresh each time; a cache too small for the words read computes the rest as spaCy does
    import spacy

    from seidou.ner import layers  # noqa: F401
    from seidou.ner.vectors import CachedVectors

    sys.path.insert(0, str(MODELS))
    from train import read_conll

    texts = [" ".join(words) for words, _ in read_conll(MODELS / "data" / "lener-br" / "dev.conll")[:300]]
    runs = {}
    for size in (0, 500, 50_000):
        nlp = spacy.load(MODEL_DIR, config={"components": {"seidou_ensemble": {"vectors_cache": size}}})
        runs[size] = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=64)]
        cached = nlp.vocab.vectors
        assert isinstance(cached, CachedVectors) == (size > 0)
        if size:
            words = {key for doc in nlp.tokenizer.pipe(texts) for key in doc.to_array(cached.attr).tolist()}
            assert len(cached) == min(size, len(words))
            assert cached.mode == "floret"  # everything else is the wrapped table's
    assert sum(map(len, runs[0])) > 300 and runs[0] == runs[500] == runs[50_000]


def test_pipe_sorts_batches_by_length_and_keeps_order():
    # the docs are predicted in batches of about one length (a member's beam steps through the longest doc of
    # a batch) and come back in the order they came in, windows of WINDOW docs at a time
    import spacy

    from seidou.ner.ensemble import WINDOW, Ensemble

    seen: list[list[int]] = []

    class Recorder(Ensemble):
        def predict_many(self, parts):
            seen.extend([len(d) for d in docs] for docs in parts)
            return [[[] for _ in docs] for docs in parts]

    nlp = spacy.blank("pt")
    texts = [" ".join(["palavra"] * (1 + (i * 7919) % 23)) for i in range(WINDOW + 100)]
    docs = list(Recorder(nlp, ["ner"], 0.5).pipe((nlp.make_doc(t) for t in texts), batch_size=32))
    assert [d.text for d in docs] == texts
    assert sum(map(len, seen)) == len(texts) and max(map(len, seen)) == 32
    first = [n for batch in seen for n in batch][:WINDOW]
    assert first == sorted(len(nlp.make_doc(t)) for t in texts[:WINDOW])
