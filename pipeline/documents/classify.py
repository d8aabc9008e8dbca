"""Document facts from a segment: title, type, number, date, ementa, órgão."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from seidou.patterns import orgaos
from seidou.patterns.dates import MONTHS
from seidou.patterns.mention import FirstCharacter

from seidou.documents.segment import Segment, is_heading, paragraphs, respaced

ORDINAL = r"(?:PRIMEIRO|SEGUNDO|TERCEIRO|QUARTO|QUINTO|SEXTO|S[ÉE]TIMO|OITAVO|NONO|D[ÉE]CIMO)"
# (title prefix, doc_type): first match wins, so the longer forms come first.
TYPES = [
    (
        # amendments of a partnership (convênio, MROSC termo de fomento/colaboração, acordo): "Extrato do Primeiro
        # Termo Aditivo ao Termo de Fomento" (DOM-BH), "EXTRATO DO 1º TERMO ADITIVO AO CONVÊNIO Nº 709761/2009" (DOU)
        r"EXTRATOS?\s+D[OEA]S?\s+(?:\d+[º°ª]?\s*|\p{L}+\s+)?TERMOS?\s+ADITIVOS?\s+(?:AO|DO|DE)\s+"
        r"(?:TERMO\s+DE\s+(?:FOMENTO|COLABORA)|CONV[ÊE]NIO|ACORDO|CONTRATO\s+DE\s+REPASSE)",
        "extrato_convenio",
    ),
    (
        # amendments, apostilles, rescissions and quittances of a contract ("EXTRATO DO 5° TERMO ADITIVO",
        # "EXTRATO DÉCIMO PRIMEIRO TERMO ADITIVO", "EXTRATO DE PUBLICAÇÃO DO 4º TERMO ADITIVO")
        r"EXTRATOS?\s+(?:D[OEA]S?\s+)?(?:PUBLICA[ÇC][ÃA]O\s+D[OEA]S?\s+)?(?:\d+[º°ª]?\s*|\p{L}+\s+(?:\p{L}+\s+)?)?"
        r"(?:TERMOS?\s+(?:DE\s+)?(?:ADITIVO|APOSTIL|QUITA|RESCIS)|ADITIVO|ADITAMENTO|APOSTIL|RESCIS|DISTRATO)",
        "extrato_contrato",
    ),
    (
        r"EXTRATOS?\s+D[EO]\s+(?:INEXIGIBILIDADE|DISPENSA|RATIFICA)|INEXIGIBILIDADE|DISPENSA\s+DE\s+(?:LICITA|CHAMAMENTO)"
        r"|RATIFICA[ÇC][ÃA]O\s+D[EAO]S?\s+(?:INEXIGIBILIDADE|DISPENSA)",
        "dispensa_inexigibilidade",
    ),
    (r"EXTRATOS?\s+D[EO]\s+PARECER", "extrato_parecer"),
    (r"EXTRATOS?\s+D[EOA]S?\s+(?:ATAS?\s+DE\s+)?REGISTRO\s+DE\s+PRE[ÇC]OS", "ata_registro_precos"),
    (
        r"EXTRATOS?\s+D[OE]S?\s+(?:CONV[ÊE]NIO|TERMO\s+DE\s+(?:FOMENTO|COLABORA)|ACORDO|CONTRATO\s+DE\s+REPASSE)",
        "extrato_convenio",
    ),
    (r"EXTRATOS?\s+D[OE]S?\s+(?:PUBLICA[ÇC][ÃA]O\s+D[OEA]S?\s+)?CONTRATO", "extrato_contrato"),
    (r"AVISOS?\s+DE\s+LICITA", "aviso_licitacao"),
    (
        r"AVISOS?\s+D[EO]S?\s+(?:RESULTADO|HOMOLOGA|ADJUDICA|JULGAMENTO|DECLARA[ÇC][ÃA]O\s+DE\s+VENCEDOR)",
        "resultado_licitacao",
    ),
    (r"AVISOS?\s+DE\s+(?:RETIFICA|ERRATA)", "retificacao"),
    (
        # notices about a bidding: the bidding itself, or its reopening, postponement, suspension ...
        r"AVISOS?\s+D[EOA]S?\s+(?:PREG[ÃA]O|CONCORR[ÊE]NCIA|TOMADA\s+DE\s+PRE|CHAMAMENTO|REABERTURA|ABERTURA|ADIAMENTO"
        r"|SUSPEN[SÇC][ÃA]O|REVOGA[ÇC][ÃA]O|ANULA[ÇC][ÃA]O|PRORROGA[ÇC][ÃA]O\s+D[OEA]\s+(?:EDITAL|PRAZO|LICITA|PREG))",
        "aviso_licitacao",
    ),
    (r"LEI\s+COMPLEMENTAR", "lei"),
    (r"LEI\b", "lei"),
    (r"DECRETO", "decreto"),
    (r"PORTARIA", "portaria"),
    (r"RESOLU[ÇC]", "resolucao"),
    (r"DESPACHO", "despacho"),
    (r"PARECER", "parecer"),
    (r"NOTA\s+T[ÉE]CNICA", "nota_tecnica"),
    (r"OF[ÍI]CIO", "oficio"),
    (r"FICHA\s+CADASTRAL", "ficha_cadastral"),
    (r"EDITA", "edital"),
    (r"PLANO\s+DE\s+TRABALHO", "plano_de_trabalho"),
    (r"TERMO\s+DE\s+COMPROMISSO", "termo_de_compromisso"),
    (r"TERMO\s+DE\s+REFER[ÊE]NCIA", "termo_de_referencia"),
    (r"ACORDO\s+DE\s+COOPERA", "acordo_de_cooperacao"),
    (r"ACORDO\s+DE\s+ADES", "acordo_de_adesao"),
    (r"TERMO\s+DE\s+ADES", "termo_de_adesao"),
    (r"TERMO\s+ADITIVO|\d+º?\s+TERMO\s+ADITIVO|" + ORDINAL + r"\s+TERMO\s+ADITIVO", "termo_aditivo"),
    (r"TERMO\s+DE\s+FOMENTO", "termo_de_fomento"),
    (r"TERMO\s+DE\s+COLABORA", "termo_de_colaboracao"),
    (r"CONV[ÊE]NIO", "convenio"),
    (r"CONTRATO", "contrato"),
    # acts of the DOU and gazettes beyond the instruments above
    (r"\bATOS?\s+DECLARAT[ÓO]RIOS?", "ato_declaratorio"),
    (r"\bINSTRU[ÇC][ÃA]O\s+NORMATIVA", "instrucao_normativa"),
    (r"\bORDE(?:M|NS)\s+DE\s+SERVI[ÇC]O", "ordem_de_servico"),
    (r"\bDELIBERA[ÇC]", "deliberacao"),
    (r"\bAC[ÓO]RD[ÃA]OS?\b", "acordao"),
    (r"\bALVAR[ÁA]", "alvara"),
    (r"\b(?:RETIFICA[ÇC][ÃA]O|ERRATA)", "retificacao"),
    (
        r"\b(?:AVISOS?\s+DE\s+(?:RESULTADO|HOMOLOGA|ADJUDICA|JULGAMENTO)|RESULTADOS?\s+D[EO]\s+JULGAMENTO"
        r"|TERMOS?\s+DE\s+(?:HOMOLOGA|ADJUDICA)|HOMOLOGA[ÇC]|RESULTADOS?\b"
        r"|DECLARA[ÇC][ÃA]O\s+DE\s+LICITA[ÇC][ÃA]O\s+(?:FRACASSADA|DESERTA))",
        "resultado_licitacao",
    ),
    # notices of a meeting or a call: "CONVOCAÇÃO PARA POSSE", "CONVOCATÓRIA", "COMUNICADO CMDCA/BH Nº 46/2024"
    (r"\b(?:CONVOCA[ÇC][ÃA]O|CONVOCAT[ÓO]RIA|COMUNICADO)", "aviso"),
    (r"\bATOS?\b", "ato"),
    (r"CIRCULAR\b", "circular"),
    (r"(?:EXTRATOS?\s+D[EA]\s+)?PAUTAS?\b", "pauta"),
    (r"(?:TERMOS?\s+DE\s+)?APOSTILAMENTO", "apostilamento"),
    # the kind of act without its subject: an extract, a notice or a term of something not listed above
    (r"EXTRATOS?\b", "extrato"),
    (r"AVISOS?\b", "aviso"),
    (r"TERMOS?\s+D[EO]\b", "termo"),
]
# Types of gazette acts that were 'other' before 0.9 (and 0.11): their articles count as their own, as they did
# (pipeline/extractors/clauses.py NORMATIVE)
GAZETTE_ACTS = {
    "dispensa_inexigibilidade",
    "extrato_parecer",
    "ata_registro_precos",
    "ato_declaratorio",
    "instrucao_normativa",
    "ordem_de_servico",
    "deliberacao",
    "acordao",
    "alvara",
    "retificacao",
    "resultado_licitacao",
    "ato",
    # 'other' before 0.11
    "termo_de_compromisso",
    "termo_de_referencia",
    "circular",
    "pauta",
    "apostilamento",
    "extrato",
    "aviso",
    "termo",
}
_TYPE_RX = [(regex.compile(rx, regex.IGNORECASE), t) for rx, t in TYPES]
_TYPES_BY_FIRST = FirstCharacter(_TYPE_RX)  # (a title is matched only by the types that can read its first character)
NUMBER = regex.compile(
    r"N[º°o]\.?\s*(?:[A-Z]{2,}(?:/[A-Z]{2,})*\s*N[º°o]\.?\s*)?"
    r"(?P<n>[A-Z]:\d+/\d{4}/[A-Z]+|\d[\d.]*(?:/\d{2,4})?(?:(?:-[A-Z0-9]+)+(?:/[A-Z]{2,}\b)?)?)",  # SEI-AL "Ofício nº E:1/2025/CBMAL"
    regex.IGNORECASE,
)
TITLE_DATE = regex.compile(
    r"\bDE\s+(?P<d>\d{1,2})[º°o]?\s+DE\s+(?P<m>\p{L}+)\s+DE\s+(?P<y>\d{4})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})",
    regex.IGNORECASE,
)


@dataclass
class DocFacts:
    title: str | None
    doc_type: str
    number: str | None
    date: dt.date | None
    ementa: str | None
    orgao: str | None


def is_extrato(doc_type: str | None) -> bool:
    """Whether a document is an extrato (of a contrato, convênio, parecer …): a publication that summarises
    an instrument, whose fields (parties, objeto, value, signing date) are read as such."""
    return (doc_type or "").startswith("extrato")


# "Resumo" is the extrato of some presses: a summary of an instrument published in its place ("RESUMO DO
# CONTRATO Nº 010/2019", "RESUMO DE CONVÊNIO", "Resumo do primeiro termo aditivo ao contrato nº. 034/2018",
# "Res. Termo Aditivo nº 02 ao Contrato n.º 005/2019": DOE-BA 22.825, several órgãos; "resumo de convênio nº
# 0003/2016": Tucano-BA, the municipality's own publication). Typed as the extrato it is.
# Only "Resumo" (or "Res.") of an instrument: its noun after it, an ordinal allowed first; not "RESUMO DA ATA DA 5ª
# REUNIÃO", "RESUMO DO BALANÇO PATRIMONIAL", "RESUMO DO EDITAL …", "Res. CONAMA nº 357", "RES. 12/2020 - CONSUNI".
_INSTRUMENT_NOUN = (
    r"(?:termos?|contratos?|conv[êe]nios?|aditivos?|acordos?|atas?\s+de\s+registro|apostil\w*|instrumentos?"
    r"|ordens?\s+de\s+(?:fornecimento|servi[çc]o|compra))(?![\p{L}])"
)
_OF_INSTRUMENT = rf"[^\S\n]*:?[^\S\n]+(?:d[aeo]s?[^\S\n]+)?(?:(?:{ORDINAL}|\d{{1,2}}[^\S\n]*[ºª°o]?\.?)[^\S\n]+){{0,2}}{_INSTRUMENT_NOUN}"
SUMMARY_WORD = r"(?:resumos?|res\.)"
SUMMARY = regex.compile(rf"(?i)^{SUMMARY_WORD}(?={_OF_INSTRUMENT})")
# The same heading on a line of an act's first ones (extractors.parties.is_summary): "Resumo" of an instrument, or
# "Extrato" — not an account's ("EXTRATO BANCÁRIO DA CONTA", "EXTRATO DE CONTA CORRENTE", "extrato previdenciário")
SUMMARY_HEAD = regex.compile(
    rf"(?m)^[^\S\n]*(?:<[^>\n]*>[^\S\n]*)?(?:(?i:{SUMMARY_WORD})(?=(?i:{_OF_INSTRUMENT}))"
    r"|(?:EXTRATOS?|Extratos?)(?=[\s:]|DE\s)(?![^\S\n]*(?i:banc[áa]ri|d[aeo]s?\s+contas?(?![\p{L}])|previdenci|de\s+pagamento)))"
)


def doc_type_of(title: str | None, *, anywhere: bool = False) -> str:
    """The type a title (or, ``anywhere``, a SEI footer label) names; 'other' if none."""
    if not title:
        return "other"
    if not anywhere:
        title = respaced(SUMMARY.sub("EXTRATO ", title, count=1))
    if anywhere:
        return next((t for rx, t in _TYPE_RX if rx.search(title)), "other")
    return next((t for rx, t in _TYPES_BY_FIRST.opening(title[:1]) if rx.match(title)), "other")


def title_date(title: str) -> dt.date | None:
    m = TITLE_DATE.search(title)
    if not m:
        return None
    try:
        if m.group("y"):
            month = MONTHS.get(m.group("m").casefold())
            return dt.date(int(m.group("y")), month, int(m.group("d"))) if month else None
        return dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None


def title_number(title: str, date: dt.date | None) -> str | None:
    """``LEI Nº 1.508, DE 03 DE FEVEREIRO DE 2026`` → ``1.508/2026``; ``PLANO DE TRABALHO Nº 01/2026`` → ``01/2026``."""
    m = NUMBER.search(title)
    if not m:
        return None
    n = m.group("n").rstrip(".")
    if "/" not in n and date is not None:
        n = f"{n}/{date.year}"
    return n


# A gazette's table of contents: a "Sumário" / "ÍNDICE DO DIÁRIO" line near the top of an untitled
# document, or lines of dot leaders ("Atos do Poder Judiciário .......... 1", "HOMOLOGAÇÃO E ATAS . . . 3")
INDEX_LINE = regex.compile(r"^[ \t]*(?:SUM[ÁA]RIO|Sum[áa]rio|[ÍI]NDICE(?:\s+DO\s+DI[ÁA]RIO)?)[ \t]*$", regex.MULTILINE)
DOT_LEADERS = regex.compile(r"(?:\.[ \t]?){8,}[ \t]*\d*[ \t]*$", regex.MULTILINE)
INDEX_REACH = 1500


def is_index(text: str) -> bool:
    """Whether an untitled document is a gazette's table of contents (its front page)."""
    head = text[:INDEX_REACH]
    return bool(INDEX_LINE.search(head)) or len(DOT_LEADERS.findall(head)) >= 3


