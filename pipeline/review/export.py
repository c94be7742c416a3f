"""Export: claims as a flat table (pandas, CSV, Parquet) and as Label Studio tasks, and back.

``load_claims(path)`` -> one row per claim, nested fields flattened to
``<object>_<field>`` columns (``quantity_value``, ``time_start``,
``attribution_speaker``, ``review_status`` ...) with fixed nullable dtypes, so
the same DataFrame comes back from CSV (``read_table``) and Parquet.

``python -m pipeline export OUT --format csv|parquet|label-studio`` writes
``OUT/export/claims.csv`` (``--excel``: ``claims_excel.csv``, UTF-8 BOM, ``;``, decimal comma), ``OUT/export/claims.parquet`` or
``OUT/export/label_studio_tasks.json`` (+ ``label_studio_config.xml``).
``python -m pipeline import-label-studio EXPORT.json --out OUT`` turns a Label
Studio export back into review decisions (``OUT/review/decisions.jsonl``).
"""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from pipeline import __version__, io

# Known columns, in order, with their pandas dtype. Other leaf fields found in the
# records are appended after these (sorted), lists/objects as JSON text.
COLUMNS: dict[str, str] = {
    "id": "string", "doc_id": "string", "schema_version": "string",
    "source_path": "string", "source_sha256": "string", "source_published": "string", "source_title": "string",
    "sentence_index": "Int64", "sentence_kind": "string", "sentence_char_start": "Int64", "sentence_char_end": "Int64",
    "sentence_text": "string",
    "quantity_text": "string", "quantity_char_start": "Int64", "quantity_char_end": "Int64",
    "quantity_value": "Float64", "quantity_low": "Float64", "quantity_high": "Float64",
    "quantity_unit": "string", "quantity_unit_text": "string", "quantity_unit_inferred": "boolean",
    "quantity_kind": "string", "quantity_entity": "string", "quantity_per": "string",
    "quantity_bound": "string", "quantity_qualifier": "string", "quantity_value_text": "string",
    "quantity_scale_text": "string",
    "time_text": "string", "time_start": "string", "time_end": "string", "time_source": "string",
    "change_direction": "string", "change_from_value": "Float64", "change_to_value": "Float64",
    "change_baseline_text": "string", "change_baseline_start": "string", "change_baseline_end": "string",
    "subject": "string", "claim_type": "string", "claim_types": "string",
    "attribution_speaker": "string", "attribution_party": "string",
    "duplicate_of": "string",
    "review_status": "string", "review_note": "string", "review_reviewer": "string", "review_decided_at": "string",
    "review_corrections_value": "Float64", "review_corrections_unit": "string",
    "review_corrections_period_start": "string", "review_corrections_period_end": "string",
    "extractor_name": "string", "extractor_version": "string",
}
_OBJECT_PREFIXES = {c[: i + 1] for c in COLUMNS for i, ch in enumerate(c) if ch == "_"}
LIST_SEP = "|"   # claim_types ["change", "comparison"] -> "change|comparison"


def _flatten(obj: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in obj.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "_"))
        elif v is None and key + "_" in _OBJECT_PREFIXES:
            continue   # "time": null -> its time_* columns stay empty, no column "time"
        elif key == "claim_types" and isinstance(v, list):
            out[key] = LIST_SEP.join(map(str, v))
        elif isinstance(v, (list, tuple)):
            out[key] = json.dumps(v, ensure_ascii=False)
        else:
            out[key] = v
    return out


def flatten_record(rec: dict) -> dict:
    """One claim record as a flat dict of column -> scalar (nested dicts joined with '_')."""
    row = _flatten(rec)
    corr = (rec.get("review") or {}).get("corrections")
    if isinstance(corr, dict) and not isinstance(corr.get("value"), (int, float, type(None))):
        row["review_corrections_value"] = None   # a non-numeric correction stays readable in a text column
        row["review_corrections_value_text"] = str(corr.get("value"))
    return row


def _num(v):
    if isinstance(v, str):
        v = v.strip()
        if not v:
            return None
        try:
            return int(v) if v.lstrip("-").isdigit() else float(v)
        except ValueError:
            return None
    return v


