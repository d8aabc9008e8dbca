"""Every SQL and Python snippet in the README and docs/QUERIES.md runs against a real run of the sample PDFs."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import regex

from seidou.runner.batch import run

ROOT = Path(__file__).parent.parent
README = "\n".join((ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/QUERIES.md"))
SQL = [
    q.strip()
    for block in regex.findall(r"```sql\n(.*?)```", README, regex.DOTALL)
    for q in block.split(";")
    if regex.sub(r"--[^\n]*", "", q).strip()
]
PYTHON = regex.findall(r"```python\n(.*?)```", README, regex.DOTALL)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    src = tmp_path_factory.mktemp("raw")
    for pdf in (ROOT / "data" / "raw").glob("*.pdf"):
        shutil.copy(pdf, src / pdf.name)
    out = tmp_path_factory.mktemp("out")
    run([src], out, tables="off")
    return out


def test_readme_has_queries():
    assert len(SQL) >= 5 and PYTHON


@pytest.mark.parametrize("query", SQL, ids=[f"sql{k}" for k in range(len(SQL))])
def test_sql(out, query):
    con = duckdb.connect()
    result = con.execute(query.replace("data/out", str(out))).fetchall()
    assert isinstance(result, list)


@pytest.mark.parametrize("snippet", PYTHON, ids=[f"py{k}" for k in range(len(PYTHON))])
def test_python(out, snippet):
    namespace = {"pd": pd}
    exec(snippet.replace("data/out", str(out)), namespace)  # noqa: S102 - the README's own examples


def test_the_auditor_queries_find_what_the_samples_hold(out):
    """The seed plano de trabalho prints a truncated CNPJ; the seed convênio is worth R$ 622.166,66."""
    namespace = {"pd": pd}
    exec("\n".join(PYTHON).replace("data/out", str(out)), namespace)  # noqa: S102
    assert "33.970.559/0001-0" in namespace["bad_cnpjs"]["raw"].tolist()
    assert len(namespace["by_person"]) >= 6
    con = duckdb.connect()
    sql = next(q for q in SQL if "1000000" in q)
    assert con.execute(sql.replace("data/out", str(out)).replace("> 1000000", "> 600000")).fetchall()


def test_parties_role_raw_reads_back(out):
    """The parties' role_raw column (parties@9), read back from the Parquet files by pandas and by DuckDB: the seed
    convênio's preamble prints "doravante denominado CONCEDENTE" and "… CONVENENTE"."""
    df = pd.read_parquet(out / "parties")
    assert "role_raw" in df.columns
    by_pandas = set(zip(df["role"], df["role_raw"]))
    glob = str(out / "parties" / "*.parquet").replace("'", "''")
    by_duckdb = set(duckdb.connect().execute(f"SELECT role, role_raw FROM read_parquet('{glob}')").fetchall())
    assert {("concedente", "CONCEDENTE"), ("convenente", "CONVENENTE")} <= by_pandas
    assert by_duckdb == {(r, None if pd.isna(w) else w) for r, w in by_pandas}
    assert duckdb.connect().execute(f"DESCRIBE SELECT role_raw FROM read_parquet('{glob}')").fetchone()[1] == "VARCHAR"
