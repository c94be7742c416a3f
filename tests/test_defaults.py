"""The one Swedish Defaults object (HELPERS_COMMON, issue 12): modules receive the lexicon and ask it for their
compiled form (``Lexicon.derived``); nothing keeps a compiled copy of the default lexicon of its own. So a lexicon
loaded from another directory is obeyed by every stage it is handed to, and the default is never disturbed."""
import ast
import json
import shutil
from pathlib import Path

import pytest

from pipeline import lexicon
from pipeline.checks import check_words
from pipeline.extraction.numbers import number_words, parse_number_word
from pipeline.extraction.quantities import find_quantities, quantity_tables
from pipeline.ingest import ingest_words, is_contact_line
from pipeline.review.corrections import check_corrections, claim_types
from pipeline.segment import segment_text

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    """A copy of the lexicon with made-up additions: a scale word, an abbreviation, a claim type, a number word, a
    restating lead and a headline adverb."""
    d = tmp_path_factory.mktemp("lex") / "sv"
    shutil.copytree(lexicon.LEXICON_DIR, d)

    def edit(name, change):
        data = json.loads((d / name).read_text(encoding="utf-8"))
        change(data)
        (d / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    edit("numbers.json", lambda n: n["scales"].update({"fantasiljoner": 1e21}))
    edit("abbreviations.json", lambda a: a["abbreviations"].append("ungef"))
    edit("claims.json", lambda c: c["types"].update({"forecast": {"fullfact": "prediction", "quantemp": "temporal",
                                                                   "cues": []}}))
    edit("furniture.json", lambda f: f.__setitem__("contact_line_max_words", 1))
    edit("time.json", lambda t: t["relative_years"].update({"fantasiåret": -3}))
    edit("time.json", lambda t: t["restating_leads"].append("vilket utgör"))
    edit("change.json", lambda c: c["before_number"].update({"hoppsan": "increase"}))
    return lexicon.load(str(d))


def test_quantities_read_the_lexicon_given(other):
    text = "Det kostar 3 fantasiljoner kronor."
    mine = find_quantities(text, lex=other)
    assert [(q.text, q.value, q.unit) for q in mine] == [("3 fantasiljoner kronor", 3e21, "SEK")]
    assert [q.value for q in find_quantities(text)] == [3.0]           # the default lexicon is untouched


def test_segmenting_reads_the_lexicon_given(other):
    text = "Det blev ungef. Tio personer kom. Sedan gick vi hem."
    assert len(segment_text(text, lex=other)) == 2
    assert len(segment_text(text)) == 3


def test_ingest_and_review_read_the_lexicon_given(other):
    assert is_contact_line("Anna Berg") and not is_contact_line("Anna Berg", lex=other)
    assert "forecast" in claim_types(other) and "forecast" not in claim_types()
    assert check_corrections({"claim_type": "forecast"}, lex=other) == {"claim_type": "forecast"}
    with pytest.raises(ValueError, match="claim_type"):
        check_corrections({"claim_type": "forecast"})


@pytest.mark.parametrize("builder", [quantity_tables, number_words, ingest_words, check_words])
def test_derived_once_per_lexicon(other, builder):
    default = lexicon.load()
    assert default.derived(builder) is default.derived(builder)
    assert other.derived(builder) is not default.derived(builder)


def test_number_words_follow_the_lexicon(other):
    assert parse_number_word("tjugotvå", other) == parse_number_word("tjugotvå") == 22


def test_times_read_the_lexicon_given(other):
    from pipeline.extraction.times import baseline_cues, find_times
    found = find_times("Under fantasiåret ökade det.", "2024-05-01", lex=other)
    assert [(t.text, t.start) for t in found] == [("Under fantasiåret", "2021")]
    assert find_times("Under fantasiåret ökade det.", "2024-05-01") == []
    assert other.derived(baseline_cues) is not lexicon.load().derived(baseline_cues)


OWNED = ["extraction/quantities.py", "extraction/numbers.py", "checks.py", "ingest.py", "segment.py",
         "review/corrections.py", "extraction/times.py"]


@pytest.mark.parametrize("module", OWNED)
def test_modules_receive_the_lexicon(module):
    """In these modules ``lexicon.load()`` appears only as the transitional default of a public entry point,
    ``(lex or lexicon.load())``, never as a lookup of their own inside the work."""
    tree = ast.parse((PIPELINE / module).read_text(encoding="utf-8"))
    allowed = {id(node.values[1]) for node in ast.walk(tree)
               if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and len(node.values) == 2
               and isinstance(node.values[0], ast.Name) and node.values[0].id == "lex"}
    loads = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr == "load" and isinstance(node.func.value, ast.Name) and node.func.value.id == "lexicon"]
    assert loads, "the module should resolve a missing lexicon somewhere"
    assert [n.lineno for n in loads if id(n) not in allowed] == []


def _rules(text, published, lex=None):
    from pipeline.extraction.analyse import analyse_text
    return {c.quantity["text"]: ((c.time or {}).get("evidence", {}).get("rule"), ((c.change or {}).get("cue") or {}).get("rule"))
            for c in analyse_text(text, published, lex=lex)}


@pytest.mark.parametrize("text, figure", [
    ("Elpriset var 1,05 kr/kWh under 2023, vilket utgör 38 procent mindre än 2022.", "38 procent"),
    ("Under 2022 sålde kedjan 4 200 cyklar, vilket utgör 12 procent av marknaden.", "12 procent"),
])
def test_the_resolvers_period_rules_read_the_lexicon_given(other, text, figure):
    """A made-up restating lead ('vilket utgör', time.json restating_leads) makes the figure after it restate the one
    before it (the period rule 'restating') with that lexicon only."""
    assert _rules(text, "2024-03-01", other)[figure][0] == "restating"
    assert _rules(text, "2024-03-01")[figure][0] != "restating"


@pytest.mark.parametrize("text, figure", [
    ("Bostadsrätter hoppsan 3 procent i april.", "3 procent"),
    ("Villapriserna hoppsan 2,5 procent under kvartalet.", "2,5 procent"),
])
def test_the_resolvers_direction_rules_read_the_lexicon_given(other, text, figure):
    """A made-up headline adverb (change.json before_number) sets a direction with that lexicon only."""
    assert _rules(text, "2024-05-01", other)[figure][1] == "adverb_before"
    assert _rules(text, "2024-05-01")[figure][1] is None


def test_the_resolver_keeps_no_lexicon_of_its_own():
    """resolve.py receives the lexicon (``ctx.lex``, a ``lex``/``W`` parameter): no ``lexicon.load()`` call and no
    ``lru_cache`` of compiled patterns; its compiled form is ``lex.derived(resolve_words)``, once per lexicon."""
    from pipeline.extraction.resolve import resolve_words
    tree = ast.parse((PIPELINE / "extraction/resolve.py").read_text(encoding="utf-8"))
    loads = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "load"
             and isinstance(n.value, ast.Name) and n.value.id == "lexicon"]
    caches = [n.lineno for n in ast.walk(tree) if isinstance(n, (ast.Name, ast.Attribute))
              and (n.id if isinstance(n, ast.Name) else n.attr) in ("lru_cache", "cache")]
    assert loads == [] and caches == []
    default = lexicon.load()
    assert default.derived(resolve_words) is default.derived(resolve_words)
