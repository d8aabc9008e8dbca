"""Each NER test starts from the model as shipped: the process's one model (``load_model`` is cached) reads
as the ensemble, whatever reading a run before it left (since 0.29 a default run reads ``fast``)."""

from __future__ import annotations

import pytest

from seidou.ner import ensemble
from seidou.ner.entities import forget_read, load_model


@pytest.fixture(autouse=True)
def shipped_reading():
    if load_model.cache_info().currsize:  # loaded by an earlier test: set back; never loaded: nothing to do
        nlp = load_model()
        if nlp is not None and ensemble.configure(nlp, "beam8"):
            forget_read(nlp)
    yield
