"""Write models/MODEL_CARD.md from the model's scores.json (``make model`` runs it after evaluating)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(model: Path = HERE / "ner-pt-legal") -> None:
    s = json.loads((model / "scores.json").read_text())
    t, c, pt = s["test"], s["test_caps"], s["test"]["per_type"]
    meta = json.loads((model / "meta.json").read_text())
    dev = meta.get("performance", {}).get("ents_f")
    met = {
        "overall ≥ 0.87": t["f"] >= 0.87,
        "PESSOA ≥ 0.90": pt.get("PESSOA", 0) >= 0.90,
        "ORGANIZACAO ≥ 0.85": pt.get("ORGANIZACAO", 0) >= 0.85,
        "ALL CAPS ≤ 5 points below": t["f"] - c["f"] <= 0.05,
        "≥ 10,000 words/s": s["words_per_second"] >= 10_000,
    }
    card = (
        f"""# ner-pt-legal — model card

- **Task**: named entities in Brazilian legal Portuguese with the LeNER-Br labels: PESSOA, ORGANIZACAO,
  LOCAL, TEMPO, LEGISLACAO, JURISPRUDENCIA.
- **Architecture**: spaCy {meta.get("spacy_version", "")} blank `pt`: tok2vec (hash embeddings + CNN, the
  "efficiency" config) + transition-based NER; no pretrained vectors; the tok2vec layer pretrained on raw
  legal text; averaged weights. Config: `models/config.cfg`.
- **Training data**: LeNER-Br train (MIT) + Second HAREM PESSOA/ORGANIZACAO (CC BY 3.0) + 30% of the
  sentences again in ALL CAPS + 15% again in Title Case. Model selection on LeNER-Br dev (best dev F1 {dev if dev is None else f"{dev:.3f}"}).
- **Pretraining** (`models/pretrain.py`, `spacy pretrain`, characters objective, 4 epochs, ~25 min on one
  core): 1.2 million words — the canonical text of 46 public gazettes and SEI documents
  (`models/data/raw-legal/corpus.txt.gz`, 26,737 paragraphs) plus the LeNER-Br train/dev and HAREM sentences
  as raw text (never the LeNER-Br test set).
- **Training run**: one CPU core, `models/train.py --init-tok2vec`, 12 epochs (~35 min), the best on dev
  kept. `make model` runs pretraining, training, evaluation and this card.
- **What was tried** (one run each, same seed, 12 epochs unless said; chosen on LeNER-Br dev, test given
  for the record): without pretraining: dev 0.787, test F1 0.828, ALL CAPS 0.774 (5.4 points below); with
  pretraining: dev 0.799, test 0.814, ALL CAPS 0.790 (2.4 below), PESSOA 0.841; pretraining + 15% of the
  sentences in Title Case (`--title-share 0.15`, **shipped**): dev 0.809, test 0.819, ALL CAPS 0.788,
  PESSOA 0.896; with 30% in Title Case, stopped after 8 epochs (best dev 0.783): test 0.823, PESSOA 0.873,
  ORGANIZACAO 0.821, ALL CAPS 0.793 — not kept (chosen on dev; dev and test disagree by about a point
  between runs, so single-run differences of that size are noise); pretraining + half of the 7,227 weakly labelled paragraphs of our corpus (`--weak-share
  0.5`, `models/weak.py`: signers, parties, labelled persons and órgãos found by the rules, other tokens
  missing), stopped at step 5,000 of ~15,000 when it trailed by 5 dev points at equal steps: dev 0.752,
  test 0.819, ALL CAPS 0.768 (5.1 below), LOCAL 0.587 — not kept (worse on dev, capitals over the limit).
  Session of 2026-12-01 (same pretraining, 12 epochs): HAREM's other labels (LOCAL, TEMPO …) made
  *missing* instead of O (`--harem-all-labels`, the hypothesis: teaching HAREM places as non-entities
  costs LOCAL): dev 0.797, test 0.837, ALL CAPS 0.798, LOCAL 0.634 (shipped 0.417), ORGANIZACAO 0.808,
  PESSOA 0.866, 20,000 words/s; a wider tok2vec (width 128, hash rows 10,000/2,000/4,000/2,500, no
  pretraining) with the same HAREM: dev 0.784, test 0.833, PESSOA 0.904, ALL CAPS 0.794, 12,400 words/s —
  neither kept: both are worse on dev and each misses one seed-gold name the shipped model finds
  (`make eval` PESSOA 8/9), though both are better on test — dev and test disagree by 1.5-2 points here;
  the two together with the wide tok2vec pretrained (2 epochs, `pretrain.py run --config`): dev 0.797,
  test 0.832, PESSOA 0.874, LOCAL 0.651, ALL CAPS 0.798, seed gold 19/19, 13,500 words/s — not kept
  either (dev).
  Text broken by PDF line ends is not augmented: the pipeline gives the model whole paragraphs (lines
  joined, hyphens mended).
- **Size**: {size_mb(model):.1f} MB. **Speed**: {s["words_per_second"]:,.0f} words/s on one core (`nlp.pipe`, batch 128).

## Scores — LeNER-Br test (1,389 sentences), entity level: exact span and label

| | F1 | P | R |
|---|---|---|---|
| overall | {t["f"]:.3f} | {t["p"]:.3f} | {t["r"]:.3f} |
| ALL CAPS test | {c["f"]:.3f} | {c["p"]:.3f} | {c["r"]:.3f} |

| label | F1 |
|---|---|
"""
        + "".join(f"| {k} | {v:.3f} |\n" for k, v in sorted(pt.items()))
        + """
Targets of issue 6: """
        + "; ".join(f"{k}: {'met' if v else 'not met'}" for k, v in met.items())
        + """.
Anchors: LSTM-CRF 0.866, fine-tuned BERT 0.893, spaCy CNN models in the literature 0.79–0.84.

## In the pipeline

`pipeline/ner.py` runs the model per paragraph (`--ner all`) or only where names cluster (`--ner targeted`,
the default: title and headings, party blocks, signature areas) and merges with the rules by policy
`merge@4`: patterns win over NER TEMPO/LEGISLACAO and over anything overlapping an identifier or an amount;
names from SEI stamps, signature blocks, parties and labelled fields (`Usuário: …`) and órgão names by
head word (`patterns/orgaos.py`) are added as `source = 'rule'` and replace shorter model guesses inside
them, a model name that is a rule name plus a legal form ("Banco do Brasil S.A") gives way to it, and a
model PESSOA of one word or with digits or brackets ("Conselheiro", "CEUA", "empresa(s") is dropped. The whole file (or page window) goes through `nlp.pipe` in one stream.

## Known limits

It leans on capitalization (lower-case text defeats it); a name cut by a line end inside a table cell is
often split; LOCAL is weak (few examples in LeNER-Br); órgãos written in full capitals are often cut short.
"""
    )
    (HERE / "MODEL_CARD.md").write_text(card, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "ner-pt-legal")
