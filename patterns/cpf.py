"""CPF, full or published masked, validated when complete. Outputs mask it by default (LGPD).

Examples:
- ``CPF nº 055.781.735-86`` (Tucano-BA gazette 1.507, p. 8, signature block of the Prefeito)
- ``***.456.789-**`` and ``XXX.456.789-XX`` (the masked forms the Portal da Transparência publishes)
- ``CPF 05578173586`` (unpunctuated, after a CPF lead-in); ``CPF nº 370 124 017 53``, ``CPF nº
  016.661.747.42``, ``CPF.: 636 703 566 - 49`` (DOU 2017-10-02 Seção 2: spaced or dotted, after a lead-in)
- ``CLAUDIA MARIA DA SILVA -004.545.777-88``, ``CPF Nº041.559.122-87``, ``.CPF .32436157715
  .26938855749`` (DOU 2017-10-02 Seção 2 and 3: after a dash, glued to "Nº", after a table cell's leading
  dot; cpf@2 left them unmasked)
- ``Jorge … (108.617.424-\n00)`` (DOU 2014-10-01 p. 106, a TCU list: the line ends after the dash; cpf@2
  left it unmasked)
- ``PROCESSO/WEB; INTERESSADO; CPF: 20191014-136437, <nome>, <11 digits>; …`` (DODF 2020-01-08: a list
  of about a hundred people whose CPFs, printed bare, sit up to 2,000 characters after the one "CPF")

- ``CPF/MF 246.813.579/28``, ``CPF.246.813.579-28``, ``C.P.F. 2 4 6 8 1 3 5 7 9 2 8``, a number cut by a
  line's end after any group, ``3 11 . 3 1 0 . 2 9 8 - 7 9`` (DOU 2017-10-02 Seção 2, a list of retirees under
  one ".CPF NOME" header, letter-spaced), full-width digits and Unicode dashes (``１１１.４４４.７７７–３５``): seidou's
  hostile-input review (issue 31) found each left unmasked by cpf@3; matched on :func:`fold`.

A bare 11-digit number is a CPF when its check digits hold (one number in a hundred passes by chance)
and no other identifier's name comes just before it (RENAVAM, PIS, Registro, Processo …). Its
extractor says how it was told: ``+list`` when "CPF" is printed up to ``LIST_REACH`` characters before
it, ``+bare`` when not. Masking errs on the side of privacy: such a number is masked in every output.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from .mention import first_matches, gated, Headers, Mention, make
from seidou.versions import tag

VERSION = 4
NAME = tag("seidou.patterns.cpf", VERSION)
LIST_TAG, BARE_TAG = tag("seidou.patterns.cpf", VERSION, "list"), tag("seidou.patterns.cpf", VERSION, "bare")

# Characters a CPF may be printed with that stand for ASCII ones: Unicode digits (full-width ``１``,
# Arabic-Indic …), dashes (U+2010-2015, minus, small and full-width hyphen, soft hyphen), spaces (NBSP,
# thin, zero-width) and full-width dot, slash and colon. :func:`fold` maps each to one ASCII character,
# so matches on the folded text have the same offsets in the printed one.
_FOLDED = regex.compile(
    r"[[\p{Nd}--[0-9]]\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
    r"\uff0e\uff0f\uff1a]",
    regex.V1,
)
# Every character _FOLDED stands for but two (NBSP, the soft hyphen) lies past Latin-1 (the first non-ASCII decimal
# digit is U+0660): a text without those two and without such characters (nine texts in ten of real and real2, accents
# and all) has nothing to fold, and the search for a character not in Latin-1's others is six times cheaper than the
# class's (its Unicode property)
_MAYBE_FOLDED = regex.compile(r"[^\x00-\x9f\xa1-\xac\xae-\xff]")
_ASCII = {
    **{c: " " for c in "\u00a0\u202f\u205f\u2060\u3000\ufeff"},
    **{chr(c): " " for c in range(0x2000, 0x200E)},
    **{c: "-" for c in "\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    "\uff0e": ".",
    "\uff0f": "/",
    "\uff1a": ":",
}


def _ascii(m) -> str:
    c = m.group()
    return _ASCII.get(c) or str(unicodedata.decimal(c, 0))


def fold(text: str) -> str:
    """``text`` with Unicode digits, dashes and spaces as their ASCII forms, one character for one.

    >>> fold("１１１.４４４.７７７\u201335"), fold("246\u00a0813\u2010579")
    ('111.444.777-35', '246 813-579')
    """
    if _MAYBE_FOLDED.search(text) is None or _FOLDED.search(text) is None:
        return text
    return _FOLDED.sub(_ascii, text)


# "CPF" as printed before a number: also "C.P.F.", letter-spaced "C P F", "CPF/MF"
_LABEL = r"\b(?:CPF|C\.[ \t]?P\.[ \t]?F\.?|C[ \t]P[ \t]F\b)(?:[ \t]?/[ \t]?MF)?"
# what may stand between the label and the number: a line's end at most once ("CPF:\n111…")
_LEAD = _LABEL + r"[^\n\d]{0,30}(?:\n[^\n\d]{0,10})?"
# the groups of a number printed as a CPF, its digits maybe letter-spaced, and what may stand around its
# dots and dash: a space, or a line's end
_D3, _D2 = r"\d[ ]?\d[ ]?\d", r"\d[ ]?\d"
_M3, _M2 = r"[*X•](?:[ ]?[*X•]){2}", r"[*X•][ ]?[*X•]"
_GAP = r"(?:[ \t]*\n[ \t]*|[ ]?)"
# between two digits of a number after a label: nothing, a space, a dot, dash or slash, a line's end
_SEP = r"(?:[ \t]{0,2}[.\-/]?[ \t]{0,2}|[ \t]*[.\-/]?[ \t]*\n[ \t]*)"

_OPEN = rf"(?=[\d*X•])(?:(?<=\b[nN][º°])|(?<![\w/])(?<![\w.]\.)|(?<={_LABEL}\.))(?<!\d-)"  # glued to "Nº" or "CPF.",
_CLOSE = r"(?![\w/]|-\d|\.\d)"
_SEPS = r"[ \t]*[.\-/]?[ \t]*(?:\n[ \t]*)?"  # any _SEP or _GAP
# The forms, each after the cheap test its matches pass (a lookahead the engine skips ahead on). PATTERN is their
# alternation; :func:`find` searches each form on its own (``first_matches``: the same matches, several times faster).
_FORMS = (
    (  # 853.761.739-86, 1 3 0 . 4 6 1 . 0 11 - 0 4
        rf"(?=\d[ ]?\d[ ]?\d{_SEPS}\.)",
        rf"{_D3}{_GAP}\.{_GAP}(?:{_D3}|{_M3}){_GAP}\.{_GAP}{_D3}{_GAP}-{_GAP}(?:{_D2}|{_M2})",
    ),
    (  # ***.456.789-**
        rf"(?=[*X•][ ]?[*X•][ ]?[*X•]{_SEPS}\.)",
        rf"{_M3}{_GAP}\.{_GAP}(?:{_D3}|{_M3}){_GAP}\.{_GAP}{_D3}{_GAP}-{_GAP}(?:{_D2}|{_M2})",
    ),
    (r"(?=\d{11})", rf"(?=\d{{11}})(?<={_LEAD})\d{{11}}"),  # unpunctuated after a lead-in
    (  # spaced or dotted after a lead-in: 370 124 017 53, 016.661.747.42,
        r"(?=\d{3}[ .]?\d{3}[ .]?\d{3}[ \t./-])",
        rf"(?=\d{{3}}[ .]?\d{{3}}[ .]?\d{{3}}[ \t./-])(?<={_LEAD})\d{{3}}[ .]?\d{{3}}[ .]?\d{{3}}(?:[ \t]?[-./][ \t]?|[ \t])\d{{2}}",
    ),
    (r"(?=\d)", rf"(?<={_LEAD})\d(?:{_SEP}\d){{10}}(?!{_SEP}\d)"),  # letter-spaced or cut by a line's end
)
PATTERN = regex.compile(_OPEN + "(?:" + "\n|".join(form for _, form in _FORMS) + "\n)" + _CLOSE, regex.VERBOSE)
_PARTS = tuple(regex.compile(test + _OPEN + "(?:" + form + "\n)" + _CLOSE, regex.VERBOSE) for test, form in _FORMS)
_UNLABELLED = _PARTS[:2]  # the forms of a text that prints no CPF label (the others follow one)
# The punctuated forms (the first two) end on a dot, the last group of three digits and the dash, maybe spaced (their
# _GAP): found in one text in four, and that search is ten times cheaper than theirs (mention.gated)
_PUNCTUATED_TAIL = regex.compile(r"\.[ \t\n]*\d[ ]?\d[ ]?\d[ \t\n]*-")
_GATES = (_PUNCTUATED_TAIL, _PUNCTUATED_TAIL, None, None, None)
_LABELLED = regex.compile(_LABEL)
LABEL_REACH = 60  # a lead-in's label starts at most this far before its number (13 + 30 + 1 + 10, and some)


class _AfterLabels:
    """The letter-spaced form (the last), searched only where a label's lead-in can end: tried at each position
    up to :data:`LABEL_REACH` after each label (a lookbehind tried at every digit of a long text is slow)."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in _LABELLED.finditer(text)]

    def search(self, text: str, pos: int = 0):
        part = _PARTS[-1]
        tried = pos
        for s in self.starts:
            for p in range(max(tried, s), s + LABEL_REACH + 1):
                m = part.match(text, p)
                if m is not None:
                    return m
            tried = max(tried, s + LABEL_REACH + 1)
        return None


