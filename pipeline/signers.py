"""Printed signatories at the end of an act: the name in capitals, the cargo below it (DOU acts,
municipal laws). Works on the canonical text, so PDF pages and INLABS XML give the same rows.

Examples: ``MARCELO PONTES VIANNA`` (DO2 2023-05-02 p. 94, Portaria CGU nº 1.670);
``SILVANO ASCARI DE ALMEIDA`` / ``Prefeito Municipal`` (seed Lei 1.508/2026).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .segment import is_heading, is_title, paragraphs

NOT_A_NAME = regex.compile(r"\b(RESOLVE|DECRETA|PUBLIQUE-SE|REGISTRE-SE|CUMPRA-SE|ANEXO|TOTAL|NOTIFICA|TORNA)\b")
EXTRACTOR = "pipeline.signers@1"


@dataclass
class Signer:
    name: str
    cargo: str | None
    start: int
    end: int


def is_name(par: str) -> bool:
    letters = [c for c in par if c.isalpha()]
    words = par.split()
    return (
        2 <= len(words) <= 9 and len(par) <= 90 and bool(letters) and all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in par) and not par.rstrip().endswith((".", ":", ";", ","))
        and not is_heading(par) and not is_title(par) and not NOT_A_NAME.search(par)
    )


def is_cargo(par: str) -> bool:
    return (len(par) <= 120 and bool(regex.match(r"\p{Lu}", par)) and not par.rstrip().endswith((":", ";"))
            and any(c.islower() for c in par) and len(par.split()) <= 16 and not regex.match(r"(?i)art\.", par))


def signers(text: str) -> list[Signer]:
    """The signatories closing ``text`` (last paragraphs: NAME [cargo], possibly several)."""
    pars = paragraphs(text)
    out: list[Signer] = []
    k = len(pars) - 1
    while k >= 0 and len(out) < 4:
        s, e = pars[k]
        par = text[s:e].strip()
        if is_name(par):
            out.append(Signer(par, None, s, e))
            k -= 1
            continue
        if k > 0 and is_cargo(par) and is_name(text[pars[k - 1][0]:pars[k - 1][1]].strip()):
            ns, ne = pars[k - 1]
            out.append(Signer(text[ns:ne].strip(), par, ns, e))
            k -= 2
            continue
        break
    return list(reversed(out))


def signature_rows(text: str, layout, doc: dict, run_id: str) -> list[dict]:
    rows = []
    for sg in signers(text):
        page, box = layout.textmap.locate(sg.start, sg.end)
        rows.append({
            "run_id": run_id, "doc_id": doc["doc_id"], "file_sha256": doc["file_sha256"], "page": page,
            "char_start": sg.start, "char_end": sg.end, "x0": box[0], "top": box[1], "x1": box[2],
            "bottom": box[3], "raw": text[sg.start:sg.end], "extractor": EXTRACTOR, "kind": "signatario",
            "name": sg.name, "cargo": sg.cargo, "signed_at": None, "legal_basis": None, "verification_code": None,
            "crc": None, "verification_url": None, "cert_subject": None, "cert_issuer": None, "integrity_ok": None,
        })
    return rows
