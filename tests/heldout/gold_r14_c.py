"""Round 14, part C (r14_c_*, written as a first part A and renamed): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 14, part C (r14_c_*, written as a first part A and renamed): eight kinds, written from scratch (r14_sources.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed property company's interim
# report for January-September 2025 (dateline 'Vänersvik den 23 oktober 2025'; bullets under 'TREDJE KVARTALET' and
# 'NIO MÅNADER' with bracketed prior figures dated by 'Jämförelsetalen inom parentes avser samma period 2024', negative
# brackets '−46 (−312) Mkr', '168 (−97) Mkr', per share, 'gånger', a CEO quote with 'mot 92,8 procent vid utgången av
# förra året', a plain-text key-figure table 'Jan–sep 2025' / 'Jan–sep 2024' / 'Helår 2024'), a county police's monthly
# traffic-safety statistics for August 2025 (Markdown, 'Publicerad 9 september 2025'; deaths, injured 'varav 9 svårt',
# speed checks, km/h, breath tests, 'Sedan årsskiftet', a table by month 'Månad 2025' with a signed change column), a
# healthcare region's budget and tax decision for 2026 (dateline 'Hallsberga den 26 november 2025'; 'höjs med 35 öre
# till 11,83 kronor per hundralapp', mnkr, miljarder, an example income, investments 'fram till 2029', 'per invånare ...
# mot 45 600 kronor i år', a table 'Budget 2026' / 'Förändring mot 2025', the opposition's cut and a vote), a national
# statistics release on overnight stays in July 2025 (Markdown, 'Publicerad 5 september 2025'; foreign vs domestic,
# 'backade', percentage points, 'eller 41 procent av totalen', a county table in thousands with 'Förändring, %' and
# 'Varav utländska, %'), an UNDATED local party page with election promises (no date anywhere, no sidecar; 'dubbelt så
# många ..., från 12 till 24', 'Ingen klass ... fler än 22 elever', '2 000 kronor mer i månaden än', '35 miljoner kronor
# mer än det styrande blocket ..., varje år', 'minst 9 av 10', 'tre gånger så många som i dag', a tax cut in öre and an
# example income), a grocery trade association's monthly sales index for October 2025 (dateline 'Stockholm den 10
# november 2025'; löpande priser vs volym, 'Kalenderkorrigerat', 'Hittills i år', 'än för tre år sedan' in a quote, a
# plain-text table by product group with two signed columns), a municipal energy company's district-heating price
# change for 2026 (HTML with cookie banner, menu, breadcrumb, related teaser and footer as chrome; 'Publicerad 14
# oktober 2025'; öre/kWh, 'kronor per år' for a normalvilla of 20 MWh, MWh, GWh, an HTML table '2025' / '2026' /
# 'Förändring') and a meteorological institute's summer 2025 summary (date only in the sidecar, 2025-09-03; degrees,
# millimetre, sun hours, 'den varmaste sommaren där sedan 2018', 'nästan dubbelt så mycket som normalt', normal 1991–2020,
# tropical nights, a station table with a signed deviation column).
# The r8-r13 decisions are followed: periods at year grain; a year or a relative expression in the sentence ('I juli
# 2025', 'nästa år', 'i år', 'förra året', 'i fjol', 'Hittills i år', 'Sedan årsskiftet', 'vid utgången av förra året')
# is not lenient; a month or a date without a year, a heading's, caption's or the document's period, 'ett år tidigare',
# 'året innan' are lenient; brackets take the period their note names (not lenient); a level followed by ', en ökning
# med X', ', X fler än', 'mot X <earlier time>', 'jämfört med X <earlier time>' or a next sentence 'Det är/innebär ...'
# is the new value after a change (direction), the earlier value and from-values have none and take the earlier period;
# comparisons at one time have no direction; thresholds, definitions, rules and named sets are optional, targets and
# demands required; table cells take their column headers' periods (explicit: not lenient; a caption's month or year:
# lenient), change columns lenient with direction from the sign, rows that are categories take the caption's or
# column's measure as subject; 'enligt X' is enligt for its own sentence; 'visar X' credits its own sentence (and a
# previous one with figures; here there is none); 'Vi ...' statements are the publisher; 'X ville' credits X; 'vilket
# är' / 'Det motsvarar' / 'motsvarande' restatements and elided nouns ('varav 9 svårt') have s None, except where a
# carried measure is named (r10_b 'följt av Norge med 97 000' takes the measure); a share restating a count takes the
# holder of the share (r10_b). Comparisons with the normal of a reference period are changes (r10_b / r12_a): the level
# is the new value, the normal itself spans ('1991', '2020'), lenient. Money in 'mnkr', 'Mkr', 'miljarder kronor' is
# SEK with the scale applied; öre/kWh is SEK per 'kWh'; the tax rate in kronor per hundralapp is SEK with no per (r10_a);
# an example income ('För den som tjänar 32 000 kronor i månaden') is required, per month, with no period (r10_a); 'per
# invånare' is per capita. AGE BANDS ARE NEGATIVES; age THRESHOLDS ('över 75 år') stay optional G.
# Where those were silent, decided here:
# - Property report: bullets under 'TREDJE KVARTALET' / 'NIO MÅNADER' (no year in the heading) take 2025, lenient (the
#   title's 'januari–september 2025'); every bracket takes 2024, not lenient ('avser samma period 2024'). Negative
#   brackets keep their sign ('−312' -> -312e6). 'motsvarande 2,80 (−1,62) kronor per aktie' has s None (restatement).
#   'Räntetäckningsgraden ... 2,3 (2,0) gånger' is unit number. A 'Helår 2024' column is 2024, not lenient. 'Per den 30
#   september' (no year) is 2025, lenient; the digits in the property names 'Kranen 4' / 'Kranen 5' are N.
# - Traffic statistics: the title says 'färre döda', so 'Under augusti omkom 3 personer' is the new value after a
#   decrease against 'Augusti förra året krävde 5 dödsoffer' (2024, not lenient: 'förra året'). 'Av dessa körde 1 207
#   för fort' has s None (a pronoun partitive). '8,4 procent' then 'I juli låg andelen på 9,7 procent' states no change
#   (two months juxtaposed, no verb of change): no direction. 'minst 8 000 utandningsprov i månaden' under 'Under
#   hösten' is a quoted target: required, at_least, per month, 2025 lenient. The speed limit '100 km/h' is a rule
#   (optional); the road number 'väg 372' is N. The table's header 'Månad 2025' names the year: count cells 2025, not
#   lenient; the change column 'Prov, förändring mot samma månad 2024, %' is lenient with the sign's direction and takes
#   'Prov' as subject.
# - Region budget: '35 öre' in the title and in 'Skattesatsen höjs med 35 öre' (the sentence after 'budgeten för
#   2026') are 2026, lenient; 'nästa år' makes the revenue 2026, not lenient; 'Investeringsramen för 2026' is explicit.
#   '520 mnkr ... fram till 2029' spans ('2026', '2029'), lenient (the start is the budget year). '240 färre vårdplatser
#   än vi behöver' in a quote with 'i dag' compares with a need at one time: 2025, no direction. 'ligger 3 procent under
#   riksgenomsnittet' (present tense in a November 2025 text, no raise named) is 2025, lenient, enligt 'regionens egen
#   jämförelse'. The opposition's 'spara 140 mnkr' is a cut (decrease, 2026 lenient) credited to 'Moderaterna och
#   Kristdemokraterna'; the vote '38 röster mot 33' takes 'på tisdagen' of the first paragraph (2025, lenient). The
#   table's 'Förändring mot 2025' column is SEK (caption 'mnkr'), 2026 lenient, direction from the sign.
# - Overnight stays: 'Därefter följde Norge med 498 000 och Danmark med 365 000' carry the measure 'gästnätter' (r10_b).
#   'de svenska ökade med 1,1 procent till 6,11 miljoner' takes 'de svenska' as subject (an elided noun with its own
#   determiner phrase). 'Under perioden januari–juli' (no year) is 2025, lenient. The county table's caption 'juli
#   2025' makes every cell 2025, lenient; 'Gästnätter, tusental' scales by 1000; 'Varav utländska, %' is a share (no
#   direction) with subject 'Varav utländska'.
# - UNDATED party page (no date, no sidecar): no figure has a period. 'Vi vill', 'Vi lägger', 'vi vill att', 'Vi minskar
#   ... och säljer' are the publisher (Medborgarlistan Norrbacka); impersonal promises ('ska byggas ut', 'Ingen klass ...
#   ska ha', 'Maxtaxan ... sänks', 'Kommunalskatten sänks', 'ska vara avgiftsfri') and facts have no speaker. A demanded
#   multiplier ('dubbelt så många ..., från 12 till 24', 'tre gånger så många som i dag') is optional with direction
#   increase; the demanded level ('24', '150 hyresrätter per år') carries increase, the present from-value ('12') none.
#   'Ingen klass ... fler än 22 elever' is a negated bound (at_most, r10_a), a required target. '2 000 kronor mer i
#   månaden än i grannkommunerna' and '35 miljoner kronor mer än det styrande blocket' compare at one time (no
#   direction). 'minst 9 av 10' is a ratio 0.9 (at_least, s None: elided noun). 'blir det omkring 650 kronor mer i
#   plånboken per år' has s None ('det'). 'Det kostar 7,2 miljoner kronor per år' has s None.
# - Sales index: 'Kalenderkorrigerat ... var ökningen 2,9 procent' and the volume figures take the thing that changes
#   ('Försäljningen i dagligvaruhandeln' / 'volymen'). 'än för tre år sedan' in a 2025 quote spans ('2022', '2025'),
#   lenient. The table caption 'oktober 2025 jämfört med oktober 2024' makes both signed columns 2025, lenient, with
#   the sign's direction and the caption's 'Försäljningsutveckling' as subject. The index's base of '3 150 butiker' is
#   required (a sample, r13_a), 2025 lenient.
# - District heating: the headline's 'nästa år' makes 2026 not lenient; 'Från den 1 januari 2026' likewise. The
#   from-value '62,0' is 2025, lenient. '20 MWh ... per år' and '190 MWh' define the customer types: optional, per year;
#   the '20 MWh' inside the table row label 'Normalvilla 20 MWh, kr/år' is N (it names the row). 'har stigit med 14
#   procent på ett år' spans ('2024', '2025'), lenient. The section 'Varför höjer vi priset?' is the company's own voice:
#   'Priset på biobränsle har stigit ..., och samtidigt investerar vi 95 miljoner kronor' and 'Tanken rymmer 12 000
#   kubikmeter ... så att vi kan' are the publisher (Kvarnby Energi); the lead's third-person 'höjer Kvarnby Energi' is
#   plain reporting (no speaker). The tank's '12 000 kubikmeter' is a present-tense level (2025, lenient). 'Under 2024 levererade ... 418 GWh ... drygt 6 300
#   kunder' is 2024; 'Av värmen kom 97 procent' follows it (2024, lenient). The table's '2025' / '2026' columns are not
#   lenient; 'Förändring' is 2026, lenient, percent from its '%' cells.
# - Weather: the sidecar date (2025-09-03) and the title 'Sommaren 2025' give 2025, lenient, to every level; '11
#   tropiska nätter' followed by 'Normalt inträffar där 2 sådana nätter' is the new value against the normal (increase),
#   the normal '2' spans ('1991', '2020'), lenient; the definition 'inte sjönk under 20 grader' is optional (at_least).
#   'Det största dygnsvärdet, 86,4 millimeter' is per day. 'Ekön ... bara 71 millimeter, eller 42 procent av den normala'
#   is a decrease against the normal (s None: no measure named), the share none. 'den varmaste sommaren där sedan 2018'
#   is a record with no figure of its own ('2018' N). 'Åtta av de tio varmaste somrarna ... efter år 2000' is a ratio
#   0.8 spanning ('2000', '2025'), lenient, in a quote.
# - Negatives: datelines and Publicerad lines, title and heading periods, column headers of periods, bracket notes,
#   years and dates that only place a claim, road and property numbers, phone numbers, the police tip line '114 14',
#   addresses, postal codes, bankgiro, Swish and org numbers, the cookie count, the related-article teaser, opening hours
#   and the copyright year.
from __future__ import annotations

Y = {y: (y, y) for y in ("2022", "2024", "2025", "2026")}


from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26 = Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    NORM = ("1991", "2020")

    # ------------------------------------------------------------ 1. property company interim report Jan-Sep 2025 (dateline 23 October 2025)
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    DN = ("Driftnettot", "Driftnettot")
    OG = ("överskottsgraden", "överskottsgraden")
    OV = ("Orealiserade värdeförändringar på fastigheter", "värdeförändringar")
    PR = ("Periodens resultat", "resultat")
    HS = ("Henrik Sandelin", "quote")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    MV = ("Fastigheternas marknadsvärde", "marknadsvärde")
    BG = ("belåningsgraden", "belåningsgraden")
    RA = ("Den genomsnittliga räntan", "räntan")
    RT = ("Räntetäckningsgraden", "Räntetäckningsgraden")
    ny = lambda unit, scale: [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False),
                              (unit, scale, None, Y24, False, False)]
    GOLD["r14_c_delarsrapport_fastighet"] = [
        G("212", 212e6, "SEK", ctx="till [212] (198)", **L25, direction="increase", s=HI, sp=None, note="bullet under 'TREDJE KVARTALET'; 'ökade till': to-value"),
        G("198", 198e6, "SEK", ctx="212 ([198]) Mkr", t=Y24, s=HI, sp=None, note="'Jämförelsetalen inom parentes avser samma period 2024'"),
        G("88", 88e6, "SEK", ctx="blev [88] (79)", **L25, s=FR, sp=None),
        G("79", 79e6, "SEK", ctx="88 ([79]) Mkr", t=Y24, s=FR, sp=None),
        G("612", 612e6, "SEK", ctx="till [612] (574)", **L25, s=HI, sp=None, note="bullet under 'NIO MÅNADER'"),
        G("574", 574e6, "SEK", ctx="612 ([574]) Mkr", t=Y24, s=HI, sp=None),
        G("5,2 procent", 5.2, "percent", **L25, direction="increase", s=("intäkterna", "intäkterna"), sp=None, note="'I jämförbart bestånd växte'"),
        G("431", 431e6, "SEK", ctx="till [431] (398)", **L25, direction="increase", s=DN, sp=None, note="'steg till': to-value"),
        G("398", 398e6, "SEK", ctx="431 ([398]) Mkr", t=Y24, s=DN, sp=None),
        G("70,4", 70.4, "percent", ctx="till [70,4] (69,3)", **L25, direction="increase", s=OG, sp=None),
        G("69,3", 69.3, "percent", ctx="70,4 ([69,3]) procent", t=Y24, s=OG, sp=None),
        G("247", 247e6, "SEK", ctx="till [247] (221)", **L25, s=FR, sp=None),
        G("221", 221e6, "SEK", ctx="247 ([221]) Mkr", t=Y24, s=FR, sp=None),
        G("−46", -46e6, "SEK", **L25, s=OV, sp=None),
        G("−312", -312e6, "SEK", t=Y24, s=OV, sp=None),
        G("168", 168e6, "SEK", ctx="blev [168] (−97)", **L25, s=PR, sp=None),
        G("−97", -97e6, "SEK", t=Y24, s=PR, sp=None),
        G("2,80", 2.80, "SEK", per="share", **L25, s=None, sp=None, note="'motsvarande ... kronor per aktie'"),
        G("−1,62", -1.62, "SEK", per="share", t=Y24, s=None, sp=None),
        G("94,1 procent", 94.1, "percent", **L25, direction="increase", s=UG, sp=HS, note="'klättrade till', 'mot 92,8 procent vid utgången av förra året'"),
        G("92,8 procent", 92.8, "percent", t=Y24, s=UG, sp=HS, note="'vid utgången av förra året'"),
        G("drygt 11 000 kvadratmeter", 11000, "m2", bound="approx", **L25, s=("nya hyresavtal", "hyresavtal"), sp=HS, note="'under perioden'"),
        G("63 fastigheter", 63, "count", **L25, s=("fastigheter", "fastigheter"), sp=None, note="'Per den 30 september'"),
        G("412 000 kvadratmeter", 412000, "m2", **L25, s=("en sammanlagd uthyrbar area", "area"), sp=None),
        G("10 840", 10840e6, "SEK", **L25, s=MV, sp=None),
        G("10 610", 10610e6, "SEK", t=Y24, s=MV, sp=None),
        G("286 Mkr", 286e6, "SEK", **L25, s=("lagerfastigheterna", "lagerfastigheterna"), sp=None, note="'Under våren'"),
        G("140 Mkr", 140e6, "SEK", **L25, s=("ett kontorshus i centrala Vänersvik", "kontorshus"), sp=None, note="'I augusti'"),
        G("6 procent", 6, "percent", **L25, s=None, sp=None, note="'vilket var ... över det senast redovisade värdet': one time"),
        G("5 920 Mkr", 5920e6, "SEK", **L25, s=("De räntebärande skulderna", "skulderna"), sp=None, note="'vid periodens slut'"),
        G("54,6", 54.6, "percent", ctx="var [54,6] (56,2)", **L25, s=BG, sp=None),
        G("56,2", 56.2, "percent", ctx="54,6 ([56,2]) procent", t=Y24, s=BG, sp=None),
        G("3,9 procent", 3.9, "percent", **L25, direction="decrease", s=RA, sp=None, note="'gick ned till', 'jämfört med 4,5 procent ett år tidigare'"),
        G("4,5 procent", 4.5, "percent", **L24, s=RA, sp=None, note="'ett år tidigare'"),
        G("2,3", 2.3, "number", ctx="till [2,3] (2,0)", **L25, direction="increase", s=RT, sp=None, note="'gånger'"),
        G("2,0", 2.0, "number", ctx="2,3 ([2,0]) gånger", t=Y24, s=RT, sp=None),
        *_row(G, "Hyresintäkter, Mkr", ["612", "574", "771"], ny("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'NYCKELTAL': 'Jan–sep 2025' / 'Jan–sep 2024' / 'Helår 2024'"),
        *_row(G, "Driftnetto, Mkr", ["431", "398", "534"], ny("SEK", 1e6), ("Driftnetto", "Driftnetto")),
        *_row(G, "Förvaltningsresultat, Mkr", ["247", "221", "296"], ny("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Överskottsgrad, %", ["70,4", "69,3", "69,1"], ny("percent", 1), ("Överskottsgrad", "Överskottsgrad")),
        *_row(G, "Belåningsgrad, %", ["54,6", "56,2", "55,8"], ny("percent", 1), ("Belåningsgrad", "Belåningsgrad")),
    ]
    NEG["r14_c_delarsrapport_fastighet"] = [
        N("januari–september 2025", note="title"), N("23 oktober 2025", note="dateline"), N("samma period 2024", note="bracket note"),
        N("30 september", note="'Per den 30 september' is a time"), N("Kranen 4", note="a property name"), N("Kranen 5", note="a property name"),
        N("Jan–sep 2025", note="column header"), N("Jan–sep 2024", note="column header"), N("Helår 2024", note="column header"),
        N("2025", ctx="Bokslutskommunikén för [2025]"), N("12 februari 2026"), N("0521-48 30 17"),
    ]

    # ------------------------------------------------------------ 2. police traffic statistics, August 2025 (Publicerad 9 september 2025)
    KA = ("Karin Alm", "quote")
    AP = ("alkoholutandningsprov", "alkoholutandningsprov")
    SK = ("Antalet skadade i polisrapporterade olyckor", "Antalet")
    ms = [("count", 1, None, Y25, False, False), ("count", 1, None, Y25, False, False),
          ("count", 1, None, Y25, False, False), ("percent", 1, None, Y25, True, True)]
    MS = [("Omkomna", "Omkomna"), ("Skadade", "Skadade"), ("Utandningsprov", "Utandningsprov"), ("Prov", "Prov")]
    GOLD["r14_c_trafik_polis_augusti"] = [
        G("3 personer", 3, "count", **L25, direction="decrease", s=("personer", "personer"), sp=None, note="'Under augusti'; title 'färre döda' against 'Augusti förra året ... 5'"),
        G("5 dödsoffer", 5, "count", t=Y24, s=("dödsoffer", "dödsoffer"), sp=None, note="'Augusti förra året'"),
        G("14 personer", 14, "count", t=Y25, direction="decrease", s=("personer", "personer"), sp=None, note="'Sedan årsskiftet'; ', vilket är 4 färre än under motsvarande period 2024'"),
        G("4 färre", 4, "count", t=Y25, lenient=True, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("61", 61, "count", ctx="uppgick till [61],", **L25, direction="decrease", s=SK, sp=None, note="next 'Det innebär en nedgång med 12 procent jämfört med augusti 2024'"),
        G("9 svårt", 9, "count", **L25, s=None, sp=None, note="'varav': elided noun"),
        G("12 procent", 12, "percent", **L25, direction="decrease", s=SK, sp=None),
        G("14 380 fordon", 14380, "count", **L25, s=("fordon", "fordon"), sp=None, note="'under månaden'"),
        G("1 207", 1207, "count", **L25, s=None, sp=None, note="'Av dessa körde ... för fort'"),
        G("8,4 procent", 8.4, "percent", **L25, s=("en andel", "andel"), sp=None, note="next 'I juli låg andelen på': juxtaposed, no change stated"),
        G("9,7 procent", 9.7, "percent", **L25, s=("andelen", "andelen"), sp=None, note="'I juli'"),
        G("168 km/h", 168, "km/h", **L25, s=("Den högsta uppmätta hastigheten", "hastigheten"), sp=None),
        G("100 km/h", 100, "km/h", optional=True, s=("högsta tillåtna hastighet", "hastighet"), sp=None, note="the speed limit: a rule"),
        G("9 862 alkoholutandningsprov", 9862, "count", **L25, direction="increase", s=AP, sp=None, note="'Under augusti'; ', 18 procent fler än i augusti förra året'"),
        G("18 procent", 18, "percent", **L25, direction="increase", s=AP, sp=None),
        G("41 förare", 41, "count", **L25, s=("förare", "förare"), sp=None),
        G("7", 7, "count", ctx="och [7] för grovt", **L25, s=None, sp=None, note="elided noun"),
        G("0,5 procent", 0.5, "percent", **L25, s=("Andelen positiva prov", "Andelen"), sp=None),
        G("minst 8 000 utandningsprov", 8000, "count", bound="at_least", per="month", **L25, s=("utandningsprov", "utandningsprov"), sp=KA, note="a target 'Under hösten ... i månaden'"),
        *_row(G, "| Maj", ["2", "54", "7 410", "+4"], ms, MS, sep=" | ", note="table 'Månad 2025' / 'Omkomna' / 'Skadade' / 'Utandningsprov' / 'Prov, förändring mot samma månad 2024, %'"),
        *_row(G, "| Juni", ["4", "72", "8 935", "+11"], ms, MS, sep=" | "),
        *_row(G, "| Juli", ["2", "80", "10 214", "−3"], ms, MS, sep=" | "),
        *_row(G, "| Augusti", ["3", "61", "9 862", "+18"], ms, MS, sep=" | "),
    ]
    NEG["r14_c_trafik_polis_augusti"] = [
        N("9 september 2025"), N("motsvarande period 2024"), N("augusti 2024"), N("372", note="road number 'väg 372'"),
        N("Månad 2025", note="column header"), N("samma månad 2024", note="column header"), N("5 september"),
        N("8 oktober"), N("114 14", note="tip line"), N("010-563 71 20"),
    ]

    # ------------------------------------------------------------ 3. region budget and tax decision for 2026 (dateline 26 November 2025)
    SS = ("Skattesatsen", "Skattesatsen")
    EB = ("Elin Baskar", "quote")
    RV = ("nya vårdcentraler", "vårdcentraler")
    NI = ("Regionens nettokostnad per invånare", "nettokostnad")
    OPP = ("Moderaterna och Kristdemokraterna", "credited")
    NK = ("Nettokostnad", "Nettokostnad")
    bt = [("SEK", 1e6, None, Y26, False, False), ("SEK", 1e6, None, Y26, True, True)]
    GOLD["r14_c_region_budget"] = [
        G("35 öre", 0.35, "SEK", occ=1, **L26, direction="increase", s=("skatten", "skatten"), sp=None, note="title"),
        G("35 öre", 0.35, "SEK", occ=2, **L26, direction="increase", s=SS, sp=None, note="after 'budgeten för 2026'"),
        G("11,83 kronor", 11.83, "SEK", **L26, direction="increase", s=SS, sp=None, note="'per hundralapp'; to-value"),
        G("cirka 265 miljoner kronor", 265e6, "SEK", bound="approx", t=Y26, direction="increase", s=("ökade skatteintäkter", "skatteintäkter"), sp=None, note="'nästa år'"),
        G("18,4 miljarder kronor", 18.4e9, "SEK", **L26, s=("Den totala budgetomslutningen", "budgetomslutningen"), sp=None),
        G("14,9 miljarder kronor", 14.9e9, "SEK", **L26, s=("hälso- och sjukvården", "sjukvården"), sp=None, note="'varav ... går till': the goal"),
        G("4,1 procent", 4.1, "percent", **L26, direction="increase", s=("Nettokostnaderna", "Nettokostnaderna"), sp=None, note="'jämfört med innevarande år'"),
        G("186 mnkr", 186e6, "SEK", **L26, s=("ett resultat", "resultat"), sp=None),
        G("1,2 procent", 1.2, "percent", **L26, s=("ett resultat", "resultat"), sp=None, note="'motsvarande ... av skatter och statsbidrag' (r10_a)"),
        G("32 000 kronor", 32000, "SEK", per="month", s=None, sp=None, note="the example income"),
        G("ungefär 95 kronor", 95, "SEK", bound="approx", per="month", **L26, direction="increase", s=("skatt", "skatt"), sp=None),
        G("240 färre vårdplatser", 240, "count", t=Y25, s=("vårdplatser", "vårdplatser"), sp=EB, note="'i dag ... än vi behöver': against a need, one time"),
        G("1 340 mnkr", 1340e6, "SEK", t=Y26, s=("Investeringsramen", "Investeringsramen"), sp=None),
        G("520 mnkr", 520e6, "SEK", t=("2026", "2029"), lenient=True, s=("ett nytt akutintag vid Hallsberga lasarett", "akutintag"), sp=None, note="'fram till 2029'"),
        G("6 nya regionaltåg", 6, "count", **L26, s=("nya regionaltåg", "regionaltåg"), sp=None),
        G("780 mnkr", 780e6, "SEK", **L26, s=("nya regionaltåg", "regionaltåg"), sp=None),
        G("48 mnkr", 48e6, "SEK", **L26, s=RV, sp=None, note="'avsätts ... för att öppna': the goal"),
        G("3 nya vårdcentraler", 3, "count", **L26, s=RV, sp=None),
        G("47 300 kronor", 47300, "SEK", per="capita", t=Y26, direction="increase", s=NI, sp=None, note="'mot 45 600 kronor i år'"),
        G("45 600 kronor", 45600, "SEK", per="capita", t=Y25, s=NI, sp=None, note="'i år'"),
        G("3 procent", 3, "percent", **L25, s=("Kostnaden för hälso- och sjukvård per invånare", "Kostnaden"), sp=("regionens egen jämförelse", "enligt"), note="a comparison at one time"),
        *_row(G, "Hälso- och sjukvård", ["13 920", "+545"], bt, NK, note="table 'Nettokostnad per verksamhet, mnkr': 'Budget 2026' / 'Förändring mot 2025'"),
        *_row(G, "Tandvård", ["410", "+12"], bt, NK),
        *_row(G, "Kollektivtrafik", ["1 185", "+96"], bt, NK),
        *_row(G, "Regional utveckling", ["244", "−8"], bt, NK),
        G("140 mnkr", 140e6, "SEK", **L26, direction="decrease", s=("administration och konsulter", "administration"), sp=OPP, note="'ville ... spara': a cut"),
        G("38 röster", 38, "count", **L25, s=("röster", "röster"), sp=None, note="'på tisdagen' (first paragraph)"),
        G("33", 33, "count", ctx="röster mot [33].", **L25, s=("röster", "röster"), sp=None),
    ]
    NEG["r14_c_region_budget"] = [
        N("26 november 2025", note="dateline"), N("2026", ctx="budgeten för [2026]."), N("2029", note="'fram till 2029' is a time"),
        N("2028", note="'med leverans 2028'"), N("2026", ctx="Investeringsramen för [2026]"), N("2026", ctx="kronor [2026], mot"),
        N("Budget 2026", note="column header"), N("2025", ctx="Förändring mot [2025]", note="column header"), N("0582-77 10 00"),
    ]

    # ------------------------------------------------------------ 4. overnight stays, July 2025 (Publicerad 5 september 2025)
    GN = ("gästnätter", "gästnätter")
    UO = ("Utländska gästers övernattningar", "övernattningar")
    SV = ("de svenska", "svenska")
    RB = ("Rumsbeläggningen på hotellen", "Rumsbeläggningen")
    RI = ("Hotellens rumsintäkter", "rumsintäkter")
    GT = ("Gästnätter", "Gästnätter")
    gl = [("count", 1000, None, Y25, True, False), ("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, False)]
    GLS = [GT, GT, ("Varav utländska", "utländska")]
    GOLD["r14_c_gastnatter_juli"] = [
        G("8,92 miljoner gästnätter", 8.92e6, "count", t=Y25, direction="increase", s=GN, sp=None, note="'I juli 2025'; next 'Det är en uppgång med 2,7 procent'"),
        G("2,7 procent", 2.7, "percent", **L25, direction="increase", s=GN, sp=None),
        G("6,3 procent", 6.3, "percent", **L25, direction="increase", s=UO, sp=None),
        G("2,81 miljoner", 2.81e6, "count", **L25, direction="increase", s=UO, sp=None, note="to-value"),
        G("1,1 procent", 1.1, "percent", **L25, direction="increase", s=SV, sp=None),
        G("6,11 miljoner", 6.11e6, "count", **L25, direction="increase", s=SV, sp=None, note="to-value"),
        G("31,5 procent", 31.5, "percent", occ=1, **L25, s=("De utländska gästnätterna", "gästnätterna"), sp=None, note="'den högsta andelen ... sedan 2019': a record, no direction"),
        G("812 000 gästnätter", 812000, "count", **L25, direction="increase", s=GN, sp=None, note="', 4 procent fler än i juli i fjol'"),
        G("4 procent", 4, "percent", **L25, direction="increase", s=GN, sp=None),
        G("498 000", 498000, "count", **L25, s=GN, sp=None, note="'följde Norge med': the measure is carried (r10_b)"),
        G("365 000", 365000, "count", **L25, s=GN, sp=None),
        G("2,3 procent", 2.3, "percent", **L25, direction="decrease", s=("Antalet gästnätter från Nederländerna", "Antalet"), sp=None, note="'backade'"),
        G("3,64 miljoner gästnätter", 3.64e6, "count", **L25, s=GN, sp=None),
        G("41 procent", 41, "percent", **L25, s=("Campingplatserna", "Campingplatserna"), sp=None, note="', eller 41 procent av totalen': the holder of the share"),
        G("58,2 procent", 58.2, "percent", **L25, direction="increase", s=RB, sp=None, note="', 1,4 procentenheter högre än i juli 2024'"),
        G("1,4 procentenheter", 1.4, "percentage_point", **L25, direction="increase", s=RB, sp=None),
        G("2,43 miljarder kronor", 2.43e9, "SEK", **L25, direction="increase", s=RI, sp=None, note="', en ökning med 5,8 procent'"),
        G("5,8 procent", 5.8, "percent", **L25, direction="increase", s=RI, sp=None),
        G("39,6 miljoner gästnätter", 39.6e6, "count", **L25, direction="increase", s=GN, sp=None, note="'Under perioden januari–juli'; ', 1,9 procent fler'"),
        G("1,9 procent", 1.9, "percent", **L25, direction="increase", s=GN, sp=None),
        *_row(G, "| Stockholms län", ["1 342", "+3,1", "38,2"], gl, GLS, sep=" | ", note="table 'Gästnätter per län, juli 2025': 'Gästnätter, tusental' / 'Förändring, %' / 'Varav utländska, %'"),
        *_row(G, "| Västra Götalands län", ["1 488", "+1,6", "29,4"], gl, GLS, sep=" | "),
        *_row(G, "| Skåne län", ["1 105", "+2,2", "33,0"], gl, GLS, sep=" | "),
        *_row(G, "| Kalmar län", ["742", "+0,8", "21,7"], gl, GLS, sep=" | "),
        *_row(G, "| Jämtlands län", ["318", "−1,9", "24,5"], gl, GLS, sep=" | "),
        *_row(G, "| Hela riket", ["8 920", "+2,7", "31,5"], gl, GLS, sep=" | "),
    ]
    NEG["r14_c_gastnatter_juli"] = [
        N("5 september 2025"), N("juli 2025", ctx="I [juli 2025] registrerades"), N("sedan 2019"),
        N("juli 2024", ctx="i [juli 2024]."), N("juli 2025", ctx="per län, [juli 2025]", note="table caption"),
        N("juli 2024", ctx="med [juli 2024].", note="table note"), N("maj 2026"), N("063-14 52 80"),
    ]

    # ------------------------------------------------------------ 5. UNDATED local party page (no date, no sidecar)
    PUB = ("Medborgarlistan Norrbacka", "publisher")
    TV = ("trygghetsvärdar", "trygghetsvärdar")
    EL = ("elever", "elever")
    GOLD["r14_c_parti_vallofte"] = [
        G("dubbelt", 2, "number", direction="increase", optional=True, s=TV, sp=PUB, note="a demanded multiplier"),
        G("12", 12, "count", ctx="från [12] till", s=TV, sp=PUB, note="from-value: the present"),
        G("24", 24, "count", ctx="till [24].", direction="increase", s=TV, sp=PUB, note="the demanded level"),
        G("7,2 miljoner kronor per år", 7.2e6, "SEK", per="year", s=None, sp=None, note="'Det kostar'"),
        G("30 kilometer", 30, "km", direction="increase", s=("Belysningen längs gång- och cykelvägarna", "Belysningen"), sp=None, note="'ska byggas ut med ... under mandatperioden'"),
        G("22 elever", 22, "count", bound="at_most", s=EL, sp=None, note="'Ingen klass ... fler än': a negated bound, a target"),
        G("26 elever", 26, "count", s=EL, sp=None, note="'I dag ... i snitt'"),
        G("21", 21, "count", ctx="med [21].", s=EL, sp=None, note="the measure is carried"),
        G("2 000 kronor", 2000, "SEK", per="month", s=("lärarna i Norrbacka", "lärarna"), sp=PUB, note="'mer i månaden än i grannkommunerna': one time"),
        G("200 kronor per månad", 200, "SEK", per="month", direction="decrease", s=("Maxtaxan i förskolan", "Maxtaxan"), sp=None),
        G("35 miljoner kronor", 35e6, "SEK", per="year", s=("äldreomsorgen", "äldreomsorgen"), sp=PUB, note="'mer än det styrande blocket ..., varje år': one time"),
        G("ungefär 60 nya undersköterskor", 60, "count", bound="approx", s=("nya undersköterskor", "undersköterskor"), sp=None, note="'Det räcker till'"),
        G("Var tredje", 1 / 3, "ratio", s=("anställd i hemtjänsten", "anställd"), sp=None),
        G("minst 9 av 10", 0.9, "ratio", bound="at_least", s=None, sp=PUB, note="a demand; elided noun"),
        G("över 75 år", 75, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("150 hyresrätter per år", 150, "count", per="year", direction="increase", s=("hyresrätter", "hyresrätter"), sp=PUB, note="next 'Det är tre gånger så många som i dag'"),
        G("tre gånger", 3, "number", direction="increase", optional=True, s=None, sp=None, note="'Det är ... så många som i dag'"),
        G("20 öre", 0.2, "SEK", direction="decrease", s=("Kommunalskatten", "Kommunalskatten"), sp=None),
        G("31 000 kronor", 31000, "SEK", per="month", s=("en undersköterska", "undersköterska"), sp=None, note="the example income (r13_a)"),
        G("omkring 650 kronor", 650, "SEK", bound="approx", per="year", direction="increase", s=None, sp=None, note="'blir det ... mer i plånboken per år'"),
        G("18 miljoner kronor per år", 18e6, "SEK", per="year", direction="decrease", s=("kommunens köp av konsulttjänster", "köp"), sp=PUB),
        G("omkring 60 miljoner kronor", 60e6, "SEK", bound="approx", s=("kommunens aktier i Norrbacka Flygplats AB", "aktier"), sp=PUB),
    ]
    NEG["r14_c_parti_vallofte"] = [
        N("Storgatan 14"), N("931 82", note="postal code"), N("5123-4471", note="bankgiro"), N("123 456 78 90", note="Swish"),
    ]

    # ------------------------------------------------------------ 6. grocery sales index, October 2025 (dateline 10 November 2025)
    FD = ("Försäljningen i dagligvaruhandeln", "Försäljningen")
    VO = ("volymen", "volymen")
    KS = ("Den genomsnittliga kvittosumman", "kvittosumman")
    NH = ("Näthandeln med dagligvaror", "Näthandeln")
    FU = ("Försäljningsutveckling", "Försäljningsutveckling")
    dv = [("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True)]
    GOLD["r14_c_dagligvaruindex_oktober"] = [
        G("3,4 procent", 3.4, "percent", **L25, direction="increase", s=FD, sp=("Dagligvaruindex från Handelsföreningen Livs", "enligt"), note="'i oktober jämfört med samma månad i fjol'"),
        G("0,8 procent", 0.8, "percent", **L25, direction="increase", s=VO, sp=None),
        G("2,9 procent", 2.9, "percent", **L25, direction="increase", s=FD, sp=None, note="'Kalenderkorrigerat ... var ökningen'"),
        G("2,6 procent", 2.6, "percent", **L25, direction="increase", s=("Priserna på dagligvaror", "Priserna"), sp=None, note="'i oktober ... högre än ett år tidigare'"),
        G("21,7 miljarder kronor", 21.7e9, "SEK", **L25, s=("Den totala omsättningen", "omsättningen"), sp=None),
        G("412 kronor", 412, "SEK", **L25, direction="increase", s=KS, sp=None, note="'steg till'"),
        G("398 kronor", 398, "SEK", t=Y24, s=KS, sp=None, note="'i oktober i fjol'"),
        G("1,2 procent", 1.2, "percent", **L25, direction="decrease", s=("antalet kundbesök", "antalet"), sp=None),
        G("2,8 procent", 2.8, "percent", t=Y25, direction="increase", s=("försäljningen", "försäljningen"), sp=None, note="'Hittills i år'"),
        G("0,6 procent", 0.6, "percent", t=Y25, direction="decrease", s=VO, sp=None),
        G("omkring 22 procent", 22, "percent", bound="approx", t=("2022", "2025"), lenient=True, direction="increase", s=("en genomsnittlig matkasse", "matkasse"), sp=("Johan Lindqvist", "quote"), note="'mer än för tre år sedan'"),
        G("7,5 procent", 7.5, "percent", **L25, direction="increase", s=NH, sp=None),
        G("3,9 procent", 3.9, "percent", **L25, s=NH, sp=None, note="'stod för': the holder of the share"),
        *_row(G, "Frukt och grönt", ["+4,1", "+1,2"], dv, FU, note="table 'Försäljningsutveckling per varugrupp, oktober 2025 jämfört med oktober 2024': 'Löpande priser, %' / 'Volym, %'"),
        *_row(G, "Kött och chark", ["+5,0", "+0,4"], dv, FU),
        *_row(G, "Mejeri och ost", ["+2,2", "−0,9"], dv, FU),
        *_row(G, "Bröd och spannmål", ["+3,6", "+0,7"], dv, FU),
        *_row(G, "Dryck", ["+1,8", "−1,5"], dv, FU),
        *_row(G, "Totalt", ["+3,4", "+0,8"], dv, FU),
        G("3 150 butiker", 3150, "count", **L25, s=("butiker", "butiker"), sp=None, note="the index's base (a sample)"),
    ]
    NEG["r14_c_dagligvaruindex_oktober"] = [
        N("10 november 2025", note="dateline"), N("oktober 2024", ctx="än [oktober 2024], var"),
        N("oktober 2025", note="table caption"), N("oktober 2024", ctx="med [oktober 2024]", note="table caption"),
        N("9 december 2025"), N("08-555 204 16"),
    ]

    # ------------------------------------------------------------ 7. district-heating price change for 2026 (HTML, Publicerad 14 oktober 2025)
    EP = ("Energipriset", "Energipriset")
    FA = ("den fasta avgiften för en villa", "avgiften")
    AK = ("den årliga kostnaden", "kostnaden")
    SL = ("Sara Lindholm", "quote")
    KE = ("Kvarnby Energi", "publisher")
    fv = lambda unit, scale, per: [(unit, scale, per, Y25, False, False), (unit, scale, per, Y26, False, False),
                                   ("percent", 1, None, Y26, True, True)]
    GOLD["r14_c_fjarrvarme_pris"] = [
        G("4,4 procent", 4.4, "percent", occ=1, t=Y26, direction="increase", s=("Fjärrvärmepriset", "Fjärrvärmepriset"), sp=None, note="headline 'nästa år'"),
        G("4,4 procent", 4.4, "percent", occ=2, t=Y26, direction="increase", s=("priset på fjärrvärme", "priset"), sp=None, note="'Från den 1 januari 2026'; 'i genomsnitt'"),
        G("62,0", 0.62, "SEK", per="kWh", ctx="från [62,0] till", **L25, s=EP, sp=None, note="from-value"),
        G("64,8 öre/kWh", 0.648, "SEK", per="kWh", **L26, direction="increase", s=EP, sp=None),
        G("100 kronor", 100, "SEK", per="year", **L26, direction="increase", s=FA, sp=None),
        G("3 050 kronor per år", 3050, "SEK", per="year", **L26, direction="increase", s=FA, sp=None, note="to-value"),
        G("20 MWh", 20, "MWh", occ=1, per="year", optional=True, s=("en normalvilla", "normalvilla"), sp=None, note="defines the customer type"),
        G("660 kronor", 660, "SEK", per="year", **L26, direction="increase", s=AK, sp=None),
        G("16 010 kronor", 16010, "SEK", per="year", **L26, direction="increase", s=AK, sp=None, note="to-value"),
        G("55 kronor i månaden", 55, "SEK", per="month", **L26, direction="increase", s=None, sp=None, note="'Det motsvarar'"),
        G("190 MWh", 190, "MWh", per="year", optional=True, s=("ett mindre flerbostadshus", "flerbostadshus"), sp=None, note="defines the customer type"),
        G("3,9 procent", 3.9, "percent", **L26, direction="increase", s=("höjningen", "höjningen"), sp=None),
        G("14 procent", 14, "percent", t=("2024", "2025"), lenient=True, direction="increase", s=("Priset på biobränsle", "Priset"), sp=KE, note="'på ett år'; the same sentence goes on 'investerar vi': the publisher's own statement"),
        G("95 miljoner kronor", 95e6, "SEK", **L25, s=("en ny ackumulatortank vid Norrverket", "ackumulatortank"), sp=KE, note="'vi investerar'"),
        G("12 000 kubikmeter", 12000, "m3", **L25, s=("Tanken", "Tanken"), sp=KE),
        G("7 procent", 7, "percent", **L26, s=("vårt pris för en normalvilla", "pris"), sp=SL, note="'även efter justeringen ... under genomsnittet': one time"),
        G("418 GWh", 418, "GWh", t=Y24, s=("fjärrvärme", "fjärrvärme"), sp=None, note="'Under 2024'"),
        G("drygt 6 300 kunder", 6300, "count", bound="approx", t=Y24, s=("kunder", "kunder"), sp=None),
        G("97 procent", 97, "percent", **L24, s=("värmen", "värmen"), sp=None, note="partitive 'Av värmen'"),
        *_row(G, "Energipris, öre/kWh", ["62,0", "64,8", "+4,5 %"], fv("SEK", 0.01, "kWh"), [EP, EP, EP], note="table 'Priser för villakunder': '2025' / '2026' / 'Förändring'"),
        *_row(G, "Fast avgift, kr/år", ["2 950", "3 050", "+3,4 %"], fv("SEK", 1, "year"), ("Fast avgift", "avgift")),
        *_row(G, "Normalvilla 20 MWh, kr/år", ["15 350", "16 010", "+4,3 %"], fv("SEK", 1, "year"), ("Normalvilla", "Normalvilla")),
    ]
    NEG["r14_c_fjarrvarme_pris"] = [
        N("3 kategorier", note="cookie banner"), N("14 oktober 2025"), N("1 januari 2026"), N("Under 2024"),
        N("2025", ctx="Prisdel [2025]", note="column header"), N("2026", ctx="Prisdel 2025 [2026]", note="column header"),
        N("20 MWh", 2, note="names the table row"), N("40 skolor", note="related-article teaser (chrome)"),
        N("Verkgatan 7"), N("574 31"), N("0383-74 90 00"), N("8–16", note="opening hours"), N("556812-3390"),
        N("© 2025", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. summer 2025 weather summary (sidecar 2025-09-03)
    VI = ("Väderinstitutets sammanställning", "credited")
    MT = ("en medeltemperatur", "medeltemperatur")
    TN = ("tropiska nätter", "nätter")
    ST = ("soltimmar", "soltimmar")
    wt = [("degC", 1, None, Y25, True, False), ("degC", 1, None, Y25, True, True), ("mm", 1, None, Y25, True, False)]
    WTS = [("Medeltemperatur", "Medeltemperatur"), ("Avvikelse från normal", "Avvikelse"), ("Nederbörd", "Nederbörd")]
    GOLD["r14_c_vader_sommar"] = [
        G("1,3 grader", 1.3, "degC", **L25, direction="increase", s=("temperaturen", "temperaturen"), sp=VI, note="'över normalperioden 1991–2020'"),
        G("18,1 grader", 18.1, "degC", **L25, s=MT, sp=None, note="'den varmaste sommaren där sedan 2018': a record, no figure of its own"),
        G("19,6 grader", 19.6, "degC", **L25, direction="increase", s=("Juli", "Juli"), sp=None, note="'2,2 grader över det normala'"),
        G("2,2 grader", 2.2, "degC", **L25, direction="increase", s=("Juli", "Juli"), sp=None),
        G("33,8 grader", 33.8, "degC", **L25, s=("Sommarens högsta temperatur", "temperatur"), sp=None, note="'den 14 juli'"),
        G("11 tropiska nätter", 11, "count", **L25, direction="increase", s=TN, sp=None, note="next 'Normalt inträffar där 2 sådana nätter'"),
        G("20 grader", 20, "degC", bound="at_least", optional=True, s=("temperaturen", "temperaturen"), sp=None, note="defines a tropical night"),
        G("2 sådana nätter", 2, "count", t=NORM, lenient=True, s=("sådana nätter", "nätter"), sp=None, note="the normal itself"),
        G("9 dagar", 9, "day", **L25, s=("En värmebölja i mitten av juli", "värmebölja"), sp=None),
        G("312 millimeter", 312, "mm", **L25, direction="increase", s=None, sp=None, note="'I Haparby föll'; 'nästan dubbelt så mycket som normalt'"),
        G("dubbelt", 2, "number", bound="approx", **L25, direction="increase", optional=True, s=None, sp=None, note="multiplier against the normal"),
        G("86,4 millimeter", 86.4, "mm", per="day", **L25, s=("Det största dygnsvärdet", "dygnsvärdet"), sp=None, note="'den 3 augusti'"),
        G("71 millimeter", 71, "mm", **L25, direction="decrease", s=None, sp=None, note="'bara ..., eller 42 procent av den normala nederbörden'"),
        G("42 procent", 42, "percent", **L25, s=None, sp=None, note="a share of the normal restating '71 millimeter'"),
        G("842 soltimmar", 842, "hour", **L25, direction="increase", s=ST, sp=None, note="', 95 timmar mer än normalt'"),
        G("95 timmar", 95, "hour", **L25, direction="increase", s=ST, sp=None),
        G("512 timmar", 512, "hour", **L25, direction="decrease", s=("solskenet", "solskenet"), sp=None, note="'mot normalt 640 timmar'"),
        G("640 timmar", 640, "hour", t=NORM, lenient=True, s=None, sp=None, note="the normal itself"),
        *_row(G, "Kalmsund", ["18,1", "+1,7", "118"], wt, WTS, note="table 'Juni, juli och augusti 2025': 'Medeltemperatur, °C' / 'Avvikelse från normal, °C' / 'Nederbörd, mm'"),
        *_row(G, "Stenby", ["17,4", "+1,5", "96"], wt, WTS),
        *_row(G, "Gräsmark", ["16,9", "+1,2", "154"], wt, WTS),
        *_row(G, "Haparby", ["13,2", "+0,4", "312"], wt, WTS),
        G("Åtta av de tio", 0.8, "ratio", t=("2000", "2025"), lenient=True, s=("de tio varmaste somrarna i Kalmsund", "somrarna"), sp=("Tove Fredén", "quote"), note="'har inträffat efter år 2000'"),
    ]
    NEG["r14_c_vader_sommar"] = [
        N("Sommaren 2025", note="title"), N("1991–2020", note="'normalperioden 1991–2020' defines the normal"),
        N("2018", note="'sedan 2018' is a time"), N("14 juli"), N("1961", note="'startade där 1961' is a time"),
        N("3 augusti"), N("augusti 2025", note="table caption"), N("år 2000", note="a time"), N("hösten 2025"),
    ]

    return GOLD, NEG
