# Swedish numeric-claim extraction. `make run` and `make test` are all a new user needs.
# Each stage target depends on its input files and on its own code and data, so
# `make` re-runs only what changed (explosion/projects style deps/outputs).

PYTHON_SYS ?= python3
VENV       ?= .venv
PY         := $(VENV)/bin/python
OUT        ?= output
CORPUS     ?= corpus
INTERIM    := $(OUT)/interim
LEXICON    := $(wildcard models/lexicon/sv/*.json)
CORE       := pipeline/__init__.py pipeline/lexicon.py pipeline/errors.py pipeline/io.py pipeline/cli.py pipeline/stages.py
EXTRACTION := pipeline/extract.py pipeline/analyse.py pipeline/resolve.py pipeline/tables.py pipeline/text.py \
              pipeline/quantities.py pipeline/numbers.py pipeline/times.py pipeline/time_rules.py pipeline/context.py
CORPUS_FILES := $(shell find $(CORPUS) -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) 2>/dev/null)
STAMP      := $(VENV)/.installed
EXTRAS     ?=

.PHONY: help run test install ingest segment extract records clean score test-deps golden
.DEFAULT_GOAL := help

help:            ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s '	'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON_SYS) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".$(if $(EXTRAS),[$(EXTRAS)],)"
	touch $@

install: $(STAMP)  ## create .venv and install the project (EXTRAS=test,stanza for more)

run: $(STAMP)    ## the whole pipeline on corpus/ -> output/claims.jsonl + output/documents.jsonl
	$(PY) -m pipeline run $(CORPUS) --out $(OUT)

# --- stages, each re-run only when its inputs, code or data change ----------------------
$(INTERIM)/ingested.jsonl: $(CORPUS_FILES) pipeline/ingest.py $(CORE) $(LEXICON) | $(STAMP)
	$(PY) -m pipeline ingest $(CORPUS) --out $(OUT)

$(INTERIM)/segments.jsonl: $(INTERIM)/ingested.jsonl pipeline/segment.py $(CORE) models/lexicon/sv/abbreviations.json | $(STAMP)
	$(PY) -m pipeline segment --out $(OUT)

$(INTERIM)/extracted.jsonl: $(INTERIM)/ingested.jsonl $(INTERIM)/segments.jsonl $(EXTRACTION) $(CORE) $(LEXICON) | $(STAMP)
	$(PY) -m pipeline extract --out $(OUT)

$(OUT)/claims.jsonl $(OUT)/documents.jsonl &: $(INTERIM)/ingested.jsonl $(INTERIM)/extracted.jsonl pipeline/records.py $(CORE) | $(STAMP)
	$(PY) -m pipeline records --out $(OUT)

ingest: $(INTERIM)/ingested.jsonl     ## stage 1: read and normalise inputs
segment: $(INTERIM)/segments.jsonl    ## stage 2: sentences, headings, bullets
extract: $(INTERIM)/extracted.jsonl   ## stage 3: quantities, units, time frames, change
records: $(OUT)/claims.jsonl          ## stage 4: contract records

score: $(OUT)/claims.jsonl            ## dev-set score (needs ../shared)
	$(PYTHON_SYS) ../shared/tools/score_claims.py --pred $(OUT)/claims.jsonl \
	  --gold ../shared/dev/gold_quantities.jsonl --neg ../shared/dev/gold_negatives.jsonl

# Other makefiles add their own preparation to test-deps:: (browser, models ...).
TEST_EXTRAS ?= test,dask,stanza
$(VENV)/.installed-test: pyproject.toml | $(STAMP)
	$(PY) -m pip install -q -e ".[$(TEST_EXTRAS)]"
	touch $@

test-deps:: $(VENV)/.installed-test

test: test-deps  ## install test dependencies and run the whole test suite
	$(PY) -m pytest -q $(PYTEST_ARGS)

clean:           ## remove generated output
	rm -rf $(OUT) .pytest_cache

-include mk/*.mk
-include training/models.mk

golden: $(STAMP)  ## regenerate the golden mini-corpus outputs (review the git diff before committing)
	$(PY) tests/test_golden.py
