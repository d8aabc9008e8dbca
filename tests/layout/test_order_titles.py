"""Reading order on OCR'd pages: a title alone in its row that crosses an otherwise clear gutter cuts the region
before the white bands do (layout.order._cut, ``titles_first``). Geometry from the OCR'd DOM Salvador 6.770 page (real2): "CONVÊNIOS" centred over two
columns of extratos; before, the page was cut at every blank both columns shared and read band by band, interleaved."""

from __future__ import annotations

from seidou.layout import order as order_module
from seidou.layout.order import reading_order
from seidou.layout.types import Line, Word


def ln(text: str, x0: float, x1: float, top: float, size: float = 5.8) -> Line:
    words = text.split()
    step = (x1 - x0) / len(words)
    return Line([Word(w, x0 + k * step, top, x0 + (k + 1) * step - 1, top + size, size) for k, w in enumerate(words)])


def salvador_like(title: Line, beside: list[Line] = ()) -> list[Line]:
    left = [ln(f"left{k} texto da coluna esquerda", 44, 290, 130 + 10 * k) for k in range(12)]
    right = [ln(f"right{k} texto da coluna direita", 305, 551, 130 + 10 * k) for k in range(4)]
    # a blank both columns share (as between two extratos), then more of both
    right += [ln(f"right{k} texto da coluna direita", 305, 551, 180 + 10 * k) for k in range(4, 10)]
    left = [x for x in left if not 168 < x.top < 180] + [ln("left12 texto", 44, 290, 250)]
    return [ln("DIÁRIO OFICIAL", 371, 491, 35, 11), ln("SALVADOR-BAHIA", 86, 130, 44), title, *beside, *left, *right]


def order_of(lines: list[Line]) -> list[str]:
    blocks, _ = reading_order(lines, 595, titles_first=True)
    return [line.words[0].text for block in blocks for line in block]


def test_a_centred_title_over_two_columns_keeps_each_column_whole():
    got = [t for t in order_of(salvador_like(ln("CONVÊNIOS", 259, 336, 91, 17.9))) if t[:4] in ("left", "righ")]
    lefts = [k for k, t in enumerate(got) if t.startswith("left")]
    rights = [k for k, t in enumerate(got) if t.startswith("right")]
    assert max(lefts) < min(rights), got  # the left column read whole, then the right one


def test_near_miss_a_line_with_a_neighbour_in_its_row_is_no_title():
    # the same line with a cell beside it (a table row crossing the gutter, not a title): the white bands still cut
    lines = salvador_like(ln("CONVÊNIOS", 259, 336, 91, 17.9), [ln("cell", 44, 120, 93)])
    got = [t for t in order_of(lines) if t[:4] in ("left", "righ")]
    lefts = [k for k, t in enumerate(got) if t.startswith("left")]
    rights = [k for k, t in enumerate(got) if t.startswith("right")]
    assert max(lefts) > min(rights), got  # read band by band, as before this rule


def test_near_miss_a_centred_name_over_a_strip_that_full_lines_cross(monkeypatch):
    # one DOU column (DOU S1 2014-10-01 p. 14, UFG portarias): short lines at both sides leave a white strip, a centred
    # signer's name alone in its row stands in it, but a paragraph's full line crosses it too: no title over columns,
    # the order is the one without the rule
    lines = [ln(f"esq{k} texto", 40, 150, 100 + 10 * k) for k in range(6)]
    lines += [ln(f"dir{k} texto", 200, 300, 100 + 10 * k) for k in range(6)]
    lines += [ln("linha inteira do paragrafo que cruza", 40, 300, 160), ln("ORLANDO AFONSO VALLE", 110, 230, 180)]
    lines += [ln(f"esq{k} texto", 40, 150, 200 + 10 * k) for k in range(6, 9)]
    lines += [ln(f"dir{k} texto", 200, 300, 200 + 10 * k) for k in range(6, 9)]
    got = order_of(lines)
    monkeypatch.setattr(order_module, "_alone", lambda line, lines: False)
    assert got == order_of(lines)


def test_text_layer_pages_keep_the_bands_first():
    # the same page from a text layer (titles_first off): read band by band as before (DOE-RJ 2023-06-20 p. 1, whose
    # table after a white band would join the columns above it)
    lines = salvador_like(ln("CONVÊNIOS", 259, 336, 91, 17.9))
    blocks, _ = reading_order(lines, 595)
    got = [line.words[0].text for block in blocks for line in block if line.words[0].text[:4] in ("left", "righ")]
    lefts = [k for k, t in enumerate(got) if t.startswith("left")]
    rights = [k for k, t in enumerate(got) if t.startswith("right")]
    assert max(lefts) > min(rights), got


def test_near_miss_a_title_over_a_forms_rows_keeps_the_rows():
    # review rev27a: a scanned form (a plano de trabalho's "DADOS CADASTRAIS", as the scanned Paraguaçu-SP ACIPP plano
    # 0007/2022 heads its form; geometry constructed): a centred title over label and value rows, a white band between
    # rows. Each band one row: read row by row, every label beside its value, as without the rule (not every label,
    # then every value)
    lines = [ln("DADOS CADASTRAIS DO PROPONENTE", 150, 400, 90, 8)]
    pairs = [
        ("Proponente:", "ASSOCIACAO"),
        ("CNPJ:", "00.489.828/0001-55"),
        ("Endereço:", "Rua"),
        ("Cidade:", "Salvador"),
    ]
    pairs += [("Responsável:", "FULANO"), ("Cargo:", "Presidente"), ("Telefone:", "3333")]
    for k, (label, value) in enumerate(pairs):
        lines += [ln(label, 44, 200, 110 + 16 * k), ln(value, 320, 520, 110 + 16 * k)]
    got = order_of(lines)
    assert got[got.index("CNPJ:") + 1] == "00.489.828/0001-55", got
    blocks, _ = reading_order(lines, 595)
    assert got == [line.words[0].text for block in blocks for line in block]
