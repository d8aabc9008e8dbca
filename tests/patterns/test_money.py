from __future__ import annotations

from decimal import Decimal

import pytest

from seidou.patterns import money
from seidou.patterns.extenso import parse_money, parse_number

D = Decimal

POSITIVE = [
    # (text, value, extenso_value, extenso_match)
    # a decimal point, no thousands groups: UNESCO contract SA-3609/2012 (real2 instrument), annex I
    ("3ª parcela: R$ 11661.72 contra entrega", D("11661.72"), None, None),
    ("valor de R$ 100.00. Pagamento", D("100.00"), None, None),
    (
        "em R$ 622.166,66 (seiscentos e vinte e dois mil cento e sessenta e seis reais e sessenta e seis centavos), serão",
        D("622166.66"),
        D("622166.66"),
        True,
    ),  # seed convênio, cláusula sexta
    (
        "no valor de R$ 620.750,00 (seiscentos e vinte mil, setecentos e cinquenta reais) destinados",
        D("620750.00"),
        D("620750.00"),
        True,
    ),  # seed Lei 1.508/2026 art. 1º: commas between groups
    (
        "II - R$ 1.416,66 (mil quatrocentos e dezasseis reais e sessenta e seis centavos), relativos",
        D("1416.66"),
        D("1416.66"),
        True,
    ),  # seed convênio: Portugal spelling "dezasseis"
    (
        "limite individual de R$ 1.800,00 (mil e oitocentos reais) por beneficiário",
        D("1800.00"),
        D("1800.00"),
        True,
    ),  # seed convênio, subcláusula quarta
    ("TOTAL.....R$ 620.750,00", D("620750.00"), None, None),  # seed Lei 1.508/2026, budget table
    ("R$1.091.956,68 R$ 25.453,50", D("1091956.68"), None, None),  # SEI/MS parecer 267/2024 p. 1 (no space)
    ("no valor de R$ 30.000,00 (trinta mil reais), fixando-lhe", D("30000.00"), D("30000.00"), True),  # DOU 2014 p. 121
    ("orçamento de R$ 1,5 milhão para", D("1500000.00"), None, None),
    ("R$ 2.000,00 (dois mil e quinhentos reais)", D("2000.00"), D("2500.00"), False),  # a mismatch is a finding
    ("R$ 100,00 (valor estimado)", D("100.00"), None, None),  # parenthesis that is not an amount in words
    # money@4 (seg26): a bare amount after a value's label (four publishers)
    (
        "VALOR ANUAL: 12.099,60 (doze mil, noventa e nove reais e sessenta centavos).",  # DOE-BA 22.825
        D("12099.60"),
        D("12099.60"),
        True,
    ),
    ("VALOR: 282,00 (duzentos e oitenta e dois reais) DATA DA", D("282.00"), D("282.00"), True),  # DOE-RJ 047/2023
    # money@7's near miss: words naming reais make it money whatever follows (constructed from the DOE-RJ row)
    ("VALOR: 282,00 (duzentos e oitenta e dois reais) mensais", D("282.00"), D("282.00"), True),
    (
        "SULMINAS FIOS & CABOS LTDA, itens 2, 3 e 4, Valor: 2.026.589,25. Objeto:",
        D("2026589.25"),
        None,
        None,
    ),  # DODF 003
    ("Marca/Procedência: Embramed/Nacional,Valor Unit.: 0,2800; Item: 02", D("0.28"), None, None),  # DODF 017/2004
    # money@5: a text layer's stray space before the thousands dot, with full groups and cents (DOE-BA 2020)
    ("AMBIENTE LTDA - valor global de R$ 4 .686.661,55- Prazo de Execução", D("4686661.55"), None, None),
    # zeros past the cents: PRONAS Anexo III APAE Colinas (old corpus), DOU S1 2014-10-01 p. 108 retificação
    ("QTD VALOR TOTAL UNITÁRIO\n10\nR$312,000 R$3.120,00", D("312.00"), None, None),
    ("01 R$479,0000 R$ 479,00", D("479.00"), None, None),
    ('onde se lê: "... no valor de R$86.000,0000, em forma de doação', D("86000.00"), None, None),
    # money@6: a bare amount with the same amount in words naming reais (the "R" dropped: DOE-BA 2020; a colon after
    # "R$": DOM-AL AMA 2.121, 2023)
    (
        "Valor do Contrato: Valor total: $ 464.200,00 (quatrocentos e sessenta e quatro mil e duzentos reais).",
        D("464200.00"),
        D("464200.00"),
        True,
    ),
    ("VALOR GLOBAL R$: 33.930,00 (TRINTA E TRÊS MIL NOVECENTOS E TRINTA REAIS);", D("33930.00"), D("33930.00"), True),
    # money@6: a stray space before the label's abbreviation dot (DODF 017/2004, SES atas)
    ("Marca/Procedência: EmbramedNacional, Valor Unit .: 0,310; Item: 04, Quantidade", D("0.31"), None, None),
]
NEGATIVE = [
    "Lei Orçamentária nº 1.412, de 13 de novembro de 2024",  # seed convênio: a law number, not money
    "Decreto nº 8.726, de 27 de abril de 2016",
    "matrícula nº 9.061.600-6",
    "Processo nº 21034.003544/2014",
    "620.750,00",  # a bare number outside an amounts column
    # money@5: an amount is never cut short inside its digits (a fraction of a cent the table cannot hold, a
    # misprinted thousands comma): DOU S3 2020, DOM-MG 2023
    "3.899/0001-71, para o ITEM 1 no VALOR UNITÁRIO DE R$ 0,2642. Os autos do processo",
    "PRODUTOS HOSPITALARES LTDA. Valor total estimado: R$ 46,874,35\nNNL ACESSORIOS",
    "multiplicado por R$ 0,0179\nADV.(A/S)",  # DOU S1 2017: digits past the cents that are not zeros
    "a parcela de R$ 5 .000 reais",  # a stray space without the groups and cents: neither read through nor cut
    # near misses of money@4: a fraction of a cent, a quantity's label, a percentage after a value's label
    "Marca/Procedência Embramed/Nacional,Valor Unit.: 0,2390; Item: 03",
    "Quantidade Estimada: 1.000,00 unidades",
    "Valor: 10,25% do total",
    # a measure or a fiscal unit after the value's label is no money (review rev26c near misses)
    "Taxa de licença. Valor: 1.500,00 UFIR.",
    "Valor unitário: 12,50 UFM por metro linear",
    "Valor: 25,00 pontos",
    "Valor total: 1.000,00 kg de alimentos",
    "Valor: 35,00 m²",
    # ... also with the amount in words between, naming no currency (money@7: review27)
    "Taxa de licença. Valor: 1.500,00 (mil e quinhentos) UFIR.",
    "Valor: 25,00 (vinte e cinco) pontos",
    # near misses of money@6: the label's stray space, but digits past the cents that are not zeros (an item number
    # glued: "0,38006", DODF 017/2004) or a fraction of a cent
    "EmbramedNacional, Valor Unit .: 0,38006, Quantidade Estimada Semestral: 1.200",
    "Valor Unit .: 0,2390; Item: 03",
    # near misses of money@6: words that do not name reais, or name another value
    "prorrogado por 12,00 (doze) meses",
    "fornecimento de 1.000,00 (mil) litros de óleo diesel",
    "saldo de 400,00 (trezentos reais) a apurar",
    # indicators' values (SEI/AL CBMAL 2025): days, and a ratio among percentages of the same label
    "Indicador nº 19 - PRAZO PARA ACESSO À INFORMAÇÃO AO CIDADÃO\nPeríodo: 1º semestre de 2024 Valor: 13,93 dias",
    "Indicador nº 40 - Perfil profissiográfico\nPeríodo: 1º semestre de 2024 Valor: 0%\nIndicador nº 41 - Estabilidade "
    "em cargos de chefia\nPeríodo: 1º semestre de 2024 Valor: 0,33\nPeríodo: 2º semestre de 2024 Valor: 0,25",
]


