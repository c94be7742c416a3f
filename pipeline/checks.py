"""Arithmetic that checks itself: the figures of one document checked against each other.

Why: the first thing a fact-checker does with a release is take a calculator to it: does the change
match its ends, do the parts add up to the total, does the headline say what the body says? Once
each figure carries its value, unit, bound, period and change (the records), many of them can be
checked against others of the same document. A false alarm costs a reviewer more time than it saves,
so every check says nothing unless it is sure the figures talk about the same thing: different
subjects, periods or units that cannot be converted make a check not apply, and the tolerance of a
figure follows how it is written (``2,5`` is exact to +-0.05, ``970`` to +-0.5, ``ca``/``nästan``
widen it, ``över`` opens one side).

Each check is a named entry of ``CHECKS``: a pure function from the document (its records and text)
to results, with Swedish examples that the tests run through the whole pipeline. ``run_checks``
turns results into ``checks.jsonl`` rows (stable ids) and lists each row's id on the records it
involves (``record["checks"]``, the only field it adds). It reads the records and never changes what was
extracted.
The cue words live in ``models/lexicon/sv/checks.json``.
"""
from __future__ import annotations

import hashlib
import logging
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable

from pipeline import lexicon
from pipeline.lexicon import Lexicon

log = logging.getLogger("pipeline")

INF = math.inf
CHECK_SCHEMA_VERSION = "1.0"


# --- figures and their tolerances ----------------------------------------------------------------

@dataclass
class Fig:
    """A record as the checks see it: where it stands and (computed when a check first asks) the
    interval its written figure allows."""
    i: int                 # index in the document's records
    rec: dict
    q: dict
    value: float | None
    sent: int
    start: int
    end: int
    cfg: dict = field(repr=False, default_factory=dict)

    @cached_property
    def _iv(self) -> tuple[float, float, float]:
        return interval(self.q, self.cfg) or (-INF, INF, 1.0)

    @property
    def lo(self) -> float:
        return self._iv[0]

    @property
    def hi(self) -> float:
        return self._iv[1]

    @property
    def scale(self) -> float:
        """Value of one written unit ('970 Mkr': 1e6)."""
        return self._iv[2]

    @property
    def unit(self) -> str:
        return self.q["unit"]

    @property
    def kind(self) -> str:
        return self.q["kind"]

    @property
    def change(self) -> dict:
        return self.rec.get("change") or {}

    @property
    def direction(self):
        return self.change.get("direction")

    @property
    def has_ends(self) -> bool:
        return self.change.get("from_value") is not None and self.change.get("to_value") is not None

    @property
    def time(self):
        t = self.rec.get("time")
        return (t.get("start"), t.get("end")) if t and t.get("start") else None

    @property
    def text(self) -> str:
        return self.q["text"]


_DIGITS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^\d+(?:[,.]\d+)?$")


@lru_cache(maxsize=4096)
def written_number(value_text: str | None) -> tuple[float, float] | None:
    """(the number as written, half its last written digit) for a figure written in digits, else None.
    '2,5' -> (2.5, 0.05); '970' -> (970, 0.5); from a thousand up, trailing zeros may be rounding, to two
    significant digits at most ('50 000' -> (50000, 500), '8 000' -> (8000, 50), '1 250' -> (1250, 5));
    '1.250' is a thousands point."""
    if not value_text:
        return None
    t = value_text.strip().lstrip("+-−±")
    if not _DIGITS.match(t):
        return None
    t = t.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if "," in t or ("." in t and len(t.split(".")[1]) != 3):
        whole, dec = re.split(r"[,.]", t)
        return float(f"{whole}.{dec}"), 0.5 * 10 ** -len(dec)
    t = t.replace(".", "")
    digits = t.lstrip("0")
    zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 2) if len(digits) >= 4 else 0
    return float(t), 0.5 * 10 ** max(zeros, 0)


def _ratio_interval(v: float, tol: float) -> tuple[float, float]:
    """A proportion in words: 'var tredje' is 1/3 and covers what lies nearer 1/3 than 1/2 or 1/4;
    others ('nio av tio') get +-tol."""
    if 0 < v <= 0.5:
        n = round(1 / v)
        if abs(1 / v - n) < 1e-6 and n >= 2:
            lower = (1 / n + 1 / (n + 1)) / 2
            upper = (1 / n + 1 / (n - 1)) / 2 if n > 2 else 0.75
            return lower, upper
    return max(0.0, v - tol), min(1.0, v + tol)


def interval(q: dict, cfg: dict) -> tuple[float, float, float] | None:
    """(low, high, scale): every value the figure as written allows under its rounding and bound."""
    v = q.get("value")
    if q.get("kind") == "ratio" and v is not None and not written_number(q.get("value_text")):
        lo, hi = _ratio_interval(abs(v), cfg["ratio_word_tolerance"])
        return lo, hi, 1.0
    w = written_number(q.get("value_text"))
    if v is None:
        if q.get("low") is None or q.get("high") is None:
            return None
        scale = abs(q["low"]) / w[0] if w and w[0] else 1.0
        half = (w[1] * scale) if w else 0.0
        return q["low"] - half, q["high"] + half, scale
    if w and w[0]:
        scale = abs(v) / w[0]
        half = w[1] * scale
    else:            # a number word ('tre miljoner'): rounded to its first digit at most
        scale = 1.0
        half = 0.5 * 10 ** math.floor(math.log10(abs(v))) if abs(v) >= 1 else 0.0
    lo, hi = v - half, v + half
    bound, qual = q.get("bound"), (q.get("qualifier") or "").lower()
    tol = abs(v) * cfg["approx_tolerance"]
    if bound == "approx":
        side = cfg["qualifier_sides"].get(qual)
        lo, hi = (lo if side == "above" else lo - tol), (hi if side == "below" else hi + tol)
    elif bound in ("more_than", "at_least"):
        hi = INF
    elif bound in ("less_than", "at_most"):
        lo = -INF
    return lo, hi, scale


def disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    eps = 1e-9 * max(1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x)))
    return a[0] > b[1] + eps or b[0] > a[1] + eps


# --- the document as the checks see it -------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class CheckWords:
    """What the checks read from the lexicon, compiled once per lexicon (``check_words``, through
    ``Lexicon.derived``): checks.json (``cfg``: cue lists, tolerances, limits) and its cue lists as patterns, the
    multiplicative verbs of numbers.json and the change-column headers of tables.json."""
    cfg: dict
    cues: dict                        # checks.json word lists as compiled patterns (``_cue_patterns``)
    multiplicatives: dict             # 'fördubblades': a factor the checks compute with
    change_headers: tuple             # a change column ('Förändring') is no part of a sum


