"""Durations: ``32 (trinta e dois) meses``, ``30 (trinta) dias``, ``5 (cinco) anos``, ``12 meses``;
number and words cross-checked (``valid``: the words say the same number; None without words).

Examples: seed convênio 978990/2025 (vigência: ``32 (trinta e dois) meses``), seed DOU p. 112
(``no prazo de até 20 (vinte) dias``, ``180 (cento e oitenta) dias``, ``5 (cinco) anos``).
"""

from __future__ import annotations

import regex

from .extenso import parse_number
from .mention import Mention, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.durations", VERSION)

UNITS = {"dia": "dias", "dias": "dias", "mês": "meses", "mes": "meses", "meses": "meses", "ano": "anos", "anos": "anos"}

_DAY_KINDS = {"úteis": "úteis", "uteis": "úteis", "corridos": "corridos"}

PATTERN = regex.compile(
    r"""
    (?<![\d.,/])(?P<n>\d{1,4})(?![\d.,/])
    \s*(?:\((?P<words>[\p{L}\s,]{2,80})\)\s*)?
    (?P<unit>dias?|m[êe]s(?:es)?|anos?)\b
    (?:\s+(?P<kind>[úu]teis|corridos))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        n = int(m.group("n"))
        words = m.group("words")
        said = parse_number(words) if words else None
        unit = UNITS[m.group("unit").casefold()]
        out.append(
            make(
                "duration",
                text,
                m.start(),
                m.end(),
                n,
                None if words is None else said == n,
                NAME,
                unit=unit,
                words=words,
                words_value=said,
                day_kind=_DAY_KINDS.get((m.group("kind") or "").casefold()),
            )
        )
    return out
