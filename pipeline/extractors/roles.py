"""The role of each amount in its document, from the words around it (named rule set, versioned).

Examples (seed convênio 978990/2025, cláusula sexta; seed Lei 1.508/2026):
``… neste ato fixados e em R$ 622.166,66`` → valor_global; ``R$ 620.750,00 (…), relativos ao valor de
repasse`` → repasse; ``Nota de Empenho nº 2025NE000400, no valor de R$ 620.750,00`` → empenho;
``R$ 1.416,66 (…), relativos à contrapartida`` → contrapartida; ``crédito adicional especial no valor de
R$ 620.750,00`` → credito_adicional; ``TOTAL.....R$ 620.750,00`` → total; an amount followed by
``Fonte de Recursos`` in a budget table → dotacao; ``aplicar a penalidade de multa no valor de R$ 5.000,00``
→ multa (DOU acórdãos and portarias), but not the base of a percentage (``multa de 30% (trinta por cento)
sobre o valor de R$ 9.980,00`` → outro); ``a taxa de inscrição será de R$ 82,00`` → taxa_inscricao (editais);
anything else → outro. In an extrato, ``Valor: R$ 5.000.000,00``, ``VALOR DO CONTRATO: R$ …``, ``VALOR
TOTAL: R$ …`` and the like → valor_global (:func:`extrato_role`; the caller knows the document's type).
"""

from __future__ import annotations

import regex

from seidou.versions import tag

VERSION = 5  # 2: multa, taxa_inscricao; 3: not the base a percentage multa is taken on; 4: extratos' Valor:;
# 5: an extrato's "VALOR TOTAL:", "VALOR ENVOLVIDO NA EXECUÇÃO:", "Valor da Concessão-", "Valor do aditivo:"
RULES = tag("seidou.extractors.roles", VERSION)  # the amounts' roles (not an extractor column)

AFTER = [  # (window after the amount, pattern, role), first hit wins
    (90, regex.compile(r"\brepasse\b", regex.IGNORECASE), "repasse"),
    (90, regex.compile(r"\bcontrapartida\b", regex.IGNORECASE), "contrapartida"),
]
BEFORE = [  # (window before the amount, pattern, role); see BASE_OF
    (70, regex.compile(r"Nota\s+de\s+Empenho", regex.IGNORECASE), "empenho"),
    (25, regex.compile(r"\bTOTAL\b"), "total"),
    (
        200,
        regex.compile(r"cr[ée]dito\s+(?:adicional|especial|suplementar|extraordin[áa]rio)", regex.IGNORECASE),
        "credito_adicional",
    ),
    (
        200,
        regex.compile(
            r"valor\s+(?:global|total)|fixados\s+e\s+em|recursos\s+financeiros\s+para\s+a\s+execu", regex.IGNORECASE
        ),
        "valor_global",
    ),
    (60, regex.compile(r"\bmultas?\b", regex.IGNORECASE), "multa"),
    (40, regex.compile(r"\btaxas?\s+de\s+inscri[çc][ãa]o", regex.IGNORECASE), "taxa_inscricao"),
]
# between a role word and the amount: the amount is what a percentage is taken on, not the role's value
BASE_OF = {"multa": regex.compile(r"%|\bpor\s+cento\b|\bsobre\b", regex.IGNORECASE)}
DOTACAO = regex.compile(r"\s*Fonte\s+de\s+Recursos", regex.IGNORECASE)  # used with .match(text, pos)


def role(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for window, rx, name in AFTER:
        if rx.search(text, end, min(line_end, end + window)):
            return name
    for window, rx, name in BEFORE:
        m = rx.search(text, max(line_start, start - window), start)
        if m and not (name in BASE_OF and BASE_OF[name].search(text, m.end(), start)):
            return name
    if DOTACAO.match(text, end, min(line_end, end + 60)):
        return "dotacao"
    return "outro"


# An extrato's value field: "Valor: R$ 5.000.000,00", "VALOR DO CONTRATO: R$ 35.849,00", "VALOR TOTAL: R$
# 519.551,93" (PCDF), "VALOR ENVOLVIDO NA EXECUÇÃO: R$ 38.569,69" (DODF), "Valor da Concessão-R$16.024,20",
# "Valor do aditivo: R$ 32.900,00" (not "Valor unitário:"). Only in extratos: elsewhere the same label
# prices a debt (NFLD), a nota de empenho or a budget line, and "TOTAL" a table's sum.
EXTRATO_VALUE = regex.compile(
    r"(?<![\p{L}])(?i:valor)(?:\s+(?i:do\s+contrato|contratual|do\s+termo|do\s+instrumento|total|global"
    r"|envolvido\s+na\s+execu[çc][ãa]o|da\s+concess[ãa]o|do\s+(?:termo\s+)?aditivo))?\s*[:\-–]\s*(?:R\$\s*)?$"
)
EXTRATO_WINDOW = 40
EXTRATO_OVERRIDES = ("outro", "total")  # the roles an extrato's value field takes over


def extrato_role(text: str, start: int, current: str) -> str:
    """The role of an amount in an extrato: ``valor_global`` after its value field, else ``current``."""
    if current in EXTRATO_OVERRIDES and EXTRATO_VALUE.search(text, max(0, start - EXTRATO_WINDOW), start):
        return "valor_global"
    return current
