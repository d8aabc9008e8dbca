"""Bad input becomes an `errors` row with its stage and a clear message; the batch goes on."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from seidou.runner.batch import run

from .. import badpdfs
from ..conftest import FIXTURES

GOOD = "sei_plano_trabalho_ac_4_2026.pdf"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    out = tmp_path_factory.mktemp("out")
    shutil.copy(FIXTURES / GOOD, src / GOOD)
    good = FIXTURES / "dou_2025_05_09_s1_p112.pdf"
    badpdfs.zero_byte(src / "vazio.pdf")
    badpdfs.not_a_pdf(src / "pagina_html.pdf")
    badpdfs.truncated(good, src / "truncado.pdf")
    badpdfs.encrypted(good, src / "senha.pdf", user_password="segredo")
    badpdfs.encrypted(good, src / "cifrado_sem_senha.pdf", user_password="")
    badpdfs.no_pages(src / "sem_paginas.pdf")
    summary = run([src], out)
    return summary, out


def rows(out, table):
    return pd.read_parquet(out / table)


def test_summary_counts(batch):
    summary, _ = batch
    assert summary.n_files == 7
    assert summary.n_ok == 2  # the good file and the one encrypted with an empty user password
    assert summary.n_failed == 5


@pytest.mark.parametrize(
    "name,stage,error_type,words",
    [
        ("vazio.pdf", "open", "empty_file", "empty"),
        ("pagina_html.pdf", "open", "not_pdf", "not a PDF"),
        ("truncado.pdf", "open", "invalid_pdf", "damaged or truncated"),
        ("senha.pdf", "open", "encrypted", "password"),
        ("sem_paginas.pdf", "open", "no_pages", "no pages"),
    ],
)
def test_one_error_row_each(batch, name, stage, error_type, words):
    _, out = batch
    errs = rows(out, "errors")
    mine = errs[errs["path"].str.endswith("/" + name)]
    assert len(mine) == 1
    row = mine.iloc[0]
    assert (row["stage"], row["error_type"]) == (stage, error_type)
    assert words in row["message"]
    files = rows(out, "files")
    assert files.loc[files["path"].str.endswith("/" + name), "status"].tolist() == ["failed"]


def test_good_files_processed(batch):
    _, out = batch
    files = rows(out, "files").set_index(rows(out, "files")["path"].str.rsplit("/", n=1).str[-1])
    assert files.loc[GOOD, "status"] == "ok"
    assert files.loc["cifrado_sem_senha.pdf", "status"] == "ok"
    assert bool(files.loc["cifrado_sem_senha.pdf", "encrypted"]) is True
    docs = rows(out, "documents")
    assert docs["text"].str.contains("PLANO DE TRABALHO Nº 01/2026").any()
    assert docs["text"].str.contains("Art. 15. São cláusulas necessárias").any()  # the decrypted DOU page


def test_no_temporaries_left(batch):
    _, out = batch
    assert list(out.glob("*/.part-*")) == []
