"""Batch processing at scale (issue 7): bad inputs, incremental runs, workers, Dask, SIGKILL resume.

No timing assertions: the bench (``make bench``) measures speed.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import engine as batch

from pipeline import io
from pipeline.batch.bench import generate
from pipeline.ingest import discover
from pipeline.batch import Options, process_document, run_batch

ROOT = Path(__file__).resolve().parent.parent
SV = "Kommunen satsar 25 miljoner kronor på skolan under 2021. Arbetslösheten minskade med 2,3 procentenheter.\n"


def reference(inputs: list[str]) -> tuple[bytes, bytes]:
    """What a plain sequential loop over process_document produces (claims, documents)."""
    lines, records = [], []
    for path, root in discover(inputs):
        line, recs, _ = process_document(path, root, Options())
        lines.append(line)
        records.extend(recs)
    return (b"".join((io.dumps(r) + "\n").encode() for r in records),
            b"".join((io.dumps(x) + "\n").encode() for x in lines))


def outputs(out: Path) -> tuple[bytes, bytes]:
    return (out / "claims.jsonl").read_bytes(), (out / "documents.jsonl").read_bytes()


def doc_lines(out: Path) -> dict[str, dict]:
    return {d["doc_id"]: d for d in io.read_jsonl(out / "documents.jsonl")}


def run(inputs, out, **kw) -> dict:
    return run_batch([str(i) for i in inputs], Path(out), Options(), progress=False, **kw)


# --- bad inputs ---------------------------------------------------------------------------------

def _loop(folder: Path, name: str) -> None:
    a, b = folder / name, folder / ("other_" + name)
    os.symlink(b.name, a)
    os.symlink(a.name, b)


def _fifo(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)


def _dir(folder: Path, name: str) -> None:
    (folder / name).mkdir()
    (folder / name / "inside.bin").write_bytes(b"x")


def _dangling(folder: Path, name: str) -> None:
    os.symlink("does-not-exist.txt", folder / name)


NBSP = ("Budgeten\xa0ökar med\xa0250\xa0000\xa0kronor\xa0och andelen\xa0är\xa045\u202fprocent. " * 50 + "\n")
HTML = ("<html><head><title>Rapport 2021</title><style>p {width: 999px}</style>"
        "<script>var x = 123456; document.write('77 procent');</script></head>"
        "<body><h1>Rapport</h1><p>Kommunen satsar 25 miljoner kronor på skolan.</p>"
        "<noscript>888 kronor</noscript></body></html>")

# name, content (bytes or a function making the entry), expected status, expected error code (or None)
BAD_INPUTS = [
    ("empty.txt", b"", "skipped", "E101"),
    ("blank.txt", b"  \n\n\t \r\n", "skipped", "E101"),
    ("nul.txt", b"abc\x00\x00\x00def" * 100, "error", "E102"),
    ("controls.txt", bytes(range(1, 9)) * 200, "error", "E102"),
    ("broken_utf8.txt", "Malmö är på väg. Åtta år i rad ökade det. ".encode() * 3 + b"\xff\xfe\xc3(", "error", "E103"),
    ("utf16.txt", SV.encode("utf-16"), "ok", None),
    ("utf16be.txt", b"\xfe\xff" + SV.encode("utf-16-be"), "ok", None),
    ("utf8bom.txt", b"\xef\xbb\xbf" + SV.encode(), "ok", None),
    ("cp1252.txt", ("Kostnaden för året på Åland blev 5 miljoner kronor – ”mycket” på Öland.\n").encode("cp1252"), "ok", None),
    ("crlf.txt", SV.replace("\n", "\r\n").encode() * 3, "ok", None),
    ("cr_only.txt", SV.replace("\n", "\r").encode() * 3, "ok", None),
    ("nbsp.txt", NBSP.encode(), "ok", None),
    ("page.html", HTML.encode(), "ok", None),
    ("only_script.html", b"<html><script>var a = 5;</script><style>b{}</style></html>", "skipped", "E101"),
    ("notes.md", ("# Rubrik\n\n* " + SV).encode(), "ok", None),
    ("folder.txt", _dir, "error", "E104"),
    ("dangling.txt", _dangling, "error", "E100"),
    ("loop.txt", _loop, "error", "E100"),
    ("pipe.txt", _fifo, "error", "E106"),
]


@pytest.mark.parametrize("name,content,status,code", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gets_status(tmp_path, name, content, status, code):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(SV, encoding="utf-8")
    if callable(content):
        content(src, name)
    else:
        (src / name).write_bytes(content)
    summary = run([src], tmp_path / "out", workers=1)
    lines = doc_lines(tmp_path / "out")
    doc_id = Path(name).with_suffix("").as_posix()
    assert lines[doc_id]["status"] == status, lines[doc_id]
    if code:
        assert lines[doc_id]["error"].startswith(f"[{code}]"), lines[doc_id]["error"]
    else:
        assert lines[doc_id]["error"] is None
        assert lines[doc_id]["n_sentences"] > 0
    assert lines["good"]["status"] == "ok"
    assert summary["documents"] == len(lines) == len(discover([str(src)]))


def test_all_bad_inputs_together_parallel_equals_sequential(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, content, _, _ in BAD_INPUTS:
        if callable(content):
            content(src, name)
        else:
            (src / name).write_bytes(content)
    s1 = run([src], tmp_path / "o1", workers=1)
    s2 = run([src], tmp_path / "o2", workers=2)
    assert outputs(tmp_path / "o1") == outputs(tmp_path / "o2") == reference([str(src)])
    assert s1["documents"] == s2["documents"] >= len(BAD_INPUTS)
    assert s1["ok"] + s1["skipped"] + s1["error"] == s1["documents"]


def test_html_text_kept_and_scripts_dropped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text(HTML, encoding="utf-8")
    run([src], tmp_path / "out")
    text = (tmp_path / "out" / "text" / "page.txt").read_text(encoding="utf-8")
    assert "25 miljoner" in text and "123456" not in text and "999" not in text and "888" not in text
    claims = list(io.read_jsonl(tmp_path / "out" / "claims.jsonl"))
    assert claims and all("123456" not in c["quantity"]["text"] for c in claims)
    for c in claims:   # offsets refer to the extracted text kept beside the output
        assert text[c["quantity"]["char_start"]:c["quantity"]["char_end"]] == c["quantity"]["text"]
    (tmp_path / "out" / "text" / "page.txt").unlink()     # a cache hit restores a missing text file
    assert run([src], tmp_path / "out")["processed"] == 0
    assert (tmp_path / "out" / "text" / "page.txt").read_text(encoding="utf-8") == text


def test_directory_symlink_loop_and_missing_input(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(SV, encoding="utf-8")
    os.symlink("..", src / "sub" / "up")          # a loop back to the top
    summary = run([src, tmp_path / "missing.txt"], tmp_path / "out", workers=2)
    lines = doc_lines(tmp_path / "out")
    assert lines["sub/a"]["status"] == "ok"
    assert lines["missing"]["status"] == "error"
    assert summary["documents"] == len(lines)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_unreadable_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    f = src / "secret.txt"
    f.write_text(SV, encoding="utf-8")
    f.chmod(0)
    try:
        run([src], tmp_path / "out")
        assert doc_lines(tmp_path / "out")["secret"]["error"].startswith("[E100]")
    finally:
        f.chmod(0o644)


# --- incremental --------------------------------------------------------------------------------

def test_incremental_new_changed_removed(tmp_path):
    src = tmp_path / "in"
    generate(src, 12, seed=1)
    out = tmp_path / "out"
    s = run([src], out, workers=1)
    assert (s["processed"], s["cached"]) == (12, 0)
    assert (out / "manifest.json").is_file()
    assert json.loads((out / "manifest.json").read_text())["documents"][0]["status"] == "ok"

    s = run([src], out, workers=1)
    assert (s["processed"], s["cached"]) == (0, 12)
    assert outputs(out) == reference([str(src)])

    for i in range(3):                                   # three new files
        (src / "0000" / f"new_{i}.txt").write_text(f"Nyhet {i}: {SV}", encoding="utf-8")
    s = run([src], out, workers=2)
    assert (s["processed"], s["cached"], s["documents"]) == (3, 12, 15)
    assert outputs(out) == reference([str(src)])

    changed = src / "0000" / "doc_000004.txt"            # one changed file
    changed.write_text("Helt ny text med 17 procent.\n", encoding="utf-8")
    s = run([src], out, workers=1)
    assert (s["processed"], s["cached"]) == (1, 14)

    (src / "0000" / "doc_000001.txt").unlink()           # removed files leave the output
    (src / "0000" / "new_0.txt").unlink()
    s = run([src], out, workers=1)
    assert (s["processed"], s["cached"], s["documents"]) == (0, 13, 13)
    assert outputs(out) == reference([str(src)])
    assert "0000/doc_000001" not in doc_lines(out)
    assert len(list((out / "cache").rglob("*.jsonl"))) == 13     # stale cache entries are collected

    s = run([src], out, workers=1, full=True)            # --full ignores the cache
    assert s["processed"] == 13
    assert outputs(out) == reference([str(src)])


def test_sidecar_and_options_invalidate(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Antalet ökade med 12 procent i fjol.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run([src], out)["processed"] == 1
    (src / "a.txt.meta.json").write_text('{"published": "2020-05-01"}', encoding="utf-8")
    assert run([src], out)["processed"] == 1                 # a new sidecar changes the result
    assert doc_lines(out)["a"]["published"] == "2020-05-01"
    s = run_batch([str(src)], out, Options(published="2019-01-01"), progress=False)
    assert s["processed"] == 1                               # another --published is another version


def test_damaged_cache_entry_is_redone(tmp_path):
    src = tmp_path / "in"
    generate(src, 5, seed=2)
    out = tmp_path / "out"
    run([src], out)
    entry = sorted((out / "cache").rglob("*.jsonl"))[0]
    entry.write_text(entry.read_text(encoding="utf-8")[:40], encoding="utf-8")   # truncated
    s = run([src], out)
    assert (s["processed"], s["cached"]) == (1, 4)
    assert outputs(out) == reference([str(src)])


# --- parallel -------------------------------------------------------------------------------------

def test_workers_1_and_2_identical(tmp_path):
    src = tmp_path / "in"
    generate(src, 60, seed=3)
    (src / "page.html").write_text(HTML, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    s1 = run([src], tmp_path / "w1", workers=1)
    s2 = run([src], tmp_path / "w2", workers=2)
    assert outputs(tmp_path / "w1") == outputs(tmp_path / "w2") == reference([str(src)])
    assert s1["claims"] == s2["claims"] > 0 and s2["processed"] == 62
    assert (tmp_path / "w2" / "text" / "page.txt").read_bytes() == (tmp_path / "w1" / "text" / "page.txt").read_bytes()


def test_worker_crash_is_contained(tmp_path, monkeypatch):
    """A document that kills its worker process gets an error status; the batch completes."""
    import pipeline.batch.process as runner
    real = runner.process_stream

    def deadly(doc, options, sink):
        if doc.doc_id == "boom":
            os._exit(3)
        return real(doc, options, sink)
    monkeypatch.setattr(runner, "process_stream", deadly)     # inherited by forked workers
    src = tmp_path / "in"
    generate(src / "docs", 20, seed=4)
    (src / "boom.txt").write_text(SV, encoding="utf-8")
    s = run([src], tmp_path / "out", workers=2)
    lines = doc_lines(tmp_path / "out")
    assert lines["boom"]["status"] == "error" and lines["boom"]["error"].startswith("[E198]")
    assert s["documents"] == 21 and s["ok"] == 20


def test_progress_lines_and_summary(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in"
    generate(src, 5, seed=5)
    monkeypatch.setattr(batch, "LOG_EVERY_S", 0.0)
    s = run_batch([str(src)], tmp_path / "out", Options(), progress=None, workers=1)
    err = capsys.readouterr().err
    assert "progress: " in err                      # not a TTY: plain lines
    assert "done: 5 documents (ok 5, skipped 0, error 0" in err and "documents/s" in err
    for key in ("documents", "ok", "skipped", "error", "claims", "processed", "cached", "elapsed_s", "docs_per_s"):
        assert key in s
    run_batch([str(src)], tmp_path / "out", Options(), progress=False, workers=1)
    err = capsys.readouterr().err
    assert "progress: " not in err and "done: 5 documents" in err


def test_cli_run_options(tmp_path):
    src = tmp_path / "in"
    generate(src, 4, seed=6)
    cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(tmp_path / "out"), "--workers", "2",
           "--no-progress"]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "done: 4 documents" in res.stderr and "4 processed" in res.stderr
    res = subprocess.run(cmd + ["--full"], cwd=ROOT, capture_output=True, text=True)
    assert "4 processed" in res.stderr
    res = subprocess.run(cmd[:-3] + ["--engine", "dask"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2 and "E02" in res.stderr        # no scheduler / no dask: a clear error


# --- SIGKILL and resume -----------------------------------------------------------------------------

@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_mid_batch_then_resume(tmp_path, workers):
    from pipeline.batch.manifest import code_hash
    src = tmp_path / "in"
    generate(src, 400, seed=7)
    out = tmp_path / "out"
    before = code_hash(fresh=True)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out),
                             "--workers", str(workers), "--no-progress"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = len(list((out / "cache").rglob("*.jsonl"))) if (out / "cache").is_dir() else 0
        if done >= 40:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)          # the run and its workers, mid-batch
    proc.wait()
    assert done >= 40, "the run ended before it could be killed"
    assert not (out / "claims.jsonl").exists() or proc.returncode == 0
    res = subprocess.run([sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out),
                          "--workers", str(workers), "--no-progress"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    if code_hash(fresh=True) == before:   # (other people editing pipeline/ meanwhile would rightly redo all)
        assert "400 processed" not in res.stderr, res.stderr
    assert outputs(out) == reference([str(src)])
    assert not list((out / "cache").rglob("*.tmp"))


# --- big inputs ---------------------------------------------------------------------------------------

@pytest.mark.slow
def test_50_mb_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    block = (SV * 3 + "\n") + (" " * 2000 + "\n") * 5
    with open(src / "big.txt", "w", encoding="utf-8") as fh:
        n = 0
        while n < 50 * 1024 * 1024:
            fh.write(block)
            n += len(block.encode())
    (src / "small.txt").write_text(SV, encoding="utf-8")
    s = run([src], tmp_path / "out", workers=2)
    lines = doc_lines(tmp_path / "out")
    assert lines["big"]["status"] in ("ok", "skipped", "error") and lines["small"]["status"] == "ok"
    assert s["documents"] == 2


@pytest.mark.slow
def test_10000_files(tmp_path):
    src = tmp_path / "in"
    for d in range(10):
        sub = src / f"d{d}"
        sub.mkdir(parents=True)
        for i in range(1000):
            (sub / f"f{i:04d}.txt").write_text(f"Dokument {d}-{i}: antalet ökade med {i % 97} procent.\n",
                                               encoding="utf-8")
    out = tmp_path / "out"
    s = run([src], out, workers=2)
    assert s["documents"] == s["ok"] == 10_000 and s["processed"] == 10_000
    assert sum(1 for _ in io.read_jsonl(out / "documents.jsonl")) == 10_000
    s = run([src], out, workers=2)
    assert (s["processed"], s["cached"]) == (0, 10_000)


# --- Dask --------------------------------------------------------------------------------------------

def test_dask_engine_identical(tmp_path):
    distributed = pytest.importorskip("distributed")
    src = tmp_path / "in"
    generate(src, 30, seed=8)
    (src / "page.html").write_text(HTML, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    os.mkfifo(src / "pipe.txt")
    run([src], tmp_path / "local", workers=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        s = run([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
        assert s["engine"] == "dask" and s["processed"] == 33
        assert outputs(tmp_path / "dask") == outputs(tmp_path / "local") == reference([str(src)])
        assert (tmp_path / "dask" / "text" / "page.txt").is_file()
        (src / "new.txt").write_text(SV, encoding="utf-8")
        s = run([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
        assert (s["processed"], s["cached"]) == (2, 32)    # the new file, and the FIFO (never cached)
    assert outputs(tmp_path / "dask") == reference([str(src)])


def test_second_run_on_same_out_is_refused(tmp_path):
    import fcntl

    from pipeline.errors import PipelineError
    src = tmp_path / "in"
    generate(src, 2, seed=9)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".claims.jsonl.abc.tmp").write_text("half a file")       # left by a killed run
    with open(out / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(PipelineError, match="E023"):
            run([src], out)
    run([src], out)
    assert not list(out.glob(".*.tmp"))


def test_unchanged_rerun_skips_hashing_and_assembly_but_notices_edits(tmp_path):
    src = tmp_path / "in"
    generate(src, 6, seed=5)
    out = tmp_path / "out"
    run([src], out)
    before = outputs(out)
    mtime = (out / "claims.jsonl").stat().st_mtime_ns
    s = run([src], out)
    assert (s["processed"], s["cached"]) == (0, 6)
    assert (out / "claims.jsonl").stat().st_mtime_ns == mtime and outputs(out) == before   # not rewritten
    victim = sorted(src.rglob("*.txt"))[0]
    os.utime(victim, ns=(victim.stat().st_atime_ns, victim.stat().st_mtime_ns + 10**9))       # touched, same bytes
    assert run([src], out)["processed"] == 0 and outputs(out) == before
    (out / "claims.jsonl").write_text("", encoding="utf-8")                                   # someone edited the output
    assert run([src], out)["processed"] == 0 and outputs(out) == before                       # reassembled from the cache
    victim.write_text(victim.read_text(encoding="utf-8") + "\nDet kostade 7 kronor.\n", encoding="utf-8")
    assert run([src], out)["processed"] == 1
    assert outputs(out) == reference([str(src)])


def test_the_cache_key_covers_every_module_that_decides_a_result():
    """The pipeline version hashes the code of the whole processing chain, wing subpackages included: a change
    to the grammar, the resolver, the subject rules or the checks invalidates cached results."""
    from pipeline.batch import manifest
    names = {f.relative_to(manifest.PACKAGE_DIR).as_posix() for f in manifest.code_files()}
    for must in ("extraction/quantities.py", "extraction/resolve.py", "extraction/times.py", "extraction/time_rules.py",
                 "extraction/tables.py", "extraction/subjects.py", "extraction/speakers.py", "extraction/document.py",
                 "checks.py", "records.py", "ingest.py", "segment.py", "lexicon.py", "batch/engine.py"):
        assert must in names, must
    assert not any(n.startswith(("review/", "archive/")) for n in names)
