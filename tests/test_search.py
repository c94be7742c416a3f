"""search over the archive (issue 15): Swedish word forms, compounds, years in the query, filters, JSON records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("snowballstemmer")

from pipeline import archive  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.search import match_weight, parse_query, search, stem, words  # noqa: E402

DOCS = {
    "trafik2017.txt": "Trafiken 2017\n\nUnder 2017 omkom 253 personer i vägtrafiken.\n",
    "trafik2018.txt": "Trafiken 2018\n\nUnder 2018 omkom 324 personer i vägtrafiken, enligt Trafikverket.\n",
    "skola.txt": "Skolan\n\nSkolans elever ökade med 120 under 2019. Kommunen bygger 3 nya skolor för 250 miljoner kronor.\n",
    "tal.txt": ("Budgettal\n\n– Vi satsar 40 miljoner kronor på cykelvägar under 2020, säger kommunalrådet Anna Berg (S).\n"),
    "sjuk.txt": "Vården\n\nAntalet sjuksköterskor i regionen var 1 200 år 2019.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    src = root / "in"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    assert main(["run", str(src), "--out", str(root / "out"), "--no-progress", "--workers", "1"]) == 0
    return root / "out" / "archive.duckdb"


def find(db, query, **kw):
    con = archive.connect(db, read_only=True)
    try:
        return search(con, query, **kw)
    finally:
        con.close()


def sentences(hits):
    return [h["record"]["sentence"]["text"] for h in hits]


@pytest.mark.parametrize("a,b", [("omkomna", "omkom"), ("vägtrafiken", "vägtrafik"), ("skolans", "skolan"),
                                 ("personerna", "personer"), ("sjuksköterskorna", "sjuksköterskor")])
def test_word_forms_match(a, b):
    assert match_weight(stem(a), stem(b), 4) > 0


@pytest.mark.parametrize("query,word", [("trafiken", "vägtrafiken"), ("skolor", "grundskolorna"),
                                        ("kostnaderna", "vårdkostnader")])
def test_compound_head_matches(query, word):
    assert match_weight(stem(query), stem(word), 4) > 0


@pytest.mark.parametrize("a,b", [("skola", "trafik"), ("om", "omkom"), ("väg", "vägtrafik")])
def test_unrelated_or_short_words_do_not_match(a, b):
    assert match_weight(stem(a), stem(b), 4) == 0


def test_stop_words_and_years_leave_the_query():
    stems, years = parse_query("omkomna i trafiken 2017")
    assert years == [2017] and len(stems) == 2
    assert "i" not in words("omkomna i trafiken")


def test_issue_example_year_narrows(db):
    hits = find(db, "omkomna i trafiken 2017")
    assert sentences(hits) == ["Under 2017 omkom 253 personer i vägtrafiken."]
    both = find(db, "omkomna i trafiken")
    assert {h["record"]["quantity"]["value"] for h in both} >= {253.0, 324.0}


@pytest.mark.parametrize("query,expect", [
    ("skolans elever", 120.0),
    ("skolor", 3.0),
    ("sjuksköterskorna", 1200.0),
    ("cykelväg", 40000000.0),
])
def test_word_forms_find_the_claim(db, query, expect):
    hits = find(db, query)
    assert hits and hits[0]["record"]["quantity"]["value"] == expect


def test_ranking_prefers_more_query_words(db):
    hits = find(db, "omkom personer skolor")
    assert hits
    top = hits[0]["record"]["sentence"]["text"]
    assert "omkom" in top    # two of three words beat one
    assert hits == sorted(hits, key=lambda h: -h["score"])


@pytest.mark.parametrize("kw,check", [
    ({"unit": "SEK"}, lambda r: r["quantity"]["unit"] == "SEK"),
    ({"kind": "count"}, lambda r: r["quantity"]["kind"] == "count"),
    ({"doc": "skola"}, lambda r: r["doc_id"] == "skola"),
    ({"year": 2018}, lambda r: r["time"]["start"][:4] <= "2018" <= r["time"]["end"][:4]),
    ({"speaker": "Anna Berg"}, lambda r: r["attribution"]["speaker"] == "Anna Berg"),
])
def test_filters(db, kw, check):
    hits = find(db, "", **kw)
    assert hits
    assert all(check(h["record"]) for h in hits)
    assert len(hits) < len(find(db, ""))


def test_no_match_returns_nothing(db):
    assert find(db, "flygplatser") == []


def test_cli_json_records_follow_the_contract(db, capsys):
    from pipeline.schema import validator
    assert main(["search", "omkomna", "trafiken", "--archive", str(db), "--json", "--limit", "5"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines
    v = validator("claim")
    for rec in lines:
        v.validate(rec)


def test_cli_table_and_missing_archive(db, tmp_path, capsys):
    assert main(["search", "omkomna", "--archive", str(db)]) == 0
    out = capsys.readouterr().out
    assert "253" in out and "324" in out and "score" in out
    assert main(["search", "x", "--archive", str(tmp_path / "none.duckdb")]) == 2
    assert "no archive" in capsys.readouterr().err


def test_superseded_versions_only_with_all_versions(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Titel\n\nUnder 2017 omkom 253 personer i vägtrafiken.\n", encoding="utf-8")
    out = tmp_path / "out"
    main(["run", str(src), "--out", str(out), "--no-progress", "--workers", "1"])
    (src / "a.txt").write_text("Titel\n\nUnder 2017 omkom 252 personer i vägtrafiken.\n", encoding="utf-8")
    main(["run", str(src), "--out", str(out), "--no-progress", "--workers", "1"])
    db = out / "archive.duckdb"
    assert [h["record"]["quantity"]["value"] for h in find(db, "omkom")] == [252.0]
    assert sorted(h["record"]["quantity"]["value"] for h in find(db, "omkom", all_versions=True)) == [252.0, 253.0]
