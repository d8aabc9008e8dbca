"""ent26 (merge@17, orgaos@7, firms@3): PESSOA and ORGANIZACAO recall on the real2 gazettes. Each grammar with its
real rows (source per row: real2 = tests/fixtures/gold/real2 PDFs, old corpus = ../shared/corpus/real) and the near
misses that must not change."""

from __future__ import annotations

import pytest

from seidou.ner import names, shape
from seidou.ner.entities import merge, party_names, rule_names
from seidou.patterns import firms, orgaos


def _texts(text, spans):
    return [text[s:e] for s, e, *_ in spans]


def _orgs(text):
    return [text[a:b] for a, b, label, *_ in merge(text, [], [], rule_names(text, {})) if label == "ORGANIZACAO"]


# orgaos@7: the parties' "X" ends a body's name; the name after it is a body's only when a head word opens it
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DODF 2021-01-06 (real2)
            "PARTES: SECRETARIA DE ESTADO DO ESPORTE E LAZER X INSTITUTO CASA DA VILA. DO OBJETO",
            ["SECRETARIA DE ESTADO DO ESPORTE E LAZER", "INSTITUTO CASA DA VILA"],
        ),
        (  # DODF 2020-01-07 (old corpus), DODF 2021 (real2): a firm after the X is no body
            "PARTES: Polícia Civil X K2 Conservação e Serviços Gerais Eireli. OBJETO",
            ["Polícia Civil"],
        ),
        (  # DOU S3 2022-04-29 (real2)
            "Partes: DLOG/SE/MINISTÉRIO DA SAÚDE X EASY FARMA COMÉRCIO DE MEDICAMENTOS",
            ["MINISTÉRIO DA SAÚDE"],
        ),
        # near misses: "Raio X" in a name, a Roman numeral at a name's end
        ("no HOSPITAL DE RAIO X SÃO LUCAS, em", ["HOSPITAL DE RAIO X SÃO LUCAS"]),
        ("a Administração Regional do Guará - RA X, com", ["Administração Regional do Guará"]),
    ],
)
def test_orgaos_end_at_the_parties_x(text, expected):
    assert [m.raw for m in orgaos.find(text)] == expected


# orgaos@7: new head words, each printed by two publishers at least
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOM Belo Horizonte 2024-12-13 (real2): a slash between two bodies
            "Secretaria Municipal de Governo / Coordenadoria de Atendimento Regional Barreiro",
            ["Secretaria Municipal de Governo", "Coordenadoria de Atendimento Regional Barreiro"],
        ),
        ("da Coordenadoria de Gestão de Pessoas do IFRO", ["Coordenadoria de Gestão de Pessoas"]),  # DOU S2 2017
        (  # DODF 2021-01-06 (real2): two bodies joined by "e da"
            "a Secretaria de Estado de Governo do Distrito Federal e da Administração Regional de Taguatinga, no",
            ["Secretaria de Estado de Governo do Distrito Federal", "Administração Regional de Taguatinga"],
        ),
        (  # DOU S1 2017-10-02 (old corpus)
            "Órgão/Entidade/Unidade: Administração Regional do Serviço Social do Comércio",
            ["Administração Regional do Serviço Social do Comércio"],
        ),
        (
            "Comitê da Área de Tecnologia da Informação - CATI",
            ["Comitê da Área de Tecnologia da Informação"],
        ),  # DOU 2022
        ("do COMITÊ DE DESENVOLVIMENTO INDUSTRIAL, em", ["COMITÊ DE DESENVOLVIMENTO INDUSTRIAL"]),  # DODF 2019
        ("Termo de Colaboração com LAR FABIANO DE CRISTO, para", ["LAR FABIANO DE CRISTO"]),  # Salvador DOM 2018
        ("Organização da Sociedade Civil: Lar Cristo Rei", ["Lar Cristo Rei"]),  # DOM Belo Horizonte 2024
        # near misses: a firm whose only word is the head word; an administration that is no regional body's
        ("a empresa LAR LTDA, CNPJ", []),
        ("Secretaria de Administração Pública do Município", ["Secretaria de Administração Pública do Município"]),
        # review26 near misses: an identifier's label in capitals after a Title Case head word is no acronym name
        ("na Secretaria SEI nº 123", []),
        # and "Lar" with one word after it: a program's name or an ordinary phrase
        ("acolhimento em Lar Temporário ou família", []),
        ("Programa Lar Doce Lar do Governo", []),
        ("a Associação CNPJ nº 12.345.678/0001-90", []),
    ],
)
def test_new_head_words(text, expected):
    assert [m.raw for m in orgaos.find(text)] == expected


