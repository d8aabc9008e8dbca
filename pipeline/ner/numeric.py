"""The arithmetic the NER members read with (pipeline/ner/ensemble.py): thinc's numpy ops (numpy's BLAS, which the
ensemble reads with since 0.20), with two of thinc's layers read by a forward of their own that gives the same bits
for less work (:func:`install`). Training (``is_train``) goes through thinc's own forwards.

- ``LayerNorm`` (after each of a tok2vec's layers): thinc computes the row means (``X.mean``), then the variances
  (``X.var``, which sums ``X`` and subtracts the means again), then ``X - mu`` a third time; the same numpy
  operations once give the same bits (:func:`layernorm_forward`): 3-4% of the NER time.
- ``Maxout`` (the tok2vec's layers, 5 per batch): thinc's kernel writes, beside each output, which of its pieces
  won (for the backprop) in a loop over every output; ``numpy.maximum`` over the pieces gives the same largest
  value in a third of the time (:func:`maxout_forward`): 8% of the NER time.

Checked on the 435 calls of each layer over 4,000 corpus paragraphs (every output equal, signs of zeros too) and by
tests/ner/test_ner_numeric.py; the times measured in one process, batches alternated, over the 5,330 paragraphs of
benchmarks/profile_ner.py's sample read as ``--ner fast`` does.
"""

from __future__ import annotations

import numpy as np
from thinc.api import NumpyOps


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
    Z = model.ops.reshape3f(Y, Y.shape[0], nO, nP)
    best = np.maximum(Z[:, :, 0], Z[:, :, 1]) if nP > 1 else Z[:, :, 0].copy()
    for p in range(2, nP):
        np.maximum(best, Z[:, :, p], out=best)
    return best, _no_backprop


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
