"""Claim context: which period a figure is about, what change it states, what it measures, who says so.

Quantities alone are not reviewable. These pure functions take one quantity,
its sentence and the time expressions around it, and return the record's
``time``, ``change`` and ``claim_type`` helpers; the subject and speaker are decided in ``subjects`` and
``speakers`` (``find_subject`` here only tells ``extract.infer_units`` whether a clause is about 'antalet'). The
rules follow how Swedish press texts put periods on figures: the same clause
first, then the sentence, then an earlier sentence of the paragraph, then
the heading that governs a list, then the publication date for
present-tense statements ('ligger nu på').
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lexicon
from pipeline.extraction.quantities import Quantity
from pipeline.extraction.text import NAME_TOKEN, WORD, words as words_of

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




# --- bare scaled amounts ---------------------------------------------------------------

@lru_cache(maxsize=1)
def _bare_count():
    spec = lexicon.load().entities.get("bare_scaled_count", {})
    return frozenset(spec.get("nouns", ())), tuple(n for n in spec.get("nouns", ()) if len(n) >= 8), frozenset(spec.get("pronouns", ())), \
        tuple(tuple(c.split()) for c in spec.get("copulas", ()))


@lru_cache(maxsize=1)
def _stated_after_re():
    links = lexicon.load().unit_stated_after
    return re.compile(rf"\s*,?\s*(?:{lexicon.alternation(links, flexible_spaces=True)})\s+", re.I) if links else None


def unit_stated_after(text: str, q: Quantity) -> bool:
    """'15 miljarder mätt i svenska kronor': a unit named after a link (units.json 'stated_after') is the bare scaled
    amount's; sets it in place and says whether it did."""
    from pipeline.extraction.quantities import _match_unit
    from pipeline.extraction.text import tokenize
    link = _stated_after_re()
    m = link and link.match(text, q.char_end)
    if not m:
        return False
    rest = text[m.end():m.end() + 40]
    toks = tokenize(rest)
    hit = _match_unit(rest, toks, 0)
    if not hit or hit[1].kind not in ("money", "measure") or hit[1].scale != 1:
        return False
    unit = hit[1]
    q.unit, q.kind, q.needs_unit, q.unit_text = unit.unit, unit.kind, False, rest[toks[0].start:toks[hit[0] - 1].end]
    return True


@lru_cache(maxsize=1)
def _part_re():
    links = lexicon.load().entities.get("bare_scaled_count", {}).get("part_links", ())
    return re.compile(rf"[,\s]*(?:{lexicon.alternation(links, flexible_spaces=True)})\s+$", re.I) if links else None


def part_of(text: str, q: Quantity, before: Quantity | None) -> Quantity | None:
    """The count a bare scaled amount is a part of: the figure right before it when a part link stands between
    ('12,1 miljoner gästnätter, varav 3,9 miljoner'); None otherwise."""
    rx = _part_re()
    if rx is None or before is None or before.kind != "count" or not rx.search(text, before.char_end, q.char_start):
        return None
    gap = text[before.char_end:q.char_start]
    return before if rx.search(gap) and len(words_of(gap)) <= 4 else None


def counts_heads(text: str, q: Quantity) -> bool:
    """Whether a bare scaled amount counts people or things (entities.json 'bare_scaled_count'): a head-count noun
    before it in its clause, whole or ending a compound ('världsbefolkningen'), or 'vi/de är' opening the clause."""
    nouns, endings, pronouns, copulas = _bare_count()
    a, _ = clause_of(text, q.core_start)
    before = words_of(text[a:q.char_start])
    if any(w in nouns or (len(w) > 6 and w.endswith(endings)) for w in before):
        return True
    return len(before) >= 2 and before[0] in pronouns and any(tuple(before[1:1 + len(c)]) == c for c in copulas)


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
        for word in words_of(clause):
            if word in lexicon.load().rates_money:
                return lexicon.load().rates_money[word]
    return None


