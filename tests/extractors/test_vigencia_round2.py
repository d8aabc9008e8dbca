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
    v = find(text, signed=signed, published=None, instrument=True)[0]  # (each an instrument's or an extrato's)
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


# review24 finding 1: a duration with its start and end outside an instrument is no vigência (a servant's cessão,
# férias, licença, designação; a firm's suspension from bidding), in any act; in an act of no instrument, a period
# whose sentence names no instrument neither
NOT_INSTRUMENT_PERIODS = [
    "Ceder o servidor ao Município de Y, pelo período de 12 (doze) meses, a partir de 01/01/2020 até 31/12/2020.",
    "Fica suspensa a empresa X do direito de licitar por 24 meses, a partir de 01/03/2020 até 28/02/2022.",
    "Designar a servidora para responder pelo cargo durante 15 dias, de 01/02/2020 a 15/02/2020.",
    "Conceder 30 (trinta) dias de férias ao servidor, a partir de 06/01/2020 até 04/02/2020.",
    "Conceder 90 (noventa) dias de licença-prêmio, a partir de 01/02/2020 até 30/04/2020.",
]


@pytest.mark.parametrize("text", NOT_INSTRUMENT_PERIODS)
@pytest.mark.parametrize("instrument", [False, True])
def test_no_vigencia_of_a_servant_or_a_penalty(text, instrument):
    assert find(text, signed=None, published=None, instrument=instrument) == []


def test_a_dated_period_outside_an_instrument_act_needs_the_instrument_named():
    text = "OBJETO : Renovação por 12 meses, de 26/09/2023 a 25/09/2024."  # DOE-RJ 2023 UERJ, read in a portaria
    assert find(text, instrument=False) == []
    named = "OBJETO : Renovação do contrato por 12 meses, de 26/09/2023 a 25/09/2024."
    assert [(v.start, v.end) for v in find(named, instrument=False)] == [(D(2023, 9, 26), D(2024, 9, 25))]


# review24 finding 2: "com a/após a assinatura" starts the period only as "sua" (the instrument's own) assinatura, and
# the anchor nearest to the duration wins; (text, start) with signed 2020-01-10, published 2020-01-15
ANCHOR_CASES = [
    (
        "O prazo de vigência será de 12 (doze) meses a partir da publicação, ficando a CONTRATADA obrigada, com a "
        "assinatura, a entregar garantia.",
        D(2020, 1, 15),
    ),
    (
        "Vigência: 12 meses a contar da publicação do extrato no DOE, em conformidade com a assinatura eletrônica.",
        D(2020, 1, 15),
    ),
    (  # the anchor after another duration is that one's
        "A vigência do contrato é de 12 (doze) meses e o prazo de entrega é de 30 dias após a sua assinatura do "
        "contrato.",
        None,
    ),
    ("O prazo de vigência é de 12 (doze) meses. Com a assinatura, a contratada terá 10 dias para iniciar.", None),
    # positives kept: DOE-RJ 2023 SEPOL; after the duration, before another one
    ("O presente instrumento vigorará, após a sua assinatura, pelo prazo de 12 (doze) meses.", D(2020, 1, 10)),
    (
        "A vigência do contrato será de 12 (doze) meses a partir da assinatura, e o prazo de execução dos serviços será "
        "de 90 (noventa) dias.",
        D(2020, 1, 10),
    ),
]


@pytest.mark.parametrize("text,start", ANCHOR_CASES)
def test_the_anchor_of_a_duration(text, start):
    v = find(text, signed=D(2020, 1, 10), published=D(2020, 1, 15))[0]
    assert v.start == start
