"""Driver's licence numbers (the CNH's registro): 11 digits after "CNH" or, in a traffic notice, "Registro".

Examples:
- ``Interessados: WESLEY DO CARMO SILVA, Processo: 0113-015049/2014, Registro; 05305512255, Infringência ao
  art. 165`` (DODF 2020-01-07, DETRAN-DF: a list of drivers whose licence is suspended)
- ``CNH nº 01548729496``, ``Carteira Nacional de Habilitação: 01548729496``

A person's identifier, like a CPF: masked in every output unless ``--unmask-cpf``. Its check digits are
not verified (``valid`` null). "Registro" alone names many registers (a professional's, a property's), so
it counts only with a traffic word near it (``Infringência``, ``habilitação``, ``dirigir``, ``DETRAN``).
"""

from __future__ import annotations

import regex

from .mention import Mention, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.cnh", VERSION)

PATTERN = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?P<cnh>CNH|Carteira\s+Nacional\s+de\s+Habilita[çc][ãa]o)
      | (?P<registro>Registro|REGISTRO|registro)
    )
    \s*(?:n[º°o]\.?\s*|N[º°O]\.?\s*)?[:;]?\s*
    (?P<n>\d{11})(?![\d/.-])
    """,
    regex.VERBOSE,
)
# the words PATTERN opens with (case as printed): a text without any (most) is not searched
LEAD_WORDS = ("CNH", "Carteira", "Registro", "REGISTRO", "registro")
TRAFFIC = regex.compile(r"(?i:infring|habilita[çc]|dirigir|\bCNH\b|tr[âa]nsito|detran|condutor)")
TRAFFIC_REACH = 400  # characters either side of a "Registro" a traffic word may be


def find(text: str) -> list[Mention]:
    out = []
    if not any(w in text for w in LEAD_WORDS):
        return out
    for m in PATTERN.finditer(text):
        near = text[max(0, m.start() - TRAFFIC_REACH) : m.end() + TRAFFIC_REACH]
        if m.group("registro") and not TRAFFIC.search(near):
            continue
        out.append(make("cnh", text, m.start("n"), m.end("n"), m.group("n"), None, NAME))
    return out
