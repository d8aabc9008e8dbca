"""What the forkserver of a run's workers imports once, before it forks them (seidou.runner.workers): the
stages with their compiled patterns, and spaCy (about 1 s of CPU a spawned worker spent on imports). The NER
model itself is not loaded here: a worker loads it on its first NER paragraph, as a spawned worker does, so
that no library thread pool is started before a fork. The objects imported are then frozen out of the
collector's sight (``gc.freeze``): the workers share their memory pages instead of copying them when a
collection walks them."""

from __future__ import annotations

import gc

import seidou.runner.process  # noqa: F401 - the stages and everything they import
import seidou.ner.ensemble  # noqa: F401 - spaCy (the stages import it only when the model reads)
import seidou.runner.rows_arrow  # noqa: F401 - a worker converts rows to Arrow by its code
import seidou.runner.worker_main  # noqa: F401

gc.freeze()