# (review26) person + "ME" is no one-person firm where the document names the ministry "ME" (Ministério da Economia)
def test_person_me_is_the_ministry_where_the_document_names_it():
    text = "Ministério da Economia\nTitulares:\nJOÃO CARLOS DA SILVA - ME\nMARIA SOUZA - MAPA"
    s = text.index("JOÃO")
    a, b, label = shape.model_entity(text, s, s + len("JOÃO CARLOS DA SILVA"), "PESSOA")
    assert (text[a:b], label) == ("JOÃO CARLOS DA SILVA", "PESSOA")


# firms@3: the parties' "X" ends a firm's name going back; a number inside a firm's name; "Me"/"Epp" after a form
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "PARTES: Polícia Civil X K2 Conservação e Serviços Gerais Eireli. OBJETO",
            ["K2 Conservação e Serviços Gerais Eireli"],
        ),
        ("PARTES: CBMDF X MARDISA VEÍCULOS S/A. OBJETO", ["MARDISA VEÍCULOS S/A"]),  # DODF 2019 (real2)
        ("07.336.802/001-60 – AUTO POSTO QI 23 LTDA; 07", ["AUTO POSTO QI 23 LTDA"]),  # DODF 2004 (real2)
        ("DAR - 13567/04\nAUTO POSTO PETER PAN 01 LTDA\nRENOVAÇÃO", ["AUTO POSTO PETER PAN 01 LTDA"]),  # DODF 2004
        ("concessionária RIO MAIS SANEAMENTO BLOCO 3 S/A - CNPJ", ["RIO MAIS SANEAMENTO BLOCO 3 S/A"]),  # DOE-RJ 2023
        ("07424689/001-44, Auto Peças São Manoel Ltda Me; 0742", ["Auto Peças São Manoel Ltda Me"]),  # DODF 2004
        ("empresa Comercial Aurora Ltda. Me, CNPJ", ["Comercial Aurora Ltda. Me"]),  # DOU S1 2017 form
        # near misses: a number after an act's or a list's word is no part of the name; "me" and "Me" alone
        ("CONTRATO 12 ACME LTDA, CNPJ", ["ACME LTDA"]),
        ("LOTE 01 ACME LTDA, CNPJ", ["ACME LTDA"]),
        ("Consulte-me agora. Me parece", []),
        ("CLÍNICA DE RAIO X SÃO LUCAS LTDA", ["CLÍNICA DE RAIO X SÃO LUCAS LTDA"]),
        # review26 near misses: an X inside a firm's name with no body or "Partes:" before it; a quantity, a term or
        # an address before the name; an enumeration of firms of more than one word an item
        ("MALHA X CONFECÇÕES LTDA, CNPJ", ["MALHA X CONFECÇÕES LTDA"]),
        ("AQUISIÇÃO DE 200 UNIDADES ALFA COMERCIO LTDA", ["UNIDADES ALFA COMERCIO LTDA"]),
        ("PRAZO DE 12 MESES BETA SERVIÇOS LTDA", ["MESES BETA SERVIÇOS LTDA"]),
        ("ENDEREÇO RUA 10 ALFA SERVIÇOS LTDA", ["ALFA SERVIÇOS LTDA"]),
        ("PARCELA 3 ALFA COMERCIO LTDA", ["ALFA COMERCIO LTDA"]),
        ("CONTRATADAS: ALFA COMERCIO, BETA SERVIÇOS E GAMA LTDA", ["BETA SERVIÇOS E GAMA LTDA"]),
    ],
)
def test_firms(text, expected):
    assert [m.raw for m in firms.find(text)] == expected


