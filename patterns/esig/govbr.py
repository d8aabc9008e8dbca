"""gov.br advanced signature (Assinador ITI): the stamp the service draws on the page.

Examples (public samples, not in the corpus; the stamp's fixed wording, as published test data and
the ITI's own validator show it):
- ``Documento assinado digitalmente`` / ``gov.br`` / ``FULANO DE TAL`` / ``Data: 21/09/2026 10:32:15-0300`` /
  ``Verifique em https://validar.iti.gov.br``
- ``Documento assinado digitalmente`` / ``HERMANI GOMES GONCALVES FONSECA`` / ``Data: 27/08/2026 14:46:36-0300`` /
  ``Verifique em https://validar.iti.gov.br`` (the logo drawn as an image: no "gov.br" text)
- ``Documento assinado digitalmente`` / ``ASSINANTE DE EXEMPLO`` / ``Data: 01/01/2026 12:00:00-0300`` /
  ``Verifique em https://verificador.iti.br`` (the validator's older address)

A hit needs the printed offset or the ITI address (either tells the stamp from a sentence). The
offset is kept as printed; without it, Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of, offset
from seidou.versions import tag

VERSION = 1
SYSTEM = "govbr"
NAME = tag("seidou.patterns.esig.govbr", VERSION)
DISTINCT_BY = ("signed_at",)  # each stamp is a signature of its own

PATTERN = regex.compile(
    r"""
    Documento\s+assinado\s+digitalmente\s+
    (?:gov\.?\s?br\s+)?                                         # the logo's text, when drawn as text
    (?P<name>\p{L}[\p{L}\p{M} \xa0.'’\-]{1,118}?)\s+            # FULANO DE TAL (no digit, no colon)
    Data\s*:\s*(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+        # Data: 21/09/2026
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?                 # 10:32:15
    \s*(?P<off>[+-]\d{2}:?\d{2})?                               # -0300
    (?:\s*Verifique\s+em\s+(?P<url>https?://\S{4,120}?)(?=[\s,;)]|\.?$|\.\s))?   # Verifique em https://validar.iti.gov.br
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
_ITI = regex.compile(r"iti\.(?:gov\.)?br", regex.IGNORECASE)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        url = m.group("url")
        if not m.group("off") and not (url and _ITI.search(url)):
            continue
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM,
                 signed_at=moment_of(m, offset(m.group("off"))), verification_url=url)
        )  # fmt: skip
    return out
