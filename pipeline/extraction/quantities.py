"""The Swedish quantity grammar: one sentence of text -> every amount it states.

Pure functions over a string. The scanner tokenises the sentence (numbers
with Swedish grouping, words, single symbols), finds number cores (digits,
number words, fractions, ratios, multipliers, ordinals: ``CORE_RULES`` and
``NUMBER_RULES``) and grows each one: right over scale words, units, rates and
post-qualifiers (``SUFFIX_RULES``); left over bounds and signs. Every rule is a
named entry with its examples; the overlap policy is stated once, above them. Spans that are not quantities (years and dates in a time role,
phone numbers, postal codes, times of day, identifiers, URLs) are fenced off
before scanning. Every Swedish word involved comes from ``models/lexicon``.

Offsets are relative to the string passed in; callers shift them.
"""
from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Callable

from pipeline import lexicon
from pipeline.lexicon import Lexicon
from pipeline.extraction.firstchars import led, with_first_chars
from pipeline.extraction.numbers import NumberWords, number_words, parse_digits
from pipeline.extraction.text import HAS_DIGIT as _HAS_DIGIT, LAST_WORD as _LAST_WORD, VULGAR as _VULGAR, WORD as _WORDS, Tok, tokenize
from pipeline.extraction.text import sentence_lower, sentence_word_set, sentence_words
from pipeline.extraction.times import TimeExpr, find_times

_CELL_GAP = re.compile(r"\t| {2,}|\n")                           # table cells: a sign after one is the next cell's, a dash between two no range
_TABLE_LINES = re.compile(r"\S(?:\t| {2,}|\|)\S?.*\n")              # a line of a table: cells marked inside it
# Spans that are never quantities, whatever digits they hold: each protection is a named entry with its
# pattern, the strings one of which every match contains (lower-cased; the pattern is not run on a sentence
# without any: speed; None: always run), its own check (a match the check refuses is no protection), and
# examples (sentence, the span fenced) that tests/test_quantities.py runs as the entry's tests.


@dataclass(frozen=True)
class Protection:
    name: str
    pattern: re.Pattern
    needs: tuple | None = None
    check: object = None                  # (text, match, T) -> bool: whether this match really is one
    examples: tuple = ()                  # ((sentence, fenced span), ...)
    whole_words: bool = False             # a match starts with a needed string standing as a whole word (no letter
                                          # before or after it): one of letters only is looked up in the sentence's
                                          # words, not searched for among its characters (speed, same result)
    shape: re.Pattern | None = None       # a cheap pattern every match contains (a letter touching a digit): a
                                          # protection that needs no string runs only on a sentence holding it,
                                          # searched once per sentence for all protections sharing it (speed)




def _no_unit_after(text: str, m: re.Match, T) -> bool:
    """'Fas 2' is a label, but 'steg 2 procent' is a verb before a figure with a unit, also at the head of a list
    ('steg 11, 12 och 14 procent')."""
    if _unit_follows(text, m.end(), T):
        return False
    tail = T.list_tail.match(text, m.end())
    return not (tail and _unit_follows(text, tail.end(), T))


def _is_score(text: str, m: re.Match, T) -> bool:
    """'4–2' is a score (kept as a range when ascending: '2–4')."""
    return _descending(m.group(0))


_COUNTED_BEFORE = re.compile(r"(?<![\d,])(\d{1,3}(?:[  ]\d{3})*)\s+[^\W\d_]+\s*$")


def _not_after_counted(text: str, m: re.Match, T) -> bool:
    """'[1]', 'kraftigt (1)' are footnotes, but not a bracketed number right after a figure and its counted noun,
    of a like size: 'får 10 mandat (11)', 'sålde 412 bilar (380)' give the prior period's figure ('40 personer (2)'
    stays a footnote)."""
    before = _COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if text[m.start()] == "[" or before is None:
        return True
    a, b = parse_digits(before.group(1)), parse_digits(m.group(0).strip("()"))
    return not (a and b and 0.1 <= a / b <= 10)


def _outside_brackets(text: str, m: re.Match, T) -> bool:
    """'1) spade 2) lina' are list markers, but not inside an open bracket."""
    return text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start())


def _not_glued_money(text: str, m: re.Match, T) -> bool:
    """'EUR29,99', 'Rs20': a currency glued to its amount is money, not an identifier."""
    return not any(m.start() <= p < m.end() for p in _glued_money_ends(text, T))


@lru_cache(maxsize=16)
def _glued_money_ends(text: str, T) -> tuple[int, ...]:
    return tuple(m.end() for m in T.prefix_glued_re.finditer(text))


_LETTER_DIGIT = re.compile(r"[A-ZÅÄÖa-zåäö]\d")     # 'E4', 'XC90', 'G20': a letter right before a digit
_DIGIT_CAPITAL = re.compile(r"\d[A-ZÅÄÖ]")          # '5G', '3D': a digit right before a capital

PROTECTED = [
    Protection("phone", re.compile(r"(?<![\d\w])(?:\+46|0046)[\s-]?\(?0?\)?\d{1,3}(?:[\s-]?\d{2,4}){2,4}(?!\d)"), ("+46", "0046"),
               examples=(("Ring +46 40 34 10 00 för mer information.", "+46 40 34 10 00"),)),
    Protection("phone", re.compile(r"(?<![\d,.\w])(?<!\d )0\d{1,3}[-–/ ]\d{2,3}(?:[ ]?\d{2,3}){1,3}(?!\d|,\d)"), ("0",),
               examples=(("Telefon 08-410 243 00.", "08-410 243 00"),)),
    Protection("phone", re.compile(r"(?<![\d,.\w])0[1-9]\d{7,9}(?!\d|,\d)"), ("0",),
               examples=(("Kontakta oss på 0701234567.", "0701234567"),)),
    Protection("postal code", re.compile(r"(?<![\d,.\w])\d{3} \d{2}(?= [A-ZÅÄÖ][a-zåäö])"), (" ",),
               examples=(("Box 123, 211 20 Malmö.", "211 20"),)),
    Protection("time of day", re.compile(r"(?<![\d,])\b\d{1,2}:\d{2}\b(?!\d)"), (":",),
               examples=(("Mötet börjar 18:30 i stadshuset.", "18:30"),)),
    Protection("url", re.compile(r"\b(?:https?://|www\.)\S+", re.I), ("http", "www."),
               examples=(("Läs mer på www.malmo.se/budget2024.", "www.malmo.se/budget2024."),)),
    Protection("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), ("@",),
               examples=(("Skriv till info2024@kommun.se om du har frågor.", "info2024@kommun.se"),)),
    Protection("ip address", re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"), (".",),
               examples=(("Servern 192.168.1.10 svarade inte.", "192.168.1.10"),)),
    Protection("identifier", re.compile(r"\b[A-ZÅÄÖa-zåäö]+-\d+\b"), ("-",), _not_glued_money,
               examples=(("Under covid-19 stängdes skolorna.", "covid-19"), ("Flygplanet JAS-39 visades upp.", "JAS-39"))),
    Protection("identifier", re.compile(r"\b[A-ZÅÄÖ]{1,4}\d+[A-Za-z]?\b"), None, _not_glued_money, shape=_LETTER_DIGIT,
               examples=(("Trafiken på E4 står still.", "E4"), ("Mötet i G20 avslutades.", "G20"))),
    Protection("identifier", re.compile(r"(?<=[A-ZÅÄÖa-zåäö])\d+\b"), None, _not_glued_money, shape=_LETTER_DIGIT,
               examples=(("Modellen XC90 säljer bra.", "90"),)),
    Protection("identifier", re.compile(r"\b\d(?![KM]\b)[A-ZÅÄÖ]\b"), None, _not_glued_money,   # 5G, 3D (but 100K, 3M are scales)
               shape=_DIGIT_CAPITAL, examples=(("Utbyggnaden av 5G fortsätter.", "5G"),)),
    Protection("time of day", re.compile(r"(?<![\d,.])\b(?:[01]?\d|2[0-3])[.:](?:00|15|30|45)\b(?:\s*[–-]\s*(?:[01]?\d|2[0-3])[.:]\d\d\b)?"), (".", ":"),
               examples=(("Öppet 9.00–16.30 alla vardagar.", "9.00–16.30"),)),
    Protection("identifier", re.compile(r"\b24/7\b"), ("24/7",), _not_glued_money,
               examples=(("Jouren har öppet 24/7.", "24/7"),)),
    Protection("identifier", re.compile(r"\b\d+(?:/\d+)?:\d+(?:[–-]\d+)?\b"), (":",), _not_glued_money,  # laws, bills, pages
               examples=(("Enligt prop. 2019/20:1 ska avgiften höjas.", "2019/20:1"),)),
    Protection("footnote", re.compile(r"\[\d{1,3}\]|(?<!\d )(?<!\d)\(\d{1,3}\)"), ("[", "("),   # not '201 (171)'
               _not_after_counted,
               examples=(("Andelen ökade kraftigt [1] under året.", "[1]"),)),
    Protection("organisation number", re.compile(r"(?<![\d-])\d{6}-\d{4}(?![\d-])"), ("-",),
               examples=(("Bolaget (org.nr 556012-3456) noteras i dag.", "556012-3456"),)),
    Protection("identifier", re.compile(r"(?<![\d,.\w-])\d{1,6}(?:-\d{1,6}){2,}(?![\w-])"), ("-",), _not_glued_money,
               examples=(("Ring 0-7-90-90 för frågor.", "0-7-90-90"), ("Diarienummer: 218-4471-2026", "218-4471-2026"))),
    Protection("index base", re.compile(r"\b\d+\s*=\s*\d+\b"), ("=",), _no_unit_after,   # not '1960 = 4200 kr'
               examples=(("Indexet (1980=100) steg till 412.", "1980=100"),)),
    Protection("list marker", re.compile(r"(?:^\s*\d{1,2}[.)]|(?<![\w(])\d{1,2}\))(?=\s)"), (")", "."), _outside_brackets,
               examples=(("Ta med 1) spade 2) lina.", "1)"), ("7. För att minska kostnaderna krävs mer.", "7."))),
    Protection("score", re.compile(r"(?<![\d,.−–-])\d{1,2}[–-]\d{1,2}(?![\d%]|[,.]\d|[–-]\d)"), ("–", "-"), _is_score,
               examples=(("Malmö FF vann med 4–2 mot AIK.", "4–2"),)),
    Protection("doi", re.compile(r"\b10\.\d{4,9}/\S+"), ("10.",),
               examples=(("Studien (doi 10.1093/eurheartj/ehad812) visar detta.", "10.1093/eurheartj/ehad812)"),)),
    Protection("identifier", re.compile(r"\b[A-ZÅÄÖ]{2,4} \d{1,4}(?: [A-ZÅÄÖ]{2,4} \d{1,4})+\b"), (" ",), _not_glued_money,
               examples=(("Statistiken publiceras i JO 16 SM 2301.", "JO 16 SM 2301"),)),
    Protection("identifier", re.compile(r"\b[A-ZÅÄÖ]{1,5} ?\d{4}/\d{1,6}\b"), ("/",), _not_glued_money,
               examples=(("Ärendet KS 2023/145 bordlades.", "KS 2023/145"),)),
    Protection("identifier", re.compile(r"(?<![\w-])(?=[\dA-Z-]*[A-Z])(?=[\dA-Z-]*\d)[\dA-Z]+(?:-[\dA-Z]+){2,}(?![\w-])"), ("-",),
               _not_glued_money, examples=(("Målet 5000-K123456-24 avgjordes i dag.", "5000-K123456-24"),)),
]


PERIOD_PERS = frozenset({"year", "month", "week", "day", "hour", "quarter", "season"})   # rates per a period of time


@dataclass(slots=True)
class Quantity:
    text: str
    char_start: int
    char_end: int
    value: float | None
    unit: str | None
    kind: str
    unit_text: str | None = None
    low: float | None = None
    high: float | None = None
    entity: str | None = None
    per: str | None = None
    bound: str = "exact"
    qualifier: str | None = None
    value_text: str | None = None
    scale_text: str | None = None
    unit_inferred: bool = False
    direction: str | None = None          # set by multiplicatives ('fördubblades')
    core_start: int = 0                   # the number itself, without qualifier and unit
    core_end: int = 0
    needs_unit: bool = False              # a bare scaled amount ('1 miljard mot ...'): the document decides
    applied_scale: float = 1.0            # scale words and scaled units applied so far ('Mkr' = 1e6)
    unit_shared: bool = False             # unit taken from a later member of a coordination
    prior_value: float | None = None      # '201 (171) mkr': the prior-period figure in brackets, scaled alike
    prior_text: str | None = None         # '(171)': the bracket as written
    prior_of: object = None               # on the bracketed figure's own quantity: the figure it is the prior of
    unit_source: str = "text"             # who gave the unit: the text | a table header/caption/row label | the document
    per_source: str | None = None         # who gave the rate: the text next to it | the sentence | a table row label
    direction_source: str | None = None   # "table": a change column set ``direction`` (None there: a level cell)
    scale_source: str | None = None       # "table" when a table header's scale ('Mkr', 'tusental') was applied
    subject_hint: str | None = None       # a table cell: the row label or column header naming its measure (tables.py)
    header: str | None = None             # a table cell: its column header as written (tables.py)
    in_table: bool = False                # a table cell: its table decided its unit and rate (tables.py)

    def to_dict(self) -> dict:
        return asdict(self)

    def public(self) -> dict:
        """The contract's quantity fields plus our documented additions (no scanner internals). A figure no
        float can hold ('9' * 300 + ' miljarder') keeps its text with value null: JSON has no Infinity."""
        d = dict(zip(PUBLIC_FIELDS, _PUBLIC_VALUES(self)))      # one C call for all the fields (every claim: speed)
        if d["per"] and d["per_source"] is None:
            d["per_source"] = "text"
        for k in ("value", "low", "high"):
            if d[k] is not None and not math.isfinite(d[k]):
                d[k] = None
        return d


PUBLIC_FIELDS = ("text", "char_start", "char_end", "value", "low", "high", "unit", "unit_text", "kind", "entity",
                 "per", "bound", "qualifier", "value_text", "scale_text", "unit_inferred", "unit_source", "per_source",
                 "scale_source")
_PUBLIC_VALUES = attrgetter(*PUBLIC_FIELDS)


class Phrases(dict):
    """A lexicon table of phrases (lower-cased, single-spaced keys) with the first and the last token of its
    phrases, so that a phrase lookup at a word no phrase starts (or ends) with returns at once (speed), and the first
    characters of its phrases: a lookup at a number or a sign no phrase starts with returns at once too."""
    __slots__ = ("firsts", "lasts", "first_chars")

    def __init__(self, table: dict):
        super().__init__({" ".join(k.lower().split()): v for k, v in table.items()})
        self.firsts, self.lasts = _edge_words(self)
        self.first_chars = frozenset(k[0] for k in self if k)


