"""Vigência: explicit ranges (``de 01/01/2025 a 31/12/2025``, ``até 31/12/2026``) and durations with
an anchor (``32 (trinta e dois) meses, contados a partir da assinatura`` → start = the day the
instrument was fully signed, its latest SEI stamp; ``a partir da publicação`` → the DOU date when
known). ``resolved`` says whether start and end were computed; ``is_prorrogacao`` flags a
prorrogação (``Prorrogar por 180 (cento e oitenta) dias o prazo …``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from patterns import dates, durations

from .rows import fact_row

EXTRACTOR = "pipeline.vigencia@1"
KEYWORD = regex.compile(r"vig[êe]ncia|vigorar[áa]|vigorando", regex.IGNORECASE)
# A prorrogação decided by the act itself (DOU: "Art. 1º - Prorrogar por 180 (cento e oitenta) dias o prazo …").
PRORROGACAO = regex.compile(r"\bProrrogar\s+(?:por|o\s+prazo|at[ée])|\b[Ff]ica(?:m)?\s+prorrogad|\b[Pp]rorroga-se")
# The duration must follow the keyword closely: "vigência de 32 (trinta e dois) meses".
NEAR = 90
SENTENCE = regex.compile(r"[^.;\n]*(?:\.(?=\d)[^.;\n]*)*[.;\n]?")
ANCHORS = [
    (
        regex.compile(
            r"\b(?:a\s+partir\s+d[ae]|contad[oa]s?\s+(?:a\s+partir\s+)?d[ae])\s+(?:sua\s+|data\s+d[ae]\s+)?(?:última\s+)?assinatura",
            regex.IGNORECASE,
        ),
        "assinatura",
    ),
    (
        regex.compile(
            r"\b(?:a\s+partir\s+d[ae]|contad[oa]s?\s+(?:a\s+partir\s+)?d[ae])\s+(?:sua\s+|data\s+d[ae]\s+)?publica[çc][ãa]o",
            regex.IGNORECASE,
        ),
        "publicacao",
    ),
]
RANGE = regex.compile(
    r"\bde\s+(?P<a>\d{1,2}/\d{1,2}/\d{4})\s+(?:a|até)\s+(?P<b>\d{1,2}/\d{1,2}/\d{4})", regex.IGNORECASE
)
UNTIL = regex.compile(r"\bat[ée]\s+(?:o\s+dia\s+)?(?P<b>\d{1,2}/\d{1,2}/\d{4})", regex.IGNORECASE)


@dataclass
class Vigencia:
    start_offset: int
    end_offset: int
    start: dt.date | None
    end: dt.date | None
    duration_value: int | None
    duration_unit: str | None
    anchor: str | None
    resolved: bool
    is_prorrogacao: bool


def add(start: dt.date, value: int, unit: str) -> dt.date:
    """>>> add(dt.date(2025, 10, 31), 32, "meses")
    datetime.date(2028, 6, 30)
    """
    if unit == "dias":
        return start + dt.timedelta(days=value)
    months = value * (12 if unit == "anos" else 1)
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _date(s: str) -> dt.date | None:
    d, m, y = (int(x) for x in s.split("/"))
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find(text: str, *, signed: dt.date | None = None, published: dt.date | None = None) -> list[Vigencia]:
    out = []
    for s in SENTENCE.finditer(text):
        sentence = s.group()
        if not sentence.strip():
            continue
        key = KEYWORD.search(sentence) or PRORROGACAO.search(sentence)
        if not key:
            continue
        base = s.start()
        prorrog = PRORROGACAO.search(sentence)
        r = RANGE.search(sentence)
        if r:
            a, b = _date(r.group("a")), _date(r.group("b"))
            out.append(
                Vigencia(
                    base + r.start(),
                    base + r.end(),
                    a,
                    b,
                    None,
                    None,
                    "data",
                    a is not None and b is not None,
                    bool(prorrog and prorrog.start() < r.start()),
                )
            )
            continue
        found = [d for d in durations.find(sentence) if key.start() <= d.start <= key.end() + NEAR]
        if found:
            d = found[0]
            anchor = None
            for rx, name in ANCHORS:
                if rx.search(sentence, d.end):
                    anchor = name
                    break
            after = dates.find(sentence[d.end :])
            start = {"assinatura": signed, "publicacao": published}.get(anchor or "")
            if (
                anchor is None
                and regex.match(r"\s*,?\s*(?:contad[oa]s?\s+)?(?:a\s+partir\s+de|de)\s", sentence[d.end :])
                and after
            ):
                anchor = "data"
                start = (
                    dt.date.fromisoformat(after[0].value)
                    if after[0].valid and after[0].get("precision") == "day"
                    else None
                )
            end = add(start, d.value, d.get("unit")) if start else None
            out.append(
                Vigencia(
                    base + d.start,
                    base + d.end,
                    start,
                    end,
                    d.value,
                    d.get("unit"),
                    anchor,
                    start is not None and end is not None,
                    prorrog is not None,
                )
            )
            continue
        u = UNTIL.search(sentence)
        if u and regex.search(r"vig[êe]ncia|vigorar", sentence, regex.IGNORECASE):
            b = _date(u.group("b"))
            out.append(
                Vigencia(
                    base + u.start(),
                    base + u.end(),
                    None,
                    b,
                    None,
                    None,
                    "data",
                    False,
                    bool(prorrog and prorrog.start() < u.start()),
                )
            )
    return out


def vigencia_rows(
    text: str, layout, doc: dict, run_id: str, *, signed: dt.date | None, published: dt.date | None
) -> list[dict]:
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            v.start_offset,
            v.end_offset,
            EXTRACTOR,
            start=v.start,
            end=v.end,
            duration_value=v.duration_value,
            duration_unit=v.duration_unit,
            anchor=v.anchor,
            resolved=v.resolved,
            is_prorrogacao=v.is_prorrogacao,
        )
        for v in find(text, signed=signed, published=published)
    ]
