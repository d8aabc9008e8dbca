"""The marks of a document's origin (build._SEI, build._MUNICIPAL) search each form on its own: a text prints one
exactly when it matches 0.30's alternation (its text kept here verbatim, so that a form lost or changed fails), on
crafted strings, the seeds and real pages of every origin."""

from __future__ import annotations

import pytest
import regex

from seidou.documents import build

from ..page_texts import real_texts

STRINGS = [
    "https://sei.mg.gov.br/sei/controlador_externo.php?acao=x",
    "Documento assinado eletronicamente por Fulano",
    "SEI 00001.000001/2026-01 / pg. 3",
    "PREFEITURA MUNICIPAL DE TUCANO",
    "Câmara Municipal",
    "Diário Oficial do Município",
    "Município de Cabixi",
    "município de cabixi",
    "nenhuma marca aqui",
]


# 0.30's patterns (pipeline/documents/build.py at 6bbf1c7), the reference
ALTERNATIONS = {
    "sei": r"controlador_externo\.php|Documento\s+assinado\s+eletronicamente\s+por|\bSEI\s+[\w:.\-/]+\s*/\s*pg\.\s*\d+",
    "municipal": r"PREFEITURA\s+MUNICIPAL|C[ÂA]MARA\s+MUNICIPAL|DI[ÁA]RIO\s+OFICIAL\s+DO\s+MUNIC[ÍI]PIO"
    r"|MUNIC[ÍI]PIO\s+DE\s+\p{Lu}",
}


@pytest.mark.parametrize("name, marks", [("sei", build._SEI), ("municipal", build._MUNICIPAL)])
def test_each_form_alone_finds_what_the_alternation_finds(name, marks):
    alternation = regex.compile(ALTERNATIONS[name], regex.IGNORECASE)
    seen = [(marks.printed_in(t), alternation.search(t) is not None) for t in STRINGS + real_texts()]
    assert all(a == b for a, b in seen)
    assert 0 < sum(a for a, _ in seen) < len(seen)
