"""Review: a static, self-contained HTML site for checking claims, and merging the verdicts back.

``python -m pipeline review OUT`` writes ``OUT/review/index.html`` (summary,
charts, documents, every claim with filters) and one page per document
(``OUT/review/doc/*.html``: the original text with every quantity highlighted
and a panel of claim cards), plus ``OUT/summary.json``. No network, no CDN:
CSS and JS are inline, and a Content-Security-Policy that only allows the
page's own script (by hash) backs up the HTML escaping of every input text.

Reviewers mark claims accepted / rejected / corrected. Decisions live in the
browser (localStorage) and are downloaded as ``decisions.jsonl``; with
``--serve`` (stdlib ``http.server`` on 127.0.0.1) each decision is POSTed and
appended to ``OUT/review/decisions.jsonl`` at once.

``python -m pipeline apply-review DECISIONS --out OUT`` merges decisions into
``OUT/claims.jsonl`` (``review.status/corrections/reviewer/note``). The last
decision per claim wins; decisions for claim ids that no longer exist are
reported and kept in ``OUT/review/unmatched_decisions.jsonl``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import secrets
import sys
import threading
from collections import Counter, defaultdict
from datetime import datetime, timezone
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from pipeline import io
from pipeline.review.corrections import KINDS, check_added, check_corrections, claim_types, corrected_view

STATUSES = ("pending", "accepted", "rejected", "corrected")
DECISION_STATUSES = STATUSES + ("added",)   # "added": a claim the pipeline missed, selected by the reviewer
KIND_COLOURS = {
    "money": "#f6c945", "percent": "#7cc4f4", "percentage_point": "#a3a0f7", "ratio": "#f79ad3",
    "count": "#8fdc8a", "duration": "#f7a36b", "measure": "#5fd6c4", "number": "#c9c9c9",
    "ordinal": "#d6b98c",
}
DEFAULT_COLOUR = "#e0e0e0"


# --- loading ------------------------------------------------------------------------------------

def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def script_json(obj) -> str:
    """JSON safe inside <script>: no '<', '>', '&' or line separators that could end or confuse it."""
    s = json.dumps(obj, ensure_ascii=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def load_output(out_dir: str | Path) -> tuple[list[dict], list[dict]]:
    """(claims, documents) of an output folder; documents.jsonl may be missing."""
    out_dir = Path(out_dir)
    claims_p = out_dir / "claims.jsonl"
    if not claims_p.exists():
        raise FileNotFoundError(f"{claims_p} not found: run 'python -m pipeline run INPUT --out {out_dir}' first")
    claims = list(io.read_jsonl(claims_p))
    docs_p = out_dir / "documents.jsonl"
    docs = list(io.read_jsonl(docs_p)) if docs_p.exists() else []
    known = {d["doc_id"] for d in docs}
    for c in claims:  # documents.jsonl missing or stale: synthesise lines from the claims
        if c["doc_id"] not in known:
            known.add(c["doc_id"])
            src = c.get("source") or {}
            docs.append({"doc_id": c["doc_id"], "path": src.get("path"), "sha256": src.get("sha256"),
                         "status": "ok", "error": None, "published": src.get("published"),
                         "title": src.get("title"), "n_sentences": None, "n_claims": None})
    return claims, docs


def load_checks(out_dir: str | Path) -> list[dict]:
    """The rows of ``OUT/checks.jsonl`` (arithmetic checks, pipeline/checks.py); [] when there is none."""
    path = Path(out_dir) / "checks.jsonl"
    return list(io.read_jsonl(path)) if path.exists() else []


def checks_by_claim(checks: list[dict]) -> dict[str, list[dict]]:
    """claim id -> the check rows it takes part in (inconsistent ones first)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(checks, key=lambda r: r.get("status") != "inconsistent"):
        for cid in row.get("claim_ids") or []:
            out[cid].append(row)
    return out


def document_text(out_dir: str | Path, doc: dict) -> tuple[str | None, str | None]:
    """(text the offsets point into, warning or None).

    ``OUT/text/<doc_id>.txt`` (HTML inputs) first, else the input file decoded
    exactly as the pipeline decoded it.
    """
    from pipeline.ingest import decode
    out_dir = Path(out_dir)
    saved = out_dir / "text" / f"{doc['doc_id']}.txt"
    if saved.is_file():
        with open(saved, encoding="utf-8", newline="") as fh:  # newline="": keep \r\n, offsets count it
            return fh.read(), None
    path = doc.get("path")
    if not path:
        return None, "no source path recorded"
    candidates = [Path(path)]
    if not Path(path).is_absolute():
        candidates += [out_dir.parent / path, out_dir / path]
    for p in candidates:
        if p.is_file():
            data = p.read_bytes()
            warn = None
            if doc.get("sha256") and hashlib.sha256(data).hexdigest() != doc["sha256"]:
                warn = f"{path} changed since the pipeline ran: highlights may be misplaced"
            try:
                return decode(data)[0], warn
            except ValueError as exc:
                return None, f"cannot decode {path}: {exc}"
    return None, f"source file {path} not found (run the review from the folder the pipeline ran in)"


def read_decisions(paths) -> list[dict]:
    """Every decision in the given JSONL files, in order; rows without a claim id are kept with ``_error``."""
    rows = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            continue
        for n, row in enumerate(io.read_jsonl(p), 1):
            if not isinstance(row, dict):
                row = {"_error": "not a JSON object", "_raw": row}
            cid = row.get("claim_id") or row.get("id")
            if not cid:
                row = dict(row, _error=f"{p}:{n}: no claim_id")
            elif row.get("status") not in DECISION_STATUSES:
                row = dict(row, _error=f"{p}:{n}: unknown status {row.get('status')!r}")
            else:
                row = dict(row, claim_id=cid)
                row.pop("id", None)
                try:
                    check_corrections(row.get("corrections"))
                    if row["status"] == "added":
                        check_added(row)
                except ValueError as exc:
                    row = dict(row, _error=f"{p}:{n}: {exc}")
            rows.append(row)
    return rows


def last_decisions(rows: list[dict]) -> dict[str, dict]:
    """claim id -> its last valid decision (file order: the last one written wins)."""
    out: dict[str, dict] = {}
    for r in rows:
        if "_error" not in r:
            out[r["claim_id"]] = r
    return out


# --- summary ------------------------------------------------------------------------------------

def _year(t) -> str | None:
    if isinstance(t, dict) and isinstance(t.get("start"), str) and re.fullmatch(r"\d{4}", t["start"][:4]):
        return t["start"][:4]
    return None


def _status(c: dict) -> str:
    return ((c.get("review") or {}).get("status")) or "pending"


def build_summary(claims: list[dict], docs: list[dict], checks: list[dict] | None = None) -> dict:
    by_doc = defaultdict(list)
    for c in claims:
        by_doc[c["doc_id"]].append(c)
    bad_checks = Counter(r["doc_id"] for r in checks or [] if r.get("status") == "inconsistent")
    per_doc = []
    for d in docs:
        cs = by_doc.get(d["doc_id"], [])
        per_doc.append({
            "doc_id": d["doc_id"], "title": d.get("title"), "status": d.get("status"), "path": d.get("path"),
            "n_claims": len(cs), "n_sentences": d.get("n_sentences"),
            "by_kind": dict(Counter((c.get("quantity") or {}).get("kind") or "unknown" for c in cs).most_common()),
            "by_review_status": dict(Counter(_status(c) for c in cs).most_common()),
            "n_inconsistent_checks": bad_checks.get(d["doc_id"], 0),
        })
    types = Counter()
    for c in claims:
        types.update(c.get("claim_types") or ([c["claim_type"]] if c.get("claim_type") else []))
    years = Counter(y for y in (_year(c.get("time")) for c in claims) if y)
    subjects = Counter(c["subject"].strip().lower() for c in claims if isinstance(c.get("subject"), str) and c["subject"].strip())
    return {
        "n_documents": len(docs),
        "n_claims": len(claims),
        "documents_by_status": dict(Counter(d.get("status") or "unknown" for d in docs).most_common()),
        "claims_by_kind": dict(Counter((c.get("quantity") or {}).get("kind") or "unknown" for c in claims).most_common()),
        "claims_by_unit": dict(Counter((c.get("quantity") or {}).get("unit") or "none" for c in claims).most_common()),
        "claims_by_claim_type": dict(Counter(c.get("claim_type") or "none" for c in claims).most_common()),
        "claims_by_claim_types": dict(types.most_common()),
        "claims_by_review_status": dict(Counter(_status(c) for c in claims).most_common()),
        "claims_by_year": dict(sorted(years.items())),
        "claims_without_time": sum(1 for c in claims if not c.get("time")),
        "duplicates": sum(1 for c in claims if c.get("duplicate_of")),
        "top_subjects": [{"subject": s, "n": n} for s, n in subjects.most_common(20)],
        "checks_by_status": dict(Counter(r.get("status") for r in checks or []).most_common()),
        "checks_by_name": {name: dict(Counter(r.get("status") for r in checks or [] if r.get("check") == name))
                           for name in sorted({r.get("check") for r in checks or []})},
        "per_document": per_doc,
    }


