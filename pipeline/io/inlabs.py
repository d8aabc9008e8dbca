"""The Imprensa Nacional's per-act XML (INLABS) as input: one ``<article>`` per file.

The act becomes the same kind of ``Layout`` the PDF path produces (one paragraph per line of the
canonical text; every paragraph mapped to the act's page, with no box), so the documents,
facts and clauses come from the same code as for a PDF page.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import regex

from seidou.errors import InvalidXmlError as InputError
from seidou.layout.compose import Layout
from seidou.layout.textmap import TextMap
from seidou.layout.types import PageLayout

JOURNALS = {
    "DO1": ("0515", "1"),
    "DO2": ("0529", "2"),
    "DO3": ("0530", "3"),
    "DO1E": ("0600", "1-extra"),
    "DO1A": ("0600", "1-extra"),
}
_P = regex.compile(r"<p(?P<attrs>[^>]*)>(?P<body>.*?)</p>", regex.DOTALL | regex.IGNORECASE)
_CLASS = regex.compile(r'class\s*=\s*"(?P<c>[^"]*)"', regex.IGNORECASE)
_TAG = regex.compile(r"<[^>]+>")
_SPACE = regex.compile(r"\s+")


@dataclass
class InlabsAct:
    path: str
    id_materia: str | None
    pub_name: str | None
    art_type: str | None
    art_category: str | None
    pub_date: dt.date | None
    page: int | None
    edition: str | None
    identifica: str | None
    ementa: str | None
    paragraphs: list[tuple[str, str]]  # (class, text)

    @property
    def section(self) -> str | None:
        return JOURNALS.get(self.pub_name or "", (None, None))[1]

    @property
    def dou_code(self) -> str | None:
        journal = JOURNALS.get(self.pub_name or "", (None, None))[0]
        if not (journal and self.pub_date and self.page):
            return None
        return f"{journal}{self.pub_date:%Y%m%d}{self.page:05d}"

    def signers(self) -> list[tuple[str, str | None]]:
        """(name, cargo) from ``p.assina`` and the ``p.cargo`` after it."""
        out: list[tuple[str, str | None]] = []
        for cls, text in self.paragraphs:
            if "assina" in cls:
                out.append((text, None))
            elif "cargo" in cls and out and out[-1][1] is None:
                out[-1] = (out[-1][0], text)
        return out


def is_inlabs(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(".xml")


def _clean(fragment: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()


def read_act(path: str | os.PathLike) -> InlabsAct:
    try:
        data = open(path, "rb").read()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}") from e
    if not data.strip():
        raise InputError("the XML file is empty")
    try:
        root = ET.fromstring(data.decode("utf-8-sig"))
    except (ET.ParseError, UnicodeDecodeError) as e:
        raise InputError(f"not a well-formed INLABS XML: {e}") from e
    art = root if root.tag == "article" else root.find("article")
    if art is None:
        raise InputError("no <article> element: not an INLABS act")
    body = art.find("body")
    texto = (body.findtext("Texto") if body is not None else None) or ""
    paragraphs = []
    for m in _P.finditer(texto):
        cm = _CLASS.search(m.group("attrs"))
        cls = cm.group("c") if cm else ""
        text = _clean(m.group("body"))
        if text:
            paragraphs.append((cls.lower(), text))
    try:
        pub_date = dt.datetime.strptime(art.get("pubDate", ""), "%d/%m/%Y").date()
    except ValueError:
        pub_date = None
    page = art.get("numberPage")
    return InlabsAct(
        str(path),
        art.get("idMateria"),
        art.get("pubName"),
        art.get("artType"),
        art.get("artCategory"),
        pub_date,
        int(page) if page and page.isdigit() else None,
        art.get("editionNumber"),
        _clean(body.findtext("Identifica") or "") or None if body is not None else None,
        _clean(body.findtext("Ementa") or "") or None if body is not None else None,
        paragraphs,
    )


def layout_of(act: InlabsAct) -> Layout:
    """The act as a layout: paragraphs one per line, each mapped to the act's page (no box)."""
    tm = TextMap()
    parts = []
    pos = 0
    page = act.page or 1
    for k, (_cls, text) in enumerate(act.paragraphs):
        if k:
            parts.append("\n")
            pos += 1
        tm.add(pos, pos + len(text), page, (None, None, None, None))
        parts.append(text)
        pos += len(text)
    page_layout = PageLayout(page, 0.0, 0.0, 0, pos, [], [], [], [], 1, False)
    return Layout("".join(parts), tm, [page_layout])
