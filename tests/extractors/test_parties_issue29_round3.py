"""parties@11 (issue 29, session 24): rows from real documents (short snippets, source named) and near misses."""

from __future__ import annotations

import pytest

from seidou.extractors.parties import parties

# Two sides of a plural label's list on one line, each closed by its CNPJ (DOM Salvador resumos de convênio: the PDFs
# have no text layer; the lines as the page pictures print them)
ONE_LINE = [
    (
        "DOM Salvador 6393 (2015) resumo de convênio 013/2015",
        "RESUMO DE CONVÊNIO Nº 013/2015\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 ASSOCIAÇÃO BOM SAMARITANO -"
        " CNPJ 03.664.581/0001-54\nOBJETO: Constitui objeto do presente termo o apoio financeiro da SEMPS à CONVENIADA\n"
        "PELO MUNICÍPIO/SEMPS: BRUNO SOARES REIS Secretário\nPELA CONVENIADA:\nRITA DA ANUNCIAÇÃO SANTOS CRUZ\nPresidente",
        [
            ("concedente", "PMS/SEMPS", "13927801001706"),
            ("convenente", "ASSOCIAÇÃO BOM SAMARITANO", "03664581000154"),
        ],
    ),
    (
        "DOM Salvador 6770 (2017) resumo de aditivo",
        "RESUMO DE ADITIVO\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 OBRAS SOCIAIS IRMÃ DULCE - CNPJ nº"
        " 15.178.551/0001-17\nOBJETO: O presente termo aditivo tem por objeto a prorrogação do prazo de vigência do"
        " convênio 022/2012",
        [
            ("concedente", "PMS/SEMPS", "13927801001706"),
            ("convenente", "OBRAS SOCIAIS IRMÃ DULCE", "15178551000117"),
        ],
    ),
    (
        # near miss: the words after the CNPJ carry no CNPJ of their own: no second side there (the list's old reading)
        "near miss: words in capitals after a CNPJ without their own CNPJ (shape of DOM Salvador 6393)",
        "RESUMO DE CONVÊNIO Nº 013/2015\nCONVENENTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 OBJETO DO CONVÊNIO\n"
        "OBJETO: apoio financeiro",
        [("participe", "PMS/SEMPS", "13927801001706")],
    ),
    (
        # near miss: a CNPJ followed by its own second CNPJ-less text and an "e a" side keeps the " e a " split
        "near miss: 'CNPJ … E A ASSOCIAÇÃO …' splits at the article as before (DOM Salvador 7057, 2018)",
        "RESUMO DE CONVÊNIO Nº 01/2018\nPARTES: PMS/SEMPS - CNPJ. 13.927.801/0017-06 E A ASSOCIAÇÃO BOM SAMARITANO -"
        " CNPJ 03.664.581/0001-54\nOBJETO: apoio financeiro da SEMPS à CONVENIADA",
        [("participe", "PMS/SEMPS", "13927801001706"), ("participe", "ASSOCIAÇÃO BOM SAMARITANO", "03664581000154")],
    ),
]


@pytest.mark.parametrize("source,text,expected", ONE_LINE, ids=[r[0] for r in ONE_LINE])
def test_two_sides_on_one_line_each_closed_by_its_cnpj(source, text, expected):
    assert [(p.role, p.name, p.cnpj) for p in parties(text, prose=True)] == expected


ROLE_RAW = [
    (
        "a side named by its signer's label: the label with its 'Pela' | DODF 39 2019 CAESB 4º termo aditivo",
        "COMPANHIA DE SANEAMENTO AMBIENTAL DO DISTRITO FEDERAL\nEXTRATOS DE ADITIVO\n4° Termo Aditivo ao Contrato"
        " 8516/2014. OBJETO: Prorrogação. ASSINANTES: Pela CAESB: Daniel Beltrão de Rossiter Corrêa - Presidente."
        " Pela DILETTO ALIMENTOS EIRELI: Fulano de Tal Souza.",
        [("contratante", "Pela CAESB"), ("contratada", "Pela DILETTO ALIMENTOS EIRELI")],
    ),
    (
        "an ata's firms after 'e as empresas': the word that names them | DODF 3 2021 METRÔ-DF ata 003/2020",
        "ESPÉCIE: Ata de Registro de Preços n° 003/2020 - METRÔ-DF. Firmada entre o METRÔ-DF e as empresas QUALITE"
        " DISTRIBUIDORA EIRELI; CNPJ n° 16.754.240/0001-11, item 01, Valor: R$ 70.350,00 e SULMINAS FIOS & CABOS LTDA,"
        " CNPJ: 04.210.938/0001-97, itens 2, 3 e 4. Objeto: aquisição de cabos.",
        [("contratante", None), ("contratada", "empresas"), ("contratada", "empresas")],
    ),
    (
        "near miss: a label of firms keeps its words | DODF 39 2019 SEPLAG ata 03/2019",
        "EXTRATO DA ATA DE REGISTRO DE PREÇOS Nº 03/2019. Empresas vencedoras e itens homologados: COPEL COMÉRCIO DE"
        " EQUIPAMENTOS E SERVIÇOS EIRELI - 10.247.876/0001-90, itens 1 e 42. Vigência: 12 meses.",
        [("contratada", "Empresas vencedoras e itens homologados")],
    ),
]


@pytest.mark.parametrize("source,text,expected", ROLE_RAW, ids=[r[0] for r in ROLE_RAW])
def test_role_raw_round3(source, text, expected):
    from seidou.extractors.parties import _with_ata_firms

    got = _with_ata_firms(text, "ata_registro_precos") if "ATA DE" in text.upper() else parties(text, prose=True)
    assert [(p.role, p.role_raw) for p in got] == expected
