"""Names of public bodies (órgãos) by their head word: ``Ministério da Agricultura e Pecuária``,
``Secretaria de Gestão e Inovação``, ``Diretoria de Transferências e Parcerias da União``,
``SUPERINTENDÊNCIA REGIONAL DA POLÍCIA FEDERAL NO ESTADO DA BAHIA``, ``Prefeitura Municipal de Cabixi``.

A head word (Ministério, Secretaria, Diretoria, Prefeitura, Tribunal …), then capitalised words
joined by ``de/da/do/das/dos/e/em/no/na`` (at most two connectors in a row) or listed with commas
before an "e" ("Educação, Ciência e Tecnologia"), ending on a capitalised word. A chain of bodies ("Secretaria de Gestão e Inovação do Ministério da Gestão") is
cut before each connector + head of the administrative hierarchy (``SPLIT_HEADS``), and at "e" before
any head word, into one name per body. Title Case and ALL CAPS both match; a lower-case word ends the name
("a Secretaria de Gestão publicou" → "Secretaria de Gestão"). Used by the NER merge policy as rule
entities (ORGANIZACAO), never as identifiers.

>>> [m.raw for m in find("celebram a União, por intermédio da Secretaria de Gestão e Inovação do Ministério da Gestão, e")]
['Secretaria de Gestão e Inovação', 'Ministério da Gestão']
>>> [m.raw for m in find("a SUPERINTENDÊNCIA REGIONAL DA POLÍCIA FEDERAL NO ESTADO DA BAHIA, com")]
['SUPERINTENDÊNCIA REGIONAL DA POLÍCIA FEDERAL NO ESTADO DA BAHIA']
>>> [m.raw for m in find("Órgão: MINISTÉRIO DA AGRICULTURA E PECUÁRIA\\nUnidade")]
['MINISTÉRIO DA AGRICULTURA E PECUÁRIA']
>>> find("a secretaria de gestão")
[]
>>> [m.raw for m in find("ENTRE O MINISTÉRIO DA AGRICULTURA E PECUÁRIA E O MUNICÍPIO DE CABIXI PARA OS FINS")]
['MINISTÉRIO DA AGRICULTURA E PECUÁRIA']
>>> [m.raw for m in find("Secretaria Municipal de Agricultura e Pecuária CABIXI 2026; a Advocacia-Geral da União.")]
['Secretaria Municipal de Agricultura e Pecuária', 'Advocacia-Geral da União']
>>> [m.raw for m in find("pelo Banco do Brasil S.A. em conta")]  # the legal form is not part of the name
['Banco do Brasil']
>>> [m.raw for m in find("no Banco do Brasil S.A, por meio")]
['Banco do Brasil']
>>> [m.raw for m in find("a Empresa Brasileira de Obras Ltda. para")]
['Empresa Brasileira de Obras']
>>> [m.raw for m in find("A REITORA DO INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO AMAPÁ, no uso")]
['INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO AMAPÁ']
>>> [m.raw for m in find("do Ministério da Ciência, Tecnologia, Inovações e Comunicações - MCTIC")]
['Ministério da Ciência, Tecnologia, Inovações e Comunicações']
>>> [m.raw for m in find("o Ministério da Saúde, a Secretaria de Saúde e")]  # a comma between bodies
['Ministério da Saúde', 'Secretaria de Saúde']
"""

from __future__ import annotations

import regex

from .mention import Mention, make
from seidou.versions import tag

VERSION = 8  # 8: not an identifier's label as the acronym after a head word, "Lar" with two name words (review26); 5: "com", "por", "para" inside a body's name; 6: more head words (HEADS); 7: Coordenadoria,
# Administração Regional, Comitê, Lar, a name ends at a parties' "X" (VERSUS), an acronym after a Title Case head word
NAME = tag("seidou.patterns.orgaos", VERSION)

