"""The NER rules' cheaper steps of 0.32 (issue 30) give what the steps they replace gave, on strings built to probe
their edges and on real pages (tests/page_texts.py: none without the corpus)."""

from __future__ import annotations

import pytest
import regex

from seidou.ner import entities, names
from seidou.patterns import orgaos

from ..page_texts import real_texts

# names._DEFINED as it was (0.31): a search that may open on the spaces and tabs before the dash or bracket
DEFINED_031 = regex.compile(
    r"(?:[ \t]*[-–][ \t]*|-|[ \t]*\()(?P<acr>\p{Lu}[\p{Lu}\d]{2,9})(?=\)|[ \t]*[,.;:/\n]|[ \t]+[-–]|[ \t]+\p{Ll}|$)"
)

DEFINITIONS = [
    "JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB, e a FUNDAÇÃO – FIDI\nHorto Santos Lima (HCFSL) e o DNIT",
    "Departamento Nacional de Infraestrutura de Transportes-DNIT; -ABC -ABCD\t \t-\t EFG/ \t(HIJ)(KLM) x",
    "ABC - DEF - GHI - JKL\n -MNO  \t( PQR) (STU)\t(VWX",
    "  -ABC",
    "-ABC",
    " (ABC1) -AB -A1B2C3D4E5F6 -A1B2C3D4E5 -ÉÇÃ ok",
    "",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_definitions_are_the_regexes_matches(text):
    assert names._definitions(text) == [(m.start(), m["acr"]) for m in DEFINED_031.finditer(text)]


def test_definitions_are_the_regexes_matches_on_real_pages():
    found = 0
    for text in real_texts():
        expected = [(m.start(), m["acr"]) for m in DEFINED_031.finditer(text)]
        assert names._definitions(text) == expected
        found += len(expected)
    assert found > 50 or not real_texts()


# orgaos' head words as 0.31 wrote them: one alternation of their forms, longest first
HEADS_031 = "|".join(
    sorted({v for h in orgaos.HEADS.split("|") for v in (h, h.upper().replace("\\S", "\\s"))}, key=len, reverse=True)
)
HEADED = [
    "a Secretaria-Executiva do Ministério; a Secretaria-Executivo; SECRETARIA-EXECUTIVA DE GESTÃO; Secretaria-",
    "Coordenação-Geral de Saúde, Coordenação-Gera de X, COORDENAÇÃO-GERAL DE LOGÍSTICA e Coordenação De Obras",
    "o CORPO  DE\tBOMBEIROS MILITAR, o Corpo de Bombas Gerais, Corpo\nde\nBombeiros Militar do DF",
    "Junta Comercial do Estado, JUNTA COMERCIAL DA BAHIA, Junta Médica Oficial; Administração Regional de Taguatinga",
    "ADVOCACIA-GERAL DA UNIÃO, Advocacia-Geral da União, Lar Cristo Rei, Larissa Maria, LAR SÃO VICENTE, Laranja",
    "Ministérios da Saúde; MinistérioDa Saúde; xMinistério da Saúde; 1Secretaria de Obras; Câmara Municipal X",
    "",
]


def _heads_031(pattern):
    return regex.compile(pattern.pattern.replace(orgaos._HEADS_CASED, HEADS_031), pattern.flags)


@pytest.mark.parametrize("pattern", [orgaos.PATTERN, orgaos.HEAD_ANYWHERE, orgaos._HEAD_START])
def test_the_head_words_tree_matches_as_their_alternation(pattern):
    before = _heads_031(pattern)
    assert before.pattern != pattern.pattern
    found, real = 0, real_texts()
    for text in HEADED + real:
        expected = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected
        found += len(expected)
    assert found > (20 if real else 3)  # the crafted texts alone: a few heads of each pattern


LED_031 = regex.compile(
    rf"(?<![\p{{L}}])(?:{entities._POSITIONS})[ \t]+(?:do|da|desta|deste)[ \t]+(?P<acr>[A-Z]{{3,10}})"
    r"(?![\p{L}\d\-/])(?![ \t]+\p{Lu}{2})"
)
LED = [
    "O Presidente do IPREVTEO, GERALDO; Diretor Geral do DNIT; Diretora Geral da PCDF; Diretor-Geral da UNESCO",
    "Diretor do DNIT; Diretora do DNIT; Diretor  Geral do DNIT; Diretor-Presidente do SLU; Vice-Presidente do INSS",
    "Secretário-Executivo do MEC, Secretária da SEDUC, Vice-Reitora da UFBA, xPresidente do IBAMA, Presidente do CONSELHO",
    "Coordenador-Geral da CGU\nReitor do IFAL; Reitora desta UFAL; Procurador-Geral deste MPDFT-DF",
]


def test_the_positions_tree_matches_as_their_alternation():
    found, real = 0, real_texts()
    for text in LED + real:
        expected = [(m.span(), m.groups()) for m in LED_031.finditer(text)]
        assert [(m.span(), m.groups()) for m in entities._LED_ACRONYM.finditer(text)] == expected
        found += len(expected)
    assert found > (10 if real else 5)


def repeated_head_cuts_031(text, start, end):
    """orgaos._repeated_head_cuts as it was (0.31): every capitalised word after the head compared with it."""
    head = orgaos._HEAD_WORD.match(text, start, end).group().casefold()
    cuts = []
    for m in orgaos._REPEATED_HEAD.finditer(text, start + len(head), end):
        if m["head"].casefold() == head:
            before = text[start : m.start()].split()
            if before and before[-1].lower() not in orgaos.CONNECTORS:
                cut = m.start()
                while cut > start and text[cut - 1].isspace():
                    cut -= 1
                cuts.append((cut, m.start()))
    return cuts


REPEATED = [
    "FACULDADE DE TECNOLOGIA DE NOVO CABRAIS FACULDADE SALESIANA DE SANTA TERESA",
    "Secretaria de Saúde Secretaria de Educação; Secretaria de Secretarias; Secretaria da Secretaria Geral",
    "Straße Nova STRASSE Velha Straße; Faculdade ẞ FACULDADE\nFaculdade",
]


def test_a_head_printed_once_needs_no_walk():
    for text in REPEATED + real_texts():
        for m in orgaos.PATTERN.finditer(text):
            expected = repeated_head_cuts_031(text, m.start(), m.end())
            assert orgaos._repeated_head_cuts(text, m.start(), m.end()) == expected
    assert orgaos._repeated_head_cuts(REPEATED[0], 0, len(REPEATED[0])) == [(39, 40)]
