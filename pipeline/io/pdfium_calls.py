"""The PDFium calls the reader makes once per character or page object, made in bulk.

A page needs the boxes of both ends of every word and the kind of every page object (SEI pages hold
1,000-2,500 text objects). Three ways to make those calls, fastest first:

1. ``_pdfium_loops`` (C, pipeline/io/_pdfium_loops.c, built at install as an optional extension):
   the loop runs in C, calling the PDFium functions at the addresses of the library pypdfium2 loaded;
   one ctypes call per page (``token_boxes`` also turns the two ends of each word into its box there);
2. lean ctypes prototypes of the same functions (``void *`` arguments: pypdfium2's generated bindings
   check and convert typed pointers on every call, a third slower);
3. pypdfium2's own bindings, where the library is not loaded the way 2 expects.

All three give the same numbers (tests/test_pdfium_calls.py); ``BULK`` says whether 1 is in use.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import importlib.util
import re
from array import array
from itertools import chain
from operator import methodcaller

import pypdfium2.raw as pdfium_c

_P = ctypes.CFUNCTYPE


def _lean():
    try:
        from pypdfium2_raw import bindings

        lib = bindings._libs["pdfium"]
        vp, i = ctypes.c_void_p, ctypes.c_int
        return (
            _P(i, vp, i, vp)(("FPDFText_GetLooseCharBox", lib)),
            _P(vp, vp, i)(("FPDFPage_GetObject", lib)),
            _P(i, vp)(("FPDFPageObj_GetType", lib)),
        )
    except Exception:  # noqa: BLE001 - another build of the bindings: use them as they are
        return None


_LEAN = _lean()


def extension(module: str, *, lock: bool = False):
    """The built optional extension ``module`` (setup.py: ``seidou.io._pdfium_loops`` here, ``seidou.ner._ner_loops``
    for pipeline/ner/compiled.py) as a ctypes library, or None when it was not built or cannot be loaded. ``lock``:
    its functions called with the interpreter lock held (ctypes.PyDLL, for those that make Python objects)."""
    try:
        spec = importlib.util.find_spec(module)  # found, not imported: it has no Python in it
    except ImportError:
        return None
    if spec is None or not spec.origin:
        return None
    try:
        return (ctypes.PyDLL if lock else ctypes.CDLL)(spec.origin)
    except OSError:
        return None


_LIB = extension("seidou.io._pdfium_loops")


def _bulk():
    """The C loops, or None when the extension was not built."""
    if _LIB is None:
        return None
    try:
        boxes, kinds, tokens = _LIB.seidou_span_boxes, _LIB.seidou_object_kinds, _LIB.seidou_token_boxes
        gaps = _LIB.seidou_token_gaps
    except AttributeError:  # built from another version of the file
        return None
    vp, i = ctypes.c_void_p, ctypes.c_int
    boxes.argtypes, boxes.restype = (vp, vp, vp, i, vp), i
    kinds.argtypes, kinds.restype = (vp, vp, vp, i, i, vp, vp), i
    tokens.argtypes, tokens.restype = (vp, vp, vp, i, vp, vp), i
    gaps.argtypes, gaps.restype = (vp, vp, vp, i, vp, vp), i
    return (
        boxes,
        kinds,
        address(pdfium_c.FPDFText_GetLooseCharBox),
        address(pdfium_c.FPDFPage_GetObject),
        address(pdfium_c.FPDFPageObj_GetType),
        tokens,
        gaps,
    )


def address(handle) -> int | None:
    """The address a PDFium handle (a ctypes pointer) or C function points at."""
    return ctypes.cast(handle, ctypes.c_void_p).value


_BULK = _bulk()
BULK = _BULK is not None


def _c_function(name: str, argtypes: tuple):
    """The extension's C function ``name`` (returning an int), or None when the extension was not built or was
    built from a version of the file without it."""
    if not BULK:
        return None
    try:
        fn = getattr(_LIB, name)
    except AttributeError:  # built from another version of the file
        return None
    fn.argtypes, fn.restype = argtypes, ctypes.c_int
    return fn


def _paths_bulk():
    """The C walk over a page's path objects and their segments with the addresses of its PDFium
    functions, or None when the extension was not built (or was built from a version of the file
    without it)."""
    constants = (
        pdfium_c.FPDF_SEGMENT_BEZIERTO,
        pdfium_c.FPDF_SEGMENT_MOVETO,
        pdfium_c.FPDF_PAGEOBJ_TEXT,
        pdfium_c.FPDF_PAGEOBJ_PATH,
        pdfium_c.FPDF_PAGEOBJ_FORM,
    )
    if constants != (1, 2, 1, 2, 5):  # the values _pdfium_loops.c is written with
        return None
    vp, i, d = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
    edges = _c_function("seidou_page_edges", (vp, vp, vp, i, d, d, vp, i))
    if edges is None:
        return None
    names = (
        "FPDFPath_CountSegments",
        "FPDFPath_GetPathSegment",
        "FPDFPathSegment_GetPoint",
        "FPDFPathSegment_GetType",
        "FPDFPathSegment_GetClose",
        "FPDFPage_CountObjects",
        "FPDFPage_GetObject",
        "FPDFPageObj_GetType",
        "FPDFPageObj_GetMatrix",
        "FPDFFormObj_CountObjects",
        "FPDFFormObj_GetObject",
    )
    fns = (ctypes.c_void_p * len(names))(*(address(getattr(pdfium_c, name)) for name in names))
    return edges, fns


_PATHS_BULK = _paths_bulk()
_FIRST_ROOM = 4096  # edges a page first gets room for; a page with more asks again
PATHS_BULK = _PATHS_BULK is not None


def page_edges(page_raw, display: tuple, max_depth: int, eps: float, min_len: float) -> list[float]:
    """The C loop of pipeline/io/ruled.py::page_edges (only when ``PATHS_BULK``): the vertical and
    horizontal pieces of a page's path objects (forms entered, nested up to ``max_depth``), through the
    page-to-display matrix ``display`` (a..f), at least ``min_len`` long — five numbers per edge, flat:
    x0, top, x1, bottom, orientation (0.0 vertical, 1.0 horizontal)."""
    fn, fns = _PATHS_BULK
    matrix = array("d", display)
    cap = _FIRST_ROOM
    while True:
        out = array("d", bytes(40 * cap))
        m = fn(fns, address(page_raw), matrix.buffer_info()[0], max_depth, eps, min_len, out.buffer_info()[0], cap)
        if m <= cap:
            return out[: 5 * m].tolist()
        cap = m


def char_box_call(textpage_raw, rect: ctypes.Structure):
    """(function, textpage argument, rect argument) for ``FPDFText_GetLooseCharBox(tp, i, rect)``."""
    if _LEAN:
        return _LEAN[0], address(textpage_raw), ctypes.addressof(rect)
    return pdfium_c.FPDFText_GetLooseCharBox, textpage_raw, ctypes.byref(rect)


def span_boxes(textpage_raw, spans: array, *, bulk: bool = True) -> list[float]:
    """Loose boxes of the first and last characters of spans (``array('i')`` of start, end pairs,
    end exclusive), flat: left, top, right, bottom of the first, then of the last character, per span,
    in PDFium's page space (zeros where PDFium has no box)."""
    n = len(spans) // 2
    if _BULK and bulk:
        out = array("f", bytes(32 * n))
        _BULK[0](_BULK[2], address(textpage_raw), spans.buffer_info()[0], n, out.buffer_info()[0])
        return out.tolist()
    rect = pdfium_c.FS_RECTF()
    get, tp, ref = char_box_call(textpage_raw, rect)
    flat: list[float] = []
    extend = flat.extend
    for k, i in enumerate(spans):
        if get(tp, i - (k & 1), ref):  # the start, then the end - 1
            extend((rect.left, rect.top, rect.right, rect.bottom))
        else:
            extend((0.0, 0.0, 0.0, 0.0))
    return flat


