"""Municipal-association gazettes on the Sigpub platform (diariomunicipal.com.br): who published each act.

Examples (real2/gazette):
- ``Publicado por:`` / ``Barbara Santos Canuto`` / ``Código Identificador:A3A211CE``
  (dom_al_ama_2121_2023_08_28_pages.pdf, p. 1, AMA/Alagoas 2023)
- ``Publicado por:`` / ``Gean Fábio Carvalho de Oliveira `` / ``Código Identificador:9AB283D6 ``
  (dom_al_ama_0225_2016_02_15_full_2p.pdf, p. 1: the older PDFCreator rendering, trailing spaces)
- ``Publicado por:`` / ``Yasmin Oliveira Kummer Souza`` / ``Código Identificador:E4EFD928`` (AMA 2023, p. 2)

The older rendering prints the publisher and the code on one line without the label: ``Renan Martins
Albuquerque Código Identificador:A31408AF`` (dom_ce_aprece_0745_2013_08_13_pages.pdf, DOM-CE/APRECE 2013, the
Sigpub layout before "Publicado por:"); a line that opens with the name in Title Case and holds nothing else.

The act's publisher, not its signatory; the platform signs the whole edition. No date is printed
(``signed_at`` None, ``valid`` None); the identifier is the act's ``verification_code``, and two acts
published by one person are two rows.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, prints
from seidou.versions import tag

VERSION = 2  # 2: the older line without "Publicado por:"
SYSTEM = "sigpub"
NAME = tag("seidou.patterns.esig.sigpub", VERSION)
DISTINCT_BY = ("verification_code",)  # one row per published act

PATTERN = regex.compile(
    r"""
    Publicado\s+por\s*:?\s*                                   # Publicado por:
    (?P<name>\p{L}[^\n:]{1,119}?)\s*                          # the publisher, on its own line
    C[óo]digo\s+Identificador\s*:?\s*(?P<code>[0-9A-Z]{6,12})\b   # Código Identificador:A3A211CE
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


OLD_LINE = regex.compile(
    r"^[ \t]*(?!(?i:publicado|c[óo]digo)[ \t])"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+(?:d[aeo]s?[ \t]+)?\p{Lu}\p{Ll}+){1,7})[ \t]+"
    r"C[óo]digo[ \t]+Identificador[ \t]*:?[ \t]*(?P<code>[0-9A-Z]{6,12})\b",
    regex.MULTILINE,
)


def find(text: str) -> list[Mention]:
    if not prints(text, "identificador"):
        return []  # PATTERN's and OLD_LINE's every match reads it (a cheap gate: OLD_LINE tries every line)
    hits = list(PATTERN.finditer(text))
    hits += [m for m in OLD_LINE.finditer(text) if not any(h.start() <= m.start() < h.end() for h in hits)]
    return [
        esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=None, date_printed=False,
             verification_code=m.group("code"))
        for m in sorted(hits, key=lambda m: m.start())
    ]  # fmt: skip
