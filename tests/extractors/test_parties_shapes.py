"""Printed party forms as one grammar (issue 29): every shape of the closed family of party forms of Brazilian
instruments and extratos, each with real rows of at least two sources (old corpus ../shared/corpus/real, real2 tune
files, seeds), and near misses that name no party. A shape with one source only says so, and is restricted by its
near misses.

Sources: DOM-BH 7143 (2024-11-29) and 7147 (2024-12-05); DOE-BA 22.825 (2020-01-21); DOE-RJ 111 (2023-06-20); DODF 29
(2018-02-09), DODF 4 (2020-01-07) and 5 (2020-01-08); DOU S3 2015-05-18, 2017-04-10, 2020-08-17 and 2022-04-29; DOU S1
2014-10-01 and 2017-10-02, S2 2017-10-02; DOM-CE/APRECE 745 (2013) and 2974 (2022); DOM-MG/AMM 3602-A (2023); Pratânia-SP
DO 136 (2020); Paraguaçu Paulista-SP termos de fomento 11/2022 and 001/2024, termo aditivo 50/2023; UNESCO contract
SA-3609/2012.
"""

from __future__ import annotations

import pytest

from seidou.extractors.parties import normalize_role, parties

# (shape, source, text, prose (an extrato), [(role, name), …])
SHAPES = [
    # --- a role label at a line's start, then the name (LABELLED, the one role table)
    (
        "line labels",
        "DOM-BH 7143 extrato",
        "Instrumento Jurídico: 01.2021.2302.0530.03.00\nContratante: Município de Belo Horizonte | Secretaria Municipal"
        " de Saúde\nContratada: MEGA CONSTRUTORA, SOLUÇÕES CIENTÍFICA E LOCAÇÃO LTDA\nDo Objeto: Os objetos do presente",
        True,
        [
            ("contratante", "Município de Belo Horizonte | Secretaria Municipal de Saúde"),
            ("contratada", "MEGA CONSTRUTORA, SOLUÇÕES CIENTÍFICA E LOCAÇÃO LTDA"),
        ],
    ),
    (
        "line labels",
        "DOE-BA 22.825 PGE",
        "RESUMO DE ADITIVO CONTRATUAL\nTermo Aditivo 01 (Contrato PGE 006/2019)\nProcesso nº 006.7550.2019.0021099-37\n"
        "Contratante: ESTADO DA BAHIA/PROCURADORIA GERAL DO ESTADO\nContratada: GAULESA VEÍCULOS LTDA\nObjeto: Prorrogar o"
        " contrato por 12 (doze) meses",
        True,
        [("contratante", "ESTADO DA BAHIA/PROCURADORIA GERAL DO ESTADO"), ("contratada", "GAULESA VEÍCULOS LTDA")],
    ),
    (
        "line labels, the CNPJ on the next line",
        "Pratânia-SP DO 136 (old corpus)",
        "DISPENSA Nº 23/2020\nCONTRATANTE: PREFEITURA MUNICIPAL DE PRATÂNIA\nCONTRATADA: MASTER CONSTRUÇÕES E SERVIÇOS DE"
        " LIMPEZA EIRELI - ME\nCNPJ Nº: 05.169.025/0001-37\nOBJETO: Contratação de empresa especializada para",
        False,
        [
            ("contratante", "PREFEITURA MUNICIPAL DE PRATÂNIA"),
            ("contratada", "MASTER CONSTRUÇÕES E SERVIÇOS DE LIMPEZA EIRELI - ME"),
        ],
    ),
    # --- run-in labels, a gender in brackets ("Contratado(a):")
    (
        "run-in labels with a gender",
        "DOM-CE/APRECE 745 Guaraciaba do Norte",
        "EXTRATO CONTRATUAL Nº DO DOCUMENTO:\n2013.07.01.005\nContratante:Município de Guaraciaba do Norte/Secretaria"
        " Municipal de Planejamento e Finanças; Contratado(a):FRANCISCA CAMILA DA SILVA - ME; Objeto: aquisição",
        True,
        [
            ("contratante", "Município de Guaraciaba do Norte/Secretaria Municipal de Planejamento e Finanças"),
            ("contratada", "FRANCISCA CAMILA DA SILVA - ME"),
        ],
    ),
    (
        "run-in labels",
        "DOM-CE/APRECE 2974 Catunda",
        "EXTRATO DE CONTRATO Nº 006/2022/PA.03\nCONTRATANTE: Secretaria de Agricultura e Meio Ambiente do Município de"
        " Catunda, CNPJ sob o nº 35.049.097/0001-01. CONTRATADO: G C H Reis Eireli – ME, inscrita no CNPJ sob o nº"
        " 28.520.441/0001-33. OBJETO: aquisição",
        True,
        [
            ("contratante", "Secretaria de Agricultura e Meio Ambiente do Município de Catunda"),
            ("contratada", "G C H Reis Eireli – ME"),
        ],
    ),
    (
        "run-in convênio labels after a plural one",
        "DOU S3 2015-05-18 (old corpus)",
        "Termo Aditivo nº 00001/2015 ao Convênio Nº 759373/2011. Convenentes: Concedente : MINISTERIO DA EDUCACAO, Unidade"
        " Gestora: 150011, Gestão: 00001. Convenente : UNIVERSIDADE ESTADUAL DE CIENCIAS DA SAUDE DE ALAGOAS - UNC, CNPJ"
        " nº 12.517.793/0001-08. Solicitação de prorrogação",
        True,
        [
            ("concedente", "MINISTERIO DA EDUCACAO"),
            ("convenente", "UNIVERSIDADE ESTADUAL DE CIENCIAS DA SAUDE DE ALAGOAS"),
        ],
    ),
    (
        "run-in convênio labels after a plural one",
        "DODF 5 2020 (old corpus)",
        "1º Termo Aditivo 001/2019 ao Convênio Nº 881578/2018. Convenentes: Concedente: MINISTÉRIO DA JUSTIÇA E SEGURANÇA"
        " PUBLICA, Unidade Gestora: 200005. Convenente: POLICIA MILITAR DO DISTRITO FEDERAL, CNPJ nº 08942610000116."
        " PRORROGAÇÃO DE VIGÊNCIA ATÉ 31/12/2020.",
        True,
        [
            ("concedente", "MINISTÉRIO DA JUSTIÇA E SEGURANÇA PUBLICA"),
            ("convenente", "POLICIA MILITAR DO DISTRITO FEDERAL"),
        ],
    ),
    # --- the pair families' labels (cessão, permissão, locação, outorga)
    (
        "pair-family run-in labels",
        "DOE-BA 22.825 UNEB",
        "RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº 074.7738.2019.0059029-03; LOCATÁRIA: UNEB; LOCADORA: Eliene"
        " Pereira França; CONTRATO Nº 006/2019; OBJETO: Prorrogação de prazo",
        True,
        [("locatario", "UNEB"), ("locador", "Eliene Pereira França")],
    ),
    (
        "pair-family run-in labels",
        "DOE-BA 22.825 SEFAZ",
        "RESUMO DO 9º TERMO ADITIVO AO CONTRATO SF/CLPU/DS/03/12 - DAT/SUL 1.TA-01/20; 2.Locatário: Estado da Bahia/SEFAZ;"
        " 3.Locador: RONI & RONI LTDA - ME; 4.Objeto: Locação de imóvel urbano não residencial",
        True,
        [("locatario", "Estado da Bahia/SEFAZ"), ("locador", "RONI & RONI LTDA - ME")],
    ),
    (
        "a cessão's sides after PARTES, the family from its instrument",
        "DODF 4 2020 (old corpus)",
        "SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE\nEXTRATO DO TERMO DE CESSÃO DE USO DE BEM IMÓVEL DO\nDISTRITO"
        " FEDERAL Nº 018/2019\nProcesso: 00391-00009849/2019-74. DAS PARTES: SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE DO DISTRITO FEDERAL"
        " - SEMOB x INSTITUTO DO MEIO AMBIENTE E DOS RECURSOS HÍDRICOS DO DISTRITO FEDERAL - IBRAM Termo de Cessão de Uso"
        " DO OBJETO: O presente Termo tem por objeto a cessão de uso dos bens móveis",
        True,
        [
            ("cedente", "SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE DO DISTRITO FEDERAL"),
            ("cessionario", "INSTITUTO DO MEIO AMBIENTE E DOS RECURSOS HÍDRICOS DO DISTRITO FEDERAL"),
        ],
    ),
    # --- MROSC (Lei 13.019): administração pública and OSC
    (
        "MROSC line labels",
        "Paraguaçu Paulista-SP termo aditivo 50/2023",
        "PARA OS FINS QUE ESPECIFICA.\nÓRGÃO PÚBLICO CONVENENTE: MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA\n"
        "CNPJ/MF nº 44.547.305/0001-93\nAutoridade Máxima do Órgão: Antônio Takashi Sasada (ANTIAN) Cargo: Prefeito\n"
        "CPF: ***.786.208-**\nGestor da Parceria: Cátia Aparecida da Silva\nCargo: Diretor Municipal\nDesignação: MUNICÍPIO\n"
        "ORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA: ASSOCIAÇÃO COMUNITÁRIA INTEGRADA DE PARAGUAÇU PAULISTA - ACIPP\n"
        "- CNPJ/MF nº 47.609.482/0001-45\nAutoridade Máxima da Entidade: Edna Maria Bomfim de Lima\nCargo: Presidente\n",
        False,
        [
            ("administracao_publica", "MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA"),
            ("osc", "ASSOCIAÇÃO COMUNITÁRIA INTEGRADA DE PARAGUAÇU PAULISTA"),
        ],
    ),
    (
        "MROSC run-in labels in an extrato of a termo",
        "DOE-BA 22.825 SDR",
        "RESUMO DE TERMO DE COLABORAÇÃO\n1. Termo de Colaboração: 022/2018. 2. Parceiro/Estado: ESTADO DA BAHIA - SECRETARIA"
        " DE DESENVOLVIMENTO RURAL - SDR. 3. Parceiro/Organização da Sociedade Civil: ASSOCIAÇÃO RURAL DO LARGO NOVO. 4."
        " Objeto: Cooperação técnica e financeira",
        True,
        [
            ("administracao_publica", "ESTADO DA BAHIA - SECRETARIA DE DESENVOLVIMENTO RURAL"),
            ("osc", "ASSOCIAÇÃO RURAL DO LARGO NOVO"),
        ],
    ),
    # --- "PARTES:"/"Partícipes:" lists
    (
        "PARTES: X e a empresa Y",
        "DOM-CE/APRECE 2974 Barbalha",
        "Extrato de Contrato nº 05.25.01/2022. Pregão Eletrônico Nº 2022.04.08.1 - SRP. Partes: O Município de Barbalha,"
        " através da Secretaria Municipal de Planejamento e Gestão e a empresa THALITA VANESKA DE LIMA ME. Objeto:"
        " Contratação de serviços",
        True,
        [("contratante", "Município de Barbalha"), ("contratada", "THALITA VANESKA DE LIMA ME")],
    ),
    (
        "PARTES: X e Y, each with its CNPJ",
        "Paraguaçu Paulista-SP termo aditivo 50/2023",
        "TERMO ADITIVO Nº 0050/2023 AO TERMO DE FOMENTO Nº 0013/2023\nProcessos nºs.: 2627/2023 e 4018/2023\nPARTÍCIPES:"
        " Município da Estância Turística de Paraguaçu Paulista - CNPJ/MF 44.547.305/0001-93 e Associação Comunitária"
        " Integrada de Paraguaçu Paulista - ACIPP — CNPJ/MF 47.609.482/0001-45.\nOBJETO: Prorroga",
        True,
        [
            ("administracao_publica", "Município da Estância Turística de Paraguaçu Paulista"),
            ("osc", "Associação Comunitária Integrada de Paraguaçu Paulista - ACIPP"),
        ],
    ),
    (
        "Partícipes: X - CNPJ e a Y",
        "DOU S3 2017-04-10 INEP (old corpus)",
        "Espécie: Convênio Interinstitucional nº 05/2017. Partícipes: Instituto Nacional de Estudos e Pesquisas"
        " Educacionais Anísio Teixeira - INEP - CNPJ/MF: 01.678.363/0001-43 e a Universidade Lusófona de Humanidades e"
        " Tecnologias - ULHT - pessoa coletiva: 501 679 529. Objeto: cooperação",
        True,
        [
            ("participe", "Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira"),
            ("participe", "Universidade Lusófona de Humanidades e Tecnologias"),
        ],
    ),
    # --- "celebrado entre X e Y", "que entre si celebram X … e Y …"
    (
        "celebrado entre X e a empresa Y",
        "DOE-BA 22.825 INEMA",
        "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o INSTITUTO DO MEIO AMBIENTE E RECURSOS"
        " HÍDRICOS - INEMA e a empresa POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI. OBJETO: prorrogado por mais 03 (três)"
        " meses",
        True,
        [
            ("contratante", "INSTITUTO DO MEIO AMBIENTE E RECURSOS HÍDRICOS"),
            ("contratada", "POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI"),
        ],
    ),
    (
        "que entre si celebram X, por intermédio de …, e Y",
        "DOE-RJ 111 SEPOL",
        "INSTRUMENTO: Termo de Convênio nº 15//2023\nPARTES: Termo de Convênio que entre si celebram o Estado do Rio de"
        " Janeiro, por intermédio da Secretaria de Estado de Polícia Civil -\nSEPOL e o Município de São Fidélis - RJ.\n"
        "OBJETO: cooperação",
        True,
        [("participe", "Estado do Rio de Janeiro"), ("participe", "Município de São Fidélis")],
    ),
    # --- "… firmado entre:" over the parties' lines (one source: the label's colon keeps prose out)
    (
        "firmado entre: over the parties' lines",
        "UNESCO contract SA-3609/2012",
        "CONTRATO DE SERVIÇOS\nRef: SHS01345/2012\n(Favor mencionar esta referência em todas as correspondências)\n"
        "Contrato firmado entre:\nA ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA e\nASSOCIACAO OS"
        " AMIGOS DE CLARA\nAMIZADE BRASIL - BAHIA\nSAS - Quadra 5 - Bloco H - Lote 6 Ed. CNPq/IBICT/UNESCO - 9º andar\n",
        False,
        [
            ("contratante", "ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA"),
            ("contratada", "ASSOCIACAO OS AMIGOS DE CLARA AMIZADE BRASIL"),
        ],
    ),
    # --- "Empresa:" beside a labelled contratante (one source: restricted, see the near misses)
    (
        "Empresa: beside a labelled Contratante",
        "DOM-CE/APRECE 2974 Alto Santo",
        "ESTADO DO – CE - PREFEITURA MUNICIPAL DE ALTO SANTO - EXTRATO DE ATA DE REGISTRO DE PREÇOS Nº. 2022.26.05-0002 -"
        " Pregão Eletrônico SRP Nº: PE-006/2022-DIVERSAS, Contratante: Prefeitura Municipal de Alto Santo, através das"
        " Diversas Unidades Administrativas (Secretarias). Empresa: COMERCIAL SOARES NS LTDA, CNPJ: 13.485.158/0001-40,"
        " valor global dos lotes II de R$ 96.000,00 (NOVENTA E SEIS MIL REAIS). objeto: SELEÇÃO DE MELHOR PROPOSTA",
        False,
        [("contratante", "Prefeitura Municipal de Alto Santo"), ("contratada", "COMERCIAL SOARES NS LTDA")],
    ),
    # --- the firm named in an extrato's title after its contract's number
    (
        "CONTRATO Nº N - EMPRESA X",
        "DOE-BA 22.825 FAPESB",
        "Fundação de Amparo à Pesquisa do Estado da Bahia – FAPESB\n<#E.G.B#396295#3#435344> 1º TERMO ADITIVO Nº 239/2019 ao CONTRATO Nº"
        " CTR0055/2018 - EMPRESA JUST BUSINESS COMÉRCIO E INDÚSTRIA LTDA. Processo SEI 084.0508.2019.0004100-94. Objeto:",
        False,
        [
            ("contratante", "Fundação de Amparo à Pesquisa do Estado da Bahia"),
            ("contratada", "JUST BUSINESS COMÉRCIO E INDÚSTRIA LTDA"),
        ],
    ),
    (
        "Contrato nº N - ACRONYM / FIRM, the acronym's body its heading",
        "DOE-BA 22.825 UESB",
        "Universidade Estadual do Sudoeste da Bahia – UESB\nRes. Termo Aditivo nº 02 ao Contrato n.º 005/2019 - UESB / WEB"
        " TRIP AGÊNCIA DE VIAGENS E TURISMO LTDA. Objeto: prorrogação do prazo do Contrato",
        False,
        [
            ("contratante", "Universidade Estadual do Sudoeste da Bahia"),
            ("contratada", "WEB TRIP AGÊNCIA DE VIAGENS E TURISMO LTDA"),
        ],
    ),
    (  # review25: a budget's unit beside a contract's sides is no party (a convênio's third side only)
        "Unidade Executora beside a contract's sides",
        "form",
        "EXTRATO DO CONTRATO Nº 12/2024\nContratante: Município de Itabuna\nContratada: Alfa Comércio LTDA, CNPJ"
        " 11.222.333/0001-81\nUnidade Executora: Secretaria Municipal de Saúde\nValor: R$ 10.000,00",
        True,
        [("contratante", "Município de Itabuna"), ("contratada", "Alfa Comércio LTDA")],
    ),
    (  # review25: the names under "firmado entre:" end at the next field's label
        "firmado entre: over the parties' lines, then a label",
        "form",
        "Termo de cooperação firmado entre:\nO MUNICÍPIO DE X e\nA UNIVERSIDADE FEDERAL DE Y\nObjeto: estágio.",
        False,
        [("participe", "MUNICÍPIO DE X"), ("participe", "UNIVERSIDADE FEDERAL DE Y")],
    ),
    # --- the CNPJ printed after a name
    (
        "the SIDEC CNPJ, then the name",
        "DOU S3 2020-08-17",
        "Ratificação em 13/08/2020. ROBERTO FERREIRA DIAS. Diretor do Departamento de Logística em Saúde. Valor Global: R$"
        " 8.463.000,00. CNPJ CONTRATADA : 17.503.475/0001-01 FUNDACAOEZEQUIEL DIAS.\n(SIDEC - 14/08/2020)",
        True,
        [("contratada", "FUNDACAOEZEQUIEL DIAS")],
    ),
    (
        "the SIDEC CNPJ, then the name",
        "DOU S3 2015-05-18 (old corpus)",
        "NTONIO BESSA. Reitor Substituto. Valor Global: R$ 1.654,80. CNPJ CONTRATADA : 25.441.650/0001-01 ASSOCIACAO"
        " BRASILEIRA DOS CRIADORES DE ZEBU.\n(SIDEC - 15/05/2015)",
        True,
        [("contratada", "ASSOCIACAO BRASILEIRA DOS CRIADORES DE ZEBU")],
    ),
    # --- the sides named only by the signers' "Pela X:" labels
    (
        "Pela X: NOME, the only naming of the sides",
        "DODF 29 2018 CAESB",
        "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL\nEXTRATO DE CONTRATO\nCONTRATO Nº 8867. ASSINATURA:"
        " 07/02/2018. OBJETO: Aquisição de 2 (dois) veículos. ASSINANTES: Pela CAESB: Maurício Leite Luduvice - Presidente"
        " e Walter Lúcio dos Santos Barros - Diretor de Operação e Manutenção. Pela MAX COMÉRCIO E SERVIÇOS DE CAMINHÕES"
        " LTDA: Adriana do Carmo de Sousa.",
        True,
        [
            ("contratante", "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL"),
            ("contratada", "MAX COMÉRCIO E SERVIÇOS DE CAMINHÕES LTDA"),
        ],
    ),
    (
        "Pela X: NOME, the only naming of the sides",
        "DODF 4 2020 CAESB (old corpus)",
        "EXTRATOS DE ADITIVOS\n2° Termo Aditivo ao Contrato 8935/2018, publicado no DODF em 06/08/2018. ASSINATURA:"
        " 31/12/2019. ASSINANTES: Pela CAESB: Daniel Beltrão de Rossiter Corrêa - Presidente e Virgílio de Melo Peres -"
        " Diretor de Engenharia. Pela MPB SANEAMENTO LTDA: Bertoldo Silva Costa.",
        True,
        [("contratante", "CAESB"), ("contratada", "MPB SANEAMENTO LTDA")],
    ),
]


