"""The fast paths of the ruled engine give what the slow ones gave: pdfplumber's own table steps
(``snap_edges``, ``merge_edges``, ``edges_to_intersections``, ``intersections_to_cells``,
``cells_to_tables``) on the same input, and the cells of a page searched again after its layout (the
table search made while the page was loaded for its words, ``PdfFile.search_tables``)."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest
from pdfplumber.table import (
    DEFAULT_JOIN_TOLERANCE,
    DEFAULT_SNAP_TOLERANCE,
    cells_to_tables,
    edges_to_intersections,
    merge_edges,
    snap_edges,
)
from pdfplumber.table import intersections_to_cells as pdfplumber_cells

from seidou.io import pdfium_calls, ruled, tables
from seidou.io.pdf import PdfFile
from seidou.runner.process import lay_out

from ..conftest import FIXTURES, SHARED

REAL = SHARED / "corpus" / "real"
# a plano de trabalho (partícipes, a cronograma over two pages), a parecer's budget tables, a DODF
# edition (1,900 intersections on one page) and a municipal gazette
FILES = [
    FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf",
    REAL / "sei" / "sei_ms_parecer_461_2024_diligencia.pdf",
    REAL / "other" / "dodf_004_2020_01_07_integra.pdf",
    REAL / "municipal" / "tucano_ba_camara_do_2020_01_08.pdf",
]


def _present(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    return path


def _intersections(edges: list[dict]) -> dict:
    merged = merge_edges(
        edges, DEFAULT_SNAP_TOLERANCE, DEFAULT_SNAP_TOLERANCE, DEFAULT_JOIN_TOLERANCE, DEFAULT_JOIN_TOLERANCE
    )
    kept = [e for e in merged if e["height" if e["orientation"] == "v" else "width"] >= ruled.EDGE_MIN_LENGTH]
    return edges_to_intersections(kept, ruled.INTERSECTION_TOLERANCE, ruled.INTERSECTION_TOLERANCE)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_cells_are_pdfplumbers(path):
    compared = 0
    for number, edges in _page_edges(path):
        points = _intersections(edges)
        assert ruled.intersections_to_cells(points) == pdfplumber_cells(points), f"page {number}"
        compared += bool(points)
    assert compared


def _page_edges(path: Path):
    """(page number, its edges) of every page of ``path`` with edges."""
    with PdfFile(_present(path)) as pdf:
        for i in range(pdf.n_pages):
            page = pdf.doc[i]
            try:
                edges = ruled.page_edges(page)
            finally:
                page.close()
            if edges:
                yield i + 1, edges


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_edge_steps_are_pdfplumbers(path):
    compared = 0
    for number, edges in _page_edges(path):
        marked = [{**e, "drawn": e["x0"] if e["orientation"] == "v" else e["top"]} for e in edges]
        snapped = ruled.snap_edges(marked)
        assert snapped == snap_edges(marked, DEFAULT_SNAP_TOLERANCE, DEFAULT_SNAP_TOLERANCE), f"page {number}"
        assert ruled.snap_edges(edges, drawn=True) == snapped, f"page {number}"  # find_tables' way: marked in the copy
        merged = ruled.join_edges(snapped)
        assert merged == merge_edges(snapped, 0, 0, DEFAULT_JOIN_TOLERANCE, DEFAULT_JOIN_TOLERANCE), f"page {number}"
        v = [e for e in merged if e["orientation"] == "v"]
        h = [e for e in merged if e["orientation"] == "h"]
        points = ruled.edges_to_intersections(v, h)
        theirs = edges_to_intersections(merged, ruled.INTERSECTION_TOLERANCE, ruled.INTERSECTION_TOLERANCE)
        assert list(points.items()) == list(theirs.items()), f"page {number}"
        cells = ruled.intersections_to_cells(points)
        assert ruled.cells_to_tables(cells) == cells_to_tables(cells), f"page {number}"
        compared += len(cells) > 1
    assert compared


def test_tables_of_cells_in_a_scattered_order():
    # two tables, their cells interleaved, one reached from its first cell only through a later one
    # (pdfplumber's sweeps take it on the second pass), and a lone cell (no table)
    a = [(0, 0, 10, 10), (20, 0, 30, 10), (10, 0, 20, 10), (0, 10, 10, 20)]
    b = [(100, 100, 110, 110), (100, 110, 110, 120)]
    cells = [a[0], b[0], a[1], (50, 50, 60, 60), a[2], b[1], a[3]]
    assert ruled.cells_to_tables(cells) == cells_to_tables(cells)
    assert ruled.cells_to_tables(cells) == [[a[0], a[2], a[3], a[1]], b]
    assert ruled.cells_to_tables([]) == cells_to_tables([]) == []


def test_cells_of_a_hand_made_grid():
    # two cells side by side, and a dangling line that closes no cell
    h = [(0, 0, 20, 0), (0, 10, 20, 10), (0, 30, 5, 30)]
    v = [(0, 0, 0, 10), (10, 0, 10, 10), (20, 0, 20, 10)]
    edges = [ruled._edge(*e, "h") for e in h] + [ruled._edge(*e, "v") for e in v]
    points = edges_to_intersections(edges, 3, 3)
    assert ruled.intersections_to_cells(points) == pdfplumber_cells(points) == [(0, 0, 10, 10), (10, 0, 20, 10)]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_tables_found_while_reading_are_those_found_after(path):
    with PdfFile(_present(path)) as pdf:
        pdf.search_tables = True
        ahead = lay_out(pdf, ocr=False)
        pdf.search_tables = False
        again = lay_out(pdf, ocr=False)
        pages = tables.pages_to_search(ahead.pages, "ruled")
        assert pages and all(p.tables is not None for p in pages)
        assert all(p.tables is None for p in again.pages)
        found = tables.read_tables(path, pages, doc=pdf.doc)
        assert found == tables.read_tables(path, tables.pages_to_search(again.pages, "ruled"), doc=pdf.doc)
    assert found[0]


def test_a_search_that_failed_while_reading_is_the_pages_failure(monkeypatch):
    def broken(_page):
        raise ValueError("a damaged path")

    monkeypatch.setattr(tables, "page_edges", broken)
    path = FILES[0]
    with PdfFile(path) as pdf:
        pdf.search_tables = True
        pages = tables.pages_to_search(lay_out(pdf, ocr=False).pages, "ruled")
        cells, failures = tables.read_tables(path, pages, doc=pdf.doc)
    assert cells == []
    assert [(f.page, f.error_type) for f in failures] == [(p.number, "ValueError") for p in pages]
    assert "a damaged path" in failures[0].message


def _middles_one_by_one(pdf_page) -> list[tuple[float, float]]:
    """The middles of a page's characters as 0.29 worked them out, character by character: the reference."""
    textpage = pdf_page.get_textpage()
    try:
        n = textpage.count_chars()
        text = pdfium_calls.indexed_text(textpage.raw, textpage.get_text_range() if n > 0 else "")
        spans = array("i", [v for k in range(n) for v in (k, k + 1)])
        flat = pdfium_calls.token_boxes(textpage.raw, spans, ruled._geometry(pdf_page))
    finally:
        textpage.close()
    out = []
    for k, ch in enumerate(text):
        x0, top, x1, bottom = flat[6 * k : 6 * k + 4]
        if not ch.isspace() and (x1 > x0 or bottom > top):
            out.append(((x0 + x1) / 2, (top + bottom) / 2))
    return out


