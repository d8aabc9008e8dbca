"""Money in reais, with the amount in words that follows it cross-checked (``extenso_match``).

Examples (seed municipal convênio 978990/2025, cláusula sexta and Lei 1.508/2026, art. 1º):
- ``R$ 622.166,66 (seiscentos e vinte e dois mil cento e sessenta e seis reais e sessenta e seis centavos)``
- ``R$ 620.750,00 (seiscentos e vinte mil, setecentos e cinquenta reais)`` (commas between groups)
- ``R$ 1.416,66 (mil quatrocentos e dezasseis reais e sessenta e seis centavos)`` (Portugal spelling)
- ``R$1.800,00``, ``TOTAL.....R$ 620.750,00``, ``R$ 1,5 milhão``
- amounts under a table header ``Valor (R$)`` (bare ``1.275.472,00``), or a bare ``R$`` column header
- ``R$ 34985.16`` (a decimal point: UNESCO contract SA-3609/2012 annex, Adobe-made forms of international bodies)
Near misses: ``Lei nº 1.412`` and ``Decreto nº 8.726`` are not money (no ``R$``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from .extenso import SCALES, parse_money
from .mention import Mention, make
from seidou.versions import tag

# 2: a decimal point with two digits and no thousands groups (R$ 34985.16) is read as one
# 3: a bare "R$" with no number after it heads a column of bare amounts (budget tables)
# 4: a bare amount after a value's label ("VALOR ANUAL: 12.099,60", "Valor Unit.: 0,2800") is money (seg26),
# not a measure's ("Valor: 1.500,00 UFIR", "Valor: 25,00 pontos": rev26c)
# 5: an amount is never cut short inside its digits ("R$ 0,2642" gave R$ 0, "R$ 46,874,35" R$ 46: DOU S3
# 2020, DOM-MG 2023, DOM-BH 2024), and a stray space before the thousands dot is read through ("R$ 4 .686.661,55",
# DOE-BA 2020: a text-layer gap; only with full groups and cents); zeros past the cents are read ("R$312,000",
# "R$479,0000" PRONAS Anexo III; "R$86.000,0000" DOU 2014; as the labelled "0,2800" of DODF 2004)
VERSION = 7  # 7: a fiscal unit or a measure after a labelled value's amount in words that names no currency is no
# money ("Valor: 1.500,00 (mil e quinhentos) UFIR": review27 of rev26c's unit rule, which saw only a unit right after
# the number). 6: a bare amount followed by the same amount in words naming reais is money whatever comes before it
# ("Valor total: $ 464.200,00 (quatrocentos e sessenta e quatro mil e duzentos reais)", DOE-BA 2020; "VALOR GLOBAL R$:
# 33.930,00 (TRINTA E TRÊS MIL NOVECENTOS E TRINTA REAIS)", DOM-AL AMA 2.121); a "%" on the next line is another cell,
# not the amount's ("236.505,06\n% *": Criança Esperança plano de trabalho; "Percentual 10,25%" stays no money); a text
# layer's stray space before the abbreviation's dot in the label ("Valor Unit .: 0,280", DODF 2004 SES atas: the
# same text-layer gap as money@5's "R$ 4 .686.661,55", DOE-BA)
NAME = tag("seidou.patterns.money", VERSION)

# The standard library's engine runs this pattern: it is twice as fast as `regex` here, and a
# table of thousands of amounts is the hot case (the pattern uses nothing `re` lacks).
PATTERN = re.compile(
    r"""
    R\$\s{0,3}
    (?P<number>\d+\.\d{2}(?!\d|[.,]\d)                                 # 34985.16: a dot before two digits is
                                                                       # no thousands mark (international forms)
    |\d{1,3}[ ](?:\.\d{3})+,\d{2}                                       # 4 .686.661,55: a text layer's stray space
    |\d{1,3}(?:\.\d{3})*(?:,\d{2}0{1,2}(?!\d)|,\d{1,2})?               # 622.166,66 · 1,5 · 86.000,0000
    |\d+(?:,\d{2}0{1,2}(?!\d)|,\d{1,2})?)                              # 1800,00 · 312,000
    (?!\d|[.,]\d|[ ]\.\d)                                               # never cut short: 0,2642 · 46,874,35
    (?:\s+(?P<scale>mil(?:h(?:ão|ao|ões|oes))?|bilh(?:ão|ao|ões|oes))\b)?   # R$ 1,5 milhão
    (?:\s*\((?P<extenso>[^()\n]{3,300})\))?                              # (seiscentos … reais)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A table column of amounts: a header line holding "(R$)" (e.g. "Valor (R$)"), then bare amounts; or a bare "R$"
