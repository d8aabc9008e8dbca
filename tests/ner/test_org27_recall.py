"""org27 (merge@19, firms@5): ORGANIZACAO recall on the real2 gazettes. Each grammar with its real rows (source per
row: real2 = tests/fixtures/gold/real2 PDFs, old corpus = ../shared/corpus/real) and the near misses that must not
change."""

from __future__ import annotations

import pytest

from seidou.ner import names
from seidou.ner.entities import _before_act_title, _CPF_AFTER, _CPF_THEN_CNPJ, merge, party_names, rule_names
from seidou.patterns import firms


def _orgs(text):
    return [text[a:b] for a, b, label, *_ in merge(text, [], [], rule_names(text, {})) if label == "ORGANIZACAO"]


# firms@5: a word a line end broke with a hyphen, a bare Title Case "Me", "P/" (por, pela), "EIRE-⏎LI"
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOE-RJ 2023-03-14 (real2): a two-column page breaks the firm's name
            "PARTES: UERJ/HUPE e M4 IMPORTAÇÃO E COMÉRCIO DE MA-\nTERIAIS MÉDICO HOSPITALARES LTDA.\nOBJETO",
            ["M4 IMPORTAÇÃO E COMÉRCIO DE MA-\nTERIAIS MÉDICO HOSPITALARES LTDA."],
        ),
        (  # DOE-RJ 2023-06-20 (real2): the form itself broken
            "PARTES: Fundação de Apoio - FAETEC e MULTIPLY SERVIÇOS E MANUTENÇÃO EIRE-\nLI.\nOBJETO",
            ["MULTIPLY SERVIÇOS E MANUTENÇÃO EIRE-\nLI"],
        ),
        (  # DODF 2004-01-26 (real2): a list of firms by their CF/DF number
            "RAZÃO SOCIAL: 07433712/001-70, Centro de Ensino Vasques Ltda; 07436142/001-70, Recanto dos Canarinhos Me; "
            "07438898/001-36, S José dos Santos Me.\nREGINALDO",
            ["Centro de Ensino Vasques Ltda", "Recanto dos Canarinhos Me", "S José dos Santos Me"],
        ),
        (  # DOU S1 2017-10-02 (old corpus): a mining concession to a one-person firm
            "Outorgar à José Roberto Delfino de Souza Me, concessão para lavrar Areia",
            ["José Roberto Delfino de Souza Me"],
        ),
        (  # DODF 2021-01-06 (real2): "P/" is "pela", no part of the name
            "Assinantes: P/TCB Diretor – JORGE DA SILVA e P/FLEXIBASE INDÚSTRIA E COMERCIO DE MÓVEIS LTDA. - JOSÉ",
            ["FLEXIBASE INDÚSTRIA E COMERCIO DE MÓVEIS LTDA."],
        ),
        # near misses: a slash inside a firm's name stays (DOM Belo Horizonte 2024); a hyphen inside a line is no
        # line end; "Me" as a pronoun, after one word, after a body, in a name in capitals
        ("Empresa: SOMA/MG PRODUTOS HOSPITALARES LTDA CNPJ", ["SOMA/MG PRODUTOS HOSPITALARES LTDA"]),
        ("o contra- to da ALFA SERVIÇOS LTDA", ["ALFA SERVIÇOS LTDA"]),
        (  # DOU S1 2014-10-01 e-MEC annex (old corpus): a table's cell above, no broken word of the name
            "CENTRO, RIO DE JANEI-\nUNINGA - UNIDADE DE ENSINO SUPERIOR INGA LTDA\nRO/RJ",
            ["UNINGA - UNIDADE DE ENSINO SUPERIOR INGA LTDA"],
        ),
        ("Ele Me disse", []),
        ("Chame-Me.", []),
        ("o Ministério da Economia Me, e", []),
        ("A CARMO TEIXEIRA Me;", []),
    ],
)
def test_firm_names_org27(text, expected):
    assert [m.raw for m in firms.find(text)] == expected


