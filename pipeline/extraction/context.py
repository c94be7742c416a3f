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

import dataclasses
import re
from functools import lru_cache

from pipeline import lexicon
from pipeline.extraction.firstchars import with_first_chars
from pipeline.lexicon import Lexicon
from pipeline.extraction.quantities import PERIOD_PERS, Quantity
from pipeline.extraction.text import HAS_DIGIT, NAME_TOKEN, WORD, sentence_words, words as words_of
from pipeline.extraction.time_rules import past_verb

def _clause_split(lex: Lexicon) -> re.Pattern:
    words = "|".join(map(re.escape, lex.entities["clause_words"]))
    return re.compile(rf"[,;:]\s|\s[–—]\s|\s(?:{words})\s|\n", re.I)     # a line ends a clause (a fact box, a table row)


def clauses(text: str, lex: Lexicon | None = None) -> tuple[tuple[int, int], ...]:
    """Clause spans of a sentence: cut at commas, semicolons, dashes and coordinating words."""
    return _clauses(text, (lex or lexicon.load()).derived(_clause_split))


@lru_cache(maxsize=64)
def _clauses(text: str, split: re.Pattern) -> tuple[tuple[int, int], ...]:
    """Cached: every figure of a sentence asks for them several times (keyed by the lexicon's pattern too)."""
    cuts = [0]
    for m in split.finditer(text):
        cuts.append(m.start())
    cuts.append(len(text))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


def clause_of(text: str, start: int, lex: Lexicon | None = None) -> tuple[int, int]:
    for a, b in clauses(text, lex):
        if a <= start < b:
            return a, b
    return 0, len(text)


def _build_words(lex: Lexicon) -> dict:
    """The word sets of this module, built once per lexicon (``lex.derived``)."""
    ent = lex.entities
    rates_clause = sorted(lex.rates_clause.items(), key=lambda kv: -len(kv[0]))     # longest phrase first
    # 'elever på varje lärare', 'betalt för varje kilowattimme': 'på varje' and 'för varje' say what 'per' says
    # (rates.json each_words)
    lead = lex.rates_per_word + " "
    each = [(f"{w} {p[len(lead):]}", per) for p, per in lex.rates_denominators.items() if p.startswith(lead)
            for w in lex.rates_each_words]
    rates_denominators = sorted(list(lex.rates_denominators.items()) + each, key=lambda kv: -len(kv[0]))
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
        "change_verbs": {v for v in lex.change["increase"] + lex.change["decrease"] if " " not in v},
        "infinitive_markers": set(lex.time.get("infinitive_markers", ())),
        "rates_clause": rates_clause,
        "rates_denominators": rates_denominators,
        # the same phrases as the whole-word forms a clause is searched for (built once, not per figure)
        "rates_clause_forms": tuple((f" {p} ", f" {p},", f" {p}.", per) for p, per in rates_clause),
        "rates_denominator_forms": tuple((f" {p} ", per) for p, per in rates_denominators),
        # one search tells whether a clause holds any denominator at all (most do not: the loop is skipped)
        "rates_denominator_any": re.compile("|".join(re.escape(f" {p}") + r"[ .,]" for p, _ in rates_denominators) or "(?!)"),
        # 'per behandlad patient' is 'per patient' (rates.json denominator_modifiers), in a clause's lower-case words
        "per_modifier": re.compile(rf" {re.escape(lex.rates_per_word)} (?:{lexicon.alternation(sorted(lex.rates_denominator_modifiers))}) ")
        if lex.rates_denominator_modifiers else None,
        # 'per ton såld kartong', 'per producerat ton': the per word, at most one word, a unit's name
        "unit_denominator": re.compile(rf"(?<![^\W\d_]){re.escape(lex.rates_per_word)}\s+(?:(?P<adj>[^\W\d_]+)\s+)?"
                                       r"(?P<unit>[^\W\d_]+)(?![^\W\d_])", re.I),
    }


def _words(lex: Lexicon | None = None) -> dict:
    """The word sets of this module for ``lex`` (``lexicon.load()`` when not given)."""
    return (lex or lexicon.load()).derived(_build_words)


# --- bare scaled amounts ---------------------------------------------------------------

def _bare(lex: Lexicon) -> dict:
    """The words and patterns that decide a bare scaled amount's unit, built once per lexicon."""
    spec = lex.entities.get("bare_scaled_count", {})
    links = lex.unit_stated_after
    parts = spec.get("part_links", ())
    return {
        "count": (frozenset(spec.get("nouns", ())), tuple(n for n in spec.get("nouns", ()) if len(n) >= 8),
                  frozenset(spec.get("pronouns", ())), tuple(tuple(c.split()) for c in spec.get("copulas", ()))),
        "stated_after": re.compile(rf"\s*,?\s*(?:{lexicon.alternation(links, flexible_spaces=True)})\s+", re.I) if links else None,
        "part": re.compile(rf"[,\s]*(?:{lexicon.alternation(parts, flexible_spaces=True)})\s+$", re.I) if parts else None,
        # 'Av dem finns 0,6 miljoner utanför Norden': a sentence opening with a part link, a verb at most two words on
        "part_opening": re.compile(rf"\s*(?:{lexicon.alternation(parts, flexible_spaces=True)})\s+(?:[^\W\d_]+\s+){{0,2}}$",
                                   re.I) if parts else None,
    }


def unit_stated_after(text: str, q: Quantity, lex: Lexicon | None = None) -> bool:
    """'15 miljarder mätt i svenska kronor': a unit named after a link (units.json 'stated_after') is the bare scaled
    amount's; sets it in place and says whether it did."""
    from pipeline.extraction.quantities import _match_unit
    from pipeline.extraction.text import tokenize
    link = (lex or lexicon.load()).derived(_bare)["stated_after"]
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


