from __future__ import annotations

import pytest

from seidou.patterns import cnh

# (text, the number read, or None)
ROWS = [
    # DODF 2020-01-07 (DETRAN-DF), names and numbers made up: "Registro" with a traffic word near it
    ("FULANO DE TAL, Processo: 0113-015049/2014, Registro; 12345678901, Infringência ao art. 165.", "12345678901"),
    ("BELTRANO, Processo: 0113-002944/2015, Registro: 10987654321, Infringência ao art. 165.", "10987654321"),
    ("portador da CNH nº 12345678901, categoria B", "12345678901"),
    ("Carteira Nacional de Habilitação: 12345678901", "12345678901"),
    # "Registro" of something else, far from any traffic word
    ("Registro nº 12345678901 do imóvel no Cartório do 1º Ofício", None),
    ("Registro: 1234567890 (dez dígitos), Infringência", None),
    ("CNH nº 123456789012", None),  # twelve digits
]


@pytest.mark.parametrize("text,number", ROWS)
def test_cnh(text, number):
    found = cnh.find(text)
    assert [m.value for m in found] == ([number] if number else [])
    for m in found:
        assert text[m.start : m.end] == m.value and m.valid is None and m.kind == "cnh"
