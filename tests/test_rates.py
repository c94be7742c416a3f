"""Rates (quantity.per, models/lexicon/sv/rates.json): a denominator with a count of people is still per capita, a
unit name after 'per' is normalised to its code. Made-up sentences; the whole line goes through the analyser."""
import pytest

from pipeline.extraction.analyse import analyse_text


@pytest.mark.parametrize("sentence, figure, per", [
    ("Kommunen hade 312 anmälda inbrott per 100 000 invånare förra året.", "312", "capita"),
    ("Dödligheten i länet var 9,1 per 1 000 invånare.", "9,1 per 1 000 invånare", "capita"),
    ("Vi såg 58 fall per 10 000 invånare, mot 61 året innan.", "58", "capita"),
    ("Terminspriset låg på 63 euro per megawattimme.", "63 euro per megawattimme", "MWh"),
    ("Spotpriset var 55 EUR per MWh i snitt.", "55 EUR per MWh", "MWh"),
])
def test_rate_denominators(sentence, figure, per):
    claims = [c.quantity for c in analyse_text(sentence)]
    hit = [q for q in claims if q["text"] == figure]
    assert hit, [q["text"] for q in claims]
    assert hit[0]["per"] == per
