"""The C loop over path segments (pipeline/io/_pdfium_loops.c::seidou_page_edges) gives exactly the
edges of the Python loop it replaces (pipeline/io/ruled.py::page_edges, ``bulk=False``), on real pages
with ruled tables and on vector-drawn text (one path of thousands of segments)."""

from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest

from seidou.io import pdfium_calls
from seidou.io.ruled import find_tables, page_edges

from ..conftest import SHARED, SHARED_REASON

CORPUS = SHARED / "corpus"
# (file under ../shared/corpus, 0-based pages): Salvador's DOM pages drawn as vector paths (no text
# layer), DOU pages with ruled tables (edital annexes, a portaria's table), Tucano's municipal gazette
# tables (budget annexes), a Câmara's gazette
CASES = [
    ("real2/scanned/salvador_dom_6393_2015_08_05_p29_vector_text_no_layer.pdf", [0]),
    ("real2/scanned/salvador_dom_6770_2017_01_28_p24_convenios_vector_text_no_layer.pdf", [0]),
    ("real2/scanned/salvador_dom_7057_2018_02_28_p55_termos_colaboracao_vector_text_no_layer.pdf", [0]),
    ("real/dou/dou_s1_2022_03_22_p021_cati.pdf", [0]),
    ("real/dou/dou_s3_2015_05_18_edital_enem_pages.pdf", [0, 1, 2, 3]),
    ("real/dou/dou_s2_2023_05_02_p94.pdf", [0]),
    ("real/municipal/tucano_ba_doe_1507_2021.pdf", [6, 8, 11, 12, 18]),
    ("real/municipal/tucano_ba_camara_do_2020_01_08.pdf", [0, 2]),
]

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=SHARED_REASON)


def test_the_c_loop_is_in_use():
    if (shutil.which("cc") or shutil.which("gcc")) and pdfium_calls.BULK:
        assert pdfium_calls.PATHS_BULK, "seidou_page_edges did not load: rebuild the extension (make install)"


@pytest.mark.skipif(not pdfium_calls.PATHS_BULK, reason="the C extension is not built: only the Python loop runs")
@pytest.mark.parametrize(("name", "pages"), CASES, ids=[n.rsplit("/", 1)[1][:40] for n, _ in CASES])
def test_c_edges_equal_python_edges(name, pages, monkeypatch):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} is not in {CORPUS}")
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in pages:
            page = doc[i]
            ref = page_edges(page, bulk=False)
            assert ref, f"{name} p{i}: no edges (the case lost its point)"
            assert page_edges(page, bulk=True) == ref, f"{name} p{i}"
            # room for fewer edges than the page has: the loop counts, the caller asks again with room for all
            monkeypatch.setattr(pdfium_calls, "_FIRST_ROOM", 1)
            assert page_edges(page, bulk=True) == ref, f"{name} p{i} (asked twice)"
            monkeypatch.undo()
            page.close()
    finally:
        doc.close()


@pytest.mark.skipif(not pdfium_calls.PATHS_BULK, reason="the C extension is not built: only the Python loop runs")
def test_same_tables_from_either_loop():
    doc = pdfium.PdfDocument(str(CORPUS / "real/municipal/tucano_ba_doe_1507_2021.pdf"))
    try:
        page = doc[8]
        ours = [t.bbox for t in find_tables(page_edges(page, bulk=True))]
        assert ours and ours == [t.bbox for t in find_tables(page_edges(page, bulk=False))]
        page.close()
    finally:
        doc.close()
