"""The character map: from offsets in the canonical text back to page and box.

Every word written into the canonical text leaves one segment ``[start, end) → page, box``.
Separators the layout inserts (spaces, newlines) have no segment. The box of a span is the
union of the boxes of the words it touches on the page where it starts; a span that covers
part of a word gets that share of the word's width (characters are taken as equally wide).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple, Protocol

Box = tuple[float, float, float, float]
_LEFT, _TOP, _RIGHT, _BOTTOM = (attrgetter(a) for a in ("x0", "top", "x1", "bottom"))


class Boxed(Protocol):
    """What a segment's box is read from: the layout's own words (layout.types.Word), whose box the map
    reads when asked rather than copying it for each word of a file; or a :class:`Corners`."""

    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


class Corners(NamedTuple):
    """A box given as such (:meth:`TextMap.add`)."""

    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


@dataclass
class TextMap:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    boxes: list[Boxed] = field(default_factory=list)

    def add(self, start: int, end: int, page: int, box: Box) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.pages.append(page)
        self.boxes.append(Corners(*box))

    def __len__(self) -> int:
        return len(self.starts)

    def _first_at_or_after(self, offset: int) -> int:
        """Index of the first segment that ends after ``offset``."""
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and self.ends[k] > offset:
            return k
        return k + 1

    def page_at(self, offset: int) -> int | None:
        """Page of the character at ``offset`` (or of the next mapped character)."""
        k = self._first_at_or_after(offset)
        if k < len(self.starts):
            return self.pages[k]
        return self.pages[-1] if self.pages else None

    def span(self, start: int, end: int) -> tuple[int, Box] | None:
        """Page and box of ``text[start:end]``; None where no mapped character is inside."""
        starts, pages = self.starts, self.pages
        k = self._first_at_or_after(start)
        if k >= len(starts) or starts[k] >= end:
            return None
        page = pages[k]
        if self.boxes[k].x0 is None:  # text with no geometry (INLABS XML): the page, no box
            return page, (None, None, None, None)
        m = bisect_left(starts, end, k)  # segments k..m-1 touch the span
        if pages[m - 1] != page:  # only the page where the span starts
            m = k + 1
            while pages[m] == page:
                m += 1
        seg = self.boxes[k:m]
        # whole segments count whole; the first and the last may be covered in part
        x0, x1 = self._share(k, start, end)
        if m - 1 > k:
            lx0, lx1 = self._share(m - 1, start, end)
            x0, x1 = min(x0, lx0), max(x1, lx1)
            if m - 2 > k:
                inner = seg[1:-1]
                x0 = min(x0, min(map(_LEFT, inner)))
                x1 = max(x1, max(map(_RIGHT, inner)))
        return page, (x0, min(map(_TOP, seg)), x1, max(map(_BOTTOM, seg)))

    def _share(self, k: int, start: int, end: int) -> tuple[float, float]:
        """Left and right of the part of segment ``k`` inside ``[start, end)`` (equal-width characters)."""
        s, e = self.starts[k], self.ends[k]
        bx0, bx1 = self.boxes[k].x0, self.boxes[k].x1
        n = max(e - s, 1)
        a, b = max(s, start), min(e, end)
        return bx0 + (bx1 - bx0) * (a - s) / n, bx0 + (bx1 - bx0) * (b - s) / n

    def locate(self, start: int, end: int) -> tuple[int | None, Box | tuple[None, None, None, None]]:
        """Like :meth:`span`, but never None: (None, (None,)*4) where nothing is mapped."""
        located = self.span(start, end)
        return located if located else (None, (None, None, None, None))

    def page_range(self, page: int) -> tuple[int, int] | None:
        """First and last offset of the text that comes from ``page``."""
        idx = [k for k, p in enumerate(self.pages) if p == page]
        if not idx:
            return None
        return self.starts[idx[0]], self.ends[idx[-1]]

    def sub(self, start: int, end: int) -> TextMap:
        """The map of ``text[start:end]``, offsets shifted to start at 0."""
        k = self._first_at_or_after(start)
        m = bisect_left(self.starts, end, k)
        if m <= k:
            return TextMap()
        starts = [s - start for s in self.starts[k:m]]
        ends = [e - start for e in self.ends[k:m]]
        starts[0] = max(starts[0], 0)  # a segment cut by the slice keeps its part inside
        ends[-1] = min(ends[-1], end - start)
        return TextMap(starts, ends, self.pages[k:m], self.boxes[k:m])
