"""CPF, full or published masked, validated when complete. Outputs mask it by default (LGPD).

Examples:
- ``CPF nº 055.781.735-86`` (Tucano-BA gazette 1.507, p. 8, signature block of the Prefeito)
- ``***.456.789-**`` and ``XXX.456.789-XX`` (the masked forms the Portal da Transparência publishes)
- ``CPF 05578173586`` (unpunctuated, after a CPF lead-in)
"""

from __future__ import annotations

import regex

from .mention import Mention, make

VERSION = 1
NAME = f"patterns.cpf@{VERSION}"

PATTERN = regex.compile(
    r"""
    (?<![\w./-])
    (?:
        (?:\d{3}|[*X•]{3})\.(?:\d{3}|[*X•]{3})\.\d{3}-(?:\d{2}|[*X•]{2})   # 853.761.739-86, ***.456.789-**
      | (?=\d{11})(?<=\bCPF(?:/MF)?[^\n\d]{0,30})\d{11}                               # unpunctuated after a lead-in
    )
    (?![\w/]|-\d|\.\d)
    """,
    regex.VERBOSE,
)


def digits(raw: str) -> str:
    return regex.sub(r"[^0-9*X•]", "", raw)


def is_complete(raw: str) -> bool:
    return bool(regex.fullmatch(r"\d{11}", digits(raw)))


def is_valid(value: str) -> bool:
    """Check digits (weights 10..2, then 11..2).

    >>> is_valid("055.781.735-86"), is_valid("111.111.111-11"), is_valid("055.781.735-87")
    (True, False, False)
    """
    d = regex.sub(r"\D", "", value)
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


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        raw = m.group()
        complete = is_complete(raw)
        value = regex.sub(r"\D", "", raw) if complete else masked(raw)
        out.append(
            make("cpf", text, m.start(), m.end(), value, is_valid(raw) if complete else None, NAME, complete=complete)
        )
    return out
