#!/usr/bin/env python3
"""Score what a figure measures (subject) and who states it (speaker) against the held-out gold (issue 14).

  python tests/heldout/score_fields.py --pred OUT/claims.jsonl [--gold tests/heldout/gold_quantities.jsonl]
                                       [--docs r6_ [w_ ...]] [--json] [--errors]

Matching is the contract scorer's (../shared/tools/score_claims.py): a prediction matches a gold mention when their
character spans overlap in the same document, largest overlap first, each prediction at most once. Only gold rows
that carry a `subject` key (rounds annotated for issue 14; see SUBJECT_DOCS in build_gold.py) are scored for subject
and speaker; optional rows are left out as in the contract scorer. Every rate is over matched figures, so a figure
the pipeline misses counts against recall in score_claims.py, not here (`matched`/`gold` say how many were scored).

Subject (gold has a subject):
  exact      the predicted subject equals the gold subject, compared lower-cased with white space collapsed and
             surrounding punctuation stripped;
  head       the gold head noun is a word of the predicted subject, compared lower-cased (no inflection allowed);
  head_infl  the same, but a word also counts when it is the head plus one Swedish inflection ending, or the head
             is the word plus one (definite or plural: -erna -arna -orna -na -en -et -er -ar -or -n -t), e.g.
             'försäljning' ~ 'försäljningen', 'brott' ~ 'brotten', 'bilarna' ~ 'bilar'; a compound never counts
             ('tak' is not 'takfönster'); reported beside `head`, never instead of it;
  coverage   the prediction has a non-empty subject.
Subject (gold says the text names none):
  wrong_where_none  the prediction still has a subject (lower is better).
Speaker (every subject-annotated row also has speaker/speaker_source):
  found_quote / found_enligt / found_credited / found_publisher: gold names a speaker of that kind and the
             predicted speaker matches it (one name contains the other, case-insensitive);
  accuracy   over all scored rows: the right speaker, or none where gold has none.
Direction where none is stated (issue 13; every required row, subject-annotated or not):
  direction_where_none  gold states no change (direction null) but the prediction has one (lower is better).

The predicted speaker is read from `attribution`: its `speaker`, else a cited source name (`source` when it is not
one of the evidence words quote|enligt|credited|publisher, or `cited_source`/`organisation`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("quote", "enligt", "credited", "publisher")
ENDINGS = ("erna", "arna", "orna", "na", "en", "et", "er", "ar", "or", "n", "t")
ROUNDS = ("r2_", "r3_", "r4_", "r5_", "r6_", "r7_", "r8_", "w_")


def round_of(doc: str) -> str:
    for p in ROUNDS:
        if doc.startswith(p):
            return p.rstrip("_")
    return "r1"


def read_jsonl(path) -> list[dict]:
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").strip().strip(".,;:!?\"'”“()–-")).lower()


def words(s: str | None) -> list[str]:
    return re.findall(r"[\w:/-]+", norm(s))          # 'K/I-talet' is one word


def inflected(a: str, b: str) -> bool:
    """b is a plus one inflection ending, or a is b plus one."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return any(longer == shorter + e for e in ENDINGS)


def head_ok(head: str, subject: str | None, inflect: bool = False) -> bool:
    h = head.lower()
    ws = words(subject)
    return h in ws or (inflect and any(inflected(h, w) for w in ws))


def same_speaker(gold: str, pred: str | None) -> bool:
    g, p = norm(gold), norm(pred)
    return bool(p) and (g in p or p in g)


def pred_subject(p: dict) -> str | None:
    s = p.get("subject")
    if isinstance(s, dict):  # a structured subject: its text
        s = s.get("text")
    return s or None


def pred_speaker(p: dict) -> str | None:
    att = p.get("attribution") or {}
    if not isinstance(att, dict):
        return None
    for key in ("speaker", "source", "cited_source", "organisation"):
        v = att.get(key)
        if isinstance(v, str) and v and v not in KINDS:
            return v
    return None


def match(preds: list[dict], gold: list[dict]) -> dict[int, int]:
    """gold index -> prediction index, greedy by overlap as in score_claims.py."""
    by_doc: dict[str, list[tuple[int, int, int]]] = {}
    for i, p in enumerate(preds):
        q = p.get("quantity") or {}
        s, e = q.get("char_start"), q.get("char_end")
        if isinstance(s, int) and isinstance(e, int):
            by_doc.setdefault(str(p.get("doc_id")), []).append((i, s, e))
    cands = []
    for gi, g in enumerate(gold):
        for pi, s, e in by_doc.get(g["doc"], []):
            ov = max(0, min(g["char_end"], e) - max(g["char_start"], s))
            if ov:
                cands.append((ov, gi, pi))
    g2p, used = {}, set()
    for _, gi, pi in sorted(cands, reverse=True):
        if gi not in g2p and pi not in used:
            g2p[gi] = pi
            used.add(pi)
    return g2p


