"""The stages that read an INLABS XML act (the Imprensa Nacional's DOU): one page window, one document."""

from __future__ import annotations

from seidou.io import inlabs
from seidou.io.pdf import FileFacts, sha256_of
from seidou.runner.stages.base import FileRun


def read_act(run: FileRun) -> None:
    """Stage ``open`` of an act: its facts (sha256, size) and its XML read; the act is one window."""
    sha, size = sha256_of(run.path)
    run.act = inlabs.read_act(run.path)
    run.sha = sha
    run.facts = FileFacts(run.path, sha, size, None, "INLABS XML", False, False)
    run.windows = [(1, 1)]


def lay_out_act(run: FileRun) -> None:
    """Stage ``layout`` of an act: its text as one layout."""
    run.layout = run.last_layout = inlabs.layout_of(run.act)
