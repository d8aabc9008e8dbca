"""Acts of any gazette: the layout grammar that cuts a journal into its acts (issue 29, item 4).

Rows are text as the layout stage writes it for real documents (the source is named in each row); every rule
has rows from two publishers or is a general grammar, and near misses that must not fire.
"""

from __future__ import annotations

import pytest

from seidou.documents.classify import PARENT_NUMBER, closing_date, doc_type_of, title_number
from seidou.documents.segment import _Grammar, heading_tail_title, is_title, paragraphs, printed_numbers, run_in_title
from seidou.runner.process import process_file

from ..conftest import SHARED, SHARED_REASON

REAL2 = SHARED / "corpus" / "real2"


def grammar(text: str, journal: bool = True) -> _Grammar:
    pars = paragraphs(text)
    return _Grammar(text, pars, [1] * len(pars), set(), journal)


# printed page numbers in a running header or footer (a cut edition skips pages)
PAGE_NUMBERS = [
    ("PÁGINA 34", {34}),  # DODF 29/2018
    ("Página 2", {2}),  # Tucano-BA DOE 1.507
    ("13 DIÁRIO OFICIAL DO MUNICÍPIO • DOM", {13}),  # DOM-BH 7.143
    ("BELO 4 HORIZONTE", {4}),  # DOM-BH 7.147
    ("Dom7143.indd 13", {13}),  # DOM-BH InDesign slug
    ("www.diariomunicipal.com.br/ama\n2", {2}),  # AMA-AL (Sigpub)
    # near misses: a date, an edition, a time, an ISSN, a sentence that quotes a page
    ("SEXTA-FEIRA, 29 DE NOVEMBRO DE 2024 • N° 7.143", set()),
    ("Edição 1.507 | Ano 9", set()),
    ("28/11/2024 19:45:17", set()),
    ("ISSN 1677-7042", set()),
    ("Diário Oficial da União, Seção II, página 66, em 02/05/2017, para", set()),
]


@pytest.mark.parametrize("furniture,want", PAGE_NUMBERS)
def test_printed_page_numbers(furniture, want):
    assert printed_numbers(furniture) == want


# the last paragraph of an act: its closing (the paragraph the row's text ends with)
CLOSINGS = [
    # place and date over the signature block (DOM-BH 7.143 p. 13; AMA-AL 0225)
    ("Belo Horizonte, 27 de novembro de 2024\nMaiere Amancio da Silva\nPregoeira", True),
    ("Teotônio Vilela – AL, 04 de Junho de 2015.\nGERALDO JUSTINO DA SILVA FILHO Presidente", True),
    # a name under the act's last sentence (DODF 29/2018 p. 34)
    (
        "O GERENTE DE JULGAMENTO … no uso da atribuição, torna público o que segue e dá ciência aos interessados.\n"
        "NIVALDO PAVANINI PARRA",
        True,
    ),
    # an extract's signing date (DOM-BH 7.147 p. 4), a Sigpub publisher's code (AMA-AL 0225)
    (
        "Valor: R$ 25.812.500,00 (vinte cinco milhões, oitocentos e doze mil e quinhentos reais). Assinatura em: 27/11/2024",
        True,
    ),
    ("Publicado por: Gean Fábio Carvalho de Oliveira Código Identificador:9AB283D6", True),
    # the publisher's act identifier alone on its line (DOE-RJ 2023-06-20) or an act's closing delimiter, the next
    # act's opening one after it (DOE-BA 2020-01-21, EGBA)
    ("FUNDAMENTO : Proc. nº SEI-220009/000002/2023.\nId: 2486430", True),
    ("Prazo: 365 dias. Assinado. 20/01/2020. <#E.G.B#396023#8#435048/> <#E.G.B#396311#8#435361>", True),
    ("Sérgio de Oliveira Silva Diretor Presidente <#E.G.B#396313#8#435363/>", True),
    # near misses: a line of a list, an annex after the signatures, a body sentence
    ("- SUEMARA FERNANDES DA SILVA MARTINS, BM 312.797-2 a partir de 01/12/2024;", False),
    (
        "Belo Horizonte, 3 de dezembro de 2024\nJosué Costa Valadão\nSecretário Municipal Interino\nANEXO\n"
        "(a que se refere o art. 1º da Portaria SMASAC Nº 296/2024)",
        False,
    ),
    ("Art. 2º - Esta portaria entra em vigor na data de sua publicação.", False),
    # an identifier inside a sentence, an act's opening delimiter alone
    ("conforme o Id: 2486430 do processo, para os devidos fins", False),
    ("<#E.G.B#396023#8#435048>", False),
]