HEADS = (
    "Ministério|Secretaria|Subsecretaria|Secretaria-Executiva|Diretoria|Departamento|Coordenação-Geral|"
    "Coordenação|Superintendência|Gerência|Assessoria|Gabinete|Prefeitura|Câmara|Assembleia|Tribunal|"
    "Procuradoria|Controladoria|Advocacia-Geral|Defensoria|Fundação|Instituto|Universidade|Agência|"
    "Conselho|Comissão|Comando|Polícia|Corpo\\s+de\\s+Bombeiros|Receita|Fundo|Autarquia|Empresa|Companhia|"
    "Banco|Caixa|Serviço|Escritório|Núcleo|Consórcio|Associação|Confederação|Federação|Sindicato|Hospital|"
    "Escola|Colégio|Centro|"
    # (6) control, inspection and civil-society bodies, each printed as a head word by two publishers at least:
    # Corregedoria (DOE-RJ 2023 "CORREGEDORIA GERAL DO ESTADO"; SEI-AL 2025 "Corregedoria Geral"; DODF 2020-01-07),
    # Ouvidoria (DOU 2017 "Ouvidoria da AGU"; DODF 2020-01-08 "Ouvidoria da Polícia Civil"; SEI-AL "Ouvidoria Geral do
    # CBMAL"), Inspetoria (DOE-BA 2020 "Inspetoria Fazendária de Teixeira de Freitas"; DOU 2017 "Inspetoria da Receita
    # Federal"), Faculdade (DOE-RJ 2023 "Faculdade de Ciências Exatas e Engenharias"; DOU 2014, 2017), Cooperativa (DOU
    # 2014 "COOPERATIVA DE TRABALHO MÉDICO"; DODF 2020-01-08 "COOPERATIVA DE RECICLAGEM AMBIENTAL …"), Clube (DOU 2014
    # "CLUBE NAVAL"; DODF 2020-01-07 "Clube dos Corredores de Rua do Gama"), Junta Comercial (DOE-BA 2020 "JUNTA
    # COMERCIAL DO ESTADO DA BAHIA"; DOU 2014)
    "Corregedoria|Ouvidoria|Inspetoria|Faculdade|Cooperativa|Clube|Junta\\s+Comercial|"
    # (7) Coordenadoria (DOM Belo Horizonte 2024 "Coordenadoria de Atendimento Regional Barreiro"; DOU S2 2017-10-02
    # "Coordenadoria de Gestão de Pessoas"; SEI-AL CBMAL despacho), Administração Regional (DODF 2004, 2019, 2021
    # "Administração Regional de Taguatinga"; DOU S1 2017-10-02 "Administração Regional do Serviço Social do Comércio")
    "Coordenadoria|Administração\\s+Regional|"
    # Comitê (DOU S1 2022-03-22 "Comitê da Área de Tecnologia da Informação"; DODF 2019 "COMITÊ DE DESENVOLVIMENTO
    # INDUSTRIAL"; DOU S1 2014 "Comitê Gestor …"), Lar, the civil-society homes (DOM Belo Horizonte 2024 "Lar Cristo Rei",
    # "Lar dos Idosos Recanto dos Amigos"; Salvador DOM 2018 "LAR FABIANO DE CRISTO"; DOU S1 2014 "LAR SÃO VICENTE")
    "Comitê|Lar"
)
# words that end a name even in capitals ("… PECUÁRIA E O MUNICÍPIO …", "… PARA OS FINS …"), and an
# identifier's label ("ASSOCIAÇÃO PEQUENO MUNDO | CNPJ nº …")
_STOP = r"(?:O|A|OS|AS|AO|AOS|PARA|QUE|COM|POR|PELO|PELA|SOBRE|ENTRE|SEU|SUA|UM|UMA|SE|NOS|NAS|CNPJ|CPF)(?![\p{L}])"
# a capitalised word or an acronym; "S.A." and "S/A" whole (not a word "S")
_CAP = rf"(?!{_STOP})(?:S\.A\.?|S/A|\p{{Lu}}[\p{{Ll}}\p{{Lu}}'’\-]*)"
CONNECTORS = ("de", "da", "do", "das", "dos", "e", "em", "no", "na", "nos", "nas")
OF = ("de", "da", "do", "das", "dos")  # the connectors of a name of a person or body ("de Almeida")


