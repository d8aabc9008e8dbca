"""Texts of real pages for the tests that compare a fast path with the slow one: the seeds' texts and pages of the
shared corpus as PDFium reads them (never copied into the project; the callers skip without ../shared)."""

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
    import pypdfium2 as pdfium

    out = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]
    for rel, pages in PAGES:
        pdf = pdfium.PdfDocument(str(SHARED / "corpus" / rel))
        out += [pdf[k].get_textpage().get_text_range() for k in pages if k < len(pdf)]
        pdf.close()
    return out
