"""Page images with the box of every extracted row drawn, coloured by table (`seidou show`, the report)."""

from __future__ import annotations

import os

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

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


def render_page(
    path: str | os.PathLike, page: int, rows: dict[str, list[dict]], *, sha: str | None = None, scale: float = 1.5
) -> Image.Image:
    """The page (1-based) as an image, with the boxes of the rows that stand on it."""
    doc = pdfium.PdfDocument(str(path))
    try:
        image = doc[page - 1].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
    draw = ImageDraw.Draw(image, "RGBA")
    for table, color in COLORS.items():
        for r in rows.get(table, []):
            if r.get("page") != page or r.get("x0") is None or (sha and r.get("file_sha256") != sha):
                continue
            box = [r["x0"] * scale, r["top"] * scale, r["x1"] * scale, r["bottom"] * scale]
            draw.rectangle(box, outline=color + (255,), fill=color + (40,), width=2)
    return image


def legend() -> list[tuple[str, str]]:
    return [(t, "#%02x%02x%02x" % c) for t, c in COLORS.items()]
