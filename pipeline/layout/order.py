"""Lines → blocks in reading order, by recursive cuts along column gutters.

A region is cut into columns at vertical white gutters found among its *narrow* lines; a line
that crosses a gutter (a full-width title, a table row, a wide act heading) cuts the region into
horizontal bands instead, read top to bottom, each band cut again. So a three-column DOU page is
read column by column, and a full-width title between two three-column bands stays in place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from operator import attrgetter
from statistics import median

from seidou.layout.types import Line

_X0, _X1, _TOP, _BOTTOM = attrgetter("x0"), attrgetter("x1"), attrgetter("top"), attrgetter("bottom")
# A gutter is at least this many median character heights wide …
MIN_GUTTER = 0.9
# … and lines narrower than this share of the region decide where gutters are.
NARROW_SHARE = 0.55
MAX_DEPTH = 12
# A white band across a whole region at least this many character heights tall separates parts.
MIN_BAND_GAP = 0.9


def reading_order(
    lines: list[Line], page_width: float | None = None, titles_first: bool = False
) -> tuple[list[list[Line]], int]:
    """Return the blocks (lists of lines, top to bottom) in reading order and the page's number of
    text columns: the most side-by-side blocks each at least a fifth of the page wide (narrower
    ones are table columns). ``titles_first`` (OCR'd pages): a title alone in its row across a gutter cuts
    the region before the white bands do (see _cut)."""
    if not lines:
        return [], 0
    size = median(line.size for line in lines)
    width = page_width or (max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines))
    state = {"columns": 1, "min_width": 0.2 * width, "titles_first": titles_first}
    blocks = _cut(lines, size, state, 0)
    return [b for b in blocks if b], state["columns"]


def sort_rows(lines: list[Line]) -> list[Line]:
    """Top to bottom, and left to right within one baseline."""
    lines = sorted(lines, key=_BOTTOM)
    rows: list[list[Line]] = []
    for ln in lines:
        if rows:
            first = rows[-1][0]
            h = ln.size  # max(ln.size, first.size, 0.1), inline: this runs once per line of every region
            if first.size > h:
                h = first.size
            if 0.1 > h:
                h = 0.1
            if abs(first.bottom - ln.bottom) <= 0.3 * h:
                rows[-1].append(ln)
                continue
        rows.append([ln])
    return [ln for row in rows for ln in (sorted(row, key=_X0) if len(row) > 1 else row)]


def _gaps(spans: list[tuple[float, float]], lo: float, hi: float, min_gap: float) -> list[tuple[float, float]]:
    """White x-intervals of at least ``min_gap`` strictly inside [lo, hi] not covered by any span."""
    gaps = []
    reach = lo
    for a, b in sorted(spans):
        if a - reach >= min_gap and reach > lo:
            gaps.append((reach, a))
        if b > reach:  # max(reach, b)
            reach = b
    return [g for g in gaps if g[1] < hi]


def _is_gutter(g: tuple[float, float], lines: list[Line]) -> bool:
    """Real columns stand side by side: both sides hold lines over a shared stretch of the page."""
    mid = (g[0] + g[1]) / 2
    left = [ln for ln in lines if ln.x1 <= mid]
    if len(left) < 2:
        return False
    right = [ln for ln in lines if ln.x0 >= mid]
    if len(right) < 2:
        return False
    top = max(min([ln.top for ln in left]), min([ln.top for ln in right]))
    bottom = min(max([ln.bottom for ln in left]), max([ln.bottom for ln in right]))
    if bottom - top <= 0:
        return False
    # Both sides need lines inside the shared stretch.
    return _inside(left, top, bottom) >= 2 and _inside(right, top, bottom) >= 2


def _inside(lines: list[Line], top: float, bottom: float) -> int:
    n = 0
    for ln in lines:
        if ln.top >= top and ln.bottom <= bottom:
            n += 1
            if n == 2:
                break
    return n


def _cut(lines: list[Line], size: float, state: dict, depth: int) -> list[list[Line]]:
    """Cut a region, preferring in turn: clean column gutters, wide horizontal white gaps, and
    gutters crossed by a few lines (which then cut the region into bands)."""
    if len(lines) < 3 or depth >= MAX_DEPTH:
        return [sort_rows(lines)]
    lo = min(map(_X0, lines))
    hi = max(map(_X1, lines))
    narrow = [ln for ln in lines if ln.width < NARROW_SHARE * (hi - lo)]
    gutters = [g for g in _gaps([(ln.x0, ln.x1) for ln in narrow], lo, hi, MIN_GUTTER * size) if _is_gutter(g, narrow)]
    if gutters:
        mids = [(a + b) / 2 for a, b in gutters]
        spanning = [ln for ln in lines if any(ln.x0 < m < ln.x1 for m in mids)]
        if not spanning:
            return _columns(lines, mids, size, state, depth)
        return _bands(lines, spanning, size, state, depth)
    # (text-layer pages look for blocked gutters only after the bands, as before titles_first)
    blockers, probe = _blocked_gutter(narrow, lo, hi, size) if state["titles_first"] else (None, (0.0, 0.0))
    bands = _horizontal_bands(lines, size)
    if (
        blockers
        and all(_alone(b, lines) for b in blockers)
        and _only_blockers_cross(lines, blockers, probe)
        and not _rows_of_a_form(bands, blockers)
    ):
        # on an OCR'd page, titles across the columns, each alone in its row and nothing else across the gutter (no
        # wide line of one column): cut at them before the white bands, which would cut both columns at every shared
        # blank and read them band by band, interleaved (the OCR'd DOM Salvador 6.770 and 6.393 pages: "CONVÊNIOS"
        # centred over two columns of extratos). Not on text-layer pages, where the bands come first: the DOE-RJ
        # 2023-06-20 front page has "GOVERNO DO ESTADO" centred under two lists and a table after a white band, whose
        # cells would join the columns above it (row diff of 0.27). Not over a form's rows (see _rows_of_a_form)
        return _bands(lines, blockers, size, state, depth)
    if len(bands) > 1:
        out: list[list[Line]] = []
        for band in bands:
            out.extend(_cut(band, size, state, depth + 1))
        return out
    if blockers is None:
        blockers, _ = _blocked_gutter(narrow, lo, hi, size)
    if blockers:
        return _bands(lines, blockers, size, state, depth)
    return [sort_rows(lines)]


def _rows_of_a_form(bands: list[list[Line]], titles: list[Line]) -> bool:
    """Every white band but the titles' holds one row (its lines side by side): a scanned form's or a table's rows,
    "CNPJ:" beside its value, read row by row as the bands give them, not as two columns (review rev27a: a centred
    "DADOS CADASTRAIS" over label and value rows would read every label, then every value)."""
    ids = {id(t) for t in titles}
    rows = [[ln for ln in band if id(ln) not in ids] for band in bands]
    rows = [r for r in rows if r]
    return len(rows) >= 3 and all(max(ln.top for ln in r) < min(ln.bottom for ln in r) for r in rows)


def _only_blockers_cross(lines: list[Line], blockers: list[Line], probe: tuple[float, float]) -> bool:
    ids = {id(b) for b in blockers}
    return not any(ln.x0 < probe[1] and ln.x1 > probe[0] for ln in lines if id(ln) not in ids)


def _alone(line: Line, lines: list[Line]) -> bool:
    """No other line of the region beside it (overlapping its height): a title, not a cell of a row."""
    return not any(ln is not line and ln.top < line.bottom and ln.bottom > line.top for ln in lines)


def _columns(lines: list[Line], mids: list[float], size: float, state: dict, depth: int) -> list[list[Line]]:
    columns: list[list[Line]] = [[] for _ in range(len(mids) + 1)]
    # the column of a line: how many gutter middles (left to right) lie left of it or at its left edge
    ordered = all(m == m for m in mids)  # no NaN: bisection counts them
    for ln in lines:
        x0 = ln.x0
        columns[bisect_right(mids, x0) if ordered and x0 == x0 else sum(1 for m in mids if x0 >= m)].append(ln)
    wide = sum(
        1 for col in columns if col and max(ln.x1 for ln in col) - min(ln.x0 for ln in col) >= state["min_width"]
    )
    state["columns"] = max(state["columns"], wide)
    out: list[list[Line]] = []
    for col in columns:
        out.extend(_cut(col, size, state, depth + 1))
    return out


def _horizontal_bands(lines: list[Line], size: float) -> list[list[Line]]:
    """Split at white horizontal gaps across the whole region taller than a blank line."""
    ordered = sorted(lines, key=_TOP)
    bands: list[list[Line]] = [[ordered[0]]]
    reach = ordered[0].bottom
    for ln in ordered[1:]:
        if ln.top - reach >= MIN_BAND_GAP * size:
            bands.append([ln])
        else:
            bands[-1].append(ln)
        if ln.bottom > reach:  # max(reach, ln.bottom)
            reach = ln.bottom
    return bands


def _blocked_gutter(narrow: list[Line], lo: float, hi: float, size: float) -> tuple[list[Line], tuple[float, float]]:
    """Lines that alone stand in the way of a gutter (centred titles over a two-column table), and the gutter's
    probe (x, x + width)."""
    if len(narrow) < 6:
        return [], (0.0, 0.0)
    allowance = max(2, len(narrow) // 20)
    # at most ~400 probes: a damaged file can put a word a million points off the page
    step = max(size / 2, 1.0, (hi - lo) / 400)
    width = MIN_GUTTER * size
    # lines in the way of a probe [x, x + width]: all but those right of it (x0 ≥ x + width) and those
    # left of it (x1 ≤ x) — counted by bisection, listed only for the probes that may win
    x0s = sorted(ln.x0 for ln in narrow)
    x1s = sorted(ln.x1 for ln in narrow)
    n = len(narrow)
    x = lo + step
    best: list[Line] | None = None
    where = (0.0, 0.0)
    while x + width < hi:
        if n - (n - bisect_left(x0s, x + width)) - bisect_right(x1s, x) > allowance:
            x += step
            continue
        blocking = [ln for ln in narrow if ln.x0 < x + width and ln.x1 > x]
        # a probe wins with fewer lines in its way than the best so far: the gutter test (a pass over the lines)
        # only for one that can
        if len(blocking) <= allowance and (best is None or len(blocking) < len(best)):
            rest = [ln for ln in narrow if not (ln.x0 < x + width and ln.x1 > x)]
            if _is_gutter((x, x + width), rest):
                best, where = blocking, (x, x + width)
        x += step
    return best or [], where


def _bands(lines: list[Line], spanning: list[Line], size: float, state: dict, depth: int) -> list[list[Line]]:
    """Cut a region at its spanning lines into bands read top to bottom."""
    span_ids = {id(ln) for ln in spanning}
    ordered = sorted(lines, key=_TOP)
    groups: list[tuple[bool, list[Line]]] = []
    for ln in ordered:
        is_span = id(ln) in span_ids
        if groups and groups[-1][0] == is_span:
            groups[-1][1].append(ln)
        else:
            groups.append((is_span, [ln]))
    out: list[list[Line]] = []
    for is_span, group in groups:
        if is_span or len(group) == len(lines):
            out.append(sort_rows(group))
        else:
            out.extend(_cut(group, size, state, depth + 1))
    return out
