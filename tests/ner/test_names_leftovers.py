"""review24 findings 20, 27 and 28 on pipeline/ner/names.py (merge@16): each grammar with its real rows (source per
row) and the near misses that must not change."""

from __future__ import annotations

import pytest

from seidou.ner.names import body_pieces, cpf_holders, printed_name


def _texts(text, spans):
    return [text[s:e] for s, e, *_ in spans]


# finding 27: a name before "portador do CPF" may start at the end of the line above
@pytest.mark.parametrize(
    "text,names",
    [
        (  # DOU S2 2017-10-02 (old corpus): the name starts on the line above, after words not of a name
            "II - conceder pensão Vitalícia a FRANCIMILDES LIMA\nVIANA, portadora do CPF nº 066.312.233-34, na",
            ["FRANCIMILDES LIMA\nVIANA"],
        ),
        (  # DOM-CE APRECE 2022 (real2 tune): on one line, as before
            "LEIA-SE: Fica cedido o Servidor Público Municipal José Genildo Feitosa, portador do CPF nº 025.815.643-00,",
            ["José Genildo Feitosa"],
        ),
        (  # DODF 2020-01-07 (old corpus) form, broken after the given names
            "neste ato representado por Antônio Eudes\ndos Santos, portador do RG nº 1.234.567",
            ["Antônio Eudes\ndos Santos"],
        ),
        # near misses: a line the name words open is another line's (a heading, a label), two line ends
        ("DEPARTAMENTO MUNICIPAL\nJOSE CARLOS SILVA, portador do CPF nº 123", ["JOSE CARLOS SILVA"]),
        ("SECRETARIA DE SAÚDE\nCONTRATADA\nMARIA JOSE SILVA, portadora do CPF nº 123", ["MARIA JOSE SILVA"]),
    ],
)
def test_cpf_holders_across_a_line_end(text, names):
    assert _texts(text, cpf_holders(text)) == names


# finding 28: a line-end hyphen before a body's acronym is no broken word
@pytest.mark.parametrize(
    "raw,printed",
    [
        # review24's probe: DOM-CE APRECE 2013's "Instituto Nacional do Seguro Social-INSS" (real2 tune) in capitals at
        # a line end; the acronym the words before abbreviate keeps its hyphen
        ("INSTITUTO NACIONAL DO SEGURO SOCIAL-\nINSS", "INSTITUTO NACIONAL DO SEGURO SOCIAL-\nINSS"),
        # near misses: words a line end broke are joined (every capitals line-end hyphen of the real2 tune files and the
        # old corpus: DOE-RJ 2023 extratos, DODF 2018 extratos)
        ("MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA", "MULTIFARMA COMERCIO E REPRESENTAÇÕES LTDA"),
        ("PAULO RIBEIRO SI-\nMOES", "PAULO RIBEIRO SIMOES"),
        ("SERVIÇOS DE ESTE-\nRILIZAÇÃO", "SERVIÇOS DE ESTERILIZAÇÃO"),
        ("DOCUMENTO DE LANÇA-\nMENTO", "DOCUMENTO DE LANÇAMENTO"),
        ("AR FIORENZANO DISTRIBUIDORA EIRE-\nLI", "AR FIORENZANO DISTRIBUIDORA EIRELI"),
        ("SECRETARIA DE SAÚDE E SANEA-\nMENTO", "SECRETARIA DE SAÚDE E SANEAMENTO"),
        ("COMPANHIA DE ENGENHARIA AMBIEN-\nTAL", "COMPANHIA DE ENGENHARIA AMBIENTAL"),
    ],
)
def test_printed_name_keeps_an_acronyms_hyphen(raw, printed):
    assert printed_name(raw) == printed


# findings 20 and 28: the pieces of a merged ORGANIZACAO (finding 20: the grammar has a second source now, and the
# public service after "no" is no body: patterns/orgaos.py NOT_A_BODY)
@pytest.mark.parametrize(
    "text,pieces",
    [
        (  # DOE-BA 2020 (real2 tune): one school in another
            "Colégio Estadual Maria José de Lima Silveira no Colégio da Polícia Militar Professor Poeta Luis Neves Cotrim",
            [
                "Colégio Estadual Maria José de Lima Silveira",
                "Colégio da Polícia Militar Professor Poeta Luis Neves Cotrim",
            ],
        ),
        # near miss: "no Serviço Público" is no body: one body's name (DOU S2 2017-10-02, old corpus)
        (
            "Departamento de Relações de Trabalho no Serviço Público",
            ["Departamento de Relações de Trabalho no Serviço Público"],
        ),
        (  # DOU S2 2017-10-02 (old corpus): a second source
            "Divisão Técnico-Ambiental do IBAMA na Superintendência do IBAMA no Estado da Paraíba",
            ["Divisão Técnico-Ambiental do IBAMA", "Superintendência do IBAMA no Estado da Paraíba"],
        ),
        # review24's probe (above): a body and its acronym after a line-end hyphen are two (rule 9)
        ("INSTITUTO NACIONAL DO SEGURO SOCIAL-\nINSS", ["INSTITUTO NACIONAL DO SEGURO SOCIAL", "INSS"]),
        ("MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA", ["MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA"]),  # near miss
    ],
)
def test_body_pieces(text, pieces):
    assert _texts(text, body_pieces(text, 0, len(text))) == pieces