def part_of(text: str, q: Quantity, before: Quantity | None, lex: Lexicon | None = None) -> Quantity | None:
    """The count or sum a bare scaled amount is a part of: the figure right before it when a part link stands between
    ('12,1 miljoner gästnätter, varav 3,9 miljoner', '2,9 miljarder kronor, varav 1,6 miljarder'); None otherwise."""
    rx = (lex or lexicon.load()).derived(_bare)["part"]
    if rx is None or before is None or before.kind not in ("count", "money") \
            or not rx.search(text, before.char_end, q.char_start):
        return None
    gap = text[before.char_end:q.char_start]
    return before if rx.search(gap) and len(words_of(gap)) <= 4 else None


def part_of_previous(text: str, q: Quantity, previous: Quantity | None, lex: Lexicon | None = None) -> Quantity | None:
    """The count in the sentence before that a bare scaled amount opening its sentence with a part link is a part
    of ('Antalet abonnenter uppgick till 1,4 miljoner. Av dem finns 0,6 miljoner utanför Norden'); None otherwise."""
    rx = (lex or lexicon.load()).derived(_bare)["part_opening"]
    if rx is None or previous is None or previous.kind != "count" or not rx.fullmatch(text, 0, q.char_start):
        return None
    return previous


def counts_heads(text: str, q: Quantity, lex: Lexicon | None = None) -> bool:
    """Whether a bare scaled amount counts people or things (entities.json 'bare_scaled_count'): a head-count noun
    before it in its clause, whole or ending a compound ('världsbefolkningen'), or 'vi/de är' opening the clause."""
    lex = lex or lexicon.load()
    nouns, endings, pronouns, copulas = lex.derived(_bare)["count"]
    a, _ = clause_of(text, q.core_start, lex)
    before = words_of(text[a:q.char_start])
    if not before and a > 1:                # an apposition ('Flest gästnätter kom från Tyskland, 1,9 miljoner'):
        before = words_of(text[clause_of(text, a - 2, lex)[0]:a])     # what the clause before it names
    if any(w in nouns or (len(w) > 6 and w.endswith(endings)) for w in before):
        return True
    return len(before) >= 2 and before[0] in pronouns and any(tuple(before[1:1 + len(c)]) == c for c in copulas)


# --- rates ----------------------------------------------------------------------------

def _duration_denominator(text: str, q: Quantity, a: int, w: dict, lex: Lexicon) -> str | None:
    """'Avbrottstiden per kund var 142 minuter', 'handläggningstiden per patient blev 12 dagar': a time is the rate of
    a denominator after a definite noun (the measure: change.json baseline_phrases definite_endings) shortly before
    it (at most two words, no figure, between them); a rate of a period is read after the figure only ('tre timmar
    om dagen'), and an age after a denominator is none ('betalas ut per försäkrad person mellan 16 och 64 år')."""
    before = " " + " ".join(text[a:q.char_start].lower().split()) + " "
    if not w["rates_denominator_any"].search(before):
        return None                                      # most times have none (speed)
    for spaced, per in w["rates_denominator_forms"]:
        at = before.rfind(spaced)
        if at >= 0:
            gap, head = before[at + len(spaced):], before[:at].split()[-1:]
            measure = bool(head) and len(head[0]) >= 5 and head[0].endswith(lex.derived(_definite_endings))
            return per if measure and not HAS_DIGIT.search(gap) and len(gap.split()) <= 2 else None
    return None


def _denominator(text: str, q: Quantity, clause: str, a: int, b: int, figures, w: dict) -> str | None:
    """A denominator of rates.json in the figure's clause that is the figure's own ('Kostnaden per invånare är
    14 300 kronor'), else None."""
    for spaced, per in (w["rates_denominator_forms"] if w["rates_denominator_any"].search(clause) else ()):
        if (spaced in clause or (spaced[:-1] + ". " in clause or spaced[:-1] + ", " in clause)
                and _near_denominator(text, q, spaced.strip(), b, w)) \
                and _owns_denominator(text, q, spaced.strip(), a, b, figures):
            return per
    return None


def clause_rate(text: str, q: Quantity, qs: list[Quantity] = (), lex: Lexicon | None = None,
                figures: list[Quantity] = ()) -> str | None:
    """A rate word anywhere in the quantity's clause: 'Åtta företag startas dagligen'. A rate another amount of
    the clause already took ('4 procent per år hade riskerat 30 000 jobb') is that amount's; a denominator belongs
    to the clause's ``figures`` after it, else to those before it ('88 MSEK och resultatet per aktie till 2,14
    kronor': the 2,14 only)."""
    if q.kind in ("ratio", "ordinal"):
        return None
    lex = lex or lexicon.load()
    w = lex.derived(_build_words)
    a, b = clause_of(text, q.core_start, lex)
    taken = {o.per for o in qs if o is not q and o.per and a <= o.core_start < b}
    # the figure's own words are no rate of it: '21,4 mikrogram per kubikmeter' is a unit ('ug/m3'), read whole
    clause = _spaced(text[a:q.char_start] + " | " + text[q.char_end:b], w, lex)
    if q.kind in ("percent", "percentage_point") and not _change_amount(text[a:q.char_start], w):
        return None        # 'Andelen som röker dagligen har sjunkit till 6,4 procent': a share of those who do it daily
    if q.kind == "duration":
        return _duration_denominator(text, q, a, w, lex)
    period = next((per for spaced, comma, stop, per in w["rates_clause_forms"]
                   if (spaced in clause or comma in clause or stop in clause)
                   and (per not in taken or _free_rate(text, a, b, spaced.strip(), q, qs))
                   and not _past_occasion(text, a, q, spaced.strip(), lex)), None)
    if q.kind in ("percent", "percentage_point"):        # 'Kostnaden per invånare ökade med 3 procent': not a rate
        return period
    per = _denominator(text, q, clause, a, b, figures, w)
    if per is not None and (period is None or per == "capita"):
        return per                                       # 'varje år runt 6 nya bostäder per 1 000 invånare': per head
    if period is not None:
        return period
    unit = _unit_denominator(text, q, a, b, figures, lex)
    if unit is not None:                                 # 'Energin per producerat ton gick ned till 2,79 MWh'
        return unit
    label = _colon_label(text, q)
    if label:                                            # 'Resultat per aktie: 2,76 (2,30) kronor'
        for spaced, per in w["rates_denominator_forms"]:
            if spaced in label:
                return per
    if q.kind == "money":                                # 'en månadshyra på 9 850 kronor'
        for word in words_of(clause):
            if word in lex.rates_money:
                return lex.rates_money[word]
        for phrase, per in lex.derived(_account_forms):  # 'kostade en liter 17,42 kronor', 'där litern kostade'
            if phrase in clause:
                return per
    if q.kind not in ("percent", "percentage_point"):   # 'Varje invånare lånade i genomsnitt 6,0 böcker': per capita
        before = clause[:clause.find(" | ")]
        for phrase, per in lex.rates_distributive.items():
            if f" {phrase} " in before:
                return per
    return None


