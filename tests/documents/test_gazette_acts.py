"""Acts of gazettes found by general grammars (issue 29, item 4): a journal known by its act stamps, a title's kind
word the text layer broke, sibling titles under a plural kicker, paired act delimiters, an act that closes twice
across a page break, an untitled act opened by its preamble formula, heading lines that go with the act below.

Rows are lines of real gazettes (the source is named in each row) as the layout stage writes them, with near misses
that must not fire. Synthetic layouts are built from those lines: one paragraph per line, on the pages given.
"""

from __future__ import annotations

import pytest

from seidou.documents.classify import _instrument_type, doc_type_of
from seidou.documents.segment import (
    _garbled,
    _title_case,
    is_journal,
    is_kicker,
    paragraphs,
    respaced,
    segment,
)
from seidou.layout.compose import BOLD, CENTRED, Layout
from seidou.layout.textmap import TextMap
from seidou.layout.types import Line, PageLayout, Word
from seidou.runner.process import process_file

from ..conftest import SHARED, SHARED_REASON

REAL2 = SHARED / "corpus" / "real2" / "gazette"
BC = BOLD | CENTRED


def layout(lines: list[tuple[int, str] | tuple[int, str, int]]) -> Layout:
    """A layout of ``(page, line[, marks])`` rows, one paragraph per row."""
    text = "\n".join(row[1] for row in lines)
    tm = TextMap()
    marks = {}
    pos = 0
    for row in lines:
        page, line = row[0], row[1]
        if line:
            tm.add(pos, pos + len(line), page, (0.0, 0.0, 1.0, 1.0))
        if len(row) > 2 and row[2]:
            marks[pos] = row[2]
        pos += len(line) + 1
    pages = [PageLayout(n, 600.0, 800.0, 0, 0, [], [], [], [], 1, False) for n in sorted({row[0] for row in lines})]
    return Layout(text, tm, pages, marks)


def first_lines(lay: Layout, segs) -> list[str]:
    return [lay.text[s.start :].split("\n", 1)[0] for s in segs]


def starts(lines, origin: str = "gazette") -> list[str]:
    lay = layout(lines)
    return first_lines(lay, segment(lay, origin))


RESPACED = [
    # DOE-RJ 111/2023: bold centred titles whose tracking the text layer read as spaces (or lost the one before "DE")
    ("EXTR ATO DE TERMO ADITIVO", "EXTRATO DE TERMO ADITIVO"),
    ("EXTR ATO S DE INSTRUMENTOS CONTRATUAIS", "EXTRATOS DE INSTRUMENTOS CONTRATUAIS"),
    ("EXTRATOSDE TERMOS", "EXTRATOS DE TERMOS"),
    # near misses: titles already whole, words that are not a kind of act, lower case, a kind word alone
    ("EXTRATO DE TERMO", "EXTRATO DE TERMO"),
    ("CONTRATOS", "CONTRATOS"),
    ("ESTADO DE SAÚDE", "ESTADO DE SAÚDE"),
    ("AVISO", "AVISO"),
    ("Extr ato de termo", "Extr ato de termo"),
    ("EX TRA", "EX TRA"),
    ("SECRETARIADEESTADODE CIÊNCIA, TECNOLOGIA", "SECRETARIADEESTADODE CIÊNCIA, TECNOLOGIA"),
    # near misses (review24 finding 26; issue 29 hardening): a letter of its own is an abbreviation ("S/N", sem
    # número), and a singular kind before a date is no plural
    ("PORTARIA S N 12", "PORTARIA S N 12"),
    ("AVISO S/N", "AVISO S/N"),
    ("PORTARIA S DE 12 DE MAIO DE 2020", "PORTARIA S DE 12 DE MAIO DE 2020"),
    ("DECRETO S Nº 12", "DECRETO S Nº 12"),
]


@pytest.mark.parametrize("line,want", RESPACED)
def test_respaced(line, want):
    assert respaced(line) == want


