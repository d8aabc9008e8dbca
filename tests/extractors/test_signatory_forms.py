"""seg26 (issue 29): printed signatories in forms the lists and blocks missed — cargos "na qualidade de", one party's
signers parted by semicolons, surnames joined by "e", "p/"/"pela" items after a comma, the federal and DF closing
with its era years, a closing with the name in capitals on its line, a name over its cargo after an extrato's signing
date, representatives of firms and associations signing their own notices. Snippets of real gazettes, near misses."""

from __future__ import annotations

import pytest

from seidou.extractors.signature_blocks import block_signatories
from seidou.extractors.signatory_lists import listed_by_party
from seidou.extractors.signatures import listed_signatories

PARTY_LISTS = [
    (  # DODF 2004 (PCDF): several signers of one party, each with ", na qualidade de" and a semicolon between them
        "SIGNATÁRIOS: PELO DISTRITO FEDERAL: João Rodrigues dos Santos, na qualidade de Chefe de Polícia Civil - "
        "Substituto. PELA CONTRATADA: Durval Barbosa Rodrigues, na qualidade de Presidente; Danton Eifler Nogueira, na "
        "qualidade de Diretor de Gestão; Ricardo Lima Espindola, na qualidade de Diretor de Tecnologia.",
        [
            ("João Rodrigues dos Santos", "Chefe de Polícia Civil - Substituto"),
            ("Durval Barbosa Rodrigues", "Presidente"),
            ("Danton Eifler Nogueira", "Diretor de Gestão"),
            ("Ricardo Lima Espindola", "Diretor de Tecnologia"),
        ],
    ),
    (  # DODF 2004 (Administração Regional): two signers of one party joined by " e ", each with its cargo
        "SIGNATÁRIOS: Pelo Distrito Federal: NATANRY LUDOVICO LACERDA OSORIO, na qualidade de Administradora e JOÃO "
        "MAGALHÃES DE SOUSA JÚNIOR, na qualidade de locatário. Brasília, 22 de janeiro de 2004.",
        [("NATANRY LUDOVICO LACERDA OSORIO", "Administradora"), ("JOÃO MAGALHÃES DE SOUSA JÚNIOR", None)],
    ),
    (  # DODF 2004 (SEC): "p/" labels in lower case, the second after a comma
        "DATA DA ASSINATURA: 19/01/2004; SIGNATÁRIOS; p/CEDENTE: ARTHUR WINTHER SEABRA, p/CESSIONÁRIA: FABIANA DO "
        "CARMO GARCEZ, TESTEMUNHAS: KARLLA SORAYA OLIVEIRA RAMOS E JOSÉ LUIZ COSTA.",
        [
            ("ARTHUR WINTHER SEABRA", None),
            ("FABIANA DO CARMO GARCEZ", None),
            ("KARLLA SORAYA OLIVEIRA RAMOS", None),
            ("JOSÉ LUIZ COSTA", None),
        ],
    ),
    (  # DODF 2019 (BRB): "signatários pela …:" in lower case, the second party after a comma
        "Contrato com validade de 60 meses a partir do dia 08/02/19, signatários pela Financeira BRB: Alexandre Navarro "
        "Garcia, pela Zetrasoft: Samy Moustapha. Gestor do contrato Carlos James Abbehusen Neto.",
        [("Alexandre Navarro Garcia", None), ("Samy Moustapha", None)],
    ),
    (  # DODF 2021 (SEJUS): a surname joined by "e" ends the name
        "SIGNATÁRIOS: Pelo DISTRITO FEDERAL: Giselle Ferreira de Oliveira, na qualidade de Secretária de Estado "
        "Interina. Pela CONTRATADA: Andrea Pontes e Silva, na qualidade de Presidente da Associação.",
        [
            ("Giselle Ferreira de Oliveira", "Secretária de Estado Interina"),
            ("Andrea Pontes e Silva", "Presidente da Associação"),
        ],
    ),
    # near misses: two people joined by " e " (each of two words or more), a party's name and its signer after a
    # semicolon without a cargo ("; Objeto: …"), a comma before a body's word in lower case
    (
        "PELA NOVACAP: Júlio César Menegotto e Márcio Augusto Roma Buzar. PELA CONTRATADA: Ana Souza Lima.",
        [("Júlio César Menegotto", None), ("Márcio Augusto Roma Buzar", None), ("Ana Souza Lima", None)],
    ),
    (
        "PELA CONTRATADA: Durval Barbosa Rodrigues, na qualidade de Presidente; Objeto: prestação de serviços.",
        [("Durval Barbosa Rodrigues", "Presidente")],
    ),
    ("os valores pagos pela empresa, pela Secretaria: conforme a planilha anexa.", []),
    # near miss (review rev26c): a party named by its kind word and its capitals name of two words before the colon is
    # the label, not the signer (DODF 004/2020, CEASA/DF aditivos)
    (
        "Assinaturas: pela CEASA/DF: Wilder da Silva Santos (Presidente), pela Empresa EUROSEG VIGILÃNCIA: Diogo Enrick "
        "Vieira de Almeida (Representante legal).",
        [("Wilder da Silva Santos", None), ("Diogo Enrick Vieira de Almeida", None)],
    ),
]


