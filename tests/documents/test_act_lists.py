"""seg26 (issue 29): acts of gazettes the segmentation missed — bare paragraphs under a plural heading of acts, run-in
titles that end on their date, note marks, run-on titles under an órgão heading, a journal's running header and front
matter, heading blocks without a body, lists framed by act stamps. Rows are short snippets of real gazettes (their
source in each row's comment), with near misses."""

from __future__ import annotations

import pytest

from seidou.documents.segment import respaced, run_in_title

from .test_gazette_acts import starts

# Bare paragraphs under a plural heading of acts, one act each (two publishers: DOM-BH, DOE-RJ; and the DODF)
ACT_LISTS = [
    (  # DOM-BH 7.153 (2024-12-13): "ATOS DO PREFEITO", servants' acts opening with their verb in Title Case
        [
            "GABINETE DO PREFEITO",
            "ATOS DO PREFEITO",
            "Exonera Vanessa Vilela Caires, da função pública de Gerente de Unidade de Saúde III, no Hospital "
            "Metropolitano Odilon Behrens – HOB, a partir da data de publicação. (ATO GP Nº 1580/2024)",
            "Exonera, a pedido, Alexandra de Morais, BM-323.812-X, do cargo em comissão DAM 6, na Secretaria Municipal "
            "de Obras e Infraestrutura, a partir de 09/12/2024. (ATO GP Nº 1581/2024)",
            "Nomeia Vanessa Vilela Caires, para o cargo em comissão de Diretora, código nº DIR.0002, no Hospital "
            "Metropolitano Odilon Behrens – HOB, a partir da data de publicação. (ATO GP Nº 1584/2024)",
        ],
        ["GABINETE DO PREFEITO", "Exonera, a pedido, Alexandra de Morais,", "Nomeia Vanessa Vilela Caires,"],
    ),
    (  # DOE-RJ 047/2023 (Procuradoria Geral do Estado): the verb in capitals, the dateline under the heading
        [
            "PROCURADORIA GERAL DO ESTADO",
            "ATOS DO PROCURADOR-GERAL",
            "DE 10.03.2023",
            "EXONERA, a pedido, ANDRÉ SILVA DA COSTA BARROS, Id. Funcional n° 5125768-8, com validade a contar de 13 "
            "de março de 2023, do cargo em comissão de Assistente Sênior, Símbolo DAS-6.",
            "NOMEIA NEWTON ALMEIDA DA SILVA JUNIOR para exercer, com validade a contar de 13 de março de 2023, o cargo "
            "em comissão de Assistente Sênior, Símbolo DAS-6. Processo nº SEI-140001/005960/2023.",
            "Id: 2463429",
        ],
        ["PROCURADORIA GERAL DO ESTADO", "NOMEIA NEWTON ALMEIDA DA SILVA JUNIOR"],
    ),
    (  # DOE-RJ 047/2023 (Fundação Leão XIII): despachos opening with their SEI process label
        [
            "FUNDAÇÃO LEÃO XIII",
            "DESPACHOS DA PRESIDENTE",
            "DE 10.03.2023",
            "PROCESSO Nº SEI-310006/000040/2023 - Com base no artigo 26 da Lei Federal nº 8.666/93, RATIFICO a "
            "inexigibilidade de licitação, no valor de R$ 55.761,28, em favor da concessionária RIO MAIS SANEAMENTO.",
            "PROCESSO Nº SEI-310006/000168/2023 - Com base no artigo 26 da Lei Federal nº 8.666/93, RATIFICO a "
            "inexigibilidade de licitação, no valor de R$ 115.656,60, em favor da concessionária LIGHT.",
            "Id: 2463479",
        ],
        ["FUNDAÇÃO LEÃO XIII", "PROCESSO Nº SEI-310006/000168/2023"],
    ),
    (  # DOE-RJ 047/2023 (ITERJ): a dateline over the next despacho opens it with it
        [
            "INSTITUTO DE TERRAS E CARTOGRAFIA DO",
            "DESPACHOS DO PRESIDENTE",
            "DE 09/03/2023",
            "PROCESSO Nº SEI E-19/200.083/2008 - TORNO SEM EFEITO a publicação no DOERJ de 01/03/2023 às fls. 43 do "
            "Termo Administrativo de Reconhecimento de Posse e Moradia.",
            "DE 07/03/2023",
            "PROCESSO Nº SEI E-19/014/653/2014 - TORNO SEM EFEITO a publicação no DOERJ de 03/08/2022 às fls. 74 do "
            "Termo Administrativo de Reconhecimento de Posse e Moradia.",
            "Id: 2463392",
        ],
        ["INSTITUTO DE TERRAS E CARTOGRAFIA DO", "DE 07/03/2023"],
    ),
    (  # DOE-RJ 047/2023 (UERJ): avisos opening with the same article and noun
        [
            "Id: 2463500",
            "FUNDAÇÃO UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO",
            "AVISOS",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições legais, torna público que "
            "estarão abertas as inscrições para o processo seletivo simplificado de Professores Substitutos.",
            "As inscrições estão abertas conforme cronograma disposto no Edital completo. Processo nº SEI-260007/009920.",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições, torna público que estarão "
            "abertas as inscrições para o Processo Seletivo da Faculdade de Geologia.",
        ],
        [
            "Id: 2463500",
            "FUNDAÇÃO UNIVERSIDADE",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas",
        ],
    ),
    (  # DODF 003/2021 (CBMDF): "DECLARAÇÕES DE ACEITE PARA HABITE-SE", each a declaration of its own
        [
            "Brasília/DF, 05 de janeiro de 2021",
            "GERALDO JACINTO DA SILVA FILHO",
            "Presidente da Comissão",
            "DIRETORIA DE VISTORIAS",
            "DECLARAÇÕES DE ACEITE PARA HABITE-SE",
            "A DIRETORA DE VISTORIAS, DO CORPO DE BOMBEIROS MILITAR DO DISTRITO FEDERAL, Em Exercício, no uso das "
            "atribuições que lhe confere os artigos 24, 26 e 40 do Decreto Federal nº 7.163, de 20 de abril de 2010, "
            "resolve: TORNAR PÚBLICO a DECLARAÇÃO DE ACEITE referente à edificação localizada na QS 01 - SAMAMBAIA.",
            "A DIRETORA DE VISTORIAS, DO CORPO DE BOMBEIROS MILITAR DO DISTRITO FEDERAL, Em Exercício, no uso das "
            "atribuições que lhe confere os artigos 24, 26 e 40 do Decreto Federal nº 7.163, de 20 de abril de 2010, "
            "resolve: TORNAR PÚBLICO a DECLARAÇÃO DE ACEITE referente à edificação localizada na SGAS QUADRA 915.",
        ],
        ["Brasília/DF", "DIRETORIA DE VISTORIAS", "A DIRETORA DE VISTORIAS, DO CORPO DE BOMBEIROS MILITAR DO"],
    ),
    # near misses: an act's own paragraphs under a singular title (one despacho with two paragraphs), a plural heading
    # whose paragraphs open differently, one item only, a heading of several kinds ("AVISOS, EDITAIS E")
    (
        [
            "DESPACHO DO SECRETÁRIO",
            "DE 10.03.2023",
            "PROCESSO Nº SEI-330018/001994/2022 - RECONHEÇO a dívida no valor total de R$ 1.000,00 em favor da empresa.",
            "PROCESSO Nº SEI-330018/001995/2022 - RECONHEÇO a dívida no valor total de R$ 2.000,00 em favor da empresa.",
        ],
        ["DESPACHO DO SECRETÁRIO"],
    ),
    (
        [
            "Id: 2463500",
            "FUNDAÇÃO UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO",
            "AVISOS",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições legais, torna público que "
            "estarão abertas as inscrições para o processo seletivo simplificado de Professores Substitutos.",
            "A COMISSÃO DE LICITAÇÃO informa que o resultado do julgamento encontra-se à disposição dos interessados.",
        ],
        ["Id: 2463500", "FUNDAÇÃO UNIVERSIDADE"],
    ),
    (
        [
            "ATOS DO PREFEITO",
            "Exonera Vanessa Vilela Caires, da função pública de Gerente de Unidade de Saúde III, no Hospital "
            "Metropolitano Odilon Behrens – HOB, a partir da data de publicação. (ATO GP Nº 1580/2024)",
            "Este ato entra em vigor na data de sua publicação, revogadas as disposições em contrário, conforme a lei.",
        ],
        ["ATOS DO PREFEITO"],
    ),
    (
        [
            "AVISOS, EDITAIS E",
            "TERMOS DE CONTRATOS",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições legais, torna público.",
            "O REITOR DA UNIVERSIDADE DO ESTADO DO RIO DE JANEIRO, no uso de suas atribuições legais, torna público o.",
        ],
        ["AVISOS, EDITAIS E"],
    ),
]


