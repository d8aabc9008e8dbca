"""The one module that reads PDFs: file facts, and per page the words with their boxes.

Characters and boxes come from PDFium (pypdfium2), which reads a page 50-100x faster than
pdfminer. To keep the per-character cost low, the page text is taken in one call and split into
words; only the first and last character of a word are measured. A word whose two ends do not
sit on one line (a run PDFium glued across columns, rotated text) is measured character by
character and split where the characters jump.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import math
import os
import re
import stat
from array import array
from bisect import bisect_right
from itertools import compress
from operator import attrgetter, eq, not_
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from seidou.errors import (
    EmptyFileError,
    EncryptedPdfError,
    FileChangedError,
    InputError,
    NoPagesError,
    NotPdfError,
    NotRegularFileError,
    UnreadableError,
)
from seidou.io.fs import file_kind
from seidou.layout.types import RawPage, Word
from seidou.io.pdfium_calls import (
    SOFT_HYPHEN,
    FontWeights,
    char_box_call,
    display_box,
    indexed_text,
    line_starts,
    new_words,
    object_kinds,
    page_box,
    page_objects,
    token_boxes,
    token_gaps,
    token_spans,
)

# Characters per 1,000 pt² of image under which an image is taken as a scan with no text layer.
_SCAN_TEXT_DENSITY = 2.0


@dataclass(frozen=True)
class FileFacts:
    path: str
    sha256: str
    bytes: int
    pages: int
    producer: str | None
    encrypted: bool
    has_signature_fields: bool


def sha256_of(path: str | os.PathLike) -> tuple[str, int]:
    """(sha256 hex, size) of a regular file. A FIFO, socket or device (or a link to one) raises
    NotRegularFileError without blocking; a file that changes while read raises FileChangedError;
    a file that cannot be opened raises UnreadableError."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket (or a FIFO on some systems)
            raise NotRegularFileError("not a regular file (a socket or device): it is not read") from e
        raise UnreadableError(f"cannot open the file: {e.strerror}") from e
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise NotRegularFileError(f"not a regular file ({file_kind(before.st_mode)}): it is not read")
        os.set_blocking(fd, True)
        h = hashlib.sha256()
        size = 0
        try:
            while chunk := os.read(fd, 1 << 20):
                h.update(chunk)
                size += len(chunk)
        except OSError as e:
            raise UnreadableError(f"cannot read the file: {e.strerror}") from e
        after = os.fstat(fd)
    finally:
        os.close(fd)
    if size != before.st_size or after.st_size != size or after.st_mtime_ns != before.st_mtime_ns:
        raise FileChangedError(f"the file changed while it was read ({before.st_size} → {after.st_size} bytes)")
    return h.hexdigest(), size


def _check_header(path: str | os.PathLike, size: int) -> None:
    if size == 0:
        raise EmptyFileError("the file is empty (0 bytes)")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        raise NotPdfError(f"not a PDF: no %PDF- header in the first 1024 bytes (starts with {head[:8]!r})")


_EMPTY_PAGE_TREE = regex.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+0\b|/Count\s+0\b[^>]*?/Type\s*/Pages\b")
_PAGE_OBJECT = regex.compile(rb"/Type\s*/Page\b(?!s)")


def _declares_no_pages(path: str | os.PathLike) -> bool:
    """PDFium refuses a file whose page tree is empty without saying so; look at the bytes."""
    if os.path.getsize(path) > 8 << 20:
        return False
    data = Path(path).read_bytes()
    return bool(_EMPTY_PAGE_TREE.search(data)) and not _PAGE_OBJECT.search(data)


MAX_UNREADABLE_RUN = 20


