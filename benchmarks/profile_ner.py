"""Where the NER model's CPU time goes, and what cheaper ways of reading cost in entities, on a fixed sample.

    python benchmarks/profile_ner.py capture [--corpus ../shared/corpus/real] [--out /tmp/ner_sample.json]
    python benchmarks/profile_ner.py profile [--sample /tmp/ner_sample.json] [--mode targeted]
    python benchmarks/profile_ner.py options [--sample /tmp/ner_sample.json] [--mode targeted] [--names beam8,student]
    python benchmarks/profile_ner.py beam [--sample /tmp/ner_sample.json] [--mode fast] [--reading one1b4t6]
    python benchmarks/profile_ner.py lener [--names beam8,one1b4,student]
    python benchmarks/profile_ner.py tune [--names ...] [--gold G --pdfs P --split S]

``capture`` runs the default pipeline on :data:`SAMPLE` (208 pages of DOU, SEI and municipal gazettes of
``../shared/corpus/real``) and keeps the documents' texts the NER stage is given (outside the project:
corpus text is never committed). ``profile`` reads the paragraphs the model is given (``--mode``, as
``seidou.ner.entities.select`` picks them, each once per file as the pipeline's paragraph cache has them)
and times each step in CPU seconds (``time.process_time``, one BLAS thread): the tokenizer, the floret
vectors, each member's tok2vec, each member's beam with its candidates' probabilities, the ensemble's averaging and picking,
the conventions, and what is left (Python between them). ``options`` times the NER modes of
``seidou.ner.ensemble.MODES`` on the same paragraphs in the same process, and says how many of the default
mode's entities each one keeps and adds (``student``: the smaller model distilled from the ensemble,
models/student.py). ``beam`` reads the paragraphs with each member of ``--reading`` both ways, spaCy's beam
and ``scored_ents`` and pipeline/ner/beam.py's, batches alternated, and says whether every candidate and
probability is the same (to the bit, in the same order) and the CPU each way took. ``lener`` scores each mode on LeNER-Br test; ``tune`` gives ``seidou eval``'s
PESSOA/ORGANIZACAO recall per mode (real2 by default; ``--gold tests/fixtures/gold/real --pdfs
../shared/corpus/real --split check26`` for the check set).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = [  # 208 pages: DOU editions and pages (sections 1-3), a SEI process export, municipal gazettes
    "dou/dou_s2_2017_10_02_full.pdf",  # personnel acts: 3/4 of the sample's NER time (short acts, all read)
    "dou/dou_s3_2015_05_18_edital_enem_pages.pdf",
    "dou/dou_s3_2017_04_10_edital_enem_pages.pdf",
    "dou/dou_s1_2014_10_01_p069.pdf",
    "dou/dou_s1_2014_10_01_p006.pdf",
    "dou/dou_s2_2023_05_02_p94.pdf",
    "sei/sei_al_processo_e01203_0000000161_2025_full.pdf",
    "municipal/tucano_ba_doe_1516_2021.pdf",
    "municipal/pratania_sp_do_136_2020.pdf",
    "municipal/tucano_ba_camara_do_2020_01_08.pdf",
]


def capture(corpus: Path, out: Path) -> None:
    from seidou.runner import process
    from seidou.runner.stages import documents

    texts: dict[str, list[str]] = {}
    current = [""]
    original = documents.ner_entities_many

    def recording(batch, mode="targeted", nlp=None):
        texts.setdefault(current[0], []).extend(batch)
        return original(batch, mode, nlp)

    documents.ner_entities_many = recording
    for name in SAMPLE:
        current[0] = name
        process.process_file(str(corpus / name), "profile", ocr=False)
    out.write_text(json.dumps(texts, ensure_ascii=False))
    print(f"{sum(map(len, texts.values()))} documents of {len(texts)} files -> {out}")


def pieces(sample: Path, mode: str) -> list[str]:
    """The paragraphs the model reads, in the pipeline's order, each once per file (the paragraph cache)."""
    from seidou.ner.entities import select

    out: list[str] = []
    for texts in json.loads(sample.read_text()).values():
        out.extend(dict.fromkeys(t[s:e] for t in texts for s, e in select(t, mode)))
    return out


def load():
    from seidou.ner.entities import load_model
    from seidou.runner.settings import enter_batch_process

    enter_batch_process()
    nlp = load_model()
    ens = nlp.get_pipe("seidou_ensemble")
    ens._prepare()
    return nlp, ens


