"""CNPJ, numeric and alphanumeric (in force since July 2026), validated by its check digits.

Examples:
- ``00.489.828/0001-55`` (seed plano de trabalho, DADOS CADASTRAIS, MGI) — valid
- ``33.970.559/0001-0`` (same table, ABM) — truncated: kept, ``valid = False``
- ``12.ABC.345/01DE-35`` (Receita Federal's example of the alphanumeric format) — valid
- ``inscrito no CNPJ/MF sob o nº 00.396.895/0001-25`` (seed convênio preamble)
- ``CNPJ 00000000E08G12`` (unpunctuated, after a CNPJ lead-in) — valid
- ``inscrita no CNPJ sob nº07.910.097/0001-19`` (DOU 2017-10-02, glued to its "nº")
- ``Grupo OK LTDA, 00489828000155;`` in a list under a "CPF/CNPJ" header (DODF 2020-01-08) — ``+list``
"""

from __future__ import annotations

import regex

from .mention import Anchored, first_matches, Headers, Mention, make
from seidou.versions import tag

# 2: a CNPJ broken at a line end after a dot, slash or hyphen is read when its check digits hold
# 3: glued to "nº"; dots dropped with a 000N branch and no lead-in; bare 14 digits under a "CNPJ" column
# 4: punctuation misplaced or missing after a CNPJ lead-in, when the check digits hold
# 5: the same lead-in rule for digits glued to "CNPJ" or letter-spaced by a justified line
# (5 was announced by the 0.23 merge while the constant stayed 4)
# 6: OCR misreads in the full punctuated shape, when the check digits hold: a comma for a dot
#    ("44,547.305/0001-93", "13.810,312/0001-02"), O/o read for 0, l/I/| for 1; "CNP)" read for the lead-in "CNPJ"
# 7: broken at a line end the canonical text keeps ("0008-\n46": a line ending in a hyphen keeps its
#    line break; DODF 2021-01-06, DOE-RJ 2023-03-14); the lead-in misspelt "CPNJ" (DOM-CE APRECE 2.974, DOU 2020
#    "CPNJ/MS", as parties.CNPJ_WORD); after a lead-in, separators anywhere among the 14 digits when the check
#    digits hold (the general form of 4: "25.572.868.000/197", DOM Belo Horizonte 7.153)
VERSION = 8  # 8: narrowed (review rev27a): after a lead-in, separators anywhere only in the last six digits of a
#    root printed whole ("25.572.868.000/197"; not a 14-digit process number "0043-003089/2005", "0040.000462/2014",
#    DODF 2020); a line break inside only after the hyphen
NAME = tag("seidou.patterns.cnpj", VERSION)
LIST_TAG = tag("seidou.patterns.cnpj", VERSION, "list")

# The punctuated form's groups; broken by a line end, the canonical text has one space after one of them, or keeps
# the line break after the hyphen (a line ending in a hyphen keeps it: cnpj@7). A line break after a dot or a slash is
# a paragraph's or a cell's end, not a wrapped line (review rev27a: none in the 83 real/real2 PDFs).
_GROUPS = (r"[0-9A-Z]{2}\.", r"[0-9A-Z]{3}\.", r"[0-9A-Z]{3}/", r"[0-9A-Z]{4}-", r"\d{2}")
BROKEN = "|".join(
    "".join(_GROUPS[:k]) + (r"[\x20\n]" if _GROUPS[k - 1].endswith("-") else r"\x20") + "".join(_GROUPS[k:])
    for k in range(1, len(_GROUPS))
)

