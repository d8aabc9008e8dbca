"""merge@13 rules 11 and 12: the órgão headings a document prints (``documents.orgao``) are ORGANIZACAO entities,
one per body, at their printed offsets; and a party's firm name keeps a lower-case word before its legal
form. Rows are snippets of real documents (real2 tune files and the development corpus), with their source;
near misses say what must not become an entity."""

from __future__ import annotations

import pytest

from seidou.ner.entities import heading_names, merge, party_names, rule_names

# (source, text as the canonical text prints it, documents.orgao, the bodies expected, names that must not be)
HEADINGS = [
    # DOE-RJ 2023-06-20: two heading lines printed as one line of the text: one entity per body
    (
        "doe_rj_parte1_111_2023",
        "SECRETARIA DE ESTADO DE POLÍCIA CIVIL ACADEMIA ESTADUAL DE POLÍCIA SYLVIO TERRA\nEDITAL\nCONCURSO",
        "SECRETARIA DE ESTADO DE POLÍCIA CIVIL ACADEMIA ESTADUAL DE POLÍCIA SYLVIO TERRA",
        ["SECRETARIA DE ESTADO DE POLÍCIA CIVIL", "ACADEMIA ESTADUAL DE POLÍCIA SYLVIO TERRA"],
        [],
    ),
    (
        "doe_rj_parte1_111_2023",
        "SECRETARIA DE ESTADO DE POLÍCIA CIVIL DEPARTAMENTO GERAL DE GESTÃO DE PESSOAS\nSERVIÇO DE PROMOÇÕES\nEDITAL",
        "SECRETARIA DE ESTADO DE POLÍCIA CIVIL DEPARTAMENTO GERAL DE GESTÃO DE PESSOAS / SERVIÇO DE PROMOÇÕES",
        ["SECRETARIA DE ESTADO DE POLÍCIA CIVIL", "DEPARTAMENTO GERAL DE GESTÃO DE PESSOAS", "SERVIÇO DE PROMOÇÕES"],
        ["EDITAL"],
    ),
    # DOE-BA 2020-01-21: a municipal letterhead printed twice on one line (the second with broken spacing)
    (
        "doe_ba_22825_2020",
        "PREFEITURA MUNICIPAL DE FEIRA DE SANTANA PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA\nCOMUNICADO",
        "PREFEITURA MUNICIPAL DE FEIRA DE SANTANA PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA",
        ["PREFEITURA MUNICIPAL DE FEIRA DE SANTANA", "PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA"],
        ["PREFEITURA MUNICIPAL DE FEIRA DE SANTANA PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA"],
    ),
    # AMA-AL 2016-02-15: state, municipality and autarchy on three heading lines, the last one broken
    (
        "dom_al_ama_0225_2016",
        "ESTADO DE ALAGOAS\nPREFEITURA MUNICIPAL DE TEOTONIO VILELA\nINSTITUTO DE PREVIDÊNCIA SOCIAL DOS SERVIDORES\n"
        "PÚBLICOS DO MUNICÍPIO DE TEOTÔNIO VILELA\nPORTARIA",
        "ESTADO DE ALAGOAS / PREFEITURA MUNICIPAL DE TEOTONIO VILELA / INSTITUTO DE PREVIDÊNCIA SOCIAL DOS "
        "SERVIDORES PÚBLICOS DO MUNICÍPIO DE TEOTÔNIO VILELA",
        [
            "ESTADO DE ALAGOAS",
            "PREFEITURA MUNICIPAL DE TEOTONIO VILELA",
            "INSTITUTO DE PREVIDÊNCIA SOCIAL DOS SERVIDORES\nPÚBLICOS DO MUNICÍPIO DE TEOTÔNIO VILELA",
        ],
        [],
    ),
    # DOM-CE APRECE 2022-06-13: a licitação unit on the line under the municipality (no body's head word)
    (
        "dom_ce_aprece_2974_2022",
        "ESTADO DO CEARÁ\nPREFEITURA MUNICIPAL DE CATUNDA\nEQUIPE DE PREGÃO\nAVISO",
        "ESTADO DO CEARÁ / PREFEITURA MUNICIPAL DE CATUNDA EQUIPE DE PREGÃO",
        ["ESTADO DO CEARÁ", "PREFEITURA MUNICIPAL DE CATUNDA"],
        ["EQUIPE DE PREGÃO", "PREFEITURA MUNICIPAL DE CATUNDA\nEQUIPE DE PREGÃO"],
    ),
    # CBM-AL boletim 2024: the acronym in brackets is no part of the name
    (
        "al_cbmal_boletim_044_2024",
        "SECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA (SSP)\nCORPO",
        "SECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA (SSP)",
        ["SECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA"],
        ["SECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA (SSP)"],
    ),
    # DOE-BA 2020: a body and its acronym after a dash are two (LeNER-Br)
    (
        "doe_ba_22825_2020",
        "SECRETARIA DA SAÚDE DO ESTADO DA BAHIA - SESAB\nAVISO",
        "SECRETARIA DA SAÚDE DO ESTADO DA BAHIA - SESAB",
        ["SECRETARIA DA SAÚDE DO ESTADO DA BAHIA", "SESAB"],
        ["SECRETARIA DA SAÚDE DO ESTADO DA BAHIA - SESAB"],
    ),
    # near miss, DOE-BA 2020: a head word alone before another does not start a second body
    (
        "doe_ba_22825_2020",
        "FUNDAÇÃO DEPARTAMENTO DE ESTRADAS DE RODAGEM\nAVISO",
        "FUNDAÇÃO DEPARTAMENTO DE ESTRADAS DE RODAGEM",
        ["FUNDAÇÃO DEPARTAMENTO DE ESTRADAS DE RODAGEM"],
        ["DEPARTAMENTO DE ESTRADAS DE RODAGEM"],
    ),
    # near miss, DOE-RJ 2023: a section heading in capitals under a body in Title Case is no body
    (
        "doe_rj_parte1_111_2023",
        "Secretaria de Estado de Desenvolvimento Econômico, Indústria, Comércio e Serviços\nADMINISTRAÇÃO VINCULADA\nJUNTA",
        "Secretaria de Estado de Desenvolvimento Econômico, Indústria, Comércio e Serviços ADMINISTRAÇÃO VINCULADA",
        ["Secretaria de Estado de Desenvolvimento Econômico, Indústria, Comércio e Serviços"],
        ["ADMINISTRAÇÃO VINCULADA"],
    ),
    # near miss: an órgão inherited from an act above and not printed in this act gives no entity
    (
        "dou_s3_2020 (inherited órgão)",
        "EXTRATO DE CONVÊNIO\nEspécie: Convênio nº 1/2020",
        "MINISTÉRIO DA SAÚDE / SECRETARIA EXECUTIVA",
        [],
        ["MINISTÉRIO DA SAÚDE"],
    ),
]


