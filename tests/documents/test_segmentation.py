"""Files into documents: SEI process exports by their page footers, DOU pages and gazettes by titles."""

from __future__ import annotations

from seidou.runner.process import process_file

from ..conftest import FIXTURES


def docs(name):
    return process_file(str(FIXTURES / name), "seg").rows["documents"]


def test_sei_process_export_one_document_per_footer_number():
    # SEI-AL process E:01203.0000000161/2025, pages 1-8 (footers "Despacho 29689412 SEI … / pg. 3")
    # each titles itself in Title Case under the letterhead ("Ofício Circular nº …", "Despacho")
    got = [
        (d["page_start"], d["page_end"], d["doc_type"], d["sei_numero"], d["title"], d["number"])
        for d in docs("sei_al_processo_e01203_p1-8.pdf")
    ]
    assert got == [
        (1, 2, "oficio", "29667343", "Ofício Circular nº E:1/2025/CBMAL", "E:1/2025/CBMAL"),
        (3, 3, "despacho", "29689412", "Despacho", None),
        (4, 5, "despacho", "29693010", "Despacho", None),
        (6, 7, "despacho", "29736288", "Despacho", None),
        (8, 8, "despacho", "29850494", "Despacho", None),
    ]


def test_dou_page_acts_with_orgao_hierarchy():
    d = docs("dou_s2_2023_05_02_p94.pdf")
    assert len(d) == 12 and all(x["doc_type"] == "portaria" for x in d)
    by_title = {x["title"]: x for x in d}
    assert (
        by_title["PORTARIA Nº 1.769, DE 28 DE ABRIL DE 2023"]["orgao"]
        == "Controladoria-Geral da União / SECRETARIA EXECUTIVA"
    )  # inherited from the act above
    assert by_title["PORTARIA Nº 117.116, DE 28 DE ABRIL DE 2023"]["orgao"].endswith("SUPERVISÃO ESPECIALIZADA")


def test_dou_edition_acts_carry_their_own_page():
    # pages 20-21 of the DOU Seção 1 edition of 2014-10-01: each act has the page number and the
    # authenticity code printed on the page it starts on, not the file's first page's
    got = [
        (x["title"][:23] if x["title"] else None, x["page_start"], x["dou_page"], x["dou_code"])
        for x in docs("dou_s1_2014_10_01_p020-021.pdf")
    ]
    assert got == [
        (None, 1, 20, "00012014100100020"),
        # a company's act set in bold and centred over its body (found by its layout since 0.24: before, it ran on
        # in the tax tables above it)
        ("ATA DA ASSEMBLEIA GERAL", 1, 20, "00012014100100020"),
        ("RESOLUÇÃO Nº 4.371, DE ", 1, 20, "00012014100100020"),
        ("RESOLUÇÃO Nº 4.372, DE ", 1, 20, "00012014100100020"),
        ("RESOLUÇÃO Nº 4.373, DE ", 1, 20, "00012014100100020"),
        ("RESOLUÇÃO Nº 4.374, DE ", 2, 21, "00012014100100021"),
    ]


def test_dou_page_that_starts_mid_act():
    d = docs("dou_s1_2014_10_01_p006.pdf")
    assert d[0]["continues_previous"] is True and d[0]["title"] is None
    assert [x["title"] for x in d[1:4]] == [
        "PORTARIAS DE 29 DE SETEMBRO DE 2014",
        "EXTRATO DE PARECER Nº 223/2014",
        "EXTRATO DE PARECER Nº 224/2014",
    ]
    # the ministry is printed in Title Case above a typeset "." and the body's heading ("Ministério da
    # Ciência, Tecnologia e Inovação" / "." / "CONSELHO NACIONAL DE …"): it heads the act, not the act above
    assert d[2]["orgao"] == (
        "Ministério da Ciência, Tecnologia e Inovação / CONSELHO NACIONAL DE CONTROLE DE EXPERIMENTAÇÃO ANIMAL"
    )
    assert d[-1]["orgao"] == "Ministério da Cultura / AGÊNCIA NACIONAL DO CINEMA / SUPERINTENDÊNCIA DE FOMENTO"
    assert not any(x["text"].rstrip().endswith(("Ministério da Cultura\n.", "Ministério da Cultura")) for x in d)