@pytest.mark.parametrize("lines,opens", ACT_LISTS)
def test_bare_acts_under_a_plural_heading_of_acts(lines, opens):
    got = starts([(1, line) for line in lines])
    assert len(got) == len(opens)
    assert all(g.startswith(o) for g, o in zip(got, opens))


# Run-in titles ended by the act's date (its epígrafe: kind, number, date) and numbers labelled "N.º:" (DODF 2004,
# PageMaker text: three órgãos of the SEF and FAPDF); "ATA DE REGISTRO DE PREÇOS" is a title (DODF 2004 and 2018,
# DOM-BH, AMA-AL)
RUN_IN = [
    (
        "EDITAL N.º 01/2004 – AGGAM/DIATE/SUREC/SEF, DE 22 DE JANEIRO 2004 O GERENTE DA AGÊNCIA DE ATENDIMENTO DA "
        "RECEITA DO GAMA, tendo em vista o disposto no artigo 29",
        "EDITAL N.º 01/2004 – AGGAM/DIATE/SUREC/SEF, DE 22 DE JANEIRO 2004",
    ),
    (
        "EXTRATO DO CONTRATO N.º 010/2003, DE 29 DE DEZEMBRO DE 2003 Processo n.º 193.000.109/2003; Partes: FUNDAÇÃO "
        "DE APOIO À PESQUISA DO DISTRITO FEDERAL",
        "EXTRATO DO CONTRATO N.º 010/2003, DE 29 DE DEZEMBRO DE 2003",
    ),
    (
        "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ: 26.07.2004 A Gerência de Registro de Preços da "
        "Diretoria de Pesquisa e Registro de Preços",
        "ATA DE REGISTRO DE PREÇOS N.º: 017/2004",
    ),
    # near misses: a date inside a title that goes on (no capital after it), a field's colon before the number
    (
        "EDITAL N.º 01/2004, DE 22 DE JANEIRO DE 2004, que dispõe sobre a suspensão de inscrições no cadastro fiscal",
        None,
    ),
    ("EXTRATO DO CONTRATO N.º 010/2003, DE 29 DE DEZEMBRO DE 2003 Processo", None),  # (no body after it)
]


