"""Threads that read names at once take turns (entities.READING): the model is one per process and its
reading is process state, so a thread asking for ``--ner fast`` while another reads ``targeted`` (a Dask
worker with several threads running two runs' files) must not change the other's reading mid-read."""

from __future__ import annotations

import threading
import time

import pytest

from seidou.ner import ensemble
from seidou.ner.entities import MODEL_DIR, forget_read, load_model, ner_entities_many
from seidou.runner.process import read_layout

from ..conftest import FIXTURES

needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no NER model installed")


@needs_model
def test_two_threads_reading_two_ways_get_their_own_readings(monkeypatch):
    nlp = load_model()
    _pdf, layout = read_layout(str(FIXTURES / "municipal_cabixi_lei_1508_2026_convenio_978990.pdf"), ocr=False)
    texts = [layout.text]
    alone = {}
    for mode in ("targeted", "fast"):
        forget_read(nlp)
        alone[mode] = ner_entities_many(texts, mode, nlp)
    assert alone["targeted"] != alone["fast"]  # the two readings differ on this text (the test's premise)
    forget_read(nlp)
    ensemble.configure(nlp, "beam8")

    reading = threading.Event()
    pipe = nlp.pipe

    def slow_pipe(docs, **kw):  # the first thread pauses inside its read: the second asks for the other way now
        if threading.current_thread().name == "targeted":
            reading.set()
            time.sleep(1.0)
        yield from pipe(docs, **kw)

    monkeypatch.setattr(nlp, "pipe", slow_pipe)
    got = {}

    def read(mode):
        got[mode] = ner_entities_many(texts, mode, nlp)

    first = threading.Thread(target=read, args=("targeted",), name="targeted")
    first.start()
    assert reading.wait(30)
    second = threading.Thread(target=read, args=("fast",), name="fast")
    second.start()
    first.join(120)
    second.join(120)
    monkeypatch.undo()
    ensemble.configure(nlp, "beam8")
    forget_read(nlp)
    assert got == alone
