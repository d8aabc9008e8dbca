"""Cell text of the PDFium table finder where it used to differ from pdfplumber's: a word across two
cells is cut where its characters' middles fall (PDFium's character boxes, pdfplumber's rule), a word
inside overlapping cells is in each, a diagonal watermark's letters are in none. And why the cells
that still differ differ (tests/tables/compare.py ``cause``), on real pages."""

from __future__ import annotations


import pdfplumber
import pytest

from seidou.io import tables
from seidou.io.pdf import PdfFile
from seidou.io.ruled import cell_texts, find_tables, read_page_tables
from seidou.layout.types import Word
from seidou.runner.process import lay_out
from tests.badpdfs import text_pdf

from ..conftest import SHARED
from .compare import compare_file, display_shift, match

REAL = SHARED / "corpus" / "real"
REAL2 = SHARED / "corpus" / "real2"

# (file, page, cell box (display space, within 1.5 pt), our text, what the text was before and why)
CELLS = [
    # "32" drawn across two cells of a DOU 2017 vote table: pdfplumber (and now ours) "3" | "2"; the
    # characters taken as equally wide put both in the right-hand cell
    (REAL / "dou/dou_s1_2017_10_02_full.pdf", 78, (424.5, 145.5, 438.3, 153.2), "3"),
    (REAL / "dou/dou_s1_2017_10_02_full.pdf", 78, (438.3, 145.5, 452.4, 153.2), "2"),
    # a SEI footer line across two cells: "...0000000161/2025" cut before its last "0000..." ("000000161/202"),
    # at the drawn line (two thin rectangles, 336.5-338.2 pt, through the second "0"), not pdfplumber's
    # snapped border (339.1: lines of rows above at 340-341.7 snapped with it), which has one "0" less
    (REAL / "sei/sei_al_processo_e01203_0000000161_2025_full.pdf", 8, (339.1, 819.7, 407.9, 831.5), "000000161/2025"),
    # a list of media under a merged cell drawn over its row: the word is in both cells (it was in the
    # merged one only, the small cell empty)
    (REAL / "other/dodf_005_2020_01_08_integra.pdf", 30, (396.3, 130.7, 632.2, 139.7), "Ativa Publicidade"),
    # characters by the drawn lines, not pdfplumber's snapped borders (ruled.Rulings): the column line is
    # drawn at 228.6 and snapped to 231.2 with lines of other rows; pdfplumber "(EMBRATUR). I" | "ndividual"
    (
        REAL / "dou/dou_s1_2014_10_01_full.pdf",
        125,
        (49.6, 689.8, 231.2, 697.2),
        "Instituto Brasileiro de Turismo (EMBRATUR).",
    ),
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 125, (231.2, 689.8, 306.6, 697.2), "Individual"),
    # the row's line drawn at 452.4, snapped 4 pt off (a chained cluster: 452.4 ... 459.5 to 456.4);
    # pdfplumber "201171/2011 It" / "ri" | "apemi-" / "m33."
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 111, (384.4, 696.8, 456.4, 710.5), "201171/2011"),
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 111, (456.4, 696.8, 517.3, 710.5), "Itapemi-\nrim33."),
    # a municipal gazette's letterhead: "CENTRO" (pdfplumber "CENTR")
    (REAL / "municipal/tucano_ba_doe_1516_2021.pdf", 22, (167.5, 220.2, 188.2, 227.8), "CENTRO"),
    # near misses. "CLAS.." is drawn across the column line (through the "S", no snapping there): it splits
    (REAL / "dou/dou_s2_2017_10_02_full.pdf", 13, (297.6, 281.0, 340.8, 297.0), "CLA\n.\n."),
    (REAL / "dou/dou_s2_2017_10_02_full.pdf", 13, (340.8, 281.0, 425.2, 297.0), "S.. NOME"),
    # three tables side by side whose row lines pdfplumber snaps together (233.7: lines of the middle table
    # at 229.0 and 236.3 among them): the border is the nearest covering line (236.3), not the middle of
    # both, and the cell keeps the two rows pdfplumber merged into it
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 17, (318.6, 223.5, 348.7, 233.7), "7,8403\n8,2323"),
    # ... and a beer list's row: "SANTA CERVA" alone, as drawn (its row's lines 411.3 and 417.8, snapped to
    # 412.9 and 421.1 with other tables'); VERSION 2 put the next row's "SANTA CERVA MALZBIER" in it too
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 19, (49.6, 412.9, 205.5, 421.1), "SANTA CERVA"),
    # a leader dot on the column line (DOU 2019 ENEM list) goes by pdfplumber's border: in no cell
    (
        REAL / "dou/dou_s3_2019_03_25_edital_enem_pages.pdf",
        1,
        (67.1, 207.3, 261.6, 220.2),
        "VALERIA REGINA AYRES MOTTA",
    ),
    # the DOU 2014 watermark "COMERCIALIZAÇÃO PROIBIDA POR TERCEIROS" across the tables: no piece of
    # it in a cell ("NAC 7/1/1998" before; pdfplumber has no letter of it here)
    (REAL / "dou/dou_s1_2014_10_01_p121.pdf", 1, (531.5, 313.4, 651.3, 320.8), "7/1/1998"),
]


