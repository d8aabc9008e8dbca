"""models/MODEL_CARD.md is written by hand but for one block, the scores, which models/card.py writes from
models/ner-pt-legal/scores.json: run on the committed scores, it leaves the committed card unchanged."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CARD = ROOT / "models" / "MODEL_CARD.md"
SCORES = ROOT / "models" / "ner-pt-legal" / "scores.json"
sys.path.insert(0, str(ROOT / "models"))
import card  # noqa: E402


def test_the_committed_card_has_the_committed_scores():
    text = CARD.read_text(encoding="utf-8")
    assert card.rewrite(text, json.loads(SCORES.read_text(encoding="utf-8"))) == text
    # the command make model runs, in its --check form, agrees
    proc = subprocess.run([sys.executable, str(ROOT / "models" / "card.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_only_the_block_is_rewritten():
    text = CARD.read_text(encoding="utf-8")
    scores = json.loads(SCORES.read_text(encoding="utf-8"))
    other = copy.deepcopy(scores)
    other["test"]["per_type"]["PESSOA"] = 0.8997  # a target missed by a hair reads as missed
    other["words_per_second"] = 9_876.4
    new = card.rewrite(text, other)
    head, tail = text.split(card.START)[0], text.split(card.END)[1]
    assert new.startswith(head) and new.endswith(tail) and new != text
    assert "| PESSOA | 0.900 |" in new and "PESSOA ≥ 0.90: not met (0.8997)" in new
    assert "Speed: 9,876 words/s" in new and "≥ 10,000 words/s: not met (9,876)" in new
    assert card.rewrite(new, scores) == text


def test_a_card_without_markers_is_refused():
    with pytest.raises(ValueError):
        card.rewrite("# a card\n", json.loads(SCORES.read_text(encoding="utf-8")))
