"""Time expressions and the time frames claims get (published 2013-02-12 unless stated)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.extraction.quantities import find_quantities
from pipeline.extraction.times import electoral_term, find_times, parse_published

PUB = "2013-02-12"


RESOLVE = [
    ("under 2021", "2021", "2021", "year"),
    ("2018–2022", "2018", "2022", "year"),
    ("2018 – 2022", "2018", "2022", "year"),
    ("år 2016/17", "2016", "2017", "year"),
    ("2019/2020", "2019", "2020", "year"),
    ("i oktober", "2013-10", "2013-10", "month"),
    ("oktober 2015", "2015-10", "2015-10", "month"),
    ("jan–sep", "2013-01", "2013-09", "month"),
    ("tredje kvartalet", "2013-07", "2013-09", "quarter"),
    ("Q3 2024", "2024-07", "2024-09", "quarter"),
    ("kv 3", "2013-07", "2013-09", "quarter"),
    ("första halvåret 2022", "2022-01", "2022-06", "month"),
    ("vecka 38", "2013-09-16", "2013-09-22", "week"),
    ("vecka 7–10", "2013-02-11", "2013-03-10", "week"),
    ("oktober förra året", "2012-10", "2012-10", "month"),
    ("i oktober i fjol", "2012-10", "2012-10", "month"),
    ("tredje kvartalet i fjol", "2012-07", "2012-09", "quarter"),
    ("Kv3 i fjol", "2012-07", "2012-09", "quarter"),          # a quarter with digits but no year, then a relative year
    ("vecka 38 i fjol", "2012-09-17", "2012-09-23", "week"),   # the same week number of that year
    ("sedan oktober i fjol", "2012-10", "2013-02", "month"),          # a span from that month of last year to now
    ("sedan mars förra året", "2012-03", "2013-02", "month"),
    ("sedan toppen hösten 2012", "2012-09", "2013-02", "month"),    # an event noun between 'sedan' and the period
    ("sedan botten i juni 2012", "2012-06", "2013-02", "month"),
    ("juli de senaste fem åren", "2008-07", "2012-07", "month"),     # that month in each of the five years
    ("för maj de tre senaste åren", "2010-05", "2012-05", "month"),
    ("de tio senaste somrarna", "2003", "2012", "year"),              # seasons count years
    ("under de senaste fyra vintrarna", "2009", "2012", "year"),
    ("Vecka 46 förra året", "2012-11-12", "2012-11-18", "week"),
    ("Q1 i år", "2013-01", "2013-03", "quarter"),
    ("mot nov 2012", "2012-11", "2012-11", "month"),          # an abbreviated month before a year
    ("26 juni 2018", "2018-06-26", "2018-06-26", "day"),
    ("2018-06-26", "2018-06-26", "2018-06-26", "day"),
    ("Jun 26, 2018", "2018-06-26", "2018-06-26", "day"),
    ("den 4 juni", "2013-06-04", "2013-06-04", "day"),
    ("i år", "2013", "2013", "year"),
    ("i fjol", "2012", "2012", "year"),
    ("under fjolåret", "2012", "2012", "year"),
    ("förra året", "2012", "2012", "year"),
    ("nästa år", "2014", "2014", "year"),
    ("för 10 år sedan", "2003", "2003", "year"),
    ("de senaste fem åren", "2008", "2012", "year"),
    ("i dag", "2013-02-12", "2013-02-12", "day"),
    ("i tisdags", "2013-02-05", "2013-02-05", "day"),
    ("på måndag", "2013-02-18", "2013-02-18", "day"),
    ("förra månaden", "2013-01", "2013-01", "month"),
    ("under året", "2013", "2013", "year"),
    ("sedan 2008", "2008", "2013", "year"),
    ("till 2028", "2013", "2028", "year"),
    ("fram till 2028", "2013", "2028", "year"),
    ("fram 2028", "2013", "2028", "year"),
    ("från och med 2021", "2021", None, "year"),
    ("sedan mars 2012", "2012-03", "2013-02", "month"),
    ("under de kommande tre åren", "2013", "2015", "year"),
    ("mandatperioden", "2010", "2014", "year"),
    ("den 1/7 2024", "2024-07-01", "2024-07-01", "day"),
    ("från den 1/7", "2013-07-01", "2013-07-01", "day"),
    ("våren 2023", "2023-03", "2023-05", "month"),
    ("höstterminen 2024", "2024-08", "2024-12", "month"),
    ("under vårterminen", "2013-01", "2013-06", "month"),
    ("under hösten", "2013-09", "2013-11", "month"),
    ("första maj", "2013-05-01", "2013-05-01", "day"),
    ("den tjugoförsta juni 2024", "2024-06-21", "2024-06-21", "day"),
    ("13–15 juli", "2013-07-13", "2013-07-15", "day"),
    ("30 juni till 2 juli 2024", "2024-06-30", "2024-07-02", "day"),
    ("31/10/1974", "1974-10-31", "1974-10-31", "day"),
    ("förra veckan", "2013-02-04", "2013-02-10", "week"),
    ("förra kvartalet", "2012-10", "2012-12", "quarter"),
    ("3:e kvartalet 2022", "2022-07", "2022-09", "quarter"),
    ("förra torsdag", "2013-02-07", "2013-02-07", "day"),
    ("tio år sedan", "2003", "2003", "year"),
]


@pytest.mark.parametrize("text", ["De andra mars-dagarna var kalla.", "Han var VD i 5 år, sedan blev han ordförande."])
def test_times_not_dates(text):
    assert find_times(text, PUB) == []


@pytest.mark.parametrize("text,start,end,grain", RESOLVE)
def test_times_resolve(text, start, end, grain):
    found = find_times(f"Det gäller {text} enligt kommunen.", PUB)
    assert len(found) == 1, [t.text for t in found]
    t = found[0]
    assert (t.start, t.end, t.grain) == (start, end, grain)
    assert f"Det gäller {text} enligt kommunen."[t.char_start:t.char_end] == t.text


@pytest.mark.parametrize("text", ["i år", "i fjol", "för 10 år sedan", "mandatperioden", "i dag"])
def test_times_unresolved_without_publication_date(text):
    t = find_times(f"Det gäller {text}.", None)[0]
    assert (t.start, t.end, t.resolved) == (None, None, False)


@pytest.mark.parametrize("text,baseline", [("ökade med 9 procent jämfört med 2020", "2020"), ("201 mkr mot 2019", "2019"),
                                           ("drygt fyra minuter snabbare än vinnartiden förra året", "2012"),
                                           ("18 procent mindre än genomsnittet för de senaste fem åren", "2008"),
                                           ("en något lägre andel än vid förra mätningen 2017", "2017"),
                                           ("612 MSEK, jämfört med 540 MSEK under motsvarande kvartal föregående år", "2012"),
                                           ("6 procent fler än under motsvarande period förra året", "2012"),
                                           ("har sjunkit till 19,90 kronor per kilo från 32 kronor i maj förra året", "2012-05"),
                                           # a link and 'samma' before the period ('än vid samma utbetalning förra året')
                                           ("1,3 miljarder mer än vid samma utbetalning förra året", "2012"),
                                           ("fler besök än under samma vecka i fjol", "2012"),
                                           ("lägre än i motsvarande mätning 2019", "2019")])
def test_times_baseline_flagged(text, baseline):
    assert [t.start for t in find_times(text, PUB) if t.baseline] == [baseline]


@pytest.mark.parametrize("text", ["Mer än hälften av hushållen 2023 hade bredband.", "Fler än tusen personer 2021 sökte hjälp.",
                                  "Inflationen blev högre än väntat i år."])
def test_times_not_a_baseline(text):
    assert [t.text for t in find_times(text, PUB) if t.baseline] == []


@pytest.mark.parametrize("day,term", [("2018-06-26", (2014, 2018)), ("2018-10-01", (2018, 2022)), ("2022-07-19", (2018, 2022)),
                                      ("2022-09-03", (2018, 2022)),
                                      ("2023-03-01", (2022, 2026)), ("2027-01-01", (2026, 2030))])
def test_times_electoral_term(day, term):
    assert electoral_term(parse_published(day)) == term


@pytest.mark.parametrize("text,start", [("Budgetpropositionen för 2024: reformer för alla.", "2024"), ("Året 2023: en sammanfattning", "2023")])
def test_times_year_before_a_colon_is_a_year(text, start):
    assert [t.start for t in find_times(text, PUB)] == [start]


@pytest.mark.parametrize("text", ["Det kostar 2000 kronor.", "Vi har 2020 miljoner.", "Ring 0708-132454.", "Enligt SFS 2010:800."])
def test_times_amounts_are_not_years(text):
    assert find_times(text, PUB) == []


def test_times_cli_published():
    out = subprocess.run([sys.executable, "-m", "pipeline", "times", "--published", PUB],
                         input="Det var för 10 år sedan.\ni fjol och vecka 38\n", capture_output=True, text=True, check=True)
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert rows[0] == [{"text": "för 10 år sedan", "char_start": 8, "char_end": 23, "start": "2003", "end": "2003", "grain": "year"}]
    assert [t["start"] for t in rows[1]] == ["2012", "2013-09-16"]


# --- time frames attached to claims --------------------------------------------------------------

def _time_of(text, anchor, published="2018-06-26"):
    from conftest import claim_for
    c = claim_for(text, anchor, published)
    return c.time and (c.time["start"], c.time["end"], c.time["source"])


@pytest.mark.parametrize("text,anchor,expected", [
    ("Malmö får ca 970 Mkr kronor till 2028 för att motverka segregation.", "970", ("2018", "2028", "explicit")),
    ("I år är det 22 Mkr, 2019 71 Mkr och därefter 116 Mkr kr per år fram 2028.", "22", ("2018", "2018", "explicit")),
    ("I år är det 22 Mkr, 2019 71 Mkr och därefter 116 Mkr kr per år fram 2028.", "71", ("2019", "2019", "explicit")),
    ("I år är det 22 Mkr, 2019 71 Mkr och därefter 116 Mkr kr per år fram 2028.", "116", ("2020", "2028", "explicit")),
    ("Andelen ökade under 2021 med 9 procent jämfört med 2020.", "9 procent", ("2021", "2021", "explicit")),
    ("Antalet minskade med 1 250 under 2021. Det betyder att kostnaden minskat med 85 miljoner kronor jämfört med 2020.",
     "85", ("2021", "2021", "sentence_context")),
    ("Andelen ligger nu på 79,4 procent.", "79,4", ("2018-06-26", "2018-06-26", "publication_date")),
    ("Detta har hänt under vårt styre 2018 – 2022:\n\n • Antalet skjutningar har minskat med 70 procent.", "70",
     ("2018", "2022", "document_context")),
    ("Under mandatperioden har vi ökat anslagen med över en miljard kronor.", "miljard", ("2014", "2018", "explicit")),
    ("Under 2016 registrerades 47 skjutningar, jämfört med 68 året innan.", "68", ("2015", "2015", "explicit")),
    ("Utsläppen minskade under 2017.\n\nNya parker\n\nUnder året togs 410 nya vindkraftverk i drift.", "410",
     ("2017", "2017", "explicit")),
    ("Under året togs 410 nya vindkraftverk i drift.", "410", ("2018", "2018", "explicit")),
    ("Utsläppen minskade med 5 procent 2022. Totalt släpptes 45,2 miljoner ton ut under året.\n\nIndustrin släppte ut 1,1 miljoner ton.",
     "1,1", ("2022", "2022", "sentence_context")),
    ("Statsskulden är 17 procent av BNP, den lägsta nivån sedan 1970-talet.", "17", ("2018-06-26", "2018-06-26", "publication_date")),
    ("Livsmedelspriserna steg med 7,4 procent under 2017, den lägsta ökningstakten sedan maj 2015.", "7,4", ("2017", "2017", "explicit")),
    ("I augusti 2017 var 5 301 000 personer sysselsatta.\n\nAntalet arbetslösa uppgick till 480 000 personer.", "480 000",
     ("2017-08", "2017-08", "sentence_context")),
    ("Kommunen har under våren anställt 35 nya speciallärare.", "35", ("2018-03", "2018-05", "explicit")),
    # a goal in a sentence without figures is no period for what follows; 'sedan X' frames only its own paragraph
    ("Utsläppen har minskat kraftigt.\n\nMålet är nettonoll senast 2045.\n\nTransporterna står för en tredjedel.",
     "tredjedel", ("2018-06-26", "2018-06-26", "publication_date")),
    ("Utsläppen har minskat med 38 procent sedan 1990.\n\nAndelen förnybar el ligger på 66 procent.", "66",
     ("2018-06-26", "2018-06-26", "publication_date")),
    ("Utsläppen har minskat med 38 procent sedan 1990. Andelen förnybar el har ökat med 20 procent.", "20",
     ("1990", "2018", "sentence_context")),
    ("Antalet nyinskrivna ökade med 9 procent jämfört med oktober förra året.", "9 procent", None),
    ("Under 2017 omkom 227 personer, och omkring 1 900 kilometer mötesfri väg finns nu jämfört med 1 600 för fem år sedan.",
     "1 900", ("2018-06-26", "2018-06-26", "publication_date")),
    ("Bland äldre är andelen 45 procent, en ökning med 5 procentenheter sedan 2016.", "45 procent",
     ("2018-06-26", "2018-06-26", "publication_date")),
    ("Bland äldre är andelen 45 procent, en ökning med 5 procentenheter sedan 2016.", "5 procentenheter", ("2016", "2018", "explicit")),
    ("Miljöpartiet ökar till 5,9 procent, den högsta nivån sedan valet 2017.", "5,9", None),
    ("Barnbidraget har inte räknats upp sedan 2018 och har därmed tappat omkring 20 procent av sitt värde.", "20",
     ("2018", "2018", "explicit")),
])
def test_times_attached_to_claims(text, anchor, expected):
    assert _time_of(text, anchor) == expected


def test_times_heading_governs_until_next_heading():
    text = ("Detta har hänt under vårt styre 2018 – 2022:\n\n • Hälften av alla jobb skapas här.\n\n"
            "Nya siffror\n\nVi har 12 nya skolor.")
    assert _time_of(text, "Hälften") == ("2018", "2022", "document_context")
    assert _time_of(text, "12") is None


@pytest.mark.parametrize("text,published,start", [
    ("Inflationen sjönk till 8 procent i december.", "2023-11-15", "2022-12"),
    ("Butiken öppnar i december.", "2023-11-15", "2023-12"),
    ("Resultatet under tredje kvartalet ökade.", "2023-05-10", "2022-07"),
    ("Vi ses i mars.", "2023-05-10", "2023-03"),
    ("Direktionen har beslutat att sälja 5 miljarder kronor per månad från och med oktober.", "2023-09-21", "2023-10"),
    # a month just past over the new year is that month, unless a coming change is spoken of
    ("En villa använder omkring 2 600 kWh under december.", "2024-01-09", "2023-12"),
    ("Priset i november är det högsta på tio år.", "2024-01-20", "2023-11"),
    ("I december ska skolan öppna.", "2024-01-09", "2024-12"),
    ("Bygget startar i oktober.", "2024-01-09", "2024-10"),
    # every yearless date follows the same rule, written with digits or a word ('den 31/12', 'den trettioförsta mars')
    ("Soliditeten uppgick den 31/12 till 52 procent.", "2024-02-12", "2023-12-31"),
    ("Avgiften gäller från den 1/1.", "2024-12-10", "2025-01-01"),
    ("Beslutet fattades den tjugonde december.", "2024-02-12", "2023-12-20"),
    # a strong verb's past passive or past form is past tense too (time.json past_cues)
    ("Finalen den 17 augusti sågs av 7 900 personer.", "2026-02-24", "2025-08-17"),
    ("Mässan hölls den 3 oktober med 212 utställare.", "2026-03-01", "2025-10-03"),
    ("Tre personer omkom i olyckan den 9 juni.", "2026-01-20", "2025-06-09"),
    ("Liftarna stängde på annandag påsk efter 147 dagar.", "2026-04-24", "2026-04-06"),
    # a season adverb in a past-tense clause after the season: the one just past; 'nästa sommar' the coming one
    ("Fyra personer drunknade i sommar.", "2026-09-03", "2026-06"),
    ("Antagningen minskade, eftersom färre kurser ges i höst.", "2025-08-10", "2025-09"),
    ("Nästa sommar vill vi ha 20 stationer.", "2026-07-10", "2027-06"),
    ("Nästa vinter siktar vi på 430 000 skiddagar.", "2026-04-22", "2026-12"),
    ("Butiken höjde priserna den 1 november.", "2026-02-10", "2025-11-01"),
    # 'från' a month or date already passed is ahead, unless the sentence tells of a start already made
    ("Från september steg priset med 3 procent.", "2026-11-10", "2026-09"),
    ("Från den 1 augusti sjönk räntan till 2,5 procent.", "2025-10-02", "2025-08-01"),
    ("Från mars till maj minskade antalet med 200.", "2024-09-01", "2024-03"),
    ("Från september höjs avgiften med 3 procent.", "2026-11-10", "2027-09"),
    ("Nämnden har beslutat att höja avgiften från mars.", "2026-11-10", "2027-03"),
])
def test_times_implicit_year_follows_tense(text, published, start):
    assert find_times(text, published)[0].start == start


@pytest.mark.parametrize("text", [f"Det gäller {row[0]} enligt kommunen." for row in RESOLVE] + [
    "Sedan 1990-talet har 1 200 elever gått ut, 2019/20 fler än 2018–2019.",
    "Den 3/4 2022 kom 40 000 kr; fr.o.m. 2023 och t.o.m. juli 2024 mer.",
    "I tisdags och på fredag, i fjol och nästa år: Q1 2021, v. 12, kv. 3.",
    "Det ökade för två år sedan och tre månader senare, de senaste 5 åren.",
    "Under mandatperioden, därefter sedan dess, första halvåret och tredje kvartalet.",
    "Omsättningen var 2 018 miljoner kronor, 2019 anställde vi 2000 personer.",
    "Jämfört med oktober förra året, vecka 7–10 och från och med december i fjol.",
    "Inga tider alls här, bara ord.",
    "Kvoterna för nästa år höjs i januari; andelen var 38 procent (2022: 41 procent) och har under hösten sjunkit.",
    "På 1700-talet och på 70-talet, 2019 års siffror; om 3 år ska 12 skolor byggas, från 5.6.2021.",
    "",
])
@pytest.mark.parametrize("published", [None, PUB])
def test_times_gating_changes_nothing(text, published):
    """The gates skip patterns a sentence cannot match; the result must be the same as scanning with all."""
    gated = [t.to_dict() for t in find_times(text, published)]
    assert gated == [t.to_dict() for t in find_times(text, published, gated=False)]


@pytest.mark.parametrize("text,expected", [
    ("Andelen ökade från 82,1 procent 2022 till 85,4 procent 2024.", [("2022", "2022"), ("2024", "2024")]),
    ("Priset steg 2022 till 85 kronor.", [("2022", "2022")]),
    ("Perioden 2019–21 var svår.", [("2019", "2021")]),
    ("Från 2019 till 2021 ökade det.", [("2019", "2021")]),
])
def test_times_year_ranges_need_a_dash_for_two_digit_ends(text, expected):
    """'2022 till 85,4 procent' is a year and an amount, not the range 2022-2085."""
    assert [(t.start, t.end) for t in find_times(text, PUB)] == expected


@pytest.mark.parametrize("text,published,start,end", [
    ("Hyrorna höjs med 5,1 procent från den 1 januari.", "2024-12-12", "2025-01-01", "2025-01-01"),
    ("Taxan gäller från och med januari.", "2024-12-12", "2025-01", "2025-01"),
    ("Avgiften höjdes den 1 januari.", "2024-12-12", "2024-01-01", "2024-01-01"),
    ("För perioden december–maj ökade omsättningen.", "2024-07-10", "2023-12", "2024-05"),
    ("Vi handlade mellan 13 och 17 maj.", "2024-06-05", "2024-05-13", "2024-05-17"),
])
def test_times_start_ahead_and_ranges_across_the_year_end(text, published, start, end):
    """'från den 1 januari' written in December is the coming January; 'december–maj' ends in the next year; 'och'
    links days of a range only after 'mellan'."""
    t = find_times(text, published)[0]
    assert (t.start, t.end) == (start, end)


def test_times_days_linked_by_och_without_mellan_are_no_range():
    assert [t.text for t in find_times("Mötena hölls 3 och 5 maj.", "2024-06-05")] != ["3 och 5 maj"]


@pytest.mark.parametrize("text,is_year", [
    ("Det svenska yrkesfisket landade 2022 fisk för 1,6 miljarder kronor.", True),
    ("Företaget anställde 2000 personer.", False),
])
def test_times_year_shaped_number_before_a_mass_noun_is_a_year(text, is_year):
    """A bare number cannot count a mass noun (entities.json mass_nouns): 'landade 2022 fisk' is the year 2022."""
    from pipeline.extraction.times import find_times
    assert any(t.start == "2022" or t.start == "2000" for t in find_times(text, "2023-10-24")) == is_year


@pytest.mark.parametrize("text,published,expected", [
    ("Befolkningen i socknen halverades under 1800-talet.", "2024-05-01", ("1800", "1899")),
    ("Bruket lades ned i början av 1900-talet.", "2024-05-01", ("1900", "1999")),
    ("Hyreshusen uppfördes på 1960-talet.", "2024-05-01", ("1960", "1969")),
    ("Villorna byggdes på 70-talet.", "2024-05-01", ("1970", "1979")),
    ("Skolan renoverades på 20-talet.", "2024-05-01", ("1920", "1929")),
    ("Bredbandet drogs fram på 10-talet.", "2024-05-01", ("2010", "2019")),
    ("Köpcentret öppnade på 00-talet.", "2024-05-01", ("2000", "2009")),
    ("Elpriset var lågt under hela 2010-talet.", "2024-05-01", ("2010", "2019")),
    ("Villorna byggdes på 70-talet.", None, (None, None)),
])
def test_times_centuries_and_two_digit_decades(text, published, expected):
    """'1800-talet' is a century; '70-talet' a decade of the 1900s, '10-talet' of the 2000s once it has ended."""
    ts = [t for t in find_times(text, published) if "talet" in t.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == expected


@pytest.mark.parametrize("text,year", [
    ("Uppgifterna bygger på 1982 års taxering.", "1982"),
    ("Fullmäktige klubbade 2025 års budget på sitt sista möte.", "2025"),
    ("Kommunen presenterade 2024 års bokslut med ett överskott.", "2024"),
    ("Beloppet räknas om till 2015 års penningvärde.", "2015"),
])
def test_times_a_year_in_the_genitive_is_a_year(text, year):
    """'1982 års taxering': a year, never a duration or a count."""
    assert [(t.text, t.start, t.end) for t in find_times(text, "2024-05-01")] == [(year, year, year)]
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Om 20 år kommer var tredje invånare att vara pensionär.", ("Om 20 år", "2044")),
    ("Enligt prognosen ska om tio år fler bo i kommunen.", ("om tio år", "2034")),
    ("Regionen kommer om fem år att behöva fler sjuksköterskor.", ("om fem år", "2029")),
    ("Föreningen tecknade ett hyresavtal om tre år.", None),
    ("Skolan söker en vikarie om sex månader.", None),
])
def test_times_om_n_years_ahead(text, expected):
    """'Om 20 år kommer ...' is a point ahead of the publication date; 'ett avtal om tre år' stays an amount."""
    ts = [(t.text, t.start) for t in find_times(text, "2024-05-01") if t.text.lower().startswith("om ")]
    assert ts == ([expected] if expected else [])


@pytest.mark.parametrize("text,day", [
    ("Den nya ordningen gäller från 1.7.1985 i hela landet.", "1985-07-01"),
    ("Butiken var stängd 26.12.2023 och öppnade dagen efter.", "2023-12-26"),
    ("Avtalet löpte ut 31.3.2020.", "2020-03-31"),
])
def test_times_dates_with_dots_are_one_date(text, day):
    """'1.7.1985' is one date, never the numbers 1, 7 and 1985."""
    ts = find_times(text, "2024-05-01")
    assert [(t.start, t.end) for t in ts] == [(day, day)]
    assert find_quantities(text, ts) == []


@pytest.mark.parametrize("text,published,start,end", [
    ("Elskatten sänks i februari med tio öre per kilowattimme.", "2024-11-20", "2025-02", "2025-02"),
    ("Barnbidraget höjs i mars för alla familjer.", "2023-10-05", "2024-03", "2024-03"),
    ("Den nya lagen träder i kraft i juli.", "2024-10-02", "2025-07", "2025-07"),
    ("Avgiften för hemtjänst införs under våren.", "2024-09-15", "2025-03", "2025-05"),
    ("Taxan räknas upp under andra kvartalet.", "2024-11-01", "2025-04", "2025-06"),
    ("Avgiften höjs under hösten.", "2024-10-10", "2024-09", "2024-11"),      # under way: this autumn
    ("Elskatten sänktes i februari med tio öre.", "2024-11-20", "2024-02", "2024-02"),
    ("Vi träffades i mars och ses igen i juni.", "2024-11-20", "2024-03", "2024-03"),
])
def test_times_yearless_period_ahead_in_a_sentence_about_a_coming_change(text, published, start, end):
    """A month, quarter or season that has passed this year, in a sentence about a coming change ('höjs', 'träder i
    kraft'), is next year's; one under way or in a past-tense sentence is this year's."""
    t = find_times(text, published)[0]
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize("text,published,start,end", [
    ("Kommunen har under hösten byggt två nya förskolor.", "2024-02-15", "2023-09", "2023-11"),
    ("Föreningen har under sommaren sålt 900 lotter.", "2024-03-01", "2023-06", "2023-08"),
    ("Regionen hade i oktober fått in 300 ansökningar.", "2024-04-01", "2023-10", "2023-10"),
    ("Föreningen säljer under sommaren lotter i hamnen.", "2024-03-01", "2024-06", "2024-08"),
    ("Skolan har under hösten 30 elever i varje klass.", "2024-02-15", "2024-09", "2024-11"),
])
def test_times_yearless_period_in_the_perfect_tense_is_last_years(text, published, start, end):
    """'har under hösten byggt' published in February: the perfect tense (an auxiliary and a supine) puts a season or
    month that has not begun this year in the year before; 'har' alone (possession) does not."""
    t = find_times(text, published)[0]
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize("text,anchor,expected", [
    ("Under 2023 ökade medlemstalet. Andelen kvinnor var 38 procent (2022: 41 procent).", "38 procent",
     ("2023", "2023", "sentence_context")),
    ("Under 2023 ökade medlemstalet. Andelen kvinnor var 38 procent (2022: 41 procent).", "41 procent",
     ("2022", "2022", "explicit")),
    ("Andelen elever med fullständiga betyg ligger nu på 76 procent (2021: 72 procent).", "76",
     ("2018-06-26", "2018-06-26", "publication_date")),
    ("Andelen elever med fullständiga betyg ligger nu på 76 procent (2021: 72 procent).", "72",
     ("2021", "2021", "explicit")),
])
def test_times_a_bracketed_prior_year_is_the_prior_figures_period(text, anchor, expected):
    """'38 procent (2022: 41 procent)': the year labelling the bracket is the prior figure's period, a comparison point
    for the figure before the bracket, never that figure's own period."""
    assert _time_of(text, anchor) == expected


def test_times_a_bracketed_prior_year_is_a_baseline():
    ts = find_times("Andelen var 38 procent (2022: 41 procent) och 2023 steg den.", PUB)
    assert [(t.text, t.baseline) for t in ts] == [("2022", True), ("2023", False)]


@pytest.mark.parametrize("text", [
    "Relationen var 21,6 procent (20,8 procent vid utgången av 2025), över kravet.",
    "Soliditeten var 41 procent (39 procent vid årsskiftet 2024) i september.",
    "Kassan var 12 Mkr (9 Mkr i slutet av 2023) vid periodens slut.",
])
def test_times_a_period_closing_a_bracket_after_its_figure_and_words_is_a_baseline(text):
    """'(20,8 procent vid utgången av 2025)': a few words between the prior figure and the period that closes its
    bracket keep the period the prior's, a comparison point for the figure before the bracket."""
    t = [t for t in find_times(text, PUB) if any(c.isdigit() for c in t.text)][0]
    assert t.baseline


@pytest.mark.parametrize("text,anchor,expected", [
    ("Ministrarna enades om kvoterna för nästa år.\n\nKvoten för torsk blir 48 000 ton.", "48 000",
     ("2019", "2019", "sentence_context")),
    ("Styrelsen antog budgeten för nästa år. Kulturen får 12 miljoner kronor.", "12 miljoner",
     ("2019", "2019", "sentence_context")),
    ("Fullmäktige fastställde ramarna för 2020.\n\nSkolan får 40 miljoner kronor mer.", "40 miljoner",
     ("2020", "2020", "sentence_context")),
])
def test_times_the_year_a_quota_or_budget_is_for_carries_on(text, anchor, expected):
    """'kvoterna för nästa år', 'budgeten för 2020': the year named is a stated period and carries on to the sentences
    and paragraphs after it, like a written year."""
    assert _time_of(text, anchor) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Kvoterna för nästa år sänks.", "2023-10-24", [("för nästa år", "2024", "point")]),
    ("Budgeten för i år håller.", "2023-10-24", [("för i år", "2023", "point")]),
    ("Kostnaden steg jämfört med nivån för året innan.", "2023-10-24", [("året innan", "2022", "relative")]),
    ("Kostnaden steg nästa år.", "2023-10-24", [("nästa år", "2024", "relative")]),
])
def test_times_a_relative_year_after_for_is_a_stated_year(text, published, expected):
    assert [(t.text, t.start, t.type) for t in find_times(text, published)] == expected


