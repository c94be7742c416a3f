"""The Swedish data files: loaded once, validated, and loud about mistakes."""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline import lexicon
from pipeline.errors import LexiconError


def test_lexicon_loads(lex):
    assert lex.unit_by_surface["kronor"].unit == "SEK"
    assert lex.unit_by_surface_exact["Mkr"].scale == 1e6
    assert lex.qualifiers_before["drygt"] == "approx"
    assert "t.ex" in lex.abbreviations


@pytest.mark.parametrize("file,mutate,code", [
    ("qualifiers.json", lambda d: d["before"].__setitem__("typ", "roughly"), "unknown bounds"),
    ("units.json", lambda d: d["units"].append({"surfaces": ["kronor"], "unit": "EUR", "kind": "money"}), "maps to two units"),
    ("units.json", lambda d: d["units"].append({"surfaces": ["x"], "unit": "x", "kind": "weird"}), "unknown kind"),
    ("abbreviations.json", lambda d: d["abbreviations"].append("t.ex"), "listed twice"),
    ("numbers.json", lambda d: d["coordination"].pop("range_open"), "'coordination' needs"),
    ("entities.json", lambda d: d["number_idioms"].__setitem__("phrases", ["tusen tack", ""]), "'number_idioms' needs"),
    ("time.json", lambda d: d["electoral_term"].__setitem__("term_start_month", 13), "'electoral_term' needs"),
    ("numbers.json", lambda d: d["partitive"].pop("pronouns"), "'partitive' needs"),
    ("furniture.json", lambda d: d["html"].pop("chrome_tags"), "'html' needs a list of words for 'chrome_tags'"),
    ("furniture.json", lambda d: d.pop("html"), "'html' needs the page-chrome tables"),
    ("furniture.json", lambda d: d["html"]["chrome_tags"].append("main"), "cannot be chrome tags"),
    ("furniture.json", lambda d: d["html"]["chrome_words"].append("Sidebar"), "lower-cased"),
    ("furniture.json", lambda d: d["html"]["date_meta"].append("pubdate"), "listed twice"),
    ("furniture.json", lambda d: d.__setitem__("published_cues", []), "'published_cues' needs"),
    ("furniture.json", lambda d: d.__setitem__("clock_cues", ["uppdatering", " "]), "'clock_cues' needs"),
    ("attribution.json", lambda d: d["org_name_links"].append("Och"), "'org_name_links' needs a list of lower-case"),
    ("attribution.json", lambda d: d.pop("according_to"), "'according_to' needs"),
    ("tables.json", lambda d: d["change_header_compounds"].append("påslag"), "'change_header_compounds' are change_headers"),
    ("time.json", lambda d: d["forecast_cues"].append("gissas"), "'forecast_cues' must be target_cues"),
    ("time.json", lambda d: d["term_years"].__setitem__("första året", 0), "'term_years' maps"),
    ("time.json", lambda d: d["occasion_nouns"].append("Årsstämman"), "'occasion_nouns' needs"),
    ("time.json", lambda d: d["coming_start_leads"].append("Från"), "'coming_start_leads' needs"),
    ("time.json", lambda d: d["coming_season_leads"].append("Inför"), "'coming_season_leads' needs"),
    ("time.json", lambda d: d.__setitem__("summer_first_month", 13), "'summer_first_month' needs"),
    ("change.json", lambda d: d["deficit_words"].append("Underskott"), "'deficit_words' needs"),
    ("change.json", lambda d: d["average_restated"].__setitem__("verbs", []), "'average_restated.verbs' needs"),
    ("change.json", lambda d: d["earlier_level_next"]["time_words"].append("Tidigare"), "'earlier_level_next.time_words' needs"),
    ("change.json", lambda d: d["earlier_level_next"].__setitem__("max_lead_words", "8"), "'earlier_level_next.max_lead_words'"),
    ("change.json", lambda d: d["anaphor_change_next"].__setitem__("subjects", []), "'anaphor_change_next.subjects' needs"),
    ("change.json", lambda d: d["imperative_directions"].__setitem__("korta", "down"), "'imperative_directions' maps"),
    ("change.json", lambda d: d["noun_amount_links"].append("Med"), "'noun_amount_links' needs"),
    ("tables.json", lambda d: d["count_labels"].append("Antal"), "'count_labels' needs"),
    ("entities.json", lambda d: d["service_number_figure_leads"].append("Mot"), "'service_number_figure_leads' needs"),
    ("change.json", lambda d: d["amount_openers"].append("Med"), "'amount_openers' must be"),
    ("change.json", lambda d: d["precipitation"]["verbs"].append("Föll"), "'precipitation' needs"),
    ("time.json", lambda d: d["look_back_words"].append("Förra"), "'look_back_words' needs"),
    ("change.json", lambda d: d["share_base"].__setitem__("nouns", []), "'share_base' needs"),
    ("time.json", lambda d: d["pattern_words"].__setitem__("rolling_year", []), "pattern_words 'rolling_year' needs"),
    ("entities.json", lambda d: d["age_bands"].pop("open_ends"), "'age_bands' needs"),
    ("rates.json", lambda d: d["price_words"].append("Priset"), "'price_words' must be"),
    ("entities.json", lambda d: d["legends"].__setitem__("after", []), "'legends' needs"),
    ("time.json", lambda d: d["topic_periods"].__setitem__("stem_letters", 40), "'topic_periods' needs"),
])
def test_lexicon_rejects_bad_data(tmp_path, file, mutate, code):
    d = tmp_path / "sv"
    shutil.copytree(lexicon.LEXICON_DIR, d)
    data = json.loads((d / file).read_text(encoding="utf-8"))
    mutate(data)
    (d / file).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match=code):
        lexicon.load(str(d))


def test_lexicon_rejects_duplicate_keys(tmp_path):
    d = tmp_path / "sv"
    shutil.copytree(lexicon.LEXICON_DIR, d)
    (d / "rates.json").write_text('{"after": {"per år": "year", "per år": "month"}, "clause": {}}', encoding="utf-8")
    with pytest.raises(LexiconError, match="duplicate key"):
        lexicon.load(str(d))
