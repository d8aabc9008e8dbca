"""Score the NER model on LeNER-Br test (entity level: exact span and label), also in ALL CAPS, and
measure its speed on one core.

    python models/evaluate.py [--model models/ner-pt-legal] [--json models/ner-pt-legal/scores.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from train import DATA, fix_iob, read_conll  # noqa: E402


def score(nlp, sents, *, caps: bool = False) -> dict:
    examples = []
    for words, tags in sents:
        w = [x.upper() for x in words] if caps else words
        gold = Doc(nlp.vocab, words=w, ents=fix_iob(tags))
        pred = nlp(Doc(nlp.vocab, words=w))
        examples.append(Example(pred, gold))
    from spacy.scorer import Scorer

    s = Scorer.score_spans(examples, "ents")
    return {
        "f": s["ents_f"],
        "p": s["ents_p"],
        "r": s["ents_r"],
        "per_type": {k: v["f"] for k, v in (s["ents_per_type"] or {}).items()},
    }


def speed(nlp, sents) -> float:
    texts = [" ".join(words) for words, _ in sents]
    n_words = sum(len(words) for words, _ in sents)
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=128):
        pass
    return n_words / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=HERE / "ner-pt-legal")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    test = read_conll(DATA / "lener-br" / "test.conll")
    normal, caps = score(nlp, test), score(nlp, test, caps=True)
    wps = speed(nlp, test)
    print(f"LeNER-Br test ({len(test)} sentences), entity level, exact span and label")
    print(f"{'':<16}{'F1':>7}{'P':>7}{'R':>7}")
    print(f"{'overall':<16}{normal['f']:>7.3f}{normal['p']:>7.3f}{normal['r']:>7.3f}")
    for label, f in sorted(normal["per_type"].items()):
        print(f"  {label:<14}{f:>7.3f}")
    print(f"{'ALL CAPS':<16}{caps['f']:>7.3f}{caps['p']:>7.3f}{caps['r']:>7.3f}")
    print(f"speed: {wps:,.0f} words/s on one core")
    if args.json:
        args.json.write_text(json.dumps({"test": normal, "test_caps": caps, "words_per_second": wps}, indent=2))


if __name__ == "__main__":
    main()
