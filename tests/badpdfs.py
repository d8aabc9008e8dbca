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


def text_pdf(path: Path, content: str, *, width: int = 595, height: int = 842, inherited: bool = False) -> Path:
    """A one-page PDF with the given content stream, fonts F1 = Courier and F2 = Helvetica; ``inherited``:
    the media box is given by the page tree's root, not the page (the page inherits it)."""
    stream = content.encode("latin-1")
    box = f"/MediaBox [0 0 {width} {height}]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [3 0 R] /Count 1 {box if inherited else ''}>>".encode(),
        f"<< /Type /Page /Parent 2 0 R {'' if inherited else box} /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def fake_bold_glyphs(word: str, x: float, y: float, size: float = 12) -> str:
    """Every glyph drawn twice, the copy 0.12 pt to the right (Courier: 600 units a glyph)."""
    parts = " ".join(f"({c}) 590 ({c})" for c in word)
    return f"BT /F1 {size} Tf {x} {y} Td [{parts}] TJ ET\n"
