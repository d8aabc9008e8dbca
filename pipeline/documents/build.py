"""Documents: one row per logical document. For now one document per file (segmentation comes
with the structure stage); this module fills what the layout already knows: the canonical text,
the page range, the origin and the DOU header facts."""

from __future__ import annotations

import datetime as dt

import regex

from seidou.patterns import dates, dou

from seidou import __version__
from seidou.documents.classify import DocFacts
from seidou.layout.compose import Layout


class _Marks:
    """Whether a text prints one of some forms (a mark of its origin), each form searched on its own: their alternation
    under IGNORECASE is tried at every position of the text, each form alone is searched for by its words (3 to 5
    times faster on the documents of real and real2)."""

    def __init__(self, *forms: str) -> None:
        self.forms = tuple(regex.compile(form, regex.IGNORECASE) for form in forms)

    def printed_in(self, text: str) -> bool:
        return any(form.search(text) for form in self.forms)


_SEI = _Marks(
    r"controlador_externo\.php", r"Documento\s+assinado\s+eletronicamente\s+por", r"\bSEI\s+[\w:.\-/]+\s*/\s*pg\.\s*\d+"
)
_MUNICIPAL = _Marks(
    r"PREFEITURA\s+MUNICIPAL",
    r"C[ÂA]MARA\s+MUNICIPAL",
    r"DI[ÁA]RIO\s+OFICIAL\s+DO\s+MUNIC[ÍI]PIO",
    r"MUNIC[ÍI]PIO\s+DE\s+\p{Lu}",
)


# Other official journals laid out like the DOU, some printed by the same press with the same kind of
# authenticity code (the Diário Oficial do Distrito Federal: journal 5001): gazettes, but not the DOU.
_OTHER_GAZETTE = regex.compile(r"DI[ÁA]RIO\s+OFICIAL\s+D[OAE]S?\s+(?!UNI[ÃA]O\b)\p{L}", regex.IGNORECASE)


def origin_of(layout: Layout) -> tuple[str, dou.DouHeader | None]:
    """Guess where a file comes from: a DOU page, another official journal ('gazette': documents
    are then labelled 'other', without DOU facts), a SEI export, a municipal document, or other."""
    for page in layout.pages:
        header = dou.parse_header(page.header_text, page.footer_text, page.margin_text)
        if header is not None and (header.code or header.issn or header.edition):
            if _other_journal(header, page.header_text):
                return "gazette", None
            return "dou", header
    furniture = "\n".join(p.footer_text + "\n" + p.header_text for p in layout.pages)
    head = layout.text[:20000]
    if _SEI.printed_in(furniture) or _SEI.printed_in(layout.text):
        return "sei", None
    if _MUNICIPAL.printed_in(furniture) or _MUNICIPAL.printed_in(head):
        return "municipal", None
    return "other", None


def page_header(layout: Layout, file_header: dou.DouHeader | None) -> dou.DouHeader | None:
    """The DOU facts of a document: the file's edition, date and section with the page number and
    authenticity code printed around the document's first page (in a whole edition every page has
    its own); no page or code when that page prints none (the file's would be another page's)."""
    if file_header is None or not layout.pages:
        return file_header
    first = layout.pages[0]
    own = dou.parse_header(first.header_text, first.footer_text, first.margin_text) or dou.DouHeader()
    return dou.DouHeader(
        own.edition or file_header.edition,
        own.date or file_header.date,
        own.section or file_header.section,
        own.page,
        own.issn or file_header.issn,
        own.code,
    )


# A gazette's running header: "Edição 1.507 | Ano 9 / 30 de março de 2021 / Página 2" (Tucano-BA),
# "Diário Oficial do Distrito Federal / PÁGINA 2 / Nº 4, terça-feira, 7 de janeiro de 2020" (DODF),
# "Segunda-feira, 26 de Outubro de 2020 - Edição n° 136" (Pratânia-SP). A letterhead is not one.
_GAZETTE_HEADER = regex.compile(r"\bEdi[çc]|Di[áa]rio\s+Oficial|\bP[áa]gina\b|\bAno\s+[IVXL\d]", regex.IGNORECASE)


def gazette_date(*layouts: Layout) -> dt.date | None:
    """The publication date a gazette other than the DOU prints in its running header: the first date
    in the header of the first page of ``layouts`` (a document's pages, then the file's) whose header
    reads as a gazette's. It dates "a contar desta publicação" in vigência (the DOU's is ``dou_date``)."""
    for layout in layouts:
        for page in layout.pages:
            if page.header_text and _GAZETTE_HEADER.search(page.header_text):
                day = next((m for m in dates.find(page.header_text) if m.get("precision") == "day" and m.valid), None)
                if day is not None:
                    return dt.date.fromisoformat(day.value)
    return masthead_date(*layouts)