def _denominator_before(text: str, q: Quantity, lex: Lexicon, qs: list[Quantity] = ()) -> str | None:
    """The denominator named before an amount in its clause ('avgiften per kvadratmeter boarea uppgick till 814 kronor
    per år'): a sum per unit and per period is per that unit (the contract's 'kronor per kvadratmeter och år'); not
    past another figure, whose denominator it is ('kör 2 500 mil om året med en bil som drar 0,7 liter per mil')."""
    w = lex.derived(_build_words)
    a, _ = clause_of(text, q.core_start, lex)
    a = max([a] + [o.char_end for o in qs if o is not q and o.char_end <= q.char_start])
    before = _spaced(text[a:q.char_start], w, lex)
    return next((per for spaced, per in w["rates_denominator_forms"] if spaced in before), None)


def _spaced(part: str, w: dict, lex: Lexicon) -> str:
    """A clause's words lower-cased, single-spaced and padded (' … '), the words between 'per' and its noun left out
    ('per behandlad patient' is 'per patient'): the form rate phrases are looked up in."""
    spaced = " " + " ".join(part.lower().split()) + " "
    return w["per_modifier"].sub(f" {lex.rates_per_word} ", spaced) if w["per_modifier"] is not None else spaced


def _near_denominator(text: str, q: Quantity, phrase: str, b: int, w: dict) -> bool:
    """A denominator closing its clause ('78 passagerare ombord per landning.', '14 elever på varje lärare.') is the
    figure's when no finite verb stands between them ('Bara två regioner hade högre kostnad per invånare': the
    cost's, not the regions')."""
    m = re.search(r"\s+".join(map(re.escape, phrase.split())), text[q.char_end:b], re.I)
    return m is not None and not any(v in w["finite"] for v in words_of(text[q.char_end:q.char_end + m.start()]))


def _unit_denominator(text: str, q: Quantity, a: int, b: int, figures, lex: Lexicon) -> str | None:
    """'per ton såld kartong', 'per producerat ton': 'per' and a unit's name (one word, such as a participle, may
    stand between) in the figure's clause make that unit the rate, when it is a measure other than the figure's own
    unit (the rate lists name the other denominators)."""
    for m in _words(lex)["unit_denominator"].finditer(text, a, b):
        if q.char_start <= m.start() < q.char_end:
            continue                    # the figure's own unit: '21,4 mikrogram per kubikmeter'
        for word in (m.group("unit"), m.group("adj")):
            unit = lex.unit_by_surface.get(word.lower()) if word else None
            if unit is not None and unit.kind == "measure" and unit.unit != q.unit \
                    and _owns_denominator(text, q, m.group(0), a, b, figures):
                return unit.unit
    return None


def _past_occasion(text: str, a: int, q: Quantity, phrase: str, lex: Lexicon) -> bool:
    """'Ett fat kostade i veckan 63 dollar', 'Priset sjönk i veckan med 4 procent': a rate phrase of
    rates.json past_occasions before the figure, right after a verb in the past tense, says when (this week), not
    how often (``time_rules.past_verb``)."""
    if phrase not in lex.rates_past_occasions:
        return False
    m = _phrase_re(phrase).search(text, a, q.char_start)
    if m is None:
        return False
    before = words_of(text[a:m.start()])
    if not before:
        return False
    return past_verb(before[-1], lex.time)


