"""Scoring against gold files in the format of docs/GOLD.md (any folder of them, any documents).

Gold documents are aligned with the output documents of the same file in order: a gold document that
gives ``page_start`` matches the next output document whose pages overlap its pages and whose title (or
opening) holds its ``title_contains``; gold files without pages fall back to gold document i ↔ output
document seq i. ``documents`` counts the aligned pairs (precision over output documents, recall over
gold). Fields are scored per aligned document, and the headline fields again per file (``file.*``): the
file's gold items pooled over its documents (plus ``edition_signatures``) against all of the file's rows,
so a fact given to the wrong document still counts at file level. For each field the scorer
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
    """Casefold, strip accents, collapse spaces, one kind of dash, no full stop or comma at the end
    ("FERNANDO MAGALHAES" == "Fernando Magalhães"; "IRON MOUNTAIN DO BRASIL LTDA." == "… Ltda")."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("°", "º").replace("º", "o")
    s = regex.sub(r"[\u2010-\u2015]", "-", s)
    return regex.sub(r"\s+", " ", s).strip().rstrip(".,;:").strip().casefold()


# a body's name printed with its acronym ("Secretaria Municipal de Educação – SMED", "… de Saúde (SMSA)")
# (0.27: an acronym may hold one hyphen, its state's abbreviation: "… do Distrito Federal – FEMP-DF" (DODF 2004),
# "… do Rio de Janeiro - PROCON-RJ" (DOE-RJ 2023), "SES-DF"; the 0.26 scorer took none, is reported as ``.v026``)
_ACR_V026 = r"[^\s()-]+"
_ACR = rf"{_ACR_V026}(?:-{_ACR_V026})?"


def _with_acronym(acr: str):
    return regex.compile(rf"(?P<body>.+?\S)\s*(?:-\s*(?P<a>{acr})|\((?P<b>[^\s()]+)\))")


# or the acronym first ("BRB - BANCO DE BRASÍLIA S.A.", "ACIPP - Associação Comunitária Integrada …", "FAMICRO-DF -
# FEDERAÇÃO DAS ASSOCIAÇÕES …": DODF 2004)
def _acronym_first(acr: str):
    return regex.compile(rf"(?P<a>{acr})\s+-\s+(?P<body>\S.*)")


_WITH_ACRONYM, _WITH_ACRONYM_V026 = _with_acronym(_ACR), _with_acronym(_ACR_V026)
_ACRONYM_FIRST, _ACRONYM_FIRST_V026 = _acronym_first(_ACR), _acronym_first(_ACR_V026)


def name_found(name: str, got: set[str], acronym_first: bool = True, hyphened: bool = True) -> bool:
    """Whether the normalized ``name`` of a gold entity is among the normalized output names ``got``: as
    it is, or, a body's name printed with its acronym after a dash or in brackets, as the two entities
    LeNER-Br marks there (its train: 147 such pairs, 2 as one entity) — gold annotators wrote it both ways;
    the same with the acronym first ("BRB - BANCO DE BRASÍLIA S.A.") unless ``acronym_first`` is off (the
    0.23 scorer, still reported as ``file.entities.<label>.v023``: review24 finding 29); an acronym with a
    hyphen ("FEMP-DF") unless ``hyphened`` is off (the 0.26 scorer, reported as ``….v026``)."""
    if name in got:
        return True
    m = (_WITH_ACRONYM if hyphened else _WITH_ACRONYM_V026).fullmatch(name)
    if m is not None and m["body"] in got and (m["a"] or m["b"]) in got:
        return True
    m = (_ACRONYM_FIRST if hyphened else _ACRONYM_FIRST_V026).fullmatch(name) if acronym_first else None
    return m is not None and m["a"] in got and m["body"] in got


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


def _title_key(s: str | None) -> str:
    return regex.sub(r"[^\p{L}\p{N}]+", "", norm(s))


def _pages(d: dict) -> tuple[int, int]:
    a = d.get("page_start") or 0
    return a, d.get("page_end") or a


def _same_title(g: dict, d: dict) -> bool:
    want = _title_key(g.get("title_contains"))[:60]
    if not want:
        return d.get("title") is None or bool(d.get("continues_previous"))
    head = _title_key((d.get("title") or "") + " " + (d.get("text") or "")[:800])
    return want in head


def role_raw_ok(mine: str | None, gold: str | None) -> bool:
    """Whether a party's printed role label matches the gold's. Annotators wrote two printed labels as
    alternatives ("PARTES / PELA CONTRATADA": the list's label and the signer's) and added notes after a
    space in brackets ("PARTES (a empresa)"); a bracket glued to the word is printed ("Contratado(a)")."""
    if gold is None:
        return mine is None
    options = [regex.sub(r"\s+\([^()]*\)", "", alt) for alt in gold.split(" / ")]
    return any(norm(mine) == norm(o) for o in options)


