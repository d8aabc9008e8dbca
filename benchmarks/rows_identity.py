"""Are process_file's rows identical before and after a change, table by table, and what did each stage cost?

    python benchmarks/rows_identity.py dump OUT.pkl [--ner off] [--no-ocr] [--corpus DIR ...]
    python benchmarks/rows_identity.py compare BEFORE.pkl AFTER.pkl
    python benchmarks/rows_identity.py cpu A.pkl [B.pkl ...]

``dump`` runs :func:`seidou.runner.process.process_file` on every PDF of the corpora (default
``../shared/corpus/real`` and ``real2``, OCR on as by default), one process, and pickles, per file, its rows
of every table (the columns that change from run to run dropped: ``files.seconds``, ``errors.at``), its CPU
seconds (``time.process_time``) and its per-stage CPU ``timings``. Keep the pickles outside the project: they
hold corpus text. ``compare`` says, table by table, whether every file's rows are equal (same rows, same
order), and shows the first difference. ``cpu`` sums the CPU seconds per stage and in all (of the files of
``real`` alone and of all files), one column per dump: only dumps made in the same conditions compare.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = [ROOT.parent / "shared" / "corpus" / "real", ROOT.parent / "shared" / "corpus" / "real2"]
VOLATILE = {"files": ("seconds",), "errors": ("at",)}


def dump(out: Path, corpora: list[Path], changes: dict) -> None:
    from seidou.runner.process import process_file

    files = sorted(p for c in corpora for p in c.rglob("*.pdf"))
    results = {}
    for path in files:
        cpu = time.process_time()
        res = process_file(str(path), "identity", **changes)
        cpu = time.process_time() - cpu
        rows = {
            table: [{k: v for k, v in r.items() if k not in VOLATILE.get(table, ())} for r in table_rows]
            for table, table_rows in res.rows.items()
        }
        results[str(path)] = {"rows": rows, "cpu": cpu, "timings": dict(res.timings), "pages": res.n_pages}
        print(f"{cpu:7.2f} s  {path.name}", flush=True)
    out.write_bytes(pickle.dumps(results))
    print(f"{len(results)} files, {sum(r['cpu'] for r in results.values()):.1f} s CPU -> {out}")


def compare(before: Path, after: Path) -> int:
    a, b = pickle.loads(before.read_bytes()), pickle.loads(after.read_bytes())
    if a.keys() != b.keys():
        print("files differ:", sorted(a.keys() ^ b.keys()))
        return 1
    tables = sorted({t for r in (*a.values(), *b.values()) for t in r["rows"]})
    bad = 0
    for table in tables:
        differing = [f for f in a if a[f]["rows"].get(table, []) != b[f]["rows"].get(table, [])]
        n = sum(len(r["rows"].get(table, [])) for r in a.values())
        print(f"{table:20s} {n:7d} rows  {'identical' if not differing else f'{len(differing)} files differ'}")
        for f in differing[:3]:
            bad += 1
            ra, rb = a[f]["rows"].get(table, []), b[f]["rows"].get(table, [])
            print(f"   {Path(f).name}: {len(ra)} rows before, {len(rb)} after")
            for i, (x, y) in enumerate(zip(ra, rb)):
                if x != y:
                    keys = [k for k in x.keys() | y.keys() if x.get(k) != y.get(k)]
                    print(f"     row {i}: " + "; ".join(f"{k}: {x.get(k)!r:.80} -> {y.get(k)!r:.80}" for k in keys))
                    break
    print("IDENTICAL" if not bad else "DIFFERENT")
    return 1 if bad else 0


def cpu(dumps: list[Path]) -> None:
    loaded = [pickle.loads(d.read_bytes()) for d in dumps]
    stages = list(dict.fromkeys(s for d in loaded for r in d.values() for s in r["timings"]))
    for label, keep in (("real", lambda f: "/corpus/real/" in f), ("all", lambda f: True)):
        print(f"-- {label}: " + "  ".join(f"{d.name}" for d in dumps))
        for stage in [*stages, "TOTAL"]:
            vals = []
            for d in loaded:
                if stage == "TOTAL":
                    vals.append(sum(r["cpu"] for f, r in d.items() if keep(f)))
                else:
                    vals.append(sum(r["timings"].get(stage, 0.0) for f, r in d.items() if keep(f)))
            print(f"{stage:12s}" + "".join(f"{v:10.2f}" for v in vals))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--ner", default=None)
    d.add_argument("--no-ocr", action="store_true")
    d.add_argument("--corpus", type=Path, action="append")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    u = sub.add_parser("cpu")
    u.add_argument("dumps", type=Path, nargs="+")
    args = ap.parse_args()
    if args.cmd == "dump":
        changes = {}
        if args.ner:
            changes["ner"] = args.ner
        if args.no_ocr:
            changes["ocr"] = False
        dump(args.out, args.corpus or CORPORA, changes)
        return 0
    if args.cmd == "compare":
        return compare(args.before, args.after)
    cpu(args.dumps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
