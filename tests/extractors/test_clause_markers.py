"""clauses._match tries a line only against the markers that can read its first character (mention.FirstCharacter: each
marker's partial match of it): the same unit as the walk over every marker, on crafted lines of every marker (every
case the IGNORECASE ones read, the long s, digits and roman numerals that two markers share) and on real pages."""

from __future__ import annotations

from seidou.extractors import clauses

from ..page_texts import real_texts

LINES = [
    "CAPÍTULO III",
    "CAPITULO 2 - DAS PARTES",
    "SEÇÃO I",
    "Seção 2: Do objeto",
    "1. DADOS CADASTRAIS",
    "12. OBJETO",
    "CLÁUSULA PRIMEIRA – DO OBJETO",
    "cláusula 3ª - do prazo",
    "ClÁuSuLa SEGUNDA",
    "Cláusula 4 Da vigência",
    "SUBCLÁUSULA PRIMEIRA.",
    "subcláusula 2ª: texto",
    "ſubcláusula terceira texto",
    "Art. 1º Fica instituído",
    "Art 2 - texto",
    "§ 1º O prazo",
    "Parágrafo único. texto",
    "PARÁGRAFO ÚNICO - texto",
    "I - inciso",
    "XIV) inciso",
    "CL – inciso de roman numerals",
    "a) alínea",
    "c) alínea",
    "6.1 Os recursos",
    "1.2.3 item",
    "",
    " Art. 1º leading space",
    "Artigo 1",
    "Considerando",
]


def walked(line: str):
    for level, rx in clauses.MARKERS:
        m = rx.match(line)
        if m:
            return level, m.span(), m.groups()
    return None


def test_markers_tried_by_first_character_read_as_all_markers():
    real = real_texts()
    lines = LINES + [line for text in real for line in text.split("\n")]
    lines += [line.strip() for line in lines]
    fast = [(h[0], h[1].span(), h[1].groups()) if (h := clauses._match(line)) else None for line in lines]
    assert fast == [walked(line) for line in lines]
    assert {h[0] for h in fast if h} == set(clauses.LEVELS)
