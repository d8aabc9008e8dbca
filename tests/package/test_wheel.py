"""A wheel built from the project, installed in a fresh virtual environment, does the whole job: the import
name is ``seidou`` only, the NER model is inside it (spaCy loads it through the entry points without importing
seidou first), and ``seidou.run`` on the seed PDFs writes every table, model entities included. Slow (a fresh
environment installs every dependency): ``make test-all``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def sh(*args, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=1800, **kw)
    assert done.returncode == 0, f"{args}: {done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    # the committed files only (no build products, no local venv)
    listed = sh("git", "ls-files", "-z", cwd=ROOT).stdout.split("\0")
    for rel in filter(None, listed):
        if (ROOT / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    sh(sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", tmp / "dist", src)
    env = tmp / "venv"
    sh(sys.executable, "-m", "venv", env)
    wheel = next((tmp / "dist").glob("seidou-*.whl"))
    sh(env / "bin" / "python", "-m", "pip", "install", "--quiet", wheel)
    return env


def run_in(env: Path, code: str, cwd: Path) -> str:
    return sh(env / "bin" / "python", "-c", textwrap.dedent(code), cwd=cwd).stdout


def test_only_seidou_is_installed(venv, tmp_path):
    out = run_in(
        venv,
        """
        import importlib.util
        print(importlib.util.find_spec("pipeline"), importlib.util.find_spec("patterns"))
        """,
        tmp_path,
    )
    assert out.split() == ["None", "None"]


def test_the_compiled_loops_are_built_into_the_wheel(venv, tmp_path):
    # both optional C extensions (setup.py) built and loaded where a compiler is, as on this machine: without them
    # every reader falls back to its Python or numpy loops, the same rows at a slower pace
    out = run_in(
        venv,
        """
        from seidou.io import pdfium_calls
        from seidou.ner import compiled
        print(pdfium_calls._LIB is not None, compiled._LIB is not None)
        """,
        tmp_path,
    )
    assert out.split() == ["True", "True"]


def test_spacy_loads_the_shipped_model_without_seidou(venv, tmp_path):
    out = run_in(
        venv,
        """
        import importlib.util, pathlib, sys
        import spacy
        home = pathlib.Path(importlib.util.find_spec("seidou").submodule_search_locations[0])
        assert not any(m.startswith("seidou") for m in sys.modules)
        nlp = spacy.load(home / "model")
        doc = nlp("Assinam Roberto Seara Machado Pojo Rego, pelo Ministério da Gestão e da Inovação em Serviços Públicos.")
        print([(e.text, e.label_) for e in doc.ents])
        """,
        tmp_path,
    )
    assert "('Roberto Seara Machado Pojo Rego', 'PESSOA')" in out


def test_run_writes_every_table_with_model_entities(venv, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("sei_plano_trabalho_ac_4_2026.pdf", "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"):
        shutil.copy(ROOT / "data" / "raw" / name, inputs / name)
    out = run_in(
        venv,
        f"""
        import seidou
        from seidou.schemas import WRITTEN
        seidou.run([{str(inputs)!r}], {str(tmp_path / "out")!r}, ner="all")
        ds = seidou.open({str(tmp_path / "out")!r})
        assert set(ds.tables) == set(WRITTEN), set(WRITTEN) - set(ds.tables)
        ents = ds.df("entities")
        model = ents[ents.source == "ner"]
        print(len(model), "|".join(sorted(set(model.text))))
        """,
        tmp_path,
    )
    n, names = out.strip().split(" ", 1)
    assert int(n) > 10
    assert "Washington Luiz Cardoso Siqueira" in names
