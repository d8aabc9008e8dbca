"""Names of firms by their legal form: ``AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP``,
``Lanlink Soluções e Comercialização em Informática S/A``, ``J.R. DE ALMEIDA AREDES ME``.

A company's legal form (``LTDA``, ``S/A``, ``S.A.``, ``EIRELI``, and the size marks ``ME``/``EPP`` that
LC 123/2006 art. 72 adds to the firm's name, alone or after another form: ``LTDA - EPP``, ``EIRELI ME``,
``MONTEIRO-ME``) ends the name; the name runs back from it over the words written in the case of the word
before the form (capitals, or Title Case with its connectors), initials ("J.R.", "D.H.F"), "&" and
slashes ("SOMA/MG"), until a comma, colon, semicolon, a number, a lower-case word, a role word
("EMPRESA", "FIRMA", "CONTRATADA", "A", "PELA") or another legal form; a dash is crossed after an acronym
that opens the name ("BRB - BANCO DE BRASÍLIA S.A."). Every legal form is part of the name, as in
LeNER-Br train (all 62 "Ltda.", "LTDA", "S/A", "S.A." inside the ORGANIZACAO). Used by the NER merge
policy as rule entities (ORGANIZACAO), never as identifiers. Sources: DODF 2018-02-09 (lists of
firms, extratos), DOM Belo Horizonte 2024 (extratos, "Empresa: SOMA/MG …"), AMA-AL 2016 (extratos).

>>> [m.raw for m in find("Processo SEI nº 0060.000.2558/2017-31- AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP - COSTA")]
['AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP']
>>> [m.raw for m in find("e a empresa D.H.F FRANQUI EIRELI ME, CNPJ nº 26.315.298/0001-12")]
['D.H.F FRANQUI EIRELI ME']
>>> [m.raw for m in find("PDB.101.2024.3.3, It One Tecnologia da Informação S/A, onde se lê")]
['It One Tecnologia da Informação S/A']
>>> [m.raw for m in find("o Ministério da Economia - ME, e")]  # ME alone after a body: an acronym
[]
"""

from __future__ import annotations

import regex

from . import orgaos
from .mention import Mention, make
from seidou.versions import tag

VERSION = 5  # 5: the name is read on over a line end that broke a word with a hyphen ("DE MA-⏎TERIAIS … LTDA"),
# a bare Title Case "Me" ending a list's item or a clause (TITLE_ME), no "P/" (por, pela) opening it, "EIRE-⏎LI"; 2: a lower-case " e " ends a name in capitals; 3: so does the parties' "X" (orgaos.VERSUS), and
# "Me"/"Epp" after a first form (NEXT_FORM); 4: the "X" only after a body's name or a "Partes:" label, a number only
# right before the form or one name word before it, an enumeration's items of one word (review26: near misses)
NAME = tag("seidou.patterns.firms", VERSION)

