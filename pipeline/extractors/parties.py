"""Parties of an instrument: from its preamble, from a DADOS CADASTRAIS block, from extrato lines.

Examples:
- preamble (seed convênio 978990/2025): ``A UNIÃO, por intermédio da Subsecretaria de …, inscrito no
  CNPJ/MF sob o nº 00.396.895/0001-25, com sede na …, doravante denominado CONCEDENTE, neste ato
  representado pelo Subsecretário de …, Sr. FERNANDO MAGALHÃES SOARES PINTO, …, portador da matrícula
  funcional nº 1354613, e o Município de Cabixi/RO, …, doravante denominado CONVENENTE, …``
- DADOS CADASTRAIS (seed plano de trabalho): ``Órgão: …`` / ``CNPJ: …`` / ``Nome da Autoridade
  Signatária: …`` / ``Cargo: …`` / ``Matrícula SIAPE: …`` under ``Partícipe 1`` / ``Partícipe 2``
- extratos: ``Contratada: EMPRESA X LTDA, CNPJ nº …``, ``Convenente: Município de …`` on their own lines,
  or run in (DOU, the SIASG layout): ``Contratante: INSTITUTO FEDERAL … CNPJ Contratado: 08246178000129.
  Contratado : JF CONSTRUCOES E EDIFICACOES LTDA-Objeto: …``
Roles are normalized and tolerant of the misspellings real documents carry (CONVENIENTE, CONDELENTE).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from seidou.patterns import cep as cep_pattern
from seidou.patterns import cnpj as cnpj_pattern
from seidou.patterns import firms
from seidou.patterns import orgaos
from seidou.patterns.mention import Opened, matches_from

from seidou.documents.classify import SUMMARY_HEAD, is_extrato
from seidou.extractors.signature_blocks import is_person, name_at
from seidou.ner.shape import POSITIONS
from seidou.rows import fact_row
from seidou.versions import tag

VERSION = 12  # 4: one role table of every family, PARTES roles, signers as representatives;
# 5: roles from the instrument's family and plural role labels, "Contratado(a):", labelled values cut at the next
# label, lists over line breaks inside a name, "Celebram entre si", "CPNJ"
# 6: run-in labels of the pair families, plural "Compromitentes/Compromissários" lists, the family from a role word
# of the text, one-per-line lists under a plural label, the publisher named by its signer under a side's label,
# acts headed "Resumo"/"Extrato" read as extratos, a list line ending on a dash goes on, initials in a name
# 7 (review24): summary heads only of an instrument (classify.SUMMARY_HEAD); one-per-line lists stop at the first line
# that is no firm's or person's, 20 items at most; pair words only in extratos (or with the other side), not after
# "Órgão", a process number cut; a plural label's bare " e " only before a body or a person; the publisher signed
# for a public side only; the consortium guard of PARTES_SPLIT bounded
# 8 (issue 29, party forms): line labels, plural list labels and the role words of the text from the one role table
# (ROLES); the role word of the text bounded to its item; "… firmado entre:" over the parties' lines, with "Em nome
# de X:" signers; "Empresa:" beside a labelled contratante; "CONTRATO Nº N - EMPRESA X LTDA" in a title; the SIDEC
# "CNPJ CONTRATADA : N NAME"; the sides of a contract named only by "Pela X: NOME" signers; a cargo's first word from
# ner.shape.POSITIONS; a signer's "(contratada)" across a line break
# 9: role_raw, the label or role word printed for each party (None where the role is inferred); roles unchanged
# 10 (session 23): a name ends at "portador"/"inscrita" only as words ("ROFEMAX IMPORTADORA"); "CNPJ." and "LTDA. EPP"
# end no list; no split at ";" before a legal form; nota de empenho a contract, autorização de uso a permissão;
# "Fornecedor Registrado:", "Parceiros:", "Partes:" in Title Case, "A X B x C" lists; an apostila's sides and its
# interveniente; "Contrato nº N, firmado em …, com a empresa X"; an ata's firms each with its CNPJ; a budget's "Órgão:"
# no party; signers: a surname joined by " e ", titles and ranks, "ROLE, NAME", acronyms as initials, one for two sides
# (review26, same version: "…CNPJ" glued ends a name again; a nota de empenho / autorização de uso only as the extrato's
# instrument; "Parceiros:" only after an instrument; one side a line only after lines of one side; a firm's signer's
# quality is no name; "pela A e pela B: X e Y" names neither)
# 11 (session 24, issue 29): two sides on one line of a plural label's list, each closed by its CNPJ; role_raw of a side
# named by its signer's label with its "Pela" ("Pela CAESB"); an ata's firms' role_raw the word that names them
# ("empresas", not "e as empresas"); a convênio's sides concedente/convenente when its extrato prints a transfer
# (Decreto 6.170/2007), else partícipes; an ata's run-in "Fornecedor:" suppliers; "P\\" a signer's "P/"; the firm after
# "Contrato nº N - ACR/" with no heading, and its CNPJ on the title's line
# a signer's cargo after a comma when a position opens it, after "na qualidade de", before a bracketed role or a dash,
# and after the name where the name comes first; in a signature block, the rest of the signer's line or the line under
# it when a position opens it
# (review27, same version: a convênio's transfer pair not when a side named after the first is of a higher government
# sphere, an amount of nothing or "sem repasse" is no transfer, a convênio cited as funds' source or de estágio names
# none; an ata's "Fornecedor: Deserto" no supplier; after the name inside its entry only a position's words a cargo)
# 12 (session 29): "Celebram o X e o Y" opening an extrato's sentence; "C.N.P.J." a CNPJ's label; a plural "CONVENENTES:"
# under a cooperation's instrument names partícipes; doador/donatário and comodante/comodatário in the role table
# (cedente/cessionário); role_raw by docs/GOLD.md's convention: a side no label names takes its signer's role word
# ("Assinam pela CONTRATANTE:"), a sentence's noun ("com a empresa", "e as empresas") is none; a portaria names no sides
# (its annex's contracts are another instrument's) unless an extrato was read into it
EXTRACTOR = tag("seidou.extractors.parties", VERSION)

# One table of the role words of every instrument family, normalized (printed forms from: seed convênio
# 978990/2025 and Tucano-BA convênios; MROSC termos de fomento of Paraguaçu Paulista-SP and extratos of the
# DOM-BH; contracts and atas of registro de preços of the DODF and the DOM-BH; DODF concessões).
ROLES = [
    (r"CONCEDENTE|CONDELENTE|CONCEDENT", "concedente"),
    (r"CONVENENTE|CONVENIENTE|CONVENIAD[OA]", "convenente"),
    (r"INTERVENIENTE", "interveniente"),
    (r"UNIDADE\s+EXECUTORA", "unidade_executora"),
    (r"CONTRATANTE", "contratante"),
    (r"CONTRATAD[OA]", "contratada"),
    # atas de registro de preços: "Órgão Gerenciador:" / "Fornecedor:" (DOM-BH), "doravante denominada Gestora
    # da Ata … Detentora da Ata" (PRODABEL, DOM-BH); DODF atas print "PARTES: DISTRITO FEDERAL … e a empresa …"
    (r"[ÓO]RG[ÃA]O\s+GERENCIADOR|GESTOR[A]?\s+DA\s+ATA", "contratante"),
    # ("Fornecedor Registrado:MV COMERCIO LTDA, inscrita no CNPJ …", DOM-AL/AMA 2023 atas of Santa Luzia do Norte: the
    # ata's own word for its supplier, Decreto 7.892/2013 and Lei 14.133/21 art. 82)
    (r"FORNECEDOR[A]?(?:\s+REGISTRAD[OA])?|DETENTOR[A]?(?:\s+DA\s+ATA)?|BENEFICI[ÁA]RI[OA]\s+DA\s+ATA", "contratada"),
    (r"PROPONENTE", "proponente"),
    (r"PARTÍCIPE|PARTICIPE|ACORDANTE", "participe"),
    # MROSC (Lei 13.019): "ÓRGÃO PÚBLICO PARCEIRO:", "ADMINISTRAÇÃO PÚBLICA", "ORGANIZAÇÃO DA SOCIEDADE CIVIL
    # PARCEIRA:", "doravante designada simplesmente OSC" (Paraguaçu Paulista-SP termos de fomento 2022, 2024)
    (
        r"ADMINISTRA[ÇC][ÃA]O\s+P[ÚU]BLICA|[ÓO]RG[ÃA]O\s+P[ÚU]BLICO(?:\s+(?:PARCEIRO|CONVENENTE|CONCEDENTE))?"
        r"|[ÓO]RG[ÃA]O/ENTIDADE\s+P[ÚU]BLIC[OA](?:\([OA]\))?|PARCEIRO/(?:ESTADO|MUNIC[ÍI]PIO)",
        "administracao_publica",
    ),
    # ("ÓRGÃO PÚBLICO CONVENENTE:", Paraguaçu Paulista-SP termo aditivo 50/2023; "2. Parceiro/Estado: ESTADO DA BAHIA -
    # SECRETARIA DE DESENVOLVIMENTO RURAL - SDR. 3. Parceiro/Organização da Sociedade Civil: ASSOCIAÇÃO RURAL DO LARGO
    # NOVO.", DOE-BA 2020 resumo de termo de colaboração: the MROSC sides, issue 29)
    (
        r"OSC|ORGANIZA[ÇC][ÃA]O\s+DA\s+SOCIEDADE\s+CIVIL(?:\s+PARCEIRA)?|ENTIDADE\s+PARCEIRA"
        r"|PARCEIR[OA]/(?:OSC|ORGANIZA[ÇC][ÃA]O\s+DA\s+SOCIEDADE\s+CIVIL)",
        "osc",
    ),
    (r"CONCESSION[ÁA]RI[OA]", "concessionaria"),
    (r"CEDENTE", "cedente"),
    (r"CESSION[ÁA]RI[OA]", "cessionario"),
    # the sides of a doação and of a comodato in the Código Civil's words (doador and donatário, art. 538; comodante and
    # comodatário, art. 579): the one who gives a good or its use and the one who receives it, the cedente and the
    # cessionário of the role table ("DOADOR: DEPARTAMENTO DE ESTRADAS DE RODAGEM DO DISTRITO FEDERAL, CNPJ …", DODF 2019
    # termo de doação; "… sede da COMODANTE", DODF 2019 termo de comodato; the gold's convention, docs/GOLD.md)
    (GIVER := r"DOADOR[A]?|COMODANTE", "cedente"),
    (TAKER := r"DONAT[ÁA]RI[OA]|COMODAT[ÁA]RI[OA]", "cessionario"),
    (r"PERMITENTE", "permitente"),
    (r"PERMISSION[ÁA]RI[OA]", "permissionario"),
    (r"LOCADOR[A]?", "locador"),
    (r"LOCAT[ÁA]RI[OA]", "locatario"),
    (r"OUTORGANTE", "outorgante"),
    (r"OUTORGAD[OA]", "outorgado"),
    (r"COMPROMITENTE", "compromitente"),
    (r"COMPROMISS[ÁA]RI[OA]", "compromissario"),
]
# The other side of a two-party instrument: a party that names itself ("doravante denominada FUNDAÇÃO ABRINQ",
# "doravante designado simplesmente MUNICÍPIO") facing one that takes a role word takes the opposite role.
COMPLEMENT = {
    "convenente": "concedente",
    "concedente": "convenente",
    "contratada": "contratante",
    "contratante": "contratada",
    "osc": "administracao_publica",
    "administracao_publica": "osc",
    "cessionario": "cedente",
    "cedente": "cessionario",
    "permissionario": "permitente",
    "permitente": "permissionario",
    "locatario": "locador",
    "locador": "locatario",
    "outorgado": "outorgante",
    "outorgante": "outorgado",
    "compromissario": "compromitente",
    "compromitente": "compromissario",
}


# a role word printed with its gender or number in brackets: "Contratado(a):", "ASSINA(M) PELOS(AS) CONTRATADO(AS):"
# (DOM-CE/APRECE extratos of Guaraciaba do Norte 2013 and Groaíras 2013), "representada pelo(a) Prefeito(a)"
# (Paraguaçu Paulista-SP 2024), "Sr(a)." (issue 29's role table): one form of the word
GENDER = r"(?:\([OoAa][Ss]?\)|\([Ss]\))"


_GENDER = regex.compile(GENDER)
_SPACES = regex.compile(r"\s+")
_ROLE_WORDS = [(regex.compile(rf"(?:{rx})(?:E?S)?"), role) for rx, role in ROLES]  # (plurals: "CONTRATADAS")


def normalize_role(word: str) -> str | None:
    w = _GENDER.sub("", unicodedata.normalize("NFC", word))
    w = _SPACES.sub(" ", w.upper().strip())
    for rx, role in _ROLE_WORDS:
        if rx.fullmatch(w):  # (plurals: "CONTRATADAS", "FORNECEDORES")
            return role
    return None


@dataclass
class Party:
    role: str
    name: str | None
    cnpj: str | None
    cnpj_valid: bool | None
    address: str | None
    cep: str | None
    representative_name: str | None
    representative_cargo: str | None
    representative_matricula: str | None
    start: int
    end: int
    # the label or role word the text prints for this party, as printed ("Contratado(a)", "PARTES", "Órgão Gerenciador",
    # "Parceiro/Organização da Sociedade Civil"; "CONTRATANTE" of "Assina pelo CONTRATANTE: NOME"), without its colon;
    # the role word of the label its signer signs under for a side no label names ("Assinam pela CONTRATANTE:"); None
    # where nothing printed names the role (a sentence's "celebrado entre A e a empresa B", the instrument's family, the
    # publisher): docs/GOLD.md
    role_raw: str | None = None


def named(role, name, cnpj, valid, start: int, end: int, role_raw: str | None = None) -> Party:
    """A party read from a label and its value: no address nor representative (those come from other passes)."""
    return Party(role, name, cnpj, valid, None, None, None, None, None, start, end, role_raw)


def printed(label: str | None) -> str | None:
    """A label as printed: its words (spaces and line breaks as one space), without its colon."""
    if label is None:
        return None
    return _SPACES.sub(" ", label).strip().rstrip(":").strip() or None


_MULTI_WORD_ROLES = "|".join(rx for rx, _ in ROLES if r"\s" in rx)
DORAVANTE = regex.compile(
    r"doravante\s+(?:denominad[oa]s?|designad[oa]s?|chamad[oa]s?)\s+(?:simplesmente\s+)?(?:de\s+)?[“\"]?"
    rf"(?P<role>(?:{_MULTI_WORD_ROLES})(?![\p{{L}}])|[\p{{Lu}}ÍÚ]+(?:\s+EXECUTORA)?)",
    regex.IGNORECASE,
)
# the word every DORAVANTE match opens with (most texts print none; a cheap search, the letters alone)
DORAVANTE_WORD = regex.compile(r"doravante", regex.IGNORECASE)
# the next party: ", e o Município …", ", e, do outro lado, a União …", ", e de outro lado ACIPP – …" (Paraguaçu
# Paulista-SP), "…, doravante denominada FUNDAÇÃO ABRINQ, e;\nASSOCIAÇÃO …" (Fundação Abrinq convênio)
NEXT_PARTY = regex.compile(
    r"[,;]\s+e\s+(?:o|a|os|as)\s+(?=\p{Lu})|[,;]\s+e,?\s+d[eo]\s+outro\s+lado,?\s+(?:(?:o|a)\s+)?(?=\p{Lu})"
    r"|,\s+e;\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
# "Pelo presente instrumento, de um lado, o Município de …", "Pelo presente TERMO DE FOMENTO, de um lado a
# MUNICÍPIO …": the words before the first party's name
LEAD_IN = regex.compile(
    r"^\s*(?:(?:Pelo|Por\s+este)\s+(?:presente\s+)?(?:instrumento(?:\s+particular)?|termo\s+de\s+\p{L}+"
    r"|contrato|conv[êe]nio|acordo\s+de\s+\p{L}+),?\s*)?(?:de\s+um\s+lado,?\s*)?(?:(?:o|a)\s+(?=\p{Lu}))?",
    regex.IGNORECASE,
)
FORM_LINE = 100
# an extrato's label ("Espécie: …", "Partes: …", "Objeto: …") before a "doravante denominada" on its line (DODF
# 2018-02-09 SES/DF, DOM-BH): the instrument's own preamble opens with its parties, not with a label
LABEL_BEFORE = regex.compile(r"(?:^|[.;]\s+)\p{Lu}\p{L}+(?:\s+d[aeo]s?)?(?:\s+\p{L}+)?\s*:\s")
# a preamble line that goes on in the next one ("… doravante denominada FUNDAÇÃO ABRINQ, e;")
GOES_ON = regex.compile(r"(?:,|;|\s+e[,;]?)\s*$")
INTERMEDIO = regex.compile(
    r"(?:por\s+(?:interm[ée]dio|meio)|atrav[ée]s)\s+d[oa]s?\s+(?P<n>[^,]+(?:,\s*(?:Or[çc]amento|Planejamento)[^,]*)*)",
    regex.IGNORECASE,
)
SEDE = regex.compile(
    r"com\s+(?:sede|endere[çc]o)\s+(?:na|no|em|à)\s+(?P<a>.+?)(?=,?\s*(?:CEP|doravante|neste\s+ato|representad))",
    regex.IGNORECASE,
)
# "representado pelo Subsecretário de …, Sr. FERNANDO …", "representada pelo(a) Prefeito(a) Municipal Sr(a).
# ANTONIO TAKASHI SASADA (ANTIAN), CPF …" (Paraguaçu Paulista-SP)
REPRESENTED = regex.compile(
    r"representad[oa]s?\s+(?:neste\s+ato\s+)?(?:pel[oa]s?(?:\([oa]\))?\s+)?(?P<cargo>.{2,160}?),?\s+(?:o\s+|a\s+)?"
    r"(?:Sr\(a\)\.?|Sr\.?|Sra\.?|Senhor[a]?)\s+(?P<name>[\p{Lu}][\p{Lu}\s'’.-]+?)(?=\s*\(|,|\.|;|$)",
    regex.IGNORECASE,
)
# "representado pelo Prefeito Municipal, IGOR MOREIRA NUNES, brasileiro": cargo, then the name in capitals
REPRESENTED_CARGO_NAME = regex.compile(
    r"representad[oa]s?\s+(?:neste\s+ato\s+)?pel[oa]s?\s+(?P<cargo>[^,;]{2,80}),\s+"
    r"(?P<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,6})(?=,)",
)
# "neste ato representada por seu Diretor de Infraestrutura, Leonardo Augusto Roscoe da Rocha, C.I. …" (PRODABEL,
# DOM-BH), "representada na forma de seu Estatuto Social, pelo representante legal, Roberto Fiamenghi, portador …"
# (Fundação Abrinq convênio): a cargo, then a name in Title Case
REPRESENTED_BY_TITLE_NAME = regex.compile(
    r"representad[oa]s?\s+(?:neste\s+ato\s+)?(?:devidamente\s+)?(?:[^,;]{0,60},\s*)?(?:pel[oa]s?|por)\s+(?:seu\s+|sua\s+)?"
    r"(?P<cargo>[^,;]{2,80}),\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+(?:(?:d[aeo]s?|e)\s+)?\p{Lu}\p{Ll}+){1,6})(?=,)"
)
REPRESENTED_NAME_ONLY = regex.compile(
    r"representad[oa]s?\s+(?:neste\s+ato\s+)?(?:pel[oa]s?\s+)?(?:Sr\.?|Sra\.?)\s+"
    r"(?P<name>[\p{Lu}][\p{Lu}\s'’.-]+?)(?=,|\.|;|$)",
    regex.IGNORECASE,
)
MATRICULA = regex.compile(
    r"matr[íi]cula\s+(?:funcional\s+|SIAPE\s+)?(?:n[º°o]\.?\s*)?:?\s*(?P<m>\d[\d.-]*\d|\d)", regex.IGNORECASE
)
# (not a company's legal form: "LUMINUS COMERCIAL ELÉTRICA LTDA – EPP", DOM-AL; "FASE ENGENHARIA EIRELI - EPP", DODF)
ACRONYM = regex.compile(r"\s*\([\p{Lu}/\s-]{2,20}\)|\s+[-–—=]\s*(?!(?:ME|EPP|EIRELI|LTDA|S/?A)$)[\p{Lu}/]{2,20}$")


_NAME_ENDS = regex.compile(
    r",\s*(?:por\s+meio|por\s+interm|inscrit|com\s+sede|pessoa\s+jur|neste\s+ato|CNPJ|CPF|como\s|na\s+qualidade\s+de\s)"
    r"|\s+[-–]\s+pessoa\s+coletiva",  # "… Renováveis-IBAMA, neste ato designado …", "… - pessoa coletiva:"
    # (", COMO ENTES DELEGANTES": a quality, DOE-RJ 2023 INEA)
    regex.IGNORECASE,
)
_COMMA_WORDS, _ARTICLE = regex.compile(r",\s+(?=\p{Ll}{3,}\s)"), regex.compile(r"^(?:[AOao]s?\s+)")


def _clean_name(s: str) -> str:
    s = _NAME_ENDS.split(s, maxsplit=1)[0]
    s = ACRONYM.sub("", s).strip(" ,;.:")
    s = _COMMA_WORDS.split(s, maxsplit=1)[0]  # ", entidade civil de direito privado, …"
    s = _ARTICLE.sub("", s) if s[:2] in ("A ", "O ", "a ", "o ") else s
    return regex.sub(r"^(?:empresa|firma)\s+(?=\p{Lu})", "", s)  # "do outro lado a empresa SYSTEM MANAGER …"


def _first_cnpj(chunk: str) -> tuple[str | None, bool | None]:
    found = cnpj_pattern.find(chunk)
    return (found[0].value, found[0].valid) if found else (None, None)


# the rest of a name a party is designated by, after its first word ("doravante denominada FUNDAÇÃO ABRINQ, e;",
# Fundação Abrinq convênio): the words in capitals that follow it
DESIGNATION_REST = regex.compile(r"(?:[^\S\n]+[\p{Lu}\d][\p{Lu}\d/&-]*(?![\p{Ll}]))*")


def _designation(line: str, m) -> str | None:
    """The role word or name a "doravante denominado" prints (see DORAVANTE), as printed."""
    word = m.group("role")
    if normalize_role(word) is None and word.isupper():
        word += DESIGNATION_REST.match(line, m.end()).group()
    return printed(word)


def from_preamble(text: str) -> list[Party]:
    """Parties of the preamble paragraph: the one that names roles with "doravante denominado"."""
    if DORAVANTE_WORD.search(text) is None:
        return []  # (no line can match DORAVANTE: it was searched in every line, twice)
    out: list[Party] = []
    for line_start, line in _preamble_lines(text):
        marks = list(DORAVANTE.finditer(line))
        roles = [(m, normalize_role(m.group("role"))) for m in marks]
        if len(marks) >= 2 and all(r is None for _, r in roles):
            # parties that name themselves ("doravante denominado MUNICÍPIO … denominada SR/PF/BA"):
            # each is a partícipe of the instrument
            roles = [(m, "participe") for m, _ in roles if m.group("role").isupper()]
        known = {r for _, r in roles if r}
        if len(known) == 1 and (other := COMPLEMENT.get(next(iter(known)))):
            # one side names itself, the other takes a role word: the first takes the opposite role
            roles = [(m, r or (other if m.group("role").isupper() else None)) for m, r in roles]
        roles = [(m, r) for m, r in roles if r]
        if len(roles) == 1 and len(line) < FORM_LINE and "," not in line[: roles[0][0].start()]:
            continue  # a form's cell ("SALVADOR - BA BRASIL Doravante denominada “CONTRATADO”"), not a preamble
        if roles and LABEL_BEFORE.search(line, 0, roles[0][0].start()):
            continue  # an extrato quoting its contract ("Partes: … Objeto: … MSF …, doravante denominada Contratada")
        if not roles:
            continue
        chunk_start = 0
        for k, (m, role) in enumerate(roles):
            nxt = roles[k + 1][0].start() if k + 1 < len(roles) else len(line)
            sep = None
            for s in NEXT_PARTY.finditer(line, m.end(), nxt):
                sep = s
            chunk_end = sep.start() if sep is not None and k + 1 < len(roles) else nxt
            chunk = line[chunk_start:chunk_end]
            head = line[chunk_start : m.start()]
            if k == 0:
                head = LEAD_IN.sub("", head, count=1)
            inter = INTERMEDIO.search(head)
            name = _clean_name(inter.group("n") if inter else head)
            cnpj, valid = _first_cnpj(chunk)
            sede = SEDE.search(chunk)
            ceps = cep_pattern.find(chunk)
            rep = (
                REPRESENTED.search(chunk, m.end() - chunk_start)
                or REPRESENTED.search(chunk)  # before the role: "representada pelo(a) Prefeito(a) … doravante …"
                or REPRESENTED_NAME_ONLY.search(chunk, m.end() - chunk_start)
                or REPRESENTED_CARGO_NAME.search(chunk)
                or REPRESENTED_BY_TITLE_NAME.search(chunk)
            )
            mat = MATRICULA.search(chunk, m.end() - chunk_start)
            cargo = rep.group("cargo").strip(" ,") if rep and "cargo" in rep.groupdict() else None
            if cargo:
                cargo = regex.sub(r"^(?:o|a)\s+", "", cargo)
            out.append(
                Party(
                    role,
                    name or None,
                    cnpj,
                    valid,
                    sede.group("a").strip(" ,.") if sede else None,
                    ceps[0].value if ceps else None,
                    rep.group("name").strip() if rep else None,
                    cargo,
                    mat.group("m") if mat else None,
                    line_start + chunk_start,
                    line_start + chunk_end,
                    _designation(line, m),
                )
            )
            chunk_start = sep.end() if sep is not None else chunk_end
        if out:
            break
    return out


FIELD = regex.compile(
    r"^(?P<label>Órgão|Orgão|Entidade|Raz[ãa]o\s+Social|CNPJ|Endere[çc]o|CEP|Nome\s+da\s+Autoridade[^:]*|"
    r"Nome\s+do\s+(?:Dirigente|Representante)[^:]*|Representante\s+Legal|Cargo|Fun[çc][ãa]o|"
    r"Matr[íi]cula(?:\s+SIAPE)?|Esfera[^:]*|CPF|E-?mail|Telefone)\s*:\s*(?P<value>.*)$",
    regex.IGNORECASE,
)
_BLOCK_WORDS = r"Part[íi]cipe|Concedente|Convenente|Proponente|Interveniente|Contratante|Contratad[oa]"
BLOCK_ROLE = regex.compile(rf"^(?P<role>{_BLOCK_WORDS})\b", regex.IGNORECASE)
# the role words a block's heading prints, one per block under it ("Partícipe 1 - MGI/SEGES Partícipe 2 - ABM", the
# seed plano de trabalho): the printed role (role_raw) of each block in order
BLOCK_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_BLOCK_WORDS})(?![\p{{L}}])", regex.IGNORECASE)


INLINE_LABEL = regex.compile(  # (not after a preposition: "Autoridade Máxima do Órgão: …", Paraguaçu Paulista-SP)
    r"(?<=\S)(?<![\s(](?i:d[aeo]s?|n[ao]s?))\s+(?=(?:CNPJ|Cargo|Matr[íi]cula(?:\s+SIAPE)?|Nome\s+da\s+Autoridade[^:]{0,40}|"
    r"CEP|Endere[çc]o|Esfera[^:]{0,60}|CPF|Órgão|(?:Nome|Endere[çc]o)\s+d[aoe]s?\s+\p{L}+|"
    r"Unidade|Bairro|Munic[íi]pio|UF|Fone|Telefone|E-?mail|CNES|Procurador[^:]{0,30})\s*:)"
)
# a word each of INLINE_LABEL's labels prints, case as printed: a line with none (six lines with a colon in seven) has
# no label to cut at, and skips its search
INLINE_LABEL_WORDS = ("CNPJ", "Cargo", "Matr", "Nome", "CEP", "Endere", "Esfera", "CPF", "Órgão", "Unidade", "Bairro")
INLINE_LABEL_WORDS += ("Munic", "UF", "Fone", "Telefone", "mail", "CNES", "Procurador")


# the fields that make an "Órgão:"/"Entidade:" block a party's (its CNPJ, address, representative …)
PARTY_FIELDS = {
    "cnpj",
    "rep",
    "cargo",
    "matricula",
    "endereço",
    "endereco",
    "cep",
    "cpf",
    "e-mail",
    "email",
    "telefone",
}
NUMBERED = regex.compile(r"^(?:[A-Z]\.)?\d+(?:\.\d+)*\.?\s*[-–)]?\s")
# A value that says "all" or "none": a report's filter, not a party ("Órgão: (Todos)")
PLACEHOLDER = regex.compile(r"^\W*(?:todos|todas|nenhum|nenhuma|n/?a|não se aplica|-+)\W*$", regex.IGNORECASE)
# A line that starts another labelled field, known or not ("Nome da Instituição: …", "Decisão: …"):
# not the wrapped rest of the previous value.
ANOTHER_LABEL = regex.compile(r"^\p{Lu}[\p{L} ()]{1,40}:(?:\s|$)")


def _field_lines(text: str) -> list[tuple[int, str]]:
    """Lines cut again before a label standing inside them (two table cells read as one line)."""
    out = []
    for start, line in _lines(text):
        if ":" not in line or not any(word in line for word in INLINE_LABEL_WORDS):  # no label to cut at (most lines)
            out.append((start, line.strip()))
            continue
        cuts = [0] + [m.end() for m in INLINE_LABEL.finditer(line)] + [len(line)]
        out.extend((start + a, line[a:b].strip()) for a, b in zip(cuts, cuts[1:]))
    return out


# "Órgão:" in a budget classification names the unit the expense is charged to, not a party: "Cobertura Orçamentária:
# Órgão: Secretaria Municipal de Juventude … – SEMJU / Funcional Programática: 15.1515… / Elemento de Despesa: 3.3.90.39
# … / Fonte: 1500" (DOM-AL/AMA 2023 Belo Monte extratos), "Dotação Orçamentária: Órgão: … Programa de Trabalho: …" (the
# budget's own words, Lei 4.320/64: a general grammar); DADOS CADASTRAIS print a CNPJ or a representative with it
BUDGET_LINE = regex.compile(
    r"(?i:funcional\s+program[áa]tica|elemento\s+de\s+despesa|natureza\s+da\s+despesa|programa\s+de\s+trabalho"
    r"|dota[çc][ãa]o\s+or[çc]ament[áa]ria|fonte\s+de\s+recursos?)"
)


def from_fields(text: str) -> list[Party]:
    """``Órgão:`` / ``CNPJ:`` / ``Nome da Autoridade Signatária:`` … blocks (DADOS CADASTRAIS)."""
    lines = _field_lines(text)
    heads = [(start, BLOCK_WORD.findall(line)) for start, line in lines if BLOCK_ROLE.match(line)]
    roles_seen = [normalize_role(words[0]) for _, words in heads]
    default_role = roles_seen[0] if roles_seen else "participe"
    blocks: list[tuple[int, int, dict[str, str]]] = []
    current: dict[str, str] | None = None
    last_label = None
    for start, line in lines:
        f = FIELD.match(line.strip())
        if f:
            label = f.group("label").casefold()
            key = (
                "orgao"
                if label.startswith(("órgão", "orgão", "entidade", "razão", "razao"))
                else "rep"
                if label.startswith(("nome", "representante"))
                else "cargo"
                if label.startswith(("cargo", "fun"))
                else "matricula"
                if label.startswith("matr")
                else label.split()[0]
            )
            if key == "orgao":
                current = {"label": label}
                blocks.append((start, start + len(line), current))
            if current is None:
                continue
            current[key] = f.group("value").strip()
            last_label = key
            blocks[-1] = (blocks[-1][0], start + len(line), current)
        elif (
            current is not None
            and last_label in ("orgao", "rep", "cargo", "endereço")
            and line.strip()
            and not BLOCK_ROLE.match(line)
            and len(line) < 90
            and not NUMBERED.match(line)  # "1.4. Relator: …", "A.1 - APRESENTAÇÃO": the next item
            and not ANOTHER_LABEL.match(line.strip())
            and "[" not in line
        ):
            current[last_label] = f"{current[last_label]} {line.strip()}"  # a cell wrapped over two lines
            blocks[-1] = (blocks[-1][0], start + len(line), current)
        else:
            last_label = None
    out = []
    under: dict[int, int] = {}  # heading's start -> blocks under it so far
    for s, e, b in blocks:
        # the role word its heading prints for this block ("Partícipe 1", "Concedente"): the heading's n-th for its n-th
        at, words = next(((at, w) for at, w in reversed(heads) if at < s), (-1, []))
        n = under[at] = under.get(at, -1) + 1
        head = words[n] if n < len(words) else None
        if not b.get("orgao") or PLACEHOLDER.match(b["orgao"]):
            continue
        if b.get("label", "").startswith("entidade") and not (b.keys() & PARTY_FIELDS):
            continue  # "ENTIDADE: Câmara Municipal de …" alone: the body two TCE-AC acórdãos judge, not a party
        if not heads and not (b.keys() & PARTY_FIELDS) and BUDGET_LINE.search(b["orgao"]):
            continue  # a budget's unit, not a party (see BUDGET_LINE)
        cnpj, valid = _first_cnpj("CNPJ " + b["cnpj"]) if b.get("cnpj") else (None, None)
        out.append(
            Party(
                default_role,
                _clean_name(b["orgao"]),
                cnpj,
                valid,
                b.get("endereço") or None,
                b.get("cep") or None,
                b.get("rep") or None,  # an empty cell is no name
                ACRONYM.sub("", b["cargo"]).strip() if b.get("cargo") else None,
                (regex.search(r"\d[\d.-]*", b["matricula"]) or [None])[0] if b.get("matricula") else None,
                s,
                e,
                printed(head),
            )
        )
    return out


# a role label at a line's start: any word of the one role table (ROLES), singular, in any case ("Contratada:",
# "CONCEDENTE:", "Órgão Gerenciador:", "ORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA:", "Locatário:", "Unidade Executora:")
# (a plural label lists both sides or several of one: PARTES, LIST_LABEL; "Partícipes:" keeps its one value)
LABELLED = regex.compile(
    r"^(?P<label>(?P<role>" + "|".join(rx for rx, _ in ROLES) + r"|PART[ÍI]CIPES)"
    rf"{GENDER}?)\s*:\s*(?P<rest>\S.*)$",
    regex.IGNORECASE,
)
# the lines under a labelled party that complete it: its CNPJ on the next line, its representative
# ("Autoridade Máxima do Órgão: Antônio Takashi Sasada", "Representante Legal: …", "Nome do Dirigente: …")
# and cargo (Paraguaçu Paulista-SP termo de fomento 2024; DADOS CADASTRAIS of the Transferegov plano de trabalho)
UNDER_CNPJ = regex.compile(r"^(?:[-–][^\S\n]*)?CNPJ(?:/MF)?\b")  # ("- CNPJ/MF nº 47.609.482/0001-45", a wrapped line)
# a cargo on the representative's own line ("Autoridade Máxima do Órgão: Antônio Takashi Sasada (ANTIAN) Cargo: Prefeito",
# Paraguaçu Paulista-SP 2023), before a later person's ("Gestor da Parceria: …\nCargo: Diretor Municipal")
REP_LINE_CARGO = regex.compile(r"(?i:cargo|fun[çc][ãa]o)\s*:\s*(?P<v>[^:]+?)\s*$")
UNDER_REP = regex.compile(
    r"^(?:Autoridade\s+M[áa]xima[^:]{0,30}|Representante(?:\s+Legal)?|Nome\s+d[oa]\s+(?:Dirigente|Representante|Respons[áa]vel)"
    r"|Respons[áa]vel(?:\s+Legal)?|Dirigente|Presidente)\s*:\s*(?P<v>\S.*)$",
    regex.IGNORECASE,
)
UNDER_CARGO = regex.compile(
    r"^(?:Cargo|Fun[çc][ãa]o)\s*:\s*(?P<v>[^:]+?)(?:\s+(?:CPF|RG|Matr[íi]cula)\b.*)?$", regex.IGNORECASE
)
UNDER_REACH = 6


def from_labels(text: str) -> list[Party]:
    """Extrato lines ``Contratada: EMPRESA X LTDA, CNPJ nº …``, each with the CNPJ, representative and cargo
    lines under it (up to the next party's label)."""
    out = []
    lines = _lines(text)
    for k, (start, line) in enumerate(lines):
        m = LABELLED.match(line.strip())
        if not m:
            continue
        if SIGNING_FOR.search(text, max(0, start - 120), start):
            continue  # "Assina pelo\nContratado: NOME": who signs for a party, not the party (DOM-CE 2013)
        role = normalize_role(m.group("role"))
        rest = m.group("rest")
        name = _value_name(rest)
        # the party's text ends with its value: a labelled line that runs on ("Contratante:…; Contratado(a):…
        # CNPJ:…; Objeto:…; Assina pelo Contratante: NOME", DOM-CE 2013) gives the next party's CNPJ to that
        # party and the signatories after it to ``with_signers``
        stop = NEXT_LABEL.search(rest)
        value = rest[: stop.start()] if stop else rest
        if signed := SIGNERS_LABEL.search(value):  # "… valor global. data da assinatura: … signatários: …" (lower case)
            value = value[: signed.start()]
        cnpj, valid = _first_cnpj(value if "CNPJ" in value.upper() else "CNPJ " + value)
        rep_name = cargo = None
        lead = len(line) - len(line.lstrip())
        end = start + lead + m.start("rest") + len(value)
        for _, under in lines[k + 1 : k + 1 + UNDER_REACH]:
            under = under.strip()
            if LABELLED.match(under):
                break
            if cnpj is None and UNDER_CNPJ.match(under):
                cnpj, valid = _first_cnpj(under)
            elif rep_name is None and (r := UNDER_REP.match(under)):
                rep_name = regex.sub(r"\s*\([^)]*\)\s*$", "", _value_name(r.group("v"))) or None
                if c := REP_LINE_CARGO.search(r.group("v")):
                    cargo = c.group("v").strip() or None
            elif rep_name is not None and cargo is None and (c := UNDER_CARGO.match(under)):
                cargo = c.group("v").strip() or None
        out.append(
            Party(
                role or "outro",
                name or None,
                cnpj,
                valid,
                None,
                None,
                rep_name,
                cargo,
                None,
                start,
                end,
                printed(m["label"]),
            )
        )
    return _beside_sides(out)


# Line labels of a role that is a party only beside the instrument's sides (review25): "Unidade Executora:" is a
# convênio's third party (the Transferegov plano de trabalho's, beside its concedente and convenente; in an aviso de
# licitação or a contract's extrato it is the budget's unit: "Unidade Executora: Fundo Municipal de Saúde / Dotação:
# …"), and "Concessionária:" or "Entidade Parceira:" alone on an act's lines names a body of a portaria or a lei,
# not a side of an instrument. (The line labels of the pair families keep their old behaviour.)
BESIDE_ONLY = {"unidade_executora": {"concedente", "convenente"}}
LONE_LABELS = regex.compile(r"(?i:concession[áa]ri[oa]|entidade\s+parceira)")


def _beside_sides(found: list[Party]) -> list[Party]:
    """``found`` without the line-labelled parties that stand alone (see BESIDE_ONLY)."""
    roles = {p.role for p in found}
    return [
        p
        for p in found
        if not (p.role in BESIDE_ONLY and not roles & BESIDE_ONLY[p.role])
        and not (p.role_raw and LONE_LABELS.fullmatch(regex.sub(GENDER, "", p.role_raw)) and roles == {p.role})
    ]


# A plural role label alone on its line, over one name per line ("Contratadas:\nSUPERMERCADO E CASA DE CARNES JUJU
# EIRELLI. Valor total estimado: R$ 82.422,24\nGONÇALVES E TEIXEIRA LTDA EPP. Valor total estimado: …", DOM-MG/AMM 2023
# Lagamar): each line a party of the label's role, in capitals, up to the first line that is none (a value's own
# label line, "Valor total estimado: R$ 2.636,70", is skipped). General grammar: a "label: value" list, issue 29.
LIST_LABEL = regex.compile(
    r"^[^\S\n]*(?P<role>\p{Lu}[\p{L}]+(?:[^\S\n]+\p{L}+){0,4}?)[^\S\n]*:[^\S\n]*$", regex.MULTILINE
)
# the end of a line that ends on a colon (spaces aside), found by the colon: a LIST_LABEL match is a whole such line,
# and it is tried only at their starts (mention.matches_from; its ^ under MULTILINE made finditer try every position)
_COLON_LINE_END = regex.compile(r":[^\S\n]*(?=\n|\Z)")


def _colon_line_starts(text: str) -> list[int]:
    """Where the lines that end on a colon start, in order."""
    return sorted({text.rfind("\n", 0, m.start()) + 1 for m in _COLON_LINE_END.finditer(text)})


# (the label a plural word of the one role table (ROLES) of a side that may be several: "Contratadas:", "FORNECEDORES:",
# "Detentoras:", "Convenentes:", "Partícipes:"; not "CONTRATANTES:", which lists both sides: PARTES; nor lower case)
LISTING_ROLES = {"contratada", "convenente", "participe"}
LIST_ITEMS = 20  # items at most
# (each item a firm's or a person's line: a legal form, a CNPJ or CPF, or a value on it or on its own value line under
# it; the list ends at the first other line, a title, a heading or a label: "Contratadas:\nSUPERMERCADO … EIRELLI.
# Valor total estimado: …\nVigência: 12 meses\nObjeto: …\nSECRETARIA MUNICIPAL DE EDUCAÇÃO" lists one: review24)
LIST_VALUE_LINE = regex.compile(r"^(?i:valor)[^:\n]{0,40}:\s*R\$")
LISTED_SHAPE = regex.compile(
    rf"(?<![\p{{L}}])(?:{firms.FORM}|CNPJ|CPF)(?![\p{{L}}])|R\$\s*\d"
    r"|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}|\*{3}\.\d{3}"
)


def _caps_name(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _lines_from(text: str, pos: int):
    while pos < len(text):
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        yield pos, text[pos:eol]
        pos = eol + 1


def from_listed(text: str) -> list[Party]:
    """The parties listed one per line under a plural role label alone on its line (see LIST_LABEL)."""
    out = []
    for m in matches_from(LIST_LABEL, text, _colon_line_starts(text)):
        word = m.group("role")
        role = normalize_role(word)
        if role not in LISTING_ROLES or not word.upper().endswith("S") or word.islower():
            continue
        lines = list(zip(range(3 * LIST_ITEMS), _lines_from(text, m.end() + 1)))
        items = 0
        for i, (pos, line) in lines:
            stripped = line.strip()
            if LIST_VALUE_LINE.match(stripped) and items:
                continue  # a value's own label line under its item ("Valor total estimado: R$ 2.636,70")
            name = _name_of(stripped) if stripped else ""
            below = lines[i + 1][1][1].strip() if i + 1 < len(lines) else ""
            if not name or not _caps_name(name) or items >= LIST_ITEMS:
                break
            if not (LISTED_SHAPE.search(stripped) or LIST_VALUE_LINE.match(below)):
                break  # no firm's nor person's line: a heading, a title
            at = pos + line.find(stripped)
            out.append(
                Party(
                    role or "outro",
                    name,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    at,
                    at + len(stripped),
                    printed(word),
                )
            )
            items += 1
    return out


# the words of the pair families (cessão, permissão, locação, outorga, compromisso)
PAIR_WORDS = [
    "Cedente",
    "Cession[áa]ri[oa]",
    "Permitente",
    "Permission[áa]ri[oa]",
    "Locador[a]?",
    "Locat[áa]ri[oa]",
    "Outorgante",
    "Outorgad[oa]",
    "Compromitente",
    "Compromiss[áa]ri[oa]",
    "Doador[a]?",
    "Donat[áa]ri[oa]",
    "Comodante",
    "Comodat[áa]ri[oa]",
]
# the roles a label names inside a paragraph, in Title Case or capitals ("contratada:" in lower case is prose)
ROLE_WORDS = ["Concedente", "Convenente", "Contratante", "Contratad[oa]", "Interveniente", "Concession[áa]ri[oa]"]
# (and the other families' words of the one role table, here only: ROLE_WORDS also cuts signatory lists)
_MORE_ROLE_WORDS = [
    "Conveniad[oa]",
    "Part[íi]cipe",
    "[ÓO]rg[ãa]o Gerenciador",
    "Fornecedor[a]?",
    "Detentor[a]? da Ata",
    "Administra[çc][ãa]o P[úu]blica",
    "Organiza[çc][ãa]o da Sociedade Civil",
    "OSC",
    *PAIR_WORDS,
]
_ROLE_WORD = "|".join(ROLE_WORDS + [w.upper() for w in ROLE_WORDS])
# (a run-in label of the other families is left to the lines that open with it: "01- Organização da Sociedade
# Civil: Associação …" lists the OSCs a council's comunicado reports on, DOM-BH 7147)
_ANY_ROLE_WORD = "|".join(
    [w.replace(" ", r"\s+") for w in ROLE_WORDS + _MORE_ROLE_WORDS]
    + [w.upper().replace(" ", r"\s+") for w in ROLE_WORDS + _MORE_ROLE_WORDS]
)
# A party's label inside a run-in extrato ("… Contratante: INSTITUTO FEDERAL …. CNPJ Contratado:
# 08246178000129. Contratado : JF CONSTRUCOES E EDIFICACOES LTDA-Objeto: …": DOU, the SIASG layout), not the
# label of its number ("CNPJ Contratado:")
# (and the words of the pair families, run in like the others: "LOCATÁRIA: UNEB; LOCADORA: Eliene Pereira França;
# CONTRATO Nº 006/2019" (DOE-BA 2020, UNEB), "2.Locatário: Estado da Bahia/SEFAZ; 3.Locador: RONI & RONI LTDA - ME;"
# (DOE-BA 2020, SEFAZ): the general grammar "role label: value" over the whole role table, issue 29)
# (a plural "Contratados:" lists the contratadas: "Contratados: F. DAS CHAGAS A. NETO MATERIAL DE CONSTRUÇÃO – ME;"
# DOM-CE/APRECE 2013, as "Contratadas:\nSUPERMERCADO …" does in DOM-MG/AMM 2023; not "CONTRATANTES:", which lists
# both sides: PARTES)
# (a pair word is a party's label only in an extrato, or with the other side's label in the text, and not a body's
# quality: "Órgão Cessionário: Empresa Brasileira de Serviços Hospitalares (EBSERH)" in a servant's cessão, DOU S2
# 2017-10-02: review24)
PAIR_ROLES = {"cedente", "cessionario", "permitente", "permissionario", "locador", "locatario", "outorgante"}
PAIR_ROLES |= {"outorgado", "compromitente", "compromissario"}
_PAIRS = "|".join(PAIR_WORDS + [w.upper() for w in PAIR_WORDS])
_RUN_IN_WORD = "|".join(
    [_ROLE_WORD, "Contratad[oa]s", "CONTRATAD[OA]S", rf"(?<!(?i:[óo]rg[ãa]os?|entidade|unidade)[^\S\n]+)(?:{_PAIRS})"]
)
# a value that opens with a process's number ("Cessionario:815.570/2016-Irmãos Mews …", DOU S1 2017 DNPM): the number
# is no name
PROCESS_OPENING = regex.compile(r"^\s*\d[\d.]*/\d{2,4}(?:-\d+)?\s*[-–]\s*")
INLINE_ROLE = regex.compile(rf"(?<![\p{{L}}])(?<!CNPJ\s)(?<!CPF\s)(?P<role>{_RUN_IN_WORD}){GENDER}?\s*:\s*(?=\S)")
# where a run-in value ends: the next label ("-Objeto:", ". Fundamento Legal:", ", Unidade Gestora:")
# (not a number's own label, "CNPJ/MF:", "CPF:", which belongs to the value; "CNPJ Contratado:" does not)
# (a label's words stand on one line, and a name ends before the extrato's own labels: "PARTES : FUNARJ e o
# DANIEL HERZ\nOBJETO :", "… e o FELIPE DE CAROLIS MENDES CORREA OBJETO: …", DOE-RJ 2023; "Convenentes:
# CAR/SDR/Prefeitura Municipal de Santa Luzia Objeto: …", DOE-BA 2020)
EXTRATO_LABEL = (
    r"(?i:objeto|valor(?:[^\S\n]+\p{L}+)?|prazo|vig[êe]ncia|data|fundamento|processo|instrumento|esp[ée]cie|partes"
    r"|signat[áa]rios|assinatura|modalidade|dota[çc][ãa]o|programa)"
)
NEXT_LABEL = regex.compile(
    r"\s*[.;,]?\s*-?\s*(?<![\p{L}/])(?!(?:CNPJ|CPF)(?:/MF)?\s*(?:n[º°o]\.?\s*)?:)"
    rf"(?!(?:\p{{L}}+[^\S\n]+){{1,5}}{EXTRATO_LABEL}\s*:)"
    r"\p{Lu}[\p{L}]+(?:[^\S\n]+(?:d[aeo]s?[^\S\n]+)?\p{L}{2,}){0,3}\s*:(?!\d)"  # (not "R: Henrique Zechel", a street)
)
# where the name in a value ends: its CNPJ or CPF, "inscrita", a digit or a masked digit, the end of its
# sentence ("TIAGO ORO. Republicado por erro …", "… LTDA.\n")
NAME_END = regex.compile(
    r",?\s*(?:-\s*)?(?:(?i:CNPJ|CPF|C\.N\.P\.J)|(?<![\p{L}])(?i:inscrit|portador|com\s+sede|UASG))|,\s*(?i:Unidade|Gest[ãa]o)|\s+[\d*]|;"
    r"|\.\s*\n|\.\s+(?=\p{Lu}\p{Ll})|,\s+(?=\p{Ll}{4,})"  # (", mantenedora da …"; not ", a Ciência e a Cultura")
    r"|\s*[-–]\s*[\d*]{3}[.\d*]"  # a CPF glued after a dash ("RIBEIRO-***.079.973-**", DOM-CE 2013)
)
# a label that names who signs for a party, not the party ("Signatários: Concedente : JESUALDO …",
# "ASSINANTES: … Pela Contratada: MARCELO …", "P/CONCEDENTE: Dilson …")
SIGNING_FOR = regex.compile(
    rf"(?i:signat[áa]ri|assinante|assinam|assinado)(?:[^.\n]|\.(?!\s))*$|(?i:p[/\\]|pel[oa]s?{GENDER}?\s+)$"
)  # (a masked CPF's dots do not end the sentence: "Concedente: …, CPF nº ***.328.747-**, Convenente: …")
# (the slash of "p/" misprinted as a backslash: "P/CONTRATANTE: Maria Julia … P\CONTRATADA: Elmar Luiz …", DODF 2004 Terracap)
# "CNPJ Contratado: 08246178000129": the CNPJ of the party a role names
ROLE_CNPJ = regex.compile(rf"CNPJ\s+(?P<role>{_ROLE_WORD})\s*:")
RUN_IN_REACH = 300
# the SIDEC layout of an extrato de dispensa or inexigibilidade prints the name after its CNPJ: "Valor Global: R$
# 8.463.000,00. CNPJ CONTRATADA : 17.503.475/0001-01 FUNDACAOEZEQUIEL DIAS." (DOU S3 2020-08-17), "CNPJ CONTRATADA :
# 25.441.650/0001-01 ASSOCIACAO BRASILEIRA DOS CRIADORES DE ZEBU." (DOU S3 2015-05-18)
CNPJ_THEN_NAME = regex.compile(
    rf"CNPJ\s+(?P<role>{_ROLE_WORD})\s*:\s*(?P<cnpj>\d[\d./-]{{12,19}}\d)[^\S\n]+(?P<name>\p{{Lu}}[^\n]{{2,160}})"
)


# a name in capitals ends before a word in Title Case ("… DO DISTRITO FEDERAL - IBRAM | Termo de Cessão de Uso")
# (not initials alone: they run on into the name, "CONTRATADO: G C H Reis Eireli – ME, inscrita no CNPJ …", DOM-CE/APRECE
# 2022 Catunda; "Contratado: I P N CONSTRUÇÕES E SERVIÇOS EIRELI – ME, Valor R$ …", DOM-CE/APRECE 2022 Arneiroz, is
# a name in capitals)
CAPS_NAME_END = regex.compile(r"^(?:\p{Lu}[\p{Lu}'’.&/-]*\s+){2}(?:[^\s]+\s+)*?(?=\p{Lu}\p{Ll}{2,}(?![\p{L}]))")


def _name_of(value: str) -> str:
    """The name a value starts with: up to its CNPJ, "inscrita", a digit or its sentence's end (or, for a
    name in capitals, a word in Title Case), without a trailing acronym (" - UNESCO") or bracket."""
    cut = NAME_END.search(value)
    value = value[: cut.start()] if cut else value
    caps = CAPS_NAME_END.match(value)
    if caps and caps.group().strip().isupper() and regex.search(r"\p{Lu}{2}", caps.group()):
        value = caps.group().rstrip()
    return _clean_name(value).strip(" -–—.,;(")  # ("… Paraguaçu Paulista - ACIPP — CNPJ/MF …", Paraguaçu Paulista-SP)


def _value_name(value: str) -> str:
    """The name a labelled line's value starts with, before the next label."""
    stop = NEXT_LABEL.search(value)
    return _name_of(value[: stop.start()] if stop else value)


def from_run_in(text: str, *, pairs: bool = True) -> list[Party]:
    """Parties labelled inside a run-in extrato: ``Contratante: …``, ``Contratado : …``, ``Concedente : …``,
    each with the CNPJ its value prints, or the one labelled ``CNPJ Contratado:``; a pair family's word (PAIR_ROLES)
    only with ``pairs`` (an extrato) or with the other side labelled too."""
    labelled_cnpj: dict[str, tuple[str | None, bool | None]] = {}
    for m in ROLE_CNPJ.finditer(text):
        role = normalize_role(m.group("role"))
        if role:
            labelled_cnpj.setdefault(role, _first_cnpj("CNPJ " + text[m.end() : m.end() + 40]))
    out = []
    runs = list(INLINE_ROLE.finditer(text))  # (searched once: the roles labelled, then each label's value)
    labelled = {normalize_role(m.group("role")) for m in runs}
    for m in runs:
        if SIGNING_FOR.search(text, max(0, m.start() - 120), m.start()):
            continue
        role = normalize_role(m.group("role"))
        if role in PAIR_ROLES and not pairs and COMPLEMENT.get(role) not in labelled:
            continue
        end = min(len(text), m.end() + RUN_IN_REACH)
        nxt = INLINE_ROLE.search(text, m.end(), end)
        end = nxt.start() if nxt else end
        stop = NEXT_LABEL.search(text, m.end(), end)
        value = text[m.end() : stop.start() if stop else end]
        if signed := SIGNERS_LABEL.search(value):  # the signatories after it, labelled in lower case (DOM-CE 2022)
            value = value[: signed.start()]
        if number := PROCESS_OPENING.match(value):
            value = value[number.end() :]
        name = _name_of(value)
        if not role or len(name) < 3 or not regex.search(r"\p{L}{2}", name):
            continue
        cnpj, valid = _first_cnpj(value) if "CNPJ" in value.upper() else labelled_cnpj.get(role, (None, None))
        out.append(named(role, name, cnpj, valid, m.start(), m.end() + len(value), printed(m.group())))
    if pairs and not out and MROSC_FAMILY.search(text, 0, min(len(text), FAMILY_REACH)):
        out = _mrosc_run_in(text)
    for m in CNPJ_THEN_NAME.finditer(text):
        role = normalize_role(m.group("role"))
        # (the name ends at the next field's label, and a label is no name: "CNPJ CONTRATADO : N Valor Global: R$ …",
        # "CNPJ CONTRATANTE: N CONTRATADA: ALFA LTDA", review25)
        value = m.group("name")
        stop = NEXT_LABEL.search(value)
        name = _name_of(value[: stop.start()] if stop else value)
        if role and not any(p.role == role for p in out) and len(name) >= 3 and regex.search(r"\p{L}{2}", name):
            cnpj, valid = _first_cnpj("CNPJ " + m.group("cnpj"))
            label = printed(text[m.start() : m.end("role")])  # ("CNPJ CONTRATADA", the label of the name)
            out.append(named(role, name, cnpj, valid, m.start(), m.end(), label))
    return out


# The MROSC sides labelled inside an extrato of a termo de fomento or colaboração ("RESUMO DE TERMO DE COLABORAÇÃO 1.
# Termo de Colaboração: 022/2018. 2. Parceiro/Estado: ESTADO DA BAHIA - SECRETARIA DE DESENVOLVIMENTO RURAL - SDR. 3.
# Parceiro/Organização da Sociedade Civil: ASSOCIAÇÃO RURAL DO LARGO NOVO. 4. Objeto: …", DOE-BA 2020 SDR); not the
# OSCs a council's comunicado lists by the same label ("01- Organização da Sociedade Civil: Associação As Sempre Vivas",
# DOM-BH 7147), which names no termo first
MROSC_FAMILY = regex.compile(r"(?i:termo\s+de\s+(?:fomento|colabora[çc][ãa]o))")
MROSC_LABEL = regex.compile(
    r"(?<![\p{L}])(?P<role>"
    + "|".join(rx for rx, role in ROLES if role in ("administracao_publica", "osc"))
    + rf"){GENDER}?\s*:\s*(?=\S)",
    regex.IGNORECASE,
)


def _mrosc_run_in(text: str) -> list[Party]:
    """The two MROSC sides labelled inside an extrato (see MROSC_LABEL)."""
    out = []
    for m in MROSC_LABEL.finditer(text):
        role = normalize_role(m.group("role"))
        if role is None or any(p.role == role for p in out):
            continue
        end = min(len(text), m.end() + RUN_IN_REACH)
        stop = NEXT_LABEL.search(text, m.end(), end)
        value = text[m.end() : stop.start() if stop else end]
        value = regex.split(r"\.\s+\d+\s*[.)-]\s", value, maxsplit=1)[0]  # ("… - SDR. 3. Parceiro/…": the next item)
        name = _name_of(value)
        if len(name) >= 3 and regex.search(r"\p{L}{2}", name):
            cnpj, valid = _first_cnpj(value) if CNPJ_WORD.search(value) else (None, None)
            out.append(
                Party(
                    role,
                    name,
                    cnpj,
                    valid,
                    None,
                    None,
                    None,
                    None,
                    None,
                    m.start(),
                    m.end() + len(value),
                    printed(m.group()),
                )
            )
    return out if len(out) == 2 else []


# "PARTES: Distrito Federal/Polícia Civil X DNM - Distribuidora Nacional de Maquinas Eireli - EPP." (DODF),
# "Partes: Secretaria de Estado de Desenvolvimento Econômico e SIGMA … LTDA CNPJ …", "Partícipes: Secretaria de
# Estado de Saúde do Distrito Federal (SES-DF), a Fundação de Ensino … e a Associação …": the parties of
# an extrato without their roles (each a partícipe)
_PARTES_LABELS = (
    r"PARTES|Partes|PART[ÍI]CIPES|Part[íi]cipes|CONTRATANTES|CONVENENTES|Convenentes"
    r"|COMPROMITENTES|Compromitentes|COMPROMISS[ÁA]RIOS|Compromiss[áa]rios|PARCEIROS|Parceiros"
)
PARTES = regex.compile(
    rf"(?<![\p{{L}}])(?:(?i:das)\s+)?(?P<label>{_PARTES_LABELS})"
    r"\s*:\s*(?=\S)"
)  # ("Parceiros: Município de Belo Horizonte/Secretaria … e a OSC Rede Cidadã – CNPJ …", DOM-BH 2024: the MROSC's word
# for the two sides of a parceria, Lei 13.019/14 art. 2, as "Parceiro/Estado:" and "Parceiro/OSC:" name each, DOE-BA 2020)  # ("CONTRATANTES: NOVACAP e CONSTRUTORA ENGEMEGA LTDA.": both sides of a contract, DODF; "Convenentes: CAR/…", DOE-BA)
# PARTES tried only where its matches can open, "das" in any case or one of its labels (each a cheap search): its
# look-behind of a letter opens it, so finditer tried it at every position of a text
PARTES_OPENED = Opened(PARTES, (regex.compile(r"(?i:das)"), regex.compile(_PARTES_LABELS)))
PLURAL_ROLES = {"CONTRATANTES", "CONVENENTES"}
ACRONYMS_SLASH = regex.compile(r"\s*\p{Lu}{2,}(?:/\p{Lu}{2,})*/(?=\p{Lu}\p{Ll})")
# a plural role label that lists both sides: the family's pair in order
LABEL_FAMILY = {"contratante": ("contratante", "contratada"), "convenente": ("concedente", "convenente")}
# a plural role label of the two sides of a termo de compromisso ("COMPROMITENTES: Secretaria de Desenvolvimento
# Urbano e Lucas Conceição dos Santos", a termo de compromisso de estágio, DOE-BA 2020 SEDUR; "Compromissários: ESTADO
# DA BAHIA, através da SECRETARIA … e a empresa TELEFÔNICA BRASIL S/A", a termo aditivo ao contrato, DOE-BA 2020
# SJDHDS): each listed side takes the label's role, unless the instrument named is of another family (its pair)
SAME_ROLE_LABELS = {"compromitente", "compromissario"}
# The family of an instrument its extrato names by an unknown form ("INSTRUMENTO : TPUT nº 180022/148/2023. PARTES :
# FUNARJ e a DULCE PENNA …"), told by the role word its text gives one side: "VALOR: A PERMISSIONÁRIA obriga-se a
# pagar à FUNARJ …" (DOE-RJ 2023): the role table's pair of that word, the public side first (general grammar of the
# role table, issue 29; only the pairs whose public side is fixed: a locação's may be either)
ORDERED_PAIRS = [
    ("contratante", "contratada"),
    ("concedente", "convenente"),
    ("administracao_publica", "osc"),
    ("cedente", "cessionario"),
    ("permitente", "permissionario"),
    ("outorgante", "outorgado"),
    ("compromitente", "compromissario"),
]
_PAIRED_ROLES = {r for pair in ORDERED_PAIRS for r in pair}
ROLE_IN_TEXT = regex.compile(
    r"(?<![\p{L}])(?:[AO]S?)\s+(?P<role>"
    # (not a doação's or a comodato's words: which side gives is not the order its list names them in, see FAMILIES)
    + "|".join(f"(?:{rx})S?" for rx, role in ROLES if role in _PAIRED_ROLES and rx not in (GIVER, TAKER))
    + r")(?![\p{L}])"
)
ROLE_IN_TEXT_REACH = 600
# (the role word decides only in the item of the list it stands in, not in the next extrato: review24 finding 11)
ITEM_END = regex.compile(
    r"\n[^\S\n]*\n|\n[^\S\n]*(?i:extrato|resumo)(?![\p{L}])|(?<![\p{L}])(?i:instrumento|esp[ée]cie)[^\S\n]*:"
)


def pair_from_text(text: str, a: int, b: int) -> tuple[str, str] | None:
    """The pair of the one family whose role words ``text[a:b]`` gives a side (``A PERMISSIONÁRIA obriga-se``), in the
    item ``a`` opens (up to ITEM_END)."""
    if end := ITEM_END.search(text, a, b):
        b = end.start()
    roles = {normalize_role(m.group("role")) for m in ROLE_IN_TEXT.finditer(text, a, b)}
    pairs = {pair for pair in ORDERED_PAIRS for r in roles if r in pair}
    return pairs.pop() if len(pairs) == 1 else None


# The instrument an extrato names decides the roles of its two parties when they print none (general grammar:
# the role table of each family, issue 29; the public side is named first). Sources: DOE-RJ 2023-06-20
# ("INSTRUMENTO : Termo de Contrato nº 309/2023 PARTES : SEPM e a empresa …", "Apostilamento ao Contrato nº
# 013/2019. PARTES : Secretaria … e LIDERANÇA LIMPEZA …"), DOE-BA 2020-01-21 ("Resumo do primeiro termo aditivo ao
# contrato nº. 034/2018, celebrado entre o INEMA e a empresa …"), DOU 2020-08-17 ("Termo de Compromisso que entre
# si celebram a União, …, e a Associação …": compromitente and compromissário). A convênio, an acordo or a termo
# de cooperação names no pair (partícipes; the gold of DOE-RJ lists a convênio's sides as partícipes), a convênio only
# the pair of a transfer (TRANSFER_PAIR).
TRANSFER_PAIR = ("concedente", "convenente")
FAMILIES = [
    # (a comodato's sides are the cedente and the cessionário when labelled (ROLES), but its list gives no order: the
    # comodante is named first in "Partes: ASSOCIAÇÃO BRASILEIRA DE ODONTOLOGIA … X CBMDF" (DODF 2019) and second in
    # "PARTES: UERJ/HUPE e M4 IMPORTAÇÃO …" (DOE-RJ 2023, "Cessão em comodato de instrumental"): partícipes then)
    (r"contrato\s+de\s+comodato|comodato", None),
    # (a nota de empenho stands for the contract, Lei 8.666/93 art. 62 and Lei 14.133/21 art. 95: "EXTRATO DE NOTA DE
    # EMPENHO … Das Partes: SECRETARIA DE ESTADO DE CULTURA … e a empresa …", DODF 2019 and 2021) — as the extrato's own
    # instrument only, not a field of another's: "… Nota de empenho: 2018NE00032 de 17/01/2018 … Partes: …" (DODF 2018
    # CLDF extrato de contrato; a termo de fomento's extrato prints the same field)
    (
        r"contrato|ordem\s+de\s+(?:fornecimento|servi[çc]os?)|ata\s+de\s+registro"
        r"|(?<=(?:extrato|esp[ée]cie\s*:|instrumento\s*:)\s*(?:d[aeo]s?\s+)?)nota\s+de\s+empenho",
        ("contratante", "contratada"),
    ),
    (r"termo\s+de\s+compromisso", ("compromitente", "compromissario")),
    (r"termo\s+de\s+(?:fomento|colabora[çc][ãa]o)", ("administracao_publica", "osc")),
    # (an autorização de uso is the same precarious grant of a public good's use as a permissão de uso, its sides the
    # permitente and the permissionário: "EXTRATO DO SÉTIMO TERMO ADITIVO AO TERMO DE AUTORIZAÇÃO DE USO Nº 01/2015 …
    # PARTES: Distrito Federal/Polícia Civil X …", DODF 2021; a general grammar of the administrative law)
    # (the instrument's name, not a field's words: "Autorização de uso de imagem: …" in another's extrato)
    (
        r"(?:termo\s+de\s+)?permiss[ãa]o\s+(?:de\s+)?uso"
        r"|(?:termo\s+de\s+|(?<=(?:extrato|esp[ée]cie\s*:|instrumento\s*:)\s*(?:d[aeo]s?\s+)?))autoriza[çc][ãa]o\s+(?:de\s+)?uso",
        ("permitente", "permissionario"),
    ),
    (r"(?:termo\s+de\s+)?cess[ãa]o\s+de\s+uso", ("cedente", "cessionario")),
    # (a convênio that transfers resources has a concedente, who transfers them, and a convenente, who receives them:
    # Decreto 6.170/2007 art. 1º § 1º, the role table's own definition; the public side is named first. Sources: "Extrato
    # do Convênio nº 31.05.04/2022 … PARTES: Município de Barbalha – Ceará, … e Hospital Maternidade São Vicente de Paulo
    # … Valor de R$ 700.000,00" (DOM-CE/APRECE 2022), "Convênio para execução do trabalho social que entre si celebram a
    # Caixa Econômica Federal e o município de Tucano- BA … RECURSO: R$ 156.778,38" (Tucano-BA 2019, old corpus); one
    # that prints no amount is a cooperation of partícipes: "Termo de Convênio … PARTES: … o Estado do Rio de Janeiro …
    # e o Município de São Fidélis … cooperação mútua entre os convenentes" (DOE-RJ 2023, no value): see TRANSFER)
    # (a convênio de estágio transfers no resources between its sides: the school and the parte concedente of the
    # internship, Lei 11.788/2008 art. 8º and 9º; its bolsa is paid to the intern, not to the other side)
    (r"conv[êe]nio\s+(?:de|para)\s+(?:(?:concess[ãa]o|realiza[çc][ãa]o)\s+de\s+)?est[áa]gios?", None),
    (r"conv[êe]nio", TRANSFER_PAIR),
    (r"acordo|termo\s+de\s+coopera[çc][ãa]o|protocolo\s+de\s+inten[çc][õo]es", None),
]
# the amount a convênio's extrato prints for its transfer, in the parties' item (up to ITEM_END): not an amount of
# nothing ("VALOR: R$ 0,00"), nor where the extrato says no resources pass ("sem repasse de recursos", "não haverá
# transferência de recursos": a cooperation's words; review27)
TRANSFER = regex.compile(r"R\$[^\S\n]*(?P<v>\d[\d.,]*)")
NO_TRANSFER = regex.compile(
    r"(?i:sem\s+(?:qualquer\s+)?(?:repasse|transfer[êe]ncia)|n[ãa]o\s+(?:haver[áa]|h[áa]|envolve|implica|prev[êe])\s+"
    r"(?:\p{L}+\s+)?(?:repasse|transfer[êe]ncia))"
)
TRANSFER_REACH = 1500
# a convênio cited as the source of another instrument's funds, not the extrato's own instrument: "EXTRATO DO CONTRATO
# Nº 12/2020. Recursos do Convênio nº 800/2019. PARTES: …" (review27: a contract's sides are no concedente/convenente)
CITED_CONVENIO = regex.compile(
    r"(?i:recursos?|fonte(?:\s+de\s+recursos?)?|oriund[oa]s?|provenientes?|conta)\s*:?\s*(?:d[oa]s?\s+)?$"
)
# The government sphere a side's name opens with (3 União, 2 Estado or Distrito Federal, 1 Município; 0 none): the
# concedente transfers to the convenente, so a side named second of a higher sphere than the first is not its convenente
# ("Convênio que entre si celebram o Município de Itaberaba e o Estado da Bahia …", a municipal gazette names its own
# side first): partícipes then, as before (review27)
SPHERE = regex.compile(
    r"(?<![\p{L}])(?:(?P<s2>Distrito\s+Federal|Estado|Estadual)|(?P<s3>Uni[ãa]o|Federal|Minist[ée]rio)"
    r"|(?P<s1>Munic[íi]pio|Municipal|Prefeitura))(?![\p{L}])",
    regex.IGNORECASE,
)


def _sphere(name: str | None) -> int:
    m = SPHERE.search(name or "")
    return 0 if m is None else next(int(k[1]) for k, v in m.groupdict().items() if v is not None)


def transfer_ordered(pair: tuple[str, str] | None, names: list[str | None]) -> tuple[str, str] | None:
    """``pair``, unless it is a transfer's and a side after the first is of a higher sphere than the first's, when that
    is known (an acronym's is not: "Convenentes: CAR/SDR/Prefeitura Municipal de Santa Luzia", DOE-BA 2020; see SPHERE)."""
    if pair == TRANSFER_PAIR and (first := _sphere(names[0])) and any(_sphere(n) > first for n in names[1:]):
        return None
    return pair


FAMILY = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(f"(?P<f{k}>{rx})" for k, (rx, _) in enumerate(FAMILIES)) + r")(?![\p{L}])",
    regex.IGNORECASE,
)
FAMILY_REACH = 400  # characters before the parties where the extrato names its instrument


def _last_family(text: str, at: int, floor: int = 0):
    """The FAMILY match named last before ``at`` (after ``floor``) and its index in FAMILIES, or None."""
    last = next(reversed(list(FAMILY.finditer(text, max(floor, at - FAMILY_REACH), at))), None)
    if last is None:
        return None
    return last, next(int(name[1:]) for name, v in last.groupdict().items() if v is not None)


def of_no_pair(text: str, at: int, floor: int = 0) -> bool:
    """Whether the instrument named last before ``at`` is of a family whose sides are partícipes (an acordo, a termo
    de cooperação, a convênio de estágio; not a convênio, whose transfer decides)."""
    found = _last_family(text, at, floor)
    return found is not None and FAMILIES[found[1]][1] is None


def family_pair(text: str, at: int, floor: int = 0) -> tuple[str, str] | None:
    """The roles of the two sides of the instrument named last before ``at`` (after ``floor``, the previous
    list's end): ``("contratante", "contratada")`` for a contract, None for a convênio or none named."""
    found = _last_family(text, at, floor)
    if found is None:
        return None
    last, k = found
    pair = FAMILIES[k][1]
    if pair is TRANSFER_PAIR:  # (a convênio: its sides by the transfer its item prints, else partícipes)
        b = min(len(text), at + TRANSFER_REACH)
        if end := ITEM_END.search(text, at, b):
            b = end.start()
        if CITED_CONVENIO.search(text, max(0, last.start() - 40), last.start()) or NO_TRANSFER.search(text, at, b):
            return None
        amounts = (t["v"] for t in TRANSFER.finditer(text, at, b))
        return pair if any(regex.search(r"[1-9]", v) for v in amounts) else None
    return pair


# (" e a empresa D.H.F …", " e a firma: LG …" (DODF), " E A EMPRESA LUMINUS …" (DOM-AL, in capitals))
PARTES_SPLIT = regex.compile(  # (", e Associação …": a comma before " e " ends a name)
    r"\s+[xX]\s+|,\s+(?:a|o)\s+(?=\p{Lu})|,\s+e\s+(?=\p{Lu})|,?\s+e\s+(?:a|o)(?:\([ao]\))?\s+(?:(?:empresa|firma|senhora?)\s*:?\s*)?(?=\p{Lu})"
    r"|(?<=\d{2}/?\d{4}-?\d{2})[^\S\n]*\n[^\S\n]*(?=\p{Lu}{2}[^\n]*(?i:CNPJ))"  # (one side a line, PARTY_LINE)
    # (or two sides on one line, each closed by its CNPJ: "CONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 ASSOCIAÇÃO BOM
    # SAMARITANO - CNPJ 03.664.581/0001-54" (DOM Salvador 6393, 2015), "… OBRAS SOCIAIS IRMÃ DULCE - CNPJ nº 15.178.551/0001-17"
    # (DOM Salvador 6770, 2017): a general grammar of lists, as PARTY_LINE's, an item's identifier closes it)
    r"|(?<=(?i:CNPJ)[^\S\n]{0,3}[.:]?[^\n]{0,12}?\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})[^\S\n]+"
    r"(?=\p{Lu}{2}[^\n]{0,200}?(?i:CNPJ)[^\n]{0,12}?\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})"
    r"|\s*;(?!\s*(?:EPP|ME|EIRELI|LTDA)(?![\p{L}]))\s*"  # (not before a legal form: "AAZ COMERCIAL LTDA; EPP - CNPJ", DODF 2019)
    r"|,?\s+E\s+A\s+(?:EMPRESA|FIRMA)\s*:?\s+"
    r"|,?\s+E\s+[AO]\s+(?=\p{Lu}{2})"  # "INSTITUTO ESTADUAL DO AMBIENTE - INEA E O INSTITUTO DE AÇÃO …" (DOE-RJ 2023)
    # a bare " e " after a number: the first side's CNPJ ends it ("PARTÍCIPES: Município da Estância Turística de
    # Paraguaçu Paulista - CNPJ/MF 44.547.305/0001-93 e Associação Comunitária …", Paraguaçu Paulista-SP 2023;
    # "PARTES: Município de Barbalha – Ceará, … inscrita no CPNJ nº 11.740.887.0001/70 e Hospital Maternidade …",
    # DOM-CE/APRECE 2022)
    # (not inside a consortium's members: "Consórcio … formado pelas empresas AMBIENTE … 06.306.458/0001-50 e IEME …")
    # (bounded: a consortium's wording, "formado/composto/integrado/constituído por/pelas", within 200 characters)
    r"|(?<!(?i:formad|compost|integrad|constitu[íi]d)[oa]s?\s+(?i:por|pel[oa]s?)\s[^;]{0,200})(?<=\d)\s+e\s+(?=\p{Lu})"
)
VERSUS = regex.compile(r"\s+[xX]\s+")  # (PARTES_SPLIT's " x ")
# A list label's sides one per line, each ending on its CNPJ: "CONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06\n
# ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL BAHIA (AACBA) - CNPJ - 04.087.181/0001-96" (DOM Salvador 6770, 2017 and
# 6393, 2015 resumos de convênio), as "Contratadas:\nSUPERMERCADO … EIRELLI …" lists one firm a line (DOM-MG/AMM 2023,
# from_listed): the line after a side's CNPJ that opens in capitals and ends on its own CNPJ is the next side
_CNPJ_DIGITS = r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}"
ENDS_ON_CNPJ = regex.compile(rf"(?i:CNPJ)[^\n]{{0,12}}?{_CNPJ_DIGITS}[^\S\n]*$")
PARTY_LINE = (
    regex.compile(  # (its digits wrapped to the next line: "… CALABETÃO - CNPJ\n40.554.925/0001-07", DOM Salvador
        # 6393, 2015, as cnpj@7 reads "0008-\n46" in DODF 2021 and DOE-RJ 2023: review27)
        rf"[^\S\n]*\n[^\S\n]*\p{{Lu}}{{2}}[^\n]{{0,200}}?(?i:CNPJ)[^\n]{{0,12}}?(?:[^\S\n]*\n[^\S\n]*)?{_CNPJ_DIGITS}"
        r"[^\S\n]*(?=\n|$)"
    )
)


