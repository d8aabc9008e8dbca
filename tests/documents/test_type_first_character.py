"""classify.doc_type_of matches a title only against the types that can read its first character
(mention.FirstCharacter): the same type as the walk over every type, on crafted titles of every type (in capitals and
in sentence case, the IGNORECASE ones with the long s, a summary read as an extrato, a note mark) and on the lines of
real pages, and a SEI footer's label searched anywhere as before."""

from __future__ import annotations

from seidou.documents import classify
from seidou.documents.segment import respaced

from ..page_texts import real_texts

TITLES = [
    "EXTRATO DO 1º TERMO ADITIVO AO CONVÊNIO Nº 709761/2009",
    "Extrato do Primeiro Termo Aditivo ao Termo de Fomento",
    "EXTRATO DE INEXIGIBILIDADE",
    "AVISO DE LICITAÇÃO",
    "aviso de resultado",
    "LEI COMPLEMENTAR Nº 1",
    "Lei nº 1.508",
    "DECRETO Nº 153",
    "PORTARIA DP Nº. 074",
    "RESOLUÇÃO Nº 1",
    "ſECRETARIA",
    "2º TERMO ADITIVO",
    "TERMO DE FOMENTO",
    "Resumo do primeiro termo aditivo ao contrato nº. 034/2018",
    "*DECRETO Nº 48.394",
    "EXTR ATO S DE CONTRATO",
    "ATO DECLARATÓRIO",
    "PAUTA",
    "",
    "Considerando",
]


def walked(title: str | None, anywhere: bool = False) -> str:
    if not title:
        return "other"
    if not anywhere:
        title = respaced(classify.SUMMARY.sub("EXTRATO ", title, count=1))
    for rx, t in classify._TYPE_RX:
        if rx.search(title) if anywhere else rx.match(title):
            return t
    return "other"


def test_types_tried_by_first_character_as_all_types():
    lines = TITLES + [line.strip() for text in real_texts() for line in text.split("\n")]
    fast = [classify.doc_type_of(line) for line in lines]
    assert fast == [walked(line) for line in lines]
    assert [classify.doc_type_of(t, anywhere=True) for t in TITLES] == [walked(t, True) for t in TITLES]
    assert len(set(fast[: len(TITLES)])) >= 12
