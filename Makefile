# `make` installs into .venv and builds the magazine; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Shared libraries WeasyPrint loads, and the Debian package of each.
SYSTEM_LIBS := libpango-1.0.so.0:libpango-1.0-0 libpangoft2-1.0.so.0:libpangoft2-1.0-0 libharfbuzz-subset.so.0:libharfbuzz-subset0

.PHONY: all build check html pdf test system-check clean golden
all: build

system-check:
	@missing=""; for pair in $(SYSTEM_LIBS); do lib=$${pair%%:*}; pkg=$${pair##*:}; \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then echo "Missing system libraries for WeasyPrint. Install them with:"; \
	  echo "  sudo apt-get install$$missing"; exit 2; fi

$(VENV)/installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

build: system-check $(VENV)/installed
	$(PY) build.py

check html pdf: $(VENV)/installed
	$(PY) build.py $@

# Test-only tools from npm: axe-core (run inside Chromium) and the Nu Html Checker.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

test: system-check $(VENV)/installed node_modules/.package-lock.json
	$(PY) -m pytest

clean:
	rm -rf output $(VENV)

# Refresh the golden HTML after an intended template change; review `git diff tests/golden`.
golden: $(VENV)/installed
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py
