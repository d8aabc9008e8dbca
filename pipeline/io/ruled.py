"""Ruled tables from PDFium: the page's drawn lines and rectangles become edges, pdfplumber's own
table steps (edges → intersections → cells → tables, MIT) find the tables, and the cells take their
text from the words the reader already measured. No page is parsed a second time by pdfminer.

The edges follow pdfplumber's reading of a page's paths (pdfminer's ``paint_path``): every subpath
is the list of its end points (a Bézier curve counts by its end point, a closed subpath comes back
to its start), and every pair of consecutive points on one vertical or horizontal line is an edge,
whatever the path's paint (a filled cell background gives its four sides, as in pdfplumber). Paths
inside form XObjects count, through the form's matrix.

A word that crosses a cell border (PDFium joined two cells' characters) is cut where its
characters' middles fall. The table's rows and columns are pdfplumber's, on its snapped lines, but a
character is in a cell by the lines as drawn (:class:`Rulings`): pdfplumber's snapping can move a
border a few points off its line, and a letter beside the line into the neighbouring cell.
"""

from __future__ import annotations

import ctypes
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from operator import itemgetter
from dataclasses import dataclass

import numpy as np
import pdfplumber
import pypdfium2.raw as pdfium_c
from pdfplumber.table import DEFAULT_JOIN_TOLERANCE, DEFAULT_SNAP_TOLERANCE, Table


from seidou.io import pdfium_calls
from seidou.io.pdfium_calls import PATHS_BULK, object_kinds
from seidou.layout.types import PageLayout, Word
from seidou.versions import tag

VERSION = 3  # 2: a word across cells cut at its characters, in every overlapping cell, no watermark letters;
# 3: characters in a cell by its drawn lines, not pdfplumber's snapped ones
EXTRACTOR = tag("seidou.io.ruled", VERSION, f"pdfplumber-{pdfplumber.__version__}")

# pdfplumber's defaults for find_tables() (TableSettings): the reference engine
EDGE_MIN_LENGTH_PREFILTER = 1.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0
# Points closer than this on one axis are on one line. pdfminer compares exactly; PDFium's
# single-precision matrices move a point by ~1e-4.
AXIS_EPS = 0.01
# Form XObjects nested deeper than this are not entered (a loop in a damaged file).
MAX_FORM_DEPTH = 4


@dataclass(slots=True)
class RuledCell:
    table_no: int  # 1-based within the page, top to bottom
    row: int
    col: int
    text: str
    box: tuple[float, float, float, float]  # pdfplumber's (its snapped lines)
    drawn: tuple[float, float, float, float] | None = None  # where its characters were taken: Rulings.box


# --- PDFium paths → edges ---------------------------------------------------------------------


def _lean_path_calls():
    """Prototypes of the per-segment calls with ``void *`` arguments (pypdfium2's typed bindings
    check and convert pointers on every call: a page of vector-drawn text has 150,000 points)."""
    try:
        from pypdfium2_raw import bindings

        lib = bindings._libs["pdfium"]
        vp, i, P = ctypes.c_void_p, ctypes.c_int, ctypes.CFUNCTYPE
        return (
            P(i, vp)(("FPDFPath_CountSegments", lib)),
            P(vp, vp, i)(("FPDFPath_GetPathSegment", lib)),
            P(i, vp, vp, vp)(("FPDFPathSegment_GetPoint", lib)),
            P(i, vp)(("FPDFPathSegment_GetType", lib)),
            P(i, vp)(("FPDFPathSegment_GetClose", lib)),
        )
    except Exception:  # noqa: BLE001 - another build of the bindings: use them as they are
        return None


_LEAN = _lean_path_calls()