def _colon_label(text: str, q: Quantity) -> str | None:
    """The label a figure follows right after its colon, on its own line ('Resultat per aktie: 2,76 kronor'), as
    ' words ' lower case, or None."""
    colon = text.rfind(":", 0, q.char_start)
    if colon < 0 or text[colon + 1:q.char_start].strip():
        return None
    start = max(text.rfind("\n", 0, colon), text.rfind(". ", 0, colon)) + 1
    label = text[start:colon]
    return " " + " ".join(label.lower().split()) + " " if 0 < len(label) <= 60 else None


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern:
    """A rate phrase as whole words, any white space between them (compiled once per phrase)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)", re.I)


def _free_rate(text: str, a: int, b: int, phrase: str, q: Quantity, qs) -> bool:
    """Whether a rate phrase of the clause stands apart from the other figures ('… på 32 000 kronor i månaden
    betyder det omkring 3 750 kronor i regionskatt varje månad': 'varje månad' is not the 32 000's own 'i månaden')."""
    for m in _phrase_re(phrase).finditer(text, a, b):
        if "\n" in text[min(m.start(), q.char_end):max(m.start(), q.char_end)]:
            continue                    # another line: a table's other row ('Hushåll per vecka')
        if not any(o is not q and o.per and o.char_start <= m.start() and _noun_gap(text[o.char_end:m.start()])
                   for o in qs):
            return True
    return False


def _noun_gap(gap: str) -> bool:
    """Whether only the counted noun stands between a figure and a rate phrase ('2 150 cyklister per dygn')."""
    return len(gap) <= 25 and not any(ch.isdigit() or ch in ",.;:" for ch in gap)


def _change_amount(before: str, w: dict) -> bool:
    """Whether a percentage is the amount of a change or of an act ('höjs med 3 procent årligen', 'ökar 2 procent per
    år', 'att förnya 1 procent av nätet varje år'): 'med', a change verb or 'att' and a verb right before it. A level or share ('har sjunkit till 6,4 procent', 'röker 5,8 procent dagligen')
    is not a rate of anything the clause's frequency word names."""
    words = words_of(before)
    return bool(words) and (words[-1] == "med" or words[-1] in w["change_verbs"]
                            or len(words) > 1 and words[-2] in w["infinitive_markers"])   # 'att förnya 1 procent varje år'


def _owns_denominator(text: str, q: Quantity, phrase: str, a: int, b: int, figures: list[Quantity]) -> bool:
    """Whether ``q`` is the figure of its clause a denominator phrase belongs to (see clause_rate)."""
    m = re.search(r"\s+".join(map(re.escape, phrase.split())), text[a:b], re.I)
    if m is None:
        return True
    at = a + m.start()
    if "\n" in text[min(at, q.core_start):max(at, q.core_start)]:
        return False                    # another line: a table's next row ('Resultat per aktie, kr')
    inside = [o for o in figures if a <= o.core_start < b]
    if len(inside) < 2:
        return True
    after = [o for o in inside if o.core_start >= at]
    return q in after if after else True


def _account_forms(lex: Lexicon) -> tuple:
    """rates.json accounts as ' phrase ' forms, longest first."""
    return tuple((f" {k.lower()} ", v) for k, v in sorted(lex.rates_accounts.items(), key=lambda kv: -len(kv[0])))


def _accounts(lex: Lexicon) -> dict:
    """rates.json accounts with lower-case keys, made once per lexicon (not once per sentence)."""
    return {k.lower(): v for k, v in lex.rates_accounts.items()}


def drop_accounts(text: str, qs: list[Quantity], lex: Lexicon | None = None) -> None:
    """'kostade en liter 17,42 kronor': the 'en liter' a price is per is no figure of its own once an amount of money
    in the sentence is per that unit (rates.json accounts). Removes it from ``qs`` in place."""
    lex = lex or lexicon.load()
    accounts = lex.derived(_accounts)
    pers = {q.per for q in qs if q.kind == "money" and q.per}
    qs[:] = [q for q in qs if not (" ".join(q.text.lower().split()) in accounts
                                   and accounts[" ".join(q.text.lower().split())] in pers)]


def sentence_rates(text: str, qs: list[Quantity], lex: Lexicon | None = None) -> None:
    """The rates a sentence gives its figures beyond what the grammar read next to them: a rate word in the clause
    ('Åtta företag startas dagligen'), a rate stated once for linked figures ('52 900 kronor per kvadratmeter och i
    Malmö 33 100 kronor'). Sets ``per`` and ``per_source = "sentence"`` in place."""
    if not qs:
        return
    lex = lex or lexicon.load()
    rated = [q for q in qs if q.per]           # rates the grammar gave ('4 procent per år')
    for q in qs:
        if not q.per and not q.in_table:      # a table cell's rate is its table's ('Öppettimmar per vecka' is one row's)
            q.per = clause_rate(text, q, rated, lex, qs)
            if q.per:
                q.per_source = "sentence"
    for q in qs:                               # 'avgiften per kvadratmeter uppgick till 814 kronor per år': per m2
        if q.kind == "money" and q.per in PERIOD_PERS and not q.in_table:
            named = _denominator_before(text, q, lex, qs)
            if named is not None and named not in PERIOD_PERS:
                q.per, q.per_source = named, "sentence"
    for q in qs:                               # '2,76 (2,30) kronor per aktie': a bracketed prior is at its figure's rate
        if not q.per and q.prior_of is not None and q.prior_of.per and q.prior_of.unit == q.unit:
            q.per, q.per_source = q.prior_of.per, "sentence"
    lead = _sentence_denominator(text, lex)
    if lead is not None:                       # 'Räknat per 100 000 invånare blev antalet omkomna 6,6 …'
        factors = frozenset(lex.numbers["times_words"]) | frozenset(lex.numbers["multiplicatives"])
        for q in qs:
            if q.kind not in ("percent", "percentage_point", "ratio", "duration", "ordinal") and q.per != lead \
                    and q.unit != lead and factors.isdisjoint(words_of(q.text)):   # not a factor, nor 'ton per ton'
                q.per, q.per_source = lead, "sentence"
    before = [q.per for q in qs]
    elided_rates(text, qs, lex)
    for q, per in zip(qs, before):
        if q.per != per:
            q.per_source = "sentence"
    if lex.rates_accounts:
        drop_accounts(text, qs, lex)


def _sentence_denominator(text: str, lex: Lexicon) -> str | None:
    """The rate a sentence opening with 'Räknat per …' (rates.json sentence_leads) gives all its figures: a
    denominator of rates.json, or a unit's name ('per kvadratmeter och år'), right after the lead; else None."""
    words = sentence_words(text)
    if not words or words[0] not in lex.rates_sentence_leads:
        return None
    low = " ".join(text.lower().split())
    for phrase, per in _words(lex)["rates_denominators"]:
        if low.startswith(f"{words[0]} {phrase}"):
            return per
    m = re.match(rf"{re.escape(words[0])}\s+{re.escape(lex.rates_per_word)}\s+([^\W\d_]+)", low)
    unit = lex.unit_by_surface.get(m.group(1)) if m else None
    return unit.unit if unit is not None and unit.kind == "measure" else None


def percent_nouns(text: str, qs: list[Quantity], lex: Lexicon) -> None:
    """'Totalkostnadsprocenten förbättrades till 92,6', 'varav skadeprocent 72,8', 'en räddningsprocent på 92,1': a bare
    number shortly after a noun that is a percentage (a compound ending in one of entities.json percent_nouns) in
    its clause is that percentage (in place; ``unit_source = "sentence"``)."""
    endings = tuple(lex.entities.get("percent_nouns", ()))
    if not endings:
        return
    for q in qs:
        if q.unit_text is not None or q.kind not in ("number", "count") or q.entity or q.in_table:
            continue
        a, _ = clause_of(text, q.core_start, lex)
        before = words_of(text[a:q.char_start])[-5:]
        if any(w.endswith(endings) and w not in endings for w in before):    # a compound, not a figure's 'procent'
            q.unit = q.kind = "percent"
            q.unit_source = "sentence"


def counted_rates(qs: list[Quantity]) -> None:
    """'Elever per lärare 12,0', '4,6 omkomna per 100 000 invånare', '3,6 per 100 vårdplatser': a bare number at a rate
    counts something (a count), whichever stage gave the rate; a rate given by a table or the document marks the
    unit as theirs. Money per share stays out ('0,81 per aktie')."""
    for q in qs:
        if q.unit == "number" and q.kind == "number" and q.per and q.per != "share" and not q.unit_text \
                and q.value is not None:
            q.unit = q.kind = "count"
            if q.per_source in ("table", "document"):
                q.unit_source = q.per_source


def _carried_res(lex: Lexicon) -> tuple:
    """(an anaphor opening the sentence: 'Det är …'; a back reference anywhere in it: 'motsvarande siffra',
    rates.json carried.back_references, or an inverted 'den' before the figure: 'I Finland är den omkring 390')."""
    c = lex.rates_carried
    back = rf"\b(?:{lexicon.alternation(c.get('back_references', ())) or '(?!)'})\b"
    if c.get("inverted_verbs"):         # 'I Finland är den omkring 390 kronor': 'den' is the figure referred to
        back += rf"|\b(?:{lexicon.alternation(c['inverted_verbs'])})\s+(?:{lexicon.alternation(c['inverted_pronouns'])})" \
                rf"\s+(?=(?:[^\W\d_]+\s+)?[-−+]?\d)"
    return (re.compile(rf"^\s*(?:{lexicon.alternation(lex.entities['anaphors'])})\b", re.I), with_first_chars(back, re.I))


def carried_rates(text: str, qs: list[Quantity], previous: list | None, lex: Lexicon | None = None) -> None:
    """'Hälso- och sjukvården kostade 41 870 kronor per invånare. Det är 2 310 kronor mer än året innan', 'År 2023
    var motsvarande siffra 1 096': a figure of a sentence that refers back to the figure before it keeps that
    figure's rate (same unit, within elided.max_ratio): a difference after an opening anaphor, or any figure of a
    sentence naming 'motsvarande siffra' (whose bare number is then the same count: 'där motsvarande siffra var 2,2').
    Sets ``per`` and ``per_source = "document"`` in place."""
    lex = lex or lexicon.load()
    if not qs or not previous or any(q.per for q in qs):
        return
    rated = previous[-1].quantity
    if not rated.get("per") or rated.get("value") in (None, 0):
        return
    anaphor, back = lex.derived(_carried_res)
    named = back.search(text)
    opens, names = bool(anaphor.match(text)), bool(named)
    if not (opens or names):
        return
    after = lex.derived(_elided_res)[2]
    ratio = lex.rates_elided.get("max_ratio", 20)
    for q in qs:
        if not names and not after.match(text, q.char_end):
            continue                    # 'Det är 300 kronor för en månad': only a difference ('… mer än') keeps it
        bare_count = names and q.char_start >= named.end() and rated["unit"] == "count" and q.unit == "number" \
            and not q.unit_text and not q.entity
        if (q.unit == rated["unit"] and q.kind == rated["kind"] or bare_count) and q.value \
                and max(abs(q.value), abs(rated["value"])) <= ratio * min(abs(q.value), abs(rated["value"])):
            q.per, q.per_source = rated["per"], "document"
            if bare_count:              # 'motsvarande siffra var 2,2': the same count as the figure referred to
                q.unit = q.kind = "count"
                q.unit_source = "document"


def _change_to(text: str, q: Quantity, nxt: Quantity, lex: Lexicon) -> bool:
    """'sänks med 20 öre till 19,34 kronor litern': the amount of a change ('med' before it, change.json amount_words)
    and the level it leads to, in one unit; the amount is far smaller, at the same rate."""
    words = words_of(text[max(0, q.char_start - 8):q.char_start])
    return bool(words) and words[-1] in lex.change["amount_words"] and q.unit == nxt.unit and q.kind == nxt.kind \
        and bool(q.value) and bool(nxt.value) and abs(q.value) < abs(nxt.value)


def priced_rates(text: str, qs: list[Quantity], state: dict, lex: Lexicon) -> None:
    """A sum of money in a clause naming a price ('har bensinpriset sjunkit med 45 öre', 'Av bensinpriset går 10,11
    kronor till staten') with no rate of its own is priced at the rate of the document's last rated price
    (rates.json price_words; within elided.max_ratio of it). ``state`` (the document's) keeps that price; sets
    ``per`` and ``per_source = "document"`` in place; a figure elided after a priced one ('…, medan andra har 46 900
    kronor') gets that rate too."""
    endings = lex.rates_price_words
    if not endings:
        return
    ratio = lex.rates_elided.get("max_ratio", 20)
    gave = False
    for q in qs:
        if q.kind != "money" or q.value in (None, 0):
            continue
        a, b = clause_of(text, q.core_start, lex)
        named = any(w.endswith(endings) for w in words_of(text[a:b]))
        if q.per and (named or q.per not in PERIOD_PERS and q.per_source in (None, "text")
                      and any(w.endswith(endings) for w in words_of(text[:a]))):
            state["price"] = q      # a rated price, also a unit price written with its rate whose noun stands in a
            continue                # clause before ('Medelpriset i elområde 4, Malmö, var 108,4 öre per kilowattimme')
        if q.per or not named:
            continue
        last = state.get("price")
        if last is not None and last.unit == q.unit and abs(q.value) <= ratio * abs(last.value):
            q.per, q.per_source, gave = last.per, "document", True
    if gave:                                   # '… tjänar de 53 800 kronor, medan andra har 46 900 kronor': the figure
        _elided_after_document_rate(text, qs, lex)     # elided after a priced one is at the document's rate too


def _elided_after_document_rate(text: str, qs: list[Quantity], lex: Lexicon) -> None:
    """Figures elided after one given a rate from the document (``elided_rates``) have it from the document too."""
    unrated = [q for q in qs if not q.per]
    elided_rates(text, qs, lex)
    for q in unrated:
        if q.per:
            q.per_source = "document"


def _definite_endings(lex: Lexicon) -> tuple:
    """The definite endings of nouns (change.json baseline_phrases), longest first: what ``named_rates`` strips."""
    return tuple(sorted(lex.change["baseline_phrases"]["definite_endings"], key=len, reverse=True))


def named_rates(text: str, qs: list[Quantity], named: dict, lex: Lexicon) -> None:
    """'Sjukpenningtalet … ligger nu på 10,4 dagar per försäkrad' … 'Kvinnornas sjukpenningtal var 13,6 dagar': a
    measure named by the long noun opening a sentence whose figure has a rate stated in it (not a rate of time: a
    flow per year is told per figure) keeps that rate where a clause names it again before a figure of the same unit
    without a rate of its own (within elided.max_ratio; rates.json carried): the noun itself, inflected, not a
    compound it opens ('biblioteken' … 'biblioteksbussen').
    ``named`` (the document's) maps the noun's stem to the rated figure; sets ``per`` and ``per_source =
    "document"`` in place, and a figure elided after one so given gets the rate too ('med 13,1 dagar, följt av
    Region Bergslagen med 12,5 dagar')."""
    least = lex.rates_carried.get("named_measure_min_letters")
    if not least:
        return
    endings = lex.derived(_definite_endings)
    ratio = lex.rates_elided.get("max_ratio", 20)
    opening = next(iter(words_of(text[:40].lower())), "")
    gave = False
    for q in qs:
        size = _size(q)
        if not size or q.header:
            continue                    # a table cell has its rate from its header
        if q.per and q.per_source in (None, "text", "sentence"):
            if len(opening) >= least and opening.isalpha() and q.per not in PERIOD_PERS:
                named[next((opening[:-len(e)] for e in endings if opening.endswith(e)), opening)] = q
            continue
        if q.per or not named:
            continue
        a, _ = clause_of(text, q.core_start, lex)
        nouns = words_of(text[a:q.char_start].lower())
        rated = next((named[s] for w in nouns for s in named if w.startswith(s) and len(w) - len(s) <= 3), None)
        if rated is not None and rated.unit == q.unit and rated.kind == q.kind and rated.value \
                and max(abs(size), abs(rated.value)) <= ratio * min(abs(size), abs(rated.value)):
            q.per, q.per_source, gave = rated.per, "document", True
    if gave:
        _elided_after_document_rate(text, qs, lex)


def _elided_res(lex: Lexicon):
    el = lex.rates_elided
    alt = lexicon.alternation
    return (re.compile(rf"(?:^|[\s,])(?:{alt(el['links'])})(?=[\s,]|$)", re.I),
            re.compile(rf"[\s,]*(?:{alt(el['before_links'])})[\s,]*", re.I),
            re.compile(rf"[\s,]*(?:{alt(el['after'])})\b", re.I), el["max_gap"], el["max_ratio"])


def elided_rates(text: str, qs: list[Quantity], lex: Lexicon | None = None) -> None:
    """A rate stated once holds for a figure of the same unit linked to it (rates.json 'elided'): '52 900 kronor per
    kvadratmeter och i Malmö 33 100 kronor', '1 250 kronor per dag jämfört med 1 116 kronor', 'från 8 000 till 10 000
    platser per år'. Sets ``per`` in place on figures that have none."""
    lex = lex or lexicon.load()
    if len(qs) < 2 or not lex.rates_elided or not any(q.per for q in qs):
        return
    link, before, after, max_gap, max_ratio = lex.derived(_elided_res)

    def alike(a: Quantity, b: Quantity) -> bool:
        va, vb = a.value, _size(b)      # a later range by its upper end: '118 kronor per kilo, … mellan 95 och 105
                                        # kronor' (a rated range does not lend its rate to a figure after it)
        return a.unit == b.unit and a.kind == b.kind and bool(va) and bool(vb) \
            and max(abs(va), abs(vb)) <= max_ratio * min(abs(va), abs(vb))

    for i, q in enumerate(qs):
        prev = qs[i - 1] if i else None
        bare = q.kind == "number" and not q.unit_text and not q.entity and prev is not None \
            and (prev.kind == "count" or prev.kind == "number" and not prev.unit_text) and bool(prev.per) \
            and prev.per != "share"         # 'Det ger 20,1 sökande per plats, mot 18,7 i fjol': the same count;
                                            # '9,6 per 1 000 invånare, … lägre än rikets 10,1' (counted_rates later)
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        runs_to = nxt is not None and bool(nxt.per) and before.fullmatch(text, q.char_end, nxt.char_start) \
            and (alike(q, nxt) or _change_to(text, q, nxt, lex))
        if q.per or q.kind in ("ratio", "ordinal") or q.kind == "number" and not (bare or runs_to):
            continue
        if runs_to:                     # 'från 4,1 till 3,6 per 100 vårdplatser', 'från 8 000 till 10 000 platser per år'
            q.per = nxt.per
            continue
        if prev is not None and not prev.per and prev.unit != q.unit and not q.in_table:
            # '… till 38 900 kronor i månaden, medan den i staten steg med 4,8 procent till 43 700 kronor': past a
            # figure of another unit (the change's size), the nearest one of this unit
            prev = next((o for o in reversed(qs[:i - 1]) if o.unit == q.unit), None)
        if prev is None or not prev.per:
            continue
        gap = text[prev.char_end:q.char_start]
        # the difference of a rated level ('17,42 kronor …, 38 öre mindre än i oktober', '19,06 kronor, en höjning
        # med 24 öre'): far smaller than the level, at the same rate
        difference = q.unit == prev.unit and q.kind == prev.kind and bool(q.value) and bool(prev.value) \
            and abs(q.value) < abs(prev.value) and (after.match(text, q.char_end) is not None or (
                gap.rstrip().lower().endswith(" med") and direction_cue(gap, False, lex) is not None))
        if not (alike(prev, q) or bare and (alike(prev, _as_count(q)) or alike(prev, q)) or difference):
            continue
        if len(gap) <= max_gap and not any(c in gap for c in ".;:()") \
                and (link.search(gap) or after.match(text, q.char_end) or difference):
            q.per = prev.per
            if bare:
                q.unit = q.kind = "count"


def _size(q: Quantity) -> float | None:
    """A figure's value, or a range's upper end."""
    return q.value if q.value is not None else q.high


def _as_count(q: Quantity) -> Quantity:
    return dataclasses.replace(q, unit="count", kind="count")


# --- change words ---------------------------------------------------------------------

def _direction_table(w: dict, comparatives: bool):
    """(exact word -> direction, ((stem tuple, direction), ...), ((phrase, direction), ...)) for change words."""
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


def _phrases_re(phrases: tuple):
    """All multi-word change phrases as one whole-word pattern (spaces match any white space), and their directions."""
    alt = "|".join(r"\s+".join(map(re.escape, p.split())) for p, _ in sorted(phrases, key=lambda x: -len(x[0])))
    return with_first_chars(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])"), {p: d for p, d in phrases}


