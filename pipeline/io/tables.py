"""Tables in documents (cronogramas, fichas cadastrais, budget lines, extratos): the cells of the
ruled tables (on the pages of :func:`pages_to_search`).

Two engines (``seidou run --tables``):

- ``ruled`` (the default): seidou.io.ruled, the page's drawn lines read from PDFium's path objects,
  pdfplumber's table steps on them, cell text from the words the reader already measured
  (milliseconds a page);
- ``pdfplumber``: pdfplumber's own ``find_tables`` (pdfminer parses the page again: 0.1-0.3 s a
  page, minutes on a page of megabytes of operators). The reference the ruled engine is tested on.

Neither has a wall-clock limit: a page's table search is bounded by CPU time only
(``SEIDOU_TABLE_PAGE_SECONDS``, default 20 s of CPU; a busy machine does not cost a page its
tables). A page past it, or failing, is a :class:`PageFailure` (an ``errors`` row; the file is then
incomplete).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import pdfplumber
import pypdfium2 as pdfium

from seidou.deadline import StepTimeout, time_limit
from seidou.io.ruled import EXTRACTOR as RULED
from seidou.io.ruled import find_tables, page_chars, page_edges, read_page_tables, table_cells
from seidou.layout.types import PageLayout
from seidou.versions import tag

ENGINES = ("ruled", "pdfplumber")
VERSION = 1  # the pdfplumber engine: find_tables with SETTINGS
EXTRACTORS = {
    "ruled": RULED,
    "pdfplumber": tag("seidou.io.tables", VERSION, f"pdfplumber-{pdfplumber.__version__}"),
}
EXTRACTOR = EXTRACTORS["ruled"]


@dataclass
class Cell:
    page: int
    table_no: int  # 1-based within the file, in page order
    row: int  # 0-based
    col: int  # 0-based
    text: str
    box: tuple[float, float, float, float] | None


# CPU seconds one page's table search may take (a decompression bomb would hold pdfminer for
# minutes); the ruled engine takes at most ~0.05 s on the real corpora.
PAGE_SECONDS = float(os.environ.get("SEIDOU_TABLE_PAGE_SECONDS", "20"))
# pdfminer logs a warning per damaged operator (thousands on a damaged page): failures are rows instead
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def pages_to_search(pages: list[PageLayout], engine: str) -> list[PageLayout]:
    """The pages a table search reads: with pdfplumber, those the reader saw rulings on
    (``PageLayout.ruled``); with the ruled engine, every page with a text layer (a few ms a page:
    the rulings flag misses tables drawn as one path, 164 pages with tables of the real corpora),
    a page sent to OCR for a scanned image beside its text included (a DOU page reprinting a scanned
    form under a drawn table, an SEI parecer's table beside a pasted picture: 4 pages, 43 of pdfplumber's
    cells of ``../shared/corpus/real`` and ``real2`` were not searched before 0.30); not a page whose text
    is drawn as glyph outlines (``PageLayout.outlined``: no text layer to fill cells, glyph paths)."""
    if engine == "pdfplumber":
        return [p for p in pages if p.ruled and not p.needs_ocr and not p.error]
    return [p for p in pages if p.n_chars > 0 and not p.outlined and not p.error]


@dataclass
class PageFailure:
    page: int
    error_type: str
    message: str


def read_tables(
    path: str | os.PathLike,
    pages: list[PageLayout],
    *,
    engine: str = "ruled",
    doc: pdfium.PdfDocument | None = None,
    first_table_no: int = 0,
) -> tuple[list[Cell], list[PageFailure]]:
    """Cells of every table found on the given laid-out pages, and the pages where the search
    failed. ``doc``: the file already open in PDFium (the ruled engine opens it otherwise);
    ``first_table_no``: tables of earlier page windows of the same file (numbering goes on)."""
    if engine not in ENGINES:
        raise ValueError(f"table engine must be one of {', '.join(ENGINES)} (got {engine!r})")
    if not pages:
        return [], []
    if engine == "pdfplumber":
        return _read_pdfplumber(path, [p.number for p in pages], first_table_no)
    own = doc is None
    doc = pdfium.PdfDocument(str(path)) if own else doc
    try:
        return _read_ruled(doc, pages, first_table_no)
    finally:
        if own:
            doc.close()


def _read_ruled(doc: pdfium.PdfDocument, pages: list[PageLayout], table_no: int):
    out: list[Cell] = []
    failures: list[PageFailure] = []
    for lp in pages:
        number = lp.number
        if not 1 <= number <= len(doc):
            continue
        if isinstance(lp.tables, BaseException):  # the search while the page was read failed
            failures.append(_failure(number, lp.tables))
            continue
        try:
            with time_limit(PAGE_SECONDS, f"the table search on page {number}"):
                if lp.tables is not None:  # found while the page was read (search_loaded_page)
                    cells = table_cells(lp.tables, lp, lambda n=number: _loaded_chars(doc, n))
                else:
                    page = doc[number - 1]
                    try:
                        cells = read_page_tables(page, lp)
                    finally:
                        page.close()
        except Exception as e:  # noqa: BLE001 - a damaged page must not lose the file's other tables
            failures.append(_failure(number, e))
            continue
        base = table_no
        for c in cells:
            table_no = max(table_no, base + c.table_no)
            out.append(Cell(number, base + c.table_no, c.row, c.col, c.text, c.box))
    return out, failures


def _loaded_chars(doc: pdfium.PdfDocument, number: int):
    """The characters of page ``number`` (loaded again: only a page with a word across cells needs them)."""
    page = doc[number - 1]
    try:
        return page_chars(page)
    finally:
        page.close()


def search_loaded_page(pdf_page: pdfium.PdfPage, number: int) -> list | BaseException:
    """The ruled tables of a page loaded to read its words (io.pdf, ``PdfFile.search_tables``), without
    their text (:func:`_read_ruled` takes it from the laid-out words): a page is loaded once, not once
    for its words and once more for its tables. The exception the search raised, under the same CPU
    limit, comes back as the value (a failed search must not lose the page's words)."""
    try:
        with time_limit(PAGE_SECONDS, f"the table search on page {number}"):
            return find_tables(page_edges(pdf_page))
    except Exception as e:  # noqa: BLE001 - reported by _read_ruled as the page's failure
        return e


def _read_pdfplumber(path: str | os.PathLike, pages: list[int], table_no: int):
    out: list[Cell] = []
    failures: list[PageFailure] = []
    with pdfplumber.open(path) as pdf:
        for number in pages:
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            try:
                with time_limit(PAGE_SECONDS, f"the table search on page {number}"):
                    found = [(t, t.extract()) for t in page.find_tables()]
            except Exception as e:  # noqa: BLE001 - pdfminer fails in many ways on damaged pages
                failures.append(_failure(number, _limit_inside(e)))
                continue
            finally:
                page.close()
            for t, texts in found:
                table_no += 1
                for r, (row, values) in enumerate(zip(t.rows, texts)):
                    for c, (bbox, value) in enumerate(zip(row.cells, values)):
                        if bbox is None and value is None:
                            continue  # a cell merged into its neighbour
                        out.append(
                            Cell(
                                number,
                                table_no,
                                r,
                                c,
                                (value or "").strip(),
                                tuple(float(v) for v in bbox) if bbox else None,
                            )
                        )
    return out, failures


def _failure(number: int, e: BaseException) -> PageFailure:
    """A page's failure: ``step_timeout`` for the CPU limit (the file becomes 'partial'), else the exception."""
    if isinstance(e, StepTimeout):
        return PageFailure(number, "step_timeout", str(e))
    return PageFailure(number, type(e).__name__, f"table search failed on page {number}: {e}")


def _limit_inside(e: BaseException) -> BaseException:
    """pdfplumber wraps what its parser raised (PdfminerException): the CPU limit shows as itself."""
    seen = e
    for _ in range(5):
        if isinstance(seen, StepTimeout):
            return seen
        inner = next((a for a in getattr(seen, "args", ()) if isinstance(a, BaseException)), None)
        seen = seen.__cause__ or seen.__context__ or inner
        if seen is None:
            break
    return e
