"""Tables in documents (cronogramas, fichas cadastrais, budget lines, extratos), found by
pdfplumber's table finder on the pages whose rulings PDFium saw (``PageLayout.ruled``).

pdfplumber is slow next to PDFium (it parses every character again), so it runs only on ruled
pages, and only when asked (``seidou run --tables ruled``, the default; ``--tables off``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pdfplumber

EXTRACTOR = f"pdfplumber@{pdfplumber.__version__}:find_tables"


@dataclass
class Cell:
    page: int
    table_no: int  # 1-based within the file, in page order
    row: int  # 0-based
    col: int  # 0-based
    text: str
    box: tuple[float, float, float, float] | None


def read_tables(path: str | os.PathLike, pages: list[int]) -> list[Cell]:
    """Cells of every table found on the given (1-based) pages."""
    out: list[Cell] = []
    if not pages:
        return out
    table_no = 0
    with pdfplumber.open(path) as pdf:
        for number in pages:
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            try:
                tables = page.find_tables()
                for t in tables:
                    table_no += 1
                    texts = t.extract()
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
            finally:
                page.close()
    return out
