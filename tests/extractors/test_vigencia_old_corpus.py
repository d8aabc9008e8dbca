"""Vigência on a development sample drawn from the old corpus (issue 29, item 5): every row is a sentence of a real
PDF under ``/work/shared/corpus/real`` (its file stem first) that states a term, or a near miss that only looks like
one (a servant's leave or reassumption, a pension's effect, a penalty, a deadline for a defence or a delivery, a
commission's or working group's term, a concurso's validity, a norm's own entry into force). The expected values were
written by hand from the text alone, before the extractor was run on them, and follow GOLD.md: a start when the text
prints it (a date, the stated signing date for "a contar da assinatura", the gazette's date for "a partir da
publicação"), an end only when printed, a duration as printed (``months`` or ``days``).

Row: (source file, the gazette's date or None, whether the act is an instrument or an extrato, expected, text);
expected is None ("no vigência") or (start, end, months, days).

Sample: 68 rows from 17 files of 9 publishers/systems (DODF 2020 extratos and portarias, DOU Seção 1 2014/2015/2017
and Seção 2 2017/2023, Câmara and Prefeitura de Tucano-BA, Pratânia-SP diário oficial, SEI-AL CBMAL, SEI-MS
pareceres, PRONAS anexo). Score of ``seidou.extractors.vigencia`` on it (start, end and duration of its first row
exact, or no row for a near miss; ``score()``): vigencia@8 0.721 (49/68), vigencia@9 0.956 (65/68).

CHECK_ROWS: a second sample (24 rows, 4 files: DODF 2020-01-07 and -08, DOU S1 2014 and 2017), drawn and labelled by
hand after the first round of fixes and before running either version on it, to see whether the fixes generalize:
vigencia@8 0.583 (14/24), vigencia@9 as it stood then 0.708 (17/24); then three of its misses were read as general
forms ("Assinam em DATE", "prorrogação, em caráter excepcional, pelo período de N", a label whose only value is a
date): 0.833 (20/24).
"""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import find, ordered

