"""Where the time of a parallel run goes: 1 worker process against 2, on the same files.

    python benchmarks/profile_workers.py ../shared/corpus/real [--workers 1 2] [--top 15]

Per run (all options at their defaults but OCR): wall clock; the CPU time of the parent (handing out
files, unpickling results, converting rows to Arrow, writing Parquet) and of the workers (from
``RUSAGE_CHILDREN`` once they are joined); the sum of the per-file seconds the workers measured; the
idle tail (from the moment the last file was handed out... to the end: one worker alone); and the
parent's own profile (cProfile, its top functions by own time). CPU times do not depend on what else
the machine runs; wall clock does.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seidou.runner import workers  # noqa: E402
from seidou.runner.batch import run  # noqa: E402
from seidou.runner.settings import enter_batch_process  # noqa: E402

OPTIONS = {"ocr": False}


def cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def profile_run(paths: list[str], out: Path, n: int, top: int) -> dict:
    handed: list[float] = []
    original = workers.dispatch_order

    def traced(ps, w):  # when the last file is handed out is not visible from outside: time the end
        order = original(ps, w)
        handed.append(time.perf_counter())
        return order

    workers.dispatch_order = traced
    parent0, children0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        run(paths, out, workers=n, isolate=True, **OPTIONS)
    finally:
        prof.disable()
        workers.dispatch_order = original
    wall = time.perf_counter() - t0
    import pyarrow.dataset as ds

    files = ds.dataset(out / "files").to_table(columns=["seconds", "pages"]).to_pylist()
    s = io.StringIO()
    pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(top)
    return {
        "wall": wall,
        "parent_cpu": cpu(resource.RUSAGE_SELF) - parent0,
        "workers_cpu": cpu(resource.RUSAGE_CHILDREN) - children0,
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
