"""Rule 13 of the merge policy (pipeline/ner/entities.py): the merged names of persons and bodies read once
more, by grammars of how names are printed in gazettes and instruments, each with examples from two
sources (cited at each rule; tests/ner/test_names.py holds them with near misses).

Persons (PESSOA):
- a name the line breaks: a person's name that does not open its line, and one or two name words in its
  case opening the next line, then punctuation, a number or a lower-case word (or one word alone on the
  line), are one name (``join_wrapped``);
- a name held by no entity after a military rank and its corps codes ("CAP PM FARM Patrícia Vollú Silva",
  "MAJ QOA BM MAT. 71650-2 Claudio Silva de Melo": ``RANKED``), or before "portador do CPF" / ", CPF nº"
  (``cpf_holders``);
- a form of address before a name is no part of it ("Senhor EVANUILTON MARCOS FERNANDES"), nor a position
  after it ("… Tavares- Ordenadora de Despesas", "… Avila Assessor Técnico em Saúde"); two names joined by
  " e " are two persons ("Rodrigo Castro Alves Neves e Gustavo Neves de Andrade Lemes": none of the 1,525
  PESSOA of LeNER-Br train holds " e ") (``person_pieces``).

Bodies (ORGANIZACAO):
- a body and its acronym joined by a hyphen without spaces are two, as LeNER-Br marks them with a dash
  ("Instituto Nacional do Seguro Social-INSS"), and so are an acronym and the body's name after it
  ("BAHIAINVESTE - Empresa Baiana de Ativos S/A", "CEAGESP - Companhia de Entrepostos …")
  (``body_pieces``);
- a body of an institution's kind (Escola, Colégio, Museu, Banda …) read by the model, and a person's name
  the model read right after it on its line, are one body named after that person ("Museu Municipal José
  Raphael Toscano", "Banda de Música Municipal Eduardo Gurgel Valente") (``named_after``).
"""

from __future__ import annotations

import regex

from seidou.patterns import firms, orgaos
from seidou.ner.shape import _NOT_NAME_WORDS, _TITLE, _TOKEN, UFS, STATE_NAMES, _name_part, slash_split

# ---------------------------------------------------------------------------------------------- persons

# words that open the next line of a name and are no name: roles, labels, positions
_NOT_CONTINUATION = _NOT_NAME_WORDS | frozenset(
    """contratante contratada contratado concedente convenente interveniente locador locadora locatário
    locatária fiscal fiscais gestor gestora suplente suplentes titular membro membros ordenador ordenadora
    representante id""".split()
)
# what may follow the name words of the next line: a comma (not a date's: "Salvador, 20 de janeiro"), a
# semicolon or bracket, a spaced dash
_AFTER_WRAP = regex.compile(r"[ \t]*(?:,(?![ \t]*\d)|[;(])|[ \t]+[-–][ \t]|\.[ \t]*(?:\n|$)")
_OF_WORD = regex.compile(r"(de|da|do|das|dos|DE|DA|DO|DAS|DOS)[ \t]+")
# (review26) what a connector opening the next line brings that is no surname: a body ("… SOUZA⏎DA SECRETARIA",
# "Maria da Silva⏎da Educação.") or a phrase ("… ALVES⏎DE ACORDO.")
_NOT_AFTER_OF = frozenset(
    """acordo educação educacao saúde saude fazenda cultura justiça justica defesa receita união uniao república
    republica estado município municipio distrito governo administração administracao segurança seguranca""".split()
)
_LINE_END = regex.compile(r"[ \t]*\n")  # matched in place, not on a slice of the rest of the text
_WRAP = regex.compile(r"[ \t]*\n[ \t]*")
_WORD = regex.compile(r"[^\s,;:()]+")
_SPACES = regex.compile(r"[ \t]+")


def _continuation(text: str, e: int, caps: bool) -> int | None:
    """Where a name broken at ``e`` (a line end) ends on the next line, or None (grammar of ``join_wrapped``)."""
    gap = _WRAP.match(text, e)
    if gap is None or "\n" not in gap.group():
        return None
    pos, words = gap.end(), 0
    # a connector may open the next line before a name word ("CB PM RG 92.177 ROSEMBERG DUARTE⏎DOS ANJOS.": DOE-RJ
    # 2023; "Robson Candido⏎da Silva, na qualidade", "EVIS PERES⏎DOS REIS - Representante": DODF 2021; "Paulo Roberto
    # Miranda Acácio⏎de Lima, Presidente": TCE-AC acórdão 2020)
    if (m := _OF_WORD.match(text, pos)) is not None and (m.group(1).isupper() == caps or not caps):
        nxt = _WORD.match(text, m.end())
        if (
            (m.group(1).islower() or caps)
            and nxt is not None
            and _name_part(nxt.group().rstrip("."), caps)
            and nxt.group().rstrip(".").lower() not in _NOT_AFTER_OF
            and orgaos.HEAD_ANYWHERE.match(nxt.group()) is None
        ):
            pos = m.end()
    while words < 2 and (m := _WORD.match(text, pos)) is not None:
        w, stop = m.group(), m.end()
        if len(w) > 2 and w.endswith(".") and _LINE_END.match(text, stop) or (len(w) > 2 and stop == len(text)):
            w, stop = w.rstrip("."), stop - (w[-1] == ".")  # the sentence's full stop at the line end: "DOS ANJOS."
        if not _name_part(w, caps) or w.lower() in _NOT_CONTINUATION or w.lower() in orgaos.OF:
            break
        pos, words = stop, words + 1
        if (space := _SPACES.match(text, pos)) is None or (nxt := _WORD.match(text, space.end())) is None:
            break
        if not _name_part(nxt.group(), caps) or nxt.group().lower() in _NOT_CONTINUATION:
            break
        pos = space.end()
    if words == 0:
        return None
    if _AFTER_WRAP.match(text, pos) or (words == 1 and _LINE_END.match(text, pos)):
        return pos
    return None


