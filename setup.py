"""The compiled pieces: the reader's per-character and per-object PDFium loops in C
(pipeline/io/_pdfium_loops.c), and the NER's beam step and floret vectors (pipeline/ner/_beam_step.c,
pipeline/ner/_floret.c). Optional: without a C compiler the install goes on and pipeline/io/pdfium_calls.py,
pipeline/ner/beam.py and pipeline/ner/vectors.py compute the same in Python. Everything else is in
pyproject.toml."""

import sys

from setuptools import Extension, setup

# No fused multiply-add: the word geometry and the NER's scores must come out bit for bit as the fallbacks compute them.
FLAGS = [] if sys.platform.startswith("win") else ["-ffp-contract=off"]

setup(
    ext_modules=[
        Extension("seidou.io._pdfium_loops", ["pipeline/io/_pdfium_loops.c"], extra_compile_args=FLAGS, optional=True),
        Extension(
            "seidou.ner._ner_loops",
            ["pipeline/ner/_beam_step.c", "pipeline/ner/_floret.c"],
            extra_compile_args=FLAGS,
            optional=True,
        ),
    ]
)
