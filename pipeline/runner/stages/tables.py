"""Stage ``tables``: the cells of a window's ruled tables, each given to the document whose pages hold it."""

from __future__ import annotations

from seidou.io.tables import EXTRACTORS as TABLES_EXTRACTORS
from seidou.io.tables import pages_to_search, read_tables
from seidou.layout.compose import Layout
from seidou.runner.stages.base import FileRun
from seidou.runner.stages.results import error_row


def tables(run: FileRun) -> None:
    """The window's table cells and the errors rows of the pages where the search failed or ran out of time."""
    if run.opts.tables == "off" or not run.docs:
        return
    cells, table_errors = table_rows(
        run.path,
        run.layout,
        run.docs,
        run.run_id,
        engine=run.opts.tables,
        doc=run.pdf.doc,
        first_table_no=run.context.tables_so_far,
    )
    run.context.tables_so_far = max([run.context.tables_so_far] + [c["table_no"] for c in cells])
    run.facts_rows.setdefault("tables", []).extend(cells)
    run.errors.extend(table_errors)


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
    for cell in cells:
        doc = next((d for d in documents if (d["page_start"] or 0) <= cell.page <= (d["page_end"] or 0)), documents[0])
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
