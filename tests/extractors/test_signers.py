"""Printed signatories at the end of an act: real DOU act tails, the next act's heading cut into them."""

from __future__ import annotations

import pytest

from seidou.extractors.signatures import listed_signatories, opening_author, signatories, signers

BODY = "Art. 2º Este Ato Declaratório Executivo entra em vigor na data de sua publicação.\n"

TAILS = [
    # (tail after the body, [(name, cargo)])
    ("ALEXANDRE MARTINS ANGOTI", [("ALEXANDRE MARTINS ANGOTI", None)]),
    ("SILVANO ASCARI DE ALMEIDA\nPrefeito do Município", [("SILVANO ASCARI DE ALMEIDA", "Prefeito do Município")]),
    # DOU 2014-10-01: the next act's órgão heading, over two lines, follows the signatory
    (
        "ALEXANDRE MARTINS ANGOTI\nDELEGACIA DA RECEITA FEDERAL DO BRASIL\nEM CAMPO GRANDE",
        [("ALEXANDRE MARTINS ANGOTI", None)],
    ),
    # DOU 2017-10-02: a cargo line, then the heading
    (
        "GRIGOR HAIG VARTANIAN\nChefe\nDELEGACIA ESPECIAL DA RECEITA FEDERAL DE BRASIL DE FISCALIZAÇÃO\nDE COMÉRCIO EXTERIOR",
        [("GRIGOR HAIG VARTANIAN", "Chefe")],
    ),
    # the heading glued to the name in one paragraph (DOU 2017-10-02 p. 35)
    ("JOAQUIM MENDANHA DE ATAÍDES DIRETORIA DE ORGANIZAÇÃO DO SISTEMA", [("JOAQUIM MENDANHA DE ATAÍDES", None)]),
    ("GUSTAVO CARIBÉ DE CARVALHO\nSUPERIOR TRIBUNAL MILITAR", [("GUSTAVO CARIBÉ DE CARVALHO", None)]),
    # DODF 2020-01-07: a heading with no head word ("CASA MILITAR") after the signatory
    ("ELIAS JOSÉ DE SENA JÚNIOR\nCASA MILITAR", [("ELIAS JOSÉ DE SENA JÚNIOR", None)]),
    ("CASA CIVIL", []),
    # an órgão alone is nobody
    ("DELEGACIA DA RECEITA FEDERAL DO BRASIL EM PELOTAS", []),
    ("ALFÂNDEGA DA RECEITA FEDERAL DO BRASIL", []),
    # Tucano gazette 2021: a page's letterhead, its space lost, closing an ata de registro de preços
    ("ESTADODA BAHIA\nMUNICIPIO DE TUCANO", []),
    ("ESTADODA BAHIA MUNICIPIO DE TUCANO GABINETE DO PREFEITO", []),
    # DOU 2017-10-02: the glued heading's second line is no signatory
    (
        "ETEVALDO INÁCIO OLIVEIRA CARNEIRO SUPERINTENDÊNCIA DE ADMINISTRAÇÃO\nNO CEARÁ",
        [("ETEVALDO INÁCIO OLIVEIRA CARNEIRO", None)],
    ),
    (
        "JOAQUIM MENDANHA DE ATAÍDES DIRETORIA DE ORGANIZAÇÃO DO SISTEMA\nDE SEGUROS PRIVADOS",
        [("JOAQUIM MENDANHA DE ATAÍDES", None)],
    ),
    (
        "FRANCISCO CARLOS DA SILVA GERÊNCIA EXECUTIVA EM CUIABÁ\nSEÇÃO OPERACIONAL DA GESTÃO DE PESSOAS",
        [("FRANCISCO CARLOS DA SILVA", None)],
    ),
    ("DENIS FONTES DE SOUZA PINTO\nEMBAIXADA DO BRASIL EM RIADE", [("DENIS FONTES DE SOUZA PINTO", None)]),
    # DODF 2020: the next act's unit heading
    ("JULIANO PASQUAL\nUNIDADE DE CORREGEDORIA FAZENDÁRIA", [("JULIANO PASQUAL", None)]),
    # DODF 2020-01-07: the gazette's section heading
    ("Em, 03 de janeiro de 2020\nPAULO CAVALCANTI DE OLIVEIRA\nSEÇÃO II", [("PAULO CAVALCANTI DE OLIVEIRA", None)]),
    # DOU 2017-10-02: a name broken over two lines is one
    (
        "JUAREZ MARTINHO QUADROS\nDO NASCIMENTO\nPresidente do Conselho",
        [("JUAREZ MARTINHO QUADROS DO NASCIMENTO", "Presidente do Conselho")],
    ),
    ("ALEXANDRE MIRANDA FREIRE\nDE OLIVEIRA BARROS", [("ALEXANDRE MIRANDA FREIRE DE OLIVEIRA BARROS", None)]),
    # DOM Salvador 7057 (2018), OCR'd at the face's true size: a side's label run into its signer's name and cargo
    # (review26; before, the whole paragraph was the cargo of the signer above)
    (
        "PELO MUNICÍPIO/SEMPS:\nERONILDES VASCONCELOS CARVALHO\nSecretária\nPELA CONVENIADA: MICHEL RAMON Presidente",
        [("ERONILDES VASCONCELOS CARVALHO", "Secretária"), ("MICHEL RAMON", "Presidente")],
    ),
    (  # DOM Salvador 6393 (2015): "PELO MUNICÍPIO /SEMPS:" with its name and cargo on its line
        "PELO MUNICÍPIO /SEMPS: BRUNO SOARES REIS Secretário\nPELA CONVENIADA: RODRIGO ALVES DA SILVA\nPresidente",
        [("BRUNO SOARES REIS", "Secretário"), ("RODRIGO ALVES DA SILVA", "Presidente")],
    ),
    # near miss: two labels side by side (DOM Salvador 6770's two columns read as one line) end the block as before
    (
        "ANA PAULA ANDRADE MATOS MOREIRA\nSecretária em exercício\nPELA CONVENIADA: PELA CONVENIADA:\nMARIA DO ROSÁRIO"
        " VIANNA DE MAGALHÃES\nPresidente",
        [("MARIA DO ROSÁRIO VIANNA DE MAGALHÃES", "Presidente")],
    ),
    # near miss: a label run into a cargo alone names no one, nor is it the cargo of the signer above
    ("JOÃO DA SILVA\nPrefeito\nPELA CONTRATADA: Sócia Administradora", [("JOÃO DA SILVA", "Prefeito")]),
]


