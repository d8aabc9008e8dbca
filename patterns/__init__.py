"""Regex patterns for Brazilian legal formats, one module per format.

Each module has a docstring with real examples, a ``VERSION``, one compiled ``regex`` pattern
written with the VERBOSE flag, pure helpers (``normalize``/``is_valid`` where a check digit
exists) and ``find(text) -> list[Mention]``. The list of patterns is explicit: ``REGISTRY``.
"""

from . import budget, cep, cnh, cnpj, cpf, dates, dou, durations, money, nup, references, sei, sei_stamp
from .mention import Mention, sort_mentions

REGISTRY = {
    "cnpj": cnpj,
    "cpf": cpf,
    "cnh": cnh,
    "nup": nup,
    "sei": sei,
    "dou": dou,
    "budget": budget,
    "cep": cep,
    "money": money,
    "dates": dates,
    "durations": durations,
    "references": references,
    "sei_stamp": sei_stamp,
}


def find_all(text: str) -> list[Mention]:
    """Every registered pattern over one text, sorted by offset."""
    out: list[Mention] = []
    for module in REGISTRY.values():
        out.extend(module.find(text))
    return sort_mentions(out)


__all__ = ["REGISTRY", "Mention", "find_all"]
