"""The ``seidou`` command: a thin wrapper over the library. Each command validates its arguments,
calls one function, prints a short summary and sets the exit code.

Exit codes (docs/OPERATIONS.md): 0 every file complete; 3 finished, but some files are partial or failed
(each one in ``errors``; ``--strict`` stops at the first failed one with 3 too); 2 usage error (bad
option, no input files, ``--out`` not writable, the folder busy with ``--no-wait``); 4 the output cannot
be written (full disk, I/O error: nothing half-written is visible, the next run finishes the job);
130/143 stopped by SIGINT/SIGTERM after committing the finished files; 1 internal failure.
Imports here stay light: a worker process re-imports this module before it does anything.
"""

from __future__ import annotations

import json
import sys
import time

import click

from seidou import __version__
from seidou.errors import SeidouError
from seidou.options import NER, TABLES as TABLE_MODES

EXIT_SOME_FAILED = 3
EXIT_USAGE = 2
EXIT_OUTPUT = 4
LOG_EVERY_FILES = 50
LOG_EVERY_SECONDS = 30.0


def fail(message: str, code: int) -> None:
    """One line on stderr, no traceback, and the exit code."""
    click.echo(f"seidou: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="seidou")
def main() -> None:
    """Turn signed Brazilian government PDFs (SEI, DOU, municipal) into typed Parquet tables.

    \b
    Example:
      seidou run data/raw --out data/out
    """


@main.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder for the tables.")
@click.option("--strict", is_flag=True, help="Stop at the first failing file instead of recording it in `errors`.")
@click.option("--unmask-cpf", is_flag=True, help="Keep CPFs of people in full (they are masked by default, LGPD).")
@click.option(
    "--tables",
    "tables",
    type=click.Choice(TABLE_MODES),
    default="ruled",
    show_default=True,
    help="Ruled tables of each page (pdfplumber: the same search by pdfplumber, slower), or skip tables.",
)
@click.option(
    "--ner",
    "ner",
    type=click.Choice(NER),
    default="fast",
    show_default=True,
    help="Named entities: the paragraphs where names cluster (title, parties, signatures) read by one of the"
    " model's two members (fast), every paragraph so (every: finds names in a text's body, with more wrong"
    " ones), the same read by both members (targeted, all: twice the NER time), or none.",
)
@click.option(
    "--ocr/--no-ocr",
    default=True,
    show_default=True,
    help="Read pages without a text layer with Tesseract (when installed; otherwise they are only flagged).",
)
@click.option("--force", is_flag=True, help="Process files again even if this version already did (same sha256).")
@click.option(
    "--workers",
    type=int,
    default=None,
    help="Worker processes (default: all cores, as many as memory allows at --memory-mb).",
)
@click.option(
    "--timeout",
    type=float,
    default=600.0,
    show_default=True,
    help="Seconds one file may take in a worker; past it the file becomes a 'timeout' error row.",
)
@click.option(
    "--memory-mb", type=int, default=4096, show_default=True, help="Resident-memory limit of a worker process."
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Local worker processes, or tasks on a Dask distributed cluster (see --scheduler).",
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address (tcp://HOST:8786); without it, --executor dask starts a local cluster of --workers processes.",
)
@click.option("--no-wait", is_flag=True, help="Exit 2 at once if another run is writing OUT (default: wait for it).")
@click.option(
    "--progress",
    type=click.Choice(["auto", "bar", "log", "none"]),
    default="auto",
    show_default=True,
    help="A bar on a terminal; a log line every 50 files or 30 s on stderr otherwise (auto chooses).",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="No progress and no summary; only errors and a partial or failed run's last line.",
)
@click.option(
    "--log-json",
    "log_json",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Append one JSON object per input file to this file: path, sha256, status, pages, seconds, errors.",
)
def run_cmd(
    inputs: tuple[str, ...],
    out_dir: str,
    strict: bool,
    unmask_cpf: bool,
    tables: str,
    ner: str,
    ocr: bool,
    force: bool,
    workers: int | None,
    timeout: float,
    memory_mb: int,
    executor: str,
    scheduler: str | None,
    no_wait: bool,
    progress: str,
    quiet: bool,
    log_json: str | None,
) -> None:
    """Process PDF files and folders (recursively) into Parquet tables under OUT. OUT holds one current
    copy of every input file's rows; files already complete with this version are skipped.

    \b
    Example:
      seidou run data/raw --out data/out
      seidou run dumps/2026-11-21/ extra.pdf --out /data/seidou --workers 8
      seidou run /shared/dumps --out /shared/seidou --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from seidou.io.fs import OutNotWritable, OutputError, check_writable
    from seidou.runner.inputs import NoInputError, discover

    try:
        paths, problems = discover(inputs)
    except FileNotFoundError as e:
        fail(str(e), EXIT_USAGE)
    if not paths and not problems:
        fail(f"no PDF or XML files under {', '.join(inputs)}", EXIT_USAGE)
    try:
        check_writable(out_dir)
    except OutNotWritable as e:
        fail(str(e), EXIT_USAGE)
    except OutputError as e:
        fail(str(e), EXIT_OUTPUT)
    from seidou.io.lock import LockBusy
    from seidou.options import Limits, Options, default_workers
    from seidou.runner.batch import Interrupted, StrictStop, run

    workers = workers if workers is not None else default_workers(memory_mb)
    if workers < 1:
        raise click.BadParameter("must be at least 1", param_hint="--workers")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    cluster = None
    if executor == "dask" and not scheduler:
        try:
            from distributed import LocalCluster
        except ImportError as e:
            raise click.UsageError("--executor dask needs the 'distributed' package") from e
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    from seidou.runner import settings

    settings.enter_batch_process()
    options = Options(
        strict=strict,
        unmask_cpf=unmask_cpf,
        tables=tables,
        ner=ner,
        ocr=ocr,
        force=force,
        workers=workers,
        limits=Limits(seconds=timeout, memory_mb=memory_mb),
        executor=executor,
        scheduler=scheduler or cluster,
        isolate=True,  # even --workers 1 gets a worker process, so the limits hold
    )
    args = {"inputs": list(inputs), "out": out_dir, **options.record(), "scheduler": scheduler}
    mode = "none" if quiet else progress
    if mode == "auto":
        mode = "bar" if sys.stderr.isatty() else "log"
    reporter = Progress(len(paths) + len(problems), mode, log_json)

    def say(message: str) -> None:
        click.echo(f"seidou: {message}", err=True)

    summary = None
    try:
        with reporter:
            summary = run(inputs, out_dir, options, args=args, on_file=reporter.file, wait=not no_wait, on_wait=say)
    except (NoInputError, OutNotWritable, LockBusy) as e:
        fail(str(e), EXIT_USAGE)
    except OutputError as e:
        fail(str(e), EXIT_OUTPUT)
    except StrictStop as e:
        if not quiet:
            click.echo(e.summary.format())
        fail(str(e), EXIT_SOME_FAILED)
    except Interrupted as e:
        if not quiet:
            click.echo(e.summary.format())
        fail(str(e), 128 + e.signum)
    except KeyboardInterrupt:
        fail("interrupted: finished files are committed", 130)
    except SeidouError as e:
        fail(f"{e.stage}: {e}", 1)
    finally:
        if cluster is not None:
            cluster.close()
    if not quiet:
        click.echo(summary.format())
    elif summary.n_partial or summary.n_failed:
        click.echo(summary.last_line(), err=True)
    if summary.n_failed or summary.n_partial:
        sys.exit(EXIT_SOME_FAILED)


class Progress:
    """What a run shows while it goes: a bar (a terminal), a line every LOG_EVERY_FILES files or
    LOG_EVERY_SECONDS seconds (a scheduled job's log), or nothing; and the --log-json lines."""

    def __init__(self, total: int, mode: str, log_json: str | None):
        self.total, self.mode, self.log_json = total, mode, log_json
        self.files = self.pages = self.partial = self.failed = 0
        self.started = self.last_line = time.monotonic()
        self.bar = None
        self.json = None

    def __enter__(self) -> Progress:
        if self.mode == "bar":
            self.bar = click.progressbar(length=self.total, label="seidou", file=sys.stderr).__enter__()
        if self.log_json:
            self.json = open(self.log_json, "a", encoding="utf-8")  # noqa: SIM115
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
        if self.mode == "log" and self.files % LOG_EVERY_FILES:
            self._line()
        if self.json is not None:
            self.json.close()

    def file(self, record: dict) -> None:
        self.files += 1
        self.pages += record.get("pages") or 0
        self.partial += record["status"] == "partial"
        self.failed += record["status"] == "failed"
        if self.json is not None:
            self.json.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.json.flush()
        if self.bar is not None:
            self.bar.label = f"seidou {self.pages} pages"
            self.bar.update(1)
        elif self.mode == "log":
            now = time.monotonic()
            if self.files % LOG_EVERY_FILES == 0 or now - self.last_line >= LOG_EVERY_SECONDS:
                self._line()

    def _line(self) -> None:
        self.last_line = time.monotonic()
        click.echo(
            f"seidou: {self.files}/{self.total} files, {self.pages} pages, {self.partial} partial, "
            f"{self.failed} failed, {self.last_line - self.started:.0f} s",
            err=True,
        )


@main.command("compact")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--rows-per-part", type=int, default=2_000_000, show_default=True, help="Largest number of rows in one merged part."
)
def compact_cmd(out_dir: str, rows_per_part: int) -> None:
    """Merge the small part files of many runs under OUT_DIR into few large ones (same rows).

    Safe to kill: the next `seidou run` or `seidou compact` finishes or undoes it. It waits for a
    `seidou run` that writes to the same folder (the folder's lock).

    \b
    Example:
      seidou compact data/out
    """
    from seidou.io.compact import compact
    from seidou.io.fs import OutputError
    from seidou.io.lock import OutLock

    if rows_per_part < 1:
        raise click.BadParameter("must be at least 1", param_hint="--rows-per-part")
    try:
        with OutLock(out_dir, on_wait=lambda m: click.echo(f"seidou: {m}", err=True)):
            click.echo(compact(out_dir, rows_per_part=rows_per_part).format())
    except OSError as e:
        fail(str(OutputError(f"cannot write to {out_dir}: {e.strerror or e}")), EXIT_OUTPUT)


@main.command("text")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--page", type=int, default=None, help="Only the text that comes from this page (1-based).")
@click.option("--furniture", is_flag=True, help="Also print each page's header, footer and margin text.")
@click.option("--unmask-cpf", is_flag=True, help="Print CPFs in full (masked by default, as in every output).")
def text_cmd(file: str, page: int | None, furniture: bool, unmask_cpf: bool) -> None:
    """Print the canonical text of FILE, in reading order, without page headers and footers; CPFs
    masked in place unless --unmask-cpf.

    \b
    Example:
      seidou text data/raw/dou_2025_05_09_s1_p112.pdf --page 1
    """
    from seidou.extractors.identifiers import mask_cpfs_in_free_text
    from seidou.runner.process import read_layout

    def out(text: str | None) -> str | None:
        return text if unmask_cpf else mask_cpfs_in_free_text(text)

    try:
        pdf, layout = read_layout(file)
    except SeidouError as e:
        raise click.ClickException(f"{e.stage}: {e}") from e
    pdf.close()
    if page is not None and not 1 <= page <= len(layout.pages):
        raise click.BadParameter(f"the file has {len(layout.pages)} pages", param_hint="--page")
    if furniture:
        for p in layout.pages:
            if page is None or p.number == page:
                click.echo(
                    f"[page {p.number} header] {out(p.header_text)}\n[page {p.number} footer] {out(p.footer_text)}"
                    f"\n[page {p.number} margin] {out(p.margin_text)}"
                )
    click.echo(out(layout.text if page is None else layout.page_text(page)))


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--pdfs",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Folder with the PDFs the gold files name (default: next to the gold files).",
)
@click.option(
    "--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the scores as JSON."
)
@click.option(
    "--split", default=None, help='Only the gold files of this split (their "split" field, e.g. tune, old, check26).'
)
@click.option(
    "--ner",
    "ner",
    type=click.Choice(NER),
    default="all",
    show_default=True,
    help="How the pipeline reads names while scored: the model's best (all: both members, every paragraph) or"
    " as a run would (fast: the run's default).",
)
def eval_cmd(gold: tuple[str, ...], pdfs: str | None, json_out: str | None, split: str | None, ner: str) -> None:
    """Score the pipeline against gold files (docs/GOLD.md format): per field tp, fp, fn, precision,
    recall, F1, and micro-averages. GOLD are gold files or folders of *.gold.json.

    \b
    Example:
      seidou eval tests/fixtures/gold/seeds --pdfs tests/fixtures --json scores.json
    """
    import json
    from pathlib import Path

    from seidou.tools.evaluate import evaluate, gold_files, headline

    files = gold_files(list(gold))
    if not files:
        raise click.UsageError("no *.gold.json files found")
    report = evaluate(files, Path(pdfs) if pdfs else None, split, ner)
    click.echo(report.table())
    click.echo("\n" + headline(report))
    if report.missing:
        click.echo(f"PDFs not found for: {', '.join(report.missing)}", err=True)
    if json_out:
        Path(json_out).write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")


@main.command("report")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--html", "html_path", type=click.Path(dir_okay=False), required=True, help="HTML file to write.")
@click.option(
    "--max-documents",
    type=int,
    default=30,
    show_default=True,
    help="Documents with page views (those with findings first).",
)
def report_cmd(out_dir: str, html_path: str, max_documents: int) -> None:
    """Write one self-contained HTML report of the tables in OUT_DIR: run summary, findings, and per
    document its pages with the boxes of the extracted rows beside the rows.

    \b
    Example:
      seidou report data/out --html report.html
    """
    from seidou.tools.report import write_report

    path = write_report(out_dir, html_path, max_documents=max_documents)
    click.echo(f"{path} ({path.stat().st_size // 1024} KiB)")


@main.command("show")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--page", type=int, default=1, show_default=True, help="Page to draw (1-based).")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True, help="PNG file to write.")
def show_cmd(file: str, page: int, out: str) -> None:
    """Draw page N of FILE with the box of every extracted row, coloured by table (at most 2,000 pixels on
    the long side; a page that cannot be drawn is written as a placeholder saying why, exit code 3).

    \b
    Example:
      seidou show data/raw/sei_plano_trabalho_ac_4_2026.pdf --page 1 --out page.png
    """
    from seidou.io.render import Renderer, legend
    from seidou.runner.process import process_file

    result = process_file(file, "show", tables="ruled")
    if result.status != "ok":
        raise click.ClickException(result.rows["errors"][0]["message"])
    if not 1 <= page <= result.n_pages:
        raise click.BadParameter(f"the file has {result.n_pages} pages", param_hint="--page")
    with Renderer() as renderer:  # in a worker under a run's memory limit, the size capped in pixels
        drawn = renderer.draw(file, page, result.rows)
    drawn.image.save(out)
    if drawn.error:
        click.echo(f"{out}: a placeholder: page {page} could not be drawn ({drawn.error})", err=True)
        sys.exit(EXIT_SOME_FAILED)
    n = sum(
        1
        for rows in result.rows.values()
        for r in rows
        if isinstance(r, dict) and r.get("page") == page and r.get("x0") is not None
    )
    click.echo(f"{out}: page {page}, {n} boxes ({', '.join(f'{t} {c}' for t, c in legend())})")


@main.command("schema")
@click.argument("table", required=False)
def schema_cmd(table: str | None) -> None:
    """List the output tables and their columns (Arrow types), or one TABLE.

    \b
    Example:
      seidou schema
      seidou schema documents
    """
    from seidou.schemas import TABLES, WRITTEN

    names = [table] if table else list(TABLES)
    for name in names:
        if name not in TABLES:
            raise click.BadParameter(f"unknown table {name!r}; tables: {', '.join(TABLES)}", param_hint="TABLE")
        sch, about = TABLES[name]
        state = "" if name in WRITTEN else "  [not written yet]"
        click.echo(f"{name}: {about}{state}")
        for f in sch:
            click.echo(f"  {f.name:<26} {f.type}{'' if f.nullable else '  not null'}")


if __name__ == "__main__":  # pragma: no cover
    main()
