"""pipeline/runner/malloc.py: glibc keeps freed memory for the NER's next batch."""

from __future__ import annotations

import platform

import pytest

from seidou.runner import malloc


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_keep_freed_memory_on_glibc():
    assert malloc.keep_freed_memory() is True
    assert malloc.keep_freed_memory() is True  # once per process; asking again changes nothing
    assert malloc.MMAP_THRESHOLD <= malloc.TRIM_THRESHOLD


def test_keep_freed_memory_elsewhere(monkeypatch):
    monkeypatch.setattr(malloc, "_done", None)
    monkeypatch.setattr(platform, "system", lambda: "Darwin")
    assert malloc.keep_freed_memory() is False
