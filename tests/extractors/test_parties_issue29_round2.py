"""Parties of issue 29, round 2 (seidou.extractors.parties@6): rows from real documents of the tune split and the old
corpus, each rule with two sources or a general grammar (named per row), and near misses. Sources: DOE-BA nº 22.825
(2020-01-21: UNEB, SEFAZ, SEDUR, SJDHDS, INEMA acts), DOE-RJ parte I nº 111 (2023-06-20: FUNARJ, SEPOL), DOM-MG/AMM
3602a (2023-09-15, Lagamar), DOM-CE/APRECE 2974 (2022-06-13: Catunda, Arneiroz, Campos Sales) and 0745 (2013-08-13,
Groaíras), DOM-BH 7143 (2024-11-29), Paraguaçu Paulista-SP termo aditivo 50/2023 and DOM-CE Barbalha 2022."""

from __future__ import annotations

import pytest

from seidou.extractors.parties import (
    PARTES_SPLIT,
    _publisher_signed,
    from_listed,
    from_partes,
    from_run_in,
    is_summary,
    parties,
)

LAGAMAR = (  # DOM-MG/AMM 2023-09-15, Lagamar
    "EXTRATO DAS ATAS\nPREFEITURA MUNICIPAL DE LAGAMAR–MG. Torna público o EXTRATO DAS ATAS DE REGISTRO DE PREÇOS N.º "
    "122, 123 e 141/2023. Assinaturas em 01/09/2023.\nObjeto: Registro de preços para eventual e futura aquisição de "
    "material de limpeza.\nContratadas:\nSUPERMERCADO E CASA DE CARNES JUJU EIRELLI. Valor total estimado: R$ "
    "82.422,24\nZOOM COMERCIAL SUDESTE. Valor total estimado: R$ 12.170,65\nEPINET COMERCIO DE EQUIPAMENTOS DE "
    "PROTECAO LTDA.\nValor total estimado: R$ 2.636,70\nVigência 12 meses.\nContratante:\nAURO JOSÉ PEREIRA\n"
    "Prefeito Municipal\nPublicado por: Luana Cristina Braga Código Identificador:3F8B7BD2"
)