def check_words(lex: Lexicon) -> CheckWords:
    """The builder of ``CheckWords`` for ``Lexicon.derived``."""
    return CheckWords(cfg=lex.checks, cues=_cue_patterns(lex.checks), multiplicatives=lex.numbers.get("multiplicatives", {}),
                      change_headers=tuple(lex.tables["change_headers"]))


def _cue_patterns(cfg: dict) -> dict:
    """The checks.json word lists as compiled patterns."""
    w = r"(?<![\wåäö])(?:{})(?![\wåäö])"
    pats = {k: re.compile(w.format(lexicon.alternation(cfg[k], flexible_spaces=True)), re.I)
            for k in lexicon.CHECK_WORD_LISTS}
    pats["by_links$"] = re.compile(r"(?<![\wåäö])(?:" + lexicon.alternation(cfg["by_links"]) + r")\s*$", re.I)
    pats["whole_of$"] = re.compile(r"(?<![\wåäö])(?:" + lexicon.alternation(cfg["whole_of"], flexible_spaces=True)
                                   + r")\s*$", re.I)
    pats["^total_cues"] = re.compile(r"^\s*(?:" + lexicon.alternation(cfg["total_cues"], flexible_spaces=True)
                                     + r")(?![\wåäö])", re.I)
    pats["share_noun"] = re.compile(r"(?<![\wåäö])(?:" + lexicon.alternation(cfg["share_nouns"]) + ")", re.I)
    pats["own_base"] = re.compile(r"^\s+(?:" + lexicon.alternation(cfg["base_links"]) + r")\s+['\"«»”’‘]?\s*(\w+(?:\s+\w+)?)", re.I)
    link = lexicon.alternation(cfg["equivalence_links"], flexible_spaces=True)
    pats["equivalent"] = re.compile(r"\s*(?:[\wåäö]+\s*){0,3}(?:[,(–:-]\s*(?:(?:" + link + r")\s+)?|(?:" + link + r")\s+)", re.I)
    return pats


class Doc:
    """Records of one document with their intervals, grouped by sentence, and the document text."""

    def __init__(self, text: str | None, records: list[dict], words: CheckWords):
        self.text = text or ""
        self.records = records
        self.cfg = cfg = words.cfg
        self.multiplicatives = words.multiplicatives
        self.lex_change_headers = words.change_headers   # tables.json change_headers ('förändring')
        self.figs: list[Fig] = []
        self.by_sent: dict[int, list[Fig]] = {}
        for i, rec in enumerate(records):
            q = rec.get("quantity") or {}
            if q.get("value") is None and (q.get("low") is None or q.get("high") is None):
                continue            # no figure to compute with
            s = rec.get("sentence") or {}
            f = Fig(i, rec, q, q.get("value"), s.get("index", -1), q["char_start"], q["char_end"], cfg)
            self.figs.append(f)
            self.by_sent.setdefault(f.sent, []).append(f)
        self.cues = words.cues
        self._pairs: list | None = None
        self._triples: list | None = None
        self._multiple_answers: bool | None = None

    @property
    def multiple_answers(self) -> bool:
        """Does the document say its shares may add up to more than 100 ('flera svar möjliga')? Looked up
        only when shares over 100 are found: a whole-text search costs more than all the checks."""
        if self._multiple_answers is None:
            self._multiple_answers = self.has("multiple_answers", self.text)
        return self._multiple_answers

    def between(self, a: Fig, b: Fig) -> str:
        return self.text[a.end:b.start] if self.text else ""

    def before(self, f: Fig, n: int = 60) -> str:
        """Text of f's sentence before it (at most n characters)."""
        s0 = (f.rec.get("sentence") or {}).get("char_start", 0)
        return self.text[max(s0, f.start - n):f.start] if self.text else ""

    def after(self, f: Fig, n: int = 30) -> str:
        s1 = (f.rec.get("sentence") or {}).get("char_end", f.end)
        return self.text[f.end:min(s1, f.end + n)] if self.text else ""

    def has(self, key: str, text: str) -> bool:
        """Does ``text`` hold a word of the checks.json list ``key``?"""
        return bool(self.cues[key].search(text))



@dataclass
class Result:
    check: str
    status: str                  # consistent | inconsistent
    figs: list[Fig]
    stated: dict
    computed: dict
    explanation: str


# --- formatting ------------------------------------------------------------------------------------

