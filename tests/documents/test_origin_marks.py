"""The marks of a document's origin (build._SEI, build._MUNICIPAL) search each form on its own: a text prints one
exactly when it matches their alternation, on the seeds and on real pages of every origin."""

from __future__ import annotations

import pytest
import regex

from seidou.documents import build

from ..conftest import SHARED
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


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs ../shared")
@pytest.mark.parametrize("marks", [build._SEI, build._MUNICIPAL], ids=["sei", "municipal"])
def test_each_form_alone_finds_what_the_alternation_finds(marks):
    alternation = regex.compile("|".join(f.pattern for f in marks.forms), regex.IGNORECASE)
    seen = [(marks.printed_in(t), alternation.search(t) is not None) for t in STRINGS + real_texts()]
    assert all(a == b for a, b in seen)
    assert 0 < sum(a for a, _ in seen) < len(seen)
