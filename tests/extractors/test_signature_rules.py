"""Printed signatories of issue 29 (tune split): each rule with real snippets from two sources (file named per row)
and negative near misses. Rows go through ``signature_rows`` (the merge of the closing, the lists, the blocks and the
forms) with a stand-in layout, or through the one function a rule lives in."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from seidou.extractors.signature_blocks import block_signatories, form_signatories
from seidou.extractors.signatures import cargo_after, clean_cargo, signature_rows, signed_for, signers
from seidou.patterns.esig import sigpub

LAYOUT = SimpleNamespace(textmap=SimpleNamespace(locate=lambda s, e: (1, (0.0, 0.0, 0.0, 0.0))))
DOC = {"doc_id": "d-001", "file_sha256": "0" * 64}


def rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(r["kind"], r["name"], r["cargo"]) for r in signature_rows(text, LAYOUT, DOC, "t")]


SIGNED_FOR = [
    # (source, text, [(name, cargo)])
    (
        "real2 dom_ce_aprece_0745 2013 (Groaíras)",
        "Vigência do Contrato: até 31 de dezembro de 2013; Assina Pelo Contratado: Hugo Frota Viñas; Assina Pela "
        "Contratante: Edmilson Correia Timbó; Groaíras-Ce, 03 de junho de 2013",
        [("Hugo Frota Viñas", "Contratado"), ("Edmilson Correia Timbó", "Contratante")],
    ),
    (
        "real2 dom_ce_aprece_0745 2013 (Groaíras): plural, gender marks, three names",
        "Elemento de Despesa: 33.90.30.00; ASSINA(M) PELOS(AS) CONTRATADO(AS): José Rodrigues da Silva Alves; Assina "
        "Pela Contratante: Francisco Adhemar Albuquerque, Ana Paula Lima Azevedo e Edmilson Correia Timbó; Groaíras",
        [
            ("José Rodrigues da Silva Alves", "Contratado"),
            ("Francisco Adhemar Albuquerque", "Contratante"),
            ("Ana Paula Lima Azevedo", "Contratante"),
            ("Edmilson Correia Timbó", "Contratante"),
        ],
    ),
    (
        "real2 dom_ce_aprece_2974 2022 (Campos Sales): the cargo printed after the name wins over the role",
        "no contrato entre as partes. Assina pelo CONTRATANTE: CARLOS DAVIS MARQUES FERNANDES Secretário de "
        "Administração e Finanças, assina pela CONTRATADA Salim Bayde Neto portador(a) do CPF/MF nº ***.476.703-**,",
        [
            ("CARLOS DAVIS MARQUES FERNANDES", "Secretário de Administração e Finanças"),
            ("Salim Bayde Neto", "Contratada"),
        ],
    ),
    (
        "real2 dom_ce_aprece_2974 2022 (Campos Sales): an enumeration inside the cargo",
        "Assina pelo CONTRATANTE: Maria Elionete Leite do Nascimento, Secretaria de Assuntos para Juventude, Lazer e "
        "Turismo, assina pela CONTRATADA Salim Bayde Neto, portador(a) do CPF/MF nº ***.476.703-**,",
        [
            ("Maria Elionete Leite do Nascimento", "Secretaria de Assuntos para Juventude, Lazer e Turismo"),
            ("Salim Bayde Neto", "Contratada"),
        ],
    ),
    (
        "real2 dom_ce_aprece_0745 2013 (Guaraciaba do Norte): a name broken over two lines",
        "Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF:***.283.383-**; Assina pelo Contratado: Ana Maria "
        "Martins\nPaiva - CPF.: ***.588.443-**. Guaraciaba do Norte / CE, em 01 de julho de 2013.",
        [("Antonia Gláucia Agapito Lima", "Contratante"), ("Ana Maria Martins Paiva", "Contratado")],
    ),
    # negative: the next line in capitals is a heading, not the name's end
    (
        "near miss",
        "Assina pelo Contratado: Ana Maria Martins\nPREFEITURA MUNICIPAL",
        [("Ana Maria Martins", "Contratado")],
    ),
    # negative: the verb without a party's role; the role without the verb (the parties' lists read it)
    ("near miss", "O Município assina pelo presente instrumento: Fulano de Tal Souza", []),
    ("near miss", "Pela Contratante: Edmilson Correia Timbó", []),
    # near misses (issue 29 hardening): the verb in a clause's prose, a firm or a cargo after it, not a person
    ("near miss", "O representante que assina pela Contratada deverá apresentar procuração com firma reconhecida.", []),
    ("near miss", "Assina pela Contratada: Empresa Alfa Comércio Ltda, CNPJ 00.000.000/0001-00", []),
    ("near miss", "Assinam pelos Contratantes: o Prefeito Municipal e o Secretário de Saúde.", []),
]


@pytest.mark.parametrize("source,text,expected", SIGNED_FOR, ids=[r[0] for r in SIGNED_FOR])
def test_signed_for_names_the_role_as_cargo_when_none_is_printed(source, text, expected):
    assert [(s.name, s.cargo) for s in signed_for(text)] == expected


CARGO_AFTER = [
    # (source, text after the name, cargo)
    ("real2 dom_ce_aprece_2974 2022 (Campos Sales)", " Secretário de Desporto, assina pela", "Secretário de Desporto"),
    ("real2 dom_ce_aprece_2974 2022 (Alto Santo)", " – SECRETÁRIA DE SAÚDE (contratante), MAX", "SECRETÁRIA DE SAÚDE"),
    ("old dodf_004 2020", ", Diretor-Geral Adjunto da Polícia Civil.", "Diretor-Geral Adjunto da Polícia Civil"),
    # negative: a CPF, a firm, lower case, a body
    ("near miss", ", portador(a) do CPF nº ***.476.703-**", None),
    ("near miss", " - MAX ELETRO E MAGAZINE LTDA", None),
    ("near miss", ", Conselho Municipal de Saúde.", None),
]


@pytest.mark.parametrize("source,after,cargo", CARGO_AFTER, ids=[r[0] + r[1][:12] for r in CARGO_AFTER])
def test_cargo_printed_after_the_name(source, after, cargo):
    got = cargo_after("FULANO DE TAL" + after, len("FULANO DE TAL"))
    assert (got[0] if got else None) == cargo


CLEAN = [
    ("real2 dom_ce_aprece_2974 2022", "SECRETÁRIA DE SAÚDE (contratante)", "SECRETÁRIA DE SAÚDE"),
    ("real2 dom_ce_aprece_2974 2022", "Representante – MAX ELETRO E MAGAZINE LTDA (contratada)", "Representante"),
    (
        "real2 dou_s3 2022",
        "Secretário-Executivo Adjunto do Ministério da Saúde - C",
        "Secretário-Executivo Adjunto do Ministério da Saúde",
    ),
    ("real2 dou_s3 2020", "Secretário-Executivo Adjunto - CPF nº ***", "Secretário-Executivo Adjunto"),
    ("real2 doe_ba 2020", "Diretor Geral FAPESB e Contratada", "Diretor Geral FAPESB"),
    (
        "real2 paraguacu termo aditivo 2023",
        "Diretora do Departamento Municipal “",
        "Diretora do Departamento Municipal",
    ),
    # negative: a body after the dash is kept; "e" inside the cargo is kept; a dash inside a cargo (DOU 2017)
    (
        "old dou_s2_2017_10_02",
        "COORDENADORA - GERAL DE GESTÃO DE PESSOAS DO MINISTÉRIO DOS TRANSPORTES, PORTOS E AVIAÇÃO CIVIL - SUBSTITUTA",
        "COORDENADORA - GERAL DE GESTÃO DE PESSOAS DO MINISTÉRIO DOS TRANSPORTES, PORTOS E AVIAÇÃO CIVIL - SUBSTITUTA",
    ),
    ("near miss", "Presidente - APAE-TP", "Presidente - APAE-TP"),
    ("near miss", "Secretário de Administração e Finanças", "Secretário de Administração e Finanças"),
]


@pytest.mark.parametrize("source,cargo,clean", CLEAN, ids=[r[1][:30] for r in CLEAN])
def test_what_is_not_the_cargo_is_cut(source, cargo, clean):
    assert clean_cargo(cargo) == clean


BLOCKS = [
    # (source, text, [(name, cargo)])
    (
        "real2 tce_ac_acordao_11046 2018: a position before the name, none under it",
        "Rio Branco – Acre, 13 de dezembro de 2018.\nConselheiro VALMIR GOMES RIBEIRO\nPresidente do TCE/AC\n"
        "Conselheiro JOSÉ AUGUSTO ARAÚJO DE FARIA\nConselheira DULCINÉA BENÍCIO DE ARAÚJO\n",
        [
            ("VALMIR GOMES RIBEIRO", "Presidente do TCE/AC"),
            ("JOSÉ AUGUSTO ARAÚJO DE FARIA", "Conselheiro"),
            ("DULCINÉA BENÍCIO DE ARAÚJO", "Conselheira"),
        ],
    ),
    (
        "old dou_s1_2017_10_02 (TCU acórdão): 'Ministro NOME'",
        "Brasília, 27 de setembro de 2017.\nMinistro BENJAMIN ZYMLER\n",
        [("BENJAMIN ZYMLER", "Ministro")],
    ),
    # a title that is no position is no cargo
    ("near miss", "Belo Horizonte, 27 de novembro de 2024\nDr. JOSÉ DA SILVA SOUZA\n", [("JOSÉ DA SILVA SOUZA", None)]),
    (
        "old sei_al_cbmal_despacho 2025: a rank after the name, the position under it",
        "Atenciosamente,\nEDUARDO BRUNO PESSOA VIEIRA - TEN CEL QOC\nDiretor de Apoio Logístico / CBMAL\n",
        [("EDUARDO BRUNO PESSOA VIEIRA", "Diretor de Apoio Logístico / CBMAL")],
    ),
    (
        "near miss: a rank and nothing under it",
        "Atenciosamente,\nANA CLARA PEREIRA LEMOS - CEL QOS\n",
        [("ANA CLARA PEREIRA LEMOS", "CEL QOS")],
    ),
    (
        "real2 bh_dom_7143 2024: a cargo line ending on a connector goes on",
        "Belo Horizonte, 27 de novembro de 2024\nDiogo Albernaz Dias Vieira\nGerência de Formalização e\n"
        "Acompanhamento de Contratos\nSECRETARIA MUNICIPAL\nDE FAZENDA",
        [("Diogo Albernaz Dias Vieira", "Gerência de Formalização e Acompanhamento de Contratos")],
    ),
    (
        "real2 dom_ce_aprece_2974 2022 (Altaneira): a label in capitals is nobody",
        "Paço da Prefeitura Municipal de Altaneira, em 09 de junho de 2022\nLUIZ PEDRO BEZERRA NETO Secretário de "
        "Administração e Finanças\nDADOS PESSOAIS DO BENEFICIADO:\nC.I. RG N°:2006029102707, SSPDS/CE",
        [("LUIZ PEDRO BEZERRA NETO", "Secretário de Administração e Finanças")],
    ),
    (
        "real2 doe_ba 2020 (UESB): capitals after a full stop, a position after a dash",
        "Data da assinatura: 18/01/2020. LUIZ OTÁVIO DE MAGALHÃES - REITOR",
        [("LUIZ OTÁVIO DE MAGALHÃES", "REITOR")],
    ),
    (
        "real2 dodf_029 2018: … after a comma",
        "para que adquirisse a necessária eficácia. HUMBERTO LUCENA PEREIRA DA FONSECA, Secretário de Estado de Saúde",
        [("HUMBERTO LUCENA PEREIRA DA FONSECA", "Secretário de Estado de Saúde")],
    ),
    (
        "real2 dou_s3 2020 (SIDEC): … after a full stop, two in one paragraph",
        "Declaração de Dispensa em 05/08/2020. MERI HELEM ROSA DE ABREU. Coordenadora Geral de Aquisições de Insumos "
        "Estratégicos para Saúde. Ratificação em 13/08/2020. ROBERTO FERREIRA DIAS. Diretor do Departamento de "
        "Logística em Saúde. Valor Global: R$ 8.463.000,00.",
        [
            ("MERI HELEM ROSA DE ABREU", "Coordenadora Geral de Aquisições de Insumos Estratégicos para Saúde"),
            ("ROBERTO FERREIRA DIAS", "Diretor do Departamento de Logística em Saúde"),
        ],
    ),
    # negative: a body in capitals before a position's word; an act's opening naming its author
    (
        "near miss",
        "na BA. ATENÇÃO PRIMÁRIA DE SAÚDE, Presidente Jean Clerson Sirqueira Bonfim, matrícula 1691740-5,",
        [],
    ),
    ("near miss", "Resolve. JOSÉ DA SILVA, Diretor de Obras, no uso das atribuições, resolve", []),
    (
        "real2 dom_ce_aprece_2974 2022: after a dash, a Title Case name and 'Ordenador(a) de Despesas'",
        "Homologo e Adjudico a presente Licitação na forma da Lei nº 8.666/93 – José Flávio Onofre Paiva - "
        "Ordenador(a) de Despesas do(a) Secretaria Municipal de Infraestrutura.",
        [("José Flávio Onofre Paiva", "Ordenador(a) de Despesas do(a) Secretaria Municipal de Infraestrutura")],
    ),
    (
        "real2 doe_ba 2020 (Camaçari): after a dash, 'Secretária'",
        "Homologação: dia 20 de janeiro de 2020 - Joselene Cardim Barbosa Souza- Secretária.",
        [("Joselene Cardim Barbosa Souza", "Secretária")],
    ),
]


@pytest.mark.parametrize("source,text,expected", BLOCKS, ids=[r[0][:60] for r in BLOCKS])
def test_printed_blocks(source, text, expected):
    assert [(p.name, p.cargo) for p in block_signatories(text)] == expected


FORMS = [
    (
        "real2 paraguacu termo de fomento 01/2024 (Econv): TCE-SP termo de ciência",
        "AUTORIDADE MÁXIMA DO ÓRGÃO PÚBLICO PARCEIRO:\nNome: Antônio Takashi Sasada (ANTIAN) Cargo: PREFEITO MUNICIPAL\n"
        "CPF: ***.786.208-**\nResponsáveis que assinaram o ajuste e/ou Parecer Conclusivo:\nPELO ÓRGÃO PÚBLICO PARCEIRO:\n"
        "Nome: CÁTIA APARECIDA DA SILVA\nCargo: Diretor do Departamento\nCPF: ***.095.578-**\n"
        "Assinatura: ______________________________________________________ Responsáveis que assinaram\n"
        "PELA ENTIDADE PARCEIRA:\nNome: CLAUDEMIR TARGINO DA SILVA\nCargo: PRESIDENTE\nCPF: ***.402.018-**\n"
        "Assinatura: ______________________________________________________\n",
        [("CÁTIA APARECIDA DA SILVA", "Diretor do Departamento"), ("CLAUDEMIR TARGINO DA SILVA", "PRESIDENTE")],
    ),
    (
        "real2 paraguacu termo aditivo 50/2023 (scan): the same form, OCR'd",
        "ORDENADOR DE DESPESA DO ÓRGÃO PÚBLICO PARCEIRO: Nome: Cátia Aparecida da Silva\n"
        "Responsáveis que assinaram o ajuste e/ou Parecer Conclusivo: PELO ÓRGÃO PÚBLICO PARCEIRO:\n"
        "Nome: Cátia Aparecida da Silva\nCargo: Diretora do Departamento Municipal de Assistência Social “CPF: ***.095.578-**\n"
        "-s\nAssinatura:\n",
        [("Cátia Aparecida da Silva", "Diretora do Departamento Municipal de Assistência Social “")],
    ),
    # negative: identification fields with no "Assinatura:" field
    ("near miss", "Nome: CLAUDEMIR TARGINO DA SILVA\nCargo: PRESIDENTE\nCPF: ***.402.018-**\nDesignação: OSC\n", []),
    # near misses from the old corpus (issue 29 hardening): a servant's fields in a DOU act; a signing date is no blank
    # signature field (an extrato's "Assinatura: 18/10/2020", Pratânia-SP DO 136/2020, set as fields)
    (
        "near miss: real dou_s2_2017_10_02 requisição",
        "Nome: AUREO LUIZ TONONI SARMENTO\nMatrícula SIAPE no: 0294447\nCargo: Assistente em Administração\n"
        "Para: Tribunal Regional Eleitoral do Espírito Santo, para exercício no Cartório da 11a Zona Eleitoral\n",
        [],
    ),
    ("near miss: a signing date", "Nome: Davi Pires Batista\nCargo: Prefeito Municipal\nAssinatura: 18/10/2020.\n", []),
    ("near miss: a date field", "Nome: Davi Pires Batista\nCargo: Prefeito\nData da Assinatura: 18/10/2020\n", []),
    # (review25, forms) the date in words, after "em", or under a "Data da Assinatura:" label
    ("near miss: a date in words", "Nome: Davi Pires Batista\nCargo: Prefeito\nAssinatura: 23 de maio de 2023\n", []),
    ("near miss: a date after 'em'", "Nome: Davi Pires Batista\nCargo: Prefeito\nAssinatura: em 23/05/2023\n", []),
    (
        "near miss: a date label",
        "Nome: Davi Pires Batista\nCargo: Prefeito\nData da Assinatura: 23 de maio de 2023\n",
        [],
    ),
]


@pytest.mark.parametrize("source,text,expected", FORMS, ids=[r[0][:60] for r in FORMS])
def test_form_signature_fields(source, text, expected):
    assert [(p.name, p.cargo) for p in form_signatories(text)] == expected


CLOSINGS = [
    (
        "real2 dom_ce_aprece_0745 2013 (Guaraciaba do Norte): the last cargo line closes with a full stop",
        "Guaraciaba do Norte / CE, em 01 de julho de 2013.\nANTONIA GLÁUCIA AGAPITO LIMA\n"
        "Ordenadora de Despesas do Fundo Geral.\nPublicado por: Paulo Cesar Alves Feitoza Código Identificador:8D98784C",
        [("ANTONIA GLÁUCIA AGAPITO LIMA", "Ordenadora de Despesas do Fundo Geral")],
    ),
    (
        "real2 dom_ce_aprece_0745 2013 (Groaíras): name and cargo on one line, the older Sigpub line under it",
        "Groaíras-Ce, 03 de junho de 2013\nADRIANA PAIVA SOUZA Pregoeira Municipal.\n"
        "Renan Martins Albuquerque Código Identificador:AF3F5FB8",
        [("ADRIANA PAIVA SOUZA", "Pregoeira Municipal")],
    ),
    (
        "real2 dom_ce_aprece_0745 2013: the Sigpub line after the signatory",
        "PAÇO DA PREFEITURA MUNICIPAL DE GROAÍRAS/CE, aos dias 12 (doze) do mês de Agosto de 2013.\n"
        "ADAIL ALBUQUERQUE MELO Prefeito Municipal\nRenan Martins Albuquerque Código Identificador:A31408AF",
        [("ADAIL ALBUQUERQUE MELO", "Prefeito Municipal")],
    ),
    # negative: a sentence with a full stop above the name is no cargo
    ("near miss", "Art. 2º Revogam-se as disposições.\nJOSÉ DA SILVA SOUZA\nPublique-se e cumpra-se.", []),
]


@pytest.mark.parametrize("source,text,expected", CLOSINGS, ids=[r[0][:60] for r in CLOSINGS])
def test_closing_signers(source, text, expected):
    assert [(s.name, s.cargo) for s in signers(text)] == expected


def test_a_press_tag_after_the_signatory_is_blank():
    """real2 doe_ba 2020 (CONDER): the EGBA press's tags after the cargo; the DOM-CE closing without one
    (dom_ce_aprece_0745 2013) reads the same."""
    text = (
        "Salvador, 20 de janeiro de 2020.\nSérgio de Oliveira Silva Diretor Presidente <#E.G.B#396313#8#435363/> "
        "<#E.G.B#396315#8#435365>"
    )
    assert rows(text) == [("signatario", "Sérgio de Oliveira Silva", "Diretor Presidente")]


def test_a_later_reading_gives_the_cargo_the_first_lacked():
    """real2 dom_ce_aprece_0745 2013: "Assina pelo Contratante: NOME - CPF" (role only) then the closing block
    prints her position under the name: the position wins."""
    text = (
        "Data da Assinatura:01 de julho de 2013; Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF:***.283.383-**; "
        "Assina pelo Contratado: Francisca Camila da Silva Ribeiro - CPF.: ***.079.973-**. Guaraciaba do Norte / CE, em 01 "
        "de julho de 2013.\nANTONIA GLÁUCIA AGAPITO LIMA\nOrdenadora de Despesas do Fundo Geral.\n"
        "Publicado por: Paulo Cesar Alves Feitoza Código Identificador:8D98784C"
    )
    got = {name.casefold(): cargo for _, name, cargo in rows(text)}
    assert got == {
        "antonia gláucia agapito lima": "Ordenadora de Despesas do Fundo Geral",
        "francisca camila da silva ribeiro": "Contratado",
    }


SIGPUB = [
    (
        "real2 dom_ce_aprece_0745 2013: the older line",
        "Renan Martins Albuquerque Código Identificador:A31408AF",
        [("Renan Martins Albuquerque", "A31408AF")],
    ),
    (
        "real2 dom_al_ama_0225 2016: with the label",
        "Publicado por:\nGean Fábio Carvalho de Oliveira \nCódigo Identificador:9AB283D6 ",
        [("Gean Fábio Carvalho de Oliveira", "9AB283D6")],
    ),
    # negative: the code alone names nobody; a label line is not a name
    ("near miss", "Código Identificador:E358B30B", []),
    ("near miss", "Publicado por Código Identificador:E358B30B", []),
]


@pytest.mark.parametrize("source,text,expected", SIGPUB, ids=[r[0][:50] for r in SIGPUB])
def test_sigpub_lines(source, text, expected):
    assert [(m.value.strip(), m.get("verification_code")) for m in sigpub.find(text)] == expected


def test_one_row_per_name_when_a_list_reads_it_shorter():
    """real2 dom_ce_aprece_0745 2013: the parties' list reads "Ana Maria Martins" where the name goes on in the next
    line; one row, the longer name."""
    text = (
        "Assina pelo Contratante: Antonia Gláucia Agapito Lima - CPF:***.283.383-**; Assina pelo Contratado: Ana Maria "
        "Martins\nPaiva - CPF.: ***.588.443-**. Guaraciaba do Norte / CE, em 01 de julho de 2013.\n"
    )
    assert [n for _, n, _ in rows(text)] == ["Antonia Gláucia Agapito Lima", "Ana Maria Martins Paiva"]


def test_the_egba_footer_as_printed():
    """real2 doe_ba_22825 2020 (tune), the footer of pp. 2-5: the name with the firm's, the date in words."""
    from seidou.patterns.esig import egba

    text = (
        "Assinado digitalmente pelo EGBA - Empresa Gráfica da Bahia\nData: Terça-feira, 21 de Janeiro de 2020 às "
        "0:49:51\nCódigo de Autenticação: 5c43bc47"
    )
    (m,) = egba.find(text)
    assert (m.value, m.get("signed_at").isoformat(), m.get("verification_code")) == (
        "EGBA - Empresa Gráfica da Bahia",
        "2020-01-21T00:49:51-03:00",
        "5c43bc47",
    )


