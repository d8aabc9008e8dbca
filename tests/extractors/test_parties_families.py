"""Parties of every instrument family (issue 29): rows from real documents of at least two sources per rule,
with near misses. Sources: DODF nº 29 of 2018-02-09, DOM-BH 7143 (2024-11-29) and 7147 (2024-12-05), DOM-AL (AMA)
2016-02-15, Paraguaçu Paulista-SP termos de fomento 11/2022 and 001/2024, Fundação Abrinq convênio 379/2021,
UNESCO contract SA-3609/2012, TCE-AC acórdãos 11.046/2018 and 12.097/2020."""

from __future__ import annotations

import pytest

from seidou.extractors.parties import COMPLEMENT, normalize_role, parties


@pytest.mark.parametrize(
    "word,role",
    [
        ("Órgão Gerenciador", "contratante"),  # DOM-BH atas de registro de preços
        ("Gestora da Ata", "contratante"),  # PRODABEL, DOM-BH
        ("Fornecedor", "contratada"),
        ("Detentora da Ata", "contratada"),
        ("ÓRGÃO PÚBLICO PARCEIRO", "administracao_publica"),  # Paraguaçu Paulista-SP 2024
        ("ÓRGÃO/ENTIDADE PÚBLICO(A)", "administracao_publica"),  # TCE-SP termo de ciência
        ("ADMINISTRAÇÃO PÚBLICA", "administracao_publica"),
        ("ORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA", "osc"),
        ("OSC", "osc"),
        ("CONVENIADA", "convenente"),  # Fundação Abrinq
        ("CEDENTE", "cedente"),
        ("CESSIONÁRIA", "cessionario"),
        ("PERMITENTE", "permitente"),
        ("PERMISSIONÁRIO", "permissionario"),
        ("LOCADOR", "locador"),
        ("LOCATÁRIA", "locatario"),
        ("OUTORGANTE", "outorgante"),
        ("OUTORGADO", "outorgado"),
        ("COMPROMITENTE", "compromitente"),
        ("COMPROMISSÁRIA", "compromissario"),
        ("MUNICÍPIO", None),  # a party's own name, not a role word
        ("FUNDAÇÃO", None),
    ],
)
def test_role_table(word, role):
    assert normalize_role(word) == role


def test_every_paired_role_has_its_other_side():
    assert all(COMPLEMENT[COMPLEMENT[r]] == r for r in COMPLEMENT)


def _got(text, prose=False):
    return [(p.role, p.name, p.cnpj, p.representative_name) for p in parties(text, prose=prose)]


