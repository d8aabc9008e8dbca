"""Builders of bad inputs, made in the test from real fixture bytes (nothing hand-crafted is stored)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter


def zero_byte(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def not_a_pdf(path: Path) -> Path:
    path.write_bytes(b"<html><body>Erro 404 - documento nao encontrado</body></html>\n" * 20)
    return path


def truncated(src: Path, path: Path, keep: float = 0.02) -> Path:
    data = src.read_bytes()
    path.write_bytes(data[: max(64, int(len(data) * keep))])
    return path


def encrypted(src: Path, path: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password=user_password, owner_password="dono-" + user_password, algorithm="AES-128")
    with open(path, "wb") as f:
        writer.write(f)
    return path


def no_pages(path: Path) -> Path:
    buf = io.BytesIO()
    PdfWriter().write(buf)
    path.write_bytes(buf.getvalue())
    return path


def scanned(src: Path, path: Path, pages: int = 2, scale: float = 1.0) -> Path:
    """A scan-like PDF: real pages rendered to images, with no text layer."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src))
    images = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(min(pages, len(doc)))]
    doc.close()
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72.0 * scale)
    return path


def concatenated(parts: list[Path], path: Path) -> Path:
    writer = PdfWriter()
    for p in parts:
        writer.append(str(p))
    with open(path, "wb") as f:
        writer.write(f)
    return path
