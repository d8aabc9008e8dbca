"""Printed signature blocks found by their layout: the lines after an act's closing ("Belo Horizonte, 27 de
novembro de 2024", "Rio Branco – Acre, 13 de dezembro de 2018.", "Paraguaçu Paulista-SP, na data da
assinatura digital") or after a signing label ("Em nome da “UNESCO”:", "Assinatura Autorizada", "Fui
presente:", "TESTEMUNHAS:"), one signatory per name line: a name in capitals or in Title Case, with an
optional title before it ("Conselheiro VALMIR GOMES RIBEIRO") and its cargo after it on the same line or on
the lines under it; "Testemunha 1" after a name, or a witnesses' label above it, makes a witness. A line
that opens with the cargo of the name above and ends with the next name (two signature columns read as
one line: "Presidente da Comissão de Seleção Tatiane Maria dos Reis") gives both.

Also the closing printed inside a paragraph (DODF): "… Brasília, 05 de fevereiro de 2018. SILVÉRIO ANTONIO
MOITA DE ANDRADE." and "… Processo nº 1290/2017.Jean Felippe Mazépas, Pregoeiro." at a paragraph's end.

Sources (general grammar, seen in): BH DOM 2024 (Title Case names under "Belo Horizonte, <data>"), TCE-AC
acórdãos 2018/2020 (titled capitals under "Rio Branco – Acre, <data>"), DOM-AL/AMA 2016 (capitals under
"Teotônio Vilela – AL, <data>"), Paraguaçu Paulista termos de fomento 2022/2024 (underscored lines,
"Testemunha 1"), UNESCO contrato 2012 ("Em nome da …:" / "Assinatura Autorizada"), DODF 2018.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from seidou.documents.segment import SIGNED_END, is_heading, is_title
from seidou.patterns.mention import ends_of, line_starts, matches_from
from seidou.ner.shape import is_firm, is_position

MONTHS = r"(?i:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
# "<Lugar>[ – UF], [em] DD de <mês> de AAAA[.]" or "…, na data da assinatura digital" as a line of its own
CLOSING = regex.compile(
    r"^[ \t]*\p{Lu}[\p{L} .'’/–-]{2,60}?[ \t]*,[ \t]*(?:(?i:em)[ \t]+)?"
    rf"(?:(?:\d{{1,2}}[º°o]?|_+)[ \t]+(?i:de)[ \t]+{MONTHS}[ \t]+(?i:de)[ \t]+\d{{4}}|(?i:na\s+data\s+da\s+assinatura[\p{{L}} ]*))"
    # the era years of the federal and the DF's acts after the date ("Brasília, 05 de janeiro de 2021 132º da República
    # e 61º de Brasília": DODF 2021 decree; "…; 199º da Independência e 132º da República.": the DOU's decrees)
    r"(?:[ \t]*[;,]?[ \t]*\d{1,3}[º°][ \t]+(?i:da|de)[ \t]+\p{L}+(?:[ \t]+e[ \t]+\d{1,3}[º°][ \t]+(?i:da|de)[ \t]+\p{L}+)?)?"
    r"[ \t]*\.?(?:[ \t]*$|[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu}[^\n]{0,60}$)"  # "…, 3 de dezembro de 2024 Diogo …"
    # … or the name in capitals ("Brasília/DF, 08 de fevereiro de 2019 EDSON DUARTE" / "Presidente": DODF 2019, IBRAM)
    r"|[ \t]+(?=\p{Lu}{2,}(?:[ \t]+(?:D[AEO]S?[ \t]+)?\p{Lu}{2,}){1,5}[ \t]*$))",
    regex.MULTILINE,
)
# where a CLOSING match can start (besides the text's start): after a line feed, before a capital (mention.matches_from
# tries it there alone; its ``^`` under MULTILINE made finditer try every position)
CLOSING_OPENERS = (regex.compile(r"\n(?=[ \t]*\p{Lu})"),)
# a closing inside a paragraph, the signatory after it: "… Brasília, 05 de fevereiro de 2018. NOME." (the "de" in
# capitals too: "BRASÍLIA – DF, 23 DE janeiro de 2004. Peterson Kennedy da Silva Costa.": DODF 2004)
INLINE_CLOSING = regex.compile(
    rf"(?<=[.;:]\s+|^)\p{{Lu}}[\p{{L}} /–'’-]{{2,40}}?,\s*\d{{1,2}}[º°o]?\s+(?i:de)\s+{MONTHS}\s+(?:(?i:de)\s+)?\d{{4}}"
    r"(?P<dash>\.\s+|\s*[-–]\s*)(?=\p{Lu})",
    regex.MULTILINE,
)
# … or after a dash, the name in Title Case and its cargo after another dash: "Camaçari, 20 de janeiro 2020-Antônio
# Sérgio Moura de Sousa - Presidente em Exercício", "Camaçari, 20 de janeiro de 2020 - Manoel Alves Carneiro
# -Compel." (DOE-BA 2020, municipal acts)
DASH_CARGO = regex.compile(r"[ \t]*[-–][ \t]*(?P<cargo>\p{Lu}[^\n.;]{1,60}?)[ \t]*\.?[ \t]*(?:$|\n)")
# labels a signature block opens with or holds (not names)
LABEL = regex.compile(
    r"^[ \t]*(?:(?i:em\s+nome\s+d[aeo]s?|pel[oa]s?|p/)\s[^\n]{1,80}?:?"
    r"|(?i:assinatura(?:s|\s+autorizada)?|fui\s+presente|de\s+acordo|visto|testemunhas?|confere)\s*:?"
    # a letter's complimentary close ("Atenciosamente,": APAE Três Pontas ofício 2024, SEI-AL despachos 2025;
    # "Respeitosamente,": SEI-AL 2025) and the note that the name below signed electronically ("(assinado
    # digitalmente)": CBMAL boletim 2024, SEI-AL 2025)
    r"|(?i:atenciosamente|respeitosamente|cordialmente)[,.]?|\((?i:assinado\s+(?:digital|eletronica)mente)\))[ \t]*$",
    regex.MULTILINE,
)
_WITNESS = regex.compile(r"(?i:testemunha)")
# a cargo line that ends on a connector goes on in the next line: "Diogo Albernaz Dias Vieira" / "Gerência de
# Formalização e" / "Acompanhamento de Contratos" (BH DOM 2024), "Secretário-Executivo Adjunto do" / "Ministério da
# Saúde" (DOU 2022)
_OPEN_END = regex.compile(r"(?<![\p{L}])(?:e|d[aeo]s?|em|para|no|na)$")
# a military rank printed after the name ("SÉRGIO ANDRÉ SILVA VERÇOSA - CORONEL QOC BM" / "Comandante-Geral do CBMAL",
# CBMAL boletim 2024; "AUBERT KRISTHIAN SANTOS ALVES - TEN CEL QOS" / "Coordenador da Área Temática …", SEI-AL
# CBMAL 2025): the position under it is the cargo, the rank only when none is printed
RANK = regex.compile(
    r"(?:\d+[º°ª]?\s*)?(?:CORONEL|CEL|TENENTE(?:[ -]CORONEL)?|TEN(?:[ -]CEL)?|MAJOR|MAJ|CAPIT[ÃA]O|CAP|SUBTENENTE|SUBTEN|"
    r"SARGENTO|SGT|CABO|CB|SOLDADO|SD|ASPIRANTE|ASP)(?:\s+(?:QO[A-Z]{1,3}|QP[A-Z]{0,3}|BM|PM))*"
)
_TESTEMUNHA_N = regex.compile(r"^\s*(?i:testemunha)s?\s*(?:n?[º°.]?\s*)?\d?\s*$")

CONNECTOR = r"(?:d[aeo]s?|D[AEO]S?|d['’])"  # not " e ": it joins two names ("A e B")
CAPS = r"\p{Lu}[\p{Lu}'’-]*\p{Lu}"
TITLE = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?"
INITIAL = r"\p{Lu}\."
# a name in capitals or in Title Case: two name words or more, connectors and initials between
CAPS_NAME = regex.compile(rf"{CAPS}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?(?:{INITIAL}[ \t]+)*{CAPS})+")
TITLE_NAME = regex.compile(rf"{TITLE}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?(?:{INITIAL}[ \t]+)*{TITLE})+")
# a title printed before the name ("Conselheira-Substituta MARIA DE JESUS …", "Dr. …")
HONORIFIC = regex.compile(
    r"^(?:(?i:conselheir[oa](?:[- ]substitut[oa])?|desembargador[a]?|ministr[oa]|juiz[a]?|dr[a]?\.|sr[a]?\.|"
    r"prof[a]?\.|eng[º°ª]?\.?))[ \t]+"
)
# words no person's name holds: positions, bodies, places of the act, the act's own words
NOT_NAME_WORD = regex.compile(
    r"(?<![\p{L}])(?i:secretari[ao]s?|secretaria|munic[íi]pio|municipal|prefeitura|estado|governo|minist[ée]rio|"
    r"tribunal|conselho|comiss[ãa]o|diretoria|departamento|ger[êe]ncia|superintend[êe]ncia|coordena[çc][ãa]o|"
    r"assessoria|procuradoria|fundo|funda[çc][ãa]o|instituto|associa[çc][ãa]o|empresa|companhia|c[âa]mara|"
    r"extrato|termo|aditivo|contrato|conv[êe]nio|portaria|decreto|resolu[çc][ãa]o|edital|aviso|processo|objeto|"
    r"valor|vig[êe]ncia|data|assinatura|publica[çc][ãa]o|anexo|cl[áa]usula|lei|ata|registro|pre[çc]os|"
    r"preg[ãa]o|licita[çc][ãa]o|despacho|unidade|setor|n[úu]cleo|servi[çc]os?|sistema|tecnologia|inform[áa]tica|substitut[oa]|interin[oa]|adjunt[oa]|"
    r"rua|avenida|pra[çc]a|bairro|centro|brasil|federal|distrito|testemunhas?|ltda|eireli|"
    r"diret(?:or|ora)|presidente|prefeit[oa]|gerente|chefe|relator[a]?|revisor[a]?|pregoeir[oa]|membro|"
    r"equipe|apoio|ordenador[a]?|representante|legal|conselheir[oa]|procurador[a]?|subsecret[áa]ri[oa]|"
    r"senhor[a]?|ao|aos|vossa|excelent[íi]ssim[oa]|ilustr[íi]ssim[oa]|prezad[oa]|"
    r"dirigente|contador[a]?|assessor[a]?|coordenador[a]?|cargo|nome|cpf|cnpj|matr[íi]cula|p[áa]gina)(?![\p{L}])"
)
# common nouns by their endings ("Orçamento e Gestão", "Segurança Alimentar e Cidadania", "Verificação das
# Assinaturas" are a cargo's or a heading's continuation, not a name)
NOUN_ENDING = regex.compile(
    r"(?i:\p{L}{3,}s[ãa]o|\p{L}+(?:[çc][ãa]o|[çc][õo]es|mentos?|dades?|[êe]ncias?|[âa]ncias?|[íi]dic[oa]s?))"
)
# given names and surnames with those endings
NAMES_LIKE_NOUNS = regex.compile(r"(?i:concei[çc][ãa]o|assun[çc][ãa]o|encarna[çc][ãa]o|anuncia[çc][ãa]o|purifica[çc][ãa]o|"
                                 r"ressurrei[çc][ãa]o|sacramento|nascimento|bento|piedade|trindade|caridade|"
                                 r"guimar[ãa]es|magalh[ãa]es|francisc[ãa]o)")  # fmt: skip
OTHER_WORDS = regex.compile(
    r"(?i:total|pontos|categoria|credenciad[oa]s?|repasses?|recursos?|m[êe]s|feirantes?|gest[ãa]o|seguran[çc]a|"
    r"cidadania|social|alimentar|civil)"  # "CASA CIVIL" under a decree's signer (DODF 2019; "Defesa Civil")
)
_CPF = regex.compile(r"(?i:[,\s-]*CPF\s*(?:n[º°o]\.?)?\s*:?)?\s*[\d*Xx]{3}\.[\d*Xx]{3}\.[\d*Xx]{3}-[\d*Xx]{2}")
_NUMBERED = regex.compile(r"(?i:\bn[º°o]\.?\s*\d|\d{2,})")
_NOME = regex.compile(r"(?<![\p{L}])(?i:nome)\s*:")
_PAREN = regex.compile(r"\s*\([^)]{0,40}\)")
_UNDERLINE = regex.compile(r"^[ \t_.\-–]*")
STAMP_LINE = regex.compile(r"(?i:publicado\s+por|documento\s+assinado|assinado\s+(?:eletronicamente|digitalmente))")
MAX_GAP = 4  # cargo and body lines between two names of one block
BLOCK_LINES = 16  # lines a block may run after its anchor
MAX_LINE = 140


@dataclass
class Printed:
    name: str
    cargo: str | None
    start: int
    end: int
    witness: bool = False
    title: str | None = None  # a position printed before the name ("Conselheiro"): the cargo when none is under it


def is_person(name: str) -> bool:
    words = name.split()
    if len(words) > 2 and SURNAME_NOUN.fullmatch(words[-1]) and not regex.fullmatch(CONNECTOR, words[-2]):
        words, name = words[:-1], name[: name.rstrip().rfind(" ")]  # "ALEXANDRE GOMES CÂMARA": a surname (not
        # "MESA DA CÂMARA", the body after its particle)
    if len(words) < 2 or len(name) > 80 or NOT_NAME_WORD.search(name):
        return False
    if any((NOUN_ENDING.fullmatch(w) and not NAMES_LIKE_NOUNS.fullmatch(w)) or OTHER_WORDS.fullmatch(w) for w in words):
        return False
    return not is_firm(name, 0, len(name))


@dataclass
class _Name:
    text: str
    s: int
    e: int

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


_WORD = regex.compile(r"\S+")
_TRAILING_CONNECTOR = regex.compile(rf"(?:[ \t]+{CONNECTOR})+$")
# words of bodies' names that are also Portuguese surnames, read as a surname when they end a person's name ("Câmara":
# "ALEXANDRE GOMES CÂMARA", DODF 2004; not "CÂMARA MUNICIPAL …", where the word opens a body's name)
SURNAME_NOUN = regex.compile(r"(?i:c[âa]mara)")
_AFTER_CONNECTOR = regex.compile(rf"(?:^|[ \t]){CONNECTOR}[ \t]+$")
# a hyphen after a name word's first syllable of two letters is the typesetter's line break, not a compound name
# ("AR-THUR": DODF 2004, PageMaker text; a compound keeps longer parts: "VILAS-BOAS", "ANA-LUÍSA")
_BROKEN_SYLLABLE = regex.compile(r"(?<![\p{L}])(?!D[AEO]-)(\p{Lu}{2})-(?=\p{Lu}{3,}(?![\p{L}-]))")


def name_at(line: str, pos: int) -> _Name | None:
    """The name starting at ``pos`` (the capitals' or the Title Case grammar, whichever is longer), cut
    before the first word no name holds ("Lucien Andre Munoz Director UBO" → "Lucien Andre Munoz")."""
    best = None
    for pat in (CAPS_NAME, TITLE_NAME):
        m = pat.match(line, pos)
        if m and (best is None or m.end() > best.end()):
            best = m
    if best is None:
        return None
    end = best.end()
    for w in _WORD.finditer(line, best.start(), best.end()):
        if (
            w.end() == best.end()
            and SURNAME_NOUN.fullmatch(w.group())
            and not _AFTER_CONNECTOR.search(line, 0, w.start())
        ):
            break  # "ALEXANDRE GOMES CÂMARA" (DODF 2004): the institution's noun as the name's last word is a surname
        if NOT_NAME_WORD.fullmatch(w.group()) or is_position(w.group()) or w.group().casefold() == "director":
            end = w.start()
            break
    name = _TRAILING_CONNECTOR.sub("", line[best.start() : end].rstrip())
    printed = len(name)
    name = _BROKEN_SYLLABLE.sub(r"\1", name)  # "AR-THUR WINTHER SEABRA": the line's hyphenation (DODF 2004)
    if len(name.split()) < 2:
        return None
    return _Name(name, best.start(), best.start() + printed)


def _cargo_text(rest: str) -> str | None:
    rest = rest.strip(" \t,.;-–")
    return rest or None


_CARGO_LABEL = regex.compile(r"(?i)^\s*cargo\s*:")
_NAME_WORD = regex.compile(rf"(?<=\s)(?:{TITLE}|{CAPS})(?=\s)")
_ENDS_CONNECTOR = regex.compile(rf"(?:^|\s)(?:{CONNECTOR}|e|E)$")


def parse_line(line: str) -> tuple[str | None, str | None, str | None, int, int]:
    """(leading cargo of the name above, name, cargo after it, name start, name end) of one block line;
    name None when the line holds no name."""
    pos = _UNDERLINE.match(line).end()
    if line[pos:].casefold().startswith("nome:"):
        pos += 5
        pos += len(line[pos:]) - len(line[pos:].lstrip())
    h = HONORIFIC.match(line, pos)
    if h:
        pos = h.end()
    m = name_at(line, pos)
    if m and is_person(m.group()):
        rest = _CPF.sub("", _PAREN.sub("", line[m.end() :], count=1))
        if rest.strip().startswith(":") and not rest.strip()[1:].strip():
            # a label in capitals over what it labels ("DADOS PESSOAIS DO BENEFICIADO:" / "C.I. RG N°: …", DOM-CE
            # 2022, Altaneira portarias; "TESTEMUNHAS:", "CONTRATANTE:" over the lines of a block)
            return None, None, None, 0, 0
        if (
            "@" in rest or _NUMBERED.search(rest) or "...." in line
        ):  # an e-mail; a numbered title; a sumário  # "Synesio Batista da Costa sbc1@…": a signing certificate's list (patterns.esig)
            return None, None, None, 0, 0
        rest = _CARGO_LABEL.sub("", rest)
        if not rest.strip() or rest.strip()[0] in "-–,(" or is_position(rest.strip()) or not name_at(rest.strip(), 0):
            return None, m.group(), _cargo_text(rest), m.start(), m.end()
    # a cargo then the next column's name: "Prefeito de Belo Horizonte Leonardo Maurício Colombini Lima"
    if is_position(line[pos:]):
        for t in _NAME_WORD.finditer(line, pos=pos):
            before = line[pos : t.start()].rstrip()
            if _ENDS_CONNECTOR.search(before):
                # "de Seleção Tatiane …": one word of complement after the connector, then the name
                continue
            m = name_at(line, t.start())
            capitals = sum(1 for w in m.group().split() if w[0].isupper()) if m else 0
            if m and capitals <= 4 and m.end() == len(line.rstrip(" .")) and is_person(m.group()):
                return before or None, m.group(), None, m.start(), m.end()
    return None, None, None, 0, 0


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop, text[pos:stop]
        pos = stop + 1


# an act's epígrafe, its number and its date: the next act's title under a closing name, never a cargo ("JARBAS BARBOSA
# DA SILVA JR." / "ARESTO Nº 993, DE 27 DE SETEMBRO DE 2017": DOU 2017, ANVISA; review rev26c)
EPIGRAPH = regex.compile(rf"\b[Nn][º°o]\.?\s*[\d./-]+\s*,?\s+(?i:de)\s+\d{{1,2}}[º°]?\s+(?i:de)\s+{MONTHS}")


_LETTER = regex.compile(r"\p{L}")


def read_block(text: str, start: int, end: int) -> list[Printed]:
    """The signatories of the block starting at ``start``: name lines, their cargo lines, labels and
    underscores, until a line that is none of these (prose, a heading of the next act)."""
    out: list[Printed] = []
    witness = False
    case = None  # a block prints its names in one case: capitals or Title Case
    gap = 0  # lines since the last name (its cargo, its body)
    count = 0
    for a, _b, line in _lines(text, start, end):
        count += 1
        if count > BLOCK_LINES:
            break
        s = line.strip()
        if not s or not _LETTER.search(s):
            continue
        if LABEL.match(s):
            witness = witness or bool(_WITNESS.search(s))
            continue
        if _TESTEMUNHA_N.match(s):
            if out:
                out[-1].witness = True
            continue
        if len(s) > MAX_LINE or STAMP_LINE.match(s) or is_title(s):
            break  # prose, an e-signature stamp closing the act, the next act's title
        if out and gap > MAX_GAP:
            break
        cuts = [m.start() for m in _NOME.finditer(line)]
        if len(cuts) > 1:  # "Nome: A Nome: B": two signature columns read as one line
            for x, y in zip(cuts, cuts[1:] + [len(line)]):
                _, name, cargo, ns, ne = parse_line(line[x:y])
                if name is not None:
                    out.append(Printed(name, cargo, a + x + ns, a + x + ne, witness))
            continue
        lead, name, cargo, ns, ne = parse_line(line)
        if name is not None:
            is_caps = not any(c.islower() for c in name)
            if case is not None and is_caps != case and not s.casefold().startswith("nome"):
                gap += 1
                continue  # a firm's or a body's name under the signatory ("SYSTEM MANAGER TECNOLOGIA")
            gap = 0
            case = is_caps if case is None else case
            if lead and out and out[-1].cargo is None:
                out[-1].cargo = lead
            w = witness or bool(cargo and _TESTEMUNHA_N.match(cargo))
            out.append(Printed(name, None if (cargo and _WITNESS.match(cargo)) else cargo, a + ns, a + ne, w))
            h = HONORIFIC.match(line, _UNDERLINE.match(line).end())
            if h and h.end() <= ns and is_position(h.group().strip()):
                out[-1].title = h.group().strip()
            if cargo and RANK.fullmatch(cargo):  # a rank after the name: the position under it is the cargo
                out[-1].title, out[-1].cargo = cargo, None
            continue
        if out and case and not any(c.islower() for c in s) and len(s.split()) > 1:
            break  # capitals under a block in capitals that name nobody: the next act's heading
        if not out:
            gap += 1
            if any(c.islower() for c in s) or gap > 3:
                break  # prose or an addressee ("Ao Senhor") after the closing: no signature block
            continue  # the parties' names in capitals over the signature lines
        # a cargo or organization line under the last name
        gap += 1
        if regex.match(r"(?i:anexo)(?![\p{L}])", s):
            break  # the act's annex under its signer: its table's names are no signatories ("ODECIR LUIZ PRATA DA
            # COSTA" / "ANEXO" / "NOME CPF" / … / "SILVANA SILVA MARTINS 00127820175 …": DOU 2017 MinC; review rev26c)
        if s.endswith((":",)) or len(s) > 100 or (s.endswith(".") and len(s.split()) > 12) or EPIGRAPH.search(s):
            break  # (an act's number and date: the next act's title, "ARESTO Nº 993, DE 27 DE SETEMBRO DE 2017")
        if (
            out[-1].cargo is None
            and regex.match(r"\p{Lu}", s)
            and not s.casefold().startswith(("cpf", "data", "anexo", "rg", "matr"))
        ):
            out[-1].cargo = s.rstrip(" .")
        elif out[-1].cargo and gap == 2 and _OPEN_END.search(out[-1].cargo) and regex.match(r"\p{Lu}", s):
            out[-1].cargo += " " + s.rstrip(" .")  # "Gerência de Formalização e" / "Acompanhamento de Contratos"
    for p in out:  # "Conselheiro JOSÉ AUGUSTO ARAÚJO DE FARIA" with no cargo line under it (TCE-AC acórdãos)
        if p.cargo is None and p.title and not p.witness:
            p.cargo = p.title
    return out


# what may follow a name in capitals closing an act: up to three characters to the end, or a full stop ending the
# line (matched in place: a slice of the rest of the text for each closing was quadratic)
_LINE_TAIL = regex.compile(r"[^\n]{0,3}$|\.\s*(?:\n|$)")
_NAME_ENDS = regex.compile(r"\.[ \t]*(?:\n|$)")  # a full stop ending the paragraph right after the name


def _heading_after(text: str, pos: int) -> bool:
    """The rest of a closing's line is the next act's órgão heading, not its signer's name ("Brasília/DF, 08 de
    fevereiro de 2019 CORPO DE BOMBEIROS MILITAR": review rev26c near miss of the name on the closing line)."""
    end = text.find("\n", pos)
    rest = text[pos : len(text) if end < 0 else end].strip()
    return bool(rest) and (is_heading(rest) or bool(_HEADLESS.match(rest)))


def block_signatories(text: str) -> list[Printed]:
    """Every signature block of the text (see the module's doc), in reading order, one per name."""
    out: list[Printed] = []
    seen: set[int] = set()
    closings = matches_from(CLOSING, text, [0, *ends_of(CLOSING_OPENERS, text)])
    anchors = [m.end() for m in closings if not _heading_after(text, m.end())]
    anchors += [m.start() for m in matches_from(LABEL, text, line_starts(text)) if _opens_block(m.group())]
    finals: set[int] = set()
    anchors += name_over_cargo(text, finals)
    anchors += [m.start() for m in UNDERSCORES.finditer(text)]
    for a in sorted(set(anchors)):
        block = read_block(text, a, min(len(text), a + 3000))
        if a in finals:  # the name alone under a norm's last article: what follows is the next act or an annex's
            # table, no cargo and no other signer ("Nº de Ordem 1", "TABELA I (Valores em R$ por litro)", "UF Município"
            # under the minister's name: DOU 2014-10-01; review rev26c)
            block = block[:1]
            for p in block:
                if p.cargo and not (is_position(p.cargo) or UNIT.match(p.cargo)):
                    p.cargo = None
        for p in block:
            if p.start not in seen:
                seen.add(p.start)
                out.append(p)
    for m in INLINE_CLOSING.finditer(text):
        n = name_at(text, m.end())
        if n and m.group("dash").strip() in "-–" and is_person(n.group()) and n.start() not in seen:
            c = DASH_CARGO.match(text, n.end())
            if c:
                seen.add(n.start())
                out.append(Printed(n.group(), c.group("cargo").strip(), n.start(), n.end()))
                continue
        if n and is_person(n.group()) and not any(c.islower() for c in n.group()) and n.start() not in seen:
            tail = _LINE_TAIL.match(text, n.end())
            if tail:
                seen.add(n.start())
                out.append(Printed(n.group(), None, n.start(), n.end()))
        elif n and is_person(n.group()) and n.start() not in seen and _NAME_ENDS.match(text, n.end()):
            seen.add(n.start())  # the name in Title Case ending the paragraph ("… de 2004. Peterson Kennedy da Silva
            out.append(Printed(n.group(), None, n.start(), n.end()))  # Costa.": DODF 2004, a cooperative's call)
    # "… Processo nº 1290/2017.Jean Felippe Mazépas, Pregoeiro." a paragraph closing on "Name, Position."
    for m in matches_from(END_SIGNATORY, text, ends_of(END_SIGNATORY_OPENERS, text)):
        if m.start("name") not in seen and is_person(m.group("name")):
            seen.add(m.start("name"))
            out.append(Printed(m.group("name"), m.group("cargo"), m.start("name"), m.end("name")))
    for m in matches_from(END_CAPS_SIGNATORY, text, ends_of(END_CAPS_OPENERS, text)):
        name, cargo = m.group("name"), m.group("cargo").strip()
        if m.start("name") not in seen and is_person(name) and (is_position(cargo) or _PRIVATE_CARGO.fullmatch(cargo)):
            seen.add(m.start("name"))
            out.append(Printed(name, cargo, m.start("name"), m.end("name")))
    for m in matches_from(END_CHAIN, text, ends_of(END_CHAIN_OPENERS, text)):
        items = list(zip(m.captures("name"), m.starts("name"), m.captures("cargo")))
        if not all(is_person(n) and (is_position(c) or _PRIVATE_CARGO.fullmatch(c)) for n, _, c in items):
            continue
        for name, start, cargo in items:
            if start not in seen:
                seen.add(start)
                out.append(Printed(name, cargo.strip(), start, start + len(name)))
    return sorted(out, key=lambda p: p.start)


UNIT = regex.compile(
    r"(?i:ger[êe]ncia|diretoria|coordena[çc][ãa]o|assessoria|comiss[ãa]o|superintend[êe]ncia|subsecretaria|"
    r"secretaria|departamento|divis[ãa]o|n[úu]cleo|setor|membro|pregoeir[oa]|ordenador[a]?|respons[áa]vel)(?![\p{L}])"
)


# a norm's last article, its vigência or revocation clause (the drafting rule of Brazilian acts, LC 95/1998 art. 8-9):
# "Art. 3º Revogam-se as disposições em contrário.", "Art. 2º Esta Portaria entra em vigor na data de sua publicação."
FINAL_ARTICLE = regex.compile(
    r"^Art\.?\s*\d+[º°]?\.?\s*[-–]?\s*(?:Revoga(?:m)?-se\b|(?:Est[ae]|O\s+presente|A\s+presente)\s+[^\n]{0,60}?"
    r"\bentra(?:r[áa])?\s+em\s+vigor\b)[^\n]*[.;]$"
)


# an órgão named without a head word, the heading of the next act (the DODF's "CASA CIVIL", "CASA MILITAR")
_HEADLESS = regex.compile(r"CASA\s+(?:CIVIL|MILITAR)$")


def name_over_cargo(text: str, finals: set[int] | None = None) -> list[int]:
    """Where a block opens without a closing line: a line holding only a name, after a paragraph that ends
    a sentence, with a cargo line under it ("… efetivo." / "Andrea Medeiros Teodoro" / "Gerência de
    Licitações e Contratações"; "… Polí…" / "Juliana Duarte" / "Diretora Administrativa")."""
    out = []
    lines = list(_lines(text, 0, len(text)))
    for i in range(1, len(lines) - 1):
        a, _b, line = lines[i]
        if len(line.split()) > 7:
            continue
        prev, nxt = lines[i - 1][2].rstrip(), lines[i + 1][2].strip()
        # (or signed: "Assinatura em: 10/12/2024." / "Danilo Borges Matias" / "Secretário Municipal de Saúde"; "Data da
        # assinatura: 06/12/2024" over the secretary's name, DOM-BH 7.153, two secretarias; searched last, when needed)
        if not (prev.endswith((".", ";", ")")) and len(prev) >= 40 or SIGNED_END.search(prev)):
            continue
        final = not (is_position(nxt) or UNIT.match(nxt)) and bool(FINAL_ARTICLE.match(prev))
        if not (is_position(nxt) or UNIT.match(nxt) or final) or len(nxt) > 100:
            continue  # (under a norm's last article, the name alone: "Art. 3º Revogam-se as disposições em
            # contrário." / "ILKA TEODORO" / an annex's caption: DODF 2019, RA-I ordem de serviço)
        if final and (is_heading(line.strip()) or _HEADLESS.match(line.strip())):
            continue  # the next act's órgão heading under a norm without its signer ("Art. 2º Esta Portaria entra em
            # vigor …" / "CORPO DE BOMBEIROS MILITAR" / "PORTARIA Nº 4": rev26c; the line under a signer's name may be
            # an órgão heading or the next act's title: "FELIPE VOGAS" / "INSTITUTO BRASILEIRO DE MUSEUS", DOU 2014)
        lead, name, cargo, ns, ne = parse_line(line)
        if name is not None and lead is None and cargo is None and ns == len(line) - len(line.lstrip()):
            out.append(a)
            if final and finals is not None:
                finals.add(a)
    return out


def _opens_block(label: str) -> bool:
    s = label.strip().casefold()
    return s.startswith(
        (
            "em nome",
            "assinatura",
            "fui presente",
            "testemunha",
            "atenciosamente",
            "respeitosamente",
            "cordialmente",
            "(",
        )
    )


# a line that opens with a signature's underscores, the name on it or under it ("____ / Ademar Veloso de Carvalho /
# CPF Nº …": APAE Colinas PRONAS anexos 2024; "____ / ANTONIO TAKASHI SASADA (ANTIAN) / Prefeito": Paraguaçu
# Paulista termo de fomento 2022; "____ Enilson Marcelo Rodrigues da Silva Prefeito Municipal": DOE-BA 2020)
UNDERSCORES = regex.compile(r"^[ \t]*_{10,}", regex.MULTILINE)


# (the name and the cargo parted by a comma, DODF; by a dash or a full stop: "… CEP 41.745-004. Lívia Silva -
# Presidente da Comissão Processante Local.", "DATA DA ASSINATURA:17/01/2020. Fábio Vilas-Boas Pinto. Secretário
# Estadual da Saúde.", "… /BA. Geison Ferreira dos Santos- Pregoeiro Oficial.", DOE-BA 2020); after a dash ("Homologo a
# presente Licitação na forma da Lei nº 8.666/93 – Elenita Rayane Gonçalves Tavares- Ordenadora de Despesas da
# Secretaria Municipal de Saúde.", "… – José Flávio Onofre Paiva - Ordenador(a) de Despesas do(a) Secretaria …",
# DOM-CE 2022, two municipalities; "Camaçari, 20 de janeiro de 2020 - Manoel Alves Carneiro", DOE-BA); a line in capitals
# ("JOSÉ GOMES NOGUEIRA DA SILVA, Ordenador de Despesas da Secretaria de Infraestrutura …", DOM-CE 2022)
# the representative of a firm or an association signing its own notice: "Nelson do Valle Araújo – Sócio-Diretor.",
# "DALVA CARDOSO CAGALI – SOCIA GERENTE.", "Warny Pinto de Souza - Síndico e Presidente da Associação …" (DODF 2004,
# private notices of licence requests and calls); "Odilon Santos Neto, Representante legal da Contratada" (DODF 2004),
# ", na qualidade de Representante Legal" (DODF 2019, 2021)
PRIVATE_CARGO = (
    r"s[óo]ci[oa][ \t]*[-–]?[ \t]*(?:diretor[a]?|gerente|administrador[a]?)[^\n.]{0,60}|s[íi]ndic[oa][^\n.]{0,120}"
    r"|(?:representante|respons[áa]vel)[ \t]+legal[^\n.]{0,80}"
)
END_SIGNATORY = regex.compile(
    rf"(?<=\.\s?|\s[-–]\s)(?P<name>{TITLE}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?{TITLE}){{1,6}}|(?<=\n){CAPS}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?{CAPS}){{1,6}})"
    r"(?:,|[ \t]*[-–]|\.)[ \t]*"
    r"(?P<cargo>(?i:pregoeir[oa](?:[ \t]+oficial)?|presidente[^\n.]{0,60}|diretor[a]?[^\n.]{0,60}|secret[áa]ri[oa][^\n.]{0,80}|"
    r"gerente[^\n.]{0,60}|coordenador[a]?[^\n.]{0,60}|superintendente[^\n.]{0,60}|ordenador(?:[a]|\(a\))? de despesas?[^\n.]{0,80}|"
    r"administrador[a]?[^\n.]{0,60}|"  # "Gilson Amorim Sobrinho, Administrador Regional de Planaltina." (DODF 2019)
    rf"{PRIVATE_CARGO}))"
    # (the place and date may follow the signatory: "José Geraldo Maciel, Secretário de Estado de Transportes do
    # Distrito Federal. Brasília, 23 de janeiro de 2004." (DODF 2004, SETRANS))
    rf"(?:\.[ \t]+\p{{Lu}}[\p{{L}} /–-]{{2,40}},[ \t]*\d{{1,2}}[º°]?[ \t]+(?i:de)[ \t]+{MONTHS}[ \t]+(?i:de)[ \t]+\d{{4}})?"
    r"\.?[ \t]*$",
    regex.MULTILINE,
)
_PRIVATE_CARGO = regex.compile(rf"(?i:{PRIVATE_CARGO})")
# What END_SIGNATORY, END_CHAIN and END_CAPS_SIGNATORY read before a name they match (their look-behinds: a full stop,
# a dash, a semicolon, a party's capitals and a comma), each ending where the name starts, before the name's first two
# letters (a Title Case or a capitals word's): they are tried there alone (mention.matches_from), not at every position
# of the text as finditer tries a pattern that opens with look-behinds (three to five times slower on the corpus's
# texts). Two openers, not one alternation: a search of one that opens with a plain character is many times faster.
_NAME_OPENS = r"(?=\p{Lu}[\p{L}'’-])"
END_SIGNATORY_OPENERS = (regex.compile(rf"\.\s?{_NAME_OPENS}"), regex.compile(rf"[-–]\s{_NAME_OPENS}"))
# … and several such signatories closing the paragraph in a row, parted by semicolons or " e " (the same grammar
# repeated: "Despesas de Publicação: FAPDF; Kazuyoshi Ofugi, Diretor-Presidente da FAPDF; Carlos Lucianelli Filho,
# Diretor da Filial / Distrito Federal e Augusto Massaharo Iryoda, Gerente de Planejamento Comercial da Filial /
# Distrito Federal.", "… FAPDF, Kazuyoshi Ofugi, Diretor–Presidente e Odilon Santos Neto, Representante legal da
# Contratada." (DODF 2004, FAPDF extratos); every cargo a position's words or a representative's
_CHAIN_NAME = rf"{TITLE}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?{TITLE}){{1,6}}"
END_CHAIN = regex.compile(
    # (after a sentence, a semicolon or a party's capitals and a comma — "FAPDF, Kazuyoshi …" —; not after a comma
    # in a sentence, where the names are the persons it cites: "Compareceram à reunião, Paulo Roberto Alves, Diretor
    # de Obras e Sandra Maria Costa, Gerente de Contratos.", review rev26c)
    rf"(?<=[.;][ \t]|(?<![\p{{L}}])\p{{Lu}}{{2,}},[ \t])(?:(?P<name>{_CHAIN_NAME}),[ \t]*(?P<cargo>\p{{Lu}}[^;,\n]{{1,80}}?)(?:;[ \t]*|[ \t]+e[ \t]+))+"
    rf"(?P<name>{_CHAIN_NAME}),[ \t]*(?P<cargo>\p{{Lu}}[^;,\n]{{1,80}}?)\.[ \t]*$",
    regex.MULTILINE,
)
END_CHAIN_OPENERS = (regex.compile(rf"[.;,][ \t]{_NAME_OPENS}"),)


# … the name in capitals after a sentence's full stop, the position after a dash, a comma or a full stop, up to the
# next full stop or the paragraph's end: "… Data da assinatura: 18/01/2020. LUIZ OTÁVIO DE MAGALHÃES - REITOR" (DOE-BA
# 2020, UESB), "… a necessária eficácia. HUMBERTO LUCENA PEREIRA DA FONSECA, Secretário de Estado de Saúde" (DODF
# 2018), "Declaração de Dispensa em 05/08/2020. MERI HELEM ROSA DE ABREU. Coordenadora Geral de Aquisições … .
# Ratificação em 13/08/2020. ROBERTO FERREIRA DIAS. Diretor do Departamento de Logística em Saúde." (DOU 2020,
# SIDEC), ". LUIZ CARLOS SANTANA PASSOS. Diretor…" (DOU 2017), ". BENITO AUGUSTO GALIANI TIEZZI, Diretor-Geral
# Adjunto da Polícia Civil" (DODF 2020); the cargo holds no comma and opens with a position's word (``is_position``)
END_CAPS_SIGNATORY = regex.compile(
    rf"(?<=\.[ \t])(?P<name>{CAPS}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?{CAPS}){{1,6}})(?:[ \t]*[-–][ \t]*|,[ \t]*|\.[ \t]+)"
    r"(?P<cargo>\p{Lu}[^\n.;,]{1,80}?)[ \t]*(?=\.|$)",
    regex.MULTILINE,
)
END_CAPS_OPENERS = (regex.compile(rf"\.[ \t]{_NAME_OPENS}"),)


# A form's signature fields: "Nome: CÁTIA APARECIDA DA SILVA" / "Cargo: Diretor do Departamento" / "CPF: ***…" /
# "Assinatura: ____" (the TCE-SP "Termo de Ciência e de Notificação" every São Paulo partnership files: Paraguaçu
# Paulista termo de fomento 01/2024, an Econv export, and termo aditivo 50/2023, a scan): the name signs when an
# "Assinatura:" field follows it before the next "Nome:"; the identification fields without one do not. A general
# grammar of forms (a name field, then a signature field for the ink: a rule of underscores, a blank, or the ink as
# OCR reads it), one form in the real files (TCE-SP; the old corpus has none), restricted so that it cannot fire on
# an extrato's or an act's fields: a signing date ("Data da Assinatura: 18/10/2020", "ASSINATURA: 23/05/2023": the
# Paraguaçu scan's extrato, Pratânia-SP DO 136/2020) is no signature field, and "Nome: … / Cargo: …" with no
# signature field (DOU s2 2017-10-02 requisições) signs nothing
FORM_NAME = regex.compile(r"^[ \t]*(?i:nome)[ \t]*:[ \t]*", regex.MULTILINE)
FORM_CARGO = regex.compile(
    r"(?<![\p{L}])(?i:cargo)[ \t]*:[ \t]*(?P<c>[^\n]+?)[ \t]*(?=(?i:CPF|RG)(?![\p{L}])|$)", regex.MULTILINE
)
# (review25: the date as words or after "em", "Assinatura: 23 de maio de 2023", "Assinatura: em 23/05/2023", and a field
# labelled "Data da Assinatura:" are dates too)
FORM_SIGN = regex.compile(
    r"(?<![\p{L}])(?<!(?i:data)[ \t]+(?i:d[ae])[ \t]+)(?i:assinatura)[ \t]*:"
    r"(?![ \t]*(?:(?i:em)[ \t]+)?\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4}|[ \t]*[º°]?[ \t]*(?i:de)[ \t]+\p{L}))"
)
FORM_LINES = 4  # lines from the name to its "Assinatura:" field


def form_signatories(text: str) -> list[Printed]:
    out: list[Printed] = []
    for m in FORM_NAME.finditer(text):
        n = name_at(text, m.end())
        if n is None or not is_person(n.group()):
            continue
        end = m.end()
        for _ in range(FORM_LINES + 1):
            nl = text.find("\n", end + 1)
            end = len(text) if nl < 0 else nl
        nxt = FORM_NAME.search(text, n.end(), end)
        window = text[n.end() : nxt.start() if nxt else end]
        if not FORM_SIGN.search(window):
            continue
        c = FORM_CARGO.search(window)
        out.append(Printed(n.group(), c.group("c").strip(" .;") if c else None, n.start(), n.end()))
    return out
