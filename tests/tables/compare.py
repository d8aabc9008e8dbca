"""The ruled finder (seidou.io.ruled) and pdfplumber's find_tables on the same page: cells matched
by box, texts compared after whitespace collapse. Shared by the tests and benchmarks/bench_tables.py."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pdfplumber

from seidou.io.pdf import PdfFile
from seidou.io.ruled import read_page_tables
from seidou.io.tables import pages_to_search
from seidou.runner.process import lay_out

BOX_TOLERANCE = 1.5
# pdfplumber's text for a glyph its font has no Unicode for (a "ti" ligature in SEI's Calibri):
# PDFium maps it; the two texts are compared with that glyph as a wildcard (``same_text``).
_UNMAPPED = re.compile(r"\x00|\(cid:\d+\)")


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def same_text(ref: str, ours: str, *, strict: bool = False, spaces: bool = True) -> bool:
    """Equal after whitespace collapse; ``strict``: pdfplumber's unmapped glyphs are no wildcards;
    ``spaces=False``: white space is ignored (pdfplumber drops the spaces of tightly set text)."""
    a, b = collapse(ref), collapse(ours)
    if not spaces:
        a, b = a.replace(" ", ""), b.replace(" ", "")
    if a == b:
        return True
    if strict or not _UNMAPPED.search(a):
        return False
    pattern = ".{1,3}".join(re.escape(part) for part in _UNMAPPED.split(a))
    return re.fullmatch(pattern, b) is not None


def plumber_cells(page, shift: tuple[float, float] = (0.0, 0.0)) -> list[tuple[tuple, str]]:
    """(box, text) of every cell pdfplumber finds on a page (merged slots left out), its boxes moved
    by ``shift`` (:func:`display_shift`) into seidou's display space."""
    dx, dy = shift
    out = []
    for t in page.find_tables():
        for row, values in zip(t.rows, t.extract()):
            for box, value in zip(row.cells, values):
                if box is not None:
                    x0, top, x1, bottom = (float(v) for v in box)
                    out.append(((x0 - dx, top - dy, x1 - dx, bottom - dy), value or ""))
    return out


def display_shift(pdf_page) -> tuple[float, float]:
    """How far pdfplumber's coordinates of an unrotated page are from seidou's: pdfplumber keeps x
    as the PDF has it and measures ``top`` from the media box's height; seidou starts both at the
    crop box's top-left corner (a BH gazette's crop box is 17 pt inside its media box)."""
    cx0, _cy0, _cx1, cy1 = pdf_page.get_cropbox()
    _mx0, my0, _mx1, my1 = pdf_page.get_mediabox()
    return cx0, (my1 - my0) - cy1


def match(ref: list[tuple[tuple, str]], ours: list[tuple[tuple, str]], **how):
    """(cells of ``ref`` found in ``ours`` with the same box, of those with the same text, the others)."""
    found = equal = 0
    diffs = []
    for box, text in ref:
        hit = next((t for b, t in ours if all(abs(a - c) <= BOX_TOLERANCE for a, c in zip(box, b))), None)
        if hit is None:
            diffs.append((box, text, None))
            continue
        found += 1
        if same_text(text, hit, **how):
            equal += 1
        else:
            diffs.append((box, text, hit))
    return found, equal, diffs


def compare_file(path: Path | str, pages: list[int] | None = None) -> list[dict]:
    """Per page of ``path`` (all, or the 1-based ``pages``): both engines' cells and CPU seconds
    (pdfplumber: find_tables + extract; ruled: the page load, edges, tables and cell text)."""
    rows = []
    with PdfFile(path) as pdf:
        layout = lay_out(pdf, ocr=False)
        by_number = {p.number: p for p in layout.pages}
        searched = {p.number for p in pages_to_search(layout.pages, "ruled")}
        with pdfplumber.open(path) as plumb:
            for number in pages or range(1, pdf.n_pages + 1):
                lp = by_number.get(number)
                if lp is None or lp.error:
                    continue
                pdf_page = pdf.doc[number - 1]
                shift = display_shift(pdf_page)
                pdf_page.close()
                t = time.process_time()
                ref = []
                if number <= len(plumb.pages):  # pdfminer may see fewer pages in a damaged page tree
                    page = plumb.pages[number - 1]
                    try:
                        ref = plumber_cells(page, shift)
                    except Exception:  # noqa: BLE001 - a page pdfminer cannot parse is no reference
                        pass
                    finally:
                        page.close()
                t_plumb = time.process_time() - t
                t = time.process_time()
                pdf_page = pdf.doc[number - 1]
                try:
                    cells = read_page_tables(pdf_page, lp)
                finally:
                    pdf_page.close()
                t_ruled = time.process_time() - t
                rows.append(
                    {
                        "file": str(path),
                        "page": number,
                        "ruled_flag": lp.ruled,
                        "searched": number in searched,  # by the pipeline's ruled engine
                        "ref": ref,
                        "ours": [(c.box, c.text) for c in cells],
                        "cpu_pdfplumber": t_plumb,
                        "cpu_ruled": t_ruled,
                    }
                )
    return rows
