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
from ._common import esig, moment_of, windows
from seidou.versions import tag

VERSION = 1
SYSTEM = "desconhecido"
NAME = tag("seidou.patterns.esig.desconhecido", VERSION)
DISTINCT_BY = ("signed_at",)

TRIGGER = regex.compile(
    r"""
    assinad[oa]\s+(?:eletronicamente|digitalmente)\b   # "assinado eletronicamente"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
POR = regex.compile(
    r"""
    \bpor\s*:?\s*          # "por" / "por:", within a few words of the trigger ("… no sistema X por")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
WHEN = regex.compile(
    r"""
    \s*,?\s+em\s*:?\s*
    (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})                    # em 01/04/2025
    \s*(?:,|-|–)?\s*(?:[àa]s\s+)?                                 # , às / -
    (?P<H>\d{1,2})\s*[:h]\s*(?P<M>\d{2})(?:\s*:\s*(?P<S>\d{2}))?  # 10:56 / 09h15
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Between "por" and "em DATA": "NOME", "NOME, CARGO" or "NOME - CARGO"
WHO = regex.compile(
    r"""
    (?P<name>\p{Lu}[^,\n\d:]{1,119}?)\s*          # NOME (capitalised, no digit)
    (?:(?:,|\s[-–])\s*(?P<cargo>[^\n]{1,160}))?    # ", CARGO" / " - CARGO" (a hyphen in a name stays)
    """,
    regex.VERBOSE,
)
_POR_REACH, _REACH = 80, 320


def find(text: str) -> list[Mention]:
    sei = [(s.start(), s.end()) for s in SEI.finditer(text)]
    sei_starts = [a for a, _ in sei]
    out: list[Mention] = []
    for t, stop in windows(TRIGGER, text, _POR_REACH + _REACH):
        p = POR.search(text, t.end(), min(stop, t.end() + _POR_REACH))
        if not p:
            continue
        w = WHEN.search(text, p.end(), min(stop, p.end() + _REACH))
        if not w:
            continue
        who = WHO.fullmatch(text, p.end(), w.start())
        if not who or not regex.match(r"\p{Lu}", who.group("name")):
            continue  # "por ambas as partes": no signer's name
        j = bisect.bisect_left(sei_starts, w.end()) - 1
        if j >= 0 and sei[j][1] > t.start():
            continue  # a SEI stamp: patterns.sei_stamp's
        out.append(
            esig(text, t.start(), w.end(), who.group("name"), NAME, system=SYSTEM, signed_at=moment_of(w),
                 cargo=who.group("cargo"))
        )  # fmt: skip
    return out