def _coerce(df, extra_from_text: bool = False):
    import pandas as pd
    for col, dtype in COLUMNS.items():
        if col not in df.columns:
            df[col] = pd.Series([pd.NA] * len(df), dtype=dtype, index=df.index)
            continue
        s = df[col]
        if dtype == "string":
            df[col] = s.astype("object").where(s.notna(), None).map(lambda v: v if v is None else str(v)).astype("string")
        elif dtype == "boolean":
            df[col] = s.map(lambda v: v if v is None or isinstance(v, bool) or v is pd.NA
                            else (str(v).lower() in ("true", "1")) if str(v) not in ("nan", "") else None).astype("boolean")
        else:  # text from CSV goes through Python's correctly rounded float(): exact round trip
            obj = s.astype("object").where(s.notna(), None).map(_num)
            df[col] = pd.to_numeric(obj, errors="coerce").astype(dtype)
    extra = sorted(c for c in df.columns if c not in COLUMNS)
    for col in extra:
        s = df[col]
        if s.map(lambda v: isinstance(v, (dict, list))).any():
            s = s.map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
        df[col] = s.astype("string") if s.isna().all() else s.convert_dtypes()
    return df[list(COLUMNS) + extra]


def claims_frame(records: list[dict]):
    """Records -> the flat DataFrame (fixed column order and dtypes)."""
    import pandas as pd
    df = pd.DataFrame([flatten_record(r) for r in records])
    return _coerce(df).reset_index(drop=True)


def _claims_path(path: str | Path) -> Path:
    p = Path(path)
    return p / "claims.jsonl" if p.is_dir() else p


def load_claims(path: str | Path):
    """A claims.jsonl file (or an output folder holding one) -> flat pandas DataFrame, one row per claim.

    Also reads the CSV / Parquet files written by ``export`` (by suffix).
    """
    p = _claims_path(path)
    if p.suffix in (".csv", ".parquet"):
        return read_table(p)
    return claims_frame(list(io.read_jsonl(p)))


def is_excel_csv(path: str | Path) -> bool:
    """True for a CSV written with ``--excel``: a UTF-8 BOM and a ``;``-separated header."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    return head.startswith(b"\xef\xbb\xbf") and b";" in head.split(b"\n", 1)[0]


def read_table(path: str | Path):
    """Read an exported claims.csv / claims_excel.csv / claims.parquet back into the frame ``load_claims`` gives."""
    import pandas as pd
    p = Path(path)
    if p.suffix == ".parquet":
        df = pd.read_parquet(p)
    else:
        dtypes = {c: "string" for c in COLUMNS}
        excel = is_excel_csv(p)
        df = pd.read_csv(p, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8-sig",
                         **EXCEL_DIALECT if excel else {})
        if excel:   # text read as text: the decimal comma of the numeric columns is undone here
            for col, dtype in COLUMNS.items():
                if dtype in ("Float64", "Int64") and col in df.columns:
                    df[col] = df[col].str.replace(",", ".", regex=False)
            df = df.apply(lambda s: s.map(_unguard) if s.dtype == "string" else s)
    return _coerce(df).reset_index(drop=True)


# Swedish Excel opens a CSV by double-click with the system list separator (';') and decimal comma, and
# only reads it as UTF-8 when it starts with a byte-order mark.
EXCEL_DIALECT = {"sep": ";", "decimal": ","}
# A text cell starting with one of these is taken as a formula by spreadsheets (CSV injection);
# --excel prefixes it with an apostrophe, read_table takes that off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"


def _guard(v):
    return _GUARD + v if isinstance(v, str) and v.startswith(FORMULA_START) else v


def _unguard(v):
    return v[1:] if isinstance(v, str) and v.startswith(_GUARD) and v[1:].startswith(FORMULA_START) else v


def excel_frame(df):
    """The frame as ``--excel`` writes it: text cells that a spreadsheet would run as a formula are defused."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == "string":
            out[col] = out[col].map(_guard, na_action="ignore").astype("string")
    return out