def facts(text: str, seg: Segment) -> DocFacts:
    """Facts of the document ``text`` (already sliced to the segment; offsets relative to it)."""
    shift = seg.start
    title = None
    ementa = None
    if seg.title_at is not None:
        t0 = seg.title_at - shift
        t1 = text.find("\n", t0)
        if seg.title_end is not None:
            title = text[t0 : seg.title_end - shift].strip()
        else:
            title = text[t0 : t1 if t1 >= 0 else len(text)].strip()
            ementa = _ementa(text, t1)
    orgao = _orgao([text[a - shift : b - shift].strip() for a, b in seg.headings])
    if orgao is None and seg.sei_label:
        orgao = sei_letterhead(text[: seg.title_at - shift] if seg.title_at is not None else text)
    date = title_date(title) if title else None
    doc_type = doc_type_of(title)
    if seg.list_heading is not None or seg.title_end is not None:
        doc_type = _item_type(title, seg.list_heading)
    elif seg.titles:
        doc_type = _run_type(doc_type, [text[a - shift : b - shift].strip() for a, b in seg.titles])
    if doc_type in GENERIC and seg.titles:
        # "EXTRATO" over its own title in sentence case: "Extrato do Primeiro Termo Aditivo ao Termo de Fomento"
        last = seg.titles[-1][1] - shift
        below = next(iter(paragraphs(text[last + 1 :])), None)
        if below is not None:
            line = text[last + 1 + below[0] : last + 1 + below[1]]
            if SUBTITLE.match(line):
                doc_type = _run_type(doc_type, [line]) if doc_type_of(line) not in GENERIC else doc_type
    if doc_type == "extrato" and title is not None and seg.title_at is not None:
        doc_type = _instrument_type(text[seg.title_at - shift + len(title) :][:INSTRUMENT_REACH]) or doc_type
    if date is None and not is_extrato(doc_type) and doc_type not in ("sumario",):
        date = closing_date(text)
    if doc_type == "other" and seg.sei_label:  # a SEI document's type is in its page footers
        doc_type = doc_type_of(seg.sei_label, anywhere=True)
    if doc_type == "other" and title is None and is_index(text):
        doc_type = "sumario"
    number = title_number(title, date) if title else None
    if number is not None and PARENT_NUMBER.search(title or ""):
        number = None  # "TERCEIRO TERMO ADITIVO AO CONTRATO … Nº 508/2016": the contract's number, not the amendment's
    return DocFacts(title, doc_type, number, date, ementa, orgao)


