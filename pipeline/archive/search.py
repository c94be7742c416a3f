"""``python -m pipeline search QUERY``: find claims in the archive by words, ranked, with filters.

Why our own ranking: DuckDB's ``fts`` extension is not bundled in the wheel and
nothing may be downloaded at run time, so the archive keeps its own term table
(``terms``: claim, field, Snowball Swedish stem, count) and ranks in SQL.

Matching Swedish word forms: every word of the subject, the entity and the
sentence is lower-cased, stop words (``models/lexicon/sv/search.json``) are
dropped and the rest stemmed with Snowball's Swedish stemmer (``omkom``,
``omkomna`` -> ``omkom``/``omkomn``; ``vägtrafiken`` -> ``vägtrafik``). A query
stem then matches an indexed stem that is

* the same (weight 1.0),
* one a prefix of the other, both at least ``min_partial_stem`` letters
  (0.8: the stemmer leaves participle and derivation endings, ``omkomn``/``omkom``),
* or ends with it (0.6: the head of a Swedish compound, ``trafik`` in ``vägtrafik``).

Score = sum over query words of the best match's weight x field weight
(subject 3, entity 2, sentence 1) x idf, plus a bonus when every query word
matched. The idf is the query word's (claims matching any of its forms), so an exact form outranks a
partial match of a rarer form. A four-digit year in the query (1900-2099) is not a word: it narrows
the results to claims whose period covers that year, like ``--year``.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache

from pipeline import io
from pipeline.archive.store import DEFAULT_PATH as DEFAULT_ARCHIVE

FIELD_WEIGHTS = {"subject": 3.0, "entity": 2.0, "sentence": 1.0}
EXACT, PREFIX, COMPOUND = 1.0, 0.8, 0.6
_WORD = re.compile(r"[^\W\d_]+")      # letters only: a hyphenated compound gives its parts
_YEAR = re.compile(r"^(19|20)\d\d$")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset, int]:
    from pipeline.errors import LexiconError
    from pipeline.lexicon import load_json
    raw = load_json("search.json")
    words = raw.get("stopwords")
    if not isinstance(words, list) or not all(isinstance(w, str) and w == w.lower() and w for w in words):
        raise LexiconError("[E003] search.json: 'stopwords' must be a list of lower-case words")
    if len(set(words)) != len(words):
        raise LexiconError("[E003] search.json: a stop word is listed twice")
    n = raw.get("min_partial_stem")
    if not isinstance(n, int) or n < 2:
        raise LexiconError("[E003] search.json: 'min_partial_stem' must be an integer >= 2")
    return frozenset(words), n


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer
    return snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball Swedish stem of a lower-case word (memoised: a corpus has far fewer words than tokens)."""
    return _stemmer().stemWord(word)


def words(text: str | None) -> list[str]:
    """Lower-cased words of a text without stop words (hyphenated compounds are split into their parts too)."""
    if not text:
        return []
    stop = _lexicon()[0]
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in stop]


@lru_cache(maxsize=100_000)
def text_terms(text: str | None) -> tuple[tuple[str, int], ...]:
    """(stem, count) of a text's words (memoised: the claims of one sentence share its text)."""
    return tuple(Counter(stem(w) for w in words(text)).items())


def claim_terms(subject: str | None, entity: str | None, sentence: str | None) -> list[tuple[str, str, int]]:
    """(field, stem, count) rows of one claim's term index."""
    return [(field, s, n) for field, text in (("subject", subject), ("entity", entity), ("sentence", sentence))
            if text for s, n in text_terms(text)]


def parse_query(query: str) -> tuple[list[str], list[int]]:
    """(query stems, years named in the query)."""
    years = [int(t) for t in re.findall(r"\b\d{4}\b", query) if _YEAR.match(t)]
    return [stem(w) for w in dict.fromkeys(words(query))], years


def match_weight(q: str, s: str, min_len: int) -> float:
    """How well an indexed stem ``s`` matches a query stem ``q`` (0 = not at all); see the module docstring."""
    if q == s:
        return EXACT
    if min(len(q), len(s)) >= min_len and (s.startswith(q) or q.startswith(s)):
        return PREFIX
    if len(q) >= min_len and len(s) > len(q) and s.endswith(q):
        return COMPOUND
    return 0.0


def expand(con, stems: list[str]) -> list[tuple[int, str, float]]:
    """(query word index, indexed stem, weight) for every indexed stem that matches a query stem."""
    min_len = _lexicon()[1]
    vocab = [r[0] for r in con.execute("SELECT DISTINCT stem FROM terms").fetchall()]
    out = []
    for i, q in enumerate(stems):
        for s in vocab:
            w = match_weight(q, s, min_len)
            if w:
                out.append((i, s, w))
    return out


