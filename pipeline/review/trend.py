"""Trend view of the review site: one subject's figures over time, across documents and versions.

Why: a fact-checker coming back to an organisation wants to see "antalet
skjutningar" of every release on one axis, and click through to each claim.
``OUT/review/trends.html`` holds one SVG chart per trend (x: the year the
figure is about, ``time.start``; y: its value), each point a link to its claim
card in the document page (or, for an archived document that is not in this
output, to its row in the table under the chart).

Trends come from the archive's current document versions when
``OUT/archive.duckdb`` exists (so documents of earlier runs count), else from
``claims.jsonl``. Two kinds of groups:

* **subjects**: claims whose subject (else entity) has the same Snowball stems,
  with the same unit, that appear in at least two documents or two years;
* **searches**: ``python -m pipeline review OUT --trend "omkomna i trafiken"``
  adds one chart per query (``pipeline.archive.search`` ranking over the archive), per unit.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import defaultdict
from pathlib import Path

from pipeline import io

MAX_GROUPS = 40
W, H, ML, MR, MT, MB = 640, 230, 70, 20, 14, 34   # chart size and margins


def _esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _year(start) -> int | None:
    if isinstance(start, str) and re.match(r"^(1[89]|20|21)\d\d", start):
        return int(start[:4])
    return None


def point_of(c: dict) -> dict | None:
    """A chart point for a flat claim dict (see ``load_points``), or None when it has no year or value."""
    y = _year(c.get("period_start"))
    v = c.get("value")
    if v is None and c.get("low") is not None and c.get("high") is not None:
        v = (c["low"] + c["high"]) / 2
    if y is None or v is None:
        return None
    return dict(c, x=y, y=float(v))


def _open(db: Path):
    """A read-only connection to the archive, or None (none there, or a run is writing it: say so)."""
    if not db.exists():
        return None
    from pipeline.archive.store import connect
    try:
        return connect(db, read_only=True)
    except Exception as exc:   # e.g. locked by a run in progress
        import sys
        print(f"warning: trends from claims.jsonl only: cannot open {db}: {exc}", file=sys.stderr)
        return None


def load_points(out_dir: Path) -> list[dict]:
    """Flat claims (current versions): from the archive when there is one, else from claims.jsonl."""
    db = Path(out_dir) / "archive.duckdb"
    con = _open(db)
    if con is not None:
        try:
            rows = con.execute(
                "SELECT c.claim_id, c.doc_id, d.version, d.title, c.subject, c.entity, c.unit, c.kind, c.value, c.low, "
                "c.high, c.period_start, c.period_end, c.quantity_text, json_extract_string(c.record, '$.sentence.text') "
                "FROM claims c JOIN documents d USING (version_id) WHERE d.superseded_by IS NULL "
                "ORDER BY c.doc_id, c.seq").fetchall()
        finally:
            con.close()
        cols = ["id", "doc_id", "version", "title", "subject", "entity", "unit", "kind", "value", "low", "high",
                "period_start", "period_end", "quantity_text", "sentence"]
        return [dict(zip(cols, r)) for r in rows]
    out = []
    for r in io.read_jsonl(Path(out_dir) / "claims.jsonl"):
        q, t = r.get("quantity") or {}, r.get("time") if isinstance(r.get("time"), dict) else {}
        out.append({"id": r["id"], "doc_id": r["doc_id"], "version": None, "title": (r.get("source") or {}).get("title"),
                    "subject": r.get("subject"), "entity": q.get("entity"), "unit": q.get("unit"), "kind": q.get("kind"),
                    "value": q.get("value"), "low": q.get("low"), "high": q.get("high"),
                    "period_start": t.get("start"), "period_end": t.get("end"), "quantity_text": q.get("text"),
                    "sentence": (r.get("sentence") or {}).get("text")})
    return out


def subject_groups(claims: list[dict], max_groups: int = MAX_GROUPS) -> list[dict]:
    """Groups of points sharing stemmed subject (else entity) and unit, in >= 2 documents or years."""
    from pipeline.archive.search import stem, words
    groups: dict[tuple, list[dict]] = defaultdict(list)
    labels: dict[tuple, str] = {}
    for c in claims:
        p = point_of(c)
        if p is None:
            continue
        basis, text = ("subject", c.get("subject")) if c.get("subject") else ("entity", c.get("entity"))
        stems = tuple(stem(w) for w in words(text))
        if not stems:
            continue
        key = (basis, stems, c.get("unit"))
        groups[key].append(p)
        labels.setdefault(key, text.strip().lower())
    out = []
    for key, pts in groups.items():
        if len({p["doc_id"] for p in pts}) >= 2 or len({p["x"] for p in pts}) >= 2:
            out.append({"label": labels[key], "basis": key[0], "unit": key[2], "points": pts})
    out.sort(key=lambda g: (-len(g["points"]), g["label"]))
    return out[:max_groups]


def search_groups(out_dir: Path, queries: list[str], limit: int = 200) -> list[dict]:
    """One group per query and unit from the archive's search ranking."""
    db = Path(out_dir) / "archive.duckdb"
    con = _open(db) if queries else None
    if con is None:
        return []
    from pipeline.archive.search import search
    out = []
    try:
        for query in queries:
            by_unit: dict = defaultdict(list)
            for h in search(con, query, limit=limit):
                r = h["record"]
                q, t = r.get("quantity") or {}, r.get("time") if isinstance(r.get("time"), dict) else {}
                p = point_of({"id": r["id"], "doc_id": r["doc_id"], "version": h["version"],
                              "title": (r.get("source") or {}).get("title"), "subject": r.get("subject"),
                              "entity": q.get("entity"), "unit": q.get("unit"), "kind": q.get("kind"),
                              "value": q.get("value"), "low": q.get("low"), "high": q.get("high"),
                              "period_start": t.get("start"), "period_end": t.get("end"),
                              "quantity_text": q.get("text"), "sentence": (r.get("sentence") or {}).get("text")})
                if p is not None:
                    by_unit[q.get("unit")].append(p)
            for unit, pts in sorted(by_unit.items(), key=lambda kv: -len(kv[1])):
                out.append({"label": query, "basis": "search", "unit": unit, "points": pts})
    finally:
        con.close()
    return out


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    if hi <= lo:
        return [lo]
    step = (hi - lo) / n
    mag = 10 ** int(f"{step:e}".split("e")[1])
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= step)
    start = (lo // step) * step
    out, v = [], start
    while v <= hi + step * 0.001:
        if v >= lo - step * 0.001:
            out.append(v)
        v += step
    return out


def svg_chart(group: dict, href) -> str:
    """An SVG line chart of a group's points; every point an <a> to ``href(point)``."""
    from pipeline.review.site import _fmt_num
    pts = sorted(group["points"], key=lambda p: (p["x"], p["doc_id"]))
    xs, ys = [p["x"] for p in pts], [p["y"] for p in pts]
    x0, x1 = min(xs), max(xs)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    x0, x1 = x0 - 0.3, x1 + 0.3          # points off the axes
    y0, y1 = min(0.0, min(ys)), max(ys)
    if y0 == y1:
        y1 = y0 + 1
    pw, ph = W - ML - MR, H - MT - MB

    def X(v):
        return ML + (v - x0) / (x1 - x0) * pw

    def Y(v):
        return MT + ph - (v - y0) / (y1 - y0) * ph

    parts = [f'<line class="axis" x1="{ML}" y1="{MT + ph}" x2="{ML + pw}" y2="{MT + ph}"/>',
             f'<line class="axis" x1="{ML}" y1="{MT}" x2="{ML}" y2="{MT + ph}"/>']
    for t in _ticks(y0, y1):
        parts.append(f'<line class="grid" x1="{ML}" y1="{Y(t):.1f}" x2="{ML + pw}" y2="{Y(t):.1f}"/>'
                     f'<text x="{ML - 4}" y="{Y(t) + 4:.1f}" text-anchor="end">{_esc(_fmt_num(t))}</text>')
    for yr in range(int(x0) + 1, int(x1) + 1):
        if (x1 - x0) <= 12 or yr % 2 == 0:
            parts.append(f'<text x="{X(yr):.1f}" y="{MT + ph + 16}" text-anchor="middle">{yr}</text>')
    # the line: mean value per year (several documents may state the same year's figure)
    per_year: dict = defaultdict(list)
    for p in pts:
        per_year[p["x"]].append(p["y"])
    line = " ".join(f"{X(x):.1f},{Y(sum(v) / len(v)):.1f}" for x, v in sorted(per_year.items()))
    parts.append(f'<polyline class="trend" points="{line}"/>')
    for p in pts:
        tip = f"{p['doc_id']}{' v' + str(p['version']) if p.get('version') else ''}: {p.get('quantity_text')} ({p['x']}) – {p.get('sentence') or ''}"
        parts.append(f'<a href="{_esc(href(p))}" class="pt" data-cid="{_esc(p["id"])}"><circle cx="{X(p["x"]):.1f}" '
                     f'cy="{Y(p["y"]):.1f}" r="5"><title>{_esc(tip)}</title></circle></a>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_esc(group["label"])}" width="{W}" '
            f'height="{H}" viewBox="0 0 {W} {H}">{"".join(parts)}</svg>')


TREND_CSS = """
.trend-group{background:#fff;border:1px solid #ddd;padding:8px 10px;margin:0 0 14px}.trend-group h3{margin:0 0 4px;font-size:15px}
.trend-group svg{font:11px sans-serif}.trend-group .axis{stroke:#555}.trend-group .grid{stroke:#eee}
.trend-group .trend{fill:none;stroke:#4a7ab5;stroke-width:2}.trend-group circle{fill:#d35400;stroke:#fff;stroke-width:1.5}
.trend-group a.pt:hover circle{fill:#c0392b;r:7}.trend-group table{font-size:13px;margin-top:6px}
.trend-group tr:target{background:#ffef9e}.trend-group.hidden{display:none}
"""

TREND_JS = r"""
(function(){
"use strict";
var box = document.getElementById("trend-filter");
function apply(){
  var q = (box.value || "").trim().toLowerCase();
  var n = 0;
  Array.prototype.forEach.call(document.querySelectorAll(".trend-group"), function(g){
    var hit = !q || (g.getAttribute("data-text") || "").indexOf(q) >= 0;
    g.classList.toggle("hidden", !hit); if (hit) n++;
  });
  document.getElementById("trend-count").textContent = n + " trends";
}
box.addEventListener("input", apply);
window.__trends = {apply: apply};
apply();
})();
"""

_TREND_JS_HASH = base64.b64encode(hashlib.sha256(TREND_JS.encode("utf-8")).digest()).decode()
TREND_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
             f"script-src 'sha256-{_TREND_JS_HASH}'; base-uri 'none'; form-action 'none'")


