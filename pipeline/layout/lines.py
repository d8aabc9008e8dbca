"""Words → lines: words on one baseline, close enough to belong to one column."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right

from operator import attrgetter

from seidou.io.pdfium_calls import line_runs, new_lines
from seidou.layout.types import Line, Word

_X0, _BOTTOM_X0 = attrgetter("x0"), attrgetter("bottom", "x0")

# Two words drawn one after the other on one baseline are one line when the gap between them
# is at most this many character heights … the PDF drew them in one run with no line break: a justified heading spreads its
# words wider than that, and a run that crosses a gutter is rare.
MAX_RUN_GAP = 3.0
# Pieces the PDF drew apart on one baseline are joined back when closer than this: a word space,
# not the padding between two table cells.
MAX_PIECE_GAP = 0.6
# Baselines closer than this share of the character height are one baseline.
BASELINE_TOLERANCE = 0.3


def build_lines(words: list[Word]) -> list[Line]:
    """Group horizontal words into lines: first in the PDF's drawing order, then by position."""
    starts, marked_at = _runs(words)
    pieces = new_lines(Line, words, starts)
    lines = _merge_rows(pieces)
    lines = _attach_superscripts(lines)
    # words that touch the one drawn before them, or belong to a tracked word: only their lines are looked
    # at by _join_touching (a few pages in a hundred have any)
    if marked_at:
        marked = {id(words[k]) for k in marked_at}
        lines = [ln if marked.isdisjoint(map(id, ln.words)) else _join_touching(ln) for ln in lines]
    return [_join_letterspaced(line) for line in lines]


# Two words whose boxes touch (a gap within this band of the character height) are one word the PDF
# engine cut with a space it then drew back: a space glyph followed by a kerning move of the same
# width ("LT D A", "2 0 11 0 7 8 5 0", "FA N TA": DOU 2014-2017 and DODF 2020 typesetting; "Tr a n s"
# in the DOE-RJ 2023). A real word space is at least 0.08 of the height (0.2-0.3 in body text).
TOUCH_MIN, TOUCH_MAX = -0.04, 0.015
# A word space on the same line (at least this share of the height) shows its character boxes are
# true; without one, only runs of short pieces are joined (the DODF draws some names in boxes wider
# than their glyphs, where "DO EGITO" touches: long pieces, not a cut word).
SPACE_SEEN = 0.06
# A tracked word (letters set apart: Word.tracking) cut by PDFium at one of its letter gaps: the gap
# between the pieces is the word's own letter spacing, within this share of it, where the spaces
# between its words are twice as wide or more ("CORRE[0.59]NTINA", "DIA[0.59]S[1.39]D’ÁVILA", "SA NTA NA":
# DOE-BA 2020 municipal headings). A geometric grammar (the gap measured against the word's own letter spacing),
# not a publisher's words; restricted to a cut between two letters: the probe over the old corpus found it firing
# only on digit rows of DOU 2017 bar-code and table cells ("2198 7 6 5 43" → "21987 6 5 43"), where the pieces are
# numbers set apart, not a tracked word.
TRACKING_MATCH = 0.25


_LIMITS = array("d", (TOUCH_MIN, TOUCH_MAX, BASELINE_TOLERANCE, MAX_RUN_GAP))


def _runs(words: list[Word]) -> tuple[list[int], list[int]]:
    """Where the runs of words drawn one after the other on one baseline start (a word goes on with the run before
    it when it starts no PDFium line, stands on its baseline and follows it within ``MAX_RUN_GAP``), and the words
    that touch the one before them or either is tracked (marked). In C where the extension is built (the hot loop
    of the layout); this loop otherwise, or where the words are not plain (``pdfium_calls.line_runs``)."""
    fast = line_runs(words, _LIMITS)
    if fast is not None:
        return fast
    starts: list[int] = []
    marked: list[int] = []
    last = None
    touch_min, touch_max, tolerance, run_gap = TOUCH_MIN, TOUCH_MAX, BASELINE_TOLERANCE, MAX_RUN_GAP  # (hot loop)
    for k, w in enumerate(words):
        if last is not None:
            h = last.size if last.size > w.size else w.size
            if h < 0.1:
                h = 0.1
            gap = w.x0 - last.x1
            if (gap <= touch_max * h and gap >= touch_min * h) or w.tracking or last.tracking:
                marked.append(k)
            if not w.new_line and abs(w.bottom - last.bottom) <= tolerance * h and -0.25 * h <= gap <= run_gap * h:
                last = w
                continue
        starts.append(k)
        last = w
    return starts, marked


