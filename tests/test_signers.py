"""Printed signatories at the end of an act: real DOU act tails, the next act's heading cut into them."""

from __future__ import annotations

import pytest

from pipeline.signers import signers

BODY = "Art. 2º Este Ato Declaratório Executivo entra em vigor na data de sua publicação.\n"

TAILS = [
    # (tail after the body, [(name, cargo)])
    ("ALEXANDRE MARTINS ANGOTI", [("ALEXANDRE MARTINS ANGOTI", None)]),
    ("SILVANO ASCARI DE ALMEIDA\nPrefeito do Município", [("SILVANO ASCARI DE ALMEIDA", "Prefeito do Município")]),
    # DOU 2014-10-01: the next act's órgão heading, over two lines, follows the signatory
    (
        "ALEXANDRE MARTINS ANGOTI\nDELEGACIA DA RECEITA FEDERAL DO BRASIL\nEM CAMPO GRANDE",
        [("ALEXANDRE MARTINS ANGOTI", None)],
    ),
    # DOU 2017-10-02: a cargo line, then the heading
    (
        "GRIGOR HAIG VARTANIAN\nChefe\nDELEGACIA ESPECIAL DA RECEITA FEDERAL DE BRASIL DE FISCALIZAÇÃO\nDE COMÉRCIO EXTERIOR",
        [("GRIGOR HAIG VARTANIAN", "Chefe")],
    ),
    # the heading glued to the name in one paragraph (DOU 2017-10-02 p. 35)
    ("JOAQUIM MENDANHA DE ATAÍDES DIRETORIA DE ORGANIZAÇÃO DO SISTEMA", [("JOAQUIM MENDANHA DE ATAÍDES", None)]),
    ("GUSTAVO CARIBÉ DE CARVALHO\nSUPERIOR TRIBUNAL MILITAR", [("GUSTAVO CARIBÉ DE CARVALHO", None)]),
    # an órgão alone is nobody
    ("DELEGACIA DA RECEITA FEDERAL DO BRASIL EM PELOTAS", []),
    ("ALFÂNDEGA DA RECEITA FEDERAL DO BRASIL", []),
    # Tucano gazette 2021: a page's letterhead, its space lost, closing an ata de registro de preços
    ("ESTADODA BAHIA\nMUNICIPIO DE TUCANO", []),
    ("ESTADODA BAHIA MUNICIPIO DE TUCANO GABINETE DO PREFEITO", []),
]


@pytest.mark.parametrize("tail,expected", TAILS)
def test_signatories_of_an_act_tail(tail, expected):
    text = BODY + tail
    found = signers(text)
    assert [(s.name, s.cargo) for s in found] == expected
    for s in found:
        assert text[s.start : s.end].startswith(s.name) and "DELEGACIA" not in text[s.start : s.end]