_TOKENS_BULK = _c_function("seidou_tokens", (ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p))  # the C tokenizer
# A token: non-space characters, cut after PDFium's line-end hyphen mark (U+FFFE). The standard library's engine
# is used here: it is faster than `regex` on this hot, simple pattern.
TOKEN = re.compile(r"[^\s\ufffe]+\ufffe?|\ufffe")
_SPAN = methodcaller("span")


def token_spans(text: str, *, bulk: bool = True) -> array:
    """Start and end (exclusive) of every token of the page's text (``TOKEN``), flat, as ``array('i')``. In C
    a page costs a tenth of the regular expression's match objects. ``text`` holds no lone surrogate."""
    if _TOKENS_BULK and bulk:
        n = len(text)
        out = array("i", bytes(8 * n))
        m = _TOKENS_BULK(text.encode("utf-32-le"), n, out.buffer_info()[0])
        del out[2 * m :]
        return out
    return array("i", chain.from_iterable(map(_SPAN, TOKEN.finditer(text))))


def _with_lock(name: str, argtypes: tuple):
    """The extension's C function ``name`` called with the interpreter lock held (it makes Python objects and
    returns one), or None when the extension was not built or was built from a version of the file without it."""
    if not BULK or not hasattr(_LIB, name):
        return None
    fn = getattr(_LOCKED, name)
    fn.argtypes, fn.restype = argtypes, ctypes.py_object
    return fn


