"""SEI document numbers, código verificador, CRC and the SEI host of the authenticity URL.

Examples (seed plano de trabalho and convênio; SEI-AL despacho):
- footer ``Plano de Trabalho 01/2026 (56909344)`` — the SEI number in parentheses
- ``informando o código verificador 56909344 e o código CRC 90DB5319``
- ``https://colaboragov.sei.gov.br/sei/controlador_externo.php?acao=documento_conferir...`` → host
- ``SEI nº do Documento 29667343`` (SEI-AL footer), ``SEI nº 56909344``
"""

from __future__ import annotations

import regex

from .mention import Mention, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.sei", VERSION)

PATTERN = regex.compile(
    r"""
      c[óo]digo\s+verificador\s*(?:n[º°o]\.?\s*)?(?P<verificador>\d{6,10})     # código verificador 56909344
    | c[óo]digo\s+CRC\s*(?P<crc>[0-9A-F]{8})\b                                  # código CRC 90DB5319
    | (?P<url>https?://(?P<host>[\w.-]+)/sei/[\w./-]*controlador_externo\.php\S*) # authenticity URL
    | \bSEI\s+n[º°o]\.?\s*(?:do\s+Documento\s*)?(?P<numero>\d{6,10})\b           # SEI nº 56909344
    | (?<=\S\s)\((?P<footer>\d{7,10})\)(?=\s+SEI\b)                             # footer "(56909344) SEI ..."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        if m.group("verificador"):
            s, e = m.span("verificador")
            out.append(make("sei", text, s, e, m.group("verificador"), None, NAME, role="codigo_verificador"))
        elif m.group("crc"):
            s, e = m.span("crc")
            out.append(make("crc", text, s, e, m.group("crc").upper(), None, NAME))
        elif m.group("url"):
            s, e = m.span("url")
            out.append(make("sei_url", text, s, e, m.group("host").lower(), None, NAME, url=m.group("url")))
        else:
            group = "numero" if m.group("numero") else "footer"
            s, e = m.span(group)
            out.append(make("sei", text, s, e, m.group(group), None, NAME, role="numero"))
    return out