def fmt(x: float) -> str:
    """Swedish number: '1 137', '2,5', '-3,2'."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    r = round(x, 2)
    if abs(r - round(r)) < 1e-9:
        s = f"{int(round(r)):,}".replace(",", " ")
    else:
        s = f"{r:,.2f}".rstrip("0").replace(",", " ").replace(".", ",")
    return s.replace("-", "−") if s.startswith("-") else s


def label(f: Fig) -> str:
    """The unit as written for f ('Mkr', 'miljoner kronor', 'procent')."""
    q = f.q
    parts = [q.get("scale_text"), q.get("unit_text")]
    lab = " ".join(p for p in parts if p)
    if not lab and q.get("kind") in ("percent", "percentage_point"):
        lab = "procent" if q["kind"] == "percent" else "procentenheter"
    return lab


def shown(f: Fig, x: float, unit: bool = True) -> str:
    s = fmt(x / f.scale if f.scale else x)
    lab = label(f) if unit else ""
    return f"{s} {lab}".strip()


def value_obj(f: Fig) -> dict:
    return {"text": f.text, "value": f.value, "low": _fin(f.lo), "high": _fin(f.hi), "unit": f.unit}


def computed_obj(value: float, lo: float, hi: float, unit: str, text: str) -> dict:
    return {"text": text, "value": value, "low": _fin(lo), "high": _fin(hi), "unit": unit}


def _fin(x: float) -> float | None:
    return x if math.isfinite(x) else None


# --- shared link finding ---------------------------------------------------------------------------

def plain_level(f: Fig) -> bool:
    """A figure that states a level, not a change, a comparison or a rate."""
    ch = f.change
    return not ch.get("direction") and ch.get("from_value") is None and not ch.get("baseline")


def end_pairs(doc: Doc) -> list[tuple[Fig, Fig, int]]:
    """(from figure, to figure, index of the to-figure in its sentence) of 'från 120 till 150' in one
    sentence (both records carry the ends); computed once per document."""
    if doc._pairs is None:
        doc._pairs = list(_end_pairs(doc))
    return doc._pairs


def _end_pairs(doc: Doc):
    for figs in doc.by_sent.values():
        for k in range(1, len(figs)):
            a, b = figs[k - 1], figs[k]
            ca, cb = a.change, b.change
            if not (a.has_ends and b.has_ends) or a.value is None or b.value is None:
                continue
            if (ca["from_value"], ca["to_value"]) != (cb["from_value"], cb["to_value"]):
                continue
            if not (_close(a.value, ca["from_value"]) and _close(b.value, cb["to_value"])) or a.unit != b.unit:
                continue
            yield a, b, k


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


_CELL = re.compile(r"[\t\n]")                    # figures across a tab or line break are table cells
_DIGIT_OR_CELL = re.compile(r"[\d\t\n]")
# '62 procent av kvinnorna', "70 procent av 'världsinkomsten'": a share with its own whole
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")      # a year may stand in a link ('till 150 under 2023, en ökning')


def _linked(doc: Doc, between: str, key: str) -> bool:
    """Two figures joined by a short digit-free link holding one of the ``key`` words (or a bracket)."""
    if len(between) > doc.cfg["max_link_chars"] or _DIGIT_OR_CELL.search(_YEAR.sub("", between)) \
            or doc.has("comparison_breaks", between):
        return False
    return doc.has(key, between) or between.strip() in ("(", ",", "–", "-", ":")


def _ratio_iv(a: Fig, b: Fig) -> tuple[float, float] | None:
    """Interval of b / a for positive figures."""
    if a.lo <= 0 or not math.isfinite(a.hi) or not math.isfinite(b.hi) or b.lo < 0:
        return None
    return b.lo / a.hi, b.hi / a.lo


def _magnitude(lo: float, hi: float) -> tuple[float, float]:
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return 0.0, max(-lo, hi)


def _stated_mag(f: Fig) -> tuple[float, float]:
    return _magnitude(f.lo, f.hi)


# --- check: a change against its ends -------------------------------------------------------------

def _stated_change(doc: Doc, figs: list[Fig], a: Fig, b: Fig, k: int) -> Fig | None:
    """The change stated next to 'från a till b' ('..., en ökning med 25 procent'; '(+25 %)'; or before it)."""
    cands = []
    if k + 1 < len(figs):
        cands.append((figs[k + 1], doc.between(b, figs[k + 1])))
    if k - 2 >= 0:
        cands.append((figs[k - 2], doc.between(figs[k - 2], a)))
    for c, between in cands:
        if c.has_ends or c.q.get("per") or c.value is None:
            continue
        if not (c.kind in ("percent", "percentage_point") or c.unit == b.unit):
            continue
        if _linked(doc, between, "change_links"):
            return c
    return None


def ends_and_change(doc: Doc) -> list[tuple[Fig, Fig, Fig]]:
    """(from, to, stated change) triples of the document, linked once for both checks that use them."""
    if doc._triples is None:
        doc._triples = []
        for a, b, k in end_pairs(doc):
            c = _stated_change(doc, doc.by_sent[a.sent], a, b, k)
            if c is not None:
                doc._triples.append((a, b, c))
    return doc._triples


def check_change_ends(doc: Doc) -> list[Result]:
    out = []
    for a, b, c in ends_and_change(doc):
        if a.unit == "percent" and c.kind in ("percent", "percentage_point"):
            r = _percent_points(doc, a, b, c)
            if r is not None and r.check == "change_ends":      # neither reading fits: a plain wrong change
                out.append(r)
            continue
        if c.kind == "percent" and a.unit != "percent":
            ratio = _ratio_iv(a, b)
            if ratio is None:
                continue
            comp = _magnitude((ratio[0] - 1) * 100, (ratio[1] - 1) * 100)
            value = abs(b.value / a.value - 1) * 100
            what = f"{shown(a, a.value, False)} → {shown(b, b.value)} is a change of {fmt(value)} procent"
        elif c.unit == b.unit and c.kind == b.kind:
            comp = _magnitude(b.lo - a.hi, b.hi - a.lo)
            value = abs(b.value - a.value)
            what = f"{shown(a, a.value, False)} → {shown(b, b.value)} is a change of {shown(b, value)}"
        else:
            continue
        stated = _stated_mag(c)
        bad = disjoint(stated, comp)
        out.append(Result("change_ends", "inconsistent" if bad else "consistent", [a, b, c], value_obj(c),
                          computed_obj(value, comp[0], comp[1], c.unit, fmt(value)),
                          f"{what}, stated {c.text}"))
    out.extend(_implied_end(doc))
    return out


def _implied_end(doc: Doc) -> list[Result]:
    """'minskade med 1 250 till 5 130' gives the old value 6 380, which an earlier figure of the same
    subject for the period before may contradict."""
    out = []
    cfg = doc.cfg
    for figs in doc.by_sent.values():
        for k in range(len(figs) - 1):
            a, b = figs[k], figs[k + 1]
            if a.direction not in ("increase", "decrease") or b.has_ends or a.has_ends or a.value is None or b.value is None:
                continue
            if doc.between(a, b).strip().lower() not in cfg["to_links"]:
                continue
            if not doc.cues["by_links$"].search(doc.before(a, 20)):
                continue
            sign = 1 if a.direction == "increase" else -1
            if a.unit == b.unit and a.kind == b.kind and not a.q.get("per") and not b.q.get("per"):
                lo, hi = b.lo - sign * (a.hi if sign > 0 else a.lo), b.hi - sign * (a.lo if sign > 0 else a.hi)
                old = b.value - sign * a.value
                how = f"{shown(b, b.value)} {'−' if sign > 0 else '+'} {shown(b, a.value, False)}"
            elif a.kind == "percent" and b.kind not in ("percent", "percentage_point") and 0 < a.lo and a.hi < 100:
                f_lo, f_hi = 1 + sign * a.lo / 100, 1 + sign * a.hi / 100
                lo, hi = b.lo / max(f_lo, f_hi), b.hi / min(f_lo, f_hi)
                old = b.value / (1 + sign * a.value / 100)
                how = f"{shown(b, b.value)} / {fmt(1 + sign * a.value / 100)}"
            else:
                continue
            e = _earlier_level(doc, a, b)
            if e is None:
                continue
            bad = disjoint((e.lo, e.hi), (lo, hi))
            out.append(Result("change_ends", "inconsistent" if bad else "consistent", [e, a, b], value_obj(e),
                              computed_obj(old, lo, hi, b.unit, shown(b, old)),
                              f"{a.text} till {b.text} means {how} = {shown(b, old)} before, stated earlier {e.text}"))
    return out


def _subject(f: Fig) -> str | None:
    s = f.rec.get("subject")
    if not s:
        return None
    s = " ".join(s.lower().split())
    return s if len(s.split()) >= 2 else None


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _earlier_level(doc: Doc, a: Fig, b: Fig) -> Fig | None:
    """The one earlier figure giving the level b changed from: same unit, subject (or counted thing),
    a plain level, for the period before b's (or b's baseline)."""
    if b.time is None:
        return None
    base = (b.change.get("baseline") or {})
    prev_years = {_year(b.time[0]) - 1} if _year(b.time[0]) else set()
    if base.get("end"):
        prev_years.add(_year(base["end"]))
    found = []
    for e in doc.figs:
        if e.sent >= b.sent or e.unit != b.unit or e.kind != b.kind or e.q.get("per") != b.q.get("per"):
            continue
        if not plain_level(e) or e.time is None or _year(e.time[1]) not in prev_years:
            continue
        same = (_subject(e) and _subject(e) in (_subject(a), _subject(b))) or \
            (e.q.get("entity") and e.q.get("entity") == b.q.get("entity"))
        if same:
            found.append(e)
    return found[0] if len(found) == 1 else None


# --- check: percent vs percentage points ------------------------------------------------------------

def _percent_points(doc: Doc, a: Fig, b: Fig, c: Fig) -> Result | None:
    """Ends in percent and a stated change: 'procent' must be the relative change, 'procentenheter'
    the difference; a figure that fits only the other reading is the mix-up."""
    ratio = _ratio_iv(a, b)
    diff = _magnitude(b.lo - a.hi, b.hi - a.lo)
    rel = _magnitude((ratio[0] - 1) * 100, (ratio[1] - 1) * 100) if ratio else None
    d_val, r_val = abs(b.value - a.value), (abs(b.value / a.value - 1) * 100 if a.value else None)
    stated = _stated_mag(c)
    fits_diff = not disjoint(stated, diff)
    fits_rel = rel is not None and not disjoint(stated, rel)
    ends = f"{fmt(a.value)} → {fmt(b.value)} procent"
    readings = f"{fmt(d_val)} procentenheter" + (f" or {fmt(r_val)} procent" if r_val is not None else "")
    if c.kind == "percentage_point":
        right, other, comp, val = fits_diff, fits_rel, diff, d_val
    else:
        if rel is None:
            return None
        right, other, comp, val = fits_rel, fits_diff, rel, r_val
    if right:
        status = "consistent"
    elif other:
        status = "inconsistent"
    else:
        return Result("change_ends", "inconsistent", [a, b, c], value_obj(c),
                      computed_obj(val, comp[0], comp[1], c.unit, fmt(val)),
                      f"{ends} is {readings}, stated {c.text}")
    return Result("percent_points", status, [a, b, c], value_obj(c), computed_obj(val, comp[0], comp[1], c.unit, fmt(val)),
                  f"{ends} is {readings}, stated {c.text}")


def check_percent_points(doc: Doc) -> list[Result]:
    out = []
    for a, b, c in ends_and_change(doc):
        if a.unit == "percent" and c.kind in ("percent", "percentage_point"):
            r = _percent_points(doc, a, b, c)
            if r is not None and r.check == "percent_points":
                out.append(r)
    return out


# --- check: parts against their whole ---------------------------------------------------------------

def _clause_before(doc: Doc, f: Fig, figs: list[Fig], k: int) -> str:
    """Text of f's sentence before it, back to the previous figure."""
    s0 = (f.rec.get("sentence") or {}).get("char_start", 0)
    start = figs[k - 1].end if k > 0 else s0
    return doc.text[start:f.start] if doc.text else ""


