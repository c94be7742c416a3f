"""``python -m pipeline diff OLD NEW``: which figures a quietly edited press release added, removed or changed.

OLD and NEW are two input files (run through the pipeline here) or two
``claims.jsonl`` files; ``--doc DOC_ID`` compares the last two versions of a
document in the archive instead.

Pairing, in two passes (pure functions, ``diff_records``):

1. a claim whose key is the same in both (normalised sentence, its occurrence,
   quantity text, its occurrence in the sentence; ``records.review_keys``) is
   the same claim: reported ``changed`` if its value, bounds, unit, period or
   direction differ (an edit elsewhere can change a period or a direction);
2. the claims left over are grouped by sentence; an old and a new sentence
   that are alike (``difflib`` ratio >= ``SIMILAR``) pair their claims, those
   of the same kind first, in order: ``253 personer`` edited to ``260 personer`` in the same
   sentence is one ``changed`` claim, not a removal and an addition.

Everything still unpaired is ``added`` or ``removed``.
"""
from __future__ import annotations

import difflib
import sys
from collections import defaultdict
from pathlib import Path

from pipeline import io

SIMILAR = 0.6
FIELDS = ("value", "low", "high", "unit", "period", "direction")


def _fields(r: dict) -> dict:
    q = r.get("quantity") or {}
    t = r.get("time") if isinstance(r.get("time"), dict) else {}
    ch = r.get("change") if isinstance(r.get("change"), dict) else {}
    return {"value": q.get("value"), "low": q.get("low"), "high": q.get("high"), "unit": q.get("unit"),
            "period": [t.get("start"), t.get("end")] if t else None, "direction": ch.get("direction")}


def changed_fields(old: dict, new: dict) -> list[str]:
    a, b = _fields(old), _fields(new)
    return [f for f in FIELDS if a[f] != b[f]]


def diff_records(old: list[dict], new: list[dict]) -> list[dict]:
    """``{"change": added|removed|changed, "fields": [...], "old": record|None, "new": record|None}`` in the
    new document's order (removed ones where they stood); unchanged claims are left out."""
    from pipeline.records import review_keys

    def keyed(recs):
        return review_keys(((r.get("sentence") or {}), (r.get("quantity") or {}).get("text")) for r in recs)

    ko, kn = keyed(old), keyed(new)
    new_at = {k: i for i, k in enumerate(kn)}
    pair_of_old: dict[int, int] = {}
    for i, k in enumerate(ko):
        if k in new_at:
            pair_of_old[i] = new_at[k]
    # pass 2: similar sentences among the leftovers
    left_old, left_new = defaultdict(list), defaultdict(list)
    taken_new = set(pair_of_old.values())
    for i, k in enumerate(ko):
        if i not in pair_of_old:
            left_old[k[:2]].append(i)
    for j, k in enumerate(kn):
        if j not in taken_new:
            left_new[k[:2]].append(j)
    candidates = []
    for so in left_old:
        for sn in left_new:
            r = difflib.SequenceMatcher(None, so[0], sn[0], autojunk=False).ratio()
            if r >= SIMILAR:
                candidates.append((r, so, sn))
    used_o, used_n = set(), set()
    for _r, so, sn in sorted(candidates, key=lambda x: -x[0]):
        if so in used_o or sn in used_n:
            continue
        used_o.add(so)
        used_n.add(sn)
        free = list(left_new[sn])
        rest = []
        for i in left_old[so]:           # same kind first, in order ...
            kind = (old[i].get("quantity") or {}).get("kind")
            j = next((j for j in free if (new[j].get("quantity") or {}).get("kind") == kind), None)
            if j is None:
                rest.append(i)
            else:
                pair_of_old[i] = j
                free.remove(j)
        for i, j in zip(rest, free):     # ... then what is left, in order (a unit edited: procentenheter -> procent)
            pair_of_old[i] = j
    paired_new = {j: i for i, j in pair_of_old.items()}
    out: list[tuple[float, dict]] = []
    for j, r in enumerate(new):
        if j in paired_new:
            o = old[paired_new[j]]
            fields = changed_fields(o, r)
            if (o.get("quantity") or {}).get("text") != (r.get("quantity") or {}).get("text"):
                fields = fields or ["text"]
            if fields:
                out.append((j, {"change": "changed", "fields": fields, "old": o, "new": r}))
        else:
            out.append((j, {"change": "added", "fields": [], "old": None, "new": r}))
    # a removed claim stands just after the new claim its predecessor was paired with
    anchor = -0.5
    for i, r in enumerate(old):
        if i in pair_of_old:
            anchor = pair_of_old[i] + 0.25
        else:
            out.append((anchor, {"change": "removed", "fields": [], "old": r, "new": None}))
            anchor += 0.001
    return [d for _pos, d in sorted(out, key=lambda x: x[0])]


