"""CEP (postal code), after its lead-in so phone numbers and matrículas are not taken for one.

Examples: ``CEP 57010-405`` (SEI-AL letterhead), ``CEP: 18.120-000`` (DOU 2014-10-01 p. 6),
``CEP 49.032-490`` (same page).
"""

from __future__ import annotations

import regex

from .mention import Mention, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.cep", VERSION)

PATTERN = regex.compile(
    r"""
    \bCEP\s*(?:n[º°o]\.?)?\s*:?\s*
    (?P<cep>\d{2}\.?\d{3}-?\d{3})
    (?![\d-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def normalize(raw: str) -> str:
    """>>> normalize("18.120-000")
    '18120-000'
    """
    d = regex.sub(r"\D", "", raw)
    return f"{d[:5]}-{d[5:]}"


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        s, e = m.span("cep")
        out.append(make("cep", text, s, e, normalize(m.group("cep")), None, NAME))
    return out
