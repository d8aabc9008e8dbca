"""The cheap gates of the e-signature grammars (patterns.esig._common.prints): a text a grammar's gate turns away has
none of its stamps, so find gives the same hits with and without the gate."""

from __future__ import annotations

import pytest

from seidou.patterns.esig import _common, adobe_sign, icp_appearance, onedoc, sigpub, sp_sem_papel

from ..page_texts import real_texts

STAMPS = [
    "Documento assinado eletronicamente por MARIA SOUZA (maria.souza@example.org)\nData da assinatura: "
    "03/08/2021 14:31:21 GMT",
    "Assinado de forma digital por ANA LIMA:12345678901 Dados: 2024.01.05 10:11:12 -03'00'",
    "Digitally signed by ANA LIMA Date: 2024.01.05 10:11:12 -03'00'",
    "ASSINADO DIGITALMENTE POR JOSÉ SILVA 2024.01.05 10:11:12",
    "Assinado por 2 pessoas: ANA LIMA e JOSÉ SILVA\nPara verificar a validade das assinaturas, acesse "
    "https://x.1doc.com.br/verificacao/ABCD e informe o código 1A2B-3C4D-5E6F-7A8B",
    "Publicado por: Fulano de Tal\nCódigo Identificador:A3A211CE",
    "Fulano de Tal Código Identificador:A3A211CE",
    "CÓDIGO IDENTIFICADOR: A3A211CE",
    "Um texto sem carimbo algum.",
]


@pytest.mark.parametrize("text", STAMPS)
def test_the_gates_turn_away_no_stamp(monkeypatch, text):
    modules = (adobe_sign, icp_appearance, onedoc, sigpub)
    gated = [m.find(text) for m in modules]
    for m in (icp_appearance, onedoc, sigpub):
        monkeypatch.setattr(m, "prints", lambda text, *words: True)
    assert [m.find(text) for m in modules] == gated


def test_most_stamps_are_read():
    modules = (adobe_sign, icp_appearance, onedoc, sigpub)
    assert sum(any(m.find(t) for m in modules) for t in STAMPS) >= 5  # (the others are near misses)


def test_prints_is_any_case():
    assert _common.prints("ASSINADO por", "assinado")
    assert _common.prints("Digitally", "assinado", "digitally")
    assert not _common.prints("assinatura", "assinado")


def test_an_adobe_stamp_prints_an_address():
    """adobe_sign's gate: every match of its PATTERN holds "@" (the signer's e-mail address)."""
    assert adobe_sign.find(STAMPS[0]) and adobe_sign.find(STAMPS[0].replace("@", " ")) == []


def test_the_opened_patterns_match_as_finditer():
    """The stamps' openings tried where their first words start (mention.Opened) give the patterns' finditer matches:
    on the stamps above, every case and a leading "Documento" with and without the verb, and real pages."""
    crafted = STAMPS + [
        "documento ASSINADO ELETRONICAMENTE POR ANA (a@b.c) Signature Date: 2021-08-03 - 2:31 PM GMT; Documento x",
        "e-SIGNED BY Ana (a@b.c) Data da assinatura: 03/08/2021 14:31; Autenticado com senha por X - 01/02/2020 10:20",
        "VERIFICAÇÃO DAS ASSINATURAS Código para verificação: 1A2B-3C4D-5E6F-7A8B assinado digitalmente pelos seguintes "
        "signatários; AssInAdO dE fOrMa DiGiTaL pOr ANA; digitally signed by X; Assinado com senha por Y",
    ]
    found = 0
    for text in crafted + real_texts():
        for opened in (sp_sem_papel.HEADS, adobe_sign.STAMPS, icp_appearance.ANCHORS, onedoc.MANIFESTS):
            expected = [(m.span(), m.groups()) for m in opened.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in opened.finditer(text)] == expected
            found += len(expected)
    assert found >= 10
