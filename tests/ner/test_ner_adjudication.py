"""The blind adjudication behind ``--ner fast``'s threshold (benchmarks/ner_adjudicate.py,
benchmarks/data/ner_adjudication_029_*.json): the sample is what its docstring says, and the estimate adds up."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "ner_adjudicate.py"
spec = importlib.util.spec_from_file_location("ner_adjudicate", BENCH)
adj = importlib.util.module_from_spec(spec)
spec.loader.exec_module(adj)


@pytest.mark.parametrize("name, per_stratum, twice", [("targeted", 160, 80), ("every", 100, 40)])
def test_each_sample_has_its_judged_items_per_stratum(name, per_stratum, twice):
    items = json.loads(adj.SAMPLES[name].read_text())["items"]
    assert Counter(i["stratum"] for i in items) == {s: per_stratum for s in ("both", "ref_only", "other_only")}
    verdicts = [v for i in items for v in i["verdicts"]]
    assert set(verdicts) <= {"correct", "boundary", "label", "no", "unsure"}
    assert Counter(len(i["verdicts"]) for i in items) == {1: 3 * per_stratum - twice, 2: twice}
    assert len({(i["file"], i["doc_id"], i["label"], adj.norm(i["text"])) for i in items}) == 3 * per_stratum


def item(stratum, text, *verdicts):
    return ("f.pdf", "d-1", "PESSOA", adj.norm(text)), {"stratum": stratum, "verdicts": list(verdicts)}


KEYED = [
    item("both", "Ana", "correct"),
    item("both", "Bia", "no"),
    item("ref_only", "Caio", "correct", "no"),  # a split verdict counts one half
    item("other_only", "Davi", "correct"),
]
SIZES = {"both": 100, "ref_only": 10, "other_only": 40}


@pytest.mark.parametrize(
    "present, right, wrong",
    [
        ({"Ana", "Bia"}, 50, 50),  # half the sampled 'both' items right: 100 entities, 50 right
        ({"Ana", "Bia", "Caio"}, 55, 55),
        ({"Ana", "Bia", "Davi"}, 90, 50),
        ({"Ana"}, 50, 0),  # a dump without Bia loses the wrong half of 'both'
        (set(), 0, 0),
    ],
)
def test_the_estimate_scales_each_stratum_by_its_size(present, right, wrong):
    ents = {k for k, _ in KEYED if k[3] in {adj.norm(p) for p in present}}
    assert adj.estimate(SIZES, KEYED, ents) == pytest.approx((right, wrong))


def test_accents_and_case_do_not_split_an_entity():
    assert adj.norm("JOSÉ  da Silva ") == adj.norm("jose da silva")