def cased(words) -> str:
    """A regex alternation of the words in lower case and in capitals: ``(?:de|da|DE|DA)``."""
    return "(?:" + "|".join([*words, *(w.upper() for w in words)]) + ")"


_CONN = cased(CONNECTORS)
_OF = cased(OF)
# the head words in capitals: ``HEADS.upper()`` would turn the ``\\s`` of "Junta\\s+Comercial" into ``\\S``
HEADS_UPPER = HEADS.upper().replace("\\S", "\\s")
_SPACES = "\\s+"  # (the one piece of regex a head word holds: "Corpo\\s+de\\s+Bombeiros")


def prefix_tree(words) -> str:
    """A regex alternation of ``words`` (literal but for ``\\s+``) as a tree of their common prefixes, a longer word
    tried before a word it starts with: the matches of the alternation of ``words`` sorted longest first (where more
    than one matches at a place, they start each other), found in about half the time (the scan for the head words
    tried each of their 130 forms at every place a capital letter may open one).

    >>> prefix_tree(["Secretaria", "Secretaria-Executiva", "Serviço", "Corpo\\s+de"])
    '(?:Corpo\\\\s+de|Se(?:cretaria(?:\\\\-Executiva|)|rviço))'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for piece in regex.findall(r"\\s\+|.", word, flags=regex.DOTALL):
            node = node.setdefault(piece, {})
        node[""] = {}  # the word ends here
    return _alternation(tree)


def _alternation(node: dict) -> str:
    pieces = [
        (piece if piece == _SPACES else regex.escape(piece)) + _alternation(node[piece])
        for piece in sorted(node)
        if piece
    ]
    if "" in node:
        pieces.append("")  # the word that ends here, after the longer ones
    if len(pieces) == 1:
        return pieces[0]
    return "(?:" + "|".join(pieces) + ")"


# the head words as printed: Title Case or capitals (a case-sensitive alternation is much faster)
_HEADS_CASED = prefix_tree({v for h in HEADS.split("|") for v in (h, h.upper().replace("\\S", "\\s"))})
# prepositions inside a body's name, in lower case before a capitalised word: "Coordenação-Geral de Saúde da Pessoa
# com Deficiência" (APAE Três Pontas ofício 2024), "Fundação Instituto de Pesquisa e Estudo de Diagnóstico por Imagem"
# (FIDI PRONAS anexos 2024), "Fundo Nacional para a Criança"
_INNER = r"(?:com|por|para(?:[ \t]+(?:a|o))?)"
# an enumeration inside a name: "Educação, Ciência e Tecnologia", "Transportes, Portos e Aviação Civil"
_ENUM = rf"(?:,[ \t]+{_CAP})+[ \t]+(?:e|E)[ \t]+{_CAP}"
PATTERN = regex.compile(
    rf"""
    (?<![\p{{L}}\d])
    (?:{_HEADS_CASED})                         # the head word, Title Case or capitals
    (?:[ \t]+(?:(?:{_CONN}|{_INNER})[ \t]+){{0,2}}{_CAP}(?:{_ENUM})?)+   # capitalised words, with connectors between
    (?![\p{{L}}\d$])                         # not the "R" of "R$" (a table's run: "Clube De … De R$", DODF 2020-01-08)
    """,
    regex.VERBOSE,
)
_HEAD_ONLY = regex.compile(rf"(?i:{HEADS})$")
SPLIT_HEADS = (
    "Ministério|Secretaria|Subsecretaria|Secretaria-Executiva|Prefeitura|Diretoria|Departamento|"
    "Coordenação-Geral|Coordenação|Coordenadoria|Superintendência|Universidade|Tribunal|Gabinete|Assessoria|Gerência"
)
_SPLIT = regex.compile(
    rf"[ \t]+{_OF}[ \t]+(?=(?i:{SPLIT_HEADS})(?![\p{{L}}]))"
    # two bodies joined by "e": "Tribunal de Contas da União e da Controladoria-Geral da União"
    rf"|[ \t]+(?:e|E)[ \t]+(?:{_OF}[ \t]+)?(?=(?i:{HEADS})(?![\p{{L}}]))"
)


# a head word that opens a fiscal, a service's or a system's term, no body: "RECEITA CORRENTE LÍQUIDA - RCL" (Tucano-BA
# DOE 1507, every RGF/RREO; TCE-AC acórdão 2020; DOU 2014), "Receita Resultante do Imposto …", "Receita de Impostos",
# "Receita de Contribuições", "Receita Patrimonial" (Tucano-BA DOE 1507; DOU 2014), "Banco de Preços em Saúde - BPS"
# (SEI-MS), "Fundo de Investimento Imobiliário - FII", "Empresa Credenciada em Vistoria de Veículos - ECV" (review24),
# the kinds of telecommunication service a grant names ("Serviço Limitado Privado", "Serviço de Comunicação
# Multimídia", "Serviço de Radiodifusão", "Serviço de Retransmissão de Televisão": DOU 2014 and 2017), the public
# service ("… no Serviço Público": DOU S2 2017; "SERVIÇO PÚBLICO FEDERAL" letterheads) and a region ("Centro-Oeste",
# "CENTRO OESTE": DODF 2020-01-08); not "SERVIÇO DE LIMPEZA URBANA DO DISTRITO FEDERAL" (a body: DODF 2020-01-08)
NOT_A_BODY = regex.compile(
    r"(?i:receitas?\s+(?:corrente|l[íi]quida|tribut[áa]ria|pr[óo]pria|total|bruta|de\s+capital|resultante"
    r"|de\s+impostos|de\s+contribui[çc][õo]es|de\s+servi[çc]os|patrimonial|or[çc]ament[áa]ria|prevista|arrecadada"
    r"|estimada|realizada)"
    r"|bancos?\s+de\s+(?:pre[çc]os|dados|horas|talentos|projetos|leite|sangue|alimentos)"
    r"|fundos?\s+de\s+(?:investimento|participa[çc][ãa]o|garantia\s+do\s+tempo|manuten[çc][ãa]o\s+e\s+desenvolvimento)"
    r"|empresas?\s+(?:credenciad|contratad|vencedor|habilitad|licitante|de\s+pequeno\s+porte)"
    r"|servi[çc]os?\s+(?:limitado|de\s+comunica[çc][ãa]o|de\s+radiodifus[ãa]o|de\s+retransmiss[ãa]o|de\s+repetição"
    r"|p[úu]blicos?(?!\s+(?:d[eoa]|municipal|estadual|federal)\s+\p{Lu}))"
    r"|centro[\s-]+oeste)"
)


# an address word right before the head word: the name is a street's or a district's, named after a body ("Rua do
# Clube", "Bairro Clube dos Oficiais", "Setor Hospitalar", "Avenida Universidade", "Travessa da Escola")
_ADDRESS_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:rua|r\.|avenida|av\.|bairro|setor|travessa|tv\.|pra[çc]a|alameda|rodovia|estrada|loteamento"
    r"|conjunto|vila|quadra|residencial|condom[íi]nio|jardim|largo|beco)[ \t]+(?:(?i:d[eoa]s?)[ \t]+)?$"
)


# a club's name opens before its head word ("Brasília Vôlei Esporte Clube - BVEC": DODF 2020-01-08; "MINAS TÊNIS
# CLUBE", "RADIO CLUBE DE CONQUISTA LTDA": DOU S1 2014-10-01; "Iate Clube de Brasília"): "Clube" right after a
# capitalised word on its line is no name's start
_NAMED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?!(?:de|da|do|das|dos|e|DE|DA|DO|DAS|DOS|E)[ \t])\p{Lu}[\p{L}'’\-]*[ \t]+$"
)
# the head word a name opens with, printed again after a word that is no connector: two bodies of a table's run
# ("FACULDADE DE TECNOLOGIA DE NOVO CABRAIS FACULDADE SALESIANA DE SANTA TERESA": DOU S1 2014-10-01 e-MEC annex;
# "Secretaria de Saúde Secretaria de Educação" in a list's columns)
_REPEATED_HEAD = regex.compile(r"(?<=[\p{L}\d.)][ \t]+|\n)(?P<head>\p{Lu}[\p{L}\-]+)(?![\p{L}])")


_HEAD_WORD = regex.compile(r"[\p{L}\-]+")


def _repeated_head_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    head = _HEAD_WORD.match(text, start, end).group().casefold()  # (compiled once: 60,000 names in a hostile list)
    cuts = []
    if head not in text[start + len(head) : end].casefold():
        return cuts  # (the head printed once, as in most names: a word printed again is in the words after it)
    for m in _REPEATED_HEAD.finditer(text, start + len(head), end):
        if m["head"].casefold() == head:
            before = text[start : m.start()].split()
            if before and before[-1].lower() not in CONNECTORS:
                cut = m.start()
                while cut > start and text[cut - 1].isspace():
                    cut -= 1
                cuts.append((cut, m.start()))  # the first name ends at its last word
    return cuts


# the "X" between the two parties of an extrato: each side is a name of its own ("PARTES: Polícia Civil X K2
# Conservação e Serviços Gerais Eireli", "CBMDF X MARDISA VEÍCULOS S/A": DODF 2004, 2019, 2021; "Partes:
# DLOG/SE/MINISTÉRIO DA SAÚDE X EASY FARMA COMÉRCIO …": DOU S3 2022); a name follows it. Not a Roman numeral at a
# name's end ("… do Guará - RA X"), nor the X of "Raio X" ("CLÍNICA DE RAIO X SÃO LUCAS") or of "Pio X"
VERSUS = regex.compile(r"(?<=[\p{L}\d.)][ \t]+)(?<!(?<![\p{L}])(?i:raios?|pio)[ \t]+)[xX](?=[ \t]+[\p{Lu}\d])")
_LONE_X = regex.compile(r"[ \t][xX][ \t]")
_HEAD_START = regex.compile(rf"(?:{_HEADS_CASED})(?![\p{{L}}])")
HEAD_ANYWHERE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_HEADS_CASED})(?![\p{{L}}])"
)  # (patterns/firms.py: the parties' "X")


def versus_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (end of the name before, start of the name after) of each parties' "X" in ``text[start:end]``."""
    out = []
    for m in VERSUS.finditer(text, start, min(len(text), end + 2)):  # (the name after it may start past ``end``)
        if m.start() >= end:
            break
        a, b = m.start(), m.end()
        while a > start and text[a - 1] in " \t":
            a -= 1
        while b < end and text[b] in " \t":
            b += 1
        out.append((a, b))
    return out


