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

import bisect
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from seidou.patterns import dou

from seidou.layout.compose import BOLD, CENTRED, Layout
from seidou.layout.paragraphs import starts_unit

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
      | EXTRATOS?\b | RESUMOS?\s+D
      # an amendment titled by its ordinal ("TERCEIRO TERMO ADITIVO AO CONTRATO Nº. 009/2017", "1º TERMO ADITIVO Nº
      # 239/2019 ao CONTRATO": DOE-BA; "TERCEIRO TERMO ADITIVO AO CONTRATO … Nº 508/2016": DODF), public calls, a
      # kind of act of every gazette ("CHAMADA PÚBLICA N° 002/2020": DOE-BA, PNAE; "CHAMAMENTO PÚBLICO Nº 02/2017":
      # DODF 2020-01-08; "CHAMAMENTO PÚBLICO SMASAC Nº 012/2023": DOM-BH)
      | (?:\d{1,2}\s?[º°ª]|PRIMEIR[OA]|SEGUND[OA]|TERCEIR[OA]|QUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]TIM[OA]|OITAV[OA]
         |NON[OA]|D[ÉE]CIM[OA])\s+(?:TERMO\s+(?:ADITIVO|DE\s+(?:APOSTIL|RE-?RATIFICA))|APOSTILAMENTO)
      | CHAMADA\s+P[ÚU]BLICA | CHAMAMENTO\s+P[ÚU]BLICO
      # a price-registration record, an act of every gazette ("ATA DE REGISTRO DE PREÇOS N.º: 017/2004": DODF 2004;
      # "ATA DE REGISTRO DE PREÇOS Nº 003/2018": DODF 2018; DOM-BH, AMA-AL extracts of them)
      | ATAS?\s+DE\s+REGISTRO\s+DE\s+PRE[ÇC]OS?
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
    title_end: int | None = None  # where the title ends, when it is not its paragraph's end (a list item's)
    titles: list[tuple[int, int]] = field(default_factory=list)  # the run of title paragraphs (title and subtitles)
    list_heading: str | None = None  # the plural heading a list item stands under ("EXTRATOS DE CONTRATOS")


# A title's kind word broken by the text layer (a general property of letter-spaced display type: the PDF engine
# adds a space where the tracking between two capitals is wide, or drops the one before "DE"): "EXTR ATO DE TERMO
# ADITIVO", "EXTR ATO S DE INSTRUMENTOS CONTRATUAIS", "EXTRATOSDE TERMOS" (DOE-RJ 111/2023, bold centred titles over
# lists of extratos). Only the opening tokens of a capitals line, and only when they join into a kind of publication.
# A general property of tracked type, not one publisher's words; the probe over the old corpus (46 PDFs) and the
# real2 tune files finds it in the DOE-RJ only. Restricted so that it cannot fire on ordinary titles: a piece of one
# letter ("PORTARIA S N 12": "S/N", sem número; review24 finding 26) is joined only with the "DE/DA/DO" after it.
KIND_JOINED = regex.compile(
    r"""(?P<kind>EXTRATOS? | AVISOS? | EDITA(?:L|IS) | PORTARIAS? | DECRETOS? | RESUMOS? | DESPACHOS?
      | RESOLU[ÇC](?:[ÃA]O|[ÕO]ES) | RETIFICA[ÇC][ÃA]O | ERRATA)(?P<of>D[AEO]S?)?""",
    regex.VERBOSE,
)
RESPACE_TOKENS = 4
# the first letters of KIND_JOINED's kinds: a paragraph whose first letter (spaces aside) is none of them has no kind
# word to mend (most paragraphs: respaced is asked about every paragraph of a file, and more than once)
KIND_INITIALS = frozenset("EAPDR")


# A note mark before an act's title or a record's first label (a general typographic convention: the asterisk that
# refers to the note under the act, "*Republicado por incorreção no original"): "*DECRETO Nº 48.394 DE 10 DE MARÇO DE
# 2023", "*INSTRUMENTO: Contrato nº 033/2023/HUPE." (DOE-RJ 047/2023 and 111/2023) read as the title or label it marks.
NOTE_MARK = regex.compile(r"^\*\s*(?=\p{Lu}{2})")


def respaced(par: str) -> str:
    """``par`` with its opening kind word mended where the text layer broke it (see ``KIND_JOINED``) and its note mark
    dropped (``NOTE_MARK``); else ``par``."""
    if par[:1] == "*":
        par = NOTE_MARK.sub("", par)
    if par.lstrip(" ")[:1] not in KIND_INITIALS:
        return par
    tokens = par.split(" ", RESPACE_TOKENS)  # the words looked at, and the rest as one piece
    for n in range(min(RESPACE_TOKENS, len(tokens)), 0, -1):
        head = "".join(tokens[:n])
        if not head.isupper():
            continue
        m = KIND_JOINED.fullmatch(head)
        if m is None or (n == 1 and not m.group("of")):
            continue
        if not m.group("of") and any(len(t) == 1 for t in tokens[:n]):
            continue  # "PORTARIA S N 12", "AVISO S/N": a letter of its own is an abbreviation, not a broken word
        if m.group("of") and len(m.group("of")) == 2 and n < len(tokens) and tokens[n][:1].isdigit():
            continue  # "PORTARIA S DE 12 DE MAIO": a date follows the singular kind, "S" is no plural of it
        return " ".join([m.group("kind")] + ([m.group("of")] if m.group("of") else []) + tokens[n:])
    return par


# a number in a title: "Nº 1.669", "N° 002/2020", "Nº. 074"
TITLE_NUMBER = regex.compile(r"\bN\.?\s?[º°o]\.?\s*\d", regex.IGNORECASE)


# A declaration titled by what it declares, a document of its own in a file of several (the gold's convention: "a plano
# de trabalho and a separate declaration" are two documents): "DECLARAÇÃO DE RESPONSABILIDADE" then "DECLARAÇÃO DE
# CAPACIDADE OPERACIONAL" (the PRONAS annexes a proponent signs, FIDI 2024). Outside journals only: inside a gazette's
# act a "DECLARAÇÃO DE NOVOS VENCEDORES" is a part of the call it closes (DOM-BH 7.143).
DECLARATION = regex.compile(r"^DECLARA[ÇC][ÃA]O\s+D[EAO]\s")


PLACEHOLDER = regex.compile(r"^\s*\([^()]{1,60}\)\s*$")  # "(TIMBRE DA SECRETARIA)": where a model's letterhead goes


def is_declaration_title(par: str) -> bool:
    return bool(DECLARATION.match(par)) and len(par) <= MAX_TITLE and _letters_upper(par) >= 0.7


def is_title(par: str) -> bool:
    if not TITLE.match(par) or _BARE_DATE.search(par) or LABEL_VALUE.search(par):
        return False  # a dd/mm/yyyy date is a table row (ficha cadastral); "TERMO … Nº (DE ORIGEM): 1" a form field
    if len(par) > MAX_TITLE:
        return False  # long capitals are a sentence
    return _letters_upper(par) >= 0.7


# A title by its layout (a general grammar of gazettes: the layout says "title", the words say "an act"): a line
# set in bold or centred in its column, in capitals, short, not an órgão heading, that opens with a word naming a
# kind of act or carries an act's number ("Nº 12/2024"). DOU: bold "PREGÃO ELETRÔNICO Nº 40/2020 - UASG 250005";
# DOM-BH and DOE-RJ: bold centred "EXTRATO …" lines. A bold label inside an extract ("Espécie: …", "PARTES:")
# and a bold órgão heading are not titles.
LAYOUT_ACT = regex.compile(
    r"""^(?:EXTRATOS? | PORTARIAS? | DECRETOS? | RESOLU[ÇC](?:[ÃA]O|[ÕO]ES) | AVISOS? | EDITA(?:L|IS) | TERMOS?
      | CONTRATOS? | CONV[ÊE]NIOS? | ATOS? | LEI | LEIS | DESPACHOS? | RESUMOS? | AC[ÓO]RD[ÃA]OS? | PREG[ÃA]O
      | CONCORR[ÊE]NCIA | TOMADA\s+DE\s+PRE[ÇC]OS | LICITA[ÇC][ÃA]O | DISPENSA | INEXIGIBILIDADE | ERRATA
      | RETIFICA[ÇC][ÃA]O | DELIBERA[ÇC][ÃA]O | INSTRU[ÇC][ÃA]O | NOTIFICA[ÇC][ÃA]O | COMUNICADO | CONVOCA[ÇC][ÃA]O
      | HOMOLOGA[ÇC][ÃA]O | ADJUDICA[ÇC][ÃA]O | RATIFICA[ÇC][ÃA]O | ORDEM\s+DE | ACORDO | PARECER | ALVAR[ÁA]
      | CHAMAD[AO] | CHAMAMENTO | ATA | ATAS | APOSTILAMENTO | S[ÚU]MULA | RELA[ÇC][ÃA]O\s+N
    )\b""",
    regex.VERBOSE,
)
# an act's number "Nº 12/2024", "N° 001/2020"; not a CNPJ ("CNPJ N.º 83.074.047/0001-27": DOU 2014 s1)
LAYOUT_NUMBER = regex.compile(r"\bN\.?\s?[º°o]\.?\s*[\d.]+\s*/\s*\d{2,4}\b(?![\d\-])", regex.IGNORECASE)


def is_layout_title(par: str, marks: int) -> bool:
    """A paragraph the layout marks as a title (bold or centred) that reads as an act's title."""
    if not marks & (BOLD | CENTRED):
        return False
    t = par.strip()
    if len(t) > MAX_TITLE or len(t) < 4 or is_heading(t) or t.endswith((":", ",", ";")) or ":" in t[:40]:
        return False  # a field label ("PARTES:", "Espécie: …"), an órgão heading, a sentence
    if _letters_upper(t) < 0.8 or _BARE_DATE.search(t) or LABEL_VALUE.search(t):
        return False
    if "=" in t or t.startswith(("PROCESSO", "Processo", "CNPJ", "CPF")):
        return False  # a table's row caption ("RESULTADO PREVIDENCIÁRIO (c) = (a-b)": Tucano-BA DOE 1.507); a
        # process number is a record's label, not an act's (Tucano-BA Câmara 2020-01-08; DOE-RJ)
    if len(t.split()) == 1 and t.rstrip(".").endswith("S"):
        return False  # a kicker over a run of acts ("CONTRATOS", "PORTARIAS": DOE-BA), not an act
    return bool(LAYOUT_ACT.match(t) or (LAYOUT_NUMBER.search(t) and not starts_unit(t)))


# A kicker over a run of titled acts of one kind, each with its body (a general grammar of gazettes: a plural
# heading, then items set as titles): "AVISOS" / "PREGÃO ELETRÔNICO Nº 262/2023" / body / "PREGÃO ELETRÔNICO Nº
# 263/2023" / body … (DOE-RJ 111/2023, UERJ), "PORTARIAS" / "PORTARIA DP Nº. 074, DE 08 DE OUTUBRO DE 2020" / body /
# "PORTARIA DP Nº. 075 …" (municipal gazettes: Tucano-BA DOE). The kicker is one plural capitals word.
# The sibling step (an item whose words name no act, "PREGÃO ELETRÔNICO Nº 263/2023") fires in the DOE-RJ only
# (probe over the old corpus and the real2 tune files; Tucano's items are titles by their own words), so it is a
# layout grammar restricted to items set exactly as the first one (same bold and centring), numbered, opening with
# the same words, after a body that does not lead into them.
KICKER = regex.compile(r"^(?:\p{Lu}{4,}S)\.?$")
SIBLING_WORDS = 2


