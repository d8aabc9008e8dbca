"""Layout cases built in the test as tiny PDFs: fake bold, hyphenation, paragraphs, columns."""

from __future__ import annotations

from seidou.layout.textmap import TextMap
from seidou.runner.process import read_layout

from .. import badpdfs


def lay(tmp_path, content: str):
    pdf, layout = read_layout(str(badpdfs.text_pdf(tmp_path / "t.pdf", content)))
    pdf.close()
    return layout


def line(text: str, x: float, y: float, size: float = 10, font: str = "F2") -> str:
    return f"BT /{font} {size} Tf {x} {y} Td ({text}) Tj ET\n"


def test_fake_bold_doubled_glyphs_are_dropped(tmp_path):
    content = badpdfs.fake_bold_glyphs("CONVENIO", 72, 700) + line("Clausula primeira do objeto.", 72, 680)
    text = lay(tmp_path, content).text
    assert text.splitlines()[0] == "CONVENIO"


def test_fake_bold_overprinted_word_is_dropped(tmp_path):
    content = line("TITULO", 72, 700) + line("TITULO", 72.3, 700) + line("Texto do ato.", 72, 680)
    assert lay(tmp_path, content).text.count("TITULO") == 1


def test_hyphen_join_and_keep(tmp_path):
    content = (
        line("A Secretaria-Executiva deve cons-", 72, 700)
        + line("tituir a comissao e a Secretaria-", 72, 688)
        + line("Executiva publica-la-a.", 72, 676)
    )
    text = lay(tmp_path, content).text
    assert text == "A Secretaria-Executiva deve constituir a comissao e a Secretaria-Executiva publica-la-a."


def test_paragraph_breaks_kept(tmp_path):
    content = (
        line("Art. 1o Primeiro artigo que ocupa uma linha inteira da coluna de texto,", 72, 700)
        + line("e continua aqui.", 72, 688)
        + line("Art. 2o Segundo artigo.", 72, 676)
        + line("Paragrafo separado por um espaco maior.", 72, 640)
    )
    assert lay(tmp_path, content).text.split("\n") == [
        "Art. 1o Primeiro artigo que ocupa uma linha inteira da coluna de texto, e continua aqui.",
        "Art. 2o Segundo artigo.",
        "Paragrafo separado por um espaco maior.",
    ]


def test_two_columns_and_a_full_width_title(tmp_path):
    rows = []
    y = 760
    rows.append(line("TITULO QUE OCUPA A LARGURA TODA DA PAGINA DE UM LADO AO OUTRO DO TEXTO", 72, y))
    for k in range(6):
        rows.append(line(f"esquerda {k} texto texto", 72, 730 - 12 * k))
        rows.append(line(f"direita {k} texto texto", 320, 730 - 12 * k))
    text = lay(tmp_path, "".join(rows)).text
    assert text.index("esquerda 5") < text.index("direita 0")
    assert text.startswith("TITULO QUE OCUPA")


def test_text_map_reads_the_words_boxes(tmp_path):
    """The layout's map keeps its words as the boxes (no tuple per word): every span equals that of a map
    given the same boxes as tuples (TextMap.add), and a whole word's box is the word's."""
    content = (
        line("A Secretaria-Executiva deve cons-", 72, 700)
        + line("tituir a comissao em trinta dias.", 72, 688)
        + line("Art. 2 Esta portaria entra em vigor.", 72, 640)
    )
    layout = lay(tmp_path, content)
    tm = layout.textmap
    words = [w for p in layout.pages for block in p.blocks for ln in block for w in ln.words]
    assert len(words) == len(tm) > 10
    given = TextMap()
    for k, w in enumerate(words):
        box = (w.x0, w.top, w.x1, w.bottom)
        given.add(tm.starts[k], tm.ends[k], tm.pages[k], box)
        assert tm.span(tm.starts[k], tm.ends[k]) == (1, box)
    for a in range(len(layout.text)):
        for b in (a + 1, a + 4, a + 25, len(layout.text)):
            assert tm.span(a, b) == given.span(a, b)
            assert tm.sub(a, b).span(0, b - a) == given.sub(a, b).span(0, b - a)
