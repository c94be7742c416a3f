"""The one definition of a word, a digit and a token that every module of the extraction wing uses.

A word is a run of letters (any alphabet, no digits, no underscore), so 'Malmö', 'naïve' and 'ökning' are
words and '2023' and 'km2' are not wholly. Cue words are matched on whole words (``words``), never on letters
inside another word. The tokenizer is light: one regex pass, a small slotted object per token, built once per
sentence by the quantity scanner. A sentence's lower case and words are read once (``sentence_lower``,
``sentence_words``, ``sentence_word_set``, cached by the sentence) for every module that gates on words: the time
rules, the quantity prefilter, the speaker patterns and the claim-type cues (speed: one reading, not four).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.numbers import DIGITS_RE

WORD = re.compile(r"[^\W\d_]+")                      # a word: letters only
HAS_DIGIT = re.compile(r"\d")
LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")           # the word right before a position (search with an end bound)
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")            # the word right after a position and white space (match there)
NAME_TOKEN = re.compile(r"[^\W\d_][\w-]*")           # a word that may carry digits or hyphens after its first letter
VULGAR = re.compile(r"[\u00bc-\u00be\u2150-\u215e]")  # '½', '⅔': one-character fractions
# Words first: most tokens are (a number starts with a digit or comma, so the order changes nothing). The leading
# look-ahead lets a scan step over white space without trying each alternative there (speed, same tokens).
TOKEN_RE = re.compile(r"(?=\S)(?:[^\W\d_]+|" + DIGITS_RE.pattern + r"|\S)")


def ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does ('.', '!', '?'), not as a title, caption or masthead line does."""
    return text.rstrip().endswith((".", "!", "?"))


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` in order."""
    return WORD.findall(text.lower())


_CACHED_CHARS = 2000        # a longer text (a segment that is not a sentence) is read afresh: memory stays bounded


def sentence_lower(text: str) -> str:
    """A sentence in lower case, made once for every module that reads it (cached by the sentence)."""
    return _lower(text) if len(text) <= _CACHED_CHARS else text.lower()


def sentence_words(text: str) -> tuple[str, ...]:
    """``words(text)`` of a sentence, read once for every module that reads it (cached by the sentence)."""
    return _words(text) if len(text) <= _CACHED_CHARS else tuple(WORD.findall(text.lower()))


def sentence_word_set(text: str) -> frozenset:
    """The set of ``sentence_words``: what cue-word gates test against."""
    return _word_set(text) if len(text) <= _CACHED_CHARS else frozenset(WORD.findall(text.lower()))


# The three passes of a document (times, figures, claims) read each sentence again: the caches hold a long
# document's sentences.
@lru_cache(maxsize=512)
def _lower(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=512)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(_lower(text)))


@lru_cache(maxsize=512)
def _word_set(text: str) -> frozenset:
    return frozenset(_words(text))


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    is_num: bool


def tokenize(text: str) -> list[Tok]:
    """Numbers (with their group separators and decimals), words and single other characters, with offsets."""
    out = []
    add = out.append
    vulgar = VULGAR.match
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        c = t[0]
        add(Tok(m.start(), m.end(), t, t.lower(), c.isdigit() or (c == "," and len(t) > 1)   # ',77' is a number
                or (len(t) == 1 and vulgar(t) is not None)))                                  # '⅔' too
    return out
