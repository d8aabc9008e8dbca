"""Assemble the shipped NER model from trained member models: one spaCy pipeline whose members (each a
``beam_ner`` with its own tok2vec, disabled) are run by ``seidou_ensemble`` (pipeline/ner/ensemble.py),
which averages their entity probabilities, then ``seidou_conventions``.

    python models/ensemble.py --out models/ner-pt-legal MEMBER [MEMBER ...]
    python models/ensemble.py --out OUT --from models/ner-pt-legal    # the threshold chosen again

Each MEMBER is a ``models/train.py`` output; they must share the static vectors (one table is kept).
The first member keeps the name ``ner``, the others are ``ner_1``, ``ner_2``, ... The threshold an
entity's averaged probability must reach is chosen on LeNER-Br dev (``--threshold`` fixes it instead),
and the dev scores of the members and of the ensemble go into the model's meta.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import numpy  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import minibatch  # noqa: E402

import seidou.ner.layers  # noqa: E402, F401  (the model's own layers and components, named in its config)
from seidou import __version__  # noqa: E402
from seidou.ner import conventions as ner_conventions  # noqa: E402
from seidou.ner.ensemble import Ensemble, average, pick  # noqa: E402
from evaluate import entity_scores  # noqa: E402
from train import DATA, add_conventions, fix_iob, lone_words, read_conll, relative_paths  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)


def member(path: Path):
    """A trained model as one self-contained ``beam_ner`` (its tok2vec copied into it)."""
    nlp = spacy.load(path, exclude=["seidou_conventions", "seidou_ensemble"])
    if nlp.config["components"]["ner"]["factory"] != "beam_ner":
        raise SystemExit(f"{path}: the members must decode with a beam (beam_ner) to give probabilities")
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        # the copied tok2vec config still points into the tok2vec component's (${components.tok2vec...}):
        # resolve it before that component goes (spaCy's replace_listeners edits _pipe_configs the same way)
        resolved = nlp.config.interpolate()["components"]["ner"]
        nlp.remove_pipe("tok2vec")
        nlp._pipe_configs["ner"] = resolved
    return nlp


def same_vectors(a, b) -> bool:
    va, vb = a.vocab.vectors, b.vocab.vectors
    return (va.mode, va.name, va.shape) == (vb.mode, vb.name, vb.shape) and numpy.array_equal(va.data, vb.data)


def scores(nlp, sents, probs: list[dict], threshold: float, prefer: list[dict] | None = None) -> dict:
    """Entity-level scores on ``sents`` (LeNER-Br's tokens) of the entities :func:`pick` keeps from the
    averaged ``probs``, cut to the span conventions as the shipped pipeline cuts them."""
    examples, lone = [], lone_words()
    for i, ((words, tags), p) in enumerate(zip(sents, probs)):
        doc = Doc(nlp.vocab, words=words)
        kept = pick(p, threshold, prefer[i] if prefer else None)
        doc.set_ents([Span(doc, s, e, label=label) for s, e, label in kept], default="outside")
        examples.append(Example(ner_conventions.apply(doc, lone), Doc(nlp.vocab, words=words, ents=fix_iob(tags))))
    s = entity_scores(examples)
    return {"ents_f": s["f"], "ents_p": s["p"], "ents_r": s["r"], "per_type": s["per_type"]}


def member_probs(nlp, names: list[str], sents) -> dict[str, list[dict]]:
    ensemble = Ensemble(nlp, names, 0.5)
    docs = [Doc(nlp.vocab, words=words) for words, _ in sents]
    out: dict[str, list[dict]] = {name: [] for name in names}
    for batch in minibatch(docs, size=128):  # the batches seidou_ensemble.pipe reads
        for name, probs in ensemble.member_probabilities(batch).items():
            out[name] += probs
    return out


def assemble(members: list[Path], out: Path, threshold: float | None = None) -> dict:
    """Build the ensemble model in ``out``; returns its meta's record of the choice."""
    nlp = member(members[0])
    names = ["ner"]
    for i, path in enumerate(members[1:], 1):
        other = member(path)
        if not same_vectors(nlp, other):
            raise SystemExit(f"{path}: static vectors differ from {members[0]}'s; train the members on one table")
        nlp.add_pipe("ner", name=f"ner_{i}", source=other)
        names.append(f"ner_{i}")
    return choose(nlp, names, [p.name for p in members], out, threshold)


def rechoose(model: Path, out: Path, threshold: float | None = None) -> dict:
    """An assembled ensemble's threshold chosen on dev again (same members, byte for byte), in ``out``."""
    record = json.loads((model / "meta.json").read_text())["seidou_ensemble"]
    nlp = spacy.load(model, exclude=["seidou_conventions", "seidou_ensemble"])
    names = [m["name"] for m in record["members"]]
    return choose(nlp, names, [m["trained_as"] for m in record["members"]], out, threshold)


def choose(nlp, names: list[str], trained_as: list[str], out: Path, threshold: float | None) -> dict:
    """Choose the threshold on LeNER-Br dev, add ``seidou_ensemble`` over the members ``names`` (disabled)
    and the conventions, and save the model in ``out``; returns its meta's record of the choice."""
    dev = read_conll(DATA / "lener-br" / "dev.conll")
    probs = member_probs(nlp, names, dev)
    alone = {name: scores(nlp, dev, probs[name], 0.5) for name in names}
    both = average([probs[name] for name in names])
    first = probs[names[0]]  # ties go the first member's way, as in the pipeline
    tried = {t: scores(nlp, dev, both, t, first) for t in ([threshold] if threshold is not None else THRESHOLDS)}
    chosen = max(tried, key=lambda t: (round(tried[t]["ents_f"], 6), t))
    nlp.add_pipe("seidou_ensemble", config={"members": names, "threshold": chosen})
    for name in names:
        nlp.disable_pipe(name)
    record = {
        "members": [
            {"name": n, "trained_as": t, "dev_f": round(alone[n]["ents_f"], 4)} for n, t in zip(names, trained_as)
        ],
        "threshold": chosen,
        "dev_f_by_threshold": {str(t): round(s["ents_f"], 4) for t, s in tried.items()},
    }
    nlp.meta["seidou_ensemble"] = record
    nlp.meta["performance"] = tried[chosen]  # LeNER-Br dev, as spaCy records a trained model's
    nlp.meta["version"] = __version__  # the conventions and the choice are this version's (the entities' extractor)
    nlp.to_disk(out)
    relative_paths(out / "config.cfg")
    add_conventions(out)
    return record


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("members", type=Path, nargs="*")
    ap.add_argument(
        "--from", dest="model", type=Path, default=None, help="an assembled ensemble: choose its threshold again"
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--threshold", type=float, default=None, help="averaged probability an entity needs (default: chosen on dev)"
    )
    args = ap.parse_args()
    if bool(args.members) == bool(args.model):
        ap.error("give the members, or --from an assembled ensemble")
    if args.model:
        record = rechoose(args.model, args.out, args.threshold)
    else:
        record = assemble(args.members, args.out, args.threshold)
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