# (rule, source, text, prose, expected (role, name, cnpj, representative))
CASES = [
    (
        "run-in label of a pair family (general grammar 'role label: value')",
        "DOE-BA 2020, UNEB",
        "RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº 074.7738.2019.0059029-03; LOCATÁRIA: UNEB; LOCADORA: Eliene "
        "Pereira França; CONTRATO Nº 006/2019; OBJETO: Prorrogação de prazo; VIGÊNCIA: 12 meses;",
        True,
        [("locatario", "UNEB", None, None), ("locador", "Eliene Pereira França", None, None)],
    ),
    (
        "run-in label of a pair family, numbered, signers named by role",
        "DOE-BA 2020, SEFAZ",
        "RESUMO DO 9º TERMO ADITIVO AO CONTRATO SF/CLPU/DS/03/12 - DAT/SUL 1.TA-01/20; 2.Locatário: Estado da "
        "Bahia/SEFAZ; 3.Locador: RONI & RONI LTDA - ME; 4.Objeto: Locação de imóvel urbano não residencial; 5.Forma de "
        "pagamento: mensal; 8.Assinam: Manoel Vitório da Silva Filho - Locatário, Ronnei Roni - Locador; 9.Data: "
        "20/01/2020.",
        True,
        [
            ("locatario", "Estado da Bahia/SEFAZ", None, "Manoel Vitório da Silva Filho"),
            ("locador", "RONI & RONI LTDA - ME", None, "Ronnei Roni"),
        ],
    ),
    (
        "plural compromitentes: both sides take the label's role in a termo de compromisso",
        "DOE-BA 2020, SEDUR",
        "DESPACHO DO DIRETOR ADMINISTRATIVO\nRESUMO DE TERMO DE COMPROMISSO DE ESTÁGIO\nCOMPROMITENTES: Secretaria de "
        "Desenvolvimento Urbano e Lucas Conceição dos Santos; OBJETO: Estágio de Nível Médio; BOLSA: R$ 315,00",
        True,
        [
            ("compromitente", "Secretaria de Desenvolvimento Urbano", None, None),
            ("compromitente", "Lucas Conceição dos Santos", None, None),
        ],
    ),
    (
        "plural compromissários of a contract: the contract's pair",
        "DOE-BA 2020, SJDHDS",
        "RESUMO DO QUARTO TERMO ADITIVO AO CONTRATO Nº 005/2017\nProcesso SEI: 024.2093.2019.0008161-43, Compromissários: "
        "ESTADO DA BAHIA, através da SECRETARIA DE JUSTIÇA, DIREITOS HUMANOS E DESENVOLVIMENTO SOCIAL - SJDHDS e a "
        "empresa TELEFÔNICA BRASIL S/A CNPJ: 02.558.157/0024-59 Objeto: Prorrogado",
        True,
        [
            ("contratante", "ESTADO DA BAHIA", None, None),
            ("contratada", "TELEFÔNICA BRASIL S/A", "02558157002459", None),
        ],
    ),
    (
        "the family from a role word of the text (general grammar of the role table)",
        "DOE-RJ 2023, FUNARJ",
        "INSTRUMENTO : TPUT nº 180022/148/2023.\nPARTES : FUNARJ e a DULCE PENNA DE MIRANDA 11124543732 OBJETO : A "
        "título precário, do TEATRO GLÁUCIO GILL, de propriedade da FUNARJ.\nVALOR: A PERMISSIONÁRIA obriga-se a pagar "
        "à FUNARJ 15% (quinze por cento) sobre a receita bruta.\nD ATA DA ASSINATURA: 14/06/2023",
        True,
        [("permitente", "FUNARJ", None, None), ("permissionario", "DULCE PENNA DE MIRANDA", None, None)],
    ),
    (  # near miss: no role word in the text, no family: partícipes
        "the family from a role word of the text: none",
        "DOE-RJ 2023, FUNARJ (the VALOR line left out)",
        "INSTRUMENTO : TPUT nº 180022/148/2023.\nPARTES : FUNARJ e a DULCE PENNA DE MIRANDA 11124543732 OBJETO : A "
        "título precário, do TEATRO GLÁUCIO GILL, de propriedade da FUNARJ.\nD ATA DA ASSINATURA: 14/06/2023",
        True,
        [("participe", "FUNARJ", None, None), ("participe", "DULCE PENNA DE MIRANDA", None, None)],
    ),
    (
        "one name per line under a plural label; the publisher named by its signer under a side's label",
        "DOM-MG/AMM 2023, Lagamar",
        LAGAMAR,
        True,
        [
            ("contratada", "SUPERMERCADO E CASA DE CARNES JUJU EIRELLI", None, None),
            ("contratada", "ZOOM COMERCIAL SUDESTE", None, None),
            ("contratada", "EPINET COMERCIO DE EQUIPAMENTOS DE PROTECAO LTDA", None, None),
            ("contratante", "PREFEITURA MUNICIPAL DE LAGAMAR", None, "AURO JOSÉ PEREIRA"),
        ],
    ),
    (
        "an act headed 'Resumo' is an extrato: its sentence's parties",
        "DOE-BA 2020, INEMA",
        "SECRETARIA DO MEIO AMBIENTE\nInstituto do Meio Ambiente e Recursos Hídricos - INEMA\n<#E.G.B#396262#4#435308>\n"
        "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o INSTITUTO DO MEIO AMBIENTE E "
        "RECURSOS HÍDRICOS - INEMA e a empresa POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI. OBJETO: prorrogado por mais "
        "03 (três) meses. ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante e Adenildo Soares de Sena - "
        "Contratada.",
        None,  # (prose as is_summary says)
        [
            (
                "contratante",
                "INSTITUTO DO MEIO AMBIENTE E RECURSOS HÍDRICOS",
                None,
                "Márcia Cristina Telles de Araújo Lima",
            ),
            ("contratada", "POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI", None, "Adenildo Soares de Sena"),
        ],
    ),
    (
        "initials run on into a name",
        "DOM-CE/APRECE 2022, Catunda",
        "EXTRATO DE CONTRATO Nº 006/2022/PA.03\nCONTRATANTE: Secretaria de Agricultura e Meio Ambiente do Município de "
        "Catunda, CNPJ sob o nº 35.049.097/0001-01. CONTRATADO: G C H Reis Eireli – ME, inscrita no CNPJ sob o nº "
        "28.520.441/0001-33. VALOR E VIGÊNCIA: R$ 24.775,86",
        True,
        [
            (
                "contratante",
                "Secretaria de Agricultura e Meio Ambiente do Município de Catunda",
                "35049097000101",
                None,
            ),
            ("contratada", "G C H Reis Eireli – ME", "28520441000133", None),
        ],
    ),
    (
        "the body that makes a contract's extrato public is its public side; initials before a name in capitals",
        "DOM-CE/APRECE 2022, Arneiroz",
        "ESTADO DO CEARÁ\nPREFEITURA MUNICIPAL DE ARNEIROZ\nEXTRATO DO CONTRATO\nA Prefeitura Municipal de Arneiroz, "
        "através do ordenador de despesas torna público o Extrato de Contrato nº 2022.05.30.1 da Tomada de Preços nº "
        "2021.08.25.2. OBJETO: CONTRATAÇÃO DE EMPRESA PARA REFORMA DO BALNEARIO MUNICIPAL. Contratado: I P N "
        "CONSTRUÇÕES E SERVIÇOS EIRELI – ME, Valor R$ 258.370,69 (duzentos e cinquenta e oito mil e trezentos e "
        "setenta reais e sessenta e nove centavos). Vigência do Contrato: 120 (Cento e Vinte) dias.",
        True,
        [
            ("contratada", "I P N CONSTRUÇÕES E SERVIÇOS EIRELI – ME", None, None),
            ("contratante", "Prefeitura Municipal de Arneiroz", None, None),
        ],
    ),
    (
        "plural 'Contratados:' run in; the publisher signed for",
        "DOM-CE/APRECE 2013, Groaíras",
        "LICITAÇÃO\nEXTRATO DO CONTRATO\nO(A) Secretaria de Infraestrutura, Obras e Serviços Públicos do município de "
        "Groaíras-Ce, torna público o extrato do(s) Instrumento(s) Contratual(ais) resultante(s) do PREGÃO PRESENCIAL "
        "nº 2504.02/2013; Elemento de Despesa: 33.90.30.00; Contratados: F. DAS CHAGAS A. NETO MATERIAL DE CONSTRUÇÃO – "
        "ME; VALOR GLOBAL: R$ 108.180,80 (cento e oito mil, cento e oitenta reais e oitenta centavos); ASSINA(M) "
        "PELOS(AS) CONTRATADO(AS): FRANCISCO DAS CHAGAS ARAGÃO NETO; ASSINA PELA CONTRATANTE: TARCÍSIO MELO JÚNIOR; "
        "Groaíras-Ce, 13 de maio de 2013.",
        True,
        [
            (
                "contratada",
                "F. DAS CHAGAS A. NETO MATERIAL DE CONSTRUÇÃO – ME",
                None,
                "FRANCISCO DAS CHAGAS ARAGÃO NETO",
            ),
            (
                "contratante",
                "Secretaria de Infraestrutura, Obras e Serviços Públicos do município de Groaíras",
                None,
                "TARCÍSIO MELO JÚNIOR",
            ),
        ],
    ),
    (
        "a bare ' e ' after the first side's CNPJ parts the list",
        "Paraguaçu Paulista-SP 2023 (second source: DOM-CE/APRECE 2022 Barbalha, 'CPNJ nº 11.740.887.0001/70 e Hospital')",
        "TERMO ADITIVO Nº 0050/2023 AO TERMO DE FOMENTO Nº 0013/2023\nProcessos nºs.: 2627/2023 e 4018/2023\n"
        "PARTÍCIPES: Município da Estância Turística de Paraguaçu Paulista - CNPJ/MF 44.547.305/0001-93 e Associação "
        "Comunitária Integrada de Paraguaçu Paulista - ACIPP — CNPJ/MF 47.609.482/0001-45.\nOBJETO: Prorroga.",
        False,
        [
            ("administracao_publica", "Município da Estância Turística de Paraguaçu Paulista", "44547305000193", None),
            ("osc", "Associação Comunitária Integrada de Paraguaçu Paulista - ACIPP", "47609482000145", None),
        ],
    ),
    (
        "a list line that ends on a dash goes on",
        "DOE-RJ 2023, SEPOL",
        "EXTRATO DE TERMO INSTRUMENTO : Termo de Convênio nº 15//2023\nPARTES : Termo de Convênio que entre si celebram o "
        "Estado do Rio de Janeiro, por intermédio da Secretaria de Estado de Polícia Civil -\nSEPOL e o Município de São "
        "Fidélis - RJ.\nOBJETO : O presente CONVÊNIO tem por objeto",
        True,
        [("participe", "Estado do Rio de Janeiro", None, None), ("participe", "Município de São Fidélis", None, None)],
    ),
    (
        "the publisher that 'torna pública a celebração de' a contract with a company, its representative",
        "DOE-BA 2020, Campo Alegre de Lourdes (the grammar's 'torna público que firmou contrato com a empresa': Tucano-BA)",
        "PREFEITURA MUNICIPAL DE CAMPO ALEGRE DE LOURDES\nEXTRATO DO 5º TERMO ADITIVO DE PRAZO\nO MUNICÍPIO DE CAMPO "
        "ALEGRE DE LOURDES, ESTADO DE BAHIA, representado pelo seu\nPrefeito Municipal, ENILSON MARCELO RODRIGUES DA "
        "SILVA, torna pública a celebração de Termo Aditivo aos contratos nº 183-184-185/2017, com a empresa com a "
        "empresa OXENTE NET EMPREENDIMENTOS LTDA EPP, pessoa jurídica de direito privado, inscrita no CNPJ nº "
        "19.725.586/0001-80, para fins de prorrogação do prazo contratual por mais 12 (doze) meses.",
        True,
        [
            ("contratante", "MUNICÍPIO DE CAMPO ALEGRE DE LOURDES", None, "ENILSON MARCELO RODRIGUES DA SILVA"),
            ("contratada", "OXENTE NET EMPREENDIMENTOS LTDA EPP", "19725586000180", None),
        ],
    ),
    (
        "no cargo word in a signer's name",
        "DOM-CE/APRECE 2022, Campos Sales",
        "ESTADO DO CEARÁ-PREFEITURA MUNICIPAL DE CAMPOS SALES – EXTRATO 4º ADITIVO. CONTRATADA: DB3 SERVIÇOS DE "
        "TELECOMUNICAÇÕES LTDA, CNPJ: N° 41.644.220/0001-35. Assina pelo CONTRATANTE: MARIA GONÇALVES DE OLIVEIRA "
        "Secretário de Políticas para Educação, assina pela CONTRATADA Salim Bayde Neto portador(a) do CPF",
        True,
        [
            ("contratada", "DB3 SERVIÇOS DE TELECOMUNICAÇÕES LTDA", "41644220000135", "Salim Bayde Neto"),
            ("contratante", "PREFEITURA MUNICIPAL DE CAMPOS SALES", None, "MARIA GONÇALVES DE OLIVEIRA"),
        ],
    ),
]