JOURNALS = [
    # DOE-RJ 111/2023: masthead and running header unreadable, every act closed by "Id: NNNNNNN"
    (
        "DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023\nTexto.\nId: 2486740\nEDITAL\nTexto.\nId: 2486509\nAVISO\nTexto.\n"
        "Id: 2486510",
        True,
    ),
    # DOE-BA 22.825 (EGBA delimiters), APRECE-CE (Sigpub codes)
    ("RESUMO\nTexto. <#E.G.B#396023#8#435048/>\nRESUMO\nTexto.\n<#E.G.B#396311#8#435361/>", True),
    ("AVISO\nPublicado por: Fulano Código Identificador:E05263FB\nAVISO\nCódigo Identificador:8D98784C", True),
    # near misses: one stamp only; an "Id:" inside a sentence
    ("EDITAL\nTexto.\nId: 2486509", False),
    # near miss (review): two "Id:" cells of an e-process form are no journal's act stamps
    ("DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023\nTexto.\nId: 2486740\nEDITAL\nTexto.\nId: 2486509", False),
    ("O documento Id: 2486509 foi juntado.\nO documento Id: 2486510 também.", False),
]


@pytest.mark.parametrize("text,want", JOURNALS)
def test_journal_by_its_act_stamps(text, want):
    assert is_journal(Layout(text, TextMap(), [], {}), "other") is want


KICKERS = [
    ("AVISOS", True),  # DOE-RJ 111/2023 (UERJ): over "PREGÃO ELETRÔNICO Nº 262/2023", "… 263/2023", …
    ("PORTARIAS", True),  # municipal gazettes: over "PORTARIA DP Nº. 074, DE 08 DE OUTUBRO DE 2020"
    ("CONTRATOS", True),
    ("AVISO", False),  # singular: the title of one act
    ("SECRETARIAS", False),  # not a kind of act
    ("AVISOS DE LICITAÇÃO", False),  # a title of its own
]


@pytest.mark.parametrize("line,want", KICKERS)
def test_kicker(line, want):
    assert is_kicker(line) is want


HEAD_LINES = [
    # DOE-RJ 111/2023: the órgão in Title Case over its capitals heading; a line of a font without a Unicode map
    (_title_case, "Secretaria de Estado de", True),
    (_title_case, "Agricultura, Pecuária, Pesca e Abastecimento", True),
    (_title_case, "O contrato tem vigência de doze meses.", False),
    (_title_case, "Ref. Processo: SEI-220011/000832/2023", False),
    (_garbled, "- \x06\x0e \x06 \x0f \x10\x10\x10 \x0f \x01 \x05 \x04", True),
    (_garbled, "\x01\x04", True),
    (_garbled, "SECRETARIA DE ESTADO DE POLÍCIA MILITAR", False),
    # near misses (issue 29 hardening): tabs are no unread glyphs; one unread glyph in a readable heading
    (_garbled, "\t\t\t1", False),
    (_garbled, "SECRETARIA DE\x01 ESTADO DE SAÚDE", False),
]


@pytest.mark.parametrize("check,line,want", HEAD_LINES)
def test_heading_lines(check, line, want):
    assert check(line) is want


BODY = "A UERJ torna público que realizará no dia 04/07/2023 às 10:00 h, a licitação para aquisição de material."


def test_sibling_titles_under_a_plural_kicker():
    # DOE-RJ 111/2023 p. 41 (UERJ): "AVISOS" over four pregões, each a bold centred title over its body
    lines = [
        (1, "FUNDAÇÃO UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO", BOLD),
        (1, "AVISOS", BC),
        (1, "PREGÃO ELETRÔNICO Nº 262/2023", BC),
        (1, BODY, BOLD),
        (1, "SEI-260008/002820/2023."),
        (1, "PREGÃO ELETRÔNICO Nº 263/2023", BC),
        (1, BODY, BOLD),
        (1, "260008/004141/2023."),
        (1, "PREGÃO ELETRÔNICO Nº 264/2023", BC),
        (1, BODY, BOLD),
        (1, "Id: 2486091", BOLD),
        (1, "Id: 2486092", BOLD),
    ]
    got = starts(lines)
    assert got[1:] == ["PREGÃO ELETRÔNICO Nº 263/2023", "PREGÃO ELETRÔNICO Nº 264/2023", "Id: 2486092"]


