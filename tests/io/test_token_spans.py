"""The reader's tokens in bulk (pipeline/io/pdfium_calls.py's C tokenizer, pipeline/io/pdf.py's token texts and
doubled starts) against the regular expression and slices they replace: every Unicode code point, crafted strings,
and real pages where the corpus is present (tests/page_texts.py). Apart from test_pdfium_calls.py, whose fixtures
come from the corpus, so that these run on any checkout."""

from __future__ import annotations

from seidou.io import pdfium_calls


def _every_character_between_letters() -> str:
    """Every code point but the surrogates, each between two letters, then runs of white space and line-end hyphen
    marks: the tokenizer's every case."""
    chars = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    return "a".join(chars) + " x\ufffe\ufffe y \ufffe z\ufffe\n\t w \u3000\u2028v\ufffe"


def test_token_spans_match_the_regular_expression():
    text = _every_character_between_letters()
    expected = pdfium_calls.token_spans(text, bulk=False)
    assert pdfium_calls.token_spans(text).tolist() == expected.tolist()
    assert len(expected) > 2 * 25  # every white space character cuts
    for text in ("", " ", "\ufffe", "a", " a\ufffeb ", "\n\n"):
        assert pdfium_calls.token_spans(text).tolist() == pdfium_calls.token_spans(text, bulk=False).tolist()


def test_token_texts_match_the_spans():
    from seidou.io.pdf import _split_tokens, _token_texts

    cases = (_every_character_between_letters(), "a b\ufffec \ufffe d\ufffe\ufffe", "\ufffe\ufffex", " x  y\u3000z ")
    for text in cases:
        spans = pdfium_calls.token_spans(text, bulk=False).tolist()
        expected = [text[i:j] for i, j in zip(spans[0::2], spans[1::2])]
        assert _split_tokens(text) == expected  # the fast way
        assert _token_texts(text, spans[0::2], spans[1::2]) == expected


def test_doubled_starts_match_the_token_texts():
    """The tokens whose first two characters are alike, from the code points in bulk, are those whose texts say so
    (the reader's slices before 0.32): every code point, one- and two-letter tokens, astral twins, real pages."""
    from seidou.io.pdf import _doubled_starts
    from ..page_texts import real_texts

    crafted = [
        _every_character_between_letters(),
        "",
        " ",
        "a",
        "aa",
        "ab",
        "aab ba \U0001f600\U0001f600 x\ufffe\ufffe",
    ]
    crafted += ["TTIITTUULLOO a bb ccc 11 1\ufffe \ufffe\ufffe"]
    for text in crafted + real_texts():
        spans = pdfium_calls.token_spans(text)
        texts = [text[i:j] for i, j in zip(spans[0::2], spans[1::2])]
        assert _doubled_starts(text, spans) == [k for k, t in enumerate(texts) if t[0:1] == t[1:2]]
