# kg: two commands do all set-up on a fresh machine with Python 3.11+ and make.
#   make demo   creates .venv, installs kg with pinned dependencies, builds examples/, prints output paths
#   make test   same install, then the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
OUT ?= out

.PHONY: install demo test lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kg needs Python 3.11 or newer (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

demo: install
	$(KG) build examples/articles -o $(OUT)
	@echo
	@echo "Open $(OUT)/index.html in a browser (no network needed)."
	@echo "Query it:  $(KG) query $(OUT)/graph.trig --file examples/queries/timeline.rq"

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check kg tests benchmarks
	$(VENV)/bin/mypy kg

bench: install
	$(PY) benchmarks/news.py
	$(PY) benchmarks/timex.py
	$(PY) benchmarks/events.py

clean:
	rm -rf $(VENV) $(OUT) kg-store .pytest_cache
