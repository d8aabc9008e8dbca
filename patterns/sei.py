"""SEI document numbers, código verificador, CRC and the SEI host of the authenticity URL.

Examples (seed plano de trabalho and convênio; SEI-AL despacho):
- footer ``Plano de Trabalho 01/2026 (56909344)`` — the SEI number in parentheses
- ``informando o código verificador 56909344 e o código CRC 90DB5319``
- ``https://colaboragov.sei.gov.br/sei/controlador_externo.php?acao=documento_conferir...`` → host
- ``SEI nº do Documento 29667343`` (SEI-AL footer), ``SEI nº 56909344``
"""

from __future__ import annotations

import regex

from .mention import Mention, first_matches, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.sei", VERSION)

_FORMS = (
    r"c[óo]digo\s+verificador\s*(?:n[º°o]\.?\s*)?(?P<verificador>\d{6,10})",  # código verificador 56909344
    r"c[óo]digo\s+CRC\s*(?P<crc>[0-9A-F]{8})\b",  # código CRC 90DB5319
    r"(?P<url>https?://(?P<host>[\w.-]+)/sei/[\w./-]*controlador_externo\.php\S*)",  # authenticity URL
    r"\bSEI\s+n[º°o]\.?\s*(?:do\s+Documento\s*)?(?P<numero>\d{6,10})\b",  # SEI nº 56909344
    r"(?<=\S\s)\((?P<footer>\d{7,10})\)(?=\s+SEI\b)",  # footer "(56909344) SEI ..."
)
PATTERN = regex.compile("|".join(_FORMS), regex.VERBOSE | regex.IGNORECASE)
# PATTERN's forms one by one (mention.first_matches: the same matches): alone, each is searched for by its words;
# together, the alternation is tried at every position (2.4 times slower on the documents of real and real2)
_PARTS = tuple(regex.compile(form, regex.VERBOSE | regex.IGNORECASE) for form in _FORMS)


def find(text: str) -> list[Mention]:
    out = []
    for m in first_matches(_PARTS, text):
        g = m.groupdict()
        if g.get("verificador"):
            s, e = m.span("verificador")
            out.append(make("sei", text, s, e, g["verificador"], None, NAME, role="codigo_verificador"))
        elif g.get("crc"):
            s, e = m.span("crc")
            out.append(make("crc", text, s, e, g["crc"].upper(), None, NAME))
        elif g.get("url"):
            s, e = m.span("url")
            out.append(make("sei_url", text, s, e, g["host"].lower(), None, NAME, url=g["url"]))
        else:
            group = "numero" if g.get("numero") else "footer"
            s, e = m.span(group)
            out.append(make("sei", text, s, e, m.group(group), None, NAME, role="numero"))
    return out