# (only where each side so far stands on its line: "PARTES: A - CNPJ … e a empresa B - CNPJ …" lists no third side on the
# next line, review26)
def _one_side_a_line(value: str) -> bool:
    """Whether every side of a list's ``value`` so far stands on a line of its own (no separator but a line's end)."""
    return all(not sep.group().strip() for sep in PARTES_SPLIT.finditer(value))


# the CNPJ printed after the full stop that ends the last name belongs to it (DODF 2018-02-09 SES/DF: "… e a
# empresa INSTITUTO DE DOENÇAS RENAIS LTDA. CNPJ/MF nº 04.373.272/0001-98. Objeto: …")
CNPJ_AFTER = regex.compile(
    r"\.?\s*(?:inscrit[oa]\s+no\s+)?CNPJ(?:/MF)?\s*(?:sob\s+o\s+)?(?:n[º°o]\.?\s*)?:?\s*[\d./-]{14,20}\d"
)
# the separator or prefix that says which side a piece is: a company (contratada) or a civil-society
# organization ("Partes: Município de Belo Horizonte/… e a Organização da Sociedade Civil Abrigo Jesus",
# DOM-BH extratos of termos de fomento and colaboração)
COMPANY_SEP = regex.compile(r"(?i:empresa|firma)")
OSC_PREFIX = regex.compile(r"^(?i:(?:a\s+)?organiza[çc][ãa]o\s+da\s+sociedade\s+civil|OSC)\s*[:–-]?\s*(?=\p{Lu})")
# "Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, …" (DODF): who
# signs, not the parties
SIGNERS_VALUE = regex.compile(r"^(?i:pel[oa]s?|p/)\s")
# "… Desenvolvimento Econômico e SIGMA INCORPORAÇÕES …": a bare " e " before a name in capitals, when it is
# the one separator ("Instituto Nacional de Estudos e Pesquisas …" is one name)
# (or before a firm's name that opens with a letter and a digit: "PARTES: UERJ/HUPE e M4 IMPORTAÇÃO E COMÉRCIO …",
# DOE-RJ 2023; "3M", "V8", "G4" are firms' names of that shape: a general grammar of the names in capitals)
BARE_AND = regex.compile(r"\s+e\s+(?=(?:\p{Lu}{3,}|\p{Lu}\d[\p{Lu}\d]*)(?![\p{L}]))")