def join_wrapped(text: str, kept: list[tuple]) -> list[tuple]:
    """A PESSOA that does not open its line and ends at the line's end, and the one or two name words (in
    its case) opening the next line — read by the model as a second PESSOA or not at all —, are one name,
    when punctuation, a dash, a number or a lower-case word follows them, or they are one word alone on
    their line. Sources: DOE-BA 2020 "mantendo YVONNE VERENA⏎HENSCHEN MEIRA, na condição"; DOE-RJ 2023
    "3º SGT PM RG 91.081 FELIPE SANTANA⏎POMPEU⏎FISCAIS:"; DOM-CE APRECE 2013 "Assina pelo Contratado: Ana
    Maria Martins⏎Paiva - CPF". A name alone on its line (a signature block, a list) is never joined."""
    out = list(kept)
    for k in sorted(kept):
        s, e, label, src = k
        if label != "PESSOA" or k not in out:
            continue
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip() or len(text[s:e].split()) > 4:
            continue
        end = _continuation(text, e, text[s:e].isupper())
        if end is None:
            continue
        inside = [x for x in out if x is not k and e < x[1] and x[0] < end]
        if any(x[2] != "PESSOA" or x[1] > end for x in inside):
            continue  # the next line's words are another entity's
        out = [x for x in out if x is not k and x not in inside] + [(s, end, label, src)]
    return out


# a military or police rank, its corps and staff codes, and a registration number, before a name (a name
# no entity holds there): "MAJ QOA BM MAT. 71650-2 Claudio Silva de Melo;" (CBM-AL boletim geral 2024),
# "FISCAIS: CAP PM FARM Rebecca Gonçalves Di Lêu de Carvalho RG 89495", "Maj PM Med RG 76.611 Flávio dos
# Santos⏎Cerqueira" (DOE-RJ 2023, PMERJ extratos); at least one corps code or a registration after the rank
_RANK_CODES = r"(?:\d[º°ª][ \t]*)?(?:TEN-CEL|CEL|TC|MAJ|CAP|SUBTEN|TEN|ASP|SGT|CB|SD|ST|Cel|Maj|Cap|Ten|Sgt|Cb|Sd)"
_CORPS = (
    r"(?:RRm|RRM|RR|PM|BM|QOA|QOC|QOE|QOS|QOPM|QOBM|QPC|QPE|QPPMC|QPBM|QOAPM|FARM|Farm|MED|Med|ODONT|Odont|ENF|Enf)"
)
_REG = r"(?:RG|MAT\.?|Mat\.?|Matr[íi]cula|ID)[ \t]*(?:n[º°o]\.?[ \t]*)?[\d][\d.\-/]*"
_TITLE_WORD = r"\p{Lu}\p{Ll}(?:[\p{Ll}'’\-]*\p{Ll})?"
_CAPS_WORD = r"\p{Lu}[\p{Lu}'’\-]*\p{Lu}"
_OF = orgaos.cased((*orgaos.OF, "di", "du"))
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NOT_LABEL = r"(?!(?:RG|ID|MAT|CPF|SIAPE|PM|BM|DATA|FISCAIS|SUPLENTES|GESTOR)(?![\p{L}]))"
RANKED = regex.compile(
    rf"(?<![\p{{L}}]){_RANK_CODES}\.?(?:[ \t]+{_CORPS}(?![\p{{L}}]))*(?:[ \t]+{_REG})?[ \t]+"
    rf"(?P<name>{_NOT_LABEL}(?:{_TITLE_WORD}(?:{_SP}(?:{_OF}{_SP})?{_NOT_LABEL}{_TITLE_WORD}){{1,6}}"
    rf"|{_CAPS_WORD}(?:[ \t]+(?:{_OF}{_SP})?{_NOT_LABEL}{_CAPS_WORD}){{1,6}}))(?![\p{{L}}])"
)


_CODE_OR_REG = regex.compile(rf"(?<![\p{{L}}])(?:{_CORPS}|{_REG})")  # in the words before the name


def ranked(text: str) -> list[tuple[int, int, str]]:
    """Persons named after a rank with a corps code or a registration (``RANKED``)."""
    out = []
    # a name here needs a corps code or a registration in the words before it (below): 6 documents in 7 on real print
    # none anywhere, which a scan for them, a quarter of RANKED's, tells
    if _CODE_OR_REG.search(text) is None:
        return out
    for m in RANKED.finditer(text):
        head = text[m.start() : m.start("name")]
        if not _CODE_OR_REG.search(head):
            continue  # a rank alone ("Cap Fulano") is left to the model
        s, e = m.span("name")
        # (a name ends on no connector; a line that ends on one goes on: "1º SGT QPPMC NORZENBERG DA⏎SILVA COELHO - …",
        # DODF 004 of the old corpus: review24)
        while (last := _TRAILING_OF.search(text, s, e)) is not None:
            e = last.start()
        if len(text[s:e].split()) >= 2:
            out.append((s, e, "PESSOA"))
    return out


_TRAILING_OF = regex.compile(rf"{_SP}{_OF}$")


# a person's name before the identity document it carries: "o Servidor Público Municipal José Genildo Feitosa,
# portador do CPF nº" (DOM-CE APRECE 2022), "representado por Antônio Eudes dos Santos, portador do RG" (DODF
# 2020-01-07); not a name run back to a connector or a body's head ("… Secretaria de Segurança Pública do
# DF, inscrito no CPF": no "portador" there)
_CPF_MARK = regex.compile(r"[ \t]*,[ \t]*portador[a]?[ \t]+d[oa][ \t]+(?:CPF|C\.P\.F|RG|R\.G|Carteira|C[ée]dula)")
# words before a name that qualify a person, not name one
_QUALIFIERS = frozenset(
    """público pública municipal estadual federal efetivo efetiva senhor senhora sr sra sr. sra. servidor
    servidora cedido cedida""".split()
)


def cpf_holders(text: str) -> list[tuple[int, int, str]]:
    """Persons named right before their CPF: the name words (two to seven, in one case) before the mark; the
    name may start at the end of the line above when words not of a name open that line ("… conceder pensão
    Vitalícia a FRANCIMILDES LIMA⏎VIANA, portadora do CPF": DOU S2 2017-10-02, review24 finding 27)."""
    out = []
    if "portador" not in text:
        return out  # (the mark's word, looked for as a string first: 1 document in 40 prints it)
    for m in _CPF_MARK.finditer(text):
        words = list(_TOKEN.finditer(text[max(0, m.start() - 120) : m.start()]))
        offset = max(0, m.start() - 120)
        if not words or text[offset + words[-1].end() : m.start()].strip(" \t,"):
            continue
        caps = words[-1].group().rstrip(",").isupper()
        start, names, crossed, cut = None, 0, False, None
        for w in reversed(words):
            token = w.group().rstrip(",")
            if w.group() != token and start is not None:
                break  # a comma before the name's words
            if token.lower() in _QUALIFIERS or not _name_part(token, caps):
                break
            if start is not None and "\n" in text[offset + w.end() : start]:
                if crossed:
                    break  # one line end inside a name at most
                crossed = True
            if cut is None and start is not None and names >= 2 and "\n" in text[offset + w.end() : m.start()]:
                cut = (start, names)  # where a name stops at a line end, unless words not of a name open this line
            start = offset + w.start()
            names += token.lower() not in orgaos.OF
        if cut is not None and (not text[text.rfind("\n", 0, start) + 1 : start].strip() or names > 7):
            start, names = cut  # a name that opens its line is that line's (a heading, a label): cut at the line end
        if start is None or names < 2 or names > 7 or text[start : start + 3].lower().rstrip() in orgaos.OF:
            continue  # "DEPARTAMENTO MUNICIPAL | DE ASSISTÊNCIA SOCIAL": a body's name, not a person's
        out.append((start, offset + words[-1].start() + len(words[-1].group().rstrip(",")), "PESSOA"))
    return out