CASES = [
    (  # DODF 2018-02-09, extratos de atas: "PARTES: X, e a empresa Y", signatories per party after the object
        "ESPÉCIE: Ata de Registro de Preços n° 231/2017-A-SES/DF. PARTES: DISTRITO FEDERAL, por intermédio da "
        "SECRETARIA DE ESTADO DE SAÚDE, e a empresa D.H.F FRANQUI EIRELI ME, CNPJ nº 26.315.298/0001-12 OBJETO: "
        "medicamentos. DATA DA ASSINATURA: 08/02/2018. VIGÊNCIA: 12 (doze) meses a contar desta publicação. "
        "SIGNATÁRIOS: Pela Secretaria de Estado de Saúde, HUMBERTO LUCENA PEREIRA DA FONSECA; pela Empresa DEJAIR "
        "SOUZA DO NASCIMENTO TESTEMUNHAS: PAULA BORGES RIBEIRO e GEYSA ANTUNES MARQUES",
        False,
        [
            ("contratante", "DISTRITO FEDERAL", None, "HUMBERTO LUCENA PEREIRA DA FONSECA"),
            ("contratada", "D.H.F FRANQUI EIRELI ME", "26315298000112", "DEJAIR SOUZA DO NASCIMENTO"),
        ],
    ),
    (  # DOM-AL (AMA) 2016-02-15, Arapiraca: in capitals, "E A EMPRESA", signatories named before "P/ CONTRATANTE"
        "DAS PARTES: MUNICÍPIO DE ARAPIRACA – AL – CNPJ Nº 12.198.693/0001-58 E A EMPRESA LUMINUS COMERCIAL "
        "ELÉTRICA LTDA – EPP - CNPJ Nº 07.885.913/0001-81.\nDO OBJETO: REGISTRO DE PREÇOS.\nDOS SIGNATÁRIOS: CELIA "
        "MARIA BARBOSA ROCHA – CPF Nº ***.977.958-** P/ CONTRATANTE - DELFINO PEDRO DA SILVA JUNIOR - CPF Nº "
        "***.340.998-** P/CONTRATADA.",
        False,
        [
            ("contratante", "MUNICÍPIO DE ARAPIRACA – AL", "12198693000158", "CELIA MARIA BARBOSA ROCHA"),
            ("contratada", "LUMINUS COMERCIAL ELÉTRICA LTDA – EPP", "07885913000181", "DELFINO PEDRO DA SILVA JUNIOR"),
        ],
    ),
    (  # DOM-BH 7143, extrato of a termo de fomento's aditivo (MROSC): the OSC named as such, the other side public
        "Partes: Município de Belo Horizonte/Secretaria Municipal de Assistência Social, Segurança Alimentar e "
        "Cidadania e a Organização da Sociedade Civil Abrigo Jesus, CNPJ nº 17.220.021/0001-15.\nObjeto: prorrogação",
        False,
        [
            (
                "administracao_publica",
                "Município de Belo Horizonte/Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania",
                None,
                None,
            ),
            ("osc", "Abrigo Jesus", "17220021000115", None),
        ],
    ),
    (  # DODF 2018-02-09 (NOVACAP): "CONTRATANTES: A e a firma: B", "PELA NOVACAP: … PELA CONTRATADA: …"
        "ESPÉCIE: SEGUNDO TERMO ADITIVO. CONTRATANTES: COMPANHIA URBANIZADORA DA NOVA CAPITAL DO BRASIL-NOVACAP e a "
        "firma: LG ENGENHERIA E CONSTRUÇÕES LTDA. DO OBJETO: a contratação. DATA DA ASSINATURA: 05/01/2018. PELA "
        "NOVACAP: Júlio César Menegotto e Márcio Augusto Roma Buzar. PELA CONTRATADA: Miguel Ribeiro de Araújo.",
        False,
        [
            ("contratante", "COMPANHIA URBANIZADORA DA NOVA CAPITAL DO BRASIL-NOVACAP", None, "Júlio César Menegotto"),
            ("contratada", "LG ENGENHERIA E CONSTRUÇÕES LTDA", None, "Miguel Ribeiro de Araújo"),
        ],
    ),
    (  # DOM-BH 7143, extrato of an ata de registro de preços: its labels
        "Órgão Gerenciador: Município de Belo Horizonte | Secretaria Municipal de Saúde\nFornecedor: LIFE CLEAN "
        "COMÉRCIO DE EQUIPAMENTOS LTDA\nDo Objeto: Registro de Preços",
        False,
        [
            ("contratante", "Município de Belo Horizonte | Secretaria Municipal de Saúde", None, None),
            ("contratada", "LIFE CLEAN COMÉRCIO DE EQUIPAMENTOS LTDA", None, None),
        ],
    ),
    (  # Paraguaçu Paulista-SP termo de fomento 001/2024: labelled sides with the CNPJ, authority and cargo under them
        "ÓRGÃO PÚBLICO PARCEIRO: MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA – SP\nCNPJ/MF: Nº "
        "44.547.305/0001-93\nAutoridade Máxima do Órgão: Antônio Takashi Sasada (ANTIAN)\nCargo: PREFEITO MUNICIPAL\n"
        "CPF: ***.786.208-**\nDesignação: MUNICÍPIO\nORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA: ASSOCIAÇÃO DE PROTEÇÃO "
        "À CRIANÇA E AO ADOLESCENTE DE PARAGUAÇU PAULISTA\nCNPJ/MF: Nº 53.640.116/0001-51\nAutoridade Máxima da "
        "Entidade: CLAUDEMIR TARGINO DA SILVA\nCargo: PRESIDENTE",
        False,
        [
            (
                "administracao_publica",
                "MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA",
                "44547305000193",
                "Antônio Takashi Sasada",
            ),
            (
                "osc",
                "ASSOCIAÇÃO DE PROTEÇÃO À CRIANÇA E AO ADOLESCENTE DE PARAGUAÇU PAULISTA",
                "53640116000151",
                "CLAUDEMIR TARGINO DA SILVA",
            ),
        ],
    ),
    (  # Paraguaçu Paulista-SP termo de fomento 11/2022: the municipality names itself, the other side is the OSC
        "Pelo presente TERMO DE FOMENTO, de um lado a MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA, neste "
        "ato representada pelo(a) Prefeito(a) Municipal Sr(a). ANTONIO TAKASHI SASADA (ANTIAN), CPF ***.786.208-** e "
        "pelo(a) Diretor(a) do Departamento, Sr(a). CATIA APARECIDA DA SILVA, CPF ***.095.578-**, doravante designado "
        "simplesmente MUNICÍPIO, e de outro lado ACIPP – ASSOCIAÇÃO COMUNITÁRIA INTEGRADA DE PARAGUAÇU PAULISTA, "
        "representada pelo(a) Dirigente Sr(a). Marcelo Ricardo Menegon Bomfim, CPF ***.835.698-**; doravante "
        "designada simplesmente OSC, resolvem firmar o presente",
        False,
        [
            (
                "administracao_publica",
                "MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA",
                None,
                "ANTONIO TAKASHI SASADA",
            ),
            (
                "osc",
                "ACIPP – ASSOCIAÇÃO COMUNITÁRIA INTEGRADA DE PARAGUAÇU PAULISTA",
                None,
                "Marcelo Ricardo Menegon Bomfim",
            ),
        ],
    ),
    (  # Fundação Abrinq convênio 379/2021: a preamble over two lines; the foundation names itself, the other side
        # is the CONVENIADA, so it is the concedente
        "FUNDAÇÃO ABRINQ PELOS DIREITOS DA CRIANÇA E DO ADOLESCENTE, entidade civil de direito privado, sem fins "
        "lucrativos, inscrita no CNPJ sob o nº 38.894.796/0001-46, com sede na Rua Araguari, 835, neste ato "
        "devidamente representada na forma de seu Estatuto Social, doravante denominada FUNDAÇÃO ABRINQ, e;\n"
        "ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA, associação privada, sem fins lucrativos, inscrita no "
        "CNPJ sob o nº 04.087.181/0001-96, com sede na Rua Eduardo Santos, 01, neste ato devidamente representada na "
        "forma de seu Estatuto Social, pelo representante legal, Roberto Fiamenghi, portador da cédula de identidade "
        "RG nº 2.818.441-5, e doravante denominada CONVENIADA.",
        False,
        [
            ("concedente", "FUNDAÇÃO ABRINQ PELOS DIREITOS DA CRIANÇA E DO ADOLESCENTE", "38894796000146", None),
            (
                "convenente",
                "ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA",
                "04087181000196",
                "Roberto Fiamenghi",
            ),
        ],
    ),
    (  # DOM-BH 7143 (PRODABEL): "doravante denominada Gestora da Ata … Detentora da Ata", representatives in Title Case
        "A Empresa de Informática e Informação do Município de Belo Horizonte S/A – PRODABEL, CNPJ/ MF nº "
        "18.239.038/0001-87, estabelecida na Avenida Presidente Carlos Luz, nº 1.275, doravante denominada Gestora da "
        "Ata, neste ato representada por seu Diretor de Infraestrutura, Leonardo Augusto Roscoe da Rocha, C.I. n.° "
        "MG-4.030-202, e do outro lado a empresa SYSTEM MANAGER TECNOLOGIA EM INFORMÁTICA LTDA., CNPJ nº "
        "10.858.890/0001-20, estabelecida na Rua Pamplona, 145, doravante denominada Detentora da Ata, neste ato "
        "representada pelo seu Responsável Legal, Leandro Jacinto da Silva, C.I. nº 23.001329-6, RESOLVEM:",
        False,
        [
            (
                "contratante",
                "Empresa de Informática e Informação do Município de Belo Horizonte S/A",
                "18239038000187",
                "Leonardo Augusto Roscoe da Rocha",
            ),
            (
                "contratada",
                "SYSTEM MANAGER TECNOLOGIA EM INFORMÁTICA LTDA",
                "10858890000120",
                "Leandro Jacinto da Silva",
            ),
        ],
    ),
    (  # DODF 2018-02-09 (CLDF): roles in brackets after each name; "Partes:" here lists who signs, not the parties
        "Contrato: nº 04/2018 - PG/CLDF, firmado entre a Câmara Legislativa do Distrito Federal, (Contratante) e a "
        "empresa SEFIX - GESTÃO DE PROFISSIONAIS EIRELLI-EPP, CNPJ nº 13.258.899/0001-99 (Contratada), em 08/02/2018. "
        "Objeto: limpeza. Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, "
        "THIAGO MATHEUS MESSIAS DA ROCHA.",
        True,
        [
            ("contratante", "Câmara Legislativa do Distrito Federal", None, "ANDRÉ LUIZ PEREZ NUNES"),
            (
                "contratada",
                "SEFIX - GESTÃO DE PROFISSIONAIS EIRELLI-EPP",
                "13258899000199",
                "THIAGO MATHEUS MESSIAS DA ROCHA",
            ),
        ],
    ),
]


