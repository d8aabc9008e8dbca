"""The extraction stage: registered patterns over a document's canonical text and its page
furniture → rows of the ``identifiers``, ``amounts`` and ``references`` tables.

Pure: text, character map and page layouts in, rows out. Every row carries its provenance
(doc, file, page, offsets, box, extractor). Identifiers printed in running headers and footers
belong to the document too: they are taken from the furniture once per document, with page and
box set and offsets null (the furniture is not part of ``documents.text``); so are references to
norms printed there (the DOU footer's MP nº 2.200-2).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from seidou.patterns import cpf as cpf_pattern
from seidou.patterns import find_all
from seidou.patterns.mention import Mention

from seidou.layout.compose import Layout
from seidou.privacy import mask_text
from seidou.extractors.roles import role as amount_role
from seidou.layout.textmap import TextMap
from seidou.layout.types import Line, PageLayout

# a person's identifiers, masked in every output unless --unmask-cpf (LGPD): CPF, driver's licence
PERSONAL_KINDS = frozenset({"cpf", "cnh"})
IDENTIFIER_KINDS = frozenset(
    "cnpj cpf cnh nup processo processo_cnj sei crc sei_url dou_code gazette_code cep convenio transferegov nota_empenho ug "
    "ptres fonte natureza_despesa programa_trabalho".split()
)


@dataclass
class Extraction:
    body: list[Mention]  # offsets into documents.text
    furniture: list[tuple[int, Mention, TextMap]]  # (page, mention, map of that page's furniture text)


def furniture_text(lines: list[Line], page: int) -> tuple[str, TextMap]:
    """Header, footer and margin lines of a page as one text with its own character map."""
    parts: list[str] = []
    tm = TextMap()
    pos = 0
    for li, line in enumerate(lines):
        if li:
            parts.append("\n")
            pos += 1
        for k, w in enumerate(line.words):
            if k:
                parts.append(" ")
                pos += 1
            tm.add(pos, pos + len(w.text), page, (w.x0, w.top, w.x1, w.bottom))
            parts.append(w.text)
            pos += len(w.text)
    return "".join(parts), tm


# A page's furniture, built once per page: the documents of a gazette page (a dozen acts of a DOU page) share
# its page layout, and each reads the furniture's identifiers and e-signature stamps. Keyed by the page's
# identity (the entry holds the page, so the id cannot be reused while cached).
_FURNITURE: OrderedDict[int, tuple[PageLayout, tuple[str, TextMap] | None]] = OrderedDict()
_FURNITURE_PAGES = 256


def page_furniture(p: PageLayout) -> tuple[str, TextMap] | None:
    """:func:`furniture_text` of the page's header, footer and margin lines (None when it has none), built
    once per page and shared by the documents on it (read only)."""
    hit = _FURNITURE.get(id(p))
    if hit is not None and hit[0] is p:
        return hit[1]
    lines = p.header + p.footer + p.margin
    built = furniture_text(lines, p.number) if lines else None
    _FURNITURE[id(p)] = (p, built)
    if len(_FURNITURE) > _FURNITURE_PAGES:
        _FURNITURE.popitem(last=False)
    return built


@lru_cache(maxsize=512)
def _furniture_hits(text: str) -> tuple[Mention, ...]:
    """The identifiers and references of one furniture text (pages of a file repeat their header)."""
    return tuple(m for m in find_all(text) if m.kind in IDENTIFIER_KINDS or m.kind == "reference")


def extract(layout: Layout) -> Extraction:
    body = find_all(layout.text)
    furniture = []
    for p in layout.pages:
        built = page_furniture(p)
        if built is None:
            continue
        text, tm = built
        furniture.extend((p.number, m, tm) for m in _furniture_hits(text))
    return Extraction(body, furniture)


def mask_cpfs(text: str, mentions: list[Mention]) -> str:
    """The text with every CPF (and driver's licence number) masked in place (same length, so every
    offset stays true)."""
    spans = [(m.start, m.end) for m in mentions if m.kind in PERSONAL_KINDS]
    if not spans:
        return text
    out = []
    last = 0
    for s, e in sorted(spans):
        out.append(text[last:s])
        out.append(cpf_pattern.mask_in_place(text[s:e]))
        last = e
    out.append(text[last:])
    return "".join(out)


def mask_cpfs_in_free_text(text: str | None) -> str | None:
    """:func:`seidou.privacy.mask_text`: every CPF of a text masked in place."""
    return mask_text(text)


def _provenance(
    m: Mention, tm: TextMap, *, run_id: str, doc_id: str, sha: str, offsets: bool, unmask_cpf: bool
) -> dict:
    page, box = tm.locate(m.start, m.end)
    raw = m.raw if (m.kind not in PERSONAL_KINDS or unmask_cpf) else cpf_pattern.mask_in_place(m.raw)
    return {
        "run_id": run_id,
        "doc_id": doc_id,
        "file_sha256": sha,
        "page": page,
        "char_start": m.start if offsets else None,
        "char_end": m.end if offsets else None,
        "x0": box[0],
        "top": box[1],
        "x1": box[2],
        "bottom": box[3],
        "raw": raw,
        "extractor": m.extractor,
    }


def identifier_value(m: Mention, unmask_cpf: bool) -> str:
    if m.kind == "cpf":
        return m.value if unmask_cpf or not m.get("complete") else cpf_pattern.masked(m.raw)
    if m.kind == "cnh":
        return m.value if unmask_cpf else cpf_pattern.mask_in_place(m.raw)
    return str(m.value)


def sei_codes(mentions: list[Mention]) -> dict[str, str]:
    """The document's SEI authenticity data: código verificador, CRC, URL and host."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind == "sei" and m.get("role") == "codigo_verificador":
            out.setdefault("verificador", m.value)
        elif m.kind == "crc":
            out.setdefault("crc", m.value)
        elif m.kind == "sei_url":
            out.setdefault("url", m.get("url"))
            out.setdefault("host", m.value)
    return out