_OPEN = r"(?=[0-9A-Zol|])(?:(?<=\b[nN][º°])|(?<![\w./]))(?<!\d-)"  # also glued to "nº" ("sob nº07.910.097/0001-19")
#                                                                   or after a dash that follows a name
_CLOSE = r"(?![\w/]|-\d|\.\d)"
# The forms, each after the cheap test its matches pass (a lookahead the engine skips ahead on). PATTERN is their
# alternation; :func:`find` searches each form on its own (``first_matches``: the same matches, several times faster).
_FORMS = (
    (r"(?=[0-9A-Z]{2}\.)", r"[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{1,2}"),
    # 00.489.828/0001-55, 12.ABC.345/01DE-35, truncated DV
    (r"(?=[0-9OolI|]{2}[.,])", r"(?P<ocr>{OCR}[.,]{OCR}{3}[.,]{OCR}{3}/{OCR}{4}-{OCR}{2})"),
    # read by OCR: a comma for a dot, O for 0, l for 1, only when the check digits then hold
    (r"(?=[0-9A-Z]{2}\.)", r"(?P<broken>{BROKEN})"),  # broken at a line end: "33." / "952.510/0001-54"
    (
        r"(?=\d{8}/)",
        r"""(?=\d{8}/|[0-9A-Z]{12}\d{2})                               # (the cheap test first: the lookbehind is slow)
        (?<=(?:CNP[J)]|CPNJ)(?:/MF)?[^\n\d]{0,40})                          # dots dropped or unpunctuated: only
        \d{8}/\d{4}-\d{2}                                          #   after a lead-in ("CNPJ nº 00489828000155";
                                                                   #   "00143815/2018-01" alone is a process)
        """,
    ),
    (
        r"(?=[0-9A-Z]{12}\d{2})",
        r"""(?=\d{8}/|[0-9A-Z]{12}\d{2})
        (?<=(?:CNP[J)]|CPNJ)(?:/MF)?[^\n\d]{0,40})
        [0-9A-Z]{12}\d{2}""",
    ),
    (r"(?=\d{8}/000)", r"(?P<branch>\d{8}/000\d-\d{2})"),
    # dots dropped, branch 000N, digits holding: "SINPROMRJ 12802774/0001-15" (DOU 2017)
    (
        r"(?=\d(?:[./-]?\d){13})",
        r"""(?=\d(?:[./-]?\d){13})
        (?<=(?:CNP[J)]|CPNJ)(?:/MF)?[^\n\d]{0,40})                          # punctuation misplaced or missing, after a
        (?P<odd>\d\d\.?\d{3}[./]?\d{3}[./-]?\d{4}[-/.]?\d\d           #   lead-in, digits holding: "53.640116/0001-51"
        |\d\d\.\d{3}\.\d{3}(?:[./-]?\d){6})                         #   (Paraguaçu-SP termo de fomento 01/2024),
                                                                   #   "18.239.038.0001-87" (DOM Belo Horizonte
                                                                   #   7.143), "04.087.181.0001/96" (Abrinq convênio);
                                                                   #   the root printed whole, the separators anywhere
                                                                   #   in the last six: "25.572.868.000/197" (DOM-BH
                                                                   #   7.153: cnpj@7, narrowed by review rev27a: not
                                                                   #   a DF process "0043-003089/2005", 75 in DODF
                                                                   #   2020 lists, 2 with digits that hold)""",
    ),
)


def _expand(form: str) -> str:
    return form.replace("{BROKEN}", BROKEN).replace("{OCR}{", "[0-9OolI|]{").replace("{OCR}[", "[0-9OolI|]{2}[")


PATTERN = regex.compile(
    _OPEN + "(?:\n" + "\n|".join(_expand(form) for _, form in _FORMS) + "\n)" + _CLOSE, regex.VERBOSE
)
_PARTS = tuple(
    regex.compile(test + _OPEN + "(?:\n" + _expand(form) + "\n)" + _CLOSE, regex.VERBOSE) for test, form in _FORMS
)

_WEIGHTS1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_WEIGHTS2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _dv(chars: str, weights: tuple[int, ...]) -> int:
    r = sum((ord(c) - 48) * w for c, w in zip(chars, weights)) % 11
    return 0 if r < 2 else 11 - r


_SEPARATORS, _SEPARATORS_NO_DASH = regex.compile(r"[.\s/-]"), regex.compile(r"[.\s/]")
_FOURTEEN = regex.compile(r"[0-9A-Z]{12}\d{2}")


