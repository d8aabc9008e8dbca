"""Printed signatories at the end of an act: the name in capitals, the cargo below it (DOU acts,
municipal laws). Works on the canonical text, so PDF pages and INLABS XML give the same rows.

Examples: ``MARCELO PONTES VIANNA`` (DO2 2023-05-02 p. 94, Portaria CGU nº 1.670);
``SILVANO ASCARI DE ALMEIDA`` / ``Prefeito Municipal`` (seed Lei 1.508/2026). An extrato's
"Signatários:" / "ASSINANTES:" sentence names them too (``signers@2``): ``Pela CAESB: Daniel Beltrão de
Rossiter Corrêa - Presidente e …`` (DODF 2020-01-08). A lone signatory printed without a cargo takes the
position the act's opening names as its author (``signers@3``): ``O SECRETÁRIO DA RECEITA FEDERAL DO
BRASIL, no uso das atribuições …`` … ``CARLOS ALBERTO FREITAS BARRETO``. A name broken over two lines is
one (``JUAREZ MARTINHO QUADROS`` / ``DO NASCIMENTO``), and the next act's heading is no signatory, its
second line included (``SUPERINTENDÊNCIA DE ADMINISTRAÇÃO`` / ``NO CEARÁ``, ``SEÇÃO II``: ``signers@4``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from seidou.patterns.orgaos import CONNECTORS, HEADS
from seidou.patterns.sei_stamp import brasilia_time
from seidou.patterns.mention import matches_from, starts_of

from seidou.ner.shape import is_firm, is_position, person_span
from seidou.extractors.parties import ROLE_WORDS
from seidou.rows import fact_row, signature_fields
from seidou.documents.segment import is_heading, is_title, paragraphs
from seidou.extractors.signature_blocks import block_signatories, form_signatories, is_person, name_at
from seidou.extractors.signatory_lists import E_SURNAME, listed_by_party
from seidou.patterns.esig._common import norm_name
from seidou.versions import tag

NOT_A_NAME = regex.compile(r"\b(RESOLVE|DECRETA|PUBLIQUE-SE|REGISTRE-SE|CUMPRA-SE|ANEXO|TOTAL|NOTIFICA|TORNA)\b")
# órgãos named without a head word (the DODF's "CASA CIVIL" heading; not "CASA" alone, which addresses print)
_HEADLESS_ORGAO = regex.compile(r"CASA\s+(?:CIVIL|MILITAR)(?![\p{L}])")
VERSION = 8  # 8: signatory lists: ", na qualidade de" cargos, "; " between one party's signers, "e Silva" surnames,
# "p/" and "pela" items after a comma (seg26); a "PELA X:" label run into the name and cargo under it is cut (review26)
# 7: a form's "Assinatura:" field holding a date is no signature field (issue 29 hardening)
# 6: "Assina pelo CONTRATANTE: NOME" (role as cargo); cargo after the name; a closing cargo with a
# full stop; an old Sigpub code line skipped; a title before the name as cargo; "(contratante)" / "– FIRMA LTDA" cut
EXTRACTOR = tag("seidou.extractors.signatures", VERSION)


@dataclass
class Signer:
    name: str
    cargo: str | None
    start: int
    end: int
    role_cargo: bool = False  # the cargo is the party's role word ("Contratante"): a printed cargo replaces it


def is_name(par: str) -> bool:
    letters = [c for c in par if c.isalpha()]
    words = par.split()
    return (
        2 <= len(words) <= 9
        and len(par) <= 90
        and bool(letters)
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in par)
        and not par.rstrip().endswith((".", ":", ";", ","))
        and not is_heading(par)
        and not is_title(par)
        and not NOT_A_NAME.search(par)
    )


_UPPER, _ART, _TWO_DIGITS = regex.compile(r"\p{Lu}"), regex.compile(r"(?i)art\."), regex.compile(r"\d{2}")


def is_cargo(par: str) -> bool:
    return (
        len(par) <= 120
        and bool(_UPPER.match(par))
        and not par.rstrip().endswith((":", ";", "."))
        and any(c.islower() for c in par)
        and len(par.split()) <= 16
        and not _ART.match(par)
        and not _TWO_DIGITS.search(par)
    )


_CAPS_WORD = regex.compile(r"[\p{Lu}][\p{Lu}'’.-]*")
_LABEL = regex.compile(r"^(?:Pel[oa]s?|Por)\s+(?:\p{L}+\s+)?\p{Lu}[\p{Lu}\s/-]*:?\s*$")  # "Pelo CONCEDENTE:"
# … and such a label run into the name and cargo under it, one paragraph when the block's lines are set close ("PELA
# CONVENIADA: MICHEL RAMON Presidente", DOM Salvador 7057 (2018) read by OCR at its true size; "PELO MUNICÍPIO/SEMPS:"
# / "ERONILDES …" / "Secretária" stand apart beside a wider name; "PELO MUNICÍPIO /SEMPS: BRUNO SOARES REIS Secretário",
# DOM Salvador 6393 (2015)): the label is cut, the rest read as a name and cargo (two labels side by side left whole)
_LABEL_RUN_IN = regex.compile(
    r"^(?:Pel[oa]s?|PEL[OA]S?|Por|POR)\s+(?:\p{L}+\s+)?\p{Lu}[\p{Lu}/-]*(?:[ \t]+[\p{Lu}/][\p{Lu}/-]*)*\s*:\s*(?=\p{Lu})"
)
_SIDE_WORD = regex.compile(r"(?i:pel[oa]s?|por|p/)(?![\p{L}])")
_STAMP = regex.compile(r"Documento\s+assinado\s+eletronicamente\s+por")
_LETTERHEAD = regex.compile(r"www\.|https?://|\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")
# a municipal-association gazette closes each act with who published it (the Sigpub system: "JOÃO LUIZ LIMA SANTOS
# Prefeito Municipal" / "Publicado por: Rosalva … Código Identificador:4480646E", DOM-CE/APRECE 2022; "AURO JOSÉ
# PEREIRA" / "Prefeito Municipal" / "Publicado por: Luana …", DOM-MG/AMM 2023; DOM-AL/AMA 2016)
_PUBLISHED_BY = regex.compile(r"\s*(?i:publicado\s+por)\s*:?")
# … and the older Sigpub rendering, the publisher's name and the code on one line without the label ("Renan Martins
# Albuquerque Código Identificador:A31408AF", DOM-CE/APRECE 2013) or the code alone ("Código Identificador:E358B30B")
_CODE_LINE = regex.compile(r"[^\n]{0,120}?C[óo]digo\s+Identificador\s*:?\s*[0-9A-Z]{6,12}\s*$")


# The head word of an órgão ends a name in capitals: in the DOU the next act's heading can be glued to
# the signatory ("JOAQUIM MENDANHA DE ATAÍDES DIRETORIA DE ORGANIZAÇÃO DO SISTEMA")
_ORGAO_HEAD = regex.compile(
    rf"(?i:{HEADS}|Delegacia|Alf[âa]ndega|Inspetoria|Laborat[óo]rio|Pr[óo]-Reitoria|Reitoria|Coordenadoria|"
    r"Administra[çc][ãa]o|Munic[íi]pio|Estado|Governo|Poder|Se[çc][ãa]o|Divis[ãa]o|Embaixada|Consulado|"
    r"Dire[çc][ãa]o|Unidade|Corregedoria|Ouvidoria)"
)


_GLUED_HEAD = regex.compile(rf"(?:{_ORGAO_HEAD.pattern})(?i:D[AEO]S?)")  # "ESTADODA BAHIA": a lost space


def _is_head(word: str) -> bool:
    return bool(_ORGAO_HEAD.fullmatch(word) or _GLUED_HEAD.fullmatch(word))


def is_orgao_heading(par: str) -> bool:
    """An órgão's name in capitals standing alone, no person's name before its head word ("SUPERIOR
    TRIBUNAL MILITAR", "DELEGACIA DA RECEITA FEDERAL …"): the next act's heading, cut into this one."""
    if _HEADLESS_ORGAO.match(par):
        return True
    if any(c.islower() for c in par) or not any(_is_head(w) for w in par.split()):
        return False
    return split_name(par) is None


def split_name(par: str) -> tuple[str, str] | None:
    """``SILVANO ASCARI DE ALMEIDA Prefeito do Município`` → (name, cargo start); None if no name leads.
    A name is cut before the head word of an órgão; the heading after it is dropped (not a cargo)."""
    words = par.split()
    k = 0
    while k < len(words) and _CAPS_WORD.fullmatch(words[k]) and not any(c.isdigit() for c in words[k]):
        if _is_head(words[k]):
            # "ALFÂNDEGA DA RECEITA …": a head after a connector is inside an órgão name, not after a person
            named = k >= 2 and words[k - 1].casefold() not in CONNECTORS
            return (" ".join(words[:k]).rstrip("."), "") if named else None
        k += 1
    if k < 2:
        return None
    name = " ".join(words[:k])
    if is_heading(name) or is_title(name) or NOT_A_NAME.search(name) or _HEADLESS_ORGAO.match(name) or len(name) > 90:
        return None
    return name, " ".join(words[k:])


def _closing_cargo(par: str, last: bool) -> bool:
    """A cargo line; the act's last one may close with a full stop ("ANTONIA GLÁUCIA AGAPITO LIMA" / "Ordenadora
    de Despesas do Fundo Geral.", Guaraciaba do Norte 2013; "ADRIANA PAIVA SOUZA Pregoeira Municipal.", Groaíras
    2013, both DOM-CE/APRECE; "Fábio Vilas-Boas Pinto. Secretário Estadual da Saúde.", DOE-BA 2020)."""
    if is_cargo(par):
        return True
    par = par.rstrip()
    # (a position's words capitalised, not a closing sentence: "Publique-se e cumpra-se.")
    titled = all(w[0].isupper() for w in par[:-1].split() if len(w) >= 4)
    return last and par.endswith(".") and len(par.split()) <= 10 and titled and is_cargo(par[:-1])


def _name_above(text: str, pars: list[tuple[int, int]], k: int) -> bool:
    above = text[pars[k - 1][0] : pars[k - 1][1]].strip()
    return is_name(above) or split_name(above) is not None


def signers(text: str) -> list[Signer]:
    """Printed signatories: the block of NAME [cargo…] lines closing the document, or standing just
    before its SEI stamps ("Pelo CONCEDENTE:" labels skipped)."""
    pars = paragraphs(text)
    stamp = next((i for i, (s, e) in enumerate(pars) if _STAMP.match(text[s:e])), None)
    k = (stamp if stamp is not None else len(pars)) - 1
    while (
        k >= 0
        and stamp is None
        and (
            _LETTERHEAD.search(text[pars[k][0] : pars[k][1]])
            or _PUBLISHED_BY.match(text[pars[k][0] : pars[k][1]])
            or _CODE_LINE.match(text[pars[k][0] : pars[k][1]].strip())
        )
    ):
        k -= 1  # a municipal letterhead printed under the act; the association gazette's "Publicado por:" line
    # the next act's heading cut into this one: an órgão in capitals and its continuation lines
    # ("DELEGACIA DA RECEITA FEDERAL DO BRASIL" / "EM CAMPO GRANDE") after the signatory
    for j in range(k, max(k - 4, -1), -1):
        par = text[pars[j][0] : pars[j][1]].strip()
        if any(c.islower() for c in par):
            break
        if is_orgao_heading(par):
            k = j - 1
            break
    out: list[Signer] = []
    cargo: list[tuple[int, int]] = []
    while k >= 0 and len(out) < 6:
        s, e = pars[k]
        par = text[s:e].strip()
        lab = _LABEL_RUN_IN.match(par)
        if (
            lab
            and lab.end() < len(par)
            and not _SIDE_WORD.match(par[lab.end() :])  # (two labels side by side: "PELA CONVENIADA: PELA CONVENIADA:")
        ):
            if split_name(par[lab.end() :]) is None:  # (another side's cargo alone: no one's, not the signer's above)
                k -= 1
                continue
            s, par = s + text[s:e].index(par) + lab.end(), par[lab.end() :]  # (see _LABEL_RUN_IN)
        named = split_name(par)
        if named is not None and named[0].split()[0].casefold() in CONNECTORS:  # a line's second half
            above = text[pars[k - 1][0] : pars[k - 1][1]].strip() if k > 0 else ""
            if not (is_name(above) and split_name(above) == (above, "")):
                k -= 1  # a heading's: "… SUPERINTENDÊNCIA DE ADMINISTRAÇÃO" / "NO CEARÁ"
                continue
            # a name's: "JUAREZ MARTINHO QUADROS" / "DO NASCIMENTO"
            named, s, k = (f"{above} {named[0]}", named[1]), pars[k - 1][0], k - 1
        if named is not None and (_closing_cargo(named[1], not out and not cargo) if named[1] else is_name(named[0])):
            name, rest = named
            lines = ([rest] if rest else []) + [text[a:b].strip() for a, b in reversed(cargo)]
            end = cargo[0][1] if cargo else e
            if not rest and not cargo and len(name) < len(par):  # a heading glued after the name
                end = s + text[s:e].index(name.split()[-1]) + len(name.split()[-1])
            out.append(Signer(name, " ".join(lines).rstrip(" .") or None, s, end))
            cargo = []
        elif _LABEL.match(par) or (not out and not cargo and is_orgao_heading(par)):
            pass  # "Pelo CONCEDENTE:"; a heading of the next act after the last signatory
        elif (
            is_cargo(par)
            or (not out and not cargo and k > 0 and _closing_cargo(par, True) and _name_above(text, pars, k))
        ) and len(cargo) < 4:
            cargo.append((s, e))
        else:
            break
        k -= 1
    return list(reversed(out))


_ROLES = "|".join(ROLE_WORDS)
# An extrato's list of who signed ("Signatários: Concedente : JESUALDO PEREIRA FARIAS, CPF nº ***.745.143-**,
# Convenente : PAULO …", "SIGNATÁRIOS: Pelo DF/RA-II, José Elias Silva de Jesus, na qualidade de Administrador
# Regional do Gama e pela contratada: …", "ASSINANTES: Pela CAESB: Daniel Beltrão … - Presidente e …": DOU, DODF)
SIGNED_LIST = regex.compile(
    # (the cheap test first: every match opens with "si" or "as" in some case, or "P/"; the engine skips ahead on it)
    r"(?=[sSſaAP][iIİsSſ/])(?:"
    # "… - Assinam: ALÍRIO …" (DODF); "ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante e Adenildo
    # Soares de Sena - Contratada." (DOE-BA 2020: the plural names who signed; "ASSINATURA: 14.01.2020" dates it)
    # (the singular and the "(s)" plural of the label: "Signatário(s):", "Signatária:"; the verb with the date
    # before the list: "Assinam em 02 de janeiro de 2020, pela Contratante: Bárbara de Jesus Simões, Diretora-
    # Presidente, e pela Contratada: …", DODF 2020; "Assinam: …", DODF 2020)
    # (the singular only where a list opens, a sentence's or a line's start: "Nome da Autoridade Signatária: Roberto
    # Seara" is a form's field, seed plano de trabalho MGI/ABM 2026)
    r"(?<![\p{L}])(?i:signat[áa]rios|assinantes|assinam|assina|assinaturas)\s*:\s*"
    r"|(?<=^|\n|[.;]\s{0,3})(?i:signat[áa]ri[oa](?:\(s\))?)\s*:\s*"
    r"|(?<![\p{L}])(?i:assinam|assinaram)\s+(?i:em)\s+\d{1,2}[º°]?\s+(?i:de)\s+\p{L}+\s+(?i:de)\s+\d{4}\s*,\s*"
    rf"|(?<![\p{{L}}])(?=P/(?i:{_ROLES})\s*:)"  # "P/CONCEDENTE: Dilson … P/CONCESSIONÁRIO: …" (DODF)
    r")"
)
# the words every SIGNED_LIST match opens with, each searched on its own (an alternation of them is tried at every
# position, as is SIGNED_LIST's own cheap test of two letters, common in any text): SIGNED_LIST is tried only where
# one starts (mention.matches_from), six times faster on the corpus's documents
SIGNED_LIST_OPENERS = (regex.compile(r"(?i:signat)"), regex.compile(r"(?i:assin)"), regex.compile(r"P/"))
LIST_REACH = 600  # characters a list of signatories may run
# (a line break inside a cargo does not end the list: "SIGNATÁRIOS: MARCUS VINICIUS FERNANDES DIAS - Secretário-Executivo
# Adjunto do\nMinistério da Saúde; RITA DE CASSIA GOMES GUIMARÃES - Presidente.", DOU 2022; as in parties.LIST_END)
LIST_END = regex.compile(
    r"(?i:testemunhas)\s*:|\.\s*\n|(?<![\s(](?i:d[aeo]s?|e|em)|\p{L}-)\n|\.\s*$|\.\s+(?=\p{Lu}[\p{L}\s]{0,40}:)"
)
# who a signatory signs for, before the name: "pela contratada:", "Pelo DF/RA-II,", "Concedente :",
# "pela secretaria de estado de saúde" (lower case up to the name)
# An acronym by its shape (a general fact of Portuguese spelling: no word opens with two consonants other than the
# clusters BR, CR, … CH, LH, NH, and none ends in B, C, D, F, G, J, K, P, Q, T, V, W), or letters with a digit or a
# slash: "CTINF", "SUTEC", "DER/DF"; not "CARLOS", "FLÁVIA", "DER"
_ACRONYM = (
    r"(?:(?!BR|CR|DR|FR|GR|PR|TR|VR|BL|CL|FL|GL|PL|CH|LH|NH)[B-DF-HJ-NP-TV-Z]{2}\p{Lu}{0,10}"
    r"|\p{Lu}{1,11}[BCDFGJKPQTVW]|\p{Lu}[\p{Lu}\d]*[\d/\-][\p{Lu}\d/\-]*)(?![\p{L}\d/\-])"
)
_FOR_PARTY = regex.compile(
    # (the party as its acronym in capitals right before the name: "PELA CTINF JOSÉ GERALDO DE MELO", "PELA SUTEC JOSE
    # LUIS MAZZA JUNIOR": DODF 2019, DER/DF; an acronym by its shape, ``_ACRONYM``, not a first name: "PELA CARLOS
    # GERALDO CAIXETA CRUZ", the same extratos, prints the signer without his party; three words of the name after it,
    # so that a first name of an acronym's shape keeps its surnames: "PELA DAVID LIMA SOUZA", review rev26c)
    rf"(?:e\s+)?(?:(?i:pel[oa]s?|p/)\s*(?:[^:,;]*?:|[^:,;]*?,|{_ACRONYM}\s+(?=\p{{Lu}}{{2,}}(?:\s+\p{{Lu}}{{2,}}){{2}})"
    r"|(?:\p{Ll}+\s+)*)"
    rf"|(?i:{_ROLES})\s*:"
    r"|(?:Eng[º°]|Engª|Dr[a]?\.|Sr[a]?\.|Prof[a]?\.|Senhor[a]?\s)\s*)\s*"  # (a title before the name: "Engº FAUZI …")
)
# the next signatory after " e ": two capitalised words or more, then a dash, a comma or the end ("… -
# Presidente e Roberta Alves Zanatta - Diretora"; not "Diretor Financeiro e Comercial. Pela …")
_NEXT_NAME = r"\p{Lu}[\p{L}'’-]+(?:(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’-]+)+\s*(?:[-–,;.]|$)|\s+e\s+(?i:pel))"
# a cargo runs to a comma or a semicolon, but over an enumeration in it ("Diretor de Administração, Finanças e
# Controle": a comma, one Title Case word, " e ")
_CARGO_TEXT = r"(?:[^,;]+?(?:,\s*\p{Lu}\p{Ll}+\s+e\s+(?=\p{Lu}\p{Ll})[^,;]+?)?)"
_PERSON = regex.compile(  # (an initial among the words: "Carissa F. Etienne - Pela Organização …", DOU 2022)
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:d[aeo]s?\s+)?(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+){1,7})"
    rf"(?:\s*(?:,\s*(?:na\s+qualidade\s+de|como)\s+|\s+[-–]\s+)(?P<cargo>{_CARGO_TEXT})"
    rf"|,\s*(?P<listed>(?=\p{{Lu}}\p{{Ll}}){_CARGO_TEXT}))?"  # ", Diretora de Administração …": a position's words only
    r"(?=\s*(?:,|;|\.|$|\s+e\s+(?i:pel)|\s+e\s+(?:pel[oa]s?\s+)?" + _NEXT_NAME + r"))"
)


