"""Words → lines: words on one baseline, close enough to belong to one column."""

from __future__ import annotations

from .types import Line, Word

# Two words drawn one after the other on one baseline are one line when the gap between them
# is at most this many character heights … the PDF drew them in one run with no line break: a justified heading spreads its
# words wider than that, and a run that crosses a gutter is rare.
MAX_RUN_GAP = 3.0
# Pieces the PDF drew apart on one baseline are joined back when closer than this: a word space,
# not the padding between two table cells.
MAX_PIECE_GAP = 0.6
# Baselines closer than this share of the character height are one baseline.
BASELINE_TOLERANCE = 0.3


def _same_row(a: Line | Word, b: Line | Word) -> bool:
    h = max(a.size, b.size, 0.1)
    return abs(a.bottom - b.bottom) <= BASELINE_TOLERANCE * h


def build_lines(words: list[Word]) -> list[Line]:
    """Group horizontal words into lines: first in the PDF's drawing order, then by position."""
    pieces: list[Line] = []
    cur: list[Word] = []
    for w in words:
        if cur:
            last = cur[-1]
            h = max(last.size, w.size, 0.1)
            gap = w.x0 - last.x1
            if (
                not w.new_line
                and abs(w.bottom - last.bottom) <= BASELINE_TOLERANCE * h
                and -0.25 * h <= gap <= MAX_RUN_GAP * h
            ):
                cur.append(w)
                continue
            pieces.append(Line(cur))
        cur = [w]
    if cur:
        pieces.append(Line(cur))
    return [_join_letterspaced(line) for line in _merge_rows(pieces)]


def _merge_rows(pieces: list[Line]) -> list[Line]:
    """Join pieces of one line that the PDF drew apart (e.g. a bold word in its own text object)."""
    if len(pieces) < 2:
        return pieces
    pieces = sorted(pieces, key=lambda p: (p.bottom, p.x0))
    rows: list[list[Line]] = []
    for p in pieces:
        if rows and _same_row(rows[-1][0], p):
            rows[-1].append(p)
        else:
            rows.append([p])
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        merged = row[0]
        for p in row[1:]:
            h = max(merged.size, p.size, 0.1)
            if -0.25 * h <= p.x0 - merged.x1 <= MAX_PIECE_GAP * h:
                merged = Line(merged.words + p.words)
            else:
                out.append(merged)
                merged = p
        out.append(merged)
    return out


def _join_letterspaced(line: Line) -> Line:
    """``ES P EC I A L I Z A DA`` (tracked capitals cut by the PDF engine) → ``ESPECIALIZADA``."""
    ws = line.words
    if len(ws) < 4:
        return line

    def tiny_caps(w: Word) -> bool:
        return len(w.text) <= 2 and w.text.isalpha() and w.text.isupper()

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
                )
            )
            changed = True
            i = j
        else:
            out.append(ws[i])
            i += 1
    return Line(out) if changed else line
