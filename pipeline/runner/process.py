"""One file through the stages: its rows for every table (nothing written).

The stages are one ordered list, ``STAGES`` (``INLABS_STAGES`` for an INLABS XML act), each a small
function of a :class:`~seidou.runner.stages.base.FileRun` declared with its name (in the file result's
CPU ``timings`` and in ``errors.stage``), whether it runs per page window, its CPU-time limit and what
its failure means (stages.base). :func:`process_file` runs the list; the functions other code calls
directly (``read_layout``, ``lay_out``, ``merge_pades``, ``failed_result`` ...) are re-exported here.
"""

from __future__ import annotations

from seidou.io import inlabs
from seidou.options import Options
from seidou.runner.stages import documents, pades, pdf, rows, tables
from seidou.runner.stages import inlabs as act
from seidou.runner.stages.base import FAIL, ROW, FileContext, FileRun, Stage, gave_up_stages, run_stages
from seidou.runner.stages.documents import document_and_fact_rows
from seidou.runner.stages.pades import PADES_SECONDS, merge_pades, pades_rows
from seidou.runner.stages.pdf import WINDOW_PAGES, is_blank, lay_out, ocr_scanned, page_windows, read_layout
from seidou.runner.stages.results import FileResult, error_row, failed_result
from seidou.runner.stages.rows import page_error_rows, page_rows
from seidou.runner.stages.tables import table_rows

# The stages of a PDF, in order. The per-window ones run for each page window (stages.pdf.WINDOW_PAGES)
# with the file's FileContext carried from one window to the next.
STAGES: tuple[Stage, ...] = (
    Stage("open", pdf.open_pdf, on_error=FAIL),  # a file that cannot be opened fails as its error says
    Stage("facts", pdf.file_facts),
    Stage("read", pdf.read_pages, per_window=True, on_error=FAIL, errors_as="layout"),
    Stage("ocr", pdf.ocr, per_window=True, on_error=FAIL, errors_as="layout", gives_up=True),
    Stage("layout", pdf.layout, per_window=True, on_error=FAIL),
    Stage("documents", documents.documents, per_window=True),
    Stage("ner", documents.ner, per_window=True, gives_up=True),
    Stage("pages", rows.pages, per_window=True),
    Stage("tables", tables.tables, per_window=True, on_error=ROW, message="table search failed", gives_up=True),
    Stage("gaps", rows.gaps),
    Stage("files", rows.files),
    Stage(
        "pades",
        pades.pades,
        on_error=ROW,
        message="cannot read PDF signatures",
        cpu_seconds=PADES_SECONDS,
        doing="reading the PDF signatures",
        gives_up=True,
    ),
    Stage("status", rows.status),
    Stage("mask", rows.mask, always=True),
)

# An INLABS XML act: one document, no pages, no tables, no embedded signatures.
INLABS_STAGES: tuple[Stage, ...] = (
    Stage("open", act.read_act, on_error=FAIL),
    Stage("layout", act.lay_out_act, per_window=True),
    Stage("documents", documents.documents, per_window=True),
    Stage("ner", documents.ner, per_window=True, gives_up=True),
    Stage("gaps", rows.gaps),
    Stage("files", rows.files),
    Stage("status", rows.status),
    Stage("mask", rows.mask, always=True),
)

# Stages whose errors rows mean that the stage gave up on part of the file (a time limit, a missing
# engine or model, a signature that could not be read): the file is 'partial' and the next run
# processes it again. Errors of the file's own content (an unreadable page) leave it 'ok'.
GAVE_UP_STAGES = gave_up_stages(STAGES)


def file_status(errors: list[dict]) -> str:
    """'partial' when a stage gave up on part of the file, else 'ok'.

    >>> file_status([]), file_status([{"stage": "tables"}]), file_status([{"stage": "layout"}])
    ('ok', 'partial', 'ok')
    """
    return rows.file_status(errors, GAVE_UP_STAGES)


def process_file(path: str, run_id: str, options: Options | None = None, **changes) -> FileResult:
    """One file through every stage: its rows for every table (nothing written). ``options`` (or keyword
    changes to the defaults, ``process_file(p, r, ner="off")``) choose tables, NER, OCR and masking."""
    opts = (options or Options()).with_(**changes) if changes else (options or Options())
    stages = INLABS_STAGES if inlabs.is_inlabs(path) else STAGES
    return run_stages(FileRun(path, run_id, opts), stages)


def process_safely(path: str, run_id: str, options: Options) -> FileResult:
    """:func:`process_file`, with any unexpected exception turned into the file's failed result (re-raised
    with ``strict``): what a batch runs for each file, in this process, a worker or a Dask task."""
    try:
        return process_file(path, run_id, options)
    except Exception as e:
        if options.strict:
            raise
        return failed_result(path, run_id, "internal", type(e).__name__, str(e))


__all__ = [
    "GAVE_UP_STAGES",
    "INLABS_STAGES",
    "PADES_SECONDS",
    "STAGES",
    "WINDOW_PAGES",
    "FileContext",
    "FileResult",
    "Stage",
    "document_and_fact_rows",
    "error_row",
    "failed_result",
    "file_status",
    "is_blank",
    "lay_out",
    "merge_pades",
    "ocr_scanned",
    "pades_rows",
    "page_error_rows",
    "page_rows",
    "page_windows",
    "process_file",
    "process_safely",
    "read_layout",
    "table_rows",
]