class PdfFile:
    """An open PDF. Use as a context manager; pages are read one at a time."""

    abandoned_at: int | None = None  # first page not tried (see pages())
    _unreadable_run = 0
    # search the ruled tables of each page with text while it is loaded for its words (io.tables: the
    # default engine; loading a page costs as much as reading its words)
    search_tables = False

    def __init__(self, path: str | os.PathLike, *, password: str | None = None):
        self.path = str(path)
        self.sha256, self.size = sha256_of(path)
        _check_header(path, self.size)
        try:
            self.doc = pdfium.PdfDocument(self.path, password=password)
        except pdfium.PdfiumError as e:
            msg = str(e)
            if "password" in msg.lower():
                raise EncryptedPdfError(
                    "encrypted PDF: it needs a user password to open (PDFium: incorrect password)"
                ) from e
            if _declares_no_pages(path):
                raise NoPagesError("the PDF has no pages (its page tree is empty)") from e
            raise InputError(f"cannot open the PDF ({msg}); the file is damaged or truncated") from e
        try:
            self.n_pages = len(self.doc)
        except Exception as e:  # pragma: no cover - pdfium reports page count errors as exceptions
            self.close()
            raise InputError(f"cannot count the pages: {e}") from e
        if self.n_pages == 0:
            self.close()
            raise NoPagesError("the PDF has no pages")

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        doc = getattr(self, "doc", None)
        if doc is not None:
            doc.close()
            self.doc = None

    def facts(self) -> FileFacts:
        try:
            producer = self.doc.get_metadata_value("Producer") or None
        except Exception:
            producer = None
        encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(self.doc.raw) != -1
        try:
            signatures = pdfium_c.FPDF_GetSignatureCount(self.doc.raw) > 0
        except Exception:
            signatures = False
        return FileFacts(self.path, self.sha256, self.size, self.n_pages, producer, encrypted, signatures)

    def pages(self, first: int = 1, last: int | None = None) -> Iterator[RawPage]:
        """Pages ``first``..``last`` (1-based, inclusive; default all) in order. After
        ``MAX_UNREADABLE_RUN`` unreadable pages in a row the rest are not tried (a damaged page
        tree claiming 100,000 pages): ``self.abandoned_at`` says where."""
        last = self.n_pages if last is None else min(last, self.n_pages)
        for i in range(first - 1, last):
            if self.abandoned_at:
                return
            page = read_page(self.doc, i, tables=self.search_tables)
            self._unreadable_run = self._unreadable_run + 1 if page.error else 0
            yield page
            if self._unreadable_run >= MAX_UNREADABLE_RUN and i + 1 < self.n_pages:
                self.abandoned_at = i + 2


def read_page(doc: pdfium.PdfDocument, index: int, *, tables: bool = False) -> RawPage:
    """Read one page; a page PDFium cannot parse comes back with ``error`` set and no words. ``tables``:
    search the ruled tables of a page with text too (``RawPage.tables``)."""
    try:
        page = doc[index]
    except Exception as e:
        return RawPage(index + 1, 0.0, 0.0, 0, 0, error=f"cannot load page {index + 1}: {e}")
    try:
        return _read_loaded_page(page, index, tables)
    except Exception as e:  # a broken content stream must not take the file down
        return RawPage(index + 1, 0.0, 0.0, 0, 0, error=f"cannot read page {index + 1}: {e}")
    finally:
        page.close()


class _Geometry:
    """Maps PDFium's page space (y up, rotation not applied) to display space (y down)."""

    def __init__(self, page: pdfium.PdfPage):
        x0, y0, x1, y1 = page_box(page)
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.rotation = page.get_rotation() % 360
        w, h = x1 - x0, y1 - y0
        self.width, self.height = (h, w) if self.rotation in (90, 270) else (w, h)
        self.params = (self.rotation, x0, y0, x1, y1)  # what display_box and the C loop take

    def box(self, left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float]:
        return display_box(self.params, left, top, right, bottom)


def _read_loaded_page(page: pdfium.PdfPage, index: int, tables: bool = False) -> RawPage:
    geo = _Geometry(page)
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range() if n > 0 else ""
        words = _words(textpage.raw, text, geo) if n > 0 else []
    finally:
        textpage.close()
    raw_page = RawPage(index + 1, geo.width, geo.height, geo.rotation, n, words)
    raw_page.images, raw_page.ruled, raw_page.outlined = _scan_images(page, geo, words)
    if tables and n > 0:
        from seidou.io.tables import search_loaded_page

        raw_page.tables = search_loaded_page(page, index + 1)
    return raw_page


