# Hai lệnh cho người dùng: `make demo` và `make test`. Chỉ cần python3 và make.
# Every install goes through requirements.lock, so a fresh clone gets exactly the tested versions;
# `make lock` refreshes it from pyproject.toml.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: demo test bench check clean templates lock format serve bench-web system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(PIP) -r requirements.lock
	$(PIP) --no-deps -e .
	touch $@

demo: $(VENV)/.installed
	$(BIN)/reportgen build inputs --output outputs

# The real yaml-language-server for tests/test_editor_schema.py, exactly as locked (needs node and npm):
# the pinned release (tools/editor-check) and the current one (tools/editor-check-current).
EDITOR_CHECK := tools/editor-check/node_modules/.package-lock.json tools/editor-check-current/node_modules/.package-lock.json
tools/%/node_modules/.package-lock.json: tools/%/package.json tools/%/package-lock.json | system-deps
	npm ci --prefix tools/$* --no-audit --no-fund --loglevel=error
	touch $@

# LibreOffice, poppler, fonts, Chromium, node/npm, PostgreSQL: installed when missing (see the script).
system-deps:
	@bash tools/install-system-deps.sh

test: system-deps $(VENV)/.installed $(EDITOR_CHECK)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/pytest

format: $(VENV)/.installed
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

serve: $(VENV)/.installed
	$(BIN)/reportgen serve --workspace inputs

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

bench-web: $(VENV)/.installed
	$(BIN)/python benchmarks/web.py
	$(BIN)/python benchmarks/web_load.py --users 10 30 --seconds 60

check: demo
	$(BIN)/reportgen check outputs

templates: $(VENV)/.installed
	$(BIN)/python tools/make_templates.py

# Resolve pyproject.toml's ranges afresh in a throw-away venv and pin the result.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install -q --disable-pip-version-check '.[test]'
	{ echo '# Exact versions of every runtime and test dependency (make lock refreshes it from pyproject.toml).'; \
	  build/lock-venv/bin/python -m pip freeze --exclude reportgen; } > requirements.lock.new
	mv requirements.lock.new requirements.lock
	rm -rf build/lock-venv

clean:
	rm -rf $(VENV) build src/*.egg-info