def _edge_words(table) -> tuple[frozenset, frozenset]:
    firsts, lasts = set(), set()
    for key in table:
        toks = tokenize(key.lower())
        if toks:
            firsts.add(toks[0].low)
            lasts.add(toks[-1].low)
    return frozenset(firsts), frozenset(lasts)


@dataclass(frozen=True, eq=False)
class QuantityTables:
    """What the quantity grammar reads from the lexicon, compiled once per lexicon (``quantity_tables``, through
    ``Lexicon.derived``). Every function of the grammar receives it as ``T``."""
    numbers: NumberWords                  # the number-word parsers (``T.numbers.cardinal``, ``.ordinal``)
    scales: Phrases                       # 'miljoner' -> 1e6
    approx: Phrases                       # 'ett tiotal' -> value and bound
    halves: Phrases                       # 'en och en halv' -> 1.5
    qual_before: Phrases                  # 'mer än' -> bound
    qual_after: Phrases                   # 'eller mer' -> bound
    rates_after: Phrases                  # 'per år' -> denominator
    glued_scales: dict                    # '100k'
    sign_words: dict                      # 'minus' -> -1
    article_units: dict                   # unit kinds an article counts ('en procent')
    denominators: dict                    # 'tredjedel' -> 3
    ratio_words: dict                     # 'hälften' -> 0.5
    ordinals: dict
    multiplicatives: dict                 # 'fördubblades' -> value, direction
    times_words: set                      # 'gånger'
    factor_comparatives: dict             # 'fler' -> direction
    articles: set
    skip: set                             # words between a figure and its noun
    nominal: set                          # nominal adjectives ('anställda')
    finite: set                           # finite verbs (no counted noun)
    verb_suffixes: tuple
    genitive_suffixes: tuple
    list_tail: re.Pattern                 # ', 12 och 14': the rest of a list of numbers, ending in a label link or
                                          # a distributive word (entities.json label_links, change.json distributive_words)
    unit_heads: tuple                     # (head word, Unit), longest first: 'soltimmar' ends in 'timmar' (units.json)
    unit_heads_not: frozenset             # compounds that are no such unit ('tisdagar')
    fraction_suffixes: list
    adj_suffixes: tuple
    not_nouns: set
    not_counted: frozenset                # entities.json not_counted: 'avsåg', 'säsongen' name no counted thing
    definite_durations: frozenset         # units.json definite_durations: 'månaden' after a figure is no unit
    noun_followers: set                   # 'i', 'per' ...: words that may follow a counted noun (subject_trailing)
    not_per: frozenset                    # 'telefon' in '1 135 per telefon': a means, no rate (rates.json)
    per_modifiers: frozenset              # 'listad' in 'per listad patient' (rates.json denominator_modifiers)
    age_duration_leads: frozenset         # 'under 2–3 år': a span of time, no age band (entities.json age_bands)
    age_population_words: frozenset       # 'personer 15–74 år': who a band delimits (entities.json age_bands)
    per_nouns: dict                       # 'plats' -> 'place', 'fat' -> 'barrel': rates.json denominators 'per <noun>'
    pieces: set                           # 'st', 'stycken'
    unit_skip: set                        # 'senaste' in 'fyra senaste år'
    month_words: set
    year_words: set
    rank: dict
    service_number_leads: frozenset       # 'mot', 'från' before '112': a figure (entities.json service_number_figure_leads)
    superlative_re: re.Pattern
    var_words: set                        # 'var', 'vart'
    frequency: dict
    ratio_link: str                       # 'av'
    partitive: dict
    fraction_link: str
    decimal_word: str
    bare_word_figure_from: int
    compared_word: re.Pattern             # 'jämfört med' right before a bare number word (numbers.json)
    count_comparatives: frozenset         # 'fler', 'färre' after a bare number word: a difference (change.json)
    count_comparatives_all: frozenset     # 'mer', 'mindre', 'fler', 'färre' (change.json comparatives_after)
    duration_parts: dict                  # 'hour' -> ('minute', 60): '1 timme och 5 minuter' (numbers.json)
    approx_suffixes: dict                 # '40-tal'
    factor_link: str
    max_unit_words: int
    triggers: frozenset                   # words that may start a figure besides numbers
    word_starts: dict                     # word -> whether it may start a figure (``_word_may_start``), filled as read
    prefilter: dict                       # what a sentence holding a figure has (``may_hold_quantity``)
    starts_re: re.Pattern                 # a word beginning with a number-word start
    not_starting: set                     # words known not to begin with one (``_number_word_start``), filled as read
    not_starting_ok: bool                 # every start is letters only, so the words can answer for the pattern
    subunit_link: str
    frequency_starts: frozenset
    compound_units: dict                  # '25-årig': the unit of a hyphenated compound
    prefix_units: dict                    # '$5', 'EUR 20'
    prefix_re: re.Pattern
    prefix_glued_re: re.Pattern
    unit_by_surface: dict
    unit_by_surface_exact: dict
    unit_first_words: frozenset
    unit_first_chars: frozenset           # the first characters of the unit surfaces (as written and lower-cased)
    unit_last_words: frozenset            # the last words of unit phrases: a span ending in another is no unit
    protections: tuple                    # ((Protection, needed strings or None, needed whole words), ...)
    protection_literals: tuple            # every needed string once
    idioms_re: re.Pattern                 # set phrases whose number word is no figure
    connector: re.Pattern                 # coordination gaps ('respektive', 'och', 'till')
    qualifier_link: re.Pattern
    range_open: str                       # 'mellan'
    range_link: re.Pattern                # 'och'
    baseline_gap: re.Pattern              # '201 mkr mot 324'
    compared_in: re.Pattern               # 'än', 'jämfört med' (change.json baseline_phrases cues) between two figures
    word_range_re: re.Pattern             # 'åtta till tio procent'
    spread: frozenset                     # 'över fem år'
    during: dict                          # 'under tre veckor'
    passing: dict                         # 'passerade 96 000' (qualifiers.json passing)
    price_from: dict                      # 'kostar från 95 kronor'
    negated: dict                         # 'ingen betalar mer än'
    from_words: tuple
    to_words: tuple


def _list_tail(lex: Lexicon) -> re.Pattern:
    """', 12 och 14', ' respektive 3': the rest of a list of numbers after its first (see ``_no_unit_after``)."""
    links = [w for w in lex.entities["label_links"] if w.isalpha()] + list(lex.change.get("distributive_words", ()))
    return re.compile(r"(?:\s*,\s*\d+(?:,\d+)?)*\s+(?:" + lexicon.alternation(links) + r")\s+\d+(?:,\d+)?", re.I)


def quantity_tables(lex: Lexicon) -> QuantityTables:
    """The builder of ``QuantityTables`` for ``Lexicon.derived``."""
    n = lex.numbers
    t = {
        "scales": Phrases(n["scales"]),
        "approx": Phrases(n["approximate_counts"]),
        "glued_scales": n["glued_scales"],
        "sign_words": n["sign_words"],
        "article_units": n["article_units"],
        "halves": Phrases(n["halves"]),
        "denominators": n["fraction_denominators"],
        "ratio_words": {k: v for k, v in n["ratio_words"].items() if v is not None},
        "ordinals": n["ordinals"],
        "multiplicatives": n["multiplicatives"],
        "times_words": set(n["times_words"]),
        "factor_comparatives": n["factor_comparatives"],
        "articles": set(n["articles"]),
        "qual_before": Phrases(lex.qualifiers_before),
        "qual_after": Phrases(lex.qualifiers_after),
        "rates_after": Phrases(lex.rates_after),
        "skip": set(lex.entities["skip"]),
        "nominal": set(lex.entities["nominal_adjectives"]),
        "finite": set(lex.entities["finite_verbs"]),
        "verb_suffixes": tuple(lex.entities["verb_suffixes"]) + tuple(lex.entities["inflection"]["passive_suffixes"]),
        "genitive_suffixes": tuple(lex.entities["inflection"]["genitive_suffixes"]),
        "list_tail": _list_tail(lex),
        "unit_heads": tuple((h, lex.unit_by_surface[h]) for h in sorted(lex.unit_heads, key=len, reverse=True)),
        "unit_heads_not": lex.unit_heads_not,
        "fraction_suffixes": sorted(n["fraction_suffixes"], key=len, reverse=True),
        "adj_suffixes": tuple(lex.entities["adjective_suffixes"]),
        "not_nouns": set(lex.entities["not_nouns"]), "not_counted": frozenset(lex.entities["not_counted"]),
        "pieces": set(lex.entities["pieces"]),
        "unit_skip": set(lex.entities["unit_skip"]),
        "month_words": set(lex.time["months"]),
        "year_words": {w for table in ("units", "last_units") for w, u in lex.time["pattern_words"][table].items() if u == "year"},
        "rank": n["rank"], "service_number_leads": frozenset(w.split()[-1] for w in lex.entities["service_number_figure_leads"]),
        "superlative_re": re.compile(r"^(?:[a-zåäö]+(?:" + "|".join(n["rank"]["superlative_suffixes"]) + ")|"
                                     + "|".join(n["rank"]["superlatives"]) + ")$"),
        "var_words": {k for k, v in n["var_ordinals"].items() if v is True},
        "frequency": {"words": {k: v for k, v in n["frequency"]["words"].items()}, "periods": n["frequency"]["periods"]},
        "ratio_link": n["ratio_link"],
        "partitive": {k: frozenset(v) for k, v in n["partitive"].items() if not k.startswith("_")},
        "fraction_link": n["fraction_link"], "decimal_word": n["decimal_word"],
        "bare_word_figure_from": n["bare_word_figure_from"],
        "approx_suffixes": n["approx_suffixes"],
        "factor_link": n["factor_link"],
        "max_unit_words": max(len(u.surface.split()) for u in lex.units),
    }
    # words that may start a quantity: anything else is skipped without further work
    firsts = set()
    for key in ("approx", "halves", "ratio_words", "multiplicatives", "ordinals"):
        firsts |= {k.split()[0] for k in t[key]}
    t["triggers"] = frozenset(firsts | t["articles"] | t["var_words"] | set(t["sign_words"]))
    t["word_starts"] = {}
    t["prefilter"] = _prefilter(t, n, lex)
    # a word (a run of letters, as _WORDS reads them) that begins with a number-word start: one search
    # instead of a startswith per word
    t["not_starting"] = set()
    t["not_starting_ok"] = all(_WORDS.fullmatch(w) for w in t["prefilter"]["starts"])
    t["starts_re"] = with_first_chars(r"(?<![^\W\d_])(?:" + lexicon.alternation(t["prefilter"]["starts"]) + ")")
    t["subunit_link"] = n["subunit_link"]
    t["frequency_starts"] = frozenset(t["frequency"]["words"]) | t["var_words"]
    t["compound_units"] = {w: next(u for u in lex.units if u.unit == code) for w, code in lex.compounds.items()}
    t["prefix_units"], t["prefix_re"], t["prefix_glued_re"] = _prefix_units(lex)
    t["unit_by_surface"], t["unit_by_surface_exact"] = lex.unit_by_surface, lex.unit_by_surface_exact
    t["unit_first_words"], t["unit_last_words"] = _edge_words({**lex.unit_by_surface, **lex.unit_by_surface_exact})
    t["unit_first_chars"] = frozenset(k[0] for k in (*lex.unit_by_surface, *lex.unit_by_surface_exact) if k)
    # PROTECTED and the lexical protections, each with the set of strings one of which its matches contain,
    # and every such string once (a sentence is tested for each string once, not once per protection)
    entries = tuple(_protection_entry(p) for p in all_protections(lex))
    t["protections"], t["protection_literals"] = entries, tuple(sorted({s for _, needs, _ in entries if needs for s in needs}))
    body = lexicon.alternation(lex.entities["number_idioms"]["phrases"], flexible_spaces=True)
    t["idioms_re"] = with_first_chars(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.I)
    t.update(_coordination(lex))
    t.update(_comparison_and_part_words(lex))
    t["spread"], t["during"], t["passing"] = lex.qualifiers_spread, lex.qualifiers_during, lex.qualifiers_passing
    t["price_from"], t["negated"] = lex.qualifiers_price_from, lex.qualifiers_negated
    t["from_words"], t["to_words"] = lex.change["from_words"], lex.change["to_words"]
    t["definite_durations"] = frozenset(lex.units_definite_durations)
    return QuantityTables(numbers=lex.derived(number_words), **t)


def _comparison_and_part_words(lex: Lexicon) -> dict:
    """The words of the rules for decimals before a noun, means after 'per', compound durations and bare number words
    in a comparison ('4,6 personer i länet', '1 135 per telefon', '1 timme och 5 minuter', 'jämfört med tre', 'sex
    fler än')."""
    n = lex.numbers
    compared = n.get("compared_word_figure")
    return {
        "noun_followers": set(lex.entities["subject_trailing"]) | set(lex.entities["noun_followers"]),
        "not_per": lex.rates_not_denominators,
        "per_modifiers": lex.rates_denominator_modifiers,
        "age_duration_leads": frozenset(lex.entities["age_bands"].get("duration_leads", ())),
        "age_population_words": frozenset(lex.entities["age_bands"].get("population_words", ())),
        "per_nouns": {k.split()[1].lower(): v for k, v in lex.rates_denominators.items()
                      if len(k.split()) == 2 and k.split()[0].lower() == "per"},
        "duration_parts": {k: tuple(v) for k, v in n.get("duration_parts", {}).items() if not k.startswith("_")},
        "count_comparatives": frozenset(w for w in lex.change.get("comparatives", ()) if " " not in w),
        "count_comparatives_all": frozenset(w for w in lex.change.get("comparatives_after", ()) if " " not in w),
        "compared_word": re.compile(rf"(?<![^\W\d_])(?:{lexicon.alternation(compared)})\s*$" if compared else r"(?!)",
                                    re.I),
    }