# (review26) "Lar" names a home with two name words or more after it ("Lar Cristo Rei", "LAR SÃO VICENTE", "Lar dos
# Idosos Recanto dos Amigos"); one word is a program's or an ordinary phrase ("Lar Temporário", "Programa Lar Doce Lar",
# "Lar Legal", "Lar do Governo")
_LAR = regex.compile(r"(?i:lar)(?![\p{L}])")


def _short_lar(raw: str) -> bool:
    if not _LAR.match(raw):
        return False
    return len([w for w in raw.split()[1:] if w.lower() not in _CONNECTOR_SET]) < 2


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        if not text[m.start()].isupper():  # "secretaria" in running text is a common noun
            continue
        if _ADDRESS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if text.startswith(("Clube", "CLUBE"), m.start()) and _NAMED_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "Brasília Vôlei Esporte Clube", "MINAS TÊNIS CLUBE": the name starts before the head word
        if NOT_A_BODY.match(text, m.start()):
            continue
        start = m.start()
        end, joined = _same_case_end(text, start, m.end())
        cuts = [(c.start(), c.end()) for c in _SPLIT.finditer(text, start, end)] if joined else []
        # (the regex only where an "X" stands alone: a 1 MB enumeration makes 60,000 names, tests/patterns/test_invariants.py)
        versus = versus_cuts(text, start, end) if _LONE_X.search(text, start, min(len(text), end + 2)) else []
        cuts = sorted(cuts + _repeated_head_cuts(text, start, end) + versus)
        after_versus = False
        for cut_start, cut_end in [*cuts, (end, end)]:
            raw = text[start:cut_start]
            # the other party after an "X" is a body's name only when a head word opens it (not a firm's)
            if (
                raw
                and not _HEAD_ONLY.match(raw)
                and (not after_versus or _HEAD_START.match(raw))
                and not _short_lar(raw)
            ):
                out.append(make("orgao", text, start, cut_start, value=" ".join(raw.split()), extractor=NAME))
            start, after_versus = cut_end, (cut_start, cut_end) in versus
    return out