# a CPF printed bare: 11 digits on their own (or 9, a dash and 2), checked by is_valid before it counts
BARE = regex.compile(r"(?=\d{9})(?<![\w/])(?<![\w.]\.)(?<!\d-)\d{9}-?\d{2}(?![\w/]|-\d|\.\d)")
# the name of another identifier just before a bare number: it is that identifier, not a CPF
OTHER_NUMBER = regex.compile(
    r"(?<![\p{L}])(?i:renavam|pis|pasep|nis|nit|cnh|nire|rg|identidade|registro|matr[íi]cula|protocolo|processo|telefone|"
    r"fone|tel|celular|whatsapp|contato|inscri[çc][ãa]o|c[óo]digo|empenho|chassi|documento|sei|pedido|conta|ag[êe]ncia)"
    r"(?![\p{L}])[^\n\d]{0,25}$"
)
CPF_WORD = regex.compile(r"(?<![\p{L}])CPF(?![\p{L}])")
LIST_REACH = 3000  # how far after a "CPF" a bare number in a list still counts as listed under it


_NOT_DIGIT_OR_MASK, _NOT_DIGIT = regex.compile(r"[^0-9*X•]"), regex.compile(r"[^0-9]")
_ELEVEN = regex.compile(r"\d{11}")


def digits(raw: str) -> str:
    """The digits (and mask signs) of a printed CPF, as ASCII.

    >>> digits("１１１.４４４.７７７-３５"), digits("***.456.789-**")
    ('11144477735', '***456789**')
    """
    return _NOT_DIGIT_OR_MASK.sub("", fold(raw))


