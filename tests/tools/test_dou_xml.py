"""DOU acts: the PDF path against the INLABS XML of the same two real pages (issue 4 targets:
titles and boundaries ≥ 95% of the acts that start on the page, signers ≥ 90%, and the XML path
gives the same titles as the PDF path)."""

from __future__ import annotations

import pytest

from seidou.tools.compare import compare, format_table
from seidou.io.inlabs import read_act
from seidou.runner.process import process_file

from ..conftest import FIXTURES

PAIRS = [
    ("dou_s2_2023_05_02_p94.pdf", "do2_2023-05-02_p94"),
    ("dou_s2_2023_03_28_p56.pdf", "do2_2023-03-28_p56"),
]


@pytest.fixture(scope="module")
def results():
    out = [compare(FIXTURES / pdf, FIXTURES / "inlabs" / xml) for pdf, xml in PAIRS]
    print("\n" + format_table(out))
    return out


def test_titles_and_boundaries(results):
    acts = sum(r.acts for r in results)
    assert sum(r.titles_found for r in results) / acts >= 0.95


def test_signers(results):
    # every act's signatories as the XML names them (the PAdES row of the file's own certificate aside)
    expected = sum(r.signers_expected for r in results)
    assert expected >= 20 and sum(r.signers_found for r in results) == expected


def test_orgaos(results):
    # 20 of 23: the three left print no heading the XML names (a page opening inside an act, a
    # "Presidência" the page never prints); 16 of 23 before the carry-over fix
    acts = sum(r.acts for r in results)
    assert sum(r.orgaos_found for r in results) / acts >= 0.85


def test_orgao_carry_over():
    from seidou.documents.classify import _orgao, inherit_orgao

    cgu = "Controladoria-Geral da União / SECRETARIA EXECUTIVA"
    assert inherit_orgao(cgu, "GABINETE DO MINISTRO") == "Controladoria-Geral da União / GABINETE DO MINISTRO"
    # DOU 2023-03-28 p. 56 opens inside the Banco Central: its first area lends no top level to the next
    area = "ÁREA DE FISCALIZAÇÃO / DEPARTAMENTO DE GESTÃO ESTRATÉGICA"
    assert inherit_orgao(area, "ÁREA DE RELACIONAMENTO / DEPARTAMENTO X") == "ÁREA DE RELACIONAMENTO / DEPARTAMENTO X"
    assert inherit_orgao(area, None) == area
    assert (
        _orgao(["MINISTÉRIO PÚBLICO FEDERAL", "SECRETARIA - GERAL"]) == "MINISTÉRIO PÚBLICO FEDERAL / SECRETARIA-GERAL"
    )
    # DOU 2017-10-02: a professional council answers to no court or ministry printed above it
    tj = "TRIBUNAL DE JUSTIÇA DO DISTRITO FEDERAL E DOS TERRITÓRIOS"
    assert inherit_orgao(tj, "CONSELHO FEDERAL DE ENFERMAGEM") == "CONSELHO FEDERAL DE ENFERMAGEM"


def test_an_address_is_no_heading():
    from seidou.documents.segment import is_heading

    # DOU 2017-10-02 Seção 1: an e-MEC list row, not the órgão of the acts below it
    assert not is_heading("UNIVERSIDADE SALGADO DE OLIVEIRA ASSOCIACAO SALGADO DE OLIVEIRA RUA LAMBARI, 10, TÉRREO")
    assert is_heading("SUPERINTENDÊNCIA REGIONAL DA 5ª REGIÃO") and is_heading("UNIVERSIDADE FEDERAL DE SERGIPE")


def test_xml_path_gives_the_pdf_titles(results):
    assert all(r.xml_pdf_rate >= 0.95 for r in results)


def test_inlabs_document_row():
    xml = FIXTURES / "inlabs" / "do2_2023-05-02_p94" / "529_20230502_20554843.xml"
    rows = process_file(str(xml), "r").rows
    (doc,) = rows["documents"]
    assert doc["title"] == "PORTARIA Nº 1.669, DE 19 DE ABRIL DE 2023"
    assert (doc["doc_type"], doc["number"], str(doc["date"])) == ("portaria", "1.669/2023", "2023-04-19")
    assert (doc["dou_section"], doc["dou_page"], doc["dou_code"]) == ("2", 94, "05292023050200094")
    assert doc["orgao"] == "Controladoria-Geral da União / Secretaria de Integridade Privada"
    assert [s["name"] for s in rows["signatures"]] == ["MARCELO PONTES VIANNA"]
    assert {r["norm_id"] for r in rows["references"]} >= {"decreto:11330/2023", "lei:12846/2013"}
    assert [c["number"] for c in rows["clauses"] if c["level"] == "artigo"] == [1, 2]
    act = read_act(xml)
    assert act.signers() == [("MARCELO PONTES VIANNA", None)]


def test_bad_xml_is_an_error_row(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<xml><article><body>", encoding="utf-8")
    result = process_file(str(bad), "r")
    assert result.status == "failed"
    err = result.rows["errors"][0]
    assert (err["stage"], err["error_type"]) == ("open", "invalid_xml") and "INLABS XML" in err["message"]
