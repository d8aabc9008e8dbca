"""The page's box where the media box is inherited from the page tree (PDF 32000-1 7.7.3.4): pypdfium2's
``get_cropbox`` reads only the page's own dictionary and says US Letter there; the reader must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from seidou.io.pdf import open_pdf, read_page
from tests.badpdfs import text_pdf

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real2"
TEXT = "BT /F2 12 Tf 72 100 Td (CONVENIO 12/2024) Tj ET\n"


@pytest.mark.parametrize("inherited", [False, True])
@pytest.mark.parametrize("size", [(765, 907), (595, 842), (612, 792)])
def test_page_size_and_boxes_with_the_media_box_inherited_or_not(tmp_path, inherited, size):
    path = text_pdf(tmp_path / "p.pdf", TEXT, width=size[0], height=size[1], inherited=inherited)
    with open_pdf(path) as pdf:
        page = read_page(pdf.doc, 0)
    assert (page.width, page.height) == pytest.approx(size)
    word = next(w for w in page.words if w.text.startswith("CONVENIO"))
    # the baseline is 100 pt above the page's bottom: the word's top is ~112 pt above it, in display space
    assert size[1] - 115 < word.top < word.bottom < size[1] - 95
    assert 71 < word.x0 < 73


@pytest.mark.parametrize(
    "name, size",
    [
        ("dodf_017_2004_01_26_secao3_pagemaker.pdf", (765, 907)),  # PageMaker, 2004: MediaBox on the Pages node
        ("paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf", (595.28, 841.89)),  # a 1Doc export
    ],
)
def test_real_pages_with_an_inherited_media_box(name, size):
    found = list(SHARED.rglob(name))
    if not found:
        pytest.skip(f"{name} is not in ../shared/corpus/real2")
    with open_pdf(found[0]) as pdf:
        page = read_page(pdf.doc, 0)
    assert (page.width, page.height) == pytest.approx(size, abs=0.01)
    assert page.words and all(0 <= w.top and w.bottom <= page.height + 1 for w in page.words)
    assert all(-1 <= w.x0 and w.x1 <= page.width + 1 for w in page.words)
