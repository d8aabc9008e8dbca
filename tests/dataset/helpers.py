"""Reading an output folder back as a user would (a glob, by pandas and by DuckDB) and comparing it
with a clean run's."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd

from seidou.schemas import HISTORY, WRITTEN

from ..conftest import FIXTURES

SMALL = [
    "dou_2025_05_09_s1_p112.pdf",
    "sei_al_cbmal_despacho_37187279.pdf",
    "dou_s2_2023_05_02_p94.pdf",
    "sei_plano_trabalho_ac_4_2026.pdf",
]
CURRENT = [t for t in WRITTEN if t not in HISTORY]
# columns that say when or by which run a row was written, not what it holds
VOLATILE = {"run_id", "at", "seconds", "started_at", "finished_at", "pipeline_version"}


def glob_read(out: Path, table: str, engine: str = "pandas") -> pd.DataFrame:
    parts = sorted((Path(out) / table).glob("*.parquet"))
    if not parts:
        return pd.DataFrame()
    if engine == "duckdb":
        glob = str(Path(out) / table / "*.parquet").replace("'", "''")
        return duckdb.sql(f"SELECT * FROM read_parquet('{glob}', union_by_name = true)").df()
    return pd.read_parquet(Path(out) / table)


def rows(out: Path, engine: str = "pandas") -> dict[str, Counter]:
    """Every current table as a multiset of rows (without the run's own columns)."""
    got = {}
    for t in CURRENT:
        df = glob_read(out, t, engine)
        df = df[[c for c in df.columns if c not in VOLATILE and c != "path_bytes"]]
        got[t] = Counter(map(tuple, df.astype(str).values.tolist()))
    return got


def assert_one_copy(out: Path, clean: Path | None = None) -> None:
    """Both readers find one row per file in ``files``, one per document, and (given ``clean``) the
    same rows as the clean run's folder."""
    for engine in ("pandas", "duckdb"):
        files = glob_read(out, "files", engine)
        shas = files["file_sha256"].dropna()
        assert shas.is_unique, f"{engine}: a file has two rows in files"
        assert "skipped" not in set(files["status"])
        docs = glob_read(out, "documents", engine)
        assert docs["doc_id"].is_unique, f"{engine}: a document is there twice"
        pages = glob_read(out, "pages", engine)
        assert not pages.duplicated(["file_sha256", "page"]).any()
        if clean is not None:
            assert rows(out, engine) == rows(clean, engine), engine


def copy_inputs(folder: Path, names=SMALL) -> Path:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def cli(*args, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """``seidou ARGS`` in a new process (exit codes, signals and stderr as a scheduler sees them)."""
    return subprocess.run(
        [sys.executable, "-m", "seidou.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=kw.pop("timeout", 600),
        **kw,
    )


FAST = ("--tables", "off", "--ner", "off")