# with no number after it on its line, the currency column of a budget table (not a cell "R$ -", not prose
# wrapped after "no valor de R$") ("NATUREZA FONTE VALOR R$": Tucano-BA Lei
# 375/2017 crédito especial; "… de 29 de dezembro de 2023: R$" over the dotações: DOM-BH decretos de crédito
# suplementar 18.886 and 18.887).
COLUMN_HEADER = regex.compile(
    r"""\(R\$\)|\bValor(?:es)?\s+em\s+R\$
      | (?<!\b(?i:de|em|por|para|a|at[ée]|e|com|o|os)\s{1,3})R\$[ \t]*$   # "VALOR R$" ending its line, not "no valor de R$"
      | ^R\$[ \t]+(?=\p{Ll})                                            # "R$ federal nº 4.320": the cell beside a text line
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A bare amount right after a value's label and its colon, without "R$" (a general grammar of extracts: the label
# says money): "VALOR ANUAL: 12.099,60 (doze mil, noventa e nove reais …)" (DOE-BA 2020), "VALOR: 282,00 (duzentos e
# oitenta e dois reais)" (DOE-RJ 2023), "itens 2, 3 e 4, Valor: 2.026.589,25." (DODF 2021), unit prices of a price
# registration "Valor Unit.: 0,2800" (DODF 2004). Decimals past the cents only when they are zeros (the table holds
# cents: "0,2390" is a fraction of a cent, not read). Not a percentage, not a quantity ("Quantidade: 1.000").
# a unit after a number says it measures something else: a word in lower case but "reais", a square or cube sign, a
# fiscal unit ("UFIR", "UFM", "UPF", "VRTE")
_CURRENCY = r"(?i:\b(?:reais|real|centavos?)\b)"  # words that name the money: "(… reais)", "(… centavos)"
_MEASURE = r"(?:(?!reais\b|real\b)\p{Ll}|[²³]|U\p{Lu}{1,4}\b|VRTE\b)"
LABELLED = regex.compile(
    r"(?i:\b(?:valor(?:es)?|pre[çc]os?)(?:\s+(?:unit[áa]rios?|unit\x20?\.|total|global|estimado|mensal|anual))?\s*:\s*)"
    r"(?P<number>\d{1,3}(?:\.\d{3})*,\d{2}(?P<zeros>0{0,2})(?P<more>\d*))(?![\d,]|\s?%)"
    # (nor a measure whose amount in words names no currency before its unit: "Valor: 1.500,00 (mil e quinhentos)
    # UFIR", "Valor: 25,00 (vinte e cinco) pontos" — the rule above, with the words between; money@7)
    rf"(?!\s*\((?![^()\n]*{_CURRENCY})[^()\n]{{3,300}}\)[ \t]*{_MEASURE})"
    # (not a measure after the label: a unit or a word in lower case after the number, a fiscal unit "UFIR", "UFM",
    # "UPF", "VRTE": "Valor: 1.500,00 UFIR", "Valor: 25,00 pontos", "Valor total: 1.000,00 kg" — review rev26c)
    rf"(?![ \t]*{_MEASURE})"
    r"(?:\s*\((?P<extenso>[^()\n]{3,300})\))?"
)
# … unless the same label nearby holds a percentage: a list of indicators' values ("Indicador nº 40 …" / "Período: 1º
# semestre de 2024 Valor: 0%" / "Indicador nº 41 - Estabilidade em cargos de chefia" / "Período: 1º semestre de 2024
# Valor: 0,33": SEI/AL CBMAL 2025, caderno de indicadores; review rev26c)
PERCENT_SIBLING = regex.compile(r"(?i:\bvalor(?:es)?\b[^:\n]{0,20}:\s*\d[\d.,]*\s?%)")
SIBLING_REACH = 300
BARE_AMOUNT = regex.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,]|[ \t]?%)"
)  # not "Percentual utilizado 10,25%"
# A bare amount with its amount in words (naming reais or centavos) right after it: the words say it is money (a
# general grammar of Brazilian acts; the value must equal the words' value)
WORDED = regex.compile(
    r"(?<![\d.,])(?P<number>\d{1,3}(?:\.\d{3})*,\d{2})(?![\d,])\s{0,2}\((?P<extenso>[^()\n]{3,300})\)"
)
CURRENCY_WORD = regex.compile(_CURRENCY)
# the cents every bare amount of LABELLED and WORDED prints: a text without (most) is not searched for them
CENTS = regex.compile(r",\d{2}")
COLUMN_LINES = 40


def parse_number(raw: str) -> Decimal | None:
    """Brazilian notation: dot for thousands, comma for decimals.

    >>> parse_number("622.166,66"), parse_number("1,5"), parse_number("1800"), parse_number("34985.16")
    (Decimal('622166.66'), Decimal('1.50'), Decimal('1800.00'), Decimal('34985.16'))
    """
    if "," not in raw and raw.count(".") == 1 and len(raw) - raw.index(".") == 3:
        return Decimal(raw)  # 34985.16 (the pattern takes this form only with no thousands groups)
    whole, _, cents = raw.replace(".", "").partition(",")
    try:
        return Decimal(f"{whole}.{(cents + '00')[:2]}")
    except InvalidOperation:
        return None


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    append = out.append
    for m in PATTERN.finditer(text):  # hot on tables full of amounts: kept lean
        number, scale, extenso = m.groups()
        value = _parse_cached(number)
        if value is None:
            continue
        start, end = m.span()
        if scale:
            value = (value * SCALES[scale.casefold()]).quantize(_CENT)
        if extenso:
            extenso_value = parse_money(extenso)
            if extenso_value is None:  # a parenthesis that is not an amount in words
                end = m.end(2) if scale else m.end(1)
                data = _NO_WORDS
            else:
                data = (
                    ("currency", "BRL"),
                    ("extenso_match", extenso_value == value),
                    ("extenso_raw", extenso),
                    ("extenso_value", extenso_value),
                )
        else:
            data = _NO_WORDS
        append(Mention("amount", start, end, text[start:end], value, None, NAME, data))
    cents = CENTS.search(text) is not None  # (a cheap search for what LABELLED's and WORDED's amounts print)
    if ":" in text and cents:
        labelled = _labelled_amounts(text, [(x.start, x.end) for x in out])
        if labelled:
            out.extend(labelled)
            out.sort(key=_start)
    if "(" in text and cents:
        worded = _worded_amounts(text, [(x.start, x.end) for x in out])
        if worded:
            out.extend(worded)
            out.sort(key=_start)
    if "R$" in text and ("(R$)" in text or COLUMN_HEADER.search(text)):  # (every header prints "R$")
        column = _column_amounts(text, [(x.start, x.end) for x in out])
        if column:
            out.extend(column)
            out.sort(key=_start)
    return out


def _labelled_amounts(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare amounts after a value's label (``LABELLED``), where no "R$" amount was read."""
    out = []
    for m in LABELLED.finditer(text):
        if m.group("more") or any(a < m.end("number") and m.start("number") < b for a, b in taken):
            continue
        if PERCENT_SIBLING.search(text, max(0, m.start() - SIBLING_REACH), m.end() + SIBLING_REACH):
            continue  # the label's neighbours hold percentages: indicators' values, not money (review rev26c)
        value = _parse_cached(m.group("number")[: len(m.group("number")) - len(m.group("zeros"))])
        if value is None:
            continue
        start, end = m.start("number"), m.end("number")
        data = _NO_WORDS
        if m.group("extenso") and (words := parse_money(m.group("extenso"))) is not None:
            end = m.end()
            data = (
                ("currency", "BRL"),
                ("extenso_match", words == value),
                ("extenso_raw", m.group("extenso")),
                ("extenso_value", words),
            )
        out.append(Mention("amount", start, end, text[start:end], value, None, NAME, data))
    return out


def _worded_amounts(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare amounts confirmed by the same amount in words (``WORDED``), where no other rule read them.

    >>> [str(m.value) for m in _worded_amounts("Valor total: $ 464.200,00 (quatrocentos e sessenta e quatro mil e duzentos reais).", [])]
    ['464200.00']
    >>> _worded_amounts("prazo de 12,00 (doze) meses; 1.000,00 (mil) litros; 400,00 (trezentos reais)", [])
    []
    """
    out = []
    for m in WORDED.finditer(text):
        if any(a < m.end("number") and m.start("number") < b for a, b in taken):
            continue
        words = m.group("extenso")
        if not CURRENCY_WORD.search(words):
            continue
        value = _parse_cached(m.group("number"))
        if value is None or parse_money(words) != value:
            continue
        data = (("currency", "BRL"), ("extenso_match", True), ("extenso_raw", words), ("extenso_value", value))
        out.append(Mention("amount", m.start(), m.end(), m.group(), value, None, NAME, data))
    return out


def _start(m: Mention) -> int:
    return m.start


_NO_WORDS = (("currency", "BRL"), ("extenso_match", None), ("extenso_raw", None), ("extenso_value", None))
_CENT = Decimal("0.01")


@lru_cache(maxsize=4096)
def _parse_cached(raw: str) -> Decimal | None:
    if " " in raw:
        raw = raw.replace(" ", "")
    comma = raw.rfind(",")
    if comma >= 0 and len(raw) - comma > 3:  # zeros past the cents (312,000 · 86.000,0000)
        raw = raw[: comma + 3]
    return parse_number(raw)


def _column_amounts(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare amounts in the lines under a ``Valor (R$)`` header (tables read row by row)."""
    out = []
    # the places inside a span taken (read, or read here under an earlier header): a set, not a walk over every span
    # for every amount of a table of thousands
    covered = {at for a, b in taken for at in range(a, b)}
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
            if m.start() in covered:
                continue
            covered.update(range(m.start(), m.end()))
            out.append(
                make(
                    "amount",
                    text,
                    m.start(),
                    m.end(),
                    parse_number(m.group()),
                    None,
                    NAME,
                    currency="BRL",
                    extenso_raw=None,
                    extenso_value=None,
                    extenso_match=None,
                    source="table_column",
                )
            )
    return out
