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
from ._common import esig, moment_of, windows
from seidou.versions import tag

VERSION = 1
SYSTEM = "boletim"
NAME = tag("seidou.patterns.esig.boletim", VERSION)
DISTINCT_BY = ("signed_at",)  # one stamp per act: one person signs several acts of a bulletin

ANCHOR = regex.compile(
    r"""
    Documento\s+assinado\s+por\s*:\s*          # "Documento assinado por:" (the colon: not a sentence)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WHEN = regex.compile(
    r"""
    \bEm\s*:\s*(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})                # Em: 06/03/2024
    (?:\s*,?\s*(?:[àa]s\s+)?(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?   # 17:32:10
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Between the two: "POSTO NOME - Mat: 123.456-7 - CARGO", its parts split at a spaced dash (a hyphen
# inside a word, "Comandante-Geral", "123.456-7", stays)
PART = regex.compile(
    r"""
    \s+[-–]\s+                   # " - " between parts
    |\s+[-–](?=\s*Mat)           # " -Mat:" (the space after the dash lost)
    |(?<=\d)\s*[-–]\s+(?=\p{L})  # "123.456-7- CARGO" (after the registration number)
    """,
    regex.VERBOSE,
)
MAT = regex.compile(
    r"""
    ^Mat(?:r[íi]cula)?\.?\s*:?\s*     # "Mat:", "Matrícula:"
    [\dXx][\dXx.\-/]{2,19}$           # 123.456-7
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_REACH = 420  # anchor to date: a rank, a name, a registration number, a cargo

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
    for a, stop in windows(ANCHOR, text, _REACH):
        w = WHEN.search(text, a.end(), stop)
        if not w:
            continue
        segment = text[a.end() : w.start()]
        if segment.count("\n") > 2:
            continue
        parts = [p for p in PART.split(segment.strip()) if p.strip()]
        if not parts or not regex.match(r"[\p{L}\d]", parts[0]):
            continue
        who, rest = parts[0], [p for p in parts[1:] if not MAT.match(p.strip())]
        r = RANK.match(who)
        name, rank = (who[r.end() :], r.group("rank")) if r else (who, None)
        cargo = " - ".join(p for p in [rank, *rest] if p) or None
        out.append(esig(text, a.start(), w.end(), name, NAME, system=SYSTEM, signed_at=moment_of(w), cargo=cargo))
    return out