def search(con, query: str, unit: str | None = None, year: int | None = None, doc: str | None = None,
           speaker: str | None = None, kind: str | None = None, limit: int = 20,
           all_versions: bool = False) -> list[dict]:
    """Ranked claims (each: score, record with its archived review, version) for a query over the archive."""
    import pandas as pd
    stems, years = parse_query(query or "")
    if year is not None:
        years = [*years, int(year)]
    where, params = [], []
    if not all_versions:
        where.append("d.superseded_by IS NULL")
    if unit:
        where.append("lower(c.unit) = lower(?)")
        params.append(unit)
    if kind:
        where.append("c.kind = ?")
        params.append(kind)
    if doc:
        where.append("c.doc_id = ?")
        params.append(doc)
    if speaker:
        where.append("(c.speaker ILIKE ? OR c.party ILIKE ?)")
        params += [f"%{speaker}%", speaker]
    for y in years:
        where.append("c.period_start IS NOT NULL AND TRY_CAST(substr(c.period_start, 1, 4) AS INTEGER) <= ? "
                     "AND TRY_CAST(substr(coalesce(c.period_end, c.period_start), 1, 4) AS INTEGER) >= ?")
        params += [y, y]
    cond = " AND ".join(where) or "TRUE"
    if stems:
        matches = expand(con, stems)
        if not matches:
            return []
        n_docs = con.execute("SELECT count(*) FROM claims").fetchall()[0][0] or 1
        qdf = pd.DataFrame(matches, columns=["qi", "stem", "w"])
        fdf = pd.DataFrame(list(FIELD_WEIGHTS.items()), columns=["field", "fw"])
        con.register("_q_df", qdf)
        con.register("_f_df", fdf)
        try:
            sql = f"""
            WITH df AS (SELECT q.qi, count(DISTINCT t.claim_id) AS n FROM terms t JOIN _q_df q ON q.stem = t.stem
                        GROUP BY q.qi),
            hits AS (
              SELECT t.version_id, t.claim_id, q.qi,
                     max(q.w * f.fw * ln(1 + ? / df.n) * (1 + ln(t.tf))) AS s
              FROM terms t JOIN _q_df q ON q.stem = t.stem JOIN _f_df f ON f.field = t.field JOIN df ON df.qi = q.qi
              GROUP BY t.version_id, t.claim_id, q.qi),
            scored AS (
              SELECT version_id, claim_id, sum(s) + CASE WHEN count(*) = ? THEN 5 ELSE 0 END AS score, count(*) AS nq
              FROM hits GROUP BY version_id, claim_id)
            SELECT s.score, c.record, d.version, d.version_id, c.review_status
            FROM scored s JOIN claims c ON c.version_id = s.version_id AND c.claim_id = s.claim_id
            JOIN documents d ON d.version_id = c.version_id
            WHERE {cond}
            ORDER BY s.score DESC, c.doc_id, c.seq LIMIT ?"""
            rows = con.execute(sql, [float(n_docs), len(stems), *params, int(limit)]).fetchall()
        finally:
            con.unregister("_q_df")
            con.unregister("_f_df")
    else:
        rows = con.execute(f"""SELECT 0.0, c.record, d.version, d.version_id, c.review_status FROM claims c
                               JOIN documents d ON d.version_id = c.version_id WHERE {cond}
                               ORDER BY c.doc_id, d.version, c.seq LIMIT ?""", [*params, int(limit)]).fetchall()
    from pipeline.archive.store import current_reviews
    reviews = current_reviews(con) if any(r[4] and r[4] != "pending" for r in rows) else {}
    out = []
    for score, record, version, vid, _status in rows:
        rec = json.loads(record)
        if rec["id"] in reviews:
            rec["review"] = reviews[rec["id"]]
        out.append({"score": round(float(score), 3), "version": version, "version_id": vid, "record": rec})
    return out


# --- command line ------------------------------------------------------------------------------

def _cell(v, width: int) -> str:
    s = "" if v is None else str(v)
    return s if len(s) <= width else s[: width - 1] + "…"


def format_table(results: list[dict]) -> str:
    from pipeline.review.site import claim_value, period
    head = f"{'score':>6}  {'document':<24} {'v':>2}  {'value':>16} {'unit':<8} {'period':<11} {'subject':<30} sentence"
    lines = [head, "-" * len(head)]
    for r in results:
        c = r["record"]
        q = c.get("quantity") or {}
        lines.append(f"{r['score']:>6.2f}  {_cell(c['doc_id'], 24):<24} {r['version']:>2}  {_cell(claim_value(c), 16):>16} "
                     f"{_cell(q.get('unit'), 8):<8} {_cell(period(c.get('time')), 11):<11} {_cell(c.get('subject'), 30):<30} "
                     f"{_cell((c.get('sentence') or {}).get('text'), 90)}")
    return "\n".join(lines)


def search_cli(args) -> int:
    from pipeline.archive.store import connect
    con = connect(args.archive, read_only=True)
    try:
        results = search(con, " ".join(args.query), unit=args.unit, year=args.year, doc=args.doc,
                         speaker=args.speaker, kind=args.kind, limit=args.limit, all_versions=args.all_versions)
    finally:
        con.close()
    if args.json:
        for r in results:
            print(io.dumps(r["record"]))
    else:
        print(format_table(results) if results else "no claims found")
    print(f"search: {len(results)} claims", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    sp = subparsers.add_parser("search", help="find claims in the archive by words (Swedish word forms match), ranked")
    sp.add_argument("query", nargs="*", metavar="QUERY",
                    help="words matched against subject, sentence and entity; a year (e.g. 2017) narrows the period")
    sp.add_argument("--archive", default=DEFAULT_ARCHIVE, help=f"archive file (default: {DEFAULT_ARCHIVE})")
    sp.add_argument("--unit", help="only this unit (SEK, percent, count, ...)")
    sp.add_argument("--year", type=int, help="only claims whose period covers this year")
    sp.add_argument("--doc", help="only this doc_id")
    sp.add_argument("--speaker", help="only claims attributed to this speaker (substring) or party")
    sp.add_argument("--kind", help="only this quantity kind (money, percent, count, ...)")
    sp.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    sp.add_argument("--all-versions", action="store_true", help="also search superseded document versions")
    sp.add_argument("--json", action="store_true", help="one claim record (the contract's shape) per line")
    sp.set_defaults(func=search_cli)
