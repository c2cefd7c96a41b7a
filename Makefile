# NetJournal: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what they need on first use.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Compiled translations and icons go into a generated Qt resource module (not committed).
TS := $(wildcard resources/translations/*.ts)
QM := $(patsubst resources/translations/%.ts,build/translations/%.qm,$(TS))
RC_PY := src/netjournal/ui/resources_rc.py

.PHONY: run test lint bench demo run-demo resources translations bundle wheel install-desktop \
	uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build/translations/%.qm: resources/translations/%.ts $(STAMP)
	mkdir -p build/translations
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(RC_PY): resources/netjournal.qrc $(QM) $(wildcard resources/icons/*) $(STAMP)
	$(VENV)/bin/pyside6-rcc resources/netjournal.qrc -o $@

resources: $(RC_PY)

# Refresh the translation sources from the code (then translate with pyside6-linguist);
# the generated resource module is left out (it holds no text, and lupdate chokes on it).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py -locations relative \
	    $(filter-out $(RC_PY),$(shell find src/netjournal -name '*.py' | sort)) \
	    -ts resources/translations/netjournal_id.ts

run: $(STAMP) $(RC_PY)
	$(PY) -m netjournal $(ARGS)

test: $(STAMP) $(RC_PY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check src tests $(wildcard benchmarks)
	$(PY) -m mypy src/netjournal/domain src/netjournal/storage src/netjournal/interop \
	    src/netjournal/demo \
	    src/netjournal/paths.py src/netjournal/settings.py src/netjournal/wording.py \
	    src/netjournal/passphrase.py \
	    src/netjournal/dates.py src/netjournal/language.py src/netjournal/qtlibs.py

bench: $(STAMP)
	for script in benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

# A demo journal of 2,000 generated people in its own folder, never your journal:
# `make demo` fills build/demo-journal (once: remove the folder to start again, or give
# DEMO_DIR=another/folder), `make run-demo` opens the app on it (making it first).
DEMO_DIR ?= build/demo-journal

demo: $(STAMP)
	$(PY) -m netjournal demo --contacts 2000 --data-dir $(DEMO_DIR) $(ARGS)

run-demo: $(STAMP) $(RC_PY)
	test -e $(DEMO_DIR)/netjournal.sqlite3 || $(MAKE) demo ARGS=
	$(PY) -m netjournal --data-dir $(DEMO_DIR) $(ARGS)

# The wheel users install (pip, pipx): setup.py compiles the translations and icon into it.
wheel: $(STAMP)
	rm -rf dist/netjournal-*.whl build/lib build/bdist.*  # no module left from an older build
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

# The one-folder bundle in dist/netjournal/ (run dist/netjournal/netjournal); see
# packaging/netjournal.spec. packaging/smoke_bundle.sh tries every command on it.
PYINSTALLER := $(VENV)/bin/pyinstaller
$(PYINSTALLER): $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10'

bundle: $(STAMP) $(RC_PY) $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --clean --log-level ERROR --distpath dist \
	    --workpath build/pyinstaller packaging/netjournal.spec

# The menu entry, icon and AppStream metadata in the user's XDG folders. The entry runs
# `netjournal-gui` from PATH (pipx puts it there); desktops see new files in these folders
# without a cache to refresh; EXEC=/path/to/netjournal uses another,
# e.g. `make install-desktop EXEC=$$PWD/dist/netjournal/netjournal` for the bundle.
XDG_DATA_HOME ?= $(HOME)/.local/share
APP_ID := io.github.netjournal.NetJournal
DESKTOP_FILES := $(XDG_DATA_HOME)/applications/$(APP_ID).desktop \
    $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg \
    $(XDG_DATA_HOME)/metainfo/$(APP_ID).metainfo.xml

install-desktop:
	install -D -m 644 packaging/$(APP_ID).desktop $(XDG_DATA_HOME)/applications/$(APP_ID).desktop
	$(if $(EXEC),sed -i 's|^Exec=[^ ]*|Exec="$(EXEC)"|' $(XDG_DATA_HOME)/applications/$(APP_ID).desktop)
	install -D -m 644 resources/icons/netjournal.svg \
	    $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	install -D -m 644 packaging/$(APP_ID).metainfo.xml \
	    $(XDG_DATA_HOME)/metainfo/$(APP_ID).metainfo.xml

uninstall-desktop:
	rm -f $(DESKTOP_FILES)

clean:
	rm -rf $(VENV) build dist $(RC_PY) src/*.egg-info .pytest_cache .hypothesis .ruff_cache
