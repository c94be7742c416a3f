# Rebuild the shipped Swedish models from UD Swedish-Talbanken (issue 5).
# Included by the main Makefile (`include training/models.mk`); also usable alone:
#     make -f training/models.mk models [UD_DIR=../shared/ud] [PY=.venv/bin/python]
# Needs the stanza extra in the venv (pip install torch==2.13.0 && pip install stanza).
# Takes ~1.5 h on 2 CPU cores; intermediate files go to training/work/ (git-ignored).

UD_DIR ?= ../shared/ud
PY ?= .venv/bin/python
# time box (seconds) of the main spaCy training run; spaCy keeps the best model seen
SPACY_MAX_SECONDS ?= 3600
SPACY_MAX_STEPS ?= 20000
STANZA_TOK_STEPS ?= 2000
STANZA_LEMMA_EPOCHS ?= 10

.PHONY: models models-spacy models-stanza models-eval

models: models-spacy models-stanza models-eval

models-spacy:
	rm -rf training/work/spacy models/sv_spacy
	$(PY) training/train_spacy.py --ud-dir $(UD_DIR) --max-seconds $(SPACY_MAX_SECONDS) --max-steps $(SPACY_MAX_STEPS)

models-stanza:
	rm -rf training/work/stanza models/sv_stanza
	$(PY) training/train_stanza.py --ud-dir $(UD_DIR) --tok-steps $(STANZA_TOK_STEPS) --lemma-epochs $(STANZA_LEMMA_EPOCHS)

models-eval:
	$(PY) training/evaluate.py --ud-dir $(UD_DIR) --backends spacy,stanza --write-meta
