"""The NER rules' cheaper steps of 0.33 (issue 30) give what the steps they replace gave, on spans and names built to
probe their edges (crafted only: these tests run on every checkout)."""

from __future__ import annotations

import random

import pytest

from seidou.ner.entities import Taken


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