_ADDRESS = regex.compile(r"(?:Senhor|Senhora|SENHOR|SENHORA|Sr\.|Sra\.|SR\.|SRA\.)[ \t]+")
# a position after a name: after a dash ("Elenita Rayane Gonçalves Tavares- Ordenadora de Despesas": DOM-CE
# APRECE 2022; "JOSÉ … - Prefeito Municipal": AMA-AL 2016) or a position's word in Title Case after the name
_POSITION_WORDS = regex.compile(
    r"(?i:Ordenador[a]?|Pregoeir[oa]|Gestor[a]?|Fiscal|Prefeit[oa]|Vice-Prefeit[oa])(?![\p{L}])"
)


def _position_at(word: str) -> bool:
    return bool(_TITLE.match(word + " ") or _POSITION_WORDS.match(word))


_GENERATION = frozenset("filho filha neto neta júnior junior jr. jr sobrinho sobrinha".split())


_PIECE, _AND = regex.compile(r"[^\s\-–]+(?:-[^\s\-–]+)*|[-–]"), regex.compile(r"[ \t]+e[ \t]+")


def person_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A merged PESSOA without a form of address before it or a position after it, and cut in two at " e "
    between two names of two words or more."""
    if (m := _ADDRESS.match(text, s, e)) is not None:
        s = m.end()
    words = list(_PIECE.finditer(text[s:e]))
    for i, w in enumerate(words):
        if i >= 2 and (w.group() in "-–" or _position_at(w.group())):
            if w.group() in "-–" and (i + 1 == len(words) or not _position_at(words[i + 1].group())):
                continue
            e = s + w.start()
            while e > s and text[e - 1] in " \t-–,":
                e -= 1
            break
    m = _AND.search(text[s:e])
    if m is not None:
        left, right = text[s : s + m.start()].split(), text[s + m.end() : e].split()
        # (a surname joined by " e " and a generation's word are one name: "Paulo Sérgio Costa e Silva Filho": review24)
        right = right[:-1] if right and right[-1].casefold() in _GENERATION else right
        named = lambda ws: sum(w.lower() not in orgaos.OF for w in ws)  # noqa: E731
        if named(left) >= 2 and named(right) >= 2:
            return [(s, s + m.start()), (s + m.end(), e)]
    return [(s, e)]


# ---------------------------------------------------------------------------------------------- bodies

# a body's name in Title Case and its acronym after a hyphen: "Instituto Nacional do Seguro Social-INSS"
# (DOM-CE APRECE 2013), "Departamento Nacional de Infraestrutura de Transportes-DNIT", "… Renováveis-IBAMA"
# (DOU 2014-10-01)
_HYPHEN_ACRONYM = regex.compile(r"(?P<body>\S+\s.*\p{Ll}[\p{L}]*)-(?P<tail>\p{Lu}{3,}[\p{Lu}\d]*)", regex.DOTALL)
# an acronym and the body's name after a dash: "BAHIAINVESTE - Empresa Baiana de Ativos S/A" (DOE-BA 2020),
# "ACIPP - Associação Comunitária Integrada de Paraguaçu Paulista" (Paraguaçu Paulista-SP 2023), "CEAGESP -
# Companhia de Entrepostos e Armazéns Gerais de São Paulo" (DOU 2014)
# (merge@17: the acronym with its state's abbreviation, as acronyms are printed in both orders of the pair: "APCAP-DF -
# Associação dos Policiais Civis …", "SINCAAP/DF – Sindicato da Carreira …" (DODF 2021), "FAMICRO-DF - FEDERAÇÃO DAS
# ASSOCIAÇÕES …" (DODF 2004); "… - PROCON-RJ" (DOE-RJ 2023), "SES-DF", "IBRAM/DF" (DODF 2019, 2020))
_ACRONYM_HEAD = regex.compile(
    rf"(?P<acr>\p{{Lu}}[\p{{Lu}}\d]{{2,}}(?:[-/][A-Z]{{2}})?)[ \t]+[-–][ \t]+(?P<body>(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER})(?![\p{{L}}]).*\S)",
    regex.DOTALL,
)


# a body's name in Title Case and an acronym after a slash: "Estado da Bahia/SEFAZ" (DOE-BA 2020 extratos),
# "Secretaria de Inspeção do Trabalho/MTE", "Ministério da Fazenda/DRF" (DOU 2014); not a state ("… de
# Abaiara/CE": rule 12) nor capitals ("CMDCA/BH", "SES/DF": one acronym)
_SLASH_ACRONYM = regex.compile(
    r"(?P<body>\S+\s.*\p{Ll}[\p{L}]*)[ \t]*/[ \t]*(?P<tail>\p{Lu}{3,}[\p{Lu}\d]*)", regex.DOTALL
)


# a form's label read into a firm's name, with the item's numeral: "III- Nome/Razão Social BEX Feiras e Eventos
# Culturais LTDA." (DOE-RJ 2023, cultural incentive projects), "Razão Social RodoNorte Concessionária de
# Rodovias Integradas S/A" (DOU 2014): a label with no colon after it
_NAME_LABEL = regex.compile(
    r"(?:[IVXLC]+|\d{1,3})?[ \t]*[-–.)]?[ \t]*(?i:(?:nome[ \t]*/[ \t]*)?raz[ãa]o[ \t]+social|nome[ \t]+empresarial)[ \t]+(?=\p{Lu})"
)
# one body in another: "… dos estudantes do Colégio Estadual Maria José de Lima Silveira no Colégio da Polícia Militar
# …" (DOE-BA 2020), "Divisão Técnico-Ambiental do IBAMA na Superintendência do IBAMA no Estado da Paraíba",
# "Superintendência Regional de Polícia Federal no Paraná e no Departamento de Polícia Federal" (DOU S2 2017-10-02)
# — "no", "na" before a body's head word opening a body's name; not "Departamento de Relações de Trabalho no Serviço
# Público" (one body's name: DOU S2 2017-10-02; the public service is no body, patterns/orgaos.py NOT_A_BODY)
_IN_BODY = regex.compile(
    rf"[ \t]+(?:no|na|nos|nas|NO|NA|NOS|NAS)[ \t]+(?=(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER})(?![\p{{L}}]))"
)


def body_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A merged ORGANIZACAO without a form's label before it, as the body and its acronym when a hyphen, a
    slash or a dash joins them, and as two bodies when one is said to be in the other."""
    if (m := _NAME_LABEL.match(text, s, e)) is not None:
        s = m.end()
    if (
        (m := _IN_BODY.search(text, s, e)) is not None
        and len(text[s : m.start()].split()) >= 2
        and not orgaos.NOT_A_BODY.match(text, m.end())
    ):
        return [*body_pieces(text, s, m.start()), *body_pieces(text, m.end(), e)]
    for rx in (_HYPHEN_ACRONYM, _SLASH_ACRONYM):
        m = rx.fullmatch(text, s, e)
        if m is not None and m["tail"] not in UFS and m["tail"] not in STATE_NAMES and "\n" not in m["body"]:
            return [(m.start("body"), m.end("body")), (m.start("tail"), m.end("tail"))]
    if (m := _ACRONYM_HEAD.fullmatch(text, s, e)) is not None and len(m["body"].split()) >= 2:
        return [(m.start("acr"), m.end("acr")), (m.start("body"), m.end("body"))]
    if (m := _BROKEN_ACRONYM.fullmatch(text, s, e)) is not None and _acronym_after(
        text[s:e], _BROKEN_WORD.search(text[s:e])
    ):
        return [(m.start("body"), m.end("body")), (m.start("tail"), m.end("tail"))]
    return [(s, e)]


