"""The claim archive: every document version, claim and review decision a newsroom has seen, in one DuckDB file.

Why: each ``run`` rewrites ``claims.jsonl`` for the inputs it was given, so
yesterday's releases and last month's reviews would be gone. The archive
(``OUT/archive.duckdb`` by default) only ever grows:

* a document (same ``doc_id``, else same source path) whose ``sha256`` is new
  becomes a new **version**; the previous one is kept and marked superseded;
* every claim is stored with its document version (the contract record as
  JSON, plus flat columns for SQL and a stemmed term index for ``search``);
* every review decision is stored with its reviewer and time, keyed by what
  the reviewer saw (document, normalised sentence, quantity text, occurrence
  of that text in the sentence), not by offsets. After each run the latest
  decision per key is re-applied to the document's current version; a
  decision whose sentence or figure is gone is kept with ``state='orphaned'``
  and reported, never dropped.

Offline by construction: DuckDB's extension auto-install and auto-load are
switched off on every connection, and nothing here needs an extension (the
search ranking is plain SQL over our own term table, not the ``fts``
extension). The schema is versioned (``meta.schema_version``) and upgraded
in place by the ordered ``MIGRATIONS`` when an older archive is opened.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline import io

SCHEMA_VERSION = 4
DEFAULT_NAME = "archive.duckdb"                 # in the run's --out folder
DEFAULT_PATH = f"output/{DEFAULT_NAME}"         # what search and diff read unless told
CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False,
          "memory_limit": "128MB", "threads": 1}   # memory bounded (make faults): DuckDB spills to disk beyond it

# Decision states: the latest decision for its key either applies to the document's current version
# ('applied') or finds nothing there ('orphaned'); earlier decisions for the same key are 'replaced';
# a decision for a claim id the archive never held is 'unmatched'; a claim the reviewer added by
# selecting text the pipeline missed (status 'added', span in ``added``) is kept as 'added'.
STATES = ("applied", "orphaned", "replaced", "unmatched", "added")

_V1 = [
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMPTZ, output VARCHAR,
        pipeline_version VARCHAR, n_documents INTEGER, n_new_versions INTEGER, n_claims_added INTEGER)""",
    """CREATE TABLE documents (version_id INTEGER PRIMARY KEY, doc_id VARCHAR NOT NULL, version INTEGER NOT NULL,
        path VARCHAR, sha256 VARCHAR, status VARCHAR, error VARCHAR, published VARCHAR, title VARCHAR,
        n_sentences INTEGER, n_claims INTEGER, pipeline_version VARCHAR, run_id INTEGER,
        added_at TIMESTAMPTZ, last_seen_at TIMESTAMPTZ, superseded_by INTEGER, superseded_at TIMESTAMPTZ)""",
    """CREATE TABLE claims (version_id INTEGER NOT NULL, seq INTEGER NOT NULL, claim_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL, sentence_norm VARCHAR, sentence_occ INTEGER, quantity_text VARCHAR,
        occurrence INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, unit VARCHAR, kind VARCHAR, entity VARCHAR,
        period_start VARCHAR, period_end VARCHAR, direction VARCHAR, subject VARCHAR, claim_type VARCHAR,
        speaker VARCHAR, party VARCHAR, record VARCHAR)""",
    """CREATE TABLE decisions (decision_id INTEGER PRIMARY KEY, doc_id VARCHAR, sentence_norm VARCHAR,
        quantity_text VARCHAR, occurrence INTEGER, claim_id VARCHAR, version_id INTEGER, status VARCHAR,
        corrections VARCHAR, note VARCHAR, reviewer VARCHAR, decided_at VARCHAR, recorded_at TIMESTAMPTZ,
        source VARCHAR)""",
]

_V2 = [   # schema 2: decision states, where each decision was applied, and the search term index
    "ALTER TABLE decisions ADD COLUMN state VARCHAR",
    "ALTER TABLE decisions ADD COLUMN state_version_id INTEGER",
    "ALTER TABLE claims ADD COLUMN review_status VARCHAR DEFAULT 'pending'",
    "UPDATE claims SET review_status = 'pending'",
    "CREATE TABLE applications (decision_id INTEGER, version_id INTEGER, claim_id VARCHAR, applied_at TIMESTAMPTZ)",
    "CREATE TABLE terms (version_id INTEGER, claim_id VARCHAR, field VARCHAR, stem VARCHAR, tf INTEGER)",
    "__reindex_terms__",
    "__reapply_all__",
]

_V3 = [   # schema 3: claims a reviewer added (the review page's "add a missed claim"): their span
    "ALTER TABLE decisions ADD COLUMN added VARCHAR",
]

