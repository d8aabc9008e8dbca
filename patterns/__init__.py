"""Regex patterns for Brazilian legal formats, one module per format.

Each module has a docstring with real examples, a ``VERSION``, one compiled ``regex`` pattern
written with the VERBOSE flag, and pure helpers. The list of patterns is explicit: ``REGISTRY``.
"""

from . import dou

REGISTRY = {
    "dou_header": dou,
}
