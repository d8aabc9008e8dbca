"""A file already processed by this version (same sha256) is skipped; --force processes it again."""

from __future__ import annotations

import shutil

import pandas as pd
from click.testing import CliRunner

from seidou.cli import main

from .conftest import FIXTURES


def test_rerun_skips_then_force_reprocesses(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf", src / "a.pdf")
    shutil.copy(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf", src / "copia.pdf")  # same bytes, other name
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off"])
    assert first.exit_code == 0 and "(ok 1, failed 0, skipped 1)" in first.output  # the copy is not redone
    docs = len(pd.read_parquet(out / "documents"))
    second = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off"])
    assert "(ok 0, failed 0, skipped 2)" in second.output
    assert len(pd.read_parquet(out / "documents")) == docs
    files = pd.read_parquet(out / "files")
    assert sorted(files["status"]) == ["ok", "skipped", "skipped", "skipped"]
    third = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--tables", "off", "--force"])
    assert "(ok 1, failed 0, skipped 1)" in third.output  # forced again, but identical bytes once per run
    assert len(pd.read_parquet(out / "documents")) == 2 * docs
