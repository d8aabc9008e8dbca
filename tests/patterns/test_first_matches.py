"""The patterns searched one form at a time (``mention.first_matches``), the forms a text cannot match left out
(``mention.gated``), give exactly the matches of their alternation (``PATTERN.finditer``): spans and groups, on the
seeds' texts, real pages and on strings built to make the forms compete (one form's match inside or right after
another's) and to probe the gates (spaces and line ends where a form allows them, the words in any case)."""

from __future__ import annotations


import pytest

from seidou.patterns import budget, cnh, cnpj, cpf, dates, money, nup, sei
from seidou.patterns.mention import first_matches, gated

from ..conftest import SHARED
from ..page_texts import real_texts

SEEDS = SHARED / "corpus" / "seeds"
STRINGS = [
    "CONVÊNIO TRANSFERE GOV.BR Nº 978990/2025; TRANSFEREGOV.BR Nº 047664/2025; Nota de Empenho nº 2025NE000400",
    "UG nº 130141, PTRES nº 251544, Fonte de Recursos: 1700, Natureza de Despesa 444042/41, 4.4.90.52.00, "
    "20.608.0012.1.026 - Aquisição; Termo de Fomento SPOA/SE/MAPA Nº 978990/2025",
    "CNPJ nº 00.489.828/0001-55, CNPJ 00489828000155, sob nº07.910.097/0001-19, 33.\n952.510/0001-54, "
    "44,547.305/0001-93, SINPROMRJ 12802774/0001-15, CNPJ: 53.640116/0001-51, 12.ABC.345/01DE-35",
    "33. 952.510/0001-54 33.952. 510/0001-54 (33.952.510/ 0001-54) 33.952.510/0001- 54 33.952.510/0001-\n54 "
    "3.952.510/0001-54 x33. 952.510/0001-54 /0001-54 33.952.510/0001-54/ 0001-",
    "CPF nº 055.781.735-86, ***.456.789-**, CPF 05578173586, CPF nº 370 124 017 53, CPF.: 636 703 566 - 49, "
    "C.P.F. 2 4 6 8 1 3 5 7 9 2 8, (108.617.424-\n00), CPF/MF 246.813.579/28, SILVA -004.545.777-88",
    "Processo 19973.003289/2025-14, E:01203.0000000161/2025, 00060-00448875/2019-93, 0001234-56.2020.8.26.0100, "
    "Processo nº 0123-456789/2019, Processo 19973003289202514",
    "03/02/2026, 9 de maio de 2025, 1º de abril de 2021, 15 DE JANEIRO 2016, 07.03.2014, 30JUN2020, "
    "Portaria nº 33, de 2023; 31/02/2025 e 6.10.2014",
    "informando o código verificador 56909344 e o código CRC 90DB5319; SEI nº do Documento 29667343, SEI Nº 56909344; "
    "Plano de Trabalho 01/2026 (56909344) SEI 00001.000001/2026-01 / pg. 3; https://colaboragov.sei.gov.br/sei/"
    "controlador_externo.php?acao=documento_conferir&id_orgao_acesso_externo=0 CÓDIGO VERIFICADOR nº. 123456",
    "1 3 0 . 4 6 1 . 0 11 - 0 4",  # (each alone: a gate too narrow for one of them fails)
    "853.761.739\n-86",
    "***.456.789 -\n**",
    "853.761.\n739 - 86",
    "prOcEsSo 0123-456789/2019 e PROCESSO: 19973003289202514; nota 2025ne000400; convênio nº 978990/2025",
    "Registro; 05305512255, Infringência; CNH nº 01548729496; Carteira Nacional de Habilitação: 01548729496",
    "VALOR ANUAL: 12.099,60 (doze mil, noventa e nove reais e sessenta centavos); Valor (R$)\n1.000,00\nVALOR R$\n5,00",
]


def _texts() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return STRINGS + [" ".join(STRINGS)] + [p.read_text() for p in seeds] + (real_texts() if SEEDS.is_dir() else [])


def _parts(module, text: str):
    if module is cnpj:  # the broken form is searched only before its branch's slash (mention.Anchored)
        return cnpj.searches(text)
    if module is cpf:  # the letter-spaced form is searched only after a label (cpf._AfterLabels)
        parts = (*cpf._PARTS[:-1], cpf._AfterLabels(text)) if cpf._LABELLED.search(text) else cpf._UNLABELLED
        return gated(parts, cpf._GATES, text)
    return gated(module._PARTS, module._GATES, text) if hasattr(module, "_GATES") else module._PARTS


def _seen(matches) -> list:
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]


@pytest.mark.parametrize("module", [budget, cnpj, cpf, dates, nup, sei], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_forms_one_at_a_time_match_the_alternation(module):
    found = 0
    for text in _texts():
        expected = _seen(module.PATTERN.finditer(text))
        assert _seen(first_matches(_parts(module, text), text)) == expected
        found += len(expected)
    assert found > 0


def test_what_the_gates_ask_every_match_prints():
    """The texts money and cnh leave unsearched (no cents, no "R$", none of the lead words) have no match."""
    found = 0
    for text in _texts():
        for pattern, printed in (
            (money.LABELLED, money.CENTS.search(text)),
            (money.WORDED, money.CENTS.search(text)),
            (money.COLUMN_HEADER, "R$" in text),
            (cnh.PATTERN, any(w in text for w in cnh.LEAD_WORDS)),
        ):
            matches = list(pattern.finditer(text))
            assert printed or not matches
            found += len(matches)
    assert found > 6
