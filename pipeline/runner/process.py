"""One file through the stages: open → layout → documents. Returns rows; writes nothing."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass, field

from seidou import __version__
from seidou.extractors.clauses import clause_rows, clauses
from seidou.extractors.findings import findings
from seidou.ner.entities import entity_rows, ner_entities_many
from seidou.documents.objeto import objeto
from seidou.extractors.parties import party_rows
from seidou.extractors.roles import extrato_role
from seidou.extractors.vigencia import signing_date, vigencia_rows
from seidou.patterns.sei_stamp import BRASILIA

from seidou.io import inlabs
from seidou.io.pades import EXTRACTOR as PADES_EXTRACTOR
from seidou.io.pades import read_signatures
from seidou.rows import signature_fields
from seidou.io.tables import EXTRACTORS as TABLES_EXTRACTORS
from seidou.io.tables import pages_to_search, read_tables
from seidou.extractors.esignatures import esignature_rows, same_signer
from seidou.extractors.signatures import municipal_signature_rows, signature_rows
from seidou.documents.classify import facts as doc_facts
from seidou.documents.classify import inherit_orgao, is_extrato, municipal_orgao
from seidou.patterns import dou

from seidou.documents.build import _MUNICIPAL as MUNICIPAL_MARK
from seidou.documents.build import _SEI as SEI_MARK
from seidou.documents.build import document_row, gazette_date, letterhead, origin_of, page_header
from seidou.documents.segment import GAZETTES, Segment, segment
from seidou.extractors.identifiers import extract, mask_cpfs, sei_codes
from seidou.extractors.identifiers import rows as extraction_rows
from seidou.deadline import time_limit
from seidou.errors import SeidouError
from seidou.options import Options
from seidou.privacy import mask_rows
from seidou.io.pdf import MAX_UNREADABLE_RUN, PdfFile, sha256_of
from seidou.io import ocr as ocr_engine
from seidou.layout.compose import Layout, layout_pages, scanned_pages
from seidou.layout.types import RawPage


@dataclass
class FileResult:
    path: str
    sha256: str | None
    status: str  # 'ok' | 'partial' (a stage gave up on part of it: see errors) | 'failed'
    n_pages: int = 0
    rows: dict[str, list[dict]] = field(default_factory=dict)
    layout: Layout | None = None


@dataclass
class FileContext:
    """What one page window of a file hands to the next (a long file is laid out and segmented in windows):
    the layout's furniture and backgrounds, the file's origin and DOU/gazette header, the órgão in force, the
    documents and tables numbered so far, the last SEI number, and the press signatures already emitted."""

    layout_known: dict = field(default_factory=dict)
    origin: tuple | None = None
    orgao: str | None = None
    seq: int = 0
    last_sei: str | None = None
    tables_so_far: int = 0
    edition_signatures: set = field(default_factory=set)


def error_row(
    run_id: str, path: str, sha: str | None, stage: str, error_type: str, message: str, page: int | None = None
) -> dict:
    return {
        "run_id": run_id,
        "path": path,
        "file_sha256": sha,
        "stage": stage,
        "error_type": error_type,
        "message": message,
        "at": dt.datetime.now(dt.timezone.utc),
        "page": page,
    }


def read_layout(path: str, *, ocr: bool = True) -> tuple[PdfFile, Layout]:
    """Open a PDF and lay out all its pages (raises :class:`SeidouError` subclasses).

    Pages without a usable text layer are read by Tesseract when ``ocr`` and it is installed
    (io.ocr); otherwise they stay flagged (``text_source = 'none'``)."""
    pdf = PdfFile(path)
    try:
        return pdf, lay_out(pdf, ocr=ocr)
    except Exception:
        pdf.close()
        raise


def lay_out(
    pdf: PdfFile,
    first: int = 1,
    last: int | None = None,
    *,
    ocr: bool,
    known: dict | None = None,
    unread: list[int] | None = None,
) -> Layout:
    """Pages ``first``..``last`` of an open PDF read, OCR'd where scanned (``ocr``) and laid out;
    ``known`` carries furniture and backgrounds from earlier windows of the file (layout_pages);
    ``unread`` gets the scanned pages that OCR was asked for but Tesseract is not installed."""
    raw = list(pdf.pages(first, last))
    missed = ocr_scanned(pdf, raw, known) if ocr else []
    if unread is not None:
        unread.extend(missed)
    return layout_pages(raw, known)


def ocr_scanned(pdf: PdfFile, raw: list[RawPage], known: dict | None = None) -> list[int]:
    """Read the scanned pages of ``raw`` with Tesseract, in place (``text_source = 'ocr'``, or
    ``ocr_error``); a scanned page left unread is 'none' by layout_pages. Blank pages are not sent to
    Tesseract. Returns the scanned pages left unread because Tesseract is not installed."""
    # a copy: layout_pages adds this window's backgrounds to ``known`` itself
    scanned = scanned_pages(raw, dict(known) if known is not None else None)
    if not scanned:
        return []
    engine = ocr_engine.available()
    unread = []
    for rp in raw:
        if rp.number not in scanned:
            continue
        page = pdf.doc[rp.number - 1]
        if is_blank(page):
            page.close()
            continue
        if not engine:
            unread.append(rp.number)
            page.close()
            continue
        try:
            rp.words = ocr_engine.merge_words(rp.words, ocr_engine.ocr_page(page))
            rp.text_source = "ocr"
        except Exception as e:  # a page Tesseract cannot read stays flagged; the file goes on
            rp.ocr_error = f"{type(e).__name__}: {e}"
        finally:
            page.close()
    return unread


BLANK_SCALE = 12 / 72  # a page drawn at 12 dpi: enough to see any ink, a few ms even for a big page
BLANK_LEVEL = 235  # grey level (0-255) under which a pixel is ink


def is_blank(page) -> bool:
    """True when a page, drawn small, has no pixel darker than paper (nothing for OCR to read)."""
    try:
        image = page.render(scale=BLANK_SCALE, grayscale=True).to_pil().convert("L")
    except Exception:  # noqa: BLE001 - a page that cannot be drawn is left to OCR to report
        return False
    low, _high = image.getextrema()
    return low >= BLANK_LEVEL


def process_file(path: str, run_id: str, options: Options | None = None, **changes) -> FileResult:
    """One file through every stage: its rows for every table (nothing written). ``options`` (or keyword
    changes to the defaults, ``process_file(p, r, ner="off")``) choose tables, NER, OCR and masking."""
    opts = (options or Options()).with_(**changes) if changes else (options or Options())
    result = _process_file(path, run_id, opts)
    if not opts.unmask_cpf:  # LGPD: every string of every row, in one place (offsets stay true)
        mask_rows(result.rows)
    return result


def _process_file(path: str, run_id: str, opts: Options) -> FileResult:
    strict, unmask_cpf, tables, ner, ocr = opts.strict, opts.unmask_cpf, opts.tables, opts.ner, opts.ocr
    if inlabs.is_inlabs(path):
        return process_inlabs(path, run_id, unmask_cpf=unmask_cpf, ner=ner)
    started = time.perf_counter()
    try:
        pdf = PdfFile(path)
    except SeidouError as e:
        return failed_result(path, run_id, e.stage, e.error_type, str(e), started)
    except Exception as e:  # an engine crash on one file must not stop the batch
        if strict:
            raise
        return failed_result(path, run_id, "open", type(e).__name__, f"unexpected error: {e}", started)
    with pdf:
        pdf.search_tables = tables == "ruled"  # each page's tables while it is loaded for its words
        facts = pdf.facts()
        sha = facts.sha256
        documents: list[dict] = []
        facts_rows: dict[str, list[dict]] = {}
        errors: list[dict] = []
        pages: list[dict] = []
        context = FileContext()
        last_layout = None
        unread: list[int] = []
        for first, last in page_windows(pdf.n_pages):
            try:
                layout = lay_out(pdf, first, last, ocr=ocr, known=context.layout_known, unread=unread)
            except Exception as e:
                if strict:
                    raise
                return failed_result(path, run_id, "layout", type(e).__name__, f"unexpected error: {e}", started)
            docs, window_rows = document_and_fact_rows(
                sha, layout, run_id, unmask_cpf=unmask_cpf, ner=ner, context=context
            )
            documents += docs
            for table, rows in window_rows.items():
                facts_rows.setdefault(table, []).extend(rows)
            errors += page_error_rows(layout, run_id, path, sha)
            pages += page_rows(layout, sha, run_id)
            if tables != "off" and docs:
                try:
                    cells, table_errors = table_rows(
                        path,
                        layout,
                        docs,
                        run_id,
                        engine=tables,
                        doc=pdf.doc,
                        first_table_no=context.tables_so_far,
                    )
                    context.tables_so_far = max([context.tables_so_far] + [c["table_no"] for c in cells])
                    facts_rows.setdefault("tables", []).extend(cells)
                    errors.extend(table_errors)
                except Exception as e:  # the table search failing must not lose the file
                    if strict:
                        raise
                    errors.append(error_row(run_id, path, sha, "tables", type(e).__name__, f"table search failed: {e}"))
            last_layout = layout if pdf.n_pages <= WINDOW_PAGES else None
        abandoned_at = pdf.abandoned_at
    if abandoned_at:
        errors.append(
            error_row(
                run_id,
                path,
                sha,
                "layout",
                "pages_abandoned",
                f"pages {abandoned_at}-{facts.pages} were not read: the file claims {facts.pages} pages and "
                f"the {MAX_UNREADABLE_RUN} pages before them could not be loaded",
                abandoned_at,
            )
        )
    if unread:
        errors.append(
            error_row(
                run_id,
                path,
                sha,
                "ocr",
                "ocr_unavailable",
                f"{len(unread)} scanned page(s) not read: Tesseract (with Portuguese data) is not installed "
                f"(pages {_page_list(unread)})",
                unread[0],
            )
        )
    errors += ner_missing_rows(ner, documents, run_id, path, sha)
    readable = [p for p in pages if p["error"] is None]
    if readable and all(p["n_chars"] == 0 for p in readable):
        text_layer = "no"
    elif any(p["ocr"] for p in readable):
        text_layer = "partial"
    else:
        text_layer = "yes"
    files = [
        {
            "file_sha256": sha,
            "path": path,
            "bytes": facts.bytes,
            "pages": facts.pages,
            "producer": facts.producer,
            "text_layer": text_layer,
            "encrypted": facts.encrypted,
            "has_signature_fields": facts.has_signature_fields,
            "status": "ok",
            "run_id": run_id,
            "pipeline_version": __version__,
            "seconds": time.perf_counter() - started,
        }
    ]
    if facts.has_signature_fields and documents:
        try:
            with time_limit(PADES_SECONDS, "reading the PDF signatures"):
                sigs = facts_rows.setdefault("signatures", [])
                sigs.extend(merge_pades(sigs, pades_rows(path, documents[0], run_id, unmask_cpf)))
        except Exception as e:  # a broken signature dictionary must not lose the file
            if strict:
                raise
            errors.append(error_row(run_id, path, sha, "pades", type(e).__name__, f"cannot read PDF signatures: {e}"))
    status = file_status(errors)
    files[0]["status"] = status
    rows = {"files": files, "pages": pages, "documents": documents, "errors": errors, **facts_rows}
    return FileResult(path, sha, status, facts.pages, rows, last_layout)


# Stages whose errors rows mean that the stage gave up on part of the file (a time limit, a missing
# engine or model, a signature that could not be read): the file is 'partial' and the next run
# processes it again. Errors of the file's own content (an unreadable page) leave it 'ok'.
GAVE_UP_STAGES = frozenset({"tables", "ocr", "pades", "ner"})


def file_status(errors: list[dict]) -> str:
    """'partial' when a stage gave up on part of the file, else 'ok'.

    >>> file_status([]), file_status([{"stage": "tables"}]), file_status([{"stage": "layout"}])
    ('ok', 'partial', 'ok')
    """
    return "partial" if any(e["stage"] in GAVE_UP_STAGES for e in errors) else "ok"


def ner_missing_rows(ner: str, documents: list[dict], run_id: str, path: str, sha: str | None) -> list[dict]:
    """An errors row when named entities were asked for but no NER model is installed."""
    if ner == "off" or not documents:
        return []
    from seidou.ner.entities import MODEL_DIR, load_model

    if load_model() is not None:
        return []
    return [
        error_row(
            run_id,
            path,
            sha,
            "ner",
            "ner_model_missing",
            f"named entities asked for (--ner {ner}) but no NER model at {MODEL_DIR}: only rule entities written",
        )
    ]


def _page_list(pages: list[int], most: int = 20) -> str:
    shown = ", ".join(map(str, pages[:most]))
    return shown + (f" and {len(pages) - most} more" if len(pages) > most else "")


# Pages are laid out and segmented in windows of this many pages, so memory follows the window,
# not the file (a 1,000-page edition). A document cut by a window edge becomes two documents, the
# second marked continues_previous. SEIDOU_WINDOW_PAGES overrides it.
WINDOW_PAGES = int(os.environ.get("SEIDOU_WINDOW_PAGES", "100"))
PADES_SECONDS = 120.0


def page_windows(n_pages: int, size: int | None = None) -> list[tuple[int, int]]:
    """1-based inclusive page ranges of at most ``size`` pages.

    >>> page_windows(450, 200)
    [(1, 200), (201, 400), (401, 450)]
    """
    size = size or WINDOW_PAGES
    return [(a, min(a + size - 1, n_pages)) for a in range(1, n_pages + 1, size)]


def page_error_rows(layout: Layout, run_id: str, path: str, sha: str) -> list[dict]:
    return [
        error_row(run_id, path, sha, "layout", "page_unreadable", p.error, p.number) for p in layout.pages if p.error
    ] + [error_row(run_id, path, sha, "ocr", "ocr_failed", p.ocr_error, p.number) for p in layout.pages if p.ocr_error]


def page_rows(layout: Layout, sha: str, run_id: str) -> list[dict]:
    """One row per page (its furniture text as read: process_file masks CPFs in every row, in one place)."""
    return [
        {
            "file_sha256": sha,
            "page": p.number,
            "width": p.width,
            "height": p.height,
            "rotation": p.rotation,
            "n_chars": p.n_chars,
            "n_columns": p.n_columns,
            "ocr": p.needs_ocr,
            "text_source": p.text_source if p.error is None else None,
            "header": p.header_text or None,
            "footer": p.footer_text or None,
            "margin": p.margin_text or None,
            "error": p.error,
            "run_id": run_id,
        }
        for p in layout.pages
    ]


def document_and_fact_rows(
    sha: str,
    layout: Layout,
    run_id: str,
    *,
    unmask_cpf: bool = False,
    inlabs_act: inlabs.InlabsAct | None = None,
    ner: str = "targeted",
    context: FileContext | None = None,
) -> tuple[list[dict], dict[str, list[dict]]]:
    """Segment the file into documents; each gets its row and its fact rows (offsets into its text).
    An INLABS act is one document; its XML attributes give the DOU facts. ``context`` carries the
    origin, the inherited órgão and the document count from one page window of a file to the next."""
    context = FileContext() if context is None else context
    if inlabs_act is not None:
        origin, header = "dou", dou_header_of(inlabs_act)
        segments = [Segment(0, len(layout.text), False, 0, [])]
    else:
        if context.origin is None:
            context.origin = origin_of(layout)
        origin, header = context.origin
        segments = segment(layout, origin)
    documents: list[dict] = []
    tables: dict[str, list[dict]] = {}
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
        published = row["dou_date"] or (gazette_date(part, layout) if origin in ("gazette", "municipal") else None)
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
        pending.append((text, part, row, found.body, facts_of_doc))
        documents.append(row)
    # NER over all documents in one stream, then the entities and findings of each
    ner_found = ner_entities_many([p[0] for p in pending], ner)
    for (text, part, row, body, facts_of_doc), ents in zip(pending, ner_found):
        facts_of_doc["entities"] = entity_rows(text, part, row, run_id, body, facts_of_doc, ner, found=ents)
        facts_of_doc["findings"] = findings(row, facts_of_doc, run_id)
        for table, rows in facts_of_doc.items():
            tables.setdefault(table, []).extend(rows)
    context.orgao, context.seq = orgao, seq0 + len(segments)
    context.last_sei = segments[-1].sei_number if segments else None
    return documents, tables


def pades_rows(path: str, doc: dict, run_id: str, unmask_cpf: bool) -> list[dict]:
    """Signatures embedded in the PDF belong to the file; they are given to its first document."""
    rows = []
    for sig in read_signatures(path, unmask_cpf=unmask_cpf):
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


def table_rows(
    path: str,
    layout: Layout,
    documents: list[dict],
    run_id: str,
    *,
    engine: str = "ruled",
    doc=None,
    first_table_no: int = 0,
) -> tuple[list[dict], list[dict]]:
    """Cells of the ruled tables (``engine``: seidou.io.tables), each given to the document whose
    pages hold it; and an errors row for each page where the search failed or ran past its CPU
    time. ``doc``: the file open in PDFium; ``first_table_no``: tables of the file's earlier windows."""
    pages = pages_to_search(layout.pages, engine)
    out = []
    cells, failures = read_tables(path, pages, engine=engine, doc=doc, first_table_no=first_table_no)
    extractor = TABLES_EXTRACTORS[engine]
    sha = documents[0]["file_sha256"] if documents else None
    errors = [error_row(run_id, path, sha, "tables", f.error_type, f.message, f.page) for f in failures]
    holder: dict[int, dict] = {}  # page → the first document whose pages hold it (a DOU: 900 documents)
    for cell in cells:
        doc = holder.get(cell.page)
        if doc is None:
            doc = holder[cell.page] = next(
                (d for d in documents if (d["page_start"] or 0) <= cell.page <= (d["page_end"] or 0)), documents[0]
            )
        box = cell.box or (None, None, None, None)
        out.append(
            {
                "run_id": run_id,
                "doc_id": doc["doc_id"],
                "file_sha256": doc["file_sha256"],
                "table_no": cell.table_no,
                "row": cell.row,
                "col": cell.col,
                "text": cell.text,
                "page": cell.page,
                "x0": box[0],
                "top": box[1],
                "x1": box[2],
                "bottom": box[3],
                "extractor": extractor,
            }
        )
    return out, errors


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
    if seg.sei_number or SEI_MARK.search(text):
        return "sei"
    if MUNICIPAL_MARK.search(text[:20000]):
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