def _directions(lex: Lexicon) -> dict:
    """Everything ``direction_cue`` reads, built once per lexicon: per use of comparatives the word tables and the
    phrase pattern; the compound heads ('löneökningar'), participle endings ('den ökade risken') and the words that
    only end in a change noun's letters ('undersökning': change.json not_compounds)."""
    w = lex.derived(_build_words)
    out = {}
    for comparatives in (True, False):
        exact, stems, phrases = _direction_table(w, comparatives)
        out[comparatives] = (exact, stems, phrases, _phrases_re(phrases) if phrases else None)
    heads = lex.change.get("compound_heads", {})
    spec = lex.entities["adjective_participle"]
    out["compounds"] = (tuple(heads), heads, frozenset(lex.entities["determiners"]))
    out["participle"] = (tuple(spec["participle_endings"]), tuple(spec["definite_endings"]))
    out["not_compounds"] = tuple(lex.change.get("not_compounds", ()))
    out["not_before"] = {w: frozenset(after) for w, after in lex.change.get("not_change_before", {}).items()}
    sp = lex.change["split_particles"]
    # 'gick bostadsrättspriserna ned', 'skrevs sammantaget ned': a particle verb split by its subject or an adverb
    # (the whole-word verb, at most max_between words, a particle of the verb's group); the
    # particle's direction, the verb's place
    verbs = [v for g in sp["groups"] for v in g["verbs"]]
    particles = {p for g in sp["groups"] for p in g["particles"]}
    out["split"] = (re.compile(rf"(?<![^\W\d_])(?P<verb>{'|'.join(map(re.escape, verbs))})\s+(?:[^\W\d_]+\s+){{0,{int(sp['max_between'])}}}?"
                               rf"(?P<particle>{'|'.join(map(re.escape, sorted(particles)))})(?![^\W\d_])"),
                    {v: g["particles"] for g in sp["groups"] for v in g["verbs"]})
    out["memo"] = {True: {}, False: {}}       # word -> its direction (or None), per use of comparatives
    out["cue_memo"] = {}                        # (text, comparatives) -> direction_cue's answer (bounded)
    return out


