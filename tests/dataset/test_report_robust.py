"""`seidou report` never fails on what `seidou run` wrote: documents without pages (INLABS acts), scanned
pages left unread (no Tesseract), failed files, empty tables, nulls."""

from __future__ import annotations

import shutil

import pandas as pd

from seidou.io import ocr
from seidou.runner.batch import run
from seidou.tools.report import build_report

from ..conftest import FIXTURES
from .helpers import copy_inputs


def test_report_on_a_mixed_run(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: None)  # a machine without Tesseract
    src = copy_inputs(tmp_path / "in", ["tucano_ba_convenio_pf_0003_2016_scan_p1_p7.pdf", "dou_2025_05_09_s1_p112.pdf"])
    xml = next((FIXTURES / "inlabs").rglob("*.xml"))
    shutil.copy(xml, src / xml.name)
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    summary = run([src], out, ner="off")
    assert summary.n_partial == 1 and summary.n_failed == 1
    html = build_report(out)
    assert "Run summary" in html and "partial files" in html
    assert "no pages" in html  # the INLABS act: no page view, its rows


def test_report_on_odd_rows(tmp_path):
    """Nulls where a run could leave them: a document without pages or title, a page-less fact row."""
    out = tmp_path / "out"
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    run([src], out, tables="off", ner="off")
    part = next((out / "documents").glob("*.parquet"))
    docs = pd.read_parquet(part)
    docs.loc[0, ["page_start", "page_end", "title", "origin"]] = [None, None, None, None]
    docs.to_parquet(part)
    for table in ("findings", "amounts"):
        for p in (out / table).glob("*.parquet"):
            p.unlink()
    html = build_report(out)
    assert "(untitled)" in html