# an abbreviation's full stop ends no list or sentence ("PARTES: SEC. DE ESTADO …", "Prof. Edgard Santos"; "CNPJ."
# before its digits: "PARTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 E A ASSOCIAÇÃO …", DOM Salvador 2018; "SANDU … EIRELI -
# CNPJ. 19.806.688/0001-20", DODF 2019)
ABBREVIATIONS = "SEC|Sec|Secr|Dep|Depto|Min|Gov|Adm|Prof|Profa|Dr|Dra|Sr|Sra|Des|Eng|Gen|Cel|CNPJ|CPF"
# (nor an initial's: "e a empresa J.R. DE ALMEIDA AREDES ME", DODF; "D. HOSP DISTRIBUIDORA")
# (nor a legal form's before another: "e a empresa AAZ COMERCIAL LTDA. EPP - CNPJ nº …", "… LTDA. - EPP - CNPJ nº …", DODF
# 2019; firms.FORM)
FULL_STOP = (
    rf"(?<!(?<![\p{{L}}])(?:{ABBREVIATIONS}|\p{{Lu}}))\.(?![^\S\n]*[-–]?[^\S\n]*(?:EPP|ME|EIRELI)(?![\p{{L}}]))(?:\s|$)"
)
# … or with its line, unless the line breaks inside a name: a line that ends on a connector or an article
# ("… e o\nDANIEL HERZ") or a hyphen ("REPRE-\nSENTAÇÕES"), or in capitals runs on in capitals ("MULTIPLY SERVIÇOS E MANUTENÇÃO EIRE\nLI.", "… DO
# ESTADO DO RIO DE\nJaneiro - FAETEC e CREARE …": DOE-RJ 2023 columns; "… e a empresa J.R. DE\nALMEIDA AREDES ME",
# DODF 2018), or a dash ("… por intermédio da Secretaria de Estado de Polícia Civil -\nSEPOL e o Município de São
# Fidélis", DOE-RJ 2023; "… Chagas Bezerra –\nSecretária …" is one line's end in a DOM-CE column too)
LIST_END = regex.compile(
    rf"{FULL_STOP}|(?<![\s(](?i:d[aeo]s?|e|a|o|em|à)|\p{{Lu}}{{2}}|\p{{L}}-|\s[-–])\n|\n(?=\s*\p{{Lu}}[\p{{L}}]+(?:\s+\p{{L}}+){{0,3}}\s*:)"
)


