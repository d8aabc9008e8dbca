"""Pretrain the tok2vec layer on raw legal Portuguese (``spacy pretrain``, characters objective).

    python models/pretrain.py raw PDF_DIR      # canonical text of the PDFs → models/data/raw-legal/corpus.txt.gz
    python models/pretrain.py run [--epochs 4] # raw text → models/corpus/raw.jsonl → models/pretrain/tok2vec.bin

The raw text is the canonical text (seidou.runner.process.read_layout) of public gazettes and SEI
documents, one paragraph per line, committed compressed so the model rebuilds without the corpus;
the LeNER-Br train and HAREM sentences are added as raw text too — never LeNER-Br dev or test: text
of the dev set in pretraining (or in the static vectors, models/vectors.py) lifts the dev score the
model is chosen by (measured: pretraining gained 1.2-1.5 dev points while losing 0.6-1.4 on test).
``models/train.py --init-tok2vec models/pretrain/tok2vec.bin`` then starts from these weights (4 epochs
of pretraining take ~25 minutes on one core). Tried, not in ``make model`` (models/experiments/README.md);
this file stays beside the live recipe for ``build_jsonl`` (models/vectors.py builds its text with it) and
``raw`` (models/data/raw-legal).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "data" / "raw-legal" / "corpus.txt.gz"
MIN_WORDS = 5


def build_raw(pdf_dir: Path, out: Path = RAW) -> int:
    """Write one paragraph per line (≥ MIN_WORDS words) of every PDF under ``pdf_dir``; return the line count."""
    sys.path.insert(0, str(HERE.parent))
    from seidou.errors import SeidouError
    from seidou.runner.process import read_layout

    lines: list[str] = []
    seen: set[str] = set()
    for path in sorted(pdf_dir.rglob("*.pdf")):
        try:
            pdf, layout = read_layout(str(path))
        except SeidouError as e:
            print(f"skip {path.name}: {e}", file=sys.stderr)
            continue
        pdf.close()
        for para in layout.text.split("\n"):
            para = " ".join(para.split())
            if len(para.split()) >= MIN_WORDS and para not in seen:
                seen.add(para)
                lines.append(para)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def build_jsonl(out: Path) -> int:
    from train import DATA, SEED, read_conll

    texts = [line for line in gzip.open(RAW, "rt", encoding="utf-8").read().splitlines() if line]
    for name in ("lener-br/train.conll", "harem2/harem2_lenerlabels.conll"):  # never dev or test
        texts += [" ".join(words) for words, _ in read_conll(DATA / name)]
    random.Random(SEED).shuffle(texts)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    return len(texts)


def with_pretraining(config_path: Path, raw_text: Path):
    """The training config plus the [pretraining] block (spaCy loads ``init_tok2vec`` weights only
    when that block names the component)."""
    from spacy.util import load_config
    from thinc.api import Config

    cfg = load_config(config_path)
    cfg["paths"]["raw_text"] = str(raw_text)
    pre = Config().from_str(PRETRAINING, interpolate=False)
    cfg["pretraining"] = pre["pretraining"]
    cfg["corpora"]["pretrain"] = pre["corpora"]["pretrain"]
    return cfg


def run(epochs: int, out_dir: Path, config: Path = HERE / "config.cfg", vectors: Path | None = None) -> Path:
    from spacy.cli.pretrain import pretrain
    from spacy.util import load_config

    jsonl = HERE / "corpus" / "raw.jsonl"
    n = build_jsonl(jsonl)
    print(f"{n} raw texts in {jsonl}", file=sys.stderr)
    cfg = with_pretraining(config, jsonl)
    cfg["pretraining"]["max_epochs"] = epochs
    if vectors:  # the tok2vec's StaticVectors layer reads them (models/vectors.py)
        cfg["paths"]["vectors"] = str(vectors.resolve())
    out_dir.mkdir(parents=True, exist_ok=True)
    cfg_path = out_dir / "pretrain.cfg"
    cfg.to_disk(cfg_path)
    pretrain(load_config(cfg_path, interpolate=False).interpolate(), out_dir, use_gpu=-1, silent=False)
    last = out_dir / f"model{epochs - 1}.bin"
    final = out_dir / "tok2vec.bin"
    shutil.copyfile(last if last.exists() else out_dir / "model-last.bin", final)
    return final


PRETRAINING = """
[corpora]
[corpora.pretrain]
@readers = "spacy.JsonlCorpus.v1"
path = ${paths.raw_text}
min_length = 5
max_length = 500
limit = 0

[pretraining]
max_epochs = 4
dropout = 0.2
n_save_every = null
n_save_epoch = 1
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = 3000
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 300
n_characters = 4

[pretraining.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 1e-8
learn_rate = 0.001
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("raw")
    r.add_argument("pdf_dir", type=Path)
    p = sub.add_parser("run")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--out", type=Path, default=HERE / "pretrain")
    p.add_argument("--config", type=Path, default=HERE / "config.cfg", help="the training config (its tok2vec)")
    p.add_argument("--vectors", type=Path, default=None, help="static vectors for the tok2vec (models/vectors.py)")
    args = ap.parse_args()
    if args.cmd == "raw":
        print(f"{build_raw(args.pdf_dir)} paragraphs written to {RAW}", file=sys.stderr)
    else:
        print(f"pretrained weights: {run(args.epochs, args.out, args.config, args.vectors)}", file=sys.stderr)


if __name__ == "__main__":
    main()
