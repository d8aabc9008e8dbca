"""Fallback: an e-signature stamp of a system no other grammar knows.

Examples:
- ``Documento assinado eletronicamente por: ELIANA NUNES ESTRELA em 01/04/2025, às 10:56 (horário local do
  Estado do Ceará), conforme disposto no Decreto Estadual nº 34.097`` (Ceará's "Suíte" platform: public sample,
  not in the corpus)
- ``Assinado digitalmente por CARLOS PEREIRA - Secretário Municipal em 12/05/2023 - 16:40:05`` (public sample shape)
- ``Este documento foi assinado eletronicamente no sistema X por ANA LIMA, Diretora, em 02/02/2024 às 09h15``

The package's ``find`` runs this grammar only where no system grammar matched. It leaves SEI stamps
alone (``patterns.sei_stamp``), and asks for a capitalised name ("por ambas as partes" is no signer).
"""

from __future__ import annotations

import bisect

import regex

from ..mention import Mention
from ..sei_stamp import PATTERN as SEI
from ._common import esig, moment_of

VERSION = 1
SYSTEM = "desconhecido"
NAME = f"patterns.esig.desconhecido@{VERSION}"
DISTINCT_BY = ("signed_at",)

PATTERN = regex.compile(
    r"""
    assinad[oa]\s+(?:eletronicamente|digitalmente)\s+             # assinado eletronicamente
    (?:[^\n]{0,60}?\s)?                                           # (no sistema X, com certificado digital)
    por\s*:?\s*
    (?P<name>\p{Lu}[^,\n]{1,119}?)                                # NOME (capitalised)
    (?:\s*[,\-–]\s*(?P<cargo>[^\n]{1,160}?))?                     # , CARGO / - CARGO
    \s*,?\s+em\s*:?\s*
    (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})                    # em 01/04/2025
    \s*(?:,|-|–)?\s*(?:[àa]s\s+)?                                 # , às / -
    (?P<H>\d{1,2})\s*[:h]\s*(?P<M>\d{2})(?:\s*:\s*(?P<S>\d{2}))?  # 10:56 / 09h15
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LOWER_START = regex.compile(r"\p{Ll}")


def find(text: str) -> list[Mention]:
    sei = [(s.start(), s.end()) for s in SEI.finditer(text)]
    sei_starts = [a for a, _ in sei]
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        if _LOWER_START.match(m.group("name")):
            continue  # IGNORECASE lets "\p{Lu}" take a lower-case letter: "por ambas as partes"
        i = bisect.bisect_left(sei_starts, m.end()) - 1
        if i >= 0 and sei[i][1] > m.start():
            continue  # a SEI stamp: patterns.sei_stamp's
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m),
                 cargo=m.group("cargo"))
        )  # fmt: skip
    return out
