"""The time rules' own examples (pipeline/time_rules.py), run as one parametrised table, and the scanner's
overlap policy and missing-date handling."""
from __future__ import annotations

import pytest

from pipeline.extraction.time_rules import EXAMPLE_PUBLISHED, RULES
from pipeline.extraction.times import find_times, settle

EXAMPLES = [(rule.name, *ex) for rule in RULES for ex in rule.examples]


@pytest.mark.parametrize("name,text,start,end,grain", EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES])
def test_time_rule_example(name, text, start, end, grain):
    found = find_times(text, EXAMPLE_PUBLISHED)
    mine = [t for t in found if t.rule == name]
    if grain is None:                       # a phrasing the rule must leave alone
        assert mine == [], [t.to_dict() for t in mine]
        return
    assert [(t.start, t.end, t.grain) for t in mine] == [(start, end, grain)], [t.to_dict() for t in found]
    assert [t.to_dict() for t in find_times(text, EXAMPLE_PUBLISHED, gated=False)] == [t.to_dict() for t in found]


@pytest.mark.parametrize("name,text,start,end,grain", [e for e in EXAMPLES if e[4] is not None],
                         ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES if e[4] is not None])
def test_time_rule_example_without_publication_date(name, text, start, end, grain):
    """Without a publication date a rule still finds its expression; what needs the date stays unresolved."""
    mine = [t for t in find_times(text, None) if t.rule == name]
    assert len(mine) == 1
    t = mine[0]
    if not t.resolved:
        assert None in (t.start, t.end), t.to_dict()


def test_every_rule_has_a_name_a_priority_and_an_example():
    assert len({r.name for r in RULES}) == len(RULES)
    assert len({r.priority for r in RULES}) == len(RULES)
    assert all(any(ex[3] is not None for ex in r.examples) for r in RULES)


def test_settle_takes_priority_then_text_order():
    a, b, c = object(), object(), object()
    # (priority, start, end, value): the higher-priority longer span wins over an earlier lower-priority one
    assert [x[3] for x in settle([(20, 0, 5, a), (10, 3, 9, b), (30, 9, 12, c)])] == [b, c]


@pytest.mark.parametrize("text,rule", [
    ("Från år 2016/17 gäller nya regler.", "year_slash"),      # not 'Från år 2016' (open start)
    ("Beloppet räknas om till 2015 års penningvärde.", "year_genitive"),   # not 'till 2015' (open end)
    ("Det ska ske senast 1974/75.", "year_slash"),
])
def test_a_more_specific_rule_wins_over_a_longer_span(text, rule):
    assert [t.rule for t in find_times(text, EXAMPLE_PUBLISHED)] == [rule]


def test_first_character_lookahead_changes_no_match():
    """The look-ahead each rule's regex gets (times._with_first_chars) only skips positions no match starts at."""
    import json
    import re
    from pathlib import Path

    from pipeline import lexicon
    from pipeline.extraction.times import _compiled, _with_first_chars
    t = lexicon.load().time
    peers = json.loads((Path(__file__).parent / "cases" / "peers_duckling_sv.json").read_text(encoding="utf-8"))
    texts = [ex[0] for r in RULES for ex in r.examples] + [c[k] for c in peers["time"] for k in ("phrase", "sentence")] \
        + ["Under 2021, i mars och den 3 maj 2024 (v. 12) ökade det; Q3 2024 och 1971 års taxering, sedan 2008."]
    led = 0
    for rule, rx, _ in lexicon.load().derived(_compiled)[0]:
        plain = re.compile(rule.pattern(t), rule.flags)
        led += rx.pattern != plain.pattern
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], (rule.name, text)
    assert led >= len(RULES) - 2
    assert _with_first_chars(r"(?:ab)?", 0).pattern == r"(?:ab)?"          # can match empty: left as it is
    assert _with_first_chars(r"\w+x", 0).pattern == r"\w+x"                # unbounded first character
    assert _with_first_chars(r"(?<!\d)\b(?:i|under)\s+\d", re.I).pattern.startswith("(?=[iu])")
