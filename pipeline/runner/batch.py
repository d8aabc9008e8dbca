"""A batch run: find the input files, hash them, process those the folder does not hold complete and
current, commit their rows (seidou.io.store) and report a summary.

One writer at a time (seidou.io.lock). Results are committed as they finish, every
``FLUSH_EVERY_FILES`` files or ``FLUSH_SECONDS`` seconds, whichever comes first, so a killed run
loses at most that much work. A file is processed again when its current row is not ``ok`` (``partial``
or ``failed``), was written by another pipeline version, or with ``force``; otherwise it is skipped
(``run_files`` says so; its rows stay as they are). Identical bytes under two names are processed once
per run (the second is a ``duplicate`` in ``run_files``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


from seidou import __version__
from seidou.io.lock import OutLock
from seidou.io.parquet import to_arrow
from seidou.io.fs import OutNotWritable, check_writable, output_error  # noqa: F401 - re-exported
from seidou.io.store import Item, Store
from seidou.options import Options, default_workers
from seidou.runner.inputs import NoInputError, Problem, discover, path_text
from seidou.runner.process import FileResult, failed_result, process_file
from seidou.runner.rows_arrow import to_tables
from seidou.schemas import WRITTEN

FLUSH_EVERY_FILES = int(os.environ.get("SEIDOU_FLUSH_EVERY", "50"))
FLUSH_SECONDS = float(os.environ.get("SEIDOU_FLUSH_SECONDS", "60"))


class StrictStop(Exception):
    """``strict``: a file failed; what was finished before it is committed."""

    def __init__(self, summary: RunSummary, path: str, message: str):
        super().__init__(f"stopped at {path_text(path)} (--strict): {message}")
        self.summary = summary


class Interrupted(Exception):
    """SIGINT or SIGTERM: the run stopped after committing what was finished."""

    def __init__(self, summary: RunSummary, signum: int):
        super().__init__(f"interrupted by {signal.Signals(signum).name}: finished files are committed")
        self.summary = summary
        self.signum = signum


@dataclass
class RunSummary:
    run_id: str
    out_dir: str
    n_files: int = 0
    n_ok: int = 0
    n_partial: int = 0
    n_failed: int = 0
    n_skipped: int = 0
    n_duplicate: int = 0
    n_pages: int = 0
    n_documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    partial: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    status: str = "finished"

    @property
    def n_errors(self) -> int:
        return self.rows.get("errors", 0)

    @property
    def n_done(self) -> int:
        return self.n_ok + self.n_partial + self.n_failed + self.n_skipped + self.n_duplicate

    def format(self, most: int = 10) -> str:
        lines = [
            f"run {self.run_id} → {self.out_dir}",
            f"files: {self.n_files} (ok {self.n_ok}, partial {self.n_partial}, failed {self.n_failed}, "
            f"skipped {self.n_skipped}, duplicate {self.n_duplicate})",
            f"pages: {self.n_pages}   documents: {self.n_documents}   errors: {self.n_errors}",
            "rows: " + ", ".join(f"{t} {n}" for t, n in sorted(self.rows.items())),
            f"seconds: {self.seconds:.2f}",
        ]
        for label, paths in (("partial", self.partial), ("failed", self.failed)):
            if paths:
                more = f" … and {len(paths) - most} more" if len(paths) > most else ""
                lines.append(f"{label}: " + ", ".join(path_text(p) for p in paths[:most]) + more)
        lines.append(self.last_line())
        return "\n".join(lines)

    def last_line(self) -> str:
        if self.status in ("interrupted", "stopped"):
            left = self.n_files - self.n_done
            return (
                f"{self.status} after {self.n_done} of {self.n_files} file(s) ({self.n_partial} partial, "
                f"{self.n_failed} failed); the next run processes the {left} left"
            )
        if self.n_partial or self.n_failed:
            return (
                f"done with {self.n_partial} partial and {self.n_failed} failed file(s): see the errors table; "
                "the next run processes them again"
            )
        return f"done: {self.n_files} file(s), all complete"


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


class _Signals:
    """SIGINT/SIGTERM set a flag the run checks between files; a second one stops at once."""

    def __init__(self) -> None:
        self.caught: int | None = None
        self.previous: dict[int, object] = {}

    def _handle(self, signum, _frame) -> None:
        if self.caught is not None:
            raise KeyboardInterrupt if signum == signal.SIGINT else SystemExit(128 + signum)
        self.caught = signum

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                self.previous[s] = signal.signal(s, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for s, handler in self.previous.items():
            signal.signal(s, handler)


def run(
    inputs: Iterable[str | os.PathLike],
    out_dir: str | os.PathLike,
    options: Options | None = None,
    *,
    args: dict | None = None,
    progress: Callable[[str], None] | None = None,
    on_file: Callable[[dict], None] | None = None,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    **changes,
) -> RunSummary:
    """Process every input file into the tables under ``out_dir`` (one bad file never stops the run,
    unless ``strict``). ``executor='dask'`` maps the files over a Dask cluster (seidou.runner.dask_executor);
    with ``workers=1`` files run in this process (no time or memory limit) unless ``isolate``.
    ``on_file`` gets one dict per input file (path, sha256, status, pages, seconds, errors); ``progress``
    the path. ``wait=False`` raises io.lock.LockBusy when another run holds the folder.
    Raises NoInputError, OutNotWritable, LockBusy, StrictStop, Interrupted, io.store.OutputError."""
    opts = (options or Options()).with_(**changes) if changes else (options or Options())
    paths, problems = discover(inputs)
    if not paths and not problems:
        raise NoInputError("no PDF or XML files under " + ", ".join(path_text(os.fspath(i)) for i in inputs))
    out = Path(out_dir)
    check_writable(out)
    started_at = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id(started_at)
    lock = OutLock(out, wait=wait, on_wait=on_wait)
    try:
        lock.acquire()
    except OSError as e:
        raise output_error(out, e) from None
    try:
        with _Signals() as signals:
            job = _Run(Store(out, run_id).open(), opts, paths, problems, signals, on_file, progress)
            try:
                job.go()
            except (StrictStop, Interrupted) as e:
                job.finish(started_at, args, "stopped" if isinstance(e, StrictStop) else "interrupted")
                raise
            job.finish(started_at, args, "finished")
            return job.summary
    finally:
        lock.release()


class _Run:
    def __init__(self, store: Store, opts: Options, paths, problems, signals, on_file, progress):
        self.store = store
        self.opts = opts
        self.paths: list[str] = paths
        self.problems: list[Problem] = problems
        self.signals = signals
        self.on_file = on_file
        self.progress = progress
        self.run_id = store.run_id
        self.summary = RunSummary(self.run_id, str(store.out), n_files=len(paths) + len(problems))
        self.t0 = time.perf_counter()
        self.hashes: dict[int, tuple] = {}
        self.pending: list[tuple[int, Item]] = []
        self.history: list[dict] = []
        self.last_commit = time.monotonic()
        workers = opts.workers or default_workers(opts.limits.memory_mb)
        self.local_pool = opts.executor != "dask" and ((workers > 1 and len(paths) > 1) or (opts.isolate and paths))
        self.workers = workers

    # -- the steps
    def go(self) -> None:
        for k, problem in enumerate(self.problems):
            result = failed_result(
                problem.path, self.run_id, "discover", problem.error_type, problem.message, hashed=(None, None)
            )
            self._done(-1 - k, result)
        pool = None
        if self.local_pool:
            from seidou.runner.workers import Pool

            pool = Pool(self.workers, self.run_id, self.opts.limits, self.opts)
        try:
            self._hash_all(pool)
            todo = self._plan()
            for index, result in self._results(pool, todo):
                self._done(index, result)
            self.commit()
        finally:
            if pool is not None:
                pool.close()

    def _hash_all(self, pool) -> None:
        if pool is None:
            from seidou.runner.worker_main import hash_answer

            for i, path in enumerate(self.paths):
                self.hashes[i] = hash_answer(path)
                self._check_signals()
            return
        for got in pool.run(self.paths, "hash"):
            if got is not None:
                self.hashes[got[0]] = got[1]
            self._tick()

    def _plan(self) -> list[int]:
        todo, seen = [], set()
        for i, path in enumerate(self.paths):
            answer = self.hashes[i]
            if answer[0] == "error":
                _kind, stage, error_type, message = answer
                self._done(i, failed_result(path, self.run_id, stage, error_type, message, hashed=(None, None)))
                continue
            sha = answer[1]
            entry = self.store.entries.get(sha)
            if sha in seen:
                self._record(i, path, sha, "duplicate")
            elif not self.opts.force and entry is not None and entry.current(__version__):
                self._record(i, path, sha, "skipped")
            else:
                todo.append(i)
            seen.add(sha)
        return todo

    def _results(self, pool, todo: list[int]) -> Iterator[tuple[int, FileResult]]:
        paths = [self.paths[i] for i in todo]
        if self.opts.executor == "dask":
            from seidou.runner.dask_executor import process_dask

            for j, result in process_dask(paths, self.run_id, self.opts.scheduler, self.opts, self.opts.limits):
                yield todo[j], result
        elif pool is not None:
            for got in pool.run(paths, "arrow"):
                if got is not None:
                    yield todo[got[0]], got[1]
                self._tick()
        else:
            for j, path in enumerate(paths):
                try:
                    result = process_file(path, self.run_id, self.opts)
                except Exception as e:  # noqa: BLE001 - one file must not stop the batch
                    result = failed_result(path, self.run_id, "internal", type(e).__name__, str(e))
                yield todo[j], result

    # -- one file's outcome
    def _done(self, index: int, result: FileResult) -> None:
        path = result.path
        known = self.hashes.get(index)
        if result.sha256 is None and known and known[0] == "ok":  # a worker killed on it: the hash is known
            result.sha256 = known[1]
            for table in ("files", "errors"):
                for row in result.rows.get(table, []):
                    row["file_sha256"] = known[1]
                    if table == "files":
                        row["bytes"] = known[2]
        item = self._item(result)
        self.pending.append((index, item))
        status = result.status
        s = self.summary
        if status == "ok":
            s.n_ok += 1
        elif status == "partial":
            s.n_partial += 1
            s.partial.append(path)
        else:
            s.n_failed += 1
            s.failed.append(path)
        s.n_pages += result.n_pages
        s.n_documents += result.n_rows("documents")
        files_row = (result.rows.get("files") or [{}])[0]
        errors = result.rows.get("errors", [])
        self._record(index, path, result.sha256, status, result.n_pages, files_row.get("seconds"), errors, count=False)
        if self.opts.strict and status == "failed":
            self.commit()
            raise StrictStop(self.summary, path, errors[0]["message"] if errors else status)
        if len(self.pending) >= FLUSH_EVERY_FILES:
            self.commit()
        self._tick()

    def _record(self, index, path, sha, status, pages=None, seconds=None, errors=(), *, count=True) -> None:
        if count:
            if status == "skipped":
                self.summary.n_skipped += 1
            else:
                self.summary.n_duplicate += 1
        self.history.append(
            {
                "run_id": self.run_id,
                "path": path_text(path),
                "path_bytes": os.fsencode(path),
                "file_sha256": sha,
                "status": status,
                "pages": pages,
                "seconds": seconds,
                "n_errors": len(errors),
                "pipeline_version": __version__,
                "_index": index,
            }
        )
        if self.on_file:
            self.on_file(
                {
                    "path": path_text(path),
                    "sha256": sha,
                    "status": status,
                    "pages": pages,
                    "seconds": seconds,
                    "errors": [{k: e.get(k) for k in ("stage", "error_type", "message", "page")} for e in errors],
                }
            )
        if self.progress:
            self.progress(path)

    def _item(self, result: FileResult) -> Item:
        path = result.path
        rows = result.rows
        for table in ("files", "errors"):
            for row in rows.get(table, []):
                row["path_bytes"] = os.fsencode(row["path"]) if isinstance(row.get("path"), str) else None
        try:
            arrow = {**(result.arrow or {}), **to_tables(rows)}  # a worker's answer: files and errors left
        except Exception as e:  # noqa: BLE001 - a value the schema cannot hold must not stop the run
            result.status = "failed"
            result.arrow = None
            failed = failed_result(
                path,
                self.run_id,
                "write",
                type(e).__name__,
                f"rows cannot be written: {e}",
                hashed=(result.sha256, None),
            )
            result.rows = failed.rows
            for row in failed.rows["files"] + failed.rows["errors"]:
                row["path_bytes"] = os.fsencode(path)
            arrow = to_tables(failed.rows)
        return Item(result.sha256, os.fsencode(path), arrow)

    # -- commits
    def _tick(self) -> None:
        if self.pending and time.monotonic() - self.last_commit >= FLUSH_SECONDS:
            self.commit()
        self._check_signals()

    def _check_signals(self) -> None:
        if self.signals.caught is not None:
            self.commit()
            raise Interrupted(self.summary, self.signals.caught)

    def commit(self, extra: dict[str, list[dict]] | None = None) -> None:
        self.pending.sort(key=lambda p: p[0])
        self.history.sort(key=lambda r: r["_index"])
        history = {"run_files": [{k: v for k, v in r.items() if k != "_index"} for r in self.history]}
        history.update(extra or {})
        history = {t: [to_arrow(t, rows)] for t, rows in history.items() if rows}
        self.store.commit([item for _i, item in self.pending], history)
        self.pending, self.history = [], []
        self.last_commit = time.monotonic()

    def finish(self, started_at: dt.datetime, args: dict | None, status: str) -> None:
        s = self.summary
        s.seconds = time.perf_counter() - self.t0
        s.status = status
        runs_row = {
            "run_id": self.run_id,
            "started_at": started_at,
            "finished_at": dt.datetime.now(dt.timezone.utc),
            "pipeline_version": __version__,
            "args": json.dumps(args or {}, ensure_ascii=False, sort_keys=True, default=str),
            "n_files": s.n_files,
            "n_ok": s.n_ok,
            "n_failed": s.n_failed,
            "n_skipped": s.n_skipped + s.n_duplicate,
            "n_pages": s.n_pages,
            "seconds": s.seconds,
            "n_partial": s.n_partial,
            "status": status,
        }
        self.commit({"runs": [runs_row]})
        self.store.ensure_tables(WRITTEN)
        s.rows = {t: self.store.counts.get(t, 0) for t in WRITTEN}
