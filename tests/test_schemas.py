"""The pyarrow schemas honour the contract in docs/SPEC.md (copied from the project's shared spec)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
import regex

from seidou.schemas import FACT_COLUMNS, TABLES

SPEC = (Path(__file__).parent.parent / "docs" / "SPEC.md").read_text(encoding="utf-8")

# Arrow types named by the contract for specific columns.
TYPED = {
    ("documents", "text"): pa.large_string(),
    ("documents", "date"): pa.date32(),
    ("documents", "dou_date"): pa.date32(),
    ("documents", "seq"): pa.int32(),
    ("amounts", "value"): pa.decimal128(18, 2),
    ("amounts", "extenso_value"): pa.decimal128(18, 2),
    ("vigencia", "start"): pa.date32(),
    ("vigencia", "end"): pa.date32(),
    ("vigencia", "duration_value"): pa.int32(),
    ("signatures", "signed_at"): pa.timestamp("us", tz="America/Sao_Paulo"),
    ("clauses", "number"): pa.int32(),
    ("references", "year"): pa.int32(),
    ("references", "date"): pa.date32(),
}
SHARED = {
    "page": pa.int32(),
    "char_start": pa.int32(),
    "char_end": pa.int32(),
    "x0": pa.float32(),
    "top": pa.float32(),
    "x1": pa.float32(),
    "bottom": pa.float32(),
    "run_id": pa.string(),
    "doc_id": pa.string(),
    "file_sha256": pa.string(),
    "raw": pa.string(),
    "extractor": pa.string(),
}
FACT_TABLES = ["identifiers", "amounts", "vigencia", "parties", "signatures", "clauses", "references", "entities"]


def spec_columns() -> dict[str, list[str]]:
    """Column names per table from the contract's "**table**: `col, col (…)`" paragraphs."""
    out = {}
    for m in regex.finditer(r"\*\*(\w+)\*\*:(.*?)(?=\n\*\*\w+\*\*:|\Z)", SPEC, regex.DOTALL):
        table, body = m.group(1), m.group(2)
        code = " ".join(regex.findall(r"`([^`]*)`", body))
        code = regex.sub(r"\([^()]*\)", "", regex.sub(r"\([^()]*\)", "", code))
        names = [n.strip() for n in regex.split(r"[,\s]+", code) if regex.fullmatch(r"[a-z_0-9]+", n.strip())]
        out[table] = names
    return out


def test_every_spec_table_has_a_schema():
    tables = spec_columns()
    assert len(tables) == 14 and all(len(cols) >= 3 for cols in tables.values())  # the parser read the contract
    assert set(tables) <= set(TABLES)


@pytest.mark.parametrize("table", sorted(spec_columns()))
def test_spec_columns_present(table):
    names = set(TABLES[table][0].names)
    # words inside the contract's prose that are values, not columns ("valid = false", "pages.header/footer")
    prose = {"yes", "partial", "no", "false", "header", "footer"}
    missing = [c for c in spec_columns()[table] if c not in names and c not in prose]
    assert missing == []


@pytest.mark.parametrize("table", FACT_TABLES)
def test_fact_tables_carry_shared_columns(table):
    schema = TABLES[table][0]
    for name, typ in SHARED.items():
        assert schema.field(name).type == typ, (table, name)


def test_named_types():
    for (table, col), typ in TYPED.items():
        assert TABLES[table][0].field(col).type == typ, (table, col)


def test_shared_columns_defined_once():
    assert sorted(f.name for f in FACT_COLUMNS) == sorted(SHARED)


def test_table_reference_is_generated_from_the_schemas():
    from seidou.tools.readme import END, START, tables_markdown

    readme = (Path(__file__).parent.parent / "docs" / "TABLES.md").read_text(encoding="utf-8")
    section = readme.split(START, 1)[1].split(END, 1)[0]
    assert section.strip() == tables_markdown().strip(), "run `make readme`"
