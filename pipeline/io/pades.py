"""PAdES/CMS signatures embedded in a PDF, read with pyHanko: signer, issuer, signing time, and
whether the signed bytes are intact and cover the whole file.

Trust is not judged (no certificate store is fetched or shipped): ``integrity_ok`` says the bytes
the signature covers are the bytes that were signed and the CMS signature over them verifies.
ICP-Brasil e-CPF certificates carry the holder's CPF in the common name (``NAME:12345678900``): it is
masked like every other CPF unless unmasking was asked for.
"""

from __future__ import annotations

import binascii
import datetime as dt
import logging
import os
import re
from dataclasses import dataclass

import regex

from seidou.versions import tag

VERSION = 2  # 2: encrypted files with an empty user password read; certification signatures marked
EXTRACTOR = tag("seidou.io.pades", VERSION)
_CPF_IN_CN = regex.compile(r"(?<=:)\d{11}\b")


@dataclass
class PadesSignature:
    field: str | None
    name: str | None
    subject: str | None
    issuer: str | None
    signed_at: dt.datetime | None
    integrity_ok: bool
    covers_whole_file: bool
    error: str | None = None
    # a certification signature (DocMDP): the file's author or its platform seals it (Adobe Sign's
    # "Adobe Sign, a Document Cloud solution"; IBDM's on the Tucano-BA gazette), not a signer of the act
    certifies: bool = False


class PadesUnreadable(Exception):
    """The file's signature dictionaries cannot be read (an encrypted PDF without its password)."""


_NOT_HEX = re.compile(rb"[^0-9a-fA-F]")
_PDF_WHITESPACE = b" \n\r\t\f\x00"


def fast_hex_strings() -> None:
    """pyHanko reads a hex string (``<3082…>``: the CMS blob of every signature, 16-32 KB) one byte
    per Python call, a third of the time of a one-page signed DOU file. Install a reader that finds
    the closing ``>`` in blocks; anything unusual in the string (a comment, a stray byte, no end)
    goes to pyHanko's own reader, so results are the same."""
    from pyhanko.pdf_utils import generic

    original = generic.read_hex_string_from_stream
    if getattr(original, "seidou_fast", False):
        return

    def read_hex_string_from_stream(stream):
        begin = stream.tell()
        stream.read(1)  # "<"
        chunks, n = [], 0
        while True:
            block = stream.read(1 << 16)
            if not block:
                break
            k = block.find(b">")
            if k < 0:
                chunks.append(block)
                n += len(block)
                continue
            chunks.append(block[:k])
            data = b"".join(chunks).translate(None, _PDF_WHITESPACE)
            if _NOT_HEX.search(data):
                break
            stream.seek(begin + 1 + n + k + 1)
            return generic.pdf_string(binascii.unhexlify(data + b"0" if len(data) % 2 else data))
        stream.seek(begin)
        return original(stream)

    read_hex_string_from_stream.seidou_fast = True
    read_hex_string_from_stream.original = original
    generic.read_hex_string_from_stream = read_hex_string_from_stream


def read_signatures(path: str | os.PathLike, *, unmask_cpf: bool = False) -> list[PadesSignature]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    fast_hex_strings()
    out: list[PadesSignature] = []
    # No trust roots are configured on purpose: silence pyHanko's log of the chain it cannot build.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with open(path, "rb") as f:
        reader = PdfFileReader(f, strict=False)
        if reader.encrypted:
            # encrypted with an empty user password (owner-password restrictions only: Adobe Sign's
            # agreements): readable by anyone, as every viewer does; a real user password stays closed
            from pyhanko.pdf_utils.crypt import AuthStatus

            if reader.decrypt("").status == AuthStatus.FAILED:
                raise PadesUnreadable("encrypted PDF: its signatures need a user password")
        for sig in reader.embedded_signatures:
            field = str(sig.field_name) if sig.field_name is not None else None  # a plain str, not a PDF object
            try:
                cert = sig.signer_cert
                subject = cert.subject.human_friendly
                issuer = cert.issuer.human_friendly
                cn = cert.subject.native.get("common_name")
            except Exception as e:  # a damaged CMS blob: report it, keep the others
                out.append(PadesSignature(field, None, None, None, None, False, False, f"unreadable CMS: {e}"))
                continue
            try:
                # skip_diff: the modification analysis of later revisions is not reported (and was a third of the time)
                status = validate_pdf_signature(
                    sig, ValidationContext(trust_roots=[], allow_fetching=False), skip_diff=True
                )
                intact = bool(status.intact and status.valid)
                whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                error = None
            except Exception as e:
                intact, whole, error = False, False, f"validation failed: {e}"
            name = cn.split(":")[0] if isinstance(cn, str) else None
            if not unmask_cpf:
                subject = _CPF_IN_CN.sub("***********", subject)
                issuer = _CPF_IN_CN.sub("***********", issuer)
            when = sig.self_reported_timestamp
            try:
                certifies = sig.docmdp_level is not None
            except Exception:  # a damaged /Reference array: an approval signature like most
                certifies = False
            out.append(
                PadesSignature(
                    field,
                    str(name) if name else None,
                    str(subject),
                    str(issuer),
                    when.replace() if when else None,
                    intact,
                    whole,
                    error,
                    certifies,
                )
            )
    return out
