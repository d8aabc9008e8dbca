"""The character map: from offsets in the canonical text back to page and box.

Every word written into the canonical text leaves one segment ``[start, end) → page, box``.
Separators the layout inserts (spaces, newlines) have no segment. The box of a span is the
union of the boxes of the words it touches on the page where it starts; a span that covers
part of a word gets that share of the word's width (characters are taken as equally wide).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]


@dataclass
class TextMap:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    def add(self, start: int, end: int, page: int, box: Box) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.pages.append(page)
        self.boxes.append(box)

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
        k = self._first_at_or_after(start)
        if k >= len(self.starts) or self.starts[k] >= end:
            return None
        page = self.pages[k]
        if self.boxes[k][0] is None:  # text with no geometry (INLABS XML): the page, no box
            return page, (None, None, None, None)
        x0 = top = float("inf")
        x1 = bottom = float("-inf")
        while k < len(self.starts) and self.starts[k] < end and self.pages[k] == page:
            s, e = self.starts[k], self.ends[k]
            bx0, btop, bx1, bbottom = self.boxes[k]
            n = max(e - s, 1)
            a, b = max(s, start), min(e, end)
            cx0 = bx0 + (bx1 - bx0) * (a - s) / n
            cx1 = bx0 + (bx1 - bx0) * (b - s) / n
            x0, x1 = min(x0, cx0), max(x1, cx1)
            top, bottom = min(top, btop), max(bottom, bbottom)
            k += 1
        return page, (x0, top, x1, bottom)

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
        out = TextMap()
        k = self._first_at_or_after(start)
        while k < len(self.starts) and self.starts[k] < end:
            out.add(max(self.starts[k], start) - start, min(self.ends[k], end) - start, self.pages[k], self.boxes[k])
            k += 1
        return out
