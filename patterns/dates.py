"""Dates: ``03/02/2026``, ``9 de maio de 2025``, ``1º de abril de 2021``, ``03 DE FEVEREIRO DE 2026``,
``04 janeiro de 2020`` (no "de" after the day: DODF 2020-01-08), ``07.03.2014`` and ``6.10.2014`` (DOU
acts and TCU acórdãos; a day up to 31, a month up to 12 and a four-digit year, or it is not a date), ``30JUN2020`` (the military form the
Comando da Aeronáutica's extratos print in the DODF), and the year alone in a citation (``Portaria … nº 33, de 2023``). Values are ISO dates;
``valid`` is False for an impossible day (``31/02/2025``), which is kept, not dropped.

Examples: seed DOU p. 112 (``Decreto nº 11.531, de 16 de maio de 2023``), seed Lei 1.508
(``LEI Nº 1.508, DE 03 DE FEVEREIRO DE 2026``), SEI stamps (``em 30/03/2026``).
Near misses: ``19973.003289/2025-14`` (a process number), ``01/2026`` (a document number),
``2001.34.00.024796-9`` and ``1.2.3.2019`` (dotted numbers), ``10.12.93`` (a two-digit year: not read).
"""

from __future__ import annotations

import datetime as dt

import regex

from .mention import Mention, first_matches, gated, make
from seidou.versions import tag

VERSION = 4  # 3: dd.mm.yyyy; 4: no "de" before the year ("15 DE JANEIRO 2016", DOM-AL; "1º de março 2019")
NAME = tag("seidou.patterns.dates", VERSION)

MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "marco": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}

SHORT_MONTHS = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# The forms, each after the cheap test its matches pass (a lookahead the engine skips ahead on). PATTERN is their
# alternation; :func:`find` searches each form on its own (``first_matches``: the same matches, several times faster).
_FORMS = (
    (r"(?=\d{1,2}/)", r"(?<![\d./-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/-])"),  # 03/02/2026
    (
        r"(?=\d{1,2}\s*[º°oO]?\s+(?:[dD][eE]\s+)?[jfmasondJFMASONDſ])",
        r"""\b(?P<d2>\d{1,2})\s*[º°o]?\s+(?:de\s+)?(?P<mon>janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho
          |agosto|setembro|outubro|novembro|dezembro)\s+(?:de\s+)?(?P<y2>\d{4})\b""",  # 9 de maio de 2025, 15 DE JANEIRO 2016
    ),
    (
        r"(?=\d{1,2}\.)",
        r"(?<![\d.,/-])(?P<d5>0?[1-9]|[12]\d|3[01])\.(?P<m5>0?[1-9]|1[0-2])\.(?P<y5>(?:19|20)\d{2})(?![\d/-]|[.,]\d)",
    ),  # 07.03.2014
    (r"(?=\d{1,2}[A-Z])", r"\b(?P<d4>\d{1,2})(?P<mon4>(?-i:SHORT_MONTHS))(?P<y4>\d{4})\b"),  # 30JUN2020
    (
        r"(?=[nN][º°oO]\.?\s*\d)",
        r"""\bn[º°o]\.?\s*\d[\d.]{0,9}(?:-\d{1,3})?(?:/\d{2,4})?,?\s*                    # after "nº 33, " …
      (?P<yde>de\s+(?P<y3>(?:19|20)\d{2}))\b(?!\s*[-/])""",  # … "de 2023": year only
    ),
)
_FLAGS = regex.VERBOSE | regex.IGNORECASE
# the cheap test first: every form opens with a digit or "nº"
PATTERN = regex.compile(
    r"(?=[\dn])(?:" + "\n|".join(form for _, form in _FORMS).replace("SHORT_MONTHS", "|".join(SHORT_MONTHS)) + "\n)",
    _FLAGS,
)
_PARTS = tuple(
    regex.compile((test + r"(?i:" + form + "\n)").replace("SHORT_MONTHS", "|".join(SHORT_MONTHS)), regex.VERBOSE)
    for test, form in _FORMS
)
# The military form (30JUN2020) prints a digit before its month in capitals (case as printed): most texts print no digit
# before a capital, and that search is three times cheaper than the form's (mention.gated)
_GATES = (None, None, None, regex.compile(r"\d[A-Z]"), None)


def day(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None for an impossible day (31/02)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find(text: str) -> list[Mention]:
    out = []
    for m in first_matches(gated(_PARTS, _GATES, text), text):
        g = m.groupdict()
        if g.get("y3"):
            s, e = m.span("yde")
            year = int(g["y3"])
            out.append(make("date", text, s, e, str(year), True, NAME, precision="year", year=year))
            continue
        if g.get("y"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        elif g.get("y5"):
            y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
        elif g.get("y4"):
            y, mo, d = int(g["y4"]), SHORT_MONTHS.index(g["mon4"]) + 1, int(g["d4"])
        else:
            y, mo, d = int(g["y2"]), MONTHS[g["mon"].casefold()], int(g["d2"])
        value = day(y, mo, d)
        out.append(
            make(
                "date",
                text,
                m.start(),
                m.end(),
                value.isoformat() if value else f"{y:04d}-{mo:02d}-{d:02d}",
                value is not None,
                NAME,
                precision="day",
                year=y,
            )
        )
    return out