@pytest.mark.parametrize("par,title", RUN_IN)
def test_run_in_titles_ending_on_their_date(par, title):
    k = run_in_title(par)
    assert (par[:k] if k else None) == title


NOTE_MARKS = [  # DOE-RJ 047/2023 and 111/2023: the asterisk of a republication note before a title or a label
    ("*DECRETO Nº 48.394 DE 10 DE MARÇO DE 2023", "DECRETO Nº 48.394 DE 10 DE MARÇO DE 2023"),
    ("*INSTRUMENTO: Contrato nº 033/2023/HUPE.", "INSTRUMENTO: Contrato nº 033/2023/HUPE."),
    # near misses: a note's own line, a bullet of a list in lower case, an asterisk inside
    ("*Republicado por ter saído com incorreções", "*Republicado por ter saído com incorreções"),
    ("* ver a Lei nº 3.035/2002", "* ver a Lei nº 3.035/2002"),
    ("DECRETO Nº 12* DE 2020", "DECRETO Nº 12* DE 2020"),
]


@pytest.mark.parametrize("line,want", NOTE_MARKS)
def test_note_marks(line, want):
    assert respaced(line) == want


def test_a_run_on_title_under_its_organ_heading_opens_an_act():
    # DODF 003/2021 (SEJUS): a title longer than a line's title, its number after a long kind
    got = starts(
        [
            (1, "Brasília/DF, 05 de janeiro de 2021"),
            (1, "ANDERSON LUIZ SENNA COSTA"),
            (1, "SECRETARIA DE ESTADO DE JUSTIÇA E CIDADANIA"),
            (1, "SECRETARIA EXECUTIVA"),
            (
                1,
                "EXTRATO DO 1º TERMO ADITIVO AO TERMO DE FOMENTO (MROSC) Nº 11/2020 – SEJUS/FDCA-DF E ASSOCIAÇÃO "
                "ASSISTÊNCIA, CULTURA E",
            ),
            (1, "Processo: 00417-00038283/2018-90. PARTES: SECRETARIA DE ESTADO DE JUSTIÇA E CIDADANIA."),
        ]
    )
    assert got[-1] == "SECRETARIA DE ESTADO DE JUSTIÇA E CIDADANIA"
    # near miss: the same run-on capitals in a body's middle (no heading above it) open nothing
    got = starts(
        [
            (1, "EXTRATO DO CONTRATO Nº 12/2020"),
            (1, "Processo: 00417-00038283/2018-90. Objeto: aquisição de material, conforme o termo abaixo:"),
            (
                1,
                "EXTRATO DO 1º TERMO ADITIVO AO TERMO DE FOMENTO (MROSC) Nº 11/2020 – SEJUS/FDCA-DF E ASSOCIAÇÃO "
                "ASSISTÊNCIA, CULTURA E",
            ),
            (1, "Vigência: 12 meses a contar da assinatura. PARTES: SECRETARIA DE ESTADO DE JUSTIÇA E CIDADANIA."),
        ]
    )
    assert got == ["EXTRATO DO CONTRATO Nº 12/2020"]


