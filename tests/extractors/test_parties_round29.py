"""parties@12 (session 29): rows from real documents (short snippets, source named) and near misses that must not fire."""

from __future__ import annotations

import pytest

from seidou.extractors.parties import _with_ata_firms, parties

# (source, text, [(role, name, cnpj), …]) read as an extrato (prose=True)
SIDES = [
    # "Celebram o X e o Y": the verb alone opening the extrato's sentence (the preamble's "entre si" left out)
    (
        "Celebram o X e o Y | DODF 3 2021 SEL/DF 2º termo aditivo ao acordo de cooperação 002/2018",
        "SEGUNDO TERMO ADITIVO AO ACORDO DE COOPERAÇÃO N° 002/2018. Celebram o DISTRITO FEDERAL, por meio da SECRETARIA"
        " DE ESTADO DO ESPORTE E LAZER DO DISTRITO FEDERAL – SEL/DF, inscrita no CNPJ/MF sob o nº 02.977.827/0001-85 e o"
        " INSTITUTO PRÓ BRASIL, inscrito no CNPJ nº 05.597.022/0001-02. Objeto: Prorrogação de prazo de vigência.",
        [
            ("participe", "DISTRITO FEDERAL", "02977827000185"),
            ("participe", "INSTITUTO PRÓ BRASIL", "05597022000102"),
        ],
    ),
    (
        "near miss: the closing formula 'firmam este instrumento' | Paraguaçu Paulista-SP termo de fomento 01/2024",
        "18.2 E, por estarem assim justos e pactuados firmam este instrumento, que será assinado pelas partes e pelas"
        " testemunhas abaixo, para que surta seus efeitos jurídicos e legais.",
        [],
    ),
    (
        "near miss: 'Celebram o presente' (no party after the article)",
        "TERMO ADITIVO. Celebram o presente Termo Aditivo as partes abaixo. Objeto: prorrogação.",
        [],
    ),
    (
        "near miss: 'celebram' inside a sentence, not opening it",
        "EXTRATO. As partes celebram o Termo Aditivo nº 2. Objeto: prorrogação.",
        [],
    ),
    # a plural "CONVENENTES:" under a cooperation names partícipes; "C.N.P.J." a CNPJ's label
    (
        "CONVENENTES of a termo de cooperação, C.N.P.J. | DOU S3 2020-08-17 4º termo de ajuste ao 93º TC (OPAS)",
        "EXTRATO DO 4º TERMO DE AJUSTE AO 93º TERMO DE COOPERAÇÃO TÉCNICA CONVENENTES: Celebram entre si a União"
        " Federal, através do Ministério da Saúde - C.N.P.J. nº 00.530.493/0001-71, e a Organização Pan-Americana da"
        " Saúde/Organização Mundial da Saúde - C.N.P.J. nº 04.096.431/0001-54. PROCESSO: 25000.009968/2017-89.",
        [
            ("participe", "União Federal", "00530493000171"),
            ("participe", "Organização Pan-Americana da Saúde/Organização Mundial da Saúde", "04096431000154"),
        ],
    ),
    (
        "near miss: CONVENENTES of a convênio with a transfer stay concedente and convenente | DOU S3 2020-08-17"
        " 1º termo aditivo ao convênio 709761/2009",
        "EXTRATO DO 1º TERMO ADITIVO AO CONVÊNIO Nº 709761/2009\nCONVENENTES: Celebram entre si a União Federal, através"
        " do Ministério da Saúde - CNPJ nº 00.530.493/0001-71, e a(o) Fundação Altino Ventura/PE, CNPJ nº"
        " 10.667.814/0001-38. OBJETO: Alterar a cláusula do Convênio nº 709761/2009, que trata dos Recursos Financeiros."
        " Valor de Repasse R$ 88.600,00 (oitenta e oito mil e seiscentos reais).",
        [
            ("concedente", "União Federal", "00530493000171"),
            ("convenente", "Fundação Altino Ventura/PE", "10667814000138"),
        ],
    ),
    # the Código Civil's words for a doação's sides, in the role table
    (
        "DOADOR: a doação's giver, the cedente | DODF 39 2019 DER/DF termo de doação 01/2019",
        "EXTRATO DO TERMO DE DOAÇÃO Nº 01/2019\nPROCESSO: 00113-00030348/2018-09, DOADOR: DEPARTAMENTO DE ESTRADAS DE"
        " RODAGEM DO DISTRITO FEDERAL, CNPJ 00.070.532/0001-03, IEL: INSTITUTO ESPÍRITO DE LUZ, OBJETO: DOAÇÃO AO"
        " INSTITUTO ESPÍRITO DE LUZ - IEL OS BENS PATRIMONIAIS INSERVÍVEIS",
        [("cedente", "DEPARTAMENTO DE ESTRADAS DE RODAGEM DO DISTRITO FEDERAL", "00070532000103")],
    ),
    (
        "near miss: a comodato's list gives no direction: partícipes | DODF 39 2019 CBMDF termo de comodato 01/2019",
        "TERMO DE COMODATO DE BEM IMÓVEL\nAO DISTRITO FEDERAL Nº 01/2019\nProcesso: 00053-00010171/2019-02. Partes:"
        " ASSOCIAÇÃO BRASILEIRA DE ODONTOLOGIA DO DISTRITO FEDERAL - REGIONAL TAGUATINGA, CNPJ nº 00.573.014/0001-02 X"
        " CBMDF. Objeto: cessão não onerosa de 6 (seis) consultórios odontológicos localizados no prédio da sede da"
        " COMODANTE.",
        [
            (
                "participe",
                "ASSOCIAÇÃO BRASILEIRA DE ODONTOLOGIA DO DISTRITO FEDERAL - REGIONAL TAGUATINGA",
                "00573014000102",
            ),
            ("participe", "CBMDF", None),
        ],
    ),
    (
        "near miss: a doação's value is no party | DOU S3 2020-08-17 aviso de doação com encargos",
        "A Secretaria Nacional de Promoção e Defesa dos Direitos da Pessoa Idosa torna pública a doação com encargos"
        " para o munícipio de OLINDA/PE - CNPJ nº 10.404.184/0001-09, dos bens: 8 (oito) computadores. Valor total da"
        " doação: R$ 35.920,00 (trinta e cinco mil novecentos e vinte reais).",
        [],
    ),
    (
        "near miss: 'o doador' in a clause is no label | UNESCO acordo de parceiros SA2800 2021",
        "(i) no modelo financeiro padrão no Formulário AM 7-11; ou (ii) no formato exigido pelo doador.\ne. Os"
        " relatórios financeiros serão apresentados em Reais;",
        [],
    ),
]