def _total_role(doc: Doc, figs: list[Fig], k: int) -> str | None:
    """'total' when a total cue names figs[k] the whole ('totalt 970 Mkr', '970 Mkr totalt',
    'av de 500 miljonerna'); None otherwise."""
    f = figs[k]
    before = _CELL.split(_clause_before(doc, f, figs, k))[-1][-40:]
    if doc.has("total_cues", before):
        return "total"
    if doc.cues["whole_of$"].search(before):
        return "whole_of"
    after = doc.after(f, 14)
    nxt = figs[k + 1].start if k + 1 < len(figs) else None
    if doc.cues["^total_cues"].match(after) and \
            (nxt is None or nxt > f.end + len(after)):
        return "total"
    return None


def _as_part(t: Fig, p: Fig) -> tuple[float, float, float, str] | None:
    """(low, high, value, shown) of p as a part of t's total, or None when p is not one.
    A rate per year over a period of years counts that many times; a bare number after a total with a
    scale word takes its scale ('av de 500 miljonerna går 300 till vården')."""
    if p.value is None or not plain_level(p) or p.kind in ("percent", "percentage_point", "ratio", "ordinal"):
        return None
    lo, hi, value = p.lo, p.hi, p.value
    bare = p.q.get("unit_text") is None and p.q.get("scale_text") is None and p.q.get("entity") is None \
        and p.kind in ("count", "number") and t.scale > 1 and 0 < p.value < (t.value or 0) / t.scale
    if bare:
        return lo * t.scale, hi * t.scale, value * t.scale, fmt(p.value)
    if p.unit != t.unit:
        return None
    if _bare(p) and not _bare(t):
        return None         # '1.', '2.' after 'fyra syften:' number a list; a part carries a unit or a noun
    tp, pp = t.q.get("per"), p.q.get("per")
    if pp == tp:
        return lo, hi, value, fmt(value / t.scale)
    if pp == "year" and tp is None and p.time and (p.rec.get("time") or {}).get("grain", "year") == "year":
        y0, y1 = _year(p.time[0]), _year(p.time[1])
        if y0 is None or y1 is None or y1 <= y0:
            return None
        n = y1 - y0 + 1
        return lo * n, hi * n, value * n, f"{fmt(value / t.scale)} × {n}"
    return None


def _bare(f: Fig) -> bool:
    """A figure with no unit, scale word or counted noun of its own ('300' in '300 till vården')."""
    return f.q.get("unit_text") is None and f.q.get("scale_text") is None and f.q.get("entity") is None


def _within(t: Fig, p: Fig) -> bool:
    """p's period lies inside t's (or either has none)."""
    if t.time is None or p.time is None or (t.rec.get("time") or {}).get("source") == "publication_date":
        return True         # a period guessed from the publication date does not bound the parts
    (t0, t1), (p0, p1) = _years(t.time), _years(p.time)
    return t0 <= p0 and p1 <= t1


def _collect_parts(doc: Doc, t: Fig, seq: list[Fig], first_link: bool = True) -> list[tuple[Fig, tuple]] | None:
    """The figures of ``seq`` that make up t, in order, up to the first that cannot (another unit, a
    comparison, a table cell); None when one lies outside t's period (then the check does not apply)."""
    parts = []
    prev = t if first_link else None
    for p in seq:
        if prev is not None:
            between = doc.between(prev, p) if prev.end <= p.start else doc.between(p, prev)
            if doc.has("comparison_breaks", between) or len(between) > 80 or _CELL.search(between):
                break
        got = _as_part(t, p)
        if got is None:
            break
        if not _within(t, p):
            return None
        parts.append((p, got))
        prev = p
    return parts


def _period_total(t: Fig) -> bool:
    """Money over a span of years ('Malmö får ca 970 Mkr till 2028'): a sum over the span, whose parts
    may be given per period in the next sentence."""
    return t.kind == "money" and not t.q.get("per") and t.time is not None and _year(t.time[0]) is not None \
        and _year(t.time[1]) is not None and _year(t.time[1]) > _year(t.time[0])


