"""Órgão names by head word (patterns/orgaos.py): the rule entities of the NER merge policy."""

from __future__ import annotations

import pytest

from seidou.patterns import orgaos

from .test_invariants import BOUND, HOSTILE, fastest_run

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
    best = fastest_run(orgaos.find, HOSTILE[case])
    assert best < BOUND, f"{case}: {best:.2f} s"