_V4 = [   # schema 4: the arithmetic checks of each document version (OUT/checks.jsonl rows)
    """CREATE TABLE checks (version_id INTEGER NOT NULL, check_id VARCHAR NOT NULL, doc_id VARCHAR, "check" VARCHAR,
        status VARCHAR, claim_ids VARCHAR, explanation VARCHAR, row VARCHAR)""",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4]   # MIGRATIONS[n - 1] takes an archive from schema n - 1 to n


# --- connection and migrations ------------------------------------------------------------------

def connect(path: str | Path, read_only: bool = False, upto: int = SCHEMA_VERSION):
    """Open (creating if needed) an archive and bring its schema up to ``upto`` (tests pass an older one)."""
    import duckdb
    path = Path(path)
    if read_only and not path.exists():
        from pipeline.errors import PipelineError
        raise PipelineError(f"[E030] no archive at {path}: run 'python -m pipeline run INPUT --out DIR' first "
                            "(it writes DIR/archive.duckdb) or pass --archive PATH")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only, config=dict(CONFIG))
    except duckdb.Error as exc:    # locked by another process (a run in progress), not a DuckDB file, ...
        from pipeline.errors import PipelineError
        raise PipelineError(f"[E035] cannot open the archive {path}: {exc}") from None
    if not read_only:
        migrate(con, upto)
        if upto == SCHEMA_VERSION:
            _sweep_unpublished(con)
    else:
        v = schema_version(con)
        if v != SCHEMA_VERSION:       # an old archive opened read-only: upgrade it through a writable connection
            con.close()
            connect(path).close()
            con = duckdb.connect(str(path), read_only=True, config=dict(CONFIG))
    return con


def _sweep_unpublished(con) -> None:
    """Claims and terms staged by a run that stopped before publishing its documents (see ``_add``)."""
    for table in ("claims", "terms"):
        con.execute(f"DELETE FROM {table} WHERE version_id NOT IN (SELECT version_id FROM documents)")


def schema_version(con) -> int:
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except Exception:   # no meta table: an empty file
        return 0
    return int(rows[0][0]) if rows else 0


def migrate(con, upto: int = SCHEMA_VERSION) -> int:
    """Apply the migrations after the archive's schema version, each in its own transaction."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        from pipeline.errors import PipelineError
        raise PipelineError(f"[E031] the archive has schema {current}, newer than this pipeline's "
                            f"{SCHEMA_VERSION}: update sv-numclaims")
    for n in range(current + 1, upto + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in MIGRATIONS[n - 1]:
                if stmt == "__reindex_terms__":
                    _reindex_terms(con)
                elif stmt == "__reapply_all__":
                    docs = [r[0] for r in con.execute("SELECT DISTINCT doc_id FROM decisions").fetchall()]
                    reapply(con, docs)
                else:
                    con.execute(stmt)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(n)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return upto


def _reindex_terms(con) -> None:
    from pipeline.archive.search import claim_terms
    rows = con.execute("SELECT version_id, claim_id, subject, entity, record FROM claims").fetchall()
    terms = []
    for vid, cid, subject, entity, record in rows:
        sentence = ((json.loads(record) or {}).get("sentence") or {}).get("text")
        terms.extend((vid, cid, f, s, n) for f, s, n in claim_terms(subject, entity, sentence))
    _insert_terms(con, terms)


def _insert_terms(con, terms: list[tuple]) -> None:
    if not terms:
        return
    df = _frame(terms, ["version_id", "claim_id", "field", "stem", "tf"], ("claim_id", "field", "stem"))
    con.register("_terms_df", df)
    con.execute("INSERT INTO terms SELECT version_id, claim_id, field, stem, tf FROM _terms_df")
    con.unregister("_terms_df")


def _frame(rows: list[tuple], columns: list[str], text_columns):
    """A DataFrame to insert from. Text columns get pandas' string dtype: DuckDB scans object columns without
    copying and keeps the Python strings alive until the transaction commits, so a document of 100,000 figures
    would be held whole (make faults); string columns are copied as they are inserted."""
    import pandas as pd
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    return df.astype({c: "string" for c in text_columns})


# --- flattening records -----------------------------------------------------------------------------

CLAIM_COLUMNS = ["version_id", "seq", "claim_id", "doc_id", "sentence_norm", "sentence_occ", "quantity_text",
                 "occurrence", "value", "low", "high", "unit", "kind", "entity", "period_start", "period_end",
                 "direction", "subject", "claim_type", "speaker", "party", "record", "review_status"]
CLAIM_TEXT_COLUMNS = ("claim_id", "doc_id", "sentence_norm", "quantity_text", "unit", "kind", "entity", "period_start",
                      "period_end", "direction", "subject", "claim_type", "speaker", "party", "record", "review_status")


def _num(v):
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def flatten(records: list[dict], version_id: int, raw: list[str] | None = None) -> list[tuple]:
    """One document's records -> rows of the claims table (keys as ``records.review_keys`` computes them);
    ``raw``: the records' JSON lines as read, stored as they are instead of serialised again."""
    from pipeline.records import review_keys
    keys = review_keys(((r.get("sentence") or {}), (r.get("quantity") or {}).get("text")) for r in records)
    return [_claim_row(r, version_id, seq, key, raw[seq] if raw is not None else None)
            for seq, (r, key) in enumerate(zip(records, keys))]


