"""Rewrite the scores block of models/MODEL_CARD.md from the model's scores.json (``make model`` runs it after
evaluating). The card is written by hand but for that block, between the markers START and END below.

    python models/card.py [models/ner-pt-legal | SCORES_JSON] [--card models/MODEL_CARD.md] [--check]

``--check`` writes nothing and exits 1 if the block is not what the scores give (tests/test_model_card.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CARD, SCORES = HERE / "MODEL_CARD.md", HERE / "ner-pt-legal" / "scores.json"
START, END = "<!-- scores:start -->", "<!-- scores:end -->"
READINGS = {  # scores.json key → row of the table (the last two are absent from older scores)
    "test": "overall",
    "test_caps": "ALL CAPS test",
    "test_raw": "as raw text (spaCy's tokens, as the pipeline reads it)",
    "test_shaped": "as raw text, each entity as the merge policy's shape rules keep it (`pipeline/ner/shape.py`)",
}


def reached(s: dict) -> list[str]:
    """What the model reached, in the order of ``evaluate.targets``, with enough digits to tell a target
    missed by a hair (PESSOA 0.8997) from one met."""
    t, pt = s["test"], s["test"]["per_type"]
    return [
        f"{t['f']:.4f}",
        f"{pt.get('PESSOA', 0):.4f}",
        f"{pt.get('ORGANIZACAO', 0):.4f}",
        f"{100 * (t['f'] - s['test_caps']['f']):.1f} points",
        f"{s['words_per_second']:,.0f}",
    ]


def block(s: dict) -> str:
    """The block's Markdown, markers included."""
    sys.path.insert(0, str(HERE))
    from evaluate import targets  # the targets are evaluate.py's (it prints them too)

    rows = [f"| {r} | {s[k]['f']:.3f} | {s[k]['p']:.3f} | {s[k]['r']:.3f} |" for k, r in READINGS.items() if k in s]
    labels = [f"| {k} | {v:.3f} |" for k, v in sorted(s["test"]["per_type"].items())]
    met = "; ".join(f"{k}: {'met' if v else 'not met'} ({got})" for (k, v), got in zip(targets(s).items(), reached(s)))
    speed = f"Speed: {s['words_per_second']:,.0f} words/s on one core (the median of three passes after a first one"
    first = s.get("words_per_second_first_pass")  # absent from older scores
    speed += f", which read {first:,.0f} words/s)." if first else ")."
    lines = [START, "| | F1 | P | R |", "|---|---|---|---|", *rows, "", "| label | F1 |", "|---|---|", *labels, ""]
    return "\n".join([*lines, speed, f"Targets of issue 6: {met}.", END])


def rewrite(card: str, s: dict) -> str:
    """``card`` with its scores block (the one between the markers) written from ``s``."""
    start, end = card.find(START), card.find(END)
    if start < 0 or end < start or card.count(START) != 1:
        raise ValueError(f"the card needs one {START} … {END} block")
    return card[:start] + block(s) + card[end + len(END) :]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scores", type=Path, nargs="?", default=SCORES, help="scores.json, or the model folder holding it")
    ap.add_argument("--card", type=Path, default=CARD)
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if the block is out of date")
    args = ap.parse_args()
    scores = args.scores / "scores.json" if args.scores.is_dir() else args.scores
    text = args.card.read_text(encoding="utf-8")
    new = rewrite(text, json.loads(scores.read_text(encoding="utf-8")))
    if args.check:
        sys.exit(0 if new == text else f"{args.card}: the scores block is not {scores}'s: run models/card.py")
    args.card.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
