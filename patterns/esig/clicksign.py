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
from ._common import LOG_STAMP, back_start, esig, moment, month, offset, plausible_name
from seidou.versions import tag

VERSION = 1
SYSTEM = "clicksign"
NAME = tag("seidou.patterns.esig.clicksign", VERSION)
DISTINCT_BY = ("signed_at",)  # the log lists each signing

SIGNED = regex.compile(
    r"""
    assinou(?:\s+como\s+(?P<role>\p{L}[\p{L} ]{1,39}?))?                # assinou (como parte)
    (?:\s+para\s+\p{L}{2,20})?\s*[.:]\s*                                 # (para aprovar).
    Pontos\s+de\s+autentica[çc][ãa]o                                     # Pontos de autenticação
    """,
    regex.VERBOSE,
)
_BACK = 260
ZONE = regex.compile(
    r"""
    Datas\s+e\s+hor[áa]rios\s+em\s+         # "Datas e horários em"
    (?:GMT|UTC)\s*(?P<off>[+-]\s?\d{1,2}(?::?\d{2})?)   # "GMT -03:00" (then "Brasília")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
DOC = regex.compile(
    r"""
    documento\s+(?:n[úu]mero|n[º°o]\.?)\s*                               # "documento número" / "documento nº"
    (?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})   # the document's uuid
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
VALIDATOR = regex.compile(
    r"""
    https?://validador\.clicksign\.com\S{0,80}?   # the validator's address
    (?=[\s,;)]|\.?$|\.\s)                        # ends before a space or a closing full stop
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
BASIS = regex.compile(
    r"""
    (?:Medida\s+Provis[óo]ria|MP)\s*(?:n[º°o]?\.?\s*)?   # "Medida Provisória nº."
    2\.?200-2\s*/\s*2001                                # "2200-2 / 2001"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    signed = list(SIGNED.finditer(text))
    if not signed:
        return []
    zone = ZONE.search(text)
    tz = offset(zone.group("off")) if zone else None
    doc, url, basis = DOC.search(text), VALIDATOR.search(text), BASIS.search(text)
    ends = [x.end() for x in signed]
    out: list[Mention] = []
    for i, m in enumerate(signed):
        stamps = list(LOG_STAMP.finditer(text, back_start(ends, i, m.start(), _BACK), m.start()))
        if not stamps:
            continue
        st = stamps[-1]
        name = text[st.end() : m.start()]
        if not plausible_name(name) or month(st.group("mon")) is None:
            continue
        out.append(
            esig(text, st.start(), m.end(), name, NAME, system=SYSTEM, role=m.group("role"),
                 signed_at=moment(st.group("y"), month(st.group("mon")), st.group("d"), st.group("H"), st.group("M"),
                                  st.group("S"), tz),
                 verification_code=doc.group("id") if doc else None, verification_url=url.group() if url else None,
                 legal_basis=basis.group() if basis else None)
        )  # fmt: skip
    return out
