"""SUAP (the federal institutes' system): the block listing who signed an electronic document.

Examples (public-sample shapes, not in the corpus; the block's fixed wording):
- ``Documento assinado eletronicamente por:`` / ``▪ Fulano de Tal, DIRETOR(A) GERAL - CD0002 - DG/IFRN, em
  08/10/2021 14:21:31.`` / ``Este documento foi emitido pelo SUAP em 08/10/2021. Para comprovar sua autenticidade,
  faça a leitura do QRCode ao lado ou acesse https://suap.ifrn.edu.br/autenticar-documento/ e forneça os dados
  abaixo:`` / ``Código Verificador: 123456`` / ``Código de Autenticação: 1a2b3c4d5e``
- ``Documento assinado eletronicamente por:`` / ``Maria Souza, PROFESSOR ENS BASICO TECN TECNOLOGICO, em
  09/10/2021 10:00:00`` / ``João Lima, COORDENADOR, em 09/10/2021 11:30:00`` (several signers, one per line)

The code pair goes to ``verification_code`` (Código Verificador) and ``crc`` (Código de Autenticação),
as SEI's. Times are Brasília.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment_of
from seidou.versions import tag

VERSION = 1
SYSTEM = "suap"
NAME = tag("seidou.patterns.esig.suap", VERSION)
DISTINCT_BY = ("signed_at",)

HEAD = regex.compile(
    r"""
    Documento\s+assinado\s+eletronicamente\s+por\s*:   # the colon: SEI's stamp has none
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ENTRY = regex.compile(
    r"""
    \s*[▪•·■\-–*]?\s*                                                # the list's bullet
    (?P<name>\p{L}[^,\n:]{1,119}?)\s*,\s*                            # Fulano de Tal,
    (?P<cargo>[^\n]{1,200}?)\s*,\s*                                  # DIRETOR(A) GERAL - CD0002 - DG/IFRN,
    em\s+(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+                   # em 08/10/2021
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\.?                   # 14:21:31.
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
VERIFIER = regex.compile(
    r"""
    C[óo]digo\s+Verificador\s*:\s*(?P<v>[\w-]{3,40})          # Código Verificador: 123456
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
AUTH = regex.compile(
    r"""
    C[óo]digo\s+de\s+Autentica[çc][ãa]o\s*:\s*(?P<a>[\w-]{4,64})   # Código de Autenticação: 1a2b3c4d5e
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
URL = regex.compile(
    r"""
    acesse\s+(?P<url>https?://\S{4,200}?)      # "acesse https://suap.ifrn.edu.br/autenticar-documento/"
    (?=[\s,;)]|\.?$|\.\s)                       # ends before a space or a closing full stop
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
_REACH = 1_500


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    heads = list(HEAD.finditer(text))
    for k, h in enumerate(heads):
        limit = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        pos, entries = h.end(), []
        for _ in range(50):
            e = ENTRY.match(text, pos, limit)
            if not e:
                break
            entries.append(e)
            pos = e.end()
        if not entries:
            continue
        stop = min(limit, pos + _REACH)
        v, a, u = VERIFIER.search(text, pos, stop), AUTH.search(text, pos, stop), URL.search(text, pos, stop)
        for i, e in enumerate(entries):
            out.append(
                esig(text, h.start() if i == 0 else e.start("name"), e.end(), e.group("name"), NAME, system=SYSTEM,
                     signed_at=moment_of(e), cargo=e.group("cargo"), verification_code=v.group("v") if v else None,
                     crc=a.group("a") if a else None, verification_url=u.group("url") if u else None)
            )  # fmt: skip
    return out
