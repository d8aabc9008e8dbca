"""Printed signatures found by layout and extratos' per-party signatory lists: rows from real documents
(source in each row), and near misses that hold no signatory."""

from __future__ import annotations

import pytest

from seidou.extractors.signature_blocks import block_signatories
from seidou.extractors.signatory_lists import listed_by_party

BLOCKS = [
    # (text, [(name, witness)])
    # BH DOM 7143 2024-11-29: Title Case names under the closing, two columns read as one line
    (
        "Art. 5º – Este decreto entra em vigor na data de sua publicação.\nBelo Horizonte, 28 de novembro de 2024.\n"
        "Fuad Noman\nPrefeito de Belo Horizonte Leonardo Maurício Colombini Lima\n"
        "Secretário Municipal de Planejamento, Orçamento e Gestão\n"
        "João Antônio Fleury Teixeira Secretário Municipal de Fazenda",
        [("Fuad Noman", False), ("Leonardo Maurício Colombini Lima", False), ("João Antônio Fleury Teixeira", False)],
    ),
    (
        "Belo Horizonte, 26 de novembro de 2024\nJuliana Santos Duarte\n"
        "Presidente da Comissão de Seleção Tatiane Maria dos Reis\nMembro da Comissão Especial de Seleção",
        [("Juliana Santos Duarte", False), ("Tatiane Maria dos Reis", False)],
    ),
    # TCE-AC acórdão 11.046/2018: a title before names in capitals, "Fui presente:"
    (
        "Rio Branco – Acre, 13 de dezembro de 2018.\nConselheiro VALMIR GOMES RIBEIRO\nPresidente do TCE/AC\n"
        "Conselheira ANTONIO CRISTOVÃO CORREIA DE MESSIAS\nRelator\nFui presente:\n"
        "SÉRGIO CUNHA MENDONÇA Procurador-Chefe do MPE/TCE/AC",
        [
            ("VALMIR GOMES RIBEIRO", False),
            ("ANTONIO CRISTOVÃO CORREIA DE MESSIAS", False),
            ("SÉRGIO CUNHA MENDONÇA", False),
        ],
    ),
    # Paraguaçu Paulista termo de fomento 11/2022 (1Doc): underscores, nickname, "Testemunha 1"
    (
        "Paraguaçu Paulista, 23 de Março de 2022.\n_____________ ANTONIO TAKASHI SASADA (ANTIAN) Prefeito\n"
        "_____________ ANTÔNIO MARCOS MONTAI MESSIAS Testemunha 1\n_____________ VÂNIA FERREIRA RIOS FIGUEIRA\n"
        "Testemunha 2\nVERIFICAÇÃO DAS ASSINATURAS",
        [
            ("ANTONIO TAKASHI SASADA", False),
            ("ANTÔNIO MARCOS MONTAI MESSIAS", True),
            ("VÂNIA FERREIRA RIOS FIGUEIRA", True),
        ],
    ),
    # UNESCO contrato 2012: signing labels, no closing date
    (
        "6. Assinaturas\nEm nome da “UNESCO”:\nAssinatura Autorizada\nLucien Andre Munoz Director UBO\n",
        [("Lucien Andre Munoz", False)],
    ),
    # Fundação Abrinq termo de convênio 2021 (D4Sign): witnesses' label, two "Nome:" columns on one line
    (
        "São Paulo, ___ de outubro de 2021.\nTestemunhas:\nNome: Eduardo Santos Batista Nome: Michelly Lima Antunes\n",
        [("Eduardo Santos Batista", True), ("Michelly Lima Antunes", True)],
    ),
    # DODF 2018-02-09 (PCDF): the closing inside the paragraph, the signatory after it
    (
        "… Lei nº 8.666/1993. Brasília, 06 de fevereiro de 2018. SILVÉRIO ANTONIO MOITA DE ANDRADE.",
        [("SILVÉRIO ANTONIO MOITA DE ANDRADE", False)],
    ),
    # DODF 2018-02-09 (CLDF aviso): "Name, Position." closing a paragraph
    ("… UASG: 925008. Processo nº 1290/2017.Jean Felippe Mazépas, Pregoeiro.", [("Jean Felippe Mazépas", False)]),
    # near misses: a cargo's second line, a heading, an addressee, prose after the closing
    (
        "Belo Horizonte, 27 de novembro de 2024\nRenata Luiza de Lima\nGerente de Formalização e Cadastro de Parcerias\n"
        "AUTORIZAÇÃO DE CONTRATAÇÃO",
        [("Renata Luiza de Lima", False)],
    ),  # fmt: skip
    ("Brasília, 10 de maio de 2023.\nAo Senhor\nJOÃO DA SILVA\nDiretor", []),
    ("Brasília, 10 de maio de 2023.\nO presente termo foi lavrado em duas vias pelas partes abaixo assinadas.", []),
    ("Paraguaçu Paulista, 23 de Março de 2022.\nVERIFICAÇÃO DAS ASSINATURAS\n", []),
    # DODF 2020-01-08: the next act's heading under a block in capitals; a sumário's dot leaders
    (
        "Brasília/DF, 07 de outubro de 2019.\nVINÍCIUS EUSTÁQUIO BARRETO CAMPOS\nDiretor\nDECISÃO ADMINISTRATIVA\n"
        "Analisando os autos do processo",
        [("VINÍCIUS EUSTÁQUIO BARRETO CAMPOS", False)],
    ),
    (
        "Brasília/DF, 28 de Novembro de 2019.\nGIOVANI LEAL DA SILVA\nPresidente\nREEXAME NECESSÁRIO N° 016/2019\n",
        [("GIOVANI LEAL DA SILVA", False)],
    ),
    # DOM-AL/AMA 2016: the body's acronym under a cargo, then the next name; the Sigpub stamp ends the block
    (
        "Teotônio Vilela – AL, 04 de Junho de 2015.\nGERALDO JUSTINO DA SILVA FILHO Presidente\nIPREVTEO\n"
        "PEDRO HENRIQUE DE JESUS PEREIRA\nPrefeito\nPublicado por: Ricardo Lima Torres Código Identificador:D1DB184B\n"
        "O PLANETA AGRADECE\nAQ PUBLICAR NO DIÁRIO DOS",
        [("GERALDO JUSTINO DA SILVA FILHO", False), ("PEDRO HENRIQUE DE JESUS PEREIRA", False)],
    ),
]


