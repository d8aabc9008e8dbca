"""Full-pipeline speed and memory on a folder of real PDFs (``make bench ARGS=<corpus dir>``).

    python benchmarks/bench_pipeline.py ../shared/corpus/real [--max-pages 60] [--big FILE]

In one run, on the same pages:
1. per file, one core, in this process: pdfplumber's bare ``extract_text`` on every page, then
   seidou ``rules`` (--tables off --ner off), ``full`` (--tables off, NER targeted: layout,
   segmentation, patterns, NER, rows converted for Parquet) and ``default`` (full + the ruled-table
   search with pdfplumber); pages/s per file, medians and ratios of the medians, and totals;
2. ``seidou run`` over all the files (the big ones too): in this process, with 1 worker process
   (what ``seidou run --workers 1`` does) and with 2 (wall clock, Parquet written; and the sum of
   the per-file seconds, which shows how much two busy processes slow each other);
3. the re-run of an unchanged input into the same output (every file skipped by sha256);
4. peak resident memory of one process running the default pipeline on ``--big`` (the 140-page
   DOU edition by default), in a fresh subprocess.
Scanned pages are not OCR'd in 1-2 (pdfplumber reads nothing there either); OCR is timed apart.
Files over ``--max-pages`` are left out of 1-2 to keep the run short (the big one is in 3).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seidou.io.parquet import PartWriter  # noqa: E402
from seidou.io.pdf import PdfFile  # noqa: E402
from seidou.runner.process import process_file  # noqa: E402
from seidou.runner.batch import batch_gc, run  # noqa: E402

CONFIGS = {
    "rules": {"tables": "off", "ner": "off", "ocr": False},
    "full": {"tables": "off", "ner": "targeted", "ocr": False},
    "default": {"tables": "ruled", "ner": "targeted", "ocr": False},
}
BIG = "dou/dou_s1_2014_10_01_full.pdf"


def pages_of(path: Path) -> int:
    with PdfFile(path) as pdf:
        return pdf.n_pages


def time_pdfplumber(path: Path) -> float:
    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - t


def time_seidou(path: Path, options: dict, writer: PartWriter) -> float:
    t = time.perf_counter()
    result = process_file(str(path), "bench", **options)
    writer.add_all(result.rows)
    return time.perf_counter() - t


def peak_rss_mb(path: Path, window: int | None = None) -> float:
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from seidou.runner.process import process_file;"
        "process_file(sys.argv[1], 'bench');"
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of this (big) process
        # would report this process's size
        "print([int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0],"
        " 'torch' in sys.modules)"
    )
    env = dict(os.environ, **({"SEIDOU_WINDOW_PAGES": str(window)} if window else {}))
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), str(ROOT)], capture_output=True, text=True, check=True, env=env
    )
    rss, torch = out.stdout.strip().splitlines()[-1].split()
    if torch == "True":  # thinc imports torch wherever it is installed (make silver installs it): ~170 MB more
        print("   (torch was imported: this environment has it; a fresh make install does not)")
    return float(rss)


def file_seconds(out: Path) -> float:
    import pyarrow.dataset as ds

    return float(sum(x for x in ds.dataset(out / "files").to_table(columns=["seconds"]).column(0).to_pylist() if x))


def wall(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--max-pages", type=int, default=60)
    ap.add_argument("--big", type=Path, default=None)
    args = ap.parse_args()
    batch_gc()  # the collector settings of a batch run (seidou run and its workers), for every engine alike
    files = sorted(args.corpus.rglob("*.pdf"))
    every = []  # (path, pages) of every readable file, counted once
    for f in files:
        try:
            every.append((f, pages_of(f)))
        except Exception:  # noqa: BLE001 - a damaged file is not a speed sample
            continue
    sized = [(f, n) for f, n in every if n <= args.max_pages]
    print(f"{len(sized)} files, {sum(n for _, n in sized)} pages (files over {args.max_pages} pages left out)\n")

    per_file: dict[str, list[float]] = {k: [] for k in ["pdfplumber", *CONFIGS]}
    totals = dict.fromkeys(per_file, 0.0)
    pages_total = 0
    with tempfile.TemporaryDirectory() as tmp:
        writers = {k: PartWriter(Path(tmp) / k, "bench") for k in CONFIGS}
        import pyhanko.pdf_utils.reader  # noqa: F401 - warm-up: imported on the first signed file otherwise
        import pyhanko.sign  # noqa: F401

        for opts in CONFIGS.values():  # warm-up: NER model load, regex compilation, pdfplumber imports
            time_seidou(sized[0][0], opts, PartWriter(Path(tmp) / "warm", "bench"))
        time_pdfplumber(sized[0][0])
        for f, n in sized:
            t_plumb = time_pdfplumber(f)
            per_file["pdfplumber"].append(n / t_plumb)
            totals["pdfplumber"] += t_plumb
            for k, opts in CONFIGS.items():
                t = time_seidou(f, opts, writers[k])
                per_file[k].append(n / t)
                totals[k] += t
            pages_total += n
        for k, w in writers.items():
            totals[k] += wall(w.flush)

        print("1. one core, per file: pages/s (median over files), total pages/s, ratio to pdfplumber")
        print(f"{'engine':<12} {'median p/s':>11} {'total p/s':>10} {'x pdfplumber (median)':>22} {'(total)':>8}")
        plumb_med = statistics.median(per_file["pdfplumber"])
        plumb_tot = pages_total / totals["pdfplumber"]
        for k in per_file:
            med = statistics.median(per_file[k])
            tot = pages_total / totals[k]
            print(f"{k:<12} {med:>11.1f} {tot:>10.1f} {med / plumb_med:>22.2f} {tot / plumb_tot:>8.2f}")
        ratios = {k: statistics.median(a / b for a, b in zip(per_file[k], per_file["pdfplumber"])) for k in CONFIGS}
        print("   median of per-file ratios: " + ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items()))

        paths = [str(f) for f, _ in every]  # all files here: workers are for batches
        all_pages = sum(n for _, n in every)
        print(
            f"\n2. seidou run over all {len(paths)} files ({all_pages} pages; full: --tables off, NER targeted), wall clock with Parquet"
        )
        t1 = wall(lambda: run(paths, Path(tmp) / "w1", workers=1, **CONFIGS["full"]))
        t1p = wall(lambda: run(paths, Path(tmp) / "w1p", workers=1, isolate=True, **CONFIGS["full"]))
        t2 = wall(lambda: run(paths, Path(tmp) / "w2", workers=2, **CONFIGS["full"]))
        cores = os.cpu_count()
        busy = {k: file_seconds(Path(tmp) / k) for k in ("w1", "w1p", "w2")}
        print(f"   {'':<28} {'wall s':>7} {'pages/s':>8} {'speed-up':>9} {'sum of per-file s':>18}")
        for label, key, t in (
            ("1 worker, in this process", "w1", t1),
            ("1 worker process (CLI)", "w1p", t1p),
            ("2 worker processes", "w2", t2),
        ):
            print(f"   {label:<28} {t:7.1f} {all_pages / t:8.1f} {t1p / t:8.2f}x {busy[key]:18.1f}")
        print(
            f"   2 workers vs 1 worker process: {t1p / t2:.2f}x; vs 1 in-process: {t1 / t2:.2f}x ({cores} cores;"
            " the per-file sums show how much two busy processes slow each other)"
        )
        t_rerun = wall(lambda: run(paths, Path(tmp) / "w1", workers=1, **CONFIGS["full"]))
        print(f"\n3. re-run of the unchanged input: {t_rerun:.2f} s = {100 * t_rerun / t1:.1f}% of the first run")

    big = args.big or args.corpus / BIG
    if big.exists():
        n = pages_of(big)
        from seidou.runner.process import WINDOW_PAGES

        print(f"\n4. peak resident memory of one process, default pipeline, {big.name} ({n} pages)")
        for window in (WINDOW_PAGES, 20):
            t = time.perf_counter()
            rss = peak_rss_mb(big, window)
            print(f"   page window {window:>4}: {rss:6.0f} MB  ({time.perf_counter() - t:.1f} s)")
    scanned = [f for f in files if "scan" in f.name]
    if scanned:
        from seidou.io import ocr

        if ocr.available():
            f = scanned[0]
            n = pages_of(f)
            t = wall(lambda: process_file(str(f), "bench", tables="off", ner="off"))
            print(f"\nOCR: {f.name}: {n} pages in {t:.1f} s = {t / n:.2f} s/page (Tesseract {ocr.available()})")


if __name__ == "__main__":
    main()
