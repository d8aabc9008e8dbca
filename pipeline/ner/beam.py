"""A member's beam over the NER's BILUO moves, all the beams of a batch (or of several: :class:`Steps`) at once
(:func:`read`), each step in one call of pipeline/ner/_beam_step.c where that optional extension was built, else
in numpy (:class:`_NumpyStep`; the same states to the bit): what
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

import ctypes
import functools
import math
from typing import Optional

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from thinc.extra.search import _softmax

from seidou.ner import compiled, numeric

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
    state: -1 for none), rows of one int64 array (before, start, end, label) grown as needed; a state holds its
    last node."""

    def __init__(self):
        self.rows = np.empty((1024, 4), dtype=np.int64)
        self.size = 0

    def room(self, n: int) -> None:
        """Room for ``n`` more nodes."""
        if self.size + n > len(self.rows):
            grown = np.empty((max(2 * len(self.rows), self.size + n), 4), dtype=np.int64)
            grown[: self.size] = self.rows[: self.size]
            self.rows = grown

    def add(self, before: np.ndarray, start: np.ndarray, end: int, label: np.ndarray) -> np.ndarray:
        self.room(len(before))
        ids = np.arange(self.size, self.size + len(before))
        self.rows[ids] = np.stack([before, start, np.full(len(before), end), label], axis=1)
        self.size += len(before)
        return ids

    def lists(self):
        """A function from a node to its state's entities (start, end, label index) in the order closed."""
        before, start, end, label = self.rows[: self.size].T.tolist()

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
            step.scores(ids[lo:hi], start)
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
    """Each doc's final states (score, entities) in beam order. The live states (:class:`_Live`) are rows, beam
    by beam in beam order, stepped by the compiled step (pipeline/ner/_beam_step.c, where it was built) or by
    numpy's (:class:`_NumpyStep`): the same states to the bit."""
    closed = _Closed()
    finals: list[list] = [[] for _ in lengths]
    ends = set(lengths.tolist())
    docs = np.flatnonzero(lengths > 0)  # each live beam's doc
    live = _Live.first(_Rows.first(offsets[docs]))
    stepper = _CStep if _C_STEP is not None and width <= _C_MAX_WIDTH else _NumpyStep
    advance = stepper(moves, step, flags, width, density, len(docs), closed)
    for t in range(int(lengths.max(initial=0))):
        live = advance(t, live)
        if t + 1 in ends:
            done = lengths[docs] == t + 1
            for b in np.flatnonzero(done).tolist():
                mine = live.beam == b
                finals[docs[b]] = list(zip(live.score[mine].tolist(), live.rows.node[mine].tolist()))
            live = live.take(~done[live.beam], np.cumsum(~done) - 1)
            docs = docs[~done]
    entities = closed.lists()
    return [[(s, entities(n)) for s, n in doc_states] for doc_states in finals]


class _Live:
    """The live states: each one's beam and place in it (``slot``), score (float32), :class:`_Rows` columns and,
    where the step that made them wrote them, their features at the next step (``ids``, else None) and the
    addresses of their score, beam, slot and columns (the compiled step's arrays: ``addresses``, else None)."""

    def __init__(self, score, beam, slot, rows: "_Rows", ids=None, addresses=None):
        self.score, self.beam, self.slot, self.rows, self.ids = score, beam, slot, rows, ids
        self.addresses = addresses

    def arrays(self) -> list[np.ndarray]:
        return [self.score, self.beam, self.slot, self.rows.columns]

    @classmethod
    def first(cls, rows: "_Rows") -> "_Live":
        """Each beam's first state (``rows``: one a beam): score 0, its beam's only one."""
        n = len(rows.base)
        return cls(np.zeros(n, np.float32), np.arange(n), np.zeros(n, np.intp), rows)

    def take(self, going: np.ndarray, renumbered: np.ndarray) -> "_Live":
        """The states of the beams ``going`` on, the beams numbered as ``renumbered`` says."""
        ids = None if self.ids is None else self.ids[going]
        beam = renumbered[self.beam[going]]
        return _Live(self.score[going], beam, self.slot[going], self.rows.take(going), ids)

    def features(self, t: int) -> np.ndarray:
        return self.rows.features(self.rows.base + t) if self.ids is None else self.ids


