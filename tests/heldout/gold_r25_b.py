"""Round 25, part B (r25_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 25, part B (r25_b_*): eight kinds, written from scratch (r25_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a mining company's year-end report for
# 2025 (dateline 'Kiruna den 11 februari 2026'; 'Siffror inom parentes avser helåret 2024 om inget annat anges'; dash
# bullets under 'HELÅRET 2025' with brackets in miljoner ton, procent, Mkr and kronor per aktie; 'FJÄRDE KVARTALET'
# with brackets, 'ökade med 11 procent till', a price in dollar per ton 'föll ... till ..., från ... ett år tidigare';
# 'VD HAR ORDET' with 'mer än 14 miljoner ton', 'drygt en tredjedel', a range for 2026; 'reducerades med', 'vilket är
# 87 fler än tolv månader tidigare', an accident rate; a plain-text table 'NYCKELTAL' 'Kv 4 2025' / 'Kv 4 2024' /
# 'Helår 2025' / 'Helår 2024' with units in the row labels ('Mt', 'Mkr')), a housing-queue organisation's monthly
# release for October 2026 ('Publicerad 2026-11-06'; 'jämfört med 468 i oktober i fjol', 'en nedgång med', 'Sedan
# årsskiftet', 'en ökning med 6 210 på tolv månader', 'Ungefär var fjärde', kötid in år ', mot 6,9 år för ett år
# sedan', 'knappt en fjärdedel', rent per month; a plain-text table by district 'Förmedlade okt 2026' / 'Förmedlade okt
# 2025' / 'Kötid okt 2026, år' / 'Kötid okt 2025, år'; a forecast for 2027; an unchanged queue fee), a region's
# maternity-care statistics for 2025 (Markdown, '*... · Publicerad 24 mars 2026*'; births and deliveries, 'backade med',
# caesarean share 'steg till ..., från ... 2024', 'Knappt två av fem', the national average; a Markdown table by
# hospital 'Förlossningar 2025' / 'Förlossningar 2024' / 'Kejsarsnitt 2025, %' / 'Kejsarsnitt 2024, %'; a labelled
# bracket '(4,1 procent 2024)', lengths of stay in 'dygn', 'Var tredje föderska', mean age 'en ökning med 0,9 år sedan
# 2015', midwife posts ', 14 fler än', a quote with a target for 2026), a municipality's annual air-quality report for
# 2025 ('Publicerad 2026-04-15'; kvävedioxid and PM10 in 'mikrogram per kubikmeter' against the norms and earlier
# years, 'dygn' over the limit, a plain-text table with a two-level header 'Kvävedioxid' / 'Partiklar' / 'Dygn över
# normen' over years; WHO guideline values, traffic counts 'per vardagsdygn', studded-tyre share 'mot 44 procent två
# år tidigare', a quote with a target), an UNDATED political party page on schools (no date, no sidecar; 'elever på
# varje lärare', 'I början av 1990-talet', 'antalet lärare per hundra elever' 'sjunkit från drygt 10 till knappt 8,2',
# 'var femte lärare', 'Enligt lärarfacken', Finland, Norway, the OECD; a numbered list 'Våra löften' with 'senast
# 2030', 'Senast 2032'; costs 'växer till drygt 9 miljarder', 'mindre än 2 procent', 'över 4 miljarder kronor om
# året'), a weekly electricity spot-price report for week 46 dated only by its sidecar (2026-11-16; öre/kWh per
# elområde, 'en uppgång med 41 procent jämfört med veckan innan', 'klättrade ... till ... från ... vecka 45', 'drygt en
# femtedel', 'Under vecka 46 förra året'; a plain-text table 'Spotpris per elområde, öre/kWh' 'Vecka 46' / 'Vecka 45' /
# 'Förändr.' / 'Vecka 46 i fjol'; the dearest hour, wind power in TWh ', cirka 30 procent mindre än veckan före',
# nuclear availability, a worked example for a villa), a municipality's HTML page on sports-hall and pool rents from 1
# January 2026 (cookie banner, menu, breadcrumb, footer; 'Publicerad 28 oktober 2025'; 'räknas upp med i genomsnitt 5,6
# procent', 'från 150 till 160 kronor per timme', 'i timmen', 'omkring tre fjärdedelar'; an HTML table 'Timhyra i
# kronor från 1 januari 2026 (inom parentes pris 2025)' whose cells carry brackets '160 (150)'; booking rules, 'Förra
# säsongen' hours, income and running costs) and a long-distance cycling race summary for 2026 ('Publicerad 22 juni
# 2026'; '315 kilometer', starters 'i lördags' ', vilket kan jämföras med ... förra året', finishers, 'fullföljandegrad',
# 'I fjol', 'Rekordåret 2019', mean time 'timmar och ... minuter', '47 minuter långsammare', women's share 'växte till
# ..., från ... 2025', winning time and speed 'kilometer i timmen', 'drygt en halvtimme från banrekordet', nations,
# depots, buns and litres, medical interventions, a quote 'nästan nio av tio', next year's target and fee).
# The r8-r24 decisions are followed (see the headers of gold_r23_a.py, gold_r24_a.py and gold_r24_b.py): periods at
# year grain; a relative expression in the sentence ('förra året', 'i fjol', 'i lördags', 'för ett år sedan')
# resolves against the publication date and is not lenient; a month, quarter or week without a year, a heading's,
# caption's or the document's period, present tense, 'i dag', 'året innan' / 'året före' / 'veckan innan' / 'ett år
# tidigare' are lenient; brackets take the period their note or label names (explicit); a level followed by ', mot',
# ', jämfört med', ', att jämföra med', ', vilket är X fler' is the new value after a change, from-values have no
# direction; comparisons at one time (between districts, hospitals, countries, areas, against a norm, a guideline or
# a national average) have no direction; targets and promises are required, without a year they have no period;
# thresholds, definitions and examples are optional; table cells take their column headers' periods (a caption's
# lenient), change columns take their direction from the sign; rows that are categories take the column's or
# caption's measure as subject, rows that are measures their own label; öre are SEK/100; 'vilket' / 'Det' / 'varav' /
# elided nouns / pronouns / a figure as grammatical subject have s None; the payer is no subject; 'X svarade för / stod
# för Y' takes X; a party's list of promises ('Våra löften', first person 'Vi') is the publisher's (r22/r23), the rest
# of its page is plain reporting; the UNDATED text has no period except where a period is written out.
# Where those were silent, decided here:
# - Mining: bullets under 'HELÅRET 2025' take 2025 lenient, their brackets 2024 explicit (the note); 'FJÄRDE
#   KVARTALET' has no year: 2025 lenient, its brackets 2024 explicit (the note names the year; at year grain the
#   quarter's comparison period falls in 2024). 'uppgick till', 'nådde', 'blev', 'var', 'hamnade på' state no change
#   ('nådde' is read as reaching a level, not as a rise); 'steg till' increase. 'miljoner ton' and the row label unit
#   'Mt' are tonne x 1e6. 'dollar per ton' is USD per="tonne"; '112 dollar ett år tidigare' 2024 lenient. The CEO's
#   'mer än 14 miljoner ton malm på ett år' is the 2025 output (required, more_than, per None: the year is its period),
#   'drygt en tredjedel' ratio 1/3 approx with s 'volymen'. 'reducerades med' decrease; the year-end level in the same
#   sentence is the new value (decrease). 'Olycksfrekvensen' is unit number (no unit written); its from-value '4,4 året
#   dessförinnan' is 2024 lenient. Table: 'Kv 4 2025' etc. explicit at year grain; rows are measures with their units.
# - Housing queue: 'Under oktober' / 'Sedan årsskiftet' / 'vid månadens slut' are 2026 lenient; 'i oktober i fjol' 2025
#   explicit, 'för ett år sedan' 2025 explicit. Queue times are unit year. 'en ökning med 6 210' takes the thing that
#   changes ('Antalet registrerade sökande'); 'Det är en nedgång med 12 procent' s None. 'Längst tid tog det' gives s
#   'tid', 'Kortast väntan' s 'väntan'. The example flat 'om 55 kvadratmeter' is optional (m2); the rent 'i månaden'
#   per="month"; the queue fee is 'Årsavgiften': per="year", 'oförändrad' states no change (2026 lenient). Table:
#   'okt 2026' / 'okt 2025' explicit; districts are categories: s 'Förmedlade' / 'Kötid'. The 2027 forecast follows
#   the quote in a sentence of its own: no speaker.
# - Maternity: 'Under 2025' gives 2025 explicit to its own sentence only; later sentences 2025 lenient. 'tre
#   förlossningskliniker' is a count (number word, required as r24's 'elva nya butiker'). The labelled bracket
#   '(4,1 procent 2024)' is 2024 explicit with no direction. 'Medelvårdtiden ... medan den efter kejsarsnitt var 3,2
#   dygn': 'den' is a pronoun, s None; 'dygn' is unit day. 'har stigit till 30,6 år' is the 2025 level (lenient),
#   increase; 'en ökning med 0,9 år sedan 2015' spans ('2015', '2025') lenient, s 'Medelåldern'. 'Under
#   sommarveckorna' 2025 lenient; '82 sommaren 2024' explicit. The quote's 'färre än 20 födande' is the 2026 target
#   (less_than, no direction); 'halverat' is left out (no figure). Table: header years explicit; hospitals are
#   categories: s 'Förlossningar' / 'Kejsarsnitt'; '35 år eller äldre' is an age limit (N).
# - Air quality: concentrations are unit "ug/m3" (micrograms per cubic metre; no earlier round had one), 'mikrogram'
#   without 'per kubikmeter' after a stated one carries it. The norms stated as facts ('Miljökvalitetsnormen ... ligger
#   på 40', 'högst 35 sådana dygn per år') and WHO's guideline values are required with no period (rules, like a
#   target without a year); WHO's are credited ('WHO rekommenderar'), at_most ('inte ska överstiga'). The threshold in
#   'Dygnsmedelvärdet översteg 50 mikrogram' defines the counted days: optional. Days over the limit are unit day (as
#   r24's 'dagar per person'). 'året före' 2024 lenient; 'år 2015' explicit; 'i februari' (no year) 2025 lenient, its
#   '44 procent två år tidigare' 2023 lenient; 'marginellt högre än 2024 då det var 17,1': 17,8 increase, 17,1 2024
#   explicit. '14 300 per vardagsdygn' per="day". The quote's 'få ned ... under 30 procent' is a target without a year:
#   less_than, decrease (a verb of change, as r24's 'lyfta ... till'). Table: two header lines; the years in the second
#   line are explicit for the measure above them; stations are categories: s 'Kvävedioxid' / 'Partiklar' / 'Dygn'.
#   'PM10' and 'Tabell 1' are names (N).
# - Party page (UNDATED): 'elever på varje lärare' / 'elever per lärare' are count per="teacher"; 'antalet lärare per
#   hundra elever' is count per="pupil" with the value as written (as r24's 'per 100 000 invånare' per capita).
#   'I början av 1990-talet' is ('1990', '1999') lenient (the beginning of the decade lies inside it), given to '9,9'
#   and to the from-value 'drygt 10'; 'knappt 8,2' now: no period, decrease. Comparisons with Finland, Norway and the
#   OECD have no direction. 'Enligt lärarfacken' is the speaker of '45 000' ('enligt'); 'inom tio år' gives no period
#   (undated). Promises: speaker ('Nya Framtidspartiet', 'publisher'); 'senast 2030' / 'Senast 2032' explicit;
#   'sänker ... till högst 11' at_most, decrease; 'fler än 20 elever' in 'Ingen klass ... ska ha fler än' is a cap:
#   at_most; '6,5 miljarder kronor per år' per year. The costs under 'Vad kostar det?' are plain reporting (no 'vi'):
#   no speaker; 'växer till drygt 9 miljarder' increase; 'mindre än 2 procent' s None ('Det motsvarar').
# - Spot prices (sidecar 2026-11-16): 'vecka 46' / 'vecka 45' / 'veckan innan' / 'veckan före' 2026 lenient; 'vecka 46
#   förra året' and the header 'Vecka 46 i fjol' resolve to 2025 explicit. öre/kWh is SEK/100 per="kWh". 'drygt en
#   femtedel av priset i Malmöområdet' compares areas at one time (ratio 0.2, approx, no direction). 'sjönk under 5
#   öre/kWh' less_than, decrease. The example 'som förbrukar 500 kWh i veckan' is optional (per week); 'en extra
#   kostnad på ungefär 215 kronor jämfört med vecka 45' increase. Table: caption unit; 'Förändr.' signed percent 2026
#   lenient; areas are categories: s 'Spotpris'; 'SE1'...'SE4' and 'elområde N' are names (N).
# - Rents (HTML, published 2025-10-28, prices from 1 January 2026): prices from the heading's date are 2026 lenient;
#   'från 150 till' 150 is the current price 2025 lenient; 'i timmen' / 'per timme' per="hour". Table cells 'X (Y)':
#   X takes the caption's 2026 (lenient), Y the caption's bracket note 'inom parentes pris 2025' (explicit); no
#   direction (no verb, no change column); categories: s 'Timhyra'. 'senare än 14 dagar före' is a rule threshold:
#   optional. 'Förra säsongen' is the season 2024/25: ('2024', '2025') lenient (decided: a season straddles the turn of
#   the year), given to the hours, the income and the running costs in the same paragraph.
# - Cycling race: 'i lördags' resolves to 2026 explicit; other figures of the race 2026 lenient; '12 timmar och 41
#   minuter' and other h+min times are unit minute (as r24's h.mm.ss); '47 minuter långsammare än förra årets snitt'
#   increase (the time grew), 2026 lenient; the mean time itself is the new value (increase). 'kilometer i timmen' is
#   km/h. 'drygt en halvtimme från banrekordet' compares the winning time with the record: optional minute 30 approx,
#   no direction. 'den äldste som fullföljde var 84 år' is a measured age (unit year, required), unlike '58-åriga' (N).
#   'Arrangörerna räknar med ... över 16 000 startande 2027' is credited to 'Arrangörerna' (more_than, 2027 explicit,
#   no direction); 'Startavgiften höjs med 100 kronor till 1 450 kronor' refers to 'nästa års lopp': 2027 lenient,
#   increase. 'nästan nio av tio' ratio 0.9 approx in the quote.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and
#   dates that only place a claim, week numbers, area names with digits, next-release dates, table numbers, list
#   numbering, grade spans ('årskurs 1–3'), age limits, opening hours, phone numbers, street addresses, postal codes,
#   org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'på tolv månader', 'för ett år
#   sedan', 'fjärde året i rad', 'halverat', 'mer än halverats', 'två år tidigare', 'inom tio år', 'det första året',
#   'tolv månader tidigare', 'på ett år', 'De flesta'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2019", "2023", "2024", "2025", "2026", "2027", "2030", "2032")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y23, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2023", "2024", "2025", "2026", "2027"))
    L23 = dict(t=Y23, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. mining company, year-end report 2025 (dateline 11 februari 2026)
    MP = ("Malmproduktionen", "Malmproduktionen")
    PP = ("Produktionen av järnmalmspellets", "Produktionen")
    MH = ("Medelhalten järn i den brutna malmen", "Medelhalten")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    UD = ("en utdelning", "utdelning")
    MA = ("malm", "malm")
    LV = ("leveranserna av färdiga produkter", "leveranserna")
    PR = ("Det genomsnittliga realiserade priset", "priset")
    AL = ("Annika Lindroth", "quote")
    NS = ("Nettoskulden", "Nettoskulden")
    AN = ("Antalet anställda", "Antalet")
    OF = ("Olycksfrekvensen", "Olycksfrekvensen")
    kq = lambda sc, u: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F)]
    GOLD["r25_b_gruva_bokslut"] = [
        G("14,2", 14.2e6, "tonne", ctx="till [14,2] (13,6)", **L25, s=MP, sp=None, note="heading 'HELÅRET 2025' (lenient); 'uppgick till'"),
        G("13,6", 13.6e6, "tonne", ctx="14,2 ([13,6]) miljoner", t=Y24, s=MP, sp=None, note="bracket: 'helåret 2024'"),
        G("9,8", 9.8e6, "tonne", ctx="nådde [9,8] (9,1)", **L25, s=PP, sp=None, note="'nådde': a level"),
        G("9,1", 9.1e6, "tonne", ctx="9,8 ([9,1]) miljoner", t=Y24, s=PP, sp=None),
        G("41,3", 41.3, "percent", ctx="var [41,3] (42,0)", **L25, s=MH, sp=None),
        G("42,0", 42.0, "percent", ctx="41,3 ([42,0]) procent", t=Y24, s=MH, sp=None),
        G("18 412", 18412e6, "SEK", ctx="till [18 412] (16 975)", **L25, direction="increase", s=NO, sp=None, note="'steg till'"),
        G("16 975", 16975e6, "SEK", ctx="18 412 ([16 975]) Mkr", t=Y24, s=NO, sp=None),
        G("4 326", 4326e6, "SEK", ctx="blev [4 326] (3 871)", **L25, s=RR, sp=None),
        G("3 871", 3871e6, "SEK", ctx="4 326 ([3 871]) Mkr", t=Y24, s=RR, sp=None),
        G("23,5", 23.5, "percent", **L25, s=RM, sp=None),
        G("22,8", 22.8, "percent", t=Y24, s=RM, sp=None),
        G("5 104", 5104e6, "SEK", ctx="till [5 104] (4 220)", **L25, s=KF, sp=None),
        G("4 220", 4220e6, "SEK", ctx="5 104 ([4 220]) Mkr", t=Y24, s=KF, sp=None),
        G("6,50", 6.50, "SEK", per="share", **L25, s=UD, sp=None, note="'kronor per aktie' after the bracket applies to both; the board's proposal is plain reporting"),
        G("5,75", 5.75, "SEK", per="share", t=Y24, s=UD, sp=None),
        G("3,9", 3.9e6, "tonne", ctx="bröts [3,9] (3,4)", **L25, s=MA, sp=None, note="'FJÄRDE KVARTALET' (no year)"),
        G("3,4", 3.4e6, "tonne", ctx="3,9 ([3,4]) miljoner", t=Y24, s=MA, sp=None),
        G("11 procent", 11, "percent", **L25, direction="increase", s=LV, sp=None),
        G("2,7 miljoner ton", 2.7e6, "tonne", **L25, direction="increase", s=LV, sp=None, note="'ökade med ... till'"),
        G("5 018", 5018e6, "SEK", ctx="på [5 018] (4 402)", **L25, s=NO, sp=None, note="'för perioden oktober–december hamnade på'"),
        G("4 402", 4402e6, "SEK", ctx="5 018 ([4 402]) Mkr", t=Y24, s=NO, sp=None),
        G("104 dollar", 104, "USD", per="tonne", **L25, direction="decrease", s=PR, sp=None, note="'föll ... till ..., från'"),
        G("112 dollar", 112, "USD", per="tonne", **L24, s=PR, sp=None, note="from-value 'ett år tidigare'"),
        G("0,38 procent", 0.38, "percent", **L25, s=("Kopparhalten i sidoprodukten från Sörberget", "Kopparhalten"), sp=None),
        G("mer än 14 miljoner ton", 14e6, "tonne", bound="more_than", **L25, s=MA, sp=AL, note="the 2025 output"),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=("volymen", "volymen"), sp=AL, note="'stod för'"),
        G("mellan 14,5 och 15,0 miljoner ton", None, "tonne", low=14.5e6, high=15.0e6, t=Y["2026"], s=("en produktion", "produktion"), sp=AL, note="'För 2026 räknar vi med'"),
        G("2 870 miljoner kronor", 2870e6, "SEK", **L25, s=("Investeringarna", "Investeringarna"), sp=None),
        G("640 miljoner", 640e6, "SEK", **L25, s=None, sp=None, note="'varav'"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", **L25, direction="decrease", s=NS, sp=None, note="'reducerades med'"),
        G("3,4 miljarder kronor", 3.4e9, "SEK", **L25, direction="decrease", s=NS, sp=None, note="the year-end level after the change"),
        G("2 315", 2315, "count", **L25, direction="increase", s=AN, sp=None, note="', vilket är 87 fler'"),
        G("87", 87, "count", ctx="är [87] fler", **L25, direction="increase", s=None, sp=None, note="'vilket'"),
        G("3,1", 3.1, "number", ctx="till [3,1], från", **L25, direction="decrease", s=OF, sp=None),
        G("4,4", 4.4, "number", **L24, s=OF, sp=None, note="from-value 'året dessförinnan'"),
        *_row(G, "Bruten malm, Mt", ["3,9", "3,4", "14,2", "13,6"], kq(1e6, "tonne"), ("Bruten malm", "malm"), note="table 'NYCKELTAL': 'Kv 4 2025' / 'Kv 4 2024' / 'Helår 2025' / 'Helår 2024' explicit; rows are measures with their units"),
        *_row(G, "Pelletsproduktion, Mt", ["2,6", "2,3", "9,8", "9,1"], kq(1e6, "tonne"), ("Pelletsproduktion", "Pelletsproduktion")),
        *_row(G, "Nettoomsättning, Mkr", ["5 018", "4 402", "18 412", "16 975"], kq(1e6, "SEK"), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat, Mkr", ["1 197", "986", "4 326", "3 871"], kq(1e6, "SEK"), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Kassaflöde löpande verksamhet, Mkr", ["1 502", "1 088", "5 104", "4 220"], kq(1e6, "SEK"), ("Kassaflöde löpande verksamhet", "Kassaflöde")),
    ]
    NEG["r25_b_gruva_bokslut"] = [
        N("januari–december 2025", note="title"), N("11 februari 2026", note="dateline"),
        N("2024", ctx="helåret [2024] om", note="names the brackets' period"), N("2025", ctx="HELÅRET [2025]", note="heading"),
        N("2026", ctx="För [2026] räknar", note="places the forecast"),
        N("Kv 4 2025", note="column header"), N("Kv 4 2024", note="column header"), N("Helår 2025", note="column header"), N("Helår 2024", note="column header"),
        N("556734-2291", note="org number"), N("Malmvägen 4", note="street address"), N("981 38", note="postal code"), N("0980-455 00"),
    ]

    # ------------------------------------------------------------ 2. housing queue, October 2026 (Publicerad 2026-11-06)
    LG = ("lägenheter", "lägenheter")
    AS = ("Antalet registrerade sökande i kön", "Antalet")
    KT = ("Den genomsnittliga kötiden", "kötiden")
    NP = ("Nyproduktionen", "Nyproduktionen")
    FM = ("Förmedlade", "Förmedlade")
    KO = ("Kötid", "Kötid")
    bk = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("year", 1, None, Y26, F, F), ("year", 1, None, Y25, F, F)]
    GOLD["r25_b_bostadsko_oktober"] = [
        G("412 lägenheter", 412, "count", **L26, direction="decrease", s=LG, sp=None, note="'Under oktober'; ', jämfört med 468 i oktober i fjol'"),
        G("468", 468, "count", ctx="med [468] i oktober", t=Y25, s=None, sp=None, note="'i oktober i fjol' resolves; elided noun"),
        G("12 procent", 12, "percent", **L26, direction="decrease", s=None, sp=None, note="'Det är en nedgång med'"),
        G("4 085 lägenheter", 4085, "count", **L26, direction="decrease", s=LG, sp=None, note="'Sedan årsskiftet'"),
        G("3 procent", 3, "percent", **L26, direction="decrease", s=None, sp=None, note="'vilket är ... färre'"),
        G("98 740", 98740, "count", **L26, direction="increase", s=AS, sp=None, note="'vid månadens slut'; ', en ökning med'"),
        G("6 210", 6210, "count", **L26, direction="increase", s=AS, sp=None),
        G("Ungefär var fjärde", 0.25, "ratio", bound="approx", **L26, s=("sökande", "sökande"), sp=None, note="'i dag'"),
        G("7,4 år", 7.4, "year", **L26, direction="increase", s=KT, sp=None, note="', mot 6,9 år för ett år sedan'"),
        G("6,9 år", 6.9, "year", t=Y25, s=KT, sp=None, note="'för ett år sedan' resolves to October 2025"),
        G("11,2 år", 11.2, "year", **L26, s=("Längst tid", "tid"), sp=None),
        G("2,8 år", 2.8, "year", **L26, s=("Kortast väntan", "väntan"), sp=None),
        G("96", 96, "count", ctx="för [96] av", **L26, s=NP, sp=None, note="'X svarade för' takes X"),
        G("knappt en fjärdedel", 0.25, "ratio", bound="approx", **L26, s=NP, sp=None),
        G("4,1 år", 4.1, "year", **L26, s=("kötiden", "kötiden"), sp=None),
        G("55 kvadratmeter", 55, "m2", optional=True, s=("en nyproducerad tvåa", "tvåa"), sp=None, note="defines the example flat"),
        G("11 450 kronor", 11450, "SEK", per="month", **L26, s=("Hyran", "Hyran"), sp=None),
        *_row(G, "Gamla Vallby", ["38", "51", "11,2", "10,4"], bk, [FM, FM, KO, KO], note="table: 'Förmedlade okt 2026' / 'okt 2025' / 'Kötid okt 2026, år' / 'okt 2025, år' explicit; districts are categories"),
        *_row(G, "Söderhöjden", ["104", "117", "8,3", "7,7"], bk, [FM, FM, KO, KO]),
        *_row(G, "Kvarnbacken", ["91", "88", "6,6", "6,5"], bk, [FM, FM, KO, KO]),
        *_row(G, "Norrängen", ["127", "150", "2,8", "3,0"], bk, [FM, FM, KO, KO]),
        *_row(G, "Östra hamnen", ["52", "62", "5,9", "5,1"], bk, [FM, FM, KO, KO]),
        *_row(G, "Totalt", ["412", "468", "7,4", "6,9"], bk, [FM, FM, KO, KO]),
        G("ungefär 600 nybyggda hyresrätter", 600, "count", bound="approx", t=Y27, s=("nybyggda hyresrätter", "hyresrätter"), sp=None, note="forecast in a sentence after the quote"),
        G("250 kronor", 250, "SEK", per="year", **L26, s=("Årsavgiften", "Årsavgiften"), sp=None, note="'oförändrad': no change"),
    ]
    NEG["r25_b_bostadsko_oktober"] = [
        N("oktober 2026", ctx="statistik för [oktober 2026]", note="title"), N("2026-11-06", note="Publicerad"),
        N("oktober 2026", ctx="stadsdel, [oktober 2026]", note="caption"),
        N("okt 2026", ctx="Förmedlade [okt 2026]", note="column header"), N("okt 2025", ctx="Förmedlade [okt 2025]", note="column header"),
        N("okt 2026", ctx="Kötid [okt 2026]", note="column header"), N("okt 2025", ctx="Kötid [okt 2025]", note="column header"),
        N("2027", note="places the forecast"), N("2026-12-04", note="next release"),
        N("Stationsgatan 12", note="street address"), N("722 14", note="postal code"), N("021-39 14 00"),
    ]

    # ------------------------------------------------------------ 3. maternity care 2025 (Markdown, Publicerad 24 mars 2026)
    AF = ("Antalet förlossningar", "Antalet")
    AK = ("Andelen kejsarsnitt", "Andelen")
    GB = ("Andelen förstföderskor med grav bristning vid vaginal förlossning", "Andelen")
    MÅ = ("Medelåldern för förstföderskor", "Medelåldern")
    KÖ = ("Karin Öberg", "quote")
    FL = ("Förlossningar", "Förlossningar")
    KS = ("Kejsarsnitt", "Kejsarsnitt")
    fk = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F)]
    GOLD["r25_b_forlossningar_2025"] = [
        G("9 214 barn", 9214, "count", t=Y25, s=("barn", "barn"), sp=None, note="'Under 2025'"),
        G("tre förlossningskliniker", 3, "count", t=Y25, s=("förlossningskliniker", "förlossningskliniker"), sp=None),
        G("9 071 förlossningar", 9071, "count", t=Y25, s=("förlossningar", "förlossningar"), sp=None),
        G("3,2 procent", 3.2, "percent", **L25, direction="decrease", s=AF, sp=None, note="'backade med ... jämfört med året innan'"),
        G("1,5 procent", 1.5, "percent", **L25, s=("Andelen tvillingfödslar", "Andelen"), sp=None),
        G("18,9 procent", 18.9, "percent", **L25, direction="increase", s=AK, sp=None, note="'steg till ..., från ... 2024'"),
        G("17,6 procent", 17.6, "percent", t=Y24, s=AK, sp=None),
        G("Knappt två av fem", 0.4, "ratio", bound="approx", **L25, s=("kejsarsnitt", "kejsarsnitt"), sp=None),
        G("19,8 procent", 19.8, "percent", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="comparison at one time"),
        *_row(G, "Västmarks universitetssjukhus", ["4 602", "4 788", "21,4", "19,9"], fk, [FL, FL, KS, KS], sep=" | ", note="Markdown table: header years explicit; hospitals are categories"),
        *_row(G, "Lindås lasarett", ["2 936", "3 010", "16,8", "15,7"], fk, [FL, FL, KS, KS], sep=" | "),
        *_row(G, "Bergslunds sjukhus", ["1 533", "1 573", "15,3", "14,6"], fk, [FL, FL, KS, KS], sep=" | "),
        *_row(G, "Hela regionen", ["9 071", "9 371", "18,9", "17,6"], fk, [FL, FL, KS, KS], sep=" | "),
        G("3,4 procent", 3.4, "percent", **L25, direction="decrease", s=GB, sp=None, note="'minskade ... och landade på'"),
        G("4,1 procent", 4.1, "percent", t=Y24, s=GB, sp=None, note="labelled bracket '(4,1 procent 2024)'"),
        G("1,9 dygn", 1.9, "day", **L25, s=("Medelvårdtiden", "Medelvårdtiden"), sp=None),
        G("3,2 dygn", 3.2, "day", **L25, s=None, sp=None, note="'den' is a pronoun"),
        G("Var tredje föderska", 1 / 3, "ratio", **L25, s=("föderska", "föderska"), sp=None),
        G("30,6 år", 30.6, "year", **L25, direction="increase", s=MÅ, sp=None, note="'har stigit till'"),
        G("0,9 år", 0.9, "year", t=("2015", "2025"), lenient=True, direction="increase", s=MÅ, sp=None, note="'sedan 2015'"),
        G("312 barnmorsketjänster", 312, "count", **L25, direction="increase", s=("barnmorsketjänster", "barnmorsketjänster"), sp=None, note="'vid årets slut'; ', 14 fler än'"),
        G("14", 14, "count", ctx="barnmorsketjänster, [14] fler", **L25, direction="increase", s=None, sp=None),
        G("47 födande", 47, "count", **L25, direction="decrease", s=("födande", "födande"), sp=None, note="'Under sommarveckorna'; ', jämfört med 82 sommaren 2024'"),
        G("82", 82, "count", t=Y24, s=None, sp=None),
        G("färre än 20 födande", 20, "count", bound="less_than", t=Y["2026"], s=("födande", "födande"), sp=KÖ, note="target 'Målet för 2026'"),
    ]
    NEG["r25_b_forlossningar_2025"] = [
        N("2025", ctx="Region Västmark [2025]", note="title"), N("24 mars 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] föddes", note="places the claim"), N("2004", note="places the comparison"),
        N("2024", ctx="17,6 procent [2024]", note="places the from-value"),
        N("Förlossningar 2025", note="column header"), N("Förlossningar 2024", note="column header"),
        N("Kejsarsnitt 2025", note="column header"), N("Kejsarsnitt 2024", note="column header"),
        N("2024", ctx="4,1 procent [2024]", note="bracket label"), N("35 år", note="age limit"), N("2015", note="places the change"),
        N("2024", ctx="sommaren [2024]", note="places the comparison"), N("2026", ctx="Målet för [2026]", note="places the target"),
        N("010-447 20 00"),
    ]

    # ------------------------------------------------------------ 4. air quality 2025 (Publicerad 2026-04-15)
    U = "ug/m3"
    ÅM = ("årsmedelvärdet", "årsmedelvärdet")
    DM = ("Dygnsmedelvärdet", "Dygnsmedelvärdet")
    AF2 = ("antalet fordon på Storgatan", "antalet")
    DD = ("Dubbdäcksandelen bland personbilar", "Dubbdäcksandelen")
    WHO = ("WHO", "credited")
    lk = [(U, 1, None, Y25, F, F), (U, 1, None, Y24, F, F), (U, 1, None, Y25, F, F), (U, 1, None, Y24, F, F), ("day", 1, None, Y25, F, F)]
    LS = [("Kvävedioxid", "Kvävedioxid")] * 2 + [("Partiklar", "Partiklar")] * 2 + [("Dygn över normen", "Dygn")]
    GOLD["r25_b_luftkvalitet_2025"] = [
        G("21,4 mikrogram per kubikmeter", 21.4, U, **L25, direction="decrease", s=ÅM, sp=None, note="', jämfört med 24,9 året före'"),
        G("24,9", 24.9, U, ctx="med [24,9] året", **L24, s=None, sp=None, note="elided; 'året före'"),
        G("33,0", 33.0, U, t=Y["2015"], s=None, sp=None, note="'år 2015'"),
        G("40 mikrogram per kubikmeter", 40, U, s=("Miljökvalitetsnormen för årsmedelvärde", "Miljökvalitetsnormen"), sp=None, note="the norm: a rule, no period"),
        G("17,8 mikrogram per kubikmeter", 17.8, U, **L25, direction="increase", s=("ett årsmedelvärde", "årsmedelvärde"), sp=None, note="'marginellt högre än 2024'"),
        G("17,1", 17.1, U, ctx="var [17,1]. Dygn", t=Y24, s=None, sp=None, note="'då det var'"),
        G("50 mikrogram per kubikmeter", 50, U, bound="more_than", optional=True, s=DM, sp=None, note="threshold defining the counted days"),
        G("23 dygn", 23, "day", **L25, direction="increase", s=DM, sp=None, note="', att jämföra med 19 dygn 2024'"),
        G("19 dygn", 19, "day", t=Y24, s=None, sp=None),
        G("högst 35", 35, "day", bound="at_most", per="year", s=("Normen", "Normen"), sp=None, note="the norm: a rule, no period"),
        *_row(G, "Storgatan", ["21,4", "24,9", "17,8", "17,1", "23"], lk, LS, note="table: two header lines, years explicit; stations are categories"),
        *_row(G, "Järnvägsgatan", ["18,2", "19,6", "15,3", "15,9", "11"], lk, LS),
        *_row(G, "Kyrkskolan (bakgrund)", ["8,7", "9,1", "11,4", "11,2", "2"], lk, LS),
        G("10 mikrogram per kubikmeter", 10, U, bound="at_most", s=("årsmedelvärdet för kvävedioxid", "årsmedelvärdet"), sp=WHO, note="guideline, no period"),
        G("15 mikrogram", 15, U, bound="at_most", s=None, sp=WHO, note="elided; 'per kubikmeter' carried"),
        G("6 procent", 6, "percent", **L25, direction="decrease", s=AF2, sp=None),
        G("14 300", 14300, "count", per="day", **L25, direction="decrease", s=AF2, sp=None, note="'minskade med ... till ... per vardagsdygn'"),
        G("7 procent", 7, "percent", **L25, s=("Andelen tunga fordon", "Andelen"), sp=None),
        G("38 procent", 38, "percent", **L25, direction="decrease", s=DD, sp=None, note="'i februari' (no year); ', mot'"),
        G("44 procent", 44, "percent", **L23, s=DD, sp=None, note="'två år tidigare'"),
        G("under 30 procent", 30, "percent", bound="less_than", direction="decrease", s=("dubbdäcksandelen", "dubbdäcksandelen"), sp=("Oskar Nyqvist", "quote"), note="target without a year"),
    ]
    NEG["r25_b_luftkvalitet_2025"] = [
        N("2025", ctx="kommun [2025]", note="title"), N("2026-04-15", note="Publicerad"), N("2025", ctx="under [2025]. Vid", note="places the claim"),
        N("2015", note="places the comparison"), N("2017", note="places the claim"), N("PM10", note="name of the measure"),
        N("2024", ctx="än [2024] då", note="places the comparison"), N("2024", ctx="dygn [2024]", note="places the comparison"),
        N("Tabell 1", note="table number"),
        N("2025", ctx="Mätstation [2025]", note="column header"), N("2024", ctx="Mätstation 2025 [2024]", note="column header"),
        N("2025", ctx="Mätstation 2025 2024 [2025]", note="column header"), N("2024", ctx="Mätstation 2025 2024 2025 [2024]", note="column header"),
        N("normen 2025", note="column header"), N("2010", note="places the change"),
        N("Rådhustorget 1", note="street address"), N("643 30", note="postal code"), N("0150-560 00"),
    ]

    # ------------------------------------------------------------ 5. party page on schools (UNDATED)
    NF = ("Nya Framtidspartiet", "publisher")
    EL = ("elever", "elever")
    LT = ("Lärartätheten", "Lärartätheten")
    D90 = dict(t=("1990", "1999"), lenient=True)
    GOLD["r25_b_parti_skola"] = [
        G("12,3 elever", 12.3, "count", per="teacher", s=EL, sp=None, note="'I dag': no period (undated)"),
        G("9,9", 9.9, "count", per="teacher", **D90, s=("motsvarande siffra", "siffra"), sp=None, note="'I början av 1990-talet'"),
        G("drygt 10", 10, "count", bound="approx", per="pupil", **D90, s=LT, sp=None, note="from-value; 'per hundra elever'"),
        G("knappt 8,2", 8.2, "count", bound="approx", per="pupil", direction="decrease", s=LT, sp=None),
        G("var femte lärare", 0.2, "ratio", s=("lärare", "lärare"), sp=None),
        G("44 procent", 44, "percent", s=("personalen", "personalen"), sp=None),
        G("omkring 45 000 behöriga lärare", 45000, "count", bound="approx", s=("behöriga lärare", "lärare"), sp=("lärarfacken", "enligt"), note="'inom tio år': no period"),
        G("ungefär 9 elever", 9, "count", bound="approx", per="teacher", s=EL, sp=None, note="comparison with other countries"),
        G("10", 10, "count", ctx="Norge [10].", per="teacher", s=None, sp=None),
        G("13 elever", 13, "count", per="teacher", s=("Genomsnittet i OECD-länderna", "Genomsnittet"), sp=None),
        G("19 elever", 19, "count", s=("En finsk lågstadieklass", "lågstadieklass"), sp=None),
        G("22", 22, "count", ctx="har [22].", s=None, sp=None),
        G("högst 11", 11, "count", bound="at_most", per="teacher", t=Y["2030"], direction="decrease", s=("antalet elever per lärare i grundskolan", "antalet"), sp=NF, note="promise 'senast 2030'"),
        G("8 000 fler lärare", 8000, "count", direction="increase", s=("lärare", "lärare"), sp=NF),
        G("3 000 fler speciallärare", 3000, "count", direction="increase", s=("speciallärare", "speciallärare"), sp=NF),
        G("20 elever", 20, "count", bound="at_most", s=("klass", "klass"), sp=NF, note="'Ingen klass ... fler än': a cap"),
        G("6,5 miljarder kronor per år", 6.5e9, "SEK", per="year", s=("ett riktat statsbidrag för fler lärare", "statsbidrag"), sp=NF),
        G("minst 90 procent", 90, "percent", bound="at_least", t=Y["2032"], s=("alla lärare", "lärare"), sp=NF, note="'Senast 2032'"),
        G("6,5 miljarder kronor", 6.5e9, "SEK", ctx="kostar [6,5 miljarder kronor] det", s=("Reformerna", "Reformerna"), sp=None),
        G("drygt 9 miljarder", 9e9, "SEK", bound="approx", direction="increase", s=None, sp=None, note="'växer till'"),
        G("mindre än 2 procent", 2, "percent", bound="less_than", s=None, sp=None, note="'Det motsvarar'"),
        G("över 4 miljarder kronor", 4e9, "SEK", bound="more_than", per="year", s=("ränteavdraget för konsumtionslån", "ränteavdraget"), sp=None),
    ]
    NEG["r25_b_parti_skola"] = [
        N("1990-talet", note="places the comparison"),
        N("1", ctx="[1]. Vi sänker", note="list numbering"), N("2030", note="target year"),
        N("2", ctx="[2]. Vi anställer", note="list numbering"), N("3", ctx="[3]. Ingen", note="list numbering"),
        N("1–3", note="grade span"), N("4", ctx="[4]. Vi avsätter", note="list numbering"),
        N("5", ctx="[5]. Senast", note="list numbering"), N("2032", note="target year"), N("08-410 522 60"),
    ]

    # ------------------------------------------------------------ 6. spot prices week 46 (sidecar 2026-11-16)
    SPR = ("Spotpris", "Spotpris")
    ep = [("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y26, True, F), ("percent", 1, None, Y26, True, True), ("SEK", 0.01, "kWh", Y25, F, F)]
    GOLD["r25_b_elpris_v46"] = [
        G("118,6 öre/kWh", 1.186, "SEK", per="kWh", **L26, direction="increase", s=("genomsnittet", "genomsnittet"), sp=None, note="'vecka 46' (no year); ', en uppgång med'"),
        G("41 procent", 41, "percent", **L26, direction="increase", s=("genomsnittet", "genomsnittet"), sp=None, note="'jämfört med veckan innan'"),
        G("86,2 öre/kWh", 0.862, "SEK", per="kWh", **L26, direction="increase", s=("priset", "priset"), sp=None, note="'klättrade ... till ... från'"),
        G("63,5 öre/kWh", 0.635, "SEK", per="kWh", **L26, s=("priset", "priset"), sp=None, note="from-value 'vecka 45'"),
        G("24,8 öre/kWh", 0.248, "SEK", per="kWh", **L26, s=("ett veckosnitt", "veckosnitt"), sp=None),
        G("drygt en femtedel", 0.2, "ratio", bound="approx", **L26, s=None, sp=None, note="comparison between areas at one time"),
        G("142,3 öre/kWh", 1.423, "SEK", per="kWh", t=Y25, s=("elen", "elen"), sp=None, note="'vecka 46 förra året' resolves"),
        G("104,7 öre/kWh", 1.047, "SEK", per="kWh", t=Y25, s=("snittet", "snittet"), sp=None),
        *_row(G, "SE1", ["24,8", "19,7", "+26 %", "31,4"], ep, SPR, note="table 'Spotpris per elområde, öre/kWh': 'Vecka 46' / 'Vecka 45' 2026 lenient, 'Förändr.' signed, 'Vecka 46 i fjol' 2025 explicit; areas are categories"),
        *_row(G, "SE2", ["24,8", "19,7", "+26 %", "31,4"], ep, SPR),
        *_row(G, "SE3", ["86,2", "63,5", "+36 %", "104,7"], ep, SPR),
        *_row(G, "SE4", ["118,6", "84,1", "+41 %", "142,3"], ep, SPR),
        G("392 öre/kWh", 3.92, "SEK", per="kWh", **L26, s=("priset", "priset"), sp=None, note="'Dyraste timmen'"),
        G("under 5 öre/kWh", 0.05, "SEK", bound="less_than", per="kWh", **L26, direction="decrease", s=("priset", "priset"), sp=None, note="'sjönk under'"),
        G("1,1 TWh", 1.1, "TWh", **L26, direction="decrease", s=("Vindkraften", "Vindkraften"), sp=None, note="', cirka 30 procent mindre än veckan före'"),
        G("cirka 30 procent", 30, "percent", bound="approx", **L26, direction="decrease", s=None, sp=None),
        G("7 procent", 7, "percent", **L26, direction="increase", s=("elanvändningen", "elanvändningen"), sp=None),
        G("86 procent", 86, "percent", **L26, s=("en tillgänglighet", "tillgänglighet"), sp=None),
        G("500 kWh", 500, "kWh", per="week", optional=True, s=("en villa med elvärme", "villa"), sp=None, note="defines the example"),
        G("ungefär 215 kronor", 215, "SEK", bound="approx", **L26, direction="increase", s=("en extra kostnad", "kostnad"), sp=None, note="'jämfört med vecka 45'"),
    ]
    NEG["r25_b_elpris_v46"] = [
        N("vecka 46", ctx="Elpriset [vecka 46]", note="title"), N("vecka 46", ctx="under [vecka 46]. I", note="places the claim"),
        N("elområde 4", ctx="I [elområde 4] blev", note="area name"), N("elområde 3", ctx="Även i [elområde 3]", note="area name"),
        N("vecka 45", ctx="63,5 öre/kWh [vecka 45]", note="places the from-value"),
        N("Elområde 1", note="area name"), N("2", ctx="1 och [2] hade", note="area name"),
        N("vecka 46", ctx="Under [vecka 46] förra", note="places the comparison"), N("elområde 4", ctx="elen i [elområde 4]", note="area name"),
        N("elområde 3", ctx="snittet i [elområde 3]", note="area name"),
        N("Vecka 46", ctx="Elområde [Vecka 46] Vecka 45", note="column header"), N("Vecka 45", note="column header"),
        N("Vecka 46", ctx="Förändr. [Vecka 46] i fjol", note="column header"),
        N("SE1", note="area name"), N("SE2", note="area name"), N("SE3", note="area name"), N("SE4", note="area name"),
        N("elområde 4", ctx="priset i [elområde 4] nådde", note="area name"), N("elområde 4", ctx="prisuppgången i [elområde 4]", note="area name"),
        N("vecka 45", ctx="jämfört med [vecka 45], räknat", note="places the comparison"), N("vecka 47", note="places the forecast"),
    ]

    # ------------------------------------------------------------ 7. sports-hall and pool rents from 1 January 2026 (HTML, Publicerad 28 oktober 2025)
    TH = ("Timhyra", "Timhyra")
    PRS = ("priset", "priset")

    def br(label, pairs, note=""):
        """Cells 'X (Y)': X the caption's 2026 (lenient), Y the bracket note's 2025 (explicit)."""
        out, pre = [], label
        for i, (a, b) in enumerate(pairs):
            out.append(G(a, float(a.replace(" ", "")), "SEK", per="hour", **L26, s=TH, sp=None, ctx=f"{pre} [{a}] ({b})", note=note if i == 0 else ""))
            out.append(G(b, float(b.replace(" ", "")), "SEK", per="hour", t=Y25, s=TH, sp=None, ctx=f"{pre} {a} ([{b}])"))
            pre = f"{pre} {a} ({b})"
        return out
    SS = dict(t=("2024", "2025"), lenient=True)
    GOLD["r25_b_hallhyror_2026"] = [
        G("5,6 procent", 5.6, "percent", **L26, direction="increase", s=("Hyrorna", "Hyrorna"), sp=None, note="'räknas upp med i genomsnitt'"),
        G("150", 150, "SEK", ctx="från [150] till", per="hour", **L25, s=PRS, sp=None, note="the current price"),
        G("160 kronor", 160, "SEK", per="hour", **L26, direction="increase", s=PRS, sp=None, note="heading 'från den 1 januari 2026'"),
        G("320 kronor", 320, "SEK", per="hour", **L26, s=None, sp=None, note="the payer is no subject"),
        G("640 kronor", 640, "SEK", per="hour", **L26, s=None, sp=None),
        G("omkring tre fjärdedelar", 0.75, "ratio", bound="approx", **L26, s=("kostnaden", "kostnaden"), sp=None),
        *br("Sporthall, fullstor", [("160", "150"), ("320", "305"), ("640", "610")], note="HTML table 'Timhyra i kronor från 1 januari 2026 (inom parentes pris 2025)'; categories"),
        *br("Sporthall, halv", [("85", "80"), ("170", "160"), ("340", "325")]),
        *br("Gymnastiksal", [("60", "55"), ("120", "115"), ("240", "230")]),
        *br("Simbassäng, per bana", [("95", "90"), ("190", "180"), ("380", "360")]),
        G("14 dagar", 14, "day", optional=True, s=None, sp=None, note="rule threshold"),
        G("25 procent", 25, "percent", **L26, s=("ett tillägg", "tillägg"), sp=None),
        G("2 900 kronor", 2900, "SEK", per="hour", **L26, direction="increase", s=("ett pris", "pris"), sp=None, note="', en ökning med'"),
        G("6 procent", 6, "percent", **L26, direction="increase", s=("ett pris", "pris"), sp=None),
        G("21 600 timmar", 21600, "hour", **SS, s=("hallarna", "hallarna"), sp=None, note="'Förra säsongen': the season 2024/25"),
        G("68 procent", 68, "percent", **SS, s=None, sp=None, note="'varav'"),
        G("5,9 miljoner kronor", 5.9e6, "SEK", **SS, s=("Intäkterna från uthyrningen", "Intäkterna"), sp=None),
        G("31 miljoner", 31e6, "SEK", **SS, s=("driften av anläggningarna", "driften"), sp=None),
    ]
    NEG["r25_b_hallhyror_2026"] = [
        N("1 januari 2026", ctx="från den [1 januari 2026]", note="heading"), N("28 oktober 2025", note="Publicerad"),
        N("2023", note="places the previous rise"), N("20 år", note="age limit"),
        N("1 januari 2026", ctx="kronor från [1 januari 2026]", note="caption"), N("2025", ctx="pris [2025]", note="caption"),
        N("0560-161 30"), N("9–12", note="phone hours"), N("Kyrkogatan 2", note="street address"), N("685 80", note="postal code"),
        N("0560-160 00"), N("212000-1827", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. cycling race 2026 (Publicerad 22 juni 2026)
    GA = ("Gunnel Ahlstrand", "quote")
    SA = ("Startavgiften", "Startavgiften")
    GOLD["r25_b_cykellopp_2026"] = [
        G("315 kilometer", 315, "km", **L26, s=("Banan", "Banan"), sp=None),
        G("14 820 cyklister", 14820, "count", t=Y26, direction="decrease", s=("cyklister", "cyklister"), sp=None, note="'i lördags' resolves; ', vilket kan jämföras med ... förra året'"),
        G("16 350", 16350, "count", t=Y25, s=None, sp=None, note="elided; 'förra året'"),
        G("13 102", 13102, "count", **L26, s=None, sp=None, note="a figure as grammatical subject"),
        G("88,4 procent", 88.4, "percent", **L26, s=("en fullföljandegrad", "fullföljandegrad"), sp=None, note="the comparison follows in the next sentence"),
        G("95,1 procent", 95.1, "percent", t=Y25, s=("den siffran", "siffran"), sp=None, note="'I fjol'"),
        G("22 640", 22640, "count", t=Y["2019"], s=None, sp=None, note="'Rekordåret 2019'"),
        G("12 timmar och 41 minuter", 761, "minute", **L26, direction="increase", s=("Den genomsnittliga tiden", "tiden"), sp=None, note="', 47 minuter långsammare än förra årets snitt'"),
        G("47 minuter", 47, "minute", **L26, direction="increase", s=None, sp=None),
        G("21 procent", 21, "percent", **L26, direction="increase", s=("Andelen kvinnor bland deltagarna", "Andelen"), sp=None, note="'växte till ..., från ... 2025'"),
        G("18 procent", 18, "percent", t=Y25, s=("Andelen kvinnor bland deltagarna", "Andelen"), sp=None),
        G("42 ryttare", 42, "count", **L26, s=("ryttare", "ryttare"), sp=None),
        G("7 timmar och 58 minuter", 478, "minute", **L26, s=None, sp=None),
        G("39,5 kilometer i timmen", 39.5, "km/h", **L26, s=("en genomsnittsfart", "genomsnittsfart"), sp=None),
        G("drygt en halvtimme", 30, "minute", bound="approx", optional=True, **L26, s=None, sp=None, note="gap to the record, no direction"),
        G("7 timmar och 24 minuter", 444, "minute", t=Y["2019"], s=("banrekordet", "banrekordet"), sp=None),
        G("38 länder", 38, "count", **L26, s=("länder", "länder"), sp=None),
        G("84 år", 84, "year", **L26, s=("den äldste som fullföljde", "äldste"), sp=None, note="a measured age"),
        G("9 depåer", 9, "count", **L26, s=("depåer", "depåer"), sp=None),
        G("omkring 60 000 bullar", 60000, "count", bound="approx", **L26, s=("bullar", "bullar"), sp=None),
        G("21 000 liter", 21000, "l", **L26, s=("blåbärssoppa", "blåbärssoppa"), sp=None),
        G("214 insatser", 214, "count", **L26, direction="increase", s=("insatser", "insatser"), sp=None, note="', att jämföra med 136 året innan'"),
        G("136", 136, "count", **L25, s=None, sp=None),
        G("nästan nio av tio", 0.9, "ratio", bound="approx", **L26, s=None, sp=GA),
        G("över 16 000 startande", 16000, "count", bound="more_than", t=Y27, s=("startande", "startande"), sp=("Arrangörerna", "credited"), note="target for 2027"),
        G("100 kronor", 100, "SEK", **L27, direction="increase", s=SA, sp=None, note="'nästa års lopp'"),
        G("1 450 kronor", 1450, "SEK", **L27, direction="increase", s=SA, sp=None),
    ]
    NEG["r25_b_cykellopp_2026"] = [
        N("2026", ctx="Runt [2026]:", note="title"), N("22 juni 2026", note="Publicerad"), N("58-åriga", note="age of the race"),
        N("2019", ctx="Rekordåret [2019]", note="places the record"), N("2025", ctx="procent [2025]", note="places the from-value"),
        N("2019", ctx="banrekordet från [2019]", note="places the record"), N("1 september", note="date"),
        N("2027", note="places the target"), N("Hamngatan 8", note="street address"), N("591 30", note="postal code"), N("0141-522 00"),
    ]

    return GOLD, NEG