def write_csv(df, path: str | Path, excel: bool = False) -> None:
    """Plain CSV (UTF-8, ',', decimal point), or with ``excel`` UTF-8 with BOM, ';' and decimal comma."""
    if not excel:
        with io.atomic_writer(path) as fh:
            df.to_csv(fh, index=False)
        return
    with io.atomic_writer(path) as fh:
        fh.write("\ufeff")
        excel_frame(df).to_csv(fh, index=False, **EXCEL_DIALECT)


def write_parquet(df, path: str | Path) -> None:
    with io.atomic_writer(path, "wb") as fh:
        df.to_parquet(fh, index=False)


# --- Label Studio ----------------------------------------------------------------------------

KINDS = ("money", "percent", "percentage_point", "ratio", "count", "duration", "measure", "number", "ordinal")


def label_studio_config() -> str:
    """A labeling config matching the tasks: one Labels tag per kind, per-region verdict and note."""
    labels = "\n".join(f'    <Label value="{k}"/>' for k in KINDS)
    return f"""<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
  <View visibleWhen="region-selected">
    <Choices name="verdict" toName="text" perRegion="true" choice="single">
      <Choice value="accepted"/>
      <Choice value="rejected"/>
      <Choice value="corrected"/>
    </Choices>
    <TextArea name="note" toName="text" perRegion="true" placeholder="note / correction"/>
  </View>
</View>
"""


def label_studio_tasks(out_dir: str | Path) -> list[dict]:
    """One task per document with claims-or-text: ``data.text`` and one prediction region per claim."""
    from pipeline.review.site import document_text, load_output
    out_dir = Path(out_dir)
    claims, docs = load_output(out_dir)
    by_doc: dict[str, list[dict]] = {}
    for c in claims:
        by_doc.setdefault(c["doc_id"], []).append(c)
    tasks = []
    for d in docs:
        text, warn = document_text(out_dir, d)
        if text is None:
            if by_doc.get(d["doc_id"]):
                print(f"warning: {d['doc_id']}: {warn}; its {len(by_doc[d['doc_id']])} claims are not exported", file=sys.stderr)
            continue
        result = []
        for c in by_doc.get(d["doc_id"], []):
            q = c["quantity"]
            s, e = q["char_start"], q["char_end"]
            result.append({"id": c["id"], "from_name": "label", "to_name": "text", "type": "labels", "origin": "prediction",
                           "value": {"start": s, "end": e, "text": text[s:e], "labels": [q.get("kind") or "number"]},
                           "meta": {"claim_id": c["id"], "value": q.get("value"), "unit": q.get("unit"),
                                    "time": c.get("time"), "claim_type": c.get("claim_type")}})
        tasks.append({"data": {"text": text, "doc_id": d["doc_id"], "path": d.get("path"), "title": d.get("title"),
                               "published": d.get("published")},
                      "predictions": [{"model_version": f"sv-numclaims {__version__}", "result": result}]})
    return tasks


def write_label_studio(out_dir: str | Path, dest: str | Path) -> int:
    tasks = label_studio_tasks(out_dir)
    dest = Path(dest)
    with io.atomic_writer(dest) as fh:
        json.dump(tasks, fh, ensure_ascii=False, indent=1)
    io.write_text(dest.with_name("label_studio_config.xml"), label_studio_config())
    return len(tasks)


def _who(ann: dict):
    cb = ann.get("completed_by")
    if isinstance(cb, dict):
        return cb.get("email") or cb.get("username") or str(cb.get("id"))
    return None if cb is None else str(cb)


def _utf16_to_cp(text: str, offset: int) -> int:
    """A UTF-16 code-unit offset (what a browser counts) -> the code-point offset Python and our records use."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def align_region(text: str, start, end, rtext: str | None) -> tuple[int, int] | None:
    """A region's span in code points of ``text``: as given when it shows the region's text (or the region has
    none), else read as UTF-16 offsets (Label Studio's front end counts in JavaScript string units, so every
    emoji before a region shifts it by one), else the nearest occurrence of the region's text."""
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not text or not rtext or text[start:end] == rtext:
        return start, end
    s16, e16 = _utf16_to_cp(text, start), _utf16_to_cp(text, end)
    if text[s16:e16] == rtext:
        return s16, e16
    hits = [i for i in range(len(text)) if text.startswith(rtext, i)]
    if hits:
        i = min(hits, key=lambda h: abs(h - start))
        return i, i + len(rtext)
    return start, end


