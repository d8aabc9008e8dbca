"""Process numbers: the federal NUP with its check digits, CNJ judicial numbers, state SEI formats.

Examples:
- ``Processo SEI-MGI nº 19973.003289/2025-14`` (seed plano de trabalho) — NUP, valid
- ``Processo nº.: 01200.003283/2014-61`` (DOU 2014-10-01 p. 6, CONCEA extrato) — NUP
- ``Processo nº 21034.003544/2014`` (same page) — NUP printed without its check digits: ``valid`` None
- ``E:01203.0000000161/2025`` (SEI-AL process export) — state SEI number, no check digit
- ``Processo SEI nº 00060-00448875/2019-93`` (DODF 2020-01-08) — the Distrito Federal's SEI number
  (órgão 5 digits, sequence 8, year, 2 check digits): the NUP's check digits over its 17 digits (223 of the
  225 such numbers printed in the DODF 2020-01-07 and 01-08 editions pass; chance would give 2)
- ``Processo: 052-002570/2014``, ``processo 0391-000779/2016`` (DODF 2020) — the Distrito Federal's numbers
  from before its SEI (órgão 3-4 digits, sequence 6, year; no check digit), read after "Processo" only
- ``0001234-56.2024.8.26.0100`` (CNJ numbering, Resolução CNJ 65/2008) — mod-97 check
"""

from __future__ import annotations

import regex

from .mention import first_matches, gated, Mention, make
from seidou.versions import tag

VERSION = 3
NAME = tag("seidou.patterns.nup", VERSION)

_OPEN = r"(?<![\w./:-])"
_CLOSE = r"(?![\w/]|-\d|\.\d)"
# The forms, each after the cheap test its matches pass (a lookahead the engine skips ahead on; no IGNORECASE: the
# case-insensitive engine is slower on every position). PATTERN is their alternation; :func:`find` searches each
# form on its own (``first_matches``: the same matches, several times faster).
_FORMS = (
    (r"(?=\d{7}-)", r"(?P<cnj>\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4})"),  # CNJ NNNNNNN-DD.AAAA.J.TR.OOOO
    (r"(?=[A-Za-z]{1,3}:\s?\d)", r"(?P<state>[A-Za-z]{1,3}:\s?\d{5}\.\d{10}/\d{4})"),  # SEI-AL E:01203.0000000161/2025
    (r"(?=\d{5}-)", r"(?P<df>\d{5}-\d{8}/\d{4}-\d{2})"),  # SEI-DF 00060-00448875/2019-93
    (  # GDF before SEI, after "Processo"
        r"(?=\d{3,4}-)",
        r"(?<=\b[Pp][Rr][Oo][Cc][Ee][Ss][Ss][Oo][^\n\d]{0,25})(?P<gdf>\d{3,4}-\d{6}/(?:19|20)\d{2})",
    ),
    (r"(?=\d{5}\.)", r"(?P<nup>\d{5}\.\d{6}/\d{4}(?:-\d{2})?)"),  # NUP 19973.003289/2025-14
    (  # NUP unpunctuated, after "Processo"
        r"(?=\d{17})",
        r"(?=\d{17})(?<=\b[Pp][Rr][Oo][Cc][Ee][Ss][Ss][Oo][^\n\d]{0,25})(?P<bare>\d{17})",
    ),
)
PATTERN = regex.compile(
    _OPEN + r"(?=\d|[A-Za-z]{1,3}:)(?:" + "\n|".join(form for _, form in _FORMS) + "\n)" + _CLOSE, regex.VERBOSE
)
_PARTS = tuple(regex.compile(test + _OPEN + "(?:" + form + "\n)" + _CLOSE, regex.VERBOSE) for test, form in _FORMS)
# The forms read after "Processo" (their look-behind, any case) cannot match a text that prints none (half the texts),
# and that search is twenty times cheaper than theirs (mention.gated)
_PROCESSO = regex.compile(r"(?i:processo)")
_GATES = (None, None, None, _PROCESSO, None, _PROCESSO)


_NOT_DIGIT, _SPACE = regex.compile(r"\D"), regex.compile(r"\s")
_CNJ = regex.compile(r"(\d{7})-(\d{2})\.(\d{4})\.(\d)\.(\d{2})\.(\d{4})")


