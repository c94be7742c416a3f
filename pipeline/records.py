"""Stage 4, records: claims -> the contract's JSON records and document lines.

The record is what downstream tools and reviewers depend on, so its shape
lives in one place (here and ``pipeline/schema/*.json``) and its ids are
stable: the same input text gives the same id on every run and machine, so
review decisions survive re-runs.
"""
from __future__ import annotations

import hashlib

from . import SCHEMA_VERSION, __version__
from .analyse import Claim
from .ingest import Document


def claim_id(doc_id: str, sha256: str | None, char_start: int, char_end: int) -> str:
    """Stable id from the document's identity and content and the quantity's offsets."""
    h = hashlib.sha256(f"{doc_id}\x1f{sha256}\x1f{char_start}\x1f{char_end}".encode()).hexdigest()
    return "c_" + h[:20]


def build_records(doc: Document, claims: list[Claim]) -> list[dict]:
    """One contract record per claim, in text order."""
    out = []
    ids = [claim_id(doc.doc_id, doc.sha256, c.quantity["char_start"], c.quantity["char_end"]) for c in claims]
    for c, cid in zip(claims, ids):
        q = dict(c.quantity)
        rec = {
            "schema_version": SCHEMA_VERSION,
            "id": cid,
            "doc_id": doc.doc_id,
            "source": {"path": doc.path, "sha256": doc.sha256, "published": doc.published, "title": doc.title},
            "sentence": dict(c.sentence, kind=c.segment_kind),
            "quantity": q,
            "time": c.time,
            "change": c.change,
            "subject": c.subject,
            "subject_source": c.subject_source,
            "claim_type": c.claim_type,
            "claim_types": c.claim_types,
            "attribution": c.attribution,
            "duplicate_of": ids[c.duplicate_of] if c.duplicate_of is not None else None,
            "review": {"status": "pending", "note": None},
            "extractor": {"name": "sv-numclaims", "version": __version__},
        }
        out.append(rec)
    return out


def document_line(doc: Document, n_sentences: int, n_claims: int) -> dict:
    """The documents.jsonl line for one input (contract fields first)."""
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "sha256": doc.sha256,
        "status": doc.status,
        "error": doc.error,
        "published": doc.published,
        "title": doc.title,
        "n_sentences": n_sentences,
        "n_claims": n_claims,
        "encoding": doc.encoding,
        "format": doc.format,
        "published_source": doc.published_source,
    }
