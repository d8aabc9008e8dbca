"""E-signature stamps of every system (``seidou.patterns.esig``) → ``signatures`` rows of a document.

Stamps are read from the document's text and from its pages' furniture (a 1Doc margin, a D4Sign footer,
a gazette's footer repeated on every page: ``layout.pages[…].header/footer/margin``). One person who
signs a document through one system is one row, however many pages repeat the stamp: a manifest's
entry with its date and time (1Doc's verification page, D4Sign's certificate, Econv's list) wins over
the undated margin list, and of two signings of one person the first is kept. A stamp printing a date
without a time gives ``signed_at`` null (no time was printed; midnight would be a made-up time).

Gazette-wide footers (the edition signed by its press: Lacuna-style "Documento assinado digitalmente …
pelo assinante: X" on every page of the BH DOM; EGBA's) sign the edition, not each act: one row per
file, given to the first document whose pages carry it (``emitted``: the press signatures a file already gave).

Examples: paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf (1Doc margin + manifest),
abrinq_termo_convenio_379_2021_clara_amizade_d4sign.pdf (D4Sign certificate), bh_dom_7143 and
bh_dom_7147 (BH DOM edition footer), dom_al_ama_0225 (Sigpub "Publicado por").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from seidou.extractors.identifiers import mask_cpfs_in_free_text, page_furniture
from seidou.layout.compose import Layout
from seidou.patterns import esig
from seidou.patterns.esig._common import norm_name
from seidou.patterns.mention import Mention
from seidou.rows import fact_row, signature_fields
from seidou.versions import tag

# 4: an export's last-page list (runner.stages.documents.file_list_signs_all) signs no document signed on its own
VERSION = 5  # 5: a certification (DocMDP) signature by a holder the text does not name is a seal, unless a natural person's (e-CPF); 3: a bulletin's stamp signs the edition (one row per file); 2: a platform's e-CNPJ seal is no signature
EXTRACTOR = tag("seidou.extractors.esignatures", VERSION)
# systems whose stamp signs a whole gazette edition (its press), printed on every page
# (and a bulletin's, "Documento assinado por: MAJ AILSON MELO - Mat: … Em: 06/03/2024 17:32:10" on every page of the
# CBMAL Boletim Geral Ostensivo 2024: its publisher signs the edition)
EDITION_SYSTEMS = frozenset({"lacuna", "egba", "boletim"})
# the systems' names in the ``signatures.system`` column (SPEC): ICP-Brasil appearances are ``icp_brasil``
_TIME = regex.compile(r"\d{1,2}\s*(?::|h)\s*\d{2}")


# A certificate of a legal person (ICP-Brasil e-CNPJ: "RFB e-CNPJ A3", "Certificado PJ A1", a CNPJ after the name
# in the common name) held by a firm the document never names is the signing platform's seal on the file, not a
# signatory of the act: "D4S SERVICOS EM TECNOLOGIA LTDA:23691353000180" (D4Sign, Fundação Abrinq convênio
# 379/2021), "VOX SOLUCOES TECNOLOGICAS LTDA:00684621000131" (the AMM-MG gazette's publisher, DOM-MG 3602a 2023).
LEGAL_PERSON_CERT = regex.compile(r"e-CNPJ|Certificado\s+PJ|Common\s+Name:[^;,]*:\d{14}(?![\d])")


# A natural person's certificate (ICP-Brasil e-CPF, DOC-ICP-04: "RFB e-CPF A3", "Certificado PF A3", the CPF after the
# name in the common name, masked or not): a person who certifies a file (DocMDP) signs it, named in its text or not (a
# scan's OCR may miss the name): "DAVI PIRES BATISTA:***********" (Pratânia-SP gazette), "MARIA LUZIMAR FERREIRA
# OLIVEIRA:***********" (APAE Barrolândia scan) are persons' certificates (review26)
NATURAL_PERSON_CERT = regex.compile(r"e-CPF|Certificado\s+PF|Common\s+Name:[^;,]*:(?:\d{11}|\*{11})(?![\d*])")


def platform_seal(row: dict, text: str, certifies: bool = False) -> bool:
    """Whether an embedded signature's row (``cert_subject``, ``name``) is a platform's seal: a legal person's
    certificate, or a certification signature (``certifies``: DocMDP, io.pades: Adobe Sign's seal of the
    UNESCO acordo SA-2800/2021, IBDM's of the Tucano-BA gazette) by no natural person (NATURAL_PERSON_CERT), whose
    holder's name does not occur in ``text`` (the file's documents)."""
    subject, name = row.get("cert_subject") or "", norm_name(row.get("name") or "")
    sealer = bool(LEGAL_PERSON_CERT.search(subject)) or (certifies and not NATURAL_PERSON_CERT.search(subject))
    return bool(name) and sealer and f" {name} " not in f" {norm_name(text)} "


def same_signer(a: str | None, b: str | None) -> bool:
    """Whether two printings name one signer: equal without accents, case, digits and punctuation
    ("JOSE DA SILVA:12345678909" from a certificate, "José da Silva" from its appearance)."""
    return bool(a and b) and norm_name(a) == norm_name(b)


def kind_of(m: Mention) -> str:
    """``pades`` for a visible ICP-Brasil/Adobe signature appearance, ``eletronica`` for any other system's
    stamp or list entry (an Econv list naming PAdES as its method is still that system's list)."""
    return "pades" if m.get("system") == "icp_brasil" else "eletronica"


def _time_printed(text: str, m: Mention) -> bool:
    return bool(_TIME.search(text, m.start, m.end))


def _one_per_signer(found: list[tuple[Mention, str, object]]) -> list[tuple[Mention, str, object]]:
    """One hit per (system, signer): a dated one before an undated one, the earliest of the dated."""
    best: dict[tuple, tuple[Mention, str, object]] = {}
    order: list[tuple] = []
    for item in found:
        m = item[0]
        key = (m.get("system"), norm_name(m.value or ""))
        if key not in best:
            best[key] = item
            order.append(key)
            continue
        old = best[key][0]
        a, b = m.get("signed_at"), old.get("signed_at")
        if a is not None and (b is None or a < b):
            best[key] = item
    return [best[k] for k in order]


@lru_cache(maxsize=512)
def _furniture_stamps(text: str) -> tuple[Mention, ...]:
    """The e-signature stamps of one furniture text (shared by the documents of a page, repeated by its pages)."""
    return tuple(esig.dedupe(esig.find(text)))


def esignature_hits(layout: Layout, sei_spans: list[tuple[int, int]]) -> list[tuple[Mention, str, object]]:
    """(mention, text it was read from, its text map or None for the body) for every e-signature of the
    document: the body's hits (but not inside a SEI stamp, read by ``patterns.sei_stamp``), then the
    furniture's, one per signer and system."""
    text = layout.text
    out: list[tuple[Mention, str, object]] = []
    for m in esig.dedupe(esig.find(text)):
        if any(a < m.end and m.start < b for a, b in sei_spans):
            continue
        out.append((m, text, None))
    for p in layout.pages:
        built = page_furniture(p)
        if built is None:
            continue
        ftext, tm = built
        out.extend((m, ftext, tm) for m in _furniture_stamps(ftext))
    return [x for x in _one_per_signer(out) if x[0].value]


def esignature_rows(
    layout: Layout, doc: dict, run_id: str, sei_spans: list[tuple[int, int]], emitted: set, unmask_cpf: bool = False
) -> list[dict]:
    """The ``signatures`` rows of the document's e-signature stamps (see the module's doc)."""
    rows: list[dict] = []
    for m, src, tm in esignature_hits(layout, sei_spans):
        system = m.get("system")
        if system in EDITION_SYSTEMS:
            key = (system, norm_name(m.value))
            if key in emitted:
                continue
            emitted.add(key)
        when = m.get("signed_at") if _time_printed(src, m) else None
        fields = signature_fields(
            kind_of(m),
            m.value,
            m.get("cargo"),
            when,
            system=system,
            legal_basis=m.get("legal_basis"),
            verification_code=m.get("verification_code"),
            crc=m.get("crc"),
            verification_url=m.get("verification_url"),
            cert_subject=m.get("cert_subject"),
            cert_issuer=m.get("cert_issuer"),
        )
        if tm is None:
            rows.append(fact_row(src, layout, doc, run_id, m.start, m.end, EXTRACTOR, **fields))
        else:  # furniture: page and box from the furniture's own map, no offsets into documents.text
            page, box = tm.locate(m.start, m.end)
            rows.append(
                {
                    "run_id": run_id,
                    "doc_id": doc["doc_id"],
                    "file_sha256": doc["file_sha256"],
                    "page": page,
                    "char_start": None,
                    "char_end": None,
                    "x0": box[0],
                    "top": box[1],
                    "x1": box[2],
                    "bottom": box[3],
                    "raw": src[m.start : m.end],
                    "extractor": EXTRACTOR,
                    **fields,
                }
            )
        if not unmask_cpf:  # LGPD: the stamp's CPF ("pelo assinante: X CPF: 000.628.956-80") masked
            rows[-1]["raw"] = mask_cpfs_in_free_text(rows[-1]["raw"])
    return rows