@pytest.mark.parametrize("shape,source,text,prose,expected", SHAPES, ids=[f"{s[0]} ({s[1]})" for s in SHAPES])
def test_party_shapes(shape, source, text, prose, expected):
    assert [(p.role, p.name) for p in parties(text, prose=prose)] == expected


# (text, prose): labels and words that are no party's
NEAR_MISSES = [
    # (review25) a SIDEC CNPJ whose line goes on with another field's label, not a name
    ("EXTRATO DE DISPENSA DE LICITAÇÃO. CNPJ CONTRATADO : 11.222.333/0001-81 Valor Global: R$ 100,00.", True),
    # (review25, forms of other publishers) a budget's "Unidade Executora:" in an aviso de licitação; "Entidade Parceira:"
    # alone in a lei; a penalty's sentence that cites the contract and its firm
    (
        "AVISO DE LICITAÇÃO\nPREGÃO ELETRÔNICO Nº 12/2024\nObjeto: aquisição de medicamentos.\nUnidade Executora: Fundo"
        " Municipal de Saúde\nDotação: 02.05.10.301\nData da abertura: 10/03/2024.",
        True,
    ),
    (
        "LEI Nº 100/2024\nArt. 1º Fica declarada de utilidade pública a entidade.\nEntidade Parceira: Associação Amigos do"
        " Bairro\n",
        True,
    ),
    (
        "AVISO DE PENALIDADE\nA Secretaria Municipal de Administração torna pública a aplicação de multa referente ao"
        " Contrato nº 12/2023 - EMPRESA ALFA SERVIÇOS LTDA, por atraso na entrega.",
        True,
    ),
    # a body's quality, not a cessão's side (DOU S2 2017-10-02, a servant's cessão)
    (
        "RA MURTA Cargo: Auditor\nMatrícula SIAPE: 1040430\nLotação: Auditoria Geral\nÓrgão Cessionário: Empresa Brasileira"
        " de Serviços Hospitalares (EBSERH)\nCargo em Comissão a ser ocupado: Chefe",
        False,
    ),
    # a mining right's cessão in a despacho's list (DOU S1 2017-10-02, DNPM): no extrato, no other side
    (
        'Onde se lê: "Alvará n°10.225/2016 - Cessionario:815.570/2016-Irmãos Mews Transportes e locação de Máquionas e'
        ' Equipamentos Ltda Me- CPF ou CNPJ 14110337/0001-66"',
        False,
    ),
    # "Empresa:" alone: a penalty's firm (DOM-BH 7143), ANVISA's (DOU S1 2017), a work permit's (DOU S1 2014)
    (
        "Pregão Eletrônico: 248/2022\nEmpresa: INPHARMA HOSPITALAR LTDA\nCNPJ: 43.607.262/0001-21\nMulta no valor de R$"
        " 58,77 (cinquenta e oito reais",
        True,
    ),
    (
        "ANEXO\nEmpresa: Ivascular do Brasil Ltda.\nCNPJ: 16.774.189/0001-00\nProcesso: 25351.416201/2014-27\nExpediente:"
        " 038204",
        False,
    ),
    (
        "Processo: 47039009139201459 Empresa: DANONE LTDA Prazo: 2 Ano(s) Estrangeiro: YVES AMSELLEM Passaporte:"
        " 13FV12291,",
        True,
    ),
    # "Empresa …" as a body's name after a process's number (DOU S1 2017) or an acronym (DOU S1 2014)
    ("Processo: 10166.905454/2015-24 - EMPRESA BRASILEIRA DE CORREIOS E TELEGRAFOS - Resolução: 1402-000.460", True),
    (
        "8 - Processo: 10783.905069/2012-67 - Recorrente: EISA - EMPRESA INTERAGRICOLA S/A e Recorrida: FAZENDA NACIONAL",
        False,
    ),
    # the OSCs a council's comunicado lists, no extrato of a termo (DOM-BH 7147)
    (
        "pelas Organizações da Sociedade Civil (OSC) abaixo elencadas:\n01- Organização da Sociedade Civil: Associação As"
        " Sempre Vivas\nProcesso (s) Administrativo (s): 01.027.700/23-00 Instrumento Jurídico: 01202310180009",
        False,
    ),
    # a contract a regulation or a despacho names in prose (DOU S1 2014 and 2017): no colon, no extrato
    (
        "Art. 16. A prorrogação antecipada do contrato de arrendamento será formalizada por meio de Termo Aditivo, a ser"
        " celebrado entre a SEP/PR e a arrendatária, com a interveniência da Antaq",
        False,
    ),
    (
        "ser firmado entre a União e o Estado do Ceará, com a interveniência do BB, do Banco do Nordeste do Brasil S.A. e"
        " da Caixa Econômica Federal - CAIXA",
        False,
    ),
    # a firm an act names in prose, no instrument's party: "para contratar a empresa …" (DOM-BH 7143 dispensa), "em favor
    # da empresa …" (DODF 29 2018 dispensa; DOU S1 2014-10-01 despacho of ANEEL)
    (
        "AUTORIZO a dispensa de licitação, com fundamento no inciso VIII, do art. 75, da Lei Federal nº 14.133/21, para"
        " contratar a empresa REDE MIX COMÉRCIO E DISTRIBUIDORA LTDA, para aquisição de café em pó.",
        True,
    ),
    (
        "cujo objeto é a aquisição do medicamento ICATIBANTO (ACETATO) SOLUÇÃO INJETÁVEL, em favor da empresa D. HOSP"
        " DISTRIBUIDORA HOSPITALAR, no valor total de R$ 15.232,89",
        True,
    ),
    (
        "localizada no município de Icapuí, estado do Ceará, em favor da empresa Aracati Energia Renovável Ltda, inscrita no"
        " CNPJ sob o nº 10.690.234/0001-61.",
        False,
    ),
    # a publisher's "torna público(a)" that names no instrument signed with a firm (the grammar of PUBLISHED_WITH:
    # "torna público que firmou contrato com a empresa", Tucano-BA 2021; "torna pública a celebração de Termo Aditivo …
    # com a empresa", DOE-BA 2020 Campo Alegre de Lourdes: review24 finding 21)
    ("A Prefeitura Municipal de Tucano, Estado da Bahia, torna pública a celebração do Carnaval 2021 na praça.", True),
    (
        "A Prefeitura Municipal de Tucano, Estado da Bahia, torna público o resultado do Pregão nº 12/2021, com a empresa"
        " MICRO POSTO TUCANO LTDA vencedora.",
        True,
    ),
    # "Pela X:" signers of an act that is no contract's extrato: not two sides (one entry, no firm)
    ("DOS SIGNATÁRIOS: Pela FUNAB: SIMONE PEREIRA COSTA BENCK, na qualidade de Diretora Executiva", True),
]


