"""A time limit for one in-process step (pdfplumber on a page, PAdES validation): SIGALRM.

The worker processes watch whole files from outside (seidou.runner.workers); this bounds one slow step
inside a file so the rest of the file is kept. It works in the main thread only (signals); in
other threads (a Dask worker's task threads) it does nothing and the file-level limits apply.
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
    """Raise :class:`StepTimeout` in the block after ``seconds`` (main thread only).

    >>> import time
    >>> try:
    ...     with time_limit(0.05, "a nap"):
    ...         time.sleep(2)
    ... except StepTimeout as e:
    ...     print(e)
    a nap took more than 0.05 s
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(_signum, _frame):
        raise StepTimeout(f"{what} took more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