def _claim_regions(claims: list[dict]) -> dict[str, dict]:
    """Prediction-like regions made from the output's claims: what a task's predictions were."""
    return {c["id"]: {"id": c["id"], "type": "labels",
                      "value": {"start": c["quantity"]["char_start"], "end": c["quantity"]["char_end"],
                                "text": c["quantity"]["text"], "labels": [c["quantity"].get("kind") or "number"]}}
            for c in claims}


def _min_to_task(item: dict) -> dict:
    """A JSON_MIN export row (task data at the top level, regions under the labels' from_name) -> a task."""
    regions = item.get("label") or []
    data = {k: v for k, v in item.items() if k not in ("label", "annotator", "annotation_id", "created_at",
                                                      "updated_at", "lead_time", "id")}
    result = [{"id": f"min{i}", "type": "labels", "from_name": "label", "to_name": "text",
               "value": {k: r.get(k) for k in ("start", "end", "text", "labels")}}
              for i, r in enumerate(regions if isinstance(regions, list) else []) if isinstance(r, dict)]
    return {"id": item.get("id"), "data": data, "predictions": [],
            "annotations": [{"result": result, "completed_by": item.get("annotator"), "was_cancelled": False,
                             "created_at": item.get("created_at"), "updated_at": item.get("updated_at")}]}


def _normalise_export(export) -> list[dict]:
    if isinstance(export, dict):
        export = [export]
    tasks = []
    for t in export or []:
        if not isinstance(t, dict):
            continue
        tasks.append(_min_to_task(t) if "data" not in t and "annotations" not in t and "label" in t else t)
    return tasks


def decisions_from_label_studio(export, claims: list[dict] | None = None) -> tuple[list[dict], list[dict]]:
    """(decisions, new_spans) from a Label Studio export of tasks made by ``label_studio_tasks``.

    Reads Label Studio's JSON export (``predictions`` as a list of prediction ids,
    each annotation's ``result`` a list of regions with ``value.start/end/text/labels``,
    ``from_name``/``to_name``, per-region choices and text areas sharing the region's
    ``id``), the full format with the predictions inlined, and JSON_MIN. A task's claims
    are the output's claims of its ``data.doc_id`` when ``claims`` is given, else its
    inlined predictions. Regions are matched to claims by region id (kept when the
    annotator starts from the prediction), else by span (offsets checked against the
    region's text, UTF-16 offsets converted). Per claim, in the latest non-cancelled
    annotation: an explicit per-region ``verdict`` wins; otherwise a region kept unchanged
    is accepted, one with a changed label or span is corrected, one deleted is rejected.
    Regions that match no claim are returned as ``new_spans`` (quantities the pipeline
    missed; ``added_decisions`` turns them into ``added`` decisions).
    """
    by_doc: dict[str, list[dict]] = {}
    for c in claims or []:
        by_doc.setdefault(c["doc_id"], []).append(c)
    decisions, new_spans = [], []
    for task in _normalise_export(export):
        data = task.get("data") or {}
        text = data.get("text") or ""
        anns = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
        if not anns:
            continue
        ann = max(anns, key=lambda a: a.get("updated_at") or a.get("created_at") or "")
        ts = ann.get("updated_at") or ann.get("created_at") or datetime.now(timezone.utc).isoformat(timespec="seconds")
        regions, verdicts, notes = _annotation_regions(ann, text)
        by_span = {(r["value"].get("start"), r["value"].get("end")): rid for rid, r in regions.items()}
        used = set()
        for cid, pr in _task_predictions(task, by_doc).items():
            d = _claim_decision(cid, pr, regions, by_span, verdicts, used, text)
            rid = d.pop("_region")
            d.update(doc_id=data.get("doc_id"), note=notes.get(rid) if rid is not None else None, reviewer=_who(ann),
                     timestamp=ts, origin="label-studio")
            decisions.append({k: d[k] for k in ("claim_id", "doc_id", "status", "corrections", "note", "reviewer",
                                                "timestamp", "origin")})
        for rid, r in regions.items():
            if rid not in used:
                rv = r["value"]
                new_spans.append({"doc_id": data.get("doc_id"), "start": rv.get("start"), "end": rv.get("end"),
                                  "text": text[rv["start"]:rv["end"]] if text else rv.get("text"),
                                  "labels": rv.get("labels"), "reviewer": _who(ann), "timestamp": ts,
                                  "note": notes.get(rid)})
    return decisions, new_spans


