from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.roles import extrato_role, role
from seidou.extractors.vigencia import find, signing_date

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
        "O acordo vigorará por 5 (cinco) anos a partir da publicação.",  # the end is not printed (vigencia@5)
        D(2025, 5, 9),
        None,
        5,
        "anos",
        "publicacao",
        False,
        False,
    ),
    (
        "A vigência deste termo será de 12 meses, contados a partir de 01/02/2026.",
        D(2026, 2, 1),
        None,
        12,
        "meses",
        "data",
        False,
        False,
    ),
    ("O contrato terá vigência até 31/12/2026.", None, D(2026, 12, 31), None, None, "data", False, False),
    (  # DODF 2020-01-08, an extrato de ata: "desta publicação" is the gazette's own date (vigencia@3)
        "DATA DA ASSINATURA 24/12/2019. VIGÊNCIA: 12 (doze) meses a contar desta publicação. Signatários: pela "
        "secretaria de estado de saúde OSNEI OKUMOTO",
        D(2025, 5, 9),
        None,
        12,
        "meses",
        "publicacao",
        False,
        False,
    ),
]


def fields(v):
    return (v.start, v.end, v.duration_value, v.duration_unit, v.anchor, v.resolved, v.is_prorrogacao)


@pytest.mark.parametrize("text,start,end,value,unit,anchor,resolved,prorrog", VIGENCIA)
def test_vigencia(text, start, end, value, unit, anchor, resolved, prorrog):
    (v,) = find(text, signed=D(2025, 10, 31), published=D(2025, 5, 9))
    assert fields(v) == (start, end, value, unit, anchor, resolved, prorrog)


# A prorrogação of a commission's work is no instrument's vigência (vigencia@9; it was read as a 180-day prorrogação)
def test_commission_prorrogacao_is_no_vigencia():
    text = "Art. 1º - Prorrogar por 180 (cento e oitenta) dias o prazo assinado para a conclusão dos trabalhos"  # DO2 p. 94
    assert find(text, signed=D(2025, 10, 31), published=D(2025, 5, 9)) == []


