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
from .mention import Anchored, Mention, make
from seidou.versions import tag

VERSION = 2  # 2: plural citations ("Leis nºs 8.666 e 14.133") and "nº" lists give one reference per norm
NAME = tag("seidou.patterns.references", VERSION)

# (singular, plural, kind)
KINDS = [
    (r"Lei\s+Complementar|LC", r"Leis\s+Complementares", "lei_complementar"),
    (r"Decreto[\s-]+Lei", r"Decretos[\s-]+Leis", "decreto_lei"),
    (r"Decreto(?:\s+Legislativo)?", r"Decretos(?:\s+Legislativos)?", "decreto"),
    (r"Lei(?:\s+Org[âa]nica|\s+Or[çc]ament[áa]ria)?", r"Leis", "lei"),
    (r"Portaria\s+Conjunta", r"Portarias\s+Conjuntas", "portaria_conjunta"),
    (r"Portaria\s+Interministerial", r"Portarias\s+Interministeriais", "portaria_interministerial"),
    (r"Portaria(?:\s+Normativa|\s+Ministerial)?", r"Portarias(?:\s+Normativas|\s+Ministeriais)?", "portaria"),
    (r"Instru[çc][ãa]o\s+Normativa|IN", r"Instru[çc][õo]es\s+Normativas", "instrucao_normativa"),
    (r"Medida\s+Provis[óo]ria|MP", r"Medidas\s+Provis[óo]rias", "medida_provisoria"),
    (r"Resolu[çc][ãa]o(?:\s+Normativa)?", r"Resolu[çc][õo]es(?:\s+Normativas)?", "resolucao"),
    (r"Emenda\s+Constitucional|EC", r"Emendas\s+Constitucionais", "emenda_constitucional"),
]
# plural heads first: "Leis" must not be read as "Lei" + "s"
_KIND_ALT = "|".join(
    [f"(?P<p{i}>{plural})" for i, (_, plural, _) in enumerate(KINDS)]
    + [f"(?P<k{i}>{singular})" for i, (singular, _, _) in enumerate(KINDS)]
)
_NO = r"(?:[nN][º°oO][sS]?[.-]?|[nN]\.[º°o]?s?|números?)"  # "No-": the DOU's raised o and its underline

# One norm: number, then its year or date — shared by the head and by the items of a list.
_ITEM = r"""
    (?P<number>\d{1,3}(?:\.\d{3})+|\d{1,6})(?P<suffix>-[A-Z0-9]{1,2})?(?![\d.,]?\d)  # 14.133 · 2.200-2
    (?:/(?P<slash_year>\d{4}|\d{2})(?!\d))?                                       # 14.133/2021
    (?:/(?P<post_issuer>\p{Lu}{2,}[\p{Lu}\d-]*(?:/\p{Lu}{2,}[\p{Lu}\d-]*)*)(?![\w/]))?  # 208/SAS/MS
    (?:,?\s+de\s+
        (?:(?P<day>\d{1,2})\s*[º°o]?\s+de\s+(?P<month>\p{L}+)\s+de\s+(?P<year>\d{4})
          |(?P<dd>\d{1,2})/(?P<mm>\d{1,2})/(?P<yyyy>\d{4})
          |(?P<year_only>\d{4})\b)
    )?
"""

PATTERN = regex.compile(
    rf"""
    (?<!\w)(?:{_KIND_ALT})
    (?:\s+(?:Federa(?:l|is)|Estadua(?:l|is)|Municipa(?:l|is)|Distrita(?:l|is))\b)?       # a qualifier, not an issuer
    (?:\s+(?P<issuer>(?![nN][º°oO][sS]?\b|[nN]\.)\p{{Lu}}[\p{{L}}\d-]*(?:/\p{{Lu}}[\p{{L}}\d-]*)*))?  # MGI/MF/CGU, Seges
    \s*{_NO}?\s*
    {_ITEM}
    """,
    regex.VERBOSE,
)
# What every PATTERN match opens with (after its look-behind): the letters its kinds' heads print first, each searched
# on its own; PATTERN is tried only where one starts (mention.Anchored: a third faster than its search, which tries its
# look-behind and 22 heads at every capital of the text). A head added to KINDS needs its letters here
# (tests/patterns/test_references.py checks).
HEADS = ("Lei", "LC", "Decreto", "Portaria", "Instru", "IN", "Medida", "MP", "Resolu", "Emenda", "EC")
HEAD_OPENERS = tuple(regex.compile(head) for head in HEADS)
# The next norm of a list: ", nº 9.074, de 7 de julho de 1995", " e 14.133/2021". After a singular
# head ("Lei nº 8.987, …, nº 9.074") only with its own "nº": a bare number there is not a norm.
ABBREVIATIONS = ("LC", "IN", "MP", "EC")
_HAS_NO = regex.compile(r"n[º°o]|N[º°O]")
NEXT = regex.compile(rf"(?:\s*,\s*(?:e\s+)?|\s+e\s+)(?P<no>{_NO}\s*)?{_ITEM}", regex.VERBOSE)