def _cell(cells, box):
    hits = [c for c in cells if all(abs(a - b) <= 1.5 for a, b in zip(c.box, box))]
    assert len(hits) == 1, f"one cell at {box}, found {len(hits)}"
    return hits[0]


@pytest.mark.parametrize(("path", "page", "box", "text"), CELLS, ids=[f"{p.name}:{n}" for p, n, *_ in CELLS])
def test_cell_text(path, page, box, text):
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    with PdfFile(path) as pdf:
        laid = lay_out(pdf, page, page, ocr=False).pages[0]
        pdf_page = pdf.doc[page - 1]
        try:
            alone = read_page_tables(pdf_page, laid)  # the benchmark's way: tables and text on the loaded page
        finally:
            pdf_page.close()
        pdf.search_tables = True  # the pipeline's way: tables found as the page is read, text later
        found = lay_out(pdf, page, page, ocr=False).pages[0]
        cells, failures = tables.read_tables(path, [found], doc=pdf.doc)
    assert not failures
    assert _cell(alone, box).text == text
    assert _cell(cells, box).text == text


# (file, page, causes of the cells that differ from pdfplumber's there: at least these counts)
CAUSES = [
    # "SÃO PA U L O / S P": space glyphs drawn over the letters; the watermark's letters in the cells
    (REAL / "dou/dou_s1_2014_10_01_p121.pdf", 1, {"spaces_plumber": 1, "watermark": 1}),
    # pdfplumber's snapped border puts "I" of "Individual", "l" of "Agregado" in the cell beside (render checked)
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 125, {"snapped_border": 4}),
    # "Itapemi-rim33.", "Municí-pio31.", "Municí-pio25.": the row line 3-4 pt left of the snapped border
    (REAL / "dou/dou_s1_2014_10_01_full.pdf", 111, {"snapped_border": 3, "spaces_plumber": 1}),
    # "assimcomooPrincípio...": pdfplumber joins letters up to 3 pt apart, the words are 2.5 pt apart
    (REAL2 / "esig/apae_tres_pontas_oficio_200_2024_pronas_adobe_pades_icp.pdf", 4, {"spaces_plumber": 16}),
]


@pytest.mark.parametrize(("path", "page", "least"), CAUSES, ids=[f"{p.name}:{n}" for p, n, _ in CAUSES])
def test_causes_of_the_cells_that_differ(path, page, least):
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    (row,) = compare_file(path, [page], why=True)
    counts: dict[str, int] = {}
    for cause, *_ in row["causes"]:
        counts[cause] = counts.get(cause, 0) + 1
    for cause, n in least.items():
        assert counts.get(cause, 0) >= n, counts
    assert counts.get("other", 0) == 0, [c for c in row["causes"] if c[0] == "other"]


def test_display_shift_of_an_inherited_media_box(tmp_path):
    """pdfplumber and seidou both measure from the top of a media box the page inherits from the page
    tree (765 x 907 pt): no shift between them (compare.py took pypdfium2's US Letter crop box there and
    moved pdfplumber's cells 115 pt, none of them matched ours)."""
    path = text_pdf(tmp_path / "p.pdf", "BT /F2 12 Tf 72 100 Td (X) Tj ET\n", width=765, height=907, inherited=True)
    with PdfFile(path) as pdf, pdfplumber.open(path) as plumb:
        assert display_shift(pdf.doc[0], tuple(plumb.pages[0].mediabox)) == pytest.approx((0.0, 0.0))


