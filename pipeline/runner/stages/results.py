"""What one file gives: its :class:`FileResult`, an errors row, and the result of a file that failed."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from seidou import __version__
from seidou.io.pdf import sha256_of
from seidou.layout.compose import Layout


@dataclass
class FileResult:
    path: str
    sha256: str | None
    status: str  # 'ok' | 'partial' (a stage gave up on part of it: see errors) | 'failed'
    n_pages: int = 0
    rows: dict[str, list[dict]] = field(default_factory=dict)
    layout: Layout | None = None
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds of each stage (summed over windows)
    # rows of the tables other than files and errors already as Arrow tables (a worker's answer to a batch run,
    # converted there: seidou.runner.worker_main.with_arrow); ``rows`` then holds files and errors only
    arrow: dict | None = None

    def n_rows(self, table: str) -> int:
        """How many rows of ``table`` the file gave (as dicts or as Arrow)."""
        if self.arrow and table in self.arrow:
            return self.arrow[table].num_rows
        return len(self.rows.get(table, []))


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
