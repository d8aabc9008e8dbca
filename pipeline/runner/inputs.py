"""Finding the input files, without reading a byte of them.

Files named directly are taken whatever their name; under folders, every ``*.pdf`` and INLABS ``*.xml``
(any case). Only regular files are taken (a link to one counts): a FIFO, socket or device, or a link to
one, named like an input, becomes a :class:`Problem` (``not_a_regular_file``), and so do a link that
leads nowhere or round in a loop, and a folder that cannot be listed. Links to folders are followed once
(a folder reached twice, as by a loop of links, is not walked again). Names may hold any bytes: paths are
``str`` with the undecodable bytes kept as surrogate escapes (``os.fsdecode``), and
:func:`path_text`/``os.fsencode`` give the text and the exact bytes stored in the tables.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from seidou.io.fs import file_kind

SUFFIXES = (".pdf", ".xml")


class NoInputError(Exception):
    """No PDF or XML file under the inputs (a usage error: an unmounted share, a wrong folder)."""


@dataclass(frozen=True)
class Problem:
    """An input that is not read, with why: it becomes a ``files`` row ('failed') and an ``errors`` row."""

    path: str
    error_type: str
    message: str


def path_text(path: str) -> str:
    """A path as valid text: bytes that are not UTF-8 become U+FFFD (``path_bytes`` keeps them).

    >>> path_text(os.fsdecode(b"relat\\xf3rio.pdf"))
    'relat\\ufffdrio.pdf'
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _sort_key(path: str) -> bytes:
    return os.fsencode(path)


def discover(inputs: Iterable[str | os.PathLike]) -> tuple[list[str], list[Problem]]:
    """(input files sorted by their bytes, problems). Raises FileNotFoundError for an input that does
    not exist (a usage error)."""
    found: set[str] = set()
    problems: list[Problem] = []
    seen_dirs: set[tuple[int, int]] = set()
    for item in inputs:
        path = os.fspath(item)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.lexists(path):
                problems.append(Problem(path, "unreadable", "a link that leads nowhere"))
                continue
            raise FileNotFoundError(f"no such file or folder: {path}") from None
        except OSError as e:
            problems.append(_problem(path, e))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(path, st, found, problems, seen_dirs)
        elif stat.S_ISREG(st.st_mode):
            found.add(path)
        else:
            problems.append(_not_regular(path, st))
    return sorted(found, key=_sort_key), sorted(problems, key=lambda p: _sort_key(p.path))


def _walk(folder: str, st: os.stat_result, found: set[str], problems: list[Problem], seen: set) -> None:
    stack = [(folder, st)]
    while stack:
        here, hst = stack.pop()
        if (hst.st_dev, hst.st_ino) in seen:
            continue  # reached again through a link: a loop or a second way in
        seen.add((hst.st_dev, hst.st_ino))
        try:
            with os.scandir(here) as entries:
                listing = list(entries)
        except OSError as e:
            problems.append(Problem(here, "unreadable_folder", f"the folder cannot be listed: {e.strerror}"))
            continue
        for entry in listing:
            try:
                est = os.stat(entry.path)  # follows links
            except OSError as e:
                if entry.name.lower().endswith(SUFFIXES):
                    problems.append(_problem(entry.path, e))
                continue
            if stat.S_ISDIR(est.st_mode):
                stack.append((entry.path, est))
            elif entry.name.lower().endswith(SUFFIXES):
                if stat.S_ISREG(est.st_mode):
                    found.add(entry.path)
                else:
                    problems.append(_not_regular(entry.path, est))


def _not_regular(path: str, st: os.stat_result) -> Problem:
    return Problem(path, "not_a_regular_file", f"not a regular file ({file_kind(st.st_mode)}): it is not read")


def _problem(path: str, e: OSError) -> Problem:
    if e.errno == errno.ELOOP:
        return Problem(path, "unreadable", "a loop of symbolic links")
    if e.errno == errno.ENOENT:
        return Problem(path, "unreadable", "a link that leads nowhere")
    return Problem(path, "unreadable", f"cannot be read: {e.strerror}")
