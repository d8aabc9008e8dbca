"""CNPJ: real examples (source in the comment), near misses, known gaps."""

from __future__ import annotations

import pytest

from seidou.patterns import cnpj

POSITIVE = [
    # (text, value, valid)
    ("CNPJ: 00.489.828/0001-55", "00489828000155", True),  # seed plano de trabalho p. 1, Partícipe 1 (MGI)
    ("CNPJ: 33.970.559/0001-0\nEsfera", "339705590001-0", False),  # same table, ABM: truncated in the source
    ("inscrito no CNPJ/MF sob o nº 00.396.895/0001-25, com sede", "00396895000125", True),  # seed convênio p. 3
    ("Município de Cabixi - 22.855.159/0001-20 - Av. Tamoios", "22855159000120", True),  # seed municipal letterhead
    ("CNPJ: 13.013.263/0001-87 MATRIZ", "13013263000187", True),  # DOU 2014-10-01 p. 6, CONCEA extrato
    ("CNPJ: 15.830.015/0001-54", "15830015000154", True),  # DOU 2014-10-01 p. 6, ANCINE despacho
    ("CNPJ nº 13.810.312/0001-02", "13810312000102", True),  # Tucano-BA gazette 1.507 p. 4 letterhead
    ("o CNPJ 12.ABC.345/01DE-35 da filial", "12ABC34501DE35", True),  # Receita Federal's alphanumeric example
    ("CNPJ 00000000E08G12", "00000000E08G12", True),  # alphanumeric, unpunctuated after a lead-in (FACTS.md)
    ("CNPJ nº 00489828000155", "00489828000155", True),  # numeric, unpunctuated after a lead-in
    ("CNPJ/MF 00489828/0001-55", "00489828000155", True),  # dots dropped
    ("CNPJ: 33.952.510/0001-54", "33952510000154", False),  # DOU 2014-10-01 edition: a printed typo, kept
    # DOU 2017-10-02 Seção 3: glued to its "nº"; Seção 1: dots dropped, no lead-in, branch 0001, digits hold
    ("INFORMATICA EIRELI, inscrita no CNPJ sob nº07.910.097/0001-19, vencedora", "07910097000119", True),
    ("município do Rio de Janeiro- SINPROMRJ 12802774/0001-15\nNota", "12802774000115", True),
    # DODF 2020-01-08: bare in a list under "CPF/CNPJ"
    ("INTERESSADO; CPF/CNPJ: 20191126-1, Correia Assessoria LTDA, 10619342000148; 2019", "10619342000148", True),
    # punctuation misplaced after a lead-in, digits holding: Paraguaçu-SP termo de fomento 01/2024 (Econv),
    # DOM Belo Horizonte 7.143 (PRODABEL), Abrinq convênio 379/2021 preamble
    ("CNPJ/MF: Nº 53.640116/0001-51\nAutoridade", "53640116000151", True),
    ("PRODABEL, CNPJ/ MF nº 18.239.038.0001-87, Inscrição", "18239038000187", True),
    ("inscrita no CNPJ sob o nº 04.087.181.0001/96, com sede", "04087181000196", True),
]
NEGATIVE = [
    "CNPJ 04.087.181.0001/97",  # misplaced punctuation and check digits that fail: not read as a CNPJ
    "CPF nº 055.781.735-86",  # a CPF (Tucano gazette 1.507 p. 8)
    "Processo SEI-MGI nº 19973.003289/2025-14",  # a NUP
    "Processo nº 00143815/2018-01",  # dots-dropped shape without a CNPJ lead-in
    "Fone 75 3272-2181",  # a phone number
    "matrícula nº 9.061.600-6",  # a matrícula (DO2 2023-05-02 p. 94)
    "pelo código 05152025050900112",  # a DOU authenticity code
    "12345678000195",  # 14 digits with no lead-in
    "Processo nº 12802774/0001-16",  # dots dropped, no lead-in, digits failing: not a CNPJ
    "CNPJ: " + "x" * 3100 + " 10619342000148",  # too far under a "CNPJ"
    "programa 20.608.0012.1.026",  # a programa de trabalho
]


@pytest.mark.parametrize("text,value,valid", POSITIVE)
def test_positive(text, value, valid):
    found = cnpj.find(text)
    assert [(m.value, m.valid) for m in found] == [(value, valid)]
    assert text[found[0].start : found[0].end] == found[0].raw


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert cnpj.find(text) == []