BH_TAIL = [  # DOM-BH 7.153: an extrato closed by its place and date alone, then a notice titled by its kind
    (1, "Assinatura: 10/12/2024"),
    (1, "Belo Horizonte, 11 de dezembro de 2024"),
    (1, "NOTIFICAÇÃO"),
    (1, "A BELOTUR/DRAF-BL/GERAL-BL notifica o senhor proponente/beneficiário abaixo relacionados para, no prazo."),
]


def test_an_act_closed_by_its_place_and_date_alone_then_a_titled_notice():
    assert starts([(1, "EXTRATO DE CONTRATO Nº 1/2024")] + BH_TAIL)[-1] == "NOTIFICAÇÃO"
    # near miss: a line that names no kind of act under the place and date is the signer's, not a title
    tail = [BH_TAIL[0], BH_TAIL[1], (1, "DIRETORIA DE EVENTOS"), BH_TAIL[3]]
    assert starts([(1, "EXTRATO DE CONTRATO Nº 1/2024")] + tail) == ["EXTRATO DE CONTRATO Nº 1/2024"]


def test_the_running_header_is_no_title_of_the_act_continued_on_a_new_page():
    # DOM-BH 7.153: the page after a skipped one opens with the journal's running header over a cut act's fields
    lay_rows = [
        (1, "EXTRATO DE CONTRATO Nº 1/2024"),
        (1, "Objeto: aquisição de material de consumo para as unidades de saúde do município, conforme o edital."),
        (1, "Belo Horizonte, 10 de dezembro de 2024"),
        (1, "Ivana Rodrigues Ferreira"),
        (3, "BELO 8 HORIZONTE DIÁRIO OFICIAL DO MUNICÍPIO • DOM"),
        (3, "Recorrente: ESPAÇO MASTER VITALIDADE LTDA."),
        (3, "Relator: Dr. Guilherme Andrade Carvalho (Reanálise dos autos solicitada pela Conselheira em 10/12/2024)"),
    ]
    from seidou.documents.segment import segment

    from .test_gazette_acts import layout

    lay = layout(lay_rows)
    titles = [lay.text[s.title_at :].split("\n", 1)[0] for s in segment(lay, "gazette") if s.title_at is not None]
    assert titles == ["EXTRATO DE CONTRATO Nº 1/2024"]


SIGPUB_FRONT = [  # AMA-AL 2.121 (Sigpub): the expediente's last sentence, the first act's headings and title
    (1, "Região do Litoral Sul: Carlos Felipe Castro Jatobá Lins."),
    (
        1,
        "O Diário Oficial dos Municípios do Estado de Alagoas é uma solução voltada à modernização da gestão municipal.",
    ),
    (1, "ESTADO DE ALAGOAS"),
    (1, "CONAGRESTE - CONSORCIO REGIONAL DE RESIDUOS"),
    (1, "SOLIDOS DO AGRESTE ALAGOANO"),
    (1, "SOLICITAÇÃO DE COTAÇÃO"),
    (1, "O Consorcio Intermunicipal do Agreste Alagoano – CONAGRESTE, informa que está recebendo cotações para o"),
]