_MEMO_MAX = 50_000      # words remembered per table before it starts afresh (a long batch stays bounded)


def _word_direction(word: str, comparatives: bool, D: dict) -> str | None:
    """The direction a word alone names: a change word, a word starting with a change stem, or a compound ending in
    a change noun (not a word that only ends in its letters). Remembered per word (speed)."""
    memo = D["memo"][comparatives]
    try:
        return memo[word]
    except KeyError:
        pass
    exact, stems, _, _ = D[comparatives]
    suffixes, heads, _ = D["compounds"]
    not_compounds = D["not_compounds"]
    direction = exact.get(word)
    other = bool(not_compounds) and _in_family(word, not_compounds)   # 'undersökning', 'reduktionsplikten'
    if direction is None and not other:
        for prefixes, d in stems:
            if word.startswith(prefixes):
                direction = d
                break
    if direction is None and word.endswith(suffixes) and not other:
        for head in suffixes:
            if word.endswith(head) and len(word) > len(head) + 2:
                direction = heads[head]
                break
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[word] = direction
    return direction


def _direction_in(text: str, comparatives: bool = True, lex: Lexicon | None = None) -> str | None:
    """The direction of the change word nearest the end of text; comparatives ('fler') only when allowed."""
    hit = direction_cue(text, comparatives, lex)
    return hit[0] if hit else None


