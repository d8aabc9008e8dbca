"""merge@14 rule 13 (pipeline/ner/names.py): names read once more by how gazettes and instruments print them.
Rows are snippets of real documents — real2 tune files and the development corpus (/work/shared/corpus/real) —
with their source; every grammar has rows from two sources, and near misses say what must not change."""

from __future__ import annotations

import pytest

from seidou.ner.entities import merge, party_names, rule_names
from seidou.ner.names import defined_bodies
from seidou.tools.evaluate import name_found, norm


def _span(text: str, piece: str) -> tuple[int, int]:
    s = text.index(piece)
    return s, s + len(piece)


def _merged(text: str, model: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The merge of the model's entities (given by the text they cover) with the rules, as (text, label)."""
    ner = [(*_span(text, piece), label) for piece, label in model]
    return {(text[s:e], label) for s, e, label, *_ in merge(text, ner, [], rule_names(text, {}))}


# (source, text, the model's entities, entities expected, entities that must not be)
ROWS = [
    # --- a person's name broken by a line end is one (join_wrapped)
    (
        "doe_ba_22825_2020 (real2 tune)",
        "como representante dos servidores inativos, mantendo YVONNE VERENA\nHENSCHEN MEIRA, na condição de suplente.",
        [("YVONNE VERENA", "PESSOA"), ("HENSCHEN MEIRA", "PESSOA")],
        [("YVONNE VERENA\nHENSCHEN MEIRA", "PESSOA")],
        [("YVONNE VERENA", "PESSOA"), ("HENSCHEN MEIRA", "PESSOA")],
    ),
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "GESTOR SUBSTITUTO: 3º SGT PM RG 91.081 FELIPE SANTANA\nPOMPEU\nFISCAIS: Cap Paula",
        [("FELIPE SANTANA", "PESSOA")],
        [("FELIPE SANTANA\nPOMPEU", "PESSOA")],
        [],
    ),
    (
        "dom_ce_aprece_0745_2013 (real2 tune)",
        "Assina pelo Contratado: Ana Maria Martins\nPaiva - CPF.: 410.588.443-34. Guaraciaba do Norte / CE,",
        [("Ana Maria Martins", "PESSOA")],
        [("Ana Maria Martins\nPaiva", "PESSOA")],
        [],
    ),
    # near misses: a name alone on its line (a signature block, a list) and a role under it stay apart
    (
        "signature block (dom_al_ama_0225_2016 form)",
        "GERALDO JUSTINO DA SILVA\nPRESIDENTE\nPEDRO HENRIQUE DE JESUS PEREIRA\nPrefeito",
        [("GERALDO JUSTINO DA SILVA", "PESSOA"), ("PEDRO HENRIQUE DE JESUS PEREIRA", "PESSOA")],
        [("GERALDO JUSTINO DA SILVA", "PESSOA"), ("PEDRO HENRIQUE DE JESUS PEREIRA", "PESSOA")],
        [("GERALDO JUSTINO DA SILVA\nPRESIDENTE", "PESSOA")],
    ),
    (
        "bh_dom_7147_2024 (real2 tune): a place's name and the next line's label, a date line",
        "Hora: 13:45 hs às 17:00hs\nLocal: Google Hangouts Meet\nProposta de Pauta:\nPor Maria Souza\nSalvador, 20",
        [("Google Hangouts Meet", "PESSOA"), ("Maria Souza", "PESSOA")],
        [],
        [("Google Hangouts Meet\nProposta", "PESSOA"), ("Maria Souza\nSalvador", "PESSOA")],
    ),
    # --- persons after a rank and its corps codes (RANKED)
    (
        "al_cbmal_boletim_geral_ostensivo_044_2024 (real2 tune)",
        "Estadual nº 95.161, de 16 de janeiro de 2024:\nMAJ QOA BM MAT. 71650-2 Claudio Silva de Melo;\n1º SGT",
        [],
        [("Claudio Silva de Melo", "PESSOA")],
        [],
    ),
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "FISCAIS: CAP PM FARM Rebecca Gonçalves Di Lêu de Carvalho RG 89495 / ID 4349917-1e CAP PM FARM Patrícia "
        "Vollú Silva\nRG 89492 / ID4398917-9 SUPLENTES: MAJ PM FARM Michele Martins Fernandes Reis\nRG 89497",
        [],
        [
            ("Rebecca Gonçalves Di Lêu de Carvalho", "PESSOA"),
            ("Patrícia Vollú Silva", "PESSOA"),
            ("Michele Martins Fernandes Reis", "PESSOA"),
        ],
        [("Patrícia Vollú Silva\nRG", "PESSOA")],
    ),
    # near miss: a rank with no corps code or registration is left to the model
    ("constructed near miss", "O Cap Fulano Beltrano chegou.", [], [], [("Fulano Beltrano", "PESSOA")]),
    # --- a person before "portador do CPF/RG" (cpf_holders)
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "LEIA-SE: Fica cedido o Servidor Público Municipal José Genildo Feitosa, portador do CPF nº 025.815.643-00,",
        [],
        [("José Genildo Feitosa", "PESSOA")],
        [("Servidor Público Municipal José Genildo Feitosa", "PESSOA")],
    ),
    (
        "dodf_004_2020_01_07 (old corpus)",
        "neste ato representado por Antônio Eudes dos Santos, portador do RG nº 1.234.567",
        [],
        [("Antônio Eudes dos Santos", "PESSOA")],
        [],
    ),
    # near miss: a body's name before an identity document ("inscrito no CPF" is no "portador")
    (
        "dou_s1_2014 (old corpus) form",
        "expedida pela Secretaria de Segurança Pública do São Paulo, inscrito no CPF sob o nº",
        [],
        [],
        [("Segurança Pública do São Paulo", "PESSOA")],
    ),
    # --- a form of address and a position are no part of a person's name; " e " joins two persons
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "de conformidade com o disposto no Art.1° da Lei N°829/2021, o Senhor EVANUILTON MARCOS FERNANDES, ocupante",
        [("Senhor EVANUILTON MARCOS FERNANDES", "PESSOA")],
        [("EVANUILTON MARCOS FERNANDES", "PESSOA")],
        [("Senhor EVANUILTON MARCOS FERNANDES", "PESSOA")],
    ),
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "Homologo a presente Licitação na forma da Lei nº 8.666/93 – Elenita Rayane Gonçalves Tavares- Ordenadora de "
        "Despesas da Secretaria Municipal",
        [("Elenita Rayane Gonçalves Tavares- Ordenadora de Despesas", "PESSOA")],
        [("Elenita Rayane Gonçalves Tavares", "PESSOA")],
        [],
    ),
    (
        "dodf_029_2018 (real2 tune)",
        "PELA CONTRATADA: Rodrigo Castro Alves Neves e Gustavo Neves de Andrade Lemes.",
        [("Rodrigo Castro Alves Neves e Gustavo Neves de Andrade Lemes", "PESSOA")],
        [("Rodrigo Castro Alves Neves", "PESSOA"), ("Gustavo Neves de Andrade Lemes", "PESSOA")],
        [],
    ),
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "Fiscais: Aquiles Soares de Sampaio e Thalita Vaneska.",
        [("Aquiles Soares de Sampaio e Thalita Vaneska", "PESSOA")],
        [("Aquiles Soares de Sampaio", "PESSOA"), ("Thalita Vaneska", "PESSOA")],
        [],
    ),
    # near miss: "Castro e Silva" is one surname (one word after "e"), a position in capitals after it goes
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "Rio de Janeiro, 19 de junho de 2023\nCláudio Bomfim de Castro e Silva VICE-GOVERNADOR",
        [("Cláudio Bomfim de Castro e Silva VICE-GOVERNADOR", "PESSOA")],
        [("Cláudio Bomfim de Castro e Silva", "PESSOA")],
        [("Cláudio Bomfim de Castro", "PESSOA")],
    ),
    # --- a body and its acronym joined by a hyphen or slash, or with the acronym first, are two
    (
        "dom_ce_aprece_0745_2013 (real2 tune)",
        "número do beneficio 1632479220, concedido pelo Instituto Nacional do Seguro Social-INSS desde 01/06/2013.",
        [("Instituto Nacional do Seguro Social-INSS", "ORGANIZACAO")],
        [("Instituto Nacional do Seguro Social", "ORGANIZACAO"), ("INSS", "ORGANIZACAO")],
        [],
    ),
    (
        "dou_s1_2014_10_01 (old corpus)",
        "auditoria no Departamento Nacional de Infraestrutura de Transportes-DNIT.",
        [("Departamento Nacional de Infraestrutura de Transportes-DNIT", "ORGANIZACAO")],
        [("Departamento Nacional de Infraestrutura de Transportes", "ORGANIZACAO"), ("DNIT", "ORGANIZACAO")],
        [],
    ),
    (
        "doe_ba_22825_2020 (real2 tune)",
        "2.Contratante: Estado da Bahia/SEFAZ; 3.Contratada: PARCEIRO EMPREENDIMENTOS EIRELI;",
        [("Estado da Bahia/SEFAZ", "ORGANIZACAO")],
        [("Estado da Bahia", "ORGANIZACAO"), ("SEFAZ", "ORGANIZACAO")],
        [],
    ),
    (
        "dou_s1_2014 (old corpus)",
        "auto de infração lavrado pela Secretaria de Inspeção do Trabalho/MTE, nos termos",
        [("Secretaria de Inspeção do Trabalho/MTE", "ORGANIZACAO")],
        [("Secretaria de Inspeção do Trabalho", "ORGANIZACAO"), ("MTE", "ORGANIZACAO")],
        [],
    ),
    (
        "doe_ba_22825_2020 (real2 tune)",
        "PROCESSO Nº 113.9828.2019.0000155-00. CONTRATANTE: BAHIAINVESTE - Empresa Baiana de Ativos S/A. CONTRATADA",
        [("BAHIAINVESTE - Empresa Baiana de Ativos S/A", "ORGANIZACAO")],
        [("BAHIAINVESTE", "ORGANIZACAO"), ("Empresa Baiana de Ativos S/A", "ORGANIZACAO")],
        [],
    ),
    (
        "dou_s1_2014 (old corpus)",
        "Interessado: CEAGESP - Companhia de Entrepostos e Armazéns Gerais de São Paulo, CNPJ",
        [("CEAGESP - Companhia de Entrepostos e Armazéns Gerais de São Paulo", "ORGANIZACAO")],
        [("CEAGESP", "ORGANIZACAO"), ("Companhia de Entrepostos e Armazéns Gerais de São Paulo", "ORGANIZACAO")],
        [],
    ),
    # near misses: a state's abbreviation after a hyphen or slash, an acronym in capitals with its state
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "de responsabilidade da Secretaria do Trabalho de Catunda-CE. O edital",
        [("Secretaria do Trabalho de Catunda-CE", "ORGANIZACAO")],
        [("Secretaria do Trabalho de Catunda-CE", "ORGANIZACAO")],
        [("CE", "ORGANIZACAO")],
    ),
    (
        "bh_dom_7143_2024 (real2 tune)",
        "Conselho Municipal dos Direitos da Criança e do Adolescente de Belo Horizonte – CMDCA/BH, no uso",
        [("CMDCA/BH", "ORGANIZACAO")],
        [("CMDCA/BH", "ORGANIZACAO")],
        [("CMDCA", "ORGANIZACAO")],
    ),
    # --- one body said to be in another is two; a form's label before a firm goes
    (
        "doe_ba_22825_2020 (real2 tune)",
        "dos estudantes do Colégio Estadual Maria José de Lima Silveira no Colégio da Polícia Militar Professor",
        [("Colégio Estadual Maria José de Lima Silveira no Colégio da Polícia Militar Professor", "ORGANIZACAO")],
        [("Colégio Estadual Maria José de Lima Silveira", "ORGANIZACAO")],
        [],
    ),
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "II- Número do projeto 34654\nIII- Nome/Razão Social BEX Feiras e Eventos Culturais LTDA. do proponente",
        [],
        [("BEX Feiras e Eventos Culturais LTDA.", "ORGANIZACAO")],
        [("III- Nome/Razão Social BEX Feiras e Eventos Culturais LTDA.", "ORGANIZACAO")],
    ),
    # --- an institution and the person it is named after are one body
    (
        "dom_ce_aprece_0745_2013 (real2 tune)",
        "Bolsas para os músicos da Banda de Música Municipal Eduardo Gurgel Valente.\nArt. 2º",
        [("Banda de Música Municipal", "ORGANIZACAO"), ("Eduardo Gurgel Valente", "PESSOA")],
        [("Banda de Música Municipal Eduardo Gurgel Valente", "ORGANIZACAO")],
        [("Eduardo Gurgel Valente", "PESSOA")],
    ),
    (
        "dou_s1_2017_10_02 (old corpus)",
        "Proponente: Museu Municipal José Raphael Toscano, Jahu/SP",
        [("Museu Municipal", "ORGANIZACAO"), ("José Raphael Toscano", "PESSOA")],
        [("Museu Municipal José Raphael Toscano", "ORGANIZACAO")],
        [],
    ),
    # near miss: the person after a comma, or in another case, is the institution's head, not its name
    (
        "constructed near miss (a director after the school)",
        "a diretora da Escola Municipal, Maria Souza Lima, e a da ESCOLA ESTADUAL Ana Paula Reis",
        [
            ("Escola Municipal", "ORGANIZACAO"),
            ("Maria Souza Lima", "PESSOA"),
            ("ESCOLA ESTADUAL", "ORGANIZACAO"),
            ("Ana Paula Reis", "PESSOA"),
        ],
        [("Maria Souza Lima", "PESSOA"), ("Ana Paula Reis", "PESSOA")],
        [("Escola Municipal, Maria Souza Lima", "ORGANIZACAO"), ("ESCOLA ESTADUAL Ana Paula Reis", "ORGANIZACAO")],
    ),
    # --- a state or municipality that is a party is an ORGANIZACAO; one named in passing a place
    (
        "doe_ba_22825_2020 (real2 tune)",
        "a respeito do convênio nº 006/2014, celebrado com o Município de Jucuruçu, instituído através",
        [("Município de Jucuruçu", "LOCAL")],
        [("Município de Jucuruçu", "ORGANIZACAO")],
        [],
    ),
    (
        "doe_ba_22825_2020 (real2 tune)",
        "EXTRATO DO 5º TERMO ADITIVO DE PRAZO\nO MUNICÍPIO DE CAMPO ALEGRE DE LOURDES, ESTADO DE BAHIA, representado "
        "pelo seu\nPrefeito",
        [("MUNICÍPIO DE CAMPO ALEGRE DE LOURDES", "LOCAL"), ("ESTADO DE BAHIA", "LOCAL")],
        [("MUNICÍPIO DE CAMPO ALEGRE DE LOURDES", "ORGANIZACAO"), ("ESTADO DE BAHIA", "LOCAL")],
        [],
    ),
    (
        "dom_ce_aprece_2974_2022 (real2 tune)",
        "Pregão Eletrônico Nº 2022.04.08.1 - SRP. Partes: O Município de Barbalha, através da Secretaria Municipal",
        [("Município de Barbalha", "LOCAL")],
        [("Município de Barbalha", "ORGANIZACAO")],
        [],
    ),
    (
        "dodf_029_2018 (real2 tune)",
        "Espécie: Terceiro Termo Aditivo ao Contrato nº 092/2015-SES/DF. Partes: DISTRITO FEDERAL, por intermédio de",
        [("DISTRITO FEDERAL", "LOCAL")],
        [("DISTRITO FEDERAL", "ORGANIZACAO")],
        [],
    ),
    (
        "bh_dom_7143_2024 (real2 tune)",
        "Contratante: Município de Belo Horizonte / Secretaria Municipal de Saúde\nContratada: MEGA",
        [("Município de Belo Horizonte / Secretaria Municipal de Saúde", "LOCAL")],
        [("Município de Belo Horizonte", "ORGANIZACAO"), ("Secretaria Municipal de Saúde", "ORGANIZACAO")],
        [],
    ),
    # near misses: places named in passing, a governor's state
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "mediante a manutenção da instalação, no Município de Tanguá, de um Posto Municipal",
        [("Município de Tanguá", "LOCAL")],
        [("Município de Tanguá", "LOCAL")],
        [("Município de Tanguá", "ORGANIZACAO")],
    ),
    (
        "doe_ba_22825_2020 (real2 tune)",
        "O GOVERNADOR DO ESTADO DA BAHIA, no uso de suas atribuições,",
        [("ESTADO DA BAHIA", "LOCAL")],
        [("ESTADO DA BAHIA", "LOCAL")],
        [],
    ),
    # --- a body's name an acronym printed after it abbreviates (defined_bodies)
    (
        "doe_ba_22825_2020 (real2 tune)",
        "O(A) Presidente do(a) JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB, no uso de suas atribuições",
        [("ESTADO DA BAHIA", "LOCAL")],
        [("JUNTA COMERCIAL DO ESTADO DA BAHIA", "ORGANIZACAO"), ("JUCEB", "ORGANIZACAO")],
        [("ESTADO DA BAHIA", "LOCAL")],
    ),
    (
        "fidi_pronas_anexos_4_5 (real2 tune)",
        "REPRESENTANTES LEGAIS DA FUNDAÇÃO INSTITUTO DE PESQUISA E ESTUDO DE DIAGNÓSTICO POR IMAGEM – FIDI, sob",
        [],
        [("FUNDAÇÃO INSTITUTO DE PESQUISA E ESTUDO DE DIAGNÓSTICO POR IMAGEM", "ORGANIZACAO"), ("FIDI", "ORGANIZACAO")],
        [],
    ),
    # --- a firm in capitals after "a/da empresa"; its line-end hyphen is joined in the name
    (
        "dodf_029_2018 (real2 tune)",
        "Cód. SES 30827, em favor da empresa D. HOSP DISTRIBUIDORA HOSPITALAR, no valor total de R$ 15.232,89",
        [],
        [("D. HOSP DISTRIBUIDORA HOSPITALAR", "ORGANIZACAO")],
        [],
    ),
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "PARTES : SEPM e a empresa MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA - CNPJ 21.681.325/0001-57",
        [],
        [("MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA", "ORGANIZACAO")],
        [],
    ),
    (
        "dou_s1_2014 (old corpus)",
        "Fica aplicada à empresa BRINDES TIP LTDA, CNPJ",
        [],
        [("BRINDES TIP LTDA", "ORGANIZACAO")],
        [],
    ),
    # near misses: a firm's signatory after "pela empresa", a table's header after "EMPRESA"
    (
        "dodf_029_2018 (real2 tune)",
        "Pelo DISTRITO FEDERAL: FULANO DE TAL. Pela Empresa DHEYNE HAERY FERREIRA FRANQUI.",
        [],
        [],
        [("DHEYNE HAERY FERREIRA FRANQUI", "ORGANIZACAO")],
    ),
    (
        "bh_dom_7147_2024 (real2 tune)",
        "Onde se lê:\nEMPRESA ITEM SICAM DESCRIÇÃO VALOR\nPROMOVE COMERCIO",
        [],
        [],
        [("ITEM SICAM DESCRIÇÃO VALOR", "ORGANIZACAO")],
    ),
    # --- a state's name after a dash is part of a body's name, not of a municipality's
    (
        "unesco_contrato_servicos_sa3609_2012 (real2 tune)",
        "desenvolvido pela instituição (ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA), selecionado",
        [("ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL", "ORGANIZACAO"), ("BAHIA", "LOCAL")],
        [("ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA", "ORGANIZACAO")],
        [("BAHIA", "LOCAL")],
    ),
    (
        "doe_ba_22825_2020 (real2 tune)",
        "Nº 043.4125.2020.0000244-74. CONVENENTE: MUNICÍPIO DE MAETINGA - BAHIA. OBJETO: Prorroga",
        [("MUNICÍPIO DE MAETINGA", "LOCAL"), ("BAHIA", "LOCAL")],
        [("MUNICÍPIO DE MAETINGA", "ORGANIZACAO"), ("BAHIA", "LOCAL")],
        [],
    ),
    # --- a body cut at a line end after a connector or a second body's head reads on; two organizations
    (
        "dou_s3_2020_08_17 (real2 tune)",
        "e a Organização Pan-Americana da Saúde/Organização\nMundial da Saúde - C.N.P.J. nº 04.096.431/0001-54.",
        [("Organização Pan-Americana da Saúde/Organização", "ORGANIZACAO")],
        [("Organização Pan-Americana da Saúde", "ORGANIZACAO"), ("Organização\nMundial da Saúde", "ORGANIZACAO")],
        [],
    ),
    (
        "dodf_005_2020_01_08 (old corpus)",
        "Partícipes: Secretaria de Estado de\nSaúde do Distrito Federal (SES-DF), a Fundação",
        [("Secretaria de Estado de", "ORGANIZACAO")],
        [("Secretaria de Estado de\nSaúde do Distrito Federal", "ORGANIZACAO")],
        [],
    ),
    # near miss: a heading's last word is no connector ("NA" of a broken "SANTANA"), the next line a title
    (
        "doe_ba_22825_2020 (real2 tune)",
        "PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA\nCOMUNICADO",
        [("PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA", "ORGANIZACAO")],
        [("PREFEITURA MUNICIPAL DE FEIRA DE SA NTA NA", "ORGANIZACAO")],
        [],
    ),
    # near misses: things abbreviated that are no bodies
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "contratados pelo regime da Consolidação das Leis Trabalhistas - CLT, com",
        [],
        [],
        [("Consolidação das Leis Trabalhistas", "ORGANIZACAO"), ("CLT", "ORGANIZACAO")],
    ),
    (
        "paraguacu_sp_termo_fomento (real2 tune)",
        "publicado no Diário Oficial Eletrônico do Município - DOEM, conforme",
        [],
        [],
        [("Diário Oficial Eletrônico do Município", "ORGANIZACAO")],
    ),
]


