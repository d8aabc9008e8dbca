"""Firm names by their legal form (patterns/firms.py): rule entities of the NER merge policy."""

from __future__ import annotations

import pytest

from seidou.patterns import firms

from .test_invariants import HOSTILE, slow_scan

POSITIVE = [
    # DODF 2018-02-09, SES-DF convocation: a list of firms after a process number, dashes between them
    (
        "Processo SEI nº 0060.000.2558/2017-31- AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP - COSTA "
        "CAMARGO COM. DE PRODUTOS HOSPITALARES LTDA- GEOLAB INDUSTRIA FARMACEUTICA S/A- UNIAO QUIMICA "
        "FARMACEUTICA NACIONAL S A.",
        [
            "AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP",
            "COSTA CAMARGO COM. DE PRODUTOS HOSPITALARES LTDA",
            "GEOLAB INDUSTRIA FARMACEUTICA S/A",
            "UNIAO QUIMICA FARMACEUTICA NACIONAL S A",
        ],
    ),
    # DODF 2018-02-09: atas de registro de preços ("a empresa X, CNPJ"), a penalty ("à Empresa X-ME")
    ("e a empresa D.H.F FRANQUI EIRELI ME, CNPJ nº 26.315.298/0001-12", ["D.H.F FRANQUI EIRELI ME"]),
    ("e a empresa J.R. DE ALMEIDA AREDES ME, CNPJ nº 24.341.520/0001-26", ["J.R. DE ALMEIDA AREDES ME"]),
    ("multa à Empresa A.L.F.S MONTEIRO-ME, inscrita no CNPJ", ["A.L.F.S MONTEIRO-ME"]),
    (
        "e a empresa TRADEHOSP COMÉRCIO DE PRODUTOS PARA A SAÚDE EIRELI -EPP, CNPJ",
        ["TRADEHOSP COMÉRCIO DE PRODUTOS PARA A SAÚDE EIRELI -EPP"],
    ),
    ("NOVACAP e a firma CONSTRUTORA ENGEMEGA LTDA. DO OBJETO", ["CONSTRUTORA ENGEMEGA LTDA."]),
    ("O BRB - BANCO DE BRASÍLIA S.A. torna pública", ["BRB - BANCO DE BRASÍLIA S.A."]),
    # AMA-AL 2016-02-15 extratos: "E A EMPRESA X – EPP - CNPJ"
    (
        "E A EMPRESA LUMINUS COMERCIAL ELÉTRICA LTDA – EPP - CNPJ Nº 07.885.913/0001-81.",
        ["LUMINUS COMERCIAL ELÉTRICA LTDA – EPP"],
    ),
    ("E A EMPRESA CEZÁRIOS MÓVEIS & COMÉRCIO LTDA-EPP - CNPJ", ["CEZÁRIOS MÓVEIS & COMÉRCIO LTDA-EPP"]),
    # DOM Belo Horizonte 2024-11-29: Title Case after a contract's number; a label in capitals
    ("PDB.101.2024.3.3, It One Tecnologia da Informação S/A, onde se lê", ["It One Tecnologia da Informação S/A"]),
    ("Empresa: SOMA/MG PRODUTOS HOSPITALARES LTDA CNPJ: 12.927.876/0001-67", ["SOMA/MG PRODUTOS HOSPITALARES LTDA"]),
    # the name opens at its head word, not at the phrase before it (TCE-AC acórdão 11.046/2018)
    (
        "OBJETO: Prestação de Contas da Empresa de Processamento de Dados S/A - ACREDATA",
        ["Empresa de Processamento de Dados S/A"],
    ),
]
NEGATIVE = [
    "o Ministério da Economia - ME, e",  # ME alone after a body: an acronym
    "CONSULTE-ME AMANHÃ",  # not a form after a word
    "HORÁRIOS E DIAS A DEFINIR",  # "S A" is no form inside a word
    "EQUIPAMENTOS\nA CONTRATADA",  # nor across a line
    "a sociedade ltda",  # a lower-case name
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(text, expected):
    found = firms.find(text)
    assert [m.raw for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.raw and m.kind == "firm" and m.extractor == firms.NAME


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert firms.find(text) == []


@pytest.mark.parametrize("case", sorted(HOSTILE) + ["forms"])
def test_hostile_inputs_finish_fast(case):
    text = HOSTILE[case] if case in HOSTILE else "ABC DE FGH LTDA - EPP, " * 40_000  # 1 MB of firms
    slow = slow_scan(firms.find, text)
    assert slow is None, f"{case}: {slow}"
