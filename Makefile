# Two commands for a fresh machine with Python 3.11+ (see README):
#   make run    set up a virtual environment and open the app on a demo register
#   make test   set up the same environment and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DIR ?= $(CURDIR)/demo-data

.PHONY: run test lint translations screenshots bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m tietosuoja_desktop.translation
	touch $@

run: $(BIN)/.installed
	$(BIN)/tietosuoja-desktop --data-dir "$(DEMO_DIR)" --demo

test: $(BIN)/.installed
	$(BIN)/python -m tietosuoja_desktop.translation
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

translations: $(BIN)/.installed
	$(BIN)/python scripts/update_translations.py
	$(BIN)/python -m tietosuoja_desktop.translation

screenshots: $(BIN)/.installed
	$(BIN)/python scripts/screenshots.py

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_core.py

clean:
	rm -rf $(VENV) build dist *.egg-info
