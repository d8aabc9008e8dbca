"""The shipped ensemble's labels of the corpus sentences, for the student (``models/project.yml`` command
``student``): the sentences of ``data/silver-legal/silver.jsonl.gz`` (the 46 public PDFs of
../shared/corpus/real, in spaCy's tokens; never real2, the evaluation set), each read by
``ner-pt-legal`` as the pipeline reads (both members, beam 8, the threshold, the span conventions) and
written back with the ensemble's BIO tags instead of the teacher's.

    python models/distil.py [--model ner-pt-legal] [--silver data/silver-legal/silver.jsonl.gz] --out FILE

Deterministic: the same model and sentences give the same file (the ensemble's averages are rounded, so
a sentence's entities do not depend on its batch; pipeline/ner/ensemble.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

import seidou.ner.layers  # noqa: E402, F401  (the model's own layers and components, named in its config)
from weak import read as read_jsonl_gz  # noqa: E402


def bio(doc: Doc) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def label(model: Path, silver: Path, out: Path, limit: int = 0) -> int:
    nlp = spacy.load(model)
    records = read_jsonl_gz(silver)
    if limit:
        records = records[:limit]
    docs = (Doc(nlp.vocab, words=r["words"], spaces=r["spaces"]) for r in records)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for r, doc in zip(records, nlp.pipe(docs, batch_size=128)):
            f.write(json.dumps({"words": r["words"], "spaces": r["spaces"], "tags": bio(doc)}, ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=HERE / "ner-pt-legal")
    ap.add_argument("--silver", type=Path, default=HERE / "data" / "silver-legal" / "silver.jsonl.gz")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=0, help="only the first LIMIT sentences (tests)")
    args = ap.parse_args()
    n = label(args.model, args.silver, args.out, args.limit)
    print(f"{n} sentences labelled by {args.model} → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
