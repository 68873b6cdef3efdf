# The two commands a new user needs: `make lab` and `make test`. Both set up .venv on first use.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
START := notebooks/00_start_here.ipynb

.PHONY: lab voila test bench bench-load bench-school lint calibrate clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the dependency list changes.
$(VENV)/.installed-lab: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed-lab

# Jupyter refuses to run as root unless told; containers and some school laptops run everything as root.
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

# JupyterLab opens the start notebook itself (not the Launcher), showing only the notebooks folder; with no display,
# the address it prints opens that notebook too.
LAB_OPEN := --ServerApp.root_dir=notebooks --LabApp.default_url=/lab/tree/$(notdir $(START))

lab: $(VENV)/.installed-lab
	@if [ -n "$$DISPLAY" ] || [ "$$(uname)" = "Darwin" ]; then \
		$(VENV)/bin/jupyter lab $(LAB_OPEN) $(ROOT_FLAG); \
	else \
		echo "No display found: open the URL printed below in a browser on this machine."; \
		$(VENV)/bin/jupyter lab $(LAB_OPEN) --no-browser --ServerApp.ip=127.0.0.1 $(ROOT_FLAG); \
	fi

# The TA's app with no code showing, served on this machine only. Voilà reads ./voila.json (run from here): it shuts
# down a kernel whose page has gone (reloaded or closed: Voilà's own shutdown request on leaving a page is refused)
# once it has been idle 15 minutes, checking every minute. A kernel with its page still open is never shut down.
voila: $(VENV)/.installed-lab
	$(VENV)/bin/voila notebooks/small_group_session.ipynb --Voila.ip=127.0.0.1 --no-browser

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The hub test (tests/test_hub.py) runs JupyterHub's proxy, configurable-http-proxy, from the npm registry, installed
# here rather than system-wide. Without npm the hub test skips with the reason (in CI it fails: .ci/run installs npm).
HUB_PROXY := build/hub-proxy/node_modules/.bin/configurable-http-proxy
$(HUB_PROXY):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix build/hub-proxy configurable-http-proxy@4.6.3; \
	else \
		echo "npm not found: the hub test will be skipped (Debian: apt-get install nodejs npm)"; \
	fi

test: $(VENV)/.installed-dev lint $(HUB_PROXY)
	$(PY) -m pytest tests --nbval-lax notebooks -p no:cacheprovider

bench: $(VENV)/.installed-dev
	$(PY) benchmarks/run.py

# 30 TAs recording 500 answers each at once on a throwaway PostgreSQL (fsync on), then 6 on one SQLite file; every row
# counted afterwards. Fails (exit 1) on any error a TA saw or any answer lost. Needs PostgreSQL installed for its half.
bench-load: $(VENV)/.installed-dev
	$(PY) benchmarks/load.py

# The reports at school scale (benchmarks/reports.py): a synthetic school of ≈ 400,000 answers and ten of them
# (≈ 4 million), on SQLite and on a throwaway PostgreSQL when it is installed. Slow (tens of minutes), so not in
# `make bench`; SQLite schools are kept in $$TMPDIR/ks2practice-bench between runs.
bench-school: $(VENV)/.installed-dev
	$(PY) benchmarks/reports.py

# After changing a generator's levels: measure each level's floor afresh (content/level_fit.py), then re-record the
# stable output it changes (tests/test_stable_output.py --record).
calibrate: $(VENV)/.installed-dev
	$(PY) -m ks2practice.content.level_fit

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache
