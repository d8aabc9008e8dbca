"""What a model entity must look like to be kept: the shape rules of the NER merge policy
(pipeline/ner/entities.py, ``merge@14`` rules 5, 7, 8 and 9).

Real cases behind each rule: DOU extratos ("Carlos Melving Acosta Aguero / 08390", "CEUA"), SEI-AL
bombeiros ("QPPMC EDILSON JOSÉ DA SILVA"), DOU acts ("DESIGNAR MARIA …"), the Tucano-BA gazette ("ANA
PAULA SOLPOSTO NOGUEIRA Pregoeira Oficial …", "… OLIVEIRA ME", "SP"), the DODF ("DIRETOR GERAL
DO INSTITUTO DE DEFESA DO CONSUMIDOR …", "Edifício Wagner", "230.") and SEI-AL page heads ("ALAGOAS SEI n.º").
"""

from __future__ import annotations

import functools

import regex

from seidou.patterns import dates, firms, orgaos

_NOT_A_PERSON = regex.compile(r"[\d()\[\]/:@]")


# first words the model took for a person's that start acts, headings and form fields (DOU, DODF, SEI)
ACT_VERBS = frozenset(
    """designar nomear exonerar dispensar conceder autorizar aposentar remover ceder reconduzir tornar
    retificar revogar lotar redistribuir incluir excluir alterar convocar homologar substituir declarar
    determinar aprovar credenciar habilitar""".split()
    # the same acts in the present, as a municipal or state gazette prints them before the name ("Nomeia Vanessa
    # Vilela Caires", "Exonera …": DOM Belo Horizonte 2024; "NOMEIA NEWTON …", "DESIGNA LUIZA …", "DESIGNO JAIR …":
    # DOE-RJ 2023)
    + """nomeia nomeio exonera exonero designa designo dispensa dispenso""".split()
)
NOT_A_FIRST_NAME = frozenset(
    """seção unidade abono guia termo nota plano relatório processo ofício despacho portaria edital contrato
    convênio anexo ata aviso extrato parecer projeto programa auxílio licença férias gratificação adicional
    progressão setor divisão cargo função matrícula objeto valor vigência data assinatura fundamento
    cláusula artigo item inciso alínea parágrafo capítulo série edifício bloco quadra lote sala conjunto
    jardim residencial condomínio loteamento bairro coordenadas área
    mês bimestre trimestre quadrimestre semestre exercício período""".split()
)
_ACT_VERB = regex.compile(rf"(?i:{'|'.join(sorted(ACT_VERBS))})\s+")
# ranks and staff codes printed before a name in military and police documents (SEI-AL bombeiros)
# (the ranks and staff codes only a person holds: PM and BM also name the bodies)
_OFFICER_CODES = r"TEN-CEL|CEL|TC|MAJ|CAP|SUBTEN|TEN|ASP|SGT|CB|SD|QPPMC|QPBM|QOPM|QOBM|QOC|QOE|QOS|QOA"
_RANK = regex.compile(
    rf"(?:\d[º°ª]\s*)?(?:{_OFFICER_CODES}|ST|BM|PM|Cel|Maj|Cap|Ten|Sgt|Cb|Sd|"
    r"(?i:tenente[- ]coronel|coronel|major|capit[ãa]o|tenente|subtenente|sargento|cabo|soldado|aspirante|general|"
    r"almirante|brigadeiro))\.?\s+"
)


# positions held by people ("Ministro", "DIRETOR GERAL"): a name may follow one, a body's name may not start with one
_POSITIONS = (
    r"(?:Sub|Vice[- ]?)?(?:Secret[áÁ]ri[oa]|Secretario|Diretor[a]?|Presidente|Superintendente|Coordenador[a]?|Chefe|"
    r"Procurador[a]?|Ministr[oa](?:-Substitut[oa])?|Prefeit[oa]|Governador[a]?|Reitor[a]?|Gerente|Delegad[oa]|"
    r"Comandante|Ouvidor[a]?|Corregedor[a]?|Assessor[a]?|Conselheir[oa]|Desembargador[a]?|Juiz[a]?)"
)
POSITIONS = _POSITIONS  # (the public name: parties reads a cargo's first word with it)
# positions and professions printed before a name ("Ministro Aroldo Cedraz", "Arqueólogo Coordenador")
_TITLE = regex.compile(
    rf"(?i:{_POSITIONS}|Relator[a]?|Professor[a]?|Engenheir[oa]|Arque[óo]log[oa]|Advogad[oa]|M[ée]dic[oa]|"
    r"T[ée]cnic[oa]|Analista|Auditor[a]?|Agente|Assistente|Servidor[a]?|Fiscal|Perit[oa]|Contador[a]?|Economista|"
    r"Administrador[a]?|Doutor[a]?|Dr[a]?\.|DRA?(?=[ \t])|Sr[a]?\.|Veterin[áa]ri[oa]|Enfermeir[oa]|Farmac[êe]utic[oa]|"
    r"Psic[óo]log[oa]|Nutricionista|Odont[óo]log[oa]|Dentista|Bi[óo]log[oa]|Ge[óo]log[oa]|Arquitet[oa]|"
    r"Agr[ôo]nom[oa]|Zootecnista|Fisioterapeuta|Bibliotec[áa]ri[oa]|Pedagog[oa]|Jornalista|Motorista)[ \t]+"
)


