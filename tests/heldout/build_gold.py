"""Build the held-out gold files from the annotations below (offsets computed on the ingested text).

Run from the project root:  python tests/heldout/build_gold.py
The annotations were written by reading each text as a fact-checker would, following ../shared/CONTRACT.md
and the conventions of ../shared/dev/gold_quantities.jsonl (optional: figures that only define a metric
or restate a rule; time_lenient: the period follows from the document rather than the sentence).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.ingest import ingest_path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


def G(anchor, value, unit, kind=None, bound="exact", per=None, t=None, lenient=False, direction=None, occ=1,
      optional=False, low=None, high=None, note="", ctx=None):
    kind = kind or {"SEK": "money", "percent": "percent", "percentage_point": "percentage_point", "ratio": "ratio",
                    "count": "count", "number": "number", "year": "duration", "month": "duration", "day": "duration",
                    "hour": "duration", "minute": "duration", "week": "duration"}.get(unit, "measure")
    t = t if t is None or isinstance(t, tuple) else (t, t)
    return {"anchor": anchor, "occurrence": occ, "value": value, "low": low, "high": high, "unit": unit, "kind": kind,
            "bound": bound, "per": per, "time_start": t[0] if t else None, "time_end": t[1] if t else None,
            "direction": direction, "optional": optional, "time_lenient": lenient, "note": note, "ctx": ctx}


def N(anchor, occ=1, note="", ctx=None):
    return {"anchor": anchor, "occurrence": occ, "note": note, "ctx": ctx}


Y23, Y24 = ("2023", "2023"), ("2024", "2024")

GOLD = {
    "reg_budget": [
        G("39 miljarder kronor", 39e9, "SEK", t=Y24, lenient=True, note="title: 'Budgetpropositionen för 2024: Reformer för 39 miljarder'"),
        G("39 mdkr", 39e9, "SEK", t=Y24, note="'nästa år' from 2023-09-20"),
        G("10,9 miljarder kronor", 10.9e9, "SEK", t=Y24),
        G("2,4 mdkr", 2.4e9, "SEK", t=Y24, lenient=True, note="bullet; the budget year"),
        G("1,8 mdkr", 1.8e9, "SEK", t=Y24, lenient=True),
        G("6,4 miljarder kronor", 6.4e9, "SEK", t=Y24, lenient=True),
        G("10 miljarder kronor", 10e9, "SEK", t=Y24, lenient=True, direction="increase", note="'i ökade generella statsbidrag'"),
        G("27 miljarder kronor", 27e9, "SEK", t=Y24, lenient=True, direction="increase", note="'förstärks med ... jämfört med 2023' (baseline)"),
        G("0,4 procent", 0.4, "percent", t=Y24, direction="increase", note="'växer BNP med'"),
        G("0,5 procent", 0.5, "percent", t=Y23, direction="decrease", note="'en nedgång på 0,5 procent i år'"),
        G("8,4 procent", 8.4, "percent", t=Y24, direction="increase", note="'väntas stiga till 8,4 procent nästa år'"),
        G("5,8 procent", 5.8, "percent", t=Y23, note="from-value of 'sjunka från ... till'"),
        G("2,9 procent", 2.9, "percent", t=Y24, direction="decrease"),
        G("−0,6 procent", -0.6, "percent", t=Y24),
        G("17 procent", 17, "percent", bound="approx", t=Y24, lenient=True),
    ],
    "kommun_budget": [
        G("7,8 miljarder kronor", 7.8e9, "SEK", t=Y24),
        G("4,6 procent", 4.6, "percent", t=Y24, direction="increase", note="baseline 'innevarande år'"),
        G("35 öre", 0.35, "SEK", t=Y24, lenient=True, direction="increase"),
        G("21,54 kronor", 21.54, "SEK", t=Y24, lenient=True),
        G("35 000 kronor", 35000, "SEK", per="month", note="'en månadslön på 35 000 kronor'"),
        G("120 kronor", 120, "SEK", bound="approx", per="month", direction="increase", note="'120 kronor mer i skatt per månad'"),
        G("45 Mkr", 45e6, "SEK", t=Y24, note="under heading 'Satsningar 2024'"),
        G("12 mnkr", 12e6, "SEK", t=Y24),
        G("640 miljoner kronor", 640e6, "SEK", t=Y24),
        G("3 procent", 3, "percent", t=Y24, direction="increase", note="'räknas upp med'"),
        G("2 914", 2914e6, "SEK", t=Y24, lenient=True, note="table, column 'Budget 2024, mnkr'"),
        G("+118", 118e6, "SEK", t=Y24, lenient=True, direction="increase"),
        G("1 732", 1732e6, "SEK", t=Y24, lenient=True),
        G("+87", 87e6, "SEK", t=Y24, lenient=True, direction="increase"),
        G("412", 412e6, "SEK", t=Y24, lenient=True),
        G("−6", -6e6, "SEK", t=Y24, lenient=True, direction="decrease"),
        G("1 000 invånare", 1000, "count", bound="approx", per="year", direction="increase"),
        G("97 000 invånare", 97000, "count", bound="approx", t=Y23, note="'i dag'"),
        G("14 300 kronor", 14300, "SEK", per="capita", t=Y23, lenient=True),
        G("15 100 kronor", 15100, "SEK", per="capita", t=Y23, lenient=True, note="national average of the same per-capita cost"),
        G("84 sidor", 84, "count", optional=True, note="page count of a linked PDF"),
    ],
    "parti_skola": [
        G("14,8 procent", 14.8, "percent", t=Y23, note="'Förra året' from 2024-02-05"),
        G("17 000 ungdomar", 17000, "count", bound="approx", t=Y23, lenient=True),
        G("2 miljarder kronor", 2e9, "SEK", per="year"),
        G("5 000", 5000, "count", t=("2022", "2026"), lenient=True, note="'under mandatperioden'"),
        G("tre timmar", 3, "hour", bound="at_least", per="week", note="'minst tre timmar i veckan'"),
        G("20 elever", 20, "count", bound="at_most"),
        G("Var femte", 0.2, "ratio", t=Y24, lenient=True),
        G("40 procent", 40, "percent", bound="more_than"),
        G("223,4 poäng", 223.4, "number", t=Y23, direction="decrease", note="compared with 229,8 in 2021"),
        G("229,8 poäng", 229.8, "number", t=("2021", "2021")),
    ],
    "scb_arbetsmarknad": [
        G("5 301 000 personer", 5301000, "count", t=Y23),
        G("15–74 år", None, "year", low=15, high=74, optional=True, note="age band that defines the population"),
        G("62 000 personer", 62000, "count", t=Y23, direction="increase"),
        G("69,4 procent", 69.4, "percent", t=Y23),
        G("480 000 personer", 480000, "count", t=Y23),
        G("61 000", 61000, "count", t=Y23, direction="increase"),
        G("8,3 procent", 8.3, "percent", t=Y23),
        G("1,0 procentenheter", 1.0, "percentage_point", t=Y23, direction="increase"),
        G("7,6 procent", 7.6, "percent", t=Y23, lenient=True),
        G("15–24 år", None, "year", low=15, high=24, optional=True),
        G("22,1 procent", 22.1, "percent", t=Y23, lenient=True),
        G("4 000", 4000, "count", bound="approx", t=Y23, lenient=True, direction="decrease", note="'Sedan maj'"),
        G("15–74 år", None, "year", low=15, high=74, occ=2, optional=True),
        G("5 301", 5301000, "count", ctx="Sysselsatta [5 301]", t=Y23, lenient=True, note="table in thousands ('tusental')"),
        G("480", 480000, "count", ctx="Arbetslösa [480]", t=Y23, lenient=True),
        G("2 205", 2205000, "count", t=Y23, lenient=True),
        G("fyra veckorna", 4, "week", optional=True, note="definition"),
        G("två veckor", 2, "week", bound="at_most", optional=True, note="definition"),
    ],
    "scb_kpif": [
        G("4,7 procent", 4.7, "percent", t=Y23, direction="decrease", note="title"),
        G("4,7 procent", 4.7, "percent", occ=2, t=Y23, direction="decrease", note="'att jämföra med 6,4 procent i augusti'"),
        G("6,4 procent", 6.4, "percent", t=Y23),
        G("fyra månader", 4, "month", note="'sjunkit fyra månader i rad'"),
        G("6,5 procent", 6.5, "percent", t=Y23, direction="decrease", note="'ned från 7,5 procent'"),
        G("7,5 procent", 7.5, "percent", t=Y23, lenient=True),
        G("6,1 procent", 6.1, "percent", t=Y23, lenient=True, direction="increase"),
        G("15,3 procent", 15.3, "percent", t=Y23, lenient=True, direction="decrease"),
        G("7,4 procent", 7.4, "percent", t=Y23, lenient=True, direction="increase"),
        G("2,1 procent", 2.1, "percent", t=Y23, direction="increase"),
        G("2 procent", 2, "percent", note="the inflation target"),
        G("4,3 procent", 4.3, "percent", t=Y23),
        G("6,2 procent", 6.2, "percent", t=Y23, lenient=True),
        G("414,5", 414.5, "number", t=Y23),
    ],
    "region_vard": [
        G("90 dagar", 90, "day", bound="more_than", optional=True, note="defines the metric"),
        G("4 150", 4150, "count"),
        G("3 280", 3280, "count", direction="decrease"),
        G("90 dagar", 90, "day", bound="at_most", occ=2, optional=True, note="the rule of the care guarantee"),
        G("90 dagar", 90, "day", bound="at_most", occ=3, optional=True),
        G("71 procent", 71, "percent", t=Y24, direction="increase", note="'I februari' (published March 2024), vs 64 % a year before"),
        G("64 procent", 64, "percent", t=Y23),
        G("67 procent", 67, "percent", t=Y24, lenient=True),
        G("20 procent", 20, "percent", bound="approx", direction="decrease"),
        G("85 miljoner kronor", 85e6, "SEK", t=Y24),
        G("1,2 miljoner besök", 1.2e6, "count", t=Y23, note="fact box headed 'Vården i siffror 2023'"),
        G("148 000 vårdtillfällen", 148000, "count", t=Y23),
        G("4,6 dygn", 4.6, "day", t=Y23, lenient=True),
        G("12 500 medarbetare", 12500, "count", bound="approx", t=Y23),
        G("9 000 listade patienter", 9000, "count"),
        G("6 procent", 6, "percent", direction="increase"),
    ],
    "polis_brott": [
        G("47 skjutningar", 47, "count", t=Y23, direction="decrease", note="vs 68 the year before"),
        G("68", 68, "count", t=("2022", "2022")),
        G("31 procent", 31, "percent", t=Y23, lenient=True, direction="decrease"),
        G("Sju personer", 7, "count", t=Y23, lenient=True),
        G("25 personer", 25, "count", t=Y23, lenient=True),
        G("363 skjutningar", 363, "count", t=Y23),
        G("53", 53, "count", t=Y23),
        G("12 procent", 12, "percent", t=Y23, direction="increase", note="'under året' in a January 2024 release about 2023"),
        G("29 000", 29000, "count", bound="approx", t=Y23, direction="increase"),
        G("var tredje", 1 / 3, "ratio", bound="approx", t=Y23, lenient=True),
        G("65 år", 65, "year", bound="more_than", optional=True, note="age threshold"),
        G("134 skjutvapen", 134, "count", t=Y23, lenient=True),
        G("40 kilo", 40, "kg", bound="approx", t=Y23, lenient=True),
        G("1 200 personer", 1200, "count", bound="more_than", t=Y23, lenient=True),
        G("71", 71, "count", t=("2021", "2021"), lenient=True, note="table row 2021", ctx="2021 [71] 9 2022"),
        G("9", 9, "count", t=("2021", "2021"), lenient=True, ctx="2021 71 [9] 2022"),
        G("68", 68, "count", t=("2022", "2022"), lenient=True, ctx="2022 [68] 11 2023"),
        G("11", 11, "count", t=("2022", "2022"), lenient=True, ctx="2022 68 [11] 2023"),
        G("47", 47, "count", t=Y23, lenient=True, ctx="2023 [47] 7 Tipsa"),
        G("7", 7, "count", t=Y23, lenient=True, ctx="2023 47 [7] Tipsa"),
    ],
    "energi_klimat": [
        G("5 procent", 5, "percent", t=Y23, direction="decrease"),
        G("44,2 miljoner ton", 44.2e6, "tonne", t=Y23),
        G("37 procent", 37, "percent", t=("1990", None), direction="decrease", note="'Sedan 1990'"),
        G("34,1 TWh", 34.1, "TWh", t=Y23),
        G("4,6 TWh", 4.6, "TWh", t=Y23, direction="increase"),
        G("20,5 procent", 20.5, "percent", t=Y23, lenient=True),
        G("164 TWh", 164, "TWh", t=Y23, lenient=True),
        G("48 TWh", 48, "TWh", t=Y23, lenient=True),
        G("410 nya vindkraftverk", 410, "count", t=Y23, note="'Under året' continues the 2023 account"),
        G("1 950 MW", 1950, "MW", t=Y23),
        G("650 MW", 650, "MW"),
        G("1,05 kr/kWh", 1.05, "SEK", per="kWh", t=Y23, lenient=True, note="'38 procent lägre än 2022': 2022 is the baseline"),
        G("38 procent", 38, "percent", t=Y23, lenient=True, direction="decrease"),
        G("20 000 kWh", 20000, "kWh", bound="approx", per="year"),
        G("70 procent", 70, "percent", direction="decrease"),
        G("8 procent", 8, "percent", per="year", ctx="minskningstakt på [8 procent]"),
        G("1,5 grader", 1.5, "degC", bound="more_than"),
        G("27 medlemsländer", 27, "count", optional=True, note="'EU:s 27 medlemsländer' names the union"),
        G("55 procent", 55, "percent"),
    ],
    "skola_kommun": [
        G("86,5 procent", 86.5, "percent", t=("2022", "2023"), direction="increase"),
        G("84,1 procent", 84.1, "percent", t=("2021", "2022"), lenient=True),
        G("sju år", 7, "year", note="'den högsta andelen på sju år'"),
        G("232,4", 232.4, "number", t=("2022", "2023"), lenient=True, direction="increase", note="'232,4 (226,1)'"),
        G("247,0", 247.0, "number", t=("2022", "2023"), lenient=True),
        G("218,6", 218.6, "number", t=("2022", "2023"), lenient=True),
        G("2 430 elever", 2430, "count", t=Y23),
        G("Var fjärde", 0.25, "ratio", t=Y23, lenient=True),
        G("35 nya speciallärare", 35, "count", t=Y23),
        G("18,5 miljoner kronor", 18.5e6, "SEK", t=Y23),
        G("12,1 elever", 12.1, "count", per="teacher", t=Y23, lenient=True),
        G("12,6", 12.6, "count", per="teacher", t=Y23, lenient=True),
        G("minst åtta ämnen", 8, "count", bound="at_least", optional=True, note="rule in the Education Act"),
    ],
    "bostad": [
        G("320 hyresrätter", 320, "count", note="heading"),
        G("320 hyresrätter", 320, "count", occ=2),
        G("sex huskroppar", 6, "count"),
        G("35 och 98 kvadratmeter", None, "m2", low=35, high=98),
        G("2 150 kr/kvm", 2150, "SEK", per="m2"),
        G("55 kvm", 55, "m2"),
        G("9 850 kronor", 9850, "SEK", bound="approx", per="month", note="'en månadshyra på cirka 9 850 kronor'"),
        G("1,1 miljarder kronor", 1.1e9, "SEK"),
        G("64 stycken", 64, "count"),
        G("65 år", 65, "year", bound="more_than", optional=True, note="age threshold"),
        G("10 procent", 10, "percent"),
        G("42 000 personer", 42000, "count", bound="more_than", t=Y24),
        G("7,5 år", 7.5, "year", t=Y24, lenient=True),
        G("1 430 bostäder", 1430, "count", t=Y23),
        G("46 procent", 46, "percent", t=Y23, direction="decrease"),
        G("240 kW", 240, "kW"),
        G("55 kWh", 55, "kWh", per="m2"),
    ],
    "bolag_rapport": [
        G("8 procent", 8, "percent", t=Y23, direction="increase"),
        G("1 843 (1 706) MSEK", 1843e6, "SEK", t=Y23, direction="increase"),
        G("5 procent", 5, "percent", t=Y23, lenient=True, direction="increase"),
        G("201 (171) MSEK", 201e6, "SEK", t=Y23, direction="increase"),
        G("10,9 (10,0) procent", 10.9, "percent", t=Y23, direction="increase"),
        G("312 MSEK", 312e6, "SEK", t=Y23, direction="increase", note="prior period (276) after the unit"),
        G("1,45 (1,12) kr", 1.45, "SEK", per="share", t=Y23, direction="increase", note="'Resultat per aktie'"),
        G("−45 MSEK", -45e6, "SEK", t=Y23, direction="decrease", note="prior period (88)"),
        G("5 512 (5 003) MSEK", 5512e6, "SEK", t=Y23, direction="increase"),
        G("21 procent", 21, "percent", t=Y23, direction="increase"),
        G("598 MSEK", 598e6, "SEK", t=Y23, direction="increase"),
        G("3 procent", 3, "percent", t=Y23, direction="decrease"),
        G("5,2 mdkr", 5.2e9, "SEK", t=Y23, direction="decrease"),
        G("400 MSEK", 400e6, "SEK", bound="approx"),
        G("fem år", 5, "year"),
        G("2 140", 2140, "count", t=Y23, direction="increase", note="vs 1 985 a year earlier"),
        G("1 985", 1985, "count", t=("2022", "2022"), lenient=True),
        G("2 miljoner aktier", 2e6, "count", bound="at_most"),
    ],
    "trafik": [
        G("110", 110, "km/h", t=Y24, lenient=True, note="'från 110 till 100 km/h'"),
        G("100 km/h", 100, "km/h", t=Y24, lenient=True, direction="decrease"),
        G("7 mil", 70, "km", bound="approx"),
        G("15 procent", 15, "percent", bound="approx", direction="decrease"),
        G("10 km/h", 10, "km/h", direction="decrease"),
        G("42,3 miljoner resor", 42.3e6, "count", t=Y24),
        G("6 procent", 6, "percent", t=Y24, direction="increase", note="'6 procent fler än samma period i fjol'"),
        G("15:e minut", 15, "minute", optional=True, note="'var 15:e minut': a frequency"),
        G("58 minuter", 58, "minute"),
        G("1,6 miljarder kronor", 1.6e9, "SEK", t=("2024", "2029")),
        G("25 miljarder kronor", 25e9, "SEK"),
        G("halvera", 0.5, "number", direction="decrease", optional=True),
        G("tre timmar", 3, "hour", bound="less_than"),
        G("1,5 procent", 1.5, "percent", per="year", t=("2024", "2040"), direction="increase"),
        G("14 500 fordon", 14500, "count", per="day", t=Y24),
        G("18 procent", 18, "percent", t=Y24, lenient=True),
    ],
}

NEG = {
    "reg_budget": [N("20 september 2023"), N("2024", 1, "'för 2024' in the heading"), N("1970-talet"), N("Agenda 2030"),
                   N("1 januari 2024"), N("1999:1229"), N("bilaga 2"), N("072-123 45 67")],
    "kommun_budget": [N("2025–2026"), N("14 november 2023"), N("11 kap."), N("8 §")],
    "parti_skola": [N("5 februari 2024"), N("årskurs 9", 1), N("årskurs 9", 2), N("Box 2091"), N("103 13"), N("Nygatan 2A"),
                    N("08-410 243 00"), N("802001-5189"), N("4.2.1"), N("© 2024")],
    "scb_arbetsmarknad": [N("2023-09-22"), N("8.00"), N("augusti 2023", 1), N("augusti 2022"), N("Tabell 1"),
                          N("24 oktober 2023"), N("08.00"), N("010-479 50 00")],
    "scb_kpif": [N("1980=100"), N("sidan 7"), N("maj 2022"), N("G20")],
    "region_vard": [N("2024-03-08"), N("0-7-90-90"), N("februari 2023"), N("covid-19"), N("1177"), N("112")],
    "polis_brott": [N("15 januari 2024"), N("11.30"), N("3 kap."), N("1 §"), N("1968:64"), N("114 14"), N("112"),
                    N("Box 12256"), N("102 26"), N("202100-0076"), N("2021", note="table row year", ctx="[2021] 71 9"), N("2022", ctx="[2022] 68 11"), N("2023", ctx="[2023] 47 7 Tipsa")],
    "energi_klimat": [N("2024-04-10"), N("1990"), N("etapp 2"), N("SE3"), N("2045"), N("2010"), N("ES 2024:01"), N("tabell 3.2")],
    "skola_kommun": [N("2023-08-30"), N("årskurs 9", 1), N("2022/23"), N("årskurs 9", 2), N("SFS 2010:800"), N("15 kap."),
                     N("5 §"), N("Stationsgatan 12"), N("753 75"), N("018-727 00 00")],
    "bostad": [N("21 maj 2024"), N("Fyren 4"), N("hösten 2026"), N("556012-3456"), N("Hamngatan 3"), N("211 22"), N("040-34 50 00")],
    "bolag_rapport": [N("januari–september 2023"), N("556789-1234"), N("Tredje kvartalet 2023"), N("kl. 10.00"),
                      N("+46 8 505 583 53"), N("412 356"), N("sidan 4"), N("26 oktober 2023"), N("07.30")],
    "trafik": [N("E4", 1), N("E4", 2), N("1 september"), N("första halvåret 2024"), N("väg 80"), N("2024–2029"), N("2040"),
               N("0771-921 921"), N("06.30–22.00"), N("Linje 100"), N("102")],
}


# --- second round (r2_*): other genres (debate, interpellation, manifesto, council minutes, wage agreement, NGO
# report, research, sport, weather, farming and forestry, health advice, news agency), annotated before the
# pipeline was run on them. Decisions: a match result ('4–2', '2–0') is a score, not an amount, and is a
# negative; a race time ('1.38.45') is a duration in hours; 'mandatperioden' in a manifesto for 2022–2026 is
# that term; a rule or a recommendation that is the text's content (health advice) is required, an age band
# that only delimits a group is optional.

Y19, Y20, Y21, Y22 = ("2019", "2019"), ("2020", "2020"), ("2021", "2021"), ("2022", "2022")

GOLD.update({
    "r2_debatt_s": [
        G("sju förslag", 7, "count"),
        G("tiondelen", 0.1, "ratio", optional=True, note="'Den rikaste tiondelen' names the group"),
        G("en tredjedel", 1 / 3, "ratio", bound="approx", t=Y24, note="'i dag nästan en tredjedel'"),
        G("230 000 barn", 230000, "count", bound="approx", t=Y24, lenient=True),
        G("två första budgetar", 2, "count", optional=True),
        G("21 miljarder kronor", 21e9, "SEK", direction="decrease", note="'sänkt skatten med'"),
        G("hälften", 0.5, "ratio", bound="more_than"),
        G("tio procent", 10, "percent", optional=True, note="'de tio procent som tjänar mest' names the group"),
        G("28 miljarder kronor", 28e9, "SEK", t=("2025", "2025"), note="'nästa år' from 2024-03-12"),
        G("12 miljarder kronor", 12e9, "SEK", per="year"),
        G("3 000 fler poliser", 3000, "count", t=("2024", "2026"), direction="increase", note="'till 2026'"),
        G("500 kronor", 500, "SEK", per="month", direction="decrease", note="'En sänkning ... med 500 kronor i månaden'"),
        G("80 procent", 80, "percent", direction="increase", note="'höjs till'"),
        G("100 dagarna", 100, "day"),
        G("61 områden", 61, "count"),
        G("dubbelt så hög", 2, "number"),
        G("var fjärde", 0.25, "ratio", t=Y24, lenient=True),
        G("6 miljarder kronor", 6e9, "SEK", per="year"),
    ],
    "r2_interpellation": [
        G("fyra nordligaste", 4, "count", optional=True),
        G("38 procent", 38, "percent", t=Y23, note="'I december 2023'"),
        G("90 dagar", 90, "day", bound="more_than", optional=True, note="defines the metric"),
        G("29 procent", 29, "percent", t=Y23, lenient=True),
        G("6 miljarder kronor", 6e9, "SEK", t=Y24),
        G("1 miljard kronor", 1e9, "SEK", t=Y24, lenient=True),
        G("514", 514, "count", t=("2022", None), lenient=True, note="from-value: the 2022 level"),
        G("547", 547, "count", t=("2022", None), direction="increase", note="'sedan 2022'"),
        G("11 procent", 11, "percent", direction="decrease"),
        G("400 miljoner kronor", 400e6, "SEK", bound="approx", per="year"),
        G("två år", 2, "year", bound="at_most", note="'Inom två år'"),
        G("21 regionerna", 21, "count"),
        G("ett halvår", 0.5, "year", optional=True, note="rhetorical"),
        G("90 dagar", 90, "day", occ=2, optional=True, note="the rule of the care guarantee"),
    ],
    "r2_valmanifest": [
        G("10 000 fler polisanställda", 10000, "count", t=("2022", "2026"), direction="increase"),
        G("4 miljarder kronor", 4e9, "SEK", t=("2022", "2026"), note="'under mandatperioden': the term the manifesto names"),
        G("Dubbla", 2, "number", optional=True),
        G("Minst 500 nya platser", 500, "count", bound="at_least"),
        G("över 160 000 patienter", 160000, "count", bound="more_than", t=Y22),
        G("hälften", 0.5, "ratio", direction="decrease", note="'korta köerna med hälften'"),
        G("fyra år", 4, "year"),
        G("60 dagar", 60, "day"),
        G("90", 90, "day", ctx="i stället för [90].", note="shares the unit of '60 dagar'"),
        G("3,5 miljarder kronor", 3.5e9, "SEK", per="year"),
        G("600 kronor", 600, "SEK", per="month", direction="increase", note="'600 kronor mer ... varje månad'"),
        G("8,5 procent", 8.5, "percent", t=Y22, note="'i juli' (2022)"),
        G("2 kronor per liter", 2, "SEK", per="l", direction="decrease", note="'sänka skatten ... med'"),
        G("1 av 3", 1 / 3, "ratio"),
    ],
    "r2_kf_protokoll": [
        G("62,5 miljoner kronor", 62.5e6, "SEK"),
        G("högst 40 mnkr", 40e6, "SEK", bound="at_most"),
        G("1–5 år", None, "year", low=1, high=5, optional=True, note="age band"),
        G("142", 142, "count", t=Y19, note="'142 år 2019': a count in 2019, not 142 years"),
        G("188", 188, "count", t=Y22, direction="increase"),
        G("4 procent", 4, "percent", bound="approx", per="year", direction="increase"),
        G("4 avdelningar", 4, "count"),
        G("72 barn", 72, "count"),
        G("6 avdelningar", 6, "count"),
        G("108 barn", 108, "count"),
        G("1 450 kvadratmeter", 1450, "m2"),
        G("3,2 mnkr", 3.2e6, "SEK", per="year"),
        G("knappt hälften", 0.5, "ratio", bound="approx"),
        G("31", 31, "count", ctx="Med [31] ja-röster"),
        G("10", 10, "count", ctx="mot [10] nej-röster"),
        G("4", 4, "count", ctx="och [4] som avstår"),
    ],
    "r2_avtal_loner": [
        G("7,4 procent", 7.4, "percent", t=("2023", "2025"), lenient=True, direction="increase", note="title; the agreement period"),
        G("två år", 2, "year"),
        G("tvåårigt", 2, "year", optional=True),
        G("cirka 500 000 anställda", 500000, "count", bound="approx", t=Y23, lenient=True),
        G("4,1 procent", 4.1, "percent", direction="increase"),
        G("3,3 procent", 3.3, "percent", direction="increase"),
        G("7,4 procent", 7.4, "percent", occ=2, direction="increase"),
        G("1 200 kronor", 1200, "SEK", per="month", t=Y23, direction="increase"),
        G("865 kronor", 865, "SEK", per="month", t=Y24, direction="increase"),
        G("0,3 procentenheter", 0.3, "percentage_point", direction="increase"),
        G("2,3 procent", 2.3, "percent", direction="increase", note="to-value"),
        G("24,60 kronor", 24.6, "SEK", per="hour", direction="increase"),
        G("9,4 procent", 9.4, "percent", t=Y23, note="'i februari'"),
        G("andra året", 2, "ordinal", optional=True, note="'för andra året i rad'"),
        G("nästan 5 procent", 5, "percent", bound="approx", t=("2021", None), direction="decrease", note="'tappat ... sedan 2021'"),
        G("över 4 procent", 4, "percent", bound="more_than", per="year"),
        G("uppemot 30 000 jobb", 30000, "count", bound="approx"),
        G("2,8 miljoner anställda", 2.8e6, "count", bound="approx"),
    ],
    "r2_ngo_rapport": [
        G("Var tionde", 0.1, "ratio", t=Y21, lenient=True, note="headline of the 2021 figures"),
        G("219 000 barn", 219000, "count", t=Y21),
        G("9,9 procent", 9.9, "percent", t=Y21),
        G("9 000 barn", 9000, "count", t=Y21, lenient=True, direction="increase", ctx="med [9 000 barn] jämfört"),
        G("fler än 1 av 5", 0.2, "ratio", bound="more_than", t=Y21, lenient=True),
        G("under 2 procent", 2, "percent", bound="less_than", t=Y21, lenient=True),
        G("Nästan hälften", 0.5, "ratio", bound="approx", t=Y21, lenient=True),
        G("1 012 föräldrar", 1012, "count"),
        G("var tredje", 1 / 3, "ratio"),
        G("Två av tre", 2 / 3, "ratio"),
        G("43 procent", 43, "percent"),
        G("en veckas", 1, "week", optional=True),
        G("Var femte", 0.2, "ratio"),
        G("En fjärdedel", 0.25, "ratio"),
        G("fördubblats", 2, "number", t=("2020", None), direction="increase"),
        G("omkring 20 procent", 20, "percent", bound="approx", t=("2018", None), direction="decrease"),
        G("300 kronor", 300, "SEK", per="month", direction="increase"),
        G("drygt 14 000 familjer", 14000, "count", bound="approx", t=Y22),
        G("87 lokalföreningar", 87, "count", t=Y22, lenient=True),
    ],
    "r2_forskning": [
        G("3 412 deltagare", 3412, "count"),
        G("10 timmar", 10, "hour", bound="more_than", per="day"),
        G("23 procent", 23, "percent", direction="increase"),
        G("6 timmar", 6, "hour", bound="less_than", per="day"),
        G("95 procents", 95, "percent", optional=True, note="the confidence level defines the interval"),
        G("11–36 procent", None, "percent", low=11, high=36),
        G("mellan 18 och 64 år", None, "year", low=18, high=64, optional=True, note="age band"),
        G("sju dagar", 7, "day"),
        G("8,2 år", 8.2, "year"),
        G("187 personer", 187, "count"),
        G("30 minuters", 30, "minute", per="day"),
        G("en tredjedel", 1 / 3, "ratio", bound="approx", direction="decrease"),
        G("54 procent", 54, "percent"),
        G("47,3 år", 47.3, "year"),
        G("9,5 timmar", 9.5, "hour", per="day"),
        G("en timme", 1, "hour", t=("2015", None), direction="increase"),
        G("4,8 miljoner kronor", 4.8e6, "SEK"),
    ],
    "r2_idrott": [
        G("12 300 åskådare", 12300, "count", t=Y23, lenient=True),
        G("tredje raka", 3, "ordinal", optional=True),
        G("19-årige", 19, "year"),
        G("två mål", 2, "count"),
        G("sju minuter", 7, "minute"),
        G("25 minuter", 25, "minute"),
        G("9 850 åskådare", 9850, "count", per="match", t=Y23, lenient=True),
        G("6 procent", 6, "percent", t=Y23, lenient=True, direction="increase"),
        G("30 kilometerna", 30, "km"),
        G("1.38.45", 1 + 38 / 60 + 45 / 3600, "hour", t=Y23, lenient=True, note="a race time, h.mm.ss"),
        G("1.52.10", 1 + 52 / 60 + 10 / 3600, "hour", t=Y23, lenient=True),
        G("fyra minuter", 4, "minute", bound="approx"),
        G("14 500 anmälda", 14500, "count", t=Y23, lenient=True),
        G("11 982", 11982, "count", t=Y23, lenient=True),
        G("322 000", 322000, "count", t=Y23, lenient=True, direction="increase"),
        G("4 procent", 4, "percent", t=Y23, lenient=True, direction="increase", note="'4 procent fler än 2022'"),
        G("11 procent", 11, "percent", direction="increase"),
        G("ett år", 1, "year"),
        G("250 kronor", 250, "SEK", bound="at_least", note="'kostar från 250 kronor'"),
    ],
    "r2_smhi": [
        G("20–30 centimeter", None, "cm", low=20, high=30, t=Y24, lenient=True),
        G("upp till 40 centimeter", 40, "cm", bound="at_most", t=Y24, lenient=True),
        G("minus 35 grader", -35, "degC", t=Y24, lenient=True),
        G("mellan −12 och −15 grader", None, "degC", low=-15, high=-12, t=Y24, lenient=True),
        G("25 meter per sekund", 25, "m/s", t=Y24, lenient=True),
        G("4 meter", 4, "m", t=Y24, lenient=True),
        G("25 år", 25, "year", note="'den värsta på 25 år'"),
        G("−43,6 grader", -43.6, "degC"),
        G("30 millimeter", 30, "mm", t=Y23, note="'I december' in a January 2024 text"),
        G("60 procent", 60, "percent", bound="approx", t=Y23, lenient=True),
        G("3 grader", 3, "degC", t=Y23, lenient=True),
        G("1–2 timmar", None, "hour", low=1, high=2),
        G("14 avgångar", 14, "count"),
    ],
    "r2_skog_lantbruk": [
        G("tio år", 10, "year", note="title: 'den lägsta på tio år'"),
        G("4,3 miljoner ton", 4.3e6, "tonne", t=Y23),
        G("18 procent", 18, "percent", t=Y23, lenient=True, direction="decrease", note="'mindre än genomsnittet'"),
        G("fem åren", 5, "year", optional=True, note="defines the baseline"),
        G("en fjärdedel", 0.25, "ratio", bound="approx", t=Y23, lenient=True, direction="decrease"),
        G("1,1 miljoner ton", 1.1e6, "tonne", t=Y23, lenient=True, direction="decrease"),
        G("3 200 kilo", 3200, "kg", per="ha", t=Y23, lenient=True),
        G("4 100 kilo", 4100, "kg", per="ha", note="'jämfört med normalt': the same yield per hectare"),
        G("2,5 miljoner hektar", 2.5e6, "ha", bound="approx", t=Y23, lenient=True),
        G("1 miljon hektar", 1e6, "ha", bound="approx", t=Y23, lenient=True),
        G("30 procent", 30, "percent", t=("2000", None), direction="decrease"),
        G("cirka 58 000", 58000, "count", bound="approx", t=Y23),
        G("3,2 miljoner kubikmeter", 3.2e6, "m3", t=Y22, direction="decrease"),
        G("8 miljoner kubikmeter", 8e6, "m3", t=Y20),
        G("93 miljoner skogskubikmeter", 93e6, "m3sk", t=Y22, lenient=True),
        G("300 000–500 000 kronor", None, "SEK", low=300000, high=500000, t=Y23),
        G("400 miljoner kronor", 400e6, "SEK"),
        G("1 200 kronor per hektar", 1200, "SEK", bound="at_most", per="ha"),
        G("Mellan 1 och 2 procent", None, "percent", low=1, high=2),
    ],
    "r2_fhm_rad": [
        G("6 av 10", 0.6, "ratio", t=Y23),
        G("under 12 år", 12, "year", bound="less_than", optional=True, note="age threshold"),
        G("var tredje", 1 / 3, "ratio", t=Y23, lenient=True),
        G("18–64 år", None, "year", low=18, high=64, optional=True),
        G("Minst 150 minuter", 150, "minute", bound="at_least", per="week"),
        G("minst 75 minuter", 75, "minute", bound="at_least", per="week", note="the same weekly recommendation"),
        G("2–3 gånger", None, "count", low=2, high=3, per="week"),
        G("30:e minut", 30, "minute", optional=True, note="a frequency"),
        G("6–17 år", None, "year", low=6, high=17, optional=True),
        G("minst 60 minuter", 60, "minute", bound="at_least", per="day"),
        G("högst 2 timmar", 2, "hour", bound="at_most", per="day"),
        G("6,5 miljarder kronor", 6.5e9, "SEK", per="year"),
        G("omkring 10 000 dödsfall", 10000, "count", bound="approx", per="year"),
        G("20–30 procent", None, "percent", low=20, high=30, direction="decrease"),
        G("över 65 år", 65, "year", bound="more_than", optional=True),
        G("45 procent", 45, "percent", t=Y23, lenient=True),
        G("5 procentenheter", 5, "percentage_point", t=("2016", None), direction="increase"),
        G("48 sidor", 48, "count", optional=True),
        G("2,1 MB", 2.1, "MB", optional=True),
    ],
    "r2_tt_notis": [
        G("var femte", 0.2, "ratio", t=Y24, lenient=True, note="title"),
        G("tredje året", 3, "ordinal", optional=True),
        G("27 600 personer", 27600, "count", t=Y24),
        G("dubbelt så många", 2, "number", t=Y24, lenient=True),
        G("Var femte", 0.2, "ratio", t=Y24, lenient=True),
        G("en fjärdedel", 0.25, "ratio", t=Y24, lenient=True),
        G("Drygt en tredjedel", 1 / 3, "ratio", bound="approx", t=Y24, lenient=True),
        G("cirka 3 600", 3600, "count", bound="approx", t=Y24, lenient=True),
        G("mellan 4 000 och 5 000 personer", None, "count", low=4000, high=5000, t=Y24, lenient=True),
        G("tio år", 10, "year", bound="more_than"),
        G("Hälften", 0.5, "ratio", t=Y24, lenient=True),
        G("1,2", 1.2e9, "SEK", t=("2019", None), lenient=True, note="from-value, shares 'miljarder kronor'"),
        G("2,1 miljarder kronor", 2.1e9, "SEK", t=("2019", None), direction="increase"),
        G("1 100 kronor", 1100, "SEK"),
        G("dubbelt så mycket", 2, "number", bound="approx", direction="increase", note="'drygt dubbelt så mycket som för fem år sedan'"),
        G("45 procent", 45, "percent", t=Y24, lenient=True, direction="decrease", note="'lägre andel än vid förra mätningen 2017'"),
        G("var andra", 0.5, "ratio", t=("2017", "2017")),
        G("50–60 miljoner kronor", None, "SEK", low=50e6, high=60e6, per="year", t=("2024", "2026")),
    ],
})

NEG.update({
    "r2_debatt_s": [N("12 mars 2024"), N("2006"), N("1", ctx="[1]. Ett välfärdslyft"), N("2", ctx="[2]. 3 000"),
                    N("3", ctx="[3]. En sänkning"), N("4", ctx="[4]. Att ersättningen")],
    "r2_interpellation": [N("2023/24:412"), N("Anf. 23"), N("december 2023"), N("kömiljard"), N("31 oktober 2024"),
                          N("9 kap."), N("1 §"), N("2017:30")],
    "r2_valmanifest": [N("Val 2022"), N("2022–2026"), N("15 augusti 2022"), N("11 september"), N("1991"), N("Box 2373"), N("103 18"),
                       N("08-723 25 00"), N("© 2022"), N("2022-08-15"), N("09.12")],
    "r2_kf_protokoll": [N("2023-06-12"), N("§ 45"), N("KS 2023/145"), N("1", ctx="[1]. godkänna"), N("2", ctx="[2]. uppdra"),
                        N("3", ctx="[3]. finansiera"), N("år 2019"), N("1974"), N("2023-05-02"), N("bilaga 3"), N("§ 112"),
                        N("2023-06-14")],
    "r2_avtal_loner": [N("1 april 2023", 1), N("31 mars 2025"), N("1 april 2023", 2), N("1 april 2024"), N("kl. 22.00"),
                       N("06.00"), N("2021"), N("1997"), N("08-504 150 00")],
    "r2_ngo_rapport": [N("28 november 2023"), N("år 2021"), N("2020"), N("2018"), N("901 20 03"), N("90 20 03-3"),
                       N("802002-8711")],
    "r2_forskning": [N("17 januari 2024"), N("2015"), N("2024;45:112–120"), N("10.1093"), N("070-123 45 67")],
    "r2_idrott": [N("2 oktober 2023"), N("4–2", 1, "a match result is a score, not an amount"), N("4–2", 2), N("2019"),
                  N("andra halvlek"), N("2–0"), N("2022"), N("7 oktober"), N("15.00"), N("TV4"), N("kanal 5")],
    "r2_smhi": [N("4 januari 2024"), N("11:40"), N("1999"), N("E14"), N("E45"), N("0771-460 460"), N("klass 2"), N("kl. 18")],
    "r2_skog_lantbruk": [N("5 september 2023"), N("år 2000"), N("under 2022"), N("rekordåret 2020"), N("15 november 2023"),
                         N("JO 16 SM 2301")],
    "r2_fhm_rad": [N("2023-05-10"), N("2016"), N("1177", 1), N("1177", 2), N("171 82"), N("010-205 20 00")],
    "r2_tt_notis": [N("vecka 14"), N("fem år", note="'för fem år sedan' is a time"), N("2017"), N("2024–2026"),
                    N("2024-5-17"), N("2019")],
})


def locate(text: str, anchor: str, occ: int, ctx: str | None = None) -> tuple[int, int, int]:
    """(start, end, occurrence) of the anchor: its occ-th occurrence, or the part of ctx marked '[...]' (white space
    in ctx matches any run of white space, so table rows are found however cells are separated)."""
    if ctx:
        pre, rest = ctx.split("[", 1)
        mid, post = rest.split("]", 1)
        assert mid == anchor, (anchor, ctx)
        rx = lambda part: r"\s*".join(re.escape(w) for w in part.split(" "))
        hits = list(re.finditer(rf"{rx(pre)}({rx(mid)}){rx(post)}", text))
        if len(hits) != 1:
            raise SystemExit(f"context {ctx!r} found {len(hits)} times")
        pos = hits[0].start(1)
        return pos, pos + len(anchor), text.count(anchor, 0, pos) + 1 if anchor else 1
    pos = -1
    for _ in range(occ):
        pos = text.find(anchor, pos + 1)
        if pos < 0:
            raise SystemExit(f"anchor {anchor!r} #{occ} not found")
    end = pos + len(anchor)
    if (pos > 0 and anchor[0].isalnum() and text[pos - 1].isalnum()) or (end < len(text) and anchor[-1].isalnum() and text[end].isalnum()):
        raise SystemExit(f"anchor {anchor!r} #{occ} is part of a longer word: {text[pos - 10:end + 10]!r}")
    return pos, end, occ


def texts() -> dict[str, str]:
    out = {}
    for p in sorted(CORPUS.iterdir()):
        if p.name.endswith(".meta.json"):
            continue
        doc = ingest_path(p, CORPUS)
        out[doc.doc_id] = doc.text
    return out


def main():
    docs = texts()
    assert set(GOLD) == set(docs) == set(NEG), (sorted(GOLD), sorted(docs))
    gold_lines, neg_lines = [], []
    for doc_id in sorted(docs):
        text = docs[doc_id]
        rows = []
        for g in GOLD[doc_id]:
            s, e, occ = locate(text, g["anchor"], g["occurrence"], g.pop("ctx"))
            row = {"doc": doc_id, **g, "occurrence": occ, "char_start": s, "char_end": e}
            if row["low"] is None:
                del row["low"], row["high"]
            rows.append(row)
        gold_lines += sorted(rows, key=lambda r: r["char_start"])
        for n in NEG[doc_id]:
            s, e, occ = locate(text, n["anchor"], n["occurrence"], n["ctx"])
            row = {"doc": doc_id, "anchor": n["anchor"], "occurrence": occ, "char_start": s, "char_end": e}
            if n["note"]:
                row["note"] = n["note"]
            neg_lines.append(row)
    (HERE / "gold_quantities.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_lines), encoding="utf-8")
    (HERE / "gold_negatives.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in neg_lines), encoding="utf-8")
    print(f"{len(gold_lines)} gold mentions ({sum(not r['optional'] for r in gold_lines)} required), {len(neg_lines)} negatives")


if __name__ == "__main__":
    main()
