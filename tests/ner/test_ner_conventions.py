"""The NER model's last component (pipeline/ner/conventions.py): LeNER-Br's span conventions restored by
rule on the model's entities, read from text as the pipeline reads it (spaCy's tokens). Rows from LeNER-Br
dev and from the corpus's DOU, DODF and municipal pages."""

from __future__ import annotations

import pytest
import spacy

from seidou.ner import conventions as ner_conventions

NLP = spacy.blank("pt")

# (text, the model's entity, its label, the entities kept)
ROWS = [
    # a body and its acronym after a dash: two entities (LeNER-Br dev, TJDFT)
    (
        "pode firmar convênios com o Conselho Regional de Engenharia e Agronomia do Distrito Federal - CREA-DF e com o",
        "Conselho Regional de Engenharia e Agronomia do Distrito Federal - CREA-DF",
        "ORGANIZACAO",
        ["Conselho Regional de Engenharia e Agronomia do Distrito Federal", "CREA-DF"],
    ),
    # ... and before a number sign (DOU Seção 1 portarias)
    (
        "Portaria do Ministério do Planejamento, Orçamento e Gestão - MPOG nº 100, de 2017",
        "Ministério do Planejamento, Orçamento e Gestão - MPOG nº 100",
        "ORGANIZACAO",
        ["Ministério do Planejamento, Orçamento e Gestão", "MPOG"],
    ),
    # an acronym, a dash, then the body's name: two entities too (LeNER-Br dev; train has 10 such pairs, none as one)
    (
        "RELATÓRIO ( ARTIGO 458 , I , CPC ) O SINPRO/DF - Sindicato dos Professores do Distrito Federal ajuizou ação",
        "SINPRO/DF - Sindicato dos Professores do Distrito Federal",
        "ORGANIZACAO",
        ["SINPRO/DF", "Sindicato dos Professores do Distrito Federal"],
    ),
    ("Acórdão 1.234/2010 - TCU - Plenário , relator", "TCU - Plenário", "ORGANIZACAO", ["TCU", "Plenário"]),
    # a body's name in Title Case and its acronym right after it: two entities (LeNER-Br dev; train: 8 of 8)
    (
        "para análise do Conselho de Arquitetura e Urbanismo do Distrito Federal CAU/DF e do",
        "Conselho de Arquitetura e Urbanismo do Distrito Federal CAU/DF",
        "ORGANIZACAO",
        ["Conselho de Arquitetura e Urbanismo do Distrito Federal", "CAU/DF"],
    ),
    # ... an identifier's label there is no body's (DOU Seção 1, PGFN lists)
    (
        "Companhia de Desenvolvimento de Passo Fundo CNPJ/CPF 88.000.000/0001-00",
        "Companhia de Desenvolvimento de Passo Fundo CNPJ/CPF",
        "ORGANIZACAO",
        ["Companhia de Desenvolvimento de Passo Fundo"],
    ),
    # ... but a legal form, a Roman numeral or a state is the name's (corpus: DOU Seção 1 and 3)
    ("Contratada: Galaxy Engenharia EIRELI, CNPJ", "Galaxy Engenharia EIRELI", "ORGANIZACAO", None),
    (
        "WR Comercial de Alimentos e Serviços LTDA-EPP, CNPJ",
        "WR Comercial de Alimentos e Serviços LTDA-EPP",
        "ORGANIZACAO",
        None,
    ),
    ("em favor de Fazenda São Francisco II, no município", "Fazenda São Francisco II", "ORGANIZACAO", None),
    ("a Faculdade Meridional RS, mantida pela", "Faculdade Meridional RS", "ORGANIZACAO", None),
    ("JAS Worldwide Management LLC, com sede", "JAS Worldwide Management LLC", "ORGANIZACAO", None),
    # ... but not a firm's name ("Contratada: SET - SERVIÇOS EMPRESARIAIS LTDA" below)
    # what follows a dash is not one acronym-like word: one entity
    ("Contratada: SET - SERVIÇOS EMPRESARIAIS LTDA, CNPJ", "SET - SERVIÇOS EMPRESARIAIS LTDA", "ORGANIZACAO", None),
    (
        "o INSTITUTO FEDERAL DO TOCANTINS - CAMPUS PARAÍSO DO TOCANTINS torna público",
        "INSTITUTO FEDERAL DO TOCANTINS - CAMPUS PARAÍSO DO TOCANTINS",
        "ORGANIZACAO",
        None,
    ),
    # a body stops before its first lower-case word other than a connector (LeNER-Br dev, STF)
    (
        "em razão da negativa do Ministério da Previdência Social de expedir o Certificado de Regularidade",
        "Ministério da Previdência Social de expedir o Certificado de Regularidade",
        "ORGANIZACAO",
        ["Ministério da Previdência Social"],
    ),
    (
        "PARTES: ASSASPC - Associação da Carreira de Apoio às Atividades Policiais Civis do Distrito Federal x SINCAAP/DF - Sindicato",
        "Associação da Carreira de Apoio às Atividades Policiais Civis do Distrito Federal x SINCAAP/DF",
        "ORGANIZACAO",
        ["Associação da Carreira de Apoio às Atividades Policiais Civis do Distrito Federal"],
    ),
    (
        "lotado na Coordenação de Gabinete da Diretoria de Administração e Gestão desta Fundação, em",
        "Coordenação de Gabinete da Diretoria de Administração e Gestão desta Fundação",
        "ORGANIZACAO",
        ["Coordenação de Gabinete da Diretoria de Administração e Gestão"],
    ),
    # ... before a bracket, and before a sentence's full stop
    (
        "mantida pela Coordenação de Aperfeiçoamento de Pessoal de Nível Superior (CAPES), no âmbito",
        "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior (CAPES",
        "ORGANIZACAO",
        ["Coordenação de Aperfeiçoamento de Pessoal de Nível Superior"],
    ),
    (
        "UASG 158555 - Instituto Federal de Educação, Ciência e Tecnologia do Sul de Minas Gerais. Total de Itens Licitados: 1",
        "Instituto Federal de Educação, Ciência e Tecnologia do Sul de Minas Gerais. Total de Itens Licitados",
        "ORGANIZACAO",
        ["Instituto Federal de Educação, Ciência e Tecnologia do Sul de Minas Gerais"],
    ),
    # an abbreviation's full stops and a foreign body's connectors stay; a body in lower case is left whole
    ("a empresa Atlantia S.p.A. e outras", "Atlantia S.p.A.", "ORGANIZACAO", None),
    ("Contratada: Fotoptica Ltda.", "Fotoptica Ltda.", "ORGANIZACAO", None),
    ("visitante da University of Minnesota, nos Estados Unidos", "University of Minnesota", "ORGANIZACAO", None),
    (
        "à secretaria de estado de saúde OSNEI OKUMOTO",
        "secretaria de estado de saúde OSNEI OKUMOTO",
        "ORGANIZACAO",
        None,
    ),
    # a person stops before a digit or a masked one (LeNER-Br dev; DOU Seção 2, CPFs masked before the NER)
    (
        "GABINETE DO DESEMBARGADOR SILVANIO BARBOSA DOS SANTOS 22 Lei nº 5.815/2017",
        "SILVANIO BARBOSA DOS SANTOS 22",
        "PESSOA",
        ["SILVANIO BARBOSA DOS SANTOS"],
    ),
    (
        "designar a servidora REBECA VINAGRE FARIAS, CPF n° ***.881.054-**, Professor",
        "REBECA VINAGRE FARIAS, CPF n° ***",
        "PESSOA",
        ["REBECA VINAGRE FARIAS, CPF n°"],
    ),
    # a name the model ended on a connector at a line end is left to the merge policy, which joins it
    ("Interessado: CÉLIO JOSÉ DA\nSILVA, matrícula", "CÉLIO JOSÉ DA", "PESSOA", None),
    # no entity ends with a slash, a dash or a comma (DOU Seção 3 extratos; DODF)
    ("realizada no Rio de Janeiro/RJ, em 2017", "Rio de Janeiro/", "LOCAL", ["Rio de Janeiro"]),
    ("Brasília - DF, 10 de maio de 2019", "Brasília -", "LOCAL", ["Brasília"]),
    (
        "o Departamento de Polícia Federal/DPF, no Rio",
        "Departamento de Polícia Federal/",
        "ORGANIZACAO",
        ["Departamento de Polícia Federal"],
    ),
    # a decision without a number is no citation (DOU Seção 3; DODF)
    ("Processo: 00040-00012345/2019-11. Parecer jurídico", "Parecer", "JURISPRUDENCIA", []),
    ("conforme o Acórdão 1.234/2019 - TCU - Plenário", "Acórdão 1.234/2019", "JURISPRUDENCIA", None),
    # other labels are left as the model reads them
    ("nos termos da Lei nº 8.666, de 21 de junho de 1993", "Lei nº 8.666, de 21 de junho de 1993", "LEGISLACAO", None),
]


