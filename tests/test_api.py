"""The Python API: pipeline.extraction.document / extract_frame give what `run` gives, with typed columns and real dates."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline import io
from pipeline.api import period_bound
from pipeline.ingest import decode
from pipeline.batch import Options, run_batch

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "tests" / "heldout" / "corpus"
# a few held-out texts of each format, with and without a sidecar (published / title)
HELDOUT_SAMPLE = ["trafik.txt", "skola_kommun.txt", "bostad.html", "parti_skola.html", "energi_klimat.md",
                  "r3_scb_aku_tabell.txt", "w_kommun_nyhet.html"]


def _run_and_extract(files: list[Path], tmp_path: Path):
    """Run the batch on copies of ``files`` (sidecars too) and extract() each text; (run records, api records) per doc."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    for f in files:
        (corpus / f.name).write_bytes(f.read_bytes())
        side = f.with_name(f.name + ".meta.json")
        if side.exists():
            (corpus / side.name).write_bytes(side.read_bytes())
    out = tmp_path / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    docs = list(io.read_jsonl(out / "documents.jsonl"))
    by_doc: dict[str, list] = {}
    for r in io.read_jsonl(out / "claims.jsonl"):
        by_doc.setdefault(r["doc_id"], []).append(r)
    pairs = []
    for d in docs:
        src = corpus / Path(d["path"]).name
        meta = {}
        side = src.with_name(src.name + ".meta.json")
        if side.exists():
            meta = json.loads(side.read_text(encoding="utf-8"))
        text = decode(src.read_bytes())[0]
        got = pipeline.extract(text, meta.get("published"), meta.get("title"), doc_id=d["doc_id"], path=d["path"])
        pairs.append((d["doc_id"], by_doc.get(d["doc_id"], []), got))
    return pairs


def test_extract_equals_run_on_the_sample_corpus(tmp_path, corpus_dir):
    pairs = _run_and_extract(sorted(corpus_dir.glob("*.txt")), tmp_path)
    assert len(pairs) == 2
    for doc_id, from_run, from_api in pairs:
        assert from_run, doc_id
        assert from_api == from_run, doc_id


def test_extract_equals_run_on_heldout_texts(tmp_path):
    pairs = _run_and_extract([HELDOUT / n for n in HELDOUT_SAMPLE], tmp_path)
    assert len(pairs) == len(HELDOUT_SAMPLE)
    for doc_id, from_run, from_api in pairs:
        assert from_run, doc_id
        assert from_api == from_run, doc_id


def test_extract_defaults_and_metadata():
    text = "Trafikolyckor 2017\n\nUnder 2017 omkom 253 personer i vägtrafiken, en minskning med 17 jämfört med 2016.\n"
    recs = pipeline.extract(text)
    assert [r["quantity"]["value"] for r in recs] == [253.0, 17.0]
    assert {r["doc_id"] for r in recs} == {"text"} and recs[0]["source"]["path"] == "text.txt"
    assert recs[0]["source"]["title"] == "Trafikolyckor 2017" and recs[0]["source"]["published"] is None
    assert recs[1]["change"]["direction"] == "decrease"
    # published and title act like a sidecar: they override what the text states
    recs2 = pipeline.extract(text, published="2018-01-10", title="Vägtrafik")
    assert recs2[0]["source"]["published"] == "2018-01-10" and recs2[0]["source"]["title"] == "Vägtrafik"
    # the same text gives the same ids every time; another doc_id other ids
    assert [r["id"] for r in pipeline.extract(text)] == [r["id"] for r in recs]
    assert [r["id"] for r in pipeline.extract(text, doc_id="a")] != [r["id"] for r in recs]


def test_extract_resolves_relative_time_against_published():
    recs = pipeline.extract("I år satsar kommunen 40 miljoner kronor på skolan.", published="2023-05-02")
    assert recs[0]["time"]["start"] == "2023"
    undated = pipeline.extract("I år satsar kommunen 40 miljoner kronor på skolan.")[0]["time"]
    assert undated["start"] is None and undated.get("unresolved")   # no date: left open, never guessed


@pytest.mark.parametrize("text,status", [("", "skipped"), ("   \n\n", "skipped"), ("\x00\x01\x02\x03" * 50, "error")])
def test_extract_bad_input_is_a_status_not_an_exception(text, status):
    assert pipeline.extract(text) == []
    line, recs = pipeline.extract_with_status(text)
    assert line["status"] == status and line["error"] and recs == []


def test_extract_html_by_path_suffix():
    html = "<html><body><nav>Meny 24</nav><main><p>Regionen satsar 40 miljoner kronor på vården.</p></main></body></html>"
    recs = pipeline.extract(html, path="sida.html")
    assert [r["quantity"]["text"] for r in recs] == ["40 miljoner kronor"]
    with pytest.raises(TypeError):
        pipeline.extract(42)