def from_partes(text: str) -> list[Party]:
    """The parties an extrato lists after ``PARTES:`` or ``Partícipes:``, split at " x ", ", a ", " e a " and
    ";" (at a bare " e " when it is the only separator, or within a piece that names its role: "SEC. DE
    ESTADO … e SECRETARIA DE ESTADO … na qualidade de CONTRATANTE"); partícipes, or the role a piece names
    (a company after " e a empresa " is the contratada, an "Organização da Sociedade Civil" the osc, and the
    other of two the opposite role)."""
    out = []
    floor = 0
    for m in PARTES_OPENED.finditer(text):
        end = min(len(text), m.end() + 2 * RUN_IN_REACH)
        stop = NEXT_LABEL.search(text, m.end(), end)
        value = text[m.end() : stop.start() if stop else end]
        stop = LIST_END.search(value)  # the list ends with its sentence
        if stop and (more := CNPJ_AFTER.match(text, m.end() + stop.start())):
            value = text[m.end() : more.end()]  # "… e a empresa INSTITUTO … LTDA. CNPJ/MF nº 04.373.272/0001-98"
        else:
            value = value[: stop.start()] if stop else value
        while (
            stop
            and ENDS_ON_CNPJ.search(value)
            and _one_side_a_line(value)
            and (line := PARTY_LINE.match(text, m.end() + len(value)))
        ):
            value = text[m.end() : line.end()]  # the next side on its own line (see PARTY_LINE)
            stop = LIST_END.search(value, len(value) - len(line.group()) + 1)
        if SIGNERS_VALUE.match(value):
            continue
        if m.group("label").upper() == "PARCEIROS" and not FAMILY.search(
            text, max(0, m.start() - FAMILY_REACH), m.start()
        ):
            continue  # (a program's or an event's "Parceiros: SESC, SENAI e SEBRAE": no instrument named, no sides)
        pos = m.end()
        # "CONVENENTES: Celebram entre si a União Federal, …, e a(o) Fundação …" (DOU 2020), "PARTES : Termo de
        # Convênio que entre si celebram o Estado do Rio de Janeiro, …" (DOE-RJ 2023): the parties after the verb
        lead = BETWEEN.search(text, pos, min(len(text), pos + 80))
        if lead and not regex.search(r"[.;:]", text[pos : lead.start()]):
            value, pos = value[lead.end() - pos :], lead.end()
        seps = list(PARTES_SPLIT.finditer(value))
        pieces = PARTES_SPLIT.split(value)
        kinds = [""] + [x.group() for x in seps]
        if len(pieces) == 1 and len(BARE_AND.findall(value)) == 1:
            pieces = BARE_AND.split(value)  # (a name may hold " e ": "Fundação de Ensino e Pesquisa")
            kinds = ["", ""]
        elif len(pieces) == 1 and m.group("label").upper() in PLURAL_ROLES and (cut := ACRONYMS_SLASH.match(value)):
            # a plural role label names two sides: with no other separator, the slash after the first side's
            # acronyms parts them ("Convenentes: CAR/SDR/Prefeitura Municipal de Santa Luzia", DOE-BA 2020)
            pieces, kinds = [value[: cut.end() - 1], value[cut.end() :]], ["", ""]
        elif (
            len(pieces) == 1
            and (normalize_role(m.group("label")) in SAME_ROLE_LABELS or m.group("label").upper() == "PARTES")
            and (ands := [a for a in BARE_AND_PARTY.finditer(value) if _another_party(value, a)])
        ):
            # (and "Partes:" in Title Case: "Partes: Administração Regional do Lago Sul/RAXVI e Empresa Brasileira de
            # Correios e Telégrafos." (DODF 2004), "Partes: … e Hospital Maternidade …" after a number (DOM-CE 2022))
            # a plural role label names two sides at least: the last bare " e " before a capital parts them
            # ("COMPROMITENTES: Secretaria de Desenvolvimento Urbano e Lucas Conceição dos Santos", DOE-BA 2020)
            pieces, kinds = [value[: ands[-1].start()], value[ands[-1].end() :]], ["", ""]
        found: list[Party] = []
        for piece, kind in zip(pieces, kinds):
            at = text.find(piece, pos)
            at = at if at >= 0 else pos
            pos = at + len(piece)
            q = QUALITY.search(piece)
            role = normalize_role(q.group("role")) if q else None
            label = printed(m.group())  # ("PARTES", "DAS PARTES", "Convenentes", "COMPROMITENTES")
            osc = OSC_PREFIX.match(piece)
            if osc:
                if role is None:  # ("… e a Organização da Sociedade Civil Abrigo Jesus", DOM-BH)
                    label = printed(regex.sub(r"^(?i:a\s+)", "", osc.group()).rstrip(" :–-"))
                role, at, piece = role or "osc", at + osc.end(), piece[osc.end() :]
            elif role is None and COMPANY_SEP.search(kind):
                role = "contratada"
            parts = [piece]
            if q and len(BARE_AND.findall(piece, 0, q.start())) == 1 and not FORMED.search(piece):
                parts = BARE_AND.split(piece[: q.start()])  # two bodies before one role: both take it
                parts[-1] += piece[q.start() :]
            sub = at
            for part in parts:
                where = text.find(part, sub)
                where = where if where >= 0 else sub
                sub = where + len(part)
                party = _prose_party(text, where, sub, role or "", label)
                if party:
                    found.append(party)
        if len(found) == 1 and m.group("label").upper() in PLURAL_ROLES and not found[0].role:
            # a plural role label lists two sides at least: one piece is two names not parted, no party's name
            # ("CONTRATANTES: Companhia Imobiliária de Brasília - Terracap e Novacap", DODF 2004; "CONVENENTES: PMS/SEMPS -
            # CNPJ. …" with the other side's line read into another column, DOM Salvador 6770, 2017)
            floor = m.end()
            continue
        known = {p.role for p in found if p.role}
        other = COMPLEMENT.get(next(iter(known))) if len(found) == 2 and len(known) == 1 else None
        if len(found) == 2 and not known:
            # "CONTRATANTES: NOVACAP e a HONIX ELEVADORES … LTDA" (DODF), "Convenentes: CAR/Prefeitura Municipal
            # de Santa Luzia" (DOE-BA): a plural role label names the two sides of its family, in order; else the
            # instrument the extrato names before the list ("INSTRUMENTO : Termo de Contrato nº 309/2023 PARTES :
            # SEPM e …", DOE-RJ)
            label_role = normalize_role(m.group("label") or "") or ""
            pair = LABEL_FAMILY.get(label_role) or family_pair(text, m.start(), floor)
            if label_role in SAME_ROLE_LABELS and (pair is None or label_role in pair):
                pair = (label_role, label_role)
            # ("EXTRATO DO 4º TERMO DE AJUSTE AO 93º TERMO DE COOPERAÇÃO TÉCNICA CONVENENTES: Celebram entre si a União
            # Federal, … e a Organização Pan-Americana da Saúde …", DOU 2020: the plural label of a cooperation, whose
            # sides transfer nothing, names partícipes, as a "PARTES:" list of an acordo does; Decreto 6.170/2007 art. 1º
            # § 1º, the role table's definition of the concedente, the rule of FAMILIES)
            cooperation = label_role == "convenente" and of_no_pair(text, m.start(), floor)
            if cooperation:
                pair = None
            elif pair is None:
                nxt = PARTES.search(text, m.end(), min(len(text), m.end() + ROLE_IN_TEXT_REACH))
                pair = pair_from_text(
                    text, m.end(), nxt.start() if nxt else min(len(text), m.end() + ROLE_IN_TEXT_REACH)
                )
            if pair := transfer_ordered(pair, [found[0].name, found[1].name]):
                found[0].role, found[1].role = pair
        elif len(found) > 2 and not known and all(VERSUS.fullmatch(k) for k in kinds[1:]):
            # "A X B x C x D": the sides a " x " (versus) sets apart, the first against the others, in the instrument's
            # family as two sides are ("PARTES: Distrito Federal/Polícia Civil X APCAP-DF - Associação … x ASSASPC –
            # Associação … x SINCAAP/DF – Sindicato …", DODF 2021 termo de autorização de uso: one permitente, three
            # permissionárias); a family of no pair keeps its partícipes
            pair = transfer_ordered(family_pair(text, m.start(), floor), [p.name for p in found])
            if pair and pair[0] != pair[1]:
                found[0].role = pair[0]
                for party in found[1:]:
                    party.role = pair[1]
        floor = m.end()
        for party in found:
            party.role = party.role or other or "participe"
        out += found
    return out


