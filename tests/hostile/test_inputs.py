"""Hostile inputs beside valid files (issue 31): names of any bytes, FIFOs, sockets, devices, links that
loop or lead nowhere. Each becomes its own row, nothing hangs, and the valid files' rows equal a clean run's."""

from __future__ import annotations

import os
import shutil
import socket
import stat

import pytest

from seidou.errors import NotRegularFileError
from seidou.io.pdf import sha256_of

from ..conftest import FIXTURES
from ..dataset.helpers import FAST, cli, copy_inputs, glob_read, rows

VALID = ["dou_2025_05_09_s1_p112.pdf", "sei_al_cbmal_despacho_37187279.pdf"]
ODD_NAME = b"relat\xf3rio \xff\xfe.pdf"  # Latin-1 and stray bytes: legal on Linux, not UTF-8
ODD_SOURCE = "sei_plano_trabalho_ac_4_2026.pdf"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    src = copy_inputs(base / "in", VALID)
    shutil.copy(FIXTURES / ODD_SOURCE, os.path.join(os.fsencode(src), ODD_NAME))
    os.mkfifo(src / "fila.pdf")
    os.symlink("/dev/zero", src / "zero.pdf")
    os.symlink(src / "loop.pdf", src / "loop.pdf")
    os.symlink(src / "nowhere", src / "gone.pdf")
    (src / "sub").mkdir()
    os.symlink(src, src / "sub" / "back")  # a folder loop
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "tomada.pdf"))
    out = base / "out"
    done = cli("run", src, "--out", out, "--workers", "2", *FAST, timeout=300)
    sock.close()
    clean_src = copy_inputs(base / "clean_in", VALID + [ODD_SOURCE])
    clean = base / "clean"
    assert cli("run", clean_src, "--out", clean, *FAST).returncode == 0
    return src, out, clean, done


def test_the_run_ends_with_exit_3_and_no_traceback(hostile):
    _src, _out, _clean, done = hostile
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "files: 8 (ok 3, partial 0, failed 5" in done.stdout


@pytest.mark.parametrize(
    "name,error_type",
    [
        ("fila.pdf", "not_a_regular_file"),
        ("zero.pdf", "not_a_regular_file"),
        ("tomada.pdf", "not_a_regular_file"),
        ("loop.pdf", "unreadable"),
        ("gone.pdf", "unreadable"),
    ],
)
def test_each_hostile_file_is_a_failed_row_with_its_error(hostile, name, error_type):
    src, out, _clean, _done = hostile
    files = glob_read(out, "files")
    mine = files[files["path"] == str(src / name)]
    assert mine["status"].tolist() == ["failed"] and mine["file_sha256"].isna().all()
    errors = glob_read(out, "errors")
    assert errors.loc[errors["path"] == str(src / name), "error_type"].tolist() == [error_type]


def test_a_name_of_any_bytes_is_stored_losslessly(hostile):
    src, out, _clean, _done = hostile
    for engine in ("pandas", "duckdb"):
        files = glob_read(out, "files", engine)
        odd = files[files["path_bytes"].map(lambda b: bytes(b).endswith(ODD_NAME) if b is not None else False)]
        assert odd["status"].tolist() == ["ok"]
        assert bytes(odd["path_bytes"].iloc[0]) == os.path.join(os.fsencode(src), ODD_NAME)
        assert odd["path"].iloc[0].endswith("relat\ufffdrio \ufffd\ufffd.pdf")


def test_valid_files_rows_equal_a_clean_run(hostile):
    _src, out, clean, _done = hostile
    for engine in ("pandas", "duckdb"):
        got, want = rows(out, engine), rows(clean, engine)
        for table in got:
            if table in ("files", "errors"):
                continue  # paths differ (and the hostile files have rows of their own)
            assert got[table] == want[table], (engine, table)


def test_a_rerun_keeps_one_row_per_hostile_file(hostile, tmp_path):
    src, out, _clean, _done = hostile
    again = cli("run", src, "--out", out, *FAST, timeout=300)
    assert again.returncode == 3
    files = glob_read(out, "files")
    assert len(files) == 8 and files["path"].is_unique
    assert len(glob_read(out, "errors")) == 5


def test_hashing_a_fifo_does_not_block(tmp_path):
    os.mkfifo(tmp_path / "f.pdf")
    with pytest.raises(NotRegularFileError, match="FIFO"):
        sha256_of(tmp_path / "f.pdf")


def test_an_unreadable_folder_is_a_row(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    src = copy_inputs(tmp_path / "in", VALID[:1])
    locked = src / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        done = cli("run", src, "--out", tmp_path / "out", *FAST)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert done.returncode == 3
    errors = glob_read(tmp_path / "out", "errors")
    assert errors["error_type"].tolist() == ["unreadable_folder"]