# merge@17 rule 9 and the parties' names: two parties with an "X" between them are two names
@pytest.mark.parametrize(
    "text,expected",
    [
        ("PARTES: CBMDF X MARDISA VEÍCULOS S/A. OBJETO", ["CBMDF", "MARDISA VEÍCULOS S/A"]),  # DODF 2019
        (  # DOU S3 2022-04-29 (real2)
            "Partes: MINISTÉRIO DA SAÚDE X EASY FARMA COMÉRCIO LTDA. Vigência",
            ["MINISTÉRIO DA SAÚDE", "EASY FARMA COMÉRCIO LTDA"],
        ),
        # near miss: the X of "Raio X" in a body's name
        ("HOSPITAL DE RAIO X SÃO LUCAS", ["HOSPITAL DE RAIO X SÃO LUCAS"]),
    ],
)
def test_versus_split_of_a_model_organization(text, expected):
    start = text.find(":") + 2 if ":" in text else 0
    end = text.find(". ") if ". " in text else len(text)
    assert [text[a:b] for a, b, _ in shape.body_chain_split(text, start, end, "ORGANIZACAO")] == expected


def test_party_names_split_at_the_x():
    text = "PARTES: Polícia Civil X K2 Conservação e Serviços Gerais Eireli. OBJETO"  # DODF 2021 (real2)
    s = text.index("Polícia")
    e = text.index(". OBJETO")
    assert _texts(text, party_names(text, s, e)) == ["Polícia Civil", "K2 Conservação e Serviços Gerais Eireli"]


# merge@17 rule 7: what a model PESSOA loses (a present-tense act verb, a form's label, "Proc." after it) and a
# person's name with a small-company form after it, a one-person firm
@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "Nomeia Vanessa Vilela Caires para o cargo",
            "Nomeia Vanessa Vilela Caires",
            ("Vanessa Vilela Caires", "PESSOA"),
        ),
        (
            "Exonera Vanessa Vilela Caires do cargo",
            "Exonera Vanessa Vilela Caires",
            ("Vanessa Vilela Caires", "PESSOA"),
        ),
        ("DESIGNO JAIR SÁ DE JESUS, ID", "DESIGNO JAIR SÁ DE JESUS", ("JAIR SÁ DE JESUS", "PESSOA")),  # DOE-RJ 2023
        (
            "NOMEIA NEWTON ALMEIDA DA SILVA JUNIOR, para",
            "NOMEIA NEWTON ALMEIDA DA SILVA JUNIOR",
            ("NEWTON ALMEIDA DA SILVA JUNIOR", "PESSOA"),
        ),
        # DOM Belo Horizonte 2024 (a table) and the UNESCO acordo's Adobe Sign page (2021)
        (
            "Nome Daniele Araújo da Silva Rossi\nCargo",
            "Nome Daniele Araújo da Silva Rossi",
            ("Daniele Araújo da Silva Rossi", "PESSOA"),
        ),
        (
            "Nome Marlova Jovchelovitch Noleto Data",
            "Nome Marlova Jovchelovitch Noleto",
            ("Marlova Jovchelovitch Noleto", "PESSOA"),
        ),
        (  # DOE-RJ 2023: the next entry's "PROC. N°" after the name
            "SEI-040161/013455/2022 - IONE DA SILVA OLIVEIRA PROC. N° SEI-040161/013431/2022",
            "IONE DA SILVA OLIVEIRA PROC",
            ("IONE DA SILVA OLIVEIRA", "PESSOA"),
        ),
        (  # DODF 2004 (real2); DOM-CE APRECE 2013 "M EDINILSA GOMES - ME"
            "Processo nº. 160.004.208/1999; Empresa, Jales Naves da Silva ME; onde se lê",
            "Jales Naves da Silva",
            ("Jales Naves da Silva ME", "ORGANIZACAO"),
        ),
        ("Contratada: M EDINILSA GOMES - ME, CNPJ", "M EDINILSA GOMES", ("M EDINILSA GOMES - ME", "ORGANIZACAO")),
        # near misses: a name that is a verb's object keeps no verb; "me" in lower case; a first name "Nome…"
        ("Nomeia-se Maria Lima Souza", "Maria Lima Souza", ("Maria Lima Souza", "PESSOA")),
        ("Maria Lima Souza me disse", "Maria Lima Souza", ("Maria Lima Souza", "PESSOA")),
        ("Nomeiana Lima Souza, CPF", "Nomeiana Lima Souza", ("Nomeiana Lima Souza", "PESSOA")),
    ],
)
def test_model_persons(text, span, expected):
    s = text.index(span)
    a, b, label = shape.model_entity(text, s, s + len(span), "PESSOA")
    assert (text[a:b], label) == expected


