"""The objeto of an instrument: the body of its OBJETO clause or section (``CLÁUSULA PRIMEIRA -
DO OBJETO``, ``2. OBJETO``), or the ``Objeto:`` field of an extrato — on its own line, or run into the
extrato's paragraph up to the next label (DOU SIASG: ``… Contratado : JF CONSTRUCOES E EDIFICACOES
LTDA-Objeto: Readequação da rede elétrica … Fundamento Legal: …``; DODF: ``DO OBJETO: … DA VIGÊNCIA:``)."""

from __future__ import annotations

import regex

from seidou.extractors.clauses import Clause
from seidou.extractors.parties import NEXT_LABEL

_OBJETO_TITLE = regex.compile(r"^(?:D[OA]\s+)?OBJETO\b", regex.IGNORECASE)
_FIELD = regex.compile(r"(?m)^(?:Objeto|OBJETO|Súmula/Objeto)\s*:\s*(?P<v>\S.{5,})$")
# run into a paragraph: after a sentence, a label's dash or the start ("LTDA-Objeto:", ". DO OBJETO:")
_RUN_IN = regex.compile(
    r"(?:^|(?<=[\s.;\-–]))(?:(?i:d[oa])\s+(?i:objeto)|OBJETO|Objeto)"  # "Do objeto:", not "tem por objeto:"
    r"(?:\s+(?i:do\s+(?:contrato|conv[êe]nio|termo)))?\s*:\s*(?=\S)"  # "Objeto do Contrato:"
)
# the word every _RUN_IN match reads, in some case: a text without it (three documents in four) is not searched for one
_OBJETO_WORD = regex.compile(r"(?i:objeto)")
# a sentence followed by a label ends it too, even one whose value is a date (". DATA DA ASSINATURA:18/01/2018")
_LABEL_AFTER = regex.compile(r"\.\s+(?=\p{Lu}[\p{L} ]{1,40}:)")
MAX = 1000


def objeto(text: str, units: list[Clause]) -> str | None:
    for c in units:
        if c.is_quotation or c.level not in ("clausula", "secao") or not c.title:
            continue
        if _OBJETO_TITLE.match(c.title):
            body = text[c.start : c.end].split("\n", 1)
            rest = body[1] if len(body) > 1 else ""
            first = rest.strip().split("\n", 1)[0].strip()
            if first:
                return first[:MAX]
    m = _FIELD.search(text) or (_RUN_IN.search(text) if _OBJETO_WORD.search(text) else None)
    if m is None:
        return None
    start = m.start("v") if "v" in m.groupdict() else m.end()
    line_end = text.find("\n", start)
    end = min(len(text) if line_end < 0 else line_end, start + MAX)  # the field's line, up to its next label
    stops = [x for x in (NEXT_LABEL.search(text, start, end), _LABEL_AFTER.search(text, start, end)) if x]
    return text[start : min((x.start() for x in stops), default=end)].strip(" .;-") or None
