"""e-Proc (TRF4 and the state courts using it): the stamp closing a signed document.

Examples (public samples, not in the corpus; the stamp's fixed wording):
- ``Documento eletrônico assinado por FULANO DE TAL, Juiz Federal Substituto, na forma do artigo 1º, inciso III,
  da Lei 11.419, de 19 de dezembro de 2006 e Resolução TRF 4ª Região nº 17, de 26 de março de 2010. A conferência
  da autenticidade do documento está disponível no endereço eletrônico http://www.trf4.jus.br/trf4/processos/
  verifica.php, mediante o preenchimento do código verificador 710012345678v2 e do código CRC 1a2b3c4d.`` /
  ``Informações adicionais da assinatura:`` / ``Signatário (a): FULANO DE TAL`` / ``Data e Hora: 24/02/2021,
  às 14:32:10``
- ``Documento eletrônico assinado por MARIA SOUZA, Juíza de Direito, em 08/10/2021, às 14:21:31, conforme art. 1º,
  III, "b", da Lei 11.419/2006. A autenticidade do documento pode ser conferida no site https://eproc1g.tjsc.jus.br/
  eproc/externo_controlador.php?acao=consulta_autenticidade_documentos informando o código verificador
  310012345678v4 e o código CRC ABCD1234.``

The date is the one printed in the stamp, or in "Data e Hora:" after it. Times are Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of, windows
from seidou.versions import tag

VERSION = 1
SYSTEM = "eproc"
NAME = tag("seidou.patterns.esig.eproc", VERSION)
DISTINCT_BY = ("signed_at",)

ANCHOR = regex.compile(
    r"""
    Documento\s+eletr[ôo]nico\s+assinado\s+por\s+
    (?P<name>\p{L}[^,\n]{1,119}?)\s*,\s*                              # FULANO DE TAL,
    (?:(?!na\s+forma|em\s+\d|conforme)(?P<cargo>[^,\n]{2,120}?)\s*,\s*)?   # Juiz Federal Substituto,
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
WHEN = regex.compile(
    r"""
    (?:Data\s+e\s+Hora\s*:\s*|\bem\s+)                           # "Data e Hora:" (TRF4) / "em" (TJSC)
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s*,?\s*(?:[àa]s\s+)?   # 24/02/2021, às
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?                    # 14:32:10
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
BASIS = regex.compile(
    r"""
    (?:na\s+forma\s+d[oa]\s+|conforme\s+)                      # "na forma do" / "conforme"
    (?P<basis>art(?:igo|\.)?\s*1\s*[º°o]?[\s\S]{0,80}?         # "artigo 1º, inciso III," / "art. 1º, III, "b","
      Lei\s+(?:n[º°o.]*\s*)?11\.419                             # "da Lei 11.419"
      (?:/2006|\s*,\s*de\s+19\s+de\s+dezembro\s+de\s+2006)?)  # "/2006" / ", de 19 de dezembro de 2006"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
CODE = regex.compile(
    r"""
    c[óo]digo\s+verificador\s+
    (?P<code>\d{6,20}v\d{1,3})              # 710012345678v2: the document and its version
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
CRC = regex.compile(
    r"""
    c[óo]digo\s+CRC\s+(?P<crc>[0-9A-F]{8})\b   # código CRC 1a2b3c4d
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
URL = regex.compile(
    r"""
    (?:endere[çc]o\s+eletr[ôo]nico|site)\s+   # "no endereço eletrônico" / "no site"
    (?P<url>https?://\S{4,300}?)(?=,?\s)       # the address, its trailing comma left out
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_REACH = 1_200


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for a, stop in windows(ANCHOR, text, _REACH):
        parts = [rx.search(text, a.end(), stop) for rx in (WHEN, BASIS, CODE, CRC, URL)]
        when, basis, code, crc, url = parts
        if not (basis or code or crc):
            continue  # not the stamp: "documento eletrônico assinado por" in running text
        end = max([p.end() for p in parts if p] + [a.end()])
        out.append(
            esig(text, a.start(), end, a.group("name"), NAME, system=SYSTEM, cargo=a.group("cargo"),
                 signed_at=moment_of(when) if when else None, legal_basis=basis.group("basis") if basis else None,
                 verification_code=code.group("code") if code else None, crc=crc.group("crc") if crc else None,
                 verification_url=url.group("url") if url else None)
        )  # fmt: skip
    return out