class _Calls:
    """The path calls (lean prototypes where they load), with reused out-parameters."""

    def __init__(self) -> None:
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.m = pdfium_c.FS_MATRIX()
        self.rm = ctypes.byref(self.m)
        if _LEAN:
            self.count, self.segment, self.point, self.kind, self.close = _LEAN
            self.rx, self.ry = ctypes.addressof(self.x), ctypes.addressof(self.y)
            self.handle = lambda obj: ctypes.cast(obj, ctypes.c_void_p).value  # noqa: E731
        else:
            self.count, self.segment = pdfium_c.FPDFPath_CountSegments, pdfium_c.FPDFPath_GetPathSegment
            self.point, self.kind = pdfium_c.FPDFPathSegment_GetPoint, pdfium_c.FPDFPathSegment_GetType
            self.close = pdfium_c.FPDFPathSegment_GetClose
            self.rx, self.ry = ctypes.byref(self.x), ctypes.byref(self.y)
            self.handle = lambda obj: obj  # noqa: E731

    def matrix(self, obj) -> tuple[float, float, float, float, float, float]:
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, self.rm):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        m = self.m
        return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(path, calls: _Calls, m: tuple) -> Iterator[list[tuple[float, float]]]:
    """The end points of each subpath of a path object, through the matrix ``m``."""
    a, b, c, d, e, f = m
    get_segment, get_point, get_type, get_close = calls.segment, calls.point, calls.kind, calls.close
    MOVETO, BEZIERTO = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
    x, y, rx, ry = calls.x, calls.y, calls.rx, calls.ry
    path = calls.handle(path)
    pts: list[tuple[float, float]] = []
    bezier = 0
    for k in range(calls.count(path)):
        seg = get_segment(path, k)
        if not seg or not get_point(seg, rx, ry):
            continue
        kind = get_type(seg)
        if kind == BEZIERTO:
            bezier += 1
            if bezier % 3:  # the two control points of a curve: pdfminer keeps the end point only
                continue
        else:
            bezier = 0
        p = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == MOVETO:
            if len(pts) > 1:
                yield pts
            pts = [p]
        else:
            if not pts:
                pts = [p]
                continue
            pts.append(p)
        if get_close(seg) and pts and pts[-1] != pts[0]:
            pts.append(pts[0])
    if len(pts) > 1:
        yield pts


def _objects(container, count, get, calls: _Calls, outer: tuple | None, depth: int) -> Iterator[tuple]:
    """(path object, its matrix to page space) for the paths of a page or form, forms entered."""
    PATH, FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for k in range(count(container)):
        obj = get(container, k)
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == PATH:
            m = calls.matrix(obj)
            yield obj, (m if outer is None else _compose(m, outer))
        elif kind == FORM and depth < MAX_FORM_DEPTH:
            m = calls.matrix(obj)
            m = m if outer is None else _compose(m, outer)
            yield from _objects(
                obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, calls, m, depth + 1
            )


def _page_paths(page_raw, calls: _Calls) -> Iterator[tuple]:
    """The path objects of a page (and of its forms) with their matrices; text objects are skipped
    in bulk (thousands on an SEI page)."""
    PATH, FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for k, kind in object_kinds(page_raw, pdfium_c.FPDF_PAGEOBJ_TEXT):
        if kind not in (PATH, FORM):
            continue
        obj = pdfium_c.FPDFPage_GetObject(page_raw, k)
        m = calls.matrix(obj)
        if kind == PATH:
            yield obj, m
        else:
            yield from _objects(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, calls, m, 1)


def _geometry(page) -> tuple:
    """(rotation, x0, y0, x1, y1) of the crop box, as pipeline.io.pdf reads it (display_box's form)."""
    x0, y0, x1, y1 = pdfium_calls.page_box(page)
    return (page.get_rotation() % 360, x0, y0, x1, y1)


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def _display(geo: tuple) -> tuple:
    """The affine map of page space (y up) to display space (y down, from the crop box's top-left,
    rotation applied): display_box's formulas as a matrix, so each point costs one transform."""
    r, x0, y0, x1, y1 = geo
    if r == 0:
        return (1.0, 0.0, 0.0, -1.0, -x0, y1)
    if r == 90:
        return (0.0, 1.0, 1.0, 0.0, -y0, -x0)
    if r == 180:
        return (-1.0, 0.0, 0.0, 1.0, x1, -y0)
    return (0.0, -1.0, -1.0, 0.0, y1, x1)


def page_edges(page, *, bulk: bool = True) -> list[dict]:
    """Every vertical or horizontal piece of the page's paths (a pypdfium2 ``PdfPage``), in display
    space (y down), as pdfplumber's edge dicts (x0, x1, top, bottom, width, height, orientation), at
    least ``EDGE_MIN_LENGTH_PREFILTER`` long. The segments are read in C when the extension is built
    (``bulk``; the Python loop below is the fallback and the reference: tests/io/test_ruled_bulk.py)."""
    display = _display(_geometry(page))
    if PATHS_BULK and bulk:
        flat = pdfium_calls.page_edges(page.raw, display, MAX_FORM_DEPTH, AXIS_EPS, EDGE_MIN_LENGTH_PREFILTER)
        return [
            _edge(flat[k], flat[k + 1], flat[k + 2], flat[k + 3], "v" if flat[k + 4] == 0.0 else "h")
            for k in range(0, len(flat), 5)
        ]
    calls = _Calls()
    out: list[dict] = []
    append = out.append
    eps, min_len = AXIS_EPS, EDGE_MIN_LENGTH_PREFILTER
    for path, m in _page_paths(page.raw, calls):
        for pts in _subpaths(path, calls, _compose(m, display)):
            ax, ay = pts[0]
            for bx, by in pts[1:]:
                if abs(ax - bx) <= eps:
                    top, bottom = (ay, by) if ay < by else (by, ay)
                    if bottom - top >= min_len:
                        append(_edge(ax, top, ax, bottom, "v"))
                elif abs(ay - by) <= eps:
                    x0, x1 = (ax, bx) if ax < bx else (bx, ax)
                    if x1 - x0 >= min_len:
                        append(_edge(x0, ay, x1, ay, "h"))
                ax, ay = bx, by
    return out


