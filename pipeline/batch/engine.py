"""Batch engine: incremental, parallel (processes or a Dask cluster), streaming, restartable.

How a run goes (``run``):

1. ``discover`` lists the inputs in their stable order.
2. The main process hashes each input (bytes + sidecar) into a cache key
   (``pipeline.batch.manifest``). A key already in ``OUT/cache/`` is a hit and is
   not processed again (unless ``full=True``).
3. Misses go, in chunks, to worker processes (``engine="local"``) or to a
   Dask cluster (``engine="dask"``). Each result is written to the cache as
   soon as it arrives, so nothing but small counters stays in memory and a
   killed run resumes where it stopped.
4. ``claims.jsonl``, ``documents.jsonl`` and ``manifest.json`` are assembled by
   streaming the cache entries in discover order into temp files that are
   renamed into place: the output is byte-identical whatever the number of
   workers, the engine, or how many earlier runs were interrupted.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import stat as statmod
import sys
import tempfile
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline import io
from pipeline.ingest import MAX_BYTES, Document, discover, display_path, doc_id_for, ingest_bytes, ingest_path, read_sidecar, not_regular
from pipeline.batch.manifest import MANIFEST_NAME, Cache, Entry, LineSpool, doc_key, pipeline_version, special_key
from pipeline.records import document_line

log = logging.getLogger("pipeline")

CHUNK_DOCS = 16               # documents per task sent to a worker
CHUNK_BYTES = 4 * 1024 * 1024  # ... or fewer when the files are large
LOG_EVERY_S = 10.0            # plain progress line interval when stderr is not a TTY


# --- one document ----------------------------------------------------------------------------

def sidecar_file(path: Path) -> Path | None:
    """The sidecar ``read_sidecar`` would use, if any."""
    side = path.with_name(path.name + ".meta.json")
    if not side.is_file():
        side = path.with_suffix(".meta.json")
    return side if side.is_file() else None


def _sidecar_sha(path: Path) -> str | None:
    side = sidecar_file(path)
    if side is None:
        return None
    try:
        return hashlib.sha256(side.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


CHECKS_MAX_RECORDS = 20_000     # a document with more figures gets no arithmetic checks (they compare pairs); its
                                # documents.jsonl line says so (checks_skipped)


def _entry(key: str, doc: Document, line: dict, records) -> Entry:
    """A cache entry; ``records`` is a LineSpool of serialised records (or a list of record dicts)."""
    text = doc.text if (doc.format == "html" and doc.status == "ok") else None
    from pipeline.batch.process import check_document     # looked up per call: ``make bench`` times it in place
    lines = records if isinstance(records, LineSpool) else [io.dumps(r) for r in records]
    check_rows = []
    if doc.status == "ok" and 0 < len(lines) <= CHECKS_MAX_RECORDS:
        recs = [json.loads(x) for x in lines]
        check_rows = check_document(doc, recs)       # adds "checks" to the records involved
        if check_rows:
            lines = [io.dumps(r) for r in recs]
    elif len(lines) > CHECKS_MAX_RECORDS:
        line = dict(line, checks_skipped=f"more than {CHECKS_MAX_RECORDS} figures: the checks compare every pair")
    return Entry(key=key, doc_line=io.dumps(line), record_lines=lines, text=text,
                 doc_id=doc.doc_id, status=line["status"], check_lines=[io.dumps(r) for r in check_rows])


def entry_from_bytes(data: bytes, meta: dict | None, sidecar_sha: str | None, doc_id: str, display: str,
                     version: str, options) -> Entry:
    """The whole pipeline on one input's bytes -> a cache entry (never raises for bad input)."""
    from pipeline.batch.process import process_stream
    key = doc_key(version, doc_id, display, hashlib.sha256(data).hexdigest(), sidecar_sha)
    try:
        doc = ingest_bytes(data, doc_id, display, published=options.published, meta=meta)
    except Exception as exc:  # ingest promises not to raise; belt and braces
        doc = Document(doc_id=doc_id, path=display, sha256=hashlib.sha256(data).hexdigest(), status="error",
                       error=f"[E199] internal error: {type(exc).__name__}: {exc}")
    del data                    # the text is all that is needed from here on
    records = LineSpool()       # records go to the spool as they are built: nothing else holds them
    line = process_stream(doc, options, records)
    return _entry(key, doc, line, records)


