"""Segmentation: a file's canonical text → logical documents (a SEI process export holds many
documents, a DOU page or a gazette many acts, a municipal PDF a Lei and its fichas).

Two signals, in this order:
- SEI page footers name the document a page belongs to (``Convênio 978990/2025 (46842328) SEI … /
  pg. 3``): consecutive pages with the same SEI number are one document, whatever titles they hold;
- elsewhere, a title paragraph in capitals (``PORTARIA Nº 1.669, DE 19 DE ABRIL DE 2023``,
  ``EXTRATO DE CONVÊNIO``, ``FICHA CADASTRAL DO DOCUMENTO ELETRÔNICO``) starts a document, together
  with the órgão headings right above it (``MINISTÉRIO DA …`` / ``SECRETARIA …``).
A first document that starts with neither (a DOU page opening in the middle of an act) is marked
``continues_previous``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from seidou.layout.compose import Layout

# file origins whose documents are acts of a journal (acts flow across pages, órgão headings carry over)
GAZETTES = ("dou", "gazette")

TITLE = regex.compile(
    r"""^(?:
        LEI(?:\s+COMPLEMENTAR)?\s+N | DECRETOS?(?:-LEI)?\b | PORTARIAS?\b | RESOLU[ÇC](?:[ÃA]O|[ÕO]ES)\b
      | INSTRU[ÇC][ÃA]O\s+NORMATIVA | DELIBERA[ÇC][ÃA]O | ATOS?\s+(?:N|DE|DO|DA|DECLARAT|NORMATIV) | ALVAR[ÁA]
      | AC[ÓO]RD[ÃA]OS?\b | DESPACHOS?\b | EXTRATOS?\s+D | AVISOS?\s+D | EDITA(?:L|IS)\b | RETIFICA[ÇC][ÃA]O
      | ERRATA | PARECER\b | NOTA\s+T[ÉE]CNICA | OF[ÍI]CIO\b | CONV[ÊE]NIO\b | ACORDO\s+D | TERMO\s+(?:D|A)
      | CONTRATO\b | PLANO\s+DE\s+TRABALHO | FICHA\s+CADASTRAL | RESULTADO\s+D | HOMOLOGA[ÇC][ÃA]O
      | ADJUDICA[ÇC][ÃA]O | RATIFICA[ÇC][ÃA]O | DISPENSA\s+D | INEXIGIBILIDADE | SÚMULA | CIRCULAR\b
      | COMUNICADO\b | EMENDA\b | ORDEM\s+DE\s+SERVI[ÇC]O | APOSTILA
    )""",
    regex.VERBOSE,
)
HEADING = regex.compile(
    r"""^(?:MINIST[ÉE]RIO | SECRETARIA | SUBSECRETARIA | SECRETARIA-EXECUTIVA | DEPARTAMENTO | DIRETORIA
      | COORDENA[ÇC][ÃA]O | SUPERINTEND[ÊE]NCIA | AG[ÊE]NCIA | CONSELHO | INSTITUTO | UNIVERSIDADE | FUNDA[ÇC][ÃA]O
      | TRIBUNAL | GABINETE | [ÁA]REA\s+D | PREFEITURA | ESTADO\s+D | PODER\s+ | C[ÂA]MARA | GER[ÊE]NCIA
      | ASSESSORIA | PROCURADORIA | COMISS[ÃA]O | CONTROLADORIA | ADVOCACIA | BANCO\s+ | COMANDO | EX[ÉE]RCITO
      | MARINHA | AERON[ÁA]UTICA | POL[ÍI]CIA | DEFENSORIA | SERVI[ÇC]O\s+ | CENTRO\s+ | ESCOLA\s+ | HOSPITAL
      | CAMPUS | REITORIA | PRESID[ÊE]NCIA | VICE-PRESID[ÊE]NCIA | COMPANHIA | EMPRESA\s+ | CORPO\s+DE
      | Minist[ée]rio\s | Secretaria\s | Controladoria | Advocacia | Conselho\s | Presid[êe]ncia\s | Ag[êe]ncia\s
      | Tribunal\s | Comando\s | Banco\s | Instituto\s | Universidade\s | Funda[çc][ãa]o\s | Defensoria\s
      | PR[ÓO]-REITORIA | DELEGACIA | ALF[ÂA]NDEGA | INSPETORIA | CORREGEDORIA | OUVIDORIA | SUBPROCURADORIA
    )""",
    regex.VERBOSE,
)
# SEI page footers: "Plano de Trabalho 01/2026 (56909344) SEI 19973.003289/2025-14 / pg. 3",
# SEI-AL: "Despacho 29689412 SEI E:01203.0000000161/2025 / pg. 3" (no parentheses).
SEI_FOOTER_DOC = regex.compile(
    r"(?P<label>[\p{L}][^\n()]*?)\s*\(?(?P<n>\d{6,10})\)?\s*SEI\s+[\w:.\-/]+\s*/\s*pg\.\s*\d+"
)
MAX_TITLE = 100
_BARE_DATE = regex.compile(r"\d{1,2}/\d{1,2}/\d{4}")
MAX_HEADING = 160
ADDRESS = regex.compile(r"\b(?:RUA|AVENIDA|RODOVIA|ESTRADA|PRA[ÇC]A)\s[^,]*,\s*\d|\bCEP\b")
SEPARATOR = regex.compile(r"\s*[.·•\-–—]\s*")  # a typeset rule between an órgão's heading and the next


@dataclass
class Segment:
    start: int
    end: int
    continues_previous: bool
    title_at: int | None  # offset of the title paragraph, if any
    headings: list[tuple[int, int]]  # spans of the órgão headings above the title
    sei_number: str | None = None  # the SEI document number its page footers print
    sei_label: str | None = None  # and the document's type and number there ("Despacho", "Ofício Circular 1")


# a number in a title: "Nº 1.669", "N° 002/2020", "Nº. 074"
TITLE_NUMBER = regex.compile(r"\bN\.?\s?[º°o]\.?\s*\d", regex.IGNORECASE)


def is_title(par: str) -> bool:
    if len(par) > MAX_TITLE or not TITLE.match(par) or _BARE_DATE.search(par):
        return False  # long capitals are a sentence; a dd/mm/yyyy date is a table row (ficha cadastral)
    letters = [c for c in par if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


# A SEI document may title itself in Title Case under its letterhead ("Despacho", "Ofício Circular nº
# E:1/2025/CBMAL": SEI-AL); outside SEI such a line is a sentence's start, not a title.
SEI_TITLE = regex.compile(TITLE.pattern, regex.VERBOSE | regex.IGNORECASE)


def is_sei_title(par: str) -> bool:
    """A title inside a SEI document: in capitals as elsewhere, or a short Title Case line naming a kind."""
    return is_title(par) or (
        len(par) <= 80
        and par[:1].isupper()
        and bool(SEI_TITLE.match(par))
        and not par.rstrip().endswith((".", ":", ",", ";"))
    )


def is_heading(par: str) -> bool:
    return (
        len(par) <= MAX_HEADING
        and bool(HEADING.match(par))
        and not par.rstrip().endswith((".", ":", ",", ";"))
        and not ADDRESS.search(par)  # a table row of an institution and its address (DOU e-MEC lists)
    )


def is_caps_fragment(par: str) -> bool:
    """The second line of a heading broken by centring (``… SUPERVISÃO`` / ``ESPECIALIZADA``)."""
    letters = [c for c in par if c.isalpha()]
    return (
        len(par) <= 80
        and bool(letters)
        and all(c.isupper() for c in letters)
        and not par.rstrip().endswith((".", ":", ",", ";"))
        and not any(c.isdigit() for c in par)
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sei_groups(layout: Layout) -> tuple[dict[int, str], dict[str, str]]:
    """Page number → SEI document number printed in its footer; SEI number → footer label."""
    out: dict[int, str] = {}
    labels: dict[str, str] = {}
    for p in layout.pages:
        m = SEI_FOOTER_DOC.search(p.footer_text)
        if m:
            out[p.number] = m.group("n")
            labels.setdefault(m.group("n"), m.group("label").strip())
    return out, labels


def segment(layout: Layout, origin: str = "other") -> list[Segment]:
    text = layout.text
    pars = paragraphs(text)
    if not pars:
        return [Segment(0, len(text), False, None, [])]
    sei_of_page, sei_labels = _sei_groups(layout)
    page_of = [layout.textmap.page_at(s) for s, _ in pars]
    starts: dict[int, tuple[int | None, list[tuple[int, int]]]] = {}  # paragraph index → (title offset, headings)

    # 1. SEI footers: a new SEI document number (or its end) starts a document
    prev_doc = None
    for i, page in enumerate(page_of):
        doc = sei_of_page.get(page)
        if i > 0 and doc != prev_doc and page != page_of[i - 1]:
            starts[i] = (None, [])
        prev_doc = doc
    in_sei = [sei_of_page.get(page) is not None for page in page_of]

    # 2. titles, with the órgão headings just above them, outside SEI documents; a title right under another
    # one is its subtitle, not a document of its own ("EXTRATO DE RATIFICAÇÃO DO ATO" / "INEXIGIBILIDADE Nº
    # 001/2020", "PORTARIAS" / "PORTARIA DP Nº. 074, DE 08 DE OUTUBRO DE 2020": municipal gazettes)
    run_of: dict[int, int] = {}  # title paragraph → the start of the run of titles it belongs to
    for i, (s, e) in enumerate(pars):
        if in_sei[i] or not is_title(text[s:e]):
            continue
        if i - 1 in run_of:
            run_of[i] = run_of[i - 1]
            continue
        j = i
        while j > 0 and not in_sei[j - 1] and (j - 1) not in starts:
            above = text[pars[j - 1][0] : pars[j - 1][1]]
            if is_heading(above):
                j -= 1
            elif j > 1 and is_caps_fragment(above) and is_heading(text[pars[j - 2][0] : pars[j - 2][1]]):
                j -= 2
            elif j > 1 and SEPARATOR.fullmatch(above) and is_heading(text[pars[j - 2][0] : pars[j - 2][1]]):
                j -= 2  # DOU 2014 editions: "Ministério da Defesa" / "." / "GABINETE DO MINISTRO" / title
            else:
                break
        heads = [pars[k] for k in range(j, i) if not SEPARATOR.fullmatch(text[pars[k][0] : pars[k][1]])]
        starts.pop(i, None)
        starts[j] = (s, heads)
        run_of[i] = j
    # of a run of titles, the document is titled by the last that carries a number (the one over the body,
    # printed in full: "DECRETO Nº 153/2021" / "DECRETO Nº 153, DE 18 DE MARÇO DE 2021."), else the first
    runs: dict[int, list[int]] = {}
    for i, j in run_of.items():
        runs.setdefault(j, []).append(i)
    for j, titles in runs.items():
        numbered = [i for i in titles if TITLE_NUMBER.search(text[pars[i][0] : pars[i][1]])]
        starts[j] = (pars[numbered[-1] if numbered else titles[0]][0], starts[j][1])

    # 3. inside a SEI document, its title is the first title paragraph near its start
    for i in sorted(starts):
        if in_sei[i] and starts[i][0] is None:
            for k in range(i, min(i + 8, len(pars))):
                if is_sei_title(text[pars[k][0] : pars[k][1]]):
                    starts[i] = (pars[k][0], [p for p in pars[i:k] if is_heading(text[p[0] : p[1]])])
                    break

    cut = sorted(set(starts) | {0})
    segments = []
    for n, i in enumerate(cut):
        s = pars[i][0]
        e = pars[cut[n + 1]][0] - 1 if n + 1 < len(cut) else len(text)
        title_at, heads = starts.get(i, (None, []))
        if i == 0 and i not in starts:
            # the file's first document: a SEI document titles itself; elsewhere no title means
            # the act began on an earlier page
            if in_sei[0]:
                for k in range(0, min(8, len(pars))):
                    if is_sei_title(text[pars[k][0] : pars[k][1]]):
                        title_at = pars[k][0]
                        break
            else:
                first_title = next(
                    (k for k in range(min(8, len(pars))) if is_title(text[pars[k][0] : pars[k][1]])), None
                )
                if first_title is not None and all(
                    is_heading(text[pars[k][0] : pars[k][1]]) or k == 0 for k in range(first_title)
                ):
                    title_at = pars[first_title][0]
                    heads = [p for p in pars[:first_title] if is_heading(text[p[0] : p[1]])]
        gazette = origin in GAZETTES or len(cut) > 2  # a page of a journal: acts flow in from earlier pages
        continues = (
            n == 0 and gazette and title_at is None and not in_sei[0] and not _starts_like_a_document(text, pars)
        )
        sei_number = sei_of_page.get(page_of[i])
        segments.append(Segment(s, e, continues, title_at, heads, sei_number, sei_labels.get(sei_number or "")))
    return segments


def _starts_like_a_document(text: str, pars: list[tuple[int, int]]) -> bool:
    """A file whose first paragraph is a heading or a capitalised line starts a document of its own."""
    s, e = pars[0]
    first = text[s:e]
    return is_heading(first) or is_title(first)