def direction_cue(text: str, comparatives: bool = True, lex: Lexicon | None = None) -> tuple[str, int, int] | None:
    """(direction, start, end) of the change word nearest the end of text; comparatives ('fler') only when allowed.
    A participle between a determiner and a definite noun ('den ökade risken') is an adjective, not a change;
    a change noun ends compounds too ('löneökningar'), but not a word that only ends in its letters
    ('undersökning': change.json not_compounds)."""
    D = (lex or lexicon.load()).derived(_directions)
    seen = D["cue_memo"]                        # the resolver asks about the same clause for each rule and figure
    key = (text, comparatives)
    if len(text) > 2000:
        return _direction_cue(text, comparatives, D)      # a long text is not kept (memory stays bounded)
    if key in seen:
        return seen[key]
    if len(seen) >= 4096:
        seen.clear()
    found = seen[key] = _direction_cue(text, comparatives, D)
    return found


def _inside_sentence(text: str, i: int) -> bool:
    """Whether position ``i`` follows running words of its sentence (not a sentence or line start, a list mark or
    a label's colon)."""
    if i > 1 and text[i - 1] in "-–—" and text[i - 2].isalpha():
        return True                     # 'Öringe–Backa': a dash inside a compound name
    before = text[:i].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n•*-–—|\"'(”»"


