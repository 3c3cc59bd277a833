# Rallied: `make demo` runs the whole product locally; `make test` runs the suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve smoke test lint venv bench clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

# The whole product on this machine (scripts/demo.py): ports from RALLIED_DEMO_WEB_PORT (8000) and
# RALLIED_DEMO_SANDBOX_PORT (8900), the processes' output in var/log/, Ctrl-C stops everything it started.
demo: $(STAMP)
	DEBUG=$${DEBUG:-1} $(BIN)/python scripts/demo.py

# The production processes, configured by the environment (DEBUG off: SECRET_KEY, RALLIED_SECRET_KEYS and
# RALLIED_AUDIT_SIGNING_KEYS required).
# gunicorn writes an access log (RALLIED_ACCESS_LOG, default standard output) through rallied/gunicorn_conf.py, whose
# logger masks link secrets in URL paths as rallied.logs does for Django's and the cluster's lines.
# Migrates and collects static files first, then runs gunicorn and one qcluster; stopping either stops both.
# /metrics sums every process's counts (vendor calls happen in the cluster) from PROMETHEUS_MULTIPROC_DIR (default
# var/prometheus), emptied of the last run's files at each start.
serve: $(STAMP)
	export PROMETHEUS_MULTIPROC_DIR="$${PROMETHEUS_MULTIPROC_DIR:-$(CURDIR)/var/prometheus}"; \
	mkdir -p "$$PROMETHEUS_MULTIPROC_DIR" && rm -f "$$PROMETHEUS_MULTIPROC_DIR"/*.db && \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py collectstatic --noinput && \
	{ $(BIN)/python manage.py qcluster & QPID=$$!; \
	trap 'kill $$QPID 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn rallied.wsgi -c python:rallied.gunicorn_conf --bind $${RALLIED_BIND:-127.0.0.1:8000} --workers $${RALLIED_WEB_WORKERS:-3} \
		--forwarded-allow-ips $${FORWARDED_ALLOW_IPS:-127.0.0.1}; }

# The production smoke test: DEBUG off, `make serve` and the sandbox on free ports, one ticket end to end
# (scripts/smoke.py). Database and broker from DATABASE_URL / RALLIED_BROKER; it expects an empty database.
smoke: $(STAMP)
	MAKE="$(MAKE)" $(BIN)/python scripts/smoke.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	mkdir -p test-artifacts
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: $(STAMP)
	DEBUG=$${DEBUG:-1} $(BIN)/python bench/e2e.py

clean:
	rm -rf $(VENV) db.sqlite3 test-artifacts staticfiles