@pytest.mark.parametrize("text,expected", [
    # a season opening its sentence before a present-tense verb is the topic, not a period
    ("Vintern står för en tredjedel av omsättningen.", []),
    ("Hösten är lugnast för butikerna.", []),
    # ... in the past tense, or with a year, it is a period
    ("Sommaren var ovanligt varm.", [("Sommaren", "2025-06", "2025-08")]),
    ("Hösten 2023 står för mycket.", [("Hösten 2023", "2023-09", "2023-11")]),
])
def test_times_season_topics(text, expected):
    assert [(t.text, t.start, t.end) for t in find_times(text, "2025-09-10")] == expected


@pytest.mark.parametrize("text,published,expected", [
    # 'vid årsskiftet' told in the past is the turn already passed, also late in the year
    ("Kapitalet var 12,1 procent, jämfört med 11,4 procent vid årsskiftet.", "2025-10-20", [("årsskiftet", "2024-12-31", "2024-12-31")]),
    ("Vid årsskiftet höjs avgiften.", "2025-10-20", [("årsskiftet", "2025-12-31", "2025-12-31")]),
    # 'förra hösten', 'förra sommaren': the season a year before this year's (the word is part of the expression, so that
    # 'än förra våren' is a comparison point)
    ("Snittet blev 2,3, mot 2,0 förra hösten.", "2026-07-01", [("förra hösten", "2025-09", "2025-11")]),
    ("Andelen var 31 procent, mot 29 procent förra sommaren.", "2025-09-15", [("förra sommaren", "2024-06", "2024-08")]),
])
def test_times_year_turns_and_previous_seasons(text, published, expected):
    assert [(t.text, t.start, t.end) for t in find_times(text, published)] == expected


