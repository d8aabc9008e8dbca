"""Several NER models as one: each member's beam gives every candidate entity a probability, the
members' probabilities are averaged, and the candidates at or above a threshold are kept, the likeliest
first, none overlapping a kept one (``seidou_ensemble``; ``models/ensemble.py`` assembles the model).

The members are spaCy ``beam_ner`` components of the same pipeline, each with its own tok2vec, left
*disabled* so that ``nlp.pipe`` runs them only through this component. A member's beam holds up to 8
complete readings of a sentence, each with a probability; an entity's probability is the sum over the
readings that hold it (spaCy's ``scored_ents``). Averaging two members trained on different data (the
gold sentences alone, and the gold ones with the teacher's labels of the corpus: models/MODEL_CARD.md)
corrects each one's own mistakes more often than it copies them. An entity one member alone is sure of
(probability 1) averages one half, which is why the threshold is at most one half: the shipped 0.45 keeps
it, and drops what one member only guesses and the other does not see. Where the two members are each
sure alone of rival readings (both one half), the first member's reading wins (it learnt from the gold
data alone), except that a person's whole name wins over its part. Averages are rounded
(:data:`DECIMALS`), so that the entities of a sentence do not depend on the batch it is read in.

>>> pick({(0, 2, "PESSOA"): 0.9, (1, 3, "ORGANIZACAO"): 0.6, (4, 5, "LOCAL"): 0.3}, 0.4)
[(0, 2, 'PESSOA')]
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline._parser_internals import _beam_utils
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from seidou.runner import malloc, settings
from seidou.ner import beam, numeric
from seidou.ner import vectors as ner_vectors

Candidate = tuple[int, int, str]  # token start, token end, label
DECIMALS = 4  # averaged probabilities are compared rounded (see average)
WINDOW = 512  # docs read ahead by Ensemble.pipe and sorted by length into its batches
MAX_TOKENS = 2000  # tokens in one of those batches (measured: see batches)
STEP_TOKENS = 10_000  # tokens of the batches one member's beams step through together (Ensemble._probs)


def pick(
    probs: dict[Candidate, float], threshold: float, prefer: dict[Candidate, float] | None = None
) -> list[Candidate]:
    """The candidates kept: probability at least ``threshold``, the likeliest first, none overlapping one
    kept before; in text order. Equal probabilities (a member sure alone against the other sure alone of a
    rival reading: both one half) go by ``prefer``, the first member's probabilities, then to the earlier
    span, the shorter, the label's name; but a PESSOA inside an equally likely PESSOA is not a rival: the
    whole name stands ("PATRICIA DE SOUZA MOREIRA", not "SOUZA MOREIRA", whichever member read it)."""
    prefer = prefer or {}
    persons = [c for c in probs if c[2] == "PESSOA"]
    parts = {c for c in persons for o in persons if o != c and probs[o] == probs[c] and o[0] <= c[0] and c[1] <= o[1]}
    kept: list[Candidate] = []
    taken: set[int] = set()
    for cand in sorted(probs.keys() - parts, key=lambda c: (-probs[c], -round(prefer.get(c, 0.0), DECIMALS), c)):
        start, end, _label = cand
        if probs[cand] < threshold or taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append(cand)
    return sorted(kept)


def average(members: list[list[dict]]) -> list[dict[Candidate, float]]:
    """Per document, each candidate's probability averaged over the members (absent = 0), rounded to
    ``DECIMALS`` places. Rounded, because one member sure of an entity the other does not see averages
    exactly one half (about 76 candidates in each of LeNER-Br dev and test), and a member's "sure" is a sum
    of beam probabilities that comes out 1.0 or 0.99999994 depending on the BLAS kernels, which depend on
    the batch's shape: unrounded, such ties were broken by that noise, and 7 of 1,000 LeNER-Br dev
    sentences got other entities in a batch than alone."""
    out = []
    for per_doc in zip(*members):
        total: dict[Candidate, float] = {}
        for probs in per_doc:
            for key, p in probs.items():
                total[key] = total.get(key, 0.0) + p
        out.append({key: round(p / len(per_doc), DECIMALS) for key, p in total.items()})
    return out


class Ensemble:
    def __init__(
        self,
        nlp: Language,
        members: list[str],
        threshold: float,
        numpy_blas: bool = True,
        vectors_cache: int = ner_vectors.SIZE,
    ):
        self.nlp, self.members, self.threshold = nlp, list(members), threshold
        self.numpy_blas, self.vectors_cache = numpy_blas, vectors_cache
        self._ready = False
        self._threads = None  # set by _prepare
        self.mode = "beam8"  # how the members read (MODES; configure): as trained
        self._all_members, self._threshold0 = list(members), threshold  # as shipped, for configure to go back

    def _prepare(self) -> None:
        """Once, on first use, after loading: (1) the members' matrix products through numpy's BLAS instead
        of thinc's default (blis): the same arithmetic to rounding (tok2vec outputs within 4e-6), and twice
        the words per second on the 2-core machine this model is made on (models/MODEL_CARD.md), and the layer
        norms with their moments computed once (pipeline/ner/numeric.py: the same bits); (2) each
        word's floret vector computed once, not once per member and batch (pipeline/ner/vectors.py); (3) the
        memory of a batch's arrays kept for the next batch (pipeline/runner/malloc.py); (4) the controller that
        limits the BLAS to one thread while the members run."""
        if self.numpy_blas:
            from thinc.api import NumpyOps

            ops = NumpyOps(use_blis=False)
            for name in self.readers():
                numeric.install(self.nlp.get_pipe(name).model, ops)
        if self.vectors_cache:
            ner_vectors.install(self.nlp.vocab, self.vectors_cache)
        if settings.is_batch_process():  # never in a notebook's own process (seidou.run in-process)
            malloc.keep_freed_memory()
        from threadpoolctl import ThreadpoolController

        self._threads = ThreadpoolController()
        self._ready = True

    def readers(self) -> list[str]:
        """The components this ensemble reads with, now or in another of :data:`MODES`: its members and any
        other reader the model holds (the student)."""
        names = dict.fromkeys([*self.members, *(n for members, *_ in MODES.values() for n in members or ())])
        return [n for n in names if n in self.nlp.component_names]

    def _probs(self, name: str, parts: list[list[Doc]]) -> list[list[dict[Candidate, float]]]:
        """Member ``name``'s candidates and probabilities for each doc of each batch of ``parts``: spaCy's
        ``scored_ents`` of its beam, read by pipeline/ner/beam.py where that reads as spaCy does (the same floats;
        batches of up to :data:`STEP_TOKENS` tokens in all through one decoder, each batch scored alone), else
        by :func:`beam_parse`; by :func:`greedy` for a beam of one."""
        ner = self.nlp.get_pipe(name)
        if ner.cfg["beam_width"] == 1:
            return [greedy(ner, docs) for docs in parts]
        stepped = numeric.BeamStep.reads(ner.model)
        out: list[list[dict[Candidate, float]]] = []
        for group, read in _groups(parts, lambda docs: stepped and beam.reads(ner, docs)):
            if read:
                probs = iter(beam.read(ner, [doc for docs in group for doc in docs], beam.Steps(ner.model, group)))
                out.extend([next(probs) for _doc in docs] for docs in group)
            else:
                out.extend(scored(ner, docs) for docs in group)
        return out

    def member_probabilities(self, docs: list[Doc]) -> dict[str, list[dict[Candidate, float]]]:
        """Each member's candidate probabilities for each of ``docs``, computed as the pipeline computes
        them (numpy's BLAS, one thread)."""
        return {name: probs[0] for name, probs in self._members([docs]).items()}

    def _members(self, parts: list[list[Doc]]) -> dict[str, list[list[dict[Candidate, float]]]]:
        if not self._ready:
            self._prepare()
        # one BLAS thread: a run parallelizes over files (worker processes), and the speed target is one core's
        with self._threads.limit(limits=1, user_api="blas"):
            return {name: self._probs(name, parts) for name in self.members}

    def predict(self, docs: list[Doc]) -> list[list[Candidate]]:
        return self.predict_many([docs])[0]

    def predict_many(self, parts: list[list[Doc]]) -> list[list[list[Candidate]]]:
        """:meth:`predict` of each batch of ``parts``, the members reading them together (:meth:`_probs`): the
        same candidates as each batch read alone."""
        read = [docs for docs in parts if any(len(doc) for doc in docs)]
        members = iter(zip(*self._members(read).values())) if read else iter(())
        out = []
        for docs in parts:
            if not any(len(doc) for doc in docs):
                out.append([[] for _ in docs])
                continue
            probs = list(next(members))
            out.append([pick(p, self.threshold, first) for p, first in zip(average(probs), probs[0])])
        return out

    def set_annotations(self, docs: list[Doc], picked: list[list[Candidate]]) -> None:
        for doc, cands in zip(docs, picked):
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in cands], default="outside")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``docs`` annotated, in their order: read :data:`WINDOW` at a time and predicted in batches of docs
        of about one length (:func:`batches`)."""
        for window in minibatch(docs, size=max(WINDOW, batch_size)):
            parts = list(batches(window, batch_size))
            for batch, picked in zip(parts, self.predict_many(parts)):
                self.set_annotations(batch, picked)
            yield from window


def scored(ner, docs: list[Doc]) -> list[dict[Candidate, float]]:
    """spaCy's ``scored_ents`` of ``ner``'s beam over ``docs`` (:func:`beam_parse`), labels as names."""
    strings = ner.vocab.strings
    return [
        {(s, e, strings[label] if isinstance(label, int) else label): p for (s, e, label), p in probs.items()}
        for probs in ner.scored_ents(beam_parse(ner, docs))
    ]


def _groups(parts: list[list[Doc]], ours, tokens: int = STEP_TOKENS) -> Iterator[tuple[list[list[Doc]], bool]]:
    """``parts`` in their order, in groups, each with whether pipeline/ner/beam.py reads it (``ours``, of a
    batch): runs of batches it reads of up to ``tokens`` tokens in all (unless one batch alone has more), and
    each other batch alone."""
    group: list[list[Doc]] = []
    size = 0
    for docs in parts:
        n = sum(map(len, docs))
        read = ours(docs)
        if group and (not read or size + n > tokens):
            yield group, True
            group, size = [], 0
        if read:
            group.append(docs)
            size += n
        else:
            yield [docs], False
    if group:
        yield group, True


def beam_parse(ner, docs: list[Doc]) -> list:
    """``ner.predict(docs)`` of a beam member (spaCy 3.8's ``Parser.beam_parse``, step for step), without its
    first step, ``_ensure_labels_are_added``: a walk over every token of every doc (a Python ``Token`` made for
    each) that adds to the member the labels of entities the docs already hold. The docs the ensemble reads come
    from the tokenizer and hold none (the members are disabled), so that walk added nothing and cost a sixteenth
    of the NER time (0.27 profile); a doc that holds entities goes through ``ner.predict`` as before. Each step's
    scores come from :class:`seidou.ner.numeric.BeamStep`: spaCy's step model's arithmetic, the same bits, in a
    third less time."""
    if (
        not any(len(doc) for doc in docs)
        or any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs)
        or not numeric.BeamStep.reads(ner.model)
    ):
        return ner.predict(docs)
    batch = _beam_utils.BeamBatch(
        ner.moves, ner.moves.init_batch(docs), None, ner.cfg["beam_width"], density=ner.cfg["beam_density"]
    )
    step = numeric.BeamStep(ner.model, docs)
    while not batch.is_done:
        states = batch.get_unfinished_states()
        if not states:
            break
        batch.advance(step.predict(states))
    return list(batch)


def greedy(ner, docs: list[Doc]) -> list[dict[Candidate, float]]:
    """The entities of each of ``docs`` by ``ner``'s greedy decoding (its beam width set to 1: the best
    move at each step), each with probability 1, as :meth:`Ensemble._probs` gives a beam's."""
    out = []
    for doc, state in zip(docs, ner.predict(docs)):
        doc.set_ents([], default="missing")
        ner.moves.set_annotations(state, doc)
        out.append({(e.start, e.end, e.label_): 1.0 for e in doc.ents})
        doc.set_ents([], default="missing")
    return out


