"""DOU page header and authenticity code.

Examples (real pages):
- ``112 Nº 86, sexta-feira, 9 de maio de 2025 ISSN 1677-7042 Seção 1`` (seed DOU page 112)
- ``Seção 2 ISSN 1677-7050 Nº 82, terça-feira, 2 de maio de 2023`` (DO2 2023-05-02 p. 94)
- ``pelo código 05152025050900112``: journal 0515 (Seção 1), 2025-05-09, page 112;
  before about Nov 2017 the journal was 1/2/3: ``00012014080400068`` (DO1 2014-08-04 p. 68).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .dates import MONTHS
from .mention import Mention, make
from seidou.versions import tag

VERSION = 2
NAME = tag("seidou.patterns.dou", VERSION)


HEADER_DATE = regex.compile(
    r"""
    N[º°o]\.?\s*(?P<edition>\d+(?:-[A-Z])?)\s*,\s*     # edition: Nº 86, Nº 189-A (extra)
    (?:\p{L}+(?:-feira)?)\s*,\s*                       # weekday: sexta-feira, sábado
    (?P<day>\d{1,2})º?\s+de\s+(?P<month>\p{L}+)\s+de\s+(?P<year>\d{4})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
SECTION = regex.compile(r"Se[çc][ãa]o\s*(?P<section>[123])\b", regex.IGNORECASE)
ISSN = regex.compile(r"ISSN\s*(?P<issn>\d{4}-\d{3}[\dX])")
CODE = regex.compile(
    r"""
    c[óo]digo\s*(?P<code>\d{17})\b       # "pelo código 05152025050900112"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Journal codes (FACTS.md): 0515/0529/0530 = Seções 1/2/3; 0600/0601 = Seção 1 extra; old 1/2/3.
JOURNALS = {
    "0515": "1",
    "0529": "2",
    "0530": "3",
    "0600": "1-extra",
    "0601": "1-extra",
    "0001": "1",
    "0002": "2",
    "0003": "3",
}

# Other journals the Imprensa Nacional stamps with codes of the same form (seen in the corpus): their
# codes are kind ``gazette_code`` — valid when the date decodes — not invalid DOU codes.
OTHER_JOURNALS = {"5001": "DODF"}  # Diário Oficial do Distrito Federal


@dataclass(frozen=True)
class DouCode:
    code: str
    journal: str
    section: str | None
    date: dt.date | None
    page: int


_SEVENTEEN = regex.compile(r"\d{17}")


def decode_code(code: str) -> DouCode | None:
    """Decode a 17-digit authenticity code: journal (4), date AAAAMMDD (8), page (5).

    >>> decode_code("05152025050900112")
    DouCode(code='05152025050900112', journal='0515', section='1', date=datetime.date(2025, 5, 9), page=112)
    """
    if not _SEVENTEEN.fullmatch(code):
        return None
    journal, ymd, page = code[:4], code[4:12], int(code[12:])
    try:
        date = dt.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:8]))
    except ValueError:
        date = None
    return DouCode(code, journal, JOURNALS.get(journal), date, page)


@dataclass(frozen=True)
class DouHeader:
    edition: str | None = None
    date: dt.date | None = None
    section: str | None = None
    page: int | None = None
    issn: str | None = None
    code: str | None = None


def parse_header(header: str, footer: str = "", margin: str = "") -> DouHeader | None:
    """Read the DOU facts printed around a page; None when the page is not a DOU page."""
    text = "\n".join((header, footer, margin))
    m = HEADER_DATE.search(header) or HEADER_DATE.search(text)
    code_m = CODE.search(text)
    issn_m = ISSN.search(text)
    if not (m or code_m or issn_m and "Seção" in text):
        return None
    date = None
    edition = None
    if m:
        edition = m.group("edition")
        month = MONTHS.get(m.group("month").casefold())
        if month:
            try:
                date = dt.date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                date = None
    code = decode_code(code_m.group("code")) if code_m else None
    sec_m = SECTION.search(header) or SECTION.search(text)
    section = sec_m.group("section") if sec_m else (code.section if code else None)
    page = code.page if code else _page_number(header)
    if date is None and code is not None:
        date = code.date
    return DouHeader(
        edition, date, section, page, issn_m.group("issn") if issn_m else None, code.code if code else None
    )


def _page_number(header: str) -> int | None:
    """The page number in a header band: ``112 Nº 86, …``, ``Seção 1 113`` or a bare ``94``."""
    for line in header.splitlines():
        s = line.strip()
        m = (
            regex.fullmatch(r"(\d{1,4})", s)
            or regex.match(r"(\d{1,4})\s+N[º°o]", s)
            or regex.search(r"Se[çc][ãa]o\s*[123]\s+(\d{1,4})$", s)
        )
        if m:
            return int(m.group(1))
    return None


def find(text: str) -> list[Mention]:
    """DOU authenticity codes in a text: kind ``dou_code``, valid when journal and date decode; codes of
    another journal printed by the Imprensa Nacional (``OTHER_JOURNALS``): kind ``gazette_code``.

    >>> [(m.kind, m.valid, dict(m.data)["journal"]) for m in find("pelo código 50012020010700001")]
    [('gazette_code', True, 'DODF')]
    """
    out = []
    for m in CODE.finditer(text):
        s, e = m.span("code")
        c = decode_code(m.group("code"))
        if c is not None and c.journal in OTHER_JOURNALS:
            journal = OTHER_JOURNALS[c.journal]
            out.append(
                make(
                    "gazette_code",
                    text,
                    s,
                    e,
                    c.code,
                    c.date is not None,
                    NAME,
                    journal=journal,
                    date=c.date,
                    page=c.page,
                )
            )
            continue
        ok = c is not None and c.date is not None and c.section is not None
        out.append(
            make(
                "dou_code",
                text,
                s,
                e,
                m.group("code"),
                ok,
                NAME,
                section=c.section if c else None,
                date=c.date if c else None,
                page=c.page if c else None,
            )
        )
    return out
