from __future__ import annotations

import pytest

from seidou.patterns import budget, cep

POSITIVE = [
    # seed municipal: Lei 1.508/2026 (p. 1) and Convênio 978990/2025 (pp. 3-22)
    ("CONVÊNIO TRANSFERE GOV.BR Nº 978990/2025 CELEBRADO", [("convenio", "978990/2025")]),
    ("Convênio nº SPOA/SE/MAPA Nº 978990/2025, que passa", [("convenio", "978990/2025")]),
    (
        "CONVÊNIO SPOA/SE/MAPA Nº 978990/2025 - TRANSFEREGOV.BR Nº 047664/2025",
        [("convenio", "978990/2025"), ("transferegov", "047664/2025")],
    ),
    ("débito do Convênio nº 620064/2001", [("convenio", "620064/2001")]),  # DOU 2014-10-01 p. 121, TCU
    ("assegurado pela Nota de Empenho nº 2025NE000400, no valor", [("nota_empenho", "2025NE000400")]),
    ("UG nº 130141, assegurado", [("ug", "130141")]),
    ("PTRES nº 251544, à conta", [("ptres", "251544")]),
    ("Fonte 3129000000, Natureza de Despesa 444042/41", [("fonte", "3129000000"), ("natureza_despesa", "444042/41")]),
    ("Fonte de Recursos: 1700 - Outras Transferências", [("fonte", "1700")]),
    ("4.4.90.52.00 – Equipamentos e Material Permanente", [("natureza_despesa", "4.4.90.52.00")]),
    ("20.608.0012.1.026 - Aquisição de Máquinas", [("programa_trabalho", "20.608.0012.1.026")]),
]
NEGATIVE = [
    "Lei nº 14.133/2021",
    "Processo nº 21034.003544/2014",
    "no valor de R$ 620.750,00",
    "em 03/02/2026 às 09:23",
    "CIAEP: 01.0300.2014",  # DOU 2014-10-01 p. 6: a CONCEA registration number
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(text, expected):
    assert [(m.kind, m.value) for m in budget.find(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert budget.find(text) == []


CEPS = [
    ("Maceió/AL, CEP 57010-405", "57010-405"),  # SEI-AL letterhead
    ("Goianã, CEP: 18.120-000, Mairinque/SP", "18120-000"),  # DOU 2014-10-01 p. 6
    ("SE CEP 49.032-490", "49032-490"),  # same page
]


@pytest.mark.parametrize("text,value", CEPS)
def test_cep(text, value):
    assert [m.value for m in cep.find(text)] == [value]


@pytest.mark.parametrize("text", ["Fone 75 3272-2181", "matrícula nº 9.061.600-6", "48790-000 Fone"])
def test_cep_negative(text):
    assert cep.find(text) == []
