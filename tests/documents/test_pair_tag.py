"""segment skips the EGBA press's pair grammar (``_unopened_split``, ``_unopened``) in a text without ``PAIR_TAG``:
exact, as every opening and closing delimiter its patterns read prints it."""

from __future__ import annotations

from seidou.documents.segment import PAIR_CLOSE, PAIR_OPEN, PAIR_TAG

from ..page_texts import real_texts

STRINGS = [
    "… Presidente da Comissão Processante Local. <#E.G.B#396342#3#435397/>\nGABINETE",
    "#E.G.B#396256#4#435301>\nGABINETE DO SECRETÁRIO <#E.G.B#396298#8#435348>",
    "<#E.G.B#1#>",
    "<#E.G.B#1#/>",
]


def test_every_delimiter_prints_the_tag():
    found = 0
    for text in STRINGS + real_texts():
        for m in (*PAIR_OPEN.finditer(text), *PAIR_CLOSE.finditer(text)):
            assert m.group().startswith(PAIR_TAG)
            found += 1
    assert found >= 4