def masthead_date(*layouts: Layout) -> dt.date | None:
    """The edition's date a gazette's front-page masthead prints (a file whose running header could not be read, or
    whose origin was not told a gazette, still has it: DOE-RJ 2023-03-14, its header in an unmapped font)."""
    # a front page's masthead is body text, not a running header: "ANO XLIX - Nº 111 / TERÇA-FEIRA, 20 DE JUNHO DE
    # 2023" (DOE-RJ, under "… EDITADA ELETRONICAMENTE DESDE 3 DE MARÇO DE 2008"), "ANO XLVII EDIÇÃO Nº 29 BRASÍLIA -
    # DF, SEXTA-FEIRA, 9 DE FEVEREIRO DE 2018" (DODF): the first date right after the edition's number, on page 1
    for layout in layouts:
        for m in MASTHEAD.finditer(layout.text):
            if layout.textmap.page_at(m.start()) != 1:
                break
            tail = layout.text[m.end() : m.end() + MASTHEAD_DATE]
            day = next((d for d in dates.find(tail) if d.get("precision") == "day" and d.valid), None)
            if day is not None:
                return dt.date.fromisoformat(day.value)
    return None


# (the year in capital Roman numerals, then only a separator or the word "EDIÇÃO" before the number: "ANO XXX • N°
# 7.143" DOM-BH, "ANO X | Nº 2121" DOM-AL, "ANO CIV - No 22.825" DOE-BA, "Ano VIII • Nº 250" Câmara de Tucano-BA; not an
# instrument's "durante o ano civil, conforme Lei nº 14.133, de 1º de abril de 2021", whose law's date would date a
# file of origin 'other': review26)
MASTHEAD = regex.compile(r"\b(?i:ano)\s+[IVXLC]+\b(?:[^\n\p{L}\d]|(?i:edi[çc][ãa]o)){0,12}?(?i:N[º°o])\.?\s*\d+")
MASTHEAD_DATE = 80


def letterhead(layout: Layout) -> str | None:
    """The running header of a document's first page when it is a letterhead, not a gazette's date and
    edition line ("ESTADO DA BAHIA / PREFEITURA MUNICIPAL DE TUCANO / CNPJ nº …"); None otherwise."""
    header = layout.pages[0].header_text if layout.pages else ""
    return header if header and not _GAZETTE_HEADER.search(header) else None


def _other_journal(header: dou.DouHeader, header_text: str) -> bool:
    """A page with a DOU-like header that belongs to another journal: its authenticity code names a
    journal that is not one of the DOU's, or its header names another Diário Oficial."""
    code = dou.decode_code(header.code) if header.code else None
    if code is not None:
        return code.journal not in dou.JOURNALS
    return bool(_OTHER_GAZETTE.search(header_text))


def document_row(
    file_sha256: str,
    seq: int,
    layout: Layout,
    run_id: str,
    origin: str,
    header: dou.DouHeader | None,
    facts: DocFacts,
    continues_previous: bool,
) -> dict:
    return {
        "doc_id": doc_id(file_sha256, seq),
        "file_sha256": file_sha256,
        "seq": seq,
        "page_start": layout.pages[0].number if layout.pages else None,
        "page_end": layout.pages[-1].number if layout.pages else None,
        "origin": origin,
        "doc_type": facts.doc_type,
        "title": facts.title,
        "number": facts.number,
        "date": facts.date,
        "ementa": facts.ementa,
        "objeto": None,
        "text": layout.text,
        "process_number": None,
        "sei_numero": None,
        "sei_codigo_verificador": None,
        "sei_crc": None,
        "sei_host": None,
        "dou_date": header.date if header else None,
        "dou_section": header.section if header else None,
        "dou_edition": header.edition if header else None,
        "dou_page": header.page if header else None,
        "dou_code": header.code if header else None,
        "orgao": facts.orgao,
        "continues_previous": continues_previous,
        "pipeline_version": __version__,
        "run_id": run_id,
    }


def doc_id(file_sha256: str, seq: int) -> str:
    """Stable id: the first 16 hex digits of the file's sha256 and the document's place in it."""
    return f"{file_sha256[:16]}-{seq:03d}"
