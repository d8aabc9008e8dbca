"""Street names (patterns/logradouros.py): LOCAL rule entities of the NER merge policy. Real addresses of
the corpus: letterheads, party blocks and DOU lists of institutions."""

from __future__ import annotations

import pytest

from seidou.patterns import logradouros

from .test_invariants import HOSTILE, slow_scan

POSITIVE = [
    # Tucano-BA gazette 2021: the letterhead of every page
    (
        "Avenida Dr. Antônio Carlos Magalhães, 184 – Centro - 48.790-000 – Tucano - Estado da Bahia",
        ["Avenida Dr. Antônio Carlos Magalhães"],
    ),
    ("PREFEITURA MUNICIPAL DE TUCANO\nAV. ANTÔNIO CARLOS MAGALHÃES, 184\nCENTRO", ["AV. ANTÔNIO CARLOS MAGALHÃES"]),
    # DODF 2020: "Endereço: Esplanada dos Ministérios, bloco P"
    ("Endereço: Esplanada dos Ministérios, bloco P, 4º andar", ["Esplanada dos Ministérios"]),
    # DOU 2017-10-02: lists of institutions with their addresses, in capitals
    ("UNIVERSIDADE FEDERAL DA BAHIA RUA BARÃO DE JEREMOABO, S/N, CAMPUS", ["RUA BARÃO DE JEREMOABO"]),
    ("UNIFEI / AVENIDA 7 DE SETEMBRO, 30, VILA JARY", ["AVENIDA 7 DE SETEMBRO"]),
    ("Endereço da Instituição: Avenida Professor Lineu Prestes, 2242", ["Avenida Professor Lineu Prestes"]),
    # SEI-MS parecer: "com sede na Praça da Inglaterra, nº 2"
    ("o Salvador (FCS), com sede na Praça da Inglaterra, nº 2, Ed. Nobre", ["Praça da Inglaterra"]),
    ("localizada na Alameda Doutor Muricy, no 706, Bairro Centro", ["Alameda Doutor Muricy"]),
]
NEGATIVE = [
    "a rua principal do bairro e a avenida",
    "Clube dos Corredores de Rua do Gama - CORGAMA",  # inside an organization's name
    "Beneficente dos Ferroviários da Estrada de Ferro Vitória a Minas",
    "RUA",
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(text, expected):
    found = logradouros.find(text)
    assert [m.raw for m in found] == expected
    assert all(text[m.start : m.end] == m.raw and m.extractor == logradouros.NAME for m in found)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert logradouros.find(text) == []


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_inputs_finish_fast(case):
    slow = slow_scan(logradouros.find, HOSTILE[case])
    assert slow is None, f"{case}: {slow}"