# An extrato titled by its kind only ("EXTRATO DE TERMO", "EXTRATO DE INSTRUMENTO CONTRATUAL": DOE-RJ) names its
# instrument in its first field: "INSTRUMENTO : Convênio AgeRio/ADM nº 006/2023", "INSTRUMENTO: Acordo de
# Cooperação 2/2022", "INSTRUMENTO : Ordem de Fornecimento nº 70/2023" (DOE-RJ 111/2023), "ESPÉCIE: Ata de Registro
# de Preços n° 231/2017-A-SES/DF", "Espécie: Contrato nº 12/2019" (DODF lists; DOU extratos)
INSTRUMENT_FIELD = regex.compile(r"(?im)^\W{0,2}(?:instr\s?umento|esp[ée]cie)\s*:\s*(?P<v>[^\n]{3,120})")
INSTRUMENT_REACH = 400
# (an "acordo" of a partnership only: "Acordo de Cooperação" (DOE-RJ, DOU), not "Acordo Judicial", "Acordo de Nível
# de Serviço", "Acordo de Leniência")
PARTNERSHIP = regex.compile(
    r"(?i)^(?:termos?\s+de\s+)?(?:conv[êe]nio|coopera[çc]|acordo\s+de\s+(?:coopera[çc]|parceria|colabora)|fomento|colabora)"
)
CONTRACT = regex.compile(r"(?i)^(?:termos?\s+de\s+)?contrato|^ordem\s+de\s+(?:fornecimento|servi[çc]o|compra)")


