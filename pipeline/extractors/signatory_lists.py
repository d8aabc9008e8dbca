"""Signatories an extrato names per party, and its witnesses: "Pela SES/DF: HUMBERTO LUCENA PEREIRA DA
FONSECA. Pela contratado: EDSON DA SILVA SANTOS. Testemunhas: CAROLINA R. DE FRANÇA T. BRAGANÇA e JOSEFA
NOBREGA DANTAS." (DODF 2018, SES/DF), "PELA NOVACAP: Júlio César Menegotto e Márcio Augusto Roma Buzar. PELA
CONTRATADA: …" (DODF 2018, NOVACAP), "SIGNATÁRIOS: Pela Secretaria de Estado de Saúde, HUMBERTO …; pela
Empresa DHEYNE HAERY FERREIRA FRANQUI. TESTEMUNHAS: PAULA BORGES RIBEIRO e GEYSA ANTUNES MARQUES." (DODF,
SES atas), "Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, THIAGO …"
(DODF, CLDF), "Pela MAX COMÉRCIO … LTDA: Adriana do Carmo de Sousa." (DODF, CAESB).

A party label opens an item only where a list item can open (a sentence's or a list's start, after ";",
":" or " e "), never inside prose ("representada pela Secretaria …, NOME" is a preamble, not a list).
Each name is a person's (capitals or Title Case, ``signature_blocks.is_person``), with its cargo after
" - " or ", "; names are joined by " e " or commas.
"""

from __future__ import annotations

import regex

from seidou.extractors.signature_blocks import Printed, is_person, name_at
from seidou.patterns.mention import matches_from, starts_of

# "Pela SES/DF:", "PELA CONTRATADA:", "Pela Contratante,", "pela Empresa " (Title Case words before capitals),
# "P/ CONTRATANTE:" — where a list item can open
# … or after the verb that says so: "Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF …; Assina pelo
# Contratado: …" (DOM-CE, Guaraciaba do Norte 2013), "ASSINA(M) PELOS(AS) CONTRATADO(AS): José Rodrigues da Silva
# Alves; Assina Pela Contratante: Francisco Adhemar Albuquerque, Ana Paula Lima Azevedo e Edmilson Correia Timbó"
# (Groaíras 2013), "Assina pelo CONTRATANTE: Juceando Francisco De Souza Secretário de Desporto, assina pela
# CONTRATADA Salim Bayde Neto" (Campos Sales 2022: a role word in capitals, no colon, then the name)
SIGNS = r"(?<=(?<![\p{L}])(?i:assina(?:m|\(m\))?)\s+)"
GENDER = r"(?:\([OoAa][Ss]?\))?"
ROLE_CAPS = r"(?:CONTRATANTE|CONTRATAD[OA]|CONCEDENTE|CONVENENTE|LICITANTE|PERMITENTE|PERMISSION[ÁA]RI[OA])S?"
# … or after a comma, the next party's labelled item ("SIGNATÁRIOS; p/CEDENTE: ARTHUR WINTHER SEABRA, p/CESSIONÁRIA:
# FABIANA DO CARMO GARCEZ": DODF 2004, SEC; "signatários pela Financeira BRB: Alexandre Navarro Garcia, pela Zetrasoft:
# Samy Moustapha": DODF 2019, BRB), or after the list's own word in lower case
LISTED = r"(?<=,\s+)(?=(?i:p/|pel[oa]s?\s)[^:,;.\n]{1,40}:)|(?<=(?<![\p{L}])(?i:signat[áa]rios?|assinantes?)\s+)"
PARTY = regex.compile(
    rf"(?:(?<=^|[.;:]\s*|\s[eE],?\s+|,\s+[eE],\s+)|(?<=\s)(?=PEL[OA]S?\s[^:\n]{{1,40}}:)|{SIGNS}|{LISTED})"
    rf"(?:(?i:pel[oa]s?){GENDER}\s+|(?i:P/)\s*)"
    # (a lead in Title Case before the name in capitals, unless up to three capitals words and a colon follow: the
    # party's name and its label, "pela Empresa EUROSEG VIGILÃNCIA: Diogo …", DODF 004/2020, review rev26c)
    r"(?:(?P<lead>(?:\p{Lu}\p{Ll}+\s+){1,3})(?=\p{Lu}{2,})"
    r"(?!(?:\p{Lu}[^\s:,;.]*\s+){0,2}(?!(?i:testemunhas?)\b)\p{Lu}[^\s:,;.]*\s*:)"
    r"|(?P<label>[^:,;.]{1,80}?)\s*[:,]\s*"
    rf"|(?P<role>{ROLE_CAPS}{GENDER})\s+(?=\p{{Lu}}\p{{Ll}}))",
    regex.MULTILINE,
)
# where a PARTY match can start: its look-arounds first, then the only words it reads first, "pel…" or "P/" (PARTY is
# tried there alone, mention.matches_from: four times faster than its search at every position)
PARTY_OPENERS = (regex.compile(r"(?i:pel)"), regex.compile(r"(?i:p/)"))
WITNESSES = regex.compile(r"(?<![\p{L}])(?i:testemunhas?)\s*:\s*")
_SEP = regex.compile(r"\s*(?:,\s*e\s*,?|,|\s[eE])\s+")
# the cargo after the name: " - Presidente", ", Diretor-Presidente", or ", na qualidade de Delegado-Geral" (the legal
# phrase "in the capacity of": DODF 2004 PCDF and Administração Regional, DODF 2019 CBMDF, DODF 2021 SEJUS)
_CARGO = regex.compile(
    r"\s*(?:[-–]\s*|,\s*(?i:na\s+qualidade\s+de)\s+|,\s*(?=\p{Lu}\p{Ll}))(?!(?i:CPF|RG|CNPJ)(?![\p{L}]))"
    r"(?P<cargo>[^,;.\n]{2,80}?)(?=\s*(?:,|;|\.|$|\s[eE]\s))"
)
# a list of "name, cargo" items set apart by semicolons: "PELA CONTRATADA: Durval Barbosa Rodrigues, na qualidade de
# Presidente; Danton Eifler Nogueira, na qualidade de Diretor de Gestão; …" (DODF 2004, PCDF)
_SEMI = regex.compile(r"\s*;\s*")
# a surname joined by "e" ends the name, not a second name ("Andrea Pontes e Silva", "Celso de Oliveira e Sousa Neto":
# DODF 2021; a general Portuguese naming form): one surname word, and at most a generational suffix, before the cargo
E_SURNAME = regex.compile(
    r"\s+e\s+(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,})(?:\s+(?i:neto|filho|j[úu]nior|sobrinho))?"
    r"(?=\s*(?:[,;.\-–]|$)|\s+[eE],?\s+(?i:pel[oa]s?)\s)"
)
_STOP = regex.compile(r"\s*(?:;|\.(?!\s?\p{Lu}\.)|$|\n)")


