"""``make bench``: throughput, scaling, memory and re-run cost of ``pipeline run`` on a synthetic corpus.

    python -m pipeline.batch.bench [--docs N] [--out output/bench.json]

1. Generates N Swedish documents (default 20,000; ``BENCH_DOCS`` in make) by
   recombining the sentences of ``corpus/*.txt`` with randomised figures
   (fixed seed, so every machine benches the same text) into a temp folder.
2. Measures the floor: spaCy's bare Swedish tokenizer (``spacy.blank("sv")``,
   ``nlp.pipe``) over the same texts, in one process.
3. Runs the pipeline, each run in a fresh subprocess so that peak RSS is its
   own: ``--workers 1`` full, ``--workers 2`` full, then an unchanged re-run
   (cache hits only), and a quarter-size corpus with one worker to see
   whether peak RSS grows with batch size.
4. Adds the one-worker run's output to a fresh claim archive (``pipeline.archive.store``,
   DuckDB) in a fresh subprocess, then once more unchanged, and reports the time
   against the extraction's (target: archive < 20 % of extraction).
5. Prints one line per measurement and writes everything to ``output/bench.json``.
   ``--archive-only`` skips the tokenizer floor and the scaling/re-run/memory runs.
   ``--backends [FOLDER]`` only measures each NLP backend's speed (also part of the full bench).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent      # the project (pipeline/batch/bench.py)
_DIGITS = re.compile(r"\d+")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9”\"•])")


def _sentences(corpus: Path) -> list[str]:
    out = []
    for f in sorted(corpus.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if len(para) < 20:
                continue
            out.extend(s.strip() for s in _SENT.split(para) if len(s.strip()) >= 20)
    if not out:
        out = ["Kommunen satsar 25 miljoner kronor på skolan under 2021.",
               "Arbetslösheten minskade med 2,3 procentenheter jämfört med 2019."]
    return out


def _randomise(sentence: str, rng: random.Random) -> str:
    """Replace every digit run by a random one of the same length (years stay plausible years)."""
    def repl(m):
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(rng.randint(1995, 2030))
        first = str(rng.randint(1, 9)) if len(s) > 1 or rng.random() < 0.9 else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in range(len(s) - 1))
    return _DIGITS.sub(repl, sentence)


def generate(folder: Path, n_docs: int, seed: int = 20240611) -> dict:
    """Write ``n_docs`` documents into ``folder`` (1,000 per subfolder); return words/bytes totals."""
    rng = random.Random(seed)
    sents = _sentences(ROOT / "corpus")
    words = size = 0
    for i in range(n_docs):
        sub = folder / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        paras = []
        for _ in range(rng.randint(2, 6)):
            paras.append(" ".join(_randomise(rng.choice(sents), rng) for _ in range(rng.randint(1, 5))))
        title = _randomise(rng.choice(sents), rng)[:90]
        text = title + "\n\n" + "\n\n".join(paras) + "\n"
        data = text.encode("utf-8")
        (sub / f"doc_{i:06d}.txt").write_bytes(data)
        words += len(text.split())
        size += len(data)
    return {"documents": n_docs, "words": words, "bytes": size}


def _texts(folder: Path):
    for f in sorted(folder.rglob("*.txt")):
        yield f.read_text(encoding="utf-8")


def tokenizer_floor(folder: Path) -> dict:
    """spaCy's bare Swedish tokenizer over the same texts: the speed floor nothing can beat."""
    import spacy
    nlp = spacy.blank("sv")
    texts = list(_texts(folder))      # read first: the floor is the tokenizer, not the disk
    started, cpu = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=256):
        tokens += len(doc)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    words = sum(len(t.split()) for t in texts)
    return {"elapsed_s": round(elapsed, 3), "cpu_s": round(cpu, 3), "words": words, "tokens": tokens,
            "words_per_s": round(words / elapsed, 1), "words_per_cpu_s": round(words / cpu, 1)}


