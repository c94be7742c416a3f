"""Time expressions in Swedish text, normalised to ISO 8601 intervals.

A figure without its period is unreviewable, and a year mis-read as a figure
is the commonest false positive of quantity extractors. This module finds
the time expressions first (years, ranges, dates, quarters, weeks, relative
and open-ended periods), so that the quantity grammar can leave them alone
and the context stage can attach them to figures.

Relative expressions are resolved against the publication date; without one
they are kept with ``start``/``end`` null and ``resolved: false`` rather than
guessed.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import lexicon
from .numbers import ordinal_words, parse_number_word

_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_LOWER_WORD = re.compile(r"[a-zåäö]+")
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"


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

    def to_dict(self) -> dict:
        return asdict(self)

    def public(self) -> dict:
        """The fields the CLI contract prints."""
        return {k: getattr(self, k) for k in ("text", "char_start", "char_end", "start", "end", "grain")}


_alt = lexicon.alternation


@lru_cache(maxsize=1)
def _patterns():
    t = lexicon.load().time
    w = t["pattern_words"]
    months_full = [m for m in t["months"] if len(m) > 3 or m not in t["months_en"]]   # 'maj' yes, 'jan' only in ranges
    months_all = list(t["months"])
    num_words = r"[a-zåäö]+"
    units = _alt(w["units"])
    p = {
        "year_range": re.compile(rf"(?:(?:{_alt(w['range_lead'])})\s+)?({YEAR})\s*([–—-]|{_alt(w['range_link'])})\s*({YEAR}|\d\d)\b(?![\d]|[,.]\d)", re.I),
        "decade": re.compile(rf"\b(?:(?:{_alt(w['decade_lead'])})\s+)?(1[89]\d0|20\d0|\d0)-{w['decade_suffix']}\b", re.I),
        "year_genitive": re.compile(rf"(?<![\d,.])\b({YEAR})\s+(?:{_alt(w['year_genitive'])})\b", re.I),
        "in_future": re.compile(rf"\b(?:{_alt(w['future_before'])})\s+(\d+|{num_words})\s+({units})\b", re.I),
        "year_slash": re.compile(rf"(?:(?:{_alt(w['year_lead'])})\s+)?({YEAR})/({YEAR}|\d\d)\b", re.I),
        "dm_date": re.compile(rf"(?:\b(?:{_alt(t['date_cues'])})\s+)(\d{{1,2}})/(\d{{1,2}})(?:\s+({YEAR}))?\b|\b(\d{{1,2}})/(\d{{1,2}})\s+({YEAR})\b", re.I),
        "iso_date": re.compile(rf"\b({YEAR})-(\d\d?)-(\d\d?)\b"),
        "en_date": re.compile(rf"\b({_alt(t['months_en'])})\.? (\d{{1,2}}), ({YEAR})\b", re.I),
        "sv_date": re.compile(rf"(?:\b(?:{_alt(w['date_article'])})\s+)?\b(\d{{1,2}})(?::[ae])?\s+({_alt(months_all)})\.?(?:\s+({YEAR}))?\b", re.I),
        "month_range": re.compile(rf"\b({_alt(months_all)})\.?\s*[–—-]\s*({_alt(months_all)})\.?(?:\s+({YEAR}))?\b", re.I),
        "month": re.compile(rf"(?:\b(?:{_alt(w['month_lead'])})\s+)?\b({_alt(months_full)})(?:\s+({YEAR}))?\b", re.I),
        "season": re.compile(rf"(?:\b(?:{_alt(w['month_lead'])})\s+)?\b({_alt(t['seasons'])})(?:\s+({YEAR}))?\b", re.I),
        "quarter": re.compile(rf"\b({_alt(t['quarter_ordinals'])})\s+(?:{_alt(w['quarter_nouns'])})(?:\s+({YEAR}))?"
                              rf"|\b{w['quarter_letter']}([1-4])(?:\s*({YEAR}))?\b|\b(?:{_alt(w['quarter_abbreviations'])})\s?([1-4])(?:\s+({YEAR}))?\b"
                              rf"|\b([1-4]):[ae]\s+(?:{_alt(w['quarter_nouns'] + w['quarter_abbreviations'])})(?:\s+({YEAR}))?", re.I),
        "half": re.compile(rf"\b({_alt(t['half_ordinals'])})\s+(?:{_alt(w['half_nouns'])})(?:\s+({YEAR}))?", re.I),
        "week": re.compile(rf"\b(?:{_alt(w['week_words'])})\s?(\d{{1,2}})(?:\s*[–—-]\s*(\d{{1,2}}))?(?:\s+({YEAR}))?\b", re.I),
        "offset": re.compile(rf"\b(\d+|{num_words})\s+({units})\s+({_alt(t['relative_offsets'])})\b", re.I),
        "ago": re.compile(rf"\b(?:(?:{_alt(w['ago_before'])})\s+)?(\d+|{num_words})\s+({units})\s+(?:{_alt(w['ago_after'])})\b", re.I),
        "last_n": re.compile(rf"\b(?:(?:{_alt(w['last_lead'])})\s+)?(?:{_alt(w['last_determiners'])})\s+({_alt(w['last_past'] + w['last_future'])})"
                             rf"\s+(\d+|{num_words})\s+({_alt(w['last_units'])})\b", re.I),
        "relative_year": re.compile(rf"\b(?:({_alt(w['relative_lead'] + w['stated_year_lead'])})\s+)?({_alt(t['relative_years'])})\b", re.I),
        "relative_month": re.compile(rf"\b({_alt(t['relative_months'])})\b", re.I),
        "relative_day": re.compile(rf"\b({_alt(t['relative_days'])})\b", re.I),
        "weekday_past": re.compile(rf"\b{w['weekday_past']['preposition']}\s+({_alt(t['weekdays'])}){w['weekday_past']['suffix']}\b", re.I),
        "weekday_next": re.compile(rf"\b(?:{_alt(w['weekday_next'])})\s+({_alt(t['weekdays'])})\b", re.I),
        "open_start": re.compile(rf"\b({_alt(t['open_start'])})\s+(?:(?:{_alt(w['year_lead'])})\s+)?({YEAR})\b(?!\s*(?:[–—-]|{_alt(w['range_link'])})\s*{YEAR})", re.I),
        "open_end": re.compile(rf"\b({_alt(t['open_end'])})\s+(?:(?:{_alt(w['year_lead'])})\s+)?({YEAR})\b", re.I),
        "term": re.compile(rf"\b(?:(?:{_alt(w['term_lead'])})\s+)*(?:(?:{_alt(w['term_adjectives'])})\s+)?({_alt(t['period_words'])})\b", re.I),
        "sequence": re.compile(rf"\b({_alt(t['sequence_words'])})\b", re.I),
        "bare_year": re.compile(rf"(?:\b(?:{_alt(t['year_prepositions'])})\s+)?(?<![\d,.])\b({YEAR})\b(?![.,]?\d|\s\d{{3}}\b|:\d)", re.I),
    }
    day_link = _alt(w["range_link"])      # '13 till 15 juli'; 'och' only after its lead ('mellan 13 och 17 maj')
    p.update({
        "day_range": re.compile(rf"\b(\d{{1,2}})(?::[ae])?(?:\s+({_alt(months_all)})\.?)?\s*(?:[–—-]|\b(?:{day_link})\b)\s*"
                                rf"(\d{{1,2}})(?::[ae])?\s+({_alt(months_all)})\.?(?:\s+({YEAR}))?\b", re.I),
        "dmy_date": re.compile(rf"(?<![\d/.-])\b(\d{{1,2}})([/.-])(\d{{1,2}})\2({YEAR})\b(?![/.-]\d)"),
        "sv_date_word": re.compile(rf"(?:\b(?:{_alt(w['date_article'])})\s+)?\b({_alt(ordinal_words(31))})\s+({_alt(months_full)})\b(?!-)"       # not 'mars-dagarna'
                                   rf"(?:\s+({YEAR}))?\b", re.I),
        "relative_week": re.compile(rf"\b({_alt(t['relative_weeks'])})\b", re.I),
        "relative_quarter": re.compile(rf"\b({_alt(t['relative_quarters'])})\b", re.I),
        "weekday_last": re.compile(rf"\b(?:{_alt(w['weekday_last'])})\s+({_alt(t['weekdays'])})\b", re.I),
    })
    starts = [x for x in t["open_start"] if x not in w["ongoing_start"]]
    p["_from_lead"] = re.compile(rf"\b(?:{_alt(starts)})\s*$", re.I)       # 'från och med oktober': a start ahead
    p["_range_lead"] = {link: re.compile(rf"\b{re.escape(lead)}\s+$", re.I) for link, lead in w["range_link_needs_lead"].items()}
    p["_gates"] = _gates(t)
    p["_gate_index"] = _gate_index(p["_gates"])
    return p


def _runs(phrase: str) -> list[str]:
    return _WORD.findall(phrase.lower())


def _gates(t: dict) -> dict:
    """For each pattern: what its match cannot lack, so that a sentence without it is not scanned (speed).

    A gate is (needs, words): ``needs`` names a cheap character test ('digit', 'year', 'year-', 'year/',
    'digit/'), ``words`` a set of lower-case words one of which stands as a whole word in every match
    (the longest word of each phrase the pattern requires, taken from the same lexicon lists that build
    it). ``None`` for words means no word is required. Gating never changes what is found, only what
    is scanned; ``tests/test_times.py`` checks this against ungated scans.
    """
    w = t["pattern_words"]

    def key_words(*lists) -> frozenset:
        return frozenset(max(_runs(x), key=len) for lst in lists for x in lst if _runs(x) and not x.startswith("_"))

    months_all = key_words(t["months"])
    return {
        "ago": (None, key_words(w["ago_after"])),
        "offset": (None, key_words(t["relative_offsets"])),
        "last_n": (None, key_words(w["last_past"], w["last_future"])),
        "dm_date": ("digit/", None),
        "iso_date": ("year-", None),
        "year_range": ("year", None),
        "decade": ("digit", key_words([w["decade_suffix"]])),
        "year_genitive": ("year", key_words(w["year_genitive"])),
        "in_future": (None, key_words(w["future_before"])),
        "year_slash": ("year/", None),
        "en_date": ("year", key_words(t["months_en"])),
        "month_range": (None, months_all),
        "sv_date": ("digit", months_all),
        "quarter": (None, key_words(t["quarter_ordinals"], [w["quarter_letter"]], w["quarter_abbreviations"], w["quarter_nouns"])),
        "half": (None, key_words(t["half_ordinals"])),
        "week": ("digit", key_words(w["week_words"])),
        "open_start": ("year", key_words(t["open_start"])),
        "open_end": ("year", key_words(t["open_end"])),
        "month": (None, months_all),
        "season": (None, key_words(t["seasons"])),
        "relative_year": (None, key_words(t["relative_years"])),
        "relative_month": (None, key_words(t["relative_months"])),
        "relative_day": (None, key_words(t["relative_days"])),
        "weekday_past": (None, key_words([d + w["weekday_past"]["suffix"] for d in t["weekdays"]])),
        "weekday_next": (None, key_words(t["weekdays"])),
        "term": (None, key_words(t["period_words"])),
        "sequence": (None, key_words(t["sequence_words"])),
        "bare_year": ("year", None),
        "day_range": ("digit", months_all),
        "dmy_date": ("year", None),
        "sv_date_word": (None, months_all),
        "relative_week": (None, key_words(t["relative_weeks"])),
        "relative_quarter": (None, key_words(t["relative_quarters"])),
        "weekday_last": (None, key_words(t["weekdays"])),
    }


_YEARISH = re.compile(YEAR)


def _open_gates(text: str, gates: dict, index: tuple[dict, tuple]) -> set[str]:
    """The patterns worth scanning ``text`` with (see ``_gates``)."""
    has_digit = _HAS_DIGIT.search(text) is not None
    has_year = has_digit and _YEARISH.search(text) is not None
    checks = {None: True, "digit": has_digit, "year": has_year, "year-": has_year and "-" in text,
              "year/": has_year and "/" in text, "digit/": has_digit and "/" in text}
    by_word, wordless = index
    open_ = {name for name in wordless if checks[gates[name][0]]}
    for word in by_word.keys() & set(_WORD.findall(text.lower())):
        open_.update(name for name in by_word[word] if checks[gates[name][0]])
    return open_


def _gate_index(gates: dict) -> tuple[dict, tuple]:
    """word -> the patterns it opens, and the patterns that need no word."""
    by_word: dict[str, list[str]] = {}
    for name, (_, words) in gates.items():
        for w in words or ():
            by_word.setdefault(w, []).append(name)
    return by_word, tuple(name for name, (_, words) in gates.items() if words is None)


def _to_num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return parse_number_word(s)


def _full_year(y1: int, y2s: str) -> int:
    if len(y2s) == 2:
        y2 = (y1 // 100) * 100 + int(y2s)
        return y2 if y2 >= y1 else y2 + 100
    return int(y2s)


def electoral_term(day: date, first: int = 1994, length: int = 4, month: int = 10) -> tuple[int, int]:
    """The Swedish electoral term containing ``day``: terms start in the autumn of 1994, 1998, ..., 2018, 2022, 2026."""
    k = (day.year - first) // length
    start = first + k * length
    if day.year == start and day.month < month:
        start -= length
    return start, start + length


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


def _implicit_year(pub: date | None, first_month: int, text: str, lex: dict, last_month: int | None = None) -> int | None:
    """The year of a month/quarter/season written without one: the publication year; the year before when the
    period has not begun at publication and the sentence is in the past tense ('Inflationen sjönk ... i december',
    published in November; 'har under hösten lagt ut', published in January); the year after when the period has
    already ended and the sentence speaks of a coming change ('Pensionen höjs i januari', published in December)."""
    if pub is None:
        return None
    if first_month == pub.month:
        return pub.year
    words = _LOWER_WORD.findall(text.lower())
    past = any(w in lex["past_cues"] or (len(w) > 5 and w.endswith(tuple(lex["past_suffixes"]))) for w in words) \
        or (any(w in lex["perfect_auxiliaries"] for w in words) and any(w in lex["supines"] for w in words))
    if first_month > pub.month:
        return pub.year - 1 if past else pub.year
    if (last_month or first_month) < pub.month and not past and _future_cue_re().search(" ".join(words)):
        return pub.year + 1
    return pub.year


@lru_cache(maxsize=1)
def _future_cue_re():
    """time.json future_cues, as whole words in a sentence's lower-case words joined by single spaces."""
    return re.compile(rf"\b(?:{_alt(lexicon.load().time['future_cues'])})\b")


