"""seidou: signed Brazilian government PDFs (SEI, DOU, municipal) into typed Parquet tables.

The library (the ``seidou`` command is a thin layer over it)::

    import seidou
    seidou.run(["dumps/2026-11-21"], "out", workers=2)   # process files into out/<table>/*.parquet
    ds = seidou.open("out")                               # read them back
    ds.df("amounts"); ds.sql("SELECT * FROM signatures")
    seidou.text("file.pdf")                               # the canonical text of one PDF

The stages are sub-packages, in order: ``layout`` → ``documents`` → ``extractors`` → ``ner`` →
``runner`` (one file's orchestration, batches, workers, Dask) → ``io`` (PDF in, Parquet out); ``tools``
holds the report, the evaluation and the comparisons; ``patterns`` the Brazilian legal formats.
Importing seidou loads none of them and changes no process-wide setting.
"""

__version__ = "0.33.0"

__all__ = ["Dataset", "Options", "__version__", "open", "run", "text"]


def __getattr__(name: str):
    if name in ("run", "open", "text", "Dataset"):
        from seidou import api

        return getattr(api, name)
    if name == "Options":
        from seidou.options import Options

        return Options
    raise AttributeError(f"module 'seidou' has no attribute {name!r}")
