"""A generator of damaged PDFs made from real sample PDFs: the bad-input suite (tests/test_mutants.py).

    python -m tests.mutants OUT_DIR [SOURCE.pdf ...]   # write the cases to a folder, to try by hand

Every case is derived deterministically (fixed seeds) from the bytes of a real file: truncation,
random byte flips, a deleted or wrong cross-reference table, a decompression bomb in a content
stream, a stream whose /Length lies, deep nesting, a page tree claiming 100,000 pages, a page tree
that contains itself, encryption, damaged headers; plus files that are not PDFs at all.
"""

from __future__ import annotations

import io
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject, StreamObject

TRUNCATE_AT = (0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99)
FLIPS = (1, 10, 100, 1000)
FLIP_SEEDS = range(5)
BOMB_BYTES = (8 * 2**20, 48 * 2**20)  # decompressed size of the injected content stream


def plain(data: bytes) -> bytes:
    """The same document rewritten by pypdf with a classic xref table and no object streams, so
    that dictionary keys (/Count, /Kids, /Type /Page) can be edited as bytes."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def truncated(data: bytes, share: float) -> bytes:
    return data[: max(16, int(len(data) * share))]


def flipped(data: bytes, n: int, seed: int) -> bytes:
    rng = random.Random(seed * 7919 + n)
    out = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


def without_xref(data: bytes) -> bytes:
    """The cross-reference table and trailer cut out (readers must rebuild them)."""
    start = data.rfind(b"\nxref")
    end = data.rfind(b"startxref")
    return data[:start] + b"\n" + data[end:] if 0 < start < end else data


def wrong_startxref(data: bytes) -> bytes:
    return re.sub(rb"startxref\s+\d+", b"startxref\n999999999", data)


def claimed_pages(data: bytes, n: int = 100_000) -> bytes:
    return re.sub(rb"/Count \d+", b"/Count %d" % n, data)


def self_containing_tree(data: bytes) -> bytes:
    """The root /Pages node lists itself among its kids (a loop in the page tree)."""
    m = re.search(rb"(\d+) 0 obj\s*<<[^>]*?/Type /Pages", data)
    if not m:
        return data
    return re.sub(rb"/Kids \[", b"/Kids [" + m.group(1) + b" 0 R ", data, count=1)


def deep_nesting(data: bytes, depth: int) -> bytes:
    return data.replace(b"/Type /Page\n", b"/Type /Page\n/Deep " + b"[" * depth + b"]" * depth + b"\n", 1)


def lying_length(data: bytes) -> bytes:
    """Every stream claims a length of 10^12 bytes."""
    return re.sub(rb"/Length \d+", b"/Length 1000000000000", data)


def bomb(data: bytes, size: int) -> bytes:
    """A content stream that inflates to ``size`` bytes of no-op operators added to page 1."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    stream = StreamObject()
    stream._data = zlib.compress(b"q Q\n" * (size // 4), 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    ref = writer._add_object(stream)
    page = writer.pages[0]
    contents = page.get("/Contents")
    parts = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*parts, ref])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted(data: bytes, password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="dono", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def junk_before_header(data: bytes) -> bytes:
    return b"\x00JUNK" * 200 + data


def no_header(data: bytes) -> bytes:
    return b"%XYZ" + data[4:]


def trailing_garbage(data: bytes) -> bytes:
    return data + bytes(random.Random(1).randrange(256) for _ in range(50_000))


def cases(sources: list[Path]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every case; names are unique and say how the case was made."""
    for src in sources:
        data = src.read_bytes()
        base = plain(data)
        stem = src.stem[:40]
        ops: list[tuple[str, Callable[..., bytes], tuple]] = []
        ops += [(f"trunc{int(s * 100):02d}", truncated, (data, s)) for s in TRUNCATE_AT]
        ops += [(f"flip{n}-s{k}", flipped, (data, n, k)) for n in FLIPS for k in FLIP_SEEDS]
        ops += [
            ("noxref", without_xref, (base,)),
            ("badstartxref", wrong_startxref, (base,)),
            ("count100000", claimed_pages, (base,)),
            ("pagetreeloop", self_containing_tree, (base,)),
            ("deep1000", deep_nesting, (base, 1000)),
            ("deep100000", deep_nesting, (base, 100_000)),
            ("lyinglength", lying_length, (base,)),
            *[(f"bomb{s >> 20}mb", bomb, (data, s)) for s in BOMB_BYTES],
            ("aes256-password", encrypted, (data, "segredo", "AES-256")),
            ("rc4-emptypassword", encrypted, (data, "", "RC4-40")),
            ("junkheader", junk_before_header, (data,)),
            ("noheader", no_header, (data,)),
            ("trailinggarbage", trailing_garbage, (data,)),
        ]
        for name, make, args in ops:
            yield f"{stem}__{name}.pdf", make(*args)
    rng = random.Random(5)
    yield "notpdf__random-1k.pdf", bytes(rng.randrange(256) for _ in range(1024))
    yield "notpdf__random-1m.pdf", rng.randbytes(2**20)
    yield "notpdf__html.pdf", b"<!DOCTYPE html><html><body>Erro 500</body></html>\n" * 50
    yield "notpdf__zip.pdf", b"PK\x03\x04" + rng.randbytes(4000)
    yield "notpdf__png.pdf", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000)
    yield "notpdf__empty.pdf", b""
    yield "notpdf__header-only.pdf", b"%PDF-1.7\n"
    yield "notpdf__header-eof.pdf", b"%PDF-1.4\n%%EOF\n"
    yield "notpdf__text.pdf", "Diário Oficial da União — página indisponível\n".encode() * 100


def write(out: Path, sources: list[Path]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in cases(sources):
        (out / name).write_bytes(data)
        paths.append(out / name)
    return paths


if __name__ == "__main__":
    srcs = [Path(p) for p in sys.argv[2:]] or sorted((Path(__file__).parent / "fixtures").glob("dou_2025*.pdf"))
    print(len(write(Path(sys.argv[1]), srcs)), "cases written to", sys.argv[1])