def backend_speeds(folder: Path, limit: int = 150, backends=("blank", "spacy", "stanza")) -> dict:
    """Words per CPU second of the whole pipeline (one document at a time, in this process) with each NLP backend
    on the same ``limit`` documents; a backend that cannot load here is reported with its error, not fatal."""
    from pipeline.batch.process import Options, get_backend, process_loaded
    from pipeline.ingest import ingest_bytes
    files = sorted(p for p in folder.rglob("*.txt"))[:limit]
    docs = [ingest_bytes(f.read_bytes(), f.stem, str(f)) for f in files]
    words = sum(len(d.text.split()) for d in docs)
    out = {"documents": len(docs), "words": words}
    for name in backends:
        try:
            get_backend(name)                     # loading is not timed
            process_loaded(docs[0], Options(nlp=name))
            t = time.process_time()
            n = sum(len(process_loaded(d, Options(nlp=name))[1]) for d in docs)
            cpu = time.process_time() - t
            out[name] = {"cpu_s": round(cpu, 3), "words_per_cpu_s": round(words / cpu), "claims": n}
        except Exception as exc:  # a backend whose model or package is missing here
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    if "words_per_cpu_s" in out.get("blank", {}):
        for name in backends:
            if "words_per_cpu_s" in out.get(name, {}):
                out[name]["vs_blank"] = round(out[name]["words_per_cpu_s"] / out["blank"]["words_per_cpu_s"], 3)
    return out


def _child(argv: list[str]) -> None:
    """Inside the measuring subprocess: one run_batch, then its summary and peak RSS as JSON on stdout."""
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("out")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--full", action="store_true")
    a = p.parse_args(argv)
    from pipeline.batch import Options, run_batch
    started = time.perf_counter()
    summary = run_batch([a.corpus], Path(a.out), Options(), progress=False, workers=a.workers, full=a.full)
    summary["wall_s"] = round(time.perf_counter() - started, 3)
    summary["peak_rss_main_mb"] = _vm_hwm_mb()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    summary["cpu_s"] = round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 3)
    print(json.dumps(summary))


def _archive_child(argv: list[str]) -> None:
    """Inside a subprocess: add an output folder to a fresh archive, then again (unchanged); print the times."""
    out, db = Path(argv[0]), Path(argv[1])
    started = time.perf_counter()
    from pipeline.archive.store import add_output
    first = add_output(db, out)
    t1 = time.perf_counter() - started
    started = time.perf_counter()
    again = add_output(db, out)
    t2 = time.perf_counter() - started
    print(json.dumps({"archive_s": round(t1, 3), "archive_unchanged_s": round(t2, 3),
                      "claims_added": first["claims_added"], "new_versions": first["new_versions"],
                      "unchanged_new_versions": again["new_versions"], "archive_mb": round(db.stat().st_size / 2**20, 1),
                      "peak_rss_mb": _vm_hwm_mb()}))