def profile(sample: Path, mode: str, reading: str = "beam8") -> None:
    from spacy.tokens import Doc  # noqa: F401

    from spacy.util import minibatch

    from seidou.ner.ensemble import WINDOW, average, batches, configure, pick

    nlp, ens = load()
    configure(nlp, reading)  # the members (or the student) and the beam of that reading of MODES
    texts = pieces(sample, mode)
    conv = nlp.get_pipe("seidou_conventions")
    clock = Counter()

    def timed(key, fn, *a):
        t = time.process_time()
        out = fn(*a)
        clock[key] += time.process_time() - t
        return out

    total0 = time.process_time()
    docs = [timed("tokenizer", nlp.make_doc, t) for t in texts]
    n_tokens = sum(map(len, docs))
    table = nlp.vocab.vectors
    with ens._threads.limit(limits=1, user_api="blas"):
        for window in minibatch(docs, size=WINDOW):  # as Ensemble.pipe reads them
            parts = list(batches(window, 128))
            members = []
            for name in ens.members:
                ner = nlp.get_pipe(name)
                t2v = ner.model.get_ref("tok2vec")
                for batch in parts:
                    # the floret lookups alone (the cache's work, as the static-vectors layer asks for it)
                    keys = [d.to_array(["LOWER"]) for d in batch]
                    timed("floret vectors", lambda ks: [table.get_batch(k) for k in ks], keys)
                    timed(f"{name} tok2vec", t2v.predict, batch)
                # the beams and their candidates' probabilities as the ensemble reads them (pipeline/ner/beam.py,
                # or spaCy's beam and scored_ents where that does not read; greedy for a beam of one)
                members.append(timed(f"{name} tok2vec+beam", ens._probs, name, parts))
            for batch, probs in zip(parts, zip(*members)):
                picked = timed(
                    "average+pick",
                    lambda ms: [pick(p, ens.threshold, f) for p, f in zip(average(ms), ms[0])],
                    list(probs),
                )
                timed("set_ents", ens.set_annotations, batch, picked)
                for d in batch:
                    timed("conventions", conv, d)
    total = time.process_time() - total0
    for name in ens.members:  # ner.predict runs tok2vec again: the beam alone is the difference
        clock[f"{name} beam"] = clock.pop(f"{name} tok2vec+beam") - clock[f"{name} tok2vec"]
    # the floret lookups were done once more above than the pipeline does: take them out of the total
    total -= clock["floret vectors"] + sum(clock[f"{n} tok2vec"] for n in ens.members)
    print(
        f"{len(texts)} paragraphs, {n_tokens} tokens ({mode}, read as {reading});"
        f" NER as the pipeline runs it: {total:.2f} s CPU"
    )
    for key, s in sorted(clock.items(), key=lambda kv: -kv[1]):
        print(f"  {key:<24}{s:>8.2f} s")


def options(sample: Path, mode: str, names: list[str]) -> None:
    from seidou.ner import ensemble

    nlp, ens = load()
    texts = pieces(sample, mode)
    n_tokens = sum(len(nlp.make_doc(t)) for t in texts)
    print(f"{len(texts)} paragraphs, {n_tokens} tokens ({mode})")
    results = {}
    ensemble.configure(nlp, names[0])
    list(nlp.pipe(texts, batch_size=128))  # every word's floret vector computed once, as in a long run
    for name in names:
        ensemble.configure(nlp, name)
        t = time.process_time()
        ents = [tuple((e.start_char, e.end_char, e.label_) for e in d.ents) for d in nlp.pipe(texts, batch_size=128)]
        results[name] = (time.process_time() - t, ents)
    ensemble.configure(nlp, names[0])
    base = {(k, *e) for k, es in enumerate(results[names[0]][1]) for e in es}
    for name, (s, ents) in results.items():
        got = {(k, *e) for k, es in enumerate(ents) for e in es}
        by = Counter(e[3] for e in base - got)
        print(
            f"{name:<12}{s:>7.2f} s  {len(got):>5} ents  kept {len(got & base) / max(1, len(base)):.3f} of {names[0]}'s,"
            f" {len(got - base)} new; lost PESSOA {by['PESSOA']} ORG {by['ORGANIZACAO']}"
        )


