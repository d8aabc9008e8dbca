"""Seed gold (tests/fixtures/gold, from shared/): documents per file, and the identifiers and
amounts of each file (exact sets for identifiers (kind, value, valid), exact multisets for amounts
and the amount in words where gold has it), and per document where the fields are per document."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from seidou.tools.evaluate import norm, same_org
from seidou.runner.process import process_file

from ..conftest import FIXTURES

GOLD = sorted((FIXTURES / "gold" / "seeds").glob("*.gold.json"))


_RUNS: dict = {}


def load(path):
    """Gold and the rows of its PDF (processed once per session: the rows are not mutated)."""
    if path not in _RUNS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        result = process_file(str(FIXTURES / gold["file"]), "gold-run")
        assert result.status == "ok"
        _RUNS[path] = (gold, result.rows)
    return _RUNS[path]


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_identifiers_exact(path):
    gold, rows = load(path)
    expected: set[tuple[str, str, bool]] = set()
    for doc in gold["documents"]:
        ids = doc.get("identifiers") or {}
        for kind in ("cnpj", "cpf"):
            expected |= {(kind, item["value"], item["valid"]) for item in ids.get(kind, [])}
    got = {(r["kind"], r["value"], r["valid"]) for r in rows["identifiers"] if r["kind"] in ("cnpj", "cpf")}
    assert got == expected


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_process_numbers_and_sei_codes(path):
    gold, rows = load(path)
    ids = {(r["kind"], r["value"]) for r in rows["identifiers"]}
    for doc in gold["documents"]:
        for p in doc.get("process_numbers", []):
            assert ("nup", p["value"]) in ids
            assert next(r["valid"] for r in rows["identifiers"] if r["value"] == p["value"]) is p["valid"]
        sei = doc.get("sei") or {}
        if "codigo_verificador" in sei:
            assert ("sei", sei["codigo_verificador"]) in ids
        if "crc" in sei:
            assert ("crc", sei["crc"]) in ids
        if "host" in sei:
            assert ("sei_url", sei["host"]) in ids


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_amounts_exact(path):
    gold, rows = load(path)
    expected = Counter()
    words = Counter()
    for doc in gold["documents"]:
        amounts = doc.get("amounts") or {}
        for item in amounts.get("items", []):
            expected[Decimal(item["value"])] += 1
            if item.get("extenso_value"):
                words[(Decimal(item["value"]), Decimal(item["extenso_value"]))] += 1
    got = Counter(r["value"] for r in rows["amounts"])
    assert got == expected
    got_words = Counter((r["value"], r["extenso_value"]) for r in rows["amounts"] if r["extenso_value"] is not None)
    assert got_words == words
    assert all(r["extenso_match"] for r in rows["amounts"] if r["extenso_value"] is not None)


def test_budget_identifiers_of_the_convenio():
    gold = json.loads((FIXTURES / "gold" / "seeds" / "seed_004.gold.json").read_text(encoding="utf-8"))
    rows = process_file(str(FIXTURES / gold["file"]), "gold-run").rows
    ids = {(r["kind"], r["value"]) for r in rows["identifiers"]}
    conv = next(d for d in gold["documents"] if d["type"] == "convenio")
    lei = next(d for d in gold["documents"] if d["type"] == "lei")
    for kind in ("ug", "nota_empenho", "ptres", "fonte", "natureza_despesa"):
        assert (kind, conv["budget"][kind]) in ids
    assert ("programa_trabalho", lei["budget"]["dotacao"]) in ids
    assert ("natureza_despesa", lei["budget"]["natureza_despesa"]) in ids
    assert ("fonte", lei["budget"]["fonte"]) in ids


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_references_recall(path):
    gold, rows = load(path)
    got = {r["norm_id"] for r in rows["references"]}
    for doc in gold["documents"]:
        refs = doc.get("references") or {}
        missing = [r for r in refs.get("must_include", []) if r not in got]
        assert missing == []


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_every_row_points_back_to_its_text(path):
    gold, rows = load(path)
    texts = {d["doc_id"]: d["text"] for d in rows["documents"]}
    for table in ("identifiers", "amounts", "references"):
        for r in rows[table]:
            assert r["page"] is not None and r["x0"] is not None
            if r["char_start"] is not None:
                assert texts[r["doc_id"]][r["char_start"] : r["char_end"]] == r["raw"]


GOLD_TYPES = {"ato_dou": "other"}  # gold's type for an untitled DOU continuation page


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_documents_count_types_numbers_dates(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    assert len(docs) == len(gold["documents"])
    for g, d in zip(gold["documents"], docs):
        assert d["doc_type"] == GOLD_TYPES.get(g["type"], g["type"])
        if "number" in g:
            assert d["number"] == g["number"]
        if "date" in g:
            assert (str(d["date"]) if d["date"] else None) == g["date"]
        if "objeto_contains" in g:
            assert g["objeto_contains"] in d["objeto"]
        for p in g.get("process_numbers", [])[:1]:
            assert d["process_number"] == p["value"]
        sei = g.get("sei") or {}
        if sei:
            assert (d["sei_codigo_verificador"], d["sei_crc"], d["sei_host"]) == (
                sei["codigo_verificador"],
                sei["crc"],
                sei["host"],
            )
        if "title_contains" in g:
            assert g["title_contains"] in d["title"]
        if "ementa_contains" in g:
            assert g["ementa_contains"] in d["ementa"]
        assert d["continues_previous"] is bool(g.get("continues_from_previous_page", False))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_identifiers_per_document(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        ids = g.get("identifiers") or {}
        expected = {(k, i["value"], i["valid"]) for k in ("cnpj", "cpf") for i in ids.get(k, [])}
        got = {
            (r["kind"], r["value"], r["valid"])
            for r in rows["identifiers"]
            if r["doc_id"] == d["doc_id"] and r["kind"] in ("cnpj", "cpf")
        }
        assert got == expected, (d["seq"], d["title"])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_amounts_per_document(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        expected = Counter(Decimal(i["value"]) for i in (g.get("amounts") or {}).get("items", []))
        got = Counter(r["value"] for r in rows["amounts"] if r["doc_id"] == d["doc_id"])
        assert got == expected, (d["seq"], d["title"])


TOP_LEVEL = {"artigo", "clausula", "secao"}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_top_level_clauses_and_subclause_counts(path):
    """Top-level units (the gold lists artigos, cláusulas or numbered seções) match exactly, titles
    included; quoted articles are not the document's own; subcláusulas per cláusula match."""
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        gc = g.get("clauses")
        if not gc:
            continue
        levels = {i["level"] for i in gc["items"]}
        mine = [
            c
            for c in rows["clauses"]
            if c["doc_id"] == d["doc_id"]
            and not c["is_quotation"]
            and c["level"] in levels
            and (c["level"] != "secao" or "secao" in levels and c["label"][0].isdigit())
        ]
        assert sorted((c["level"], c["number"]) for c in mine) == sorted((i["level"], i["number"]) for i in gc["items"])
        titled = {(i["level"], i["number"]): i["title"] for i in gc["items"] if "title" in i}
        for c in mine:
            if (c["level"], c["number"]) in titled:
                assert c["title"] == titled[(c["level"], c["number"])]
        expected_sub = gc.get("subclausulas_in_clause")
        if expected_sub:
            by_id = {c["clause_id"]: c for c in rows["clauses"]}
            counts = Counter(
                by_id[c["parent_id"]]["number"]
                for c in rows["clauses"]
                if c["doc_id"] == d["doc_id"] and c["level"] == "subclausula"
            )
            assert {str(k): counts.get(k, 0) for k in range(1, 21)} == expected_sub