def rows(
    extraction: Extraction, layout: Layout, *, run_id: str, doc_id: str, sha: str, unmask_cpf: bool = False
) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"identifiers": [], "amounts": [], "references": [], "signatures": []}
    seen_ids: set[tuple[str, str]] = set()
    seen_refs: set[str] = set()

    def base(m: Mention, tm: TextMap, offsets: bool) -> dict:
        return _provenance(m, tm, run_id=run_id, doc_id=doc_id, sha=sha, offsets=offsets, unmask_cpf=unmask_cpf)

    def add_identifier(m: Mention, tm: TextMap, offsets: bool) -> None:
        value = identifier_value(m, unmask_cpf)
        if not offsets and (m.kind, value) in seen_ids:
            return  # furniture repeats on every page: once per document
        seen_ids.add((m.kind, value))
        out["identifiers"].append({**base(m, tm, offsets), "kind": m.kind, "value": value, "valid": m.valid})

    def add_reference(m: Mention, tm: TextMap, offsets: bool, **fields) -> None:
        if not offsets and fields["norm_id"] in seen_refs:
            return
        seen_refs.add(fields["norm_id"])
        out["references"].append({**base(m, tm, offsets), **fields})

    def reference_fields(m: Mention) -> dict:
        return {
            "kind": m.get("norm_kind"),
            "number": m.get("number"),
            "year": m.get("year"),
            "date": m.get("date"),
            "issuer": m.get("issuer"),
            "norm_id": m.value,
        }

    tm = layout.textmap
    sei = sei_codes(extraction.body)
    for m in extraction.body:
        if m.kind in IDENTIFIER_KINDS:
            add_identifier(m, tm, True)
            if m.kind == "convenio":  # a convênio cited by number is also a reference (Lei 1.508 → convênio)
                number, year = m.value.split("/")
                add_reference(
                    m,
                    tm,
                    True,
                    kind="convenio",
                    number=number,
                    year=int(year),
                    date=None,
                    issuer=None,
                    norm_id=f"convenio:{number}/{year}",
                )
        elif m.kind == "amount":
            out["amounts"].append(
                {
                    **base(m, tm, True),
                    "value": m.value,
                    "currency": m.get("currency"),
                    "extenso_raw": m.get("extenso_raw"),
                    "extenso_value": m.get("extenso_value"),
                    "extenso_match": m.get("extenso_match"),
                    "role": amount_role(layout.text, m.start, m.end),
                }
            )
        elif m.kind == "reference":
            add_reference(m, tm, True, **reference_fields(m))
        elif m.kind == "sei_stamp":
            out["signatures"].append(
                {
                    **base(m, tm, True),
                    "kind": "eletronica_sei",
                    "system": "sei",
                    "name": m.value,
                    "cargo": m.get("cargo"),
                    "signed_at": m.get("signed_at"),
                    "legal_basis": m.get("legal_basis"),
                    "verification_code": sei.get("verificador"),
                    "crc": sei.get("crc"),
                    "verification_url": sei.get("url"),
                    "cert_subject": None,
                    "cert_issuer": None,
                    "integrity_ok": None,
                    "covers_whole_file": None,
                }
            )
    for _page, m, ftm in extraction.furniture:
        if m.kind == "reference":  # the DOU footer cites MP nº 2.200-2: a reference of the page's acts
            add_reference(m, ftm, False, **reference_fields(m))
        else:
            add_identifier(m, ftm, False)
    return out
