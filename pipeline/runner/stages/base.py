"""The per-file orchestrator: a file's state (:class:`FileRun`), a stage's declaration (:class:`Stage`)
and the one loop that runs an ordered list of stages over a file (:func:`run_stages`).

A stage is a small function ``stage(run: FileRun) -> None`` that reads what earlier stages left in
``run`` and adds its own rows. Its :class:`Stage` declares its name (in ``FileResult.timings`` and
in ``errors.stage``), whether it runs once per file or once per page window, its CPU-time limit,
and what its failure means: the file fails (``FAIL``), the file goes on with an errors row and is
'partial' (``ROW``), or the exception goes up to the caller (``RAISE``: process_safely makes it an
'internal' errors row).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from seidou.deadline import time_limit
from seidou.errors import SeidouError
from seidou.io import inlabs
from seidou.io.pdf import FileFacts, PdfFile
from seidou.layout.compose import Layout
from seidou.layout.types import RawPage
from seidou.ner.entities import FileNames
from seidou.options import Options
from seidou.runner.stages.results import FileResult, error_row, failed_result

FAIL = "fail"  # the file fails: a 'failed' files row and one errors row; only the stages marked always still run
ROW = "row"  # an errors row (stage, exception type, message); the file goes on
RAISE = "raise"  # the exception goes up: a bug, not a property of the file


@dataclass
class FileContext:
    """What one page window of a file hands to the next (a long file is laid out and segmented in windows):
    the layout's furniture and backgrounds, the file's origin and DOU/gazette header, the órgão in force, the
    documents and tables numbered so far, the last SEI number, the press signatures already emitted, and the
    names and acronyms of the documents so far (NER merge rule 14)."""

    layout_known: dict = field(default_factory=dict)
    origin: tuple | None = None
    orgao: str | None = None
    seq: int = 0
    last_sei: str | None = None
    tables_so_far: int = 0
    edition_signatures: set = field(default_factory=set)
    entity_names: FileNames = field(default_factory=FileNames)  # names and acronyms spread over the file (NER rule 14)


@dataclass
class Pending:
    """A document whose rows wait for the NER stage: its (masked) text, its slice of the layout, its
    documents row, its pattern hits and its fact rows so far."""

    text: str
    part: Layout
    row: dict
    body: list
    facts: dict[str, list[dict]]


@dataclass
class FileRun:
    """One file going through the stages: the file, the page window being processed, and the rows so far."""

    path: str
    run_id: str
    opts: Options
    started: float = field(default_factory=time.perf_counter)  # wall clock: the files row's seconds
    # the file (set by the first stage)
    pdf: PdfFile | None = None
    act: inlabs.InlabsAct | None = None
    facts: FileFacts | None = None
    sha: str | None = None
    windows: list[tuple[int, int]] = field(default_factory=list)
    # the page window being processed
    window: tuple[int, int] | None = None
    raw: list[RawPage] = field(default_factory=list)
    layout: Layout | None = None
    pending: list[Pending] = field(default_factory=list)
    docs: list[dict] = field(default_factory=list)  # the window's documents
    context: FileContext = field(default_factory=FileContext)
    # the file's rows
    files: list[dict] = field(default_factory=list)
    pages: list[dict] | None = None  # None: the input has no pages (an INLABS XML act)
    documents: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    facts_rows: dict[str, list[dict]] = field(default_factory=dict)
    unread: list[int] = field(default_factory=list)  # scanned pages left unread: no Tesseract
    last_layout: Layout | None = None
    # the outcome
    gave_up: frozenset[str] = frozenset()  # the stages whose errors rows make the file 'partial'
    ended: bool = False  # a FAIL stage failed: only the stages marked always run on
    result: FileResult | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def start_window(self, window: tuple[int, int]) -> None:
        self.window, self.raw, self.layout, self.pending, self.docs = window, [], None, [], []

    def error_row(self, stage: str, error_type: str, message: str, page: int | None = None) -> dict:
        return error_row(self.run_id, self.path, self.sha, stage, error_type, message, page)


@dataclass(frozen=True)
class Stage:
    """One step of a file: ``run`` and how the orchestrator treats it."""

    name: str  # in FileResult.timings, and the errors row's stage
    run: Callable[[FileRun], None]
    per_window: bool = False  # once per page window (else once per file)
    on_error: str = RAISE  # FAIL, ROW or RAISE (above)
    errors_as: str | None = None  # the errors row's stage when not ``name``
    message: str = "unexpected error"  # what the errors row's message starts with
    cpu_seconds: float | None = None  # CPU-time limit (deadline.time_limit): past it the stage fails
    doing: str = ""  # what the limit's message says was being done
    gives_up: bool = False  # its errors rows mean it gave up on part of the file: the file is 'partial'
    always: bool = False  # runs even when the file failed (masking)


def gave_up_stages(stages: Sequence[Stage]) -> frozenset[str]:
    return frozenset(s.name for s in stages if s.gives_up)


def run_stages(run: FileRun, stages: Sequence[Stage]) -> FileResult:
    """``stages`` over one file, in order; the per-window stages (contiguous in the list) run for each
    of ``run.windows``, which the stages before them set. Returns the file's result (set by its stages,
    or the failed result of a FAIL stage)."""
    windowed = [i for i, s in enumerate(stages) if s.per_window]
    first, last = (windowed[0], windowed[-1] + 1) if windowed else (len(stages), len(stages))
    if windowed != list(range(first, last)):
        raise ValueError("the per-window stages must follow each other in the list")
    run.gave_up = gave_up_stages(stages)
    try:
        for stage in stages[:first]:
            _step(run, stage)
        for window in run.windows:
            if run.ended:
                break
            run.start_window(window)
            for stage in stages[first:last]:
                _step(run, stage)
        for stage in stages[last:]:
            _step(run, stage)
    finally:
        if run.pdf is not None:
            run.pdf.close()
    assert run.result is not None, "the stages set no result"
    run.result.timings = run.timings
    return run.result


def _step(run: FileRun, stage: Stage) -> None:
    if run.ended and not stage.always:
        return
    cpu = time.process_time()
    try:
        if stage.cpu_seconds:
            with time_limit(stage.cpu_seconds, stage.doing or stage.name):
                stage.run(run)
        else:
            stage.run(run)
    except Exception as e:
        _failed(run, stage, e)
    finally:
        run.timings[stage.name] = run.timings.get(stage.name, 0.0) + time.process_time() - cpu


def _failed(run: FileRun, stage: Stage, e: Exception) -> None:
    if stage.on_error == FAIL and isinstance(e, SeidouError):  # the file's own fault, as the error says
        run.result = failed_result(run.path, run.run_id, e.stage, e.error_type, str(e), run.started)
        run.ended = True
        return
    if stage.on_error == RAISE or run.opts.strict:
        raise
    where, message = stage.errors_as or stage.name, f"{stage.message}: {e}"
    if stage.on_error == FAIL:
        run.result = failed_result(run.path, run.run_id, where, type(e).__name__, message, run.started)
        run.ended = True
    else:
        run.errors.append(run.error_row(where, type(e).__name__, message))
