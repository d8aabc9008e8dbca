"""ICP-Brasil certificates: the visible appearance Adobe Reader, Foxit and similar signers draw.

Examples (public samples, not in the corpus; the shapes Adobe Reader and Foxit draw by default):
- Adobe Reader: ``Assinado de forma digital por JOSE CARLOS DA SILVA:12345678909`` / ``Dados: 2024.10.17
  10:20:30 -03'00'`` (the CN is ``NOME:CPF`` for an e-CPF; the left column repeats the name in large type)
- Foxit: ``Assinado digitalmente por MARIA DE SOUZA:12345678909`` / ``ND: C=BR, O=ICP-Brasil, OU=AC SOLUTI
  Multipla v5, OU=Certificado PF A3, CN=MARIA DE SOUZA:12345678909`` / ``Razão: Eu sou o autor deste
  documento`` / ``Data: 2024.10.17 10:20:30-03'00'``
- Adobe in English: ``Digitally signed by EMPRESA LTDA:12345678000195`` / ``Date: 2023.05.02 09:01:02 -03'00'``

The ``YYYY.MM.DD`` date is required: it tells these appearances from other systems' "Assinado
digitalmente por". The printed offset is kept. The CPF of the CN is masked in ``cert_subject``; the
issuing AC is the subject's ``OU=AC …``, when the appearance prints the distinguished name.
"""

from __future__ import annotations

import regex

from ..mention import Mention, Opened
from ._common import PADES, esig, mask_cn, moment_of, offset, prints, windows
from seidou.versions import tag

VERSION = 1
SYSTEM = "icp_brasil"
NAME = tag("seidou.patterns.esig.icp_appearance", VERSION)
DISTINCT_BY = ("signed_at",)  # each appearance is a signature field of its own

ANCHOR = regex.compile(
    r"""
    (?:Assinado\s+de\s+forma\s+digital\s+por                      # Adobe Reader (pt-BR)
      |Assinado\s+digitalmente\s+por                               # Foxit and others
      |Digitally\s+signed\s+by)\s+                                 # Adobe Reader (en)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ANCHORS = Opened(ANCHOR, (regex.compile(r"(?i:assinado)"), regex.compile(r"(?i:digitally)")))  # (tried there alone)
CN = regex.compile(
    r"""
    (?P<name>\p{L}[\p{L}\p{M} \xa0.'’\-]{0,118}                    # NOME, greedy to the ":" of the CN…
       (?:\n[\p{L}\p{M} \xa0.'’\-]{1,80}){0,2})                    # …possibly wrapped on two more lines
    (?::\s?(?P<doc>\d{11}|\d{14}))?                                # :CPF (e-CPF) or :CNPJ (e-CNPJ)
    (?=\s|$)
    """,
    regex.VERBOSE,
)
WHEN = regex.compile(
    r"""
    (?:Dados|Data|Date)\s*:\s*
    (?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2})\s+                    # 2024.10.17
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?                    # 10:20:30
    (?:\s*(?P<off>[+-]\s?\d{2}'?\s?\d{2}'?|Z\b|UTC\b|GMT\b))?      # -03'00'
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_REACH = 900  # the name, then ND:, Razão:, Localização: (at most ~600 characters), then the date

DN = regex.compile(
    r"""
    (?:ND|DN)\s*:\s*(?P<dn>[\s\S]{5,500}?)             # ND: C=BR, O=ICP-Brasil, …, CN=NOME:CPF (may wrap)
    (?=\s*(?:Raz[ãa]o|Reason|Localiza[çc][ãa]o|Location|Contato|Contact|Foxit|Vers[ãa]o)\b   # the next field
       |\s*$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ISSUER = regex.compile(
    r"""
    \bOU\s*=\s*(?P<ac>AC\s[^,=\n]{2,80})     # OU=AC SOLUTI Multipla v5: the issuing certification authority
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not prints(text, "assinado", "digitally"):
        return out  # every ANCHOR reads one of them (a cheap gate: ANCHOR is an alternation)
    for a, stop in windows(ANCHORS, text, _REACH):
        w = WHEN.search(text, a.end(), stop)
        if not w:
            continue  # no YYYY.MM.DD date: another system's "Assinado digitalmente por"
        cn = CN.match(text, a.end(), w.start())
        if not cn:
            continue
        mid = text[cn.end() : w.start()]
        dn = DN.search(mid)
        subject = (
            dn.group("dn") if dn else "CN=" + cn.group("name") + (":" + cn.group("doc") if cn.group("doc") else "")
        )
        ac = ISSUER.search(subject)
        out.append(
            esig(text, a.start(), w.end(), cn.group("name"), NAME, system=SYSTEM, sig_kind=PADES,
                 signed_at=moment_of(w, offset(w.group("off"))), cert_subject=mask_cn(subject),
                 cert_issuer=ac.group("ac") if ac else None)
        )  # fmt: skip
    return out