# Parties named in an extrato's sentence, without labels: "… celebrado entre a Universidade Federal da Bahia,
# por intermédio do Complexo … e a empresa HOSP-LOG Comércio … Ltda, inscrita no CNPJ nº …", "que entre si
# celebram o Complexo Hospitalar e de Saúde/UFBA e a empresa SG TECNOLOGIA CLÍNICA LTDA - CNPJ nº …",
# "Celebrado entre as partes CEASA/DF e a empresa DE PAULA ENGENHARIA …", "ADMINISTRAÇÃO REGIONAL … - RA-XVII,
# na qualidade de CONTRATANTE e a COMPANHIA DE SANEAMENTO … - CAESB, na qualidade de CONTRATADA."
BETWEEN = regex.compile(
    r"(?<![\p{L}])(?:(?i:celebrad[oa]s?|firmad[oa]s?|pactuad[oa]s?)\s+entre|(?i:que\s+)?entre\s+si\s+(?i:celebram|firmam)"
    r"|(?i:celebram|firmam)\s+entre\s+si"  # "CONVENENTES: Celebram entre si a União Federal, …" (DOU 2020)
    # the verb alone opening the extrato's sentence, its subjects the parties: "SEGUNDO TERMO ADITIVO AO ACORDO DE
    # COOPERAÇÃO N° 002/2018. Celebram o DISTRITO FEDERAL, por meio da SECRETARIA … e o INSTITUTO PRÓ BRASIL, …" (DODF
    # 2021): "entre si" is optional in the preamble's grammar; capitalized, after a sentence or a label, before an
    # article and a capital (not the closing "firmam o presente instrumento", not "celebram convênio com")
    r"|(?<=(?:^|\n|[.:;])[^\S\n]*)(?:Celebram|CELEBRAM)(?=\s+(?:o|a|os|as)\s+\p{Lu}))"
    r"\s+(?:(?i:as\s+partes)\s*:?\s*)?(?:(?:o|a|os|as)\s+)?(?=\p{Lu})"
)
# the second party: " e a empresa B", " e o Município …", " e a Universidade …"; a bare " e " before a capital
# only when no article follows any ("… Ciência e Tecnologia do Tocantins e a Universidade …": the article's)
PUBLIC_BODY = r"(?:munic[íi]pio|estado|prefeitura)\s+d[eoa]\s"  # "e o município de Tucano- BA"
AND_PARTY = regex.compile(
    rf"\s+e\s+(?:a|o)(?:\([ao]\))?\s+(?:(?i:empresa)\s+)?(?=\p{{Lu}}|{PUBLIC_BODY})|\s+e\s+(?i:a\s+empresa)\s+"
)
BARE_AND_PARTY = regex.compile(r"\s+e\s+(?=\p{Lu})")
# (in a plural label's list, only before a body's or a person's name, not inside a body's name: "Secretaria de Justiça,
# Direitos Humanos e Desenvolvimento Social" is one (DOE-BA 2020 SJDHDS); "Secretaria de Desenvolvimento Urbano e Lucas
# Conceição dos Santos" two (DOE-BA 2020 SEDUR): review24)
_BODY_OPENING = regex.compile(
    rf"(?:{orgaos.HEADS}|Estado|Munic[íi]pio|Distrito\s+Federal|Uni[ãa]o)(?![\p{{L}}])", regex.IGNORECASE
)
# (no polity's word in it: "Secretaria de Estado de Justiça e Cidadania do Distrito Federal" is one body, now that every
# "PARTES:" list is cut there, review26)
_PERSON_OPENING = regex.compile(
    r"(?![^\n]*(?<![\p{L}])(?:Distrito|Federal|Estado|Munic[íi]pio|Municipal|Estadual|Nacional|Regional|Uni[ãa]o)(?![\p{L}]))"
    r"(?!\p{L}*(?:mento|[çc][ãa]o|[çc][õo]es|dade|[êe]ncia|ismo|ura|ais|al)(?![\p{L}]))\p{Lu}[\p{Ll}'’]+"
    r"(?:[ \t]+(?:d[aeo]s?[ \t]+)?\p{Lu}[\p{Ll}'’]+){1,5}[ \t]*$"
)


def _another_party(value: str, split) -> bool:
    """Whether a bare " e " in a plural label's list opens another party (see _BODY_OPENING, _PERSON_OPENING)."""
    left, right = value[: split.start()], value[split.end() :].strip(" .,;")
    if _BODY_OPENING.match(right):
        return True
    # (after a comma, a bare " e " closes the enumeration of a body's name, unless one closed it already)
    enumerating = "," in left and regex.search(r"\s+e\s+", left[left.rfind(",") :]) is None
    return not enumerating and _PERSON_OPENING.match(right) is not None


# the role printed after a party's name: ", na qualidade de CONTRATANTE", " como CONCESSIONÁRIO" (DODF)
# … or in brackets: "firmado entre a Câmara Legislativa do Distrito Federal, (Contratante) e a empresa SEFIX …,
# CNPJ nº 13.258.899/0001-99 (Contratada)" (DODF); "Universidade …  (CONVENENTE)"
QUALITY = regex.compile(
    rf",?\s*(?:(?:na\s+qualidade\s+de|como)\s+(?P<role>(?i:{_ANY_ROLE_WORD}))(?![\p{{L}}])|\((?P<role>(?i:{_ANY_ROLE_WORD}))\))"
)
# where the first of two parties that print "na qualidade de …" starts: after a label, a sentence, or a
# process number and a dash ("Processo: 00148-00001867/2019-90 - ADMINISTRAÇÃO REGIONAL …")
QUALITY_START = regex.compile(r"(?:^|[.:;]\s+|\d\s+[-–]\s+)")
PROSE_END = regex.compile(
    rf"{FULL_STOP}|\n|;|,\s+(?:visando|para|no\s+âmbito|objetivando|cujo|referente)\b|\s+(?i:OBJETO)\s*:"
)
# "Consórcio Supervisor DF (formado pelas empresas EGIS … e EGIS …), inscrito no CNPJ nº …": its members
FORMED = regex.compile(r",?\s+(?P<bracket>\()?formad[oa]s?\s+pel[oa]s?\s")
# a name in a sentence ends before a comma and a lower-case word (", com a interveniência", ", que tem por"),
# a label (", Contrato nº 080/2019") or its members
PROSE_NAME_END = regex.compile(
    r",\s+(?=\p{Ll}|(?:Contrato|Processo|Objeto|OBJETO)(?![\p{L}]))|,?\s+\(?formad[oa]s?\s+pel"
)


CNPJ_WORD = regex.compile(
    r"(?i:CNPJ|CPNJ|C\.N\.P\.J)"
)  # ("C.N.P.J. nº 00.530.493/0001-71", DOU 2020 termo de cooperação)
LINE_END_HYPHEN = regex.compile(r"(?<=\p{L})-\n(?=\p{L})")


def _prose_party(text: str, start: int, end: int, role: str, label: str | None = None) -> Party | None:
    """The party a sentence's piece names; its role (and the role word printed, else ``label``) from its QUALITY."""
    piece = text[start:end]
    q = QUALITY.search(piece)
    if q:
        if normalize_role(q.group("role")):
            label = printed(q.group("role"))
        role = normalize_role(q.group("role")) or role
        piece = piece[: q.start()]
    # ("a empresa X" names X; not "Empresa Brasileira de Correios e Telégrafos" (DODF 2004, DODF 2021), "Empresa Municipal
    # de …", "Empresa de Informática e Informação do Município de Belo Horizonte" (DOM-BH): a state company's own name)
    piece = regex.sub(
        r"^(?i:a\s+empresa|empresa)\s+(?!(?i:brasileir[ao]|municipal|estadual|p[úu]blica|d[aeo]s?)\s)", "", piece
    )
    cut = PROSE_NAME_END.search(piece)
    # a word hyphenated at a line end the layout kept ("MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA", DOE-RJ)
    name = LINE_END_HYPHEN.sub("", _name_of(piece[: cut.start()] if cut else piece))
    if (
        len(name) < 3
        or not regex.search(r"\p{L}{2}", name)
        or (name[:1].islower() and not regex.match(PUBLIC_BODY, name))
    ):
        return None
    # a consortium's members' CNPJs are not its own: only one printed after the bracketed members counts
    formed = FORMED.search(text, start, end)
    at = (text.find(")", formed.end(), end) + 1 if formed.group("bracket") else end) if formed else start
    # (the label misspelt: "CPNJ/MS 00.530.493/0001-71", DOU 2020 extratos de compromisso)
    cnpj, valid = _first_cnpj(text[at:end]) if at > 0 and CNPJ_WORD.search(text, at, end) else (None, None)
    return named(role, name, cnpj, valid, start, end, label)


# a municipal extrato in prose: "A Prefeitura Municipal de Tucano, Estado da Bahia, torna público que firmou
# contrato com a empresa MICRO POSTO TUCANO LTDA", "… com a Pessoa Física– Maria Ferreira Santos Objeto: …"
# (Tucano-BA, old corpus); "O MUNICÍPIO DE CAMPO ALEGRE DE LOURDES, ESTADO DE BAHIA, representado pelo seu\nPrefeito
# Municipal, ENILSON MARCELO RODRIGUES DA SILVA, torna pública a celebração de Termo Aditivo aos contratos nº …, com a
# empresa com a empresa OXENTE NET …" (DOE-BA 2020): the publisher, its representative, the verb's two forms
PUBLISHED_WITH = regex.compile(
    r"(?:^|\n)\s*(?:A|O)\s+(?P<a>\p{Lu}[^,\n]{3,120}?)(?:,\s*(?i:Estado|Munic[íi]pio)\s+(?i:d[aeo])\s+[^,\n]+)?"
    r"(?:,\s*(?P<rep>representad[oa]\s[^.;]{0,160}?))?,?\s+"
    r"torna\s+p[úu]blic[oa]\s+(?:que\s+\p{L}*rmou|a\s+celebra[çc][ãa]o\s+d[eo])\b(?P<what>[^.\n]{0,120}?)"
    r"(?:\bcom\s+(?:a|o)\s+(?:(?i:empresa)|Pessoa\s+F[íi]sica)\s*[:–-]?\s*)+"
)


def _published_with(text: str) -> list[Party]:
    """The publisher and the party it says it signed with (``… torna público que firmou contrato com a
    empresa …``): contratante and contratada when a contract is named, else partícipes."""
    out: list[Party] = []
    for m in PUBLISHED_WITH.finditer(text):
        contract = "contrat" in m.group("what").lower()
        stop = PROSE_END.search(text, m.end(), min(len(text), m.end() + RUN_IN_REACH))
        end = stop.start() if stop else min(len(text), m.end() + RUN_IN_REACH)
        a = _prose_party(text, m.start("a"), m.end("a"), "contratante" if contract else "participe")
        b = _prose_party(text, m.end(), end, "contratada" if contract else "participe")
        if a and b:
            who = REPRESENTED_CARGO_NAME.match(m.group("rep") + ",") if m.group("rep") else None
            if who:
                a.representative_name = who.group("name")
                a.representative_cargo = regex.sub(r"^(?:seu|sua)\s+", "", regex.sub(r"\s+", " ", who.group("cargo")))
            out += [a, b]
    return out


def _leads(text: str) -> list[int]:
    """Where two parties named in a sentence begin: after ``celebrado entre``, ``que entre si celebram``, or
    the start of a first party that prints ``na qualidade de``."""
    leads = [m.end() for m in BETWEEN.finditer(text)]
    for q in QUALITY.finditer(text):
        window = text[max(0, q.start() - 200) : q.start()]
        starts = list(QUALITY_START.finditer(window))
        lead = q.start() - len(window) + starts[-1].end() if starts else None
        if lead is not None and not any(x <= q.start() <= x + 2 * RUN_IN_REACH for x in leads):
            leads.append(lead)
    return sorted(set(leads))


def from_prose(text: str) -> list[Party]:
    """Two parties an extrato names in a sentence (``celebrado entre A e a empresa B``, ``que entre si
    celebram A e B``, ``A, na qualidade de CONTRATANTE e a B, na qualidade de CONTRATADA``): partícipes,
    or the role ``na qualidade de`` gives."""
    out: list[Party] = []
    for lead in _leads(text):
        stop = PROSE_END.search(text, lead, min(len(text), lead + 2 * RUN_IN_REACH))
        end = stop.start() if stop else min(len(text), lead + 2 * RUN_IN_REACH)
        # the split comes after the first party's role when it prints one (a body may hold " e ")
        first = QUALITY.search(text, lead, end)
        after = first.end() if first else lead
        split = AND_PARTY.search(text, after, end) or BARE_AND_PARTY.search(text, after, end)
        if split is None:
            continue
        pair = (_prose_party(text, lead, split.start(), ""), _prose_party(text, split.end(), end, ""))
        if pair[0] and pair[1]:
            # the roles "na qualidade de" prints, the other side's opposite, else the instrument's family
            known = {p.role for p in pair if p.role}
            if not known and (roles := transfer_ordered(family_pair(text, lead), [p.name for p in pair])):
                pair[0].role, pair[1].role = roles
            elif len(known) == 1 and (other := COMPLEMENT.get(next(iter(known)))):
                for p in pair:
                    p.role = p.role or other
            for p in pair:
                p.role = p.role or "participe"
            out += pair
            if third := _intervening(text, lead, split.start()):
                out.append(third)
    return out or _published_with(text) or _contract_with(text)


