"""``make faults``: the large-input fault probes of issue 11, with wall time and peak memory per probe.

    python -m pipeline.faults [--only NAME ...] [--out output/faults.json]

Each probe writes one input into a temp folder and runs ``python -m pipeline run`` on it in a fresh
subprocess (``--workers 1``: the document is processed in that process, so its peak RSS, its own
``VmHWM``, is the document's). The probes:

- ``doc_10mb`` / ``doc_50mb``: one 10 MB / 50 MB document of Swedish press-release prose (the sentences of
  ``corpus/`` recombined with random figures, as in ``make bench``); limits: peak RSS <= 400 MB / 1 GB.
- ``figures_25k`` / ``figures_50k`` / ``figures_100k``: 25,000 / 50,000 / 100,000 figures in one line with
  no sentence end (``"1 " * n``); the output must grow linearly with the number of figures (bytes per
  figure roughly constant), not with figures x sentence length.
- ``no_sentence_end_5mb``: 5 MB of words without a full stop or a line break (pathological "sentence").

Prints one line per probe and writes them all to ``--out``; exits 1 when a limit is not met.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench import ROOT, _randomise, _sentences

MB = 1024 * 1024


def prose(size: int, seed: int = 11) -> str:
    """About ``size`` bytes of Swedish prose in paragraphs, with a headline."""
    rng = random.Random(seed)
    sents = _sentences(ROOT / "corpus")
    out, n = ["Rubrik för en mycket lång rapport"], 0
    while n < size:
        para = " ".join(_randomise(rng.choice(sents), rng) for _ in range(rng.randint(1, 5)))
        out.append(para)
        n += len(para.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def no_sentence_end(size: int, seed: int = 12) -> str:
    rng = random.Random(seed)
    words = ["kommunen", "satsar", "miljoner", "kronor", "på", "skolan", "och", "vården", "under", "året", "med",
             "procent", "fler", "elever", "i", "Malmö"]
    out, n = [], 0
    while n < size:
        w = str(rng.randint(1, 999)) if rng.random() < 0.1 else rng.choice(words)
        out.append(w)
        n += len(w.encode("utf-8")) + 1
    return " ".join(out) + "\n"


PROBES = {
    "doc_10mb": (lambda: prose(10 * MB), 400),
    "doc_50mb": (lambda: prose(50 * MB), 1024),
    "figures_25k": (lambda: "1 " * 25_000 + "\n", None),
    "figures_50k": (lambda: "1 " * 50_000 + "\n", None),
    "figures_100k": (lambda: "1 " * 100_000 + "\n", None),
    "no_sentence_end_5mb": (lambda: no_sentence_end(5 * MB), 400),
}


# Runs ``python -m pipeline ...`` and then prints the process's own peak RSS (VmHWM). getrusage's ru_maxrss
# would not do: Linux carries it over an exec, so a child started from a big parent reports the parent's size.
_WRAPPER = """
import runpy, sys
sys.argv = sys.argv[1:]
try:
    runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
finally:
    try:
        with open("/proc/self/status") as fh:
            sys.stderr.write("".join(line for line in fh if line.startswith("VmHWM:")))
    except OSError:
        pass
"""


def run_probe(name: str, text: str, work: Path) -> dict:
    """Run the pipeline on one generated document in a subprocess; its time, peak RSS and output."""
    src, out = work / name, work / f"{name}_out"
    src.mkdir(parents=True)
    (src / "doc.txt").write_text(text, encoding="utf-8")
    del text
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.monotonic()
    argv = ["pipeline", "run", str(src), "--out", str(out), "--workers", "1", "--no-progress"]
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *argv], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    hwm = [line.split()[1] for line in err.splitlines() if line.startswith("VmHWM:")]
    peak_kb = int(hwm[-1]) if hwm else usage.ru_maxrss
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()] \
        if (out / "documents.jsonl").is_file() else []
    claims_bytes = (out / "claims.jsonl").stat().st_size if (out / "claims.jsonl").is_file() else 0
    row = {"probe": name, "input_bytes": (src / "doc.txt").stat().st_size, "exit": proc.returncode,
           "seconds": round(elapsed, 1), "peak_rss_mb": round(peak_kb / 1024, 1),
           "status": docs[0]["status"] if docs else None, "claims": docs[0]["n_claims"] if docs else None,
           "claims_bytes": claims_bytes}
    if proc.returncode != 0:
        row["stderr"] = err[-2000:]
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=sorted(PROBES), help="run only these probes")
    ap.add_argument("--out", default="output/faults.json")
    args = ap.parse_args(argv)
    names = args.only or list(PROBES)
    rows, failed = [], []
    with tempfile.TemporaryDirectory(prefix="svnc-faults-") as tmp:
        for name in names:
            make, limit = PROBES[name]
            row = run_probe(name, make(), Path(tmp))
            row["limit_rss_mb"] = limit
            ok = row["exit"] == 0 and row["status"] == "ok" and (limit is None or row["peak_rss_mb"] <= limit)
            row["ok"] = ok
            if not ok:
                failed.append(name)
            rows.append(row)
            per_mb = row["peak_rss_mb"] / max(row["input_bytes"] / MB, 1e-9)
            print(f"{name:22s} {row['input_bytes'] / MB:7.2f} MB in  {row['seconds']:7.1f} s  peak RSS "
                  f"{row['peak_rss_mb']:7.1f} MB ({per_mb:6.1f} MB per MB in)  status {row['status']}  "
                  f"{row['claims']} claims, {row['claims_bytes'] / MB:.1f} MB out"
                  f"{'' if limit is None else f'  (limit {limit} MB)'}  {'ok' if ok else 'FAILED'}", flush=True)
    figs = [r for r in rows if r["probe"].startswith("figures_") and r["claims"]]
    if len(figs) >= 2:
        per = [r["claims_bytes"] / r["claims"] for r in figs]
        linear = max(per) <= 1.15 * min(per)
        shown = ", ".join(f"{r['probe']} {p:.0f} B" for r, p in zip(figs, per))
        print(f"output per figure: {shown}: "
              f"{'linear' if linear else 'NOT linear'} in the number of figures", flush=True)
        if not linear:
            failed.append("linear output")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"probes": rows, "failed": failed}, indent=1) + "\n", encoding="utf-8")
    print(f"faults: {len(rows)} probes, {len(failed)} failed{': ' + ', '.join(failed) if failed else ''} -> {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
