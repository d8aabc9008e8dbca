"""Word boundaries from geometry: pieces whose boxes touch are one word (a space the PDF drew back), a
gap as wide as a space inside a token is two words (a space PDFium did not write).

Rows: the gaps (in character heights) measured on real documents, and the same pages read whole."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from seidou.io.pdf import read_page
from seidou.layout.lines import build_lines
from seidou.layout.types import Word

from ..conftest import SHARED

H = 10.0  # character height of the synthetic rows


def _line(tokens: list[tuple], tracking: float = 0.0) -> str:
    """Lay out tokens (text, gap after it in heights) on one baseline, ~0.5 height per character; words of
    three letters or more get ``tracking`` (their measured letter spacing)."""
    words, x = [], 0.0
    for text, gap in tokens:
        w = Word(text, x, 0.0, x + 0.5 * H * len(text), H, H, tracking=tracking if len(text) >= 3 else 0.0)
        words.append(w)
        x = w.x1 + gap * H
    return " | ".join(ln.text for ln in build_lines(words))


# (source, tokens with their gaps, expected line text)
ROWS = [
    # a space then a kerning move back: the boxes touch (gap 0.00)
    (
        "DOU 2014-10-01 p. 13",
        [("EMPRESA", 0.25), ("LT", 0.0), ("D", 0.0), ("A", 0.0), (".", 0.3), ("CNPJ", 0)],
        "EMPRESA LTDA. CNPJ",
    ),
    (
        "DOU 2014-10-01 p. 45: e-MEC process number",
        [
            ("no", 0.3),
            ("2", 0.0),
            ("0", 0.0),
            ("11", 0.0),
            ("0", 0.0),
            ("7", 0.0),
            ("8", 0.0),
            ("5", 0.0),
            ("0", 0.0),
            (".", 0),
        ],
        "no 201107850.",
    ),
    (
        "DODF 2020-01-07 p. 20",
        [("IMPORTAÇÃO", 0.29), ("E", 0.29), ("EXPORTA", 0.01), ("Ç", 0.01), ("Ã", 0.01), ("O", 0)],
        "IMPORTAÇÃO E EXPORTAÇÃO",
    ),
    (
        "DOU 2017-10-02 s1 p. 1",
        [("R", 0.0), ("E", 0.0), ("L", 0.0), ("ATO", 0.0), ("R", 1.84), (":", 0.13), ("MIN.", 0.34), ("ROBERTO", 0)],
        "RELATOR : MIN. ROBERTO",
    ),
    # a line of touching short pieces alone (a date split digit by digit, DOU 2017-10-02 s2)
    (
        "DOU 2017-10-02 s2",
        [
            ("11", 0.0),
            ("/", 0.0),
            ("0", 0.0),
            ("9", 0.0),
            ("/", 0.0),
            ("2", 0.0),
            ("0", 0.0),
            ("1", 0.0),
            ("7", 0.0),
            (".", 0),
        ],
        "11/09/2017.",
    ),
    # near misses: real spaces stay
    ("initials", [("J.", 0.25), ("B.", 0.25), ("SILVA", 0)], "J. B. SILVA"),
    ("amount", [("R$", 0.25), ("1.000,00", 0)], "R$ 1.000,00"),
    ("tight justified line", [("Nº", 0.09), ("12", 0.09), ("de", 0)], "Nº 12 de"),
    # names in boxes wider than their glyphs: every space touches, no wider space on the line, long pieces
    (
        "DODF 2020-01-07: signatory names",
        [("RAIANA", -0.06), ("DO", 0.02), ("EGITO", 0.02), ("MOURA", 0)],
        "RAIANA DO EGITO MOURA",
    ),
    (
        "SEI-AL plano setorial: a form hint",
        [("[Ex:", -0.03), ("Cel", -0.03), ("BM", -0.03), ("Nome", 0)],
        "[Ex: Cel BM Nome",
    ),
]


@pytest.mark.parametrize("source,tokens,expected", ROWS, ids=[r[0] for r in ROWS])
def test_touching_pieces(source, tokens, expected):
    assert _line(tokens) == expected


# (source, tokens, letter spacing of the words, expected): tracked headings cut by PDFium at a letter gap
TRACKED = [
    ("DOE-BA 2020 p. 5", [("DE", 1.39), ("CORRE", 0.59), ("NTINA", 0)], 0.59, "DE CORRENTINA"),
    ("DOE-BA 2020 p. 5", [("DE", 1.39), ("DIA", 0.59), ("S", 1.39), ("D’ÁVILA", 0)], 0.59, "DE DIAS D’ÁVILA"),
    # near misses: a word space of a tracked line stays; an untracked line's spaces stay
    ("tracked, word gap twice the letter gap", [("FEIRA", 1.2), ("DE", 1.2), ("SANTANA", 0)], 0.59, "FEIRA DE SANTANA"),
    ("untracked body text", [("após", 0.3), ("a", 0.3), ("data", 0)], 0.0, "após a data"),
    # near miss (issue 29 hardening; the old-corpus probe): digits set apart in a DOU 2017-10-02 s1 bar-code row are
    # no tracked word cut between its letters
    ("DOU 2017-10-02 s1 digit row", [("2198", 0.59), ("765", 0.59), ("432", 0)], 0.59, "2198 765 432"),
]


@pytest.mark.parametrize("source,tokens,tracking,expected", TRACKED, ids=[r[0] for r in TRACKED])
def test_tracked_pieces(source, tokens, tracking, expected):
    assert _line(tokens, tracking) == expected


def _page_lines(rel: str, page: int) -> list[str]:
    doc = pdfium.PdfDocument(str(SHARED / "corpus" / rel))
    try:
        return [ln.text for ln in build_lines([w for w in read_page(doc, page - 1).words if not w.rotated])]
    finally:
        doc.close()


# (file under ../shared/corpus, page, text a line holds, text no line holds)
PAGES = [
    # touching pieces joined
    ("real/dou/dou_s1_2014_10_01_full.pdf", 13, "LTDA", "LT D A"),
    ("real/other/dodf_004_2020_01_07_integra.pdf", 20, "EXPORTAÇÃO", "EXPORTA Ç"),
    # glued tokens cut
    ("real2/gazette/dou_s3_2020_08_17_p92_and_2022_04_29_p182.pdf", 1, "após a", "apósa"),
    ("real/other/dodf_005_2020_01_08_integra.pdf", 18, "22/11/2014 a", "22/11/2014a"),
    ("real/dou/dou_s3_2019_03_25_edital_enem_pages.pdf", 14, "especificando a", "especificandoa"),
    # a tracked heading: a run with every letter gap alike is not cut, and the pieces PDFium cut at one of
    # its letter gaps are joined (DOE-BA 2020 p. 5: "CORRE[0.59]NTINA", "SA NTA NA" between spaces of 1.35)
    ("real2/gazette/doe_ba_22825_2020_01_21_pages.pdf", 5, "DE CORRENTINA", "CORRE NTINA"),
    ("real2/gazette/doe_ba_22825_2020_01_21_pages.pdf", 5, "FEIRA DE SANTANA", "SA NTA"),
    ("real2/gazette/doe_ba_22825_2020_01_21_pages.pdf", 5, "DIAS D’ÁVILA", "DIA S"),
]


@pytest.mark.parametrize("rel,page,present,absent", PAGES, ids=[f"{p[0].split('/')[-1]}-{p[1]}" for p in PAGES])
def test_real_pages(rel, page, present, absent):
    path = SHARED / "corpus" / rel
    if not path.exists():
        pytest.skip(f"{rel} is not in the shared corpus")
    lines = _page_lines(rel, page)
    assert any(present in t for t in lines)
    assert not any(absent in t for t in lines)