@pytest.mark.parametrize("text,expected", BLOCKS)
def test_signature_blocks(text, expected):
    assert [(p.name, p.witness) for p in block_signatories(text)] == expected


LISTS = [
    # DODF 2018-02-09, SES/DF termo aditivo
    (
        "Data de Assinatura: 30/01/2018. Pela SES/DF: HUMBERTO LUCENA PEREIRA DA FONSECA. Pela contratado: EDSON DA "
        "SILVA SANTOS. Testemunhas: CAROLINA R. DE FRANÇA T. BRAGANÇA e JOSEFA NOBREGA DANTAS. Publicação do Ajuste",
        [
            ("HUMBERTO LUCENA PEREIRA DA FONSECA", False),
            ("EDSON DA SILVA SANTOS", False),
            ("CAROLINA R. DE FRANÇA T. BRAGANÇA", True),
            ("JOSEFA NOBREGA DANTAS", True),
        ],
    ),
    # DODF 2018-02-09, SES/DF atas: "pela Empresa NOME" without punctuation
    (
        "SIGNATÁRIOS: Pela Secretaria de Estado de Saúde, HUMBERTO LUCENA PEREIRA DA FONSECA; pela Empresa EZEQUIAS "
        "TRIPODE. TESTEMUNHAS: PAULA BORGES RIBEIRO e GEYSA ANTUNES MARQUES.",
        [
            ("HUMBERTO LUCENA PEREIRA DA FONSECA", False),
            ("EZEQUIAS TRIPODE", False),
            ("PAULA BORGES RIBEIRO", True),
            ("GEYSA ANTUNES MARQUES", True),
        ],
    ),
    # DODF 2018-02-09, NOVACAP: Title Case names joined by " e "
    (
        "DATA DA ASSINATURA: 08/12/2017. PELA NOVACAP: Júlio César Menegotto e Daclimar Azevedo de Castro. PELA "
        "CONTRATADA: Rodrigo Castro Alves Neves e Gustavo Neves de Andrade Lemes.",
        [
            ("Júlio César Menegotto", False),
            ("Daclimar Azevedo de Castro", False),
            ("Rodrigo Castro Alves Neves", False),
            ("Gustavo Neves de Andrade Lemes", False),
        ],
    ),
    # DODF 2018-02-09, CLDF: "Partes: Pela Contratante, NOME - cargo, e, pela Contratada, NOME."
    (
        "Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, THIAGO MATHEUS "
        "MESSIAS DA ROCHA.",
        [("ANDRÉ LUIZ PEREZ NUNES", False), ("THIAGO MATHEUS MESSIAS DA ROCHA", False)],
    ),
    # DODF 2018-02-09, SES/DF atas: no full stop between the signatory and the witnesses' label
    (
        "SIGNATÁRIOS: Pela Secretaria de Estado de Saúde, HUMBERTO LUCENA PEREIRA DA FONSECA; pela Empresa DEJAIR "
        "SOUZA DO NASCIMENTO TESTEMUNHAS: PAULA BORGES RIBEIRO e GEYSA ANTUNES MARQUES.",
        [
            ("HUMBERTO LUCENA PEREIRA DA FONSECA", False),
            ("DEJAIR SOUZA DO NASCIMENTO", False),
            ("PAULA BORGES RIBEIRO", True),
            ("GEYSA ANTUNES MARQUES", True),
        ],
    ),
    # DODF 2020-01-08: "P/"-less labels with a rank before the name, cargo after " - "
    (
        "DATA DA ASSINATURA: 03JAN2020, ASSINANTES: Pelo DF: CEL EDMAR - Chefe do DSAP; Pela Contratada: JATAÇARA "
        "LELIS BELESA - Representante legal.",
        [("CEL EDMAR", False), ("JATAÇARA LELIS BELESA", False)],
    ),
    # near misses: "PELO" in capitals inside prose (Tucano DOE 1516/2021 specs; SIAFI-Web note, Anatel 2024)
    ("PLACA MÃE COMPATÍVEL, COM PELO MENOS DUAS CONEXÕES PARA MONITOR, CONEXÃO ETHERNET GIGABIT, DUAS PORTAS USB", []),
    ("OBS: DOCUMENTO EMITIDO PELO SIAFI-WEB, FRUTO DA EMISS O DE ORDEM DE PAGAMENTO. FAVORECIDO: EDICEU BERALDI", []),
    # near misses: a preamble's representative, a body after "pela"
    ("neste ato representada pela Secretária de Estado, MARIA DA SILVA COSTA, doravante", []),
    ("ambas emitidas pela Diretoria Financeira da NOVACAP. DATA DA ASSINATURA: 11/01/2018.", []),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_signatories_per_party(text, expected):
    assert [(p.name, p.witness) for p in listed_by_party(text)] == expected


# Issue 29, 0.23: the verb before a party label ("Assina pelo Contratante: NOME"), a role in capitals without a
# colon, and the gender in brackets ("ASSINA(M) PELOS(AS) CONTRATADO(AS):"); sources: DODF (the labels above) and
# DOM-CE/APRECE extratos of three municipalities (Guaraciaba do Norte 2013, Groaíras 2013, Campos Sales 2022)
SIGNS = [
    (
        "Data da Assinatura:01 de julho de 2013; Assina pelo Contratante: Antonia Gláucia Agapito Lima - "
        "CPF:***.283.383-**; Assina pelo Contratado: Francisca Camila da Silva Ribeiro - CPF.: ***.079.973-**. "
        "Guaraciaba do Norte / CE",
        [("Antonia Gláucia Agapito Lima", None), ("Francisca Camila da Silva Ribeiro", None)],
    ),
    (
        "até 31 de dezembro de 2013; ASSINA(M) PELOS(AS) CONTRATADO(AS): José Rodrigues da Silva Alves; Assina Pela "
        "Contratante: Francisco Adhemar Albuquerque, Ana Paula Lima Azevedo e Edmilson Correia Timbó; Groaíras-Ce, 25 "
        "de junho de 2013;",
        [
            ("José Rodrigues da Silva Alves", None),
            ("Francisco Adhemar Albuquerque", None),
            ("Ana Paula Lima Azevedo", None),
            ("Edmilson Correia Timbó", None),
        ],
    ),
    (
        "no contrato entre as partes. Assina pelo\nCONTRATANTE: Juceando Francisco De Souza Secretário de Desporto, "
        "assina pela\nCONTRATADA Salim Bayde Neto portador(a) do CPF MF nº",
        [("Juceando Francisco De Souza", None), ("Salim Bayde Neto", None)],
    ),
    # near misses: a body after "pela" in prose, a role word that opens no list
    ("a prestação de contas assina pela entidade o seu presidente", []),
    ("Fica designada pela CONTRATANTE a servidora responsável", []),
]


@pytest.mark.parametrize("text,expected", SIGNS)
def test_signatories_after_the_verb_assina(text, expected):
    assert [(p.name, p.cargo) for p in listed_by_party(text)] == expected


# A closing inside a paragraph with the signatory after a dash, and a paragraph that ends on "Name - Cargo." or
# "Name. Cargo."; sources: DODF 2018 ("Brasília, 05 de fevereiro de 2018. NOME.", "Jean Felippe Mazépas,
# Pregoeiro.") and DOE-BA 2020-01-21 (municipal and state acts)
CLOSINGS = [
    (
        "deverão manifestar-se.\nCamaçari, 20 de janeiro 2020-Antônio Sérgio Moura de Sousa - Presidente em Exercício\n",
        [("Antônio Sérgio Moura de Sousa", "Presidente em Exercício")],
    ),
    (
        "recursal. Camaçari, 20 de janeiro de 2020 - Manoel Alves Carneiro -Compel.\nEXTRATO",
        [("Manoel Alves Carneiro", "Compel")],
    ),
    (
        "Fica franqueada vistas ao processo, CEP 41.745-004. Lívia Silva - Presidente da Comissão Processante Local.",
        [("Lívia Silva", "Presidente da Comissão Processante Local")],
    ),
    (
        "DATA DA ASSINATURA:17/01/2020. Fábio Vilas-Boas Pinto. Secretário Estadual da Saúde.\n",
        [("Fábio Vilas-Boas Pinto", "Secretário Estadual da Saúde")],
    ),
    (
        "Brasília, 05 de fevereiro de 2018. SILVÉRIO ANTONIO MOITA DE ANDRADE.",
        [("SILVÉRIO ANTONIO MOITA DE ANDRADE", None)],
    ),
    # near misses: a body after the date's dash, a street after it, a sentence that ends on a place and a noun
    ("Assinado em Brasília, 20 de janeiro de 2020 - Secretaria de Infraestrutura - Joselene", []),
    ("Salvador, 3 de maio de 2020 - Praça Municipal - Centro.", []),
    ("O contrato foi assinado. Belo Horizonte. Capital do Estado.", []),
]


@pytest.mark.parametrize("text,expected", CLOSINGS)
def test_closings_with_a_dash_and_names_before_their_cargo(text, expected):
    assert [(p.name, p.cargo) for p in block_signatories(text)] == expected


# Blocks opened by a signature's underscores, a letter's complimentary close or "(assinado digitalmente)", and a
# paragraph that ends on a name in capitals and its cargo (sources in signature_blocks.py: APAE Colinas 2024,
# Paraguaçu Paulista 2022, DOE-BA 2020; APAE Três Pontas 2024, SEI-AL 2025; CBMAL boletim 2024; DOM-CE 2022)
OPENERS = [
    (
        "_____________________________________________\nAdemar Veloso de Carvalho\nCPF Nº 49853856115\nAnexo 4 do "
        "Anexo LXXXVI\n",
        [("Ademar Veloso de Carvalho", None)],
    ),
    (
        "CAMPO ALEGRE DE LOURDES - BA, 31/12/2019\n____________________________________ Enilson Marcelo Rodrigues da "
        "Silva Prefeito Municipal\n",
        [("Enilson Marcelo Rodrigues da Silva", "Prefeito Municipal")],
    ),
    (
        "Rede de Cuidado da Pessoa com Deficiência.\nAtenciosamente,\nVerônica de Figueiredo Murad\nPresidente - APAE-TP",
        [("Verônica de Figueiredo Murad", "Presidente - APAE-TP")],
    ),
    (
        "Art. 14 Esta Portaria entra em vigor na data de sua publicação.\n(assinado digitalmente)\nSÉRGIO ANDRÉ SILVA "
        "VERÇOSA - CORONEL QOC BM\nComandante-Geral do CBMAL\nSECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA (SSP)",
        [("SÉRGIO ANDRÉ SILVA VERÇOSA", "Comandante-Geral do CBMAL")],  # the rank after the name is no cargo
    ),
    (
        "Vigência do Contrato: 120 (Cento e Vinte) dias.\nJOSÉ GOMES NOGUEIRA DA SILVA, Ordenador de Despesas da "
        "Secretaria de Infraestrutura e Serviços Públicos.\nArneiroz/CE, 30 de Maio de 2022.",
        [("JOSÉ GOMES NOGUEIRA DA SILVA", "Ordenador de Despesas da Secretaria de Infraestrutura e Serviços Públicos")],
    ),
    (
        "Tel. nº: (71) 3648-3503.\nDias d’Ávila, 20 de janeiro de 2020 - Mateus Oliveira Souza - Pregoeiro Oficial.\n",
        [("Mateus Oliveira Souza", "Pregoeiro Oficial")],
    ),
    # near misses: a form's blank signature lines (DOU 2017 anexos; Fundação Abrinq's model declaration)
    ("________________________________\n(Assinatura do (a) docente)\nANEXO II", []),
    ("________________________________________\n(Nome do Representante Legal da Organização)\nRG:\nCPF:", []),
    ("Atenciosamente,\nA Comissão de Licitação informa que o prazo foi prorrogado.", []),
]


@pytest.mark.parametrize("text,expected", OPENERS)
def test_blocks_opened_by_underscores_closes_and_notes(text, expected):
    assert [(p.name, p.cargo) for p in block_signatories(text)] == expected


def test_a_signing_label_over_a_line_break_after_the_verb():
    # DOM-CE (APRECE) 2022, Barbalha: "ASSINA PELO ÓRGÃO\nGERENCIADOR E PARTICIPANTES: …"
    text = (
        "quatro centavos). ASSINA PELO ÓRGÃO\nGERENCIADOR E PARTICIPANTES: Aquiles Soares de Sampaio, Jussara de Luna "
        "Batista e Francisco Sandoval Barreto de Alencar. ASSINA PELA LICITANTE/VENCEDORA: Fábio Florêncio Jatahy.\n"
    )
    assert [p.name for p in listed_by_party(text)] == [
        "Aquiles Soares de Sampaio",
        "Jussara de Luna Batista",
        "Francisco Sandoval Barreto de Alencar",
        "Fábio Florêncio Jatahy",
    ]
    # a label over a line break without the verb stays no label (prose cut by the layout)
    assert listed_by_party("o valor previsto pela\nComissão: Aquiles Soares de Sampaio e mais") == []
