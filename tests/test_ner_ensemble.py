"""The NER ensemble (pipeline/ner_ensemble.py): how averaged candidate probabilities become entities,
and the shipped model as an ensemble of beam members run through one component."""

from __future__ import annotations

import pytest

from pipeline.ner import MODEL_DIR, load_model
from pipeline.ner_ensemble import average, pick

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
    # adjacent spans do not overlap
    ({(0, 2, "PESSOA"): 0.8, (2, 4, "ORGANIZACAO"): 0.8}, 0.5, [(0, 2, "PESSOA"), (2, 4, "ORGANIZACAO")]),
    ({}, 0.4, []),
]


@pytest.mark.parametrize("probs,threshold,kept", PICKS)
def test_pick(probs, threshold, kept):
    assert pick(probs, threshold) == kept


def test_average():
    # per document, over the members; a candidate a member did not see counts as 0 for it
    a = [{(0, 2, "PESSOA"): 1.0}, {}]
    b = [{(0, 2, "PESSOA"): 0.5, (3, 4, "LOCAL"): 0.8}, {(1, 2, "TEMPO"): 0.2}]
    assert average([a, b]) == [{(0, 2, "PESSOA"): 0.75, (3, 4, "LOCAL"): 0.4}, {(1, 2, "TEMPO"): 0.1}]
    assert average([a]) == a


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
