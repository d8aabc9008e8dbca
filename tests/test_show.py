from __future__ import annotations

from click.testing import CliRunner
from PIL import Image

from pipeline.cli import main
from pipeline.io.render import render_page
from pipeline.process import process_file

from .conftest import FIXTURES

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
    cnpj = next(r for r in rows["identifiers"] if r["page"] == 1 and r["kind"] == "programa_trabalho")
    x, y = int((cnpj["x0"] - 0.3) * 1.5), int((cnpj["top"] + cnpj["bottom"]) / 2 * 1.5)
    assert plain.getpixel((x, y)) != marked.getpixel((x, y))  # the outline of the box passes there
