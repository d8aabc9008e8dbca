"""One self-contained HTML file for an auditor: the run summary, the findings, and per document its
pages with the box of every extracted row drawn beside the rows (`seidou report`)."""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import pandas as pd

from seidou.io.render import COLORS, Renderer, legend

FACT_TABLES = ["identifiers", "amounts", "references", "signatures", "parties", "vigencia", "clauses", "tables"]
SHOWN = {
    "identifiers": ["kind", "raw", "value", "valid"],
    "amounts": ["raw", "value", "extenso_value", "extenso_match", "role"],
    "references": ["norm_id", "raw"],
    "signatures": ["kind", "name", "cargo", "signed_at", "integrity_ok"],
    "parties": ["role", "name", "cnpj", "cnpj_valid", "representative_name"],
    "vigencia": ["start", "end", "duration_value", "duration_unit", "anchor", "resolved"],
    "clauses": ["level", "number", "label", "title"],
    "tables": ["table_no", "row", "col", "text"],
}
CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
th{background:#f4f4f4;text-align:left}.page{display:flex;gap:16px;align-items:flex-start;margin:16px 0}
.page img{width:560px;border:1px solid #999}.rows{flex:1;overflow:auto;max-height:800px}
.swatch{display:inline-block;width:12px;height:12px;margin:0 4px 0 10px;vertical-align:middle}
.finding{color:#a00}.small{color:#666;font-size:12px}
"""


def _read(out: Path, table: str) -> pd.DataFrame:
    """A table as read by a user (a glob of its parts), or an empty frame; a folder the report cannot
    read (a part of another version, a damaged file) is shown as empty, not the end of the report."""
    folder = out / table
    parts = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if not parts:
        return pd.DataFrame()
    try:
        return pd.read_parquet(folder)
    except Exception:  # noqa: BLE001
        return pd.DataFrame()


def _int(value, default: int | None = None) -> int | None:
    """An int from a value that may be None, NaN or pd.NA."""
    try:
        if value is None or pd.isna(value):
            return default
        return int(value)
    except (TypeError, ValueError):
        return default


def _str(value, default: str = "") -> str:
    try:
        if value is None or pd.isna(value):
            return default
    except (TypeError, ValueError):
        pass
    return str(value)


def _table(df: pd.DataFrame, cols: list[str] | None = None, limit: int = 200, css: str = "") -> str:
    if df.empty:
        return "<p class='small'>none</p>"
    if cols:
        df = df[[c for c in cols if c in df.columns]]
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if pd.isna(v) else str(v))[:300]}</td>" for v in row) + "</tr>"
        for row in df.head(limit).itertuples(index=False)
    )
    more = f"<p class='small'>… {len(df) - limit} more</p>" if len(df) > limit else ""
    return f"<table class='{css}'><tr>{head}</tr>{body}</table>{more}"


def _jpeg(image) -> str:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=70, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def build_report(
    out_dir: str | Path, *, max_documents: int = 30, max_pages_per_document: int = 3, renderer: Renderer | None = None
) -> str:
    """The report's HTML. Pages are drawn by ``renderer`` (a new :class:`Renderer`, under a run's memory
    limit, by default); a page it cannot draw is shown as a placeholder saying why."""
    out = Path(out_dir)
    files, pages, docs = _read(out, "files"), _read(out, "pages"), _read(out, "documents")
    errors, findings, runs = _read(out, "errors"), _read(out, "findings"), _read(out, "runs")
    facts = {t: _read(out, t) for t in FACT_TABLES}
    parts = [
        f"<!doctype html><html lang='pt-BR'><head><meta charset='utf-8'><title>seidou report</title>"
        f"<style>{CSS}</style></head><body><h1>seidou report</h1>"
    ]
    # summary
    parts.append("<h2 id='summary'>Run summary</h2>")
    summary = {
        "files": len(files),
        "pages": len(pages),
        "documents": len(docs),
        "failed files": int((files["status"] == "failed").sum()) if "status" in files else 0,
        "partial files": int((files["status"] == "partial").sum()) if "status" in files else 0,
        "errors": len(errors),
        "findings": len(findings),
        "runs": len(runs),
    }
    parts.append(_table(pd.DataFrame([summary])))
    rows_per_table = pd.DataFrame([{"table": t, "rows": len(df)} for t, df in facts.items()])
    parts.append(_table(rows_per_table))
    if not docs.empty:
        by_type = docs.groupby(["origin", "doc_type"], dropna=False).size().reset_index(name="documents")
        by_type = by_type.astype({"origin": str, "doc_type": str})
        parts.append("<h3>Documents by origin and type</h3>" + _table(by_type))
    if not errors.empty:
        parts.append(
            "<h3>Errors by stage</h3>"
            + _table(errors.groupby(["stage", "error_type"], dropna=False).size().reset_index(name="n"))
        )
        parts.append(_table(errors, ["path", "stage", "error_type", "message"]))
    # findings
    parts.append("<h2 id='findings'>Findings</h2>")
    parts.append(_table(findings, ["kind", "message", "doc_id", "page", "expected", "found"], css="finding"))
    # per document
    parts.append(
        "<h2 id='documents'>Documents</h2><p>"
        + "".join(f"<span class='swatch' style='background:{c}'></span>{t}" for t, c in legend())
        + "</p>"
    )
    if not docs.empty and "doc_id" in docs:
        path_of = dict(zip(files["file_sha256"], files["path"])) if {"file_sha256", "path"} <= set(files) else {}
        counts = findings["doc_id"].value_counts() if "doc_id" in findings else pd.Series(dtype=int)
        ranked = docs.assign(n_findings=docs["doc_id"].map(counts).fillna(0))
        ranked = ranked.sort_values(["n_findings", "file_sha256", "seq"], ascending=[False, True, True])
        with renderer or Renderer() as draw:
            for _, d in ranked.head(max_documents).iterrows():
                try:
                    parts.append(_document(d, path_of.get(d["file_sha256"]), facts, max_pages_per_document, draw))
                except Exception as e:  # noqa: BLE001 - one document must not end the report
                    parts.append(
                        f"<section class='document'><p class='small'>document {html.escape(_str(d.get('doc_id')))}"
                        f" could not be shown: {html.escape(type(e).__name__)}: {html.escape(str(e)[:200])}</p></section>"
                    )
    parts.append("</body></html>")
    return "".join(parts)


def _document(d, pdf_path: str | None, facts: dict[str, pd.DataFrame], max_pages: int, renderer: Renderer) -> str:
    title = d["title"] if isinstance(d.get("title"), str) else f"{_str(d.get('doc_type'), 'document')} (untitled)"
    first, last = _int(d.get("page_start")), _int(d.get("page_end"))
    pages_label = f"pages {first}–{last}" if first is not None else "no pages"
    head = (
        f"<section class='document' id='doc-{html.escape(_str(d.get('doc_id')))}'><h3>{html.escape(title)}</h3>"
        f"<p class='small'>{html.escape(_str(pdf_path))} · document {_str(d.get('seq'))} · {pages_label} · "
        f"{html.escape(_str(d.get('origin')))} / {html.escape(_str(d.get('doc_type')))}</p>"
    )
    rows_by_table = {t: df[df["doc_id"] == d["doc_id"]] for t, df in facts.items() if not df.empty and "doc_id" in df}
    body = []
    if first is None:  # an INLABS act or a document without pages: its rows, no page view
        tables = "".join(
            f"<h4>{t}</h4>" + _table(df, SHOWN.get(t), limit=60) for t, df in rows_by_table.items() if not df.empty
        )
        return head + f"<div class='rows'>{tables or 'no rows'}</div></section>"
    last = last if last is not None and last >= first else first
    for page in range(first, min(last, first + max_pages - 1) + 1):
        on_page = {t: df[df["page"] == page] for t, df in rows_by_table.items() if "page" in df}
        img = ""
        if pdf_path and Path(pdf_path).is_file():
            records = {t: df.to_dict("records") for t, df in on_page.items()}
            drawn = renderer.draw(pdf_path, page, records, scale=1.0)
            alt = html.escape(f"page {page}" + (f" (not drawn: {drawn.error})" if drawn.error else ""), quote=True)
            img = f"<img alt='{alt}' src='{_jpeg(drawn.image)}'>"
        tables = "".join(
            f"<h4 style='color:rgb{COLORS[t]}'>{t}</h4>" + _table(df, SHOWN.get(t), limit=60)
            for t, df in on_page.items()
            if not df.empty and t in COLORS
        )
        body.append(f"<div class='page' data-page='{page}'>{img}<div class='rows'>{tables or 'no rows'}</div></div>")
    return head + "".join(body) + "</section>"


def write_report(out_dir: str | Path, html_path: str | Path, **kw) -> Path:
    path = Path(html_path)
    path.write_text(build_report(out_dir, **kw), encoding="utf-8")
    return path
