"""Adobe Acrobat Sign (EchoSign): the transaction history ("Histórico"/"Audit report") after the document.

Examples (public-sample shapes, not in the corpus; the report's fixed wording in Portuguese and English):
- ``Documento assinado eletronicamente por MARIA SOUZA (maria.souza@example.org)`` / ``Data da assinatura:
  2021-08-03 - 14:31:21 GMT - Fonte da hora: servidor`` (the transaction history, pt-BR)
- ``Document e-signed by John Smith (john.smith@example.org)`` / ``Signature Date: 2021-08-03 - 5:31:21 PM GMT -
  Time Source: server``
- ``ID da transação: CBJCHBCAABAAx1y2z3w4v5u6t7s8r9q0`` (the agreement's id: ``verification_code``)

Times are printed in GMT (UTC) and kept so. The e-mail in parentheses tells the history apart from
PJe's "Assinado eletronicamente por:" footer.
"""

from __future__ import annotations

import datetime as dt

import regex

from ..mention import Mention, Opened
from ._common import esig, moment, offset
from seidou.versions import tag

VERSION = 1
SYSTEM = "adobe_sign"
NAME = tag("seidou.patterns.esig.adobe_sign", VERSION)
DISTINCT_BY = ("signed_at",)

PATTERN = regex.compile(
    r"""
    (?:Documento\s+)?(?:assinado\s+eletronicamente\s+por|e-signed\s+by)\s+
    (?P<name>\p{L}[^()\n]{1,119}?)\s*                                       # MARIA SOUZA
    \(\s*[^()\s@]{1,64}@[^()\s@]{1,255}\s*\)\s*                             # (maria.souza@example.org)
    (?:Data\s+da\s+assinatura|Signature\s+Date)\s*:\s*
    (?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})                               # 2021-08-03
      |(?P<d2>\d{2})/(?P<m2>\d{2})/(?P<y2>\d{4}))\s*[-–]?\s*                 # or 03/08/2021
    (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AP]M\b)?\s*    # 14:31:21 (PM)
    (?P<tz>GMT|UTC)?                                                        # GMT
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# (PATTERN tried only where its first word starts: "Documento", or the stamp's verb without it)
STAMPS = Opened(PATTERN, tuple(regex.compile(rf"(?i:{w})") for w in ("documento", "assinado", "e-signed")))
TRANSACTION = regex.compile(
    r"(?:ID\s+d[ae]\s+transa[çc][ãa]o|Transaction\s+ID)\s*:?\s*(?P<id>CB[A-Za-z0-9_\-]{10,80})", regex.IGNORECASE
)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "@" not in text:
        return out  # every stamp prints the signer's e-mail address (a cheap gate: PATTERN opens with an optional word)
    tid = TRANSACTION.search(text)
    for m in STAMPS.finditer(text):
        hour = int(m.group("H"))
        if m.group("ampm"):
            hour = hour % 12 + (12 if m.group("ampm").upper() == "PM" else 0)
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"),
                                                                                   m.group("d2"))  # fmt: skip
        tz = offset(m.group("tz")) or dt.timezone.utc  # the history prints GMT
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM,
                 signed_at=moment(y, mo, d, hour, m.group("M"), m.group("S"), tz),
                 verification_code=tid.group("id") if tid else None)
        )  # fmt: skip
    return out