# what qualifies a position, printed between it and the name ("Conselheiro Federal Luciano Demaria": CFOAB)
_QUALIFIER = regex.compile(
    r"(?i:Federal|Estadual|Distrital|Municipal|Tutelar|Suplente|Titular|Substitut[oa]|Adjunt[oa]|Interin[oa])[ \t]+"
)
# a position, and the qualifiers already read after it ("Conselheiro Tutelar Suplente Ricardo …": DOM Belo Horizonte)
_POSITION_BEFORE = regex.compile(rf"(?i:{_POSITIONS}|Relator[a]?)[ \t]+(?:{_QUALIFIER.pattern})*$")
# a name that ends in a connector at a line end ("VITOR HUGO BOTELHO DE" / "AGUIAR"), and the next line's word
_TRAILING_OF = regex.compile(rf"[ \t]+(?i:{'|'.join(orgaos.OF)}|e)$")
_NEXT_LINE_WORD = regex.compile(r"[ \t]*\n[ \t]*\p{Lu}[\p{L}'’]+")


# a form's label before the name, in a table or a signature page without a colon ("Nome Daniele Araújo da Silva
# Rossi": DOM Belo Horizonte 2024; "Nome Marlova Jovchelovitch Noleto Data": UNESCO acordo, Adobe Sign 2021)
_NAME_LABEL = regex.compile(r"(?:Nome|NOME)(?:[ \t]+(?:Completo|COMPLETO))?[ \t]+")


# grown_person's and person_span's steps, compiled once (through regex.search(pattern, …) the module's cache is
# looked up at every call: half of grown_person's time)
_FIRST_WORD = regex.compile(r"[\p{L}-]+")
_WORD_LEFT = regex.compile(r"(?<![^\s.])([^\s.]+\.?)[ \t]+$")  # the word before a name on its line
# the characters and spaces right before a name, read backwards: no match of _WORD_LEFT starts before them (searched
# for from the line's start, it walked a DOU paragraph's thousands of characters for each name read back)
_TAIL_LEFT = regex.compile(r"(?r)\S*[ \t]+")
_JOIN_LEFT = regex.compile(r"(?:^|\s)(?i:de|da|do|das|dos|e)[ \t]+$")
_OF_FIRST = regex.compile(r"(?i:de|da|do|das|dos)[ \t]")
_WORD_RIGHT = regex.compile(r"[ \t]+([^\s,;:()]+?)(\.?)(?=[\s,;:()]|$)")  # the word after a name on its line
_OF_LAST = regex.compile(r"[ \t]+(?i:de|da|do|das|dos)$")
_TOKEN = regex.compile(r"\S+")


def person_span(text: str, s: int, e: int, label: str = "PESSOA") -> tuple[int, int, str]:
    """A model PESSOA without a leading military rank or staff code ("QPPMC EDILSON JOSÉ DA SILVA",
    SEI-AL), an act's verb ("DESIGNAR MARIA …") or a position ("Ministro Aroldo Cedraz", and what qualifies
    one: "Conselheiro Federal Luciano Demaria"), none when its first word names a thing ("Abono",
    "SEÇÃO", an órgão's head word: NOT_A_FIRST_NAME), cut before its first digit, bracket, slash, colon
    or "@" (and the word holding it); a connector at its end is cut, or joined to the name's last word on the
    next line ("VITOR HUGO BOTELHO DE" / "AGUIAR"); empty (e == s) unless two words are left.

    >>> t = "Carlos Melving Acosta Aguero / 08390; Conselheiro; CEUA; EB7469067 Estrangeiro"
    >>> [t[s:e] for s, e, _ in (person_span(t, 0, 36), person_span(t, 38, 49), person_span(t, 51, 55), person_span(t, 57, 78))]
    ['Carlos Melving Acosta Aguero', '', '', '']
    """
    while (
        m := _RANK.match(text, s, e)
        or _ACT_VERB.match(text, s, e)
        or _TITLE.match(text, s, e)
        or _NAME_LABEL.match(text, s, e)
        or (q if (q := _QUALIFIER.match(text, s, e)) and _POSITION_BEFORE.search(text, max(0, s - 40), s) else None)
    ) is not None:
        s = m.end()  # "QPPMC EDILSON …", "DESIGNAR MARIA …", "Ministro Aroldo Cedraz", "Conselheiro Federal …"
    first = _FIRST_WORD.match(text[s:e])
    if first and (first.group().casefold() in NOT_A_FIRST_NAME or _HEAD.fullmatch(first.group())):
        return s, s, label  # an administrative noun: "Abono de Ponto", "SEÇÃO DE PESSOAL"
    e = _caps_name_end(text, s, e)
    m = _NOT_A_PERSON.search(text, s, e)
    if m:
        e = m.start()
        while e > s and not text[e - 1].isspace():  # the whole word holding it goes
            e -= 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "-–,;."):
        e -= 1
    if (m := _TRAILING_OF.search(text, s, e)) is not None:  # "… BOTELHO DE" / "AGUIAR", "… RAPOSO do Quadro"
        after = _NEXT_LINE_WORD.match(text, e)
        caps = text[s:e].isupper()
        if after and (not caps or after.group().isupper()):
            e = after.end()
        else:
            e = m.start()
    words = [w for w in text[s:e].split() if w.lower() not in orgaos.CONNECTORS]
    if sum(len(_LETTER.findall(w)) >= 2 for w in words) < 2:
        return s, s, label  # one name word left, or initials and numerals ("M M", "VII- da")
    return s, e, label


# words a person's name does not run into when it is read further on its line: labels, positions, act verbs
_NOT_NAME_WORDS = (
    NOT_A_FIRST_NAME
    | ACT_VERBS
    | frozenset(
        """código identificador cpf rg matrícula cargo função pregoeiro pregoeira presidente testemunha testemunhas
    assinou assinado pela pelo nome lugar classificação com ind cia senhor senhora excelentíssimo excelentíssima
    director passaporte cnpj siape bm masp oab proc inscrita inscrito""".split()
    )
)
_NAME_PART = regex.compile(r"\p{Lu}[\p{L}'’\-]*|\p{Lu}\.|(?i:de|da|do|das|dos)")
MAX_GROW = 3