CASES += [
    (  # "Partes: Município de X, CNPJ …, e Y" (the form issue 29 names; Tucano-BA's CNPJ): a comma before " e "
        "Partes: Município de Tucano, CNPJ nº 13.810.312/0001-02, e Associação Beneficente Santa Rita. Objeto: apoio",
        False,
        [
            ("participe", "Município de Tucano", "13810312000102", None),
            ("participe", "Associação Beneficente Santa Rita", None, None),
        ],
    ),
]


CASES += [
    (  # DODF 2020-01-07 p. 18 (old corpus): "Pelo DF: …; Pela\nContratada: NOME- Representante legal", a name over a
        # line break, the dash glued to it
        "ESPÉCIE: 2º Termo\nAditivo ao Contrato nº 64/2017; CONTRATANTE: DISTRITO FEDERAL, CONTRATADA: CENTRO\n"
        "RADIOLÓGICO DE BRASÍLIA S/A (CRB), CNPJ Nº 00.117.242/0001-60; OBJETO: Alterar a vigência; DATA\nDA "
        "ASSINATURA: 30DEZ19, ASSINANTES: Pelo DF: CEL EDMAR - Chefe do DSAP; Pela\nContratada: JOSÉ DO PATROCÍNIO "
        "LEAL- Representante legal.",
        True,
        [
            ("contratante", "DISTRITO FEDERAL", None, "CEL EDMAR"),
            ("contratada", "CENTRO\nRADIOLÓGICO DE BRASÍLIA S/A", "00117242000160", "JOSÉ DO PATROCÍNIO LEAL"),
        ],
    ),
]


