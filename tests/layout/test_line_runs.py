"""build_lines' runs and pieces in C (pdfium_calls.line_runs, new_lines; pipeline/io/_pdfium_loops.c) and in Python:
the same lines, word for word and bit for bit, on crafted words (touching, tracked, raised, NaN and zero sizes,
words that are not plain); test_line_runs_pages.py compares them on pages of the corpus."""

from __future__ import annotations

import random
import struct
from array import array

import pytest

from seidou.io import pdfium_calls
from seidou.layout.lines import build_lines
from seidou.layout.types import Word


def _bits(lines) -> list:
    """The lines' boxes, texts and words, floats as their bits."""

    def b(v):
        return struct.pack("<d", v) if isinstance(v, float) else (type(v), v)

    return [
        (
            ln.text,
            tuple(map(b, (ln.x0, ln.top, ln.x1, ln.bottom, ln.size))),
            [
                tuple(map(b, (w.text, w.x0, w.top, w.x1, w.bottom, w.size, w.new_line, w.bold, w.tracking)))
                for w in ln.words
            ],
        )
        for ln in lines
    ]


def _both(words: list[Word], monkeypatch) -> tuple[list, list]:
    fast = _bits(build_lines(list(words)))
    with monkeypatch.context() as m:
        m.setattr(pdfium_calls, "_RUNS_BULK", None)
        m.setattr(pdfium_calls, "_LINES_MADE", None)
        slow = _bits(build_lines(list(words)))
    return fast, slow


def _crafted(seed: int) -> list[Word]:
    """Words along a few baselines, gaps from touching to wide, some tracked, raised, restarting a line."""
    rnd = random.Random(seed)
    words, x, bottom = [], 10.0, 100.0
    specials = [float("nan"), 0.0, -0.0, 1e-9, 0.05, 0.1]
    for k in range(300):
        size = rnd.choice([9.0, 9.0, 9.0, 5.5, 12.0] + ([rnd.choice(specials)] if k % 37 == 0 else []))
        if rnd.random() < 0.08:
            x, bottom = 10.0 + rnd.random() * 300, bottom + rnd.choice([0.0, 1.0, 2.7, 11.0])
        gap = rnd.choice([-0.5, -0.3, 0.0, 0.1, 0.13, 0.5, 2.0, 3.0, 30.0]) * max(size, 0.1) if size == size else 1.0
        x0 = x + gap
        text = rnd.choice(["A", "de", "Art.", "1º", "o", "-", "SA", "NTA", "PREFEITURA", "ção"])
        x1 = x0 + len(text) * 0.5 * (size if size == size else 9.0)
        raise_by = rnd.choice([0.0, 0.0, 0.0, 3.0, 0.01])
        tracking = rnd.choice([0.0] * 10 + [0.4, float("nan")])
        words.append(
            Word(
                text,
                x0,
                bottom - size - raise_by,
                x1,
                bottom - raise_by,
                size,
                new_line=rnd.random() < 0.05,
                tracking=tracking,
                bold=rnd.random() < 0.1,
            )
        )
        x = x1
    return words


@pytest.mark.parametrize("seed", range(12))
def test_crafted_words_make_the_same_lines(seed, monkeypatch):
    fast, slow = _both(_crafted(seed), monkeypatch)
    assert fast == slow and len(fast) > 5


def test_words_that_are_not_plain_go_through_python(monkeypatch):
    """An int coordinate (as no reader gives, but a caller might), a subclass: the Python loop and Line decide."""
    words = _crafted(3)
    words[5].x0 = int(words[5].x0)

    class Other(Word):
        __slots__ = ()

    words[9] = Other(*(getattr(words[9], f) for f in ("text", "x0", "top", "x1", "bottom", "size")))
    if pdfium_calls._RUNS_BULK is not None:  # the C loops say so, and leave it to Python
        assert pdfium_calls.line_runs(words, array("d", [0.0] * 4)) is None
        line = build_lines(words[:1])[0]
        slots = (pdfium_calls._WORD_SLOTS, pdfium_calls._LINE_SLOTS)
        assert pdfium_calls._LINES_MADE(type(line), *slots, words, [0, 3]) is None
    fast, slow = _both(words, monkeypatch)
    assert fast == slow
    assert build_lines([]) == []
