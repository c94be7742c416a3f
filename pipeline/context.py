"""Claim context: which period a figure is about, what change it states, what it measures, who says so.

Quantities alone are not reviewable. These pure functions take one quantity,
its sentence and the time expressions around it, and return the record's
``time``, ``change``, ``subject``, ``attribution`` and ``claim_type``. The
rules follow how Swedish press texts put periods on figures: the same clause
first, then the sentence, then an earlier sentence of the paragraph, then
the heading that governs a list, then the publication date for
present-tense statements ('ligger nu på').
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .quantities import Quantity
from .times import TimeExpr, prior_period_label

@lru_cache(maxsize=1)
def _clause_split():
    words = "|".join(map(re.escape, lexicon.load().entities["clause_words"]))
    return re.compile(rf"[,;:]\s|\s[–—]\s|\s(?:{words})\s", re.I)


@lru_cache(maxsize=64)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Clause spans of a sentence: cut at commas, semicolons, dashes and coordinating words.

    Cached: every figure of a sentence asks for them several times."""
    cuts = [0]
    for m in _clause_split().finditer(text):
        cuts.append(m.start())
    cuts.append(len(text))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


def clause_of(text: str, start: int) -> tuple[int, int]:
    for a, b in clauses(text):
        if a <= start < b:
            return a, b
    return 0, len(text)


@lru_cache(maxsize=1)
def _words():
    lex = lexicon.load()
    ent = lex.entities
    return {
        "present": set(ent["present_state_verbs"]),
        "past": set(ent["past_markers"]),
        "finite": set(ent["finite_verbs"]) | {w for w in lex.change["increase"] + lex.change["decrease"] if " " not in w},
        "pronouns": set(ent["pronouns"]),
        "trailing": set(ent["subject_trailing"]),
        "determiners": set(ent["determiners"]),
        "anaphors": set(ent["anaphors"]),
        "adjective_endings": tuple(ent["adjective_endings"]),
        "heads": set(ent["subject_heads"]),
        "present_words": [w.lower() for w in lex.time["present_words"]],
        "increase": lex.change["increase"],
        "decrease": lex.change["decrease"],
        "comparatives": set(lex.change["comparatives"]),
        "rates_clause": sorted(lex.rates_clause.items(), key=lambda kv: -len(kv[0])),   # longest phrase first
        "rates_denominators": sorted(lex.rates_denominators.items(), key=lambda kv: -len(kv[0])),
    }


_WORD_IN = re.compile(r"[a-zåäöéü]+")


def _words_in(text: str) -> list[str]:
    return _WORD_IN.findall(text.lower())


# --- rates ----------------------------------------------------------------------------

def clause_rate(text: str, q: Quantity, qs: list[Quantity] = ()) -> str | None:
    """A rate word anywhere in the quantity's clause: 'Åtta företag startas dagligen'. A rate another amount of
    the clause already took ('4 procent per år hade riskerat 30 000 jobb') is that amount's."""
    if q.kind in ("duration", "ratio", "ordinal"):
        return None
    a, b = clause_of(text, q.core_start)
    taken = {o.per for o in qs if o is not q and o.per and a <= o.core_start < b}
    clause = " " + " ".join(text[a:b].lower().split()) + " "
    for phrase, per in _words()["rates_clause"]:
        if (f" {phrase} " in clause or f" {phrase}," in clause or f" {phrase}." in clause) and per not in taken:
            return per
    if q.kind in ("percent", "percentage_point"):        # 'Kostnaden per invånare ökade med 3 procent': not a rate
        return None
    for phrase, per in _words()["rates_denominators"]:
        if f" {phrase} " in clause:
            return per
    if q.kind == "money":                                # 'en månadshyra på 9 850 kronor'
        for word in _words_in(clause):
            if word in lexicon.load().rates_money:
                return lexicon.load().rates_money[word]
    return None


