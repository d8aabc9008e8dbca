"""Train the NER model: LeNER-Br (+ Second HAREM PESSOA/ORGANIZACAO) with ALL-CAPS augmentation.

    python models/train.py [--out models/ner-pt-legal] [--max-epochs 20] [--refit] [--smoke]

Steps (each an input → output, like a spaCy project): CoNLL → DocBin corpora (models/corpus/, not
committed) → `spacy train` with models/config.cfg and the static vectors of models/vectors.py → the
best model on LeNER-Br dev copied to ``--out``. ``--refit`` then trains again on train + dev for the
number of epochs the best dev evaluation had begun, keeps that last model and records the selection in
``selection.json`` (tried, not shipped: see the model card). ``--smoke`` trains one step on a few
sentences (the CI test of this script).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from functools import cache
from pathlib import Path

# one BLAS thread, as make model and models/project.yml train (two members side by side, one core each):
# the same data gives the same weights
os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
CAPS_SHARE = 0.3  # share of training sentences added again in capitals (DOU/SEI print names that way)
SEED = 13
MISSING = "-"  # a CoNLL tag for "not annotated": neither an entity nor O (spaCy's missing value)
HAREM = DATA / "harem2" / "harem2_lenerlabels.conll"
VECTORS = HERE / "vectors" / "pt-legal"  # models/vectors.py writes them (not committed: the model carries them)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        words.append(parts[0])
        tag = parts[-1] if len(parts) > 1 else "O"
        tags.append("" if tag == MISSING else tag)
    if words:
        sents.append((words, tags))
    return sents


def other_labels(sents, fill: str = "", keep=("PESSOA", "ORGANIZACAO")):
    """Labels other than ``keep`` replaced by ``fill``: "" makes them missing (spaCy learns nothing
    there), "O" teaches them as non-entities. HAREM's places and dates follow other guidelines than
    LeNER-Br's; as O they cost LOCAL (test 0.417 against 0.634 missing, see the model card)."""
    return [(w, [t if t in ("O", "") or t[2:] in keep else fill for t in tags]) for w, tags in sents]


LINE_WIDTHS = (40, 110)  # characters per printed line: a DOU column to a full-width SEI page


def broken_lines(words: list[str], tags: list[str], width: int) -> list[tuple[list[str], list[str]]]:
    """A sentence as the lines of a page ``width`` characters wide (words packed greedily), each its own
    sentence, as the pipeline reads a page: an entity a line end cuts becomes two ("Ministério da" /
    "Educação"), the second starting on the next line."""
    lines: list[tuple[list[str], list[str]]] = []
    used = width + 1
    for word, tag in zip(words, tags):
        if used + 1 + len(word) > width:
            lines.append(([], []))
            used = -1
        lines[-1][0].append(word)
        lines[-1][1].append(tag)
        used += 1 + len(word)
    return [(w, fix_iob(t)) for w, t in lines]


