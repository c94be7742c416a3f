"""Round 13, part A (r13_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 13, part A (r13_a_*): eight kinds, written from scratch (r13_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a hospital group's annual report summary
# for 2025 (Markdown, 'Publicerad 19 mars 2026'; 'en ökning med 2,6 procent jämfört med 2024', 'från 1,29 miljoner året
# innan', overcrowding 'per 100 disponibla vårdplatser ... mot 5,8 år 2024', a quote, 'Knappt var tionde patient, 9
# procent', a table 'Nyckeltal 2025 / 2024'), an energy company's Q2 interim report (dateline 'Sundsvik den 17 juli
# 2025'; bullets under 'ANDRA KVARTALET 2025' / 'JANUARI–JUNI 2025' with bracketed prior figures dated by 'Siffror inom
# parentes avser motsvarande period föregående år', MSEK, GWh, öre per kilowattimme in a CEO quote, a plain-text table
# 'Kv2 2025' / 'Kv2 2024' / 'Jan–jun 2025' / 'Jan–jun 2024'), a municipal water and sewage tariff decision (HTML with
# cookie banner, menu, breadcrumb, teaser and footer as chrome; 'höjs med 9 procent från 1 januari 2026', 'från 28,40
# till 30,96 kronor per kubikmeter', typhus A, an HTML table '2026, kr' / '2025, kr'), a city's crime statistics for
# the first half of 2025 (date only in the sidecar, 2025-08-14; 'jämfört med ... samma period i fjol', 'visar polisens
# halvårsstatistik', a table by crime type with a signed change column), a regional employment office's monthly release
# for October 2025 (Markdown, 'Publicerad 12 november 2025'; 'procent av den registerbaserade arbetskraften', 'unga
# 18–24 år', 'i mer än 12 månader', a table by municipality with a signed procentenheter column), a trade union's wage
# survey (dateline 'Stockholm den 3 oktober 2025'; medellön, median, 'i månaden', 'Kvinnor tjänar 94 procent av männens
# lön', 'Sju av tio', a table by sector with a signed change column), a listing site's housing-price barometer for
# January 2026 (Markdown, 'Publicerad 5 februari 2026'; 'kronor per kvadratmeter', 'på en månad', 'På tolv månader', a
# forecast '4 till 6 procent under 2026', a table by city) and an UNDATED opinion piece by a pensioners' organisation
# ('Var fjärde pensionär', 'nästan dubbelt så hög som', 'Hälften av dem är över 80 år', demands 'Höj garantipensionen
# med 1 000 kronor i månaden', 'från 7 540 till 8 500 kronor i månaden', 'Enligt våra beräkningar').
# The r8-r12 decisions are followed: periods at year grain; a relative expression in the sentence ('i fjol', 'i dag',
# 'nu', 'i år') resolves against the publication date and is not lenient; a month without a year, a heading's, a
# caption's or the document's period, 'året innan' / 'ett år tidigare' / 'för ett år sedan' are lenient; brackets take
# the period their note names (not lenient); a level followed by ', en ökning/minskning med X', ', X lägre/mer än',
# 'mot X <earlier time>', 'jämfört med X <earlier time>' or a next sentence 'Det är X fler/färre' is the new value after
# a change (direction), the earlier value and from-values have none and take the earlier period; comparisons at one time
# have no direction; thresholds, definitions, rules, named sets and multipliers optional; table cells take their column
# headers' periods (explicit: not lenient; a caption's month: lenient), change columns lenient with direction from the
# sign, rows that are categories take the caption's or column's measure as subject; 'per 100 000 invånare' style
# denominators are N; 'X beslutade' credits X; 'visar X' credits X (credited); 'enligt X' is enligt; 'vilket' / 'Det
# motsvarar' have s None; a dummy 'Det tog ... dagar' has s None; possession is no credit.
# AGE BANDS ARE NEGATIVES (r12): 'unga 18–24 år' is N. Age THRESHOLDS ('över 70 år', 'över 75 år', 'över 80 år') that
# delimit a group stay optional G (r12_a).
# Where those were silent, decided here:
# - The age of THINGS is not an age band: 'ledningar som är över 60 år gamla' (in a quote) is a required G (more_than,
#   unit year, 2025 lenient: present tense in a November 2025 text).
# - A rate per N beds ('4,1 patienter per 100 disponibla vårdplatser', table row 'Överbeläggningar per 100 vårdplatser')
#   is written as per="bed" with the value as written (as per="capita" for 'per 100 000 invånare'); the '100' is N.
# - 'nästan halverat beroendet av hyrsjuksköterskor' is a multiplier verb (r11_a 'halvera'): optional number 0.5,
#   approx, direction decrease. 'som driver fyra sjukhus' is a named set: optional.
# - 'ett underskott på 38 miljoner kronor' is written without a sign: value +38e6 (sign as written), subject
#   'underskott'. 'Målet är ett nollresultat 2026' has no digits of a quantity: '2026' is N.
# - 'skrevs in på nytt inom 30 dagar efter utskrivningen' defines the readmission metric: optional (at_most, day).
# - Water tariff: öre/kronor per kubikmeter are SEK per="m3"; the fixed fee and typhus A's yearly cost are per="year";
#   'kronor mer i månaden' per="month". 'från 1 januari' in the heading of a November 2025 text is 2026, lenient (a
#   month without a year); 'från 1 januari 2026' in the sentence makes 2026 not lenient. The from-value '28,40' is
#   2025, lenient. 'en villa som förbrukar 150 kubikmeter vatten per år' defines typhus A: optional. 'de kommande tio
#   åren' in a 2025 quote spans ('2026', '2035'), lenient. '6 procent under genomsnittet i länet' is a comparison at one
#   time (no direction), after the raise (2026, lenient). 'inklusive 25 procent moms' is a rule: optional.
# - 'Det är 4 procent färre ..., visar polisens halvårsstatistik' credits its own sentence and the one before (r12_b
#   'Det ... visar X'); a 'visar X' in the FIRST sentence of a paragraph credits that sentence only (the union survey,
#   the housing barometer). 'var i stort sett oförändrat, 503 mot 498' states no change: no direction.
# - 'Det tog i genomsnitt 34 dagar att sälja' has s None (dummy 'det'), and so does its ', 6 dagar kortare tid'.
# - 'På tolv månader' in a January 2026 text spans ('2025', '2026'), lenient (a rolling year, no digits in the span);
#   the table column 'På tolv månader, %' likewise; 'På en månad, %' is 2026, lenient. 'det senaste året' (inflation in
#   an October 2025 quote) spans ('2024', '2025'), lenient.
# - The union's sample ('omfattar 31 240 yrkesverksamma medlemmar') and its response rate are required; 'högst 2 års
#   erfarenhet' delimits a group: optional (at_most, year). 'Kvinnor tjänar 94 procent av männens lön' is a comparison
#   at one time (no direction). 'Sju av tio medlemmar' (no digits) is a ratio 0.7.
# - UNDATED opinion piece (no date, no sidecar): no figure has a period (t None), 'i dag' included; the author's own
#   claims have no speaker (the piece is hers: plain reporting); 'Enligt våra beräkningar' is 'enligt' with
#   Pensionärsalliansen Framtid (r12_a 'Enligt partiets beräkningar'). Demands ('Höj ... med 1 000 kronor i månaden',
#   'från 7 540 till 8 500') carry direction increase on the increment and the to-value, the from-value none. 'under
#   20 000 kronor i månaden' delimits a group: optional (less_than). 'nästan dubbelt så hög som' compares two groups at
#   one time: optional multiplier, no direction. 'en tiondel av vad regeringen har lagt' is a ratio 0.1 (required, s
#   None: 'Det är'). 'En pensionär med 14 000 kronor i månaden' is an example income: required (r10_a).
# - Negatives: datelines and Publicerad lines, title and heading periods, column headers of periods, years and dates
#   that only place a claim ('jämfört med 2024', 'år 2024', 'sedan 2019', 'tas i drift 2027', 'per den 30 juni', 'den
#   24 november', 'från 1 januari', 'Inför 2025', 'första halvåret 2024', 'motsvarande period 2024', 'oktober 2024',
#   'januari 2025', 'under 2026', 'mer än 2024'), the age band '18–24 år', the denominator '100', phone numbers
#   (including the tip line '114 14'), box address, postal code, org number, the cookie count, the related-article
#   teaser and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'andra året i rad', 'tredje året i rad', 'ett andra kvartal',
#   'första halvåret' without a year, 'på tre år', 'de kommande tio åren' as words (their period is on the figure),
#   'samma andel som förra året', 'i stort sett oförändrade'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2024", "2025", "2026")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26 = Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)

    # ------------------------------------------------------------ 1. hospital group annual report 2025 (Publicerad 19 mars 2026)
    VT = ("vårdtillfällen", "vårdtillfällen")
    OB = ("Antalet öppenvårdsbesök", "Antalet")
    OV = ("patienter", "patienter")
    LG = ("Lovisa Granqvist", "quote")
    KP = ("Kostnaderna för inhyrd personal", "Kostnaderna")
    AN = ("anställda", "anställda")
    nk = lambda unit, scale, per=None: [(unit, scale, per, Y25, False, False), (unit, scale, per, Y24, False, False)]
    GOLD["r13_a_arsrapport_sjukhus"] = [
        G("fyra sjukhus", 4, "count", optional=True, s=("sjukhus", "sjukhus"), sp=None, note="a named set"),
        G("112 400 vårdtillfällen", 112400, "count", t=Y25, direction="increase", s=VT, sp=None, note="'under 2025'; ', en ökning med 2,6 procent jämfört med 2024': the new value"),
        G("2,6 procent", 2.6, "percent", t=Y25, direction="increase", s=VT, sp=None),
        G("1,34 miljoner", 1.34e6, "count", **L25, direction="increase", s=OB, sp=None, note="to-value of 'steg till ... från'"),
        G("1,29 miljoner", 1.29e6, "count", **L24, s=OB, sp=None, note="'året innan'"),
        G("4,1 patienter", 4.1, "count", per="bed", **L25, direction="decrease", s=OV, sp=None, note="'per 100 disponibla vårdplatser'; 'mot 5,8 år 2024': the new value"),
        G("5,8", 5.8, "count", per="bed", ctx="mot [5,8] år", t=Y24, s=OV, sp=None),
        G("23 procent", 23, "percent", **L25, direction="decrease", s=("Antalet utlokaliserade patienter", "Antalet"), sp=None),
        G("3 870", 3870, "count", **L25, direction="decrease", s=("Antalet utlokaliserade patienter", "Antalet"), sp=None, note="to-value"),
        G("46 nya vårdplatser", 46, "count", **L25, s=("nya vårdplatser", "vårdplatser"), sp=LG),
        G("nästan halverat", 0.5, "number", bound="approx", **L25, direction="decrease", optional=True, s=("beroendet av hyrsjuksköterskor", "beroendet"), sp=LG, note="a multiplier verb (r11_a 'halvera')"),
        G("96 miljoner kronor", 96e6, "SEK", **L25, direction="decrease", s=KP, sp=None, note="', 81 miljoner kronor lägre än föregående år': the new value"),
        G("81 miljoner kronor", 81e6, "SEK", **L25, direction="decrease", s=KP, sp=None),
        G("38 miljoner kronor", 38e6, "SEK", **L25, s=("ett underskott", "underskott"), sp=None),
        G("1,2 procent", 1.2, "percent", **L25, s=None, sp=None, note="'vilket motsvarar ... av omsättningen'"),
        G("4,9 dygn", 4.9, "day", **L25, s=("Medelvårdtiden", "Medelvårdtiden"), sp=None),
        G("Knappt var tionde", 0.1, "ratio", bound="approx", **L25, s=("patient", "patient"), sp=None),
        G("9 procent", 9, "percent", **L25, s=("patient", "patient"), sp=None),
        G("30 dagar", 30, "day", bound="at_most", optional=True, s=None, sp=None, note="'inom 30 dagar' defines readmission"),
        G("7 940 anställda", 7940, "count", **L25, s=AN, sp=None, note="'Vid årets slut'"),
        G("2 310 sjuksköterskor", 2310, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=None, note="'varav'"),
        *_row(G, "| Vårdtillfällen", ["112 400", "109 550"], nk("count", 1), ("Vårdtillfällen", "Vårdtillfällen"), sep=" | ", note="table 'Nyckeltal 2025 / 2024'"),
        *_row(G, "| Öppenvårdsbesök, tusental", ["1 340", "1 290"], nk("count", 1000), ("Öppenvårdsbesök", "Öppenvårdsbesök"), sep=" | "),
        *_row(G, "| Överbeläggningar per 100 vårdplatser", ["4,1", "5,8"], nk("count", 1, "bed"), ("Överbeläggningar", "Överbeläggningar"), sep=" | "),
        *_row(G, "| Medelvårdtid, dygn", ["4,9", "5,1"], nk("day", 1), ("Medelvårdtid", "Medelvårdtid"), sep=" | "),
        *_row(G, "| Anställda", ["7 940", "8 105"], nk("count", 1), ("Anställda", "Anställda"), sep=" | "),
    ]
    NEG["r13_a_arsrapport_sjukhus"] = [
        N("årsredovisning 2025", note="title"), N("19 mars 2026"), N("2025", ctx="under [2025] totalt"),
        N("2024", ctx="jämfört med [2024]."), N("100", ctx="per [100] disponibla", note="the denominator"),
        N("år 2024"), N("2026", ctx="nollresultat [2026]."), N("Nyckeltal 2025 / 2024"),
        N("2025", ctx="| Nyckeltal | [2025] |"), N("2024", ctx="| 2025 | [2024] |"),
        N("100", ctx="per [100] vårdplatser |", note="the denominator in the row label"), N("0611-77 45 00"),
    ]

    # ------------------------------------------------------------ 2. energy company Q2 interim report (dateline 17 July 2025)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EP = ("Elproduktionen", "Elproduktionen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RPA = ("Resultat per aktie", "Resultat")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    AT = ("Anders Tjärnström", "quote")
    EL = ("elpriset i vårt elområde", "elpriset")
    SO = ("Soliditeten", "Soliditeten")
    kq = lambda unit, scale: [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False),
                              (unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False)]
    GOLD["r13_a_delarsrapport_energi"] = [
        G("1 284", 1284e6, "SEK", ctx="till [1 284] (1 412)", **L25, s=NO, sp=None, note="bullet under 'ANDRA KVARTALET 2025'"),
        G("1 412", 1412e6, "SEK", ctx="1 284 ([1 412]) MSEK", t=Y24, s=NO, sp=None, note="'Siffror inom parentes avser motsvarande period föregående år'"),
        G("11 procent", 11, "percent", **L25, direction="increase", s=EP, sp=None),
        G("612", 612, "GWh", ctx="till [612] (551)", **L25, direction="increase", s=EP, sp=None, note="to-value"),
        G("551", 551, "GWh", ctx="612 ([551]) GWh", t=Y24, s=EP, sp=None),
        G("236", 236e6, "SEK", ctx="blev [236] (298)", **L25, s=RR, sp=None),
        G("298", 298e6, "SEK", ctx="236 ([298]) MSEK", t=Y24, s=RR, sp=None),
        G("1,42", 1.42, "SEK", per="share", ctx="till [1,42] (1,87)", **L25, s=RPA, sp=None),
        G("1,87", 1.87, "SEK", per="share", ctx="1,42 ([1,87]) kronor", t=Y24, s=RPA, sp=None),
        G("2 905", 2905e6, "SEK", ctx="till [2 905] (3 120)", **L25, s=NO, sp=None, note="bullet under 'JANUARI–JUNI 2025'"),
        G("3 120", 3120e6, "SEK", ctx="2 905 ([3 120]) MSEK", t=Y24, s=NO, sp=None),
        G("1 394", 1394, "GWh", ctx="till [1 394] (1 288)", **L25, s=EP, sp=None),
        G("1 288", 1288, "GWh", ctx="1 394 ([1 288]) GWh", t=Y24, s=EP, sp=None),
        G("611", 611e6, "SEK", ctx="var [611] (574)", **L25, s=KF, sp=None),
        G("574", 574e6, "SEK", ctx="611 ([574]) MSEK", t=Y24, s=KF, sp=None),
        G("28 öre per kilowattimme", 0.28, "SEK", per="kWh", **L25, direction="decrease", s=EL, sp=AT, note="'föll till'; 'mot 41 öre ett år tidigare'"),
        G("41 öre", 0.41, "SEK", per="kWh", **L24, s=EL, sp=AT, note="'ett år tidigare'"),
        G("34 procent", 34, "percent", **L25, s=("Vindkraften", "Vindkraften"), sp=None, note="'under kvartalet'"),
        G("14 turbiner", 14, "count", s=("turbiner", "turbiner"), sp=("styrelsen", "credited"), note="'beslutade styrelsen att bygga'; a plan, no period"),
        G("92 MW", 92, "MW", s=("en sammanlagd effekt", "effekt"), sp=("styrelsen", "credited")),
        G("1,1 miljarder kronor", 1.1e9, "SEK", s=("Investeringen", "Investeringen"), sp=None, note="'beräknas till': passive"),
        G("4 215 MSEK", 4215e6, "SEK", **L25, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'per den 30 juni'"),
        G("41,5 procent", 41.5, "percent", **L25, s=SO, sp=None),
        G("39,8", 39.8, "percent", ctx="41,5 procent ([39,8])", t=Y24, s=SO, sp=None),
        *_row(G, "Nettoomsättning", ["1 284", "1 412", "2 905", "3 120"], kq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'Nyckeltal, MSEK': 'Kv2 2025' / 'Kv2 2024' / 'Jan–jun 2025' / 'Jan–jun 2024'"),
        *_row(G, "Rörelseresultat", ["236", "298", "702", "815"], kq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Elproduktion, GWh", ["612", "551", "1 394", "1 288"], kq("GWh", 1), ("Elproduktion", "Elproduktion")),
    ]
    NEG["r13_a_delarsrapport_energi"] = [
        N("januari–juni 2025", note="title"), N("17 juli 2025", note="dateline"), N("ANDRA KVARTALET 2025"),
        N("JANUARI–JUNI 2025"), N("sedan 2019"), N("2027", ctx="drift [2027]."), N("30 juni", note="'per den 30 juni' is a time"),
        N("Kv2 2025"), N("Kv2 2024"), N("Jan–jun 2025"), N("Jan–jun 2024"), N("23 oktober 2025"), N("060-418 22 90"),
    ]

    # ------------------------------------------------------------ 3. water and sewage tariff (HTML, Publicerad 27 november 2025)
    VA = ("VA-taxan", "VA-taxan")
    KF3 = ("Kommunfullmäktige i Ekbacka", "credited")
    FA = ("Den fasta avgiften för en villa", "avgiften")
    AK = ("den årliga kostnaden", "kostnaden")
    PH = ("Petra Holm", "quote")
    va = lambda per: [("SEK", 1, per, Y26, False, False), ("SEK", 1, per, Y25, False, False)]
    GOLD["r13_a_va_taxa"] = [
        G("9 procent", 9, "percent", occ=1, **L26, direction="increase", s=VA, sp=None, note="heading 'från 1 januari' in a November 2025 text"),
        G("9 procent", 9, "percent", occ=2, t=Y26, direction="increase", s=VA, sp=KF3, note="'från 1 januari 2026'; 'beslutade'"),
        G("7 procent", 7, "percent", t=Y25, direction="increase", s=VA, sp=None, note="'Inför 2025 höjdes den'"),
        G("28,40", 28.40, "SEK", per="m3", ctx="från [28,40] till", **L25, s=("Avgiften för förbrukat vatten", "Avgiften"), sp=None, note="from-value"),
        G("30,96 kronor per kubikmeter", 30.96, "SEK", per="m3", **L26, direction="increase", s=("Avgiften för förbrukat vatten", "Avgiften"), sp=None),
        G("5 120 kronor per år", 5120, "SEK", per="year", **L26, direction="increase", s=FA, sp=None, note="', 420 kronor mer än i år': the new value"),
        G("420 kronor", 420, "SEK", per="year", **L26, direction="increase", s=FA, sp=None),
        G("150 kubikmeter", 150, "m3", per="year", optional=True, s=("en villa", "villa"), sp=None, note="defines typhus A"),
        G("cirka 800 kronor", 800, "SEK", bound="approx", per="year", **L26, direction="increase", s=AK, sp=None),
        G("9 764 kronor", 9764, "SEK", per="year", **L26, direction="increase", s=AK, sp=None, note="to-value"),
        G("ungefär 67 kronor", 67, "SEK", bound="approx", per="month", **L26, direction="increase", s=None, sp=None, note="'Det motsvarar'"),
        G("omkring 25 kronor", 25, "SEK", bound="approx", per="month", **L26, direction="increase", s=("höjningen", "höjningen"), sp=None),
        G("omkring 640 miljoner kronor", 640e6, "SEK", bound="approx", t=("2026", "2035"), lenient=True, s=("ett nytt reningsverk", "reningsverk"), sp=PH, note="'de kommande tio åren'"),
        G("över 60 år", 60, "year", bound="more_than", **L25, s=("ledningar", "ledningar"), sp=PH, note="the age of things: required"),
        G("6 procent", 6, "percent", **L26, s=("Ekbackas taxa för typhus A", "taxa"), sp=("tekniska förvaltningens jämförelse", "enligt"), note="a comparison at one time"),
        *_row(G, "Fast avgift per år, villa", ["5 120", "4 700"], va("year"), ("Fast avgift per år, villa", "avgift"), note="table 'Avgifter 2026 och 2025': '2026, kr' / '2025, kr'"),
        *_row(G, "Förbrukning per kubikmeter", ["30,96", "28,40"], va("m3"), ("Förbrukning per kubikmeter", "Förbrukning")),
        *_row(G, "Typhus A per år", ["9 764", "8 960"], va("year"), ("Typhus A", "Typhus")),
        G("25 procent", 25, "percent", optional=True, s=("moms", "moms"), sp=None, note="a rule"),
    ]
    NEG["r13_a_va_taxa"] = [
        N("4 typer", note="cookie banner"), N("1 januari", 1, note="heading: a time"), N("27 november 2025"),
        N("24 november"), N("1 januari 2026"), N("Inför 2025"), N("Avgifter 2026 och 2025"), N("2026, kr"), N("2025, kr"),
        N("120 nya villatomter", note="related-article teaser (chrome)"), N("Box 48"), N("643 21"), N("0150-280 00"),
        N("212000-4418"), N("© Ekbacka kommun 2025"),
    ]

    # ------------------------------------------------------------ 4. crime statistics, first half of 2025 (sidecar 2025-08-14)
    PS = ("polisens halvårsstatistik", "credited")
    BR = ("brott", "brott")
    BI = ("Bostadsinbrotten", "Bostadsinbrotten")
    BE = ("Bedrägerierna", "Bedrägerierna")
    MI = ("Antalet anmälda misshandelsbrott", "Antalet")
    AB = ("Anmälda brott", "brott")
    bt = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False), ("percent", 1, None, Y25, True, True)]
    GOLD["r13_a_brott_halvar"] = [
        G("9 846 brott", 9846, "count", t=Y25, direction="decrease", s=BR, sp=PS, note="'Under första halvåret 2025'; next sentence 'Det är 4 procent färre ..., visar'"),
        G("4 procent", 4, "percent", **L25, direction="decrease", s=BR, sp=PS),
        G("10 257 brott", 10257, "count", t=Y24, s=BR, sp=PS, note="'samma period i fjol, då'"),
        G("212", 212, "count", ctx="från [212] till", **L24, s=BI, sp=None, note="from-value"),
        G("148", 148, "count", ctx="till [148].", **L25, direction="decrease", s=BI, sp=None),
        G("1 903", 1903, "count", ctx="till [1 903],", **L25, direction="increase", s=BE, sp=None, note="'jämfört med 1 611 under samma period i fjol': the new value"),
        G("1 611", 1611, "count", ctx="med [1 611] under", t=Y24, s=BE, sp=None),
        G("Nästan vart femte", 0.2, "ratio", bound="approx", t=Y25, s=("anmält brott", "brott"), sp=("Jonas Wikström", "quote"), note="'i dag'"),
        G("över 70 år", 70, "year", bound="more_than", optional=True, s=None, sp=("Jonas Wikström", "quote"), note="age threshold"),
        G("503", 503, "count", ctx="oförändrat, [503] mot", **L25, s=MI, sp=None, note="'i stort sett oförändrat': no direction"),
        G("498", 498, "count", ctx="503 mot [498].", **L24, s=MI, sp=None),
        G("2 skjutningar", 2, "count", **L25, direction="decrease", s=("skjutningar", "skjutningar"), sp=None, note="'Under halvåret'; 'mot 5 under första halvåret 2024'"),
        G("5", 5, "count", ctx="mot [5] under", t=Y24, s=("skjutningar", "skjutningar"), sp=None),
        G("41 procent", 41, "percent", **L25, direction="increase", s=("narkotikakontroller", "narkotikakontroller"), sp=None),
        G("17 procent", 17, "percent", **L25, s=("Personuppklaringen", "Personuppklaringen"), sp=None),
        *_row(G, "Bostadsinbrott", ["148", "212", "−30"], bt, AB, note="table 'Anmälda brott, jan–jun' 2025 / 2024 / 'Förändring, %'"),
        *_row(G, "Bedrägeri", ["1 903", "1 611", "+18"], bt, AB),
        *_row(G, "Misshandel", ["503", "498", "+1"], bt, AB),
        *_row(G, "Skadegörelse", ["1 142", "1 390", "−18"], bt, AB),
        *_row(G, "Stöld ur eller från fordon", ["655", "702", "−7"], bt, AB),
        *_row(G, "Totalt", ["9 846", "10 257", "−4"], bt, AB),
    ]
    NEG["r13_a_brott_halvar"] = [
        N("första halvåret 2025"), N("första halvåret 2024"), N("motsvarande period 2024"),
        N("2025", ctx="jan–jun [2025] 2024"), N("2024", ctx="jan–jun 2025 [2024]"),
        N("114 14", note="tip line"), N("010-568 32 40"),
    ]

    # ------------------------------------------------------------ 5. employment office, October 2025 (Publicerad 12 november 2025)
    PE = ("personer", "personer")
    UN = ("unga", "unga")
    UF = ("Utrikes födda", "födda")
    MR = ("Malin Rask", "quote")
    IA = ("Inskrivna arbetslösa", "arbetslösa")
    kt = [("count", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, False), ("percentage_point", 1, None, Y25, True, True)]
    GOLD["r13_a_arbetslosa_manad"] = [
        G("14 862 personer", 14862, "count", **L25, s=PE, sp=None, note="'I slutet av oktober'"),
        G("7,4 procent", 7.4, "percent", occ=1, **L25, direction="decrease", s=None, sp=None, note="'Det motsvarar'; ', en minskning med 0,3 procentenheter': the new value"),
        G("0,3 procentenheter", 0.3, "percentage_point", **L25, direction="decrease", s=None, sp=None),
        G("1 734", 1734, "count", ctx="var [1 734] inskrivna", **L25, direction="decrease", s=UN, sp=None, note="next sentence 'Det är 212 färre än för ett år sedan'"),
        G("9,1 procent", 9.1, "percent", **L25, s=UN, sp=None),
        G("212", 212, "count", ctx="är [212] färre", **L25, direction="decrease", s=UN, sp=None),
        G("6 045 personer", 6045, "count", **L25, s=PE, sp=None),
        G("12 månader", 12, "month", bound="more_than", optional=True, s=None, sp=None, note="defines long-term unemployment"),
        G("41 procent", 41, "percent", **L25, s=None, sp=None, note="'vilket är'"),
        G("54 procent", 54, "percent", **L25, s=UF, sp=None),
        G("22 procent", 22, "percent", **L25, s=UF, sp=None, note="a comparison at one time"),
        G("2 310 nya lediga jobb", 2310, "count", **L25, direction="increase", s=("nya lediga jobb", "jobb"), sp=MR, note="'Under oktober'; ', 9 procent fler än i september'"),
        G("9 procent", 9, "percent", **L25, direction="increase", s=("nya lediga jobb", "jobb"), sp=MR),
        G("1 126 inskrivna personer", 1126, "count", **L25, s=("inskrivna personer", "personer"), sp=None, note="'Under månaden'"),
        *_row(G, "| Åmvik", ["6 210", "8,2", "−0,4"], kt, IA, sep=" | ", note="table 'Inskrivna arbetslösa per kommun, oktober 2025' (caption: lenient)"),
        *_row(G, "| Brattfors", ["3 455", "7,0", "−0,2"], kt, IA, sep=" | "),
        *_row(G, "| Ljungsäter", ["2 918", "6,9", "+0,1"], kt, IA, sep=" | "),
        *_row(G, "| Österhed", ["2 279", "6,4", "−0,5"], kt, IA, sep=" | "),
        *_row(G, "| Länet", ["14 862", "7,4", "−0,3"], kt, IA, sep=" | "),
    ]
    NEG["r13_a_arbetslosa_manad"] = [
        N("12 november 2025"), N("oktober 2024"), N("18–24 år", note="age band"), N("oktober 2025", note="caption"),
        N("11 december 2025"),
    ]

    # ------------------------------------------------------------ 6. union wage survey (dateline 3 October 2025)
    ML = ("Medellönen för medlemmarna i Teknikförbundet Nova", "Medellönen")
    LS = ("förbundets årliga lönestatistik", "credited")
    CH = ("en medellön", "medellön")
    SL = ("Sofia Lindmark", "quote")
    MD = ("Medellön", "Medellön")
    lt = [("SEK", 1, "month", Y25, False, False), ("SEK", 1, "month", Y24, False, False), ("percent", 1, None, Y25, True, True)]
    GOLD["r13_a_lonestatistik_fack"] = [
        G("3,9 procent", 3.9, "percent", occ=1, **L25, direction="increase", s=("lön", "lön"), sp=None, note="title 'Lönerapport 2025'"),
        G("52 870 kronor", 52870, "SEK", per="month", t=Y25, direction="increase", s=ML, sp=LS, note="'i september 2025'; next 'Det är 3,9 procent mer än för ett år sedan'"),
        G("3,9 procent", 3.9, "percent", occ=2, **L25, direction="increase", s=ML, sp=None),
        G("49 500 kronor", 49500, "SEK", per="month", **L25, s=("Medianlönen", "Medianlönen"), sp=None),
        G("31 240 yrkesverksamma medlemmar", 31240, "count", **L25, s=("yrkesverksamma medlemmar", "medlemmar"), sp=None, note="the sample"),
        G("68 procent", 68, "percent", **L25, s=("svarsfrekvensen", "svarsfrekvensen"), sp=None),
        G("5,2 procent", 5.2, "percent", **L25, direction="increase", s=("Lönerna", "Lönerna"), sp=None),
        G("2 års", 2, "year", bound="at_most", optional=True, s=None, sp=None, note="'högst 2 års erfarenhet' delimits a group"),
        G("38 900 kronor", 38900, "SEK", per="month", t=Y25, s=("En ingenjör med högst 2 års erfarenhet", "ingenjör"), sp=None, note="'nu': not lenient"),
        G("94 procent", 94, "percent", **L25, s=("Kvinnor", "Kvinnor"), sp=None, note="a comparison at one time"),
        G("50 100 kronor", 50100, "SEK", per="month", **L25, s=("Kvinnornas medellön", "medellön"), sp=None),
        G("53 300 kronor", 53300, "SEK", per="month", **L25, s=("männens", "männens"), sp=None),
        G("Sju av tio", 0.7, "ratio", **L25, s=("medlemmar", "medlemmar"), sp=None),
        G("71 450 kronor", 71450, "SEK", per="month", **L25, direction="increase", s=CH, sp=None, note="', 4,4 procent mer än 2024': the new value"),
        G("4,4 procent", 4.4, "percent", **L25, direction="increase", s=CH, sp=None),
        G("drygt 2 procent", 2, "percent", bound="approx", t=("2024", "2025"), lenient=True, s=("Inflationen", "Inflationen"), sp=SL, note="'det senaste året'"),
        *_row(G, "Privat sektor", ["53 640", "51 590", "+4,0"], lt, MD, note="table 'Medellön, kr/mån' 2025 / 2024 / 'Förändring, %'"),
        *_row(G, "Kommun och region", ["47 210", "45 630", "+3,5"], lt, MD),
        *_row(G, "Staten", ["51 980", "50 120", "+3,7"], lt, MD),
        *_row(G, "Samtliga", ["52 870", "50 885", "+3,9"], lt, MD),
    ]
    NEG["r13_a_lonestatistik_fack"] = [
        N("Lönerapport 2025", note="title"), N("3 oktober 2025"), N("september 2025"), N("2024", ctx="mer än [2024]."),
        N("2025", ctx="kr/mån [2025] 2024"), N("2024", ctx="kr/mån 2025 [2024]"), N("08-412 90 35"),
    ]

    # ------------------------------------------------------------ 7. housing barometer, January 2026 (Publicerad 5 februari 2026)
    HB = ("Hemvys bostadsbarometer", "credited")
    PR = ("priserna", "priserna")
    NB = ("Nora Bergkvist", "quote")
    KK = ("Kr/kvm", "Kr/kvm")
    R12 = ("2025", "2026")
    bp = [("SEK", 1, "m2", Y26, False, False), ("percent", 1, None, Y26, True, True), ("percent", 1, None, R12, True, True)]
    GOLD["r13_a_bostadspriser_manad"] = [
        G("1,8 procent", 1.8, "percent", occ=1, **L26, direction="increase", s=("Priserna på bostadsrätter", "Priserna"), sp=HB, note="'i januari'"),
        G("41 260 kronor per kvadratmeter", 41260, "SEK", per="m2", **L26, s=("Snittpriset i landet", "Snittpriset"), sp=None),
        G("3,4 procent", 3.4, "percent", occ=1, t=R12, lenient=True, direction="increase", s=PR, sp=None, note="'På tolv månader'"),
        G("2,6 procent", 2.6, "percent", occ=1, **L26, direction="increase", s=PR, sp=None, note="'på en månad'"),
        G("49 870 kronor per kvadratmeter", 49870, "SEK", per="m2", **L26, direction="increase", s=PR, sp=None, note="to-value"),
        G("87 420 kronor per kvadratmeter", 87420, "SEK", per="m2", **L26, direction="increase", s=("priset", "priset"), sp=None, note="', 1,5 procent högre än i december': the new value"),
        G("1,5 procent", 1.5, "percent", occ=1, **L26, direction="increase", s=("priset", "priset"), sp=None),
        G("0,2 procent", 0.2, "percent", **L26, direction="increase", s=("Priserna på villor", "Priserna"), sp=None),
        G("34 dagar", 34, "day", **L26, direction="decrease", s=None, sp=None, note="dummy 'Det tog'; ', 6 dagar kortare tid än för ett år sedan'"),
        G("6 dagar", 6, "day", **L26, direction="decrease", s=None, sp=None),
        G("19 400", 19400, "count", **L26, direction="decrease", s=("Antalet bostadsrätter till salu", "Antalet"), sp=None, note="', vilket är 8 procent färre än i januari 2025'"),
        G("8 procent", 8, "percent", ctx="är [8 procent] färre", **L26, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("runt 3 procent", 3, "percent", bound="approx", **L26, direction="decrease", s=("Bolåneräntan", "Bolåneräntan"), sp=NB, note="'har sjunkit till'"),
        G("4 till 6 procent", None, "percent", low=4, high=6, t=Y26, direction="increase", s=PR, sp=NB, note="forecast 'under 2026'"),
        G("55 kvadratmeter", 55, "m2", s=("En tvåa", "tvåa"), sp=None),
        G("2,7 miljoner kronor", 2.7e6, "SEK", t=Y26, s=("En tvåa på 55 kvadratmeter i Älvstad", "tvåa"), sp=None, note="'i dag'"),
        *_row(G, "| Storvik", ["87 420", "+1,5", "+4,1"], bp, KK, sep=" | ", note="table 'Kr/kvm januari 2026' / 'På en månad, %' / 'På tolv månader, %'"),
        *_row(G, "| Älvstad", ["49 870", "+2,6", "+5,3"], bp, KK, sep=" | "),
        *_row(G, "| Kustby", ["36 150", "+0,9", "−1,2"], bp, KK, sep=" | "),
        *_row(G, "| Norrholm", ["28 730", "−0,4", "+2,0"], bp, KK, sep=" | "),
        *_row(G, "| Hela landet", ["41 260", "+1,8", "+3,4"], bp, KK, sep=" | "),
        G("11 380 sålda bostadsrätter", 11380, "count", **L26, s=("sålda bostadsrätter", "bostadsrätter"), sp=None, note="'under januari'"),
    ]
    NEG["r13_a_bostadspriser_manad"] = [
        N("5 februari 2026"), N("januari 2025"), N("under 2026"), N("januari 2026", note="column header"),
    ]

    # ------------------------------------------------------------ 8. UNDATED opinion piece (no date, no sidecar)
    PF = ("Pensionärsalliansen Framtid", "enligt")
    GOLD["r13_a_debatt_pension"] = [
        G("Var fjärde", 0.25, "ratio", s=("pensionär", "pensionär"), sp=None),
        G("över 75 år", 75, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("nästan dubbelt", 2, "number", bound="approx", optional=True, s=("andelen", "andelen"), sp=None, note="two groups at one time"),
        G("11 300 kronor", 11300, "SEK", per="month", s=("Garantipensionen för en ensamstående", "Garantipensionen"), sp=None),
        G("24 procent", 24, "percent", direction="increase", s=("priserna på livsmedel", "priserna"), sp=None),
        G("5 procent per år", 5, "percent", per="year", direction="increase", s=("hyrorna", "hyrorna"), sp=None),
        G("Drygt 230 000 pensionärer", 230000, "count", bound="approx", s=("pensionärer", "pensionärer"), sp=None),
        G("Hälften", 0.5, "ratio", s=("Hälften av dem", "dem"), sp=None),
        G("över 80 år", 80, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("14 000 kronor", 14000, "SEK", per="month", s=("en pensionär", "pensionär"), sp=None, note="the example income"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", s=("inkomsten", "inkomsten"), sp=None),
        G("1 000 kronor", 1000, "SEK", per="month", direction="increase", s=("garantipensionen", "garantipensionen"), sp=None, note="a demand"),
        G("7 540", 7540, "SEK", per="month", ctx="från [7 540] till", s=("taket i bostadstillägget", "taket"), sp=None, note="from-value"),
        G("8 500 kronor", 8500, "SEK", per="month", direction="increase", s=("taket i bostadstillägget", "taket"), sp=None),
        G("20 000 kronor", 20000, "SEK", bound="less_than", per="month", optional=True, s=("en pension", "pension"), sp=None, note="delimits a group"),
        G("omkring 4 miljarder kronor", 4e9, "SEK", bound="approx", per="year", s=("reformerna", "reformerna"), sp=PF, note="'Enligt våra beräkningar'"),
        G("en tiondel", 0.1, "ratio", s=None, sp=None, note="'Det är en tiondel av vad regeringen har lagt'"),
        G("186 000 medlemmar", 186000, "count", s=("medlemmar", "medlemmar"), sp=None),
        G("740 lokalföreningar", 740, "count", s=("lokalföreningar", "lokalföreningar"), sp=None),
    ]
    NEG["r13_a_debatt_pension"] = []

    return GOLD, NEG
