"""The student (models/student.py): one smaller NER model distilled from the ensemble, held in the shipped model
as a disabled component beside the members and read alone by the reading ``student`` of
pipeline/ner/ensemble.py MODES; and the ensemble's labels it learnt from (models/distil.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from seidou.ner import ensemble
from seidou.ner.entities import MODEL_DIR, forget_read, load_model

ROOT = Path(__file__).parents[2]
needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no NER model installed")

TEXT = (
    "O SECRETÁRIO DE GESTÃO DE PESSOAS DO MINISTÉRIO DA ECONOMIA resolve nomear MARIA DO CARMO DEMASI WANSSA "
    "para exercer o cargo de Chefe da Divisão de Pagamentos do Hospital Militar de Porto Velho."
)
SEED = (
    "A UNIÃO, por intermédio da Subsecretaria de Planejamento, Orçamento e Administração do Ministério "
    "da Agricultura e Pecuária, neste ato representado pelo Subsecretário, Sr. Fernando Magalhães Soares "
    "Pinto, e o Município de Cabixi, representado pelo Prefeito, o Sr. Silvano Ascari de Almeida."
)


def ents(nlp, text):
    return {(text[e.start_char : e.end_char], e.label_) for e in nlp(text).ents}


@pytest.fixture
def nlp():
    nlp = load_model()
    yield nlp
    ensemble.configure(nlp, "beam8")  # as shipped, for the tests after this one
    forget_read(nlp)


@needs_model
def test_the_model_holds_the_student_beside_the_members(nlp):
    assert "student" in nlp.component_names and "student" in nlp.disabled
    assert "student" not in nlp.get_pipe("seidou_ensemble").members  # the default reading does not run it
    record = nlp.meta["seidou_student"]
    assert record["cnn"] == {"width": 64, "depth": 3} and record["beam_width"] == 4
    assert 0.8 < record["dev_f"] < 1
    # smaller than a member: about half the weights
    size = {
        name: sum(p.size for node in nlp.get_pipe(name).model.walk() for p in _params(node))
        for name in ("ner", "student")
    }
    assert size["student"] < 0.6 * size["ner"]


def _params(node):
    return [node.get_param(name) for name in node.param_names if node.has_param(name)]


@needs_model
def test_the_student_reading_reads_alone_and_back(nlp):
    ens = nlp.get_pipe("seidou_ensemble")
    shipped = ents(nlp, TEXT)
    assert ensemble.configure(nlp, "student") is True
    assert ens.members == ["student"] and nlp.get_pipe("student").cfg["beam_width"] == 4
    read = ents(nlp, TEXT)
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in read
    seed = ents(nlp, SEED)
    assert {("Fernando Magalhães Soares Pinto", "PESSOA"), ("Silvano Ascari de Almeida", "PESSOA")} <= seed
    # read with numpy's BLAS, as the members are (pipeline/ner/ensemble.py _prepare)
    assert all(not node.ops.use_blis for node in nlp.get_pipe("student").model.walk())
    # batches give what one text at a time gives
    assert [ents(nlp, t) for t in (TEXT, SEED)] == [
        {(t[e.start_char : e.end_char], e.label_) for e in d.ents} for t, d in zip((TEXT, SEED), nlp.pipe([TEXT, SEED]))
    ]
    ensemble.configure(nlp, "student1")  # its greedy decoding
    assert nlp.get_pipe("student").cfg["beam_width"] == 1
    assert ("MARIA DO CARMO DEMASI WANSSA", "PESSOA") in ents(nlp, TEXT)
    assert ensemble.configure(nlp, "beam8") is True
    assert ens.members == ["ner", "ner_1"] and all(nlp.get_pipe(m).cfg["beam_width"] == 8 for m in ens.members)
    assert ents(nlp, TEXT) == shipped


def test_a_reading_the_model_cannot_give_says_so():
    import spacy

    nlp = spacy.blank("pt")
    nlp.add_pipe("seidou_ensemble", config={"members": []})
    with pytest.raises(ValueError, match="student"):
        ensemble.configure(nlp, "student")


@needs_model
def test_distil_labels_sentences_as_the_ensemble_reads_them(tmp_path):
    out = tmp_path / "distil.jsonl.gz"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "models" / "distil.py"), "--out", str(out), "--limit", "40"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    with gzip.open(out, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    with gzip.open(ROOT / "models" / "data" / "silver-legal" / "silver.jsonl.gz", "rt", encoding="utf-8") as f:
        silver = [json.loads(next(f)) for _ in range(40)]
    assert [(r["words"], r["spaces"]) for r in rows] == [(s["words"], s["spaces"]) for s in silver]
    tags = [t for r in rows for t in r["tags"]]
    assert len(tags) == sum(len(r["words"]) for r in rows) and "" not in tags  # no missing: hard labels
    assert any(t.startswith("B-") for t in tags) and all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    # the ensemble's entities: a sentence read by the shipped pipeline gives the same spans
    from spacy.tokens import Doc

    nlp = load_model()
    for r in rows[:10]:
        doc = nlp(Doc(nlp.vocab, words=r["words"], spaces=r["spaces"]))
        assert [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc] == r["tags"]