@pytest.mark.parametrize("text,want", CLOSINGS)
def test_an_act_closes(text, want):
    g = grammar(text)
    assert g.ends_act(len(g.pars) - 1) is want


BODY = "O Conselho Municipal dos Direitos da Criança e do Adolescente de Belo Horizonte, no exercício das atribuições"
# a capitals line that opens an act no title list names (the row's line after "|" is the candidate)
OPENINGS = [
    # DOM-BH 7.147 p. 1: after the signatures of the act above
    ("Belo Horizonte, 2 de dezembro de 2024\nFuad Noman\nPrefeito de Belo Horizonte|CONVOCAÇÃO PARA POSSE", True),
    # DODF 29/2018 p. 47: under its órgão heading, after the signatures above it
    (
        "Brasília/DF, 07 de fevereiro de 2018\nDANIELE DA HORA DOS SANTOS\nPregoeira\nSECRETARIA DE ESTADO DE JUSTIÇA\n"
        "E CIDADANIA|NOTIFICAÇÃO",
        True,
    ),
    # DOM-BH 7.147 p. 4: after an extract's signing date
    ("Valor: R$ 25.812.500,00. Assinatura em: 27/11/2024|REGISTRO CADASTRAL – SUCAF", True),
    # near misses: a section of a list (no closing above), a company in a signature block (no body below),
    # a preamble's verb, an annex, a signatory's name
    ("- SUEMARA FERNANDES DA SILVA MARTINS, BM 312.797-2 a partir de 01/12/2024;|CARREIRA DA MEDICINA", False),
    (
        "Belo Horizonte, 21 de novembro de 2024\nLeandro Jacinto da Silva\nRepresentante Legal|SYSTEM MANAGER TECNOLOGIA",
        False,
    ),
    ("Belo Horizonte, 2 de dezembro de 2024\nFuad Noman\nPrefeito de Belo Horizonte|DECRETA", False),
    ("Belo Horizonte, 28 de novembro de 2024.\nFuad Noman\nPrefeito de Belo Horizonte|ANEXO I", False),
    ("Brasília, 08 de fevereiro de 2018 130º da República e 58º de Brasília|RODRIGO ROLLEMBERG", False),
]


@pytest.mark.parametrize("text,want", OPENINGS)
def test_an_act_opens_with_a_capitals_line(text, want):
    above, line = text.split("|")
    after = "\nSYSTEM LTDA.\nDetentor da Ata" if "SYSTEM" in line else f"\n{BODY}"
    g = grammar(f"{above}\n{line}{after}")
    i = next(k for k in range(len(g.pars)) if g.par(k) == line)
    assert g.is_opening_title(i) is want


def test_a_single_instruments_capitals_lines_are_not_acts():
    # Abrinq termo de convênio p. 15: a party's name in capitals under the signatures
    text = (
        "Belo Horizonte, 8 de outubro de 2021\nFulano de Tal\nPresidente\nASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE\n"
        + BODY
    )
    g = grammar(text, journal=False)
    assert not g.is_opening_title(3)