@pytest.mark.parametrize("rule,source,text,prose,expected", CASES, ids=[c[1] for c in CASES])
def test_parties_round2(rule, source, text, prose, expected):
    prose = is_summary(text, None) if prose is None else prose
    assert [(p.role, p.name, p.cnpj, p.representative_name) for p in parties(text, prose=prose)] == expected


@pytest.mark.parametrize(
    "text,summary",
    [
        ("SECRETARIA DO MEIO AMBIENTE\n<#E.G.B#396262#4#435308>\nResumo do primeiro termo aditivo ao contrato", True),
        ("SECRETARIA DE DESENVOLVIMENTO URBANO\nDESPACHO DO DIRETOR\nRESUMO DE TERMO DE COMPROMISSO DE ESTÁGIO", True),
        ("Universidade Estadual do Sudoeste da Bahia – UESB\nRes. Termo Aditivo nº 02 ao Contrato n.º 005/2019", True),
        ("EXTRATOSDE TERMOS\nINSTRUMENTO : TPUT nº 180022/148/2023.", True),
        # near misses: an act that cites an extrato, a heading word that is no summary
        ("PORTARIA Nº 12\nDetermino a publicação do extrato do contrato no Diário Oficial.", False),
        ("RESULTADO DE JULGAMENTO\nPregão Eletrônico nº 10/2023", False),
        # near misses (review24, findings 3-4): a "Resumo"/"Res."/"Extrato" of no instrument
        ("Res. CONAMA nº 357/2005 dispõe sobre a classificação", False),
        ("Resumo\nEste trabalho apresenta", False),
        ("EXTRATO BANCÁRIO DA CONTA Nº 1234-5", False),
        ("RESUMO EXECUTIVO\nO projeto", False),
        ("SECRETARIA DE SAÚDE\nRESUMO DA ATA DA 5ª REUNIÃO ORDINÁRIA", False),
        ("RESUMO DO BALANÇO PATRIMONIAL", False),
        ("RESUMO DO EDITAL DE PREGÃO ELETRÔNICO Nº 12/2020", False),
        ("RESUMO DO QUARTO TERMO ADITIVO AO CONTRATO Nº 005/2017", True),
        ("ESTADO DO CEARÁ\nEXTRATO 4º ADITIVO. CONTRATADA: DB3", True),
    ],
)
def test_acts_headed_as_summaries(text, summary):
    assert is_summary(text, "other") is summary


