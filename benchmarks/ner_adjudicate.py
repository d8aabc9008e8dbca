"""How many right and wrong entities a reading of the NER model gives on the 83 real PDFs, estimated from a
blind adjudication of a sample (benchmarks/data/ner_adjudication_029_*.json).

    python benchmarks/rows_identity.py dump /tmp/all.pkl --ner all
    python benchmarks/rows_identity.py dump /tmp/every.pkl --ner every
    python benchmarks/ner_adjudicate.py /tmp/all.pkl /tmp/every.pkl [OTHER.pkl ...] [--sample every|targeted]

Two samples: ``every`` (every paragraph read: ``--ner all``, the ensemble, against ``--ner every``, one
member at threshold 0.6) and ``targeted`` (the paragraphs where names cluster: ``--ner targeted`` against
one member at threshold 0.45, 0.28's ``fast``; a dump of it needs that reading, benchmarks/profile_ner.py
MODES ``one1b4``; ``--ner fast`` since 0.29 is that member at 0.6). The reference dump comes first.

Our gold lists names a run must find, not every name, so it measures recall only. To measure precision the
entities (per document: file, doc_id, label and text with case, accents and spacing aside — :func:`norm`, the
sampling's key, a little stricter than ``seidou eval``'s, which also unifies dashes and trailing stops) of two
readings were split into three strata: given by both (``both``), by the reference only (``ref_only``: the
ensemble), by the other only (``other_only``: one member). 160 (``targeted``) or 100 (``every``) of each,
drawn at random, were judged blind (the labelers saw the entity and 200 characters either side, not the
reading) by LeNER-Br's conventions; 80 (``targeted``) or 40 (``every``) items judged by two labelers. An entity counts as right only when
judged ``correct`` (a split verdict counts one half). Each dump's estimate: for each stratum, its size in the
two reference dumps times the share of its sampled items that are right (or wrong) and present in the dump.
Entities of a dump in no stratum are counted apart as unjudged. The reference dumps must be made by the same
code as the sample (doc_ids are the segmentation's): the script says how many sampled items it finds.
"""

from __future__ import annotations

import json
import pickle
import random
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = {name: DATA / f"ner_adjudication_029_{name}.json" for name in ("every", "targeted")}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).strip()


def entities(dump: Path) -> set[tuple[str, str, str, str]]:
    rows = pickle.loads(dump.read_bytes())
    return {
        (Path(f).name, e["doc_id"], e["label"], norm(e["text"] or ""))
        for f, r in rows.items()
        for e in r["rows"].get("entities", [])
    }


def right(verdicts: list[str]) -> float:
    return sum(v == "correct" for v in verdicts) / len(verdicts)


def estimate(sizes: dict, keyed: list, ents: set, draw=None) -> tuple[float, float]:
    """Right and wrong entities of a dump with ``ents``, from the sample (or a resample of it: ``draw``)."""
    good = bad = 0.0
    for stratum, n in sizes.items():
        sample = [(k, i) for k, i in keyed if i["stratum"] == stratum]
        if draw is not None:
            sample = [sample[draw.randrange(len(sample))] for _ in sample]
        kept = [right(i["verdicts"]) for k, i in sample if k in ents]
        good += n * sum(kept) / len(sample)
        bad += n * (len(kept) - sum(kept)) / len(sample)
    return good, bad


def main(ref: Path, other: Path, more: list[Path], sample: Path) -> None:
    items = json.loads(sample.read_text())["items"]
    a, b = entities(ref), entities(other)
    sizes = {"both": len(a & b), "ref_only": len(a - b), "other_only": len(b - a)}
    keyed = [((i["file"], i["doc_id"], i["label"], norm(i["text"])), i) for i in items]
    found = sum(k in (a | b) for k, _ in keyed)
    print(f"strata {sizes}; sampled items found in the reference dumps: {found} of {len(keyed)}")
    resamples = range(1000)
    ref_draws = [estimate(sizes, keyed, a, random.Random(seed)) for seed in resamples]
    for dump, ents in ((ref, a), (other, b), *((m, entities(m)) for m in more)):
        good, bad = estimate(sizes, keyed, ents)
        # 90% bootstrap interval of the difference from the reference dump (the same resamples for both)
        draws = [estimate(sizes, keyed, ents, random.Random(seed)) for seed in resamples]
        right_d = sorted(g - rg for (g, _), (rg, _) in zip(draws, ref_draws))
        wrong_d = sorted(w - rw for (_, w), (_, rw) in zip(draws, ref_draws))
        print(
            f"{dump.name:<24} {len(ents):>6} entities: ~{good:.0f} right, ~{bad:.0f} wrong, precision"
            f" {good / (good + bad):.3f}; against {ref.name}: right {right_d[50]:+.0f}..{right_d[949]:+.0f},"
            f" wrong {wrong_d[50]:+.0f}..{wrong_d[949]:+.0f} (90%); {len(ents - a - b)} unjudged"
        )


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", type=Path, nargs="+", help="REF.pkl OTHER.pkl [MORE.pkl ...]")
    ap.add_argument("--sample", choices=sorted(SAMPLES), default="every")
    args = ap.parse_args()
    if len(args.dumps) < 2:
        sys.exit(__doc__)
    main(args.dumps[0], args.dumps[1], args.dumps[2:], SAMPLES[args.sample])
