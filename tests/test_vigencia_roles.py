from __future__ import annotations

import datetime as dt

import pytest

from pipeline.roles import role
from pipeline.vigencia import find

D = dt.date

VIGENCIA = [
    # (text, start, end, value, unit, anchor, resolved, prorrogacao)
    (
        "Este Termo de Convênio terá vigência de 32 (trinta e dois) meses, contados a partir da assinatura do "
        "instrumento, podendo ser prorrogada.",
        D(2025, 10, 31),
        D(2028, 6, 30),
        32,
        "meses",
        "assinatura",
        True,
        False,
    ),
    (
        "A vigência do contrato será de 01/01/2025 a 31/12/2025.",
        D(2025, 1, 1),
        D(2025, 12, 31),
        None,
        None,
        "data",
        True,
        False,
    ),
    (
        "O acordo vigorará por 5 (cinco) anos a partir da publicação.",
        D(2025, 5, 9),
        D(2030, 5, 9),
        5,
        "anos",
        "publicacao",
        True,
        False,
    ),
    (
        "Art. 1º - Prorrogar por 180 (cento e oitenta) dias o prazo assinado para a conclusão dos trabalhos",  # DO2 p. 94
        None,
        None,
        180,
        "dias",
        None,
        False,
        True,
    ),
    (
        "A vigência deste termo será de 12 meses, contados a partir de 01/02/2026.",
        D(2026, 2, 1),
        D(2027, 2, 1),
        12,
        "meses",
        "data",
        True,
        False,
    ),
    ("O contrato terá vigência até 31/12/2026.", None, D(2026, 12, 31), None, None, "data", False, False),
]


@pytest.mark.parametrize("text,start,end,value,unit,anchor,resolved,prorrog", VIGENCIA)
def test_vigencia(text, start, end, value, unit, anchor, resolved, prorrog):
    (v,) = find(text, signed=D(2025, 10, 31), published=D(2025, 5, 9))
    assert (v.start, v.end, v.duration_value, v.duration_unit, v.anchor, v.resolved, v.is_prorrogacao) == (
        start,
        end,
        value,
        unit,
        anchor,
        resolved,
        prorrog,
    )


def test_no_vigencia_in_unrelated_durations():
    assert find("O prazo para apresentação de recurso é de 5 (cinco) dias úteis.") == []


ROLES = [
    ("em R$ 622.166,66 (…), serão alocados", "R$ 622.166,66", "outro"),
    (
        "Os recursos financeiros para a execução do objeto deste Convênio, neste ato fixados e em R$ 622.166,66",
        "R$ 622.166,66",
        "valor_global",
    ),
    ("I - R$ 620.750,00 (…), relativos ao valor de repasse do CONCEDENTE", "R$ 620.750,00", "repasse"),
    ("II - R$ 1.416,66 (…), relativos à contrapartida do CONVENIENTE", "R$ 1.416,66", "contrapartida"),
    ("pela Nota de Empenho nº 2025NE000400, no valor de R$ 620.750,00", "R$ 620.750,00", "empenho"),
    ("um crédito adicional especial no valor de R$ 620.750,00", "R$ 620.750,00", "credito_adicional"),
    ("TOTAL.....R$ 620.750,00", "R$ 620.750,00", "total"),
    ("R$ 620.750,00 Fonte de Recursos: 1700", "R$ 620.750,00", "dotacao"),
    # DOU 2017-10-02 (ANP) and an ENEM edital
    ("Aplicar à empresa a penalidade de multa no valor de R$ 5.000,00 (cinco mil reais)", "R$ 5.000,00", "multa"),
    ("A taxa de inscrição será de R$ 82,00 (oitenta e dois reais)", "R$ 82,00", "taxa_inscricao"),
    # DOU 2017-10-02: the amount a percentage multa is taken on is not the multa
    (
        "I - Aplicar à sobredita empresa as seguintes penalidades: a) multa de 30% (trinta por cento) sobre o valor "
        "de R$ 9.980,00",
        "R$ 9.980,00",
        "outro",
    ),
    (
        "ANVISA CONHECER E NEGAR PROVIMENTO AO RECURSO, MANTENDO A PENALIDADE DE MULTA NO VALOR DE R$ 12.000,00",
        "R$ 12.000,00",
        "multa",
    ),
]


@pytest.mark.parametrize("text,amount,expected", ROLES)
def test_roles(text, amount, expected):
    s = text.index(amount)
    assert role(text, s, s + len(amount)) == expected
