"""Hyphens at line ends: a word broken by the typesetter (``cons-`` / ``tituir``) is joined; a
real hyphen (``Secretaria-`` / ``Executiva``, ``dar-`` / ``se-á``, ``2.200-`` / ``2``) stays."""

from __future__ import annotations

import regex

# Prefixes that always take a hyphen in Portuguese (Acordo Ortográfico), so a break after them
# keeps it: ex-ministro, vice-presidente, pós-graduação, pré-escolar, pró-reitor, recém-nascido.
# "ex", "sem" and "bem" are left out: "ex-perimentação", "sem-pre" are far more common breaks.
_HYPHEN_PREFIXES = frozenset("vice vizo pós pré pró recém além aquém sota soto grã grão".split())
# ex-ministro, ex-servidor: "ex" keeps its hyphen before a role.
_EX_ROLE = regex.compile(
    r"(servidor|ministr|president|prefeit|diretor|secret|governador|deputad|senador|vereador|empregad"
    r"|funcion|dirigente|titular|s[óo]ci|c[ôo]njuge|conselheir|militar|combatente|alun)",
    regex.IGNORECASE,
)
# Second parts of common hyphenated compounds in acts: segunda-feira, procurador-geral,
# secretário-executivo, diretor-adjunto, diretor-presidente, auxílio-alimentação.
_COMPOUND_TAILS = frozenset(
    """feira geral gerais executivo executiva executivos executivas adjunto adjunta adjuntos adjuntas
    substituto substituta presidente chefe membro membros relator relatora corregedor corregedora
    alimentação transporte moradia saúde creche doença maternidade""".split()
)
# Clitic pronouns after a verb: dar-se-á, considerá-lo, conferiu-lhe, fazê-los.
_CLITIC = regex.compile(r"(?:se|lo|la|los|las|lhe|lhes|me|te|nos|vos|o|a|os|as|no|na|nas)(?:$|-|[^\p{L}])")
_ENDS_WITH_HYPHEN = regex.compile(r"(\p{L}+)-$")
_VOWEL = regex.compile(r"[aeiouáéíóúâêôãõà]")
# How a Portuguese syllable starts: a vowel, a consonant, or a cluster (BR, CL, CH, LH, NH, QU, GU …)
# then a vowel; "MDIC", "CEB" … do not
_OPEN_END = frozenset("aeiouáéíóúâêôãõ")
_OPEN_SYLLABLE = regex.compile(r"[BCÇDFGJLMNPRSTVXZ][AEIOUÁÉÍÓÚÂÊÔÃÕ]")
_SYLLABLE_START = regex.compile(r"(?:[BCDFGKPTV][RL]|CH|LH|NH|QU|GU|[BCÇDFGHJKLMNPQRSTVWXZ])?[AEIOUÁÉÍÓÚÂÊÔÃÕÀ]")


_LETTERS = regex.compile(r"\p{L}+")


def keeps_hyphen(before: str, after: str) -> bool:
    """Whether ``before`` (ending in ``-``) and ``after`` keep the hyphen when joined.

    >>> keeps_hyphen("cons-", "tituir")
    False
    >>> keeps_hyphen("Secretaria-", "Executiva")
    True
    >>> keeps_hyphen("dar-", "se-á")
    True
    >>> keeps_hyphen("2.200-", "2")
    True
    """
    if not after:
        return True
    first = after[0]
    if not first.isalpha():
        return True
    m = _ENDS_WITH_HYPHEN.search(before)
    if m is None:  # a digit, a bracket or a lone hyphen before it
        return True
    stem = m.group(1).casefold()
    tail = _LETTERS.match(after)
    if first.isupper():
        # Title case after the break is a compound (Secretaria-Executiva, ICP-Brasil); in all
        # capitals it is a typesetter's break (BAR-ROS, GON-ÇALVES) unless a known compound.
        all_caps = m.group(1).isupper() and tail is not None and tail.group().isupper()
        if not all_caps:
            return True
        if stem == "ex" and _EX_ROLE.match(after):
            return True  # EX-MINISTRO
        if len(stem) <= 2:
            # FA-/ZENDA, NA-/CIONAL, RE-/GIS are typesetter breaks (hundreds in the DOU corpus);
            # CG-/CEB, SE-/MDIC are acronyms: a syllable must end the stem and start the tail
            # CG-/CEB, SE-/MDIC are acronyms: a syllable must end the stem and start the tail. A two-letter
            # tail is a syllable when both halves are open (LI-/MA: the surname LIMA in the DOU 2017, the
            # DOE-RJ 2023 and the DODF 2018), not a closed pair of codes (DO-/AC, RO-/AM is kept)
            t = tail.group()
            if len(t) == 2:
                return not (stem[-1] in _OPEN_END and _OPEN_SYLLABLE.fullmatch(t))
            return not (_VOWEL.search(stem) and _SYLLABLE_START.match(t))
        return stem in _HYPHEN_PREFIXES or tail.group().casefold() in _COMPOUND_TAILS
    if stem in _HYPHEN_PREFIXES or (stem == "ex" and _EX_ROLE.match(after)):
        return True
    if tail and tail.group().casefold() in _COMPOUND_TAILS:
        return True
    return bool(_CLITIC.match(after))


def is_line_end_hyphen(word: str) -> bool:
    return word.endswith("-") and len(word) > 1