# Real extratos, read with no SEI stamp and no DOU date: what the text itself states (vigencia@2); an end only as
# printed, not computed from a start the text prints (vigencia@5, the real2 gold's convention: "12 meses contados
# de sua assinatura (em 08/02/2018)" → start 2018-02-08, end null)
VIGENCIA_STATED = [
    # (text, start, end, value, unit, anchor, resolved, prorrogacao)
    (  # DOU s3 2010-06-21: a range with no "de" before it, signing date after
        "Fundamento Legal: Art. 57 e seguintes da Lei 8.666/93 Vigência: 08/06/2010 a 08/07/2010. Valor Total: "
        "R$33.707,40. Fonte: 112000000 - 2010NE900010. Data de Assinatura: 08/06/2010.",
        D(2010, 6, 8),
        D(2010, 7, 8),
        None,
        None,
        "data",
        True,
        False,
    ),
    (  # DOU s3 2019-03-25: "até" between the dates
        "Fundamento legal: Lei 8.666/93. Vigência: 16/03/2019 até 16/03/2020. Data de assinatura: 15/03/2019.",
        D(2019, 3, 16),
        D(2020, 3, 16),
        None,
        None,
        "data",
        True,
        False,
    ),
    (  # Câmara de Tucano (BA) 2020-01-08: the start before the duration
        "Lei nº. 8.666/93. Vigência: 02/01/2020, com prazo de 12 (doze) meses. Recurso Orçamentário: 2001",
        D(2020, 1, 2),
        None,
        12,
        "meses",
        "data",
        False,
        False,
    ),
    (
        "Estado da Bahia. Vigência: a partir de 03/01/2020, com prazo de 12 (doze) meses. Recurso Orçamentário",
        D(2020, 1, 3),
        None,
        12,
        "meses",
        "data",
        False,
        False,
    ),
    (  # DODF 2020-01-08: start and end written out after the duration; the end is kept as stated
        "DO PRAZO DE VIGÊNCIA: O prazo de vigência do presente CONTRATO será de 12 (doze) meses a contar do dia "
        "06 de janeiro de 2020 a 05 de janeiro de 2021; e encerrar-se-á automaticamente",
        D(2020, 1, 6),
        D(2021, 1, 5),
        12,
        "meses",
        "data",
        True,
        False,
    ),
    (  # DODF 2020-01-07: from the signing date the extrato states after it
        "VIGÊNCIA: 30 (trinta) anos contados a partir da data de assinatura do contrato. DATA DE ASSINATURA: "
        "20/12/2019. P/CONCEDENTE: Dilson Resende de Almeida.",
        D(2019, 12, 20),
        None,
        30,
        "anos",
        "assinatura",
        False,
        False,
    ),
    (  # DOU s3 2017-04-10: the signing date stated before; the next extrato's is not this one's
        "Data de Assinatura: 5/4/2017. Responsáveis: Maria Inês Fini - Presidente do INEP. Vigência: 60 meses a "
        "contar da data da assinatura.\nEspécie: Convênio Interinstitucional nº 03/2017. Data de Assinatura: 6/4/2017.",
        D(2017, 4, 5),
        None,
        60,
        "meses",
        "assinatura",
        False,
        False,
    ),
    (  # DODF 2020-01-07: a prorrogação whose end is stated ("ou seja, até"), its start is not
        "OBJETO: Prorrogação do prazo de vigência do contrato por mais 60 (sessenta) dias, ou seja, até o dia 29 de "
        "fevereiro de 2020, nos termos da Manifestação 1530",
        None,
        D(2020, 2, 29),
        60,
        "dias",
        None,
        False,
        True,
    ),
    (  # DODF 2020-01-07: a prorrogação with its period after the duration
        "Objeto: Prorrogação da vigência do contrato, pelo período de 12 (doze) meses, o qual passa a vigorar a "
        "partir de 26 de janeiro de 2020 a 25 de janeiro de 2021.",
        D(2020, 1, 26),
        D(2021, 1, 25),
        12,
        "meses",
        "data",
        True,
        True,
    ),
    (  # DODF 2020-01-08: the day without "de" before the month (patterns.dates@2)
        "DO PRAZO DE VIGÊNCIA: 60 (sessenta) meses, contados a partir de 04 janeiro de 2020. DA ASSINATURA: 27/12/2019.",
        D(2020, 1, 4),
        None,
        60,
        "meses",
        "data",
        False,
        False,
    ),
    (  # DODF 2020-01-08, Comando da Aeronáutica: the end in the military form; the start is the old end
        "OBJETO: Prorrogar o prazo de vigência do Contrato por mais 06 (Seis) meses, encerrando-se em 30JUN2020; "
        "EMBASAMENTO LEGAL: artigo 57",
        None,
        D(2020, 6, 30),
        6,
        "meses",
        None,
        False,
        True,
    ),
    (  # DODF 2020-01-07 (NOVACAP): a prorrogação that moves the end from one date to another (the new end; the
        # old end is not the period's printed start: real2 gold, DODF 2018-02-09)
        "Prorroga-se o prazo de vigência por mais 120 (cento e vinte) dias corridos, passando o término de 17/02/2020 "
        "para 16/06/2020. DATA DA ASSINATURA: 06/01/2020.",
        None,
        D(2020, 6, 16),
        120,
        "dias",
        "data",
        False,
        True,
    ),
    (  # DODF 2018-02-09 (NOVACAP): of two moved ends, the vigência's, not the execução's
        "Prorrogam-se os prazos de execução e vigência por mais 280 (duzentos e oitenta) dias corridos, passando o "
        "término da execução de 14/12/2017 para 20/09/2018 e o término da vigência de 18/02/2018 para 25/11/2018.",
        None,
        D(2018, 11, 25),
        280,
        "dias",
        "data",
        False,
        True,
    ),
    (  # DODF 2018-02-09: "passando o seu término de … para …"
        "Prorroga-se o prazo de vigência por mais 90 (noventa) dias corridos, passando o seu término de 14/03/2018 "
        "para 12/06/2018.",
        None,
        D(2018, 6, 12),
        90,
        "dias",
        "data",
        False,
        True,
    ),
    (  # DOM-BH 2024-12-05: start and end after the duration, the end on the next line
        "Vigência: fica prorrogada a vigência da parceria por mais 60 (sessenta) meses a partir de 01/01/2026 com "
        "término em\n31/12/2030, possibilitada a sua prorrogação nos termos da legislação vigente.",
        D(2026, 1, 1),
        D(2030, 12, 31),
        60,
        "meses",
        "data",
        True,
        True,
    ),
    (  # DODF 2018-02-09: a signing anchor and no duration; the extrato's signing date starts it
        "Prazo de Vigência: a contar da sua assinatura. Despesa de Publicação: SES. Processo: 060.002.659/2015. Data "
        "de Assinatura: 30/01/2018. Pela SES/DF: HUMBERTO LUCENA PEREIRA DA FONSECA.",
        D(2018, 1, 30),
        None,
        None,
        None,
        "assinatura",
        False,
        False,
    ),
    (  # DOM-AL (AMA) 2016-02-15: from the signing date to the end of the fiscal year, the date with no "de" before the year
        "DA VIGÊNCIA: A VIGÊNCIA DO PRESENTE CONTRATO\nTERÁ INICIO NA DATA DE SUA ASSINATURA E VIGORARÁ ATÉ O FINAL DO "
        "EXERCÍCIO CORRENTE.\nDOS SIGNATÁRIOS: CELIA MARIA BARBOSA ROCHA.\nA DATA DE ASSINATURA: 15 DE JANEIRO 2016.",
        D(2016, 1, 15),
        D(2016, 12, 31),
        None,
        None,
        "assinatura",
        True,
        False,
    ),
    (  # DODF 2018-02-09, an ata de registro de preços: "prazo validade", no start printed
        "O prazo validade de 12 (doze) meses. Órgão Gerenciador: Polícia Civil do Distrito Federal.",
        None,
        None,
        12,
        "meses",
        None,
        False,
        False,
    ),
    (  # DODF 2020-01-07: the new end stated after the duration
        "DO OBJETO: fica prorrogada a vigência do Contrato por mais 12 (doze) Meses, com finalização em 19/12/2020, "
        "balizado na solicitação",
        None,
        D(2020, 12, 19),
        12,
        "meses",
        None,
        False,
        True,
    ),
    # a duration printed alone in an extrato is not dated: the text does not say from when it counts (vigencia@5;
    # the real2 gold: DODF 2018-02-09 CAESB "PRAZO DE VIGÊNCIA: 240 (duzentos e quarenta) dias corridos" → null)
    (  # DOU 2019 Seção 3, IFSULDEMINAS atas: a signing date before, the next act after
        "Fund. Legal: Lei nº 8.666/93, Dec. nº 5.450/05 e nº 7.892/13. Ass: 18/03/2019. Vigência: 12 meses.\n"
        "Nº 13/2019 - Processo nº 23343.002215/2018-17. Ass: 20/03/2019.",
        None,
        None,
        12,
        "meses",
        None,
        False,
        False,
    ),
    (  # Pratânia-SP diário oficial: a signing date after
        "VALOR: R$ 15.577,22\nPRAZO DE VIGÊNCIA: 90 (noventa) dias\nDATA DA ASSINATURA: 09/10/2020",
        None,
        None,
        90,
        "dias",
        None,
        False,
        False,
    ),
    (  # ... not when more follows the duration (DODF 2020-01-07, NOVACAP)
        "ENTREGA/VIGÊNCIA: 180(cento e oitenta) dias consecutivos e 240 (duzentos e quarenta) dias consecutivos, "
        "respectivamente. DATA DA ASSINATURA: 09/10/2020",
        None,
        None,
        180,
        "dias",
        None,
        False,
        False,
    ),
    (  # ... nor with no stated signing date (a municipal extrato's "Data:")
        "VIGÊNCIA: 13 (Treze) meses. RECURSO: R$ 156.778,38. Data: 30 de Outubro de 2019.",
        None,
        None,
        13,
        "meses",
        None,
        False,
        False,
    ),
    (  # DOU 2017 (antidumping): a range written out, "do dia … até …"
        "foi destacada a Indian Foreign Trade Policy 2015-2020 (FTP 2015) com vigência do dia 1º de abril de 2015 até "
        "31 de março de 2020, abrangendo",
        D(2015, 4, 1),
        D(2020, 3, 31),
        None,
        None,
        "data",
        True,
        False,
    ),
]