def _join_touching(line: Line) -> Line:
    ws = line.words
    n = len(ws)
    if n < 2:
        return line
    touch = [False] * (n - 1)
    any_touch = spaced = False
    for k in range(n - 1):
        a, b = ws[k], ws[k + 1]
        h = a.size if a.size > b.size else b.size
        g = b.x0 - a.x1
        if TOUCH_MIN * h <= g <= TOUCH_MAX * h:
            touch[k] = any_touch = True
        elif g >= SPACE_SEEN * h:
            spaced = True
            t = a.tracking if a.tracking > b.tracking else b.tracking
            if t and abs(g - t * h) <= TRACKING_MATCH * t * h and a.text[-1:].isalpha() and b.text[:1].isalpha():
                touch[k] = any_touch = True
    if not any_touch:
        return line
    if not spaced and sum(len(w.text) for w in ws) > 2.5 * n:
        return line
    out: list[Word] = []
    run = [ws[0]]
    for k in range(1, n):
        if touch[k - 1]:
            run.append(ws[k])
        else:
            out.append(_glue(run))
            run = [ws[k]]
    out.append(_glue(run))
    return Line(out)


def _glue(run: list[Word]) -> Word:
    if len(run) == 1:
        return run[0]
    first, last = run[0], run[-1]
    return Word(
        "".join(w.text for w in run),
        first.x0,
        min(w.top for w in run),
        last.x1,
        max(w.bottom for w in run),
        max(w.size for w in run),
        last.soft_hyphen,
        first.rotated,
        first.new_line,
        first.bold,
        first.tracking,
        first.ocr,
    )


# A piece this much smaller than the line beside it, riding inside its height, is a superscript:
# the raised "o" of "Nº" in the 2014 DOU (drawn as "N" + small "o" + a small underline "-").
SUPERSCRIPT_SIZE = 0.75
_ORDINALS = {"o": "º", "a": "ª"}


def _attach_superscripts(lines: list[Line]) -> list[Line]:
    if not lines:
        return lines
    biggest = max(ln.size for ln in lines)
    small = [ln for ln in lines if len(ln.text) <= 3 and ln.size <= SUPERSCRIPT_SIZE * biggest]
    if not small:
        return lines

    # a host holds the tiny piece's middle: its bottom lies in [mid, mid + reach] — look only there
    def index():
        order = sorted(range(len(lines)), key=lambda k: lines[k].bottom)
        return order, [lines[k].bottom for k in order], max(ln.bottom - ln.top + 0.2 * ln.size for ln in lines)

    by_bottom, bottoms, reach = index()
    absorbed: set[int] = set()
    for tiny in small:
        mid = (tiny.top + tiny.bottom) / 2
        best = None
        near = sorted(by_bottom[bisect_left(bottoms, mid) : bisect_right(bottoms, mid + reach)])
        for host in (lines[k] for k in near):  # in line order, as ties are broken by it
            if host is tiny or id(host) in absorbed or tiny.size > SUPERSCRIPT_SIZE * host.size:
                continue
            if not (host.top - 0.2 * host.size <= mid <= host.bottom):
                continue
            gap = max(host.x0 - tiny.x1, tiny.x0 - host.x1, 0.0)
            if gap <= 0.5 * host.size and (best is None or gap < best[0]):
                best = (gap, host)
        if best is None:
            continue
        host = best[1]
        absorbed.add(id(tiny))
        words = list(host.words)
        for w in tiny.words:
            if w.text == "-" and any(
                x.x0 < w.x1 and w.x0 < x.x1 and x.text.endswith(tuple(_ORDINALS.values())) for x in words
            ):
                continue  # the underline of a raised ordinal
            left = max((x for x in words if x.x0 < w.x0), key=lambda x: x.x0, default=None)
            if left is not None and w.x0 - left.x1 < 0.3 * host.size and w.text in _ORDINALS:
                words[words.index(left)] = Word(
                    left.text + _ORDINALS[w.text],
                    left.x0,
                    left.top,
                    w.x1,
                    left.bottom,
                    left.size,
                    left.soft_hyphen,
                    left.rotated,
                    left.new_line,
                    left.bold,
                    ocr=left.ocr,
                )
            else:
                words.append(w)
        grown = (host.top, host.bottom, host.size)
        host.words = sorted(words, key=_X0)
        host.refresh()
        if (host.top, host.bottom, host.size) != grown:  # the index reads those alone: a piece riding inside
            by_bottom, bottoms, reach = index()  # its host (most) leaves it as it was
    kept = [ln for ln in lines if id(ln) not in absorbed]
    return _merge_rows(kept) if absorbed else kept


