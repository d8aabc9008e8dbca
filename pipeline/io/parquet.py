"""The one module that writes Parquet: part files per table, written atomically.

Layout on disk (docs/SPEC.md): ``OUT/<table>/part-<run_id>-<n>.parquet``. Each part is written
under a hidden temporary name and renamed when complete, so a killed run leaves no half file;
readers (pandas, pyarrow datasets, DuckDB globs on ``*.parquet``) never see the temporary.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from seidou.schemas import TABLES


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of ``table``'s schema (raises when a value does not fit it)."""
    return pa.Table.from_pylist(rows, schema=TABLES[table][0])


def write_part(out_dir: str | os.PathLike, table: str, run_id: str, n: int, rows: list[dict] | list[pa.Table]) -> Path:
    """Write ``rows`` (dicts, or Arrow tables of the table's schema) as one part file of ``table``."""
    schema = TABLES[table][0]
    folder = Path(out_dir) / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"part-{run_id}-{n:05d}.parquet"
    tmp = folder / f".part-{run_id}-{n:05d}.parquet.tmp"
    if rows and isinstance(rows[0], pa.Table):
        arrow = pa.concat_tables(rows)
    else:
        arrow = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(arrow, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, final)
    return final


class PartWriter:
    """Buffers rows per table and flushes them as numbered part files of one run.

    A flush writes one part per table, all with the same number, and the ``files`` part last: that part
    is the flush's commit mark. A run killed in the middle of a flush leaves parts without their
    ``files`` part; :meth:`recover` deletes them before the next run, which then processes those files
    again — so a killed run, re-run, ends with exactly the rows of an uninterrupted one.
    """

    def __init__(self, out_dir: str | os.PathLike, run_id: str):
        self.out_dir = Path(out_dir)
        self.run_id = run_id
        self.buffers: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.flushes = 0
        self.written: set[str] = set()

    def add(self, table: str, rows: list[dict]) -> None:
        self.add_all({table: rows})

    def add_all(self, rows: dict[str, list[dict]]) -> None:
        """Add the rows of one file to every table, or none of them: all are converted to their
        schemas first, so a value that does not fit raises here and nothing of the file is kept."""
        converted = {t: to_arrow(t, r) for t, r in rows.items() if r}
        for table, arrow in converted.items():
            self.buffers.setdefault(table, []).append(arrow)
            self.counts[table] = self.counts.get(table, 0) + arrow.num_rows

    def buffered(self) -> int:
        return sum(t.num_rows for v in self.buffers.values() for t in v)

    def flush(self, *, empty: tuple[str, ...] = ()) -> None:
        """Write every buffered table (and an empty part for each table in ``empty``), ``files`` last."""
        tables = {t for t, rows in self.buffers.items() if rows} | set(empty)
        if not tables:
            return
        n = self.flushes
        for table in sorted(tables - {"files"}):
            write_part(self.out_dir, table, self.run_id, n, self.buffers.get(table, []))
            self.written.add(table)
        write_part(self.out_dir, "files", self.run_id, n, self.buffers.get("files", []))  # the commit mark
        self.written.add("files")
        self.flushes += 1
        self.buffers = {}

    def ensure_tables(self, tables: tuple[str, ...]) -> None:
        """Give each table a folder with at least one part (maybe empty), so that queries on
        ``OUT/errors/*.parquet`` work on a run that had no errors."""
        missing = tuple(
            t
            for t in tables
            if t not in self.written
            and not ((self.out_dir / t).exists() and any((self.out_dir / t).glob("part-*.parquet")))
        )
        if missing:
            self.flush(empty=missing)

    def recover(self) -> int:
        """Remove what a killed run left behind: temporaries, and parts of a flush that never wrote its
        ``files`` part. Returns how many files were removed."""
        from seidou.io.compact_recovery import committed_compactions, finish_pending

        removed = 0
        if not self.out_dir.exists():
            return 0
        for tmp in self.out_dir.glob("*/.part-*.parquet.tmp"):
            tmp.unlink(missing_ok=True)
            removed += 1
        removed += finish_pending(self.out_dir)
        committed = {p.name for p in (self.out_dir / "files").glob("part-*.parquet")}
        compactions = committed_compactions(committed)
        for part in self.out_dir.glob("*/part-*.parquet"):
            if part.name[len("part-") :].rsplit("-", 1)[0] in compactions:
                continue
            if part.parent.name != "files" and part.name not in committed:
                part.unlink(missing_ok=True)
                removed += 1
        return removed
