"""Pages without a text layer are flagged (`pages.ocr`, `files.text_layer`), not failed."""

from __future__ import annotations

from seidou.runner.process import process_file

from .. import badpdfs
from ..conftest import FIXTURES

SEI = FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"


def test_scanned_pdf_is_flagged_not_failed(tmp_path):
    path = badpdfs.scanned(SEI, tmp_path / "scan.pdf", pages=2)
    result = process_file(str(path), "r1", ocr=False)  # tests/test_ocr.py runs Tesseract on such pages
    assert result.status == "ok"
    assert result.rows["files"][0]["text_layer"] == "no"
    assert [p["ocr"] for p in result.rows["pages"]] == [True, True]
    assert [p["text_source"] for p in result.rows["pages"]] == ["none", "none"]
    assert result.rows["documents"][0]["text"] == ""


def test_mixed_pdf_is_partial(tmp_path):
    scan = badpdfs.scanned(SEI, tmp_path / "scan.pdf", pages=1)
    mixed = badpdfs.concatenated([SEI, scan], tmp_path / "mixed.pdf")
    result = process_file(str(mixed), "r1", ocr=False)
    assert result.rows["files"][0]["text_layer"] == "partial"
    flags = [p["ocr"] for p in result.rows["pages"]]
    assert flags == [False] * 5 + [True]


def test_letterhead_behind_text_is_not_a_scan(laid_out):
    # Tucano-BA gazette ed. 1.507, pp. 4-6: a full-page letterhead image behind born-digital text
    layout = laid_out("tucano_ba_doe_1507_2021_p4-6.pdf")
    assert [p.needs_ocr for p in layout.pages] == [False, False, False]
    assert all("Edição 1.507" in p.header_text for p in layout.pages)
    assert all("Certificação Digital" in p.footer_text for p in layout.pages)
    assert "Certificação Digital" not in layout.text and "Página 5" not in layout.text
    assert "DECRETO Nº 130-B, DE 28 DE FEVEREIRO DE 2021." in layout.text
