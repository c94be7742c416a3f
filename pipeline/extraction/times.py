"""Time expressions in Swedish text, normalised to ISO 8601 intervals.

A figure without its period is unreviewable, and a year mis-read as a figure
is the commonest false positive of quantity extractors. This module finds
the time expressions first (years, ranges, dates, quarters, weeks, relative
and open-ended periods), so that the quantity grammar can leave them alone
and the context stage can attach them to figures.

What each expression means is a list of named rules in ``pipeline/time_rules.py``.
This module runs them: one scanner, one overlap policy (``settle``), one place
for a missing publication date (relative expressions are then kept with
``start``/``end`` null and ``resolved: false`` rather than guessed), and the
flags that make a period a comparison point rather than the claim's own.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter

from pipeline import lexicon
from pipeline.extraction.firstchars import led, with_first_chars as _with_first_chars
from pipeline.extraction.numbers import parse_number_word
from pipeline.extraction.text import HAS_DIGIT as _HAS_DIGIT, sentence_lower, sentence_word_set
from pipeline.extraction.time_rules import RULES, YEAR, Context, NoDate, Rule, began, electoral_term  # noqa: F401  (electoral_term: public)

_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class TimeExpr:
    text: str
    char_start: int
    char_end: int
    start: str | None
    end: str | None
    grain: str            # year | quarter | month | week | day
    type: str             # point | range | open_start | open_end | relative | duration_ago | term | sequence
    resolved: bool = True
    baseline: bool = False   # 'jämfört med 2020', 'mot året innan': a comparison point, not the claim's time
    rule: str = ""           # the time rule that found it (time_rules.RULES)

    def to_dict(self) -> dict:
        return asdict(self)

    def public(self) -> dict:
        """The fields the CLI contract prints."""
        return {k: getattr(self, k) for k in ("text", "char_start", "char_end", "start", "end", "grain")}


_alt = lexicon.alternation


# --- the compiled rule list and its gates -------------------------------------------------------------------

def _runs(phrase: str) -> list[str]:
    return _WORD.findall(phrase.lower())


def _key_words(lists) -> frozenset | None:
    """The longest word of each phrase in ``lists``: one of them stands as a whole word in every match."""
    if lists is None:
        return None
    return frozenset(max(_runs(x), key=len) for lst in lists for x in lst if _runs(x) and not x.startswith("_"))


def _compiled(lex) -> tuple[tuple, dict, tuple]:
    """(rule, regex, needs) in priority order; the gate index: word -> (rule index, needs) of the rules it opens,
    and those of the rules that need no word. Gating never changes what is found, only what is scanned
    (``tests/test_times.py`` and ``tests/test_time_rules.py`` check this against ungated scans). Built once per
    lexicon (``lex.derived``)."""
    t = lex.time
    rules = sorted(RULES, key=lambda r: r.priority)
    assert len({r.name for r in rules}) == len(rules) and len({r.priority for r in rules}) == len(rules), \
        "time rules need unique names and priorities"
    compiled = tuple((r, _with_first_chars(r.pattern(t), r.flags), r.needs) for r in rules)
    by_word: dict[str, list[tuple[int, str | None]]] = {}
    wordless = []
    for i, r in enumerate(rules):
        words = _key_words(r.words(t)) if r.words else None
        if words is None:
            wordless.append((i, r.needs))
        for w in words or ():
            by_word.setdefault(w, []).append((i, r.needs))
    return compiled, by_word, tuple(wordless)


_YEARISH = re.compile(YEAR)


@dataclass(frozen=True)
class _Gates:
    """What ``_open_rules`` reads, worked out once per lexicon (``lex.derived``) instead of once per sentence: the
    words that open a rule, and the rules a sentence without a digit opens (every check but ``None`` needs a digit,
    so such a sentence opens only the rules that need nothing besides their word, or no word at all)."""
    by_word: dict            # word -> ((rule index, needs), ...)
    wordless: tuple          # (rule index, needs) of the rules that need no word
    keys: frozenset          # the words of by_word
    free: tuple              # indexes of the wordless rules that need nothing
    free_by_word: dict       # word -> indexes of its rules that need nothing


def _gates(lex) -> _Gates:
    _, by_word, wordless = lex.derived(_compiled)
    return _Gates(by_word, wordless, frozenset(by_word), tuple(i for i, needs in wordless if needs is None),
                  {w: tuple(i for i, needs in rules if needs is None) for w, rules in by_word.items()})


def _open_rules(text: str, gated: bool, lex) -> list[int]:
    """Indexes of the rules worth scanning ``text`` with, in priority order."""
    if not gated:
        return list(range(len(lex.derived(_compiled)[0])))
    g = lex.derived(_gates)
    words = sentence_word_set(text) & g.keys            # the sentence's words, read once for every module
    if _HAS_DIGIT.search(text) is None:                 # most sentences (speed)
        if not words:
            return list(g.free)
        open_ = set(g.free)
        for word in words:
            open_.update(g.free_by_word[word])
        return sorted(open_)
    has_year = _YEARISH.search(text) is not None
    checks = {None: True, "digit": True, "year": has_year, "year-": has_year and "-" in text,
              "year/": has_year and "/" in text, "digit/": "/" in text}
    open_ = {i for i, needs in g.wordless if checks[needs]}
    for word in words:
        open_.update(i for i, needs in g.by_word[word] if checks[needs])
    return sorted(open_)


# --- the scanner --------------------------------------------------------------------------------------------

def _candidates(text: str, ctx: Context, indexes: list[int]) -> list[tuple]:
    """Every match of every open rule that its production accepts: (priority, start, end, rule, hit).

    The one place a missing publication date is handled: a production that needs it raises ``NoDate``
    and the expression is kept unresolved, with what the text itself fixes (``NoDate.keep``)."""
    compiled = ctx.full.derived(_compiled)[0]
    out = []
    for i in indexes:
        rule, rx, _ = compiled[i]
        for m in rx.finditer(text):
            try:
                h = rule.produce(m, ctx)
            except NoDate as no:
                k = no.keep
                h = (k.get("start"), k.get("end"), k.get("grain"), k.get("type"), k.get("resolved", False), k.get("group", 0))
            if h is not None:
                s, e = m.span(h[5])
                out.append((rule.priority, s, e, rule, h))
    return out


def settle(candidates: list[tuple]) -> list[tuple]:
    """The overlap policy, in one place: candidates (priority, start, end, ...) are taken by rule priority
    (``Rule.priority``, lower first), then in text order; one that overlaps a span already taken is dropped.
    Priority says which reading is more specific ('för 10 år sedan' before the bare number, '13-15 juli'
    before '15 juli', a date before its year)."""
    taken: list[tuple[int, int]] = []
    found = []
    for c in sorted(candidates, key=_PRIORITY_THEN_START):
        s, e = c[1], c[2]
        if all(e <= a or s >= b for a, b in taken):
            taken.append((s, e))
            found.append(c)
    return found


_PRIORITY_THEN_START = itemgetter(0, 1)


def _expression(text: str, candidate: tuple) -> TimeExpr:
    _, s, e, rule, (start, end, grain, typ, resolved, _) = candidate
    return TimeExpr(text[s:e], s, e, start, end, grain or rule.grain, typ or rule.type, resolved, rule=rule.name)


def find_times(text: str, published=None, *, gated: bool = True, lex=None) -> list[TimeExpr]:
    """All time expressions in text, non-overlapping, in text order.

    ``published``: the reference date for relative expressions (None: leave them unresolved).
    ``gated``: skip the rules whose required characters or words the text lacks (same result, faster).
    ``lex``: the Lexicon (default: the loaded Swedish one).
    """
    full = lex or lexicon.load()
    indexes = _open_rules(text, gated, full)
    if not indexes:
        return []
    found = [_expression(text, c) for c in settle(_candidates(text, Context(text, parse_published(published), full), indexes))]
    _merge_relative_year(text, found)
    if len(found) > 1:
        _merge_named_day_span(text, found, full)
    low = sentence_lower(text)                  # read once already for the rule gates (cached)
    if found and any(w in low for w in full.time["pattern_words"]["ongoing_start"]):
        _ongoing_since(text, found, published, full)
    cues = full.derived(baseline_cues)
    records = any(w in low for w in cues.record_words)          # the record cue stands in the sentence (speed)
    note = any(w in low for w in full.time.get("bracket_notes", ()))   # 'Siffror inom parentes avser oktober 2024'
    for t in found:
        before = text[max(0, t.char_start - 60):t.char_start]
        t.baseline = note or bool(cues.baseline.search(before)) \
            or t.text.lower().startswith(cues.baseline_starts) \
            or _baseline_phrase(before, cues) \
            or _compared_period(t, before, cues) \
            or prior_period_label(text, t) \
            or (records and record_point(t, before, cues)) \
            or (t.type == "average" and before.lower().endswith(cues.comparison_after)) \
            or _share_base_of(t, before, cues) \
            or _after_normal(t, before, cues) \
            or cues.level_compared.search(before) is not None \
            or cues.same_as.search(before) is not None \
            or (t.type == "relative" and cues.from_before.search(before) is not None) \
            or (t.type in ("point", "range") and _changed_from(t, before, cues) and began(text, full)) \
            or (t.grain in ("year", "month") and _earlier_level(t, text, published, cues)) \
            or _INDEX_BASE_AFTER.match(text, t.char_end) is not None     # '(januari 2020 = 100)': an index's base
        t.baseline = t.baseline or _second_of_pair(text, found, t, cues)
        # ('med 640 från året innan'; 'steg med 0,6 procent från augusti': where a change told in the past started,
        # while 'höjs med 4 procent från januari' starts a coming price; 'på
        # fjolårets nivå', 'på 2019 års nivå': a level of another year, compared with)
    found.sort(key=lambda t: t.char_start)
    return found


def _second_of_pair(text: str, found: list[TimeExpr], t: TimeExpr, cues: BaselineCues) -> bool:
    """'17 procent, att jämföra med 15 procent 2024 och 13 procent 2020', 'mot 412 i fjol och 380 år 2023': the
    period of a figure coordinated with a compared figure and its period is a comparison point too."""
    i = found.index(t)
    if i == 0 or not found[i - 1].baseline:
        return False
    return cues.pair_after.fullmatch(text, found[i - 1].char_end, t.char_start) is not None


def _earlier_level(t: TimeExpr, text: str, published, cues: BaselineCues) -> bool:
    """'på fjolårets nivå', 'tillbaka på 2019 års nivå', 'under förra höstens nivåer': the level of a year or a
    season before publication, compared with ('Årets nivå' is this year's own)."""
    pub = parse_published(published)
    return cues.level_after.match(text, t.char_end) is not None and pub is not None and bool(t.end) \
        and (int(t.end[:4]) < pub.year if t.grain == "year" else t.end < pub.isoformat()[:len(t.end)])


def _changed_from(t: TimeExpr, before: str, cues: BaselineCues) -> bool:
    """A change amount and 'från' right before the period, or before it and 'från' opening it ('från augusti'); a
    period of its own ('i våras'), not a span from one to another ('från 2024 till 2025' is the change's span)."""
    if t.type == "range" and (t.grain == "year" or t.rule.endswith("_range") or t.rule == "named_day_span"):
        return False
    return cues.change_from.search(before) is not None \
        or cues.change_from.search(before + t.text.split(None, 1)[0] + " ") is not None


def parse_published(value) -> date | None:
    """'2018-06-26T10:30:00+02:00' or '2018-06-26' -> date(2018, 6, 26); None if absent or unreadable."""
    if not value:
        return None
    if isinstance(value, date):
        return value
    return _parse_published(str(value))


@lru_cache(maxsize=256)
def _parse_published(value: str) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --- after the scan: merged periods and comparison points ---------------------------------------------------

_YEAR_IN = re.compile(r"\d{4}")


def _week_in(year: int, week: int) -> date | None:
    """The Monday of ISO week ``week`` of ``year``, or None when that year has no such week (53 in a 52-week year)."""
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _merge_relative_year(text: str, found: list[TimeExpr]) -> None:
    """'oktober förra året', 'tredje kvartalet i fjol', 'Kv3 i fjol', 'vecka 46 i fjol': a month, quarter, week or season
    without a year right before a relative year is one period, in that year; before a span of years ('juli de senaste
    fem åren') it runs from that month in the first year to that month in the last; a span from it ('sedan oktober i
    fjol') starts in that year."""
    found.sort(key=lambda t: t.char_start)
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        if a.grain in ("month", "quarter", "week") and a.type in ("point", "range", "open_start") and not _YEAR_IN.search(a.text) \
                and b.type == "relative" and b.grain == "year" and not text[a.char_end:b.char_start].strip():
            y = b.start
            if a.grain == "week" and y and a.start and len(a.start) == 10:      # 'vecka 46 i fjol': that week number
                monday = _week_in(int(y[:4]), date.fromisoformat(a.start).isocalendar()[1])
                if monday is None:
                    k += 1                  # 'vecka 53 i fjol' when that year had 52 weeks: left as written
                    continue
                a.start, a.end = monday.isoformat(), (monday + timedelta(days=6)).isoformat()
            else:
                a.start = y and a.start and y + a.start[4:]
                if a.type != "open_start":  # 'sedan oktober i fjol' runs up to now; 'juli de senaste fem åren' is
                    a.end = b.end and a.end and b.end[:4] + a.end[4:]   # that month in each year, 2021-07 to 2025-07
            a.resolved = y is not None
            a.char_end, a.text = b.char_end, text[a.char_start:b.char_end]
            del found[k + 1]
        k += 1


def _duration_words(lex) -> frozenset:
    """The surface forms of the duration units ('år', 'månader', 'veckor'): before 'sedan' they make it 'ago'."""
    return frozenset(surface for surface, unit in lex.unit_by_surface.items() if unit.kind == "duration")


def _since_event(lex) -> re.Pattern:
    """'sedan börsintroduktionen ', 'sedan starten ': an ongoing start and one or two words (the event) right before a
    year (time.json pattern_words ongoing_start)."""
    leads = _alt(lex.time["pattern_words"]["ongoing_start"])
    return re.compile(rf"(?:^|\s)(?:{leads})\s+(?:[^\W\d_]+\s+){{1,2}}$", re.I)


def _ongoing_since(text: str, found: list[TimeExpr], published, lex) -> None:
    """'sedan sommaren 2024', 'sedan andra kvartalet 2024', 'sedan årsskiftet', 'sedan börsintroduktionen 2009',
    'sedan toppen hösten 2024': a
    closed period after a word of an ongoing start (time.json pattern_words ongoing_start) opens a span from it up
    to publication, as 'sedan 2024' does."""
    pub = parse_published(published)
    if pub is None:
        return
    leads = tuple(w + " " for w in lex.time["pattern_words"]["ongoing_start"])
    durations = lex.derived(_duration_words)
    since_event = lex.derived(_since_event)
    now = pub.isoformat()[:7]
    for t in found:
        before = text[max(0, t.char_start - 30):t.char_start].lower()
        if t.type == "point" and t.grain == "year" and t.start and t.start < now[:4] and since_event.search(before):
            t.end, t.type, t.rule = now[:4], "open_start", "open_start"   # 'sedan börsintroduktionen 2009': up to now
            continue
        if t.type not in ("point", "range", "relative") or t.grain not in ("month", "quarter", "day") or not t.start \
                or t.start[:7] >= now:
            continue
        if (t.text.lower().startswith(leads) or before.endswith(leads) or since_event.search(before)) \
                and (before.split()[-2:-1] or [""])[0] not in durations:      # 'ett år sedan i mars': ago, not since
            if t.start.endswith("-12-31"):          # 'sedan årsskiftet': from the first day of the new year
                t.start = f"{int(t.start[:4]) + 1}-01-01"
            t.end, t.type, t.rule = pub.isoformat()[:10] if t.grain == "day" else now, "open_start", "open_start"


def _day_span_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    """(the lead before the first date, the link between the two) of ``_merge_named_day_span`` (time.json
    named_day_spans; lexicon-derived, built once per lexicon)."""
    spans = lex.time["named_day_spans"]
    words = rf"(?:[^\W\d_][\w-]*\s+){{0,{int(spans['max_words'])}}}"
    lead = re.compile(rf"(?:^|\s)(?:{_alt(spans['leads'])})\s+{words}$", re.I)
    link = re.compile(rf"\s*(?:{_alt(spans['links'])})\s+{words}", re.I)
    return lead, link


def _merge_named_day_span(text: str, found: list[TimeExpr], lex) -> None:
    """'från premiären den 28 november till sista åkdagen den 12 april', 'mellan invigningen 3 maj och stängningen
    30 september': two dates, each after the occasion it names, are one span of days (a first date after the second
    in the calendar, written without a year, is the year before: a winter season)."""
    lead, link = lex.derived(_day_span_patterns)
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        if a.grain == b.grain == "day" and a.type == b.type == "point" and a.start and b.start \
                and link.fullmatch(text, a.char_end, b.char_start) and lead.search(text[max(0, a.char_start - 50):a.char_start]):
            start = a.start
            if start > b.start and not _YEAR_IN.search(a.text):
                start = f"{int(start[:4]) - 1}{start[4:]}"
            if start <= b.start:
                a.start, a.end, a.type, a.grain = start, b.end, "range", "day"
                a.char_end, a.text = b.char_end, text[a.char_start:b.char_end]
                a.rule = "named_day_span"
                del found[k + 1]
        k += 1


_BRACKET_OPEN = re.compile(r"\(\s*$")
_LABEL_COLON = re.compile(r"\s*:")


# '(25 procent 2024', '(20,8 procent vid utgången av 2025': a figure, its unit and up to three words before the period
_BRACKET_FIGURE_BEFORE = re.compile(r"\(\s*[-−+]?\d[\d\s ]*(?:,\d+)?\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def prior_period_label(text: str, t: TimeExpr) -> bool:
    """'38 procent (2022: 41 procent)', '27 procent av befolkningen (25 procent 2024)', '21,6 procent (20,8 procent vid
    utgången av 2025)': a period that opens a bracket
    and ends in a colon, or closes a bracket after a figure, labels the prior figure in that bracket; it is a
    comparison point for the figure before the bracket, not that figure's period."""
    if _BRACKET_OPEN.search(text, max(0, t.char_start - 3), t.char_start) is not None \
            and _LABEL_COLON.match(text, t.char_end) is not None:
        return True
    return _BRACKET_CLOSE.match(text, t.char_end) is not None \
        and _BRACKET_FIGURE_BEFORE.search(text, max(0, t.char_start - 50), t.char_start) is not None


@dataclass(frozen=True)
class BaselineCues:
    """What marks a period as a comparison point, compiled once per lexicon (``lex.derived(baseline_cues)``)."""
    baseline: re.Pattern            # 'jämfört med (samma period) (540 MSEK …)' right before the period
    state_figure: re.Pattern        # 'ligger 3 procent [under] …'
    comparison_after: tuple         # change.json comparison_after_figure, each with a trailing space
    phrase: re.Pattern              # 'än vinnartiden …' (change.json baseline_phrases)
    phrase_links: frozenset
    phrase_endings: tuple
    same_words: frozenset           # 'samma', 'motsvarande' (change.json baseline_phrases same_words)
    ratio_words: frozenset
    record: re.Pattern              # 'den lägsta nivån sedan …'
    record_words: tuple
    baseline_starts: tuple          # time.json pattern_words baseline_starts, each with a trailing space
    share_base: re.Pattern          # 'procent av fjolårets skörd', 'Procent av skörden 2024' (change.json share_base)
    share_base_genitives: frozenset  # 'fjolårets', 'förra årets' (change.json share_base earlier_genitives)
    normal_nouns: tuple             # 'normalperioden' right before a period: the normal compared with (time.json)
    level_compared: re.Pattern      # '4,5 procent över nivån i ' (change.json compared_levels)
    same_as: re.Pattern             # 'ungefär som ', 'liksom ' (change.json same_as_periods)
    from_before: re.Pattern         # 'från ' right before an earlier year named in words (change.json from_words)
    change_from: re.Pattern         # 'steg med 0,6 procent från ' right before a period (change.json from_words)
    level_after: re.Pattern         # ' nivå' right after a period in the genitive (change.json compared_levels)
    pair_after: re.Pattern          # ' och 13 procent ' between a baseline period and the next (change.json baseline_pair_links)
    calendar_names: frozenset = frozenset()   # month and season names, ordinals (time.json months, seasons; numbers.json
                                              # ordinals: 'under första halvåret', 'under tredje kvartalet')


def baseline_cues(lex) -> BaselineCues:
    ch, ent, rank = lex.change, lex.entities, lex.numbers["rank"]
    cues = _alt(ch["baseline_cues"])
    fillers = _alt(ch["baseline_fillers"])
    links = _alt(ch["baseline_phrases"]["links"])
    n = lex.numbers
    numwords = _alt([w for w in list(n["units"]) + list(n["tens"]) if n["units"].get(w, 2) > 1])   # not 'en', 'ett'
    # the baseline figure: digits or a number word ('jämfört med tre i november 2024') and up to two words after it
    figure = rf"(?:[-−]?\d[\d\s ]*(?:,\d+)?|(?:{numwords})\b)\s*(?:[a-zåäö%][a-zåäö%/²³]*\s+){{0,3}}"   # 'öre/kWh'
    # '26 procent i förra undersökningen för två år sedan': a short phrase after a link may stand between the
    # baseline figure and its period
    figure += rf"(?:(?:{links})\s+(?:[a-zåäö]+\s+){{1,2}})?"
    # 'jämfört med ett överskott på 3,1 miljarder kronor i oktober 2024': after an unambiguous comparison cue
    # (change.json baseline_far_cues) up to three words may name the baseline figure before it
    far = rf"(?:{_alt(ch['baseline_far_cues'])})\s+(?:[a-zåäö]+\s+){{1,3}}?{figure}"
    # 'jämfört med 540 MSEK under motsvarande kvartal föregående år', 'mot 215 samma kvartal i fjol', 'än under
    # motsvarande period förra året';
    # 'från 32 kronor i maj förra året': the period of a from-value is the comparison point of the change
    # 'Jämfört med före pandemin, 2019, …': a year in apposition to the comparison point named in words
    apposed = rf"(?:{_alt(ch['baseline_far_cues'])})\s+(?:[a-zåäö]+\s+){{0,3}}[a-zåäö]+,\s*"
    baseline = re.compile(rf"\b(?:(?:{cues})\s+(?:(?:{links})\s+)?(?:(?:{fillers})\s*)?(?:{figure})?(?:(?:(?:{links})\s+)?(?:{fillers})\s*)?"
                          rf"|{far}|{apposed}|(?:{_alt(ch['from_words'])})\s+{figure})$", re.I)
    comp = _alt(ch["comparison_after_figure"])
    state = re.compile(rf"\b(?:{_alt(ent['present_state_verbs'] + ent['past_markers'])})\s+[-−]?\d[\d\s ]*(?:,\d+)?\s*"
                       rf"(?:[a-zåäö%]+\s+)?(?P<comp>(?:{comp})\s+)?$", re.I)
    bp = ch["baseline_phrases"]
    phrase = re.compile(rf"\b(?:{_alt(bp['cues'])})\s+((?:[a-zåäö]+\s+){{1,{int(bp['max_words'])}}})$", re.I)
    sup = rf"(?:[a-zåäö]+(?:{'|'.join(rank['superlative_suffixes'])})|{'|'.join(rank['superlatives'])})"
    words = lex.time["record_since"]
    since = "|".join(map(re.escape, words))
    record = re.compile(rf"\b{sup}(?:\s+[a-zåäö]+){{0,2}}\s+(?:{since})\s+(?:{since}\s)?", re.I)
    levels = ch["compared_levels"]
    # '4,5 procent över nivån i ', '11 procent över samma vecka ', '6 procent över ' (compared_levels bare_comparatives)
    level_compared = re.compile(rf"[-−]?\d[\d\s ]*(?:,\d+)?\s*(?:[a-zåäö%]+\s+)?(?:(?:{comp})\s+(?:{_alt(levels['nouns'])})\s+"
                                rf"(?:(?:{_alt(levels['links'])})\s+)?(?:(?:{_alt(levels['period_nouns'])})\s+)?"
                                rf"|(?:{_alt(levels['bare_comparatives'])})\s+)$", re.I)
    same = ch["same_as_periods"]
    same_as = re.compile(rf"\b(?:(?:{_alt(same['leads'])})\s+{re.escape(same['link'])}|{_alt(same['alone'])})\s+$", re.I)
    from_before = re.compile(rf"\b(?:{_alt(ch['from_words'])})\s+$", re.I)
    change_from = re.compile(rf"\d(?:,\d+)?\s*(?:%|[^\W\d_]+)?\s+(?:{_alt(ch['from_words'])})\s+$", re.I)
    level_after = re.compile(rf"\s*(?:(?:{_alt(levels['genitive_links'])})\s+)?"
                             rf"(?:{_alt([n for n in levels['nouns'] if ' ' not in n])})(?![^\W\d_])", re.I)
    pair_after = re.compile(rf"\s*,?\s*(?:{_alt(ch['baseline_pair_links'])})\s+{figure}", re.I)
    baseline, state, phrase, record = map(led, (baseline, state, phrase, record))      # same matches, faster
    return BaselineCues(baseline, state, tuple(w + " " for w in ch["comparison_after_figure"]), phrase,
                        frozenset(bp["links"]), tuple(bp["definite_endings"]), frozenset(bp.get("same_words", ())),
                        frozenset(lex.numbers["ratio_words"]),
                        record, tuple(w.lower() for w in words),
                        tuple(c + " " for c in lex.time["pattern_words"]["baseline_starts"]),
                        _share_base(ch["share_base"]), frozenset(ch["share_base"]["earlier_genitives"]),
                        tuple(lex.time.get("normal_period_nouns", ())), level_compared, same_as, from_before, change_from,
                        level_after, pair_after,
                        frozenset(list(lex.time["months"]) + list(lex.time["seasons"])
                                  + [w for w in lex.numbers["ordinals"] if not w.startswith("_")]))


def _share_base(sb: dict) -> re.Pattern:
    """The base a share is taken of: a period right after 'av' in the genitive ('118 procent av fjolårets skörd',
    'hälften av förra årets'), or after a share noun, 'av' and one noun ('Procent av skörden 2024')."""
    link = _alt(sb["links"])
    return re.compile(rf"\b(?:(?P<genitive>{link})|(?:{_alt(sb['nouns'])})\s+(?:{link})\s+[a-zåäö]+)\s+$", re.I)


def _after_normal(t: TimeExpr, before: str, cues: BaselineCues) -> bool:
    """A period right after a noun naming the normal ('normalperioden 1991–2020'; the time rule may have read
    'perioden' into the expression): what a figure is compared with."""
    digit = next((i for i, ch in enumerate(t.text) if ch.isdigit()), None)
    if digit is None:
        return False
    return " ".join((before + t.text[:digit]).lower().split()).endswith(cues.normal_nouns)


def _share_base_of(t: TimeExpr, before: str, cues: BaselineCues) -> bool:
    """See ``_share_base``: an earlier year in the genitive after 'av' ('av fjolårets skörd'; not 'av årets
    resultat', the figure's own year), or a written period after a share noun, 'av' and one noun."""
    m = cues.share_base.search(before)
    if m is None:
        return False
    if m.group("genitive") is not None:
        return " ".join(t.text.lower().split()) in cues.share_base_genitives
    return t.text[:1].isdigit() and t.type == "point"


_INDEX_BASE_AFTER = re.compile(r"\s*=\s*100(?!\d)")


def _compared_period(t: TimeExpr, before: str, cues: BaselineCues) -> bool:
    """'ligger 3 procent under förra året', 'låg 5 procent över föregående år': a period without digits after a figure
    of state and a comparison preposition (in the period's text or right before it) is the comparison point."""
    if any(c.isdigit() for c in t.text):
        return False
    m = cues.state_figure.search(before)
    if not (m and (m.group("comp") or t.text.lower().startswith(cues.comparison_after))):
        return False
    low = t.text.lower()                # 'var 81 procent under januari–mars', 'under sommaren', 'under första
                                        # halvåret': when, not compared
    bare = low[low.find(" ") + 1:] if low.startswith(cues.comparison_after) else low
    first = re.match(r"[^\W\d_]+", bare)
    return not (first and first.group(0) in cues.calendar_names)


def _baseline_phrase(before: str, cues: BaselineCues) -> bool:
    """'än vinnartiden förra året', 'än genomsnittet för de senaste fem åren': the period a figure is compared
    with. The phrase ends in a definite noun or a link word, or is a link and 'samma' ('än vid samma utbetalning
    förra året'), and holds no number word ('fler än hälften 2023') but one counting periods after 'samma' ('än under
    samma tio månader 2025')."""
    m = cues.phrase.search(before)
    if not m:
        return False
    words = m.group(1).lower().split()
    if any((parse_number_word(w) is not None and (i == 0 or words[i - 1] not in cues.same_words))
           or w in cues.ratio_words for i, w in enumerate(words)):
        return False                    # a count of periods after 'samma' is no figure: 'än samma tio månader 2025'
    return words[-1] in cues.phrase_links or words[-1].endswith(cues.phrase_endings) \
        or (words[0] in cues.same_words or any(w in cues.phrase_links for w in words[:-1])) \
        and any(w in cues.same_words for w in words)


_FEW_WORDS = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,3}")


def record_point(t: TimeExpr, before: str, cues: BaselineCues) -> bool:
    """A superlative, 'sedan' and at most three words right before the time ('den lägsta nivån sedan 1970-talet',
    'den högsta nivån sedan valet 2022', 'det högsta antalet sedan biblioteket byggdes om 2019'): a comparison point,
    not the claim's period. ``before``: the text
    up to 60 characters before it."""
    s = before + t.text[:6]
    if not any(w in s.lower() for w in cues.record_words):          # the cue word is required (speed)
        return False
    return any(m.end() >= len(before) or _FEW_WORDS.fullmatch(before, m.end()) for m in cues.record.finditer(s))
