"""Finishing or undoing a compaction that was killed (``seidou compact``), and which compactions are
committed: what every writer's ``recover`` needs, apart from the compaction itself (seidou.io.compact)."""

from __future__ import annotations

import json
import os
from pathlib import Path

PREFIX = "compact-"


def delete_old(out: Path, manifest: Path, *, stop_early: bool = False) -> None:
    old = json.loads(manifest.read_text())["old_parts"]
    for k, rel in enumerate(old):
        if stop_early and k == len(old) // 2:
            return
        (out / rel).unlink(missing_ok=True)
    manifest.unlink()


def finish_pending(out: Path) -> int:
    """Complete or undo the compactions a killed ``seidou compact`` left; returns files removed."""
    removed = 0
    for tmp in out.glob(f".{PREFIX}*.tmp"):
        tmp.unlink(missing_ok=True)
    for manifest in sorted(out.glob(f".{PREFIX}*.json")):
        try:
            cid = json.loads(manifest.read_text())["compact_id"]
        except (ValueError, KeyError):  # the manifest itself was cut short: nothing was written after it
            manifest.unlink()
            continue
        if (out / "files" / f"part-{cid}-00000.parquet").exists():
            before = sum(1 for _ in out.glob("*/part-*.parquet"))
            delete_old(out, manifest)
            removed += before - sum(1 for _ in out.glob("*/part-*.parquet"))
        else:
            for part in out.glob(f"*/part-{cid}-*.parquet"):
                part.unlink()
                removed += 1
            manifest.unlink()
    return removed


def committed_compactions(files_part_names: set[str]) -> set[str]:
    """Ids of the compactions whose ``files`` part exists: all their parts are committed."""
    return {name[len("part-") :].rsplit("-", 1)[0] for name in files_part_names if name.startswith("part-" + PREFIX)}


def write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