def summarize(out_dir: str | Path) -> dict:
    """Write ``OUT/summary.json`` (counts by status, kind, unit, claim type, year, document) and return it."""
    claims, docs = load_output(out_dir)
    summary = build_summary(claims, docs, load_checks(out_dir))
    with io.atomic_writer(Path(out_dir) / "summary.json") as fh:
        fh.write(json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    return summary


def svg_bar_chart(items: list[tuple[str, int]], title: str, horizontal: bool = True, max_items: int = 60) -> str:
    """A bar chart as inline SVG (labels escaped); no JS library."""
    note = ""
    if len(items) > max_items:
        note = f" (top {max_items} of {len(items)})"
        items = sorted(items, key=lambda kv: -kv[1])[:max_items]
    if not items:
        return f'<figure class="chart"><figcaption>{_esc(title)}</figcaption><p class="muted">nothing to show</p></figure>'
    top = max(v for _, v in items) or 1
    parts = []
    if horizontal:
        label_w, bar_w, row_h = 260, 360, 18
        h = row_h * len(items) + 10
        w = label_w + bar_w + 50
        for i, (label, v) in enumerate(items):
            y = 5 + i * row_h
            bw = max(1, round(bar_w * v / top)) if v else 0
            short = label if len(label) <= 40 else label[:39] + "…"
            parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_esc(short)}<title>{_esc(label)}</title></text>'
                         f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{bw}" height="{row_h - 5}"><title>{_esc(label)}: {v}</title></rect>'
                         f'<text x="{label_w + bw + 4}" y="{y + 13}">{v}</text>')
    else:
        col_w, chart_h, base = 34, 160, 180
        w = max(200, col_w * len(items) + 20)
        h = base + 30
        for i, (label, v) in enumerate(items):
            x = 10 + i * col_w
            bh = max(1, round(chart_h * v / top)) if v else 0
            parts.append(f'<rect class="bar" x="{x + 3}" y="{base - bh}" width="{col_w - 6}" height="{bh}"><title>{_esc(label)}: {v}</title></rect>'
                         f'<text x="{x + col_w / 2}" y="{base - bh - 3}" text-anchor="middle">{v}</text>'
                         f'<text x="{x + col_w / 2}" y="{base + 14}" text-anchor="middle" class="tick">{_esc(label)}</text>')
    return (f'<figure class="chart"><figcaption>{_esc(title)}{_esc(note)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_esc(title)}" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}">{"".join(parts)}</svg></figure>')


# --- rendering ------------------------------------------------------------------------------------

CSS = """
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#23395d;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header a{color:#cfe3ff}header h1{font-size:17px;margin:0}header label{font-size:13px}
main{padding:12px 16px}.muted{color:#777}.warn{background:#fff3cd;border:1px solid #e0c36a;padding:4px 8px;margin:6px 0}
table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#eef}td.num{text-align:right}
.layout{display:flex;gap:14px;align-items:flex-start}.textcol{flex:1 1 55%;min-width:0}
.panel{flex:1 1 45%;max-height:calc(100vh - 120px);overflow:auto;position:sticky;top:8px}
pre.doctext{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 Georgia,serif;background:#fff;border:1px solid #ddd;padding:12px;margin:0}
mark.q{border-radius:3px;padding:0 1px;cursor:pointer;border-bottom:2px solid rgba(0,0,0,.35)}
mark.q:hover,mark.q.sel{outline:2px solid #d33}mark.q.st-accepted{border-bottom:3px solid #2a2}mark.q.st-rejected{text-decoration:line-through;border-bottom:3px solid #c22}
mark.q.st-corrected{border-bottom:3px dashed #c80}mark.q.hidden{background:transparent!important;border-bottom:none}
mark.q.empty::after{content:"◆";color:#d33}
.card{background:#fff;border:1px solid #ccc;border-left:6px solid #999;border-radius:4px;padding:6px 9px;margin:0 0 8px}
.card.sel{box-shadow:0 0 0 3px #d33}.card.hidden{display:none}
.card .val{font-size:16px;font-weight:600}.card dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 8px;margin:4px 0}
.card dt{color:#666}.card dd{margin:0}.card .sent{font-style:italic;color:#444}.card .sent b{background:#ffef9e;font-style:normal}
.card .details{display:none}.card.open .details{display:block}
.badge{display:inline-block;border-radius:9px;padding:0 7px;font-size:12px;background:#eee;margin-left:4px}
.badge.st-accepted{background:#c8efc8}.badge.st-rejected{background:#f6c6c6}.badge.st-corrected{background:#ffe2a8}
.actions button{margin:2px 3px 2px 0}.corr{display:none;margin-top:4px}.card.correcting .corr{display:block}
.corr input{width:9em;margin:1px 4px 1px 0}.filters{margin:6px 0 10px;display:flex;gap:10px;flex-wrap:wrap}
.chart{display:inline-block;vertical-align:top;margin:0 18px 12px 0;background:#fff;border:1px solid #ddd;padding:6px}
.chart figcaption{font-weight:600;margin-bottom:4px}.chart svg{font:11px sans-serif}.chart .bar{fill:#4a7ab5}
.legend span{display:inline-block;padding:0 6px;margin:2px;border-radius:3px}
tr.hidden{display:none}
.card .was{color:#999;text-decoration:line-through;font-weight:400;margin-left:6px}
.card .fixed{background:#fff6dd;border:1px solid #e8c66a;border-radius:3px;padding:2px 6px;margin:3px 0}
.corr select{margin:1px 4px 1px 0}.keys{font-size:12px;color:#cfe3ff}.keys kbd{background:#fff;color:#222;border-radius:3px;padding:0 4px;font:11px monospace}
#addbox{display:none;background:#eef6ff;border:1px solid #7aa7d9;border-radius:4px;padding:6px 9px;margin:0 0 8px}
#addbox.open{display:block}#addbox input,#addbox select{width:9em;margin:1px 4px 1px 0}
#added-list .added{background:#eef6ff;border:1px dashed #7aa7d9;border-radius:4px;padding:3px 7px;margin:0 0 6px}
.card[data-checks=inconsistent]{border-color:#c22;border-left-color:#c22!important;background:#fff4f4}mark.q.bad{outline:2px dashed #c22}
.checkbad{color:#a00;font-weight:600}.checkok{color:#275;font-size:13px}
"""

