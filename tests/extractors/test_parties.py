from __future__ import annotations

import pytest

from seidou.extractors.parties import normalize_role, parties


@pytest.mark.parametrize(
    "word,role",
    [
        ("CONCEDENTE", "concedente"),
        ("CONDELENTE", "concedente"),
        ("CONVENENTE", "convenente"),
        ("CONVENIENTE", "convenente"),
        ("PARTÍCIPES", "participe"),
        ("CONTRATADA", "contratada"),
        ("UNIDADE EXECUTORA", "unidade_executora"),
        ("INTERVENIENTE", "interveniente"),
        ("OSC", "osc"),
    ],
)
def test_roles(word, role):
    assert normalize_role(word) == role


def test_preamble_with_misspelled_roles():
    text = (
        "O ESTADO DE ALAGOAS, por intermédio da Secretaria de Estado da Saúde, inscrita no CNPJ sob o nº "
        "00.489.828/0001-55, doravante denominada CONDELENTE, neste ato representada pelo Secretário de Estado, "
        "Sr. JOÃO DA SILVA, e o Município de Cabixi/RO, inscrito no CNPJ/MF sob o nº 22.855.159/0001-20, "
        "doravante denominado CONVENIENTE, representado pelo Prefeito, o Sr. SILVANO ASCARI DE ALMEIDA."
    )
    got = [(p.role, p.name, p.cnpj, p.representative_name, p.representative_cargo) for p in parties(text)]
    assert got == [
        ("concedente", "Secretaria de Estado da Saúde", "00489828000155", "JOÃO DA SILVA", "Secretário de Estado"),
        ("convenente", "Município de Cabixi/RO", "22855159000120", "SILVANO ASCARI DE ALMEIDA", "Prefeito"),
    ]


