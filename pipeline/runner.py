"""Running the stages: one document at a time through ingest -> segment -> extract -> records.

``process_document`` is the whole pipeline for one input and never raises for
bad input, so a batch always completes and every input gets a status line.
"""
from __future__ import annotations

import logging
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from . import io
from .extract import extract_document
from .ingest import Document, discover, ingest_path
from .records import build_records, document_line
from .segment import segment_text

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
    if doc.status != "ok":
        return document_line(doc, 0, 0), []
    try:
        segments = segment_text(doc.text, doc.furniture, get_backend(options.nlp))
        claims = extract_document(doc, segments, get_backend(options.nlp))
        records = build_records(doc, claims)
        return document_line(doc, len(segments), len(records)), records
    except Exception as exc:  # a bug on one document must not stop the batch
        log.debug("failure on %s\n%s", doc.path, traceback.format_exc())
        doc.status, doc.error = "error", f"[E199] internal error: {type(exc).__name__}: {exc}"
        return document_line(doc, 0, 0), []


def process_document(path: Path, root: Path | None, options: Options) -> tuple[dict, list[dict], Document]:
    """The whole pipeline for one file."""
    doc = ingest_path(path, root, published=options.published, display_path=_display(path))
    line, records = process_loaded(doc, options)
    return line, records, doc


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return path.as_posix()


def run_batch(inputs: list[str], out: Path, options: Options, progress: bool | None = None) -> dict:
    """Run every input, write ``claims.jsonl``, ``documents.jsonl`` and extracted HTML text under ``out``."""
    started = time.monotonic()
    items = discover(inputs)
    doc_lines, all_records = [], []
    counts = {"ok": 0, "skipped": 0, "error": 0}
    show = sys.stderr.isatty() if progress is None else progress
    for n, (path, root) in enumerate(items, 1):
        line, records, doc = process_document(path, root, options)
        doc_lines.append(line)
        all_records.extend(records)
        counts[line["status"]] = counts.get(line["status"], 0) + 1
        if doc.format == "html" and doc.status == "ok":
            io.write_text(out / "text" / f"{doc.doc_id}.txt", doc.text)
        if show or n % 500 == 0:
            print(f"[{n}/{len(items)}] {line['doc_id']}: {line['status']} ({line['n_claims']} claims)", file=sys.stderr)
    io.write_jsonl(out / "claims.jsonl", all_records)
    io.write_jsonl(out / "documents.jsonl", doc_lines)
    elapsed = time.monotonic() - started
    summary = dict(documents=len(items), claims=len(all_records), elapsed_s=round(elapsed, 3), **counts)
    print(f"done: {len(items)} documents (ok {counts['ok']}, skipped {counts['skipped']}, error {counts['error']}), "
          f"{len(all_records)} claims in {elapsed:.1f}s", file=sys.stderr)
    return summary
