"""build_lines in C and in Python (tests/layout/test_line_runs.py) on pages taken from ../shared's corpus (the
fixtures tests/conftest.py cuts from it; skipped with the reason where it is absent): the same lines."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from seidou.io.pdf import read_page

from ..conftest import FIXTURES
from ..io.test_pdfium_calls import PAGES
from .test_line_runs import _both


@pytest.mark.parametrize("name", PAGES)
def test_fixture_pages_make_the_same_lines(name, monkeypatch):
    doc = pdfium.PdfDocument(str(FIXTURES / name))
    try:
        pages = [read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    for page in pages:
        fast, slow = _both([w for w in page.words if not w.rotated], monkeypatch)
        assert fast == slow
    assert sum(len(p.words) for p in pages) > 100
