"""Ordinal words to numbers: PRIMEIRA … VIGÉSIMA QUINTA, primeira … trigésima primeira, ÚNICA.

Examples (seed convênio 978990/2025): ``CLÁUSULA DÉCIMA QUINTA``, ``Subcláusula décima primeira``,
``Subcláusula Única``; also ``Cláusula 2ª`` and ``CLÁUSULA 3``.
"""

from __future__ import annotations

import unicodedata

import regex

VERSION = 1

UNITS = {
    "primeir": 1,
    "segund": 2,
    "terceir": 3,
    "quart": 4,
    "quint": 5,
    "sext": 6,
    "setim": 7,
    "sétim": 7,
    "oitav": 8,
    "non": 9,
    "únic": 1,
    "unic": 1,
}
TENS = {
    "décim": 10,
    "decim": 10,
    "vigésim": 20,
    "vigesim": 20,
    "trigésim": 30,
    "trigesim": 30,
    "quadragésim": 40,
    "quadragesim": 40,
    "quinquagésim": 50,
    "quinquagesim": 50,
}

WORD = r"(?:d[ée]cim|vig[ée]sim|trig[ée]sim|quadrag[ée]sim|quinquag[ée]sim|primeir|segund|terceir|quart|quint|sext|s[ée]tim|oitav|non|[úu]nic)[oa]"
PHRASE = regex.compile(rf"(?:{WORD})(?:\s+(?:{WORD}))?", regex.IGNORECASE)


_DIGITS_ORDINAL = regex.compile(r"(\d+)\s*[ºª°o]?$")


def to_number(words: str) -> int | None:
    """>>> to_number("DÉCIMA QUINTA"), to_number("trigésima primeira"), to_number("Única"), to_number("2ª")
    (15, 31, 1, 2)
    """
    words = unicodedata.normalize("NFC", words).strip().casefold()
    m = _DIGITS_ORDINAL.match(words)
    if m:
        return int(m.group(1))
    total = 0
    for w in words.split():
        stem = w[:-1]
        if stem in TENS:
            total += TENS[stem]
        elif stem in UNITS:
            total += UNITS[stem]
        else:
            return None
    return total or None
