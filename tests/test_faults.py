"""The fault suite (issue 11): bad and extreme input, run as a new user would, must never lose data silently.

Each of the seven findings of the fault probe is reproduced as the issue wrote it (then with made-up
variants), and the probes that already behaved stay here so that they keep behaving. The large probes
(10 MB and 50 MB documents, 100,000 figures in one line) are in ``make faults`` (``pipeline/faults.py``).
"""
from __future__ import annotations

import hashlib
import io as stdio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import cli, io, manifest
from pipeline.bench import generate
from pipeline.ingest import find_furniture, ingest_bytes, is_contact_line
from pipeline.records import SENTENCE_TEXT_MAX, sentence_field
from pipeline.runner import Options, process_stream, run_batch

ROOT = Path(__file__).resolve().parent.parent


def run(inputs, out: Path, *extra: str) -> tuple[int, dict[str, dict], list[dict]]:
    """``python -m pipeline run`` in-process: (exit code, documents by doc_id, claims)."""
    code = cli.main(["run", *map(str, inputs), "--out", str(out), "--no-progress", "--workers", "1", *extra])
    docs = {d["doc_id"]: d for d in io.read_jsonl(out / "documents.jsonl")} if (out / "documents.jsonl").exists() else {}
    claims = list(io.read_jsonl(out / "claims.jsonl")) if (out / "claims.jsonl").exists() else []
    return code, docs, claims


def write(folder: Path, files: dict) -> Path:
    for name, content in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


# --- 1. a contact heading does not hide the rest of the document -----------------------------------

def test_issue_contact_heading_example(tmp_path):
    """The issue's example, as written: two figures after 'Om oss' and 'Kontakt' headings are read."""
    src = write(tmp_path / "in", {"a.txt": "Om oss\n\nMalmö satsar 10 miljoner kronor under 2024.\n\nKontakt\n\n"
                                           "Lund satsar 20 miljoner kronor under 2025.\n"})
    code, docs, claims = run([src], tmp_path / "o")
    assert code == 0 and docs["a"]["status"] == "ok"
    assert [c["quantity"]["value"] for c in claims] == [10_000_000, 20_000_000]
    assert docs["a"]["n_furniture_chars"] == len("Om oss") + len("Kontakt")
    assert docs["a"]["furniture_chars"] == {"contact block": docs["a"]["n_furniture_chars"]}


@pytest.mark.parametrize("heading", ["Om oss", "Kontakt", "Kontakter", "Kontaktpersoner", "För mer information",
                                     "Presskontakt:", "KONTAKT"])
@pytest.mark.parametrize("prose, values", [
    ("Regionen anställer 45 nya sjuksköterskor i höst.", [45]),
    ("Bolaget ökade omsättningen med 12 procent och har 300 anställda.", [12, 300]),
    ("Under 2023 besökte 1,2 miljoner människor museet.", [1_200_000]),
])
def test_prose_with_figures_after_a_contact_heading_is_read(heading, prose, values):
    text = f"Rubrik om något\n\nInledning utan siffror.\n\n{heading}\n{prose}\n"
    doc = ingest_bytes(text.encode(), "d", "d.txt")
    sink: list = []
    line = process_stream(doc, Options(), sink)
    assert line["status"] == "ok"
    assert [r["quantity"]["value"] for r in sink] == values
    assert line["furniture_chars"] == {"contact block": len(heading)}


