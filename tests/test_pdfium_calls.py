"""The lean PDFium prototypes (pipeline/io/pdfium_calls.py) answer like pypdfium2's own bindings."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipeline.io import pdfium_calls

from .conftest import FIXTURES


@pytest.mark.parametrize(
    "name", ["sei_al_cbmal_despacho_37187279.pdf", "dou_s2_2023_05_02_p94.pdf", "tucano_ba_doe_1507_2021_p4-6.pdf"]
)
def test_lean_calls_match_the_bindings(name):
    assert pdfium_calls._LEAN is not None, "the lean prototypes did not load: the reader runs on the slow path"
    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        page = doc[0]
        tp = page.get_textpage()
        rect = pdfium_c.FS_RECTF()
        lean_box, tp_arg, rect_arg = pdfium_calls.char_box_call(tp.raw, rect)
        for i in range(0, tp.count_chars(), 7):
            lean_box(tp_arg, i, rect_arg)
            lean = (rect.left, rect.top, rect.right, rect.bottom)
            pdfium_c.FPDFText_GetLooseCharBox(tp.raw, i, ctypes.byref(rect))
            assert lean == (rect.left, rect.top, rect.right, rect.bottom)
        get_object, get_type, page_arg = pdfium_calls.object_type_calls(page.raw)
        n = pdfium_c.FPDFPage_CountObjects(page.raw)
        assert n > 0
        lean_kinds = [get_type(get_object(page_arg, k)) for k in range(n)]
        kinds = [pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, k)) for k in range(n)]
        assert lean_kinds == kinds
        tp.close()
        page.close()
    finally:
        doc.close()
