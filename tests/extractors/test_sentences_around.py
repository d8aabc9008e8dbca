"""vigencia finds the sentences around its marks (``_sentences_with``: the nearest sentence ends either side of each)
instead of SENTENCE's pass over the whole text: the same spans as SENTENCE.finditer's that hold a mark, for marks at
every place, at every other place and at a few, on crafted stops of every kind GOES_ON reads and on real pages."""

from __future__ import annotations

from seidou.extractors import vigencia

from ..page_texts import real_texts

STRINGS = [
    "",
    "sem fim",
    ".",
    "\n\n;;..",
    "Vigência: 12 meses. Valor: R$ 1.000,00; Prazo 01.01.2024 a 31.12.2024\nfim",
    "Lei n.º 8.666/93, art. 57 da Lei n. 8.666/1993 e CONTRATO N.º 010/2003.",  # the points that do not end it
    "com término em\n31/12/2030 e prazo de 12\n(doze) meses, a partir\nde hoje",  # wrapped lines
    "fica prorrogada a vigência do\nContrato por mais 12 meses,\nA partir: \nB e\nC",  # words that cannot end one
    "VIGÊNCIA\nA partir da publicação.\nDA VIGÊNCIA\nDo prazo de vigência\n  Prazo de Vigência  \nFim.",
    "\nvigência\n",
    "abc.\n",
    "Sr. 12 e Dr.\n3",
    "a;b.c\nd",
    "Fim.\n\n",
]


def spans(text: str, marks: list[int]) -> list[tuple[int, int]]:
    """The slow path: SENTENCE over the whole text, the sentences that hold a mark."""
    marked = set(marks)
    return [s.span() for s in vigencia.SENTENCE.finditer(text) if not marked.isdisjoint(range(*s.span()))]


def test_sentences_around_the_marks_are_sentences():
    real = real_texts()
    for text in STRINGS + real:
        for marks in (list(range(len(text))), list(range(0, len(text), 2)), list(range(0, len(text), 97))):
            assert list(vigencia._sentences_with(text, marks)) == spans(text, marks), (text[:80], len(marks))
