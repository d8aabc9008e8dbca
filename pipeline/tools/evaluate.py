"""Scoring against gold files in the format of docs/GOLD.md (any folder of them, any documents).

Gold document i is matched with output document seq i of the same file. For each field the scorer
counts true positives, false positives and false negatives (``exhaustive: true`` scores precision
and recall; ``exhaustive: false`` with ``must_include`` scores recall only), and accuracies for the
attributes of matched items. Choices the format leaves open, written down:
- clauses are compared at the levels the gold lists (a gold that lists artigos does not count the
  incisos we also find as false positives); quoted articles are not the document's own;
- a document field absent from gold is not scored; ``null`` means "must be empty".
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

from seidou.runner.process import process_file


def norm(s: str | None) -> str:
    """Casefold, strip accents, collapse spaces ("FERNANDO MAGALHAES" == "Fernando Magalhães")."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("°", "º").replace("º", "o")
    return regex.sub(r"\s+", " ", s).strip().casefold()


def same_org(mine: str | None, gold: dict) -> bool:
    """Equal after normalization to the name or an alias, or token-set similarity ≥ 0.85."""
    if not mine:
        return False
    names = [gold["name"]] + gold.get("aliases", [])
    m = norm(mine)
    if any(m == norm(n) for n in names):
        return True
    a, b = set(m.split()), set(norm(gold["name"]).split())
    return len(a & b) / max(min(len(a), len(b)), 1) >= 0.85


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.fields.setdefault(name, Score())

    def count(self, name: str, expected, got, exhaustive: bool = True) -> None:
        """Multiset comparison of two iterables of hashable items."""
        e, g = Counter(expected), Counter(got)
        tp = sum((e & g).values())
        s = self.score(name)
        s.tp += tp
        s.fn += sum(e.values()) - tp
        if exhaustive:
            s.fp += sum(g.values()) - tp

    def accuracy(self, name: str, ok: bool) -> None:
        s = self.score(name)
        if ok:
            s.tp += 1
        else:
            s.fp += 1
            s.fn += 1

    def micro(self) -> Score:
        total = Score()
        for s in self.fields.values():
            total.add(s)
        return total

    def table(self) -> str:
        lines = [f"{'field':<28} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6}"]
        for name in sorted(self.fields):
            s = self.fields[name]
            lines.append(f"{name:<28} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        m = self.micro()
        lines.append(f"{'MICRO':<28} {m.tp:>5} {m.fp:>5} {m.fn:>5} {m.precision:>6.3f} {m.recall:>6.3f} {m.f1:>6.3f}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        out = {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for k, s in sorted(self.fields.items())
        }
        m = self.micro()
        return {
            "files": self.files,
            "missing_pdfs": self.missing,
            "fields": out,
            "micro": {"tp": m.tp, "fp": m.fp, "fn": m.fn, "precision": m.precision, "recall": m.recall, "f1": m.f1},
        }


def _rows_of(rows: dict, table: str, doc_id: str) -> list[dict]:
    return [r for r in rows.get(table, []) if r["doc_id"] == doc_id]


def score_document(rep: Report, g: dict, d: dict | None, rows: dict) -> None:
    doc_id = d["doc_id"] if d else ""
    if "type" in g:
        rep.accuracy("doc_type", d is not None and d["doc_type"] == ({"ato_dou": "other"}.get(g["type"], g["type"])))
    for key in ("number", "date"):
        if key in g:
            mine = d.get(key) if d else None
            rep.accuracy(key, (str(mine) if mine is not None else None) == g[key])
    ids = g.get("identifiers")
    if ids is not None:
        for kind in ("cnpj", "cpf"):
            if kind in ids:
                exp = {i["value"] for i in ids[kind]}
                got = {r["value"] for r in _rows_of(rows, "identifiers", doc_id) if r["kind"] == kind}
                rep.count(f"identifiers.{kind}", exp, got, ids.get("exhaustive", True))
                mine = {r["value"]: r["valid"] for r in _rows_of(rows, "identifiers", doc_id) if r["kind"] == kind}
                for i in ids[kind]:
                    if i["value"] in mine:
                        rep.accuracy("identifiers.valid", mine[i["value"]] is i["valid"])
    for p in g.get("process_numbers", []):
        got = {r["value"] for r in _rows_of(rows, "identifiers", doc_id) if r["kind"] in ("nup", "processo")}
        rep.count("process_numbers", [p["value"]], got & {p["value"]}, exhaustive=False)
    amounts = g.get("amounts")
    if amounts is not None:
        items = amounts.get("items", [])
        mine = _rows_of(rows, "amounts", doc_id)
        rep.count(
            "amounts", [Decimal(i["value"]) for i in items], [r["value"] for r in mine], amounts.get("exhaustive", True)
        )
        pool = list(mine)
        for i in items:
            match = next((r for r in pool if r["value"] == Decimal(i["value"])), None)
            if match is None:
                continue
            pool.remove(match)
            if i.get("extenso_value"):
                rep.accuracy("amounts.extenso_value", match["extenso_value"] == Decimal(i["extenso_value"]))
            if i.get("role"):
                rep.accuracy("amounts.role", match["role"] == i["role"])
    sigs = g.get("signatures")
    if sigs is not None:
        mine = _rows_of(rows, "signatures", doc_id)
        exp = [(i["kind"], norm(i["name"]), i["signed_at"]) for i in sigs.get("items", [])]
        got = [(s["kind"], norm(s["name"]), s["signed_at"].isoformat() if s["signed_at"] else None) for s in mine]
        rep.count("signatures", exp, got, sigs.get("exhaustive", True))
        for i in sigs.get("items", []):
            m = next((s for s in mine if s["kind"] == i["kind"] and norm(s["name"]) == norm(i["name"])), None)
            if m is not None and i.get("cargo"):
                rep.accuracy("signatures.cargo", norm(m["cargo"]) == norm(i["cargo"]))
    parties = g.get("parties")
    if parties is not None:
        mine = _rows_of(rows, "parties", doc_id)
        matched = 0
        for i in parties.get("items", []):
            m = next(
                (
                    p
                    for p in mine
                    if p["role"] == i["role"]
                    and (p["cnpj"] == i["cnpj"] if i.get("cnpj") and p["cnpj_valid"] else same_org(p["name"], i))
                ),
                None,
            )
            if m is None:
                continue
            matched += 1
            rep.accuracy("parties.representative", norm(m["representative_name"]) == norm(i.get("representative")))
            rep.accuracy("parties.cargo", norm(m["representative_cargo"]) == norm(i.get("cargo")))
        s = rep.score("parties")
        s.tp += matched
        s.fn += len(parties.get("items", [])) - matched
        if parties.get("exhaustive", True):
            s.fp += len(mine) - matched
    cl = g.get("clauses")
    if cl is not None:
        items = cl.get("items", [])
        levels = {i["level"] for i in items}
        mine = [c for c in _rows_of(rows, "clauses", doc_id) if not c["is_quotation"] and c["level"] in levels]
        rep.count(
            "clauses",
            [(i["level"], i["number"]) for i in items],
            [(c["level"], c["number"]) for c in mine],
            cl.get("exhaustive", True),
        )
        for i in items:
            if "title" in i:
                m = next((c for c in mine if (c["level"], c["number"]) == (i["level"], i["number"])), None)
                if m is not None:
                    rep.accuracy("clauses.title", norm(m["title"]) == norm(i["title"]))
    if "vigencia" in g:
        mine = _rows_of(rows, "vigencia", doc_id)
        gv = g["vigencia"]
        if gv is None:
            rep.count("vigencia", [], [1] * len(mine))
        else:
            best = mine[0] if mine else None
            months = {"meses": 1, "anos": 12}
            rep.accuracy("vigencia.start", best is not None and str(best["start"]) == gv.get("start"))
            rep.accuracy("vigencia.end", best is not None and str(best["end"]) == gv.get("end"))
            if "duration_months" in gv:
                dm = (
                    best["duration_value"] * months.get(best["duration_unit"], 0)
                    if best and best["duration_value"]
                    else None
                )
                rep.accuracy("vigencia.duration_months", dm == gv["duration_months"])
    refs = g.get("references")
    if refs is not None:
        got = {r["norm_id"] for r in _rows_of(rows, "references", doc_id)}
        rep.count(
            "references",
            refs.get("must_include", []),
            [x for x in refs.get("must_include", []) if x in got],
            exhaustive=False,
        )
    ents = g.get("entities")
    if ents is not None:
        got = {(e["label"], norm(e["text"])) for e in _rows_of(rows, "entities", doc_id)}
        for label, names in ents.get("must_include", {}).items():
            rep.count(
                f"entities.{label}",
                [norm(n) for n in names],
                [norm(n) for n in names if (label, norm(n)) in got],
                exhaustive=False,
            )
    text = regex.sub(r"\s+", " ", d["text"]) if d else ""
    for s in g.get("text_must_contain", []):
        rep.accuracy("text_must_contain", regex.sub(r"\s+", " ", s) in text)
    for s in g.get("text_must_not_contain", []):
        rep.accuracy("text_must_not_contain", s not in text)


def evaluate(gold_paths: list[Path], pdfs: Path | None = None) -> Report:
    rep = Report()
    for gp in gold_paths:
        gold = json.loads(Path(gp).read_text(encoding="utf-8"))
        candidates = ([pdfs / gold["file"]] if pdfs else []) + [
            Path(gp).parent / gold["file"],
            Path(gp).parent.parent / gold["file"],
        ]
        pdf = next((c for c in candidates if c.exists()), None)
        if pdf is None:
            rep.missing.append(gold["file"])
            continue
        rep.files.append(gold["file"])
        rows = process_file(str(pdf), "eval", tables="off", ner="all").rows
        docs = sorted(rows.get("documents", []), key=lambda d: d["seq"])
        rep.count("documents", [1] * len(gold["documents"]), [1] * len(docs))
        for k, g in enumerate(gold["documents"]):
            score_document(rep, g, docs[k] if k < len(docs) else None, rows)
    return rep


def gold_files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        out.extend(sorted(path.rglob("*.gold.json")) if path.is_dir() else [path])
    return out
