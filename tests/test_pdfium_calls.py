"""The PDFium calls in bulk (pipeline/io/pdfium_calls.py): the C loops, the lean ctypes prototypes and
pypdfium2's own bindings answer alike, on real pages."""

from __future__ import annotations

import ctypes
import shutil
from array import array

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipeline.io import pdfium_calls

from .conftest import FIXTURES

PAGES = ["sei_al_cbmal_despacho_37187279.pdf", "dou_s2_2023_05_02_p94.pdf", "tucano_ba_doe_1507_2021_p4-6.pdf"]


@pytest.fixture(params=PAGES)
def page(request):
    doc = pdfium.PdfDocument(str(FIXTURES / request.param))
    page = doc[0]
    tp = page.get_textpage()
    yield page, tp
    tp.close()
    page.close()
    doc.close()


def test_the_fast_paths_are_in_use():
    assert pdfium_calls._LEAN is not None, "the lean prototypes did not load: the reader runs on the slow path"
    if shutil.which("cc") or shutil.which("gcc"):
        assert pdfium_calls.BULK, "the C loops (pipeline/io/_pdfium_loops.c) were not built or do not load"


def test_span_boxes_match_the_bindings(page):
    _, tp = page
    n = tp.count_chars()
    spans = array("i", [x for i in range(0, n - 3, 5) for x in (i, i + 1 + i % 3)])  # 1- to 3-character spans
    bulk = pdfium_calls.span_boxes(tp.raw, spans)
    assert bulk == pdfium_calls.span_boxes(tp.raw, spans, bulk=False)
    rect = pdfium_c.FS_RECTF()
    for k, i in enumerate(spans[:400]):
        assert pdfium_c.FPDFText_GetLooseCharBox(tp.raw, i - (k & 1), ctypes.byref(rect))
        assert bulk[4 * k : 4 * k + 4] == [rect.left, rect.top, rect.right, rect.bottom]
    assert any(v != 0.0 for v in bulk)


def test_object_kinds_match_the_bindings(page):
    pg, _ = page
    n = pdfium_c.FPDFPage_CountObjects(pg.raw)
    assert n > 0
    kinds = [pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(pg.raw, k)) for k in range(n)]
    for skip in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH):
        expected = [(k, t) for k, t in enumerate(kinds) if t != skip]
        assert pdfium_calls.object_kinds(pg.raw, skip) == expected
        assert pdfium_calls.object_kinds(pg.raw, skip, bulk=False) == expected
    assert pdfium_calls.object_kinds(pg.raw, pdfium_c.FPDF_PAGEOBJ_TEXT) != []  # rulings, images: something else


@pytest.mark.parametrize("name", PAGES)
def test_pages_read_alike_without_the_c_loops(name, monkeypatch):
    from pipeline.io.pdf import read_page

    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        with_c = [read_page(doc, i) for i in range(len(doc))]
        monkeypatch.setattr(pdfium_calls, "_BULK", None)
        without = [read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    assert [p.words for p in with_c] == [p.words for p in without]
    assert [(p.images, p.ruled) for p in with_c] == [(p.images, p.ruled) for p in without]
    assert sum(len(p.words) for p in with_c) > 100
