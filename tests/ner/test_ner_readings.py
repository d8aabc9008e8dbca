"""Ways of reading with the NER model (pipeline/ner/ensemble.py MODES and READINGS): ``--ner fast`` reads the
paragraphs of ``targeted`` with one member of the ensemble and a beam of 4, and a process that switches
between readings forgets the paragraphs it read the other way."""

from __future__ import annotations

import pytest

from seidou.ner import ensemble
from seidou.ner.entities import MODEL_DIR, forget_read, load_model, read_as
from seidou.options import NER, Options

needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no NER model installed")

TEXT = (
    "O SECRETÁRIO DE GESTÃO DE PESSOAS DO MINISTÉRIO DA ECONOMIA resolve nomear MARIA DO CARMO DEMASI WANSSA "
    "para exercer o cargo de Chefe da Divisão de Pagamentos do Hospital Militar de Porto Velho."
)


def ents(nlp, text=TEXT):
    return [(text[e.start_char : e.end_char], e.label_) for e in nlp(text).ents]


@pytest.fixture
def nlp():
    nlp = load_model()
    yield nlp
    ensemble.configure(nlp, "beam8")  # as shipped, for the tests after this one
    forget_read(nlp)


def test_every_reading_of_an_ner_mode_is_a_mode():
    assert set(ensemble.READINGS) == set(NER) - {"off"} and set(ensemble.READINGS.values()) <= set(ensemble.MODES)
    assert Options(ner="fast").ner == "fast" and Options().ner == "fast"  # the default since 0.29


@needs_model
def test_configure_sets_members_and_beam_and_back(nlp):
    ens = nlp.get_pipe("seidou_ensemble")
    shipped = ents(nlp)
    assert ensemble.configure(nlp, "beam8") is False  # already so: nothing to forget
    assert ensemble.configure(nlp, ensemble.READINGS["fast"]) is True
    shipped_threshold = ens._threshold0
    assert ens.members == ["ner_1"] and nlp.get_pipe("ner_1").cfg["beam_width"] == 4
    assert ens.threshold == ensemble.MODES[ensemble.READINGS["fast"]][2] != shipped_threshold
    fast = ents(nlp)
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in fast
    assert ensemble.configure(nlp, "beam8") is True
    assert ens.members == ["ner", "ner_1"] and all(nlp.get_pipe(m).cfg["beam_width"] == 8 for m in ens.members)
    assert ens.threshold == shipped_threshold
    assert ents(nlp) == shipped


@needs_model
def test_greedy_reading_gives_the_entities_of_its_state(nlp):
    ensemble.configure(nlp, "greedy")  # spaCy greedy decoding of the beam weights
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in ents(nlp)


@needs_model
def test_switching_reading_forgets_paragraphs_read_the_other_way(nlp):
    from seidou.ner.entities import ner_entities_many

    forget_read(nlp)
    read_as("targeted")
    ner_entities_many([TEXT], "targeted", nlp)
    assert TEXT in nlp._seidou_read
    read_as("fast")
    assert nlp.get_pipe("seidou_ensemble").members == ["ner_1"] and TEXT not in nlp._seidou_read
    ner_entities_many([TEXT], "fast", nlp)
    read_as("fast")  # the same reading again: the paragraphs stay
    assert TEXT in nlp._seidou_read
    read_as("off")  # no model run: nothing changes
    assert nlp.get_pipe("seidou_ensemble").members == ["ner_1"]


@needs_model
def test_a_file_read_fast_then_targeted(nlp):
    # the seed DOU page: fast gives model entities; targeted after it gives what targeted gives alone
    from pathlib import Path

    from seidou.runner.process import process_file

    pdf = str(Path(__file__).resolve().parents[1] / "fixtures" / "dou_2025_05_09_s1_p112.pdf")

    def entities(mode):
        rows = process_file(pdf, "t", ner=mode, ocr=False).rows["entities"]
        return sorted((r["char_start"], r["char_end"], r["label"], r["source"]) for r in rows)

    forget_read(nlp)
    alone = entities("targeted")
    fast = entities("fast")
    assert any(source == "ner" for *_, source in fast)
    assert nlp.get_pipe("seidou_ensemble").members == ["ner_1"]
    assert entities("targeted") == alone


@needs_model
def test_a_threshold_keeps_fewer_candidates_of_the_same_reading(nlp):
    # one member at 0.8 keeps a subset of what it keeps at 0.45 on a real DOU act: the threshold is the only
    # difference between one1b4 and one1b4t8, and both read the same name
    read = {}
    for mode in ("one1b4", "one1b4t8"):
        ensemble.configure(nlp, mode)
        forget_read(nlp)
        read[mode] = set(ents(nlp))
    assert read["one1b4t8"] <= read["one1b4"]
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in read["one1b4t8"]


def test_every_gives_the_model_every_paragraph_and_fast_where_names_cluster():
    from seidou.ner.entities import select

    body = [f"Notificação {k}: processo {k}/2014, autuado por infração ao regulamento." for k in range(30)]
    body[15] = "Interessado: JOSÉ CARLOS DA SILVA, processo 832.261/2007, multa aplicada."
    text = "\n".join(["RELAÇÃO Nº 583/2014", *body, "CELSO LUIZ GARCIA", "Superintendente"])
    middle = text.index("JOSÉ CARLOS")
    covered = {
        mode: any(s <= middle < e for s, e in select(text, mode)) for mode in ("every", "all", "fast", "targeted")
    }
    assert covered == {"every": True, "all": True, "fast": False, "targeted": False}
    assert select(text, "fast") == select(text, "targeted")
    assert ensemble.READINGS["fast"] == ensemble.READINGS["every"] != ensemble.READINGS["all"]


@needs_model
def test_the_mode_asked_of_ner_entities_many_is_the_reading_it_reads_with(nlp):
    # the process's one model after a default run reads fast, and its cache holds paragraphs read so: asked for
    # "all" outside a run (a notebook, a benchmark), the same function reads with the ensemble, not with what the
    # run left (review29: the mode named the paragraphs only, the reading was whatever the last run set)
    from seidou.ner.entities import ner_entities_many

    shipped = ner_entities_many([TEXT], "all", nlp)
    read_as("fast")
    fast = ner_entities_many([TEXT], "fast", nlp)
    assert TEXT in nlp._seidou_read and nlp.get_pipe("seidou_ensemble").members == ["ner_1"]
    assert ner_entities_many([TEXT], "all", nlp) == shipped
    assert nlp.get_pipe("seidou_ensemble").members == ["ner", "ner_1"]
    assert ner_entities_many([TEXT], "every", nlp) == fast
    assert nlp.get_pipe("seidou_ensemble").mode == ensemble.READINGS["every"]


@needs_model
def test_a_model_without_the_readings_member_reads_with_its_own(nlp, monkeypatch):
    # a model of one's own (SEIDOU_NER_MODEL) may not hold ner_1: --ner fast then reads with all its members,
    # with a warning, instead of failing the file's entities
    monkeypatch.setitem(ensemble.MODES, "gone", (("ner_9",), 4, 0.6))
    monkeypatch.setitem(ensemble.READINGS, "fast", "gone")
    with pytest.warns(RuntimeWarning, match="ner_9"):
        read_as("fast", nlp)
    ens = nlp.get_pipe("seidou_ensemble")
    assert ens.mode == "beam8" and ens.members == ["ner", "ner_1"]
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in ents(nlp)