def _direction_cue(text: str, comparatives: bool, D: dict) -> tuple[str, int, int] | None:
    """``direction_cue`` itself, unremembered."""
    _, _, phrases, phrase_re = D[comparatives]
    determiners = D["compounds"][2]
    participles, definite = D["participle"]
    best_pos, best, best_end = -1, None, -1
    low = text.lower()
    words = list(WORD.finditer(low))
    memo = D["memo"][comparatives]
    for n, m in enumerate(words):
        word = m.group(0)
        direction = memo[word] if word in memo else _word_direction(word, comparatives, D)   # (no call when known)
        if direction is not None and 0 < n < len(words) - 1 and word.endswith(participles) \
                and words[n - 1].group(0) in determiners and len(words[n + 1].group(0)) > 3 \
                and words[n + 1].group(0).endswith(definite):
            direction = None
        if direction is not None and n > 0 and text[m.start()].isupper() and _inside_sentence(text, m.start()):
            direction = None            # 'Linje 341 Öringe–Backa': a capital inside a sentence starts a name
        if direction is not None and n + 1 < len(words) and words[n + 1].group(0) in D["not_before"].get(word, ()):
            direction = None            # 'Rapporten lyfter fram 12 åtgärder': a particle makes it something else
        if direction is not None and m.start() > best_pos:
            best_pos, best, best_end = m.start(), direction, m.end()
    if phrases:
        rx, by_phrase = phrase_re
        for pm in rx.finditer(low):
            if pm.start() > best_pos:
                best_pos, best, best_end = pm.start(), by_phrase[" ".join(pm.group(0).split())], pm.end()
    split, particles_of = D["split"]
    for sm in split.finditer(low):
        direction = particles_of[sm.group("verb")].get(sm.group("particle"))
        if direction is not None and sm.start() > best_pos:
            best_pos, best, best_end = sm.start(), direction, sm.end()
    return (best, best_pos, best_end) if best is not None else None


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


def find_subject(text: str, upto: int, previous_subject: str | None = None, lex: Lexicon | None = None) -> str | None:
    """What a figure at ``upto`` measures, as written: 'Antalet skjutningar', 'kostnaden för staden'.

    A sentence that opens with 'den'/'det'/'de' refers back: it gets the previous subject.
    """
    w = _words(lex)
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


def _claim_cues(lex: Lexicon) -> tuple:
    """(type name, its cue words as the ' word ' forms a sentence is searched for), in the vocabulary's order."""
    return tuple((name, tuple(f" {c} " for c in spec.get("cues", ()))) for name, spec in lex.claims["types"].items())


@lru_cache(maxsize=16)
def _spaced_words(text: str) -> str:
    """' w1 w2 ... ': a sentence's lower-case words, made once for all its figures."""
    return " " + " ".join(sentence_words(text)) + " "


def claim_types(text: str, q: Quantity, change: dict | None, lex: Lexicon | None = None) -> list[str]:
    """Every claim type whose cue fires, in the vocabulary's order (the first is the record's claim_type)."""
    low = _spaced_words(text)
    out = []
    for name, cues in (lex or lexicon.load()).derived(_claim_cues):
        if name == "change":
            hit = bool(change and change.get("direction"))
        elif name == "interval":
            hit = q.low is not None
        elif name == "statistic":
            hit = not out
        elif name == "budget":
            hit = q.kind == "money" and any(c in low for c in cues)
        elif name == "ranking":
            hit = q.kind == "ordinal" or any(c in low for c in cues)
        elif name == "comparison":
            hit = bool(change and change.get("baseline")) or any(c in low for c in cues) or \
                q.unit == "number" and q.direction is not None
        else:
            hit = any(c in low for c in cues)
        if hit:
            out.append(name)
    return out
