"""Budget and transfer identifiers: convênio / Transferegov numbers, Nota de Empenho, UG, PTRES,
Fonte de Recursos, Natureza de Despesa, programa de trabalho (funcional programática).

Examples (seed municipal Lei 1.508/2026 and Convênio 978990/2025):
- ``CONVÊNIO TRANSFERE GOV.BR Nº 978990/2025``, ``Convênio nº SPOA/SE/MAPA Nº 978990/2025``
- ``TRANSFEREGOV.BR Nº 047664/2025`` (the proposal number in the Transferegov platform)
- ``Nota de Empenho nº 2025NE000400``, ``UG nº 130141``, ``PTRES nº 251544``
- ``Fonte de Recursos: 1700``, ``Fonte 3129000000``, ``Natureza de Despesa 444042/41``, ``4.4.90.52.00``
- ``20.608.0012.1.026 - Aquisição de Máquinas e Equipamentos`` (programa de trabalho)
"""

from __future__ import annotations

import regex

from .mention import Mention, first_matches, gated, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.budget", VERSION)

_NO = r"(?:\s*n[º°o]\.?|\s*N[º°O]\.?|\s*:)?\s*"

# The forms, each after the cheap test its matches pass (a lookahead the engine skips ahead on): lead-in words
# first (case-insensitive only where words are: the flag slows every position), then bare numbers. PATTERN is
# their alternation; :func:`find` searches each form on its own (``first_matches``: the same matches, faster).
_LEAD = "(?=[CcTtNnUuPpFf])"
_BARE = r"(?<![\d.])(?=\d)"
_FORMS = (
    (
        "(?=[CcTt][OoEe][NnRr][VvTtMm])" + _LEAD,  # convênio, contrato, termo
        rf"""(?i:(?P<lead_conv>\b(?:conv[êe]nio|contrato\s+de\s+repasse|termo\s+de\s+(?:fomento|colabora[çc][ãa]o))
          (?:\s+(?:TRANSFERE\s*GOV(?:\.BR)?|SICONV|[A-Z]{{2,}}(?:/[A-Z]{{2,}})+|federal|n[º°o]\.?))*{_NO}
          (?:[A-Z]{{2,}}(?:/[A-Z]{{2,}})+\s*N[º°O]\.?\s*)?)
        (?P<convenio>\d{{6}}/\d{{4}})\b)""",  # 978990/2025
    ),
    ("(?=[Tt][Rr])" + _LEAD, rf"(?i:(?P<lead_tg>\bTRANSFEREGOV(?:\.BR)?{_NO})(?P<transferegov>\d{{6}}/\d{{4}})\b)"),
    ("(?=[Uu][GgNn])" + _LEAD, rf"(?i:\b(?:UG|Unidade\s+Gestora){_NO}(?P<ug>\d{{6}})\b)"),  # UG nº 130141
    ("(?=[Pp][Tt])" + _LEAD, rf"(?i:\bPTRES{_NO}(?P<ptres>\d{{4,6}})\b)"),  # PTRES nº 251544
    (
        "(?=[Ff][Oo])" + _LEAD,
        rf"(?i:\bFonte(?:\s+de\s+Recursos?)?{_NO}(?P<fonte>\d{{3,10}})\b)",
    ),  # Fonte de Recursos: 1700
    ("(?=[Nn][Aa])" + _LEAD, rf"(?i:\bNatureza\s+(?:de\s+|da\s+)?Despesa{_NO}(?P<nd_lead>\d[\d./]{{3,14}}\d))"),
    (r"(?=\d{4}[Nn][Ee])" + _BARE, r"(?:(?P<nota_empenho>\d{4}[Nn][Ee]\d{6}\b))"),  # 2025NE000400
    (r"(?=\d\.\d\.)" + _BARE, r"(?:(?P<natureza_despesa>\d\.\d\.\d{2}\.\d{2}(?:\.\d{2})?)(?![\d.]))"),  # 4.4.90.52.00
    (  # 20.608.0012.1.026
        r"(?=\d{2}\.\d{3}\.)" + _BARE,
        r"(?:(?P<programa>\d{2}\.\d{3}\.\d{4}\.\d{1,4}\.\d{3,4}(?:\.\d{4})?)(?![\d.]))",
    ),
)

PATTERN = regex.compile("\n|".join(test + form for test, form in _FORMS), regex.VERBOSE)
_PARTS = tuple(regex.compile(test + form, regex.VERBOSE) for test, form in _FORMS)
# What a convênio's and a nota de empenho's numbers print, found many times faster than their forms' searches (the
# words before a convênio's, a digit before an empenho's): a text without it is not searched for them (mention.gated)
_GATES = (regex.compile(r"\d{6}/\d{4}"), None, None, None, None, None, regex.compile(r"[Nn][Ee]\d{6}"), None, None)

_KINDS = {
    "convenio": "convenio",
    "transferegov": "transferegov",
    "nota_empenho": "nota_empenho",
    "ug": "ug",
    "ptres": "ptres",
    "fonte": "fonte",
    "nd_lead": "natureza_despesa",
    "natureza_despesa": "natureza_despesa",
    "programa": "programa_trabalho",
}


def find(text: str) -> list[Mention]:
    out = []
    for m in first_matches(gated(_PARTS, _GATES, text), text):
        g = m.groupdict()
        for group, kind in _KINDS.items():
            if g.get(group):
                s, e = m.span(group)
                value = g[group].upper() if kind == "nota_empenho" else g[group]
                out.append(make(kind, text, s, e, value, None, NAME))
                break
    return out
