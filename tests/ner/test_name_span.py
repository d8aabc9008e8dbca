"""entities.name_span, where rule_names finds a row's name: the search of the name's regex (its words, any spacing
between them, any case), without compiling it where the text prints the name as given at the row's start."""

from __future__ import annotations

import pytest

from seidou.ner.entities import _name_regex, name_span

TEXT = "Contratada: MARIA  DA SILVA\nSOUZA, CPF ***; assina Maria da Silva Souza; Ana Lima\tPereira."


@pytest.mark.parametrize(
    "name,start,end",
    [
        ("Maria da Silva Souza", 12, len(TEXT)),  # in capitals, two spaces and a line end between its words
        ("Maria da Silva Souza", 52, len(TEXT)),  # as given, at its start
        ("Maria da Silva Souza", 52, 70),  # as given, but past the end
        ("Maria da Silva Souza", 50, len(TEXT)),  # as given, after the start
        ("Ana Lima Pereira", 74, len(TEXT)),  # a tab between two words
        ("Ana Lima", 74, len(TEXT)),
        ("Ana  Lima", 74, len(TEXT)),  # the name with two spaces
        ("Ana", 74, 77),
        ("Ana", 74, 76),
        ("Pedro Paulo", 0, len(TEXT)),  # not printed
    ],
)
def test_name_span_is_the_name_regexs_search(name, start, end):
    m = _name_regex(name).search(TEXT, start, end)
    assert name_span(TEXT, name, start, end) == (m.span() if m else None)
