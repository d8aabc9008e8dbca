"""Small file-system facts and checks shared by the input side and the output side, with no heavy
imports (the command checks its arguments with these before it loads the pipeline)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The output folder cannot be written (full disk, I/O error): nothing of the commit is visible,
    the previous copy is intact, and the next run finishes the job."""


class OutNotWritable(Exception):
    """The output folder cannot be created or written (checked before any work)."""


def output_error(out: Path, e: OSError) -> OutputError:
    reason = os.strerror(e.errno) if e.errno else str(e)
    code = errno.errorcode.get(e.errno or 0, "")
    return OutputError(f"cannot write to {out}: {reason}{f' ({code})' if code else ''}")


def check_writable(out: str | os.PathLike) -> None:
    """Raise OutNotWritable unless a file can be created in ``out`` (made if missing); OutputError when
    the disk is full or failing."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".seidou-probe-", dir=out)
        try:
            os.write(fd, b"seidou")
            os.fsync(fd)
        finally:
            os.close(fd)
            os.unlink(name)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO):
            raise output_error(out, e) from None
        raise OutNotWritable(f"--out {out} is not writable: {e.strerror or e}") from None


def file_kind(mode: int) -> str:
    """'FIFO', 'socket', 'character device', … for a stat mode.

    >>> file_kind(stat.S_IFIFO), file_kind(stat.S_IFCHR)
    ('FIFO', 'character device')
    """
    for test, name in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISDIR, "folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"