@pytest.mark.parametrize("source, text, orgao, expected, absent", HEADINGS, ids=[r[0] for r in HEADINGS])
def test_heading_bodies(source, text, orgao, expected, absent):
    found = heading_names(text, orgao)
    names = [text[s:e] for s, e, *_ in found]
    assert names == expected
    assert not set(names) & set(absent)
    for s, e, ps, pe in found:  # offsets into the canonical text, inside the heading printed
        assert ps <= s < e <= pe and text[s:e].strip() == text[s:e]


@pytest.mark.parametrize("source, text, orgao, expected, absent", HEADINGS, ids=[r[0] for r in HEADINGS])
def test_headings_merged_without_duplicates(source, text, orgao, expected, absent):
    # the model (or the órgão rule) read the whole heading line as one name: the bodies replace it
    line = text.split("\n")[0]
    ner = [(0, len(line), "ORGANIZACAO")]
    merged = merge(text, ner, [], rule_names(text, {}), heading_names(text, orgao))
    orgs = [(s, e) for s, e, label, *_ in merged if label == "ORGANIZACAO"]
    assert set(expected) <= {text[s:e] for s, e in orgs}
    assert len(orgs) == len(set(orgs))
    for (s, e), (s2, e2) in zip(orgs, orgs[1:]):  # no two ORGANIZACAO overlap
        assert e <= s2, (text[s:e], text[s2:e2])


