"""A page sent to OCR for a picture beside its text layer is searched for drawn tables (0.30), and its cells
hold the text layer's words only: the same cells with OCR on as off (test_ruled.py checks those against
pdfplumber's), whatever Tesseract reads from the picture."""

from __future__ import annotations

import pytest

from seidou.io import ocr
from seidou.io.pdf import PdfFile
from seidou.io.ruled import layout_words, read_page_tables
from seidou.runner.process import lay_out

from ..conftest import SHARED

REAL, REAL2 = SHARED / "corpus" / "real", SHARED / "corpus" / "real2"
CASES = [  # (file, page): a drawn table on a page with a scanned picture over 30% of it
    (REAL / "dou" / "dou_s1_2014_10_01_full.pdf", 73),  # a DOU page reprinting a form
    (REAL / "sei" / "sei_ms_parecer_454_2024_apae_barrolandia.pdf", 9),  # an SEI-MS parecer's table
]


def _cells(pdf: PdfFile, number: int, with_ocr: bool):
    page = lay_out(pdf, number, number, ocr=with_ocr).pages[0]
    loaded = pdf.doc[number - 1]
    try:
        return page, [(c.table_no, c.row, c.col, c.text) for c in read_page_tables(loaded, page)]
    finally:
        loaded.close()


@pytest.mark.parametrize(("path", "number"), CASES, ids=[f"{p.name}-p{n}" for p, n in CASES])
def test_ocr_words_stay_out_of_a_drawn_tables_cells(path, number):
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    if not ocr.available():
        pytest.skip("Tesseract is not installed")
    with PdfFile(path) as pdf:
        page, with_ocr = _cells(pdf, number, True)
        _, without = _cells(pdf, number, False)
    assert page.needs_ocr and page.text_source == "ocr"
    assert any(w.ocr for w in layout_words(page)), "Tesseract read words beside the text layer"
    assert with_ocr and with_ocr == without
