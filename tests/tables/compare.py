"""The ruled finder (seidou.io.ruled) and pdfplumber's find_tables on the same page: cells matched
by box, texts compared after whitespace collapse. Shared by the tests and benchmarks/bench_tables.py."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pdfplumber
from pdfplumber.utils import cluster_objects, extract_text
from pdfplumber.utils.text import WordExtractor, get_line_cluster_key

from seidou.io.pdf import PdfFile
from seidou.io.pdfium_calls import page_box
from seidou.io.ruled import _holds, read_page_tables
from seidou.io.tables import pages_to_search
from seidou.runner.process import lay_out

BOX_TOLERANCE = 1.5
# pdfplumber's text for a glyph its font has no Unicode for (a "ti" ligature in SEI's Calibri):
# PDFium maps it; the two texts are compared with that glyph as a wildcard (``same_text``).
_UNMAPPED = re.compile(r"\x00|\(cid:\d+\)")


def collapse(text: str | None) -> str:
    """White space collapsed, accents composed (NFC: pdfplumber and PDFium give "ç", "ã" as one
    character or as a letter and a combining mark, not always alike)."""
    return unicodedata.normalize("NFC", " ".join((text or "").split()))


def same_text(ref: str, ours: str, *, strict: bool = False, spaces: bool = True, exact: bool = False) -> bool:
    """Equal after whitespace collapse; ``strict``: pdfplumber's unmapped glyphs are no wildcards;
    ``spaces=False``: white space is ignored (pdfplumber drops the spaces of tightly set text);
    ``exact``: character for character (accents composed alike), white space as it is, no wildcards."""
    if exact:
        return unicodedata.normalize("NFC", ref or "") == unicodedata.normalize("NFC", ours or "")
    a, b = collapse(ref), collapse(ours)
    if not spaces:
        a, b = a.replace(" ", ""), b.replace(" ", "")
    if a == b:
        return True
    if strict or not _UNMAPPED.search(a):
        return False
    pattern = ".{1,3}".join(re.escape(part) for part in _UNMAPPED.split(a))
    return re.fullmatch(pattern, b) is not None


def plumber_cells(page, shift: tuple[float, float] = (0.0, 0.0)) -> list[tuple[tuple, str]]:
    """(box, text) of every cell pdfplumber finds on a page (merged slots left out), its boxes moved
    by ``shift`` (:func:`display_shift`) into seidou's display space."""
    dx, dy = shift
    out = []
    for t in page.find_tables():
        for row, values in zip(t.rows, t.extract()):
            for box, value in zip(row.cells, values):
                if box is not None:
                    x0, top, x1, bottom = (float(v) for v in box)
                    out.append(((x0 - dx, top - dy, x1 - dx, bottom - dy), value or ""))
    return out


def cell_chars(page, box: tuple, shift: tuple[float, float] = (0.0, 0.0)) -> list[dict]:
    """pdfplumber's characters of a cell (``box`` in seidou's display space), as ``Table.extract``
    gives them to the cell's text."""
    dx, dy = shift
    x0, top, x1, bottom = box
    return [c for c in page.chars if _in(c, (x0 + dx, top + dy, x1 + dx, bottom + dy))]


def drawn_chars(page, cell, shift: tuple[float, float] = (0.0, 0.0)) -> list[dict]:
    """pdfplumber's characters within our cell's drawn borders (a ruled.RuledCell: ``drawn`` and
    ``box``), by the rule our cell text follows (ruled._holds: a middle on a drawn line goes by the box)."""
    dx, dy = shift
    area = (cell.drawn, cell.box)
    return [c for c in page.chars if _holds(area, (c["x0"] + c["x1"]) / 2 - dx, (c["top"] + c["bottom"]) / 2 - dy)]


def near_axis_sides(page) -> bool:
    """Whether pdfplumber dropped path pieces that are vertical or horizontal within 0.01 pt (its
    ``curve_to_edges`` compares the ends exactly: a Word-made spreadsheet's cell rectangles drawn as
    curves, x off by 1e-9 between the two ends)."""
    return any(
        e["orientation"] is None and min(e["width"], e["height"]) < 0.01 and max(e["width"], e["height"]) >= 3
        for e in page.edges
    )


def _in(char: dict, bbox) -> bool:
    """pdfplumber's ``char_in_bbox`` (Table.extract): the character's middle in the box."""
    x0, top, x1, bottom = bbox
    v_mid = (char["top"] + char["bottom"]) / 2
    h_mid = (char["x0"] + char["x1"]) / 2
    return x0 <= h_mid < x1 and top <= v_mid < bottom