@pytest.mark.parametrize("text,start,end,value,unit,anchor,resolved,prorrog", VIGENCIA_STATED)
def test_vigencia_stated(text, start, end, value, unit, anchor, resolved, prorrog):
    (v,) = find(text)
    assert fields(v) == (start, end, value, unit, anchor, resolved, prorrog)
    assert text[v.start_offset : v.end_offset].strip()


def test_stamp_wins_over_stated_signing_date():
    text = "Vigência: 12 meses a contar da data de assinatura. Data de assinatura: 01/02/2020."
    assert find(text)[0].start == D(2020, 2, 1)
    assert find(text, signed=D(2020, 2, 3))[0].start == D(2020, 2, 3)


def test_no_vigencia_in_amendments():
    # DOU: "passa a vigorar com a seguinte redação" is no validity period
    assert find("O art. 2º da Portaria nº 7, de 19 de fevereiro de 2009, passa a vigorar com a seguinte redação:") == []


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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Fund. Legal: Lei nº 8.666/93. Ass: 18/03/2019. Vigência: 12 meses.", D(2019, 3, 18)),
        ("VIGÊNCIA: a partir da data de assinatura. DATA DE ASSINATURA: 03/12/2019. P/CONCEDENTE: …", D(2019, 12, 3)),
        # the same date twice is one date; two dates are two extratos on one page: which is whose is not known
        ("Data de assinatura: 14/05/2015. … Assinatura: 14/05/2015.", D(2015, 5, 14)),
        ("Nº 13/2019 … Ass: 18/03/2019.\nNº 15/2019 … Ass: 11/03/2019.", None),
        ("EXTRATO DE PARECER Nº 225/2014. Processo nº 01200.003283/2014-61", None),
    ],
)
def test_the_signing_date_an_extrato_states(text, expected):
    assert signing_date(text) == expected


