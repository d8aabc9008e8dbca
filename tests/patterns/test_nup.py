from __future__ import annotations

import pytest

from seidou.patterns import nup

POSITIVE = [
    # (text, kind, value, valid)
    ("Processo SEI-MGI nº 19973.003289/2025-14", "nup", "19973.003289/2025-14", True),  # seed plano p. 1
    ("Processo nº 21000.061455/2025-38", "nup", "21000.061455/2025-38", True),  # seed convênio
    ("Processo nº.: 01200.003283/2014-61 (356)", "nup", "01200.003283/2014-61", True),  # DOU 2014-10-01 p. 6
    ("NUP 25000.156300/2024-59, conforme", "nup", "25000.156300/2024-59", True),  # SEI/MS parecer 267/2024 p. 1
    ("Processo nº 21034.003544/2014.", "nup", "21034.003544/2014", None),  # DOU 2014-10-01 p. 6: no check digits
    ("Processo 19973003289202514", "nup", "19973.003289/2025-14", True),  # unpunctuated after "Processo"
    ("Processo nº 19973.003289/2025-15", "nup", "19973.003289/2025-15", False),  # one digit off
    ("PROCESSO E:01203.0000000161/2025", "processo", "E:01203.0000000161/2025", None),  # SEI-AL export p. 3
    ("PROCESSO Nº 0000266-23.2019.5.05.0271.", "processo_cnj", "0000266-23.2019.5.05.0271", True),  # Tucano 1.507 p. 30
    # SEI-DF (DODF 2020-01-08 and 2020-01-07): one process printed twice, the second time with a typo
    ("Processo SEI nº 00060-00448875/2019-93", "processo", "00060-00448875/2019-93", True),
    ("Processo SEI: 00054-00102821/2019-17; ESPÉCIE: 2º Termo", "processo", "00054-00102821/2019-17", True),
    ("Processo SEI: 00054-00102821/2019-77; ESPÉCIE: 3º Termo", "processo", "00054-00102821/2019-77", False),
    ("Processo: 04002-00000417/2019-79-FUNAB.", "processo", "04002-00000417/2019-79", False),
    # the Distrito Federal's numbers from before its SEI, after "Processo" (DODF 2020-01-07 and 01-08): no check digit
    ("PROCESSO: 052-002570/2014 - PARTES: Distrito Federal", "processo", "052-002570/2014", None),
    ("nos autos do processo 0391-000779/2016, referente", "processo", "0391-000779/2016", None),
    ("oferida no processo fiscal N° 0040-002268/2016, pertinente", "processo", "0040-002268/2016", None),
]
NEGATIVE = [
    "CNPJ: 00.489.828/0001-55",
    "em 03/02/2026",
    "Lei nº 14.133/2021",
    "Convênio nº 978990/2025",
    "19973003289202514",  # 17 digits with no "Processo" before them
    "telefone 3961-123456/2019",  # the old GDF shape with no "Processo" before it
]


@pytest.mark.parametrize("text,kind,value,valid", POSITIVE)
def test_positive(text, kind, value, valid):
    (m,) = nup.find(text)
    assert (m.kind, m.value, m.valid) == (kind, value, valid)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert nup.find(text) == []