@pytest.mark.parametrize("text,entity,label,expected", ROWS)
def test_conventions(text, entity, label, expected):
    doc = NLP.make_doc(text)
    s = text.index(entity)
    span = doc.char_span(s, s + len(entity), label=label, alignment_mode="expand")
    assert span is not None and span.text == entity  # the row's entity falls on spaCy's tokens
    doc.ents = [span]
    kept = [(e.text, e.label_) for e in ner_conventions.apply(doc).ents]
    assert kept == [(x, label) for x in (expected if expected is not None else [entity])]


# a company's legal form ends an ORGANIZACAO: (text, the model's entities, the entities kept)
FIRMS = [
    # none found: the firm's name is read back over the words in the legal form's case (LeNER-Br dev, TJDFT)
    (
        "Apelação Cível interposta por BRASÍLIA CURSOS E CONCURSOS LTDA em face da r. sentença",
        [],
        [("BRASÍLIA CURSOS E CONCURSOS LTDA", "ORGANIZACAO")],
    ),
    # ... with initials, in Title Case, without the connector before it
    (
        "o agravo de instrumento da I. M. Comércio e Terraplenagem Ltda. foi provido",
        [],
        [("I. M. Comércio e Terraplenagem Ltda", "ORGANIZACAO")],
    ),
    # ... across a comma before a word only a firm's name holds, to the start of the model's part (DOU Seção 1)
    (
        "fabricado por Lima & Pergher Indústria, Comércio e Representações Ltda. (CNPJ 22.685.341/0001-80)",
        [("Lima & Pergher Indústria", "ORGANIZACAO")],
        [("Lima & Pergher Indústria, Comércio e Representações Ltda", "ORGANIZACAO")],
    ),
    # ... across a dash after an acronym (DOU Seção 3), not across another firm's legal form (DOU Seção 1)
    (
        "a ADJUDICAÇÃO do GRUPO 1 à empresa VOGUE - Alimentação e Nutrição Ltda., CNPJ 04.675.771/0001-30",
        [],
        [("VOGUE - Alimentação e Nutrição Ltda", "ORGANIZACAO")],
    ),
    (
        "entre Refrimate Engenharia do Frio Ltda e Magitech Distribuidor de Eletrônicos Eireli, CNPJ",
        [("Refrimate Engenharia do Frio Ltda", "ORGANIZACAO")],
        [
            ("Refrimate Engenharia do Frio Ltda", "ORGANIZACAO"),
            ("Magitech Distribuidor de Eletrônicos Eireli", "ORGANIZACAO"),
        ],
    ),
    # ... not into a citation before it (DOU Seção 1, PGFN)
    (
        "Processo nº 910260/2017 Sergar Mineração Ltda. CNPJ/CPF 03.439.222.0001-01",
        [("Processo nº 910260/2017", "JURISPRUDENCIA")],
        [("Processo nº 910260/2017", "JURISPRUDENCIA"), ("Sergar Mineração Ltda", "ORGANIZACAO")],
    ),
    # ... in the case of its last word (DODF extratos)
    (
        "Contratada: BRAZMADEIRAS Construções e Reformas EIRELI, CNPJ",
        [("BRAZMADEIRAS Construções e Reformas", "ORGANIZACAO")],
        [("BRAZMADEIRAS Construções e Reformas EIRELI", "ORGANIZACAO")],
    ),
    # a name the model read into the firm's is cut before it (DODF extratos; DOU Seção 1 lists)
    (
        "PARTES: Distrito Federal/Polícia Civil X Premier Veículos Ltda. FUNDAMENTAÇÃO LEGAL: Edital",
        [("Distrito Federal", "LOCAL"), ("Polícia Civil X Premier Veículos", "ORGANIZACAO")],
        [("Distrito Federal", "LOCAL"), ("Polícia Civil X", "ORGANIZACAO"), ("Premier Veículos Ltda", "ORGANIZACAO")],
    ),
    (
        "INSTITUTO CULTURAL NEWTON PAIVA FERREIRA LTDA",
        [("NEWTON PAIVA FERREIRA", "PESSOA")],
        [("INSTITUTO CULTURAL NEWTON PAIVA FERREIRA LTDA", "ORGANIZACAO")],
    ),
    # a person or a place the legal form ends is a firm (corpus: DOU Seção 3 extratos)
    (
        "Contratada: AUTOPISTA FERNÃO DIAS S/A, CNPJ 00.000.000/0001-91",
        [("AUTOPISTA FERNÃO DIAS S/A", "PESSOA")],
        [("AUTOPISTA FERNÃO DIAS S/A", "ORGANIZACAO")],
    ),
    # a law named after the legal form stays a law; a legal form with no name before it stays alone
    ("nos termos da Lei das S.A. e do estatuto", [("Lei das S.A.", "LEGISLACAO")], [("Lei das S.A.", "LEGISLACAO")]),
    ("pela empresa, conforme o contrato social da ltda EIRELI 10", [], []),
]


