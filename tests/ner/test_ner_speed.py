"""The fast paths of NER give what the slow ones gave: names propagated by ``printed`` where the
per-name regex matched, and a paragraph read by the model once per process with the entities it
gets when read again."""

from __future__ import annotations

import pytest
import regex

from seidou.ner import entities
from seidou.ner.entities import forget_read, load_model, ner_entities_many, printed

from ..conftest import SHARED


def _by_regex(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The regex ``propagate`` compiled for each name before ``printed``."""
    rx = regex.compile(r"(?<![\p{L}\p{N}])" + r"\s+".join(regex.escape(w) for w in words) + r"(?![\p{L}\p{N}])")
    return [m.span() for m in rx.finditer(text)]


TEXTS = [
    ("Sr. Pedro Paulo Lima, CPF ...; o servidor Pedro Paulo Lima e PEDRO PAULO LIMA", "Pedro Paulo Lima"),
    ("Ana  Lima, ANA LIMA, Ana Limas; Ana\nLima; XAna Lima; Ana Lima2; Ana Lima", "Ana Lima"),
    ("Ana Ana Ana Ana Ana", "Ana Ana"),  # no overlapping matches: the next starts after the last
    ("(Maria de Souza) e Maria de\u00a0Souza, Maria de\u2003Souza", "Maria de Souza"),
    ("Banco do Brasil S.A. e Banco do Brasil S.A.1 e Banco do Brasil S.A.", "Banco do Brasil S.A."),
    ("R. C. SOUZA-ME, R. C. SOUZA-ME; R. C. SOUZA-MEI", "R. C. SOUZA-ME"),
    ("José 2º Silva, José 2º Silva", "José 2º Silva"),
    ("Ministério da Educação\nMinistério da Educação", "Ministério da Educação"),
]


@pytest.mark.parametrize(("text", "name"), TEXTS)
def test_printed_is_the_regex(text, name):
    words = name.split()
    assert printed(text, words) == _by_regex(text, words)


def test_printed_asked_again_is_the_regex():
    """A first word asked about again is looked for through the cached places and their collapsed heads: the same
    matches, whatever name, text or spacing (a run of spaces longer than a head, a name longer than a head)."""
    long_name = "Instituto " + " ".join(f"Palavra{k}" for k in range(40))
    text = (
        "INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO PIAUÍ; INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E"
        "\nTECNOLOGIA DO PARÁ; INSTITUTO FEDERAL DO PARÁ; XINSTITUTO FEDERAL DO PARÁ; INSTITUTO FEDERAL DO PARÁS;"
        " INSTITUTO" + " " * 400 + "FEDERAL DO PIAUÍ; " + long_name + "; " + long_name.replace(" ", "\n  ") + ". Fim"
    )
    other = "INSTITUTO FEDERAL DO PARÁ e INSTITUTO FEDERAL DO PIAUÍ"
    names = [
        "INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO PIAUÍ",
        "INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO PARÁ",
        "INSTITUTO FEDERAL DO PARÁ",
        "INSTITUTO FEDERAL DO PIAUÍ",
        "INSTITUTO FEDERAL",
        "INSTITUTO",
        long_name,
        "Instituto Palavra0",
    ]
    for _ in range(2):
        for name in names:
            for t in (text, other, text):  # (another text between: the cache is the last text's)
                assert printed(t, name.split()) == _by_regex(t, name.split()), name


def test_printed_on_every_name_of_a_real_text():
    from seidou.runner.process import read_layout

    path = SHARED / "corpus" / "real" / "sei" / "sei_al_processo_e01203_0000000161_2025_full.pdf"
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus)")
    pdf, layout = read_layout(str(path), ocr=False)
    pdf.close()
    text = layout.text
    names = {m.group() for m in regex.finditer(r"\p{Lu}\p{L}+(?:[ \t]+(?:de|da|do|dos|das|\p{Lu}\p{L}+))+", text)}
    assert len(names) > 50
    for name in sorted(names):
        assert printed(text, name.split()) == _by_regex(text, name.split()), name


def test_a_repeated_paragraph_is_read_once_with_the_same_entities():
    nlp = load_model()
    if nlp is None:
        pytest.skip("no NER model installed")
    line = "O Ministro Fernando Magalhães Soares Pinto assina o termo com a Galvão Engenharia S/A."
    texts = [f"{line}\nTexto {k}.\n{line}" for k in range(3)]
    alone = [ner_entities_many([t], "all", nlp)[0] for t in texts]
    read = []
    real_pipe = nlp.pipe

    def counting(docs, **kw):
        docs = list(docs)
        read.extend(d if isinstance(d, str) else d.text for d in docs)  # texts, or docs made of them
        return real_pipe(docs, **kw)

    forget_read(nlp)  # a fresh cache
    nlp.pipe = counting
    try:
        together = ner_entities_many(texts, "all", nlp)
    finally:
        del nlp.pipe
    assert together == alone
    assert read.count(line) == 1 and len(read) == len(set(read)) == 4
    assert any(label == "PESSOA" for *_, label in together[0])


def test_the_read_cache_is_bounded(monkeypatch):
    nlp = load_model()
    if nlp is None:
        pytest.skip("no NER model installed")
    monkeypatch.setattr(entities, "CACHE_PIECES", 4)
    forget_read(nlp)
    ner_entities_many(["\n".join(f"Parágrafo {k} de Ana Lima." for k in range(6))], "all", nlp)
    assert len(nlp._seidou_read) <= 4
    forget_read(nlp)