# a body's name in capitals and its acronym after a hyphen that ends the line: "INSTITUTO NACIONAL DO SEGURO SOCIAL-⏎INSS"
# (DOM-CE APRECE 2013), as on one line ("… Transportes-DNIT", _HYPHEN_ACRONYM): two entities (review24 finding 28)
_BROKEN_ACRONYM = regex.compile(r"(?P<body>\S+\s.*\p{Lu})-\n[ \t]*(?P<tail>\p{Lu}[\p{Lu}\d]{2,9})", regex.DOTALL)


# institutions named after a person ("Escola Municipal João XXIII", "Museu Municipal José Raphael Toscano":
# DOU 2017-10-02; "Banda de Música Municipal Eduardo Gurgel Valente": DOM-CE APRECE 2013)
_NAMED_AFTER = regex.compile(
    r"(?:Escola|Colégio|Creche|Museu|Banda|Biblioteca|Teatro|Estádio|Ginásio|Hospital|Maternidade|Policlínica"
    r"|Unidade Escolar|Centro Educacional|Centro Municipal|Centro Estadual)(?![\p{L}])"
)


def named_after(text: str, kept: list[tuple]) -> list[tuple]:
    """A model ORGANIZACAO of an institution's kind and the PESSOA right after it on its line (one space
    between, both in Title Case or both in capitals) are one ORGANIZACAO."""
    out = list(kept)
    orgs = {(k[0], k[1]): k for k in kept if k[2] == "ORGANIZACAO"}
    for k in kept:
        s, e, label, src = k
        if label != "PESSOA":
            continue
        org = next((o for (_a, b), o in orgs.items() if b == s - 1 and text[b] in " \t"), None)  # one space before
        if org is None or not _NAMED_AFTER.match(text, org[0]) or org not in out or k not in out:
            continue
        if text[org[0] : org[1]].isupper() != text[s:e].isupper() or text[org[1] - 1 : org[1]].lower() == "e":
            continue
        out = [x for x in out if x is not k and x is not org] + [(org[0], e, "ORGANIZACAO", org[3])]
    return out


# a state or municipality that acts, a legal person: the value of a party's label ("Contratante: Estado da
# Bahia, através da Secretaria …", "CONVENENTE: MUNICÍPIO DE MAETINGA - BAHIA": DOE-BA 2020; "PARTES : Estado
# do Rio de Janeiro, através da Secretaria …": DOE-RJ 2023; "Partes: O Município de Barbalha, através da …":
# DOM-CE APRECE 2022; "Contratante: Município de Belo Horizonte / Secretaria Municipal de Fazenda": DOM Belo
# Horizonte 2024), one a contract was made with ("celebrado com o Município de Jucuruçu", "celebrado entre o
# MUNICÍPIO DE CAMAÇARI e a empresa": DOE-BA 2020), or one that acts through a body or a representative ("O
# Município de Belo Horizonte, por intermédio da …": DOM Belo Horizonte 2024; "O MUNICÍPIO DE CAMPO ALEGRE DE
# LOURDES, ESTADO DE BAHIA, representado pelo seu Prefeito": DOE-BA 2020); not a place named in passing
# ("no Município de Tanguá", "do Município de Acopiara", "O GOVERNADOR DO ESTADO DA BAHIA, no uso …")
_POLITY = regex.compile(
    r"(?:Munic[íi]pio|MUNIC[ÍI]PIO|Estado|ESTADO|Distrito Federal|DISTRITO FEDERAL|União|UNIÃO)(?![\p{L}])"
)
_PARTY_LABEL = regex.compile(
    r"(?i:contratante|contratad[oa]|convenente|concedente|partes|part[íi]cipes?|locat[áa]ri[oa]|locador[a]?"
    r"|compromiss[áa]ri[oa]s?|[óo]rg[ãa]o gerenciador|parceiro(?:/estado)?|outorgante|outorgad[oa]|cedente"
    r"|cession[áa]ri[oa]|interveniente|permitente|permission[áa]ri[oa])[ \t]*:[ \t]*(?:[OA][ \t]+)?$"
)
_MADE_WITH = regex.compile(r"(?i:celebrad[oa]|firmad[oa]|assinad[oa])[ \t]+(?i:com|entre)[ \t]+o[ \t]+$")
_ACTS = regex.compile(
    r"(?:[ \t]*[,–-][ \t]*(?i:estado[ \t]+d[eoa])[ \t]+[^,\n]+)?[ \t]*,?[ \t\n]*"
    r"(?i:através|por intermédio|representad[oa]|neste ato)(?![\p{L}])"
)


_MUNICIPALITY_BEFORE = regex.compile(r"(?i:munic[íi]pio[ \t]+d[eoa][ \t]+[^,\n]+),[ \t]*$")


