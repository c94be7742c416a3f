"""What a reviewer may correct on a claim or add as a missed one: checked, applied, and the record of an added claim.

A correction names the fields the reviewer says are wrong (``value``,
``unit``, ``period``, ``subject``, ``speaker``, ``direction``,
``claim_type`` ...); the extracted record stays as it was and the
corrections sit beside it in ``review.corrections``, so both the pipeline's
reading and the human's are kept. ``corrected_view`` gives the record as
the reviewer says it should read (what the cards show after
``apply-review``).

A missed claim is a decision with status ``added`` and the span the reviewer
selected (``added: {char_start, char_end, text}`` in the document's text).
``apply-review`` turns it into a record of its own, with the id the pipeline
would give that span (so if a later version of the rules finds it, the two
coincide), the sentence around it, and the value/unit/kind the quantity
grammar reads in the selection unless the reviewer gave them.
"""
from __future__ import annotations

import re

from pipeline import SCHEMA_VERSION, __version__, lexicon
from pipeline.lexicon import Lexicon

KINDS = ("money", "percent", "percentage_point", "ratio", "count", "duration", "measure", "number", "ordinal")
DIRECTIONS = ("increase", "decrease", None)
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TEXT_FIELDS = ("unit", "subject", "speaker", "party", "entity", "text")


def claim_types(lex: Lexicon | None = None) -> tuple[str, ...]:
    """The claim types a reviewer may choose (claims.json 'types' of ``lex``; None: the default lexicon)."""
    return tuple((lex or lexicon.load()).claims["types"])


def _number(v, name: str):
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        raise ValueError(f"corrections.{name} must be a number")
    if isinstance(v, str):    # a value the reviewer could not put as a number is kept as text
        if not v.strip():
            raise ValueError(f"corrections.{name} is empty")
    return v


def check_corrections(corr, lex: Lexicon | None = None) -> dict | None:
    """The corrections object, checked field by field (ValueError names the bad field); None for no corrections.
    ``lex``: the lexicon whose claim types are allowed (None: the default)."""
    if corr is None:
        return None
    if not isinstance(corr, dict):
        raise ValueError("corrections must be an object or null")
    for key, v in corr.items():
        if key in ("value", "low", "high"):
            _number(v, key)
        elif key in _TEXT_FIELDS:
            if not isinstance(v, str) or not v.strip():
                raise ValueError(f"corrections.{key} must be non-empty text")
        elif key == "kind":
            if v not in KINDS:
                raise ValueError(f"corrections.kind {v!r} is not one of {', '.join(KINDS)}")
        elif key == "direction":
            if v not in DIRECTIONS:
                raise ValueError(f"corrections.direction {v!r} must be increase, decrease or null (no change)")
        elif key == "claim_type":
            types = claim_types(lex)
            if v not in types:
                raise ValueError(f"corrections.claim_type {v!r} is not one of {', '.join(types)}")
        elif key == "period":
            if not isinstance(v, dict) or set(v) - {"start", "end"}:
                raise ValueError("corrections.period must be {start, end}")
            for k in ("start", "end"):
                if v.get(k) is not None and not (isinstance(v[k], str) and _ISO_PREFIX.match(v[k])):
                    raise ValueError(f"corrections.period.{k} must be YYYY, YYYY-MM or YYYY-MM-DD")
        elif key in ("char_start", "char_end"):
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ValueError(f"corrections.{key} must be a non-negative integer")
        else:
            raise ValueError(f"unknown correction {key!r}")
    return corr or None


def check_added(d: dict) -> dict:
    """The ``added`` span of an ``added`` decision: {char_start < char_end, text}; the document is required."""
    a = d.get("added")
    if not isinstance(a, dict):
        raise ValueError("an added claim needs 'added': {char_start, char_end, text}")
    s, e, t = a.get("char_start"), a.get("char_end"), a.get("text")
    if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and 0 <= s < e):
        raise ValueError("added.char_start/char_end must be integers with start < end")
    if not isinstance(t, str) or len(t) != e - s:
        raise ValueError("added.text must be the selected text (char_end - char_start characters)")
    if not d.get("doc_id"):
        raise ValueError("an added claim needs its doc_id")
    return {"char_start": s, "char_end": e, "text": t}


def added_claim_key(doc_id: str, start: int, end: int) -> str:
    """The decision id of an added span before it has a record (the browser makes the same one)."""
    return f"new:{doc_id}:{start}-{end}"