def _name_part(word: str, caps: bool) -> bool:
    """Whether ``word`` may continue a person's name written in capitals (``caps``) or in Title Case: a
    name word in that case, an initial ("P."), a connector ("DE", "da")."""
    if not _NAME_PART.fullmatch(word) or word.lower().rstrip(".") in _NOT_NAME_WORDS or _FIRM_WORD.fullmatch(word):
        return False
    if (
        _TITLE.match(word.split("-")[0] + " ")
        or _HEAD.fullmatch(word)
        or _RANK.match(word + " ")
        or is_legal_form(word)
    ):
        return False
    if len(word) == 1:
        return False  # a letter alone is no name word ("R EDUARDO SANTOS": a street's "R")
    if word.lower() in orgaos.OF or word.endswith("."):
        return (word.isupper() or word.islower() or word.istitle()) and (not caps or not word.islower())
    return word.isupper() == caps and (caps or word[1:] == word[1:].lower())


def grown_person(text: str, s: int, e: int) -> tuple[int, int]:
    """A model PESSOA read on over the name words next to it on its line, in its case, at most three on
    each side ("Samantha De" + "Almeida Silva", "VICTOR ALCANTARA" + "DA GRACA", "Marcos Aurélio" + "P. L.
    Lopes": the model's names cut short in DOM Belo Horizonte, DODF and D4Sign pages); a connector
    read last is given back."""
    raw = text[s:e]
    caps = raw.isupper()
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    left = text[line_start:s]
    words = sum(w.lower() not in orgaos.OF for w in raw.split())
    if words < 2:
        return s, e  # one word is no name to read on ("MAUS" | "ANTECEDENTES")
    # only a short name in Title Case is read back: a name cut at its start is short, and in capitals the
    # words before a name are as often the sentence's ("FIANÇA AO PACIENTE | IGOR LEONARDO", LeNER-Br test)
    for _ in range(MAX_GROW if words <= 2 and not caps else 0):
        tail = _TAIL_LEFT.match(left)
        m = _WORD_LEFT.search(left, tail.start()) if tail is not None else None
        if m is None or not _name_part(m.group(1), caps) or m.group(1).endswith("."):
            break
        if _JOIN_LEFT.search(left[: m.start()]):
            break  # "Comissão de Seleção | Tatiane …": a noun of a body's name, not a first name
        if m.group(1).lower() in orgaos.OF and (caps or m.group(1).islower()):
            break  # "PREFEITURA MUNICIPAL DE | TEOTONIO VILELA": only "De" in a Title Case name joins
        left, s = left[: m.start()], line_start + m.start()
    while _OF_FIRST.match(text[s:e]):
        s = text.index(" ", s) + 1  # "De Almeida" at the start: a connector opens no name
        while text[s] in " \t":
            s += 1
    grown = 0
    while grown < MAX_GROW:
        m = _WORD_RIGHT.match(text, e, line_end)
        initial = m is not None and len(m.group(1)) == 1 and m.group(2) == "."
        if m is None or not _name_part(m.group(1) + ("." if initial else ""), caps):
            break
        e, grown = (m.end() if initial else m.end(1)), grown + 1  # an initial keeps its full stop
    while (m := _OF_LAST.search(text[s:e])) is not None:
        e = s + m.start()
    return s, e


def _caps_name_end(text: str, s: int, e: int) -> int:
    """A name that starts in capitals ends before its first Title Case word (a cargo after it)."""
    words = list(_TOKEN.finditer(text[s:e]))
    if len(words) < 2 or not all(c.isupper() for c in words[0].group() if c.isalpha()):
        return e
    for w in words[1:]:
        token = w.group()
        if token.lower() in orgaos.CONNECTORS:
            continue
        letters = [c for c in token if c.isalpha()]
        if len(letters) > 1 and letters[0].isupper() and any(c.islower() for c in letters):
            return s + w.start()
    return e


