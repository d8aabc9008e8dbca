"""Layout speed: seidou's layout vs pypdfium2's bare text and pdfplumber's bare extract_text.

    python benchmarks/bench_layout.py ../shared/corpus/real [--pages-per-file 4]

For every PDF under the folder (pages with a text layer), the same pages are read by the three
engines in the same run, one page at a time, each engine with its own open document:
- ``pdfium``: load page + text page + ``get_text_range`` (no boxes, no order);
- ``seidou``: load page + words with boxes + lines, columns, furniture, paragraphs, char map;
- ``pdfplumber``: ``page.extract_text()``.
It prints medians of ms/page per kind of document and overall, and the ratios of the medians.
It also checks reading order where it can be checked without gold: on pages whose text numbers
its articles (``Art. 9``, ``Art. 10`` …), the share of consecutive articles that come out in order.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from seidou.io.pdf import read_page  # noqa: E402
from seidou.layout.compose import layout_pages  # noqa: E402

ARTICLE = regex.compile(r"(?m)^\s*Art\.\s*(\d{1,3})")


def article_order(text: str) -> tuple[int, int]:
    nums = [int(n) for n in ARTICLE.findall(text)]
    pairs = list(zip(nums, nums[1:]))
    return sum(1 for a, b in pairs if b == a + 1), len(pairs)


def bench_file(path: Path, pages_per_file: int) -> list[dict]:
    rows = []
    doc = pdfium.PdfDocument(str(path))
    ours_doc = pdfium.PdfDocument(str(path))
    with pdfplumber.open(path) as plumb:
        # pdfminer may see fewer pages than PDFium (Tucano-BA Câmara 2020-01-08): compare the pages both see
        n = min(len(doc), len(plumb.pages), pages_per_file)
        if len(plumb.pages) < len(doc):
            print(f"{path}: pdfplumber reads {len(plumb.pages)} of its {len(doc)} pages", file=sys.stderr)
        for i in range(n):
            t = time.perf_counter()
            page = doc[i]
            tp = page.get_textpage()
            bare = tp.get_text_range()
            tp.close()
            page.close()
            t_pdfium = time.perf_counter() - t
            if not bare.strip():
                continue  # no text layer: nothing to compare
            t = time.perf_counter()
            layout = layout_pages([read_page(ours_doc, i)])
            t_ours = time.perf_counter() - t
            t = time.perf_counter()
            ppage = plumb.pages[i]
            plumb_text = ppage.extract_text() or ""
            ppage.close()
            t_plumb = time.perf_counter() - t
            rows.append(
                {
                    "file": path.name,
                    "kind": path.parent.name,
                    "page": i + 1,
                    "pdfium": t_pdfium,
                    "seidou": t_ours,
                    "pdfplumber": t_plumb,
                    "order_ours": article_order(layout.text),
                    "order_plumb": article_order(plumb_text),
                }
            )
    doc.close()
    ours_doc.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--pages-per-file", type=int, default=4)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no such folder: {args.corpus} (give the corpus as an argument: make bench ARGS=<folder>)")
    files = sorted(p for p in args.corpus.rglob("*") if p.suffix.lower() == ".pdf")
    rows = []
    for f in files:
        try:
            rows.extend(bench_file(f, args.pages_per_file))
        except Exception as e:  # a damaged file in someone's corpus must not stop the benchmark
            print(f"skipped {f}: {e}", file=sys.stderr)
    if not rows:
        sys.exit("no pages with a text layer found")

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    by_kind["ALL"] = rows

    def med(rs, key):
        return statistics.median(r[key] for r in rs) * 1000

    print(f"{len(files)} files, {len(rows)} pages with text (≤ {args.pages_per_file} per file), one process")
    print()
    header = (
        f"{'kind':<10} {'pages':>5} {'pdfium ms':>10} {'seidou ms':>10} {'plumber ms':>11} "
        f"{'seidou/pdfium':>14} {'plumber/seidou':>15}"
    )
    print(header)
    print("-" * len(header))
    for kind in sorted(by_kind, key=lambda k: (k == "ALL", k)):
        rs = by_kind[kind]
        a, b, c = med(rs, "pdfium"), med(rs, "seidou"), med(rs, "pdfplumber")
        print(f"{kind:<10} {len(rs):>5} {a:>10.1f} {b:>10.1f} {c:>11.1f} {b / a:>13.2f}x {c / b:>14.1f}x")
    print()
    total = {k: sum(r[k] for r in rows) for k in ("pdfium", "seidou", "pdfplumber")}
    print(
        f"totals: pdfium {total['pdfium']:.2f}s, seidou {total['seidou']:.2f}s, pdfplumber {total['pdfplumber']:.2f}s; "
        f"seidou/pdfium {total['seidou'] / total['pdfium']:.2f}x, pdfplumber/seidou "
        f"{total['pdfplumber'] / total['seidou']:.1f}x"
    )
    ok_o = sum(r["order_ours"][0] for r in rows)
    n_o = sum(r["order_ours"][1] for r in rows)
    ok_p = sum(r["order_plumb"][0] for r in rows)
    n_p = sum(r["order_plumb"][1] for r in rows)
    if n_o or n_p:
        print(
            f"reading order (consecutive articles in order): seidou {ok_o}/{n_o} "
            f"({100 * ok_o / max(n_o, 1):.0f}%), pdfplumber {ok_p}/{n_p} ({100 * ok_p / max(n_p, 1):.0f}%)"
        )


if __name__ == "__main__":
    main()
