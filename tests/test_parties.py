from __future__ import annotations

import pytest

from pipeline.parties import normalize_role, parties


@pytest.mark.parametrize(
    "word,role",
    [
        ("CONCEDENTE", "concedente"),
        ("CONDELENTE", "concedente"),
        ("CONVENENTE", "convenente"),
        ("CONVENIENTE", "convenente"),
        ("PARTÍCIPES", "participe"),
        ("CONTRATADA", "contratada"),
        ("UNIDADE EXECUTORA", "unidade_executora"),
        ("INTERVENIENTE", "interveniente"),
        ("OSC", "osc"),
    ],
)
def test_roles(word, role):
    assert normalize_role(word) == role


def test_preamble_with_misspelled_roles():
    text = (
        "O ESTADO DE ALAGOAS, por intermédio da Secretaria de Estado da Saúde, inscrita no CNPJ sob o nº "
        "00.489.828/0001-55, doravante denominada CONDELENTE, neste ato representada pelo Secretário de Estado, "
        "Sr. JOÃO DA SILVA, e o Município de Cabixi/RO, inscrito no CNPJ/MF sob o nº 22.855.159/0001-20, "
        "doravante denominado CONVENIENTE, representado pelo Prefeito, o Sr. SILVANO ASCARI DE ALMEIDA."
    )
    got = [(p.role, p.name, p.cnpj, p.representative_name, p.representative_cargo) for p in parties(text)]
    assert got == [
        ("concedente", "Secretaria de Estado da Saúde", "00489828000155", "JOÃO DA SILVA", "Secretário de Estado"),
        ("convenente", "Município de Cabixi/RO", "22855159000120", "SILVANO ASCARI DE ALMEIDA", "Prefeito"),
    ]


def test_extrato_labels():
    # Tucano-BA gazette style extrato de contrato
    text = "EXTRATO DE CONTRATO\nContratante: Município de Tucano\nContratada: ALFA SERVIÇOS LTDA, CNPJ nº 13.810.312/0001-02\nValor: R$ 1.000,00"
    got = [(p.role, p.name, p.cnpj, p.cnpj_valid) for p in parties(text)]
    assert got == [
        ("contratante", "Município de Tucano", None, None),
        ("contratada", "ALFA SERVIÇOS LTDA", "13810312000102", True),
    ]
