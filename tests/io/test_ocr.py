"""OCR of pages without a text layer (Tesseract, Portuguese): pages.ocr / text_source, the facts found
on them, and what happens without Tesseract or when it fails."""

from __future__ import annotations

import pytest

from seidou.io import ocr
from seidou.layout.types import Word
from seidou.runner.process import process_file

from .. import badpdfs
from ..conftest import FIXTURES

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract with Portuguese data is not installed (Debian: tesseract-ocr-por)"
)
# Scanned Tucano-BA x Polícia Federal convênio 0003/2016 (no text layer), pages 1 and 7 of 8
SCAN = FIXTURES / "tucano_ba_convenio_pf_0003_2016_scan_p1_p7.pdf"
SEI = FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"


@pytest.fixture(scope="module")
def scan_result():
    return process_file(str(SCAN), "r1", tables="off")


@needs_tesseract
def test_scanned_convenio_pages_are_read(scan_result):
    assert scan_result.status == "ok"
    assert [(p["ocr"], p["text_source"]) for p in scan_result.rows["pages"]] == [(True, "ocr")] * 2
    assert scan_result.rows["files"][0]["text_layer"] == "no"
    assert scan_result.rows["errors"] == []


@needs_tesseract
def test_scanned_convenio_facts(scan_result):
    rows = scan_result.rows
    # page 1 (read by eye): the Município de Tucano and the Superintendência Regional da PF na Bahia
    cnpjs = {(r["value"], r["valid"], r["page"]) for r in rows["identifiers"] if r["kind"] == "cnpj"}
    assert cnpjs == {("13810312000102", True, 1), ("00394494002260", True, 1)}
    assert any(r["kind"] == "nup" and r["value"] == "08255.009525/2015-15" for r in rows["identifiers"])
    cpfs = [r["value"] for r in rows["identifiers"] if r["kind"] == "cpf"]
    assert len(cpfs) == 2 and all(v.startswith("***") for v in cpfs)  # masked, as for a text layer
    (doc,) = rows["documents"]
    assert doc["doc_type"] == "convenio"
    # the title's second line (its number, same face) is read with it since OCR lines get one size per face
    assert doc["title"].startswith("CONVÊNIO PARA CONCESSÃO DE PORTE DE ARMA DE FOGO")
    # page 7: "O presente Convênio tem vigência de 5 (cinco) anos, a partir da data de publicação"
    (vig,) = rows["vigencia"]
    assert (vig["duration_value"], vig["duration_unit"], vig["anchor"], vig["page"]) == (5, "anos", "publicacao", 2)
    # the preamble's two parties name themselves ("doravante denominado MUNICÍPIO"): partícipes
    parties = {(p["role"], p["cnpj"], p["representative_name"]) for p in rows["parties"]}
    assert parties == {
        ("participe", "13810312000102", "IGOR MOREIRA NUNES"),
        ("participe", "00394494002260", "DANIEL JUSTO MADRUGA"),
    }
    # boxes of OCR'd facts are in page points, inside the page
    for r in rows["identifiers"]:
        assert 0 <= r["x0"] < r["x1"] <= 595.4 and 0 <= r["top"] < r["bottom"] <= 842


@needs_tesseract
def test_ocr_of_a_rendered_page_finds_what_its_text_layer_has(tmp_path):
    """A born-digital SEI page rendered to an image and read back by OCR yields the same CNPJs and
    SEI numbers as its text layer (the expected values come from the text layer, not from OCR)."""
    scan = badpdfs.scanned(SEI, tmp_path / "scan.pdf", pages=1, scale=2.0)
    digital = process_file(str(SEI), "r1", tables="off", ner="off")
    scanned = process_file(str(scan), "r1", tables="off", ner="off")
    assert scanned.rows["pages"][0]["text_source"] == "ocr"

    def ids(result, kinds=("cnpj", "sei")):
        return {(r["kind"], r["value"]) for r in result.rows["identifiers"] if r["kind"] in kinds and r["page"] == 1}

    expected = ids(digital)
    assert expected  # the page has some
    assert expected <= ids(scanned)


def test_without_tesseract_scanned_pages_are_flagged_and_the_file_partial(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "available", lambda: None)
    result = process_file(str(SCAN), "r1", tables="off", ner="off")
    assert result.status == "partial"  # nothing lost in silence: the next run reads them again
    assert result.rows["files"][0]["status"] == "partial"
    assert [(p["ocr"], p["text_source"]) for p in result.rows["pages"]] == [(True, "none")] * 2
    assert [(e["stage"], e["error_type"], e["page"]) for e in result.rows["errors"]] == [("ocr", "ocr_unavailable", 1)]
    assert "2 scanned page(s) not read" in result.rows["errors"][0]["message"]