ROWS = [
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-31", "2020-06-27", None, None),
        "PRAZO DE VIGÊNCIA:\nO contrato terá vigência desde sua assinatura até 27/06/2020. DATA DE ASSINATURA: 31/12/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-11-22", "2023-12-31", None, None),
        "DA VIGÊNCIA: O presente Termo terá sua vigência até 31/12/2023, a contar da data de sua assinatura,\nfacultada a sua prorrogação mediante manifestação escrita, com antecedência mínima de 30 (trinta) dias,\nobservado o interesse da Administração. DATA DA ASSINATURA: 22/11/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-11", "2022-02-14", None, None),
        "PRAZO DE VIGÊNCIA: O\nContrato terá vigência a partir de sua assinatura até o término da garantia dos 100 (cem) veículos, que\nse dará em 14/02/2022, ou seja, 36 (trinta e seis) meses a contar do recebimento definitivo dos\nveículos, não sendo permitida prorrogação conforme o item 13.1 do TR. DATA DE ASSINATURA:\n11/12/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2020-01-04", None, 60, None),
        "DO PRAZO DE VIGÊNCIA: 60 (sessenta) meses, contados a partir de 04 janeiro de\n2020. DA ASSINATURA: 27/12/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-11", None, None, 160),
        "PRAZO DE VIGÊNCIA: O contrato terá vigência de 160\n(cento e sessenta) dias, a contar da data de sua assinatura. DATA DE ASSINATURA: 11/12/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-26", None, 12, None),
        "PRAZO DE VIGÊNCIA: O contrato terá vigência de 12\nmeses a contar da data de assinatura. DATA DE ASSINATURA: 26/12/2019.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-05", "2020-12-04", None, None),
        "Vigência: 5/12/2019 à 4/12/2020.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, "2020-12-19", 12, None),
        "DO OBJETO: fica prorrogada a vigência do\nContrato por mais 12 (doze) Meses, com finalização em 19/12/2020,",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2020-01-12", None, 12, None),
        "Objeto: Constitui objeto do presente Termo Aditivo\na prorrogação do Contrato de Prestação de Serviços n° 005/2016, firmado entre as partes, pelo prazo de mais 12\n(doze) meses, contados do término do prazo contratual (12 de janeiro de 2020).",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-28", None, 12, None),
        "Objeto: Constitui como objeto a renovação do\ncontrato de prestação de serviços nº 18/2018 pelo período de 12 (doze) meses, a contar do último dia do prazo\nde vigência do contrato originário, isto é 28/12/2019,",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2019-12-23", None, None, 60),
        "Objeto: Constitui objeto do\npresente Termo Aditivo a prorrogação do contrato original de prestação de serviços, pelo prazo de 60 (sessenta)\ndias, contatos a partir de 23 de dezembro de 2019,",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2020-01-26", "2021-01-25", 12, None),
        "Objeto: Prorrogação da vigência do contrato, pelo\nperíodo de 12 (doze) meses, o qual passa a vigorar a partir de 26 de janeiro de 2020 a 25 de janeiro de\n2021.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, "2020-09-30", 9, None),
        "OBJETO: Prorrogar o prazo de vigência\ndo Contrato por mais 09 (Nove) meses, encerrando-se em 30SET2020;",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, None, 3, None),
        "VIGÊNCIA (Cláusula Terceira - da\nNatureza Jurídica): A presente Autorização de Uso de imóvel é feita por tempo determinado de 3 (três)\nmeses, a contar da assinatura deste, sendo intransferível e na forma sem ônus.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2020-01-05", "2021-01-05", 12, None),
        "OBJETO: O presente Termo Aditivo objetiva a prorrogação do prazo de vigência do contrato por mais 12\n(doze) meses, com base no parágrafo 4º, art. 57 da Lei nº 8.666/93, para o período compreendido de\n05/01/2020 a 05/01/2021. DO PRAZO DE VIGÊNCIA: a partir da data de sua assinatura.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, "2020-02-29", None, 60),
        "OBJETO: Prorrogação do prazo de vigência do contrato por mais 60 (sessenta) dias, ou\nseja, até o dia 29 de fevereiro de 2020,",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, "2020-06-08", None, 180),
        "OBJETO: O presente Termo Aditivo objetiva a prorrogação do prazo de vigência do contrato por mais\n180 (cento e oitenta) dias, ou seja, até 08 de junho de 2020, com fundamento no Art. 57, § 2º da Lei\nnº 8.666/93.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, None, None, 305),
        "1° Termo Aditivo ao Contrato 8711/2017, publicado no DODF em 27/01/2017. ASS I N AT U R A :\n31/12/2019. ALTERAÇÃO DE CLÁUSULAS: PRAZO DE VIGÊNCIA: Prorrogado por 305 (trezentos\ne cinco) dias.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        False,
        None,
        "CONCEDER a Licença para Desempenho de Mandato Classista no Sindicato dos Trabalhadores em\nEscolas Públicas no Distrito Federal SAE-DF para o servidor JOÃO BATISTA FERREIRA DA SILVA,\nmatricula nº 30.573-1, Agente de Gestão Educacional/Portaria da Secretaria de Estado de Educação do\nDistrito Federal, com ônus para o Governo do Distrito Federal, a contar de 21/11/2019 até 13/04/2020,\nconforme o Processo SEI nº 0414-000319/2012.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        False,
        None,
        "1º Prorrogar por mais 30 (trinta) dias a Comissão Processante instituída por meio da Portaria nº\n07, de 15 de fevereiro de 2018, publicada no DODF nº 33, de 19 de fevereiro de 2018, p.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        False,
        None,
        "CONVOCA as empresas abaixo relacionadas, sob pena de aplicação\ndas penalidades previstas no artigo 81 da Lei nº 8.666/93 e no Decreto nº 26.851/2006, para assinatura das\nAtas de Registros de Preços n., 254/2019, 228/2019, 249/2019, 214/2019 no prazo de 03 (três) dias a\ncontar desta publicação.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2020-01-06", "2021-01-05", 12, None),
        "DO PRAZO DE VIGÊNCIA: O prazo de vigência do presente CONTRATO\nserá de 12 (doze) meses a contar do dia 06 de janeiro de 2020 a 05 de janeiro de 2021;",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-31", "2020-12-31", None, None),
        "PRORROGAÇÃO DE VIGÊNCIA ATÉ 31/12/2020. Valor Total: R$ 1.231.013,67, Valor de Contrapartida:\nR$ 38.643,67, Vigência: 31/12/2019 a 31/12/2020. Data de Assinatura: 31/12/2018.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-10-02", None, 360, None),
        "VIGÊNCIA: 30 (trinta) anos contados a partir da data de assinatura\ndo contrato. DATA DE ASSINATURA: 02/10/2019.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-31", None, 24, None),
        "Vigência: 24 (vinte e quatro)\nmeses, a contar da data da assinatura do contrato. Assinatura: 31.12.2019.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-22", "2020-12-21", 12, None),
        "Objeto: Prorrogar\nexcepcionalmente a vigência do Contrato por mais 12 (doze) meses, pelo período de 22.12.2019 a\n21.12.2020, com possibilidade de rescisão antecipada. Reajustar o valor do Contrato para R$\n83.955,00 (oitenta e três mil e novecentos e cinquenta e cinco reais). Vigência: a partir do dia\n22.12.2019. Assinatura: 19.12.2019.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-20", "2022-12-20", None, None),
        "Vigência: 20/12/2019 a 20/12/2022.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-03", "2020-03-02", None, None),
        "Vigência: 03/12/2019 a 02/03/2020.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2020-01-17", "2020-07-31", None, None),
        "DA VIGÊNCIA: O referido Termo Aditivo terá vigência de 17 de janeiro de 2020 a\n31 de julho de 2020.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        (None, None, None, 120),
        "1° Termo Aditivo ao Contrato 9071/2019, publicado no DODF em 06/05/2019. ASS I N AT U R A :\n27/12/2019. ALTERAÇÃO DE CLÁUSULAS: VALOR: R$ 243.558,80 (duzentos e quarenta e três mil e\nquinhentos e cinquenta e oito reais e oitenta centavos). PRAZO DE EXECUÇÃO/VIGÊNCIA:\nProrrogados por 120 (cento e vinte) dias.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        None,
        'Objeto: prorrogação de prazo de 75 (setenta e cinco) dias, a contar de\n13/12/2019, para a entrega da 2ª parcela do reagente "Conjunto Completo de Colágeno para testes de\nAgregação Plaquetária", item 3.',
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "Informamos que o autuado dispõe de 10 (dez) dias a contar da data desta\npublicação para apresentar defesa",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "AUTORIZAR a Reassunção de exercício a servidora LUCIANA MOURA BARRETO, matrícula nº\n0181.202-5, Professora de Educação Básica, a partir de 26/12/2019,",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "a contar da data do óbito, de 19/11/2019, Pensão Vitalícia a\nGILVALTER LEITE DOS REIS,",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        ("2014-10-01", None, 24, None),
        "O credenciamento na Rede Sentinela terá a vigência\nde 24 meses a partir da publicação em Diário Oficial da União.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        (None, "2021-05-02", None, None),
        "Prazo da outorga:\nVigorará até 2 de maio de 2021.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "fixando-lhes o prazo de 15 (quinze) dias, a contar da\nnotificação, para comprovar, perante o Tribunal (art.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "2o Fica prorrogado até 31 de dezembro de 2014 o prazo\nestabelecido no § 1o do art.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "1º Prorrogar, até 15 de dezembro de 2014, o prazo de que trata a Portaria nº 384, de 24 de julho de 2014, publicada no\nDiário Oficial da União nº 141, de 25 de julho de 2014, seção 1,\npágina 39, referente à intervenção no PORTUS",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "2° Esta Resolução entra em vigor a partir de 24 de\nsetembro de 2014, revogando-se as disposições em contrário.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "3º Abrir prazo de 30 (trinta) dias, a contar desta publicação, para que a entidade apresente recurso contra a decisão, sem\nefeito suspensivo.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "PRORROGAR, por mais 01 (um) ano o prazo de\nvalidade dos Concursos Públicos e Processos Seletivos Simplificados\nregidos pelos seguintes editais:",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        ("2017-10-02", None, 24, None),
        "Esta autorização terá vigência por 02 (dois) anos, a contar da publicação\ndesta,",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        ("2017-10-02", None, 24, None),
        "Art. 2º A presente Certificação tem validade de 02 (dois)\nanos a partir da sua publicação.",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "1º Prorrogar por mais 1 (um) ano, a partir de 06 de\noutubro de 2017, o prazo de validade do Concurso Público para\nprovimento de cargo técnico-administrativo, referente ao Edital nº.",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "1º Fica prorrogado, por mais 90 (noventa) dias, o prazo\ndefinido pelo artigo 4º, parágrafo único da Resolução nº 5.379, de 05\nde julho de 2017, para que as concessionárias apresentem, à ANTT,\nproposta técnica acompanhada de cronograma para adequação dos\nequipamentos, sistemas e instalações operacionais de postos de pesagem, aos requisitos constantes da referida Resolução, observados os\naspectos técnicos pertinentes.",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "A peticionária ressaltou que no PSI 2013, em vigor desde 1º\nde abril de 2013 e com validade até 31 de março de 2018,",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "Art. 13. Esta Portaria entra em vigor na data de sua publicação no Diário Oficial da União, produzindo efeitos a partir de 16\nde outubro de 2017.",
    ),
    (
        "dou_s2_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "3º da Lei nº 13.135/15, com vigência a partir de 23\nde setembro de 2017, data do falecimento do instituidor",
    ),
    (
        "dou_s2_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        '(NA) Classe "B" Padrão I com vigência a partir da Data da\nPublicação do Ato e efeitos financeiros a partir de 22 de junho de\n2017, data do óbito',
    ),
    (
        "dou_s2_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "Autorizar a prorrogação do afastamento do país do\nservidor Júnior Leal do Prado, ocupante do cargo de Professor do\nEnsino Básico, Técnico e Tecnológico, matrícula SIAPE 1540714,\nClasse/Nível D 401, do quadro de pessoal permanente deste Instituto,\nCampus Aracaju, para participar das atividades correlatas ao Doutorado Sanduíche em Madri-Espanha, no período de 01/10/2017 a\n31/03/2018, com ônus limitado para o Instituto",
    ),
    (
        "dou_s2_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "a mesma\nserá submetida a um contrato de experiência de 45 (quarenta e cinco)\ndias, podendo ser prorrogado por igual período.",
    ),
    (
        "dou_s2_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "1º Prorrogar, impreterivelmente até 31 de outubro de\n2017, a requisição do servidor LUIZ HENRIQUE LIMA DE SÁ,",
    ),
    (
        "dou_s2_2023_05_02_p94",
        "2023-05-02",
        False,
        None,
        "1º - Prorrogar por 180 (cento e oitenta) dias o prazo para a conclusão dos\ntrabalhos da Comissão de Processo Administrativo de Responsabilização",
    ),
    (
        "dou_s2_2023_05_02_p94",
        "2023-05-02",
        False,
        None,
        "1º Prorrogar, pelo período de 1 (um) ano, a contar de 29 de abril de 2023,\no prazo das atividades do Grupo de Trabalho",
    ),
    (
        "dou_s1_2015_06_22_portaria_inep_page",
        "2015-06-22",
        False,
        None,
        "aplicar à empresa 2F & S COMÉRCIO E SERVIÇOS -\nEIRELI, CNPJ no 15.597.682/0001-39, a pena de impedimento de\nlicitar e contratar com a União pelo prazo de 8 (oito) meses, a contar\nda publicação desta Portaria no Diário Oficial da União,",
    ),
    (
        "tucano_ba_camara_do_2020_01_08",
        "2020-01-08",
        True,
        ("2020-01-02", None, 12, None),
        "Vigência: 02/01/2020, com prazo de 12 \n(doze) meses.",
    ),
    (
        "tucano_ba_camara_do_2020_01_08",
        "2020-01-08",
        True,
        ("2020-01-03", None, 12, None),
        "Vigência: a partir de 03/01/2020, com prazo de 12 \n(doze) meses.",
    ),
    (
        "tucano_ba_convenio_pf_0003_2016_extrato",
        None,
        True,
        (None, None, 60, None),
        "Da vigência e \nmodificações: O presente convenio tem vigência de 5 (cinco) anos, a partir da data de \npublicação do seu extrato, no Diário Oficial da União, para seus efeitos legais, \npodendo ser prorrogado por igual período, por meio de termo aditivo.",
    ),
    (
        "tucano_ba_extrato_convenio_caixa_pmcmv_2019",
        None,
        True,
        (None, None, 13, None),
        "EXECUÇÃO: 12 (doze) anos. \nVIGÊNCIA: 13 (Treze) meses. RECURSO: R$ 156.778,38 (Cento e cinquenta e seis \nmil setecentos e setenta e oito reais e trinta e oito centavos). Data: 30 de Outubro de \n2019.",
    ),
    ("tucano_ba_doe_1516_2021", "2021-01-01", True, None, "PRAZO DE EXECUÇÃO: 12 (doze) meses."),
    (
        "tucano_ba_lei_421_2019_autoriza_convenio_pm",
        None,
        False,
        None,
        "Esta Lei entra em vigor na data da sua publicação, com efeitos retroativos a 1º \nde março de 2019;",
    ),
    (
        "pratania_sp_do_136_2020",
        None,
        True,
        (None, None, None, 90),
        "PRAZO DE VIGÊNCIA: 90 (noventa) dias\nDATA DA ASSINATURA: 09/10/2020",
    ),
    (
        "sei_al_cbmal_plano_setorial_34730249",
        None,
        False,
        (None, "2029-12-31", None, None),
        "VIGÊNCIA\nA partir da data de publicação até 31 de dezembro de 2029.",
    ),
    (
        "sei_al_processo_e01203_0000000161_2025_full",
        None,
        False,
        None,
        "O prazo para a conclusão da sindicância é de 30\n(trinta) dias, após a publicação da portaria instauradora no Boletim Geral Ostensivo ou no Boletim Reservado do\nCBMAL.",
    ),
    ("sei_ms_parecer_454_2024_apae_barrolandia", None, False, None, "Prazo de execução 18 meses."),
    (
        "sei_ms_parecer_454_2024_apae_barrolandia",
        None,
        False,
        None,
        "Ressalta-se que as diligências pontuadas nesse Parecer devem ser respondidas em sua totalidade no prazo de 10 dias corridos\ne, exclusivamente, por meio do Transferegov, a partir da data de inserção na referida plataforma.",
    ),
    (
        "pronas_anexo3_projeto_apae_prados",
        None,
        False,
        None,
        "Validade Mínima de 12 meses a partir da data de\nentrega.",
    ),
]