def witnesses(text: str) -> list[Signer]:
    return []


_REPRESENTATIVE = regex.compile(r"Representante(?![\p{L}])")


def _listed_cargo(words: str | None) -> bool:
    """Whether what follows a name and a comma alone is its cargo: a position ("Diretor-Presidente",
    "Procurador") or a representative ("Representante Legal"; DODF extratos), not another name."""
    return bool(words) and (is_position(words) or bool(_REPRESENTATIVE.match(words)))


_NEXT_WORD = regex.compile(r"\S+\s*")
# words of a cargo or a body, not of a name ("Representante Legal", "Secretário de Estado Controlador-Geral …")
_NOT_PERSON_WORD = regex.compile(
    rf"(?<![\p{{L}}])(?i:representante|legal|estado|distrito|federal|controlador[a]?(?:-geral)?|{_ORGAO_HEAD.pattern})"
    r"(?![\p{L}])"
)
_GAP = regex.compile(r"[\s,;]*")


# where a list parts its signatories with ", e" (a comma, then " e "), an " e " before that comma joins the cargo's
# words, not two names: "SIGNATÁRIOS: Antônio Avelino Viana de Oliveira, Secretário de Agricultura e Meio Ambiente, e
# Cláudio Martins Bezerra, sócio-administrador …" (Catunda 2022, DOM-CE; the ", e," of "… - Secretário-Geral, e, pela
# Contratada, …", DODF 2018)
_CARGO_GOES_ON = regex.compile(r"\s+e\s+(?P<more>\p{Lu}[^,;.\n]{1,40}?)(?=\s*,\s*e[\s,])")


