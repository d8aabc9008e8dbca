"""SEI electronic-signature stamps: name, cargo, date and time (Brasília), legal basis.

Examples:
- ``Documento assinado eletronicamente por Hugo Carvalho Marques, Diretor(a), em 09/04/2026, às 14:41,
  conforme horário oficial de Brasília, com fundamento no § 3º do art. 4º do Decreto nº 10.543, de 13 de
  novembro de 2020.`` (seed plano de trabalho, p. 5)
- ``Documento assinado eletronicamente por Eduardo Bruno Pessoa Vieira, Diretor(a) em 06/01/2025, às
  11:13, conforme horário oficial de Brasília.`` (SEI-AL: no comma before "em", no legal basis)
SEI prints Brasília time (UTC−03:00, no daylight saving since 2019): timestamps are zone-aware.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import regex

from .mention import Mention, make
from seidou.versions import tag

VERSION = 1
NAME = tag("seidou.patterns.sei_stamp", VERSION)
BRASILIA = ZoneInfo("America/Sao_Paulo")

PATTERN = regex.compile(
    r"""
    Documento\s+assinado\s+eletronicamente\s+por\s+
    (?P<name>[^,\n]{3,120}?)\s*,\s*                                   # NOME,
    (?P<cargo>[^\n]{1,200}?(?:\n[^\n]{1,200}?)?)\s*,?\s+em\s+         # CARGO, em (SEI-AL: CARGO em); the cargo
                                                                       # may be cut by a line break (seed convênio)
    (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s*,?\s*[àa]s\s+
    (?P<H>\d{1,2})\s*[:h]\s*(?P<M>\d{2})                               # às 21:32
    (?:,?\s*conforme\s+hor[áa]rio\s+oficial\s+de\s+Bras[íi]lia)?
    (?:\s*,?\s*com\s+fundamento\s+(?P<basis>[^\n]*))?                  # the legal basis, to the paragraph end
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def brasilia_time(m) -> dt.datetime:
    """The Brasília date-time of a match with groups y, m, d, H, M (and S, when the pattern has it);
    raises ValueError for an impossible date."""
    seconds = m.groupdict().get("S")
    return dt.datetime(
        int(m.group("y")),
        int(m.group("m")),
        int(m.group("d")),
        int(m.group("H")),
        int(m.group("M")),
        int(seconds or 0),
        tzinfo=BRASILIA,
    )


def find(text: str) -> list[Mention]:
    out = []
    for m in PATTERN.finditer(text):
        try:
            when = brasilia_time(m)
        except ValueError:
            when = None
        basis = m.group("basis")
        if basis:
            basis = "com fundamento " + basis.strip().rstrip(".")
        out.append(
            make(
                "sei_stamp",
                text,
                m.start(),
                m.end(),
                m.group("name").strip(),
                when is not None,
                NAME,
                cargo=regex.sub(r"\s+", " ", m.group("cargo")).strip(),
                signed_at=when,
                legal_basis=basis,
            )
        )
    return out