@pytest.mark.parametrize("text,expected", PARTY_LISTS)
def test_signatories_per_party_in_more_forms(text, expected):
    assert [(p.name, p.cargo) for p in listed_by_party(text)] == expected


def test_a_surname_joined_by_e_in_a_signatories_sentence():
    # DODF 2021 (PCDF): the list the "SIGNATÁRIOS:" sentence reads (``listed_signatories``)
    text = (
        "SIGNATÁRIOS: PELO DISTRITO FEDERAL: Robson Candido da Silva, na qualidade de Delegado-Geral. Pela APCAP-DF: "
        "Sandra Lôbo de Aquino Moura e Silva e pela ASSASPC e SINCAAP/DF, Wilmaque José Soares de Oliveira, ambos na "
        "qualidade de Presidentes."
    )
    names = [s.name for s in listed_signatories(text)]
    assert "Sandra Lôbo de Aquino Moura e Silva" in names and "Robson Candido da Silva" in names


CLOSINGS = [
    (  # DODF 2021: the DF's closing with its era years, the governor's name and cargo under it
        "Art. 5º Este Decreto entra em vigor na data de sua publicação.\nBrasília, 05 de janeiro de 2021 132º da "
        "República e 61º de Brasília\nMARCUS VINÍCIUS BRITTO\nGovernador em Exercício\nANEXO I",
        [("MARCUS VINÍCIUS BRITTO", "Governador em Exercício")],
    ),
    (  # DOU decrees: the federal era years after a semicolon
        "Art. 2º Este Decreto entra em vigor na data de sua publicação.\nBrasília, 10 de maio de 2020; 199º da "
        "Independência e 132º da República.\nJAIR MESSIAS BOLSONARO\nPresidente da República",
        [("JAIR MESSIAS BOLSONARO", "Presidente da República")],
    ),
    (  # DODF 2019 (IBRAM): the name in capitals on the closing's line
        "no site do Instituto Brasília Ambiental.\nBrasília/DF, 08 de fevereiro de 2019 EDSON DUARTE\nPresidente\n"
        "DAR-149/2019.",
        [("EDSON DUARTE", "Presidente")],
    ),
    (  # DOM-BH 7.153 (two secretarias): the name and cargo under the extrato's signing date
        "para realização das frentes de trabalho.\nData da assinatura: 06/12/2024\nAdriano Henrique Fontoura de Faria\n"
        "Secretário Municipal de Desenvolvimento Econômico\nBELOTUR",
        [("Adriano Henrique Fontoura de Faria", "Secretário Municipal de Desenvolvimento Econômico")],
    ),
    (
        "Instrumento Contratual: https://prefeitura.pbh.gov.br/contrato.pdf\nAssinatura em: 10/12/2024.\nDanilo Borges "
        "Matias\nSecretário Municipal de Saúde",
        [("Danilo Borges Matias", "Secretário Municipal de Saúde")],
    ),
    (  # DODF 2004: representatives of firms and associations closing their own notices
        "Foi determinada a elaboração de Estudo Ambiental. Nelson do Valle Araújo – Sócio-Diretor.\nDAR - 13570/04",
        [("Nelson do Valle Araújo", "Sócio-Diretor")],
    ),
    (
        "Foi determinada a elaboração de Estudo Ambiental. DALVA CARDOSO CAGALI – SOCIA GERENTE.\nDAR - 13567/04",
        [("DALVA CARDOSO CAGALI", "SOCIA GERENTE")],
    ),
    (  # DODF 2004 (FAPDF): several "Name, Cargo" closing the extrato in a row, parted by "; " and " e "
        "Vigência: a partir da data da assinatura; Despesas de Publicação: FAPDF; Kazuyoshi Ofugi, Diretor-Presidente "
        "da FAPDF; Carlos Lcianelli Filho, Diretor da Filia / Distrito Federal e Augusto Massaharo Iryoda, Gerente de "
        "Planejamento Comercial da Filial / Distrito Federal.\nEXTRATO",
        [
            ("Kazuyoshi Ofugi", "Diretor-Presidente da FAPDF"),
            ("Carlos Lcianelli Filho", "Diretor da Filia / Distrito Federal"),
            ("Augusto Massaharo Iryoda", "Gerente de Planejamento Comercial da Filial / Distrito Federal"),
        ],
    ),
    (
        "Programa de Trabalho: 19.122; Despesas de publicação: FAPDF, Kazuyoshi Ofugi, Diretor–Presidente e Odilon "
        "Santos Neto, Representante legal da Contratada.\nEXTRATO",
        [("Kazuyoshi Ofugi", "Diretor–Presidente"), ("Odilon Santos Neto", "Representante legal da Contratada")],
    ),
    (  # DODF 2004: a cooperative's call closing on its place, date ("DE" in capitals) and its signer in Title Case
        "Item III – Discurção e aprovação do Estatuto Social da COOPSMCO. BRASÍLIA – DF, 23 DE janeiro de 2004. "
        "Peterson Kennedy da Silva Costa.\nDAR - 13569/04",
        [("Peterson Kennedy da Silva Costa", None)],
    ),
    (  # DODF 2019 (RA-VI): an administrator's cargo closing the despacho
        "Publique-se e devolva à COAG/RA-VI, para fins pertinentes. Em, 22 de fevereiro de 2019. Gilson Amorim "
        "Sobrinho, Administrador Regional de Planaltina.\nSECRETARIA",
        [("Gilson Amorim Sobrinho", "Administrador Regional de Planaltina")],
    ),
    # near misses: a body after the inline closing, a chain of fields whose "cargos" are no positions, the next extrato's title in sentence case under
    # the signing date, an órgão heading under a decree's
    # signer ("CASA CIVIL": DODF 2019), a firm's partner named inside a sentence
    (
        "Prazo: 60 meses.\nAssinatura em: 05/12/2024\nExtrato do Convênio\nProcesso: 31.00830773/2024-37\nMunicípio: "
        "Secretaria Municipal de Governo",
        [],
    ),
    (
        "Art. 2º Este Decreto entra em vigor na data de sua publicação.\nBrasília, 22 de fevereiro de 2019 131º da "
        "República e 59º de Brasília\nIBANEIS ROCHA\nCASA CIVIL\nADMINISTRAÇÃO REGIONAL DO PLANO PILOTO",
        [("IBANEIS ROCHA", None)],
    ),
    ("O processo terá continuidade. Maria Souza Lima - Sócia da empresa requerente.\nDAR - 13570/04", []),
    ("Partes: FAPDF; Objeto: Brasil Telecom, Aquisição de bens e Serviços Gerais, Manutenção predial.", []),
    ("Brasília, 22 de janeiro de 2004. Secretaria de Estado de Saúde.\nX", []),
]