def test_a_list_under_a_plural_label_stops_at_a_line_that_names_no_one():
    # DOM-MG/AMM 2023 Lagamar: "Vigência 12 meses." ends the list; a value's label line is skipped
    assert [p.name for p in from_listed(LAGAMAR)] == [
        "SUPERMERCADO E CASA DE CARNES JUJU EIRELLI",
        "ZOOM COMERCIAL SUDESTE",
        "EPINET COMERCIO DE EQUIPAMENTOS DE PROTECAO LTDA",
    ]
    # near miss: a plural label with no list under it
    assert from_listed("Contratadas:\nVigência 12 meses.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # DOM-BH 7143, penalties: "Empresa:" over a CNPJ names the firm fined, not a party of an instrument
        "Processo Administrativo nº: 04.000.259.22.81\nPregão Eletrônico: 248/2022\nEmpresa: INPHARMA HOSPITALAR LTDA\n"
        "CNPJ: 43.607.262/0001-21\nMulta no valor de R$ 58,77 (cinquenta e oito reais e setenta e sete centavos)",
    ],
)
def test_near_misses_round2(text):
    assert parties(text, prose=True) == []


def test_a_signer_under_a_label_names_no_publisher_without_one():
    # DOM-MG/AMM 2023 Lagamar without its opening line: no body publishes it in reach
    text = "Objeto: aquisição de material de limpeza.\nContratante:\nAURO JOSÉ PEREIRA\nPrefeito Municipal\n"
    assert _publisher_signed(text, []) == []
    assert [(p.role, p.name, p.representative_name) for p in _publisher_signed(LAGAMAR, [])] == [
        ("contratante", "PREFEITURA MUNICIPAL DE LAGAMAR", "AURO JOSÉ PEREIRA")
    ]