@pytest.mark.parametrize(
    "source, text, model, expected, absent", ROWS, ids=[f"{i}-{r[0][:30]}" for i, r in enumerate(ROWS)]
)
def test_rule_13(source, text, model, expected, absent):
    got = _merged(text, model)
    assert set(expected) <= got, (source, sorted(got))
    assert not set(absent) & got, (source, sorted(got))


def test_defined_bodies_letters():
    # Schwartz & Hearst: the acronym's letters in the words' letters, its first one a word's first letter
    text = "Departamento Nacional de Infraestrutura de Transportes-DNIT e Projeto Básico Ambiental - PBA"
    assert [text[s:e] for s, e, *_ in defined_bodies(text)] == [
        "Departamento Nacional de Infraestrutura de Transportes"
    ]


# a party field that names two bodies joined by "e" holds two names
PARTIES = [
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "PARTES : Agência de Fomento do Estado do RJ e Centro Universitário Carioca - UniCarioca.\nOBJETO",
        "Agência de Fomento do Estado do RJ e Centro Universitário Carioca - UniCarioca",
        ["Agência de Fomento do Estado do RJ", "Centro Universitário Carioca", "UniCarioca"],
    ),
    (
        "dodf_005_2020_01_08 (old corpus)",
        "Partícipes: Fundação de Ensino e Pesquisa em Ciências da Saúde e a Associação Unificada Paulista de Ensino.",
        "Fundação de Ensino e Pesquisa em Ciências da Saúde e a Associação Unificada Paulista de Ensino",
        ["Fundação de Ensino e Pesquisa em Ciências da Saúde", "Associação Unificada Paulista de Ensino"],
    ),
    # near miss: "e" inside one body's name, no head word after it
    (
        "doe_rj_parte1_111_2023 (real2 tune)",
        "PARTES: Secretaria de Estado de Esporte e Lazer.",
        "Secretaria de Estado de Esporte e Lazer",
        ["Secretaria de Estado de Esporte e Lazer"],
    ),
]