@pytest.mark.parametrize("text,prose,expected", CASES)
def test_parties_of_every_family(text, prose, expected):
    assert _got(text, prose) == expected


@pytest.mark.parametrize(
    "text",
    [
        # DODF 2018-02-09: a "Partes:" label that lists the signatories
        "Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, THIAGO MATHEUS.",
        # TCE-AC acórdãos 11.046/2018 and 12.097/2020: the body judged, alone in the header, is no party
        "PROCESSO Nº: 13.590.2010-10\nENTIDADE: Câmara Municipal de Plácido de Castro\nNATUREZA: Prestação de Contas",
        "ENTIDADE: Empresa de Processamento de Dados S/A - ACREDATA.\nRELATOR: Conselheiro Antonio Malheiro",
        # DOM-BH 7147, a council's comunicado: the OSCs it reports on, numbered, are no instrument's parties
        "abaixo elencadas:\n01- Organização da Sociedade Civil: Associação As Sempre Vivas\nProcesso (s) "
        "Administrativo (s): 01.027.700/23-00 Instrumento Jurídico: 01202310180009\nProjeto: Sempre por Elas",
        # UNESCO contract SA-3609/2012: a form's address cell before "Doravante denominada", no preamble
        "R EDUARDO SANTOS,01\nSALVADOR - BA BRASIL Doravante denominada “CONTRATADO”\nA UNESCO se compromete",
    ],
)
def test_near_misses_are_not_parties(text):
    assert parties(text, prose=True) == []


