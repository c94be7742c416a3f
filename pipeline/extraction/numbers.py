"""Reading Swedish numerals: digits as Swedes write them and number words of any length.

Digits: thousands grouped by space, NBSP, thin space or dot ('1 250', '73.031'),
decimal comma ('79,4'). Words: compounds are written as one word in Swedish
('tjugotvå', 'etthundrasextioen', 'tvåtusentjugoett'), so they are parsed as a
small grammar over the atoms in ``numbers.json`` rather than looked up.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Callable

from pipeline import lexicon
from pipeline.lexicon import Lexicon

_GROUP_SEP = "(?:[ \u00a0\u202f\u2009]|\r?\n)"   # a single line break too: numbers split when tables are copied
DIGITS_RE = re.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:" + _GROUP_SEP + r"\d{3})+(?![\d])(?:,\d+)?"   # 1 250 / 685 624 / 1 250,5
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])"                                           # 73.031 (dot grouping)
    r"|\d+(?:,\d+)?"                                                           # 79,4 / 2019
    r"|(?<![\w)]),\d+(?!\d|[,.]\d))"                                            # ,77 (zero left out)
)


_GROUP_SEP_RE = re.compile(_GROUP_SEP)           # compiled once: parse_digits runs for every figure
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def parse_digits(text: str) -> float | None:
    """'1 250' -> 1250, '79,4' -> 79.4, '73.031' -> 73031; None when it is not a Swedish numeral."""
    t = _GROUP_SEP_RE.sub("", text.strip())
    if _DOT_GROUPED.fullmatch(t):
        t = t.replace(".", "")
    elif _DOT_DECIMAL.fullmatch(t):
        pass                                        # '2.5': a decimal point, as in copied English tables
    t = t.replace(",", ".")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) else None     # 309+ digits: no float holds it (issue 11)


@dataclass(frozen=True, eq=False)
class NumberWords:
    """numbers.json's number words as the parsers read them: the atoms of a cardinal (``units`` 1..9, ``teens``
    10..19 and zero, ``tens``), the ``multipliers``, the listed ``ordinals`` and the ending of an ordinal of a
    multiplier ('hundrade'). ``cardinal(word)`` and ``ordinal(word)`` are the parsers, each with a bounded cache
    of its own (they are asked about every word of a sentence)."""
    units: dict
    teens: dict
    tens: dict
    multipliers: dict
    ordinals: dict
    ordinal_multiplier_suffix: str
    cardinal: Callable[[str], int | None] = field(init=False, repr=False)
    ordinal: Callable[[str], int | None] = field(init=False, repr=False)
    _ordinal_words: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "cardinal", lru_cache(maxsize=4096)(partial(_parse_cardinal, self)))
        object.__setattr__(self, "ordinal", lru_cache(maxsize=4096)(partial(_parse_ordinal, self)))

    def ordinal_words(self, highest: int) -> dict[str, int]:
        """Every ordinal word up to ``highest`` (listed and composed), for patterns such as dates ('den tjugoförsta maj')."""
        words = self._ordinal_words.get(highest)
        if words is None:
            words = {w: v for w, v in self.ordinals.items() if v <= highest}
            words.update({t + w: tv + v for t, tv in self.tens.items() for w, v in self.ordinals.items()
                          if 1 <= v <= 9 and tv + v <= highest})
            self._ordinal_words[highest] = words
        return words


def number_words(lex: Lexicon) -> NumberWords:
    """The lexicon's number words (builder for ``Lexicon.derived``)."""
    n = lex.numbers
    return NumberWords(units={k: v for k, v in n["units"].items() if 1 <= v <= 9},
                       teens={k: v for k, v in n["units"].items() if v >= 10 or v == 0},
                       tens=dict(n["tens"]), multipliers=dict(n["multipliers"]), ordinals=dict(n["ordinals"]),
                       ordinal_multiplier_suffix=n["ordinal_multiplier_suffix"])


def _prefixes(word: str, table: dict):
    """Entries of table that word starts with, longest first."""
    return sorted(((k, v) for k, v in table.items() if word.startswith(k)), key=lambda kv: -len(kv[0]))


