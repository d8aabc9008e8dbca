"""What every e-signature grammar shares: the one hit shape (kind ``esig``), printed names and
offsets, Brasília time, bounded windows after an anchor. Not a grammar (no ``find``).

Example: ``moment(2024, 10, 17, 10, 20, 30, offset("-03'00'"))`` is 2024-10-17T10:20:30-03:00.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
import unicodedata
from zoneinfo import ZoneInfo

import regex

from ..cpf import mask_in_place
from ..mention import Mention, make

BRASILIA = ZoneInfo("America/Sao_Paulo")
KIND = "esig"
ELETRONICA, PADES = "eletronica", "pades"

_OFFSET = regex.compile(r"(?P<sign>[+-])\s*(?P<h>\d{1,2})(?:\s*'?\s*:?\s*(?P<m>\d{2}))?")
_UTC = regex.compile(r"(?i)\b(?:UTC|GMT|Z)\b")
# 11 digits after a colon: the CPF of an ICP-Brasil e-CPF common name ("NOME:12345678900")
_CN_CPF = regex.compile(r"(?<=:)\s?\d{11}(?!\d)")

# The date and time opening a line of a signing log (D4Sign's certificate, Clicksign's log)
LOG_STAMP = regex.compile(
    r"""
    (?P<d>\d{1,2})\s+(?P<mon>\p{L}{3,9})\.?\s+(?P<y>\d{4})\s*,?\s+   # 08 Oct 2021, / 06 out 2021,
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s+                    # 14:21:31
    """,
    regex.VERBOSE,
)
_NAME_START = regex.compile(r"\p{L}")

MONTHS = {
    "jan": 1, "fev": 2, "feb": 2, "mar": 3, "abr": 4, "apr": 4, "mai": 5, "may": 5, "jun": 6, "jul": 7,
    "ago": 8, "aug": 8, "set": 9, "sep": 9, "out": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}  # fmt: skip


_EDGE_CHARS = " \t\r\n\u00a0,.;:-–—•▪·*"


def collapse(s: str | None) -> str | None:
    """Whitespace runs (newlines, NBSP, tabs) to one space, ends trimmed; None stays None."""
    if s is None:
        return None
    return " ".join(s.split()) or None


def clean(s: str | None) -> str | None:
    """``collapse`` plus stray list punctuation at the ends (``" - KÁTIA EMI SEO "`` → ``KÁTIA EMI SEO``)."""
    if s is None:
        return None
    return " ".join(s.split()).strip(_EDGE_CHARS) or None


_NOT_LETTERS = regex.compile(r"[^\p{L}]+")


def norm_name(s: str) -> str:
    """A name's comparison key: no accents, case-folded, letters and single spaces only."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(_NOT_LETTERS.sub(" ", s.casefold()).split())


def month(word: str) -> int | None:
    """Month number of a Portuguese or English month name or abbreviation (``out``, ``Oct``, ``março``)."""
    w = norm_name(word)[:3]
    return MONTHS.get(w)


def plausible_name(s: str) -> bool:
    """Whether text found between two landmarks can be a signer's name: one line, 2-120 characters,
    starting with a letter, no e-mail address."""
    s = s.strip()
    return 2 <= len(s) <= 120 and "\n" not in s and "@" not in s and bool(_NAME_START.match(s))


def offset(printed: str | None) -> dt.tzinfo | None:
    """The fixed offset a stamp prints (``-03'00'``, ``-0300``, ``GMT-03:00``, ``UTC``), or None."""
    if not printed:
        return None
    m = _OFFSET.search(printed)
    if m:
        minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
        return dt.timezone(dt.timedelta(minutes=-minutes if m.group("sign") == "-" else minutes))
    if _UTC.search(printed):
        return dt.timezone.utc
    return None


def moment(y, mo, d, h=0, mi=0, s=0, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """A zone-aware datetime (Brasília unless ``tz``), or None for an impossible date."""
    try:
        return dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tzinfo=tz or BRASILIA)
    except (TypeError, ValueError):
        return None


def moment_of(m, tz: dt.tzinfo | None = None, prefix: str = "") -> dt.datetime | None:
    """``moment`` from a match's groups y, m, d, H, M, S (named with ``prefix``)."""
    g = m.groupdict()
    return moment(g[prefix + "y"], g[prefix + "m"], g[prefix + "d"], g.get(prefix + "H"), g.get(prefix + "M"),
                  g.get(prefix + "S"), tz)  # fmt: skip


