from __future__ import annotations

from click.testing import CliRunner
from PIL import Image

from seidou.cli import main
from seidou.io.render import render_page
from seidou.runner.process import process_file

from ..conftest import FIXTURES

PDF = FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"


def test_show_writes_the_page_with_boxes(tmp_path):
    out = tmp_path / "p1.png"
    result = CliRunner().invoke(main, ["show", str(PDF), "--page", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    img = Image.open(out)
    assert img.format == "PNG" and img.size[0] > 800
    assert CliRunner().invoke(main, ["show", str(PDF), "--page", "99", "--out", str(out)]).exit_code == 2


def test_boxes_are_drawn_where_the_rows_are():
    rows = process_file(str(PDF), "s", tables="off").rows
    plain = render_page(PDF, 1, {})
    marked = render_page(PDF, 1, rows)
    row = next(r for r in rows["identifiers"] if r["page"] == 1 and r["kind"] == "programa_trabalho")
    box = tuple(int(v * 1.5) for v in (row["x0"], row["top"], row["x1"], row["bottom"]))
    far = (10, 10, 60, 60)  # the top-left margin: no row there
    a, b = plain.crop(box).tobytes(), marked.crop(box).tobytes()
    changed = sum(p != q for p, q in zip(a, b))
    assert changed > 0.5 * len(a)  # the box is tinted
    assert plain.crop(far).tobytes() == marked.crop(far).tobytes()
