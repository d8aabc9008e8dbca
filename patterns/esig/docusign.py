"""DocuSign: the "Certificate Of Completion" page (English or Portuguese) with each signer's events.

Examples (public-sample shapes, not in the corpus; the certificate's fixed labels):
- ``Certificate Of Completion`` / ``Envelope Id: 8C3F1A2B3C4D5E6F7A8B9C0D1E2F3A4B Status: Completed`` / … /
  ``Time Zone: (UTC-03:00) Brasilia`` / … / ``Signer Events Signature Timestamp`` / ``Maria Souza`` /
  ``maria.souza@example.org`` / ``Diretora`` / ``Security Level: Email, Account Authentication (None)`` / … /
  ``Sent: 10/5/2021 | 09:12`` / ``Viewed: 10/5/2021 | 09:20`` / ``Signed: 10/5/2021 | 09:21``
- ``Certificado de conclusão`` / ``Identificação de envelope: 8C3F1A2B-3C4D-5E6F-7A8B-9C0D1E2F3A4B`` / … /
  ``Eventos do signatário Assinatura Registro de hora e data`` / ``João Lima`` / ``joao@example.org`` / … /
  ``Assinado: 05/10/2021 | 09:21``
- every page: ``DocuSign Envelope ID: 8C3F1A2B-3C4D-5E6F-7A8B-9C0D1E2F3A4B`` (no signer: code only)

The certificate's time zone line gives the offset; without one, Brasília. Day and month: English labels
print month/day (US), Portuguese ones day/month; an "AM/PM" or a number over 12 settles it.
"""

from __future__ import annotations

import regex

from ..mention import Mention
from ._common import esig, moment, offset, windows
from seidou.versions import tag

VERSION = 1
SYSTEM = "docusign"
NAME = tag("seidou.patterns.esig.docusign", VERSION)
DISTINCT_BY = ("signed_at",)

HEAD = regex.compile(
    r"""
    Certificate\s+Of\s+Completion            # the certificate's title (en)
    |Certificado\s+de\s+conclus[ãa]o          # (pt-BR)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ENVELOPE = regex.compile(
    r"""
    (?:Envelope\s+Id                                # "Envelope Id:", "DocuSign Envelope ID:" (every page)
      |Identifica[çc][ãa]o\s+d[eo]\s+envelope        # "Identificação de envelope:"
      |ID\s+do\s+envelope)\s*:\s*
    (?P<id>[0-9A-F]{8}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{12})   # 32 hex digits, dashed or not
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ZONE = regex.compile(
    r"""
    (?:Time\s+Zone|Fuso\s+hor[áa]rio)\s*:\s*        # "Time Zone:"
    \(\s*(?:UTC|GMT)\s*(?P<off>[+-]\d{1,2}:?\d{2})  # "(UTC-03:00) Brasilia"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
SECTION = regex.compile(
    r"""
    Signer\s+Events                             # "Signer Events Signature Timestamp"
    |Eventos\s+d[oe]s?\s+signat[áa]rios?         # "Eventos do signatário …"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
SECTION_END = regex.compile(
    r"""
    In\s+Person\s+Signer\s+Events|Editor\s+Delivery\s+Events|Agent\s+Delivery\s+Events   # the sections after
    |Intermediary\s+Delivery|Certified\s+Delivery\s+Events|Carbon\s+Copy\s+Events           # the signers' (en)
    |Witness\s+Events|Notary\s+Events|Envelope\s+Summary|Payment\s+Events
    |Eventos\s+de\s+signat[áa]rio\s+presencial|Eventos\s+de\s+entrega                        # (pt-BR)
    |Eventos\s+de\s+c[óo]pia|Eventos\s+de\s+testemunha|Eventos\s+d[eo]\s+tabeli
    |Eventos\s+de\s+resumo|Eventos\s+de\s+pagamento
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

PERSON = regex.compile(
    r"""
    ^[ \t]*(?P<name>\p{L}[^\n@:|]{1,79}?)[ \t]*\r?\n              # Maria Souza (a line of its own)
    [ \t]*[^\s@]{1,64}@[^\s@]{1,255}\.\p{L}{2,24}[ \t]*\r?$        # maria.souza@example.org
    (?:\n[ \t]*(?!Security|N[íi]vel|Signature|Ado[çc][ãa]o|Using|Usando|Sent|Enviado)
       (?P<title>\p{L}[^\n:@]{1,79}?)[ \t]*\r?$)?                  # Diretora (the title, when given)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

SIGNED = regex.compile(
    r"""
    (?P<label>Signed|Assinado)\s*:\s*
    (?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\s*\|?\s*             # 10/5/2021 |
    (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AP]\.?\s?M\b\.?)?   # 09:21 (AM)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_SECTION_REACH = 30_000


def _when(s, tz):
    a, b, hour = int(s.group("a")), int(s.group("b")), int(s.group("H"))
    us = s.group("label").lower() == "signed"
    if s.group("ampm"):
        us = True
        hour = hour % 12 + (12 if s.group("ampm").upper().startswith("P") else 0)
    if a > 12:
        us = False
    elif b > 12:
        us = True
    month, day = (a, b) if us else (b, a)
    return moment(s.group("y"), month, day, hour, s.group("M"), s.group("S"), tz)


def find(text: str) -> list[Mention]:
    out: list[Mention] = []
    for h, limit in windows(HEAD, text, _SECTION_REACH):  # a certificate ends where the next begins
        env = ENVELOPE.search(text, h.end(), min(limit, h.end() + 2_000))
        zone = ZONE.search(text, h.end(), min(limit, h.end() + 5_000))
        tz = offset(zone.group("off")) if zone else None
        sec = SECTION.search(text, h.end(), limit)
        if not sec:
            continue
        end_ = SECTION_END.search(text, sec.end(), limit)
        stop = end_.start() if end_ else limit
        people = list(PERSON.finditer(text, sec.end(), stop))
        for i, p in enumerate(people):
            nxt = people[i + 1].start() if i + 1 < len(people) else stop
            s = SIGNED.search(text, p.end(), nxt)
            if not s:
                continue  # declined, or still to sign
            out.append(
                esig(text, p.start("name"), p.end("name"), p.group("name"), NAME, system=SYSTEM, signed_at=_when(s, tz),
                     cargo=p.group("title"), verification_code=env.group("id") if env else None)
            )  # fmt: skip
    return out