def _claim_row(r: dict, version_id: int, seq: int, key: tuple, raw: str | None) -> tuple:
    norm, socc, qtext, qocc = key
    q = r.get("quantity") or {}
    t = r.get("time") if isinstance(r.get("time"), dict) else {}
    ch = r.get("change") if isinstance(r.get("change"), dict) else {}
    att = r.get("attribution") if isinstance(r.get("attribution"), dict) else {}
    return (version_id, seq, r["id"], r["doc_id"], norm, socc, qtext, qocc, _num(q.get("value")),
            _num(q.get("low")), _num(q.get("high")), q.get("unit"), q.get("kind"), q.get("entity"),
            t.get("start"), t.get("end"), ch.get("direction"), r.get("subject"), r.get("claim_type"),
            att.get("speaker"), att.get("party"), raw if raw is not None else io.dumps(r),
            ((r.get("review") or {}).get("status")) or "pending")


# --- adding a run's output ----------------------------------------------------------------------------

_DOC_ID = re.compile(r'"doc_id": ("(?:[^"\\]|\\.)*")')


def _now() -> datetime:
    return datetime.now(timezone.utc)


def add_output(archive_path: str | Path, out_dir: str | Path, pipeline_version: str | None = None) -> dict:
    """Add what a run wrote to ``out_dir`` (documents.jsonl, claims.jsonl) to the archive (a path or an open
    connection), in one transaction.

    Documents whose doc_id (or path) and sha256 are already current in the archive cost one dict lookup;
    only new versions are parsed, flattened, indexed and bulk-inserted (pandas -> DuckDB). Decisions of
    earlier versions are re-applied to the new ones. Returns a summary (counts, orphaned decisions)."""
    out_dir = Path(out_dir)
    if pipeline_version is None:
        try:
            pipeline_version = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8")).get("pipeline_version")
        except (OSError, ValueError):
            pipeline_version = None
    lines = list(io.read_jsonl(out_dir / "documents.jsonl")) if (out_dir / "documents.jsonl").exists() else []
    con = archive_path if not isinstance(archive_path, (str, Path)) else connect(archive_path)
    try:
        return _add(con, out_dir, lines, pipeline_version)
    finally:
        if con is not archive_path:
            con.close()


@dataclass
class _Plan:
    """What one run's documents.jsonl means for the archive: which versions are new, which they supersede,
    which are unchanged (``touched``), which keep their text but get a new pipeline's claims (``reextract``),
    which changed doc_id under the same path (``renamed``), and ``want``: doc_id -> the version_id whose claims
    this run supplies."""
    run_id: int
    seen_ids: set = field(default_factory=set)
    new_docs: list = field(default_factory=list)
    superseded: list = field(default_factory=list)
    touched: list = field(default_factory=list)
    reextract: dict = field(default_factory=dict)
    renamed: list = field(default_factory=list)
    want: dict = field(default_factory=dict)


def _add(con, out_dir: Path, lines: list[dict], pipeline_version: str | None) -> dict:
    now = _now()
    plan = _plan(con, lines, pipeline_version, now)
    chunks = _read_claims(out_dir / "claims.jsonl", plan.want)
    first = next(chunks, None)
    check_rows = _read_checks(out_dir / "checks.jsonl", plan.want)
    if not (plan.new_docs or plan.superseded or plan.reextract or first):      # nothing new: a cheap bookkeeping update
        _record_unchanged(con, plan, out_dir, pipeline_version, now)
        return {"run_id": plan.run_id, "documents": len(plan.seen_ids), "new_versions": 0, "superseded": 0,
                "unchanged": len(plan.touched), "reextracted": 0, "claims_added": 0, "decisions_applied": 0,
                "orphaned_decisions": []}
    # Claims are staged first, a chunk per transaction (a document of 100,000 figures is never held in memory,
    # by Python or by DuckDB's uncommitted storage), then published with their documents in one last transaction:
    # readers join claims to documents, so staged rows are invisible until then, and rows a crash leaves
    # unpublished are swept when the archive is next opened for writing (``_sweep_unpublished``).
    n_added = _stage_claims(con, plan, _chain(first, chunks))
    first = None
    reapplied = _publish(con, plan, check_rows, out_dir, pipeline_version, now, n_added)
    return {"run_id": plan.run_id, "documents": len(plan.seen_ids), "new_versions": len(plan.new_docs),
            "superseded": len(plan.superseded), "unchanged": len(plan.touched) - len(plan.reextract),
            "reextracted": len(plan.reextract), "claims_added": n_added,
            "decisions_applied": reapplied["applied"], "orphaned_decisions": reapplied["orphaned"]}