def beams(sample: Path, mode: str, reading: str) -> None:
    from seidou.ner import beam, numeric
    from seidou.ner.ensemble import batches, beam_parse, configure

    nlp, ens = load()
    configure(nlp, reading)
    docs = [nlp.make_doc(t) for t in pieces(sample, mode)]
    clock, differ, candidates = Counter(), 0, 0
    with ens._threads.limit(limits=1, user_api="blas"):
        for name in ens.members:
            ner = nlp.get_pipe(name)
            for batch in batches(docs, 128):
                t = time.process_time()
                theirs = ner.scored_ents(beam_parse(ner, batch))
                clock["spaCy's beam"] += time.process_time() - t
                t = time.process_time()
                ours = beam.read(ner, batch, numeric.BeamStep(ner.model, batch))
                clock["beam.read"] += time.process_time() - t
                candidates += sum(map(len, theirs))
                differ += sum(list(a.items()) != list(b.items()) for a, b in zip(theirs, ours))
    print(f"{len(docs)} paragraphs ({mode}, read as {reading}), {candidates} candidates: {differ} paragraphs differ")
    for key, s in clock.items():
        print(f"  {key:<24}{s:>8.2f} s CPU (with the members' tok2vec)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["capture", "profile", "options", "beam", "lener", "tune"])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "real")
    ap.add_argument("--sample", "--out", dest="sample", type=Path, default=Path("/tmp/ner_sample.json"))
    ap.add_argument("--mode", default="targeted")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "fixtures" / "gold" / "real2")
    ap.add_argument("--pdfs", type=Path, default=ROOT.parent / "shared" / "corpus" / "real2")
    ap.add_argument("--reading", default="beam8", help="profile: the reading of MODES profiled (e.g. student)")
    ap.add_argument("--names", default=None, help="NER modes to compare, comma-separated (first: reference)")
    ap.add_argument("--part", default="test", choices=["dev", "test"], help="lener: LeNER-Br's part scored")
    ap.add_argument("--split", default="tune", help="tune: the gold files of this split ('' for all of them)")
    args = ap.parse_args()
    if args.what == "capture":
        capture(args.corpus, args.sample)
    elif args.what == "profile":
        profile(args.sample, args.mode, args.reading)
    elif args.what == "beam":
        beams(args.sample, args.mode, args.reading)
    else:
        from seidou.ner.ensemble import MODES

        names = args.names.split(",") if args.names else readable(MODES)
        if args.what == "lener":
            lener(names, args.part)
        elif args.what == "tune":
            tune(args.gold, args.pdfs, names, args.split or None)
        else:
            options(args.sample, args.mode, names)


def readable(modes: dict) -> list[str]:
    """The NER modes the installed model can read (the student's only where models/student.py added it), so that
    the default of ``--names`` does not stop at a mode the shipped model lacks."""
    nlp, _ens = load()
    return [name for name, (members, *_rest) in modes.items() if set(members or ()) <= set(nlp.component_names)]


def lener(names: list[str], part: str = "test") -> None:
    """LeNER-Br test (or dev: ``--part dev``, where thresholds are chosen) F1 (entity level, exact span and label, LeNER-Br's tokens; and on raw text through the
    shape rules, as the pipeline reads) of each NER mode, with the F1 of PESSOA and ORGANIZACAO."""
    sys.path.insert(0, str(ROOT / "models"))
    from evaluate import score, score_raw
    from train import DATA, read_conll

    from seidou.ner import ensemble

    nlp, _ens = load()
    test = read_conll(DATA / "lener-br" / f"{part}.conll")
    for name in names:
        ensemble.configure(nlp, name)
        t = time.process_time()
        s = score(nlp, test)
        seconds = time.process_time() - t
        sh = score_raw(nlp, test, shaped=True)
        per = s["per_type"]
        print(
            f"{name:<12} {part} F1 {s['f']:.3f} (P {s['p']:.3f} R {s['r']:.3f}; PESSOA {per['PESSOA']:.3f},"
            f" ORG {per['ORGANIZACAO']:.3f}); shaped raw {sh['f']:.3f}; {seconds:.1f} s",
            flush=True,
        )


def tune(gold: Path, pdfs: Path, names: list[str], split: str | None = "tune") -> None:
    """``seidou eval GOLD --pdfs PDFS --split SPLIT``'s PESSOA and ORGANIZACAO recall (per file) per NER mode,
    in one process (the paragraph cache emptied between modes). ``seidou eval`` runs the pipeline with
    ``--ner all``, which sets the model to ``READINGS["all"]`` (``read_as``) before every file: that reading
    is the mode measured while it runs (before, every mode was read as ``beam8``)."""
    from seidou.ner import ensemble
    from seidou.ner.entities import forget_read
    from seidou.tools.evaluate import evaluate, gold_files

    nlp, _ens = load()
    shipped = ensemble.READINGS["all"]
    for name in names:
        ensemble.READINGS["all"] = name
        ensemble.configure(nlp, name)
        forget_read(nlp)
        try:
            rep = evaluate(gold_files([str(gold)]), pdfs, split=split)
        finally:
            ensemble.READINGS["all"] = shipped
        assert nlp.get_pipe("seidou_ensemble").mode == name
        p, o = rep.fields["file.entities.PESSOA"], rep.fields["file.entities.ORGANIZACAO"]
        print(
            f"{name:<12} PESSOA recall {p.recall:.3f} (tp {p.tp}, fn {p.fn}), ORGANIZACAO recall {o.recall:.3f}"
            f" (tp {o.tp}, fn {o.fn})",
            flush=True,
        )


if __name__ == "__main__":
    main()