def test_a_line_set_otherwise_than_the_first_item_is_no_sibling():
    # near miss (issue 29 hardening): under the kicker, a bold (not centred) numbered line opening with the first
    # item's words is a reference inside its body, not the next item
    lines = [
        (1, "AVISOS", BC),
        (1, "PREGÃO ELETRÔNICO Nº 262/2023", BC),
        (1, BODY, 0),
        (1, "PREGÃO ELETRÔNICO Nº 263/2023", BOLD),
        (1, BODY, 0),
        (1, "Id: 2486091", BOLD),
        (1, "Id: 2486092", BOLD),
    ]
    assert "PREGÃO ELETRÔNICO Nº 263/2023" not in starts(lines)


def test_a_centred_line_the_body_leads_into_is_no_sibling():
    # near miss (DODF 29/2018 p. 4): "… o seguinte Edital:" over a centred "PREGÃO ELETRÔNICO Nº 01/2018"
    lines = [
        (1, "AVISOS", BC),
        (1, "PREGÃO ELETRÔNICO Nº 262/2023", BC),
        (1, "Encontra-se a disposição dos interessados, no site www.comprasgovernamentais.gov.br, o seguinte:", 0),
        (1, "PREGÃO ELETRÔNICO Nº 263/2023", BC),
        (1, BODY, 0),
        (1, "Id: 2486091", BOLD),
        (1, "Id: 2486092", BOLD),
    ]
    assert "PREGÃO ELETRÔNICO Nº 263/2023" not in starts(lines)


# DOE-RJ 111/2023, file page 1: a decree's title and preamble, and its closing by place, date and signature
DECREE_OPENING = [
    (1, "DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023", BC),
    (1, "O GOVERNADOR DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições legais, resolve alterar o anexo."),
]
DECREE_CLOSED = DECREE_OPENING + [
    (1, "Rio de Janeiro, 19 de junho de 2023"),
    (1, "CLÁUDIO CASTRO", BC),
    (1, "Governador"),
]


def test_an_act_closing_twice_across_a_page_break_is_two_acts():
    # DOE-RJ 111/2023, file pages 1-2 (the gazette's pages 1 and 34, its page numbers unreadable): the decree closes
    # with place, date and signature on page 1; page 2 opens with another act's tail, closed again
    lines = [
        *DECREE_CLOSED,
        (1, "IPM 2023 8,813 0,181 0,561 0,231 0,356 0,493 0,346 0,567 1,279 0,257 0,280 1,007"),
        (2, "SEI-040041/001058/2022 SEI 3ª Turma 43443532 SEI-040041/000088/2023 SEI 3ª Turma 19528345"),
        (2, "Rio de Janeiro, 19 de junho de 2023."),
        (2, "MARLYUS JEFERTON DA SILVA DOMINGOS", BC),
        (2, "Presidente da Junta de Revisão Fiscal"),
        (2, "Id: 2486509", BOLD),
        (2, "EDITAL", BC),
        (2, "A JUNTA COMERCIAL DO ESTADO DO RIO DE JANEIRO intima os indicados abaixo a comparecer à sua sede."),
        (2, "Id: 2486574", BOLD),
    ]
    lay = layout(lines)
    segs = segment(lay, "gazette")
    assert first_lines(lay, segs) == [
        "DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023",
        "SEI-040041/001058/2022 SEI 3ª Turma 43443532 SEI-040041/000088/2023 SEI 3ª Turma 19528345",
        "EDITAL",
    ]
    assert segs[1].continues_previous and segs[1].title_at is None


def test_a_second_closing_on_a_numbered_next_page_is_the_same_act():
    # near miss (DOU 2014-10-01 s1 pp. 134-135, OAB): pages whose numbers follow; a part signed again on the next page
    lines = [
        *DECREE_OPENING,
        (1, "Brasília, 26 de setembro de 2014."),
        (1, "LUIZ CLÁUDIO ALLEMAND"),
        (1, "Presidente"),
        (1, "Os processos a seguir relacionados encontram-se com vista aos Recorridos/Interessados para, querendo,"),
        (2, "Luiz Rodrigues Baptista de Paula OAB/RJ 154890 e Outros). Recdos: Conselho Seccional da OAB/Rio."),
        (2, "Brasília, 26 de setembro de 2014."),
        (2, "LUIZ CLÁUDIO ALLEMAND"),
        (2, "Presidente"),
    ]
    lay = layout(lines)
    for n, page in enumerate(lay.pages, 134):
        page.header = [Line([Word(f"Página {n}", 0.0, 0.0, 50.0, 8.0, 8.0)])]
    assert len(segment(lay, "gazette")) == 1


