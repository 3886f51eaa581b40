# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := resources/samples/harbour-talks.txt

.PHONY: run test lint typecheck models eval eval-nlp eval-summary eval-facts eval-bbc eval-quotes eval-dates bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/briefing-desktop $(SAMPLE)

test: $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests benchmarks evaluation
	$(VENV)/bin/ruff format --check desktop tests benchmarks evaluation

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Rebuild every language model from ../shared and print its evaluation.
models: $(STAMP)
	$(PY) -m briefing.nlp.train

eval: eval-nlp eval-summary eval-facts eval-quotes eval-dates

eval-nlp: $(STAMP)
	$(PY) -m evaluation.nlp

eval-summary: $(STAMP)
	$(PY) -m evaluation.summary

# Actors and places: CoNLL-2003 eng.testa, then the hand-annotated BBC politics sets
# (three development sets and two held-out ones), then the multi-source sets per source
# (CNN, Daily Mail, PolNeAR, IEER; development and held-out apart).
eval-facts: $(STAMP)
	$(PY) -m evaluation.actors_places
	$(PY) -m evaluation.bbc_facts
	$(PY) -m evaluation.multi_facts

# Only the BBC politics scorer; `python -m evaluation.bbc_facts --errors` lists the errors.
eval-bbc: $(STAMP)
	$(PY) -m evaluation.bbc_facts

eval-quotes: $(STAMP)
	$(PY) -m evaluation.quotes

eval-dates: $(STAMP)
	$(PY) -m evaluation.dates

bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