def process_inlabs(path: str, run_id: str, *, unmask_cpf: bool = False, ner: str = "targeted") -> FileResult:
    """One INLABS XML act: the same documents, facts and clauses as a PDF page gives."""
    started = time.perf_counter()
    try:
        sha, size = sha256_of(path)
        act = inlabs.read_act(path)
    except SeidouError as e:
        return failed_result(path, run_id, e.stage, e.error_type, str(e), started)
    layout = inlabs.layout_of(act)
    documents, facts_rows = document_and_fact_rows(sha, layout, run_id, unmask_cpf=unmask_cpf, inlabs_act=act, ner=ner)
    errors = ner_missing_rows(ner, documents, run_id, path, sha)
    files = [
        {
            "file_sha256": sha,
            "path": path,
            "bytes": size,
            "pages": None,
            "producer": "INLABS XML",
            "text_layer": "yes",
            "encrypted": False,
            "has_signature_fields": False,
            "status": file_status(errors),
            "run_id": run_id,
            "pipeline_version": __version__,
            "seconds": time.perf_counter() - started,
        }
    ]
    rows = {"files": files, "documents": documents, "errors": errors, **facts_rows}
    return FileResult(path, sha, file_status(errors), 0, rows, layout)


def failed_result(
    path: str,
    run_id: str,
    stage: str,
    error_type: str,
    message: str,
    started: float | None = None,
    *,
    hashed: tuple[str | None, int | None] | None = None,
) -> FileResult:
    """A failed file: its ``files`` row (status 'failed') and one ``errors`` row. ``hashed`` gives its
    (sha256, size) when known or not to be read here (the parent of a killed worker); otherwise the
    file is hashed, if it can be."""
    if hashed is not None:
        sha, size = hashed
    else:
        try:
            sha, size = sha256_of(path)
        except Exception:  # noqa: BLE001 - unreadable, not a regular file, changed: the row says why
            sha, size = None, None
    files = [
        {
            "file_sha256": sha,
            "path": path,
            "bytes": size,
            "pages": None,
            "producer": None,
            "text_layer": None,
            "encrypted": error_type == "encrypted",
            "has_signature_fields": None,
            "status": "failed",
            "run_id": run_id,
            "pipeline_version": __version__,
            "seconds": None if started is None else time.perf_counter() - started,
        }
    ]
    errors = [error_row(run_id, path, sha, stage, error_type, message)]
    return FileResult(path, sha, "failed", 0, {"files": files, "errors": errors})


def process_safely(path: str, run_id: str, options: Options) -> FileResult:
    """:func:`process_file`, with any unexpected exception turned into the file's failed result (re-raised
    with ``strict``): what a batch runs for each file, in this process, a worker or a Dask task."""
    try:
        return process_file(path, run_id, options)
    except Exception as e:
        if options.strict:
            raise
        return failed_result(path, run_id, "internal", type(e).__name__, str(e))
