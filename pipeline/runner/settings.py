"""Process-wide settings of a batch process (a worker, or the CLI's own process): never applied on
``import seidou``, so a notebook that imports the library keeps its own collector and allocator."""

from __future__ import annotations

import gc

# A batch allocates millions of small objects that live until the next flush: the collector's default
# first threshold (700) makes it walk them over and over (measured: ~7% of a sequential corpus run).
GC_THRESHOLD = (50_000, 20, 100)
_BATCH_PROCESS = False


def enter_batch_process() -> None:
    """Mark this process as a batch process and apply its settings (collector thresholds now; the NER
    model's allocator settings on its first use, seidou.ner.ensemble)."""
    global _BATCH_PROCESS
    _BATCH_PROCESS = True
    gc.set_threshold(*GC_THRESHOLD)


def is_batch_process() -> bool:
    return _BATCH_PROCESS


def batch_gc() -> None:
    """Collector thresholds for a batch process (kept for the benchmarks, which time every engine alike)."""
    gc.set_threshold(*GC_THRESHOLD)
