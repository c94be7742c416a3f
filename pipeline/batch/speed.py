"""Words per CPU second of this code against another checkout's, measured back to back (issue 12).

    python -m pipeline.batch.speed OTHER_CODE_DIR [--docs 1500] [--rounds 3] [--corpus FOLDER]

Generates the synthetic ``make bench`` corpus (``bench.generate``, its fixed seed, so every run and every machine
times the same text) unless ``--corpus`` names a folder, then times in-process extraction (``ingest_bytes`` ->
``process_loaded``: the per-document work of ``pipeline run``, loading of lexicons and models not timed) once per
round in a fresh subprocess for each code folder (PYTHONPATH set to it), alternating between the two.

Why this way: the machine is shared (2 cores, other jobs), so wall-clock time measures the neighbours as much as
the code. CPU seconds (``time.process_time``) of one process are far steadier, the best of N rounds drops the
rounds a neighbour disturbed anyway (cache and frequency effects), and alternating the two code folders round by
round puts both under the same conditions; comparing a figure against one measured at another time does not.
A fresh subprocess per round makes each figure the code's own (its imports, its lexicon, nothing shared).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent      # this code folder (pipeline/batch/speed.py)

# Runs inside the measuring subprocess with the other code folder on PYTHONPATH, so it may use nothing of this
# module: only the two functions both versions have (``ingest_bytes``, ``process_loaded``).
_CHILD = r"""
import json, sys, time
from pathlib import Path
code, corpus = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
import pipeline
if not Path(pipeline.__file__).resolve().is_relative_to(code):
    raise SystemExit(f"pipeline imported from {pipeline.__file__}, not from {code}")
from pipeline.batch.process import Options, process_loaded
from pipeline.ingest import ingest_bytes
files = sorted(corpus.rglob("*.txt"))
blobs = [(f.read_bytes(), f.stem, str(f)) for f in files]          # the disk is not timed
process_loaded(ingest_bytes(*blobs[0]), Options())                  # lexicon and patterns loaded, not timed
t = time.process_time()
docs = records = 0
words = 0
for data, stem, path in blobs:
    doc = ingest_bytes(data, stem, path)
    records += len(process_loaded(doc, Options())[1])
    words += len(doc.text.split())
cpu = time.process_time() - t
print(json.dumps({"documents": len(blobs), "words": words, "records": records, "cpu_s": cpu,
                  "words_per_cpu_s": words / cpu}))
"""


def measure_once(code: Path, corpus: Path) -> dict:
    """One timed pass over ``corpus`` in a fresh subprocess importing ``pipeline`` from ``code``."""
    env = dict(os.environ, PYTHONPATH=str(code))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(code), str(corpus)], env=env, cwd=str(code),
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"measuring {code} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(other: Path, corpus: Path, rounds: int, echo=print) -> dict:
    """Alternate rounds between this code and ``other``; best words per CPU second of each and their ratio."""
    codes = {"this": ROOT, "other": other.resolve()}
    runs: dict = {k: [] for k in codes}
    for i in range(rounds):
        order = ("this", "other") if i % 2 == 0 else ("other", "this")     # neither always goes first
        for name in order:
            r = measure_once(codes[name], corpus)
            runs[name].append(r)
            echo(f"round {i + 1} {name:5} {r['words_per_cpu_s']:10,.0f} words/CPU-s ({r['cpu_s']:.2f} s, "
                 f"{r['records']} records)")
    best = {k: max(r["words_per_cpu_s"] for r in v) for k, v in runs.items()}
    return {"this": str(codes["this"]), "other": str(codes["other"]), "rounds": rounds,
            "words": runs["this"][0]["words"], "documents": runs["this"][0]["documents"],
            "records": {k: v[0]["records"] for k, v in runs.items()},
            "best_words_per_cpu_s": {k: round(v) for k, v in best.items()}, "ratio": best["this"] / best["other"]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.batch.speed", description=__doc__.split("\n\n")[0])
    p.add_argument("other", help="the other code folder (a checkout with pipeline/ and models/)")
    p.add_argument("--docs", type=int, default=1500, help="generated documents (default 1500)")
    p.add_argument("--rounds", type=int, default=3, help="rounds per code folder; the best counts (default 3)")
    p.add_argument("--corpus", help="time this folder's .txt files instead of a generated corpus")
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="svnum-speed-") as tmp:
        corpus = Path(a.corpus) if a.corpus else Path(tmp) / "corpus"
        if not a.corpus:
            from pipeline.batch.bench import generate
            generate(corpus, a.docs)
        res = compare(Path(a.other), corpus, a.rounds)
    b = res["best_words_per_cpu_s"]
    print(f"corpus: {res['documents']} documents, {res['words']} words; best of {res['rounds']} rounds, CPU seconds")
    print(f"this  {res['this']}: {b['this']:,} words per CPU second ({res['records']['this']} records)")
    print(f"other {res['other']}: {b['other']:,} words per CPU second ({res['records']['other']} records)")
    print(f"ratio this/other: {res['ratio']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
