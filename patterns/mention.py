"""The one hit type every extractor yields: a span of one canonical text, never rewritten.

``text[m.start:m.end] == m.raw`` always holds (a tested invariant). ``value`` is the normalized
form; ``valid`` is the check-digit verdict (None where the format has none or it cannot be
checked); ``data`` carries the format's extra fields as sorted (key, value) pairs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple


class Mention(NamedTuple):
    """Immutable and cheap to create (a named tuple: extractors make hundreds of thousands)."""

    kind: str
    start: int
    end: int
    raw: str
    value: Any = None
    valid: bool | None = None
    extractor: str = ""
    data: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        for k, v in self.data:
            if k == key:
                return v
        return default


def make(
    kind: str,
    text: str,
    start: int,
    end: int,
    value: Any = None,
    valid: bool | None = None,
    extractor: str = "",
    **data: Any,
) -> Mention:
    return Mention(kind, start, end, text[start:end], value, valid, extractor, tuple(sorted(data.items())))


def sort_mentions(ms: list[Mention]) -> list[Mention]:
    return sorted(ms, key=lambda m: (m.start, m.end, m.kind))


class Headers:
    """Where a column's or list's header word ("CPF", "CNPJ") is printed in a text, to tell whether a bare
    number sits under one: found once, on the first question (most texts have no bare number)."""

    def __init__(self, text: str, word) -> None:
        self.text, self.word, self.starts = text, word, None

    def within(self, pos: int, reach: int) -> bool:
        """Whether the header word starts at most ``reach`` characters before ``pos``."""
        if self.starts is None:
            self.starts = [m.start() for m in self.word.finditer(self.text)]
        i = bisect.bisect_left(self.starts, pos)
        return i > 0 and pos - self.starts[i - 1] <= reach


def first_matches(patterns, text: str):
    """The matches ``finditer`` of the alternation ``p0|p1|…`` of ``patterns`` gives (the leftmost match; at one
    position the first pattern that matches there; the next search from its end), each pattern searched on
    its own. The ``regex`` engine skips ahead fast on a pattern that opens with a plain test (a lookahead of a
    character set) but tries every position of the text on an alternation of such patterns: one search per
    alternative is several times faster on long texts. No pattern may match the empty string."""
    pos = 0
    nxt = [p.search(text) for p in patterns]
    while True:
        best = None
        for i, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[i] = patterns[i].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def gated(patterns, gates, text: str) -> tuple:
    """The ``patterns`` that can match ``text``: each whose gate finds what every match of it prints (a cheap search:
    a literal, or digits around a literal, which the engine finds many times faster than a pattern that opens with
    a test of a digit or a look-behind; None: no gate). A pattern left out has no match in the text, so
    :func:`first_matches` over the others gives the same matches."""
    return tuple(p for p, gate in zip(patterns, gates) if gate is None or gate.search(text) is not None)


def matches_from(pattern, text: str, starts: Iterable[int]) -> Iterator:
    """The matches ``pattern.finditer(text)`` gives, when a match can only start at one of ``starts`` (ascending): the
    pattern is tried at those places alone. ``match`` from a position reads the text before it, so look-behinds and
    ``^`` hold there as in a search; a pattern that opens with them is tried by ``finditer`` at every position of the
    text, several times slower. No match may be empty."""
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)) is not None:
            yield m
            end = m.end()


class Opened:
    """``pattern``, whose matches open with what one of ``openers`` finds (cheap searches, each on its own: an
    alternation of words under IGNORECASE is tried at every position of a text, each word alone is found by its
    letters): its ``finditer`` tries it there alone (:func:`matches_from`) and gives the matches of the pattern's."""

    def __init__(self, pattern, openers) -> None:
        self.pattern, self.openers = pattern, openers

    def finditer(self, text: str) -> Iterator:
        return matches_from(self.pattern, text, starts_of(self.openers, text))


def line_starts(text: str) -> Iterator[int]:
    """Where the lines of ``text`` start: where ``^`` holds under MULTILINE (after a line feed only)."""
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def starts_of(openers, text: str) -> list[int]:
    """Where the matches of ``openers`` (cheap searches for the words a pattern's matches open with) start, in order."""
    return sorted({m.start() for opener in openers for m in opener.finditer(text)})


def ends_of(openers, text: str) -> list[int]:
    """Where the matches of ``openers`` (cheap searches for what a pattern's look-behinds read before its matches) end,
    in order."""
    return sorted({m.end() for opener in openers for m in opener.finditer(text)})


class FirstCharacter:
    """``(pattern, value)`` pairs whose patterns are tried in order with ``match`` at a string's start: ``opening(first)``
    gives those of them that a string opening with the character ``first`` can match, in order, found once per character:
    the patterns that match ``first`` as a partial match (the engine's own answer to whether a longer string opening with
    it may match). A string's ``match`` over those alone gives what the walk over all gives, without the patterns that
    cannot read its first character (most, where they open with different words)."""

    def __init__(self, pairs) -> None:
        self.pairs, self.found = tuple(pairs), {}

    def opening(self, first: str) -> tuple:
        got = self.found.get(first)
        if got is None:
            got = self.found[first] = tuple(p for p in self.pairs if p[0].match(first, partial=True) is not None)
        return got


class Anchored:
    """``pattern`` searched in one text only where its matches can start: ``offsets`` characters before each match of
    one of ``openers``, cheap searches for what every match of ``pattern`` prints at one of those distances from its
    start. ``search`` gives ``pattern.search(text, pos)``'s match (for :func:`first_matches`): ``match`` from each place
    reads the text before it as a search does."""

    def __init__(self, pattern, openers, offsets: tuple[int, ...], text: str) -> None:
        self.pattern = pattern
        found = (m.start() for opener in openers for m in opener.finditer(text))
        self.starts = sorted({at - k for at in found for k in offsets if at >= k})

    def search(self, text: str, pos: int = 0):
        for k in range(bisect.bisect_left(self.starts, pos), len(self.starts)):
            m = self.pattern.match(text, self.starts[k])
            if m is not None:
                return m
        return None
