"""vigencia.find counts the keyword words, the years and the short dates' separators of a text once (``_Counts``), not
once per sentence: the vigências are the same as with each sentence searched on its own, on the seeds and on pages
of real gazettes (their text as PDFium reads it: every kind of sentence end and date)."""

from __future__ import annotations

import pytest

from seidou.extractors import vigencia

from ..conftest import SHARED
from ..page_texts import real_texts

STRINGS = [
    "VIGÊNCIA: 12 (doze) meses a partir de 01/02/2020. Valor: R$ 1.000,00.\nPrazo: 01-01-2024 a 31-12-2024;",
    "Prorrogar por mais 6 (seis) meses o prazo de vigência do Convênio nº 3/2019, de 1/2/20 a 1/8/20.",
    "O Contrato nº 5/2020 vigorará 12 meses, a partir de 08/02/19 até 08/02/20.5 e 1.2020/2021",
]


class PerSentence:
    """The slow path: the pattern searched in the sentence alone."""

    def __init__(self, pattern, text: str) -> None:
        self.pattern, self.text = pattern, text

    def inside(self, start: int, end: int) -> int:
        return len(self.pattern.findall(self.text[start:end]))


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs ../shared")
def test_counts_per_text_find_what_each_sentence_finds(monkeypatch):
    texts = STRINGS + real_texts()
    fast = [vigencia.find(t, instrument=i) for t in texts for i in (False, True)]
    monkeypatch.setattr(vigencia, "_Counts", PerSentence)
    assert [vigencia.find(t, instrument=i) for t in texts for i in (False, True)] == fast
    assert sum(map(len, fast)) > 10