def test_extrato_labels():
    # Tucano-BA gazette style extrato de contrato
    text = "EXTRATO DE CONTRATO\nContratante: Município de Tucano\nContratada: ALFA SERVIÇOS LTDA, CNPJ nº 13.810.312/0001-02\nValor: R$ 1.000,00"
    got = [(p.role, p.name, p.cnpj, p.cnpj_valid) for p in parties(text)]
    assert got == [
        ("contratante", "Município de Tucano", None, None),
        ("contratada", "ALFA SERVIÇOS LTDA", "13810312000102", True),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOU 2010 (IFTM, the SIASG layout): the contratada's CNPJ labelled before its name
            "Nº Processo: 23146000350201031. Contratante: INSTITUTO FEDERAL DE EDUCACAO, -CIENCIA E TECNOLOGIA DO. "
            "CNPJ Contratado: 08246178000129. Contratado : JF CONSTRUCOES E EDIFICACOES LTDA-Objeto: Readequação da "
            "rede elétrica. Fundamento Legal: Art. 57",
            [
                ("contratante", "INSTITUTO FEDERAL DE EDUCACAO, -CIENCIA E TECNOLOGIA DO", None, None),
                ("contratada", "JF CONSTRUCOES E EDIFICACOES LTDA", "08246178000129", True),
            ],
        ),
        (  # DOU 2015 (SICONV): a body and its acronym, the Unidade Gestora after the concedente
            "Convenentes: Concedente : MINISTERIO DA EDUCACAO, Unidade Gestora: 150011, Gestão: 00001. Convenente : "
            "UNIVERSIDADE ESTADUAL DE CIENCIAS DA SAUDE DE ALAGOAS - UNC, CNPJ nº 12.517.793/0001-08. Solicitação",
            [
                ("concedente", "MINISTERIO DA EDUCACAO", None, None),
                ("convenente", "UNIVERSIDADE ESTADUAL DE CIENCIAS DA SAUDE DE ALAGOAS", "12517793000108", True),
            ],
        ),
        (  # DOU 2015 (IFTM): a person as concessionária, her CPF masked
            "Concedente: Instituto Federal de Educação, Ciência e Tecnologia do Triângulo Mineiro - Campus Ituiutaba "
            "CNPJ 10.695.891/0004-44. Concessionária: Roselda das Graças Costa ***065126**. CNPJ: 22.232.959/0001-95",
            [
                (
                    "concedente",
                    "Instituto Federal de Educação, Ciência e Tecnologia do Triângulo Mineiro - Campus Ituiutaba",
                    "10695891000444",
                    True,
                ),
                ("concessionaria", "Roselda das Graças Costa", "22232959000195", True),  # her value's CNPJ
            ],
        ),
        (  # DODF 2020-01-08: who signs for a party is no party
            "Data de Assinatura: 31/12/2018. Signatários: Concedente: GUILHERME CALS THEOPHILO GASPAR DE OLIVEIRA, "
            "CPF nº ***328747**, Convenente: JULIO",
            [],
        ),
        (  # DODF 2020-01-08: the second signatory, after a CPF whose dots are no sentence's end
            "Signatários: Concedente: GUILHERME CALS THEÓPHILO GASPAR DE OLIVEIRA, CPF nº ***.328.747-**, "
            "Convenente: JULIAN ROCHA PONTES, CPF nº ***.338.691-**.",
            [],
        ),
        (  # DOU 2017 (INEP): partícipes without roles, a body's CNPJ after its acronym
            "Espécie: Convênio Interinstitucional nº 05/2017. Partícipes: Instituto Nacional de Estudos e Pesquisas "
            "Educacionais Anísio Teixeira - INEP - CNPJ/MF: 01.678.363/0001-43 e a Universidade Federal de Goiás. Objeto:",
            [
                (
                    "participe",
                    "Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira",
                    "01678363000143",
                    True,
                ),
                ("participe", "Universidade Federal de Goiás", None, None),
            ],
        ),
        (  # DODF 2020-01-08: parties set against each other with " x "
            "PROCESSO: 052-00015903/2018-90 - PARTES: Distrito Federal/Polícia Civil X DNM - Distribuidora Nacional de "
            "Maquinas Eireli - EPP. FUNDAMENTAÇÃO LEGAL: Termos",
            [
                ("participe", "Distrito Federal/Polícia Civil", None, None),
                # (the legal form stays: "… LTDA – EPP", as the real2 gold writes names)
                ("participe", "DNM - Distribuidora Nacional de Maquinas Eireli - EPP", None, None),
            ],
        ),
        (  # DODF 2020-01-08: a bare " e " before a name in capitals
            "Processo: 00370-00004359/2018-01. Partes: Secretaria de Estado de Desenvolvimento Econômico e SIGMA "
            "INCORPORAÇÕES E CONSTRUÇÕES LTDA CNPJ 20.103.987/0001-87. Objeto: execução",
            [
                ("participe", "Secretaria de Estado de Desenvolvimento Econômico", None, None),
                ("participe", "SIGMA INCORPORAÇÕES E CONSTRUÇÕES LTDA", "20103987000187", True),
            ],
        ),
        (  # DODF 2020-01-07: an abbreviation's full stop, roles "na qualidade de", two contratantes joined by " e "
            "PARTES: SEC. DE ESTADO DE DESENVOLV IMENTO ECONÔMICO DO DF e SECRETARIA DE ESTADO DE CIÊNCIA, TECNOLOGIA E "
            "INOVAÇÃO DO DF na qualidade de CONTRATANTE; GLOBALIZAÇÃO EMPRESA DE SERVIÇOS GERAIS LTDA, inscrita sob o "
            "CNPJ nº 16.551.249/0001-25, na qualidade de CONTRATADA. DO OBJETO: a prorrogação",
            [
                ("contratante", "SEC. DE ESTADO DE DESENVOLV IMENTO ECONÔMICO DO DF", None, None),
                ("contratante", "SECRETARIA DE ESTADO DE CIÊNCIA, TECNOLOGIA E INOVAÇÃO DO DF", None, None),
                ("contratada", "GLOBALIZAÇÃO EMPRESA DE SERVIÇOS GERAIS LTDA", "16551249000125", True),
            ],
        ),
        (  # a consortium: its members are not parties, their CNPJs not its own; one after the brackets is
            "PARTES: SEC. DE ESTADO DE DESENVOLVIMENTO ECONÔMICO DO DF na qualidade de CONTRATANTE; Consórcio Supervisor "
            "DF (formado pelas empresas EGIS Internacional e EGIS Engenharia e Consultoria LTDA), inscrito no CNPJ nº "
            "31.929.613/0001-73,, na qualidade de CONTRATADA. DO OBJETO: fica prorrogada",  # (printed one digit off: 31)
            [
                ("contratante", "SEC. DE ESTADO DE DESENVOLVIMENTO ECONÔMICO DO DF", None, None),
                ("contratada", "Consórcio Supervisor DF", "31929613000173", False),
            ],
        ),
        (
            "PARTES: SEC. DE ESTADO DE DESENVOLVIMENTO ECONÔMICO DO DF na qualidade de CONTRATANTE; Consórcio AMBIENTE "
            "BRASIL - IEME BRASIL formado pelas empresas AMBIENTE BRASIL ENGENHARIA LTDA, inscrita sob o CNPJ nº "
            "06.306.458/0001-50 e IEME BRASIL ENGENHARIA CONSULTIVA LTDA, na qualidade de CONTRATADA. DO OBJETO: x",
            [
                ("contratante", "SEC. DE ESTADO DE DESENVOLVIMENTO ECONÔMICO DO DF", None, None),
                ("contratada", "Consórcio AMBIENTE BRASIL - IEME BRASIL", None, None),
            ],
        ),
        (  # DODF 2020-01-07 (SEAGRI): "CONTRATANTES:" both sides, each role printed after "como", in any case
            "NÚMERO: 000043/2019-SEAGRI. CONTRATANTES: Distrito Federal, por intermédio da Secretaria de Estado da "
            "Agricultura, Abastecimento e Desenvolvimento Rural do Distrito Federal - Seagri, por delegação da "
            "Companhia Imobiliária de Brasília - Terracap como concedente e EICHI HAYAKAWA, produtor rural, CPF "
            "***.099.901-**, como concessionário. OBJETO: Lote nº 03",
            [("concedente", "Distrito Federal", None, None), ("concessionaria", "EICHI HAYAKAWA", None, None)],
        ),
        (  # DODF 2020-01-07 (NOVACAP): "CONTRATANTES:" names the contract's two sides in order
            "ESPÉCIE: QUINTO TERMO ADITIVO. CONTRATANTES: NOVACAP e CONSTRUTORA ENGEMEGA LTDA. DO OBJETO: Suspensão",
            [("contratante", "NOVACAP", None, None), ("contratada", "CONSTRUTORA ENGEMEGA LTDA", None, None)],
        ),
        (  # DODF 2020-01-08 (SEMOB): a name in capitals ends before a word in Title Case (the act's kind after it)
            "Processo: 00391-00009849/2019-74. DAS PARTES: SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE DO DISTRITO "
            "FEDERAL - SEMOB x INSTITUTO DO MEIO AMBIENTE E DOS RECURSOS HÍDRICOS DO DISTRITO FEDERAL - IBRAM Termo de "
            "Cessão de Uso DO OBJETO: O presente Termo",
            [
                ("participe", "SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE DO DISTRITO FEDERAL", None, None),
                ("participe", "INSTITUTO DO MEIO AMBIENTE E DOS RECURSOS HÍDRICOS DO DISTRITO FEDERAL", None, None),
            ],
        ),
        (  # DODF 2020-01-08: a name up to its sentence's end
            "DATA DE ASSINATURA: 03/12/2019. CONCESSIONÁRIA: TIAGO ORO. Republicado por erro no original",
            [("concessionaria", "TIAGO ORO", None, None)],
        ),
        (  # DOU 2017-10-02 (INEP): a foreign body's registration ("pessoa coletiva") is no part of its name
            "Espécie: Convênio Interinstitucional nº 01/2017. Partícipes: Instituto Nacional de Estudos e Pesquisas "
            "Educacionais Anísio Teixeira - INEP - CNPJ/MF: 01.678.363/0001-43 e o Instituto Politécnico de Setúbal - "
            "pessoa coletiva: 503720364. Objeto: Utilização dos resultados do Exame Nacional",
            [
                (
                    "participe",
                    "Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira",
                    "01678363000143",
                    True,
                ),
                ("participe", "Instituto Politécnico de Setúbal", None, None),
            ],
        ),
    ],
)
def test_run_in_extrato_labels(text, expected):
    assert [(p.role, p.name, p.cnpj, p.cnpj_valid) for p in parties(text)] == expected