# --- edges → tables (pdfplumber's steps, its default settings) -------------------------------


def find_tables(edges: list[dict]) -> list[RuledTable]:
    """pdfplumber's ``lines`` strategy on given edges: merged (snapped and joined), the short ones
    dropped, then intersections, cells and tables. The tables have no page (``Table.rows`` and
    ``Table.bbox`` work; ``extract`` does not: see :func:`cell_texts`); each keeps where the lines
    its borders were snapped from are drawn (:class:`Rulings`)."""
    if not edges:
        return []
    snapped = snap_edges(edges, drawn=True)
    # merge_edges snaps, then joins: the same edges, snapped here (to keep each one's drawn position)
    merged = join_edges(snapped)
    kept = [e for e in merged if e["height" if e["orientation"] == "v" else "width"] >= EDGE_MIN_LENGTH]
    v = [e for e in kept if e["orientation"] == "v"]
    h = [e for e in kept if e["orientation"] == "h"]
    if not v or not h:
        return []
    intersections = edges_to_intersections(v, h)
    cells = intersections_to_cells(intersections)
    groups = cells_to_tables(cells)
    if not groups:
        return []
    rulings = Rulings(snapped)
    return [RuledTable(group, rulings) for group in groups]


def snap_edges(edges: list[dict], *, drawn: bool = False) -> list[dict]:
    """pdfplumber's ``snap_edges`` at its default tolerance, the same edges (new dicts) in the same
    order: the vertical ones by x, the horizontal ones by top, each cluster moved to its mean. ``drawn``:
    each new dict also says where its edge was drawn (``drawn``: its x or top before the move; the copy
    snapping makes anyway, not one more per edge)."""
    v = [e for e in edges if e["orientation"] == "v"]
    h = [e for e in edges if e["orientation"] == "h"]
    return _snapped(v, "x0", "x1", drawn) + _snapped(h, "top", "bottom", drawn)


def _snapped(edges: list[dict], attr: str, other: str, drawn: bool) -> list[dict]:
    """pdfplumber's ``snap_objects``: the positions (``attr``) clustered where each is within the
    tolerance of the one before (sorted), the edges grouped by cluster (keeping their order within
    one), each moved by the cluster's mean minus its position (both ``attr`` and ``other``: its
    ``move_object``, without rebuilding the dict from its items); its position before, as ``drawn``
    when asked."""
    values = sorted(set(e[attr] for e in edges))
    cluster: dict[float, int] = {}
    n, last = 0, None
    for x in values:
        if last is not None and not x <= last + DEFAULT_SNAP_TOLERANCE:
            n += 1
        cluster[x] = n
        last = x
    groups: list[list[dict]] = [[] for _ in range(n + 1)] if values else []
    for e in edges:
        groups[cluster[e[attr]]].append(e)
    out = []
    for group in groups:
        mean = sum(e[attr] for e in group) / len(group)
        for e in group:
            moved = dict(e)
            if drawn:
                moved["drawn"] = e[attr]
            shift = mean - e[attr]
            moved[attr] = e[attr] + shift
            moved[other] = e[other] + shift
            out.append(moved)
    return out


def join_edges(edges: list[dict]) -> list[dict]:
    """pdfplumber's ``merge_edges`` without snapping, at its default join tolerance, the same edges in
    the same order: grouped by line (horizontal ones first, by top; then vertical ones, by x), each
    group's edges by their start, one joined to the one before where it starts within the tolerance
    of its end (``join_edge_group``: the end moved, the length recomputed as pdfplumber does)."""
    groups: dict[tuple, list[dict]] = {}
    for e in sorted(edges, key=lambda e: ("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"])):
        groups.setdefault(("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"]), []).append(e)
    out = []
    for (orientation, _), group in groups.items():
        start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
        ordered = sorted(group, key=lambda e: e[start])
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[start] <= last[end] + DEFAULT_JOIN_TOLERANCE:
                if e[end] > last[end]:
                    joined[-1] = _extended(last, end, e[end])
            else:
                joined.append(e)
        out += joined
    return out


def _extended(edge: dict, end: str, value: float) -> dict:
    """pdfplumber's ``resize_object`` of an edge's end (``x1`` or ``bottom``)."""
    out = dict(edge)
    out[end] = value
    if end == "x1":
        out["width"] = value - edge["x0"]
    else:
        out["height"] = edge["height"] + (value - edge["bottom"])
    return out


