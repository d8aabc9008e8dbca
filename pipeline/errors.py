"""The small exception hierarchy. Each failure of one file becomes an ``errors`` row; a batch goes on."""

from __future__ import annotations


class SeidouError(Exception):
    """Base class. ``stage`` says where in the pipeline it happened; ``error_type`` is a stable slug."""

    stage = "internal"
    error_type = "internal"

    def __init__(self, message: str, *, stage: str | None = None):
        super().__init__(message)
        if stage is not None:
            self.stage = stage


class InputError(SeidouError):
    """The file cannot be read as a PDF at all (empty, not a PDF, truncated beyond repair)."""

    stage = "open"
    error_type = "invalid_pdf"


class EmptyFileError(InputError):
    error_type = "empty_file"


class NotPdfError(InputError):
    error_type = "not_pdf"


class EncryptedPdfError(InputError):
    error_type = "encrypted"


class NoPagesError(InputError):
    error_type = "no_pages"


class NotRegularFileError(InputError):
    """A FIFO, socket, device or a link to one, named like a PDF: never read (it could block for ever)."""

    error_type = "not_a_regular_file"


class FileChangedError(InputError):
    """The file grew or was rewritten while it was read."""

    error_type = "file_changed"


class UnreadableError(InputError):
    """The file or folder cannot be read (permissions, I/O error, a link that leads nowhere)."""

    error_type = "unreadable"


class InvalidXmlError(InputError):
    """An ``.xml`` input that is not a well-formed INLABS act."""

    error_type = "invalid_xml"


class LayoutError(SeidouError):
    stage = "layout"
    error_type = "layout_failed"