@pytest.mark.parametrize("source,text,expected", SIDES, ids=[r[0] for r in SIDES])
def test_sides_round29(source, text, expected):
    assert [(p.role, p.name, p.cnpj) for p in parties(text, prose=True)] == expected


# role_raw by docs/GOLD.md's convention: (source, text, [(role, role_raw), …])
ROLE_RAW = [
    (
        "a side no label names takes its signer's role word | DODF 39 2019 CODEPLAN 1º aditivo ao contrato 01/2018",
        "Extrato do Primeiro Termo Aditivo ao Contrato nº 01/2018, celebrado entre a Companhia de Planejamento do"
        " Distrito Federal - CODEPLAN e a Empresa SODEXO PASS DO BRASIL SERVIÇOS E COMÉRCIO S/A, CNPJ/MF n°"
        " 69.034.668/0001-56, Processo SEI nº. 0012100005509/2017-56. Objeto: Prorrogação do Contrato 01/2018. Data da"
        " Assinatura: 31/01/2019. Assinam pela CONTRATANTE: Jeansley Charlles de Lima, Presidente e Roberval José"
        " Resende Belinati, Diretor Administrativo e Financeiro. Pela CONTRATADA: Rodrigo Salzano, Representante Legal.",
        [("contratante", "CONTRATANTE"), ("contratada", "CONTRATADA")],
    ),
    (
        "'com a empresa' is no label; the signer's 'pela contratada' is | DOM-AL/AMA 2023 Belo Monte contrato 08110004",
        "EXTRATO DE CONTRATO\nContrato nº 08110004/2023, firmado em 24/08/2023, com a empresa CARLOS VITOR RAMOS BEZERRA"
        " LIMA, inscrita no CNPJ/MF nº 46.638.879/0001-00; Objeto: Realização de show artístico; Valor: R$ 5.000,00;"
        " Signatários: pelo Contratante, Dalmo Augusto de Almeida Júnior e, pela contratada, Carlos Vitor Ramos Bezerra"
        " Lima.",
        [("contratada", "contratada")],
    ),
    (
        "near miss: 'com a empresa' and no signer: none | DOM-AL/AMA 2023 Belo Monte (cut before its signers)",
        "EXTRATO DE CONTRATO\nContrato nº 08110004/2023, firmado em 24/08/2023, com a empresa CARLOS VITOR RAMOS BEZERRA"
        " LIMA, inscrita no CNPJ/MF nº 46.638.879/0001-00; Objeto: Realização de show artístico.",
        [("contratada", None)],
    ),
    (
        "near miss: 'celebrado entre' with signers named by no role: none | DOE-BA 2020 Camaçari extrato do contrato",
        "Extrato do contrato nº /2019 - celebrado entre o MUNICÍPIO DE CAMAÇARI e a empresa RCI CONSTRUÇÕES E MEIO"
        " AMBIENTE LTDA - valor global de R$ 4 .686.661,55- Prazo de Execução: 10 (dez) meses - Assinado dia 20 de"
        " janeiro de 2019 - Secretaria de Infraestrutura - Joselene Cardim Barbosa Souza - Secretária.",
        [("contratante", None), ("contratada", None)],
    ),
    (
        "a label keeps its role_raw over its signer's | DOM-BH 7143 extrato",
        "Contratante: Município de Belo Horizonte | Secretaria Municipal de Saúde\n"
        "Contratada: MEGA CONSTRUTORA, SOLUÇÕES CIENTÍFICA E LOCAÇÃO LTDA\nDo Objeto: Os objetos do presente",
        [("contratante", "Contratante"), ("contratada", "Contratada")],
    ),
]


