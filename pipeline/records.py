"""Stage 4, records: claims -> the contract's JSON records and document lines.

The record is what downstream tools and reviewers depend on, so its shape
lives in one place (here and ``pipeline/schema/*.json``) and its ids are
stable: the same input text gives the same id on every run and machine, so
review decisions survive re-runs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pipeline import SCHEMA_VERSION, __version__
from pipeline.extraction.analyse import Claim
from pipeline.ingest import Document, furniture_chars


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)
def normalise_sentence(text: str | None) -> str:
    """The sentence as a reviewer sees it: NFKC (no-break spaces, ligatures), soft hyphens dropped,
    whitespace runs collapsed. Re-wrapping a line or swapping a space kind does not change it."""
    t = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")
    return _SPACES.sub(" ", t).strip()


class ReviewKeyer:
    """The review key of each claim of one document, in text order: (normalised sentence, its occurrence among
    equal sentences of the document, quantity text, occurrence of that text among the sentence's quantities).

    What a reviewer saw, not where it sat in one file version: an edit elsewhere in the document leaves these
    unchanged, so ids and review decisions survive it. Kept incrementally (a document is never held whole);
    the one rule for record ids and for the archive's decision keys."""

    def __init__(self):
        self.sent_seen: dict[str, int] = {}
        self.q_seen: dict[tuple, int] = {}
        self.last, self.sent_occ = None, 0

    def key(self, sentence: dict, quantity_text: str | None) -> tuple[str, int, str, int]:
        norm = normalise_sentence(sentence.get("text"))
        pos = (sentence.get("char_start"), norm)
        if pos != self.last:               # a new sentence (claims come in text order)
            self.sent_occ = self.sent_seen[norm] = self.sent_seen.get(norm, -1) + 1
            self.last = pos
        q = normalise_sentence(quantity_text)
        k = (norm, self.sent_occ, q)
        q_occ = self.q_seen[k] = self.q_seen.get(k, -1) + 1
        return norm, self.sent_occ, q, q_occ


def review_keys(claims) -> list[tuple[str, int, str, int]]:
    """``ReviewKeyer.key`` of each (sentence, quantity text) of one document, in order."""
    keyer = ReviewKeyer()
    return [keyer.key(sentence, qtext) for sentence, qtext in claims]


def claim_id(doc_id: str, sentence_norm: str, sentence_occ: int, quantity_text: str, quantity_occ: int) -> str:
    """Stable id from the document's identity, the sentence's text and the quantity's text and
    occurrence in it: the same input text gives the same id on every run and machine, and an
    unchanged sentence keeps its ids when the document is edited elsewhere."""
    h = hashlib.sha256(f"{doc_id}\x1f{sentence_norm}\x1f{sentence_occ}\x1f{quantity_text}\x1f{quantity_occ}"
                       .encode()).hexdigest()
    return "c_" + h[:20]


SENTENCE_TEXT_MAX = 1000   # characters of sentence.text in a record; a longer sentence shows a window around the figure


def sentence_field(sentence: dict, kind: str, q_start: int, q_end: int, limit: int = SENTENCE_TEXT_MAX) -> dict:
    """The record's sentence: whole when short, else a window of at most ``limit`` characters around the
    quantity, cut at spaces, with ``truncated: true`` and the window's own offsets (``text_char_start``,
    ``text_char_end``) into the original text; ``char_start``/``char_end`` stay the sentence's. Without the
    bound every record would copy its whole 'sentence' and output would grow with figures x sentence length."""
    text = sentence["text"]
    if len(text) <= limit:
        return dict(sentence, kind=kind)
    base = sentence["char_start"]
    qs, qe = q_start - base, q_end - base
    room = max(0, limit - (qe - qs))
    lo = max(0, qs - room // 2)
    hi = min(len(text), lo + max(limit, qe - qs))
    lo = max(0, min(lo, hi - limit))
    if lo > 0:
        space = text.find(" ", lo, qs)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", qe, hi)
        hi = space if space >= 0 else hi
    return dict(sentence, text=text[lo:hi], kind=kind, truncated=True,
                text_char_start=base + lo, text_char_end=base + hi)


def span_claim_id(doc_id: str, sentence: dict, text: str, char_start: int) -> str:
    """The id rule of ``claim_id`` for one span found outside the pipeline (a claim a reviewer added):
    its sentence's normalised text and the span's text and occurrence among equal texts in the sentence."""
    st, ss = sentence.get("text") or "", sentence.get("char_start") or 0
    q = normalise_sentence(text)
    before = st[: max(0, char_start - ss)]
    occ = normalise_sentence(before).count(q) if q else 0
    return claim_id(doc_id, normalise_sentence(st), 0, q, occ)


def iter_records(doc: Document, claims):
    """One contract record per claim, in text order, as the claims come (an iterable: a large document is
    never held whole). Ids follow ``ReviewKeyer``; only the ids so far are kept, for
    ``duplicate_of``."""
    ids: list[str] = []
    used: dict[str, int] = {}
    keyer = ReviewKeyer()
    for c in claims:
        cid = claim_id(doc.doc_id, *keyer.key(c.sentence, c.quantity.get("text")))
        n = used.get(cid, 0) + 1
        used[cid] = n
        if n > 1:      # two claims on one span (never expected): ids stay unique within the run
            cid = "c_" + hashlib.sha256(f"{cid}\x1f{n}".encode()).hexdigest()[:20]
        ids.append(cid)
        q = dict(c.quantity)
        yield {
            "schema_version": SCHEMA_VERSION,
            "id": cid,
            "doc_id": doc.doc_id,
            "source": {"path": doc.path, "sha256": doc.sha256, "published": doc.published, "title": doc.title},
            "sentence": sentence_field(c.sentence, c.segment_kind, q["char_start"], q["char_end"]),
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


def build_records(doc: Document, claims: list[Claim]) -> list[dict]:
    """One contract record per claim, in text order."""
    return list(iter_records(doc, claims))


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
        # what ingest marked as furniture and later stages skipped, so a reviewer sees what was not read
        "n_furniture_chars": sum(e - s for s, e, _ in doc.furniture or []),
        "furniture_chars": furniture_chars(doc.furniture or []),
    }
