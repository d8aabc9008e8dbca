"""The library: what the ``seidou`` command does, for notebooks and other programs.

>>> import seidou                                             # doctest: +SKIP
>>> summary = seidou.run(["data/raw"], "data/out", ner="off")  # doctest: +SKIP
>>> ds = seidou.open("data/out")                               # doctest: +SKIP
>>> ds.df("amounts").value.sum()                               # doctest: +SKIP
>>> ds.sql("SELECT doc_type, count(*) FROM documents GROUP BY 1")  # doctest: +SKIP

``run`` processes files in this process by default (``workers=1``) and sets nothing process-wide;
``workers=N`` runs them in worker processes under the time and memory limits, as the CLI does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from seidou.options import Options
from seidou.schemas import TABLES


def run(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    options: Options | None = None,
    **changes,
):
    """Process PDF (and INLABS XML) files and folders into the tables under ``out``; returns the run's
    summary (:class:`seidou.runner.batch.RunSummary`). Options as :class:`seidou.Options` or keywords
    (``tables``, ``ner``, ``ocr``, ``unmask_cpf``, ``strict``, ``force``, ``workers``, ``seconds``,
    ``memory_mb``, ``executor``, ``scheduler``). ``out`` keeps one current copy of each file's rows
    (docs/OPERATIONS.md); the run waits for another one writing there. Raises
    seidou.runner.batch.NoInputError / OutNotWritable / StrictStop / Interrupted and
    seidou.io.store.OutputError (full disk) as the command's exit codes 2, 3, 130/143 and 4 say."""
    from seidou.runner.batch import run as run_batch

    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    return run_batch(list(inputs), out, options, **changes)


def text(pdf: str | os.PathLike, *, page: int | None = None, unmask_cpf: bool = False) -> str:
    """The canonical text of a PDF (reading order, no running headers and footers; CPFs masked unless
    ``unmask_cpf``) — the text every row's offsets index, before it is cut into documents."""
    from seidou.extractors.identifiers import mask_cpfs_in_free_text
    from seidou.runner.process import read_layout

    doc, layout = read_layout(str(pdf))
    doc.close()
    out = layout.text if page is None else layout.page_text(page)
    return out if unmask_cpf else (mask_cpfs_in_free_text(out) or "")


class Dataset:
    """An output folder read back: ``df(table)`` as pandas (integer columns stay integers, nullable),
    ``sql(query)`` with DuckDB over views named after the tables, ``duckdb()`` for the connection."""

    def __init__(self, out: str | os.PathLike) -> None:
        self.path = Path(out)
        if not self.path.is_dir():
            raise FileNotFoundError(f"no seidou output folder at {self.path}")
        self._con = None

    @property
    def tables(self) -> list[str]:
        """The tables that have part files here, in the contract's order."""
        return [t for t in TABLES if any((self.path / t).glob("*.parquet"))]

    def df(self, table: str):
        """One table as a pandas DataFrame (an empty frame with the table's columns where no rows)."""
        import pyarrow.dataset as pads

        if table not in TABLES:
            raise KeyError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
        parts = sorted((self.path / table).glob("*.parquet"))
        schema = TABLES[table][0]
        data = (
            pads.dataset([str(p) for p in parts], schema=schema, format="parquet").to_table()
            if parts
            else schema.empty_table()
        )
        return data.to_pandas(types_mapper=_nullable_ints)

    def duckdb(self):
        """A DuckDB connection with one view per table (``SELECT * FROM amounts``; ``references`` is an SQL
        keyword: quote it, ``SELECT * FROM \"references\"``)."""
        if self._con is None:
            import duckdb

            con = duckdb.connect()
            for t in self.tables:
                glob = str(self.path / t / "*.parquet").replace("'", "''")
                con.execute(f"CREATE VIEW \"{t}\" AS SELECT * FROM read_parquet('{glob}', union_by_name = true)")
            self._con = con
        return self._con

    def sql(self, query: str, params: list | None = None):
        """A query over the tables' views, as a pandas DataFrame."""
        return self.duckdb().execute(query, params or []).df()

    def __repr__(self) -> str:
        return f"seidou.Dataset({str(self.path)!r}: {', '.join(self.tables) or 'no tables'})"


def open(out: str | os.PathLike) -> Dataset:  # noqa: A001 - seidou.open(out), as sqlite_utils.Database(path)
    """The tables under an output folder (:class:`Dataset`)."""
    return Dataset(out)


def _nullable_ints(arrow_type):
    import pandas as pd
    import pyarrow as pa

    mapping = {
        pa.int8(): pd.Int8Dtype(),
        pa.int16(): pd.Int16Dtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
    }
    return mapping.get(arrow_type)