def test_with_ocr_off_scanned_pages_are_only_flagged(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: None)
    result = process_file(str(SCAN), "r1", tables="off", ner="off", ocr=False)
    assert result.status == "ok" and result.rows["errors"] == []  # the user asked for no OCR


def test_blank_pages_are_not_sent_to_ocr(monkeypatch, tmp_path):
    from PIL import Image

    white = Image.new("RGB", (1240, 1754), "white")  # a scanned blank sheet, and a scanned page
    ink = Image.new("RGB", (1240, 1754), "white")
    ink.paste((0, 0, 0), (100, 100, 600, 140))
    white.save(tmp_path / "blank.pdf", "PDF", save_all=True, append_images=[ink], resolution=150.0)
    calls = []
    monkeypatch.setattr(ocr, "available", lambda: "fake 1.0")
    monkeypatch.setattr(ocr, "ocr_page", lambda page, **kw: calls.append(page) or [])
    result = process_file(str(tmp_path / "blank.pdf"), "r1", tables="off", ner="off")
    assert len(calls) == 1 and result.status == "ok"  # only the page with ink went to OCR


def test_a_failing_ocr_engine_is_an_error_row_and_the_file_goes_on(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: "fake 1.0")
    monkeypatch.setattr(ocr, "ENGINE", "false")  # exits 1 without output
    result = process_file(str(SCAN), "r1", tables="off", ner="off")
    assert result.status == "partial"
    assert [p["text_source"] for p in result.rows["pages"]] == ["none", "none"]
    errs = result.rows["errors"]
    assert [(e["stage"], e["error_type"], e["page"]) for e in errs] == [
        ("ocr", "ocr_failed", 1),
        ("ocr", "ocr_failed", 2),
    ]


def test_text_layer_pages_are_not_ocred(monkeypatch):
    called = []
    monkeypatch.setattr(ocr, "ocr_page", lambda *a, **k: called.append(1) or [])
    result = process_file(str(SEI), "r1", tables="off", ner="off")
    assert not called
    assert {p["text_source"] for p in result.rows["pages"]} == {"pdf"}


def test_merge_keeps_text_layer_words_and_adds_the_rest():
    pdf = [Word("Extrato", 10, 10, 60, 20, 10)]
    got = ocr.merge_words(pdf, [Word("Extrat0", 11, 11, 59, 19, 8), Word("CNPJ", 10, 300, 40, 310, 10)])
    assert [w.text for w in got] == ["Extrato", "CNPJ"]


def _dithered(src, path, noise: float = 0.25, seed: int = 7):
    """A bilevel 300 DPI scan of ``src``'s first page whose paper is a field of random black dots (a grey
    background dithered by a scanner, as on the Paraguaçu-SP Ofício 154/2023-DAS of the real2 tune split)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(src))
    grey = np.asarray(doc[0].render(scale=300 / 72).to_pil().convert("L"))
    doc.close()
    dots = np.random.default_rng(seed).random(grey.shape) < noise
    Image.fromarray(np.where((grey < 128) | dots, 0, 255).astype(np.uint8)).convert("1").save(
        path, "PDF", resolution=300.0
    )
    return path


@pytest.mark.slow  # two Tesseract readings of a dotted page: ~20 s, make test-all
@needs_tesseract
def test_a_dithered_scan_is_read_again_despeckled(tmp_path):
    """Tesseract reads nothing confident on a dotted page (mean confidence under ocr.RETRY_BELOW); the page
    is read again despeckled and the better reading kept: the SEI plano de trabalho's words come back."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(_dithered(SEI, tmp_path / "dithered.pdf")))
    image = doc[0].render(scale=ocr.DPI / 72).to_pil().convert("L")
    plain = ocr.run_tesseract(image)
    assert ocr.mean_confidence(plain) < ocr.RETRY_BELOW
    words = {w.text.strip(".,:;") for w in ocr.ocr_page(doc[0])}
    doc.close()
    assert {"PLANO", "TRABALHO", "CNPJ:"} - words <= {"CNPJ:"} and len(words) > 100