def acting_polity(text: str, s: int, e: int) -> bool:
    """Whether a LOCAL that names a state or municipality is a party there (a legal person: ORGANIZACAO)."""
    words = text[s:e].split()
    if not _POLITY.match(text, s, e) or (len(words) < 3 and words[0].lower() not in ("distrito", "união")):
        return False
    if words[-1].lower() in orgaos.OF:
        return False  # "MUNICÍPIO DE | WAGNER": a name the model cut
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 60) : s]
    if _MUNICIPALITY_BEFORE.search(before):
        return False  # "O MUNICÍPIO DE CAMPO ALEGRE DE LOURDES, | ESTADO DE BAHIA": where the municipality is
    return bool(_PARTY_LABEL.search(before) or _MADE_WITH.search(before) or _ACTS.match(text, e))


# a body's name the line end cuts after a connector or a second body's head word: "Organização Pan-Americana da
# Saúde/Organização⏎Mundial da Saúde - C.N.P.J." (DOU 2020 extratos), "Partícipes: Secretaria de Estado de⏎Saúde
# do Distrito Federal (SES-DF)" (DODF 2020-01-08): read on over the next line's capitalised words and connectors
_CUT_AT_LINE_END = regex.compile(rf"(?:[ \t]+{orgaos.cased((*orgaos.OF, 'e'))}|/[ \t]*(?:{orgaos.HEADS}|Organização))$")
_NEXT_LINE_NAME = regex.compile(
    rf"[ \t]*\n[ \t]*\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+(?:{orgaos.cased(orgaos.CONNECTORS)}[ \t]+)*\p{{Lu}}[\p{{L}}'’\-]*){{0,7}}"
)


# (merge@17: and the connector the órgão rule left out, printed before the line end: "ASSOCIAÇÃO ASSISTÊNCIA, CULTURA
# E⏎EDUCAÇÃO HUMANA - ACEHU" (DODF 2021), "Secretaria de Estado de⏎Saúde do Distrito Federal" (DODF 2020-01-08); not
# over a next line that opens another body: "… CULTURA E⏎SECRETARIA DE ESTADO DE⏎DESENVOLVIMENTO" (the next column))
_CONNECTOR_AT_LINE_END = regex.compile(rf"[ \t]+{orgaos.cased((*orgaos.OF, 'e'))}(?=[ \t]*\n)")
_NEXT_LINE_BODY = regex.compile(rf"[ \t]*\n[ \t]*(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER})(?![\p{{L}}])")


def _read_on(text: str, s: int, e: int) -> int:
    if _CUT_AT_LINE_END.search(text, s, e) is None:
        if len(text[s:e].split()) < 2 or (c := _CONNECTOR_AT_LINE_END.match(text, e)) is None:
            return e
        if _NEXT_LINE_BODY.match(text, c.end()) or (text[s:e].isupper() and not c.group().isupper()):
            return e  # (a lower-case "e" after a name in capitals joins two names: "… A CULTURA e⏎ASSOCIACAO …",
            # UNESCO contract 2012)
        e2 = c.end()
        m = _NEXT_LINE_NAME.match(text, e2)
        return m.end() if m is not None else e
    if (m := _NEXT_LINE_NAME.match(text, e)) is None:
        return e
    return m.end()


# a body's name and a state's name after a dash are one name (rule 9's convention, shape.acronym_split): "(ASSOCIAÇÃO
# OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA)" (UNESCO contract 2012; the Abrinq termo 2021 prints it too)
_DASH = regex.compile(r"[ \t]*[-–][ \t]*")
_SEAT = regex.compile(r"(?i:prefeitura|c[âa]mara|governo|assembleia)(?![\p{L}])")
# (only a civil-society body's chapter of a state, the name closed right after the state (a bracket, a comma, a line's
# end); not a public body's seat: review24 found the rule memorized on one entity, so kept to this general form)
_CIVIL_HEAD = regex.compile(
    r"(?i:associa[çc][ãa]o|funda[çc][ãa]o|instituto|federa[çc][ãa]o|confedera[çc][ãa]o|sindicato|cooperativa"
    r"|sociedade|movimento|liga)(?![\p{L}])"
)
_NAME_CLOSED = regex.compile(r"[ \t]*(?:[),;\n]|$)")


def with_state(text: str, kept: list[tuple]) -> list[tuple]:
    """An ORGANIZACAO and the LOCAL right after it, a state's name after a dash, as one ORGANIZACAO."""
    out = list(kept)
    places = {k[0]: k for k in kept if k[2] == "LOCAL" and text[k[0] : k[1]].upper() in STATE_NAMES}
    for k in kept:
        if k[2] != "ORGANIZACAO" or (m := _DASH.match(text, k[1])) is None or m.end() not in places:
            continue
        if _POLITY.match(text, k[0]) or _SEAT.match(text, k[0]):
            continue  # "MUNICÍPIO DE MAETINGA - BAHIA", "PREFEITURA MUNICIPAL DE ACOPIARA – CEARÁ": where it is
        place = places[m.end()]
        if not _CIVIL_HEAD.match(text, k[0]) or not _NAME_CLOSED.match(text, place[1]):
            continue
        if place in out and k in out:
            out = [x for x in out if x is not k and x is not place] + [(k[0], place[1], k[2], k[3])]
    return out


# two bodies joined by a slash (shape.slash_split), an international organization's too: "Organização Pan-Americana
# da Saúde/Organização Mundial da Saúde" (DOU 2020 extratos)
# (generalized to any body's head word after the slash, patterns/orgaos.py HEADS: "Secretaria de Estado de Saúde/
# Fundo Estadual de Saúde", review24)
_SLASH_ORGANIZATION = regex.compile(
    rf"[ \t]*/[ \t]*(?=(?:Organização|ORGANIZAÇÃO|{orgaos.HEADS}|{orgaos.HEADS_UPPER})(?![\p{{L}}]))"
)


def _slash_bodies(text: str, s: int, e: int) -> list[tuple[int, int]]:
    m = _SLASH_ORGANIZATION.search(text, s, e)
    if m is not None and len(text[s : m.start()].split()) >= 2 and len(text[m.end() : e].split()) >= 2:
        return [*slash_split(text, s, m.start()), *_slash_bodies(text, m.end(), e)]
    return slash_split(text, s, e)


