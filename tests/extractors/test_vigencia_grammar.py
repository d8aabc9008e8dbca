"""The vigência grammar form by form (vigencia@9, issue 29 item 5): each form with a real row (its source) and, where the
corpus has none, the form as instruments print it (marked "form"); scans' OCR noise as Tesseract misreads the real
rows (marked "OCR variant of": the corpus scans' text is not in the project, the variants are written by hand).
Row: (source, text, gazette date or None, (start, end)); the extractor's first row."""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import MONTH_END, find, mended, month_end, ordered

D = dt.date
PUB = D(2024, 3, 15)

FORMS = [
    (  # the act itself or an instrument the subject of "terá validade de" (review25 keeps these)
        "form",
        "A presente Ata de Registro de Preços terá validade de 12 (doze) meses, a partir de 01/02/2024.",
        None,
        (D(2024, 2, 1), None),
    ),
    (  # N dias a contar da data X
        "form",
        "Vigência: 90 (noventa) dias a contar da data de 05/02/2024.",
        None,
        (D(2024, 2, 5), None),
    ),
    (
        "form",
        "Vigência: com início em 01/02/2024 e término em 31/01/2025.",
        None,
        (D(2024, 2, 1), D(2025, 1, 31)),
    ),
    (
        "DODF 2020-01-07, PCDF",
        "PRAZO DE VIGÊNCIA:\nO contrato terá vigência desde sua assinatura até 27/06/2020. DATA DE ASSINATURA: 31/12/2019.",
        None,
        (D(2019, 12, 31), D(2020, 6, 27)),
    ),
    (
        "SEI-AL CBMAL plano setorial, with a gazette date",
        "VIGÊNCIA\nA partir da data de publicação até 31 de dezembro de 2029.",
        PUB,
        (PUB, D(2029, 12, 31)),
    ),
    (
        "DOU S1 2017-10-02, Anvisa",
        "Art. 2º A presente Certificação tem validade de 02 (dois)\nanos a partir da sua publicação.",
        D(2017, 10, 2),
        (D(2017, 10, 2), None),
    ),
    (
        "DOE-BA 2020-01-21, FESBA",
        "OBJETO: prorrogação do Contrato nº 009/2017, referente à prestação de serviços móvel pessoal - SMP , por um período "
        "de 12 (doze) meses, tendo como termo inicial 23/01/2020 e como termo final 22/01/2021.",
        None,
        (D(2020, 1, 23), D(2021, 1, 22)),
    ),
    (
        "DODF 2020-01-07, RA-II (the point of 'art.' does not end the sentence)",
        "OBJETO: O presente Termo Aditivo objetiva a prorrogação do prazo de vigência do contrato por mais 12\n(doze) meses, "
        "com base no parágrafo 4º, art. 57 da Lei nº 8.666/93, para o período compreendido de\n05/01/2020 a 05/01/2021.",
        None,
        (D(2020, 1, 5), D(2021, 1, 5)),
    ),
    (
        "Câmara de Tucano-BA 2020-01-08 (a line wrapped before '(')",
        "Vigência: a partir de 03/01/2020, com prazo de 12 \n(doze) meses.",
        None,
        (D(2020, 1, 3), None),
    ),
    (
        "DODF 2020-01-07, SDE (a line that ends on 'do')",
        "DO OBJETO: fica prorrogada a vigência do\nContrato por mais 12 (doze) Meses, com finalização em 19/12/2020,",
        None,
        (None, D(2020, 12, 19)),
    ),
    (  # OCR noise, written by hand
        "OCR variant of DODF 2020-01-08 BRB 'Vigência: 20/12/2019 a 20/12/2022.'",
        "Vigência: 20/ 12/2019 a 20/12/ 2022.",
        None,
        (D(2019, 12, 20), D(2022, 12, 20)),
    ),
    (
        "OCR variant of DODF 2020-01-08 BRB 'Vigência: 03/12/2019 a 02/03/2020.'",
        "Vigência: O3/12/2019 a 02/O3/2O20.",
        None,
        (D(2019, 12, 3), D(2020, 3, 2)),
    ),
    (
        "OCR variant of DODF 2020-01-07 BRB 'Vigência: 5/12/2019 à 4/12/2020.'",
        "Vigência: 5 /12/2019 à 4/l2/2020.",
        None,
        (D(2019, 12, 5), D(2020, 12, 4)),
    ),
]


@pytest.mark.parametrize("source,text,published,expected", FORMS)
def test_form(source, text, published, expected):
    found = ordered(find(text, published=published, instrument=True))
    assert found, source
    assert (found[0].start, found[0].end) == expected, source


