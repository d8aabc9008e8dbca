"""The stages that write a file's own rows: ``pages`` (one row per page, and the errors of unreadable
pages), ``gaps`` (what was not read: abandoned pages, scanned pages without Tesseract, entities without
a model), ``files`` (the file's row), ``status`` (ok or partial, and the file's result) and ``mask``
(CPFs masked in every string of every row)."""

from __future__ import annotations

import time
from collections.abc import Iterable

from seidou import __version__
from seidou.io.pdf import MAX_UNREADABLE_RUN
from seidou.layout.compose import Layout
from seidou.privacy import mask_rows
from seidou.runner.stages import pdf as pdf_stages
from seidou.runner.stages.base import FileRun
from seidou.runner.stages.results import FileResult, error_row


def pages(run: FileRun) -> None:
    """Stage ``pages``: the window's page rows and the errors rows of its unreadable pages."""
    run.errors += page_error_rows(run.layout, run.run_id, run.path, run.sha)
    run.pages += page_rows(run.layout, run.sha, run.run_id)
    run.last_layout = run.layout if run.pdf.n_pages <= pdf_stages.WINDOW_PAGES else None


def gaps(run: FileRun) -> None:
    """Stage ``gaps``: errors rows for what was not read (pages past a run of unloadable ones, scanned
    pages with no Tesseract, entities asked for with no model)."""
    facts = run.facts
    abandoned_at = run.pdf.abandoned_at if run.pdf is not None else None
    if abandoned_at:
        run.errors.append(
            run.error_row(
                "layout",
                "pages_abandoned",
                f"pages {abandoned_at}-{facts.pages} were not read: the file claims {facts.pages} pages and "
                f"the {MAX_UNREADABLE_RUN} pages before them could not be loaded",
                abandoned_at,
            )
        )
    if run.unread:
        run.errors.append(
            run.error_row(
                "ocr",
                "ocr_unavailable",
                f"{len(run.unread)} scanned page(s) not read: Tesseract (with Portuguese data) is not installed "
                f"(pages {_page_list(run.unread)})",
                run.unread[0],
            )
        )
    run.errors += ner_missing_rows(run.opts.ner, run.documents, run.run_id, run.path, run.sha)


def files(run: FileRun) -> None:
    """Stage ``files``: the file's row (its status is set by the ``status`` stage)."""
    facts = run.facts
    readable = [p for p in run.pages or () if p["error"] is None]
    if readable and all(p["n_chars"] == 0 for p in readable):
        text_layer = "no"
    elif any(p["ocr"] for p in readable):
        text_layer = "partial"
    else:
        text_layer = "yes"
    run.files = [
        {
            "file_sha256": run.sha,
            "path": run.path,
            "bytes": facts.bytes,
            "pages": facts.pages,
            "producer": facts.producer,
            "text_layer": text_layer,
            "encrypted": facts.encrypted,
            "has_signature_fields": facts.has_signature_fields,
            "status": "ok",
            "run_id": run.run_id,
            "pipeline_version": __version__,
            "seconds": time.perf_counter() - run.started,
        }
    ]


def status(run: FileRun) -> None:
    """Stage ``status``: 'partial' when a stage gave up on part of the file, else 'ok'; the file's result."""
    status = file_status(run.errors, run.gave_up)
    run.files[0]["status"] = status
    rows = {"files": run.files}
    if run.pages is not None:
        rows["pages"] = run.pages
    rows.update({"documents": run.documents, "errors": run.errors, **run.facts_rows})
    run.result = FileResult(run.path, run.sha, status, run.facts.pages or 0, rows, run.last_layout)


def mask(run: FileRun) -> None:
    """Stage ``mask`` (also on a failed file): LGPD, every string of every row in one place (offsets stay true)."""
    if not run.opts.unmask_cpf:
        mask_rows(run.result.rows)


def file_status(errors: list[dict], gave_up: Iterable[str]) -> str:
    """'partial' when an errors row comes from a stage that gave up on part of the file, else 'ok'.

    >>> file_status([], {"tables"}), file_status([{"stage": "tables"}], {"tables"})
    ('ok', 'partial')
    """
    gave_up = frozenset(gave_up)
    return "partial" if any(e["stage"] in gave_up for e in errors) else "ok"


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


def page_error_rows(layout: Layout, run_id: str, path: str, sha: str) -> list[dict]:
    return [
        error_row(run_id, path, sha, "layout", "page_unreadable", p.error, p.number) for p in layout.pages if p.error
    ] + [error_row(run_id, path, sha, "ocr", "ocr_failed", p.ocr_error, p.number) for p in layout.pages if p.ocr_error]


def page_rows(layout: Layout, sha: str, run_id: str) -> list[dict]:
    """One row per page (its furniture text as read: the mask stage masks CPFs in every row, in one place)."""
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
