from __future__ import annotations

import pytest

from patterns import cpf

POSITIVE = [
    # (text, value, valid, complete)
    ("Prefeito\nCPF nº 055.781.735-86\nGUILHERME", "05578173586", True, True),  # Tucano gazette 1.507 p. 8
    ("Tesoureiro\nCPF nº 052.872.885-73", "05287288573", True, True),  # same page
    ("Alcídia Bragança (CPF 766.900.837-72); Carlos", "76690083772", True, True),  # DOU 2014-10-01 p. 121, TCU
    ("CPF: ***.456.789-**", "***.456.789-**", None, False),  # masked as the Portal da Transparência publishes
    ("CPF XXX.456.789-XX", "***.456.789-**", None, False),
    ("CPF nº 05578173586", "05578173586", True, True),  # unpunctuated after a lead-in
    ("CPF 055.781.735-87", "05578173587", False, True),  # one digit off: kept, invalid
]
NEGATIVE = [
    "CNPJ: 00.489.828/0001-55",
    "matrícula nº 9.061.600-6",
    "Processo nº 21034.003544/2014",
    "telefone 0800 123 4567",
    "05578173586",  # 11 digits without a lead-in
]


@pytest.mark.parametrize("text,value,valid,complete", POSITIVE)
def test_positive(text, value, valid, complete):
    (m,) = cpf.find(text)
    assert (m.value, m.valid, m.get("complete")) == (value, valid, complete)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert cpf.find(text) == []


def test_masking_keeps_length():
    raw = "055.781.735-86"
    assert cpf.mask_in_place(raw) == "***.781.735-**" and len(cpf.mask_in_place(raw)) == len(raw)
    assert cpf.masked(raw) == "***.781.735-**"
