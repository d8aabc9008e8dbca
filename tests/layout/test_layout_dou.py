"""Layout on DOU pages: columns in reading order, furniture out of the text, golden text locked."""

from __future__ import annotations

import json

import regex

from seidou.runner.process import read_layout

from ..conftest import FIXTURES, GOLDEN

SEED_DOU = "dou_2025_05_09_s1_p112.pdf"


def collapse(s: str) -> str:
    return regex.sub(r"\s+", " ", s).strip()


def test_seed_dou_articles_in_order(laid_out):
    # seed gold: articles 9 to 28, the three columns of each page read top to bottom
    page = laid_out(SEED_DOU).text
    found = {n: regex.search(rf"(?m)^Art\. {n}(º|\.) ", page) for n in range(9, 29)}
    assert [n for n, m in found.items() if m is None] == []
    starts = [m.start() for m in found.values()]
    assert starts == sorted(starts)


def test_seed_dou_article_15_is_one_sentence_and_no_header(laid_out):
    text = laid_out(SEED_DOU).text
    assert "Art. 15. São cláusulas necessárias nos acordos de adesão as que estabeleçam:\n" in text
    assert "ISSN 1677-7042" not in text
    assert "ICP-Brasil" not in text
    assert "Este documento pode ser verificado" not in text


def test_seed_dou_gold_text_checks(laid_out):
    gold = json.loads((FIXTURES / "gold" / "seeds" / "seed_002.gold.json").read_text())
    text = collapse(laid_out(SEED_DOU).text)
    for doc in gold["documents"]:
        for s in doc.get("text_must_contain", []):
            assert collapse(s) in text
        for s in doc.get("text_must_not_contain", []):
            assert s not in text


def test_seed_dou_furniture_kept_as_page_data(laid_out):
    page = laid_out(SEED_DOU).pages[0]
    assert "ISSN 1677-7042" in page.header_text
    assert "Nº 86, sexta-feira, 9 de maio de 2025" in page.header_text
    assert "ICP-Brasil" in page.footer_text
    assert "05152025050900112" in page.margin_text  # the vertical verification sentence
    assert page.n_columns == 3


def test_dou_2023_two_columns_act_titles_in_order(laid_out):
    # DO2 2023-05-02 p. 94: titles in the order of the paired INLABS XML, read column by column
    text = laid_out("dou_s2_2023_05_02_p94.pdf").text
    titles = [
        "PORTARIA Nº 117.116, DE 28 DE ABRIL DE 2023",
        "PORTARIA Nº 117.113, DE 28 DE ABRIL DE 2023",
        "PORTARIA Nº 1.734, DE 26 DE ABRIL DE 2023",
        "PORTARIA Nº 1.767, DE 28 DE ABRIL DE 2023",
        "PORTARIA Nº 1.769, DE 28 DE ABRIL DE 2023",
        "PORTARIA Nº 1.772, DE 28 DE ABRIL DE 2023",
        "PORTARIA Nº 1.669, DE 19 DE ABRIL DE 2023",
        "PORTARIA Nº 1.670, DE 19 DE ABRIL DE 2023",
        "PORTARIA Nº 1.722, DE 26 DE ABRIL DE 2023",
        "PORTARIA Nº 1.671, DE 19 DE ABRIL DE 2023",
    ]
    positions = [text.find(t + "\n") for t in titles]
    assert -1 not in positions, [t for t, p in zip(titles, positions) if p < 0]
    assert positions == sorted(positions)


def test_dou_2014_three_columns_golden(laid_out, update_golden):
    """A real three-column DOU page (DO1 2014-10-01 p. 6): the text was read by eye once, then locked.
    Regenerate on purpose with ``pytest --update-golden`` and review the diff as code."""
    text = laid_out("dou_s1_2014_10_01_p006.pdf").text
    golden = GOLDEN / "dou_s1_2014_10_01_p006.txt"
    if update_golden:
        golden.write_text(text + "\n", encoding="utf-8")
    assert text + "\n" == golden.read_text(encoding="utf-8")


def test_dou_2014_watermark_and_superscripts(laid_out):
    layout = laid_out("dou_s1_2014_10_01_p006.pdf")
    text = layout.text
    assert "Nº 141 - O SUPERINTENDENTE DE FOMENTO da ANCINE" in text  # raised "o" glued as "º"
    assert "COMERCIALIZAÇÃO" not in text.split("SUPERINTENDÊNCIA FEDERAL")[0]  # diagonal watermark out
    assert layout.pages[0].n_columns == 3


def test_layout_is_deterministic():
    a = read_layout(str(FIXTURES / SEED_DOU))
    b = read_layout(str(FIXTURES / SEED_DOU))
    a[0].close()
    b[0].close()
    assert a[1].text == b[1].text