# merge@19: a party's field listing firms, each ended by its legal form and a comma
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOM Belo Horizonte 2024-12-13 (real2)
            "JC DA SILVA SUPRIMENTOS PARA ESCRITORIO, FABIANA D. CARVALHO\nLTDA, COMERCIAL DE ARTIGOS PARA ESCRITÓRIO E "
            "PAPELARIA BARCELONA LTDA, INJEX PEN INDÚSTRIA E COMÉRCIO DE ARTIGOS PLÁSTICOS LTDA, SMA IDEIA DISTRIBUIDORA",
            [
                "JC DA SILVA SUPRIMENTOS PARA ESCRITORIO, FABIANA D. CARVALHO\nLTDA",
                "COMERCIAL DE ARTIGOS PARA ESCRITÓRIO E PAPELARIA BARCELONA LTDA",
                "INJEX PEN INDÚSTRIA E COMÉRCIO DE ARTIGOS PLÁSTICOS LTDA",
                "SMA IDEIA DISTRIBUIDORA",
            ],
        ),
        # near misses: an enumeration inside one firm's name (DODF 2019); a bare "ME" (the ministry's acronym)
        ("BRB-CRÉDITO, FINANCIAMENTO E INVESTIMENTO S/A", ["BRB-CRÉDITO, FINANCIAMENTO E INVESTIMENTO S/A"]),
        ("Ministério da Economia - ME, Secretaria Especial", ["Ministério da Economia - ME, Secretaria Especial"]),
    ],
)
def test_party_firm_list(text, expected):
    assert [text[a:b] for a, b in party_names(text, 0, len(text))] == expected


# merge@19: a CPF and then a CNPJ after a party's name: the one-person firm (DOM-CE APRECE 2013, real2)
@pytest.mark.parametrize(
    "after,firm",
    [
        (" - ***.451.743-** - CNPJ:17.445.629/0001-48; Objeto", True),
        (" - ***805913-** - CNPJ:17.856.939/0001-55;", True),
        ("-***.079.973-** - CNPJ:17.384.196/0001-68;", True),
        # near misses: a person contracted (Paraguaçu Paulista-SP, DODF): the CPF alone
        (", CPF nº ***065126**; Objeto", False),
        (" ***065126**, residente", False),
        (" ***065126**. CNPJ: 22.232.959/0001-95", False),  # DOU 2015 IFTM: after a full stop (test_ner.py)
    ],
)
def test_cpf_then_cnpj(after, firm):
    assert _CPF_AFTER.match(after) is not None
    assert (_CPF_THEN_CNPJ.match(after) is not None) is firm


# merge@19: a name in capitals with its CNPJ number right after it is a legal person's
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # Salvador DOM 2017-01-28 (real2)
            "CONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 OBRAS SOCIAIS IRMÃ DULCE - CNPJ nº 15.178.123/0001-11",
            ["OBRAS SOCIAIS IRMÃ DULCE"],
        ),
        (  # AMA-AL 2023-08-28 (real2): after a lower-case word; an article before a party
            "em favor das empresas J G DA CRUZ JUNIOR JJ REPRESENTACAO, CNPJ: 51.228.218/0001-39;",
            ["J G DA CRUZ JUNIOR JJ REPRESENTACAO"],
        ),
        ("CONTRATANTE: O MUNICÍPIO DE CAMPESTRE – CNPJ: 01.361.604/0001-07;", ["MUNICÍPIO DE CAMPESTRE"]),
        (  # DOM Belo Horizonte 2024-12-05 (real2), DOU S1 2014-10-01 (old corpus): a list's full stop is no name's
            "EPP, CNPJ: 02.662.841/0001-90; MINAS TÊNIS CLUBE., CNPJ: 17.217.951/0001-10;",
            ["MINAS TÊNIS CLUBE"],
        ),
        (
            "Nº 1478 PETROPLUS SUL COMÉRCIO EXTERIOR S/A. - CNPJ nº 02.328.237/0001-21",
            ["PETROPLUS SUL COMÉRCIO EXTERIOR S/A"],
        ),
        ("Partes: CBMDF X MARDISA VEÍCULOS S/A, CNPJ nº 63.411.623/0021-10.", ["MARDISA VEÍCULOS S/A"]),  # DODF 2019
        # near misses: a table's header without a number, a label, a CPF between name and CNPJ
        ("NOME RAZÃO SOCIAL - CNPJ\n", []),
        ("RAZÃO SOCIAL - CNPJ 12.345.678/0001-00", []),
        ("GUILHERME DUARTE DE AMORIM ***682279**, CNPJ: 45.175.426/0001-14", []),
    ],
)
def test_cnpj_holders(text, expected):
    assert [text[a:b] for a, b, *_ in names.cnpj_holders(text)] == expected