# Issue 29, 0.23 (rules in parties.py with their sources): a role word with its gender in brackets, a labelled line
# cut at the next label, the roles an instrument's family gives a "PARTES:" list or an "entre si celebram" sentence,
# a plural role label, a list that runs over a line break inside a name, the CNPJ label misspelt.
FAMILY_CASES = [
    (  # DOM-CE (APRECE) 2013, Guaraciaba do Norte: "Contratado(a):", the signatories after "Assina pelo …:"
        "Contratante:Município de Guaraciaba do Norte/Secretaria Municipal de Planejamento e Finanças; Contratado(a):"
        "DJANIELLE FREITAS DE SOUSA - ***.451.743-** - CNPJ:17.445.629/0001-48; Objeto:aquisição de lanches; Data da "
        "Assinatura:01 de julho de 2013; Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF:***.283.383-**; "
        "Assina pelo\nContratado: Djanielle Freitas de Sousa - CPF.: ***.451.743-**. Guaraciaba do Norte / CE",
        True,
        [
            (
                "contratante",
                "Município de Guaraciaba do Norte/Secretaria Municipal de Planejamento e Finanças",
                None,
                "Antonia Gláucia Agapito Lima",
            ),
            ("contratada", "DJANIELLE FREITAS DE SOUSA", "17445629000148", "Djanielle Freitas de Sousa"),
        ],
    ),
    (  # DOE-RJ 2023-06-20: a contract's "PARTES :" without roles; a word hyphenated at the line end
        "INSTRUMENTO : Termo de Contrato nº 310/2023\nPARTES : SEPM e a empresa MULTIFARMA COMERCIO E REPRE-\n"
        "SENTAÇÕES LTDA - CNPJ 21.681.325/0001-57 OBJETO : MEDICAMENTOS ONCOLÓGICOS",
        True,
        [
            ("contratante", "SEPM", None, None),
            ("contratada", "MULTIFARMA COMERCIO E REPRESENTAÇÕES LTDA", "21681325000157", None),
        ],
    ),
    (  # DOE-RJ 2023-06-20: an aditivo to a contract; the first name runs over the line break
        "INSTRUMENTO: 3º TERMO ADITIVO AO CONTRATO Nº 052/2022. PARTES: Fundação de Apoio à Escola Técnica do Estado "
        "do Rio de\nJaneiro - FAETEC e CREARE CONSTRUÇÕES LTDA\nOBJETO : O presente Termo aditivo",
        True,
        [
            ("contratante", "Fundação de Apoio à Escola Técnica do Estado do Rio de\nJaneiro", None, None),
            ("contratada", "CREARE CONSTRUÇÕES LTDA", None, None),
        ],
    ),
    (  # DOE-RJ 2023-06-20: an acordo de cooperação names no pair; " E O " in capitals parts the two
        "INSTRUMENTO: Acordo de Cooperação 2/2022 PARTES: FUNDAÇÃO OSWALDO CRUZ E O INSTITUTO ESTADUAL DO AMBIENTE - "
        "INEA OBJETO: Desenvolvimento de ações",
        True,
        [
            ("participe", "FUNDAÇÃO OSWALDO CRUZ", None, None),
            ("participe", "INSTITUTO ESTADUAL DO AMBIENTE", None, None),
        ],
    ),
    (  # DOE-RJ 2023-06-20: a name ends before the extrato's next label, on its line or the next
        "PARTES : FUNARJ e o DANIEL HERZ\nOBJETO : A título precário, da CASA DE CULTURA LAURA ALVIM",
        True,
        [("participe", "FUNARJ", None, None), ("participe", "DANIEL HERZ", None, None)],
    ),
    (
        "PARTES : FUNARJ e o FELIPE DE CAROLIS MENDES CORREA OBJETO: A título precário, do TEATRO GLÁUCIO GILL",
        True,
        [("participe", "FUNARJ", None, None), ("participe", "FELIPE DE CAROLIS MENDES CORREA", None, None)],
    ),
    (  # DOE-RJ 2023-06-20: a convênio names no pair either (the gold lists its sides as partícipes)
        "INSTRUMENTO: Convênio nº 001/2023.\nPARTES: DER/RJ e MUNICÍPIO DE TERESÓPOLIS- RJ.\nOBJETO: Estabelecer ações",
        True,
        [("participe", "DER/RJ", None, None), ("participe", "MUNICÍPIO DE TERESÓPOLIS- RJ", None, None)],
    ),
    (  # DOU 2020-08-17 (PRONAS/PCD): a termo de compromisso's sides; the CNPJ label misspelt "CPNJ"
        "PRONAS/PCD: Termo de Compromisso que entre si celebram a União, por intermédio do Ministério da Saúde, "
        "CPNJ/MS 00.530.493/0001-71, por meio da Secretaria-Executiva, e a Fundação Dom Bosco, CNPJ 17.278.904/0001-86\n"
        "NUP: 25000.015811/2019-54",
        True,
        [
            ("compromitente", "União", "00530493000171", None),
            ("compromissario", "Fundação Dom Bosco", "17278904000186", None),
        ],
    ),
    (  # DOU 2020-08-17: a plural role label ("CONVENENTES:") before "Celebram entre si", "e a(o)"
        "CONVENENTES: Celebram entre si a União Federal, através do Ministério da Saúde - CNPJ nº 00.530.493/0001-71, "
        "e a(o) Fundação Altino Ventura/PE, CNPJ nº 10.667.814/0001-38. OBJETO: Alterar a cláusula",
        True,
        [
            ("concedente", "União Federal", "00530493000171", None),
            ("convenente", "Fundação Altino Ventura/PE", "10667814000138", None),
        ],
    ),
    (  # DOE-BA 2020-01-21: a plural role label with the slash its only separator
        "RESUMO DE CONVÊNIO\nNº 003/2020. Convenentes: CAR/SDR/Prefeitura Municipal de Santa Luzia Objeto: Cooperação",
        True,
        [("concedente", "CAR/SDR", None, None), ("convenente", "Prefeitura Municipal de Santa Luzia", None, None)],
    ),
    (  # near miss (DODF 2018): "PARTES:" is no plural role label, its slash is inside a party's name
        "PARTES: Distrito Federal/Polícia Civil X DNM - Distribuidora Nacional de Maquinas Eireli - EPP.",
        True,
        [
            ("participe", "Distrito Federal/Polícia Civil", None, None),
            ("participe", "DNM - Distribuidora Nacional de Maquinas Eireli - EPP", None, None),
        ],
    ),
    (  # DOE-BA 2020-01-21: a termo aditivo to a contract "celebrado entre" two bodies
        "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o INSTITUTO DO MEIO AMBIENTE E "
        "RECURSOS HÍDRICOS - INEMA e a empresa POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI. OBJETO: prorrogado",
        True,
        [
            ("contratante", "INSTITUTO DO MEIO AMBIENTE E RECURSOS HÍDRICOS", None, None),
            ("contratada", "POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI", None, None),
        ],
    ),
]


