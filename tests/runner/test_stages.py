"""The per-file orchestrator: one ordered list of declared stages, run by one loop that times each
stage in CPU seconds and turns a stage's failure into what its declaration says (a failed file, an
errors row and a 'partial' file, or the exception itself)."""

from __future__ import annotations

import dataclasses

import pytest

from seidou.options import Options
from seidou.runner import process
from seidou.runner.process import INLABS_STAGES, STAGES, process_file
from seidou.runner.stages.base import FAIL, RAISE, ROW, FileRun, run_stages

from ..conftest import FIXTURES

SEED = str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf")  # a seed with ruled tables
OPTS = Options(ner="off", ocr=False)


@pytest.mark.parametrize("stages", [STAGES, INLABS_STAGES], ids=["pdf", "inlabs"])
def test_the_list_is_declared_once(stages):
    names = [s.name for s in stages]
    assert len(names) == len(set(names))
    windowed = [i for i, s in enumerate(stages) if s.per_window]
    assert windowed == list(range(windowed[0], windowed[-1] + 1))  # one block, run per window
    assert stages[-1].name == "mask" and stages[-1].always  # masking also covers a failed file
    assert all(s.on_error in (FAIL, ROW, RAISE) for s in stages)


def test_partial_stages_are_the_ones_that_give_up():
    assert process.GAVE_UP_STAGES == {"ocr", "ner", "tables", "pades"}


def test_every_stage_is_timed_in_cpu_seconds():
    result = process_file(SEED, "r", OPTS)
    assert result.status == "ok"
    assert list(result.timings) == [s.name for s in STAGES]
    assert all(t >= 0 for t in result.timings.values())
    assert result.timings["layout"] > 0


def _with(stage_name: str, fn, stages=STAGES):
    return tuple(dataclasses.replace(s, run=fn) if s.name == stage_name else s for s in stages)


def _boom(run):
    raise RuntimeError("boom")


def test_a_row_stage_failing_leaves_an_errors_row_and_a_partial_file():
    result = run_stages(FileRun(SEED, "r", OPTS), _with("tables", _boom))
    errors = result.rows["errors"]
    assert [(e["stage"], e["error_type"], e["message"]) for e in errors] == [
        ("tables", "RuntimeError", "table search failed: boom")
    ]
    assert result.status == "partial" and result.rows["files"][0]["status"] == "partial"
    assert result.rows["documents"] and "tables" not in result.rows


def test_a_fail_stage_failing_fails_the_file_under_the_stage_it_reports_as():
    result = run_stages(FileRun(SEED, "r", OPTS), _with("ocr", _boom))
    assert result.status == "failed" and set(result.rows) == {"files", "errors"}
    (error,) = result.rows["errors"]
    assert (error["stage"], error["error_type"], error["message"]) == (
        "layout",
        "RuntimeError",
        "unexpected error: boom",
    )
    assert "mask" in result.timings and "documents" not in result.timings  # only the 'always' stages ran on


def test_strict_raises_and_raise_stages_raise():
    with pytest.raises(RuntimeError):
        run_stages(FileRun(SEED, "r", Options(ner="off", ocr=False, strict=True)), _with("tables", _boom))
    with pytest.raises(RuntimeError):
        run_stages(FileRun(SEED, "r", OPTS), _with("documents", _boom))


def test_a_stage_past_its_cpu_limit_is_an_errors_row():
    def spin(run):
        while True:
            pass

    stages = tuple(
        dataclasses.replace(s, run=spin, cpu_seconds=0.05) if s.name == "pades" else s for s in _with("pades", spin)
    )
    run = FileRun(SEED, "r", OPTS)
    result = run_stages(run, stages)
    (error,) = [e for e in result.rows["errors"] if e["stage"] == "pades"]
    assert error["error_type"] == "StepTimeout"
    assert (
        error["message"] == "cannot read PDF signatures: reading the PDF signatures took more than 0.05 s of CPU time"
    )
    assert result.status == "partial"
