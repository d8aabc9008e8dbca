"""Put a trained student into the shipped model: ``models/train.py``'s output (one smaller beam NER with its
own tok2vec, trained on the gold data and the ensemble's labels of the corpus sentences, ``models/distil.py``)
becomes the component ``student`` of ``ner-pt-legal``, disabled like the members, beside them and sharing
their vectors table. ``seidou_ensemble`` does not read it: the reading ``student`` of
``pipeline/ner/ensemble.py`` MODES does (``configure(nlp, "student")``). The student's dev score and how it
was trained go into the model's meta.json (``seidou_student``).

    python models/student.py members/student ner-pt-legal

Run again, it replaces the student the model holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import spacy  # noqa: E402
import srsly  # noqa: E402

import seidou.ner.layers  # noqa: E402, F401  (the model's own layers and components, named in its config)
from ensemble import member, member_probs, same_vectors, scores  # noqa: E402
from train import DATA, read_conll, relative_paths  # noqa: E402

NAME = "student"


def add(student: Path, model: Path) -> dict:
    nlp = spacy.load(model)
    strings = (model / "vocab" / "strings.json").read_bytes()
    other = member(student)
    if not same_vectors(nlp, other):
        raise SystemExit(f"{student}: static vectors differ from {model}'s; train the student on the members' table")
    if NAME in nlp.component_names:
        nlp.remove_pipe(NAME)
    nlp.add_pipe("ner", name=NAME, source=other, before="seidou_ensemble")
    nlp.disable_pipe(NAME)
    nlp.to_disk(model)
    relative_paths(model / "config.cfg")
    # the vocabulary's strings as they were: sourcing the student copied in the 21,000 words of its training
    # text, which no component looks up (its hash embeddings hash the text; its labels are the members')
    (model / "vocab" / "strings.json").write_bytes(strings)
    # scored after it is saved: reading dev adds its words to the vocabulary's strings, which the model need not hold
    dev = read_conll(DATA / "lener-br" / "dev.conll")
    probs = member_probs(nlp, [NAME], dev)[NAME]
    encode = other.config["components"]["ner"]["model"]["tok2vec"]["encode"]
    record = {
        "trained_as": student.name,
        "beam_width": other.get_pipe("ner").cfg["beam_width"],
        "cnn": {"width": encode["width"], "depth": encode["depth"]},
        # read alone through seidou_ensemble, at its threshold, then the conventions: as the pipeline reads
        "dev_f": round(scores(nlp, dev, probs, nlp.get_pipe("seidou_ensemble").threshold)["ents_f"], 4),
    }
    meta = srsly.read_json(model / "meta.json")
    meta["seidou_student"] = record
    srsly.write_json(model / "meta.json", meta)  # as spaCy writes it
    return record


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("student", type=Path, help="models/train.py's output")
    ap.add_argument("model", type=Path, help="the assembled ensemble (models/ensemble.py) to put it in")
    args = ap.parse_args()
    print(json.dumps(add(args.student, args.model), indent=2))


if __name__ == "__main__":
    main()
