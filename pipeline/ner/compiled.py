"""The NER's optional C extension (``seidou.ner._ner_loops``: pipeline/ner/_beam_step.c, the beams' step, and
pipeline/ner/_floret.c, the floret vectors of words), built by setup.py where a C compiler is, loaded with ctypes.
Each reader keeps its numpy or spaCy way for when it was not built (:func:`function` gives None)."""

from __future__ import annotations

import ctypes

from seidou.io.pdfium_calls import extension

# the argument types of the extension's functions (their C types: int64_t, double, a pointer)
I64, F64, PTR = ctypes.c_int64, ctypes.c_double, ctypes.c_void_p

_LIB = extension("seidou.ner._ner_loops")


def function(name: str, argtypes: tuple, restype):
    """The extension's C function ``name``, or None when the extension was not built or was built from a version
    of its files without it."""
    try:
        fn = getattr(_LIB, name)
    except AttributeError:  # no library (None has no such attribute), or built without the function
        return None
    fn.argtypes, fn.restype = argtypes, restype
    return fn
