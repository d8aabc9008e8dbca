"""The edition date of a gazette's front-page masthead (seidou.documents.build.MASTHEAD): the forms real mastheads print,
and an instrument's words that are no masthead (a file of origin 'other' takes its publication date from it)."""

from __future__ import annotations

import pytest

from seidou.documents.build import MASTHEAD


@pytest.mark.parametrize(
    "source,text",
    [
        ("DOE-RJ 2023-03-14", "ANO XLIX - Nº 047\nTERÇA-FEIRA, 14 DE MARÇO DE 2023"),
        ("DODF 2021-01-06", "ANO L EDIÇÃO Nº 3 BRASÍLIA - DF, QUARTA-FEIRA, 6 DE JANEIRO DE 2021"),
        ("DOM-BH 2024-11-29", "ANO XXX • N° 7.143\nGABINETE DO PREFEITO"),
        ("DOE-BA 2020-01-21", "ANO CIV - No\n 22.825\nEXEMPLAR DE ASSINANTE"),
        ("DOM-AL 2023-08-28", "ANO X | Nº 2121\nwww.diariomunicipal.com.br/ama 1"),
        ("Câmara de Tucano-BA 2020-01-08", "Ano VIII • Nº 250\nCâmara Municipal de"),
    ],
)
def test_masthead(source, text):
    assert MASTHEAD.search(text)


@pytest.mark.parametrize(
    "text",
    [
        # review26: an instrument's "ano civil" before a law's number and date
        "durante o ano civil, conforme Lei nº 14.133, de 1º de abril de 2021",
        "exercício do ano civil, na forma do Decreto nº 10.024, de 20 de setembro de 2019",
        "no ano II do Programa, Processo nº 12, de 5 de maio de 2020",
    ],
)
def test_no_masthead(text):
    assert not MASTHEAD.search(text)
