"""Keep freed memory in the process for the next allocation, instead of giving it back to the system at
once (glibc only: :func:`keep_freed_memory`).

The NER members allocate and free arrays of 1-20 MB for every batch (pipeline/ner/ensemble.py). By
default glibc serves such blocks with fresh ``mmap`` pages, or trims them off the heap when freed, so every
batch pays the kernel again for zeroed pages: measured on LeNER-Br test, 12,000-13,000 words/s by default
against 15,000-17,000 with the thresholds below, and an 88-page DOU edition (``--ner all``, one worker) in
21-21.5 s instead of 24-29 s, for 20 MB more at peak (592 against 574 MB).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
TRIM_THRESHOLD = 64 << 20  # free memory kept at the heap's top before it is given back
MMAP_THRESHOLD = 32 << 20  # blocks at least this large still get their own pages

_done: bool | None = None


def keep_freed_memory() -> bool:
    """Set glibc's thresholds (once per process); False where the C library is not glibc or refuses."""
    global _done
    if _done is None:
        _done = False
        if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                _done = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
                    libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
                )
            except (OSError, AttributeError):
                _done = False
    return _done