def _disjoint_periods(parts) -> bool:
    spans = sorted((_year(p.time[0]), _year(p.time[1])) for p, _ in parts if p.time)
    if len(spans) != len(parts) or any(a is None or b is None for a, b in spans):
        return False
    return all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))


def _parts_for(doc: Doc, t: Fig, figs: list[Fig], k: int, role: str):
    """(parts, subset) of total t: the list after it in its sentence, else before it, else (for a
    period total or a list an anaphor opens: 'I år är det 22 Mkr, ...') in one of the next two sentences."""
    parts = _collect_parts(doc, t, figs[k + 1:])
    subset = bool(parts) and doc.has("subset_cues", doc.between(t, parts[0][0]))
    if parts and (len(parts) >= 2 or subset):
        return parts, subset
    parts = _collect_parts(doc, t, list(reversed(figs[:k])))
    if parts and len(parts) >= 2:
        return list(reversed(parts)), False
    if k + 1 < len(figs):
        return None, False
    for s in (t.sent + 1, t.sent + 2):
        nxt = doc.by_sent.get(s, [])
        if not nxt:
            continue
        sent_text = (nxt[0].rec.get("sentence") or {}).get("text", "")
        if not doc.has("part_anaphora", sent_text):
            return None, False
        parts = _collect_parts(doc, t, nxt, first_link=False)
        if parts and len(parts) == len(nxt) and len(parts) >= 2 and _disjoint_periods(parts) \
                and (role != "period" or any(p.q.get("per") == "year" for p, _ in parts)):
            return parts, False
        return None, False
    return None, False


def check_parts_whole(doc: Doc) -> list[Result]:
    out = []
    gate = doc.cfg["total_cues"] + doc.cfg["whole_of"]
    for figs in doc.by_sent.values():
        cued = None
        for k, t in enumerate(figs):
            if t.value is None or t.kind in ("percent", "percentage_point", "ratio", "ordinal") or not plain_level(t):
                continue
            if cued is None:      # a substring test per sentence (with a candidate) before any pattern per figure
                sent = ((figs[0].rec.get("sentence") or {}).get("text") or "").lower()
                cued = any(w in sent for w in gate)
            role = (_total_role(doc, figs, k) if cued else None) or ("period" if _period_total(t) else None)
            if role is None:
                continue
            parts, subset = _parts_for(doc, t, figs, k, role)
            if not parts or len(parts) < (1 if subset else 2):
                continue
            if role == "period" and not (_disjoint_periods(parts) and any(p.q.get("per") == "year" for p, _ in parts)):
                continue
            lo = sum(g[0] for _, g in parts)
            hi = sum(g[1] for _, g in parts)
            total = sum(g[2] for _, g in parts)
            sum_text = " + ".join(g[3] for _, g in parts) + f" = {shown(t, total)}"
            kind = "stated whole" if role == "whole_of" else "stated total"
            if lo > t.hi + 1e-9 * max(1.0, abs(t.hi)):
                status = "inconsistent"
            elif not disjoint((lo, hi), (t.lo, t.hi)) or (subset and hi <= t.hi):
                status = "consistent"
            else:
                continue          # less than the total: the list may simply be incomplete
            out.append(Result("parts_whole", status, [t] + [p for p, _ in parts], value_obj(t),
                              computed_obj(total, lo, hi, t.unit, shown(t, total)),
                              f"{sum_text}, {kind} {t.text}"))
    out.extend(_shares(doc))
    out.extend(_table_totals(doc))
    return out


_ROW_SPLIT = re.compile(r"\t|\|")
_RULE_ROW = re.compile(r"^[\s|:\-–—+]*$")          # '|---|---|' between a markdown header and its rows


def _table_cells(doc: Doc, seg: dict) -> list[list[tuple[str, int, int]]]:
    """Rows of a table segment (tab- or pipe-separated lines) as lists of (cell text, start, end), offsets
    into the document; the markdown rule row is dropped."""
    text, base = seg.get("text") or "", seg.get("char_start", 0)
    if doc.text[base:base + len(text)] != text:
        return []
    rows, pos = [], 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not _ROW_SPLIT.search(line) or _RULE_ROW.match(line):
            continue
        cells, c0 = [], 0
        for m in list(_ROW_SPLIT.finditer(line)) + [None]:
            c1 = m.start() if m else len(line)
            cells.append((line[c0:c1].strip(), base + start + c0, base + start + c1))
            c0 = m.end() if m else c1
        if line.lstrip().startswith("|"):
            cells = cells[1:]
        if line.rstrip().endswith("|"):
            cells = cells[:-1]
        rows.append(cells)
    return rows


def _table_totals(doc: Doc) -> list[Result]:
    """A table's total column ('Kvinnor | Män | Totalt') against the cells of its row, and its total row
    ('Totalt | 492 000 | 512 000') against the cells above in each column. Change columns ('Förändring')
    and percentages are left out; as in prose, parts over the total are flagged, parts under it not."""
    out = []
    change_heads = tuple(doc.lex_change_headers)
    for sent, figs in doc.by_sent.items():
        seg = figs[0].rec.get("sentence") or {}
        if "\n" not in (seg.get("text") or "") or len(figs) < 3:
            continue
        rows = _table_cells(doc, seg)
        if len(rows) < 2 or len({len(r) for r in rows}) != 1:
            continue
        def fig_at(cell):
            inside = [f for f in figs if cell[1] <= f.start and f.end <= cell[2]]
            return inside[0] if len(inside) == 1 and inside[0].text.strip() == cell[0].strip() else None
        header = [c[0].lower() for c in rows[0]]
        totals, percent = doc.cfg["table_total_headers"], doc.cfg["table_percent_headers"]
        is_total = [bool(doc.cues["total_cues"].fullmatch(h)) or h in totals for h in header]
        skip_col = [h.startswith(change_heads) or any(w in h for w in percent) for h in header]
        grid = [[fig_at(c) for c in r] for r in rows[1:]]
        labels = [r[0][0] for r in rows[1:]]

        def usable(f):
            return f is not None and f.value is not None and plain_level(f) and f.kind not in ("percent", "percentage_point", "ratio")

        # a total column: the row's other numeric cells are its parts
        for j, tot in enumerate(is_total):
            if not tot or j == 0 or skip_col[j]:
                continue
            for i, row in enumerate(grid):
                t = row[j]
                parts = [f for k, f in enumerate(row) if k not in (0, j) and not skip_col[k] and not is_total[k]]
                if not usable(t) or len(parts) < 2 or not all(usable(p) and p.unit == t.unit for p in parts):
                    continue
                out.extend(_table_result(t, parts, f"row '{labels[i]}'"))
        # a total row: the cells above it in each column are its parts
        for i, label in enumerate(labels):
            if not (doc.cues["total_cues"].fullmatch(label.lower()) or label.lower() in totals):
                continue
            for j in range(1, len(header)):
                if skip_col[j] or is_total[j]:
                    continue
                t = grid[i][j]
                parts = [grid[k][j] for k in range(i)]
                if not usable(t) or len(parts) < 2 or not all(usable(p) and p.unit == t.unit for p in parts):
                    continue
                out.extend(_table_result(t, parts, f"column '{rows[0][j][0]}'"))
    return out


