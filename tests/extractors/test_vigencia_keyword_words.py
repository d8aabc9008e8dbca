"""vigencia.KEYWORD_WORDS, the cheap search that lets a sentence skip KEYWORD's: every alternative of KEYWORD reads one
of its words (outside look-arounds), so a sentence without them has no KEYWORD and the vigências found are the same."""

from __future__ import annotations

import pytest

from seidou.extractors import vigencia
from seidou.extractors.vigencia import KEYWORD, KEYWORD_WORD_PARTS, KEYWORD_WORDS
from seidou.patterns.mention import first_matches


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside a group or a character class, not escaped)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def without_lookarounds(pattern: str) -> str:
    """``pattern`` without its look-ahead and look-behind groups (what they read is not consumed)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def test_every_keyword_alternative_reads_one_of_the_words():
    words = KEYWORD_WORDS.pattern.split("|")
    alternatives = top_level_alternatives(KEYWORD.pattern)
    assert len(alternatives) >= 10
    for alt in alternatives:
        consumed = without_lookarounds(alt).lower()
        assert any(w in consumed for w in words), f"KEYWORD alternative without a KEYWORD_WORDS word: {alt!r}"


def test_the_words_one_by_one_are_the_alternations_matches():
    """KEYWORD_WORD_PARTS (what find counts) finds the matches of KEYWORD_WORDS, words run together and in any case."""
    for text in [*SENTENCES, " ".join(SENTENCES), "PRAZOVIGÊNCIAvalidadeVIGvigvalidadeprazo ſ Vig. PraZo;VALIDADE"]:
        parts = sorted(m.span() for p in KEYWORD_WORD_PARTS for m in p.finditer(text))
        assert parts == [m.span() for m in KEYWORD_WORDS.finditer(text)]


SENTENCES = [
    "O prazo de vigência do contrato é de 12 (doze) meses",
    "PRAZO: 48 (quarenta e oito) meses a contar da data de sua assinatura",
    "O presente termo terá validade de 12 meses",
    "Contrato com validade de 60 meses a partir do dia 08/02/19",
    "PRAZO CONTRATUAL: 12 MESES",
    "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ: 26.07.2004",
    "passando a viger de 29/05/2019 a 29/05/2020",
    "O presente Termo Aditivo entra em vigor de 08/04/2019 até 08/04/2020",
    "o contrato vigorará até 31/12/2020",
    "PRAZO DE VIGÊNCIA",
    "Nomear Maria da Silva para o cargo de Assessor, código DAS 102.3",
    "Art. 1º Fica prorrogado por mais 12 meses o contrato nº 5/2020",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_words_never_hide_a_keyword(sentence):
    assert KEYWORD.search(sentence) is None or KEYWORD_WORDS.search(sentence) is not None
    assert bool(KEYWORD_WORDS.search(sentence)) >= bool(KEYWORD.search(sentence))


def test_find_is_the_same_with_and_without_the_words(monkeypatch):
    text = (
        "EXTRATO DO CONTRATO Nº 12/2020. Contratante: Prefeitura Municipal. Objeto: serviços de limpeza.\n"
        "VIGÊNCIA: 12 (doze) meses a partir de 01/02/2020. Valor: R$ 1.000,00.\n"
        "Prorrogar por mais 6 (seis) meses o prazo de vigência do Convênio nº 3/2019.\n"
        "Data de assinatura: 31/01/2020.\n"
    )
    fast = vigencia.find(text, instrument=True)
    monkeypatch.setattr(vigencia, "KEYWORD_WORD_PARTS", (KEYWORD,))  # every sentence searched with KEYWORD itself
    assert vigencia.find(text, instrument=True) == fast
    assert fast


def test_every_prorrogacao_alternative_reads_its_letters():
    alternatives = top_level_alternatives(vigencia.PRORROGACAO.pattern)
    assert len(alternatives) >= 8
    for alt in alternatives:
        consumed = without_lookarounds(alt).lower().replace("[pp]", "p").replace("[ff]", "f")
        assert vigencia.PRORROGACAO_LETTERS in consumed, f"PRORROGACAO alternative without its letters: {alt!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Prorrogar por mais 6 (seis) meses o prazo de vigência do Convênio nº 3/2019.",
        "OBJETO: PRORROGAÇÃO DO PRAZO de vigência por mais 12 meses, a partir de 01/02/2020.",
        "OBJETO: PrOrRoGaÇãO, em caráter excepcional, pelo período de 12 (doze) meses.",
        "Fica prorrogado por mais 12 meses o contrato nº 5/2020, a partir de 01/01/2021.",
        "VIGÊNCIA: 12 (doze) meses a partir de 01/02/2020.",
    ],
)
def test_find_is_the_same_without_the_letters_check(monkeypatch, text):
    """The letters check (a sentence without them is not searched with PRORROGACAO) gives the same vigências as
    searching every sentence."""
    fast = vigencia.find(text, instrument=True)
    monkeypatch.setattr(vigencia, "PRORROGACAO_LETTERS", "")  # every text holds "": every sentence searched
    assert vigencia.find(text, instrument=True) == fast
    if "rorrog" in text.lower():
        assert vigencia.PRORROGACAO.search(text) is not None


def test_the_parts_give_keywords_match():
    """KEYWORD_PARTS, KEYWORD's alternatives one by one: the first of their matches is KEYWORD's (find reads them)."""
    assert "|".join(p.pattern for p in vigencia.KEYWORD_PARTS) == KEYWORD.pattern
    sentences = [
        *SENTENCES,
        "Prazo de vigência: 12 meses. O presente termo terá validade de 24 meses; vigorará até 31/12/2020",
        "O contrato com validade de 60 meses, prazo: 12 meses, vigorando desde 01/01/2020",
        "A Certidão Negativa terá validade de 180 dias; do prazo: sem efeito; entra em vigor em 01/02/2020",
    ]
    for sentence in sentences:
        kw = KEYWORD.search(sentence)
        part = next(first_matches(vigencia.KEYWORD_PARTS, sentence), None)
        assert (part.span() if part else None) == (kw.span() if kw else None), sentence
