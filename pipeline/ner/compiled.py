"""The NER's optional C extension (``seidou.ner._ner_loops``: pipeline/ner/_beam_step.c, the beams' step, and
pipeline/ner/_floret.c, the floret vectors of words), built by setup.py where a C compiler is, loaded with ctypes.
Each reader keeps its numpy or spaCy way for when it was not built (:func:`function` gives None)."""

from __future__ import annotations

import ctypes
import importlib.util


def _library():
    """The built extension, or None when it was not built or cannot be loaded."""
    try:
        spec = importlib.util.find_spec("seidou.ner._ner_loops")  # found, not imported: it has no Python in it
    except ImportError:
        return None
    if spec is None or not spec.origin:
        return None
    try:
        return ctypes.CDLL(spec.origin)
    except OSError:
        return None


_LIB = _library()


def function(name: str, argtypes: tuple, restype):
    """The extension's C function ``name``, or None when the extension was not built or was built from a version
    of its files without it."""
    try:
        fn = getattr(_LIB, name)
    except AttributeError:  # no library (None has no such attribute), or built without the function
        return None
    fn.argtypes, fn.restype = argtypes, restype
    return fn