class _Boxes:
    """Loose character boxes by index, through one reused ctypes struct."""

    def __init__(self, textpage_raw, geo: _Geometry):
        self.raw = textpage_raw
        self.geo = geo
        self.rect = pdfium_c.FS_RECTF()
        self.get, self.tp, self.ref = char_box_call(textpage_raw, self.rect)
        self.angle = pdfium_c.FPDFText_GetCharAngle

    def __call__(self, i: int) -> tuple[float, float, float, float]:
        self.get(self.tp, i, self.ref)
        r = self.rect
        return self.geo.box(r.left, r.top, r.right, r.bottom)

    def is_rotated(self, i: int) -> bool:
        """Not on a horizontal baseline as displayed (vertical margin text, diagonal watermarks)."""
        return self.turned(self.angle(self.raw, i))

    def turned(self, a: float) -> bool:
        """:meth:`is_rotated` of a character whose angle (``FPDFText_GetCharAngle``) is ``a``."""
        if a < 0:
            return False
        deg = (math.degrees(a) + self.geo.rotation) % 180.0
        return 8.0 < deg < 172.0


_SURROGATE = re.compile("[\ud800-\udfff]")
_TEXT = attrgetter("text")


def _words(tp, text: str, geo: _Geometry) -> list[Word]:
    """Split the page text into words and measure their two ends (the hot loop of the reader).

    Every token becomes a plain word in one pass over the page (its text, the box of its two ends); the few
    that need more (:func:`_odd_tokens`) are then made again one at a time by :func:`_token_words`."""
    text = indexed_text(tp, text)
    if _SURROGATE.search(text):
        # a damaged font map can give half of a UTF-16 pair: not text, and not writable as UTF-8
        text = _SURROGATE.sub("\ufffd", text)
    span_array = token_spans(text)  # start, end of every token
    page = _Tokens(tp, text, geo, span_array)
    spans = page.spans
    m = page.measured
    texts = _token_texts(text, page.starts, spans[1::2])
    words = new_words(Word, texts, m)  # the fields after the size at their defaults
    bolds = page.bolds
    for k in page.firsts:  # where PDFium starts a line (a token in eight): the break, the weight
        w = words[k]
        w.new_line = True
        w.bold = bolds[k]
    odd = _odd_tokens(page)
    if odd:
        words = _with_odd(words, odd, [_token_words(page, k) for k in odd])
    return _drop_overprinted(words)


def _token_texts(text: str, starts: list[int], ends: list[int]) -> list[str]:
    """The tokens' texts: the text split at white space (``TOKEN``'s white space is ``str.split``'s, and five times
    faster to cut so), a space put after each line-end hyphen mark first (a token ends there)."""
    texts = _split_tokens(text)
    if len(texts) == len(starts):
        return texts
    return list(map(text.__getitem__, map(slice, starts, ends)))  # (never seen: the spans say)


def _split_tokens(text: str) -> list[str]:
    return (text.replace(SOFT_HYPHEN, SOFT_HYPHEN + " ") if SOFT_HYPHEN in text else text).split()


