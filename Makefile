# The two commands a newcomer needs: `make run` and `make test`.
VENV      ?= .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
DEMO_DB   ?= demo-office.sqlite3
DEMO_SIZE ?= 5000

.PHONY: run test lint format install system-deps demo benchmark package translations clean

$(STAMP): pyproject.toml
	@bash packaging/linux-deps.sh python
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

system-deps:
	@bash packaging/linux-deps.sh qt

$(DEMO_DB): | $(STAMP)
	$(VENV)/bin/collectorpro demo --db $(DEMO_DB) --accounts $(DEMO_SIZE) --seed 1

demo: $(DEMO_DB)

run: install system-deps $(DEMO_DB)
	$(VENV)/bin/collectorpro --db $(DEMO_DB)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: install system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

benchmark: install system-deps
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

package: install system-deps
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/collectorpro.spec
	QT_QPA_PLATFORM=offscreen dist/CollectorPro/CollectorPro --self-test

# The Spanish interface: collect every translatable string into the .ts (keeping the
# translations already made), then compile the .qm the app loads. Translate new strings in the
# .ts (by hand or with pyside6-linguist) and run this again; tests fail on untranslated text.
TS := resources/translations/collectorpro_es.ts
translations: install
	$(VENV)/bin/pyside6-lupdate $$(find collectorpro -name '*.py' | sort) -locations none -no-obsolete -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
