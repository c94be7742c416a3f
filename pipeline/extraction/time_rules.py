"""The time rules: one named entry per kind of Swedish time expression.

Each rule is a value, as in Duckling's rule lists: a ``name``, a ``pattern`` built from the time lexicon
(``models/lexicon/sv/time.json``) with named groups, a ``gate`` (what every match contains, so a sentence
without it is not scanned), a ``produce`` function turning a match and the sentence context into a period,
an explicit ``priority`` (which rule a text belongs to when two rules match overlapping text, see
``times.settle``) and ``examples`` (sentences with their expected period; ``tests/test_time_rules.py`` runs
them all). The scanner that runs the list, the overlap policy and the handling of a missing publication
date are in ``pipeline/times.py``; this module only says what each expression means.

A production returns ``hit(start, end, ...)``, or None when the match is not a time expression after all.
When it needs the publication date it asks ``ctx.published(...)``; without one the scanner keeps the
expression unresolved (start and end null unless the production says what the text itself fixes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, NamedTuple

from pipeline import lexicon
from pipeline.extraction.numbers import ordinal_words, parse_number_word
from pipeline.extraction.text import HAS_DIGIT, LAST_WORD as _WORD_BEFORE, WORD

YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
EXAMPLE_PUBLISHED = "2013-02-12"        # a Tuesday (Duckling's reference day); rule examples resolve against it
_HAS_DIGIT, _WORD = HAS_DIGIT, WORD      # the one definition (extraction/text.py)
_LOWER_WORD = re.compile(r"[a-zåäö]+")
_NUM_WORD = r"[a-zåäö]+"


class Hit(NamedTuple):
    """What a production found: the period, and which group of the match is the expression (0: all of it)."""
    start: str | None
    end: str | None
    grain: str | None = None        # None: the rule's grain
    type: str | None = None         # None: the rule's type
    resolved: bool = True
    group: int | str = 0


hit = Hit


class NoDate(Exception):
    """Raised by ``Context.published`` when the text has no publication date; ``keep`` holds what the
    expression fixes by itself (a written start year, its grain or type)."""

    def __init__(self, keep: dict):
        super().__init__()
        self.keep = keep


class Context:
    """The sentence and the document-level facts a production may use."""
    __slots__ = ("text", "pub", "lex", "full")

    def __init__(self, text: str, pub: date | None, full):
        """``full``: the Lexicon (the Swedish Defaults object); ``lex`` is its time facts, which most productions read."""
        self.text, self.pub, self.full, self.lex = text, pub, full, full.time

    def published(self, **keep) -> date:
        """The publication date; without one the expression stays unresolved (see ``NoDate``)."""
        if self.pub is None:
            raise NoDate(keep)
        return self.pub


@dataclass(frozen=True)
class Rule:
    name: str
    priority: int                                   # lower wins an overlap (times.settle)
    pattern: Callable[[dict], str]                  # time lexicon -> regex source with named groups
    produce: Callable[[re.Match, Context], Hit | None]
    grain: str
    type: str
    needs: str | None = None                        # a cheap character test every match passes: digit, year, year-, year/, digit/
    words: Callable[[dict], list] | None = None     # time lexicon -> phrase lists; every match holds a key word of one
    examples: tuple = ()                            # (text, start, end, grain) resolved against EXAMPLE_PUBLISHED
    flags: int = re.I


def _alt(words, flexible_spaces: bool = False) -> str:
    """A lexicon alternation, leaving out the '_about' notes of dictionaries."""
    return lexicon.alternation([w for w in words if not w.startswith("_")], flexible_spaces)


def _months_abbreviated(t: dict) -> list[str]:
    """Month abbreviations that are also English words ('dec', 'nov', 'jan'): a month only before a year ('Dec 2025',
    'mot nov 2024')."""
    return [m for m in t["months"] if not (len(m) > 3 or m not in t["months_en"])]


def _w(t: dict) -> dict:
    return t["pattern_words"]


def _months_full(t: dict) -> list[str]:
    """Month names that stand alone ('maj' yes, 'jan' only in dates and ranges)."""
    return [m for m in t["months"] if len(m) > 3 or m not in t["months_en"]]


def _to_num(s: str) -> int | None:
    s = s.lower()
    return int(s) if s.isdigit() else parse_number_word(s)


def _full_year(y1: int, y2s: str) -> int:
    if len(y2s) == 2:
        y2 = (y1 // 100) * 100 + int(y2s)
        return y2 if y2 >= y1 else y2 + 100
    return int(y2s)


def ym(y: int, mo: int) -> str:
    return f"{y:04d}-{mo:02d}"


def shift_month(month: str, n: int) -> str:
    """A month ('2026-09') moved n months ('2026-09', -11 -> '2025-10'); the one month arithmetic every module uses."""
    y, mo = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 + n, 12)
    return ym(y, mo + 1)


def _month_shift(d: date, n: int) -> str:
    return shift_month(ym(d.year, d.month), n)


def electoral_term(day: date, first: int = 1994, length: int = 4, month: int = 10) -> tuple[int, int]:
    """The Swedish electoral term containing ``day``: terms start in the autumn of 1994, 1998, ..., 2018, 2022, 2026."""
    k = (day.year - first) // length
    start = first + k * length
    if day.year == start and day.month < month:
        start -= length
    return start, start + length


def implicit_year(pub: date | None, first_month: int, text: str, full, last_month: int | None = None) -> int | None:
    """The year of a month/quarter/season written without one: the publication year; the year before when the
    period has not begun at publication and the sentence is in the past tense ('Inflationen sjönk ... i december',
    published in November; 'har under hösten lagt ut', published in January); the year after when the period has
    already ended and the sentence speaks of a coming change ('Pensionen höjs i januari', published in December);
    the year before also for a month just past over the new year, unless the sentence speaks of a coming change
    ('använder 2 600 kWh under december', published in January; time.json recent_month_window)."""
    if pub is None:
        return None
    if first_month == pub.month:
        return pub.year
    words = _LOWER_WORD.findall(text.lower())
    past = _past_tense(words, full.time)
    if first_month > pub.month:
        recent = 12 - first_month + pub.month <= full.time.get("recent_month_window", 0)
        future = full.derived(_future_cue_re).search(" ".join(words))
        return pub.year - 1 if past or (recent and not future) else pub.year
    if (last_month or first_month) < pub.month and not past and full.derived(_future_cue_re).search(" ".join(words)):
        return pub.year + 1
    return pub.year


def past_verb(word: str, lex: dict, endings: tuple = ()) -> bool:
    """Whether a lower-case word is a verb in the past tense (time.json past_cues, past_suffixes; ``endings``: more
    endings a caller's context allows, such as a relative clause's 'de' and 'te'). The one test every module uses."""
    return word in lex["past_cues"] or len(word) > 5 and word.endswith(tuple(lex["past_suffixes"])) \
        or bool(endings) and len(word) > 4 and word.endswith(endings)


def _past_tense(words: list[str], lex: dict) -> bool:
    """A sentence in the past or perfect tense (``past_verb``; time.json perfect_auxiliaries + supines)."""
    return any(past_verb(w, lex) for w in words) \
        or (any(w in lex["perfect_auxiliaries"] for w in words) and any(w in lex["supines"] for w in words))


def began(text: str, full) -> bool:
    """A start already made: the sentence is in the past tense and speaks of no coming change or plan ('Från
    september steg priset'; not 'har beslutat att höja avgiften från mars', not 'höjs från mars')."""
    words = _LOWER_WORD.findall(text.lower())
    markers = full.time.get("infinitive_markers", ())
    infinitive = any(w in markers and not _past_tense(words[i + 1:i + 4], full.time)   # 'att höja', not 'att
                     for i, w in enumerate(words))                                      # avgången ställdes in'
    return _past_tense(words, full.time) and not infinitive and not full.derived(_future_cue_re).search(" ".join(words))


def _future_cue_re(lex):
    """time.json future_cues, as whole words in a sentence's lower-case words joined by single spaces."""
    return re.compile(rf"\b(?:{_alt(lex.time['future_cues'])})\b")


def _helpers(lex) -> dict:
    """Context tests some productions make around their match (built once per lexicon: ``lex.derived``)."""
    t = lex.time
    w = _w(t)
    starts = [x for x in t["open_start"] if x not in w["ongoing_start"]]
    after = [s.split(None, 1)[1] for s in t["sequence_words"] if s.split()[0] in w["ago_after"] and " " in s]
    days = _alt(list(t["weekdays"]) + list(t["weekday_abbreviations"]))
    links = [x for x in w["range_link"] if x not in w["range_link_needs_lead"]]
    return {
        "from_lead": re.compile(rf"\b(?:{_alt(starts)})\s*$", re.I),       # 'från och med oktober': a start ahead
        "range_lead": {link: re.compile(rf"\b{re.escape(lead)}\s+$", re.I) for link, lead in w["range_link_needs_lead"].items()},
        # what makes 'sedan' mean 'since' rather than 'ago': a year or date, a month, 'dess' ('sedan dess')
        "since": re.compile(rf"\s+(?:\d|(?:{_alt(list(t['months']) + after)})\b)", re.I),
        # what makes 'om N år' a point ahead: the start of a clause or a future verb right before it
        "future_lead": re.compile(rf"(?:^|[,;:.!?(]|\b(?:{_alt(w['future_verbs'])}))\s*$", re.I),
        # 'i viss mån', 'i den mån', 'i mån av plats': 'mån' there is 'extent', not Monday
        "abbreviation_not_after": re.compile(rf"(?:\b(?:{_alt(w['weekday_abbreviation_not_after'])})\s+(?:[a-zåäö]+\s+)?|[\d/]\s*)$", re.I),
        "abbreviation_before": re.compile(r"\.|,|\s+\d|\s*$"),      # 'fre.', 'Mån, 18 februari', 'sön 3', a lone 'tors'
        "weekday_not_after": re.compile(rf"\b(?:{_alt(w['weekday_not_after'])})\s+(?:[a-zåäö]+\s+)?$", re.I),
        # 'mån–fre', 'måndag till fredag': opening hours or a schedule, not one day
        "weekday_link_after": re.compile(rf"\.?\s*(?:[–—-]|\b(?:{_alt(links)})\b)\s*(?:{days})\b", re.I),
        "weekday_link_before": re.compile(rf"\b(?:{days})\.?\s*(?:[–—-]|\b(?:{_alt(links)})\b)\s*$", re.I),
    }


def _unit_grain(unit: str) -> str:
    """The grain an unresolved span counted in ``unit`` keeps (years stay years; anything shorter: month)."""
    return "year" if unit == "year" else "month"


# --- productions: spans counted from the publication date ------------------------------------------------

def _ago(m, c):
    """'för 10 år sedan', 'tre veckor sedan': a point that many units before publication."""
    n = _to_num(m["n"])
    if n is None:
        return None
    if m.start() == m.start("n") and c.full.derived(_helpers)["since"].match(c.text, m.end()):
        return None        # 'ökat med 2 år sedan 1990': 'sedan' is 'since' here, and '2 år' an amount
    unit = _w(c.lex)["units"][m["unit"].lower()]
    pub = c.published(grain=_unit_grain(unit))
    if unit == "year":
        return hit(str(pub.year - n), str(pub.year - n), "year")
    if unit == "month":
        return hit(_month_shift(pub, -n), _month_shift(pub, -n), "month")
    d = (pub - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return hit(d, d, "day")


def _offset(m, c):
    """'två år tidigare', 'ett år senare': a year counted from publication (months and days stay unresolved)."""
    n = _to_num(m["n"])
    if n is None:
        return None
    after = _NEXT_WORD.match(c.text, m.end())
    if after and after.group(1).lower() in c.lex.get("clause_subjects", ()):
        return None                     # 'låg ute i 27 dagar innan den såldes': a duration before a clause, not a time
    sign = c.lex["relative_offsets"][m["dir"].lower()]
    unit = _w(c.lex)["units"][m["unit"].lower()]
    if unit != "year":
        return hit(None, None, "month", resolved=False)
    pub = c.published()
    y = str(pub.year + sign * n)
    return hit(y, y)


def _in_future(m, c):
    """'Om 30 år kommer ...': a point ahead of publication, only at a clause start or after a future verb."""
    n = _to_num(m["n"])
    if n is None or not c.full.derived(_helpers)["future_lead"].search(c.text, max(0, m.start() - 12), m.start()):
        return None
    unit = _w(c.lex)["units"][m["unit"].lower()]
    pub = c.published(grain=_unit_grain(unit))
    if unit == "year":
        return hit(str(pub.year + n), str(pub.year + n), "year")
    if unit == "month":
        return hit(_month_shift(pub, n), _month_shift(pub, n), "month")
    d = (pub + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return hit(d, d, "day")


def _last_n(m, c):
    """'de senaste fem åren' (the five years before the publication year), 'under de kommande tre åren' (three
    years from it)."""
    return _span_to_publication(m, c, _w(c.lex)["last_future"])


def _last_n_bare(m, c):
    """'senaste två år', 'nästa 3 månader': read as with 'de': n whole periods, the past ones before the
    publication period (as Duckling reads them), the coming years from it."""
    return _span_to_publication(m, c, _w(c.lex)["bare_last_future"])


def _rolling_year(m, c):
    """'det senaste året': the twelve months before the publication month (time.json rolling_year), as 'de senaste
    tolv månaderna' reads."""
    pub = c.published(grain="month")
    return hit(_month_shift(pub, -12), _month_shift(pub, -1), "month")


def _coming_year(m, c):
    """'det kommande året': the twelve months from the publication month on (time.json coming_year)."""
    pub = c.published(grain="month")
    return hit(_month_shift(pub, 0), _month_shift(pub, 11), "month")


def _change_span(m, c):
    """'har stigit med 3,8 procent på tolv månader', 'krympt med 17 900 personer på ett år': the n months (or
    years) up to publication over which a past change happened, read as 'de senaste n månaderna' (the months before
    the publication month). Only in a sentence in the past or perfect tense that holds a change word and speaks of
    no coming change ('ska minska med 20 miljoner på tre år' is a plan; 'ett avtal på tre år' no change)."""
    n = _to_num(m["n"])
    if n is None or n <= 0:
        return None
    low = c.text.lower()
    words = _LOWER_WORD.findall(low)
    told = _past_tense(words, c.lex) or any(w in c.lex["perfect_auxiliaries"] for w in words) \
        or c.full.derived(_change_nouns).search(low)          # 'på tolv månader är uppgången 3,8 procent'
    if not told or c.full.derived(_future_cue_re).search(" ".join(words)) \
            or any(w in _w(c.lex)["change_span_not_with"] for w in words) or not c.full.derived(_change_stems).search(low):
        return None
    unit = _w(c.lex)["units"][m["unit"].lower()]
    if unit not in ("year", "month"):
        return None
    months = n * 12 if unit == "year" else n
    pub = c.published(grain="month")
    return hit(_month_shift(pub, -months), _month_shift(pub, -1), "month")


def _change_nouns(lex):
    """The change nouns of subjects.json, at a word start ('uppgången', 'minskningen', 'nedgång'): a change told as
    a fact in the present."""
    return re.compile(rf"\b(?:{_alt(lex.subjects['change_nouns'])})")


def _change_stems(lex):
    """change.json's change words (stems) and phrases at a word start ('stigit', 'uppgången', 'gått upp')."""
    words = [w for w in lex.change["increase"] + lex.change["decrease"] if " " in w or len(w) > 3]
    return re.compile(rf"\b(?:{_alt(words, True)})")


def _span_to_publication(m, c, future_words):
    n = _to_num(m["n"])
    if n is None:
        return None
    w = _w(c.lex)
    word = m["unit"].lower()
    unit = w["last_units"].get(word) or w["units"][word]
    future = m["which"].lower() in future_words
    pub = c.published()
    if unit == "year":            # n years: the coming ones from this year (next year late in it), the past ones up to last year
        first = pub.year + (pub.month >= w.get("coming_years_from_month", 13))
        return hit(*((str(first), str(first + n - 1)) if future else (str(pub.year - n), str(pub.year - 1))), "year")
    if unit == "month":
        if future:
            return hit(ym(pub.year, pub.month), _month_shift(pub, n), "month")
        return hit(_month_shift(pub, -n), _month_shift(pub, -1), "month")    # the n months before this one
    if unit == "quarter":             # whole quarters: the n before this one, or n from it
        into = (pub.month - 1) % 3
        if future:
            return hit(_month_shift(pub, -into), _month_shift(pub, 3 * n - 1 - into), "month")
        return hit(_month_shift(pub, -into - 3 * n), _month_shift(pub, -into - 1), "month")
    days = n * (7 if unit == "week" else 1)
    other = (pub + timedelta(days=days)) if future else (pub - timedelta(days=days))
    a, b = sorted([other.isoformat(), pub.isoformat()])
    return hit(a, b, "day")


# --- productions: written dates ---------------------------------------------------------------------------

def _valid(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _day_point(d: date | None):
    return None if d is None else hit(d.isoformat(), d.isoformat())


def _dmy_date(m, c):
    """'3/3/2015', '03-03-2015', '31.10.1974', '2018-06-26'."""
    return _day_point(_valid(int(m["year"]), int(m["month"]), int(m["day"])))


_iso_date = _dmy_date                  # '2018-06-26': the same production, another pattern


def _yearless_year(m, c, mo: int, dd: int) -> int:
    """The year of a date written without one: the publication year, or the coming one after 'från' when the date
    has passed and no start already made is told ('från den 1 januari' written in December; ``began``), or the year before when it is still ahead and the
    sentence is in the past tense ('uppgick den 31 december' written in February). Every date rule asks this."""
    pub = c.published()
    if (mo, dd) < (pub.month, pub.day) and not began(c.text, c.full) \
            and c.full.derived(_helpers)["from_lead"].search(c.text, max(0, m.start() - 16), m.start()):
        return pub.year + 1           # 'från den 1 september höjs avgiften', written in November; not '… steg priset'
    if (mo, dd) > (pub.month, pub.day) and _past_tense(_LOWER_WORD.findall(c.text.lower()), c.lex):
        return pub.year - 1           # 'Soliditeten uppgick den 31 december till 52 procent', published in February
    return pub.year


def _dated(m, c, mo: int, dd: int):
    """A day point: in the year written, else in the year ``_yearless_year`` gives; None for an impossible date."""
    if m["year"]:
        return _day_point(_valid(int(m["year"]), mo, dd))
    if _valid(2000, mo, dd) is None:
        return None
    return _day_point(_valid(_yearless_year(m, c, mo, dd), mo, dd))


def _dm_date(m, c):
    """'den 1/7', 'från 1/7 2024', '12/5 2020': day/month after a date cue or before a year."""
    return _dated(m, c, int(m["month"]), int(m["day"]))


def _en_date(m, c):
    """English datelines: 'Jun 26, 2018'."""
    return _day_point(_valid(int(m["year"]), c.lex["months_en"][m["month"].lower()], int(m["day"])))


def _sv_date(m, c):
    """'26 juni 2018', 'den 4 juni', '3:e mars' (a yearless date: ``_yearless_year``)."""
    dd = int(m["day"])
    return _dated(m, c, c.lex["months"][m["month"].lower()], dd) if 1 <= dd <= 31 else None


def _sv_date_word(m, c):
    """'den första maj', 'tredje mars 2015'."""
    return _dated(m, c, c.lex["months"][m["month"].lower()], ordinal_words(31)[m["ord"].lower()])


def _day_range(m, c):
    """'13-15 juli', '8 aug - 12 aug', '30 juni till 2 juli 2024', 'mellan 13 och 17 maj', 'mellan den 1 december och
    den 28 februari' (over the new year: the December before)."""
    link = c.text[m.end("m1") if m["m1"] else m.end("d1"):m.start("d2")].strip().lower()
    lead = c.full.derived(_helpers)["range_lead"].get(link)
    if lead is not None and not lead.search(c.text, max(0, m.start() - 12), m.start()):
        return None                    # '3 och 5 maj' alone may be two dates; 'mellan 3 och 5 maj' is a range
    m2 = c.lex["months"][m["m2"].lower()]
    m1 = c.lex["months"][m["m1"].lower()] if m["m1"] else m2
    d1, d2 = int(m["d1"]), int(m["d2"])
    y = int(m["year"]) if m["year"] else 2000
    over = m1 > m2                     # '1 december och den 28 februari': over the new year
    a, b = _valid(y - over, m1, d1), _valid(y, m2, d2)
    if a is None or b is None or not a < b:
        return None
    if not m["year"]:
        y = _yearless_year(m, c, m1, d1) + over     # 'arrangerades den 10–12 juli', written in March: last July
        a, b = _valid(y - over, m1, d1), _valid(y, m2, d2)
        if a is None or b is None:
            return None
    return hit(a.isoformat(), b.isoformat())


# --- productions: years and spans of years ----------------------------------------------------------------

def _year_range(m, c):
    """'2018–2022', 'mellan 2018 och 2022', '2019–21' (a two-digit end only after a dash)."""
    y1, y2s = int(m["y1"]), m["y2"]
    if len(y2s) == 2 and m["link"].isalpha():
        return None          # '2022 till 85,4 procent'
    y2 = _full_year(y1, y2s)
    needs = _w(c.lex)["range_link_needs_lead"]      # '2018 och 2022' is a range only after 'mellan'
    words = m.group(0).lower().split()
    if y2 > y1 and all(link not in words or words[0] == lead for link, lead in needs.items()):
        return hit(str(y1), str(y2))
    return None


def _year_genitive(m, c):
    """'1971 års taxering': the year, never an amount."""
    return hit(m["year"], m["year"], group="year")


def _decade(m, c):
    """'1960-talet', '1800-talet' (a century), '60-talet' (the 2000s' decade once it has ended, else the 1900s')."""
    y = int(m["decade"])
    if len(m["decade"]) == 2:
        pub = c.published()
        y += 2000 if pub.year >= 2000 + y + 10 else 1900
    if y % 100 == 0 and len(m["decade"]) == 4:
        return hit(str(y), str(y + 99))
    if y % 10 == 0:
        return hit(str(y), str(y + 9))
    return None


def _year_slash(m, c):
    """'2016/17', 'år 2019/2020': a split year (consecutive years only)."""
    y1 = int(m["y1"])
    y2 = _full_year(y1, m["y2"])
    return hit(str(y1), str(y2)) if y2 == y1 + 1 else None


def _year_slash_range(m, c):
    """'2020/21–2024/25': split years from the first one's start to the last one's end."""
    y1, y3 = int(m["y1"]), int(m["y3"])
    y2, y4 = _full_year(y1, m["y2"]), _full_year(y3, m["y4"])
    return hit(str(y1), str(y4)) if y2 == y1 + 1 and y4 == y3 + 1 and y3 > y1 else None


def _open_start(m, c):
    """'sedan 2008' (up to publication), 'från och med 2021' (open)."""
    y = m["year"]
    if m["lead"].lower() not in _w(c.lex)["ongoing_start"]:
        return hit(y, None)
    return hit(y, str(c.published(start=y).year))


def _open_end(m, c):
    """'till 2028', 'senast 2045': from publication up to the year. A year already past ('lades innan 1975',
    'intjänats före 1998') bounds what happened before it: no period a figure is about."""
    y = m["year"]
    start = str(c.published(end=y, resolved=True).year)
    if start > y:
        return None, None, "year", "sequence", True, 0
    return hit(start, y)


def _bare_year(m, c):
    """'2021', 'under 2021': a year, unless the number is an amount ('2000 kronor', 'anställde 2000 personer')."""
    if _followed_by_amount_word(c.text, m.end(), c.full) or _preceded_by_currency(c.text, m.start("year"), c.full) \
            or (m.start() == m.start("year") and _year_shaped_count(c.text, m.start("year"), m.end("year"), c.full)):
        return None
    return hit(m["year"], m["year"])


_WORD_BEFORE = re.compile(r"([a-zåäöé]+)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-zåäöé]+)")


def _year_shaped_count(text: str, start: int, end: int, lex) -> bool:
    """'anställde 2000 personer', 'med 1900 elever': a year-shaped number between a verb (or 'med', 'totalt' ...)
    and a noun is a count. A year stands after a preposition or first in its clause ('2021 startade ...')."""
    ent = lex.entities
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    nxt = _WORD_AFTER.match(text, end, end + 30)
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


def _amount_after(lex):
    """Units and scale words that make a year-shaped number an amount. Durations are left out ('2020 år'
    is rare, '2019 dagar' rarer than '... 2019 dagarna'), and so are one-letter symbols ('2018 s.')."""
    words = [u.surface for u in lex.units if u.kind != "duration" and len(u.surface.rstrip(".")) > 1]
    words += list(lex.numbers["scales"])
    return re.compile(r"\s*(?:" + lexicon.alternation(words) + r")(?![\wåäö])", re.I)


def _currency_before(lex):
    """Currency signs and codes written before the number ('$2000', 'EUR 2019'): the number is an amount."""
    return re.compile(r"(?:" + lexicon.alternation([u.surface for u in lex.units if u.prefix]) + r")[ \u00a0]?$")


def _preceded_by_currency(text: str, pos: int, lex) -> bool:
    return bool(lex.derived(_currency_before).search(text, max(0, pos - 6), pos))


def _followed_by_amount_word(text: str, pos: int, lex) -> bool:
    """'2000 kronor', '2020 miljoner': a year-shaped number that is an amount."""
    return bool(lex.derived(_amount_after).match(text, pos))


# --- productions: months, quarters, halves, weeks, seasons ------------------------------------------------

def _month_range(m, c):
    """'jan–sep', 'december–maj 2020' (runs into the next year), 'november 2024–oktober 2025' (a year at each end)."""
    m1, m2 = c.lex["months"][m["m1"].lower()], c.lex["months"][m["m2"].lower()]
    if m["y1"]:
        y1 = int(m["y1"])
        y2 = int(m["year"]) if m["year"] else y1 + (m2 < m1)
        return hit(ym(y1, m1), ym(y2, m2)) if (y2, m2) >= (y1, m1) else None
    y = int(m["year"]) if m["year"] else implicit_year(c.published(), m1, c.text, c.full, m2 if m2 >= m1 else 12)
    return hit(ym(y, m1), ym(y if m2 >= m1 else y + 1, m2))


def _after_change_word(text: str, pos: int, lex) -> bool:
    """'en nedgång från oktober', 'ökade från mars', 'en höjning med 24 öre från oktober': 'från' after one of
    time.json's change_from_words (at most five words before) is where a change started (a point already passed),
    not a start ahead ('höjs från oktober')."""
    words = _LOWER_WORD.findall(text[max(0, pos - 40):pos].lower())[-5:]     # 'en höjning med 24 öre från oktober'
    return any(w in _w(lex.time)["change_from_words"] for w in words)


def _month(m, c):
    """'i oktober', 'oktober 2015', 'sedan mars 2020' (up to publication), 'från och med oktober' (ahead)."""
    lex = c.lex
    mo = lex["months"][m["month"].lower()]
    if m["month"].lower() in _w(lex)["ambiguous_months"] and not m["year"] and m.start() == m.start("month") \
            and c.text.strip(" |*:\t").lower() != m["month"].lower():
        return None                    # 'mars' alone is also the verb/name; it needs a lead or a year, unless it is
                                       # the whole text (a table's row label 'Mars')
    if m["year"]:
        y = int(m["year"])
    else:
        pub = c.published()
        y = implicit_year(pub, mo, c.text, c.full)
        lead_at = c.full.derived(_helpers)["from_lead"].search(c.text, max(0, m.start("month") - 16), m.start("month"))
        if lead_at and not _after_change_word(c.text, lead_at.start(), c.full):
            # 'från och med oktober' starts ahead, also after 'har beslutat'; a month already passed in a sentence in
            # the past tense started this year ('Från september steg priset', written in November)
            y = pub.year + (mo < pub.month and not began(c.text, c.full))
    lead = c.text[m.start():m.start("month")].strip().lower()
    if lead in _w(lex)["ongoing_start"] and c.pub is not None:
        return hit(ym(y, mo), ym(c.pub.year, c.pub.month), type="open_start")
    return hit(ym(y, mo), ym(y, mo))


def _season(m, c):
    """'våren 2023', 'under hösten': its months, the year as for a month. A season opening its sentence before a
    verb in the present tense is what the sentence is about, not when ('Sommaren står för hälften av gästnätterna');
    one after an indefinite article is any such season, not one ('under en sommar', 'till en vårtermin')."""
    after = None if m["year"] or c.text[:m.start()].strip() else _WORD_AFTER.match(c.text, m.end())
    if after is not None and after.group(1).lower() in c.full.derived(_present_verbs):
        return None
    before = _WORD_BEFORE.search(c.text, 0, m.start())
    if not m["lead"] and not m["prev"] and not m["year"] and before is not None \
            and before.group(1).lower() in c.full.numbers["articles"]:
        return None                     # 'det högsta antalet sökande till en vårtermin', 'under en sommar': any one
    first, last = c.lex["seasons"][m["season"].lower()]
    y = int(m["year"]) if m["year"] else implicit_year(c.published(), first, c.text, c.full, last)
    if y is not None and not m["year"] and m["prev"]:
        y = c.published().year - 1      # 'mot 26 procent förra sommaren': the season of the year before ('förra
                                        # hösten' told in July 2026 is the autumn of 2025; winters: _previous_winter)
    elif y is not None and not m["year"] and (m["lead"] or "").lower() in c.lex["coming_season_leads"] \
            and last < c.published().month and not _past_tense(_LOWER_WORD.findall(c.text.lower()), c.lex):
        y = c.published().year + 1      # 'Fler sökande till vårterminen', told in November: the coming spring term
    return hit(ym(y, first), ym(y, last))


def _previous_winter(m, c):
    """'förra vintern': told in winter or spring, the winter before the one under way or just ended (in April 2026,
    December 2024 to February 2025: the season just ended is 'i vintras'); told from summer on, the last winter (in
    November 2026, December 2025 to February 2026)."""
    first, last = c.lex["seasons"][m["season"].lower()]
    pub = c.published()
    y = pub.year - 1 if pub.month >= c.lex["summer_first_month"] else pub.year - 2
    return hit(ym(y, first), ym(y + 1, last))


def _present_verbs(lex) -> frozenset:
    """Verbs of state in the present tense (entities.json present_state_verbs, possession_verbs)."""
    return frozenset(lex.entities["present_state_verbs"]) | frozenset(lex.entities["possession_verbs"])


def _quarter_of(q: int, m, c):
    y = int(m["year"]) if m["year"] else implicit_year(c.published(), 3 * q - 2, c.text, c.full, 3 * q)
    return hit(ym(y, 3 * q - 2), ym(y, 3 * q))


def _quarter_word(m, c):
    """'tredje kvartalet', 'fjärde kvartalet 2018'."""
    return _quarter_of(c.lex["quarter_ordinals"][m["ord"].lower()], m, c)


def _quarter_number(m, c):
    """'Q3 2024', 'kv 3', '3:e kvartalet 2022'."""
    return _quarter_of(int(m["q"]), m, c)


def _first_months(m, c):
    """'årets sju första månader', 'de första tio månaderna 2024': January up to the N-th month."""
    n = _to_num(m["n1"] or m.groupdict().get("n2"))
    if not isinstance(n, int) or not 2 <= n <= 11:
        return None
    y = int(m["year"]) if m["year"] else c.published().year
    return hit(ym(y, 1), ym(y, n))


def _half(m, c):
    """'första halvåret 2022'."""
    return _half_of(c.lex["half_ordinals"][m["ord"].lower()], m["year"], c)


def _half_of(h: int, year: str | None, c):
    """Half year ``h`` (1 or 2) of the year written, else of the publication year."""
    y = int(year) if year else c.published().year
    return hit(ym(y, 6 * h - 5), ym(y, 6 * h))


def _half_number(m, c):
    """'halvår 1 2026', 'Halvår 2', 'H2 2024' (the letter only with its year: 'Bilen H2' is a name)."""
    return _half_of(int(m["h"] or m["h2"]), m["year"] or m["year2"], c)


_CELL_START = re.compile(r"(?:^|\n|\t|\|| {2,})\s*$")


def _bare_v_in_prose(m, text: str) -> bool:
    """'V 47' (a one-letter week word without its full stop, time.json week_words) is a week only where a table's
    header cell or a line starts, not after a word ('Volvo V40')."""
    return len(m["ww"]) == 1 and not _CELL_START.search(text, 0, m.start())


def _week(m, c):
    """'vecka 38', 'vecka 7–10', 'v. 12 2024': ISO weeks, Monday to Sunday; without a year, the weeks of the
    publication year, or of the year before when they are still ahead and the sentence is in the past tense."""
    w1 = int(m["w1"])
    w2 = int(m["w2"]) if m["w2"] else w1
    if not 1 <= w1 <= w2 <= 53 or _bare_v_in_prose(m, c.text):
        return None
    typ = "point" if w1 == w2 else "range"
    y = int(m["year"]) if m["year"] else c.published(type=typ).year
    if not m["year"]:
        try:
            ahead = date.fromisocalendar(y, w1, 1) > c.pub
        except ValueError:
            return None
        if ahead and _past_tense(_LOWER_WORD.findall(c.text.lower()), c.lex):
            y -= 1                        # 'vecka 7–10 var beläggningen …' published in week 6: last year's weeks
    try:
        monday, last = date.fromisocalendar(y, w1, 1), date.fromisocalendar(y, w2, 7)
    except ValueError:
        return None
    return hit(monday.isoformat(), last.isoformat(), type=typ)


# --- productions: words relative to publication -----------------------------------------------------------

def _relative_year(m, c):
    """'i år', 'förra året', 'nästa år'; after 'för' ('kvoterna för nästa år') the year a plan is for, a stated
    year; 'för året innan' stays anaphoric and is just 'året innan'."""
    key = m["rel"].lower()
    after = _NEXT_WORD.match(c.text, m.end())
    if key.endswith(" före") and after and after.group(1).lower().endswith(tuple(c.lex.get("event_noun_endings", ()))) \
            and after.group(1).lower() not in c.lex.get("not_event_nouns", ()):
        return None                     # 'det sista året före pandemin': the year before an event, not a year back
    off = c.lex["relative_years"][key]
    for_lead = (m["lead"] or "").lower() in _w(c.lex)["stated_year_lead"]
    stated = for_lead and key not in c.lex["anaphoric_years"]
    span = "rel" if for_lead and not stated else 0
    pub = c.published(group=span)
    return hit(str(pub.year + off), str(pub.year + off), type="point" if stated else "relative", group=span)


def _year_turn(m, c):
    """'vid årsskiftet': the last turn of the year before publication (with 'senaste', or in the first half-year),
    else the coming one; the last day of the year before the turn ('årsskiftet 2024/2025' is left to the year rules);
    after 'efter' (time.json year_turn 'after') the year that begins at it."""
    w = c.lex["year_turn"]
    which = (m["which"] or "").lower()
    pub = c.published()
    words = _LOWER_WORD.findall(c.text.lower())
    told_past = not m["after"] and _past_tense(words, c.lex) and not c.full.derived(_future_cue_re).search(" ".join(words))
    last = which in w["past"] or (which not in w["next"] and (pub.month < w.get("last_before_month", 7) or told_past))
    # 'var 18,1 procent vid årsskiftet' told in the past in October: the turn already passed
    y = pub.year - 1 if last else pub.year
    if m["after"]:
        return hit(str(y + 1), str(y + 1), "year")      # 'efter årsskiftet': the year that begins at the turn
    return hit(f"{y}-12-31", f"{y}-12-31", "day")


def _average_years(m, c):
    """'femårssnittet': the five years before the publication year (a report on a past year moves it to the years
    before that one: resolve.anchor_named_periods)."""
    n = c.lex["average_years"][m["avg"].lower()]
    pub = c.published()
    return hit(str(pub.year - n), str(pub.year - 1), "year", type="average")


def _relative_month(m, c):
    """'förra månaden', 'nästa månad'."""
    s = _month_shift(c.published(), c.lex["relative_months"][m["rel"].lower()])
    return hit(s, s)


def _relative_week(m, c):
    """'förra veckan', 'denna vecka': ISO weeks, Monday to Sunday."""
    pub = c.published()
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=c.lex["relative_weeks"][m["rel"].lower()])
    return hit(monday.isoformat(), (monday + timedelta(days=6)).isoformat())


def _relative_quarter(m, c):
    """'förra kvartalet', 'detta kvartal'."""
    pub = c.published()
    y, q0 = divmod(pub.year * 4 + (pub.month - 1) // 3 + c.lex["relative_quarters"][m["rel"].lower()], 4)
    return hit(ym(y, 3 * q0 + 1), ym(y, 3 * q0 + 3))


def _relative_day(m, c):
    """'i dag', 'i går', 'i övermorgon'."""
    d = (c.published() + timedelta(days=c.lex["relative_days"][m["rel"].lower()])).isoformat()
    return hit(d, d)


def _weekday_before(m, c):
    """'i tisdags', 'förra torsdag': the last such day before publication."""
    pub = c.published()
    wd = c.lex["weekdays"][m["weekday"].lower()]
    d = (pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)).isoformat()
    return hit(d, d)


def _weekday_on_or_before(m, c):
    """'Lördagens lopp': the last such day on or before publication (the day itself when published on it)."""
    pub = c.published()
    wd = c.lex["weekdays"][m["weekday"].lower()]
    d = (pub - timedelta(days=(pub.weekday() - wd) % 7)).isoformat()
    return hit(d, d)


def _weekday_after(m, c):
    """'på måndag', 'nästa tisdag': the next such day after publication; 'på tisdagen' (definite) in a past-tense
    sentence ('Fullmäktige antog på tisdagen budgeten') the last one, or the publication day itself."""
    pub = c.published()
    word = m["weekday"].lower()
    wd = c.lex["weekdays"][word]
    if word.endswith(_w(c.lex)["weekday_definite_suffix"]) and _past_tense(_LOWER_WORD.findall(c.text.lower()), c.lex):
        d = (pub - timedelta(days=(pub.weekday() - wd) % 7)).isoformat()
        return hit(d, d)
    d = (pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)).isoformat()
    return hit(d, d)


def _term(m, c):
    """'mandatperioden': the electoral term at publication, 'förra'/'nästa mandatperiod' the one before or after it
    (time.json pattern_words term_adjectives: their offsets in terms)."""
    conf = c.lex["electoral_term"]
    a, b = electoral_term(c.published(), conf["first_election_year"], conf["length_years"], conf["term_start_month"])
    shift = _w(c.lex)["term_adjectives"].get(m["adj"].lower(), 0) * conf["length_years"] if m["adj"] else 0
    return hit(str(a + shift), str(b + shift))


def _named_period(m, c):
    """'under verksamhetsåret' without its years: the period the document named so before (resolved by the
    analyser from the document, resolve.anchor_named_periods); unresolved here."""
    return hit(None, None, resolved=False)


def _sequence(m, c):
    """'därefter', 'sedan dess': a period that follows the one named before; the context stage places it."""
    return hit(None, None, resolved=False)


# --- productions: days of the week, holidays, days and weeks of a month, this season ---------------------

def _weekday_number(c, word: str) -> int:
    word = word.lower()
    return c.lex["weekdays"][word] if word in c.lex["weekdays"] else c.lex["weekday_abbreviations"][word]


def _weekday_dated(m, c):
    """'Måndag den 18 februari', 'Mån, 18 februari', 'Söndag 10 feb': the date decides, the weekday names it."""
    return _sv_date(m, c)


def _weekday_in_week(m, c):
    """'onsdag nästa vecka', 'söndag i förra veckan', 'tisdag denna vecka': that day of the relative week."""
    pub = c.published()
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=c.lex["relative_weeks"][m["rel"].lower()])
    d = (monday + timedelta(days=_weekday_number(c, m["weekday"]))).isoformat()
    return hit(d, d)


def _weekday_bare(m, c):
    """'Beslutet gäller fredag', 'Under tisdagen greps ...': the next such day after publication, or the last one
    before it in a past-tense sentence. Not 'mån–fre' (opening hours) nor 'i viss mån' ('mån' is 'extent')."""
    h, text = c.full.derived(_helpers), c.text
    word = m["weekday"].lower()
    if word in c.lex["weekday_abbreviations"] and (h["abbreviation_not_after"].search(text, max(0, m.start() - 25), m.start())
                                                   or not h["abbreviation_before"].match(text, m.end())):
        return None
    if h["weekday_not_after"].search(text, max(0, m.start() - 30), m.start()) or h["weekday_link_after"].match(text, m.end()) \
            or h["weekday_link_before"].search(text, max(0, m.start() - 16), m.start()):
        return None
    pub = c.published()
    wd = _weekday_number(c, word)
    today = 0 if word.endswith(_w(c.lex)["weekday_definite_suffix"]) else 7    # 'under torsdagen' may be today
    if _past_tense(_LOWER_WORD.findall(text.lower()), c.lex):
        d = pub - timedelta(days=(pub.weekday() - wd) % 7 or today)
    else:
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or today)
    return hit(d.isoformat(), d.isoformat())


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7      # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_days(spec: dict, year: int) -> tuple[date, date]:
    """The first and last day of a holiday (time.json holidays) in ``year``."""
    if "date" in spec:
        d = date(year, *spec["date"])
        return d, d
    if "weekday" in spec:
        first = date(year, *spec["on_or_after"])
        d = first + timedelta(days=(spec["weekday"] - first.weekday()) % 7)
        return d, d
    e, off = easter_sunday(year), spec["easter"]
    a, b = (off, off) if isinstance(off, int) else off
    return e + timedelta(days=a), e + timedelta(days=b)


