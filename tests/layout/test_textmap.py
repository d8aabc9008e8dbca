"""The character map: every span of the canonical text leads back to its page and box."""

from __future__ import annotations

import pdfplumber
import pytest
import regex

from ..conftest import FIXTURES

CASES = [
    # (fixture, a string in the text) — the round trip re-reads the box with pdfplumber
    ("dou_2025_05_09_s1_p112.pdf", "Art. 15. São cláusulas necessárias"),
    ("dou_2025_05_09_s1_p112.pdf", "Art. 28."),
    ("sei_plano_trabalho_ac_4_2026.pdf", "CNPJ: 00.489.828/0001-55"),
    ("municipal_cabixi_lei_1508_2026_convenio_978990.pdf", "R$ 620.750,00"),
    ("dou_s2_2023_05_02_p94.pdf", "PORTARIA Nº 1.669, DE 19 DE ABRIL DE 2023"),
]


def words(s: str) -> list[str]:
    return regex.findall(r"\w+", s)


@pytest.mark.parametrize("name,needle", CASES)
def test_span_box_round_trip(laid_out, name, needle):
    layout = laid_out(name)
    start = layout.text.index(needle)
    end = start + len(needle)
    page, (x0, top, x1, bottom) = layout.textmap.span(start, end)
    with pdfplumber.open(FIXTURES / name) as pdf:
        p = pdf.pages[page - 1]
        pad = 1.0
        crop = p.crop((max(x0 - pad, 0), max(top - pad, 0), min(x1 + pad, p.width), min(bottom + pad, p.height)))
        seen = crop.extract_text() or ""
    seen_words = words(seen)
    assert all(w in seen_words for w in words(needle)), (needle, seen)


def test_every_word_maps_to_its_page(laid_out):
    layout = laid_out("sei_plano_trabalho_ac_4_2026.pdf")
    tm = layout.textmap
    assert len(tm) > 500
    for k in range(0, len(tm), 37):
        s, e = tm.starts[k], tm.ends[k]
        page, box = tm.span(s, e)
        assert page == tm.pages[k]
        p = layout.pages[page - 1]
        assert 0 <= box[0] <= box[2] <= p.width + 1 and 0 <= box[1] <= box[3] <= p.height + 1
        assert layout.text[s:e].strip() == layout.text[s:e]


def test_separators_have_no_box(laid_out):
    layout = laid_out("dou_2025_05_09_s1_p112.pdf")
    nl = layout.text.index("\n")
    assert layout.textmap.span(nl, nl + 1) is None


def test_page_text_is_a_slice(laid_out):
    layout = laid_out("sei_plano_trabalho_ac_4_2026.pdf")
    rng = layout.textmap.page_range(2)
    assert layout.page_text(2) == layout.text[rng[0] : rng[1]]
    assert layout.textmap.page_at(rng[0]) == 2