def _names(text: str, pos: int, limit: int, witness: bool) -> tuple[list[Printed], int]:
    out: list[Printed] = []
    while pos < limit:
        n = name_at(text, pos)
        if n is None or not is_person(n.group()):
            break
        end = n.end()
        name = n.group()
        tail = E_SURNAME.match(text, end, limit)
        if tail is not None:
            name, end = text[n.start() : tail.end()], tail.end()
        name_end = end
        cargo = None
        c = _CARGO.match(text, end, limit)
        if c and not name_at(text, c.start("cargo")) and regex.match(r"\p{Lu}", c.group("cargo")):
            cargo, end = c.group("cargo").strip(), c.end()
        out.append(Printed(name, cargo, n.start(), name_end, witness))
        sep = _SEP.match(text, end, limit)
        if sep is None and cargo is not None and (semi := _SEMI.match(text, end, limit)) is not None:
            after = name_at(text, semi.end())
            if after is not None and is_person(after.group()) and _CARGO.match(text, after.end(), limit):
                sep = semi  # the next "name, cargo" item of the same party
        if sep is None or PARTY.match(text, sep.end(), limit):
            pos = end
            break
        pos = sep.end()
    return out, pos


def listed_by_party(text: str) -> list[Printed]:
    """The signatories each party label names, and the witnesses of a "Testemunhas:" list."""
    out: list[Printed] = []
    for m in matches_from(PARTY, text, starts_of(PARTY_OPENERS, text)):
        label = m.group("label") or m.group("lead") or m.group("role") or ""
        # (a label over a line break only after the verb: "ASSINA PELO ÓRGÃO\nGERENCIADOR E PARTICIPANTES: …", DOM-CE)
        after_verb = bool(regex.search(r"(?i:assina(?:m|\(m\))?)\s+$", text[max(0, m.start() - 12) : m.start()]))
        if ("\n" in label and not after_verb) or len(label.split()) > 12 or WITNESSES.search(label + ":"):
            continue
        found, _ = _names(text, m.end(), min(len(text), m.end() + 400), False)
        out.extend(found)
    for m in WITNESSES.finditer(text):
        found, _ = _names(text, m.end(), min(len(text), m.end() + 400), True)
        out.extend(found)
    return sorted(out, key=lambda p: p.start)
