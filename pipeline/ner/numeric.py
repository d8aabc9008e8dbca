"""The arithmetic the NER members read with (pipeline/ner/ensemble.py): thinc's numpy ops (numpy's BLAS, which the
ensemble reads with since 0.20), with two of thinc's layers read by a forward of their own that gives the same bits
for less work (:func:`install`). Training (``is_train``) goes through thinc's own forwards.

- ``LayerNorm`` (after each of a tok2vec's layers): thinc computes the row means (``X.mean``), then the variances
  (``X.var``, which sums ``X`` and subtracts the means again), then ``X - mu`` a third time; the same numpy
  operations once give the same bits (:func:`layernorm_forward`): 3-4% of the NER time.
- ``Maxout`` (the tok2vec's layers, 5 per batch): thinc's kernel writes, beside each output, which of its pieces
  won (for the backprop) in a loop over every output; ``numpy.maximum`` over the pieces gives the same largest
  value in a third of the time (:func:`maxout_forward`): 8% of the NER time.
- spaCy's step model (each step of a member's beam: pipeline/ner/beam.py's decoder, or pipeline/ner/ensemble.py's
  ``beam_parse`` where that does not read): the same gathers, sums and products in a few numpy calls
  (:class:`BeamStep`): a third of the step's time less.

Checked on the 435 calls of each layer over 4,000 corpus paragraphs (every output equal, signs of zeros too) and by
tests/ner/test_ner_numeric.py; the times measured in one process, batches alternated, over the 5,330 paragraphs of
benchmarks/profile_ner.py's sample read as ``--ner fast`` does.
"""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

import numpy as np
from spacy.ml.parser_model import ParserStepModel
from thinc.api import NumpyOps

from seidou.ner import compiled


def layernorm_forward(model, X, is_train: bool):
    """thinc's ``LayerNorm`` forward, reading (``is_train`` False) with the distances from the row means computed
    once: the variance is the mean of their squares, as ``numpy.var`` computes it. Training goes through
    thinc's own forward."""
    if is_train:
        from thinc.layers.layernorm import forward

        return forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    dist = X - mu
    var = np.square(dist).mean(axis=1, keepdims=True) + 1e-08
    Y = dist * var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def maxout_forward(model, X, is_train: bool):
    """thinc's ``Maxout`` forward, reading (``is_train`` False) with each output the largest of its pieces by
    ``numpy.maximum`` over the pieces: thinc's kernel also writes which piece won (for training's backprop) in
    a loop over every output, 3-4 times the time of ``numpy.maximum``'s; the largest of the pieces is the same
    value (no model output is NaN). Training goes through thinc's own forward."""
    if is_train:
        from thinc.layers.maxout import forward

        return forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    return largest_piece(model.ops.reshape3f(Y, Y.shape[0], nO, nP)), _no_backprop


def largest_piece(Z: np.ndarray) -> np.ndarray:
    """The largest of each output's pieces (``Z``: rows, outputs, pieces): thinc's maxout kernel's value but where
    pieces tie as ``-0.0`` and ``0.0`` (thinc keeps the first piece, ``numpy.maximum`` may give either) or hold a
    NaN (thinc skips one that is not the first piece; numpy passes it on). Neither happens in reading: a piece is a
    product plus a bias, ``-0.0`` only where both are (BeamStep's bias has its ``-0.0`` made ``0.0``), and the
    weights and inputs are finite; the outputs were compared bit for bit (module docstring)."""
    nP = Z.shape[2]
    best = np.maximum(Z[:, :, 0], Z[:, :, 1]) if nP > 1 else Z[:, :, 0].copy()
    for p in range(2, nP):
        np.maximum(best, Z[:, :, p], out=best)
    return best


def _no_backprop(dY):
    raise NotImplementedError("seidou.ner.numeric reads only (is_train=False): no backprop")


READING = {"layernorm": layernorm_forward, "maxout": maxout_forward}  # thinc layers read by this module's forward


def install(model, ops: NumpyOps | None = None) -> None:
    """``model`` (a member's thinc model) reading with numpy's BLAS (``ops``: one ``NumpyOps(use_blis=False)``
    by default), :func:`layernorm_forward` and :func:`maxout_forward`."""
    ops = ops or NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = ops
        if node.name in READING:
            node._func = READING[node.name]


