"""The PDFium table finder (seidou.io.ruled) against pdfplumber's find_tables, page by page.

    python benchmarks/bench_tables.py ../shared/corpus/real ../shared/corpus/real2 [--details]
        [--dump OUT.pkl] [--against BEFORE.pkl]

On every page of every PDF in the folders: pdfplumber's ``find_tables()`` + ``extract()`` (the
reference, and the ``--tables pdfplumber`` engine) and the ruled finder on the same page (its
PDFium page load, edges, tables and cell text from the laid-out words), each timed in CPU seconds
(tests/tables/compare.py). Reported: the pages where pdfplumber finds a table, the share of its
cells the ruled finder gives with the same box (within 1.5 pt) and the same text after whitespace
collapse (strictly, with pdfplumber's unmapped glyphs as wildcards, and with white space ignored), the pages where the reader
did not flag rulings (``PageLayout.ruled``: only ``--tables pdfplumber`` leaves them out), and the slowest
table step of each engine. Every cell that differs gets a cause (tests/tables/compare.py ``cause``); the
share of equal cells is printed raw and with the causes where pdfplumber is the one wrong set aside
(those cells left out of the count), with the counts per cause.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.tables.compare import CAUSES, collapse, compare_file, match  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true", help="print the cells that differ")
    ap.add_argument("--dump", type=Path, help="pickle every page's cells here (outside the project: corpus text)")
    ap.add_argument("--against", type=Path, help="a --dump of another version: list our cells whose text changed")
    args = ap.parse_args()
    files = sorted(f for d in args.folders for f in d.rglob("*.pdf"))
    rows = []
    for f in files:
        try:
            rows += compare_file(f, why=True)
        except Exception as e:  # noqa: BLE001 - an unreadable file has no pages to compare
            print(f"  {f.name}: skipped ({type(e).__name__}: {e})")
    if args.dump:
        args.dump.write_bytes(pickle.dumps(rows))
    if args.against:
        changed(pickle.loads(args.against.read_bytes()), rows)
    with_tables = [r for r in rows if r["ref"]]
    n_ref = sum(len(r["ref"]) for r in with_tables)
    found = equal = strict = blind = exact = 0
    for r in with_tables:
        fo, eq, diffs = match(r["ref"], r["ours"])
        strict += match(r["ref"], r["ours"], strict=True)[1]
        exact += match(r["ref"], r["ours"], exact=True)[1]
        blind += match(r["ref"], r["ours"], spaces=False)[1]
        found += fo
        equal += eq
        if args.details and diffs:
            print(f"\n{Path(r['file']).name} p{r['page']}: {eq}/{len(r['ref'])} equal")
            for c, box, text, hit in r["causes"][:8]:
                shown = None if hit is None else collapse(hit)
                print(
                    f"   {c:<16} {tuple(round(v) for v in box)} pdfplumber={collapse(text)!r:.70} ruled={shown!r:.70}"
                )
    causes = Counter(c for r in with_tables for c, *_ in r["causes"])
    plumber_wrong = sum(n for c, n in causes.items() if CAUSES[c][1])
    unflagged = [r for r in with_tables if not r["ruled_flag"]]
    unsearched = [r for r in with_tables if not r["searched"]]
    extra = [r for r in rows if not r["ref"] and r["ours"]]
    pct = lambda k: 100 * k / max(n_ref, 1)  # noqa: E731
    print(f"\n{len(files)} files, {len(rows)} pages; pdfplumber finds tables on {len(with_tables)} pages")
    print(f"cells: {n_ref} by pdfplumber; the ruled finder gives {found} of them with the same box ({pct(found):.2f}%)")
    print(
        f"   same text after whitespace collapse: {equal} ({pct(equal):.2f}%) with pdfplumber's unmapped glyphs"
        f" as wildcards, {strict} ({pct(strict):.2f}%) strictly; {blind} ({pct(blind):.2f}%) with white space ignored"
    )
    print(f"   exactly the same text (white space as it is, no wildcards): {exact} ({pct(exact):.2f}%)")
    kept = n_ref - plumber_wrong
    print(
        f"   with the {plumber_wrong} cells where pdfplumber is the one wrong set aside: {equal} of {kept}"
        f" ({100 * equal / max(kept, 1):.2f}%)"
    )
    print("   cells that differ, by cause (* pdfplumber wrong: set aside):")
    for c, (what, wrong) in CAUSES.items():
        print(f"   {'*' if wrong else ' '} {causes[c]:6d}  {c:<16} {what}")
    names = ", ".join(f"{Path(r['file']).name} p{r['page']}" for r in unflagged[:8])
    print(
        f"pages with pdfplumber tables not flagged ruled by the reader: {len(unflagged)} {names} (searched by the"
        f" ruled engine all the same; pages it does not search: {len(unsearched)})"
    )
    names = ", ".join(f"{Path(r['file']).name} p{r['page']}" for r in extra[:8])
    print(f"pages where only the ruled finder finds a table: {len(extra)} {names}")
    for engine in ("cpu_pdfplumber", "cpu_ruled"):
        xs = [r[engine] for r in rows]
        flagged = [r[engine] for r in rows if r["ruled_flag"]]
        worst = max(rows, key=lambda r: r[engine])
        print(
            f"{engine[4:]:<11} CPU s per page: median {statistics.median(xs):.4f}, on flagged pages "
            f"{statistics.median(flagged) if flagged else 0:.4f}, total {sum(xs):.1f}, "
            f"max {worst[engine]:.3f} ({Path(worst['file']).name} p{worst['page']})"
        )


def changed(before: list[dict], after: list[dict]) -> None:
    """Our cells (same page, same box) whose text differs between two dumps, with pdfplumber's text."""
    old = {(r["file"], r["page"]): r for r in before}
    n = same_box = 0
    for r in after:
        b = old.get((r["file"], r["page"]))
        if b is None:
            continue
        was = {tuple(round(v, 2) for v in box): text for box, text in b["ours"]}
        for box, text in r["ours"]:
            prev = was.get(tuple(round(v, 2) for v in box))
            if prev is None:
                continue
            same_box += 1
            if prev != text:
                n += 1
                ref = next((t for rb, t in r["ref"] if all(abs(x - y) <= 1.5 for x, y in zip(rb, box))), None)
                print(
                    f"changed {Path(r['file']).name} p{r['page']} {tuple(round(v) for v in box)}"
                    f" before={prev!r:.80} after={text!r:.80} pdfplumber={ref!r:.80}"
                )
    print(f"cells with the same box in both dumps: {same_box}; text changed: {n}")


if __name__ == "__main__":
    main()
