"""The fixed CPU cost of a worker process, per start method: ``spawn`` against ``forkserver``.

    python benchmarks/worker_startup.py [PDF ...] [--workers 2] [--files-per-worker 2] [--ner off]

For each start method, in a fresh interpreter (so that a forkserver starts from nothing), one Pool of
``--workers`` worker processes processes ``--files-per-worker`` copies of each PDF per worker. Printed: the
CPU seconds of the workers (from /proc, their process groups), the CPU seconds the files' stages measured
inside the workers, and the difference per worker: what starting a worker costs (imports, first-use
set-up) on top of its files; and the forkserver's own CPU (its one-off imports, shared by all workers).
CPU seconds, not wall clock: they hardly depend on what else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT / "tests" / "fixtures" / "dou_2025_05_09_s1_p112.pdf"


def _stat(pid: int | str) -> list[str]:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _cpu_of(pid: int) -> float:
    fields = _stat(pid)
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK") if fields else 0.0


def measure(paths: list[str], workers: int, ner: str) -> dict:
    """One pool in this process (the start method comes from SEIDOU_START_METHOD)."""
    from seidou.options import Limits, Options
    from seidou.runner.workers import Pool, start_method

    options = Options(ner=ner, ocr=False)
    t0 = time.perf_counter()
    inside = 0.0
    with Pool(workers, "startup", Limits(), options) as pool:
        for item in pool.run(paths, "file"):
            if item is not None:
                inside += sum(item[1].timings.values())
        pool._measure()
        worker_cpu = sum(s.cpu for s in pool.slots)
        pids = {s.proc.pid for s in pool.slots}
        me = str(os.getpid())
        servers = [
            int(d)
            for d in os.listdir("/proc")
            if d.isdigit()
            and int(d) not in pids
            and (f := _stat(d))
            and f[1] == me
            and b"forkserver" in Path(f"/proc/{d}/cmdline").read_bytes()
        ]
        server_cpu = sum(_cpu_of(p) for p in servers)
    return {
        "method": start_method(),
        "workers": workers,
        "files": len(paths),
        "wall": time.perf_counter() - t0,
        "worker_cpu": worker_cpu,
        "inside_cpu": inside,
        "fixed_per_worker": (worker_cpu - inside) / workers,
        "forkserver_cpu": server_cpu,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", default=[str(DEFAULT_PDF)])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--files-per-worker", type=int, default=2)
    ap.add_argument("--ner", default="off")
    ap.add_argument("--methods", nargs="+", default=["spawn", "forkserver"])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    paths = [p for p in args.pdfs for _ in range(args.workers * args.files_per_worker)]
    if args.child:
        print(json.dumps(measure(paths, args.workers, args.ner)))
        return
    for method in args.methods:
        env = {**os.environ, "SEIDOU_START_METHOD": method}
        cmd = [sys.executable, __file__, *args.pdfs, "--workers", str(args.workers), "--ner", args.ner]
        cmd += ["--files-per-worker", str(args.files_per_worker), "--child"]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['method']:>10}: {r['workers']} workers, {r['files']} files: workers' CPU {r['worker_cpu']:.2f} s, "
            f"of which inside the files' stages {r['inside_cpu']:.2f} s; fixed cost per worker "
            f"{r['fixed_per_worker']:.2f} s; forkserver {r['forkserver_cpu']:.2f} s (once); wall {r['wall']:.1f} s"
        )


if __name__ == "__main__":
    main()