def reread(text: str, kept: list[tuple]) -> list[tuple]:
    """Rule 13 over the merged (start, end, label, source) entities."""
    kept = [
        (s, e, "ORGANIZACAO" if label == "LOCAL" and acting_polity(text, s, e) else label, src)
        for s, e, label, src in kept
    ]
    kept = join_wrapped(text, kept)
    kept = with_state(text, kept)
    kept = [(s, _read_on(text, s, e) if label == "ORGANIZACAO" else e, label, src) for s, e, label, src in kept]
    kept = named_after(text, kept)
    out = []
    for s, e, label, src in kept:
        if label == "ORGANIZACAO" and len(parts := _slash_bodies(text, s, e)) > 1:  # "Município de X / Secretaria …"
            out.extend((a, b, label, src) for a, b in parts)
            continue
        pieces = (
            person_pieces(text, s, e)
            if label == "PESSOA"
            else body_pieces(text, s, e)
            if label == "ORGANIZACAO"
            else [(s, e)]
        )
        out.extend((a, b, label, src) for a, b in pieces if b > a)
    # one entity per span and label: a place read as a party's body where the party rule has it already
    rules = {(s, e, label) for s, e, label, src in out if src == "rule"}
    return list(dict.fromkeys(k for k in out if k[3] == "rule" or (k[0], k[1], k[2]) not in rules))


# ------------------------------------------------------------------------------- acronyms defined in text

# an acronym printed after a name, after a dash or in brackets: "JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB"
# (DOE-BA 2020), "FUNDAÇÃO INSTITUTO DE PESQUISA E ESTUDO DE DIAGNÓSTICO POR IMAGEM – FIDI" (FIDI PRONAS
# declarations 2024), "Horto Central Florestal Santos Lima (HCFSL)" (DOE-RJ 2023), "Departamento Nacional de
# Infraestrutura de Transportes-DNIT" (DOU 2014); the spaces and tabs before the dash or bracket belong to the match
# too (:func:`_definitions` adds them: a pattern that may open on a space is tried at every space of the text, a
# search five times as long as one that opens on the dash or bracket)
_DEFINED = regex.compile(
    r"(?:[-–][ \t]*|\()(?P<acr>\p{Lu}[\p{Lu}\d]{2,9})(?=\)|[ \t]*[,.;:/\n]|[ \t]+[-–]|[ \t]+\p{Ll}|$)"
)
_LONG_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
# the same words read right to left (``(?r)``: each run of letters, apostrophes and hyphens is one word from its first
# letter either way), as defined_bodies walks them: the last few, not the whole line's before each acronym
_LONG_WORD_BACK = regex.compile(r"(?r)[\p{L}][\p{L}'’\-]*")
_SMALL = frozenset(
    (
        *orgaos.OF,
        "e",
        "em",
        "por",
        "para",
        "a",
        "o",
        "à",
        "ao",
        "no",
        "na",
        "DE",
        "DA",
        "DO",
        "DAS",
        "DOS",
        "E",
        "EM",
        "POR",
        "PARA",
        "NO",
        "NA",
    )
)


def _long_form(words: list[str], acr: str) -> int | None:
    """Schwartz & Hearst (2003): the first of ``words`` (read back from the acronym) where the acronym's
    letters, matched from its end backwards through the words' letters, end on a word's first letter; at
    most min(len+5, 2·len) words besides connectors."""
    letters = acr.lower()
    limit = min(len(letters) + 5, 2 * len(letters))
    wi, ci = len(words) - 1, len(words[-1]) - 1 if words else -1
    li = len(letters) - 1
    while li >= 0:
        if wi < 0 or sum(x not in _SMALL for x in words[wi:]) > limit:
            return None
        w = words[wi].lower()
        if ci < 0:
            wi -= 1
            ci = len(words[wi]) - 1 if wi >= 0 else -1
            continue
        if w[ci] == letters[li] and (li > 0 or ci == 0):
            li -= 1
        ci -= 1
        if li >= 0 and ci < 0:
            wi -= 1
            ci = len(words[wi]) - 1 if wi >= 0 else -1
    return wi if wi >= 0 else None


def _definitions(text: str) -> list[tuple[int, str]]:
    """Where each acronym definition (``_DEFINED``) starts, the spaces and tabs before its dash or bracket included
    (a match ends on its acronym, so the spaces after one are the next one's), and its acronym."""
    out = []
    for m in _DEFINED.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        out.append((start, m["acr"]))
    return out


def defined_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """Bodies named by the words an acronym printed after them abbreviates: capitalised words and
    connectors on the acronym's line, the first one opening with its first letter (``_long_form``)."""
    out = []
    for start, acr in _definitions(text):
        if acr in UFS or acr in STATE_NAMES or acr in _NOT_ACRONYMS or acr.isdigit():
            continue
        line_start = text.rfind("\n", 0, start) + 1
        spans = []
        for w in _LONG_WORD_BACK.finditer(text, line_start, start):
            if text[w.end() : (spans[-1][0] if spans else start)].strip(" \t"):
                break  # punctuation between the words: the name ends there
            word = w.group()
            if not word[0].isupper() and word not in _SMALL:
                break
            spans.append((w.start(), w.end()))
            if len(spans) > 14:
                break
        spans.reverse()
        while spans and text[spans[0][0] : spans[0][1]] in _SMALL:
            spans.pop(0)
        if len(spans) < 2:
            continue
        words = [text[a:b] for a, b in spans]
        first = _long_form(words, acr)
        if first is None or words[first] in _SMALL or len(words) - first < 2:
            continue
        if not _BODY_HEAD.fullmatch(words[first]):
            continue  # "Consolidação das Leis do Trabalho - CLT", "Diário Oficial Eletrônico do Município - DOEM"
        if _NOT_A_BODY.match(" ".join(words[first:])):
            continue
        end = spans[-1][1]
        while text[end - 1] in "-–":
            end -= 1  # "Núcleo de Segurança do Paciente-NSP"
        out.append((spans[first][0], end, "ORGANIZACAO", "defined"))
    return out


# a body's head word opens the name (patterns/orgaos.py HEADS, and the states' Juntas Comerciais): things
# abbreviated in acts are no bodies ("Consolidação das Leis do Trabalho - CLT", "Guias do Recolhimento … - GFIP",
# "Autorização de Fornecimento de Material - AFM": tune extratos and termos)
_BODY_HEAD = regex.compile(rf"(?:{orgaos.HEADS}|Junta)|(?:{orgaos.HEADS_UPPER}|JUNTA)", regex.IGNORECASE)
# a head word that opens a fiscal or a system's term, no body (patterns/orgaos.py NOT_A_BODY)
_NOT_A_BODY = orgaos.NOT_A_BODY
_NOT_ACRONYMS = frozenset("ME EPP LTDA CNPJ CPF CEP SEI NUP CEL MAJ CAP TEN SGT EIRELI".split())


