"""Lean ctypes prototypes of the PDFium calls made once per character or page object.

pypdfium2's generated bindings type their arguments as PDFium handle pointers, which ctypes checks
and converts on every call; declaring the same C functions with plain ``void *`` arguments and
passing addresses is about a third faster, and the reader makes hundreds of thousands of these calls
per batch. Where the library is not loaded the way we expect, pypdfium2's own bindings are used
(same results, slower).
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

_P = ctypes.CFUNCTYPE


def _lean():
    try:
        from pypdfium2_raw import bindings

        lib = bindings._libs["pdfium"]
        vp, i = ctypes.c_void_p, ctypes.c_int
        return (
            _P(i, vp, i, vp)(("FPDFText_GetLooseCharBox", lib)),
            _P(vp, vp, i)(("FPDFPage_GetObject", lib)),
            _P(i, vp)(("FPDFPageObj_GetType", lib)),
        )
    except Exception:  # noqa: BLE001 - another build of the bindings: use them as they are
        return None


_LEAN = _lean()


def address(handle) -> int | None:
    """The address a PDFium handle (a ctypes pointer) points at."""
    return ctypes.cast(handle, ctypes.c_void_p).value


def char_box_call(textpage_raw, rect: ctypes.Structure):
    """(function, textpage argument, rect argument) for ``FPDFText_GetLooseCharBox(tp, i, rect)``."""
    if _LEAN:
        return _LEAN[0], address(textpage_raw), ctypes.addressof(rect)
    return pdfium_c.FPDFText_GetLooseCharBox, textpage_raw, ctypes.byref(rect)


def object_type_calls(page_raw):
    """(get_object, get_type, page argument): ``get_type(get_object(page, k))`` is the kind of object k."""
    if _LEAN:
        return _LEAN[1], _LEAN[2], address(page_raw)
    return pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType, page_raw
