"""Page images with the box of every extracted row drawn, coloured by table (`seidou show`, the report).

A page is drawn at a size capped in pixels (:data:`MAX_SIDE` on the long side, :data:`MAX_PIXELS` in
all): a 1.2 KB PDF may declare a page of 10⁷ points, which drawn as asked would take terabytes. The
report and `seidou show` draw in a worker process (:class:`Renderer`) under the memory limit of a run's
workers and a time limit; a page it cannot draw (the worker ran out of memory or time, died, or PDFium
refused) becomes a placeholder image saying why, and the next page goes on.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from seidou.options import Limits

COLORS = {
    "identifiers": (214, 39, 40),
    "amounts": (44, 160, 44),
    "references": (31, 119, 180),
    "signatures": (148, 103, 189),
    "parties": (255, 127, 14),
    "vigencia": (23, 190, 207),
    "clauses": (188, 189, 34),
    "tables": (127, 127, 127),
    "entities": (227, 119, 194),
}
MAX_SIDE = 2000  # pixels on the long side of a drawn page
MAX_PIXELS = 4_000_000  # pixels of a drawn page in all
RENDER_SECONDS = 60.0  # wall time the worker may take for one page


def capped_scale(width: float, height: float, scale: float) -> float:
    """``scale`` (pixels per point), lowered so a ``width`` × ``height`` point page fits the caps.

    >>> capped_scale(595, 842, 1.5), round(capped_scale(30000, 30000, 1.0), 5), capped_scale(1e7, 1e7, 1.0)
    (1.5, 0.06667, 0.0002)
    """
    if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
        raise ValueError(f"the page has no drawable size ({width:g} × {height:g} points)")
    return min(scale, MAX_SIDE / max(width, height), math.sqrt(MAX_PIXELS / (width * height)))


def _draw(path: str | os.PathLike, page: int, scale: float) -> tuple[Image.Image, float]:
    """The page (1-based) drawn at ``scale`` capped (:func:`capped_scale`), and the scale used."""
    doc = pdfium.PdfDocument(str(path))
    try:
        p = doc[page - 1]
        try:
            used = capped_scale(*p.get_size(), scale)
            return p.render(scale=used).to_pil().convert("RGB"), used
        finally:
            p.close()
    finally:
        doc.close()


def _boxes(image: Image.Image, page: int, rows: dict[str, list[dict]], scale: float, sha: str | None) -> Image.Image:
    draw = ImageDraw.Draw(image, "RGBA")
    for table, color in COLORS.items():
        for r in rows.get(table, []):
            if r.get("page") != page or r.get("x0") is None or (sha and r.get("file_sha256") != sha):
                continue
            box = [r["x0"] * scale, r["top"] * scale, r["x1"] * scale, r["bottom"] * scale]
            if not all(math.isfinite(v) for v in box):
                continue
            draw.rectangle(box, outline=color + (255,), fill=color + (40,), width=2)
    return image


def render_page(
    path: str | os.PathLike, page: int, rows: dict[str, list[dict]], *, sha: str | None = None, scale: float = 1.5
) -> Image.Image:
    """The page (1-based) as an image, with the boxes of the rows that stand on it (in this process;
    the size capped in pixels)."""
    image, used = _draw(path, page, scale)
    return _boxes(image, page, rows, used, sha)


def placeholder(page: int, reason: str, size: tuple[int, int] = (420, 594)) -> Image.Image:
    """A grey page saying why page ``page`` was not drawn."""
    image = Image.new("RGB", size, (235, 235, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0] - 1, size[1] - 1], outline=(160, 160, 160), width=2)
    words, lines = f"page {page} could not be drawn: {reason}".split(), [""]
    for w in words:
        lines[-1:] = [f"{lines[-1]} {w}".strip()] if len(lines[-1]) + len(w) < 48 else [lines[-1], w]
    for i, text in enumerate(lines[:20]):
        draw.text((16, 16 + 16 * i), text, fill=(90, 90, 90))
    return image


@dataclass
class Drawn:
    image: Image.Image  # the page with its boxes, or a placeholder
    error: str | None = None  # why the page is a placeholder


def _serve(conn, memory_mb: int | None) -> None:
    """The worker: draw the pages asked for, under an address-space limit of ``memory_mb``."""
    import resource
    import signal

    try:  # die with the parent (Linux); elsewhere the closed pipe ends the loop
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if memory_mb:
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, page, scale = job
        try:
            image, used = _draw(path, page, scale)
            conn.send(("ok", image.size, image.tobytes(), used))
        except MemoryError:
            conn.send(("error", f"over the memory limit of {memory_mb} MB"))
        except Exception as e:  # noqa: BLE001 - a page that cannot be drawn is a placeholder, not the end
            conn.send(("error", f"{type(e).__name__}: {e}"))


class Renderer:
    """Draws pages in one worker process under the memory limit of a run's workers (``memory_mb``,
    as an address-space limit: drawing starts no threads) and ``seconds`` a page; a worker that dies
    or runs out of time is replaced. ``with Renderer() as r: r.draw(path, page, rows)``."""

    def __init__(self, memory_mb: int | None = Limits().memory_mb, seconds: float = RENDER_SECONDS) -> None:
        self.memory_mb, self.seconds = memory_mb, seconds
        self._proc = self._conn = None

    def __enter__(self) -> Renderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        conn, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.memory_mb), daemon=True)
        try:
            proc.start()
        finally:
            child.close()
        self._proc, self._conn = proc, conn

    def close(self) -> None:
        """End the worker (asked to, then killed after 2 s)."""
        proc, conn, self._proc, self._conn = self._proc, self._conn, None, None
        if proc is None:
            return
        try:
            conn.send(None)
        except (OSError, ValueError):
            pass
        proc.join(2)
        if proc.is_alive():
            proc.kill()
            proc.join(2)
        conn.close()

    def _stop(self) -> int | None:
        """Kill the worker; its exit code."""
        proc = self._proc
        if proc is None:
            return None
        if proc.is_alive():
            proc.join(0.5)  # a worker that just died may not be reaped yet
        if proc.is_alive():
            proc.kill()
        code = proc.exitcode
        self.close()
        return code

    def draw(
        self,
        path: str | os.PathLike,
        page: int,
        rows: dict[str, list[dict]],
        *,
        sha: str | None = None,
        scale: float = 1.5,
    ) -> Drawn:
        """The page with its boxes, or a placeholder and why."""
        if self._proc is None or not self._proc.is_alive():
            self._stop()
            try:
                self._start()
            except Exception as e:  # noqa: BLE001 - no worker: every page a placeholder saying why
                return self._failed(page, f"cannot start the drawing process: {type(e).__name__}: {e}")
        try:
            self._conn.send((str(path), page, scale))
            if not self._conn.poll(self.seconds):
                self._stop()
                return self._failed(page, f"over the time limit of {self.seconds:g} s")
            reply = self._conn.recv()
        except (EOFError, OSError):
            code = self._stop()
            return self._failed(page, f"the drawing process died (exit code {code})")
        if reply[0] != "ok":
            return self._failed(page, reply[1])
        _, size, data, used = reply
        return Drawn(_boxes(Image.frombytes("RGB", size, data), page, rows, used, sha))

    @staticmethod
    def _failed(page: int, reason: str) -> Drawn:
        return Drawn(placeholder(page, reason), reason)


def legend() -> list[tuple[str, str]]:
    return [(t, "#%02x%02x%02x" % c) for t, c in COLORS.items()]
