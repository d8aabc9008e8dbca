"""Parallel processing in worker processes (PDFium and pdfplumber are not thread-safe).

Each worker (seidou.runner.worker_main) handles one task at a time — hashing a file, or processing it —
under limits watched by the parent: CPU time (the worker's and its children's, so a busy machine does
not make files fail), a wall-clock backstop of ``WALL_FACTOR`` times that (a read that blocks uses no
CPU), and the resident memory of the worker's whole process group (Tesseract included). A worker past
a limit is killed with its process group and replaced; its file becomes an ``errors`` row
(``timeout`` or ``memory``; ``crashed`` if the worker died on its own). Workers die with the parent.

:meth:`Pool.run` yields results as they finish (a slow file holds nothing back) and ``None`` while
none does, so the caller can commit on time; :func:`process_parallel` gives them in input order.
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import pickle
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from seidou.options import Limits, Options

POLL = 0.25  # seconds the parent waits for an answer before it checks the limits, signals and commits
CHECK_EVERY = 0.25  # seconds between two reads of the workers' CPU time and memory (/proc)
WALL_FACTOR = 3.0  # wall-clock backstop: this many times the CPU-time limit


def _ticks() -> float:
    return float(os.sysconf("SC_CLK_TCK"))


def _proc_stat(pid: int | str) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _children_listed() -> bool:
    """Whether this kernel lists a task's children (/proc/<pid>/task/<tid>/children, CONFIG_PROC_CHILDREN)."""
    return os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")


CHILDREN_LISTED = _children_listed()


def _descendants(pid: int) -> list[str]:
    """``pid`` and every process under it, from the kernel's children lists (a few small reads, where a pass
    over /proc reads the stat of every process of the machine: about 2 ms, four times a second)."""
    out, todo = [], [str(pid)]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    todo += f.read().split()
            except OSError:
                pass
    return out


def group_usage(pgids: set[int]) -> dict[int, tuple[float, float]]:
    """(CPU seconds, resident MB) of each process group in ``pgids`` (each led by a worker), from the group
    leader's descendants where the kernel lists children, else from one pass over /proc (Linux; children
    already reaped count through their parent's cutime/cstime)."""
    ticks = {g: 0 for g in pgids}
    pages = {g: 0 for g in pgids}
    wanted = {str(g): g for g in pgids}
    if CHILDREN_LISTED:
        pids = [p for g in pgids for p in _descendants(g)]
    else:
        pids = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    for pid in pids:
        fields = _proc_stat(pid)
        # fields after the name: state ppid pgrp ... utime(11) stime(12) cutime(13) cstime(14) ... rss(21)
        if not fields or len(fields) < 22 or fields[2] not in wanted:
            continue
        g = wanted[fields[2]]
        ticks[g] += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        pages[g] += int(fields[21])
    size = os.sysconf("SC_PAGE_SIZE") / 2**20
    return {g: (ticks[g] / _ticks(), pages[g] * size) for g in pgids}


def rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), 0 where unknown."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


# Workers are forked from a server process that imported the stages once (``forkserver``, with the modules below
# preloaded: seidou.runner.preload), instead of each starting a fresh interpreter that imports them again
# (``spawn``: about 1 s of CPU per worker). Where forkserver is not available (not a POSIX system) or
# SEIDOU_START_METHOD=spawn asks for it, workers are spawned.
PRELOAD = ["seidou.runner.preload"]
START_METHOD_ENV = "SEIDOU_START_METHOD"


def start_method() -> str:
    """``forkserver`` where the system has it, unless the environment asks for ``spawn``."""
    wanted = (os.environ.get(START_METHOD_ENV) or "forkserver").strip().lower()
    if wanted == "forkserver" and "forkserver" in mp.get_all_start_methods():
        return "forkserver"
    return "spawn"


def worker_context():
    """The multiprocessing context workers start from (see :func:`start_method`). The forkserver is one per
    process and starts with the first pool (:func:`start_forkserver`); its preload list must be set before that."""
    method = start_method()
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_forkserver() -> bool:
    """Start this process's forkserver (if not running), False where it cannot start: it listens on a Unix
    socket in the temporary folder, so no writable temporary folder, or one whose path is too long for a
    socket address (about 100 bytes), stops it. The workers are then spawned, which needs neither."""
    from multiprocessing import forkserver

    for attempt in (1, 2):
        try:
            forkserver.ensure_running()
            return True
        except Exception as e:  # noqa: BLE001 - OSError mostly; any failure to start leaves spawn
            # the folder multiprocessing keeps for the process's life may be gone (a library caller's
            # TMPDIR removed between two runs): look for one again under the TMPDIR of now, once
            _forget_temp_dir()
            if attempt == 2:
                _say_fallback(e)
    return False