@pytest.mark.parametrize("tail,expected", TAILS)
def test_signatories_of_an_act_tail(tail, expected):
    text = BODY + tail
    found = signers(text)
    assert [(s.name, s.cargo) for s in found] == expected
    for s in found:
        # the span holds the name (a name broken over two lines holds the line end)
        assert " ".join(text[s.start : s.end].split()).startswith(s.name) and "DELEGACIA" not in text[s.start : s.end]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOU 2015 (SICONV): roles and masked CPFs around the names
            "Data de Assinatura: 14/05/2015. Signatários: Concedente : JESUALDO PEREIRA FARIAS, CPF nº ***.745.143-**, "
            "Convenente : PAULO JOSE MEDEIROS DE SOUZA COSTA, CPF nº ***.083.774-**.\n(SICONV(PORTAL) - 15/05/2015)",
            [("JESUALDO PEREIRA FARIAS", None), ("PAULO JOSE MEDEIROS DE SOUZA COSTA", None)],
        ),
        (  # DODF 2020-01-08: the body each signs for, "na qualidade de" cargos, two names joined by "e"
            "SIGNATÁRIOS: Pelo DF/RA-II, José Elias Silva de Jesus, na qualidade de Administrador Regional do Gama e "
            "pela contratada: Ivanilde Rosa Bezerra e Davi de Oliveira Bertucci, na qualidade de Executivos de Negócio "
            "da OI S/A.\nADMINISTRAÇÃO REGIONAL",
            [
                ("José Elias Silva de Jesus", "Administrador Regional do Gama"),
                ("Ivanilde Rosa Bezerra", None),
                ("Davi de Oliveira Bertucci", "Executivos de Negócio da OI S/A"),
            ],
        ),
        (  # DODF 2020-01-08: the body in lower case before the name; witnesses are not signatories
            "Signatários: pela secretaria de estado de saúde OSNEI OKUMOTO; pela empresa CLEBER FERNANDES SILVA "
            "MENDONÇA. TESTEMUNHAS: VICTOR RIBEIRO DA COSTA e PAULA FRANÇOISE BORGES RIBEIRO.",
            [("OSNEI OKUMOTO", None), ("CLEBER FERNANDES SILVA MENDONÇA", None)],
        ),
        (  # DODF 2020-01-08 (CAESB): cargos after a dash, a title before a name
            "ASSINANTES: Pela CAESB: Daniel Beltrão de Rossiter Corrêa - Presidente e Pedro Cardoso de Santana Filho - "
            "Diretor de Suporte a Negócios. Pelo DER/DF: Engº FAUZI NACFUR JÚNIOR.",
            [
                ("Daniel Beltrão de Rossiter Corrêa", "Presidente"),
                ("Pedro Cardoso de Santana Filho", "Diretor de Suporte a Negócios"),
                ("FAUZI NACFUR JÚNIOR", None),
            ],
        ),
        (  # DODF 2020-01-08 (CAESB): a cargo holding " e " before a capital; the next name after " e " ends it
            "ASSINANTES: Pela CAESB: Daniel Beltrão de Rossiter Corrêa - Presidente e Pedro Cardoso de Santana Filho - "
            "Diretor Financeiro e Comercial. Pela ASSISTANTS ASSESSORIA CONSULTORIA E PARTICIPAÇÕES LTDA: Carlos "
            "Eduardo Borges Pereira - Diretor de Operação e Manutenção e Roberta Alves Zanatta - Diretora.",
            [
                ("Daniel Beltrão de Rossiter Corrêa", "Presidente"),
                ("Pedro Cardoso de Santana Filho", "Diretor Financeiro e Comercial"),
                ("Carlos Eduardo Borges Pereira", "Diretor de Operação e Manutenção"),
                ("Roberta Alves Zanatta", "Diretora"),
            ],
        ),
        (  # DER/DF: "e Pela Contratada:" after a name
            "ASSINANTES: Pelo DER/DF: Engº FAUZI NACFUR JÚNIOR e Pela Contratada: MARCELO CHAVES FURTADO.\nRECONHECIMENTO",
            [("FAUZI NACFUR JÚNIOR", None), ("MARCELO CHAVES FURTADO", None)],
        ),
        (  # DODF 2020-01-07 (SEAGRI): "P/CONCEDENTE:" labels with no "Signatários:" before them, one list
            "DATA DE ASSINATURA: 13/12/2019. P/CONCEDENTE: Dilson Resende de Almeida. P/CONCESSIONÁRIO: MARCELO MENEZES "
            "RIBEIRO.\nProcesso: 070-000.890/2011",
            [("Dilson Resende de Almeida", None), ("MARCELO MENEZES RIBEIRO", None)],
        ),
        (  # a rank and a name of one word, a cargo alone, a firm: no signatory
            "Signatários: CEL EDMAR, Chefe do DSAP; Representante Legal; QUALITEK TECNOLOGIA LTDA.",
            [],
        ),
        (  # DODF 2020-01-07 (SLU): a cargo after the name and a comma alone
            "SIGNATÁRIOS: pelo SLU/DF, FELIX ANGELO PALAZZO, Diretor-Presidente e DAYANNE VERÍSSIMO ABRANTES, "
            "Diretora de Administração e Finanças Substituta e, pela CONTRATADA: Senhor ROGÉRIO RICARDO "
            "FAGUNDES, Representante Legal.",
            [
                ("FELIX ANGELO PALAZZO", "Diretor-Presidente"),
                ("DAYANNE VERÍSSIMO ABRANTES", "Diretora de Administração e Finanças Substituta"),
                ("ROGÉRIO RICARDO FAGUNDES", "Representante Legal"),
            ],
        ),
        (  # DODF 2020-01-07 (CGDF, republished): the body before the second name is a firm, not a person
            "Signatários: pela CGDF, ALDEMARIO ARAUJO CASTRO, Secretário de Estado Controlador-Geral do Distrito "
            "Federal; pela QUALITEK TECNOLOGIA LTDA, DENNIS FERNANDES DE MEDEIROS, Procurador.",
            [
                ("ALDEMARIO ARAUJO CASTRO", "Secretário de Estado Controlador-Geral do Distrito Federal"),
                ("DENNIS FERNANDES DE MEDEIROS", "Procurador"),
            ],
        ),
        (  # DODF 2020 (CAESB): "Assinam:"; a cargo holding an enumeration ("…, Finanças e Controle")
            "Data da assinatura: 17 de dezembro de 2019 - Assinam: ALÍRIO DE OLIVEIRA NETO e MARCIO SERÔA DE ARAUJO "
            "CORIOLANO - Diretor Presidente, PAULO HENRIQUE MENDES ANNES - Diretor de Administração, Finanças e "
            "Controle.",
            [
                ("ALÍRIO DE OLIVEIRA NETO", None),
                ("MARCIO SERÔA DE ARAUJO CORIOLANO", "Diretor Presidente"),
                ("PAULO HENRIQUE MENDES ANNES", "Diretor de Administração, Finanças e Controle"),
            ],
        ),
        # constructed: two names after a comma, the second is no cargo
        (
            "Signatários: pela contratada, Ana Maria Lopes, Paulo Souza Lima.",
            [("Ana Maria Lopes", None), ("Paulo Souza Lima", None)],
        ),
    ],
)
def test_listed_signatories(text, expected):
    assert [(s.name, s.cargo) for s in listed_signatories(text)] == expected