def _parse_below_thousand(nw: NumberWords, word: str) -> list[tuple[int, str]]:
    """All (value, rest) readings of a prefix of word that is a number below 1000."""
    units, teens, tens = nw.units, nw.teens, nw.tens
    results: list[tuple[int, str]] = []

    def tail(value: int, rest: str, allow_tens: bool):
        results.append((value, rest))
        if allow_tens:
            for k, v in _prefixes(rest, tens):
                r2 = rest[len(k):]
                results.append((value + v, r2))
                for k2, v2 in _prefixes(r2, units):
                    results.append((value + v + v2, r2[len(k2):]))
        for k, v in _prefixes(rest, teens):
            if v:
                results.append((value + v, rest[len(k):]))
        for k, v in _prefixes(rest, units):
            results.append((value + v, rest[len(k):]))

    # hundreds: [unit] 'hundra'
    for k, v in list(_prefixes(word, units)) + [("", 1)]:
        rest = word[len(k):]
        if rest.startswith("hundra"):
            tail(v * 100, rest[len("hundra"):], True)
    for k, v in _prefixes(word, tens):
        rest = word[len(k):]
        results.append((v, rest))
        for k2, v2 in _prefixes(rest, units):
            results.append((v + v2, rest[len(k2):]))
    for k, v in _prefixes(word, teens):
        results.append((v, word[len(k):]))
    for k, v in _prefixes(word, units):
        results.append((v, word[len(k):]))
    return results


def _parse_cardinal(nw: NumberWords, word: str) -> int | None:
    """'tjugotvå' -> 22, 'etthundrasextioen' -> 161, 'tvåtusentjugoett' -> 2021, 'tusen' -> 1000; None for anything
    that is not entirely a Swedish cardinal."""
    w = word.lower().replace("ettusen", "etttusen")   # 'ettusen', 'sjuttioettusen': 'ett'+'tusen' written with one t dropped
    if not w or not w.isalpha():
        return None
    # thousands: [below-thousand] 'tusen' [below-thousand]
    candidates: list[int] = []
    heads = [(v, rest) for v, rest in _parse_below_thousand(nw, w)] + [(1, w)]
    for v, rest in heads:
        if rest.startswith("tusen"):
            after = rest[len("tusen"):]
            base = 1000 if rest is w else v * 1000
            if not after:
                candidates.append(base)
            for v2, r2 in _parse_below_thousand(nw, after):
                if not r2:
                    candidates.append(base + v2)
        elif not rest and (v, rest) != (1, w):
            candidates.append(v)
    return max(candidates) if candidates else None


def _parse_ordinal(nw: NumberWords, word: str) -> int | None:
    """'tredje' -> 3, 'tjugofemte' -> 25, 'trettioförsta' -> 31, 'nittionde' -> 90; None if not an ordinal.
    Listed ordinals are looked up; a tens word followed by an ordinal below ten is composed."""
    w = word.lower()
    if w in nw.ordinals:
        return nw.ordinals[w]
    for tens, value in nw.tens.items():
        if w.startswith(tens) and 1 <= nw.ordinals.get(w[len(tens):], 0) <= 9:
            return value + nw.ordinals[w[len(tens):]]
    # 'hundrade', 'tvåhundrade', 'etthundratjugofemte': a cardinal up to a multiplier, then 'de' or a smaller ordinal
    for mult, size in nw.multipliers.items():
        cut = w.rfind(mult) + len(mult)
        if cut > len(mult) - 1 and cut < len(w):
            head = nw.cardinal(w[:cut])
            tail = 0 if w[cut:] == nw.ordinal_multiplier_suffix else nw.ordinal(w[cut:])
            if head is not None and tail is not None and tail < size:
                return head + tail
    return None


def parse_number_word(word: str, lex: Lexicon | None = None) -> int | None:
    """'tjugotvå' -> 22, 'etthundrasextioen' -> 161, 'tvåtusentjugoett' -> 2021, 'tusen' -> 1000.

    Returns None for anything that is not entirely a Swedish cardinal. (Callers that parse many words keep
    ``lex.derived(number_words).cardinal``.)
    """
    return (lex or lexicon.load()).derived(number_words).cardinal(word)


def is_number_word(word: str, lex: Lexicon | None = None) -> bool:
    return parse_number_word(word, lex) is not None


def parse_ordinal_word(word: str, lex: Lexicon | None = None) -> int | None:
    """'tredje' -> 3, 'tjugofemte' -> 25, 'trettioförsta' -> 31, 'nittionde' -> 90; None if not an ordinal."""
    return (lex or lexicon.load()).derived(number_words).ordinal(word)


def ordinal_words(highest: int, lex: Lexicon | None = None) -> dict[str, int]:
    """Every ordinal word up to ``highest`` (listed and composed), for patterns such as dates ('den tjugoförsta maj')."""
    return (lex or lexicon.load()).derived(number_words).ordinal_words(highest)
