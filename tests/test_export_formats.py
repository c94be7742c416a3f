"""Label Studio's own export format (predictions as ids, annotations as result lists, JSON_MIN) back into review
decisions, the round trip export -> annotator edits -> import -> apply, and the Excel-friendly CSV."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cli, io
from pipeline.review.export import (align_region, decisions_from_label_studio, is_excel_csv, label_studio_tasks, load_claims,
                             read_table)
from pipeline.batch import Options, run_batch

REPO = Path(__file__).resolve().parents[1]
LS_EXPORT = REPO / "tests" / "cases" / "label_studio" / "project-5-at-2024-05-02-09-25-1f2e3d4c.json"


@pytest.fixture()
def ls_out(tmp_path):
    """The documents of the Label Studio export, run through the pipeline (the claims the tasks were made from)."""
    export = json.loads(LS_EXPORT.read_text(encoding="utf-8"))
    corpus = tmp_path / "in"
    corpus.mkdir()
    for t in export:
        d = t["data"]
        (corpus / f"{d['doc_id']}.txt").write_text(d["text"], encoding="utf-8")
        if d.get("published"):
            (corpus / f"{d['doc_id']}.txt.meta.json").write_text(json.dumps({"published": d["published"]}), encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    return out, export


def _by_text(out, doc_id):
    return {c["quantity"]["text"]: c for c in io.read_jsonl(out / "claims.jsonl") if c["doc_id"] == doc_id}


def test_label_studio_json_export_with_prediction_ids(ls_out):
    out, export = ls_out
    assert all(isinstance(p, int) for t in export for p in t["predictions"])     # Label Studio's own shape
    claims = list(io.read_jsonl(out / "claims.jsonl"))
    decisions, new_spans = decisions_from_label_studio(export, claims)
    c = _by_text(out, "budget_2024")
    got = {d["claim_id"]: (d["status"], d["corrections"], d["note"]) for d in decisions}
    assert got == {
        c["40 miljoner kronor"]["id"]: ("accepted", None, None),
        c["87 procent"]["id"]: ("accepted", None, None),               # UTF-16 offsets after an emoji, aligned
        c["Över 300"]["id"]: ("corrected", {"kind": "number"}, None),  # relabelled
        c["ungefär hälften"]["id"]: ("rejected", None, "inte ett påstående om skolan"),   # per-region verdict + note
        c["under 30 år"]["id"]: ("rejected", None, None),              # deleted
        c["2,5 miljarder kronor"]["id"]: ("accepted", None, None),     # region without text: by offsets
        c["ett tiotal"]["id"]: ("accepted", None, None),
    }
    assert {d["doc_id"] for d in decisions} == {"budget_2024"}         # task without annotations: no decisions
    assert all(d["reviewer"] == "2" and d["timestamp"] == "2024-05-02T09:21:07.958145Z" for d in decisions)
    assert [(s["text"], s["labels"]) for s in new_spans] == [("fåtal skolor", ["count"])]


def test_label_studio_import_cli_and_apply(ls_out, capsys):
    out, _ = ls_out
    assert cli.main(["import-label-studio", str(LS_EXPORT), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "7 decisions" in err and "1 added claims" in err
    assert cli.main(["apply-review", str(out / "review" / "decisions.jsonl"), "--out", str(out), "--strict"]) == 0
    capsys.readouterr()
    df = load_claims(out)
    budget = df[df["doc_id"] == "budget_2024"]
    status = dict(zip(budget["quantity_text"], budget["review_status"]))
    assert status["under 30 år"] == "rejected" and status["Över 300"] == "corrected" and status["87 procent"] == "accepted"
    new = budget[budget["quantity_text"] == "fåtal skolor"].iloc[0]
    assert new["quantity_kind"] == "count" and bool(new["review_added"])
    text = json.loads(LS_EXPORT.read_text(encoding="utf-8"))[0]["data"]["text"]
    assert text[new["quantity_char_start"]:new["quantity_char_end"]] == "fåtal skolor"
    assert set(df[df["doc_id"] == "region_vard"]["review_status"]) == {"pending"}


def test_label_studio_json_min(ls_out):
    """JSON_MIN: one flat row per task, regions under the labels' from_name."""
    out, export = ls_out
    t = export[0]
    ann = t["annotations"][1]
    rows = [dict(t["data"], id=t["id"], annotator="eva@example.org", annotation_id=ann["id"],
                 created_at=ann["created_at"], updated_at=ann["updated_at"], lead_time=ann["lead_time"],
                 label=[dict(r["value"]) for r in ann["result"] if r["type"] == "labels"])]
    decisions, new_spans = decisions_from_label_studio(rows, list(io.read_jsonl(out / "claims.jsonl")))
    c = _by_text(out, "budget_2024")
    got = {d["claim_id"]: d["status"] for d in decisions}
    # no per-region verdicts in JSON_MIN: the kept region is accepted
    assert got[c["ungefär hälften"]["id"]] == "accepted" and got[c["under 30 år"]["id"]] == "rejected"
    assert got[c["Över 300"]["id"]] == "corrected" and {d["reviewer"] for d in decisions} == {"eva@example.org"}
    assert [s["text"] for s in new_spans] == ["fåtal skolor"]