# --- why a cell differs ---------------------------------------------------------------------------
# Each cause says whether pdfplumber is the one wrong (checked on rendered pages: the 0.28 closing
# note gives three examples of each); the benchmark prints the share of equal cells with those set
# aside beside the raw share.
CAUSES = {
    "watermark": ("a watermark's letters (a diagonal 40-pt overlay) in the cell: pdfplumber keeps them", True),
    "tiny_dots": ("invisible 1-pt leader dots (DOU typesetting marks) put elsewhere in the text", True),
    "spaces_plumber": ("pdfplumber glues words set without a space glyph, or splits at overlapping spaces", True),
    "near_axis_sides": ("pdfplumber drops rectangle sides 1e-9 pt off vertical: other cells", True),
    "snapped_border": ("pdfplumber: snapped border (a letter between the drawn line and the snapped one)", True),
    "spaces_ours": ("a space ours adds where glyphs touch, or misses where they are apart", False),
    "boundaries": ("other cell boundaries (edges snapped or joined differently at the tolerance)", False),
    "order": ("the same characters in another order", False),
    "other": ("other text (characters given to another cell or row, glyphs one side lacks)", False),
}
WATERMARK_SIZE = 20.0  # pt; at least 2.5 times the cell's median glyph
TINY_SIZE = 2.0  # pt
VISIBLE_GAP = 0.08  # a gap of this share of the font size shows as a space (io.pdf: word spaces 0.08-0.3)


