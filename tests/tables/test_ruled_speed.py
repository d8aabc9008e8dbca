"""The fast paths of the ruled engine give what the slow ones gave: pdfplumber's own
``intersections_to_cells`` on the same intersections, and the cells of a page searched again after
its layout (the table search made while the page was loaded for its words, ``PdfFile.search_tables``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfplumber.table import (
    DEFAULT_JOIN_TOLERANCE,
    DEFAULT_SNAP_TOLERANCE,
    edges_to_intersections,
    merge_edges,
)
from pdfplumber.table import intersections_to_cells as pdfplumber_cells

from seidou.io import ruled, tables
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
    with PdfFile(_present(path)) as pdf:
        for i in range(pdf.n_pages):
            page = pdf.doc[i]
            try:
                edges = ruled.page_edges(page)
            finally:
                page.close()
            if edges:
                points = _intersections(edges)
                assert ruled.intersections_to_cells(points) == pdfplumber_cells(points), f"page {i + 1}"
                compared += bool(points)
    assert compared


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
