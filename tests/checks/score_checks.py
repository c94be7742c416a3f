"""Precision and recall of the arithmetic checks on the checks test set (tests/checks/).

    python tests/checks/score_checks.py [--out DIR]      # runs the pipeline on tests/checks/corpus, prints the table

The set: short Swedish documents written for this purpose (``c*`` natural and consistent, ``i*`` with one
planted inconsistency each, ``n*`` look-alikes that are not inconsistent: other years, other subjects,
rounding, incomplete lists, comparisons, different wholes, a table), written with the rules; then ``b*``, a
blind round of 12 written and annotated before the checks were run on it (its first score is in the README).
``gold_checks.jsonl`` lists, per
document, every check row expected: its check, status and one figure it involves (the quantity text of
one of its claims). A predicted row matches an expected one when check, status and that figure agree.

Per check: an *alarm* is a row with status ``inconsistent``. Precision = alarms matching an expected
inconsistent row / all alarms; recall = expected inconsistent rows found / all expected. The same is
reported for ``consistent`` rows (a check that confirms figures), and the totals over all checks.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUBLISHED = "2024-03-01"        # the documents' publication date ('i år' is 2024)


def run_pipeline(out: Path) -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from pipeline.batch import Options, run_batch
    run_batch([str(HERE / "corpus")], out, Options(published=PUBLISHED), progress=False, workers=1)


def load(out: Path, gold_path: Path = HERE / "gold_checks.jsonl"):
    texts = {}
    for line in open(out / "claims.jsonl", encoding="utf-8"):
        r = json.loads(line)
        texts[r["id"]] = r["quantity"]["text"]
    rows = [json.loads(line) for line in open(out / "checks.jsonl", encoding="utf-8")]
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    return rows, gold, texts


def score(rows: list[dict], gold: list[dict], texts: dict) -> dict:
    """{check: {status: {tp, fp, fn, precision, recall}}, 'all': {...}} plus the unmatched rows."""
    expected = {(g["doc_id"], e["check"], e["status"], e["involves"]) for g in gold for e in g["expected"]}
    known_docs = {g["doc_id"] for g in gold}
    counts: dict = defaultdict(lambda: defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0}))
    found = set()
    false_rows = []
    for r in rows:
        if r["doc_id"] not in known_docs:
            continue
        figs = {texts.get(c) for c in r["claim_ids"]}
        hit = [e for e in expected if e[0] == r["doc_id"] and e[1] == r["check"] and e[2] == r["status"] and e[3] in figs]
        for key in (r["check"], "all"):
            counts[key][r["status"]]["tp" if hit else "fp"] += 1
        if hit:
            found.update(hit)
        else:
            false_rows.append(r)
    for e in expected - found:
        for key in (e[1], "all"):
            counts[key][e[2]]["fn"] += 1
    result = {}
    for check, by_status in counts.items():
        result[check] = {}
        for status, c in by_status.items():
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
            rc = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
            result[check][status] = dict(c, precision=p, recall=rc)
    return {"scores": result, "unmatched_rows": false_rows, "missed": sorted(expected - found)}


def _f(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", help="output folder (default: a temp folder)")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="checks-score-"))
    run_pipeline(out)
    res = score(*load(out))
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"{'check':16} {'status':13} {'tp':>3} {'fp':>3} {'fn':>3}  precision  recall")
    for check in sorted(res["scores"], key=lambda c: (c == "all", c)):
        for status in ("inconsistent", "consistent"):
            c = res["scores"][check].get(status)
            if c:
                print(f"{check:16} {status:13} {c['tp']:3} {c['fp']:3} {c['fn']:3}  {_f(c['precision']):>9}  {_f(c['recall']):>6}")
    for r in res["unmatched_rows"]:
        print(f"unexpected: {r['doc_id']} {r['check']} {r['status']}: {r['explanation']}")
    for e in res["missed"]:
        print(f"missed: {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
