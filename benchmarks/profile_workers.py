"""Where the time of a parallel run goes: 1 worker process against 2, on the same files.

    python benchmarks/profile_workers.py ../shared/corpus/real [--workers 1 2] [--top 15]

Per run (all options at their defaults but OCR): wall clock; the CPU time of the parent (handing out
files, unpickling results, converting rows to Arrow, writing Parquet) and of each worker (sampled from
/proc) with the moment it was last busy (an early one waited for the other at the end); the sum of
the per-file seconds the workers measured; and the parent's own profile (cProfile, its top functions
by own time, ``--profile``). CPU times do not depend on what else the machine runs; wall clock does.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import threading
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seidou.runner.batch import run  # noqa: E402
from seidou.runner.settings import enter_batch_process  # noqa: E402

OPTIONS = {"ocr": False}


def cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


class ChildCpu(threading.Thread):
    """CPU seconds of each child process of this one (/proc, sampled every 0.1 s: a worker's last
    tenth of a second may be missed), and when each was last seen busy."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.cpu: dict[int, float] = {}
        self.busy_until: dict[int, float] = {}
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.1):
            for d in os.listdir("/proc"):
                if not d.isdigit():
                    continue
                try:
                    with open(f"/proc/{d}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) != me:
                    continue
                pid, used = int(d), (int(fields[11]) + int(fields[12])) / self.tick
                if used > self.cpu.get(pid, 0.0):
                    self.busy_until[pid] = time.perf_counter()
                self.cpu[pid] = used


def profile_run(paths: list[str], out: Path, n: int, top: int) -> dict:
    parent0 = cpu(resource.RUSAGE_SELF)
    sampler = ChildCpu()
    sampler.start()
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        run(paths, out, workers=n, isolate=True, **OPTIONS)
    finally:
        prof.disable()
        sampler.stop.set()
    wall = time.perf_counter() - t0
    import pyarrow.dataset as ds

    files = ds.dataset(out / "files").to_table(columns=["seconds", "pages"]).to_pylist()
    s = io.StringIO()
    pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(top)
    return {
        "wall": wall,
        "parent_cpu": cpu(resource.RUSAGE_SELF) - parent0,
        "workers_cpu": sum(sampler.cpu.values()),
        "per_worker": sorted(((c, sampler.busy_until[p] - t0) for p, c in sampler.cpu.items()), reverse=True),
        "file_seconds": sum(f["seconds"] or 0 for f in files),
        "pages": sum(f["pages"] or 0 for f in files),
        "profile": s.getvalue(),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--profile", action="store_true", help="print the parent's top functions")
    args = ap.parse_args()
    enter_batch_process()
    paths = [str(p) for p in sorted(args.corpus.rglob("*.pdf"))]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.workers:
            results[n] = r = profile_run(paths, Path(tmp) / f"w{n}", n, args.top)
            print(
                f"{n} worker(s): wall {r['wall']:.1f} s, {r['pages'] / r['wall']:.1f} pages/s; CPU: parent "
                f"{r['parent_cpu']:.1f} s, workers {r['workers_cpu']:.1f} s; per-file seconds summed "
                f"{r['file_seconds']:.1f}"
            )
            print("   per worker: " + ", ".join(f"{c:.1f} s CPU, last busy at {t:.1f} s" for c, t in r["per_worker"]))
            if args.profile:
                print(r["profile"])
    if 1 in results and 2 in results:
        a, b = results[1], results[2]
        print(
            f"2 vs 1: {a['wall'] / b['wall']:.2f}x wall; workers' CPU {b['workers_cpu'] / a['workers_cpu']:.2f}x, "
            f"per-file seconds {b['file_seconds'] / a['file_seconds']:.2f}x of one worker's"
        )


if __name__ == "__main__":
    main()