def is_complete(raw: str) -> bool:
    return bool(_ELEVEN.fullmatch(digits(raw)))


def is_valid(value: str) -> bool:
    """Check digits (weights 10..2, then 11..2).

    >>> is_valid("055.781.735-86"), is_valid("111.111.111-11"), is_valid("055.781.735-87")
    (True, False, False)
    """
    d = _NOT_DIGIT.sub("", fold(value))
    if len(d) != 11 or len(set(d)) == 1:
        return False
    s1 = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
    dv1 = 0 if s1 < 2 else 11 - s1
    s2 = sum(int(c) * w for c, w in zip(d[:9] + str(dv1), range(11, 1, -1))) % 11
    dv2 = 0 if s2 < 2 else 11 - s2
    return d[9:] == f"{dv1}{dv2}"


def masked(raw: str) -> str:
    """The published masked form ``***.456.789-**`` (middle six digits kept).

    >>> masked("055.781.735-86"), masked("05578173586"), masked("XXX.456.789-XX")
    ('***.781.735-**', '***.781.735-**', '***.456.789-**')
    """
    d = digits(raw)
    return f"***.{d[3:6]}.{d[6:9]}-**" if len(d) == 11 else raw


def mask_in_place(raw: str) -> str:
    """Mask the first three and last two digits keeping every other character (and the length),
    so offsets into a text stay true.

    >>> mask_in_place("055.781.735-86"), mask_in_place("05578173586")
    ('***.781.735-**', '***781735**')
    """
    idx = [i for i, c in enumerate(raw) if c.isdigit() or c in "*X•"]
    hide = set(idx[:3] + idx[-2:]) if len(idx) == 11 else set(idx)
    return "".join("*" if i in hide else c for i, c in enumerate(raw))


# A long text is searched once: a document's text is searched by the extraction and again when the file's
# rows are masked (``seidou.privacy``); mentions are immutable, so the cached ones are shared.
MEMO_CHARS = 1000
MEMO_TEXTS = 2048


def find(text: str) -> list[Mention]:
    """The CPFs of ``text``, matched on its :func:`fold` (offsets and ``raw`` are the printed text's; ``value``
    is ASCII)."""
    return list(_find_long(text)) if len(text) >= MEMO_CHARS else _find(text)


@lru_cache(maxsize=MEMO_TEXTS)
def _find_long(text: str) -> tuple[Mention, ...]:
    return tuple(_find(text))


def forget() -> None:
    """Drop the cached searches of long texts (the end of a file)."""
    _find_long.cache_clear()


def _find(text: str) -> list[Mention]:
    folded = fold(text)
    out = []
    labelled = _LABELLED.search(folded) is not None
    parts = (*_PARTS[:-1], _AfterLabels(folded)) if labelled else _UNLABELLED
    for m in first_matches(gated(parts, _GATES, folded), folded):
        raw = m.group()
        complete = is_complete(raw)
        value = digits(raw) if complete else masked(raw)
        out.append(
            make("cpf", text, m.start(), m.end(), value, is_valid(raw) if complete else None, NAME, complete=complete)
        )
    return out + _bare(folded, {m.start for m in out}, text)


def _bare(text: str, taken: set[int], printed: str | None = None) -> list[Mention]:
    """The bare CPFs of ``text`` not found after a lead-in (starts in ``taken``).

    >>> t = "INTERESSADO; CPF: 20191014-136437, Fulano de Tal, 05578173586; Registro: 05305512255; 05578173587"
    >>> [(m.raw, m.extractor) for m in _bare(t, set())]
    [('05578173586', 'seidou.patterns.cpf@4+list')]
    """
    out = []
    headers = Headers(text, CPF_WORD)
    for m in BARE.finditer(text):
        s = m.start()
        if s in taken or not is_valid(m.group()) or OTHER_NUMBER.search(text, max(0, s - 40), s):
            continue
        extractor = LIST_TAG if headers.within(s, LIST_REACH) else BARE_TAG
        out.append(make("cpf", printed or text, s, m.end(), digits(m.group()), True, extractor, complete=True))
    return out
