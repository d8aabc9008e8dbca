"""The NER rules' cheaper steps of 0.31 (issue 30) give what the steps they replace gave: acronyms found with
``str.find`` instead of one regex per acronym, the word before a name searched for from the word right before it
instead of from the line's start, the acronyms a position is held in kept per text. Checked on crafted texts here
and on the documents of real pages in test_rules_fast_paths_real.py."""

from __future__ import annotations


import pytest
import regex

from seidou.ner import entities, names

CRAFTED = [
    "O Presidente do IPREVTEO, GERALDO; o IPREVTEO/AL e IPREVTEOS; (SES-DF) SES-DFX SES-DF/RJ SES",
    "a SEJUS, SEJUSPREV, xSEJUS, 1SEJUS, /SEJUS, SEJUS/DF, SEJUS/df, SEJUS²; SEJUS-SEJUS-SEJUS",
    "ANA ANA\nANA;ANAb ANA2 ÁANA ANA.",
    "ver 1A, -A e ² aqui; o 1A e o SES",  # acronyms not opening with a capital (review31: lost past FEW_ACRONYMS)
]


def regex_hits(text, acronyms, taken):
    """acronym_hits as it was: one regex per acronym, its matches left to right."""
    out = []
    for acronym in sorted(acronyms):
        pattern = regex.compile(rf"(?<![\p{{L}}\d/]){regex.escape(acronym)}(?![\p{{L}}\d]|/\p{{Lu}})")
        for m in pattern.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in taken):
                out.append(m.span())
    return out


@pytest.mark.parametrize("text", CRAFTED)
def test_acronym_hits_are_the_regexes_matches(text):
    acronyms = set(regex.findall(r"\p{Lu}[\p{Lu}\d]*(?:[-/]\p{Lu}+)?", text)) | {"1A", "-A", "²"}
    many = acronyms | {f"NOWHERE{k}" for k in range(entities.FEW_ACRONYMS)}
    for chosen in (acronyms, many, {"SEJUS"}, {"ANA", "SES-DF"}):
        for taken in ([], [(0, 12)], [(2, 40)]):
            assert entities.acronym_hits(text, chosen, taken) == regex_hits(text, chosen, taken)


def word_before_from_line_start(text, s):
    line_start = text.rfind("\n", 0, s) + 1
    return entities._WORD_BEFORE.search(text, line_start, s)


def word_before_from_tail(text, s):
    line_start = text.rfind("\n", 0, s) + 1
    tail = entities._TAIL_BEFORE.match(text, line_start, s)
    return entities._WORD_BEFORE.search(text, tail.start(), s) if tail is not None else None


def span(m):
    return None if m is None else (m.span(), m.span(1))


@pytest.mark.parametrize(
    "text",
    ["Ministro José Múcio Monteiro", "CLAUDIA MARIA DE JESUS", "3.Fulano Silva", "d'Ávila-Souza  Lima", "a\n Bia"],
)
def test_the_word_before_a_name_is_found_from_the_tail(text):
    for s in range(len(text) + 1):
        assert span(word_before_from_tail(text, s)) == span(word_before_from_line_start(text, s))


def test_led_acronyms_kept_are_the_ones_read():
    text = "O Presidente do IPREVTEO, GERALDO; Diretor Geral do DNIT"
    assert entities.led_acronyms(text) == entities.led_acronyms.__wrapped__(text) == {"IPREVTEO", "DNIT"}
    assert isinstance(entities.led_acronyms(text), frozenset)  # (kept: nobody may change it)


@pytest.mark.parametrize(
    "text",
    [
        "Organização da Sociedade Civil: Lar Cristo Rei\nEmpresa: SOMA/MG LTDA CNPJ: 1\nhora: 10:30",
        "x\n1) EMPRESA VENCEDORA DO ITEM 01: D. L. BATISTA INSCRITA NO CNPJ\nEntidade:\nOSC: Abrigo Jesus",
        "sem campo algum\n\nEmpresa Lar: não\n:\n::Empresa: A B",
    ],
)
def test_org_fields_are_the_regexes_matches(text):
    assert [m.span() for m in entities.org_fields(text)] == [m.span() for m in entities.ORG_FIELD.finditer(text)]


def long_words_both_ways(text):
    forward = [w.span() for w in reversed(list(names._LONG_WORD.finditer(text, 2, len(text) - 1)))]
    return forward, [w.span() for w in names._LONG_WORD_BACK.finditer(text, 2, len(text) - 1)]


@pytest.mark.parametrize("text", ["x Núcleo de Segurança do Paciente-NSP", "-'d'Ávila-' e ’x l'-  O'Neil-", "a ' - b"])
def test_the_words_read_backwards_are_the_words_read_forwards(text):
    forward, backward = long_words_both_ways(text)
    assert backward == forward


@pytest.mark.parametrize(
    "text",
    [
        "CAP PM FARM Rebecca Gonçalves Di Lêu",
        "Maj PM Med RG 76.611 Flávio dos Santos",
        "MAJ QOA BM MAT. 71650-2 Claudio Silva de Melo;",
    ],
)
def test_a_ranked_name_needs_a_code_the_prefilter_finds(text):
    # ranked() returns nothing where _CODE_OR_REG finds nothing: every name it reads has one in its head
    for m in names.RANKED.finditer(text):
        head = text[m.start() : m.start("name")]
        if names._CODE_OR_REG.search(head):
            assert names._CODE_OR_REG.search(text) is not None
    assert names.ranked(text)
    assert names.ranked("CAP Fulano de Tal, CEL Beltrano Silva") == []


@pytest.mark.parametrize("left", ["Comissão de Seleção ", "Dr. Fulano  ", "a.Samantha De ", "x\tP. ", "sem espaço", ""])
def test_the_word_left_of_a_name_is_found_from_the_tail(left):
    # (within one line, as grown_person reads it: a text ending in a line feed differs, "$" matching before it)
    from seidou.ner.shape import _TAIL_LEFT, _WORD_LEFT

    for k in range(len(left) + 1):
        part = left[:k]
        tail = _TAIL_LEFT.match(part)
        fast = _WORD_LEFT.search(part, tail.start()) if tail is not None else None
        assert span(fast) == span(_WORD_LEFT.search(part))