def _coordination(lex: Lexicon) -> dict:
    """The gap patterns of a coordination (numbers.json 'coordination'), of a baseline ('201 mkr mot 324') and the
    links that make a bare number word the first end of a range ('från åtta till tio procent')."""
    coord = lex.numbers["coordination"]
    return {"connector": re.compile(rf"^\s*(?:{lexicon.alternation(coord['unit_links'])})\s*$", re.I),
            "qualifier_link": re.compile(rf"^\s*(?:{lexicon.alternation(coord['qualifier_links'])})\s*$", re.I),
            "range_open": coord["range_open"],
            "range_link": re.compile(rf"\s*{re.escape(coord['range_link'])}\s*", re.I),
            "baseline_gap": re.compile(rf"^\s*,?\s*(?:{lexicon.alternation(lex.change['baseline_cues'])})\s*$", re.I),
            "compared_in": re.compile(rf"(?<![^\W\d_])(?:{lexicon.alternation(lex.change['baseline_phrases']['cues'])})"
                                      rf"(?![^\W\d_])", re.I),
            "word_range_re": re.compile(rf"^\s*(?:{lexicon.alternation(coord['word_range_links'])})\s*$", re.I)}


def _tables(lex: Lexicon | None = None) -> QuantityTables:
    """The quantity tables of ``lex`` (None: the default lexicon; for the public entry points and for callers
    outside the grammar that have no lexicon at hand yet)."""
    return (lex or lexicon.load()).derived(quantity_tables)


def _prefix_units(lex):
    """Units written before the number ('$5', 'EUR 20', 'Rs. 20'), matched exactly as listed: {surface: Unit},
    a pattern for the unit right before a number, and one for codes glued to digits ('EUR29,99', 'Rs20')."""
    units = {u.surface: u for u in lex.units if u.prefix}
    words = lexicon.alternation(x for x in units if x[0].isalnum())
    symbols = lexicon.alternation(x for x in units if not x[0].isalnum())
    before = re.compile(rf"(?:(?<!\w)(?:{words})|(?:{symbols}))[ \u00a0]*$")
    glued = re.compile(rf"(?<!\w)(?:{words})(?=\d)")
    return units, before, glued


def _prefilter(t, n, lex):
    """Words every sentence holding a quantity has (besides digits): number-word starts, ratio and factor
    words, phrase starts, and the word after an article ('en miljard', 'ett år'). Sentences without any are
    not tokenised at all (speed)."""
    articles = set(n["articles"])
    starts = [w for table in ("units", "tens", "multipliers") for w in n[table] if w not in articles]
    starts += n["article_compounds"]["words"]
    words = set(t["ratio_words"]) | set(t["multiplicatives"]) | set(t["ordinals"]) | set(t["denominators"]) \
        | {p.split()[0] for key in ("approx", "halves") for p in t[key]} - articles
    after_article = {w.split()[0].lower() for w in list(t["scales"]) + [u.surface for u in lex.units]} | set(t["denominators"]) \
        | {p.split()[1] for key in ("approx", "halves") for p in t[key] if len(p.split()) > 1}
    return {"starts": tuple(sorted(starts)), "words": frozenset(words), "articles": frozenset(articles),
            "after_article": frozenset(after_article), "signs": frozenset(n["sign_words"])}


def _protection_entry(p: Protection) -> tuple:
    """(protection with its pattern led by its first characters, needed strings searched for in the lower-cased sentence, needed words looked up among its words);
    both None: always run. A ``whole_words`` protection's needs of letters only are words (a set lookup per sentence
    instead of a substring search per need; 'fas' no longer wakes the label pattern on 'fastigheter')."""
    p = dataclasses.replace(p, pattern=led(p.pattern))      # same matches, found faster (``firstchars``)
    if p.needs is None:
        return p, None, None
    needs = frozenset(p.needs)
    words = frozenset(n for n in needs if _WORDS.fullmatch(n)) if p.whole_words else frozenset()
    return p, needs - words, words


def may_hold_quantity(text: str, lex: Lexicon | None = None) -> bool:
    """Cheap test before tokenising: False only when the text cannot hold a quantity."""
    return _may_hold(text, _tables(lex))


def _may_hold(text: str, T: QuantityTables) -> bool:
    """Whether a sentence may hold a figure: a digit, a vulgar fraction or a word that may start one."""
    return _HAS_DIGIT.search(text) is not None or _may_hold_words(text, T)


_DIGIT_RUN = re.compile(r"\d+")


def _digits_only_in(text: str, times: list[TimeExpr]) -> bool:
    """Whether every digit of the sentence stands inside one of its time expressions (the scanner fences a token
    inside a time, so such digits start no figure)."""
    spans = [(t.char_start, t.char_end) for t in times]
    return all(any(s <= m.start() and m.end() <= e for s, e in spans) for m in _DIGIT_RUN.finditer(text))


def _may_hold_words(text: str, T: QuantityTables) -> bool:
    """Whether a sentence has a vulgar fraction or a word that may start a figure (a trigger, a number word, an
    article before a figure word)."""
    if _VULGAR.search(text):
        return True
    pf = T.prefilter
    low = sentence_lower(text)                  # the sentence's lower case and words, read once for every module
    words = sentence_words(text)
    present = sentence_word_set(text)
    if not pf["words"].isdisjoint(present) or _number_word_start(present, low, T):
        return True
    if pf["articles"].isdisjoint(present):
        return False
    for i, w in enumerate(words):
        if w in pf["articles"] and (i + 1 < len(words) and words[i + 1] in pf["after_article"] or i and words[i - 1] in pf["signs"]):
            return True
    return False


def _number_word_start(present: frozenset, low: str, T: QuantityTables) -> bool:
    """Whether a word of the sentence may start a figure as a number word: it begins with a number-word start
    ('tretton'; ``T.starts_re``) and, when it is letters only, is one the scanner starts at; answered from its words
    when every start is letters only (a match starts a word and lies inside it): only the words not yet known to
    lack one are tested, and those that lack one are remembered (bounded; speed)."""
    starts = T.prefilter["starts"]
    if not T.not_starting_ok:
        return T.starts_re.search(low) is not None
    unknown = present - T.not_starting
    found = False
    known = T.word_starts
    for w in unknown:
        # a whole word the scanner would not start at ('trenden' begins as 'tre' does) is known to lack one: the
        # scanner reads a word of letters whole (``_word_may_start``), so the sentence's answer is the same
        if w.startswith(starts) and (not w.isalpha() or (known[w] if w in known else _word_may_start(w, T))
                                     or _denominator(w, T) is not None):      # 'en tjugoförstedel'
            found = True
        else:
            T.not_starting.add(w)
    if len(T.not_starting) > 100_000:
        T.not_starting.clear()
    return found


def _span_text(text: str, toks: list[Tok], i: int, j: int) -> str:
    """Lower-cased text of tokens i..j-1 with white space folded."""
    return " ".join(text[toks[i].start:toks[j - 1].end].lower().split())


def _match_phrase(text, toks, i, table: Phrases, max_len=4):
    """Longest phrase in table starting at token i -> (j, value) with j exclusive, or None."""
    if i < len(toks):
        low = toks[i].low                       # a key's first character is this token's, lower-cased the same
        if low[0] not in table.first_chars or low.isalpha() and low not in table.firsts:
            return None
    lasts = table.lasts
    for j in range(min(len(toks), i + max_len * 2), i, -1):
        last = toks[j - 1].low
        if last.isalpha() and last not in lasts:
            continue                            # no phrase ends in that word: its key is not built (speed)
        key = _span_text(text, toks, i, j)
        if key in table:
            return j, table[key], key
    return None


def _match_unit(text, toks, i, T: QuantityTables | None = None):
    """Longest unit phrase starting at token i -> (j, Unit) or None. (``T`` None: the default lexicon's, for
    callers outside the grammar.)"""
    if T is None:
        T = _tables()
    if i < len(toks):
        tok = toks[i]                           # a key's first character is this token's, as written or lower-cased
        if tok.text[0] not in T.unit_first_chars and tok.low[0] not in T.unit_first_chars \
                or tok.low.isalpha() and tok.low not in T.unit_first_words:
            return _compound_head(tok.low, i, T)
    limit = T.max_unit_words * 3 + 1
    exact, by_surface = T.unit_by_surface_exact, T.unit_by_surface
    lasts = T.unit_last_words
    for j in range(min(len(toks), i + limit), i, -1):
        last = toks[j - 1].low
        if last.isalpha() and last not in lasts:
            continue                            # no unit ends in that word: its key is not built (speed)
        raw = " ".join(text[toks[i].start:toks[j - 1].end].split())
        if raw in exact:
            return j, exact[raw]
        low = raw.lower()
        if low in by_surface and not (raw[0].isupper() and len(raw) <= 2 and raw.lower() in ("m", "s", "g", "l", "h")):
            return j, by_surface[low]
    return None


_HEAD_MIN_PREFIX = 3         # 'sol' + 'timmar'; shorter first parts are other words


def _compound_head(low: str, i: int, T: QuantityTables):
    """'soltimmar', 'sjukdagar', 'vårddygn': a compound ending in a duration's word is that unit (units.json
    compound_heads) -> (i + 1, Unit) or None."""
    if len(low) < 6 or not low.isalpha() or low in T.unit_heads_not:
        return None
    for head, unit in T.unit_heads:
        if low.endswith(head) and len(low) - len(head) >= _HEAD_MIN_PREFIX:
            return i + 1, unit
    return None


def _match_before(text, toks, i, table: Phrases, max_words=3):
    """Longest phrase in table ending right before token i -> (k, value, key) with k its first token."""
    best = None
    if i > 0 and toks[i - 1].low.isalpha() and toks[i - 1].low not in table.lasts:
        return None
    for k in range(i - 1, max(-1, i - 1 - max_words * 2), -1):
        key = _span_text(text, toks, k, i)
        if key in table:
            best = (k, table[key], key)
    return best


def _number_word_run(toks, i, T: QuantityTables):
    """Maximal run of number-word tokens from i -> (j, value) or None ('två hundra', 'tjugotvå')."""
    cardinal = T.numbers.cardinal
    j, words = i, []
    while j < len(toks) and not toks[j].is_num and toks[j].low.isalpha() and cardinal(toks[j].low) is not None:
        words.append(toks[j].low)
        j += 1
    while words:
        v = cardinal("".join(words))
        if v is not None:
            return i + len(words), v
        words.pop()
    return None


def _unit_follows(text: str, pos: int, T: QuantityTables) -> bool:
    """'steg 2 procent': a label word before a number with a unit is a verb, not a label."""
    toks = tokenize(text[pos:pos + 40])
    return bool(toks) and _match_unit(text[pos:pos + 40], toks, 0, T) is not None


def _not_a_rank(text: str, m: re.Match, T) -> bool:
    """'på plats 112': a service number's digits after a place noun are a rank (numbers.json
    rank.place_nouns_before), not the emergency number; after a word of comparison or range ('…, mot 112 i augusti
    2025', 'från 112 till 130': entities.json service_number_figure_leads) a figure."""
    before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
    word = before.group(1).lower() if before else ""
    return not (word in T.rank.get("place_nouns_before", ()) or word in T.service_number_leads)


def _rising_age(text: str, m: re.Match, T) -> bool:
    """An age band rises and stays within a lifetime, after a word naming who it delimits or as a line's label
    ('personer 15–74 år', '| 18–25 år |'); a limit with an open end ('65 år och äldre') always is one. After a word
    of duration ('under 2–3 år', 'i 20 år och över') it is a span of time; 'Bygget tar 2–3 år' is a duration."""
    nums = [int(x) for x in re.findall(r"\d+", m.group(0))]
    before = _LAST_WORD.search(text, max(0, m.start() - 16), m.start())
    word = before.group(1).lower() if before else ""
    if not all(n <= 120 for n in nums) or word in T.age_duration_leads:
        return False
    if len(nums) == 1:
        return True                                 # '65 år och äldre'
    line_start = not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" |\t")
    return nums[0] < nums[1] and (word in T.age_population_words or line_start)


def all_protections(lex: Lexicon) -> list[Protection]:
    """Every protection, in one list: the fixed shapes (``PROTECTED``) and those built from the lexicon."""
    return PROTECTED + _lexical_protections(lex) + _table_line_protections(lex)


def _table_line_protections(lex: Lexicon) -> list[Protection]:
    """Protections for the lines around a table: its legend and its caption's scale."""
    ent, P = lex.entities, Protection
    return [
        # a caption or label line ending in its scale and unit ('Befolkning, 1 000 personer', 'Tabell 2. Gods,
        # 1 000 ton'): the unit of what follows, no figure
        P("caption scale", re.compile(r",\s*1[ \u00a0]000\s+[^\W\d_][\w²³]*(?=[ \t]*(?:\n|$))"),
          (",",), examples=(("Befolkning, 1 000 personer", "1 000 personer"), ("Tabell 2. Gods, 1 000 ton", "1 000 ton"))),
        P("legend", re.compile(rf"(?<![\d,.])\d{{1,2}}\s+(?:{lexicon.alternation(ent['legends']['units'])})"
                               rf"(?=\s*(?:{lexicon.alternation(ent['legends']['after'])}))", re.I),
          tuple(w.lower().rstrip(".") for w in ent["legends"]["units"]),
          examples=(("1 mån: säsongrensad förändring jämfört med föregående månad.", "1 mån"),
                    ("12 mån avser jämförelse med samma månad föregående år.", "12 mån"))),
    ]