JS = r"""
(function(){
"use strict";
var CFG = JSON.parse(document.getElementById("review-config").textContent);
var KEY = "svnc-review:" + CFG.site;
var served = location.protocol === "http:" || location.protocol === "https:";
var tokenMeta = document.querySelector('meta[name="review-token"]');
var TOKEN = tokenMeta ? tokenMeta.getAttribute("content") : "";   // the server puts its session token in each page it serves
var state = {};
try { state = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { state = {}; }
Object.keys(CFG.decisions || {}).forEach(function(id){
  var d = CFG.decisions[id];
  if (!state[id] || (state[id].timestamp || "") < (d.timestamp || "")) { state[id] = d; }
});
function save(){ try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {} }
function $(sel, root){ return (root || document).querySelector(sel); }
function $all(sel, root){ return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
function reviewer(){ var r = $("#reviewer"); return (r && r.value.trim()) || localStorage.getItem("svnc-reviewer") || "anonymous"; }
function statusOf(id, el){ return state[id] ? state[id].status : (el && el.getAttribute("data-status0")) || "pending"; }
function paint(){
  $all("[data-cid]").forEach(function(el){
    var id = el.getAttribute("data-cid"), st = statusOf(id, el);
    STATUSES.forEach(function(s){ el.classList.remove("st-" + s); });
    el.classList.add("st-" + st);
    el.setAttribute("data-status", st);
    var b = $(".badge.status", el); if (b) { b.textContent = st; b.className = "badge status st-" + st; }
  });
  var n = 0, total = 0;
  $all(".card[data-cid], tr[data-cid]").forEach(function(c){ total++; if (statusOf(c.getAttribute("data-cid"), c) !== "pending") n++; });
  var p = $("#progress"); if (p) p.textContent = n + " / " + total + " reviewed";
  applyFilters();
}
var STATUSES = ["pending", "accepted", "rejected", "corrected"];
function applyFilters(){
  var f = {};
  $all("select.filter").forEach(function(s){ f[s.getAttribute("data-field")] = s.value; });
  $all(".card[data-cid], tr[data-cid]").forEach(function(el){
    var ok = Object.keys(f).every(function(k){
      if (!f[k]) return true;
      var v = el.getAttribute("data-" + k) || "";
      return k === "types" ? (" " + v + " ").indexOf(" " + f[k] + " ") >= 0 : v === f[k];
    });
    el.classList.toggle("hidden", !ok);
    if (el.classList.contains("card")) {
      var m = document.getElementById("m-" + el.getAttribute("data-cid"));
      if (m) m.classList.toggle("hidden", !ok);
    }
  });
}
function post(decision){
  if (!served) return;
  fetch(CFG.root + "api/decisions", {method: "POST", headers: {"Content-Type": "application/json", "X-Review-Token": TOKEN},
        body: JSON.stringify(decision)}).then(function(r){
    var s = $("#server-state"); if (s) s.textContent = r.ok ? "saved to server" : "server error " + r.status;
  }).catch(function(e){ var s = $("#server-state"); if (s) s.textContent = "server unreachable"; });
}
function decide(id, status, corrections, note, extra){
  var el = $('.card[data-cid="' + id + '"]');
  var d = {claim_id: id, doc_id: el ? el.getAttribute("data-doc") : (CFG.doc || null), status: status,
           corrections: corrections || null, note: note || null, reviewer: reviewer(),
           timestamp: new Date().toISOString()};
  if (extra) Object.keys(extra).forEach(function(k){ d[k] = extra[k]; });
  state[id] = d; save(); paint(); post(d); showAdded();
  return d;
}
function val(sel, root){ var e = $(sel, root); return e ? e.value.trim() : ""; }
function readCorrections(root){
  // the fields the reviewer filled in; empty ones are left as extracted
  var c = {}, v = val(".c-value", root);
  if (v !== "") { var num = Number(v.replace(/\s/g, "").replace(",", ".")); c.value = isNaN(num) ? v : num; }
  [["c-unit", "unit"], ["c-subject", "subject"], ["c-speaker", "speaker"], ["c-kind", "kind"],
   ["c-type", "claim_type"]].forEach(function(p){ var x = val("." + p[0], root); if (x !== "") c[p[1]] = x; });
  var dir = val(".c-direction", root);
  if (dir !== "") c.direction = dir === "none" ? null : dir;
  var ps = val(".c-start", root), pe = val(".c-end", root);
  if (ps !== "" || pe !== "") c.period = {start: ps || pe, end: pe || ps};
  return c;
}
function cpLen(s){  // Python counts code points, JavaScript UTF-16 units: offsets must be in code points
  var n = 0;
  for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) i++; n++; }
  return n;
}
var pendingAdd = null;
function selectionSpan(){
  var sel = window.getSelection(), pre = $("#doctext");
  if (!sel || sel.isCollapsed || !sel.rangeCount || !pre) return null;
  var r = sel.getRangeAt(0);
  if (!pre.contains(r.startContainer) || !pre.contains(r.endContainer)) return null;
  var head = document.createRange(); head.setStart(pre, 0); head.setEnd(r.startContainer, r.startOffset);
  var raw = r.toString(), text = raw.replace(/^\s+/, ""), lead = raw.length - text.length;
  text = text.replace(/\s+$/, "");
  if (!text) return null;
  var start = cpLen(head.toString() + raw.slice(0, lead));
  return {char_start: start, char_end: start + cpLen(text), text: text};
}
function openAdd(span){
  var box = $("#addbox"); if (!box || !span) return;
  pendingAdd = span;
  $("#add-text", box).textContent = span.text;
  box.classList.add("open");
}
function showAdded(){
  var list = $("#added-list"); if (!list || !CFG.doc) return;
  list.textContent = "";
  Object.keys(state).sort().forEach(function(id){
    var d = state[id];
    if (d.status !== "added" || d.doc_id !== CFG.doc || !d.added) return;
    var div = document.createElement("div"); div.className = "added"; div.setAttribute("data-added", id);
    var c = d.corrections || {};
    div.textContent = "added: “" + d.added.text + "” " + (c.value !== undefined ? c.value + " " : "") + (c.unit || "") + " ";
    var b = document.createElement("button"); b.type = "button"; b.textContent = "remove"; b.setAttribute("data-remove", id);
    div.appendChild(b); list.appendChild(div);
  });
}
function visibleCards(){ return $all(".card[data-cid]").filter(function(c){ return !c.classList.contains("hidden"); }); }
function move(step){
  var cards = visibleCards(); if (!cards.length) return;
  var cur = $(".card.sel"), i = cards.indexOf(cur);
  var next = cards[i < 0 ? (step > 0 ? 0 : cards.length - 1) : Math.min(cards.length - 1, Math.max(0, i + step))];
  select(next.getAttribute("data-cid"), "mark");
}
document.addEventListener("keydown", function(ev){
  var t = ev.target, tag = t && t.tagName;
  if (ev.ctrlKey || ev.metaKey || ev.altKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
    if (ev.key === "Escape" && t.blur) t.blur();
    return;
  }
  var card = $(".card.sel"), k = ev.key;
  if (k === "n" || k === "j") { move(1); }
  else if (k === "p" || k === "k") { move(-1); }
  else if (k === "?") { var h = $("#keys"); if (h) h.scrollIntoView(); }
  else if (card && (k === "a" || k === "r" || k === "u")) {
    var st = {a: "accepted", r: "rejected", u: "pending"}[k];
    decide(card.getAttribute("data-cid"), st, null, val("input.note", card));
    if (k !== "u") move(1);
  }
  else if (card && k === "c") { card.classList.add("correcting"); var f = $(".c-value", card); if (f) f.focus(); }
  else if (k === "Escape") { $all(".card.correcting").forEach(function(c){ c.classList.remove("correcting"); });
    var box = $("#addbox"); if (box) box.classList.remove("open"); }
  else { return; }
  ev.preventDefault();
});
document.addEventListener("mouseup", function(ev){
  if (ev.target.closest && (ev.target.closest("#addbox") || ev.target.closest(".panel"))) return;
  var span = selectionSpan(); if (span) openAdd(span);
});
function jsonl(){
  return Object.keys(state).sort().map(function(id){ return JSON.stringify(state[id]); }).join("\n") + (Object.keys(state).length ? "\n" : "");
}
function download(){
  var blob = new Blob([jsonl()], {type: "application/x-ndjson"});
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob); a.download = "decisions.jsonl";
  document.body.appendChild(a); a.click();
  setTimeout(function(){ URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  return blob;
}
function select(id, scroll){
  $all(".sel").forEach(function(e){ e.classList.remove("sel"); });
  var card = $('.card[data-cid="' + id + '"]'), m = document.getElementById("m-" + id);
  if (card) { card.classList.add("sel", "open"); if (scroll) card.scrollIntoView({block: "nearest"}); }
  if (m) { m.classList.add("sel"); if (scroll === "mark") m.scrollIntoView({block: "center"}); }
}
document.addEventListener("click", function(ev){
  var t = ev.target;
  var m = t.closest && t.closest("mark.q");
  if (m) { select(m.getAttribute("data-cid"), true); return; }
  var btn = t.closest && t.closest("button[data-act]");
  if (btn) {
    var card = btn.closest(".card"), id = card.getAttribute("data-cid"), act = btn.getAttribute("data-act");
    var note = $("input.note", card).value.trim();
    if (act === "accepted" || act === "rejected" || act === "pending") { decide(id, act, null, note); card.classList.remove("correcting"); }
    else if (act === "correct") { card.classList.toggle("correcting"); }
    else if (act === "save") {
      decide(id, "corrected", readCorrections(card), note); card.classList.remove("correcting");
    }
    return;
  }
  var add = t.closest && t.closest("button[data-add]");
  if (add) {
    var box = $("#addbox");
    if (add.getAttribute("data-add") === "save" && pendingAdd) {
      var key = "new:" + CFG.doc + ":" + pendingAdd.char_start + "-" + pendingAdd.char_end;
      decide(key, "added", readCorrections(box), val(".a-note", box), {added: pendingAdd});
      $all("input", box).forEach(function(i){ i.value = ""; });
    }
    pendingAdd = null; box.classList.remove("open");
    return;
  }
  var rm = t.closest && t.closest("button[data-remove]");
  if (rm) { var rid = rm.getAttribute("data-remove"), old = state[rid];
    decide(rid, "pending", null, null, {added: old && old.added, doc_id: old && old.doc_id}); return; }
  var card2 = t.closest && t.closest(".card");
  if (card2 && !(t.closest("input") || t.closest("button"))) { card2.classList.toggle("open"); select(card2.getAttribute("data-cid"), false);
    var mk = document.getElementById("m-" + card2.getAttribute("data-cid")); if (mk) mk.scrollIntoView({block: "center"}); }
});
$all("select.filter").forEach(function(s){ s.addEventListener("change", applyFilters); });
var nav = $("#docnav"); if (nav) nav.addEventListener("change", function(){ if (nav.value) location.href = nav.value; });
var dl = $("#download"); if (dl) dl.addEventListener("click", download);
var rv = $("#reviewer");
if (rv) { rv.value = localStorage.getItem("svnc-reviewer") || ""; rv.addEventListener("change", function(){ localStorage.setItem("svnc-reviewer", rv.value.trim()); }); }
if (served) {
  fetch(CFG.root + "api/decisions", {headers: {"X-Review-Token": TOKEN}}).then(function(r){ return r.ok ? r.text() : ""; }).then(function(txt){
    txt.split("\n").forEach(function(line){
      if (!line.trim()) return;
      try { var d = JSON.parse(line); var id = d.claim_id || d.id;
        if (id && (!state[id] || (state[id].timestamp || "") <= (d.timestamp || ""))) state[id] = d; } catch (e) {}
    });
    save(); paint();
    var s = $("#server-state"); if (s) s.textContent = "connected to review server";
  }).catch(function(){});
}
window.__review = {state: state, decide: decide, jsonl: jsonl, download: download, select: select,
                   selectionSpan: selectionSpan};
paint(); showAdded();
if (location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)), "mark");
})();
"""