# ----------------------------------------------------------------------------------- a firm after "empresa"

# a firm's name in capitals after the noun "empresa" (patterns/firms.py reads "empresa" as a role word before
# a name): "em favor da empresa D. HOSP DISTRIBUIDORA HOSPITALAR, no valor" (DODF 2018-02-09), "PARTES : SEPM
# e a empresa MULTIFARMA COMERCIO E REPRE-⏎SENTAÇÕES LTDA - CNPJ" (DOE-RJ 2023), "à empresa BRINDES TIP LTDA,"
# (DOU 2014 old corpus): initials, "&", connectors in capitals and a word broken by a hyphen at the line end
# inside; it ends at punctuation, a lower-case word, an identifier's label or a spaced dash. An article or a
# preposition before "empresa" (a table's "EMPRESA ITEM SICAM DESCRIÇÃO VALOR" header is no name), not "pela"
# ("PELA EMPRESA DHEYNE HAERY FERREIRA FRANQUI": the firm's signatory, DODF 2018)
_CAPS_TOKEN = r"(?:\p{Lu}\.(?:\p{Lu}\.?)*|\p{Lu}[\p{Lu}\d'’]*(?:-\n?(?!CNPJ|CPF)\p{Lu}[\p{Lu}'’]*)*|&)"
EMPRESA = regex.compile(
    rf"(?<![\p{{L}}])(?:a|à|da|na|A|À|DA|NA)[ \t]+(?:empresa|Empresa|EMPRESA)[ \t]+(?P<name>(?!CNPJ|CPF){_CAPS_TOKEN}"
    rf"(?:[ \t]+(?!CNPJ|CPF|ME(?![\p{{L}}])){_CAPS_TOKEN}){{1,11}})(?![\p{{L}}\d])"
)


# (in prose in capitals "EMPRESA" is followed by any words: a name only with a legal form or a CNPJ near it, and never
# one opening with a word of the sentence: "CONTRATAÇÃO DA EMPRESA PARA PRESTAÇÃO DE SERVIÇOS …", "EM FAVOR DA EMPRESA
# VENCEDORA DO CERTAME", "A EMPRESA CONTRATADA DEVERÁ", "NA EMPRESA PÚBLICA MUNICIPAL": review24)
_NOT_FIRST = frozenset(
    """PARA VENCEDORA VENCEDOR CONTRATADA CONTRATADO CONTRATANTE PÚBLICA PUBLICA ESPECIALIZADA ESPECIALIZADO LICITANTE
    PARTICIPANTE DEVERÁ DEVERA QUE ACIMA ABAIXO ADJUDICATÁRIA ADJUDICATARIA HABILITADA INABILITADA CREDENCIADA
    INTERESSADA RESPONSÁVEL RESPONSAVEL SUPRACITADA MENCIONADA REFERIDA DETENTORA PRESTADORA FORNECEDORA ARREMATANTE
    NO NA EM COM SEM SOB""".split()
)
_FIRM_NEAR = regex.compile(
    r"(?<![\p{L}])(?:LTDA|EIRELL?I|ME|EPP|S/A|S\.A\.?|CNPJ|MEI)(?![\p{L}])|\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}"
)
FIRM_NEAR_REACH = 80


_CAPS_JOIN_LAST = regex.compile(r"[ \t]+(?:DE|DA|DO|DAS|DOS|E|EM|&)$")  # a connector at a firm's name's end


def empresa_names(text: str) -> list[tuple[int, int, str, str]]:
    """Firms named after the noun "empresa", in capitals (``EMPRESA``): two words or more, the connectors at
    the end given back; after "EMPRESA" in capitals only with a legal form or a CNPJ near."""
    out = []
    if "mpresa" not in text and "MPRESA" not in text:
        return out  # (the noun, looked for as a string first: 1 document in 7 prints it)
    for m in EMPRESA.finditer(text):
        s, e = m.span("name")
        if text[s:e].split()[0].rstrip(".,") in _NOT_FIRST:
            continue
        if "EMPRESA" in m.group() and not _FIRM_NEAR.search(text, s, min(len(text), e + FIRM_NEAR_REACH)):
            continue
        while (last := _CAPS_JOIN_LAST.search(text[s:e])) is not None:
            e = s + last.start()
        if len(text[s:e].split()) >= 2 and not text[s:e].isdigit():
            out.append((s, e, "ORGANIZACAO", "firm"))
    return out


# (merge@19) a name in capitals with its CNPJ and number right after it is a legal person's, an ORGANIZACAO, after a
# line's start, a label's colon, a number or a lower-case word: "CONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06
# OBRAS SOCIAIS IRMÃ DULCE - CNPJ nº 15.178…", "… AJUDA SOCIAL A CRIANÇA - CNPJ nº 13.507…" (Salvador DOM 2017),
# "em favor das empresas J G DA CRUZ JUNIOR JJ REPRESENTACAO, CNPJ: 51.228.218/0001-39" (AMA-AL 2023),
# "Contratado(a):M DO SOCORRO BORGES ARAÚJO - CNPJ:11.983.929/0001-02" (DOM-CE APRECE 2013); a table's header
# ("RAZÃO SOCIAL - CNPJ") has no number after it
_HOLDER_WORD = r"\p{Lu}[\p{Lu}\d.&'’/]*(?:-\p{Lu}[\p{Lu}\d]*)*"  # a firm's word: digits, "&", "S/A", "AL-TEIX"
CNPJ_HOLDER = regex.compile(
    rf"(?:(?<=^|\n)|(?<=[:;][ \t]*)|(?<=\d[ \t]+)|(?<=\p{{Ll}}[ \t]+))(?P<name>{_HOLDER_WORD}(?:[ \t]+{_HOLDER_WORD}){{1,11}})"
    r"[ \t]*[-–,][ \t]*CNPJ(?:/MF)?[^\d\n]{0,12}\d{2}\.?\d{3}\.?\d{3}"
)
_ARTICLE_FIRST = regex.compile(r"(?:O|A|OS|AS|AO|AOS|À|ÀS|E|DE|DA|DO|DAS|DOS)[ \t]+")
# (review27) a heading in capitals, an act's title or a field's name is no holder: "EXTRATO DE CONTRATO - CNPJ:",
# "AVISO DE LICITAÇÃO - CNPJ", "DADOS BANCÁRIOS - CNPJ", "FISCAL DO CONTRATO - CNPJ" (the act titles of merge@19)
_HOLDER_NOT_FIRST = frozenset(
    "NOME RAZÃO RAZAO EMPRESA CONTRATADA CONTRATADO CONTRATANTE FORNECEDOR CREDOR EXTRATO EXTRATOS AVISO AVISOS"
    " RESULTADO EDITAL PORTARIA RESOLUÇÃO DESPACHO DECRETO RETIFICAÇÃO ERRATA TERMO DADOS FISCAL GESTOR".split()
)
# (review27) a person's role as the field's label ("Representante legal: JOÃO CARLOS DA SILVA - CNPJ nº …", the firm's
# CNPJ printed after its representative), the name as a complement of a lower-case head ("doação ao município de SERRA
# TALHADA/PE - CNPJ": the municipality's CNPJ, the name a place's), a label that also means a CPF ("CNPJ/CPF nº
# 12345678900": a person's number unpunctuated)
_PERSON_LABEL = regex.compile(
    r"(?i:representante|representad[oa]|procurador[a]?|signat[áa]ri[oa]|assina(?:tura|m|do|da)?|testemunha|s[óo]ci[oa]"
    r"|gestor[a]?|preposto)[^:;\n]{0,30}:[ \t]*$"  # (not "responsável", "fiscal": "Unidade Responsável: SECRETARIA …")
)
_COMPLEMENT = regex.compile(
    r"(?<![\p{L}])(?i:mun[ií]c[ií]pio|prefeitura(?:[ \t]+municipal)?|cidade|estado|distrito)[ \t]+(?:de|do|da)[ \t]+$"
    r"|(?i:representad[oa]s?)[ \t]+(?:por|pel[oa])[ \t]+$"  # the representative's name, the firm's CNPJ after it
)  # ("atual denominação da CRECHE DO FUTURO, CNPJ": DOU S1 2014 keeps its holder)


