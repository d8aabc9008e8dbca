"""The PDFium calls in bulk (pipeline/io/pdfium_calls.py): the C loops, the lean ctypes prototypes and
pypdfium2's own bindings answer alike, on real pages."""

from __future__ import annotations

import ctypes
import shutil
import struct
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
        assert pdfium_calls._WORDS_BULK is not None, "the C word builder does not load"


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
        monkeypatch.setattr(pdfium_calls, "_WORDS_BULK", None)
        without = [read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    assert [p.words for p in with_c] == [p.words for p in without]
    assert [(p.images, p.ruled) for p in with_c] == [(p.images, p.ruled) for p in without]
    assert sum(len(p.words) for p in with_c) > 100


def _bits(words) -> list[tuple]:
    """The words' fields, floats as their bits (a NaN and -0.0 compared as what they are)."""
    from dataclasses import astuple

    return [tuple(struct.pack("<d", v) if isinstance(v, float) else (type(v), v) for v in astuple(w)) for w in words]


def test_new_words_are_the_class_called():
    """The C word builder gives the words calling Word gives, field for field and bit for bit, the fields after the
    size at their defaults; the texts are the objects given."""
    from seidou.layout.types import Word

    texts = ["Art.", "1º", "", "após\ufffe", "x" * 300, "ção"]
    measured = array(
        "d", [0.0, -0.0, 1e300, float("nan"), float("inf"), -1.5] * 5 + [12.25, 3.5, 99.0, 101.0, 1e-320, 1]
    )
    bulk = pdfium_calls.new_words(Word, texts, measured)
    slow = pdfium_calls.new_words(Word, texts, measured, bulk=False)
    assert _bits(bulk) == _bits(slow)
    assert all(a.text is b for a, b in zip(bulk, texts))
    assert bulk[-1] == Word("ção", 12.25, 3.5, 99.0, 101.0, 1e-320)
    bulk[0].bold = True  # fields of their own: setting one word's leaves the others'
    assert not bulk[1].bold and pdfium_calls.new_words(Word, [], array("d")) == []


def test_new_words_of_other_types_are_the_class_called():
    """Too few measured numbers are an error, never a word with a hole; a type the C builder cannot fill (no slots,
    a field without a plain default) is called as a class."""
    from dataclasses import field, make_dataclass

    from seidou.layout.types import Word

    with pytest.raises(ValueError):
        pdfium_calls.new_words(Word, ["a", "b"], array("d", [1.0] * 11))
    assert pdfium_calls._slots_and_defaults(Word) is not None  # Word itself is built in C

    six = ["text", "x0", "top", "x1", "bottom", "size"]
    Loose = make_dataclass("Loose", [*six, ("bold", bool, False)])  # no slots
    Listed = make_dataclass("Listed", [*six, ("marks", list, field(default_factory=list))], slots=True)  # a factory

    measured = array("d", [1.0, 2.0, 3.0, 4.0, 5.0, 1.0])
    assert pdfium_calls.new_words(Loose, ["a"], measured) == [Loose("a", 1.0, 2.0, 3.0, 4.0, 5.0)]
    assert pdfium_calls.new_words(Listed, ["a"], measured) == [Listed("a", 1.0, 2.0, 3.0, 4.0, 5.0)]
    assert pdfium_calls._slots_and_defaults(Loose) is None and pdfium_calls._slots_and_defaults(Listed) is None