def test_an_annex_over_a_page_break_stays_with_its_act():
    # near miss: the act closed on page 1 and its annex goes on, with no second closing, on page 2
    lines = [
        *DECREE_CLOSED,
        (1, "IPM 2023 8,813 0,181 0,561 0,231 0,356 0,493 0,346 0,567 1,279 0,257 0,280 1,007"),
        (2, "IPM 2024 8,813 0,181 0,561 0,231 0,356 0,493 0,346 0,567 1,279 0,257 0,280 1,007"),
        (2, "Id: 2486740", BOLD),
        (2, "Id: 2486741", BOLD),
    ]
    assert starts(lines)[:2] == ["DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023", "Id: 2486741"]


def test_an_annex_closing_again_after_a_page_break_stays_with_its_act():
    # near miss (review): a decree closed on page 1 whose signed annex closes again on page 2, page numbers unreadable
    lines = [
        *DECREE_CLOSED,
        (2, "ANEXO I"),
        (2, "IPM 2024 8,813 0,181 0,561 0,231 0,356 0,493 0,346 0,567 1,279 0,257 0,280 1,007"),
        (2, "Rio de Janeiro, 19 de junho de 2023."),
        (2, "CLÁUDIO CASTRO", BC),
        (2, "Governador"),
        (2, "Id: 2486509", BOLD),
    ]
    lay = layout(lines)
    assert first_lines(lay, segment(lay, "gazette")) == ["DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023"]


def test_a_signed_continuation_whose_body_fills_the_next_page_top_stays_with_its_act():
    # near miss (review24 finding 13): a decree closed on page 1 and, page numbers unreadable, a part of it whose body
    # opens page 2 and is signed again further down (no "ANEXO" line): no other act's tail opens that page
    body = "Art. 2º Ficam mantidas as demais disposições do Decreto, que passa a vigorar com as alterações seguintes."
    lines = [
        *DECREE_CLOSED,
        (2, body),
        (2, body.replace("2º", "3º")),
        (2, body.replace("2º", "4º")),
        (2, body.replace("2º", "5º")),
        (2, "Rio de Janeiro, 19 de junho de 2023."),
        (2, "CLÁUDIO CASTRO", BC),
        (2, "Governador"),
        (2, "Id: 2486509", BOLD),
    ]
    lay = layout(lines)
    assert first_lines(lay, segment(lay, "gazette")) == ["DECRETO Nº 48.553 DE 19 DE JUNHO DE 2023"]


def test_paired_delimiters():
    # DOE-BA 22.825 (EGBA): page 2 opens with the end of an act whose opening delimiter was on a page not in the
    # file; an opening delimiter opens an act where the text layer lost the closing one of the act before
    lines = [
        (1, "DECRETOS SIMPLES", BOLD),
        (1, "<#E.G.B#396409#1#435464>"),
        (1, "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições, resolve nomear Fulano de Tal."),
        (2, "Comercial tiver o seu domicílio, conforme o edital da convocação dos leiloeiros públicos."),
        (2, "<#E.G.B#396298#8#435348/> <#E.G.B#396237#8#435281>"),
        (2, "RESUMO DO CONTRATO Nº 001/2020. CONTRATADA: HOLTZ ENGENHARIA LTDA. OBJETO: reforma do ambulatório."),
        (2, "#E.G.B#396256#4#435301>"),
        (2, "GABINETE DO SECRETÁRIO - GASEC."),
        (2, "PROCESSO n°024.2093.2019.0008473-75 TERCEIRO TERMO ADITIVO AO CONTRATO Nº. 009/2017 CONTRATANTE: ESTADO."),
        (2, "<#E.G.B#396256#4#435301/>"),
    ]
    lay = layout(lines)
    segs = segment(lay, "gazette")
    assert [t[:24] for t in first_lines(lay, segs)] == [
        "DECRETOS SIMPLES",
        "Comercial tiver o seu do",
        "RESUMO DO CONTRATO Nº 00",
        "#E.G.B#396256#4#435301>",
    ]
    assert segs[1].continues_previous


