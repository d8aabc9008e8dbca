"""The output folder as a dataset: one current copy of every input file's rows under a plain glob.

Every input file has a key: its ``file_sha256``, or, for a file that could not even be hashed, its path
(``path_bytes``; such a file has only ``files`` and ``errors`` rows). A *commit* writes the rows of a
batch of finished files; each table's part files belong to commit *groups* (``part-<group>.parquet``,
io.parquet.group_of), and all rows of one key, in every table, live in one group — the group of its
``files`` row. The ``files`` table is therefore the catalog: key → group, status, pipeline version.

When a commit holds a file whose key is already in the folder (``--force``, a new pipeline version, a
``partial`` or ``failed`` file processed again), its new rows are written *into its old group*: each
part of that group is rewritten without the key's old rows and with its new ones, and the rewritten
part replaces the old one by one ``rename``. A reader of ``OUT/<table>/*.parquet`` thus sees the old or
the new copy of a file's rows, never both and never neither (a file that a compaction split across two
parts of one table is the one exception, for the moment between two renames).

Crash safety: every new or rewritten part is first written under a hidden temporary name and flushed to
disk; then a journal (``OUT/.seidou/commit-<id>.json``) listing the renames is written and flushed —
that is the commit point — and the renames are done. :func:`recover` (run before every run and
compaction) finishes the renames of a journal that exists and deletes every temporary without one, so
a process killed at any point leaves the previous copy or the new one, never a mixture or nothing.
``runs`` and ``run_files`` are history: parts are only added to them.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from seidou.io.compact_recovery import committed_compactions, finish_pending
from seidou.io.fs import OutputError, output_error  # noqa: F401 - OutputError: what commit raises
from seidou.io.parquet import COMPACT_PREFIX, as_table, conform, fsync_dir, group_of, part_name, write_file
from seidou.schemas import HISTORY, TABLES, WRITTEN

STATE_DIR = ".seidou"


def key_of(sha: str | None, path_bytes: bytes) -> str:
    """The key of an input file: its sha256, or ``path:<hex of the path's bytes>`` if it has none."""
    return sha if sha else "path:" + path_bytes.hex()


@dataclass
class Entry:
    """What the folder holds of one key: its groups (more than one only in folders written before 0.22),
    and its ``files`` row's status and pipeline version."""

    groups: set[str] = field(default_factory=set)
    status: str | None = None
    version: str | None = None
    rows: int = 0

    def current(self, version: str) -> bool:
        """Processed completely by ``version``, one copy: a run skips it."""
        return self.status == "ok" and self.version == version and self.rows == 1 and len(self.groups) == 1


def _path_bytes_column(table: pa.Table) -> pa.ChunkedArray:
    if "path_bytes" in table.column_names:
        pb = table.column("path_bytes")
        if "path" in table.column_names:  # rows of 0.21 have no path_bytes: their path is UTF-8 text
            pb = pc.coalesce(pb, pc.cast(table.column("path"), pa.binary()))
        return pb
    return pc.cast(table.column("path"), pa.binary())


def catalog(out: Path) -> dict[str, Entry]:
    """Key → :class:`Entry`, read from the ``files`` parts."""
    entries: dict[str, Entry] = {}
    for part in sorted((out / "files").glob("part-*.parquet")):
        names = pq.ParquetFile(part).schema_arrow.names
        cols = [c for c in ("file_sha256", "path", "path_bytes", "status", "pipeline_version") if c in names]
        t = pq.read_table(part, columns=cols)
        group = group_of(part.name)
        shas = t.column("file_sha256").to_pylist()
        paths = _path_bytes_column(t).to_pylist()
        for sha, pb, status, version in zip(
            shas, paths, t.column("status").to_pylist(), t.column("pipeline_version").to_pylist()
        ):
            e = entries.setdefault(key_of(sha, pb or b""), Entry())
            e.groups.add(group)
            e.rows += 1
            if status != "skipped" or e.status is None:
                e.status, e.version = status, version
    return entries


@dataclass
class Item:
    """One finished input file to commit: its key parts and its rows per table (Arrow tables)."""

    sha: str | None
    path_bytes: bytes
    rows: dict[str, pa.Table]

    @property
    def key(self) -> str:
        return key_of(self.sha, self.path_bytes)


def _drop_mask(table: str, data: pa.Table, shas: set[str], paths: set[bytes]) -> pa.ChunkedArray:
    """True for the rows of ``data`` that belong to the keys being replaced."""
    sha_col = data.column("file_sha256")
    mask = pc.fill_null(pc.is_in(sha_col, value_set=pa.array(sorted(shas), pa.string())), False)
    if paths and ("path" in data.column_names or "path_bytes" in data.column_names):
        by_path = pc.and_(
            pc.is_null(sha_col), pc.is_in(_path_bytes_column(data), value_set=pa.array(sorted(paths), pa.binary()))
        )
        mask = pc.or_(mask, pc.fill_null(by_path, False))
    return mask