# A contract's extrato that names only its contratada, after the contract: "Contrato nº 08110004/2023, firmado em
# 24/08/2023, com a empresa CARLOS VITOR RAMOS BEZERRA LIMA, inscrita no CNPJ/MF nº …" (DOM-AL/AMA 2023 Belo Monte),
# as "… torna público que firmou contrato com a empresa MICRO POSTO TUCANO LTDA" (Tucano-BA, PUBLISHED_WITH) does after
# its publisher; the publisher is the contratante the signatories name (_publisher_side)
CONTRACT_WITH = regex.compile(
    r"(?:^|\n)[^\S\n]*(?i:contrato)[^.;:\n]{0,80}?,?\s+(?i:firmado|celebrado|assinado)[^.;:\n]{0,40}?\s+com\s+a\s+"
    r"(?P<label>(?i:empresa))\s+(?=\p{Lu})"
)


def _contract_with(text: str) -> list[Party]:
    """The contratada a contract's extrato names after it (see CONTRACT_WITH)."""
    m = CONTRACT_WITH.search(text)
    if m is None:
        return []
    stop = PROSE_END.search(text, m.end(), min(len(text), m.end() + RUN_IN_REACH))
    party = _prose_party(text, m.end(), stop.start() if stop else min(len(text), m.end() + RUN_IN_REACH), "contratada")
    # (no role_raw: "com a empresa" is the sentence's noun for the firm, no label nor role word; docs/GOLD.md)
    return [party] if party else []


# a third party of the instrument named inside the first side's piece: "celebrado entre o MUNICÍPIO DE ARAPIRACA, CNPJ
# nº …, com interveniência do FUNDO MUNICIPAL DE ASSISTÊNCIA SOCIAL DE ARAPIRACA, CNPJ nº … e a empresa …" (DOM-AL/AMA
# 2023 termos de apostilamento); the legal phrase of the interveniente ("com a interveniência da Caixa Econômica Federal",
# contratos de repasse): a general grammar of the role table
INTERVENING = regex.compile(r",?\s+com\s+(?:a\s+)?(?i:interveni[êe]ncia)\s+d[oa]s?\s+(?=\p{Lu})")


def _intervening(text: str, a: int, b: int) -> Party | None:
    m = INTERVENING.search(text, a, b)
    return _prose_party(text, m.end(), b, "interveniente", printed(m.group().strip(" ,"))) if m else None


def parties(text: str, *, prose: bool = False) -> list[Party]:
    """The first of: DADOS CADASTRAIS fields, the preamble, labelled lines; labels run into a paragraph
    (or else a ``PARTES:`` list) where they find more parties than the lines do; else, with ``prose`` (an
    extrato), the parties its sentence names (``celebrado entre … e a empresa …``). Other acts name the
    parties of the contract they refer to that way (an ordem de serviço's fiscal), not their own."""
    for finder in (from_fields, from_preamble):
        found = finder(text)
        if found:
            return found  # (an instrument names its representatives itself; its clauses say "pela CONTRATADA, …")
    lines, run_in = from_labels(text) + from_listed(text), from_run_in(text, pairs=prose) or from_partes(text)
    found = (run_in if len(run_in) > len(lines) else lines) or from_between_label(text)
    found = found or (from_prose(text) if prose else [])
    found = found + _company_labelled(text, found) + _firm_after_number(text, found)  # (gated by their own labels)
    if prose:
        found = found or _signed_for_parties(text)
        found = found + _publisher_signed(
            text, found
        )  # (the signer under its label first: it names the representative)
        found = found + _publisher_side(text, found)
    return with_signers(text, found)


# The side an extrato leaves unnamed because it is the publisher itself, named only as the one a signatory signs
# for: "ESTADO DO CEARÁ-PREFEITURA MUNICIPAL DE CAMPOS SALES – EXTRATO 4º ADITIVO … CONTRATADA: DB3 SERVIÇOS … Assina
# pelo\nCONTRATANTE: MARIA GONÇALVES DE OLIVEIRA" (DOM-CE/APRECE 2022), "PREFEITURA MUNICIPAL DE LAGAMAR–MG. Torna
# público o EXTRATO DAS ATAS … Contratante:\nAURO JOSÉ PEREIRA\nPrefeito Municipal" (DOM-MG/AMM 2023): the body that
# opens the extrato (a prefeitura, a município, a câmara or a fundo, with the secretaria of it that publishes: "A
# Secretaria de Saúde do município de Groaíras-Ce, torna público o extrato … Assina Pela Contratante: …", DOM-CE 2013)
SIGNS_FOR_ROLE = regex.compile(
    rf"(?:(?i:assina(?:m|\(m\))?)|(?i:signat[áa]rios?)\s*:)\s+(?i:pel[oa]s?){GENDER}?\s+(?P<role>{_ROLE_WORD})"
)  # ("Signatários: pelo Contratante, Dalmo Augusto de Almeida Júnior e, pela contratada, …", DOM-AL/AMA 2023 Belo Monte)
PUBLISHER = regex.compile(
    r"(?:(?<![\p{L}])Secretarias?\s[^;:\n]{0,100}?\s(?i:d[oa])\s+)?"  # "Secretaria de Saúde do município de Groaíras"
    r"(?i:prefeitura\s+municipal|munic[íi]pio|c[âa]mara\s+municipal|fundo\s+municipal)\s+(?i:d[aeo]s?)\s+"
    r"\p{Lu}[\p{L}'’]+(?:[ \t]+(?:(?i:d[aeo]s?)[ \t]+)?\p{Lu}[\p{L}'’]+)*"
)
PUBLISHER_REACH = 400
# "A Prefeitura Municipal de Arneiroz, através do ordenador de despesas torna público o Extrato de Contrato … Contratado:
# I P N CONSTRUÇÕES …" (DOM-CE/APRECE 2022), "PREFEITURA MUNICIPAL DE LAGAMAR–MG. Torna público o EXTRATO DAS ATAS …"
# (DOM-MG/AMM 2023), "A Secretaria de Saúde do município de Groaíras-Ce, torna público o extrato do(s) Instrumento(s)
# Contratual(ais) …" (DOM-CE/APRECE 2013): the body that makes an extrato public is its instrument's public side
TORNA_PUBLICO = regex.compile(r"(?i:torna(?:m)?\s+p[úu]blic[oa])\s+(?i:o|a)\s+(?i:extrato|resumo|celebra)")
PUBLIC_SIDES = {"contratante", "concedente", "administracao_publica", "cedente", "permitente", "outorgante"}


def _publisher_side(text: str, found: list[Party]) -> list[Party]:
    """The publisher as the side a signatory signs for that no party of ``found`` takes (see PUBLISHER)."""
    roles = {p.role for p in found}
    if len(roles) != 1:
        return []
    other = COMPLEMENT.get(next(iter(roles)))
    signs = [m for m in SIGNS_FOR_ROLE.finditer(text) if normalize_role(m.group("role")) == other]
    body = PUBLISHER.search(text, 0, min(len(text), PUBLISHER_REACH))
    if body is None:
        return []
    if not signs:
        # no one signs for it, but the body that publishes the extrato is its public side (see TORNA_PUBLICO)
        said = TORNA_PUBLICO.search(text, body.end(), min(len(text), PUBLISHER_REACH))
        if other not in PUBLIC_SIDES or said is None:
            return []
        body = list(PUBLISHER.finditer(text, 0, said.start()))[-1]  # the nearest before the words
        name = regex.sub(r"\s+", " ", body.group()).strip()
        return [Party(other, name, None, None, None, None, None, None, None, body.start(), body.end())]
    name = regex.sub(r"\s+", " ", body.group()).strip()
    rep = SIGNER_AFTER_ROLE.match(text, signs[0].end())
    rep_name = HONORIFIC.sub("", rep.group("name")).strip(" .") if rep else None
    word = printed(signs[0].group("role"))  # ("Assina pelo CONTRATANTE: …": the role word printed for it)
    return [Party(other, name, None, None, None, None, rep_name, None, None, body.start(), body.end(), word)]


# Who signs for each party in an extrato, after its parties: "SIGNATÁRIOS: Pela Secretaria de Estado de Saúde,
# HUMBERTO …; pela Empresa DHEYNE …", "Partes: Pela Contratante, ANDRÉ … - Secretário-Geral, e, pela
# Contratada, THIAGO …", "PELA NOVACAP: Júlio César Menegotto e Márcio …. PELA CONTRATADA: Leibnitz …",
# "ASSINANTES: Pela CAESB: Maurício Leite Luduvice - Presidente e …" (DODF), "Pela SES/DF: HUMBERTO …";
# "CELIA MARIA BARBOSA ROCHA – CPF Nº ***.977.958-** P/ CONTRATANTE - DELFINO … P/CONTRATADA" (DOM-AL)
# a name's word or initial, not the next label ("pela Empresa DEJAIR SOUZA DO NASCIMENTO TESTEMUNHAS: …")
# (nor a cargo's first word, which follows the name: "Assina pelo CONTRATANTE: MARIA GONÇALVES DE OLIVEIRA Secretário
# de Políticas para Educação, assina pela CONTRATADA …", "… Cícero de Oliveira Simão Secretario de Recursos Hídricos",
# DOM-CE/APRECE 2022 Campos Sales; "JOSÉ GOMES NOGUEIRA DA SILVA, Ordenador de Despesas", DOM-CE/APRECE 2022 Arneiroz)
# (the positions of the project's one lexicon, ner.shape.POSITIONS, read in every source's signature blocks, and the
# two words that open a cargo of a municipal extrato: "Secretaria de …", "Ordenador de Despesas": a general grammar, a
# position is no name's word; review24 finding 23)
# (and a firm's signer's quality, no name: "CONTRATADA, Sócio Administrador", "… Representante Legal": review26)
_CARGO_WORD = (
    rf"(?!(?i:{POSITIONS}|secretaria|ordenador[a]?|director[a]?|pel[oa]s?"  # ("Director UBO", UNESCO)
    r"|s[óo]ci[oa]|representante|administrador[a]?|respons[áa]vel)(?![\p{L}]))"
)
_WORD = (
    _CARGO_WORD + r"(?:\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*|\p{Lu}\.)(?![\p{L}'’]|-\p{L})(?!\s*:)"
)  # ("LEAL- Representante")
_NAME = rf"{_WORD}(?:[^\S\n]*(?:(?:d[aeo]s?|d'|e)[^\S\n]+)?{_WORD}){{1,7}}"
# a surname joined by " e " ends a listed name when one word (and a generation's) follows it and no other name's word:
# "PELA CESSIONÁRIA: Celso de Oliveira e Sousa Neto, na qualidade de …", "Pela APCAP-DF: Sandra Lôbo de Aquino Moura e
# Silva e pela …" (DODF 2021), "… Andrea Pontes e Silva" (DODF 2021 termo de fomento), as ner.names.person_pieces
# reads "Paulo Sérgio Costa e Silva Filho" (DOU): a general grammar of Portuguese names; "MARIA SILVA e JOÃO SANTOS"
# stays two names
_JOINED_SURNAME = (
    rf"(?:[^\S\n]+e[^\S\n]+{_WORD}(?:[^\S\n]+(?:Filh[oa]|Net[oa]|J[úu]nior|Sobrinh[oa]|FILH[OA]|NET[OA]|J[ÚU]NIOR))?"
    r"(?![^\S\n]*(?:(?:d[aeo]s?|d'|e)[^\S\n]+)?\p{Lu}))?"
)
# a title or a military rank before a signatory's name, skipped: "Pela CONTRATANTE: Eng. FAUZI NACFUR JUNIOR" (DODF 2021
# DER-DF), "Pelo Contratante: Cel. QOBM/Comb. Carlos Emilson Ferreira dos Santos" (DODF 2019 CBMDF), "pela Contratada,
# Senhor ROGÉRIO …" (DODF): a general grammar of the forms of address (HONORIFIC)
_TITLE = (
    r"(?:(?:Senhora?|Sra?|Dra?|Eng[ºª]?|ENG|Prof[ªa]?|Cel|CEL|Maj|Cap|Ten|Gen|Des)\.?[^\S\n]+"
    r"(?:\p{Lu}{2,}/\p{L}+\.[^\S\n]+)?)?"
)
SIGNED_FOR = regex.compile(
    rf"(?<![\p{{L}}])(?i:pel[oa]s?|p/)\s*(?:(?P<who>(?i:empresa|firma|contratad[oa]))(?=\s+\p{{Lu}})"
    rf"|(?P<who>[^:,;.\n]{{2,80}}?)\s*[:,])\s*{_TITLE}(?P<name>{_NAME.replace('|e)', ')')}{_JOINED_SURNAME})"
)
SIGNED_BEFORE = regex.compile(
    rf"(?P<name>{_NAME.replace('|e)', ')')})\s*[–-]\s*CPF[^\n]{{0,30}}?\s(?i:p/)\s*(?P<who>\p{{L}}+)"
)
SIGNERS_REACH = 2500
# A list of signatories that names each one's party by its role word, before the name or after it: "Signatários:
# Concedente: LUIZ FELIPE CUSTODIO FRANCISCAO, CPF nº ***691446**, Convenente: MARCELO BELINATI MARTINS" (DOU 2022),
# "ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante e Adenildo Soares de Sena - Contratada." (DOE-BA
# 2020), "signatários: RITA DE CASSIA CHAGAS BEZERRA – SECRETÁRIA DE SAÚDE (contratante), MAXIMILIANA ASSUNÇÃO DA
# SILVA – Representante – MAX ELETRO E MAGAZINE LTDA (contratada)" (DOM-CE 2022)
SIGNERS_LABEL = regex.compile(r"(?<![\p{L}])(?i:signat[áa]rios|assinantes|assinam|assinaturas)\s*:\s*")
SIGNERS_LIST_REACH = 500
_ROLE_ANY = rf"(?i:{_ANY_ROLE_WORD})"
_LISTED_NAME = _NAME.replace("|e)", ")") + _JOINED_SURNAME
BY_ROLE = regex.compile(
    rf"(?P<who>{_ROLE_ANY})\s*:\s*(?P<name>{_LISTED_NAME})"
    # (a comma for the colon: "DOS SIGNATÁRIOS: CONTRATANTE, JOSÉ LUCIANO BARBOSA DA SILVA, PREFEITURA MUNICIPAL DE
    # ARAPIRACA; CONTRATADA, JEAN SANDRO SANTOS DA SILVA, CONY ENGENHARIA LTDA" (DOM-AL/AMA 2023), as SIGNED_FOR reads
    # "Signatários: pelo Contratante, Dalmo Augusto de Almeida Júnior e, pela contratada, …" (DOM-AL Belo Monte) and
    # "Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral" (DODF CLDF))
    rf"|(?P<who>{_ROLE_ANY})\s*,\s*(?P<name>{_LISTED_NAME})(?=\s*[,;.]|\s*$)"
    rf"|(?P<name>{_LISTED_NAME})\s*[-–—]\s*(?P<who>{_ROLE_ANY})(?![\p{{L}}])"
    rf"|(?P<name>{_LISTED_NAME})\s*[-–][^();]{{0,120}}?\((?P<who>{_ROLE_ANY})\)"
    # (the role after "como"/"na qualidade de", QUALITY's grammar: "ASSINATURAS: Fábio Soares Eon, em nome do
    # Diretor-Geral da UNESCO no Brasil, como contratante; e Tássia Monique Chiarelli, como contratada.", DOU S3 2022)
    # (the nearest quality only: "NATANRY …, na qualidade de Administradora e JOÃO …, na qualidade de locatário", DODF 2004)
    rf"|(?P<name>{_LISTED_NAME})(?:(?!(?<![\p{{L}}])(?:como|na\s+qualidade\s+de)\s)[^;\n]){{0,120}}?"
    rf"(?<![\p{{L}}])(?:como|na\s+qualidade\s+de)\s+(?P<who>{_ROLE_ANY})(?![\p{{L}}])"
)


# A side's label over a person and a cargo, each on its line, at the end of an extrato ("Contratante:\nAURO JOSÉ
# PEREIRA\nPrefeito Municipal", DOM-MG/AMM 2023 Lagamar): who signs for the publisher (PUBLISHER), as "Assina pelo
# CONTRATANTE: MARIA GONÇALVES DE OLIVEIRA\nSecretário de Políticas …" does (DOM-CE/APRECE 2022, Campos Sales)
SIGNER_UNDER_LABEL = regex.compile(
    rf"(?m)^[^\S\n]*(?P<label>(?P<role>{_ROLE_WORD}){GENDER}?)[^\S\n]*:[^\S\n]*\n"
    rf"[^\S\n]*(?P<name>{_LISTED_NAME})[^\S\n]*\n"
    r"[^\S\n]*(?P<cargo>(?:Prefeit|Secret[áa]ri|Presidente|Diret|Reitor|Superintendente|Gestor)[^\n]{0,80})$"
)


def _publisher_signed(text: str, found: list[Party]) -> list[Party]:
    """The publisher as the side whose label names its signer (see SIGNER_UNDER_LABEL), when no party takes it."""
    out = []
    for m in SIGNER_UNDER_LABEL.finditer(text):
        role = normalize_role(m.group("role"))
        body = PUBLISHER.search(text, 0, min(len(text), PUBLISHER_REACH))
        if role is None or body is None or any(p.role == role for p in found + out) or NOT_A_PERSON.search(m["name"]):
            continue
        if role not in PUBLIC_SIDES:
            continue  # the publisher is a public side ("Contratada:\nJOSÉ CARLOS PEREIRA\nDiretor Comercial": review24)
        name = regex.sub(r"\s+", " ", body.group()).strip()
        out.append(
            Party(
                role,
                name,
                None,
                None,
                None,
                None,
                m["name"].strip(),
                m["cargo"].strip(),
                None,
                body.start(),
                body.end(),
                printed(m["label"]),
            )
        )
    return out


# the name after "Assina pelo CONTRATANTE:" (``_publisher_side``)
SIGNER_AFTER_ROLE = regex.compile(rf"{GENDER}?\s*[:,]?\s*(?P<name>{_LISTED_NAME})")


def _listed_by_role(text: str, a: int, b: int) -> list[tuple[str, str, int, int]]:
    """(role word, name, start, end) of the signatories a list names by their party's role (see BY_ROLE)."""
    out = []
    for lab in SIGNERS_LABEL.finditer(text, a, b):
        stop = min(b, lab.end() + SIGNERS_LIST_REACH)
        end = regex.compile(r"\.\s*\n|\n\s*\n|\.\s+(?=\p{Lu}[\p{L}\s]{0,40}:)").search(text, lab.end(), stop)
        out += [
            (m.group("who"), m.group("name"), m.start(), m.end())
            for m in BY_ROLE.finditer(text, lab.end(), end.start() if end else stop, overlapped=False)
        ]
    return out


# the cargo printed after a signatory's name: "Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, …"
# (DODF CLDF), "Pela CAESB: Maurício Leite Luduvice - Presidente e Walter …" (DODF CAESB)
# … or after a comma, when a position opens it (the positions of ner.shape.POSITIONS, or a firm's signer's quality):
# "Pelo Contratante: Cel. QOBM/Comb. Marcelo Teixeira Dantas, Diretor de Contratações e Aquisições; pela Contratada: …",
# "Pela CONTRATADA: Rodrigo Salzano, Representante Legal." (DODF 2019), "Concedente: Jorge Luiz Kormann, Secretário-Executivo
# Adjunto - CPF nº …" (DOU 2020); not the next signer's name ("Pela Contratante: HANDERSON CABRAL RIBEIRO, FLÁVIO MURILO …",
# DODF 2021) — or after "na qualidade de", the language's words for the capacity one acts in ("PELO DISTRITO FEDERAL: Robson
# Candido da Silva, na qualidade de Delegado-Geral.", DODF 2021; "NATANRY LUDOVICO LACERDA OSORIO, na qualidade de
# Administradora", DODF 2004); the cargo ends before a bracketed role too ("RITA DE CASSIA CHAGAS BEZERRA – SECRETÁRIA DE
# SAÚDE (contratante)", DOM-CE/APRECE 2022)
_SIGNER_QUALITY = (
    rf"(?i:{POSITIONS}|Representante|S[óo]ci[oa]|Propriet[áa]ri[oa]|Administrador[a]?|Consultor[a]?)(?![\p{{L}}])"
)
# (over " e " and one word that ends the entry: "Diretor de Contratações e Aquisições; pela Contratada …" (DODF 2019),
# "Diretor Financeiro e Comercial e DIEGO …" (DODF 2020); one word is no signer's name, which has a surname too:
# "Presidente e Walter Lúcio dos Santos Barros" ends at the " e ")
_CARGO = (
    r"(?P<c>\p{Lu}[\p{L}-]+(?:[^\S\n]+(?:d[aeo]s?[^\S\n]+)?\p{Lu}[\p{L}-]+){0,5}"
    r"(?:[^\S\n]+e[^\S\n]+\p{Lu}[\p{L}-]+(?=[,.;]|\s+e\s|\s*$))?)"
)
_CARGO_END = r"(?=[,.;]|\s+e\s|\s*\(|\s*$)"
_QUALITY_CARGO = (
    rf"(?:[^\S\n]*[-–][^\S\n]*|,[^\S\n]*)(?={_SIGNER_QUALITY}){_CARGO}(?={_CARGO_END}|[^\S\n]*[-–][^\S\n])"
    rf"|,[^\S\n]*(?i:na[^\S\n]+qualidade[^\S\n]+de)[^\S\n]+{_CARGO}(?={_CARGO_END}|[^\S\n]*[-–][^\S\n])"
)
# (after the name inside its entry, only a position's words: "RITA … – PREFEITURA MUNICIPAL DE ALTO SANTO (contratante)"
# names her side, not her cargo; review27)
SIGNER_QUALITY_CARGO = regex.compile(_QUALITY_CARGO)
SIGNER_CARGO = regex.compile(
    rf"[^\S\n]*[-–][^\S\n]*(?!CPF){_CARGO}{_CARGO_END}"
    # (a position, or "na qualidade de", may end on a dash too: "Secretário-Executivo Adjunto - CPF nº …", "MAXIMILIANA
    # ASSUNÇÃO DA SILVA – Representante – MAX ELETRO …"; not any capitals after a dash, the next signer's name: "CELIA
    # MARIA BARBOSA ROCHA – CPF Nº … P/ CONTRATANTE - DELFINO PEDRO DA SILVA JUNIOR - CPF Nº …", DOM-AL/AMA 2016)
    rf"|{_QUALITY_CARGO}"
)


