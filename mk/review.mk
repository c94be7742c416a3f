# Review site, exports and the browser-test dependencies (issue 6). Included by the main Makefile.

.PHONY: review review-serve export
EXPORT_FORMATS ?= csv parquet label-studio
REVIEW_PORT    ?= 8765
CHROMIUM       ?= /usr/bin/chromium
CHROMEDRIVER   ?= /usr/bin/chromedriver
SUDO           := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

review: $(OUT)/claims.jsonl  ## build the static review site OUT/review/index.html and OUT/summary.json (opens nothing)
	$(PY) -m pipeline review $(OUT)

review-serve: $(OUT)/claims.jsonl  ## serve the review site on 127.0.0.1:REVIEW_PORT, saving decisions to OUT/review/decisions.jsonl
	$(PY) -m pipeline review $(OUT) --serve --port $(REVIEW_PORT)

export: $(OUT)/claims.jsonl  ## claims as CSV (+ claims_excel.csv for Excel), Parquet and Label Studio tasks in OUT/export/
	$(foreach f,$(EXPORT_FORMATS),$(PY) -m pipeline export $(OUT) --format $(f) &&) true
	$(if $(filter csv,$(EXPORT_FORMATS)),$(PY) -m pipeline export $(OUT) --format csv --excel)

# Browser tests (tests/test_review.py, marker "browser") drive Debian's chromium through
# chromedriver with selenium; nothing is downloaded besides the Debian and PyPI packages.
test-deps:: | $(STAMP)
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  echo "test-deps: installing chromium + chromium-driver for the browser tests"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver; \
	fi
	@$(PY) -c "import selenium" 2>/dev/null || $(PY) -m pip install -q "selenium>=4.10"

# test-deps installed the browser, so under make the browser tests must run, not skip.
export SVNC_REQUIRE_BROWSER ?= 1