# merge@17 rule 13: a person's name broken by a line end before a connector
@pytest.mark.parametrize(
    "text,name,expected",
    [
        (  # DOE-RJ 2023 (real2)
            "GESTOR SUBSTITUTO: CB PM RG 92.177 ROSEMBERG DUARTE\nDOS ANJOS.\nFISCAIS HCPM: Cap",
            "ROSEMBERG DUARTE",
            "ROSEMBERG DUARTE\nDOS ANJOS",
        ),
        (
            "P/TRANSFER LTDA-ME. - EVIS PERES\nDOS REIS - Representante Legal.",
            "EVIS PERES",
            "EVIS PERES\nDOS REIS",
        ),  # DODF 2021
        (  # TCE-AC acórdão 2020 (real2)
            "de responsabilidade do Senhor Paulo Roberto Miranda Acácio\nde Lima, Presidente à época",
            "Paulo Roberto Miranda Acácio",
            "Paulo Roberto Miranda Acácio\nde Lima",
        ),
        # near misses: a body's name after the connector, a Title Case body after a name
        ("o servidor JOSE LIMA\nDA SECRETARIA DE SAUDE", "JOSE LIMA", "JOSE LIMA"),
        ("assinado por: Maria Lima\nda Câmara Municipal de X", "Maria Lima", "Maria Lima"),
        # review26 near misses: a phrase or a ministry's subject after the connector is no surname
        ("RESPONSÁVEL: JOÃO PEDRO ALVES\nDE ACORDO.\nBrasília", "JOÃO PEDRO ALVES", "JOÃO PEDRO ALVES"),
        ("a servidora Maria da Silva\nda Educação.\nArt. 2º", "Maria da Silva", "Maria da Silva"),
    ],
)
def test_name_broken_before_a_connector(text, name, expected):
    s = text.index(name)
    assert _texts(text, names.join_wrapped(text, [(s, s + len(name), "PESSOA", "ner")])) == [expected]


# merge@17 rule 10: an acronym after a body's name before "e" and the next party, before a new sentence, with its state
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOE-RJ 2023 (real2)
            "PARTES: Fundação de Previdência Complementar do Estado do Rio de Janeiro - RJPREV e a CS BRASIL FROTAS S.A.",
            ["Fundação de Previdência Complementar do Estado do Rio de Janeiro", "RJPREV", "CS BRASIL FROTAS S.A."],
        ),
        (  # DODF 2004 (real2)
            "implantação da UTI no Hospital Regional da Asa Sul - HRAS. O edital poderá",
            ["Hospital Regional da Asa Sul", "HRAS"],
        ),
        (  # DODF 2004 (real2)
            "convoco a Federação das Micro e Pequenas Empresas do Distrito Federal – FEMP-DF e as Entidades",
            ["Federação das Micro e Pequenas Empresas do Distrito Federal", "FEMP-DF"],
        ),
        # near misses: a program's name is no body's; a state's abbreviation is no acronym
        ("no Programa de Aceleração do Crescimento - PAC. Art. 2º", []),
        ("a Secretaria de Saúde - DF. O edital", ["Secretaria de Saúde"]),
    ],
)
def test_acronyms_after_a_body(text, expected):
    assert _orgs(text) == expected


# merge@17 rule 13 and the parties' names: an acronym with its state's abbreviation, before or after the body
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DODF 2021 (real2)
            "APCAP-DF - Associação dos Policiais Civis Aposentados e Pensionistas do Distrito Federal",
            ["APCAP-DF", "Associação dos Policiais Civis Aposentados e Pensionistas do Distrito Federal"],
        ),
        (
            "SINCAAP/DF – Sindicato da Carreira de Apoio às Atividades Policiais Civis",
            ["SINCAAP/DF", "Sindicato da Carreira de Apoio às Atividades Policiais Civis"],
        ),
        # near miss: a firm's name with a slash is one name
        ("SOMA/MG PRODUTOS HOSPITALARES LTDA", ["SOMA/MG PRODUTOS HOSPITALARES LTDA"]),
    ],
)
def test_acronym_with_state_before_the_body(text, expected):
    assert _texts(text, names.body_pieces(text, 0, len(text))) == expected