def _forget_temp_dir() -> None:
    """Drop multiprocessing's temporary folder cached for this process (created with the first forkserver, and
    kept for the process's life), so that the next run looks for one again under its own TMPDIR."""
    try:
        from multiprocessing import process

        process.current_process()._config.pop("tempdir", None)
    except (ImportError, AttributeError):
        pass


def _say_fallback(error: BaseException) -> None:
    import sys

    lines = [line.strip() for line in str(error).splitlines() if line.strip()]  # (a message may open on a newline)
    reason = lines[0] if lines else type(error).__name__
    print(f"seidou: warning: workers spawned (the forkserver could not start: {reason})", file=sys.stderr)


# The forkserver lives while a Pool of this process is open: it starts with the first pool's first worker and
# stops when the last open pool closes, so that the next run's workers start from the environment, folder and
# import paths of that moment (settings read from SEIDOU_* variables at import, relative input paths), as
# spawned workers do. One forkserver start costs what one spawned worker's imports cost, once per run.
_open_pools = 0
_open_lock = threading.Lock()


def _pool_opened(method: str) -> None:
    global _open_pools
    if method == "forkserver":
        with _open_lock:
            _open_pools += 1


def _pool_closed(method: str) -> None:
    global _open_pools
    if method != "forkserver":
        return
    with _open_lock:
        _open_pools -= 1
        if _open_pools == 0:
            stop_forkserver()


def stop_forkserver() -> None:
    """Stop this process's forkserver if it runs (multiprocessing's own stop; its workers are gone by now)."""
    try:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()
    except (ImportError, AttributeError, OSError, ChildProcessError):
        pass


class _Slot:
    def __init__(self, ctx, limits: Limits, options: Options):
        from seidou.runner.worker_main import main

        self.tasks = ctx.Queue()
        # answers come back on the worker's own pipe, not a queue shared by the workers: a worker killed while
        # it sends (a file done just as its limit struck, its answer megabytes long) would leave half a message
        # in a shared pipe, and with it the next read of every answer blocked for ever. Its own pipe is dropped
        # with it, and a read of half a message ends when the pipe's last write end closes (EOFError).
        self.answers, writer = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=main, args=(self.tasks, writer, os.getpid(), limits, options), daemon=True)
        self.proc.start()
        writer.close()  # the worker's copy is the only one: its death closes the pipe
        self.task: tuple[int, int, str, str] | None = None  # (task id, index, path, kind)
        self.started = 0.0
        self.cpu0 = 0.0
        self.cpu = 0.0
        self.mem = 0.0

    def own_group(self) -> bool:
        try:
            return os.getpgid(self.proc.pid) == self.proc.pid
        except OSError:
            return False

    def own_usage(self) -> tuple[float, float]:
        """(CPU seconds, resident MB) of the worker alone (before it leads its own group)."""
        fields = _proc_stat(self.proc.pid)
        cpu = sum(int(f) for f in fields[11:15]) / _ticks() if fields else 0.0
        return cpu, rss_mb(self.proc.pid)

    def kill(self) -> None:
        """Kill the worker and every process of its group (Tesseract)."""
        try:
            if self.own_group():
                os.killpg(self.proc.pid, signal.SIGKILL)
            elif self.proc.is_alive():
                self.proc.kill()
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.join(5)
        self.answers.close()


# Files are handed out largest first within windows of this many files per worker: a big file
# started last would leave the other workers idle at the end.
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
            return os.stat(path).st_size
        except OSError:
            return 0

    window = max(1, WINDOW_PER_WORKER * workers)
    items = list(enumerate(paths))
    out: list[tuple[int, str]] = []
    for start in range(0, len(items), window):
        out += sorted(items[start : start + window], key=lambda item: -size(item[1]))
    return out