@pytest.mark.parametrize(
    "text,amount,expected",
    [
        # DODF 2020-01-07/08 extratos: the value field
        (
            "Vigência: 5/12/2019 à 4/12/2020. Valor: R$ 5.000.000,00 (cinco milhões de reais). Gestor:",
            "R$ 5.000.000,00",
            "valor_global",
        ),
        (
            "não haverá desembolso em 2019. VALOR DO CONTRATO: R$ 35.849,00 (trinta e cinco mil",
            "R$ 35.849,00",
            "valor_global",
        ),
        (
            "CONTRATADA: PJ DA SILVA CONTABILIDADE-ME\nVALOR: R$ 77.040,00 (setenta e sete mil",
            "R$ 77.040,00",
            "valor_global",
        ),
        # DODF 2020 extratos: other value fields ("VALOR TOTAL:" is no table's sum there)
        (
            "de equipamentos, instrumentos e munições não letais para a PCDF. VALOR TOTAL: R$ 739.813,95 (setecentos",
            "R$ 739.813,95",
            "valor_global",
        ),
        (
            "da Lei Federal n. 8.666/1993; VALOR ENVOLVIDO NA EXECUÇÃO: R$ 38.569,69 (Trinta e oito mil",
            "R$ 38.569,69",
            "valor_global",
        ),
        (
            "Fundamento Legal: Lei 8666/93. Valor da Concessão-R$16.024,20 (Dezesseis mil, vinte e quatro",
            "R$16.024,20",
            "valor_global",
        ),
        (
            "no Centro de Atendimento para enfrentamento à COVID 19. Valor do aditivo: R$ 32.900,00 (trinta",
            "R$ 32.900,00",
            "valor_global",
        ),
        # not a unit price, not a value far from its label, not what an annual value passes from
        ("O valor anual passará de R$ 795.599,04 (setecentos", "R$ 795.599,04", "outro"),
        ("Item 1. Valor unitário: R$ 10,00.", "R$ 10,00", "outro"),
        ("Valor: conforme a proposta da empresa vencedora do certame, R$ 10,00", "R$ 10,00", "outro"),
    ],
)
def test_an_extratos_value_field(text, amount, expected):
    s = text.index(amount)
    assert extrato_role(text, s, role(text, s, s + len(amount))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # DOU Seção 3 2018-03-21 and 2019-03-25, editais ENEM: a selection's validity is no instrument's vigência
        "O prazo de validade da seleção é de 01 (um) ano, a contar da data de publicação do resultado final.",
        "1.1 O prazo de validade da seleção será de um ano, prorrogável por igual período.",
        # a signing anchor with no signing date anywhere: nothing to date (DOU s3 2017-04-10)
        "Vigência: a contar da data de sua assinatura.",
    ],
)
def test_no_vigencia_near_misses(text):
    assert find(text, published=D(2018, 3, 21)) == []


def test_a_stated_range_comes_first():
    # DOM-BH 7143, primeiro termo aditivo da ata 018/2023 (PRODABEL): the prorrogação's duration, then the clause's
    # range; DODF 2018-02-09 (NOVACAP): a moved end alone stays after, in reading order
    from seidou.extractors.vigencia import ordered

    text = (
        "1.1.1 A prorrogação da vigência da Ata de Registro de Preços nº 018/2023 por mais 12 (doze) meses, nos "
        "termos do Decreto 18.242.\nCLÁUSULA TERCEIRA - DA VIGÊNCIA\n3.1 O presente termo aditivo terá a vigência de "
        "1º de dezembro de 2024 a 30 de novembro de 2025."
    )
    assert [(v.start, v.end) for v in ordered(find(text))] == [(D(2024, 12, 1), D(2025, 11, 30)), (None, None)]