def measure_archive(out: Path, db: Path) -> dict:
    cmd = [sys.executable, "-m", "pipeline.batch.bench", "--_archive", str(out), str(db)]
    res = subprocess.run(cmd, cwd=_CODE, capture_output=True, text=True)
    if res.returncode:
        raise RuntimeError(f"archive bench failed ({res.returncode}): {res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def _vm_hwm_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would include the parent's before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def checks_overhead(folder: Path, limit: int | None = None, repeat: int = 3) -> dict:
    """The arithmetic checks' share of the work, measured in one process on the same documents:
    (a) per document, extraction (ingest, segment, extract, records) and the checks timed apart;
    (b) whole ``run --workers 1 --full`` batches with the checks and with them switched off, alternated
    ``repeat`` times in turn (which goes first alternates). Times are CPU seconds of this process (``time.process_time``; the batch runs in it
    with one worker), the best of each kept: other processes competing for the CPU distort wall clocks."""
    from pipeline.batch import process as runner
    from pipeline.ingest import ingest_bytes
    from pipeline.batch import Options, run_batch
    from pipeline.batch.process import check_document, process_loaded
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm") and p.is_file())[:limit]
    datas = [(f.stem, str(f), f.read_bytes()) for f in files]
    best_ext = best_chk = float("inf")
    rows = 0
    for _ in range(repeat):
        ext = chk = 0.0
        rows = 0
        for doc_id, path, data in datas:
            t0 = time.process_time()
            doc = ingest_bytes(data, doc_id, path)
            _, records = process_loaded(doc, Options())
            t1 = time.process_time()
            rows += len(check_document(doc, records))
            chk += time.process_time() - t1
            ext += t1 - t0
        best_ext, best_chk = min(best_ext, ext), min(best_chk, chk)
    work = Path(tempfile.mkdtemp(prefix="svnum-checks-"))
    real = runner.check_document
    spent = [0.0]

    def timed(doc, records):          # the checks' own CPU time inside a whole run
        t0 = time.process_time()
        try:
            return real(doc, records)
        finally:
            spent[0] += time.process_time() - t0
    shares: list[float] = []
    walls = {"with_checks": float("inf"), "without_checks": float("inf")}
    every: dict[str, list[float]] = {"with_checks": [], "without_checks": []}
    try:
        for i in range(repeat):
            for name in (("with_checks", "without_checks") if i % 2 == 0 else ("without_checks", "with_checks")):
                runner.check_document = timed if name == "with_checks" else (lambda doc, records: [])
                import pipeline.batch.engine as batch_mod
                batch_mod.check_document = runner.check_document
                spent[0] = 0.0
                t = time.process_time()
                run_batch([str(folder)], work / f"{name}_{i}", Options(), progress=False, workers=1, full=True)
                every[name].append(round(time.process_time() - t, 3))
                if name == "with_checks":
                    shares.append(spent[0] / max(every[name][-1], 1e-9))
                walls[name] = min(walls[name], every[name][-1])
    finally:
        runner.check_document = real
        import pipeline.batch.engine as batch_mod
        batch_mod.check_document = real
        shutil.rmtree(work, ignore_errors=True)
    return {"documents": len(datas), "check_rows": rows, "extraction_s": round(best_ext, 4), "checks_s": round(best_chk, 4),
            "checks_vs_extraction": round(best_chk / best_ext, 4) if best_ext else None,
            "run_with_checks_cpu_s": round(walls["with_checks"], 3), "run_without_checks_cpu_s": round(walls["without_checks"], 3),
            "run_ratio": round(walls["with_checks"] / walls["without_checks"], 4), "runs_cpu_s": every,
            "checks_share_of_run": round(sorted(shares)[len(shares) // 2], 4)}


def snapshot(dest: Path) -> Path:
    """Copy pipeline/ and models/lexicon/ so that edits made to the checkout during the bench don't
    change the pipeline version between runs (which would turn the re-run into a full run)."""
    shutil.copytree(ROOT / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "models" / "lexicon", dest / "models" / "lexicon")
    return dest


_CODE = ROOT


def _measure(corpus: Path, out: Path, workers: int, full: bool = False) -> dict:
    """Run the child; sample the RSS of its worker processes (psutil) every 0.1 s while it runs."""
    cmd = [sys.executable, "-m", "pipeline.batch.bench", "--_child", str(corpus), str(out), "--workers", str(workers)]
    if full:
        cmd.append("--full")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=_CODE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_worker = peak_total = 0.0
    try:
        import psutil
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                kids = [k.memory_info().rss for k in ps.children(recursive=True)]
                total = sum(kids) + ps.memory_info().rss
            except psutil.Error:
                kids, total = [], 0
            peak_worker = max([peak_worker, *kids])
            peak_total = max(peak_total, total)
            time.sleep(0.1)
    except ImportError:
        pass
    stdout, stderr = proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"bench run failed ({proc.returncode}): {stderr[-2000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_rss_worker_mb"] = round(peak_worker / 2**20, 1)
    result["peak_rss_tree_sum_mb"] = round(peak_total / 2**20, 1)
    result["process_wall_s"] = round(time.perf_counter() - started, 3)
    return result


def _rates(run: dict, words: int) -> dict:
    t = run["wall_s"]
    return {"documents_per_s": round(run["documents"] / t, 2), "words_per_s": round(words / t, 1),
            "quantities_per_s": round(run["claims"] / t, 1),
            "words_per_cpu_s": round(words / run["cpu_s"], 1) if run.get("cpu_s") else None}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline.batch.bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=int(os.environ.get("BENCH_DOCS", 20000)))
    p.add_argument("--out", default=str(ROOT / "output" / "bench.json"))
    p.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    p.add_argument("--no-small", action="store_true", help="skip the quarter-size memory run")
    p.add_argument("--archive-only", action="store_true",
                   help="only the one-worker run and the archive measurement (no floor, scaling, re-run or memory runs)")
    p.add_argument("--checks-overhead", metavar="FOLDER",
                   help="only measure the arithmetic checks' share of the work on FOLDER (e.g. tests/heldout/corpus)")
    p.add_argument("--backends", metavar="FOLDER", nargs="?", const="",
                   help="only measure each NLP backend's speed (on FOLDER, default: a generated corpus of 150 documents)")
    return p


def _single_measure(a) -> dict | None:
    """``--backends`` and ``--checks-overhead``: one measurement alone, no generated 20,000-document corpus."""
    if a.backends is not None:
        folder = Path(a.backends) if a.backends else None
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="svnum-backends-"))
            generate(folder, 150)
        return backend_speeds(folder)
    if a.checks_overhead:
        return checks_overhead(Path(a.checks_overhead), repeat=5)
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--_child":
        _child(argv[1:])
        return 0
    if argv and argv[0] == "--_archive":
        _archive_child(argv[1:])
        return 0
    a = _parser().parse_args(argv)
    single = _single_measure(a)
    if single is not None:
        print(json.dumps(single, indent=1))
        return 0

    global _CODE
    work = Path(tempfile.mkdtemp(prefix="svnum-bench-"))
    _CODE = snapshot(work / "code")
    report: dict = {"documents": a.docs, "cpu_count": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        corpus = work / "corpus"
        t = time.perf_counter()
        report["corpus"] = generate(corpus, a.docs)
        report["corpus"]["generate_s"] = round(time.perf_counter() - t, 2)
        words = report["corpus"]["words"]
        print(f"corpus: {a.docs} documents, {words} words, {report['corpus']['bytes'] / 1e6:.1f} MB", flush=True)
        if a.archive_only:
            r = _measure(corpus, work / "out_workers_1", 1)
            r.update(_rates(r, words))
            report["runs"] = {"workers_1": r}
            print(f"pipeline --workers 1: {r['documents_per_s']:.1f} documents/s, {r['wall_s']:.1f}s wall", flush=True)
        else:
            _full_measurement(report, a, work, corpus, words)
        _archive_measurement(report, work)
    finally:
        if a.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"-> {out}")
    return 0