def fix_iob(tags: list[str]) -> list[str]:
    """An I- tag after O (or after another label) starts an entity: make it B- (LeNER-Br has a few)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def to_docs(nlp, sents, *, caps_share: float = 0.0, rng: random.Random | None = None) -> list[Doc]:
    docs = []
    for words, tags in sents:
        tags = fix_iob(tags)
        docs.append(Doc(nlp.vocab, words=words, ents=tags))
        if caps_share and rng is not None and rng.random() < caps_share:
            docs.append(Doc(nlp.vocab, words=[w.upper() for w in words], ents=tags))
    return docs


def title_case(words: list[str]) -> list[str]:
    """Every word capitalised, as headings print them ("Ministério Da Agricultura E Pecuária")."""
    return [w[:1].upper() + w[1:].lower() if w[:1].isalpha() else w for w in words]


def weak_docs(nlp, records: list[dict], *, caps_share: float = 0.0, rng: random.Random | None = None) -> list[Doc]:
    """Docs of weakly labelled paragraphs (models/weak.py): the rule spans are entities, every other
    token is *missing* (the rules do not see every name), so the model learns only from the spans."""
    docs = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        spans = [doc.char_span(s, e, label=label, alignment_mode="contract") for s, e, label in rec["spans"]]
        spans = spacy.util.filter_spans([sp for sp in spans if sp is not None and len(sp)])
        if not spans:
            continue
        doc.set_ents(spans, default="missing")
        docs.append(doc)
        if caps_share and rng is not None and rng.random() < caps_share:
            upper = Doc(nlp.vocab, words=[t.text.upper() for t in doc], spaces=[bool(t.whitespace_) for t in doc])
            upper.set_ents([Span(upper, sp.start, sp.end, label=sp.label_) for sp in spans], default="missing")
            docs.append(upper)
    return docs


def silver_docs(nlp, records: list[dict]) -> list[Doc]:
    """Docs of the teacher's labels (models/experiments/teacher.py): rows of spaCy ``words``, ``spaces``
    and BIO ``tags``, "" where the teacher was unsure (missing: nothing learnt there)."""
    return [Doc(nlp.vocab, words=r["words"], spaces=r["spaces"], ents=fix_iob(r["tags"])) for r in records]


def spacy_tokens(nlp, sents) -> list[Doc]:
    """The sentences whose words spaCy's tokenizer splits otherwise than LeNER-Br ("Ltda." → "Ltda" ".",
    "CJM/RJ" → "CJM" "/" "RJ", "n°" → "n" "°"), again as the pipeline tokenizes them: the model reads raw
    text at run time. Entities keep their characters; a sentence where a token would cross an entity's
    edge is left out."""
    docs = []
    for words, tags in sents:
        gold = Doc(nlp.vocab, words=words, ents=fix_iob(tags))
        doc = nlp.make_doc(gold.text)
        if [t.text for t in doc] == words:
            continue
        spans = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in gold.ents]
        if any(sp is None for sp in spans):
            continue
        doc.ents = spans
        docs.append(doc)
    return docs


def build_corpora(
    out: Path,
    *,
    smoke: bool = False,
    spacy_tokenized: bool = False,
    title_share: float = 0.0,
    weak_share: float = 0.0,
    harem: Path = HAREM,
    harem_others: str = "missing",
    add_dev: bool = False,
    silver: Path | None = None,
    silver_share: float = 1.0,
    silver_complement: bool = False,
    break_share: float = 0.0,
) -> None:
    nlp = spacy.blank("pt")
    rng = random.Random(SEED)
    train = read_conll(DATA / "lener-br" / "train.conll")
    harem = other_labels(read_conll(harem), fill="" if harem_others == "missing" else "O")
    dev = read_conll(DATA / "lener-br" / "dev.conll")
    if smoke:
        train, harem, dev = train[:20], harem[:10], dev[:10]
    if add_dev:  # --refit's second run: dev joins the training data (its epochs were chosen on dev)
        train = train + dev
    out.mkdir(parents=True, exist_ok=True)
    docs = to_docs(nlp, train + harem, caps_share=CAPS_SHARE, rng=rng)
    if spacy_tokenized:
        docs += spacy_tokens(nlp, train)
    if title_share:
        trng = random.Random(SEED + 1)
        docs += [
            Doc(nlp.vocab, words=title_case(w), ents=fix_iob(t))
            for w, t in train + harem
            if trng.random() < title_share
        ]
    if weak_share:
        from weak import read as read_weak

        records = read_weak()
        wrng = random.Random(SEED + 2)
        records = [r for r in records if wrng.random() < weak_share]
        docs += weak_docs(nlp, records[:20] if smoke else records, caps_share=CAPS_SHARE, rng=wrng)
    if break_share:  # text broken by PDF line ends: sentences again as the lines of a page
        brng = random.Random(SEED + 4)
        for w, t in train:
            if brng.random() < break_share:
                docs += [Doc(nlp.vocab, words=lw, ents=lt) for lw, lt in broken_lines(w, t, brng.randint(*LINE_WIDTHS))]
    if silver:
        srng = random.Random(SEED + 3)
        from weak import read as read_jsonl_gz

        # the same draw either way: --silver-complement trains on the sentences the share leaves out
        records = [r for r in read_jsonl_gz(silver) if (srng.random() < silver_share) != silver_complement]
        docs += silver_docs(nlp, records[:20] if smoke else records)
    DocBin(docs=docs).to_disk(out / "train.spacy")
    DocBin(docs=to_docs(nlp, dev)).to_disk(out / "dev.spacy")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE / "ner-pt-legal")
    ap.add_argument("--max-epochs", type=int, default=20)
    ap.add_argument(
        "--max-steps", type=int, default=0, help="stop after this many steps (0: the epochs bound it alone)"
    )
    ap.add_argument("--vectors", type=Path, default=VECTORS, help="the static vectors (models/vectors.py)")
    ap.add_argument(
        "--seed", type=int, default=SEED, help="spaCy's seed (weights, batches); the augmentation draws keep SEED"
    )
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus", help="where the DocBin corpora are written")
    ap.add_argument("--title-share", type=float, default=0.0, help="share of sentences added again in Title Case")
    ap.add_argument(
        "--spacy-tokens",
        action="store_true",
        help="add the LeNER-Br sentences spaCy's tokenizer splits otherwise, as the pipeline tokenizes them",
    )
    ap.add_argument(
        "--weak-share", type=float, default=0.0, help="share of the weakly labelled corpus paragraphs (models/weak.py)"
    )
    ap.add_argument("--break-share", type=float, default=0.0, help="share of sentences added again as lines of a page")
    ap.add_argument(
        "--silver", type=Path, default=None, help="the teacher's labelled sentences (models/experiments/teacher.py)"
    )
    ap.add_argument("--silver-share", type=float, default=1.0, help="share of the silver sentences trained on")
    ap.add_argument(
        "--silver-complement", action="store_true", help="train on the silver sentences --silver-share leaves out"
    )
    ap.add_argument("--config", type=Path, default=HERE / "config.cfg", help="the spaCy training config")
    ap.add_argument("--harem", type=Path, default=HAREM, help="the HAREM sentences (CoNLL; '-' = not annotated)")
    ap.add_argument(
        "--harem-others",
        choices=["missing", "O"],
        default="missing",
        help="HAREM's labels other than PESSOA/ORGANIZACAO: missing (nothing learnt there) or O",
    )
    ap.add_argument(
        "--init-tok2vec", type=Path, default=None, help="pretrained tok2vec weights (models/pretrain.py run)"
    )
    ap.add_argument(
        "--lexicon",
        type=Path,
        default=None,
        help="the encoder's word vectors (models/experiments/lexicon.py) as a third embedding (seidou.LexiconEmbed.v1)",
    )
    ap.add_argument(
        "--lexicon-dropout", type=float, default=0.0, help="share of tokens whose lexicon row is zeroed in training"
    )
    ap.add_argument(
        "--refit",
        action="store_true",
        help="select on dev (train only, best epoch), then fit train + dev for that many epochs",
    )
    args = ap.parse_args()
    if not (args.vectors / "vocab").is_dir():
        sys.exit(f"no static vectors in {args.vectors}: run models/vectors.py first (make model does)")
    corpus = args.corpus if not args.smoke else Path(tempfile.mkdtemp()) / "corpus"
    log = fit(args, corpus / "selection" if args.refit else corpus, args.out, add_dev=False, max_epochs=args.max_epochs)
    if not args.refit:
        add_conventions(args.out)
        return
    selection = best_epoch(log)
    print(f"selection on dev: {selection}", file=sys.stderr)
    fit(args, corpus / "refit", args.out, add_dev=True, max_epochs=selection["epochs"])
    (args.out / "selection.json").write_text(json.dumps(selection, indent=2) + "\n", encoding="utf-8")
    add_conventions(args.out)


# texts the model's tokenizer splits otherwise than spaCy's Portuguese rules: "S/A." would be "S" "/" "A."
# (as "Ltda." is "Ltda" "."), and the conventions would not see the legal form (17 times in the corpus)
TOKEN_EXCEPTIONS = {"S/A.": ("S/A", ".")}


@cache
def lone_words() -> frozenset[str]:
    """The conventions' table (pipeline/ner/conventions.py ``lone_words``), from LeNER-Br train."""
    sys.path.insert(0, str(HERE.parent))
    from seidou.ner import conventions as ner_conventions

    vocab = spacy.blank("pt").vocab
    docs = (Doc(vocab, words=w, ents=fix_iob(t)) for w, t in read_conll(DATA / "lener-br" / "train.conll"))
    return ner_conventions.lone_words(docs)


