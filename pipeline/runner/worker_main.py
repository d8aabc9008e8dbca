"""The body of a worker process. Its first acts, before any heavy import, tie it to its parent: the
kernel kills it when the parent dies (PR_SET_PDEATHSIG; a worker forked by the run's forkserver dies
with the forkserver, which exits when the run dies), it exits at once if the parent is already
gone, and it leads its own process group, so that the parent kills it together with any child it
started (Tesseract) and counts their memory and CPU time together. It ignores Ctrl-C: the parent
decides when to stop (seidou.runner.workers).

Tasks are ``(task_id, kind, path, run_id)``: kind ``hash`` answers ``('ok', sha256, size)`` or
``('error', stage, error_type, message)``; kind ``file`` answers the file's pickled FileResult; kind ``arrow``
(a batch run's) the same with the rows of every table but files and errors converted to Arrow here
(:func:`with_arrow`): the conversion runs beside the other worker's, not in the parent, and an Arrow table
pickles and unpickles at a fraction of the cost of its rows as dicts.
"""

from __future__ import annotations

import os
import signal

PARENT_CHECK = 1.0  # seconds an idle worker waits for work before it checks that its parent lives


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def parent_of(pid: int) -> int | None:
    """The parent process id of ``pid`` (Linux /proc), None where unknown."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def started_by(parent: int) -> bool:
    """Whether this process is the run's (``parent``) child: spawned by it, or forked by its forkserver (a child
    of the run whose death ends the forkserver, and with it this process: see die_with_parent)."""
    ppid = os.getppid()
    return ppid == parent or parent_of(ppid) == parent


def let_forkserver_end() -> None:
    """Close this process's copy of the write end of the forkserver's "alive" pipe (multiprocessing gives one
    to every process the forkserver forks). The forkserver exits when that pipe's last write end closes: with
    the workers holding one, it would outlive a killed run, and its workers with it."""
    try:
        from multiprocessing import forkserver

        server = forkserver._forkserver
        fd = server._forkserver_alive_fd
    except (ImportError, AttributeError):
        return
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None


def main(tasks, results, parent: int, limits, options) -> None:
    """``results``: the write end of this worker's own pipe to the run."""
    die_with_parent()
    if not started_by(parent):  # the parent died before the line above: nobody wants our work
        os._exit(0)
    if os.getppid() != parent:  # forked by the run's forkserver
        let_forkserver_end()
    ppid = os.getppid()  # the run, or its forkserver (which exits when the run dies)
    try:
        os.setpgrp()
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the memory limit is watched by the parent (resident size of the process group), not set with
    # RLIMIT_AS here: an address-space limit makes threaded libraries (pyHanko, BLAS) hang, not fail
    import pickle
    import queue

    from seidou.runner import settings

    settings.enter_batch_process()
    while True:
        try:
            task = tasks.get(timeout=PARENT_CHECK)
        except queue.Empty:
            if os.getppid() != ppid:
                return  # the parent was killed: nobody will hand out work or read results
            continue
        if task is None:
            return
        tid, kind, path, run_id = task
        if kind == "hash":
            answer = hash_answer(path)
        else:
            answer = file_answer(path, run_id, limits, options)
            if kind == "arrow":
                answer = with_arrow(answer)
        try:
            # pickled here, once: a result the queue could not pickle would leave the parent waiting
            payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # noqa: BLE001
            from seidou.runner.process import failed_result

            answer = failed_result(path, run_id, "worker", "unpicklable", f"result cannot be sent: {e}")
            payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            results.send((tid, payload))  # the worker's own pipe to the run (seidou.runner.workers)
        except OSError:
            return  # the run closed it: nobody reads our answers


def hash_answer(path: str) -> tuple:
    from seidou.errors import SeidouError
    from seidou.io.pdf import sha256_of

    try:
        sha, size = sha256_of(path)
    except SeidouError as e:
        return ("error", e.stage, e.error_type, str(e))
    except Exception as e:  # noqa: BLE001 - any surprise of one file is that file's error
        return ("error", "open", type(e).__name__, f"cannot read the file: {e}")
    return ("ok", sha, size)


def file_answer(path: str, run_id: str, limits, options):
    from seidou.runner.process import failed_result, process_file

    try:
        result = process_file(path, run_id, options)
        result.layout = None  # not needed by the parent; costly to send
    except MemoryError:
        result = failed_result(path, run_id, "worker", "memory", f"over the memory limit of {limits.memory_mb} MB")
    except Exception as e:  # noqa: BLE001 - one file must not stop the worker
        result = failed_result(path, run_id, "internal", type(e).__name__, str(e))
    return result


SMALL_TABLES = ("files", "errors")  # kept as dicts: the parent completes and reads them (seidou.runner.batch)


def with_arrow(result):
    """``result`` with the rows of every table but files and errors as Arrow tables (``result.arrow``), by the
    batch run's own conversion (seidou.runner.rows_arrow.to_tables), so the tables written are the same. A row the
    schema cannot hold leaves the result as it was: the parent converts it and records the failure."""
    from seidou.runner.rows_arrow import to_tables

    big = {t: rows for t, rows in result.rows.items() if t not in SMALL_TABLES}
    try:
        arrow = to_tables(big)
    except Exception:  # noqa: BLE001 - the parent's conversion gives the file's 'write' error
        return result
    result.arrow = arrow
    result.rows = {t: rows for t, rows in result.rows.items() if t in SMALL_TABLES}
    return result
