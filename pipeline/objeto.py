"""The objeto of an instrument: the body of its OBJETO clause or section (``CLÁUSULA PRIMEIRA -
DO OBJETO``, ``2. OBJETO``), or the ``Objeto:`` field of an extrato."""

from __future__ import annotations

import regex

from .clauses import Clause

_OBJETO_TITLE = regex.compile(r"^(?:D[OA]\s+)?OBJETO\b", regex.IGNORECASE)
_FIELD = regex.compile(r"(?m)^(?:Objeto|OBJETO|Súmula/Objeto)\s*:\s*(?P<v>\S.{5,})$")
MAX = 1000


def objeto(text: str, units: list[Clause]) -> str | None:
    for c in units:
        if c.is_quotation or c.level not in ("clausula", "secao") or not c.title:
            continue
        if _OBJETO_TITLE.match(c.title):
            body = text[c.start : c.end].split("\n", 1)
            rest = body[1] if len(body) > 1 else ""
            first = rest.strip().split("\n", 1)[0].strip()
            if first:
                return first[:MAX]
    m = _FIELD.search(text)
    if m:
        return m.group("v").strip()[:MAX]
    return None
