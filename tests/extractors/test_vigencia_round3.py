"""Vigência, issue 29 round 3 (seidou.extractors.vigencia@10, narrowed @11 by review26): one period told in two sentences made one row, the
short date forms of a vigência (two-digit years, hyphens), the signing anchors of templates and misspellings, "entra em
vigor"/"viger" before dates, "prazo contratual", a labelled lone date with its extension, the publication as the
"termo inicial". Rows from real documents (source per row: real2 gazettes and the old corpus) with near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import _days, find, joined, ordered, signing_date

D = dt.date


def first(text: str, published: dt.date | None = None, instrument: bool = True):
    """The row a document's vigência is read from (vigencia_rows: joined, then ordered)."""
    rows = ordered(joined(find(text, signed=None, published=published, instrument=instrument)))
    return (rows[0].start, rows[0].end, rows[0].duration_value) if rows else None


# (source, text, published, (start, end, duration value))
ROWS = [
    (  # a prorrogação's duration in the objeto, the aditivo's start in its own clause: one period
        "DODF 2021-01-06, PCDF 2º aditivo",
        "OBJETO: Prorrogação do prazo de vigência do contrato por mais 12 (doze) meses, conforme Manifestação Técnica nº "
        "3063/2020-Ass.DAG (51927214-SEI). DA VIGÊNCIA: O presente Termo Aditivo entra em vigência a partir da data de "
        "sua assinatura. DA RATIFICAÇÃO: Permanecem inalteradas as demais cláusulas. DATA DE ASSINATURA: 18/12/2020.",
        None,
        (D(2020, 12, 18), None, 12),
    ),
    (  # the same, the prorrogação with its end
        "DODF 2021-01-06, PCDF 19º aditivo",
        "OBJETO: Prorrogação do prazo de vigência do Termo de Autorização de Uso por mais 12 (doze) meses, ou seja, até "
        "31 de dezembro de 2021, nos termos da Manifestação 3069/2020-Ass.DAG. DA VIGÊNCIA: O presente Termo Aditivo "
        "entra em vigência a partir da data de sua assinatura. DATA DE ASSINATURA: 04/12/2020.",
        None,
        (D(2020, 12, 4), D(2021, 12, 31), 12),
    ),
    (  # a second publisher's year and wording (clauses numbered)
        "DODF 2004-01-26, SDE 1º aditivo",
        "CLÁUSULA SEGUNDA - DO OBJETO: o presente Termo Aditivo objetiva a prorrogação do prazo de vigência do Contrato "
        "por mais 12 (doze) meses, com base no inciso II, Art. 57 da Lei 8.666/93. CLÁUSULA TERCEIRA – DO PRAZO DE "
        "VIGÊNCIA: O presente Termo Aditivo entre em vigência a partir da data de sua assinatura.\nDATA DE ASSINATURA: "
        "02/01/2004.",
        None,
        (D(2004, 1, 2), None, 12),
    ),
    (  # a template's "do(a)"
        "DOM-BH 2024-12-13, SMSA extrato",
        "Da Vigência: O prazo de vigência da contratação é de 12 (doze) meses contados do(a) assinatura do contrato, "
        "prorrogável até o prazo máximo de 10 anos.\nDo Valor: O valor total da contratação é de R$154.000,00\n"
        "Assinatura em: 10/12/2024.",
        None,
        (D(2024, 12, 10), None, 12),
    ),
    (  # "a parti" for "a partir"
        "DOM-AL 2023-08-28, Barra de São Miguel aditivo",
        "DATA DA ASSINATURA: 03/07/2023.\nVIGÊNCIA: O prazo de vigência contratual fica prorrogado por mais 12 (doze) "
        "meses, consecutivos e ininterruptos, contados a parti da data de assinatura do presente Termo Aditivo.",
        None,
        (D(2023, 7, 3), None, 12),
    ),
    (  # "Da assinatura até" a two-digit-year date
        "DOM-BH 2024-12-13, Belotur cessão de uso",
        "Número de Ordem: 2952.\nPrazo: Da assinatura até 31/03/25.\nValor: Sem ônus à Cessionária.\nAssinatura: "
        "10/12/2024",
        None,
        (D(2024, 12, 10), D(2025, 3, 31), None),
    ),
    (  # the same form, the signing date not printed
        "DODF 2021-01-06, termo de fomento 17/2020",
        "Vigência: Da data da sua assinatura até 30/04/2021.",
        None,
        (None, D(2021, 4, 30), None),
    ),
    (  # the ata's signing label
        "DODF 2021-01-06, METRÔ-DF ata 002/2020",
        "Data de assinatura da ata: 03/12/2020. Pela Contratante: HANDERSON CABRAL RIBEIRO. Vigência: 12 meses, a "
        "contar da assinatura da Ata.",
        None,
        (D(2020, 12, 3), None, 12),
    ),
    (  # "com validade de", a two-digit year
        "DODF 2019-02-25, Financeira BRB",
        "Contrato com validade de 60 meses a partir do dia 08/02/19, signatários pela Financeira BRB: Alexandre Navarro "
        "Garcia.",
        None,
        (D(2019, 2, 8), None, 60),
    ),
    (  # "entra em vigor" before a dated range
        "DODF 2019-02-25, CBMDF 3º aditivo",
        "Objeto: PRORROGAR o prazo de vigência do Contrato mais 12 (doze) meses, com base no inciso II do art. 57 da Lei "
        "n.º 8.666/93. UO: 73901. O presente Termo Aditivo entra em vigor de 08/04/2019 até 08/04/2020. Data da "
        "assinatura: 21/02/2019.",
        None,
        (D(2019, 4, 8), D(2020, 4, 8), 12),  # (the duration of the objeto: it agrees with the range)
    ),
    (  # "viger"
        "DODF 2019-02-25, CBMDF 1º aditivo",
        "Objeto: PRORROGAR o prazo de vigência do Contrato por mais 12 (doze) meses, com base no inciso II do art. 57 da "
        "Lei n.º 8.666/93, passando a viger de 29/05/2019 a 29/05/2020.",
        None,
        (D(2019, 5, 29), D(2020, 5, 29), 12),
    ),
    (  # a lone two-digit-year date (old corpus)
        "DOU S3 2018-03-21, UFAL convênio de estágio",
        "matriculados nos Cursos de graduação da UFAL. VIGÊNCIA:\n08/03/23. DATA DA ASSINATURA: 08 de março 2018.",
        None,
        (None, D(2023, 3, 8), None),
    ),
    (  # a dash between the days of a range (the notation of DOU S2 2017's periods, "11/11/2017 - 13/12/2017")
        "DODF 2019-02-25 row (VIGÊNCIA: 21/02/2019 A 20/02/2020) with a dash for A",
        "VIGÊNCIA: 21/02/2019 - 20/02/2020.",
        None,
        (D(2019, 2, 21), D(2020, 2, 20), None),
    ),
    (  # an ata's validity until a date, in its title
        "DODF 2004-01-26, SEF atas de registro de preços",
        "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ: 26.07.2004",
        None,
        (None, D(2004, 7, 26), None),
    ),
    (  # a hyphenated date
        "DODF 2004-01-26, Terracap",
        "VIGÊNCIA: Os prazos de execução e de vigência fixados nas Cláusulas Segunda e Décima Primeira do contrato "
        "aditado ficam prorrogados até 31-12-2004.",
        None,
        (None, D(2004, 12, 31), None),
    ),
    (  # the contract's number between the verb and the duration
        "DODF 2004-01-26, RA-VI",
        "OBJETO: O presente Termo Aditivo objetiva prorrogar o contrato nº 004/2002 por mais 11 (onze) meses a partir de "
        "12/01/2004.",
        None,
        (D(2004, 1, 12), None, 11),
    ),
    (  # a lone date under a label naming the contract, with its possible extension
        "DODF 2004-01-26, RA-XVI",
        "no valor de R$ 600,00 (seiscentos reais); VIGÊNCIA DO CONTRATO: 01/01/2005, permitida a prorrogação na forma "
        "da lei vigente; Data da Assinatura: 01/01/2004;",
        None,
        (None, D(2005, 1, 1), None),
    ),
    (  # the same with a colon for the semicolon: another date follows in the sentence
        "DODF 2004-01-26, RA-XVI (ECT)",
        "VIGÊNCIA DO CONTRATO: 01/01/2005, permitida a prorrogação na forma da lei vigente: Data da Assinatura: "
        "01/01/2004;",
        None,
        (None, D(2005, 1, 1), None),
    ),
    (  # the term by its name
        "DOM-AL 2023-08-28, Campestre",
        "OBJETO: CONTRATAÇÃO DE EMPRESA PARA APOIO A CULMINÂNCIA DE PROJETOS;\nDISPENSA\nPRAZO CONTRATUAL: 12 MESES",
        None,
        (None, None, 12),
    ),
    (  # the publication as the "termo inicial"
        "DOE-RJ 2023-03-14, RJPREV",
        "DATA DE ASSINATURA: 10/03/2023 VIGÊNCIA: 36 (trinta e seis) meses, valendo a data de publicação do extrato como "
        "termo inicial de vigência. RECURSOS: Plano de Gestão Administrativa - PGA.",
        D(2023, 3, 14),
        (D(2023, 3, 14), None, 36),
    ),
    (  # "a contar da data desta publicação"
        "DODF 2021-01-06, METRÔ-DF ata 003/2020",
        "Vigência: 12 meses, a contar da data desta publicação.",
        D(2021, 1, 6),
        (D(2021, 1, 6), None, 12),
    ),
    (  # no duration: from the publication
        "DOE-RJ 2023-03-14, PROCON-RJ",
        "PRAZO: Indeterminado, a contar da data da publicação. DATA DA ASSINATURA: 08/03/2023.",
        D(2023, 3, 14),
        (D(2023, 3, 14), None, None),
    ),
    (  # "firmado entre … em DATE" dates a period from its signing
        "DODF 2018-02-09, CLDF",
        "Contrato: nº 04/2018 - PG/CLDF, firmado entre a Câmara Legislativa do Distrito Federal, (Contratante) e a "
        "empresa SEFIX - GESTÃO DE PROFISSIONAIS EIRELLI-EPP, CNPJ nº 13.258.899/0001-99 (Contratada), em 08/02/2018. "
        "Objeto: Contratação de serviços de limpeza. Vigência de 12 (doze) meses, contados de sua assinatura, com "
        "eficácia a partir da data de publicação do extrato no DODF.",
        None,
        (D(2018, 2, 8), None, 12),
    ),
]


