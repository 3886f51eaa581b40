# Two commands set everything up on a fresh machine: `make run` and `make test`.
# Any Python >= 3.11 will do: `make PYTHON=python3.12 test` picks another.
# The first of these that runs and is >= 3.11; `make PYTHON=...` overrides.
PYTHON ?= $(firstword $(foreach p,python3.13 python3.12 python3.11 python3,$(if $(shell $(p) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo ok),$(p))) python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := resources/samples/harbour-talks.txt
CODE   := desktop tests benchmarks evaluation training packaging docs
# Desktop integration (XDG): where `make install-desktop` puts the entry, icons, metainfo,
# and what the entry runs (the checkout's .venv when there is one, else the installed command).
XDG_DATA_HOME ?= $(HOME)/.local/share
DESKTOP_EXEC  ?= $(if $(wildcard $(VENV)/bin/briefing-desktop),$(abspath $(VENV)/bin/briefing-desktop),briefing-desktop)
ICON_SIZES    := 16 24 32 48 64 128 256 512

.PHONY: run test fuzz lint typecheck models eval eval-nlp eval-summary eval-facts eval-bbc eval-quotes eval-dates bench wheel package install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml setup.py
	@version=$$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null); \
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Article Briefing needs Python 3.11 or newer; PYTHON=$(PYTHON) is" \
	    "$${version:-not a working Python}. Install one and run: make PYTHON=python3.NN" >&2; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/briefing-desktop $(SAMPLE)

test: $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The property tests of analyze() and the loaders with 200 times the examples (minutes).
fuzz: $(STAMP)
	BRIEFING_FUZZ=200 $(PY) -m pytest -q tests/test_properties.py

lint: $(STAMP)
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy docs/screenshots.py

# Rebuild every language model from ../shared, export the compact form the app loads
# (training/export.py, also on its own: `python -m training.export`), print the evaluation.
models: $(STAMP)
	$(PY) -m training.train
	$(PY) -m training.summary_lede
	$(PY) -m training.reporting_verbs
	$(PY) -m training.org_name_ends
	$(PY) -m training.first_names
	$(PY) -m training.name_genders
	$(PY) -m training.role_nouns
	$(PY) -m training.common_words
	$(PY) -m training.nicknames
	$(PY) -m training.quote_speakers

eval: eval-nlp eval-summary eval-facts eval-quotes eval-dates

eval-nlp: $(STAMP)
	$(PY) -m evaluation.nlp

eval-summary: $(STAMP)
	$(PY) -m evaluation.summary

# Actors and places: CoNLL-2003 eng.testa, then the hand-annotated BBC politics sets
# (three development sets and two held-out ones), then the multi-source sets per source
# (CNN, Daily Mail, PolNeAR, IEER: first to third sets for development, fourth held out).
eval-facts: $(STAMP)
	$(PY) -m evaluation.actors_places
	$(PY) -m evaluation.bbc_facts
	$(PY) -m evaluation.multi_facts

# Only the BBC politics scorer; `python -m evaluation.bbc_facts --errors` lists the errors.
eval-bbc: $(STAMP)
	$(PY) -m evaluation.bbc_facts

# Quotes: PolNeAR dev, then the multi-source sets per source (dev and held-out apart);
# `python -m evaluation.multi_quotes --errors` lists the errors of development articles.
eval-quotes: $(STAMP)
	$(PY) -m evaluation.quotes
	$(PY) -m evaluation.multi_quotes --markdown

eval-dates: $(STAMP)
	$(PY) -m evaluation.dates

bench: $(STAMP)
	$(PY) -m benchmarks

# The wheel a user installs (models, fonts, icons, samples inside): dist/article_briefing-*.whl.
wheel: $(STAMP)
	rm -rf build/lib build/bdist.*
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

# The frozen one-folder app in dist/article-briefing/ (PyInstaller, packaging/article-briefing.spec);
# the same on macOS; on Windows the README gives the two commands this runs.
package: $(VENV)/.packaging
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
	  packaging/article-briefing.spec

$(VENV)/.packaging: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $@

install-desktop:
	install -d "$(XDG_DATA_HOME)/applications" "$(XDG_DATA_HOME)/metainfo"
	sed 's|^Exec=.*|Exec="$(DESKTOP_EXEC)" %f|' packaging/article-briefing.desktop \
	  > "$(XDG_DATA_HOME)/applications/article-briefing.desktop"
	install -m 644 packaging/io.github.articlebriefing.metainfo.xml "$(XDG_DATA_HOME)/metainfo/"
	for size in $(ICON_SIZES); do \
	  install -D -m 644 resources/icons/article-briefing-$$size.png \
	    "$(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/article-briefing.png" || exit 1; \
	done
	install -D -m 644 resources/icons/article-briefing.svg \
	  "$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/article-briefing.svg"
	@if command -v update-desktop-database >/dev/null; then \
	  update-desktop-database -q "$(XDG_DATA_HOME)/applications"; fi

uninstall-desktop:
	rm -f "$(XDG_DATA_HOME)/applications/article-briefing.desktop" \
	  "$(XDG_DATA_HOME)/metainfo/io.github.articlebriefing.metainfo.xml" \
	  "$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/article-briefing.svg"
	for size in $(ICON_SIZES); do \
	  rm -f "$(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/article-briefing.png"; \
	done
	@if command -v update-desktop-database >/dev/null; then \
	  update-desktop-database -q "$(XDG_DATA_HOME)/applications"; fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
