"""A run killed with SIGKILL at any moment, then re-run, ends with exactly the rows of an
uninterrupted run: no duplicates, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from collections import Counter

import pandas as pd
import pytest

from seidou.io.parquet import write_part
from seidou.io.store import recover

from ..conftest import copy_fixtures

PDFS = [
    "dou_2025_05_09_s1_p112.pdf",
    "dou_s1_2014_10_01_p006.pdf",
    "dou_s2_2023_05_02_p94.pdf",
    "sei_plano_trabalho_ac_4_2026.pdf",
    "sei_al_cbmal_despacho_37187279.pdf",
    "municipal_cabixi_lei_1508_2026_convenio_978990.pdf",
    "dou_s2_2023_03_28_p56.pdf",
]
FACT_KEYS = {
    "documents": ["doc_id", "seq", "doc_type", "title", "text"],
    "identifiers": ["doc_id", "kind", "value", "char_start"],
    "amounts": ["doc_id", "value", "char_start"],
    "references": ["doc_id", "norm_id", "char_start"],
    "clauses": ["doc_id", "clause_id", "level", "number"],
    "signatures": ["doc_id", "kind", "name"],
    "pages": ["file_sha256", "page"],
}


def cli(src, out, env):
    return [sys.executable, "-m", "seidou.cli", "run", str(src), "--out", str(out), "--tables", "off", "--ner", "off"]


def rows(out) -> dict[str, Counter]:
    got = {
        t: Counter(map(tuple, pd.read_parquet(out / t)[cols].astype(str).values.tolist()))
        for t, cols in FACT_KEYS.items()
    }
    files = pd.read_parquet(out / "files")
    got["files_ok"] = Counter(files.loc[files["status"] == "ok", "file_sha256"])
    return got


def _stat(pid: int | str) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (state, ppid, …); empty once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    pids = [d.name for d in Path("/proc").iterdir() if d.name.isdigit()]
    return [int(p) for p in pids if (fields := _stat(p)) and int(fields[1]) == pid]


def gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.time() + within
    while time.time() < deadline:
        if not any(Path(f"/proc/{p}").exists() and "Z" not in _state(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    return (_stat(pid) or ["Z"])[0]


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    return copy_fixtures(tmp_path_factory.mktemp("src"), PDFS)


def test_recover_removes_an_uncommitted_flush(tmp_path):
    write_part(tmp_path, "documents", "r1", 0, [])
    write_part(tmp_path, "files", "r1", 0, [])  # flush 0 committed
    write_part(tmp_path, "documents", "r1", 1, [])  # flush 1 killed before its files part
    (tmp_path / "documents" / ".part-r1-00002.parquet.tmp").write_bytes(b"half")
    assert recover(tmp_path) == 2
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["part-r1-00000.parquet"]


@pytest.mark.parametrize("kill_after_parts", [1, 4, 9])
@pytest.mark.slow
def test_sigkill_then_rerun_equals_a_clean_run(src, tmp_path, kill_after_parts):
    env = {**os.environ, "SEIDOU_FLUSH_EVERY": "1", "PYTHONUNBUFFERED": "1"}
    clean = tmp_path / "clean"
    subprocess.run(cli(src, clean, env), env=env, check=True, capture_output=True, timeout=300)

    killed = tmp_path / "killed"
    proc = subprocess.Popen(cli(src, killed, env), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if len(list(killed.glob("*/part-*.parquet"))) >= kill_after_parts:
            break
        time.sleep(0.005)
    workers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert gone(workers), "worker processes outlived their killed parent"
    rerun = subprocess.run(cli(src, killed, env), env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert rows(killed) == rows(clean)
