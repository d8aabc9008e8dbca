from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from seidou.extractors.findings import findings
from seidou.runner.process import process_file

from ..conftest import FIXTURES

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


def test_vigencia_duration_mismatch_from_the_text():
    from seidou.extractors.vigencia import find

    # the DODF wording (12 months from 06/01/2020 to 05/01/2021) is no finding; a wrong end year is
    ok = "O prazo de vigência será de 12 (doze) meses a contar do dia 06 de janeiro de 2020 a 05 de janeiro de 2021;"
    bad = ok.replace("2021", "2022")
    for text, expected in ((ok, []), (bad, ["vigencia_duration_mismatch"])):
        rows = {
            "vigencia": [
                {
                    "start": v.start,
                    "end": v.end,
                    "duration_value": v.duration_value,
                    "duration_unit": v.duration_unit,
                    "page": 1,
                    "char_start": v.start_offset,
                    "char_end": v.end_offset,
                }
                for v in find(text)
            ]
        }
        assert [f["kind"] for f in findings(DOC, rows, "r")] == expected


def test_truncated_cnpj_of_the_seed_is_a_finding():
    rows = process_file(str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"), "f", tables="off").rows
    assert [(f["kind"], f["message"]) for f in rows["findings"]] == [
        ("invalid_check_digit", "CNPJ 33.970.559/0001-0 fails its check digits")
    ]


@pytest.mark.parametrize(
    "kind,raw,valid,message,expected,found",
    [
        # DODF 2020-01-07: a SEI-DF process printed with a typo in its check digits (…-17 elsewhere)
        (
            "processo",
            "00054-00102821/2019-77",
            False,
            "Processo 00054-00102821/2019-77 fails its check digits",
            "17",
            "77",
        ),
        ("processo", "E:01203.0000000161/2025", None, None, None, None),  # SEI-AL: no check digits to fail
        (
            "processo_cnj",
            "0000266-23.2019.5.05.0272",
            False,
            "Processo CNJ 0000266-23.2019.5.05.0272 fails its check digits",
            "20",  # 98 - 00002662019505027200 mod 97
            "23",
        ),
        ("nup", "19973.003289/2025-15", False, "NUP 19973.003289/2025-15 fails its check digits", "14", "15"),
        # the seed convênio's CNPJ with one digit off (00.489.828/0001-55 is right)
        ("cnpj", "00.489.828/0001-56", False, "CNPJ 00.489.828/0001-56 fails its check digits", "55", "56"),
        # a CPF: its check digits are what masking hides, so the finding does not give them
        ("cpf", "***.781.735-**", False, "CPF ***.781.735-** fails its check digits", None, None),
        ("cep", "12345-678", False, None, None, None),  # not a kind with check digits
    ],
)
def test_invalid_check_digit_kinds(kind, raw, valid, message, expected, found):
    rows = {"identifiers": [{"kind": kind, "valid": valid, "raw": raw, "page": 1, "char_start": 0, "char_end": 3}]}
    got = [
        (f["message"], f["expected"], f["found"])
        for f in findings(DOC, rows, "r")
        if f["kind"] == "invalid_check_digit"
    ]
    assert got == ([(message, expected, found)] if message else [])