def test_another_systems_tags_are_no_egba_delimiters():
    # near miss (review24 finding 25): the delimiters are the EGBA press's markup, read only where a file carries it;
    # the same shape with another system's name (a hypothetical "<#ABC#…/>") cuts nothing at the page break
    lines = [
        (1, "DECRETOS SIMPLES", BOLD),
        (1, "<#ABC#396409#1#435464>"),
        (1, "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições, resolve nomear Fulano de Tal."),
        (2, "Comercial tiver o seu domicílio, conforme o edital da convocação dos leiloeiros públicos."),
        (2, "<#ABC#396298#8#435348/> <#ABC#396237#8#435281>"),
    ]
    assert starts(lines) == ["DECRETOS SIMPLES"]


def test_an_opened_act_closing_on_the_next_page_stays_whole():
    # near miss: the closing delimiter on page 2 closes the act opened on page 1
    lines = [
        (1, "RESUMO DE CONVÊNIO", BOLD),
        (1, "<#E.G.B#396023#8#435048>"),
        (1, "Nº 003/2020. Convenentes: CAR/SDR/Prefeitura Municipal de Santa Luzia. Objeto: cooperação técnica"),
        (2, "e financeira. Prazo: 365 dias. Assinado. 20/01/2020."),
        (2, "<#E.G.B#396023#8#435048/>"),
    ]
    assert len(segment(layout(lines), "gazette")) == 1


PREAMBLE_LINES = [
    (2, "PALÁCIO DO GOVERNO DO ESTADO DA BAHIA, em 20 de janeiro de 2020."),
    (2, "RUI COSTA", BC),
    (2, "Governador", BC),
]


def test_an_untitled_act_opens_with_its_preamble_under_the_previous_signatures():
    # DOE-BA 22.825 p. 1: two decrees under the kicker "DECRETOS SIMPLES", the second untitled
    lines = [
        (1, "DECRETOS SIMPLES", BOLD),
        (1, "<#E.G.B#396409#1#435464>"),
        (1, "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições, resolve nomear Fulano de Tal para o cargo."),
        *PREAMBLE_LINES,
        (2, "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições,", BC),
        (2, "RESOLVE", BC),
        (2, "exonerar, a pedido, Fulano de Tal do cargo de Diretor, símbolo DAS-2C, da Secretaria da Fazenda."),
    ]
    assert starts(lines) == ["DECRETOS SIMPLES", "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições,"]


def test_a_preamble_under_its_own_title_opens_no_act():
    # near miss (DODF 29/2018 p. 1): the next decree's title and ementa stand between the signature and the preamble
    lines = [
        (1, "DECRETO N° 38.849, DE 08 DE FEVEREIRO DE 2018", CENTRED),
        (1, "O GOVERNADOR DO DISTRITO FEDERAL, no uso das atribuições que lhe confere o artigo 100, decreta a lei."),
        (1, "Brasília, 08 de fevereiro de 2018 130º da República e 58º de Brasília", CENTRED),
        (1, "RODRIGO ROLLEMBERG", CENTRED),
        (1, "DECRETO Nº 38.850, DE 08 DE FEVEREIRO DE 2018", CENTRED),
        (1, "Designam membros para o Conselho Fiscal e Deliberativo da Fundação Hospitalar do Distrito Federal."),
        (1, "O GOVERNADOR DO DISTRITO FEDERAL, no uso das atribuições que lhe confere o artigo 100, decreta a lei."),
    ]
    assert starts(lines) == [
        "DECRETO N° 38.849, DE 08 DE FEVEREIRO DE 2018",
        "DECRETO Nº 38.850, DE 08 DE FEVEREIRO DE 2018",
    ]


def _titles(name):
    path = REAL2 / name
    if not path.exists():
        pytest.skip(SHARED_REASON)
    return process_file(str(path), "acts", tables="off", ner="off").rows["documents"]