def _key_columns(path: Path) -> list[str]:
    names = pq.ParquetFile(path).schema_arrow.names
    return [c for c in ("file_sha256", "path", "path_bytes") if c in names]


class Store:
    """The writer of one run (or of the library's ``run``) into ``out``: commits, history, recovery.
    Hold the folder's lock (io.lock) while using it."""

    def __init__(self, out: str | os.PathLike, run_id: str):
        self.out = Path(out)
        self.run_id = run_id
        self.n = 0
        self.entries: dict[str, Entry] = {}
        self.counts: dict[str, int] = {}
        self.written: set[str] = set()

    def open(self) -> Store:
        """Recover what a killed writer left, then read the catalog."""
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            recover(self.out)
        except OSError as e:
            raise output_error(self.out, e) from e
        self.entries = catalog(self.out)
        return self

    def commit(self, items: list[Item], history: dict[str, list[pa.Table]] | None = None) -> None:
        """Write ``items`` (replacing each key's earlier rows) and the ``history`` rows, as one commit."""
        history = {t: rows for t, rows in (history or {}).items() if rows}
        if not items and not history:
            return
        n = self.n
        self.n += 1
        new_group = f"{self.run_id}-{n:05d}"
        cid = f"{self.run_id}-{n:05d}-{secrets.token_hex(2)}"
        shas = {i.sha for i in items if i.sha}
        paths = {i.path_bytes for i in items}
        # the group each item's rows go to: its key's one earlier group, else this commit's new group
        target: dict[str, str] = {}
        old_groups: set[str] = set()
        for item in items:
            groups = set(self.entries[item.key].groups) if item.key in self.entries else set()
            by_path = self.entries.get(key_of(None, item.path_bytes))
            if by_path is not None and item.sha:
                groups_all = groups | by_path.groups
            else:
                groups_all = groups
            old_groups |= groups_all
            target[item.key] = next(iter(groups)) if len(groups) == 1 else new_group
        ops: list[tuple[Path, Path]] = []
        try:
            for table in sorted(set(WRITTEN) - set(HISTORY), key=lambda t: t == "files"):
                ops += self._table_ops(table, items, target, old_groups, new_group, shas, paths, cid)
            for table, rows in sorted(history.items()):
                folder = self.out / table
                folder.mkdir(parents=True, exist_ok=True)
                final = folder / part_name(new_group)
                tmp = folder / f".{final.name}.{cid}.tmp"
                ops.append((tmp, final))
                write_file(tmp, as_table(table, rows))
            journal = self._write_journal(cid, ops)
        except OSError as e:
            for tmp, _final in ops:
                tmp.unlink(missing_ok=True)
            raise output_error(self.out, e) from e
        try:
            _apply(self.out, journal)
        except OSError as e:  # the journal stays: the next run's recover finishes the renames
            raise output_error(self.out, e) from e
        for item in items:
            e = Entry({target[item.key]}, _status(item), _version(item), 1)
            self.entries[item.key] = e
            if item.sha:
                self.entries.pop(key_of(None, item.path_bytes), None)
            for table, rows in item.rows.items():
                self.counts[table] = self.counts.get(table, 0) + rows.num_rows
        for table, rows in history.items():
            self.counts[table] = self.counts.get(table, 0) + sum(r.num_rows for r in rows)

    def _table_ops(self, table, items, target, old_groups, new_group, shas, paths, cid) -> list[tuple[Path, Path]]:
        folder = self.out / table
        new_rows: dict[str, list[pa.Table]] = {}
        for item in items:
            rows = item.rows.get(table)
            if rows is not None and rows.num_rows:
                new_rows.setdefault(target[item.key], []).append(rows)
        if table == "files":  # every group written gets a files part: the catalog of its keys
            for item in items:
                new_rows.setdefault(target[item.key], [])
        if not new_rows and not old_groups:
            return []
        folder.mkdir(parents=True, exist_ok=True)
        self.written.add(table)
        ops = []
        for group in sorted(old_groups | set(new_rows)):
            parts = self._parts_of(folder, group)
            extra = new_rows.get(group)
            receiver = None
            plans = []
            for part in parts:
                keys = pq.read_table(part, columns=_key_columns(part))
                dropped = pc.sum(_drop_mask(table, keys, shas, paths)).as_py() or 0
                plans.append((part, dropped))
                if receiver is None and dropped:
                    receiver = part
            if extra is not None and receiver is None:
                receiver = parts[0] if parts else folder / self._new_part_name(folder, group)
            for part, dropped in plans:
                if dropped or part == receiver:
                    ops.append(self._rewrite(table, part, shas, paths, extra if part == receiver else None, cid))
            if receiver is not None and not receiver.exists():
                ops.append(self._rewrite(table, receiver, shas, paths, extra, cid))
        return ops

    @staticmethod
    def _parts_of(folder: Path, group: str) -> list[Path]:
        if group.startswith(COMPACT_PREFIX):
            return sorted(p for p in folder.glob(f"part-{group}-*.parquet") if group_of(p.name) == group)
        part = folder / part_name(group)
        return [part] if part.exists() else []

    @staticmethod
    def _new_part_name(folder: Path, group: str) -> str:
        if not group.startswith(COMPACT_PREFIX):
            return part_name(group)
        used = [int(p.name[:-8].rsplit("-", 1)[1]) for p in folder.glob(f"part-{group}-*.parquet")]
        return part_name(f"{group}-{max(used, default=-1) + 1:05d}")

    def _rewrite(self, table, part: Path, shas, paths, extra: list[pa.Table] | None, cid: str) -> tuple[Path, Path]:
        """Write ``part`` without the replaced keys' rows, plus ``extra``, under a temporary name."""
        schema = TABLES[table][0]
        tmp = part.parent / f".{part.name}.{cid}.tmp"
        try:
            writer = pq.ParquetWriter(tmp, schema, compression="zstd")
            try:
                if part.exists():
                    for batch in pq.ParquetFile(part).iter_batches(batch_size=65_536):
                        data = pa.Table.from_batches([batch])
                        data = data.filter(pc.invert(_drop_mask(table, data, shas, paths)))
                        data = conform(data, schema)
                        if data.num_rows:
                            writer.write_table(data)
                for rows in extra or []:
                    writer.write_table(rows)
            finally:
                writer.close()
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk leaves no temporary behind
            raise
        return tmp, part

    def _write_journal(self, cid: str, ops: list[tuple[Path, Path]]) -> Path:
        state = self.out / STATE_DIR
        state.mkdir(exist_ok=True)
        journal = state / f"commit-{cid}.json"
        tmp = state / f".commit-{cid}.json.tmp"
        data = {"ops": [[str(a.relative_to(self.out)), str(b.relative_to(self.out))] for a, b in ops]}
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, journal)
        fsync_dir(state)
        return journal

    def ensure_tables(self, tables: Iterable[str] = WRITTEN) -> None:
        """Give each table a part (maybe empty), so that ``OUT/errors/*.parquet`` can be queried in a
        folder that never had an error. An empty ``files`` part goes with them (every group has one)."""
        missing = [t for t in tables if not any((self.out / t).glob("part-*.parquet"))]
        if not missing:
            return
        group = f"{self.run_id}-{self.n:05d}"
        self.n += 1
        cid = f"{group}-{secrets.token_hex(2)}"
        ops = []
        try:
            for table in sorted(set(missing) | {"files"}, key=lambda t: t == "files"):
                folder = self.out / table
                folder.mkdir(parents=True, exist_ok=True)
                final = folder / part_name(group)
                tmp = folder / f".{final.name}.{cid}.tmp"
                ops.append((tmp, final))
                write_file(tmp, TABLES[table][0].empty_table())
            _apply(self.out, self._write_journal(cid, ops))
        except OSError as e:
            for tmp, _final in ops:
                tmp.unlink(missing_ok=True)
            raise output_error(self.out, e) from e