def add_conventions(model_dir: Path) -> None:
    """Append ``seidou_conventions`` (pipeline/ner/conventions.py: LeNER-Br's span conventions, by rule,
    with its table of lone words from LeNER-Br train) to the trained model in ``model_dir``, teach its
    tokenizer :data:`TOKEN_EXCEPTIONS`, and name the model and its version (seidou's) in its meta: the
    ``entities`` table's extractor reads ``seidou.ner.model@<version>``."""
    sys.path.insert(0, str(HERE.parent))
    from seidou import __version__  # noqa: F401
    from seidou.ner import layers  # noqa: F401  (the model's layers and components, named in its config)

    nlp = spacy.load(model_dir)
    for text, pieces in TOKEN_EXCEPTIONS.items():
        nlp.tokenizer.add_special_case(text, [{"ORTH": p} for p in pieces])
    if "seidou_conventions" not in nlp.pipe_names:
        nlp.add_pipe("seidou_conventions", last=True)
    nlp.get_pipe("seidou_conventions").lone_words = lone_words()
    nlp.meta["name"], nlp.meta["version"] = "ner-pt-legal", __version__
    nlp.to_disk(model_dir)
    relative_paths(model_dir / "config.cfg")


def fit(args, corpus: Path, out: Path, *, add_dev: bool, max_epochs: int) -> Path:
    """One ``spacy train`` run into ``out``: the best model on dev, or the last one when dev is trained on.
    Returns the JSONL training log (one line per evaluation), written beside the corpora."""
    from spacy.cli.train import train

    build_corpora(
        corpus,
        smoke=args.smoke,
        spacy_tokenized=args.spacy_tokens,
        title_share=args.title_share,
        break_share=args.break_share,
        weak_share=args.weak_share,
        harem=args.harem,
        harem_others=args.harem_others,
        add_dev=add_dev,
        silver=args.silver,
        silver_share=args.silver_share,
        silver_complement=args.silver_complement,
    )
    log = corpus / "train-log.jsonl"
    overrides = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "paths.vectors": str(args.vectors.resolve()),
        "training.max_epochs": max_epochs,
        "training.max_steps": getattr(args, "max_steps", 0),
        "training.logger.output_file": str(log),
        "system.seed": args.seed,
    }
    config = args.config
    if args.init_tok2vec:
        from pretrain import with_pretraining

        overrides["paths.init_tok2vec"] = str(args.init_tok2vec.resolve())
        config = corpus / "config-pretrained.cfg"
        with_pretraining(args.config, corpus / "raw.jsonl").to_disk(config)
    if args.lexicon:  # on top of the pretraining config when both are asked for
        lexicon_cfg = with_lexicon(config, args.lexicon.resolve(), args.lexicon_dropout)
        config = corpus / "config-lexicon.cfg"
        lexicon_cfg.to_disk(config)
    if args.smoke:
        overrides.update({"training.max_steps": 2, "training.eval_frequency": 1, "training.max_epochs": 1})
    with tempfile.TemporaryDirectory() as tmp:
        train(config, Path(tmp), overrides=overrides, use_gpu=-1)
        keep = Path(tmp) / ("model-last" if add_dev else "model-best")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(keep, out)
    relative_paths(out / "config.cfg")
    print(f"model written to {out}", file=sys.stderr)
    return log