# --- loading the two sides --------------------------------------------------------------------------

def records_of_file(path: str, published: str | None = None) -> list[dict]:
    """A claims.jsonl's records, or the pipeline's records for an input file."""
    p = Path(path)
    if p.suffix == ".jsonl":
        return list(io.read_jsonl(p))
    from pipeline.batch.process import Options, process_document
    line, records, _doc = process_document(p, None, Options(published=published))
    if line.get("status") != "ok":
        from pipeline.errors import PipelineError
        raise PipelineError(f"[E032] {path}: {line.get('status')}: {line.get('error')}")
    return records


def records_of_archive(archive: str, doc_id: str) -> tuple[list[dict], list[dict], str]:
    from pipeline.archive.store import connect, version_records, versions
    from pipeline.errors import PipelineError
    con = connect(archive, read_only=True)
    try:
        vs = versions(con, doc_id)
        if len(vs) < 2:
            raise PipelineError(f"[E033] {doc_id}: the archive holds {len(vs)} version(s); diff needs two")
        a, b = vs[-2], vs[-1]
        return (version_records(con, a["version_id"]), version_records(con, b["version_id"]),
                f"{doc_id} v{a['version']} ({str(a['sha256'])[:8]}) -> v{b['version']} ({str(b['sha256'])[:8]})")
    finally:
        con.close()


def _short(r: dict | None) -> str:
    if r is None:
        return "–"
    from pipeline.review.site import claim_value, period
    q = r.get("quantity") or {}
    ch = r.get("change") if isinstance(r.get("change"), dict) else {}
    bits = [f"{claim_value(r)} {q.get('unit') or ''}".strip(), period(r.get("time")) or "no period"]
    if ch.get("direction"):
        bits.append(ch["direction"])
    return f"“{q.get('text')}” = " + ", ".join(bits)


def format_table(changes: list[dict]) -> str:
    if not changes:
        return "no claims added, removed or changed"
    lines = []
    for d in changes:
        rec = d["new"] or d["old"]
        sent = (rec.get("sentence") or {}).get("text") or ""
        sent = sent if len(sent) <= 110 else sent[:109] + "…"
        fields = f" [{', '.join(d['fields'])}]" if d["fields"] else ""
        lines.append(f"{d['change'].upper():<8}{fields}".rstrip())
        if d["old"] is not None:
            lines.append(f"  old: {_short(d['old'])}")
        if d["new"] is not None:
            lines.append(f"  new: {_short(d['new'])}")
        lines.append(f"  in:  {sent}")
    return "\n".join(lines)


def diff_cli(args) -> int:
    from pipeline.errors import PipelineError
    if args.doc:
        old, new, label = records_of_archive(args.archive, args.doc)
    else:
        if len(args.files) != 2:
            raise PipelineError("[E034] diff needs two files (OLD NEW) or --doc DOC_ID")
        missing = [f for f in args.files if not Path(f).exists()]
        if missing:
            raise PipelineError(f"[E034] no such file: {', '.join(missing)}")
        old, new = (records_of_file(f, args.published) for f in args.files)
        label = f"{args.files[0]} -> {args.files[1]}"
    changes = diff_records(old, new)
    if args.json:
        for d in changes:
            print(io.dumps(d))
    else:
        print(f"{label}\n{format_table(changes)}")
    n = {c: sum(1 for d in changes if d["change"] == c) for c in ("added", "removed", "changed")}
    print(f"diff: {n['added']} added, {n['removed']} removed, {n['changed']} changed "
          f"({len(old)} claims before, {len(new)} after)", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    sp = subparsers.add_parser("diff", help="claims added, removed and changed between two versions of a document")
    sp.add_argument("files", nargs="*", metavar="FILE", help="OLD NEW: two input files or two claims.jsonl files")
    sp.add_argument("--doc", help="compare the last two versions of this doc_id in the archive")
    from pipeline.archive.store import DEFAULT_PATH
    sp.add_argument("--archive", default=DEFAULT_PATH, help=f"archive file for --doc (default: {DEFAULT_PATH})")
    sp.add_argument("--published", default=None, help="publication date YYYY-MM-DD for input files that state none")
    sp.add_argument("--json", action="store_true", help="one JSON object per line: change, fields, old, new")
    sp.set_defaults(func=diff_cli)