@pytest.mark.parametrize("text,prose,expected", FAMILY_CASES)
def test_roles_from_the_instruments_family(text, prose, expected):
    assert _got(text, prose) == expected


@pytest.mark.parametrize(
    "text",
    [
        # DOM-CE 2013: who signs for the contratado, on a line of its own, is no party
        "Assina pelo\nContratado: Djanielle Freitas de Sousa - CPF.: ***.451.743-**. Guaraciaba do Norte / CE",
        # DOE-BA 2020: a date after "ASSINATURA:" names nobody
        "ASSINATURA: 14.01.2020.",
    ],
)
def test_signing_labels_are_not_parties(text):
    assert parties(text, prose=True) == []


# A signatory list that names each signer's party by its role word (parties.BY_ROLE): DOU 2022, DOE-BA 2020,
# DOM-CE 2022 (Alto Santo); the representatives of the parties above it
BY_ROLE_CASES = [
    (
        "Espécie: Termo Aditivo. Convenentes: Concedente: MINIST. MULHER, FAMILIA E DIREITOS HUMANOS, Unidade Gestora: "
        "810014. Convenente: MUNICIPIO DE LONDRINA, CNPJ nº 75771477000170. Data de Assinatura: 23/12/2019. "
        "Signatários: Concedente: LUIZ FELIPE CUSTODIO FRANCISCAO, CPF nº ***691446**, Convenente: MARCELO BELINATI "
        "MARTINS, CPF nº ***.203.139-**.\nSECRETARIA",
        [
            ("concedente", "LUIZ FELIPE CUSTODIO FRANCISCAO"),
            ("convenente", "MARCELO BELINATI MARTINS"),
        ],
    ),
    (
        "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o INSTITUTO DO MEIO AMBIENTE E "
        "RECURSOS HÍDRICOS - INEMA e a empresa POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI. OBJETO: prorrogado. "
        "ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante e Adenildo Soares de Sena - Contratada.\n",
        [("contratante", "Márcia Cristina Telles de Araújo Lima"), ("contratada", "Adenildo Soares de Sena")],
    ),
    (
        "Contratante: Prefeitura Municipal de Alto Santo, através das Diversas Unidades. Contratada: MAX ELETRO E "
        "MAGAZINE LTDA, CNPJ: 02.347.734/0001-77, valor global. data da assinatura: 26/05/2022. signatários: RITA DE "
        "CASSIA CHAGAS BEZERRA – SECRETÁRIA DE SAÚDE (contratante), MAXIMILIANA ASSUNÇÃO DA SILVA – Representante – "
        "MAX ELETRO E MAGAZINE LTDA (contratada).\n",
        [("contratante", "RITA DE CASSIA CHAGAS BEZERRA"), ("contratada", "MAXIMILIANA ASSUNÇÃO DA SILVA")],
    ),
    (  # near miss: a list without role words gives no representative by role (the order rule needs two names)
        "Contratante: Prefeitura Municipal de Alto Santo. Contratada: MAX ELETRO E MAGAZINE LTDA. Signatários: RITA "
        "DE CASSIA CHAGAS BEZERRA.\n",
        [("contratante", None), ("contratada", None)],
    ),
]


