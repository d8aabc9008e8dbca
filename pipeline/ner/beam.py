"""A member's beam over the NER's BILUO moves, all the beams of a batch (or of several: :class:`Steps`) at once
in numpy (:func:`read`): what
spaCy 3.8's ``beam_parse`` and ``scored_ents`` give (pipeline/ner/ensemble.py), each candidate's probability to
the bit, without thinc's ``Beam.advance`` (a priority queue, a hash map and a copy of each state's history per
beam and step, 2.1-2.5 s CPU of ``--ner fast`` on benchmarks/profile_ner.py's sample).

Why a few arrays are enough: every NER move (spaCy's ``ner.pyx``: B, I, L, U of a label, O) reads one token, so
at step ``t`` every live state of every beam stands at token ``t``; a state is its score, whether an entity is
open (its label, its first token) and the entities it closed (a list shared with its parent: :class:`_Closed`).
What this module reproduces, each from the installed sources:

- the features of a state (``StateC.set_context_tokens`` with 3 features): the token, the open entity's first
  token and the token before; scored by :meth:`seidou.ner.numeric.BeamStep.scores` for the same states in the
  same order (beams in doc order, each beam's states in its order), so the same rows to the bit;
- the moves allowed (``ner.pyx``'s ``is_valid``, for docs without preset entities: :func:`allowed`);
- thinc's ``Beam.advance``: a candidate scores its parent's score plus the move's, in float32; the queue pops
  the highest, among equal scores the higher ``parent * moves + move``; up to the width are kept, less those
  that density pruning drops (a probability below ``density`` times the best one's: :func:`_pruned`);
- ``scored_ents``: the final states' probabilities (thinc's ``_softmax`` over their scores) summed per entity,
  in the beam's order.

:func:`reads` says where it reproduces spaCy (not for a doc holding entities, which spaCy's moves would keep,
nor for a model of other features): the caller reads the others through spaCy's beam.
"""

from __future__ import annotations

import functools
import math
from typing import Optional

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from thinc.extra.search import _softmax

from seidou.ner import numeric

ACTIONS = "BILUO"
_NONE = np.iinfo(np.int64).min  # the sort key of a move not allowed
# A candidate's score this near the density bound is pruned or kept in thinc's arithmetic (_pruned): the bound
# and the softmax differ from thinc's by rounding, some 1e-15 of a score; 1e-7 is far from both
NEAR = 1e-7


class Moves:
    """A member's moves (``ner.moves``): each one's action (index in :data:`ACTIONS`) and label (index in
    ``labels``; -1 for none), with what a state becomes by it (:attr:`becomes`: its kind, 0 outside an entity,
    ``1 + label`` inside one) and which states may take it (:attr:`allowed`)."""

    def __init__(self, names: list[str]):
        parts = [name.partition("-") for name in names]
        self.labels = list(dict.fromkeys(label for _act, _dash, label in parts if label))
        self.action = np.array([ACTIONS.index(act) for act, _dash, _label in parts])
        self.label = np.array([self.labels.index(label) if label else -1 for _act, _dash, label in parts])
        kinds = 1 + len(self.labels)
        self.allowed = np.array(
            [
                [[allowed(a, k, kind, flags) for a, k in zip(self.action, self.label)] for flags in range(8)]
                for kind in range(kinds)
            ]
        )
        self.becomes = np.zeros((kinds, len(names)), dtype=np.intp)  # L, U, O: outside
        self.becomes[:, self.action == ACTIONS.index("B")] = 1 + self.label[self.action == ACTIONS.index("B")]
        self.becomes[:, self.action == ACTIONS.index("I")] = np.arange(kinds)[:, None]
        self.opens = self.action == ACTIONS.index("B")
        self.closes = (self.action == ACTIONS.index("L")) | (self.action == ACTIONS.index("U"))
        self.unit = self.action == ACTIONS.index("U")

    @staticmethod
    def of(ner) -> Optional["Moves"]:
        """``ner``'s moves, or None if one is not a BILUO move (spaCy's ``M``)."""
        return _moves(tuple(ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)))


@functools.lru_cache(maxsize=8)
def _moves(names: tuple[str, ...]) -> Optional[Moves]:
    if any(name.partition("-")[0] not in ACTIONS for name in names):
        return None
    return Moves(list(names))