def entry_from_path(path: Path, root: Path | None, version: str, options) -> Entry:
    """Read one file and run it; unreadable or special files get an entry with an error status."""
    from pipeline.batch.process import process_stream
    doc_id, display = doc_id_for(path, root), display_path(path)
    data = None
    problem = not_regular(path)
    if problem is None and not path.is_dir():
        try:
            if path.stat().st_size <= MAX_BYTES:
                data = path.read_bytes()
        except OSError:
            data = None
    if data is not None:
        return entry_from_bytes(data, read_sidecar(path), _sidecar_sha(path), doc_id, display, version, options)
    if problem is not None:
        doc = Document(doc_id=doc_id, path=display, status="error", error=problem)
    else:
        doc = ingest_path(path, root, published=options.published, display_path=display)
    records = LineSpool()
    line = process_stream(doc, options, records)
    return _entry(special_key(version, doc_id, display, line), doc, line, records)


# --- local worker processes ----------------------------------------------------------------

_WORKER: dict = {}


def _init_worker(out: str, version: str, options) -> None:
    """Once per worker process: load the lexicon (and NLP backend) and remember the run's settings."""
    from pipeline import lexicon
    from pipeline.batch.process import get_backend
    lexicon.load()
    get_backend(options.nlp)
    _WORKER.update(cache=Cache(Path(out)), version=version, options=options)


def _ping() -> int:
    return os.getpid()


def _work_chunk(chunk: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str, int]]:
    """Process a chunk of (index, path, root) in a worker; write each entry to the cache as it is done."""
    cache, version, options = _WORKER["cache"], _WORKER["version"], _WORKER["options"]
    done = []
    for index, path, root in chunk:
        entry = entry_from_path(Path(path), Path(root) if root else None, version, options)
        cache.put(entry)
        done.append((index, entry.key, entry.status, len(entry.record_lines)))
    return done


# --- dask -----------------------------------------------------------------------------------------

def dask_chunk(chunk: list[tuple], version: str, options) -> list[tuple[int, str]]:
    """Run on a Dask worker: (index, bytes, meta, sidecar_sha, doc_id, display) -> (index, serialised entry)."""
    from pipeline import lexicon
    from pipeline.batch.process import get_backend
    lexicon.load()
    get_backend(options.nlp)
    return [(index, entry_from_bytes(data, meta, side, doc_id, display, version, options).serialise())
            for index, data, meta, side, doc_id, display in chunk]


def dask_version(options) -> str:
    """Run on a Dask worker: its pipeline version, to refuse a cluster running different code."""
    return pipeline_version(options)


# --- progress -------------------------------------------------------------------------------------