OPENINGS = [
    # (the act's opening, the author's position it names, or None)
    (  # DOU 2017-10-02 Seção 1
        "ATO DECLARATÓRIO EXECUTIVO Nº 53, DE 29 DE SETEMBRO DE 2017\nO SECRETÁRIO DA RECEITA FEDERAL DO BRASIL, no uso "
        "das atribuições que lhe confere o inciso III do art. 327",
        "SECRETÁRIO DA RECEITA FEDERAL DO BRASIL",
    ),
    (  # Title Case, and what the opening says of the author after a comma
        "PORTARIA Nº 2.037, DE 29 DE SETEMBRO DE 2017\nO Reitor do Instituto Federal de Educação, Ciência e Tecnologia "
        "da Paraíba, nomeado pelo Decreto Presidencial de 12-08-2014, publicado no Diário Oficial da União em "
        "13-08-2014, no uso de suas atribuições legais",
        "Reitor do Instituto Federal de Educação, Ciência e Tecnologia da Paraíba",
    ),
    (  # DODF 2020-01-07
        "ORDEM DE SERVIÇO Nº 1, DE 6 DE JANEIRO DE 2020\nA SECRETÁRIA DE ESTADO DE PROJETOS ESPECIAIS DO DISTRITO FEDERAL, "
        "tendo em vista o disposto",
        "SECRETÁRIA DE ESTADO DE PROJETOS ESPECIAIS DO DISTRITO FEDERAL",
    ),
    # a body as author: its president signs, under no cargo the opening gives
    ("RESOLUÇÃO Nº 1\nA DIRETORIA COLEGIADA DA AGÊNCIA NACIONAL DE VIGILÂNCIA SANITÁRIA, no uso da atribuição", None),
    ("RESOLUÇÃO Nº 7\nO CONSELHO DIRETOR DO FUNDO NACIONAL, no uso das atribuições", None),
]