def test_doe_rj_lists_and_siblings():
    docs = _titles("doe_rj_parte1_111_2023_06_20_extratos_pages.pdf")
    titles = [d["title"] or "" for d in docs]
    # "EXTR ATO S DE INSTRUMENTOS CONTRATUAIS" over three contracts; "EXTRATOSDE TERMOS" over five TPUTs; "AVISOS"
    # over four pregões
    # (the label reads "INSTRUMENTO:" since the reader joins pieces whose boxes touch; it read "INSTRUMENTO :")
    assert sum(t.startswith("INSTRUMENTO: TPUT nº 180022/") for t in titles) == 5
    assert sum("Termo de Contrato nº 3" in t for t in titles) == 3
    assert sum(t.startswith("PREGÃO ELETRÔNICO Nº 26") for t in titles) == 4
    assert all(paragraphs(d["text"]) for d in docs)


SUMMARIES = [
    # "Resumo" is the extrato of some presses (DOE-BA 22.825: several órgãos; Tucano-BA: "resumo de convênio")
    ("RESUMO DE CONVÊNIO", "extrato_convenio"),
    ("RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18", "extrato_convenio"),
    ("RESUMO DE TERMO DE COLABORAÇÃO", "extrato_convenio"),
    ("RESUMO DO CONTRATO Nº 010/2019", "extrato_contrato"),
    ("Resumo do terceiro termo aditivo ao contrato nº. 026/2018", "extrato_contrato"),
    ("Res. Termo Aditivo nº 02 ao Contrato n.º 005/2019", "extrato_contrato"),
    ("RESUMO DE TERMO DE COMPROMISSO DE ESTÁGIO", "extrato"),
    # a title the text layer broke (DOE-RJ 111/2023)
    ("EXTR ATO DE TERMO ADITIVO", "extrato_contrato"),
    # near misses: a project's summary, the word alone, an "Res." that is no summary
    ("RESUMO EXECUTIVO DO PROJETO", "other"),
    ("Resumo", "other"),
    ("RESOLUÇÃO Nº 4.371, DE 29 DE SETEMBRO DE 2014", "resolucao"),
    # near misses (review24, finding 3): a summary of no instrument, "Res." of a resolution
    ("RESUMO DA ATA DA 5ª REUNIÃO ORDINÁRIA DO CONSELHO MUNICIPAL DE SAÚDE", "other"),
    ("RESUMO DO BALANÇO PATRIMONIAL", "other"),
    ("RESUMO DA FOLHA DE PAGAMENTO", "other"),
    ("RESUMO DO EDITAL DE PREGÃO ELETRÔNICO Nº 12/2020", "other"),
    ("RESUMO DO RELATÓRIO DE GESTÃO FISCAL", "other"),
    ("Resumo das Deliberações da Sessão", "other"),
    ("RES. 12/2020 - CONSUNI", "other"),
    ("Res. CONAMA nº 357/2005", "other"),
]


@pytest.mark.parametrize("title,want", SUMMARIES)
def test_summary_typed_as_the_extrato_it_is(title, want):
    assert doc_type_of(title) == want


INSTRUMENTS = [
    # an extrato titled by its kind only names its instrument in its first field (DOE-RJ 111/2023; DODF 29/2018)
    ("INSTRUMENTO : Convênio AgeRio/ADM nº 006/2023.\nPARTES : Agência de Fomento", "extrato_convenio"),
    ("INSTRUMENTO: Acordo de Cooperação 2/2022 PARTES: FUNDAÇÃO OSWALDO CRUZ", "extrato_convenio"),
    ("INSTRUMENTO : Termo de Convênio.\nPARTES : Estado do Rio de Janeiro", "extrato_convenio"),
    ("INSTR UMENTO : Ordem de Fornecimento nº 70/2023\nPARTES : SEPM", "extrato_contrato"),
    ("INSTRUMENTO : Apostilamento ao Contrato nº 013/2019. PARTES : Secretaria", "extrato_contrato"),
    ("\nESPÉCIE: Ata de Registro de Preços n° 231/2017-A-SES/DF. PARTES: DISTRITO FEDERAL", "ata_registro_precos"),
    # near misses: an instrument of no listed kind, no instrument field, the field deep in the text
    ("INSTRUMENTO : Termo de Ajuste de Contas 026/2023. PARTES : Estado do Rio de Janeiro", None),
    ("PARTES : FUNARJ e a DULCE PENNA DE MIRANDA. OBJETO : A título precário", None),
    ("A empresa apresentou o instrumento: contrato social e procuração.", None),
    # near misses (review24, finding 24): an acordo of no partnership
    ("INSTRUMENTO: Acordo de Nível de Serviço nº 3\n", None),
    ("Espécie: Acordo Judicial nos autos do processo nº 123", None),
    ("ESPÉCIE: Acordo de Leniência nº 2/2020. PARTES: CGU", None),
]