def test_dou_headings_and_quotations():
    gold = json.loads((FIXTURES / "gold" / "seeds" / "seed_002.gold.json").read_text(encoding="utf-8"))
    rows = process_file(str(FIXTURES / gold["file"]), "gold-run").rows
    labels = [c["label"] for c in rows["clauses"] if c["level"] in ("capitulo", "secao")]
    titles = [c["title"] for c in rows["clauses"] if c["level"] in ("capitulo", "secao")]
    for h in gold["documents"][0]["clauses"]["headings"]:
        assert h in labels or h in titles
    plano = process_file(str(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf"), "gold-run").rows
    quoted = [c for c in plano["clauses"] if c["is_quotation"]]
    # JUSTIFICATIVA quotes arts. 20, 21 and 24 of Portaria Seges nº 4.890, with their incisos
    assert [c["number"] for c in quoted if c["level"] == "artigo"] == [20, 21, 24]
    assert all(c["level"] in ("artigo", "inciso", "paragrafo", "alinea") for c in quoted)
    assert [(c["level"], c["number"]) for c in plano["clauses"] if not c["is_quotation"]] == [
        ("secao", 1),
        ("secao", 2),
        ("secao", 3),
        ("secao", 4),
    ]


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_sei_signatures_exact(path):
    """Every SEI stamp with its exact Brasília timestamp and cargo (issue 5 starts here)."""
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        sigs = g.get("signatures") or {}
        expected = {
            (norm(i["name"]), i["cargo"], i["signed_at"])
            for i in sigs.get("items", [])
            if i["kind"] == "eletronica_sei"
        }
        got = {
            (norm(s["name"]), s["cargo"], s["signed_at"].isoformat())
            for s in rows["signatures"]
            if s["doc_id"] == d["doc_id"] and s["kind"] == "eletronica_sei"
        }
        assert got == expected, (d["seq"], d["title"])
        if "legal_basis_contains" in sigs:
            assert all(
                sigs["legal_basis_contains"] in s["legal_basis"]
                for s in rows["signatures"]
                if s["doc_id"] == d["doc_id"] and s["kind"] == "eletronica_sei"
            )


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_vigencia(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        if "vigencia" not in g:
            continue
        mine = [v for v in rows["vigencia"] if v["doc_id"] == d["doc_id"]]
        if g["vigencia"] is None:
            assert mine == []
            continue
        gv = g["vigencia"]
        months = {"meses": 1, "anos": 12}
        assert [
            (str(v["start"]), str(v["end"]), v["duration_value"] * months[v["duration_unit"]], v["anchor"])
            for v in mine
        ] == [(gv["start"], gv["end"], gv["duration_months"], gv["anchor"])]
        assert mine[0]["resolved"] is True


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_amount_roles(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        items = (g.get("amounts") or {}).get("items", [])
        expected = Counter((Decimal(i["value"]), i["role"]) for i in items if "role" in i)
        got = Counter((r["value"], r["role"]) for r in rows["amounts"] if r["doc_id"] == d["doc_id"])
        assert got == expected, (d["seq"], d["title"])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_all_signatures_exact(path):
    """Every signature of every kind (SEI stamps, municipal e-signature tables, printed signatories):
    (kind, name) per GOLD.md name matching, the exact timestamp, and the cargo."""
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        sigs = g.get("signatures")
        if not sigs:
            continue
        expected = sorted((i["kind"], norm(i["name"]), i["signed_at"], i["cargo"]) for i in sigs["items"])
        got = sorted(
            (s["kind"], norm(s["name"]), s["signed_at"].isoformat() if s["signed_at"] else None, s["cargo"])
            for s in rows["signatures"]
            if s["doc_id"] == d["doc_id"]
        )
        assert got == expected, (d["seq"], d["title"])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_parties_exact(path):
    gold, rows = load(path)
    docs = sorted(rows["documents"], key=lambda d: d["seq"])
    for g, d in zip(gold["documents"], docs):
        gp = g.get("parties")
        if not gp:
            continue
        mine = [p for p in rows["parties"] if p["doc_id"] == d["doc_id"]]
        assert len(mine) == len(gp["items"])
        for item in gp["items"]:
            match = [
                p
                for p in mine
                if p["role"] == item["role"]
                and (p["cnpj"] == item["cnpj"] if item.get("cnpj") and p["cnpj_valid"] else same_org(p["name"], item))
            ]
            assert len(match) == 1, item["name"]
            p = match[0]
            assert norm(p["representative_name"]) == norm(item["representative"])
            assert norm(p["representative_cargo"]) == norm(item["cargo"])
            assert p["representative_matricula"] == item.get("matricula")
            if item.get("cnpj_raw"):
                assert p["cnpj_valid"] is False
            if "address_contains" in item:
                assert item["address_contains"] in p["address"]
            if "cep" in item:
                assert p["cep"] == item["cep"]