NOT_VIGENCIA = [
    # (source, text, instrument)
    (
        "DOU S2 2017-10-02 (a pension's effect, the lines joined at 'da')",
        '(NA) Classe "B" Padrão I com vigência a partir da Data da\nPublicação do Ato e efeitos financeiros a partir de 22 '
        "de junho de\n2017, data do óbito",
        False,
    ),
    (
        "DOU S1 2017-10-02 (a concurso's validity)",
        "1º Prorrogar por mais 1 (um) ano, a partir de 06 de\noutubro de 2017, o prazo de validade do Concurso Público para\n"
        "provimento de cargo técnico-administrativo",
        False,
    ),
    (
        "DOU S2 2023-05-02 (a working group's term)",
        "1º Prorrogar, pelo período de 1 (um) ano, a contar de 29 de abril de 2023,\no prazo das atividades do Grupo de Trabalho",
        False,
    ),
    (
        "DODF 2020-01-07 (a commission's term)",
        "1º Prorrogar por mais 30 (trinta) dias a Comissão Processante instituída por meio da Portaria nº\n07, de 15 de "
        "fevereiro de 2018",
        False,
    ),
    (
        "DOU S1 2017-10-02, ANTT (a norm's deadline, in an act about a concession)",
        "1º Fica prorrogado, por mais 90 (noventa) dias, o prazo\ndefinido pelo artigo 4º, parágrafo único da Resolução nº "
        "5.379, para que as concessionárias do contrato de concessão apresentem proposta técnica.",
        False,
    ),
    (
        "DOU S1 2017-10-02 (a selection's validity)",
        "Art. 2º A seleção de que trata a presente Portaria terá validade de 01 (um) ano, contada a partir da publicação "
        "desta no Diário Oficial da União/DOU.",
        False,
    ),
    (
        "PRONAS anexo (a product's validity)",
        "Validade Mínima de 12 meses a partir da data de\nentrega.",
        True,
    ),
    (
        "DODF 2020-01-08 (a delivery deadline in an aditivo)",
        "Objeto: prorrogação de prazo de 75 (setenta e cinco) dias, a contar de\n13/12/2019, para a entrega da 2ª parcela "
        "do reagente",
        True,
    ),
    # near misses (review25): forms of other publishers the vigencia@9 rules read as a vigência
    ("form (a lone date under a label that names the start)", "Início da Vigência: 01/02/2024.", True),
    ("form (the same in capitals)", "INÍCIO DA VIGÊNCIA: 01/02/2024.", True),
    (
        "form (an extrato's start date)",
        "EXTRATO DO CONTRATO Nº 12/2024. Contratante: Município de X. Contratada: Y LTDA. Data de início da vigência: "
        "01/02/2024.",
        True,
    ),
    ("form (the day a contract takes effect)", "DATA DE VIGÊNCIA: 01/03/2024. Objeto: contratação de empresa.", True),
    ("form (a pension's effective date, DOU S2 style)", "PENSÃO. Nome: MARIA DA SILVA. Vigência: 22/06/2017.", False),
    ("form (a certidão's validity)", "A Certidão Negativa terá validade de 180 (cento e oitenta) dias.", False),
    ("form (an ID card's validity)", "A Carteira de Identidade Funcional terá validade de 5 (cinco) anos.", False),
    ("form (an atestado's validity)", "O atestado médico tem validade de 30 (trinta) dias.", False),
    (
        "form (a penalty's deadline for the defence)",
        "Prorrogação, por mais 90 (noventa) dias, do prazo para apresentação de defesa pela CONTRATADA.",
        False,
    ),
    (
        "form (a deadline to regularize a delivery)",
        "Fica prorrogado, por mais 30 (trinta) dias, o prazo para a contratada regularizar a entrega, sob pena de multa.",
        False,
    ),
]


@pytest.mark.parametrize("source,text,instrument", NOT_VIGENCIA)
def test_not_vigencia(source, text, instrument):
    assert find(text, published=PUB, instrument=instrument) == [], source


def test_mended_keeps_length_and_plain_dates():
    for raw in ("Vigência: 20/ 12/2019 a 20/12/ 2022.", "de O1/02/2O24", "3l/12/2024", "01/02/2024"):
        assert len(mended(raw)) == len(raw)
    assert mended("de O1/02/2O24 a") == "de 01/02/2024 a"
    assert mended("20/ 12/2019 a") == "20/12/2019  a"
    # not dates: a process number, a document number, words
    for raw in ("Processo 0131-000253/2014", "Portaria nº 10/2019", "IO/OI/2024", "Ofício O1/2024"):
        assert mended(raw) == raw


@pytest.mark.parametrize(
    "text,day",
    [
        (
            "encerrando-se no último dia útil do mês de Janeiro/2024",
            D(2024, 1, 31),
        ),  # Fundação Abrinq convênio 379/2021
        ("até o último dia útil de abril de 2020", D(2020, 4, 30)),  # DODF 2020-01-08 (the IPVA quotas' form)
        ("até o último dia do mês de fevereiro de 2024", D(2024, 2, 29)),  # form
        ("até o último dia útil de agosto de 2020", D(2020, 8, 31)),  # form: a Monday
        ("até o último dia útil de maio de 2020", D(2020, 5, 29)),  # form: the 31st is a Sunday
    ],
)
def test_month_end(text, day):
    assert month_end(MONTH_END.search(text)) == day