def _merge_rows(pieces: list[Line]) -> list[Line]:
    """Join pieces of one line that the PDF drew apart (e.g. a bold word in its own text object)."""
    if len(pieces) < 2:
        return pieces
    pieces = sorted(pieces, key=_BOTTOM_X0)
    rows: list[list[Line]] = []
    for p in pieces:
        if rows:
            first = rows[-1][0]
            h = first.size  # on one baseline with the row's first piece (max(sizes, 0.1), inline: hot)
            if p.size > h:
                h = p.size
            if 0.1 > h:
                h = 0.1
            if abs(first.bottom - p.bottom) <= BASELINE_TOLERANCE * h:
                rows[-1].append(p)
                continue
        rows.append([p])
    out: list[Line] = []
    for row in rows:
        if len(row) == 1:
            out.append(row[0])
            continue
        row.sort(key=_X0)
        group = [row[0]]
        right, size = row[0].x1, row[0].size
        for p in row[1:]:
            h = max(size, p.size, 0.1)
            if -0.25 * h <= p.x0 - right <= MAX_PIECE_GAP * h:
                group.append(p)
            else:
                out.append(_joined(group))
                group = [p]
            right, size = max(right, p.x1), max(size, p.size)
        out.append(_joined(group))
    return out


def _joined(group: list[Line]) -> Line:
    return group[0] if len(group) == 1 else Line([w for p in group for w in p.words])


def _join_letterspaced(line: Line) -> Line:
    """``ES P EC I A L I Z A DA`` (tracked capitals cut by the PDF engine) → ``ESPECIALIZADA``."""
    ws = line.words

    def tiny_caps(w: Word) -> bool:
        return len(w.text) <= 2 and w.text.isalpha() and w.text.isupper()

    # a run needs four tiny capitals: most lines ("de", "a", "o" in lower case) stop here
    if len(ws) < 4 or sum(1 for w in ws if len(w.text) <= 2 and w.text.isupper()) < 4:
        return line

    out: list[Word] = []
    i = 0
    changed = False
    while i < len(ws):
        j = i
        while j < len(ws) and tiny_caps(ws[j]) and (j == i or ws[j].x0 - ws[j - 1].x1 <= 0.6 * ws[j].size):
            j += 1
        if j - i >= 4:
            run = ws[i:j]
            out.append(
                Word(
                    "".join(w.text for w in run),
                    run[0].x0,
                    min(w.top for w in run),
                    run[-1].x1,
                    max(w.bottom for w in run),
                    max(w.size for w in run),
                    bold=run[0].bold,
                    ocr=run[0].ocr,
                )
            )
            changed = True
            i = j
        else:
            out.append(ws[i])
            i += 1
    return Line(out) if changed else line
