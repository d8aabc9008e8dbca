"""SIPAC / SIG (the federal universities' systems): the stamp above each signer's name.

Examples (public-sample shapes, not in the corpus; the stamp's fixed wording):
- ``(Assinado digitalmente em 08/10/2021 14:21 )`` / ``GRACIELA DA SILVA LEITES`` / ``COORDENADOR (TITULAR) -
  TITULAR`` / ``COORD. DE REGISTROS ESTUDANTIS (PORTO ALEGRE)`` / ``Matrícula: 1760610``
- ``(Assinado digitalmente em 03/02/2023 09:05 )`` / ``JOSE DA SILVA`` / ``DIRETOR - TITULAR`` / ``Matrícula: 123456``
- footer: ``Para verificar a autenticidade deste documento entre em https://sipac.ufrn.br/documentos/ informando
  seu número: 123, ano: 2021, tipo: DESPACHO, data de emissão: 08/10/2021 e o código de verificação: 1a2b3c4d5e``

The stamp's lines must stay lines: a flattened stamp (all on one line) is a known gap. Times are
Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import after_or_last, esig, moment_of
from seidou.versions import tag

VERSION = 1
SYSTEM = "sipac"
NAME = tag("seidou.patterns.esig.sipac", VERSION)
DISTINCT_BY = ("signed_at",)

PATTERN = regex.compile(
    r"""
    \(\s*Assinado\s+(?:digitalmente|eletronicamente)\s+em\s+         # (Assinado digitalmente em
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+(?:[àa]s\s+)?           # 08/10/2021
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*\)[ \t]*\r?\n      # 14:21 )
    [ \t]*(?P<name>\p{L}[^\n()]{1,119}?)[ \t]*\r?\n                  # NOME, its own line
    (?:[ \t]*(?!Matr[íi]cula)(?P<cargo>\p{L}[^\n]{1,159}?)[ \t]*(?:\r?\n|$))?   # CARGO
    (?:[ \t]*(?!Matr[íi]cula)(?P<unit>\p{L}[^\n]{1,199}?)[ \t]*(?:\r?\n|$))?    # UNIDADE
    (?:[ \t]*Matr[íi]cula\s*:?\s*(?P<mat>\d{3,12}))?                 # Matrícula: 1760610
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
FOOTER = regex.compile(
    r"""
    Para\s+verificar\s+a\s+autenticidade\s+deste\s+documento\s+entre\s+em\s+
    (?P<url>https?://\S{4,200}?)\s+informando\s+seu\s+n[úu]mero\s*:?
    [\s\S]{0,200}?c[óo]digo\s+de\s+verifica[çc][ãa]o\s*:?\s*(?P<code>[0-9a-f]{6,40})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    stamps = list(PATTERN.finditer(text))
    if not stamps:
        return []
    footers = list(FOOTER.finditer(text))
    out: list[Mention] = []
    for m in stamps:
        f = after_or_last(footers, m.end())
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m),
                 cargo=m.group("cargo"), verification_code=f.group("code") if f else None,
                 verification_url=f.group("url") if f else None)
        )  # fmt: skip
    return out
