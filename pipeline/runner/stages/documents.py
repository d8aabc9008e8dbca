"""The stages that make documents of a window's text: ``documents`` (segment the text into documents,
classify each, and read its facts with the rules: identifiers, amounts, signatures, vigência, parties,
clauses) and ``ner`` (named entities over all the window's documents in one stream, then the findings)."""

from __future__ import annotations

from seidou.documents.build import _MUNICIPAL as MUNICIPAL_MARK
from seidou.documents.build import _SEI as SEI_MARK
from seidou.documents.build import document_row, gazette_date, letterhead, masthead_date, origin_of, page_header
from seidou.documents.classify import facts as doc_facts
from seidou.documents.classify import inherit_orgao, is_extrato, municipal_orgao
from seidou.documents.objeto import objeto
from seidou.documents.segment import GAZETTES, Segment, segment
from seidou.extractors.clauses import clause_rows, clauses
from seidou.extractors.esignatures import esignature_rows, same_signer
from seidou.extractors.findings import findings
from seidou.extractors.identifiers import extract, mask_cpfs, sei_codes
from seidou.extractors.identifiers import rows as extraction_rows
from seidou.extractors.parties import party_rows
from seidou.extractors.roles import extrato_role
from seidou.extractors.signatures import municipal_signature_rows, signature_rows
from seidou.extractors.vigencia import signing_date, vigencia_rows
from seidou.io import inlabs
from seidou.layout.compose import Layout
from seidou.ner.entities import FileNames, blocked_spans, entity_rows, entity_spans
from seidou.ner.entities import ner_entities_many, spread
from seidou.patterns import dou
from seidou.runner.stages.base import FileContext, FileRun, Pending


def documents(run: FileRun) -> None:
    """Stage ``documents``: the window's documents and their rule facts (NER waits for the next stage)."""
    run.pending = document_facts(
        run.sha, run.layout, run.run_id, unmask_cpf=run.opts.unmask_cpf, inlabs_act=run.act, context=run.context
    )
    run.docs = [p.row for p in run.pending]
    run.documents += run.docs


def ner(run: FileRun) -> None:
    """Stage ``ner``: the window's named entities (model and rules merged) and findings."""
    for table, rows in entity_and_finding_rows(run.pending, run.run_id, run.opts.ner, run.context).items():
        run.facts_rows.setdefault(table, []).extend(rows)


def document_and_fact_rows(
    sha: str,
    layout: Layout,
    run_id: str,
    *,
    unmask_cpf: bool = False,
    inlabs_act: inlabs.InlabsAct | None = None,
    ner: str = "fast",
    context: FileContext | None = None,
) -> tuple[list[dict], dict[str, list[dict]]]:
    """Segment the file into documents; each gets its row and its fact rows (offsets into its text):
    the ``documents`` and ``ner`` stages in one call."""
    pending = document_facts(sha, layout, run_id, unmask_cpf=unmask_cpf, inlabs_act=inlabs_act, context=context)
    return [p.row for p in pending], entity_and_finding_rows(pending, run_id, ner, context)