class _Tokens:
    """A page's tokens (PDFium's page text split at white space and after the line-end hyphen mark) and what is
    measured of them in bulk: the box of their two ends, their widest inner gaps, where PDFium starts its lines,
    the orientation and weight there."""

    def __init__(self, tp, text: str, geo: _Geometry, span_array: array):
        self.tp, self.text, self.geo = tp, text, geo
        self.span_array = span_array
        self.spans = spans = span_array.tolist()
        self.boxes = _Boxes(tp, geo)
        self.starts = starts = spans[0::2]
        n = len(starts)
        # per token: its box from its two ends, height, and whether the ends make one straight word
        self.measured = token_boxes(tp, span_array, geo.params)
        # the tokens with a wide inner gap (a space PDFium did not write: "após|a") or set apart letters
        gaps = token_gaps(tp, span_array, geo.params)
        widest = gaps[1::6]
        wide = min(GLUED_GAP, TRACKED)
        self.special = (
            {k: gaps[6 * k : 6 * k + 6] for k, g in enumerate(widest) if g >= wide}
            if max(widest, default=0) >= wide
            else {}
        )
        self.new_lines = _line_starts(text, starts)
        # the orientation and the weight are asked where PDFium starts a line (a title's first word; a call per word
        # costs a fifth of the reader's time), for all the page's lines in one call
        self.firsts = firsts = list(compress(range(n), self.new_lines))
        angles, fonts = line_starts(tp, array("i", map(starts.__getitem__, firsts)))
        weights = FontWeights(tp)
        self.bolds = [False] * n
        for k, font in zip(firsts, fonts):
            self.bolds[k] = weights.of_font(font)
        # the tokens of the lines PDFium starts with a rotated character: rotated text comes in runs of its own
        self.rotated: set[int] = set()
        ends = firsts[1:] + [n]
        for k, end, angle in zip(firsts, ends, angles):
            if self.boxes.turned(angle):
                self.rotated.update(range(k, end))


def _odd_tokens(page: _Tokens) -> list[int]:
    """The tokens a plain word does not fit, in order: rotated, with ends not on one line, with a wide inner gap,
    ending in the line-end hyphen mark, or perhaps drawn twice letter by letter (their first two letters alike)."""
    text, starts = page.text, page.starts
    odd = set(compress(range(len(starts)), map(not_, page.measured[5::6])))
    odd.update(page.special)
    odd.update(page.rotated)
    odd.update(bisect_right(starts, at) - 1 for at in _found(text, SOFT_HYPHEN))  # the mark ends its token
    odd.update(_doubled_starts(text, page.span_array))
    return sorted(odd)


def _doubled_starts(text: str, span_array: array) -> list[int]:
    """The tokens (``span_array``: start, end pairs of ``text``) whose first two characters are alike, from the
    text's code points in bulk: two slices a token were a tenth of the reader's own time."""
    spans = np.frombuffer(span_array, dtype=f"i{span_array.itemsize}")
    starts, ends = spans[0::2], spans[1::2]
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)  # (no lone surrogate: _words replaced them)
    two = ends - starts >= 2
    second = np.where(two, starts + 1, starts)
    return np.flatnonzero(two & (codes[starts] == codes[second])).tolist()


def _with_odd(words: list[Word], odd: list[int], made: list[list[Word]]) -> list[Word]:
    """``words`` (one per token) with the words of the ``odd`` tokens replaced by those ``made`` of them."""
    out: list[Word] = []
    prev = 0
    for k, replacement in zip(odd, made):
        out.extend(words[prev:k])
        out.extend(replacement)
        prev = k + 1
    out.extend(words[prev:])
    return out


def _token_words(page: _Tokens, k: int) -> list[Word]:
    """The words of token ``k``: measured character by character where rotated or its ends do not make one
    straight word, cut at a missing space, or one word (the line-end hyphen mark as "-", fake bold undoubled)."""
    text, boxes = page.text, page.boxes
    i, j = page.spans[2 * k], page.spans[2 * k + 1]
    x0, top, x1, bottom, h, ok = page.measured[6 * k : 6 * k + 6]
    new_line = page.new_lines[k]
    tok = text[i:j]
    rotated_run = k in page.rotated
    if rotated_run or not ok:
        out = _split_by_chars(tok, i, boxes, rotated=rotated_run or boxes.is_rotated(i))
        _mark_new_line(out, 0, new_line)
        return out
    gap = page.special.get(k)
    if gap is not None and gap[0] and _glued(gap, text, i):
        out = _split_glued(page.tp, text, i, j, (x0, top, x1, bottom, h), gap, page.geo)
        out[0].bold = page.bolds[k]
        _mark_new_line(out, 0, new_line)
        return out
    soft = tok[-1] == SOFT_HYPHEN
    word_text = tok[:-1] + "-" if soft else tok
    if len(tok) >= 4 and len(tok) % 2 == 0 and tok[0::2] == tok[1::2]:
        word_text = _undouble(tok, i, boxes) or word_text
    tracking = gap[2] if gap is not None and gap[0] and gap[2] >= TRACKED else 0.0
    return [Word(word_text, x0, top, x1, bottom, h, soft, False, new_line, page.bolds[k], tracking)]


