"""``pipeline.extraction.firstchars``: the look-ahead and the needed strings only spare work, never change a match."""
import re
from pathlib import Path

from pipeline import lexicon
from pipeline.extraction import speakers
from pipeline.extraction.firstchars import led, needed_strings, starts_bounded, with_first_chars
from pipeline.extraction.quantities import _tables, all_protections

ROOT = Path(__file__).resolve().parent.parent


def _lines():
    out = ["Vi har 3 nya skolor.", "vi har 3 nya skolor.", "Kl. 14.30 den 3 maj 2024, tel. 08-123 45 67.",
           "Enligt 11 kap. och fas 2 i elområde 3 och 4 ökade det med ٣ procent."]
    for folder in ("corpus", "tests/heldout/corpus"):
        for f in sorted((ROOT / folder).glob("*.txt")):
            out += f.read_text(encoding="utf-8").splitlines()
    return out


def test_led_patterns_find_what_the_plain_ones_find():
    lex = lexicon.load()
    plain = {f"protection {i}": p.pattern for i, p in enumerate(all_protections(lex))}
    fast = {f"protection {i}": p.pattern for i, (p, _, _) in enumerate(_tables(lex).protections)}
    for k, v in lex.derived(speakers._patterns).items():
        if isinstance(v, re.Pattern):
            plain[k], fast[k] = re.compile(v.pattern.removeprefix("(?=[").split("])(?:", 1)[-1][:-1], v.flags) \
                if v.pattern.startswith("(?=[") else v, v
    for line in _lines():
        for k, rx in fast.items():
            assert [m.span() for m in rx.finditer(line)] == [m.span() for m in plain[k].finditer(line)], (k, line)


def test_the_look_ahead_keeps_case_digits_and_flags():
    assert with_first_chars(r"\b(?i:vi|jag)\b").pattern == r"\b(?i:vi|jag)\b"      # a case-blind group: no class
    assert with_first_chars(r"(?<!\d)\d+ kr").pattern.startswith(r"(?=[\d])")      # every Unicode digit, as \d
    assert with_first_chars(r"ab  # a comment", re.X).pattern == r"ab  # a comment"
    assert led(re.compile(r"x\d", re.I)).flags & re.I
    assert with_first_chars(r"\d", 0).search("٣") is not None


def test_needed_strings():
    assert needed_strings(r".*\b(cookies?|kakor)\b.*", re.I) == {"cookie", "kakor"}
    assert needed_strings(r"e-?mail") == {"mail"}
    assert needed_strings(r"(?:ab)?\d+") is None
    assert needed_strings(r"(?:ab|\d)x") == {"x"}
    assert starts_bounded(r"(?:ab|cd)") and not starts_bounded(r".*ab") and not starts_bounded(r"(?:ab)?")


def test_without_the_look_ahead_the_same_pattern_plain(monkeypatch):
    """One-shot commands turn the look-ahead off (firstchars.LOOK_AHEAD): the pattern is then compiled as written."""
    from pipeline.extraction import firstchars
    monkeypatch.setattr(firstchars, "LOOK_AHEAD", False)
    rx = with_first_chars(r"(?<![\w])(?:\d+ procent|ökade)", re.I)
    assert rx.pattern == r"(?<![\w])(?:\d+ procent|ökade)"
    assert rx.search("Priset ökade med 4 procent").group(0) == "ökade"
