from __future__ import annotations

import pytest

from seidou.extractors.clauses import clauses

CASES = [
    # (text, doc_type, [(level, number, label, title, parent index or None, quotation)])
    (
        "CLÁUSULA DÉCIMA QUINTA - DA RESTITUIÇÃO DE RECURSOS\nSubcláusula primeira. Texto.\nSubcláusula décima primeira. Texto.",
        "convenio",
        [
            ("clausula", 15, "CLÁUSULA DÉCIMA QUINTA", "DA RESTITUIÇÃO DE RECURSOS", None, False),
            ("subclausula", 1, "Subcláusula primeira", None, 0, False),
            ("subclausula", 11, "Subcláusula décima primeira", None, 0, False),
        ],
    ),
    (
        "Cláusula 2ª - Do prazo\n2.1 O prazo é de 12 meses.\n2.2 Pode ser prorrogado.",
        "contrato",
        [
            ("clausula", 2, "Cláusula 2ª", "Do prazo", None, False),
            ("item", 1, "2.1", None, 0, False),
            ("item", 2, "2.2", None, 0, False),
        ],
    ),
    (
        "Art. 15. São cláusulas:\nI - o objeto;\na) alínea;\n§ 2º Texto.\nParágrafo único. Texto.\nArt. 16 Texto.",
        "lei",
        [
            ("artigo", 15, "Art. 15.", None, None, False),
            ("inciso", 1, "I -", None, 0, False),
            ("alinea", 1, "a)", None, 1, False),
            ("paragrafo", 2, "§ 2º", None, 0, False),
            ("paragrafo", 1, "Parágrafo único", None, 0, False),
            ("artigo", 16, "Art. 16", None, None, False),
        ],
    ),
    (
        "CAPÍTULO III\nDO ACORDO DE COOPERAÇÃO\nSeção I\nDisposições gerais\nArt. 19. Texto.",
        "portaria",
        [
            ("capitulo", 3, "CAPÍTULO III", "DO ACORDO DE COOPERAÇÃO", None, False),
            ("secao", 1, "Seção I", "Disposições gerais", 0, False),
            ("artigo", 19, "Art. 19.", None, 1, False),
        ],
    ),
    (
        "3. JUSTIFICATIVA\nnos termos da Portaria Seges nº 4.890:\nArt. 20. A Secretaria-Executiva.\nI - gerenciar;",
        "plano_de_trabalho",
        [
            ("secao", 3, "3.", "JUSTIFICATIVA", None, False),
            ("artigo", 20, "Art. 20.", None, 0, True),
            ("inciso", 1, "I -", None, 1, True),
        ],
    ),
]


@pytest.mark.parametrize("text,doc_type,expected", CASES)
def test_tree(text, doc_type, expected):
    got = clauses(text, doc_type, "d")
    ids = [c.clause_id for c in got]
    assert [
        (c.level, c.number, c.label, c.title, ids.index(c.parent_id) if c.parent_id else None, c.is_quotation)
        for c in got
    ] == expected
    for c in got:
        assert text[c.start : c.end].startswith(c.label)


def test_spans_cover_whole_clauses():
    text = "CLÁUSULA PRIMEIRA - DO OBJETO\nO objeto é X.\nCLÁUSULA SEGUNDA - DO PRAZO\nDoze meses."
    a, b = clauses(text, "convenio")
    assert text[a.start : a.end] == "CLÁUSULA PRIMEIRA - DO OBJETO\nO objeto é X."
    assert text[b.start : b.end] == "CLÁUSULA SEGUNDA - DO PRAZO\nDoze meses."
