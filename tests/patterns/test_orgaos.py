"""Órgão names by head word (patterns/orgaos.py): the rule entities of the NER merge policy."""

from __future__ import annotations

import pytest
import regex

from seidou.patterns import orgaos

from .test_invariants import HOSTILE, slow_scan

POSITIVE = [
    # SEI plano de trabalho AC 4/2026 (seed), p. 1
    (
        "Ministério da Gestão e da Inovação em Serviços Públicos, por meio da Secretaria de Gestão e Inovação",
        ["Ministério da Gestão e da Inovação em Serviços Públicos", "Secretaria de Gestão e Inovação"],
    ),
    (
        "no âmbito da Diretoria de Transferências e Parcerias da União, cabe",
        ["Diretoria de Transferências e Parcerias da União"],
    ),
    # Cabixi-RO convênio 978990/2025 (seed), preamble and clauses, in capitals and in Title Case
    (
        "CONVÊNIO QUE ENTRE SI CELEBRAM O MINISTÉRIO DA AGRICULTURA E PECUÁRIA E O MUNICÍPIO",
        ["MINISTÉRIO DA AGRICULTURA E PECUÁRIA"],
    ),
    (
        "fiscalização do Tribunal de Contas da União e da Controladoria-Geral da União.",
        ["Tribunal de Contas da União", "Controladoria-Geral da União"],
    ),
    ("Secretaria Municipal de Agricultura e Pecuária CABIXI", ["Secretaria Municipal de Agricultura e Pecuária"]),
    # scanned Tucano-BA convênio 0003/2016, p. 1 (OCR)
    (
        "através da Superintendência Regional da Polícia Federal no Estado da Bahia",
        ["Superintendência Regional da Polícia Federal no Estado da Bahia"],
    ),
    # an identifier's label ends the name: DOU 2014-10-01 (MDS), a CNES table (DOU)
    ("10)ASSOCIAÇÃO PEQUENO MUNDO CNPJ 05.826.013/0001-38, Fortaleza/CE", ["ASSOCIAÇÃO PEQUENO MUNDO"]),
    ("CLINICA/CENTRO DE ESPECIALIDADE CNPJ Mantenedora", ["CENTRO DE ESPECIALIDADE"]),
    # DOU 2014-10-01 p. 6
    (
        "CONSELHO NACIONAL DE CONTROLE DE EXPERIMENTAÇÃO ANIMAL",
        ["CONSELHO NACIONAL DE CONTROLE DE EXPERIMENTAÇÃO ANIMAL"],
    ),
    # DOU 2017-10-02 Seção 2: names with an enumeration (the model cut them at the comma)
    (
        "A REITORA DO INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO AMAPÁ, no uso",
        ["INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO AMAPÁ"],
    ),
    (
        "O SECRETÁRIO-EXECUTIVO DO MINISTÉRIO DOS TRANSPORTES, PORTOS E AVIAÇÃO CIVIL,no uso",
        ["MINISTÉRIO DOS TRANSPORTES, PORTOS E AVIAÇÃO CIVIL"],
    ),
    ("do Ministério da Saúde, Secretaria de Atenção", ["Ministério da Saúde", "Secretaria de Atenção"]),
]
POSITIVE += [
    (
        "Por fim, agradecemos à Coordenação-Geral de Saúde da Pessoa com Deficiência pelo detalhado",
        ["Coordenação-Geral de Saúde da Pessoa com Deficiência"],
    ),
    (
        "a Fundação Instituto de Pesquisa e Estudo de Diagnóstico por Imagem, inscrita",
        ["Fundação Instituto de Pesquisa e Estudo de Diagnóstico por Imagem"],
    ),
    # near misses: a preposition before a lower-case word ends the name
    ("a Secretaria de Saúde por meio do Fundo", ["Secretaria de Saúde"]),
]