@lru_cache(maxsize=1)
def _elided_res():
    el = lexicon.load().rates_elided
    alt = lexicon.alternation
    return (re.compile(rf"(?:^|[\s,])(?:{alt(el['links'])})(?=[\s,]|$)", re.I),
            re.compile(rf"[\s,]*(?:{alt(el['before_links'])})[\s,]*", re.I),
            re.compile(rf"[\s,]*(?:{alt(el['after'])})\b", re.I), el["max_gap"], el["max_ratio"])


def elided_rates(text: str, qs: list[Quantity]) -> None:
    """A rate stated once holds for a figure of the same unit linked to it (rates.json 'elided'): '52 900 kronor per
    kvadratmeter och i Malmö 33 100 kronor', '1 250 kronor per dag jämfört med 1 116 kronor', 'från 8 000 till 10 000
    platser per år'. Sets ``per`` in place on figures that have none."""
    if len(qs) < 2 or not lexicon.load().rates_elided or not any(q.per for q in qs):
        return
    link, before, after, max_gap, max_ratio = _elided_res()

    def alike(a: Quantity, b: Quantity) -> bool:
        return a.unit == b.unit and a.kind == b.kind and bool(a.value) and bool(b.value) \
            and max(abs(a.value), abs(b.value)) <= max_ratio * min(abs(a.value), abs(b.value))

    for i, q in enumerate(qs):
        if q.per or q.kind in ("ratio", "ordinal", "number"):
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and nxt.per and alike(q, nxt) and before.fullmatch(text, q.char_end, nxt.char_start):
            q.per = nxt.per
            continue
        prev = qs[i - 1] if i else None
        if prev is None or not prev.per or not alike(prev, q):
            continue
        gap = text[prev.char_end:q.char_start]
        if len(gap) <= max_gap and not any(c in gap for c in ".;:()") \
                and (link.search(gap) or after.match(text, q.char_end)):
            q.per = prev.per


# --- time -----------------------------------------------------------------------------

def _distance(q: Quantity, t: TimeExpr) -> int:
    if t.char_end <= q.char_start:
        return q.char_start - t.char_end
    if t.char_start >= q.char_end:
        return t.char_start - q.char_end
    return 0


def _as_time(t: TimeExpr, source: str, **extra) -> dict:
    d = {"text": t.text, "start": t.start, "end": t.end, "source": source, "grain": t.grain}
    if not t.resolved:
        d["unresolved"] = "no publication date" if t.type in ("relative", "duration_ago", "term") else "incomplete"
    d.update(extra)
    return d


@lru_cache(maxsize=1)
def _present_words_re():
    """'nu', 'i dagsläget' ...: a clause about the present (time.json present_words)."""
    return re.compile(r"\b(?:" + lexicon.alternation(_words()["present_words"]) + r")\b")


def present_state(text: str, q: Quantity) -> bool:
    """A present-tense state with the figure as its complement: 'ligger nu på 79,4 procent', 'är på 12,9 procent'."""
    w = _words()
    a, _ = clause_of(text, q.core_start)
    before = _words_in(text[a:q.char_start])
    if not any(v in w["present"] for v in before):
        return False
    return not any(v in w["past"] for v in before)


def standing_fact(text: str, qs: list[Quantity]) -> bool:
    """A sentence stating a standing fact in the present tense: a present state or possession verb at most two words
    before its first figure ('Kyrkoavgiften är i genomsnitt 1,04 procent', 'Förbundet har 14 brandstationer och
    cirka 950 anställda'), and no past marker or change word anywhere in it ('har ökat', 'var', 'minskade')."""
    if not qs:
        return False
    w = _words()
    before = _words_in(text[:qs[0].char_start])[-3:]
    possession = set(lexicon.load().entities["possession_verbs"])
    if not any(v in w["present"] or v in possession for v in before):
        return False
    words = _words_in(text)     # 'har' is a past marker ('har ökat') and a possession verb ('har 14 stationer')
    return not any(v in w["past"] and v not in possession for v in words) and _direction_in(text) is None


