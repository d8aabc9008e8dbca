"""CPFs of people are masked in every output by default (LGPD); --unmask-cpf keeps them."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pypdfium2 as pdfium
from click.testing import CliRunner

from seidou.patterns import cpf as cpf_pattern
from seidou.cli import main

from .. import badpdfs

from ..conftest import FIXTURES  # noqa: E402

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


def _valid_cpfs_in(strings) -> set[str]:
    """Every 11-digit run on its own with valid CPF check digits, in any of ``strings``."""
    found = set()
    for s in strings:
        for m in re.finditer(r"(?<!\d)\d{11}(?!\d)", s):
            if cpf_pattern.is_valid(m.group()):
                found.add(m.group())
    return found


def test_bare_cpfs_in_a_list_are_masked(tmp_path):
    # DODF 2020-01-08 p. 1: ICMS exemptions listed as "PROCESSO/WEB; INTERESSADO; CPF: <processo>, <nome>,
    # <11 digits>; …", about a hundred people whose CPFs are printed bare, far from the one "CPF"
    pdf = FIXTURES / "dodf_005_2020_01_08_p1.pdf"
    printed = _valid_cpfs_in([pdfium.PdfDocument(str(pdf))[0].get_textpage().get_text_range()])
    assert len(printed) >= 30  # the oracle: the PDF's own text layer, read apart from the pipeline
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(pdf, src)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    tables = ("documents", "identifiers", "entities", "parties", "signatures", "clauses", "pages", "amounts", "tables")
    for table in tables:
        df = pd.read_parquet(out / table)
        strings = [v for col in df.columns for v in df[col] if isinstance(v, str)]
        assert strings or table in ("parties", "signatures", "amounts", "tables"), table
        assert not _valid_cpfs_in(strings) & printed, table
    ids = pd.read_parquet(out / "identifiers")
    listed = ids[(ids["kind"] == "cpf") & ids["extractor"].str.endswith("+list")]
    assert len(listed) >= len(printed) - 2 and listed["value"].str.startswith("***").all()


def test_text_command_masks_cpfs():
    # `seidou text` is an output too: the DODF list's CPFs are masked unless --unmask-cpf
    pdf = str(FIXTURES / "dodf_005_2020_01_08_p1.pdf")
    printed = _valid_cpfs_in([pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()])
    masked = CliRunner().invoke(main, ["text", pdf])
    assert masked.exit_code == 0 and "***" in masked.output
    assert not _valid_cpfs_in([masked.output]) & printed
    full = CliRunner().invoke(main, ["text", pdf, "--unmask-cpf"])
    assert len(_valid_cpfs_in([full.output]) & printed) >= len(printed) - 2
    assert len(full.output) == len(masked.output)  # masked in place


# A DETRAN-DF notice (DODF 2020-01-07) lists drivers by name, process and licence number; name and number
# are made up here, the layout is the DODF's
CNH = "12345678901"
DETRAN = f"Interessados: FULANO DE TAL SOUSA, Processo: 0113-015049/2014, Registro; {CNH}, Infringência ao art. 165."


def test_driver_licence_numbers_are_masked(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    badpdfs.text_pdf(src / "detran.pdf", f"BT /F2 9 Tf 40 760 Td ({DETRAN}) Tj ET\n")
    for flags, shown in (((), False), (("--unmask-cpf",), True)):
        out = tmp_path / f"out{len(flags)}"
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), *flags])
        assert result.exit_code == 0, result.output
        for table in ("documents", "identifiers", "entities", "pages", "parties", "signatures"):
            df = pd.read_parquet(out / table)
            has = bool(df.astype(str).apply(lambda col: col.str.contains(CNH, regex=False)).any().any())
            assert has == (shown and table in ("documents", "identifiers")), table
        ids = pd.read_parquet(out / "identifiers")
        cnh = ids[ids["kind"] == "cnh"].iloc[0]
        assert cnh["value"] == (CNH if shown else "***456789**") and cnh["raw"] == cnh["value"]
        text = pd.read_parquet(out / "documents")["text"].iloc[0]
        assert text[cnh["char_start"] : cnh["char_end"]] == cnh["raw"]  # offsets true after masking