_LOCKED = extension("seidou.io._pdfium_loops", lock=True) if BULK else None  # (one handle for the functions below)
_O = ctypes.py_object
_WORDS_BULK = _with_lock("seidou_words", (_O, _O, _O, ctypes.c_void_p, _O))
_RUNS_BULK = _with_lock("seidou_line_runs", (_O, _O, ctypes.c_void_p))
_LINES_MADE = _with_lock("seidou_new_lines", (_O, _O, _O, _O, _O))
# the slots of a word the line runs read (layout.lines._runs)
_RUN_SLOTS = ("size", "x0", "x1", "bottom", "tracking", "new_line")


def line_runs(words: list, limits: array) -> tuple[list[int], list[int]] | None:
    """The C loop of layout.lines._runs: where the runs of ``words`` start and which words are marked (``limits``:
    ``array('d')`` of TOUCH_MIN, TOUCH_MAX, BASELINE_TOLERANCE, MAX_RUN_GAP). None without the extension, or where
    a word is not like the first or holds other than floats and a bool there (the Python loop then decides)."""
    if _RUNS_BULK is None or type(words) is not list:
        return None
    _doubles(limits, 4)
    return _RUNS_BULK(words, _RUN_SLOTS, limits.buffer_info()[0])


def _doubles(numbers: array, n: int) -> None:
    """Raise unless ``numbers`` is an ``array('d')`` of at least ``n`` numbers: the C reads them by address as
    doubles (a float array would be read past its end)."""
    if not isinstance(numbers, array) or numbers.typecode != "d" or len(numbers) < n:
        raise TypeError(f"{n} numbers as array('d') expected, got {numbers!r:.60}")


def new_words(word_type: type, texts: list[str], measured: array, *, bulk: bool = True) -> list:
    """``word_type(texts[k], *measured[6k : 6k + 5])`` for every token k (``measured``: :func:`token_boxes`), its
    other fields at their defaults. In C (a fifth of the class's calls' CPU) where ``word_type`` is a dataclass
    with slots whose fields after the sixth have plain defaults (io.pdf's Word); otherwise by calling it."""
    if len(measured) < 6 * len(texts):
        raise ValueError(f"{len(texts)} texts, {len(measured)} measured numbers: six a token")
    slots = _slots_and_defaults(word_type) if _WORDS_BULK and bulk and type(texts) is list else None
    if slots is not None:
        _doubles(measured, 6 * len(texts))
        names, defaults = slots
        return _WORDS_BULK(word_type, names, texts, measured.buffer_info()[0], defaults)
    return list(map(word_type, texts, *(measured[c::6] for c in range(5))))


@functools.cache
def _slots_and_defaults(word_type: type) -> tuple[tuple[str, ...], tuple] | None:
    """The field names of ``word_type`` and the defaults of its fields after the sixth, which the C builder sets;
    None where it cannot build such a type as calling it would: not a dataclass with slots of its own for every
    field (a subclass's inherited slots), a ``__post_init__`` (the C calls no Python), a field without a plain
    default or outside ``__init__``."""
    if not _own_slots(word_type) or hasattr(word_type, "__post_init__"):
        return None
    fields = dataclasses.fields(word_type)
    if len(fields) < 6 or any(f.default is dataclasses.MISSING or not f.init for f in fields[6:]):
        return None
    return tuple(f.name for f in fields), tuple(f.default for f in fields[6:])


