"""Text drawn as glyph outlines (path objects) with (almost) no text layer is sent to OCR
(io.pdf._outline_text → RawPage.outlined → layout.compose.scanned_pages); logos, brasões and
headings drawn as paths on pages with a text layer are not."""

from __future__ import annotations

import pytest

from seidou.io.pdf import PdfFile
from seidou.layout.compose import scanned_pages

from ..conftest import SHARED, SHARED_REASON

CORPUS = SHARED / "corpus"

# (file under ../shared/corpus, its outlined pages, the pages sent to OCR)
CASES = [
    # DOM Salvador 2015: a text layer of 10 characters ("CONVÊNIOS ") over ~730 paths of glyphs and words
    ("real2/scanned/salvador_dom_6393_2015_08_05_p29_vector_text_no_layer.pdf", [1], [1]),
    # DOM Salvador 2017: the same, ~330 paths
    ("real2/scanned/salvador_dom_6770_2017_01_28_p24_convenios_vector_text_no_layer.pdf", [1], [1]),
    # DOM Salvador 2018: 4,787 paths and no characters at all (OCR'd for having no characters too)
    ("real2/scanned/salvador_dom_7057_2018_02_28_p55_termos_colaboracao_vector_text_no_layer.pdf", [1], [1]),
    # near misses: DOE-RJ logos and headings as paths (up to 88 glyph-high paths) over 12,000-17,000 characters
    ("real2/gazette/doe_rj_parte1_111_2023_06_20_extratos_pages.pdf", [], []),
    ("real2/gazette/doe_rj_parte1_047_2023_03_14_extratos_pages.pdf", [], []),
    # BH DOM masthead drawn as paths
    ("real2/gazette/bh_dom_7143_2024_11_29_extratos_pages.pdf", [], []),
    # SEI-AL pages with a brasão and tables with rulings
    ("real/sei/sei_al_cbmal_plano_setorial_34730249.pdf", [], []),
    # a DOU page (thousands of characters, few objects)
    ("real/dou/dou_s1_2014_10_01_p121.pdf", [], []),
]


@pytest.mark.parametrize(("rel", "outlined", "ocr"), CASES, ids=[c[0].rsplit("/", 1)[-1][:40] for c in CASES])
def test_outlined_text_pages(rel, outlined, ocr):
    path = CORPUS / rel
    if not path.exists():
        pytest.skip(SHARED_REASON)
    with PdfFile(path) as pdf:
        raw = list(pdf.pages())
    assert [p.number for p in raw if p.outlined] == outlined
    assert sorted(scanned_pages(raw, {})) == ocr


def test_outlined_text_inside_a_form_xobject(tmp_path):
    # the same page wrapped in a form XObject (as printing to PDF does): its outlines are found inside the form
    import pypdfium2 as pdfium

    path = CORPUS / CASES[0][0]
    if not path.exists():
        pytest.skip(SHARED_REASON)
    src, dst = pdfium.PdfDocument(path), pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    page = dst.new_page(width, height)
    page.insert_obj(src.page_as_xobject(0, dst).as_pageobject())
    page.gen_content()
    out = tmp_path / "wrapped.pdf"
    dst.save(out)
    with PdfFile(out) as pdf:
        (raw,) = list(pdf.pages())
    assert raw.outlined and raw.n_chars == 10


def _vector_map(path, n_shapes: int, legend: list[str]) -> None:
    """A page drawn as a vector map: ``n_shapes`` small closed curves (8 Bézier segments, 6-18 pt high) scattered over
    it, and a legend as a text layer (a zoning map annexed to a municipal law, a chart's markers)."""
    import ctypes
    import math
    import random

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    rnd = random.Random(1)
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    for _ in range(n_shapes):
        x, y, r = rnd.uniform(30, 560), rnd.uniform(30, 800), rnd.uniform(3, 9)
        p = c.FPDFPageObj_CreateNewPath(x + r, y)
        for k in range(1, 9):
            a, rr = 2 * math.pi * k / 8, r * rnd.uniform(0.6, 1.2)
            c.FPDFPath_BezierTo(
                p,
                x + rr * math.cos(a - 0.3),
                y + rr * math.sin(a - 0.3),
                x + rr * math.cos(a - 0.1),
                y + rr * math.sin(a - 0.1),
                x + rr * math.cos(a),
                y + rr * math.sin(a),
            )
        c.FPDFPath_Close(p)
        c.FPDFPath_SetDrawMode(p, 1, 0)
        c.FPDFPage_InsertObject(page.raw, p)
    font = c.FPDFText_LoadStandardFont(doc.raw, b"Helvetica")
    for j, line in enumerate(legend):
        t = c.FPDFPageObj_CreateTextObj(doc.raw, font, 9.0)
        buf = ctypes.create_string_buffer((line + "\x00").encode("utf-16-le"))
        c.FPDFText_SetText(t, ctypes.cast(buf, ctypes.POINTER(c.FPDF_WCHAR)))
        c.FPDFPageObj_Transform(t, 1, 0, 0, 1, 40, 800 - 12 * j)
        c.FPDFPage_InsertObject(page.raw, t)
    c.FPDFPage_GenerateContent(page.raw)
    doc.save(path)


@pytest.mark.parametrize("n_shapes", [150, 1200, 5000])
def test_a_vector_maps_scattered_shapes_are_no_outlined_text(tmp_path, n_shapes):
    # near miss (review26): curved shapes of a glyph's height spread over the page, over a short legend, stand in no
    # rows as letters do (the DOM Salvador outlines: 59-95% of the shapes beside a neighbour on their baseline)
    out = tmp_path / "map.pdf"
    _vector_map(out, n_shapes, ["MAPA DE ZONEAMENTO - ANEXO II", "Legenda: ZR1 Zona Residencial; ZC Zona Comercial"])
    with PdfFile(out) as pdf:
        (raw,) = list(pdf.pages())
    assert raw.n_chars > 0 and not raw.outlined
