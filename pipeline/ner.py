"""Named entities: our own spaCy model (models/ner-pt-legal, trained on LeNER-Br) as one more producer
of hits, merged with the rules by a named, versioned policy.

Merge policy ``merge@1``:
1. identifiers, money, dates and references found by patterns win: an NER entity overlapping one of
   them is dropped when it is TEMPO or LEGISLACAO, or when it overlaps an identifier or an amount;
2. names the rules already know — signers of SEI stamps and printed signature blocks, party names and
   their representatives — are added as ``source = 'rule'`` where no NER entity of that label covers
   them, and replace the model's shorter guesses inside them.

Modes: ``all`` runs the model on every paragraph; ``targeted`` only on the paragraphs where names and
órgãos cluster (the first ones — title, headings, preamble —, party and DADOS CADASTRAIS blocks, the
last ones — signatures —); ``off`` keeps only the rule entities.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import regex

from patterns.mention import Mention

MODEL_DIR = Path(os.environ.get("SEIDOU_NER_MODEL", Path(__file__).resolve().parent.parent / "models" / "ner-pt-legal"))
POLICY = "merge@1"
PATTERN_WINS = {"TEMPO", "LEGISLACAO"}
HARD_KINDS = {"amount"} | {
    "cnpj",
    "cpf",
    "nup",
    "processo",
    "processo_cnj",
    "sei",
    "crc",
    "cep",
    "convenio",
    "transferegov",
    "nota_empenho",
    "ug",
    "ptres",
    "fonte",
    "natureza_despesa",
    "programa_trabalho",
}
PARTY_MARK = regex.compile(
    r"doravante|representad[oa]|CNPJ|Órgão:|Nome da Autoridade|Partícipe|Concedente|Convenente"
    r"|Contratad[oa]|Contratante",
    regex.IGNORECASE,
)
HEAD_PARAGRAPHS = 4
TAIL_PARAGRAPHS = 6
MAX_CHARS = 5000  # longer paragraphs are cut in pieces for the model


@lru_cache(maxsize=2)
def load_model(path: str | None = None):
    """The spaCy pipeline, loaded once per process from disk (never downloaded); None if absent."""
    import spacy

    p = Path(path) if path else MODEL_DIR
    if not (p / "meta.json").exists():
        return None
    return spacy.load(p, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])


def model_name(nlp) -> str:
    meta = nlp.meta
    return f"ner:models/{meta.get('name', 'ner-pt-legal')}@{meta.get('version', '0')}"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            for k in range(0, len(line), MAX_CHARS):
                out.append((pos + k, pos + min(len(line), k + MAX_CHARS)))
        pos += len(line) + 1
    return out


def select(text: str, mode: str) -> list[tuple[int, int]]:
    spans = _paragraph_spans(text)
    if mode == "all":
        return spans
    keep = set(range(min(HEAD_PARAGRAPHS, len(spans)))) | set(range(max(0, len(spans) - TAIL_PARAGRAPHS), len(spans)))
    keep |= {i for i, (s, e) in enumerate(spans) if PARTY_MARK.search(text, s, e)}
    return [spans[i] for i in sorted(keep)]


def ner_entities(text: str, mode: str = "targeted", nlp=None) -> list[tuple[int, int, str]]:
    """(start, end, label) from the model over the selected paragraphs of ``text``."""
    if mode == "off":
        return []
    nlp = nlp or load_model()
    if nlp is None:
        return []
    spans = select(text, mode)
    out = []
    for (s, _e), doc in zip(spans, nlp.pipe((text[a:b] for a, b in spans), batch_size=64)):
        out.extend((s + ent.start_char, s + ent.end_char, ent.label_) for ent in doc.ents)
    return out


def merge(
    text: str, ner: list[tuple[int, int, str]], mentions: list[Mention], rule_names: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str]]:
    """Apply ``merge@1``: (start, end, label, source) sorted by offset."""
    hard = [(m.start, m.end) for m in mentions if m.kind in HARD_KINDS]
    soft = [(m.start, m.end) for m in mentions if m.kind in ("date", "reference", "duration")]

    def overlaps(s, e, spans):
        return any(s < b and a < e for a, b in spans)

    kept = [
        (s, e, label, "ner")
        for s, e, label in ner
        if not overlaps(s, e, hard) and not (label in PATTERN_WINS and overlaps(s, e, soft))
    ]
    for s, e, label in rule_names:
        if any(k[2] == label and k[0] <= s and e <= k[1] for k in kept):
            continue  # the model already has it (or more)
        # a rule name that contains the model's shorter guesses replaces them ("FERNANDO MAGALHÃES SOARES")
        kept = [k for k in kept if not (k[2] == label and s <= k[0] and k[1] <= e)]
        kept.append((s, e, label, "rule"))
    return sorted(set(kept))


def rule_names(text: str, rows: dict[str, list[dict]]) -> list[tuple[int, int, str]]:
    """Spans of names the rules found: signers (PESSOA), parties (ORGANIZACAO) and representatives."""
    out = []

    def add(name: str | None, start: int | None, end: int | None, label: str) -> None:
        if not name or start is None:
            return
        # the name may be cut by a line end (a table cell) or printed in capitals
        rx = regex.compile(r"\s+".join(regex.escape(w) for w in name.split()), regex.IGNORECASE)
        m = rx.search(text, start, end if end is not None else len(text))
        if m:
            out.append((m.start(), m.end(), label))

    for s in rows.get("signatures", []):
        add(s.get("name"), s.get("char_start"), s.get("char_end"), "PESSOA")
    for p in rows.get("parties", []):
        add(p.get("name"), p.get("char_start"), p.get("char_end"), "ORGANIZACAO")
        add(p.get("representative_name"), p.get("char_start"), p.get("char_end"), "PESSOA")
    return out


def entity_rows(
    text: str, layout, doc: dict, run_id: str, mentions: list[Mention], rows: dict[str, list[dict]], mode: str
) -> list[dict]:
    from .rows import fact_row

    nlp = load_model() if mode != "off" else None
    name = model_name(nlp) if nlp is not None else None
    merged = merge(text, ner_entities(text, mode, nlp) if nlp is not None else [], mentions, rule_names(text, rows))
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            s,
            e,
            name if source == "ner" else f"rule:{POLICY}",
            label=label,
            text=text[s:e],
            source=source,
        )
        for s, e, label, source in merged
    ]
