"""The quantity grammar's named rules (pipeline/extraction/quantities.py CORE_RULES, NUMBER_RULES, SUFFIX_RULES):
every entry's own examples are its tests.

Each example is a sentence, the figure's text, its value and its unit (or a sentence and three Nones: a refusal, no
figure in it): the figure must be found as written, and
without the rule the sentence must not be read the same way (so the example really exercises that rule, and a
rule no example needs cannot hide in the list)."""
import pytest

from pipeline.extraction import quantities
from pipeline.extraction.quantities import find_quantities

LISTS = ("CORE_RULES", "NUMBER_RULES", "SUFFIX_RULES")


def _examples():
    for list_name in LISTS:
        for rule in getattr(quantities, list_name):
            for sentence, figure, value, unit in rule.examples:
                yield pytest.param(list_name, rule.name, sentence, figure, value, unit, id=f"{rule.name}: {sentence[:40]}")


def _reading(sentence):
    return [(q.text, q.value, q.low, q.high, q.unit, q.entity, q.per, q.bound) for q in find_quantities(sentence)]


@pytest.mark.parametrize("list_name, name, sentence, figure, value, unit", list(_examples()))
def test_rule_example(monkeypatch, list_name, name, sentence, figure, value, unit):
    found = find_quantities(sentence)
    if figure is None:                          # a refusal: the sentence states no figure
        assert found == [], [x.text for x in found]
    else:
        _check_figure(found, figure, value, unit)
    before = _reading(sentence)
    monkeypatch.setattr(quantities, list_name, tuple(r for r in getattr(quantities, list_name) if r.name != name))
    assert _reading(sentence) != before, f"the example does not need rule {name!r}"


def _check_figure(found, figure, value, unit):
    q = next((q for q in found if q.text == figure), None)
    assert q is not None, f"{figure!r} not among {[x.text for x in found]}"
    assert q.unit == unit
    assert q.value is None if value is None else q.value == pytest.approx(value)


@pytest.mark.parametrize("list_name", LISTS)
def test_every_rule_named_once_with_examples(list_name):
    rules = getattr(quantities, list_name)
    names = [r.name for r in rules]
    assert len(names) == len(set(names)), names
    for rule in rules:
        assert rule.examples, f"rule {rule.name!r} has no examples"


def test_core_rule_starts_are_lexicon_tables():
    """A core rule's ``starts`` names a word table of the lexicon tables, so the gate is data, not code."""
    T = quantities._tables()
    for rule in quantities.CORE_RULES:
        assert rule.starts is None or len(getattr(T, rule.starts)) > 0, rule.name


@pytest.mark.parametrize("sentence, figure, rule", [
    ("Det blev tredje maj innan beslutet kom.", "tredje", "rank"),          # a refusal owns the tokens too
    ("Antalet ökade med en skola.", "en", "article"),
])
def test_refusals_own_their_tokens(sentence, figure, rule):
    """Overlap policy: a rule that reads tokens as no figure owns them; no later rule reads them."""
    from pipeline.extraction.text import tokenize
    toks = tokenize(sentence)
    i = next(k for k, t in enumerate(toks) if t.text == figure)
    T = quantities._tables()
    owner, hit = quantities.first_core_rule(sentence, toks, i, T)
    if rule == "article":
        assert owner.name == "number" and hit[0] is None
        assert quantities._article(sentence, toks, i, i + 1, 1, T) == (None, i + 1)
    else:
        assert owner.name == rule and hit[0] is None
    assert all(q.text != figure for q in find_quantities(sentence))