def document_facts(
    sha: str,
    layout: Layout,
    run_id: str,
    *,
    unmask_cpf: bool = False,
    inlabs_act: inlabs.InlabsAct | None = None,
    context: FileContext | None = None,
) -> list[Pending]:
    """Segment the file into documents, each with its row and its rule facts. An INLABS act is one
    document; its XML attributes give the DOU facts. ``context`` carries the origin, the inherited
    órgão and the document count from one page window of a file to the next."""
    context = FileContext() if context is None else context
    if inlabs_act is not None:
        origin, header = "dou", dou_header_of(inlabs_act)
        segments = [Segment(0, len(layout.text), False, 0, [])]
    else:
        if context.origin is None:
            context.origin = origin_of(layout)
        origin, header = context.origin
        segments = segment(layout, origin)
    orgao = context.orgao
    seq0 = context.seq
    pending = []
    for seq, seg in enumerate(segments, seq0 + 1):
        part = layout.slice(seg.start, seg.end)
        facts = doc_facts(part.text, seg)
        if inlabs_act is not None:
            facts.orgao = inlabs_act.art_category.replace("/", " / ") if inlabs_act.art_category else None
            facts.ementa = inlabs_act.ementa or facts.ementa
        orgao = inherit_orgao(orgao, facts.orgao) if origin in GAZETTES else facts.orgao
        facts.orgao = orgao
        continues = seg.continues_previous
        if seq == seq0 + 1 and seq0 > 0:  # the first document of a later page window
            continues = continues or seg.title_at is None or seg.sei_number == context.last_sei is not None
        doc_header = header if inlabs_act is not None else page_header(part, header)
        row = document_row(
            sha, seq, part, run_id, document_origin(origin, seg, part.text), doc_header, facts, continues
        )
        row["sei_numero"] = seg.sei_number
        if row["orgao"] is None and row["origin"] == "municipal":
            row["orgao"] = municipal_orgao(part.text, letterhead(part))
        found = extract(part)
        facts_of_doc = extraction_rows(found, part, run_id=run_id, doc_id=row["doc_id"], sha=sha, unmask_cpf=unmask_cpf)
        fill_sei_facts(row, found, facts_of_doc)
        sei_spans = [(m.start, m.end) for m in found.body if m.kind == "sei_stamp"]
        facts_of_doc["signatures"] += esignature_rows(
            part, row, run_id, sei_spans, context.edition_signatures, unmask_cpf
        )
        if not unmask_cpf:  # LGPD: CPFs masked in every output by default, offsets unchanged
            row["text"] = mask_cpfs(row["text"], found.body)
        text = row["text"]
        if is_extrato(row["doc_type"]):
            fill_extrato_facts(text, row, facts_of_doc)
        signed = max((r["signed_at"] for r in facts_of_doc["signatures"] if r["signed_at"]), default=None)
        # (a file of another origin has a publication date only in a gazette's masthead on its first page)
        published = row["dou_date"] or (
            gazette_date(part, layout)
            if origin in ("gazette", "municipal")
            else masthead_date(layout)
            if origin == "other"
            else None
        )
        facts_of_doc["vigencia"] = vigencia_rows(
            text, part, row, run_id, signed=signed.date() if signed else None, published=published
        )
        facts_of_doc["parties"] = party_rows(text, part, row, run_id)
        units = clauses(text, row["doc_type"], row["doc_id"])
        facts_of_doc["clauses"] = clause_rows(text, part, row, run_id, units)
        row["objeto"] = objeto(text, units)
        if row["doc_type"] == "ficha_cadastral":
            facts_of_doc["signatures"] += municipal_signature_rows(text, part, row, run_id)
        else:
            facts_of_doc["signatures"] += signature_rows(text, part, row, run_id)
        pending.append(Pending(text, part, row, found.body, facts_of_doc))
    if origin not in GAZETTES and inlabs_act is None:
        file_list_signs_all(pending)
    context.orgao, context.seq = orgao, seq0 + len(segments)
    context.last_sei = segments[-1].sei_number if segments else None
    return pending


# A signing system's list of the file's signatures on its last page (Econv/SPDP "Relação de Assinaturas Digitais"
# after the termo de fomento 001/2024 and its TCE-SP annex, Paraguaçu Paulista-SP) signs the whole export, not only
# the document it was segmented into: its entries go to every earlier document of the file whose printed signers
# it names (one at least), with no offsets (the list is not in their text) and the list's page and box.
# One source (Econv/SPDP, Paraguaçu Paulista; the probe over the old corpus and the real2 tune files finds no other
# file where it fires), so restricted (issue 29 hardening) so that it cannot fire on a bundle of documents each signed
# on its own (an e-process export, a PJe or SUAP dossier): an earlier document that carries an electronic
# signature of its own is signed by that, not by the last page's list.
FILE_LIST_MIN = 2  # a list: at least this many dated entries of one system
FILE_LIST_SYSTEMS_NOT = {"sei"}  # SEI stamps sign the one document they close


