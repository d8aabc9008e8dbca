"""seidou: signed Brazilian government PDFs (SEI, DOU, municipal) into typed Parquet tables.

The stages are pure functions over in-memory data (``layout`` → ``segment`` → ``extract`` →
``validate`` → ``tables``); only :mod:`pipeline.io` reads PDFs and writes Parquet.
"""

__version__ = "0.21.0"
