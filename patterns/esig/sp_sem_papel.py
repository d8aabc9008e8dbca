"""SP Sem Papel (São Paulo's Siga-Doc): the signature line at the foot of every page.

Examples (public samples, not in the corpus):
- ``Assinado com senha por CARLA DA COSTA PRUDENTE - ASSISTENTE II / 52097 - 23/05/2025 às 11:12:29.`` /
  ``Documento Nº: 10460380-9695 - consulta à autenticidade em
  https://acesso.processo.rio/sigaex/public/app/autenticar?n=10460380-9695`` (Siga-Doc of Rio de Janeiro:
  same stamp, another deployment; such rows carry the system ``siga_doc``)
- ``Assinado digitalmente por MARIA SOUZA - DIRETOR TÉCNICO I / SGGD - 12/03/2021 às 10:20:30.`` /
  ``Documento Nº: 2021/0000123-ABC - consulta à autenticidade em
  https://www.documentos.spsempapel.sp.gov.br/sigaex/public/app/autenticar?n=2021/0000123-ABC``
- ``Documento assinado eletronicamente por JOSÉ LIMA, Diretor, em 12/03/2021, às 10:20`` with
  ``…spsempapel.sp.gov.br…`` printed right after (the wording the brief gives). The same words in a
  SEI stamp ("conforme horário oficial de Brasília", no SP Sem Papel address near) are SEI's.

Several signers in one line are separated by commas or "e". Times are Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention, Opened
from ._common import esig, moment_of
from seidou.versions import tag

VERSION = 1
SYSTEM = "sp_sem_papel"
OTHER_DEPLOYMENT = "siga_doc"  # the same software elsewhere (Rio's processo.rio, TRF2, universities)
NAME = tag("seidou.patterns.esig.sp_sem_papel", VERSION)
DISTINCT_BY = ("signed_at",)

HEAD = regex.compile(
    r"""
    (?:Assinado|Autenticado)\s+                # "Assinado" (signed) or "Autenticado" (a copy authenticated)
    (?:com\s+senha|digitalmente)\s+por\s+     # with a password or a certificate
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# (HEAD tried only where its first word starts)
HEADS = Opened(HEAD, (regex.compile(r"(?i:assinado)"), regex.compile(r"(?i:autenticado)")))

SIGNER = regex.compile(
    r"""
    (?P<name>\p{L}[^\-–\d\n]{1,119}?)\s+[-–]\s+                    # CARLA DA COSTA PRUDENTE -
    (?:(?P<cargo>[^\n]{1,200}?(?:\n[^\n]{1,120}?)?)\s+[-–]\s+)?    # ASSISTENTE II / 52097 -
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+(?:[àa]s\s+)?         # 23/05/2025 às
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?                    # 11:12:29
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_NEXT = regex.compile(r"\s*(?:,|\se\s)\s*")  # "…11:12:29, FULANO - …" / "… e FULANO - …"

ALT = regex.compile(
    r"""
    Documento\s+assinado\s+eletronicamente\s+por\s+
    (?P<name>\p{L}[^,\n]{1,119}?)\s*,\s*                            # JOSÉ LIMA,
    (?:(?P<cargo>[^\n]{1,160}?)\s*,?\s+)?                           # Diretor,
    em\s+(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s*,?\s*(?:[àa]s\s+)?  # em 12/03/2021, às
    (?P<H>\d{2})\s*[:h]\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?            # 10:20
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

AUTH = regex.compile(
    r"""
    Documento\s+N[º°o.]?\s*:?\s*(?P<num>[\w/.\-]{4,40}?)\s*[-–]\s*    # Documento Nº: 10460380-9695 -
    consulta\s+[àa]\s+autenticidade\s+em\s+                          # consulta à autenticidade em
    (?P<url>https?://\S{4,200}?)(?=[\s,;)]|\.?$|\.\s)                 # https://…/sigaex/public/app/autenticar?n=…
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
_SEMPAPEL = regex.compile(r"sem\s?papel", regex.IGNORECASE)
_REACH = 600


def _system(url: str | None) -> str:
    return OTHER_DEPLOYMENT if url and not _SEMPAPEL.search(url) else SYSTEM


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for h in HEADS.finditer(text):
        pos, signers = h.end(), []
        for _ in range(20):
            s = SIGNER.match(text, pos)
            if not s:
                break
            signers.append(s)
            n = _NEXT.match(text, s.end())
            if not n:
                break
            pos = n.end()
        if not signers:
            continue
        a = AUTH.search(text, signers[-1].end(), signers[-1].end() + _REACH)
        for i, s in enumerate(signers):
            start = h.start() if i == 0 else s.start()
            out.append(
                esig(text, start, s.end(), s.group("name"), NAME, system=_system(a.group("url") if a else None),
                     signed_at=moment_of(s), cargo=s.group("cargo"), verification_code=a.group("num") if a else None,
                     verification_url=a.group("url") if a else None)
            )  # fmt: skip
    for m in ALT.finditer(text):
        window = text[m.start() : m.end() + _REACH]
        if not _SEMPAPEL.search(window):
            continue  # the wording of a SEI stamp: SEI's (patterns.sei_stamp), not ours
        a = AUTH.search(text, m.end(), m.end() + _REACH)
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m),
                 cargo=m.group("cargo"), verification_code=a.group("num") if a else None,
                 verification_url=a.group("url") if a else None)
        )  # fmt: skip
    return sorted(out, key=lambda x: (x.start, x.end))