TYPES = [
    ("Extrato do Primeiro Termo Aditivo ao Termo de Fomento", "extrato_convenio"),  # DOM-BH 7.143
    ("EXTRATO DO 1º TERMO ADITIVO AO CONVÊNIO Nº 709761/2009", "extrato_convenio"),  # DOU S3 2020
    ("Extrato do Terceiro Termo Aditivo ao Contrato", "extrato_contrato"),  # DOM-BH 7.143
    ("EXTRATO DE TERMO DE APOSTILA", "extrato_contrato"),  # DOM-BH 7.147
    ("EXTRATO DE PUBLICAÇÃO DO CONTRATO N° 026/2016", "extrato_contrato"),  # AMA-AL 0225
    ("DECLARAÇÃO DE LICITAÇÃO FRACASSADA", "resultado_licitacao"),  # DOM-BH 7.143
    ("RESULTADO CREDENCIAMENTO E HABILITAÇÃO", "resultado_licitacao"),  # DOM-BH 7.143
    ("PRIMEIRO TERMO ADITIVO DA ATA DE REGISTRO DE PREÇOS 018/2023", "termo_aditivo"),  # DOM-BH 7.143
    ("DISPENSA DE CHAMAMENTO PÚBLICO", "dispensa_inexigibilidade"),  # DOM-BH 7.147
    ("AVISO DE ABERTURA", "aviso_licitacao"),  # DODF 29/2018
    ("CONVOCAÇÃO PARA POSSE", "aviso"),  # DOM-BH 7.147
    ("COMUNICADO CMDCA/BH Nº 46/2024", "aviso"),  # DOM-BH 7.147
    # near misses
    ("ATA DA 1683ª REUNIÃO, EM 19/11/2024.", "other"),
    ("EXTRATOS - RELATÓRIOS DE VIAGENS OFICIAIS", "extrato"),
]


@pytest.mark.parametrize("title,want", TYPES)
def test_types_of_new_titles(title, want):
    assert doc_type_of(title) == want


NUMBERS = [
    # an amendment titled by the instrument it amends prints that instrument's number (DODF NOVACAP, DODF SES)
    ("TERCEIRO TERMO ADITIVO AO CONTRATO DE EMPREITADA DE OBRA ENGENHARIA D.E N° 508/2016", None),
    ("Terceiro Termo Aditivo ao Contrato nº 092/2015-SES/DF", None),
    ("EXTRATO DO 5° TERMO ADITIVO DO CONTRATO N°72/2014,", None),  # DODF 5/2020
    # the instrument's own number
    ("CONTRATO DE AQUISIÇÃO DE BENS D.E. Nº 197/2017", "197/2017"),
    ("Ata de Registro de Preços n° 231/2017-A-SES/DF", "231/2017-A-SES/DF"),
    ("EXTRATO DE PUBLICAÇÃO DO CONTRATO N° 026/2016", "026/2016"),
]


@pytest.mark.parametrize("title,want", NUMBERS)
def test_numbers_of_new_titles(title, want):
    got = None if PARENT_NUMBER.search(title) else title_number(title, None)
    assert got == want


CLOSING_DATES = [
    ("…\nBelo Horizonte, 27 de novembro de 2024\nMaiere Amancio da Silva", "2024-11-27"),  # DOM-BH
    ("RESOLVE: … Brasília, 05 de fevereiro de 2018. SILVÉRIO ANTONIO MOITA DE ANDRADE.", "2018-02-05"),  # DODF
    ("Teotônio Vilela – AL, 04 de Junho de 2015.", "2015-06-04"),  # AMA-AL
    ("prazo de 12 (doze) meses a partir de 24/12/2024", None),
]


@pytest.mark.parametrize("text,want", CLOSING_DATES)
def test_closing_date(text, want):
    got = closing_date(text)
    assert (got.isoformat() if got else None) == want


def docs(rel: str) -> list[dict]:
    path = REAL2 / rel
    if not path.exists():
        pytest.skip(SHARED_REASON)
    rows = process_file(str(path), "seg", tables="off", ner="off").rows["documents"]
    return sorted(rows, key=lambda d: d["seq"])


def test_list_style_extratos_one_document_per_record():
    # DODF 29/2018: "EXTRATOS DE ATAS DE REGISTRO DE PREÇOS" over PROCESSO Nº … records; NOVACAP "EXTRATOS DE
    # INSTRUMENTOS CONTRATUAIS" over PROCESSO: … records; CAESB "EXTRATO DE CONTRATO" over CONTRATO Nº … records
    d = docs("gazette/dodf_029_2018_02_09_extratos_pages.pdf")
    atas = [x for x in d if x["doc_type"] == "ata_registro_precos"]
    assert len(atas) == 19 and atas[0]["number"] == "231/2017-A-SES/DF"
    assert [x["number"] for x in d if x["title"] and x["title"].startswith("CONTRATO Nº")] == ["8867", "8868"]
    # the record's continuation paragraph stays with it ("44.90.51 e Fonte de Recurso 135 …")
    assert sum("44.90.51 e Fonte de Recurso" in x["text"] for x in d) == 1
    # a single record under its heading is one document with its continuation (SES "EXTRATOS CONTRATUAIS")
    ses = next(x for x in d if "Terceiro Termo Aditivo ao Contrato nº 092/2015" in x["text"][:300])
    assert "2.1.1. Considerando" in ses["text"]


