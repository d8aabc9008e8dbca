"""A member's beam over the NER's BILUO moves, all the beams of a batch at once in numpy (:func:`read`): what
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
    state: -1 for none) added in chunks, one per step; a state holds its last node."""

    def __init__(self):
        self.chunks: list[tuple[np.ndarray, ...]] = []
        self.size = 0

    def add(self, before: np.ndarray, start: np.ndarray, end: int, label: np.ndarray) -> np.ndarray:
        ids = np.arange(self.size, self.size + len(before))
        self.chunks.append((before, start, np.full(len(before), end), label))
        self.size += len(before)
        return ids

    def lists(self):
        """A function from a node to its state's entities (start, end, label index) in the order closed."""
        before, start, end, label = (
            (np.concatenate(c).tolist() for c in zip(*self.chunks)) if self.chunks else ([],) * 4
        )

        def entities(node: int) -> list[tuple[int, int, int]]:
            out = []
            while node >= 0:
                out.append((start[node], end[node], label[node]))
                node = before[node]
            return out[::-1]

        return entities


def token_flags(docs) -> np.ndarray:
    """Each token's :data:`LAST`, :data:`BEFORE_START` and :data:`SPACE` flags, the docs' tokens one after the
    other."""
    out = []
    for doc in docs:
        attrs = doc.to_array([SENT_START, IS_SPACE]).reshape(-1, 2)
        flags = np.where(attrs[:, 1] != 0, SPACE, 0)
        flags[:-1] |= np.where(attrs[1:, 0] == 1, BEFORE_START, 0)
        flags[-1:] |= LAST
        out.append(flags)
    return np.concatenate(out) if out else np.zeros(0, dtype=np.intp)


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
    :class:`seidou.ner.numeric.BeamStep`), for docs it :func:`reads`: each doc's candidates (start, end, label)
    and probabilities, the same floats in the same order."""
    moves = Moves.of(ner)
    lengths = np.array([len(doc) for doc in docs])
    offsets = np.cumsum(lengths) - lengths
    finals = _decode(moves, step, lengths, offsets, token_flags(docs), ner.cfg["beam_width"], ner.cfg["beam_density"])
    return [_scored(states, moves) for states in finals]


def _decode(moves: Moves, step, lengths, offsets, flags, width: int, density: float):
    """Each doc's final states (score, entities) in beam order. The live states are rows, beam by beam in beam
    order, each with its beam and place in it (``slot``), its doc's first token in the batch (``base``), score
    (float32), kind (0 outside an entity, ``1 + label`` inside one), the open entity's first token in the batch
    (-1: none) and its last closed entity (a node of :class:`_Closed`, -1: none)."""
    n_moves = len(moves.action)
    allowed = moves.allowed.reshape(-1, n_moves)  # by kind * 8 + flags
    closed = _Closed()
    finals: list[list] = [[] for _ in lengths]
    docs = np.flatnonzero(lengths > 0)  # each live beam's doc
    base, score = offsets[docs], np.zeros(len(docs), np.float32)
    kind, start, node = np.zeros(len(docs), np.intp), np.full(len(docs), -1), np.full(len(docs), -1)
    beam, slot, first = np.arange(len(docs)), np.zeros(len(docs), np.intp), np.arange(len(docs))
    moves_at = np.arange(n_moves)
    for t in range(int(lengths.max(initial=0))):
        token = base + t
        ids = np.stack([token, start, np.where(start >= 0, token - 1, -1)], axis=1).astype("i")
        scores = score[:, None] + step.scores(ids)
        ok = allowed[kind * 8 + flags[token]]
        # each beam's candidates in thinc's queue order: score, then parent * moves + move, both highest first
        keys = np.full((len(docs) * width, n_moves), _NONE, dtype=np.int64)
        keys[beam * width + slot] = np.where(ok, _sortable(scores) | (slot[:, None] * n_moves + moves_at), _NONE)
        top = np.sort(keys.reshape(len(docs), -1), axis=1)[:, : -width - 1 : -1]
        at = first[:, None] * n_moves + (top & 0xFFFFFFFF)  # each candidate's place in ``scores``
        best = scores.reshape(-1)[at]
        kept = (top != _NONE) & ~_pruned(best, top != _NONE, density, scores, ok, beam)
        beam, slot = np.nonzero(kept)
        parent, move = np.divmod(at[beam, slot], n_moves)
        score, base = best[beam, slot], base[parent]
        kind, start, node = _moved(kind[parent], start[parent], node[parent], move, token[parent], t, moves, closed)
        done = lengths[docs] == t + 1
        if done.any():
            for b in np.flatnonzero(done).tolist():
                mine = beam == b
                finals[docs[b]] = list(zip(score[mine].tolist(), node[mine].tolist()))
            going = ~done[beam]
            beam = (np.cumsum(~done) - 1)[beam]
            beam, slot, score, base, kind, start, node = (
                a[going] for a in (beam, slot, score, base, kind, start, node)
            )
            docs, kept = docs[~done], kept[~done]
        counts = kept.sum(axis=1)
        first = np.cumsum(counts) - counts
    entities = closed.lists()
    return [[(s, entities(n)) for s, n in doc_states] for doc_states in finals]


def _sortable(scores: np.ndarray) -> np.ndarray:
    """float32 scores as the high halves of int64 of the same order. (-0.0 would come below 0.0, where the queue
    finds them equal; but no candidate scores -0.0: the beam's scores start at 0.0, and a sum is -0.0 only where
    both terms are.)"""
    bits = scores.view(np.int32)
    return (bits ^ ((bits >> 31) & np.int32(0x7FFFFFFF))).astype(np.int64) << 32


def _moved(kind, start, node, move, token, t: int, moves: Moves, closed: _Closed):
    """The kind, open entity's first token and last closed entity of states (``kind``, ``start``, ``node``) after
    ``move`` at ``token`` (the doc's ``t``)."""
    shut = moves.closes[move]
    if shut.any():
        node = node.copy()
        begun = np.where(moves.unit[move[shut]], t, start[shut] - (token[shut] - t))
        node[shut] = closed.add(node[shut], begun, t + 1, moves.label[move[shut]])
    start = np.where(moves.opens[move], token, np.where(shut, -1, start))
    return moves.becomes[kind, move], start, node


def _pruned(best, valid, density, scores, ok, beam) -> np.ndarray:
    """Which of each beam's best candidates (``best``, scores highest first) thinc's density pruning drops:
    those whose probability (softmax over all the beam's candidates) is below ``density`` times the best one's,
    i.e. whose score is below the best's plus log(density). Where a score is within :data:`NEAR` of that bound,
    the beam is computed as thinc does (:func:`_pruned_as_thinc`), since float rounding could decide it."""
    if density == 0.0:
        return np.zeros(best.shape, dtype=bool)
    gap = best.astype(np.float64) - best[:, :1].astype(np.float64)
    bound = math.log(float(np.float32(density)))
    out = valid & (gap < bound)
    for b in np.flatnonzero((valid & (np.abs(gap - bound) < NEAR)).any(axis=1)).tolist():
        rows = beam == b
        out[b] = valid[b] & _pruned_as_thinc(best[b], scores[rows][ok[rows]], density)
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
