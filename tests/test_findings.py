from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pipeline.findings import findings
from pipeline.process import process_file

from .conftest import FIXTURES

DOC = {"doc_id": "d", "file_sha256": "f"}


def amount(value, role, match=None, words=None):
    return {
        "value": Decimal(value),
        "role": role,
        "extenso_match": match,
        "extenso_value": words,
        "raw": f"R$ {value}",
        "page": 1,
        "char_start": 0,
        "char_end": 1,
    }


def test_valor_global_consistent_in_the_seed_convenio():
    rows = process_file(str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"), "f", tables="off").rows
    assert [f for f in rows["findings"] if f["kind"] == "valor_global_mismatch"] == []


def test_valor_global_mismatch_and_words():
    rows = {
        "amounts": [
            amount("1000.00", "valor_global"),
            amount("900.00", "repasse"),
            amount("50.00", "contrapartida", False, Decimal("60.00")),
        ]
    }
    kinds = sorted(f["kind"] for f in findings(DOC, rows, "r"))
    assert kinds == ["extenso_mismatch", "valor_global_mismatch"]


def test_invalid_ids_inverted_vigencia_future_signature():
    rows = {
        "identifiers": [
            {"kind": "cnpj", "valid": False, "raw": "33.970.559/0001-0", "page": 1, "char_start": 0, "char_end": 3}
        ],
        "vigencia": [
            {"start": dt.date(2026, 1, 1), "end": dt.date(2025, 1, 1), "page": 1, "char_start": 0, "char_end": 1}
        ],
        "signatures": [
            {
                "name": "X",
                "signed_at": dt.datetime(2099, 1, 1, tzinfo=dt.timezone.utc),
                "page": 1,
                "char_start": 0,
                "char_end": 1,
            }
        ],
    }
    kinds = sorted(f["kind"] for f in findings(DOC, rows, "r"))
    assert kinds == ["invalid_check_digit", "signature_in_future", "vigencia_inverted"]


def test_truncated_cnpj_of_the_seed_is_a_finding():
    rows = process_file(str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"), "f", tables="off").rows
    assert [(f["kind"], f["message"]) for f in rows["findings"]] == [
        ("invalid_check_digit", "CNPJ 33.970.559/0001-0 fails its check digits")
    ]