class Pool:
    """Worker processes for one run; ``with Pool(...) as pool: for x in pool.run(paths, 'file'): ...``."""

    def __init__(self, workers: int, run_id: str, limits: Limits, options: Options):
        self.ctx = worker_context()
        self.method = self.ctx.get_start_method()
        _pool_opened(self.method)
        if self.method == "forkserver" and not start_forkserver():
            _pool_closed(self.method)
            self.ctx = mp.get_context("spawn")
            self.method = "spawn"
            _pool_opened(self.method)
        self.open = True
        self.run_id = run_id
        self.limits = limits
        self.options = options
        self.n = max(1, workers)
        self.slots: list[_Slot] = []
        self.next_tid = 0

    def _start(self) -> _Slot:
        return _Slot(self.ctx, self.limits, self.options)

    def run(self, paths: list[str], kind: str = "file") -> Iterator[tuple[int, object] | None]:
        """Yield ``(index, answer)`` for every path as it finishes (``kind`` 'file': a FileResult; 'hash':
        ``('ok', sha, size)`` or ``('error', stage, error_type, message)``), and ``None`` every POLL
        seconds while nothing finishes."""
        from seidou.runner.process import failed_result

        while len(self.slots) < min(self.n, max(1, len(paths))):
            self.slots.append(self._start())
        pending = dispatch_order(paths, len(self.slots))[::-1]
        inflight: dict[int, _Slot] = {}
        outstanding = len(paths)
        last_check = 0.0
        limit = self.limits.seconds

        def failure(index: int, path: str, error_type: str, message: str):
            if kind == "hash":
                return ("error", "worker", error_type, message)
            return failed_result(path, self.run_id, "worker", error_type, message, hashed=(None, None))

        def give(slot: _Slot, now_cpu: bool = False) -> None:
            """Hand ``slot`` the next file, if any. ``now_cpu``: read the worker's CPU time now (it has just
            answered, so no child of it runs), not as of the last check, as the start of the file's count."""
            if not pending:
                return
            index, path = pending.pop()
            slot.task = (self.next_tid, index, path, kind)
            slot.started = time.monotonic()
            if now_cpu:
                slot.cpu = slot.own_usage()[0]
            slot.cpu0 = slot.cpu  # as of the last check (the worker was idle since) or of now
            slot.mem = 0.0
            inflight[self.next_tid] = slot
            slot.tasks.put((self.next_tid, kind, path, self.run_id))
            self.next_tid += 1

        while outstanding:
            now = time.monotonic()
            if now - last_check >= CHECK_EVERY:
                last_check = now
                self._measure()
            for i, slot in enumerate(self.slots):
                if slot.task is None:
                    give(slot)
                    continue
                tid, index, path, _k = slot.task
                dead = not slot.proc.is_alive()
                cpu = slot.cpu - slot.cpu0
                wall = time.monotonic() - slot.started
                over = bool(limit) and (cpu > limit or wall > WALL_FACTOR * limit)
                heavy = bool(self.limits.memory_mb) and slot.mem > self.limits.memory_mb
                if over or heavy or dead:
                    exitcode = slot.proc.exitcode
                    slot.kill()
                    if over:
                        kind_, msg = (
                            "timeout",
                            (
                                f"over the time limit of {limit:g} s of CPU time"
                                if cpu > limit
                                else f"over the wall-clock limit of {WALL_FACTOR * limit:g} s (blocked?)"
                            ),
                        )
                    elif heavy:
                        kind_, msg = "memory", f"over the memory limit of {self.limits.memory_mb} MB resident"
                    else:
                        kind_, msg = "crashed", f"the worker died (exit code {exitcode})"
                    inflight.pop(tid, None)
                    self.slots[i] = self._start()
                    outstanding -= 1
                    yield index, failure(index, path, kind_, msg)
            answers = []
            busy = {slot.answers: slot for slot in self.slots if slot.task is not None}
            for ready in mp_connection.wait(list(busy), timeout=POLL) if busy else []:
                slot = busy[ready]
                try:
                    tid, payload = ready.recv()
                except (EOFError, OSError):
                    continue  # the worker died (half an answer at most): its failure is given on the next pass
                if inflight.get(tid) is not slot:
                    continue  # an answer of a task already given as failed
                del inflight[tid]
                answers.append((slot.task[1], payload))
                slot.task = None
                # every worker that answered gets its next file before the answers go to the caller, whose work
                # on them (rows to Arrow, a commit's Parquet writes) would otherwise leave the workers waiting
                give(slot, now_cpu=True)
            for index, payload in answers:
                outstanding -= 1
                yield index, pickle.loads(payload)
            if not busy:
                time.sleep(POLL)
            if not answers:
                yield None

    def _measure(self) -> None:
        """CPU time and memory of every worker's process group, in one pass over /proc."""
        groups = {s.proc.pid for s in self.slots if s.own_group()}
        usage = group_usage(groups) if groups else {}
        for slot in self.slots:
            slot.cpu, slot.mem = usage.get(slot.proc.pid) or slot.own_usage()

    def close(self) -> None:
        for slot in self.slots:
            try:
                slot.tasks.put(None)
            except Exception:  # noqa: BLE001
                pass
        deadline = time.monotonic() + 2
        for slot in self.slots:
            slot.proc.join(max(0.0, deadline - time.monotonic()))
        for slot in self.slots:
            slot.kill()  # and whatever its process group still holds
        self.slots = []
        if self.open:
            self.open = False
            _pool_closed(self.method)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def process_parallel(paths: list[str], run_id: str, workers: int, limits: Limits, options: Options) -> Iterator:
    """Yield (index, FileResult) for every path, in input order."""
    done: dict[int, object] = {}
    nxt = 0
    with Pool(min(workers, max(1, len(paths))), run_id, limits, options) as pool:
        for item in pool.run(paths, "file"):
            if item is None:
                continue
            done[item[0]] = item[1]
            while nxt in done:
                yield nxt, done.pop(nxt)
                nxt += 1
