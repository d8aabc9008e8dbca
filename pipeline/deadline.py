"""A time limit for one in-process step (pdfplumber on a page, PAdES validation), in CPU time.

The limit counts the CPU time this process spends (``ITIMER_PROF``: user + system, all threads), not
wall time, so a machine busy with other work slows a step down without making it give up — the same
page gives the same rows on an idle and on a loaded machine. A step that waits (on I/O, on a child
process) is bounded by the worker's file limit instead (seidou.runner.workers, which also has a wall
backstop). It works in the main thread only (signals); in other threads (a Dask worker's task threads)
it does nothing and the file-level limits apply.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class StepTimeout(Exception):
    """A step ran past its time limit."""


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise :class:`StepTimeout` in the block after ``seconds`` of CPU time (main thread only).

    >>> try:
    ...     with time_limit(0.05, "a busy loop"):
    ...         while True:
    ...             pass
    ... except StepTimeout as e:
    ...     print(e)
    a busy loop took more than 0.05 s of CPU time
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(_signum, _frame):
        raise StepTimeout(f"{what} took more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    outer = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer[0] > 0:  # a limit around this one: give it back what was left of it (less this step)
            signal.setitimer(signal.ITIMER_PROF, max(0.001, outer[0] - seconds), outer[1])