LAST, BEFORE_START, SPACE = 1, 2, 4  # a token's flags: the doc's last, before a sentence start, a space


def allowed(action: int, label: int, kind: int, flags: int) -> bool:
    """spaCy's ``is_valid`` of a move (``action``, ``label``: -1 for none) in a state of ``kind`` (0 outside an
    entity, ``1 + label`` inside one) at a token of ``flags``, in a doc without preset entities: an entity opens
    on no space, only where another token follows in its sentence (B) and goes on only where one does (I);
    it closes (L) or is one token (U, on no space) only with its label; O only outside one."""
    act = ACTIONS[action]
    if act == "O":
        return kind == 0
    if label < 0:  # U without a label: a preset blocked token only
        return False
    ends = bool(flags & (LAST | BEFORE_START))
    if act == "B":
        return kind == 0 and not ends and not flags & SPACE
    if act == "I":
        return kind == 1 + label and not ends
    if act == "L":
        return kind == 1 + label
    return kind == 0 and not flags & SPACE  # U


class _Closed:
    """The entities the states closed, each one a node (start, end, label, the node closed before it in the same
    state: -1 for none) added in chunks, one per step (all of one end); a state holds its last node."""

    def __init__(self):
        self.chunks: list[tuple[np.ndarray, ...]] = []
        self.size = 0

    def add(self, before: np.ndarray, start: np.ndarray, end: int, label: np.ndarray) -> np.ndarray:
        ids = np.arange(self.size, self.size + len(before))
        self.chunks.append((before, start, end, label))
        self.size += len(before)
        return ids

    def lists(self):
        """A function from a node to its state's entities (start, end, label index) in the order closed."""
        before: list[int] = []
        start, end, label = before, before, before  # no entity closed: no node to look up
        if self.chunks:
            befores, starts, ends, labels = zip(*self.chunks)
            before, start, label = (np.concatenate(c).tolist() for c in (befores, starts, labels))
            end = np.repeat(ends, [len(c) for c in befores]).tolist()

        def entities(node: int) -> list[tuple[int, int, int]]:
            out = []
            while node >= 0:
                out.append((start[node], end[node], label[node]))
                node = before[node]
            return out[::-1]

        return entities


def token_flags(docs, lengths: np.ndarray) -> np.ndarray:
    """Each token's :data:`LAST`, :data:`BEFORE_START` and :data:`SPACE` flags, the docs' tokens (``lengths``) one
    after the other (some doc has a token)."""
    attrs = np.concatenate([doc.to_array([SENT_START, IS_SPACE]) for doc in docs])
    flags = np.where(attrs[:, 1] != 0, SPACE, 0)
    flags[:-1] |= np.where(attrs[1:, 0] == 1, BEFORE_START, 0)  # at a doc's last token, the next doc's first
    flags[np.cumsum(lengths[lengths > 0]) - 1] |= LAST  # (which LAST makes moot)
    return flags


class Steps:
    """The step models of batches (``parts``) read as one by :func:`read` (its ``step``, the docs of the batches
    one after the other): each batch's states scored by the batch's own :class:`seidou.ner.numeric.BeamStep`,
    with the features' tokens counted from the batch's first, the same rows in the same order as the batch read
    alone, so the same scores to the bit (a product's bits may depend on its rows: a batch is scored as it was);
    one decoder steps through all the batches at once, fewer and larger steps."""

    def __init__(self, model, parts: list):
        parts = [docs for docs in parts if any(len(doc) for doc in docs)]  # a batch without tokens has no state
        self.steps = [numeric.BeamStep(model, docs) for docs in parts]
        lengths = np.array([sum(map(len, docs)) for docs in parts], dtype=np.int64)
        self.starts = np.cumsum(lengths) - lengths

    def scores(self, ids: np.ndarray) -> np.ndarray:
        cuts = np.searchsorted(ids[:, 0], self.starts).tolist() + [len(ids)]  # the states' tokens go up
        parts = [
            step.scores(np.where(ids[lo:hi] >= 0, ids[lo:hi] - start, -1).astype("i"))
            for step, start, lo, hi in zip(self.steps, self.starts.tolist(), cuts, cuts[1:])
            if hi > lo
        ]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)


