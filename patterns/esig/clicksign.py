"""Clicksign: the "Log" page appended to every signed document, one line per event.

Examples (public-sample shapes, not in the corpus; the log's fixed wording):
- ``Datas e horários em GMT -03:00 Brasília`` / ``Log`` / ``06 out 2021, 15:10:40 FULANO DE TAL assinou. Pontos
  de autenticação: Token via E-mail fulano@example.org. CPF informado: …. IP: 189.1.2.3.``
- ``06 out 2021, 15:12:03 MARIA DA SILVA assinou como parte. Pontos de autenticação: Token via SMS +55 11 9….``
- ``Este Log é exclusivo e deve ser considerado parte do documento nº 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b, com os
  efeitos prescritos nos Termos de Uso da Clicksign`` / ``… acesse https://validador.clicksign.com …``

The log header's offset is kept; without one, Brasília. Events other than a signing ("criou este
documento", "visualizou") are not signatures.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment, month, offset

VERSION = 1
SYSTEM = "clicksign"
NAME = f"patterns.esig.clicksign@{VERSION}"
DISTINCT_BY = ("signed_at",)  # the log lists each signing

ENTRY = regex.compile(
    r"""
    (?P<d>\d{1,2})\s+(?P<mon>\p{L}{3,9})\.?\s+(?P<y>\d{4})\s*,?\s+      # 06 out 2021,
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s+                       # 15:10:40
    (?P<name>\p{L}[^\n]{1,119}?)\s+                                      # FULANO DE TAL
    assinou(?:\s+como\s+(?P<role>\p{L}[\p{L} ]{1,39}?))?                 # assinou (como parte)
    (?:\s+para\s+\p{L}{2,20})?\s*[.:]\s*                                 # (para aprovar).
    Pontos\s+de\s+autentica[çc][ãa]o                                     # Pontos de autenticação
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ZONE = regex.compile(r"Datas\s+e\s+hor[áa]rios\s+em\s+(?:GMT|UTC)\s*(?P<off>[+-]\s?\d{1,2}(?::?\d{2})?)", regex.I)
DOC = regex.compile(
    r"documento\s+(?:n[úu]mero|n[º°o]\.?)\s*(?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
    regex.IGNORECASE,
)
VALIDATOR = regex.compile(r"https?://validador\.clicksign\.com\S{0,80}?(?=[\s,;)]|\.?$|\.\s)", regex.I | regex.M)
BASIS = regex.compile(r"(?:Medida\s+Provis[óo]ria|MP)\s*(?:n[º°o]?\.?\s*)?2\.?200-2\s*/\s*2001", regex.IGNORECASE)


def find(text: str) -> list[Mention]:
    entries = list(ENTRY.finditer(text))
    if not entries:
        return []
    zone = ZONE.search(text)
    tz = offset(zone.group("off")) if zone else None
    doc, url, basis = DOC.search(text), VALIDATOR.search(text), BASIS.search(text)
    return [
        esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, role=m.group("role"),
             signed_at=moment(m.group("y"), month(m.group("mon")), m.group("d"), m.group("H"), m.group("M"),
                              m.group("S"), tz),
             verification_code=doc.group("id") if doc else None, verification_url=url.group() if url else None,
             legal_basis=basis.group() if basis else None)
        for m in entries
    ]  # fmt: skip