def _instrument_type(body: str) -> str | None:
    """The type of an extrato by the instrument its first field names, or None."""
    m = INSTRUMENT_FIELD.search(body)
    if m is None:
        return None
    value = m.group("v").strip()
    if regex.match(r"(?i)acordos?(?![\p{L}])", value) and not PARTNERSHIP.match(value):
        return None  # ("EXTRATO DE ACORDO" is a partnership's title: not this acordo's)
    own = doc_type_of(f"EXTRATO DE {value}")
    if own not in GENERIC:
        return own
    if PARTNERSHIP.match(value):
        return "extrato_convenio"
    if CONTRACT.match(value):
        return "extrato_contrato"
    return None


# an amendment titled by the instrument it amends: the number printed is the instrument's
PARENT_NUMBER = regex.compile(
    r"(?i)^(?:extratos?\s+d[oae]s?\s+)?(?:\S+\s+){0,2}(?:termos?\s+(?:de\s+)?)?(?:aditivo|apostil\w*|rescis\w*)\s+"
    r"(?:ao|do|da|de|referente\s+ao)\s+[^\n]*?N[º°o]"
)


# types that say only the kind of publication, not of the act
GENERIC = {"other", "extrato", "aviso", "termo", "ato"}


SUBTITLE = regex.compile(r"(?i)^extratos?\s+d[oae]s?\s")
# the place and date an act closes with: "Belo Horizonte, 27 de novembro de 2024", "Brasília/DF, 08 de fevereiro de 2018"
CLOSING_DATE = regex.compile(
    r"\b\p{Lu}[\p{L}'’.\-/–]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-/–]*|(?i:d[aeo]s?|-|–)))*[ \t]*(?:[-–/][ \t]*\p{Lu}{2}[ \t]*)?,"
    r"[ \t]*(?:(?i:em)[ \t]+)?(?P<d>\d{1,2})[º°]?[ \t]+(?i:de)[ \t]+(?P<m>\p{L}+)[ \t]+(?i:de)[ \t]+(?P<y>\d{4})"
)


