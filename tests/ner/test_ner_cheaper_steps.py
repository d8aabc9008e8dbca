"""The cheaper steps of 0.27 (issue 30) give what the steps they replace gave: the members' beams without spaCy's label
check, the conventions with the text kept on the doc, rule 14 asking only about names whose words the text prints,
acronyms' regexes compiled once, and "an institution's name, one space, a person" without a regex per pair."""

from __future__ import annotations

import pytest
import regex

from seidou.ner import entities, names
from seidou.ner.entities import FileNames, load_model, printed_as_word, spread

SENTENCES = [
    "O Ministro de Estado da Educação, JOSÉ MENDONÇA BEZERRA FILHO, no uso de suas atribuições",
    "Contratante: Prefeitura Municipal de Tucano; Contratada: CONSTRUTORA XYZ LTDA, CNPJ 12.345.678/0001-90",
    "Maria da Silva Souza",
    "Escola Municipal Maria da Silva, em Salvador/BA",
]


@pytest.fixture(scope="module")
def nlp():
    model = load_model()
    if model is None:
        pytest.skip("no NER model installed")
    return model


@pytest.mark.parametrize("member", ["ner", "ner_1"])
def test_the_beams_are_spacys(nlp, member):
    from seidou.ner.ensemble import beam_parse

    ner = nlp.get_pipe(member)
    docs = [nlp.make_doc(t) for t in [*SENTENCES, ""]]
    assert ner.scored_ents(beam_parse(ner, docs)) == ner.scored_ents(ner.predict(docs))
    assert [len(d.ents) for d in docs] == [0] * len(docs)


def test_a_doc_with_entities_goes_through_spacys_predict(nlp):
    from seidou.ner.ensemble import beam_parse

    ner = nlp.get_pipe("ner")
    doc = nlp.make_doc(SENTENCES[2])
    doc.set_ents([doc.char_span(0, 20, label="PESSOA")])
    assert ner.scored_ents(beam_parse(ner, [doc])) == ner.scored_ents(ner.predict([doc]))


def test_the_kept_text_gives_the_same_entities(nlp):
    from seidou.ner.conventions import TEXT

    with_text = [entities._doc(nlp, t) for t in SENTENCES]
    assert [d.user_data[TEXT] for d in with_text] == [d.text for d in with_text] == SENTENCES
    read = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(with_text)]
    plain = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(SENTENCES)]
    assert read == plain
    assert any(read)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Assina Pedro Paulo Lima, pela SEJUS", ["Pedro Paulo Lima"]),
        ("Assina Pedro Paulo\nLima.", ["Pedro Paulo\nLima"]),
        ("Assina Pedro Lima.", []),  # a word of the name not printed: not asked
        ("Assina Pedro Paulo Limas.", []),  # printed inside a longer word
        ("Assina PEDRO PAULO LIMA.", []),  # other case
    ],
)
def test_spread_finds_the_names_the_text_prints(text, found):
    known = FileNames({("Pedro Paulo Lima", "PESSOA"): "ner"})
    assert [text[s:e] for s, e, *_ in spread(text, [], [], known)] == found


def test_a_names_keys_are_its_runs_of_letters_and_digits():
    assert entities._keys_of("COSTA & FILHOS LTDA-ME") == {"COSTA", "FILHOS", "LTDA", "ME"}


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("a substituta da função", "SUBSTITUTA"),
        ("credenciamento_dgo@pmerj.rj.gov.br", "DGO"),
        ("o centro/RJ", "CENTRO"),
        ("no CENTRO da cidade", "CENTRO"),
        ("sem a palavra", "SMED"),
    ],
)
def test_printed_as_word_is_the_regex_it_compiles(text, acronym):
    word = acronym.lower()
    expected = regex.search(rf"(?<![\p{{L}}\d@._/\-]){regex.escape(word)}(?![\p{{L}}\d@_/\-]|\.\p{{L}})", text)
    assert printed_as_word(text, acronym) is (expected is not None)


@pytest.mark.parametrize(
    "text, merged",
    [
        ("Escola Municipal Maria Souza", True),  # one space
        ("Escola Municipal\tMaria Souza", True),  # one tab
        ("Escola Municipal  Maria Souza", False),  # two spaces
        ("Escola Municipal, Maria Souza", False),
    ],
)
def test_named_after_wants_one_space_or_tab(text, merged):
    org_end = len("Escola Municipal")
    person = text.index("Maria")
    kept = [(0, org_end, "ORGANIZACAO", "ner"), (person, len(text), "PESSOA", "ner")]
    out = names.named_after(text, kept)
    assert (out == [(0, len(text), "ORGANIZACAO", "ner")]) is merged