def is_kicker(par: str) -> bool:
    return bool(KICKER.match(par.strip())) and bool(LAYOUT_ACT.match(par.strip()))


def _opening(par: str) -> str:
    return " ".join(_fold(w) for w in par.split()[:SIBLING_WORDS])


def is_long_title(par: str, reach: int = 0) -> bool:
    """An instrument's title run on with its parties, at the top of its first page (its number within ``reach``
    characters, ``LONG_TITLE_NUMBER`` by default)."""
    return (
        MAX_TITLE < len(par) <= MAX_LONG_TITLE
        and bool(TITLE.match(par))
        and bool(TITLE_NUMBER.search(par[: reach or LONG_TITLE_NUMBER]))
        and not LABEL_VALUE.search(par)
        and _letters_upper(par) >= 0.9
    )


# An instrument's title may run on with its parties in one capitals paragraph ("TERMO DE FOMENTO Nº 11/2022
# CELEBRADO ENTRE O MUNICÍPIO … E A …": Paraguaçu Paulista-SP termos de fomento, 1Doc and Econv)
MAX_LONG_TITLE = 400
LONG_TITLE_NUMBER = 50
# The same run-on title right under the órgão heading of a journal's act (the heading says an act begins): "EXTRATO DO
# 1º TERMO ADITIVO AO TERMO DE FOMENTO (MROSC) Nº 11/2020 – SEJUS/FDCA-DF E ASSOCIAÇÃO ASSISTÊNCIA, CULTURA E" (DODF
# 003/2021, under "SECRETARIA EXECUTIVA"); its number may come after a longer kind (an aditivo of a named instrument)
HEADED_TITLE_NUMBER = 90
# A run-in title: an act's title in capitals that opens the paragraph of its body, ended by a period or by the
# first field's label (a general grammar of extract columns): "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18.
# FIRMADO EM: 30/05/18. …" (DOE-BA, EGBA), "EXTRATO DE TERMO INSTRUMENTO : Termo de Convênio nº 15//2023" (DOE-RJ),
# "EXTRATO DO CONTRATO Nº 245/2019. Contratante: …" (DOE-BA municipal notices). The title names a kind of act
# (``TITLE``) and carries a number, or is followed by a label; the body after it is a sentence or fields.
RUN_IN_STOP = regex.compile(
    r"""(?:(?<=\d|\p{Lu}{3})\.\s+(?=\p{Lu}))                              # a period after a number or a word
      | (?:\s+(?=\p{Lu}{3,}(?:\s+(?:D[AEO]S?|EM|[ÉE]|AT[ÉE])(?:\s+\p{Lu}{3,})?)?\s?:(?!\s*N[º°o])))  # a label
      # a general label grammar (issue 29 hardening: no word of one publisher's): a capitals word, then at most a
      # word "DE/DA/DO(S)", "EM" or the copula, and another capitals word, then the colon: "DATA DE ASSINATURA:",
      # "FIRMADO EM:" (DOE-BA, several órgãos), "INSTRUMENTO :" (DOE-RJ), "CONVENENTES:" (DOU s3 2022), "OBJETO É:"
      # (DOE-BA, Camaçari), "VALIDADE ATÉ:" (DODF 2004 atas). (Not "AO/NO/NA", which no label of the corpus prints and which cut a title's own words:
      # "EXTRATO DO PRIMEIRO TERMO ADITIVO AO CONTRATO: 12/2024" read "ADITIVO AO CONTRATO:" as a label, review25)
      | (?:\s*[-–—]?\s+(?=(?:O|A)\s+\p{Lu}\p{Ll}+\s))                   # a sentence in lower case: "- DESENBAHIA O Diretor"
      # the act's date, which ends its title (the epígrafe: kind, number, date), then the body with no period between:
      # "EDITAL N.º 01/2004 – AGGAM/DIATE/SUREC/SEF, DE 22 DE JANEIRO 2004 O GERENTE DA AGÊNCIA …", "EXTRATO DO
      # CONTRATO N.º 010/2003, DE 29 DE DEZEMBRO DE 2003 Processo n.º 193.000.109/2003; …" (DODF 2004, two órgãos)
      | (?:(?<=\bDE\s+\d{1,2}[º°]?\s+DE\s+\p{Lu}{4,}\s+(?:DE\s+)?\d{4})\s+(?=\p{Lu}))
    """,
    regex.VERBOSE,
)
RUN_IN_MIN = 10  # a run-in title is at least this long
RUN_IN_BODY = 20  # and the body after it


def run_in_title(par: str) -> int | None:
    """Where the run-in title that opens ``par`` ends (offset in ``par``), or None."""
    if not TITLE.match(par):
        return None
    for m in RUN_IN_STOP.finditer(par, RUN_IN_MIN, MAX_TITLE + 1):
        head = par[: m.start()].rstrip(" .-–—")
        if len(head) < RUN_IN_MIN or len(par) - m.end() < RUN_IN_BODY or _BARE_DATE.search(head):
            return None
        if _letters_upper(head) < RUN_IN_UPPER or LABEL_VALUE.search(head) or ":" in NUMBER_COLON.sub("", head):
            return None
        if HEAD_OPEN_END.search(head):
            return None  # a title ends on no preposition: "… TERMO ADITIVO AO" / "CONTRATO: 12/2024" is one title (review25)
        labelled = not par[m.start() :].lstrip().startswith(".")
        if TITLE_NUMBER.search(head) or labelled and not m.group(0).lstrip().startswith(("-", "–", "—")):
            return len(head)
        return None
    return None


RUN_IN_UPPER = 0.9
NUMBER_COLON = regex.compile(r"\bN\.?\s?[º°o]\.?\s*:")  # "N.º: 017/2004": the number's label, no field's (DODF 2004)
HEAD_OPEN_END = regex.compile(r"(?<![\p{L}])(?:D[AEO]S?|AOS?|ÀS?|N[AO]S?|EM|PARA|COM|E)$")


# An órgão heading and the act's title printed on one line by the text layer (a general layout grammar of gazettes
# whose headings and titles share a baseline or a line): "SECRETARIA DE SAÚDE AVISO DE HOMOLOGAÇÃO." (APRECE-CE,
# Abaiara), "SECRETARIA DE ESTADO DE POLÍCIA MILITAR EXTRATO DE INSTRUMENTO CONTRATUAL", "E DIREITOS HUMANOS EXTRATO
# DE TERMO" (DOE-RJ). Only kinds of publication, of two words or more, after a heading (not "DIRETORIA DE EDITAIS",
# "SUPERINTENDÊNCIA DE CONTRATO DE GESTÃO").
TAIL_KIND = regex.compile(
    r"(?:EXTRATOS?|AVISOS?|EDITA(?:L|IS)|PORTARIAS?|DECRETOS?|RESOLU[ÇC](?:[ÃA]O|[ÕO]ES)|RESUMOS?|DESPACHOS?|ERRATA"
    r"|RETIFICA[ÇC][ÃA]O)\s+\S"
)


_WORD_START = regex.compile(r"(?<=\s)(?=\p{Lu})")
_CONNECTOR_OPEN = regex.compile(r"^(?:E|DE|DA|DO)\s")


def heading_tail_title(par: str) -> int | None:
    """Where the act's title begins in a capitals line that opens with an órgão heading, or None."""
    if len(par) > MAX_TITLE + MAX_HEADING or _letters_upper(par) < RUN_IN_UPPER:
        return None
    for m in _WORD_START.finditer(par):
        if par[m.start()] not in KIND_INITIALS:
            continue  # (TAIL_KIND's kinds are KIND_JOINED's: a tail opening with another letter names none)
        head = par[: m.start()].strip()
        if not (is_heading(head) or _CONNECTOR_OPEN.match(head)):
            continue  # (the cheaper test first: most capitals open no heading's tail)
        tail = respaced(par[m.start() :].rstrip(" ."))
        if TAIL_KIND.match(tail) and is_title(tail):
            return m.start()
    return None


