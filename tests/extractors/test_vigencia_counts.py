"""vigencia.find counts the keyword words, the prorrogação's letters, the years and the short dates' separators of a
text once (``_Counts``), not once per sentence, and passes over the sentences where none of them starts: the vigências
are the same as with each sentence searched on its own, and none passed over, on the seeds and on pages of real
gazettes (their text as PDFium reads it: every kind of sentence end and date)."""

from __future__ import annotations

from seidou.extractors import vigencia

from ..page_texts import real_texts

STRINGS = [
    "VIGÊNCIA: 12 (doze) meses a partir de 01/02/2020. Valor: R$ 1.000,00.\nPrazo: 01-01-2024 a 31-12-2024;",
    "Prorrogar por mais 6 (seis) meses o prazo de vigência do Convênio nº 3/2019, de 1/2/20 a 1/8/20.",
    "O Contrato nº 5/2020 vigorará 12 meses, a partir de 08/02/19 até 08/02/20.5 e 1.2020/2021",
    "Contrato 7: 12 meses, a partir de 08/02/19 até 08/02/20.",  # two short dates, no year of four digits (review31)
    # a prorrogação in one sentence of several, in any case; the letters cut by a sentence's end
    "Extrato. Contratante: Município. OBJETO: PrOrRoGaÇãO, em caráter excepcional, pelo período de 12 (doze) meses. Fim",
    "Termo aditivo ao contrato nº 5/2020. Fica prorrogado por mais 12 meses o contrato. Pro.rrogar por 6 meses.",
]


class PerSentence:
    """The slow path: the pattern searched in the sentence alone; for the short dates' separators, 0.30's gate (a
    sentence printing "/" or "-" was let through to the SHORT_DATE count), so that a wrong DATE_SEPARATOR fails."""

    def __init__(self, patterns, text: str) -> None:
        self.patterns, self.text = patterns, text
        self.starts = range(len(text))  # (no sentence passed over)

    def inside(self, start: int, end: int) -> int:
        sentence = self.text[start:end]
        if self.patterns == (vigencia.DATE_SEPARATOR,):
            return 2 if "/" in sentence or "-" in sentence else 0
        return sum(len(pattern.findall(sentence)) for pattern in self.patterns)


def test_counts_per_text_find_what_each_sentence_finds(monkeypatch):
    real = real_texts()
    texts = STRINGS + real
    fast = [vigencia.find(t, instrument=i) for t in texts for i in (False, True)]
    monkeypatch.setattr(vigencia, "_Counts", PerSentence)
    assert [vigencia.find(t, instrument=i) for t in texts for i in (False, True)] == fast
    assert sum(map(len, fast)) > (10 if real else 3)
