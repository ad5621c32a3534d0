# Two commands on a fresh machine:  make run   (start the app)   make test   (the whole suite, headless)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# Interface translations: the .ts files are in git, the compiled .qm files are built here, into the
# app's run-time resources (desktop/resources/translations).
TS     := $(wildcard resources/translations/*.ts)
QM     := $(patsubst resources/translations/%.ts,desktop/resources/translations/%.qm,$(TS))
# The exact versions CI tested: every install here and the bundle use them.
CONSTRAINTS := requirements/constraints.txt
# make install: where the bundle and the desktop files go (freedesktop layout).
PREFIX  ?= /usr/local
DESTDIR ?=
APP_ID  := org.prepoznaj.Prepoznaj
ICON_SIZES := 16 24 32 48 64 128 256 512

.PHONY: run test check lint typecheck bench screenshot clean translations wheel bundle install uninstall \
	install-desktop-files constraints validate-desktop-files

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
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/keystroke_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_bench.py

$(VENV)/bin/python:
	@scripts/sysdeps.sh offscreen
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Prepoznaj needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# editable_mode=compat: a plain path entry instead of an import hook, which costs ~20 ms per start.
$(VENV)/.installed: pyproject.toml $(CONSTRAINTS) | $(VENV)/bin/python
	$(PIP) install -q -c $(CONSTRAINTS) -e . --config-settings editable_mode=compat
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) | $(VENV)/bin/python
	$(PIP) install -q -c $(CONSTRAINTS) -e '.[test]' --config-settings editable_mode=compat
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bundle: pyproject.toml $(CONSTRAINTS) | $(VENV)/.installed
	$(PIP) install -q -c $(CONSTRAINTS) -e '.[bundle]' --config-settings editable_mode=compat
	@touch $@

# The wheel (dist/prepoznaj-*.whl): the catalogues are compiled first; setup.py checks them.
wheel: $(VENV)/.installed $(QM)
	rm -f dist/prepoznaj-*.whl
	$(PIP) wheel -q --no-deps -w dist .
	@ls -l dist/prepoznaj-*.whl

# The desktop bundle: one folder, dist/prepoznaj/, with Python, Qt and the app (no Python needed).
bundle: $(VENV)/.installed-bundle $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/prepoznaj.spec
	@du -sh dist/prepoznaj

# Install the bundle and the desktop integration (menu entry, icons, AppStream) for freedesktop
# desktops: make bundle && sudo make install   (PREFIX=/usr/local, DESTDIR for packagers)
install: install-desktop-files
	test -x dist/prepoznaj/prepoznaj || { echo "run make bundle first"; exit 1; }
	rm -rf $(DESTDIR)$(PREFIX)/lib/prepoznaj
	mkdir -p $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/bin
	cp -a dist/prepoznaj $(DESTDIR)$(PREFIX)/lib/prepoznaj
	ln -sf ../lib/prepoznaj/prepoznaj $(DESTDIR)$(PREFIX)/bin/prepoznaj

install-desktop-files:
	install -Dm644 resources/linux/$(APP_ID).desktop $(DESTDIR)$(PREFIX)/share/applications/$(APP_ID).desktop
	install -Dm644 resources/linux/$(APP_ID).metainfo.xml $(DESTDIR)$(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 desktop/resources/icons/prepoznaj.svg $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	for size in $(ICON_SIZES); do \
		install -Dm644 desktop/resources/icons/prepoznaj-$$size.png \
			$(DESTDIR)$(PREFIX)/share/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png; \
	done

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/lib/prepoznaj
	rm -f $(DESTDIR)$(PREFIX)/bin/prepoznaj $(DESTDIR)$(PREFIX)/share/applications/$(APP_ID).desktop \
		$(DESTDIR)$(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml \
		$(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	for size in $(ICON_SIZES); do rm -f $(DESTDIR)$(PREFIX)/share/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png; done

validate-desktop-files:
	appstreamcli validate --no-net --pedantic resources/linux/$(APP_ID).metainfo.xml
	desktop-file-validate resources/linux/$(APP_ID).desktop

# After a dependency change: record the versions the tests passed with.
constraints: $(VENV)/.installed-test $(VENV)/.installed-bundle
	{ sed -n '1,/^# Refresh/p' $(CONSTRAINTS); $(PIP) freeze --exclude-editable | grep -v '^#'; } > $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)

# Refresh the Serbian catalogue from the tr() calls in desktop/, make the Cyrillic one, compile.
translations: $(VENV)/.installed
	$(PY) scripts/translations.py update

resources/translations/%_sr_Cyrl.ts: resources/translations/%_sr_Latn.ts | $(VENV)/.installed
	$(PY) scripts/translations.py cyrillic

desktop/resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(PY) scripts/translations.py compile $<

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.* desktop/resources/translations/*.qm
