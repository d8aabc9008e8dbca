"""Stage ``pades``: the signatures embedded in the PDF (PAdES /Sig fields), merged with their visible
appearances already read from the text."""

from __future__ import annotations

from seidou.extractors.esignatures import platform_seal, same_signer
from seidou.io.pades import EXTRACTOR as PADES_EXTRACTOR
from seidou.io.pades import read_signatures
from seidou.patterns.sei_stamp import BRASILIA
from seidou.rows import signature_fields
from seidou.runner.stages.base import FileRun

PADES_SECONDS = 120.0  # CPU seconds to read and validate a file's embedded signatures


def pades(run: FileRun) -> None:
    """The file's embedded signatures, given to its first document (a file that declares signature fields)."""
    if not (run.facts.has_signature_fields and run.documents):
        return
    sigs = run.facts_rows.setdefault("signatures", [])
    texts = " ".join(d["text"] for d in run.documents)  # (a platform's seal signs the file, not the act)
    embedded = pades_rows(run.path, run.documents[0], run.run_id, run.opts.unmask_cpf, texts)
    sigs.extend(merge_pades(sigs, embedded))


def pades_rows(path: str, doc: dict, run_id: str, unmask_cpf: bool, text: str | None = None) -> list[dict]:
    """Signatures embedded in the PDF belong to the file; they are given to its first document. With
    ``text`` (the file's documents), a platform's seal is left out (esignatures.platform_seal)."""
    rows = []
    for sig in read_signatures(path, unmask_cpf=unmask_cpf):
        if text is not None and platform_seal({"cert_subject": sig.subject, "name": sig.name}, text, sig.certifies):
            continue
        when = sig.signed_at.astimezone(BRASILIA) if sig.signed_at else None
        rows.append(
            {
                "run_id": run_id,
                "doc_id": doc["doc_id"],
                "file_sha256": doc["file_sha256"],
                "page": None,
                "char_start": None,
                "char_end": None,
                "x0": None,
                "top": None,
                "x1": None,
                "bottom": None,
                "raw": sig.field,
                "extractor": PADES_EXTRACTOR,
                **signature_fields(
                    "pades",
                    sig.name,
                    None,
                    when,
                    system="icp_brasil",
                    cert_subject=sig.subject,
                    cert_issuer=sig.issuer,
                    integrity_ok=sig.integrity_ok,
                    covers_whole_file=sig.covers_whole_file,
                    legal_basis=sig.error,
                ),
            }
        )
    return rows


def merge_pades(rows: list[dict], embedded: list[dict]) -> list[dict]:
    """The embedded signatures not already read from their visible appearance: a PAdES /Sig field and the
    appearance drawn for it ("Assinado de forma digital por NOME:CPF") are one signature. The appearance's
    row (page, box, printed time) takes the field's integrity and certificate; the field's row is dropped."""
    out = []
    for e in embedded:
        seen = next((r for r in rows if r["kind"] == "pades" and same_signer(r["name"], e["name"])), None)
        if seen is None:
            out.append(e)
            continue
        for k in ("integrity_ok", "covers_whole_file", "cert_subject", "cert_issuer"):
            if seen.get(k) is None:
                seen[k] = e[k]
        if seen.get("signed_at") is None:
            seen["signed_at"] = e["signed_at"]
    return out