# … or, in a signature block, the rest of the signer's line or the line under it when a position opens it: "PELO
# MUNICÍPIO/SEMPS: BRUNO SOARES REIS Secretário\nPELA CONVENIADA:\nRITA DA ANUNCIAÇÃO SANTOS CRUZ\nPresidente" (DOM
# Salvador 2015, 2017, 2018), as "Contratante:\nAURO JOSÉ PEREIRA\nPrefeito Municipal" (DOM-MG/AMM 2023, SIGNER_UNDER_LABEL)
SIGNER_CARGO_LINE = regex.compile(
    rf"[^\S\n]*(?:\n[^\S\n]*)?(?={_SIGNER_QUALITY})(?P<c>[^\n,;:]{{2,80}}?)[^\S\n]*(?=\n|$)"
)


def _signer_cargo(text: str, e: tuple) -> str | None:
    """The cargo printed after a signatory entry ``e`` (who, name, start, end): after its end, or, where the name comes
    first ("RITA DE CASSIA CHAGAS BEZERRA – SECRETÁRIA DE SAÚDE (contratante)"), after the name; a role word is none
    ("Márcia … Lima - Contratante e Adenildo …", DOE-BA 2020)."""
    at = text.find(e[1], e[2], e[3])
    inner = [(SIGNER_QUALITY_CARGO, at + len(e[1]))] if at >= 0 and at + len(e[1]) < e[3] else []
    for rx, pos in inner + [(SIGNER_CARGO, e[3])]:
        m = rx.match(text, pos)
        if m and normalize_role(m.group("c")) is None:
            return m.group("c").strip()
    m = SIGNER_CARGO_LINE.match(text, e[3])
    return regex.sub(r"\s+", " ", m.group("c")).strip() if m else None


def _target(who: str, group: list[Party], text: str) -> Party | None:
    """The party of ``group`` the words a signatory is named by point at: its role (``Pela Contratada``,
    ``pela Empresa``), else its name (``Pela Secretaria de Estado de Saúde``, ``PELA NOVACAP``, ``Signatário pelo
    BRB``): the one party whose name holds every word, or whose value does."""
    role = normalize_role(who)
    if role is None and who.casefold().startswith(("empresa", "firma")):
        role = "contratada"
    if role is not None:
        return next((p for p in group if p.role == role), None)
    words = set(regex.findall(r"\p{L}{3,}", who.casefold())) - {"das", "dos"}
    if not words:
        return None
    for where in (lambda p: (p.name or "").casefold(), lambda p: text[p.start : p.end].casefold()):
        hits = [p for p in group if all(w in where(p) for w in words)]
        if len(hits) == 1:
            return hits[0]
        # (several hold the words: the one whose name opens with them, "PELO DISTRITO FEDERAL:" for "Distrito
        # Federal/Polícia Civil" beside "… Associação dos Policiais Civis … do Distrito Federal", DODF 2021)
        opening = [p for p in hits if regex.match(rf"{regex.escape(who.strip().casefold())}(?![\p{{L}}])", where(p))]
        if len(opening) == 1:
            return opening[0]
    # an acronym is its body's initials: "Pela SES/DF: HELBERTH …" for "DISTRITO FEDERAL, por intermédio de sua
    # SECRETARIA DE ESTADO DE SAÚDE DO DISTRITO FEDERAL" (DODF 2021 notas de empenho), "PELO DER/DF: …" for
    # "DEPARTAMENTO DE ESTRADAS DE RODAGEM DO DISTRITO FEDERAL" (DODF 2019 termo de doação): a general grammar
    acronyms = regex.findall(r"(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])", who)
    if acronyms:
        initials = (
            lambda p: "".join(  # noqa: E731
                w[0] for w in regex.findall(r"\p{L}+", text[p.start : p.end]) if w[0].isupper() and len(w) > 2
            ).upper()
        )
        hits = [p for p in group if all(a in initials(p) for a in acronyms)]
        if len(hits) == 1:
            return hits[0]
    return None


# words of a body's name, never of a person's ("pela empresa MSF SERVIÇOS MÉDICOS 215DF EIRELI" in an objeto)
NOT_A_PERSON = regex.compile(
    r"(?i)(?<![\p{L}])(?:LTDA|EIRELI|EPP|S/?A|SERVI[ÇC]OS|COM[ÉE]RCIO|IND[ÚU]STRIA|ENGENHARIA|CONSTRU\p{L}*|EMPRESA"
    r"|ASSOCIA[ÇC][ÃA]O|SECRETARIA|MUNIC[ÍI]PIO|PREFEITURA|FUNDA[ÇC][ÃA]O|INSTITUTO|COMPANHIA|CONS[ÓO]RCIO)(?![\p{L}])"
)
# a title before a signatory's name ("pela Contratada, Senhor ROGÉRIO …", "Engº FAUZI NACFUR JÚNIOR", DODF)
HONORIFIC = regex.compile(r"^(?:Senhora?|Sra?|Dra?|Eng[ºª]?|Prof[ªa]?)\.?\s+(?=\p{Lu})")
SIBLING_GAP = 40  # parties closer than this are named together (" e a empresa ", the next labelled line)


# a second signatory's name after the first: " e JOÃO ALVES PEREIRA", ", e Maria Souza"
ANOTHER_SIGNER = regex.compile(r"[^\S\n]*,?[^\S\n]*e[^\S\n]+\p{Lu}[\p{L}'’]+[^\S\n]+(?:d[aeo]s?[^\S\n]+)?\p{Lu}")


def with_signers(text: str, found: list[Party]) -> list[Party]:
    """Each party without a representative takes the one an extrato names as signing for it (by its role, its
    name, or else in order), from the signatory entries after its group of parties and before the next group."""
    if not found:
        return found
    groups: list[list[Party]] = []
    for p in sorted(found, key=lambda q: q.start):
        if groups and p.start - groups[-1][-1].end < SIBLING_GAP:
            groups[-1].append(p)
        else:
            groups.append([p])
    for k, group in enumerate(groups):
        if all(p.representative_name for p in group):
            continue
        a = max(p.end for p in group)
        b = min(len(text), a + SIGNERS_REACH, groups[k + 1][0].start if k + 1 < len(groups) else len(text))
        entries = [(m.group("who"), m.group("name"), m.start(), m.end()) for m in SIGNED_FOR.finditer(text, a, b)]
        entries += [(m.group("who"), m.group("name"), m.start(), m.end()) for m in SIGNED_BEFORE.finditer(text, a, b)]
        entries += _listed_by_role(text, a, b)
        if not entries and len(group) == 2:
            entries = [("", n, x, y) for n, x, y in _listed_in_order(text, a, b)]
            entries = entries if len(entries) == 2 else []
        entries.sort(key=lambda e: e[2])
        # a "name" that is a party's own (the company a "pela Empresa X:" label names) is no signatory; one a role
        # label names is (a sole trader signs for the firm that bears the name: "Contratado(a):DJANIELLE FREITAS
        # DE SOUSA - CNPJ …; Assina pelo Contratado: Djanielle Freitas de Sousa", DOM-CE 2013), as one a list names in
        # the parties' order is ("… e a empresa THALITA VANESKA DE LIMA ME. … Signatários: Aquiles Soares de Sampaio e
        # Thalita Vaneska de Lima.", DOM-CE/APRECE 2022 Barbalha)
        entries = [
            e
            for e in entries
            if not (
                e[0]
                and normalize_role(e[0]) is None
                and any(e[1].casefold() in (q.name or "").casefold() for q in group)
            )
            and not NOT_A_PERSON.search(e[1])
        ]
        if not entries:
            continue
        chosen: dict[int, tuple] = {}
        free = []
        for e in entries:
            if (role := normalize_role(e[0] or "")) and sum(p.role == role for p in group) > 1:
                continue  # "Pela Contratada: NOME" beside two contratadas points at neither (DODF 2021 METRÔ-DF ata)
            t = _target(e[0], group, text)
            # one signer for two sides the words name each: "e pela ASSASPC e SINCAAP/DF, Wilmaque José Soares de
            # Oliveira, ambos na qualidade de Presidentes" (DODF 2021); "Pela CONTRATANTE e pela INTERVENIENTE: …"
            both = regex.split(r"\s+e\s+(?:pel[oa]s?\s+)?", e[0].strip()) if t is None and e[0] else []
            targets = [_target(w, group, text) for w in both] if len(both) == 2 else [t]
            if len(targets) == 2 and (None in targets or ANOTHER_SIGNER.match(text, e[3])):
                targets = [
                    None
                ]  # (… or two names for the two: "Pela CONTRATANTE e pela CONTRATADA: A e B", each its own)
            if targets == [None]:
                free.append(e)
            for t in targets:
                if t is not None and id(t) not in chosen:
                    chosen[id(t)] = e
        unnamed = [p for p in group if id(p) not in chosen]
        if len(free) == len(unnamed):  # the entries no words point at, in the order of the parties they follow
            chosen.update({id(p): e for p, e in zip(unnamed, free)})
        for p in group:
            e = chosen.get(id(p))
            if p.representative_name or e is None:
                continue
            p.representative_name = HONORIFIC.sub("", e[1]).strip(" .")
            if p.role_raw is None and e[0] and normalize_role(e[0].strip()) == p.role:
                # the role word its signer's label prints is the one printed for a side the text names without a
                # label ("… celebrado entre a Companhia de Planejamento … e a Empresa SODEXO … Assinam pela
                # CONTRATANTE: Jeansley Charlles de Lima", DODF 2019; "Firmada entre o METRÔ-DF e … Pela Contratante:
                # HANDERSON …", DODF 2021): docs/GOLD.md's role_raw convention
                p.role_raw = printed(e[0])
            cargo = _signer_cargo(text, e) if p.representative_cargo is None else None
            if cargo:
                p.representative_cargo = cargo
    return found


def _preamble_lines(text: str) -> list[tuple[int, str]]:
    """Lines, a line that names a party (``doravante denominada …``) and goes on (``, e;``) joined to the next
    one (the newline read as a space: offsets unchanged)."""
    out: list[tuple[int, str]] = []
    joining = False
    for start, line in _lines(text):
        if joining and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line)
        else:
            out.append((start, line))
        joining = bool(DORAVANTE.search(line) and GOES_ON.search(line)) and not joining
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# An act whose heading says it is the summary of an instrument is an extrato, whatever type its act took ("RESUMO DO
# 9º TERMO ADITIVO AO CONTRATO …", "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o
# INSTITUTO … e a empresa …": DOE-BA 2020, acts typed by their órgão heading; "EXTRATO DE TERMO INSTRUMENTO : Termo de
# Convênio nº 15//2023 PARTES : …", DOE-RJ 2023): a line of its first ones opens with "Resumo"/"Extrato" (general
# grammar: the heading of an extrato, issue 29; documents.classify.SUMMARY_HEAD, one definition with SUMMARY)
SUMMARY_HEAD_REACH = 300


def is_summary(text: str, doc_type: str | None) -> bool:
    """Whether an act is an extrato: its type says so, or its heading (see SUMMARY_HEAD)."""
    return is_extrato(doc_type) or SUMMARY_HEAD.search(text, 0, min(len(text), SUMMARY_HEAD_REACH)) is not None


def _names_its_parties(text: str, doc_type: str | None) -> bool:
    """Whether an act's sentence names its own parties: an extrato, or a termo de apostilamento, which opens by naming
    the contract it annotates and that contract's sides, its own (an apostila registers a change in the contract
    itself, Lei 8.666/93 art. 65 § 8, Lei 14.133/21 art. 136: "2º Termo de Apostilamento referente ao Contrato nº
    2149/2023, celebrado entre o MUNICÍPIO DE ARAPIRACA … e a empresa …", DOM-AL/AMA 2023; "Extrato do 2º Termo de
    Apostila ao Contrato PDB.055.2022.5.2", DOM-BH 7147)."""
    return is_summary(text, doc_type) or doc_type == "apostilamento"


# An ata de registro de preços lists its fornecedores each with its CNPJ after a label of firms: "Empresas vencedoras e
# itens homologados: COPEL COMÉRCIO DE EQUIPAMENTOS E SERVIÇOS EIRELI - 10.247.876/0001-90, itens 1 e 42, SANDU COMÉRCIO …
# EIRELI - CNPJ. 19.806.688/0001-20, itens 2, 4, …" (DODF 2019 SEPLAG), "Firmada entre o METRÔ-DF e as empresas QUALITE
# DISTRIBUIDORA EIRELI; CNPJ n° 16.754.240/0001-11, item 01, Valor: R$ 70.350,00 e SULMINAS FIOS & CABOS LTDA, CNPJ:
# 04.210.938/0001-97, itens 2, 3 e 4" (DODF 2021 METRÔ-DF): each firm the words in capitals just before its CNPJ, the
# list up to its sentence's end (only in an ata, whose CNPJs are its sides')
ATA_FIRMS = regex.compile(
    r"(?<![\p{L}])(?:(?i:empresas?)(?:[^\S\n]+(?i:vencedoras?|registradas?|detentoras?|fornecedoras?))?"
    r"(?:[^\S\n]+(?i:e\s+itens?\s+homologados?))?[^\S\n]*:|(?i:e\s+as\s+empresas|e\s+a\s+empresa))\s*"
)
ATA_LIST_END = regex.compile(r"\.\s+(?=\p{Lu}\p{Ll}+(?:\s|:))")
ATA_LIST_REACH = 3000
# the ata's public side named after its firms in the same sentence ends their list: "…, itens 1 e 2; órgão gerenciador
# FUNDO MUNICIPAL DE SAÚDE - CNPJ …, participante SECRETARIA …" (the ata's own roles, Decreto 7.892/2013 art. 2: review26)
ATA_PUBLIC_SIDE = regex.compile(
    r"(?<![\p{L}])(?i:[óo]rg[ãa]os?\s+(?:gerenciador|participante)s?|gerenciador[a]?|participantes?|contratante)(?![\p{L}])"
)
# a firm's words before its CNPJ: capitals, digits inside a word, "&", "/", "-", commas between its words
_CAPS_TOKEN = regex.compile(r"[^\s]*\p{Lu}[^\s\p{Ll}]*|[&–-]")
# (its check digits over a line break too: "CNPJ n° 09.811.654/0008-\n46", DODF 2021 METRÔ-DF)
CNPJ_DIGITS = regex.compile(r"(?<!\d)\d{2}\.?\d{3}\.?\d{3}/?\d{4}(?:-[^\S\n]*\n?[^\S\n]*|-?)\d{2}(?!\d)")


def _ata_firms(text: str, found: list[Party]) -> list[Party]:
    """The fornecedores an ata lists with their CNPJs (see ATA_FIRMS), beside the parties ``found``."""
    m = ATA_FIRMS.search(text)
    if m is None or any(p.role == "contratada" for p in found):
        return []
    stop = ATA_LIST_END.search(text, m.end(), min(len(text), m.end() + ATA_LIST_REACH))
    end = stop.start() if stop else min(len(text), m.end() + ATA_LIST_REACH)
    if public := ATA_PUBLIC_SIDE.search(text, m.end(), end):
        end = public.start()  # (the órgãos' CNPJs after the firms: no fornecedor's)
    known = {p.cnpj for p in found if p.cnpj}
    out: list[Party] = []
    pos = m.end()
    # (the label that names the firms, "Empresas vencedoras e itens homologados:" (DODF 2019 SEPLAG); none for the
    # sentence's noun, "Firmada entre o METRÔ-DF e as empresas QUALITE …" (DODF 2021 METRÔ-DF atas 002 and 003/2020),
    # no label nor role word: docs/GOLD.md's role_raw convention)
    label = None if regex.match(r"(?i:e\s+as?\s+empresa)", m.group()) else printed(m.group())
    for c in CNPJ_DIGITS.finditer(text, m.end(), end):  # (glued to its label too: "CNPJ.15.449.518/0001-84")
        a, b = c.span()
        value, valid = _first_cnpj(" " + regex.sub(r"\s+", "", c.group()) + " ")
        if value is None:
            continue
        head = regex.sub(r"(?:[\s;,–-]|(?i:CNPJ)(?:/MF)?\.?|(?i:n[º°o])\.?|:)*$", "", text[pos:a])
        words = head.split()
        k = len(words)
        while k > 0 and _CAPS_TOKEN.fullmatch(words[k - 1]) and not regex.search(r"\d", words[k - 1]):
            k -= 1
        name = " ".join(words[k:]).strip(" ,;-–")
        pos = b
        if value in known or len(name) < 3 or not regex.search(r"\p{Lu}{2}", name):
            continue
        known.add(value)
        out.append(named("contratada", name, value, valid, a - len(head), b, label))
    lead = None
    if out and not any(p.role == "contratante" for p in found):
        lead = next(reversed(list(BETWEEN.finditer(text, max(0, m.start() - 200), m.start()))), None)
    if lead is not None and (side := _prose_party(text, lead.end(), m.start(), "contratante")):
        out.insert(0, side)  # "Firmada entre o METRÔ-DF e as empresas …": the ata's órgão
    return out


# A portaria is a unilateral act: it has no sides of its own, and the contracts it names (an annex of the fiscais it
# designates: "ANEXO (a que se refere o art. 1º da Portaria SMGO nº 040/2024) … CONTRATADAS: JC DA SILVA …", "ANEXO (a que
# se refere o art. 1º da Portaria BELOTUR nº 107/2024) … CONTRATADA: AURORA LINK TELECOM LTDA.", DOM-BH 2024, two
# issuers) are another instrument's; unless an extrato or resumo was read into it (a segmentation miss keeps its
# parties, as before)
UNILATERAL = {"portaria"}
SUMMARY_WORD = regex.compile(r"(?<![\p{L}])(?i:extratos?|resumos?)(?![\p{L}])")


def own_parties(text: str, doc_type: str | None) -> list[Party]:
    """The parties of a document of ``doc_type``: none of a unilateral act's (UNILATERAL), else :func:`parties` (with an
    ata's firms)."""
    if doc_type in UNILATERAL and not SUMMARY_WORD.search(text):
        return []
    return _with_ata_firms(text, doc_type)


def party_rows(text: str, layout, doc: dict, run_id: str) -> list[dict]:
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            p.start,
            p.end,
            EXTRACTOR,
            role=p.role,
            role_raw=p.role_raw,
            name=p.name,
            cnpj=p.cnpj,
            cnpj_valid=p.cnpj_valid,
            address=p.address,
            cep=p.cep,
            representative_name=p.representative_name,
            representative_cargo=p.representative_cargo,
            representative_matricula=p.representative_matricula,
        )
        for p in map(_one_line, own_parties(text, doc.get("doc_type")))
    ]


def _with_ata_firms(text: str, doc_type: str | None) -> list[Party]:
    found = parties(text, prose=_names_its_parties(text, doc_type))
    firms = _ata_firms(text, found) if doc_type == "ata_registro_precos" else []
    firms = firms or (_ata_suppliers(text, found) if doc_type == "ata_registro_precos" else [])
    return with_signers(text, found + firms) if firms else found


