"""Money in reais, with the amount in words that follows it cross-checked (``extenso_match``).

Examples (seed municipal convênio 978990/2025, cláusula sexta and Lei 1.508/2026, art. 1º):
- ``R$ 622.166,66 (seiscentos e vinte e dois mil cento e sessenta e seis reais e sessenta e seis centavos)``
- ``R$ 620.750,00 (seiscentos e vinte mil, setecentos e cinquenta reais)`` (commas between groups)
- ``R$ 1.416,66 (mil quatrocentos e dezasseis reais e sessenta e seis centavos)`` (Portugal spelling)
- ``R$1.800,00``, ``TOTAL.....R$ 620.750,00``, ``R$ 1,5 milhão``
- amounts under a table header ``Valor (R$)`` (bare ``1.275.472,00``)
Near misses: ``Lei nº 1.412`` and ``Decreto nº 8.726`` are not money (no ``R$``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from .extenso import parse_money
from .mention import Mention, make

VERSION = 1
NAME = f"patterns.money@{VERSION}"

PATTERN = regex.compile(
    r"""
    R\$\s{0,3}
    (?P<number>\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)      # 622.166,66 · 1800,00 · 1,5
    (?!\d)
    (?:\s+(?P<scale>mil(?:h(?:ão|ao|ões|oes))?|bilh(?:ão|ao|ões|oes))\b)?   # R$ 1,5 milhão
    (?:\s*\((?P<extenso>[^()\n]{3,300})\))?                              # (seiscentos … reais)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A table column of amounts: a header line holding "(R$)" (e.g. "Valor (R$)"), then bare amounts.
COLUMN_HEADER = regex.compile(r"\(R\$\)|\bValor(?:es)?\s+em\s+R\$")
BARE_AMOUNT = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])")
COLUMN_LINES = 40

_SCALES = {"mil": 10**3, "milhão": 10**6, "milhao": 10**6, "milhões": 10**6, "milhoes": 10**6,
           "bilhão": 10**9, "bilhao": 10**9, "bilhões": 10**9, "bilhoes": 10**9}


def parse_number(raw: str) -> Decimal | None:
    """Brazilian notation: dot for thousands, comma for decimals.

    >>> parse_number("622.166,66"), parse_number("1,5"), parse_number("1800")
    (Decimal('622166.66'), Decimal('1.50'), Decimal('1800.00'))
    """
    try:
        return Decimal(raw.replace(".", "").replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def find(text: str) -> list[Mention]:
    out = []
    taken: list[tuple[int, int]] = []
    for m in PATTERN.finditer(text):
        value = parse_number(m.group("number"))
        if value is None:
            continue
        if m.group("scale"):
            value = (value * _SCALES[m.group("scale").casefold()]).quantize(Decimal("0.01"))
        extenso = m.group("extenso")
        extenso_value = parse_money(extenso) if extenso else None
        if extenso and extenso_value is None:
            end = m.end("scale") if m.group("scale") else m.end("number")  # a parenthesis that is not words
            extenso = None
        else:
            end = m.end()
        out.append(
            make("amount", text, m.start(), end, value, None, NAME, currency="BRL",
                 extenso_raw=extenso, extenso_value=extenso_value,
                 extenso_match=None if extenso_value is None else extenso_value == value)
        )
        taken.append((m.start(), end))
    out.extend(_column_amounts(text, taken))
    return sorted(out, key=lambda x: x.start)


def _column_amounts(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare amounts in the lines under a ``Valor (R$)`` header (tables read row by row)."""
    out = []
    for h in COLUMN_HEADER.finditer(text):
        line_end = text.find("\n", h.end())
        if line_end < 0:
            continue
        stop = line_end
        for _ in range(COLUMN_LINES):
            nxt = text.find("\n", stop + 1)
            stop = len(text) if nxt < 0 else nxt
            if nxt < 0:
                break
        for m in BARE_AMOUNT.finditer(text, line_end, stop):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(make("amount", text, m.start(), m.end(), parse_number(m.group()), None, NAME,
                            currency="BRL", extenso_raw=None, extenso_value=None, extenso_match=None,
                            source="table_column"))
    return out
