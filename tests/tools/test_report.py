"""`seidou report`: one self-contained HTML file, loaded in a real headless Chromium (installed by
.ci/run from Debian), its elements checked and a screenshot kept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from seidou.cli import main
from seidou.runner.batch import run

from ..conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    for name in ("sei_plano_trabalho_ac_4_2026.pdf", "dou_s2_2023_05_02_p94.pdf"):
        shutil.copy(FIXTURES / name, src / name)
    out = tmp_path_factory.mktemp("out")
    run([src], out)
    html = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(main, ["report", str(out), "--html", str(html)])
    assert result.exit_code == 0, result.output
    return html


def test_self_contained(report):
    text = report.read_text(encoding="utf-8")
    assert "<h2 id='summary'>" in text and "<h2 id='findings'>" in text
    assert "CNPJ 33.970.559/0001-0 fails its check digits" in text
    assert text.count("data:image/jpeg;base64,") >= 3  # page views embedded
    assert "http://" not in text.replace("http://www.in.gov.br", "") and "<script src" not in text


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_renders_in_chromium(report, tmp_path):
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('class="document"') >= 5  # the plano and the DOU page's acts
    assert "PLANO DE TRABALHO Nº 01/2026" in dom.stdout and "PORTARIA Nº 1.669" in dom.stdout
    shot = Path(report).with_suffix(".png")
    run_shot = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,2400",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run_shot.returncode == 0 and shot.exists() and shot.stat().st_size > 50_000
    print(f"\nreport screenshot: {shot}")