@pytest.mark.parametrize("source, text, name, expected", PARTIES, ids=[r[0][:30] for r in PARTIES])
def test_two_bodies_in_a_party_field(source, text, name, expected):
    s = text.index(name)
    assert sorted(text[a:b] for a, b in party_names(text, s, s + len(name))) == sorted(expected)


def test_printed_name_joins_words_broken_at_a_line_end():
    from seidou.ner.names import printed_name

    assert printed_name("MULTIFARMA COMERCIO E REPRE-\nSENTAÇÕES LTDA") == "MULTIFARMA COMERCIO E REPRESENTAÇÕES LTDA"
    assert printed_name("Organização Pan-\nAmericana") == "Organização Pan-\nAmericana"  # a compound's hyphen stays
    assert printed_name("SECRETARIA\nDE SAÚDE") == "SECRETARIA\nDE SAÚDE"


def test_name_found_accepts_the_acronym_first():
    # gold "BRB - BANCO DE BRASÍLIA S.A." (DODF 2018) is LeNER-Br's two entities, as "Body - ACRONYM" already was
    got = {norm("BRB"), norm("BANCO DE BRASÍLIA S.A.")}
    assert name_found(norm("BRB - BANCO DE BRASÍLIA S.A."), got)
    assert not name_found(norm("BRB - BANCO DE BRASÍLIA S.A."), {norm("BRB")})


@pytest.mark.parametrize("text", [" \n", "\t \t", "Pelo ,  ;"])
def test_party_names_of_blank_spans_are_none(text):
    # a span of spaces and punctuation only raised IndexError (review31's fuzzing; no caller gave one)
    assert party_names(text, 0, len(text)) == []