class BeamStep:
    """A member's ``ParserStepModel`` (spaCy 3.8's ``ml/parser_model.pyx``) for reading: what the member's beam asks
    at every step (the scores of each unfinished state's moves), in a few numpy calls instead of thinc's and spaCy's
    layers of Python per step (``Model.predict``, ``precompute_hiddens``, the output ``Linear``, the unseen-class
    mask): on benchmarks/profile_ner.py's sample (8,241 steps of ``--ner fast``) 0.55-0.72 s CPU against spaCy's
    0.87-0.96 s, paired on a busy machine.

    The same arithmetic, to the bit: the hidden vectors of every token for every feature are precomputed once (the
    ``lower`` layer, as spaCy does); a state's features (token positions, -1 for none: the padding row) pick one
    row per feature, summed in the features' order as spaCy's saxpy loop sums them, the bias added, the largest
    piece kept (:func:`largest_piece`), then the ``upper`` layer's gemm and bias as thinc's ``Linear``. Checked
    at every step on the sample and by tests/ner/test_ner_numeric.py (every score equal, signs of zeros too)."""

    # spaCy's compiled feature extraction: each state's token positions (reads ``self.state2vec.nF``)
    get_token_ids = ParserStepModel.get_token_ids

    def __init__(self, model, docs):
        tok2vec, lower, self.upper = model.layers
        hidden = lower.predict(tok2vec.predict(docs))  # (tokens + 1, nF, nO, nP): row 0 the padding
        tokens, nF = hidden.shape[:2]
        self.state2vec = SimpleNamespace(nF=nF)
        self.rows = hidden.reshape(tokens * nF, -1)  # feature f of token t (-1: none): row (t + 1) * nF + f
        self.offsets = np.arange(nF, dtype="i") + nF
        # spaCy sums from zero, which a sum never leaves for -0.0; summed from the first feature instead, the sum
        # is -0.0 where every feature is, and the bias with its -0.0 made 0.0 gives that sum spaCy's bits again
        self.bias = lower.get_param("b").reshape(-1) + np.float32(0.0)
        self.shape = hidden.shape[2:]
        self.unseen = sorted(model.attrs["unseen_classes"])
        self.gemm, self.W, self.b = self.upper.ops.gemm, self.upper.get_param("W"), self.upper.get_param("b")
        if _HIDDEN is not None:  # the arrays the compiled hidden layer reads, by address, and its sum's room
            self.rows = np.ascontiguousarray(self.rows, dtype=np.float32)
            self.bias = np.ascontiguousarray(self.bias, dtype=np.float32)
            self._sum = np.empty(self.rows.shape[1], dtype=np.float32)
            self._at = (self.rows.ctypes.data, nF, tokens - 1, self.bias.ctypes.data, self._sum.ctypes.data)

    @staticmethod
    def reads(model) -> bool:
        """Whether ``model`` (a member's transition model) has the form this step computes: an output layer over a
        maxout hidden layer of two features or more (spaCy's other forms, without ``upper``, of one piece or
        one feature, go through spaCy's step)."""
        lower = model.layers[1]  # (tok2vec, lower, upper: spaCy's TransitionModel)
        return bool(model.attrs["has_upper"]) and lower.get_dim("nP") >= 2 and lower.get_dim("nF") >= 2

    def predict(self, states) -> np.ndarray:
        """The scores of each unfinished state of ``states`` (rows) for each move (columns), as spaCy's step."""
        return self.scores(self.get_token_ids(states))

    def scores(self, ids: np.ndarray, shift: int = 0) -> np.ndarray:
        """The scores of the states whose features are ``ids`` (rows: each feature's token in the batch counted
        from ``shift``, -1 for none, as ``get_token_ids`` gives them) for each move (columns)."""
        best = self._hidden(ids, shift) if _HIDDEN is None else self._hidden_compiled(ids, shift)
        scores = self.gemm(best, self.W, trans2=True)
        scores += self.b
        if self.unseen:  # as spaCy: a move never seen in training gets the step's lowest score
            scores[:, self.unseen] = np.nanmin(scores)
        return scores

    def _hidden(self, ids: np.ndarray, shift: int) -> np.ndarray:
        """The hidden layer of the states ``ids``: their features' rows summed, the bias added, the largest piece."""
        if shift:
            ids = np.where(ids >= 0, ids - shift, -1).astype("i")
        at = ids * len(self.offsets)
        at += self.offsets
        picked = self.rows.take(at.reshape(-1), axis=0).reshape(*at.shape, -1)
        summed = picked[:, 0] + picked[:, 1]  # nF is at least 2 (reads)
        for f in range(2, at.shape[1]):
            summed += picked[:, f]
        summed += self.bias
        return largest_piece(summed.reshape(len(at), *self.shape))

    def _hidden_compiled(self, ids: np.ndarray, shift: int) -> np.ndarray:
        """:meth:`_hidden` by pipeline/ner/_beam_step.c, the same floats, without the picked rows' copies."""
        ids = np.ascontiguousarray(ids, dtype=np.intc)
        best = np.empty((len(ids), self.shape[0]), dtype=np.float32)
        nO, nP = self.shape
        rows, nF, tokens, bias, room = self._at
        if _HIDDEN(rows, nF, tokens, ids.ctypes.data, len(ids), shift, bias, nO, nP, room, best.ctypes.data) < 0:
            raise IndexError(f"a state's token outside the batch's {tokens} tokens (from {shift})")
        return best


_I, _P = compiled.I64, compiled.PTR
_HIDDEN = compiled.function("seidou_step_hidden", (_P, _I, _I, _P, _I, _I, _P, _I, _I, _P, _P), ctypes.c_int)