def normalize(raw: str) -> str:
    """14 characters, upper case, no punctuation; a malformed one keeps its digits and hyphen.

    >>> normalize("00.489.828/0001-55")
    '00489828000155'
    >>> normalize("33.970.559/0001-0")
    '339705590001-0'
    """
    compact = _SEPARATORS_NO_DASH.sub("", raw).upper()
    bare = compact.replace("-", "")
    return bare if len(bare) == 14 else compact


def is_valid(value: str) -> bool:
    """Check digits per the Receita Federal rule (character value = ASCII code − 48).

    >>> is_valid("12ABC34501DE35"), is_valid("00489828000155"), is_valid("00489828000156")
    (True, True, False)
    """
    pair = expected_and_printed(value)
    return pair is not None and pair[0] == pair[1] and len(set(_compact(value))) > 1


def check_digits(base12: str) -> str:
    d1 = _dv(base12, _WEIGHTS1)
    return f"{d1}{_dv(base12 + str(d1), _WEIGHTS2)}"


def expected_and_printed(value: str) -> tuple[str, str] | None:
    """The check digits the first 12 characters give and the two printed; None for a malformed CNPJ.

    >>> expected_and_printed("00.489.828/0001-56"), expected_and_printed("33.970.559/0001-0")
    (('55', '56'), None)
    """
    v = _compact(value)
    return (check_digits(v[:12]), v[12:]) if _FOURTEEN.fullmatch(v) else None


def _compact(value: str) -> str:
    return _SEPARATORS.sub("", value).upper()


# 14 digits on their own: a CNPJ only in a list or column headed "CNPJ" (DODF 2020-01-08: "…
# Comunicação Visual EIRELI, 00018911000146; …" a few hundred characters under "CPF/CNPJ") with its digits
BARE = regex.compile(r"(?<![\w./])(?<!\d-)\d{14}(?![\w/]|-\d|\.\d)")
# "CNP)": the lead-in as OCR reads it (Paraguaçu-SP ACIPP ofício 099/2023 letterhead "CNP) 47.609.482/0001-45";
# Tucano-BA gazette 1.380, scanned pages, "CNP) nº 13.810.312/0001-02")
CNPJ_WORD = regex.compile(r"(?<![\p{L}])(?:CNP(?:J(?![\p{L}])|\))|CPNJ(?![\p{L}]))")
LIST_REACH = 3000  # how far after a "CNPJ" a bare number in a list still counts as listed under it


# OCR misreads of digits (Tesseract on scans): O/o for 0, l/I/| for 1. A reading with them, or with a comma
# for a dot ("CNPJ nº. 44,547.305/0001-93": Paraguaçu-SP termo aditivo 50/2023, page footers; "CNPJ nº
# 13.810,312/0001-02": Tucano-BA gazette 1.380, scanned page 13), is a CNPJ only when its check digits hold
# once read as digits (an alphanumeric CNPJ whose own digits hold is kept as printed).
OCR_DIGITS = str.maketrans("OolI|", "00111")
OCR_CHARS = regex.compile(r"[OI|]")


# The forms that follow a lead-in (their lookbehind reads "CNPJ", "CNP)" or "CPNJ", case as printed) cannot match a
# text that prints none: four texts in five (2,463 of the 3,080 documents of ../shared/corpus/real), whose search then
# skips them (the same matches: first_matches only ever yields a form's own matches).
_LEAD_INS = ("CNPJ", "CNP)", "CPNJ")
_UNLED = tuple(p for p, (_, form) in zip(_PARTS, _FORMS) if "(?<=(?:CNP[J)]|CPNJ)" not in form)
# The broken form prints the slash before the branch ("/0001-", or "/ 0001-" broken after it) 10 characters after its
# start ("33.952.510/"), or 11 when broken before ("33. 952.510/", "33.952. 510/"): searched only there (mention.Anchored,
# five times faster than its search of the whole text: a text prints few such slashes, and many "XX.")
_BROKEN_PART = next(p for p in _PARTS if "(?P<broken>" in p.pattern)
_BROKEN_SLASH = regex.compile(r"/\x20?[0-9A-Z]{4}-")
_BROKEN_AT = (10, 11)


