"""Vigência, issue 29 round 4 (seidou.extractors.vigencia@12, narrowed @13 by review rev27a): an instrument's "validade até DATE" ends its period when the
sentence goes on after the date, "até" read across a label's colon. Rows from real documents with near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from seidou.extractors.vigencia import find, joined, ordered

D = dt.date


def first(text: str):
    rows = ordered(joined(find(text, signed=None, published=None, instrument=True)))
    return (rows[0].start, rows[0].end, rows[0].duration_value) if rows else None


# (source, text, (start, end, duration value))
ROWS = [
    (  # the ata's validity in its heading, the preamble going on in the same sentence
        "DODF 2004-01-26 SEF, ata 017/2004",
        "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ: 26.07.2004 A Gerência de Registro de Preços da Diretoria "
        "de Pesquisa e Registro de Preços da Subsecretaria de Compras e Licitações/SEF, em cumprimento ao disposto",
        (None, D(2004, 7, 26), None),
    ),
    (  # the second source of "validade até" as the instrument's end (from the signing: no signing date printed here)
        "DOM-CE APRECE 2.974 (2022), Catunda extrato de contrato",
        "VALOR E VIGÊNCIA: R$ 24.775,86, com prazo de validade até 31 de dezembro de 2022, a contar da data de assinatura "
        "do contrato. DATA DA ASSINATURA: 01/06/2022.",
        (D(2022, 6, 1), D(2022, 12, 31), None),
    ),
    (  # review rev27a: the keyword's own "prazo de validade" of an ata, the end before it (a prorrogação's order)
        "constructed: a prorrogação of an ata de registro de preços' prazo de validade",
        "Prorrogar até 30/06/2025 o prazo de validade da Ata de Registro de Preços nº 10/2024, mantidas as condições",
        (None, D(2025, 6, 30), None),
    ),
    (  # review rev27a: an instrument's validity named in the sentence, a prorrogação's key (constructed)
        "constructed: a prorrogação of an ata's validade",
        "Prorroga-se até 30/06/2025 a validade da Ata de Registro de Preços nº 10/2024, mantidas as condições",
        (None, D(2025, 6, 30), None),
    ),
    (  # "até:" with a label's colon inside a vigência
        "DODF 2004-01-26 shape, the vigência's own word",
        "VIGÊNCIA ATÉ: 31/12/2004 conforme cláusula quinta do contrato",
        (None, D(2004, 12, 31), None),
    ),
]


@pytest.mark.parametrize("source,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_vigencia_round4(source, text, expected):
    assert first(text) == expected, source


@pytest.mark.parametrize(
    "text",
    [
        # a guarantee's or a licence's validity is no instrument's (review26 near misses, DOU S1 2014 DNPM)
        "seguro-garantia do contrato, apólice nº 123, validade até: 31/12/2024, em favor da contratante",
        "JEQUITINHONHA/MG - Guia n° 219/2014-3.120 toneladas/ano-Granito (Revestimento)- Validade:08/08/2017 ou PL",
        # a certificate beside the instrument's name
        "certidão do contrato com validade até: 31/12/2024, renovável",
        # "até" with a colon that is no date's
        "a ata vale até: conforme edital",
        # review rev27a: a bid's validity, not the ata's or the contract's — beside the ata's name (DODF 2004 ata heading
        # shape), or under another keyword ("PRAZO:", extratos of every gazette) with "validade" elsewhere in the sentence
        "ATA DE REGISTRO DE PREÇOS Nº 3/2024, cuja proposta tem validade até 30/06/2024, conforme edital",
        "CONTRATO Nº 5/2023. PRAZO: conforme proposta com validade até 20/01/2024 e demais condições do edital",
        "Fica prorrogada até 30/06/2025 a validade das propostas do Pregão Eletrônico nº 10/2024, conforme o edital",
    ],
)
def test_near_misses_round4(text):
    assert first(text) is None