def _sizes(chars: list[dict]) -> float:
    sizes = sorted(c["size"] for c in chars)
    return sizes[len(sizes) // 2] if sizes else 0.0


def cause(
    ref: str,
    ours: str | None,
    chars: list[dict],
    near_axis: bool = False,
    around: list | None = None,
    drawn: list[dict] | None = None,
) -> str:
    """Why a cell of pdfplumber's (``ref``, its ``chars``) differs from ours (None: no cell of ours with
    its box); ``near_axis``: pdfplumber dropped near-vertical or near-horizontal sides on the page;
    ``around``: pdfplumber's characters within 2 pt of the cell (a leader dot on its border); ``drawn``:
    pdfplumber's characters within our cell's drawn borders (ruled.Rulings), where they are not ``chars``."""
    if ours is None:
        return "near_axis_sides" if near_axis else "boundaries"
    if drawn is not None and drawn != chars:
        # pdfplumber's own characters, taken within the drawn lines instead of its snapped ones
        moved = extract_text(drawn) if drawn else ""
        if same_text(moved, ours):
            return "snapped_border"
        inner = cause(moved, ours, drawn, around=around)
        if CAUSES[inner][1]:
            return inner
    median = _sizes([c for c in chars if c["size"] < WATERMARK_SIZE]) or _sizes(chars)
    marks = [c for c in chars if c["size"] >= WATERMARK_SIZE and c["size"] >= 2.5 * median]
    if marks:
        kept = [c for c in chars if c not in marks]
        rest = extract_text(kept) if kept else ""
        if same_text(rest, ours):
            return "watermark"
        inner = cause(rest, ours, kept)
        return "watermark" if CAUSES[inner][1] else inner
    if any(c["size"] < TINY_SIZE for c in (chars if around is None else around)):
        a, b = collapse(ref).replace(".", "").replace(" ", ""), collapse(ours).replace(".", "").replace(" ", "")
        if a == b:
            return "tiny_dots"
    if same_text(ref, ours, spaces=False):
        return "spaces_plumber" if _spaces_plumber(ref, ours, chars) else "spaces_ours"
    a, b = collapse(ref).replace(" ", ""), collapse(ours).replace(" ", "")
    if sorted(a) == sorted(b):
        return "order"
    return "other"


def _spaces_plumber(ref: str, ours: str, chars: list[dict]) -> bool:
    """Whether every space one side has and the other lacks is pdfplumber's error: ours has a space
    where the glyphs are visibly apart (pdfplumber joins letters up to 3 pt apart), pdfplumber has
    one where they touch (a space glyph drawn over its neighbours)."""
    extractor = WordExtractor()
    words = extractor.extract_words(chars, return_chars=True)
    lines = cluster_objects(words, get_line_cluster_key(extractor.line_dir), 3)
    expand = extractor.expansions  # a ligature glyph ("ﬁ") is two letters of the text
    seq = [
        c
        for line in lines
        for w in line
        for c in w["chars"]
        if not c["text"].isspace()
        for _ in unicodedata.normalize("NFD", expand.get(c["text"], c["text"]))
    ]
    a, b = (unicodedata.normalize("NFD", collapse(t)) for t in (ref, ours))
    if len(seq) != len(a.replace(" ", "")) or a.replace(" ", "") != b.replace(" ", ""):
        return False

    def space_before(text: str) -> list[bool]:
        out, pending = [], False
        for ch in text:
            if ch == " ":
                pending = True
            else:
                out.append(pending)
                pending = False
        return out

    for k, (in_ref, in_ours) in enumerate(zip(space_before(a), space_before(b))):
        if in_ref == in_ours or k == 0:
            continue
        prev, cur = seq[k - 1], seq[k]
        same_line = abs(prev["top"] - cur["top"]) < 1.0
        apart = cur["x0"] - prev["x1"] >= VISIBLE_GAP * max(prev["size"], cur["size"])
        if in_ours and not (same_line and apart):
            return False
        if in_ref and (not same_line or apart):
            return False
    return True


def display_shift(pdf_page, media: tuple | None = None) -> tuple[float, float]:
    """How far pdfplumber's coordinates of an unrotated page are from seidou's: pdfplumber keeps x
    as the PDF has it and measures ``top`` from the media box's height; seidou starts both at the
    crop box's top-left corner (a BH gazette's crop box is 17 pt inside its media box). ``media``:
    the media box as pdfplumber reads it (``page.mediabox``), where PDFium's page object lacks its
    own and inherits it from the page tree (the DODF 2004 PageMaker file, 765 x 907 pt: pypdfium2's
    ``get_mediabox`` falls back to US Letter there, 115 pt lower). seidou's crop box is the reader's:
    :func:`seidou.io.pdfium_calls.page_box`, which reads an inherited box (``get_cropbox`` does not)."""
    cx0, _cy0, _cx1, cy1 = page_box(pdf_page)
    _mx0, my0, _mx1, my1 = media if media is not None else pdf_page.get_mediabox()
    return cx0, (my1 - my0) - cy1


def _unrotated(page) -> tuple:
    """pdfplumber's media box of a page as the PDF has it: pdfplumber turns it with the page's /Rotate
    (842 x 595 for a portrait page turned 90°), and :func:`display_shift` measures ``top`` from the
    unturned box's height (turned, a landscape table's cells were 247 pt off ours: 1,700 cells of the
    UNESCO acordo's annex no longer matched after 0.28 took the media box from pdfplumber)."""
    x0, y0, x1, y1 = (float(v) for v in page.mediabox)
    return (y0, x0, y1, x1) if getattr(page, "rotation", 0) % 180 else (x0, y0, x1, y1)


def match(ref: list[tuple[tuple, str]], ours: list[tuple[tuple, str]], **how):
    """(cells of ``ref`` found in ``ours`` with the same box, of those with the same text, the others)."""
    found = equal = 0
    diffs = []
    for box, text in ref:
        hit = next((t for b, t in ours if all(abs(a - c) <= BOX_TOLERANCE for a, c in zip(box, b))), None)
        if hit is None:
            diffs.append((box, text, None))
            continue
        found += 1
        if same_text(text, hit, **how):
            equal += 1
        else:
            diffs.append((box, text, hit))
    return found, equal, diffs


def _matching(cells: list, box: tuple):
    """Our cell (a ruled.RuledCell) with ``box`` (within ``BOX_TOLERANCE``), as :func:`match` finds it."""
    return next((c for c in cells if all(abs(a - b) <= BOX_TOLERANCE for a, b in zip(box, c.box))), None)


def compare_file(path: Path | str, pages: list[int] | None = None, *, why: bool = False) -> list[dict]:
    """Per page of ``path`` (all, or the 1-based ``pages``): both engines' cells and CPU seconds
    (pdfplumber: find_tables + extract; ruled: the page load, edges, tables and cell text);
    ``why``: the :func:`cause` of each cell that differs."""
    rows = []
    with PdfFile(path) as pdf:
        layout = lay_out(pdf, ocr=False)
        by_number = {p.number: p for p in layout.pages}
        searched = {p.number for p in pages_to_search(layout.pages, "ruled")}
        with pdfplumber.open(path) as plumb:
            for number in pages or range(1, pdf.n_pages + 1):
                lp = by_number.get(number)
                if lp is None or lp.error:
                    continue
                t = time.process_time()
                ref = []
                page = None
                if number <= len(plumb.pages):  # pdfminer may see fewer pages in a damaged page tree
                    page = plumb.pages[number - 1]
                    pdf_page = pdf.doc[number - 1]
                    shift = display_shift(pdf_page, _unrotated(page))
                    pdf_page.close()
                    try:
                        ref = plumber_cells(page, shift)
                    except Exception:  # noqa: BLE001 - a page pdfminer cannot parse is no reference
                        pass
                t_plumb = time.process_time() - t
                t = time.process_time()
                pdf_page = pdf.doc[number - 1]
                try:
                    cells = read_page_tables(pdf_page, lp)
                finally:
                    pdf_page.close()
                t_ruled = time.process_time() - t
                ours = [(c.box, c.text) for c in cells]
                causes = []
                if ref and why:
                    diffs = match(ref, ours)[2]
                    axis = near_axis_sides(page) if any(hit is None for *_, hit in diffs) else False
                    for box, text, hit in diffs:
                        near = cell_chars(page, (box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2), shift)
                        mine = _matching(cells, box) if hit is not None else None
                        drawn = drawn_chars(page, mine, shift) if mine is not None and mine.drawn else None
                        what = cause(text, hit, cell_chars(page, box, shift), axis, near, drawn)
                        causes.append((what, box, text, hit))
                if page is not None:
                    page.close()
                rows.append(
                    {
                        "file": str(path),
                        "page": number,
                        "ruled_flag": lp.ruled,
                        "searched": number in searched,  # by the pipeline's ruled engine
                        "ref": ref,
                        "ours": ours,
                        "causes": causes,  # (cause, box, pdfplumber's text, ours) of each cell that differs
                        "cpu_pdfplumber": t_plumb,
                        "cpu_ruled": t_ruled,
                    }
                )
    return rows