# a form's field line, not a title: "TERMO DE COLABORAÇÃO/FOMENTO N° (DE ORIGEM): 001/2024" (TCE-SP form)
LABEL_VALUE = regex.compile(r"\):\s*\S")


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
    if is_journal(layout, origin):
        pars = _unopened_split(layout, pars)
    index_of = {a: k for k, (a, _) in enumerate(pars)}
    sei_of_page, sei_labels = _sei_groups(layout)
    page_of = [layout.textmap.page_at(s) for s, _ in pars]
    gaps, unnumbered = _page_continuity(layout, origin)
    g = _Grammar(text, pars, page_of, gaps, is_journal(layout, origin))
    # paragraph index → (title offset, headings, title paragraphs)
    starts: dict[int, tuple[int | None, list[tuple[int, int]], list[int]]] = {}

    # 1. SEI footers: a new SEI document number (or its end) starts a document
    prev_doc = None
    for i, page in enumerate(page_of):
        doc = sei_of_page.get(page)
        if i > 0 and doc != prev_doc and page != page_of[i - 1]:
            starts[i] = (None, [], [])
        prev_doc = doc
    in_sei = [sei_of_page.get(page) is not None for page in page_of]

    # 2. titles, with the órgão headings just above them, outside SEI documents; a title right under another
    # one is its subtitle, not a document of its own ("EXTRATO DE RATIFICAÇÃO DO ATO" / "INEXIGIBILIDADE Nº
    # 001/2020", "PORTARIAS" / "PORTARIA DP Nº. 074, DE 08 DE OUTUBRO DE 2020": municipal gazettes). A title
    # is a capitals line naming a kind of act, or any short capitals line over a body that opens after the
    # previous act's closing (its place and date, signatures, "Código Identificador"), under an órgão
    # heading or at the top of a page ("CONVOCAÇÃO PARA POSSE", "REGISTRO CADASTRAL – SUCAF": DOM-BH;
    # "NOTIFICAÇÃO": DODF).
    run_of: dict[int, int] = {}  # title paragraph → the start of the run of titles it belongs to
    run_in: dict[int, int] = {}  # a run-in title's paragraph → where its title ends
    title_off: dict[int, int] = {}  # a title that begins inside its paragraph (after the órgão heading) → where
    weak: set[int] = set()
    listing: str | None = None  # the opening of the records of a list right under its plural heading
    sibling: str | None = None  # the opening words of the first titled item under a plural kicker
    sibling_marks = 0  # and how the layout set it (bold, centred): its siblings are set the same way
    for i, (s, e) in enumerate(pars):
        if in_sei[i]:
            continue
        par = text[s:e]
        mended = g.par(i)  # (respaced, kept for the rules that read the paragraph again)
        marks = layout.marks.get(s, 0)
        strong = is_title(mended) or (g.page_start(i) and is_long_title(par))
        strong = strong or (not g.journal and is_declaration_title(mended) and not g.quoted(i))
        if (
            not strong
            and g.journal
            and i > 0
            and is_heading(g.par(i - 1))
            and is_long_title(mended, HEADED_TITLE_NUMBER)
        ):
            strong = True  # a run-on title under its act's órgão heading
        if not strong and g.journal and is_layout_title(mended, marks) and g.opens_here(i):
            strong = True  # the layout sets it as a title (bold or centred), it names an act, nothing leads to it
        if g.journal and is_layout_title(mended, marks) and i > 0 and is_kicker(g.par(i - 1)):
            sibling = _opening(mended)  # "AVISOS" / "PREGÃO ELETRÔNICO Nº 262/2023": its siblings follow
            sibling_marks = marks & (BOLD | CENTRED)
        elif (
            not strong
            and sibling is not None
            and marks & (BOLD | CENTRED) == sibling_marks
            and g.is_sibling_title(i, mended, marks, sibling)
        ):
            strong = True  # the next item of the list the kicker heads ("PREGÃO ELETRÔNICO Nº 263/2023")
        elif strong and _opening(mended) != sibling:
            sibling = None
        if strong:
            listing = None
        elif g.journal and (h := heading_tail_title(par)) is not None:
            strong = True  # an órgão heading and the act's title set on one line
            title_off[i] = s + h
        elif g.journal and (r := run_in_title(par)) is not None:
            # the records of a list right under its heading ("EXTRATO DE CONTRATO" / "CONTRATO Nº 8867.
            # ASSINATURA: …" / "CONTRATO Nº 8868. …": DODF CAESB) are split by step 7, not titled here
            key = _fold(ITEM_OPENING.match(par).group("w")) if ITEM_OPENING.match(par) else None
            if i - 1 in run_of and i - 1 not in run_in and LIST_HEADING.match(g.par(i - 1)):
                listing = key
            elif key is None or listing is None or not _same_key(key, listing):
                strong = True
                run_in[i] = s + r
                listing = None
        if not strong:
            if origin == "dou" or (i - 1 in run_of and run_of[i - 1] not in weak) or not g.is_opening_title(i):
                continue  # the DOU titles its acts by kind; under a title, a capitals line is its subtitle
        if i - 1 in run_of and i - 1 not in run_in:  # a run-in title's paragraph has its body: no subtitle under it
            run_of[i] = run_of[i - 1]
            continue
        j = g.walk_up(i, lambda k: in_sei[k] or k in starts, origin == "dou")
        if not g.journal and strong and j == i:
            j = g.page_caption_above(i, lambda k: in_sei[k] or k in starts)
        heads = g.heads(j, i)
        starts.pop(i, None)
        starts[j] = (s, heads, [])
        run_of[i] = j
        if not strong:
            weak.add(j)
    # of a run of titles, the document is titled by the last that carries a number (the one over the body,
    # printed in full: "DECRETO Nº 153/2021" / "DECRETO Nº 153, DE 18 DE MARÇO DE 2021."), else the first
    runs: dict[int, list[int]] = {}
    for i, j in run_of.items():
        runs.setdefault(j, []).append(i)
    for j, titles in runs.items():
        numbered = [i for i in titles if TITLE_NUMBER.search(text[pars[i][0] : pars[i][1]])]
        k = numbered[-1] if numbered else titles[0]
        starts[j] = (title_off.get(k, pars[k][0]), starts[j][1], titles)

    # 2b. sibling titles without a number: an act titled by a short capitals line whose body opens with a label
    # ("REGISTRO CADASTRAL – SUCAF" / "Deferidos: …"), then another short capitals line over a body that opens with
    # the same label ("RENOVAÇÃO DO REGISTRO CADASTRAL – SUCAF" / "Deferidos: …": DOM-BH 7.147) is the next act
    if g.journal:
        for j in sorted(starts):
            title_at = starts[j][0]
            t = index_of.get(title_at) if title_at is not None else None
            if t is None or t + 1 >= len(pars) or (lab := BODY_LABEL.match(g.par(t + 1))) is None:
                continue
            later = [k for k in starts if k > j]
            end = min(later) if later else len(pars)
            same = [k for k in range(t + 2, end) if (m := BODY_LABEL.match(g.par(k))) and _fold(m[1]) == _fold(lab[1])]
            if not same or not all(is_caps_fragment(g.par(k - 1)) for k in same):
                continue  # records of a list under one title ("Processo: …" / "Processo: …": DODF), not sections
            for k in same:
                starts[k - 1] = (pars[k - 1][0], [], [k - 1])
                run_of[k - 1] = k - 1
    # 3. where the file skips pages (a gazette cut to some of its pages), the act at the top of the page
    # after the gap is not the one the page before ends with. A skip the page numbers cannot show (a running
    # header the text layer cannot read) shows in the acts: an act closes once, so an act already closed by its
    # place, date and signatures before a page break does not close again on the next page (DOE-RJ 111/2023:
    # decree "… Rio de Janeiro, 19 de junho de 2023 / CLÁUDIO CASTRO / Governador" and its annex on page 1, then
    # "Rio de Janeiro, 19 de junho de 2023. / MARLYUS … / Presidente da Junta de Revisão Fiscal" at the top of
    # the next page of the file, the gazette's page 34)
    # The same shows where the EGBA press's delimiters close an act whose opening delimiter the file lacks (a
    # system grammar of that press's markup, ``PAIR_CLOSE``, confined to files that carry it: DOE-BA
    # "<#E.G.B#396298#8#435348/>" at the top of a page whose opening "<#E.G.B#396298#…>" was on a page not in the file)
    if g.journal:
        g.gaps |= (_closed_twice(g, starts, in_sei) & unnumbered) | _unopened(g, starts, in_sei)
    for i in range(1, len(pars)):
        if page_of[i] != page_of[i - 1] and page_of[i] in g.gaps and not in_sei[i]:
            if not any(i <= k < i + 6 and k in starts and g.only_heads(i, k) for k in starts):
                starts[i] = (None, [], [])
            else:
                k = min(k for k in starts if k >= i)
                starts[i] = starts.pop(k)

    # 4. a municipal-association gazette closes every act with "Publicado por: NOME / Código Identificador":
    # what follows is the next act, titled or not
    for i in range(len(pars) - 1):
        if not ends_with_act_id(text[pars[i][0] : pars[i][1]]) or in_sei[i + 1] or i + 1 in starts:
            continue
        later = [k for k in starts if k > i + 1]
        k = min(later) if later else None
        if k is not None and k - i - 1 <= 6 and g.only_heads(i + 1, k):
            title_at, heads, titles = starts.pop(k)
            starts[i + 1] = (title_at, [pars[m] for m in range(i + 1, k)] + heads, titles)
        else:
            starts[i + 1] = (None, [], [])

    # 4b. an untitled act of a journal (a run of acts under one kicker, "DECRETOS SIMPLES": DOE-BA) opens with its
    # preamble formula right after the previous act's closing (place, date, signatures): "PALÁCIO DO GOVERNO DO
    # ESTADO DA BAHIA, em 20 de janeiro de 2020. / RUI COSTA / Governador / O GOVERNADOR DO ESTADO DA BAHIA, no
    # uso de suas atribuições," (DOE-BA 22.825); the same formula opens acts of the DOE-RJ ("O GOVERNADOR DO ESTADO
    # DO RIO DE JANEIRO, no uso de suas atribuições legais") and of the DOU ("O MINISTRO DE ESTADO …, no uso")
    if g.journal:
        for i in range(1, len(pars)):
            if i in starts or in_sei[i] or not PREAMBLE.match(g.par(i)) or not g.signed_above(i):
                continue
            if ends_with_act_id(g.par(i - 1)):
                continue  # step 4 opened it already
            if any(i - 1 == k or i - 1 in run_of and run_of[i - 1] == k for k in starts):
                continue  # right under a title: the act's own preamble
            starts[i] = (None, [], [])

    # 4c. a publisher's opening delimiter opens an act where the previous act's closing one was lost by the text
    # layer ("… DATA DE ASSINATURA: 17 de janeiro de 2020." / "#E.G.B#396256#4#435301>" / "GABINETE DO SECRETÁRIO":
    # DOE-BA 22.825, the EGBA system grammar of ``PAIR_OPEN``; no other publisher's tags)
    if g.journal:
        for i in range(1, len(pars)):
            if in_sei[i] or not PAIR_OPENING.match(g.par(i)):
                continue
            j = i
            while j > 0 and i - j < HEADS_ONLY and (is_heading(g.par(j - 1)) or g.is_caps_line(j - 1)):
                j -= 1
            if any(j <= k <= i for k in starts) or (j > 0 and ends_with_act_id(g.par(j - 1))):
                continue
            if i + 1 in starts:  # the act's title right under its opening delimiter: the headings above go with it
                title_at, heads, titles = starts.pop(i + 1)
                starts[j] = (title_at, [pars[k] for k in range(j, i) if is_heading(g.par(k))] + heads, titles)
                continue
            starts[j] = (None, [], [])

    # 5. inside a SEI document, its title is the first title paragraph near its start
    for i in sorted(starts):
        if in_sei[i] and starts[i][0] is None:
            for k in range(i, min(i + 8, len(pars))):
                if is_sei_title(text[pars[k][0] : pars[k][1]]):
                    starts[i] = (pars[k][0], [p for p in pars[i:k] if is_heading(text[p[0] : p[1]])], [k])
                    break

    # 6. a single instrument's letterhead and heading block (the UNESCO letterhead with its CNPJ, the TCE
    # "PROCESSO / ENTIDADE / RELATOR" block over "ACÓRDÃO Nº …") belong to the instrument they head
    cut = sorted(set(starts) | {0})
    if not g.journal:
        for n, u in enumerate(cut[:-1]):
            k = cut[n + 1]
            untitled = u not in starts or starts[u][0] is None
            if not untitled or in_sei[u] or k - u > LETTERHEAD_PARS or starts[k][0] is None:
                continue
            if (u == 0 and _starts_like_a_document(text, pars)) or g.has_closing(u, k):
                continue
            starts[u] = starts.pop(k)
        cut = sorted(set(starts) | {0})

    # 7. list-style extratos: under an extratos heading, paragraphs that open like the first one below it
    # ("PROCESSO Nº …: MODALIDADE … ESPÉCIE …", "Extrato do Terceiro Termo Aditivo ao Contrato") are one
    # instrument each (DODF SES and NOVACAP lists; DOM-BH "EXTRATOS")
    items: dict[int, tuple[int, int, str | None]] = {}  # paragraph → (title start, title end, list heading)
    for n, i in enumerate(cut):
        end = cut[n + 1] if n + 1 < len(cut) else len(pars)
        title_at, heads, titles = starts.get(i, (None, [], []))
        if in_sei[i]:
            continue
        stamped = title_at is None and i > 0 and ends_with_act_id(g.par(i - 1)) and g.stamped(end)
        if title_at is None and not (i > 0 and page_of[i] in g.gaps and page_of[i] != page_of[i - 1]) and not stamped:
            continue  # a list without its heading: only at the top of a page after skipped pages, or framed by stamps
        found = g.list_items(i, end, titles, stamped)
        if found is None:
            continue
        heading, members = found
        for k in members:
            items[k] = (*g.item_title(k), heading)
        for k in members[1:]:
            starts[k] = (None, [], [])
    cut = sorted(set(starts) | {0})

    segments = []
    for n, i in enumerate(cut):
        s = pars[i][0]
        e = len(text)
        if n + 1 < len(cut):  # up to the next one's paragraph (and its line break, when it opens a line)
            e = pars[cut[n + 1]][0] - (text[pars[cut[n + 1]][0] - 1 : pars[cut[n + 1]][0]] == "\n")
        title_at, heads, titles = starts.get(i, (None, [], []))
        if i == 0 and i not in starts:
            # the file's first document: a SEI document titles itself; elsewhere no title means
            # the act began on an earlier page. Its title is one of its own paragraphs, not the next act's (the
            # running header "Alagoas , 15 de Fevereiro de 2016 • Diário Oficial dos Municípios …" over "ESTADO DE
            # ALAGOAS" / "EXTRATO DE PUBLICAÇÃO DO CONTRATO N° 026/2016": AMA-AL, AMM-MG, Sigpub)
            own = min(8, len(pars), cut[n + 1] if n + 1 < len(cut) else len(pars))
            if in_sei[0]:
                for k in range(0, own):
                    if is_sei_title(text[pars[k][0] : pars[k][1]]):
                        title_at = pars[k][0]
                        break
            else:
                first_title = next((k for k in range(own) if is_title(text[pars[k][0] : pars[k][1]])), None)
                if first_title is not None and all(
                    is_heading(text[pars[k][0] : pars[k][1]]) or k == 0 for k in range(first_title)
                ):
                    title_at = pars[first_title][0]
                    heads = [p for p in pars[:first_title] if is_heading(text[p[0] : p[1]])]
                    titles = [first_title]
        title_end, heading = None, None
        item = next((items[k] for k in range(i, cut[n + 1] if n + 1 < len(cut) else len(pars)) if k in items), None)
        if item is not None:
            title_at, title_end, heading = item
        elif titles and titles[-1] in run_in and title_at == pars[titles[-1]][0]:
            title_end = run_in[titles[-1]]
        gazette = origin in GAZETTES or len(cut) > 2  # a page of a journal: acts flow in from earlier pages
        first_of_page = i == 0 or page_of[i] in g.gaps and page_of[i] != page_of[i - 1]
        continues = (
            (n == 0 or first_of_page)
            and gazette
            and title_at is None
            and not in_sei[i]
            and not (i == 0 and _starts_like_a_document(text, pars))
        )
        sei_number = sei_of_page.get(page_of[i])
        segments.append(
            Segment(
                s,
                e,
                continues,
                title_at,
                heads,
                sei_number,
                sei_labels.get(sei_number or ""),
                title_end,
                [pars[k] for k in titles],
                heading,
            )
        )
    segments = _bodiless_joined(_title_block_joined(_heads_joined(segments, pars, g), pars, g), pars, g)
    return _records_split(_front_matter_joined(segments, text, g, layout), text, g)


