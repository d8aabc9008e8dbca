"""The NER model's last component (pipeline/ner_conventions.py): LeNER-Br's span conventions restored by
rule on the model's entities, read from text as the pipeline reads it (spaCy's tokens). Rows from LeNER-Br
dev and from the corpus's DOU, DODF and municipal pages."""

from __future__ import annotations

import pytest
import spacy

from pipeline import ner_conventions

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