def with_lexicon(config_path: Path, table: Path, dropout: float = 0.0):
    """The training config with the tok2vec's embedding swapped for ``seidou.LexiconEmbed.v1``: the same
    hash embeddings and floret vectors plus the lexicon table (pipeline/ner/layers.py)."""
    import seidou.ner.layers  # noqa: F401  (registers the architecture)
    from spacy.util import load_config

    cfg = load_config(config_path, interpolate=False)
    embed = cfg["components"]["tok2vec"]["model"]["embed"]
    cfg["components"]["tok2vec"]["model"]["embed"] = {
        "@architectures": "seidou.LexiconEmbed.v1",
        "width": embed["width"],
        "attrs": embed["attrs"],
        "rows": embed["rows"],
        "table": str(table),
        "lexicon_dropout": dropout,
    }
    return cfg


def best_epoch(log: Path) -> dict:
    """The evaluation with the best dev score in a training log: its score, step, and the number of
    epochs begun by then (a refit trains that many whole epochs)."""
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    best = max(rows, key=lambda r: (r["score"], -r["step"]))
    return {"dev_f": round(best["score"], 4), "step": best["step"], "epochs": best["epoch"] + 1}


def relative_paths(config_path: Path) -> None:
    """The [paths] spaCy records in the shipped config, relative to the repository (not this machine's),
    and no training log file."""
    from spacy.util import load_config

    cfg = load_config(config_path, interpolate=False)
    root = HERE.parent
    for key, value in cfg["paths"].items():
        if isinstance(value, str) and value:
            p = Path(value).resolve()
            cfg["paths"][key] = str(p.relative_to(root)) if p.is_relative_to(root) else p.name
    cfg["training"]["logger"]["output_file"] = None  # the log is the training run's, not the model's
    for component in cfg["components"].values():  # the tok2vec's, or each ensemble member's own
        model = component.get("model", {})
        embed = (model.get("tok2vec") or model).get("embed", {})
        if embed.get("table"):  # read only to initialize training: the weights carry the table
            p = Path(embed["table"]).resolve()
            embed["table"] = str(p.relative_to(root)) if p.is_relative_to(root) else p.name
    cfg.to_disk(config_path)


if __name__ == "__main__":
    main()