@pytest.mark.parametrize("source,text,published,expected", ROWS, ids=[r[0] for r in ROWS])
def test_vigencia_round3(source, text, published, expected):
    assert first(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a norm's own entry into force, the publication known (DOU, every gazette)
        "Esta Portaria entra em vigor na data de sua publicação.",
        "Esta Resolução entra em vigor a partir da data de sua publicação.",
        # a date after "entra em vigor" that is no term (DOU S2 2017)
        "Esta Portaria entra em vigor nesta data, com efeitos retroativos a 12/09/2017.",
        # "com validade de" of an entity's certificate, no instrument named before it (DOU S1 2014, CEBAS)
        "CNPJ nº 17.254.509/0001-63, Recife/PE, com validade de 03 (três) anos, a contar da data desta publicação.",
        # a travel period in an act of no instrument, the dash range without a vigência (DOU S2 2017, UFSM)
        "SUPERIOR do CURSO DE ENGENHARIA, para participar de IMMERSIONS em Estocolmo/Suécia com ônus para ITA (Diárias) "
        "22/10/2017 - 29/10/2017; (Processo Nº 23081.042420/2017-62).",
        # a mining licence's validity (DOU S1 2014, DNPM)
        "Área de 49,59 ha - 30.000 toneladas/ano-Granito- Validade:19/12/2017 ou PL 830.",
        # a deadline counted from the contract's term, not the term
        "A contratada terá 5 (cinco) dias após o prazo contratual para retirar os equipamentos.",
        # a labelled lone date followed by other words than its extension
        "VIGÊNCIA DO CONTRATO: 01/01/2005, com a empresa X e a empresa Y.",
    ],
)
def test_near_misses_round3(text):
    assert find(text, signed=None, published=D(2020, 1, 15)) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Prazo: Da assinatura até 31/03/25.", ["2025-03-31"]),
        ("ficam prorrogados até 31-12-2004.", ["2004-12-31"]),
        ("de 01/01/1999 a 31/12/99", ["1999-01-01", "1999-12-31"]),
        # near misses: a law's number and year, a dotted two-digit year, a process number, an impossible day
        ("art. 57 da Lei nº 8.666/93", []),
        ("em 10.12.93", []),
        ("Processo: 052-001894/2011", []),
        ("Processo 00097-00010047/2020-11", []),
        ("31/02/25", []),
    ],
)
def test_short_dates_of_a_vigencia(text, found):
    assert [d.value for d in _days(text)] == found