def _nup_dv(digits: str) -> str:
    """The two mod-11 check digits of ``digits`` (weights len+1..2, then len+2..2)."""

    def dv(ds: str) -> int:
        n = len(ds)
        s = sum(int(c) * w for c, w in zip(ds, range(n + 1, 1, -1)))
        d = 11 - s % 11
        return 0 if d == 10 else 1 if d == 11 else d

    d1 = dv(digits)
    return f"{d1}{dv(digits + str(d1))}"


def nup_is_valid(value: str) -> bool:
    """NUP check digits (Portaria Interministerial nº 11/2019): weights 16..2, then 17..2.

    >>> nup_is_valid("19973.003289/2025-14"), nup_is_valid("21000.061455/2025-38"), nup_is_valid("19973.003289/2025-15")
    (True, True, False)
    """
    return _digits_hold(value, 15)


def df_is_valid(value: str) -> bool:
    """SEI-DF check digits: the NUP's rule over the 17 digits before them.

    >>> df_is_valid("00060-00448875/2019-93"), df_is_valid("00060-00448875/2019-94")
    (True, False)
    """
    return _digits_hold(value, 17)


def _digits_hold(value: str, n: int) -> bool:
    """Whether ``value`` is ``n`` digits followed by their two mod-11 check digits (punctuation aside)."""
    d = _NOT_DIGIT.sub("", value)
    return len(d) == n + 2 and d[n:] == _nup_dv(d[:n])


def nup_format(digits: str) -> str:
    return f"{digits[:5]}.{digits[5:11]}/{digits[11:15]}-{digits[15:17]}"


def cnj_is_valid(value: str) -> bool:
    """CNJ check digits: 98 − (NNNNNNN AAAA J TR OOOO 00 mod 97).

    >>> cnj_is_valid("0000001-39.2024.8.26.0100")
    True
    """
    pair = expected_and_printed("processo_cnj", value)
    return pair is not None and pair[0] == pair[1]


def expected_and_printed(kind: str, value: str) -> tuple[str, str] | None:
    """The check digits a process number should have and the ones it prints, ``(expected, found)``; None
    for a number without them or in no known format (a finding's ``expected`` and ``found``).

    >>> expected_and_printed("nup", "19973.003289/2025-15"), expected_and_printed("processo", "00060-00448875/2019-94")
    (('14', '15'), ('93', '94'))
    >>> expected_and_printed("processo_cnj", "0000001-38.2024.8.26.0100")
    ('39', '38')
    """
    if kind == "processo_cnj":
        m = _CNJ.fullmatch(value)
        if not m:
            return None
        n, dd, year, j, tr, origin = m.groups()
        return f"{98 - int(f'{n}{year}{j}{tr}{origin}00') % 97:02d}", dd
    d = _NOT_DIGIT.sub("", value)
    n = {"nup": 15, "processo": 17}.get(kind)
    if n is None or len(d) != n + 2:
        return None
    return _nup_dv(d[:n]), d[n:]


def find(text: str) -> list[Mention]:
    out = []
    for m in first_matches(gated(_PARTS, _GATES, text), text):
        g = m.groupdict()
        s, e = m.span()
        if g.get("cnj"):
            out.append(make("processo_cnj", text, s, e, g.get("cnj"), cnj_is_valid(g.get("cnj")), NAME))
        elif g.get("df"):
            out.append(make("processo", text, s, e, g.get("df"), df_is_valid(g.get("df")), NAME, format="sei_df"))
        elif g.get("gdf"):
            out.append(make("processo", text, s, e, g.get("gdf"), None, NAME, format="gdf"))
        elif g.get("state"):
            value = _SPACE.sub("", g.get("state")).upper()
            out.append(make("processo", text, s, e, value, None, NAME, format="sei_estadual"))
        else:
            raw = g.get("nup") or g.get("bare")
            d = _NOT_DIGIT.sub("", raw)
            if len(d) == 17:
                out.append(make("nup", text, s, e, nup_format(d), nup_is_valid(d), NAME))
            else:  # printed without its check digits
                out.append(make("nup", text, s, e, raw, None, NAME, check_digits="absent"))
    return out