def _plan(con, lines: list[dict], pipeline_version: str | None, now: datetime) -> _Plan:
    """Compare the run's documents with the archive's current versions (by doc_id, else by path, and sha256)."""
    current = con.execute("SELECT doc_id, path, sha256, version_id, version, pipeline_version FROM documents "
                          "WHERE superseded_by IS NULL").fetchall()
    by_id = {r[0]: r for r in current}
    by_path = {r[1]: r for r in current if r[1]}
    next_vid = (con.execute("SELECT coalesce(max(version_id), 0) FROM documents").fetchall()[0][0]) + 1
    plan = _Plan(run_id=(con.execute("SELECT coalesce(max(run_id), 0) FROM runs").fetchall()[0][0]) + 1)
    for d in lines:
        doc_id = d.get("doc_id")
        if not doc_id or doc_id in plan.seen_ids:
            continue
        plan.seen_ids.add(doc_id)
        prev = by_id.get(doc_id) or by_path.get(d.get("path"))
        if prev is not None and prev[2] == d.get("sha256"):
            plan.touched.append(prev[3])
            if pipeline_version and prev[5] != pipeline_version:      # same text, new pipeline: refresh its claims
                plan.reextract[prev[3]] = (d, pipeline_version)
                plan.want[doc_id] = prev[3]
            continue
        vid = next_vid
        next_vid += 1
        version = (prev[4] + 1) if prev is not None else 1
        if prev is not None:
            plan.superseded.append((vid, prev[3]))
            if prev[0] != doc_id:          # same source path, new doc_id: its decisions follow the document
                plan.renamed.append((prev[0], doc_id))
        plan.new_docs.append((vid, doc_id, version, d.get("path"), d.get("sha256"), d.get("status"), d.get("error"),
                              d.get("published"), d.get("title"), d.get("n_sentences"), d.get("n_claims"),
                              pipeline_version, plan.run_id, now, now, None, None))
        plan.want[doc_id] = vid
    return plan


def _record_unchanged(con, plan: _Plan, out_dir: Path, pipeline_version: str | None, now: datetime) -> None:
    """A run that brings nothing new: the unchanged documents were seen now, and the run is recorded."""
    con.execute("BEGIN TRANSACTION")
    if plan.touched:
        con.execute("UPDATE documents SET last_seen_at = ? WHERE superseded_by IS NULL AND version_id IN "
                    f"({', '.join(str(int(v)) for v in plan.touched)})", [now])
    con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                [plan.run_id, now, str(out_dir), pipeline_version, len(plan.seen_ids), 0, 0])
    con.execute("COMMIT")


def _stage_claims(con, plan: _Plan, chunks) -> int:
    """Drop the claims of re-extracted versions, then insert the new claims and terms a chunk per transaction."""
    if plan.reextract:
        vids = ", ".join(str(int(v)) for v in plan.reextract)
        con.execute("BEGIN TRANSACTION")
        for table in ("claims", "terms", "checks"):
            con.execute(f"DELETE FROM {table} WHERE version_id IN ({vids})")
        con.execute("COMMIT")
    n_added = 0
    for claim_rows, term_rows in chunks:
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_claims_df", _frame(claim_rows, CLAIM_COLUMNS, CLAIM_TEXT_COLUMNS))
            con.execute(f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) SELECT * FROM _claims_df")
            con.unregister("_claims_df")
            _insert_terms(con, term_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        n_added += len(claim_rows)
    return n_added


def _publish(con, plan: _Plan, check_rows: list, out_dir: Path, pipeline_version: str | None, now: datetime,
             n_added: int) -> dict:
    """One transaction: the new versions, what they supersede, what was seen or re-extracted, the checks, renamed
    decisions and re-applied decisions, and the run. Returns what ``reapply`` did."""
    con.execute("BEGIN TRANSACTION")
    try:
        _write_versions(con, plan, now)
        if check_rows:
            _insert_frame(con, "checks", check_rows, ["version_id", "check_id", "doc_id", "check", "status", "claim_ids",
                                                      "explanation", "row"])
        for old_id, new_id in plan.renamed:
            con.execute("UPDATE decisions SET doc_id = ? WHERE doc_id = ?", [new_id, old_id])
        changed_docs = sorted(plan.want)
        reapplied = reapply(con, changed_docs) if changed_docs else {"applied": 0, "orphaned": []}
        con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [plan.run_id, now, str(out_dir), pipeline_version, len(plan.seen_ids), len(plan.new_docs), n_added])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return reapplied