def test_joined_leaves_a_whole_period_and_two_starts_alone():
    whole = (
        "VIGÊNCIA: 12 (doze) meses, contar de 05/01/2021 a 04/01/2022. Prorrogação do prazo de vigência por mais 12 "
        "(doze) meses. Vigência: a partir da data de sua assinatura. DATA DE ASSINATURA: 18/12/2020."
    )
    assert first(whole) == (D(2021, 1, 5), D(2022, 1, 4), 12)
    # a duration only: nothing to join
    assert first("Prazo de Vigência: 13 (treze) meses podendo ser prorrogado.") == (None, None, 13)


def test_a_duration_joins_a_whole_period_only_when_they_agree():
    # (Paraguaçu Paulista-SP 2023 termo aditivo 05/2023: "VIGÊNCIA: 01/01/2023 a 31/12/2023, podendo ser prorrogado",
    # "a prorrogação do prazo de vigência por 12 (doze) meses"; a near miss with 6 months: the duration of something else)
    agree = "OBJETO: prorrogação do Termo de Fomento por mais 12 (doze) meses. VIGÊNCIA: 01/01/2023 a 31/12/2023."
    assert first(agree) == (D(2023, 1, 1), D(2023, 12, 31), 12)
    disagree = "OBJETO: prorrogação do Termo de Fomento por mais 6 (seis) meses. VIGÊNCIA: 01/01/2023 a 31/12/2023."
    assert first(disagree) == (D(2023, 1, 1), D(2023, 12, 31), None)