@pytest.mark.parametrize("source,text,expected", ROLE_RAW, ids=[r[0] for r in ROLE_RAW])
def test_role_raw_round29(source, text, expected):
    assert [(p.role, p.role_raw) for p in parties(text, prose=True)] == expected


def test_ata_firms_one_signer_label_for_one_firm():
    """ "e a empresa X … Pela Contratada: NOME": the one firm takes the signer's role word (DODF 3 2021 METRÔ-DF ata
    002/2020); two firms beside one "Pela Contratada:" take none (test_parties_issue29_round3)."""
    text = (
        "ESPÉCIE: Ata de Registro de Preços n° 002/2020 - METRÔ-DF. Firmada entre o METRÔ-DF e a empresa ACUMULADORES"
        " MOURA S/A; CNPJ n° 09.811.654/0008-46. Valor: R$ 977.480,97. Objeto: Aquisição de banco de baterias. Data de"
        " assinatura da ata: 03/12/2020. Pela Contratante: HANDERSON CABRAL RIBEIRO, FLÁVIO MURILO GONÇALVES PRATES DE"
        " OLIVEIRA. Pela Contratada: LUIZ JOSÉ DE AZEVEDO Mello."
    )
    got = [(p.role, p.role_raw) for p in _with_ata_firms(text, "ata_registro_precos")]
    assert got == [("contratante", "Contratante"), ("contratada", "Contratada")]


# A portaria is a unilateral act: the contracts its annex names are another instrument's (DOM-BH 2024, SMGO and BELOTUR
# portarias designating fiscais); an extrato read into it keeps its parties
UNILATERAL = [
    (
        "a portaria's annex of fiscais | DOM-BH 7153 Portaria SMGO 040/2024",
        "PORTARIA SMGO Nº 040/2024\nDesigna servidores para as funções operacionais de fiscal de contrato e seu"
        " substituto.\nANEXO\n(a que se refere o art. 1º da Portaria SMGO nº 040/2024)\nPREGÃO ELETRÔNICO Nº 97017/2024\n"
        "PROCESSO: 04.000.104/24-07\nCONTRATADAS: JC DA SILVA SUPRIMENTOS PARA ESCRITORIO, COMERCIAL DE ARTIGOS PARA"
        " ESCRITÓRIO E PAPELARIA BARCELONA LTDA\nOBJETO REGISTRO DE PREÇOS DE MATERIAL DE ESCRITÓRIO\nFISCAL\nNome: Luiz"
        " Filipe de Souza",
        "portaria",
        [],
    ),
    (
        "a portaria's annex of a gestora and a fiscal | DOM-BH 7153 Portaria BELOTUR 107/2024",
        "PORTARIA BELOTUR Nº 107/2024\nDesigna empregados para as funções de gestora e fiscal de contrato.\nANEXO\n(a que"
        " se refere o art. 1º da Portaria BELOTUR nº 107/2024)\nPROCESSO\nCONTRATADA: AURORA LINK TELECOM LTDA.\nPrestação"
        " de serviços de instalação",
        "portaria",
        [],
    ),
    (
        "near miss: the same annex in an extrato keeps its party",
        "EXTRATO DE CONTRATO\nPROCESSO BH DIGITAL: 31.00888649/2024-55\nCONTRATADA: AURORA LINK TELECOM LTDA.\nPrestação"
        " de serviços de instalação",
        "extrato_contrato",
        [("contratada", "AURORA LINK TELECOM LTDA")],
    ),
    (
        "near miss: an extrato read into a portaria (a segmentation miss) keeps its parties",
        "PORTARIA Nº 1/2024\nDesigna fiscal.\nEXTRATO DE CONTRATO\nCONTRATADA: AURORA LINK TELECOM LTDA.\nObjeto:"
        " instalação",
        "portaria",
        [("contratada", "AURORA LINK TELECOM LTDA")],
    ),
]


@pytest.mark.parametrize("source,text,doc_type,expected", UNILATERAL, ids=[r[0] for r in UNILATERAL])
def test_unilateral_acts_name_no_sides(source, text, doc_type, expected):
    from seidou.extractors.parties import own_parties

    assert [(p.role, p.name) for p in own_parties(text, doc_type)] == expected