# a legal form, then more of them ("LTDA - EPP", "EIRELI ME", "LTDA-EPP"); "S A" only in capitals
# (5) "EIRELI" broken by a line end's hyphen at a syllable ("MULTIPLY SERVIÇOS E MANUTENÇÃO EIRE-⏎LI.": DOE-RJ
# 2023-06-20; "… COMÉRCIO EI-⏎RELI": a general PDF fact, a narrow column's hyphenation)
_BROKEN_EIRELI = r"EI-\n[ \t]*RELI|EIRE-\n[ \t]*LI"
FORM = rf"(?:LTDA\.?|Ltda\.?|S/A|S\.[ ]?A\.?|S[ ]A(?!\p{{L}})|EIRELLI|EIRELI|Eireli|{_BROKEN_EIRELI}|EPP|ME)"
STRONG = regex.compile(rf"LTDA|Ltda|S/A|S\.[ ]?A|S[ ]A|EIRELLI|EIRELI|Eireli|{_BROKEN_EIRELI}|EPP")
# after a first form, the small-company forms also in Title Case ("Auto Peças São Manoel Ltda Me", "… Ltda - Me":
# DODF 2004 and 2020-01-08; "… Ltda. Me", "… Eireli Epp": DOU S1 2014-10-01 and 2017-10-02)
NEXT_FORM = rf"(?:{FORM}|Me|Epp)"
# (5) a bare "Me" in Title Case ending an item of a list or a clause, after a Title Case name of two words or more:
# a one-person firm ("07436142/001-70, Recanto dos Canarinhos Me; 07438898/001-36, S José dos Santos Me.": DODF
# 2004; "outorgar à José Roberto Delfino de Souza Me, concessão para lavrar": DOU S1 2017-10-02)
TITLE_ME = r"Me(?=[ \t]*(?:[;,.]|\n|$))"
PATTERN = regex.compile(
    rf"(?<=[\p{{L}}\d.&)][ \t]*[-–]?[ \t]*)(?<![\p{{L}}\d])(?:{FORM}(?:[ \t]*[-–]?[ \t]*{NEXT_FORM})*|{TITLE_ME})"
    rf"(?![\p{{L}}\d/])"
)
# words that end the name going back: articles, prepositions, role words (in any case)
_ROLES = frozenset(
    """a o as os à ao aos e/ou pela pelo pelas pelos para com entre por sob que à empresa firma contratada
    contratado contratante contratantes contratadas licitante fornecedor fornecedora detentora interessado
    interessada partes parte favor sociedade""".split()
)
_CONNECTORS = frozenset("de da do das dos e em & DE DA DO DAS DOS E EM".split())
_NAME_HEADS = frozenset(("empresa", "companhia", "banco", "sociedade", "cooperativa"))
_HEAD_ROLES = frozenset(("empresa", "firma", "sociedade"))
_TOKEN = regex.compile(r"[^\s,;:()\[\]\"“”]+|[,;:()\[\]\"“”]")
_OPEN_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,9}")
MAX_WORDS = 14
_FOR = regex.compile(r"[Pp]/(?=\p{Lu})")  # the abbreviation "p/" (por, pela, para), a general Portuguese fact
_ACRONYM_DASH = regex.compile(r"[ \t]*\p{Lu}[\p{Lu}\d]+[ \t]*[-–][ \t]")  # a line opening with "ACRONYM - "
_BROKEN_AT = regex.compile(r"\p{L}-\n")  # a letter and a hyphen ending the line above


# a number of one to three digits inside a firm's name, after a name word that numbers no act, list item or
# place ("AUTO POSTO QI 23 LTDA", "AUTO POSTO PETER PAN 01 LTDA", "AUTO POSTO 109 NORTE LTDA": DODF 2004; "RIO MAIS
# SANEAMENTO BLOCO 3 S/A": DOE-RJ 2023); not "CONTRATO 12 …", "LOTE 01 …", "ITEM 3 …" nor "Nº 5 …"
_NUMBER = regex.compile(r"\d{1,3}")
_NUMBERING_WORDS = frozenset(
    """contrato convênio convenio termo aditivo processo lote item itens grupo edital pregão pregao ata portaria lei
    decreto anexo quadra conjunto casa sala loja art artigo inciso cláusula clausula parágrafo página
    nota empenho ordem tomada concorrência concorrencia dispensa inexigibilidade
    rua avenida av rodovia km andar lote fase etapa parcela parcelas unidade unidades meses mes mês dias anos
    vagas horas""".split()
)


# an enumeration inside a firm's name in capitals, its items after commas and the last after "E": "BRB-CRÉDITO,
# FINANCIAMENTO E INVESTIMENTO S/A", "ART STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI" (DODF 2019),
# "… DISTRIBUIDORA, SERVIÇOS E LOCAÇÕES EIRELI" (DOE-RJ 2023-06-20), "… VIAGENS, TURISMO E ENTRETENIMENTO LTDA" (DOU S1
# 2014-10-01); not a list of firms ("JC DA SILVA SUPRIMENTOS, FABIANA D. CARVALHO LTDA": no "E" after the comma)
def _enumerated(tokens: list, i: int, end: int) -> bool:
    """Whether the comma ``tokens[i - 1]`` opens an item of an enumeration that an "E" closes before ``end``, each
    item of one to three name words, and a name word in capitals before the comma."""
    if not _word_ok(tokens[i - 2].group(), True) or tokens[i - 2].group() in _CONNECTORS:
        return False
    item = 0
    for t in tokens[i:end]:
        w = t.group()
        if w == "E" and item:
            return True
        if w == ",":
            if not item:
                return False
            item = 0
            continue
        if not _word_ok(w, True) or w in _CONNECTORS:
            return False
        item += 1
        if item > 1:
            return False  # (review26) one word an item: not a list of firms, "ALFA COMERCIO, BETA SERVIÇOS E GAMA LTDA"
    return False