def _labels_bracket_of(text: str, t: TimeExpr, q: Quantity) -> bool:
    """Whether ``t`` labels the bracket ``q`` stands in ('(2022: 41 procent)', see times.prior_period_label)."""
    return t.baseline and t.char_end <= q.char_start and ")" not in text[t.char_end:q.char_start] \
        and prior_period_label(text, t)


def attach_time(text: str, q: Quantity, times: list[TimeExpr], prev_q_time: dict | None,
                previous: list[TimeExpr], heading: list[TimeExpr], published: str | None,
                published_year: int | None) -> dict | None:
    """The time frame of one quantity (contract: record.time) or None."""
    if q.kind == "duration":          # a duration ('tio år i rad') is itself a span of time: only a heading places it
        return _as_time(heading[-1], "document_context") if heading else None
    a, b = clause_of(text, q.core_start)
    # a baseline figure ('jämfört med 6,4 procent i augusti') takes the baseline period as its own
    own_baseline = bool(_change_res()["baseline_before"].search(text[a:q.char_start])
                        or _change_res()["from_before"].search(text[a:q.char_start])       # 'från 32 kronor i maj i fjol'
                        or any(_labels_bracket_of(text, t, q) for t in times))              # '(2022: 41 procent)'
    usable = [t for t in times if (own_baseline or not t.baseline) and t.type != "sequence"]
    in_clause = [t for t in usable if a <= t.char_start < b]
    seq = [t for t in times if t.type == "sequence" and a <= t.char_start < b]
    if seq and prev_q_time and prev_q_time.get("end"):
        start = str(int(str(prev_q_time["end"])[:4]) + 1)
        end_t = next((t for t in in_clause if t.type == "open_end"), None)
        return {"text": text[seq[0].char_start:(end_t.char_end if end_t else seq[0].char_end)],
                "start": start, "end": end_t.end if end_t else None, "source": "explicit", "grain": "year",
                "note": "continues the sequence before it"}
    if in_clause:
        return _as_time(min(in_clause, key=lambda t: _distance(q, t)), "explicit")
    if published_year is not None and _present_words_re().search(text[a:b].lower()):
        # 'nu finns 1 900 km ... jämfört med ... för fem år sedan': the clause's 'nu' outranks the sentence's periods
        return {"text": None, "start": str(published)[:10], "end": str(published)[:10], "source": "publication_date", "grain": "day"}
    # 'sedan 2016' in another clause dates the change stated there, not a level ('45 procent, en ökning ... sedan 2016')
    if not _change_clause(text, q.core_start):
        usable = [t for t in usable if t.type != "open_start" or not _change_clause(text, t.char_start)]
    if usable:
        return _as_time(min(usable, key=lambda t: _distance(q, t)), "explicit")
    if previous:
        return _as_time(previous[-1], "sentence_context")
    if present_state(text, q) or _present_words_re().search(text[a:b].lower()):
        if published_year is not None:
            return {"text": None, "start": str(published)[:10], "end": str(published)[:10], "source": "publication_date", "grain": "day"}
        if heading and heading[-1].end:
            t = heading[-1]
            return {"text": t.text, "start": t.end, "end": t.end, "source": "document_context", "grain": "year",
                    "note": "present tense under a heading whose period runs to now"}
    if heading:
        return _as_time(heading[-1], "document_context")
    return None


# --- change -----------------------------------------------------------------------------

def _change_clause(text: str, pos: int) -> bool:
    """Whether the clause at ``pos`` states a change ('en ökning med 5 procentenheter sedan 2016')."""
    a, b = clause_of(text, pos)
    return _direction_in(text[a:b], comparatives=False) is not None