def _table_result(t: Fig, parts: list[Fig], where: str) -> list[Result]:
    lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
    total = sum(p.value for p in parts)
    if lo > t.hi + 1e-9 * max(1.0, abs(t.hi)):
        status = "inconsistent"
    elif not disjoint((lo, hi), (t.lo, t.hi)):
        status = "consistent"
    else:
        return []
    sum_text = " + ".join(fmt(p.value / t.scale) for p in parts) + f" = {shown(t, total)}"
    return [Result("parts_whole", status, [t] + parts, value_obj(t), computed_obj(total, lo, hi, t.unit, shown(t, total)),
                   f"table {where}: {sum_text}, stated total {t.text}")]


def _shares(doc: Doc) -> list[Result]:
    """Percentages of one whole listed together ('45 procent ja, 40 procent nej och 25 procent vet inte')
    cannot add up to more than 100."""
    out = []
    for figs in doc.by_sent.values():
        pcts = [f for f in figs if f.kind == "percent" and plain_level(f) and not f.q.get("per") and f.value is not None]
        if len(pcts) < 2:
            continue
        sent = (figs[0].rec.get("sentence") or {}).get("text", "")
        if len(doc.cues["share_noun"].findall(sent)) > 1:       # 'andelen … och andelen …': different wholes
            continue
        run = [pcts[0]]
        runs = []
        for p in pcts[1:]:
            between = doc.between(run[-1], p)
            if len(between) <= 40 and not _DIGIT_OR_CELL.search(between) and not doc.has("comparison_breaks", between) \
                    and figs.index(p) == figs.index(run[-1]) + 1:
                run.append(p)
            else:
                runs.append(run)
                run = [p]
        runs.append(run)
        for run in runs:
            if len(run) < 2 or not doc.has("share_cues", doc.before(run[0], 200) + doc.between(run[0], run[-1])):
                continue
            if len({f.time for f in run}) > 1:
                continue
            bases = {m.group(1).lower() for f in run for m in [doc.cues["own_base"].match(doc.after(f, 30))] if m}
            if len(bases) > 1:
                continue
            lo, hi = sum(f.lo for f in run), sum(f.hi for f in run)
            total = sum(f.value for f in run)
            sum_text = " + ".join(fmt(f.value) for f in run) + f" = {fmt(total)} procent"
            if lo > 100 + 1e-9:
                if doc.multiple_answers:
                    continue
                status = "inconsistent"
            elif lo <= 100 <= hi:
                status = "consistent"
            else:
                continue
            out.append(Result("parts_whole", status, run, {"text": "100 procent", "value": 100.0, "low": 100.0, "high": 100.0,
                                                           "unit": "percent"},
                              computed_obj(total, lo, hi, "percent", fmt(total) + " procent"),
                              f"shares of one whole: {sum_text}, more than 100 procent" if status == "inconsistent"
                              else f"shares of one whole: {sum_text}"))
    return out


# --- check: the same figure stated twice ------------------------------------------------------------

def _restricted(doc: Doc, f: Fig, subj: str) -> bool:
    """f's sentence narrows the population or the measure outside its subject ('Bland unga ... var
    arbetslösheten', 'Den säsongsrensade arbetslösheten'): then it is not the same quantity."""
    sent = ((f.rec.get("sentence") or {}).get("text") or "").lower()
    pos = sent.find(subj)
    if pos < 0:
        return True
    rest = sent[:pos] + " " + sent[pos + len(subj):]
    return doc.has("restrictors", rest)


def _same_kind_of_statement(a: "Fig", b: "Fig") -> bool:
    """Whether two figures both state a change or both a level; an amount added ('120 miljoner kronor extra') is the
    amount a headline states without the word ('satsar 120 miljoner kronor'), so it counts as either."""
    extra = lambda f: ((f.change.get("cue") or {}).get("rule") == "extra")
    return bool(a.direction) == bool(b.direction) or extra(a) or extra(b)


def _restated_body(doc: Doc) -> list[Result]:
    groups: dict[tuple, list[Fig]] = {}
    for f in doc.figs:
        subj = _subject(f)
        if subj is None or f.time is None or not plain_level(f) or f.kind in ("ordinal", "number"):
            continue
        if f.rec.get("duplicate_of") or _restricted(doc, f, subj):
            continue
        target = "target" in (f.rec.get("claim_types") or [f.rec.get("claim_type")])
        key = (subj, f.unit, f.kind, f.q.get("per"), f.time, target, f.q.get("entity") or "")
        groups.setdefault(key, []).append(f)
    out = []
    for members in groups.values():
        first = members[0]
        for f in members[1:]:
            if f.sent == first.sent or f.text == first.text:
                continue
            out.append(_restated_result(first, f, f"{first.rec.get('subject')} {_period(first)}"))
    return out


def _restated_result(a: Fig, b: Fig, what: str) -> Result:
    bad = disjoint((a.lo, a.hi), (b.lo, b.hi))
    return Result("restated", "inconsistent" if bad else "consistent", [a, b], value_obj(b), value_obj(a),
                  f"{what.strip()}: stated {a.text} and {b.text}"
                  + (", which cannot both hold" if bad else ", compatible under rounding and bounds"))


def _same_size(a: Fig, b: Fig, factor: float = 2.0) -> bool:
    """Values of one order of size (within ``factor`` of each other): an open bound ('mer än 2 900 kronor')
    overlaps anything, so it cannot back or contradict '90 miljoner kronor'."""
    return bool(a.value and b.value and a.value * b.value > 0 and 1 / factor <= b.value / a.value <= factor)


