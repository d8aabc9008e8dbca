from __future__ import annotations

import pytest

from seidou.patterns import dates, durations

DATES = [
    ("em 30/03/2026, às 21:32", "2026-03-30", True, "day"),  # seed plano, SEI stamp
    ("Decreto nº 11.531, de 16 de maio de 2023, e", "2023-05-16", True, "day"),  # seed DOU p. 112
    ("Lei nº 14.133, de 1º de abril de 2021", "2021-04-01", True, "day"),  # seed convênio
    ("LEI Nº 1.508, DE 03 DE FEVEREIRO DE 2026.", "2026-02-03", True, "day"),  # seed Lei (capitals)
    ("Nº 86, sexta-feira, 9 de maio de 2025", "2025-05-09", True, "day"),  # DOU header
    ("Portaria Conjunta MGI/MF/CGU nº 33, de 2023", "2023", True, "year"),  # seed convênio: year only
    ("em 31/02/2025", "2025-02-31", False, "day"),  # impossible day: kept, invalid
    ("em 5 de março de 2020", "2020-03-05", True, "day"),
    ("contados a partir de 04 janeiro de 2020.", "2020-01-04", True, "day"),  # DODF 2020-01-08: no "de"
    ("encerrando-se em 30JUN2020;", "2020-06-30", True, "day"),  # DODF 2020-01-08, military form
    ("encerrando-se em 30FEV2020;", "2020-02-30", False, "day"),
    ("todos publicados em 07.03.2014 no Diário Oficial", "2014-03-07", True, "day"),  # DOU 2014
    ("apresentação de defesas em 6.10.2014 para todos", "2014-10-06", True, "day"),  # TCU acórdão
    ("no período de 1 a 8.10.2017, com ônus", "2017-10-08", True, "day"),  # DOU 2017: the range's end
    ("publicado no DOU de 17.5.2012.", "2012-05-17", True, "day"),  # full stop after the year
    ("em 31.02.2025", "2025-02-31", False, "day"),  # impossible day: kept, invalid
    ("A DATA DE ASSINATURA: 15 DE JANEIRO 2016.", "2016-01-15", True, "day"),  # DOM-AL 2016: no "de" before the year
    ("Salvador, 1º de março 2019.", "2019-03-01", True, "day"),  # (dates@4)
]


@pytest.mark.parametrize("text,value,valid,precision", DATES)
def test_dates(text, value, valid, precision):
    found = [m for m in dates.find(text)]
    assert [(m.value, m.valid, m.get("precision")) for m in found][-1:] == [(value, valid, precision)]


@pytest.mark.parametrize(
    "text",
    [
        "Processo SEI 19973.003289/2025-14",  # a process number, not a date
        "PLANO DE TRABALHO Nº 01/2026",  # a document number
        "Lei nº 1.508/2026",
        "Agenda Regulatória 2013-14",
        "código 30JUN20201",  # glued to more digits
        "em 30jun2020",  # the military form is in capitals
        "processo 2001.34.00.024796-9",  # dotted numbers
        "item 1.2.3.2019",
        "versão 12.13.2019",  # no month 13
        "cadastradas em 10.12.93",  # two-digit year: not read
        "valor 1.500.2019,00",
        "índice 31.12.2019.5",  # glued to more digits
        "15 de janeiro 20160",  # no "de" before the year: four digits and no more
        "os 15 janeiros 2016",  # no month
    ],
)
def test_dates_negative(text):
    assert dates.find(text) == []


DURATIONS = [
    ("pelo prazo de 32 (trinta e dois) meses, contados", 32, "meses", True),  # seed convênio, vigência
    ("no prazo de até 20 (vinte) dias, a contar", 20, "dias", True),  # seed DOU p. 112, art. 10
    ("180 (cento e oitenta) dias", 180, "dias", True),  # seed DOU gold durations_contains
    ("5 (cinco) anos", 5, "anos", True),
    ("prazo máximo de execução 24 (vinte e quatro) meses.", 24, "meses", True),  # SEI/MS parecer 267 p. 2
    ("vigência de 12 meses", 12, "meses", None),  # no words: nothing to cross-check
    ("prazo 10(dez) dias (6.62)", 10, "dias", True),  # DOU 2014-10-01 p. 69 (no space before the words)
    ("prazo de 30 (sessenta) dias", 30, "dias", False),  # number and words disagree: a finding
    ("5 (cinco) dias úteis", 5, "dias", True),
]


@pytest.mark.parametrize("text,n,unit,valid", DURATIONS)
def test_durations(text, n, unit, valid):
    (m,) = durations.find(text)
    assert (m.value, m.get("unit"), m.valid) == (n, unit, valid)


def test_business_days():
    (m,) = durations.find("no prazo de 5 (cinco) dias úteis")
    assert m.get("day_kind") == "úteis"


@pytest.mark.parametrize("text", ["em 30/03/2026", "Lei nº 9.452, de 1997", "às 21:32 horas"])
def test_durations_negative(text):
    assert durations.find(text) == []
