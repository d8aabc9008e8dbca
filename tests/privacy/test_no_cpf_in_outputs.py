"""No CPF in any output: a run over PDFs crafted with CPFs in every place a PDF can print one (title,
ementa, body, a ruled table, a signature line, the running header, PDF metadata), in every form seidou's
hostile-input review (issue 31) found leaking, leaves none in any string column of any table; with
``unmask_cpf`` every one of them is there."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import seidou
from seidou.patterns import cpf

from .crafted import cells, dotted, grid, line, valid_cpf, write_pdf

# one test number per place and form (9 digits + their check digits), to tell which one leaked
CPFS = {
    k: valid_cpf(p)
    for k, p in dict(
        title="246813579",
        ementa="135792468",
        body="111444777",
        mf_slash="314159265",
        after_dot="271828182",
        split="161803398",
        letter_spaced="141421356",
        bare_after_label="173205080",
        full_width="223606797",
        en_dash="244948974",
        nbsp="264575131",
        listed="374165738",
        table="282842712",
        signature="300000000",
        stamp_name="193710838",
        stamp_cargo="289477384",
        header="316227766",
        producer="331662479",
        pdf_title="346410161",
        pdf_author="360555127",
    ).items()
}
NOT_WRITTEN = {"pdf_title", "pdf_author"}  # PDF metadata seidou does not write (a leak if it ever did)
# other numbers of the same pages, left as printed
KEPT = ["23000.012345/2020-15", "11.222.333/0001-81", "(61) 98765-4321", "21034.003544/2014-11"]


def _pages() -> list[str]:
    c = CPFS
    header = line(72, 810, f"PREFEITURA MUNICIPAL DE ARAPUCA - Gestor CPF {dotted(c['header'])}", size=8)
    sp = c["split"]
    nb = c["nbsp"]
    p1 = (
        header
        + line(72, 760, f"PORTARIA N\xba 12, DE 3 DE JANEIRO DE 2024 - CPF {dotted(c['title'])}", size=12)
        + line(
            72,
            730,
            f"Disp\xf5e sobre a nomea\xe7\xe3o de FULANO DE TAL, CPF n\xba {dotted(c['ementa'])}, para o cargo.",
        )
        + line(
            72,
            700,
            f"Art. 1\xba Fica nomeado BELTRANO, CPF {dotted(c['body'])}, e CICRANO, CPF/MF {dotted(c['mf_slash'], '/')}.",
        )
        + line(
            72,
            686,
            f"Art. 2\xba Fica designada MARIA, CPF.{dotted(c['after_dot'])}, para o encargo de JOANA (CPF {sp[:3]}.{sp[3:6]}.",
        )
        + line(72, 672, f"{sp[6:9]}-{sp[9:]}) no processo NUP 23000.012345/2020-15.")
        + line(72, 658, "Art. 3\xba Fica exonerado JOSE, C.P.F. " + " ".join(c["letter_spaced"]) + ", a pedido.")
        + line(
            72,
            644,
            f"Art. 4\xba Inscrito no CPF sob o n\xba {c['bare_after_label']}, CNPJ 11.222.333/0001-81, telefone (61) 98765-4321.",
        )
        + line(72, 630, "Art. 5\xba Fica removida ANA, CPF ")
        + line(250, 630, dotted(c["full_width"]), font="F3")  # its text layer reads full-width digits
        + line(
            72,
            616,
            f"Art. 6\xba Fica removido PEDRO, CPF {dotted(c['en_dash'], chr(0x96))}, e PAULO, CPF {nb[:3]}\xa0{nb[3:6]}\xa0{nb[6:9]}\xa0{nb[9:]}.",
        )
        + line(72, 602, f"Art. 7\xba Servidores: LUIZA, {c['listed']}; processo 21034.003544/2014-11.")
        + grid(72, 580, [150, 150], 3)
        + cells(72, 580, [150, 150], [["NOME", "CPF"], ["FULANO", dotted(c["table"])], ["BELTRANO", "***.456.789-**"]])
    )
    p2 = (
        header
        + line(72, 760, "Art. 8\xba Esta Portaria entra em vigor na data de sua publica\xe7\xe3o.")
        + line(72, 700, "JOAO DA SILVA")
        + line(72, 686, f"Prefeito Municipal - CPF n\xba {dotted(c['signature'])}")
        + line(
            72, 640, f"Documento assinado eletronicamente por JOAO DA SILVA {dotted(c['stamp_name'])}, Prefeito", size=8
        )
        + line(
            72,
            630,
            f"CPF {dotted(c['stamp_cargo'])}, em 03/01/2024, \xe0s 10:00, conforme hor\xe1rio oficial de Bras\xedlia.",
            size=8,
        )
    )
    p3 = header + line(72, 760, "Anexo: sem conte\xfado relevante neste ponto do documento.")
    return [p1, p2, p3]


INFO = {
    "Producer": f"Writer CPF {dotted(CPFS['producer'])}",
    "Title": f"Ato {dotted(CPFS['pdf_title'])}",
    "Author": f"FULANO {CPFS['pdf_author']}",
}
# digits of a number as printed: separators, spaces and line ends between them
RUN = re.compile(r"\d(?:[\s.\-/]{0,3}\d)*")


def strings(out) -> list[tuple[str, str, str]]:
    """(table, column, value) of every string of every table under ``out``."""
    found = []
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and any(p.glob("*.parquet"))):
        df = pd.read_parquet(folder)
        for col in df.columns:
            found += [(folder.name, col, v) for v in df[col] if isinstance(v, str)]
    return found


def digit_runs(value: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in RUN.finditer(cpf.fold(value))]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    write_pdf(src / "ato.pdf", _pages(), info=INFO)
    outs = {}
    for unmask in (False, True):
        out = tmp_path_factory.mktemp("out")
        summary = seidou.run(src, out, unmask_cpf=unmask, ner="targeted")
        assert summary is not None
        outs[unmask] = out
    return outs


def test_no_cpf_in_any_string_column(runs):
    out = runs[False]
    leaks, valid = [], []
    for table, col, value in strings(out):
        for run in digit_runs(value):
            leaks += [(table, col, k) for k, c in CPFS.items() if c in run]
            if len(run) == 11 and cpf.is_valid(run):
                valid.append((table, col, run))
    assert not leaks and not valid
    texts = pd.read_parquet(out / "documents")["text"].tolist()
    assert all(any(k in t for t in texts) for k in KEPT)  # CNPJ, NUPs, the telephone: as printed
    ids = pd.read_parquet(out / "identifiers")
    cpfs = ids[ids["kind"] == "cpf"]
    assert len(cpfs) >= len(CPFS) - len(NOT_WRITTEN) - 1  # (the producer is not an identifier)
    assert cpfs["value"].str.fullmatch(r"\*\*\*\.\d{3}\.\d{3}-\*\*").all()  # as SPEC says, full-width too
    assert set(ids.loc[ids["kind"] == "nup", "value"]) == {"23000.012345/2020-15", "21034.003544/2014-11"}
    stamps = pd.read_parquet(out / "signatures")  # the SEI stamp: its name and cargo printed a CPF each
    assert stamps["name"].str.contains(r"\*\*\*\.\d{3}\.\d{3}-\*\*").any()
    assert stamps["cargo"].str.contains(r"\*\*\*\.\d{3}\.\d{3}-\*\*").any()


def test_offsets_stay_true_after_masking(runs):
    docs = pd.read_parquet(runs[False] / "documents").set_index("doc_id")["text"]
    for table in ("identifiers", "amounts", "references", "signatures", "parties", "clauses", "entities", "vigencia"):
        folder = runs[False] / table
        if not any(folder.glob("*.parquet")):
            continue
        df = pd.read_parquet(folder)
        col = "text" if table == "entities" and "raw" not in df.columns else "raw"
        for r in df[df["char_start"].notna()].itertuples():
            assert docs[r.doc_id][int(r.char_start) : int(r.char_end)] == getattr(r, col), (table, r)


def test_unmasked_when_asked(runs):
    printed = {run for _t, _c, value in strings(runs[True]) for run in digit_runs(value)}
    missing = [k for k, c in CPFS.items() if k not in NOT_WRITTEN and not any(c in run for run in printed)]
    assert not missing
    ids = pd.read_parquet(runs[True] / "identifiers")
    full_width = ids[(ids["kind"] == "cpf") & (ids["value"] == CPFS["full_width"])]
    assert len(full_width) == 1 and bool(full_width["valid"].iloc[0])  # its value in ASCII digits