@pytest.mark.parametrize("block", [
    "Kontakt:\nAnna Andersson, 070-123 45 67\n",
    "Kontaktpersoner:\n\nKatrin Jammeh, 0735799701\n\nKarolin Högberg, pressekreterare, 0708-132454\n",
    "För mer information\nPressekreterare Anna Nilsson\nTelefon 072-123 45 67\nanna.nilsson@example.se\n",
    "Kontakt\nStatistiska centralbyrån, Box 24300, 104 51 Stockholm\nwww.scb.se\n",
    "Om oss\nFöretaget AB\nStorgatan 12, 211 34 Malmö\n",
])
def test_contact_block_lines_stay_furniture(block):
    """Phones, postal codes and addresses in the block are never figures; a block at the foot still ends there."""
    text = "Kommunen satsar 5 miljoner kronor.\n\n" + block
    doc = ingest_bytes(text.encode(), "d", "d.txt")
    sink: list = []
    process_stream(doc, Options(), sink)
    assert [r["quantity"]["value"] for r in sink] == [5_000_000]
    blocks = [sp for sp in doc.furniture if sp[2] == "contact block"]
    assert len(blocks) == 1 and blocks[0][1] == len(text)


def test_contact_block_ends_at_prose_and_the_next_heading_starts_another():
    text = ("Pressmeddelande\n\nKontakt\nEva Ek, 08-123 456 78\n\nSkolan får 3 miljoner kronor.\n\n"
            "För mer information\nOla Berg, ola@example.se\n")
    spans = find_furniture(text)
    blocks = [text[s:e] for s, e, r in spans if r == "contact block"]
    assert blocks == ["Kontakt\nEva Ek, 08-123 456 78", "För mer information\nOla Berg, ola@example.se\n"]


@pytest.mark.parametrize("line, expected", [
    ("Anna Andersson, 070-123 45 67", True),
    ("Telefon: 08-504 150 00", True),
    ("E-post: press@example.se", True),
    ("Box 199, 645 23 Strängnäs", True),
    ("Pressekreterare Anna Nilsson", True),
    ("www.example.se/press", True),
    ("Kommunen satsar 25 miljoner kronor på skolan.", False),
    ("Samtal via telefon ökade med 20 procent under året jämfört med samma period året innan, "
     "enligt den rapport som kommunen publicerade i veckan och som nu diskuteras i fullmäktige.", False),
    ("Vi har 300 anställda.", False),
])
def test_is_contact_line(line, expected):
    assert is_contact_line(line) is expected


# --- 2. a figure no float holds -----------------------------------------------------------------------

@pytest.mark.parametrize("huge", ["9" * 309, "1" + "0" * 400, "9" * 300 + " miljarder", "1 " + "000 " * 110])
def test_huge_number_costs_neither_the_document_nor_other_figures(tmp_path, huge):
    src = write(tmp_path / "in", {"b.txt": f"Det kostar {huge} kronor. Skatten höjs med 3 procent under 2024.\n"})
    code, docs, claims = run([src], tmp_path / "o")
    assert code == 0 and docs["b"]["status"] == "ok" and docs["b"]["error"] is None
    assert 3.0 in [c["quantity"]["value"] for c in claims]
    for c in claims:                          # a figure kept is kept as text with value null, never Infinity
        assert c["quantity"]["value"] is None or abs(c["quantity"]["value"]) < 1e308
    json.loads((tmp_path / "o" / "claims.jsonl").read_text().splitlines()[0])


