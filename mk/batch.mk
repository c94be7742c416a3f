# Batch processing at scale (issue 7): benchmark. Included by the Makefile (mk/*.mk).
BENCH_DOCS ?= 20000

.PHONY: bench
bench: $(STAMP)  ## throughput/scaling/RSS/re-run benchmark on a synthetic corpus (BENCH_DOCS=N) -> output/bench.json
	BENCH_DOCS=$(BENCH_DOCS) $(PY) -m pipeline.batch.bench --docs $(BENCH_DOCS) --out $(OUT)/bench.json
