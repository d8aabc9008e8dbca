"""Page windows: a long file is laid out and segmented a window of pages at a time, so memory
follows the window. Facts away from window edges are the same as in one pass."""

from __future__ import annotations

from collections import Counter

import pytest

from seidou.runner.stages import pdf as pdf_stages
from seidou.runner.process import process_file

from ..conftest import FIXTURES

LONG = str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf")  # 24 pages
OPTIONS = {"tables": "off", "ner": "off", "ocr": False}
WINDOW = 12


@pytest.fixture(scope="module")
def whole_and_windowed():
    whole = process_file(LONG, "r", **OPTIONS)
    mp = pytest.MonkeyPatch()
    mp.setattr(pdf_stages, "WINDOW_PAGES", WINDOW)
    try:
        windowed = process_file(LONG, "r", **OPTIONS)
    finally:
        mp.undo()
    return whole.rows, windowed.rows


def test_pages_are_the_same(whole_and_windowed):
    whole, windowed = whole_and_windowed
    assert len(whole["pages"]) == 24
    assert whole["pages"] == windowed["pages"]
    assert [f["text_layer"] for f in whole["files"]] == [f["text_layer"] for f in windowed["files"]]


def test_identifiers_and_amounts_are_the_same(whole_and_windowed):
    whole, windowed = whole_and_windowed

    def key(rows, table, cols):
        return Counter(tuple(r[c] for c in cols) for r in rows[table])

    for table, cols in {"identifiers": ("kind", "value", "page"), "amounts": ("value", "page")}.items():
        body = {
            name: [r for r in rows[table] if r["char_start"] is not None]
            for name, rows in (("w", whole), ("v", windowed))
        }
        assert Counter(tuple(r[c] for c in cols) for r in body["w"]) == Counter(
            tuple(r[c] for c in cols) for r in body["v"]
        ), table
        # identifiers printed in page furniture are given once per document: a document cut by a
        # window edge (two documents) may give them once more
        assert key(whole, table, cols).keys() <= key(windowed, table, cols).keys()
    assert len(whole["identifiers"]) > 20


def test_documents_inside_one_window_are_the_same(whole_and_windowed):
    whole, windowed = whole_and_windowed

    def window(page):
        return (page - 1) // WINDOW

    inside = [
        (d["doc_type"], d["title"], d["page_start"])
        for d in whole["documents"]
        if window(d["page_start"]) == window(d["page_end"])
    ]
    got = {(d["doc_type"], d["title"], d["page_start"]) for d in windowed["documents"]}
    assert inside and set(inside) <= got
    # a document cut by a window edge goes on in the next window, marked as such
    cut = [d for d in whole["documents"] if window(d["page_start"]) != window(d["page_end"])]
    if cut:
        assert any(d["continues_previous"] for d in windowed["documents"])
    assert [d["doc_id"] for d in windowed["documents"]] == sorted({d["doc_id"] for d in windowed["documents"]})