def _own_slots(cls: type) -> bool:
    """``cls`` is a dataclass whose every field is a slot of its own (the C finds slots among the type's own
    members)."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        return False
    return {f.name for f in dataclasses.fields(cls)} <= set(cls.__dict__["__slots__"])


_WORD_SLOTS = ("x0", "top", "x1", "bottom", "size", "text")  # what a line's box and text are made of
_LINE_SLOTS = ("words", "x0", "top", "x1", "bottom", "size", "text")


def new_lines(line_type: type, words: list, starts: list[int]) -> list:
    """``line_type(words[a:b])`` for each run of ``words`` starting at ``starts`` (the last to the end): in C where
    the words are plain (layout.types.Line and Word), as Line's ``refresh`` makes its box and text; otherwise by
    calling it."""
    if _LINES_MADE is not None and type(words) is list and _plain_line(line_type):
        made = _LINES_MADE(line_type, _WORD_SLOTS, _LINE_SLOTS, words, starts)
        if made is not None:
            return made
    return [line_type(words[a:b]) for a, b in zip(starts, starts[1:] + [len(words)])]


@functools.cache
def _plain_line(line_type: type) -> bool:
    """The C can make ``line_type``'s lines as calling it does: its fields are exactly :data:`_LINE_SLOTS`, slots of
    its own (a field added to Line would otherwise be left unset), and its ``__post_init__`` is the refresh the C
    reproduces (Line's: its box and text from its words)."""
    if not _own_slots(line_type) or tuple(f.name for f in dataclasses.fields(line_type)) != _LINE_SLOTS:
        return False
    return getattr(line_type.__post_init__, "__qualname__", "") == "Line.__post_init__"


# PDFium marks a line-end hyphen with U+0002 char by char (U+FFFE in the page's text from get_text_range)
SOFT_HYPHEN = "\ufffe"


def indexed_text(textpage_raw, text: str) -> str:
    """The page's text (``get_text_range``) with one character per PDFium character index: characters
    outside the BMP come as two UTF-16 halves there and make Python's indices drift from PDFium's, so such a
    text is rebuilt character by character (its line-end hyphen marks as ``get_text_range`` gives them: one
    mark, "EIRE\x02" / "LI" was "EIRE LI" in the DOE-RJ's columns)."""
    n = pdfium_c.FPDFText_CountChars(textpage_raw)
    if len(text) == n:
        return text
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage_raw, i)) for i in range(n)).replace("\x02", SOFT_HYPHEN)


