"""The claim archive (issue 15): versions kept, decisions that survive edits, orphans reported, migrations, offline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")

from pipeline import archive, io  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.records import normalise_sentence  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

TRAFIK_V1 = """Trafiksäkerheten 2017

Under 2017 omkom 253 personer i vägtrafiken. Det är en minskning med 17 personer jämfört med 2016.

Regeringen satsar 400 miljoner kronor på säkrare vägar.

Under 2018 väntas 15 nya mötesfria vägar öppna.
"""
# v2: a paragraph added at the top (every offset after it moves), one sentence deleted, one figure edited
TRAFIK_V2 = """Trafiksäkerheten 2017

Pressmeddelande från Trafikverket. Rapporten har 4 bilagor.

Under 2017 omkom 253 personer i vägtrafiken. Det är en minskning med 17 personer jämfört med 2016.

Regeringen satsar 450 miljoner kronor på säkrare vägar.
"""
SKOLA = """Skolans budget

Skolans budget ökar med 12 miljoner kronor under 2018. Kommunen har 34 skolor.
"""


def run(inputs, out, *extra):
    return main(["run", *map(str, inputs), "--out", str(out), "--no-progress", "--workers", "1", *extra])


def write(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def q(path, sql, params=()):
    con = archive.connect(path, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def claims(out):
    return list(io.read_jsonl(Path(out) / "claims.jsonl"))


def by_text(out, text):
    return next(c for c in claims(out) if c["quantity"]["text"] == text)


@pytest.fixture()
def two_days(tmp_path):
    day1 = write(tmp_path / "day1", {"trafik.txt": TRAFIK_V1, "skola.txt": SKOLA})
    day2 = write(tmp_path / "day2", {"trafik.txt": TRAFIK_V2})
    return tmp_path, day1, day2


# --- versions ------------------------------------------------------------------------------------------

def test_run_archives_by_default_and_keeps_both_days(two_days):
    tmp, day1, day2 = two_days
    out = tmp / "out"
    assert run([day1], out) == 0
    assert run([day2], out) == 0
    db = out / "archive.duckdb"
    assert db.exists()
    # claims.jsonl holds only day 2's document; the archive holds both days
    assert {c["doc_id"] for c in claims(out)} == {"trafik"}
    rows = q(db, "SELECT doc_id, version, superseded_by IS NULL FROM documents ORDER BY doc_id, version")
    assert rows == [("skola", 1, True), ("trafik", 1, False), ("trafik", 2, True)]
    # the first version's claims are kept with it
    n = dict(q(db, "SELECT d.version, count(*) FROM claims c JOIN documents d USING (version_id) "
                   "WHERE d.doc_id = 'trafik' GROUP BY d.version"))
    assert n[1] == 4 and n[2] == 4
    assert q(db, "SELECT count(*) FROM claims WHERE doc_id = 'skola'")[0][0] == 2


def test_unchanged_rerun_adds_no_version(two_days):
    tmp, day1, _ = two_days
    out = tmp / "out"
    run([day1], out)
    run([day1], out)
    assert q(out / "archive.duckdb", "SELECT count(*) FROM documents")[0][0] == 2
    assert q(out / "archive.duckdb", "SELECT count(*) FROM runs")[0][0] == 2


def test_same_path_new_doc_id_is_a_new_version(tmp_path):
    """Identity is the doc_id, else the source path: a folder given differently keeps the document."""
    src = write(tmp_path / "in" / "pm", {"a.txt": SKOLA})
    out = tmp_path / "out"
    run([src / "a.txt"], out)
    (src / "a.txt").write_text(SKOLA.replace("34 skolor", "35 skolor"), encoding="utf-8")
    c = by_text(out, "12 miljoner kronor")
    decide(out, [{"claim_id": c["id"], "status": "accepted", "reviewer": "eva"}], tmp_path)
    run([src.parent], out)      # doc_id is now "pm/a", the path is the same
    rows = q(out / "archive.duckdb", "SELECT doc_id, version FROM documents ORDER BY version_id")
    assert rows == [("a", 1), ("pm/a", 2)]
    # the decision follows the document: the unchanged sentence's figure is still accepted
    assert q(out / "archive.duckdb", "SELECT doc_id, state FROM decisions") == [("pm/a", "applied")]
    assert by_text(out, "12 miljoner kronor")["review"]["status"] == "accepted"


def test_no_archive_and_archive_path(two_days):
    tmp, day1, _ = two_days
    run([day1], tmp / "o1", "--no-archive")
    assert not (tmp / "o1" / "archive.duckdb").exists()
    run([day1], tmp / "o2", "--archive", str(tmp / "elsewhere" / "a.duckdb"))
    assert not (tmp / "o2" / "archive.duckdb").exists()
    assert q(tmp / "elsewhere" / "a.duckdb", "SELECT count(*) FROM documents")[0][0] == 2


def test_error_documents_are_archived_with_their_status(tmp_path):
    src = write(tmp_path / "in", {"ok.txt": SKOLA})
    (src / "empty.txt").write_bytes(b"")
    run([src], tmp_path / "out")
    rows = dict(q(tmp_path / "out" / "archive.duckdb", "SELECT doc_id, status FROM documents"))
    assert rows["ok"] == "ok" and rows["empty"] in ("skipped", "error")


# --- stable ids and decisions --------------------------------------------------------------------------

@pytest.mark.parametrize("edit", [
    lambda t: "Inledning utan siffror.\n\n" + t,                       # a paragraph before
    lambda t: t + "\nEn ny mening om 99 cyklar.\n",                      # a sentence after
    lambda t: t.replace("\n", "\r\n"),                                  # line endings
    lambda t: t.replace("Det är en minskning", "Det  är\nen minskning"),  # re-wrapped sentence
])
def test_ids_of_unchanged_sentences_survive_an_edit(tmp_path, edit):
    from pipeline.runner import Options, process_document
    a, b = tmp_path / "a.txt", tmp_path / "b" / "a.txt"
    b.parent.mkdir()
    a.write_text(TRAFIK_V1, encoding="utf-8")
    b.write_bytes(edit(TRAFIK_V1).encode("utf-8"))
    _, ra, _ = process_document(a, tmp_path, Options())
    _, rb, _ = process_document(b, tmp_path / "b", Options())
    ids_a = {r["quantity"]["text"]: r["id"] for r in ra}
    ids_b = {r["quantity"]["text"]: r["id"] for r in rb}
    for text in ("253", "17", "400 miljoner kronor"):
        assert ids_a[text] == ids_b[text]
    assert len({r["id"] for r in rb}) == len(rb)


def test_same_figure_twice_in_a_sentence_gets_two_ids(tmp_path):
    from pipeline.runner import Options, process_document
    f = write(tmp_path, {"d.txt": "Antalet steg från 12 till 12 procent, och 12 procent igen.\n"}) / "d.txt"
    _, recs, _ = process_document(f, tmp_path, Options())
    assert len(recs) >= 2 and len({r["id"] for r in recs}) == len(recs)


@pytest.mark.parametrize("a,b", [("Under  2017\u00a0omkom", "Under 2017 omkom"), ("vägtra\u00adfiken ", "vägtrafiken")])
def test_normalise_sentence(a, b):
    assert normalise_sentence(a) == normalise_sentence(b)


def decide(out, decisions, tmp):
    path = tmp / "decisions.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in decisions), encoding="utf-8")
    assert main(["apply-review", str(path), "--out", str(out)]) == 0


def test_decision_on_v1_is_applied_on_v2_and_deleted_sentence_is_orphaned(two_days, capsys):
    tmp, day1, day2 = two_days
    out = tmp / "out"
    run([day1], out)
    c253, c15 = by_text(out, "253"), by_text(out, "15")
    decide(out, [{"claim_id": c253["id"], "status": "accepted", "reviewer": "anna", "timestamp": "2026-01-02T10:00:00+00:00"},
                 {"claim_id": c15["id"], "status": "rejected", "reviewer": "bo", "note": "prognos",
                  "timestamp": "2026-01-02T10:05:00+00:00"}], tmp)
    db = out / "archive.duckdb"
    rows = q(db, "SELECT reviewer, status, state, quantity_text FROM decisions ORDER BY decision_id")
    assert rows == [("anna", "accepted", "applied", "253"), ("bo", "rejected", "applied", "15")]
    capsys.readouterr()
    from pipeline.runner import Options, run_batch
    summary = run_batch([str(day2)], out, Options(), progress=False, workers=1, archive=db)
    err = capsys.readouterr().err
    # applied on v2 although a paragraph was added above it (all offsets moved)
    new253 = by_text(out, "253")
    assert new253["id"] == c253["id"]
    assert new253["quantity"]["char_start"] != c253["quantity"]["char_start"]
    assert new253["review"]["status"] == "accepted" and new253["review"]["reviewer"] == "anna"
    assert summary["archive"]["decisions_applied"] == 1
    # the sentence holding "15" was deleted: orphaned, reported, kept
    assert [o["quantity_text"] for o in summary["orphaned_decisions"]] == ["15"]
    assert "1 orphaned" in err and "orphaned decision" in err and "15" in err
    rows = q(db, "SELECT reviewer, state, state_version_id FROM decisions ORDER BY decision_id")
    v2 = q(db, "SELECT version_id FROM documents WHERE doc_id = 'trafik' AND version = 2")[0][0]
    assert rows == [("anna", "applied", v2), ("bo", "orphaned", v2)]
    assert q(db, "SELECT review_status FROM claims WHERE version_id = ? AND quantity_text = '253'", [v2])[0][0] == "accepted"
    # the application history shows v1 and v2
    assert q(db, "SELECT count(DISTINCT a.version_id) FROM applications a JOIN decisions d USING (decision_id) "
                 "WHERE d.reviewer = 'anna'")[0][0] == 2


def test_rerun_keeps_reviews_in_claims_jsonl(two_days):
    """A re-run reassembles claims.jsonl from the cache; the archive puts the verdicts back."""
    tmp, day1, _ = two_days
    out = tmp / "out"
    run([day1], out)
    c = by_text(out, "34")
    decide(out, [{"claim_id": c["id"], "status": "corrected", "corrections": {"value": 35}, "reviewer": "cia",
                  "timestamp": "2026-02-01T09:00:00+00:00"}], tmp)
    run([day1], out, "--full")
    again = next(x for x in claims(out) if x["id"] == c["id"])
    assert again["review"]["status"] == "corrected" and again["review"]["corrections"] == {"value": 35}
    run([day1], out)      # nothing changed: the fast path leaves the reviewed file as it is
    assert next(x for x in claims(out) if x["id"] == c["id"])["review"]["status"] == "corrected"


def test_latest_decision_per_key_wins_and_duplicates_are_not_stored(two_days):
    tmp, day1, _ = two_days
    out = tmp / "out"
    run([day1], out)
    c = by_text(out, "253")
    d1 = {"claim_id": c["id"], "status": "accepted", "reviewer": "anna", "timestamp": "2026-01-02T10:00:00+00:00"}
    d2 = {"claim_id": c["id"], "status": "rejected", "reviewer": "bo", "timestamp": "2026-01-03T10:00:00+00:00"}
    decide(out, [d1, d2], tmp)
    decide(out, [d1, d2], tmp)
    rows = q(out / "archive.duckdb", "SELECT reviewer, state FROM decisions ORDER BY decision_id")
    assert rows == [("anna", "replaced"), ("bo", "applied")]


def test_decision_for_unknown_claim_is_kept_unmatched_and_added_claims_kept(two_days):
    tmp, day1, _ = two_days
    out = tmp / "out"
    run([day1], out)
    added = {"claim_id": "new:skola:0-6", "doc_id": "skola", "status": "added", "reviewer": "fia",
             "added": {"char_start": 0, "char_end": 6, "text": "Skolan"}, "corrections": {"value": 1}}
    res = archive.record_decisions(out / "archive.duckdb", [{"claim_id": "c_0000", "doc_id": "x", "status": "accepted"},
                                                            added])
    assert res["unmatched"] == 1 and res["recorded"] == 2
    con = archive.connect(out / "archive.duckdb")
    archive.reapply(con, ["skola", "x"])   # re-applying leaves both states alone
    con.close()
    rows = q(out / "archive.duckdb", "SELECT status, state, added FROM decisions ORDER BY decision_id")
    assert [r[:2] for r in rows] == [("accepted", "unmatched"), ("added", "added")]
    assert json.loads(rows[1][2]) == added["added"]


def test_review_server_records_decisions_in_archive(two_days):
    import urllib.request
    import threading
    from pipeline.review import build_site, make_server
    tmp, day1, _ = two_days
    out = tmp / "out"
    run([day1], out)
    build_site(out)
    server = make_server(out, 0)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        c = by_text(out, "253")
        req = urllib.request.Request(f"http://127.0.0.1:{server.server_address[1]}/api/decisions",
                                     data=json.dumps({"claim_id": c["id"], "status": "accepted", "reviewer": "dan"}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
        assert urllib.request.urlopen(req, timeout=10).status == 200
    finally:
        server.shutdown()
        server.server_close()
    rows = q(out / "archive.duckdb", "SELECT reviewer, source, state FROM decisions")
    assert rows == [("dan", "review-server", "applied")]


# --- schema and migrations --------------------------------------------------------------------------------

def test_schema_version_recorded(tmp_path):
    con = archive.connect(tmp_path / "a.duckdb")
    try:
        assert archive.schema_version(con) == archive.SCHEMA_VERSION == len(archive.MIGRATIONS)
    finally:
        con.close()


def test_migration_from_schema_1(tmp_path):
    """An archive written by schema 1 (no term index, no decision states) opens, migrates and works."""
    from pipeline.search import search
    path = tmp_path / "old.duckdb"
    con = archive.connect(path, upto=1)
    assert archive.schema_version(con) == 1
    rec = {"id": "c_1", "doc_id": "pm", "sentence": {"text": "Under 2017 omkom 253 personer i vägtrafiken.", "char_start": 0},
           "quantity": {"text": "253", "value": 253.0, "unit": "count", "kind": "count", "entity": "personer"},
           "time": {"start": "2017", "end": "2017"}, "subject": None, "review": {"status": "pending", "note": None}}
    con.execute("INSERT INTO documents (version_id, doc_id, version, path, sha256, status) VALUES (1, 'pm', 1, 'pm.txt', 'aa', 'ok')")
    row = archive.flatten([rec], 1)[0][:-1]        # schema 1 has no review_status column
    con.execute(f"INSERT INTO claims VALUES ({', '.join('?' * len(row))})", list(row))
    con.execute("INSERT INTO decisions VALUES (1, 'pm', ?, '253', 0, 'c_1', 1, 'accepted', NULL, NULL, 'eva', "
                "'2025-01-01', now(), 'old')", [normalise_sentence(rec["sentence"]["text"])])
    con.close()
    con = archive.connect(path)
    try:
        assert archive.schema_version(con) == archive.SCHEMA_VERSION
        assert con.execute("SELECT state, reviewer FROM decisions").fetchall() == [("applied", "eva")]
        assert con.execute("SELECT review_status FROM claims").fetchall() == [("accepted",)]
        hits = search(con, "omkomna i trafiken 2017")
        assert [h["record"]["id"] for h in hits] == ["c_1"]
    finally:
        con.close()


def test_not_an_archive_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "a.duckdb"
    bad.write_text("not a database", encoding="utf-8")
    assert main(["search", "skolor", "--archive", str(bad)]) == 2
    assert "[E035] cannot open the archive" in capsys.readouterr().err


def test_newer_schema_is_refused(tmp_path):
    from pipeline.errors import PipelineError
    path = tmp_path / "a.duckdb"
    archive.connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(PipelineError, match="newer"):
        archive.connect(path)


# --- offline ------------------------------------------------------------------------------------------------

def test_archive_needs_no_extension_download(two_days):
    """Auto-install and auto-load are off; every extension in use is built into the wheel; nothing lands in
    DuckDB's extension folder (a fresh HOME), and search works without the fts extension."""
    tmp, day1, _ = two_days
    home = tmp / "home"
    home.mkdir()
    code = (
        "import sys; from pipeline.cli import main; from pipeline import archive\n"
        f"assert main(['run', {str(day1)!r}, '--out', {str(tmp / 'out')!r}, '--no-progress', '--workers', '1']) == 0\n"
        f"assert main(['search', 'omkomna', '--archive', {str(tmp / 'out' / 'archive.duckdb')!r}, '--json']) == 0\n"
        f"con = archive.connect({str(tmp / 'out' / 'archive.duckdb')!r})\n"
        "print(con.execute(\"SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')\").fetchall())\n"
        "print(con.execute(\"SELECT extension_name, install_mode FROM duckdb_extensions() WHERE loaded\").fetchall())\n"
    )
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home), no_proxy="*",
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert '"253"' in res.stdout or "253" in res.stdout
    assert lines[-2] == "[(False, False)]"
    loaded = eval(lines[-1])     # [(name, install_mode), ...]
    assert loaded and all(mode in ("STATICALLY_LINKED", None) for _name, mode in loaded), loaded
    assert "fts" not in {n for n, _ in loaded}
    assert not (home / ".duckdb").exists()


def test_bench_archive_measurement(tmp_path):
    """make bench's archive step: a fresh archive gets every document once; re-adding adds nothing."""
    from pipeline.bench import generate, measure_archive
    corpus = tmp_path / "corpus"
    generate(corpus, 30)
    assert run([corpus], tmp_path / "out", "--no-archive") == 0
    res = measure_archive(tmp_path / "out", tmp_path / "a.duckdb")
    n_claims = sum(1 for _ in open(tmp_path / "out" / "claims.jsonl", encoding="utf-8"))
    assert res["new_versions"] == 30 and res["claims_added"] == n_claims > 0
    assert res["unchanged_new_versions"] == 0
    assert res["archive_s"] > 0 and res["archive_unchanged_s"] > 0
