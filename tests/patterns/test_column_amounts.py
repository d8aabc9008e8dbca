"""money._column_amounts skips an amount that starts inside a span already taken by a set of the places taken, not a
walk over every span for every amount: the same amounts as 0.32's walk (kept here), on crafted tables whose headers'
reaches overlap, with amounts read by R$ before them and amounts that straddle a taken span."""

from seidou.patterns import money


def walked(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for h in money.COLUMN_HEADER.finditer(text):
        line_end = text.find("\n", h.end())
        if line_end < 0:
            continue
        stop = line_end
        for _ in range(money.COLUMN_LINES):
            nxt = text.find("\n", stop + 1)
            stop = len(text) if nxt < 0 else nxt
            if nxt < 0:
                break
        for m in money.BARE_AMOUNT.finditer(text, line_end, stop):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(m.span())
    return out


ROWS = "\n".join(f"Item {k} 1.{k:03d},{k % 100:02d} R$ 2.000,00 3,50" for k in range(60))
TEXTS = [
    f"Valor (R$)\n{ROWS}\nValores em R$\n{ROWS}",  # the second header's reach overlaps the first's
    "Descrição (R$)\nA 10,00 B 20,00\nC R$ 30,00\n(R$)\nD 10,00\n",
    "sem tabela 10,00",
]


def test_column_amounts_as_the_walk():
    found = 0
    for text in TEXTS:
        taken = [(m.start, m.end) for m in money.find(text) if m.extractor == money.NAME and m.get("source") is None]
        fast = [(m.start, m.end) for m in money._column_amounts(text, list(taken))]
        assert fast == walked(text, list(taken))
        found += len(fast)
    # an amount that starts before a taken span and runs into it is read; one that starts inside it is not
    assert [(m.start, m.end) for m in money._column_amounts("(R$)\n1.234,56\n", [(7, 20)])] == [(5, 13)]
    assert money._column_amounts("(R$)\n1.234,56\n", [(5, 6)]) == []
    assert found > 100
