"""The batch engine: many inputs -> claims.jsonl, documents.jsonl, checks.jsonl, incrementally and in parallel.

``process`` runs one document through the stages (never raising for bad input); ``engine`` schedules documents,
caches results (``manifest``) and assembles the outputs; ``run_batch`` is the entry point. ``bench`` and
``faults`` measure speed, memory and robustness (``make bench``, ``make faults``).
"""
from pipeline.batch.engine import run_batch
from pipeline.batch.process import Options, get_backend, process_document, process_loaded

__all__ = ["Options", "get_backend", "process_document", "process_loaded", "run_batch"]
