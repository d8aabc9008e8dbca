from __future__ import annotations

import datetime as dt

import pytest

from seidou.patterns import references

from ..page_texts import real_texts

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
    # DOU 2017: the raised "o" and its underline read as "No-"; "n." for nº; the issuer after the number
    ("Portaria No- 600, de 10 de abril de 2017", "portaria:600/2017", None, dt.date(2017, 4, 10)),
    ("Lei n. 9.782, de 26 de janeiro de 1999", "lei:9782/1999", None, dt.date(1999, 1, 26)),
    ("Portaria nº 208/SAS/MS, de 23 de abril de 2010", "portaria:208/2010", "SAS/MS", dt.date(2010, 4, 23)),
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


LISTS = [
    # (text, [norm_id]) — one reference per norm of a list; real lines of the corpus
    ("Leis nºs 8.666, de 1993, e 14.133, de 2021", ["lei:8666/1993", "lei:14133/2021"]),
    ("nos termos das Leis nºs 12.277/2010 e 12.702/2012.", ["lei:12277/2010", "lei:12702/2012"]),  # DOU 2017
    ("Leis nº 8.666/1993 e 10.520/2002.", ["lei:8666/1993", "lei:10520/2002"]),
    (
        "Decretos n.ºs 7.938, de 19 de fevereiro de 2013, e 8.671, de 16 de fevereiro de 2016, resolve:",
        ["decreto:7938/2013", "decreto:8671/2016"],
    ),
    (
        "Leis nº 7.990/89, nº 8.001/90, art. 61 da Lei nº 9.430/96, Lei nº 9.993/00, nº 10.195/01 e nº 10.522/02)",
        ["lei:7990/1989", "lei:8001/1990", "lei:9430/1996", "lei:9993/2000", "lei:10195/2001", "lei:10522/2002"],
    ),
    (  # a singular head continued by "nº" items (DOU 2014)
        "Lei nº 8.987, de 13 de fevereiro de 1995, nº 9.074, de 7 de julho de 1995,",
        ["lei:8987/1995", "lei:9074/1995"],
    ),
    (  # issuer after the number
        "Portarias nº 208/SAS/MS, de 23 de abril de 2010 e nº 199/SAS/MS, de 25 de fevereiro de 2013",
        ["portaria:208/2010", "portaria:199/2013"],
    ),
    ("Portarias nºs 325, 326, 327 e 328/CGGP,", ["portaria:325", "portaria:326", "portaria:327", "portaria:328"]),
    # a bare number after a singular norm is not another norm
    ("Lei nº 8.666, de 1993, e 10 servidores", ["lei:8666/1993"]),
    ("Lei nº 14.133/2021, 3 vezes", ["lei:14133/2021"]),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_lists_give_one_reference_per_norm(text, expected):
    found = references.find(text)
    assert [m.value for m in found] == expected
    for m in found[1:]:  # each later item spans its own number
        assert m.get("number") in text[m.start : m.end].replace(".", "")


def _top_level(form: str) -> list[str]:
    """A pattern's alternatives at its top level (a "|" outside every group and class)."""
    out, depth, klass, cur = [], 0, False, ""
    for i, c in enumerate(form):
        escaped = i > 0 and form[i - 1] == "\\"
        if not escaped and c == "[":
            klass = True
        elif not escaped and c == "]":
            klass = False
        elif not klass and not escaped and c in "()":
            depth += 1 if c == "(" else -1
        elif not klass and not escaped and depth == 0 and c == "|":
            out.append(cur)
            cur = ""
            continue
        cur += c
    return out + [cur]


def test_every_head_opens_with_a_head_opener():
    """find tries PATTERN only where one of HEADS starts (mention.Anchored): every kind's head, singular and plural,
    opens with one of them."""
    for singular, plural, _ in references.KINDS:
        for alt in _top_level(singular) + _top_level(plural):
            assert alt.startswith(references.HEADS), alt


def test_tried_at_the_heads_it_finds_what_its_search_finds():
    """The references of crafted citations and real pages are the ones a search of PATTERN from each one's end gives."""
    crafted = [
        "Leis nºs 8.666/1993 e 14.133/2021, LC nº 101/2000, Decreto-Lei nº 200/1967, Decretos nºs 1 e 2, "
        "Portarias Conjuntas nºs 3 e 4; IN SEGES/ME nº 65, de 7 de julho de 2021; MP nº 2.200-2 de 24/08/2001; "
        "Instruções Normativas nºs 5 e 6; Medidas Provisórias nºs 7 e 8; Resolução nº 9; Emendas Constitucionais nºs 10 e 11; "
        "EC nº 95; xLei nº 1; Lei Orgânica nº 2; Lei Orçamentária nº 3; Decreto Legislativo nº 4/2020",
    ]
    found = 0
    for text in crafted + real_texts():
        expected, pos = [], 0
        while (m := references.PATTERN.search(text, pos)) is not None:
            pos = m.end()
            expected.append(m.span())
        heads = references.Anchored(references.PATTERN, references.HEAD_OPENERS, (0,), text)
        got, pos = [], 0
        while (m := heads.search(text, pos)) is not None:
            pos = m.end()
            got.append(m.span())
        assert got == expected
        found += len(got)
    assert found >= 15