def cnpj_holders(text: str) -> list[tuple[int, int, str, str]]:
    """Names in capitals with a CNPJ and its number printed right after them (:data:`CNPJ_HOLDER`)."""
    out = []
    for m in CNPJ_HOLDER.finditer(text):
        s, e = m.span("name")
        x = [v.end() for v in orgaos.VERSUS.finditer(text, s, e)]
        if x:
            s = x[-1] + len(text[x[-1] : e]) - len(text[x[-1] : e].lstrip())  # "Partes: CBMDF X MARDISA VEÍCULOS S/A"
        while (a := _ARTICLE_FIRST.match(text, s, e)) is not None:
            s = a.end()  # "CONTRATANTE: O MUNICÍPIO DE CAMPESTRE – CNPJ" (AMA-AL 2023): the article is no name's
        words = text[s:e].split()
        if len(words) < 2 or words[0].rstrip(".:") in _HOLDER_NOT_FIRST or all(len(w) == 1 for w in words):
            continue
        line = text[text.rfind("\n", 0, s) + 1 : s]
        if _PERSON_LABEL.search(line) or _COMPLEMENT.search(line) or "CPF" in text[m.end("name") : m.end()]:
            continue  # (review27 near misses)
        e = firms.without_full_stop(
            text, s, e
        )  # "MINAS TÊNIS CLUBE., CNPJ" (DOM Belo Horizonte 2024); "LTDA." keeps it
        out.append((s, e, "ORGANIZACAO", "firm"))
    return out


# a word in capitals or lower case broken by a hyphen at a line end ("REPRE-⏎SENTAÇÕES", "EIRE-⏎LI": DOE-RJ 2023)
_BROKEN_WORD = regex.compile(r"(?<=\p{Lu})-\n[ \t]*(?=\p{Lu}{2})|(?<=\p{Ll})-\n[ \t]*(?=\p{Ll})")


def printed_name(raw: str, text: str | None = None) -> str:
    """An entity's name as printed: the words its line ends broke with a hyphen joined (``raw`` keeps them);
    not a body's name and its acronym, which the words before the hyphen abbreviate (``_long_form``):
    "INSTITUTO NACIONAL DO SEGURO SOCIAL-⏎INSS" (DOM-CE APRECE 2013) keeps its hyphen, as "… Transportes-DNIT"
    (DOU 2014) printed on one line does (review24 finding 28). With the document's ``text``, also a word broken
    by a hyphen inside a line (a text layer that kept a typeset line end's hyphen after reflowing the words:
    "Conselho Central de Belo Horizon-te da SSVP", DOM Belo Horizonte 2024; "Hospital Universitário Federal de São
    Pau-lo", PRONAS/UNIFESP) where the document prints the word whole elsewhere ("Belo Horizonte"); a compound the
    document never prints joined keeps its hyphen ("Guiné-Bissau", "Ouvidoria-Geral")."""
    name = _BROKEN_WORD.sub(lambda m: m.group() if _acronym_after(raw, m) else "", raw)
    if text is None or "-" not in name or _INLINE_BROKEN.search(name) is None:
        return name
    return _INLINE_BROKEN.sub(
        lambda m: (
            m["a"] + m["b"] if m["a"].lower() not in _PREFIXES and _printed_whole(text, m["a"] + m["b"]) else m.group()
        ),
        name,
    )


# (review27) a prefix the spelling before 2009 joined with a hyphen: "Secretaria de Infra-estrutura" is printed so even
# where the document also prints "Infraestrutura" elsewhere; "Sub-secretaria", "Micro-empresa", "Auto-escola"
_PREFIXES = frozenset(
    "infra sub super micro macro auto anti contra extra intra inter semi ultra co pré pre pós pos pró pro neo mini multi"
    " hiper arqui ex vice sobre ante".split()
)


# a hyphen inside a line between a word's letters, lower case after it ("Horizon-te", "Pau-lo", "presiden-te")
_INLINE_BROKEN = regex.compile(r"(?<![\p{L}\-])(?P<a>\p{L}{2,})-(?P<b>\p{Ll}{2,})(?![\p{L}\-])")


def _printed_whole(text: str, word: str) -> bool:
    return word in text and regex.search(rf"(?<![\p{{L}}\-]){regex.escape(word)}(?![\p{{L}}\-])", text) is not None


_ACRONYM_TAIL = regex.compile(r"\p{Lu}[\p{Lu}\d]{2,9}(?![\p{L}\d])")


def _acronym_after(raw: str, m) -> bool:
    """Whether the word after a line-end hyphen is an acronym of the words before it, ending the name."""
    tail = _ACRONYM_TAIL.match(raw, m.end())
    if tail is None or raw[tail.end() :].strip(" \t.,;"):
        return False
    words = _LONG_WORD.findall(raw, 0, m.start())
    return len(words) >= 2 and _long_form(words, tail.group()) is not None