# the legal form of a company, printed after its name and not part of it (also used by pipeline/ner/conventions.py)
LEGAL_FORM = r"S\.A\.?|S/A|Ltda\.?|LTDA\.?|EIRELI|Eireli|EPP"


def _same_case_end(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where a name stops being written like its head word: a Title Case name ends before a word in
    capitals (``… e Pecuária CABIXI``), a name in capitals before a Title Case word; trailing
    connectors are dropped. Also whether a kept word is a connector (only then can it be a chain of bodies
    to cut). Plain string work: a 1 MB list of names makes 60,000 matches (tests/patterns/test_invariants.py)."""
    span = text[start:end]
    tokens = span.split()
    caps = tokens[0].isupper()
    n = len(tokens)
    joined = -1  # the first connector's index
    for k in range(1, len(tokens)):
        token = tokens[k]
        if token.lower() in _CONNECTOR_SET:
            if joined < 0:
                joined = k
            continue
        letters = token if token.isalpha() else "".join(c for c in token if c.isalpha())
        if len(letters) > 1 and letters.isupper() != caps:
            if k == 1 and not caps and _ACRONYM_NAME.fullmatch(token) and token not in _NOT_ACRONYM_NAMES:
                n = 2  # an acronym right after a Title Case head word is the name: "Fundação CDL-BH" (DOM Belo
                break  # Horizonte 2024), "Fundação PTI" (DOU S1 2022-03-22), "Faculdade ENIAC" (DOU S1 2017-10-02)
            n = k
            break
    while n > 1 and (tokens[n - 1].lower() in _CONNECTOR_SET or tokens[n - 1] in _LEGAL_FORMS):
        n -= 1
    pos = 0
    for token in tokens[:n]:
        pos = span.index(token, pos) + len(token)
    return start + pos, 0 < joined < n


_CONNECTOR_SET = frozenset(CONNECTORS)
# (not a state's abbreviation: "Carta Consórcio DF nº 094/2019", DODF 2020-01-07, names a letter, where it is)
_UFS = frozenset("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
# (review26) nor an identifier's label or a connector in capitals: "Secretaria SEI nº 123", "Fundação CPF …"
_NOT_ACRONYM_NAMES = _UFS | frozenset("SEI CPF CNPJ CEP RG PIS NIS NIT PROC DE DA DO DAS DOS NO NA NOS NAS".split())
_ACRONYM_NAME = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}(?:-\p{Lu}{2})?")
# the words LEGAL_FORM matches whole ("S.A", "Ltda."): a set lookup per word instead of a regex
_LEGAL_FORMS = frozenset({"S.A.", "S.A", "S/A", "Ltda.", "Ltda", "LTDA.", "LTDA", "EIRELI", "Eireli", "EPP"})