@pytest.mark.parametrize("text,expected", BY_ROLE_CASES)
def test_representatives_a_list_names_by_role(text, expected):
    assert [(p.role, p.representative_name) for p in parties(text, prose=True)] == expected


# The publisher as the side a signatory signs for that the extrato's labels leave unnamed (parties._publisher_side):
# DOM-CE/APRECE extratos of Campos Sales 2022 and Groaíras 2013
PUBLISHER_CASES = [
    (
        "EXTRATO 4º ADITIVO AO CONTRATO Nº 13.05.01/2019-SEADM\nESTADO DO CEARÁ-PREFEITURA MUNICIPAL DE CAMPOS SALES – "
        "EXTRATO 4º ADITIVO DO CONTRATO. A Secretaria de Administração e Finanças, torna público o Extrato, CONTRATADA: "
        "DB3 SERVIÇOS DE TELECOMUNICAÇÕES LTDA, CNPJ: N° 41.644.220/0001-35. FUNDAMENTAÇÃO LEGAL: o art. 57. Assina "
        "pelo\nCONTRATANTE: CARLOS DAVIS MARQUES FERNANDES\nSecretário de Administração e Finanças, assina pela "
        "CONTRATADA\nSalim Bayde Neto portador(a) do CPF/MF nº",
        [
            ("contratada", "DB3 SERVIÇOS DE TELECOMUNICAÇÕES LTDA", "Salim Bayde Neto"),
            ("contratante", "PREFEITURA MUNICIPAL DE CAMPOS SALES", "CARLOS DAVIS MARQUES FERNANDES"),
        ],
    ),
    (
        "LICITAÇÃO\nEXTRATO DO CONTRATO\nA Secretaria de Cultura, Turismo e Desporto do Município de Groaíras torna "
        "público o Extrato do Instrumento Contratual; OBJETO: FESTIVAL; CONTRATADO: EDINARDO B ILDEFONSO – ME; ASSINA "
        "PELO CONTRATANTE: ELCINEI OLIVEIRA BARRETO; VALOR GLOBAL: R$ 136.000,00",
        [
            ("contratada", "EDINARDO B ILDEFONSO – ME", None),
            (
                "contratante",
                "Secretaria de Cultura, Turismo e Desporto do Município de Groaíras",
                "ELCINEI OLIVEIRA BARRETO",
            ),
        ],
    ),
    # near miss: no one signs for the missing side, so the publisher is not made a party
    (
        "ESTADO DO CEARÁ-PREFEITURA MUNICIPAL DE CAMPOS SALES – EXTRATO. CONTRATADA: DB3 SERVIÇOS DE TELECOMUNICAÇÕES "
        "LTDA, CNPJ: N° 41.644.220/0001-35. FUNDAMENTAÇÃO LEGAL: o art. 57.",
        [("contratada", "DB3 SERVIÇOS DE TELECOMUNICAÇÕES LTDA", None)],
    ),
]


@pytest.mark.parametrize("text,expected", PUBLISHER_CASES)
def test_the_publisher_is_the_side_a_signatory_signs_for(text, expected):
    assert [(p.role, p.name, p.representative_name) for p in parties(text, prose=True)] == expected
