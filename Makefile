# Two commands for a fresh machine with Python 3.11+ (see README):
#   make run    set up a virtual environment and open the app on a demo register
#   make test   set up the same environment and run the whole test suite
#   make test-fast   the quick loop: the layers below the windows, plain registers only
#   make bundle selftest-bundle   build the app with PyInstaller and check the built program
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DIR ?= $(CURDIR)/demo-data

BUNDLE = dist/tietosuoja-desktop/tietosuoja-desktop

.PHONY: run test test-fast lint translations screenshots icons bench torture bundle selftest-bundle clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m tietosuoja_desktop.translation
	touch $@

run: $(BIN)/.installed
	$(BIN)/tietosuoja-desktop --data-dir "$(DEMO_DIR)" --demo

# Bytecode is written (whatever the shell says): the tests start the CLI and the app in child
# processes, which otherwise compile every module again (make test-fast 106 -> 93 s).
TEST_ENV = QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=

test: $(BIN)/.installed
	$(BIN)/python -m tietosuoja_desktop.translation
	$(TEST_ENV) $(BIN)/python -m pytest -q -n auto --dist worksteal

# domain, storage, services, documents and the command line; no window tests, no encrypted
# twins, nothing marked slow (markers: pyproject.toml), a fifth of the property tests'
# examples (tests/helpers/properties.py). `make test` still runs everything.
test-fast: $(BIN)/.installed
	$(BIN)/python -m tietosuoja_desktop.translation
	$(TEST_ENV) TIETOSUOJA_QUICK_TESTS=1 $(BIN)/python -m pytest -q -n auto --dist worksteal \
		-m "not encrypted and not slow" \
		tests/unit tests/documents tests/cli tests/packaging

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

translations: $(BIN)/.installed
	$(BIN)/python scripts/update_translations.py
	$(BIN)/python -m tietosuoja_desktop.translation

screenshots: $(BIN)/.installed
	$(BIN)/python scripts/screenshots.py

icons: $(BIN)/.installed
	$(BIN)/python scripts/make_icons.py

# The folder bundle dist/tietosuoja-desktop/ (and dist/Tietosuoja Desktop.app on macOS) from
# the one spec; PyInstaller comes from the `packaging` extra.
$(BIN)/.packaging: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test,packaging]"
	touch $@

bundle: $(BIN)/.packaging
	$(BIN)/python -m tietosuoja_desktop.translation
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN packaging/tietosuoja.spec

selftest-bundle:
	QT_QPA_PLATFORM=offscreen $(BUNDLE) --selftest

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_core.py

# 30 SIGKILLs of `tietosuoja backup restore` (the suite runs 5: tests/cli/test_restore_kills.py).
torture: $(BIN)/.installed
	$(BIN)/python benchmarks/torture_restore.py --kills 30

clean:
	rm -rf $(VENV) build dist *.egg-info
