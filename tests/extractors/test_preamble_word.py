"""parties.from_preamble reads a text's lines only when it prints "doravante" in some case (DORAVANTE_WORD, with which
every DORAVANTE match opens): the same parties as with every line read, on crafted preambles (the word in every case,
its parties named by role words or by themselves, a line joined to the next) and on real pages."""

from __future__ import annotations

import regex

from seidou.extractors import parties

from ..page_texts import real_texts

TEXTS = [
    "O ESTADO DE X, CNPJ 00.489.828/0001-55, doravante denominado CONCEDENTE, e o MUNICÍPIO DE Y, DORAVANTE "
    "DENOMINADO CONVENENTE, representado pelo Prefeito, o Sr. FULANO DE TAL.",
    "A UNIÃO, Doravante Designada CONTRATANTE, e a empresa Z LTDA, dOrAvAnTe chamada simplesmente CONTRATADA.",
    "O MUNICÍPIO DE W, doravante denominado MUNICÍPIO, e;\nA ASSOCIAÇÃO V, doravante denominada ASSOCIAÇÃO, celebram",
    "Objeto: compra de bens, sem partes nomeadas.\nPrazo: 12 meses.",
    "",
]


def test_parties_as_with_every_line_read(monkeypatch):
    texts = TEXTS + real_texts()
    fast = [parties.from_preamble(t) for t in texts]
    for t in texts:
        opened = [m.start() for m in parties.DORAVANTE_WORD.finditer(t)]
        assert all(m.start() in opened for m in parties.DORAVANTE.finditer(t))
    monkeypatch.setattr(parties, "DORAVANTE_WORD", regex.compile(""))  # every text read, as in 0.32
    assert [parties.from_preamble(t) for t in texts] == fast
    assert sum(map(len, fast[:3])) >= 6