def _insert_frame(con, table: str, rows: list, columns: list[str]) -> None:
    import pandas as pd
    con.register("_rows_df", pd.DataFrame(rows, columns=columns, dtype=object))
    con.execute(f"INSERT INTO {table} SELECT * FROM _rows_df")
    con.unregister("_rows_df")


def _write_versions(con, plan: _Plan, now: datetime) -> None:
    """Rows of the documents table: new versions inserted, superseded ones pointed at their successors, unchanged
    ones seen now, re-extracted ones stamped with the new pipeline version."""
    import pandas as pd
    if plan.new_docs:
        df = pd.DataFrame(plan.new_docs, columns=["version_id", "doc_id", "version", "path", "sha256", "status", "error",
                                                  "published", "title", "n_sentences", "n_claims", "pipeline_version",
                                                  "run_id", "added_at", "last_seen_at", "superseded_by", "superseded_at"],
                          dtype=object)
        df["superseded_by"] = df["superseded_by"].astype("Int64")
        df["superseded_at"] = pd.to_datetime(df["superseded_at"], utc=True)
        df["n_sentences"] = df["n_sentences"].astype("Int64")
        df["n_claims"] = df["n_claims"].astype("Int64")
        con.register("_docs_df", df)
        con.execute("INSERT INTO documents SELECT * FROM _docs_df")
        con.unregister("_docs_df")
    if plan.superseded:
        con.register("_sup_df", pd.DataFrame(plan.superseded, columns=["new_vid", "old_vid"], dtype=object))
        con.execute("UPDATE documents SET superseded_by = s.new_vid, superseded_at = ? FROM _sup_df s "
                    "WHERE documents.version_id = s.old_vid", [now])
        con.unregister("_sup_df")
    if plan.touched:
        con.register("_touch_df", pd.DataFrame({"vid": plan.touched}, dtype=object))
        con.execute("UPDATE documents SET last_seen_at = ? FROM _touch_df t WHERE documents.version_id = t.vid", [now])
        con.unregister("_touch_df")
    if plan.reextract:
        con.register("_re_df", pd.DataFrame({"vid": list(plan.reextract), "pv": [v[1] for v in plan.reextract.values()]},
                                            dtype=object))
        con.execute("UPDATE documents SET pipeline_version = r.pv FROM _re_df r WHERE documents.version_id = r.vid")
        con.unregister("_re_df")


CHUNK_ROWS = 2_000      # claims inserted per batch: a document of 100,000 figures is never held whole


def _read_claims(path: Path, want: dict[str, int]):
    """Rows of the claims and terms tables for the documents in ``want`` (others are skipped unparsed), as chunks
    of at most ``CHUNK_ROWS`` claims: ``(claim_rows, term_rows)`` each. Keys as ``records.review_keys`` computes
    them (``records.ReviewKeyer``), kept per document across chunks."""
    from pipeline.archive.search import claim_terms
    from pipeline.records import ReviewKeyer
    if not want or not path.exists():
        return
    state: dict[str, dict] = {}
    claims, terms = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _DOC_ID.search(line, 0, 4000)
            if m is None:
                continue
            quoted = m.group(1)
            if (quoted[1:-1] if "\\" not in quoted else json.loads(quoted)) not in want:
                continue
            r = json.loads(line)
            doc_id = r["doc_id"]
            vid = want[doc_id]
            st = state.setdefault(doc_id, {"seq": 0, "keyer": ReviewKeyer()})
            sentence = r.get("sentence") or {}
            key = st["keyer"].key(sentence, (r.get("quantity") or {}).get("text"))
            claims.append(_claim_row(r, vid, st["seq"], key, line.rstrip("\n")))
            st["seq"] += 1
            terms.extend((vid, r["id"], f, s, n) for f, s, n in
                         claim_terms(r.get("subject"), (r.get("quantity") or {}).get("entity"), sentence.get("text")))
            if len(claims) >= CHUNK_ROWS:
                yield claims, terms
                claims, terms = [], []
    if claims:
        yield claims, terms


def _chain(first, rest):
    """The first chunk (already read to see whether there is anything to add) and the others."""
    if first:
        yield first
        yield from rest