@pytest.mark.parametrize("text,prose", NEAR_MISSES)
def test_near_misses_name_no_party(text, prose):
    assert parties(text, prose=prose) == []


@pytest.mark.parametrize(
    "word,role",
    [
        ("ÓRGÃO PÚBLICO CONVENENTE", "administracao_publica"),  # Paraguaçu Paulista-SP 2023
        ("Parceiro/Estado", "administracao_publica"),  # DOE-BA 2020 SDR
        ("Parceiro/Organização da Sociedade Civil", "osc"),
        ("FORNECEDORES", "contratada"),  # plurals of the one table
        ("Detentoras", "contratada"),
        ("CONTRATADAS", "contratada"),
        ("Empresa", None),  # a label only beside a labelled contratante, not a role word
    ],
)
def test_one_role_table(word, role):
    assert normalize_role(word) == role


@pytest.mark.parametrize(
    "source,text,prose,reps",
    [
        (  # DOE-BA 2020 SDR: a signatory list in the parties' order, without roles
            "DOE-BA 22.825 SDR",
            "RESUMO DE TERMO DE COLABORAÇÃO\n1. Termo de Colaboração: 022/2018. 2. Parceiro/Estado: ESTADO DA BAHIA -"
            " SECRETARIA DE DESENVOLVIMENTO RURAL - SDR. 3. Parceiro/Organização da Sociedade Civil: ASSOCIAÇÃO RURAL DO"
            " LARGO NOVO. 4. Objeto: Cooperação. 9. Vigência: 12 (doze) meses. 10. Assinam: Josias Gomes da Silva -"
            " Secretário de Desenvolvimento Rural e Eliane Nascimento Dias dos Santos - Representante. 11. Data: 20/01/2020.",
            True,
            ["Josias Gomes da Silva", "Eliane Nascimento Dias dos Santos"],
        ),
        (  # DOM-CE/APRECE 2022 Catunda: a cargo holding " e " ends no list item
            "DOM-CE/APRECE 2974 Catunda",
            "CONTRATANTE: Secretaria de Agricultura e Meio Ambiente do Município de Catunda, CNPJ sob o nº"
            " 35.049.097/0001-01. CONTRATADO: VEXNET TELECON INFORMÁTICA LTDA, inscrita no CNPJ sob o nº 11.500.145/0001-78."
            " OBJETO: serviços. SIGNATÁRIOS: Antônio Avelino Viana de Oliveira, Secretário de Agricultura e Meio Ambiente,"
            " e Cláudio Martins Bezerra, sócio-administrador da empresa VEXNET TELECON INFORMÁTICA LTDA.\nCatunda - CE",
            True,
            ["Antônio Avelino Viana de Oliveira", "Cláudio Martins Bezerra"],
        ),
        (  # DOM-CE/APRECE 2022 Barbalha
            "DOM-CE/APRECE 2974 Barbalha",
            "Partes: O Município de Barbalha, através da Secretaria Municipal de Planejamento e Gestão e a empresa THALITA"
            " VANESKA DE LIMA ME. Objeto: Contratação de serviços. Vigência Contratual: até 31/12/2022. Signatários: Aquiles"
            " Soares de Sampaio e Thalita Vaneska de Lima.\nData de Assinatura do Contrato: 25 de maio de 2022.",
            True,
            ["Aquiles Soares de Sampaio", "Thalita Vaneska de Lima"],
        ),
        (  # UNESCO's form: "Em nome de X:" over each signer
            "UNESCO contract SA-3609/2012",
            "CONTRATO DE SERVIÇOS\nContrato firmado entre:\nA ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A"
            " CULTURA e\nASSOCIACAO OS AMIGOS DE CLARA\nAMIZADE BRASIL - BAHIA\nSAS - Quadra 5\nDoravante denominada"
            " “UNESCO”\n6. Assinaturas\nEm nome da “UNESCO”:\nAssinatura Autorizada\nLucien Andre Munoz Director UBO\nEm"
            " nome do “CONTRATADO”:\nAssinatura Autorizada\nMARIO MARANHAO PESSOA ***.487.144-**\n",
            False,
            ["Lucien Andre Munoz", "MARIO MARANHAO PESSOA"],
        ),
        (  # DOU S3 2022-04-29: the role after "como" (QUALITY's grammar, DODF's "na qualidade de CONTRATANTE")
            "DOU S3 2022 UNESCO",
            "CONTRATANTE: UNESCO-Organização das Nações Unidas para Educação, a Ciência e a Cultura, CNPJ nº"
            " 03.736.617/0001-68.\nCONTRATADA: TÁSSIA MONIQUE CHIARELLI, Consultor Individual, CPF nº ***.886.639-**."
            " OBJETO: Prorrogação do prazo.\nASSINATURAS: Fábio Soares Eon, em nome do Diretor-Geral da UNESCO no Brasil,"
            " como contratante; e Tássia Monique Chiarelli, como contratada.\nDATA DE ASSINATURA: 08 de fevereiro de 2022.",
            True,
            ["Fábio Soares Eon", "Tássia Monique Chiarelli"],
        ),
        (  # DODF 2018 CAESB: who signs for each side that "Pela X:" names
            "DODF 29 2018 CAESB",
            "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL\nEXTRATO DE CONTRATO\nCONTRATO Nº 8867. ASSINANTES: Pela"
            " CAESB: Maurício Leite Luduvice - Presidente e Walter Lúcio dos Santos Barros - Diretor. Pela MAX COMÉRCIO E"
            " SERVIÇOS DE CAMINHÕES LTDA: Adriana do Carmo de Sousa.",
            True,
            ["Maurício Leite Luduvice", "Adriana do Carmo de Sousa"],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "",
)
def test_representatives_of_the_shapes(source, text, prose, reps):
    assert [p.representative_name for p in parties(text, prose=prose)] == reps


def test_a_signatory_list_of_three_names_for_two_parties_names_none():
    # (the list's names do not pair off with the parties: none is given; DOM-CE/APRECE 2022 Barbalha's ata names four
    # signers for the órgão gerenciador and its participants)
    text = (
        "Partes: O Município de Barbalha e a empresa GRÁFICA F. FLORENCIO JATAHY LTDA. Objeto: impressos. Signatários:"
        " Aquiles Soares de Sampaio, Jussara de Luna Batista e Fábio Florêncio Jatahy."
    )
    assert [p.representative_name for p in parties(text, prose=True)] == [None, None]


def test_the_role_word_of_the_text_decides_only_in_its_item():
    # DOE-RJ 2023 FUNARJ: "A PERMISSIONÁRIA obriga-se" in the item gives its sides the pair; the same words in the
    # next item (after its "INSTRUMENTO :") do not (review24 finding 11)
    item = "INSTRUMENTO : TPUT nº 180022/148/2023. PARTES : FUNARJ e a DULCE PENNA MACHADO. OBJETO : uso do teatro."
    said = " VALOR: A PERMISSIONÁRIA obriga-se a pagar à FUNARJ o valor."
    assert [p.role for p in parties(item + said, prose=True)] == ["permitente", "permissionario"]
    later = item + "\nEXTRATO DE TERMO\nINSTRUMENTO : TPUT nº 2/2023. OBJETO : uso da sala." + said
    assert [p.role for p in parties(later, prose=True)] == ["participe", "participe"]


def test_a_signatory_list_against_the_parties_order_names_none():
    # (review25, a form of the DOM-CE/APRECE lists: the firm's signer first, the public side's second; the list is not in
    # the parties' order, so it names no representative rather than the wrong one)
    text = (
        "EXTRATO DO CONTRATO Nº 3/2024. Contratante: Município de Barbalha. Contratada: ALFA SERVIÇOS LTDA. Objeto: limpeza."
        " Signatários: Pedro Henrique Souza Alves, representante legal, e Ana Maria Costa Lima, Prefeita Municipal."
    )
    assert [p.representative_name for p in parties(text, prose=True)] == [None, None]


# --- session 23 (parties@10): forms of the real2 gold, each with its sources (a general grammar where one source only)
SHAPES_26 = [
    (
        "'CNPJ.' before its digits ends no list (FULL_STOP); the family of the espécie",
        "DOM Salvador 7057 (2018) resumo de termo de colaboração",
        "RESUMO DE TERMO DE COLABORAÇÃO\nESPÉCIE: TERMO DE COLABORAÇÃO Nº 016/2018\nPARTES: PMS/SEMPS - CNPJ."
        " 13.927.801/0017-06 E A ASSOCIAÇÃO DAS COMUNIDADES PAROQUIAIS DE MATA ESCURA E CALABETÃO - ACOPAMEC - CNPJ nº"
        " 40.554.925/0001-07\nOBJETO: Execução Indireta do Serviço",
        True,
        [
            ("administracao_publica", "PMS/SEMPS"),
            ("osc", "ASSOCIAÇÃO DAS COMUNIDADES PAROQUIAIS DE MATA ESCURA E CALABETÃO"),
        ],
    ),
    (
        "no split at ';' before a legal form; a nota de empenho is a contract",
        "DODF 039 (2019) extrato de nota de empenho",
        "EXTRATO DE NOTA DE EMPENHO 2019NE00158\nPROCESSO: 00150.00000737/2019-18. Das Partes: SECRETARIA DE ESTADO DE"
        " CULTURA DO DISTRITO FEDERAL, CNPJ nº 03.658.028/0001-09 e a empresa AAZ COMERCIAL LTDA; EPP - CNPJ nº"
        " 15.449.518/0001-84. Do Objeto: despesa com aquisição de material de consumo",
        True,
        [("contratante", "SECRETARIA DE ESTADO DE CULTURA DO DISTRITO FEDERAL"), ("contratada", "AAZ COMERCIAL LTDA")],
    ),
    (
        "a legal form's full stop before another ends no list",
        "DODF 039 (2019) extrato de nota de empenho",
        "EXTRATO DE NOTA DE EMPENHO 2019NE00169\nPROCESSO: 00150.00000737/2019-18. Das Partes: SECRETARIA DE ESTADO DE"
        " CULTURA DO DISTRITO FEDERAL, CNPJ nº 03.658.028/0001-09 e a empresa AAZ COMERCIAL LTDA. EPP - CNPJ nº"
        " 15.449.518/0001-84. Do Objeto: despesa",
        True,
        [
            ("contratante", "SECRETARIA DE ESTADO DE CULTURA DO DISTRITO FEDERAL"),
            ("contratada", "AAZ COMERCIAL LTDA. EPP"),
        ],
    ),
    (
        "a nota de empenho is a contract (second source)",
        "DODF 003 (2021) extrato de nota de empenho",
        "EXTRATO DE NOTA DE EMPENHO Nº 2020NE10898\nProcesso: 00060-00561463/2020-81. Partes: DISTRITO FEDERAL, por"
        " intermédio de sua SECRETARIA DE ESTADO DE SAÚDE DO DISTRITO FEDERAL e a empresa SALDANHA RODRIGUES LTDA. CNPJ Nº"
        " 03.426.484/0001-23. OBJETO: AQUISIÇÃO DE SERINGA.",
        True,
        [("contratante", "DISTRITO FEDERAL"), ("contratada", "SALDANHA RODRIGUES LTDA")],
    ),
    (
        "a name ends at 'portador' only as a word",
        "DOM-BH 7153 (2024) extrato de ata de registro de preços",
        "Órgão Gerenciador: Município de Belo Horizonte | Secretaria Municipal de Saúde\nFornecedor: ROFEMAX IMPORTADORA"
        " DE EMBALAGENS LTDA.\nDo Objeto: Registro de preços para insumos odontológicos",
        True,
        [
            ("contratante", "Município de Belo Horizonte | Secretaria Municipal de Saúde"),
            ("contratada", "ROFEMAX IMPORTADORA DE EMBALAGENS LTDA"),
        ],
    ),
    (
        "'Fornecedor Registrado:'",
        "DOM-AL/AMA 2121 (2023) Santa Luzia do Norte ata de registro de preços",
        "EXTRATO DA ATA DE REGISTRO DE PREÇOS Nº 36/2023\nÓrgão Gerenciador: PREFEITURA MUNICIPAL DE SANTA LUZIA DO"
        " NORTE/AL;\nFornecedor Registrado:MV COMERCIO LTDA, inscrita no CNPJ sob nº 50.438.061/0001-03, com sede na AV"
        " MANOEL PEREIRA CAVALCANTE;\nValor registrado:R$ 12.649,40",
        True,
        [("contratante", "PREFEITURA MUNICIPAL DE SANTA LUZIA DO NORTE/AL"), ("contratada", "MV COMERCIO LTDA")],
    ),
    (
        "an autorização de uso is a permissão: permitente and permissionário",
        "DODF 003 (2021) PCDF",
        "EXTRATO DO DÉCIMO NONO TERMO ADITIVO AO TERMO DE\nAUTORIZAÇÃO DE USO Nº 03/2001, NOS TERMOS DO PADRÃO Nº 14/2002"
        " Processo: 052-001598/2001. PARTES: Distrito Federal/Polícia Civil X AGEPOL - Associação Geral dos Servidores da"
        " Polícia Civil do Distrito Federal. OBJETO: Prorrogação do prazo de vigência",
        True,
        [
            ("permitente", "Distrito Federal/Polícia Civil"),
            ("permissionario", "AGEPOL - Associação Geral dos Servidores da Polícia Civil do Distrito Federal"),
        ],
    ),
    (
        "'Parceiros:' lists the two sides of a parceria",
        "DOM-BH 7153 (2024) termo de fomento",
        "Extrato do Primeiro Termo Aditivo ao Termo de Fomento Chamamento Público SMDE/ SMASAC Nº 001/2023\nParceiros:"
        " Município de Belo Horizonte/Secretaria Municipal de Desenvolvimento Econômico e a OSC Rede Cidadã – CNPJ"
        " 05.461.315/0001-50.\nObjeto: O acréscimo de 47,1%",
        True,
        [
            ("administracao_publica", "Município de Belo Horizonte/Secretaria Municipal de Desenvolvimento Econômico"),
            ("osc", "Rede Cidadã"),
        ],
    ),
    (
        "a firm's name of a letter and a digit after a bare ' e '",
        "DOE-RJ 047 (2023) HUPE",
        "INSTRUMENTO: Contrato nº 021/2023/HUPE.\nPARTES: UERJ/HUPE e M4 IMPORTAÇÃO E COMÉRCIO DE MA-\nTERIAIS MÉDICO"
        " HOSPITALARES LTDA.\nOBJETO: Aquisição de material de OPMES",
        True,
        [
            ("contratante", "UERJ/HUPE"),
            ("contratada", "M4 IMPORTAÇÃO E COMÉRCIO DE MATERIAIS MÉDICO HOSPITALARES LTDA"),
        ],
    ),
    (
        "'Partes:' in Title Case, a bare ' e ' before a body; 'Empresa Brasileira …' is a name",
        "DODF 017 (2004) Administração Regional do Lago Sul",
        "EXTRATO DO 4º TERMO ADITIVO AO CONTRATO Nº 01/2000 NOS TERMOS DO PADRÃO Nº 14/2002 – Processo nº"
        " 146.000.015/2003. Partes: Administração Regional do Lago Sul/RAXVI e Empresa Brasileira de Correios e"
        " Telégrafos. OBJETO: Prestação de Serviços Postais.",
        True,
        [
            ("contratante", "Administração Regional do Lago Sul/RAXVI"),
            ("contratada", "Empresa Brasileira de Correios e Telégrafos"),
        ],
    ),
    (
        "an apostila's sides and its interveniente",
        "DOM-AL/AMA 2121 (2023) Arapiraca termo de apostilamento",
        "TERMO DE APOSTILAMENTO\n2º Termo de Apostilamento referente ao Contrato nº 2149/2023, celebrado entre o MUNICÍPIO"
        " DE ARAPIRACA, CNPJ nº 12.198.693/0001-58, com interveniência do FUNDO MUNICIPAL DE ASSISTÊNCIA SOCIAL DE"
        " ARAPIRACA, CNPJ nº 14.808.481/0001-70 e a empresa DISTRIBUIDORA DE ALIMENTOS SANTA RITA LTDA, inscrita no CNPJ"
        " nº 00.889.590/0001-55, cujo objeto consiste na aquisição de gêneros alimentícios.",
        True,
        [
            ("contratante", "MUNICÍPIO DE ARAPIRACA"),
            ("contratada", "DISTRIBUIDORA DE ALIMENTOS SANTA RITA LTDA"),
            ("interveniente", "FUNDO MUNICIPAL DE ASSISTÊNCIA SOCIAL DE ARAPIRACA"),
        ],
    ),
    (
        "'Contrato nº N, firmado em …, com a empresa X' and the publisher the signatories name",
        "DOM-AL/AMA 2121 (2023) Belo Monte",
        "ESTADO DE ALAGOAS\nPREFEITURA MUNICIPAL DE BELO MONTE\nEXTRATO DE CONTRATO\nContrato nº 08110004/2023, firmado"
        " em 24/08/2023, com a empresa CARLOS VITOR RAMOS BEZERRA LIMA, inscrita no CNPJ/MF nº 46.638.879/0001-00; Objeto:"
        " Realização de show artístico; Cobertura Orçamentária: Órgão: Secretaria Municipal de Juventude, Esporte, Lazer e"
        " Cultura – SEMJU / Funcional Programática: 15.1515.13.392.0008.2013 / Fonte: 1500; Valor: R$ 5.000,00;"
        " Signatários: pelo Contratante, Dalmo Augusto de Almeida Júnior e, pela contratada, Carlos Vitor Ramos Bezerra"
        " Lima. Ordem de Serviços expedida em 24/08/2023.",
        True,
        [("contratada", "CARLOS VITOR RAMOS BEZERRA LIMA"), ("contratante", "PREFEITURA MUNICIPAL DE BELO MONTE")],
    ),
]


@pytest.mark.parametrize("shape,source,text,prose,expected", SHAPES_26, ids=[f"{s[0]} ({s[1]})" for s in SHAPES_26])
def test_party_shapes_26(shape, source, text, prose, expected):
    assert [(p.role, p.name) for p in parties(text, prose=prose)] == expected


REPRESENTATIVES_26 = [
    (  # a surname joined by " e " (ner.names.person_pieces' grammar)
        "DODF 003 (2021) PCDF cessão de uso",
        "EXTRATO DO PRIMEIRO TERMO ADITIVO AO TERMO DE CESSÃO DE USO DE BEM MÓVEL Nº 01/2020\nProcesso: 052-00000009/2020-30."
        " PARTES: Polícia Civil X Tribunal de Justiça do Distrito Federal e dos Territórios. OBJETO: Prorrogação. SIGNATÁRIOS:"
        " PELA POLÍCIA CIVIL DO DISTRITO FEDERAL: Robson Candido da Silva, na qualidade de Diretor Geral. PELA CESSIONÁRIA:"
        " Celso de Oliveira e Sousa Neto, na qualidade de Secretário Geral.",
        True,
        ["Robson Candido da Silva", "Celso de Oliveira e Sousa Neto"],
    ),
    (  # … and two names joined by " e " stay two
        "DODF 029 (2018) CAESB, the names' shape",
        "EXTRATO DE CONTRATO\nCONTRATO Nº 8867. ASSINANTES: Pela CAESB: Maurício Leite Luduvice e Walter Lúcio dos Santos"
        " Barros. Pela MAX COMÉRCIO E SERVIÇOS DE CAMINHÕES LTDA: Adriana do Carmo de Sousa.",
        True,
        ["Maurício Leite Luduvice", "Adriana do Carmo de Sousa"],
    ),
    (  # a title or a rank before the name
        "DODF 003 (2021) DER-DF",
        "ESPÉCIE: Contrato nº 048/2020; CONTRATANTE:O DISTRITO FEDERAL, por intermédio do DEPARTAMENTO DE ESTRADAS DE"
        " RODAGEM DO DISTRITO FEDERAL - DER/DF, CNPJ 00.070.532/0001-03; CONTRATADA: EMPRESA BRASILEIRA DE CORREIOS E"
        " TELÉGRAFOS, CNPJ 34.028.316/0007-07; OBJETO: Contratação; Pela CONTRATANTE: Eng. FAUZI NACFUR JUNIOR e Pela"
        " CONTRATADA: HELEN APARECIDA DE OLIVEIRA CARDOSO E ALAN VALTER TAVARES.",
        True,
        ["FAUZI NACFUR JUNIOR", "HELEN APARECIDA DE OLIVEIRA CARDOSO"],
    ),
    (
        "DODF 039 (2019) CBMDF",
        "EXTRATO DO CONTRATO Nº 09/2019\nProcesso: 00053-00067853/2018-06. Partes: CBMDF X MARDISA VEÍCULOS S/A, CNPJ nº"
        " 63.411.623/0021-10. Objeto: aquisição de viaturas. Signatários: Pelo Contratante: Cel. QOBM/Comb. Carlos Emilson"
        " Ferreira dos Santos, Comandante-Geral do CBMDF; pela Contratada: José Manuel Cabral Duarte, na qualidade de"
        "\nRepresentante Legal.",
        True,
        ["Carlos Emilson Ferreira dos Santos", "José Manuel Cabral Duarte"],
    ),
    (  # an acronym is its body's initials
        "DODF 003 (2021) SES/DF nota de empenho",
        "EXTRATO DE NOTA DE EMPENHO Nº 2020NE10898\nProcesso: 00060-00561463/2020-81. Partes: DISTRITO FEDERAL, por"
        " intermédio de sua SECRETARIA DE ESTADO DE SAÚDE DO DISTRITO FEDERAL e a empresa SALDANHA RODRIGUES LTDA. CNPJ Nº"
        " 03.426.484/0001-23. OBJETO: AQUISIÇÃO. Data do Empenho: 31/12/2020. Pela SES/DF: HELBERTH GONÇALVES MACAU.",
        True,
        ["HELBERTH GONÇALVES MACAU", None],
    ),
    (  # "ROLE, NAME" signatories
        "DOM-AL/AMA 2121 (2023) Arapiraca",
        "EXTRATO DA PUBLICAÇÃO AO 7º TERMO ADITIVO (PRAZO) AO CONTRATO DE Nº 17996/2018.\nDAS PARTES: MUNICÍPIO DE"
        " ARAPIRACA/AL, INSCRITO NO CNPJ SOB Nº 12.198.693/0001-58, E A EMPRESA CONY ENGENHARIA LTDA, INSCRITA NO CNPJ/MF"
        " SOB Nº 41.167.347/0001-00.\nDO OBJETO: PRORROGAÇÃO.\nDOS SIGNATÁRIOS: CONTRATANTE, JOSÉ LUCIANO BARBOSA DA SILVA,"
        " PREFEITURA MUNICIPAL DE ARAPIRACA; CONTRATADA, JEAN SANDRO SANTOS DA SILVA, CONY ENGENHARIA LTDA,",
        True,
        ["JOSÉ LUCIANO BARBOSA DA SILVA", "JEAN SANDRO SANTOS DA SILVA"],
    ),
    (  # DOM Salvador: each side's label over its signer's name
        "DOM Salvador 7057 (2018)",
        "RESUMO DE TERMO DE COLABORAÇÃO\nESPÉCIE: TERMO DE COLABORAÇÃO Nº 016/2018\nPARTES: PMS/SEMPS - CNPJ."
        " 13.927.801/0017-06 E A ASSOCIAÇÃO DAS COMUNIDADES PAROQUIAIS DE MATA ESCURA E CALABETÃO - ACOPAMEC - CNPJ nº"
        " 40.554.925/0001-07\nOBJETO: Execução\nPELO MUNICÍPIO/SEMPS:\nERONILDES VASCONCELOS CARVALHO\nSecretária\nPELA"
        " CONVENIADA:\nMICHEL RAMON\nPresidente",
        True,
        ["ERONILDES VASCONCELOS CARVALHO", "MICHEL RAMON"],
    ),
]


@pytest.mark.parametrize("source,text,prose,reps", REPRESENTATIVES_26, ids=[r[0] for r in REPRESENTATIVES_26])
def test_representatives_26(source, text, prose, reps):
    assert [p.representative_name for p in parties(text, prose=prose)] == reps


# near misses of the session 23 forms
NEAR_MISSES_26 = [
    # a budget's "Órgão:" is no party (DOM-AL Belo Monte's shape, without a contract's sentence)
    (
        "Cobertura Orçamentária: Órgão: Secretaria Municipal de Saúde / Funcional Programática: 10.301 / Fonte: 1500",
        False,
    ),
    # "com a empresa" in an act that is no extrato names no party
    ("Contrato nº 12/2023, firmado em 02/03/2023, com a empresa ALFA LTDA, foi rescindido.", False),
]


@pytest.mark.parametrize("text,prose", NEAR_MISSES_26)
def test_near_misses_26(text, prose):
    assert parties(text, prose=prose) == []


def test_a_word_that_holds_a_stop_word_ends_no_name_but_the_word_does():
    # "portador" inside "IMPORTADORA" (DOM-BH 7153) vs "…, portador do CPF" (DOM-CE/APRECE 2013's shape)
    got = parties("Contratada: JOÃO DA SILVA, portador do CPF nº ***.123.456-**\nObjeto: serviços", prose=True)
    assert [(p.role, p.name) for p in got] == [("contratada", "JOÃO DA SILVA")]


def test_an_acronym_of_no_party_points_at_none():
    # "Pela SMS:" where neither side's words give those initials, or both sides' do: the acronym points at none
    from seidou.extractors.parties import _target

    text = "EXTRATO DE CONTRATO\nPartes: DISTRITO FEDERAL, por intermédio da SECRETARIA DE ESTADO DE SAÚDE e a empresa ALFA LTDA."
    group = parties(text, prose=True)
    assert _target("SES/DF", group, text) is group[0]
    assert _target("SMS", group, text) is None
    assert _target("S", group, text) is None  # (one letter is no acronym)


def test_a_versus_list_sets_the_first_against_the_others_and_one_signer_may_sign_for_two():
    # DODF 003 (2021) PCDF termo de autorização de uso: "A X B x C x D", one permitente and three permissionárias;
    # "PELO DISTRITO FEDERAL:" names the side whose name opens with those words; "pela ASSASPC e SINCAAP/DF, NOME" both
    text = (
        "EXTRATO DO SÉTIMO TERMO ADITIVO AO TERMO DE AUTORIZAÇÃO DE\nUSO Nº 01/2015\nProcesso: 052-002570/2014. PARTES:"
        " Distrito Federal/Polícia Civil X APCAP-DF - Associação dos Policiais Civis Aposentados e Pensionistas do"
        " Distrito Federal x ASSASPC – Associação da Carreira de Apoio às Atividades Policiais Civis do Distrito Federal x"
        " SINCAAP/DF – Sindicato da Carreira de Apoio às Atividades Policiais Civis do Distrito Federal. OBJETO:"
        " Prorrogação. SIGNATÁRIOS: PELO DISTRITO FEDERAL: Robson Candido da Silva, na qualidade de Delegado-Geral. Pela"
        " APCAP-DF: Sandra Lôbo de Aquino Moura e Silva e pela ASSASPC e SINCAAP/DF, Wilmaque José Soares de Oliveira,"
        " ambos na qualidade de Presidentes."
    )
    got = parties(text, prose=True)
    assert [p.role for p in got] == ["permitente"] + ["permissionario"] * 3
    assert [p.representative_name for p in got] == [
        "Robson Candido da Silva",
        "Sandra Lôbo de Aquino Moura e Silva",
        "Wilmaque José Soares de Oliveira",
        "Wilmaque José Soares de Oliveira",
    ]


def test_a_versus_list_of_no_pair_family_keeps_its_participes():
    # near miss: three sides of an acordo de cooperação (a family of no pair) stay partícipes
    text = (
        "EXTRATO DO ACORDO DE COOPERAÇÃO Nº 01/2020\nPARTES: Secretaria de Estado de Saúde X Fundação Hemocentro de"
        " Brasília x Instituto de Gestão Estratégica de Saúde. OBJETO: cooperação."
    )
    assert {p.role for p in parties(text, prose=True)} == {"participe"}


ATA_26 = [
    (
        "DODF 039 (2019) SEPLAG ata de registro de preços",
        "EXTRATO DA ATA DE REGISTRO DE PREÇOS Nº 03/2019\nProcesso SEI nº 00410-00009690/2018-87. Objeto: aquisição de"
        " materiais de consumo. Empresas vencedoras e itens homologados: COPEL COMÉRCIO DE EQUIPAMENTOS E SERVIÇOS EIRELI -"
        " 10.247.876/0001-90, itens 1 e 42, AAZ COMERCIAL EIRELI - EPP - CNPJ.15.449.518/0001-84, itens 12, 13 e 59, ART"
        " STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI - CNPJ. 16.731.837/0001-40, itens 3, 6. Os itens 11, 33"
        " restaram fracassados.",
        [
            ("contratada", "COPEL COMÉRCIO DE EQUIPAMENTOS E SERVIÇOS EIRELI"),
            ("contratada", "AAZ COMERCIAL EIRELI - EPP"),
            ("contratada", "ART STILO PAPELARIA, LIVRARIA, COMÉRCIO E INFORMÁTICA EIRELI"),
        ],
    ),
    (
        "DODF 003 (2021) METRÔ-DF ata de registro de preços",
        "Processo: 00097-00009971/2020-54. ESPÉCIE: Ata de Registro de Preços n° 003/2020 - METRÔ-DF. Firmada entre o"
        " METRÔ-DF e as empresas QUALITE DISTRIBUIDORA EIRELI; CNPJ n° 16.754.240/0001-11, item 01, Valor: R$ 70.350,00 e"
        " SULMINAS FIOS & CABOS LTDA, CNPJ: 04.210.938/0001-97, itens 2, 3 e 4, Valor: 2.026.589,25. Objeto: aquisição de"
        " cabos. Pela Contratante: HANDERSON CABRAL RIBEIRO.",
        [
            ("contratante", "METRÔ-DF"),
            ("contratada", "QUALITE DISTRIBUIDORA EIRELI"),
            ("contratada", "SULMINAS FIOS & CABOS LTDA"),
        ],
    ),
]


@pytest.mark.parametrize("source,text,expected", ATA_26, ids=[a[0] for a in ATA_26])
def test_an_atas_firms_each_with_its_cnpj(source, text, expected):
    from seidou.extractors.parties import _with_ata_firms

    assert [(p.role, p.name) for p in _with_ata_firms(text, "ata_registro_precos")] == expected


def test_a_firms_list_outside_an_ata_names_no_party():
    # near miss: the same list in an aviso de resultado (winners of a licitação, not an instrument's sides)
    from seidou.extractors.parties import _with_ata_firms

    text = "RESULTADO DO PREGÃO Nº 12/2023\nEmpresas vencedoras: ALFA COMÉRCIO LTDA - CNPJ. 10.247.876/0001-90, item 1."
    assert _with_ata_firms(text, "resultado_licitacao") == []


def test_an_atas_one_firm_its_cnpj_over_a_line_break_and_a_role_of_two_parties_names_neither():
    from seidou.extractors.parties import _with_ata_firms

    # DODF 003 (2021) METRÔ-DF ata 002/2020: "e a empresa X; CNPJ n° 09.811.654/0008-\n46"
    text = (
        "ESPÉCIE: Ata de Registro de Preços n° 002/2020 - METRÔ-DF. Firmada entre o METRÔ-DF e a empresa ACUMULADORES"
        " MOURA S/A; CNPJ n° 09.811.654/0008-\n46. Valor: R$ 977.480,97. Objeto: Aquisição. Pela Contratante: HANDERSON"
        " CABRAL RIBEIRO. Pela Contratada: LUIZ JOSÉ DE AZEVEDO Mello. Vigência: 12 meses."
    )
    got = _with_ata_firms(text, "ata_registro_precos")
    assert [(p.role, p.name, p.cnpj) for p in got] == [
        ("contratante", "METRÔ-DF", None),
        ("contratada", "ACUMULADORES MOURA S/A", "09811654000846"),
    ]
    # … and ata 003/2020's two firms: one "Pela Contratada:" entry is neither's (near miss)
    text = (
        "Firmada entre o METRÔ-DF e as empresas QUALITE DISTRIBUIDORA EIRELI; CNPJ n° 16.754.240/0001-11, item 01 e"
        " SULMINAS FIOS & CABOS LTDA, CNPJ: 04.210.938/0001-97, itens 2, 3 e 4. Objeto: cabos. Pela Contratante: HANDERSON"
        " CABRAL RIBEIRO. Pela Contratada: VALDINEY DE SOUZA SILVA, ADEMIR MACHADO."
    )
    assert [p.representative_name for p in _with_ata_firms(text, "ata_registro_precos")] == [
        "HANDERSON CABRAL RIBEIRO",
        None,
        None,
    ]


# DOM Salvador resumos de convênio (6770, 2017-01-28 p. 24; 6393, 2015-08-05 p. 29): the PDFs have no text layer; the
# lines as the page pictures print them (read from the rendered pages)
SALVADOR_LINES = [
    (
        "DOM Salvador 6770 (2017)",
        "RESUMO DE CONVÊNIO Nº 033/2016\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06\nASSOCIAÇÃO OS AMIGOS DE CLARA"
        " AMIZADE BRASIL BAHIA (AACBA) - CNPJ - 04.087.181/0001-96\nOBJETO: apoio financeiro da SEMPS à CONVENIADA na"
        " execução indireta do Serviço\nDATA DE ASSINATURA: 29 de dezembro de 2016.\nPELO MUNICÍPIO/SEMPS:\nANA PAULA"
        " ANDRADE MATOS MOREIRA\nSecretária em exercício\nPELA CONVENIADA:\nEDNEUSA MARIA RIBEIRO PASSOS\nPresidente",
        [
            ("concedente", "PMS/SEMPS", "13927801001706", "ANA PAULA ANDRADE MATOS MOREIRA"),
            (
                "convenente",
                "ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL BAHIA",
                "04087181000196",
                "EDNEUSA MARIA RIBEIRO PASSOS",
            ),
        ],
    ),
    (
        "DOM Salvador 6393 (2015)",
        "RESUMO DE CONVÊNIO Nº 010/2015\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06\nINSTITUTO FATUMBI - AQUELE QUE"
        " ME FAZ RENASCER - CNPJ 13.084.984/0001-88\nOBJETO: Constitui objeto do presente termo o apoio financeiro\n"
        "PELO MUNICÍPIO/SEMPS:\nBRUNO SOARES REIS\nSecretário\nPELA CONVENIADA:\nRODRIGO ALVES DA SILVA\nPresidente",
        [
            ("concedente", "PMS/SEMPS", "13927801001706", "BRUNO SOARES REIS"),
            (
                "convenente",
                "INSTITUTO FATUMBI - AQUELE QUE ME FAZ RENASCER",
                "13084984000188",
                "RODRIGO ALVES DA SILVA",
            ),
        ],
    ),
]


@pytest.mark.parametrize("source,text,expected", SALVADOR_LINES, ids=[s[0] for s in SALVADOR_LINES])
def test_a_list_labels_sides_one_a_line_each_on_its_cnpj(source, text, expected):
    got = parties(text, prose=True)
    assert [(p.role, p.name, p.cnpj, p.representative_name) for p in got] == expected


def test_a_wrapped_name_with_its_cnpj_on_the_next_line_is_one_side():
    # near miss: the line before does not end on a CNPJ, so the next line goes on the same name
    text = (
        "RESUMO DE CONVÊNIO Nº 01/2020\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 E A ASSOCIAÇÃO DOS MORADORES DO\n"
        "BAIRRO DA PAZ - CNPJ 04.087.181/0001-96\nOBJETO: apoio."
    )
    names = [" ".join(p.name.split()) for p in parties(text, prose=True)]  # (party_rows joins a name's lines)
    assert names == ["PMS/SEMPS", "ASSOCIAÇÃO DOS MORADORES DO BAIRRO DA PAZ"]


# --- review26: near misses of the parties@10 forms (rows from real text; where the text is a near miss written in a
# gazette's shape, the shape's source is named)
REVIEW_26 = [
    (
        "a CNPJ glued to the name's last word still ends it (only 'portador'/'inscrit' must be words)",
        "DOE-RJ 111 (2023) SEDSODH termo de ajuste de contas",
        "EXTRATO DE TERMO\nINSTRUMENTO: Termo de Ajuste de Contas 026/2023. PARTES: Estado do Rio de Janeiro através da"
        " SEDSODH - SECRETARIA DE ESTADO DE DESENVOLVIMENTO SOCIAL E DIREITOS HUMANOS e a empresa C M DISTRIBUIDORA,"
        " SERVIÇOS E LOCAÇÕES EIRELICNPJ 26.725.081/0001-80. OBJETO: O presente Termo de Ajuste de Contas",
        [
            (
                "contratante",
                "Estado do Rio de Janeiro através da SEDSODH - SECRETARIA DE ESTADO DE DESENVOLVIMENTO SOCIAL E DIREITOS"
                " HUMANOS",
            ),
            ("contratada", "C M DISTRIBUIDORA, SERVIÇOS E LOCAÇÕES EIRELI"),
        ],
    ),
    (
        "a nota de empenho printed as a field of another instrument's extrato names no contract",
        "DODF 029 (2018) CLDF extrato's field order ('… Nota de empenho: 2018NE00032 de 17/01/2018 … Partes: …'),"
        " a termo de fomento's extrato",
        "EXTRATO DO TERMO DE FOMENTO Nº 04/2018\nProcesso: 001.000947/2017. Unidade Gestora 010101, fonte de recurso"
        " 100000000. Nota de empenho: 2018NE00032 de 17/01/2018, natureza da despesa 3350-43. Partes: Secretaria de"
        " Estado de Cultura do Distrito Federal e Associação Cultural Candanga. Objeto: projeto.",
        [
            ("administracao_publica", "Secretaria de Estado de Cultura do Distrito Federal"),
            ("osc", "Associação Cultural Candanga"),
        ],
    ),
    (
        "an 'autorização de uso' of another thing printed before the parties is no permissão",
        "DODF 029 (2018) field order, a termo de colaboração's extrato",
        "EXTRATO DO TERMO DE COLABORAÇÃO Nº 12/2021\nProcesso: 00150-00001234/2021-11. Autorização de uso de imagem:"
        " concedida. Partes: Secretaria de Estado de Cultura do Distrito Federal e Associação Cultural Candanga. Objeto:"
        " projeto.",
        [
            ("administracao_publica", "Secretaria de Estado de Cultura do Distrito Federal"),
            ("osc", "Associação Cultural Candanga"),
        ],
    ),
    (
        "a line after a line that names two sides is no third side",
        "DOM Salvador 7057 (2018) resumo's PARTES line, a bank's line after it",
        "RESUMO DE TERMO DE COLABORAÇÃO\nESPÉCIE: TERMO DE COLABORAÇÃO Nº 016/2018\nPARTES: PMS/SEMPS - CNPJ."
        " 13.927.801/0017-06 E A ASSOCIAÇÃO BOM SAMARITANO - CNPJ nº 40.554.925/0001-07\nBANCO DO BRASIL S/A - CNPJ"
        " 00.000.000/0001-91\nOBJETO: Execução Indireta do Serviço",
        [("administracao_publica", "PMS/SEMPS"), ("osc", "ASSOCIAÇÃO BOM SAMARITANO")],
    ),
]


@pytest.mark.parametrize("shape,source,text,expected", REVIEW_26, ids=[r[0] for r in REVIEW_26])
def test_review26_near_misses_of_the_new_forms(shape, source, text, expected):
    assert [(p.role, p.name) for p in parties(text, prose=True)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Parceiros:" of a program or an event, no instrument named before it (DOM-BH's label, review26)
        "PROGRAMA ESCOLA ABERTA\nRealização: Secretaria Municipal de Educação. Parceiros: SESC, SENAI e SEBRAE. Público:"
        " estudantes da rede municipal.",
        "A Secretaria Municipal de Cultura informa que os Parceiros: Banco do Brasil e Caixa Econômica Federal apoiarão o"
        " Festival de Inverno.",
    ],
)
def test_review26_parceiros_without_an_instrument_name_no_party(text):
    assert parties(text, prose=True) == []


@pytest.mark.parametrize(
    "tail,reps",
    [
        # two names for the two sides a signer's words name: each its own, so neither is given to both (review26)
        (" Pela CONTRATANTE e pela CONTRATADA: Osnei Okumoto e João Alves Pereira.", [None, None]),
        # a firm's signer's quality after "ROLE," is no name (DOM-AL/AMA 2121's "ROLE, NAME" list, review26)
        (" Assinaturas: CONTRATANTE, Prefeito Municipal; CONTRATADA, Sócio Administrador.", [None, None]),
        (" Assinaturas: CONTRATANTE, Prefeito Municipal; CONTRATADA, Representante Legal.", [None, None]),
        # … while one name for both keeps the DODF 2021 form ("pela ASSASPC e SINCAAP/DF, NOME, ambos …")
        (
            " Assinam: pela CONTRATANTE, José Luciano Barbosa da Silva, e pela CONTRATADA, Jean Sandro Santos da Silva.",
            ["José Luciano Barbosa da Silva", "Jean Sandro Santos da Silva"],
        ),
    ],
)
def test_review26_signers_near_misses(tail, reps):
    text = (
        "EXTRATO DO CONTRATO Nº 21/2023. Partes: MUNICÍPIO DE ARAPIRACA, CNPJ nº 12.198.693/0001-58 e a empresa CONY"
        " ENGENHARIA LTDA, CNPJ nº 41.167.347/0001-00. Objeto: obra." + tail
    )
    assert [p.representative_name for p in parties(text, prose=True)] == reps


def test_review26_an_atas_public_side_after_its_firms_is_no_fornecedor():
    # near miss in the DODF 039 (2019) SEPLAG list's shape: the órgão gerenciador and a participante with their CNPJs
    # after the firms, in the same sentence (review26)
    from seidou.extractors.parties import _with_ata_firms

    text = (
        "EXTRATO DA ATA DE REGISTRO DE PREÇOS Nº 5/2023\nProcesso nº 12/2023. Empresas registradas: ALFA COMÉRCIO LTDA -"
        " CNPJ 12.345.678/0001-95, itens 1 e 2, valor R$ 10.000,00; órgão gerenciador FUNDO MUNICIPAL DE SAÚDE - CNPJ"
        " 11.222.333/0001-81, participante SECRETARIA DE EDUCAÇÃO - CNPJ 05.461.315/0001-50. Vigência: 12 meses."
    )
    assert [(p.role, p.name) for p in _with_ata_firms(text, "ata_registro_precos")] == [
        ("contratada", "ALFA COMÉRCIO LTDA")
    ]


def test_review26_a_body_named_with_e_before_a_polity_is_one_party():
    # near miss of the 'Partes:' bare ' e ' split (DODF 2004's form): a secretaria's name joined by ' e ' (review26)
    text = "EXTRATO DO CONTRATO Nº 5/2021. PARTES: Secretaria de Estado de Justiça e Cidadania do Distrito Federal. OBJETO: x."
    assert [p.name for p in parties(text, prose=True)] == [
        "Secretaria de Estado de Justiça e Cidadania do Distrito Federal"
    ]