# merge@19: a body's name in capitals ends before the act's title or a formula verb after it
@pytest.mark.parametrize(
    "name,kept",
    [
        ("COMISSÃO PERMANENTE DE LICITAÇÃO EXTRATO DE ATA DE REGISTRO DE PREÇOS", "COMISSÃO PERMANENTE DE LICITAÇÃO"),
        ("SECRETARIA DE SAÚDE AVISO DE HOMOLOGAÇÃO", "SECRETARIA DE SAÚDE"),  # DOM-CE APRECE 2022 (real2)
        ("PREFEITURA MUNICIPAL DE ARAPIRACA AVISO DE LICITAÇÃO", "PREFEITURA MUNICIPAL DE ARAPIRACA"),  # AMA-AL 2023
        ("SECRETARIA DE ESTADO DE POLÍCIA MILITAR EXTRATO DE INSTRUMENTO", "SECRETARIA DE ESTADO DE POLÍCIA MILITAR"),
        ("COMISSÃO JULGADORA PERMANENTE\nRESULTADO FINAL", "COMISSÃO JULGADORA PERMANENTE"),  # DODF 2021
        ("FACULDADE DE CIÊNCIAS MÉDICAS FAZ SABER", "FACULDADE DE CIÊNCIAS MÉDICAS"),  # DOE-RJ 2023
        # near misses: a title word after a connector is the body's; a Title Case body with "e Contrato"
        ("COORDENAÇÃO DE EDITAIS", "COORDENAÇÃO DE EDITAIS"),
        ("Coordenação-Geral de Licitação e Contrato", "Coordenação-Geral de Licitação e Contrato"),
    ],
)
def test_before_act_title(name, kept):
    assert name[: _before_act_title(name, 0, len(name))] == kept


# merge@19: a word a reflowed text layer broke with a hyphen inside a line is joined where the document prints it whole
@pytest.mark.parametrize(
    "raw,text,printed",
    [
        (  # DOM Belo Horizonte 2024-11-29 (real2)
            "Conselho Central de Belo Horizon-te da SSVP",
            "Município de Belo Horizonte; … Conselho Central de Belo Horizon-te da SSVP",
            "Conselho Central de Belo Horizonte da SSVP",
        ),
        (  # PRONAS/UNIFESP (old corpus)
            "Hospital Universitário Federal de São Pau-lo",
            "São Paulo, … Hospital Universitário Federal de São Pau-lo",
            "Hospital Universitário Federal de São Paulo",
        ),
        # near misses: a compound the document never prints joined
        ("Guiné-Bissau", "Embaixada da Guiné-Bissau", "Guiné-Bissau"),
        ("Secretaria-Executiva", "a Secretaria-Executiva do Ministério", "Secretaria-Executiva"),
    ],
)
def test_inline_hyphen(raw, text, printed):
    assert names.printed_name(raw, text) == printed
    assert names.printed_name(raw) == raw


def test_firm_list_and_holders_in_the_merge():
    """End to end through the rules (no model): the firms of a list are one entity each."""
    text = (
        "CONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 OBRAS SOCIAIS IRMÃ DULCE - CNPJ nº 15.178.123/0001-11\n"
        "RAZÃO SOCIAL: 07436142/001-70, Recanto dos Canarinhos Me; 07438898/001-36, S José dos Santos Me.\n"
    )
    orgs = _orgs(text)
    assert "OBRAS SOCIAIS IRMÃ DULCE" in orgs
    assert "Recanto dos Canarinhos Me" in orgs and "S José dos Santos Me" in orgs