# rows the grammar does not read yet, each of one source only (issue 29, item 5): an end named by an event with its date
# after it ("até o término da garantia dos 100 (cem) veículos, que se dará em 14/02/2022", DODF PCDF), a start named by
# the old term's end with its date after it ("contados do término do prazo contratual (12 de janeiro de 2020)", "a contar
# do último dia do prazo de vigência do contrato originário, isto é 28/12/2019", DODF CEASA)
KNOWN_MISSES = {2, 8, 9}


CHECK_ROWS = [
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "VIGÊNCIA: até a exoneração do cargo comissionado ou\nrevogação deste ato.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2020-01-02", None, None, None),
        "Vigência: a partir da data de\nsua assinatura. Assinam em 02 de janeiro de 2020, pela Contratante:",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-03", None, None, None),
        "VIGÊNCIA: a partir da data de assinatura. DATA DE ASSINATURA:\n03/12/2019",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2020-01-08", None, 12, None),
        "prazo de vigência: o prazo de vigência\ndo contrato será de 12 (doze) meses, contados da data de publicação do instrumento contratual na\nimprensa oficial. Da assinatura do contrato: 02 de janeiro de 2020",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        (None, None, None, 240),
        "ENTREGA/VIGÊNCIA: 180(cento e oitenta) dias consecutivos e 240 (duzentos e quarenta) dias\nconsecutivos, respectivamente.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2019-12-23", None, 12, None),
        "VIGÊNCIA: O\ncontrato terá vigência de 12 (doze) meses, a contar de 23/12/2019, conforme artigo 24, inciso IV, da Lei\nnº. 8666/93",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        ("2020-01-02", "2021-01-02", None, None),
        "Vigência: 02/01/2020 a 02/01/2021.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "por haver completado os\nrequisitos para aposentadoria e optado por permanecer em atividade, conforme Processo Sei nº. 00060-\n00381571/2019-39, com vigência a contar de 04 de setembro de 2019.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "resolve:\nProrrogar por 01 (um) ano, a partir de 04/11/2014, o prazo\nlegal do Concurso Público",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        ("2020-01-01", None, 12, None),
        "Objeto: Constitui o objeto a prorrogação do\ncontrato original de prestação de serviços, pelo prazo de 12 (doze) meses, contados a partir de 01 de janeiro de\n2020 e acréscimo no número efetivo,",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, "2021-10-31", None, None),
        "Valor: Este Acordo não implica\ntransferências de recursos públicos para a FENASEG, nem gera ônus financeiros para o DETRAN/DF\ne/ou para o Distrito Federal. Vigência: 31 de outubro de 2021. Data da assinatura: 17 de dezembro\nde 2019",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "1º Prorrogar por mais 60 (sessenta) dias, o prazo da Comissão instaurada pela Ordem de Serviço nº.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, None, None, 547),
        "ALTERAÇÃO DE CLÁUSULAS: PRAZO DE EXECUÇÃO/VIGÊNCIA: Prorrogados por\n547 (quinhentos e quarenta e sete) dias.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        True,
        (None, None, None, 90),
        "Objeto: Constitui o objeto a prorrogação do\nprazo de vigência e de execução do contrato administrativo nº 15/2018, contratação de empresa especializada\npara conclusão das obras da nova cabine de medição e das novas subestações elétricas (SE's) da CEASA-DF,\ncom substituição dos quadros de distribuição gerais de baixa tensão. (QDGBTs), pelo período de mais 90\n(noventa) dias, a contar do último dia do prazo de vigência do contrato originário.",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        True,
        (None, None, 12, None),
        "CONTRATADA: Empresa OI S/A, OBJETO: prorrogação, em caráter excepcional, pelo período de 12\n(doze) meses, com base no § 4º, inciso II, art. 57 da Lei nº 8.666/93.",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "5º O proponente deverá apresentar prestação de contas\nfinal no prazo de 30 dias a partir do término da vigência, nos termos",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        False,
        None,
        "5º Determinar que a referida apuração seja realizada no prazo de 30 dias, para conclusão dos\ntrabalhos, podendo ser prorrogada por igual período.",
    ),
    (
        "dodf_004_2020_01_07_integra",
        "2020-01-07",
        False,
        None,
        "resolve: PRORROGAR a designação para o serviço ativo no âmbito da Polícia\nMilitar do Distrito Federal, em caráter temporário pelo período de 01 a 30 de janeiro de 2020 (trinta dias),",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        ("2017-10-02", None, 60, None),
        "Outorga o Registro de Extração, prazo 5 anos, vigência a\npartir dessa publicação",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "4o O prazo de comprovação de venda do produto amparado pelo produtor rural e pela cooperativa de produtores, observado o período de vigência do Preço Mínimo, é de até 35 (trinta e\ncinco) dias corridos da data da realização do leilão.",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "3º Os leitos novos e já existentes qualificados deverão ser cadastrados no Cadastro Nacional de Estabelecimentos de Saúde (CNES), nos quantitativos previstos nos planos de ação, no prazo de 90 (noventa)\ndias após o início de vigência desta Portaria.",
    ),
    (
        "dou_s1_2017_10_02_full",
        "2017-10-02",
        False,
        None,
        "4) proceda-se ao controle do prazo previsto no artigo 13-A\nda referida resolução - 1 (um) ano - informando sobre a eventual\nnecessidade de prorrogação do referido prazo com antecedência mínima de 15 (quinze) dias;",
    ),
    (
        "dodf_005_2020_01_08_integra",
        "2020-01-08",
        False,
        None,
        "16, que preveem e prorrogam, até 31/12/2023, o\nreconhecimento de isenção,",
    ),
    (
        "dou_s1_2014_10_01_full",
        "2014-10-01",
        False,
        None,
        "a\nSEP/PR, a seu critério, poderá prorrogar antecipadamente os contratos\nde arrendamento em vigor que, cumulativamente, atendam aos seguintes requisitos:\nI - tenham sido firmados sob a vigência da Lei n° 8.630, de\n25 de fevereiro de 1993; e\nII - possuam previsão expressa de prorrogação ainda não realizada.",
    ),
]