@pytest.mark.parametrize("text,found,expected", FIRMS)
def test_firms(text, found, expected):
    doc = NLP.make_doc(text)
    spans = []
    for entity, label in found:
        s = text.index(entity)
        spans.append(doc.char_span(s, s + len(entity), label=label))
        assert spans[-1] is not None  # the row's entity falls on spaCy's tokens
    doc.ents = spans
    assert [(e.text, e.label_) for e in ner_conventions.apply(doc).ents] == expected


def _doc(words: list[str], tags: list[str]):
    from spacy.tokens import Doc

    return Doc(NLP.vocab, words=words, ents=tags)


# words a small "train" prints: (word, expected in the table) — three times outside every entity and never an
# entity alone makes a lone word; an entity of its own once, or fewer than three times outside, does not
LONE_TRAIN = [
    (["o", "Estado", "recorre", "."], ["O", "O", "O", "O"]),
    (["do", "Estado", "de", "Goiás"], ["O", "B-LOCAL", "I-LOCAL", "I-LOCAL"]),
    (["ESTADO", "e", "União", "."], ["O", "O", "B-ORGANIZACAO", "O"]),
    (["ao", "Estado", "e", "à", "União"], ["O", "O", "O", "O", "O"]),
    (["a", "União", "e", "a", "União"], ["O", "O", "O", "O", "O"]),
    (["o", "Relator", "e", "o", "Relator"], ["O", "O", "O", "O", "O"]),
]
LONE = [("estado", True), ("união", False), ("relator", False), ("e", True), ("goiás", False)]


