"""Military and state bulletins (boletins gerais): the stamp under each signed act.

Examples (public-sample shapes, not in the corpus: the bulletin of this project is held out):
- ``Documento assinado por: CEL QOC BM FULANO DE TAL - Mat: 123.456-7 - Comandante-Geral Em: 06/03/2024
  17:32:10`` (the shape of the CBMAL general bulletin's stamp)
- ``Documento assinado por: TEN CEL QOS MARIA DA SILVA - Mat: 98765-4 - Chefe do Estado-Maior`` /
  ``Em: 06/03/2024 17:32:10`` (cut by a line break)
- ``Documento assinado por: MAJ PM JOÃO SOUZA - Matrícula: 1234567 - Ajudante-Geral Em: 01/02/2024 08:00``

The rank printed before the name moves to the cargo (``CEL QOC BM - Comandante-Geral``), as SEI
prints it beside the name ("Tenente Coronel"). Times are Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of

VERSION = 1
SYSTEM = "boletim"
NAME = f"patterns.esig.boletim@{VERSION}"
DISTINCT_BY = ("signed_at",)  # one stamp per act: one person signs several acts of a bulletin

PATTERN = regex.compile(
    r"""
    Documento\s+assinado\s+por\s*:\s*
    (?P<who>[\p{L}\d][^\n]{2,159}?)\s*                              # POSTO NOME ("1º SGT BM …")
    (?:[-–]\s*Mat(?:r[íi]cula)?\.?\s*:?\s*(?P<mat>[\dXx][\dXx.\-/]{2,19})\s*)?   # - Mat: 123.456-7
    (?:[-–]\s*(?P<cargo>[^\n]{2,160}?(?:\n[^\n]{1,160}?)?)\s*)?      # - CARGO (may wrap once)
    Em\s*:\s*(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})                  # Em: 06/03/2024
    (?:\s*,?\s*(?:[àa]s\s+)?(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?   # 17:32:10
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Ranks of the military police and fire brigades, with their cadre and corporation (QOC, QOS, BM, PM)
RANK = regex.compile(
    r"""
    ^(?P<rank>
      (?:(?:[123][º°oª]?|Primeiro|Segundo|Terceiro)\s*)?
      (?:TEN(?:ENTE)?[\s\-]*CEL|TENENTE[\s\-]+CORONEL|CEL|CORONEL|MAJ|MAJOR|CAP|CAPIT[ÃA]O|TEN|TENENTE
        |ASP(?:IRANTE)?|SUBTEN(?:ENTE)?|ST|SGT|SARGENTO|CB|CABO|SD|SOLDADO|AL|ALUNO|CAD|CADETE)\.?
      (?:\s+(?:QOC|QOS|QOA|QOE|QOEM|QOBM|QOPM|QPBM|QPPM|QPE|BM|PM|RR|RRM))*
    )\s+(?=\p{L})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        who = m.group("who")
        r = RANK.match(who)
        name, rank = (who[r.end() :], r.group("rank")) if r else (who, None)
        cargo = " - ".join(p for p in (rank, m.group("cargo")) if p) or None
        out.append(esig(text, m.start(), m.end(), name, NAME, system=SYSTEM, signed_at=moment_of(m), cargo=cargo))
    return out