# the end every CLOSING_DATE match has: found first, cheaply (most acts print no place and date; the full pattern
# tries every capitalised word of the text). Neither reads a line break: a CLOSING_DATE match lies in a line that holds
# one of these, and the full pattern searches those lines alone.
CLOSING_DATE_END = regex.compile(
    r",[ \t]*(?:(?i:em)[ \t]+)?\d{1,2}[º°]?[ \t]+(?i:de)[ \t]+\p{L}+[ \t]+(?i:de)[ \t]+\d{4}"
)


def closing_date(text: str) -> dt.date | None:
    """The date of an act without one in its title: the last place and date it closes with."""
    for start, end in sorted({_line_around(text, m.start()) for m in CLOSING_DATE_END.finditer(text)}, reverse=True):
        for m in reversed(list(CLOSING_DATE.finditer(text, start, end))):
            if (day := closing_day(m)) is not None:
                return day
    return None


def closing_day(m: regex.Match) -> dt.date | None:
    """The day a CLOSING_DATE match prints, None for a month no calendar has or an impossible day."""
    month = MONTHS.get(m.group("m").casefold())
    try:
        return dt.date(int(m.group("y")), month, int(m.group("d"))) if month else None
    except ValueError:
        return None


def _line_around(text: str, at: int) -> tuple[int, int]:
    """Where the line holding ``text[at]`` starts and ends (its line feed excluded)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _run_type(doc_type: str, titles: list[str]) -> str:
    """The type of an act titled by a run of lines ("RETIFICAÇÃO" / "ADJUDICAÇÃO E HOMOLOGAÇÃO … Nº 90002/2024",
    "EXTRATO" / "EXTRATO DE TERMO DE APOSTILA", "CHAMAMENTO PÚBLICO … Nº 012/2023" / "RESULTADO …": DOM-BH):
    a correction of anything is a retificação; else the title's type, or the first specific one of the run."""
    types = [doc_type_of(t) for t in titles]
    if types and types[0] == "retificacao":
        return "retificacao"
    if doc_type not in GENERIC:
        return doc_type
    return next((t for t in types if t not in GENERIC and t != "retificacao"), doc_type)