@pytest.mark.parametrize("word,lone", LONE)
def test_lone_words(word, lone):
    table = ner_conventions.lone_words(_doc(w, t) for w, t in LONE_TRAIN)
    assert (word in table) is lone


# (text, the model's entities, the entities kept) with the lone words {"estado", "1ª"}
LONE_ROWS = [
    # LeNER-Br dev (STF): "Estado" alone is no body; in a longer name it stays
    ("ingerência na autonomia do Estado pela União", [("Estado", "ORGANIZACAO")], []),
    ("ajuizada pelo Estado de Mato Grosso", [("Estado de Mato Grosso", "ORGANIZACAO")], None),
    ("O ESTADO recorre", [("ESTADO", "LOCAL")], []),
    ("a 1ª Turma", [("1ª", "ORGANIZACAO")], []),
    # another label, or another word, is left as the model reads it
    ("do Estado", [("Estado", "TEMPO")], None),
    ("a União recorre", [("União", "ORGANIZACAO")], None),
]


@pytest.mark.parametrize("text,found,expected", LONE_ROWS)
def test_lone_words_are_no_names(text, found, expected):
    doc = NLP.make_doc(text)
    doc.ents = [doc.char_span(text.index(e), text.index(e) + len(e), label=label) for e, label in found]
    kept = [(e.text, e.label_) for e in ner_conventions.apply(doc, frozenset({"estado", "1ª"})).ents]
    assert kept == (found if expected is None else expected)


def test_lone_words_travel_with_the_component(tmp_path):
    component = ner_conventions.Conventions(["estado", "relator"])
    component.to_disk(tmp_path / "c")
    assert ner_conventions.Conventions().from_disk(tmp_path / "c").lone_words == {"estado", "relator"}
    assert ner_conventions.Conventions().from_disk(tmp_path / "none").lone_words == frozenset()  # a model before 0.20


def test_the_shipped_table_is_lener_br_trains():
    # make model derives the table from LeNER-Br train (models/train.py lone_words); the shipped one is that
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "models"))
    from train import lone_words

    shipped = (root / "models/ner-pt-legal/seidou_conventions" / ner_conventions.LONE_WORDS_FILE).read_text("utf-8")
    assert frozenset(shipped.split()) == lone_words()
    assert {"estado", "relator", "tribunal"} <= lone_words() and "união" not in lone_words()
