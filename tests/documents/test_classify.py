"""Document types from titles: the real titles of the corpus (DOU 2014, 2017, DODF 2020)."""

from __future__ import annotations

import pytest

from seidou.documents.classify import GAZETTE_ACTS, doc_type_of, is_index, municipal_orgao, sei_letterhead
from seidou.extractors.clauses import NORMATIVE

TITLES = [
    ("PORTARIA Nº 1.669, DE 19 DE ABRIL DE 2023", "portaria"),
    ("EXTRATO DE CONTRATO Nº 9/2010", "extrato_contrato"),
    ("EXTRATO DO 18º TERMO ADITIVO AO TERMO DE AUTORIZAÇÃO DE USO", "extrato_contrato"),
    ("EXTRATO DO PRIMEIRO TERMO ADITIVO AO CONTRATO Nº 12/2017", "extrato_contrato"),
    ("ATO DECLARATÓRIO EXECUTIVO Nº 36, DE 30 DE SETEMBRO DE 2014", "ato_declaratorio"),
    ("ATO Nº 888, DE 29 DE SETEMBRO DE 2017", "ato"),
    ("ATOS DE 29 DE SETEMBRO DE 2017", "ato"),
    ("ORDEM DE SERVIÇO Nº 12, DE 2 DE OUTUBRO DE 2017", "ordem_de_servico"),
    ("ALVARÁ Nº 4.521, DE 25 DE SETEMBRO DE 2017", "alvara"),
    ("ACÓRDÃO Nº 2.560/2014 - TCU - PLENÁRIO", "acordao"),
    ("RETIFICAÇÃO", "retificacao"),
    ("ERRATA AO DECRETO N° 40.345", "retificacao"),
    ("INSTRUÇÃO NORMATIVA Nº 22, DE 20 DE JUNHO DE 2013", "instrucao_normativa"),
    ("DELIBERAÇÃO Nº 4, DE 2017", "deliberacao"),
    ("AVISO DE HOMOLOGAÇÃO", "resultado_licitacao"),
    ("RESULTADO DE JULGAMENTO", "resultado_licitacao"),
    ("EXTRATO DE INEXIGIBILIDADE DE LICITAÇÃO", "dispensa_inexigibilidade"),
    ("EXTRATO DE RATIFICAÇÃO DO ATO", "dispensa_inexigibilidade"),
    ("EXTRATO DE PARECER Nº 223/2014", "extrato_parecer"),
    ("EXTRATO DE REGISTRO DE PRECOS", "ata_registro_precos"),
    ("AVISO DE LICITAÇÃO", "aviso_licitacao"),
    # titles that were 'other' before 0.11 (DOU 2017, DODF 2020, Tucano gazette 2020)
    ("EXTRATO DO 5° TERMO ADITIVO DO CONTRATO N°72/2014,", "extrato_contrato"),
    ("EXTRATO DÉCIMO PRIMEIRO TERMO ADITIVO AO CONTRATO DE PRESTAÇÃO DE", "extrato_contrato"),
    ("EXTRATO DE ADITAMENTO DE CONTRATO", "extrato_contrato"),
    ("EXTRATO DE PUBLICAÇÃO DO 4º TERMO ADITIVO REFERENTE AO CONTRATO 080/2019.", "extrato_contrato"),
    ("EXTRATO DE TERMO DE APOSTILAMENTO", "extrato_contrato"),
    ("EXTRATO DE RESCISAO", "extrato_contrato"),
    ("EXTRATOS DO TERMO DE QUITAÇÃO", "extrato_contrato"),
    ("RATIFICAÇÃO DE INEXIGIBILIDADE DE LICITAÇÃO", "dispensa_inexigibilidade"),
    ("AVISO DO RESULTADO DE JULGAMENTO", "resultado_licitacao"),
    ("AVISOS DE DECLARAÇÃO DE VENCEDOR", "resultado_licitacao"),
    ("AVISO DE RETIFICAÇÃO", "retificacao"),
    ("AVISO DE REABERTURA DE PRAZO", "aviso_licitacao"),
    ("AVISO DO PREGÃO ELETRÔNICO Nº 002/2020", "aviso_licitacao"),
    ("AVISO DE SUSPENÇÃO DA CONCORRÊNCIA N° 07/2019", "aviso_licitacao"),
    ("AVISO DE PRORROGAÇÃO DO EDITAL DE CHAMAMENTO N° 01/2019", "aviso_licitacao"),
    ("CIRCULAR No 51, DE 29 DE SETEMBRO DE 2017", "circular"),
    ("TERMO DE COMPROMISSO", "termo_de_compromisso"),
    ("EXTRATO DE PAUTA", "pauta"),
    ("APOSTILAMENTO", "apostilamento"),
    ("EXTRATO DO TERMO DE AUTORIZAÇÃO DE USO", "extrato"),
    ("EXTRATOS DE COMODATOS", "extrato"),
    ("AVISO DE AUDIÊNCIA PÚBLICA", "aviso"),
    ("AVISO DE REQUERIMENTO DE PRORROGAÇÃO DE", "aviso"),
    ("TERMO DE DOAÇÃO DE MATERIAL TRITURADO PROVENIENTE DOS RESÍDUOS DA CONSTRUÇÃO CIVIL", "termo"),
    ("RELATÓRIO DE GESTÃO", "other"),
]