def test_dash_tail_with_state():
    text = "Autarquia de Proteção e Defesa do Consumidor do Estado do Rio de Janeiro - PROCON-RJ"  # DOE-RJ 2023
    assert _texts(text, party_names(text, 0, len(text))) == [
        "PROCON-RJ",
        "Autarquia de Proteção e Defesa do Consumidor do Estado do Rio de Janeiro",
    ]


# firms@3: an enumeration inside a firm's name in capitals
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DODF 2019 (real2)
            "CONTRATADA: ART STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI, CNPJ",
            ["ART STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI"],
        ),
        (
            "PARTES: CBMDF X BRB-CRÉDITO, FINANCIAMENTO E INVESTIMENTO S/A.",
            ["BRB-CRÉDITO, FINANCIAMENTO E INVESTIMENTO S/A"],
        ),
        (
            "Contratada: LIMA DISTRIBUIDORA, SERVIÇOS E LOCAÇÕES EIRELI, CNPJ",
            ["LIMA DISTRIBUIDORA, SERVIÇOS E LOCAÇÕES EIRELI"],
        ),
        # near miss: a list of firms (DOM Belo Horizonte 2024: no "E" closes an enumeration after the comma)
        (
            "JC DA SILVA SUPRIMENTOS PARA ESCRITÓRIO, FABIANA D. CARVALHO PROCESSO LTDA, COMERCIAL BARCELONA LTDA",
            ["FABIANA D. CARVALHO PROCESSO LTDA", "COMERCIAL BARCELONA LTDA"],
        ),
    ],
)
def test_firm_enumeration(text, expected):
    assert [m.raw for m in firms.find(text)] == expected


# merge@17 rule 13: a body's name read on over the line end after the connector the órgão rule left out
@pytest.mark.parametrize(
    "text,name,expected",
    [
        (  # DODF 2021 (real2)
            "FDCA-DF E ASSOCIAÇÃO ASSISTÊNCIA, CULTURA E\nEDUCAÇÃO HUMANA - ACEHU\nProcesso",
            "ASSOCIAÇÃO ASSISTÊNCIA, CULTURA",
            "ASSOCIAÇÃO ASSISTÊNCIA, CULTURA E\nEDUCAÇÃO HUMANA",
        ),
        (  # DODF 2020-01-08 (old corpus) form
            "Partícipes: Secretaria de Estado de\nSaúde do Distrito Federal (SES-DF)",
            "Secretaria de Estado",
            "Secretaria de Estado de\nSaúde do Distrito Federal",
        ),
        # near misses: the next column's body; a lower-case "e" after a name in capitals (UNESCO contract 2012)
        (
            "E ASSOCIAÇÃO ASSISTÊNCIA, CULTURA E\nSECRETARIA DE ESTADO DE\nDESENVOLVIMENTO",
            "ASSOCIAÇÃO ASSISTÊNCIA, CULTURA",
            "ASSOCIAÇÃO ASSISTÊNCIA, CULTURA",
        ),
        (
            "A ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA e\nASSOCIACAO OS AMIGOS",
            "ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA",
            "ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA",
        ),
    ],
)
def test_body_read_on_after_a_connector(text, name, expected):
    s = text.index(name)
    assert text[s : names._read_on(text, s, s + len(name))] == expected


# orgaos@7: an acronym right after a Title Case head word is the body's name
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Processo Seletivo da Fundação PTI, em Foz", ["Fundação PTI"]),  # DOU S1 2022-03-22 (old corpus)
        ("autoriza a Faculdade ENIAC, com sede", ["Faculdade ENIAC"]),  # DOU S1 2017-10-02 (old corpus)
        ("Termo de Parceria com a Fundação CDL-BH, para", ["Fundação CDL-BH"]),  # DOM Belo Horizonte 2024 (real2)
        # near misses: a word in capitals after a longer Title Case name ends it; a name in capitals goes on
        (
            "Secretaria Municipal de Agricultura e Pecuária CABIXI 2026",
            ["Secretaria Municipal de Agricultura e Pecuária"],
        ),
        ("na FUNDAÇÃO OSWALDO CRUZ, em", ["FUNDAÇÃO OSWALDO CRUZ"]),
        ("contratada na Carta Consórcio DF nº 094/2019", []),  # DODF 2020-01-07 (old corpus): a state, no name
    ],
)
def test_acronym_after_a_title_case_head(text, expected):
    assert [m.raw for m in orgaos.find(text)] == expected


