"""``mention.matches_from``: a pattern tried only where its matches can start (a line's start, the words it opens
with) gives exactly the matches of its ``finditer``, spans and groups, on strings built to probe the edges (look-behinds
before the place tried, ``^`` after a line feed only, matches that follow or overlap each other) and on real pages."""

from __future__ import annotations

from seidou.extractors.signatory_lists import PARTY, PARTY_OPENERS
from seidou.extractors.signature_blocks import LABEL
from seidou.patterns.mention import line_starts, matches_from, starts_of

from ..page_texts import real_texts

STRINGS = [
    "Pela SES/DF: HUMBERTO LUCENA. Pela contratado: EDSON DA SILVA SANTOS. Testemunhas: CAROLINA e JOSEFA.",
    "SIGNATÁRIOS; p/CEDENTE: ARTHUR WINTHER SEABRA, p/CESSIONÁRIA: FABIANA DO CARMO GARCEZ",
    "Assina pelo CONTRATANTE: Juceando Francisco De Souza, assina pela CONTRATADA Salim Bayde Neto",
    "representada pela Secretaria de Saúde, NOME; e, pela Contratada, THIAGO\rPELA NOVACAP: Júlio e Márcio",
    "Atenciosamente,\n\n  Testemunhas:\nxAssinatura:\n(assinado digitalmente)\r\nVisto\u2028De acordo\n",
    "",
    "\n",
]


def _seen(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_tried_where_they_can_start_they_match_as_finditer():
    found, real = 0, real_texts()
    for text in STRINGS + real:
        expected = _seen(LABEL.finditer(text))
        assert _seen(matches_from(LABEL, text, line_starts(text))) == expected
        parties = _seen(PARTY.finditer(text))
        assert _seen(matches_from(PARTY, text, starts_of(PARTY_OPENERS, text))) == parties
        found += len(expected) + len(parties)
    assert found > (20 if real else 8)
