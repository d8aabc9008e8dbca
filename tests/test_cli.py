"""The `seidou` command end to end: real PDFs in, real Parquet out, read back by pandas and DuckDB."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from seidou import __version__
from seidou.cli import main
from seidou.schemas import TABLES, WRITTEN

from . import badpdfs
from .conftest import FIXTURES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
SAMPLES = ["dou_2025_05_09_s1_p112.pdf", "sei_plano_trabalho_ac_4_2026.pdf", "dou_s2_2023_05_02_p94.pdf"]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    src = tmp_path_factory.mktemp("pdfs")
    sub = src / "sub" / "deeper"
    sub.mkdir(parents=True)
    shutil.copy(FIXTURES / SAMPLES[0], src / SAMPLES[0])
    shutil.copy(FIXTURES / SAMPLES[1], sub / SAMPLES[1].upper().replace(".PDF", ".PDF"))  # recursive, any case
    shutil.copy(FIXTURES / SAMPLES[2], src / SAMPLES[2])
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "files: 3 (ok 3, partial 0, failed 0, skipped 0, duplicate 0)" in result.output
    n_docs = len(pd.read_parquet(out / "documents"))
    assert n_docs > 3  # the DO2 page holds a dozen acts
    assert f"documents: {n_docs}" in result.output and "seconds:" in result.output
    return out


def test_written_tables_read_by_pandas(out):
    for table in WRITTEN:
        df = pd.read_parquet(out / table)
        assert list(df.columns) == TABLES[table][0].names
        # the samples hold no R$ amounts, and no vigência: the DO2 page's periods are a commission's and a working
        # group's (read as vigências before vigencia@9)
        assert len(df) > 0 or table in ("errors", "amounts", "vigencia"), table
    assert len(pd.read_parquet(out / "files")) == 3
    assert len(pd.read_parquet(out / "pages")) == 2 + 5 + 1


def test_written_tables_read_by_duckdb(out):
    con = duckdb.connect()
    n = con.execute(
        f"SELECT count(DISTINCT file_sha256) FROM '{out}/documents/*.parquet' WHERE origin = 'dou'"
    ).fetchone()[0]
    assert n == 2
    row = con.execute(
        f"SELECT dou_date, dou_section, dou_page, dou_code FROM '{out}/documents/*.parquet' "
        "WHERE dou_code = '05152025050900112'"
    ).fetchall()[0]
    assert str(row[0]) == "2025-05-09" and row[1] == "1" and row[2] == 112
    pages = con.execute(f"SELECT max(n_columns) FROM '{out}/pages/*.parquet'").fetchone()[0]
    assert pages == 3


def test_parquet_schema_is_the_declared_one(out):
    for table in WRITTEN:
        for part in (out / table).glob("*.parquet"):
            assert pq.read_schema(part).remove_metadata().equals(TABLES[table][0].remove_metadata()), table


def test_part_file_names(out):
    parts = sorted(p.name for p in (out / "documents").iterdir())
    assert len(parts) == 1 and parts[0].startswith("part-") and parts[0].endswith("-00000.parquet")
    run_id = pd.read_parquet(out / "runs")["run_id"].iloc[0]
    assert parts[0] == f"part-{run_id}-00000.parquet"


def test_second_run_keeps_one_copy(out):
    before = {t: len(pd.read_parquet(out / t)) for t in WRITTEN}
    result = CliRunner().invoke(main, ["run", str(FIXTURES / SAMPLES[0]), "--out", str(out)])
    assert result.exit_code == 0
    assert "skipped 1" in result.output
    after = {t: len(pd.read_parquet(out / t)) for t in WRITTEN}
    assert after == {**before, "runs": before["runs"] + 1, "run_files": before["run_files"] + 1}
    assert pd.read_parquet(out / "run_files")["status"].tolist()[-1] == "skipped"


def test_exit_code_3_when_a_file_fails(tmp_path):
    badpdfs.not_a_pdf(tmp_path / "x.pdf")
    shutil.copy(FIXTURES / SAMPLES[0], tmp_path / SAMPLES[0])
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "failed 1" in result.output


def test_exit_code_2_on_usage_errors(tmp_path):
    assert CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "--out", str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(main, ["run", str(tmp_path)]).exit_code == 2  # --out missing
    assert CliRunner().invoke(main, ["frobnicate"]).exit_code == 2


def test_text_command_page(tmp_path):
    result = CliRunner().invoke(main, ["text", str(FIXTURES / SAMPLES[1]), "--page", "1"])
    assert result.exit_code == 0
    assert result.output.startswith("AC Nº 4/2026\nPLANO DE TRABALHO Nº 01/2026")
    assert "/ pg. 1" not in result.output
    bad = CliRunner().invoke(main, ["text", str(FIXTURES / SAMPLES[1]), "--page", "9"])
    assert bad.exit_code == 2


def test_text_command_furniture():
    result = CliRunner().invoke(main, ["text", str(FIXTURES / SAMPLES[0]), "--page", "1", "--furniture"])
    assert "[page 1 header] 112 Nº 86, sexta-feira, 9 de maio de 2025" in result.output


def test_schema_command():
    result = CliRunner().invoke(main, ["schema", "amounts"])
    assert result.exit_code == 0
    assert "value" in result.output and "decimal128(18, 2)" in result.output
    assert CliRunner().invoke(main, ["schema", "nope"]).exit_code == 2


def test_version():
    assert __version__ in CliRunner().invoke(main, ["--version"]).output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_example_and_readme_entry(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"seidou {command}" in README


def test_console_script_installed():
    exe = Path(sys.executable).parent / "seidou"
    assert exe.exists()
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=True)
    assert "Example:" in proc.stdout


def test_workers_1_still_isolates_files(tmp_path):
    """--workers 1 runs files in one worker process, so --timeout holds (not in the CLI's own process)."""
    out = tmp_path / "out"
    pdf = str(Path(__file__).parent / "fixtures" / "dou_2025_05_09_s1_p112.pdf")
    result = CliRunner().invoke(main, ["run", pdf, "--out", str(out), "--workers", "1", "--timeout", "0.01"])
    assert result.exit_code == 3, result.output
    errors = pd.read_parquet(out / "errors")
    assert errors["error_type"].tolist() == ["timeout"]