class _NumpyStep:
    """A step of the beams in numpy: each beam's candidates in thinc's queue order, the best ``width`` kept less
    those density pruning drops (:func:`_pruned`), the entities they close added to ``closed``."""

    def __init__(self, moves: Moves, step, flags, width: int, density: float, beams: int, closed: _Closed):
        self.moves, self.step, self.flags, self.width, self.density = moves, step, flags, width, density
        self.closed = closed
        n_moves = len(moves.action)
        self.allowed = moves.allowed.reshape(-1, n_moves)  # by kind * 8 + flags
        self.entry = np.arange(width * n_moves).reshape(width, n_moves)  # of a slot's moves: slot * moves + move
        self.spread = np.empty((beams * width, n_moves), dtype=np.int64)

    def __call__(self, t: int, live: _Live) -> _Live:
        rows, beam, slot, width, n_moves = live.rows, live.beam, live.slot, self.width, len(self.moves.action)
        beams = int(beam[-1]) + 1  # the live beams (the done ones' taken out)
        token = rows.base + t
        scores = live.score[:, None] + self.step.scores(live.features(t))
        ok = self.allowed[rows.kind * 8 + self.flags[token]]
        # each beam's candidates in thinc's queue order: score, then parent * moves + move, both highest first
        keys = np.where(ok, _sortable(scores) | self.entry[slot], _NONE)
        if len(beam) < beams * width:  # a beam of fewer states than the width: the others' keys none
            full = self.spread[: beams * width]
            full.fill(_NONE)
            full[beam * width + slot] = keys
            keys = full
        top = np.sort(keys.reshape(beams, -1), axis=1)[:, : -width - 1 : -1]
        first = np.flatnonzero(slot == 0)
        at = first[:, None] * n_moves + (top & 0xFFFFFFFF)  # each candidate's place in ``scores``
        best = scores.reshape(-1)[at]
        valid = top != _NONE
        beam, slot = np.nonzero(valid & ~_pruned(best, self.density, scores, ok, beam))
        parent, move = np.divmod(at[beam, slot], n_moves)
        rows = rows.moved(parent, move, token[parent], t, self.moves, self.closed)
        return _Live(best[beam, slot], beam, slot, rows)


class _CStep:
    """A step of the beams by pipeline/ner/_beam_step.c: :class:`_NumpyStep`'s, in one call, writing the states
    kept and their next features into one of two sets of arrays (the step reads the other)."""

    def __init__(self, moves: Moves, step, flags, width: int, density: float, beams: int, closed: _Closed):
        self.step, self.width, self.closed, self.room = step, width, closed, beams * width
        dens = float(np.float32(density))
        self.density, self.bound = dens, (math.log(dens) if dens > 0.0 else 0.0)
        self.n_closed = np.zeros(1, dtype=np.int64)
        kinds = moves.allowed.shape[0]
        self.tables = [  # kept here: the step reads them by address
            np.array([len(moves.action)], dtype=np.int64),
            np.ascontiguousarray(moves.allowed.reshape(kinds * 8, -1), dtype=np.uint8),
            np.ascontiguousarray(moves.becomes, dtype=np.int64),
            *(np.ascontiguousarray(a, dtype=np.uint8) for a in (moves.opens, moves.closes, moves.unit)),
            np.ascontiguousarray(moves.label, dtype=np.int64),
            np.ascontiguousarray(flags, dtype=np.int64),
        ]
        self.at = [_address(a) for a in self.tables] + [_address(self.n_closed)]
        self.outs = [self._arrays(beams * width) for _ in range(2)]
        self.turn = 0

    @staticmethod
    def _arrays(n: int) -> tuple[list[np.ndarray], list[int]]:
        """A set of arrays the step writes (score, beam, slot, columns, next features) and their addresses."""
        arrays = [np.empty(n, np.float32), np.empty(n, np.int64), np.empty(n, np.int64)]
        arrays += [np.empty((n, 4), np.int64), np.empty((n, 3), np.intc)]
        return arrays, [_address(a) for a in arrays]

    def __call__(self, t: int, live: _Live) -> _Live:
        scores = np.ascontiguousarray(self.step.scores(live.features(t)), dtype=np.float32)
        if live.addresses is None:  # arrays of numpy's (the first states, or those taken at a doc's end)
            ins = [np.ascontiguousarray(a, dtype=d) for a, d in zip(live.arrays(), _IN_TYPES)]
            live = _Live(*ins[:3], _Rows(ins[3]), live.ids, [_address(a) for a in ins])
        (out, at), self.turn = self.outs[self.turn], self.turn ^ 1
        self.closed.room(self.room)
        self.n_closed[0] = self.closed.size
        tables, n_closed = self.at[:-1], self.at[-1]
        ins = [_address(scores), *live.addresses, _address(self.closed.rows), n_closed]
        n = _C_STEP(len(live.score), self.width, t, self.density, self.bound, NEAR, *tables, *ins, *at)
        if n < 0:
            raise ValueError(f"the compiled step refused a beam of width {self.width}")
        self.closed.size = int(self.n_closed[0])
        score, beam, slot, cols, ids = (a[:n] for a in out)
        return _Live(score, beam, slot, _Rows(cols), ids, at[:4])


def _address(a: np.ndarray) -> int:
    return a.__array_interface__["data"][0]


_IN_TYPES = (np.float32, np.int64, np.int64, np.int64)  # the compiled step's score, beam, slot and columns
_C_MAX_WIDTH = 64  # the widest beam the compiled step holds (MAX_WIDTH there)


_I, _D, _P = compiled.I64, compiled.F64, compiled.PTR
_C_STEP = compiled.function("seidou_beam_step", (_I, _I, _I, _D, _D, _D, *(_P,) * 20), ctypes.c_int64)
COMPILED = _C_STEP is not None  # whether the compiled step was built (else numpy steps)


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