# A gap inside a token at least this share of the character height, and this much wider than the token's
# narrowest, is a word space PDFium did not write: "após|a", "referente|à", "especificando|a" (DOU 2019-2020
# editais), "designou|a", "1432970-0;|e" (DODF 2020), "ATESTADO|DE" (a PRONAS declaration). Word spaces
# are 0.08-0.3 of the height; letters of a word touch (kerning moves them by a few hundredths). A tracked
# word drawn as one run ("P R E F E I T U R A" in the DOE-BA 2020) has all its gaps alike: not cut.
GLUED_GAP = 0.12
GLUED_CONTRAST = 0.1
# A word whose letters are all at least this far apart is tracked (Word.tracking): layout.lines joins the
# pieces of it PDFium cut at one of those gaps ("CORRE NTINA", "SA NTA NA" in the DOE-BA 2020 headings).
TRACKED = 0.1


def _glued(gap, text: str, start: int) -> bool:
    """Whether a token's widest inner gap (``token_gaps``) is a missing space; not before the line-end mark."""
    return gap[1] >= GLUED_GAP and gap[1] - gap[2] >= GLUED_CONTRAST and text[start + int(gap[0])] != SOFT_HYPHEN


def _split_glued(tp, text: str, i: int, j: int, box: tuple, gap: tuple, geo: _Geometry, depth: int = 0) -> list[Word]:
    """Cut a token at its widest inner gap; each part is measured again (a token may hide two spaces)."""
    x0, top, x1, bottom, h = box
    cut = i + int(gap[0])
    parts = []
    for a, b, left, right in ((i, cut, x0, gap[3]), (cut, j, gap[4], x1)):
        sub = None
        if depth < 4 and b - a >= 3:
            sub = token_gaps(tp, array("i", (a, b)), geo.params)
        if sub and sub[0] and _glued(sub, text, a):
            parts.extend(_split_glued(tp, text, a, b, (left, top, right, bottom, h), sub, geo, depth + 1))
            continue
        tok = text[a:b]
        soft = tok[-1] == SOFT_HYPHEN
        parts.append(Word(tok[:-1] + "-" if soft else tok, left, top, right, bottom, h, soft))
    return parts


def _mark_new_line(out: list[Word], first: int, new_line: bool) -> None:
    """The words a split token produced: the first inherits the break, the others start lines."""
    for k in range(first, len(out)):
        out[k].new_line = new_line if k == first else True


def _split_by_chars(tok: str, start: int, boxes: _Boxes, *, rotated: bool) -> list[Word]:
    """Measure every character of a token and cut it where the characters jump."""
    groups: list[list[tuple[str, tuple[float, float, float, float]]]] = []
    prev = None
    for k, ch in enumerate(tok):
        box = boxes(start + k)
        if box[2] - box[0] <= 0 and box[3] - box[1] <= 0:
            continue
        if prev is not None and not rotated:
            h = max(prev[3] - prev[1], box[3] - box[1], 0.1)
            jump = abs(box[3] - prev[3]) > 0.35 * h or box[0] < prev[0] - 0.3 * h or box[0] - prev[2] > 0.5 * h
            if jump:
                groups.append([])
        elif prev is None:
            groups.append([])
        groups[-1].append((ch, box))
        prev = box
    words = []
    for g in groups:
        s = "".join(c for c, _ in g)
        soft = s.endswith(SOFT_HYPHEN)
        if soft:
            s = s[:-1] + "-"
        x0 = min(b[0] for _, b in g)
        top = min(b[1] for _, b in g)
        x1 = max(b[2] for _, b in g)
        bottom = max(b[3] for _, b in g)
        size = (x1 - x0) / max(len(g), 1) * 2 if rotated else max(b[3] - b[1] for _, b in g)
        words.append(Word(s, x0, top, x1, bottom, size, soft_hyphen=soft, rotated=rotated))
    return words


