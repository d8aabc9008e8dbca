"""cpf.fold's gate: a text where _MAYBE_FOLDED finds nothing holds no character _FOLDED folds."""

import sys

from seidou.patterns import cpf


def test_every_folded_character_passes_the_gate():
    # every code point, not a sample: a character the class folds and the gate misses would go unfolded
    missed = [c for c in map(chr, range(sys.maxunicode + 1)) if cpf._FOLDED.match(c) and not cpf._MAYBE_FOLDED.match(c)]
    assert missed == []


def test_fold_as_without_the_gate():
    texts = [
        "CPF nº 055.781.735-86, Ação, coração, São Paulo",  # Latin-1 only: nothing to fold
        "246\u00a0813\u2010579",
        "soft\u00adhyphen 123",
        "１１１.４４４.７７７\u201335",
        "Fulano – Secretário “aspas” 123.456.789-09",
        "\u0660\u0661\u0662 \u0966 digits",
        "",
    ]
    for text in texts:
        assert cpf.fold(text) == cpf._FOLDED.sub(cpf._ascii, text)
