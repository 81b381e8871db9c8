# The two commands: `make run` (the whole platform) and `make test` (every test). Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEPS   := $(VENV)/.deps-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test migrate bench-gateway bench-applications bench-statistics clean

$(DEPS): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,embedded]'
	@rm -f $(VENV)/.deps-* && touch $@

run: $(DEPS)
	@$(BIN)/python -m devtools.run

test: $(DEPS)
	@$(BIN)/python -m pytest

# Apply migrations to an existing database server (DATABASE_URL, or <SERVICE>_DATABASE_URL per service).
migrate: $(DEPS)
	@$(BIN)/python -m devtools.migrate

bench-gateway: $(DEPS)
	@$(BIN)/python -m bench.gateway

bench-applications: $(DEPS)
	@$(BIN)/python -m bench.applications

bench-statistics: $(DEPS)
	@$(BIN)/python -m bench.statistics

clean:
	rm -rf $(VENV) .data .pytest_cache