def _undouble(tok: str, start: int, boxes: _Boxes) -> str | None:
    """Fake bold drawn as each glyph twice ("TTIITTUULLOO"): keep one when the pairs overlap."""
    for k in range(0, min(len(tok), 8), 2):
        a, b = boxes(start + k), boxes(start + k + 1)
        width = max(a[2] - a[0], 0.1)
        if abs(b[0] - a[0]) > 0.5 * width:
            return None
    return tok[0::2]


def _line_starts(text: str, starts: list[int]) -> list[bool]:
    """Per token (``starts``: where each begins), whether PDFium starts a line there: the first token, and one
    after a line's end or after a token ending in the line-end hyphen mark (that mark always ends a token).
    Found from the marks and line ends, a few per line, not token by token."""
    new_lines = [False] * len(starts)
    if starts:
        new_lines[0] = True
    n = len(starts)
    for mark in ("\n", SOFT_HYPHEN):
        for at in _found(text, mark):
            k = bisect_right(starts, at)  # the first token after the mark
            if k < n:
                new_lines[k] = True
    return new_lines


def _found(text: str, mark: str) -> Iterator[int]:
    """Where ``mark`` (one character) stands in ``text``, left to right."""
    at = text.find(mark)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def _drop_overprinted(words: list[Word]) -> list[Word]:
    """Fake bold drawn as the same word twice at (almost) the same place: keep the first."""
    texts = list(map(_TEXT, words))
    if not any(map(eq, texts, texts[1:])):  # no word follows its twin: nothing to drop (most pages)
        return words
    out: list[Word] = []
    for w in words:
        if out:
            p = out[-1]
            if (
                p.text == w.text
                and abs(p.x0 - w.x0) < 0.3 * w.size
                and abs(p.bottom - w.bottom) < 0.3 * w.size
                and abs(p.x1 - w.x1) < 0.3 * w.size
            ):
                continue
        out.append(w)
    return out


def _first_image_in_form(form, depth: int = 0):
    if depth > 3:
        return None
    for j in range(min(pdfium_c.FPDFFormObj_CountObjects(form), 200)):
        o = pdfium_c.FPDFFormObj_GetObject(form, j)
        kind = pdfium_c.FPDFPageObj_GetType(o)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return o
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            found = _first_image_in_form(o, depth + 1)
            if found is not None:
                return found
    return None


MIN_RULINGS = 3
MAX_WALKED_OBJECTS = 5000  # a page with more objects is taken as ruled without looking at them

