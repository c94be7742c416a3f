"""diff (issue 15): claims added, removed and changed between two versions of a document."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.diff import diff_records
from pipeline.runner import Options, process_document

BASE = """Kommunens budget

Kommunen satsar 25 miljoner kronor på skolan under 2021.

Arbetslösheten minskade med 2,3 procentenheter jämfört med 2019.

Antalet bibliotek är 12.
"""


def recs(tmp_path: Path, text: str, name: str = "pm.txt") -> list[dict]:
    folder = tmp_path / str(abs(hash(text)))
    folder.mkdir(exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    _, records, _ = process_document(p, folder, Options(published="2022-01-10"))
    return records


def changes(tmp_path, old, new):
    return [(d["change"], (d["old"] or {}).get("quantity", {}).get("text"), (d["new"] or {}).get("quantity", {}).get("text"),
             d["fields"]) for d in diff_records(recs(tmp_path, old), recs(tmp_path, new))]


def test_identical_documents_have_no_changes(tmp_path):
    assert changes(tmp_path, BASE, BASE) == []


def test_edit_elsewhere_is_not_a_change(tmp_path):
    assert changes(tmp_path, BASE, "Ny inledning utan siffror.\n\n" + BASE) == []


@pytest.mark.parametrize("old,new,field,qtext", [
    ("25 miljoner kronor", "30 miljoner kronor", "value", "30 miljoner kronor"),
    ("Antalet bibliotek är 12.", "Antalet bibliotek är 14.", "value", "14"),
    ("under 2021", "under 2022", "period", "25 miljoner kronor"),
    ("minskade med 2,3", "ökade med 2,3", "direction", "2,3 procentenheter"),
    ("2,3 procentenheter", "2,3 procent", "unit", "2,3 procent"),
])
def test_changed_value_period_direction_unit(tmp_path, old, new, field, qtext):
    """An edited figure is one 'changed' claim, never a removal plus an addition (a period edit may
    change the period of later claims that inherit it: those are 'changed' too)."""
    got = changes(tmp_path, BASE, BASE.replace(old, new))
    assert got and all(c[0] == "changed" for c in got), got
    assert field in next(c for c in got if c[2] == qtext)[3]


def test_added_and_removed(tmp_path):
    new = BASE.replace("Antalet bibliotek är 12.\n", "") + "\nSimhallen kostar 90 miljoner kronor.\n"
    got = changes(tmp_path, BASE, new)
    kinds = sorted((c[0], c[1] or c[2]) for c in got)
    assert kinds == [("added", "90 miljoner kronor"), ("removed", "12")]


def test_cli_files_table_and_json(tmp_path, capsys):
    a, b = tmp_path / "a" / "pm.txt", tmp_path / "b" / "pm.txt"
    a.parent.mkdir()
    b.parent.mkdir()
    a.write_text(BASE, encoding="utf-8")
    b.write_text(BASE.replace("25 miljoner", "35 miljoner") + "\nSimhallen kostar 90 miljoner kronor.\n", encoding="utf-8")
    assert main(["diff", str(a), str(b)]) == 0
    out = capsys.readouterr()
    assert "CHANGED" in out.out and "ADDED" in out.out and "35 miljoner kronor" in out.out
    assert "1 added, 0 removed, 1 changed" in out.err
    assert main(["diff", str(a), str(b), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["change"] for r in rows] == ["changed", "added"]
    assert rows[0]["old"]["quantity"]["value"] == 25e6 and rows[0]["new"]["quantity"]["value"] == 35e6
    assert rows[1]["old"] is None


def test_cli_doc_from_archive(tmp_path, capsys):
    pytest.importorskip("duckdb")
    src = tmp_path / "in"
    src.mkdir()
    (src / "pm.txt").write_text(BASE, encoding="utf-8")
    out = tmp_path / "out"
    main(["run", str(src), "--out", str(out), "--no-progress", "--workers", "1"])
    (src / "pm.txt").write_text(BASE.replace("bibliotek är 12", "bibliotek är 14"), encoding="utf-8")
    main(["run", str(src), "--out", str(out), "--no-progress", "--workers", "1"])
    capsys.readouterr()
    assert main(["diff", "--doc", "pm", "--archive", str(out / "archive.duckdb"), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["change"] == "changed" and rows[0]["fields"] == ["value"]
    assert (rows[0]["old"]["quantity"]["value"], rows[0]["new"]["quantity"]["value"]) == (12.0, 14.0)


def test_cli_errors(tmp_path, capsys):
    assert main(["diff", str(tmp_path / "nope.txt")]) == 2
    assert "two files" in capsys.readouterr().err
