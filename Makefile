# The two commands: `make run` (the whole platform) and `make test` (every test). Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEPS   := $(VENV)/.deps-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test migrate bench-gateway bench-applications bench-statistics bench-assessments bench-exchange bench-catalog-search clean spa browser api-types test-frontend

$(DEPS): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,embedded]'
	@rm -f $(VENV)/.deps-* && touch $@

run: $(DEPS) spa
	@$(BIN)/python -m devtools.run

# Statutory dates are Beijing dates whatever the machine's clock says: the date-sensitive tests (marked `dates`) run
# again with the services' clock pinned on either side of Beijing midnight (07:30 and 23:30 in Beijing).
PINNED_CLOCKS := 2026-12-07T23:30:00Z 2026-12-07T15:30:00Z

test: $(DEPS) spa browser
	@$(BIN)/python -m pytest
	@for at in $(PINNED_CLOCKS); do \
	  echo "· 以固定时钟 $$at 重跑与日期相关的测试"; \
	  $(BIN)/python -m pytest -q -m dates --clock-at=$$at -p no:cacheprovider || exit 1; \
	done
	@$(MAKE) --no-print-directory test-frontend

# --- the SPA (frontend/): npm ci when the lock file changes, vite build when a source changes -------------------
FRONTEND      := frontend
NODE_DEPS     := $(FRONTEND)/node_modules/.deps-$(shell cat $(FRONTEND)/package-lock.json | sha1sum | cut -c1-12)
SPA_SOURCES   := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f 2>/dev/null) $(wildcard $(FRONTEND)/*.json $(FRONTEND)/*.ts $(FRONTEND)/index.html)

$(NODE_DEPS): $(FRONTEND)/package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js 20.19+) is needed to build the web front end" >&2; exit 1; }
	@cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error
	@rm -f $(FRONTEND)/node_modules/.deps-* && touch $@

$(FRONTEND)/dist/index.html: $(NODE_DEPS) $(SPA_SOURCES)
	@echo "· 构建前端（vite build）…"
	@cd $(FRONTEND) && npm run --silent build -- --logLevel warn
	@touch $@

spa: $(FRONTEND)/dist/index.html

# End-to-end tests drive Debian's Chromium (never a downloaded browser) and need a CJK font for the screenshots.
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then \
	  echo "· 安装 Chromium 与中文字体（apt-get）…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

test-frontend: $(NODE_DEPS) spa browser
	@cd $(FRONTEND) && npm run --silent test:unit
	@cd $(FRONTEND) && npm run --silent test:e2e

# Regenerate the TypeScript API types from the services' OpenAPI documents (commit the result).
api-types: $(DEPS) $(NODE_DEPS)
	@cd $(FRONTEND) && PYTHON=$(abspath $(BIN)/python) npm run --silent gen:api

# Apply migrations to an existing database server (DATABASE_URL, or <SERVICE>_DATABASE_URL per service).
migrate: $(DEPS)
	@$(BIN)/python -m devtools.migrate

bench-gateway: $(DEPS)
	@$(BIN)/python -m bench.gateway

bench-applications: $(DEPS)
	@$(BIN)/python -m bench.applications

bench-statistics: $(DEPS)
	@$(BIN)/python -m bench.statistics

bench-assessments: $(DEPS)
	@$(BIN)/python -m bench.assessments

bench-exchange: $(DEPS)
	@$(BIN)/python -m bench.exchange_import

bench-catalog-search: $(DEPS)
	@$(BIN)/python -m bench.catalog_search

clean:
	rm -rf $(VENV) .data .pytest_cache $(FRONTEND)/node_modules $(FRONTEND)/dist $(FRONTEND)/test-results
