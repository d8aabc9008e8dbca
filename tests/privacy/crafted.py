"""PDFs with CPFs in every place a PDF can print one, written byte by byte in the test (nothing stored).

Fonts: F1 Courier, F2 Helvetica (WinAnsi), F3 Helvetica whose text layer (its ToUnicode map) reads the
digits as full-width ones (``１``), ``=`` as an en dash, ``_`` as a minus sign and ``~`` as a no-break
space: what a PDF made by a word processor with an East Asian font, or a copy-paste, prints.
"""

from __future__ import annotations

from pathlib import Path

from seidou.patterns import cpf

WIDE = {**{ord(str(d)): 0xFF10 + d for d in range(10)}, ord("="): 0x2013, ord("_"): 0x2212, ord("~"): 0x00A0}


def valid_cpf(prefix: str) -> str:
    """``prefix`` (9 digits) with its check digits."""
    return next(prefix + f"{dv:02d}" for dv in range(100) if cpf.is_valid(prefix + f"{dv:02d}"))


def dotted(d: str, sep: str = "-") -> str:
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}{sep}{d[9:]}"


def _to_unicode() -> bytes:
    lines = [f"<{code:02X}> <{uni:04X}>" for code, uni in sorted(WIDE.items())]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(lines)} beginbfchar\n" + "\n".join(lines) + "\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    return b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"


def _string(s: str) -> bytes:
    return b"(" + s.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(
    path: Path, pages: list[str], *, info: dict[str, str] | None = None, width: float = 595, height: float = 842
) -> Path:
    """A PDF of ``pages`` (content streams, latin-1) with the document information ``info`` (Producer,
    Title, Author …)."""
    n = len(pages)
    first_page = 6  # objects 1-5: catalog, pages, three fonts; then page, contents for each page
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n))
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode %d 0 R >>"
        % (first_page + 2 * n),
    ]
    for i, content in enumerate(pages):
        stream = content.encode("latin-1")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents {first_page + 2 * i + 1} 0 R "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(_to_unicode())
    info_ref = b""
    if info:
        objs.append(b"<< " + b" ".join(b"/" + k.encode() + b" " + _string(v) for k, v in info.items()) + b" >>")
        info_ref = b" /Info %d 0 R" % len(objs)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_ref, xref)
    path.write_bytes(bytes(out))
    return path


def line(x: float, y: float, text: str, *, font: str = "F2", size: float = 10) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x} {y} Td ({escaped}) Tj ET\n"


def grid(x0: float, top: float, widths: list[float], rows: int, row_height: float = 18) -> str:
    """Thin ruling lines of a table (``top`` in PDF space, y up)."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top - k * row_height for k in range(rows + 1)]
    out = ["0.5 w\n"]
    out += [f"{xs[0]} {y} m {xs[-1]} {y} l S\n" for y in ys]
    out += [f"{x} {ys[0]} m {x} {ys[-1]} l S\n" for x in xs]
    return "".join(out)


def cells(x0: float, top: float, widths: list[float], texts: list[list[str]], row_height: float = 18) -> str:
    out = []
    for r, row in enumerate(texts):
        x = x0
        for w, t in zip(widths, row):
            out.append(line(x + 3, top - (r + 1) * row_height + 5, t, size=8))
            x += w
    return "".join(out)