_JS_HASH = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode()
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; "
       f"script-src 'sha256-{_JS_HASH}'; base-uri 'none'; form-action 'none'")


def _page(title: str, body: str, config: dict) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<link rel=\"icon\" href=\"data:,\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<meta name=\"referrer\" content=\"no-referrer\"><title>{_esc(title)}</title><style>{CSS}</style></head><body>"
            f"{body}<script type=\"application/json\" id=\"review-config\">{script_json(config)}</script>"
            f"<script>{JS}</script></body></html>\n")


def _fmt_num(v) -> str:
    if v is None:
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    if f.is_integer() and abs(f) < 1e16:
        return f"{int(f):,}".replace(",", "\u202f")
    return f"{f:,.6g}".replace(",", "\u202f").replace(".", ",")


def claim_value(c: dict) -> str:
    q = c.get("quantity") or {}
    if q.get("value") is None and (q.get("low") is not None or q.get("high") is not None):
        v = f"{_fmt_num(q.get('low'))}–{_fmt_num(q.get('high'))}"
    else:
        v = _fmt_num(q.get("value"))
    if q.get("bound") and q["bound"] != "exact":
        v = f"{q['bound'].replace('_', ' ')} {v}"
    return v


def period(t) -> str:
    if not isinstance(t, dict):
        return ""
    s, e = t.get("start"), t.get("end")
    span = (s or "?") if s == e else f"{s or '?'} – {e or '?'}"
    return span


def _hover(c: dict) -> str:
    q = c.get("quantity") or {}
    lines = [f"{q.get('kind')}: {claim_value(c)} {q.get('unit') or ''}".strip()]
    t = c.get("time")
    lines.append(f"tid: {period(t)} ({t.get('source')}; “{t.get('text') or ''}”)" if isinstance(t, dict) else "tid: –")
    ch = c.get("change")
    if isinstance(ch, dict):
        s = f"förändring: {ch.get('direction') or '?'}"
        b = ch.get("baseline")
        if isinstance(b, dict):
            s += f", jämfört med {b.get('text') or period(b)}"
        lines.append(s)
    return "\n".join(lines)