def page_box(page) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the page's visible box in PDFium's page space: the crop box clipped to the media
    box, either of them inherited from the page tree as the PDF reference allows (FPDF_GetPageBoundingBox).
    pypdfium2's ``get_cropbox`` reads only the page's own dictionary and falls back to US Letter where the
    media box is inherited (a PageMaker DODF of 2004, a 1Doc export of Paraguaçu: pages of 765 x 907 and
    595 x 842 pt read as 612 x 792, every box 115 pt off). The crop box where PDFium cannot say."""
    try:
        return page.get_bbox()
    except Exception:  # a page whose boxes PDFium cannot read: what pypdfium2 says
        return page.get_cropbox()


def display_box(geo: tuple, left: float, top: float, right: float, bottom: float) -> tuple[float, ...]:
    """A box of PDFium's page space (y up, rotation not applied) in display space (y down, top-left
    origin); ``geo`` = (rotation, x0, y0, x1, y1) of the crop box. The C loop has the same formulas."""
    r, x0, y0, x1, y1 = geo
    if r == 0:
        return left - x0, y1 - top, right - x0, y1 - bottom
    if r == 90:
        return bottom - y0, left - x0, top - y0, right - x0
    if r == 180:
        return x1 - right, bottom - y0, x1 - left, top - y0
    return y1 - top, x1 - right, y1 - bottom, x1 - left


def token_boxes(textpage_raw, spans: array, geo: tuple, *, bulk: bool = True) -> array:
    """Per span (``array('i')`` of start, end pairs): the word box from its first and last
    characters in display space, its height, and whether those ends make one straight word — six
    numbers, flat, as ``array('d')`` (a page's list of them cost a twentieth of the reader: the reader reads
    five of the six): x0, top, x1, bottom, height, ok (1.0 / 0.0). ``ok`` is 0 where the ends are on
    different baselines, in the wrong order or too far apart for the characters between (the reader
    then measures every character)."""
    n = len(spans) // 2
    if _BULK and bulk:
        out = array("d", bytes(48 * n))
        g = array("d", [float(x) for x in geo])
        _BULK[5](_BULK[2], address(textpage_raw), spans.buffer_info()[0], n, g.buffer_info()[0], out.buffer_info()[0])
        return out
    ends = span_boxes(textpage_raw, spans, bulk=False)
    flat: list[float] = []
    extend = flat.extend
    for k in range(n):
        i, j = spans[2 * k], spans[2 * k + 1]
        l0, t0, _, b0 = display_box(geo, *ends[8 * k : 8 * k + 4])
        _, t1, r1, b1 = display_box(geo, *ends[8 * k + 4 : 8 * k + 8])
        h = b0 - t0 if b0 - t0 > b1 - t1 else b1 - t1
        if h < 0.1:
            h = 0.1
        ok = abs(b1 - b0) <= 0.35 * h and r1 >= l0 - 0.5 and (r1 - l0) <= (j - i) * h * 1.2 + h
        extend((l0, t0 if t0 < t1 else t1, r1, b0 if b0 > b1 else b1, h, 1.0 if ok else 0.0))
    return array("d", flat)


def token_gaps(textpage_raw, spans: array, geo: tuple, *, bulk: bool = True) -> array:
    """Per span (``array('i')`` of start, end pairs), the widest gap between two neighbouring characters
    on one baseline — six numbers, flat, as ``array('d')`` (the reader asks it of every token of a page and
    reads a few): where the second part starts (0: none measured, or fewer than 3
    characters), the widest gap and the narrowest in heights of their pairs, the right edge before
    and the left edge after the widest gap (display space), and its height. One box per character: the
    reader asks it only of the spans that need it."""
    n = len(spans) // 2
    if _BULK and bulk:
        out = array("d", bytes(48 * n))
        g = array("d", [float(x) for x in geo])
        _BULK[6](_BULK[2], address(textpage_raw), spans.buffer_info()[0], n, g.buffer_info()[0], out.buffer_info()[0])
        return out
    rect = pdfium_c.FS_RECTF()
    get, tp, ref = char_box_call(textpage_raw, rect)
    flat: list[float] = []
    for k in range(n):
        i, j = spans[2 * k], spans[2 * k + 1]
        found = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        if j - i >= 3:
            a = None
            best, least = -1e9, 1e9
            for c in range(i, j):
                if not get(tp, c, ref):
                    continue
                b = display_box(geo, rect.left, rect.top, rect.right, rect.bottom)
                if b[2] - b[0] <= 0.0 and b[3] - b[1] <= 0.0:
                    continue
                if a is not None:
                    h = a[3] - a[1] if a[3] - a[1] > b[3] - b[1] else b[3] - b[1]
                    if h < 0.1:
                        h = 0.1
                    if abs(b[3] - a[3]) <= 0.3 * h:
                        g = (b[0] - a[2]) / h
                        if g < least:
                            least = g
                        if g > best:
                            best = g
                            found = (float(c - i), g, 0.0, a[2], b[0], h)
                a = b
            if found[0] > 0:
                found = (found[0], found[1], least, found[3], found[4], found[5])
        flat.extend(found)
    return array("d", flat)


def object_kinds(page_raw, skip: int, *, bulk: bool = True) -> list[tuple[int, int]]:
    """(index, kind) of the page objects whose kind is not ``skip`` (the text objects, usually)."""
    n = pdfium_c.FPDFPage_CountObjects(page_raw)
    if n <= 0:
        return []
    if _BULK and bulk:
        index, kind = array("i", bytes(4 * n)), array("i", bytes(4 * n))
        m = _BULK[1](_BULK[3], _BULK[4], address(page_raw), n, skip, index.buffer_info()[0], kind.buffer_info()[0])
        return list(zip(index[:m].tolist(), kind[:m].tolist()))
    if _LEAN:
        get_object, get_type, page = _LEAN[1], _LEAN[2], address(page_raw)
    else:
        get_object, get_type, page = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType, page_raw
    found = []
    for k in range(n):
        o = get_object(page, k)
        t = get_type(o) if o else pdfium_c.FPDF_PAGEOBJ_UNKNOWN
        if t != skip:
            found.append((k, t))
    return found


def _objects_bulk():
    """The C walk of :func:`page_objects` with the addresses of its PDFium functions, or None."""
    vp, i = ctypes.c_void_p, ctypes.c_int
    fn = _c_function("seidou_page_objects", (vp, vp, i, vp, vp, vp, vp))
    if fn is None or (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH) != (1, 2):  # as the C file has them
        return None
    names = ("FPDFPage_GetObject", "FPDFPageObj_GetType", "FPDFPageObj_GetBounds")
    return fn, (ctypes.c_void_p * 3)(*(address(getattr(pdfium_c, name)) for name in names))


_OBJECTS_BULK = _objects_bulk()


def page_objects(page_raw, limits: tuple, *, bulk: bool = True) -> tuple[list[tuple[int, int]], list[int]]:
    """The page's path objects counted by their bounds and its other objects listed, for the reader's image scan
    (SEI and DOU pages draw hundreds of paths: one C call, not three ctypes calls a path). ``limits`` = glyph_min,
    glyph_max, thin, wide, tall (points). Returns (index, kind) of the objects neither text nor path, and
    [thin horizontal paths, thin vertical paths, paths of a glyph's height]: a path less than ``thin`` high and
    more than ``wide`` long is horizontal, less than ``thin`` wide and more than ``tall`` high vertical, wider and
    taller than those a box (two of each); one from ``glyph_min`` to ``glyph_max`` high is of a glyph's height."""
    if len(limits) != 5:  # (the C loop reads five numbers whatever it is given)
        raise ValueError(f"limits: glyph_min, glyph_max, thin, wide, tall (got {len(limits)} numbers)")
    n = pdfium_c.FPDFPage_CountObjects(page_raw)
    counts = [0, 0, 0]
    if n <= 0:
        return [], counts
    if _OBJECTS_BULK and bulk:
        fn, fns = _OBJECTS_BULK
        index, kind, found = array("i", bytes(4 * n)), array("i", bytes(4 * n)), array("i", bytes(12))
        bounds = array("d", limits)
        m = fn(fns, address(page_raw), n, *(a.buffer_info()[0] for a in (bounds, index, kind, found)))
        return list(zip(index[:m].tolist(), kind[:m].tolist())), found.tolist()
    glyph_min, glyph_max, thin, wide, tall = limits
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    others = []
    for k, kind in object_kinds(page_raw, pdfium_c.FPDF_PAGEOBJ_TEXT, bulk=False):
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            others.append((k, kind))
        elif pdfium_c.FPDFPageObj_GetBounds(pdfium_c.FPDFPage_GetObject(page_raw, k), *refs):
            w, h = right.value - left.value, top.value - bottom.value
            counts[2] += glyph_min <= h <= glyph_max
            if h < thin and w > wide:
                counts[0] += 1
            elif w < thin and h > tall:
                counts[1] += 1
            elif w > wide and h > tall:  # a bordered cell drawn as a rectangle
                counts[0] += 2
                counts[1] += 2
    return others, counts


def _lines_bulk():
    """The C loop of :func:`line_starts` with the addresses of its PDFium functions, or None."""
    vp, i = ctypes.c_void_p, ctypes.c_int
    fn = _c_function("seidou_line_starts", (vp, vp, vp, i, vp, vp))
    if fn is None:
        return None
    names = ("FPDFText_GetCharAngle", "FPDFText_GetTextObject", "FPDFTextObj_GetFont")
    return fn, (ctypes.c_void_p * 3)(*(address(getattr(pdfium_c, name)) for name in names))


_LINES_BULK = _lines_bulk()
_POINTER = {8: "Q", 4: "I"}.get(ctypes.sizeof(ctypes.c_void_p))


def line_starts(textpage_raw, index: array, *, bulk: bool = True) -> tuple[list[float], list[int | None]]:
    """What the reader asks of the characters at ``index`` (``array('i')``: where PDFium starts its lines):
    their angles (``FPDFText_GetCharAngle``, -1.0 where PDFium cannot say) and the fonts of their text
    objects (addresses, None without one: :meth:`FontWeights.of_font`), in one call."""
    n = len(index)
    if _LINES_BULK and bulk and _POINTER and n:
        fn, fns = _LINES_BULK
        angles, fonts = array("d", bytes(8 * n)), array(_POINTER, bytes(ctypes.sizeof(ctypes.c_void_p) * n))
        fn(fns, address(textpage_raw), index.buffer_info()[0], n, angles.buffer_info()[0], fonts.buffer_info()[0])
        return angles.tolist(), [f or None for f in fonts.tolist()]
    angle = pdfium_c.FPDFText_GetCharAngle
    weights = FontWeights(textpage_raw)
    fonts = []
    for i in index:
        obj = weights.obj_of(weights.tp, i)
        font = weights.font_of(obj) if obj else None
        if font is not None and not isinstance(font, int):
            font = address(font)
        fonts.append(font or None)
    return [angle(textpage_raw, i) for i in index], fonts


def _lean_fonts():
    """Lean prototypes of ``FPDFText_GetTextObject`` and ``FPDFTextObj_GetFont`` (one call each per word)."""
    try:
        from pypdfium2_raw import bindings

        lib = bindings._libs["pdfium"]
        vp, i = ctypes.c_void_p, ctypes.c_int
        return _P(vp, vp, i)(("FPDFText_GetTextObject", lib)), _P(vp, vp)(("FPDFTextObj_GetFont", lib))
    except Exception:  # noqa: BLE001 - another build of the bindings: use them as they are
        return None


_LEAN_FONTS = _lean_fonts()
# a bold face by its name: "Arial-BoldMT", "Times New Roman,Bold", "ABCDEF+Calibri-Bold", "Roboto-Black",
# "OpenSans-Semibold", "Helvetica-BoldOblique", "DejaVuSans-Bold"
_BOLD_NAME = ("bold", "black", "heavy", "semibold", "demi", "negrito")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag ForceBold


class FontWeights:
    """Whether the character at an index of a text page is set in a bold font: its text object's font,
    judged once per font (its name, or the descriptor's ForceBold flag). Two PDFium calls per
    question; the answers per font are cached."""

    def __init__(self, textpage_raw):
        self.cache: dict[int | None, bool] = {}
        if _LEAN_FONTS:
            self.obj_of, self.font_of = _LEAN_FONTS
            self.tp = address(textpage_raw)
        else:
            self.obj_of, self.font_of = pdfium_c.FPDFText_GetTextObject, pdfium_c.FPDFTextObj_GetFont
            self.tp = textpage_raw

    def __call__(self, i: int) -> bool:
        obj = self.obj_of(self.tp, i)
        if not obj:
            return False
        font = self.font_of(obj)
        return self.of_font(font if isinstance(font, int) or font is None else address(font))

    def of_font(self, key: int | None) -> bool:
        """Whether the font at address ``key`` (None: no font) is bold, judged once per font."""
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = _is_bold_font(key)
        return hit


def _is_bold_font(font: int | None) -> bool:
    if not font:
        return False
    handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
    try:
        n = pdfium_c.FPDFFont_GetBaseFontName(handle, None, 0)
        buf = ctypes.create_string_buffer(max(n, 1))
        pdfium_c.FPDFFont_GetBaseFontName(handle, buf, n)
        name = buf.value.decode("latin-1", "replace").casefold()
    except Exception:  # noqa: BLE001 - a build without the call: judge by the weight alone
        name = ""
    if any(b in name for b in _BOLD_NAME):
        return True
    # not FPDFFont_GetWeight: the descriptor's weight is unreliable (DOE-RJ 2023: ArialMT 724, Arial-BoldMT 570)
    try:
        return bool(pdfium_c.FPDFFont_GetFlags(handle) & _FORCE_BOLD)
    except Exception:  # noqa: BLE001 - a build without the call: the name only
        return False
