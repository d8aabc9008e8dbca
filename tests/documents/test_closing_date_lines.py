"""classify.closing_date searches CLOSING_DATE only in the lines that hold its end (CLOSING_DATE_END; neither reads a
line break): the date is the one 0.31's search of the whole text gave (kept here, each match's day read by the same
closing_day), on crafted texts (several closings on a line and over lines, an impossible day, a month no calendar has,
CR line ends) and on real pages."""

from __future__ import annotations

import datetime as dt

from seidou.documents.classify import CLOSING_DATE, CLOSING_DATE_END, closing_date, closing_day

from ..page_texts import real_texts

TEXTS = [
    "Belo Horizonte, 27 de novembro de 2024\nJoão da Silva\nPrefeito",
    "Brasília/DF, 08 de fevereiro de 2018. Rio Branco – Acre, 13 de dezembro de 2018 e Recife, 1º de março de 2019.",
    "Teotônio Vilela – AL, 31 de fevereiro de 2016\nFortaleza, em 2 de Brumário de 2016\r\nx, 3 de maio de 2020",
    "Salvador, 4 de abril de 2020.\nNatal, 30 de fevereiro de 2021\n",
    "Sem Local, 12 de junho de 2022 e mais nada, 5 de julho de 2023",
    "nada aqui",
    "",
]


def whole_text(text: str) -> dt.date | None:
    """0.31's closing_date: the last match of the whole text that prints a day."""
    if not CLOSING_DATE_END.search(text):
        return None
    days = (closing_day(m) for m in reversed(list(CLOSING_DATE.finditer(text))))
    return next((day for day in days if day is not None), None)


def test_the_lines_holding_the_end_give_the_whole_texts_date():
    real = real_texts()
    dated = 0
    for text in TEXTS + real:
        assert closing_date(text) == whole_text(text)
        dated += closing_date(text) is not None
    assert dated >= (20 if real else 4)
