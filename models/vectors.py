"""Train static word vectors on the raw legal text, for the tok2vec's StaticVectors layer.

    python models/vectors.py [--dim 100] [--bucket 50000] [--epochs 10] [--raw models/corpus/raw.jsonl]
                             [--out models/vectors]

floret (fastText with words and their character 3-5-grams hashed into one table of ``--bucket`` rows)
on the lower-cased spaCy tokens of the pretraining text (models/corpus/raw.jsonl: the canonical text of
the project's 46 public PDFs plus the LeNER-Br train/dev and HAREM sentences, never the LeNER-Br test
set). A word never seen still gets a vector from its n-grams, and keying on LOWER gives ALL-CAPS text
the vectors of its lower-case form. Output: ``<out>/pt-legal``, a spaCy vectors pipeline named in
``[initialize] vectors`` (``models/train.py --vectors``); the trained model carries the table, so it is
not needed at run time. One thread: the same text gives the same vectors.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW_JSONL = HERE / "corpus" / "raw.jsonl"


def tokens_file(jsonl: Path, out: Path) -> int:
    """One lower-cased, space-tokenized paragraph per line; return the token count."""
    import spacy

    nlp = spacy.blank("pt")
    n = 0
    with jsonl.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            doc = nlp.make_doc(json.loads(line)["text"])
            n += len(doc)
            dst.write(" ".join(t.lower_ for t in doc if not t.is_space) + "\n")
    return n


def train(text: Path, out: Path, *, dim: int, bucket: int, epochs: int) -> Path:
    import floret

    model = floret.train_unsupervised(
        str(text),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=bucket,
        minn=3,
        maxn=5,
        dim=dim,
        epoch=epochs,
        minCount=3,
        thread=1,
        verbose=0,
    )
    model.save_floret_vectors(str(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=50000, help="rows of the hashed table (the model's size)")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument(
        "--raw", type=Path, default=RAW_JSONL, help="JSONL of {'text': ...} (built if the default is absent)"
    )
    ap.add_argument("--out", type=Path, default=HERE / "vectors")
    args = ap.parse_args()
    if args.raw == RAW_JSONL and not RAW_JSONL.exists():
        sys.path.insert(0, str(HERE))
        from pretrain import build_jsonl

        build_jsonl(RAW_JSONL)
    args.out.mkdir(parents=True, exist_ok=True)
    text = args.out / "tokens.txt"
    print(f"{tokens_file(args.raw, text):,} tokens in {text}", file=sys.stderr)
    floret_file = train(text, args.out / "vectors.floret", dim=args.dim, bucket=args.bucket, epochs=args.epochs)
    pipeline_dir = args.out / "pt-legal"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "pt", str(floret_file), str(pipeline_dir)]
        + ["--mode", "floret", "--attr", "LOWER", "--name", "pt_legal_floret"],
        check=True,
    )
    print(f"vectors: {pipeline_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
