"""The pyarrow schemas of every output table: the single source of truth (see docs/SPEC.md).

``TABLES`` maps a table name to its schema and a one-line description; the README's table
reference and ``seidou schema`` are generated from it, and a test checks it against the contract.
"""

from __future__ import annotations

import pyarrow as pa

TZ = "America/Sao_Paulo"

# Columns every fact table carries (provenance: which run, document, file, page, offsets, box, producer).
FACT_COLUMNS: list[pa.Field] = [
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("file_sha256", pa.string(), nullable=False),
    pa.field("page", pa.int32()),
    pa.field("char_start", pa.int32()),
    pa.field("char_end", pa.int32()),
    pa.field("x0", pa.float32()),
    pa.field("top", pa.float32()),
    pa.field("x1", pa.float32()),
    pa.field("bottom", pa.float32()),
    pa.field("raw", pa.string()),
    pa.field("extractor", pa.string()),
]


def _fact(*fields: pa.Field) -> pa.Schema:
    return pa.schema(FACT_COLUMNS + list(fields))


FILES = pa.schema(
    [
        pa.field("file_sha256", pa.string()),
        pa.field("path", pa.string(), nullable=False),  # as text; bytes that are not UTF-8 shown as U+FFFD
        pa.field("bytes", pa.int64()),
        pa.field("pages", pa.int32()),
        pa.field("producer", pa.string()),
        pa.field("text_layer", pa.string()),  # 'yes' | 'partial' | 'no'
        pa.field("encrypted", pa.bool_()),
        pa.field("has_signature_fields", pa.bool_()),
        pa.field("status", pa.string(), nullable=False),  # 'ok' | 'partial' | 'failed'
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("pipeline_version", pa.string()),
        pa.field("seconds", pa.float64()),
        pa.field("path_bytes", pa.binary()),  # the path exactly as the file system gave it
    ]
)

PAGES = pa.schema(
    [
        pa.field("file_sha256", pa.string(), nullable=False),
        pa.field("page", pa.int32(), nullable=False),
        pa.field("width", pa.float32()),
        pa.field("height", pa.float32()),
        pa.field("rotation", pa.int32()),
        pa.field("n_chars", pa.int32()),
        pa.field("n_columns", pa.int32()),
        pa.field("ocr", pa.bool_()),  # the page has no usable text layer: its text is (or must be) OCR'd
        pa.field("text_source", pa.string()),  # 'pdf' | 'none' (no text layer, OCR not run) | 'ocr'
        pa.field("header", pa.string()),
        pa.field("footer", pa.string()),
        pa.field("margin", pa.string()),  # text printed up the margin or across the page (watermarks)
        pa.field("error", pa.string()),  # why the page could not be read, if it could not
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("file_sha256", pa.string(), nullable=False),
        pa.field("seq", pa.int32(), nullable=False),
        pa.field("page_start", pa.int32()),
        pa.field("page_end", pa.int32()),
        pa.field("origin", pa.string()),  # 'sei' | 'dou' | 'municipal' | 'other'
        pa.field("doc_type", pa.string()),
        pa.field("title", pa.string()),
        pa.field("number", pa.string()),
        pa.field("date", pa.date32()),
        pa.field("ementa", pa.string()),
        pa.field("objeto", pa.string()),
        pa.field("text", pa.large_string()),
        pa.field("process_number", pa.string()),
        pa.field("sei_numero", pa.string()),
        pa.field("sei_codigo_verificador", pa.string()),
        pa.field("sei_crc", pa.string()),
        pa.field("sei_host", pa.string()),
        pa.field("dou_date", pa.date32()),
        pa.field("dou_section", pa.string()),
        pa.field("dou_edition", pa.string()),
        pa.field("dou_page", pa.int32()),
        pa.field("dou_code", pa.string()),
        pa.field("orgao", pa.string()),
        pa.field("continues_previous", pa.bool_()),
        pa.field("pipeline_version", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

IDENTIFIERS = _fact(
    pa.field("kind", pa.string(), nullable=False),
    pa.field("value", pa.string()),
    pa.field("valid", pa.bool_()),
)

DECIMAL = pa.decimal128(18, 2)

AMOUNTS = _fact(
    pa.field("value", DECIMAL),
    pa.field("currency", pa.string()),
    pa.field("extenso_raw", pa.string()),
    pa.field("extenso_value", DECIMAL),
    pa.field("extenso_match", pa.bool_()),
    pa.field("role", pa.string()),
)

VIGENCIA = _fact(
    pa.field("start", pa.date32()),
    pa.field("end", pa.date32()),
    pa.field("duration_value", pa.int32()),
    pa.field("duration_unit", pa.string()),
    pa.field("anchor", pa.string()),
    pa.field("resolved", pa.bool_()),
    pa.field("is_prorrogacao", pa.bool_()),
)

PARTIES = _fact(
    pa.field("role", pa.string()),
    pa.field("role_raw", pa.string()),  # the role's label as printed ("Contratado(a)", "PARTES"); null when inferred
    pa.field("name", pa.string()),
    pa.field("cnpj", pa.string()),
    pa.field("cnpj_valid", pa.bool_()),
    pa.field("address", pa.string()),
    pa.field("cep", pa.string()),
    pa.field("representative_name", pa.string()),
    pa.field("representative_cargo", pa.string()),
    pa.field("representative_matricula", pa.string()),
)

SIGNATURES = _fact(
    pa.field("kind", pa.string()),
    pa.field("system", pa.string()),  # the e-signature system ('sei', '1doc', 'd4sign', …); null for printed lines
    pa.field("name", pa.string()),
    pa.field("cargo", pa.string()),
    pa.field("signed_at", pa.timestamp("us", tz=TZ)),
    pa.field("legal_basis", pa.string()),
    pa.field("verification_code", pa.string()),
    pa.field("crc", pa.string()),
    pa.field("verification_url", pa.string()),
    pa.field("cert_subject", pa.string()),
    pa.field("cert_issuer", pa.string()),
    pa.field("integrity_ok", pa.bool_()),
    pa.field("covers_whole_file", pa.bool_()),  # pades: the signed byte ranges span the whole file
)

CLAUSES = _fact(
    pa.field("clause_id", pa.string()),
    pa.field("parent_id", pa.string()),
    pa.field("level", pa.string()),
    pa.field("number", pa.int32()),
    pa.field("label", pa.string()),
    pa.field("title", pa.string()),
    pa.field("is_quotation", pa.bool_()),
)

REFERENCES = _fact(
    pa.field("kind", pa.string()),
    pa.field("number", pa.string()),
    pa.field("year", pa.int32()),
    pa.field("date", pa.date32()),
    pa.field("issuer", pa.string()),
    pa.field("norm_id", pa.string()),
)

ENTITIES = _fact(
    pa.field("label", pa.string()),
    pa.field("text", pa.string()),
    pa.field("source", pa.string()),
)

TABLE_CELLS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("file_sha256", pa.string(), nullable=False),
        pa.field("table_no", pa.int32(), nullable=False),
        pa.field("row", pa.int32(), nullable=False),
        pa.field("col", pa.int32(), nullable=False),
        pa.field("text", pa.string()),
        pa.field("page", pa.int32()),
        pa.field("x0", pa.float32()),
        pa.field("top", pa.float32()),
        pa.field("x1", pa.float32()),
        pa.field("bottom", pa.float32()),
        pa.field("extractor", pa.string()),
    ]
)

FINDINGS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("file_sha256", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("message", pa.string()),
        pa.field("page", pa.int32()),
        pa.field("char_start", pa.int32()),
        pa.field("char_end", pa.int32()),
        pa.field("expected", pa.string()),
        pa.field("found", pa.string()),
        pa.field("rules", pa.string()),
    ]
)

