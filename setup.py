"""The one compiled piece: the reader's per-character and per-object PDFium loops in C
(pipeline/io/_pdfium_loops.c). Optional: without a C compiler the install goes on and
pipeline/io/pdfium_calls.py runs the same loops in Python. Everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("pipeline.io._pdfium_loops", ["pipeline/io/_pdfium_loops.c"], optional=True)])
