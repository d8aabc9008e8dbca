"""Vigência, issue 29 round 2 (seidou.extractors.vigencia@7): anchors before the duration, the last day of a month,
a duration printed with its start and end whatever words open the sentence. Rows from real documents (source per
row) with near misses; the old corpus (DOU 2014 section 1) gives the near miss of "passa a vigorar com"."""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import MONTH_END, find, month_end

D = dt.date

# (source, text, signed stamp, start, end, duration value, unit, prorrogação)
ROWS = [
    (  # the signing anchor between the keyword and the duration; the start from the date the extrato states
        "DOE-RJ 2023-06-20, SEPOL",
        "PRAZO: O presente instrumento vigorará, após a sua assinatura, pelo prazo de 12 (doze) meses, prorrogáveis, "
        "por novo (s) e igual (is) período(s), a critério dos Partícipes.\nDATA DA ASSINATURA: 15/06/2023\nFUNDAMENTO",
        None,
        D(2023, 6, 15),
        None,
        12,
        "meses",
        False,
    ),
    (  # the same anchor after the duration (a source of the rule before this round)
        "DOE-RJ 2023-06-20, SEAPPA",
        "PRAZO: 05 (cinco) anos, a partir da data da assinatura.\nDATA DA ASSINATURA: 12/06/2023.",
        None,
        D(2023, 6, 12),
        None,
        5,
        "anos",
        False,
    ),
    (  # "com a sua assinatura" starts it (the signing stamp), the last working day of a month ends it
        "Fundação Abrinq convênio 379/2021 (D4Sign)",
        "6.1 O presente Convênio vigorará por prazo determinado, considerando-se formado com a sua assinatura por "
        "todas as partes envolvidas e encerrando-se no último dia útil do mês de Janeiro/2024, podendo ser prorrogado "
        "a critério das partes, por meio de Termo Aditivo.",
        D(2021, 10, 8),
        D(2021, 10, 8),
        D(2024, 1, 31),
        None,
        None,
        False,
    ),
    (  # a duration with its start and end, no vigência keyword: a prorrogação ("acrescido em mais")
        "DOE-BA 2020-01-21, SEINFRA",
        "OBJETO: O valor do contrato fica reduzido em 0,01%, do valor original, passando de R$1.876.986,78 para "
        "R$1.876.946,77, e seu prazo fica acrescido em mais 45 dias a partir de 06/01/2020, com término em 20/02/2020. "
        "DATA DA ASSINATURA: 17/01/2020",
        None,
        D(2020, 1, 6),
        D(2020, 2, 20),
        45,
        "dias",
        True,
    ),
    (  # the same grammar, "de … a …" after the duration (second source)
        "DOE-RJ 2023-06-20, UERJ/HURHC",
        "OBJETO : Renovação por 12 meses, de 26/09/2023 a 25/09/2024. VALOR : R$ 534.539,04.",
        None,
        D(2023, 9, 26),
        D(2024, 9, 25),
        12,
        "meses",
        False,
    ),
]


@pytest.mark.parametrize("source,text,signed,start,end,value,unit,prorrog", ROWS, ids=[r[0] for r in ROWS])
def test_vigencia_round2(source, text, signed, start, end, value, unit, prorrog):
    v = find(text, signed=signed, published=None)[0]
    assert (v.start, v.end, v.duration_value, v.duration_unit, v.is_prorrogacao) == (start, end, value, unit, prorrog)


@pytest.mark.parametrize(
    "text",
    [
        # DOU 2014-10-01 section 1 (old corpus): "vigorar com" a wording, not a period
        "Art. 1º A Portaria no 38, de 1º de agosto de 2013, passa a vigorar com as seguintes alterações:",
        # an execution period with its dates is not the vigência (DODF "PRAZO DE ENTREGA: 120 (cento e vinte) dias", its
        # wording with dates)
        "O prazo de execução será de 45 dias a partir de 06/01/2020, com término em 20/02/2020.",
        # a duration and one date only: no period stated whole
        "Pagamento em 30 dias a partir de 06/01/2020.",
    ],
)
def test_near_misses_round2(text):
    assert find(text, signed=None, published=None) == []


@pytest.mark.parametrize(
    "text,day",
    [
        ("encerrando-se no último dia útil do mês de Janeiro/2024", D(2024, 1, 31)),  # Fundação Abrinq
        ("até o último dia útil do mês de março de 2024", D(2024, 3, 29)),  # (31 a Sunday, 30 a Saturday)
        ("até o último dia do mês de março de 2024", D(2024, 3, 31)),
        ("até o último dia do mês de fevereiro/2024", D(2024, 2, 29)),
    ],
)
def test_the_last_day_of_a_month(text, day):
    assert month_end(MONTH_END.search(text)) == day
