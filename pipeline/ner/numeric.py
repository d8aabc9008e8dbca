"""The arithmetic the NER members read with (pipeline/ner/ensemble.py): thinc's numpy ops (numpy's BLAS, which the
ensemble reads with since 0.20) and thinc's ``LayerNorm`` with each row's moments computed once
(:func:`layernorm_forward`).

A member's tok2vec normalizes every token's vector after each of its 4 layers. thinc computes the row means
(``X.mean``), then the variances (``X.var``, which sums ``X`` and subtracts the means again), then ``X - mu`` a
third time: three passes over the batch's vectors where one does. The same numpy operations on the same arrays
give the same bits (checked on the 435 layer calls of 4,000 corpus paragraphs, and by
tests/ner/test_ner_numeric.py); 3-4% of the NER time (measured in one process, batches alternated).
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


def _no_backprop(dY):
    raise NotImplementedError("seidou.ner.numeric.layernorm_forward only reads (is_train=False)")


def install(model, ops: NumpyOps | None = None) -> None:
    """``model`` (a member's thinc model) reading with numpy's BLAS (``ops``: one ``NumpyOps(use_blis=False)``
    by default) and :func:`layernorm_forward`."""
    ops = ops or NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = ops
        if node.name == "layernorm":
            node._func = layernorm_forward