# the states' names of one word, printed after a dash at the end of a body's name (part of it)
STATE_NAMES = frozenset(
    """ACRE ALAGOAS AMAPÁ AMAZONAS BAHIA CEARÁ GOIÁS MARANHÃO PARÁ PARAÍBA PARANÁ PERNAMBUCO PIAUÍ RONDÔNIA
    RORAIMA SERGIPE TOCANTINS""".split()
)
UFS = set("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
_CLITIC_WORD = regex.compile(r"\p{L}+-(?:se|lhe|lhes|lo|la|los|las)")


# a position, not a body: "DIRETOR GERAL DO INSTITUTO DE DEFESA …", "Subsecretário de Administração Geral"
_CARGO = regex.compile(rf"(?i:{_POSITIONS})(?![\p{{L}}])")
_HEAD = regex.compile(rf"(?<![\p{{L}}])(?i:{orgaos.HEADS})(?![\p{{L}}])")


# a role printed before a body's or firm's name, not part of it: "Organização da Sociedade Civil Abrigo Jesus",
# "O.S.C Centro de Desenvolvimento do Down Planalto" (DOM Belo Horizonte, MROSC extratos), "à Empresa
# A.L.F.S MONTEIRO-ME" (DODF), "E A EMPRESA CEZÁRIOS MÓVEIS & COMÉRCIO LTDA-EPP" (AMA-AL extratos)
_ROLE = regex.compile(
    r"(?P<osc>(?i:organiza[çc][ãa]o[ \t]+da[ \t]+sociedade[ \t]+civil)|O\.S\.C\.?|OSC)[ \t]*:?[ \t]+"
    r"|(?P<firm>(?i:empresa|firma))[ \t]*:?[ \t]+"
)


_FORM_END = regex.compile(rf"(?<![\p{{L}}]){firms.FORM}(?:[ \t]*[-–][ \t]*{firms.FORM})?$")


def strip_role(text: str, s: int, e: int) -> int:
    """Where a name starts without a role printed before it: an OSC's ("Organização da Sociedade Civil",
    "O.S.C") before a capitalised word; "Empresa"/"firma" before a firm's name in capitals ("Empresa
    A.L.F.S MONTEIRO-ME") or one that ends in a legal form ("EMPRESA CEZÁRIOS … LTDA-EPP"), not before a
    connector or a Title Case name ("Empresa de Informática …", "Empresa Brasileira de Obras")."""
    m = _ROLE.match(text, s, e)
    if m is None or m.end() >= e or not text[m.end()].isupper():
        return s
    rest = text[m.end() : e]
    if m["osc"]:
        return m.end()
    first = rest.split()[0]
    if first.lower() in orgaos.CONNECTORS:
        return s
    role_caps = m["firm"].isupper()
    if (rest.isupper() and not role_caps) or (rest.isupper() and _FORM_END.search(rest)):
        return m.end()
    if (
        _FORM_END.search(rest.rstrip(" ."))
        and _ROLE_LEAD.search(text, max(0, s - 12), s)
        and not _ADJECTIVE.match(first)
    ):
        # "… - SEIC e a Empresa Medeiros e Medeiros Civil e Montagem Ltda." (DOE-RJ 2023), "Contratada: Empresa
        # Costa Brava Transportes Ltda - Eireli" (DOE-BA 2020): after an article or a label, "Empresa" before a
        # firm's name in Title Case that ends in its legal form is the role; an adjective after it makes it the
        # name's head ("a Empresa Brasileira de Obras Ltda.", "- Empresa Baiana de Ativos S/A")
        return m.end()
    return s


# a gentilic or an adjective ("Brasileira", "Baiana", "Nacional", "Municipal", "Paulista", "Estadual")
_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}*(?:eir[oa]|an[oa]|al|ense|ista)$")
# an article or a label's colon right before "Empresa"
_ROLE_LEAD = regex.compile(r"(?:(?<![\p{L}])(?i:a|à|pela|com\s+a)|:)[ \t]*$")


# a form's label word printed after a body's name on the same line ("Fundação Oásis Processo (s)
# Administrativo (s)": DOM Belo Horizonte's lists of OSCs), not part of it
_LABEL_END = regex.compile(r"(?<=\p{L}[ \t]+)(?P<w>\p{Lu}\p{Ll}+|\p{Lu}+)$")


def without_label(text: str, s: int, e: int) -> int:
    """``e`` before a last word that is a form's label ("Processo", "Objeto", "Vigência": NOT_A_FIRST_NAME)
    after a word that is no connector ("Instituto Defesa Coletiva Processo" → "Instituto Defesa Coletiva")."""
    m = _LABEL_END.search(text, s, e)
    if m is None or m["w"].lower() not in NOT_A_FIRST_NAME:
        return e
    before = text[s : m.start()].split()
    if len(before) < 2 or before[-1].lower() in orgaos.CONNECTORS:
        return e
    return m.start() - (len(text[s : m.start()]) - len(text[s : m.start()].rstrip()))


def organization(text: str, s: int, e: int) -> tuple[int, int, str | None]:
    """A model ORGANIZACAO as kept: without a position before the body it names ("DIRETOR GERAL DO
    INSTITUTO …" → "INSTITUTO …"; a position alone is dropped), dropped when it is a word with a clitic
    ("Comunique-se"), LOCAL when it is a state's abbreviation alone ("SP"); it ends before a comma and a
    lower-case word ("… - MCTIC, código DAS 101.3"). A name with its state after a
    slash keeps the model's reading: "OAB/SP", "SES/DF", "Secex/RJ" are bodies (LeNER-Br dev and test:
    16 such bodies, 1 place), "TUCANO/BA" a place the model may read as a body."""
    if _CARGO.match(text, s, e):
        head = _HEAD.search(text, s + 1, e)
        if head is None:
            return s, s, None
        s = head.start()
    m = _COMMA_LOWER.search(text, s, e)
    if m:
        e = m.start()
    s, e = strip_role(text, s, e), without_label(text, s, e)
    while e > s and text[e - 1] in " \t-–/,":
        e -= 1  # no entity of LeNER-Br train ends with a dash, a slash or a comma ("… HOSPITALARES LTDA-")
    raw = text[s:e]
    if not _LETTER.search(raw):
        return s, e, None  # "04-": a list's number
    if _CLITIC_WORD.fullmatch(raw):
        return s, e, None
    if raw in UFS:
        return s, e, "LOCAL"
    return s, e, "ORGANIZACAO"


_LEGAL_FORMS = rf"(?:{orgaos.LEGAL_FORM}|ME|EPP)"
_ENDS_IN_LEGAL_FORM = regex.compile(rf"(?:.*\s)?{_LEGAL_FORMS}", regex.DOTALL)
_LEGAL_FORM = regex.compile(_LEGAL_FORMS)