def _lexical_protections(lex: Lexicon) -> list[Protection]:
    """Protections built from the lexicon: labels ('Fas 2', 'SFS 2010:800') and street addresses ('Storgatan 5')."""
    ent = lex.entities
    labels = lexicon.alternation(ent["label_nouns"])
    streets = lexicon.alternation(ent["street_suffixes"])
    streets_capitalised = lexicon.alternation([w[0].upper() + w[1:] for w in ent["street_suffixes"]])   # 'Torget 1'
    clock_words = lex.time["clock_words"]
    clock = lexicon.alternation(clock_words)
    clock_cues = lex.furniture["clock_cues"]
    months = lexicon.alternation(lex.time["months"])
    hhmm = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d|[.,]\d)"
    alt_cues = lexicon.alternation
    alt = lambda key: lexicon.alternation(ent[key])
    low = lambda key: tuple(w.lower().rstrip(".") for w in ent[key])
    label_no = r"\d+(?:[.:/]\d+|\s\d{3}(?!\d))*[a-z]?"
    # 'per 100 000 invånare': the count in a rate's denominator is part of the rate (rates.json), not a figure
    based = sorted({k for k in (*lex.rates_after, *lex.rates_denominators) if any(c.isdigit() for c in k)}, key=len, reverse=True)
    denominators = alt_cues(based, flexible_spaces=True) or "(?!)"
    links = tuple(sorted({k.split()[0].lower() for k in based})) or ("per",)     # 'per', 'på' (rates.json base_denominators)
    age = ent["age_bands"]
    ages, age_ends = lexicon.alternation(age["unit_words"]), lexicon.alternation(age["open_ends"], flexible_spaces=True)
    P = Protection
    return [
        P("time of day", re.compile(rf"\b(?:{clock})\s*\d{{1,2}}(?:[:.]\d{{2}})?(?:\s*[–-]\s*\d{{1,2}}(?:[:.]\d{{2}})?)?", re.I),
          tuple(w.lower() for w in clock_words), examples=(("Vi ses klockan 14 vid torget.", "klockan 14"),)),
        P("time of day", re.compile(rf"(?<![\wåäö])(?:{alt_cues(clock_cues)})\s*:?\s*(?:\d{{4}}-\d{{2}}-\d{{2}}\s+)?{hhmm}", re.I),
          tuple(w.lower() for w in clock_cues), examples=(("Uppdatering 13.05: vägen är öppen igen.", "Uppdatering 13.05"),)),
        P("time of day", re.compile(rf"\b\d{{1,2}}\s+(?:{months})\.?,?\s+{hhmm}", re.I), tuple(m.lower() for m in lex.time["months"]),
          whole_words=True,
          examples=(("Publicerad 03 februari 08.12 av redaktionen.", "03 februari 08.12"),)),
        P("label", re.compile(rf"(?<![\wåäö])(?:{labels})\s*{label_no}(?:(?:\s*,\s*{label_no})*\s*(?:{alt('label_links')})\s*{label_no})*(?!\d|,\d)", re.I),
          tuple(w.lower() for w in ent["label_nouns"]), _no_unit_after, whole_words=True,
          examples=(("Projektet går nu in i fas 2 med nya mål.", "fas 2"),
                    ("Priset i elområde 3 och 4 steg kraftigt.", "elområde 3 och 4"),
                    ("Skolan går in i fas 2, 3 och 4 under våren.", "fas 2, 3 och 4"))),
        P("label", re.compile(rf"(?<![\wåäö])[a-zåäö]{{2,}}(?:{alt('label_compound_heads')})\s*{label_no}"
                              rf"(?:\s*(?:{alt('label_links')})\s*{label_no})*(?!\d|,\d)", re.I),
          low("label_compound_heads"), _no_unit_after,
          examples=(("Den nya stombusslinjen 10 trafikerar ringvägen.", "stombusslinjen 10"),
                    ("Nattbusslinjerna 3 och 4 läggs ned.", "Nattbusslinjerna 3 och 4"))),
        # one space: 'Sydkajen     860' in a table is a row label and a cell, not an address
        P("street address", re.compile(rf"\b(?:[A-ZÅÄÖ][a-zåäöé]*(?:{streets})|{streets_capitalised})[ \u00a0]\d+[A-Za-z]?\b"),
          tuple(w.lower() for w in ent["street_suffixes"]), examples=(("Kontoret ligger på Storgatan 5 i Lund.", "Storgatan 5"),
                                                                      ("Lövsjö kommun, Torget 1, 686 80 Lövsjö.", "Torget 1"))),
        P("label", re.compile(rf"(?<![\d,.])\d+\s*(?:{alt('label_suffixes')})(?![\wåäö])", re.I), low("label_suffixes"),
          _no_unit_after, examples=(("Enligt 11 kap. gäller detta.", "11 kap."), ("Det följer av 8 § i lagen.", "8 §"))),
        P("age band", re.compile(rf"(?<![\d,.])\d{{1,3}}\s*[–-]\s*\d{{1,3}}\s+(?:{ages})(?![\wåäö])"
                             rf"|(?<![\d,.])\d{{1,3}}\s+(?:{ages})\s+(?:{age_ends})(?![\wåäö])"
                             rf"|(?<![\wåäö])mellan\s+\d{{1,3}}\s+och\s+\d{{1,3}}\s+(?:{ages})(?![\wåäö])", re.I),
          tuple(w.lower() for w in age["unit_words"]), _rising_age, whole_words=True,
          examples=(("Arbetslösheten bland personer 15–74 år var 8,7 procent.", "15–74 år"),
                    ("Av de skuldsatta var 9 800 personer 65 år och äldre.", "65 år och äldre"),
                    ("Rabatten gäller resenärer mellan 7 och 19 år.", "mellan 7 och 19 år"))),
        P("age band", re.compile(rf"(?<![\wåäö])(?:(?:{lexicon.alternation(age['limit_nouns'])})\s+(?:{lexicon.alternation(age['limit_leads'])})"
                             rf"|{lexicon.alternation(age['turned_words'])})\s+\d{{1,3}}\s+(?:{ages})(?![\wåäö])", re.I),
          tuple(w.lower() for w in age["unit_words"]), whole_words=True,
          examples=(("Var fjärde person över 80 år får hjälp i hemmet.", "person över 80 år"),
                    ("Antalet svenskar som fyllt 80 år ökar snabbt.", "fyllt 80 år"),
                    ("Var femte kvinna över 75 år har en låg inkomst.", "kvinna över 75 år"),
                    ("Gruppen över 85 år växer snabbast.", "Gruppen över 85 år"),
                    ("Pensionärer från 65 år reser billigare.", "Pensionärer från 65 år"))),
        P("property designation", re.compile(rf"(?<![\wåäö])(?:{alt('designation_nouns')})\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?\s+\d+(?::\d+)?\b"),
          low("designation_nouns"), examples=(("Huset i kvarteret Fyren 4 ska rivas.", "kvarteret Fyren 4"),)),
        P("phone", re.compile(rf"(?<![\wåäö])(?:{alt('phone_cues')})(?:(?:\s+[\wåäö]+){{1,3}}\s*:|\s*:?)\s*\+?\d(?:[\d \-–]*\d)?", re.I),
          low("phone_cues"), examples=(("Vid fara, ring 112 direkt.", "ring 112"),
                                       ("Swish till föreningen: 123 456 78 90.", "Swish till föreningen: 123 456 78 90"))),
        P("title", re.compile(rf"(?<![\w,.])\d{{1,2}}:[ae]\s+(?:{alt('title_ordinal_words')})\b", re.I),
          (":",), examples=(("Anna Berg, 2:e vice ordförande, höll med.", "2:e vice"),
                            ("Han är 1:e vice talman sedan valet.", "1:e vice"))),
        P("rate denominator", re.compile(rf"(?<![\wåäö])(?:{denominators})(?![\wåäö])", re.I), links,
          examples=(("Länet hade 640 anmälda brott per 100 000 invånare.", "per 100 000 invånare"),
                    ("I Tallmo går det 8,6 lärare på 100 elever.", "på 100 elever"))),
        # not the last group of a larger number ('mot 1 112 året innan'); a comma after it ends the clause, a
        # decimal comma does not ('1177, 2 procent färre' is the number to call, '112,5' a figure)
        P("phone", re.compile(rf"(?<![\d,.])(?<!\d[ \u00a0])(?:{alt('service_numbers')})(?!\d|,\d)(?=\s*(?:[^\w\s]|$|[A-ZÅÄÖ]|(?:{alt('not_nouns')})\b))"),
          tuple(ent["service_numbers"]), _not_a_rank,
          examples=(("Ring polisen på 114 14 eller gå in på webben.", "114 14"),
                    ("Invånarna ringde 298 000 samtal till sjukvårdsrådgivningen 1177, 2 procent färre än 2024.", "1177"))),
    ]


