"""Tesseract is handed the page's pixels as a binary PGM (no PNG compression in our process): it reads the same
image, so its TSV is the one a PNG of the page gives."""

from __future__ import annotations

import io
import subprocess

import pytest

from seidou.io import ocr


@pytest.mark.skipif(not ocr.available(), reason="Tesseract with Portuguese data is not installed")
@pytest.mark.parametrize("mode", ["L", "1"])
def test_the_pgm_reads_as_the_png(mode):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (900, 260), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    draw.text((30, 40), "EXTRATO DO CONTRATO Nº 12/2020", fill=0, font=font)
    draw.text((30, 140), "Contratada: Maria da Silva Souza", fill=40, font=font)
    image = image.convert(mode)
    png = io.BytesIO()
    image.save(png, format="PNG")
    cmd = [ocr.ENGINE, "stdin", "stdout", "-l", ocr.LANG, "--dpi", str(ocr.DPI), "tsv"]
    env = {"OMP_THREAD_LIMIT": "1"}
    from_png = subprocess.run(cmd, input=png.getvalue(), capture_output=True, env=env, check=True).stdout
    tsv = ocr.run_tesseract(image)
    assert tsv == from_png.decode("utf-8", "replace")
    assert "CONTRATO" in tsv