NEGATIVE = [
    "a secretaria de gestão publicou",  # a common noun
    "Ministério",  # a head word alone
    "pela Secretaria, que",
    "Conselho de",
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(text, expected):
    found = orgaos.find(text)
    assert [m.raw for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.raw and m.kind == "orgao" and m.extractor == orgaos.NAME


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert orgaos.find(text) == []


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_inputs_finish_fast(case):
    slow = slow_scan(orgaos.find, HOSTILE[case])
    assert slow is None, f"{case}: {slow}"


# orgaos@6: head words of control, inspection and civil-society bodies (each printed by two publishers at least), and
# the fiscal, service and region terms a head word opens that name no body (real rows, source per row)
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "CONTROLADORIA GERAL DO ESTADO\nCORREGEDORIA GERAL DO ESTADO\n",
            ["CONTROLADORIA GERAL DO ESTADO", "CORREGEDORIA GERAL DO ESTADO"],
        ),  # DOE-RJ 2023
        ("encaminhe-se à Corregedoria Geral para", ["Corregedoria Geral"]),  # SEI-AL 2025 (old corpus)
        (
            "a Ouvidoria da Polícia Civil do Distrito Federal",
            ["Ouvidoria da Polícia Civil do Distrito Federal"],
        ),  # DODF 2020-01-08
        ("à Ouvidoria Geral do CBMAL", ["Ouvidoria Geral"]),  # SEI-AL 2025 (a Title Case name ends before capitals)
        (
            "a Inspetoria Fazendária de Teixeira de Freitas, com",
            ["Inspetoria Fazendária de Teixeira de Freitas"],
        ),  # DOE-BA 2020
        ("Inspetoria da Receita Federal em Santos", ["Inspetoria da Receita Federal em Santos"]),  # DOU 2017
        (
            "da Faculdade de Ciências Exatas e Engenharias - FCEE",
            ["Faculdade de Ciências Exatas e Engenharias"],
        ),  # DOE-RJ 2023
        (
            "COOPERATIVA DE RECICLAGEM AMBIENTAL DA CIDADE ESTRUTURAL, CNPJ",
            ["COOPERATIVA DE RECICLAGEM AMBIENTAL DA CIDADE ESTRUTURAL"],
        ),  # DODF 2020-01-08
        ("o Clube dos Corredores de Rua do Gama", ["Clube dos Corredores de Rua do Gama"]),  # DODF 2020-01-07
        ("JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB", ["JUNTA COMERCIAL DO ESTADO DA BAHIA"]),  # DOE-BA 2020
        ("Junta Comercial do Estado de São Paulo", ["Junta Comercial do Estado de São Paulo"]),  # DOU 2017
        # near misses: a fiscal term, a service, a region, a position before a body, a common noun
        ("RECEITA CORRENTE LÍQUIDA - RCL", []),  # Tucano-BA DOE 1507 (RGF)
        ("Receita Corrente Líquida", []),  # TCE-AC acórdão 2020
        ("Receita Resultante do Imposto Predial e Territorial Urbano", []),  # Tucano-BA DOE 1507 (RREO)
        ("Receita de Contribuições dos Segurados", []),
        ("Receita Patrimonial", []),
        ("o Banco de Preços em Saúde - BPS", []),  # SEI-MS
        ("outorga do SERVIÇO LIMITADO PRIVADO", []),  # DOU 2014, 2017
        ("Serviço de Retransmissão de Televisão", []),  # DOU 2017
        ("na região Centro-Oeste", []),
        ("o Diretor Geral do Departamento de Trânsito", ["Departamento de Trânsito"]),  # the position is no part of it
        ("Receita Federal do Brasil", ["Receita Federal do Brasil"]),  # the body stays
        ("nas dependências da faculdade e da cooperativa", []),
    ],
)
def test_heads_of_orgaos6(text, expected):
    assert [m.raw for m in orgaos.find(text)] == expected


@pytest.mark.parametrize(
    "text, hit",
    [
        ("CORPO DE BOMBEIROS MILITAR DE ALAGOAS", True),  # SEI-AL CBMAL letterheads (old corpus)
        ("JUNTA COMERCIAL DO ESTADO DA BAHIA", True),  # DOE-BA 2020
        ("CORPODEBOMBEIROS", False),  # near miss: the words' spaces are part of the head word
        ("JUNTA-COMERCIAL", False),
    ],
)
def test_heads_in_capitals_keep_their_spaces(text, hit):
    """``orgaos.HEADS_UPPER``: the head words in capitals, with their ``\\s`` kept (``HEADS.upper()`` made it
    ``\\S``, so the multi-word heads never matched in capitals in the rules that used it)."""
    assert "\\S" not in orgaos.HEADS_UPPER
    assert bool(regex.match(rf"(?:{orgaos.HEADS_UPPER})(?![\p{{L}}])", text)) is hit
