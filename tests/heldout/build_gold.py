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
