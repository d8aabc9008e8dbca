"""PJe (Processo Judicial Eletrônico): the footer of every page of a signed document.

Examples (public samples, not in the corpus; as published in test data of open projects):
- ``Assinado eletronicamente por: SEBASTIAO BARBOSA FARIAS - 01/07/2025 13:15:24`` / ``Num. 296632876 - Pág. 1``,
  with ``Número do documento: 25070113152376900000292616808`` just above (PJe TJMT)
- ``Número do documento: 20123116330500000001885767184`` /
  ``https://pje.tjmg.jus.br:443/pje/Processo/ConsultaDocumento/listView.seam?x=20123116330500000001885787184
  Assinado eletronicamente por: Vinicius De Paula Fernandes - 31/12/2020 18:19:26`` (PJe TJMG)
- ``Assinado eletronicamente por: SERGIO CARNEIRO ROSI - Juntado em: 21/08/2024 21:20:01 - 19afabc`` (PJe JT)

The document number and the consultation URL sit just before or after the line; the nearest are kept.
Times are Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of
from seidou.versions import tag

VERSION = 1
SYSTEM = "pje"
NAME = tag("seidou.patterns.esig.pje", VERSION)
DISTINCT_BY = ("verification_code", "signed_at")  # one footer per page; each document signed on its own

PATTERN = regex.compile(
    r"""
    Assinado\s+eletronicamente\s+por\s*:\s*
    (?P<name>\p{L}[^\n]{1,119}?)\s*[-–]\s*                          # NOME -
    (?:Juntado\s+em\s*:\s*)?                                        # (Justiça do Trabalho: Juntado em:)
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+                       # 01/07/2025
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?                     # 13:15:24
    (?:\s*[-–]\s*(?P<id>[0-9a-f]{7})\b)?                            # - 19afabc (JT's document id)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
NUMBER = regex.compile(
    r"""
    N[úu]mero\s+do\s+documento\s*:\s*(?P<n>\d{15,40})   # Número do documento: 2507011315237690…
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
URL = regex.compile(
    r"""
    https?://\S{0,60}?pje\S{0,300}?(?=\s|$)   # …/pje/Processo/ConsultaDocumento/listView.seam?x=…
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_REACH = 400


def _nearest(rx, text: str, start: int, end: int):
    after = rx.search(text, end, min(len(text), end + _REACH))
    if after:
        return after
    before = list(rx.finditer(text, max(0, start - _REACH), start))
    return before[-1] if before else None


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        n = _nearest(NUMBER, text, m.start(), m.end())
        u = _nearest(URL, text, m.start(), m.end())
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m),
                 verification_code=n.group("n") if n else m.group("id"), verification_url=u.group() if u else None)
        )  # fmt: skip
    return out