def _full_measurement(report: dict, a, work: Path, corpus: Path, words: int) -> None:
    """The tokenizer floor, one and two workers, the unchanged re-run, the quarter-size memory run, the checks'
    overhead and the backends, then the results against their targets."""
    floor = tokenizer_floor(corpus)
    report["tokenizer_floor"] = floor
    print(f"spacy.blank('sv') tokenizer: {floor['words_per_s']:.0f} words/s", flush=True)
    runs, same = _worker_runs(a, work, corpus, words)
    report["runs"] = runs
    sample = min(a.docs, 2000)
    ch = checks_overhead(corpus / "0000" if (corpus / "0000").is_dir() else corpus, limit=sample, repeat=3)
    report["checks_overhead"] = ch
    bk = backend_speeds(corpus, limit=150)
    report["backends"] = bk
    print("backends (words per CPU second, whole pipeline, 150 documents): " + ", ".join(
        f"{k} {v['words_per_cpu_s']} ({v.get('vs_blank', 1):.3f} of blank)" if "words_per_cpu_s" in v else f"{k}: {v.get('error')}"
        for k, v in bk.items() if isinstance(v, dict)), flush=True)
    print(f"arithmetic checks: {ch['checks_s']:.3f}s of {ch['extraction_s']:.3f}s extraction on {ch['documents']} documents "
          f"(CPU) = {ch['checks_vs_extraction']:.3f}; whole run with/without checks {ch['run_with_checks_cpu_s']:.2f}s / "
          f"{ch['run_without_checks_cpu_s']:.2f}s CPU = {ch['run_ratio']:.3f}; the checks' own time inside the runs "
          f"with them: {ch['checks_share_of_run']:.3f} of the run (median; target < 0.05)", flush=True)
    _results(report, runs, floor, same)


