"""The role label of each party as printed (``role_raw``, parties@9): the label's words without its colon, or the
role word a signer's "Pela X:" prints, or the designation a "doravante denominada" gives; null where the role is
inferred (a sentence's "celebrado entre A e B", the instrument's family, the publisher of the extrato). Rows from real
documents: the tune split of real2 (DOM-BH 7143, DOE-BA 22.825, DODF 29 2018, DOU S3 2020-08-17, DOM-CE/APRECE 745 and
2974, DOM-MG/AMM 3602-A, Paraguaçu Paulista-SP, Fundação Abrinq, UNESCO), the old corpus and the seeds.
"""

from __future__ import annotations

import pytest
import regex

from seidou.extractors.parties import parties, printed

from .test_parties_shapes import SHAPES

# (shape | source, text, prose (an extrato), [(role, role_raw), …])
ROWS = [
    (
        "line labels | DOM-BH 7143 extrato",
        "Instrumento Jurídico: 01.2021.2302.0530.03.00\n"
        "Contratante: Município de Belo Horizonte | Secretaria Municipal de Saúde\n"
        "Contratada: MEGA CONSTRUTORA, SOLUÇÕES CIENTÍFICA E LOCAÇÃO LTDA\n"
        "Do Objeto: Os objetos do presente",
        True,
        [("contratante", "Contratante"), ("contratada", "Contratada")],
    ),
    (
        "run-in labels with a gender | DOM-CE/APRECE 745 Guaraciaba do Norte",
        "EXTRATO CONTRATUAL Nº DO DOCUMENTO:\n"
        "2013.07.01.005\n"
        "Contratante:Município de Guaraciaba do Norte/Secretaria Municipal de Planejamento e Finanças; "
        "Contratado(a):FRANCISCA CAMILA DA SILVA - ME; Objeto: aquisição",
        True,
        [("contratante", "Contratante"), ("contratada", "Contratado(a)")],
    ),
    (
        "pair-family run-in labels | DOE-BA 22.825 UNEB",
        "RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº 074.7738.2019.0059029-03; LOCATÁRIA: UNEB; LOCADORA: Eliene "
        "Pereira França; CONTRATO Nº 006/2019; OBJETO: Prorrogação de prazo",
        True,
        [("locatario", "LOCATÁRIA"), ("locador", "LOCADORA")],
    ),
    (
        "a cessão's sides after PARTES, the family from its instrument | DODF 4 2020 (old corpus)",
        "SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE\n"
        "EXTRATO DO TERMO DE CESSÃO DE USO DE BEM IMÓVEL DO\n"
        "DISTRITO FEDERAL Nº 018/2019\n"
        "Processo: 00391-00009849/2019-74. DAS PARTES: SECRETARIA DE ESTADO DE TRANSPORTE E MOBILIDADE DO DISTRITO "
        "FEDERAL - SEMOB x INSTITUTO DO MEIO AMBIENTE E DOS RECURSOS HÍDRICOS DO DISTRITO FEDERAL - IBRAM Termo de Cessão "
        "de Uso DO OBJETO: O presente Termo tem por objeto a cessão de uso dos bens móveis",
        True,
        [("cedente", "DAS PARTES"), ("cessionario", "DAS PARTES")],
    ),
    (
        "MROSC line labels | Paraguaçu Paulista-SP termo aditivo 50/2023",
        "PARA OS FINS QUE ESPECIFICA.\n"
        "ÓRGÃO PÚBLICO CONVENENTE: MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA\n"
        "CNPJ/MF nº 44.547.305/0001-93\n"
        "Autoridade Máxima do Órgão: Antônio Takashi Sasada (ANTIAN) Cargo: Prefeito\n"
        "CPF: ***.786.208-**\n"
        "Gestor da Parceria: Cátia Aparecida da Silva\n"
        "Cargo: Diretor Municipal\n"
        "Designação: MUNICÍPIO\n"
        "ORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA: ASSOCIAÇÃO COMUNITÁRIA INTEGRADA DE PARAGUAÇU PAULISTA - ACIPP\n"
        "- CNPJ/MF nº 47.609.482/0001-45\n"
        "Autoridade Máxima da Entidade: Edna Maria Bomfim de Lima\n"
        "Cargo: Presidente\n",
        False,
        [("administracao_publica", "ÓRGÃO PÚBLICO CONVENENTE"), ("osc", "ORGANIZAÇÃO DA SOCIEDADE CIVIL PARCEIRA")],
    ),
    (
        "MROSC run-in labels in an extrato of a termo | DOE-BA 22.825 SDR",
        "RESUMO DE TERMO DE COLABORAÇÃO\n"
        "1. Termo de Colaboração: 022/2018. 2. Parceiro/Estado: ESTADO DA BAHIA - SECRETARIA DE DESENVOLVIMENTO RURAL - "
        "SDR. 3. Parceiro/Organização da Sociedade Civil: ASSOCIAÇÃO RURAL DO LARGO NOVO. 4. Objeto: Cooperação técnica e "
        "financeira",
        True,
        [("administracao_publica", "Parceiro/Estado"), ("osc", "Parceiro/Organização da Sociedade Civil")],
    ),
    (
        "PARTES: X e a empresa Y | DOM-CE/APRECE 2974 Barbalha",
        "Extrato de Contrato nº 05.25.01/2022. Pregão Eletrônico Nº 2022.04.08.1 - SRP. Partes: O Município de Barbalha, "
        "através da Secretaria Municipal de Planejamento e Gestão e a empresa THALITA VANESKA DE LIMA ME. Objeto: "
        "Contratação de serviços",
        True,
        [("contratante", "Partes"), ("contratada", "Partes")],
    ),
    (
        "celebrado entre X e a empresa Y | DOE-BA 22.825 INEMA",
        "Resumo do primeiro termo aditivo ao contrato nº. 034/2018, celebrado entre o INSTITUTO DO MEIO AMBIENTE E "
        "RECURSOS HÍDRICOS - INEMA e a empresa POSITIVA EMPREENDIMENTOS E SERVIÇOS EIRELI. OBJETO: prorrogado por mais 03 "
        "(três) meses",
        True,
        [("contratante", None), ("contratada", None)],
    ),
    (
        "Empresa: beside a labelled Contratante | DOM-CE/APRECE 2974 Alto Santo",
        "ESTADO DO – CE - PREFEITURA MUNICIPAL DE ALTO SANTO - EXTRATO DE ATA DE REGISTRO DE PREÇOS Nº. 2022.26.05-0002 - "
        "Pregão Eletrônico SRP Nº: PE-006/2022-DIVERSAS, Contratante: Prefeitura Municipal de Alto Santo, através das "
        "Diversas Unidades Administrativas (Secretarias). Empresa: COMERCIAL SOARES NS LTDA, CNPJ: 13.485.158/0001-40, "
        "valor global dos lotes II de R$ 96.000,00 (NOVENTA E SEIS MIL REAIS). objeto: SELEÇÃO DE MELHOR PROPOSTA",
        False,
        [("contratante", "Contratante"), ("contratada", "Empresa")],
    ),
    (
        "CONTRATO Nº N - EMPRESA X | DOE-BA 22.825 FAPESB",
        "Fundação de Amparo à Pesquisa do Estado da Bahia – FAPESB\n"
        "1º TERMO ADITIVO Nº 239/2019 ao CONTRATO Nº CTR0055/2018 - EMPRESA JUST BUSINESS COMÉRCIO E INDÚSTRIA LTDA. "
        "Processo SEI 084.0508.2019.0004100-94. Objeto:",
        False,
        [("contratante", None), ("contratada", "EMPRESA")],
    ),
    (
        "Contrato nº N - ACRONYM / FIRM, the acronym's body its heading | DOE-BA 22.825 UESB",
        "Universidade Estadual do Sudoeste da Bahia – UESB\n"
        "Res. Termo Aditivo nº 02 ao Contrato n.º 005/2019 - UESB / WEB TRIP AGÊNCIA DE VIAGENS E TURISMO LTDA. Objeto: "
        "prorrogação do prazo do Contrato",
        False,
        [("contratante", None), ("contratada", None)],
    ),
    (
        "the SIDEC CNPJ, then the name | DOU S3 2020-08-17",
        "Ratificação em 13/08/2020. ROBERTO FERREIRA DIAS. Diretor do Departamento de Logística em Saúde. Valor Global: "
        "R$ 8.463.000,00. CNPJ CONTRATADA : 17.503.475/0001-01 FUNDACAOEZEQUIEL DIAS.\n"
        "(SIDEC - 14/08/2020)",
        True,
        [("contratada", "CNPJ CONTRATADA")],
    ),
    (
        "the SIDEC CNPJ, then the name | DOU S3 2015-05-18 (old corpus)",
        "NTONIO BESSA. Reitor Substituto. Valor Global: R$ 1.654,80. CNPJ CONTRATADA : 25.441.650/0001-01 ASSOCIACAO "
        "BRASILEIRA DOS CRIADORES DE ZEBU.\n"
        "(SIDEC - 15/05/2015)",
        True,
        [("contratada", "CNPJ CONTRATADA")],
    ),
    (
        "Pela X: NOME, the only naming of the sides | DODF 29 2018 CAESB",
        "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL\n"
        "EXTRATO DE CONTRATO\n"
        "CONTRATO Nº 8867. ASSINATURA: 07/02/2018. OBJETO: Aquisição de 2 (dois) veículos. ASSINANTES: Pela CAESB: "
        "Maurício Leite Luduvice - Presidente e Walter Lúcio dos Santos Barros - Diretor de Operação e Manutenção. Pela "
        "MAX COMÉRCIO E SERVIÇOS DE CAMINHÕES LTDA: Adriana do Carmo de Sousa.",
        True,
        # (parties@11: the signer's label with its "Pela", as the gold writes every signer's label)
        [("contratante", "Pela CAESB"), ("contratada", "Pela MAX COMÉRCIO E SERVIÇOS DE CAMINHÕES LTDA")],
    ),
    (
        "PARTES: X e a empresa Y | DODF 29 2018, ata de registro de preços SES/DF",
        "ESPÉCIE: Ata de Registro de Preços n° 231/2017-A-SES/DF. PARTES: DISTRITO FEDERAL, por intermédio da SECRETARIA "
        "DE ESTADO DE SAÚDE, e a empresa D.H.F FRANQUI EIRELI ME, CNPJ nº 26.315.298/0001-12 OBJETO: medicamentos. DATA "
        "DA ASSINATURA: 08/02/2018. VIGÊNCIA: 12 (doze) meses a contar desta publicação. SIGNATÁRIOS: Pela Secretaria de "
        "Estado de Saúde, HUMBERTO LUCENA PEREIRA DA FONSECA; pela Empresa DEJAIR SOUZA DO NASCIMENTO TESTEMUNHAS: PAULA "
        "BORGES RIBEIRO e GEYSA ANTUNES MARQUES",
        False,
        [("contratante", "PARTES"), ("contratada", "PARTES")],
    ),
    (
        "PARTES: X e a Organização da Sociedade Civil Y | DOM-BH 7143, termo de fomento",
        "Partes: Município de Belo Horizonte/Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania "
        "e a Organização da Sociedade Civil Abrigo Jesus, CNPJ nº 17.220.021/0001-15.\n"
        "Objeto: prorrogação",
        False,
        [("administracao_publica", "Partes"), ("osc", "Organização da Sociedade Civil")],
    ),
    (
        "a plural label over both sides | DODF 29 2018, NOVACAP",
        "ESPÉCIE: SEGUNDO TERMO ADITIVO. CONTRATANTES: COMPANHIA URBANIZADORA DA NOVA CAPITAL DO BRASIL-NOVACAP e a "
        "firma: LG ENGENHERIA E CONSTRUÇÕES LTDA. DO OBJETO: a contratação. DATA DA ASSINATURA: 05/01/2018. PELA NOVACAP: "
        "Júlio César Menegotto e Márcio Augusto Roma Buzar. PELA CONTRATADA: Miguel Ribeiro de Araújo.",
        False,
        [("contratante", "CONTRATANTES"), ("contratada", "CONTRATANTES")],
    ),
    (
        "doravante denominada, a side that names itself | Fundação Abrinq termo de convênio 379/2021",
        "FUNDAÇÃO ABRINQ PELOS DIREITOS DA CRIANÇA E DO ADOLESCENTE, entidade civil de direito privado, sem fins "
        "lucrativos, inscrita no CNPJ sob o nº 38.894.796/0001-46, com sede na Rua Araguari, 835, neste ato devidamente "
        "representada na forma de seu Estatuto Social, doravante denominada FUNDAÇÃO ABRINQ, e;\n"
        "ASSOCIAÇÃO OS AMIGOS DE CLARA AMIZADE BRASIL - BAHIA, associação privada, sem fins lucrativos, inscrita no CNPJ "
        "sob o nº 04.087.181/0001-96, com sede na Rua Eduardo Santos, 01, neste ato devidamente representada na forma de "
        "seu Estatuto Social, pelo representante legal, Roberto Fiamenghi, portador da cédula de identidade RG nº "
        "2.818.441-5, e doravante denominada CONVENIADA.",
        False,
        [("concedente", "FUNDAÇÃO ABRINQ"), ("convenente", "CONVENIADA")],
    ),
    (
        "doravante denominada, a role word of the table | DOM-BH 7143, PRODABEL ata",
        "A Empresa de Informática e Informação do Município de Belo Horizonte S/A – PRODABEL, CNPJ/ MF nº "
        "18.239.038/0001-87, estabelecida na Avenida Presidente Carlos Luz, nº 1.275, doravante denominada Gestora da "
        "Ata, neste ato representada por seu Diretor de Infraestrutura, Leonardo Augusto Roscoe da Rocha, C.I. n.° "
        "MG-4.030-202, e do outro lado a empresa SYSTEM MANAGER TECNOLOGIA EM INFORMÁTICA LTDA., CNPJ nº "
        "10.858.890/0001-20, estabelecida na Rua Pamplona, 145, doravante denominada Detentora da Ata, neste ato "
        "representada pelo seu Responsável Legal, Leandro Jacinto da Silva, C.I. nº 23.001329-6, RESOLVEM:",
        False,
        [("contratante", "Gestora da Ata"), ("contratada", "Detentora da Ata")],
    ),
    (
        "the role in brackets after each name | DODF 29 2018, CLDF",
        "Contrato: nº 04/2018 - PG/CLDF, firmado entre a Câmara Legislativa do Distrito Federal, (Contratante) e a "
        "empresa SEFIX - GESTÃO DE PROFISSIONAIS EIRELLI-EPP, CNPJ nº 13.258.899/0001-99 (Contratada), em 08/02/2018. "
        "Objeto: limpeza. Partes: Pela Contratante, ANDRÉ LUIZ PEREZ NUNES - Secretário-Geral, e, pela Contratada, THIAGO "
        "MATHEUS MESSIAS DA ROCHA.",
        True,
        [("contratante", "Contratante"), ("contratada", "Contratada")],
    ),
    (
        "que entre si celebram A e B, no role word | DOU S3 2020-08-17, PRONAS compromisso",
        "PRONAS/PCD: Termo de Compromisso que entre si celebram a União, por intermédio do Ministério da Saúde, CPNJ/MS "
        "00.530.493/0001-71, por meio da Secretaria-Executiva, e a Fundação Dom Bosco, CNPJ 17.278.904/0001-86\n"
        "NUP: 25000.015811/2019-54",
        True,
        [("compromitente", None), ("compromissario", None)],
    ),
    (
        "a plural label's list, the publisher's signer under its label | DOM-MG/AMM 2023, Lagamar",
        "EXTRATO DAS ATAS\n"
        "PREFEITURA MUNICIPAL DE LAGAMAR–MG. Torna público o EXTRATO DAS ATAS DE REGISTRO DE PREÇOS N.º 122, 123 e "
        "141/2023. Assinaturas em 01/09/2023.\n"
        "Objeto: Registro de preços para eventual e futura aquisição de material de limpeza.\n"
        "Contratadas:\n"
        "SUPERMERCADO E CASA DE CARNES JUJU EIRELLI. Valor total estimado: R$ 82.422,24\n"
        "ZOOM COMERCIAL SUDESTE. Valor total estimado: R$ 12.170,65\n"
        "EPINET COMERCIO DE EQUIPAMENTOS DE PROTECAO LTDA.\n"
        "Valor total estimado: R$ 2.636,70\n"
        "Vigência 12 meses.\n"
        "Contratante:\n"
        "AURO JOSÉ PEREIRA\n"
        "Prefeito Municipal\n"
        "Publicado por: Luana Cristina Braga Código Identificador:3F8B7BD2",
        True,
        [
            ("contratada", "Contratadas"),
            ("contratada", "Contratadas"),
            ("contratada", "Contratadas"),
            ("contratante", "Contratante"),
        ],
    ),
    (
        "the publisher that makes the extrato public, no role word | DOM-CE/APRECE 2974, Arneiroz",
        "ESTADO DO CEARÁ\n"
        "PREFEITURA MUNICIPAL DE ARNEIROZ\n"
        "EXTRATO DO CONTRATO\n"
        "A Prefeitura Municipal de Arneiroz, através do ordenador de despesas torna público o Extrato de Contrato nº "
        "2022.05.30.1 da Tomada de Preços nº 2021.08.25.2. OBJETO: CONTRATAÇÃO DE EMPRESA PARA REFORMA DO BALNEARIO "
        "MUNICIPAL. Contratado: I P N CONSTRUÇÕES E SERVIÇOS EIRELI – ME, Valor R$ 258.370,69 (duzentos e cinquenta e "
        "oito mil e trezentos e setenta reais e sessenta e nove centavos). Vigência do Contrato: 120 (Cento e Vinte) "
        "dias.",
        True,
        [("contratada", "Contratado"), ("contratante", None)],
    ),
    (
        "Assina pelo CONTRATANTE: NOME, the publisher's side | DOM-CE/APRECE 2974, Campos Sales",
        "ESTADO DO CEARÁ-PREFEITURA MUNICIPAL DE CAMPOS SALES – EXTRATO 4º ADITIVO. CONTRATADA: DB3 SERVIÇOS DE "
        "TELECOMUNICAÇÕES LTDA, CNPJ: N° 41.644.220/0001-35. Assina pelo CONTRATANTE: MARIA GONÇALVES DE OLIVEIRA "
        "Secretário de Políticas para Educação, assina pela CONTRATADA Salim Bayde Neto portador(a) do CPF",
        True,
        [("contratada", "CONTRATADA"), ("contratante", "CONTRATANTE")],
    ),
    (
        "na qualidade de CONTRATANTE / CONTRATADA | DODF (old corpus), RA-XVII and CAESB",
        "Processo: 00148-00001867/2019-90 - ADMINISTRAÇÃO REGIONAL DO RIACHO FUNDO I - RA-XVII, na qualidade de "
        "CONTRATANTE e a COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL - CAESB, na qualidade de CONTRATADA. DO "
        "OBJETO: PRESTAÇÃO",
        True,
        [("contratante", "CONTRATANTE"), ("contratada", "CONTRATADA")],
    ),
    (
        "firmado entre: over the parties' lines, the sides named by their signers | UNESCO contract SA-3609/2012",
        "CONTRATO DE SERVIÇOS\n"
        "Contrato firmado entre:\n"
        "A ORGANIZAÇÃO DAS NAÇÕES UNIDAS PARA A EDUCAÇÃO, A CIÊNCIA E A CULTURA e\n"
        "ASSOCIACAO OS AMIGOS DE CLARA\n"
        "AMIZADE BRASIL - BAHIA\n"
        "SAS - Quadra 5\n"
        "Doravante denominada “UNESCO”\n"
        "6. Assinaturas\n"
        "Em nome da “UNESCO”:\n"
        "Assinatura Autorizada\n"
        "Lucien Andre Munoz Director UBO\n"
        "Em nome do “CONTRATADO”:\n"
        "Assinatura Autorizada\n"
        "MARIO MARANHAO PESSOA ***.487.144-**\n",
        False,
        [("contratante", "UNESCO"), ("contratada", "CONTRATADO")],
    ),
]


