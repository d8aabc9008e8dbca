"""One writer per output folder: ``OUT/.seidou.lock``.

The lock is an ``fcntl.flock`` on that file, so the kernel releases it when its holder dies, whatever
kills it; the file also records the holder (host, pid, start time) for the message a second writer
prints while it waits. A lock file whose pid is dead on this host is stale: it is reported and taken
over: the kernel released its flock when it died, and the new holder says so and rewrites the file.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

LOCK_NAME = ".seidou.lock"
POLL_S = 0.5


class LockBusy(Exception):
    """Another live process holds the folder's lock (and the caller would not wait)."""


def holder(out: str | os.PathLike) -> dict | None:
    """What the lock file says of its holder (host, pid, started), or None."""
    try:
        return json.loads((Path(out) / LOCK_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def describe(info: dict | None) -> str:
    if not info:
        return "another seidou process"
    return f"pid {info.get('pid')} on {info.get('host')} since {info.get('started')}"


def _alive_here(info: dict | None) -> bool:
    if not info or info.get("host") != socket.gethostname():
        return True  # another host's process: only flock can tell
    try:
        os.kill(int(info["pid"]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, KeyError, TypeError):
        return True
    return True


class OutLock:
    """``with OutLock(out, wait=True, on_wait=print): ...`` holds the folder's lock for the block."""

    def __init__(self, out: str | os.PathLike, *, wait: bool = True, on_wait: Callable[[str], None] | None = None):
        self.out = Path(out)
        self.wait = wait
        self.on_wait = on_wait
        self.fd: int | None = None

    def acquire(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                info = holder(self.out)
                if not self.wait:
                    os.close(fd)
                    raise LockBusy(f"{self.out} is being written by {describe(info)}") from None
                if not told and self.on_wait:
                    self.on_wait(f"waiting for {describe(info)} to finish writing {self.out} …")
                    told = True
                time.sleep(POLL_S)
        info = holder(self.out)
        if info and not _alive_here(info) and self.on_wait:
            self.on_wait(f"a run by {describe(info)} did not finish; its committed files are kept")
        record = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(record).encode(), 0)
        except OSError:
            os.close(fd)
            raise
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        except OSError:
            pass  # closing the descriptor releases the flock anyway
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> OutLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