def listed_signatories(text: str) -> list[Signer]:
    """Signatories an extrato names in its "Signatários:" / "ASSINANTES:" sentence (or after "P/CONCEDENTE:"
    labels), with the cargo printed after the name (", na qualidade de Diretor Financeiro", " - Presidente",
    or a position's words after a comma alone: ", Diretor-Presidente", ", Representante Legal"); the bodies
    they sign for, CPFs and witnesses are not names."""
    out: list[Signer] = []
    covered = 0
    for m in matches_from(SIGNED_LIST, text, starts_of(SIGNED_LIST_OPENERS, text)):
        if m.start() < covered:
            continue  # a "P/…:" label inside the list read already
        reach = min(len(text), m.end() + LIST_REACH)
        end = LIST_END.search(text, m.end(), reach)
        stop = end.start() if end else reach
        pos = m.end()
        while (pos := _GAP.match(text, pos, stop).end()) < stop:
            f = _FOR_PARTY.match(text, pos, stop)
            if f and f.end() > pos:
                pos = f.end()
                continue
            p = _PERSON.match(text, pos, stop)
            if p is None:  # a CPF, a connector, a word in lower case: the next word
                nxt = _NEXT_WORD.match(text, pos, stop)
                if nxt is None or nxt.end() == pos:
                    break
                pos = nxt.end()
                continue
            a, b, _ = person_span(text, p.start("name"), p.end("name"))  # "CEL EDMAR", "Secretário de Estado": none
            cargo = p.group("cargo") or (p.group("listed") if _listed_cargo(p.group("listed")) else None)
            end = p.end() if cargo else p.end("name")  # not a cargo after the comma: another name, perhaps
            more = _CARGO_GOES_ON.match(text, end, stop) if cargo else None
            if more:
                cargo, end = f"{cargo.rstrip()} e {more.group('more')}", more.end()
            if b > a and (tail := E_SURNAME.match(text, b, stop)) is not None:
                b = tail.end()  # "Sandra Lôbo de Aquino Moura e Silva" (DODF 2021): one name
                end = max(end, b)
            if b > a and text[a].isupper() and not is_firm(text, a, b) and not _NOT_PERSON_WORD.search(text, a, b):
                cargo = regex.sub(r"\s+e$", "", cargo.strip(" .")) if cargo else None
                out.append(Signer(text[a:b], cargo, a, end))
            pos = end
        covered = stop
    return out