def _headline(doc: Doc) -> list[Result]:
    """A figure in the title (or a heading) against the body. Backed when some body figure of the same
    unit allows its value; contradicted only when the lead (the first body sentences) holds exactly one
    figure of that unit, of the same order of size, that does not."""
    out = []
    lead_n = doc.cfg["lead_sentences"]
    body_sents = sorted(s for s, figs in doc.by_sent.items()
                        if any((f.rec.get("sentence") or {}).get("kind") in ("sentence", "bullet") for f in figs))
    heads = [h for h in doc.figs if (h.rec.get("sentence") or {}).get("kind") in ("title", "heading")
             and "\t" not in (h.rec.get("sentence") or {}).get("text", "")]     # one row of an HTML table: cells
    if not heads:
        return []
    body: dict[tuple, list[Fig]] = {}
    for f in doc.figs:
        if (f.rec.get("sentence") or {}).get("kind") in ("sentence", "bullet"):
            body.setdefault((f.unit, f.kind), []).append(f)
    for h in heads:
        if h.value is None:
            continue
        if h.kind in ("ordinal", "number", "ratio"):
            continue
        same = [f for f in body.get((h.unit, h.kind), ()) if f.sent > h.sent and f.q.get("per") == h.q.get("per")
                and _same_kind_of_statement(f, h) and f.value is not None
                and (not h.q.get("entity") or not f.q.get("entity") or h.q["entity"] == f.q["entity"])
                and _years_overlap(h.time, f.time)]
        if not same:
            continue
        backed = [f for f in same if not disjoint((h.lo, h.hi), (f.lo, f.hi)) and _same_size(h, f)]
        if backed:
            out.append(_restated_result(h, backed[0], "headline and body"))
            continue
        lead = set(s for s in body_sents if s > h.sent)
        lead = set(sorted(lead)[:lead_n])
        lead_figs = [f for f in doc.figs if f.sent in lead and f.unit == h.unit and f.kind == h.kind]
        if len(lead_figs) != 1 or lead_figs[0] not in same:
            continue
        b = lead_figs[0]
        if _same_size(h, b, 1.5):
            out.append(_restated_result(h, b, "headline and lead"))
    return out


def check_restated(doc: Doc) -> list[Result]:
    """One quantity (same subject, unit, rate and period, or a headline and its lead) given twice with
    values no rounding or bound can reconcile ('1,2 miljarder' and '970 Mkr' for the same budget)."""
    return _headline(doc) + _restated_body(doc)


def _period(f: Fig) -> str:
    t = f.time
    if not t:
        return ""
    return t[0] if t[0] == t[1] else f"{t[0]}–{t[1]}"


# --- check: derived figures -------------------------------------------------------------------------

def check_derived(doc: Doc) -> list[Result]:
    out = []
    cfg = doc.cfg
    for figs in doc.by_sent.values():
        # 'var tredje' next to '33 procent'
        for a, b in zip(figs, figs[1:]):
            pair = (a, b) if a.kind == "ratio" else (b, a)
            r, p = pair
            if r.kind != "ratio" or p.kind != "percent" or written_number(r.q.get("value_text")) or r.value is None:
                continue
            if not plain_level(p) or p.q.get("per"):
                continue
            if not _equivalent(doc, doc.between(a, b)):
                continue
            comp = (r.lo * 100, r.hi * 100)
            bad = disjoint(comp, (p.lo, p.hi))
            out.append(Result("derived", "inconsistent" if bad else "consistent", [a, b], value_obj(p),
                              computed_obj(r.value * 100, comp[0], comp[1], "percent", fmt(r.value * 100) + " procent"),
                              f"{r.text} is {fmt(r.value * 100)} procent (about {fmt(comp[0])}–{fmt(comp[1])}), stated {p.text}"))
    # 'fördubblats' next to 'från 400 till 800'
    for a, b, k in end_pairs(doc):
        for m in doc.by_sent[a.sent]:
            word = (m.q.get("value_text") or "").lower()
            spec = doc.multiplicatives.get(word)
            if spec is None or m.value is None:
                continue
            ratio = _ratio_iv(a, b)
            if ratio is None:
                continue
            t = cfg["factor_tolerance"]
            f_lo, f_hi = m.value * (1 - t), m.value * (1 + t)
            if m.q.get("bound") == "approx":
                side = cfg["qualifier_sides"].get((m.q.get("qualifier") or "").lower())
                f_lo, f_hi = (f_lo if side == "above" else f_lo * (1 - t)), (f_hi if side == "below" else f_hi * (1 + t))
            bad = disjoint((f_lo, f_hi), ratio)
            val = b.value / a.value
            out.append(Result("derived", "inconsistent" if bad else "consistent", [m, a, b],
                              {"text": m.text, "value": m.value, "low": f_lo, "high": f_hi, "unit": "factor"},
                              computed_obj(val, ratio[0], ratio[1], "factor", fmt(val)),
                              f"{shown(a, a.value, False)} → {shown(b, b.value)} is a factor of {fmt(val)}, stated {m.text}"))
    out.extend(_per_capita(doc))
    return out


def _equivalent(doc: Doc, between: str) -> bool:
    """Two writings of one figure side by side: 'var tredje elev, 33 procent', 'hälften (50 procent)',
    'var fjärde, eller 25 procent' (at most three words, 'av hushållen', then a comma, bracket or equivalence word)."""
    if len(between) > 30 or _DIGIT_OR_CELL.search(between):
        return False
    return bool(doc.cues["equivalent"].fullmatch(between))


def _per_capita(doc: Doc) -> list[Result]:
    """'2 500 kronor per invånare' x '50 000 invånare' against a total stated with a total cue nearby."""
    out = []
    pop_nouns = set(doc.cfg["population_nouns"])
    for r in doc.figs:
        if r.q.get("per") != "capita" or r.value is None or not plain_level(r):
            continue
        near = [f for s in (r.sent - 1, r.sent, r.sent + 1) for f in doc.by_sent.get(s, [])]
        pops = [f for f in near if f.kind == "count" and (f.q.get("entity") or "").lower() in pop_nouns
                and f.value is not None and plain_level(f)]
        totals = []
        for s in (r.sent - 1, r.sent, r.sent + 1):
            figs = doc.by_sent.get(s, [])
            for k, f in enumerate(figs):
                if f is r or f.unit != r.unit or f.q.get("per") or not plain_level(f) or f.value is None:
                    continue
                if _total_role(doc, figs, k) == "total":
                    totals.append(f)
        if len(pops) != 1 or len(totals) != 1:
            continue
        p, t = pops[0], totals[0]
        if len({x.time for x in (r, p, t) if x.time}) > 1:
            continue
        lo, hi = r.lo * p.lo, r.hi * p.hi
        val = r.value * p.value
        bad = disjoint((lo, hi), (t.lo, t.hi))
        out.append(Result("derived", "inconsistent" if bad else "consistent", [r, p, t], value_obj(t),
                          computed_obj(val, lo, hi, t.unit, shown(t, val)),
                          f"{r.text} × {p.text} = {shown(t, val)}, stated total {t.text}"))
    return out


# --- the registry -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Doc], list[Result]]
    about: str
    examples: tuple[tuple[str, str], ...]     # (Swedish text, expected status | 'none')