# review24 finding 5: a one-per-line list ends at the first line that is no firm's or person's (a label, a heading, a
# title), each item a firm's or person's line (legal form, CNPJ/CPF, a value)
@pytest.mark.parametrize(
    "text,names",
    [
        (
            "EXTRATO DAS ATAS\nContratadas:\nSUPERMERCADO JUJU EIRELLI. Valor total estimado: R$ 82.422,24\nVigência: 12 "
            "meses\nObjeto: aquisição de gêneros\nSECRETARIA MUNICIPAL DE EDUCAÇÃO\nEXTRATO DE CONTRATO Nº 12/2023\n",
            ["SUPERMERCADO JUJU EIRELLI"],
        ),
        ("Contratadas:\nSECRETARIA MUNICIPAL DE EDUCAÇÃO\nEXTRATO DE CONTRATO Nº 12/2023\n", []),
        ("Fornecedores:\nRELAÇÃO DOS ITENS\nITEM 1 - CANETA\n", []),
        (
            "Contratados:\nJOÃO DA SILVA SANTOS - CPF 123.456.789-09\nMARIA JOSÉ PEREIRA, CPF nº 98765432100\n",
            ["JOÃO DA SILVA SANTOS", "MARIA JOSÉ PEREIRA"],
        ),
    ],
)
def test_a_list_under_a_plural_label_holds_firms_and_persons_only(text, names):
    assert [p.name for p in from_listed(text)] == names


def test_a_list_under_a_plural_label_is_capped():
    text = "Contratadas:\n" + "".join(f"EMPRESA NUMERO {i} LTDA\n" for i in range(40))
    assert len(from_listed(text)) == 20