def test_heading_not_added_over_an_entity_that_runs_past_the_line():
    # "COMISSÃO PERMANENTE DE LICITAÇÃO" printed inside a longer name of the model: the model's reading stands
    text = "COMISSÃO PERMANENTE DE LICITAÇÃO DO INSTITUTO ESTADUAL DO AMBIENTE\nAVISO"
    orgao = "COMISSÃO PERMANENTE DE LICITAÇÃO"
    ner = [(0, text.index("\n"), "ORGANIZACAO")]
    merged = merge(text, ner, [], [], heading_names(text, orgao))
    assert [(text[s:e], label) for s, e, label, *_ in merged] == [(text[: text.index("\n")], "ORGANIZACAO")]


# a party's firm name with a lower-case word before its legal form stays one name; two parties joined by
# lower-case words are still two (near miss)
PARTY_NAMES = [
    (
        "doe_rj_parte1_111_2023",
        "Empresa Vision Rio Projetos e execuções Ltda",
        ["Vision Rio Projetos e execuções Ltda"],
    ),
    ("dodf_029_2018", "CEB distribuição S/A", ["CEB distribuição S/A"]),
    (
        "dodf_029_2018 (near miss)",
        "COMPANHIA URBANIZADORA DA NOVA CAPITAL DO BRASIL-NOVACAP e a firma CONSTRUTORA ENGEMEGA LTDA",
        ["COMPANHIA URBANIZADORA DA NOVA CAPITAL DO BRASIL-NOVACAP", "CONSTRUTORA ENGEMEGA LTDA"],
    ),
    ("near miss: a lower-case tail with no legal form", "CEB distribuição energética", ["CEB"]),
]


@pytest.mark.parametrize("source, name, expected", PARTY_NAMES, ids=[r[0] for r in PARTY_NAMES])
def test_party_names_keep_a_firms_lower_case_word(source, name, expected):
    text = f"PARTES: Secretaria de Estado de Infraestrutura e Cidades - SEIC e a {name}.\nOBJETO"
    s = text.index(name)
    assert [text[a:b] for a, b in party_names(text, s, s + len(name))] == expected


# rule 12: a state's abbreviation after a slash at the end of a name of two words or more is no part of it
SLASH_STATES = [
    (
        "dou_s3_2020 extratos",
        "e a(o) Fundação Altino Ventura/PE, CNPJ nº",
        "Fundação Altino Ventura/PE",
        "Fundação Altino Ventura",
    ),
    (
        "dom_ce_aprece_0745_2013",
        "Contratante: PREFEITURA MUNICIPAL DE GROAÍRAS/CE.",
        "PREFEITURA MUNICIPAL DE GROAÍRAS/CE",
        "PREFEITURA MUNICIPAL DE GROAÍRAS",
    ),
    (
        "dom_ce_aprece_2974_2022",
        "a Secretaria Municipal de Saúde de Abaiara/CE, torna",
        "Secretaria Municipal de Saúde de Abaiara/CE",
        "Secretaria Municipal de Saúde de Abaiara",
    ),
    # near misses: an acronym keeps its state (dodf_029_2018 "SES/DF", DOM Belo Horizonte "CMDCA/BH"), and a
    # slash before letters that are no state stays ("CNPJ/MF" is no name, "SEMA/GAB" a SEI unit path)
    ("dodf_029_2018 (near miss)", "da SES/DF, para", "SES/DF", "SES/DF"),
    ("bh_dom_7147_2024 (near miss)", "do CMDCA/BH e", "CMDCA/BH", "CMDCA/BH"),
    (
        "near miss: no state",
        "a Fundação Altino Ventura/XY, CNPJ",
        "Fundação Altino Ventura/XY",
        "Fundação Altino Ventura/XY",
    ),
]


@pytest.mark.parametrize("source, text, model, expected", SLASH_STATES, ids=[r[0] for r in SLASH_STATES])
def test_state_after_a_slash_is_no_part_of_the_name(source, text, model, expected):
    s = text.index(model)
    merged = merge(text, [(s, s + len(model), "ORGANIZACAO")], [], [])
    assert [text[a:b] for a, b, label, *_ in merged if label == "ORGANIZACAO"] == [expected]