# A SYSTEM GRAMMAR of one publisher's markup, not a general rule: the typesetting tags the Empresa Gráfica da Bahia
# (EGBA, the DOE-BA's press) leaves in the text layer around every act, "<#E.G.B#396298#8#435348>" …
# "<#E.G.B#396298#8#435348/>". Only that system's tag is read (review24 finding 25), so the rules built on it (the
# act cut at a page break and the act opened by its delimiter, steps 3 and 4c, ``_unopened_split``) fire only in
# files that carry that markup; the probe over the old corpus and the real2 tune files finds it in the DOE-BA only.
PAIR_CLOSE = regex.compile(r"<#(?P<sys>E\.G\.B)#(?P<id>\d+)#[\d#]*/>")
PAIR_OPEN = regex.compile(r"<#(?P<sys>E\.G\.B)#(?P<id>\d+)#[\d#]*>")
PAIR_OPENING = regex.compile(r"^<?#(?P<sys>E\.G\.B)#(?P<id>\d+)#[\d#]*>")  # a paragraph opening with one
PAIR_REACH = 12  # paragraphs from the top of a page to the closing delimiter of an act begun before it
PAIR_TAG = "<#E.G.B#"  # what every delimiter PAIR_OPEN and PAIR_CLOSE read prints: a file without it (all but that
#                        press's) has no pair to read, and skips the walks over its paragraphs that use only those two
#                        (PAIR_OPENING also reads "#E.G.B#…>" without its "<": keep it out of the skipped walks)