# review24 finding 6: a pair family's word is a party's label in an extrato, or with the other side labelled; not a
# body's quality ("Órgão Cessionário", DOU S2 2017-10-02 p.31, a servant's cessão); a process number opening the value
# is cut (DOU S1 2017-10-02 DNPM)
def test_pair_words_in_a_servant_cessao_name_no_party():
    text = (
        "Art. 1º Autorizar a cessão do servidor FULANO DE TAL, matrícula SIAPE 123456, para exercer cargo em comissão.\n"
        "Órgão Cessionário: Empresa Brasileira de Serviços Hospitalares (EBSERH)\nCargo em Comissão a ser ocupado: Chefe"
    )
    assert from_run_in(text, pairs=False) == []
    assert from_run_in(text, pairs=True) == []  # (not after "Órgão", even in an extrato)
    assert parties(text, prose=False) == []


@pytest.mark.parametrize(
    "text,pairs,expected",
    [
        ("Cessionário: Irmãos Mews Ltda; Processo 815.570/2016.", False, []),  # one side, no extrato
        (
            "Cessionario:815.570/2016-Irmãos Mews Ltda. Cedente: João da Silva",
            False,
            [("cessionario", "Irmãos Mews Ltda"), ("cedente", "João da Silva")],
        ),
        (
            "LOCATÁRIA: UNEB; LOCADORA: Eliene Pereira França; CONTRATO Nº 006/2019",
            False,  # DOE-BA 2020 UNEB: both
            [("locatario", "UNEB"), ("locador", "Eliene Pereira França")],
        ),
        ("Cessionário: Irmãos Mews Ltda; Objeto: cessão de direitos.", True, [("cessionario", "Irmãos Mews Ltda")]),
    ],
)
def test_pair_words_in_or_out_of_an_extrato(text, pairs, expected):
    assert [(p.role, p.name) for p in from_run_in(text, pairs=pairs)] == expected


# review24 finding 8: the publisher signs for a public side only
def test_the_publisher_is_no_contratada():
    text = (
        "PREFEITURA MUNICIPAL DE LAGOA NOVA\nEXTRATO DO CONTRATO Nº 12/2023\nObjeto: aquisição.\nContratada:\n"
        "JOSÉ CARLOS PEREIRA\nDiretor Comercial\n"
    )
    assert _publisher_signed(text, []) == []
    lagamar = [(p.role, p.name, p.representative_name) for p in _publisher_signed(LAGAMAR, [])]
    assert lagamar == [("contratante", "PREFEITURA MUNICIPAL DE LAGAMAR", "AURO JOSÉ PEREIRA")]


# review24 finding 9: a plural label's bare " e " parts two sides only before a body's or a person's name
@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Compromissários: Secretaria de Justiça, Direitos Humanos e Desenvolvimento Social; OBJETO: estágio",
            ["Secretaria de Justiça, Direitos Humanos e Desenvolvimento Social"],
        ),
        (
            "COMPROMITENTES: Secretaria de Desenvolvimento Urbano e Lucas Conceição dos Santos; OBJETO: Estágio",
            ["Secretaria de Desenvolvimento Urbano", "Lucas Conceição dos Santos"],
        ),
        (
            "COMPROMITENTES: Secretaria de Ciência, Tecnologia e Inovação e Maria Souza Lima; OBJETO: Estágio",
            ["Secretaria de Ciência, Tecnologia e Inovação", "Maria Souza Lima"],
        ),
    ],
)
def test_a_plural_label_parts_at_a_bare_e_before_a_party(text, names):
    assert [p.name for p in from_partes(text)] == names


# review24 finding 12: the consortium guard of PARTES_SPLIT is bounded (linear on long values) and general
@pytest.mark.parametrize(
    "value,splits",
    [
        (
            "Município de Paraguaçu Paulista - CNPJ/MF 44.547.305/0001-93 e Associação Comunitária",
            1,
        ),  # Paraguaçu Paulista-SP 2023
        ("Consórcio Y, formado pelas empresas AMBIENTE 06.306.458/0001-50 e IEME BRASIL", 0),
        ("Consórcio Y, composto por AMBIENTE 06.306.458/0001-50 e IEME BRASIL", 0),
        ("Consórcio Y, integrado pelas empresas AMBIENTE 06.306.458/0001-50 e IEME BRASIL", 0),
    ],
)
def test_a_bare_e_after_a_number(value, splits):
    assert len(list(PARTES_SPLIT.finditer(value))) == splits


def test_the_consortium_guard_is_bounded():
    import time

    value = "Fulano de Tal 12 e Beltrano " * 2000
    t = time.process_time()
    list(PARTES_SPLIT.finditer(value))
    assert time.process_time() - t < 2.0  # (CPU time; unbounded it took ~6 s)