@pytest.mark.parametrize("source,text,prose,expected", ROWS, ids=[r[0] for r in ROWS])
def test_role_raw(source, text, prose, expected):
    assert [(p.role, p.role_raw) for p in parties(text, prose=prose)] == expected


@pytest.mark.parametrize("text,prose", [(r[1], r[2]) for r in ROWS] + [(s[2], s[3]) for s in SHAPES])
def test_role_raw_is_printed_in_the_text(text, prose):
    """Whatever role_raw says stands in the text, as printed (spaces aside), without its colon."""
    flat = regex.sub(r"\s+", " ", text)
    for p in parties(text, prose=prose):
        assert p.role_raw is None or p.role_raw in flat, p.role_raw
        assert p.role_raw is None or not p.role_raw.endswith(":")


@pytest.mark.parametrize(
    "label,expected",
    [
        ("Contratado(a):", "Contratado(a)"),
        ("Órgão\nGerenciador :", "Órgão Gerenciador"),
        (" PARTES: ", "PARTES"),
        (None, None),
    ],
)
def test_printed(label, expected):
    assert printed(label) == expected


def test_role_raw_of_the_seeds(fixtures):
    """The seed convênio's preamble ("doravante denominado CONCEDENTE") and the plano de trabalho's blocks under one
    heading ("Partícipe 1 - MGI/SEGES Partícipe 2 - ABM": its n-th role word for its n-th block)."""
    from seidou.runner.process import process_file

    got = {}
    for name in ("municipal_cabixi_lei_1508_2026_convenio_978990.pdf", "sei_plano_trabalho_ac_4_2026.pdf"):
        rows = process_file(str(fixtures / name), "t", tables="off", ner="off").rows
        got[name] = [(p["role"], p["role_raw"]) for p in rows["parties"]]
    assert got["municipal_cabixi_lei_1508_2026_convenio_978990.pdf"] == [
        ("concedente", "CONCEDENTE"),
        ("convenente", "CONVENENTE"),
    ]
    assert got["sei_plano_trabalho_ac_4_2026.pdf"] == [("participe", "Partícipe"), ("participe", "Partícipe")]
