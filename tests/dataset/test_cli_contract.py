"""`seidou run` as a scheduler sees it: exit codes, one-line errors, the lock, progress lines, --log-json,
SIGTERM. Real processes, real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from seidou.io.lock import LockBusy, OutLock

from .helpers import FAST, assert_one_copy, cli, copy_inputs, glob_read


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_empty_input_exits_2(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.txt").write_text("no pdf here")
    done = cli("run", tmp_path / "in", "--out", tmp_path / "out")
    assert done.returncode == 2
    assert "no PDF or XML files under" in one_line(done.stderr)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unwritable_out_exits_2_before_any_work(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    for out in (blocker / "out", "/proc/seidou-out"):  # under a file; on a read-only file system (even as root)
        done = cli("run", src, "--out", out)
        assert done.returncode == 2, done.stderr
        assert "is not writable" in one_line(done.stderr)


def test_no_wait_exits_2_while_another_run_holds_the_folder(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    out = tmp_path / "out"
    with OutLock(out):
        done = cli("run", src, "--out", out, "--no-wait", *FAST)
        assert done.returncode == 2
        line = one_line(done.stderr)
        assert f"pid {os.getpid()}" in line and "is being written by" in line
        with pytest.raises(LockBusy):
            OutLock(out, wait=False).acquire()


def test_a_second_run_waits_for_the_first(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    out = tmp_path / "out"
    lock = OutLock(out)
    lock.acquire()
    proc = subprocess.Popen(
        [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(out), *FAST],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stderr.readline()
        assert "waiting for pid" in line
        assert proc.poll() is None and not (out / "files").exists()
    finally:
        lock.release()
    stdout, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "done: 1 file(s)" in stdout


def test_a_dead_holders_lock_is_taken_over(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from seidou.io.lock import OutLock; import time; OutLock({str(out)!r}).acquire(); time.sleep(600)",
        ]
    )
    while not (out / ".seidou.lock").exists() or not (out / ".seidou.lock").read_text():
        time.sleep(0.05)
    holder.kill()
    holder.wait()
    done = cli("run", src, "--out", out, "--no-wait", *FAST)
    assert done.returncode == 0, done.stderr
    assert f"pid {holder.pid}" in done.stderr and "did not finish" in done.stderr


def test_log_progress_quiet_and_log_json(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf", "sei_plano_trabalho_ac_4_2026.pdf"])
    (src / "broken.pdf").write_bytes(b"<html>not a pdf</html>")
    log = tmp_path / "files.jsonl"
    done = cli("run", src, "--out", tmp_path / "out", "--progress", "log", "--log-json", log, *FAST)
    assert done.returncode == 3
    assert "seidou: 3/3 files, 7 pages, 0 partial, 1 failed" in done.stderr
    assert done.stdout.splitlines()[-1].startswith("done with 0 partial and 1 failed file(s)")
    assert "failed: " + str(src / "broken.pdf") in done.stdout
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert sorted(r["status"] for r in records) == ["failed", "ok", "ok"]
    assert set(records[0]) == {"path", "sha256", "status", "pages", "seconds", "errors"}
    bad = next(r for r in records if r["status"] == "failed")
    assert bad["errors"][0]["error_type"] == "not_pdf"
    quiet = cli("run", src, "--out", tmp_path / "out", "--quiet", *FAST)
    assert quiet.returncode == 3 and quiet.stdout == ""
    assert quiet.stderr.startswith("done with 0 partial and 1 failed")


def test_strict_stops_at_the_first_failing_file(tmp_path):
    src = copy_inputs(tmp_path / "in", ["dou_2025_05_09_s1_p112.pdf"])
    (src / "a_broken.pdf").write_bytes(b"not a pdf")
    (src / "z_broken.pdf").write_bytes(b"not a pdf either")
    done = cli("run", src, "--out", tmp_path / "out", "--strict", "--workers", "1", *FAST)
    assert done.returncode == 3
    assert "stopped at" in done.stderr and "_broken.pdf (--strict)" in done.stderr and "Traceback" not in done.stderr
    assert "stopped after" in done.stdout and "all complete" not in done.stdout
    history = glob_read(tmp_path / "out", "run_files")
    assert history["status"].tolist().count("failed") == 1  # the other broken file was not reached
    assert glob_read(tmp_path / "out", "runs")["status"].tolist() == ["stopped"]


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), pytest.param(signal.SIGINT, 130, marks=pytest.mark.slow)])
def test_a_signal_stops_cleanly_after_committing(tmp_path, sig, code):
    names = [
        "dou_2025_05_09_s1_p112.pdf",
        "sei_al_cbmal_despacho_37187279.pdf",
        "dou_s2_2023_05_02_p94.pdf",
        "sei_plano_trabalho_ac_4_2026.pdf",
        "municipal_cabixi_lei_1508_2026_convenio_978990.pdf",
    ]
    src = copy_inputs(tmp_path / "in", names)
    out = tmp_path / "out"
    env = {**os.environ, "SEIDOU_FLUSH_EVERY": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(out), "--workers", "1", *FAST],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    while proc.poll() is None and not list((out / "files").glob("part-*.parquet")):
        time.sleep(0.02)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=300)
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert proc.returncode == code, stderr
    assert "interrupted by" in stderr and "Traceback" not in stderr
    # the summary does not call an interrupted run complete (it said "done: 5 file(s), all complete")
    assert "all complete" not in stdout and "interrupted after" in stdout, stdout
    assert glob_read(out, "runs")["status"].tolist() == ["interrupted"]
    assert_one_copy(out)
    again = cli("run", src, "--out", out, *FAST)
    assert again.returncode == 0
    clean = tmp_path / "clean"
    assert cli("run", src, "--out", clean, *FAST).returncode == 0
    assert_one_copy(out, clean)