def searches(text: str) -> tuple:
    """The forms :func:`find` searches ``text`` with (``first_matches``: the matches of PATTERN)."""
    parts = _PARTS if any(w in text for w in _LEAD_INS) else _UNLED
    return tuple(Anchored(p, (_BROKEN_SLASH,), _BROKEN_AT, text) if p is _BROKEN_PART else p for p in parts)


def find(text: str) -> list[Mention]:
    out = []
    for m in first_matches(searches(text), text):
        g = m.groupdict()
        value = normalize(m.group())
        valid = is_valid(value)
        if not valid and (g.get("ocr") or OCR_CHARS.search(value)):
            digits = normalize(m.group().translate(OCR_DIGITS).replace(",", "."))
            if is_valid(digits):
                value, valid = digits, True
            elif g.get("ocr"):
                continue  # an OCR reading is a CNPJ only when its check digits hold
        if (g.get("broken") or g.get("branch") or g.get("odd")) and not valid:
            continue  # a space inside, or no lead-in: only a CNPJ whose check digits hold is one
        out.append(make("cnpj", text, m.start(), m.end(), value, valid, NAME))
    taken = {m.start for m in out}
    out += _spaced(text, taken)
    return out + _listed(text, taken | {m.start for m in out})


# After a CNPJ lead-in, digits glued to it or spaced out by a justified line's letter spacing ("(CNPJ08.908.786/0001-51)",
# "IV- CPF/CNPJ do proponente\n11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 3": DOE-RJ 2023-06-20, where "3 5 0 11 5 / 0 0 1 0 4 6 /
# 2 0 2 2" spaces a process number the same way): a CNPJ only when its check digits hold (the rule of version 4).
SPACED = regex.compile(r"\d(?:\x20?[./-]?\x20?\d){13}(?![\d]|\x20?[./-]?\x20?\d)")
SPACED_REACH = 40  # how far after "CNPJ" its digits start (" do proponente\n", "/MF sob o nº ")


_DIGIT = regex.compile(r"\d")


def _spaced(text: str, taken: set[int]) -> list[Mention]:
    """
    >>> [m.value for m in _spaced("IV- CPF/CNPJ do proponente\\n11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 3\\nV-", set())]
    ['11472564000143']
    >>> _spaced("CNPJ: 11 . 4 7 2 . 5 6 4 / 0 0 0 1 - 4 4", set())  # check digits do not hold
    []
    """
    out = []
    for w in CNPJ_WORD.finditer(text):
        first = _DIGIT.search(text[w.end() : w.end() + SPACED_REACH + 1])
        if first is None:
            continue
        at = w.end() + first.start()
        if at in taken or (at > 0 and text[at - 1] in "."):
            continue
        m = SPACED.match(text, at)
        if m is None or CNPJ_SHAPE.fullmatch(m.group()) is None:
            continue
        value = normalize(m.group())
        if len(value) == 14 and is_valid(value):
            out.append(make("cnpj", text, m.start(), m.end(), value, True, NAME))
            taken.add(at)
    return out


CNPJ_SHAPE = regex.compile(
    r"\d\x20?\d\x20?\.?\x20?(?:\d\x20?){3}\.?\x20?(?:\d\x20?){3}/?\x20?(?:\d\x20?){4}-?\x20?\d\x20?\d"
)


def _listed(text: str, taken: set[int]) -> list[Mention]:
    """Bare 14-digit CNPJs of a list headed "CNPJ" (extractor ``+list``): their check digits must hold.

    >>> t = "INTERESSADO; CPF/CNPJ: 20191126-1, Grupo OK LTDA, 00489828000155; 00489828000156; x"
    >>> [(m.raw, m.extractor) for m in _listed(t, set())]
    [('00489828000155', 'seidou.patterns.cnpj@8+list')]
    >>> _listed("Grupo OK LTDA, 00489828000155", set())  # no "CNPJ" before it
    []
    """
    out = []
    headers = Headers(text, CNPJ_WORD)
    for m in BARE.finditer(text):
        s = m.start()
        if s not in taken and is_valid(m.group()) and headers.within(s, LIST_REACH):
            out.append(make("cnpj", text, s, m.end(), m.group(), True, LIST_TAG))
    return out