def _numbered_name_word(token: str, caps: bool) -> bool:
    return (
        token.isalpha() and token not in _CONNECTORS and token.lower() not in _NUMBERING_WORDS and _word_ok(token, caps)
    )  # (review26: not "PRAZO DE 12 MESES …", "AQUISIÇÃO DE 200 UNIDADES …")


# the parties' "X" ends a firm's name only after a body's name or a "Partes:" label on its line ("PARTES: CBMDF X
# MARDISA …"); not an X inside a firm's name ("MALHA X CONFECÇÕES LTDA", "GERAÇÃO X EVENTOS LTDA": review26)
_PARTIES_LABEL = regex.compile(r"(?i:partes)[ \t]*:")


def _versus_in(head: str, x: int) -> bool:
    if not orgaos.VERSUS.match(head, x):
        return False
    before = head[:x]
    return _PARTIES_LABEL.search(before) is not None or orgaos.HEAD_ANYWHERE.search(before) is not None


def _word_ok(token: str, caps: bool) -> bool:
    """Whether ``token`` can be a word of a firm's name written in capitals (``caps``) or Title Case."""
    if token in _CONNECTORS or (token.isalpha() and (token.isupper() or (not caps and token[0].isupper()))):
        return True  # the common words first: plain strings, no regex (a 1 MB list of firms: 40,000 names)
    core = token.rstrip(".")
    if not core or any(c.isdigit() for c in core[:1]) or core[:1] in "-–/":
        return False
    letters = [c for c in core if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if "." in core:  # initials: "J.R.", "D.H.F", "E.TRÍPODE", "COM."
        return all(c.isupper() for c in letters)
    return all(c.isupper() for c in letters) if caps else True


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    last_end = 0
    for m in PATTERN.finditer(text):
        form = m.group()
        if not STRONG.search(form) and m.start() > 0 and text[m.start() - 1] not in " \t-–":
            continue
        window = max(m.start() - 200, last_end, 0)
        line_start = max(text.rfind("\n", window, m.start()) + 1, window)
        # a word a line end broke with a hyphen is read on over the line above: "M4 IMPORTAÇÃO E COMÉRCIO DE MA-⏎TERIAIS
        # MÉDICO HOSPITALARES LTDA" (DOE-RJ 2023, two columns; a general PDF fact: a name set in a narrow column)
        while (
            line_start > window + 2
            and _BROKEN_AT.match(text, line_start - 3)
            and not _ACRONYM_DASH.match(text, line_start)  # "… RIO DE JANEI-⏎UNINGA - UNIDADE …": a table's cells
        ):
            line_start = max(text.rfind("\n", window, line_start - 1) + 1, window)
        head = text[line_start : m.start()].rstrip(" \t-–")
        tokens = list(_TOKEN.finditer(head))
        i = end_word = len(tokens)
        caps = i > 0 and tokens[i - 1].group().isupper()
        while i > 0 and end_word - i < MAX_WORDS:
            tok = tokens[i - 1].group()
            nxt = tokens[i].group() if i < end_word else ""
            if tok in _CONNECTORS and nxt.lower() in _NAME_HEADS:
                break  # "Prestação de Contas da Empresa de Processamento de Dados S/A": the name opens at its head
            if caps and tok == "A" and i >= 2 and tokens[i - 2].group() == "PARA":
                i -= 2  # "PRODUTOS PARA A SAÚDE EIRELI"
                continue
            if caps and tok == "PARA" and nxt not in _CONNECTORS:
                i -= 1  # "MÓVEIS PARA ESCRITÓRIO LTDA"
                continue
            if tok.lower() in _ROLES and not (tok.lower() in _HEAD_ROLES and nxt in _CONNECTORS):
                break  # "a empresa X" (but "Empresa de Informática …" is the name's head)
            if tok in "-–":
                if (
                    i >= 2
                    and _OPEN_ACRONYM.fullmatch(tokens[i - 2].group())
                    and not STRONG.fullmatch(tokens[i - 2].group())
                ):
                    before = tokens[i - 3].group() if i >= 3 else ","
                    if before in ",;:" or before.lower() in _ROLES:
                        i -= 2  # "BRB - BANCO DE BRASÍLIA S.A.": an acronym opens the name
                break
            if (
                _NUMBER.fullmatch(tok)
                and i >= 2
                and end_word - i <= 1  # (review26: not "ENDEREÇO RUA 10 ALFA SERVIÇOS LTDA")
                and _numbered_name_word(tokens[i - 2].group(), caps)
            ):
                i -= 1  # a number inside the name: "AUTO POSTO QI 23 LTDA" (DODF 2004), "… BLOCO 3 S/A" (DOE-RJ 2023)
                continue
            if tok == "," and caps and i >= 2 and _enumerated(tokens, i, end_word):
                i -= 1  # "ART STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI" (DODF 2019)
                continue
            if STRONG.fullmatch(tok.rstrip(".")) or not _word_ok(tok, caps):
                break
            if tok in ("X", "x") and _versus_in(head, tokens[i - 1].start()):
                break  # the parties' "X": "Polícia Civil X K2 Conservação … Eireli" (DODF 2021), "CBMDF X MARDISA
                # VEÍCULOS S/A" (DODF 2019), "MINISTÉRIO DA SAÚDE X EASY FARMA … LTDA." (DOU S3 2022)
            if caps and tok == "e":
                break  # a lower-case " e " between capitals joins two names: "FAETEC e CREARE CONSTRUÇÕES LTDA"
                # (DOE-RJ 2023), "… Desenvolvimento Econômico e SIGMA INCORPORAÇÕES LTDA" (DODF)
            i -= 1
        while i < end_word and (tokens[i].group() in _CONNECTORS or _NUMBER.fullmatch(tokens[i].group())):
            i += 1
        words = [t.group() for t in tokens[i:end_word] if t.group() not in _CONNECTORS]
        if not words or (not STRONG.search(form) and len(words) < 2):
            continue  # "CONSULTE-ME": a bare "ME" needs a name of two words or initials
        if form == "Me" and (caps or len(words) < 2 or _BODY_HEADS.match(words[0])):
            continue  # a Title Case "Me" after a Title Case name of two words (not a body's: "Ministério …")
        if form != "Me" and not STRONG.search(form) and not _firm_words_for_me(words, caps):
            continue  # "Ministério da Economia - ME": ME alone needs a firm in capitals
        start = line_start + tokens[i].start()
        if _FOR.match(text, start):
            start += (
                2  # "P/" is "por"/"pela" ("Assinantes: P/TCB … e P/FLEXIBASE … LTDA.": DODF 2021), no part of a name
            )
        end = without_full_stop(text, start, m.end())
        out.append(make("firm", text, start, end, value=" ".join(text[start:end].split()), extractor=NAME))
        last_end = m.end()
    return out


def without_full_stop(text: str, start: int, end: int) -> int:
    """``end`` without a sentence's full stop; an abbreviation keeps its own ("LTDA.", "S.A.", "J.R.")."""
    if text[end - 1] == "." and not _ABBREVIATION_END.search(text, start, end):
        return end - 1
    return end


_ABBREVIATION_END = regex.compile(r"(?:Ltda|LTDA|S\.[ ]?A|\p{Lu}\.\p{Lu})\.$")


def reads_as_firm(name: str) -> bool:
    """Whether a name may take a bare "ME" after it: in capitals, not opening with a body's head word
    ("ICEBERG DISTRIBUIDORA LTDA. - ME", not "Ministério da Economia - ME")."""
    words = [w for w in name.split() if w not in _CONNECTORS]
    return bool(words) and _firm_words_for_me(words, name.isupper())


_BODY_HEADS = regex.compile(
    r"(?i:minist[ée]rio|secretaria|prefeitura|munic[íi]pio|governo|c[âa]mara|tribunal|conselho|fundo|instituto)$"
)


def _firm_words_for_me(words: list[str], caps: bool) -> bool:
    """Whether a name before a bare "ME" reads as a firm: in capitals, not opening with a body's head word."""
    return caps and not _BODY_HEADS.match(words[0])
