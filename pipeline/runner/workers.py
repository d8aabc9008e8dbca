"""Parallel processing in worker processes (PDFium and pdfplumber are not thread-safe).

Each worker handles one file at a time under a time limit and a resident-memory limit, both watched
by the parent. A worker past either is killed and replaced, and its file becomes an ``errors`` row
(``timeout`` or ``memory``; ``crashed`` if the worker died on its own). A worker whose parent is killed
(a scheduler's SIGKILL) exits too: none is left behind holding memory. Results come back in
input order, so the rows of a parallel run are in the same order as those of a sequential one.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import queue
import time
from collections.abc import Iterator

from seidou.options import Limits, Options
from seidou.runner.process import FileResult, failed_result

POLL = 0.05
PARENT_CHECK = 1.0  # seconds an idle worker waits for work before it checks that its parent lives


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (prctl PR_SET_PDEATHSIG): a worker busy with a
    file would otherwise finish it for nobody. Elsewhere the idle check in :func:`_worker` still ends it."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), 0 where unknown."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _worker(tasks, results, limits: Limits, options: Options) -> None:
    # The memory limit is watched by the parent (resident size), not set with RLIMIT_AS here: an
    # address-space limit makes threaded libraries (pyHanko's validation, BLAS) hang instead of failing.
    parent = os.getppid()
    _die_with_parent()
    from seidou.runner import settings
    from seidou.runner.process import process_file

    settings.enter_batch_process()

    while True:
        try:
            task = tasks.get(timeout=PARENT_CHECK)
        except queue.Empty:
            if os.getppid() != parent:
                return  # the parent was killed (SIGKILL): nobody will hand out work or read results
            continue
        if task is None:
            return
        index, path, run_id = task
        try:
            result = process_file(path, run_id, options)
            result.layout = None  # not needed by the parent; costly to send
        except MemoryError:
            result = failed_result(path, run_id, "worker", "memory", f"over the memory limit of {limits.memory_mb} MB")
        except Exception as e:  # noqa: BLE001 - one file must not stop the worker
            result = failed_result(path, run_id, "internal", type(e).__name__, str(e))
        try:
            # pickled here, once: a result the queue could not pickle would leave the parent waiting
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # noqa: BLE001
            result = failed_result(path, run_id, "worker", "unpicklable", f"result cannot be sent: {e}")
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        results.put((index, payload))


class _Slot:
    def __init__(self, ctx, results, limits: Limits, options: Options):
        self.tasks = ctx.Queue()
        self.proc = ctx.Process(target=_worker, args=(self.tasks, results, limits, options), daemon=True)
        self.proc.start()
        self.task: tuple[int, str] | None = None
        self.started = 0.0


# Files are handed out largest first within windows of this many files per worker: a big file
# started last would leave the other workers idle at the end (results still come out in input
# order; the window bounds how many finished results wait for an earlier one).
WINDOW_PER_WORKER = 4


def dispatch_order(paths: list[str], workers: int) -> list[tuple[int, str]]:
    """(index, path) in the order to hand them out: by size, largest first, within windows.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name, size in [("a", 1), ("b", 30), ("c", 20), ("d", 5)]:
    ...     _ = (d / name).write_bytes(b"x" * size)
    >>> [p[-1] for _, p in dispatch_order([str(d / n) for n in "abcd"], 1)]
    ['b', 'c', 'd', 'a']
    """

    def size(path: str) -> int:
        try:
            return os.path.getsize(path)
        except OSError:
            return 0

    window = max(1, WINDOW_PER_WORKER * workers)
    items = list(enumerate(paths))
    out: list[tuple[int, str]] = []
    for start in range(0, len(items), window):
        out += sorted(items[start : start + window], key=lambda item: -size(item[1]))
    return out


def process_parallel(
    paths: list[str], run_id: str, workers: int, limits: Limits, options: Options
) -> Iterator[tuple[int, FileResult]]:
    """Yield (index, result) for every path, in input order."""
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    slots = [_Slot(ctx, results, limits, options) for _ in range(max(1, min(workers, len(paths))))]
    pending = dispatch_order(paths, len(slots))[::-1]
    done: dict[int, FileResult] = {}
    next_out = 0
    try:
        while next_out < len(paths):
            for i, slot in enumerate(slots):
                if slot.task is None and pending:
                    index, path = pending.pop()
                    slot.task, slot.started = (index, path), time.monotonic()
                    slot.tasks.put((index, path, run_id))
                elif slot.task is not None:
                    index, path = slot.task
                    over = time.monotonic() - slot.started > limits.seconds
                    heavy = bool(limits.memory_mb) and rss_mb(slot.proc.pid) > limits.memory_mb
                    dead = not slot.proc.is_alive()
                    if over or heavy or dead:
                        if slot.proc.is_alive():
                            slot.proc.kill()
                        slot.proc.join(5)
                        kind = "timeout" if over else "memory" if heavy else "crashed"
                        if over:
                            msg = f"over the time limit of {limits.seconds:g} s"
                        elif heavy:
                            msg = f"over the memory limit of {limits.memory_mb} MB resident"
                        else:
                            msg = f"the worker died (exit code {slot.proc.exitcode})"
                        done.setdefault(index, failed_result(path, run_id, "worker", kind, msg))
                        slots[i] = _Slot(ctx, results, limits, options)
            # wait for a result up to POLL, then take what else is ready and go back to hand out
            # work at once (waiting out POLL after each result left a worker idle ~25 ms per file)
            wait: float | None = POLL
            try:
                while True:
                    index, payload = results.get(timeout=wait) if wait else results.get_nowait()
                    wait = None
                    done[index] = pickle.loads(payload)
                    for slot in slots:
                        if slot.task is not None and slot.task[0] == index:
                            slot.task = None
            except queue.Empty:
                pass
            while next_out in done:
                yield next_out, done.pop(next_out)
                next_out += 1
    finally:
        for slot in slots:
            try:
                slot.tasks.put(None)
            except Exception:  # noqa: BLE001
                pass
        for slot in slots:
            slot.proc.join(2)
            if slot.proc.is_alive():
                slot.proc.kill()