def edges_to_intersections(v: list[dict], h: list[dict]) -> dict:
    """pdfplumber's ``edges_to_intersections`` at ``INTERSECTION_TOLERANCE`` on the vertical edges ``v``
    and horizontal ``h``, the same points with the same edges in the same order: each vertical edge
    (by x, then top) against the horizontal ones (by top, then x) whose top is near its span, found by
    bisection (a point of margin: pdfplumber's tests decide, on those)."""
    tol = INTERSECTION_TOLERANCE
    h_sorted = sorted(h, key=itemgetter("top", "x0"))
    tops = [e["top"] for e in h_sorted]
    out: dict = {}
    for ve in sorted(v, key=itemgetter("x0", "top")):
        x, top, bottom = ve["x0"], ve["top"], ve["bottom"]
        first, last = bisect_left(tops, top - tol - 1), bisect_right(tops, bottom + tol + 1)
        for he in h_sorted[first:last]:
            if top <= he["top"] + tol and bottom >= he["top"] - tol and x >= he["x0"] - tol and x <= he["x1"] + tol:
                vertex = (x, he["top"])
                found = out.get(vertex)
                if found is None:
                    found = out[vertex] = {"v": [], "h": []}
                found["v"].append(ve)
                found["h"].append(he)
    return out


# Drawn pieces this close together are one line (a rule drawn as a thin rectangle, or as two: 1.7 pt
# in an SEI-AL footer table).
LINE_WIDTH = 2.0
# The longest pieces of a line this many are looked through one by one, the others found by bisection
# on their start (no further back than the longest of them reaches).
LONG = 8


class Rulings:
    """Where the lines of a page are drawn, by the snapped line they were merged into. pdfplumber
    snaps every vertical edge of the page within 3 pt of another (chained) to their mean x, and every
    horizontal one to their mean top: a cell's border can lie a few points off its drawn line (a
    column line at 100 snapped with lines of other tables at 102 and 104), and a letter between the
    two falls into the neighbouring cell. A cell's characters are taken within its drawn borders
    (:meth:`box`), its cell box staying pdfplumber's."""

    def __init__(self, snapped: list[dict]):
        # snapped position -> [(drawn position, start, end)] of the pieces merged into that line
        self.v: dict[float, list[tuple[float, float, float]]] = {}
        self.h: dict[float, list[tuple[float, float, float]]] = {}
        for e in snapped:
            if e["orientation"] == "v":
                self.v.setdefault(e["x0"], []).append((e["drawn"], e["top"], e["bottom"]))
            else:
                self.h.setdefault(e["top"], []).append((e["drawn"], e["x0"], e["x1"]))
        self._memo: dict[tuple, float] = {}
        self._sorted: dict[tuple, tuple] = {}
        self._boxes: dict[tuple, tuple] = {}

    def _index(self, vertical: bool, at: float) -> tuple:
        """The pieces of the line at ``at``, once per line (an ENEM list's column line is 400 row pieces,
        with the table's border across all of them): the ``LONG`` longest apart, the others sorted by their
        start (with their longest length, so a stretch's pieces are found by bisection); per piece
        of those the farthest end of it and those before; the one drawn position of all of them, or
        None where they differ."""
        key = (vertical, at)
        index = self._sorted.get(key)
        if index is None:
            pieces = sorted((a, b, d) for d, a, b in (self.v if vertical else self.h).get(at, ()))
            by_length = sorted(pieces, key=lambda p: p[1] - p[0])
            long = sorted(by_length[-LONG:]) if len(pieces) > 2 * LONG else []
            short = sorted(by_length[:-LONG]) if long else pieces
            drawn = {d for _, _, d in pieces}
            index = self._sorted[key] = (
                [a for a, _, _ in short],
                short,
                max((b - a for a, b, _ in short), default=0.0),
                long,
                list(accumulate((b for _, b, _ in pieces), max)),
                [a for a, _, _ in pieces],
                next(iter(drawn)) if len(drawn) == 1 else None,
            )
        return index

    def line(self, vertical: bool, at: float, lo: float, hi: float) -> float:
        """Where the border snapped to ``at`` is drawn between ``lo`` and ``hi`` (along the line), or ``at``
        where no piece of its line covers that stretch:

        - the pieces that cover the border most count (at least half as much as the piece that covers it
          most: a short underline snapped into a cell's top border does not);
        - of those, the line nearest to ``at`` with the pieces within ``LINE_WIDTH`` of it (a rule drawn
          as a thin rectangle's two sides, or as two rectangles): their middle. pdfplumber's clusters
          chain (452.4, 455.5, 456.1, 456.9 and 459.5 snap to 456.4 on a DOU page, 4 pt off the row's
          line), and a row line of a table beside, merged with another's, can cover the cell too (4.7 pt
          on the other side of the nearest).

        Asked once per border (two cells side by side share one: the memo)."""
        key = (vertical, at, lo, hi)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._line(self._index(vertical, at), at, lo, hi)
        return found

    def _line(self, index: tuple, at: float, lo: float, hi: float) -> float:
        """:meth:`line` worked out. A line whose pieces are all drawn at one position is that position
        wherever a piece covers some of the stretch (a piece starting before ``hi`` ends after ``lo``).
        Otherwise the pieces over ``lo``-``hi`` are taken in the order of their (start, end, drawn position),
        as many as three and about two drawn positions a border on the DOU's tables: one pass over them for the
        length each covers, one for those that count, one for the nearest (the first of equals)."""
        starts, short, longest, long, ends, all_starts, single = index
        if single is not None:
            k = bisect_left(all_starts, hi)
            return single if k and ends[k - 1] > lo else at
        found = [p for p in short[bisect_left(starts, lo - longest) : bisect_left(starts, hi)] if p[1] > lo]
        if long:
            found += [p for p in long if p[0] < hi and p[1] > lo]
            found.sort()
        if not found:
            return at
        covers = [(hi if hi < b else b) - (lo if lo > a else a) for a, b, _ in found]  # min(b, hi) - max(a, lo)
        half = max(covers) / 2
        covering = [p[2] for p, cover in zip(found, covers) if cover > 0 and cover >= half]
        if not covering:
            return at
        nearest, off = covering[0], abs(covering[0] - at)
        for d in covering:
            if abs(d - at) < off:
                nearest, off = d, abs(d - at)
        drawn = [d for d in covering if abs(d - nearest) <= LINE_WIDTH]
        return (min(drawn) + max(drawn)) / 2

    def box(self, cell: tuple) -> tuple[float, float, float, float]:
        """The cell's box with its borders where they are drawn (the snapped box where those cross);
        asked twice per cell (its text, its row), worked out once."""
        found = self._boxes.get(cell)
        if found is None:
            found = self._boxes[cell] = self._box(cell)
        return found

    def _box(self, cell: tuple) -> tuple[float, float, float, float]:
        x0, top, x1, bottom = cell
        drawn = (
            self.line(True, x0, top, bottom),
            self.line(False, top, x0, x1),
            self.line(True, x1, top, bottom),
            self.line(False, bottom, x0, x1),
        )
        if drawn[0] >= drawn[2] or drawn[1] >= drawn[3]:
            return (x0, top, x1, bottom)
        return drawn


