"""Portuguese numbers in words (valor por extenso) → Decimal.

Handles Brazilian and Portugal spellings (``dezesseis``/``dezasseis``, ``catorze``/``quatorze``),
``e`` and commas between groups, ``mil``, ``milhão/milhões``, ``bilhão/bilhões`` (and ``bilião``),
and the currency split ``… reais e … centavos``.

>>> parse_money("seiscentos e vinte e dois mil cento e sessenta e seis reais e sessenta e seis centavos")
Decimal('622166.66')
>>> parse_money("seiscentos e vinte mil, setecentos e cinquenta reais")
Decimal('620750.00')
>>> parse_money("mil quatrocentos e dezasseis reais e sessenta e seis centavos")
Decimal('1416.66')
>>> parse_number("trinta e dois")
32
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import regex

VERSION = 1

UNITS = {
    "zero": 0,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "tres": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "cinqüenta": 50,
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "duzentas": 200,
    "trezentos": 300,
    "trezentas": 300,
    "quatrocentos": 400,
    "quatrocentas": 400,
    "quinhentos": 500,
    "quinhentas": 500,
    "seiscentos": 600,
    "seiscentas": 600,
    "setecentos": 700,
    "setecentas": 700,
    "oitocentos": 800,
    "oitocentas": 800,
    "novecentos": 900,
    "novecentas": 900,
}
SCALES = {
    "mil": 10**3,
    "milhão": 10**6,
    "milhao": 10**6,
    "milhões": 10**6,
    "milhoes": 10**6,
    "bilhão": 10**9,
    "bilhao": 10**9,
    "bilhões": 10**9,
    "bilhoes": 10**9,
    "bilião": 10**9,
    "biliões": 10**9,
    "trilhão": 10**12,
    "trilhões": 10**12,
}
FILLER = {"e", "de", ","}
INTEGER_UNIT = regex.compile(r"\b(reais|real)\b", regex.IGNORECASE)
CENTS_UNIT = regex.compile(r"\b(centavos?)\b", regex.IGNORECASE)
_TOKEN = regex.compile(r"\p{L}+|,")
# Words that may appear in a number phrase; used by callers to decide what a phrase is.
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES) | {"e"}


def _fold(word: str) -> str:
    return word.casefold()


def parse_number(words: str) -> int | None:
    """An integer written in words, or None if a word is not a number word."""
    total = 0
    group = 0
    seen = False
    for tok in _TOKEN.findall(words):
        w = _fold(tok)
        if w in FILLER:
            continue
        if w in UNITS:
            group += UNITS[w]
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 1000:
                total += (group or 1) * 1000
            elif group == 0 and 0 < total < scale:
                total *= scale  # "dois mil milhões" (Portugal): two thousand millions
            else:
                total += (group or 1) * scale
            group = 0
            seen = True
        else:
            return None
    return total + group if seen else None


def parse_money(words: str) -> Decimal | None:
    """A money amount in words (``… reais e … centavos``), or None when it does not read as one."""
    text = unicodedata.normalize("NFC", words).strip().strip(".;")
    text = regex.sub(r"\s+", " ", text)
    m_int = INTEGER_UNIT.search(text)
    m_cents = CENTS_UNIT.search(text)
    if m_int:
        integer_part = text[: m_int.start()]
        rest = text[m_int.end() :]
    elif m_cents:
        integer_part, rest = "", text
    else:
        integer_part, rest = text, ""
    integer = parse_number(integer_part) if integer_part.strip(" ,") else 0
    if integer is None:
        return None
    cents = 0
    if m_cents and (not m_int or m_cents.start() > m_int.start()):
        cents_words = rest[: CENTS_UNIT.search(rest).start()] if CENTS_UNIT.search(rest) else rest
        cents_words = regex.sub(r"^\s*e\s+", "", cents_words)
        parsed = parse_number(cents_words)
        if parsed is None or parsed >= 100:
            return None
        cents = parsed
    if not m_int and not m_cents and integer == 0 and not integer_part.strip():
        return None
    return (Decimal(integer) + Decimal(cents) / 100).quantize(Decimal("0.01"))