BROKEN = [
    # (text, value or None): lines are joined by a space in the canonical text, so a CNPJ broken at a
    # line end after a dot, slash or hyphen has one space inside; it counts only when its digits hold
    ("CNPJ 00.489.828/ 0001-55", "00489828000155"),
    ("CNPJ 00.489. 828/0001-55", "00489828000155"),
    ("CNPJ 00. 489.828/0001-55", "00489828000155"),
    ("CNPJ 00.489.828/0001- 55", "00489828000155"),
    ("CNPJ nº 33. 952.510/0001-54", None),  # a DOU act of the corpus: two digits swapped, the check fails
    # cnpj@7: the layout can cut a paragraph after a line ending in the hyphen before the check digits (the next
    # line "46. Valor: …" opens like a numbered item): read across the newline when the digits hold
    ("CNPJ n° 09.811.654/0008-\n46. Valor: R$ 977.480,97", "09811654000846"),  # DODF 2021-01-06, Metrô-DF ata
    ("(CNPJ nº 31.890.783/0001-\n50).\nOBJETO:", "31890783000150"),  # DOE-RJ 2023-03-14, SEPM contrato
    ("CNPJ 00.489.828/0001-\n56", None),  # near miss: the check digits fail across the newline
    ("CNPJ 00.489.828/\n\n0001-55", None),  # near miss: an empty line between is no line end
    # review rev27a: a line break after a dot or a slash is a paragraph's or a cell's end (only a line ending in the
    # hyphen keeps its break), even when the digits hold
    ("CNPJ 00.489.\n828/0001-55", None),
    ("CNPJ 00.489.828/\n0001-55", None),
]


# cnpj@7: after a lead-in, the separators anywhere among the 14 digits (the check digits must hold), and the lead-in
# misspelt "CPNJ" (two sources: DOM-CE APRECE 2.974 and DOU 2020 "CPNJ/MS 00.530.493/0001-71")
LEAD_IN = [
    ("Alternativas - REDE, CNPJ 25.572.868.000/197\nObjeto:", "25572868000197"),  # DOM Belo Horizonte 7.153
    ("inscrita no CPNJ nº 11.740.887.0001/70 e Hospital", "11740887000170"),  # DOM-CE APRECE 2.974, Barbalha
    ("CNPJ 25.572.868.000/198\nObjeto:", None),  # near miss: check digits fail
    ("Processo 25.572.868.000/197", None),  # near miss: no lead-in
    ("CPNJ 2557.2868.0001/97-1", None),  # near miss: 15 digits
    # review rev27a: 14-digit DF process numbers whose digits happen to hold, first after a lead-in (the separators
    # anywhere only in the last six digits of a root printed whole)
    ("GUSTAVO HENRIQUE DE PAIVA LADEIRA, CPF/CNPJ não informado, 0124-004030/2005, 30 dias", None),  # DODF 2021-01-06
    ("CNPJ: a informar. Processo: 0370-000464/2016- DAS PARTES", None),  # DODF 2020-01-07 process number
]


@pytest.mark.parametrize("text,value", LEAD_IN)
def test_misplaced_separators_after_a_lead_in(text, value):
    assert [m.value for m in cnpj.find(text) if m.valid] == ([value] if value else [])


@pytest.mark.parametrize("text,value", BROKEN)
def test_broken_at_a_line_end(text, value):
    assert [m.value for m in cnpj.find(text) if m.valid] == ([value] if value else [])


def test_check_digits_examples():
    assert cnpj.is_valid("00.489.828/0001-55") and cnpj.is_valid("12.ABC.345/01DE-35")
    assert not cnpj.is_valid("00.000.000/0000-00")
    assert cnpj.check_digits("12ABC34501DE") == "35"


# cnpj@5: after a "CNPJ" lead-in, digits glued to it or letter-spaced by a justified line, when the check digits hold
SPACED_ROWS = [
    ("MICMAC VIAGEM E TURISMO LTDA (CNPJ08.908.786/0001-51)", ["08908786000151"]),  # DOE-RJ 2023-06-20 JUCERJA
    ("IV- CPF/CNPJ do propo\ufffenente\n11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 3\nV- Valor", ["11472564000143"]),  # DOE-RJ
    ("IV- CPF/CNPJ do proponente\n2 4 . 2 5 1 . 11 0 / 0 0 0 1 - 9 4\nV- Valor", ["24251110000194"]),  # DOE-RJ
    # near misses: check digits that do not hold, a spaced process number after the lead-in, no lead-in
    ("CPF/CNPJ do proponente\n11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 4\n", []),
    ("CNPJ: processo 3 5 0 11 5 / 0 0 1 0 4 6 / 2 0 2 2 .", []),
    ("Processo 11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 3", []),
]