@pytest.mark.parametrize("text,value,extenso_value,match", POSITIVE)
def test_positive(text, value, extenso_value, match):
    m = money.find(text)[0]
    assert (m.value, m.get("extenso_value"), m.get("extenso_match")) == (value, extenso_value, match)
    assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert money.find(text) == []


def test_table_column_under_valor_header():
    # SEI/MS parecer 267/2024 style: a column headed "Valor (R$)" holds bare amounts
    text = "Item Descrição Valor (R$)\n1 Cadeira de rodas 2.500,00\n2 Andador 1.275.472,00\nTotal 1.277.972,00"
    assert [m.value for m in money.find(text)] == [D("2500.00"), D("1275472.00"), D("1277972.00")]


@pytest.mark.xfail(strict=True, reason="DOU 2014-10-01 p. 121: amounts broken inside a table cell ('R$144. 54.743,8')")
def test_known_gap_amount_broken_in_table():
    assert [m.value for m in money.find("Valor R$144. 54.743,8")] != [D("144.00")]


WORDS = [
    ("seiscentos e vinte mil, setecentos e cinquenta reais", D("620750.00")),
    ("um milhão e quinhentos mil reais", D("1500000.00")),
    (
        "dois milhões, trezentos e quarenta e cinco mil, seiscentos e setenta e oito reais e noventa centavos",
        D("2345678.90"),
    ),
    ("cem reais", D("100.00")),
    ("cento e um reais", D("101.00")),
    ("um bilhão, duzentos milhões de reais", D("1200000000.00")),
    ("cinquenta centavos", D("0.50")),
    ("dezanove reais", D("19.00")),
    ("catorze mil reais", D("14000.00")),
    ("um real e um centavo", D("1.01")),
]