def _centres_one_by_one(middles, w) -> list[float] | None:
    found = [
        cx
        for cx, cy in middles
        if int(w.top) <= int(cy) <= int(w.bottom) and w.x0 - 0.5 <= cx <= w.x1 + 0.5 and w.top <= cy <= w.bottom
    ]
    return sorted(found) if len(found) == len(w.text) else None


@pytest.mark.parametrize("path", FILES[1:3], ids=[p.name for p in FILES[1:3]])
def test_character_middles_are_those_found_one_by_one(path):
    compared = 0
    with PdfFile(_present(path)) as pdf:
        layout = lay_out(pdf, ocr=False)
        for lp in layout.pages[:4]:
            page = pdf.doc[lp.number - 1]
            try:
                index, middles = ruled.page_chars(page), _middles_one_by_one(page)
                for w in ruled.layout_words(lp):
                    assert index.centres(w) == _centres_one_by_one(middles, w), (lp.number, w.text)
                    compared += index.centres(w) is not None
            finally:
                page.close()
    assert compared


def test_white_space_is_str_isspace():
    text = "a b\tc\u00a0d\u2003e\u3000f\u200bg\U0001d400\ud800h\n"
    assert ruled._not_space(text).tolist() == [k for k, ch in enumerate(text) if not ch.isspace()]


def _line_by_every_piece(rulings: ruled.Rulings, vertical: bool, at: float, lo: float, hi: float) -> float:
    """:meth:`Rulings.line` as its rule says, over every piece of the line (no index, no bisection, no memo)."""
    pieces = sorted((a, b, d) for d, a, b in (rulings.v if vertical else rulings.h).get(at, ()))
    covers = [(min(b, hi) - max(a, lo), d) for a, b, d in pieces if a < hi and b > lo]
    most = max((cover for cover, _ in covers), default=0.0)
    covering = [d for cover, d in covers if cover > 0 and cover >= most / 2]
    if not covering:
        return at
    nearest = min(covering, key=lambda d: abs(d - at))
    drawn = [d for d in covering if abs(d - nearest) <= ruled.LINE_WIDTH]
    return (min(drawn) + max(drawn)) / 2


# an ENEM edital's long lists (lines of hundreds of pieces, the index's long ones apart) beside FILES' tables
ENEM = REAL / "dou" / "dou_s3_2019_03_25_edital_enem_pages.pdf"


@pytest.mark.parametrize("path", FILES + [ENEM], ids=[p.name for p in FILES + [ENEM]])
def test_drawn_borders_are_those_of_every_piece(path):
    compared = 0
    for number, edges in _page_edges(path):
        for table in ruled.find_tables(edges):
            rulings = table.rulings
            for cell in table.cells:
                x0, top, x1, bottom = cell
                for vertical, at, lo, hi in ((True, x0, top, bottom), (False, top, x0, x1), (True, x1, top, bottom)):
                    expected = _line_by_every_piece(rulings, vertical, at, lo, hi)
                    assert rulings.line(vertical, at, lo, hi) == expected, (number, cell, vertical)
                    compared += 1
    assert compared