def test_extratos_in_sentence_case_under_a_plural_heading():
    # DOM-BH 7.143 p. 29: "EXTRATOS" over "Extrato do Terceiro Termo Aditivo ao Contrato", "Extrato do Quarto …"
    d = docs("gazette/bh_dom_7143_2024_11_29_extratos_pages.pdf")
    p4 = [x["title"] for x in d if x["page_start"] == 4 and x["title"] and x["title"].startswith("Extrato")]
    assert p4[:2] == ["Extrato do Terceiro Termo Aditivo ao Contrato", "Extrato do Quarto Termo Aditivo ao Contrato"]
    assert len(p4) == 5


def test_a_page_after_skipped_pages_starts_a_document():
    # DOM-BH 7.143 cut to pages 1, 13, 15, 29: page 13 opens with the tail of an act of page 12
    d = docs("gazette/bh_dom_7143_2024_11_29_extratos_pages.pdf")
    first_p2 = next(x for x in d if x["page_start"] == 2)
    assert first_p2["title"] is None and first_p2["continues_previous"] is True
    assert first_p2["text"].startswith("Em 10/10/2024, a empresa Vanguarda")


def test_sigpub_publisher_code_closes_each_act():
    # AMA-AL 0225 (Sigpub): every act ends with "Publicado por: … Código Identificador:XXXX"
    d = docs("gazette/dom_al_ama_0225_2016_02_15_full_2p.pdf")
    acts = [x for x in d if x["title"]]
    assert [x["number"] for x in acts] == ["026/2016", "027/2016", "029/2016", "001/2015"]
    assert all(x["text"].rstrip().split("\n")[-1].startswith("Publicado por") for x in acts[1:])


def test_an_instruments_letterhead_and_heading_block_join_it():
    # TCE-AC acórdão: "PROCESSO TCE N° … / ENTIDADE: … / RELATOR" above "ACÓRDÃO Nº 11.046/2018"
    d = docs("acts/tce_ac_acordao_11046_2018_acredata_prestacao_contas.pdf")
    assert len(d) == 1 and d[0]["doc_type"] == "acordao" and d[0]["text"].startswith("PROCESSO TCE")


def test_a_tce_form_after_the_signatures_is_its_own_document():
    # Paraguaçu Paulista-SP termo de fomento 1/2024: the TCE-SP "ANEXO RP-09 … TERMO DE CIÊNCIA E DE NOTIFICAÇÃO"
    # opens page 28 after the termo's signatures and witnesses
    d = docs("esig/paraguacu_sp_termo_fomento_01_2024_casa_lar_econv_spdp_pades.pdf")
    assert [(x["page_start"], x["page_end"]) for x in d] == [(1, 27), (28, 30)]
    assert d[0]["doc_type"] == "termo_de_fomento" and d[0]["number"] == "001/2024"
    assert d[1]["text"].startswith("ANEXO RP-09")