def render_trends(groups: list[dict], pages: dict[str, str], site_ids: set[str]) -> str:
    """The trends page. ``pages``: doc_id -> its review page (relative to review/); ``site_ids``: claim ids
    that have a card in this site (others link to their row in the table under the chart)."""
    from pipeline.review.site import CSS, _fmt_num

    def href(p):
        if p["id"] in site_ids and p["doc_id"] in pages:
            return f"{pages[p['doc_id']]}#{p['id']}"
        return f"#p-{p['id']}"

    sections = []
    for i, g in enumerate(groups):
        rows = []
        for p in sorted(g["points"], key=lambda p: (p["x"], p["doc_id"])):
            link = (f'<a href="{_esc(href(p))}">{_esc(p["doc_id"])}</a>' if p["id"] in site_ids and p["doc_id"] in pages
                    else _esc(p["doc_id"]))
            rows.append(f'<tr id="p-{_esc(p["id"])}"><td>{p["x"]}</td><td class=num>{_esc(_fmt_num(p["y"]))}</td>'
                        f'<td>{_esc(p.get("quantity_text"))}</td><td>{link}{" v" + _esc(p["version"]) if p.get("version") else ""}</td>'
                        f'<td>{_esc(p.get("sentence"))}</td></tr>')
        text = " ".join(filter(None, [g["label"], g["unit"] or ""] + [p.get("sentence") or "" for p in g["points"]])).lower()
        docs = len({p["doc_id"] for p in g["points"]})
        sections.append(
            f'<section class="trend-group" id="trend-{i}" data-text="{_esc(text)}"><h3>{_esc(g["label"])} '
            f'<span class="muted">({_esc(g["unit"] or "–")}; {_esc(g["basis"])}; {len(g["points"])} figures in '
            f'{docs} documents)</span></h3>{svg_chart(g, href)}'
            f'<table><tr><th>year</th><th>value</th><th>as written</th><th>document</th><th>sentence</th></tr>'
            f'{"".join(rows)}</table></section>')
    body = ('<header><h1>Trends</h1><a href="index.html">all documents</a>'
            '<label>filter <input id="trend-filter" size="24" placeholder="words in subject or sentence"></label>'
            '<span id="trend-count"></span></header><main>'
            '<p class="muted">Each chart: one subject (or search) across documents and years; x = the year a figure is '
            'about, y = its value; click a point to open its claim.</p>'
            + ("".join(sections) or '<p class="muted">no subject appears in two documents or years yet</p>') + "</main>")
    return ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{TREND_CSP}\"><link rel=\"icon\" href=\"data:,\">"
            "<meta name=\"referrer\" content=\"no-referrer\"><title>Trends – review</title>"
            f"<style>{CSS}{TREND_CSS}</style></head><body>{body}<script>{TREND_JS}</script></body></html>\n")


def write_trends(out_dir: Path, pages: dict[str, str], site_ids: set[str], queries=()) -> dict:
    """Write OUT/review/trends.html; returns its path and the number of charts."""
    out_dir = Path(out_dir)
    groups = search_groups(out_dir, list(queries)) + subject_groups(load_points(out_dir))
    path = out_dir / "review" / "trends.html"
    io.write_text(path, render_trends(groups, pages, site_ids))
    try:
        path.chmod(0o644)
    except OSError:
        pass
    return {"trends": str(path), "charts": len(groups)}