CHECKS: tuple[Check, ...] = (
    Check("change_ends", check_change_ends,
          "a stated change against its from/to values; a change 'med X till Y' against an earlier figure for the period before",
          (("Antalet besökare ökade från 120 till 150, en ökning med 40 procent.", "inconsistent"),
           ("Antalet besökare ökade från 120 till 150, en ökning med 25 procent.", "consistent"),
           ("Kostnaden steg från 2,4 till 3,0 miljoner kronor, en ökning med 0,6 miljoner kronor.", "consistent"),
           ("Kostnaden steg från 2,4 till 3,0 miljoner kronor, en ökning med 0,9 miljoner kronor.", "inconsistent"),
           ("Personalstyrkan var 6 500 anställda under 2020. Under 2021 minskade antalet anställda med 1 250 till 5 130.",
            "none"),
           ("Antalet besökare ökade från 120 till 150. 40 procent av dem var barn.", "none"))),
    Check("percent_points", check_percent_points,
          "a change between two percentages stated in 'procent' must be relative, in 'procentenheter' the difference",
          (("Andelen steg från 10 till 12 procent, en ökning med 2 procent.", "inconsistent"),
           ("Andelen steg från 12 till 15 procent, alltså 3 procentenheter.", "consistent"),
           ("Räntan höjdes från 2,0 till 2,5 procent, en höjning med 25 procent.", "consistent"),
           ("Arbetslösheten sjönk från 8,0 till 6,0 procent, en minskning med 25 procentenheter.", "inconsistent"))),
    Check("parts_whole", check_parts_whole,
          "parts (rates times periods included) against the total they make up; shares of one whole over 100 percent",
          (("Staden får totalt 970 Mkr till 2033: i år 22 Mkr, nästa år 71 Mkr och därefter 116 Mkr per år fram till 2033.",
            "inconsistent"),
           ("Av de 500 miljonerna går 300 till vården och 250 till skolan.", "inconsistent"),
           ("Totalt satsas 90 miljoner kronor, varav 50 miljoner kronor på vården och 40 miljoner kronor på skolan.",
            "consistent"),
           ("Av de tillfrågade svarade 45 procent ja, 40 procent nej och 25 procent vet inte.", "inconsistent"),
           ("Av de tillfrågade svarade 52 procent ja, 38 procent nej och 10 procent vet inte.", "consistent"),
           ("Totalt 300 miljoner kronor satsas i år, jämfört med 400 miljoner kronor i fjol.", "none"))),
    Check("restated", check_restated,
          "the same quantity (subject, unit, rate, period) stated twice with values no rounding or bound reconciles",
          (("Antalet elever i grundskolan var 12 400 under 2023. Enligt rektorerna var antalet elever i grundskolan "
            "14 100 under 2023.", "inconsistent"),
           ("Antalet elever i grundskolan var ca 12 400 under 2023. Enligt rektorerna var antalet elever i grundskolan "
            "nästan 12 500 under 2023.", "consistent"),
           ("Antalet elever i grundskolan var 12 400 under 2023. Antalet elever i grundskolan var 14 100 under 2024.",
            "none"),
           ("Nästan 1 miljard till skolan\n\nKommunen satsar ca 970 miljoner kronor på skolan fram till 2030.", "consistent"),
           ("1,2 miljarder till skolan\n\nKommunen satsar 970 miljoner kronor på skolan fram till 2030.", "inconsistent"),
           ("1,2 miljarder till skolan\n\nKommunen satsar 970 miljoner kronor på skolan och 230 miljoner kronor på "
            "fritidshemmen fram till 2030.", "none"))),
    Check("derived", check_derived,
          "figures derived from others: a proportion in words and its percentage, a stated factor and its ends, "
          "per-capita times population against the total",
          (("Var tredje elev, 33 procent, äter inte frukost.", "consistent"),
           ("Var tredje elev, eller 25 procent, äter inte frukost.", "inconsistent"),
           ("Antalet laddstolpar har fördubblats från 400 till 800 sedan 2020.", "consistent"),
           ("Antalet laddstolpar har fördubblats från 400 till 600 sedan 2020.", "inconsistent"),
           ("Kommunen har 50 000 invånare och avgiften är 2 500 kronor per invånare, totalt 125 miljoner kronor.",
            "consistent"),
           ("Kommunen har 50 000 invånare och avgiften är 2 500 kronor per invånare, totalt 200 miljoner kronor.",
            "inconsistent"))),
)

CHECK_NAMES = tuple(c.name for c in CHECKS)


def check_id(doc_id: str, check: str, claim_ids: list[str]) -> str:
    """Stable id: the same document text gives the same check ids (claim ids are stable)."""
    h = hashlib.sha256("\x1f".join([doc_id, check, *claim_ids]).encode()).hexdigest()
    return "k_" + h[:20]


def evaluate(text: str | None, records: list[dict], lex: Lexicon | None = None) -> list[Result]:
    """Every check on one document's records (pure; records untouched). ``lex``: the lexicon (None: the default)."""
    if len(records) < 2:          # every check relates two figures or more
        return []
    doc = Doc(text, records, (lex or lexicon.load()).derived(check_words))
    results = []
    for c in CHECKS:
        results.extend(c.run(doc))
    return results


def _years(t: tuple) -> tuple[str, str]:
    """A period's first and last year; an open end runs on ('sedan 1990' has no end)."""
    return (t[0] or "0000")[:4], (t[1] or "9999")[:4]


def _years_overlap(a: tuple | None, b: tuple | None) -> bool:
    """Whether two periods (start, end) share a year; an unknown period overlaps any."""
    if a is None or b is None:
        return True
    (a0, a1), (b0, b1) = _years(a), _years(b)
    return not (b1 < a0 or a1 < b0)


def run_checks(text: str | None, records: list[dict], lex: Lexicon | None = None) -> list[dict]:
    """The checks.jsonl rows of one document; each involved record gets the row ids in ``checks``.
    Never raises: a bug in a check loses the checks of this document, never its records."""
    if not records:
        return []
    try:
        results = evaluate(text, records, lex)
    except Exception:  # noqa: BLE001 - a check must not take extraction down with it
        log.warning("checks failed on %s", records[0].get("doc_id"), exc_info=True)
        return []
    rows, seen = [], set()
    doc_id = records[0]["doc_id"]
    for r in results:
        claim_ids = [f.rec["id"] for f in sorted(r.figs, key=lambda f: f.i)]
        cid = check_id(doc_id, r.check, claim_ids)
        if cid in seen:
            continue
        seen.add(cid)
        rows.append({"schema_version": CHECK_SCHEMA_VERSION, "id": cid, "doc_id": doc_id, "check": r.check,
                     "status": r.status, "claim_ids": claim_ids, "stated": r.stated, "computed": r.computed,
                     "explanation": r.explanation})
        for f in sorted(r.figs, key=lambda f: f.i):
            f.rec.setdefault("checks", [])
            if cid not in f.rec["checks"]:
                f.rec["checks"].append(cid)
    return rows
