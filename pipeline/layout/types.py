"""Data types of the layout stage: words in, lines, blocks and pages out.

Coordinates are PDF points with the origin at the top-left of the page as displayed
(``top`` grows downwards), the convention of pdfplumber and of the Parquet tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Word:
    """A run of characters without white space, as read from the PDF."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # height of the loose character box: a proxy for the font size
    soft_hyphen: bool = False  # ends with a hyphen the PDF engine marked as a line-end break
    rotated: bool = False  # not horizontal: the DOU margin sentence (vertical), a diagonal watermark
    new_line: bool = False  # the PDF engine put a line break before this word (drawing order)
    bold: bool = False  # set in a bold font (io.pdf.FontWeights), asked of words that start a PDFium line only
    # the narrowest gap between two of its letters, in character heights, where the word is tracked (letters
    # set apart, at least io.pdf.TRACKED): 0.0 for ordinary words and words under three characters
    tracking: float = 0.0
    ocr: bool = False  # read by Tesseract from a picture of the page (io.ocr), not from its text layer


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right, inside one column."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    text: str = ""

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute the box, size and text after ``words`` changed (one pass: this is hot)."""
        ws = self.words
        w0 = ws[0]
        x0, top, x1, bottom, size = w0.x0, w0.top, w0.x1, w0.bottom, w0.size
        for w in ws:
            if w.x0 < x0:
                x0 = w.x0
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            if w.size > size:
                size = w.size
        self.x0, self.top, self.x1, self.bottom, self.size = x0, top, x1, bottom, size
        self.text = " ".join([w.text for w in ws])

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(slots=True)
class RawPage:
    """What the PDF reader gives the layout stage for one page."""

    number: int  # 1-based
    width: float
    height: float
    rotation: int
    n_chars: int
    words: list[Word] = field(default_factory=list)
    # large images: (signature, share of the page, almost no text over it); see io.pdf
    images: list[tuple[str, float, bool]] = field(default_factory=list)
    ruled: bool = False  # table rulings drawn on the page: worth a table search
    outlined: bool = False  # its text is drawn as glyph outlines (path objects), with (almost) no text layer
    error: str | None = None  # the page could not be read; the message
    text_source: str = "pdf"  # 'pdf' | 'ocr' (words read by Tesseract, io.ocr) | 'none' (scanned, not read)
    ocr_error: str | None = None  # OCR was tried and failed: the message
    # the ruled tables found while the page was loaded (io.tables.search_loaded_page: pdfplumber Tables,
    # or the exception the search raised); None: not searched then (io.tables loads the page again)
    tables: object = None


@dataclass(slots=True)
class PageLayout:
    """One page after layout: body lines in reading order, grouped in blocks, and the page furniture."""

    number: int
    width: float
    height: float
    rotation: int
    n_chars: int
    blocks: list[list[Line]]
    header: list[Line]
    footer: list[Line]
    margin: list[Line]
    n_columns: int
    needs_ocr: bool
    error: str | None = None
    ruled: bool = False
    text_source: str = "pdf"  # see RawPage.text_source
    ocr_error: str | None = None
    tables: object = None  # see RawPage.tables
    outlined: bool = False  # see RawPage.outlined

    @property
    def header_text(self) -> str:
        return "\n".join(line.text for line in self.header)

    @property
    def footer_text(self) -> str:
        return "\n".join(line.text for line in self.footer)

    @property
    def margin_text(self) -> str:
        return "\n".join(line.text for line in self.margin)