def reads(ner, docs) -> bool:
    """Whether :func:`read` reads ``docs`` as spaCy: BILUO moves, the 3 features of spaCy's NER (``ner``'s
    model's ``lower`` layer), no doc holding entities."""
    return (
        Moves.of(ner) is not None
        and ner.model.layers[1].get_dim("nF") == 3
        and not any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs)  # (spaCy says an empty doc has)
    )


def read(ner, docs, step) -> list[dict[tuple[int, int, str], float]]:
    """``ner.scored_ents(beam_parse(ner, docs))`` (pipeline/ner/ensemble.py) with ``step`` (``docs``'
    :class:`seidou.ner.numeric.BeamStep`, or the :class:`Steps` of batches whose docs ``docs`` are), for docs it
    :func:`reads`: each doc's candidates (start, end, label) and probabilities, the same floats in the same
    order."""
    moves = Moves.of(ner)
    lengths = np.array([len(doc) for doc in docs])
    offsets = np.cumsum(lengths) - lengths
    finals = _decode(
        moves, step, lengths, offsets, token_flags(docs, lengths), ner.cfg["beam_width"], ner.cfg["beam_density"]
    )
    return [_scored(states, moves) for states in finals]


def _decode(moves: Moves, step, lengths, offsets, flags, width: int, density: float):
    """Each doc's final states (score, entities) in beam order. The live states are rows, beam by beam in beam
    order: each one's beam and place in it (``slot``), score (float32) and :class:`_Rows` columns."""
    n_moves = len(moves.action)
    allowed = moves.allowed.reshape(-1, n_moves)  # by kind * 8 + flags
    closed = _Closed()
    finals: list[list] = [[] for _ in lengths]
    ends = set(lengths.tolist())
    docs = np.flatnonzero(lengths > 0)  # each live beam's doc
    rows = _Rows.first(offsets[docs])
    score, beam, slot = np.zeros(len(docs), np.float32), np.arange(len(docs)), np.zeros(len(docs), np.intp)
    entry = np.arange(width * n_moves).reshape(width, n_moves)  # of a slot's moves: slot * moves + move
    spread = np.empty((len(docs) * width, n_moves), dtype=np.int64)
    for t in range(int(lengths.max(initial=0))):
        token = rows.base + t
        scores = score[:, None] + step.scores(rows.features(token))
        ok = allowed[rows.kind * 8 + flags[token]]
        # each beam's candidates in thinc's queue order: score, then parent * moves + move, both highest first
        keys = np.where(ok, _sortable(scores) | entry[slot], _NONE)
        if len(beam) < len(docs) * width:  # a beam of fewer states than the width: the others' keys none
            full = spread[: len(docs) * width]
            full.fill(_NONE)
            full[beam * width + slot] = keys
            keys = full
        top = np.sort(keys.reshape(len(docs), -1), axis=1)[:, : -width - 1 : -1]
        first = np.flatnonzero(slot == 0)
        at = first[:, None] * n_moves + (top & 0xFFFFFFFF)  # each candidate's place in ``scores``
        best = scores.reshape(-1)[at]
        valid = top != _NONE
        beam, slot = np.nonzero(valid & ~_pruned(best, density, scores, ok, beam))
        parent, move = np.divmod(at[beam, slot], n_moves)
        score = best[beam, slot]
        rows = rows.moved(parent, move, token[parent], t, moves, closed)
        if t + 1 in ends:
            done = lengths[docs] == t + 1
            for b in np.flatnonzero(done).tolist():
                mine = beam == b
                finals[docs[b]] = list(zip(score[mine].tolist(), rows.node[mine].tolist()))
            going = ~done[beam]
            beam, slot, score, rows = (np.cumsum(~done) - 1)[beam[going]], slot[going], score[going], rows.take(going)
            docs = docs[~done]
    entities = closed.lists()
    return [[(s, entities(n)) for s, n in doc_states] for doc_states in finals]