def sentence_rates(text: str, qs: list[Quantity]) -> None:
    """The rates a sentence gives its figures beyond what the grammar read next to them: a rate word in the clause
    ('Åtta företag startas dagligen'), a rate stated once for linked figures ('52 900 kronor per kvadratmeter och i
    Malmö 33 100 kronor'). Sets ``per`` and ``per_source = "sentence"`` in place."""
    rated = [q for q in qs if q.per]           # rates the grammar gave ('4 procent per år')
    for q in qs:
        if not q.per:
            q.per = clause_rate(text, q, rated)
            if q.per:
                q.per_source = "sentence"
    before = [q.per for q in qs]
    elided_rates(text, qs)
    for q, per in zip(qs, before):
        if q.per != per:
            q.per_source = "sentence"


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


# --- change words ---------------------------------------------------------------------

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
    """The direction of the change word nearest the end of text; comparatives ('fler') only when allowed."""
    hit = direction_cue(text, comparatives)
    return hit[0] if hit else None


def direction_cue(text: str, comparatives: bool = True) -> tuple[str, int, int] | None:
    """(direction, start, end) of the change word nearest the end of text; comparatives ('fler') only when allowed.
    A participle between a determiner and a definite noun ('den ökade risken') is an adjective, not a change;
    a change noun ends compounds too ('löneökningar'), but not a word that only ends in its letters
    ('undersökning': change.json not_compounds)."""
    exact, stems, phrases = _direction_table(comparatives)
    suffixes, heads, determiners = _compound_heads()
    participles, definite = _adjective_participle()
    not_compounds = _not_compounds()
    best_pos, best, best_end = -1, None, -1
    words = list(WORD.finditer(text.lower()))
    for n, m in enumerate(words):
        word = m.group(0)
        direction = exact.get(word)
        if direction is None:
            for prefixes, d in stems:
                if word.startswith(prefixes):
                    direction = d
                    break
        if direction is None and word.endswith(suffixes) and not (not_compounds and _in_family(word, not_compounds)):
            for head in suffixes:
                if word.endswith(head) and len(word) > len(head) + 2:
                    direction = heads[head]
                    break
        if direction is not None and 0 < n < len(words) - 1 and word.endswith(participles) \
                and words[n - 1].group(0) in determiners and len(words[n + 1].group(0)) > 3 \
                and words[n + 1].group(0).endswith(definite):
            direction = None
        if direction is not None and m.start() > best_pos:
            best_pos, best, best_end = m.start(), direction, m.end()
    if phrases:
        rx, by_phrase = _phrases_re(comparatives)
        for pm in rx.finditer(text.lower()):
            if pm.start() > best_pos:
                best_pos, best, best_end = pm.start(), by_phrase[" ".join(pm.group(0).split())], pm.end()
    return (best, best_pos, best_end) if best is not None else None


@lru_cache(maxsize=2)
def _phrases_re(comparatives: bool):
    """All multi-word change phrases as one whole-word pattern (spaces match any white space), and their directions."""
    phrases = _direction_table(comparatives)[2]
    alt = "|".join(r"\s+".join(map(re.escape, p.split())) for p, _ in sorted(phrases, key=lambda x: -len(x[0])))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])"), {p: d for p, d in phrases}


@lru_cache(maxsize=1)
def _not_compounds() -> tuple[str, ...]:
    """Words that end in a change noun's letters without being a compound of it ('undersökning', 'ansökan' ...)."""
    return tuple(lexicon.load().change.get("not_compounds", ()))


def _in_family(word: str, stems: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``stems`` or a compound or inflection built on one ('väljarundersökningarna')."""
    return any(stem in word for stem in stems)


# --- subject and attribution ----------------------------------------------------------------

_SUBJECT_TOKEN = NAME_TOKEN


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


def claim_types(text: str, q: Quantity, change: dict | None) -> list[str]:
    """Every claim type whose cue fires, in the vocabulary's order (the first is the record's claim_type)."""
    types = lexicon.load().claims["types"]
    low = " " + " ".join(words_of(text)) + " "
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