def align(golds: list[dict], docs: list[dict]) -> list[dict | None]:
    """For each gold document, its output document (or None), in order (see the module docstring)."""
    if not any("page_start" in g for g in golds):
        return [docs[k] if k < len(docs) else None for k in range(len(golds))]
    out: list[dict | None] = []
    j = 0
    for g in golds:
        ga, gb = _pages(g)
        hit = None
        for k in range(j, len(docs)):
            da, db = _pages(docs[k])
            if da > gb:
                break
            if db >= ga and _same_title(g, docs[k]):
                hit = k
                break
        out.append(docs[hit] if hit is not None else None)
        if hit is not None:
            j = hit + 1
    return out


def _sig_key(kind: str | None, name: str | None, signed_at) -> tuple:
    when = signed_at.isoformat() if hasattr(signed_at, "isoformat") else signed_at
    return (kind, norm(name), when)


def listed(block: dict | None) -> list:
    """The gold items of a field: ``items`` (exhaustive) or ``must_include`` (recall only)."""
    block = block or {}
    return block.get("items") or block.get("must_include") or []


def exhaustive(golds: list[dict], key: str) -> bool:
    """Whether every document's ``key`` list is exhaustive: a file's pooled score counts false
    positives only then (the rows of a recall-only document are not aligned to it in the pool)."""
    return all((g.get(key) or {}).get("exhaustive", True) for g in golds if g.get(key) is not None)


def score_file(rep: Report, gold: dict, rows: dict) -> None:
    """The headline fields per file: gold items pooled over the file's documents against all its rows."""
    golds = gold["documents"]
    if any(g.get("identifiers") is not None and "cnpj" in g["identifiers"] for g in golds):
        exp = {i["value"] for g in golds for i in ((g.get("identifiers") or {}).get("cnpj") or [])}
        got = {r["value"] for r in rows.get("identifiers", []) if r["kind"] == "cnpj"}
        rep.count("file.identifiers.cnpj", exp, got)
    if any(g.get("amounts") is not None for g in golds):
        exp = [Decimal(i["value"]) for g in golds for i in listed(g.get("amounts"))]
        rep.count("file.amounts", exp, [r["value"] for r in rows.get("amounts", [])], exhaustive(golds, "amounts"))
    if any(g.get("signatures") is not None for g in golds):
        items = [i for g in golds for i in listed(g.get("signatures"))]
        items += gold.get("edition_signatures") or []
        exp = {_sig_key(i.get("kind"), i.get("name"), i.get("signed_at")) for i in items}
        got = {_sig_key(r["kind"], r["name"], r["signed_at"]) for r in rows.get("signatures", [])}
        every = exhaustive(golds, "signatures")
        rep.count("file.signatures", exp, got, every)
        rep.count(
            "file.signatures.name_only", {k[:2] for k in exp}, {k[:2] for k in got}, every
        )  # the same, timestamps aside: how much of the miss is the time
    if any(g.get("parties") is not None for g in golds):
        items = [i for g in golds for i in listed(g.get("parties"))]
        mine = list(rows.get("parties", []))
        matched = 0
        for i in items:
            m = next((p for p in mine if _same_party(p, i)), None)
            if m is not None:
                mine.remove(m)
                matched += 1
                rep.accuracy(
                    "file.parties.representative", norm(m["representative_name"]) == norm(i.get("representative"))
                )
        s = rep.score("file.parties")
        s.tp += matched
        s.fn += len(items) - matched
        if exhaustive(golds, "parties"):
            s.fp += len(mine)
    for label in ("PESSOA", "ORGANIZACAO"):
        names = {norm(n) for g in golds for n in ((g.get("entities") or {}).get("must_include") or {}).get(label, [])}
        if names:
            got = {norm(e["text"]) for e in rows.get("entities", []) if e["label"] == label}
            rep.count(f"file.entities.{label}", names, {n for n in names if name_found(n, got)}, exhaustive=False)
            # the 0.23 scorer (no "ACRONYM - Body" as two entities), reported beside it: review24 finding 29
            old = {n for n in names if name_found(n, got, acronym_first=False, hyphened=False)}
            rep.count(f"file.entities.{label}.v023", names, old, exhaustive=False)
            # the 0.26 scorer (no hyphen inside an acronym: "… – FEMP-DF"), reported beside it
            v026 = {n for n in names if name_found(n, got, hyphened=False)}
            rep.count(f"file.entities.{label}.v026", names, v026, exhaustive=False)


