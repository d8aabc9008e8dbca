"""The PDFium calls in bulk (pipeline/io/pdfium_calls.py): the C loops, the lean ctypes prototypes and
pypdfium2's own bindings answer alike, on real pages."""

from __future__ import annotations

import ctypes
import shutil
from array import array

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from seidou.io import pdfium_calls

from ..conftest import FIXTURES

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


def test_line_starts_match_the_bindings(page):
    _, tp = page
    n = tp.count_chars()
    index = array("i", range(0, n, 3))
    angles, fonts = pdfium_calls.line_starts(tp.raw, index)
    assert (angles, fonts) == pdfium_calls.line_starts(tp.raw, index, bulk=False)
    assert angles == [pdfium_c.FPDFText_GetCharAngle(tp.raw, i) for i in index]
    weights = pdfium_calls.FontWeights(tp.raw)
    assert [weights.of_font(f) for f in fonts] == [weights(i) for i in index]
    assert any(fonts) and pdfium_calls.line_starts(tp.raw, array("i")) == ([], [])


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_token_boxes_match_the_python_geometry(page, rotation):
    pg, tp = page
    n = tp.count_chars()
    # spans of 1 to 40 characters: short ones are words, long ones cross line ends (ok = 0)
    spans = array("i", [x for i in range(0, n - 41, 7) for x in (i, i + 1 + (i * 7) % 40)])
    geo = (rotation, *pg.get_cropbox())
    bulk = pdfium_calls.token_boxes(tp.raw, spans, geo)
    assert bulk == pdfium_calls.token_boxes(tp.raw, spans, geo, bulk=False)  # bit for bit
    oks = bulk[5::6]
    assert set(oks) == {0.0, 1.0}
    # the box of a straight word is the display box of its two ends
    ends = pdfium_calls.span_boxes(tp.raw, spans, bulk=False)
    k = oks.index(1.0)
    first = pdfium_calls.display_box(geo, *ends[8 * k : 8 * k + 4])
    last = pdfium_calls.display_box(geo, *ends[8 * k + 4 : 8 * k + 8])
    x0, top, x1, bottom, h, _ = bulk[6 * k : 6 * k + 6]
    assert (x0, top, x1, bottom) == (first[0], min(first[1], last[1]), last[2], max(first[3], last[3]))
    assert h == max(first[3] - first[1], last[3] - last[1], 0.1)


@pytest.mark.parametrize("rotation", [0, 90])
def test_token_gaps_match_the_python_loop(page, rotation):
    pg, tp = page
    n = tp.count_chars()
    spans = array("i", [x for i in range(0, n - 13, 5) for x in (i, i + 1 + i % 12)])  # 1 to 12 characters
    geo = (rotation, *pg.get_cropbox())
    bulk = pdfium_calls.token_gaps(tp.raw, spans, geo)
    assert bulk == pdfium_calls.token_gaps(tp.raw, spans, geo, bulk=False)  # bit for bit
    cuts = bulk[0::6]
    assert any(cuts) or rotation  # a rotated page sets horizontal text upright: no baseline shared
    assert all(c == 0.0 for c, (i, j) in zip(cuts, zip(spans[0::2], spans[1::2])) if j - i < 3)
    assert all(bulk[6 * k + 1] >= bulk[6 * k + 2] for k, c in enumerate(cuts) if c)  # widest >= narrowest


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


def test_page_objects_match_the_bindings(page):
    """The paths counted and the other objects listed in C as in Python, and as the page's objects are."""
    from seidou.io.pdf import _PATH_LIMITS

    pg, _ = page
    others, counts = pdfium_calls.page_objects(pg.raw, _PATH_LIMITS)
    assert (others, counts) == pdfium_calls.page_objects(pg.raw, _PATH_LIMITS, bulk=False)
    kinds = pdfium_calls.object_kinds(pg.raw, pdfium_c.FPDF_PAGEOBJ_TEXT)
    assert others == [(k, t) for k, t in kinds if t != pdfium_c.FPDF_PAGEOBJ_PATH]
    paths = len(kinds) - len(others)
    assert counts[0] + counts[1] <= 4 * paths and counts[2] <= paths  # a box counts twice each way
    everything = (0.0, 1e9, 1e9, -1.0, -1.0)  # every path of a glyph's height and thin both ways: a horizontal one
    _, counts = pdfium_calls.page_objects(pg.raw, everything)
    assert counts == pdfium_calls.page_objects(pg.raw, everything, bulk=False)[1] == [paths, 0, paths]


@pytest.mark.parametrize("name", PAGES)
def test_pages_read_alike_without_the_c_loops(name, monkeypatch):
    from seidou.io.pdf import read_page

    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        with_c = [read_page(doc, i) for i in range(len(doc))]
        monkeypatch.setattr(pdfium_calls, "_BULK", None)
        monkeypatch.setattr(pdfium_calls, "_TOKENS_BULK", None)
        monkeypatch.setattr(pdfium_calls, "_OBJECTS_BULK", None)
        without = [read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    assert [p.words for p in with_c] == [p.words for p in without]
    assert [(p.images, p.ruled) for p in with_c] == [(p.images, p.ruled) for p in without]
    assert sum(len(p.words) for p in with_c) > 100
