"""Where the CPU of a batch run goes, process by process: ``python benchmarks/workers_profile.py CORPUS
[--workers N] [--out DIR]``.

Runs ``seidou run CORPUS`` (default options, worker processes as the CLI starts them) in this process and
prints CPU seconds, not wall clock (a busy machine inflates wall clock, not CPU time):

- the parent (this process, getrusage) split by phase, with time.thread_time() around each: hashing, receiving
  answers (the pipe read and the unpickling), rows → Arrow, the commits (Parquet writes), the end of the run
  (the last commit, ``runs``, empty tables), and the rest (the polling loop, /proc reads, the forkserver start);
- every worker (utime + stime from /proc just before the pool closes) and the forkserver;
- a timeline per worker: wall seconds busy on a file, waiting for the parent to hand it the next one after its
  answer arrived, and idle at the end (no file left): the idle waits are what the parent's own work costs the
  workers.

Instruments the library from outside (wrappers set here); nothing in seidou changes.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

PHASES = ("hash", "receive", "to_arrow", "commit", "finish")


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def profile(corpus: str, workers: int, out: Path) -> dict:
    import pickle

    from seidou.io import store as store_mod
    from seidou.runner import batch, workers as workers_mod
    from seidou.runner.batch import run

    phase = dict.fromkeys(PHASES, 0.0)
    events: list[tuple[float, int, str, str]] = []  # (monotonic, slot pid, 'put' | 'got', path)
    worker_cpu: dict[int, float] = {}
    forkserver_cpu = [0.0]
    in_finish = [False]

    def timed(name, fn):
        def wrapper(*a, **k):
            t = time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                key = "finish" if in_finish[0] and name == "commit" else name
                phase[key] += time.thread_time() - t

        return wrapper

    class _Put:
        def __init__(self, q, pid):
            self.q, self.pid = q, pid

        def put(self, task):
            if task is not None:
                events.append((time.monotonic(), self.pid, "put", task[2]))
            self.q.put(task)

    class _Answers:
        """A worker's answer pipe that notes when an answer was read (before the caller works on it)."""

        def __init__(self, conn, pid):
            self.conn, self.pid = conn, pid

        def fileno(self):
            return self.conn.fileno()

        def recv(self):
            got = self.conn.recv()
            events.append((time.monotonic(), self.pid, "got", ""))
            return got

        def close(self):
            self.conn.close()

    class _Pickle:
        HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL

        @staticmethod
        def loads(payload):
            t = time.thread_time()
            answer = pickle.loads(payload)
            phase["receive"] += time.thread_time() - t
            return answer

        dumps = staticmethod(pickle.dumps)

    saved = {
        "start": workers_mod.Pool._start,
        "close": workers_mod.Pool.close,
        "pickle": workers_mod.pickle,
        "item": batch._Run._item,
        "hash_all": batch._Run._hash_all,
        "finish": batch._Run.finish,
        "commit": store_mod.Store.commit,
    }

    def start(self):
        slot = saved["start"](self)
        slot.tasks = _Put(slot.tasks, slot.proc.pid)
        slot.answers = _Answers(slot.answers, slot.proc.pid)
        return slot

    def close(self):
        for slot in self.slots:
            worker_cpu[slot.proc.pid] = _cpu_of(slot.proc.pid)
        try:
            from multiprocessing import forkserver

            forkserver_cpu[0] = _cpu_of(forkserver._forkserver._forkserver_pid or 0)
        except (ImportError, AttributeError):
            pass
        return saved["close"](self)

    def finish(self, *a, **k):
        in_finish[0] = True
        t = time.thread_time()
        try:
            return saved["finish"](self, *a, **k)
        finally:
            in_finish[0] = False
            phase["finish"] += time.thread_time() - t

    workers_mod.Pool._start = start
    workers_mod.Pool.close = close
    workers_mod.pickle = _Pickle
    batch._Run._item = timed("to_arrow", saved["item"])
    batch._Run._hash_all = timed("hash", saved["hash_all"])
    batch._Run.finish = finish
    store_mod.Store.commit = timed("commit", saved["commit"])
    # the pool's CPU is accounted after it closes: read the parent's own CPU before and after
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.monotonic()
    try:
        summary = run([corpus], out, workers=workers, isolate=True)
    finally:
        workers_mod.Pool._start = saved["start"]
        workers_mod.Pool.close = saved["close"]
        workers_mod.pickle = saved["pickle"]
        batch._Run._item = saved["item"]
        batch._Run._hash_all = saved["hash_all"]
        batch._Run.finish = saved["finish"]
        store_mod.Store.commit = saved["commit"]
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    parent = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return {
        "summary": summary,
        "wall": wall,
        "parent": parent,
        "phase": phase,
        "workers": worker_cpu,
        "forkserver": forkserver_cpu[0],
        "events": events,
        "t0": t0,
        "t_end": t0 + wall,
    }


def timeline(events, t_end) -> dict[int, dict[str, float]]:
    """Per worker (pid): wall seconds on files, waiting between an answer and the next file, idle at the end."""
    by_pid: dict[int, list] = {}
    for t, pid, what, _path in events:
        by_pid.setdefault(pid, []).append((t, what))
    out = {}
    for pid, evs in by_pid.items():
        evs.sort()
        busy = wait = 0.0
        last_put = last_got = None
        for t, what in evs:
            if what == "put":
                if last_got is not None and (last_put is None or last_got > last_put):
                    wait += t - last_got  # the worker answered, and waited for this file
                last_put = t
            else:
                busy += t - (last_put or t)
                last_got = t
        files = sum(1 for _t, w in evs if w == "put")
        out[pid] = {"files": files, "busy": busy, "wait": wait, "tail": t_end - (last_got or t_end)}
    return out


def report(res: dict, workers: int) -> None:
    p = res["phase"]
    named = sum(p.values())
    print(
        f"--workers {workers}: {res['summary'].n_files} files, {res['summary'].n_pages} pages; wall {res['wall']:.1f} s"
    )
    print(
        f"  parent CPU {res['parent']:.2f} s: "
        + ", ".join(f"{k} {v:.2f}" for k, v in p.items())
        + f", rest (polling, /proc, pool start) {res['parent'] - named:.2f}"
    )
    total = sum(res["workers"].values())
    print(
        f"  workers CPU {total:.1f} s: "
        + ", ".join(f"{pid} {cpu:.1f}" for pid, cpu in res["workers"].items())
        + f"; forkserver {res['forkserver']:.2f} s"
    )
    for pid, t in timeline(res["events"], res["t_end"]).items():
        print(
            f"  worker {pid}: {t['files']} files, busy {t['busy']:.1f} s wall, waiting for the parent {t['wait']:.2f} s,"
            f" idle at the end {t['tail']:.1f} s"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--workers", type=int, action="append")
    ap.add_argument("--out", default=None, help="keep the output folder here (default: a temporary one)")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from seidou.runner.settings import enter_batch_process

    enter_batch_process()
    for n in args.workers or [1, 2]:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(args.out) / f"w{n}" if args.out else Path(tmp) / "out"
            report(profile(args.corpus, n, out), n)


if __name__ == "__main__":
    main()
