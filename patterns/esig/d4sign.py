"""D4Sign: the footer on every page and the final "Certificado de assinaturas" with each signing.

Examples (abrinq_termo_convenio_379_2021_clara_amizade_d4sign.pdf, real2/esig):
- footer, every page: ``D4Sign 82c0d300-62f0-4a47-9bb9-9e45c4bf7e12 - Para confirmar as assinaturas acesse
  https://secure.d4sign.com.br/verificar`` / ``Documento assinado eletronicamente, conforme MP 2.200-2/01, Art.
  10º, §2.`` (no signer: the footer gives the code, URL and legal basis of the certificate's rows)
- certificate, p. 22: ``08 Oct 2021, 14:21:31`` / ``MICHELLY LIMA ANTUNES Assinou como testemunha - Email: … -
  DATE_ATOM: 2021-10-08T14:21:31-03:00``
- same page: ``08 Oct 2021, 14:58:50`` / ``SYNESIO BATISTA DA COSTA Assinou como parte (Conta 8c9b…) - Email:``

``DATE_ATOM`` carries the offset and wins; without it the printed time is Brasília ("Datas e horários
baseados em Brasília"). A text that never names D4Sign yields nothing (Clicksign logs look alike).
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import before_or_first, esig, moment, month, offset

VERSION = 1
SYSTEM = "d4sign"
NAME = f"patterns.esig.d4sign@{VERSION}"
DISTINCT_BY = ("signed_at",)  # the certificate lists each signing

ENTRY = regex.compile(
    r"""
    (?P<d>\d{1,2})\s+(?P<mon>\p{L}{3,9})\.?\s+(?P<y>\d{4})\s*,?\s+       # 08 Oct 2021, (08 out 2021,)
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s+                        # 14:21:31
    (?P<name>\p{Lu}[^\n]{1,119}?)\s+                                      # MICHELLY LIMA ANTUNES
    Assinou(?:\s+como\s+(?P<role>\p{L}{2,30}))?                           # Assinou como testemunha
    """,
    regex.VERBOSE,
)

ATOM = regex.compile(
    r"DATE_ATOM\s*:\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2})"
    r"(?P<tz>[+-]\d{2}:?\d{2}|Z)?"
)

FOOTER = regex.compile(
    r"""
    D4Sign\s+(?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*[-–]\s*
    Para\s+confirmar\s+as\s+assinaturas\s+acesse\s+(?P<url>https?://\S{4,120}?)(?=[\s,;]|$)
    (?:\s*Documento\s+assinado\s+eletronicamente\s*,?\s*conforme\s+
       (?P<basis>MP\s+2\.200-2/0?1(?:\s*,\s*Art\.?\s*10\s*[º°o]?\s*,?\s*§\s*2\s*[º°o]?)?))?   # MP 2.200-2/01, Art. 10º, §2
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_D4SIGN = regex.compile(r"d4sign", regex.IGNORECASE)
_ATOM_REACH = 700


def find(text: str) -> list[Mention]:
    if not _D4SIGN.search(text):
        return []
    footers = list(FOOTER.finditer(text))
    entries = list(ENTRY.finditer(text))
    out: list[Mention] = []
    for i, m in enumerate(entries):
        stop = min(entries[i + 1].start() if i + 1 < len(entries) else len(text), m.end() + _ATOM_REACH)
        a = ATOM.search(text, m.end(), stop)
        if a:
            when = moment(a.group("y"), a.group("m"), a.group("d"), a.group("H"), a.group("M"), a.group("S"),
                          offset(a.group("tz")))  # fmt: skip
        else:
            when = moment(m.group("y"), month(m.group("mon")), m.group("d"), m.group("H"), m.group("M"), m.group("S"))
        f = before_or_first(footers, m.start())
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=when, role=m.group("role"),
                 verification_code=f.group("uuid") if f else None, verification_url=f.group("url") if f else None,
                 legal_basis=f.group("basis") if f else None)
        )  # fmt: skip
    return out
