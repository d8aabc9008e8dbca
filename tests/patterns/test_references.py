from __future__ import annotations

import datetime as dt

import pytest

from patterns import references

POSITIVE = [
    # (text, norm_id, issuer, date)
    (
        "Portaria Conjunta MGI/MF/CGU nº 33, de 30 de agosto de 2023",
        "portaria_conjunta:33/2023",
        "MGI/MF/CGU",
        dt.date(2023, 8, 30),
    ),  # seed convênio
    ("da Portaria Conjunta MGI/MF/CGU nº 33, de 2023", "portaria_conjunta:33/2023", "MGI/MF/CGU", None),
    ("Lei nº 14.133, de 1º de abril de 2021", "lei:14133/2021", None, dt.date(2021, 4, 1)),  # seed convênio
    ("Lei Complementar nº 101, de 04 de maio de 2000", "lei_complementar:101/2000", None, dt.date(2000, 5, 4)),
    ("Decreto Federal nº 93.872, de 23 de dezembro de 1986", "decreto:93872/1986", None, dt.date(1986, 12, 23)),
    ("Lei nº 13.709/18", "lei:13709/2018", None, None),  # seed convênio (two-digit year)
    (
        "Instrução Normativa SEGES/ME nº 65, de 7 de julho de 2021",
        "instrucao_normativa:65/2021",
        "SEGES/ME",
        dt.date(2021, 7, 7),
    ),
    (
        "Medida Provisória nº 2.180-35, de 24 de agosto de 2001",
        "medida_provisoria:2180-35/2001",
        None,
        dt.date(2001, 8, 24),
    ),
    (
        "conforme MP nº 2.200-2 de 24/08/2001, que institui",
        "medida_provisoria:2200-2/2001",
        None,
        dt.date(2001, 8, 24),
    ),  # DOU footer
    ("Portaria Seges nº 4.890, de 28 de agosto de 2023", "portaria:4890/2023", "Seges", dt.date(2023, 8, 28)),
    ("arts. 34 e 35 do Decreto 6.899, de 15 de julho de 2009", "decreto:6899/2009", None, dt.date(2009, 7, 15)),
    ("Resolução Normativa nº 16, de 30 de Abril de 2014", "resolucao:16/2014", None, dt.date(2014, 4, 30)),
    ("Decreto-Lei nº 818, de 05 de setembro de 1969", "decreto_lei:818/1969", None, dt.date(1969, 9, 5)),
    (
        "Emenda Constitucional nº 95, de 15 de dezembro de 2016",
        "emenda_constitucional:95/2016",
        None,
        dt.date(2016, 12, 15),
    ),
    (
        "Portaria Interministerial nº 424, de 30 de dezembro de 2016",
        "portaria_interministerial:424/2016",
        None,
        dt.date(2016, 12, 30),
    ),
    ("Lei nº 8.666", "lei:8666", None, None),
]
NEGATIVE = [
    "a lei é clara",
    "LEI:",  # seed Lei 1.508: "… sanciona e promulga a seguinte LEI:"
    "MP do Trabalho",  # an abbreviation without "nº"
    "Decreto de nomeação",
]


@pytest.mark.parametrize("text,norm_id,issuer,date", POSITIVE)
def test_positive(text, norm_id, issuer, date):
    m = references.find(text)[0]
    assert (m.value, m.get("issuer"), m.get("date")) == (norm_id, issuer, date)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert references.find(text) == []


@pytest.mark.xfail(strict=True, reason="a norm cited by number range ('Leis nºs 8.666 e 14.133') yields one reference")
def test_known_gap_plural_citation():
    assert [m.value for m in references.find("Leis nºs 8.666, de 1993, e 14.133, de 2021")] == [
        "lei:8666/1993",
        "lei:14133/2021",
    ]