# merge@17: the winner of a bid's items is a labelled organization; "inscrita no" after a name is no part of it
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # AMA-AL 2023 (real2)
            "LEI FEDERAL Nº 8.666/93.\nEMPRESA VENCEDORA DO ITEM 01: D. L. BATISTA INSCRITA NO CNPJ Nº 25",
            ["D. L. BATISTA"],
        ),
        (
            "\nEMPRESA VENCEDORA DOS ITENS 2 E 3: JUNIO FRANCISCO DA SILVA INSCRITA NO CNPJ Nº 30",
            ["JUNIO FRANCISCO DA SILVA"],
        ),
        (
            "\nEmpresa vencedora: SANDU COMÉRCIO DE ALIMENTOS LTDA, CNPJ",
            ["SANDU COMÉRCIO DE ALIMENTOS LTDA"],
        ),  # DODF 2020
        # near miss: the label alone, no colon
        ("\nEMPRESA VENCEDORA DO CERTAME FOI A JUNIO LTDA", []),
    ],
)
def test_bid_winner_field(text, expected):
    from seidou.ner.entities import ORG_FIELD

    assert [m["name"] for m in ORG_FIELD.finditer(text)] == expected


@pytest.mark.parametrize("label", ["ORGANIZACAO", "PESSOA"])
def test_inscrita_no_after_a_name(label):
    text = "ITENS 2 E 3: JUNIO FRANCISCO DA SILVA INSCRITA NO CNPJ Nº 30"  # AMA-AL 2023 (real2)
    s, e = text.index("JUNIO"), text.index(" CNPJ")
    a, b, _ = shape.model_entity(text, s, e, label)
    assert text[a:b] == "JUNIO FRANCISCO DA SILVA"


def test_party_value_ends_before_the_next_field():
    text = (  # AMA-AL 2023 (real2): "Órgão:" read as a party's label, its value runs into the budget fields
        "Órgão: Secretaria Municipal de Juventude, Esporte, Lazer e Cultura – SEMJU / Funcional Programática: 15.1515"
    )
    s = text.index("Secretaria")
    assert _texts(text, party_names(text, s, len(text))) == [
        "SEMJU",
        "Secretaria Municipal de Juventude, Esporte, Lazer e Cultura",
    ]


# merge@17 rule 9 and the parties' names: an acronym and a name in capitals joined by a lower-case "e" are two names
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "UERJ/HUPE e NUTRIC NUTRICIONAL COMERCIO LTDA",
            ["UERJ/HUPE", "NUTRIC NUTRICIONAL COMERCIO LTDA"],
        ),  # DOE-RJ 2023
        ("UERJ e COOPERATIVA DE TRABALHO DOS CATADORES LTDA", ["UERJ", "COOPERATIVA DE TRABALHO DOS CATADORES LTDA"]),
        ("FAETEC e CREARE CONSTRUÇÕES LTDA", ["FAETEC", "CREARE CONSTRUÇÕES LTDA"]),  # DOE-RJ 2023-06-20
        # near misses: a firm's name with its "e" in lower case (DOU S2 2023-05-02); "E" in capitals; Title Case
        ("TRICONE CONSTRUTORA e SERVIÇOS LTDA", ["TRICONE CONSTRUTORA e SERVIÇOS LTDA"]),
        ("SECRETARIA DE ESPORTE E LAZER", ["SECRETARIA DE ESPORTE E LAZER"]),
        ("Secretaria de Esporte e Lazer", ["Secretaria de Esporte e Lazer"]),
    ],
)
def test_and_between_names_in_capitals(text, expected):
    assert _texts(text, shape.and_caps_split(text, 0, len(text))) == expected
    assert [text[a:b] for a, b, _ in shape.body_chain_split(text, 0, len(text), "ORGANIZACAO")] == expected