def _tsv(*confs):
    rows = [f"5\t1\t1\t1\t1\t{i}\t0\t0\t10\t10\t{c}\tw{i}" for i, c in enumerate(confs)]
    return "\n".join(["level", *rows])


@pytest.mark.parametrize(
    "first,second,words,readings",
    [
        (_tsv(20, 30, 70), _tsv(80, 90, 95, 99), 4, 2),  # a dotted page: the despeckled reading wins
        (_tsv(20, 70, 70), _tsv(10, 65), 3, 2),  # a stamp page read poorly both ways: the first stays
        (_tsv(90, 95), _tsv(99, 99, 99), 2, 1),  # a clean page is read once
    ],
)
def test_the_despeckled_reading_is_kept_only_when_it_has_more_confident_words(
    monkeypatch, first, second, words, readings
):
    """A page read with a mean confidence under ocr.RETRY_BELOW is read twice; the reading with more words
    of confidence >= ocr.STRONG wins (a grey scan cut at mid-grey loses its strokes: its first reading stays)."""
    from PIL import Image

    class Page:
        def render(self, scale):
            class Drawn:
                def to_pil(self):
                    return Image.new("L", (40, 40), 255)

            return Drawn()

    answers, calls = iter([first, second]), []
    monkeypatch.setattr(ocr, "run_tesseract", lambda image, dpi=ocr.DPI: calls.append(1) or next(answers))
    assert len(ocr.ocr_page(Page())) == words
    assert len(calls) == readings


# Tesseract's TSV rows (level, page, block, par, line, word, left, top, width, height, conf, text) of two lines of
# one paragraph: Paraguaçu-SP termo aditivo 05/2023 (real2/scanned), p.1 at 300 DPI. The first line's box is
# 82 px high (accents and specks: ESTÂNCIA 80 px), the second's 47 px; the cap height of both is 36 px.
_TWO_LINES = """level
4\t1\t4\t1\t1\t0\t368\t1236\t1947\t82\t-1\t
5\t1\t4\t1\t1\t1\t368\t1243\t209\t45\t96.6\tÓRGÃO
5\t1\t4\t1\t1\t2\t591\t1242\t215\t45\t42.1\tPÚBLICO
5\t1\t4\t1\t1\t3\t849\t1250\t356\t36\t96.2\tCONVENENTE:
5\t1\t4\t1\t1\t4\t1250\t1240\t258\t45\t93.0\tMUNICÍPIO
5\t1\t4\t1\t1\t5\t1552\t1249\t67\t57\t96.6\tDA
5\t1\t4\t1\t1\t6\t1661\t1236\t248\t80\t96.6\tESTÂNCIA
5\t1\t4\t1\t1\t7\t1947\t1239\t263\t79\t95.0\tTURÍSTICA
5\t1\t4\t1\t1\t8\t2251\t1246\t64\t36\t96.3\tDE
4\t1\t4\t1\t2\t0\t370\t1306\t569\t47\t-1\t
5\t1\t4\t1\t2\t1\t370\t1307\t307\t51\t96.0\tPARAGUAÇU
5\t1\t4\t1\t2\t2\t699\t1306\t240\t36\t96.3\tPAULISTA
"""


def test_ocr_lines_of_one_face_get_one_size_and_stay_one_paragraph():
    from seidou.layout.compose import layout_pages
    from seidou.layout.types import RawPage

    words = ocr.parse_tsv(_TWO_LINES, 300 / 72)
    first, second = words[0], words[-1]
    assert first.size == pytest.approx(second.size, rel=0.01)  # the line boxes said 82 and 47 px
    assert len({(w.top, w.bottom) for w in words[:-2]}) == 1  # one baseline per line
    assert [w.new_line for w in words] == [True] + [False] * 7 + [True, False]
    page = RawPage(1, 595.3, 841.9, 0, 0, words, text_source="ocr")
    text = layout_pages([page]).text
    assert text == "ÓRGÃO PÚBLICO CONVENENTE: MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA"


@pytest.mark.parametrize(
    ("word", "cap"),
    [
        ("CONVENENTE:", True),
        ("DE", True),
        ("2023", True),
        ("Cargo", False),  # the "g" descends
        ("ÓRGÃO", False),  # an accent over a capital
        ("em", False),  # x-height letters only
        ("a", False),
        ("PARAGUAÇU", False),  # the cedilla descends
        ("Secretária", True),
    ],
)
def test_cap_height_words(word, cap):
    assert ocr._cap_word(word) is cap
