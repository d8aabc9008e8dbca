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

from ..schemas import TABLES


def write_part(out_dir: str | os.PathLike, table: str, run_id: str, n: int, rows: list[dict]) -> Path:
    """Write ``rows`` as one part file of ``table``; returns its final path."""
    schema = TABLES[table][0]
    folder = Path(out_dir) / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"part-{run_id}-{n:05d}.parquet"
    tmp = folder / f".part-{run_id}-{n:05d}.parquet.tmp"
    arrow = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(arrow, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, final)
    return final


class PartWriter:
    """Buffers rows per table and flushes them as numbered part files of one run."""

    def __init__(self, out_dir: str | os.PathLike, run_id: str, *, flush_rows: int = 20000):
        self.out_dir = Path(out_dir)
        self.run_id = run_id
        self.flush_rows = flush_rows
        self.buffers: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.parts: dict[str, int] = {}

    def add(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        self.buffers.setdefault(table, []).extend(rows)
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def buffered(self) -> int:
        return sum(len(v) for v in self.buffers.values())

    def flush(self) -> None:
        """Write every buffered table; the ``files`` table last, so a file is listed only once its
        rows are on disk."""
        order = sorted(self.buffers, key=lambda t: (t == "files", t))
        for table in order:
            rows = self.buffers[table]
            if rows:
                n = self.parts.get(table, 0)
                write_part(self.out_dir, table, self.run_id, n, rows)
                self.parts[table] = n + 1
        self.buffers = {}

    def ensure_tables(self, tables: tuple[str, ...]) -> None:
        """Give each table a folder with at least one part (maybe empty), so that queries on
        ``OUT/errors/*.parquet`` work on a run that had no errors."""
        for table in tables:
            folder = self.out_dir / table
            if self.parts.get(table) or (folder.exists() and any(folder.glob("part-*.parquet"))):
                continue
            n = self.parts.get(table, 0)
            write_part(self.out_dir, table, self.run_id, n, [])
            self.parts[table] = n + 1

    def clean_stale_temporaries(self) -> int:
        """Remove temporaries a killed run left behind (they were never visible to readers)."""
        removed = 0
        if self.out_dir.exists():
            for tmp in self.out_dir.glob("*/.part-*.parquet.tmp"):
                tmp.unlink(missing_ok=True)
                removed += 1
        return removed
