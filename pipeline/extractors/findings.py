"""Findings: facts an auditor should look at, derived from a document's rows (named rules, versioned).

- ``valor_global_mismatch``: repasse + contrapartida ≠ valor global (seed convênio: 620.750,00 + 1.416,66 =
  622.166,66, no finding);
- ``extenso_mismatch``: an amount whose words disagree with its figure;
- ``invalid_check_digit``: a CNPJ, CPF, NUP, SEI-DF or CNJ process number that fails its check digits
  (``expected``: the check digits its other digits give, ``found``: the printed ones; none for a CPF, whose
  check digits masking hides);
- ``vigencia_inverted``: a vigência that ends before it starts;
- ``vigencia_duration_mismatch``: a vigência whose stated end is more than a day away from its start plus
  its duration ("12 (doze) meses a contar de 06/01/2020 a 05/01/2021" is no finding: the day before is a
  common way to count);
- ``signature_in_future``: a signature dated after the run.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from seidou.patterns import cnpj, nup

from seidou.extractors.vigencia import add as add_duration
from seidou.versions import tag

VERSION = 4
RULES = tag("seidou.extractors.findings", VERSION)
# identifier kinds with check digits, as the finding's message names them
CHECKED = {"cnpj": "CNPJ", "cpf": "CPF", "nup": "NUP", "processo": "Processo", "processo_cnj": "Processo CNJ"}


def printed_check_digits(kind: str, value: str) -> tuple[str, str] | None:
    """(the check digits the number's other digits give, the ones printed) for a CNPJ or a process number:
    a typo shows as one digit off. None for a CPF: its check digits are what masking hides (LGPD).

    >>> printed_check_digits("cnpj", "00489828000156"), printed_check_digits("cpf", "05578173587")
    (('55', '56'), None)
    """
    if kind == "cnpj":
        return cnpj.expected_and_printed(value)
    if kind in ("nup", "processo", "processo_cnj"):
        return nup.expected_and_printed(kind, value)
    return None


def findings(doc: dict, rows: dict[str, list[dict]], run_id: str, now: dt.datetime | None = None) -> list[dict]:
    now = now or dt.datetime.now(dt.timezone.utc)
    out: list[dict] = []

    def add(kind: str, message: str, row: dict | None = None, expected=None, found=None) -> None:
        out.append(
            {
                "run_id": run_id,
                "doc_id": doc["doc_id"],
                "file_sha256": doc["file_sha256"],
                "kind": kind,
                "message": message,
                "page": row.get("page") if row else None,
                "char_start": row.get("char_start") if row else None,
                "char_end": row.get("char_end") if row else None,
                "expected": None if expected is None else str(expected),
                "found": None if found is None else str(found),
                "rules": RULES,
            }
        )

    amounts = rows.get("amounts", [])
    by_role: dict[str, list[dict]] = {}
    for a in amounts:
        by_role.setdefault(a["role"], []).append(a)
        if a["extenso_match"] is False:
            add(
                "extenso_mismatch", f"{a['raw']}: the words say {a['extenso_value']}", a, a["extenso_value"], a["value"]
            )
    if by_role.get("valor_global") and by_role.get("repasse") and by_role.get("contrapartida"):
        total = by_role["valor_global"][0]["value"]
        parts = sum((r["value"] for r in (by_role["repasse"][0], by_role["contrapartida"][0])), Decimal(0))
        if parts != total:
            add(
                "valor_global_mismatch",
                f"repasse + contrapartida = {parts}, valor global = {total}",
                by_role["valor_global"][0],
                total,
                parts,
            )
    for i in rows.get("identifiers", []):
        if i["kind"] in CHECKED and i["valid"] is False:
            expected, found = printed_check_digits(i["kind"], i.get("value") or i["raw"]) or (None, None)
            add("invalid_check_digit", f"{CHECKED[i['kind']]} {i['raw']} fails its check digits", i, expected, found)
    for v in rows.get("vigencia", []):
        if v["start"] and v["end"] and v["end"] < v["start"]:
            add("vigencia_inverted", f"vigência ends {v['end']} before it starts {v['start']}", v, v["start"], v["end"])
        if v["start"] and v["end"] and v.get("duration_value"):
            computed = add_duration(v["start"], v["duration_value"], v["duration_unit"])
            if abs((computed - v["end"]).days) > 1:
                add(
                    "vigencia_duration_mismatch",
                    f"vigência from {v['start']} for {v['duration_value']} {v['duration_unit']} ends {computed}, "
                    f"the text says {v['end']}",
                    v,
                    computed,
                    v["end"],
                )
    for s in rows.get("signatures", []):
        if s["signed_at"] and s["signed_at"] > now:
            add("signature_in_future", f"{s['name']} signed at {s['signed_at']}", s, None, s["signed_at"])
    return out