@pytest.mark.parametrize("title,doc_type", TITLES)
def test_type_of_a_title(title, doc_type):
    assert doc_type_of(title) == doc_type


def test_a_word_ending_in_ato_is_no_act():
    assert doc_type_of("Relato do caso (123) SEI", anywhere=True) == "other"


def test_gazette_acts_keep_their_articles():
    # they were 'other' before 0.9, whose articles count as the document's own
    assert GAZETTE_ACTS <= NORMATIVE


@pytest.mark.parametrize(
    "text,expected",
    [
        # DOU 2017-10-02 and DODF 2020-01-07 front pages, the Tucano-BA gazette's index
        (
            "Ano CLIV Nº 189\nBrasília - DF, segunda-feira, 2 de outubro de 2017\nSumário\n.\nPÁGINA\nAtos do Poder",
            True,
        ),
        ("ANO XLVIX EDIÇÃO Nº -4 BRASÍLIA - DF, TERÇA-FEIRA, 7 DE JANEIRO DE 2020\nSUMÁRIO\nSEÇÃO I SEÇÃO II", True),
        ("E — DIÁRIO ——\nOFICIAL\nFa e Municipal\nTucano\nÍNDICE DO DIÁRIO\nOUTROS", True),
        ("PODER EXECUTIVO .......... 2\nDECRETOS . . . . . . . . . . 3\nPORTARIAS ............ 5\nLEIS", True),
        # an act that cites a "sumário" is no index
        ("Art. 1º Aprovar o sumário executivo do plano.\nArt. 2º Esta Portaria entra em vigor.", False),
        ("Nº 398 - Art.1º Encerrar o Plano de Benefícios Avaya, CNPB nº 1998.0015-47", False),
    ],
)
def test_a_gazettes_table_of_contents(text, expected):
    assert is_index(text) is expected


@pytest.mark.parametrize(
    "head,orgao",
    [
        # SEI-AL (CBMAL) letterheads, down to the address
        (
            "ESTADO DE ALAGOAS\nCORPO DE BOMBEIRO MILITAR DE ALAGOAS\nSeção de Gestão Estratégica da APO\n"
            "Av. Siqueira Campos, 1739, - Bairro Trapiche da Barra, Maceió/AL, CEP 57010-405\n",
            "ESTADO DE ALAGOAS / CORPO DE BOMBEIRO MILITAR DE ALAGOAS / Seção de Gestão Estratégica da APO",
        ),
        ("Diretoria de Apoio Logístico\n", "Diretoria de Apoio Logístico"),  # the unit above a despacho
        (
            "Seção de Gestão Estratégica da APO\nTelefone: - http://www.cbm.al.gov.br\n",
            "Seção de Gestão Estratégica da APO",
        ),
        ("Brasília, 3 de fevereiro de 2026.\n", None),
        ("", None),
    ],
)
def test_a_sei_documents_letterhead_names_its_orgao(head, orgao):
    assert sei_letterhead(head) == orgao


# a municipal document without heading lines: (its text, its page's letterhead, its órgão); Tucano-BA
# gazettes (Câmara 2020 nº 250, Prefeitura 2020 nº 1.380 and 2021 nº 1.516) and laws (2017)
MUNICIPAL = [
    (
        "EXTRATO DE RATIFICAÇÃO DO ATO DISPENSA DE LICITAÇÃO Nº 001/2020\nO Presidente da Câmara Municipal de Tucano "
        "ratifica a Dispensa de Licitação nº 001/2020",
        None,
        "Câmara Municipal de Tucano",
    ),
    (
        "EXTRATO DO CONTRATO\nO Fundo Municipal de Assistência Social de Tucano, Estado da Bahia, torna público",
        None,
        "Fundo Municipal de Assistência Social de Tucano",
    ),
    (
        "HOMOLOGAÇÃO\nO Prefeito do Município de Tucano — BA, no uso de suas atribuições",
        None,
        "Prefeitura Municipal de Tucano",
    ),
    # the law names no body in its opening: its page's letterhead does
    (
        "LEI Nº 375, DE 04 DE AGOSTO DE 2017.\nO PREFEITO MUNICIPAL DE TUCANO, ESTADO DA BAHIA, no uso de suas "
        "atribuições",
        None,
        "PREFEITURA MUNICIPAL DE TUCANO",
    ),
    (
        "LEI Nº 375, DE 04 DE AGOSTO DE 2017.\n“ABRE AO ORÇAMENTO FISCAL …”",
        "ESTADO DA BAHIA\nPREFEITURA MUNICIPAL DE TUCANO\nCNPJ nº 13.810.312/0001-02",
        "ESTADO DA BAHIA / PREFEITURA MUNICIPAL DE TUCANO",
    ),
    # none: the municipality acting through its pregoeiro is no body by head word; a header without an ente
    (
        "RESULTADO\nO Município de Tucano - BA através do Pregoeiro Municipal, nomeado pelo Decreto nº 142/2017, "
        "torna público",
        None,
        None,
    ),
    ("AVISO\nsem abertura", "Quarta-feira\nTucano", None),
    # an opening later than the document's first 1,500 characters is not its own
    ("X\n" + "texto " * 300 + "\nA Prefeitura Municipal de Tucano, Estado da Bahia, torna pública", None, None),
]


@pytest.mark.parametrize("text,letterhead,orgao", MUNICIPAL)
def test_a_municipal_documents_orgao(text, letterhead, orgao):
    assert municipal_orgao(text, letterhead) == orgao