# An ata's supplier labelled in the item it wins, run into the list of items: "Item: 02, Quantidade Estimada Semestral:
# 4.500, …, Especificação: Risperidona 1mg, Fornecedor: BH Farma Comércio Ltda, Marca/Procedência: Risperidona/India, Valor
# Unit.: 0,138; Item: 03, …" (DODF 2004, SES atas 017, 018 and 019/2004): the role table's word for an ata's contratada
# ("Fornecedor: LIFE CLEAN COMÉRCIO …" on its line, DOM-BH 2024; "Fornecedor Registrado:MV COMERCIO LTDA", DOM-AL/AMA 2023)
# in the run-in position of the other role labels (from_run_in); each firm once. Only in an ata: a licitação's result
# lists its winners by the same label ("RESULTADO DE JULGAMENTO PREGÃO Nº 101/2017 Fornecedor: KEV X - SOLUCOES …", DOU S3
# 2018), no instrument's sides.
SUPPLIER_RUN_IN = regex.compile(r"(?<![\p{L}])(?P<label>Fornecedor(?:a)?|FORNECEDOR(?:A)?)[^\S\n]*:[^\S\n]*(?=\S)")
SUPPLIER_FORM_END = regex.compile(rf"(?<![\p{{L}}]){firms.FORM}\.?(?=[^\S\n]*[,;])")
SUPPLIER_END = regex.compile(r"[,;]\s*\p{Lu}[\p{L}/.]+(?:[^\S\n]+\p{L}+){0,3}\s*:|;|\n")
# (an item the ata registers no firm for names none: "Fornecedor: Deserto", "Fornecedor: não houve proposta", the
# licitação's outcome words; a supplier's name opens in a capital: review27)
SUPPLIER_NONE = regex.compile(
    r"(?i:desert[oa]|fracassad[oa]|cancelad[oa]|revogad[oa]|anulad[oa]|sem\s+(?:proposta|vencedor|licitante)|n[ãa]o"
    r"|nenhum[a]?|inexistente)(?![\p{L}])"
)


def _ata_suppliers(text: str, found: list[Party]) -> list[Party]:
    """The contratadas an ata's items name by a run-in ``Fornecedor:`` label (see SUPPLIER_RUN_IN)."""
    if any(p.role == "contratada" for p in found):
        return []
    out: list[Party] = []
    seen: set[str] = set()
    for m in SUPPLIER_RUN_IN.finditer(text):
        stop = SUPPLIER_END.search(text, m.end(), min(len(text), m.end() + RUN_IN_REACH))
        value = text[m.end() : stop.start() if stop else min(len(text), m.end() + RUN_IN_REACH)]
        # (a firm's name ends on its legal form, the next item's field glued after it: "Embramed Indústria E Comercio
        # Ltda,Marca/Procedência Embramed/Nacional", the field's colon left out)
        if form := SUPPLIER_FORM_END.search(value):
            value = value[: form.end()]
        name = _name_of(value)
        key = regex.sub(r"\s+", " ", name).casefold()
        if len(name) < 3 or not regex.search(r"\p{L}{2}", name) or key in seen:
            continue
        if not name[0].isupper() or SUPPLIER_NONE.match(name):
            continue
        seen.add(key)
        cnpj, valid = _first_cnpj(value) if CNPJ_WORD.search(value) else (None, None)
        out.append(named("contratada", name, cnpj, valid, m.start(), m.end() + len(value), printed(m["label"])))
    return out


def _one_line(p: Party) -> Party:
    """A party whose name and representative are read on one line ("DJANIELLE\nFREITAS DE SOUSA", a column's wrap)."""
    p.name = regex.sub(r"\s+", " ", p.name) if p.name else p.name
    p.representative_name = regex.sub(r"\s+", " ", p.representative_name) if p.representative_name else None
    return p


# A form's label over its two parties' lines: "Contrato firmado entre:\nA ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO,
# A CIÊNCIA E A CULTURA e\nASSOCIACAO OS AMIGOS DE CLARA\nAMIZADE BRASIL - BAHIA\nSAS - Quadra 5 …" (UNESCO contract
# SA-3609/2012): "celebrado/firmado entre" with a colon is a label (as "PARTES:"), its names the lines under it up to
# an address's (a digit) or a "Doravante"; the family from the instrument it names (FAMILY), else partícipes. (One
# source: UNESCO's contract form; the label's colon keeps prose "contrato firmado entre a X e a Y" of other acts out.)
BETWEEN_LABEL = regex.compile(
    r"(?i:celebrad|firmad|pactuad)[oa]s?[^\S\n]+(?i:entre)(?:[^\S\n]+(?i:as\s+partes))?[^\S\n]*:[^\S\n]*\n"
)
BETWEEN_LINES = 4


def from_between_label(text: str) -> list[Party]:
    """The two parties on the lines under a ``… firmado entre:`` label (see BETWEEN_LABEL)."""
    out = []
    for m in BETWEEN_LABEL.finditer(text):
        lines = []
        for pos, line in _lines_from(text, m.end()):
            if not line.strip() or regex.search(r"\d", line) or regex.match(r"\s*(?i:doravante)", line):
                break
            if regex.match(r"[^\S\n]*\p{L}[\p{L} ]{1,30}:", line):  # the next field's label ("Objeto: …", review25)
                break
            if len(lines) == BETWEEN_LINES:
                break
            lines.append((pos, line))
        if not lines:
            continue
        a, b = lines[0][0], lines[-1][0] + len(lines[-1][1])
        flat = text[a:b].replace("\n", " ")
        split = AND_PARTY.search(flat) or BARE_AND_PARTY.search(flat)
        if split is None:
            continue
        sides = [
            _clean_name(regex.sub(r"\s+", " ", flat[x:y])) for x, y in ((0, split.start()), (split.end(), len(flat)))
        ]
        pair = transfer_ordered(family_pair(text, m.end()), sides) or ("participe", "participe")
        found = []
        for role, (x, y), name in zip(pair, ((0, split.start()), (split.end(), len(flat))), sides):
            if len(name) >= 3:
                found.append(Party(role, name, None, None, None, None, None, None, None, a + x, a + y))
        # who signs for each, on the form's signature lines: "Em nome da “UNESCO”:\nAssinatura Autorizada\nLucien Andre
        # Munoz Director UBO\nEm nome do “CONTRATADO”:\nAssinatura Autorizada\nMARIO MARANHAO PESSOA ***.487.144-**": the
        # side a role word names, else the sides in order
        signers = [(s.group("who"), s.group("name")) for s in SIGNED_IN_NAME_OF.finditer(text, m.end())]
        if len(found) == 2 and len(signers) == 2:
            named = {normalize_role(w): (w, n) for w, n in signers if normalize_role(w)}
            rest = iter((w, n) for w, n in signers if not normalize_role(w))
            for p in found:
                who, name = named.get(p.role) or next(rest, None) or (None, "")
                p.representative_name = name.strip() or None
                # ("Em nome do “CONTRATADO”:", "Em nome da “UNESCO”:": the side's designation its signer prints)
                p.role_raw = printed(who)
        out += found
    return out


SIGNED_IN_NAME_OF = regex.compile(
    r"(?i:em\s+nome\s+d[oa]s?)[^\S\n]*[“\"]?(?P<who>[^”\":\n]{2,40}?)[”\"]?[^\S\n]*:[^\S\n]*\n"
    rf"(?:[^\S\n]*(?i:assinatura)[^\n]*\n)?[^\S\n]*(?P<name>{_LISTED_NAME})"
)


# "Empresa:" labels the contratada of an extrato whose public side is labelled and whose other is not ("Contratante:
# Prefeitura Municipal de Alto Santo, através das Diversas Unidades Administrativas (Secretarias). Empresa: COMERCIAL
# SOARES NS LTDA, CNPJ: 13.485.158/0001-40, valor global …", DOM-CE/APRECE 2022 Alto Santo atas). Alone, the label is
# a firm's in many lists that are no instrument's: "Empresa: INPHARMA HOSPITALAR LTDA\nCNPJ: …\nMulta no valor de …"
# (DOM-BH 7143 penalties), "Empresa: Ivascular do Brasil Ltda.\nCNPJ: …\nProcesso: …" (DOU S1 2017 ANVISA), "Processo:
# … Empresa: DANONE LTDA Prazo: 2 Ano(s) Estrangeiro: …" (DOU S1 2014 work permits). (One source: restricted.)
COMPANY_LABEL = regex.compile(r"(?<![\p{L}])(?:Empresa|EMPRESA)[^\S\n]*:[^\S\n]*(?=\S)")


def _company_labelled(text: str, found: list[Party]) -> list[Party]:
    """The contratada an ``Empresa:`` label names beside a labelled contratante (see COMPANY_LABEL)."""
    if {p.role for p in found} != {"contratante"}:
        return []
    for m in COMPANY_LABEL.finditer(text):
        if SIGNING_FOR.search(text, max(0, m.start() - 120), m.start()):
            continue
        end = min(len(text), m.end() + RUN_IN_REACH)
        stop = NEXT_LABEL.search(text, m.end(), end)
        value = text[m.end() : stop.start() if stop else end]
        name = _name_of(value)
        if len(name) < 3 or not regex.search(r"\p{L}{2}", name):
            continue
        cnpj, valid = _first_cnpj(value) if CNPJ_WORD.search(value) else (None, None)
        end = m.end() + len(value)
        return [named("contratada", name, cnpj, valid, m.start(), end, printed(m.group()))]
    return []


# An extrato's title that names the firm after its contract's number: "1º TERMO ADITIVO Nº 239/2019 ao CONTRATO Nº
# CTR0055/2018 - EMPRESA JUST BUSINESS COMÉRCIO E INDÚSTRIA LTDA. Processo SEI …" (DOE-BA 2020, FAPESB), "Res. Termo
# Aditivo nº 02 ao Contrato n.º 005/2019 - UESB / WEB TRIP AGÊNCIA DE VIAGENS E TURISMO LTDA. Objeto: …" (DOE-BA 2020,
# UESB, under its heading "Universidade Estadual do Sudoeste da Bahia – UESB": the contratante): the contratada, a firm by
# its legal form; not a body named "Empresa …" after a process's number ("Processo: 10166.905454/2015-24 - EMPRESA
# BRASILEIRA DE CORREIOS E TELEGRAFOS - Resolução …", DOU S1 2017), nor an acronym's ("EISA - EMPRESA INTERAGRICOLA
# S/A", DOU S1 2014). (One gazette, two órgãos: restricted to a contract's number and a legal form.)
FIRM_AFTER_NUMBER = regex.compile(
    r"(?<![\p{L}])(?i:contrato)[^\S\n]+(?i:n\.?[º°o]\.?)[^\S\n]*[\w./-]*\d[\w./-]*[^\S\n]*[-–][^\S\n]*"
    r"(?:(?P<acr>\p{Lu}{2,12})[^\S\n]*/[^\S\n]*|(?P<word>EMPRESA|Empresa)[^\S\n]+)(?P<name>\p{Lu}[^\n]{2,160})"
)
LEGAL_FORM = regex.compile(rf"(?<![\p{{L}}]){firms.FORM}(?![\p{{L}}])")  # (patterns/firms' legal forms)
# (the contract's number in a title line, the line opening with the instrument's kind and no sentence before it: not
# a penalty's or a result's sentence that cites the contract, "… torna pública a aplicação de multa referente ao
# Contrato nº 12/2023 - EMPRESA ALFA SERVIÇOS LTDA", review25)
INSTRUMENT_TITLE = regex.compile(
    r"[^\S\n]*(?:<[^>\n]*>[^\S\n]*)?(?:\d+[º°ªo][^\S\n]*)?(?i:extrato|resumo|res\.|termo|aditivo|apostil|contrato)[^\n]*?(?<!\p{L}{4}\.[^\S\n]+[^\n]*)$"
)
# the heading that names a body and its acronym ("Universidade Estadual do Sudoeste da Bahia – UESB")
HEADING_ACRONYM = regex.compile(
    r"^[^\S\n]*(?P<b>\p{Lu}[^\n]{5,150}?)[^\S\n]+[-–][^\S\n]+(?P<acr>\p{Lu}{2,12})[^\S\n]*$", regex.MULTILINE
)


def _firm_after_number(text: str, found: list[Party]) -> list[Party]:
    """The contratada an extrato's title names after its contract's number (see FIRM_AFTER_NUMBER), and the
    contratante its heading names by the acronym before the firm."""
    if found:
        return []
    m = FIRM_AFTER_NUMBER.search(text, 0, min(len(text), SUMMARY_HEAD_REACH))
    if m is None:
        return []
    line = text.rfind("\n", 0, m.start()) + 1
    if not (INSTRUMENT_TITLE.match(text, line, m.start()) or not text[line : m.start()].strip()):
        return []
    name = _name_of(m.group("name"))
    if not LEGAL_FORM.search(name):
        return []
    out = []
    head = HEADING_ACRONYM.search(text, 0, m.start())
    # (an acronym the heading names otherwise is another body's; with no heading, the firm alone: "EXTRATO DE CONTRATO Nº
    # 31/2020\nContrato nº 31/2020 - TCB/FLEXIBASE INDÚSTRIA E COMERCIO DE MÓVEIS LTDA.; CNPJ nº …", DODF 2021, the act cut
    # from its órgão's heading, as "Contrato n.º 005/2019 - UESB / WEB TRIP …" names the firm in DOE-BA 2020)
    if m.group("acr") and head is not None and head.group("acr") != m.group("acr"):
        return []
    if (
        head is not None
    ):  # (the heading's body and its acronym: "Fundação de Amparo à Pesquisa do Estado da Bahia – FAPESB")
        out.append(
            Party(
                "contratante",
                head.group("b").strip(),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                head.start("b"),
                head.end("b"),
            )
        )
    word = printed(m.group("word"))  # ("- EMPRESA JUST BUSINESS …"; none after an acronym's slash)
    # (its CNPJ printed after it on the title's line: "… MÓVEIS LTDA.; CNPJ nº 04.869.711/0001-58; Processo …")
    rest = m.group("name")[len(name) :]
    cnpj, valid = _first_cnpj(rest) if CNPJ_WORD.match(rest.lstrip(" .;,–-")) else (None, None)
    out.append(named("contratada", name, cnpj, valid, m.start("name"), m.end(), word))
    return out


# An extrato of a contract that names its parties only as those its signers sign for: "ASSINANTES: Pela CAESB: Maurício
# Leite Luduvice - Presidente e Walter Lúcio dos Santos Barros - Diretor de Operação e Manutenção. Pela MAX COMÉRCIO E
# SERVIÇOS DE CAMINHÕES LTDA: Adriana do Carmo de Sousa." (DODF 2018-02-09 under its heading "COMPANHIA DE SANEAMENTO
# AMBIENTAL DO DISTRITO FEDERAL"), "ASSINANTES: Pela CAESB: Daniel Beltrão de Rossiter Corrêa - Presidente e …. Pela MPB
# SANEAMENTO LTDA: Bertoldo Silva Costa." (DODF 2020-01-07, under "EXTRATOS DE ADITIVOS"): the firm (a legal form) the
# contratada, the side before it the contratante, named by the act's heading when that is a body's name (general
# grammar: "Pela <party>: <signer>", SIGNED_FOR)
SIGNED_FOR_LABEL = regex.compile(
    rf"(?<![\p{{L}}])(?i:pel[oa])\s+(?P<who>[^:,;.\n]{{2,80}}?)\s*:\s*(?P<name>{_LISTED_NAME})"
)
HEADING_BODY = regex.compile(rf"^[^\S\n]*(?P<b>(?i:{orgaos.HEADS})(?:[^\S\n]+[\p{{Lu}}'’-]+){{2,12}})[^\S\n]*\n")


def _signed_for_parties(text: str) -> list[Party]:
    """The two sides an extrato names only by its ``Pela X: NOME`` signers (see SIGNED_FOR_LABEL)."""
    entries = [m for m in SIGNED_FOR_LABEL.finditer(text) if normalize_role(m.group("who")) is None]
    out: list[Party] = []
    for k, m in enumerate(entries):
        if k == 0 or not LEGAL_FORM.search(m.group("who")) or LEGAL_FORM.search(entries[k - 1].group("who")):
            continue
        public = entries[k - 1]
        if public.group("who").lower().startswith(("empresa", "firma")) or m.start() - public.end() > 200:
            continue
        heading = HEADING_BODY.match(text)
        name = regex.sub(r"\s+", " ", heading.group("b")) if heading and heading.group("b").isupper() else public["who"]
        cargo = SIGNER_CARGO.match(text, public.end())
        out.append(
            Party(
                "contratante",
                name.strip(),
                None,
                None,
                None,
                None,
                public["name"].strip(),
                cargo.group("c").strip() if cargo else None,
                None,
                public.start(),
                public.end(),
                # ("Pela CAESB: …": the side's designation as its signer's label prints it, with its "Pela", as the gold
                # of DODF 2018 and 2019 (CAESB), DOM Salvador ("PELO MUNICÍPIO/SEMPS") and DOM-AL ("pela contratada")
                # writes a signer's label)
                printed(text[public.start() : public.end("who")]),
            )
        )
        out.append(
            Party(
                "contratada",
                m["who"].strip(),
                None,
                None,
                None,
                None,
                m["name"].strip(),
                None,
                None,
                m.start(),
                m.end(),
                printed(text[m.start() : m.end("who")]),
            )
        )
    return out


# A list of signatories in the order of the parties, without their roles: "10. Assinam: Josias Gomes da Silva - Secretário
# de Desenvolvimento Rural e Eliane Nascimento Dias dos Santos - Representante." (DOE-BA 2020 SDR), "Signatários: Aquiles
# Soares de Sampaio e Thalita Vaneska de Lima." (DOM-CE/APRECE 2022 Barbalha), "SIGNATÁRIOS: Antônio Avelino Viana de
# Oliveira, Secretário de Agricultura e Meio Ambiente, e Cláudio Martins Bezerra, sócio-administrador da empresa VEXNET …"
# (DOM-CE/APRECE 2022 Catunda): one person per party, the public side first as the parties are named (two parties, two
# names of three words at least: "Meio Ambiente" ends a cargo)
ORDER_SEP = regex.compile(r"[^\S\n]*(?:,[^\S\n]*e|,|;|[^\S\n]+e|[^\S\n]+[-–])[^\S\n]+")
ORDER_END = regex.compile(
    r"\.[^\S\n]*(?:\n|$)|\n[^\S\n]*\n|\.[^\S\n]+(?:\d+[^\S\n]*[.)-][^\S\n]*)?(?=\p{Lu}[\p{L}\s]{0,40}:)"
)


# two persons a name's " e " joins ("Aquiles Soares de Sampaio e Thalita Vaneska de Lima"), each of three words at least
# (not a surname's "e": "Paulo Sérgio Costa e Silva Filho")
_TWO_NAMES = regex.compile(r"(\S+(?:\s+\S+){2,})\s+e\s+(\S+(?:\s+\S+){2,})")


def _listed_in_order(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of the persons a signatory list names without roles (see ORDER_SEP)."""
    for lab in SIGNERS_LABEL.finditer(text, a, b):
        end = ORDER_END.search(text, lab.end(), min(b, lab.end() + SIGNERS_LIST_REACH))
        stop = end.start() if end else min(b, lab.end() + SIGNERS_LIST_REACH)
        names = []
        pos = lab.end()
        while pos < stop:
            n = name_at(text, pos)
            if n and n.end() <= stop and len(n.group().split()) >= 3 and is_person(n.group()):
                both = _TWO_NAMES.fullmatch(n.group())
                for x, y in (both.span(1), both.span(2)) if both else ((0, len(n.group())),):
                    if not NOT_A_PERSON.search(n.group()[x:y]):
                        names.append((n.group()[x:y], n.start() + x, n.start() + y))
                pos = n.end()
            sep = ORDER_SEP.search(text, pos, stop)
            if sep is None:
                break
            pos = sep.end()
        # (the list in the parties' order, the public side first: not where the first signs for a firm and the second
        # holds a public post, "Signatários: Pedro Henrique Souza Alves, representante legal, e Ana Maria Costa Lima,
        # Prefeita Municipal", review25)
        if len(names) == 2:
            first, second = text[names[0][2] : names[1][1]], text[names[1][2] : stop]
            if FIRM_SIGNER.search(first) and PUBLIC_SIGNER.search(second) and not PUBLIC_SIGNER.search(first):
                return []
        return names
    return []


# what a signer's cargo says of the side he signs for: a firm's ("sócio-administrador da empresa VEXNET", "Representante")
# or a public body's (the positions of ner.shape.POSITIONS)
FIRM_SIGNER = regex.compile(r"(?i:s[óo]ci[oa]|representante|administrador[a]?|propriet[áa]ri[oa]|empresa)(?![\p{L}])")
PUBLIC_SIGNER = regex.compile(rf"(?<![\p{{L}}])(?i:{POSITIONS}|ordenador[a]?)(?![\p{{L}}])")