# run-in titles: an act's capitals title opening its body paragraph, up to a period or the first field's label
RUN_IN = [
    (  # DOE-BA 2020-01-21 (EGBA), CONDER
        "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18. FIRMADO EM: 30/05/18. PROCESSO: SEI nº "
        "043.4125.2020.0000244-74. CONVENENTE: MUNICÍPIO DE MAETINGA - BAHIA.",
        "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18",
    ),
    (  # DOE-BA 2020-01-21, a municipal notice
        "EXTRATO DO CONTRATO Nº 245/2019. Contratante: Município de Campo Alegre de Lourdes, objeto aquisição",
        "EXTRATO DO CONTRATO Nº 245/2019",
    ),
    (  # DOE-RJ 2023-06-20, SEPOL: the title, then the first label
        "EXTRATO DE TERMO INSTRUMENTO : Termo de Convênio nº 15//2023",
        "EXTRATO DE TERMO",
    ),
    (  # DOU Seção 3 2022-04-29
        "EXTRATO DO 4º TERMO DE AJUSTE AO 93º TERMO DE COOPERAÇÃO TÉCNICA CONVENENTES: Celebram entre si a União Federal",
        "EXTRATO DO 4º TERMO DE AJUSTE AO 93º TERMO DE COOPERAÇÃO TÉCNICA",
    ),
    (  # DOE-BA 2020-01-21, a municipal notice (Camaçari): a label with the copula, after a dash
        "EXTRATO DO RESULTADO JULGAMENTO DAS IMPUGNAÇÕES CONCORRÊNCIA Nº 034/2019 - OBJETO É: contratação de empresa "
        "para a execução de obras",
        "EXTRATO DO RESULTADO JULGAMENTO DAS IMPUGNAÇÕES CONCORRÊNCIA Nº 034/2019",
    ),
    # near misses: a title whose label names its own number, a title alone, a sentence in capitals, no kind of act
    ("RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº 074.7738.2019.0059029-03; LOCATÁRIA: UNEB", None),
    ("PORTARIA Nº 123, DE 2 DE MAIO DE 2023", None),
    ("PORTARIA Nº 123 O SECRETARIO, no uso de suas atribuições legais e", None),
    ("JULGAMENTO DO RECURSO - PREGÃO ELETRÔNICO Nº 035/2019- DESENBAHIA O Diretor de Administração", None),
    ("Extrato do contrato nº 12/2024. Contratante: Município de Belo Horizonte", None),
    # near misses (review25, forms of extratos and avisos): the words after a title's preposition are the title's, not a
    # label ("ADITIVO AO CONTRATO:" and "CONTRATO:" cut "… TERMO" and "… ADITIVO AO")
    (
        "EXTRATO DO PRIMEIRO TERMO ADITIVO AO CONTRATO: 12/2024. CONTRATANTE: MUNICÍPIO DE X. CONTRATADA: ALFA LTDA.",
        None,
    ),
    ("RESUMO DO APOSTILAMENTO AO CONVÊNIO: 45/2023 - PARTES: ESTADO DA BAHIA E MUNICÍPIO DE X.", None),
    ("AVISO DE LICITAÇÃO PREGÃO PRESENCIAL NO PROCESSO: 45/2024. Objeto: aquisição de material de limpeza.", None),
]


@pytest.mark.parametrize("par,want", RUN_IN)
def test_run_in_title(par, want):
    end = run_in_title(par)
    assert (par[:end] if end is not None else None) == want


# kinds of act the title grammar names (segment.TITLE), with their sources
TITLES = [
    ("TERCEIRO TERMO ADITIVO AO CONTRATO Nº. 009/2017", True),  # DOE-BA 2020-01-21 (UNEB)
    ("1º TERMO ADITIVO Nº 239/2019 ao CONTRATO Nº CTR0055/2018", True),  # DOE-BA 2020-01-21 (EMBASA)
    ("1º Termo Aditivo ao Contrato nº 040/2017", False),  # in sentence case: a record's first words, not a title line
    ("CHAMADA PÚBLICA N° 002/2020", True),  # DOE-BA 2020-01-21 (Correntina-BA)
    ("CHAMAMENTO PÚBLICO Nº 02/2017", True),  # DODF 2020-01-08
    # near misses: an ordinal that titles no amendment, a heading
    ("TERCEIRO SETOR - REPASSES", False),
    ("SECRETARIA MUNICIPAL DE SAÚDE", False),
]


@pytest.mark.parametrize("par,want", TITLES)
def test_title_kinds(par, want):
    assert is_title(par) is want