def _unopened_split(layout: Layout, pars: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pars`` with a paragraph the layout joined across a page break cut at the break, where the part after it
    closes an act whose opening delimiter is not in the file (the pair grammar of ``PAIR_OPEN``: the page after the
    break is not the next page of the gazette). DOE-BA/EGBA 22.825: a portaria cut at the foot of the file's page 2
    ("… no uso de suas atribuições, considerando a necessidade de") joined to the end of another act at the top of
    its page 3 ("… Lívia Silva - Presidente da Comissão Processante Local. <#E.G.B#396342#3#435397/>")."""
    text, tm, out = layout.text, layout.textmap, []
    if PAIR_TAG not in text:
        return pars
    opened: set[tuple[str, str]] = set()
    for s, e in pars:
        a = tm.page_at(s)
        k = tm._first_at_or_after(s)
        while k < len(tm.starts) and tm.starts[k] < e and tm.pages[k] == a:
            k += 1
        cut = tm.starts[k] if k < len(tm.starts) and s < tm.starts[k] < e else None
        if cut is not None:
            closing = PAIR_CLOSE.search(text, cut, e)
            before = {(m.group("sys"), m.group("id")) for m in PAIR_OPEN.finditer(text, s, cut)}
            if closing is not None and (closing.group("sys"), closing.group("id")) not in opened | before:
                out += [(s, cut), (cut, e)]
                opened |= before
                continue
        out.append((s, e))
        opened |= {(m.group("sys"), m.group("id")) for m in PAIR_OPEN.finditer(text, s, e)}
    return out


def _unopened(g: _Grammar, starts: dict, in_sei: list[bool]) -> set[int]:
    """Pages that open with the end of an act whose opening delimiter is not in the file before them."""
    out: set[int] = set()
    if PAIR_TAG not in g.text:
        return out
    opened: set[tuple[str, str]] = set()
    for i in range(len(g.pars)):
        s, e = g.pars[i]
        line = g.text[s:e]
        if i > 0 and g.page_of[i] != g.page_of[i - 1] and not in_sei[i] and i not in starts:
            for k in range(i, min(i + PAIR_REACH, len(g.pars))):
                if g.page_of[k] != g.page_of[i] or (k > i and k in starts):
                    break
                t = g.text[g.pars[k][0] : g.pars[k][1]]
                o, c = PAIR_OPEN.search(t), PAIR_CLOSE.search(t)
                if c is not None and (o is None or o.start() > c.start()):
                    if (c.group("sys"), c.group("id")) not in opened:
                        out.add(g.page_of[i])
                    break
                if o is not None:
                    break
        for m in PAIR_OPEN.finditer(line):
            opened.add((m.group("sys"), m.group("id")))
    return out


def _closed_twice(g: _Grammar, starts: dict, in_sei: list[bool]) -> set[int]:
    """Pages whose first paragraph cannot continue the act the page before ends with: that act closed with
    its place and date before the break, and the text after the break closes with a place and date again
    before the next act starts.

    One source (DOE-RJ 111/2023; the probe over the old corpus and the real2 tune files finds no other page where it
    fires and the page numbers cannot be read), so restricted (review24 finding 13): the act before the break ends
    there (its closing is the page's last act line), and the page after it opens with another act's tail, its place
    and date within ``TAIL_REACH`` paragraphs of the page's top. A signed annex or a continuation whose body fills
    the top of the next page is no other act's tail."""
    out: set[int] = set()
    cuts = sorted(starts)
    for i in range(1, len(g.pars)):
        if g.page_of[i] == g.page_of[i - 1] or i in starts or in_sei[i] or g.page_of[i] in g.gaps:
            continue
        at = bisect.bisect_left(cuts, i)  # i is not a cut: the cuts before and after it
        a = cuts[at - 1] if at > 0 else 0
        b = cuts[at] if at < len(cuts) else len(g.pars)
        # an act's annex or a receipt signed after it ("ANEXO I", "TERMO DE RECEBIMENTO") closes again and is
        # still that act's (review)
        if not (_place_closing(g, a, i) and g.ends_act(i - 1)):
            continue
        if _place_closing(g, i, b, TAIL_REACH) and not any(ANNEX.match(g.par(k)) for k in range(i, b)):
            out.add(g.page_of[i])
    return out


TAIL_REACH = 4  # paragraphs from a page's top to the place and date of the act whose tail opens it


ANNEX = regex.compile(r"(?i)^(?:ANEXO\b|TERMO\s+DE\s+RECEBIMENTO\b)")


def _place_closing(g: _Grammar, a: int, b: int, reach: int | None = None) -> bool:
    """Paragraphs ``a`` … ``b - 1`` hold an act's closing by its place and date (and signatures under it); with
    ``reach``, its place and date within that many paragraphs of ``a``."""
    return any(
        PLACE_DATE.match(g.par(k))
        and len(g.par(k)) <= SIGNATURE_LINE
        and any(g.ends_act(m) for m in range(k + 1, min(k + 1 + SIGNATURE_LINES, b)))
        for k in range(a, b if reach is None else min(b, a + reach))
    )


def _heads_joined(segments: list[Segment], pars: list[tuple[int, int]], g: _Grammar) -> list[Segment]:
    """An untitled segment of órgão heading lines only goes with the titled act below it: its heading ("SECRETARIA
    MUNICIPAL DE ASSISTÊNCIA SOCIAL," / "SEGURANÇA ALIMENTAR E CIDADANIA" over "CHAMAMENTO PÚBLICO SMASAC Nº
    012/2023": DOM-BH 7.143; "SECRETARIA DE ESTADO DE AGRICULTURA, PECUÁRIA," broken the same way: DOE-RJ)."""
    index = {s: k for k, (s, _) in enumerate(pars)}
    out: list[Segment] = []
    for n, seg in enumerate(segments):
        nxt = segments[n + 1] if n + 1 < len(segments) else None
        a = index.get(seg.start)
        b = index.get(nxt.start) if nxt is not None else None
        stamped = a is not None and a > 0 and ends_with_act_id(g.par(a - 1))
        if (
            nxt is not None
            and a is not None
            and b is not None
            and seg.title_at is None
            and nxt.title_at is not None
            and seg.sei_number is None
            and b - a <= HEADS_ONLY
            and all(
                (_letters_upper(g.par(k)) >= 0.8 or _title_case(g.par(k)) or _garbled(g.par(k)))
                and len(g.par(k)) <= MAX_HEADING
                and (stamped or not g.ends_act(k))  # a name under a signature, unless a stamp closed the act above
                for k in range(a, b)
            )
            and not (a > 0 and PLACE_DATE.match(g.par(a - 1)))  # a signer's name and cargo under the place-date line
            and any(
                is_heading(g.par(k).rstrip(",")) or _garbled(g.par(k)) or PAIR_OPENING.match(g.par(k))
                for k in range(a, b)
            )
        ):
            nxt.start = seg.start
            nxt.headings = [pars[k] for k in range(a, b)] + nxt.headings
            continue
        out.append(seg)
    return out


# An act's title block set apart from its body, which repeats the title (a general grammar of gazettes that print
# an act's heading and title as a block over the act's own text): "ESTADO DO CEARÁ PREFEITURA MUNICIPAL DE / ACOPIARA
# AVISO DE LICITAÇÃO TOMADA DE PREÇOS / Nº 2022.06.06.01" over "AVISO DE LICITAÇÃO / TOMADA DE PREÇOS Nº
# 2022.06.06.01 / A COMISSÃO …"; "SECRETARIA DE PLANEJAMENTO E GESTÃO EXTRATO DE CONTRATO Nº 05.25.01/2022. PREGÃO
# / ELETRÔNICO Nº 2022.04.08.1 - SRP" over "EXTRATO DE CONTRATO / Extrato de Contrato nº 05.25.01/2022. …" (APRECE-CE
# 2.974, Acopiara and Barbalha). A segment of capitals lines only, that closes nothing and names the kind of act the
# next segment's title opens with, is that act's title block.
TITLE_BLOCK_WORDS = 3


def _joined_into_next(
    segments: list[Segment],
    pars: list[tuple[int, int]],
    g: _Grammar,
    joins: Callable[[Segment, Segment, int, int], bool],
) -> list[Segment]:
    """Each segment that ``joins(seg, next, a, b)`` (``a``, ``b``: their first paragraphs' indexes) says is the next
    one's heading block is merged into the next segment (its start, headings and continuation)."""
    if not g.journal:
        return segments
    index = {s: k for k, (s, _) in enumerate(pars)}
    out: list[Segment] = []
    for n, seg in enumerate(segments):
        nxt = segments[n + 1] if n + 1 < len(segments) else None
        a = index.get(seg.start)
        b = index.get(nxt.start) if nxt is not None else None
        if (
            nxt is not None
            and a is not None
            and b is not None
            and nxt.title_at is not None
            and seg.sei_number is None
            and nxt.sei_number is None
            and joins(seg, nxt, a, b)
        ):
            nxt.start = seg.start
            nxt.headings = list(seg.headings) + nxt.headings
            nxt.continues_previous = seg.continues_previous
            continue
        out.append(seg)
    return out


def _title_block_joined(segments: list[Segment], pars: list[tuple[int, int]], g: _Grammar) -> list[Segment]:
    def joins(seg: Segment, nxt: Segment, a: int, b: int) -> bool:
        at = nxt.titles[0][0] if nxt.titles else nxt.title_at  # the run's first title names the kind
        kind = " ".join(_fold(w) for w in g.text[at : at + MAX_TITLE].split()[:TITLE_BLOCK_WORDS])
        return (
            b - a <= HEADS_ONLY + 2
            and len(kind.split()) == TITLE_BLOCK_WORDS
            and bool(TAIL_KIND.match(g.text[at : at + MAX_TITLE]))
            and f" {kind} " in f" {_folded_block(g, a, b)} "
            and all(
                (_letters_upper(g.par(k)) >= 0.8 or sum(c.isalpha() for c in g.par(k)) < 4)
                and len(g.par(k)) <= MAX_HEADING
                and not (ends_with_act_id(g.par(k)) or SIGNED_END.search(g.par(k)) or PLACE_DATE.match(g.par(k)))
                for k in range(a, b)
            )
        )

    return _joined_into_next(segments, pars, g, joins)


# A segment of a journal without a body, whatever titled it: a few short lines in capitals (or Title Case, or
# unreadable glyphs, or rules), none closing an act, right over a titled act, is that act's heading block, not an act
# (a general grammar: an act has a body). The heading block a municipal-association gazette prints over every act
# ("ESTADO DE ALAGOAS" / "CONDRI - CONSORCIO PARA DESENVOLVIMENTO DA" / "REGIAO DO IPANEMA", then the act's index
# title "TERMO DE APOSTILAMENTO - DISTRIBUIDORA DE" / "ALIMENTOS SANTA RITA LTDA": AMA-AL 2.121, Sigpub); an órgão's
# name set over its acts ("AUTARQUIA DE PROTEÇÃO E DEFESA DO CONSUMIDOR" / "DO ESTADO DO RIO DE JANEIRO"), a running
# header's unreadable glyphs and a rule ("-" / "Procuradoria Geral do Estado": DOE-RJ 047/2023).
BODILESS_LINES = 7  # (HEADS_ONLY + 2)


def _bodiless_joined(segments: list[Segment], pars: list[tuple[int, int]], g: _Grammar) -> list[Segment]:
    def joins(seg: Segment, nxt: Segment, a: int, b: int) -> bool:
        # (a signatory's name cut from its act's closing is no heading; an untitled block, the tail of the act
        # the page before ends with — "MARCUS VINÍCIUS BRITTO" / "Governador em Exercício" — unless it holds an
        # órgão heading, the running header or a rule)
        return (
            0 < b - a <= BODILESS_LINES
            and all(
                (_letters_upper(g.par(k)) >= 0.8 or _title_case(g.par(k)) or _garbled(g.par(k)) or _rule(g.par(k)))
                and len(g.par(k)) <= MAX_HEADING
                and not g.par(k).rstrip().endswith((".", ":", ";"))
                and not (ends_with_act_id(g.par(k)) or SIGNED_END.search(g.par(k)) or PLACE_DATE.match(g.par(k)))
                or is_heading(g.par(k))
                for k in range(a, b)
            )
            and not all(
                NAME_LINE.match(g.par(k).strip()) and len(g.par(k).split()) <= 4 and not is_title(g.par(k))
                for k in range(a, b)
            )
            and (
                seg.title_at is not None
                or any(
                    is_heading(g.par(k)) or _garbled(g.par(k)) or _rule(g.par(k)) or JOURNAL.search(g.par(k))
                    for k in range(a, b)
                )
            )
        )

    return _joined_into_next(segments, pars, g, joins)


def _rule(par: str) -> bool:
    """A typeset rule or a lone dash: no letters at all."""
    return not any(c.isalnum() for c in par)


def _folded_block(g: _Grammar, a: int, b: int) -> str:
    return " ".join(_fold(w) for k in range(a, b) for w in g.par(k).split())


HEADS_ONLY = 5  # an órgão heading's lines (Title Case and capitals)
# a body that opens with a label: "Deferidos: EXPANSÃO E-COMMERCE LTDA, …"
BODY_LABEL = regex.compile(r"^(\p{Lu}\p{L}+(?:\s+\p{L}+)?)\s*:\s*\S")


def _garbled(par: str) -> bool:
    """A line the text layer cannot read (a font without a Unicode map gives control characters: the DOE-RJ's
    running header and rules, "- \\x06\\x0e \\x06 \\x0f"): no act of its own, it goes with the act below it.
    A general property of text layers (glyphs of a font the PDF maps to no character), no publisher's words; seen in
    the DOE-RJ only (probe over the old corpus and the real2 tune files). Whitespace controls (tabs) are no unread
    glyphs."""
    bad = sum(map(par.count, _UNREAD))
    return bad > 0 and bad >= GARBLED * max(len("".join(par.split())), 1)


GARBLED = 0.5
# the control characters that are no white space (str.isspace): each counted by str.count, not character by character
_UNREAD = tuple(c for c in map(chr, range(32)) if not c.isspace())


_LETTER_RUN, _FOUR_LETTERS = regex.compile(r"\p{L}+"), regex.compile(r"\p{L}{4,}")


def _title_case(par: str) -> bool:
    """An órgão's name in Title Case over its capitals heading ("Secretaria de Estado de" / "Agricultura,
    Pecuária, Pesca e Abastecimento" / "SECRETARIA DE ESTADO DE AGRICULTURA, PECUÁRIA,": DOE-RJ 111/2023; the
    DOU's "Ministério da Defesa" / "GABINETE DO MINISTRO"): every word but the particles capitalised, no period."""
    words = _LETTER_RUN.findall(par)
    return (
        bool(words)
        and not par.rstrip().endswith((".", ";"))
        and ":" not in par  # a field: "Ref. Processo: SEI-220011/000832/2023"
        and not any(c.isdigit() for c in par)
        and all(w[0].isupper() for w in words if len(w) > 3)
    )


# A journal's front page opens with its masthead and front matter (edition line, sumário, expediente, the list of
# authorities), which is no act: "ANO XLVII EDIÇÃO Nº 29 BRASÍLIA - DF, SEXTA-FEIRA, 9 DE FEVEREIRO DE 2018 / SUMÁRIO"
# (DODF), "ESTA PARTE É EDITADA ELETRONICAMENTE DESDE 3 DE MARÇO DE 2008 / PARTE I / PODER EXECUTIVO" (DOE-RJ),
# "Minas Gerais , 15 de Setembro de 2023 • Diário Oficial dos Municípios Mineiros • ANO XV | Nº 3602a" (AMM-MG, and
# AMA-AL the same way), "Expediente: / Aprece – Associação dos Municípios do Estado do Ceará" (APRECE-CE). Untitled
# at the top of the file's first page, it goes with the first act below it (as an instrument's letterhead does).
FRONT_MATTER = regex.compile(
    r"""(?im)^[^\n]{0,80}Di[áa]rio\s+Oficial[^\n]{0,80}\bANO\s+[IVXLC]+\b   # a running header line in the body
      | \bANO\s+[IVXLC]+\b\s*[-|–•]?\s*(?:EDI[ÇC][ÃA]O\s+)?N[º°o]\.?\s*\d   # the edition line
      | ^\s*SUM[ÁA]RIO\b | ^\s*Expediente\b | EDITADA\s+ELETRONICAMENTE""",
    regex.VERBOSE,
)
FRONT_MATTER_REACH = 200


def _front_matter_joined(segments: list[Segment], text: str, g: _Grammar, layout: Layout) -> list[Segment]:
    if not g.journal or len(segments) < 2 or not layout.pages or layout.pages[0].number != 1:
        return segments
    first, second = segments[0], segments[1]
    if first.title_at is not None or first.sei_number is not None or second.title_at is None:
        return segments
    if FRONT_MATTER.search(text, first.start, min(first.end, first.start + FRONT_MATTER_REACH)) is None:
        return segments
    if g.page_of[0] != 1 or layout.textmap.page_at(second.title_at) != 1:
        return segments  # only the front page's own front matter
    second.start = first.start
    second.continues_previous = False
    return segments[1:]


# Records of a list run together in one paragraph (a general grammar of extract columns: the records of one órgão's
# list set as one paragraph, each opening like the first with its instrument's number and the same next field):
# "RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº …; … Elemento de Despesa: 3390.36. Nº 002/2020 - PROCESSO Nº
# …" (DOE-BA 22.825, UNEB), "Contrato nº 050/2019 - Pregão Eletrônico nº 039/2019; Contratada: …; Valor global: R$
# 4.196,00.; Contrato nº 052/2019 - Pregão Eletrônico nº 039/2019; …" (DOE-BA 22.825, UEFS). The first record opens
# the paragraph (after a list label "… :" at most); a later one opens after a period or a semicolon with the same
# instrument word and the same first field word, and is an act of its own.
RECORD = regex.compile(
    r"(?P<kind>\p{L}+(?:\s+\p{L}+){0,3}\s+)?N\.?\s?[º°o]\.?\s*(?P<num>\d[\d./\-]*\d)\s*[-–—]\s*(?P<field>\p{L}{3,})",
    regex.IGNORECASE,
)
RECORD_LEAD = regex.compile(r"^[^\n:;.]{0,60}:\s*")  # the list's label before the first record
RECORD_BREAK = regex.compile(r"(?<=[.;])\s+")
RECORD_MIN = 80  # a record: at least this long (its fields)
RECORD_FIELD = regex.compile(
    r"[;.]\s*\p{L}+(?:\s+\p{L}+)?\s*(?:\(a\))?\s*:\s*\S"
)  # "; CONTRATANTE: UNEB", "; Contratada: …"
RECORD_FIELDS = 160  # the record's first field label within this many characters


def _record_key(m: regex.Match) -> tuple[str, str]:
    return (" ".join(_fold(w) for w in (m.group("kind") or "").split()), _fold(m.group("field")))


def record_starts(par: str) -> list[int]:
    """Offsets in ``par`` where a later record of a list run together in it opens (see ``RECORD``)."""
    lead = RECORD_LEAD.match(par)
    first = RECORD.match(par, lead.end() if lead else 0)
    if first is None:
        return []
    if not RECORD_FIELD.search(par, first.start(), first.start() + RECORD_FIELDS):
        return []  # records of fields, not numbered items of one act ("Nº 186 - Conceder aposentadoria …": DOU)
    key, out, last = _record_key(first), [], 0
    numbers = {first.group("num")}
    for m in RECORD_BREAK.finditer(par, first.end()):
        r = RECORD.match(par, m.end())
        if r is None or _record_key(r) != key or m.end() - last < RECORD_MIN:
            continue
        if r.group("num") in numbers:
            continue  # the same instrument cited again in its own record, not the next record
        numbers.add(r.group("num"))
        if not RECORD_FIELD.search(par, m.end(), m.end() + RECORD_FIELDS):
            continue
        out.append(m.end())
        last = m.end()
    if out and len(par) - out[-1] < RECORD_MIN:
        out.pop()
    return out


def _records_split(segments: list[Segment], text: str, g: _Grammar) -> list[Segment]:
    if not g.journal:
        return segments
    out: list[Segment] = []
    for seg in segments:
        cuts: list[int] = []
        if seg.sei_number is None:
            for s, e in g.pars_within(seg.start, seg.end):
                cuts += [s + k for k in record_starts(text[s:e])]
        prev = seg
        out.append(seg)
        for c in cuts:
            r = RECORD.match(text, c)
            nxt = Segment(c, prev.end, False, c, [], title_end=r.end("num"))  # titled by its opening
            prev.end = c - 1 if text[c - 1 : c] == " " else c
            out.append(nxt)
            prev = nxt
    return out


# paragraphs of a file's opening block that may be the letterhead of the instrument titled below it
LETTERHEAD_PARS = 12

# "Belo Horizonte, 27 de novembro de 2024", "Brasília/DF, 08 de fevereiro de 2018", "Teotônio Vilela – AL, 04
# de Junho de 2015.": the place and date an act closes with, over its signatures
PLACE_DATE = regex.compile(
    r"^\p{Lu}[\p{L}'’ .\-/–]{1,60}?,\s*(?:(?i:em)\s+)?\d{1,2}[º°]?\s+(?i:de)\s+\p{L}+\s+(?i:de)\s+\d{4}"
)
# an extrato closes with its signing date ("Assinatura em: 27/11/2024", "Data da Assinatura: 27/11/2024": DOM-BH,
# DODF), an act of a municipal-association gazette with its publisher's code (AMA-AL, APRECE-CE: Sigpub)
SIGNED_END = regex.compile(
    r"(?i)(?:assinatura(?:\s+em)?|data\s+da\s+assinatura)\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\.?\s*$"
)
# A line ending with the publisher's identifier of the act closes it (a general grammar of journals whose
# publishing system stamps every act): "Publicado por: … Código Identificador:9AB283D6" (Sigpub: AMA-AL, APRECE-CE,
# AMM-MG), "Id: 2486509" alone on its line (DOE-RJ, Imprensa Oficial do RJ), an act's closing delimiter
# "<#E.G.B#396023#8#435048/>" (DOE-BA, EGBA; the next act's opening one may follow on the same line), the number of
# the payment slip of a paid publication ending it, "DAR - 13567/04" (a system grammar of the DODF's section 3, 2004 and
# "DAR-149/2019." 2019: private notices, licence requests, calls of cooperatives).
ACT_ID_END = regex.compile(
    r"""(?i)C[óo]digo\s+Identificador\s*:?\s*[0-9A-Z]{6,}\s*$
      | ^Id:\s*\d{5,}\s*$
      | (?-i:(?:^|(?<=[.]\s))DAR\s*-\s*\d{2,6}/\d{2}(?:\d{2})?\.?\s*$)
      | <\#E\.G\.B\#\d+\#\d+\#\d+/>(?:\s*<\#E\.G\.B\#\d+\#\d+\#\d+>)?\s*$""",
    regex.VERBOSE,
)


def ends_with_act_id(par: str) -> bool:
    """Whether ``par`` ends with an act's identifier (``ACT_ID_END``), the regex searched only in a paragraph that
    prints what one of its alternatives needs: "cador" of "Identificador" or "<#E.G.B#" (in any case), "DAR", or
    "Id:" at its start (most paragraphs have none; the search tried every position of every paragraph)."""
    low = par.lower()  # (each letter's case folds in ACT_ID_END lower to these ASCII letters)
    if "cador" in low or "<#e.g.b#" in low or "DAR" in par or (par[:1] in ("I", "i", "ı") and low[1:3] == "d:"):
        return ACT_ID_END.search(par) is not None
    return False


# a signatory's name line: capitalised words and their particles, no digits ("NIVALDO PAVANINI PARRA",
# "Leonardo Augusto Roscoe da Rocha")
NAME_LINE = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.\-]*|(?i:d[aeo]s?|e))(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|(?i:d[aeo]s?|e))){1,8}\.?$"
)
SIGNATURE_LINE = 100  # a signature block's lines are short
SIGNATURE_LINES = 8
# the opening title of an act the title list does not name: short, in capitals, over a body
MAX_OPENING_TITLE = 100
BODY = 60  # a body paragraph: this long, mostly lower case
BODY_REACH = 8
# an annex that is an act of its own, at the top of a page after the instrument's signatures ("ANEXO RP-09 -
# REPASSES AO TERCEIRO SETOR - TERMO DE CIÊNCIA E DE NOTIFICAÇÃO": the TCE-SP form after a termo de fomento)
ANNEX_ACT = regex.compile(
    r"^ANEXO\b[^\n]{0,60}?[-–—]\s*(?:[^\n]*?[-–—]\s*)?(?:TERMO\s+D|DECLARA[ÇC]|PLANO\s+DE\s+TRAB)"
)
# the label a record of a list opens with ("PROCESSO Nº 060.001.571/2017:", "PROCESSO: 112.000.774/2017.",
# "CONTRATO Nº 8867.", "Espécie:", "Contratante:", "Instrumento Jurídico nº"), or an extract's own title
# line in sentence case ("Extrato do Terceiro Termo Aditivo ao Contrato": DOM-BH)
ITEM_OPENING = regex.compile(
    r"^(?P<w>\p{L}+)(?:[^\n:]{0,40}?(?::|\b[Nn][º°o]\.?\s*:?\s*(?:SEI\b[\s\-]*(?:\p{Lu}{1,2}-)?)?\d))"
    r"|^(?P<w>(?i:extrato|resumo))\s+(?i:d[aeo]s?)\s"
    # an amendment's record named by its ordinal, as the title list names one in capitals ("4° Termo Aditivo ao
    # Contrato 8516/2014, publicado no DODF …" / "5° Termo Aditivo ao Contrato 8646/2016, …" under "EXTRATOS DE
    # ADITIVO": DODF 2019, CAESB)
    r"|^\d{1,2}\s?[º°ª]\s+(?P<w>(?i:termo))\s+(?i:aditivo)\b"
)
LIST_HEADING = regex.compile(r"^(?:EXTRATOS?|RESUMOS?)\b")
# A plural heading over acts printed as bare paragraphs, one act each, without titles of their own (a general grammar
# of gazettes' act lists): "ATOS DO PREFEITO" / "Exonera, a pedido, Alexandra de Morais, … (ATO GP Nº 1581/2024)" /
# "Nomeia Vanessa Vilela Caires, … (ATO GP Nº 1584/2024)" (DOM-BH 7.153), "ATOS DO PROCURADOR-GERAL" / "DE 10.03.2023"
# / "EXONERA, a pedido, ANDRÉ …" / "NOMEIA NEWTON …"; "DESPACHOS DA PRESIDENTE" / "PROCESSO Nº SEI-310006/000040/2023
# - … RATIFICO …" / "PROCESSO Nº SEI-310006/000168/2023 - …"; "AVISOS" / "O REITOR DA UNIVERSIDADE …, torna público"
# / "O REITOR …"; "EDITAIS" / "O INSTITUTO ESTADUAL DO AMBIENTE INEA nos termos …" (DOE-RJ 047/2023); "DECLARAÇÕES DE
# ACEITE PARA HABITE-SE" / "A DIRETORA DE VISTORIAS, DO CORPO DE BOMBEIROS …" (DODF 003/2021). Each paragraph
# that opens like the first one under the heading (its label, its article and noun, or a verb of an act on a
# servant) opens an act; a dateline right above one ("DE 07/03/2023") opens it with it.
ACTS_HEADING = regex.compile(
    r"^(?:DESPACHOS|ATOS|AVISOS|EDITAIS|DECLARA[ÇC][ÕO]ES|NOTIFICA[ÇC][ÕO]ES|INTIMA[ÇC][ÕO]ES|COMUNICADOS)\b(?!\s*[,:])"
)
DATELINE = regex.compile(r"^(?:DE|EM)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?$")
# the verbs an act on a servant opens with, in capitals or Title Case ("NOMEIA", "Exonera, a pedido,")
SERVANT_VERB = regex.compile(
    r"^(?:NOMEIA|EXONERA|DESIGNA|DISPENSA|APOSENTA|CONCEDE|REMOVE|LOTA|RELOTA|READAPTA|RECONDUZ|REINTEGRA|CEDE"
    r"|TORNA\s+SEM\s+EFEITO|CESSA|AFASTA|PROMOVE|ENQUADRA|TRANSFERE|AUTORIZA)\b(?=,?\s+\p{Lu})",
    regex.IGNORECASE,
)
ARTICLE_OPENING = regex.compile(r"^(?:O|A|OS|AS)\s+(\p{Lu}{3,})\b")  # "O REITOR DA …", "O INSTITUTO …"
SERVANT_KEY = "\x00ato"  # every verb of an act on a servant opens the same kind of item


