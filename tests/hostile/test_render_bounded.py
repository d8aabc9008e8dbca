"""`seidou report` and `seidou show` draw any page a run accepted, within bounds: a page declared 30,000
or 10,000,000 points wide (a 1.5 KB PDF; issue 31 measured 7 GB and a MemoryError) is drawn at most
2,000 pixels on a side, in a worker process under a run's memory limit; a page that cannot be drawn
becomes a placeholder image saying why, and the report goes on."""

from __future__ import annotations

import math
import re
import shutil

import pytest
from click.testing import CliRunner
from PIL import Image

import seidou
from seidou.cli import main
from seidou.io.render import MAX_PIXELS, MAX_SIDE, Renderer, capped_scale, render_page
from seidou.tools.report import build_report

from ..conftest import FIXTURES
from ..privacy.crafted import line, write_pdf

NORMAL = FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"
# (name, width, height) in points: the PDF limit is 14,400; PDFium takes any size the file declares
HUGE = [("side_30k", 30_000, 30_000), ("side_10m", 10_000_000, 10_000_000), ("strip_10m", 10_000_000, 100)]


def huge_pdf(folder, name, width, height):
    body = line(72, min(height, 842) - 40, "Art. 1\xba Fica nomeado FULANO DE TAL, CNPJ 11.222.333/0001-81.")
    return write_pdf(folder / f"{name}.pdf", [body], width=width, height=height)


@pytest.mark.parametrize(
    "width,height,scale,pixels",
    [
        (595, 842, 1.5, (893, 1263)),  # an A4 page as asked
        (30_000, 30_000, 1.0, (2000, 2000)),
        (10_000_000, 10_000_000, 1.5, (2000, 2000)),
        (10_000_000, 100, 1.0, (2000, 1)),
        (3000, 3000, 1.0, (2000, 2000)),  # 9 Mpx asked: 4 Mpx drawn
        (14_400, 1000, 1.0, (2000, 139)),
    ],
)
def test_capped_scale(width, height, scale, pixels):
    s = capped_scale(width, height, scale)
    assert (math.ceil(width * s), math.ceil(height * s)) == pixels
    assert max(pixels) <= MAX_SIDE and pixels[0] * pixels[1] <= MAX_PIXELS * 1.001


@pytest.mark.parametrize("width,height", [(0, 842), (595, -1), (float("nan"), 842), (float("inf"), 842)])
def test_no_drawable_size(width, height):
    with pytest.raises(ValueError):
        capped_scale(width, height, 1.0)


def test_huge_pages_drawn_small_in_a_bounded_worker(tmp_path):
    with Renderer(memory_mb=1024) as renderer:
        for name, width, height in HUGE:
            drawn = renderer.draw(huge_pdf(tmp_path, name, width, height), 1, {})
            w, h = drawn.image.size
            assert drawn.error is None and max(w, h) <= MAX_SIDE and w * h <= MAX_PIXELS * 1.001, name
        with open(f"/proc/{renderer._proc.pid}/status") as f:
            peak_mb = next(int(x.split()[1]) for x in f if x.startswith("VmHWM")) / 1024
        with open(f"/proc/{renderer._proc.pid}/limits") as f:
            limit = next(x for x in f if x.startswith("Max address space")).split()[3]
    assert peak_mb < 400  # resident peak of the worker after the three pages (7 GB before)
    assert int(limit) == 1024 * 2**20  # the memory limit is the worker's address space


def test_in_process_drawing_is_capped_too(tmp_path):
    image = render_page(huge_pdf(tmp_path, "side_10m", 10_000_000, 10_000_000), 1, {})
    assert image.size == (2000, 2000)


def test_a_page_that_cannot_be_drawn_is_a_placeholder(tmp_path):
    with Renderer(memory_mb=1024) as renderer:
        missing = renderer.draw(NORMAL, 10_000, {})  # no such page
        assert missing.error and missing.image.size == (420, 594)
        renderer._proc.kill()  # the worker dies (as the kernel's OOM killer would end it)
        renderer._proc.join()
        after = renderer.draw(NORMAL, 1, {})  # a new worker draws the next page
        assert after.error is None and after.image.size == (893, 1263)
    with Renderer(memory_mb=32) as starved:  # less than the worker holds already: a 2,000-pixel page fails
        drawn = starved.draw(huge_pdf(tmp_path, "side_30k", 30_000, 30_000), 1, {})
        assert drawn.error and drawn.image.size == (420, 594)  # out of memory, or PDFium aborted (SIGABRT)


def test_report_and_show_over_huge_pages(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, width, height in HUGE:
        huge_pdf(src, name, width, height)
    shutil.copy(NORMAL, src)
    out = tmp_path / "out"
    seidou.run(src, out, ner="off")
    html = build_report(out)
    assert html.count("<img ") >= len(HUGE) + 1 and "not drawn" not in html
    starved = build_report(out, renderer=Renderer(memory_mb=32))  # the huge pages cannot be drawn: still a report
    assert starved.count("<img ") == html.count("<img ") and starved.count("not drawn") >= len(HUGE)
    assert sum("died" in alt or "memory" in alt for alt in re.findall(r"alt='([^']*)'", starved)) >= len(HUGE)
    for name, _w, _h in HUGE:
        png = tmp_path / f"{name}.png"
        result = CliRunner().invoke(main, ["show", str(src / f"{name}.pdf"), "--out", str(png)])
        assert result.exit_code == 0, result.output
        assert max(Image.open(png).size) <= MAX_SIDE