@lru_cache(maxsize=2)
def _direction_table(comparatives: bool):
    """(exact word -> direction, ((stem tuple, direction), ...), ((phrase, direction), ...)) for change words."""
    w = _words()
    exact, stems, phrases = {}, [], []
    for direction in ("increase", "decrease"):
        for stem in w[direction]:
            if not comparatives and stem in w["comparatives"]:
                continue
            if " " in stem:
                phrases.append((stem, direction))
            else:
                exact.setdefault(stem, direction)
                if len(stem) >= 5:
                    stems.append((stem, direction))
    by_direction = tuple((tuple(s for s, d in stems if d == direction), direction) for direction in ("increase", "decrease"))
    return exact, by_direction, tuple(phrases)


@lru_cache(maxsize=1)
def _compound_heads():
    heads = lexicon.load().change.get("compound_heads", {})
    return tuple(heads), heads, frozenset(lexicon.load().entities["determiners"])


@lru_cache(maxsize=1)
def _adjective_participle() -> tuple[tuple, tuple]:
    """Participle and definite-noun endings: 'den ökade risken' (entities.json adjective_participle)."""
    spec = lexicon.load().entities["adjective_participle"]
    return tuple(spec["participle_endings"]), tuple(spec["definite_endings"])


def _direction_in(text: str, comparatives: bool = True) -> str | None:
    """The direction of the change word nearest the end of text; comparatives ('fler') only when allowed.
    A participle between a determiner and a definite noun ('den ökade risken') is an adjective, not a change;
    a change noun ends compounds too ('löneökningar')."""
    exact, stems, phrases = _direction_table(comparatives)
    suffixes, heads, determiners = _compound_heads()
    participles, definite = _adjective_participle()
    best_pos, best = -1, None
    words = list(_WORD_IN.finditer(text.lower()))
    for n, m in enumerate(words):
        word = m.group(0)
        direction = exact.get(word)
        if direction is None:
            for prefixes, d in stems:
                if word.startswith(prefixes):
                    direction = d
                    break
        if direction is None and word.endswith(suffixes):
            for head in suffixes:
                if word.endswith(head) and len(word) > len(head) + 2:
                    direction = heads[head]
                    break
        if direction is not None and 0 < n < len(words) - 1 and word.endswith(participles) \
                and words[n - 1].group(0) in determiners and len(words[n + 1].group(0)) > 3 \
                and words[n + 1].group(0).endswith(definite):
            direction = None
        if direction is not None and m.start() > best_pos:
            best_pos, best = m.start(), direction
    if phrases:
        low = " ".join(text.lower().split())
        for phrase, direction in phrases:
            pos = low.rfind(phrase)
            if pos > best_pos and (pos == 0 or not low[pos - 1].isalpha()):
                best_pos, best = pos, direction
    return best


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


@lru_cache(maxsize=1)
def _coordination_gap():
    """The words that link members of a coordination (numbers.json 'coordination' unit_links) and the words that give
    a member a verb of its own (entities.json finite_verbs), which ends the coordination."""
    lex = lexicon.load()
    coord = lex.numbers["coordination"]
    links = [w for w in coord["unit_links"] if w.isalpha()] + coord["direction_links"]
    return re.compile(rf"(?:,|\b(?:{'|'.join(map(re.escape, links))})\b)", re.I), frozenset(lex.entities["finite_verbs"])


def _coordinated(text: str, prev: Quantity, q: Quantity) -> bool:
    """Two figures of the same kind in one coordination: linked by a comma or 'och'/'eller'/'samt', at most 60
    characters apart, with no verb, change word or sentence punctuation of the second's own in between."""
    if prev.kind != q.kind or q.prior_value is not None or q.char_start - prev.char_end > 60:
        return False
    gap = text[prev.char_end:q.char_start]
    link, finite = _coordination_gap()
    if any(c in gap for c in ".;:()") or not link.search(gap):
        return False
    return not any(w in finite for w in _words_in(gap)) and _direction_in(gap) is None


