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


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right, inside one column."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ws = self.words
        self.x0 = min(w.x0 for w in ws)
        self.x1 = max(w.x1 for w in ws)
        self.top = min(w.top for w in ws)
        self.bottom = max(w.bottom for w in ws)
        self.size = max(w.size for w in ws)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

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
    image_area: float = 0.0  # share of the page covered by images with (almost) no text over them
    error: str | None = None  # the page could not be read; the message


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

    @property
    def header_text(self) -> str:
        return "\n".join(line.text for line in self.header)

    @property
    def footer_text(self) -> str:
        return "\n".join(line.text for line in self.footer)

    @property
    def margin_text(self) -> str:
        return "\n".join(line.text for line in self.margin)
