"""The student (models/student.py, the optional command ``student`` of models/project.yml): one smaller NER model
distilled from the ensemble, put into a model folder as a disabled component beside the members and read alone by
the reading ``student`` of pipeline/ner/ensemble.py MODES; and the ensemble's labels it learnt from
(models/distil.py). The shipped model does not hold it (MODEL_CARD.md, "The student"): test_ner.py's slow
training smoke test puts a student into a trained folder and reads with it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from seidou.ner import ensemble
from seidou.ner.entities import MODEL_DIR, load_model

ROOT = Path(__file__).parents[2]
needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no NER model installed")


def test_a_reading_the_model_cannot_give_says_so():
    import spacy

    nlp = spacy.blank("pt")
    nlp.add_pipe("seidou_ensemble", config={"members": []})
    with pytest.raises(ValueError, match="student"):
        ensemble.configure(nlp, "student")


@needs_model
def test_the_shipped_model_holds_no_student_and_says_so():
    nlp = load_model()
    assert "student" not in nlp.component_names
    with pytest.raises(ValueError, match="does not hold"):
        ensemble.configure(nlp, "student")
    assert nlp.get_pipe("seidou_ensemble").members == ["ner", "ner_1"]  # left as it was


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
