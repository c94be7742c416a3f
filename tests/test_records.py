"""Stage 4 and the whole run: contract records, schema, offsets, stable ids, bad input, CLI, dev-set gate."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import io
from pipeline.ingest import decode
from pipeline.runner import Options, run_batch
from pipeline.schema import validator


def test_records_validate_against_schema(corpus_run):
    _, records, docs = corpus_run
    claim_v, doc_v = validator("claim"), validator("document")
    assert records and docs
    for r in records:
        assert not [e.message for e in claim_v.iter_errors(r)], r["id"]
    for d in docs:
        assert not [e.message for e in doc_v.iter_errors(d)]


def test_records_offsets_point_at_original_text(corpus_run):
    _, records, _ = corpus_run
    cache = {}
    for r in records:
        path = r["source"]["path"]
        if path not in cache:
            cache[path] = decode(Path(path).read_bytes())[0]
        text = cache[path]
        q, s = r["quantity"], r["sentence"]
        assert text[q["char_start"]:q["char_end"]] == q["text"]
        assert text[s["char_start"]:s["char_end"]] == s["text"]
        assert s["char_start"] <= q["char_start"] and q["char_end"] <= s["char_end"]


def test_records_ids_stable_and_unique(corpus_run, tmp_path, corpus_dir):
    out, records, _ = corpus_run
    run_batch([str(corpus_dir)], tmp_path, Options(), progress=False)
    assert (tmp_path / "claims.jsonl").read_bytes() == (out / "claims.jsonl").read_bytes()
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_records_contract_on_sample(corpus_run):
    _, records, docs = corpus_run
    by_doc = {d["doc_id"]: d for d in docs}
    assert by_doc["001_edd48ccbbebdaf06"]["published"].startswith("2018-06-26")
    assert all(d["status"] == "ok" for d in docs)
    texts = {r["quantity"]["text"] for r in records}
    assert not {t for t in texts if "0735799701" in t or "0708" in t or "10:30" in t}
    quote = [r for r in records if r["doc_id"] == "001_edd48ccbbebdaf06" and "en miljard kronor" in r["quantity"]["text"]]
    assert quote and quote[0]["attribution"]["speaker"] == "Katrin Stjernfeldt Jammeh" and quote[0]["attribution"]["party"] == "S"
    under_heading = [r for r in records if r["sentence"]["kind"] == "bullet" and r["doc_id"].startswith("000") and r["time"] and r["time"]["source"] == "document_context"]
    in_lists = [r for r in records if r["sentence"]["kind"] == "bullet" and "2018 – 2022" in _heading_of(r, records)]
    assert in_lists and all(r["time"] is not None for r in in_lists)
    assert under_heading and all(r["time"]["end"] in ("2022",) for r in under_heading)
    dup = [r for r in records if r["duplicate_of"]]
    assert dup and all(any(o["id"] == r["duplicate_of"] for o in records) for r in dup)


@pytest.mark.parametrize("name,content,status", [
    ("empty.txt", b"", "skipped"),
    ("binary.txt", b"\x00\x01\x02\xff" * 50, "error"),
    ("broken.txt", "Malmö får åtta företag och hälften av jobben. ".encode() * 3 + b"\xff\xfe\xfa", "error"),
    ("legacy.txt", "Malmö får 970 Mkr för 2019 och åtta företag.".encode("cp1252"), "ok"),
    ("utf16.txt", "Malmö får 970 Mkr.".encode("utf-16"), "ok"),
])
def test_records_bad_input_does_not_stop_batch(make_corpus, tmp_path, name, content, status):
    root = make_corpus({name: content, "good.txt": "Rubrik\n\nMalmö får 970 Mkr.\n"})
    (root / "dir.txt").mkdir()
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", str(root), "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    docs = {d["doc_id"]: d for d in io.read_jsonl(out / "documents.jsonl")}
    assert docs[Path(name).stem]["status"] == status
    assert docs["good"]["status"] == "ok" and docs["good"]["n_claims"] == 1
    assert docs["dir"]["status"] == "error" and docs["dir"]["error"]
    assert any(r["doc_id"] == "good" for r in io.read_jsonl(out / "claims.jsonl"))


def test_records_cli_missing_input_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "nope"), "--out", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "no such file" in r.stderr


def test_records_stage_commands_match_run(corpus_run, corpus_dir, tmp_path):
    out, _, _ = corpus_run
    for args in (["ingest", str(corpus_dir)], ["segment"], ["extract"], ["records"]):
        subprocess.run([sys.executable, "-m", "pipeline", *args, "--out", str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "claims.jsonl").read_bytes() == (out / "claims.jsonl").read_bytes()
    assert (tmp_path / "documents.jsonl").read_bytes() == (out / "documents.jsonl").read_bytes()


def test_records_stage_out_of_order_says_what_to_run(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--out", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2 and "run the 'ingest' stage first" in r.stderr


def test_records_quantities_cli():
    r = subprocess.run([sys.executable, "-m", "pipeline", "quantities", "--published", "2018-06-26"],
                       input="I år är det 22 Mkr och ca 5 procent.\nIngen siffra här.\n", capture_output=True, text=True, check=True)
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(q["value"], q["unit"], q["bound"]) for q in rows[0]] == [(22e6, "SEK", "exact"), (5, "percent", "approx")]
    assert rows[0][0]["time"]["start"] == "2018" and rows[1] == []


def test_records_atomic_write_leaves_old_file_on_crash(tmp_path):
    target = tmp_path / "claims.jsonl"
    io.write_jsonl(target, [{"a": 1}])

    def rows():
        yield {"a": 2}
        raise RuntimeError("crash mid-write")
    with pytest.raises(RuntimeError):
        io.write_jsonl(target, rows())
    assert list(io.read_jsonl(target)) == [{"a": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_records_dev_set_gate(corpus_run, shared_dir):
    """The scorer in ../shared on the sample corpus: a floor that only goes up."""
    out, _, _ = corpus_run
    r = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_claims.py"), "--pred", str(out / "claims.jsonl"),
                        "--gold", str(shared_dir / "dev" / "gold_quantities.jsonl"), "--neg", str(shared_dir / "dev" / "gold_negatives.jsonl"),
                        "--json"], capture_output=True, text=True, check=True)
    score = json.loads(r.stdout)
    assert score["f1"] >= 1.0 and not score["negatives_hit"]
    acc = score["accuracy_on_matched"]
    assert min(acc["value"], acc["unit"], acc["bound"], acc["per"], acc["direction"]) >= 1.0
    assert acc["time"] >= 0.95


@pytest.mark.parametrize("order,error", [(["ingest", "segment", "extract", "records"], None),
                                         (["ingest", "extract"], "E012"), (["segment"], "E012"), (["ingest", "tokenize"], "E011")])
def test_records_stage_order_is_checked(order, error):
    from pipeline.stages import check_order
    if error is None:
        check_order(order)
    else:
        with pytest.raises(ValueError, match=error):
            check_order(order)


def _heading_of(record, records):
    """The text of the heading that governs a record's sentence (from the interim segments)."""
    from pipeline.ingest import ingest_path
    from pipeline.segment import segment_text
    path = Path(record["source"]["path"])
    doc = ingest_path(path, path.parent)
    segs = segment_text(doc.text, doc.furniture)
    seg = segs[record["sentence"]["index"]]
    return segs[seg.heading].text if seg.heading is not None else ""