def test_every_document_text_is_a_slice_and_pages_cover_the_file():
    d = docs("municipal_cabixi_lei_1508_2026_convenio_978990.pdf")
    assert [(x["page_start"], x["page_end"]) for x in d] == [(1, 1), (2, 2), (3, 22), (23, 23), (24, 24)]
    assert [x["seq"] for x in d] == [1, 2, 3, 4, 5]


def test_another_journal_is_not_the_dou():
    # Diário Oficial do Distrito Federal nº 4, 2020-01-07, pp. 1-2: laid out like the DOU and stamped with
    # Imprensa Nacional authenticity codes of journal 5001 — acts are cut and órgãos carried over like in
    # the DOU, but the documents are 'other' and carry no DOU facts
    d = docs("dodf_004_2020_01_07_p1-2.pdf")
    assert len(d) >= 5
    assert {x["origin"] for x in d} == {"other"}
    assert all(x["dou_date"] is None and x["dou_code"] is None for x in d)
    titled = [x for x in d if x["title"]]
    assert any(x["title"].startswith("PORTARIA Nº 01, DE 02 DE JANEIRO DE 2020") for x in titled)
    assert all(x["orgao"] for x in titled)


def test_dou_pages_stay_dou():
    for name in ("dou_s2_2023_05_02_p94.pdf", "dou_s1_2014_10_01_p006.pdf", "dou_2025_05_09_s1_p112.pdf"):
        d = docs(name)
        assert {x["origin"] for x in d} == {"dou"}, name
        assert all(x["dou_date"] is not None for x in d), name


def test_another_journals_codes_are_not_invalid_dou_codes():
    # the DODF's Imprensa Nacional codes (journal 5001) are gazette codes, valid when their date decodes
    rows = process_file(str(FIXTURES / "dodf_004_2020_01_07_p1-2.pdf"), "t", tables="off", ner="off").rows
    kinds = {r["kind"] for r in rows["identifiers"]}
    assert "dou_code" not in kinds
    codes = [r for r in rows["identifiers"] if r["kind"] == "gazette_code"]
    assert codes and all(r["valid"] and r["value"].startswith("500120200107") for r in codes)


def test_a_title_right_under_another_is_its_subtitle():
    # Tucano-BA gazette 1.507 p. 3: the decree's short title, then its full title, then its body: one
    # document titled by the full form (it has the date), not an empty document and a body
    d = docs("tucano_ba_doe_1507_2021_p3.pdf")
    titled = [x for x in d if x["title"]]
    assert [(x["doc_type"], x["title"], x["number"], str(x["date"])) for x in titled] == [
        ("decreto", "DECRETO Nº 153, DE 18 DE MARÇO DE 2021.", "153/2021", "2021-03-18")
    ]
    assert titled[0]["text"].startswith("DECRETO Nº 153/2021\nDECRETO Nº 153, DE 18 DE MARÇO DE 2021.\n")
    assert all(x["text"].strip() != (x["title"] or "").strip() for x in d)  # no document is its title alone


def test_a_municipal_act_without_headings_is_its_openings_body():
    # Tucano-BA gazette 1.507 pp. 4-6: decrees under no órgão heading, opened by "O PREFEITO MUNICIPAL DE
    # TUCANO – BA, no uso de suas atribuições": the mayor stands for the Prefeitura
    d = [x for x in docs("tucano_ba_doe_1507_2021_p4-6.pdf") if x["doc_type"] == "decreto"]
    assert [x["orgao"] for x in d] == ["PREFEITURA MUNICIPAL DE TUCANO"] * 2


def test_paragraphs_within_a_segment_by_bisection_or_scan():
    # pars_within: the paragraphs inside a span, in order; found by bisection when the spans are sorted and apart,
    # by a scan of every paragraph otherwise (the same answer either way)
    from seidou.documents.segment import _Grammar

    text = "x" * 100
    spans = [(0, 10), (11, 20), (21, 40), (41, 60), (61, 100)]
    cases = [((0, 100), spans), ((11, 40), spans[1:3]), ((12, 40), [(21, 40)]), ((11, 39), [(11, 20)]), ((70, 80), [])]
    for pars in (spans, [spans[2], spans[0], spans[4], spans[1], spans[3]]):
        g = _Grammar(text, pars, [1] * len(pars), set(), True)
        for (start, end), want in cases:
            assert sorted(g.pars_within(start, end)) == want