def corrected_view(rec: dict) -> dict:
    """The record's fields as the reviewer corrected them: {field: (extracted, corrected)} for the changed ones."""
    corr = (rec.get("review") or {}).get("corrections") or {}
    q = rec.get("quantity") or {}
    t = rec.get("time") or {}
    ch = rec.get("change") or {}
    att = rec.get("attribution") or {}
    now = {"value": q.get("value"), "low": q.get("low"), "high": q.get("high"), "unit": q.get("unit"),
           "kind": q.get("kind"), "entity": q.get("entity"), "text": q.get("text"),
           "period": {"start": t.get("start"), "end": t.get("end")} if t else None,
           "subject": rec.get("subject"), "speaker": att.get("speaker"), "party": att.get("party"),
           "direction": ch.get("direction"), "claim_type": rec.get("claim_type"),
           "char_start": q.get("char_start"), "char_end": q.get("char_end")}
    return {k: (now.get(k), v) for k, v in corr.items() if now.get(k) != v}


def _locate(text: str, start: int, end: int, want: str) -> tuple[int, int] | None:
    """The span the reviewer selected in this text: as given, else the nearest occurrence of the same words."""
    if text[start:end] == want:
        return start, end
    best = None
    for m in re.finditer(re.escape(want), text):
        if best is None or abs(m.start() - start) < abs(best - start):
            best = m.start()
    return (best, best + len(want)) if best is not None else None


def added_record(doc: dict, text: str, decision: dict) -> dict | None:
    """The claim record for an ``added`` decision in a document whose text is ``text``; None if the span is gone."""
    from pipeline.extraction.quantities import find_quantities
    from pipeline.records import span_claim_id
    from pipeline.segment import segment_text
    a = decision["added"]
    span = _locate(text, a["char_start"], a["char_end"], a["text"])
    if span is None:
        return None
    s, e = span
    seg = next((g for g in segment_text(text) if g.start <= s < g.end), None)
    found = find_quantities(text[s:e], published=doc.get("published"))
    q0 = found[0] if found else None
    corr = decision.get("corrections") or {}
    quantity = {
        "text": text[s:e], "char_start": s, "char_end": e,
        "value": q0.value if q0 else None, "low": q0.low if q0 else None, "high": q0.high if q0 else None,
        "unit": q0.unit if q0 else None, "unit_text": q0.unit_text if q0 else None,
        "kind": q0.kind if q0 else "number", "entity": q0.entity if q0 else None, "per": q0.per if q0 else None,
        "bound": q0.bound if q0 else "exact", "qualifier": q0.qualifier if q0 else None,
    }
    for k in ("value", "low", "high", "unit", "kind", "entity"):
        if k in corr:
            quantity[k] = corr[k]
    period = corr.get("period")
    time = ({"text": None, "start": period.get("start") or period.get("end"), "end": period.get("end") or period.get("start"),
             "source": "explicit", "set_by": "reviewer"} if isinstance(period, dict) else None)
    direction = corr.get("direction")
    speaker = corr.get("speaker")
    claim_type = corr.get("claim_type") or ("change" if direction else "statistic")
    sentence = ({"index": seg.index, "text": seg.text, "char_start": seg.start, "char_end": seg.end, "kind": seg.kind}
                if seg else {"index": 0, "text": text[s:e], "char_start": s, "char_end": e})
    return {
        "schema_version": SCHEMA_VERSION,
        "id": span_claim_id(doc["doc_id"], sentence, text[s:e], s),
        "doc_id": doc["doc_id"],
        "source": {"path": doc.get("path"), "sha256": doc.get("sha256"), "published": doc.get("published"),
                   "title": doc.get("title")},
        "sentence": sentence,
        "quantity": quantity,
        "time": time,
        "change": {"direction": direction, "from_value": None, "to_value": None, "baseline": None} if direction else None,
        "subject": corr.get("subject"),
        "claim_type": claim_type,
        "claim_types": [claim_type],
        "attribution": {"speaker": speaker, "party": corr.get("party")} if speaker else None,
        "duplicate_of": None,
        "review": {"status": "accepted", "note": decision.get("note"), "corrections": None,
                   "reviewer": decision.get("reviewer"), "decided_at": decision.get("timestamp"), "added": True,
                   "decision_id": decision["claim_id"]},
        "extractor": {"name": "reviewer", "version": __version__},
    }
