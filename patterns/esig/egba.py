"""Diário Oficial do Estado da Bahia: the edition signed by EGBA (Empresa Gráfica da Bahia).

Examples (public-sample shapes, not in the corpus; written from the stamp's description: the DOE-BA
pages of this project are held out for measuring):
- ``Assinado digitalmente pelo EGBA`` / ``… Código de Autenticação: 1A2B3C4D5E``
- ``Documento assinado digitalmente pela Empresa Gráfica da Bahia - EGBA em 21/01/2020 às 00:12:34. Código de
  Autenticação: 7F3C-2A91`` (with a date: ``signed_at`` set)

Real (real2 doe_ba_22825_2020_01_21_pages.pdf, tune split, pp. 2-5, the footer of every page):
- ``Assinado digitalmente pelo EGBA - Empresa Gráfica da Bahia`` / ``Data: Terça-feira, 21 de Janeiro de 2020 às
  0:49:51`` / ``Código de Autenticação: 5c43bc47`` (the date in words after a weekday)

The signer is the organisation, printed as it appears (``EGBA``, ``EGBA - Empresa Gráfica da Bahia``). Without a printed date, ``signed_at``
is None and ``valid`` None.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment, moment_of, month
from seidou.versions import tag

VERSION = 2  # 2: "EGBA - Empresa Gráfica da Bahia" and the date in words (the real footer)
SYSTEM = "egba"
NAME = tag("seidou.patterns.esig.egba", VERSION)
DISTINCT_BY = ()  # one signature per edition, repeated on its pages

PATTERN = regex.compile(
    r"""
    (?:Documento\s+)?assinado\s+digitalmente\s+pel[oa]\s+
    (?P<name>EGBA(?:[ \t]*[-–][ \t]*Empresa\s+Gr[áa]fica\s+da\s+Bahia)?         # EGBA - Empresa Gráfica da Bahia
      |Empresa\s+Gr[áa]fica\s+da\s+Bahia(?:\s*[-–(]\s*EGBA\s*\)?)?)             # Empresa Gráfica da Bahia - EGBA
    (?P<mid>(?:(?!assinado\s+digitalmente)[\s\S]){0,400}?)                       # date, URL, …
    C[óo]digo\s+de\s+Autentica[çc][ãa]o\s*:?\s*
    (?P<code>[0-9A-Z](?:[0-9A-Z.\-]{2,62}[0-9A-Z]))                                # the authentication code
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WHEN = regex.compile(
    r"""
    \bem\s+(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})                            # em 21/01/2020
    (?:\s*,?\s*(?:[àa]s\s+)?(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?    # às 00:12:34
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
URL = regex.compile(
    r"""
    https?://\S{4,200}?(?=[\s,;)]|\.\s|$)    # an address, without the sentence's full stop
    """,
    regex.VERBOSE,
)


# "Data: Terça-feira, 21 de Janeiro de 2020 às 0:49:51"
WHEN_WORDS = regex.compile(
    r"""
    (?P<d>\d{1,2})\s+de\s+(?P<mname>\p{L}+)\s+de\s+(?P<y>\d{4})                   # 21 de Janeiro de 2020
    (?:\s*,?\s*(?:[àa]s\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?          # às 0:49:51
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _when(mid: str):
    w = WHEN.search(mid)
    if w:
        return moment_of(w)
    w = WHEN_WORDS.search(mid)
    mo = month(w.group("mname")) if w else None
    if mo is None:
        return None
    return moment(w.group("y"), mo, w.group("d"), w.group("H"), w.group("M"), w.group("S"))


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in PATTERN.finditer(text):
        when = _when(m.group("mid"))
        u = URL.search(m.group("mid"))
        out.append(
            esig(text, m.start(), m.end(), m.group("name"), NAME, system=SYSTEM,
                 signed_at=when, date_printed=when is not None,
                 verification_code=m.group("code"), verification_url=u.group() if u else None)
        )  # fmt: skip
    return out
