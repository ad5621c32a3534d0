# Two commands on a fresh machine:  make run   (start the app)   make test   (the whole suite, headless)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# Interface translations: the .ts files are in git, the compiled .qm files are built here.
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test check lint typecheck bench screenshot clean translations

run: $(VENV)/.installed $(QM)
	@scripts/sysdeps.sh window
	$(PY) -m desktop

test: $(VENV)/.installed-test $(QM)
	@scripts/sysdeps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

check: $(VENV)/.installed
	$(PY) -m content check

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check content search_index desktop tests benchmarks

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/search_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_bench.py

$(VENV)/bin/python:
	@scripts/sysdeps.sh offscreen
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Prepoznaj needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# editable_mode=compat: a plain path entry instead of an import hook, which costs ~20 ms per start.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e . --config-settings editable_mode=compat
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e '.[test]' --config-settings editable_mode=compat
	@touch $@ $(VENV)/.installed

# Refresh the Serbian catalogue from the tr() calls in desktop/, make the Cyrillic one, compile.
translations: $(VENV)/.installed
	$(PY) scripts/translations.py update

resources/translations/%_sr_Cyrl.ts: resources/translations/%_sr_Latn.ts | $(VENV)/.installed
	$(PY) scripts/translations.py cyrillic

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(PY) scripts/translations.py compile $<

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.* resources/translations/*.qm
