"""Samples the project makes itself for ``data/raw/`` (``make samples``): a scanned page, rendered from a
seed document to an image-only PDF (no text layer), so that ``make run`` shows the OCR stage (or, without
Tesseract, the page flagged and the file marked partial).

    python data/make_samples.py data/raw
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdfium2 as pdfium

SEED = Path(__file__).parent / "raw" / "sei_plano_trabalho_ac_4_2026.pdf"


def scanned_copy(src: Path, dst: Path, page: int = 1, dpi: int = 150) -> None:
    """Page ``page`` of ``src`` as a grey JPEG on a page of the same size, nothing else on it."""
    doc = pdfium.PdfDocument(str(src))
    w, h = doc[page - 1].get_size()
    bitmap = doc[page - 1].render(scale=dpi / 72, grayscale=True)
    buf = io.BytesIO()
    bitmap.to_pil().save(buf, format="JPEG", quality=70)
    out = pdfium.PdfDocument.new()
    new = out.new_page(w, h)
    image = pdfium.PdfImage.new(out)
    image.load_jpeg(io.BytesIO(buf.getvalue()), inline=False)
    image.set_matrix(pdfium.PdfMatrix().scale(w, h))
    new.insert_obj(image)
    new.gen_content()
    out.save(str(dst), version=17)
    for d in (out, doc):
        d.close()


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "raw")
    scanned_copy(SEED, folder / "sample_scanned_sei_plano_p1.pdf")
