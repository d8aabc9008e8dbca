"""The objeto of an instrument: its OBJETO clause, or the extrato's "Objeto:" field on its own line or run
into the paragraph (real DOU and DODF extratos)."""

from __future__ import annotations

import pytest

from seidou.extractors.clauses import clauses
from seidou.documents.objeto import _OBJETO_WORD, _RUN_IN, objeto

from ..page_texts import real_texts

ROWS = [
    # a clause (seed-like convênio)
    (
        "CLÁUSULA PRIMEIRA - DO OBJETO\nO objeto é a aquisição de X.\nCLÁUSULA SEGUNDA - DO PRAZO\nDoze meses.",
        "O objeto é a aquisição de X.",
    ),
    # a field on its own line
    (
        "EXTRATO DE CONVÊNIO\nObjeto: Realização do Trabalho Social no empreendimento Loteamento Araticum\nVigência: 13 meses",
        "Realização do Trabalho Social no empreendimento Loteamento Araticum",
    ),
    # run in after a name and a dash, up to the next label (DOU 2010, SIASG)
    (
        "Contratado : JF CONSTRUCOES E EDIFICACOES LTDA-Objeto: Readequação da rede elétrica e instalação dos "
        "condicionadores de ar. Fundamento Legal: Lei 8.666/93. Vigência: 10/03/2010 a 10/09/2010.",
        "Readequação da rede elétrica e instalação dos condicionadores de ar",
    ),
    # "DO OBJETO:" up to "DA VIGÊNCIA:" (DODF 2020-01-08)
    (
        "PARTES: DF x IBRAM. DO OBJETO: O presente Termo tem por objeto a cessão de uso dos bens móveis. DA VIGÊNCIA: "
        "12 meses.",
        "O presente Termo tem por objeto a cessão de uso dos bens móveis",
    ),
    # a label whose value is a date ends it too (DOU 2018, IFSULDEMINAS)
    (
        "OBJETO: Registro de precos para aquisicao de materiais permanentes. DATA DA ASSINATURA:18/01/2018; VIGENCIA",
        "Registro de precos para aquisicao de materiais permanentes",
    ),
    # "Do objeto:", "Objeto do Contrato:" (DODF 2020-01-07)
    (
        "inscrita sob o CNPJ 00.070.698/0001-11. Do objeto: Aquisição de Luminárias para Iluminação Pública. Do valor: "
        "R$ 793.022,00",
        "Aquisição de Luminárias para Iluminação Pública",
    ),
    (
        "Contratada: S&E IT TECNOLOGIA DA INFORMAÇÃO EIRELI. Objeto do Contrato: Fornecimento e implantação de BUSINESS "
        "INTELLIGENCE. Vigência: 12 meses",
        "Fornecimento e implantação de BUSINESS INTELLIGENCE",
    ),
    # a street's "R:" is no label (Pratânia-SP diário oficial)
    (
        "OBJETO: Manutenção em calçadas na R: Armando Corazza e na R: Henrique Zechel, no bairro da Pratinha\nVALOR: R$ 1,00",
        "Manutenção em calçadas na R: Armando Corazza e na R: Henrique Zechel, no bairro da Pratinha",
    ),
    # a word ending in "objeto" is no label; no field, no objeto
    ("O presente instrumento tem por objeto: nada.", None),
    ("PORTARIA Nº 1\nArt. 1º Nomear FULANO.", None),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_objeto(text, expected):
    assert objeto(text, clauses(text, "convenio", "d")) == expected


def test_a_run_in_objeto_reads_its_word():
    """objeto searches _RUN_IN only in a text that prints _OBJETO_WORD: every _RUN_IN match holds it."""
    crafted = [
        "LTDA-Objeto: obras",
        ". DO OBJETO: x",
        "dA\n oBjEtO : y",
        "Objeto do Contrato: z",
        "OBJETO:w",
        "Do Objeto :",
    ]
    found = 0
    for text in crafted + real_texts():
        for m in _RUN_IN.finditer(text):
            assert _OBJETO_WORD.search(m.group())
            found += 1
    assert found >= len(crafted) - 1  # every crafted text but the last (no value after its colon) is a run-in
