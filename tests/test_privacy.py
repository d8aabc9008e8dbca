"""CPFs of people are masked in every output by default (LGPD); --unmask-cpf keeps them."""

from __future__ import annotations

import shutil

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import main

from . import badpdfs

CPF = "055.781.735-86"  # printed under a signature in Tucano-BA gazette 1.507, p. 8 (public act)


def make_pdf(tmp_path):
    content = (
        "BT /F2 10 Tf 72 760 Td (RICARDO MAIA CHAVES DE SOUZA FILHO) Tj ET\n"
        f"BT /F2 10 Tf 72 746 Td (Prefeito - CPF n\\272 {CPF}) Tj ET\n"
        "BT /F2 10 Tf 72 700 Td (CNPJ n\\272 13.810.312/0001-02) Tj ET\n"
    )
    src = tmp_path / "in"
    src.mkdir()
    badpdfs.text_pdf(src / "ato.pdf", content)
    return src


def run(tmp_path, *flags):
    src = make_pdf(tmp_path)
    out = tmp_path / "out"
    if out.exists():
        shutil.rmtree(out)
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), *flags])
    assert result.exit_code == 0, result.output
    return out


def test_masked_by_default(tmp_path):
    out = run(tmp_path)
    text = pd.read_parquet(out / "documents")["text"].iloc[0]
    assert CPF not in text and "***.781.735-**" in text
    ids = pd.read_parquet(out / "identifiers")
    cpf = ids[ids["kind"] == "cpf"].iloc[0]
    assert (cpf["value"], cpf["raw"], bool(cpf["valid"])) == ("***.781.735-**", "***.781.735-**", True)
    assert text[cpf["char_start"] : cpf["char_end"]] == cpf["raw"]  # offsets still true after masking
    for table in ("identifiers", "amounts", "references", "pages", "documents", "files", "errors"):
        df = pd.read_parquet(out / table)
        assert not df.astype(str).apply(lambda col: col.str.contains(CPF, regex=False)).any().any(), table


def test_unmask_flag(tmp_path):
    out = run(tmp_path, "--unmask-cpf")
    text = pd.read_parquet(out / "documents")["text"].iloc[0]
    assert CPF in text
    ids = pd.read_parquet(out / "identifiers")
    assert ids.loc[ids["kind"] == "cpf", "value"].tolist() == ["05578173586"]