def mask_cn(subject: str | None) -> str | None:
    """A certificate subject with the e-CPF digits masked in place (LGPD; offsets are not involved)."""
    if not subject:
        return subject
    return _CN_CPF.sub(lambda m: mask_in_place(m.group()), subject)


def nearest(matches: list, pos: int, reach: int):
    """The match of ``matches`` (sorted by start) whose start is nearest ``pos``, within ``reach``; or None."""
    i = _bisect(matches, pos)
    best = None
    for j in (i - 1, i):
        if 0 <= j < len(matches) and abs(matches[j].start() - pos) <= reach:
            if best is None or abs(matches[j].start() - pos) < abs(best.start() - pos):
                best = matches[j]
    return best


def before_or_first(matches: list, pos: int):
    """The last match of ``matches`` (sorted) starting before ``pos``, else the first one, else None."""
    i = _bisect(matches, pos) - 1
    return matches[i] if i >= 0 else (matches[0] if matches else None)


def after_or_last(matches: list, pos: int):
    """The first match of ``matches`` (sorted) starting at or after ``pos``, else the last one, else None."""
    i = _bisect(matches, pos)
    return matches[i] if i < len(matches) else (matches[-1] if matches else None)


def _bisect(matches: list, pos: int) -> int:
    lo, hi = 0, len(matches)
    while lo < hi:
        mid = (lo + hi) // 2
        if matches[mid].start() < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def back_start(ends: list[int], i: int, pos: int, reach: int) -> int:
    """Where the window before anchor ``i`` (at ``pos``) starts: ``reach`` characters back, or the
    previous anchor's end. Like ``window_end``, windows never overlap."""
    prev = ends[i - 1] if i > 0 else 0
    return max(prev, pos - reach, 0)


def window_end(starts: list[int], i: int, text_len: int, reach: int) -> int:
    """Where the window after anchor ``i`` stops: ``reach`` characters on, or the next anchor, or the
    text's end. Windows never overlap, so the work after all anchors stays linear in the text."""
    nxt = starts[i + 1] if i + 1 < len(starts) else text_len
    return min(nxt, starts[i] + reach, text_len)


def prints(text: str, *words: str) -> bool:
    """Whether ``text`` prints one of ``words`` in any case (the regex module's case folding, the grammars'): the
    cheap gate of a grammar whose every match holds one of them (one literal is searched fast; an alternation of
    them, or a pattern opening with an optional group, is tried at every position of the text)."""
    return any(_any_case(w).search(text) is not None for w in words)


@lru_cache(maxsize=None)
def _any_case(word: str) -> regex.Pattern:
    return regex.compile(regex.escape(word), regex.IGNORECASE)


def windows(anchor, text: str, reach: int):
    """Each match of ``anchor`` in ``text`` with where its window stops (:func:`window_end`): the loop every
    anchored grammar runs, linear in the text."""
    anchors = list(anchor.finditer(text))
    starts = [a.start() for a in anchors]
    for i, a in enumerate(anchors):
        yield a, window_end(starts, i, len(text), reach)


def esig(
    text: str,
    start: int,
    end: int,
    name: str | None,
    extractor: str,
    *,
    system: str,
    signed_at: dt.datetime | None,
    date_printed: bool = True,
    sig_kind: str = ELETRONICA,
    cargo: str | None = None,
    verification_code: str | None = None,
    verification_url: str | None = None,
    legal_basis: str | None = None,
    cert_subject: str | None = None,
    cert_issuer: str | None = None,
    crc: str | None = None,
    role: str | None = None,
) -> Mention:
    """One e-signature hit. ``valid`` is whether the printed date parsed; None when the stamp prints
    no date at all (Sigpub, 1Doc's margin list): nothing to check. The data keys are the same for
    every grammar: the ``signatures`` columns plus ``role`` (``parte``, ``testemunha``) where printed."""
    return make(
        KIND,
        text,
        start,
        end,
        clean(name),
        (signed_at is not None) if date_printed else None,
        extractor,
        system=system,
        sig_kind=sig_kind,
        cargo=clean(cargo),
        signed_at=signed_at,
        verification_code=clean(verification_code),
        verification_url=collapse(verification_url),
        legal_basis=clean(legal_basis),
        cert_subject=collapse(cert_subject),
        cert_issuer=clean(cert_issuer),
        crc=clean(crc),
        role=clean(role),
    )
