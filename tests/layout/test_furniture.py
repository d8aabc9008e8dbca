"""Running headers, footers and margins: out of the text, kept as page data, DOU facts parsed."""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.patterns import dou
from seidou.documents.build import gazette_date, origin_of


def test_sei_page_footers_out_of_text(laid_out):
    # seed plano de trabalho: "Plano de Trabalho 01/2026 (56909344) SEI 19973.003289/2025-14 / pg. N"
    layout = laid_out("sei_plano_trabalho_ac_4_2026.pdf")
    assert "/ pg." not in layout.text
    for p in layout.pages:
        assert f"SEI 19973.003289/2025-14 / pg. {p.number}" in p.footer_text
    assert "PLANO DE TRABALHO Nº 01/2026" in layout.text


def test_sei_al_footer_and_origin(laid_out):
    layout = laid_out("sei_al_cbmal_despacho_37187279.pdf")
    assert "/ pg." not in layout.text
    assert origin_of(layout)[0] == "sei"


def test_municipal_seed_sei_footers_removed(laid_out):
    layout = laid_out("municipal_cabixi_lei_1508_2026_convenio_978990.pdf")
    assert "SEI 21000.061455/2025-38 / pg." not in layout.text
    assert "CLÁUSULA PRIMEIRA - DO OBJETO" in layout.text


@pytest.mark.parametrize(
    "name,expected",
    [
        (
            "dou_2025_05_09_s1_p112.pdf",
            dict(edition="86", date=dt.date(2025, 5, 9), section="1", page=112, code="05152025050900112"),
        ),
        (
            "dou_s2_2023_05_02_p94.pdf",
            dict(edition="82", date=dt.date(2023, 5, 2), section="2", page=94, code="05292023050200094"),
        ),
        (
            "dou_s1_2014_10_01_p006.pdf",
            dict(edition="189", date=dt.date(2014, 10, 1), section="1", page=6, code="00012014100100006"),
        ),
    ],
)
def test_dou_header_facts(laid_out, name, expected):
    origin, header = origin_of(laid_out(name))
    assert origin == "dou"
    got = {k: getattr(header, k) for k in expected}
    assert got == expected


def test_dou_code_decoding():
    c = dou.decode_code("05152025050900112")
    assert (c.section, c.date, c.page) == ("1", dt.date(2025, 5, 9), 112)
    old = dou.decode_code("00012014080400068")  # DOU 2014-08-04 p. 68 (journal "1" before 2017)
    assert (old.section, old.date, old.page) == ("1", dt.date(2014, 8, 4), 68)
    assert dou.decode_code("0515202505090011") is None


def test_no_dou_facts_on_plain_text():
    assert dou.parse_header("Prefeitura Municipal de Cabixi", "Página 2 de 3") is None


@pytest.mark.parametrize(
    "name,expected",
    [
        ("dodf_004_2020_01_07_p1-2.pdf", dt.date(2020, 1, 7)),  # "Nº 4, terça-feira, 7 de janeiro de 2020"
        ("tucano_ba_doe_1507_2021_p4-6.pdf", dt.date(2021, 3, 30)),  # "Edição 1.507 | Ano 9 / 30 de março de 2021"
        ("municipal_cabixi_lei_1508_2026_convenio_978990.pdf", None),  # a law with its letterhead: no gazette
        ("sei_plano_trabalho_ac_4_2026.pdf", None),
    ],
)
def test_gazette_date_from_running_header(laid_out, name, expected):
    assert gazette_date(laid_out(name)) == expected


def _line(text: str, top: float):
    from seidou.layout.types import Line, Word

    return Line([Word(text, 10.0, top, 10.0 + 6 * len(text), top + 8, 8.0)])


def test_a_running_header_repeats_at_one_height():
    """A template's header stands once per page at one height; a column's line that repeats ("AVISO", "Id: 2486413"
    at the top or foot of DOE-RJ columns) stands at other heights, or several times on a page (issue 29)."""
    from seidou.layout.furniture import repeated_keys

    h = 1000.0
    pages = [
        (
            h,
            [
                _line("DIÁRIO OFICIAL DO ESTADO", 20.0),
                _line("AVISO", 157.0),
                _line("Id: 2486413", 845.0),
                _line("Id: 2486384", 920.0),
            ],
        ),
        (
            h,
            [
                _line("DIÁRIO OFICIAL DO ESTADO", 20.5),
                _line("AVISO", 163.0),
                _line("Id: 2486401", 836.0),
                _line("Id: 2486417", 920.0),
            ],
        ),
        (h, [_line("DIÁRIO OFICIAL DO ESTADO", 20.0), _line("Id: 2486410", 836.0), _line("Id: 2486419", 921.0)]),
        (h, [_line("DIÁRIO OFICIAL DO ESTADO", 20.2), _line("Id: 2486433", 833.0), _line("Id: 2486414", 920.0)]),
    ]
    tops, bottoms = repeated_keys(pages)
    assert "diário oficial do estado" in tops
    assert "aviso" not in tops  # two pages, 6 points apart
    assert "id: #" not in bottoms  # twice on every page: a column's closing line


def test_gazette_date_from_a_front_page_masthead():
    """DOE-RJ and DODF print the edition's date in the front page's masthead, which is body text."""
    from ..conftest import SHARED, SHARED_REASON

    real2 = SHARED / "corpus" / "real2" / "gazette"
    files = {
        "doe_rj_parte1_111_2023_06_20_extratos_pages.pdf": dt.date(2023, 6, 20),
        "dodf_029_2018_02_09_extratos_pages.pdf": dt.date(2018, 2, 9),
    }
    if not all((real2 / f).exists() for f in files):
        pytest.skip(SHARED_REASON)
    from seidou.runner.process import read_layout

    for name, want in files.items():
        pdf, layout = read_layout(str(real2 / name), ocr=False)
        try:
            assert gazette_date(layout) == want, name
        finally:
            pdf.close()
