"""Flat DataFrame / CSV / Parquet exports, Label Studio tasks and their import back as decisions."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline import cli, io
from pipeline.review.export import (COLUMNS, decisions_from_label_studio, flatten_record, label_studio_tasks, load_claims,
                             read_table)
from pipeline.batch import Options, run_batch

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"

HTML_DOC = ("<html><head><title>Budget 2024</title></head><body><h1>Budget 2024</h1>"
            "<p>Regionen satsar 40 miljoner kronor på vården under 2024, och andelen nöjda patienter steg "
            "från 71 till 78 procent.</p><p>Över 300 personer – ”nästan hälften” – deltog.</p></body></html>")
TXT_DOC = ("Statsministern: ”Vi ska bygga 2 500 nya bostäder till 2030”\n\n"
           "Arbetslösheten sjönk med 1,2 procentenheter jämfört med 2020. Kostnaden blev 3,5 mdkr.\r\n"
           "Åtgärden berör ca 12 000 hushåll i Malmö – 😀 emoji före talet 45 procent.\n")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "web").mkdir()
    (corpus / "web" / "budget.html").write_text(HTML_DOC, encoding="utf-8")
    (corpus / "tal.txt").write_bytes(TXT_DOC.encode("utf-8"))
    out = root / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    return out


def _claims(out):
    return list(io.read_jsonl(out / "claims.jsonl"))


# --- flat table ---------------------------------------------------------------------------------

def test_load_claims_flat(out):
    claims = _claims(out)
    df = load_claims(out)
    assert len(df) == len(claims) > 0
    assert list(df.columns[:len(COLUMNS)]) == list(COLUMNS)
    assert list(df["id"]) == [c["id"] for c in claims]
    for col in ("quantity_value", "quantity_unit", "time_start", "time_end", "sentence_text", "attribution_speaker",
                "review_status", "claim_types"):
        assert col in df.columns
    assert not any(isinstance(v, (dict, list)) for col in df.columns for v in df[col].dropna())
    for row, c in zip(df.itertuples(index=False), claims):
        assert row.quantity_char_start == c["quantity"]["char_start"]
        assert row.quantity_kind == c["quantity"]["kind"]
        v = c["quantity"]["value"]
        assert (pd.isna(row.quantity_value) and v is None) or row.quantity_value == v
        assert (row.time_start if not pd.isna(row.time_start) else None) == (c["time"] or {}).get("start")
        assert row.claim_types == "|".join(c["claim_types"])
    assert df["quantity_value"].dtype == "Float64" and df["quantity_char_start"].dtype == "Int64"


@pytest.mark.parametrize("how", ["folder", "file", "package"])
def test_load_claims_entry_points(out, how):
    expected = load_claims(out)
    got = {"folder": lambda: load_claims(out), "file": lambda: load_claims(out / "claims.jsonl"),
           "package": lambda: pipeline.load_claims(out)}[how]()
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("fmt,name", [("csv", "claims.csv"), ("parquet", "claims.parquet")])
def test_export_reloads_to_same_frame(out, fmt, name, capsys):
    assert cli.main(["export", str(out), "--format", fmt]) == 0
    assert "export:" in capsys.readouterr().err
    path = out / "export" / name
    assert path.is_file()
    expected = load_claims(out)
    pd.testing.assert_frame_equal(read_table(path), expected)
    pd.testing.assert_frame_equal(load_claims(path), expected)
    if fmt == "csv":
        raw = pd.read_csv(path)
        assert len(raw) == len(expected) and "quantity_value" in raw.columns


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_awkward_values_round_trip(out, tmp_path, fmt):
    from pipeline.review.export import claims_frame, write_csv, write_parquet
    recs = _claims(out)[:4]
    odd = [0.1 + 0.2, 1 / 3, -1e-300, 123456789012345.67]
    for r, v in zip(recs, odd):
        r["quantity"]["value"] = v
    recs[0]["subject"] = 'komma, "citat" och\nny rad; 😀'
    recs[1]["subject"] = ""
    recs[1]["quantity"]["unit_inferred"] = True
    df = claims_frame(recs)
    path = tmp_path / f"c.{fmt}"
    (write_csv if fmt == "csv" else write_parquet)(df, path)
    back = read_table(path)
    if fmt == "csv":  # CSV cannot tell an empty string from a missing value
        df.loc[1, "subject"] = pd.NA
    pd.testing.assert_frame_equal(back, df)
    assert list(back["quantity_value"]) == odd


def test_reviewed_records_flatten(out):
    rec = _claims(out)[0]
    rec = dict(rec, review={"status": "corrected", "note": "x", "reviewer": "eva", "decided_at": "2024-01-01",
                            "corrections": {"value": 3.0, "unit": "SEK", "period": {"start": "2020", "end": "2021"}}})
    row = flatten_record(rec)
    assert row["review_corrections_value"] == 3.0
    assert row["review_corrections_period_start"] == "2020" and row["review_status"] == "corrected"
    assert "time" not in row or row["time"] is not None


def test_export_without_claims_fails(tmp_path, capsys):
    assert cli.main(["export", str(tmp_path), "--format", "csv"]) == 2
    assert "not found" in capsys.readouterr().err


# --- Label Studio -----------------------------------------------------------------------------

def test_label_studio_offsets(out, capsys):
    assert cli.main(["export", str(out), "--format", "label-studio"]) == 0
    tasks = json.loads((out / "export" / "label_studio_tasks.json").read_text(encoding="utf-8"))
    assert (out / "export" / "label_studio_config.xml").read_text().startswith("<View>")
    claims = _claims(out)
    docs = list(io.read_jsonl(out / "documents.jsonl"))
    assert len(tasks) == len(docs)
    by_id = {c["id"]: c for c in claims}
    seen = set()
    for t in tasks:
        text = t["data"]["text"]
        for r in t["predictions"][0]["result"]:
            v = r["value"]
            c = by_id[r["id"]]
            assert text[v["start"]:v["end"]] == v["text"] == c["quantity"]["text"]
            assert v["labels"] == [c["quantity"]["kind"]]
            assert c["doc_id"] == t["data"]["doc_id"]
            seen.add(r["id"])
    assert seen == set(by_id)
    # HTML input: the text is the extracted plain text, not markup
    web = next(t for t in tasks if t["data"]["doc_id"] == "web/budget")
    assert "<p>" not in web["data"]["text"] and "40 miljoner kronor" in web["data"]["text"]
    # non-BMP characters before a quantity: offsets stay code points
    tal = next(t for t in tasks if t["data"]["doc_id"] == "tal")
    assert "\r\n" in tal["data"]["text"]
    assert any(r["value"]["text"].startswith("45") for r in tal["predictions"][0]["result"])


def _annotate(tasks):
    """Simulate a Label Studio export: annotator keeps, relabels, deletes and adds regions."""
    exported, expected = [], {}
    for n, t in enumerate(tasks):
        pred = t["predictions"][0]["result"]
        result = []
        for i, r in enumerate(pred):
            r = json.loads(json.dumps(r))
            r.pop("origin", None)
            if i % 4 == 0:
                expected[r["id"]] = ("accepted", None)
            elif i % 4 == 1:
                r["value"]["labels"] = ["number"] if r["value"]["labels"] != ["number"] else ["count"]
                expected[r["id"]] = ("corrected", {"kind": r["value"]["labels"][0]})
            elif i % 4 == 2:
                expected[r["id"]] = ("rejected", None)
                continue
            else:
                expected[r["id"]] = ("rejected", None)  # explicit per-region verdict + note
                result.append({"id": r["id"], "from_name": "verdict", "to_name": "text", "type": "choices",
                               "value": {"start": r["value"]["start"], "end": r["value"]["end"], "choices": ["rejected"]}})
                result.append({"id": r["id"], "from_name": "note", "to_name": "text", "type": "textarea",
                               "value": {"start": r["value"]["start"], "end": r["value"]["end"], "text": ["inte ett påstående"]}})
            result.append(r)
        text = t["data"]["text"]
        result.append({"id": f"new{n}", "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": 0, "end": min(4, len(text)), "text": text[:4], "labels": ["number"]}})
        exported.append({"id": n + 1, "data": t["data"], "predictions": t["predictions"],
                         "annotations": [{"id": 100 + n, "completed_by": {"id": 1, "email": "eva@example.org"},
                                          "result": result, "was_cancelled": False,
                                          "created_at": "2024-05-01T10:00:00Z", "updated_at": "2024-05-01T10:00:00Z"}]})
    return exported, expected


def test_label_studio_import_round_trip(out, tmp_path, capsys):
    work = tmp_path / "out"
    shutil.copytree(out, work)
    exported, expected = _annotate(label_studio_tasks(work))
    decisions, new_spans = decisions_from_label_studio(exported)
    assert {d["claim_id"]: (d["status"], d["corrections"]) for d in decisions} == expected
    assert len(new_spans) == len(exported)
    note = [d for d in decisions if d.get("note")]
    assert note and all(d["note"] == "inte ett påstående" and d["status"] == "rejected" for d in note)

    ls_file = tmp_path / "ls_export.json"
    ls_file.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["import-label-studio", str(ls_file), "--out", str(work)]) == 0
    err = capsys.readouterr().err
    assert f"{len(expected)} decisions" in err and "match no claim" in err
    dec = work / "review" / "decisions.jsonl"
    rows = list(io.read_jsonl(dec))
    assert all(r["reviewer"] == "eva@example.org" for r in rows)
    # one decision per claim, plus the span drawn in each task as an 'added' claim
    assert len([r for r in rows if r["status"] != "added"]) == len(expected)
    assert len([r for r in rows if r["status"] == "added"]) == len(exported)
    assert cli.main(["apply-review", str(dec), "--out", str(work)]) == 0
    capsys.readouterr()
    df = load_claims(work)
    extracted = df[df["review_added"].isna()]
    got = dict(zip(extracted["id"], extracted["review_status"]))
    assert got == {cid: st for cid, (st, _) in expected.items()}
    added = df[df["review_added"].fillna(False).astype(bool)]
    assert len(added) == len(exported) and (added["quantity_char_start"] == 0).all()
    relabelled = df[df["review_status"] == "corrected"]
    assert relabelled["review_corrections_kind"].notna().all()


def test_label_studio_moved_span_is_a_correction(out):
    task = label_studio_tasks(out)[0]
    pred = task["predictions"][0]["result"][0]
    moved = json.loads(json.dumps(pred))
    moved["id"] = "ls-generated"
    moved["value"]["end"] += 1
    moved["value"]["text"] = task["data"]["text"][moved["value"]["start"]:moved["value"]["end"]]
    exported = [dict(task, annotations=[{"result": [moved], "completed_by": 7}])]
    decisions, new_spans = decisions_from_label_studio(exported)
    d = next(x for x in decisions if x["claim_id"] == pred["id"])
    # a region with a new id and a different span is not recognised as the claim: rejected + a new span
    assert d["status"] == "rejected" and len(new_spans) == 1
    moved["id"] = pred["id"]
    decisions, new_spans = decisions_from_label_studio(exported)
    d = next(x for x in decisions if x["claim_id"] == pred["id"])
    assert d["status"] == "corrected" and d["corrections"]["char_end"] == pred["value"]["end"] + 1
    assert d["reviewer"] == "7" and not new_spans