# The act's author, named in its opening: "O SECRETÁRIO DA RECEITA FEDERAL DO BRASIL, no uso das atribuições …",
# "A Reitora da Universidade Federal de São Paulo, no uso …" (DOU acts close on the signatory's name alone)
OPENING = regex.compile(
    r"(?:^|\n)[ \t]*(?:O|A)[ \t]+(?P<cargo>[^\n]{3,300}?)[ \t]*,[ \t]*(?i:no\s+uso|usando|tendo\s+em\s+vista"
    r"|considerando|com\s+fundamento|nos\s+termos|em\s+cumprimento|de\s+acordo|com\s+base)(?![\p{L}])"
)
OPENING_REACH = 2000  # characters from the act's start: its headings, title and ementa come first


_COMMA_LOWER = regex.compile(r",\s+(?=\p{Ll})")


def opening_author(text: str) -> str | None:
    """The position an act's opening names as its author ("SECRETÁRIO DA RECEITA FEDERAL DO BRASIL"), as
    printed without its article; None when the opening names a body ("O CONSELHO …") or none."""
    m = OPENING.search(text, 0, min(len(text), OPENING_REACH))
    if m is None or not is_position(m.group("cargo")):
        return None
    # without what the opening says of the author after a comma ("…, nomeado pelo Decreto de 12-08-2014")
    return _COMMA_LOWER.split(m.group("cargo"), maxsplit=1)[0].strip()