def _read_checks(path: Path, want: dict[str, int]) -> list[tuple]:
    """Rows of the checks table: the checks.jsonl rows of the documents in ``want``, with their version."""
    if not want or not path.exists():
        return []
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            vid = want.get(r.get("doc_id"))
            if vid is not None:
                rows.append((vid, r.get("id"), r.get("doc_id"), r.get("check"), r.get("status"),
                             json.dumps(r.get("claim_ids") or []), r.get("explanation"), line.rstrip("\n")))
    return rows


def version_checks(con, version_id: int) -> list[dict]:
    """The checks.jsonl rows stored with a document version."""
    return [json.loads(r[0]) for r in con.execute("SELECT row FROM checks WHERE version_id = ? ORDER BY check_id",
                                                  [version_id]).fetchall()]


# --- review decisions -------------------------------------------------------------------------------------

def reapply(con, doc_ids) -> dict:
    """Re-apply the latest decision per key of each document to its current version (inside the caller's
    transaction). Updates decision states, ``applications`` and ``claims.review_status``; returns the
    number applied and the orphaned decisions (as dicts)."""
    import pandas as pd
    doc_ids = list(doc_ids)
    if not doc_ids:
        return {"applied": 0, "orphaned": []}
    con.register("_ids_df", pd.DataFrame({"doc_id": doc_ids}, dtype=object))
    try:
        decs = con.execute(
            "SELECT decision_id, doc_id, sentence_norm, quantity_text, occurrence, status, reviewer, decided_at, "
            "claim_id, state FROM decisions WHERE doc_id IN (SELECT doc_id FROM _ids_df) "
            "ORDER BY doc_id, decided_at, decision_id").fetchall()
        if not decs:
            return {"applied": 0, "orphaned": []}
        docs_with = sorted({d[1] for d in decs})
        con.register("_dw_df", pd.DataFrame({"doc_id": docs_with}, dtype=object))
        cur = con.execute(
            "SELECT d.doc_id, d.version_id, c.claim_id, c.sentence_norm, c.quantity_text, c.occurrence "
            "FROM documents d LEFT JOIN claims c ON c.version_id = d.version_id "
            "WHERE d.superseded_by IS NULL AND d.doc_id IN (SELECT doc_id FROM _dw_df)").fetchall()
        con.unregister("_dw_df")
    finally:
        con.unregister("_ids_df")
    version_of, where = {}, defaultdict(list)
    for doc_id, vid, cid, norm, qtext, occ in cur:
        version_of[doc_id] = vid
        if cid is not None:
            where[(doc_id, norm, qtext, occ)].append(cid)
    latest: dict[tuple, tuple] = {}
    states, apps, review = [], [], []
    for d in decs:
        if d[2] is None:                       # never matched a claim: stays 'unmatched' (or 'added')
            states.append((d[0], "added" if d[9] == "added" else "unmatched", None))
            continue
        key = (d[1], d[2], d[3], d[4])
        if key in latest:
            states.append((latest[key][0], "replaced", None))
        latest[key] = d
    orphaned = []
    now = _now()
    for key, d in latest.items():
        vid = version_of.get(d[1])
        cids = where.get(key, [])
        if cids:
            states.append((d[0], "applied", vid))
            apps.extend((d[0], vid, cid, now) for cid in cids)
            review.extend((vid, cid, d[5]) for cid in cids)
        else:
            states.append((d[0], "orphaned", vid))
            orphaned.append({"decision_id": d[0], "doc_id": d[1], "sentence": d[2], "quantity_text": d[3],
                             "occurrence": d[4], "status": d[5], "reviewer": d[6], "decided_at": d[7],
                             "claim_id": d[8], "version_id": vid})
    if states:
        con.register("_st_df", pd.DataFrame(states, columns=["decision_id", "state", "vid"], dtype=object).astype({"vid": "Int64"}))
        con.execute("UPDATE decisions SET state = s.state, state_version_id = s.vid FROM _st_df s "
                    "WHERE decisions.decision_id = s.decision_id")
        con.unregister("_st_df")
    if apps:
        df = pd.DataFrame(apps, columns=["decision_id", "version_id", "claim_id", "applied_at"], dtype=object)
        con.register("_app_df", df)
        con.execute("INSERT INTO applications SELECT a.* FROM _app_df a WHERE NOT EXISTS (SELECT 1 FROM applications b "
                    "WHERE b.decision_id = a.decision_id AND b.version_id = a.version_id AND b.claim_id = a.claim_id)")
        con.unregister("_app_df")
    if review:
        con.register("_rev_df", pd.DataFrame(review, columns=["vid", "cid", "status"], dtype=object))
        con.execute("UPDATE claims SET review_status = r.status FROM _rev_df r "
                    "WHERE claims.version_id = r.vid AND claims.claim_id = r.cid")
        con.unregister("_rev_df")
    return {"applied": len(latest) - len(orphaned), "orphaned": orphaned}


