"""Vigência per record (issue 29, item 5; pipeline.vigencia@6): the forms extratos and aditivos of gazettes the
rules were not written on print. Every rule has rows from two publishers (named per row) and near misses.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import find

D = dt.date

# (source, text, start, end, duration value, unit)
RECORDS = [
    # an extrato's "PRAZO:" field, its start from the signing date the extrato states
    (
        "DOE-RJ 2023-06-20, INEA",
        "PRAZO: 48 (quarenta e oito) meses a contar da data de sua assinatura. FUNDAMENTO: Processo n° "
        "SEI-070002/009567/2023. DATA DA ASSINATURA: 17/06/2023.",
        D(2023, 6, 17),
        None,
        48,
        "meses",
    ),
    (
        "DOE-RJ 2023-06-20, SEAPPA",
        "PRAZO: 05 (cinco) anos, a partir da data da assinatura.\nDATA DA ASSINATURA: 12/06/2023.",
        D(2023, 6, 12),
        None,
        5,
        "anos",
    ),
    (
        "DOE-BA 2020-01-21, SAEB",
        "OBJETO: Prestação de serviços de impressão corporativa. PRAZO: 12 (doze) meses. VALOR MENSAL: R$ 1.008,30",
        None,
        None,
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, CAR",
        "Valor: R$ 413.004,90.\nPrazo: 365 dias. Assinado. 20/01/2020.",
        None,
        None,
        365,
        "dias",
    ),
    # a prorrogação whose duration stands before "o prazo de vigência"
    (
        "DOE-BA 2020-01-21, CONDER",
        "OBJETO: Prorroga por mais 04 (quatro) meses o prazo de vigência do Convênio. DATA",
        None,
        None,
        4,
        "meses",
    ),
    (
        "DOU Seção 1 (portarias)",
        "Art. 1º Prorrogar por 180 (cento e oitenta) dias o prazo de vigência",
        None,
        None,
        180,
        "dias",
    ),
    # the start after the duration: "com início em", "tendo como termo inicial"; the end: "e término em",
    # "terminando, portanto, em", "e termo final"
    (
        "DOE-BA 2020-01-21, CONDER contrato",
        "Vigência: 12 (doze) meses, com início em 16.01.2020. Modalidade: Pregão Eletrônico nº 102/2019.",
        D(2020, 1, 16),
        None,
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, EMBASA aditivo",
        "Objeto: Fica prorrogada a vigência do Contrato original por mais 12 meses, com início em 19/12/2019 e término "
        "em 18/12/2020, retroagindo seus efeitos",
        D(2019, 12, 19),
        D(2020, 12, 18),
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, UESB",
        "Objeto: prorrogação do prazo de vigência do Contrato por mais 12 (doze) meses, tendo como termo inicial o dia "
        "07/02/2020 e termo final o dia 07/02/2021, conforme",
        D(2020, 2, 7),
        D(2021, 2, 7),
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, INEMA aditivo",
        "OBJETO: prorrogação de prazo por mais 05 (cinco) meses, a contar de 20/01/2020, terminando, portanto, em "
        "19/06/2020 . ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante",
        D(2020, 1, 20),
        D(2020, 6, 19),
        5,
        "meses",
    ),
    # a prorrogação with no "vigência" word: the verb's forms (DOE-BA aditivos of four órgãos; DOU "Prorrogar por")
    (
        "DOE-BA 2020-01-21, PGE",
        "Objeto: Prorrogar o contrato por 12 (doze) meses, com início em 21/01/2020 e término em 20/01/2021, cujas",
        D(2020, 1, 21),
        D(2021, 1, 20),
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, INEMA",
        "OBJETO: prorrogado por mais 03 (três) meses, a contar de 21/01/2020, terminando, portanto, em 20/04/2020.",
        D(2020, 1, 21),
        D(2020, 4, 20),
        3,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, SJDHDS",
        "Objeto: Prorrogado, pelo período de 12 (doze) meses, a contar de 20/01/2020",
        D(2020, 1, 20),
        None,
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, SEFAZ",
        "7.Adita: prorroga o contrato original a partir de 01/02/2020 a 31/01/2021; 8.Assinam",
        D(2020, 2, 1),
        D(2021, 1, 31),
        None,
        None,
    ),
    (
        "DOE-BA 2020-01-21, SEFAZ (an adverb after the verb)",
        "7.Adita: prorroga excepcionalmente o contrato original a partir de 07/02/2020 a 06/08/2020; 8.Assinam",
        D(2020, 2, 7),
        D(2020, 8, 6),
        None,
        None,
    ),
    (
        "DOE-BA 2020-01-21, Campo Alegre de Lourdes (the end in parentheses)",
        "para fins de prorrogação do prazo contratual por mais 12 (doze) meses, ou seja, até (31/12/2020), conforme art.",
        None,
        D(2020, 12, 31),
        12,
        "meses",
    ),
    (
        "DOE-BA 2020-01-21, SJDHDS (the instrument named between the duration and its start)",
        "Objeto: Prorrogado, pelo período de 12 (doze) meses, o Contrato nº 005/2017, tendo como termo inicial 20/01/2020 "
        "e termo final 19/01/2021. Base Legal",
        D(2020, 1, 20),
        D(2021, 1, 19),
        12,
        "meses",
    ),
    (
        "DOM-BH 2024-12-05 (the older form)",
        "A vigência será de 60 (sessenta) meses a partir de 01/07/2025 com término em 30/06/2030.",
        D(2025, 7, 1),
        D(2030, 6, 30),
        60,
        "meses",
    ),
]


@pytest.mark.parametrize("source,text,start,end,value,unit", RECORDS)
def test_vigencia_of_a_record(source, text, start, end, value, unit):
    # every row is from an extrato of an instrument, which the pipeline passes as such (vigencia@9: a prorrogação with no
    # instrument named in its sentence is read only in an act about an instrument)
    v = find(text, instrument=True)[0]
    assert (v.start, v.end, v.duration_value, v.duration_unit) == (start, end, value, unit), source


# no duration: from the signing until a date
UNTIL_SIGNING = [
    (
        "DOU Seção 3 2020-08-17",
        "VIGÊNCIA: Entrará em vigor a partir de sua assinatura até 15/01/2021.\nDATA DE ASSINATURA: 11/08/2020.",
        D(2020, 8, 11),
        D(2021, 1, 15),
    ),
    (
        "APRECE-CE 2022-06-13",
        "VALOR E VIGÊNCIA: R$ 24.775,86 (vinte e quatro mil reais), com prazo de validade até 31 de dezembro de 2022, a "
        "contar da data de assinatura do contrato. DATA DA ASSINATURA: 01/06/2022.",
        D(2022, 6, 1),
        D(2022, 12, 31),
    ),
]


@pytest.mark.parametrize("source,text,start,end", UNTIL_SIGNING)
def test_from_the_signing_until_a_date(source, text, start, end):
    v = find(text)[0]
    assert (v.start, v.end) == (start, end), source


# a prorrogação "até DATE" before "o prazo de vigência" (Paraguaçu Paulista-SP termo aditivo, scanned; DOU "Prorrogar
# até")
def test_prorrogacao_until_before_the_keyword():
    v = find("1.1 Prorroga, até 30 de abril de 2024, o prazo de vigência do Termo de Fomento nº 0013/2023, sem")[0]
    assert (v.start, v.end) == (None, D(2024, 4, 30))


@pytest.mark.parametrize(
    "text",
    [
        # DODF 2018-02-09: a "DO PRAZO:" clause about delivery or execution is no vigência
        "DO PRAZO: O prazo máximo de execução deste certame será de 30 (trinta) dias corridos, a partir do recebimento.",
        "PRAZO: O prazo de entrega será de 30 (trinta) dias, após a entrega da respectiva Nota de Empenho.",
        # DOE-RJ 2023-06-20: "PRAZO: SEM PRAZO"
        "OBJETO : ALTERAR a Cláusula Sexta do 2º Termo Aditivo 052/2022. PRAZO: SEM PRAZO",
        # a prorrogação the text only allows
        "O contrato poderá ser prorrogado por mais 12 meses, a critério da administração.",
        # DOE-BA 2020-01-21: a payment deadline is no field label "PRAZO:"
        "5.Forma de pagamento: no prazo não superior a 08 (oito) dias úteis, contados da data da apresentação",
    ],
)
def test_no_vigencia_in_other_periods(text):
    assert find(text) == []


# from the publication, no duration: the gazette's own date starts it (DOE-RJ; DOU "VIGÊNCIA: A partir da data da
# publicação" with its end after)
def test_from_the_publication_without_a_duration():
    (v,) = find("VIGÊNCIA: A partir da publicação do extrato em DOERJ FUNDAMENTO : Art. 65", published=D(2023, 6, 20))
    assert (v.start, v.end, v.anchor) == (D(2023, 6, 20), None, "publicacao")
    assert find("VIGÊNCIA: A partir da publicação do extrato em DOERJ FUNDAMENTO : Art. 65") == []


def test_signing_label_naming_the_instrument():
    """APRECE-CE 2022-06-13: "DATA DE ASSINATURA DO CONTRATO:" is the signing date a "contar da data de assinatura"
    starts from (the label of DOM-AL and DODF extratos, naming the instrument)."""
    text = (
        "VALOR E VIGÊNCIA: R$ 4.740,00 (quatro mil setecentos e quarenta reais), com prazo de validade de 12 (doze) "
        "meses, a contar da data de assinatura do contrato. OBJETO: Contratação do serviço. DATA DE ASSINATURA DO "
        "CONTRATO: 08 de junho de 2022."
    )
    assert find(text)[0].start == D(2022, 6, 8)
