"""References to norms: Lei, Lei Complementar, Decreto, Decreto-Lei, Portaria (Conjunta,
Interministerial), Instrução Normativa, Medida Provisória, Resolução, Emenda Constitucional;
number, date or year, issuer, and a ``norm_id`` such as ``portaria_conjunta:33/2023``.

Examples:
- ``Portaria Conjunta MGI/MF/CGU nº 33, de 30 de agosto de 2023`` (seed convênio) →
  ``portaria_conjunta:33/2023``, issuer ``MGI/MF/CGU``; a later ``da Portaria Conjunta MGI/MF/CGU
  nº 33, de 2023`` gives the same ``norm_id``
- ``Lei nº 14.133, de 1º de abril de 2021`` → ``lei:14133/2021``; ``Lei nº 14.133/2021`` too
- ``MP nº 2.200-2 de 24/08/2001`` (DOU footer) → ``medida_provisoria:2200-2/2001``
- ``Decreto 6.899, de 15 de julho de 2009`` (no "nº"; DOU 2014-10-01 p. 6)
- ``Instrução Normativa SEGES/ME nº 65, de 7 de julho de 2021`` → ``instrucao_normativa:65/2021``
"""

from __future__ import annotations

import datetime as dt

import regex

from .dates import MONTHS
from .mention import Mention, make

VERSION = 1
NAME = f"patterns.references@{VERSION}"

KINDS = [
    (r"Lei\s+Complementar|LC", "lei_complementar"),
    (r"Decreto[\s-]+Lei", "decreto_lei"),
    (r"Decreto(?:\s+Legislativo)?", "decreto"),
    (r"Lei(?:\s+Org[âa]nica|\s+Or[çc]ament[áa]ria)?", "lei"),
    (r"Portaria\s+Conjunta", "portaria_conjunta"),
    (r"Portaria\s+Interministerial", "portaria_interministerial"),
    (r"Portaria(?:\s+Normativa|\s+Ministerial)?", "portaria"),
    (r"Instru[çc][ãa]o\s+Normativa|IN", "instrucao_normativa"),
    (r"Medida\s+Provis[óo]ria|MP", "medida_provisoria"),
    (r"Resolu[çc][ãa]o(?:\s+Normativa)?", "resolucao"),
    (r"Emenda\s+Constitucional|EC", "emenda_constitucional"),
]
_KIND_ALT = "|".join(f"(?P<k{i}>{rx})" for i, (rx, _) in enumerate(KINDS))

PATTERN = regex.compile(
    rf"""
    (?<!\w)(?:{_KIND_ALT})
    (?:\s+(?:Federal|Estadual|Municipal|Distrital)\b)?                                # a qualifier, not an issuer
    (?:\s+(?P<issuer>(?!n[º°o]\b|N[º°O]\b)\p{{Lu}}[\p{{L}}\d-]*(?:/\p{{Lu}}[\p{{L}}\d-]*)*))?  # MGI/MF/CGU, Seges
    \s*(?:n[º°o]\.?|N[º°O]\.?|n\.[º°o]|número)?\s*
    (?P<number>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,6}})(?P<suffix>-[A-Z0-9]{{1,2}})?(?![\d.,]?\d)  # 14.133 · 2.200-2
    (?:/(?P<slash_year>\d{{4}}|\d{{2}})(?!\d))?                                       # 14.133/2021
    (?:,?\s+de\s+
        (?:(?P<day>\d{{1,2}})\s*[º°o]?\s+de\s+(?P<month>\p{{L}}+)\s+de\s+(?P<year>\d{{4}})
          |(?P<dd>\d{{1,2}})/(?P<mm>\d{{1,2}})/(?P<yyyy>\d{{4}})
          |(?P<year_only>\d{{4}})\b)
    )?
    """,
    regex.VERBOSE,
)


def _kind(m: regex.Match) -> str:
    for i, (_, kind) in enumerate(KINDS):
        if m.group(f"k{i}"):
            return kind
    raise AssertionError("no kind matched")


def norm_id(kind: str, number: str, year: int | None) -> str:
    """>>> norm_id("lei", "14133", 2021), norm_id("lei", "8666", None)
    ('lei:14133/2021', 'lei:8666')
    """
    return f"{kind}:{number}/{year}" if year else f"{kind}:{number}"


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        kind = _kind(m)
        abbrev = m.group(f"k{[k for _, k in KINDS].index(kind)}") in ("LC", "IN", "MP", "EC")
        number = m.group("number").replace(".", "") + (m.group("suffix") or "")
        date = None
        year = None
        if m.group("year"):
            month = MONTHS.get(m.group("month").casefold())
            year = int(m.group("year"))
            if month:
                try:
                    date = dt.date(year, month, int(m.group("day")))
                except ValueError:
                    date = None
        elif m.group("yyyy"):
            year = int(m.group("yyyy"))
            try:
                date = dt.date(year, int(m.group("mm")), int(m.group("dd")))
            except ValueError:
                date = None
        elif m.group("year_only"):
            year = int(m.group("year_only"))
        elif m.group("slash_year"):
            y = int(m.group("slash_year"))
            year = y if y > 100 else (2000 + y if y <= dt.date.today().year % 100 else 1900 + y)
        if abbrev and not regex.search(r"n[º°o]|N[º°O]", m.group()):
            continue  # "MP", "IN", "EC" alone are too common as words; require "nº"
        out.append(
            make(
                "reference",
                text,
                m.start(),
                m.end(),
                norm_id(kind, number, year),
                None,
                NAME,
                norm_kind=kind,
                number=number,
                year=year,
                date=date,
                issuer=m.group("issuer"),
            )
        )
    return out