# Text drawn as glyph outlines (path objects) instead of characters: the Diário Oficial de Salvador's
# pages of 2015-2018 (DOM 6393, 6770: a text layer of 10 characters, "CONVÊNIOS ", under 300-700 path
# objects of word or glyph outlines; DOM 7057: 4,787 paths and no characters). An outline shape is a
# path 2.5-30 pt high (a glyph, or a word drawn as one path) made of curves. Near misses on the corpora
# (real, real2: 1,128 pages): SEI brasões (1-14 such paths), the DOE-RJ's and BH's logos and headings
# (6-88 paths, 6,000-17,000 characters): all have far more characters than outline shapes.
GLYPH_MIN_H, GLYPH_MAX_H = 2.5, 30.0
# A table ruling is a path less than RULING_THIN thick, more than RULING_WIDE long (horizontal) or RULING_TALL high
# (vertical); a path wider and taller than those is a bordered cell drawn as a rectangle (two of each).
RULING_THIN, RULING_WIDE, RULING_TALL = 2.5, 15.0, 8.0
_PATH_LIMITS = (GLYPH_MIN_H, GLYPH_MAX_H, RULING_THIN, RULING_WIDE, RULING_TALL)  # pdfium_calls.page_objects
OUTLINE_MIN_SHAPES = 100  # fewer outline shapes are a logo or a brasão, whatever the text layer
OUTLINE_CELL = (20.0, 12.0)  # points: the grid on which outline shapes must spread (not one emblem)
OUTLINE_MIN_CELLS = 60
OUTLINE_MIN_SEGMENTS = 8  # mean segments per shape: curves of letters (a ruled box has 4-5)
MAX_FORM_PATHS = 30000  # path objects looked at inside a page's form XObjects
FORM_WALK_CHARS = 1000  # the paths inside forms are counted only on a page with fewer characters
# Letters and words stand in rows: a glyph's (or a word's) outline shares its baseline with the next one, close beside
# it. The share of outline shapes with a neighbour on their baseline (bottoms within 0.5 pt) less than
# ``OUTLINE_ROW_GAP`` heights away: DOM Salvador 6393, 6770, 7057 0.76, 0.59, 0.95; a vector map or chart of small
# curved shapes (lakes, blocks, markers) over a short legend, 0.03-0.28 (400-5,000 shapes scattered: review26)
OUTLINE_ROW_GAP = 1.5
OUTLINE_MIN_IN_ROWS = 0.45


def _scan_images(
    page: pdfium.PdfPage, geo: _Geometry, words: list[Word]
) -> tuple[list[tuple[str, float, bool]], bool, bool]:
    """Large images as (signature, share of the page, has almost no text over it), whether the
    page has table rulings (three thin horizontal and three thin vertical paths at least), and
    whether its text is drawn as outlines with (almost) no text layer (:func:`_outline_text`).

    The signature (pixel size and data length) lets the layout stage tell a letterhead drawn
    behind every page of a gazette (the same image on each page) from a scanned page body."""
    n = pdfium_c.FPDFPage_CountObjects(page.raw)
    n_chars = sum(map(len, map(_TEXT, words)))
    if n > MAX_WALKED_OBJECTS:
        # only a page with fewer characters than objects can be outlined text (an SEI page draws a text
        # object per few characters); its paths are walked for that alone
        return [], True, n_chars < n and _outline_text(page, n_chars)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    pw, ph = ctypes.c_uint(), ctypes.c_uint()
    page_area = max(geo.width * geo.height, 1.0)
    found = []
    get_bounds, typed_object, raw = pdfium_c.FPDFPageObj_GetBounds, pdfium_c.FPDFPage_GetObject, page.raw
    # the text objects (thousands on an SEI page) are skipped, the paths counted, in bulk: thin horizontal and
    # thin vertical ones (table rulings), and those of a glyph's height (outlined text; _outline_text looks closer)
    others, (horizontal, vertical, shapes) = page_objects(raw, _PATH_LIMITS)
    for k, kind in others:
        obj = typed_object(raw, k)  # a typed handle for the calls below
        image = obj
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if n_chars < FORM_WALK_CHARS:  # outlines wrapped in a form XObject (a page printed to PDF)
                for o in _form_paths(obj):
                    if get_bounds(o, *refs) and GLYPH_MIN_H <= top.value - bottom.value <= GLYPH_MAX_H:
                        shapes += 1
            # a scanned body is often wrapped in (nested) form XObjects: look inside
            image = _first_image_in_form(obj)
            if image is None:
                continue
        elif kind != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        x0, y0, x1, y1 = geo.box(left.value, top.value, right.value, bottom.value)
        area = max(0.0, x1 - x0) * max(0.0, y1 - y0)
        if area < 0.1 * page_area:
            continue
        chars_over = sum(
            len(w.text) for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.top + w.bottom) / 2 <= y1
        )
        pdfium_c.FPDFImageObj_GetImagePixelSize(image, ctypes.byref(pw), ctypes.byref(ph))
        size = pdfium_c.FPDFImageObj_GetImageDataRaw(image, None, 0)
        bare = chars_over / (area / 1000.0) < _SCAN_TEXT_DENSITY
        found.append((f"{pw.value}x{ph.value}:{size}", min(area / page_area, 1.0), bare))
    ruled = horizontal >= MIN_RULINGS and vertical >= MIN_RULINGS
    # the outline walk only where glyph shapes outnumber the characters (never on a page with a text layer)
    outlined = shapes >= OUTLINE_MIN_SHAPES and n_chars < shapes and _outline_text(page, n_chars)
    return found, ruled, outlined