def _rate(n: int, d: int) -> float | None:
    return n / d if d else None


def score(preds: list[dict], gold: list[dict]) -> dict:
    """Subject, speaker and spurious-direction rates, overall and per round (see the module docstring)."""
    g2p = match(preds, gold)
    buckets: dict[str, dict[str, list[int]]] = {}
    errors = []

    def tally(rnd: str, key: str, ok: bool):
        for b in (rnd, "all"):
            c = buckets.setdefault(b, {}).setdefault(key, [0, 0])
            c[0] += bool(ok)
            c[1] += 1

    for gi, g in enumerate(gold):
        if g.get("optional"):
            continue
        rnd = round_of(g["doc"])
        p = preds[g2p[gi]] if gi in g2p else None
        if p is not None and g.get("direction") is None:
            tally(rnd, "direction_where_none", bool((p.get("change") or {}).get("direction")))
        if "subject" not in g:
            continue
        tally(rnd, "subject_gold", p is not None)
        if p is None:
            continue
        ps, sp = pred_subject(p), pred_speaker(p)
        wrong = []
        if g["subject"] is not None:
            exact = norm(ps) == norm(g["subject"])
            tally(rnd, "exact", exact)
            tally(rnd, "head", head_ok(g["subject_head"], ps))
            tally(rnd, "head_infl", head_ok(g["subject_head"], ps, inflect=True))
            tally(rnd, "coverage", ps is not None)
            if not exact:
                wrong.append("subject")
        else:
            tally(rnd, "wrong_where_none", ps is not None)
            if ps is not None:
                wrong.append("subject")
        if g["speaker"] is not None:
            found = same_speaker(g["speaker"], sp)
            tally(rnd, "found_" + g["speaker_source"], found)
            tally(rnd, "speaker_accuracy", found)
        else:
            found = sp is None
            tally(rnd, "speaker_accuracy", found)
        if not found:
            wrong.append("speaker")
        if wrong:
            errors.append({"doc": g["doc"], "anchor": g["anchor"], "occurrence": g["occurrence"], "wrong": wrong,
                           "gold": {"subject": g["subject"], "head": g["subject_head"], "speaker": g["speaker"],
                                    "speaker_source": g["speaker_source"]},
                           "pred": {"subject": ps, "subject_source": p.get("subject_source"), "speaker": sp,
                                    "attribution": p.get("attribution")}})
    out = {}
    for b, c in buckets.items():
        r = {k: _rate(*v) for k, v in c.items() if k != "subject_gold"}
        r["n"] = {k: v[1] for k, v in c.items()}
        r["matched"], r["gold"] = c.get("subject_gold", [0, 0])
        out[b] = r
    return {"rounds": {k: out[k] for k in sorted(out) if k != "all"}, "all": out.get("all", {}), "errors": errors}


METRICS = ("exact", "head", "head_infl", "coverage", "wrong_where_none", "found_quote", "found_enligt", "found_credited",
           "found_publisher", "speaker_accuracy", "direction_where_none")


def table(report: dict) -> str:
    fmt = lambda x: "  n/a" if x is None else f"{x:5.3f}"
    rows = [("round", "matched/gold") + METRICS]
    for name, r in list(report["rounds"].items()) + [("all", report["all"])]:
        rows.append((name, f"{r.get('matched', 0)}/{r.get('gold', 0)}") + tuple(fmt(r.get(m)) for m in METRICS))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).rjust(w) for c, w in zip(row, widths)) for row in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True, help="claims.jsonl (or a folder of *.jsonl)")
    ap.add_argument("--gold", default=str(HERE / "gold_quantities.jsonl"))
    ap.add_argument("--docs", nargs="*", help="only gold documents whose id starts with one of these prefixes")
    ap.add_argument("--json", action="store_true", help="the full report as JSON")
    ap.add_argument("--errors", action="store_true", help="list every subject/speaker error")
    args = ap.parse_args(argv)
    gold = read_jsonl(args.gold)
    if args.docs:
        gold = [g for g in gold if g["doc"].startswith(tuple(args.docs))]
    report = score(read_jsonl(args.pred), gold)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if args.errors:
        for e in report["errors"]:
            print(f"wrong {','.join(e['wrong'])}  {e['doc']}  {e['anchor']!r}  gold={e['gold']}  "
                  f"pred={{'subject': {e['pred']['subject']!r}, 'speaker': {e['pred']['speaker']!r}}}")
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
