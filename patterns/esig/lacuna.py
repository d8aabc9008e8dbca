"""Official gazettes signed through Lacuna PKI and alike: the footer naming the edition's signer.

Examples:
- ``Documento assinado digitalmente em consonância com a MP 2.200-2/2001 em, 04/12/2024, pelo assinante:
  MERCIA ADRIANA TEIXEIRA CPF: 000.628.956-80.`` / ``Hash da assinatura: 0AA7B65D6177D6EBFE72204928E697001A38AF07.
  Utilize o QR Code ao lado para conferir sobre a assinatura.`` (bh_dom_7147_2024_12_05_p1_4_5.pdf, real2/gazette,
  every page; note the comma after "em")
- ``Documento assinado digitalmente em consonância com a MP 2.200-2/2001 em 04/12/2024, pelo assinante: …``
  (the same footer as the brief words it, without the comma)
- ``Documento assinado digitalmente conforme MP 2.200-2/2001 por JOÃO DA SILVA, em 10/01/2023 às 18:01:02``
  (public sample, not in the corpus: the signer named before the date)

A date without a time gives midnight Brasília of that day. The DOU's footer ("Documento assinado
digitalmente conforme MP nº 2.200-2 de 24/08/2001, que institui a ICP-Brasil") names nobody: no hit.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of
from seidou.versions import tag

VERSION = 1
SYSTEM = "lacuna"
NAME = tag("seidou.patterns.esig.lacuna", VERSION)
DISTINCT_BY = ()  # one signature per edition, its footer repeated on every page

PATTERN = regex.compile(
    r"""
    Documento\s+assinado\s+digitalmente\s+
    (?:em\s+conson[âa]ncia\s+com|conforme|nos\s+termos\s+d[ao])\s+(?:a\s+)?
    (?P<basis>(?:MP|Medida\s+Provis[óo]ria)\s*(?:n[º°o.]*\s*)?2\.?200-2\s*/\s*(?:20)?01)   # MP 2.200-2/2001
    \s*,?\s*
    (?:em\s*,?\s*                                                   # em, 04/12/2024,  (BH: a comma after "em")
       (?P<ad>\d{2})/(?P<am>\d{2})/(?P<ay>\d{4})
       (?:\s*,?\s*(?:[àa]s\s+)?(?P<aH>\d{2}):(?P<aM>\d{2})(?::(?P<aS>\d{2}))?)?
       \s*,?\s*pel[oa]\s+assinante\s*:?\s*                         # pelo assinante:
     |por\s*:?\s*)                                                   # or: por NOME …, em DATA
    (?P<name>\p{L}[^\n,;]{1,119}?)                                   # MERCIA ADRIANA TEIXEIRA
    (?=\s*(?:,|;|\.\s|\.?$|\n|CPF\b|em\s+\d))
    (?:\s*,?\s*CPF\s*:?\s*[\d.\-*X]{11,14})?                         # CPF: 000.628.956-80 (not kept)
    (?:\s*,?\s*em\s*,?\s*                                            # , em 10/01/2023 às 18:01:02
       (?P<bd>\d{2})/(?P<bm>\d{2})/(?P<by>\d{4})
       (?:\s*,?\s*(?:[àa]s\s+)?(?P<bH>\d{2}):(?P<bM>\d{2})(?::(?P<bS>\d{2}))?)?)?
    (?:\s*\.?\s*Hash\s+da\s+assinatura\s*:?\s*(?P<hash>[0-9A-F]{16,128}))?   # Hash da assinatura: 0AA7…
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        p = "a" if m.group("ad") else "b"
        printed = m.group(p + "d") is not None
        if not printed:
            continue  # "por NOME" with no date: not this footer
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM, signed_at=moment_of(m, prefix=p),
                 legal_basis=m.group("basis"), verification_code=m.group("hash"))
        )  # fmt: skip
    return out
