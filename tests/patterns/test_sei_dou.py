from __future__ import annotations

import datetime as dt

import pytest

from seidou.patterns import dou, sei

SEI_POSITIVE = [
    # (text, [(kind, value)])
    (
        "informando o código verificador 56909344 e o código CRC 90DB5319.",  # seed plano de trabalho p. 5
        [("sei", "56909344"), ("crc", "90DB5319")],
    ),
    (
        "conferida no site https://sei.agro.gov.br/sei/controlador_externo.php?acao=documento_conferir&id_orgao_acesso_externo=0,",
        [("sei_url", "sei.agro.gov.br")],
    ),  # seed convênio
    (
        "Processo nº E:01203.0000000161/2025 Revisão 00 SEI ALAGOAS SEI nº do Documento 29667343",
        [("sei", "29667343")],
    ),  # SEI-AL footer
    ("Plano de Trabalho 01/2026 (56909344) SEI 19973.003289/2025-14 / pg. 3", [("sei", "56909344")]),  # SEI footer
]


@pytest.mark.parametrize("text,expected", SEI_POSITIVE)
def test_sei(text, expected):
    assert [(m.kind, m.value) for m in sei.find(text)] == expected


def test_sei_negative():
    assert sei.find("O SEI é o sistema eletrônico; Processo SEI 19973.003289/2025-14") == []


DOU_CODES = [
    # (text, kind, section, date, page, valid)
    ("pelo código 05152025050900112", "dou_code", "1", dt.date(2025, 5, 9), 112, True),  # seed DOU p. 112
    ("pelo código 05292023050200094", "dou_code", "2", dt.date(2023, 5, 2), 94, True),  # DO2 2023-05-02 p. 94
    ("pelo código 00012014100100006", "dou_code", "1", dt.date(2014, 10, 1), 6, True),  # DO1 2014 p. 6 (old journal)
    ("pelo código 00012014133100006", "dou_code", "1", None, 6, False),  # no 31st of the 13th month
    # DODF code printed by the Imprensa Nacional: another journal's code, not an invalid DOU code
    ("pelo código 50012020010700001", "gazette_code", None, dt.date(2020, 1, 7), 1, True),
]


@pytest.mark.parametrize("text,kind,section,date,page,valid", DOU_CODES)
def test_dou_code(text, kind, section, date, page, valid):
    (m,) = dou.find(text)
    assert (m.kind, m.get("section"), m.get("date"), m.get("page"), m.valid) == (kind, section, date, page, valid)