def test_firmado_em_is_no_document_date():
    # (a signing date for a vigência from the signing only; the extrato's date is its "data de assinatura")
    assert signing_date("EXTRATO DA ATA DE REGISTRO DE PREÇOS Nº 12/2023. Firmado em: 11/08/2023.") is None


# review26: near misses of the round's rules, from the language of real extratos and contracts
@pytest.mark.parametrize(
    "text",
    [
        # another period the contract sets, by the same name ("prazo contratual" of execution, delivery, warranty)
        "PRAZO CONTRATUAL DE EXECUÇÃO: 90 (noventa) dias.",
        "Multa de 0,5% por dia de atraso em relação ao prazo contratual de entrega de 30 (trinta) dias.",
        "O prazo contratual de garantia dos equipamentos será de 12 (doze) meses.",
        # "viger" of a norm's state, no period of its own ("enquanto viger", the law's phrase)
        "Enquanto viger o estado de calamidade, ficam suspensos por 90 (noventa) dias os prazos processuais.",
        # a guarantee's validity beside the contract's name, not the contract's
        "GARANTIA: seguro-garantia do contrato, apólice nº 123, validade até: 31/12/2024.",
    ],
)
def test_near_misses_review26(text):
    assert find(text, signed=None, published=D(2024, 1, 20), instrument=True) == []


@pytest.mark.parametrize(
    "text",
    [
        # an aditivo's extrato: its "firmado em" dates the contract it amends, not the aditivo's own signing
        "EXTRATO DO SEGUNDO TERMO ADITIVO AO CONTRATO Nº 15/2019, firmado em 10/03/2019 entre a Secretaria e a empresa X "
        "LTDA. OBJETO: prorrogação do prazo de vigência por mais 12 (doze) meses, a contar de sua assinatura.",
        "PRIMEIRO TERMO ADITIVO AO CONVÊNIO Nº 10/2022, firmado em 05 de maio de 2022. VIGÊNCIA: 12 (doze) meses a "
        "partir da assinatura deste Termo Aditivo.",
    ],
)
def test_firmado_em_of_an_amended_instrument_starts_no_period(text):
    assert first(text) == (None, None, 12)


def test_firmado_em_of_a_contract_that_may_be_amended():
    # a clause's "mediante termo aditivo" names no amendment: the contract's own "firmado em" still dates its signing
    text = (
        "Contrato nº 12/2023, firmado em 02/03/2023, com a empresa ALFA LTDA. Vigência: 12 (doze) meses a partir da sua "
        "assinatura, podendo ser alterado mediante termo aditivo."
    )
    assert first(text) == (D(2023, 3, 2), None, 12)


def test_a_labelled_period_before_the_prorrogacao_takes_its_duration():
    # review26: the period may come first (Paraguaçu Paulista-SP 2023 termo aditivo 05/2023 scan: "VIGÊNCIA: 01/01/2023 a
    # 31/12/2023, podendo ser prorrogado. … ADITAMENTO: … mediante a prorrogação do prazo de vigência por 12 (doze)
    # meses"); an aditivo citing its contract's period before a prorrogação as long is left as a known limit
    text = (
        "VIGÊNCIA: 01/01/2023 a 31/12/2023, podendo ser prorrogado.\nADITAMENTO: Altera a execução do objeto, mediante a "
        "prorrogação do prazo de vigência por 12 (doze) meses."
    )
    assert first(text) == (D(2023, 1, 1), D(2023, 12, 31), 12)
