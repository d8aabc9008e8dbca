"""The layout stage as one pure function: raw pages → canonical text, character map, page layouts.

Paragraphs are written one per line (``\\n``); the lines of a paragraph are joined with a space,
or with nothing where a word was hyphenated at the line end. A paragraph cut by a column or page
break (it ends without closing punctuation and the next block starts in lower case) is joined
back. Page furniture goes to ``PageLayout.header/footer/margin``, never into the text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter

from seidou.layout.furniture import repeated_keys, split_furniture
from seidou.layout.hyphens import is_line_end_hyphen, keeps_hyphen
from seidou.layout.lines import build_lines
from seidou.layout.order import reading_order
from seidou.layout.paragraphs import split_paragraphs, starts_unit
from seidou.layout.textmap import TextMap
from seidou.layout.types import Line, PageLayout, RawPage, Word

# A page needs OCR when it has no characters, or when scanned images cover this share of it.
OCR_IMAGE_SHARE = 0.3
_CLOSERS = tuple(".:;!?")


# what the layout saw of a paragraph's first line (``Layout.marks``): set in bold, centred in its column
BOLD, CENTRED = 1, 2
CENTRE_SLACK = 4.0  # points: a centred line's centre is this close to its column's
CENTRE_MARGIN = 2.0  # and it is shorter than the column by this many times its size


@dataclass
class Layout:
    text: str
    textmap: TextMap
    pages: list[PageLayout]
    # paragraph start offset → BOLD | CENTRED of its first line (only paragraphs with a mark)
    marks: dict[int, int] = field(default_factory=dict)

    def page_text(self, page: int) -> str:
        rng = self.textmap.page_range(page)
        return "" if rng is None else self.text[rng[0] : rng[1]]

    def slice(self, start: int, end: int) -> Layout:
        """The part ``text[start:end]`` as a layout of its own (a logical document of a file), with
        the pages it spans (the furniture of a page shared by two documents goes to both)."""
        tm = self.textmap.sub(start, end)
        numbers = set(tm.pages)
        if not numbers:
            first = self.textmap.page_at(start)
            numbers = {first} if first is not None else set()
        pages = [p for p in self.pages if p.number in numbers] if numbers else []
        if pages:
            lo, hi = pages[0].number, pages[-1].number
            pages = [p for p in self.pages if lo <= p.number <= hi]
        keys = self.__dict__.get("_mark_keys")
        if keys is None or len(keys) != len(self.marks):
            keys = self.__dict__["_mark_keys"] = sorted(self.marks)  # a file's documents are sliced one by one
        marks = {
            k - start: self.marks[k] for k in keys[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, end)]
        }
        return Layout(self.text[start:end], tm, pages, marks)


@dataclass
class _Para:
    page: int
    lines: list[Line]
    block_start: bool  # first paragraph of a column block (a join across a break is possible)


def layout_pages(raw_pages: list[RawPage], known: dict | None = None) -> Layout:
    """Lay out the pages of one file (or of one window of its pages) and compose the canonical text.

    ``known`` carries what earlier windows of the same file established — the repeated header and
    footer lines, the background images — and is updated with this window's: a short last window
    still recognises the furniture of the pages before it."""
    split = []
    for rp in raw_pages:
        rotated = [w for w in rp.words if w.rotated]
        horizontal = [w for w in rp.words if not w.rotated] if rotated else rp.words  # (most pages: none rotated)
        split.append((rp, build_lines(horizontal), _rotated_lines(rotated)))
    tops, bottoms = repeated_keys([(rp.height, lines) for rp, lines, _ in split])
    if known is not None:
        tops |= known.setdefault("tops", set())
        bottoms |= known.setdefault("bottoms", set())
        known["tops"], known["bottoms"] = tops, bottoms
    repeated = (tops, bottoms)
    scanned = scanned_pages(raw_pages, known)

    pages: list[PageLayout] = []
    paras: list[_Para] = []
    columns: dict[int, list[tuple[float, float]]] = {}
    for rp, lines, margin in split:
        body, header, footer = split_furniture(lines, rp.height, repeated)
        blocks, n_columns = reading_order(body, rp.width, titles_first=rp.text_source == "ocr")
        needs_ocr = rp.number in scanned
        pages.append(
            PageLayout(
                rp.number,
                rp.width,
                rp.height,
                rp.rotation,
                rp.n_chars,
                blocks,
                header,
                footer,
                margin,
                n_columns,
                needs_ocr,
                rp.error,
                rp.ruled,
                _text_source(rp, needs_ocr),
                rp.ocr_error,
                rp.tables,
                rp.outlined,
            )
        )
        columns[rp.number] = [(min(ln.x0 for ln in b), max(ln.x1 for ln in b)) for b in blocks if b]
        for block in blocks:
            for k, para in enumerate(split_paragraphs(block)):
                paras.append(_Para(rp.number, para, k == 0))
    text, textmap, firsts = _compose(_join_continuations(paras))
    return Layout(text, textmap, pages, _marks(firsts, columns))


def is_centred(line: Line, columns: list[tuple[float, float]]) -> bool:
    """The line stands in the middle of a column wider than itself (a title, a signature block's name)."""
    h = max(line.size, 1.0)
    mid = (line.x0 + line.x1) / 2
    for a, b in columns:
        if a - 1 <= line.x0 and line.x1 <= b + 1 and b - a > line.width + CENTRE_MARGIN * h:
            if abs((a + b) / 2 - mid) <= CENTRE_SLACK:
                return True
    return False


class _Columns:
    """A page's columns (blocks) by their centres: :func:`is_centred` looks only at those whose centre is near the
    line's (a page of a gazette has hundreds of blocks, and each paragraph asks)."""

    def __init__(self, columns: list[tuple[float, float]]):
        by_centre = sorted(((a + b) / 2, a, b) for a, b in columns if (a + b) / 2 == (a + b) / 2)  # no NaN centre
        self.centres = [c for c, _, _ in by_centre]
        self.columns = [(a, b) for _, a, b in by_centre]

    def centre(self, line: Line) -> bool:
        mid = (line.x0 + line.x1) / 2
        reach = CENTRE_SLACK + 1.0  # more than the slack: the test itself is is_centred's, on these
        near = self.columns[
            bisect.bisect_left(self.centres, mid - reach) : bisect.bisect_right(self.centres, mid + reach)
        ]
        return is_centred(line, near)


def _marks(firsts: list[tuple[int, int, Line]], columns: dict[int, list[tuple[float, float]]]) -> dict[int, int]:
    out = {}
    indexed: dict[int, _Columns] = {}
    for start, page, line in firsts:
        cols = indexed.get(page)
        if cols is None:
            cols = indexed[page] = _Columns(columns.get(page, []))
        m = (BOLD if line.words[0].bold else 0) | (CENTRED if cols.centre(line) else 0)
        if m:
            out[start] = m
    return out


def _text_source(rp: RawPage, needs_ocr: bool) -> str:
    if not needs_ocr:
        return "pdf"
    return "ocr" if rp.text_source == "ocr" else "none"


def scanned_pages(raw_pages: list[RawPage], known: dict | None = None) -> set[int]:
    """Numbers of the pages without a usable text layer: no characters, text drawn as glyph outlines
    (``RawPage.outlined``, io.pdf), or scanned images over ``OCR_IMAGE_SHARE`` of the page (letterhead
    images repeated on most pages do not count)."""
    backgrounds = _background_images(raw_pages)
    if known is not None:
        backgrounds |= known.setdefault("backgrounds", set())
        known["backgrounds"] = backgrounds
    out = set()
    for rp in raw_pages:
        scanned = sum(share for sig, share, bare in rp.images if bare and sig not in backgrounds)
        if rp.error is None and (rp.n_chars == 0 or rp.outlined or scanned >= OCR_IMAGE_SHARE):
            out.add(rp.number)
    return out


def _background_images(raw_pages: list[RawPage]) -> set[str]:
    """Images drawn on at least half the pages (three or more): a letterhead behind the text,
    not a scan (every scanned page is a different image)."""
    if len(raw_pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for rp in raw_pages:
        for sig in {sig for sig, _, _ in rp.images}:
            counts[sig] = counts.get(sig, 0) + 1
    return {sig for sig, c in counts.items() if c >= max(3, len(raw_pages) // 2)}


def _rotated_lines(words: list[Word]) -> list[Line]:
    """Rotated words grouped by the x band they stand in (one margin sentence → one line)."""
    if not words:
        return []
    groups: list[list[Word]] = []
    for w in words:  # drawing order is reading order for a rotated sentence
        home = next(
            (g for g in groups if w.x0 <= max(x.x1 for x in g) + 0.5 and w.x1 >= min(x.x0 for x in g) - 0.5), None
        )
        if home is None:
            groups.append([w])
        else:
            home.append(w)
    return [Line(g) for g in groups]


def _last_word(p: _Para) -> str:
    return p.lines[-1].words[-1].text


def _join_continuations(paras: list[_Para]) -> list[list[tuple[int, Line]]]:
    """Merge a paragraph cut by a column or page break with its continuation."""
    out: list[list[tuple[int, Line]]] = []
    prev: _Para | None = None
    for p in paras:
        if prev is not None and p.block_start and _continues(prev, p):
            out[-1].extend((p.page, ln) for ln in p.lines)
        else:
            out.append([(p.page, ln) for ln in p.lines])
        prev = p
    return out


def _continues(prev: _Para, nxt: _Para) -> bool:
    last = _last_word(prev)
    first = nxt.lines[0].text
    if not first or starts_unit(first):
        return False
    if abs(prev.lines[-1].size - nxt.lines[0].size) > 0.2 * max(prev.lines[-1].size, 0.1):
        return False
    if is_line_end_hyphen(last) and first[0].isalpha() and first[0].islower():
        return True
    return not last.endswith(_CLOSERS) and first[0].isalpha() and first[0].islower()


_TEXT = attrgetter("text")


def _compose(paras: list[list[tuple[int, Line]]]) -> tuple[str, TextMap, list[tuple[int, int, Line]]]:
    """Join the words: one space inside a line and between lines, none after a line-end hyphen
    (dropped unless ``keeps_hyphen``); one newline between paragraphs. A line at a time: this is hot.
    Also gives each paragraph's start offset, page and first line."""
    firsts: list[tuple[int, int, Line]] = []
    parts: list[str] = []
    tm = TextMap()
    starts, ends, pages, boxes = tm.starts, tm.ends, tm.pages, tm.boxes
    pos = 0
    for pi, para in enumerate(paras):
        if pi:
            parts.append("\n")
            pos += 1
        if para:
            firsts.append((pos, para[0][0], para[0][1]))
        last_line = len(para) - 1
        for li, (page, line) in enumerate(para):
            ws = line.words
            texts = list(map(_TEXT, ws))
            tail = ""
            if li < last_line:
                tail = " "
                text = texts[-1]
                if text[-1] == "-" and len(text) > 1:  # a hyphen at the line end
                    tail = ""
                    if not keeps_hyphen(text, para[li + 1][1].words[0].text):
                        texts[-1] = text[:-1]
            for text in texts:
                starts.append(pos)
                pos += len(text)
                ends.append(pos)
                pos += 1
            pos += len(tail) - 1  # no space after the line's last word but the tail
            pages.extend([page] * len(ws))
            boxes += ws  # not a box tuple per word: the map reads a word's box when asked (TextMap.Boxed)
            parts.append(" ".join(texts))
            if tail:
                parts.append(tail)
    return "".join(parts), tm, firsts
