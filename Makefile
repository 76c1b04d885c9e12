# simplify: set up, run and test. Needs Python 3.11+ and pip; nothing else is downloaded at run time.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run check test lint bench lexicon clean

## run: set up (once, only what running needs) and start the web page and API on
## http://127.0.0.1:8000
run: $(RUN_STAMP)
	$(BIN)/python -m api

## check: set up (once) and check the sample corpus on the command line
check: $(RUN_STAMP)
	$(BIN)/simplify check corpus/ --fail-on error || true

## lexicon: compute HanTa's analyses of common words once (a few minutes; ~80 MB in the user
## cache folder): texts with new words are then checked faster. Optional; a running service
## finds the file within a minute.
lexicon: $(RUN_STAMP)
	$(BIN)/simplify lexicon

## test: set up (once) and run all tests
test: $(DEV_STAMP)
	$(BIN)/python -m pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check simplify api tests benchmarks
	$(BIN)/lint-imports

bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_syllables.py
	$(BIN)/python benchmarks/bench_scores.py
	$(BIN)/python benchmarks/bench_wordlists.py --judgements benchmarks/judgements/wordlists.tsv
	$(BIN)/python benchmarks/bench_suggestions.py --judgements benchmarks/judgements/suggestions.tsv
	$(BIN)/python benchmarks/bench_api.py
	$(BIN)/python benchmarks/bench_batch.py

# Running needs the service and the file readers; tests and benchmarks add the dev tools.
$(RUN_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[api,files]'
	touch $(RUN_STAMP)

$(DEV_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[api,files,dev]'
	touch $(DEV_STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
