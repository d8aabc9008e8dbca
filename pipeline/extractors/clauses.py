"""The clause tree of a document: capítulo, seção, cláusula, subcláusula, artigo, parágrafo,
inciso, alínea — with numbers, labels, titles, parent links and whole-clause spans.

Works on the canonical text, where every paragraph is one line. A unit spans from its label to
the start of the next unit of the same or a higher level. Articles quoted inside a document that
is not itself a norm (the articles of Portaria Seges nº 4.890 quoted in a plano de trabalho's
JUSTIFICATIVA) are flagged ``is_quotation``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from seidou.patterns.mention import FirstCharacter
from seidou.patterns.ordinals import PHRASE as ORDINAL_WORDS
from seidou.patterns.ordinals import to_number

from seidou.documents.classify import GAZETTE_ACTS
from seidou.rows import fact_row
from seidou.versions import tag

LEVELS = ["capitulo", "secao", "clausula", "subclausula", "artigo", "paragrafo", "inciso", "alinea", "item"]
RANK = {lv: i for i, lv in enumerate(LEVELS)}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Documents that are norms: their articles are their own. Elsewhere articles are quotations.
NORMATIVE = {"lei", "decreto", "portaria", "resolucao", "other", "edital", *GAZETTE_ACTS}

_ORD = ORDINAL_WORDS.pattern
MARKERS = [
    ("capitulo", regex.compile(r"^(?P<label>CAP[ÍI]TULO\s+(?P<n>[IVXLC]+|\d+))\b\.?\s*(?:[-–—:]\s*)?(?P<title>.*)$")),
    (
        "secao",
        regex.compile(
            r"^(?P<label>(?:SE[ÇC][ÃA]O|Se[çc][ãa]o)\s+(?P<n>[IVXLC]+|\d+))\b\.?\s*(?:[-–—:]\s*)?(?P<title>.*)$"
        ),
    ),
    (
        "secao",
        regex.compile(r"^(?P<label>(?P<n>\d{1,2})\.)\s+(?P<title>[\p{Lu}][\p{Lu}\s,/()-]{2,80})$"),
    ),  # 1. DADOS CADASTRAIS
    (
        "clausula",
        regex.compile(
            rf"^(?P<label>CL[ÁA]USULA\s+(?P<n>{_ORD}|\d+[ªº]?))\s*[-–—.:]?\s*(?P<title>.*)$", regex.IGNORECASE
        ),
    ),
    ("clausula", regex.compile(r"^(?P<label>Cl[áa]usula\s+(?P<n>\d+)[ªº]?)\s*[-–—.:]?\s*(?P<title>.*)$")),
    (
        "subclausula",
        regex.compile(
            rf"^(?P<label>Subcl[áa]usula\s+(?P<n>{_ORD}|\d+[ªº]?))\s*[.:–—-]?\s*(?P<title>)", regex.IGNORECASE
        ),
    ),
    ("artigo", regex.compile(r"^(?P<label>Art\.?\s*(?P<n>\d+)\s*[º°o]?\.?)(?:\s*[-–—])?\s+(?P<title>)")),
    ("paragrafo", regex.compile(r"^(?P<label>§\s*(?P<n>\d+)\s*[º°o]?\.?)\s+(?P<title>)")),
    (
        "paragrafo",
        regex.compile(r"^(?P<label>Par[áa]grafo\s+(?P<n>[úu]nico))\.?\s*[-–—:]?\s*(?P<title>)", regex.IGNORECASE),
    ),
    ("inciso", regex.compile(r"^(?P<label>(?P<n>[IVXLC]{1,7})\s*[-–—)])\s+(?P<title>)")),
    ("alinea", regex.compile(r"^(?P<label>(?P<n>[a-z])\))\s+(?P<title>)")),
    # "6.1 Os recursos …": numbered items, taken only inside a cláusula (a plano de trabalho's cronograma
    # rows "1.1 Indicar servidores …" sit in a table, not in the clause tree)
    ("item", regex.compile(r"^(?P<label>(?P<n>\d{1,2}(?:\.\d{1,2})+)\.?)\s+(?=\p{L})(?P<title>)")),
]
ITEM_PARENTS = {"clausula", "subclausula", "artigo", "paragrafo"}


@dataclass
class Clause:
    clause_id: str
    parent_id: str | None
    level: str
    number: int | None
    label: str
    title: str | None
    start: int
    end: int
    is_quotation: bool


def roman(s: str) -> int | None:
    """>>> roman("XIV"), roman("IX"), roman("IIII")
    (14, 9, 4)
    """
    total = 0
    prev = 0
    for c in reversed(s.upper()):
        v = ROMAN.get(c)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


_ROMAN, _LETTER = regex.compile(r"[IVXLC]+"), regex.compile(r"[a-z]")


def _number(level: str, raw: str) -> int | None:
    raw = raw.strip()
    if level == "item":
        return int(raw.split(".")[-1])  # "6.2" → 2 (the label keeps the full number)
    if level == "paragrafo" and raw.casefold().startswith(("ú", "u")):
        return 1  # Parágrafo único
    if _ROMAN.fullmatch(raw):
        return roman(raw)
    if _LETTER.fullmatch(raw):
        return ord(raw) - ord("a") + 1
    return to_number(raw)


# (a line is tried only against the markers that can read its first character: most lines open with a letter two
# markers at most read, and each was tried against all thirteen)
_MARKERS_BY_FIRST = FirstCharacter((rx, level) for level, rx in MARKERS)


def _match(line: str) -> tuple[str, regex.Match] | None:
    for rx, level in _MARKERS_BY_FIRST.opening(line[:1]):
        m = rx.match(line)
        if m:
            return level, m
    return None


def clauses(text: str, doc_type: str, doc_id: str = "") -> list[Clause]:
    """Units in document order with parents; each spans to the next unit of its level or higher."""
    found: list[tuple[str, int | None, str, str | None, int]] = []
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        hit = _match(line)
        if hit:
            level, m = hit
            title = (m.group("title") or "").strip() or None
            if level in ("capitulo", "secao") and title is None and k + 1 < len(lines):
                nxt = lines[k + 1].strip()
                if nxt and _match(nxt) is None and len(nxt) <= 120 and not nxt.endswith((".", ";", ":")):
                    title = nxt  # "CAPÍTULO III" / "DO ACORDO DE COOPERAÇÃO"
            if level in ("clausula",) and title:
                title = title.strip(" -–—.")
            found.append((level, _number(level, m.group("n")), m.group("label"), title, pos))
        pos += len(line) + 1
    end_of_text = len(text)
    out: list[Clause] = []
    stack: list[Clause] = []
    quoting = doc_type not in NORMATIVE and any(f[0] in ("secao", "clausula") for f in found)
    for i, (level, number, label, title, start) in enumerate(found):
        end = end_of_text
        for level2, _, _, _, start2 in found[i + 1 :]:
            if RANK[level2] <= RANK[level]:
                end = start2
                break
        while stack and RANK[stack[-1].level] >= RANK[level]:
            stack.pop()
        parent = stack[-1] if stack else None
        if level == "item" and (parent is None or parent.level not in ITEM_PARENTS):
            continue
        quotation = quoting and (level in ("artigo", "paragrafo") or (parent is not None and parent.is_quotation))
        clause = Clause(
            f"{doc_id}:{i + 1:04d}",
            parent.clause_id if parent else None,
            level,
            number,
            label,
            title,
            start,
            _trim(text, start, end),
            quotation,
        )
        out.append(clause)
        stack.append(clause)
    return out


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "\n ":
        end -= 1
    return end


VERSION = 1
EXTRACTOR = tag("seidou.extractors.clauses", VERSION)


def clause_rows(text: str, layout, doc: dict, run_id: str, units: list[Clause] | None = None) -> list[dict]:
    """Rows of the ``clauses`` table for one document (page and box: where the clause's label stands)."""
    rows = []
    for c in units if units is not None else clauses(text, doc["doc_type"], doc["doc_id"]):
        row = fact_row(
            text,
            layout,
            doc,
            run_id,
            c.start,
            c.end,
            EXTRACTOR,
            clause_id=c.clause_id,
            parent_id=c.parent_id,
            level=c.level,
            number=c.number,
            label=c.label,
            title=c.title,
            is_quotation=c.is_quotation,
        )
        page, box = layout.textmap.locate(c.start, c.start + len(c.label))
        row.update(page=page, x0=box[0], top=box[1], x1=box[2], bottom=box[3])
        rows.append(row)
    return rows