# one source each, left: "ENTREGA/VIGÊNCIA: 180 … e 240 … dias, respectivamente" (DODF CAESB), a duration in a sentence
# after the one that names the vigência (DODF CEASA, split at "tensão. (QDGBTs)"), "prazo 5 anos, vigência a partir dessa
# publicação" (DNPM lists), "O prazo de comprovação …, observado o período de vigência do Preço Mínimo, é de até 35 dias"
CHECK_MISSES = {4, 13, 18, 19}


def months_days(v) -> tuple[int | None, int | None]:
    if v.duration_value is None:
        return None, None
    if v.duration_unit == "dias":
        return None, v.duration_value
    return v.duration_value * (12 if v.duration_unit == "anos" else 1), None


def outcome(published, instrument, text):
    """The first vigência the extractor reads, as (start, end, months, days), or None."""
    found = ordered(
        find(text, published=dt.date.fromisoformat(published) if published else None, instrument=instrument)
    )
    if not found:
        return None
    v = found[0]
    return (v.start and v.start.isoformat(), v.end and v.end.isoformat(), *months_days(v))


def right(expected, got) -> bool:
    """Start and end exact, and the duration when the row states one."""
    if expected is None or got is None:
        return expected is None and got is None
    start, end, months, days = expected
    return got[:2] == (start, end) and (months is None and days is None or got[2:] == (months, days))


def score() -> float:
    return sum(right(e, outcome(p, i, t)) for _, p, i, e, t in ROWS) / len(ROWS)


@pytest.mark.parametrize("k", range(len(ROWS)))
def test_old_corpus_row(k):
    source, published, instrument, expected, text = ROWS[k]
    if k in KNOWN_MISSES:
        pytest.xfail(f"not read yet: {source}")
    assert right(expected, outcome(published, instrument, text)), (source, text, outcome(published, instrument, text))


@pytest.mark.parametrize("k", range(len(CHECK_ROWS)))
def test_check_row(k):
    source, published, instrument, expected, text = CHECK_ROWS[k]
    if k in CHECK_MISSES:
        pytest.xfail(f"not read yet: {source}")
    assert right(expected, outcome(published, instrument, text)), (source, text, outcome(published, instrument, text))


def test_sample_shape():
    """At least 60 rows from at least 5 files, with near misses."""
    assert len(ROWS) >= 60 and len({r[0] for r in ROWS}) >= 5
    assert sum(r[3] is None for r in ROWS) >= 20
