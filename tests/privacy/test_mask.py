"""One masking function for every output (LGPD): which numbers it masks, which it leaves, and that a
masked string keeps its length (offsets into ``documents.text`` stay true). CPFs here are test numbers
with valid check digits, printed the ways seidou's hostile-input review (issue 31) and the DOU print them."""

from __future__ import annotations

import pytest

from seidou.extractors.identifiers import identifier_value
from seidou.patterns import cpf
from seidou.privacy import mask_rows, mask_text

MASKED = [
    # (printed, masked)
    ("Prefeito - CPF nº 111.444.777-35", "Prefeito - CPF nº ***.444.777-**"),
    ("CICRANO, CPF/MF 246.813.579/28.", "CICRANO, CPF/MF ***.813.579/**."),
    ("MARIA, CPF.246.813.579-28, para", "MARIA, CPF.***.813.579-**, para"),
    ("MARIA, CPF.24681357928, para", "MARIA, CPF.***813579**, para"),
    ("JOSE, C.P.F. 2 4 6 8 1 3 5 7 9 2 8, a pedido", "JOSE, C.P.F. * * * 8 1 3 5 7 9 * *, a pedido"),
    ("JOSE, C P F 246 813 579 28", "JOSE, C P F *** 813 579 **"),
    ("JOANA (111.444.777-\n35) e", "JOANA (***.444.777-\n**) e"),  # a line ends after the dash
    ("JOANA (111.444.\n777-35) e", "JOANA (***.444.\n777-**) e"),  # … or after a dot
    ("CPF 111444\n77735", "CPF ***444\n777**"),  # … or inside the digits, after a label
    ("CPF:\n111.444.777-35", "CPF:\n***.444.777-**"),
    ("CPF nº ２４６.８１３.５７９-２８", "CPF nº ***.８１３.５７９-**"),  # full-width digits
    ("CPF 111.444.777\u201335", "CPF ***.444.777\u2013**"),  # en dash
    ("CPF 111.444.777\u201035", "CPF ***.444.777\u2010**"),  # hyphen U+2010
    ("CPF 111.444.777\u221235", "CPF ***.444.777\u2212**"),  # minus sign
    ("CPF\u00a0111\u00a0444\u00a0777\u00a035", "CPF\u00a0***\u00a0444\u00a0777\u00a0**"),  # no-break spaces
    ("CPF 111\u200b444\u200b777\u200b35", "CPF ***\u200b444\u200b777\u200b**"),  # zero-width spaces
    ("Inscrito no CPF sob o nº 12345678900", "Inscrito no CPF sob o nº ***456789**"),  # after a label: any digits
    ("LUIZA, 11144477735; PEDRO", "LUIZA, ***444777**; PEDRO"),  # bare, check digits hold, no other name
    # DOU 2017-10-02 Seção 1 prints people's CPFs under "CNPJ" (eleven digits): a CNPJ has fourteen
    ("JOAO DA SILVA, CNPJ nº 11144477735.", "JOAO DA SILVA, CNPJ nº ***444777**."),
    # DOU 2017-10-02 Seção 2, a table of retirees: letter-spaced under ".CPF NOME"
    (".CPF NOME\n.1 1 1 . 4 4 4 . 7 7 7 - 3 5 Marivaldo", ".CPF NOME\n.* * * . 4 4 4 . 7 7 7 - * * Marivaldo"),
    ("CN=FULANO DE TAL:11144477735, OU=AC", "CN=FULANO DE TAL:***444777**, OU=AC"),  # a certificate subject
    ("Word CPF 111.444.777-35", "Word CPF ***.444.777-**"),  # PDF metadata (Producer)
    ("CNH nº 01548729496", "CNH nº ***487294**"),  # a driver's licence: masked like a CPF
    ("CPF: ***.444.777-**", "CPF: ***.444.777-**"),  # already masked: unchanged
    # DOU 2017-10-02 Seção 2: letter-spaced in a list far below its ".CPF NOME" header, no label of its own
    ("PAGLIARINI 1 11 . 4 4 4 . 7 7 7 - 3 5 THIAGO", "PAGLIARINI * ** . 4 4 4 . 7 7 7 - * * THIAGO"),
    ("DE MELO\n2 4 6 . 8 1 3 . 5 7 9 - 2 8 SERGIO", "DE MELO\n* * * . 8 1 3 . 5 7 9 - * * SERGIO"),
]
KEPT = [
    "CNPJ 11.222.333/0001-81",
    "CPF/CNPJ: 11.222.333/0001-81",  # a CNPJ after a "CPF/CNPJ" label: 14 digits, not a CPF
    "CNPJ 11222333000181",
    "NUP 23000.012345/2020-15",
    "processo 21034.003544/2014-11",
    "Processo SEI 23000012345202015",
    "CPF: 20191014-136437, Fulano",  # DODF 2020-01-08: a processo number after the list's "CPF" header
    "telefone (61) 98765-4321",
    "fone 61 98765-4321",
    "tel. 11144477735",  # eleven digits with valid check digits, but named a telephone
    "RENAVAM 11144477735",
    "11144477736",  # check digits fail, no label
    "R$ 111.444.777,35",
    "valor 1.111.444.777-35",  # part of a longer number
    "código 12-111.444.777-35",
    "Lei nº 8.666, de 21 de junho de 1993, e Lei nº 14.133, de 1º de abril de 2021",
    # DOU 2017-10-02 Seção 2, a balance sheet whose text layer spaces some digits (the digits of
    # "3 11 . 2 4 6 / 4 0 . 11 8 932.691" pass a CPF's check by chance)
    "526.636 3 11 . 2 4 6\n4 0 . 11 8 932.691 Amortização 5.152.503",
    "Boleto 23790.12345 60000.123456 78901.234567 8 90120000012345",
]