@pytest.mark.parametrize("prefix,first,last", [
    ("2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2022-11", date(2022, 11, 1), date(2022, 11, 30)),
    ("2020-06-15", date(2020, 6, 15), date(2020, 6, 15)),
    (None, None, None), ("", None, None), ("okänt", None, None), ("2021-13", None, None),
])
def test_period_bound(prefix, first, last):
    assert period_bound(prefix) == first
    assert period_bound(prefix, end=True) == last


def test_extract_frame_types_and_dates():
    texts = {
        "a": "Under 2017 omkom 253 personer i vägtrafiken.",
        "b": "I februari 2024 steg priserna med 3,5 procent jämfört med januari.",
        "c": "Kommunen har ungefär 12 000 invånare.",
    }
    df = pipeline.extract_frame(texts, published=["2018-01-10", "2024-03-10T09:00:00+01:00", None])
    assert list(df["doc_id"]) == ["a", "b", "c"]
    assert df["quantity_value"].dtype == "Float64" and df["quantity_char_start"].dtype == "Int64"
    assert df["quantity_unit"].dtype == "string"
    for col in ("period_start", "period_end", "baseline_start", "baseline_end", "published_date"):
        assert str(df[col].dtype) == "datetime64[ns]", col
    a, b, c = (df.iloc[i] for i in range(3))
    assert (a.period_start, a.period_end) == (pd.Timestamp("2017-01-01"), pd.Timestamp("2017-12-31"))
    assert (b.period_start, b.period_end) == (pd.Timestamp("2024-02-01"), pd.Timestamp("2024-02-29"))
    assert (b.baseline_start, b.baseline_end) == (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-31"))
    assert b.published_date == pd.Timestamp("2024-03-10") and pd.isna(c.published_date)
    assert b.quantity_value == 3.5 and c.quantity_bound == "approx"
    assert pd.isna(a.baseline_start) and pd.isna(a.change_from_value)
    # date arithmetic works on the columns as they are
    assert (df["period_end"] - df["period_start"]).dt.days.iloc[0] == 364


def test_extract_frame_equals_load_claims_of_a_run(tmp_path, corpus_dir):
    """Same rows and flat columns as the run's load_claims, plus the date columns."""
    out = tmp_path / "out"
    run_batch([str(corpus_dir)], out, Options(), progress=False)
    docs = list(io.read_jsonl(out / "documents.jsonl"))
    texts = {d["doc_id"]: decode((REPO / d["path"]).read_bytes() if not Path(d["path"]).is_absolute()
                                 else Path(d["path"]).read_bytes())[0] for d in docs}
    frame = pipeline.extract_frame(texts)
    loaded = pipeline.load_claims(out)
    common = [c for c in loaded.columns if c not in ("source_path",)]
    pd.testing.assert_frame_equal(frame[common].reset_index(drop=True), loaded[common])


@pytest.mark.parametrize("kwargs,msg", [({"doc_ids": ["x"]}, "doc_ids"), ({"published": ["2020"]}, "published"),
                                        ({"doc_ids": ["x", "x"]}, "unique")])
def test_extract_frame_argument_errors(kwargs, msg):
    with pytest.raises(ValueError, match=msg):
        pipeline.extract_frame(["Det kostar 5 kr.", "Det kostar 6 kr."], **kwargs)


def test_single_text_and_empty_frame():
    one = pipeline.extract_frame("Biljetten kostar 30 kronor.")
    assert list(one["doc_id"]) == ["text"] and one["quantity_value"].tolist() == [30.0]
    empty = pipeline.extract_frame(["Inga siffror här."])
    assert len(empty) == 0 and "period_start" in empty.columns and str(empty["period_start"].dtype) == "datetime64[ns]"


def test_top_level_api_has_docstrings():
    for name in ("extract", "extract_frame", "extract_with_status", "load_claims"):
        assert name in pipeline.__all__ and (getattr(pipeline, name).__doc__ or "").strip()


def test_extract_is_callable_whatever_was_imported_first():
    """pipeline.extract is a plain function: importing the stage modules first (as the batch does) changes nothing."""
    import subprocess
    import sys
    code = ("import pipeline.extraction.document, pipeline.batch.process\n"
            "from pipeline.extraction.document import extract_document, Claim\n"
            "import pipeline\n"
            "r = pipeline.extract('Biljetten kostar 30 kronor.', '2020-01-01')\n"
            "assert r[0]['quantity']['value'] == 30.0 and r[0]['source']['published'] == '2020-01-01'\n"
            "assert callable(extract_document) and pipeline.extract.__doc__\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