def test_the_first_act_after_a_sigpub_expediente():
    got = starts(SIGPUB_FRONT)
    assert len(got) == 2 and got[1] in ("ESTADO DE ALAGOAS", "SOLICITAÇÃO DE COTAÇÃO")
    # near miss (AMA-AL 2016): a sentence in capitals after the expediente is the tail of an act set in columns
    rows = SIGPUB_FRONT[:2] + [
        (1, "TERÁ INICIO NA DATA DE SUA ASSINATURA E VIGORARÁ ATÉ O FINAL DO EXERCÍCIO CORRENTE."),
        (1, "DOS SIGNATÁRIOS: CELIA MARIA BARBOSA ROCHA – CPF Nº ***.977.958-** P/ CONTRATANTE - DELFINO PEDRO."),
    ]
    assert len(starts(rows)) == 1


HEAD_BLOCKS = [
    (  # AMA-AL 2.121 (Sigpub): the association's heading block and the act's index title over the act
        [
            "Publicado por: Barbara Santos Canuto Código Identificador:A3A211CE",
            "ESTADO DE ALAGOAS",
            "CONDRI - CONSORCIO PARA DESENVOLVIMENTO DA",
            "REGIAO DO IPANEMA",
            "CONDRI - CONSORCIO PARA DESENVOLVIMENTO DA",
            "REGIAO DO IPANEMA",
            "TERMO DE CANCELAMENTO DE ATA DE REGISTRO DE",
            "PREÇO",
            "CONSIDERANDO que a ATA DE REGISTRO DE PREÇOS Nº 08/2022 do CONSÓRCIO INTERMUNICIPAL DO SERTÃO, que tem por",
        ],
        2,
    ),
    (  # DOE-RJ 047/2023: an órgão's name over its act, after the previous act's stamp
        [
            "Id: 2463547",
            "AUTARQUIA DE PROTEÇÃO E DEFESA DO CONSUMIDOR",
            "DO ESTADO DO RIO DE JANEIRO",
            "EXTRATO DE TERMO",
            "INSTRUMENTO: Acordo de Cooperação Técnica nº 029/2023.",
            "PARTES: Autarquia de Proteção e Defesa do Consumidor do Estado do Rio de Janeiro e o Município.",
        ],
        2,
    ),
]


@pytest.mark.parametrize("lines,count", HEAD_BLOCKS)
def test_a_heading_block_without_a_body_goes_with_the_act_below(lines, count):
    got = starts([(1, "EXTRATO DE CONTRATO Nº 1/2024")] + [(1, line) for line in lines])
    assert len(got) == count


def test_a_signature_cut_from_its_act_is_no_heading_block():
    # near miss (DODF 003/2021): the name and cargo of a decree's signer at the top of a page go with the decree
    rows = [
        (1, "DECRETO Nº 41.700, DE 05 DE JANEIRO DE 2021"),
        (1, "O GOVERNADOR DO DISTRITO FEDERAL, no uso das atribuições que lhe confere o art. 100, DECRETA:"),
        (3, "MARCUS VINÍCIUS BRITTO"),
        (3, "Governador em Exercício"),
        (3, "EXTRATO DE CONTRATO Nº 31/2020"),
        (3, "Contrato nº 31/2020 - TCB/FLEXIBASE INDÚSTRIA E COMERCIO DE MÓVEIS LTDA, objeto a aquisição de móveis."),
    ]
    got = starts(rows)
    assert got[-1] == "EXTRATO DE CONTRATO Nº 31/2020"