class _Rows:
    """The live states' columns (one int64 array, rows taken at once): each one's doc's first token in the batch
    (``base``), kind (0 outside an entity, ``1 + label`` inside one), the open entity's first token in the batch
    (``start``, -1: none) and the last entity it closed (``node`` of :class:`_Closed`, -1: none)."""

    def __init__(self, columns: np.ndarray):
        self.columns = columns
        self.base, self.kind, self.start, self.node = columns.T

    @classmethod
    def first(cls, bases: np.ndarray) -> "_Rows":
        """The first state of each beam: no entity."""
        columns = np.full((len(bases), 4), -1, dtype=np.int64)
        columns[:, 0], columns[:, 1] = bases, 0
        return cls(columns)

    def take(self, rows) -> "_Rows":
        return _Rows(self.columns[rows])

    def features(self, token: np.ndarray) -> np.ndarray:
        """spaCy's features of the NER's states at ``token``: the token, the open entity's first token, the token
        before it (-1: none, without an open entity)."""
        ids = np.empty((len(token), 3), dtype="i")
        ids[:, 0], ids[:, 1] = token, self.start
        ids[:, 2] = np.where(self.start >= 0, token - 1, -1)
        return ids

    def moved(self, parent, move, token, t: int, moves: Moves, closed: _Closed) -> "_Rows":
        """The states reached from the rows ``parent`` by ``move`` at ``token`` (the doc's ``t``)."""
        out = self.take(parent)
        shut = moves.closes[move]
        if shut.any():
            begun = np.where(moves.unit[move[shut]], t, out.start[shut] - (token[shut] - t))
            out.node[shut] = closed.add(out.node[shut], begun, t + 1, moves.label[move[shut]])
        out.start[:] = np.where(moves.opens[move], token, np.where(shut, -1, out.start))
        out.kind[:] = moves.becomes[out.kind, move]
        return out


def _sortable(scores: np.ndarray) -> np.ndarray:
    """float32 scores as the high halves of int64 of the same order. (-0.0 would come below 0.0, where the queue
    finds them equal; but no candidate scores -0.0: the beam's scores start at 0.0, and a sum is -0.0 only where
    both terms are.)"""
    bits = scores.view(np.int32)
    return (bits ^ ((bits >> 31) & np.int32(0x7FFFFFFF))).astype(np.int64) << 32


def _pruned(best, density, scores, ok, beam) -> np.ndarray:
    """Which of each beam's best candidates (``best``, scores highest first; where a beam has fewer, any score)
    thinc's density pruning drops: those whose probability (softmax over all the beam's candidates) is below
    ``density`` times the best one's, i.e. whose score is below the best's plus log(density). Where a score is
    within :data:`NEAR` of that bound, the beam is computed as thinc does (:func:`_pruned_as_thinc`), since float
    rounding could decide it."""
    if float(np.float32(density)) <= 0.0:  # thinc's cutoff is then 0 or below: it prunes nothing
        return np.zeros(best.shape, dtype=bool)
    gap = best.astype(np.float64)
    gap -= gap[:, :1]
    bound = math.log(float(np.float32(density)))
    out = gap < bound
    near = np.abs(gap - bound) < NEAR
    if near.any():
        for b in np.flatnonzero(near.any(axis=1)).tolist():
            rows = beam == b
            out[b] = _pruned_as_thinc(best[b], scores[rows][ok[rows]], density)
    return out


def _pruned_as_thinc(best, entries, density: float) -> np.ndarray:
    """thinc's ``Beam._fill`` density pruning of ``best`` among the beam's candidates ``entries`` (in its order),
    in its arithmetic: doubles, libm's exp, the sum in order."""
    top = max(float(e) for e in entries)
    total = 0.0
    for e in entries:
        total += math.exp(float(e) - top)
    cutoff = (1.0 / total) * float(np.float32(density))
    return np.array([math.exp(float(e) - top) / total < cutoff for e in best])


def _scored(states, moves: Moves) -> dict[tuple[int, int, str], float]:
    """spaCy's ``scored_ents`` of one beam's final states (score, entities)."""
    out: dict[tuple[int, int, str], float] = {}
    probs = _softmax([s for s, _ents in states])
    for p, (_s, ents) in zip(probs, states):
        for start, end, label in ents:
            key = (start, end, moves.labels[label])
            out[key] = out.get(key, 0.0) + p
    return out