def signatories(text: str) -> list[Signer]:
    """The act's closing signatories (a lone one printed without a cargo takes the position the opening
    names as the act's author), then those an extrato lists that the close does not name."""
    found = signers(text)
    if len(found) == 1 and found[0].cargo is None:
        found[0].cargo = opening_author(text)
    seen = {sg.name.casefold() for sg in found}
    return found + [sg for sg in listed_signatories(text) if sg.name.casefold() not in seen]


def _key(name: str) -> str:
    return norm_name(name)


# Who signs for which party, said with the verb: "Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF …;
# Assina pelo Contratado: …" (DOM-CE, Guaraciaba do Norte 2013), "ASSINA(M) PELOS(AS) CONTRATADO(AS): José Rodrigues
# da Silva Alves; Assina Pela Contratante: Francisco Adhemar Albuquerque, Ana Paula Lima Azevedo e Edmilson Correia
# Timbó" (Groaíras 2013), "Assina pelo CONTRATANTE: CARLOS DAVIS MARQUES FERNANDES Secretário de Administração e
# Finanças, assina pela CONTRATADA Salim Bayde Neto portador(a) do CPF …" (Campos Sales 2022, DOM-CE/APRECE): the
# names after it, joined by commas and " e ", to the next ";" or full stop; with no cargo printed the role word
# says in which capacity each signs (as "ASSINATURAS: Márcia … - Contratante e Adenildo … - Contratada", DOE-BA 2020)
_GENDER = r"(?:\([OoAa][Ss]?\))?"
SIGNS_FOR = regex.compile(
    rf"(?<![\p{{L}}])(?i:assina(?:m|\(m\))?)\s+(?i:pel[oa]s?){_GENDER}\s+(?P<role>(?i:{_ROLES})){_GENDER}\s*:?\s*"
)
# the rest of a name broken over two lines, before its CPF or the list's next item (as "JUAREZ MARTINHO QUADROS" /
# "DO NASCIMENTO", DOU, read by ``signers``)
_NAME_TAIL = regex.compile(
    r"[ \t]*\n(?P<w>(?:d[aeo]s?\s+)?\p{Lu}\p{Ll}+(?:[ \t]+(?:d[aeo]s?[ \t]+)?\p{Lu}\p{Ll}+){0,2})(?=[ \t]*(?:[-–,;.]|$))"
)
_NAME_SEP = regex.compile(r"\s*(?:,\s*e|,|\s+e)\s+")
_ID_AFTER = regex.compile(r"\s*(?:[-–,]\s*)?(?i:CPF|RG|portador)")