@pytest.mark.parametrize("body,want", INSTRUMENTS)
def test_extrato_typed_by_its_instrument_field(body, want):
    assert _instrument_type(body) == want


def test_a_running_header_over_the_first_act_is_no_act_titled_by_the_next():
    # AMA-AL 0225/2016 (Sigpub): the running header line in the body over the first act's headings and title; the
    # first segment used to take the title of the act below it
    lines = [
        (
            1,
            "Alagoas , 15 de Fevereiro de 2016 • Diário Oficial dos Municípios do Estado de Alagoas • ANO III | Nº 0225",
        ),
        (1, "ESTADO DE ALAGOAS", BC),
        (1, "PREFEITURA MUNICIPAL DE ARAPIRACA", BC),
        (1, "EXTRATO DE PUBLICAÇÃO DO CONTRATO N° 026/2016", BOLD),
        (1, "DAS PARTES: MUNICÍPIO DE ARAPIRACA – AL – CNPJ Nº 12.198.693/0001-58 E A EMPRESA LUMINUS COMERCIAL."),
        (1, "Publicado por: Fulano de Tal Código Identificador:E05263FB"),
        (1, "Publicado por: Fulano de Tal Código Identificador:E05263FC"),
    ]
    lay = layout(lines)
    segs = segment(lay, "municipal")
    assert segs[0].start == 0 and lay.text[segs[0].title_at :].startswith("EXTRATO DE PUBLICAÇÃO DO CONTRATO")


class _Everything:
    def __contains__(self, item) -> bool:
        return True


def test_kind_initials_are_the_kinds_first_letters(monkeypatch):
    """respaced skips a paragraph whose first letter opens none of KIND_JOINED's kinds (KIND_INITIALS): the same
    paragraphs as without the skip."""
    from seidou.documents import segment as seg

    kinds = seg.KIND_JOINED.pattern.split("(?P<kind>")[1].split(")(?P<of>")[0]
    assert {alt[0] for alt in " ".join(kinds.split()).split(" | ")} == set(seg.KIND_INITIALS)  # (top-level "|")
    lines = [x for line, _ in RESPACED for x in (line, " " + line, "*" + line, line.lower())]
    fast = [respaced(x) for x in lines]
    monkeypatch.setattr(seg, "KIND_INITIALS", _Everything())
    assert [respaced(x) for x in lines] == fast


@pytest.mark.parametrize(
    "par",
    [
        "Publicado por: Fulano de Tal Código Identificador:E05263FB",
        "Publicado por: Fulano de Tal\nCÓDIGO IDENTIFICADOR: E05263FB ",
        "codigo identificador 9ab283d6",
        "Id: 2486509",
        "ID: 2486509\n",
        "ıd: 2486509",
        "Id: 24865",
        "Texto. <#E.G.B#396023#8#435048/>",
        "Texto. <#e.g.b#396023#8#435048/> <#E.G.B#396311#8#435361>",
        "Licença de operação. DAR - 13567/04",
        "DAR-149/2019.",
        "Código Identificador:E05263FB e mais texto",
        "O educador e o indicador",
        "Identificador",
        "",
    ],
)
def test_ends_with_act_id_is_the_regexs_search(par):
    from seidou.documents.segment import ACT_ID_END, ends_with_act_id

    assert ends_with_act_id(par) == (ACT_ID_END.search(par) is not None)


def test_tail_kinds_are_the_kinds_initials():
    """heading_tail_title looks for a kind only at a word whose first letter opens one (KIND_INITIALS)."""
    from seidou.documents.segment import KIND_INITIALS, TAIL_KIND

    kinds, depth, firsts = TAIL_KIND.pattern.split(r")\s+\S")[0].removeprefix("(?:"), 0, set()
    for i, c in enumerate(kinds):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0 and (i == 0 or kinds[i - 1] == "|") and c.isupper():
            firsts.add(c)  # the first letter of a top-level alternative
    assert firsts == set(KIND_INITIALS)