def _status(item: Item) -> str | None:
    files = item.rows.get("files")
    return files.column("status")[0].as_py() if files is not None and files.num_rows else None


def _version(item: Item) -> str | None:
    files = item.rows.get("files")
    return files.column("pipeline_version")[0].as_py() if files is not None and files.num_rows else None


def _apply(out: Path, journal: Path) -> None:
    ops = json.loads(journal.read_text(encoding="utf-8"))["ops"]
    folders = set()
    for tmp, final in ops:
        if (out / tmp).exists():
            os.replace(out / tmp, out / final)
        folders.add((out / final).parent)
    for folder in folders:
        fsync_dir(folder)
    journal.unlink()
    fsync_dir(journal.parent)


def recover(out: str | os.PathLike) -> int:
    """Put the folder back in a committed state after a killed run or compaction: finish the renames of
    every commit journal, finish or undo a compaction, delete temporaries, and delete the parts of a
    0.21 flush that never wrote its ``files`` part. Returns how many files were removed or moved."""
    out = Path(out)
    if not out.exists():
        return 0
    changed = 0
    state = out / STATE_DIR
    for journal in sorted(state.glob("commit-*.json")):
        try:
            _apply(out, journal)
            changed += 1
        except (ValueError, KeyError):  # cannot happen (written whole, then renamed): treat as no commit
            journal.unlink()
    for tmp in list(out.glob("*/.*.tmp")) + list(state.glob(".*.tmp")):
        tmp.unlink(missing_ok=True)
        changed += 1
    changed += finish_pending(out)
    committed = {p.name for p in (out / "files").glob("part-*.parquet")}
    groups = {group_of(n) for n in committed} | committed_compactions(committed)
    for part in out.glob("*/part-*.parquet"):
        if part.parent.name in ("files", *HISTORY) or part.parent.name not in TABLES:
            continue
        if group_of(part.name) not in groups:
            part.unlink(missing_ok=True)
            changed += 1
    return changed