@pytest.mark.parametrize("printed,masked", MASKED)
def test_masked(printed, masked):
    assert mask_text(printed) == masked
    assert len(mask_text(printed)) == len(printed)
    assert mask_text(masked) == masked  # masking again changes nothing


@pytest.mark.parametrize("printed", KEPT)
def test_kept(printed):
    assert mask_text(printed) == printed


@pytest.mark.parametrize(
    "printed,value",
    [("CPF ２４６.８１３.５７９-２８", "***.813.579-**"), ("CPF 246.813.579\u201328", "***.813.579-**")],
)
def test_identifier_value_is_masked_and_ascii(printed, value):
    (m,) = cpf.find(printed)
    assert (identifier_value(m, unmask_cpf=False), m.valid) == (value, True)
    assert identifier_value(m, unmask_cpf=True) == "24681357928"
    assert printed[m.start : m.end] == m.raw


def test_mask_rows_every_string_column_offsets_stay_true():
    text = "Art. 1º Nomeia FULANO, CPF 111.444.777-35, e BELTRANO, CPF/MF 246.813.579/28."
    s1, s2 = text.index("111"), text.index("246")
    path = "/dados/CPF 111.444.777-35.pdf"
    rows = {
        "documents": [{"doc_id": "d-001", "text": text, "title": "PORTARIA - CPF 246.813.579-28", "ementa": None}],
        "identifiers": [
            {"doc_id": "d-001", "char_start": s1, "char_end": s1 + 14, "raw": text[s1 : s1 + 14], "kind": "cpf"},
            # a row another pattern made over the same characters (the CPF is only masked in the pass)
            {"doc_id": "d-001", "char_start": s2 - 7, "char_end": s2 + 14, "raw": text[s2 - 7 : s2 + 14], "kind": "x"},
        ],
        "entities": [{"doc_id": "d-001", "char_start": 15, "char_end": 41, "text": text[15:41], "label": "PER"}],
        "files": [{"path": path, "file_sha256": "ab" * 32, "producer": "Writer - CPF 111.444.777-35"}],
        "errors": [{"path": path, "message": "cannot read 111.444.777-35", "page": 3}],
    }
    mask_rows(rows)
    doc = rows["documents"][0]
    assert doc["text"] == "Art. 1º Nomeia FULANO, CPF ***.444.777-**, e BELTRANO, CPF/MF ***.813.579/**."
    assert doc["title"] == "PORTARIA - CPF ***.813.579-**" and doc["ementa"] is None
    for table in ("identifiers", "entities"):
        for r in rows[table]:
            col = "raw" if table == "identifiers" else "text"
            assert doc["text"][r["char_start"] : r["char_end"]] == r[col]
    assert rows["identifiers"][1]["raw"] == "CPF/MF ***.813.579/**"
    assert rows["files"][0] == {"path": path, "file_sha256": "ab" * 32, "producer": "Writer - CPF ***.444.777-**"}
    assert rows["errors"][0] == {"path": path, "message": "cannot read ***.444.777-**", "page": 3}


def test_fold_keeps_length():
    s = "１２３\u2013\u00a0\u2212\uff0e\u0663\U0001d7ce"  # full-width, en dash, NBSP, minus, full stop, Arabic 3, math 0
    assert cpf.fold(s) == "123- -.30" and len(cpf.fold(s)) == len(s)
