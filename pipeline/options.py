"""The options of a run, as one typed value shared by the CLI, the library, the worker processes and Dask.

>>> Options().tables, Options().ner, Options(ner="off").ner
('ruled', 'fast', 'off')
>>> Options(tables="everything")
Traceback (most recent call last):
...
ValueError: tables must be one of ruled, pdfplumber, off (got 'everything')
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from typing import Any

TABLES = ("ruled", "pdfplumber", "off")
NER = ("fast", "every", "all", "targeted", "off")
EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class Limits:
    """What one file may take in a worker process: wall seconds and resident memory (MB; None: no limit)."""

    seconds: float = 600.0
    memory_mb: int | None = 4096


@dataclass(frozen=True)
class Options:
    """Everything a run can be asked for. Per file: ``tables`` (``ruled``: ruled tables from PDFium's
    paths; ``pdfplumber``: the same search by pdfplumber, slower; ``off``), ``ner`` (``fast``: the
    model reads the paragraphs where names cluster with one member of its ensemble; ``every``: every
    paragraph, so; ``targeted`` and ``all``: the same paragraphs read by the whole ensemble, twice the NER
    time; ``off``; README "NER readings"), ``ocr`` (Tesseract on pages with
    no text layer), ``unmask_cpf`` (LGPD: CPFs are masked unless asked) and ``strict`` (stop at the first
    failing file). Per batch: ``force`` (process unchanged files again), ``workers`` (processes; None: the
    cores that the memory limit allows), ``limits``, ``executor``/``scheduler`` (Dask) and ``isolate``
    (``workers=1`` still runs files in a worker process, so the limits hold)."""

    tables: str = "ruled"
    ner: str = "fast"
    ocr: bool = True
    unmask_cpf: bool = False
    strict: bool = False
    force: bool = False
    workers: int | None = 1
    limits: Limits = field(default_factory=Limits)
    executor: str = "local"
    scheduler: Any = None
    isolate: bool = False

    def __post_init__(self) -> None:
        for name, allowed in (("tables", TABLES), ("ner", NER), ("executor", EXECUTORS)):
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)} (got {value!r})")
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"workers must be at least 1 (got {self.workers})")

    def with_(self, **changes: Any) -> Options:
        """A copy with some options changed (unknown names raise TypeError)."""
        if "seconds" in changes or "memory_mb" in changes:
            lim = {k: changes.pop(k) for k in ("seconds", "memory_mb") if k in changes}
            changes["limits"] = replace(self.limits, **lim)
        return replace(self, **changes)

    def per_file(self) -> dict[str, Any]:
        """The options one file's processing reads (what a worker needs)."""
        return {k: getattr(self, k) for k in ("tables", "ner", "ocr", "unmask_cpf", "strict")}

    def record(self) -> dict[str, Any]:
        """The options as plain values, for ``runs.args``."""
        out = asdict(self)
        out["scheduler"] = self.scheduler if isinstance(self.scheduler, str | None) else type(self.scheduler).__name__
        return out


def default_workers(memory_mb: int | None) -> int:
    """All cores, but no more workers than the machine's memory holds at ``memory_mb`` each."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if not memory_mb:
        return max(1, cores)
    try:
        total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    except (ValueError, OSError, AttributeError):
        return max(1, cores)
    return max(1, min(cores, int(total_mb // memory_mb)))