def signed_for(text: str) -> list[Signer]:
    """The signatories named after "Assina pelo <role>" (see ``SIGNS_FOR``), each with its cargo: the position
    printed after the name, else the role word ("Contratante")."""
    out: list[Signer] = []
    for m in SIGNS_FOR.finditer(text):
        role = m.group("role").capitalize()
        pos = m.end()
        while True:
            n = name_at(text, pos)
            if n is None or not is_person(n.group()):
                break
            name, name_end = n.group(), n.end()
            tail = _NAME_TAIL.match(text, name_end)
            if tail:  # "Ana Maria Martins" / "Paiva - CPF.: …" (Guaraciaba do Norte 2013): one name over two lines
                name, name_end = f"{name} {tail.group('w')}", tail.end()
            cargo = cargo_after(text, name_end)
            out.append(Signer(name, cargo[0] if cargo else role, n.start(), name_end, role_cargo=cargo is None))
            pos = cargo[1] if cargo else name_end
            sep = _NAME_SEP.match(text, pos)
            if sep is None or _ID_AFTER.match(text, pos) or SIGNS_FOR.match(text, sep.end()):
                break
            pos = sep.end()
    return out


# a cargo printed after the name on its line: "NOME, Secretário de …", "NOME – Prefeito", "NOME Secretário de
# Desporto," (Campos Sales 2022); "RITA DE CASSIA CHAGAS BEZERRA – SECRETÁRIA DE SAÚDE (contratante)" (Alto Santo
# 2022, DOM-CE); "Pela contratante, RUY COUTINHO DO NASCIMENTO, na qualidade de …" is read by the lists
# (an enumeration in it kept: ", Lazer e Turismo"; "Secretaria de …" right after a person's name is her cargo
# printed without its accent: "Maria Elionete Leite do Nascimento, Secretaria de Assuntos para Juventude, Lazer e
# Turismo", "ROSALVA PEREIRA DE SOUSA LIMA Secretaria de Governo e Assuntos Políticos", Campos Sales 2022)
_AFTER_NAME = regex.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+[-–][ \t]*|[ \t]+)"
    r"(?P<c>\p{Lu}[^,;.\n()]{1,90}?(?:,[ \t]*\p{Lu}\p{Ll}+[ \t]+e[ \t]+\p{Lu}[^,;.\n()]{1,40}?)?)"
    r"(?=[ \t]*(?:[,;.\n(]|$))"
)
_SECRETARIA = regex.compile(r"(?i:secretaria\s+d[aeo]s?\s)")


