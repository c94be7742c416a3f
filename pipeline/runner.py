"""Running the stages: one document at a time through ingest -> segment -> extract -> records.

``process_document`` is the whole pipeline for one input and never raises for
bad input, so a batch always completes and every input gets a status line.
"""
from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

from .ingest import Document, display_path, doc_id_for, ingest_path
from .records import document_line
from .stages import run_steps

log = logging.getLogger("pipeline")


@dataclass
class Options:
    published: str | None = None     # default publication date for documents that state none
    nlp: str = "blank"


_BACKENDS: dict = {}


def get_backend(spec: str):
    """The NLP backend for segmentation/syntax (``pipeline.nlp``); None for the rule-only default."""
    if spec in (None, "", "blank", "rules"):
        return None
    if spec not in _BACKENDS:
        from .nlp import load_backend
        _BACKENDS[spec] = load_backend(spec)
    return _BACKENDS[spec]


def process_loaded(doc: Document, options: Options) -> tuple[dict, list[dict]]:
    """Segment, extract and build records for an ingested document."""
    records: list[dict] = []
    line = process_stream(doc, options, records)
    return line, records


def process_stream(doc: Document, options: Options, sink) -> dict:
    """Segment, extract and hand each record to ``sink.append`` as it is built (a list, or a spool that
    writes it out: a large document is never held as records); return the documents.jsonl line. On an
    internal error ``sink.clear()`` drops what was emitted: the document gets status error and no records."""
    if doc.status != "ok":
        return document_line(doc, 0, 0)
    try:
        state = run_steps({"doc": doc, "backend": get_backend(options.nlp)})
        n = 0
        for record in state["records"]:          # a generator: each record is handed on as it is built
            sink.append(record)
            n += 1
        return document_line(doc, len(state["segments"]), n)
    except Exception as exc:  # a bug on one document must not stop the batch
        log.debug("failure on %s\n%s", doc.path, traceback.format_exc())
        sink.clear()
        doc.status, doc.error = "error", f"[E199] internal error: {type(exc).__name__}: {exc}"
        return document_line(doc, 0, 0)


def process_document(path: Path, root: Path | None, options: Options) -> tuple[dict, list[dict], Document]:
    """The whole pipeline for one file (FIFOs, sockets and devices are refused, never opened)."""
    from .batch import not_regular
    problem = not_regular(path)
    if problem is not None:
        doc = Document(doc_id=doc_id_for(path, root), path=display_path(path), status="error", error=problem)
    else:
        doc = ingest_path(path, root, published=options.published, display_path=display_path(path))
    line, records = process_loaded(doc, options)
    return line, records, doc


def run_batch(inputs: list[str], out: Path, options: Options, progress: bool | None = None, *,
              workers: int | None = None, engine: str = "local", scheduler: str | None = None,
              full: bool = False, archive: str | Path | None = None) -> dict:
    """Run every input, write ``claims.jsonl``, ``documents.jsonl``, ``manifest.json`` and extracted HTML text under ``out``.

    Incremental (results cached per document under ``out/cache/``), parallel
    (``workers`` processes, default: all cores; or ``engine="dask"`` with a
    ``scheduler`` address) and restartable; see ``pipeline.batch`` and
    docs/batch.md. The output does not depend on workers, engine or cache.
    Returns the summary dict (documents, ok, skipped, error, claims,
    processed, cached, elapsed_s, docs_per_s, ...). ``archive``: a DuckDB
    archive file to add the output to (``pipeline.archive``; None: none).
    """
    from .batch import run
    return run(inputs, Path(out), options, progress=progress, workers=workers, engine=engine,
               scheduler=scheduler, full=full, archive=archive)
