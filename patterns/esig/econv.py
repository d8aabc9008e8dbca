"""Econv / SPDP Docs ("App PlusDoc"): the page "Relação de Assinaturas Digitais no Documento".

Examples (paraguacu_sp_termo_fomento_01_2024_casa_lar_econv_spdp_pades.pdf, real2/esig, p. 30):
- ``Assinado Digitalmente por: 099.XXX.XX8-42 - Antonio T* Sasada`` / ``Método: Certificado Digital ICP-Br`` /
  ``Em: 09/04/2024 - Horário: 09:42:36`` / ``Local: Paraguaçu Paulista SP`` (the masked CPF leads the name)
- ``Assinatura PADES ECONV/Prefeitura de Paraguaçu Paulista SP`` / `` - Assinado Digitalmente por: KáTIA EMI
  SEO`` / `` - Método: PadesCer V22.85`` / `` - Em: 08/04/2024 - Horário: 16:22:27`` (name printed as is)
- ``SPDPDocs - LISTA PADES:Validar em: http://paraguacu.spdbrasil.com.br/?validpass=238`` (the list's check)

Times are Brasília (the page prints no offset). A method naming PAdES or an ICP-Brasil certificate
makes the row ``pades`` (a PDF signature the page lists); any other method ``eletronica``.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import ELETRONICA, PADES, esig, moment_of, nearest
from seidou.versions import tag

VERSION = 1
SYSTEM = "econv"
NAME = tag("seidou.patterns.esig.econv", VERSION)
DISTINCT_BY = ("signed_at",)  # the page lists each signing

PATTERN = regex.compile(
    r"""
    Assinado\s+Digitalmente\s+por\s*:\s*
    (?:[\dX*]{3}\.[\dX*]{3}\.[\dX*]{3}-[\dX*]{2}\s*[-–]\s*)?       # 099.XXX.XX8-42 - (masked CPF, first signer)
    (?P<name>\p{L}[^\n:]{1,119}?)\s*                                 # Antonio T* Sasada / KáTIA EMI SEO
    [-–]?\s*M[ée]todo\s*:\s*(?P<method>[^\n:]{1,60}?)\s*             # - Método: PadesCer V22.85
    [-–]?\s*Em\s*:\s*(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s*       # - Em: 08/04/2024
    [-–]?\s*Hor[áa]rio\s*:\s*(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?   # - Horário: 16:22:27
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

VALIDATE = regex.compile(
    r"""
    Validar\s+em\s*:\s*                               # "SPDPDocs - LISTA PADES:Validar em:"
    (?P<url>https?://\S{4,200}?                        # http://paraguacu.spdbrasil.com.br/?validpass=238
       (?:validpass=(?P<code>\w{1,40}))?)(?=\s|$)      # the list's code
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_PADES = regex.compile(r"pades|icp", regex.IGNORECASE)
_REACH = 5_000  # the "Validar em" line sits among the list's entries


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    checks = list(VALIDATE.finditer(text))
    for m in PATTERN.finditer(text):
        v = nearest(checks, m.start(), _REACH)
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m),
                 sig_kind=PADES if _PADES.search(m.group("method")) else ELETRONICA,
                 verification_url=v.group("url") if v else None, verification_code=v.group("code") if v else None)
        )  # fmt: skip
    return out