def protected_spans(text: str, times: list[TimeExpr], *, gated: bool = True, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Spans where no quantity may start: phones, postal codes, times of day, identifiers, labels, addresses, times.

    One policy for all: a protection's match fences its span unless the protection's own check refuses it.
    ``gated``: a protection whose needed strings the sentence lacks is not run (same result, faster)."""
    return _protected_spans(text, times, _tables(lex), gated)


def _protected_spans(text: str, times: list[TimeExpr], T: QuantityTables, gated: bool = True) -> list[tuple[int, int, str]]:
    spans = []
    if _HAS_DIGIT.search(text):                   # every protection fences digits
        low = sentence_lower(text)
        present = {n for n in T.protection_literals if n in low}
        words = sentence_word_set(text)
        shapes: dict = {}
        spans = [(m.start(), m.end(), p.name) for p, needs, whole in T.protections
                 if not gated or (needs is None or not present.isdisjoint(needs) or whole and not words.isdisjoint(whole))
                 and (p.shape is None or _has_shape(text, p.shape, shapes))
                 for m in p.pattern.finditer(text)
                 if p.check is None or p.check(text, m, T)]
    spans += [(t.char_start, t.char_end, "time") for t in times]
    return spans


def _has_shape(text: str, shape: re.Pattern, seen: dict) -> bool:
    """Whether ``text`` holds ``shape`` (``Protection.shape``), searched once per sentence (``seen``)."""
    hit = seen.get(shape)
    if hit is None:
        hit = seen[shape] = shape.search(text) is not None
    return hit


# a time on a clock that runs ('1.38.45', '2:03:45'): one-digit hours, minutes and seconds below 60
_RACE_TIME = with_first_chars(r"(?<![\d.,:])(\d)[.:]([0-5]\d)[.:]([0-5]\d)(?!\d|[.,:]\d)")


def _may_hold_race(text: str) -> bool:
    """Whether ``_RACE_TIME`` can match: a race time has two separators ('1.38.45'), and most sentences have only
    their full stop (speed: two counts in C instead of a scan trying every digit)."""
    return text.count(".") + text.count(":") >= 2


def _descending(pair: str) -> bool:
    """'4–2', '1–1': a match result, never a range (a range rises: '2–3 procent')."""
    a, b = re.split(r"[–-]", pair)
    return int(a) >= int(b)


_LONE = re.compile(r"\s*(?:(?P<sign>[-−–])\s+)?(?P<body>[^\W_][\w.,:]*)\s*")


def lone_numeral(text: str, lex: Lexicon | None = None) -> list[Quantity] | None:
    """A text that is nothing but a numeral or an ordinal ('sju', 'sjutton', 'tredje', 'fyrtioandra', '- 1.200.000'):
    read whole, since there is no ambiguity when the whole text is the number. The articles 'en'/'ett' are not read
    (alone they are still as likely an article), and in running text bare small number words keep the rules of the
    grammar. None: not such a text."""
    return _lone_numeral(text, _tables(lex))


def _lone_numeral(text: str, T: QuantityTables) -> list[Quantity] | None:
    m = _LONE.fullmatch(text)
    if m is None:
        return None
    body, (s, e) = m["body"], m.span("body")
    if body.lower() in T.prefilter["articles"]:
        return None                             # 'en', 'ett' alone stay articles (Recognizers-Text reads them so too)
    if body.isalpha():
        n, kind = T.numbers.cardinal(body), "count"
        if n is None:
            n, kind = T.numbers.ordinal(body.lower()), "ordinal"
        if n is None:
            return None
        q = Quantity(text=body, char_start=s, char_end=e, value=float(n), unit=kind, kind=kind, core_start=s, core_end=e,
                     value_text=body)
    elif m["sign"]:                             # '- 1.200.000' alone: the hyphen is a sign, not a dash or bullet
        qs = _find(body, None, None, T)
        if len(qs) != 1 or (qs[0].char_start, qs[0].char_end) != (0, len(body)) or not qs[0].value or qs[0].low is not None:
            return None
        q = qs[0]
        q.char_start, q.char_end, q.core_start, q.core_end = s, e, q.core_start + s, q.core_end + s
    else:
        return None
    if m["sign"]:
        q.value, q.char_start = -q.value, m.start("sign")
    q.text = text[q.char_start:q.char_end]
    return [q]


def find_quantities(text: str, times: list[TimeExpr] | None = None, published=None,
                    lex: Lexicon | None = None) -> list[Quantity]:
    """Every quantity in one sentence (or any short text), in text order. ``lex``: the lexicon (None: the
    default one)."""
    return _find(text, times, published, _tables(lex))


class _Fences:
    """The spans where no figure may start (``_protected_spans``), scanned only when a token asks first: a token
    inside a time expression is fenced by it whatever else fences it, so a sentence whose digits all stand in its
    times ('under 2021', 'i mars 2024') never runs the protection patterns (speed, the same answers)."""
    __slots__ = ("text", "times", "T", "_spans")

    def __init__(self, text: str, times: list[TimeExpr], T: QuantityTables):
        self.text, self.times, self.T, self._spans = text, times, T, None

    def spans(self) -> list[tuple[int, int, str]]:
        if self._spans is None:
            self._spans = _protected_spans(self.text, self.times, self.T)
        return self._spans

    def covers(self, tok: Tok) -> bool:
        """Whether one protected span holds the whole token (a time's span first: no scan needed)."""
        return any(t.char_start <= tok.start and tok.end <= t.char_end for t in self.times) \
            or any(s <= tok.start and tok.end <= e for s, e, _ in self.spans())

    def touches(self, q: Quantity) -> bool:
        """Whether a figure's core overlaps any protected span."""
        return any(s < q.char_end and q.char_start < e for s, e, _ in self.spans())


def _find(text: str, times: list[TimeExpr] | None, published, T: QuantityTables) -> list[Quantity]:
    lone = _lone_numeral(text, T)
    if lone is not None:
        return lone
    if not _may_hold(text, T):                  # before the time scan: most sentences stop here
        return []
    if times is None:
        times = find_times(text, published)
    if times and _digits_only_in(text, times) and not _may_hold_words(text, T):
        return []                               # 'Sedan 2022 gör staden …': every digit is a time's (speed)
    toks = tokenize(text)
    fences = _Fences(text, times, T)
    starts = T.word_starts
    year_at = frozenset(t.char_start for t in times if t.grain == "year" and t.start and t.start == t.end)
    races = {m.start(): m for m in _RACE_TIME.finditer(text)} if _may_hold_race(text) else {}
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.start in races:                  # '1.38.45': a race time, h.mm.ss
            m = races[tok.start]
            h, mi, se = (int(g) for g in m.groups())
            q = Quantity(text=m.group(0), char_start=m.start(), char_end=m.end(), value=h + mi / 60 + se / 3600,
                         unit="hour", kind="duration", core_start=m.start(), core_end=m.end(), value_text=m.group(0))
            _grow_left(text, toks, i, q, T)
            out.append(q)
            while i < len(toks) and toks[i].start < m.end():
                i += 1
            continue
        if not tok.is_num and not (starts[tok.low] if tok.low in starts else _word_may_start(tok.low, T)):
            i += 1
            continue
        if fences.covers(tok):
            i += 1
            continue
        q, j = _read_core(text, toks, i, T)
        if q is None:
            i += 1
            continue
        if fences.touches(q):
            i = j               # the core touches a protected span (e.g. '2019 71' inside a phone number)
            continue
        j = _grow_right(text, toks, j, q, T, year_at)
        _grow_left(text, toks, i, q, T)
        out.append(q)                           # a bare word ('alla tre') is dropped after _share_units
        i = j
    _share_units(text, out, T)
    out[:] = [q for q in out if q.kind != "drop"]
    _bracketed_change(text, out)
    _split_prior(text, out)
    _clause_end_prior(text, out, T)
    _join_subunits(text, out, T)
    _join_durations(text, out, T)
    _spread_over(text, out, T)
    _during(text, out, T)
    _passing(text, out, T)
    if out and any(not _HAS_DIGIT.search(q.text) for q in out):
        idioms = [m.span() for m in T.idioms_re.finditer(text)]
        if idioms:
            out = [q for q in out if _HAS_DIGIT.search(q.text)
                   or not any(s <= q.core_start and q.core_end <= e for s, e in idioms)]
    return out


def _word_may_start(low: str, T: QuantityTables) -> bool:
    """Whether a word token may start a figure: a trigger or a number word (cardinal or ordinal). Remembered per
    word in ``T.word_starts`` (one dict lookup per word of a sentence instead of two parser calls; bounded)."""
    may = low in T.triggers or low.isalpha() and (T.numbers.cardinal(low) is not None or T.numbers.ordinal(low) is not None)
    if len(T.word_starts) >= 50_000:
        T.word_starts.clear()
    T.word_starts[low] = may
    return may


def _spread_over(text, qs, T: QuantityTables):
    """'400 MSEK över fem år': a duration right after another amount is the period it is spread over, not a bound."""
    spread = T.spread
    for a, b in zip(qs, qs[1:]):
        if b.kind == "duration" and b.qualifier and b.qualifier.lower() in spread and not text[a.char_end:b.char_start].strip():
            b.bound, b.qualifier, b.char_start = "exact", None, b.core_start
            b.text = text[b.char_start:b.char_end]


def _during(text, qs, T: QuantityTables):
    """'gällde under tre veckor': 'under' before a duration is 'during', not a bound, unless a verb or 'till' before it
    makes it one ('till under tre timmar'; qualifiers.json 'during')."""
    du = T.during
    for q in qs:
        if q.kind == "duration" and q.qualifier and du and q.qualifier.lower() == du["word"] and q.unit in du["units"]:
            before = text[max(0, q.char_start - 20):q.char_start].split()
            if not before or before[-1].lower() not in du["bound_after"]:
                q.bound, q.qualifier, q.char_start = "exact", None, q.core_start
                q.text = text[q.char_start:q.char_end]


def _passing(text, qs, T: QuantityTables):
    """'I juli passerade 31 400 personer räknaren': a figure and its noun passing a place is exact; 'antalet
    passerade 96 000' is more than it (qualifiers.json passing)."""
    ps = T.passing
    for q in qs:
        if not (ps and q.qualifier and q.qualifier.lower() in ps["words"]):
            continue
        after = _WORDS.findall(text[q.char_end:q.char_end + 60].split(".")[0])[:2]
        rest = text[q.char_end:q.char_end + 3].lstrip()
        if rest[:1].isalpha() and len(after) == 2 and after[1].lower() not in ps["level_after"] \
                and after[0].lower() not in ps["level_after"]:
            q.bound, q.qualifier, q.char_start = "exact", None, q.core_start
            q.text = text[q.char_start:q.char_end]


# --- the quantity rules ----------------------------------------------------------
#
# The grammar is three lists of named rules, as in Duckling's rule lists: CORE_RULES say how a figure starts
# (a number, a number word, a fraction, a ratio, a factor, a rank), NUMBER_RULES what may follow a read number
# and makes it another kind of figure ('tre gånger fler', 'två tredjedelar', 'nio av tio'), SUFFIX_RULES how a
# figure grows to the right (ranges, scale words, units, rates, post-qualifiers). Each entry has a name, the
# production that reads tokens with the lexicon tables, and examples (sentence, figure text, value, unit) that
# tests/test_quantity_rules.py runs: the figure is found, and without the rule it is not found the same way.
#
# OVERLAP POLICY (the one place it is settled): at a token the rules of a list are tried in list order and the
# first that applies owns the tokens it reads, also when it reads them as no figure ('tredje maj': the rank rule
# refuses it and no later rule reads 'tredje'); the scanner resumes after them, so no two figures share a token;
# a figure that touches a protected span is dropped (protections win, ``protected_spans``). Suffix rules run in
# list order, each from where the one before stopped; a figure marked dropped grows no further.


@dataclass(frozen=True)
class QuantityRule:
    """One named rule of the quantity grammar.

    ``read``: the production. CORE_RULES: (text, toks, i, T) -> (Quantity or None, next token) when the rule owns
    the tokens at i (a None quantity: they are no figure), or None when it does not apply. NUMBER_RULES: (text, toks,
    i, j, value, T), the number read at tokens i..j-1, same result. SUFFIX_RULES: (text, toks, j, q, T, is_word,
    year_at) -> the token after what it added to ``q`` (j itself when it added nothing).
    ``starts``: the field of ``QuantityTables`` whose words every match of a core rule begins with; the
    rule is not tried at other tokens (speed; None: any number token or word).
    ``examples``: (sentence, figure text, value, unit) tested by tests/test_quantity_rules.py; a rule that refuses
    tokens ('en skola', 'alla tre') has (sentence, None, None, None): the sentence states no figure."""
    name: str
    read: Callable
    starts: str | None = None
    examples: tuple = ()


def _read_core(text, toks, i, T):
    """A number core at token i -> (Quantity or None, next token index): the first core rule that applies."""
    hit = first_core_rule(text, toks, i, T)[1]
    return hit if hit is not None else (None, i + 1)


def first_core_rule(text, toks, i, T):
    """The core rule that owns token i and what it read -> (rule, (Quantity or None, next)), or (None, None)."""
    low = toks[i].low
    for rule in CORE_RULES:
        if rule.starts is not None and low not in getattr(T, rule.starts):
            continue
        hit = rule.read(text, toks, i, T)
        if hit is not None:
            return rule, hit
    return None, None


def _multiplicative(text, toks, i, T):
    """'fördubblades', 'dubbelt så många': a factor with the direction of the change."""
    spec = T.multiplicatives[toks[i].low]
    j = i + 1
    if spec.get("then"):                       # 'dubbelt så många'
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if nxt != spec["then"] or i + 2 >= len(toks):
            return None, i + 1
        j = i + 3
    q = _q(text, toks, i, j, spec["value"], "number", "number")
    q.direction = spec["direction"]
    return q, j


def _half_phrase(text, toks, i, T):
    """'en och en halv', 'två och en halv': a listed phrase with a half."""
    hit = _match_phrase(text, toks, i, T.halves)
    if hit is None:
        return None
    j, spec, key = hit
    return _q(text, toks, i, j, float(spec), None, None), j


def _approx_phrase(text, toks, i, T):
    """'ett tiotal', 'hundratals', 'ett par': a listed phrase with its value and bound."""
    hit = _match_phrase(text, toks, i, T.approx)
    if hit is None:
        return None
    j, spec, key = hit
    q = _q(text, toks, i, j, float(spec["value"]), None, None)
    q.bound, q.qualifier = spec["bound"], None
    if key == "ett par" and (j >= len(toks) or toks[j].is_num):
        return None, i + 1
    return q, j


def _how_often(text, toks, i, T):
    """'var fjortonde dag', 'vart 25:e år', 'varannan vecka': an interval (numbers.json 'frequency')."""
    freq = _frequency(toks, i, T)
    if not freq:
        return None
    j, n, unit = freq
    q = _q(text, toks, i, j, float(n), "duration", unit)
    q.unit_text = toks[j - 1].text
    return q, j


def _ratio_word(text, toks, i, T):
    """'hälften', 'en tredjedel' written as one listed word: a proportion."""
    return _q(text, toks, i, i + 1, T.ratio_words[toks[i].low], "ratio", "ratio"), i + 1


def _every_nth(text, toks, i, T):
    """'var tredje': one in n."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt in T.ordinals and T.ordinals[nxt] >= 2:
        return _q(text, toks, i, i + 2, 1 / T.ordinals[nxt], "ratio", "ratio"), i + 2
    return None


def _rank(text, toks, i, T):
    """'tredje största', '2:a plats', '3:e': a rank; before a month or a calendar noun ('tredje maj') no figure."""
    tok = toks[i]
    rank_words = T.rank
    word_rank = None if tok.is_num else T.numbers.ordinal(tok.low)
    digit_end = _digit_ordinal_end(toks, i, rank_words) if tok.is_num else None
    if word_rank is None and not digit_end:
        if tok.is_num and i and toks[i - 1].low in rank_words.get("place_nouns_before", ()) \
                and (value := parse_digits(tok.text)) is not None and value == int(value) \
                and not (i + 1 < len(toks) and toks[i + 1].text in (",", ".") and i + 2 < len(toks) and toks[i + 2].is_num):
            q = _q(text, toks, i - 1, i + 1, float(value), "ordinal", "ordinal")     # 'på plats 41': a rank
            q.entity = toks[i - 1].low
            return q, i + 1
        return None
    rank = word_rank if word_rank is not None else int(parse_digits(tok.text) or 0)
    j = i + 1 if not tok.is_num else digit_end
    after = toks[j].low if j < len(toks) else ""
    if after in T.month_words or after in rank_words["calendar_nouns"]:
        return None, j
    if after and (T.superlative_re.match(after) or after in rank_words["place_nouns"]):
        q = _q(text, toks, i, j + 1, float(rank), "ordinal", "ordinal")
        q.entity = after
        return q, j + 1
    if not tok.is_num:
        return None, i + 1
    return _q(text, toks, i, j, float(rank), "ordinal", "ordinal"), j     # '3:e', '25e': a rank, never a count


def _vulgar_fraction(text, toks, i, T):
    """'⅔' is a ratio; '½ timme' a fraction of a unit."""
    tok = toks[i]
    if not (tok.is_num and _VULGAR.match(tok.text)):
        return None
    value, j = unicodedata.numeric(tok.text), i + 1
    unit_next = j < len(toks) and _match_unit(text, toks, j, T)
    return _q(text, toks, i, j, value, None if unit_next else "ratio", None if unit_next else "ratio"), j


def _number(text, toks, i, T):
    """Digits ('1 250', '2 1/4', '2½') or a run of number words ('två hundra'), then the first NUMBER_RULES
    entry that reads what follows."""
    tok = toks[i]
    if tok.is_num:
        value, j = parse_digits(tok.text), i + 1
        frac = _mixed_fraction(toks, j) if value is not None and value == int(value) else None
        if frac:                                    # '2 1/4', '10 1/2 miles', '2½'
            value, j = value + frac[0], frac[1]
        if value is None:                           # a numeral no float holds: no figure, nor its '-word' compound
            return None, (j + 2 if _hyphen_word(toks, i, j) else i + 1)
    else:
        run = _number_word_run(toks, i, T)
        if not run:
            return None, i + 1
        j, value = run
    for rule in NUMBER_RULES:
        hit = rule.read(text, toks, i, j, value, T)
        if hit is not None:
            return hit
    return None, i + 1


def _hyphen_word(toks, i, j) -> bool:
    """A word glued to the number by a hyphen ('25-årig', '5G-nätet')."""
    return j + 1 < len(toks) and toks[j].text in ("-", "‐") and toks[j].start == toks[i].end \
        and toks[j + 1].start == toks[j].end and toks[j + 1].low.isalpha()


def _hyphen_compound(text, toks, i, j, value, T):
    """'25-årig' is a figure with its unit, 'ett 40-tal' an approximate one; '5G-nätet' or '2030-målet' a name."""
    if not toks[i].is_num or not _hyphen_word(toks, i, j):
        return None
    word = toks[j + 1].low
    if word in T.approx_suffixes:                 # 'ett 40-tal', '10000-tals'
        q = _q(text, toks, i, j + 2, value, None, None)
        q.bound = T.approx_suffixes[word]
        return q, j + 2
    unit = T.compound_units.get(word)
    if unit is None:
        return None, j + 2
    q = _q(text, toks, i, j + 2, value, unit.kind, unit.unit)
    q.unit_text = toks[j + 1].text
    return q, j + 2


def _slash_ratio(text, toks, i, j, value, T):
    """'3/4' is a ratio, '1/2 timme' and '1/4 miljon' a fraction of what follows."""
    if not (toks[i].is_num and j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].is_num and toks[j].start == toks[i].end):
        return None
    den = parse_digits(toks[j + 1].text)
    if not (den and 0 < value < den <= 100 and value == int(value)):
        return None
    if j + 2 < len(toks) and (_match_unit(text, toks, j + 2, T) or toks[j + 2].low in T.scales):
        return _q(text, toks, i, j + 2, value / den, None, None), j + 2
    return _q(text, toks, i, j + 2, value / den, "ratio", "ratio"), j + 2


def _factor(text, toks, i, j, value, T):
    """'tre gånger fler', '2 ggr så många': a factor with the direction of the comparison."""
    if not (j + 1 < len(toks) and toks[j].low in T.times_words and toks[j + 1].low in T.factor_comparatives):
        return None
    after = toks[j + 1].low
    end = j + 2
    if after == T.factor_link and end < len(toks) and toks[end].low.isalpha():
        end += 1
    q = _q(text, toks, i, end, float(value), "number", "number")
    q.direction = T.factor_comparatives[after]
    if after == T.factor_link and value != 1:    # 'tre gånger så många': as 'dubbelt så många', its size says which
        q.direction = "increase" if value > 1 else "decrease"    # (a comparison at one time drops it: resolve)
    return q, end


def _word_fraction(text, toks, i, j, value, T):
    """'en tredjedel', 'två tredjedelar'; more than a whole ('tjugo femtedelar' = 4) is a number."""
    den = _denominator(toks[j].low, T) if j < len(toks) and not toks[i].is_num else None
    if not den:
        return None
    kind = "ratio" if value <= den else "number"
    return _q(text, toks, i, j + 1, value / den, kind, kind), j + 1


def _whole_and_fraction(text, toks, i, j, value, T):
    """'tjugo och tre femtedelar', 'fem och en kvarts': a whole number and a fraction."""
    if not (j + 2 < len(toks) and toks[j].low == T.fraction_link and not toks[i].is_num):
        return None
    run2 = _number_word_run(toks, j + 1, T)
    den = _denominator(toks[run2[0]].low, T) if run2 and run2[0] < len(toks) else None
    if den and run2[1] < den:
        return _q(text, toks, i, run2[0] + 1, value + run2[1] / den, None, None), run2[0] + 1
    return None


def _spoken_decimal(text, toks, i, j, value, T):
    """'fem komma fem': a decimal said in words."""
    if not (j + 1 < len(toks) and toks[j].low == T.decimal_word and not toks[i].is_num):
        return None
    run2 = _number_word_run(toks, j + 1, T)
    if not run2:
        return None
    q = _q(text, toks, i, run2[0], float(f"{int(value)}.{int(run2[1])}"), None, None)
    q.value_text = q.text
    return q, run2[0]


def _n_of_m(text, toks, i, j, value, T):
    """'nio av tio', 'fyra av åtta', '3 av 4': a proportion (not '2 av 3 miljoner', a part of an amount)."""
    if not (j + 1 < len(toks) and toks[j].low == T.ratio_link):
        return None
    k = j + 1
    if toks[k].is_num:
        den, k2 = parse_digits(toks[k].text), k + 1
    else:
        run2 = _number_word_run(toks, k, T)
        den, k2 = (run2[1], run2[0]) if run2 else (None, k)
    if den and 0 < value <= den and den <= 1000 and not (k2 < len(toks) and toks[k2].low in T.scales):
        return _q(text, toks, i, k2, value / den, "ratio", "ratio"), k2
    return None


def _article(text, toks, i, j, value, T):
    """An article is a number only before a scale word or a unit ('en miljard', 'ett år', 'en procent') or after a
    sign ('minus ett'); elsewhere ('en skola') it is no figure."""
    tok = toks[i]
    if tok.is_num or tok.low not in T.articles or j != i + 1 or _sign_before(text, tok.start, T):
        return None
    unit = _match_unit(text, toks, j, T) if j < len(toks) else None
    unit_ok = unit is not None and unit[1].kind in T.article_units["kinds"] and toks[j].low not in T.article_units["except"]
    if j < len(toks) and (toks[j].low in T.scales or unit_ok):
        return None
    return None, i + 1


def _plain_number(text, toks, i, j, value, T):
    """The number as read: its kind is decided when it has grown (a number word stays 'word' until then)."""
    q = _q(text, toks, i, j, float(value), None, None)
    q.value_text = text[toks[i].start:toks[j - 1].end]
    if not toks[i].is_num:
        q.kind = "word"
    return q, j


R = QuantityRule
CORE_RULES = (
    R("multiplicative", _multiplicative, "multiplicatives",
      (("Antalet anmälningar fördubblades under året.", "fördubblades", 2.0, "number"),
       ("Vi har dubbelt så många elever nu.", "dubbelt så många", 2.0, "number"))),
    R("half phrase", _half_phrase, None,
      (("Bygget tog halvannan månad.", "halvannan månad", 1.5, "month"),
       ("Vi väntade ett och ett halvt år på beslutet.", "ett och ett halvt år", 1.5, "year"))),
    R("approximate phrase", _approx_phrase, None,
      (("Ett tiotal personer skadades.", "Ett tiotal", 10.0, "count"),
       ("Hundratals bostäder saknar el.", "Hundratals", 100.0, "count"))),
    R("frequency", _how_often, "frequency_starts",
      (("Tidningen kommer ut var fjortonde dag.", "var fjortonde dag", 14.0, "day"),
       ("Sopor hämtas varannan vecka.", "varannan vecka", 2.0, "week"))),
    R("ratio word", _ratio_word, "ratio_words",
      (("Hälften av eleverna klarade provet.", "Hälften", 0.5, "ratio"),)),
    R("every nth", _every_nth, "var_words",
      (("Var tredje svensk motionerar sällan.", "Var tredje", 1 / 3, "ratio"),)),
    R("rank", _rank, None,
      (("Malmö är Sveriges tredje största stad.", "tredje största", 3.0, "ordinal"),
       ("Laget slutade på 2:a plats.", "2:a plats", 2.0, "ordinal"),
       ("Kommunen hamnar på plats 112 av 290.", "plats 112", 112.0, "ordinal"))),
    R("vulgar fraction", _vulgar_fraction, None,
      (("Det tar ½ timme att gå dit.", "½ timme", 0.5, "hour"),
       ("Av de tillfrågade svarade ⅔ ja.", "⅔", 2 / 3, "ratio"))),
    R("number", _number, None,
      (("Kommunen anställer 250 lärare.", "250", 250.0, "count"),
       ("Tjugotvå skolor renoveras.", "Tjugotvå", 22.0, "count"))),
)
NUMBER_RULES = (
    R("hyphenated compound", _hyphen_compound, None,
      (("En 25-årig man greps i natt.", "25-årig", 25.0, "year"),
       ("Det kom ett 40-tal personer till mötet.", "40-tal", 40.0, "count"))),
    R("slash ratio", _slash_ratio, None,
      (("Hela 3/4 av budgeten går till skolan.", "3/4", 0.75, "ratio"),
       ("Vi väntade 1/2 timme på bussen.", "1/2 timme", 0.5, "hour"))),
    R("factor", _factor, None,
      (("Priset är tre gånger högre än i fjol.", "tre gånger högre", 3.0, "number"),
       ("De har 2 ggr så många anställda.", "2 ggr så många", 2.0, "number"))),
    R("word fraction", _word_fraction, None,
      (("En tredjedel av pengarna gick till vården.", "En tredjedel", 1 / 3, "ratio"),
       ("Två tredjedelar av eleverna är nöjda.", "Två tredjedelar", 2 / 3, "ratio"))),
    R("whole and fraction", _whole_and_fraction, None,
      (("Vi gick fem och en kvarts mil.", "fem och en kvarts mil", 52.5, "km"),)),
    R("spoken decimal", _spoken_decimal, None,
      (("Räntan är fem komma fem procent.", "fem komma fem procent", 5.5, "percent"),)),
    R("n of m", _n_of_m, None,
      (("Nio av tio tillfrågade var nöjda.", "Nio av tio", 0.9, "ratio"),
       ("Hela 3 av 4 kommuner saknar plan.", "3 av 4", 0.75, "ratio"))),
    R("article", _article, None,
      (("Vi öppnar en skola och 3 förskolor.", "3", 3.0, "count"),       # 'en skola' is no figure
       ("Hon fick ett pris för 2 böcker.", "2", 2.0, "count"))),
    R("plain number", _plain_number, None,
      (("Räntan höjdes till 4,5 procent.", "4,5 procent", 4.5, "percent"),)),
)


def _denominator(word: str, T) -> int | None:
    """'tredjedelar' -> 3 (listed), 'tjugoförstedel' -> 21 (an ordinal + 'del'/'delar'), else None."""
    if word in T.denominators:
        return T.denominators[word]
    for ending in T.fraction_suffixes:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            rank = T.numbers.ordinal(word[:-len(ending)])
            return rank if rank and rank >= 3 else None
    return None


def _mixed_fraction(toks, j):
    """The fraction after a whole number: '2 1/4' -> (0.25, next index), '2½' -> (0.5, next index), else None."""
    if j < len(toks) and len(toks[j].text) == 1 and _VULGAR.match(toks[j].text) and toks[j].start == toks[j - 1].end:
        return unicodedata.numeric(toks[j].text), j + 1
    if j + 2 < len(toks) and toks[j].is_num and toks[j].start > toks[j - 1].end and toks[j + 1].text == "/" \
            and toks[j + 2].is_num and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end:
        a, b = parse_digits(toks[j].text), parse_digits(toks[j + 2].text)
        if a and b and a == int(a) and b == int(b) and 0 < a < b <= 100 and not (j + 3 < len(toks) and toks[j + 3].text == "/"):
            return a / b, j + 3
    return None


def _sign_before(text: str, pos: int, T) -> bool:
    """'minus ett', 'negativt fem': a sign word right before the number makes even a bare number word a figure."""
    m = _LAST_WORD.search(text, max(0, pos - 12), pos)
    return bool(m) and m.group(1).lower() in T.sign_words


def _frequency(toks, i, T):
    """'var fjortonde dag', 'vart 25:e år', 'varannan vecka' at token i -> (end, interval, unit), or None."""
    freq = T.frequency
    low = toks[i].low
    n, j = freq["words"].get(low), i + 1
    if n is None and low in T.var_words and j < len(toks):
        if toks[j].low in T.ordinals:
            n, j = T.ordinals[toks[j].low], j + 1
        elif toks[j].is_num and toks[j].text.isdigit():
            end = _digit_ordinal_end(toks, j, T.rank)
            n, j = (int(toks[j].text), end) if end else (None, j)
    if n is None or n < 2 or j >= len(toks) or toks[j].low not in freq["periods"]:
        return None
    return j + 1, n, freq["periods"][toks[j].low]


def _digit_ordinal_end(toks, i, rank_words):
    """A digit ordinal at token i ('3:e', '2:a', '25e', '1a') -> the token index after its suffix, or None.
    Without the colon the suffix must be the one Swedish gives the number ('1a', '3e'; '5a' is a label)."""
    suffixes = rank_words["digit_suffixes"]
    if i + 2 < len(toks) and toks[i + 1].text == ":" and toks[i + 2].low in suffixes:
        return i + 3
    if i + 1 < len(toks) and toks[i + 1].start == toks[i].end and toks[i + 1].text in suffixes and toks[i].text.isdigit():
        n = int(toks[i].text)
        a_suffix = n % 10 in rank_words["digit_suffix_a_last_digits"] and n % 100 // 10 != 1
        if (toks[i + 1].text == "a") == a_suffix:
            return i + 2
    return None


def _q(text, toks, i, j, value, kind, unit):
    s, e = toks[i].start, toks[j - 1].end
    return Quantity(text=text[s:e], char_start=s, char_end=e, value=value, unit=unit, kind=kind or "number",
                    core_start=s, core_end=e, value_text=text[s:e])


# --- growing -----------------------------------------------------------------------

def _extend(text, q, end):
    q.char_end = max(q.char_end, end)
    q.text = text[q.char_start:q.char_end]


def _grow_right(text, toks, j, q, T, year_at=frozenset()):
    """Scale words, units, ranges, rates and post-qualifiers after the core: the SUFFIX_RULES in order. ``year_at``:
    where a one-year time expression starts ('142 år 2019': 'år' belongs to the year, not to the number)."""
    if q.kind in ("ratio", "ordinal") or (q.kind == "number" and q.unit == "number"):
        return _grow_rate(text, toks, j, q, T)
    if j < len(toks) and "\n" in text[q.char_end:toks[j].start] and _TABLE_LINES.search(text):
        toks = toks[:j]         # a table's last cell on a line: the next line's label is not its noun or rate
    is_word = q.kind == "word"
    q.kind = None if q.kind in ("word", "number") else q.kind
    for rule in SUFFIX_RULES:
        j = rule.read(text, toks, j, q, T, is_word, year_at)
        if q.kind == "drop":
            break
    return j


def _range(text, toks, j, q, T, is_word, year_at):
    """'2–3 procent', '10-15 %': a rising pair of digits is a range ('12\\t–\\t14' is a missing table cell)."""
    if j + 1 < len(toks) and toks[j].text in ("–", "-", "—") and toks[j + 1].is_num and not is_word \
            and not _CELL_GAP.search(text, toks[j - 1].end, toks[j + 1].start):
        high = parse_digits(toks[j + 1].text)
        if high is not None and high > (q.value or 0):
            q.low, q.high, q.value = q.value, high, None
            j += 2
            _extend(text, q, toks[j - 1].end)
    return j


def _prior_before_unit(text, toks, j, q, T, is_word, year_at):
    """'201 (171) mkr', '−54 (−212) Mkr': a prior-period figure between the number and its unit."""
    signed = j + 3 < len(toks) and toks[j + 1].text in ("−", "-", "+") and toks[j + 1].end == toks[j + 2].start
    n = j + 1 + signed                            # '−54 (−212) Mkr': a signed prior
    if n + 1 < len(toks) and toks[j].text == "(" and toks[n].is_num and toks[n + 1].text == ")" and not is_word:
        prior = parse_digits(toks[n].text)
        q.prior_value = -prior if signed and prior is not None and toks[j + 1].text != "+" else prior
        j = n + 2
        _extend(text, q, toks[j - 1].end)
    return j


def _glued_scale(text, toks, j, q, T, is_word, year_at):
    """'100k', '1,2M': a scale letter glued to the digits."""
    if j < len(toks) and not is_word and toks[j].start == toks[j - 1].end and toks[j].text in T.glued_scales \
            and (j + 1 >= len(toks) or not toks[j + 1].text[0].isalpha() or toks[j + 1].start > toks[j].end):
        q.scale_text = toks[j].text
        _apply_scale(q, T.glued_scales[toks[j].text])
        j += 1
        _extend(text, q, toks[j - 1].end)
    return j


def _scale_word(text, toks, j, q, T, is_word, year_at):
    """'3 miljoner', '1,5 miljarder' (not 'tusen' after a number word: 'tre tusen' is one number word run)."""
    if j < len(toks) and toks[j].low in T.scales:
        hit = _match_phrase(text, toks, j, T.scales, max_len=1)
        if hit and not (toks[j].low in ("tusen",) and is_word):
            j2, scale, key = hit
            q.scale_text = text[toks[j].start:toks[j2 - 1].end]
            _apply_scale(q, scale)
            j = j2
            _extend(text, q, toks[j - 1].end)
    return j


def _unit(text, toks, j, q, T, is_word, year_at):
    """'procent', 'Mkr', 'kvadratmeter', also past 'senaste'/'första' ('våra fyra senaste år'); not 'år' before a
    year ('142 år 2019') nor after a year-sized number. A unit written twice and a prior-period figure after the
    unit go with it."""
    hit = _match_unit(text, toks, j, T) if j < len(toks) else None
    if hit is None and j + 1 < len(toks) and toks[j].low in T.unit_skip:
        later = _match_unit(text, toks, j + 1, T)
        if later and later[1].kind == "duration":
            hit = later
    if hit is None:
        return j
    j2, unit = hit
    if (unit.kind == "duration" and toks[j].low in T.year_words and (q.value or q.high or 0) >= 1000 and q.scale_text is None) \
            or toks[j].start in year_at \
            or unit.kind == "duration" and j2 == j + 1 and toks[j].low in T.definite_durations and q.kind != "ordinal":
        return j                        # '147,1 månaden innan': the month referred to, not a duration
    q.unit, q.kind, q.unit_text = unit.unit, unit.kind, text[toks[j].start:toks[j2 - 1].end]
    _apply_scale(q, unit.scale)
    j = j2
    _extend(text, q, toks[j - 1].end)
    j = _unit_again(text, toks, j, q, unit, T)
    return _prior_after_unit(text, toks, j, q)


def _unit_again(text, toks, j, q, unit, T):
    """A unit written twice ('970 Mkr kronor', '76,7% procent') is one quantity."""
    again = _match_unit(text, toks, j, T) if j < len(toks) else None
    if again and again[1].kind == unit.kind and again[1].unit == unit.unit:
        j = again[0]
        _extend(text, q, toks[j - 1].end)
    return j


def _prior_after_unit(text, toks, j, q):
    """'312 MSEK (276)', '(−12)': the prior-period figure after the unit, in the same scale (a footnote is far smaller)."""
    signed = j + 3 < len(toks) and toks[j + 1].text in ("−", "-", "+") and toks[j + 1].end == toks[j + 2].start
    n = j + 1 + signed
    if q.prior_value is None and n + 1 < len(toks) and toks[j].text == "(" and toks[n].is_num and toks[n + 1].text == ")":
        prior = parse_digits(toks[n].text)
        if prior and signed and toks[j + 1].text != "+":
            prior = -prior
        v = q.value if q.value is not None else 0
        if prior and v and 0.1 <= abs(v / (prior * q.applied_scale)) <= 10:
            q.prior_value = prior * q.applied_scale
            j = n + 2
            _extend(text, q, toks[j - 1].end)
    return j


def _pieces(text, toks, j, q, T, is_word, year_at):
    """'12 st', '5 stycken': a count of pieces."""
    if q.kind is None and j < len(toks) and toks[j].low in T.pieces:
        j += 1
        _extend(text, q, toks[j - 1].end)
        q.kind, q.unit = "count", "count"
    return j


def _prefix_currency(text, toks, j, q, T, is_word, year_at):
    """'$5', '€ 10', 'EUR 20', 'Rs. 20': a currency written before the number."""
    if q.unit is None and q.core_start > 0:
        lead = max(0, q.core_start - 12)
        m = T.prefix_re.search(text[lead:q.core_start])
        if m:
            surface = m.group(0).rstrip(" \u00a0")
            u = T.prefix_units[surface]
            q.unit, q.kind, q.unit_text = u.unit, u.kind, surface
            _apply_scale(q, u.scale)
            q.char_start = lead + m.start()
            q.text = text[q.char_start:q.char_end]
    return j


def _figure_before(before: str, T) -> bool:
    """Whether the text before a comparison cue states a figure: digits, or a number word above one."""
    return any(c.isdigit() for c in before) or any((T.numbers.cardinal(w.lower()) or 0) > 1
                                                    for w in re.findall(r"[^\W\d_]+", before))


def _number_word_count(text, toks, j, q, T, is_word, year_at):
    """A number word without unit ('tre nya skolor') counts the noun after it; alone ('alla tre') it states no figure
    and is dropped, unless it is large, signed, follows a group word ('övriga fyra har lindrigare skador') or a
    comparison cue after a figure ('jämfört med tre'), or comes before 'fler'/'färre' ('sex fler än i fjol')."""
    if q.kind is not None or not (is_word and (q.value or 0) < 1000 and q.scale_text is None):
        return j
    entity, _ = _entity_after(text, toks, j, T)
    lead = _LAST_WORD.search(text, max(0, q.core_start - 30), q.core_start)
    group = lead is not None and lead.group(1).lower() in T.partitive["leads"]
    if entity is None and not group:             # 'Sju företag …, jämfört med tre i november i fjol'
        cue = T.compared_word.search(text, max(0, q.core_start - 24), q.core_start)
        group = cue is not None and _figure_before(text[:cue.start()], T)
    if entity is None and not group and j < len(toks) and toks[j].low in T.count_comparatives:
        group = True                             # '412 föreningar, sex fler än ett år tidigare': a difference
    if entity is None and (q.value or 0) < T.bare_word_figure_from and not _sign_before(text, q.core_start, T) \
            and not group:
        q.kind = "drop"
        return j
    q.kind, q.unit, q.entity = "count", "count", entity
    return j


def _scaled_count(text, toks, j, q, T, is_word, year_at):
    """'3 miljoner invånare' counts the noun; a scaled amount without one ('1 miljard mot ...') needs the
    document's unit."""
    if q.kind is None and q.scale_text is not None:
        entity, _ = _entity_after(text, toks, j, T)
        if entity:
            q.kind, q.unit, q.entity = "count", "count", entity
        else:
            q.kind, q.unit, q.needs_unit = "number", "number", True
    return j


def _digit_count(text, toks, j, q, T, is_word, year_at):
    """A whole number without unit is a count ('250 lärare'); a decimal a number, or an average count of what it names
    ('12,1 elever per lärare', 'omkom 4,6 personer')."""
    if q.kind is not None:
        return j
    v = q.value if q.value is not None else q.high
    integral = "," not in (q.value_text or "") and v is not None and float(v).is_integer()
    entity, j_ent = _entity_after(text, toks, j, T)
    if integral or entity and _ends_noun_phrase(toks, j_ent, T):
        q.kind, q.unit, q.entity = "count", "count", entity     # '4,6 personer i länet': an average count
    else:
        q.kind, q.unit = "number", "number"
    return j


def _ends_noun_phrase(toks, j: int, T) -> bool:
    """After a decimal, the word read as its noun ends the phrase ('4,6 personer i länet', '12,1 elever per lärare',
    '2,2 patienter.'), unlike a word that goes on ('2,5 förra året', '3,8 enligt eleverna')."""
    return j >= len(toks) or not toks[j].low.isalpha() or toks[j].low in T.noun_followers


def _post_qualifier(text, toks, j, q, T, is_word, year_at):
    """'10 procent eller mer', '5 000 kronor som mest': a bound written after the figure."""
    if j < len(toks):
        hit = _match_phrase(text, toks, j, T.qual_after, max_len=3)
        if hit:
            j2, bound, key = hit
            q.bound, q.qualifier = bound, key
            j = j2
            _extend(text, q, toks[j - 1].end)
    return j


def _rate(text, toks, j, q, T, is_word, year_at):
    """'per år', 'i månaden', 'per elev': what the figure is a rate of."""
    return _grow_rate(text, toks, j, q, T)


SUFFIX_RULES = (
    R("range", _range, None,
      (("Priset steg 2–3 procent.", "2–3 procent", None, "percent"),)),
    R("prior before unit", _prior_before_unit, None,
      (("Rörelseresultatet blev 201 (171) mkr.", "201", 201e6, "SEK"),)),
    R("glued scale", _glued_scale, None,
      (("Klippet fick 100k visningar.", "100k", 100000.0, "count"),)),
    R("scale word", _scale_word, None,
      (("Staden har 3 miljoner invånare.", "3 miljoner", 3e6, "count"),)),
    R("unit", _unit, None,
      (("Räntan är 4 procent.", "4 procent", 4.0, "percent"),
       ("Under våra fyra senaste år har vi byggt mycket.", "fyra senaste år", 4.0, "year"),
       ("Resultatet blev 312 MSEK (276) i år.", "312 MSEK", 312e6, "SEK"))),
    R("pieces", _pieces, None,
      (("Vi köpte 12 st datorer.", "12 st", 12.0, "count"),)),
    R("prefix currency", _prefix_currency, None,
      (("Biljetten kostar $5 i dag.", "$5", 5.0, "USD"),)),
    R("number word count", _number_word_count, None,
      (("Vi träffade alla fem i går.", None, None, None),
       ("De två var eniga om beslutet.", None, None, None))),
    R("scaled count", _scaled_count, None,
      (("Projektet kostar 3 miljoner enligt kalkylen.", "3 miljoner", 3e6, "number"),)),
    R("digit count", _digit_count, None,
      (("I snitt går 12,1 elever per lärare.", "12,1", 12.1, "count"),
       ("Räntan blev 2,5 till slut.", "2,5", 2.5, "number"))),
    R("post-qualifier", _post_qualifier, None,
      (("Priset stiger 10 procent eller mer.", "10 procent eller mer", 10.0, "percent"),)),
    R("rate", _rate, None,
      (("Vi tar 25 kronor per kilo.", "25 kronor per kilo", 25.0, "SEK"),
       ("Han tränar tre timmar i veckan.", "tre timmar i veckan", 3.0, "hour"))),
)


def _grow_rate(text, toks, j, q, T):
    if q.entity and j + 1 < len(toks) and toks[j].text == q.entity:
        hit = _match_phrase(text, toks, j + 1, T.rates_after, max_len=3)     # '14 500 fordon per dygn'
        if hit:
            q.per = hit[1]
            return j
        if toks[j + 1].low == "per" and j + 2 < len(toks) and toks[j + 2].low.isalpha() \
                and toks[j + 2].low not in T.not_nouns and toks[j + 2].low not in T.not_per and len(toks[j + 2].low) > 2:
            q.per = _per_of(text, toks, j + 2, T)            # '9 850 åskådare per match', '3 200 kilo per hektar'
            return j
    if j < len(toks) and q.kind == "duration":           # 'tre timmar i veckan'
        hit = _match_phrase(text, toks, j, T.rates_after, max_len=3)
        if hit is None and toks[j].low in T.count_comparatives_all and j + 1 < len(toks):
            comp = _match_phrase(text, toks, j + 1, T.rates_after, max_len=3)
            if comp and comp[1] != q.unit:               # 'öppet 6 timmar mer i veckan': the rate after the comparative
                q.per = comp[1]
                return j
        if hit and hit[1] != q.unit:
            q.per = hit[1]
            _extend(text, q, toks[hit[0] - 1].end)
            return hit[0]
        if (q.unit_text or "").endswith(T.genitive_suffixes):     # a genitive: '30 minuters promenad per dag'
            for k in (j + 1, j + 2):
                if k < len(toks) and all(t.low.isalpha() for t in toks[j:k]):
                    hit = _match_phrase(text, toks, k, T.rates_after, max_len=3)
                    if hit and hit[1] != q.unit:
                        q.per = hit[1]
                        break
    if j < len(toks) and q.kind != "duration":
        hit = _match_phrase(text, toks, j, T.rates_after, max_len=3)
        if hit is None and toks[j].low in T.count_comparatives_all and j + 1 < len(toks) \
                and q.kind not in ("percent", "percentage_point"):      # '40 procent mer per invånare … än': no rate
            comp = _match_phrase(text, toks, j + 1, T.rates_after, max_len=3)
            if comp:                                 # '610 kronor mer per år': the rate after the comparative
                q.per = comp[1]
                return j
        if hit:
            j2, per, key = hit
            q.per = per
            j = j2
            _extend(text, q, toks[j - 1].end)
        elif toks[j].low in ("per", "/") and j + 1 < len(toks) and toks[j + 1].low.isalpha() \
                and (toks[j].low == "per" or toks[j + 1].start == toks[j].end):
            k = _past_modifier(toks, j + 1, T) if toks[j].low == "per" else j + 1
            unit = _match_unit(text, toks, k, T)               # 'per kWh', '/liter', 'per elev'
            if toks[k].low in T.per_nouns:
                q.per, j = T.per_nouns[toks[k].low], k + 1     # 'per plats' -> place, 'per fat' -> barrel
            elif unit:
                q.per, j = unit[1].unit, unit[0]
            elif toks[k].low not in T.not_nouns and toks[k].low not in T.not_per and len(toks[k].low) > 2:
                q.per, j = toks[k].low, k + 1
            else:
                return j
            _extend(text, q, toks[j - 1].end)
    return j


def _past_modifier(toks, k: int, T) -> int:
    """The index of the denominator's noun: past a participle or adjective standing before it ('per listad
    patient', 'per såld lägenhet'; rates.json denominator_modifiers)."""
    return k + 1 if toks[k].low in T.per_modifiers and k + 1 < len(toks) and toks[k + 1].low.isalpha() else k


def _per_of(text: str, toks, k: int, T) -> str:
    """The denominator a noun after 'per' names: the lexicon's name for it (rates.json denominators: 'plats' ->
    'place'), else the unit it is ('hektar' -> 'ha'), else the noun itself."""
    k = _past_modifier(toks, k, T)
    if toks[k].low in T.per_nouns:
        return T.per_nouns[toks[k].low]
    unit = _match_unit(text, toks, k, T)
    return unit[1].unit if unit else toks[k].low


def _apply_scale(q, scale):
    if scale == 1:
        return
    q.applied_scale *= scale
    for attr in ("value", "low", "high", "prior_value"):
        v = getattr(q, attr)
        if v is not None:
            setattr(q, attr, round(v * scale, 6) if scale < 1 else v * scale)


def _entity_after(text, toks, j, T):
    """The counted noun after a number ('8 nya företag' -> 'företag') or None."""
    part = T.partitive
    if j + 1 < len(toks) and toks[j].low == T.ratio_link and toks[j + 1].low in part["determiners"] \
            and (j == 0 or toks[j - 1].low not in T.articles):      # 'Två av de skadade', not 'en av de största'
        if toks[j + 1].low in part["pronouns"]:
            return toks[j + 1].text, j + 2                          # 'tre av dem'
        k = j + 2
        while k + 1 < len(toks) and T.superlative_re.match(toks[k].low) and toks[k + 1].low.isalpha():
            k += 1                                                  # 'två av de största bolagen'
        if k < len(toks) and toks[k].low.isalpha() and len(toks[k].low) >= 3 and toks[k].low not in T.finite:
            return toks[k].text, k + 1
        return None, j
    k = j
    while k < len(toks) and k < j + 4:
        t = toks[k]
        if not t.low.isalpha():
            return None, j
        if t.low in T.nominal and (k + 1 >= len(toks) or not toks[k + 1].low.isalpha() or toks[k + 1].low in T.finite
                                      or toks[k + 1].low in T.noun_followers           # '0,7 anställda per boende'
                                      or toks[k + 1].low.endswith(T.verb_suffixes) and len(toks[k + 1].low) > 4):
            return t.text, k + 1                     # '2,8 miljoner anställda.', 'Ett hundratal anställda berörs': no noun follows
        if t.low in T.skip or (t.low.endswith(T.adj_suffixes) and k + 1 < len(toks) and toks[k + 1].low.isalpha()
                                   and toks[k + 1].low not in T.not_nouns):
            k += 1
            continue
        if t.low in T.not_nouns or t.low in T.not_counted \
                or t.text[0].isupper() and k == j and len(t.text) > 1 and t.text.isupper():
            return None, j
        if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].low.isalpha() \
                and t.end == toks[k + 1].start and toks[k + 1].end == toks[k + 2].start and len(toks[k + 2].low) >= 3:
            return text[t.start:toks[k + 2].end], k + 3   # a hyphenated compound: '1,2 miljoner tv-tittare'
        if len(t.low) < 3 or T.numbers.cardinal(t.low) is not None:
            return None, j
        return t.text, k + 1
    return None, j


_NAME_WITH_NUMBER = re.compile(r"[^\W\d_]-$")      # 'covid-19', 'SE-3': a number hyphened to a word is part of a name


def _grow_left(text, toks, i, q, T):
    """Bounds ('ca', 'över', 'mer än') and signs before the core."""
    k = i
    if k > 0 and toks[k - 1].text in ("+", "−", "-", "–") and q.value is not None and toks[k - 1].end == toks[k].start:
        before = toks[k - 2] if k >= 2 else None
        cell = before is not None and _CELL_GAP.search(text, before.end, toks[k - 1].start) is not None   # '7 215\t+2 %'
        named = before is not None and before.is_num and before.end < toks[k - 1].start \
            and _NAME_WITH_NUMBER.search(text, 0, before.start) is not None    # 'covid-19 −8 fall': a name's number
        if before is None or not before.is_num and before.text not in (")",) or cell or named:
            spaced_word = before is not None and before.low.isalpha() and before.end < toks[k - 1].start   # 'och –1,6 procent'
            if toks[k - 1].text in ("−", "-") or (toks[k - 1].text == "–" and (before is None or not before.low.isalpha()
                                                                               or spaced_word)):
                if toks[k - 1].text != "–" or before is None or before.text in ("(", ":", ",") or cell or spaced_word:
                    q.value = -q.value
                    q.char_start = toks[k - 1].start
                    k -= 1
            elif toks[k - 1].text == "+":
                q.char_start = toks[k - 1].start
                k -= 1
            if k < i and not cell and before is not None and before.text != "|" and q.kind == "count" \
                    and q.unit_text is None and q.entity is None:
                q.kind = q.unit = "number"      # 'Nettotalet blev +9': a signed level with no noun is a balance
    if k > 0 and toks[k - 1].low in T.sign_words and q.value is not None:
        q.value *= T.sign_words[toks[k - 1].low]
        q.char_start = toks[k - 1].start
        k -= 1
    if q.unit == "ratio" and q.value is not None and q.value < 0:
        q.kind = q.unit = "number"              # '-4/5': a signed fraction is a number, not a proportion
    hit = _match_before(text, toks, k, T.qual_before)
    price = T.price_from
    if hit is None and price and k >= 2 and toks[k - 1].low == price["word"] and toks[k - 2].low in price["after"]:
        q.bound, q.qualifier, q.char_start = price["bound"], toks[k - 1].text, toks[k - 1].start   # 'kostar från 95 kronor'
    if hit and q.kind not in ("ordinal",):
        k2, bound, key = hit
        if bound:
            if q.bound == "exact" or q.qualifier is None:
                q.bound, q.qualifier = _negated(toks, k2, bound, T), text[toks[k2].start:toks[k - 1].end]
                q.char_start = toks[k2].start
    # 'mellan 10 och 20 procent' is read by _share_units; keep the text tidy here
    q.text = text[q.char_start:q.char_end]


def _negated(toks, k: int, bound: str, T: QuantityTables) -> str:
    """'Ingen betalar mer än 1 200 kronor': a negation shortly before a 'more/less than' qualifier, in its clause, turns
    the bound round (qualifiers.json 'negated'; a clause word such as 'att' or 'som' ends the search)."""
    neg = T.negated
    if not neg or bound not in neg["flip"]:
        return bound
    before, stops = [], neg.get("clause_stops", ())
    for t in reversed(toks[:k]):                # the words of the clause before the qualifier, nearest first
        if not t.low.isalpha() or len(before) == neg["max_words"] or t.low in stops:
            break
        before.append(t.low)
    return neg["flip"][bound] if any(w in neg["words"] for w in before) else bound


def _difference_of(text, a, b, T: QuantityTables) -> bool:
    """'14 900, cirka 4 procent fler än året innan': a figure after a comma with 'fler'/'färre' after it is the
    difference from the one before, no member of a list sharing its unit."""
    after = text[b.char_end:b.char_end + 12].lower().split()
    return "," in text[a.char_end:b.char_start] and bool(after) and after[0].strip(",.") in T.count_comparatives


def _share_units(text, qs, T: QuantityTables):
    """A unit shared across a coordination applies to every member ('11 respektive 4 procentenheter',
    'mellan 10 och 20 procent', '22 Mkr, 2019 71 Mkr'); 'mellan X och Y' makes a range."""
    connector, qualifier_link, range_open, range_link, baseline_gap = (T.connector, T.qualifier_link, T.range_open,
                                                                       T.range_link, T.baseline_gap)
    word_range = T.word_range_re
    for a_i in range(len(qs) - 2, -1, -1):
        a, b = qs[a_i], qs[a_i + 1]
        gap = text[a.char_end:b.char_start]
        if not connector.match(gap):
            continue
        in_range = a.kind == "drop" and (word_range.match(gap) is not None or (                 # 'åtta till tio procent'
            range_link.fullmatch(gap) is not None and text[:a.char_start].lower().rstrip().endswith(range_open)))
        if a.unit_text is None and a.entity is None and (b.unit_text is not None or b.unit_shared) \
                and (a.kind in ("count", "number") or in_range) and b.kind not in ("count", "number", "drop") \
                and not _difference_of(text, a, b, T):
            if a.applied_scale == 1 and _scale_fits(a, b):          # '2 till 3 miljoner kronor', not '470000 till 1,2 milj kr'
                _apply_scale(a, b.applied_scale)
            a.unit, a.kind, a.per, a.needs_unit, a.unit_shared = b.unit, b.kind, a.per or b.per, False, True
        elif a.kind == "word" or a.kind == "drop":
            continue
        elif a.kind in ("count", "number") and b.kind in ("count", "number") and a.entity is None and a.unit_text is None \
                and a.applied_scale == 1 and a.scale_text is None and b.scale_text and b.applied_scale != 1 \
                and _from_to(text, a, gap, T) and _scale_fits(a, b):
            _apply_scale(a, b.applied_scale)          # 'från 7 till 90 miljoner': 7 is 7 million
        if a.qualifier and not b.qualifier and qualifier_link.match(gap) and (a.unit == b.unit or b.unit_shared):
            b.bound, b.qualifier = a.bound, a.qualifier
    # '201 mkr mot 324': a bare baseline figure takes the unit of the figure it is compared with
    for a, b in zip(qs, qs[1:]):
        if b.unit_text is None and b.entity is None and b.kind in ("count", "number") and a.unit_text is not None \
                and a.kind not in ("count", "number", "ratio", "ordinal") and baseline_gap.match(text[a.char_end:b.char_start]):
            if b.applied_scale == 1:
                _apply_scale(b, a.applied_scale)
            b.unit, b.kind, b.needs_unit, b.unit_shared = a.unit, a.kind, False, True
    # 'mellan X och Y': one range quantity
    merged = []
    skip = set()
    for idx, q in enumerate(qs):
        if idx in skip:
            continue
        if idx + 1 < len(qs):
            nxt = qs[idx + 1]
            before = text[max(0, q.char_start - len(range_open) - 2):q.char_start].lower()
            if before.rstrip().endswith(range_open) and range_link.fullmatch(text[q.char_end:nxt.char_start]) \
                    and q.unit == nxt.unit and q.value is not None and nxt.value is not None:
                start = text.lower().rfind(range_open, 0, q.char_start)
                if q.applied_scale == 1 and nxt.applied_scale != 1 and q.scale_text is None and _scale_fits(q, nxt):
                    _apply_scale(q, nxt.applied_scale)            # 'mellan 36 och 66 miljoner'
                nxt.low, nxt.high, nxt.value = min(q.value, nxt.value), max(q.value, nxt.value), None   # 'mellan −12 och −15 grader'
                nxt.char_start, nxt.core_start = start, start
                nxt.text = text[start:nxt.char_end]
                merged.append(nxt)
                skip.add(idx + 1)
                continue
        merged.append(q)
    qs[:] = merged


def _from_to(text: str, a, gap: str, T: QuantityTables) -> bool:
    """Whether ``a`` opens a 'från X till Y' pair (change.json from_words, to_words)."""
    before = _LAST_WORD.search(text, max(0, a.char_start - 30), a.char_start)
    return gap.strip().lower() in T.to_words and before is not None and before.group(1).lower() in T.from_words


def _scale_fits(a, b) -> bool:
    """Whether b's scale belongs to a bare a too: scaled, a stays within a factor 100 of b ('mellan 36 och 66 miljoner')."""
    if a.value is None or b.value is None or not b.value:
        return True
    return 0.01 <= abs(a.value * b.applied_scale / b.value) <= 100


def _bracketed_change(text, qs):
    """'18,1 procent (−0,9)': a signed bare figure in brackets after a percentage is its change in percentage points
    (opinion polls, rates); an unsigned one is the prior period's figure and is read with the amount."""
    for a, b in zip(qs, qs[1:]):
        if a.kind == "percent" and b.unit_text is None and b.kind in ("number", "count") and b.text[:1] in "+−-" \
                and text[a.char_end:b.char_start].strip() == "(" and text[b.char_end:b.char_end + 1] == ")":
            b.unit, b.kind, b.entity = "percentage_point", "percentage_point", None


_PRIOR_BRACKET = re.compile(r"\(\s*(?P<fig>[+−-]?\s?\d[\d \u00a0\u202f,.]*?)\s*\)")


def _split_prior(text, qs):
    """'335 (303) Mkr', '1 742 MSEK (1 613)': the bracketed prior-period figure is a record of its own (CONTRACT:
    brackets), in the unit and scale of the figure before it; that figure's span ends before the bracket."""
    out = []
    for q in qs:
        out.append(q)
        if q.prior_value is None:
            continue
        m = _PRIOR_BRACKET.search(text, q.core_start, q.char_end)
        if not m:
            continue
        q.prior_text = m.group(0)
        p = Quantity(text=m.group("fig"), char_start=m.start("fig"), char_end=m.end("fig"), value=q.prior_value,
                     unit=q.unit, kind=q.kind, unit_text=q.unit_text, per=q.per, value_text=m.group("fig"),
                     scale_text=q.scale_text, core_start=m.start("fig"), core_end=m.end("fig"), unit_shared=True,
                     applied_scale=q.applied_scale, prior_of=q)
        end = m.start()
        while end > q.char_start and text[end - 1].isspace():
            end -= 1
        q.char_end = end
        q.core_end = min(q.core_end, end)
        q.text = text[q.char_start:end]
        out.append(p)
    qs[:] = out


_END_OF_CLAUSE = re.compile(r"\)\s*(?:[.;:,!?]|$)")
_BRACKET_LABEL = re.compile(r"\(\s*(?:\d{4}(?:/\d{2})?|[^\W\d_]+)\s*:\s*$")   # '(2024: ', '(fjol: 
_SENTENCE_MARK = re.compile(r"[.;:!?]\s")


def _clause_end_prior(text, qs, T):
    """'8,7 procent var inskrivna som arbetslösa (7,6).', 'Sammanlagt 14 382 personer (12 278).': a bare figure in
    brackets closing the clause is the prior-period figure of the clause's figure before it of a like size (the
    nearest one within a factor 10; a figure of another size between, '… i 12 månader eller mer (5 214)', is passed
    over), in its unit and scale (CONTRACT: brackets). Not after a comparison ('lägre än genomsnittet för
    jämförbara kommuner (12 870)'): there the bracket gives the compared one's figure, of the same time."""
    for k, b in enumerate(qs):
        if b.prior_of is not None or b.unit_text or b.entity or b.kind not in ("number", "count") or b.value is None \
                or not _END_OF_CLAUSE.match(text, b.char_end):
            continue
        label = None if text[b.char_start - 1:b.char_start] == "(" else \
            _BRACKET_LABEL.search(text, max(0, b.char_start - 12), b.char_start)             # '(2024: 1 071)'
        opening = label.start() if label else b.char_start - 1 if text[b.char_start - 1:b.char_start] == "(" else None
        if opening is None:
            continue
        for a in reversed(qs[:k]):
            if _SENTENCE_MARK.search(text, a.char_end, opening):
                break
            if a.value in (None, 0):
                continue                            # a range between ('18–24 år') is passed over
            if T.compared_in.search(text, a.char_end, opening):
                if 0.1 <= abs(a.value / (b.value * a.applied_scale or 1)) <= 10:     # the compared one's figure, alike
                    b.value, b.unit, b.kind, b.per, b.scale_text = b.value * a.applied_scale, a.unit, a.kind, a.per, a.scale_text
                    b.unit_shared, b.applied_scale = True, a.applied_scale
                break
            scaled = b.value * a.applied_scale
            if a.prior_value is None and a.prior_of is None and 0.1 <= abs(a.value / scaled) <= 10:
                a.prior_value, a.prior_text = scaled, text[opening:b.char_end + 1]
                b.value, b.unit, b.kind, b.per, b.scale_text = scaled, a.unit, a.kind, a.per, a.scale_text
                b.unit_shared, b.applied_scale, b.prior_of = True, a.applied_scale, a
                break


def _join_durations(text, qs, T):
    """'1 timme och 5 minuter', '3 tim 52 min': a duration and one in its next smaller unit are one duration in the
    smaller unit (numbers.json duration_parts); '1 minut och 12 sekunder': seconds are minutes scaled by 1/60 (the
    contract has no seconds), so a part in a scaled-down unit of the same code adds to it (1.2 minutes)."""
    k = 0
    while k + 1 < len(qs):
        a, b = qs[k], qs[k + 1]
        joinable = a.kind == b.kind == "duration" and a.value is not None and b.value is not None \
            and b.bound == "exact" and not a.per and not b.per \
            and text[a.char_end:b.char_start].lower().split() in ([], [T.subunit_link])
        part = T.duration_parts.get(a.unit) if joinable else None
        if part and b.unit == part[0] and 0 <= b.value < part[1]:
            a.value = a.value * part[1] + b.value
            a.unit, a.unit_text = b.unit, b.unit_text
            _extend(text, a, b.char_end)
            del qs[k + 1]
        elif joinable and b.unit == a.unit and b.applied_scale < a.applied_scale and 0 <= b.value < a.applied_scale:
            a.value = round(a.value + b.value, 6)
            _extend(text, a, b.char_end)
            del qs[k + 1]
        k += 1


def _join_subunits(text, qs, T):
    """'2 kronor och 23 öre', 'två kronor 23 öre': an amount and its minor unit are one amount (2.23 SEK)."""
    k = 0
    while k + 1 < len(qs):
        a, b = qs[k], qs[k + 1]
        if a.kind == b.kind == "money" and a.unit == b.unit and a.applied_scale == 1 and b.applied_scale < 1 \
                and a.value is not None and b.value is not None and 0 <= b.value < 1 and a.bound == b.bound == "exact" \
                and text[a.char_end:b.char_start].lower().split() in ([], [T.subunit_link]):
            a.value = round(a.value + b.value, 6)
            _extend(text, a, b.char_end)
            del qs[k + 1]
        k += 1