_LETTER = regex.compile(r"\p{L}")
# the words (letters and dashes) that open a JURISPRUDENCIA in LeNER-Br train, lower-cased: a model decision
# in a gazette opens with one or is something else (tests/test_ner.py derives the list from models/data)
DECISION_WORDS = frozenset(
    """aco acórdão acórdãos adc adi ado adpf agint agr-al agr-pc agr-respe agravo agrg ai ap apelação ar are
    aresp art autos ação ações correição cp crim decisão decisões eag ed-agr-al ed-agr-respe ed-ro edcl embargos
    emenda enunciado enunciados epet habeas hc incidente inciso inq item mp ms nº oj orientação pc pet processo
    rcl re reclamação reclamações recurso recursos resp respe rhc ro rr rse rt rt-tjsp s stf stm súmula súmulas
    tc tjsp-lex tribunal tst tst-airr- verbete verbetes""".split()
)
_LONG_NUMBER = regex.compile(r"\d{9,}")
# what a time expression holds: a date in digits, a month or a year, a day of the week, an hour (all but 11
# of LeNER-Br's 1,760 TEMPO do: OCR-broken "21312013", a name); and what looks like one but is a number's
# tail ("08505. 009637. 2014-70", a NUP printed with spaces; "860.591/2015-JOSÉ")
_TIME_WORD = regex.compile(
    r"""(?xi)
      \d{1,2}\s*[º°o]?\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}
    | \b\d{1,2}\s*[/.-]\s*\d{4}\b
    | \b(?:1[89]|20)\d{2}\b
    | \b\d{1,2}\s*[:h]\s*\d{2}\b
    | \b(?:"""
    + "|".join(list(dates.MONTHS) + dates.SHORT_MONTHS)
    + r""")\b
    | \b(?:segunda|terça|quarta|quinta|sexta|sábado|domingo)\b
    """
)
_YEAR_TAIL = regex.compile(r"\d{4}-\w+")
# a number sign or an identifier's label after a name ("ESTADO DE ALAGOAS SEI n.º" on every SEI-AL page
# head, "Sarah Alejandro Arcilla Passaporte: EB…" in DOU work permits)
# (and "inscrita no" before a CNPJ: "JUNIO FRANCISCO DA SILVA INSCRITA NO CNPJ" (AMA-AL 2023), "…, inscrita no CNPJ sob o
# nº" (DOU, DODF extratos); and "Proc." of the next line's "Proc. nº …", a process's number after the name: "… IONE DA SILVA OLIVEIRA\nPROC.
# N° SEI-…" in DOE-RJ 2023 lists; "Proc. nº" in DOU S2 2017-10-02)
_TRAILING_LABEL = regex.compile(
    r"(?:\s+(?:SEI|Passaporte|PASSAPORTE|CPF|CNPJ|RG|Matrícula|MATRÍCULA|Proc|PROC|n\.?\s?[º°o]\.?|N\.?\s?[º°O]\.?"
    r"|(?:INSCRIT[AO]|[Ii]nscrit[ao])(?:\s+(?:NO|NA|no|na))?))+\s*$"
)
# an identifier's label inside a name ends it: "EMPRESA BRASILEIRA DE INFRA-ESTRUTURA AEROPORTUÁRIA CNPJ/CPF",
# "UNIVERSIDADE FEDERAL DE ALAGOAS -.CNPJ Contratado" (DOU extratos, the label's number further on)
_INNER_ID_LABEL = regex.compile(r"(?<![\p{L}])(?:CNPJ|CPF)(?![\p{L}])")
NAME_LABELS = frozenset(("PESSOA", "ORGANIZACAO", "LOCAL"))  # the labels of names (persons, bodies, places)
# the full stop of the sentence after a name ("… do Exército.", "Brasília - DF."), not an abbreviation's
_FULL_STOP = regex.compile(r"(?:(?P<word>\p{L}{4,})|\b(?P<uf>[A-Z]{2}))\.$")
_ABBREVIATIONS = frozenset({"ltda", "cia"})
# a body's name ends before a comma and a lower-case word ("… - MCTIC, código DAS 101.3")
_COMMA_LOWER = regex.compile(r",\s+\p{Ll}")
# an identifier's own name, not a place or a body ("CNPJ/MF", "CPF")
_ID_LABEL = regex.compile(
    r"(?:CNPJ|CPF|NUP|CEP|SEI|CNPJ/MF|CPF/MF)"
    # ... or such a label with its number ("SIAPE nº 0.890.437" in DOU personnel acts, "CNPJ 09.168.704.0001-42")
    r"|(?:CNPJ|CPF|SIAPE|Siape|Matrícula|MATRÍCULA)\s*(?:[nN]\.?\s?[º°oO]\.?\s*)?\d[\d.\-/]*"
    # ... or a registration's label ("Mat. SIAPE": DOU S2 2017-10-02 redistributions; "Matrícula SIAPE": DOU S1 2014)
    r"|(?:Mat\.|MAT\.|Matrícula|MATRÍCULA)\s*(?:SIAPE|Siape)"
)
_RANKS = regex.compile(rf"(?:{_RANK.pattern})*")
_OFFICER = regex.compile(rf"(?:{_OFFICER_CODES})(?:\.?\s+|$)")
# the area of a civil-service career, not a place ("Técnico Judiciário, Área Administrativa": DOU Seção 2)
_CAREER_AREA = regex.compile(r"(?i:área)\s+(?:(?i:administrativa|judiciária|apoio|técnica|gestão)(?!\p{L})|de\s+apoio)")
# a teachers' career ("Professor do Magistério Superior", "Grupo Magistério Superior" in DOU personnel acts): no body
_CAREER = regex.compile(r"(?i:(?:grupo\s+)?magist[ée]rio)(?!\p{L})")
# a SEI unit's path ("SEMA/GAB/AJL"): a body's units, not a place
_UNIT_PATH = regex.compile(r"\p{Lu}{2,}(?:/\p{Lu}{2,}){2,}")


# a body and its acronym after a dash ("Companhia Imobiliária de Brasília - TERRACAP"): LeNER-Br marks two
# entities (dev: 19 such pairs, none joined), the model often reads one
_ACRONYM_TAIL = regex.compile(
    r"(?P<body>\S+\s.*?\S)\s+[-–]\s+(?P<tail>\p{Lu}[\p{Lu}\d]*(?:[-/][\p{Lu}\d]+)*)", regex.DOTALL
)