def test_compare_finds_the_cells_of_a_page_with_an_inherited_media_box():
    path = REAL2 / "gazette/dodf_017_2004_01_26_secao3_pagemaker.pdf"
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    (row,) = compare_file(path, [8])
    found, equal, _ = match(row["ref"], row["ours"])
    assert len(row["ref"]) == 12
    assert found == equal == 12


# --- characters within the drawn lines, not pdfplumber's snapped ones ------------------------------


def _v(x, top, bottom):
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}


def _h(y, x0, x1):
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}


# A two-column table whose middle line is drawn at x = 200; a lone vertical line lower on the page at
# 202.5 is within pdfplumber's 3-pt snap of it: both snap to 201.25, the cells' border.
GRID = [_v(100, 0, 40), _v(200, 0, 40), _v(300, 0, 40), _h(0, 100, 300), _h(20, 100, 300), _h(40, 100, 300)]
LONE = [_v(202.5, 100, 140)]


def _word(text, x0, x1, top=5.0, bottom=15.0):
    return Word(text, x0, top, x1, bottom, bottom - top)


# (words with their characters' middles, the two cells' texts in the first row)
DRAWN = [
    # "I" of "Individual" right of the drawn line (200) and left of the snapped one (201.25): pdfplumber
    # "I" | "ndividual"; within the drawn line, the whole word is the right cell's
    ([("Individual", 200.2, 240.0, [200.8] + [203.0 + 4 * k for k in range(9)])], ("", "Individual")),
    # a word drawn across the line still splits there ("32" over two cells of a vote table)
    ([("32", 196.0, 205.0, [198.0, 203.0])], ("3", "2")),
    # ... and at the drawn line, not the snapped one: "CLA" | "S" (the "S" at 200.9)
    ([("CLAS", 191.0, 202.0, [192.5, 195.5, 198.5, 200.9])], ("CLA", "S")),
    # a letter just left of the drawn line stays in the left cell
    ([("Itapemi-rim33.", 150.0, 199.9, [150.5 + 3.5 * k for k in range(14)])], ("Itapemi-rim33.", "")),
]


@pytest.mark.parametrize(("words", "texts"), DRAWN, ids=[w[0][0] for w, _ in DRAWN])
def test_characters_go_by_the_drawn_line(words, texts):
    tables_found = find_tables(GRID + LONE)
    (table,) = tables_found
    assert table.rows[0].cells[0][2] == pytest.approx(201.25)  # pdfplumber's snapped border, kept as the box
    assert table.rulings.box(table.rows[0].cells[0])[2] == pytest.approx(200.0)
    placed = [_word(t, x0, x1) for t, x0, x1, _ in words]
    mids = {id(w): m for w, (*_, m) in zip(placed, words)}
    (first, *_) = cell_texts(table, placed, lambda w: mids[id(w)])
    assert tuple(text for _, text in first) == texts


def test_a_border_drawn_twice_is_drawn_between():
    """A rule drawn as a thin rectangle (two sides 0.6 pt apart) is at their middle; a short underline
    snapped into a cell's bottom border is not where the border is drawn."""
    thick = [_v(199.7, 0, 40), _v(200.3, 0, 40)]
    (table,) = find_tables([e for e in GRID if e["x0"] != 200 or e["orientation"] != "v"] + thick + LONE)
    assert table.rows[0].cells[0][2] == pytest.approx(200.833, abs=0.01)
    assert table.rulings.box(table.rows[0].cells[0])[2] == pytest.approx(200.0)
    underline = [_h(18.0, 120, 140)]
    (table,) = find_tables(GRID + underline)
    assert table.rulings.box(table.rows[0].cells[0])[3] == pytest.approx(20.0)


def test_compare_finds_the_cells_of_a_rotated_page():
    """pdfplumber turns a page's media box with its /Rotate: the UNESCO acordo's annex (portrait pages
    turned 90°, a landscape budget table) was compared 247 pt off ours, and no cell matched."""
    path = REAL2 / "esig/unesco_acordo_parceiros_sa2800_2021_clara_amizade_adobe_sign_encrypted.pdf"
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    (row,) = compare_file(path, [53])
    found, _, _ = match(row["ref"], row["ours"])
    assert len(row["ref"]) == 322
    assert found == 322