def test_records_quantities_cli_is_record_shaped_too():
    r = subprocess.run([sys.executable, "-m", "pipeline", "quantities", "--published", "2018-06-26"],
                       input="Malmö får ca 970 Mkr till 2028.\n", capture_output=True, text=True, check=True)
    item = json.loads(r.stdout)[0]
    assert item["value"] == item["quantity"]["value"] == 970e6
    assert item["quantity"]["char_start"] == 10 and item["time"]["end"] == "2028" and item["change"] is None


def test_the_makefile_stage_targets_follow_the_registry():
    """Each stage's make target depends on exactly the interim files the registry says the stage reads."""
    import re
    from pipeline.stages import STAGES
    make = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    name = {"OUT/interim/": "$(INTERIM)/", "OUT/": "$(OUT)/"}
    def as_make(p):
        for k, v in name.items():
            if p.startswith(k):
                return v + p[len(k):]
        return p
    for stage in STAGES:
        target = as_make(stage.writes[0])
        line = next(l for l in make.splitlines() if l.startswith(target) and ":" in l)
        deps = set(re.findall(r"\$\((?:INTERIM|OUT)\)/[\w./]+", line.split(":", 1)[1] if "&:" not in line else line.split("&:", 1)[1]))
        assert deps == {as_make(r) for r in stage.reads if r.startswith("OUT/")}, (stage.name, deps)


def test_run_steps_is_the_whole_pipeline_of_one_document():
    from pipeline.ingest import ingest_bytes
    from pipeline.stages import run_steps
    doc = ingest_bytes("Under 2023 ökade antalet brott med 12 procent.".encode(), "t", "t.txt")
    state = run_steps({"doc": doc})
    assert [r["quantity"]["text"] for r in state["records"]] == ["12 procent"]
    assert len(state["segments"]) == 1