def _item_type(title: str | None, heading: str | None) -> str:
    """A record of a list of extratos: the extract of the instrument its title names ("Ata de Registro de
    Preços n° 231/2017-A" → ata_registro_precos, "CONTRATO Nº 8867" → extrato_contrato), else the heading's."""
    own = doc_type_of(title)
    if own in GENERIC or not (is_extrato(own) or own in ("ata_registro_precos", "dispensa_inexigibilidade")):
        as_extract = doc_type_of(f"EXTRATO DE {title}") if title else "other"
        if as_extract not in GENERIC:
            return as_extract
        if own not in GENERIC:
            return own
        return doc_type_of(heading) if heading else own
    return own


# A SEI document's letterhead: the lines above its title, down to the address ("ESTADO DE ALAGOAS" /
# "CORPO DE BOMBEIRO MILITAR DE ALAGOAS" / "Seção de Gestão Estratégica da APO" / "Av. Siqueira Campos,
# 1739 …"), or the issuing unit alone above a despacho ("Diretoria de Apoio Logístico" / "Despacho")
LETTERHEAD_END = regex.compile(r"\d|https?:|www\.|@|(?i:telefone|fone|cep|e-mail)\b|^(?i:av|rua|sala|bloco)\b")
LETTERHEAD_LINES = 4


def sei_letterhead(head: str) -> str | None:
    """The units a SEI document's letterhead names, top first, as ``Órgão / Unidade``; None if none."""
    lines = []
    for line in head.split("\n")[:LETTERHEAD_LINES]:
        line = line.strip()
        if not line or LETTERHEAD_END.search(line) or len(line) > 120 or line.endswith((".", ":", ",")):
            break
        lines.append(line)
    return " / ".join(HYPHENATED_TITLE.sub(r"\1-\2", x) for x in lines) or None


