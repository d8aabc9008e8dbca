"""The PDFium table finder gives pdfplumber's cells: a few pages here, every page of the real corpora
in the slow test (`make test-all`; benchmarks/bench_tables.py prints the same comparison with
its CPU times)."""

from __future__ import annotations

import time

import pytest

from seidou.io import tables
from seidou.io.pdf import PdfFile
from seidou.io.ruled import page_edges
from seidou.runner.process import lay_out

from ..conftest import FIXTURES, SHARED
from .compare import CAUSES, compare_file, match, same_text

CORPORA = [SHARED / "corpus" / "real", SHARED / "corpus" / "real2"]
SEI = FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"
# (file, pages): an SEI plano de trabalho (two partícipes side by side, a cronograma over two pages)
# and an SEI parecer's budget table whose header words wrap inside narrow cells
CASES = [
    (SEI, [1, 3, 4]),
    (CORPORA[0] / "sei" / "sei_ms_parecer_461_2024_diligencia.pdf", [6]),
    # pages sent to OCR for a scanned picture beside a drawn table with a text layer (not searched before 0.30):
    # a DOU page reprinting a form, an SEI-MS parecer, a PAdES-signed declaration, an AMA gazette's letterhead
    (CORPORA[0] / "dou" / "dou_s1_2014_10_01_full.pdf", [73]),
    (CORPORA[0] / "sei" / "sei_ms_parecer_454_2024_apae_barrolandia.pdf", [9]),
    (CORPORA[1] / "esig" / "fidi_pronas_anexos_4_5_declaracoes_4_pades_signatures.pdf", [2]),
    (CORPORA[1] / "gazette" / "dom_al_ama_0225_2016_02_15_full_2p.pdf", [2]),
]


def _share_equal(rows: list[dict]) -> tuple[int, int]:
    n = equal = 0
    for r in rows:
        n += len(r["ref"])
        equal += match(r["ref"], r["ours"])[1]
    return equal, n


@pytest.mark.parametrize(("path", "pages"), CASES, ids=[p.name for p, _ in CASES])
def test_same_cells_as_pdfplumber(path, pages):
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    rows = compare_file(path, pages)
    assert all(r["ref"] for r in rows), "pdfplumber finds a table on each of these pages"
    assert all(r["searched"] for r in rows), "the pipeline searches these pages"
    equal, n = _share_equal(rows)
    assert equal >= 0.98 * n, f"{equal}/{n} cells equal"


def test_same_text_rules():
    assert same_text("Plano  de\nTrabalho", "Plano de Trabalho")
    assert same_text("Obje\x00vo geral", "Objetivo geral")  # pdfplumber has no Unicode for the ligature
    assert not same_text("Obje\x00vo geral", "Objetivo geral", strict=True)
    assert not same_text("1.1", "1.2")


def test_edges_are_axis_aligned_in_display_space():
    with PdfFile(SEI) as pdf:
        page = pdf.doc[0]
        try:
            edges = page_edges(page)
        finally:
            page.close()
        width, height = pdf.doc[0].get_size()
    assert edges
    assert {e["orientation"] for e in edges} == {"h", "v"}
    for e in edges:
        assert 0 <= e["x0"] <= e["x1"] <= width + 1 and 0 <= e["top"] <= e["bottom"] <= height + 1
        assert (e["x0"] == e["x1"]) if e["orientation"] == "v" else (e["top"] == e["bottom"])


def test_table_numbers_go_on_across_calls():
    with PdfFile(SEI) as pdf:
        layout = lay_out(pdf, ocr=False)
        ruled = [p for p in layout.pages if p.ruled]
        first, _ = tables.read_tables(SEI, ruled[:1], doc=pdf.doc)
        rest, _ = tables.read_tables(SEI, ruled[1:], doc=pdf.doc, first_table_no=max(c.table_no for c in first))
    assert min(c.table_no for c in rest) == max(c.table_no for c in first) + 1


def _spin(*_args, **_kwargs):
    """A table step that never ends by itself: it uses CPU until the limit stops it."""
    end = time.process_time() + 60
    while time.process_time() < end:
        pass
    raise AssertionError("the CPU limit did not stop the step")


def test_a_page_past_its_cpu_time_is_an_errors_row_not_a_crash(monkeypatch):
    with PdfFile(SEI) as pdf:
        ruled = [p for p in lay_out(pdf, ocr=False).pages if p.ruled]
    monkeypatch.setattr(tables, "PAGE_SECONDS", 0.2)
    monkeypatch.setattr(tables, "read_page_tables", _spin)
    cells, failures = tables.read_tables(SEI, ruled[:2])
    assert cells == []
    assert [(f.page, f.error_type) for f in failures] == [(p.number, "step_timeout") for p in ruled[:2]]
    assert "CPU time" in failures[0].message


def test_the_cpu_limit_shows_through_pdfminers_wrapping(monkeypatch):
    monkeypatch.setattr(tables, "PAGE_SECONDS", 0.001)
    with PdfFile(SEI) as pdf:
        ruled = [p for p in lay_out(pdf, ocr=False).pages if p.ruled]
    _cells, failures = tables.read_tables(SEI, ruled[:3], engine="pdfplumber")
    # a page parsed within one timer tick may finish; the others fail as themselves
    assert failures and {f.error_type for f in failures} == {"step_timeout"}


@pytest.mark.slow
def test_every_corpus_page_with_a_pdfplumber_table():
    files = sorted(f for d in CORPORA if d.exists() for f in d.rglob("*.pdf"))
    if not files:
        pytest.skip("the shared corpora are not here")
    rows = []
    for f in files:
        try:
            rows += compare_file(f, why=True)
        except Exception:  # noqa: BLE001 - a file PDFium cannot open has no pages to compare
            continue
    with_tables = [r for r in rows if r["ref"]]
    assert with_tables
    assert all(r["searched"] for r in with_tables), "a page with a table the pipeline would not search"
    equal, n = _share_equal(with_tables)
    # the cells where pdfplumber is the one wrong (compare.CAUSES, checked on rendered pages) set aside
    plumber_wrong = sum(1 for r in with_tables for c, *_ in r["causes"] if CAUSES[c][1])
    assert equal >= 0.98 * (n - plumber_wrong), f"{equal}/{n - plumber_wrong} cells equal, pdfplumber's errors aside"
    assert equal >= 0.91 * n, f"{equal}/{n} cells equal"  # 0.28: 91.9%
