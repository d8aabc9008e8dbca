"""Texts of real pages for the tests that compare a fast path with the slow one: the seeds' texts and pages of the
shared corpus as PDFium reads them (never copied into the project; without ../shared there are none, and the callers' crafted strings are
all they test)."""

from __future__ import annotations

from .conftest import SHARED

SEEDS = SHARED / "corpus" / "seeds"
PAGES = [  # (file under ../shared/corpus, its pages): acts, extratos, SEI exports and municipal gazettes
    ("real/other/dodf_004_2020_01_07_integra.pdf", range(0, 40)),
    ("real/dou/dou_s1_2014_10_01_full.pdf", range(0, 40)),
    ("real/sei/sei_al_processo_e01203_0000000161_2025_full.pdf", range(0, 40)),
    ("real/municipal/tucano_ba_doe_1507_2021.pdf", range(0, 40)),
]


def real_texts() -> list[str]:
    """The texts, each also with PDFium's CRLF line ends made line feeds (the pipeline's canonical text has no CR:
    patterns anchored at line ends match there); none without ../shared."""
    import pypdfium2 as pdfium

    if not SEEDS.is_dir():
        return []
    out = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]
    for rel, pages in PAGES:
        pdf = pdfium.PdfDocument(str(SHARED / "corpus" / rel))
        out += [pdf[k].get_textpage().get_text_range() for k in pages if k < len(pdf)]
        pdf.close()
    return out + [t.replace("\r\n", "\n") for t in out if "\r\n" in t]
