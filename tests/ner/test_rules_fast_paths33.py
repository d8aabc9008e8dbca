"""The NER rules' cheaper steps of 0.33 (issue 30) give what the steps they replace gave, on spans and names built to
probe their edges (crafted only: these tests run on every checkout)."""

from __future__ import annotations

import random

import pytest

from seidou.ner import entities
from seidou.ner.entities import FileNames, Taken


def _overlaps_031(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """rules 6 and 14's test before 0.33: every span compared."""
    return any(s < b and a < e for a, b in spans)


SPANS = [
    [],
    [(5, 10)],
    [(5, 10), (5, 10), (7, 7), (0, 100)],  # doubled, empty, one holding the others
    [(0, 3), (3, 6), (6, 9)],  # touching
    [(10, 20), (12, 14), (30, 31)],
]


@pytest.mark.parametrize("spans", SPANS)
def test_taken_overlaps_as_every_span_compared(spans):
    taken = Taken(spans)
    for s in range(-2, 110):
        for e in (s, s + 1, s + 3, s + 50):
            assert taken.overlaps(s, e) is _overlaps_031(spans, s, e), (s, e)


def test_taken_as_spans_are_added():
    rng = random.Random(33)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 20)))]
        taken, known = Taken(spans), list(spans)
        for _ in range(60):
            s = rng.randint(-5, 320)
            e = s + rng.randint(0, 40)
            assert taken.overlaps(s, e) is _overlaps_031(known, s, e)
            if rng.random() < 0.3:  # (a longer span than all before it: the reach back grows)
                taken.add(s, e)
                known.append((s, e))


NAMES = {  # ((name, label), source): names of one file, some opening with the same word, one with no letter first
    ("Pedro Paulo Lima", "PESSOA"): "ner",
    ("Pedro Lima", "PESSOA"): "ner",
    ("PEDRO PAULO LIMA", "PESSOA"): "ner",
    ("Secretaria de Saúde", "ORGANIZACAO"): "rule",
    ("Secretaria de Saúde", "PESSOA"): "ner",
    ("Secretaria de Educação", "ORGANIZACAO"): "rule",
    ("COSTA & FILHOS LTDA-ME", "ORGANIZACAO"): "rule",
    ("(ABC) Comércio", "ORGANIZACAO"): "rule",
    ("Ana Lima", "PESSOA"): "ner",
}


def _candidates_032(names: dict, keys: set[str]) -> list:
    """FileNames.candidates and spread's test of the runs before 0.33: the names by their first run, sorted longer
    first, then each whose runs are not all among the text's dropped."""
    found = [item for item in names.items() if (k := entities._KEY.match(item[0][0])) and k.group() in keys]
    found = sorted(found, key=lambda x: (-len(x[0][0]), x[0]))
    return [item for item in found if entities._keys_of(item[0][0]) <= keys]


@pytest.mark.parametrize(
    "text",
    [
        "Assina Pedro Paulo Lima, da Secretaria de Saúde; PEDRO LIMA",
        "COSTA & FILHOS LTDA-ME e Ana Lima, Secretaria de Educação e Saúde",
        "Pedro, Paulo, Lima; (ABC) Comércio",
        "",
    ],
)
def test_candidates_are_the_names_whose_runs_the_text_prints(text):
    keys = set(entities._KEY.findall(text))
    known = FileNames(dict(NAMES))
    assert known.candidates(keys) == _candidates_032(NAMES, keys)
    known.names[("Ana Paula Lima", "PESSOA")] = "ner"  # a name that arrives later is looked up too
    assert known.candidates(keys) == _candidates_032(known.names, keys)


def test_spread_acronyms_follow_the_files_words_and_codes():
    known = FileNames(acronyms={"SMED", "DGO", "CENTRO"})
    assert known.spread_acronyms() == {"SMED", "DGO", "CENTRO"}
    known.collect("no centro da cidade", [])
    assert known.spread_acronyms() == {"SMED", "DGO"}
    known.collect("Código: DGO", [])
    assert known.spread_acronyms() == {"SMED"}
    known.acronyms.add("SEJUS")
    assert known.spread_acronyms() == {"SMED", "SEJUS"}