def cargo_after(text: str, end: int) -> tuple[str, int] | None:
    """(cargo, its end) printed right after a name ending at ``end``, or None (a CPF, a firm, another name)."""
    m = _AFTER_NAME.match(text, end)
    if m is None:
        return None
    c = m.group("c").strip()
    if not (is_position(c) or _SECRETARIA.match(c)) or is_firm(c, 0, len(c)):
        return None
    return clean_cargo(c), m.end("c")


# a courtesy title before a name is no part of it ("DR. WALKÍRIO COSTA ALMEIDA" / "Conselheiro Relator", DOU 2017
# Cofen; "Engº FAUZI NACFUR JÚNIOR", DODF 2020)
_TITLE = regex.compile(r"(?i:dr|dra|sr|sra|prof|profa|eng|engª|engº)\.?\s+(?=\p{Lu})")
# what a list prints after the cargo that is not the cargo: the party's role in brackets ("SECRETÁRIA DE SAÚDE
# (contratante)", "Representante – MAX ELETRO E MAGAZINE LTDA (contratada)": Alto Santo 2022, DOM-CE), the firm it
# represents after a dash, the CPF ("Secretário-Executivo Adjunto - CPF nº ***…", DOU 2020/2022)
_ROLE_PAREN = regex.compile(rf"\s*\((?i:{_ROLES}|{'|'.join(w.lower() for w in ROLE_WORDS)})\)\s*$")
# the other party named by its role only, after the cargo: "Assinam: Marcio Gilberto Cardoso Costa, Diretor Geral
# FAPESB e Contratada." (DOE-BA 2020)
_AND_ROLE = regex.compile(rf"\s+e\s+(?:[ao]\s+)?(?i:{_ROLES})\s*$")
_CPF_TAIL = regex.compile(r"\s*[-–,]\s*(?:(?i:C\.?P\.?F|RG)(?![\p{L}]).*|\p{Lu})$")  # (a "C.P.F." cut at its stop)
_DASH = regex.compile(r"\s+[-–]\s+")
# who signs for a firm, the firm's name after a dash (Alto Santo 2022 atas: "Representante – DIAGA COMERCIO …")
_FOR_FIRM = regex.compile(
    r"(?i:representante(?:\s+legal)?|s[óo]ci[oa](?:[- ](?:administrador[a]?|gerente|propriet[áa]ri[oa]))?|"
    r"propriet[áa]ri[oa]|procurador[a]?|administrador[a]?)"
)


def clean_cargo(cargo: str | None) -> str | None:
    if not cargo:
        return cargo
    c = _AND_ROLE.sub("", _CPF_TAIL.sub("", _ROLE_PAREN.sub("", cargo)))
    parts = _DASH.split(c, maxsplit=1)
    if len(parts) == 2 and _FOR_FIRM.fullmatch(parts[0]) and is_firm(parts[1], 0, len(parts[1])):
        c = parts[0]  # "Representante – MAX ELETRO E MAGAZINE LTDA": not "COORDENADORA - GERAL DE GESTÃO … TRANSPORTES"
    return c.strip(' ,;-–“”"') or None


