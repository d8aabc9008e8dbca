"""A file already processed by this version (same sha256) is skipped; --force processes it again."""

from __future__ import annotations

import shutil

import pandas as pd
from click.testing import CliRunner

from seidou.cli import main

from ..conftest import FIXTURES


def test_rerun_skips_then_force_reprocesses(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf", src / "a.pdf")
    shutil.copy(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf", src / "copia.pdf")  # same bytes, other name
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off", "--ner", "off"])
    assert first.exit_code == 0 and "(ok 1, partial 0, failed 0, skipped 0, duplicate 1)" in first.output
    docs = pd.read_parquet(out / "documents")
    second = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off", "--ner", "off"])
    assert "(ok 0, partial 0, failed 0, skipped 1, duplicate 1)" in second.output
    assert pd.read_parquet(out / "documents").equals(docs)
    files = pd.read_parquet(out / "files")
    assert files["status"].tolist() == ["ok"]  # one row per file: no 'skipped' rows
    third = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off", "--ner", "off", "--force"])
    assert "(ok 1, partial 0, failed 0, skipped 0, duplicate 1)" in third.output  # identical bytes once per run
    again = pd.read_parquet(out / "documents")
    assert len(again) == len(docs) and set(again["run_id"]) != set(docs["run_id"])  # replaced, not added
    history = pd.read_parquet(out / "run_files")
    assert sorted(history["status"]) == sorted(["ok", "duplicate", "duplicate", "skipped", "ok", "duplicate"])