@pytest.mark.parametrize("text,published,expected", [
    # 'sedan' before a closed period opens a span from it up to publication, as 'sedan 2024' does
    ("Andelen har legat över 45 procent sedan sommaren 2024.", "2026-11-11", ("2024-06", "2026-11")),
    ("Priset har stigit sedan andra kvartalet 2025.", "2026-03-02", ("2025-04", "2026-03")),
    ("Sedan i februari har 300 anställts.", "2026-09-15", ("2026-02", "2026-09")),
    ("Vi har fått 1 240 nya kunder sedan årsskiftet.", "2026-10-22", ("2026-01-01", "2026-10-22")),
    # 'sedan' and the event before a year ('sedan börsintroduktionen 2009', 'sedan starten 2018')
    ("Sedan börsintroduktionen 2009 har värdet vuxit med 11,8 procent per år.", "2026-02-05", ("2009", "2026")),
    ("Antalet medlemmar har fördubblats sedan starten 2018.", "2026-02-05", ("2018", "2026")),
    # without 'sedan' the period stays closed; a coming one is no ongoing start
    ("Andelen var 45 procent sommaren 2024.", "2026-11-11", ("2024-06", "2024-08")),
])
def test_times_an_ongoing_start_opens_a_closed_period(text, published, expected):
    t = find_times(text, published)[0]
    assert (t.start, t.end) == expected
    assert (t.type == "open_start") == ("sedan" in text.lower())