def _same_party(p: dict, i: dict) -> bool:
    if p["role"] != i["role"]:
        return False
    if i.get("cnpj") and p.get("cnpj") and p.get("cnpj_valid"):
        return p["cnpj"] == i["cnpj"]
    return same_org(p["name"], i)


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
        items = listed(amounts)
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
        exp = [(i["kind"], norm(i["name"]), i["signed_at"]) for i in listed(sigs)]
        got = [(s["kind"], norm(s["name"]), s["signed_at"].isoformat() if s["signed_at"] else None) for s in mine]
        rep.count("signatures", exp, got, sigs.get("exhaustive", True))
        for i in listed(sigs):
            m = next((s for s in mine if s["kind"] == i["kind"] and norm(s["name"]) == norm(i["name"])), None)
            if m is not None and i.get("cargo"):
                rep.accuracy("signatures.cargo", norm(m["cargo"]) == norm(i["cargo"]))
    parties = g.get("parties")
    if parties is not None:
        mine = _rows_of(rows, "parties", doc_id)
        matched = 0
        for i in listed(parties):
            m = next((p for p in mine if _same_party(p, i)), None)
            if m is None:
                continue
            matched += 1
            rep.accuracy("parties.representative", norm(m["representative_name"]) == norm(i.get("representative")))
            rep.accuracy("parties.cargo", norm(m["representative_cargo"]) == norm(i.get("cargo")))
            if "role_raw" in i:  # (the label as printed, where the gold gives it: null is an answer too)
                rep.accuracy("parties.role_raw", role_raw_ok(m.get("role_raw"), i["role_raw"]))
        s = rep.score("parties")
        s.tp += matched
        s.fn += len(listed(parties)) - matched
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

            def iso(v):
                return None if v is None else str(v)

            if "start" in gv:
                rep.accuracy("vigencia.start", best is not None and iso(best["start"]) == gv["start"])
            if "end" in gv:
                rep.accuracy("vigencia.end", best is not None and iso(best["end"]) == gv["end"])
            if "start" in gv and "end" in gv:
                rep.accuracy(
                    "vigencia.start_end",
                    best is not None and iso(best["start"]) == gv["start"] and iso(best["end"]) == gv["end"],
                )
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
        mine = _rows_of(rows, "entities", doc_id)
        for label, names in ents.get("must_include", {}).items():
            got = {norm(e["text"]) for e in mine if e["label"] == label}
            rep.count(
                f"entities.{label}",
                [norm(n) for n in names],
                [norm(n) for n in names if name_found(norm(n), got)],
                exhaustive=False,
            )
    text = regex.sub(r"\s+", " ", d["text"]) if d else ""
    for s in g.get("text_must_contain", []):
        rep.accuracy("text_must_contain", regex.sub(r"\s+", " ", s) in text)
    for s in g.get("text_must_not_contain", []):
        rep.accuracy("text_must_not_contain", s not in text)


def evaluate(gold_paths: list[Path], pdfs: Path | None = None, split: str | None = None, ner: str = "all") -> Report:
    """Score every gold file (of ``split`` only, when given: gold files carry ``"split": "tune"|"heldout"``).
    The pipeline runs with tables off and ``ner`` (default ``all``: the ensemble on every paragraph, the
    model's best; ``fast`` scores what a default run gives)."""
    rep = Report()
    for gp in gold_paths:
        gold = json.loads(Path(gp).read_text(encoding="utf-8"))
        if split and gold.get("split") != split:
            continue
        candidates = ([pdfs / gold["file"]] if pdfs else []) + [
            Path(gp).parent / gold["file"],
            Path(gp).parent.parent / gold["file"],
        ]
        pdf = next((c for c in candidates if c.exists()), None)
        if pdf is None:
            rep.missing.append(gold["file"])
            continue
        rep.files.append(gold["file"])
        # CPFs unmasked in memory only (gold holds them as printed; no row is written, scores only)
        rows = process_file(str(pdf), "eval", tables="off", ner=ner, unmask_cpf=True).rows
        docs = sorted(rows.get("documents", []), key=lambda d: d["seq"])
        pairs = align(gold["documents"], docs)
        found = sum(1 for d in pairs if d is not None)
        s = rep.score("documents")
        s.tp += found
        s.fn += len(gold["documents"]) - found
        s.fp += len(docs) - found
        for g, d in zip(gold["documents"], pairs):
            score_document(rep, g, d, rows)
        score_file(rep, gold, rows)
    return rep


HEADLINE = [
    ("documents found (recall)", "documents", "recall"),
    ("CNPJ F1 (per file)", "file.identifiers.cnpj", "f1"),
    ("amounts F1 (per file)", "file.amounts", "f1"),
    ("signatures F1 (per file)", "file.signatures", "f1"),
    ("signatures F1, names only", "file.signatures.name_only", "f1"),
    ("parties F1 (per file)", "file.parties", "f1"),
    ("party representative", "file.parties.representative", "precision"),
    ("vigência start and end exact", "vigencia.start_end", "precision"),
    ("PESSOA recall (per file)", "file.entities.PESSOA", "recall"),
    ("ORGANIZACAO recall (per file)", "file.entities.ORGANIZACAO", "recall"),
    ("ORGANIZACAO recall, 0.23 scorer", "file.entities.ORGANIZACAO.v023", "recall"),
    ("ORGANIZACAO recall, 0.26 scorer", "file.entities.ORGANIZACAO.v026", "recall"),
]


def headline(rep: Report) -> str:
    """The measures of the issue "Read documents we have never seen", one line each."""
    lines = []
    for label, name, measure in HEADLINE:
        if name in rep.fields:
            s = rep.fields[name]
            lines.append(f"{label:<32} {getattr(s, measure):.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    return "\n".join(lines)


def gold_files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        out.extend(sorted(path.rglob("*.gold.json")) if path.is_dir() else [path])
    return out
