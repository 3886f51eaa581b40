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
	$(VENV)/bin/ruff check desktop tests benchmarks evaluation training
	$(VENV)/bin/ruff format --check desktop tests benchmarks evaluation training

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Rebuild every language model from ../shared and print its evaluation.
models: $(STAMP)
	$(PY) -m briefing.nlp.train
	$(PY) -m training.reporting_verbs
	$(PY) -m training.quote_speakers

eval: eval-nlp eval-summary eval-facts eval-quotes eval-dates

eval-nlp: $(STAMP)
	$(PY) -m evaluation.nlp

eval-summary: $(STAMP)
	$(PY) -m evaluation.summary

# Actors and places: CoNLL-2003 eng.testa, then the hand-annotated BBC politics sets
# (three development sets and two held-out ones).
eval-facts: $(STAMP)
	$(PY) -m evaluation.actors_places
	$(PY) -m evaluation.bbc_facts

# Only the BBC politics scorer; `python -m evaluation.bbc_facts --errors` lists the errors.
eval-bbc: $(STAMP)
	$(PY) -m evaluation.bbc_facts

# Quotes: PolNeAR dev, then the multi-source sets per source (dev and held-out apart);
# `python -m evaluation.multi_quotes --errors` lists the errors of development articles.
eval-quotes: $(STAMP)
	$(PY) -m evaluation.quotes
	$(PY) -m evaluation.multi_quotes

eval-dates: $(STAMP)
	$(PY) -m evaluation.dates

bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