def record_decisions(archive_path: str | Path, decisions: list[dict], source: str | None = None) -> dict:
    """Store review decisions (the review site's / apply-review's rows, keyed by claim id) in the archive.

    Each claim id is looked up (current version first, else the newest version holding it) to key the
    decision by its sentence and quantity text; an identical decision already stored is not stored twice.
    Returns counts and the orphaned decisions of the affected documents."""
    con = connect(archive_path)
    try:
        return _record(con, decisions, source)
    finally:
        con.close()


def _record(con, decisions: list[dict], source: str | None) -> dict:
    import pandas as pd
    rows = [d for d in decisions if isinstance(d, dict) and "_error" not in d and (d.get("claim_id") or d.get("id"))]
    if not rows:
        return {"recorded": 0, "duplicates": 0, "unmatched": 0, "orphaned": []}
    ids = sorted({d.get("claim_id") or d.get("id") for d in rows})
    con.register("_cid_df", pd.DataFrame({"claim_id": ids}, dtype=object))
    found = con.execute(
        "SELECT c.claim_id, c.doc_id, c.sentence_norm, c.quantity_text, c.occurrence, c.version_id, "
        "(d.superseded_by IS NULL) AS cur FROM claims c JOIN documents d USING (version_id) "
        "WHERE c.claim_id IN (SELECT claim_id FROM _cid_df) ORDER BY cur, c.version_id").fetchall()
    con.unregister("_cid_df")
    key_of = {}
    for cid, doc_id, norm, qtext, occ, vid, _cur in found:    # ordered so the current / newest version wins
        key_of[cid] = (doc_id, norm, qtext, occ, vid)
    existing = {tuple(r) for r in con.execute(
        "SELECT claim_id, status, coalesce(corrections, ''), coalesce(note, ''), coalesce(reviewer, ''), "
        "coalesce(decided_at, ''), coalesce(added, '') FROM decisions").fetchall()}
    next_id = con.execute("SELECT coalesce(max(decision_id), 0) FROM decisions").fetchall()[0][0] + 1
    now = _now()
    new, dup, unmatched, docs = [], 0, 0, set()
    for d in rows:
        cid = d.get("claim_id") or d.get("id")
        corr = io.dumps(d["corrections"]) if d.get("corrections") else None
        added = io.dumps(d["added"]) if d.get("added") else None
        sig = (cid, d.get("status"), corr or "", d.get("note") or "", d.get("reviewer") or "", d.get("timestamp") or "",
               added or "")
        if sig in existing:
            dup += 1
            continue
        existing.add(sig)
        k = key_of.get(cid) if d.get("status") != "added" else None
        if k is None and d.get("status") != "added":
            unmatched += 1
        doc_id = k[0] if k else d.get("doc_id")
        docs.add(doc_id)
        new.append((next_id, doc_id, k[1] if k else None, k[2] if k else None, k[3] if k else None, cid,
                    k[4] if k else None, d.get("status"), corr, d.get("note"), d.get("reviewer"),
                    d.get("timestamp") or now.isoformat(timespec="seconds"), now, source,
                    None if k else ("added" if d.get("status") == "added" else "unmatched"), None, added))
        next_id += 1
    con.execute("BEGIN TRANSACTION")
    try:
        if new:
            df = pd.DataFrame(new, columns=["decision_id", "doc_id", "sentence_norm", "quantity_text", "occurrence",
                                            "claim_id", "version_id", "status", "corrections", "note", "reviewer",
                                            "decided_at", "recorded_at", "source", "state", "state_version_id", "added"], dtype=object)
            df = df.astype({"occurrence": "Int64", "version_id": "Int64", "state_version_id": "Int64"})
            con.register("_dec_df", df)
            con.execute("INSERT INTO decisions (decision_id, doc_id, sentence_norm, quantity_text, occurrence, claim_id, "
                        "version_id, status, corrections, note, reviewer, decided_at, recorded_at, source, state, "
                        "state_version_id, added) SELECT * FROM _dec_df")
            con.unregister("_dec_df")
        res = reapply(con, sorted(x for x in docs if x)) if new else {"applied": 0, "orphaned": []}
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"recorded": len(new), "duplicates": dup, "unmatched": unmatched, "orphaned": res["orphaned"]}