@pytest.mark.parametrize("opening,author", OPENINGS)
def test_the_opening_names_the_lone_signatorys_cargo(opening, author):
    text = opening + ", resolve:\n" + BODY + "ALEXANDRE MARTINS ANGOTI"
    assert opening_author(text) == author
    # the lone signatory printed without a cargo takes it (the close alone prints none)
    assert [(s.name, s.cargo) for s in signers(text)] == [("ALEXANDRE MARTINS ANGOTI", None)]
    assert [(s.name, s.cargo) for s in signatories(text)] == [("ALEXANDRE MARTINS ANGOTI", author)]
    # two signatories: which one the opening names is not known
    two = signatories(text + "\nMARIA DA SILVA SOUZA")
    assert len(two) == 2 and all(s.cargo is None for s in two)
    # a cargo printed under the name stays
    assert [s.cargo for s in signatories(text + "\nSecretário Substituto")] == ["Secretário Substituto"]


# "ASSINATURAS:" lists who signed (DOE-BA 2020, INEMA) like "Signatários:"/"ASSINANTES:" (DOU, DODF); the singular
# "ASSINATURA:" dates the act
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "terminando, portanto, em 20/04/2020. ASSINATURAS: Márcia Cristina Telles de Araújo Lima - Contratante e "
            "Adenildo Soares de Sena - Contratada.\n",
            [("Márcia Cristina Telles de Araújo Lima", "Contratante"), ("Adenildo Soares de Sena", "Contratada")],
        ),
        ("DATA DA ASSINATURA: 14.01.2020; ASSINATURA: 14.01.2020.", []),
        ("ASSINATURAS: 20/01/2020.", []),
    ],
)
def test_assinaturas_lists_the_signatories(text, expected):
    assert [(s.name, s.cargo) for s in listed_signatories(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # DOU 2022: a cargo broken over a line after "do", an initial in a name
            "SIGNATÁRIOS: MARCUS VINICIUS FERNANDES DIAS - Secretário-Executivo Adjunto do\nMinistério da Saúde; RITA DE "
            "CASSIA GOMES GUIMARÃES - Presidente.\nEXTRATO DO 4º TERMO",
            ["MARCUS VINICIUS FERNANDES DIAS", "RITA DE CASSIA GOMES GUIMARÃES"],
        ),
        (
            "SIGNATÁRIOS: Marcus Vinícius Fernandes Dias, Secretário-Executivo Adjunto do Ministério da Saúde - C.P.F. "
            "nº ***.120.106-**; Carissa F. Etienne - Pela Organização Pan-Americana da Saúde.\nDEPARTAMENTO",
            ["Marcus Vinícius Fernandes Dias", "Carissa F. Etienne"],
        ),
        # near miss: the next act's heading after the list's line is not read into it
        ("SIGNATÁRIOS: JOSÉ DA SILVA - Presidente\nSECRETARIA NACIONAL DE JUVENTUDE", ["JOSÉ DA SILVA"]),
    ],
)
def test_signatory_lists_over_line_breaks(text, expected):
    assert [s.name for s in listed_signatories(text)] == expected


def test_the_association_gazettes_publisher_line_closes_the_act():
    # DOM-CE/APRECE 2022 (Campos Sales): the signatory over "Publicado por: …" (Sigpub)
    tail = (
        "mantendo-se inalterados os demais itens da Portaria.\nJOÃO LUIZ LIMA SANTOS Prefeito Municipal\n"
        "Publicado por: Rosalva Pereira de Sousa Lima Código Identificador:4480646E"
    )
    assert [(s.name, s.cargo) for s in signers(tail)] == [("JOÃO LUIZ LIMA SANTOS", "Prefeito Municipal")]