def _worker_runs(a, work: Path, corpus: Path, words: int) -> tuple[dict, bool]:
    """One and two workers (and whether their outputs are identical), the unchanged re-run, the quarter-size run."""
    runs = {}
    for name, workers in (("workers_1", 1), ("workers_2", 2)):
        r = _measure(corpus, work / f"out_{name}", workers)
        r.update(_rates(r, words))
        runs[name] = r
        print(f"pipeline --workers {workers}: {r['documents_per_s']:.1f} documents/s, {r['words_per_s']:.0f} words/s, "
              f"{r['quantities_per_s']:.0f} quantities/s, peak RSS main {r['peak_rss_main_mb']} MB / "
              f"worker {r['peak_rss_worker_mb']} MB, {r['wall_s']:.1f}s wall, {r['cpu_s']:.1f}s CPU", flush=True)
    same = all((work / "out_workers_1" / f).read_bytes() == (work / "out_workers_2" / f).read_bytes()
               for f in ("claims.jsonl", "documents.jsonl"))
    r = _measure(corpus, work / "out_workers_2", 2)
    r.update(_rates(r, words))
    runs["rerun_unchanged"] = r
    print(f"unchanged re-run: {r['wall_s']:.2f}s ({r['cached']} from cache, {r['processed']} processed)", flush=True)
    if not a.no_small and a.docs >= 400:
        small = work / "corpus_small"
        generate(small, a.docs // 4)
        r = _measure(small, work / "out_small", 1)
        runs["workers_1_quarter_size"] = r
        print(f"quarter-size corpus, --workers 1: peak RSS main {r['peak_rss_main_mb']} MB", flush=True)
    return runs, same


def _results(report: dict, runs: dict, floor: dict, same: bool) -> None:
    """The ratios the targets are stated in, and a printed summary."""
    w1, w2 = runs["workers_1"], runs["workers_2"]
    report["results"] = {
        "pipeline_vs_tokenizer_words_per_s": round(w1["words_per_s"] / floor["words_per_s"], 4),
        "pipeline_vs_tokenizer_words_per_cpu_s": round(w1["words_per_cpu_s"] / floor["words_per_cpu_s"], 4),
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "speedup_2_workers": round(w1["wall_s"] / w2["wall_s"], 3),
        "rerun_vs_full": round(runs["rerun_unchanged"]["wall_s"] / w2["wall_s"], 4),
        "peak_rss_mb": max(w1["peak_rss_main_mb"], w2["peak_rss_main_mb"], w2["peak_rss_worker_mb"]),
        "identical_output_1_vs_2_workers": same,
        "checks_vs_extraction": report["checks_overhead"]["checks_vs_extraction"],
        "run_with_vs_without_checks": report["checks_overhead"]["run_ratio"],
        "checks_share_of_run": report["checks_overhead"]["checks_share_of_run"],
    }
    report["targets"] = {"pipeline_vs_tokenizer_words_per_s": ">= 0.333", "speedup_2_workers": ">= 1.8",
                         "peak_rss_mb": "<= 300", "rerun_vs_full": "< 0.05", "checks_share_of_run": "< 0.05"}
    res = report["results"]
    print(f"ratio pipeline/tokenizer words/s (1 worker): {res['pipeline_vs_tokenizer_words_per_s']:.3f} "
          f"(per CPU second: {res['pipeline_vs_tokenizer_words_per_cpu_s']:.3f}; target >= 0.333)")
    print(f"speed-up with 2 workers: {res['speedup_2_workers']:.2f}x (target >= 1.8)")
    print(f"unchanged re-run / full run: {res['rerun_vs_full']:.3f} (target < 0.05)")
    print(f"peak RSS: {res['peak_rss_mb']} MB (target <= 300); identical output 1 vs 2 workers: {same}")
    print(f"load average at the end: {res['load_average_1m_at_end']} on {os.cpu_count()} cores "
          "(other processes competing for the CPU distort the wall-clock figures)")


def _archive_measurement(report: dict, work: Path) -> None:
    """Adding the one-worker run's output to a fresh archive, against the extraction's wall time."""
    ex = report["runs"]["workers_1"]
    arch = measure_archive(work / "out_workers_1", work / "archive.duckdb")
    arch["archive_vs_extraction"] = round(arch["archive_s"] / ex["wall_s"], 4)
    report["archive"] = arch
    report.setdefault("targets", {})["archive_vs_extraction"] = "< 0.20"
    print(f"archive: {arch['claims_added']} claims of {arch['new_versions']} documents added in {arch['archive_s']:.2f}s "
          f"({arch['archive_mb']} MB; unchanged re-add {arch['archive_unchanged_s']:.2f}s); extraction "
          f"{ex['wall_s']:.1f}s -> archive / extraction {arch['archive_vs_extraction']:.3f} (target < 0.20)", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