def _item_key(par: str, acts: bool) -> str | None:
    """The opening an item of a list is recognised by: its label (``ITEM_OPENING``); under a plural heading of acts
    also a verb of an act on a servant, or an article and the capitals noun after it."""
    m = ITEM_OPENING.match(par)
    if m is not None:
        return _fold(m.group("w"))
    if not acts:
        return None
    if SERVANT_VERB.match(par) and par[:1].isupper():
        return SERVANT_KEY
    a = ARTICLE_OPENING.match(par)
    return _fold(a.group(0)) if a is not None else None


RECORD_FIELD_LINES = 3  # a record of a list is several fields
CAPTION_LINES = 4  # a caption over a document at the top of its page: a few short lines
LONG_ITEM = 200  # records of a list with no heading (its heading on a page not in the file) are whole paragraphs
# the kind of instrument a list record names: "ESPÉCIE: Ata de Registro de Preços n° 231/2017-A-SES/DF. PARTES:"
ITEM_KIND = regex.compile(r"(?i)\besp[ée]cie\s*:\s*")
ITEM_KIND_END = regex.compile(r"\.\s+(?:\p{Lu}{3,}[\p{Lu} ]*|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s*:|\.\s*$")
ITEM_TITLE = 150


@lru_cache(maxsize=8192)
def _letters_upper(par: str) -> float:
    """The share of capitals among a paragraph's letters (asked of one paragraph by several rules)."""
    letters = list(filter(str.isalpha, par))
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


