"""Ruled tables in documents come out as cells, with either engine (seidou.io.ruled by default, pdfplumber
with --tables pdfplumber), on the pages PDFium saw rulings on."""

from __future__ import annotations

import json

import pytest

from seidou.io import tables
from seidou.runner.process import process_file

from ..conftest import FIXTURES


@pytest.mark.parametrize("engine", ["ruled", "pdfplumber"])
def test_cronograma_fisico_rows(engine):
    gold = json.loads((FIXTURES / "gold" / "seeds" / "seed_000.gold.json").read_text(encoding="utf-8"))
    rows = process_file(str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"), "t", tables=engine).rows
    cells = rows["tables"]
    cronograma = [c for c in cells if c["page"] in (3, 4)]
    n_rows = len({(c["table_no"], c["row"]) for c in cronograma})
    assert n_rows >= gold["documents"][0]["tables"]["min_rows"]
    first_col = [c["text"] for c in cronograma if c["col"] == 0]
    metas = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"] + [f"3.{k}" for k in range(1, 8)]
    assert all(m in first_col for m in metas)
    assert all(c["x0"] is not None and c["doc_id"] == rows["documents"][0]["doc_id"] for c in cronograma)
    # the DADOS CADASTRAIS table on page 1: two partícipes side by side
    header = sorted((c["col"], c["text"]) for c in cells if c["page"] == 1 and c["row"] == 0)
    assert header == [(0, "Partícipe 1 - MGI/SEGES"), (1, "Partícipe 2 - ABM")]
    assert {c["extractor"] for c in cells} == {tables.EXTRACTORS[engine]}


def test_tables_off_and_unruled_pages():
    rows = process_file(str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"), "t", tables="off").rows
    assert "tables" not in rows
    dou = process_file(str(FIXTURES / "dou_2025_05_09_s1_p112.pdf"), "t").rows
    assert dou.get("tables", []) == []  # no rulings: no table search
