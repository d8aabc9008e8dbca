"""Full-pipeline speed and memory on a folder of real PDFs (``make bench ARGS=<corpus dir>``).

    python benchmarks/bench_pipeline.py ../shared/corpus/real [--max-pages 60] [--big FILE] [--no-stages]

In one run, on the same pages:
1. the headline, per file, one core, in this process: the default run (every option at its default
   but OCR: ruled tables from PDFium, NER fast, rows converted for Parquet) beside ``--ner off``, ``--ner targeted``
   (0.28's default), ``--ner every``,
   ``--tables off``, pdfplumber's bare ``extract_text`` and pypdfium2's bare ``get_text_range`` on
   every page: the median over files of the CPU milliseconds per page, and the ratio of the totals
   over all pages (pdfplumber's total over the engine's: "10x" = ten times faster than pdfplumber);
   overall and per kind (the corpus folder: dou, sei, municipal, other);
2. where the default run's time goes (``--no-stages`` leaves it out): its stages timed on the same files;
3. ``seidou run`` over all the files (the big ones too), default options: with 1 worker process
   (what ``seidou run --workers 1 --isolate`` does) and with 2 (wall clock, Parquet written; and the
   sum of the per-file seconds, which shows how much two busy processes slow each other);
4. the re-run of an unchanged input into the same output (every file skipped by sha256);
5. peak resident memory of one process (a worker does the same) running the default pipeline on
   ``--big`` (the 140-page DOU edition by default), in a fresh subprocess.
Sections 1-2 count CPU time (``time.process_time``; the batch settings keep NER on one thread): on a
machine shared with other work, wall clock measures the neighbours. Scanned pages are not OCR'd in
1-4 (pdfplumber reads nothing there either); OCR is timed apart. Files over ``--max-pages`` (default:
none) can be left out of 1-2 to keep the run short (they stay in 3, the big one in 5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seidou.io.parquet import PartWriter  # noqa: E402
from seidou.io.pdf import PdfFile  # noqa: E402
from seidou.ner.entities import forget_read  # noqa: E402
from seidou.runner.process import process_file  # noqa: E402
from seidou.runner.batch import run  # noqa: E402
from seidou.runner.settings import enter_batch_process  # noqa: E402

# the engines of the headline, slowest reference first; the seidou ones are process_file options
CONFIGS = {
    "default": {"ocr": False},
    "ner off": {"ner": "off", "ocr": False},
    "ner targeted": {"ner": "targeted", "ocr": False},  # both members of the NER model (0.28's default)
    "ner every": {"ner": "every", "ocr": False},  # every paragraph (README "NER readings")
    "tables off": {"tables": "off", "ocr": False},
}
REFERENCES = ("pdfplumber", "pypdfium2")
BIG = "dou/dou_s1_2014_10_01_full.pdf"


def pages_of(path: Path) -> int:
    with PdfFile(path) as pdf:
        return pdf.n_pages


def time_pdfplumber(path: Path) -> float:
    t = time.process_time()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.process_time() - t


def time_pypdfium2(path: Path) -> float:
    t = time.process_time()
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        doc.close()
    return time.process_time() - t


def time_seidou(path: Path, options: dict, writer: PartWriter) -> float:
    # each file as a run meets it once: the NER model's cache of paragraphs read (seidou.ner.entities)
    # keeps the paragraphs a file repeats, not those of the same file processed by another engine before
    forget_read()
    t = time.process_time()
    result = process_file(str(path), "bench", **options)
    writer.add_all(result.rows)
    return time.process_time() - t


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


def kind_of(path: Path, corpus: Path) -> str:
    parts = path.relative_to(corpus).parts
    return parts[0] if len(parts) > 1 else "."


def headline(sized: list[tuple[Path, int]], corpus: Path, tmp: Path) -> None:
    engines = [*REFERENCES, *CONFIGS]
    ms_per_page: dict[str, list[float]] = {k: [] for k in engines}  # per file
    totals: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(engines, 0.0))  # kind → engine → s
    pages: dict[str, int] = defaultdict(int)
    by_kind_ms: dict[str, dict[str, list[float]]] = defaultdict(lambda: {k: [] for k in engines})
    writers = {k: PartWriter(tmp / k.replace(" ", "_"), "bench") for k in CONFIGS}
    import pyhanko.pdf_utils.reader  # noqa: F401 - warm-up: imported on the first signed file otherwise
    import pyhanko.sign  # noqa: F401

    for opts in CONFIGS.values():  # warm-up: NER model load, regex compilation, pdfplumber imports
        time_seidou(sized[0][0], opts, PartWriter(tmp / "warm", "bench"))
    time_pdfplumber(sized[0][0])
    time_pypdfium2(sized[0][0])
    timers = {"pdfplumber": time_pdfplumber, "pypdfium2": time_pypdfium2}
    for f, n in sized:
        kind = kind_of(f, corpus)
        pages[kind] += n
        for k in engines:
            t = timers[k](f) if k in timers else time_seidou(f, CONFIGS[k], writers[k])
            ms_per_page[k].append(1000 * t / n)
            by_kind_ms[kind][k].append(1000 * t / n)
            totals[kind][k] += t
    for k, w in writers.items():  # the Parquet writes of the buffered rows, spread over the pages
        t = time.process_time()
        w.flush()
        t = time.process_time() - t
        n_all = sum(pages.values())
        for kind in totals:
            totals[kind][k] += t * pages[kind] / n_all
    every = {k: sum(totals[kind][k] for kind in totals) for k in engines}
    n_all = sum(pages.values())

    def table(label: str, n: int, tot: dict[str, float], ms: dict[str, list[float]]) -> None:
        print(f"   {label} ({n} pages)")
        print(
            f"   {'engine':<12} {'median ms/page':>15} {'total s':>8} {'pages/s':>8} {'x pdfplumber':>13} {'x pypdfium2':>12}"
        )
        for k in engines:
            print(
                f"   {k:<12} {statistics.median(ms[k]):>15.1f} {tot[k]:>8.2f} {n / tot[k]:>8.1f}"
                f" {tot['pdfplumber'] / tot[k]:>12.2f}x {tot['pypdfium2'] / tot[k]:>11.3f}x"
            )

    print("1. headline: one core, in this process, the same pages for every engine, CPU seconds; ratios of totals")
    print("   (x pdfplumber: pdfplumber's total time / the engine's; x pypdfium2 < 1: slower than bare PDFium)")
    table("all files", n_all, every, ms_per_page)
    for kind in sorted(totals):
        table(kind, pages[kind], totals[kind], by_kind_ms[kind])
    d = every
    print(
        f"   targets: default {d['pdfplumber'] / d['default']:.1f}x pdfplumber (>= 10x), --ner off "
        f"{d['pdfplumber'] / d['ner off']:.1f}x (>= 20x), default {d['default'] / d['pypdfium2']:.1f} times "
        "pypdfium2's time (<= 8)"
    )


def stages(sized: list[tuple[Path, int]], tmp: Path) -> None:
    """The CPU seconds of each stage of process_file (its result's timings: seidou.runner.process.STAGES)."""
    writer = PartWriter(tmp / "stages", "bench")
    total = 0.0
    sec: dict[str, float] = defaultdict(float)
    for f, _ in sized:
        forget_read()  # the files were processed in section 1: not from the cache here
        t = time.process_time()
        result = process_file(str(f), "bench", **CONFIGS["default"])
        total += time.process_time() - t
        for name, seconds in result.timings.items():
            sec[name] += seconds
        t = time.process_time()
        writer.add_all(result.rows)
        sec["(rows to Arrow)"] += time.process_time() - t
    writer.flush()
    listed = sum(v for k, v in sec.items() if k != "(rows to Arrow)")
    sec["(the rest of process_file)"] = total - listed
    print(f"\n2. where the default run's time goes ({sum(n for _, n in sized)} pages, {total:.1f} s in process_file)")
    for k, v in sorted(sec.items(), key=lambda kv: -kv[1]):
        print(f"   {k:<42} {v:7.2f} s {100 * v / total:5.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--max-pages", type=int, default=None)
    ap.add_argument("--big", type=Path, default=None)
    ap.add_argument("--no-stages", action="store_true", help="leave out section 2")
    ap.add_argument("--skip-workers", action="store_true", help="leave out sections 3-4")
    args = ap.parse_args()
    enter_batch_process()  # the settings of a batch run (seidou run and its workers), for every engine alike
    files = sorted(args.corpus.rglob("*.pdf"))
    every = []  # (path, pages) of every readable file, counted once
    for f in files:
        try:
            every.append((f, pages_of(f)))
        except Exception:  # noqa: BLE001 - a damaged file is not a speed sample
            continue
    sized = [(f, n) for f, n in every if args.max_pages is None or n <= args.max_pages]
    left_out = f" (files over {args.max_pages} pages left out)" if args.max_pages else ""
    print(f"{len(sized)} files, {sum(n for _, n in sized)} pages{left_out}\n")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        headline(sized, args.corpus, tmp)
        if not args.no_stages:
            stages(sized, tmp)
        if not args.skip_workers:
            workers_section(every, tmp)

    big = args.big or args.corpus / BIG
    if big.exists():
        n = pages_of(big)
        from seidou.runner.process import WINDOW_PAGES

        print(f"\n5. peak resident memory of one process, default pipeline, {big.name} ({n} pages)")
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


def workers_section(every: list[tuple[Path, int]], tmp: Path) -> None:
    paths = [str(f) for f, _ in every]  # all files here: workers are for batches
    all_pages = sum(n for _, n in every)
    opts = CONFIGS["default"]
    from seidou.runner.workers import start_method

    print(
        f"\n3. seidou run over all {len(paths)} files ({all_pages} pages; default options), wall clock with Parquet;"
        f" worker processes started by {start_method()} (their fixed CPU cost: benchmarks/worker_startup.py)"
    )
    forget_read()  # the workers start with an empty cache; this process read every file before
    t1 = wall(lambda: run(paths, tmp / "w1", workers=1, **opts))
    t1p = wall(lambda: run(paths, tmp / "w1p", workers=1, isolate=True, **opts))
    t2 = wall(lambda: run(paths, tmp / "w2", workers=2, **opts))
    cores = os.cpu_count()
    busy = {k: file_seconds(tmp / k) for k in ("w1", "w1p", "w2")}
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
    t_rerun = wall(lambda: run(paths, tmp / "w1", workers=1, **opts))
    print(f"\n4. re-run of the unchanged input: {t_rerun:.2f} s = {100 * t_rerun / t1:.1f}% of the first run")


if __name__ == "__main__":
    main()
