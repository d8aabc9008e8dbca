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
from ._common import LOG_STAMP, back_start, before_or_first, esig, moment, month, offset, plausible_name, window_end
from seidou.versions import tag

VERSION = 1
SYSTEM = "d4sign"
NAME = tag("seidou.patterns.esig.d4sign", VERSION)
DISTINCT_BY = ("signed_at",)  # the certificate lists each signing

SIGNED = regex.compile(
    r"""
    Assinou                                    # capitalised: Clicksign's log says "assinou"
    (?:\s+como\s+(?P<role>\p{L}{2,30}))?       # como testemunha / como parte
    """,
    regex.VERBOSE,
)
_BACK = 260

ATOM = regex.compile(
    r"""
    DATE_ATOM\s*:\s*                                                # DATE_ATOM:
    (?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T                          # 2021-10-08T
    (?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2})(?P<tz>[+-]\d{2}:?\d{2}|Z)?   # 14:21:31-03:00
    """,
    regex.VERBOSE,
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
    signed = list(SIGNED.finditer(text))
    ends = [x.end() for x in signed]
    starts = [x.start() for x in signed]
    out: list[Mention] = []
    for i, m in enumerate(signed):
        stamps = list(LOG_STAMP.finditer(text, back_start(ends, i, m.start(), _BACK), m.start()))
        if not stamps:
            continue  # the signers' list above the events: no date
        st = stamps[-1]
        name = text[st.end() : m.start()]
        if not plausible_name(name) or month(st.group("mon")) is None:
            continue
        a = ATOM.search(text, m.end(), window_end(starts, i, len(text), _ATOM_REACH))
        if a:
            when = moment(a.group("y"), a.group("m"), a.group("d"), a.group("H"), a.group("M"), a.group("S"),
                          offset(a.group("tz")))  # fmt: skip
        else:
            when = moment(st.group("y"), month(st.group("mon")), st.group("d"), st.group("H"), st.group("M"),
                          st.group("S"))  # fmt: skip
        f = before_or_first(footers, m.start())
        out.append(
            esig(text, st.start(), m.end(), name, NAME, system=SYSTEM, signed_at=when, role=m.group("role"),
                 verification_code=f.group("uuid") if f else None, verification_url=f.group("url") if f else None,
                 legal_basis=f.group("basis") if f else None)
        )  # fmt: skip
    return out