class _Grammar:
    """What a paragraph is in an act's layout: a closing, a heading, an opening title, a list record."""

    def __init__(
        self, text: str, pars: list[tuple[int, int]], page_of: list[int | None], gaps: set[int], journal: bool
    ):
        self.text, self.pars, self.page_of, self.gaps, self.journal = text, pars, page_of, gaps, journal
        self._read: dict[tuple[int, int], str] = {}  # a paragraph's span → its mended text (asked for many times)
        self._starts: list[int] | None = None  # the paragraphs' starts, when sorted and apart (pars_within)

    def pars_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The paragraphs inside ``start`` … ``end``, in order: found by bisection when the spans are sorted and
        apart (they are: segmentation asks this once per segment, and a scan of every paragraph was quadratic)."""
        if self._starts is None:
            spans = self.pars
            ordered = all(a <= b for a, b in spans) and all(
                spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1)
            )
            self._starts = [a for a, _ in spans] if ordered else []
        if not self._starts and self.pars:
            return [(s, e) for s, e in self.pars if start <= s and e <= end]
        out = []
        for k in range(bisect.bisect_left(self._starts, start), len(self.pars)):
            s, e = self.pars[k]
            if s > end:
                break
            if e <= end:
                out.append((s, e))
        return out

    def par(self, k: int) -> str:
        span = self.pars[k]
        got = self._read.get(span)
        if got is None:
            got = self._read[span] = respaced(self.text[span[0] : span[1]])
        return got

    def page_start(self, k: int) -> bool:
        return k == 0 or self.page_of[k] != self.page_of[k - 1]

    def ends_act(self, k: int) -> bool:
        """Paragraph ``k`` closes an act: its signing date or publisher's code, or the last line of a signature
        block (short lines under the place and date, or names under the act's last sentence)."""
        t = self.par(k).rstrip()
        if ends_with_act_id(t) or SIGNED_END.search(t):
            return True
        named = False
        for m in range(k, max(k - SIGNATURE_LINES, -1), -1):
            line = self.par(m).rstrip()
            if line.startswith(("ANEXO", "Anexo")):
                return False  # the act goes on with its annex
            if PLACE_DATE.match(line) and len(line) <= SIGNATURE_LINE + 40:
                return m < k or bool(NAME_LINE.search(line.split(" ")[-1]))
            if len(line) > SIGNATURE_LINE or line.endswith(":"):
                return named and m < k and line.endswith(".")
            named = named or bool(NAME_LINE.match(line))
        return False

    def opens_here(self, i: int) -> bool:
        """Nothing above paragraph ``i`` leads into it: it is at the top of a page, under a heading or a capitals
        line, or after an act's closing (not "… o seguinte Edital:" over a centred "PREGÃO ELETRÔNICO Nº 01/2018"
        inside an aviso: DODF)."""
        if i == 0 or self.page_start(i):
            return True
        above = self.par(i - 1).rstrip()
        if above.endswith((":", ",", ";")):
            return False
        return is_heading(above) or self.is_caps_line(i - 1) or self.ends_act(i - 1)

    def is_sibling_title(self, i: int, par: str, marks: int, opening: str) -> bool:
        """Paragraph ``i`` is the next titled item of a list under a kicker: set as a title, numbered, opening
        with the same words as the first item, after a body that does not lead into it."""
        if not is_layout_title(par, marks) or not LAYOUT_NUMBER.search(par) or _opening(par) != opening:
            return False
        above = self.par(i - 1).rstrip() if i > 0 else ""
        return not above.endswith((":", ",", ";")) and _letters_upper(above) < 0.8

    def signed_above(self, i: int) -> bool:
        """The paragraphs right above ``i`` are an act's place and date and the short lines of its signatures."""
        for k in range(i - 1, max(i - 1 - SIGNATURE_LINES // 2, -1), -1):
            line = self.par(k).rstrip()
            if PLACE_DATE.match(line) and len(line) <= SIGNATURE_LINE + 40:
                return k < i - 1
            if len(line) > SIGNATURE_LINE or is_title(line) or line.endswith("."):
                return False  # a sentence, or the title and ementa of the act the preamble belongs to
        return False

    def has_closing(self, a: int, b: int) -> bool:
        return any(self.ends_act(k) for k in range(a, b))

    def is_caps_line(self, k: int) -> bool:
        t = self.par(k).rstrip()
        return len(t) <= MAX_OPENING_TITLE and _letters_upper(t) >= 0.8 and not t.endswith((",", ";", ":"))

    def only_heads(self, a: int, b: int) -> bool:
        """Paragraphs ``a`` … ``b - 1`` are all headings or short capitals lines."""
        return all(is_heading(self.par(k)) or self.is_caps_line(k) for k in range(a, b))

    def has_body(self, i: int) -> bool:
        """The first paragraph under the capitals lines below ``i`` is a body: a sentence, or an extract's
        first field ("Processo nº 01-064.357/23-49", "Deferidos: EXPANSÃO E-COMMERCE LTDA, …")."""
        for k in range(i + 1, min(i + 1 + BODY_REACH, len(self.pars))):
            if self.is_caps_line(k) and not FIELD.match(self.par(k)):
                continue
            t = self.par(k)
            return (len(t) >= BODY and _letters_upper(t) < 0.5) or bool(FIELD.match(t))
        return False

    def is_opening_title(self, i: int) -> bool:
        """A short capitals line over a body, opening an act after the previous one's closing, under an
        órgão heading, or at the top of a page."""
        t = self.par(i).rstrip()
        if not self.is_caps_line(i) or is_heading(t) or t.endswith(":") or LABEL_VALUE.search(t):
            return False
        if not self.journal and not ANNEX_ACT.match(t):
            return False  # in a single instrument, capitals lines are its parts and its parties' names
        front = self.after_front_matter(i)
        named = NAME_LINE.match(t) and len(t.split()) <= 4 and not ACT_WORD.match(t)
        if not _FOUR_LETTERS.search(t) or named and not front:
            return False  # a signatory's name in capitals, not a title (no signature closes the front matter)
        if JOURNAL.search(t):
            return False  # the journal's running header in the body ("BELO 8 HORIZONTE DIÁRIO OFICIAL DO MUNICÍPIO •
            # DOM": DOM-BH 7.153; "Diário Oficial do Distrito Federal": DODF 039/2019), not an act's title
        if len(t.split()) == 1 and not ACT_WORD.match(t):
            return False  # "DECRETA", "RESOLVE": the verb of a preamble
        annex = t.startswith(("ANEXO", "Anexo"))
        if annex and not (ANNEX_ACT.match(t) and self.page_start(i) and i > 0 and self.ends_act(i - 1)):
            return False  # an annex of the act above
        if not t[:1].isalpha() or (starts_unit(t) and not annex) or t.startswith(("PROCESSO", "Processo")):
            return False  # a clause or section heading, a record's label, a signature rule
        if OPENING_SENTENCE.match(t) or FIELD_LINE.match(t) or EMENTA_LINE.search(t):
            return False  # "O MINISTRO DE ESTADO …, no uso": a sentence in capitals; "Parte: …": a field
        if i + 1 < len(self.pars) and (is_heading(self.par(i + 1)) or is_title(self.par(i + 1))):
            return False  # a heading's broken line or kicker over the act's own title
        if not self.has_body(i):
            return False
        k = i - 1
        while k >= 0 and i - k <= 6 and not self.page_start(k + 1):
            if is_title(self.par(k)) or not self.is_caps_line(k) or PLACE_DATE.match(self.par(k - 1) if k > 0 else ""):
                break
            k -= 1
        if k >= 0 and PLACE_DATE.match(self.par(k)) and len(self.par(k)) <= SIGNATURE_LINE and ACT_WORD.match(t):
            return True  # an act closed by its place and date alone, then the next act's title ("Belo Horizonte, 11 de
            # dezembro de 2024" / "NOTIFICAÇÃO" / "A BELOTUR/DRAF-BL/GERAL-BL notifica …": DOM-BH 7.153)
        return front or k >= 0 and (self.gap_start(k + 1) or self.ends_act(k))

    def after_front_matter(self, i: int) -> bool:
        """Paragraph ``i`` is the first act's title right over its body, under the capitals lines of its headings
        that follow the front matter's last sentence on the first page ("O Diário Oficial dos Municípios do Estado de
        Alagoas é uma solução …": the Sigpub expediente of AMA-AL, APRECE-CE, AMM-MG). Not a sentence in capitals
        ("TERÁ INICIO NA DATA DE SUA ASSINATURA …." after the expediente: AMA-AL 2016)."""
        t = self.par(i).rstrip()
        if t.endswith(".") or i + 1 >= len(self.pars) or self.is_caps_line(i + 1):
            return False
        k = i - 1
        while k >= 0 and i - k <= 6 and self.is_caps_line(k) and not self.page_start(k + 1):
            k -= 1
        if k < 0 or k == i - 1 or self.page_of[k] != self.page_of[0]:
            return False  # (the title has its headings above it)
        return bool(JOURNAL.search(self.par(k))) and self.par(k).endswith(".")

    def quoted(self, i: int) -> bool:
        """Paragraph ``i`` is a model a sentence introduces with its colon, over a placeholder in parentheses at most
        ("… conforme modelo abaixo, em papel timbrado, …, de acordo com o inciso IV, do art. 26:" / "(TIMBRE DA
        SECRETARIA)" / "DECLARAÇÃO DE ANUÊNCIA DO GESTOR …": a SEI/MS parecer quoting the form it asks for; review
        rev26c), not a document of its own."""
        k = i - 1
        while k >= 0 and i - k <= 2 and PLACEHOLDER.match(self.par(k)):
            k -= 1
        return k >= 0 and self.par(k).rstrip().endswith(":")

    def page_caption_above(self, i: int, stop) -> int:
        """The first paragraph of the short lines between the top of its page and the title at ``i`` (a form's caption
        over the next document of a file of several: "Anexo 5 do Anexo LXXXVI" / "MODELO DE DECLARAÇÃO DE CAPACIDADE
        TÉCNICO-OPERATIVA (Origem: PRT MS/GM" over "DECLARAÇÃO DE CAPACIDADE OPERACIONAL": the PRONAS annexes, FIDI
        2024), else ``i``: the caption goes with the document it heads, not with the signatures of the one before."""
        k = i
        while k > 0 and i - k < CAPTION_LINES and not self.page_start(k) and not stop(k - 1):
            k -= 1
        if not self.page_start(k) or k == i:
            return i
        lines = [self.par(m) for m in range(k, i)]
        if any(len(t) > MAX_TITLE or t.rstrip().endswith((".", ";", ":")) or PLACE_DATE.match(t) for t in lines):
            return i
        return k

    def gap_start(self, k: int) -> bool:
        """The first paragraph of a page that does not follow the page before it."""
        return k > 0 and self.page_of[k] != self.page_of[k - 1] and self.page_of[k] in self.gaps

    def walk_up(self, i: int, stop, dou: bool = False) -> int:
        """The first paragraph of the act titled at ``i``: the órgão headings above it, and the capitals lines
        between them and the title (a heading broken by centring, a unit's acronym). In the DOU, only a
        heading's broken line right under it."""
        j = i
        while j > 0 and not stop(j - 1):
            above = self.par(j - 1)
            if is_heading(above):
                j -= 1
                continue
            if SEPARATOR.fullmatch(above) and j > 1 and is_heading(self.par(j - 2)):
                j -= 2  # DOU 2014 editions: "Ministério da Defesa" / "." / "GABINETE DO MINISTRO" / title
                continue
            if dou:
                if j > 1 and is_caps_fragment(above) and is_heading(self.par(j - 2)) and not stop(j - 2):
                    j -= 2
                    continue
                break
            # capitals lines up to a heading, the previous act's closing or the top of the page
            k = j - 1
            while k >= 0 and j - k <= 4 and self._fragment(k) and not stop(k):
                if k == 0:
                    return 0  # a journal's masthead goes with its first act
                if is_heading(self.par(k - 1)):
                    return self._heads_above(k, stop)
                if k > 0 and PLACE_DATE.match(self.par(k - 1)) or NAME_LINE.match(self.par(k)):
                    break  # a signatory's name under the place and date, not a heading
                if k == 0 or self.gap_start(k) or self.ends_act(k - 1):
                    return k
                k -= 1
            break
        return j

    def heads(self, j: int, i: int) -> list[tuple[int, int]]:
        """The órgão headings among paragraphs ``j`` … ``i - 1`` (and the lines a heading's centring broke off),
        not the unit's acronym or the kicker over them ("PRODABEL", "REPUBLICAÇÃO - DECRETOS")."""
        out: list[tuple[int, int]] = []
        last = None
        for k in range(j, i):
            t = self.par(k)
            if SEPARATOR.fullmatch(t):
                continue
            if is_heading(t) or (last == k - 1 and is_caps_fragment(t)):
                out.append(self.pars[k])
                last = k
            elif last == k - 2 and SEPARATOR.fullmatch(self.par(k - 1)) and is_caps_fragment(t):
                out.append(self.pars[k])
                last = k
        return out

    def _fragment(self, k: int) -> bool:
        t = self.par(k)
        return (
            self.is_caps_line(k)
            and len(t) <= 80
            and not _BARE_DATE.search(t)
            and not is_title(t)
            and not ends_with_act_id(t)  # the stamp closing the act above ("DAR-149/2019.": DODF) heads nothing
        )

    def _heads_above(self, k: int, stop) -> int:
        while k > 0 and not stop(k - 1) and is_heading(self.par(k - 1)):
            k -= 1
        return k

    def list_items(
        self, i: int, end: int, titles: list[int], stamped: bool = False
    ) -> tuple[str | None, list[int]] | None:
        """The records of a list document (paragraphs ``i`` … ``end - 1``): its heading and the paragraphs that
        open a record, when there are two or more; None for any other document."""
        heading = None
        acts = False
        if titles:
            heading = self.par(titles[0])
            h = heading_tail_title(heading) if not LIST_HEADING.match(heading) else None
            if h is not None:
                heading = respaced(heading[h:])  # "SECRETARIA … MILITAR EXTR ATO S DE INSTRUMENTOS …" (DOE-RJ)
            acts = bool(ACTS_HEADING.match(heading))
            if not LIST_HEADING.match(heading) and not acts:
                return None
            first = titles[-1] + 1
        else:
            first = i
        while first < end and (is_heading(self.par(first)) or acts and DATELINE.match(self.par(first))):
            first += 1
        if first >= end:
            return None
        key = _item_key(self.par(first), acts)
        if key is None:
            return None
        members = []
        for k in range(first, end):
            o = _item_key(self.par(k), acts)
            if o is not None and (o == key if acts and SERVANT_KEY in (o, key) else _same_key(o, key)):
                members.append(k - 1 if acts and k > first and DATELINE.match(self.par(k - 1)) else k)
        if len(members) < 2:
            return None
        if heading is None and stamped:
            # a whole publication between two act stamps whose heading the text layer misread ("SECRETARIA DE ESTADO
            # DE POLÍCIA MILITAR EXTRATOSS DE INSTRUMENTOS CONTRATUAIS": DOE-RJ 047/2023): records of several field
            # lines each ("INSTRUMENTO: …" / "PARTES: …" / "OBJETO: …" / … / "FUNDAMENTO: …"), as long as a record
            spans = [(k, members[n + 1] if n + 1 < len(members) else end) for n, k in enumerate(members)]
            if all(
                sum(len(self.par(m)) for m in range(a, b)) >= LONG_ITEM
                and sum(bool(FIELD_LINE.match(self.par(m))) for m in range(a, b)) >= RECORD_FIELD_LINES
                for a, b in spans
            ):
                return heading, members
            return None
        if heading is None and not all(len(self.par(k)) >= LONG_ITEM for k in members):
            return None  # short label lines of one record (a list of fines), not records
        return heading, members

    def stamped(self, end: int) -> bool:
        """The paragraphs before ``end`` close with a publisher's act stamp (the segment is one whole publication)."""
        return end > 0 and ends_with_act_id(self.par(end - 1))

    def item_title(self, k: int) -> tuple[int, int]:
        """The title of a list record: the instrument its "ESPÉCIE:" names, else its first sentence."""
        s, e = self.pars[k]
        t = self.text[s:e]
        m = ITEM_KIND.search(t)
        if m is not None:
            end = ITEM_KIND_END.search(t, m.end())
            stop = end.start() if end is not None else len(t)
            return s + m.end(), s + min(stop, m.end() + ITEM_TITLE)
        end = regex.search(r"\.\s|\.$|$", t)
        return s, s + min(end.start() if end else len(t), ITEM_TITLE)


# an act's preamble formula: "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições", "O SECRETÁRIO DE
# ESTADO DA FAZENDA, no uso das atribuições", "A PRESIDENTE DO …, no uso da competência"
PREAMBLE = regex.compile(
    r"^(?:O|A|OS|AS)\s+(?=\p{Lu}{2})[^\n.;:]{3,160}?,?\s+(?i:no\s+uso\s+d[ea]s?\s+(?:suas\s+)?(?:atribui|compet))"
)
EMENTA_LINE = regex.compile(r"[“”\"]|PROVID[ÊE]NCIAS|^DISP[ÕO]E\b")  # a law's summary in capitals, quoted
OPENING_SENTENCE = regex.compile(r"^(?:O|A|OS|AS|DE|DA|DO|DAS|DOS|E|EM|PARA|NO|NA)\s")
FIELD_LINE = regex.compile(r"^[\p{L} /()]{2,40}:\s*\S")
# an extract's field line: "Processo nº 01-064.357/23-49", "Deferidos: …", "Objeto: …"
FIELD = regex.compile(r"^\p{Lu}[\p{L}/()]+(?:\s+[\p{L}/()]+){0,5}(?:\s*:\s*\S|\s+n[º°o]\.?\s*:?\s*\d)")
# a journal's running header or masthead: "Edição 1.507", "Diário Oficial …", "Página 2"
JOURNAL = regex.compile(r"(?i)\bEdi[çc][ãa]o\b|Di[áa]rio\s+Oficial|diariomunicipal")


def is_journal(layout: Layout, origin: str) -> bool:
    """Whether a file is (part of) an official journal, whose acts follow one another on its pages."""
    if origin in GAZETTES:
        return True
    furniture = "\n".join(p.header_text + "\n" + p.footer_text for p in layout.pages[:3])
    if JOURNAL.search(furniture) or JOURNAL.search(layout.text[:JOURNAL_REACH]):
        return True
    # acts stamped by the journal's publishing system (``ACT_ID_END``: "Id: 2486509" of the DOE-RJ, whose
    # masthead and running header the text layer cannot read; EGBA's "<#E.G.B#…/>" of the DOE-BA; Sigpub's
    # "Código Identificador") are a journal's, whatever its masthead says
    stamps = bare_ids = 0
    for line in layout.text.split("\n"):
        if ends_with_act_id(line):
            if BARE_ID.match(line):
                bare_ids += 1
            else:
                stamps += 1
            if stamps >= JOURNAL_STAMPS or bare_ids >= JOURNAL_BARE_IDS:
                return True
    return False


JOURNAL_STAMPS = 2
# the DOE-RJ's bare "Id: 2486509" is a shape other systems print too (two "Id: 123456" cells of an e-process form
# or export are no journal's act stamps: review): three at least
BARE_ID = regex.compile(r"^Id:\s*\d")
JOURNAL_BARE_IDS = 3


JOURNAL_REACH = 600

ACT_WORD = regex.compile(
    r"^(?:ATAS?|CONVOCA|NOTIFICA|DECLARA|CHAMAMENTO|AUTORIZA|REGISTRO|RESULTADO|AVISO|TERMO|EXTRATO|COMUNICADO"
    r"|ERRATA|EDITAL|INTIMA|CITA[ÇC]|PAUTA)"
)


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """A word without case and accents (cached: the same words come back paragraph after paragraph)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _same_key(a: str, b: str) -> bool:
    """ "PROCESSOSEI" (the text layer's missing space) opens like "PROCESSO"; "DO OBJETO:" and "DA VIGÊNCIA:"
    are fields of one record, not records."""
    if a == b and a in NUMBER_KEYS:
        return True  # records opening with their number: "Nº 636/2016.3. Convenentes: …" (DOE-BA resumos)
    if min(len(a), len(b)) < MIN_KEY:
        return False
    return a.startswith(b) or b.startswith(a)


MIN_KEY = 5
NUMBER_KEYS = {"nº"}  # (folded) a record's number sign: "Nº 636/2016.3. Convenentes:"


# printed page numbers: "PÁGINA 34", "Página 2", a number alone ("13 DIÁRIO OFICIAL", "BELO 4 HORIZONTE",
# "Dom7143.indd 13"); not a day, a year, an edition or a code
_PAGE_WORD = regex.compile(r"(?i)\bp[áa]g(?:ina|\.)?\s*(\d{1,4})\b")
_BARE_NUMBER = regex.compile(r"(?<![\d/.,:ºª°\-])\b(\d{1,4})\b(?![\d/.,:ºª°\-])")
_NOT_A_PAGE_BEFORE = regex.compile(r"(?i)(?:\bN[º°o]\.?|\bn\.|edi[çc][ãa]o|\bano|\bde|\bvol\.?|\bissn)\s*$")
_NOT_A_PAGE_AFTER = regex.compile(r"(?i)^\s*(?:de\s|h\b|horas|min)")


PAGE_NUMBER_LINE = 40


def printed_numbers(furniture: str) -> set[int]:
    out = set()
    for line in furniture.split("\n"):
        if len(line) > PAGE_NUMBER_LINE:
            continue  # a running header's page number stands in a short line, not in a sentence
        explicit = [int(m.group(1)) for m in _PAGE_WORD.finditer(line)]
        if explicit:
            out.update(explicit)
            continue
        for m in _BARE_NUMBER.finditer(line):
            n = int(m.group(1))
            if 1900 <= n <= 2100 or _NOT_A_PAGE_BEFORE.search(line[: m.start()]):
                continue
            if _NOT_A_PAGE_AFTER.match(line[m.end() :]):
                continue
            out.add(n)
    return out


def _page_continuity(layout: Layout, origin: str = "other") -> tuple[set[int], set[int]]:
    """Pages (file numbers) whose printed number does not follow the previous page's (the file skips pages), and
    pages that cannot be told to follow the page before them or not (no number read on it or on the page before:
    a running header the text layer cannot read)."""
    gaps, unknown = set(), set()
    prev = None
    for p in layout.pages:
        cur = set()
        if p.text_source == "pdf":
            code = dou.parse_header(p.header_text, p.footer_text, p.margin_text)
            if code is not None and code.code and code.page:
                cur = {code.page}  # the page an Imprensa Nacional authenticity code names (DOU, DODF)
            elif origin != "dou":  # DOU pages are numbered by their codes only (their bands hold tables)
                cur = printed_numbers(p.header_text + "\n" + p.footer_text)
        if prev is not None:
            a, b = prev - cur, cur - prev  # numbers printed on both pages are not page numbers
            if a and b and not any(y == x + 1 for x in prev for y in cur):
                gaps.add(p.number)
            elif not a or not b:
                unknown.add(p.number)
        prev = cur
    return gaps, unknown


def _starts_like_a_document(text: str, pars: list[tuple[int, int]]) -> bool:
    """A file whose first paragraph is a heading or a capitalised line starts a document of its own."""
    s, e = pars[0]
    first = text[s:e]
    return is_heading(first) or is_title(first)