# Ways of reading, for benchmarks/profile_ner.py: the members read with, and their beam width. "beam8" is the
# model as trained and shipped. Measured on 208 pages of ../shared/corpus/real, LeNER-Br test and the real2
# tune split: README "NER readings" and benchmarks/profile_ner.py.
MODES: dict[str, tuple[tuple[str, ...] | None, int] | tuple[tuple[str, ...] | None, int, float]] = {
    "beam8": (None, 8),
    "beam4": (None, 4),
    "beam2": (None, 2),
    "greedy": (None, 1),
    "one": (("ner",), 8),
    "one4": (("ner",), 4),
    "one1": (("ner_1",), 8),
    "one1b4": (("ner_1",), 4),
    "one1b4t6": (("ner_1",), 4, 0.6),
    "one1b4t8": (("ner_1",), 4, 0.8),
    "student": (("student",), 4),
    "student1": (("student",), 1),
}
# "student" is one smaller model (CNN width 64, depth 3, trained with a beam of 4) that learnt from the gold
# data and the ensemble's own labels of the corpus sentences (models/student.py, models/project.yml command
# ``student``): in the model as a disabled component ``student`` beside the members, read alone ("student1":
# its greedy decoding). No --ner mode reads with it: below the ensemble and ``fast`` on real2 (MODEL_CARD.md).
# "one1b4t6"/"one1b4t8": that member keeping only candidates of probability 0.6/0.8 or more (the ensemble
# keeps 0.45 of the two members' average).
# The reading of each ``--ner`` mode (seidou.options.NER) that runs the model (which paragraphs it reads:
# seidou.ner.entities.select). ``fast`` (the paragraphs where names cluster, as ``targeted``; the default
# since 0.29) and ``every`` (every paragraph, as ``all``) read with the member trained with the corpus's silver
# labels alone, beam of 4, threshold 0.6 — half the NER CPU of ``all`` and ``targeted``, the ensemble's. The threshold was chosen on LeNER-Br dev (F1 0.869 at 0.45,
# 0.872 at 0.6, 0.868 at 0.8; the ensemble 0.889); test 0.855 against the ensemble's 0.877. On the 83 real
# PDFs, a blind adjudication of where the two readings differ estimated precision 0.700 against the
# ensemble's 0.702 with 3.4% more right entities (README "NER readings"; benchmarks/profile_ner.py).
READINGS = {"fast": "one1b4t6", "every": "one1b4t6", "all": "beam8", "targeted": "beam8"}


