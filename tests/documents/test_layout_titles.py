"""Acts found by layout signals (issue 29, item 4): a bold or centred capitals line that names an act starts one.

Rows are lines as the layout stage writes them for real gazettes of several publishers (the source is named in
each row), with the marks the layout gave them; near misses (a bold órgão heading, a bold label inside an
extract, a kicker over a run of acts, a centred title an aviso's sentence leads into) must not fire.
"""

from __future__ import annotations

import pytest

from seidou.documents.segment import _Grammar, is_layout_title, paragraphs
from seidou.io.pdf import open_pdf
from seidou.layout.compose import BOLD, CENTRED, Layout, is_centred
from seidou.layout.textmap import TextMap
from seidou.layout.types import Line, Word

from ..conftest import SHARED, SHARED_REASON

REAL2 = SHARED / "corpus" / "real2" / "gazette"
B, C, BC = BOLD, CENTRED, BOLD | CENTRED

LAYOUT_TITLES = [
    # DOU seção 3 (Imprensa Nacional): bold titles at the left of the column
    ("PREGÃO ELETRÔNICO Nº 40/2020 - UASG 250005", B, True),
    ("EXTRATO DE COMPROMISSO", B, True),
    ("EXTRATO DO 4º TERMO DE AJUSTE AO 93º TERMO DE COOPERAÇÃO TÉCNICA", B, True),
    # DOE-RJ 111/2023: bold and centred titles under the órgão
    ("EXTRATO DE INSTRUMENTO CONTRATUAL", BC, True),
    ("AVISO", BC, True),
    # DODF 29/2018: centred, not bold
    ("AVISO DE ABERTURA", C, True),
    ("AVISO DE REABERTURA", C, True),
    # a number alone names an act when the layout sets the line as a title
    ("JULGAMENTO DO RECURSO Nº 035/2019", B, True),
    # near misses: no layout mark
    ("EXTRATO DE COMPROMISSO", 0, False),
    # a bold órgão heading (DOE-RJ 111/2023; DOU 2022 p. 182)
    ("SECRETARIA DE ESTADO DE POLÍCIA MILITAR", BC, False),
    ("SECRETARIA NACIONAL DA JUVENTUDE", B, False),
    # a bold label inside an extract (DOE-RJ 111/2023: the labels are set in Arial-BoldMT)
    ("INSTRUMENTO : Convênio AgeRio/ADM nº 006/2023.", B, False),
    ("PARTES : SEPM e a empresa LEMAN MEDICAMENTOS E CIA LTDA-", B, False),
    ("CONTRATO: Nº 12/2023", B, False),
    # a kicker over a run of acts (DOE-BA 22.825), a signatory's name and cargo (DOE-RJ), the journal's band (DOU)
    ("CONTRATOS", B, False),
    ("MARLYUS JEFERTON DA SILVA DOMINGOS", BC, False),
    ("Seção 3 ISSN 1677-7069 Nº 157, segunda-feira, 17 de agosto de 2020", B, False),
    # a table's row caption (Tucano-BA DOE 1.507), a process number over the act's own (Tucano-BA Câmara 2020-01-08)
    ("RESULTADO PREVIDENCIÁRIO (c) = (a-b)", B, False),
    ("RESULTADO PRIMÁRIO", B, False),  # a fiscal report's table caption (DOU 2014-10-01 s1)
    ("PROCESSO ADMINISTRATIVO Nº 001/2020", B, False),
    ("CNPJ N.º 83.074.047/0001-27", B, False),  # DOU 2014-10-01 s1: a company's number in a list
    ("INSCRIÇÃO N.º 83.074.047/0001-27", B, False),
    # a long capitals sentence, a table row with a date
    ("EXTRATO " + "DO CONTRATO DE PRESTAÇÃO DE SERVIÇOS " * 4, B, False),
    ("PORTARIA Nº 12/2023 DE 01/02/2023", B, False),
]


@pytest.mark.parametrize("line,marks,want", LAYOUT_TITLES)
def test_layout_title(line, marks, want):
    assert is_layout_title(line, marks) is want


def grammar(text: str) -> _Grammar:
    pars = paragraphs(text)
    return _Grammar(text, pars, [1] * len(pars), set(), True)


OPENS_HERE = [
    # under an órgão heading (DOE-RJ 111/2023), after an act's closing (DODF 29/2018: place, date, name, cargo)
    ("SECRETARIA DE ESTADO DE POLÍCIA MILITAR\nAVISO", True),
    ("Brasília/DF, 08 de fevereiro de 2018\nKARINA DA SILVA LIMA\nPregoeira\nAVISO DE REABERTURA", True),
    # near miss: the aviso's sentence leads into its centred pregão line (DODF 29/2018 p. 4)
    (
        "Encontra-se a disposição dos interessados, no site www.comprasgovernamentais.gov.br, o seguinte Edital:\n"
        "PREGÃO ELETRÔNICO Nº 01/2018",
        False,
    ),
    # near miss: in the middle of an act's sentences
    ("O contrato tem vigência de doze meses, a contar da assinatura, prorrogável na forma da lei.\nAVISO", False),
]


@pytest.mark.parametrize("text,want", OPENS_HERE)
def test_opens_here(text, want):
    g = grammar(text)
    assert g.opens_here(len(g.pars) - 1) is want


def _line(x0: float, x1: float, size: float = 8.0) -> Line:
    return Line([Word("X", x0, 100.0, x1, 100.0 + size, size)])


CENTRES = [
    ((140.0, 260.0), [(50.0, 350.0)], True),  # in the middle of its column
    ((50.0, 170.0), [(50.0, 350.0)], False),  # at the left edge
    ((52.0, 348.0), [(50.0, 350.0)], False),  # as wide as the column: a full line
    ((400.0, 520.0), [(50.0, 350.0), (360.0, 560.0)], True),  # the second column's centre
]


@pytest.mark.parametrize("span,columns,want", CENTRES)
def test_centred(span, columns, want):
    assert is_centred(_line(*span), columns) is want


def test_marks_follow_a_slice():
    layout = Layout("AB\nEXTRATO\nCD", TextMap(), [], {3: BOLD})
    assert layout.slice(3, 10).marks == {0: BOLD}
    assert layout.slice(0, 2).marks == {}


# bold from the fonts of real gazettes: the first word of a PDFium line (DOU 2020 p. 92: titles in a bold face;
# DOE-RJ 111/2023: Arial-BoldMT labels and titles, ArialMT body)
BOLD_WORDS = [
    ("dou_s3_2020_08_17_p92_and_2022_04_29_p182.pdf", 1, "EXTRATO", True),
    ("dou_s3_2020_08_17_p92_and_2022_04_29_p182.pdf", 1, "OBJETO:", False),  # the DOU's labels are not bold
    ("doe_rj_parte1_111_2023_06_20_extratos_pages.pdf", 2, "EXTRATO", True),
    ("doe_rj_parte1_111_2023_06_20_extratos_pages.pdf", 2, "FISCAIS:", True),  # the DOE-RJ's labels are
    ("doe_rj_parte1_111_2023_06_20_extratos_pages.pdf", 2, "POMPEU", False),
]


@pytest.mark.parametrize("name,page,word,want", BOLD_WORDS)
def test_bold_words_of_real_gazettes(name, page, word, want):
    path = REAL2 / name
    if not path.exists():
        pytest.skip(SHARED_REASON)
    with open_pdf(path) as f:
        raw = next(p for p in f.pages() if p.number == page)
    marks = {w.bold for w in raw.words if w.new_line and w.text == word}
    assert marks == {want}
