"""The output folder as a dataset (issue 28): after a run, a re-run, --force, a new pipeline version, a step
that gave up, a glob read by pandas and by DuckDB finds one copy of every file's rows, equal to a clean run's."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from seidou.runner.batch import run

from ..conftest import FIXTURES
from .helpers import assert_one_copy, copy_inputs, glob_read

OPTS = dict(tables="off", ner="off")


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    return copy_inputs(tmp_path_factory.mktemp("src"))


@pytest.fixture(scope="module")
def clean(src, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    summary = run([src], out, **OPTS)
    assert summary.n_ok == 4 and summary.n_failed == summary.n_partial == 0
    return out


def test_clean_run_has_one_copy(clean):
    assert_one_copy(clean)
    assert len(glob_read(clean, "files")) == 4
    assert not list(clean.glob("*/.*.tmp")) and not list((clean / ".seidou").glob("*"))


def test_rerun_skips_and_changes_nothing(src, clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    before = {t: sorted(p.name for p in (out / t).glob("*.parquet")) for t in ("documents", "pages")}
    summary = run([src], out, **OPTS)
    assert (summary.n_skipped, summary.n_ok) == (4, 0)
    assert {t: sorted(p.name for p in (out / t).glob("*.parquet")) for t in before} == before
    assert_one_copy(out, clean)
    assert len(glob_read(out, "runs")) == 2 and len(glob_read(out, "run_files")) == 8


def test_force_replaces_rows(src, clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    old_run = set(glob_read(out, "documents")["run_id"])
    summary = run([src], out, force=True, **OPTS)
    assert summary.n_ok == 4
    assert_one_copy(out, clean)
    assert set(glob_read(out, "documents")["run_id"]).isdisjoint(old_run)
    for engine in ("pandas", "duckdb"):
        assert len(glob_read(out, "files", engine)) == 4


def test_force_after_compaction_replaces_rows(src, clean, tmp_path):
    from seidou.io.compact import compact

    out = tmp_path / "out"
    shutil.copytree(clean, out)
    compact(out, rows_per_part=40)  # files split across several parts of one compaction
    run([src], out, force=True, **OPTS)
    assert_one_copy(out, clean)


def test_new_pipeline_version_reprocesses_everything(src, clean, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    for module in (
        "seidou.runner.batch",
        "seidou.runner.stages.rows",
        "seidou.runner.stages.results",
        "seidou.documents.build",
    ):
        monkeypatch.setattr(f"{module}.__version__", "99.0.0")
    summary = run([src], out, **OPTS)
    assert summary.n_ok == 4 and summary.n_skipped == 0
    assert_one_copy(out, clean)
    assert set(glob_read(out, "files")["pipeline_version"]) == {"99.0.0"}
    assert set(glob_read(out, "documents")["pipeline_version"]) == {"99.0.0"}
    again = run([src], out, **OPTS)
    assert again.n_skipped == 4


def test_a_new_file_is_added_and_a_changed_folder_keeps_the_old_rows(src, clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    more = copy_inputs(tmp_path / "more", ["municipal_cabixi_lei_1508_2026_convenio_978990.pdf"])
    summary = run([more], out, **OPTS)
    assert summary.n_ok == 1
    files = glob_read(out, "files")
    assert len(files) == 5 and files["file_sha256"].is_unique
    assert_one_copy(out)


def test_step_time_limit_makes_the_file_partial_and_the_next_run_completes_it(tmp_path, monkeypatch):
    src = copy_inputs(tmp_path / "src", ["sei_plano_trabalho_ac_4_2026.pdf"])
    clean = tmp_path / "clean"
    run([src], clean, ner="off", tables="pdfplumber")
    out = tmp_path / "out"
    # every page's table search gives up (pdfplumber: PDFium's finder takes less than the limit on a page)
    monkeypatch.setattr("seidou.io.tables.PAGE_SECONDS", 1e-4)
    first = run([src], out, ner="off", tables="pdfplumber")
    assert (first.n_partial, first.n_ok) == (1, 0) and first.partial == [str(src / "sei_plano_trabalho_ac_4_2026.pdf")]
    files = glob_read(out, "files")
    assert files["status"].tolist() == ["partial"]
    errors = glob_read(out, "errors")
    assert set(errors["stage"]) == {"tables"} and (errors["error_type"] == "step_timeout").all()
    assert "CPU time" in errors["message"].iloc[0]
    assert "1 partial" in first.last_line()
    monkeypatch.undo()
    second = run([src], out, ner="off", tables="pdfplumber")
    assert (second.n_ok, second.n_skipped) == (1, 0)  # processed again, not skipped
    assert_one_copy(out, clean)
    assert glob_read(out, "errors").empty


def test_missing_ner_model_is_an_error_row_and_a_partial_file(tmp_path, monkeypatch):
    import seidou.ner.entities as entities

    monkeypatch.setattr(entities, "load_model", lambda path=None: None)
    src = copy_inputs(tmp_path / "src", ["dou_2025_05_09_s1_p112.pdf"])
    summary = run([src], tmp_path / "out", tables="off", ner="targeted")
    assert summary.n_partial == 1
    errors = glob_read(tmp_path / "out", "errors")
    assert errors[["stage", "error_type"]].values.tolist() == [["ner", "ner_model_missing"]]


def test_run_files_history(src, clean):
    history = glob_read(clean, "run_files")
    assert sorted(history["status"]) == ["ok"] * 4
    assert (history["n_errors"] == 0).all() and history["pages"].sum() == glob_read(clean, "pages").shape[0]
    runs = glob_read(clean, "runs")
    assert runs[["n_ok", "n_partial", "status"]].values.tolist() == [[4, 0, "finished"]]


def test_a_folder_written_by_0_21_is_made_one_copy(src, clean, tmp_path):
    """Skipped and duplicate rows of 0.21 (same file in two parts) are replaced by one copy."""
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    files = glob_read(out, "files")
    legacy = files.assign(status="skipped", run_id="20200101T000000Z-old")
    name = "part-20200101T000000Z-old-00000.parquet"
    legacy.drop(columns=["path_bytes"]).to_parquet(out / "files" / name)
    assert len(glob_read(out, "files")) == 8
    summary = run([src], out, **OPTS)
    assert summary.n_ok == 4  # a file with two rows is processed again, and its rows then are one
    assert_one_copy(out, clean)


def test_deterministic_rows_in_a_sequential_run(src, clean, tmp_path):
    again = tmp_path / "again"
    run([src], again, **OPTS)
    for t in ("documents", "identifiers", "pages", "clauses"):
        a = glob_read(clean, t).drop(columns=["run_id"])
        b = glob_read(again, t).drop(columns=["run_id"])
        pd.testing.assert_frame_equal(a, b)


def test_inlabs_and_pdf_together(tmp_path):
    xml = next((FIXTURES / "inlabs").rglob("*.xml"), None)
    if xml is None:
        pytest.skip("no INLABS fixture")
    src = copy_inputs(tmp_path / "src", ["dou_2025_05_09_s1_p112.pdf"])
    shutil.copy(xml, src / xml.name)
    out = tmp_path / "out"
    run([src], out, **OPTS)
    run([src], out, force=True, **OPTS)
    assert_one_copy(out)