LISTS = [
    (
        "old dodf_005 2020: the verb with the date before the list",
        "sua assinatura. Assinam em 02 de janeiro de 2020, pela Contratante: Bárbara de Jesus Simões, "
        "Diretora-Presidente, e pela Contratada: Wilhas Gomes da Silva.",
        [("Bárbara de Jesus Simões", "Diretora-Presidente"), ("Wilhas Gomes da Silva", None)],
    ),
    (
        "the '(s)' plural of the label (the brief's form; 'SIGNATÁRIOS:' of DODF 2018/2020 and DOU 2022)",
        "VALOR: R$ 10,00. Signatário(s): JOÃO DA SILVA SAURO - Prefeito Municipal; MARIA SOUZA LIMA - Representante Legal.",
        [("JOÃO DA SILVA SAURO", "Prefeito Municipal"), ("MARIA SOUZA LIMA", "Representante Legal")],
    ),
    (
        "real2 dom_ce_aprece_2974 2022 (Catunda): ', e' parts the signatories, 'e' inside the cargo",
        "DATA DE ASSINATURA DO CONTRATO: 08 de junho de 2022. SIGNATÁRIOS: Antônio Avelino Viana de Oliveira, "
        "Secretário de Agricultura e Meio Ambiente, e Cláudio Martins Bezerra, sócio-administrador da empresa VEXNET.",
        [
            ("Antônio Avelino Viana de Oliveira", "Secretário de Agricultura e Meio Ambiente"),
            ("Cláudio Martins Bezerra", None),
        ],
    ),
    # negative: " e " between two signatories with cargos (no ", e"): two names (DOU 2022)
    (
        "near miss",
        "SIGNATÁRIOS: RITA DE CASSIA GOMES GUIMARÃES - Presidente e Roberta Alves Zanatta - Diretora.",
        [("RITA DE CASSIA GOMES GUIMARÃES", "Presidente"), ("Roberta Alves Zanatta", "Diretora")],
    ),
    # negative: a form's field named with the singular (seed plano de trabalho MGI/ABM 2026)
    (
        "near miss",
        "CNPJ: 00.489.828/0001-55\nNome da Autoridade Signatária: Roberto Seara\nMachado Pojo Rego\nCargo: Secretário",
        [],
    ),
    (
        "the singular where a list opens",
        "Data: 01/02/2024. Signatária: Ana Paula Lima Azevedo, Secretária de Saúde.",
        [("Ana Paula Lima Azevedo", "Secretária de Saúde")],
    ),
    # negative: the verb with a date but no list after it
    ("near miss", "Assinam em 02 de janeiro de 2020 o presente termo.", []),
]


@pytest.mark.parametrize("source,text,expected", LISTS, ids=[r[0][:60] for r in LISTS])
def test_signatory_list_forms(source, text, expected):
    from seidou.extractors.signatures import listed_signatories

    assert [(s.name, s.cargo) for s in listed_signatories(text)] == expected


def test_a_courtesy_title_is_no_part_of_the_name():
    """old dou_s1_2017_10_02 (Cofen): "DR. WALKÍRIO COSTA ALMEIDA" / "Conselheiro Relator" under the president's block."""
    text = (
        "Resolução Cofen nº 311/2007.\nMANOEL CARLOS NERI DA SILVA\nPresidente do Conselho\nDR. WALKÍRIO COSTA ALMEIDA\n"
        "Conselheiro Relator"
    )
    assert rows(text) == [
        ("signatario", "MANOEL CARLOS NERI DA SILVA", "Presidente do Conselho"),
        ("signatario", "WALKÍRIO COSTA ALMEIDA", "Conselheiro Relator"),
    ]
