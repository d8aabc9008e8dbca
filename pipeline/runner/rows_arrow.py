"""A file's rows as Arrow tables of the declared schemas: what a batch run writes. The parent converts the
``files`` and ``errors`` rows it completes; a worker of a batch run converts the rest (worker_main.with_arrow)."""

from __future__ import annotations

import pyarrow as pa

from seidou.io.parquet import to_arrow
from seidou.runner.inputs import path_text


def to_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    """Rows as Arrow tables; text with lone surrogates (bytes of a file name that are not UTF-8, in a
    path or a message) is written with U+FFFD instead of stopping the file."""
    try:
        return {t: to_arrow(t, r) for t, r in rows.items() if r}
    except UnicodeEncodeError:
        clean = {
            t: [{k: path_text(v) if isinstance(v, str) else v for k, v in r.items()} for r in rs]
            for t, rs in rows.items()
        }
        return {t: to_arrow(t, r) for t, r in clean.items() if r}
