"""Blocks → paragraphs: where a new paragraph starts inside a column block."""

from __future__ import annotations

from statistics import median

import regex

from seidou.layout.types import Line

# A line that opens a structural unit starts a paragraph whatever its geometry:
# Art. 1º, § 2º, Parágrafo único, CLÁUSULA PRIMEIRA, Subcláusula, CAPÍTULO II, Seção III,
# I - (incisos), a) (alíneas), 1. / 1.2 (numbered sections and items), ANEXO.
MARKER = regex.compile(
    r"""^(?:
        Art\.?\s*\d
      | §\s*\d | Par[áa]grafo\s+[úu]nico
      | CL[ÁA]USULA\b | Cl[áa]usula\s+\S+\s*[-–—:.] | SUBCL[ÁA]USULA\b | Subcl[áa]usula\b
      | CAP[ÍI]TULO\b | T[ÍI]TULO\s+[IVXLC]+\b | SE[ÇC][ÃA]O\s+[IVXLC]+\b | Se[çc][ãa]o\s+[IVXLC]+\b
      | [IVXLC]{1,7}\s*[-–—)]\s
      | [a-z]\)\s
      | \d{1,2}(?:\.\d{1,2})*[.)]\s+\S
      | \d{1,2}(?:\.\d{1,2})+\s+\S
      | ANEXO\b
    )""",
    regex.VERBOSE,
)
_SENTENCE_END = tuple(".:;!?")


def starts_unit(text: str) -> bool:
    return bool(MARKER.match(text))


def split_paragraphs(block: list[Line]) -> list[list[Line]]:
    """Cut a block (lines top to bottom) where a paragraph ends."""
    if not block:
        return []
    left = min(ln.x0 for ln in block)
    right = max(ln.x1 for ln in block)
    leads = [b.bottom - a.bottom for a, b in zip(block, block[1:]) if b.bottom - a.bottom > 0.5 * a.size]
    lead = median(leads) if leads else None
    paras: list[list[Line]] = [[block[0]]]
    for prev, cur in zip(block, block[1:]):
        if _breaks(prev, cur, left, right, lead):
            paras.append([cur])
        else:
            paras[-1].append(cur)
    return paras


def _breaks(prev: Line, cur: Line, left: float, right: float, lead: float | None) -> bool:
    h = max(prev.size, cur.size, 0.1)
    if abs(cur.bottom - prev.bottom) <= 0.3 * h:
        return False  # cells of one table row
    if abs(cur.size - prev.size) > 0.2 * h:
        return True
    gap = cur.bottom - prev.bottom
    if lead is not None and gap > 1.4 * lead and gap > 1.2 * h:
        return True
    if lead is None and gap > 1.9 * h:
        return True
    text = cur.text
    if starts_unit(text):
        return True
    indented = cur.x0 > left + 0.9 * h and prev.x0 <= left + 0.5 * h
    ends = prev.text.rstrip().endswith(_SENTENCE_END)
    if indented and (ends or text[:1].isupper()):
        return True
    if abs(cur.x0 - prev.x0) > 2 * h and abs(cur.x1 - prev.x1) > 2 * h and prev.x1 < right - h:
        return True  # neither edge lines up: centred titles, a signature block
    short = prev.x1 < right - 2.5 * h
    if short and (ends or (text[:1].isupper() and not prev.text.rstrip().endswith((",", "-")))):
        return True
    return False