PROSE = [
    (  # DOU 2018 Seção 3 (UFBA): "celebrado entre A, por intermédio de …, e a empresa B, inscrita no CNPJ"
        "Primeiro Termo Aditivo a Ata de Registro de Preços, referente o Pregão Eletrônico nº 53/2014, celebrado entre "
        "a Universidade Federal da Bahia, por intermédio do Complexo Hospitalar Universitário Prof. Edgard Santos e a "
        "empresa HOSP-LOG Comércio de Produtos Hospitalares Ltda, inscrita no CNPJ nº 06.081.203/0001-36, para "
        "alteração do valor unitário",
        [  # (an ata de registro de preços: its sides are contratante and contratada, parties.FAMILIES)
            ("contratante", "Universidade Federal da Bahia", None, None),
            ("contratada", "HOSP-LOG Comércio de Produtos Hospitalares Ltda", "06081203000136", True),
        ],
    ),
    (  # the first body holds " e ": the split is at " e a empresa"
        "Espécie: Contrato de Comodato n. 06/2017, que entre si celebram o Complexo Hospitalar e de Saúde/UFBA e a "
        "empresa SG TECNOLOGIA CLÍNICA LTDA - CNPJ nº 61.485.900/0007-56. Objeto: o recebimento",
        [
            ("participe", "Complexo Hospitalar e de Saúde/UFBA", None, None),
            ("participe", "SG TECNOLOGIA CLÍNICA LTDA", "61485900000756", True),
        ],
    ),
    (  # DOU 2018 (IFTO): " e a " before the second body, not the " e " inside the first
        "Acordo de Cooperação Técnica nº 5/2018 - REI/IFTO, firmado entre o Instituto Federal de Educação, Ciência e "
        "Tecnologia do Tocantins e a Universidade Federal do Piauí, visando ao estabelecimento",
        [
            ("participe", "Instituto Federal de Educação, Ciência e Tecnologia do Tocantins", None, None),
            ("participe", "Universidade Federal do Piauí", None, None),
        ],
    ),
    (  # DODF 2020-01-07: the roles "na qualidade de", after a process number and a dash
        "Processo: 00148-00001867/2019-90 - ADMINISTRAÇÃO REGIONAL DO RIACHO FUNDO I - RA-XVII, na qualidade de "
        "CONTRATANTE e a COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL - CAESB, na qualidade de CONTRATADA. "
        "DO OBJETO: PRESTAÇÃO",
        [
            ("contratante", "ADMINISTRAÇÃO REGIONAL DO RIACHO FUNDO I - RA-XVII", None, None),
            ("contratada", "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL", None, None),
        ],
    ),
    (  # Tucano-BA diário oficial: a municipality in lower case
        "Convênio para execução do trabalho social que entre si celebram a Caixa Econômica Federal e o município de "
        "Tucano- BA, no âmbito do Programa Minha Casa Minha Vida",
        [("participe", "Caixa Econômica Federal", None, None), ("participe", "município de Tucano- BA", None, None)],
    ),
    (  # Tucano-BA: the publisher and whom it signed with
        "EXTRATO DE PUBLICAÇÃO DO 4º TERMO ADITIVO REFERENTE AO CONTRATO 080/2019.\nA Prefeitura Municipal de "
        "Tucano, Estado da Bahia, torna público que irmou o 3º Termo Adiivo de valor Contratual, com a empresa MICRO "
        "POSTO TUCANO LTDA, Contrato nº 080/2019, que tem como objeto",
        [
            ("contratante", "Prefeitura Municipal de Tucano", None, None),
            ("contratada", "MICRO POSTO TUCANO LTDA", None, None),
        ],
    ),
    (
        "EXTRATO DE CONTRATO Nº076/2021\nO Fundo Municipal de Assistência Social de Tucano, Estado da Bahia, torna "
        "público que irmou contrato com a Pessoa Física– Maria Ferreira Santos Objeto: Locação de imóvel",
        [
            ("contratante", "Fundo Municipal de Assistência Social de Tucano", None, None),
            ("contratada", "Maria Ferreira Santos", None, None),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_parties_named_in_an_extratos_sentence(text, expected):
    assert [(p.role, p.name, p.cnpj, p.cnpj_valid) for p in parties(text, prose=True)] == expected
    # other acts name the parties of the contract they refer to that way, not their own
    assert parties(text) == []


def test_preamble_of_parties_that_name_themselves():
    # Tucano-BA x Polícia Federal convênio 0003/2016, p. 1 (scanned; the text as printed)
    text = (
        "Pelo presente instrumento, de um lado, O Município de Tucano/BA, pessoa jurídica de direito público, "
        "com endereço na Av. Antonio Carlos Magalhães, nº 164, Centro, Tucano/BA, CEP 48.790-000, inscrito no "
        "CNPJ sob o nº 13.810.312/0001-02, neste ato representado pelo Prefeito Municipal, IGOR MOREIRA NUNES, "
        "brasileiro, doravante denominado MUNICÍPIO, e, do outro lado, a União, através da Superintendência "
        "Regional da Polícia Federal no Estado da Bahia - SR/PF/BA, com sede na Av. Oscar Pontes, nº 339, "
        "Salvador/BA, CEP 40.460-130, inscrita no CNPJ sob o nº 00.394.494/0022-60, neste ato representada pelo "
        "Superintendente Regional, DANIEL JUSTO MADRUGA, brasileiro, doravante denominada SR/PF/BA, celebram"
    )
    got = [(p.role, p.name, p.cnpj, p.representative_cargo, p.representative_name) for p in parties(text)]
    assert got == [
        ("participe", "Município de Tucano/BA", "13810312000102", "Prefeito Municipal", "IGOR MOREIRA NUNES"),
        (
            "participe",
            "Superintendência Regional da Polícia Federal no Estado da Bahia",
            "00394494002260",
            "Superintendente Regional",
            "DANIEL JUSTO MADRUGA",
        ),
    ]


def test_a_field_value_stops_at_the_next_label():
    # DOU 2014-10-01 p. 6 (CONCEA credenciamentos) and a TCU acórdão: table cells and numbered items
    text = (
        "Razão Social: INSTITUTO FILADELFIA DE LONDRINA Nome da Instituição: Centro Universitário Filadélfia\n"
        "Endereço da Instituição: Rua Alagoas, 2050 , Centro , Londrina -PR, CEP 86.020-360.\n"
        "Decisão: DEFERIDO\n"
        "Órgão: Comando da Aeronáutica.\n"
        "1.4. Relator: Ministro-Substituto Weder de Oliveira."
    )
    assert [p.name for p in parties(text)] == ["INSTITUTO FILADELFIA DE LONDRINA", "Comando da Aeronáutica"]


def test_report_filters_and_jumbled_cells_are_not_parties():
    # Tucano-BA gazette 1507/2021 (a budget report's filter line) and a PRONAS project form
    report = "Órgão: (Todos) Unidade: (Todos)\nTp Emp CodRed Dotação Orçamentária Proc Credor CNPJ/CPF Data Emp"
    assert parties(report) == []
    form = (
        "Razão Social: Associação de Pais e Amigos dos Excepcionais de Prados - MG\n"
        "CNPJ: 26.118.448/0001-06\n"
        "Nome do Dirigente: Procurador (se aplicável): Não se aplica. Altair Ladeira (Presidente)\n"
        "A.1 - APRESENTAÇÃO DA INSTITUIÇÃO"
    )
    (p,) = parties(form)
    assert p.cnpj == "26118448000106" and p.representative_name is None


def test_concea_institutions_on_a_real_page(fixtures):
    from seidou.runner.process import process_file

    rows = process_file(str(fixtures / "dou_s1_2014_10_01_p006.pdf"), "t", tables="off", ner="off").rows
    names = [p["name"] for p in rows["parties"]]
    assert "COMISSÃO NACIONAL DE ENERGIA NUCLEAR" in names and "INSTITUTO FILADELFIA DE LONDRINA" in names
    assert not [n for n in names if ":" in n or "\n" in n]
