"""The one compiled piece: the reader's per-character and per-object PDFium loops in C
(pipeline/io/_pdfium_loops.c). Optional: without a C compiler the install goes on and
pipeline/io/pdfium_calls.py runs the same loops in Python. Everything else is in pyproject.toml."""

import sys

from setuptools import Extension, setup

# No fused multiply-add: the word geometry must come out bit for bit as the Python fallback computes it.
FLAGS = [] if sys.platform.startswith("win") else ["-ffp-contract=off"]

setup(
    ext_modules=[
        Extension("seidou.io._pdfium_loops", ["pipeline/io/_pdfium_loops.c"], extra_compile_args=FLAGS, optional=True),
        Extension("seidou.ner._beam_step", ["pipeline/ner/_beam_step.c"], extra_compile_args=FLAGS, optional=True),
    ]
)
