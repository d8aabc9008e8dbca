"""A batch run: discover the input PDFs, process each, write the tables, report a summary."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from seidou import __version__
from seidou.io.parquet import PartWriter
from seidou.io.pdf import sha256_of
from seidou.options import Options, default_workers
from seidou.runner.process import FileResult, failed_result, process_safely
from seidou.schemas import WRITTEN
from seidou.runner.workers import process_parallel

# Rows are flushed to part files every this many input files (SEIDOU_FLUSH_EVERY overrides it).
FLUSH_EVERY_FILES = int(os.environ.get("SEIDOU_FLUSH_EVERY", "50"))


@dataclass
class RunSummary:
    run_id: str
    out_dir: str
    n_files: int = 0
    n_ok: int = 0
    n_failed: int = 0
    n_skipped: int = 0
    n_pages: int = 0
    n_documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def n_errors(self) -> int:
        return self.rows.get("errors", 0)

    def format(self) -> str:
        lines = [
            f"run {self.run_id} → {self.out_dir}",
            f"files: {self.n_files} (ok {self.n_ok}, failed {self.n_failed}, skipped {self.n_skipped})",
            f"pages: {self.n_pages}   documents: {self.n_documents}   errors: {self.n_errors}",
            "rows: " + ", ".join(f"{t} {n}" for t, n in sorted(self.rows.items())),
            f"seconds: {self.seconds:.2f}",
        ]
        return "\n".join(lines)


def discover(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Files named directly, and every ``*.pdf`` and INLABS ``*.xml`` (any case) under the folders
    named, sorted."""
    found: set[str] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.update(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".pdf", ".xml"))
        elif p.exists():
            found.add(str(p))
        else:
            raise FileNotFoundError(f"no such file or folder: {item}")
    return sorted(found)


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def run(
    inputs: Iterable[str | os.PathLike],
    out_dir: str | os.PathLike,
    options: Options | None = None,
    *,
    args: dict | None = None,
    progress: Callable[[str], None] | None = None,
    **changes,
) -> RunSummary:
    """Process every input PDF into the tables under ``out_dir``. One bad file never stops the run.
    A file whose sha256 was already processed by this pipeline version (``files.status = 'ok'``) is
    skipped (``status = 'skipped'``) unless ``force``. ``executor='dask'`` maps the files over the
    Dask cluster at ``scheduler`` (seidou.runner.dask_executor) instead of local worker processes. With
    ``workers=1`` files run in this process (no time or memory limit) unless ``isolate``.
    ``options`` (or keyword changes to the defaults: ``run(paths, out, ner="off")``) says how."""
    opts = (options or Options()).with_(**changes) if changes else (options or Options())
    strict, force, workers = opts.strict, opts.force, opts.workers or default_workers(opts.limits.memory_mb)
    started_at = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    paths = discover(inputs)
    run_id = new_run_id(started_at)
    writer = PartWriter(out_dir, run_id)
    writer.recover()
    summary = RunSummary(run_id, str(out_dir), n_files=len(paths))
    done = set() if force else already_done(out_dir)
    plan: list[tuple[str, str | None, bool]] = []  # (path, sha256, process it?)
    seen: set[str] = set()
    for path in paths:
        try:
            sha = sha256_of(path)[0]
        except OSError:
            sha = None
        skip = sha is not None and ((sha, __version__) in done or sha in seen)
        if sha is not None:
            seen.add(sha)
        plan.append((path, sha, not skip))
    todo = [path for path, _sha, go in plan if go]
    if opts.executor == "dask":
        from seidou.runner.dask_executor import process_dask

        results = (r for _i, r in process_dask(todo, run_id, opts.scheduler, opts, opts.limits))
    elif (workers > 1 and len(todo) > 1) or (opts.isolate and todo):
        results = (r for _i, r in process_parallel(todo, run_id, workers, opts.limits, opts))
    else:
        results = (process_safely(path, run_id, opts) for path in todo)
    for k, (path, sha, go) in enumerate(plan, 1):
        if go:
            result = next(results)
            try:
                writer.add_all(result.rows)
            except Exception as e:  # a value the schema cannot hold must not stop the run
                if strict:
                    raise
                result = failed_result(path, run_id, "write", type(e).__name__, f"rows cannot be written: {e}")
                writer.add_all(result.rows)
            _account(summary, result)
        else:
            summary.n_skipped += 1
            writer.add("files", [skipped_row(path, sha, run_id)])
        if k % FLUSH_EVERY_FILES == 0:
            writer.flush()
        if progress:
            progress(path)
    summary.seconds = time.perf_counter() - t0
    writer.add(
        "runs",
        [
            {
                "run_id": run_id,
                "started_at": started_at,
                "finished_at": dt.datetime.now(dt.timezone.utc),
                "pipeline_version": __version__,
                "args": json.dumps(args or {}, ensure_ascii=False, sort_keys=True, default=str),
                "n_files": summary.n_files,
                "n_ok": summary.n_ok,
                "n_failed": summary.n_failed,
                "n_skipped": summary.n_skipped,
                "n_pages": summary.n_pages,
                "seconds": summary.seconds,
            }
        ],
    )
    writer.flush()
    writer.ensure_tables(WRITTEN)
    summary.rows = {t: writer.counts.get(t, 0) for t in WRITTEN}
    return summary


def already_done(out_dir: str | os.PathLike) -> set[tuple[str, str]]:
    """(sha256, pipeline version) of the files an earlier run processed successfully."""
    folder = Path(out_dir) / "files"
    if not folder.exists() or not any(folder.glob("part-*.parquet")):
        return set()
    import pyarrow.dataset as ds

    table = ds.dataset(str(folder), format="parquet").to_table(columns=["file_sha256", "pipeline_version", "status"])
    return {
        (sha, ver)
        for sha, ver, status in zip(*(table.column(c).to_pylist() for c in table.column_names))
        if status == "ok" and sha
    }


def skipped_row(path: str, sha: str, run_id: str) -> dict:
    return {
        "file_sha256": sha,
        "path": path,
        "bytes": os.path.getsize(path),
        "pages": None,
        "producer": None,
        "text_layer": None,
        "encrypted": None,
        "has_signature_fields": None,
        "status": "skipped",
        "run_id": run_id,
        "pipeline_version": __version__,
        "seconds": 0.0,
    }


def _account(summary: RunSummary, result: FileResult) -> None:
    if result.status == "ok":
        summary.n_ok += 1
    else:
        summary.n_failed += 1
    summary.n_pages += result.n_pages
    summary.n_documents += len(result.rows.get("documents", []))