def _task_predictions(task: dict, by_doc: dict) -> dict:
    """claim id -> its predicted region: from the output's claims of the task's document, else from the task's
    inlined predictions."""
    data = task.get("data") or {}
    if data.get("doc_id") in by_doc:
        return _claim_regions(by_doc[data["doc_id"]])
    preds = {}
    for p in task.get("predictions") or []:
        for r in (p.get("result") or []) if isinstance(p, dict) else []:
            if r.get("type") == "labels":
                preds[(r.get("meta") or {}).get("claim_id") or r["id"]] = r
    return preds


def _annotation_regions(ann: dict, text: str) -> tuple[dict, dict, dict]:
    """An annotation's labelled regions (offsets aligned to the text; unalignable ones left out), and the per-region
    verdict choices and notes, each by region id."""
    regions, verdicts, notes = {}, {}, {}
    for r in ann.get("result") or []:
        v = r.get("value") or {}
        if r.get("type") == "labels":
            span = align_region(text, v.get("start"), v.get("end"), v.get("text"))
            if span is None:
                continue
            r = dict(r, value=dict(v, start=span[0], end=span[1]))
            regions[r.get("id")] = r
        elif r.get("type") == "choices" and v.get("choices"):
            verdicts[r.get("id")] = v["choices"][0]
        elif r.get("type") == "textarea" and v.get("text"):
            notes[r.get("id")] = " ".join(v["text"]) if isinstance(v["text"], list) else str(v["text"])
    return regions, verdicts, notes


def _claim_decision(cid: str, pr: dict, regions: dict, by_span: dict, verdicts: dict, used: set, text: str) -> dict:
    """One predicted claim against the annotation: its region by id, else by span (each region used once); kept
    unchanged -> accepted, changed label or span -> corrected, deleted -> rejected; an explicit verdict wins.
    ``_region``: the region's id (None when deleted)."""
    pv = pr["value"]
    rid = cid if cid in regions else (pr["id"] if pr["id"] in regions else by_span.get((pv["start"], pv["end"])))
    if rid in used:
        rid = None
    region = regions.get(rid)
    corrections = None
    if region is None:
        status = "rejected"
    else:
        used.add(rid)
        rv = region["value"]
        changed = {}
        if rv.get("labels") != pv.get("labels"):
            changed["kind"] = (rv.get("labels") or [None])[0]
        if (rv.get("start"), rv.get("end")) != (pv["start"], pv["end"]):
            changed.update(char_start=rv.get("start"), char_end=rv.get("end"),
                           text=text[rv.get("start"):rv.get("end")] if text else rv.get("text"))
        status = "corrected" if changed else "accepted"
        corrections = changed or None
    explicit = verdicts.get(rid) if rid is not None else None
    if explicit in ("accepted", "rejected", "corrected"):
        status = explicit
    return {"claim_id": cid, "status": status, "corrections": corrections, "_region": rid}


def added_decisions(new_spans: list[dict]) -> list[dict]:
    """Regions the annotator drew where the pipeline had no claim -> ``added`` review decisions
    (``apply-review`` turns them into records); spans without a document or text are left out."""
    from pipeline.review.corrections import KINDS, added_claim_key
    out = []
    for sp in new_spans:
        s, e, t = sp.get("start"), sp.get("end"), sp.get("text")
        if not (sp.get("doc_id") and isinstance(s, int) and isinstance(e, int) and s < e and isinstance(t, str) and len(t) == e - s):
            continue
        label = (sp.get("labels") or [None])[0]
        out.append({"claim_id": added_claim_key(sp["doc_id"], s, e), "doc_id": sp["doc_id"], "status": "added",
                    "added": {"char_start": s, "char_end": e, "text": t},
                    "corrections": {"kind": label} if label in KINDS else None, "note": sp.get("note"),
                    "reviewer": sp.get("reviewer"), "timestamp": sp.get("timestamp"), "origin": "label-studio"})
    return out


