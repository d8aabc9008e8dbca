"""review27 (rev27c) near misses of org27's rules (merge@19 → merge@20): cnpj_holders on a person's name or a
heading, the act-title cut inside a firm's name, the in-line hyphen join of a prefix, a one-person firm also read
as a PESSOA. Rows: real shapes (source per row) and the near misses a gazette prints."""

from __future__ import annotations

import pytest

from seidou.ner import names
from seidou.ner.entities import _before_act_title, merge, rule_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # kept (real rows): after "pela", after "da" with a lower-case head that is no place
        (  # DOU S1 2014-10-01 (old corpus)
            "requerida pela CÁRITAS ARQUIDIOCESANA DE VITÓRIA, CNPJ: 28.162.402/0001-01, Vitória/ES",
            ["CÁRITAS ARQUIDIOCESANA DE VITÓRIA"],
        ),
        ("atual denominação da CRECHE DO FUTURO, CNPJ 02.534.836/0001-00, São José", ["CRECHE DO FUTURO"]),
        ("PREFEITURA MUNICIPAL DE SOBRAL - CNPJ 07.598.634/0001-37", ["PREFEITURA MUNICIPAL DE SOBRAL"]),
        # near misses: a person's role as the label, a representative, a heading or act title, a field's name,
        # a place after "município de" (DOU S3 2020-08-17, real2), a label that also means a CPF
        ("Representante legal: JOÃO CARLOS DA SILVA - CNPJ nº 12.345.678/0001-90", []),
        ("neste ato representada por JOÃO CARLOS DA SILVA, CNPJ nº 12.345.678/0001-90", []),
        ("EXTRATO DE CONTRATO - CNPJ: 12.345.678/0001-90", []),
        ("PREFEITURA MUNICIPAL DE X\nAVISO DE LICITAÇÃO - CNPJ 07.598.634/0001-37", []),
        ("DADOS BANCÁRIOS - CNPJ: 12.345.678/0001-90", []),
        ("FISCAL DO CONTRATO - CNPJ 12.345.678/0001-90", []),
        ("doação com encargos para o munícipio de SERRA TALHADA/PE - CNPJ nº 10.282.945/0001-05, dos bens", []),
        ("Credor: MARIA DAS GRAÇAS SOUZA, CNPJ/CPF nº 12345678900", []),
    ],
)
def test_cnpj_holders_near_misses(text, expected):
    assert [text[a:b] for a, b, *_ in names.cnpj_holders(text)] == expected


@pytest.mark.parametrize(
    "name,kept",
    [
        # a legal form after the title word: the word is the firm's
        ("EDITORA RESULTADO LTDA", "EDITORA RESULTADO LTDA"),
        ("JORNAL O DECRETO LTDA", "JORNAL O DECRETO LTDA"),
        # still cut (DOU S2 2017-10-02, old corpus): a heading and its act title
        ("UNIVERSIDADE FEDERAL DE PERNAMBUCO PORTARIAS", "UNIVERSIDADE FEDERAL DE PERNAMBUCO"),
    ],
)
def test_act_title_not_in_a_firm(name, kept):
    assert name[: _before_act_title(name, 0, len(name))] == kept


@pytest.mark.parametrize(
    "raw,printed",
    [
        ("Secretaria de Infra-estrutura", "Secretaria de Infra-estrutura"),  # the spelling before 2009, as printed
        ("Sub-secretaria de Compras", "Sub-secretaria de Compras"),
        ("Conselho Central de Belo Horizon-te", "Conselho Central de Belo Horizonte"),  # DOM BH 2024 (real2)
    ],
)
def test_inline_hyphen_keeps_a_prefix(raw, printed):
    text = "Secretaria de Infraestrutura; Subsecretaria; Belo Horizonte. " + raw
    assert names.printed_name(raw, text) == printed


def test_one_person_firm_is_no_person_too():
    """DOM-CE APRECE 2013-08-13 (real2): the party with a CPF and a CNPJ after it is one ORGANIZACAO, not also a
    PESSOA on the same words (names.cpf_holders reads the CPF)."""
    text = (
        "Contratado(a):DJANIELLE FREITAS DE SOUSA - ***.451.743-** - CNPJ:17.445.629/0001-48; Objeto:aquisição de "
        "lanches."
    )
    s = text.index("DJANIELLE")
    rows = {"parties": [{"name": "DJANIELLE FREITAS DE SOUSA", "char_start": s, "char_end": s + 26}]}
    got = [(text[a:b], label) for a, b, label, *_ in merge(text, [], [], rule_names(text, rows))]
    assert ("DJANIELLE FREITAS DE SOUSA", "ORGANIZACAO") in got
    assert ("DJANIELLE FREITAS DE SOUSA", "PESSOA") not in got