@lru_cache(maxsize=1)
def _change_res():
    """'mot 324', 'jämfört med 40' (a baseline figure); 'från X (år 2016/17) till Y', 'från X i december till Y'."""
    ch = lexicon.load().change
    alt = lexicon.alternation
    return {
        "baseline_value": re.compile(rf"[^.;:]{{0,60}}?,?\s*(?:{alt(ch['baseline_cues'])})\s*", re.I),
        "from_to_gap": re.compile(rf"\s*(?:\([^)]*\)|[^,.;()]{{0,30}}?)\s*(?:{alt(ch['to_words'])})\s*", re.I),
        "from_before": re.compile(rf"\b(?:{alt(ch['from_words'])})\s*$", re.I),
        "amount_before": re.compile(rf"\b(?:{alt(ch['amount_words'])})\s*$", re.I),
        "baseline_before": re.compile(rf"\b(?:{alt(ch['baseline_cues'])})\s*$", re.I),
    }


@lru_cache(maxsize=1)
def _endpoint_re():
    """A clause that opens with a to-value's cue and holds at most a few words before the figure ('[,] till i
    genomsnitt', 'och landade på'; change.json endpoint_words)."""
    ch = lexicon.load().change
    alt = lexicon.alternation(ch["endpoint_words"], flexible_spaces=True)
    links = lexicon.alternation(ch["endpoint_links"])
    return re.compile(rf"[,;]?\s*(?:(?:{links})\s+)?(?:{alt})\s+(?:[^\W\d_]+\s+){{0,2}}", re.I)


def find_change(text: str, q: Quantity, qs: list[Quantity], times: list[TimeExpr], index: int | None = None,
                previous: dict | None = None) -> dict | None:
    """Direction, from/to values and baseline of the change a quantity states, or None.

    ``index``: the position of ``q`` in ``qs`` when the caller knows it (else found by identity).
    ``previous``: the change found for the figure before it in the sentence, if any (a coordination shares it)."""
    if q.kind == "ordinal":
        return None
    a, b = clause_of(text, q.core_start)
    direction = q.direction
    change: dict = {"direction": None, "from_value": None, "to_value": None, "baseline": None}
    idx = index if index is not None else next(i for i, x in enumerate(qs) if x is q)
    R = _change_res()
    # 'från 214,8 (år 2016/17) till 228,1'
    if idx + 1 < len(qs):
        nxt = qs[idx + 1]
        if R["from_before"].search(text[max(0, q.char_start - 8):q.char_start]) and \
                R["from_to_gap"].fullmatch(text[q.char_end:nxt.char_start]):
            change.update(from_value=q.value, to_value=nxt.value)
            return change
    if idx > 0:
        prev = qs[idx - 1]
        if R["from_before"].search(text[max(0, prev.char_start - 8):prev.char_start]) and \
                R["from_to_gap"].fullmatch(text[prev.char_end:q.char_start]):
            change.update(from_value=prev.value, to_value=q.value)
            if prev.value is not None and q.value is not None and prev.value != q.value:
                direction = "increase" if q.value > prev.value else "decrease"
    if direction is None:
        direction = _direction_in(text[a:q.char_start]) or (
            None if q.kind == "duration"        # 'Under de första nio månaderna har intäkterna ökat': a period, not the change
            else _direction_in(text[q.char_end:b], comparatives=False))
    if direction is None:                       # 'bostadsrätter upp 3 procent': a headline's adverb right before the figure
        before = _WORD_BEFORE.search(text, max(0, q.char_start - 12), q.char_start)
        direction = before and lexicon.load().change["before_number"].get(before.group(1).lower())
    if direction is None and idx > 0 and previous and previous.get("direction") and _coordinated(text, qs[idx - 1], q):
        direction = previous["direction"]       # '4,1 procent det första året och 3,3 procent det andra året'
    if direction is None and q.kind in ("percent", "percentage_point", "money", "measure"):
        after = _WORD_IN.match(text[q.char_end:q.char_end + 12].lstrip())          # '6 procent fler än', '120 kronor mer'
        direction = after and lexicon.load().change["comparatives_after"].get(after.group(0))
    elif direction is None and q.kind == "count":
        after = _WORD_IN.match(text[q.char_end:q.char_end + 12].lstrip())          # '5 000 fler poliser'
        if after and after.group(0) in _words()["comparatives"]:
            direction = lexicon.load().change["comparatives_after"].get(after.group(0))
    if direction is None and R["amount_before"].search(text[max(0, q.char_start - 6):q.char_start]):
        direction = _direction_in(text[:q.char_start], comparatives=False)   # 'minskat antalet X som ... med 23 procent'
    if direction is None:                       # 'ligger 3 procent under förra året': the period is the comparison
        m = _WORD_IN.match(text[q.char_end:q.char_end + 8].lstrip())
        comp = lexicon.load().change["comparison_after_figure"]
        if m and m.group(0) in comp and any(t.baseline and 0 < t.char_start - q.char_end <= 8 + len(m.group(0)) for t in times):
            direction = comp[m.group(0)]
    if direction is None and a > 0 and _endpoint_re().fullmatch(text[a:q.char_start]):
        direction = _direction_in(text[max(0, a - 120):a], comparatives=False)   # 'minskade med 9 procent, till 1 020'
    if direction is None and q.value is not None and q.value < 0 and q.kind in ("percent", "percentage_point"):
        direction = "decrease"
    elif direction is None and q.text.startswith("+") and q.kind in ("percent", "percentage_point", "money"):
        direction = "increase"
    base = [t for t in times if t.baseline and t.char_start > q.char_start]
    if base:
        t = min(base, key=lambda t: _distance(q, t))
        change["baseline"] = {"text": t.text, "start": t.start, "end": t.end}
    # 'steg till 201 mkr mot 324 året innan': the next figure, after 'mot'/'jämfört med', is the baseline value
    if idx + 1 < len(qs) and R["baseline_value"].fullmatch(text[q.char_end:qs[idx + 1].char_start]):
        nxt = qs[idx + 1]
        change["baseline"] = dict(change["baseline"] or {}, value=nxt.value, value_text=nxt.text)
        if direction is None and q.value is not None and nxt.value is not None and q.value != nxt.value \
                and nxt.unit == q.unit:
            direction = "increase" if q.value > nxt.value else "decrease"
    # '201 (171) mkr': a prior-period figure in brackets
    if q.prior_value is not None and change["from_value"] is None:
        m = re.search(r"\([^)]*\)", q.text)
        change["baseline"] = {"text": m.group(0) if m else None, "value": q.prior_value}
        change["from_value"], change["to_value"] = q.prior_value, q.value
        if direction is None and q.value is not None and q.value != q.prior_value:
            direction = "increase" if q.value > q.prior_value else "decrease"
    if direction is None and change["baseline"] is None and change["from_value"] is None:
        return None
    change["direction"] = direction
    return change


