"""LGPD: a person's CPF (and driver's licence number) masked in every output, unless asked otherwise.

One masking function, :func:`mask_text`, and one place that applies it to every string column of every
row of a file (:func:`mask_rows`, called at the end of ``runner.process.process_file``). Masking is in
place — the first three and last two digits become ``*``, every other character stays — so a masked
string has the length of the printed one and every offset into ``documents.text`` stays true
(``text[char_start:char_end] == raw`` holds after masking both).

What counts as a CPF is :mod:`seidou.patterns.cpf` (matched on the text with Unicode digits, dashes and
spaces folded to ASCII): a number printed as a CPF (``111.444.777-35``, letter-spaced ``1 1 1 . 4 4 4 …``,
cut by a line's end), any 11-digit number after a
"CPF" label (``CPF/MF 246.813.579/28``, ``C.P.F. 2 4 6 …``, cut by a line's end), and a bare 11-digit
number whose check digits hold and that no other identifier's name precedes (RENAVAM, Processo,
telefone …). CNPJs, NUPs and other numbers are left as printed. A driver's licence number is
:mod:`seidou.patterns.cnh`'s.
"""

from __future__ import annotations

import regex

from seidou.patterns import cnh, cpf

# columns that are never masked: file paths lead back to the file as given; ids and hashes join tables
KEPT = frozenset({"path", "run_id", "doc_id", "file_sha256", "clause_id", "parent_id", "extractor", "pipeline_version"})
# eleven digits (any script) somewhere in a string: fewer cannot print a CPF (most strings of a row)
_ELEVEN_DIGITS = regex.compile(r"(?:\D*+\d){11}")


def spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a person's CPF or driver's licence number."""
    return sorted((m.start, m.end) for m in cpf.find(text) + cnh.find(text))


def mask_text(text: str | None) -> str | None:
    """``text`` with every CPF masked in place (same length).

    >>> mask_text("CPF/MF 246.813.579/28; CNPJ 11.222.333/0001-81")
    'CPF/MF ***.813.579/**; CNPJ 11.222.333/0001-81'
    >>> mask_text("C.P.F. 2 4 6 8 1 3 5 7 9 2 8")
    'C.P.F. * * * 8 1 3 5 7 9 * *'
    """
    if not text or len(text) < 11 or not _ELEVEN_DIGITS.match(text):
        return text
    found = spans(text)
    if not found:
        return text
    out, last = [], 0
    for s, e in found:
        if s < last:  # overlapping hits: the part already masked stays masked
            s = last
        out.append(text[last:s])
        out.append(cpf.mask_in_place(text[s:e]) if e > s else "")
        last = max(last, e)
    out.append(text[last:])
    return "".join(out)


def mask_rows(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Every string column of every row masked (but :data:`KEPT`), in place; returns ``rows``.

    ``documents.text`` is masked first; a row's column that printed its document's text between its
    ``char_start`` and ``char_end`` (``raw``, an entity's ``text``) then takes the masked slice, so the
    offsets stay true; any other string is masked on its own."""
    texts: dict[str, tuple[str, str]] = {}
    for d in rows.get("documents", []):
        if isinstance(d.get("text"), str):
            before = d["text"]
            d["text"] = mask_text(before)
            texts[d.get("doc_id")] = (before, d["text"])
    memo: dict[str, str] = {}  # a file's rows repeat their strings (a CNPJ's raw and value, a name): each masked once
    for table, table_rows in rows.items():
        for r in table_rows:
            if not isinstance(r, dict):
                continue
            doc = texts.get(r.get("doc_id")) if table != "documents" else None
            cs, ce = r.get("char_start"), r.get("char_end")
            offsets = doc is not None and isinstance(cs, int) and isinstance(ce, int)
            printed = doc[0][cs:ce] if offsets else None  # (sliced once per row, not once per column)
            for k, v in r.items():
                if not isinstance(v, str) or k in KEPT or (table == "documents" and k == "text"):
                    continue
                if v == printed:
                    r[k] = doc[1][cs:ce]
                elif len(v) >= 11:  # (a shorter string prints no CPF: mask_text would return it as it is)
                    masked = memo.get(v)
                    if masked is None:
                        masked = memo[v] = mask_text(v)
                    r[k] = masked
    cpf.forget()  # the file's texts were searched for the last time
    return rows
