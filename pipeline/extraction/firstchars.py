"""A regex led by a look-ahead for the characters its matches can start with, derived from the pattern itself.

Why: Python's regex engine tries a pattern that opens with a look-behind or a word list at every position of the
text; a leading character class it can test first (``(?=[0-9kK])``) lets it skip the positions no match starts at,
which is most of them. The time rules, the quantity protections and the other hot searches are compiled through
``with_first_chars``; the matches are the same (tests/test_time_rules.py and tests/test_quantities.py check them
against the plain patterns), only found faster. A pattern whose first characters cannot be bounded (``\\w``, a
negated class, one that can match empty) is left as it is.
"""
from __future__ import annotations

import re
import re._parser as _re_parser          # the parsed form of a pattern, for its first characters

_INLINE_I = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)]")

# Whether patterns get the look-ahead. Working it out parses each pattern once more (about 0.4 s for all of them at
# start-up): worth it for a batch, not for a one-shot command that reads a few lines (`quantities`, `times`), which
# turns it off before the first pattern is built. The matches are the same either way.
LOOK_AHEAD = True
_DIGIT = "\\d"          # the class member for ``\d`` itself: exact for every Unicode digit, not only 0-9


def with_first_chars(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` led by a look-ahead for its first characters when they can be bounded."""
    if not LOOK_AHEAD:
        return re.compile(pattern, flags)
    try:
        parsed = _re_parser.parse(pattern, flags)
        chars, nullable = _first_of(parsed)
    except Exception:            # noqa: BLE001  (a construct the analysis does not know: no look-ahead, same result)
        chars, nullable = None, True
    else:
        if _opens_with_a_character(parsed, flags):
            return re.compile(pattern, flags)
    if chars is None or nullable or not chars or pattern.startswith("(?") and pattern[2:3].isalpha() \
            or not flags & re.IGNORECASE and _INLINE_I.search(pattern) or flags & re.VERBOSE:
        return re.compile(pattern, flags)            # a leading global flag ('(?i)') must stay first; a case-blind
                                                     # group ('(?i:vi)') would want its case variants in the class;
                                                     # a verbose pattern's last comment would swallow the ')'
    cls = "".join(sorted(c if c == _DIGIT else re.escape(c) if c not in "-]\\^" else "\\" + c for c in chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def _opens_with_a_character(items, flags: int) -> bool:
    """Whether a pattern's first item consumes one character of a class or a literal ('[.!?]…', 'x…'), outside any
    repeat and case-blindness: the engine then skips to such characters itself in C, faster than a look-ahead tried at
    every position (segment._BOUNDARY and _GLUED are written so: the mark first, the look-behind after it)."""
    c = _re_parser
    while items:
        op, av = items[0]
        if op is not c.SUBPATTERN:
            return op in (c.IN, c.LITERAL) and not flags & re.IGNORECASE
        if av[1] & re.IGNORECASE:
            return False
        items = av[3]
    return False


def led(rx: re.Pattern) -> re.Pattern:
    """A compiled pattern again, through ``with_first_chars`` (same flags)."""
    return with_first_chars(rx.pattern, rx.flags) if isinstance(rx.pattern, str) else rx


def _first_of(items) -> tuple[set | None, bool]:
    """The characters a sequence of parsed regex items can start with (None: any), and whether it can match empty."""
    c = _re_parser
    acc: set = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                                         # zero-width: the next item starts the match
        if op is c.LITERAL:
            f, nullable = {chr(av)}, False
        elif op is c.IN:
            f, nullable = _class_chars(av), False
        elif op is c.BRANCH:
            parts = [_first_of(b) for b in av[1]]
            f = None if any(p[0] is None for p in parts) else set().union(*(p[0] for p in parts))
            nullable = any(p[1] for p in parts)
        elif op is c.SUBPATTERN:
            f, nullable = _first_of(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            f, nullable = _first_of(av[2])
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if f is None:
            return None, False
        acc |= f
        if not nullable:
            return acc, False
    return acc, True


def _class_chars(items) -> set | None:
    out: set = set()
    for op, av in items:
        if op is _re_parser.LITERAL:
            out.add(chr(av))
        elif op is _re_parser.RANGE and av[1] - av[0] < 128:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is _re_parser.CATEGORY and av is _re_parser.CATEGORY_DIGIT:
            out.add(_DIGIT)
        else:
            return None
    return out


def needed_strings(pattern: str, flags: int = 0) -> frozenset | None:
    """Lower-case strings one of which every match of ``pattern`` contains (compared with the lower case of the
    text, so also under ``re.I``), or None when the pattern names none: a text holding none of them cannot
    match, and a cheap ``in`` test spares the regex (a line-long '.*\\b(cookies?|kakor)\\b.*' backtracks over every
    character of every prose line)."""
    try:
        return _needs(_re_parser.parse(pattern, flags))
    except Exception:            # noqa: BLE001  (a construct the analysis does not know: no gate, same result)
        return None


def _needs(items) -> frozenset | None:
    """The most selective needed set of a sequence: a run of literals, or what a group, a branch (every
    alternative names one) or a repeat of at least one names; the set whose shortest string is longest wins."""
    c = _re_parser
    best, run = None, []
    for op, av in list(items) + [(None, None)]:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        cands = [frozenset(["".join(run)])] if run else []
        run = []
        if op is c.SUBPATTERN:
            cands.append(_needs(av[3]))
        elif op is c.BRANCH:
            parts = [_needs(b) for b in av[1]]
            cands.append(None if any(p is None for p in parts) else frozenset().union(*parts))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and av[0] >= 1:
            cands.append(_needs(av[2]))
        for cand in cands:
            if cand and all(cand) and (best is None or min(map(len, cand)) > min(map(len, best))):
                best = cand
    return best


def starts_bounded(pattern: str, flags: int = 0) -> bool:
    """Whether the characters a match of ``pattern`` can start with are known (a match attempt at a wrong character
    fails at once; one that may start anywhere, '.*…', is what ``needed_strings`` is for)."""
    try:
        chars, nullable = _first_of(_re_parser.parse(pattern, flags))
    except Exception:            # noqa: BLE001
        return False
    return bool(chars) and not nullable