# a body's head word that starts another body when a capitalised word comes right before it: a DOU act's
# heading lines read as one name ("SECRETARIA DE GESTÃO DE PESSOAS DEPARTAMENTO DE DESENVOLVIMENTO")
# (not Tribunal, Universidade: "Supremo Tribunal Federal", "Fundação Universidade Federal")
_BODY_HEADS = """Ministério Secretaria Subsecretaria Diretoria Departamento Coordenação-Geral Coordenação
    Superintendência Gerência Assessoria Gabinete""".split()
BODY_HEADS = tuple(_BODY_HEADS)  # also rule 11's heading lines (pipeline/ner/entities.py)
_NEXT_BODY = regex.compile(
    rf"(?<=[\p{{Lu}}][\p{{L}}]*)\s+(?=(?:{'|'.join(h for w in _BODY_HEADS for h in (w, w.upper()))})(?![\p{{L}}]))"
)


# two bodies printed with a slash between them ("Receita Federal do Brasil/Procuradoria Geral da Fazenda
# Nacional": TCE-AC; "Município de Belo Horizonte / Secretaria Municipal de Fazenda": DOM Belo Horizonte)
_SLASH_BODY = regex.compile(
    rf"[ \t]*[/|][ \t]*(?=(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER}|Munic[íi]pio|MUNIC[ÍI]PIO)(?![\p{{L}}]))"
)


def slash_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """An ORGANIZACAO of two bodies joined by a slash, each of two words or more, as two."""
    m = _SLASH_BODY.search(text, s, e)
    if m is None or len(text[s : m.start()].split()) < 2 or len(text[m.end() : e].split()) < 2:
        return [(s, e)]
    return [(s, m.start()), *slash_split(text, m.end(), e)]


