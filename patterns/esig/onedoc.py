"""1Doc: the margin stamp listing who signed, and the final manifest page with each signing.

Examples (paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf, real2/esig):
- margin, every page: ``Assinado por 5 pessoas: ANTONIO TAKASHI SASADA, VÂNIA FERREIRA RIOS, ANTONIO
  MARCOS MONTAI MESSIAS, MARCELO RICARDO MENEGON BOMFIM e CATIA APARECIDADA SILVA`` / ``Para verificar a
  validade das assinaturas, acesse https://institutogov.1doc.com.br/verificacao/1982-45EF-60D7-4E7E e
  informe o código 1982-45EF-60D7-4E7E``
- manifest, p. 17: ``ANTONIO TAKASHI SASADA (CPF 099.XXX.XXX-42) em 28/03/2022 15:55:07 (GMT-03:00)`` /
  ``Papel: Parte`` / ``Emitido por: AC Certisign RFB G5 << AC Secretaria da Receita Federal do Brasil v4 <<
  Autoridade Certificadora Raiz Brasileira v5`` / ``(Assinatura ICP-Brasil)``
- same page: ``MARCELO RICARDO MENEGON BOMFIM (CPF 171.XXX.XXX-61) em 29/03/2022 15:04:40`` / ``(GMT-03:00)``
  and again at 15:07:59: two signings of one person, both kept by ``dedupe``.

The margin names carry no date (``signed_at`` None, ``valid`` None); the manifest's do, with the
printed offset. A margin list broken after a comma continues on the next line (rotated text).
"""

from __future__ import annotations

import regex

from ..mention import Mention, Opened
from ._common import esig, moment_of, offset, prints
from seidou.versions import tag

VERSION = 1
SYSTEM = "1doc"
NAME = tag("seidou.patterns.esig.onedoc", VERSION)
DISTINCT_BY = ("signed_at",)  # the manifest lists each signing (MARCELO … BOMFIM twice, p. 17)

MARGIN = regex.compile(
    r"""
    Assinado\s+por\s+(?P<n>\d{1,3})\s+pessoas?\s*:\s*             # "Assinado por 5 pessoas:" ("1 pessoa:")
    (?P<names>[^\n:]{1,1500}                                      # "A, B, C, D e E" (greedy: a colon or a line
      (?:(?<=,\s*)\r?\n[^\n:]{1,1500}){0,3})                      # end stops it); a line ending on a comma goes
                                                                   # on below (rotated margin text)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
VERIFY = regex.compile(
    r"""
    Para\s+verificar\s+a\s+validade\s+das\s+assinaturas\s*,?\s+acesse\s+
    (?P<url>https?://\S{4,200}?)\s+                                # https://<cliente>.1doc.com.br/verificacao/<código>
    e\s+informe\s+o\s+c[óo]digo\s+(?P<code>[0-9A-F]{4}(?:-[0-9A-F]{4}){3})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_PARA = regex.compile(r"\s*Para\s+verificar", regex.IGNORECASE)

MANIFEST = regex.compile(
    r"""
    (?:VERIFICA[ÇC][ÃA]O\s+DAS\s+ASSINATURAS                       # the manifest page's title
       |assinado\s+digitalmente\s+pelos\s+seguintes\s+signat[áa]rios)
    (?:\s*C[óo]digo\s+para\s+verifica[çc][ãa]o\s*:\s*(?P<code>[0-9A-F]{4}(?:-[0-9A-F]{4}){3}))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# (MANIFEST tried only where its first word starts)
MANIFESTS = Opened(MANIFEST, (regex.compile(r"(?i:verifica)"), regex.compile(r"(?i:assinado)")))

ENTRY = regex.compile(
    r"""
    ^[ \t]*(?P<name>\p{L}[^\n()]{1,119}?)\s*                       # NOME, at a line start
    \(\s*CPF\s*[\dX*.\-]{11,14}\s*\)\s*                            # (CPF 099.XXX.XXX-42): masked by 1Doc
    em\s+(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s+
    (?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*
    (?:\(\s*(?P<tz>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\s*\))?  # (GMT-03:00), maybe on the next line
    (?:\s*Papel\s*:\s*(?P<role>[^\n]{1,60}))?                      # Papel: Parte
    (?:\s*Emitido\s+por\s*:\s*(?P<issuer>[^\n(]{1,300}))?          # Emitido por: AC … << … (the chain)
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)

CODE = regex.compile(
    r"""
    C[óo]digo\s+para\s+verifica[çc][ãa]o\s*:\s*            # "Código para verificação:"
    (?P<code>[0-9A-F]{4}(?:-[0-9A-F]{4}){3})                 # 1982-45EF-60D7-4E7E
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
URL = regex.compile(
    r"""
    https?://[\w.-]{1,80}\.1doc\.com\.br     # https://<cliente>.1doc.com.br
    /verificacao/[\w-]{4,40}                  # /verificacao/1982-45EF-60D7-4E7E
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_COMMA = regex.compile(r",")
_E = regex.compile(r"\s+e\s+(?=\S)")  # the lower-case "e" before a list's last name
_MANIFEST_REACH = 20_000


def _names(text: str, start: int, end: int, n: int) -> list[tuple[int, int]]:
    """Spans of the names in the list ``text[start:end]`` of ``n`` names: split at commas, then the last
    piece at its last lower-case " e " while names are missing (a name may hold an upper-case "E")."""
    s = text[start:end]
    cuts = [m.span() for m in _COMMA.finditer(s)]
    if len(cuts) + 1 < n:
        tail = cuts[-1][1] if cuts else 0
        es = list(_E.finditer(s, tail))
        if es:
            cuts.append(es[-1].span())
    out, pos = [], 0
    for a, b in cuts + [(len(s), len(s))]:
        piece = s[pos:a]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append((start + pos + lead, start + pos + trail))
        pos = b
    return out


def _skip_ws(text: str, pos: int, most: int = 20) -> int:
    end = min(len(text), pos + most)
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not prints(text, "assina"):
        return out  # MARGIN's and MANIFEST's every match reads it (a cheap gate: MANIFEST is an alternation)
    for m in MARGIN.finditer(text):
        a, b = m.span("names")
        cut = _PARA.search(text, a, b)
        if cut:
            b = cut.start()  # the stamp's second sentence on the same line
        elif b < len(text) and text[b] == ":":
            continue  # ran into a colon: not a list of names
        v = VERIFY.match(text, _skip_ws(text, b))
        for x, y in _names(text, a, b, int(m.group("n"))):
            out.append(
                esig(text, x, y, text[x:y], NAME, system=SYSTEM, signed_at=None, date_printed=False,
                     verification_code=v.group("code") if v else None, verification_url=v.group("url") if v else None)
            )  # fmt: skip
    heads = list(MANIFESTS.finditer(text))
    for i, h in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        stop = min(stop, h.end() + _MANIFEST_REACH)
        url = URL.search(text, h.end(), stop)
        c = CODE.search(text, max(0, h.start() - 600), stop)  # printed just above the sentence heading
        code = h.group("code") or (c.group("code") if c else None)
        for e in ENTRY.finditer(text, h.end(), stop):
            when = moment_of(e, offset(e.group("tz")))
            out.append(
                esig(text, e.start("name"), e.end(), e.group("name"), NAME, system=SYSTEM, signed_at=when,
                     verification_code=code, verification_url=url.group() if url else None,
                     cert_issuer=e.group("issuer"), role=e.group("role"))
            )  # fmt: skip
    return sorted(out, key=lambda x: (x.start, x.end))