def configure(nlp: Language, mode: str) -> bool:
    """Read with ``mode`` of :data:`MODES` from now on: the ensemble's members, their beam width and the
    probability a candidate needs (the model's own threshold unless the mode names one).
    True when this changes how the model reads (a cache of readings made the other way is stale)."""
    ens = nlp.get_pipe("seidou_ensemble")
    if getattr(ens, "mode", "beam8") == mode:
        return False
    members, width, *threshold = MODES[mode]
    if members and not set(members) <= set(nlp.component_names):
        raise ValueError(f"NER reading {mode!r} needs {', '.join(members)}, which this model does not hold")
    ens.members = list(members or ens._all_members)
    for name in dict.fromkeys([*ens._all_members, *ens.members]):
        nlp.get_pipe(name).cfg["beam_width"] = width
    ens.threshold = threshold[0] if threshold else ens._threshold0
    ens.mode = mode
    return True


def batches(docs: list[Doc], size: int, max_tokens: int = MAX_TOKENS) -> Iterator[list[Doc]]:
    """``docs`` sorted by length, in batches of at most ``size`` docs and, unless one doc alone is longer,
    ``max_tokens`` tokens. A member's beam takes one step per token of a batch's longest doc for all the
    batch's docs at once, so docs of one length share steps (spaCy's own parser sorts its batches too), and
    the token bound keeps the arrays of a batch of long docs small: unbounded, the batch of the 128 longest
    LeNER-Br test sentences cost more time than it saved, and memory.

    >>> from spacy.vocab import Vocab
    >>> docs = [Doc(Vocab(), words=["w"] * n) for n in (5, 1, 3, 9, 2)]
    >>> [[len(d) for d in b] for b in batches(docs, size=2, max_tokens=6)]
    [[1, 2], [3], [5], [9]]
    """
    batch: list[Doc] = []
    tokens = 0
    for doc in sorted(docs, key=len):
        if batch and (len(batch) >= size or tokens + len(doc) > max_tokens):
            yield batch
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield batch


@Language.factory(
    "seidou_ensemble",
    default_config={"members": ["ner"], "threshold": 0.5, "numpy_blas": True, "vectors_cache": ner_vectors.SIZE},
)
def make_ensemble(
    nlp: Language, name: str, members: list[str], threshold: float, numpy_blas: bool, vectors_cache: int
) -> Ensemble:
    return Ensemble(nlp, members, threshold, numpy_blas, vectors_cache)
