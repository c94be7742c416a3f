"""Running the stages: one document at a time through ingest -> segment -> extract -> records.

``process_document`` is the whole pipeline for one input and never raises for
bad input, so a batch always completes and every input gets a status line.
"""
from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

from pipeline.checks import run_checks
from pipeline.ingest import Document, display_path, doc_id_for, ingest_path, not_regular
from pipeline.nlp import get_backend  # noqa: F401  (the batch's backend choice; also imported from here)
from pipeline.records import document_line
from pipeline.stages import run_steps

log = logging.getLogger("pipeline")


@dataclass
class Options:
    published: str | None = None     # default publication date for documents that state none
    nlp: str = "blank"


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
    """The whole pipeline for one file (FIFOs, sockets and devices are refused, never opened), the
    arithmetic checks included: the records list the checks they take part in, as in the batch
    (``check_document`` gives the checks.jsonl rows)."""
    problem = not_regular(path)
    if problem is not None:
        doc = Document(doc_id=doc_id_for(path, root), path=display_path(path), status="error", error=problem)
    else:
        doc = ingest_path(path, root, published=options.published, display_path=display_path(path))
    line, records = process_checked(doc, options)
    return line, records, doc


def process_checked(doc: Document, options: Options) -> tuple[dict, list[dict]]:
    """``process_loaded`` and then the arithmetic checks, as a run has them: the records list the checks they
    take part in (the checks.jsonl rows themselves come from ``check_document``)."""
    line, records = process_loaded(doc, options)
    check_document(doc, records)
    return line, records


def check_document(doc: Document, records: list[dict]) -> list[dict]:
    """The checks.jsonl rows of a processed document; adds ``checks`` to the records involved
    (``pipeline.checks``: figures checked against each other; never changes what was extracted)."""
    return run_checks(doc.text, records) if records and doc.status == "ok" else []