@pytest.mark.parametrize("text,start,end,rtext,want", [
    ("ab 12 kr", 3, 8, "12 kr", (3, 8)),                       # code points already
    ("😀 12 kr", 3, 8, "12 kr", (2, 7)),                        # UTF-16: the emoji counts twice
    ("😀😀 x 5 %", 7, 10, "5 %", (5, 8)),
    ("5 kr och 5 kr", 8, 12, "5 kr", (9, 13)),                 # off by one: nearest occurrence
    ("inget", 0, 3, None, (0, 3)),                             # no text to check: offsets as given
    ("inget", None, 3, "ing", None),
])
def test_align_region(text, start, end, rtext, want):
    assert align_region(text, start, end, rtext) == want


def _as_label_studio_would_export(tasks):
    """Our tasks imported into Label Studio and exported again by its JSON export: predictions become ids,
    annotations copy the prediction's regions (same ids) and the annotator's edits."""
    out = []
    for n, t in enumerate(tasks):
        result = []
        for i, r in enumerate(t["predictions"][0]["result"]):
            r = {k: json.loads(json.dumps(v)) for k, v in r.items() if k not in ("meta",)}
            r["origin"] = "prediction"
            if i % 3 == 1:
                continue                                     # deleted -> rejected
            if i % 3 == 2:
                r["value"]["labels"] = ["ordinal"] if r["value"]["labels"] != ["ordinal"] else ["number"]
                r["origin"] = "prediction-changed"
            r["id"] = f"ls{n}x{i}"                           # Label Studio's own region ids: matched by span
            result.append(r)
        out.append({"id": n + 1, "data": t["data"], "predictions": [1000 + n], "drafts": [], "meta": {},
                    "annotations": [{"id": 200 + n, "completed_by": 4, "result": result, "was_cancelled": False,
                                     "ground_truth": False, "created_at": "2024-06-01T10:00:00.000000Z",
                                     "updated_at": "2024-06-01T10:05:00.000000Z", "lead_time": 12.5, "task": n + 1,
                                     "parent_prediction": 1000 + n, "prediction": {}}]})
    return out


def test_round_trip_through_label_studio_shape(corpus_run, tmp_path, capsys):
    src, claims, _ = corpus_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    tasks = label_studio_tasks(out)
    exported = _as_label_studio_would_export(tasks)
    path = tmp_path / "project-1-at-2024-06-01.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["import-label-studio", str(path), "--out", str(out)]) == 0
    assert cli.main(["apply-review", str(out / "review" / "decisions.jsonl"), "--out", str(out), "--strict"]) == 0
    capsys.readouterr()
    after = {c["id"]: c for c in io.read_jsonl(out / "claims.jsonl")}
    assert set(after) == {c["id"] for c in claims}
    expected = {}
    for t in tasks:
        for i, r in enumerate(t["predictions"][0]["result"]):
            expected[r["id"]] = ("accepted", "rejected", "corrected")[i % 3]
    assert {cid: c["review"]["status"] for cid, c in after.items()} == expected
    for cid, st in expected.items():
        if st == "corrected":
            assert after[cid]["review"]["corrections"]["kind"] in ("ordinal", "number")
            assert after[cid]["review"]["reviewer"] == "4"


# --- Excel-friendly CSV --------------------------------------------------------------------------

def test_excel_csv(corpus_run, tmp_path, capsys):
    src, claims, _ = corpus_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    # a text cell that a spreadsheet would run as a formula, and a decimal value
    recs = list(io.read_jsonl(out / "claims.jsonl"))
    recs[0]["subject"] = "=HYPERLINK(\"http://x\";\"klicka\")"
    recs[1]["quantity"]["value"] = 1234.5
    io.write_jsonl(out / "claims.jsonl", recs)
    assert cli.main(["export", str(out), "--format", "csv", "--excel"]) == 0
    assert "claims_excel.csv" in capsys.readouterr().err
    path = out / "export" / "claims_excel.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and is_excel_csv(path)
    header = raw[3:].split(b"\n", 1)[0].decode()
    assert header.startswith("id;doc_id;schema_version;")
    assert ";1234,5;" in raw.decode("utf-8")
    # what Swedish Excel does: ';' separator, decimal comma
    df = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
    assert len(df) == len(recs) and df["quantity_value"].dtype == "float64"
    assert df["quantity_value"].iloc[1] == 1234.5
    values = [r["quantity"]["value"] for r in recs]
    assert [None if pd.isna(v) else v for v in df["quantity_value"]] == values
    assert df["subject"].iloc[0].startswith("'=")          # defused for the spreadsheet
    # and the project reads it back to the same frame as the JSONL
    pd.testing.assert_frame_equal(read_table(path), load_claims(out))
    pd.testing.assert_frame_equal(load_claims(path), load_claims(out))
    # the plain CSV is unchanged: no BOM, ',' and a decimal point
    assert cli.main(["export", str(out), "--format", "csv"]) == 0
    plain = (out / "export" / "claims.csv").read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf") and not is_excel_csv(out / "export" / "claims.csv")
    assert ",1234.5," in plain.decode("utf-8")


def test_tasks_of_other_documents_are_skipped(corpus_run, tmp_path, capsys):
    """An export of another project's documents decides nothing in this output (no decisions, no added claims)."""
    src, _, _ = corpus_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    assert cli.main(["import-label-studio", str(LS_EXPORT), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "'budget_2024' is not in" in err and "0 decisions" in err and "0 added claims" in err
    assert list(io.read_jsonl(out / "review" / "decisions.jsonl")) == []