def test_records_opening_with_their_number():
    """Under a "RESUMO DE …" heading, records that open with their number sign are one instrument each (DOE-BA
    2020-01-21, CAR "RESUMO DE CARTA ADITIVA"; the list grammar of DODF and DOM-BH extratos with a short label)."""
    text = (
        "RESUMO DE CARTA ADITIVA\n"
        "Nº 482/2016.1. Convenentes: CAR/Associação dos Agricultores Rurais. Fica prorrogado por mais 180 dias.\n"
        "Assinatura: 20/01/2020.\n"
        "Nº 636/2016.3. Convenentes: CAR/Associação Comunitária de Curral Novo. Fica prorrogado por mais 240 dias.\n"
        "Assinatura: 20/12/2019.\n"
    )
    g = grammar(text)
    heading, members = g.list_items(0, len(g.pars), [0])
    assert heading == "RESUMO DE CARTA ADITIVA" and members == [1, 3]


def test_acts_closed_by_the_publishers_identifier_and_run_in_titles():
    # DOE-BA 22.825 (EGBA): acts delimited by <#E.G.B#…/> markers; CONDER's "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº.
    # 157/18. FIRMADO EM: …" paragraphs one after the other, each an extrato of its own
    d = docs("gazette/doe_ba_22825_2020_01_21_pages.pdf")
    conder = [
        x["title"] for x in d if x["title"] and x["title"].startswith("RESUMO DO") and "CONVÊNIO Nº." in x["title"]
    ]
    assert conder == [
        "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18",
        "RESUMO DO 3º TERMO ADITIVO AO CONVÊNIO Nº. 106/18",
        "RESUMO DO 3º TERMO ADITIVO AO CONVÊNIO Nº. 058/18",
        "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 121/18",
    ]
    # CAR's "RESUMO DE CARTA ADITIVA" over records that open with their number
    assert sum(x["text"].startswith(("Nº 636/2016.3", "Nº 489/2016.3", "Nº 535/2016.2")) for x in d) == 3


def test_front_matter_and_heading_lines_join_the_act_below():
    # DODF 29/2018: the masthead and SUMÁRIO of the front page are no act; they go with the first act
    d = docs("gazette/dodf_029_2018_02_09_extratos_pages.pdf")
    assert d[0]["title"] is not None and d[0]["text"].startswith("ANO XLVII EDIÇÃO Nº 29")
    # DOM-BH 7.143: "SECRETARIA MUNICIPAL DE ASSISTÊNCIA SOCIAL," / "SEGURANÇA ALIMENTAR E CIDADANIA" heads the
    # "CHAMAMENTO PÚBLICO SMASAC Nº 012/2023" below it, not a document of its own
    d = docs("gazette/bh_dom_7143_2024_11_29_extratos_pages.pdf")
    chamamento = next(x for x in d if x["title"] and x["title"].startswith("CHAMAMENTO PÚBLICO"))
    assert chamamento["text"].startswith("SECRETARIA MUNICIPAL DE ASSISTÊNCIA SOCIAL,")
    assert not any(x["title"] is None and x["text"].strip().endswith("CIDADANIA") for x in d)


# an órgão heading and the act's title on one line: where the title begins
HEADING_TAILS = [
    ("SECRETARIA DE SAÚDE AVISO DE HOMOLOGAÇÃO.", "AVISO DE HOMOLOGAÇÃO."),  # APRECE-CE 2.974 (Abaiara)
    ("SECRETARIA DE ESTADO DE POLÍCIA MILITAR EXTRATO DE INSTRUMENTO CONTRATUAL", "EXTRATO DE INSTRUMENTO CONTRATUAL"),
    ("E DIREITOS HUMANOS EXTRATO DE TERMO", "EXTRATO DE TERMO"),  # DOE-RJ 2023-06-20, a heading's second line
    # near misses: units named after what they handle, a title alone, a heading alone
    ("DIRETORIA DE EDITAIS", None),
    ("SUPERINTENDÊNCIA DE CONTRATO DE GESTÃO", None),
    ("COORDENAÇÃO DE AVISOS E EDITAIS", None),
    ("EXTRATO DE CONTRATO", None),
    ("SECRETARIA MUNICIPAL DE SAÚDE", None),
]


@pytest.mark.parametrize("par,want", HEADING_TAILS)
def test_heading_and_title_on_one_line(par, want):
    at = heading_tail_title(par)
    assert (par[at:] if at is not None else None) == want
