"""`seidou compact`: many small parts become few, with the same rows; a compaction killed at any
step is finished or undone by the next writer, never duplicating or losing rows."""

from __future__ import annotations

import shutil
from collections import Counter

import duckdb
import pandas as pd
import pytest

from seidou.io.compact import compact
from seidou.io.store import recover
from seidou.runner.batch import run
from seidou.schemas import WRITTEN

from ..conftest import FIXTURES

PDFS = [
    "dou_2025_05_09_s1_p112.pdf",
    "sei_al_cbmal_despacho_37187279.pdf",
    "dou_s2_2023_05_02_p94.pdf",
    "sei_plano_trabalho_ac_4_2026.pdf",
]


def snapshot(out) -> dict[str, Counter]:
    """Every row of every table, as a multiset (order of parts is not part of the contract)."""
    got = {}
    for t in WRITTEN:
        df = pd.read_parquet(out / t)
        got[t] = Counter(map(tuple, df.astype(str).values.tolist()))
    return got


@pytest.fixture(scope="module")
def many_parts(tmp_path_factory):
    """Two runs, each flushing after every file: many small parts per table."""
    src = tmp_path_factory.mktemp("src")
    out = tmp_path_factory.mktemp("out")
    mp = pytest.MonkeyPatch()
    mp.setattr("seidou.runner.batch.FLUSH_EVERY_FILES", 1)
    for name in PDFS[:2]:
        shutil.copy(FIXTURES / name, src / name)
    run([src], out, tables="off", ner="off")
    for name in PDFS[2:]:
        shutil.copy(FIXTURES / name, src / name)
    run([src], out, tables="off", ner="off")  # the first two are skipped, the others added
    mp.undo()
    return out


def copy(out, tmp_path):
    dst = tmp_path / "out"
    shutil.copytree(out, dst)
    return dst


def test_compact_merges_parts_and_keeps_rows(many_parts, tmp_path):
    out = copy(many_parts, tmp_path)
    before = snapshot(out)
    assert len(list((out / "identifiers").glob("part-*.parquet"))) >= 4
    summary = compact(out)
    assert all(len(list((out / t).glob("part-*.parquet"))) == 1 for t in WRITTEN)
    assert summary.rows["identifiers"] == sum(before["identifiers"].values())
    assert snapshot(out) == before
    assert not list(out.glob(".compact-*"))
    # DuckDB reads the compacted folder like any other
    n = duckdb.sql(f"select count(*) from '{out}/identifiers/*.parquet'").fetchall()[0][0]
    assert n == sum(before["identifiers"].values())


def test_compact_rows_per_part(many_parts, tmp_path):
    out = copy(many_parts, tmp_path)
    before = snapshot(out)
    compact(out, rows_per_part=50)
    n = len(pd.read_parquet(out / "identifiers"))
    assert len(list((out / "identifiers").glob("part-*.parquet"))) == -(-n // 50)
    assert snapshot(out) == before


def test_incremental_skip_survives_compaction(many_parts, tmp_path):
    out = copy(many_parts, tmp_path)
    compact(out)
    src = tmp_path / "src"
    src.mkdir()
    for name in PDFS:
        shutil.copy(FIXTURES / name, src / name)
    summary = run([src], out, tables="off", ner="off")
    assert summary.n_skipped == len(PDFS) and summary.n_ok == 0
    assert snapshot_current(out) == snapshot_current(copy(many_parts, tmp_path / "before"))


def snapshot_current(out) -> dict[str, Counter]:
    return {t: v for t, v in snapshot(out).items() if t not in ("runs", "run_files")}


@pytest.mark.parametrize("crash_at", ["manifest", "parts", "commit", "delete"])
def test_killed_compaction_is_finished_or_undone(many_parts, tmp_path, crash_at):
    out = copy(many_parts, tmp_path)
    before = snapshot(out)
    compact(out, _crash_at=crash_at)
    assert list(out.glob(".compact-*.json"))  # left unfinished
    recover(out)  # what the next run (or compaction) does first
    assert not list(out.glob(".compact-*"))
    assert snapshot(out) == before
    compact(out)  # and a new compaction then works
    assert snapshot(out) == before