def doc_page_name(doc_id: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", doc_id).strip("._")[:80] or "doc"
    return f"{safe}-{hashlib.sha1(doc_id.encode()).hexdigest()[:8]}.html"


def _esc_text(t: str) -> str:
    """Text for <pre>: escaped, and CR as a character reference, which (unlike a literal CR, normalised away
    by the HTML parser) reaches the DOM: the page's text then has the record's offsets (selection -> span)."""
    return html.escape(t, quote=False).replace("\r", "&#13;")


def highlight(text: str, claims: list[dict], flagged: set | frozenset = frozenset()) -> tuple[str, int]:
    """The escaped text with one <mark> per claim (overlaps clipped; claims in ``flagged``, an
    inconsistent check's, marked 'bad'); (html, number of marks)."""
    spans = []
    for c in claims:
        q = c.get("quantity") or {}
        s, e = q.get("char_start"), q.get("char_end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text):
            spans.append((s, e, c))
    spans.sort(key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    for s, e, c in spans:
        s = max(s, pos)
        e = max(e, s)
        out.append(_esc_text(text[pos:s]))
        q = c["quantity"]
        colour = KIND_COLOURS.get(q.get("kind"), DEFAULT_COLOUR)
        cls = "q" + (" empty" if s == e else "") + (" bad" if c["id"] in flagged else "")
        out.append(f'<mark class="{cls}" id="m-{_esc(c["id"])}" data-cid="{_esc(c["id"])}" '
                   f'data-status0="{_esc(_status(c))}" style="background:{colour}" title="{_esc(_hover(c))}">'
                   f'{_esc_text(text[s:e])}</mark>')
        pos = e
    out.append(_esc_text(text[pos:]))
    return "".join(out), len(spans)


def _sentence_html(c: dict) -> str:
    sent = c.get("sentence") or {}
    q = c.get("quantity") or {}
    st, ss, se = sent.get("text") or "", sent.get("char_start"), q.get("char_start")
    if isinstance(ss, int) and isinstance(se, int):
        a, b = se - ss, q.get("char_end", se) - ss
        if 0 <= a <= b <= len(st):
            return f"{_esc(st[:a])}<b>{_esc(st[a:b])}</b>{_esc(st[b:])}"
    return _esc(st)


def _evidence_html(ev) -> str:
    """Why the resolver decided a period or a direction: its rule and the words it read (record: time.evidence,
    change.cue)."""
    if not isinstance(ev, dict) or not ev.get("rule"):
        return ""
    words = f" “{_esc(ev['text'])}”" if ev.get("text") else ""
    return f' <span class="muted evidence" title="resolver rule">[{_esc(ev["rule"])}{words}]</span>'


def _checks_html(rows: list[dict]) -> str:
    """The card's lines for its arithmetic checks: an inconsistent one says why, in the check's words."""
    out = []
    for r in rows:
        bad = r.get("status") == "inconsistent"
        out.append(f'<div class="{"checkbad" if bad else "checkok"}">{"⚠ inconsistent" if bad else "✓ consistent"} '
                   f'<span class="muted">({_esc(r.get("check"))})</span>: {_esc(r.get("explanation"))}</div>')
    return "".join(out)


def claim_card(c: dict, text: str | None, checks: list[dict] | None = None) -> str:
    """One claim as a review card: the headline (corrected if a reviewer corrected it), the facts, the sentence,
    the details, the decision buttons and the correction form."""
    q = c.get("quantity") or {}
    kind = q.get("kind") or "unknown"
    colour = KIND_COLOURS.get(kind, DEFAULT_COLOUR)
    types = c.get("claim_types") or ([c["claim_type"]] if c.get("claim_type") else [])
    rev = c.get("review") or {}
    warn = ""
    s, e = q.get("char_start"), q.get("char_end")
    if text is not None and isinstance(s, int) and isinstance(e, int) and text[s:e] != q.get("text"):
        warn = f'<div class="warn">offsets show “{_esc(text[s:e])}”, record says “{_esc(q.get("text"))}”</div>'
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _card_facts(c, q, types))
    dl2 = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _card_details(c, q, rev))
    cid = _esc(c["id"])
    headline, fixed_html = _card_corrections(c, q, rev)
    checks = checks or []
    flag = ' data-checks="inconsistent"' if any(r.get("status") == "inconsistent" for r in checks) else ""
    return (f'<div class="card" id="{cid}"{flag} data-cid="{cid}" data-doc="{_esc(c.get("doc_id"))}" data-kind="{_esc(kind)}" '
            f'data-types="{_esc(" ".join(types))}" data-status0="{_esc(_status(c))}" data-status="{_esc(_status(c))}" '
            f'style="border-left-color:{colour}">'
            f'<div><span class="val">{headline}</span>'
            f' <span class="muted">“{_esc(q.get("text"))}”</span>'
            f'<span class="badge" style="background:{colour}">{_esc(kind)}</span><span class="badge status">{_esc(_status(c))}</span></div>'
            f'{warn}{fixed_html}{_checks_html(checks)}<dl>{dl}</dl><div class="sent">{_sentence_html(c)}</div>'
            f'<div class="details"><dl>{dl2}</dl></div>'
            f'<div class="actions"><button type="button" data-act="accepted">✓ accept</button>'
            f'<button type="button" data-act="rejected">✗ reject</button>'
            f'<button type="button" data-act="correct">✎ correct…</button>'
            f'<button type="button" data-act="pending">reset</button>'
            f'<input class="note" placeholder="note" aria-label="note"></div>'
            f'{_correction_form()}</div>')


def _card_facts(c: dict, q: dict, types: list) -> list[tuple[str, str]]:
    """The card's main facts (HTML): unit, period, subject, speaker, claim types, each with its evidence."""
    att = c.get("attribution") or {}
    speaker = att.get("speaker") if isinstance(att, dict) else None
    if speaker and att.get("party"):
        speaker = f"{speaker} ({att['party']})"
    t = c.get("time")
    return [
        ("enhet", f"{_esc(q.get('unit'))}" + (f" <span class=muted>({_esc(q.get('unit_text'))})</span>" if q.get("unit_text") else "")
         + (" <span class=muted>[inferred]</span>" if q.get("unit_inferred") else "")),
        ("period", (f"{_esc(period(t))} <span class=muted>{_esc(t.get('source'))}: “{_esc(t.get('text'))}”</span>"
                    + _evidence_html(t.get("evidence")) if isinstance(t, dict) else "–")),
        ("subjekt", (_esc(c.get("subject")) or "–") + _evidence_html(c.get("subject_source"))),
        ("talare", (_esc(speaker) or ("–" if not att.get("source") else "<span class=muted>okänd</span>"))
         + (f' <span class=muted>{_esc(att.get("source"))}</span>' if isinstance(att, dict) and att.get("source") else "")
         + _evidence_html(att.get("evidence") if isinstance(att, dict) else None)),
        ("typ", _esc(", ".join(types)) or "–"),
    ]


def _card_details(c: dict, q: dict, rev: dict) -> list[tuple[str, str]]:
    """The folded details (HTML): entity, rate, change, sentence, offsets, id, duplicate, the reviewer's note."""
    ch = c.get("change")
    s, e = q.get("char_start"), q.get("char_end")
    details = [("entitet", _esc(q.get("entity")) or "–"), ("per", _esc(q.get("per")) or "–"),
               ("förändring", _esc(f"{ch.get('direction') or '?'}" + (f", jämfört med {ch['baseline'].get('text')}" if isinstance(ch.get('baseline'), dict) else ""))
                + _evidence_html(ch.get("cue")) if isinstance(ch, dict) else "–"),
               ("mening", f"{_esc((c.get('sentence') or {}).get('kind'))} #{_esc((c.get('sentence') or {}).get('index'))}"),
               ("offset", f"{_esc(s)}–{_esc(e)}"), ("id", _esc(c.get("id")))]
    if c.get("duplicate_of"):
        details.append(("dubblett av", _esc(c["duplicate_of"])))
    if rev.get("note") or rev.get("reviewer"):
        details.append(("granskning", _esc(f"{rev.get('reviewer') or ''}: {rev.get('note') or ''}")))
    return details


def _card_corrections(c: dict, q: dict, rev: dict) -> tuple[str, str]:
    """The headline (the corrected value and unit over the extracted ones) and the list of corrections (HTML)."""
    fixed = corrected_view(c)
    headline = f'{_esc(claim_value(c))} {_esc(q.get("unit") or "")}'
    if "value" in fixed or "unit" in fixed:
        corr = (rev.get("corrections") or {})
        headline = (f'{_esc(_fmt_num(corr["value"]) if "value" in corr else claim_value(c))} {_esc(corr.get("unit") or q.get("unit") or "")}'
                    f'<span class="was" title="extracted">{headline}</span>')
    fixed_html = ""
    if fixed:
        items = "; ".join(f'{_esc(CORRECTION_LABELS.get(k, k))}: <b>{_esc(_show(v))}</b> <span class="was">{_esc(_show(old))}</span>'
                          for k, (old, v) in fixed.items())
        fixed_html = f'<div class="fixed" data-corrected="{_esc(" ".join(fixed))}">rättat: {items}</div>'
    if rev.get("added"):
        fixed_html += '<div class="fixed">tillagd av granskare</div>'
    return headline, fixed_html


def _correction_form() -> str:
    """The correction inputs of a card (the same for every card)."""
    opts = lambda values, labels=None: "".join(  # noqa: E731
        f'<option value="{_esc(v)}">{_esc((labels or {}).get(v, v))}</option>' for v in values)
    return (f'<div class="corr"><input class="c-value" placeholder="value" aria-label="corrected value">'
            f'<input class="c-unit" placeholder="unit" aria-label="corrected unit">'
            f'<input class="c-start" placeholder="period start (YYYY[-MM[-DD]])" aria-label="period start">'
            f'<input class="c-end" placeholder="period end" aria-label="period end">'
            f'<input class="c-subject" placeholder="subject" aria-label="corrected subject">'
            f'<input class="c-speaker" placeholder="speaker" aria-label="corrected speaker">'
            f'<select class="c-direction" aria-label="corrected direction"><option value="">direction: as extracted</option>'
            f'{opts(["increase", "decrease", "none"], {"none": "no change"})}</select>'
            f'<select class="c-type" aria-label="corrected claim type"><option value="">claim type: as extracted</option>'
            f'{opts(claim_types())}</select>'
            f'<select class="c-kind" aria-label="corrected kind"><option value="">kind: as extracted</option>{opts(KINDS)}</select>'
            f'<button type="button" data-act="save">save correction</button></div>')


def _options(values, label: str, field: str) -> str:
    opts = "".join(f'<option value="{_esc(v)}">{_esc(v)}</option>' for v in values)
    return f'<label>{_esc(label)} <select class="filter" data-field="{field}"><option value="">all</option>{opts}</select></label>'


def _header(title: str, root: str, extra: str = "") -> str:
    return (f'<header><h1>{_esc(title)}</h1><a href="{root}index.html">all documents</a>'
            f'<a href="{root}trends.html">trends</a>'
            '<label>reviewer <input id="reviewer" size="12"></label>'
            '<button type="button" id="download">download decisions.jsonl</button>'
            f'<span id="progress"></span><span id="server-state"></span>{extra}</header>')


CORRECTION_LABELS = {"value": "värde", "unit": "enhet", "period": "period", "subject": "subjekt", "speaker": "talare",
                     "direction": "förändring", "claim_type": "typ", "kind": "slag", "party": "parti"}
KEYS_HELP = ('<span class="keys" id="keys">keys: <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>c</kbd> correct · '
             '<kbd>u</kbd> reset · <kbd>n</kbd>/<kbd>j</kbd> next · <kbd>p</kbd>/<kbd>k</kbd> previous · <kbd>Esc</kbd> close · '
             'select text to add a missed claim</span>')


def _show(v) -> str:
    if isinstance(v, dict):
        return period(v) or "–"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return _fmt_num(v)
    return "–" if v is None else str(v)


def _add_box() -> str:
    kinds = "".join(f'<option value="{_esc(k)}">{_esc(k)}</option>' for k in KINDS)
    return ('<div id="addbox"><b>add a missed claim:</b> “<span id="add-text"></span>”<div>'
            '<input class="c-value" placeholder="value" aria-label="value"><input class="c-unit" placeholder="unit" aria-label="unit">'
            f'<select class="c-kind" aria-label="kind"><option value="">kind: from the text</option>{kinds}</select>'
            '<input class="c-subject" placeholder="subject" aria-label="subject"><input class="c-speaker" placeholder="speaker" aria-label="speaker">'
            '<input class="c-start" placeholder="period start" aria-label="period start"><input class="c-end" placeholder="period end" aria-label="period end">'
            '<input class="a-note" placeholder="note" aria-label="note"></div>'
            '<button type="button" data-add="save">add claim</button><button type="button" data-add="cancel">cancel</button></div>')


def _legend() -> str:
    return '<div class="legend">' + "".join(
        f'<span style="background:{c}">{_esc(k)}</span>' for k, c in KIND_COLOURS.items()) + "</div>"


def render_document(doc: dict, claims: list[dict], text: str | None, warning: str | None,
                    docs: list[dict], config: dict, checks: dict[str, list[dict]] | None = None) -> tuple[str, int]:
    title = doc.get("title") or doc["doc_id"]
    checks = checks or {}
    flagged = {cid for cid, rows in checks.items() if any(r.get("status") == "inconsistent" for r in rows)}
    if text is not None:
        body_text, n_marks = highlight(text, claims, flagged)
        textcol = f'<pre class="doctext" id="doctext">{body_text}</pre>'
    else:
        n_marks = 0
        textcol = '<p class="muted">original text not available; cards show each claim\'s sentence.</p>'
    nav = "".join(f'<option value="{_esc(doc_page_name(d["doc_id"]))}"{" selected" if d["doc_id"] == doc["doc_id"] else ""}>'
                  f'{_esc(d["doc_id"])} ({_esc(d.get("n_claims") if d.get("n_claims") is not None else "?")})</option>'
                  for d in docs)
    kinds = sorted({(c.get("quantity") or {}).get("kind") or "unknown" for c in claims})
    types = sorted({t for c in claims for t in (c.get("claim_types") or [c.get("claim_type")]) if t})
    meta = (f'<p><b>{_esc(doc["doc_id"])}</b> · {_esc(doc.get("path"))} · status {_esc(doc.get("status"))}'
            f' · publicerad {_esc(doc.get("published") or "–")} · {len(claims)} claims, {n_marks} highlighted</p>')
    if doc.get("error"):
        meta += f'<div class="warn">{_esc(doc["error"])}</div>'
    if warning:
        meta += f'<div class="warn">{_esc(warning)}</div>'
    n_bad = len({r["id"] for rows in checks.values() for r in rows if r.get("status") == "inconsistent"})
    if n_bad:
        meta += f'<div class="checkbad">⚠ {n_bad} arithmetic check{"s" if n_bad > 1 else ""} found figures that do not add up (marked in red)</div>'
    filters = ('<div class="filters">' + f'<label>document <select id="docnav">{nav}</select></label>'
               + _options(kinds, "kind", "kind") + _options(types, "claim type", "types")
               + _options(STATUSES, "status", "status") + "</div>")
    cards = "".join(claim_card(c, text, checks.get(c["id"])) for c in claims) or '<p class="muted">no claims</p>'
    if text is not None:
        cards = _add_box() + '<div id="added-list"></div>' + cards
    config = dict(config, doc=doc["doc_id"])
    body = (_header(title, "../", KEYS_HELP) + f"<main>{meta}{_legend()}{filters}"
            f'<div class="layout"><div class="textcol">{textcol}</div><div class="panel" id="cards">{cards}</div></div></main>')
    return _page(f"{title} – review", body, config), n_marks


def render_index(summary: dict, claims: list[dict], docs: list[dict], config: dict) -> str:
    kinds = sorted(summary["claims_by_kind"])
    types = sorted(summary["claims_by_claim_types"]) or sorted(summary["claims_by_claim_type"])

    def counts_table(title, d):
        rows = "".join(f"<tr><td>{_esc(k)}</td><td class=num>{v}</td></tr>" for k, v in d.items())
        return f'<table style="display:inline-table;margin:0 12px 12px 0"><tr><th>{_esc(title)}</th><th>n</th></tr>{rows}</table>'

    per_doc_rows = []
    for d in summary["per_document"]:
        link = f'<a href="doc/{_esc(doc_page_name(d["doc_id"]))}">{_esc(d["doc_id"])}</a>'
        kinds_s = ", ".join(f"{k} {v}" for k, v in d["by_kind"].items())
        rev = ", ".join(f"{k} {v}" for k, v in d["by_review_status"].items())
        per_doc_rows.append(f'<tr><td>{link}</td><td>{_esc(d.get("title"))}</td><td>{_esc(d.get("status"))}</td>'
                            f'<td class=num>{d["n_claims"]}</td><td>{_esc(kinds_s)}</td><td>{_esc(rev)}</td>'
                            f'<td class="num{" checkbad" if d.get("n_inconsistent_checks") else ""}">{d.get("n_inconsistent_checks", 0)}</td></tr>')
    claim_rows = []
    for c in claims:
        q = c.get("quantity") or {}
        ts = c.get("claim_types") or ([c["claim_type"]] if c.get("claim_type") else [])
        att = c.get("attribution") or {}
        claim_rows.append(
            f'<tr data-cid="{_esc(c["id"])}" data-doc="{_esc(c["doc_id"])}" data-kind="{_esc(q.get("kind") or "unknown")}" '
            f'data-types="{_esc(" ".join(ts))}" data-status0="{_esc(_status(c))}">'
            f'<td><a href="doc/{_esc(doc_page_name(c["doc_id"]))}#{_esc(c["id"])}">{_esc(c["doc_id"])}</a></td>'
            f'<td>{_esc(q.get("text"))}</td><td class=num>{_esc(claim_value(c))}</td><td>{_esc(q.get("unit"))}</td>'
            f'<td>{_esc(q.get("kind"))}</td><td>{_esc(period(c.get("time")))}</td><td>{_esc(c.get("subject"))}</td>'
            f'<td>{_esc(att.get("speaker") if isinstance(att, dict) else "")}</td><td>{_esc(", ".join(ts))}</td>'
            f'<td><span class="badge status">{_esc(_status(c))}</span></td></tr>')
    doc_ids = [d["doc_id"] for d in docs]
    filters = ('<div class="filters">' + _options(doc_ids, "document", "doc") + _options(kinds, "kind", "kind")
               + _options(types, "claim type", "types") + _options(STATUSES, "status", "status") + "</div>")
    charts = (svg_bar_chart([(d["doc_id"], d["n_claims"]) for d in summary["per_document"]], "claims per document")
              + svg_bar_chart(list(summary["claims_by_year"].items()), "claims per year (time.start)", horizontal=False)
              + svg_bar_chart(list(summary["claims_by_kind"].items()), "claims per kind"))
    top = "".join(f"<tr><td>{_esc(s['subject'])}</td><td class=num>{s['n']}</td></tr>" for s in summary["top_subjects"])
    body = (_header("Claim review", "") + "<main>"
            f'<section id="summary"><h2>Summary</h2><p>{summary["n_documents"]} documents, {summary["n_claims"]} claims '
            f'({summary["claims_without_time"]} without a time frame, {summary["duplicates"]} duplicates).</p>'
            + counts_table("documents by status", summary["documents_by_status"])
            + counts_table("claims by kind", summary["claims_by_kind"])
            + counts_table("claims by unit", summary["claims_by_unit"])
            + counts_table("claims by claim type", summary["claims_by_claim_type"])
            + counts_table("review status", summary["claims_by_review_status"])
            + counts_table("arithmetic checks", summary.get("checks_by_status") or {})
            + f'<table style="display:inline-table"><tr><th>top subjects</th><th>n</th></tr>{top}</table>'
            + f'<div>{charts}</div></section>'
            '<section id="documents"><h2>Documents</h2><table><tr><th>document</th><th>title</th><th>status</th><th>claims</th>'
            f'<th>by kind</th><th>review</th><th title="arithmetic checks (checks.jsonl) that found figures not adding up">inconsistent checks</th></tr>'
            f'{"".join(per_doc_rows)}</table></section>'
            f'<section id="claims"><h2>Claims</h2>{filters}<table id="claims-table"><tr><th>document</th><th>text</th>'
            '<th>value</th><th>unit</th><th>kind</th><th>period</th><th>subject</th><th>speaker</th><th>type</th><th>status</th></tr>'
            f'{"".join(claim_rows)}</table></section></main>')
    return _page("Claim review", body, config)


def _write_public(path: Path, text: str) -> None:
    io.write_text(path, text)
    try:
        os.chmod(path, 0o644)  # mkstemp makes 0600; the site is meant to be opened and shared
    except OSError:
        pass


def build_site(out_dir: str | Path, trend_queries=()) -> dict:
    """Write OUT/review/ (index + one page per document + trends) and OUT/summary.json; return build info."""
    out_dir = Path(out_dir)
    claims, docs = load_output(out_dir)
    by_claim = checks_by_claim(load_checks(out_dir))
    review_dir = out_dir / "review"
    decisions = last_decisions(read_decisions([review_dir / "decisions.jsonl"]))
    known = {c["id"] for c in claims}
    decisions = {k: v for k, v in decisions.items() if k in known}
    site = hashlib.sha1(str(out_dir.resolve()).encode()).hexdigest()[:12]
    summary = summarize(out_dir)
    by_doc = defaultdict(list)
    for c in claims:
        by_doc[c["doc_id"]].append(c)
    for d in docs:
        if d.get("n_claims") is None:
            d["n_claims"] = len(by_doc.get(d["doc_id"], []))
    pages, marks = {}, {}
    for d in docs:
        cs = by_doc.get(d["doc_id"], [])
        text, warn = document_text(out_dir, d) if d.get("status", "ok") == "ok" or cs else (None, None)
        dec = {c["id"]: decisions[c["id"]] for c in cs if c["id"] in decisions}
        page, n = render_document(d, cs, text, warn, docs, {"site": site, "root": "../", "decisions": dec},
                                  {c["id"]: by_claim[c["id"]] for c in cs if c["id"] in by_claim})
        name = doc_page_name(d["doc_id"])
        _write_public(review_dir / "doc" / name, page)
        pages[d["doc_id"]] = f"doc/{name}"
        marks[d["doc_id"]] = n
    _write_public(review_dir / "index.html", render_index(summary, claims, docs, {"site": site, "root": "", "decisions": decisions}))
    from pipeline.review.trend import write_trends   # issue 15: figures of a subject over time (archive-wide when there is one)
    trends = write_trends(out_dir, pages, known, trend_queries)
    return {"index": str(review_dir / "index.html"), "pages": pages, "highlights": marks,
            "documents": len(docs), "claims": len(claims), **trends}


# --- decisions: server and apply ---------------------------------------------------------------

_LOCK = threading.Lock()


def append_decisions(path: str | Path, decisions: list[dict]) -> None:
    """Append decisions to a JSONL file atomically (whole file rewritten to a temp file and renamed)."""
    path = Path(path)
    with _LOCK:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old and not old.endswith("\n"):
            old += "\n"
        with io.atomic_writer(path) as fh:
            fh.write(old + "".join(io.dumps(d) + "\n" for d in decisions))


def validate_decision(d) -> dict:
    if not isinstance(d, dict):
        raise ValueError("a decision must be a JSON object")
    cid = d.get("claim_id") or d.get("id")
    if not isinstance(cid, str) or not cid:
        raise ValueError("decision without claim_id")
    if d.get("status") not in DECISION_STATUSES:
        raise ValueError(f"unknown status {d.get('status')!r} (expected one of {', '.join(DECISION_STATUSES)})")
    corr = check_corrections(d.get("corrections"))
    out = {"claim_id": cid, "doc_id": d.get("doc_id"), "status": d["status"], "corrections": corr or None,
           "note": d.get("note") or None, "reviewer": d.get("reviewer") or None,
           "timestamp": d.get("timestamp") or datetime.now(timezone.utc).isoformat(timespec="seconds")}
    if d["status"] == "added" or d.get("added") is not None:   # a removed added claim keeps its span (status pending)
        out["added"] = check_added(d)
    return out


TOKEN_HEADER = "X-Review-Token"


def make_server(out_dir: str | Path, port: int = 8765, host: str = "127.0.0.1", token: str | None = None):
    """A ThreadingHTTPServer serving OUT/review/ and ``/api/decisions`` (GET: the JSONL, POST: append).

    Against DNS rebinding and other local pages (issue 11): every request must name this server in its
    Host header (``127.0.0.1:PORT`` or ``localhost:PORT``), and the decisions API wants the session token
    (``server.token``, random per start) in the ``X-Review-Token`` header. The server writes the token
    into each HTML page it serves (a ``<meta name="review-token">``), so only its own pages can use it."""
    from functools import partial
    from http.server import ThreadingHTTPServer

    session_token = token or secrets.token_urlsafe(32)
    meta = f'<meta name="review-token" content="{session_token}">'.encode()

    review_dir = Path(out_dir) / "review"
    dec_path = review_dir / "decisions.jsonl"

    handler = type("Handler", (_ReviewHandler,), {"session_token": session_token, "meta": meta, "dec_path": dec_path,
                                                  "out_dir": out_dir})
    server = ThreadingHTTPServer((host, port), partial(handler, directory=str(review_dir)))
    server.token = session_token
    return server


class _ReviewHandler(SimpleHTTPRequestHandler):
    """The review server's requests: the site's files (HTML with the session token in its head) and the decisions
    API; ``make_server`` makes a subclass holding the session's token, page meta tag and decisions file."""
    session_token = ""
    meta = b""
    dec_path: Path
    out_dir: Path

    def log_message(self, fmt, *args):  # quiet: one line per POST only
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def _api(self):
        return self.path.split("?", 1)[0].endswith("/api/decisions")

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        return (self.headers.get("Host") or "").lower() in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _token_ok(self) -> bool:
        return secrets.compare_digest((self.headers.get(TOKEN_HEADER) or "").encode(), self.session_token.encode())

    def _html_with_token(self) -> bool:
        """Serve an HTML page with the session token in its head; False when the path is no HTML file."""
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix != ".html" or not target.is_file():
            return False
        data = target.read_bytes().replace(b"<head>", b"<head>" + self.meta, 1)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        return True

    def do_HEAD(self):
        if not self._host_ok():
            return self._reply(421, {"error": "unknown Host"})
        super().do_HEAD()

    def do_GET(self):
        if not self._host_ok():
            return self._reply(421, {"error": "unknown Host: this server answers only 127.0.0.1/localhost"})
        if self._api():
            if not self._token_ok():
                return self._reply(403, {"error": "missing or wrong review token"})
            data = self.dec_path.read_bytes() if self.dec_path.exists() else b""
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if not self._html_with_token():
            super().do_GET()

    def _reply(self, code: int, obj: dict):
        data = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        if not self._api():
            return self._reply(404, {"error": "not found"})
        if not self._host_ok():
            return self._reply(421, {"error": "unknown Host: this server answers only 127.0.0.1/localhost"})
        origin = self.headers.get("Origin")
        host_hdr = self.headers.get("Host", "")
        if origin and origin not in ("null", f"http://{host_hdr}"):
            return self._reply(403, {"error": "cross-origin request refused"})
        if not self._token_ok():
            return self._reply(403, {"error": "missing or wrong review token"})
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return self._reply(415, {"error": "expected application/json"})
        try:
            n = int(self.headers.get("Content-Length") or 0)
            if n > 5_000_000:
                return self._reply(413, {"error": "too large"})
            payload = json.loads(self.rfile.read(n).decode("utf-8"))
            items = payload if isinstance(payload, list) else [payload]
            decisions = [validate_decision(d) for d in items]
        except (ValueError, UnicodeDecodeError) as exc:
            return self._reply(400, {"error": str(exc)})
        append_decisions(self.dec_path, decisions)
        print(f"review: {len(decisions)} decision(s) saved -> {self.dec_path}", file=sys.stderr)
        archive_decisions(Path(self.out_dir), decisions, "review-server")
        return self._reply(200, {"saved": len(decisions)})


def apply_decisions(decision_paths, out_dir: str | Path) -> dict:
    """Merge decisions into OUT/claims.jsonl (atomically); returns counts and the unmatched decisions."""
    out_dir = Path(out_dir)
    rows = read_decisions(decision_paths)
    invalid = [r for r in rows if "_error" in r]
    last = last_decisions(rows)
    claims_p = out_dir / "claims.jsonl"
    claims, earlier = [], {}     # claims added by an earlier apply-review stay unless these decisions say otherwise
    for c in io.read_jsonl(claims_p):
        rev = c.get("review") or {}
        if rev.get("added"):
            earlier[rev.get("decision_id") or c["id"]] = c
        else:
            claims.append(c)
    for key, d in last.items():  # removed (pending) or re-added below
        if d.get("added") is not None:
            earlier.pop(key, None)
    added, gone = _added_records(out_dir, [d for d in last.values() if d["status"] == "added"], claims)
    order = {id(r): i for i, r in enumerate(rows)}
    for key, rec in list(added.items()):
        dec = last.pop(key)
        if isinstance(rec, str):   # a span the pipeline has after all: the decision accepts (corrects) that claim
            del added[key]
            if rec not in last or order[id(last[rec])] < order[id(dec)]:
                last[rec] = dict(dec, claim_id=rec, status="corrected" if dec.get("corrections") else "accepted")
    claims = _merge_in_order(claims, list(earlier.values()) + list(added.values()), out_dir)
    ids = {c["id"] for c in claims}
    applied = 0
    for c in claims:
        if (c.get("review") or {}).get("added"):
            applied += 1
            continue
        d = last.get(c["id"])
        if d is None:
            continue
        c["review"] = {"status": d["status"], "note": d.get("note"), "corrections": d.get("corrections"),
                       "reviewer": d.get("reviewer"), "decided_at": d.get("timestamp")}
        applied += 1
    unmatched = [d for cid, d in last.items() if cid not in ids and not d.get("added")] + gone
    io.write_jsonl(claims_p, claims)
    archive_decisions(out_dir, [r for r in rows if "_error" not in r], "apply-review")
    if unmatched:
        io.write_jsonl(out_dir / "review" / "unmatched_decisions.jsonl", unmatched)
    return {"decisions": len(rows), "claims_decided": len(last), "applied": applied,
            "added": len(added), "unmatched": unmatched, "invalid": invalid}


def _added_records(out_dir: Path, decisions: list[dict], claims: list[dict]) -> tuple[dict, list[dict]]:
    """Records for ``added`` decisions ({decision id: record, or the id of the pipeline's claim when it has
    that span itself: the decision then accepts that claim}) and the decisions whose document or text is gone."""
    from pipeline.review.corrections import added_record
    if not decisions:
        return {}, []
    docs = {d["doc_id"]: d for d in (io.read_jsonl(out_dir / "documents.jsonl") if (out_dir / "documents.jsonl").exists() else [])}
    by_id = {c["id"]: c for c in claims}
    out, gone, texts = {}, [], {}
    for d in decisions:
        doc = docs.get(d.get("doc_id"))
        if doc is None:
            gone.append(d)
            continue
        if doc["doc_id"] not in texts:
            texts[doc["doc_id"]] = document_text(out_dir, doc)[0]
        text = texts[doc["doc_id"]]
        rec = added_record(doc, text, d) if text is not None else None
        if rec is None:
            gone.append(d)
        elif rec["id"] in by_id:
            out[d["claim_id"]] = rec["id"]
        else:
            out[d["claim_id"]] = rec
    return out, gone


def _merge_in_order(claims: list[dict], extra: list[dict], out_dir: Path) -> list[dict]:
    """Claims with the added records put in text order among their document's claims (extracted ones keep
    their order; a document without claims gets its added ones at its place in documents.jsonl)."""
    if not extra:
        return claims
    docs_p = out_dir / "documents.jsonl"
    doc_order = {d["doc_id"]: i for i, d in enumerate(io.read_jsonl(docs_p) if docs_p.exists() else [])}
    merged = list(claims)
    for r in sorted(extra, key=lambda r: r["quantity"]["char_start"]):
        pos, start = None, r["quantity"]["char_start"]
        for i, c in enumerate(merged):
            if c["doc_id"] == r["doc_id"]:
                if c["quantity"]["char_start"] > start:
                    pos = i
                    break
                pos = i + 1
            elif pos is None and doc_order.get(c["doc_id"], -1) > doc_order.get(r["doc_id"], len(doc_order)):
                pos = i
                break
        merged.insert(len(merged) if pos is None else pos, r)
    return merged


def archive_decisions(out_dir: Path, decisions: list[dict], source: str) -> dict | None:
    """Also store decisions in OUT/archive.duckdb when the folder has one (issue 15: decisions keyed by
    sentence and quantity text there survive edits and re-runs). A failure is reported, never fatal:
    the decisions are already safe in their JSONL file."""
    from pipeline.archive.store import DEFAULT_NAME
    path = Path(out_dir) / DEFAULT_NAME
    if not decisions or not path.exists():
        return None
    try:
        from pipeline.archive.store import record_decisions
        res = record_decisions(path, decisions, source)
    except Exception as exc:  # e.g. a run holding the archive's lock
        print(f"warning: decisions not added to {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    print(f"archive: {res['recorded']} decision(s) recorded ({res['duplicates']} already there, "
          f"{res['unmatched']} for claims the archive never held, {len(res['orphaned'])} orphaned) -> {path}",
          file=sys.stderr)
    return res


# --- command line ----------------------------------------------------------------------------

def review_cli(args) -> int:
    out = Path(args.output_dir)
    try:
        info = build_site(out, getattr(args, "trend", None) or ())
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"review: {info['documents']} documents, {info['claims']} claims -> {info['index']} "
          f"(summary: {out / 'summary.json'})", file=sys.stderr)
    if args.serve:
        server = make_server(out, args.port)
        host, port = server.server_address[:2]
        print(f"review: serving http://{host}:{port}/index.html (decisions -> {out / 'review' / 'decisions.jsonl'}); Ctrl-C stops",
              file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0


def apply_review_cli(args) -> int:
    out = Path(args.out)
    if not (out / "claims.jsonl").exists():
        print(f"error: {out / 'claims.jsonl'} not found", file=sys.stderr)
        return 2
    missing = [p for p in args.decisions if not Path(p).exists()]
    if missing:
        print(f"error: no such decisions file: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        res = apply_decisions(args.decisions, out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for d in res["unmatched"]:
        print(f"warning: decision for unknown claim {d['claim_id']} ({d.get('doc_id') or '?'}, {d['status']}) "
              "not applied: the claim no longer exists", file=sys.stderr)
    for d in res["invalid"]:
        print(f"warning: invalid decision skipped: {d['_error']}", file=sys.stderr)
    extra = f" (kept in {out / 'review' / 'unmatched_decisions.jsonl'})" if res["unmatched"] else ""
    print(f"apply-review: {res['decisions']} decisions, {res['applied']} claims updated, "
          f"{len(res['unmatched'])} unmatched{extra}, {len(res['invalid'])} invalid -> {out / 'claims.jsonl'}",
          file=sys.stderr)
    return 1 if args.strict and (res["unmatched"] or res["invalid"]) else 0


def register(subparsers) -> None:
    sp = subparsers.add_parser("review", help="build the static review site OUT/review/ (+ OUT/summary.json); --serve to save decisions")
    sp.add_argument("output_dir", nargs="?", default="output", metavar="OUTPUT_DIR", help="pipeline output folder (default: output)")
    sp.add_argument("--serve", action="store_true", help="serve the site on 127.0.0.1 and save decisions to OUT/review/decisions.jsonl")
    sp.add_argument("--port", type=int, default=8765, help="port for --serve (default 8765; 0 = any free port)")
    sp.add_argument("--trend", action="append", metavar="QUERY",
                    help="also chart the figures a search of the archive finds over time (repeatable)")
    sp.set_defaults(func=review_cli)
    sp = subparsers.add_parser("apply-review", help="merge review decisions (JSONL) into OUT/claims.jsonl")
    sp.add_argument("decisions", nargs="+", metavar="DECISIONS", help="decisions.jsonl file(s), applied in order; last decision per claim wins")
    sp.add_argument("--out", default="output", help="output folder holding claims.jsonl (default: output)")
    sp.add_argument("--strict", action="store_true", help="exit 1 when some decisions match no claim or are invalid")
    sp.set_defaults(func=apply_review_cli)
