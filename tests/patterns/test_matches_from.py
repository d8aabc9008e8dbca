"""``mention.matches_from``: a pattern tried only where its matches can start (a line's start, the words it opens
with) gives exactly the matches of its ``finditer``, spans and groups, on strings built to probe the edges (look-behinds
before the place tried, ``^`` after a line feed only, matches that follow or overlap each other) and on real pages."""

from __future__ import annotations

from seidou.extractors.parties import LIST_LABEL, PARTES, PARTES_OPENED, _colon_line_starts
from seidou.extractors.signatory_lists import PARTY, PARTY_OPENERS
from seidou.extractors.signatures import SIGNED_LIST, SIGNED_LIST_OPENERS
from seidou.extractors.signature_blocks import (
    CLOSING,
    CLOSING_OPENERS,
    END_CAPS_OPENERS,
    END_CAPS_SIGNATORY,
    END_CHAIN,
    END_CHAIN_OPENERS,
    END_SIGNATORY,
    END_SIGNATORY_OPENERS,
    LABEL,
)
from seidou.patterns.mention import ends_of, line_starts, matches_from, starts_of

from ..page_texts import real_texts

STRINGS = [
    "Pela SES/DF: HUMBERTO LUCENA. Pela contratado: EDSON DA SILVA SANTOS. Testemunhas: CAROLINA e JOSEFA.",
    "SIGNATÁRIOS; p/CEDENTE: ARTHUR WINTHER SEABRA, p/CESSIONÁRIA: FABIANA DO CARMO GARCEZ",
    "Assina pelo CONTRATANTE: Juceando Francisco De Souza, assina pela CONTRATADA Salim Bayde Neto",
    "representada pela Secretaria de Saúde, NOME; e, pela Contratada, THIAGO\rPELA NOVACAP: Júlio e Márcio",
    "Atenciosamente,\n\n  Testemunhas:\nxAssinatura:\n(assinado digitalmente)\r\nVisto\u2028De acordo\n",
    "",
    "\n",
    # the closing signatories: after a full stop with and without a space, a line feed, a dash between spaces or line
    # feeds, names in capitals after ".\n" or " –\n", chains after a party's capitals and a comma
    "Processo nº 1290/2017.Jean Felippe Mazépas, Pregoeiro.\nBrasília, 23 de janeiro de 2004. Ana Souza, Presidente da X.",
    "Homologo – Elenita Rayane Tavares- Ordenadora de Despesas da Secretaria.\n–\nJOSÉ GOMES DA SILVA, Diretor Geral",
    "eficácia.\nHUMBERTO LUCENA PEREIRA, Secretário de Estado\n. MERI HELEM ROSA. Coordenadora Geral de Aquisições.",
    "a eficácia. LUIZ OTÁVIO DE MAGALHÃES - REITOR. ROBERTO DIAS. Diretor do Departamento\n.\tO'NEIL D'ÁVILA - Chefe",
    "FAPDF, Kazuyoshi Ofugi, Diretor–Presidente e Odilon Santos Neto, Representante legal da Contratada.\n"
    "Publicação: FAPDF; Kazuyoshi Ofugi, Diretor-Presidente; Carlos Lucianelli Filho, Diretor da Filial.",
    "Belo Horizonte, 27 de novembro de 2024\n  Rio Branco – Acre, 13 de dezembro de 2018.\n\tBrasília, em 5 de março de 2019 EDSON DUARTE",
    "Paraguaçu Paulista-SP, na data da assinatura digital\n\nx Brasília, 2 de maio de 2020\nBrasília, 2 de maio de 2020 Diogo Lima",
    # the lists of who signed: every label, in any case (the long s too), after a sentence or a line, "P/" roles
    "Signatários: Concedente : JESUALDO FARIAS; ASSINANTES: Pela CAESB: Daniel - Presidente. ſIGNATÁRIOS: Ana Lima",
    "- Assinam: ALÍRIO. Signatária: Maria Souza\nSignatário(s): José; Nome da Autoridade Signatária: Roberto Seara",
    "Assinam em 02 de janeiro de 2020, pela Contratante: Bárbara. assinaram em 3 de maio de 2021, P/CONCEDENTE: Dilson",
    # plural role labels alone on their lines: spaces around the colon, CR, tabs, the text's first and last line
    "Contratadas:\nSUPERMERCADO JUJU EIRELLI.\n  Fornecedores  :\t\nGONÇALVES LTDA\r\nDetentoras Da Ata:\r\nx: y:\nPartícipes:",
    "Objeto: compra\nValor: R$ 1,00 :\n\n:\nCONTRATADAS:  ",
    # the parties' plural labels: after "das" in any case (the long s too) and across a line, glued to a letter, each
    # label in both its cases, one right after another
    "DAS PARTES: A e B. Das\nPartes : C x D; daſ Partícipes:E; dAs  PARTÍCIPES:\tF xPARTES: G\nCONTRATANTES: H",
    "CONVENENTES: I; Convenentes: J; COMPROMITENTES: K; Compromitentes: L; COMPROMISSÁRIOS: M; Compromissarios: N",
    "PARCEIROS: O; Parceiros:P; PARTES:Partes: Q; das das PARTES: R; Partes:\n; Participes: S",
]
# (a pattern that opens with look-behinds, the openers of what they read before its matches: mention.matches_from)
AFTER_OPENERS = [
    (END_SIGNATORY, END_SIGNATORY_OPENERS),
    (END_CAPS_SIGNATORY, END_CAPS_OPENERS),
    (END_CHAIN, END_CHAIN_OPENERS),
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
        lists = _seen(SIGNED_LIST.finditer(text))
        assert _seen(matches_from(SIGNED_LIST, text, starts_of(SIGNED_LIST_OPENERS, text))) == lists
        labels = _seen(LIST_LABEL.finditer(text))
        assert _seen(matches_from(LIST_LABEL, text, _colon_line_starts(text))) == labels
        partes = _seen(PARTES.finditer(text))
        assert _seen(PARTES_OPENED.finditer(text)) == partes
        found += len(expected) + len(parties) + len(lists) + len(labels) + len(partes)
    assert found > (20 if real else 8)


def _full(matches) -> list:
    return [(m.span(), m.groups(), m.captures("name") if "name" in m.re.groupindex else ()) for m in matches]


def test_closing_signatories_tried_after_their_openers_match_as_finditer():
    found, real = 0, real_texts()
    for text in STRINGS + real:
        for pattern, openers in AFTER_OPENERS:
            expected = _full(pattern.finditer(text))
            assert _full(matches_from(pattern, text, ends_of(openers, text))) == expected, pattern.pattern[:40]
            found += len(expected)
        expected = _full(CLOSING.finditer(text))
        assert _full(matches_from(CLOSING, text, [0, *ends_of(CLOSING_OPENERS, text)])) == expected
        found += len(expected)
    assert found > (60 if real else 12)