@pytest.mark.parametrize("text,expected", CLOSINGS)
def test_closings_and_notices_signed_in_more_forms(text, expected):
    assert [(p.name, p.cargo) for p in block_signatories(text)] == expected


NAMES = [  # name_at: a surname that is also a body's noun, a syllable broken by the line's hyphenation (DODF 2004)
    ("ALEXANDRE GOMES CÂMARA, na qualidade de Diretor Regional da ECT.", "ALEXANDRE GOMES CÂMARA"),
    ("AR-THUR WINTHER SEABRA, p/CESSIONÁRIA:", "ARTHUR WINTHER SEABRA"),
    # near misses: the body's noun opening a name, a compound surname, a connector before a hyphen
    ("CÂMARA MUNICIPAL DE SALVADOR", None),
    ("MESA DA CÂMARA", None),
    ("MARIA VILAS-BOAS SOUZA - Diretora", "MARIA VILAS-BOAS SOUZA"),
    ("JOSÉ DA-SILVA COSTA", "JOSÉ DA-SILVA COSTA"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_names_with_a_surname_noun_or_a_broken_syllable(text, name):
    from seidou.extractors.signature_blocks import name_at

    n = name_at(text, 0)
    assert (n.group() if n else None) == name


def test_the_party_acronym_before_the_signer():
    # DODF 039/2019 (DER/DF): "PELA CTINF JOSÉ …" names the unit, then its signer
    text = (
        "ASSINANTES: PELO DER/DF: ENG. FAUZI NACFUR JÚNIOR e PELA CTINF JOSÉ GERALDO DE MELO; PELA CONTRATADA: MOACIR "
        "ANTONIO MARAFON.\nEXTRATO"
    )
    names = [s.name for s in listed_signatories(text)]
    assert names == ["FAUZI NACFUR JÚNIOR", "JOSÉ GERALDO DE MELO", "MOACIR ANTONIO MARAFON"]
    # near miss (the same extratos): a first name after "PELA" is the signer's, printed without a party
    text = (
        "ASSINANTES: PELO DER/DF: ENG. FAUZI NACFUR JÚNIOR; PELA CARLOS GERALDO CAIXETA CRUZ; PELO IEL: RONY BATISTA."
    )
    assert "CARLOS GERALDO CAIXETA CRUZ" in [s.name for s in listed_signatories(text)]
    # near miss (review rev26c): a first name shaped like an acronym (ending in D) before two surnames is the name
    text = "ASSINANTES: PELO DER/DF: ENG. FAUZI NACFUR JÚNIOR; PELA DAVID LIMA SOUZA; PELO IEL: RONY BATISTA."
    assert "DAVID LIMA SOUZA" in [s.name for s in listed_signatories(text)]


BLOCK_FORMS = [
    (  # DODF 2004 (SETRANS): the signatory, then the place and date closing the paragraph
        "Foi aprovado o projeto. José Geraldo Maciel, Secretário de Estado de Transportes do Distrito Federal. Brasília, "
        "23 de janeiro de 2004.\nPOLÍCIA CIVIL",
        [("José Geraldo Maciel", "Secretário de Estado de Transportes do Distrito Federal")],
    ),
    (  # DODF 2019 (RA-I): the name alone under the norm's revocation clause, an annex's caption under it
        "Art. 2º Esta Ordem de Serviço entra em vigor em 02 de janeiro de 2019;\nArt. 3º Revogam-se as disposições em "
        "contrário.\nILKA TEODORO\nÍNDICE ACUMULADO 12 MESES (FONTE IBGE):\nANEXO I",
        [("ILKA TEODORO", None)],
    ),
    # near miss: a name line under an article that is no closing clause, with no cargo under it
    (
        "Art. 3º Os valores serão pagos em parcelas mensais, conforme o cronograma.\nMARIA DA SILVA SOUZA\nÍNDICE "
        "ACUMULADO 12 MESES (FONTE IBGE):",
        [],
    ),
    # near misses (review rev26c): persons a sentence cites after a comma, "Name, Cargo" in a row, are no signers
    (
        "Compareceram à reunião, Paulo Roberto Alves, Diretor de Obras e Sandra Maria Costa, Gerente de Contratos.",
        [],
    ),
    (
        "Fica eleito o Conselho Fiscal, titulares, João Pereira Lima, Síndico e Marta Alves Rocha, Representante Legal "
        "da Associação.",
        [],
    ),
    # … and the next act's órgão heading under a norm printed without its signer is no name
    (
        "Art. 2º Esta Portaria entra em vigor na data de sua publicação.\nCORPO DE BOMBEIROS MILITAR\nPORTARIA Nº 4, "
        "DE 2 DE JANEIRO DE 2019",
        [],
    ),
    (
        "Art. 3º Revogam-se as disposições em contrário.\nCASA MILITAR\nPORTARIA Nº 12, DE 5 DE MARÇO DE 2019",
        [],
    ),  # … and on the closing line, after the date, the next act's órgão heading (the name's place: "EDSON DUARTE")
    ("Publique-se.\nBrasília/DF, 08 de fevereiro de 2019 CORPO DE BOMBEIROS MILITAR\nPORTARIA Nº 5", []),
    # … and the next act's title under the closing name is no cargo (DOU 2017-10-02, ANVISA resolução then aresto)
    (
        "Art. 5º Esta Resolução entra em vigor na data da sua publicação.\nJARBAS BARBOSA DA SILVA JR.\nARESTO Nº 993, DE "
        "27 DE SETEMBRO DE 2017\nA Diretoria Colegiada da Agência Nacional de Vigilância",
        [("JARBAS BARBOSA DA SILVA JR", None)],
    ),
    # … and the names of the annex's table under the signer are no signatories (DOU 2017-10-02, MinC portaria 595)
    (
        "Art. 2º Esta portaria entra em vigor na data de sua publicação.\nODECIR LUIZ PRATA DA COSTA\nANEXO\nNOME CPF\n"
        "ÁREA\nS E G M E N TO NÍVEL\nSILVANA SILVA MARTINS 00127820175 Artes Cênicas Te a t r o Nível I",
        [("ODECIR LUIZ PRATA DA COSTA", None)],
    ),
    # … and the annex's table under it gives no cargo (DOU 2014-10-01: Fazenda, MEC portarias)
    (
        "Art. 3º Esta Portaria entra em vigor na data de sua publicação.\nGUIDO MANTEGA\nTABELA I (Valores em R$ por "
        "litro)\nProduto Valor",
        [("GUIDO MANTEGA", None)],
    ),
    (
        "Art. 2º Esta Portaria entra em vigor na data de sua publicação.\nMARTA WENDEL ABRAMO\nNº de Ordem 1\nCurso",
        [("MARTA WENDEL ABRAMO", None)],
    ),
    # … nor the next act's órgão heading under the name (DODF 005/2020: an ordem de serviço, then "CASA MILITAR")
    (
        "Art. 4° Esta Ordem de Serviço entra em vigor na data de sua publicação.\nMARCO AURÉLIO VERGÍLIO DE SOUZA\nCASA "
        "MILITAR\nDESPACHO DO CHEFE\nEm 10 de dezembro de 2019",
        [("MARCO AURÉLIO VERGÍLIO DE SOUZA", None)],
    ),
    # … while a signer's name stays one over an órgão heading or the next act's title (DOU 2014-10-01, IBRAM; DOU
    # 2017-10-02, MCTIC; DODF 005/2020, Terracap)
    (
        "Art. 3º Este Despacho decisório entra em vigor na data de sua publicação.\nFELIPE VOGAS\nINSTITUTO BRASILEIRO "
        "DE MUSEUS\nRETIFICAÇÕES",
        [("FELIPE VOGAS", None)],
    ),
    (
        "Art. 2º Esta Portaria entra em vigor na data de sua publicação.\nGILBERTO KASSAB\nPORTARIA Nº 5.697/SEI, DE 26 "
        "DE SETEMBRO DE 2017\nO MINISTRO DE ESTADO DA CIÊNCIA, no uso de suas atribuições, resolve:",
        [("GILBERTO KASSAB", None)],
    ),
    (
        "Art. 2º Esta Ordem de Serviço entra em vigor na data de sua publicação.\nFABIANA DI LÚCIA DA SILVA PEIXOTO\n"
        "COMPANHIA IMOBILIÁRIA DE BRASÍLIA\nAGÊNCIA DE DESENVOLVIMENTO DO DISTRITO FEDERAL",
        [("FABIANA DI LÚCIA DA SILVA PEIXOTO", None)],
    ),
    ("Publique-se.\nBrasília/DF, 08 de fevereiro de 2019 EDSON DUARTE\nPresidente", [("EDSON DUARTE", "Presidente")]),
]


@pytest.mark.parametrize("text,expected", BLOCK_FORMS)
def test_more_closing_forms(text, expected):
    assert [(p.name, p.cargo) for p in block_signatories(text)] == expected
