"""Parquet files of the tables: rows to Arrow, one part file written atomically, part names.

Layout on disk (docs/SPEC.md): ``OUT/<table>/part-<group>.parquet``. A part is written under a hidden
temporary name, flushed to disk and renamed when complete, so readers (pandas, pyarrow datasets, DuckDB
globs on ``*.parquet``) never see a half file. Which parts hold which input file's rows, and how a
re-processed file replaces its rows, is seidou.io.store's job; merging parts is seidou.io.compact's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from seidou.schemas import TABLES

COMPACT_PREFIX = "compact-"


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of ``table``'s schema (raises when a value does not fit it)."""
    return pa.Table.from_pylist(rows, schema=TABLES[table][0])


def as_table(table: str, rows: list[dict] | list[pa.Table] | pa.Table) -> pa.Table:
    """Dicts, Arrow tables or one Arrow table of ``table``'s schema, as one Arrow table."""
    schema = TABLES[table][0]
    if isinstance(rows, pa.Table):
        return rows
    if rows and isinstance(rows[0], pa.Table):
        return pa.concat_tables(rows)
    return pa.Table.from_pylist(rows, schema=schema)


def conform(data: pa.Table, schema: pa.Schema) -> pa.Table:
    """Rows of an older part in the current schema (columns added since are null)."""
    if data.schema == schema:
        return data
    cols = [
        data.column(f.name).cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(cols, schema=schema)


def part_name(group: str) -> str:
    return f"part-{group}.parquet"


def group_of(name: str) -> str:
    """The commit group a part belongs to: ``part-<run_id>-00003.parquet`` → ``<run_id>-00003`` (one
    part per table); ``part-compact-<id>-00001.parquet`` → ``compact-<id>`` (a compaction's parts).

    >>> group_of("part-20261206T185858Z-ab12cd-00003.parquet"), group_of("part-compact-X-1-00002.parquet")
    ('20261206T185858Z-ab12cd-00003', 'compact-X-1')
    """
    stem = name[len("part-") : -len(".parquet")]
    return stem.rsplit("-", 1)[0] if stem.startswith(COMPACT_PREFIX) else stem


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_file(path: Path, arrow: pa.Table) -> None:
    """Write ``arrow`` to ``path`` and flush it to disk (the caller renames it into place); a write that
    fails (a full disk) leaves no file behind."""
    try:
        pq.write_table(arrow, path, compression="zstd")
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise


def write_part(out_dir: str | os.PathLike, table: str, run_id: str, n: int, rows: list[dict] | list[pa.Table]) -> Path:
    """Write ``rows`` as the part ``part-<run_id>-<n>.parquet`` of ``table`` (temporary name, then rename)."""
    folder = Path(out_dir) / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / part_name(f"{run_id}-{n:05d}")
    tmp = folder / f".part-{run_id}-{n:05d}.parquet.tmp"
    try:
        write_file(tmp, as_table(table, rows))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, final)
    return final


class PartWriter:
    """Buffers rows per table and writes them as numbered part files of one run, append-only (the
    benchmarks' writer; a batch run writes through seidou.io.store.Store, which replaces a re-processed
    file's rows)."""

    def __init__(self, out_dir: str | os.PathLike, run_id: str):
        self.out_dir = Path(out_dir)
        self.run_id = run_id
        self.buffers: dict[str, list[pa.Table]] = {}
        self.counts: dict[str, int] = {}
        self.flushes = 0

    def add(self, table: str, rows: list[dict]) -> None:
        self.add_all({table: rows})

    def add_all(self, rows: dict[str, list[dict]]) -> None:
        """Add the rows of one file to every table, or none of them (all converted first)."""
        converted = {t: to_arrow(t, r) for t, r in rows.items() if r}
        for table, arrow in converted.items():
            self.buffers.setdefault(table, []).append(arrow)
            self.counts[table] = self.counts.get(table, 0) + arrow.num_rows

    def flush(self) -> None:
        """Write every buffered table, ``files`` last."""
        tables = sorted(t for t, rows in self.buffers.items() if rows)
        for table in sorted(tables, key=lambda t: t == "files"):
            write_part(self.out_dir, table, self.run_id, self.flushes, self.buffers[table])
        if tables:
            self.flushes += 1
        self.buffers = {}