@pytest.mark.parametrize("text,values", SPACED_ROWS)
def test_cnpj_glued_or_letter_spaced(text, values):
    assert [m.value for m in cnpj.find(text) if m.valid] == values


# cnpj@6: OCR misreads in the full punctuated shape (Tesseract 5.3 on scans, text as read), only when the check
# digits hold once read as digits. Two sources with a comma for a dot: Paraguaçu-SP termo aditivo 50/2023 (page
# footers of the scanned termo, real2 tune) and Tucano-BA gazette 1.380 (scanned page 13, old corpus).
OCR_ROWS = [
    ("Paraguaçu Paulista - CNPJ nº. 44,547.305/0001-93\nFone: (18)3361-9100", ["44547305000193"]),  # Paraguaçu p. 1
    ("Ef cNPjne 13.810,312/0001-02 TUCANO", ["13810312000102"]),  # Tucano-BA 1.380 p. 13 (lead-in unreadable too)
    # O/o read for 0, l/I/| for 1: a guarded grammar (the Tucano letterhead CNPJ with the misreads put in)
    ("CNP) nº 13.81O.312/0001-O2", ["13810312000102"]),
    ("CNPJ nº l3.810.3l2/000l-02", ["13810312000102"]),
    # near misses: check digits failing after the substitution, a comma-shaped number with no slash
    ("CNPJ nº. 44,547.305/0001-94", []),
    ("CNPJ nº l3.810.3l2/000l-03", []),
    ("total 44,547.305,00 e 13,810,312", []),
    ("12.ABC.345/01DE-35", ["12ABC34501DE35"]),  # an alphanumeric CNPJ whose own digits hold is kept as printed
]


@pytest.mark.parametrize("text,values", OCR_ROWS)
def test_cnpj_as_read_by_ocr(text, values):
    found = cnpj.find(text)
    assert [m.value for m in found if m.valid] == values
    assert all(m.valid for m in found)  # an OCR reading whose digits fail is not kept as an invalid CNPJ


# cnpj@6: "CNP)" is the lead-in "CNPJ" as Tesseract reads it (Paraguaçu-SP ACIPP ofício 099/2023 letterhead,
# real2 tune; Tucano-BA gazette 1.380 scanned pages 1-9, old corpus); the lead-in rules apply after it
OCR_LEAD_IN = [
    ("CNP) 47.609.482/0001-45 - Utilidades Públicas", ["47609482000145"]),  # Paraguaçu p. 5, as read
    ("CNP) nº 13.810.312/0001-02", ["13810312000102"]),  # Tucano-BA 1.380 p. 1, as read
    ("CNP) nº 13.810312/0001-02", ["13810312000102"]),  # a dot lost as well: the lead-in rule (check digits hold)
    ("CNP) nº 13810312000102", ["13810312000102"]),  # unpunctuated after the misread lead-in
    ("CNP) nº 13.810312/0001-03", []),  # near miss: check digits fail
    ("(ver CNP) 13810312000102", ["13810312000102"]),
    ("SNP) 13810312000102", []),  # not the lead-in: 14 bare digits
]


@pytest.mark.parametrize("text,values", OCR_LEAD_IN)
def test_cnpj_after_the_lead_in_as_read_by_ocr(text, values):
    assert [m.value for m in cnpj.find(text) if m.valid] == values


@pytest.mark.parametrize(
    "text",
    [
        "inscrita sob o nº 00.489.828/0001-55 e 00489828000155; 12802774/0001-15",
        "empresa 53.640116/0001-51, conta 00489828000155, 33.\n952.510/0001-54",
        "CONTRATADA: ACME LTDA, CNPJ 00489828000155, e CPNJ/MS 53.640116/0001-51",
        "CNP) nº 13.810.312/0001-02 e 18.239.038.0001-87",
    ],
)
def test_a_text_without_a_lead_in_skips_the_forms_that_need_one(text):
    """The forms read after "CNPJ" are not searched in a text that prints no lead-in: the same matches."""
    from seidou.patterns.mention import first_matches

    spans = [m.span() for m in first_matches(cnpj._PARTS, text)]
    assert [(m.start, m.end) for m in cnpj.find(text) if m.extractor == cnpj.NAME] == spans
    if not any(w in text for w in cnpj._LEAD_INS):
        assert [m.span() for m in first_matches(cnpj._UNLED, text)] == spans
    assert len(cnpj._UNLED) == len(cnpj._PARTS) - 3