def _holiday(m, c):
    """'julafton', 'midsommarafton 2024', 'i påskas': a written year decides; else the last one on or before
    publication in a past-tense sentence (or for a past form), the next one on or after it otherwise."""
    spec = c.lex["holidays"][" ".join(m["holiday"].lower().split())]
    if m["year"]:
        a, b = holiday_days(spec, int(m["year"]))
    else:
        pub = c.published(type="point" if isinstance(spec.get("easter", 0), int) else "range")
        past = spec.get("direction") == "past" or _past_tense(_LOWER_WORD.findall(c.text.lower()), c.lex)
        years = [holiday_days(spec, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        a, b = [x for x in years if x[0] <= pub][-1] if past else [x for x in years if x[1] >= pub][0]
    return hit(a.isoformat(), b.isoformat(), type="point" if a == b else "range")


def _month_end(y: int, mo: int) -> date:
    return date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)


def _nth_of_month(m, c):
    """'första tisdagen i oktober', 'sista måndag i mars 2014', 'tredje dagen i oktober', 'sista dagen i oktober 2015',
    'första veckan i oktober 2014' (the first Monday-to-Sunday week wholly in the month)."""
    w, lex = _w(c.lex), c.lex
    mo = lex["months"][m["month"].lower()]
    unit, ord_ = m["unit"].lower(), m["ord"].lower()
    y = int(m["year"]) if m["year"] else implicit_year(c.published(grain="week" if unit in w["nth_weeks"] else "day"), mo, c.text, c.full)
    n = None if ord_ in w["nth_last"] else ordinal_words(5)[ord_]
    first, end = date(y, mo, 1), _month_end(y, mo)
    if unit in w["nth_weeks"]:
        monday = end - timedelta(days=(end.weekday() - 6) % 7 + 6) if n is None \
            else first + timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
        if monday < first or monday + timedelta(days=6) > end:
            return None
        return hit(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week")
    if unit in w["nth_days"]:
        d = end if n is None else first + timedelta(days=n - 1)
    else:
        wd = _weekday_number(c, unit)
        d = end - timedelta(days=(end.weekday() - wd) % 7) if n is None \
            else first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    return hit(d.isoformat(), d.isoformat()) if d.month == mo else None


def _season_months(a: int, b: int) -> set[int]:
    return set(range(a, b + 1)) if a <= b else set(range(a, 13)) | set(range(1, b + 1))


def _current_season(a: int, b: int, pub):
    """The season of months a..b under way at publication, else the coming one (it may run over the new year)."""
    if pub.month in _season_months(a, b):
        y = pub.year if a <= b or pub.month >= a else pub.year - 1
    else:
        y = pub.year if a > pub.month else pub.year + 1
    return hit(ym(y, a), ym(y if a <= b else y + 1, b))


def _season_forms(t: dict) -> dict:
    """Every season word, definite and indefinite ('sommaren', 'sommar'; time.json season_adverbs give the pairs), ->
    its definite form, the key of time.json seasons."""
    forms = {k: k for k in t["seasons"]}
    forms.update({adverb.split()[-1]: season for adverb, season in t["season_adverbs"].items()})
    return forms


def _next_season(m, c):
    """'nästa sommar', 'kommande vinter': the coming season, the one after the season under way at publication."""
    a, b = c.lex["seasons"][_season_forms(c.lex)[m["season"].lower()]]
    pub = c.published()
    if pub.month in _season_months(a, b):
        y = (pub.year if a <= b or pub.month >= a else pub.year - 1) + 1
        return hit(ym(y, a), ym(y if a <= b else y + 1, b))
    return _current_season(a, b, pub)


def _this_season(m, c):
    """'denna vintern', 'den här sommaren': the season under way at publication, else the coming one."""
    return _current_season(*c.lex["seasons"][m["season"].lower()], c.published())


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _season_adverb(m, c):
    """'i höst', 'i vår': this year's season as 'denna hösten' (under way at publication, else the coming one);
    'i vår' only where it cannot be 'in our' (time.json season_adverb_homographs)."""
    key = _spaced(m["adverb"])
    if key in c.lex.get("season_adverb_homographs", ()):
        nxt = _NEXT_WORD.match(m.string, m.end())
        if nxt and nxt.group(1).lower() not in c.lex.get("season_adverb_followers", ()):
            return None
    a, b = c.lex["seasons"][c.lex["season_adverbs"][key]]
    pub = c.published()
    text = c.text
    clause = text[text.rfind(",", 0, m.start()) + 1:(text.find(",", m.end()) + 1 or len(text) + 1) - 1]
    if pub.month not in _season_months(a, b) and _past_tense(_LOWER_WORD.findall(clause.lower()), c.lex):
        return _last_season(a, b, pub)       # 'omkom 4 personer i sommar', told in September: the summer just past
    return _current_season(a, b, pub)


def _past_season_adverb(m, c):
    """'i höstas', 'i våras': the last such season begun by publication."""
    a, b = c.lex["seasons"][c.lex["past_season_adverbs"][_spaced(m["adverb"])]]
    return _last_season(a, b, c.published())


def _last_season(a: int, b: int, pub):
    """The last season of months a..b begun by publication (it may run over the new year)."""
    y = pub.year if a <= pub.month else pub.year - 1
    return hit(ym(y, a), ym(y if a <= b else y + 1, b))


def _spaced(s: str) -> str:
    return " ".join(s.lower().split())


# --- the rules --------------------------------------------------------------------------------------------

def _key(*names):
    """The lexicon lists whose words gate a rule, by name (time.json top level or pattern_words)."""
    return lambda t: [t[n] if n in t else _w(t)[n] for n in names]


def _one_year_seasons(t):
    """Seasons within one calendar year ('våren 2023'); 'vintern' runs over the new year and is read only by this_season."""
    return [k for k, (a, b) in t["seasons"].items() if a <= b]


def _winter_seasons(t):
    """Seasons running over the new year ('vintern'): read after 'förra' by ``previous_winter``."""
    return [k for k, (a, b) in t["seasons"].items() if a > b]


def _weekday_words(t):
    return list(t["weekdays"]) + [k for k in t["weekday_abbreviations"] if not k.startswith("_")]


def _units(t):
    return _alt(_w(t)["units"])


RULES: tuple[Rule, ...] = (
    Rule("ago", 10, lambda t: rf"\b(?:(?:{_alt(_w(t)['ago_before'])})\s+)?(?P<n>\d+|{_NUM_WORD})\s+(?P<unit>{_units(t)})\s+"
                              rf"(?:{_alt(_w(t)['ago_after'])})\b",
         _ago, "year", "duration_ago", words=_key("ago_after"),
         examples=(("för 10 år sedan", "2003", "2003", "year"), ("tio år sedan", "2003", "2003", "year"),
                   ("Det hände för tre veckor sedan.", "2013-01-22", "2013-01-22", "day"),
                   ("3 månader sedan", "2012-11", "2012-11", "month"),
                   ("Han var VD i 5 år, sedan blev han ordförande.", None, None, None))),
    Rule("offset", 20, lambda t: rf"\b(?P<n>\d+|{_NUM_WORD})\s+(?P<unit>{_units(t)})\s+(?P<dir>{_alt(t['relative_offsets'])})\b",
         _offset, "year", "relative", words=_key("relative_offsets"),
         examples=(("två år senare", "2015", "2015", "year"), ("tre månader senare", None, None, "month"),
                   ("låg ute i 27 dagar innan den såldes", None, None, None))),
    Rule("in_future", 30, lambda t: rf"\b(?:{_alt(_w(t)['future_before'])})\s+(?P<n>\d+|{_NUM_WORD})\s+(?P<unit>{_units(t)})\b",
         _in_future, "year", "relative", words=_key("future_before"),
         examples=(("Om 30 år kommer vi att ha fler äldre.", "2043", "2043", "year"),
                   ("Vi ska om fem år ha en ny skola.", "2018", "2018", "year"),
                   ("Ett avtal om fem år skrevs.", None, None, None))),
    Rule("last_n", 40, lambda t: rf"\b(?:(?:{_alt(_w(t)['last_lead'])})\s+)?(?:{_alt(_w(t)['last_determiners'])})\s+"
                                 rf"(?P<which>{_alt(_w(t)['last_past'] + _w(t)['last_future'])})\s+(?P<n>\d+|{_NUM_WORD})\s+"
                                 rf"(?P<unit>{_alt(_w(t)['last_units'])})\b",
         _last_n, "year", "relative", words=_key("last_past", "last_future"),
         examples=(("de senaste fem åren", "2008", "2012", "year"), ("under de kommande tre åren", "2013", "2015", "year"),
                   ("de senaste två månaderna", "2012-12", "2013-01", "month"),
                   ("under de senaste fyra kvartalen", "2012-01", "2012-12", "month"),
                   ("de kommande två kvartalen", "2013-01", "2013-06", "month"))),
    Rule("last_n_inverted", 39, lambda t: rf"\b(?:(?:{_alt(_w(t)['last_lead'])})\s+)?(?:{_alt(_w(t)['last_determiners'])})\s+"
                                          rf"(?P<n>\d+|{_NUM_WORD})\s+(?P<which>{_alt(_w(t)['last_past'] + _w(t)['last_future'])})\s+"
                                          rf"(?P<unit>{_alt(_w(t)['last_units'])})\b",
         _last_n, "year", "relative", words=_key("last_past", "last_future"),
         examples=(("genomsnittet för de tre senaste åren", "2010", "2012", "year"),
                   ("under de fem kommande åren", "2013", "2017", "year"))),
    Rule("last_n_bare", 41, lambda t: rf"\b(?P<which>{_alt(_w(t)['bare_last_past'] + _w(t)['bare_last_future'])})\s+(?P<n>\d+|{_NUM_WORD})\s+"
                                      rf"(?P<unit>{_alt(list(_w(t)['last_units']) + list(_w(t)['units']))})\b",
         _last_n_bare, "year", "relative", words=_key("bare_last_past", "bare_last_future"),
         examples=(("senaste två år", "2011", "2012", "year"), ("nästa 3 månader", "2013-02", "2013-05", "month"),
                   ("Priserna har stigit senaste 12 månaderna.", "2012-02", "2013-01", "month"),
                   ("nästa tre veckorna", "2013-02-12", "2013-03-05", "day"), ("nästa gång 3 år", None, None, None))),
    Rule("change_span", 43, lambda t: rf"\b(?:{_alt(_w(t)['change_span_lead'])})\s+(?P<n>\d+|{_NUM_WORD})\s+(?P<unit>{_units(t)})\b",
         _change_span, "month", "relative", words=_key("change_span_lead"),
         examples=(("Priserna har stigit med 3,8 procent på tolv månader.", "2012-02", "2013-01", "month"),
                   ("På ett år har antalet arbetslösa minskat med 900 personer.", "2012-02", "2013-01", "month"),
                   ("Villapriserna föll med 1,2 procent på en månad.", "2013-01", "2013-01", "month"),
                   ("Sett över tio år har nivån sjunkit med 17 procent.", "2003-02", "2013-01", "month"),
                   ("Kostnaderna ska minska med 20 miljoner på tre år.", None, None, None),
                   ("Ett avtal på tre år tecknades i fjol.", None, None, None))),
    Rule("rolling_year", 42, lambda t: rf"\b(?:{_alt(_w(t)['rolling_year'], True)})\b",
         _rolling_year, "month", "relative", words=_key("rolling_year"),
         examples=(("Under det senaste året har 40 nya företag startat.", "2012-02", "2013-01", "month"),
                   ("Hyrorna har stigit med 4 procent det senaste året.", "2012-02", "2013-01", "month"),
                   ("Senaste året sjönk priset.", "2012-02", "2013-01", "month"),
                   ("Det var bästa året på länge.", None, None, None))),
    Rule("coming_year", 44, lambda t: rf"\b(?:{_alt(_w(t)['coming_year'], True)})\b",
         _coming_year, "month", "relative", words=_key("coming_year"),
         examples=(("Hushållen väntar sig att priserna stiger med 2,1 procent det kommande året.", "2013-02", "2014-01", "month"),
                   ("Under det närmaste året ska 40 lägenheter byggas.", "2013-02", "2014-01", "month"),
                   ("Kommande år väntas priset stiga.", None, None, None))),     # the next calendar year (relative_year)
    Rule("dmy_date", 50, lambda t: rf"(?<![\d/.-])\b(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>{YEAR})\b(?![/.-]\d)",
         _dmy_date, "day", "point", needs="year", flags=0,
         examples=(("31/10/1974", "1974-10-31", "1974-10-31", "day"), ("03-03-2015", "2015-03-03", "2015-03-03", "day"),
                   ("den 3.3.2015", "2015-03-03", "2015-03-03", "day"))),
    Rule("dm_date_cued", 60, lambda t: rf"(?:\b(?:{_alt(t['date_cues'])})\s+)(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})(?:\s+(?P<year>{YEAR}))?\b",
         _dm_date, "day", "point", needs="digit/",
         examples=(("den 1/7 2024", "2024-07-01", "2024-07-01", "day"), ("från den 1/7", "2013-07-01", "2013-07-01", "day"))),
    Rule("dm_date_year", 61, lambda t: rf"\b(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\s+(?P<year>{YEAR})\b",
         _dm_date, "day", "point", needs="digit/",
         examples=(("Mötet 12/5 2020 blev inställt.", "2020-05-12", "2020-05-12", "day"),)),
    Rule("iso_date", 70, lambda t: rf"\b(?P<year>{YEAR})-(?P<month>\d\d?)-(?P<day>\d\d?)\b",
         _iso_date, "day", "point", needs="year-", flags=0,
         examples=(("2018-06-26", "2018-06-26", "2018-06-26", "day"), ("2015-3-3", "2015-03-03", "2015-03-03", "day"))),
    Rule("year_range", 80, lambda t: rf"(?:(?:{_alt(_w(t)['range_lead'])})\s+)?(?P<y1>{YEAR})\s*(?P<link>[–—-]|{_alt(_w(t)['range_link'])})"
                                     rf"\s*(?P<y2>{YEAR}|\d\d)\b(?![\d]|[,.]\d)",
         _year_range, "year", "range", needs="year",
         examples=(("2018–2022", "2018", "2022", "year"), ("mellan 2018 och 2022", "2018", "2022", "year"),
                   ("åren 2019–21", "2019", "2021", "year"))),
    Rule("year_genitive", 90, lambda t: rf"(?<![\d,.])\b(?P<year>{YEAR})\s+(?:{_alt(_w(t)['year_genitive'])})\b",
         _year_genitive, "year", "point", needs="year", words=_key("year_genitive"),
         examples=(("1971 års taxering", "1971", "1971", "year"),)),
    Rule("decade", 100, lambda t: rf"\b(?:(?:{_alt(_w(t)['decade_lead'])})\s+)?(?P<decade>1[89]\d0|20\d0|\d0)-{_w(t)['decade_suffix']}\b",
         _decade, "year", "range", needs="digit", words=lambda t: [[_w(t)["decade_suffix"]]],
         examples=(("under 1960-talet", "1960", "1969", "year"), ("1800-talet", "1800", "1899", "year"),
                   ("på 70-talet", "1970", "1979", "year"))),
    Rule("year_slash_range", 109, lambda t: rf"(?:(?:{_alt(_w(t)['year_lead'])})\s+)?(?P<y1>{YEAR})/(?P<y2>{YEAR}|\d\d)\s*[–—-]\s*"
                                            rf"(?P<y3>{YEAR})/(?P<y4>{YEAR}|\d\d)\b",
         _year_slash_range, "year", "range", needs="year/",
         examples=(("Snitt 2020/21–2024/25", "2020", "2025", "year"), ("säsongerna 2018/19-2022/23", "2018", "2023", "year"))),
    Rule("year_slash", 110, lambda t: rf"(?:(?:{_alt(_w(t)['year_lead'])})\s+)?(?P<y1>{YEAR})/(?P<y2>{YEAR}|\d\d)\b",
         _year_slash, "year", "range", needs="year/",
         examples=(("år 2016/17", "2016", "2017", "year"), ("2019/2020", "2019", "2020", "year"))),
    Rule("en_date", 120, lambda t: rf"\b(?P<month>{_alt(t['months_en'])})\.? (?P<day>\d{{1,2}}), (?P<year>{YEAR})\b",
         _en_date, "day", "point", needs="year", words=_key("months_en"),
         examples=(("Jun 26, 2018", "2018-06-26", "2018-06-26", "day"), ("April 14, 2015", "2015-04-14", "2015-04-14", "day"))),
    Rule("month_range", 130, lambda t: rf"\b(?P<m1>{_alt(t['months'])})\.?(?:\s+(?P<y1>{YEAR}))?"
                                       rf"(?:\s*[–—-]\s*|\s+(?:{_alt(_w(t)['range_link'])})\s+)"
                                       rf"(?P<m2>{_alt(t['months'])})\.?(?:\s+(?P<year>{YEAR}))?\b",
         _month_range, "month", "range", words=_key("months"),
         examples=(("jan–sep", "2013-01", "2013-09", "month"), ("december–maj 2020", "2020-12", "2021-05", "month"),
                   ("november 2024–oktober 2025", "2024-11", "2025-10", "month"),
                   ("från juli 2022 – juni 2023", "2022-07", "2023-06", "month"),
                   ("Från januari till och med augusti har 4,3 miljoner rest.", "2013-01", "2013-08", "month"))),
    Rule("day_range", 140, lambda t: rf"\b(?P<d1>\d{{1,2}})(?::[ae])?(?:\s+(?P<m1>{_alt(t['months'])})\.?)?\s*"
                                     rf"(?:[–—-]|\b(?:{_alt(_w(t)['range_link'])})\b)\s*(?:(?:{_alt(_w(t)['date_article'])})\s+)?"
                                     rf"(?P<d2>\d{{1,2}})(?::[ae])?\s+(?P<m2>{_alt(t['months'])})\.?(?:\s+(?P<year>{YEAR}))?\b",
         _day_range, "day", "range", needs="digit", words=_key("months"),
         examples=(("13–15 juli", "2013-07-13", "2013-07-15", "day"), ("30 juni till 2 juli 2024", "2024-06-30", "2024-07-02", "day"),
                   ("Festivalen arrangerades den 10–12 juli.", "2012-07-10", "2012-07-12", "day"),
                   ("Mellan den 1 december och den 28 februari föll mycket snö.", "2012-12-01", "2013-02-28", "day"),
                   ("mellan 13 och 17 maj", "2013-05-13", "2013-05-17", "day"), ("8 aug - 12 aug", "2013-08-08", "2013-08-12", "day"))),
    Rule("weekday_dated", 145, lambda t: rf"\b(?P<weekday>{_alt(_weekday_words(t))})\.?,?\s+(?:(?:{_alt(_w(t)['date_article'])})\s+)?"
                                         rf"(?P<day>\d{{1,2}})(?::[ae])?\s+(?P<month>{_alt(t['months'])})\.?(?:\s+(?P<year>{YEAR}))?\b",
         _weekday_dated, "day", "point", needs="digit", words=lambda t: [_weekday_words(t)],
         examples=(("Måndag den 18 februari", "2013-02-18", "2013-02-18", "day"), ("Mån, 18 februari", "2013-02-18", "2013-02-18", "day"),
                   ("Söndag 10 Feb", "2013-02-10", "2013-02-10", "day"), ("fre 3 maj 2024", "2024-05-03", "2024-05-03", "day"))),
    Rule("sv_date", 150, lambda t: rf"(?:\b(?:{_alt(_w(t)['date_article'])})\s+)?(?<![\d,.])\b(?P<day>\d{{1,2}})(?::[ae])?[^\S\n]+(?P<month>{_alt(t['months'])})\.?"
                                   rf"(?:\s+(?P<year>{YEAR}))?\b",
         _sv_date, "day", "point", needs="digit", words=_key("months"),
         examples=(("26 juni 2018", "2018-06-26", "2018-06-26", "day"), ("den 4 juni", "2013-06-04", "2013-06-04", "day"),
                   ("den 3:e mars", "2013-03-03", "2013-03-03", "day"), ("8 Aug", "2013-08-08", "2013-08-08", "day"),
                   ("Skulden uppgick den 31 december till 40 Mkr.", "2012-12-31", "2012-12-31", "day"),
                   ("December   196   183   +7,1\nJanuari   214", None, None, None))),     # a table's cell and next row
    Rule("sv_date_word", 160, lambda t: rf"(?:\b(?:{_alt(_w(t)['date_article'])})\s+)?\b(?P<ord>{_alt(ordinal_words(31))})\s+"
                                        rf"(?P<month>{_alt(_months_full(t))})\b(?!-)(?:\s+(?P<year>{YEAR}))?\b",     # not 'mars-dagarna'
         _sv_date_word, "day", "point", words=_key("months"),
         examples=(("första maj", "2013-05-01", "2013-05-01", "day"), ("den tjugoförsta juni 2024", "2024-06-21", "2024-06-21", "day"),
                   ("De andra mars-dagarna var kalla.", None, None, None))),
    Rule("nth_of_month", 155, lambda t: rf"\b(?P<ord>{_alt(list(ordinal_words(5)) + _w(t)['nth_last'])})\s+"
                                        rf"(?P<unit>{_alt(list(t['weekdays']) + _w(t)['nth_days'] + _w(t)['nth_weeks'])})\s+"
                                        rf"(?:{_alt(_w(t)['nth_links'])})\s+(?P<month>{_alt(_months_full(t))})(?:\s+(?P<year>{YEAR}))?\b",
         _nth_of_month, "day", "point", words=_key("weekdays", "nth_days", "nth_weeks"),
         examples=(("första tisdagen i oktober", "2013-10-01", "2013-10-01", "day"), ("sista måndag i mars", "2013-03-25", "2013-03-25", "day"),
                   ("tredje dagen i oktober", "2013-10-03", "2013-10-03", "day"), ("sista dagen i februari 2024", "2024-02-29", "2024-02-29", "day"),
                   ("första veckan i oktober 2014", "2014-10-06", "2014-10-12", "week"),
                   ("sista veckan i september 2014", "2014-09-22", "2014-09-28", "week"),
                   ("femte fredagen i februari", None, None, None))),
    Rule("holiday", 165, lambda t: rf"\b(?P<holiday>{_alt(t['holidays'], flexible_spaces=True)})(?:\s+(?P<year>{YEAR}))?\b",
         _holiday, "day", "point", words=_key("holidays"),
         examples=(("juldagen", "2013-12-25", "2013-12-25", "day"), ("nyårsdagen", "2014-01-01", "2014-01-01", "day"),
                   ("Butiken hade öppet på nyårsdagen.", "2013-01-01", "2013-01-01", "day"),
                   ("midsommarafton", "2013-06-21", "2013-06-21", "day"), ("midsommarafton 2024", "2024-06-21", "2024-06-21", "day"),
                   ("påskdagen", "2013-03-31", "2013-03-31", "day"), ("under påsken 2025", "2025-04-18", "2025-04-21", "day"),
                   ("Vi sålde mer i påskas.", "2012-04-06", "2012-04-09", "day"))),
    Rule("quarter_word", 170, lambda t: rf"\b(?P<ord>{_alt(t['quarter_ordinals'])})\s+(?:{_alt(_w(t)['quarter_nouns'])})(?:\s+(?P<year>{YEAR}))?",
         _quarter_word, "quarter", "point", words=_key("quarter_ordinals"),
         examples=(("tredje kvartalet", "2013-07", "2013-09", "quarter"), ("fjärde kvartalet 2018", "2018-10", "2018-12", "quarter"))),
    Rule("quarter_letter", 171, lambda t: rf"\b{_w(t)['quarter_letter']}(?P<q>[1-4])(?:\s*(?P<year>{YEAR}))?\b",
         _quarter_number, "quarter", "point", needs="digit", words=lambda t: [[_w(t)["quarter_letter"]]],
         examples=(("Q3 2024", "2024-07", "2024-09", "quarter"), ("q1", "2013-01", "2013-03", "quarter"))),
    Rule("quarter_abbreviation", 172, lambda t: rf"\b(?:{_alt(_w(t)['quarter_abbreviations'])})\s?(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?\b",
         _quarter_number, "quarter", "point", needs="digit", words=_key("quarter_abbreviations"),
         examples=(("kv 3", "2013-07", "2013-09", "quarter"), ("kv. 2 2020", "2020-04", "2020-06", "quarter"))),
    Rule("quarter_numbered", 173, lambda t: rf"\b(?P<q>[1-4]):[ae]\s+(?:{_alt(_w(t)['quarter_nouns'] + _w(t)['quarter_abbreviations'])})"
                                            rf"(?:\s+(?P<year>{YEAR}))?",
         _quarter_number, "quarter", "point", needs="digit", words=_key("quarter_nouns", "quarter_abbreviations"),
         examples=(("3:e kvartalet 2022", "2022-07", "2022-09", "quarter"), ("4:e kvartal 2018", "2018-10", "2018-12", "quarter"))),
    Rule("first_months", 179, lambda t: (lambda f: rf"\b(?:(?:{_alt(f['leads'])})\s+)?(?:(?P<n1>\d{{1,2}}|{_alt(f['numbers'])})\s+(?:{_alt(f['first'])})"
                                              rf"|(?:{_alt(f['first'])})\s+(?P<n2>\d{{1,2}}|{_alt(f['numbers'])}))\s+(?:{_alt(f['months'])})"
                                              rf"(?:\s+(?:(?:{_alt(f['year_links'])})\s+)?(?P<year>{YEAR}))?\b")(_w(t)["first_months"]),
         _first_months, "month", "range", words=lambda t: [_w(t)["first_months"]["first"]],
         examples=(("årets sju första månader", "2013-01", "2013-07", "month"),
                   ("de första tio månaderna 2024", "2024-01", "2024-10", "month"))),
    Rule("first_months_abbreviated", 178, lambda t: rf"\b(?P<n1>\d{{1,2}})\s+(?:{_alt(_w(t)['first_months']['abbreviated'])})\s+(?P<year>{YEAR})\b",
         lambda m, c: _first_months(m, c), "month", "range", needs="year",
         words=lambda t: [_w(t)["first_months"]["abbreviated"]],
         examples=(("9 mån 2026", "2026-01", "2026-09", "month"), ("6 mån. 2025", "2025-01", "2025-06", "month"))),
    Rule("half", 180, lambda t: rf"\b(?P<ord>{_alt(t['half_ordinals'])})\s+(?:{_alt(_w(t)['half_nouns'])})(?:\s+(?P<year>{YEAR}))?",
         _half, "month", "point", words=_key("half_ordinals"),
         examples=(("första halvåret 2022", "2022-01", "2022-06", "month"), ("andra halvåret", "2013-07", "2013-12", "month"))),
    Rule("half_numbered", 181, lambda t: rf"\b(?:(?:{_alt(_w(t)['half_numbered']['nouns'])})\s?(?P<h>[12])(?:\s+(?P<year>{YEAR}))?"
                                         rf"|{_w(t)['half_numbered']['letter']}(?P<h2>[12])\s+(?P<year2>{YEAR}))\b",
         _half_number, "month", "point", needs="digit", words=lambda t: [_w(t)["half_numbered"]["nouns"] + [_w(t)["half_numbered"]["letter"]]],
         examples=(("halvår 1 2026", "2026-01", "2026-06", "month"), ("H2 2024", "2024-07", "2024-12", "month"),
                   ("Halvår 2", "2013-07", "2013-12", "month"), ("Bilen H2 kostar 400 000 kronor.", None, None, None))),
    Rule("week", 190, lambda t: rf"\b(?P<ww>{_alt(_w(t)['week_words'])})\s?(?P<w1>\d{{1,2}})(?:\s*[–—-]\s*(?P<w2>\d{{1,2}}))?(?:\s+(?P<year>{YEAR}))?\b",
         _week, "week", "point", needs="digit", words=_key("week_words"),
         examples=(("vecka 38", "2013-09-16", "2013-09-22", "week"), ("vecka 7–10", "2013-02-11", "2013-03-10", "week"),
                   ("Produkt     V 47     Pris", "2013-11-18", "2013-11-24", "week"), ("Volvo V40 såldes", None, None, None),
                   ("Under vecka 38 var beläggningen hög.", "2012-09-17", "2012-09-23", "week"))),
    Rule("open_start", 200, lambda t: rf"\b(?P<lead>{_alt(t['open_start'])})\s+(?:(?:{_alt(_w(t)['year_lead'])})\s+)?(?P<year>{YEAR})\b"
                                      rf"(?!\s*(?:[–—-]|{_alt(_w(t)['range_link'])})\s*{YEAR})",
         _open_start, "year", "open_start", needs="year", words=_key("open_start"),
         examples=(("sedan 2008", "2008", "2013", "year"), ("från och med 2021", "2021", None, "year"))),
    Rule("open_start_event", 205, lambda t: rf"\b(?P<lead>{_alt(_w(t)['ongoing_start'])})\s+(?:[a-zåäö]+\s+){{1,3}}?"
                                            rf"(?:{_alt(_w(t)['since_event_verbs'])})\s+(?:(?:{_alt(_w(t)['year_lead'])})\s+)?"
                                            rf"(?P<year>{YEAR})\b",
         _open_start, "year", "open_start", needs="year", words=_key("open_start"),
         examples=(("första gången sedan mätningarna började 2008", "2008", "2013", "year"),
                   ("sedan lagen infördes år 2010", "2010", "2013", "year"))),
    Rule("open_end", 210, lambda t: rf"\b(?P<lead>{_alt(t['open_end'])})\s+(?:(?:{_alt(_w(t)['year_lead'])})\s+)?(?P<year>{YEAR})\b",
         _open_end, "year", "open_end", needs="year", words=_key("open_end"),
         examples=(("till 2028", "2013", "2028", "year"), ("fram till 2028", "2013", "2028", "year"), ("fram 2028", "2013", "2028", "year"))),
    Rule("month", 220, lambda t: rf"(?:\b(?:{_alt(_w(t)['month_lead'])})\s+)?\b(?P<month>{_alt(_months_full(t))}"
                                 rf"|(?:{_alt(_months_abbreviated(t))})(?=\s+{YEAR}\b|\s*[/–—-]\s*(?:{_alt(t['months'])})\.?\s+{YEAR}\b))"
                                 rf"(?:\s+(?P<year>{YEAR}))?\b",      # 'Dec 2012', 'Mar/feb 2026
         _month, "month", "point", words=_key("months"),
         examples=(("i oktober", "2013-10", "2013-10", "month"), ("oktober 2015", "2015-10", "2015-10", "month"),
                   ("sedan mars 2012", "2012-03", "2013-02", "month"), ("Mars är en planet.", None, None, None),
                   ("Mars", "2013-03", "2013-03", "month"),
                   ("Dec 2012", "2012-12", "2012-12", "month"), ("Jul 2012", "2012-07", "2012-07", "month"),
                   ("Priset kan sjunka ytterligare före jul.", None, None, None))),
    Rule("this_season", 225, lambda t: rf"\b(?:{_alt(_w(t)['this_season'])})\s+(?P<season>{_alt(t['seasons'])})\b",
         _this_season, "month", "range", words=_key("seasons"),
         examples=(("denna vintern", "2012-12", "2013-02", "month"), ("den här sommaren", "2013-06", "2013-08", "month"),
                   ("denna hösten", "2013-09", "2013-11", "month"))),
    Rule("next_season", 224, lambda t: rf"\b(?:{_alt(t['year_turn']['next'])})\s+(?P<season>{_alt(list(_season_forms(t)))})\b",
         _next_season, "month", "range", words=lambda t: [list(_season_forms(t))],
         examples=(("Nästa sommar vill vi ha 20 stationer", "2013-06", "2013-08", "month"),
                   ("nästa vinter", "2013-12", "2014-02", "month"))),
    Rule("season_adverb", 226, lambda t: rf"\b(?P<adverb>{_alt(list(t.get('season_adverbs', {})), flexible_spaces=True)})\b",
         _season_adverb, "month", "range", words=_key("season_adverbs"),
         examples=(("i höst", "2013-09", "2013-11", "month"), ("I vår börjar bygget", "2013-03", "2013-05", "month"),
                   ("Skolan öppnar i vår.", "2013-03", "2013-05", "month"), ("i vinter", "2012-12", "2013-02", "month"),
                   ("i vår medlemsenkät", None, None, None), ("drunknade fyra personer i sommar", "2012-06", "2012-08", "month"))),
    Rule("past_season_adverb", 227, lambda t: rf"\b(?P<adverb>{_alt(list(t.get('past_season_adverbs', {})), flexible_spaces=True)})\b",
         _past_season_adverb, "month", "range", words=_key("past_season_adverbs"),
         examples=(("i höstas", "2012-09", "2012-11", "month"), ("i våras", "2012-03", "2012-05", "month"))),
    Rule("season", 230, lambda t: rf"(?:\b(?P<lead>{_alt(list(_w(t)['month_lead']) + list(t['coming_season_leads']))})\s+)?(?:\b(?P<prev>{_alt(t['season_previous'])})\s+)?"
                                  rf"\b(?P<season>{_alt(_one_year_seasons(t))})(?:\s+(?P<year>{YEAR}))?\b",
         _season, "month", "range", words=_key("seasons"),
         examples=(("våren 2023", "2023-03", "2023-05", "month"), ("under hösten", "2013-09", "2013-11", "month"),
                   ("än förra hösten", "2012-09", "2012-11", "month"),
                   ("Normalt inträffar där 2 sådana nätter under en sommar.", None, None, None))),
    Rule("previous_winter", 231, lambda t: rf"\b(?P<prev>{_alt(t['season_previous'])})\s+(?P<season>{_alt(_winter_seasons(t))})\b",
         _previous_winter, "month", "range", words=_key("season_previous"),
         examples=(("5 procent fler än förra vintern", "2011-12", "2012-02", "month"),)),
    Rule("relative_year", 240, lambda t: rf"\b(?:(?P<lead>{_alt(_w(t)['relative_lead'] + _w(t)['stated_year_lead'])})\s+)?"
                                         rf"(?P<rel>{_alt(t['relative_years'])})\b",
         _relative_year, "year", "relative", words=_key("relative_years"),
         examples=(("i år", "2013", "2013", "year"), ("i fjol", "2012", "2012", "year"), ("under fjolåret", "2012", "2012", "year"),
                   ("kvoterna för nästa år", "2014", "2014", "year"), ("mot 17 året före", "2012", "2012", "year"),
                   ("det sista året före pandemin", None, None, None))),
    Rule("year_turn", 244, lambda t: rf"\b(?:(?P<after>{_alt(t['year_turn'].get('after', ['(?!)']))})\s+)?"
                                     rf"(?:(?P<which>{_alt(t['year_turn']['past'] + t['year_turn']['next'])})\s+)?"
                                     rf"(?:{_alt(t['year_turn']['nouns'])})(?!\s*(?:1[89]|20)\d\d(?!\d))(?![\w/])",   # not 'årsskiftet 2012/13'
         _year_turn, "day", "relative", words=lambda t: [t["year_turn"]["nouns"]],
         examples=(("Vid årsskiftet hade kommunen 41 200 invånare", "2012-12-31", "2012-12-31", "day"),
                   ("Kommunen hade vid årsskiftet 41 200 invånare", "2012-12-31", "2012-12-31", "day"),
                   ("Bolaget hade vid årsskiftet 640 anställda", "2012-12-31", "2012-12-31", "day"),
                   ("vid senaste årsskiftet", "2012-12-31", "2012-12-31", "day"),
                   ("vid kommande årsskiftet", "2013-12-31", "2013-12-31", "day"),
                   ("Efter årsskiftet steg priset till 1 250 kronor.", "2013", "2013", "year"),
                   ("efter kommande årsskiftet", "2014", "2014", "year"))),
    Rule("average_years", 245, lambda t: rf"\b(?P<avg>{_alt(list(t.get('average_years', {})) or ['(?!)'])})\b",
         _average_years, "year", "average", words=lambda t: [list(t.get("average_years", {}))],
         examples=(("Femårssnittet ligger på 36", "2008", "2012", "year"), ("jämfört med tioårsgenomsnittet", "2003", "2012", "year"))),
    Rule("relative_month", 250, lambda t: rf"\b(?P<rel>{_alt(t['relative_months'])})\b",
         _relative_month, "month", "relative", words=_key("relative_months"),
         examples=(("förra månaden", "2013-01", "2013-01", "month"), ("nästa månad", "2013-03", "2013-03", "month"))),
    Rule("weekday_in_week", 255, lambda t: rf"\b(?P<weekday>{_alt(t['weekdays'])})\s+(?:(?:{_alt(_w(t)['weekday_week_link'])})\s+)?"
                                           rf"(?P<rel>{_alt(t['relative_weeks'])})\b",
         _weekday_in_week, "day", "relative", words=_key("relative_weeks"),
         examples=(("onsdag nästa vecka", "2013-02-20", "2013-02-20", "day"), ("söndag i förra veckan", "2013-02-10", "2013-02-10", "day"),
                   ("måndag denna veckan", "2013-02-11", "2013-02-11", "day"))),
    Rule("relative_week", 260, lambda t: rf"\b(?P<rel>{_alt(t['relative_weeks'])})\b",
         _relative_week, "week", "relative", words=_key("relative_weeks"),
         examples=(("förra veckan", "2013-02-04", "2013-02-10", "week"), ("denna vecka", "2013-02-11", "2013-02-17", "week"))),
    Rule("relative_quarter", 270, lambda t: rf"\b(?P<rel>{_alt(t['relative_quarters'])})\b",
         _relative_quarter, "quarter", "relative", words=_key("relative_quarters"),
         examples=(("förra kvartalet", "2012-10", "2012-12", "quarter"), ("nästa kvartal", "2013-04", "2013-06", "quarter"))),
    Rule("relative_day", 280, lambda t: rf"\b(?P<rel>{_alt(t['relative_days'])})\b",
         _relative_day, "day", "relative", words=_key("relative_days"),
         examples=(("i dag", "2013-02-12", "2013-02-12", "day"), ("i förrgår", "2013-02-10", "2013-02-10", "day"))),
    Rule("weekday_past", 290, lambda t: rf"\b{_w(t)['weekday_past']['preposition']}\s+(?P<weekday>{_alt(t['weekdays'])}){_w(t)['weekday_past']['suffix']}\b",
         _weekday_before, "day", "relative", words=lambda t: [[d + _w(t)["weekday_past"]["suffix"] for d in t["weekdays"]]],
         examples=(("i tisdags", "2013-02-05", "2013-02-05", "day"), ("i fredags", "2013-02-08", "2013-02-08", "day"))),
    Rule("weekday_genitive", 295, lambda t: rf"\b(?P<weekday>{_alt(t['weekdays'])}){_w(t)['weekday_genitive']}\b",
         _weekday_on_or_before, "day", "relative",
         words=lambda t: [[d + _w(t)["weekday_genitive"] for d in t["weekdays"]]],
         examples=(("Lördagens lopp", "2013-02-09", "2013-02-09", "day"), ("tisdagens möte", "2013-02-12", "2013-02-12", "day"))),
    Rule("weekday_last", 300, lambda t: rf"\b(?:{_alt(_w(t)['weekday_last'])})\s+(?P<weekday>{_alt(t['weekdays'])})\b",
         _weekday_before, "day", "relative", words=_key("weekdays"),
         examples=(("förra torsdag", "2013-02-07", "2013-02-07", "day"), ("förra söndag", "2013-02-10", "2013-02-10", "day"))),
    Rule("weekday_next", 310, lambda t: rf"\b(?:{_alt(_w(t)['weekday_next'])})\s+(?P<weekday>{_alt(t['weekdays'])})\b",
         _weekday_after, "day", "relative", words=_key("weekdays"),
         examples=(("på måndag", "2013-02-18", "2013-02-18", "day"), ("nästa tisdag", "2013-02-19", "2013-02-19", "day"),
                   ("Styrelsen antog på måndagen förslaget.", "2013-02-11", "2013-02-11", "day"))),
    Rule("weekday_bare", 315, lambda t: rf"\b(?P<weekday>{_alt(_weekday_words(t))})\b",
         _weekday_bare, "day", "relative", words=lambda t: [_weekday_words(t)],
         examples=(("Beslutet gäller fredag.", "2013-02-15", "2013-02-15", "day"), ("tisdag", "2013-02-19", "2013-02-19", "day"),
                   ("sön.", "2013-02-17", "2013-02-17", "day"), ("Under torsdagen ökade försäljningen.", "2013-02-07", "2013-02-07", "day"),
                   ("Under tisdagen väntas snö.", "2013-02-12", "2013-02-12", "day"),
                   ("Det stämmer i viss mån.", None, None, None), ("Öppet mån–fre", None, None, None),
                   ("Pensionen är 17 300 kr/mån", None, None, None), ("Förändring 3 mån", None, None, None),
                   ("Kylan når minus 30 grader natten mot fredag.", None, None, None),
                   ("Parkerade bilar en genomsnittlig lördag: 460", None, None, None), ("Vi tränar varje fredag.", None, None, None),
                   ("Beslutet vann laga kraft påföljande onsdag.", None, None, None),
                   ("Öppet måndag till fredag.", None, None, None))),
    Rule("term", 320, lambda t: rf"\b(?:(?:{_alt(_w(t)['term_lead'])})\s+)*(?:(?P<adj>{_alt(_w(t)['term_adjectives'])})\s+)?(?P<period>{_alt(t['period_words'])})\b",
         _term, "year", "term", words=_key("period_words"),
         examples=(("under mandatperioden", "2010", "2014", "year"), ("under nästa mandatperiod", "2014", "2018", "year"),
                   ("förra mandatperioden", "2006", "2010", "year"))),
    Rule("same_period", 326, lambda t: rf"\b(?:{_alt(t['same_period_words'])})\b",
         _named_period, "year", "anaphoric", words=_key("same_period_words"),
         examples=(("Priserna steg med 27 procent under samma tid.", None, None, "year"),)),
    Rule("named_period", 325, lambda t: rf"\b(?:(?:{_alt(_w(t)['year_lead'])})\s+)?(?P<noun>{_alt(t['named_periods'])})\b"
                                         rf"(?!\s*(?:\d|{_alt(_w(t)['year_lead'])}\s+\d))",
         _named_period, "year", "anaphoric", words=_key("named_periods"),
         examples=(("Under verksamhetsåret genomfördes 38 inspektioner.", None, None, "year"),)),
    Rule("term_year", 327, lambda t: rf"(?<![\w-])(?:(?:{_alt(t.get('term_year_leads', ())) or '(?!)'})\s+)?(?P<nth>{_alt(t.get('term_years', {}))})(?![\w-])",
         _named_period, "year", "term_year", words=_key("term_years"),
         examples=(("Lönerna höjs med 3,4 procent första året.", None, None, "year"),)),
    Rule("sequence", 330, lambda t: rf"\b(?P<seq>{_alt(t['sequence_words'])})\b",
         _sequence, "year", "sequence", words=_key("sequence_words"),
         examples=(("Därefter ökade det.", None, None, "year"),)),
    Rule("bare_year", 340, lambda t: rf"(?:\b(?:{_alt(t['year_prepositions'])})\s+(?:(?:{_alt(t.get('year_whole_words', ())) or '(?!)'})\s+)?)?(?<![\d,.])\b(?P<year>{YEAR})\b(?![.,]?\d|\s\d{{3}}\b|:\d|\s*=\s*100\b)",
         _bare_year, "year", "point", needs="year",
         examples=(("under 2021", "2021", "2021", "year"), ("1954", "1954", "1954", "year"),
                   ("KPI var 418,62 (1980=100).", None, None, None), ("1975 = 300 kr", "1975", "1975", "year"),
                   ("Det kostar 2000 kronor.", None, None, None), ("Företaget anställde 2000 personer.", None, None, None),
                   ("Under hela 2025 omkom 21 personer.", "2025", "2025", "year"),
                   ("Kostnaden för hela 2024 stannade vid 40 miljoner.", "2024", "2024", "year"))),
)