PATH, FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM


def _form_paths(form, depth: int = 0, budget: list[int] | None = None) -> Iterator:
    """The path objects inside a form XObject and the forms nested in it (three levels, ``MAX_FORM_PATHS``)."""
    budget = [MAX_FORM_PATHS] if budget is None else budget
    if depth > 3:
        return
    for j in range(pdfium_c.FPDFFormObj_CountObjects(form)):
        if budget[0] <= 0:
            return
        o = pdfium_c.FPDFFormObj_GetObject(form, j)
        kind = pdfium_c.FPDFPageObj_GetType(o)
        if kind == PATH:
            budget[0] -= 1
            yield o
        elif kind == FORM:
            yield from _form_paths(o, depth + 1, budget)


def _page_paths(raw) -> Iterator:
    """The page's path objects, those inside its form XObjects included."""
    budget = [MAX_FORM_PATHS]
    for k, kind in object_kinds(raw, pdfium_c.FPDF_PAGEOBJ_TEXT):
        if kind == PATH:
            yield pdfium_c.FPDFPage_GetObject(raw, k)
        elif kind == FORM:
            yield from _form_paths(pdfium_c.FPDFPage_GetObject(raw, k), 0, budget)


def _outline_text(page: pdfium.PdfPage, n_chars: int) -> bool:
    """Whether the page's text is drawn as outlines: at least ``OUTLINE_MIN_SHAPES`` path objects of a
    glyph's or a word's height made of curves (``OUTLINE_MIN_SEGMENTS`` segments on average), spread over
    ``OUTLINE_MIN_CELLS`` cells of the page (not one emblem), more of them than characters, and standing in rows as
    letters do (``OUTLINE_MIN_IN_ROWS``: not a vector map's scattered shapes)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    get_bounds, raw = pdfium_c.FPDFPageObj_GetBounds, page.raw
    count_segments = pdfium_c.FPDFPath_CountSegments
    cw, ch = OUTLINE_CELL
    shapes = segments = 0
    cells = set()
    rows: dict[int, list[tuple[float, float, float]]] = {}
    for obj in _page_paths(raw):
        if not get_bounds(obj, *refs):
            continue
        h = top.value - bottom.value
        if not GLYPH_MIN_H <= h <= GLYPH_MAX_H:
            continue
        m = count_segments(obj)
        if m < OUTLINE_MIN_SEGMENTS:  # a ruling, a box, a dot
            continue
        shapes += 1
        segments += m
        cells.add((int(left.value // cw), int(bottom.value // ch)))
        rows.setdefault(round(bottom.value * 2), []).append((left.value, right.value, h))
    return (
        shapes >= OUTLINE_MIN_SHAPES
        and n_chars < shapes
        and len(cells) >= OUTLINE_MIN_CELLS
        and segments >= OUTLINE_MIN_SEGMENTS * shapes
        and _in_rows(rows) >= OUTLINE_MIN_IN_ROWS * shapes
    )


def _in_rows(rows: dict[int, list[tuple[float, float, float]]]) -> int:
    """How many shapes (x0, x1, height, by baseline) have a neighbour on their baseline within ``OUTLINE_ROW_GAP``
    of their height."""
    n = 0
    for row in rows.values():
        row.sort()
        for i, (x0, x1, h) in enumerate(row):
            gap = OUTLINE_ROW_GAP * h
            n += (i > 0 and x0 - row[i - 1][1] <= gap) or (i + 1 < len(row) and row[i + 1][0] - x1 <= gap)
    return n


def open_pdf(path: str | os.PathLike | Path) -> PdfFile:
    return PdfFile(path)
