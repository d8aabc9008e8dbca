"""Tables in documents (cronogramas, fichas cadastrais, budget lines, extratos), found by
pdfplumber's table finder on the pages whose rulings PDFium saw (``PageLayout.ruled``).

pdfplumber is slow next to PDFium (it parses every character again), so it runs only on ruled
pages, and only when asked (``seidou run --tables ruled``, the default; ``--tables off``).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import pdfplumber

from seidou.deadline import StepTimeout, time_limit

EXTRACTOR = f"pdfplumber@{pdfplumber.__version__}:find_tables"


@dataclass
class Cell:
    page: int
    table_no: int  # 1-based within the file, in page order
    row: int  # 0-based
    col: int  # 0-based
    text: str
    box: tuple[float, float, float, float] | None


# pdfplumber parses content streams in Python: a decompression bomb (megabytes of operators)
# would hold a page for minutes. Past this, the page's tables are given up (an errors row).
PAGE_SECONDS = float(os.environ.get("SEIDOU_TABLE_PAGE_SECONDS", "10"))
# pdfminer logs a warning per damaged operator (thousands on a damaged page): failures are rows instead
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass
class PageFailure:
    page: int
    error_type: str
    message: str


def _timed_out(e: BaseException) -> StepTimeout | None:
    """The StepTimeout behind ``e`` (itself, its cause or context, or an argument), if any."""
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, StepTimeout):
            return e
        inner = next((a for a in getattr(e, "args", ()) if isinstance(a, StepTimeout)), None)
        if inner is not None:
            return inner
        e = e.__cause__ or e.__context__
    return None


def read_tables(path: str | os.PathLike, pages: list[int]) -> tuple[list[Cell], list[PageFailure]]:
    """Cells of every table found on the given (1-based) pages, and the pages where the search failed."""
    out: list[Cell] = []
    failures: list[PageFailure] = []
    if not pages:
        return out, failures
    table_no = 0
    with pdfplumber.open(path) as pdf:
        for number in pages:
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            try:
                with time_limit(PAGE_SECONDS, f"the table search on page {number}"):
                    found = [(t, t.extract()) for t in page.find_tables()]
            except Exception as e:  # noqa: BLE001 - pdfminer fails in many ways on damaged pages
                timeout = _timed_out(e)
                if timeout is not None:  # pdfminer may wrap the limit's exception in its own
                    failures.append(PageFailure(number, "step_timeout", str(timeout)))
                else:
                    failures.append(PageFailure(number, type(e).__name__, f"table search failed on page {number}: {e}"))
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