def test_quantities_command_goes_on_after_a_huge_number(monkeypatch, capsys):
    """The issue's probe: a 400-digit line between two ordinary lines; every line gets its output line."""
    monkeypatch.setattr(sys, "stdin", stdio.StringIO(f"a 5 kr\n{'9' * 400}\nb 7 kr\n"))
    assert cli.main(["quantities", "--published", "2024-01-01"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(out) == 3 and out[0][0]["value"] == 5 and out[2][0]["value"] == 7
    assert out[1] == [] or all(q["value"] is None for q in out[1])


def test_quantities_command_prints_an_error_object_for_a_failing_line(monkeypatch, capsys):
    import importlib
    document = importlib.import_module("pipeline.extract")     # the coordinator that calls the quantity grammar
    real = document.find_quantities

    def flaky(text, *a, **kw):
        if "BOOM" in text:
            raise RuntimeError("a bug")
        return real(text, *a, **kw)
    monkeypatch.setattr(document, "find_quantities", flaky)
    monkeypatch.setattr(sys, "stdin", stdio.StringIO("1 kr\nBOOM 2 kr\n3 kr\n"))
    assert cli.main(["quantities"]) == 0
    captured = capsys.readouterr()
    out = [json.loads(x) for x in captured.out.splitlines()]
    assert out[0][0]["value"] == 1 and out[2][0]["value"] == 3
    assert out[1]["line"] == 2 and out[1]["error"].startswith("[E199]")
    assert "1 line(s) failed" in captured.err


# --- 3. memory and output bounded ------------------------------------------------------------------

def test_dense_figures_output_is_linear_and_sentences_bounded(tmp_path):
    sizes = {}
    for n in (500, 2000):
        src = write(tmp_path / f"in{n}", {"d.txt": "1 " * n + "\n"})
        code, docs, claims = run([src], tmp_path / f"o{n}")
        assert code == 0 and docs["d"]["status"] == "ok" and len(claims) == n
        assert all(len(c["sentence"]["text"]) <= SENTENCE_TEXT_MAX for c in claims)
        sizes[n] = (tmp_path / f"o{n}" / "claims.jsonl").stat().st_size / n
    assert sizes[2000] <= 1.1 * sizes[500]          # bytes per figure do not grow with the line


@pytest.mark.parametrize("q_at", [0, 700, 2500, 4990])
def test_sentence_window_points_into_the_original(q_at):
    text = "".join(f"ord{i % 10} " for i in range(1000))     # 5,000 characters, one 'sentence'
    base = 37
    sentence = {"index": 3, "text": text, "char_start": base, "char_end": base + len(text)}
    got = sentence_field(sentence, "sentence", base + q_at, base + q_at + 4)
    assert got["truncated"] is True and len(got["text"]) <= SENTENCE_TEXT_MAX
    original = " " * base + text
    assert original[got["text_char_start"]:got["text_char_end"]] == got["text"]
    assert got["text_char_start"] <= base + q_at and base + q_at + 4 <= got["text_char_end"]
    assert (got["char_start"], got["char_end"]) == (base, base + len(text))
    short = {"index": 0, "text": "Kort mening med 5 kr.", "char_start": 0, "char_end": 21}
    assert sentence_field(short, "sentence", 16, 20) == dict(short, kind="sentence")


def test_records_are_streamed_not_held(monkeypatch):
    """With the spool on disk, peak Python memory for 5,000 figures stays far below their output size."""
    monkeypatch.setattr(manifest, "SPOOL_BYTES", 64 * 1024)
    doc = ingest_bytes(("1 " * 5000 + "\n").encode(), "d", "d.txt")
    spool = manifest.LineSpool()
    tracemalloc.start()
    try:
        line = process_stream(doc, Options(), spool)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = sum(len(x) for x in spool)
    assert line["n_claims"] == len(spool) == 5000
    assert peak < size / 2, (peak, size)


def test_sentence_without_end_is_cut_into_bounded_segments():
    from pipeline.segment import MAX_SEGMENT_CHARS, segment_text
    text = " ".join(["kommunen satsar 12 miljoner kronor på skolan"] * 2000) + "\n"
    segs = segment_text(text)
    assert len(segs) > 50 and max(s.end - s.start for s in segs) <= MAX_SEGMENT_CHARS


# --- 4. nothing vanishes while walking ------------------------------------------------------------------

def _unprivileged() -> list[str]:
    """A command prefix that runs without the power to read what file permissions forbid, or skip."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root and setpriv is missing: cannot drop the privilege to read anything")
    probe_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"svnc-locked-{os.getpid()}"
    probe_dir.mkdir(mode=0o000, exist_ok=True)
    try:
        for prefix in ([setpriv, "--bounding-set=-dac_override,-dac_read_search"],
                       [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]):
            r = subprocess.run([*prefix, sys.executable, "-c", f"import os; os.listdir({str(probe_dir)!r})"],
                               capture_output=True, text=True)
            if "PermissionError" in r.stderr:
                return prefix
    finally:
        probe_dir.rmdir()
    pytest.skip("running as root and neither dropping capabilities nor switching to nobody works here")


def _run_unprivileged(prefix, inputs, out):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*prefix, sys.executable, "-m", "pipeline", "run", *map(str, inputs), "--out", str(out),
                           "--no-progress", "--workers", "1"], capture_output=True, text=True, cwd=ROOT, env=env)


def test_unreadable_folder_gets_a_row(tmp_path):
    prefix = _unprivileged()
    src = write(tmp_path / "in", {"ok.txt": "Skolan får 5 miljoner kronor.\n", "locked/hidden.txt": "Det kostar 7 kr.\n"})
    os.chmod(src / "locked", 0)
    try:
        r = _run_unprivileged(prefix, [src, tmp_path / "in" / "locked"], tmp_path / "o")
    finally:
        os.chmod(src / "locked", 0o755)
    assert r.returncode == 0, r.stderr
    docs = list(io.read_jsonl(tmp_path / "o" / "documents.jsonl"))
    locked = [d for d in docs if d["path"].endswith("locked")]
    assert len(locked) == 2 and all(d["status"] == "skipped" and d["error"].startswith("[E107]") for d in locked)
    assert len({d["doc_id"] for d in docs}) == len(docs) == 3


def test_symlink_loop_and_ignored_files_are_reported(tmp_path, capsys):
    src = write(tmp_path / "in", {"sub/a.txt": "Skolan får 5 miljoner kronor.\n", "notes.pdf": b"%PDF",
                                  "sub/a.txt.meta.json": '{"published": "2024-01-01"}'})
    os.symlink("..", src / "sub" / "loop")
    code, docs, claims = run([src], tmp_path / "o")
    err = capsys.readouterr().err
    assert code == 0 and docs["sub/a"]["status"] == "ok" and len(claims) == 1
    assert docs["sub/loop"]["status"] == "skipped" and docs["sub/loop"]["error"].startswith("[E108]")
    assert "1 file(s) ignored" in err and "notes.pdf" in err and "meta.json" not in err
    assert "1 warning(s)" in err


def test_named_symlink_loop_gets_a_row(tmp_path):
    (tmp_path / "in").mkdir()
    os.symlink("b.txt", tmp_path / "in" / "a.txt")
    os.symlink("a.txt", tmp_path / "in" / "b.txt")
    code, docs, _ = run([tmp_path / "in" / "a.txt"], tmp_path / "o")
    assert code == 0 and docs["a"]["status"] == "error" and "symbolic links" in docs["a"]["error"]


# --- 5. identities -------------------------------------------------------------------------------------

def test_same_name_in_two_folders_gets_two_ids(tmp_path):
    write(tmp_path / "dA", {"r.txt": "Malmö satsar 5 procent.\n", "only_a.txt": "Det kostar 9 kr.\n"})
    write(tmp_path / "dB", {"r.txt": "Lund satsar 7 procent.\n"})
    code, docs, claims = run([tmp_path / "dA", tmp_path / "dB"], tmp_path / "o")
    assert code == 0 and sorted(docs) == ["dA/r", "dB/r", "only_a"]       # the non-colliding id keeps the rule
    assert {c["doc_id"]: c["quantity"]["value"] for c in claims if c["doc_id"].endswith("r")} == {"dA/r": 5, "dB/r": 7}
    again = run([tmp_path / "dB", tmp_path / "dA"], tmp_path / "o2")        # deterministic whatever the order
    assert sorted(again[1]) == sorted(docs)
    assert len({c["id"] for c in claims}) == len(claims)


def test_same_named_folders_take_more_of_their_path(tmp_path):
    write(tmp_path / "a" / "x", {"r.txt": "Det kostar 1 kr.\n"})
    write(tmp_path / "b" / "x", {"r.txt": "Det kostar 2 kr.\n"})
    code, docs, _ = run([tmp_path / "a" / "x", tmp_path / "b" / "x"], tmp_path / "o")
    assert sorted(docs) == ["a/x/r", "b/x/r"]


def test_same_file_given_three_times_is_read_once(tmp_path, capsys):
    f = write(tmp_path / "in", {"r.txt": "Malmö satsar 5 procent och 7 kronor.\n"}) / "r.txt"
    code, docs, claims = run([f, f, tmp_path / "in"], tmp_path / "o")
    assert code == 0 and list(docs) == ["r"] and len(claims) == 2
    assert len({c["id"] for c in claims}) == 2
    err = capsys.readouterr().err
    assert "2 path(s) name a file already given, read once" in err and "1 warning(s)" in err


# --- 6. a bad --out ------------------------------------------------------------------------------------

def test_out_is_an_existing_file(tmp_path, capsys):
    src = write(tmp_path / "in", {"a.txt": "Det kostar 5 kr.\n"})
    target = tmp_path / "results"
    target.write_text("keep me\n")
    assert cli.main(["run", str(src), "--out", str(target), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: [E024]") and "\n" not in err and "Traceback" not in err
    assert target.read_text() == "keep me\n"


def test_out_folder_not_writable(tmp_path):
    prefix = _unprivileged()
    src = write(tmp_path / "in", {"a.txt": "Det kostar 5 kr.\n"})
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "claims.jsonl").write_text("old\n")
    os.chmod(ro, 0o555)
    try:
        for out in (ro, ro / "sub"):
            r = _run_unprivileged(prefix, [src], out)
            assert r.returncode == 2 and r.stderr.strip().startswith("error: [E024]"), r.stderr
            assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    finally:
        os.chmod(ro, 0o755)
    assert (ro / "claims.jsonl").read_text() == "old\n" and sorted(p.name for p in ro.iterdir()) == ["claims.jsonl"]


# --- the probes that already behaved -------------------------------------------------------------------

SV = "Kommunen satsar 25 miljoner kronor på skolan under 2021.\r\n"


@pytest.mark.parametrize("name, data, status, n_claims", [
    ("empty.txt", b"", "skipped", 0),
    ("binary.txt", bytes(range(256)) * 8, "error", 0),
    ("cp1252.txt", "Malmö får 5 miljoner kronor för äldrevården.\n".encode("cp1252"), "ok", 1),
    ("utf16.txt", "Malmö får 5 miljoner kronor.\n".encode("utf-16"), "ok", 1),
    ("bom_crlf.txt", b"\xef\xbb\xbf" + SV.encode() * 2, "ok", 2),
    ("nbsp.txt", "Budgeten är 1\u00a0250 miljoner kronor.\n".encode(), "ok", 1),
    ("page.html", b"<html><head><script>var x = 99;</script><style>p{width:10px}</style></head>"
                  b"<body><main><p>Regionen anst\xc3\xa4ller 45 nya sjuksk\xc3\xb6terskor under 2024 i hela l\xc3\xa4net.</p>"
                  b"</main><script>alert(12)</script></body></html>", "ok", 1),
])
def test_inputs_that_already_behaved(tmp_path, name, data, status, n_claims):
    src = write(tmp_path / "in", {name: data})
    code, docs, claims = run([src], tmp_path / "o")
    doc = docs[Path(name).stem]
    assert code == 0 and doc["status"] == status and doc["n_claims"] == n_claims == len(claims)
    text = (tmp_path / "o" / "text" / f"{Path(name).stem}.txt").read_text() if name.endswith(".html") else None
    for c in claims:
        if text is not None:
            assert text[c["quantity"]["char_start"]:c["quantity"]["char_end"]] == c["quantity"]["text"]
            assert "alert" not in c["sentence"]["text"] and "99" not in c["quantity"]["text"]


def test_directory_named_like_a_file_fifo_and_dangling_link(tmp_path):
    src = tmp_path / "in"
    (src / "folder.txt").mkdir(parents=True)
    os.mkfifo(src / "pipe.txt")
    os.symlink("missing.txt", src / "dangling.txt")
    code, docs, _ = run([src], tmp_path / "o")
    assert code == 0 and docs["folder"]["error"].startswith("[E104]")
    assert docs["pipe"]["error"].startswith("[E106]") and docs["dangling"]["error"].startswith("[E100]")


def test_a_thousand_files(tmp_path):
    generate(tmp_path / "in", 1000, seed=3)
    s = run_batch([str(tmp_path / "in")], tmp_path / "o", Options(), progress=False, workers=2)
    docs = list(io.read_jsonl(tmp_path / "o" / "documents.jsonl"))
    assert s["documents"] == len(docs) == 1000 and s["ok"] == 1000
    assert len({d["doc_id"] for d in docs}) == 1000
    ids = [json.loads(line)["id"] for line in (tmp_path / "o" / "claims.jsonl").open()]
    assert len(ids) == len(set(ids)) == s["claims"] > 1000


def test_kill_9_then_rerun_is_byte_identical(tmp_path):
    generate(tmp_path / "in", 300, seed=8)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "--out", str(tmp_path / "o"),
           "--workers", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    cache = tmp_path / "o" / "cache"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if cache.is_dir() and sum(1 for _ in cache.rglob("*.jsonl")) >= 30:
            break
        time.sleep(0.02)
    killed = proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True).returncode == 0
    run_batch([str(tmp_path / "in")], tmp_path / "clean", Options(), progress=False, workers=1)
    for name in ("claims.jsonl", "documents.jsonl"):
        assert (tmp_path / "o" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert killed or pytest.skip("the run finished before it could be killed")


def test_review_page_escapes_the_text(tmp_path):
    from pipeline.review import build_site
    probe = 'Skolan får <script>window.__pwn=1</script> 5 miljoner kronor <img src=x onerror=alert(1)>.\n'
    src = write(tmp_path / "in", {"x.txt": probe})
    run([src], tmp_path / "o")
    info = build_site(tmp_path / "o")
    page = (tmp_path / "o" / "review" / info["pages"]["x"]).read_text(encoding="utf-8")
    assert "window.__pwn" in page and "<script>window.__pwn" not in page and "<img src=x" not in page


# --- property: no input makes an internal error ---------------------------------------------------------

PIECES = ["Malmö", "kommunen", "ökade", "med", "procent", "kronor", "miljarder", "Mkr", "ca", "över", "2024",
          "Kontakt", "Om oss", "För mer information", "070-123 45 67", "a@b.se", "9" * 320, "1" * 309 + ",5",
          "1 000 000", "½", "–", "-", ".", ",", ":", "(", ")", "\n", "\n\n", "\r\n", "\u00a0", "\t", "•", "§",
          "tjugotre", "hälften", "var tredje", "mellan 10 och 20", "10–20", "t.ex.", "°C", "%", "Q3"]
mixtures = st.lists(st.sampled_from(PIECES) | st.text(max_size=5) | st.integers(min_value=-10**400, max_value=10**400)
                    .map(str), max_size=80).map(" ".join)


def _never_internal_error(data: bytes, name: str = "x.txt") -> None:
    doc = ingest_bytes(data, "p", name)
    sink: list = []
    line = process_stream(doc, Options(published="2024-05-01"), sink)
    assert not (line["error"] or "").startswith("[E199]"), (data, line["error"])
    for r in sink:
        q = r["quantity"]
        assert doc.text[q["char_start"]:q["char_end"]] == q["text"]
        assert q["value"] is None or abs(q["value"]) < float("inf")
        json.loads(json.dumps(r, allow_nan=False))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_property_random_bytes(data):
    _never_internal_error(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixtures, st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_property_swedish_digits_punctuation(text, name):
    _never_internal_error(text.encode("utf-8"), name)
