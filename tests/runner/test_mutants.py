"""The bad-input suite: 219 damaged PDFs made from real samples (tests/mutants.py), processed in one
batch beside the valid originals. None crashes the run or hangs past its limit; each one is
processed or becomes an `errors` row; the valid files come out identical to a run without them."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from seidou.runner.batch import run
from seidou.schemas import WRITTEN
from seidou.options import Limits

from .. import mutants
from ..conftest import FIXTURES

pytestmark = pytest.mark.slow  # end to end, minutes under load: make test-all

SOURCES = [
    FIXTURES / n
    for n in (
        "dou_s1_2014_10_01_p006.pdf",
        "sei_al_cbmal_despacho_37187279.pdf",
        "dou_2025_05_09_s1_p112.pdf",
        "sei_plano_trabalho_ac_4_2026.pdf",
        "tucano_ba_doe_1507_2021_p4-6.pdf",
    )
]
LIMITS = Limits(seconds=60, memory_mb=1500)
OPTIONS = {"tables": "ruled", "ner": "off", "ocr": False, "workers": 2, "limits": LIMITS}
VOLATILE = {"run_id", "at", "seconds", "started_at", "finished_at", "args", "path", "path_bytes"}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    # decompression bombs hold pdfplumber until the per-page limit of the table search: 3 s here
    # (default 10 s) keeps the suite short; the limit itself is what is being tested
    mp = pytest.MonkeyPatch()
    mp.setenv("SEIDOU_TABLE_PAGE_SECONDS", "3")
    src = tmp_path_factory.mktemp("mutants")
    valid = tmp_path_factory.mktemp("valid")
    for s in SOURCES:
        shutil.copy(s, src / s.name)
        shutil.copy(s, valid / s.name)
    cases = mutants.write(src, SOURCES)
    out_all, out_valid = tmp_path_factory.mktemp("out_all"), tmp_path_factory.mktemp("out_valid")
    summary = run([src], out_all, **OPTIONS)
    run([valid], out_valid, **OPTIONS)
    mp.undo()
    return cases, summary, out_all, out_valid


def read(out, table) -> pd.DataFrame:
    return pd.read_parquet(out / table)


def test_at_least_200_cases(batch):
    cases, summary, _, _ = batch
    assert len(cases) >= 200
    assert summary.n_files == len(cases) + len(SOURCES)


def test_every_case_is_processed_or_an_error_row(batch):
    cases, _, out, _ = batch
    files = read(out, "files")
    errors = read(out, "errors")
    by_path = files.set_index("path")
    for case in map(str, cases):
        status = by_path.loc[case, "status"] if case in by_path.index else "skipped-duplicate"
        if status in ("failed", "partial"):  # partial: a stage gave up on part of it (a step's time limit)
            assert (errors["path"] == case).any(), f"{case}: {status} without an errors row"
        else:
            assert status in ("ok", "skipped-duplicate"), f"{case}: {status}"
    assert len(files) == len(cases) + len(SOURCES)  # one files row per input, whatever happened


def test_no_case_hangs_or_floods(batch):
    _, _, out, _ = batch
    errors = read(out, "errors")
    # a file claiming 100,000 pages is read until its pages stop loading, not 100,000 times
    assert len(errors) < 20 * len(SOURCES) * 10
    assert (errors["error_type"] == "pages_abandoned").sum() == len(SOURCES)
    pages = read(out, "pages")
    assert pages.groupby("file_sha256").size().max() < 100


def test_failures_say_what_happened(batch):
    _, _, out, _ = batch
    errors = read(out, "errors")
    assert errors["message"].str.len().min() > 10
    assert set(errors["stage"]) <= {"open", "layout", "tables", "pades", "worker", "internal", "ocr"}
    # an encrypted file needing a password is named as such
    enc = errors[errors["path"].str.endswith("__aes256-password.pdf")]
    assert set(enc["error_type"]) == {"encrypted"}


def test_valid_files_are_identical_beside_bad_ones(batch):
    _, _, out_all, out_valid = batch
    valid_shas = set(read(out_valid, "files")["file_sha256"])
    for table in WRITTEN:
        if table in ("runs", "run_files"):  # history: paths and times of each run
            continue
        a = read(out_valid, table)
        b = read(out_all, table)
        if "file_sha256" not in a.columns:
            continue
        b = b[b["file_sha256"].isin(valid_shas)]
        cols = [c for c in a.columns if c not in VOLATILE]
        a = a[cols].sort_values(cols[:3], kind="stable").reset_index(drop=True)
        b = b[cols].sort_values(cols[:3], kind="stable").reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, obj=table, check_dtype=False)  # nulls of the bad files make ints floats