# A municipal act names its body in its opening sentence: "O Presidente da Câmara Municipal de Tucano ratifica
# …", "A Prefeitura Municipal de Tucano, Estado da Bahia, torna público …"; or its head, the mayor, who
# stands for the Prefeitura: "O PREFEITO MUNICIPAL DE TUCANO – BA, no uso de suas atribuições …"
OPENING = regex.compile(
    r"^(?:O|A)[ \t]+[^\n]{0,300}?(?i:no[ \t]+uso[ \t]+d|torna[ \t]+p[úu]blic|ratifica|resolve|comunica|faz[ \t]+saber"
    r"|homologa|convoca)",
    regex.MULTILINE,
)
OPENING_REACH = 1500  # characters of a document in which its opening is looked for
MAYOR = regex.compile(
    r"^(?:O|A)[ \t]+(?P<prefeit>(?i:prefeit[oa]))[ \t]+(?i:municipal[ \t]+de|do[ \t]+munic[íi]pio[ \t]+de)[ \t]+"
    r"(?P<town>\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?i:de|da|do|dos|das)[ \t]+)?\p{Lu}[\p{L}'’-]*)*)"
)
# a letterhead in a page's running header names the ente: "ESTADO DA BAHIA / PREFEITURA MUNICIPAL DE TUCANO"
ENTE = regex.compile(r"(?i)\bprefeitura\b|\bmunic[íi]pio\b|\bc[âa]mara\b")


def municipal_orgao(text: str, letterhead: str | None = None) -> str | None:
    """The body a municipal document without heading lines is issued by: the body its opening sentence
    names, the Prefeitura of the mayor who opens it, else the letterhead its page's running header prints
    (``letterhead``: a header that is not a gazette's date and edition line); None if none."""
    opening = OPENING.search(text[:OPENING_REACH])
    if opening is not None:
        bodies = orgaos.find(opening.group())
        if bodies:
            return bodies[0].value
        mayor = MAYOR.match(opening.group())
        if mayor is not None:
            caps = mayor["prefeit"].isupper()
            return f"{'PREFEITURA MUNICIPAL DE' if caps else 'Prefeitura Municipal de'} {mayor['town']}"
    head = sei_letterhead(letterhead) if letterhead else None
    return head if head and ENTE.search(head) else None


def _orgao(lines: list[str]) -> str | None:
    """Heading lines → ``Órgão / Unidade``; a capitals fragment continues the line above it."""
    parts: list[str] = []
    for line in lines:
        if parts and not is_heading(line):
            parts[-1] = f"{parts[-1]} {line}"
        else:
            parts.append(line)
    # "SECRETARIA - GERAL": the text layer's spaces around the hyphen of a compound title
    parts = [HYPHENATED_TITLE.sub(r"\1-\2", p) for p in parts]
    return " / ".join(parts) or None


HYPHENATED_TITLE = regex.compile(r"(\p{L})\s+-\s+(GERAL|Geral|ADJUNT[OA]|Adjunt[oa])\b")

TOP_LEVEL = regex.compile(
    r"^(?:MINIST[ÉE]RIO|PRESID[ÊE]NCIA|PREFEITURA|ESTADO\s+D|PODER\s|TRIBUNAL|C[ÂA]MARA"
    r"|CONSELHO\s+(?:FEDERAL|REGIONAL)|ORDEM\s+DOS)|"  # professional councils answer to no ministry
    r"^\p{Lu}\p{Ll}"
)


def inherit_orgao(previous: str | None, own: str | None) -> str | None:
    """DOU acts under one heading share it: an act without headings takes the previous act's
    órgão; one whose headings start below the top level (``SECRETARIA EXECUTIVA``) keeps the
    previous top level (``Controladoria-Geral da União``) — when the previous órgão starts with one:
    a page that opens inside an órgão ("ÁREA DE FISCALIZAÇÃO / DEPARTAMENTO …") has no top level to
    lend, and the next "ÁREA DE RELACIONAMENTO …" is not below the first area."""
    if own is None:
        return previous
    top = previous.split(" / ")[0] if previous else None
    if top is None or TOP_LEVEL.match(own) or not TOP_LEVEL.match(top):
        return own
    return f"{top} / {own}"


_EMENTA_VERB = regex.compile(
    r"(?i)(disp[õo]e|altera|institui|autoriza|regulamenta|estabelece|aprova|cria|define|"
    r"abre|declara|concede|fixa|revoga|denomina|homologa)\b"
)


def _ementa(text: str, after: int) -> str | None:
    """The paragraph right after a law's title when it summarises it (``DISPÕE SOBRE …``, ``Altera …``)."""
    if after < 0:
        return None
    for s, e in paragraphs(text[after + 1 :])[:2]:
        par = text[after + 1 + s : after + 1 + e].strip()
        if _EMENTA_VERB.match(par) and not is_heading(par):
            return par
    return None