# --- subject and attribution ----------------------------------------------------------------

_SUBJECT_TOKEN = re.compile(r"[A-Za-zÅÄÖåäöéü][\w-]*")


@lru_cache(maxsize=64)
def _sentence_tokens(text: str) -> tuple[list, list]:
    tokens = list(_SUBJECT_TOKEN.finditer(text))
    return tokens, [m.group(0).lower() for m in tokens]


def _subject_tokens(text: str, upto: int) -> tuple[list, list]:
    """The word tokens of ``text[:upto]`` and their lower-case forms (tokenised once per sentence)."""
    tokens, lows = _sentence_tokens(text)
    n = 0
    while n < len(tokens) and tokens[n].end() <= upto:
        n += 1
    if n < len(tokens) and tokens[n].start() < upto:        # a word cut at ``upto``: tokenise the prefix itself
        cut = list(_SUBJECT_TOKEN.finditer(text[:upto]))
        return cut, [m.group(0).lower() for m in cut]
    return tokens[:n], lows[:n]


def find_subject(text: str, upto: int, previous_subject: str | None = None) -> str | None:
    """What a figure at ``upto`` measures, as written: 'Antalet skjutningar', 'kostnaden för staden'.

    A sentence that opens with 'den'/'det'/'de' refers back: it gets the previous subject.
    """
    w = _words()
    tokens, lows = _subject_tokens(text, upto)
    for i, m in enumerate(tokens):
        if lows[i] in w["heads"]:
            begin = m.start()
            lead = tokens[max(0, i - 3):i]
            for k, t in enumerate(lead):      # 'Den totala arbetslösheten', 'de genomsnittliga meritvärdena'
                if t.group(0).lower() in w["determiners"] and all(
                        x.group(0).lower().endswith(w["adjective_endings"]) for x in lead[k + 1:]):
                    begin = t.start()
                    break
            end = upto
            for m2 in tokens[i + 1:]:
                if m2.group(0).lower() in w["finite"]:
                    end = m2.start()
                    break
            words = text[begin:end].strip(" ,").split()
            while words and words[-1].lower() in w["trailing"]:
                words.pop()
            if 0 < len(words) <= 12:
                return " ".join(words)
    # 'Den totala arbetslösheten ... har gått ner. Men den är ändå på 12,9 procent': 'den' refers back
    for i, m in enumerate(tokens[:3]):
        if m.group(0).lower() in w["anaphors"] and i + 1 < len(tokens) and tokens[i + 1].group(0).lower() in w["finite"]:
            return previous_subject
    return None
    return None


