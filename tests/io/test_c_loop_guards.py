"""What the C loops that make words and lines (pipeline/io/_pdfium_loops.c through pdfium_calls) refuse or leave to
Python, on crafted inputs: numbers not given as doubles, types they cannot fill as calling them would (a subclass,
a ``__post_init__``, a Line of other fields), collections that would run Python code inside them; and the runs and
lines they make compared with the Python loop's directly, at the limits where the later layout steps would hide a
difference."""

from __future__ import annotations

import struct
import subprocess
import sys
import textwrap
from array import array
from dataclasses import astuple, dataclass

import pytest

from seidou.io import pdfium_calls
from seidou.layout import lines
from seidou.layout.types import Line, Word

BUILT = pytest.mark.skipif(pdfium_calls._LIB is None, reason="the C loops were not built (no C compiler)")


def _bits(rows) -> list:
    return [tuple(struct.pack("<d", v) if isinstance(v, float) else (type(v), v) for v in row) for row in rows]


@BUILT
def test_numbers_not_given_as_doubles_are_refused():
    """The C reads the measured numbers and the limits by address as doubles: a float array (half the bytes)
    would be read past its end."""
    with pytest.raises(TypeError):
        pdfium_calls.new_words(Word, ["a", "b"], array("f", [1.0] * 12))
    with pytest.raises(TypeError):
        pdfium_calls.line_runs([Word("a", 1.0, 2.0, 3.0, 4.0, 5.0)], array("f", [0.0] * 4))
    with pytest.raises(TypeError):
        pdfium_calls.line_runs([Word("a", 1.0, 2.0, 3.0, 4.0, 5.0)], array("d", [0.0] * 3))


@dataclass(slots=True)
class Sub(Word):
    mark: str = "x"


@dataclass(slots=True)
class Shouting(Word):
    def __post_init__(self):
        self.text = self.text.upper()


@pytest.mark.parametrize("kind", [Sub, Shouting])
def test_types_the_c_cannot_fill_are_called(kind):
    """A subclass's inherited slots and a __post_init__ (Python the C would not run): calling the class decides."""
    measured = array("d", [1.0, 2.0, 3.0, 4.0, 5.0, 0.0] * 2)
    assert pdfium_calls._slots_and_defaults(kind) is None
    assert pdfium_calls.new_words(kind, ["ab", "c"], measured) == [kind("ab", 1.0, 2.0, 3.0, 4.0, 5.0)] + [
        kind("c", 1.0, 2.0, 3.0, 4.0, 5.0)
    ]


def test_a_line_of_other_fields_is_called():
    """A Line with a field more (or fewer) would get that slot unset from the C: such a type is called."""

    @dataclass(slots=True)
    class Marked(Line):
        bold: bool = False

    words = [Word("a", 1.0, 2.0, 3.0, 4.0, 5.0), Word("b", 4.0, 2.0, 6.0, 4.0, 5.0)]
    assert pdfium_calls._plain_line(Line)
    assert not pdfium_calls._plain_line(Marked)
    made = pdfium_calls.new_lines(Marked, words, [0, 1])
    assert [(m.text, m.bold, m.x1) for m in made] == [("a", False, 3.0), ("b", False, 6.0)]


def _python_runs(words, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(pdfium_calls, "_RUNS_BULK", None)
        return lines._runs(words)


def _at_the_limits() -> list[list[Word]]:
    """Word pairs exactly at each limit of the runs (baseline tolerance, the overlap allowed, the run gap, the
    touching band) and either side of it, with sizes of 0.0 and -0.0 in one line."""
    h = 10.0
    cases = []
    for dy in (2.999999, 3.0, 3.000001):  # BASELINE_TOLERANCE * h
        cases.append([Word("a", 10.0, 90.0, 20.0, 100.0, h), Word("b", 21.0, 90.0 + dy, 30.0, 100.0 + dy, h)])
    for gap in (-2.5000001, -2.5, -2.4999999, 30.0, 30.0000001, -0.4, 0.15, 0.1500001):
        cases.append([Word("a", 10.0, 90.0, 20.0, 100.0, h), Word("b", 20.0 + gap, 90.0, 30.0 + gap, 100.0, h)])
    cases.append([Word("a", 10.0, 90.0, 20.0, 100.0, 0.0), Word("b", 20.5, 90.0, 30.0, 100.0, -0.0)])
    cases.append([Word("a", 10.0, 90.0, 20.0, 100.0, -0.0), Word("b", 20.5, 90.0, 30.0, 100.0, 0.0)])
    return cases


@BUILT
@pytest.mark.parametrize("case", range(len(_at_the_limits())))
def test_runs_and_lines_at_the_limits_are_pythons(case, monkeypatch):
    words = _at_the_limits()[case]
    starts, marked = pdfium_calls.line_runs(words, lines._LIMITS)
    assert (starts, marked) == _python_runs(words, monkeypatch)
    made = pdfium_calls.new_lines(Line, words, starts)
    called = [Line(words[a:b]) for a, b in zip(starts, starts[1:] + [len(words)])]
    assert _bits(astuple(m)[1:] for m in made) == _bits(astuple(c)[1:] for c in called)
    assert [m.words for m in made] == [c.words for c in called]


def test_the_limits_cut_both_ways(monkeypatch):
    """The limit cases above are at the limits: each splits a pair into one run or two as its side says."""
    runs = [len(_python_runs(words, monkeypatch)[0]) for words in _at_the_limits()]
    assert runs[:3] == [1, 1, 2] and runs[3:6] == [2, 1, 1] and runs[6:8] == [1, 2]


@BUILT
def test_collections_run_no_python_inside_the_makers(tmp_path):
    """A collection's callbacks (any Python: gc.callbacks, __del__) would change what the C holds borrowed; the
    collector is paused while the makers run, so such code runs after them. In a child process: a regression
    is a crash."""
    code = textwrap.dedent(
        """
        import gc
        from array import array
        from seidou.io import pdfium_calls as pc
        from seidou.layout.types import Word, Line
        texts = ["w%d" % i for i in range(3000)]
        words = [Word("a%d" % i, 10.0 + i, 1.5, 12.0 + i, 3.5, 9.5) for i in range(400)]
        kept = [w.x0 for w in words]
        seen = [0]
        def meddle(phase, info):  # the sixth collection from here on: inside the makers, were the collector on
            if phase == "start" and seen[0]:
                seen[0] += 1
                if seen[0] == 6:
                    texts.clear()
                    for w in words:
                        w.x0 = -5.0
        measured = array("d", [1.0, 2.0, 3.0, 4.0, 5.0, 0.0] * 3000)
        names, defaults = pc._slots_and_defaults(Word)
        gc.callbacks.append(meddle)
        gc.set_threshold(5)
        seen[0] = 1
        made = pc._WORDS_BULK(Word, names, texts, measured.buffer_info()[0], defaults)
        assert len(made) == 3000 and made[-1].text == "w2999", len(made)
        seen[0], texts[:] = 1, ["x"] * 10
        lines = pc._LINES_MADE(Line, pc._WORD_SLOTS, pc._LINE_SLOTS, words, list(range(0, 400, 4)))
        assert [ln.x0 for ln in lines] == kept[::4], [ln.x0 for ln in lines][:4]
        print("ok", seen[0])
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("ok"), done.stderr[-2000:]