class RuledTable(Table):
    """pdfplumber's ``Table`` without a page, with the page's :class:`Rulings`."""

    def __init__(self, cells: list[tuple], rulings: Rulings | None = None):
        super().__init__(None, cells)
        self.rulings = rulings


_BBOX = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's obj_to_bbox of an edge


def intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's ``intersections_to_cells``, the same cells in the same order, without its quadratic
    costs: each point's edges are made a set of boxes once (pdfplumber rebuilds both sets on every test
    of two points: 360,000 tests on one DODF page), the points below and to the right of a point are
    its column's and its row's later points (pdfplumber scans every later point of the page for them),
    and those to its right that its row's lines reach are found once, not once per point below. Two
    points of one column connect by a vertical edge, of one row by a horizontal one (pdfplumber's
    ``edge_connects`` tests the other orientation only for points on both: the same point)."""
    points = sorted(intersections)
    v_of = {p: frozenset(map(_BBOX, d["v"])) for p, d in intersections.items()}
    h_of = {p: frozenset(map(_BBOX, d["h"])) for p, d in intersections.items()}
    columns: dict = {}
    rows: dict = {}
    for p in points:  # in (x, top) order: a column's points top to bottom, a row's left to right
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    place_in_column = {p: k for col in columns.values() for k, p in enumerate(col)}
    place_in_row = {p: k for row in rows.values() for k, p in enumerate(row)}

    cells = []
    for pt in points:
        below = columns[pt[0]][place_in_column[pt] + 1 :]
        v_pt = v_of[pt]
        right = None  # the later points of the row that pt's horizontal edges reach, found at need
        found = None
        for below_pt in below:
            if v_pt.isdisjoint(v_of[below_pt]):
                continue
            if right is None:
                h_pt = h_of[pt]
                right = [r for r in rows[pt[1]][place_in_row[pt] + 1 :] if not h_pt.isdisjoint(h_of[r])]
            h_below = h_of[below_pt]
            for right_pt in right:
                corner = (right_pt[0], below_pt[1])
                v_corner = v_of.get(corner)
                if (
                    v_corner is not None
                    and not v_corner.isdisjoint(v_of[right_pt])
                    and not h_of[corner].isdisjoint(h_below)
                ):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def cells_to_tables(cells: list[tuple]) -> list[list[tuple]]:
    """pdfplumber's ``cells_to_tables``, the same tables with their cells in the same order, without its
    quadratic costs. pdfplumber starts a table with the first cell left and sweeps the cells left in
    their order, again and again, taking each that shares a corner with the table so far, until a sweep
    takes none (every sweep goes over every cell left, and removes each taken from a list): a table is
    the cells linked to its first by shared corners, which are found first here (union-find); the sweeps
    then go over those cells only, which takes them in the same order."""
    corners = [((x0, top), (x0, bottom), (x1, top), (x1, bottom)) for x0, top, x1, bottom in cells]
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_at: dict = {}
    for i, four in enumerate(corners):
        for c in four:
            j = first_at.setdefault(c, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(cells)):
        groups.setdefault(root(i), []).append(i)
    tables = []
    for members in groups.values():  # by their first cell: the order pdfplumber starts them in
        first, *left = members
        taken = set(corners[first])
        table = [cells[first]]
        while left:
            still = []
            for i in left:
                if any(c in taken for c in corners[i]):
                    taken.update(corners[i])
                    table.append(cells[i])
                else:
                    still.append(i)
            left = still
        tables.append(table)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


# --- words → cell text -------------------------------------------------------------------------


def layout_words(page: PageLayout) -> list[Word]:
    """Every word of a laid-out page: body, header, footer and margin."""
    lines = [ln for block in page.blocks for ln in block]
    lines += page.header + page.footer + page.margin
    return [w for ln in lines for w in ln.words]


# A rotated word at least this thick both ways is diagonal (a watermark across the page: "COMERCIALIZAÇÃO
# PROIBIDA POR TERCEIROS" over the DOU 2014 tables), not a vertical header inside a cell.
DIAGONAL_MIN = 24.0


# A character whose middle is this close to a drawn line is on it, on neither side (the DOU's invisible
# 1-pt leader dots are set on the column lines): it goes by pdfplumber's snapped borders.
ON_LINE = 0.25


def _holds(area: tuple, hmid: float, vmid: float) -> bool:
    """pdfplumber's ``char_in_bbox`` with the cell's drawn borders: ``area`` is (drawn box, snapped box);
    a middle on a drawn line (``ON_LINE``) is tested with the snapped box."""
    drawn, snapped = area
    x0, top, x1, bottom = drawn
    if (
        abs(hmid - x0) < ON_LINE
        or abs(hmid - x1) < ON_LINE
        or abs(vmid - top) < ON_LINE
        or abs(vmid - bottom) < ON_LINE
    ):
        x0, top, x1, bottom = snapped
    return x0 <= hmid < x1 and top <= vmid < bottom


def _inside(w: Word, area: tuple) -> bool:
    """The word's middle in the cell and its box within it (half a point of slack)."""
    x0, _top, x1, _bottom = area[0]
    return _holds(area, (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) and w.x0 >= x0 - 0.5 and w.x1 <= x1 + 0.5


def _reach(cells: list[tuple]) -> list[tuple[float, float]]:
    """Per cell (a (drawn box, snapped box) pair): the stretch of x where :func:`_holds` can hold a
    middle, either box's (a word or a character is tested only against the cells it can be in)."""
    return [(min(d[0], s[0]), max(d[2], s[2])) for d, s in cells]


def _level(area: tuple, vmid: float) -> bool:
    """Whether a middle at ``vmid`` is within the cell's top and bottom, drawn or snapped (:func:`_holds`
    takes one or the other)."""
    drawn, snapped = area
    return min(drawn[1], snapped[1]) <= vmid < max(drawn[3], snapped[3])


def _pieces(w: Word, cells: list[tuple], centres=None, reach=None) -> Iterator[tuple[int, float, float, str]]:
    """(cell index, top, x0, text) of a word among a row's cells (each a (drawn box, snapped box)
    pair: :func:`_holds`; ``char_in_bbox`` of pdfplumber on
    the word's characters, taken as equally wide). A word inside cells that overlap (a merged cell
    drawn over its row's cells) is in each of them, as pdfplumber has a character in every cell that
    holds it. A rotated word is cell text only inside one cell and not diagonal: a watermark's letters
    are no cell's text (pdfplumber keeps those its cells cover: the rendered page shows them over the
    table, the table's text beneath). A word across cells is cut where its characters' middles fall
    (``centres``: a function giving them, from PDFium's character boxes, or None where they are not
    known: then the characters are taken as equally wide). ``reach``: :func:`_reach` of ``cells``."""
    if reach is None:
        reach = _reach(cells)
    hmid = (w.x0 + w.x1) / 2
    whole = [i for i, (lo, hi) in enumerate(reach) if lo <= hmid < hi and _inside(w, cells[i])]
    if w.rotated:
        if whole and min(w.x1 - w.x0, w.bottom - w.top) < DIAGONAL_MIN:
            yield whole[0], w.top, w.x0, w.text
        return
    if whole:
        for i in whole:
            yield i, w.top, w.x0, w.text
        return
    vmid = (w.top + w.bottom) / 2
    text = w.text
    n = len(text)
    if n == 0:
        return
    # the cells that can hold one of its characters: their middles lie within half a point of the word
    near = [
        (i, lo, hi)
        for i, (lo, hi) in enumerate(reach)
        if lo <= w.x1 + 0.5 and hi > w.x0 - 0.5 and _level(cells[i], vmid)
    ]
    if not near:  # none: its characters' middles are not asked for (a page load for nothing)
        return
    step = (w.x1 - w.x0) / n
    mids = centres(w) if centres is not None else None
    current, start = None, 0
    for k in range(n + 1):
        idx = None
        if k < n:
            cx = mids[k] if mids else w.x0 + (k + 0.5) * step
            for i, lo, hi in near:
                if lo <= cx < hi and _holds(cells[i], cx, vmid):
                    idx = i
                    break
        if k == n or idx != current:
            if current is not None and k > start:
                yield current, w.top, (mids[start] if mids else w.x0 + start * step), text[start:k]
            current, start = idx, k


def _join(parts: list[tuple[float, float, str]]) -> str:
    """Words of a cell in lines (tops within 3 pt, pdfplumber's ``y_tolerance``), left to right."""
    if not parts:
        return ""
    parts.sort()
    lines: list[list[tuple[float, str]]] = []
    last_top = None
    for top, x0, text in parts:
        if last_top is None or top > last_top + 3.0:
            lines.append([])
        lines[-1].append((x0, text))
        last_top = top
    return "\n".join(" ".join(t for _, t in sorted(line)) for line in lines)


def cell_texts(table: Table, words: Iterable[Word], centres=None) -> list[list[tuple[tuple, str] | None]]:
    """Per row, per column: (cell box, text), or None where a merged cell covers the slot. A word (or
    a piece of one) is in a cell by its middle within the cell's drawn borders (:meth:`Rulings.box`,
    where ``table`` has them; a middle on a drawn line goes by pdfplumber's border: ``ON_LINE``), the
    box given being pdfplumber's. ``centres``: see :func:`_pieces`. The table's words are sorted by
    their vertical middle once: a row reads only those within its top and bottom (a cell's text does
    not depend on the order its words come in: :func:`_join` sorts them)."""
    rulings = getattr(table, "rulings", None)
    drawn = rulings.box if rulings is not None else (lambda c: c)
    rows = []
    for row in table.rows:
        slots = row.cells
        boxes = [c for c in slots if c is not None]
        rows.append((slots, boxes, [(drawn(c), c) for c in boxes]))
    corners = [b for _, _, row_areas in rows for area in row_areas for b in area]
    x0, top = min(b[0] for b in corners), min(b[1] for b in corners)
    x1, bottom = max(b[2] for b in corners), max(b[3] for b in corners)
    inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
    inside.sort(key=lambda w: (w.top + w.bottom) / 2)
    vmids = [(w.top + w.bottom) / 2 for w in inside]
    out = []
    for slots, boxes, row_areas in rows:
        corners = [b for area in row_areas for b in area]
        rx0, rtop = min(b[0] for b in corners), min(b[1] for b in corners)
        rx1, rbottom = max(b[2] for b in corners), max(b[3] for b in corners)
        where = [k for k, c in enumerate(slots) if c is not None]
        texts: list[list[tuple[float, float, str]]] = [[] for _ in boxes]
        reach = _reach(row_areas)
        for w in inside[bisect_left(vmids, rtop) : bisect_left(vmids, rbottom)]:  # rtop <= vmid < rbottom
            if w.x1 > rx0 and w.x0 < rx1:
                for i, t, wx, text in _pieces(w, row_areas, centres, reach):
                    texts[i].append((t, wx, text))
        line: list[tuple[tuple, str] | None] = [None] * len(slots)
        for i, k in enumerate(where):
            line[k] = (boxes[i], _join(texts[i]))
        out.append(line)
    return out


def read_page_tables(pdf_page, page: PageLayout) -> list[RuledCell]:
    """The cells of the ruled tables of one loaded page (a pypdfium2 ``PdfPage``), with text from
    its laid-out words (``page``)."""
    return table_cells(find_tables(page_edges(pdf_page)), page, lambda: page_chars(pdf_page))


def table_cells(tables: list[Table], page: PageLayout, chars=None) -> list[RuledCell]:
    """The cells of ``tables`` (:func:`find_tables` of the page), with text from its laid-out words.
    ``chars``: a function giving the page's :class:`CharIndex` (:func:`page_chars`), called only when a
    word lies across cells (its characters' boxes say where to cut it)."""
    if not tables:
        return []
    # the text layer's words only: on a page sent to OCR for a picture beside its text, Tesseract's words
    # would put the picture's noise and Tesseract's version into a drawn table's cells
    words = [w for w in layout_words(page) if not w.ocr]
    centres = _Centres(chars) if chars is not None else None
    out = []
    for t_no, table in enumerate(tables, 1):
        rulings = getattr(table, "rulings", None)
        for r, line in enumerate(cell_texts(table, words, centres)):
            for c, slot in enumerate(line):
                if slot is None:
                    continue
                box, text = slot
                drawn = tuple(map(float, rulings.box(box))) if rulings is not None else None
                out.append(RuledCell(t_no, r, c, text.strip(), tuple(map(float, box)), drawn))
    return out


# --- characters of a page, for the words that lie across cells ------------------------------------


class CharIndex:
    """The characters of a page other than white space, with PDFium's loose boxes in display space
    (x: the glyph's origin and advance, as pdfplumber's ``x0``/``x1``): their middles in arrays sorted
    by the whole point of their vertical middle (a DOU page has 14,000 characters; a word asks for those
    of its few rows)."""

    def __init__(self, x0, top, x1, bottom):
        cx, cy = (np.asarray(x0, float) + x1) / 2, (np.asarray(top, float) + bottom) / 2
        rows = _whole_points(cy)
        order = np.argsort(rows, kind="stable")
        self.rows, self.cx, self.cy = rows[order], cx[order], cy[order]

    def centres(self, w: Word) -> list[float] | None:
        """The horizontal middles of the word's characters, left to right; None unless the characters
        whose middles lie in the word's box (rows ``int(top)`` to ``int(bottom)``) are as many as its
        letters."""
        first = self.rows.searchsorted(int(w.top), "left")
        last = self.rows.searchsorted(int(w.bottom), "right")
        cx, cy = self.cx[first:last], self.cy[first:last]
        found = cx[(w.x0 - 0.5 <= cx) & (cx <= w.x1 + 0.5) & (w.top <= cy) & (cy <= w.bottom)]
        if len(found) != len(w.text):
            return None
        return sorted(found.tolist())


def _whole_points(values):
    """``int()`` of each value, as floats (exact: a float's whole part is a float); a NaN or an infinity
    raises as ``int()`` does (a damaged page's table search fails, as it did character by character)."""
    bad = ~np.isfinite(values)
    if bad.any():
        int(values[bad][0])
    return np.trunc(values)


# The characters str.isspace() holds white space (none above U+3000), by code point.
_SPACE = np.array([chr(c).isspace() for c in range(0x3001)])


def _not_space(text: str):
    """The indices of the characters of ``text`` other than white space (``str.isspace``)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = (codes <= 0x3000) & _SPACE[np.minimum(codes, 0x3000)]
    return np.flatnonzero(~space)


class _Centres:
    """:meth:`CharIndex.centres`, the page's characters read at the first word that needs them."""

    def __init__(self, chars):
        self.chars = chars
        self.index: CharIndex | None = None

    def __call__(self, w: Word) -> list[float] | None:
        if self.index is None:
            self.index = self.chars()
        return self.index.centres(w)


def page_chars(pdf_page) -> CharIndex:
    """The characters of a loaded page (a pypdfium2 ``PdfPage``) with their boxes, as the reader
    measures them (seidou.io.pdf: loose boxes, crop box, rotation; one C call for all of them), white
    space and characters without a box left out."""
    textpage = pdf_page.get_textpage()
    try:
        n = textpage.count_chars()
        text = pdfium_calls.indexed_text(textpage.raw, textpage.get_text_range() if n > 0 else "")
        kept = _not_space(text).astype(np.int32)
        spans = array("i")  # one span per character: k, k + 1
        spans.frombytes(np.stack([kept, kept + 1], axis=1).tobytes())
        flat = pdfium_calls.token_boxes(textpage.raw, spans, _geometry(pdf_page))
    finally:
        textpage.close()
    x0, top, x1, bottom = np.array(flat, float).reshape(-1, 6)[:, :4].T  # x0, top, x1, bottom, height, ok
    boxed = (x1 > x0) | (bottom > top)
    return CharIndex(x0[boxed], top[boxed], x1[boxed], bottom[boxed])