class Progress:
    """tqdm bar on a TTY, a plain line every LOG_EVERY_S seconds otherwise, nothing when disabled."""

    def __init__(self, total: int, enabled: bool | None):
        self.total, self.n, self.started = total, 0, time.monotonic()
        self.enabled = enabled is not False
        self.bar = None
        self.last = self.started
        if self.enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
                tqdm.monitor_interval = 0     # no monitor thread: worker processes are forked after this
                self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
            except ImportError:
                self.bar = None

    def update(self, n: int = 1, cached: int = 0) -> None:
        self.n += n
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if now - self.last >= LOG_EVERY_S:
            self.last = now
            rate = self.n / max(now - self.started, 1e-9)
            print(f"progress: {self.n}/{self.total} documents ({cached} from cache), {rate:.1f} doc/s, "
                  f"{now - self.started:.0f}s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --- the run ----------------------------------------------------------------------------------------

class _Plan:
    """What the main process knows per input: small, fixed-size facts (no text, no records)."""

    def __init__(self, n: int):
        self.keys: list[str | None] = [None] * n
        self.fresh = bytearray(n)      # 1 = processed in this run (write its HTML text unconditionally)


def _unchanged_key(path: Path, seen_before: dict, cache: Cache) -> tuple[str | None, int]:
    """The last run's key for an input whose size and modification time (and its sidecar's) have not
    changed and whose cache entry is whole, else (None, 0). A few stat calls; the file is not read."""
    row = seen_before.get(str(path))
    if row is None:
        return None, 0
    try:
        st = os.stat(path)
    except OSError:
        return None, 0
    if (st.st_size, st.st_mtime_ns) != (row.get("size"), row.get("mtime_ns")) or _sidecar_mtime(path) != row.get("sidecar_mtime_ns"):
        return None, 0
    if _size(cache.path(row["key"])) != row.get("entry_bytes"):
        return None, 0
    return row["key"], st.st_size


CHECKS_NAME = "checks.jsonl"    # one row per arithmetic check that applied (pipeline/checks.py)
STAMP_NAME = ".outputs.stamp"   # size and mtime of the outputs as assembled: anything that edits them forces a reassembly


def _outputs_stamp(out: Path) -> list:
    stamp = []
    for name in ("claims.jsonl", "documents.jsonl", CHECKS_NAME, MANIFEST_NAME):
        try:
            st = os.stat(out / name)
            stamp.append([name, st.st_size, st.st_mtime_ns])
        except OSError:
            stamp.append([name, None, None])
    return stamp


def _read_stamp(out: Path):
    try:
        return json.loads((out / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _sidecar_mtime(path: Path) -> int | None:
    """Modification time of the sidecar ``read_sidecar`` would use (see ``sidecar_file``)."""
    side = sidecar_file(path)
    try:
        return side.stat().st_mtime_ns if side is not None else None
    except OSError:
        return None


def _key_for(path: Path, root: Path | None, version: str) -> tuple[str | None, int]:
    """(cache key, size) of a readable regular file; (None, 0) for anything to run directly."""
    try:
        st = os.stat(path)
    except OSError:
        return None, 0
    if not statmod.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
        return None, 0
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
    except OSError:
        return None, 0
    return doc_key(version, doc_id_for(path, root), display_path(path), h.hexdigest(), _sidecar_sha(path)), st.st_size


def _chunks(todo, max_docs: int = CHUNK_DOCS, max_bytes: int = CHUNK_BYTES):
    chunk, size = [], 0
    for item, nbytes in todo:
        if chunk and (len(chunk) >= max_docs or size + nbytes > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += nbytes
    if chunk:
        yield chunk


def run(inputs: list[str], out: Path, options, progress: bool | None = None, workers: int | None = None,
        engine: str = "local", scheduler: str | None = None, full: bool = False, archive: str | Path | None = None) -> dict:
    """Run every input; write ``claims.jsonl``, ``documents.jsonl``, ``manifest.json`` (and HTML text) under ``out``.

    Returns the summary: documents, ok/skipped/error, claims, ``processed``
    (documents run in this call) and ``cached`` (reused from an earlier run).
    With ``archive`` (a DuckDB file, see ``pipeline.archive.store``) the output is
    then added to it and the archived review decisions re-applied; the
    summary gains ``archive`` and ``orphaned_decisions``.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local | dask)")
    started = time.monotonic()
    out = Path(out)
    _check_out(out)
    with _locked(out):
        return _run(inputs, out, options, progress, workers, engine, scheduler, full, started, archive)


def _check_out(out: Path) -> None:
    """Refuse an output folder that is a file or cannot be written, before anything is written (one line,
    no traceback; the files already there are left as they are)."""
    from pipeline.errors import PipelineError
    if out.exists() and not out.is_dir():
        raise PipelineError(f"[E024] --out {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise PipelineError(f"[E024] cannot write to --out {out}: {exc.strerror or exc}") from None


class _locked:
    """An exclusive lock on ``OUT/.lock`` for the run (released by the OS if the process is killed)."""

    def __init__(self, out: Path):
        self.path, self.fh = out / ".lock", None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:      # not POSIX: no lock
            return self
        self.fh = open(self.path, "a+")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.close()
            from pipeline.errors import PipelineError
            raise PipelineError(f"[E023] another run is writing to {self.path.parent}") from None
        return self

    def __exit__(self, *exc):
        if self.fh is not None:
            self.fh.close()      # closing releases the lock


def _sweep_temp_files(out: Path) -> None:
    """Temp files a killed run left beside the final files (never mistaken for output, but untidy)."""
    for pattern in (".claims.jsonl.*.tmp", ".documents.jsonl.*.tmp", f".{CHECKS_NAME}.*.tmp", f".{MANIFEST_NAME}.*.tmp", f".{STAMP_NAME}.*.tmp"):
        for f in out.glob(pattern):
            try:
                f.unlink()
            except OSError:
                pass
    if (out / "text").is_dir():
        for f in (out / "text").rglob(".*.tmp"):
            try:
                f.unlink()
            except OSError:
                pass


def _previous_manifest(out: Path, version: str) -> dict | None:
    """The last run's manifest when it was written by this pipeline version and its outputs exist."""
    try:
        man = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if man.get("pipeline_version") != version or not (out / "claims.jsonl").is_file() or not (out / "documents.jsonl").is_file() \
            or not (out / CHECKS_NAME).is_file():
        return None
    return man


def _run(inputs, out: Path, options, progress, workers, engine, scheduler, full, started, archive=None) -> dict:
    _sweep_temp_files(out)
    warnings: list[str] = []
    items = discover(inputs, warnings)
    for w in warnings:                   # entries without a row of their own: said here, counted in the summary
        print(f"warning: {w}", file=sys.stderr, flush=True)
    version = pipeline_version(options)
    previous = None if full else _previous_manifest(out, version)
    # an input whose size and mtime are those of the last run keeps its key without being hashed again
    seen_before = {row.get("src"): row for row in (previous or {}).get("documents", []) if row.get("mtime_ns")}
    verified: set[int] = set()          # inputs whose cache entry was checked by the fast path
    cache = Cache(out)
    plan = _Plan(len(items))
    workers = max(1, workers or os.cpu_count() or 1)
    stats = {"processed": 0, "cached": 0}
    bar = Progress(len(items), progress)

    def todo():
        """Hash inputs in order; yield misses as ((index, path, root), size) while recording hits."""
        for index, (path, root) in enumerate(items):
            key, size = _unchanged_key(path, seen_before, cache) if seen_before else (None, 0)
            if key is not None:
                verified.add(index)
            else:
                key, size = _key_for(path, root, version)
            if key is not None and not full and (index in verified or cache.has(key)):
                plan.keys[index] = key
                stats["cached"] += 1
                bar.update(1, stats["cached"])
                continue
            yield (index, path, root), max(size, 1)

    def finished(index: int, key: str) -> None:
        plan.keys[index] = key
        plan.fresh[index] = 1
        stats["processed"] += 1
        bar.update(1, stats["cached"])

    try:
        if engine == "dask":
            _run_dask(todo(), cache, version, options, scheduler, finished)
        elif workers == 1 or len(items) <= 1:
            for (index, path, root), _ in todo():
                entry = entry_from_path(path, root, version, options)
                cache.put(entry)
                finished(index, entry.key)
        else:
            _run_local(todo(), cache, version, options, workers, finished)
    finally:
        bar.close()
    if _outputs_current(out, previous, plan, cache, verified, stats):
        # nothing changed: the outputs on disk are already what assembling would write, byte for byte
        counts, n_claims = _previous_counts(previous)
        assembled = False
    else:
        counts, n_claims = _assemble(items, plan, cache, out, version, options, stats)
        cache.gc({k for k in plan.keys if k})
        assembled = True
    archived = None
    if archive is not None:   # the archive (issue 15): after the outputs are whole, before the stamp
        from pipeline.archive.store import run_archive_step
        archived = run_archive_step(out, Path(archive), version)
    if assembled or (archived and archived["reviews_written"]):
        io.write_text(out / STAMP_NAME, json.dumps(_outputs_stamp(out)))
    return _summary(len(items), n_claims, counts, stats, warnings, workers if engine == "local" else None, engine,
                    archived, time.monotonic() - started)


def _outputs_current(out: Path, previous: dict | None, plan, cache, verified: set, stats: dict) -> bool:
    """Whether the outputs on disk are already what assembling would write: nothing processed, the same cache keys
    in the same order, every text file and cache entry as the last run left it, the outputs' stamp unchanged."""
    return previous is not None and stats["processed"] == 0 and [r.get("key") for r in previous["documents"]] == plan.keys \
        and all((out / "text" / f"{r['doc_id']}.txt").is_file() for r in previous["documents"] if r.get("has_text")) \
        and all(i in verified or _size(cache.path(r["key"])) == r.get("entry_bytes") for i, r in enumerate(previous["documents"])) \
        and _outputs_stamp(out) == _read_stamp(out)


def _previous_counts(previous: dict) -> tuple[dict, int]:
    """The status counts and the number of claims of the last run's manifest."""
    counts = {"ok": 0, "skipped": 0, "error": 0}
    for row in previous["documents"]:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return counts, sum(row.get("n_claims", 0) for row in previous["documents"])


def _summary(n_docs: int, n_claims: int, counts: dict, stats: dict, warnings: list, workers, engine: str,
             archived: dict | None, elapsed: float) -> dict:
    """The run's summary (returned and printed on stderr)."""
    summary = dict(documents=n_docs, claims=n_claims, elapsed_s=round(elapsed, 3), **counts,
                   processed=stats["processed"], cached=stats["cached"], warnings=len(warnings),
                   workers=workers, engine=engine, docs_per_s=round(n_docs / max(elapsed, 1e-9), 2))
    if archived is not None:
        summary["archive"] = {k: v for k, v in archived.items() if k != "orphaned_decisions"}
        summary["orphaned_decisions"] = archived["orphaned_decisions"]
    print(f"done: {n_docs} documents (ok {counts['ok']}, skipped {counts['skipped']}, error {counts['error']}; "
          f"{stats['processed']} processed, {stats['cached']} from cache{f'; {len(warnings)} warning(s)' if warnings else ''}), "
          f"{n_claims} claims in {elapsed:.1f}s "
          f"({summary['docs_per_s']:.1f} documents/s)", file=sys.stderr, flush=True)
    return summary


def _pool(workers: int, out: Path, version: str, options) -> ProcessPoolExecutor:
    import multiprocessing as mp
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(str(out), version, options))


def _run_local(todo, cache: Cache, version: str, options, workers: int, finished) -> None:
    """Chunks of misses to a process pool, at most ``4 * workers`` chunks in flight.

    If a worker process dies (a crash in native code, the OOM killer), the
    pool is rebuilt and the lost chunk's documents are retried one by one; a
    document that kills a worker again gets an error status instead of
    taking the batch down.
    """
    from collections import deque
    pool = _pool(workers, cache.root.parent, version, options)
    pending: dict = {}
    retry: deque = deque()
    chunks = _chunks(todo)
    source_done = False
    try:
        while True:
            while len(pending) < 4 * workers:
                if retry:                # crash suspects run alone, so a crash names its document
                    if pending:
                        break
                    chunk, single = [retry.popleft()], True
                elif not source_done:
                    chunk, single = next(chunks, None), False
                    if chunk is None:
                        source_done = True
                        continue
                else:
                    break
                args = [(i, str(p), str(r) if r else None) for i, p, r in chunk]
                try:
                    pending[pool.submit(_work_chunk, args)] = (chunk, single)
                except BrokenProcessPool:     # broke since the last wait(): redo everything in flight
                    retry.extendleft(reversed(chunk))
                    for _fut, (lost, _single) in list(pending.items()):
                        retry.extend(lost)
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _pool(workers, cache.root.parent, version, options)
            if not pending:
                if retry:
                    continue
                break
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                chunk, single = pending.pop(fut)
                try:
                    for index, key, _status, _n in fut.result():
                        finished(index, key)
                except BrokenProcessPool:
                    broken = True
                    if single:
                        _crashed(chunk[0], cache, version, options, finished)
                    else:
                        retry.extend(chunk)
                except Exception:  # a bug outside process_loaded's guard: run these documents here
                    log.debug("worker task failed\n%s", traceback.format_exc())
                    for i, p, r in chunk:
                        entry = entry_from_path(p, r, version, options)
                        cache.put(entry)
                        finished(i, entry.key)
            if broken:
                for fut, (chunk, single) in list(pending.items()):
                    retry.extend(chunk)   # a document already cached by the dead pool is simply redone
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers, cache.root.parent, version, options)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _crashed(item, cache: Cache, version: str, options, finished) -> None:
    index, path, root = item
    doc = Document(doc_id=doc_id_for(path, root), path=display_path(path), status="error",
                   error="[E198] the worker process died on this document")
    line = document_line(doc, 0, 0)
    entry = _entry(special_key(version, doc.doc_id, doc.path, line), doc, line, [])
    cache.put(entry)
    finished(index, entry.key)


def _run_dask(todo, cache: Cache, version: str, options, scheduler: str | None, finished) -> None:
    """Ship each miss's bytes to a Dask cluster; write results to the cache as they come back."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        from pipeline.errors import PipelineError
        raise PipelineError("[E020] --engine dask needs dask.distributed: pip install 'sv-numclaims[dask]'") from None
    if not scheduler:
        from pipeline.errors import PipelineError
        raise PipelineError("[E021] --engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    client = Client(scheduler, timeout="30s")
    try:
        n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) if _accepts_n(client)
                        else len(client.scheduler_info().get("workers", {})))
        theirs = set(client.run(dask_version, options).values())
        if theirs and theirs != {version}:
            from pipeline.errors import PipelineError
            raise PipelineError("[E022] the Dask workers run a different pipeline version (code, lexicon or "
                                "options differ from this checkout); install the same code on the workers")
        limit = 4 * n_workers
        ac = as_completed()
        in_flight = 0

        def drain(block: bool) -> None:
            nonlocal in_flight
            while in_flight and (block or in_flight >= limit):
                fut = next(ac)
                in_flight -= 1
                for index, raw in fut.result():
                    entry = Entry.parse(raw)
                    cache.put(entry)
                    finished(index, entry.key)
                fut.release()

        def payload(chunk):
            rows = []
            for index, path, root in chunk:
                try:
                    if not_regular(path) is not None or path.is_dir() or path.stat().st_size > MAX_BYTES:
                        raise OSError("special")
                    data = path.read_bytes()
                except OSError:
                    entry = entry_from_path(path, root, version, options)   # error status, computed here
                    cache.put(entry)
                    finished(index, entry.key)
                    continue
                rows.append((index, data, read_sidecar(path), _sidecar_sha(path), doc_id_for(path, root),
                             display_path(path)))
            return rows

        for chunk in _chunks(todo):
            rows = payload(chunk)
            if rows:
                ac.add(client.submit(dask_chunk, rows, version, options, pure=False))
                in_flight += 1
                drain(block=False)
        drain(block=True)
    finally:
        client.close()


def _accepts_n(client) -> bool:
    import inspect
    try:
        return "n_workers" in inspect.signature(client.scheduler_info).parameters
    except (TypeError, ValueError):
        return False


def _assemble(items, plan: _Plan, cache: Cache, out: Path, version: str, options, stats: dict):
    """Stream the cache entries, in discover order, into the final files (atomic, never all in memory)."""
    counts = {"ok": 0, "skipped": 0, "error": 0}
    n_claims = 0
    with io.atomic_writer(out / "claims.jsonl") as claims_fh, \
            io.atomic_writer(out / "documents.jsonl") as docs_fh, \
            io.atomic_writer(out / CHECKS_NAME) as checks_fh, \
            io.atomic_writer(out / MANIFEST_NAME) as man_fh:
        man_fh.write('{"pipeline_version": %s,\n "options": %s,\n "documents": [' % (
            json.dumps(version), io.dumps({"nlp": options.nlp, "published": options.published})))
        for index, (path, root) in enumerate(items):
            key = plan.keys[index]
            entry = cache.stream(key) if key else None      # checked whole, then copied line by line
            if entry is None:   # vanished or damaged cache entry: run the document again, here
                fresh = entry_from_path(path, root, version, options)
                cache.put(fresh)
                if key and not plan.fresh[index]:
                    stats["cached"] -= 1
                plan.keys[index] = fresh.key
                plan.fresh[index] = 1
                stats["processed"] += 1
                entry = cache.stream(fresh.key)
            docs_fh.write(entry.doc_line + "\n")
            for line in entry.record_lines():
                claims_fh.write(line + "\n")
            n_claims += entry.n_records
            for line in entry.check_lines():
                checks_fh.write(line + "\n")
            counts[entry.status] = counts.get(entry.status, 0) + 1
            if entry.has_text:
                target = out / "text" / f"{entry.doc_id}.txt"
                if plan.fresh[index] or not target.exists():
                    io.write_text(target, entry.text())
            row = {"doc_id": entry.doc_id, "path": json.loads(entry.doc_line).get("path"), "key": entry.key,
                   "status": entry.status, "n_claims": entry.n_records, "display": display_path(path),
                   "has_text": entry.has_text, "entry_bytes": _size(cache.path(entry.key)), "src": str(path)}
            try:
                st = os.stat(path)
                if statmod.S_ISREG(st.st_mode):
                    row.update(size=st.st_size, mtime_ns=st.st_mtime_ns, sidecar_mtime_ns=_sidecar_mtime(path))
            except OSError:
                pass
            man_fh.write(("\n  " if index == 0 else ",\n  ") + io.dumps(row))
        man_fh.write("\n ]\n}\n")
    return counts, n_claims


def run_batch(inputs: list[str], out: Path, options, progress: bool | None = None, *,
              workers: int | None = None, engine: str = "local", scheduler: str | None = None,
              full: bool = False, archive: str | Path | None = None) -> dict:
    """Run every input, write ``claims.jsonl``, ``documents.jsonl``, ``manifest.json`` and extracted HTML text under ``out``.

    Incremental (results cached per document under ``out/cache/``), parallel
    (``workers`` processes, default: all cores; or ``engine="dask"`` with a
    ``scheduler`` address) and restartable; see this module and
    docs/batch.md. The output does not depend on workers, engine or cache.
    Returns the summary dict (documents, ok, skipped, error, claims,
    processed, cached, elapsed_s, docs_per_s, ...). ``archive``: a DuckDB
    archive file to add the output to (``pipeline.archive.store``; None: none).
    """
    return run(inputs, Path(out), options, progress=progress, workers=workers, engine=engine,
               scheduler=scheduler, full=full, archive=archive)
