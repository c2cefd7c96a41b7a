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

.PHONY: run test lint bench demo resources translations clean

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

# Refresh the translation sources from the code (then translate with pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py -locations relative \
	    src/netjournal -ts resources/translations/netjournal_id.ts

run: $(STAMP) $(RC_PY)
	$(PY) -m netjournal $(ARGS)

test: $(STAMP) $(RC_PY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check src tests $(wildcard benchmarks)
	$(PY) -m mypy src/netjournal/domain src/netjournal/storage src/netjournal/interop \
	    src/netjournal/paths.py src/netjournal/settings.py src/netjournal/wording.py \
    src/netjournal/dates.py src/netjournal/language.py

bench: $(STAMP)
	for script in benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

demo: $(STAMP)
	$(PY) -m netjournal demo --contacts 2000 $(ARGS)

clean:
	rm -rf $(VENV) build $(RC_PY) src/*.egg-info .pytest_cache .hypothesis .ruff_cache
