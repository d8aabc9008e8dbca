"""ZapSign: the "Relatório de Assinaturas" page appended to signed documents.

Examples (public-sample shapes, not in the corpus; the report's fixed labels):
- ``Datas e horários em UTC-0300 (America/Sao_Paulo)`` / … / ``Assinaturas`` / ``Assinado via ZapSign by Truora`` /
  ``FULANO DE TAL`` / ``Data e hora da assinatura: 08/10/2021 10:20:31`` / ``Token: 1a2b3c4d-5e6f-…``
- ``MARIA DA SILVA`` / ``Data e hora da assinatura: 09/10/2021 08:00:00`` / ``Token: 9f8e7d6c-…`` (no via line)
- ``Este Log é exclusivo ao, e deve ser considerado parte do, documento nº … Termos de Uso da ZapSign``

A text that never names ZapSign yields nothing. The report's offset is kept; without one, Brasília.
The signer's token is the row's ``verification_code``.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import back_start, esig, moment_of, offset
from seidou.versions import tag

VERSION = 1
SYSTEM = "zapsign"
NAME = tag("seidou.patterns.esig.zapsign", VERSION)
DISTINCT_BY = ("signed_at",)

LABEL = regex.compile(
    r"""
    Data\s+e\s+hora\s+da\s+assinatura\s*:\s*                              # Data e hora da assinatura:
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?   # 08/10/2021 10:20:31
    (?:\s*Token\s*:\s*(?P<token>[0-9a-f][0-9a-f\-]{7,63}))?               # Token: 1a2b…
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The signer is the line above the label, after the "via" line when it shares the line
NAME_LINE = regex.compile(
    r"""
    (?:Assinado\s+via\s+ZapSign(?:\s+by\s+Truora)?\s+)?   # the "via" line, when it shares the name's line
    (?P<name>\p{L}[^\n:]{1,119}?)\s*$                    # FULANO DE TAL, to the line's end
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ZONE = regex.compile(
    r"""
    Datas\s+e\s+hor[áa]rios\s+em\s+                          # "Datas e horários em"
    (?:GMT|UTC)\s*(?P<off>[+-]\s?\d{1,2}(?::?\d{2})?)         # "UTC-0300 (America/Sao_Paulo)"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ZAPSIGN = regex.compile(r"zap\s?sign", regex.IGNORECASE)
_BACK = 200


def find(text: str) -> list[Mention]:
    if not _ZAPSIGN.search(text):
        return []
    zone = ZONE.search(text)
    tz = offset(zone.group("off")) if zone else None
    labels = list(LABEL.finditer(text))
    ends = [x.end() for x in labels]
    out: list[Mention] = []
    for i, m in enumerate(labels):
        lo = back_start(ends, i, m.start(), _BACK)
        stop = len(text[lo : m.start()].rstrip()) + lo
        line = text.rfind("\n", lo, stop) + 1 or lo
        n = NAME_LINE.match(text, max(line, lo), stop)
        if not n:
            continue
        out.append(
            esig(text, n.start("name"), m.end(), n.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m, tz),
                 verification_code=m.group("token"))
        )  # fmt: skip
    return out