def find_times(text: str, published=None, *, gated: bool = True) -> list[TimeExpr]:
    """All time expressions in text, non-overlapping, in text order.

    ``published``: the reference date for relative expressions (None: leave them unresolved).
    ``gated``: skip the patterns whose required characters or words the text lacks (same result, faster).
    """
    pub = parse_published(published)
    lex = lexicon.load().time
    P = _patterns()
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    open_ = _open_gates(text, P["_gates"], P["_gate_index"]) if gated else set(P["_gates"])
    if not open_:
        return found

    def scan(name):
        return P[name].finditer(text) if name in open_ else ()

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(m, start, end, grain, typ, resolved=True, group=0):
        s, e = m.span(group)
        if not free(s, e):
            return
        taken.append((s, e))
        found.append(TimeExpr(text[s:e], s, e, start, end, grain, typ, resolved))

    def ym(y, mo):
        return f"{y:04d}-{mo:02d}"

    for m in scan("ago"):
        n = _to_num(m.group(1).lower())
        if n is None:
            continue
        if m.start() == m.start(1) and _since_follows(text, m.end()):
            continue        # 'ökat med 2 år sedan 1990': 'sedan' is 'since' here, and '2 år' an amount
        unit = lex["pattern_words"]["units"][m.group(2).lower()]
        if pub is None:
            add(m, None, None, "year" if unit == "year" else "month", "duration_ago", False)
        elif unit == "year":
            add(m, str(pub.year - n), str(pub.year - n), "year", "duration_ago")
        elif unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            add(m, ym(y, mo + 1), ym(y, mo + 1), "month", "duration_ago")
        else:
            days = n * (7 if unit == "week" else 1)
            d = (pub - timedelta(days=days)).isoformat()
            add(m, d, d, "day", "duration_ago")
    for m in scan("offset"):
        n = _to_num(m.group(1).lower())
        if n is None:
            continue
        sign = lex["relative_offsets"][m.group(3).lower()]
        unit = lex["pattern_words"]["units"][m.group(2).lower()]
        if pub is None or unit != "year":
            add(m, None, None, "year" if unit == "year" else "month", "relative", False)
        else:
            y = str(pub.year + sign * n)
            add(m, y, y, "year", "relative")
    for m in scan("in_future"):                    # 'Om 30 år kommer ...': ahead of the publication date
        n = _to_num(m.group(1).lower())
        if n is None or not _future_lead(text, m.start()):
            continue
        unit = lex["pattern_words"]["units"][m.group(2).lower()]
        if pub is None:
            add(m, None, None, "year" if unit == "year" else "month", "relative", False)
        elif unit == "year":
            add(m, str(pub.year + n), str(pub.year + n), "year", "relative")
        elif unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + n, 12)
            add(m, ym(y, mo + 1), ym(y, mo + 1), "month", "relative")
        else:
            d = (pub + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
            add(m, d, d, "day", "relative")
    for m in scan("last_n"):
        n = _to_num(m.group(2).lower())
        if n is None:
            continue
        unit = lex["pattern_words"]["last_units"][m.group(3).lower()]
        future = m.group(1).lower() in lex["pattern_words"]["last_future"]
        if pub is None:
            add(m, None, None, "year", "relative", False)
        elif unit == "year":
            add(m, *( (str(pub.year), str(pub.year + n)) if future else (str(pub.year - n), str(pub.year)) ), "year", "relative")
        elif unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + (n if future else -n), 12)
            a, b = ym(y, mo + 1), ym(pub.year, pub.month)
            add(m, *((b, a) if future else (a, b)), "month", "relative")
        else:
            days = n * (7 if unit == "week" else 1)
            other = (pub + timedelta(days=days)) if future else (pub - timedelta(days=days))
            a, b = sorted([other.isoformat(), pub.isoformat()])
            add(m, a, b, "day", "relative")
    for m in scan("dmy_date"):                   # '3/3/2015', '03-03-2015'
        try:
            d = date(int(m.group(4)), int(m.group(3)), int(m.group(1))).isoformat()
        except ValueError:
            continue
        add(m, d, d, "day", "point")
    for m in scan("dm_date"):
        dd, mo, ys = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        y = int(ys) if ys else (pub.year if pub else None)
        try:
            d = date(y or 2000, int(mo), int(dd)).isoformat()
        except ValueError:
            continue
        add(m, d if y else None, d if y else None, "day", "point", y is not None)
    for m in scan("iso_date"):
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
        add(m, d, d, "day", "point")
    for m in scan("year_range"):
        y1 = int(m.group(1))
        if len(m.group(3)) == 2 and m.group(2).isalpha():
            continue        # '2022 till 85,4 procent': a two-digit end year only after a dash ('2019–21')
        y2 = _full_year(y1, m.group(3))
        needs = lex["pattern_words"]["range_link_needs_lead"]      # '2018 och 2022' is a range only after 'mellan'
        words = m.group(0).lower().split()
        if y2 > y1 and all(link not in words or words[0] == lead for link, lead in needs.items()):
            add(m, str(y1), str(y2), "year", "range")
    for m in scan("year_genitive"):               # '1971 års taxering': the year, not an amount
        add(m, m.group(1), m.group(1), "year", "point", group=1)
    for m in scan("decade"):
        y = int(m.group(1))
        if len(m.group(1)) == 2:                   # '60-talet': see time.json pattern_words
            if pub is None:
                add(m, None, None, "year", "range", False)
                continue
            y += 2000 if pub.year >= 2000 + y + 10 else 1900
        if y % 100 == 0 and len(m.group(1)) == 4:  # '1800-talet' is a century
            add(m, str(y), str(y + 99), "year", "range")
        elif y % 10 == 0:
            add(m, str(y), str(y + 9), "year", "range")
    for m in scan("year_slash"):
        y1 = int(m.group(1))
        y2 = _full_year(y1, m.group(2))
        if y2 == y1 + 1:
            add(m, str(y1), str(y2), "year", "range")
    for m in scan("en_date"):
        mo = lex["months_en"][m.group(1).lower()]
        try:
            d = date(int(m.group(3)), mo, int(m.group(2))).isoformat()
        except ValueError:
            continue
        add(m, d, d, "day", "point")
    for m in scan("month_range"):
        m1, m2 = lex["months"][m.group(1).lower()], lex["months"][m.group(2).lower()]
        y = int(m.group(3)) if m.group(3) else _implicit_year(pub, m1, text, lex, m2 if m2 >= m1 else 12)
        if y is None:
            add(m, None, None, "month", "range", False)
        else:                                    # 'december–maj' runs into the next year
            add(m, ym(y, m1), ym(y if m2 >= m1 else y + 1, m2), "month", "range")
    for m in scan("day_range"):                  # '13-15 juli', '8 aug - 12 aug', '30 juni till 2 juli 2024'
        link = text[m.end(2) if m.group(2) else m.end(1):m.start(3)].strip().lower()
        lead = P["_range_lead"].get(link)
        if lead is not None and not lead.search(text, max(0, m.start() - 12), m.start()):
            continue                             # '3 och 5 maj' alone may be two dates; 'mellan 3 och 5 maj' is a range
        m2 = lex["months"][m.group(4).lower()]
        m1 = lex["months"][m.group(2).lower()] if m.group(2) else m2
        y = int(m.group(5)) if m.group(5) else (pub.year if pub else None)
        try:
            a, b = date(y or 2000, m1, int(m.group(1))), date(y or 2000, m2, int(m.group(3)))
        except ValueError:
            continue
        if a < b:
            add(m, a.isoformat() if y else None, b.isoformat() if y else None, "day", "range", y is not None)
    for m in scan("sv_date"):
        mo = lex["months"][m.group(2).lower()]
        dd = int(m.group(1))
        y = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if not 1 <= dd <= 31:
            continue
        if not m.group(3) and pub is not None and (mo, dd) < (pub.month, pub.day) \
                and P["_from_lead"].search(text, max(0, m.start() - 16), m.start()):
            y = pub.year + 1                          # 'från den 1 januari' written in December: the coming one
        if y is None:
            add(m, None, None, "day", "point", False)
            continue
        try:
            d = date(y, mo, dd).isoformat()
        except ValueError:
            continue
        add(m, d, d, "day", "point", bool(m.group(3)) or pub is not None)
    for m in scan("sv_date_word"):               # 'den första maj', 'tredje mars 2015'
        dd = ordinal_words(31)[m.group(1).lower()]
        y = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        try:
            d = date(y or 2000, lex["months"][m.group(2).lower()], dd).isoformat()
        except ValueError:
            continue
        add(m, d if y else None, d if y else None, "day", "point", y is not None)
    for m in scan("quarter"):
        q = lex["quarter_ordinals"].get((m.group(1) or "").lower()) or int(m.group(3) or m.group(5) or m.group(7))
        ys = m.group(2) or m.group(4) or m.group(6) or m.group(8)
        y = int(ys) if ys else _implicit_year(pub, 3 * q - 2, text, lex, 3 * q)
        if y is None:
            add(m, None, None, "quarter", "point", False)
        else:
            add(m, ym(y, 3 * q - 2), ym(y, 3 * q), "quarter", "point")
    for m in scan("half"):
        h = lex["half_ordinals"][m.group(1).lower()]
        y = int(m.group(2)) if m.group(2) else (pub.year if pub else None)
        if y is None:
            add(m, None, None, "month", "point", False)
        else:
            add(m, ym(y, 6 * h - 5), ym(y, 6 * h), "month", "point")
    for m in scan("week"):                       # 'vecka 38', 'vecka 7–10'
        w = int(m.group(1))
        w2 = int(m.group(2)) if m.group(2) else w
        y = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if not 1 <= w <= w2 <= 53:
            continue
        if y is None:
            add(m, None, None, "week", "point" if w == w2 else "range", False)
            continue
        try:
            monday, last = date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w2, 7)
        except ValueError:
            continue
        add(m, monday.isoformat(), last.isoformat(), "week", "point" if w == w2 else "range")
    for m in scan("open_start"):
        y = m.group(2)
        ongoing = m.group(1).lower() in lex["pattern_words"]["ongoing_start"]   # 'sedan 2008': up to now; 'från och med 2021': open
        add(m, y, (str(pub.year) if pub else None) if ongoing else None, "year", "open_start", pub is not None or not ongoing)
    for m in scan("open_end"):
        y = m.group(2)
        add(m, str(pub.year) if pub else None, y, "year", "open_end")
    for m in scan("month"):
        mo = lex["months"][m.group(1).lower()]
        y = int(m.group(2)) if m.group(2) else _implicit_year(pub, mo, text, lex)
        if not m.group(2) and pub is not None and P["_from_lead"].search(text, max(0, m.start(1) - 16), m.start(1)):
            y = pub.year + (mo < pub.month)           # 'från och med oktober' starts ahead, whatever the tense
        if m.group(1).lower() in lex["pattern_words"]["ambiguous_months"] and not m.group(2) and m.start() == m.start(1):
            continue
        lead = text[m.start():m.start(1)].strip().lower()
        if y is None:
            add(m, None, None, "month", "point", False)
        elif lead in lex["pattern_words"]["ongoing_start"] and pub is not None:     # 'sedan mars 2020': up to now
            add(m, ym(y, mo), ym(pub.year, pub.month), "month", "open_start")
        else:
            add(m, ym(y, mo), ym(y, mo), "month", "point")
    for m in scan("season"):                      # 'våren 2023', 'under hösten': its months, the year as for a month
        first, last = lex["seasons"][m.group(1).lower()]
        y = int(m.group(2)) if m.group(2) else _implicit_year(pub, first, text, lex, last)
        if y is None:
            add(m, None, None, "month", "range", False)
        else:
            add(m, ym(y, first), ym(y, last), "month", "range")
    for m in scan("relative_year"):
        key = m.group(2).lower()
        off = lex["relative_years"][key]
        for_lead = (m.group(1) or "").lower() in lex["pattern_words"]["stated_year_lead"]
        stated = for_lead and key not in lex["anaphoric_years"]   # 'kvoterna för nästa år': the year they are for
        span = 2 if for_lead and not stated else 0                # 'för året innan' stays 'året innan', anaphoric
        if pub is None:
            add(m, None, None, "year", "relative", False, group=span)
        else:
            add(m, str(pub.year + off), str(pub.year + off), "year", "point" if stated else "relative", group=span)
    for m in scan("relative_month"):
        off = lex["relative_months"][m.group(1).lower()]
        if pub is None:
            add(m, None, None, "month", "relative", False)
        else:
            y, mo = divmod(pub.year * 12 + pub.month - 1 + off, 12)
            add(m, ym(y, mo + 1), ym(y, mo + 1), "month", "relative")
    for m in scan("relative_week"):              # ISO weeks, Monday to Sunday
        if pub is None:
            add(m, None, None, "week", "relative", False)
        else:
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=lex["relative_weeks"][m.group(1).lower()])
            add(m, monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", "relative")
    for m in scan("relative_quarter"):
        if pub is None:
            add(m, None, None, "quarter", "relative", False)
        else:
            y, q0 = divmod(pub.year * 4 + (pub.month - 1) // 3 + lex["relative_quarters"][m.group(1).lower()], 4)
            add(m, ym(y, 3 * q0 + 1), ym(y, 3 * q0 + 3), "quarter", "relative")
    for m in scan("relative_day"):
        off = lex["relative_days"][m.group(1).lower()]
        if pub is None:
            add(m, None, None, "day", "relative", False)
        else:
            d = (pub + timedelta(days=off)).isoformat()
            add(m, d, d, "day", "relative")
    for pat, sign in (("weekday_past", -1), ("weekday_last", -1), ("weekday_next", 1)):
        for m in scan(pat):
            wd = lex["weekdays"][m.group(1).lower()]
            if pub is None:
                add(m, None, None, "day", "relative", False)
                continue
            delta = ((pub.weekday() - wd) % 7 or 7) if sign < 0 else ((wd - pub.weekday()) % 7 or 7)
            d = (pub + timedelta(days=sign * delta)).isoformat()
            add(m, d, d, "day", "relative")
    for m in scan("term"):                      # a term the document names itself is set by extract
        if pub is not None:
            conf = lex["electoral_term"]
            a, b = electoral_term(pub, conf["first_election_year"], conf["length_years"], conf["term_start_month"])
            add(m, str(a), str(b), "year", "term")
        else:
            add(m, None, None, "year", "term", False)
    for m in scan("sequence"):
        add(m, None, None, "year", "sequence", False)
    for m in scan("bare_year"):
        if _followed_by_amount_word(text, m.end()) or _preceded_by_currency(text, m.start(1)) \
                or (m.start() == m.start(1) and _year_shaped_count(text, m.start(1), m.end(1))):
            continue
        y = m.group(1)
        add(m, y, y, "year", "point")

    _merge_relative_year(text, found)
    for t in found:
        before = text[max(0, t.char_start - 60):t.char_start]
        t.baseline = bool(_baseline_re().search(before)) \
            or t.text.lower().startswith(tuple(c + " " for c in lex["pattern_words"]["baseline_starts"])) \
            or _baseline_phrase(before) \
            or _compared_period(t, before) \
            or prior_period_label(text, t)
    found.sort(key=lambda t: t.char_start)
    return found


_BRACKET_OPEN = re.compile(r"\(\s*$")
_LABEL_COLON = re.compile(r"\s*:")


def prior_period_label(text: str, t: TimeExpr) -> bool:
    """'38 procent (2022: 41 procent)': a period that opens a bracket and ends in a colon labels the prior figure in
    that bracket; it is a comparison point for the figure before the bracket, not that figure's period."""
    return _BRACKET_OPEN.search(text, max(0, t.char_start - 3), t.char_start) is not None \
        and _LABEL_COLON.match(text, t.char_end) is not None


@lru_cache(maxsize=1)
def _since_re():
    """What makes 'sedan' mean 'since' rather than 'ago': a year or date, a month, 'dess' ('sedan dess')."""
    t = lexicon.load().time
    after = [w.split(None, 1)[1] for w in t["sequence_words"] if w.split()[0] in t["pattern_words"]["ago_after"] and " " in w]
    return re.compile(rf"\s+(?:\d|(?:{_alt(list(t['months']) + after)})\b)", re.I)


@lru_cache(maxsize=1)
def _future_lead_re():
    """What makes 'om N år' a point ahead: the start of a clause or a future verb right before it."""
    verbs = lexicon.load().time["pattern_words"]["future_verbs"]
    return re.compile(rf"(?:^|[,;:.!?(]|\b(?:{_alt(verbs)}))\s*$", re.I)


def _future_lead(text: str, pos: int) -> bool:
    return _future_lead_re().search(text, max(0, pos - 12), pos) is not None


def _since_follows(text: str, pos: int) -> bool:
    return _since_re().match(text, pos) is not None


def _merge_relative_year(text: str, found: list[TimeExpr]) -> None:
    """'oktober förra året', 'tredje kvartalet i fjol', 'våren i fjol': a month, quarter or season without a year
    right before a relative year is one period, in that year."""
    found.sort(key=lambda t: t.char_start)
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        if a.grain in ("month", "quarter") and a.type in ("point", "range") and not _HAS_DIGIT.search(a.text) \
                and b.type == "relative" and b.grain == "year" and not text[a.char_end:b.char_start].strip():
            y = b.start
            a.start = y and a.start and y + a.start[4:]
            a.end = y and a.end and y + a.end[4:]
            a.resolved = y is not None
            a.char_end, a.text = b.char_end, text[a.char_start:b.char_end]
            del found[k + 1]
        k += 1


def _year_shaped_count(text: str, start: int, end: int) -> bool:
    """'anställde 2000 personer', 'med 1900 elever': a year-shaped number between a verb (or 'med', 'totalt' ...)
    and a noun is a count. A year stands after a preposition or first in its clause ('2021 startade ...')."""
    lex = lexicon.load()
    ent = lex.entities
    prev = re.search(r"([a-zåäöé]+)\s+$", text[max(0, start - 30):start], re.I)
    nxt = re.match(r"\s+([a-zåäöé]+)", text[end:end + 30])
    if not prev or not nxt:
        return False
    p, n = prev.group(1).lower(), nxt.group(1).lower()
    finite = set(ent["finite_verbs"])
    lead = p in ent["count_lead_words"] or p in finite or (len(p) > 4 and p.endswith(tuple(ent["verb_suffixes"])))
    if not lead or n in ent["not_nouns"] or n in finite or n in lex.time["months"] or len(n) < 3 or n in ent["mass_nouns"]:
        return False
    if n in ent["skip"]:
        return True
    return not (len(n) > 4 and n.endswith(tuple(ent["verb_suffixes"])))


@lru_cache(maxsize=1)
def _baseline_re():
    """Text before a time expression that makes it a comparison point: 'jämfört med', 'jämfört med samma period',
    'mot 324' (a baseline figure, then its period: 'mot 324 året innan')."""
    ch = lexicon.load().change
    cues = _alt(ch["baseline_cues"])
    fillers = _alt(ch["baseline_fillers"])
    links = _alt(ch["baseline_phrases"]["links"])
    figure = r"[-−]?\d[\d\s ]*(?:,\d+)?\s*(?:[a-zåäö%]+\s+)?"
    # 'jämfört med 540 MSEK under motsvarande kvartal föregående år', 'än under motsvarande period förra året';
    # 'från 32 kronor i maj förra året': the period of a from-value is the comparison point of the change
    return re.compile(rf"\b(?:(?:{cues})\s+(?:(?:{links})\s+)?(?:(?:{fillers})\s*)?(?:{figure})?(?:(?:{links})\s+(?:{fillers})\s*)?"
                      rf"|(?:{_alt(ch['from_words'])})\s+{figure})$", re.I)


def _compared_period(t: TimeExpr, before: str) -> bool:
    """'ligger 3 procent under förra året', 'låg 5 procent över föregående år': a period without digits after a figure
    of state and a comparison preposition (in the period's text or right before it) is the comparison point."""
    if any(c.isdigit() for c in t.text):
        return False
    m = _state_figure_re().search(before)
    return bool(m) and (bool(m.group("comp"))
                        or t.text.lower().startswith(tuple(w + " " for w in lexicon.load().change["comparison_after_figure"])))


@lru_cache(maxsize=1)
def _state_figure_re():
    """A figure after a verb of state, right before a period opened by a comparison preposition: 'ligger 3 procent
    [under förra året]' (change.json comparison_after_figure)."""
    ent = lexicon.load().entities
    comp = _alt(lexicon.load().change["comparison_after_figure"])
    return re.compile(rf"\b(?:{_alt(ent['present_state_verbs'] + ent['past_markers'])})\s+[-−]?\d[\d\s ]*(?:,\d+)?\s*"
                      rf"(?:[a-zåäö%]+\s+)?(?P<comp>(?:{comp})\s+)?$", re.I)


@lru_cache(maxsize=1)
def _baseline_phrase_re():
    """A baseline cue and a short noun phrase right before a period (change.json 'baseline_phrases')."""
    bp = lexicon.load().change["baseline_phrases"]
    return re.compile(rf"\b(?:{_alt(bp['cues'])})\s+((?:[a-zåäö]+\s+){{1,{int(bp['max_words'])}}})$", re.I)


def _baseline_phrase(before: str) -> bool:
    """'än vinnartiden förra året', 'än genomsnittet för de senaste fem åren': the period a figure is compared
    with. The phrase ends in a definite noun or a link word and holds no number word ('fler än hälften 2023')."""
    m = _baseline_phrase_re().search(before)
    if not m:
        return False
    bp = lexicon.load().change["baseline_phrases"]
    words = m.group(1).lower().split()
    ratio = lexicon.load().numbers["ratio_words"]
    if any(parse_number_word(w) is not None or w in ratio for w in words):
        return False
    return words[-1] in bp["links"] or words[-1].endswith(tuple(bp["definite_endings"]))


@lru_cache(maxsize=1)
def _amount_after():
    """Units and scale words that make a year-shaped number an amount. Durations are left out ('2020 år'
    is rare, '2019 dagar' rarer than '... 2019 dagarna'), and so are one-letter symbols ('2018 s.')."""
    lex = lexicon.load()
    words = [u.surface for u in lex.units if u.kind != "duration" and len(u.surface.rstrip(".")) > 1]
    words += list(lex.numbers["scales"])
    return re.compile(r"\s*(?:" + _alt(words) + r")(?![\wåäö])", re.I)


@lru_cache(maxsize=1)
def _currency_before():
    """Currency signs and codes written before the number ('$2000', 'EUR 2019'): the number is an amount."""
    return re.compile(r"(?:" + _alt([u.surface for u in lexicon.load().units if u.prefix]) + r")[ \u00a0]?$")


def _preceded_by_currency(text: str, pos: int) -> bool:
    return bool(_currency_before().search(text, max(0, pos - 6), pos))


def _followed_by_amount_word(text: str, pos: int) -> bool:
    """'2000 kronor', '2020 miljoner': a year-shaped number that is an amount."""
    return bool(_amount_after().match(text, pos))
