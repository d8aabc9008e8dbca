"""``seidou compact OUT``: merge the many small part files of nightly runs into few large ones.

Crash-safe by the same commit rule as a run (io.parquet): the merged parts are written as one
flush named ``part-compact-<id>-NNNNN.parquet`` in every table, the ``files`` part last as the
commit mark. Before anything is written, a manifest (``OUT/.compact-<id>.json``) lists the parts
being replaced; ``finish_pending`` (seidou.io.compact_recovery, run by every writer's recover) completes a compaction
whose commit mark exists (deletes the listed old parts) or undoes one that has none (deletes its
new parts). A compaction killed at any point therefore leaves exactly the rows it started with.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from seidou.io.compact_recovery import PREFIX, delete_old, write_json
from seidou.io.parquet import conform
from seidou.io.store import recover
from seidou.schemas import TABLES

ROWS_PER_PART = 2_000_000


@dataclass
class CompactSummary:
    compact_id: str
    parts_before: dict[str, int] = field(default_factory=dict)
    parts_after: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def format(self) -> str:
        lines = [f"compact {self.compact_id}"]
        for t in sorted(self.parts_before):
            lines.append(
                f"  {t}: {self.parts_before[t]} parts → {self.parts_after.get(t, 0)} ({self.rows.get(t, 0)} rows)"
            )
        return "\n".join(lines)


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob("part-*.parquet"))


def compact(
    out_dir: str | os.PathLike, *, rows_per_part: int = ROWS_PER_PART, _crash_at: str | None = None
) -> CompactSummary:
    """Merge every table's parts under ``out_dir`` into parts of at most ``rows_per_part`` rows.
    ``_crash_at`` ('manifest', 'parts', 'commit', 'delete') stops there, for the crash tests."""
    out = Path(out_dir)
    recover(out)  # never compact on top of an unfinished run or compaction
    cid = PREFIX + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
    old = {t: [str(p.relative_to(out)) for p in _parts(out / t)] for t in TABLES if (out / t).is_dir()}
    old = {t: ps for t, ps in old.items() if ps}
    summary = CompactSummary(cid, parts_before={t: len(ps) for t, ps in old.items()})
    if "files" not in old:
        return summary
    manifest = out / f".{cid}.json"
    write_json(manifest, {"compact_id": cid, "old_parts": [p for ps in old.values() for p in ps]})
    if _crash_at == "manifest":
        return summary
    for table in sorted(set(old) - {"files"}) + ["files"]:  # the files part last: the commit mark
        n, rows = _merge(out, table, old[table], cid, rows_per_part)
        summary.parts_after[table], summary.rows[table] = n, rows
        if _crash_at == "parts" and table != "files" and len(summary.parts_after) == len(old) - 1:
            return summary
    if _crash_at == "commit":
        return summary
    delete_old(out, manifest, stop_early=_crash_at == "delete")
    return summary


def _merge(out: Path, table: str, parts: list[str], cid: str, rows_per_part: int) -> tuple[int, int]:
    """Stream the parts' record batches into new parts; returns (number of new parts, rows)."""
    schema = TABLES[table][0]
    folder = out / table
    n, rows, in_part = 0, 0, 0
    writer = tmp = None

    def close():
        nonlocal writer
        if writer is not None:
            writer.close()
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, folder / f"part-{cid}-{n - 1:05d}.parquet")
            writer = None

    for rel in parts:
        for batch in pq.ParquetFile(out / rel).iter_batches(batch_size=65_536):
            batch = conform(pa.Table.from_batches([batch]), schema)
            if writer is None or in_part >= rows_per_part:
                close()
                tmp = folder / f".part-{cid}-{n:05d}.parquet.tmp"
                writer = pq.ParquetWriter(tmp, schema, compression="zstd")
                n, in_part = n + 1, 0
            writer.write_table(batch)
            in_part += batch.num_rows
            rows += batch.num_rows
    if writer is None:  # only empty parts: keep one empty part so the table stays queryable
        tmp = folder / f".part-{cid}-{n:05d}.parquet.tmp"
        writer = pq.ParquetWriter(tmp, schema, compression="zstd")
        n += 1
    close()
    return n, rows
