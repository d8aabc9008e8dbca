"""The provenance every fact row carries: run, document, file, page, offsets, box, raw, extractor."""

from __future__ import annotations

from seidou.layout.compose import Layout


def fact_row(
    text: str, layout: Layout, doc: dict, run_id: str, start: int, end: int, extractor: str, /, **fields
) -> dict:
    """A fact row for ``text[start:end]`` of ``doc`` (page and box from the layout's character map)."""
    page, box = layout.textmap.locate(start, end)
    return {
        "run_id": run_id,
        "doc_id": doc["doc_id"],
        "file_sha256": doc["file_sha256"],
        "page": page,
        "char_start": start,
        "char_end": end,
        "x0": box[0],
        "top": box[1],
        "x1": box[2],
        "bottom": box[3],
        "raw": text[start:end],
        "extractor": extractor,
        **fields,
    }


def signature_fields(kind: str, name: str, cargo: str | None, signed_at=None, **more) -> dict:
    """The ``signatures`` columns, unset ones null."""
    base = {
        "kind": kind,
        "system": None,
        "name": name,
        "cargo": cargo,
        "signed_at": signed_at,
        "legal_basis": None,
        "verification_code": None,
        "crc": None,
        "verification_url": None,
        "cert_subject": None,
        "cert_issuer": None,
        "integrity_ok": None,
        "covers_whole_file": None,
    }
    base.update(more)
    return base