STAMPED = [  # DOE-RJ 047/2023: a list of extratos whose heading the text layer misread, between two "Id:" stamps
    "Id: 2463548",
    "Secretaria de Estado de Polícia Militar",
    "SECRETARIA DE ESTADO DE POLÍCIA MILITAR EXTRATOSS DE INSTRUMENTOS CONTRATUAIS",
    "INSTRUMENTO: Termo de Contrato nº 014/2023-DGO",
    "PARTES: SEPM e a empresa QUICKBUM E-COMMERCE - EIRELI (CNPJ nº 30.323.616/0001-64).",
    "OBJETO: Aquisição de equipamentos para as centrais odontológicas de materiais e esterilização.",
    "VALOR TOTAL: R$9.800,00 (nove mil e oitocentos reais).",
    "INSTRUMENTO: Termo de Contrato nº 015/2023-DGO",
    "PARTES: SEPM e a empresa RIO MÉIER COMÉRCIO DE MATERIAIS ODONTO-HOSPITALARES LTDA.",
    "OBJETO: Aquisição de equipamentos para as centrais odontológicas de materiais e esterilização.",
    "VALOR TOTAL: R$ 1.850,00 (um mil, oitocentos e cinquenta reais).",
    "Id: 2463530",
]


def test_records_between_two_act_stamps():
    got = starts([(1, "EXTRATO DE CONTRATO Nº 1/2024")] + [(1, line) for line in STAMPED])
    assert got[-1] == "INSTRUMENTO: Termo de Contrato nº 015/2023-DGO"
    # near miss: one record's labels (a fine's fields, one label per line) are no list of records
    fines = STAMPED[:3] + ["AUTO: 12", "INFRATOR: José", "AUTO: 13", "INFRATOR: Maria", "Id: 2463530"]
    assert len(starts([(1, "EXTRATO DE CONTRATO Nº 1/2024")] + [(1, line) for line in fines])) == 2


def test_a_file_of_declarations_is_one_document_each_with_its_caption():
    # FIDI 2024 (PRONAS annexes 4 and 5, one PDF): two declarations, the second under its annex caption on page 2
    rows = [
        (1, "Portaria de Consolidação Nº05 de 28/09/2017"),
        (1, "DECLARAÇÃO DE RESPONSABILIDADE (Origem: PRT MS/GM 1550/2014, Anexo)"),
        (
            1,
            "Os dirigentes da instituição ATESTAM, para fins de apresentação de projetos no âmbito do PRONAS/PCD, que.",
        ),
        (2, "Anexo 5 do Anexo LXXXVI"),
        (2, "MODELO DE DECLARAÇÃO DE CAPACIDADE TÉCNICO-OPERATIVA (Origem: PRT MS/GM"),
        (2, "DECLARAÇÃO DE CAPACIDADE OPERACIONAL"),
        (2, "Declaramos, para os devidos fins que a instituição possui capacidade técnica e operacional necessárias."),
        (2, "São Paulo, 17 de outubro de 2024."),
        (2, "SERGIO ARON AJZEN – DIRETOR"),
    ]
    assert starts(rows, "other") == ["Portaria de Consolidação Nº05 de 28/09/2017", "Anexo 5 do Anexo LXXXVI"]
    # near miss: a declaration's title under a body sentence on its page keeps that sentence with the page before
    rows[3] = (2, "O presente documento segue anexo ao projeto, conforme a portaria de consolidação.")
    got = starts(rows, "other")
    assert got[-1] == "DECLARAÇÃO DE CAPACIDADE OPERACIONAL"
    # near miss (review rev26c): a model of a declaration a parecer quotes after its colon is part of the parecer
    # (SEI/MS parecer 267/2024, APAE Colinas)
    quoted = [
        (1, "PARECER TÉCNICO Nº 267/2024"),
        (
            1,
            "d) Apresentar a Declaração de Anuência do Gestor do SUS municipal em que será executado o projeto, conforme "
            "modelo abaixo, em papel timbrado, contendo data vigente e assinatura, de acordo com o inciso IV, do art. 26:",
        ),
        (1, "(TIMBRE DA SECRETARIA)"),
        (1, "DECLARAÇÃO DE ANUÊNCIA DO GESTOR DO SISTEMA ÚNICO DE SAÚDE (SUS)"),
        (
            1,
            "O <Estado ou Município>, pessoa jurídica de direito público, neste ato representado pela SECRETARIA, declara "
            "estar ciente de que a Instituição submeterá ao Programa Nacional de Apoio o Projeto intitulado.",
        ),
    ]
    assert starts(quoted, "other") == ["PARECER TÉCNICO Nº 267/2024"]