@lru_cache(maxsize=1)
def _attribution_res():
    att = lexicon.load().attribution
    verbs = lexicon.alternation(att["speech_verbs"])
    name = r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖ][\wåäöéü-]+){0,3}"
    speaker = re.compile(rf"(?:^|[,.!?”\"]\s*|\s)(?:{verbs})\s+(?:(?P<role_before>[a-zåäö-]+(?:\s+[a-zåäö-]+)?)\s+)?(?P<name>{name})(?:\s*\((?P<party>[A-ZÅÄÖa-zåäö]{{1,3}})\))?(?:,\s*(?P<role>[^.,;]+))?")
    sources = lexicon.alternation(att["known_sources"])
    cues = lexicon.alternation(att["source_cues"])
    adjectives = lexicon.alternation(att["source_adjectives"])
    links = "|".join(map(re.escape, att["source_links"]))
    source = re.compile(rf"\b(?i:{cues})\s+(?:(?:{adjectives})\s+)?(?:\w+\s+(?:{links})\s+)?(?P<src>{sources})\b")
    return speaker, source


def find_attribution(block_text: str) -> dict | None:
    """Speaker (name, party, role) of reported speech in a paragraph, or a cited source ('enligt SCB')."""
    speaker_re, source_re = _attribution_res()
    parties = lexicon.load().attribution["parties"]
    m = speaker_re.search(block_text)
    if m:
        party = m.group("party")
        role = (m.group("role") or m.group("role_before") or "").strip() or None
        return {"speaker": m.group("name"), "party": party if party in parties else party,
                "role": role, "source": None}
    m = source_re.search(block_text)
    if m:
        return {"speaker": None, "party": None, "role": None, "source": m.group("src")}
    return None


def claim_types(text: str, q: Quantity, change: dict | None) -> list[str]:
    """Every claim type whose cue fires, in the vocabulary's order (the first is the record's claim_type)."""
    types = lexicon.load().claims["types"]
    low = " " + " ".join(_words_in(text)) + " "
    out = []
    for name, spec in types.items():
        if name == "change":
            hit = bool(change and change.get("direction"))
        elif name == "interval":
            hit = q.low is not None
        elif name == "statistic":
            hit = not out
        elif name == "budget":
            hit = q.kind == "money" and any(f" {c} " in low for c in spec["cues"])
        elif name == "ranking":
            hit = q.kind == "ordinal" or any(f" {c} " in low for c in spec["cues"])
        elif name == "comparison":
            hit = bool(change and change.get("baseline")) or any(f" {c} " in low for c in spec["cues"]) or \
                q.unit == "number" and q.direction is not None
        else:
            hit = any(f" {c} " in low for c in spec["cues"])
        if hit:
            out.append(name)
    return out
