"""The stages that read a PDF: open it, read a window's pages, OCR the scanned ones, lay them out.

Also the functions other code calls directly: :func:`read_layout` (a whole file laid out),
:func:`lay_out` (a page range of an open file) and :func:`page_windows`."""

from __future__ import annotations

import os

from seidou.io import ocr as ocr_engine
from seidou.io.pdf import PdfFile
from seidou.layout.compose import Layout, layout_pages, scanned_pages
from seidou.layout.types import RawPage
from seidou.runner.stages.base import FileRun

# Pages are laid out and segmented in windows of this many pages, so memory follows the window,
# not the file (a 1,000-page edition). A document cut by a window edge becomes two documents, the
# second marked continues_previous. SEIDOU_WINDOW_PAGES overrides it.
WINDOW_PAGES = int(os.environ.get("SEIDOU_WINDOW_PAGES", "100"))

BLANK_SCALE = 12 / 72  # a page drawn at 12 dpi: enough to see any ink, a few ms even for a big page
BLANK_LEVEL = 235  # grey level (0-255) under which a pixel is ink


def open_pdf(run: FileRun) -> None:
    """Stage ``open``: the file opened in PDFium."""
    run.pdf = PdfFile(run.path)


def file_facts(run: FileRun) -> None:
    """Stage ``facts``: the file's sha256, pages, producer and signature fields; its page windows."""
    run.facts = run.pdf.facts()
    run.sha = run.facts.sha256
    run.pages = []
    run.windows = page_windows(run.pdf.n_pages)


def read_pages(run: FileRun) -> None:
    """Stage ``read``: the window's pages as PDFium gives them (words, boxes, images)."""
    first, last = run.window
    run.raw = list(run.pdf.pages(first, last))


def ocr(run: FileRun) -> None:
    """Stage ``ocr``: the window's scanned pages read by Tesseract (when ``opts.ocr``)."""
    if run.opts.ocr:
        run.unread.extend(ocr_scanned(run.pdf, run.raw, run.context.layout_known))


def layout(run: FileRun) -> None:
    """Stage ``layout``: the window's pages laid out (columns, furniture, reading order) into one text."""
    run.layout = layout_pages(run.raw, run.context.layout_known)


def read_layout(path: str, *, ocr: bool = True) -> tuple[PdfFile, Layout]:
    """Open a PDF and lay out all its pages (raises :class:`SeidouError` subclasses).

    Pages without a usable text layer are read by Tesseract when ``ocr`` and it is installed
    (io.ocr); otherwise they stay flagged (``text_source = 'none'``)."""
    pdf = PdfFile(path)
    try:
        return pdf, lay_out(pdf, ocr=ocr)
    except Exception:
        pdf.close()
        raise


def lay_out(
    pdf: PdfFile,
    first: int = 1,
    last: int | None = None,
    *,
    ocr: bool,
    known: dict | None = None,
    unread: list[int] | None = None,
) -> Layout:
    """Pages ``first``..``last`` of an open PDF read, OCR'd where scanned (``ocr``) and laid out;
    ``known`` carries furniture and backgrounds from earlier windows of the file (layout_pages);
    ``unread`` gets the scanned pages that OCR was asked for but Tesseract is not installed."""
    raw = list(pdf.pages(first, last))
    missed = ocr_scanned(pdf, raw, known) if ocr else []
    if unread is not None:
        unread.extend(missed)
    return layout_pages(raw, known)


def ocr_scanned(pdf: PdfFile, raw: list[RawPage], known: dict | None = None) -> list[int]:
    """Read the scanned pages of ``raw`` with Tesseract, in place (``text_source = 'ocr'``, or
    ``ocr_error``); a scanned page left unread is 'none' by layout_pages. Blank pages are not sent to
    Tesseract. Returns the scanned pages left unread because Tesseract is not installed."""
    # a copy: layout_pages adds this window's backgrounds to ``known`` itself
    scanned = scanned_pages(raw, dict(known) if known is not None else None)
    if not scanned:
        return []
    engine = ocr_engine.available()
    unread = []
    for rp in raw:
        if rp.number not in scanned:
            continue
        page = pdf.doc[rp.number - 1]
        if is_blank(page):
            page.close()
            continue
        if not engine:
            unread.append(rp.number)
            page.close()
            continue
        try:
            rp.words = ocr_engine.merge_words(rp.words, ocr_engine.ocr_page(page))
            rp.text_source = "ocr"
        except Exception as e:  # a page Tesseract cannot read stays flagged; the file goes on
            rp.ocr_error = f"{type(e).__name__}: {e}"
        finally:
            page.close()
    return unread


def is_blank(page) -> bool:
    """True when a page, drawn small, has no pixel darker than paper (nothing for OCR to read)."""
    try:
        image = page.render(scale=BLANK_SCALE, grayscale=True).to_pil().convert("L")
    except Exception:  # noqa: BLE001 - a page that cannot be drawn is left to OCR to report
        return False
    low, _high = image.getextrema()
    return low >= BLANK_LEVEL


def page_windows(n_pages: int, size: int | None = None) -> list[tuple[int, int]]:
    """1-based inclusive page ranges of at most ``size`` pages.

    >>> page_windows(450, 200)
    [(1, 200), (201, 400), (401, 450)]
    """
    size = size or WINDOW_PAGES
    return [(a, min(a + size - 1, n_pages)) for a in range(1, n_pages + 1, size)]