def _kind(m: regex.Match) -> tuple[str, bool, str]:
    """The kind of norm, whether the head was plural, and the head as printed."""
    for i, (_, _, kind) in enumerate(KINDS):
        if m.group(f"k{i}"):
            return kind, False, m.group(f"k{i}")
        if m.group(f"p{i}"):
            return kind, True, m.group(f"p{i}")
    raise AssertionError("no kind matched")


def norm_id(kind: str, number: str, year: int | None) -> str:
    """>>> norm_id("lei", "14133", 2021), norm_id("lei", "8666", None)
    ('lei:14133/2021', 'lei:8666')
    """
    return f"{kind}:{number}/{year}" if year else f"{kind}:{number}"


def _year_and_date(m: regex.Match) -> tuple[int | None, dt.date | None]:
    if m.group("year"):
        month = MONTHS.get(m.group("month").casefold())
        year = int(m.group("year"))
        if month:
            try:
                return year, dt.date(year, month, int(m.group("day")))
            except ValueError:
                pass
        return year, None
    if m.group("yyyy"):
        year = int(m.group("yyyy"))
        try:
            return year, dt.date(year, int(m.group("mm")), int(m.group("dd")))
        except ValueError:
            return year, None
    if m.group("year_only"):
        return int(m.group("year_only")), None
    if m.group("slash_year"):
        y = int(m.group("slash_year"))
        return (y if y > 100 else (2000 + y if y <= dt.date.today().year % 100 else 1900 + y)), None
    return None, None


def _mention(text: str, m: regex.Match, start: int, kind: str, issuer: str | None) -> Mention:
    number = m.group("number").replace(".", "") + (m.group("suffix") or "")
    year, date = _year_and_date(m)
    return make(
        "reference",
        text,
        start,
        m.end(),
        norm_id(kind, number, year),
        None,
        NAME,
        norm_kind=kind,
        number=number,
        year=year,
        date=date,
        issuer=issuer or m.group("post_issuer"),
    )


def find(text: str) -> list[Mention]:
    """Every norm cited; a list ("Leis nºs 8.666, de 1993, e 14.133, de 2021", "Decreto nº 2.003, de …,
    nº 5.163, de …") gives one mention per norm, the first spanning the head, the others their own item.

    >>> [m.value for m in find("nas Leis nºs 8.666/1993 e 14.133/2021 e no Decreto nº 11.531, de 2023, nº 11.878, de 2024")]
    ['lei:8666/1993', 'lei:14133/2021', 'decreto:11531/2023', 'decreto:11878/2024']
    """
    out = []
    pos = 0
    heads = Anchored(PATTERN, HEAD_OPENERS, (0,), text)
    while (m := heads.search(text, pos)) is not None:
        pos = m.end()
        kind, plural, head = _kind(m)
        if not plural and head in ABBREVIATIONS and not _HAS_NO.search(m.group()):
            continue  # "MP", "IN", "EC" alone are too common as words; require "nº"
        issuer = m.group("issuer")
        out.append(_mention(text, m, m.start(), kind, issuer))
        while (n := NEXT.match(text, pos)) is not None and (plural or n.group("no")):
            out.append(_mention(text, n, n.start("no") if n.group("no") else n.start("number"), kind, issuer))
            pos = n.end()
    return out
