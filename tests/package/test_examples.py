"""The example notebook (examples/auditor.py, jupytext percent format) runs from start to end on the sample PDFs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_auditor_notebook_runs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("sei_plano_trabalho_ac_4_2026.pdf", "dou_2025_05_09_s1_p112.pdf"):
        shutil.copy(ROOT / "data" / "raw" / name, inputs / name)
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "auditor.py"), str(inputs), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "files: 2" in done.stdout