DODF_PAID = [  # DODF 2004, section 3: paid private notices, each closed by its payment slip's number
    (
        1,
        "Foi determinada a elaboração de estudo ambiental (RCA). Romário Mendes Vargas – responsável legal da Viação "
        "Itapemirim Ltda. DAR - 13567/04",
    ),
    (1, "AUTO POSTO PETER PAN 01 LTDA"),
    (1, "RENOVAÇÃO DA LICENÇA DE OPERAÇÃO"),
    (
        1,
        "Torna público que requereu à Secretaria de Meio Ambiente e Recursos Hídricos – SEMARH, a Renovação da Licença.",
    ),
    (1, "DAR - 13568/04"),
    (1, "COOPSMCO - COOPERATIVA DOS PROFISSIONAIS DO SERVIÇO DE TRANSPORTE"),
    (
        1,
        "CONVOCAÇÃO DE ASSEMBLÉIA GERAL EXTRAORDINÁRIA DE CONSTITUIÇÃO O Sr. Peterson Kennedy da Silva Costa, CONVOCA.",
    ),
]


def test_a_paid_notices_slip_number_closes_it():
    got = starts([(1, "AVISO DE REQUERIMENTO DE LICENÇA DE INSTALAÇÃO")] + DODF_PAID)
    assert got[1:] == [
        "AUTO POSTO PETER PAN 01 LTDA",
        "COOPSMCO - COOPERATIVA DOS PROFISSIONAIS DO SERVIÇO DE TRANSPORTE",
    ]
    # near misses: a slip number inside a sentence, a "DAR" that is a word of the body
    rows = [
        (1, "AVISO DE REQUERIMENTO DE LICENÇA DE INSTALAÇÃO"),
        (1, "Pago pelo DAR - 13567/04 conforme o edital, e"),
        (1, "AUTO POSTO PETER PAN 01 LTDA"),
        (1, "a requerente deverá DAR - 1/2 do valor."),
        (1, "RENOVAÇÃO DA LICENÇA DE OPERAÇÃO"),
    ]
    assert len(starts(rows)) == 1


def test_the_stamp_closing_an_act_heads_nothing_below_it():
    # DODF 039/2019 (IBRAM): the signer, the slip number, then the next notice's title
    rows = [
        (1, "AVISO DE AUDIÊNCIA PÚBLICA"),
        (
            1,
            "O Instituto de Meio Ambiente e dos Recursos Hídricos do Distrito Federal - Brasília Ambiental torna público.",
        ),
        (1, "Brasília/DF, 08 de fevereiro de 2019 EDSON DUARTE"),
        (1, "Presidente"),
        (1, "DAR-149/2019."),
        (1, "AVISO DE AUDIÊNCIA PÚBLICA"),
        (
            1,
            "O Instituto de Meio Ambiente e dos Recursos Hídricos do Distrito Federal - Brasília Ambiental torna público.",
        ),
    ]
    assert starts(rows) == ["AVISO DE AUDIÊNCIA PÚBLICA", "AVISO DE AUDIÊNCIA PÚBLICA"]


def test_amendments_named_by_their_ordinal_under_a_list_heading():
    # DODF 039/2019 (CAESB): "EXTRATOS DE ADITIVO" over records in sentence case opening with the ordinal
    rows = [
        (1, "EXTRATOS DE ADITIVO"),
        (
            1,
            "4° Termo Aditivo ao Contrato 8516/2014, publicado no DODF em 31/12/2014. ASSINATURA: 07/02/2019. PREÇO/VALOR: "
            "R$ 158.400,00. ASSINANTES: Pela CAESB: Fernando Rodrigues Ferreira Leite - Presidente.",
        ),
        (
            1,
            "5° Termo Aditivo ao Contrato 8646/2016, publicado no DODF em 25/07/2016. ASSINATURA: 15/02/2019. PREÇO/VALOR: "
            "Acréscimo de R$ 270.439,40. ASSINANTES: Pela CAESB: Fernando Rodrigues Ferreira Leite - Presidente.",
        ),
    ]
    assert starts(rows) == ["EXTRATOS DE ADITIVO", rows[2][1]]
    # near miss: an ordinal that names no amendment ("2º Lugar: …") opens no record
    rows[2] = (1, "2° Lugar: Fulano de Tal, com a nota 8,5, conforme a ata de julgamento publicada no DODF em 2019.")
    assert starts(rows) == ["EXTRATOS DE ADITIVO"]