def versus_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Two parties printed with an "X" between them as two names (patterns/orgaos.py ``VERSUS``: "CBMDF X MARDISA
    VEÍCULOS S/A", DODF 2019; "DLOG/SE/MINISTÉRIO DA SAÚDE X EASY FARMA …", DOU S3 2022)."""
    out, start = [], s
    for a, b in orgaos.versus_cuts(text, s, e):
        out.append((start, a))
        start = b
    return [(a, b) for a, b in [*out, (start, e)] if b > a]


# a lower-case "e" between two names in capitals joins two names, as patterns/firms.py reads it (merge@17): "PARTES: UERJ
# e COOPERATIVA DE TRABALHO DOS CATADORES …", "UERJ/HUPE e NUTRIC NUTRICIONAL COMERCIO LTDA" (DOE-RJ 2023), "… - FAETEC e
# CREARE CONSTRUÇÕES LTDA" (DOE-RJ 2023-06-20), "… e SIGMA INCORPORAÇÕES LTDA" (DODF)
_AND_CAPS = regex.compile(r"(?<=[\p{Lu}\d.)])[ \t]+e[ \t]+(?=\p{Lu}[\p{Lu}\d]+(?![\p{Ll}]))")


def _letters_upper(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def and_caps_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Two names in capitals joined by a lower-case "e" as two, the first an acronym (one word: "UERJ", "UERJ/HUPE",
    "FAETEC"); not a firm's name that prints its "e" in lower case ("TRICONE CONSTRUTORA e SERVIÇOS LTDA": DOU S2
    2023-05-02)."""
    m = _AND_CAPS.search(text, s, e)
    if m is None or len(text[s : m.start()].split()) != 1:
        return [(s, e)]
    if not _letters_upper(text[s : m.start()]) or not _letters_upper(text[m.end() : e]):
        return [(s, e)]
    return [(s, m.start()), (m.end(), e)]


def body_chain_split(text: str, s: int, e: int, label: str | None) -> list[tuple[int, int, str | None]]:
    """A model ORGANIZACAO that runs over the next body's head word as one entity per body ("AGÊNCIA
    NACIONAL DE ÁGUAS SUPERINTENDÊNCIA DE REGULAÇÃO" → two), when a capitalised word that is no
    connector comes right before the head word ("Secretaria do Ministério …" stays one); two parties with an
    "X" between them are two (:func:`versus_split`)."""
    if label != "ORGANIZACAO":
        return [(s, e, label)]
    if len(parts := versus_split(text, s, e)) > 1 or len(parts := and_caps_split(text, s, e)) > 1:
        return [z for a, b in parts for z in body_chain_split(text, a, b, label)]
    if len(parts := slash_split(text, s, e)) > 1:
        return [z for a, b in parts for z in body_chain_split(text, a, b, label)]
    pieces, start = [], s
    for m in _NEXT_BODY.finditer(text, s, e):
        if text[start : m.start()].split()[-1].lower() in orgaos.CONNECTORS:
            continue
        pieces.append((start, m.start(), label))
        start = m.end()
    return [*pieces, (start, e, label)]


def acronym_split(text: str, s: int, e: int, label: str | None) -> list[tuple[int, int, str | None]]:
    """A shaped model ORGANIZACAO that ends in a dash and an acronym as two entities, the body and the
    acronym ("FUNDAÇÃO NACIONAL DO ÍNDIO - FUNAI", "… - CONAM/DF"); after the dash a legal form is no
    entity ("… - EIRELI") and a state's abbreviation is LOCAL ("Escola XYZ - DF")."""
    m = _ACRONYM_TAIL.fullmatch(text, s, e) if label == "ORGANIZACAO" else None
    if m is None:
        return [(s, e, label)]
    tail = m.group("tail")
    if tail.upper() in STATE_NAMES:
        return [(s, e, label)]  # "ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA" (Abrinq, UNESCO contracts)
    tail_label = None if _LEGAL_FORM.fullmatch(tail) else "LOCAL" if tail in UFS else label
    return [(m.start("body"), m.end("body"), label), (m.start("tail"), m.end("tail"), tail_label)]


# words only a firm's name holds, and the "&" of a partnership ("CAVALVANTE COMERCIO DE PEDRAS", "Rubi
# Construtora", "REIS & MARTINS INSTITUTO DE IDIOMAS": the model's PESSOA on the corpus's extratos)
_FIRM_WORD = regex.compile(
    r"(?<![\p{L}])(?i:com[ée]rcio|servi[çc]os?|ind[úu]stria|construtora|constru[çc][õo]es|engenharia|empreendimentos"
    r"|consultoria|assessoria|inform[áa]tica|distribuidora|transportes|solu[çc][õo]es|equipamentos"
    r"|exporta[çc][ãa]o|importa[çc][ãa]o"
    # (merge@19) a trade agent's firm: "J G DA CRUZ JUNIOR JJ REPRESENTACAO, CNPJ" (AMA-AL 2023), "MULTIFARMA COMERCIO
    # E REPRE-⏎SENTAÇÕES LTDA" (DOE-RJ 2023), "ALTERNATIVE REPRESENTAÇÕES COMERCIAIS … LTDA" (DODF 2004)
    r"|representa[çc][ãa]o|representa[çc][õo]es)(?![\p{L}])|\s&\s"
)


def is_position(text: str) -> bool:
    """Whether ``text`` starts with a position's word ("SECRETÁRIO DA RECEITA FEDERAL", "Reitor em
    Exercício"), not a body's ("CONSELHO …", "DIRETORIA COLEGIADA")."""
    return bool(_CARGO.match(text))


def is_legal_form(word: str) -> bool:
    """Whether ``word`` is a company's legal form ("LTDA", "S/A", "EIRELI", "ME", "EPP")."""
    return bool(_LEGAL_FORM.fullmatch(word))


def ends_in_legal_form(name: str) -> bool:
    """Whether a name ends in a company's legal form ("… OLIVEIRA ME", "… LTDA")."""
    return bool(_ENDS_IN_LEGAL_FORM.fullmatch(name))


def is_firm(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` names a firm: it ends in a legal form ("… OLIVEIRA ME") or holds a word only a
    firm's name holds ("Rubi Construtora", "REIS & MARTINS")."""
    return bool(_ENDS_IN_LEGAL_FORM.fullmatch(text, s, e) or _FIRM_WORD.search(text, s, e))


def _opens_as_decision(raw: str) -> bool:
    """Whether a JURISPRUDENCIA opens with a number or a word of :data:`DECISION_WORDS`."""
    first = raw.split()[0] if raw.split() else ""
    return not first[:1].isalpha() or first.lower().strip(".:") in DECISION_WORDS


def _before_separators(text: str, s: int, e: int) -> int:
    """Where ``text[s:e]`` ends without the separators a label cut off after it leaves ("Ltda, ", "ALAGOAS
    -."); an abbreviation's full stop stays ("Ltda.")."""
    while e > s and (text[e - 1] in " \t\n,;-–/" or (text[e - 1] == "." and not text[e - 2 : e - 1].isalpha())):
        e -= 1
    return e


# the small-company form printed right after a person's name: the name is a one-person firm's ("Empresa, Jales Naves da
# Silva ME;", "ARNALDO VIEIRA NESTOR ME": DODF 2004; "EDINARDO B ILDEFONSO – ME", "M EDINILSA GOMES - ME": DOM-CE
# APRECE 2013; "GABRIEL DI TOMMASO LEÃO – ME": AMA-AL 2023)
_SMALL_FIRM_AFTER = regex.compile(r"[ \t]*[-–]?[ \t]*(?:ME|EPP|Me|Epp)(?![\p{L}\d])")
# (review26) not where the document names the ministry "ME" (Ministério da Economia, 2019-2022; do Esporte): "JOÃO DA
# SILVA - ME" in a committee's members is the ministry's representative, "SPREV/ME" its unit
_MINISTRY_ME = regex.compile(
    r"(?i:minist[ée]rio[ \t\n]+d[ao][ \t\n]+(?:economia|esporte))|(?<=[\p{Lu}\d])/ME(?![\p{L}])|\(ME\)"
)


@functools.lru_cache(maxsize=4)
def _names_ministry_me(text: str) -> bool:
    return _MINISTRY_ME.search(text) is not None


def model_entity(text: str, s: int, e: int, label: str) -> tuple[int, int, str | None]:
    """The span and label a model entity keeps (label None: dropped; e == s: nothing left). Any label
    loses a trailing number sign or identifier label and a sentence's full stop, a name a CNPJ or CPF label
    inside it and what follows; an identifier's name (with its number or not) or ranks alone are dropped;
    a SEI unit path or a place ending in a legal form is a body, the area of a career ("Área
    Administrativa") no place, a career ("Magistério Superior") no body, a PESSOA with a word only a firm's name holds ("Comércio", "Construtora",
    "&") a body. A JURISPRUDENCIA or LEGISLACAO of fewer than two
    letters is a bare number ("230.", "20191105-147372" in the DODF's lists), not a citation; a
    JURISPRUDENCIA must open with a word that opens one in LeNER-Br train (:data:`DECISION_WORDS`:
    "Acórdão", "HC", "Recurso", "nº" …) unless it opens with a number ("23.625/DF"). A TEMPO must hold a
    date, a month, a year, a weekday or an hour, and not be a number's tail ("2014-70")."""
    m = _TRAILING_LABEL.search(text, s, e)
    if m:
        e = _before_separators(text, s, m.start())  # "… S/S Ltda, CNPJ", "… S.A- CNPJ"
    m = _INNER_ID_LABEL.search(text, s + 1, e) if label in NAME_LABELS else None
    if m:
        e = _before_separators(text, s, m.start())  # "… ALAGOAS -.CNPJ Contratado"
    m = _FULL_STOP.search(text, s, e)
    if m and (m["uf"] in UFS if m["uf"] else m["word"].lower() not in _ABBREVIATIONS):
        e -= 1
    raw = text[s:e]
    ranks_only = label != "ORGANIZACAO" and _RANKS.fullmatch(raw + " ")  # ("PM" is a body)
    if _ID_LABEL.fullmatch(raw) or ranks_only:
        return s, e, None  # "CNPJ/MF" as a place, "CEL QOC" as a place
    if label == "LOCAL" and (_UNIT_PATH.fullmatch(raw) or _ENDS_IN_LEGAL_FORM.fullmatch(raw)):
        return s, e, "ORGANIZACAO"  # a body's units, a firm ("RIO PRETO LTDA")
    if (label == "LOCAL" and _CAREER_AREA.match(raw)) or (label == "ORGANIZACAO" and _CAREER.match(raw)):
        return s, e, None
    if label == "PESSOA" and _FIRM_WORD.search(text, s, e):  # a firm: "Rubi Construtora", "SANDU COMÉRCIO"
        m = _TRAILING_OF.search(text, s, e)
        e = m.start() if m else e  # "ALLSEAS BRASIL SERVICOS DE" (INSTALACAO … on, the model did not read)
        words = [w for w in text[s:e].split() if w.lower() not in orgaos.CONNECTORS]
        return organization(text, s, e) if len(words) >= 2 else (s, e, None)  # "SOLUCOES" alone: no name
    if label == "PESSOA":
        grown = person_span(text, *grown_person(text, s, e))
        s, e, label = grown if grown[1] > grown[0] else person_span(text, s, e)
        # a firm in a person's name ("JOSÉ DE OLIVEIRA ME") is a company
        if (
            e > s
            and (m := _SMALL_FIRM_AFTER.match(text, e)) is not None
            and not (m.group().strip(" \t-–") == "ME" and _names_ministry_me(text))
        ):
            return s, m.end(), "ORGANIZACAO"  # "Jales Naves da Silva" + "ME": a one-person firm (merge@17)
        return s, e, "ORGANIZACAO" if _ENDS_IN_LEGAL_FORM.fullmatch(text, s, e) else label
    if label == "ORGANIZACAO":
        if _OFFICER.match(text, s, e):  # "CEL EDMAR", "QOC": a rank is a person's, not a body's
            s, e, label = person_span(text, s, e)
            return s, e, label if e > s else None
        return organization(text, s, e)
    if label in ("JURISPRUDENCIA", "LEGISLACAO") and len(_LETTER.findall(text, s, e)) < 2:
        return s, e, None
    if label == "JURISPRUDENCIA" and not _opens_as_decision(raw):
        return s, e, None  # "UASG 151895", "SIAPE nº 1234", "DODF nº 248", "Pregão nº 92/2016": no decision
    if label == "TEMPO" and _LONG_NUMBER.fullmatch(raw):
        return s, e, None  # "Registro; 05305512255" (DODF): a registration number, not a date
    if label == "TEMPO" and (not _TIME_WORD.search(raw) or _YEAR_TAIL.fullmatch(raw)):
        return s, e, None  # "11 a" (of "11 a 14 de outubro", whose end the date pattern holds), "4º", "2014-70"
    return s, e, label


# a name in capitals after words in Title Case: two names read as one ("… entre ruas Tomé de Souza e
# Antônio de Albuquerque MARIA JOSÉ BARBOSA DE SOUZA": DOM Belo Horizonte, a street's name and a person's)
_CAPS_NAME_AFTER = regex.compile(r"(?<=\p{Ll}[ \t]+)\p{Lu}{2,}(?:[ \t]+(?:\p{Lu}{2,}|D[AEO]S?)){1,}$")
# a date and a signatory's name on one line ("Belo Horizonte, 3 de dezembro de 2024 Diogo Albernaz Dias
# Vieira": a signature block's place, date and name)
_DATE_THEN_NAME = regex.compile(
    r".*\b(?:19|20)\d{2}\.?(?P<name>[ \t]+\p{Lu}\p{L}+(?:[ \t]+(?:\p{Lu}\p{L}+|d[aeo]s?|D[AEO]S?)){1,6})$", regex.DOTALL
)


def two_readings(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """A model PESSOA of a Title Case name and a name in capitals as two; a TEMPO that runs on over a
    name of two words or more after its year as the date and a PESSOA."""
    m = _CAPS_NAME_AFTER.search(text, s, e) if label == "PESSOA" else None
    if m is not None and sum(w.lower() not in orgaos.CONNECTORS for w in text[s : m.start()].split()) >= 2:
        return [(s, m.start(), label), (m.start(), e, label)]
    if label == "TEMPO" and (m := _DATE_THEN_NAME.fullmatch(text, s, e)) is not None:
        name = m.start("name") + len(m["name"]) - len(m["name"].lstrip())
        return [(s, m.start("name"), label), (name, e, "PESSOA")]
    return [(s, e, label)]


def shaped(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """A model entity as the merge policy keeps it (rules 5, 7, 8, 9): none, one, or one per body."""
    return [
        z
        for x in two_readings(text, s, e, label)
        for y in body_chain_split(text, *model_entity(text, *x))
        for z in acronym_split(text, *y)
        if z[2] is not None and z[1] > z[0]
    ]