ERRORS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("path", pa.string()),
        pa.field("file_sha256", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error_type", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("at", pa.timestamp("us", tz="UTC")),
        pa.field("page", pa.int32()),
        pa.field("path_bytes", pa.binary()),
    ]
)

RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("started_at", pa.timestamp("us", tz="UTC")),
        pa.field("finished_at", pa.timestamp("us", tz="UTC")),
        pa.field("pipeline_version", pa.string()),
        pa.field("args", pa.string()),
        pa.field("n_files", pa.int32()),
        pa.field("n_ok", pa.int32()),
        pa.field("n_failed", pa.int32()),
        pa.field("n_skipped", pa.int32()),
        pa.field("n_pages", pa.int32()),
        pa.field("seconds", pa.float64()),
        pa.field("n_partial", pa.int32()),
        pa.field("status", pa.string()),  # 'finished' | 'interrupted' | 'stopped' (--strict) | 'output_error'
    ]
)

RUN_FILES = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("path", pa.string(), nullable=False),
        pa.field("path_bytes", pa.binary()),
        pa.field("file_sha256", pa.string()),
        pa.field("status", pa.string(), nullable=False),  # 'ok' | 'partial' | 'failed' | 'skipped' | 'duplicate'
        pa.field("pages", pa.int32()),
        pa.field("seconds", pa.float64()),
        pa.field("n_errors", pa.int32()),
        pa.field("pipeline_version", pa.string()),
    ]
)

TABLES: dict[str, tuple[pa.Schema, str]] = {
    "files": (FILES, "one row per input file (its current status; unreadable folders too)"),
    "pages": (PAGES, "one row per page: size, columns, text layer, running header/footer/margin text"),
    "documents": (DOCUMENTS, "one row per logical document, with its canonical text"),
    "identifiers": (
        IDENTIFIERS,
        "CNPJ, CPF (masked), NUP, SEI, DOU codes (other journals' Imprensa Nacional codes: gazette_code), budget identifiers, validated",
    ),
    "amounts": (AMOUNTS, "money amounts with their words (extenso) cross-checked"),
    "vigencia": (VIGENCIA, "validity periods: ranges and durations with their anchor"),
    "parties": (PARTIES, "the parties of an instrument, with CNPJ and representative"),
    "signatures": (SIGNATURES, "SEI stamps, municipal e-signatures, printed signatories, PAdES"),
    "clauses": (CLAUSES, "the clause tree: capítulo, seção, cláusula, artigo, parágrafo, inciso, alínea"),
    "references": (REFERENCES, "references to norms (Lei, Decreto, Portaria …) with a normalized id"),
    "entities": (ENTITIES, "people, organizations and places (NER and rules)"),
    "tables": (TABLE_CELLS, "cells of ruled tables in documents (cronogramas, fichas, budget lines), one row per cell"),
    "findings": (FINDINGS, "what an auditor should look at: check digits, words vs figures, valor global, dates"),
    "errors": (ERRORS, "one row per failed file, page or stage"),
    "runs": (RUNS, "one row per run"),
    "run_files": (RUN_FILES, "one row per input file of each run: what that run did with it (history)"),
}

# Tables the pipeline writes today; the others are part of the contract and come with later stages.
WRITTEN = (
    "files",
    "pages",
    "documents",
    "identifiers",
    "amounts",
    "references",
    "clauses",
    "signatures",
    "vigencia",
    "parties",
    "entities",
    "tables",
    "findings",
    "errors",
    "runs",
    "run_files",
)

# Tables that keep history (parts are only added); the others hold one current copy of each file's rows.
HISTORY = ("runs", "run_files")


def schema(table: str) -> pa.Schema:
    return TABLES[table][0]
