"""Reading Swedish numerals: digits as Swedes write them and number words of any length.

Digits: thousands grouped by space, NBSP, thin space or dot ('1 250', '73.031'),
decimal comma ('79,4'). Words: compounds are written as one word in Swedish
('tjugotvå', 'etthundrasextioen', 'tvåtusentjugoett'), so they are parsed as a
small grammar over the atoms in ``numbers.json`` rather than looked up.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from . import lexicon

_GROUP_SEP = "(?:[ \u00a0\u202f\u2009]|\r?\n)"   # a single line break too: numbers split when tables are copied
DIGITS_RE = re.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:" + _GROUP_SEP + r"\d{3})+(?![\d])(?:,\d+)?"   # 1 250 / 685 624 / 1 250,5
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])"                                           # 73.031 (dot grouping)
    r"|\d+(?:,\d+)?"                                                           # 79,4 / 2019
    r"|(?<![\w)]),\d+(?!\d|[,.]\d))"                                            # ,77 (zero left out)
)


def parse_digits(text: str) -> float | None:
    """'1 250' -> 1250, '79,4' -> 79.4, '73.031' -> 73031; None when it is not a Swedish numeral."""
    t = re.sub(_GROUP_SEP, "", text.strip())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        t = t.replace(".", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", t):
        pass                                        # '2.5': a decimal point, as in copied English tables
    t = t.replace(",", ".")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) else None     # 309+ digits: no float holds it (issue 11)


@lru_cache(maxsize=1)
def _atoms():
    n = lexicon.load().numbers
    units = {k: v for k, v in n["units"].items() if 1 <= v <= 9}
    teens = {k: v for k, v in n["units"].items() if v >= 10 or v == 0}
    tens = dict(n["tens"])
    mult = dict(n["multipliers"])
    return units, teens, tens, mult


def _prefixes(word: str, table: dict):
    """Entries of table that word starts with, longest first."""
    return sorted(((k, v) for k, v in table.items() if word.startswith(k)), key=lambda kv: -len(kv[0]))


def _parse_below_thousand(word: str) -> list[tuple[int, str]]:
    """All (value, rest) readings of a prefix of word that is a number below 1000."""
    units, teens, tens, mult = _atoms()
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


@lru_cache(maxsize=4096)
def parse_number_word(word: str) -> int | None:
    """'tjugotvå' -> 22, 'etthundrasextioen' -> 161, 'tvåtusentjugoett' -> 2021, 'tusen' -> 1000.

    Returns None for anything that is not entirely a Swedish cardinal.
    """
    w = word.lower().replace("ettusen", "etttusen")   # 'ettusen', 'sjuttioettusen': 'ett'+'tusen' written with one t dropped
    if not w or not w.isalpha():
        return None
    units, teens, tens, mult = _atoms()
    # thousands: [below-thousand] 'tusen' [below-thousand]
    candidates: list[int] = []
    heads = [(v, rest) for v, rest in _parse_below_thousand(w)] + [(1, w)]
    for v, rest in heads:
        if rest.startswith("tusen"):
            after = rest[len("tusen"):]
            base = 1000 if rest is w else v * 1000
            if not after:
                candidates.append(base)
            for v2, r2 in _parse_below_thousand(after):
                if not r2:
                    candidates.append(base + v2)
        elif not rest and (v, rest) != (1, w):
            candidates.append(v)
    return max(candidates) if candidates else None


def is_number_word(word: str) -> bool:
    return parse_number_word(word) is not None


@lru_cache(maxsize=4096)
def parse_ordinal_word(word: str) -> int | None:
    """'tredje' -> 3, 'tjugofemte' -> 25, 'trettioförsta' -> 31, 'nittionde' -> 90; None if not an ordinal.

    Listed ordinals are looked up; a tens word followed by an ordinal below ten is composed.
    """
    n = lexicon.load().numbers
    w = word.lower()
    if w in n["ordinals"]:
        return n["ordinals"][w]
    for tens, value in n["tens"].items():
        if w.startswith(tens) and 1 <= n["ordinals"].get(w[len(tens):], 0) <= 9:
            return value + n["ordinals"][w[len(tens):]]
    # 'hundrade', 'tvåhundrade', 'etthundratjugofemte': a cardinal up to a multiplier, then 'de' or a smaller ordinal
    for mult, size in n["multipliers"].items():
        cut = w.rfind(mult) + len(mult)
        if cut > len(mult) - 1 and cut < len(w):
            head = parse_number_word(w[:cut])
            tail = 0 if w[cut:] == n["ordinal_multiplier_suffix"] else parse_ordinal_word(w[cut:])
            if head is not None and tail is not None and tail < size:
                return head + tail
    return None


@lru_cache(maxsize=4)
def ordinal_words(highest: int) -> dict[str, int]:
    """Every ordinal word up to ``highest`` (listed and composed), for patterns such as dates ('den tjugoförsta maj')."""
    n = lexicon.load().numbers
    words = {w: v for w, v in n["ordinals"].items() if v <= highest}
    words.update({t + w: tv + v for t, tv in n["tens"].items() for w, v in n["ordinals"].items()
                  if 1 <= v <= 9 and tv + v <= highest})
    return words
