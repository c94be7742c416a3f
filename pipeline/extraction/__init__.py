"""Stage 3, the extraction wing: a document's sentences -> claims (quantity, time, change, subject, speaker).

``document.extract_document`` coordinates the document-level passes; ``analyse.analyse_sentence`` is the one
sentence analyser every caller uses (``analyse.analyse_text`` for a single line); ``resolve`` decides period
and direction by named rule lists; ``quantities``, ``times``/``time_rules`` and ``tables`` are the grammars;
``text`` holds the one definition of a word and the tokenizer. See docs/ARCHITECTURE.md.
"""
