"""Files mapped over a Dask distributed cluster (``seidou run --executor dask --scheduler tcp://HOST:8786``).

Each file is one task running :func:`seidou.runner.process.process_file` on a Dask worker; results come
back to this process in input order and are written by the same writer as a local run, so the
tables are the same. PDFium is not thread-safe: tasks in one worker process are serialised by a
lock, so a worker started with several threads is safe (but gains nothing — start workers with
``--nthreads 1``). Workers need seidou installed (same version) and the input paths readable at the
same names (a shared filesystem, absolute paths).

Limits: a file over ``Limits.seconds`` becomes a ``timeout`` error row, but Dask cannot stop a
running task — its worker thread goes on until the file ends. Memory is bounded by the workers'
own ``--memory-limit`` (the nanny restarts a worker past it); a file that kills workers
repeatedly becomes a ``crashed`` error row.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator

from seidou.errors import SeidouError
from seidou.runner.process import FileResult, failed_result, process_safely
from seidou.options import Limits, Options

_LOCK = threading.Lock()  # one file at a time per worker process (PDFium is not thread-safe)
CONNECT_TIMEOUT_S = "20s"
WINDOW_PER_THREAD = 2  # tasks in flight per worker thread: enough to keep workers busy, bounded memory


def process_file_task(path: str, run_id: str, options: Options) -> FileResult:
    """What runs on a Dask worker: one file, nothing sent back but its rows."""
    with _LOCK:
        result = process_safely(path, run_id, options)
    result.layout = None
    return result


def process_dask(
    paths: list[str], run_id: str, scheduler, options: Options, limits: Limits | None = None
) -> Iterator[tuple[int, FileResult]]:
    """Yield (index, result) for every path, in input order. ``scheduler`` is an address
    (``tcp://host:8786``) or anything ``distributed.Client`` accepts (a LocalCluster)."""
    from distributed import Client
    from distributed import TimeoutError as DaskTimeout

    limits = limits or Limits()
    options = options.with_(scheduler=None)  # what the tasks need; the cluster object stays here
    try:
        client = Client(scheduler, set_as_default=False, timeout=CONNECT_TIMEOUT_S)
    except Exception as e:  # unreachable scheduler, wrong address
        raise SeidouError(f"cannot reach the Dask scheduler {scheduler}: {e}", stage="executor") from e
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(2, WINDOW_PER_THREAD * threads)
        pending: deque = deque()
        todo = iter(enumerate(paths))

        def submit() -> bool:
            nxt = next(todo, None)
            if nxt is None:
                return False
            index, path = nxt
            future = client.submit(
                process_file_task, path, run_id, options, key=f"seidou-{run_id}-{index}", pure=False, retries=0
            )
            pending.append((index, path, future))
            return True

        while len(pending) < window and submit():
            pass
        while pending:
            index, path, future = pending.popleft()
            try:
                result = future.result(timeout=limits.seconds)
            except (DaskTimeout, TimeoutError):
                future.cancel()
                result = failed_result(
                    path,
                    run_id,
                    "worker",
                    "timeout",
                    f"over the time limit of {limits.seconds:g} s",
                    hashed=(None, None),
                )
            except Exception as e:  # noqa: BLE001 - KilledWorker, lost connection, ...
                result = failed_result(
                    path,
                    run_id,
                    "worker",
                    "crashed",
                    f"the Dask task failed: {type(e).__name__}: {e}",
                    hashed=(None, None),
                )
            yield index, result
            submit()
    finally:
        client.close()
