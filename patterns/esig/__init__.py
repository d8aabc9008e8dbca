"""Electronic-signature stamps, one grammar per signing system (SEI's stays in ``patterns.sei_stamp``).

Every grammar yields ``Mention(kind="esig", value=<signer as printed>)`` with the same data keys:
``system``, ``sig_kind`` (``eletronica``, or ``pades`` for a PDF signature's visible appearance),
``cargo``, ``signed_at`` (zone-aware: the printed offset, else Brasília), ``verification_code``,
``verification_url``, ``legal_basis``, ``cert_subject``, ``cert_issuer``, ``crc`` and ``role``; None
where the stamp prints nothing. ``valid`` says whether the printed date parsed (None: no date printed).

Example: ``find("Assinado eletronicamente por: ANA LIMA - 01/07/2025 13:15:24")`` gives one ``pje`` hit.

``REGISTRY`` is explicit and ordered; ``find`` runs every system grammar, then the fallback
(``desconhecido``) only where none of them matched. ``dedupe`` keeps one hit per signature.
"""

from __future__ import annotations

import bisect

from ..mention import Mention, sort_mentions
from . import (
    adobe_sign,
    boletim,
    clicksign,
    d4sign,
    desconhecido,
    docusign,
    econv,
    egba,
    eproc,
    govbr,
    icp_appearance,
    lacuna,
    onedoc,
    pje,
    sigpub,
    sipac,
    sp_sem_papel,
    suap,
    zapsign,
)
from ._common import norm_name

REGISTRY = {
    "onedoc": onedoc,
    "econv": econv,
    "d4sign": d4sign,
    "icp_appearance": icp_appearance,
    "lacuna": lacuna,
    "egba": egba,
    "sigpub": sigpub,
    "boletim": boletim,
    "govbr": govbr,
    "sp_sem_papel": sp_sem_papel,
    "docusign": docusign,
    "clicksign": clicksign,
    "zapsign": zapsign,
    "adobe_sign": adobe_sign,
    "pje": pje,
    "eproc": eproc,
    "suap": suap,
    "sipac": sipac,
}
FALLBACK = desconhecido
MODULES = {**REGISTRY, "desconhecido": desconhecido}


def find(text: str) -> list[Mention]:
    """Every system grammar over ``text``, plus the fallback's hits that overlap none of theirs; by offset."""
    found: list[Mention] = []
    for module in REGISTRY.values():
        found.extend(module.find(text))
    spans = sorted((m.start, m.end) for m in found)
    starts = [a for a, _ in spans]
    ends_max = []  # the furthest end among the spans up to each index: an overlap test in log time
    for _, b in spans:
        ends_max.append(max(b, ends_max[-1]) if ends_max else b)
    for m in FALLBACK.find(text):
        i = bisect.bisect_left(starts, m.end) - 1
        if i >= 0 and ends_max[i] > m.start:
            continue
        found.append(m)
    return sort_mentions(found)


def _module_of(m: Mention):
    name = m.extractor.split("@")[0].rsplit(".", 1)[-1]
    return MODULES.get(name)


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """One hit per signature: per (system, signer's name without accents or case) the first hit, a dated
    one before any undated (1Doc's margin list vs its manifest). A system that lists separate signings
    keeps one hit per distinct value of its ``DISTINCT_BY`` keys (1Doc's manifest: MARCELO … BOMFIM
    signed twice; Sigpub: one row per published act); a stamp repeated on every page stays one."""
    groups: dict[tuple, list[Mention]] = {}
    for m in sort_mentions([m for m in mentions if m.kind == "esig"]):
        groups.setdefault((m.get("system"), norm_name(m.value or "")), []).append(m)
    out: list[Mention] = []
    for ms in groups.values():
        pool = [m for m in ms if m.get("signed_at") is not None] or ms
        module = _module_of(pool[0])
        keys = getattr(module, "DISTINCT_BY", ())
        seen: set = set()
        for m in pool:
            k = tuple(m.get(f) for f in keys)
            if k not in seen:
                seen.add(k)
                out.append(m)
    return sort_mentions(out)


__all__ = ["FALLBACK", "MODULES", "REGISTRY", "dedupe", "find"]