def file_list_signs_all(pending: list[Pending]) -> None:
    if len(pending) < 2:
        return
    last = pending[-1]
    end = last.row["page_end"]
    listed = [
        r
        for r in last.facts["signatures"]
        if r["kind"] == "eletronica"
        and r["system"] not in FILE_LIST_SYSTEMS_NOT
        and r["signed_at"] is not None
        and r["page"] == end
    ]
    if len({r["system"] for r in listed}) != 1 or len(listed) < FILE_LIST_MIN:
        return
    for p in pending[:-1]:
        mine = p.facts["signatures"]
        if any(r["kind"] == "eletronica" for r in mine):
            continue  # signed on its own (its stamp, its system's page): the list is another document's
        printed = [r["name"] for r in mine if r["kind"] in ("signatario", "testemunha")]
        if not any(same_signer(n, r["name"]) for n in printed for r in listed):
            continue
        for r in listed:
            if any(o["kind"] == "eletronica" and same_signer(o["name"], r["name"]) for o in mine):
                continue
            mine.append({**r, "doc_id": p.row["doc_id"], "char_start": None, "char_end": None})


def entity_and_finding_rows(
    pending: list[Pending], run_id: str, ner: str, context: FileContext | None = None
) -> dict[str, list[dict]]:
    """NER over all the documents in one stream, then the entities of each (the names and acronyms of the
    file's other documents spread over it: merge rule 14, across the file's windows through ``context``)
    and the findings; every fact row of the documents, by table."""
    tables: dict[str, list[dict]] = {}
    ner_found = ner_entities_many([p.text for p in pending], ner)
    merged = [entity_spans(p.text, p.row, p.body, p.facts, ner, ents) for p, ents in zip(pending, ner_found)]
    known = context.entity_names if context is not None else FileNames()
    for p, m in zip(pending, merged):
        known.collect(p.text, m)
    for p, m in zip(pending, merged):
        m = sorted(m + spread(p.text, m, blocked_spans(p.body), known))
        p.facts["entities"] = entity_rows(p.text, p.part, p.row, run_id, p.body, p.facts, ner, merged=m)
        p.facts["findings"] = findings(p.row, p.facts, run_id)
        for table, rows in p.facts.items():
            tables.setdefault(table, []).extend(rows)
    return tables


# Instruments dated by their signing: the date is the day the last party signed.
DATED_BY_SIGNATURE = {
    "convenio",
    "acordo_de_cooperacao",
    "acordo_de_adesao",
    "termo_de_adesao",
    "termo_aditivo",
    "termo_de_fomento",
    "termo_de_colaboracao",
    "contrato",
}


def document_origin(file_origin: str, seg: Segment, text: str) -> str:
    """A file may mix origins (a municipal Lei, its fichas and a SEI convênio in one PDF)."""
    if file_origin == "dou":
        return "dou"
    if seg.sei_number or SEI_MARK.printed_in(text):
        return "sei"
    if MUNICIPAL_MARK.printed_in(text[:20000]):
        return "municipal"
    return file_origin if file_origin in ("municipal", "other") else "other"


def fill_extrato_facts(text: str, row: dict, facts_rows: dict[str, list[dict]]) -> None:
    """An extrato's value field is its valor_global, and the one signing date it states its date (an
    instrument is dated by its signing)."""
    for a in facts_rows["amounts"]:
        if a["char_start"] is not None:
            a["role"] = extrato_role(text, a["char_start"], a["role"])
    if row["date"] is None:
        row["date"] = signing_date(text)


def fill_sei_facts(row: dict, found, facts_rows: dict[str, list[dict]]) -> None:
    """SEI authenticity data, the process number, and (for instruments) the signing date."""
    codes = sei_codes(found.body + [m for _p, m, _tm in found.furniture])
    row["sei_codigo_verificador"] = codes.get("verificador")
    row["sei_crc"] = codes.get("crc")
    row["sei_host"] = codes.get("host")
    row["sei_numero"] = row.get("sei_numero") or codes.get("verificador")
    nups = [r["value"] for r in facts_rows["identifiers"] if r["kind"] in ("nup", "processo")]
    row["process_number"] = nups[0] if nups else None
    stamps = [r["signed_at"] for r in facts_rows["signatures"] if r["signed_at"] is not None]
    if row["date"] is None and stamps and row["doc_type"] in DATED_BY_SIGNATURE:
        row["date"] = max(stamps).date()


def dou_header_of(act: inlabs.InlabsAct) -> dou.DouHeader:
    return dou.DouHeader(act.edition, act.pub_date, act.section, act.page, None, act.dou_code)