def signature_rows(text: str, layout, doc: dict, run_id: str) -> list[dict]:
    """Printed signatories: the act's closing block, an extrato's lists, then the signature blocks found
    by layout (``signature_blocks``); one row per name (a witness as ``testemunha``). A name read twice keeps
    the first reading, with the cargo of a later one when the first printed none; a name without any cargo
    takes the position printed after it (``cargo_after``)."""
    raw, text = text, masked(text)
    found = [(sg, "signatario") for sg in signatories(text) if is_person(sg.name)]
    found += [(p, "testemunha") for p in witnesses(text)]
    seen = {_key(sg.name) for sg, _ in found}
    spans = [(sg.start, sg.end) for sg, _ in found]
    for p in signed_for(text) + listed_by_party(text) + block_signatories(text) + form_signatories(text):
        k = _key(p.name)
        witness = getattr(p, "witness", False)
        if k not in seen and any(a <= p.start < b for a, b in spans):
            continue  # the same name read shorter by another list ("Ana Maria Martins" of "… Martins\nPaiva")
        if k in seen:
            if witness:  # a block that prints "Testemunha 1" under a name the close read as a signatory
                found = [(sg, "testemunha" if _key(sg.name) == k else kind) for sg, kind in found]
            if p.cargo and not witness:
                for sg, _ in found:
                    if _key(sg.name) == k and (not sg.cargo or getattr(sg, "role_cargo", False)):
                        sg.cargo = p.cargo
                        if hasattr(sg, "role_cargo"):
                            sg.role_cargo = getattr(p, "role_cargo", False)
            continue
        seen.add(k)
        spans.append((p.start, p.end))
        found.append((p, "testemunha" if witness else "signatario"))
    found.sort(key=lambda x: x[0].start)
    rows = []
    for sg, kind in found:
        title = _TITLE.match(sg.name)
        if title and len(sg.name[title.end() :].split()) >= 2:  # "DR. WALKÍRIO COSTA ALMEIDA" (DOU 2017, Cofen)
            sg.name, sg.start = sg.name[title.end() :], sg.start + title.end()
        cargo = clean_cargo(sg.cargo)
        if cargo is None and kind == "signatario":
            after = cargo_after(text, sg.end)
            cargo = after[0] if after else None
        rows.append(
            fact_row(raw, layout, doc, run_id, sg.start, sg.end, EXTRACTOR, **signature_fields(kind, sg.name, cargo))
        )
    return rows


# a press's typesetting tags left in the text, around each act and after its signatory ("Sérgio de Oliveira Silva
# Diretor Presidente <#E.G.B#396313#8#435363/>", DOE-BA 2020, the EGBA press): blanked, offsets kept
_TAG = regex.compile(r"<#[^<>\n]{1,60}>")


def masked(text: str) -> str:
    return _TAG.sub(lambda m: " " * len(m.group()), text)


# Municipal e-signature tables (ficha cadastral "ASSINATURAS ELETRÔNICAS": name, cargo, date and time).
ESIGN_HEADER = regex.compile(r"ASSINATURAS\s+ELETR[ÔO]NICAS", regex.IGNORECASE)
ESIGN_ROW = regex.compile(
    r"^(?P<who>\S.*?)\s+(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*$"
)
CARGO_START = regex.compile(
    r"\b(?:Vice-)?(?:Prefeit[oa]|Secret[áa]ri[oa]|Procurador[a]?|Controlador[a]?|Tesoureir[oa]|Contador[a]?|Presidente"
    r"|Vereador[a]?|Diretor[a]?|Assessor[a]?|Coordenador[a]?|Chefe|Gerente|Agente|Auxiliar|Assistente|Fiscal"
    r"|Pregoeir[oa]|Ordenador[a]?|Gestor[a]?|Servidor[a]?|Analista|T[ée]cnic[oa])\b"
)


def municipal_signatures(text: str) -> list[tuple[Signer, dt.datetime]]:
    h = ESIGN_HEADER.search(text)
    if not h:
        return []
    out = []
    pos = text.find("\n", h.end()) + 1 if text.find("\n", h.end()) >= 0 else len(text)
    for line in text[pos:].split("\n")[:20]:
        m = ESIGN_ROW.match(line)
        if not m:
            if out:
                break
            continue
        who = m.group("who")
        c = CARGO_START.search(who)
        name, cargo = (who[: c.start()].strip(), who[c.start() :].strip()) if c and c.start() > 0 else (who, None)
        when = brasilia_time(m)
        out.append((Signer(name, cargo, pos, pos + len(line)), when))
        pos += len(line) + 1
    return out


def municipal_signature_rows(text: str, layout, doc: dict, run_id: str) -> list[dict]:
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            sg.start,
            sg.end,
            EXTRACTOR,
            **signature_fields("eletronica_municipal", sg.name, sg.cargo, when),
        )
        for sg, when in municipal_signatures(text)
    ]
