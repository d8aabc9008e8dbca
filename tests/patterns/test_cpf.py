from __future__ import annotations

import pytest

from seidou.patterns import cpf

POSITIVE = [
    # (text, value, valid, complete)
    ("Prefeito\nCPF nº 055.781.735-86\nGUILHERME", "05578173586", True, True),  # Tucano gazette 1.507 p. 8
    ("Tesoureiro\nCPF nº 052.872.885-73", "05287288573", True, True),  # same page
    ("Alcídia Bragança (CPF 766.900.837-72); Carlos", "76690083772", True, True),  # DOU 2014-10-01 p. 121, TCU
    ("CPF: ***.456.789-**", "***.456.789-**", None, False),  # masked as the Portal da Transparência publishes
    ("CPF XXX.456.789-XX", "***.456.789-**", None, False),
    ("CPF nº 05578173586", "05578173586", True, True),  # unpunctuated after a lead-in
    ("CPF 055.781.735-87", "05578173587", False, True),  # one digit off: kept, invalid
    # DOU 2014-10-01 p. 106 and 2017-10-02 Seção 2 p. 55 (TCU lists): the line ends after the dash
    # (a test number stands in for the person's)
    ("Jorge Ernesto Pinto Fraxe (111.444.777-\n35) e Moacyr", "11144477735", True, True),
    # DOU 2017-10-02 Seção 2 and 3: after a dash that follows a name, glued to "Nº"
    ("no mês de junho de 2017.\nCLAUDIA MARIA DA SILVA -111.444.777-35\nGEORGINA", "11144477735", True, True),
    ("LUIS FERNANDO DOS SANTOS MARTINS-111.444.777-35\nMARCIA", "11144477735", True, True),
    ("DIANA NEVES MENEZES,CPF Nº111.444.777-35, EME", "11144477735", True, True),
    ("SEGEP n.º 1/2017.\n.CPF NOME\n.111.444.777-35 MARIA", "11144477735", True, True),  # a cell's leading dot
    # DOU 2017-10-02 Seção 2: spaced or dotted after a lead-in
    ("Marilia Borges do Nascimento, CPF nº 111 444 777 35, matrícula", "11144477735", True, True),
    ("SIAPE nº 1448997, CPF nº 111.444.777.35, no período", "11144477735", True, True),
    ("SIAPE - 1537657, CPF.: 111 444 777 - 35, do encargo", "11144477735", True, True),
    ("matrícula SIAPE nº 1567832, CPF - 111444777-35, Técnico", "11144477735", True, True),
    ("OLIVEIRA MARQUES, CPF Nº 111.444777-35,LEON", "11144477735", True, True),
]
NEGATIVE = [
    "CNPJ: 00.489.828/0001-55",
    "matrícula nº 9.061.600-6",
    "Processo nº 21034.003544/2014",
    "telefone 0800 123 4567",
    "05578173587",  # 11 digits whose check digits fail, no lead-in: a number, not a CPF
    "Processo: 0113-015049/2014, Registro; 05305512255",  # DODF 2020-01-07: passes the digits, named a Registro
    "RENAVAM 05578173586",  # another identifier's name before it
    "Processo SEI 05578173586",
    "código 12-055.781.735-86",  # after a dash that follows a digit: part of a longer code
    "valor 1.055.781.735-86",  # after a dot that follows a digit: part of a longer number
]
# CPFs printed bare (DODF 2020-01-08): how each is told apart, in its extractor
LISTED = "PROCESSO/WEB; INTERESSADO; CPF: " + "; ".join(
    f"201910{i:02d}-1{i:05d}, Nome Sobrenome {i}, 05578173586" for i in range(40)
)
BARE = [
    ("INTERESSADO; CPF: 20191014-136437, Fulano de Tal, 05578173586;", ["seidou.patterns.cpf@4+list"]),
    (LISTED, ["seidou.patterns.cpf@4+list"] * 40),  # the last one ~2,000 characters after "CPF"
    ("R$ 12.000,00 R$ 30.000,00 05578173586 Outro Projeto", ["seidou.patterns.cpf@4+bare"]),  # a table, no header read
    ("CPF: 05578173586", ["seidou.patterns.cpf@4"]),  # after a lead-in, as before
    ("D045248-OEU; ODILEIA SOUZA E SILVA, 055781735-86, CON", ["seidou.patterns.cpf@4+bare"]),  # DOU 2017 Seção 2
    (".CPF .05578173586 .05287288573", ["seidou.patterns.cpf@4", "seidou.patterns.cpf@4+list"]),  # DOU 2017 Seção 2 table cells
    ("CPF: 123; Fulano Denis, 05578173586; Ana Berg, 05287288573", ["seidou.patterns.cpf@4+list"] * 2),  # not NIS, RG
    ("CPF 05578173586; 05287288573", ["seidou.patterns.cpf@4", "seidou.patterns.cpf@4+list"]),
    ("CPF, " + "x" * 3100 + " 05578173586", ["seidou.patterns.cpf@4+bare"]),  # too far from the "CPF"
]


@pytest.mark.parametrize("text,value,valid,complete", POSITIVE)
def test_positive(text, value, valid, complete):
    (m,) = cpf.find(text)
    assert (m.value, m.valid, m.get("complete")) == (value, valid, complete)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert cpf.find(text) == []


@pytest.mark.parametrize("text,extractors", BARE)
def test_bare(text, extractors):
    found = cpf.find(text)
    assert [m.extractor for m in found] == extractors
    assert all((m.valid, m.get("complete"), len(m.value)) == (True, True, 11) for m in found)


def test_masking_keeps_length():
    raw = "055.781.735-86"
    assert cpf.mask_in_place(raw) == "***.781.735-**" and len(cpf.mask_in_place(raw)) == len(raw)
    assert cpf.masked(raw) == "***.781.735-**"