@pytest.mark.parametrize("words,value", WORDS)
def test_extenso(words, value):
    assert parse_money(words) == value


def test_extenso_rejects_non_numbers():
    assert parse_money("valor estimado") is None
    assert parse_number("trinta e dois") == 32 and parse_number("trinta e tal") is None


# a bare "R$" heading a budget table's currency column (money@3): (source, text, the amounts found)
R_COLUMN = [
    (  # Tucano-BA Lei 375/2017 (crédito especial): "VALOR R$" ends the header line
        "Tucano-BA Lei 375/2017",
        "PROGRAMA SEGUNDO A NATUREZA FONTE VALOR R$\nSECRETARIA MUNICIPAL DE SAÚDE\n1.0.23 4.4.90.51 9223 399.996,66",
        ["399996.66"],
    ),
    (  # DOM-BH 7.143, decreto 18.887: the header after the table's caption, the first amount on the next line
        "DOM-BH 7.143 decreto 18.887",
        "conforme autorização contida no art. 6º da Lei nº 11.644, de 29 de dezembro de 2023: R$\n223.019,20 31.176,74\n"
        "Fundo Municipal de Segurança Alimentar\n2505.18.541.0073.2580.339039.1.500.000 8.700,00",
        ["223019.20", "31176.74", "8700.00"],
    ),
    (  # DOM-BH 7.143, decreto 18.886: the header cell set at the start of a text line
        "DOM-BH 7.143 decreto 18.886",
        "R$ federal nº 4.320, de 17 de março de 1964:\nSecretaria Municipal de Educação – SMED\n1.516.000,00 1.900,00",
        ["1516000.00", "1900.00"],
    ),
    # near misses: prose wrapped after "no valor de R$", a cell "R$ -" among priced cells (Fundação Abrinq plano de
    # trabalho, D4Sign), a percentage under the header (DOM-BH 7.143 "Percentual utilizado 10,25%")
    (
        "DOM-BH 7.143 extrato",
        "passou a ser arrematante do lote 09 com o valor de R$\n5.600.000,00 (cinco milhões e seiscentos mil reais).\n"
        "Em 11/10/2024, o lance de 1.000,00 foi recusado",
        ["5600000.00"],
    ),
    ("Fundação Abrinq plano de trabalho", "40h R$ 1.521,67 R$ - R$ 121,73\nEncargos 608,67", ["1521.67", "121.73"]),
    (
        "DOM-BH 7.143 anexo III",
        "Valor do Decreto R$\n2.213.500,00\nPercentual utilizado 10,25%",
        ["2213500.00"],
    ),
    # money@6: a "%" opening the next line is another cell (Criança Esperança plano de trabalho: the shares' column
    # after the values'); a "%" glued or after one space is the number's (above)
    (
        "Criança Esperança plano de trabalho",
        "Valor investido (R$)\n300.000,00\n236.505,06\n% *\nPercentual 10,25 %",
        ["300000.00", "236505.06"],
    ),
]


@pytest.mark.parametrize("source,text,values", R_COLUMN)
def test_bare_real_sign_heads_a_column(source, text, values):
    assert [str(m.value) for m in money.find(text)] == values, source
