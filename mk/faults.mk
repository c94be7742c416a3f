# Fault probes on large inputs (issue 11). Included by the main Makefile (mk/*.mk).
# The small probes run in `make test` (tests/test_faults.py); these take minutes.
FAULT_PROBES ?=

.PHONY: faults
faults: $(STAMP)  ## large-input probes (10 MB, 50 MB documents, 100,000 figures in one line): time and peak RSS -> output/faults.json
	$(PY) -m pipeline.faults $(if $(FAULT_PROBES),--only $(FAULT_PROBES),) --out $(OUT)/faults.json
