"""test_rules_fast_paths.py's checks on the documents of two real DOU pages (../shared): the acronyms of each
document and of many at once found with ``str.find`` as by their regexes, the word before a name found from the tail
as from the line's start at 2,000 places of each document."""

from __future__ import annotations

import random

import pytest
import regex

from seidou.ner import entities

from ..conftest import FIXTURES
from .test_rules_fast_paths import (
    long_words_both_ways,
    regex_hits,
    span,
    word_before_from_line_start,
    word_before_from_tail,
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from seidou.runner.process import process_file

    rows = process_file(str(FIXTURES / "dou_s1_2014_10_01_p020-021.pdf"), "t", ner="off", tables="off").rows
    return [d["text"] for d in rows["documents"]]


def acronym_sets(text: str, rng: random.Random) -> list[set[str]]:
    printed = sorted(set(regex.findall(r"\p{Lu}[\p{Lu}\d]{1,11}(?:/\p{Lu}{2,}|-[A-Z]{2})?", text)))
    few = set(rng.sample(printed, min(3, len(printed))))
    many = set(rng.sample(printed, min(entities.FEW_ACRONYMS + 20, len(printed)))) | {"NOWHERE", "SEJUS"}
    return [few, many]


def test_acronym_hits_are_the_regexes_matches_on_real_pages(texts):
    rng = random.Random(31)
    for text in texts:
        for chosen in acronym_sets(text, rng):
            taken = [(k, k + 60) for k in range(0, len(text), 500)]
            assert entities.acronym_hits(text, chosen, taken) == regex_hits(text, chosen, taken)


def test_the_word_before_a_name_is_found_from_the_tail_on_real_pages(texts):
    rng = random.Random(31)
    for text in texts:
        for s in rng.sample(range(len(text) + 1), min(2000, len(text) + 1)):
            assert span(word_before_from_tail(text, s)) == span(word_before_from_line_start(text, s))


def test_org_fields_are_the_regexes_matches_on_real_pages(texts):
    for text in texts:
        assert [m.span() for m in entities.org_fields(text)] == [m.span() for m in entities.ORG_FIELD.finditer(text)]


def test_the_words_read_backwards_are_the_words_read_forwards_on_real_pages(texts):
    for text in texts:
        forward, backward = long_words_both_ways(text)
        assert backward == forward
