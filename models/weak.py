"""Weakly labelled training paragraphs from our own corpus: the names the rules are sure of.

    python models/weak.py PDF_DIR    # → models/data/weak-legal/weak.jsonl.gz (committed)

Each PDF goes through the pipeline with ``--ner off``; the rule entities it finds — signers of SEI
stamps and printed signature blocks (PESSOA), parties and their representatives, persons of labelled
fields ("Usuário: …") and órgãos by head word (ORGANIZACAO) — are kept with the paragraph they sit in.
Everything else in the paragraph is *missing*, not O: the rules see only some names, so the model
learns from these spans without being told the rest of the paragraph holds none.
``models/train.py --weak-share`` adds them to the training set. The seed documents are not in the
corpus (their gold is the recall test); the LeNER-Br test set is never touched.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEAK = HERE / "data" / "weak-legal" / "weak.jsonl.gz"
MAX_CHARS = 600  # longer paragraphs are cut to a window around their names


def paragraphs_with_names(text: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """{"text", "spans"} for each paragraph of ``text`` (lines of the canonical text) holding a span."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        inside = sorted((s - pos, e - pos, label) for s, e, label in spans if pos <= s and e <= end)
        if inside:
            lo, hi = 0, len(line)
            if hi > MAX_CHARS:  # a window around the names, cut at spaces
                lo = max(0, line.rfind(" ", 0, max(0, inside[0][0] - 150)) + 1)
                hi = line.find(" ", min(len(line), inside[-1][1] + 150))
                hi = len(line) if hi < 0 else hi
            kept = [(s - lo, e - lo, label) for s, e, label in inside if lo <= s and e <= hi]
            if kept:
                out.append({"text": line[lo:hi], "spans": kept})
        pos = end + 1
    return out


def build(pdf_dir: Path, out: Path = WEAK) -> int:
    os.environ.setdefault("SEIDOU_WINDOW_PAGES", "100000")  # one window: offsets of one text per file
    sys.path.insert(0, str(HERE.parent))
    from seidou.runner.process import process_file

    records: list[dict] = []
    seen: set[str] = set()
    for path in sorted(pdf_dir.rglob("*.pdf")):
        result = process_file(str(path), "weak", tables="off", ner="off")
        texts = {d["doc_id"]: d["text"] or "" for d in result.rows.get("documents", [])}
        by_doc: dict[str, list[tuple[int, int, str]]] = {}
        for r in result.rows.get("entities", []):
            by_doc.setdefault(r["doc_id"], []).append((r["char_start"], r["char_end"], r["label"]))
        n = 0
        for doc_id, spans in by_doc.items():
            for rec in paragraphs_with_names(texts[doc_id], spans):
                if rec["text"] not in seen:
                    seen.add(rec["text"])
                    records.append(rec)
                    n += 1
        print(f"{path.name}: {n} paragraphs", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def read(path: Path = WEAK) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf_dir", type=Path)
    args = ap.parse_args()
    print(f"{build(args.pdf_dir)} paragraphs written to {WEAK}", file=sys.stderr)


if __name__ == "__main__":
    main()
