"""A hostile machine (issue 31): a full disk under OUT, a parent killed by a scheduler. Real processes; slow."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ..dataset.helpers import FAST, assert_one_copy, cli, copy_inputs, glob_read

pytestmark = pytest.mark.slow

NAMES = [
    "dou_2025_05_09_s1_p112.pdf",
    "sei_al_cbmal_despacho_37187279.pdf",
    "dou_s2_2023_05_02_p94.pdf",
    "sei_plano_trabalho_ac_4_2026.pdf",
    "municipal_cabixi_lei_1508_2026_convenio_978990.pdf",
]


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    except OSError:
        return False
    return done.returncode == 0


def test_full_disk_exits_4_with_one_line_and_the_next_run_finishes(tmp_path):
    src = copy_inputs(tmp_path / "in", NAMES)
    clean = tmp_path / "clean"
    assert cli("run", src, "--out", clean, *FAST).returncode == 0
    out = tmp_path / "small"
    if not _mount_tmpfs(out, "300k"):
        pytest.skip("cannot mount a tmpfs here (needs root and mount rights)")
    try:
        done = cli("run", src, "--out", out, *FAST, env={"SEIDOU_FLUSH_EVERY": "1"})
        assert done.returncode == 4, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.startswith("seidou: error")]
        assert len(lines) == 1 and str(out) in lines[0] and "No space left on device" in lines[0]
        assert "Traceback" not in done.stderr
        assert not list(out.glob("*/.*.tmp"))  # nothing half-visible
        if (out / "files").exists():
            assert_one_copy(out)  # what was committed is whole
        subprocess.run(["mount", "-o", "remount,size=64m", str(out)], check=True)
        again = cli("run", src, "--out", out, *FAST)
        assert again.returncode == 0, again.stderr
        assert_one_copy(out, clean)
    finally:
        subprocess.run(["umount", "-l", str(out)], capture_output=True)


def _tagged(tag: str) -> list[int]:
    """Processes whose environment holds ``tag`` (the run, its workers, their children, helpers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if tag.encode() in (entry / "environ").read_bytes():
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


SCAN = "tucano_ba_convenio_pf_0003_2016_scan_p1_p7.pdf"  # Tesseract runs on it (when installed)


@pytest.mark.parametrize("delay", [0.3, 1.5, 4.0, 8.0])
def test_no_process_outlives_a_killed_parent(tmp_path, delay):
    src = copy_inputs(tmp_path / "in", [SCAN, *NAMES])
    tag = f"SEIDOU_TEST_TAG={uuid.uuid4().hex}"
    key, value = tag.split("=")
    env = {**os.environ, key: value}
    proc = subprocess.Popen(
        [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(tmp_path / "out"), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and _tagged(value):
        time.sleep(0.2)
    assert _tagged(value) == [], "processes outlived their killed parent"


def test_two_concurrent_runs_leave_one_copy(tmp_path):
    src = copy_inputs(tmp_path / "in", NAMES)
    clean = tmp_path / "clean"
    assert cli("run", src, "--out", clean, *FAST).returncode == 0
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(out), "--force", *FAST]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert any("waiting for" in err for _o, err in outs)
    assert_one_copy(out, clean)
    assert len(glob_read(out, "runs")) == 2


@pytest.mark.parametrize("seed", range(4))
def test_sigkill_at_a_random_moment_of_a_forced_run(tmp_path, seed):
    import random

    src = copy_inputs(tmp_path / "in", NAMES)
    clean = tmp_path / "clean"
    assert cli("run", src, "--out", clean, *FAST).returncode == 0
    out = tmp_path / "out"
    assert cli("run", src, "--out", out, *FAST).returncode == 0
    env = {**os.environ, "SEIDOU_FLUSH_EVERY": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(out), "--force", *FAST],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(random.Random(seed).uniform(1.0, 12.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert_one_copy(out, clean)  # before any recovery: old or new copy of each file, one of them
    again = cli("run", src, "--out", out, *FAST)
    assert again.returncode == 0
    assert_one_copy(out, clean)


def test_a_worker_killed_for_time_takes_its_tesseract_with_it(tmp_path):
    from seidou.io import ocr

    if not ocr.available():
        pytest.skip("Tesseract with Portuguese data is not installed")
    src = copy_inputs(tmp_path / "in", [SCAN])
    tag = uuid.uuid4().hex
    env = {**os.environ, "SEIDOU_TEST_TAG": tag}
    done = subprocess.run(
        [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(tmp_path / "out"), "--timeout", "2", *FAST],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 3, done.stderr
    assert glob_read(tmp_path / "out", "errors")["error_type"].tolist() == ["timeout"]
    time.sleep(0.5)
    assert _tagged(tag) == []  # no Tesseract left running
