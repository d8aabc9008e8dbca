"""One version-tag format for the rule sets that shape rows: ``<rule set>@<version>[+<qualifier>]...``.

Every ``extractor`` column (and ``findings.rules``) holds one tag naming the rule set that made the row::

    seidou.patterns.cnpj@4                 a pattern module (patterns/cnpj.py, VERSION = 4)
    seidou.patterns.cpf@4+list             how it was told: a bare CPF of a list headed "CPF"
    seidou.extractors.parties@4            an extractor (pipeline/extractors/parties.py)
    seidou.ner.merge@12+propagated         the NER/rules merge policy; a name propagated in the document
    seidou.ner.model@0.21.0                the shipped NER model (its meta.json version)
    seidou.io.ruled@1+pdfplumber-0.11.10   an engine, with the library release it relies on

The rule set is a name of :data:`RULE_SETS` (``seidou.`` and, mostly, the module holding its rules); its
version is declared once, next to its code (a module's ``VERSION``, or the model's meta.json), and is
bumped when a change of its rules changes what rows say; tags are built by :func:`tag` only. A
qualifier (``+list``, ``+bare``, ``+propagated``, ``+pdfplumber-<release>``) says how a row was made,
not by which rules. The files' ``pipeline_version`` is the package's release, not a tag: a dataset
re-processes every file written by another release (io.store, runner.batch), so a rule-set bump
reaches existing datasets with the next release.
"""

from __future__ import annotations

import importlib
import re

PREFIX = "seidou."
TAG = re.compile(
    r"(?P<name>seidou(?:\.[a-z][a-z0-9_]*)+)@(?P<version>[0-9]+(?:\.[0-9]+)*)(?P<qualifiers>(?:\+[a-z0-9][a-z0-9_.-]*)*)"
)

_ESIG = (
    "adobe_sign boletim clicksign d4sign desconhecido docusign econv egba eproc govbr icp_appearance lacuna "
    "onedoc pje sigpub sipac sp_sem_papel suap zapsign"
).split()
_PATTERNS = (
    "budget cep cnh cnpj cpf dates dou durations firms logradouros money nup orgaos references sei sei_stamp"
).split()

# rule set -> where its version is declared ("module:ATTRIBUTE"; a callable attribute gives it at run time)
RULE_SETS: dict[str, str] = {
    **{f"seidou.patterns.{m}": f"seidou.patterns.{m}:VERSION" for m in _PATTERNS},
    **{f"seidou.patterns.esig.{m}": f"seidou.patterns.esig.{m}:VERSION" for m in _ESIG},
    "seidou.extractors.clauses": "seidou.extractors.clauses:VERSION",
    "seidou.extractors.esignatures": "seidou.extractors.esignatures:VERSION",
    "seidou.extractors.findings": "seidou.extractors.findings:VERSION",
    "seidou.extractors.parties": "seidou.extractors.parties:VERSION",
    "seidou.extractors.roles": "seidou.extractors.roles:VERSION",
    "seidou.extractors.signatures": "seidou.extractors.signatures:VERSION",
    "seidou.extractors.vigencia": "seidou.extractors.vigencia:VERSION",
    "seidou.ner.merge": "seidou.ner.entities:MERGE_VERSION",
    "seidou.ner.model": "seidou.ner.entities:model_version",
    "seidou.io.pades": "seidou.io.pades:VERSION",
    "seidou.io.ruled": "seidou.io.ruled:VERSION",
    "seidou.io.tables": "seidou.io.tables:VERSION",
}


def tag(name: str, version: int | str, *qualifiers: str) -> str:
    """The tag of a registered rule set at ``version``, with ``qualifiers``.

    >>> tag("seidou.patterns.cpf", 4, "list")
    'seidou.patterns.cpf@4+list'
    """
    if name not in RULE_SETS:
        raise KeyError(f"{name!r} is not a registered rule set (seidou.versions.RULE_SETS)")
    out = f"{name}@{version}" + "".join(f"+{q}" for q in qualifiers)
    if not TAG.fullmatch(out):
        raise ValueError(f"{out!r} is not a version tag ({TAG.pattern})")
    return out


def parse(value: str) -> tuple[str, str, tuple[str, ...]]:
    """(rule set, version, qualifiers) of a tag; ValueError when it is not one.

    >>> parse("seidou.ner.merge@12+propagated")
    ('seidou.ner.merge', '12', ('propagated',))
    """
    m = TAG.fullmatch(value)
    if m is None:
        raise ValueError(f"{value!r} is not a version tag")
    qualifiers = tuple(q for q in m["qualifiers"].split("+") if q)
    return m["name"], m["version"], qualifiers


def declared_version(name: str) -> str | None:
    """The version a registered rule set declares now (None: not available, e.g. no model installed)."""
    module, attribute = RULE_SETS[name].split(":")
    value = getattr(importlib.import_module(module), attribute)
    value = value() if callable(value) else value
    return None if value is None else str(value)