@pytest.mark.parametrize("text,published,expected", [
    # a strong verb in the past tense ('vann', 'bröt', 'drev') makes a quarter or month without a year the one just
    # past, also beside 'kommer' ('kommer från': comes from, no future)
    ("Tillväxten kommer från mobilen, där vi vann 19 000 kunder under andra kvartalet.", "2026-07-16", ("2026-04", "2026-06")),
    ("Laget vann 14 matcher i mars.", "2026-05-02", ("2026-03", "2026-03")),
    ("Priset bröt 2 kronor under tredje kvartalet.", "2026-11-20", ("2026-07", "2026-09")),
])
def test_times_strong_past_verbs(text, published, expected):
    t = find_times(text, published)[0]
    assert (t.start, t.end) == expected


def test_times_ago_is_no_ongoing_start():
    """'för ett år sedan i mars': 'sedan' after a duration means 'ago'; the month after it stays closed."""
    t = [t for t in find_times("För ett år sedan i mars var det 4 grader.", "2026-10-22") if "mars" in t.text][0]
    assert t.type == "point" and t.end == t.start


@pytest.mark.parametrize("text,baseline", [
    # 'från' + a period after a told change amount: where the change started, the comparison point
    ("Priserna steg med 0,6 procent från augusti.", True),
    ("Avgiften sjönk med 12 kronor från i våras.", True),
    # ... a coming change from a period starts a new level then; a 'från' without an amount before is no baseline
    ("Priset höjs med 4 procent från januari.", False),
    ("Från augusti gäller 40 kronor.", False),
])
def test_times_the_period_a_told_change_started_from_is_a_baseline(text, baseline):
    t = find_times(text, "2026-10-14")[0]
    assert t.baseline is baseline


@pytest.mark.parametrize("text,baseline", [
    # the level of a year before publication is compared with ('på fjolårets nivå', 'på 2019 års nivå')
    ("Volymen ligger nästan på fjolårets nivå, 0,6 procent lägre.", True),
    ("Priserna är tillbaka på 2019 års nivå.", True),
    # this year's level, or a year not before a level noun, is the figure's own
    ("Årets nivå är 4 procent.", False),
    ("Nivån 2019 var låg.", False),
])
def test_times_the_level_of_an_earlier_year_is_a_baseline(text, baseline):
    t = find_times(text, "2026-11-19")[0]
    assert t.baseline is baseline