# --- command line --------------------------------------------------------------------------

def export_cli(args) -> int:
    out = Path(args.output_dir)
    if not (out / "claims.jsonl").exists():
        print(f"error: {out / 'claims.jsonl'} not found: run the pipeline first", file=sys.stderr)
        return 2
    dest_dir = Path(args.dest) if args.dest else out / "export"
    if args.format == "label-studio":
        dest = dest_dir / "label_studio_tasks.json"
        n = write_label_studio(out, dest)
        print(f"export: {n} Label Studio tasks -> {dest} (config: {dest.with_name('label_studio_config.xml')})", file=sys.stderr)
        return 0
    df = load_claims(out)
    if args.format == "csv":
        dest = dest_dir / ("claims_excel.csv" if args.excel else "claims.csv")
        write_csv(df, dest, excel=args.excel)
    else:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print("error: Parquet needs pyarrow: pip install 'sv-numclaims[parquet]'", file=sys.stderr)
            return 2
        dest = dest_dir / "claims.parquet"
        write_parquet(df, dest)
    print(f"export: {len(df)} claims x {len(df.columns)} columns -> {dest}", file=sys.stderr)
    return 0


def import_label_studio_cli(args) -> int:
    from pipeline.review.site import append_decisions
    try:
        export = json.loads(Path(args.export).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {args.export}: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    claims = list(io.read_jsonl(out / "claims.jsonl")) if (out / "claims.jsonl").exists() else None
    export = _normalise_export(export)
    if (out / "documents.jsonl").exists():   # tasks of documents this output does not hold decide nothing here
        known = {d["doc_id"] for d in io.read_jsonl(out / "documents.jsonl")}
        foreign = [t for t in export if (t.get("data") or {}).get("doc_id") not in known]
        for t in foreign:
            print(f"warning: task {t.get('id')}: document {(t.get('data') or {}).get('doc_id')!r} is not in {out}; skipped",
                  file=sys.stderr)
        export = [t for t in export if t not in foreign]
    decisions, new_spans = decisions_from_label_studio(export, claims)
    added = added_decisions(new_spans)
    dest = out / "review" / "decisions.jsonl"
    append_decisions(dest, decisions + added)
    if new_spans:
        io.write_jsonl(out / "review" / "label_studio_new_spans.jsonl", new_spans)
        print(f"import-label-studio: {len(new_spans)} annotated spans match no claim (missed quantities) -> "
              f"{out / 'review' / 'label_studio_new_spans.jsonl'}; {len(added)} of them added as 'added' decisions",
              file=sys.stderr)
    counts: dict[str, int] = {}
    for d in decisions:
        counts[d["status"]] = counts.get(d["status"], 0) + 1
    print(f"import-label-studio: {len(decisions)} decisions ({', '.join(f'{k} {v}' for k, v in sorted(counts.items())) or 'none'}) "
          f"and {len(added)} added claims appended to {dest}; apply them with: python -m pipeline apply-review {dest} --out {out}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    sp = subparsers.add_parser("export", help="claims as CSV / Parquet (flat table) or Label Studio tasks")
    sp.add_argument("output_dir", nargs="?", default="output", metavar="OUTPUT_DIR", help="pipeline output folder (default: output)")
    sp.add_argument("--format", choices=("csv", "parquet", "label-studio"), default="csv")
    sp.add_argument("--dest", default=None, help="folder for the export (default: OUTPUT_DIR/export)")
    sp.add_argument("--excel", action="store_true",
                    help="CSV for (Swedish) Excel: UTF-8 with BOM, ';' separator, decimal comma -> claims_excel.csv")
    sp.set_defaults(func=export_cli)
    sp = subparsers.add_parser("import-label-studio", help="Label Studio JSON export -> review decisions (OUT/review/decisions.jsonl)")
    sp.add_argument("export", metavar="EXPORT.json")
    sp.add_argument("--out", default="output", help="output folder (decisions go to OUT/review/decisions.jsonl)")
    sp.set_defaults(func=import_label_studio_cli)
