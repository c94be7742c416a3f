"""Round 15, part B (r15_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 15, part B (r15_b_*): eight kinds, written from scratch (r15_sources.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a county administrative board's quarterly
# labour-market report for the third quarter of 2026 ('Publicerad 12 november 2026'; 'i åldern 20–64 år', 'vilket är
# 2 100 fler än under motsvarande kvartal i fjol', 'en förbättring med 0,8 procentenheter', 'gick ned med ... till',
# 'hamnade därmed på ..., att jämföra med ... ett år tidigare', 'ned 1,4 procentenheter', 'mot 410 under samma kvartal
# 2025', 'Drygt hälften av varslen, 58 procent', 'vek', a plain-text municipality table with 'Andel arbetslösa, %' and a
# signed 'Förändring, p.e.' column), a port company's half-year freight statistics (Markdown, dateline 'Norrvika den 16
# juli 2026'; 'miljoner ton', TEU, anlöp, trailrar, resenärer, 'Det är 5,4 procent mer än', 'backade', 'under 2026–2028',
# 'lyfter kapaciteten till omkring 350 000 TEU per år', a Markdown table by cargo type in 'tusen ton' with year columns
# and a signed change column), a national agency's decision on licensed lynx hunting for 2027 ('Publicerad 29 oktober
# 2026'; 'vilket är 18 färre än de 92 djur som tilldelades i år', 'i våras', a reference value, 'nästan en femtedel' in a
# quote, 'fälldes 88 av de 92', a plain-text table 'Tilldelning 2026' / 'Tilldelning 2027' / 'Förändring, antal djur'
# with zero cells, 'Högst 2 lodjur', 'inom 3 veckor'), a healthcare region's monthly waiting-times page for September
# 2026 (Markdown, 'Publicerad 13 oktober 2026'; the care guarantee 'mer än 90 dagar', 'Det är en förbättring med 3
# procentenheter jämfört med augusti', 'stod ... i kö', 'mot 57 dagar i augusti', 'Medianen', 'en nedgång med 1
# procentenhet', '14 extra operationspass i veckan', a specialty table with 'Andel i tid sep, %' / 'Andel i tid aug, %'
# and a signed procentenheter column), an UNDATED news item on a paper mill's notice of 180 redundancies and a 650-million
# investment (no date, no sidecar; 'Det motsvarar drygt 15 procent av de omkring 1 170', 'ton per år', 'om året', 'har
# fallit med nästan 40 procent', 'Av de 180 tjänsterna finns 130 ... och 50', 'i över 25 år', 'upp till 6 månader'), a
# regional tourism board's year summary dated only by its sidecar (2026-02-19; 'i fjol', 'året innan', gästnätter,
# 'följt av Nederländerna med 97 000', '(+0,6 procent)', 'per sålt hotellrum', 'varav', 'årsarbetskrafter', besökare,
# 'ett tapp på', 'uppskattningsvis', a target 'år 2030'), a municipality's HTML page on new waste-collection fees from
# 2027 (cookie banner, menu, breadcrumb, related links, footer; 'Publicerad 3 november 2026'; 'kronor per tömning',
# 'per lägenhet och år', 'Med 26 tömningar om året', 'mot 3 698 kronor i år', an HTML table 'Avgift' / '2026, kr' /
# '2027, kr' / 'Höjning, %' whose rows name their own rate) and an energy company's interim report for January–March
# 2026 (dateline 'Storforsen den 23 april 2026'; bullets with bracketed prior figures dated by 'Siffror inom parentes
# avser motsvarande kvartal 2025', MSEK, GWh, 'öre per kWh' and 'öre/kWh', 'kronor per aktie', a negative bracket
# '371 (−48) MSEK', 'minskade till 3 940 MSEK, från 4 210 MSEK vid årsskiftet', a production target 'senast 2030').
# The r8-r14 decisions are followed: periods at year grain (a quarter, a half-year and a month take their year); a
# relative expression in the sentence ('i fjol', 'i år', 'nästa år', 'i våras', 'årets') resolves against the
# publication date and is not lenient; a month without a year, a heading's, a caption's or the document's period, 'ett år
# tidigare' / 'året innan' / 'en månad tidigare' / 'vid årsskiftet' are lenient; brackets take the period their note
# names (not lenient); a level followed by ', en ökning med X', ', vilket är X fler', 'mot X <earlier time>', 'jämfört
# med X <earlier time>', ', X färre än' or a next sentence 'Det är ... mer än' is the new value after a change
# (direction), the earlier value and from-values have none and take the earlier period; comparisons at one time have no
# direction; thresholds, definitions and rules optional; table cells take their column headers' periods (not lenient;
# a caption's or a month column's without year lenient), change columns lenient with direction from the sign; rows that
# are categories take the column's or caption's measure as subject; 'vilket motsvarar' / 'motsvarande' / 'Det
# motsvarar' / 'vilket är' have s None; a figure that is itself the grammatical subject ('78 procent av patienterna
# fick', 'Av dem hade 3 140') has s None; elided nouns ('följt av Nederländerna med 97 000') s None; the actor who spends
# is never the subject; possession is no credit; the UNDATED text has no period on any figure ('i dag', 'förra året'
# included).
# Where those were silent, decided here:
# - TEU (twenty-foot equivalent units) is kept as its own measure unit "TEU" (kind measure), not count: it is a unit of
#   container capacity, not a number of containers. 'I juni hanterades 22 400 TEU' has s None (passive, the figure is
#   the grammatical subject). 'Det är 5,4 procent mer än under första halvåret i fjol' takes the volume of the sentence
#   before ('gods') and gives it direction increase. The investment 'under 2026–2028' spans ('2026', '2028') explicitly;
#   its subject is its goal ('en ny containerkaj'). The capacity 'lyfter kapaciteten till omkring 350 000 TEU per år'
#   and the quay 'förlänger kajlinjen med 260 meter' are expected effects: direction increase, no period. The Markdown
#   table's year columns '2026, tusen ton' / '2025, tusen ton' take their years (not lenient) and scale 1000; rows are
#   cargo types: subject 'Godsvolymer' from the caption.
# - Labour market: 'i åldern 20–64 år' / 'i åldern 18–24 år' are age bands (N). 'Under kvartalet varslades 642 personer
#   ..., mot 410 under samma kvartal 2025' is the new value after a change (the paragraph opens 'Varslen ... har
#   tilltagit'): direction increase; 410 takes 2025 explicitly. 'Vi räknar med att omkring 1 500 nya jobb tillkommer i
#   vården nästa år' is a forecast in a quote: 2027 (not lenient), direction increase ('tillkommer' is a verb of change,
#   unlike the bare 'nya jobb' of the mill's investment). The table's caption gives the quarter of 2026 (lenient); its
#   'Förändring, p.e.' column is percentage_point with the sign's direction; its subject is 'Andel arbetslösa' (the
#   sentence under the caption says the change concerns that share).
# - Lynx quota: 'Sammanlagt får 74 lodjur fällas' takes 'nästa år' from the sentence before (2027, lenient) and has no
#   speaker: the agency is credited in the sentence BEFORE ('har beslutat'), and the credited rule looks at the same or
#   the next sentence only. 'i våras' is in the sentence before the census figure, so 'omkring 1 180 lodjur' is 2026,
#   lenient. The reference value '870 individer' is a threshold (optional, no period). 'fälldes 88 av de 92 tilldelade
#   djuren': both take 'tilldelade djuren' as subject (the counted noun) and 2026 ('årets', not lenient). Table zero
#   cells are quantities (value 0; the change cell '0' has no direction). 'Högst 2 lodjur får fällas per jaktlag' and
#   'inom 3 veckor' are rules (optional, at_most); the fee '250 kronor' is required (2027, lenient).
# - Waiting times: '90 dagar' in the care guarantee and in the table note 'I tid = inom 90 dagar' defines a term:
#   optional, at_most, no period. '78 procent av patienterna' and '69 procent fick' are the grammatical subjects (s None);
#   the change that follows ('Det är en förbättring med 3 procentenheter', ', en nedgång med 1 procentenhet') has s None
#   too (the 'Det' stands for a figure with no subject) and sets the direction of the level. 'Vid månadens slut'
#   (September, no year) is 2026, lenient. '14 extra operationspass i veckan' is per="week", direction increase
#   ('extra'), 'Sedan mitten av augusti' lenient. Every table cell is 2026, lenient (month columns without a year).
# - Paper mill (UNDATED): title figures are annotated like the body ('varslar 180' s None, '650 miljoner' the goal
#   'kartong'). 'Brännviks Pappersbruk omsatte 4,3 miljarder kronor' takes the company as subject (the figure measures
#   its turnover; a company that sells is no actor that spends). 'Den ska klara 200 000 ton om året' takes the line from
#   the sentence before, per="year". 'Ungefär hälften av dem som varslas' has subject head 'dem' (the text names the
#   group only so). 'i över 25 år' is a duration (more_than, year). 'upp till 6 månader' uppsägningstid is a rule
#   (optional, at_most). 'PM 3' is a machine's name (N).
# - Tourism (sidecar 2026-02-19): 'fortsatte att växa i fjol' is in the sentence before the first figures: 2025,
#   lenient. 'De svenska gästnätterna låg i stort sett still på 1,73 miljoner (+0,6 procent)': the level has no
#   direction ('låg still'), the signed bracket '0,6 procent' is a change (increase), not a bracketed prior figure.
#   'per sålt hotellrum' is per="room" (r14_a). 'Sommaren står nu för nästan hälften ..., 47 procent' is the year's share
#   (2025, lenient). The target '3 miljoner gästnätter år 2030' takes ('2030', '2030') explicitly ('2030' itself N); the
#   required growth 'en årlig ökning på drygt 5 procent' is per="year", direction increase, spanning ('2026', '2030')
#   lenient (from now to the target year). 'Turistrådets mål': possession is no credit (sp None).
# - Waste fees (HTML): 'per tömning' is per="emptying"; 'per lägenhet och år' is per="year" (the time unit wins, as
#   r14_a 'per barn och månad'). The lead's '8,6 procent' and '318 kronor' take 2027 from the sentence before
#   ('från den 1 januari 2027'), lenient. 'Med 26 tömningar om året' defines the example household (optional, per year).
#   '4 016 kronor' ('landar ett villahushåll på ..., mot 3 698 kronor i år') is the new value (direction increase); both
#   have s None (the payer is no subject, r14_a). The present from-values '1 150' and '98' are 2026, lenient. 'har ökat
#   med 22 procent på två år' in the quote spans ('2024', '2026'), lenient (a rolling span, as r13_a 'På tolv
#   månader'). '25 procent lägre grundavgift' for home composting compares two fees at one time (no direction; 2027,
#   lenient). The table's rows name their own rate ('per år', 'per tömning'): per follows the row; the 'Höjning, %'
#   column is unsigned but named a raise: direction increase, 2027 lenient; subject per row.
# - Energy report: the note 'Siffror inom parentes avser motsvarande kvartal 2025' dates every bracket (2025, not
#   lenient); bullet figures take the heading 'FÖRSTA KVARTALET 2026' (lenient). 'Elhandelsverksamheten levererade
#   1 510 (1 480) GWh till slutkunder' takes the business line as subject (no noun names the goods). Spot and realised
#   prices in öre are SEK per kWh (61,4 öre -> 0.614). 'Parken får 14 vindkraftverk med en beräknad årsproduktion på
#   310 GWh' describes a park under construction: no period; '310 GWh' per="year". 'Nettoskulden minskade till 3 940
#   MSEK, från 4 210 MSEK vid årsskiftet': 4 210 is the 2025 closing balance (lenient). The target 'ska nå 4 500 GWh per
#   år senast 2030' takes ('2030', '2030'), credited to 'Styrelsen'; 'Utdelningen för 2025 fastställdes av årsstämman
#   till 6,50 kronor per aktie' is 2025 (explicit), credited to 'årsstämman'.
# - Negatives: datelines and Publicerad lines, titles' and headings' periods, column headers of years, years and dates
#   that only place a claim ('samma kvartal 2025', 'januari–juni 2026', 'första halvåret 2025', '2026–2028', 'budget för
#   2027', 'för 2027', 'den 1 januari 2027', 'den 1 mars', 'den 15 mars 2027', 'senast den 10 februari', 'senast 2030',
#   'år 2030', 'Utdelningen för 2025'), age bands, the case number, the machine name 'PM 3', 'Tabell 1', next-release
#   dates, phone numbers, street and box addresses, postal codes, org numbers, related links and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'tolv månader', 'vinter efter vinter', 'alla förvaltningsområden
#   utom det södra', 'ett trettiotal', 'på fem år', 'på två år', 'varannan vecka', 'var fjärde vecka', 'första halvåret',
#   'året innan', 'förra året'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027", "2030")}


from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y25, Y26, Y27, Y30 = Y["2025"], Y["2026"], Y["2027"], Y["2030"]
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)

    # ------------------------------------------------------------ 1. county labour market, Q3 2026 (Publicerad 12 november 2026)
    AL = ("Antalet arbetslösa", "Antalet")
    AH = ("Arbetslösheten", "Arbetslösheten")
    IB = ("Ingela Backström", "quote")
    LJ = ("nya lediga jobb", "jobb")
    lt = [("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False),
          ("percent", 1, None, Y26, True, False), ("percentage_point", 1, None, Y26, True, True)]
    LTS = [("Sysselsatta", "Sysselsatta"), ("Arbetslösa", "Arbetslösa"), ("Andel arbetslösa", "Andel"),
           ("Andel arbetslösa", "Andel")]
    GOLD["r15_b_arbetsmarknad_lan"] = [
        G("168 400 personer", 168400, "count", t=Y26, direction="increase", s=("personer", "personer"), sp=None, note="'Under tredje kvartalet 2026'; ', vilket är 2 100 fler än': the new value"),
        G("2 100", 2100, "count", t=Y26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("79,6 procent", 79.6, "percent", **L26, direction="increase", s=("Sysselsättningsgraden", "Sysselsättningsgraden"), sp=None, note="', en förbättring med 0,8 procentenheter'"),
        G("0,8 procentenheter", 0.8, "percentage_point", **L26, direction="increase", s=("Sysselsättningsgraden", "Sysselsättningsgraden"), sp=None),
        G("1 300 personer", 1300, "count", **L26, direction="decrease", s=AL, sp=None, note="'gick ned med'"),
        G("11 850", 11850, "count", ctx="personer till [11 850].", **L26, direction="decrease", s=AL, sp=None, note="to-value"),
        G("6,6 procent", 6.6, "percent", **L26, direction="decrease", s=AH, sp=None, note="'hamnade därmed på ..., att jämföra med 7,3 procent ett år tidigare': the new value"),
        G("7,3 procent", 7.3, "percent", **L25, s=AH, sp=None, note="'ett år tidigare'"),
        G("12,9 procent", 12.9, "percent", **L26, direction="decrease", s=("andelen arbetslösa", "andelen"), sp=None, note="', ned 1,4 procentenheter'"),
        G("1,4 procentenheter", 1.4, "percentage_point", **L26, direction="decrease", s=("andelen arbetslösa", "andelen"), sp=None),
        G("642 personer", 642, "count", **L26, direction="increase", s=("personer", "personer"), sp=None, note="'Under kvartalet'; 'mot 410 under samma kvartal 2025'"),
        G("410", 410, "count", ctx="mot [410] under", t=Y25, s=("personer", "personer"), sp=None),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("varslen", "varslen"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("varslen", "varslen"), sp=None),
        G("omkring 1 500 nya jobb", 1500, "count", bound="approx", t=Y27, direction="increase", s=("nya jobb", "jobb"), sp=IB, note="'tillkommer ... nästa år'"),
        G("4 920", 4920, "count", **L26, direction="decrease", s=("Antalet personer som varit utan arbete i mer än tolv månader", "Antalet"), sp=None, note="'sjönk till'"),
        G("41,5 procent", 41.5, "percent", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("3 310 personer", 3310, "count", **L26, s=("personer", "personer"), sp=None, note="'I slutet av september' (no year)"),
        G("9 870 nya lediga jobb", 9870, "count", **L26, direction="decrease", s=LJ, sp=None, note="', 6 procent färre än i fjol': the new value"),
        G("6 procent", 6, "percent", ctx="kvartalet, [6 procent] färre", **L26, direction="decrease", s=LJ, sp=None),
        *_row(G, "Västerlund", ["61 200", "4 310", "6,6", "−0,9"], lt, LTS, note="table 1 'tredje kvartalet 2026' (caption: lenient); 'Förändring, p.e.' signed"),
        *_row(G, "Hagaby", ["34 750", "2 080", "5,6", "−0,4"], lt, LTS),
        *_row(G, "Norrsjö", ["22 900", "1 960", "7,9", "+0,3"], lt, LTS),
        *_row(G, "Åkerlid", ["18 300", "890", "4,6", "−1,1"], lt, LTS),
        *_row(G, "Övriga kommuner", ["31 250", "2 610", "7,7", "−0,6"], lt, LTS),
        *_row(G, "Länet totalt", ["168 400", "11 850", "6,6", "−0,7"], lt, LTS),
    ]
    NEG["r15_b_arbetsmarknad_lan"] = [
        N("tredje kvartalet 2026", 1, note="title"), N("12 november 2026"), N("tredje kvartalet 2026", 2),
        N("20–64 år", note="age band"), N("18–24 år", note="age band"), N("2025", ctx="samma kvartal [2025]. Drygt"),
        N("1", ctx="Tabell [1].", note="table number"), N("tredje kvartalet 2026", 3, note="caption"),
        N("2025", ctx="samma kvartal [2025]. Kommun"), N("10 februari 2027"), N("0480-37 52 16"),
    ]

    # ------------------------------------------------------------ 2. port half-year freight statistics (dateline 16 July 2026)
    GO = ("gods", "gods")
    CT = ("Antalet hanterade containrar", "Antalet")
    OD = ("olja och drivmedel", "olja")
    TR = ("trailrar", "trailrar")
    RE = ("resenärer", "resenärer")
    ht = [("tonne", 1000, None, Y26, False, False), ("tonne", 1000, None, Y25, False, False), ("percent", 1, None, Y26, True, True)]
    GV = ("Godsvolymer", "Godsvolymer")
    GOLD["r15_b_hamn_halvar"] = [
        G("4,82 miljoner ton", 4.82e6, "tonne", t=Y26, direction="increase", s=GO, sp=None, note="'under januari–juni 2026'; next 'Det är 5,4 procent mer än'"),
        G("5,4 procent", 5.4, "percent", **L26, direction="increase", s=GO, sp=None, note="'Det' stands for the volume"),
        G("118 600 TEU", 118600, "TEU", **L26, direction="increase", s=CT, sp=None, note="'steg till ..., en uppgång med 9,1 procent'"),
        G("9,1 procent", 9.1, "percent", **L26, direction="increase", s=CT, sp=None),
        G("22 400 TEU", 22400, "TEU", **L26, s=None, sp=None, note="'I juni hanterades': the figure is the grammatical subject"),
        G("1,36 miljoner ton", 1.36e6, "tonne", **L26, direction="decrease", s=OD, sp=None, note="', 3,2 procent mindre än motsvarande period förra året'"),
        G("3,2 procent", 3.2, "percent", **L26, direction="decrease", s=OD, sp=None),
        G("1,12 miljoner ton", 1.12e6, "tonne", **L26, direction="increase", s=("Torrbulken", "Torrbulken"), sp=None, note="'växte till'"),
        G("1 284", 1284, "count", **L26, direction="increase", s=("Fartygsanlöpen", "Fartygsanlöpen"), sp=None, note="'jämfört med 1 237 under första halvåret 2025'"),
        G("1 237", 1237, "count", t=Y25, s=("Fartygsanlöpen", "Fartygsanlöpen"), sp=None),
        G("412 anlöp", 412, "count", **L26, s=("anlöp", "anlöp"), sp=None),
        G("41 300 trailrar", 41300, "count", **L26, direction="increase", s=TR, sp=None, note="', 2 900 fler än för ett år sedan'"),
        G("2 900", 2900, "count", **L26, direction="increase", s=TR, sp=None),
        G("286 000 resenärer", 286000, "count", **L26, direction="decrease", s=RE, sp=None, note="', en minskning med 1,8 procent'"),
        G("1,8 procent", 1.8, "percent", **L26, direction="decrease", s=RE, sp=None),
        G("340 miljoner kronor", 340e6, "SEK", t=("2026", "2028"), s=("en ny containerkaj", "containerkaj"), sp=None, note="'under 2026–2028'; the goal of the money"),
        G("260 meter", 260, "m", direction="increase", s=("kajlinjen", "kajlinjen"), sp=None, note="an expected effect: no period"),
        G("omkring 350 000 TEU", 350000, "TEU", bound="approx", per="year", direction="increase", s=("kapaciteten", "kapaciteten"), sp=None, note="'lyfter kapaciteten till': an expected effect"),
        *_row(G, "| Containergods", ["1 204", "1 096", "+9,9"], ht, GV, sep=" | ", note="table 'Godsvolymer per godsslag, januari–juni'; '2026, tusen ton' / '2025, tusen ton' / 'Förändring, %'"),
        *_row(G, "| Olja och drivmedel", ["1 360", "1 405", "−3,2"], ht, GV, sep=" | "),
        *_row(G, "| Torrbulk", ["1 120", "1 048", "+6,9"], ht, GV, sep=" | "),
        *_row(G, "| Ro-ro och trailrar", ["874", "836", "+4,5"], ht, GV, sep=" | "),
        *_row(G, "| Skogsprodukter", ["262", "188", "+39,4"], ht, GV, sep=" | "),
        *_row(G, "| Totalt", ["4 820", "4 573", "+5,4"], ht, GV, sep=" | "),
    ]
    NEG["r15_b_hamn_halvar"] = [
        N("16 juli 2026"), N("januari–juni 2026"), N("2025", ctx="första halvåret [2025]."), N("2026–2028"),
        N("2026", ctx="| [2026], tusen ton", note="column header"), N("2025", ctx="| [2025], tusen ton"),
        N("januari 2027"), N("Kajgatan 4"), N("891 40"), N("0660-27 41 00"),
    ]

    # ------------------------------------------------------------ 3. lynx hunting quota 2027 (Publicerad 29 oktober 2026)
    KH = ("Karin Holmlund", "quote")
    LO = ("lodjur", "lodjur")
    TD = ("tilldelade djuren", "djuren")
    TI = ("Tilldelning", "Tilldelning")
    qt = [("count", 1, None, Y26, False, False), ("count", 1, None, Y27, False, False), ("count", 1, None, Y27, True, True)]
    GOLD["r15_b_lodjur_kvot"] = [
        G("74 lodjur", 74, "count", **L27, direction="decrease", s=LO, sp=None, note="'nästa år' in the sentence before; ', vilket är 18 färre än': the new value"),
        G("18", 18, "count", ctx="vilket är [18] färre", **L27, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("92 djur", 92, "count", t=Y26, s=("djur", "djur"), sp=None, note="'som tilldelades i år'"),
        G("omkring 1 180 lodjur", 1180, "count", bound="approx", **L26, direction="decrease", s=LO, sp=None, note="'i våras' is in the sentence before; ', 6 procent färre än ett år tidigare'"),
        G("6 procent", 6, "percent", **L26, direction="decrease", s=LO, sp=None),
        G("410 djur", 410, "count", **L26, s=("antalet", "antalet"), sp=None),
        G("870 individer", 870, "count", optional=True, s=("Referensvärdet för lodjur i hela landet", "Referensvärdet"), sp=None, note="a threshold"),
        G("nästan en femtedel", 0.2, "ratio", bound="approx", **L27, direction="decrease", s=("tilldelningen", "tilldelningen"), sp=KH),
        G("88", 88, "count", ctx="fälldes [88] av", t=Y26, s=TD, sp=None, note="'Under årets jakt'"),
        G("92", 92, "count", ctx="av de [92] tilldelade", t=Y26, s=TD, sp=None),
        G("27 lodjur", 27, "count", **L26, s=LO, sp=None, note="'samtidigt': this year's hunt"),
        G("cirka 95 djur", 95, "count", bound="approx", **L26, s=("stammen", "stammen"), sp=None),
        *_row(G, "Norra", ["34", "28", "−6"], qt, TI, note="table 'Tilldelning per förvaltningsområde, antal lodjur'; 'Tilldelning 2026' / 'Tilldelning 2027' / 'Förändring, antal djur'"),
        *_row(G, "Mellersta", ["26", "22", "−4"], qt, TI),
        *_row(G, "Västra", ["18", "14", "−4"], qt, TI),
        *_row(G, "Östra", ["14", "10", "−4"], qt, TI),
        *_row(G, "Södra", ["0", "0", "0"], qt, TI),
        *_row(G, "Totalt", ["92", "74", "−18"], qt, TI),
        G("Högst 2 lodjur", 2, "count", bound="at_most", optional=True, s=LO, sp=None, note="a rule of the hunt"),
        G("250 kronor", 250, "SEK", **L27, s=("anmälningsavgiften", "anmälningsavgiften"), sp=None),
        G("3 veckor", 3, "week", bound="at_most", optional=True, s=None, sp=None, note="'inom': the time to appeal, a rule"),
    ]
    NEG["r15_b_lodjur_kvot"] = [
        N("2027", ctx="lodjur [2027] Publicerad", note="title"), N("29 oktober 2026"), N("2026-04417", note="case number"),
        N("2026", ctx="Tilldelning [2026] Tilldelning", note="column header"), N("2027", ctx="Tilldelning [2027] Förändring"),
        N("1 mars"), N("15 mars 2027"), N("10 februari"), N("010-224 61 30"),
    ]

    # ------------------------------------------------------------ 4. hospital region waiting times, September 2026 (Publicerad 13 oktober 2026)
    PE = ("personer", "personer")
    PA = ("patienter", "patienter")
    GV2 = ("Den genomsnittliga väntetiden", "väntetiden")
    MS = ("Maria Sundell", "quote")
    wt = [("count", 1, None, Y26, True, False), ("day", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percent", 1, None, Y26, True, False), ("percentage_point", 1, None, Y26, True, True)]
    WTS = [("Väntande", "Väntande"), ("Median", "Median"), ("Andel i tid", "Andel"), ("Andel i tid", "Andel"), ("Andel i tid", "Andel")]
    GOLD["r15_b_vantetider_region"] = [
        G("90 dagar", 90, "day", occ=1, bound="at_most", optional=True, s=None, sp=None, note="the care guarantee: a rule"),
        G("78 procent", 78, "percent", **L26, direction="increase", s=None, sp=None, note="'I september' (no year); the figure is the grammatical subject; next 'Det är en förbättring'"),
        G("3 procentenheter", 3, "percentage_point", **L26, direction="increase", s=None, sp=None, note="'jämfört med augusti'"),
        G("14 260 personer", 14260, "count", **L26, direction="decrease", s=PE, sp=None, note="'Vid månadens slut'; ', 410 färre än en månad tidigare'"),
        G("410", 410, "count", ctx="besök, [410] färre", **L26, direction="decrease", s=PE, sp=None),
        G("3 140", 3140, "count", **L26, s=None, sp=None, note="'Av dem hade 3 140 väntat'"),
        G("52 dagar", 52, "day", **L26, direction="decrease", s=GV2, sp=None, note="', mot 57 dagar i augusti': the new value"),
        G("57 dagar", 57, "day", **L26, s=GV2, sp=None, note="'i augusti' (no year)"),
        G("38 dagar", 38, "day", **L26, s=("Medianen", "Medianen"), sp=None),
        G("69 procent", 69, "percent", **L26, direction="decrease", s=None, sp=None, note="', en nedgång med 1 procentenhet'"),
        G("1 procentenhet", 1, "percentage_point", **L26, direction="decrease", s=None, sp=None),
        G("6 880 patienter", 6880, "count", **L26, direction="increase", s=PA, sp=None, note="', 120 fler än i augusti'"),
        G("120", 120, "count", ctx="operation, [120] fler", **L26, direction="increase", s=PA, sp=None),
        G("14 extra operationspass", 14, "count", per="week", **L26, direction="increase", s=("extra operationspass", "operationspass"), sp=MS, note="'i veckan'; 'Sedan mitten av augusti'"),
        G("90 dagar", 90, "day", occ=2, bound="at_most", optional=True, s=None, sp=None, note="'I tid = inom 90 dagar' defines the table's term"),
        *_row(G, "| Ortopedi", ["2 960", "64", "61", "57", "+4"], wt, WTS, sep=" | ", note="table 'Per specialitet' (months, no year: lenient); signed procentenheter column"),
        *_row(G, "| Ögonsjukvård", ["2 410", "49", "72", "70", "+2"], wt, WTS, sep=" | "),
        *_row(G, "| Hudsjukvård", ["1 780", "71", "55", "53", "+2"], wt, WTS, sep=" | "),
        *_row(G, "| Gynekologi", ["1 120", "22", "91", "89", "+2"], wt, WTS, sep=" | "),
        *_row(G, "| Öron-, näs- och halssjukvård", ["1 350", "41", "80", "82", "−2"], wt, WTS, sep=" | "),
    ]
    NEG["r15_b_vantetider_region"] = [
        N("september 2026", note="title"), N("13 oktober 2026"), N("Sjukhusvägen 2"), N("632 20"), N("016-430 10 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED news: paper mill notice and investment (no date, no sidecar)
    LF = ("Lena Forsgren", "quote")
    PN = ("Peter Nyström", "quote")
    SE = ("Sara Eklind", "quote")
    LK = ("en ny linje för förpackningskartong", "linje")
    GOLD["r15_b_varsel_bruk"] = [
        G("180", 180, "count", ctx="varslar [180] –", s=None, sp=None, note="title; the counted noun is elided"),
        G("650 miljoner", 650e6, "SEK", ctx="satsar [650 miljoner] på", s=("kartong", "kartong"), sp=None, note="title: the goal of the money"),
        G("180 anställda", 180, "count", s=("anställda", "anställda"), sp=None),
        G("drygt 15 procent", 15, "percent", bound="approx", s=None, sp=None, note="'Det motsvarar'"),
        G("omkring 1 170", 1170, "count", bound="approx", s=None, sp=None, note="'av de omkring 1 170 som arbetar': elided noun"),
        G("omkring 260 000 ton", 260000, "tonne", bound="approx", per="year", s=("papper", "papper"), sp=None, note="'i dag' in an undated text: no period"),
        G("650 miljoner kronor", 650e6, "SEK", s=LK, sp=None),
        G("200 000 ton", 200000, "tonne", per="year", s=LK, sp=None, note="'Den ska klara ... om året': the line from the sentence before"),
        G("45 nya jobb", 45, "count", s=("nya jobb", "jobb"), sp=None),
        G("nästan 40 procent", 40, "percent", bound="approx", direction="decrease", s=("Efterfrågan på tidningspapper", "Efterfrågan"), sp=LF, note="'har fallit med'"),
        G("180", 180, "count", ctx="Av de [180] tjänsterna", s=("tjänsterna", "tjänsterna"), sp=None),
        G("130", 130, "count", s=None, sp=None, note="'finns 130 inom produktionen': elided noun"),
        G("50", 50, "count", ctx="och [50] inom", s=None, sp=None),
        G("Ungefär hälften", 0.5, "ratio", bound="approx", s=("dem som varslas", "dem"), sp=PN),
        G("över 25 år", 25, "year", bound="more_than", s=None, sp=PN, note="how long they have worked there"),
        G("4,3 miljarder kronor", 4.3e9, "SEK", s=("Brännviks Pappersbruk", "Pappersbruk"), sp=None, note="'omsatte ... förra året': no period in an undated text"),
        G("210 miljoner kronor", 210e6, "SEK", s=("en förlust", "förlust"), sp=None),
        G("omkring 14 800 invånare", 14800, "count", bound="approx", s=("invånare", "invånare"), sp=None),
        G("7,9 procent", 7.9, "percent", s=("en arbetslöshet", "arbetslöshet"), sp=None),
        G("3 miljoner kronor", 3e6, "SEK", s=("en omställningsfond", "omställningsfond"), sp=SE, note="'Vi har avsatt ... till'"),
        G("upp till 6 månader", 6, "month", bound="at_most", optional=True, s=("en uppsägningstid", "uppsägningstid"), sp=None, note="a rule"),
    ]
    NEG["r15_b_varsel_bruk"] = [N("PM 3", note="the machine's name")]

    # ------------------------------------------------------------ 6. tourism year summary (date only in the sidecar, 2026-02-19)
    GN = ("gästnätter", "gästnätter")
    UG = ("Deras gästnätter", "gästnätter")
    BS = ("besökare", "besökare")
    OL = ("Oskar Lindgren", "quote")
    GOLD["r15_b_turism_ar"] = [
        G("2,34 miljoner gästnätter", 2.34e6, "count", **L25, direction="increase", s=GN, sp=None, note="'i fjol' in the sentence before; ', en ökning med 4,8 procent'"),
        G("4,8 procent", 4.8, "percent", **L25, direction="increase", s=GN, sp=None, note="'jämfört med året innan' is the baseline"),
        G("11,2 procent", 11.2, "percent", **L25, direction="increase", s=UG, sp=None),
        G("612 000", 612000, "count", **L25, direction="increase", s=UG, sp=None, note="'ökade ... och nådde': to-value"),
        G("214 000 gästnätter", 214000, "count", **L25, s=GN, sp=None),
        G("97 000", 97000, "count", **L25, s=None, sp=None, note="'följt av Nederländerna med': elided noun"),
        G("81 000", 81000, "count", **L25, s=None, sp=None),
        G("1,73 miljoner", 1.73e6, "count", **L25, s=("De svenska gästnätterna", "gästnätterna"), sp=None, note="'låg i stort sett still': no direction on the level"),
        G("0,6 procent", 0.6, "percent", **L25, direction="increase", s=("De svenska gästnätterna", "gästnätterna"), sp=None, note="'(+0,6 procent)': a signed change"),
        G("54,2 procent", 54.2, "percent", **L25, direction="increase", s=("Beläggningen på hotellen", "Beläggningen"), sp=None, note="', 1,6 procentenheter högre än året innan'"),
        G("1,6 procentenheter", 1.6, "percentage_point", **L25, direction="increase", s=("Beläggningen på hotellen", "Beläggningen"), sp=None),
        G("1 284 kronor", 1284, "SEK", per="room", **L25, direction="increase", s=("Det genomsnittliga priset per sålt hotellrum", "priset"), sp=None, note="'steg till'"),
        G("5,9 miljarder kronor", 5.9e9, "SEK", **L25, s=("Den totala omsättningen i besöksnäringen", "omsättningen"), sp=None),
        G("1,7 miljarder", 1.7e9, "SEK", **L25, s=("logi", "logi"), sp=None, note="'varav'"),
        G("7 procent", 7, "percent", ctx="ökade med [7 procent] i", **L25, direction="increase", s=("Omsättningen", "Omsättningen"), sp=None),
        G("omkring 4 100 årsarbetskrafter", 4100, "count", bound="approx", **L25, s=("årsarbetskrafter", "årsarbetskrafter"), sp=None),
        G("nästan hälften", 0.5, "ratio", bound="approx", **L25, s=("gästnätterna", "gästnätterna"), sp=OL),
        G("47 procent", 47, "percent", **L25, s=("gästnätterna", "gästnätterna"), sp=OL),
        G("186 400 besökare", 186400, "count", **L25, direction="increase", s=BS, sp=None, note="', 9 procent fler än året innan'"),
        G("9 procent", 9, "percent", ctx="besökare, [9 procent] fler", **L25, direction="increase", s=BS, sp=None),
        G("74 200 besökare", 74200, "count", **L25, direction="decrease", s=BS, sp=None, note="', ett tapp på 3,5 procent'"),
        G("3,5 procent", 3.5, "percent", **L25, direction="decrease", s=BS, sp=None),
        G("38 900 besökare", 38900, "count", **L25, s=BS, sp=None),
        G("21 500 biljetter", 21500, "count", **L25, s=("biljetter", "biljetter"), sp=None),
        G("uppskattningsvis 30 000 personer", 30000, "count", bound="approx", **L25, s=("personer", "personer"), sp=None),
        G("3 miljoner gästnätter", 3e6, "count", t=Y30, s=GN, sp=None, note="a target 'år 2030'; possession is no credit"),
        G("drygt 5 procent", 5, "percent", bound="approx", per="year", t=("2026", "2030"), lenient=True, direction="increase", s=("en årlig ökning", "ökning"), sp=None, note="the growth the target needs"),
    ]
    NEG["r15_b_turism_ar"] = [N("2030", ctx="år [2030]."), N("Torggatan 9"), N("781 30")]

    # ------------------------------------------------------------ 7. waste-collection fees 2027 (HTML, Publicerad 3 november 2026)
    GR = ("Grundavgiften för en villa", "Grundavgiften")
    TO = ("Avgiften för att tömma kärlet för mat- och restavfall", "Avgiften")
    HD = ("Henrik Dahlqvist", "quote")
    def at(per):
        return [("SEK", 1, per, Y26, False, False), ("SEK", 1, per, Y27, False, False), ("percent", 1, None, Y27, True, True)]
    GOLD["r15_b_avfallstaxa"] = [
        G("8,6 procent", 8.6, "percent", **L27, direction="increase", s=("kostnaden", "kostnaden"), sp=None, note="'från den 1 januari 2027' in the sentence before"),
        G("318 kronor", 318, "SEK", per="year", **L27, direction="increase", s=("kostnaden", "kostnaden"), sp=None),
        G("1 150", 1150, "SEK", per="year", ctx="från [1 150] till", **L26, s=GR, sp=None, note="from-value: the present fee"),
        G("1 260 kronor", 1260, "SEK", per="year", **L27, direction="increase", s=GR, sp=None),
        G("98", 98, "SEK", per="emptying", ctx="från [98] till", **L26, s=TO, sp=None),
        G("106 kronor", 106, "SEK", per="emptying", **L27, direction="increase", s=TO, sp=None),
        G("26 tömningar", 26, "count", per="year", optional=True, s=("tömningar", "tömningar"), sp=None, note="defines the example household"),
        G("4 016 kronor", 4016, "SEK", per="year", **L27, direction="increase", s=None, sp=None, note="'landar ett villahushåll på ..., mot 3 698 kronor i år': the payer is no subject"),
        G("3 698 kronor", 3698, "SEK", t=Y26, s=None, sp=None, note="'i år'"),
        G("50 kronor", 50, "SEK", per="year", **L27, direction="increase", s=("grundavgiften", "grundavgiften"), sp=None, note="'Den höjs med'"),
        G("690 kronor", 690, "SEK", per="year", **L27, direction="increase", s=("grundavgiften", "grundavgiften"), sp=None, note="'per lägenhet och år'"),
        G("22 procent", 22, "percent", t=("2024", "2026"), lenient=True, direction="increase", s=("Kostnaden för att förbränna restavfall", "Kostnaden"), sp=HD, note="'på två år'"),
        G("96 miljoner kronor", 96e6, "SEK", t=Y27, s=("Avfallsverksamhetens budget", "budget"), sp=None),
        G("omkring 11 200 villor", 11200, "count", bound="approx", **L26, s=("villor", "villor"), sp=None),
        G("25 procent", 25, "percent", **L27, s=("grundavgift", "grundavgift"), sp=None, note="'lägre': two fees at one time"),
        G("1 378 kronor", 1378, "SEK", per="year", t=Y27, s=("en tömningskostnad", "tömningskostnad"), sp=None, note="'för 2027'"),
        *_row(G, "Grundavgift villa, per år", ["1 150", "1 260", "9,6"], at("year"), ("Grundavgift villa", "Grundavgift"), note="table 'Avgifter 2026 och 2027': '2026, kr' / '2027, kr' / 'Höjning, %'"),
        *_row(G, "Tömning, villakärl, per tömning", ["98", "106", "8,2"], at("emptying"), ("Tömning, villakärl", "Tömning")),
        *_row(G, "Tömning, storkärl, per tömning", ["152", "164", "7,9"], at("emptying"), ("Tömning, storkärl", "Tömning")),
        *_row(G, "Grundavgift lägenhet, per år", ["640", "690", "7,8"], at("year"), ("Grundavgift lägenhet", "Grundavgift")),
        *_row(G, "Fritidshus, per år", ["1 980", "2 140", "8,1"], at("year"), ("Fritidshus", "Fritidshus")),
    ]
    NEG["r15_b_avfallstaxa"] = [
        N("3 november 2026"), N("1 januari 2027"), N("2027", ctx="budget för [2027] är"), N("2027", ctx="per år för [2027]."),
        N("2026", ctx="Avgifter [2026] och", note="heading"), N("2027", ctx="2026 och [2027] Avgift"),
        N("2026", ctx="[2026], kr", note="column header"), N("2027", ctx="[2027], kr"),
        N("2027", ctx="Hämtkalender för [2027]", note="related link (chrome)"), N("Stadshustorget 1"), N("744 80"),
        N("0224-55 000"), N("212000-0397"), N("2026", ctx="© [2026] Granby", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. energy company Q1 2026 interim report (dateline 23 April 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RE2 = ("Resultatet efter skatt", "Resultatet")
    KP = ("Den egna kraftproduktionen", "kraftproduktionen")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    VK = ("Vattenkraften", "Vattenkraften")
    WK = ("vindkraften", "vindkraften")
    SP = ("Det genomsnittliga spotpriset i vårt elområde", "spotpriset")
    RP = ("Det realiserade priset för den egna produktionen", "priset")
    EH = ("Elhandelsverksamheten", "Elhandelsverksamheten")
    EK = ("Antalet elhandelskunder", "Antalet")
    IN = ("Investeringarna", "Investeringarna")
    NS = ("Nettoskulden", "Nettoskulden")
    SO = ("Soliditeten", "Soliditeten")
    B = dict(t=Y25)
    GOLD["r15_b_delarsrapport_energi"] = [
        G("1 482", 1482e6, "SEK", ctx="till [1 482] (1 317)", **L26, direction="increase", s=NO, sp=None, note="bullet under 'FÖRSTA KVARTALET 2026'; 'ökade till'"),
        G("1 317", 1317e6, "SEK", ctx="1 482 ([1 317]) MSEK", **B, s=NO, sp=None, note="'Siffror inom parentes avser motsvarande kvartal 2025'"),
        G("416", 416e6, "SEK", ctx="till [416] (352)", **L26, s=RR, sp=None),
        G("352", 352e6, "SEK", ctx="416 ([352]) MSEK", **B, s=RR, sp=None),
        G("298", 298e6, "SEK", ctx="blev [298] (241)", **L26, s=RE2, sp=None),
        G("241", 241e6, "SEK", ctx="298 ([241]) MSEK", **B, s=RE2, sp=None),
        G("4,12", 4.12, "SEK", per="share", ctx="motsvarande [4,12] (3,33)", **L26, s=None, sp=None, note="', motsvarande ... kronor per aktie'"),
        G("3,33", 3.33, "SEK", per="share", ctx="4,12 ([3,33]) kronor", **B, s=None, sp=None),
        G("1 036", 1036, "GWh", ctx="till [1 036] (964)", **L26, s=KP, sp=None),
        G("964", 964, "GWh", ctx="1 036 ([964]) GWh", **B, s=KP, sp=None),
        G("371", 371e6, "SEK", ctx="var [371] (−48)", **L26, s=KF, sp=None),
        G("−48", -48e6, "SEK", ctx="371 ([−48]) MSEK", **B, s=KF, sp=None, note="a negative level: no direction"),
        G("18 procent", 18, "percent", **L26, direction="increase", s=RR, sp=None, note="'förbättrades med'"),
        G("812", 812, "GWh", ctx="för [812] (779)", **L26, s=VK, sp=None),
        G("779", 779, "GWh", ctx="812 ([779]) GWh", **B, s=VK, sp=None),
        G("224", 224, "GWh", ctx="för [224] (185)", **L26, s=WK, sp=None),
        G("185", 185, "GWh", ctx="224 ([185]) GWh", **B, s=WK, sp=None),
        G("61,4", 0.614, "SEK", per="kWh", ctx="blev [61,4] (47,8)", **L26, s=SP, sp=None, note="öre per kWh"),
        G("47,8", 0.478, "SEK", per="kWh", ctx="61,4 ([47,8]) öre", **B, s=SP, sp=None),
        G("58,9", 0.589, "SEK", per="kWh", ctx="till [58,9] (49,6)", **L26, s=RP, sp=None),
        G("49,6", 0.496, "SEK", per="kWh", ctx="58,9 ([49,6]) öre/kWh", **B, s=RP, sp=None),
        G("1 510", 1510, "GWh", ctx="levererade [1 510] (1 480)", **L26, s=EH, sp=None),
        G("1 480", 1480, "GWh", ctx="1 510 ([1 480]) GWh", **B, s=EH, sp=None),
        G("118 400", 118400, "count", ctx="var [118 400] (116 900)", **L26, s=EK, sp=None, note="'vid kvartalets slut'"),
        G("116 900", 116900, "count", ctx="118 400 ([116 900])", **B, s=EK, sp=None),
        G("205", 205e6, "SEK", ctx="till [205] (163)", **L26, s=IN, sp=None),
        G("163", 163e6, "SEK", ctx="205 ([163]) MSEK", **B, s=IN, sp=None),
        G("128 MSEK", 128e6, "SEK", **L26, s=("vindparken Hällberget", "vindparken"), sp=None, note="'varav ... i'"),
        G("14 vindkraftverk", 14, "count", s=("vindkraftverk", "vindkraftverk"), sp=None, note="a park under construction: no period"),
        G("310 GWh", 310, "GWh", per="year", s=("en beräknad årsproduktion", "årsproduktion"), sp=None),
        G("3 940 MSEK", 3940e6, "SEK", **L26, direction="decrease", s=NS, sp=None, note="'minskade till ..., från'"),
        G("4 210 MSEK", 4210e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet': the 2025 closing balance"),
        G("46,3", 46.3, "percent", ctx="var [46,3] (44,8)", **L26, s=SO, sp=None),
        G("44,8", 44.8, "percent", ctx="46,3 ([44,8]) procent", **B, s=SO, sp=None),
        G("4 500 GWh", 4500, "GWh", per="year", t=Y30, s=("den egna produktionen", "produktionen"), sp=("Styrelsen", "credited"), note="a target 'senast 2030'"),
        G("6,50 kronor", 6.50, "SEK", per="share", t=Y25, s=("Utdelningen", "Utdelningen"), sp=("årsstämman", "credited"), note="'Utdelningen för 2025'"),
    ]
    NEG["r15_b_delarsrapport_energi"] = [
        N("januari–mars 2026", note="title"), N("23 april 2026"), N("2026", ctx="KVARTALET [2026]"),
        N("2025", ctx="motsvarande kvartal [2025]."), N("2030", ctx="senast [2030]."), N("2025", ctx="Utdelningen för [2025]"),
        N("17 juli 2026"), N("556734-2190"), N("Box 118"), N("933 21"), N("0910-48 20 00"),
    ]

    return GOLD, NEG
