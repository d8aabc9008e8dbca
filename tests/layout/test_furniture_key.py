"""furniture_key's split-and-join of 0.32 against 0.31's regex, on crafted white space (always) and on real pages'
lines where the corpus is present (tests/page_texts.py). Apart from test_furniture.py, which reads corpus
documents, so that it runs on any checkout."""

from __future__ import annotations


def _key_by_regex(text: str) -> str:
    """furniture_key as 0.31 wrote it: every run of white space one space, by regex."""
    from seidou.layout.furniture import _DIGITS, _SPACE

    return _SPACE.sub(" ", _DIGITS.sub("#", text)).strip().casefold()


def test_furniture_key_split_is_the_regex():
    """The split-and-join of a printable line (its one white space is ' ') keys it as the regex does; every other
    white space (the DOU's no-break spaces, tabs, the separators str.split cuts at and regex's \\s does not)
    takes the regex; on crafted lines and the real pages' lines."""
    from seidou.layout.furniture import furniture_key
    from ..page_texts import real_texts

    spaces = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
    crafted = ["", " ", "  Nº 86,  sexta-feira ", "Página 3 de 12", "DIÁRIO OFICIAL DA UNIÃO ٣٤ 𑵀"]
    crafted += [f" a{c}1{c}{c}b {c}" for c in spaces]
    lines = crafted + [line for text in real_texts() for line in text.splitlines()]
    furniture_key.cache_clear()
    assert [furniture_key(t) for t in lines] == [_key_by_regex(t) for t in lines]