def current_reviews(con, doc_ids=None) -> dict[str, dict]:
    """claim id -> the review (status, note, corrections, reviewer, decided_at) the latest applied decision
    gives it in its document's current version; only documents in ``doc_ids`` when given."""
    sql = ("SELECT a.claim_id, dc.status, dc.note, dc.corrections, dc.reviewer, dc.decided_at FROM decisions dc "
           "JOIN applications a ON a.decision_id = dc.decision_id AND a.version_id = dc.state_version_id "
           "WHERE dc.state = 'applied'")
    out = {}
    for cid, status, note, corr, reviewer, decided_at in con.execute(sql + " ORDER BY dc.decided_at, dc.decision_id").fetchall():
        out[cid] = {"status": status, "note": note, "corrections": json.loads(corr) if corr else None,
                    "reviewer": reviewer, "decided_at": decided_at}
    if doc_ids is not None:
        wanted = set(doc_ids)
        keep = {r[0] for r in con.execute("SELECT claim_id, doc_id FROM claims c JOIN documents d USING (version_id, doc_id) "
                                          "WHERE d.superseded_by IS NULL").fetchall() if r[1] in wanted} if out else set()
        out = {k: v for k, v in out.items() if k in keep}
    return out


def write_reviews_to_claims(out_dir: str | Path, reviews: dict[str, dict]) -> int:
    """Set the archived reviews on ``OUT/claims.jsonl`` (streamed, atomic) so that a re-run keeps earlier
    verdicts; the file is rewritten only when some record's review differs. Returns records changed."""
    path = Path(out_dir) / "claims.jsonl"
    if not reviews or not path.exists():
        return 0

    def changes(line: str):
        m = _ID.search(line, 0, 300)
        if m and m.group(1) in reviews:
            rec = json.loads(line)
            if rec.get("review") != reviews[m.group(1)]:
                rec["review"] = reviews[m.group(1)]
                return rec
        return None

    with open(path, encoding="utf-8") as src:
        if not any(changes(line) is not None for line in src):
            return 0
    n = 0
    with open(path, encoding="utf-8") as src, io.atomic_writer(path) as dst:
        for line in src:
            rec = changes(line)
            if rec is not None:
                n += 1
                line = io.dumps(rec) + "\n"
            dst.write(line)
    return n


_ID = re.compile(r'"id": "(c_[0-9a-f]+)"')


# --- reading -------------------------------------------------------------------------------------------

def versions(con, doc_id: str) -> list[dict]:
    rows = con.execute("SELECT version_id, version, path, sha256, status, added_at, superseded_by FROM documents "
                       "WHERE doc_id = ? ORDER BY version", [doc_id]).fetchall()
    return [dict(zip(["version_id", "version", "path", "sha256", "status", "added_at", "superseded_by"], r)) for r in rows]


def version_records(con, version_id: int) -> list[dict]:
    rows = con.execute("SELECT record FROM claims WHERE version_id = ? ORDER BY seq", [version_id]).fetchall()
    return [json.loads(r[0]) for r in rows]


def run_archive_step(out_dir: Path, archive_path: Path, pipeline_version: str | None) -> dict:
    """What ``run`` does after writing its output: add it, then put the archived reviews back on claims.jsonl.

    Prints one summary line (and one line per orphaned decision) on stderr."""
    import time
    started = time.perf_counter()
    con = connect(archive_path)
    try:
        summary = add_output(con, out_dir, pipeline_version)
        doc_ids = [d["doc_id"] for d in io.read_jsonl(Path(out_dir) / "documents.jsonl") if d.get("doc_id")]
        has = con.execute("SELECT count(*) FROM decisions").fetchall()[0][0]
        reviews = current_reviews(con, doc_ids) if has else {}
    finally:
        con.close()
    summary["reviews_written"] = write_reviews_to_claims(out_dir, reviews)
    summary["path"] = str(archive_path)
    summary["elapsed_s"] = round(time.perf_counter() - started, 3)
    orphaned = summary["orphaned_decisions"]
    print(f"archive: {summary['documents']} documents ({summary['new_versions']} new versions, "
          f"{summary['superseded']} superseded, {summary['unchanged']} unchanged, {summary['reextracted']} re-extracted by a "
          f"changed pipeline), {summary['claims_added']} claims added, "
          f"{summary['decisions_applied']} decisions re-applied, {len(orphaned)} orphaned -> {archive_path} "
          f"({summary['elapsed_s']:.1f}s)", file=sys.stderr, flush=True)
    for o in orphaned:
        print(f"archive: orphaned decision {o['decision_id']} ({o['status']} by {o['reviewer'] or '?'} at "
              f"{o['decided_at']}) on {o['doc_id']}: “{o['quantity_text']}” in “{(o['sentence'] or '')[:80]}” "
              "no longer exists in the current version", file=sys.stderr)
    return summary
