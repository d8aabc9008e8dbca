"""Street names (logradouros) in addresses: the type word and the capitalised name after it, up to the
comma or number.

Letterheads and party blocks print addresses whose names are people's names ("Avenida Dr. Antônio
Carlos Magalhães, 184"); the NER merge policy (pipeline/ner/entities.py) makes them LOCAL rule entities so
the model does not read a person or an organization there.

>>> [m.raw for m in find("Avenida Dr. Antônio Carlos Magalhães, 184 – Centro - 48.790-000 – Tucano")]
['Avenida Dr. Antônio Carlos Magalhães']
>>> [m.raw for m in find("sede na AVENIDA PAULO CARDOSO DE OLIVEIRA BRITO, S/N")]
['AVENIDA PAULO CARDOSO DE OLIVEIRA BRITO']
>>> [m.raw for m in find("Esplanada dos Ministérios, Bloco D; Rua 7 de Setembro nº 12")]
['Esplanada dos Ministérios', 'Rua 7 de Setembro']
>>> find("a rua principal; a avenida; Clube dos Corredores de Rua do Gama")
[]
"""

from __future__ import annotations

import regex

from .mention import Mention, make
from .orgaos import _CAP, _CONN, _OF, cased
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.logradouros", VERSION)

TYPES = (
    "Avenida",
    "Av.",
    "Rua",
    "Travessa",
    "Praça",
    "Rodovia",
    "Alameda",
    "Estrada",
    "Largo",
    "Esplanada",
)
_TYPE = "|".join(regex.escape(t) for t in sorted({v for t in TYPES for v in (t, t.upper())}, key=len, reverse=True))
# titles inside a street's name ("Dr. Antônio Carlos Magalhães", "Prof. Lineu Prestes")
_TITLE = cased(("Dr.", "Dra.", "Prof.", "Profa.", "Pres.", "Gov.", "Des.", "Cel.", "Sen.", "Dep.", "Eng.", "Gen."))
PATTERN = regex.compile(
    rf"""
    (?<![\p{{L}}\d.])
    (?<!(?<![\p{{L}}]){_OF}[ \t])                # not inside a name: "Clube dos Corredores de Rua do Gama"
    (?:{_TYPE})
    (?:[ \t]+(?:{_CONN}[ \t]+){{0,2}}(?:{_TITLE}|{_CAP}|\d{{1,2}}(?=[ \t]+{_CONN}[ \t])))+
    (?![\p{{L}}\d])
    """,
    regex.VERBOSE,
)


def find(text: str) -> list[Mention]:
    # the pattern ends on a capitalised word, a title or a number, never on a connector
    return [
        make("logradouro", text, m.start(), m.end(), value=" ".join(m.group().split()), extractor=NAME)
        for m in PATTERN.finditer(text)
    ]
