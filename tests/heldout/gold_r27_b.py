"""Round 27, part B (r27_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 27, part B (r27_b_*): eight kinds, written from scratch (r27_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a savings bank's year-end report for 2025
# (dateline 'Norrsunda den 6 februari 2026' near the end; 'Jämförelsesiffror för 2024 anges inom parentes'; '•' bullets
# under 'FJÄRDE KVARTALET' and 'HELÅRET' with brackets in Mkr, a K/I-tal '0,44 (0,47)', 'procent' after the bracket,
# a dividend 'om 3,40 (3,10) kronor per aktie' proposed by the board; 'växte till', 'förbättrades till', 'landade på';
# a 'VD-KOMMENTAR' ending in 'säger vd'; lending 'ökade till ... från ... ett år tidigare', 'Av utlåningen avsåg',
# 'motsvarande ... av utlåningen'; a capital requirement, a buffer in procentenheter and a target 'minst 2
# procentenheter över kravet'; a plain-text table 'RESULTATRÄKNING I SAMMANDRAG, Mkr' 'Kv 4 2025' / 'Kv 4 2024' / 'Helår
# 2025' / 'Helår 2024' with negative cost rows and a K/I-tal row), a statistics agency's labour force survey for
# October 2026 ('Publicerad 2026-11-19'; 'tusental' in the table, personer, procent, 'vilket är 0,6 procentenheter
# lägre än i oktober 2025', 'en uppgång med ... på ett år', 'har därmed krympt till', 'sjönk till ... från ... ett år
# tidigare', 'Omkring 42 procent av', a definition 'i minst tolv månader', 'eller 11 000 färre än i oktober i fjol',
# hours per week 'miljoner', vacancies 'Under tredje kvartalet', 'svarade ... för nästan var fjärde'; a plain-text
# table by age 'Tusental 2026' / 'Tusental 2025' / 'Procent 2026' / 'Procent 2025' / 'Förändring, procentenheter'),
# a region's waiting-time report for September 2026 (Markdown, '*... · Publicerad 14 oktober 2026*'; väntande
# patienter 'färre än månaden före och ... än i september 2025', the share 'väntat högst 90 dagar' against the
# target for 2026 and 'vid samma tid i fjol', the care guarantee 'längre än tre månader', 'mer än ett halvår',
# ', att jämföra med ... ett år tidigare och riksgenomsnittet'; a Markdown table by specialty 'Väntande sep 2026' /
# 'Inom garantin sep 2026, %' / 'Inom garantin sep 2025, %' / 'Förändring, procentenheter'; number words 'från nio
# till sex', purchased operations and their average cost; a director's quote with 'sju procentenheter' and 'minst 75
# procent före jul'), a municipality's waste report for 2025 ('Publicerad 22 april 2026'; ton, 'kilo per invånare', '9
# kilo mindre än året innan och 37 kilo mindre än toppåret 2021', a national average, 'eller 151 kilo per invånare',
# 'Plockanalysen från i höstas', 'räcker till ... under ungefär tio månader', 'nästan dubbelt så mycket som 2023', a
# recycling rate 'upp från ... året innan' against a national target 'till 2025' and an EU target 'till 2030'; a
# plain-text table 'Insamlade mängder, ton' '2023' / '2024' / '2025'; a fee 'kronor per år' for 'ett 190-literskärl'
# and its rise 'Från 2026'), an UNDATED party page on energy and transport (no date, no sidecar; 'kronor per kWh', 'öre
# per kWh', 'nästan tre gånger så mycket', Finland and Norway, 'Vi vill sänka ... med 20 öre per kWh redan nästa år',
# a worked example for a villa, TWh 'från cirka ... i dag till uppemot ... senast 2045', 'minst ... senast 2035', a cap
# 'aldrig ska ta mer än två år', 'kronor per liter', 'mer än hälften', 'Senast 2030 ska minst 70 procent', Switzerland;
# a numbered list 'Våra löften i korthet' with 'en femtedel', 'upp till ... per hushåll', 'äldre än 15 år', 'minst fem
# ... senast 2029'), a weekly electricity price notice for week 48 dated only by its sidecar (2026-11-30; 'öre per kWh'
# by price area, 'en uppgång med ... från veckan innan', 'Jämfört med samma vecka förra året ... högre', 'veckan
# dessförinnan', a peak hour 'mellan klockan 17 och 18', 'föll under 5 öre'; a plain-text table 'Genomsnittligt
# spotpris per elområde, öre/kWh' 'v. 48' / 'v. 47' / 'v. 48 2025' / 'Förändr. mot v. 47, %'; reservoirs 'procentenheter
# under det normala', GWh, an example household 'omkring 450 kWh i veckan', a futures price for 'första kvartalet
# 2027'), a public-transport authority's HTML page on new fares from 12 January 2026 (cookie banner, menu, breadcrumb,
# footer; 'Publicerad 4 november 2025'; 'I genomsnitt blir det 4,8 procent dyrare', 'kostar 38 kronor efter årsskiftet,
# i dag 36 kronor', '45 kronor mer än nu', 'reducerat pris, som är 25 procent lägre än vuxenpriset', '15 procents
# rabatt', age limits; an HTML table 'Priser för vuxen per zon, kronor' 'Enkelbiljett 2025' / 'Enkelbiljett 2026' /
# 'Periodbiljett 2025' / 'Periodbiljett 2026' / 'Höjning periodbiljett, %'; costs 'på två år', a cost-recovery share
# and target, trips 'Under 2024 ... drygt 3 procent fler än året före') and a music festival association's annual
# report for 2025 (dateline 'Hamnviken den 12 mars 2026' at the end; besök against 2024 and 'rekordåret 2019',
# festival passes and day tickets, the pass price 'en höjning med ... jämfört med föregående år', acts on stages
# 'varav', a share ', mot 38 procent 2024', members 'mot ... ett år tidigare' and the former record 'från 2019 med',
# volunteers and hours, a labelled bracket '(21,9 miljoner kronor 2024)', 'svarade för', costs 'ökade med ... till',
# surplus after a deficit 'året innan', CO2 'kilo ... per besök, ned från ... 2024'; a plain-text table 'Nyckeltal'
# '2025' / '2024' / '2019' with 'tkr' rows and a negative result; the chair's quote 'I sommar siktar vi på 33 000
# besök').
# The r8-r26 decisions are followed (see the headers of gold_r25_a.py, gold_r26_a.py and gold_r26_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'efter årsskiftet', 'i höstas', 'I
# sommar') resolves against the publication date and is not lenient; a month, quarter or week without a year, a
# heading's, a caption's or the document's period, present tense, 'i dag', 'året innan', 'ett år tidigare',
# 'föregående år', 'veckan innan', 'månaden före' are lenient; brackets take the period their note or label names
# (explicit); a level followed by ', mot', ', att jämföra med', ', vilket är X lägre/färre', ', en ökning/uppgång/
# minskning/höjning med', ', X färre än', 'upp från', 'ned från' is the new value after a change, from-values have no
# direction; comparisons at one time (against a target, a requirement, a national average, another country, the
# normal level, the adult price) have no direction; a comparison with an earlier point takes the current period
# with a direction; multipliers are optional; thresholds and definitions of a measure or of an example are optional,
# an example's result, targets, promises, forecasts, caps and norms stated as facts are required; a target without
# a year has no period; table cells take their column headers' periods, change columns their direction from the
# sign; rows that are categories take the caption's or the column's measure as subject, rows that are measures their
# own label; öre are SEK/100; 'kronor per liter' per="l", 'per kWh' per="kWh", 'per aktie' per="share", 'per
# invånare' per="capita", 'per besök' per="visit", a single ticket per="trip" and a period ticket per None (r13/r21/
# r26); 'vilket' / 'Det' / 'varav' / elided nouns / pronouns have s None; the payer, the holder and the actor are no
# subject; 'X procent av Y' with X predicated of no other noun takes Y, 'X svarade för Y' takes X; a CEO paragraph
# ending in 'säger ...' credits every figure in it; 'X föreslår' credits X; a party's first-person proposals and its
# list of promises are the publisher's, the rest of its page plain reporting; the UNDATED text has no period except
# where a year is written out.
# Where those were silent, decided here:
# - Savings bank (dateline 6 februari 2026, report for 2025): bullets under 'FJÄRDE KVARTALET' and 'HELÅRET' (no
#   year) are 2025 lenient, their brackets 2024 explicit (the note 'Jämförelsesiffror för 2024'); the quarter is
#   kept at year grain. A K/I-tal (cost/income ratio) written as a figure ('0,44') is unit number (not ratio, which
#   the contract keeps for proportions written in words), and 'förbättrades till' a lower K/I-tal is a decrease
#   (direction follows the value, not the judgement). 'landade på' and 'uppgick till' state no change. 'Styrelsen
#   föreslår en utdelning om 3,40 (3,10) kronor per aktie': 3,40 credited to the board, its bracket (last year's
#   paid dividend, a fact) no speaker. The 'VD-KOMMENTAR' ends in 'säger vd Anneli Forsgren': its three figures are
#   hers. The from-value with no year 'från 0,52 procent' in a year-end report is the previous year-end, 2024
#   lenient. FI's requirement '12,6 procent' is reported (no speaker, s 'krav'); the buffer '5,2 procentenheter'
#   compares with the requirement at one time (no direction); the bank's own 'mål' without a year has no period and
#   no speaker (third person, plain reporting). Table: the caption's 'Mkr' scales every row but the 'K/I-tal' row
#   (a ratio); 'Kv 4 2025' etc. explicit at year grain; cost and credit-loss rows written with '−' are negative
#   values (no direction). 'steg 3' is a category name (N).
# - Labour force survey (published 2026-11-19): 'I oktober 2026' explicit; the following 'Det motsvarar ...'
#   sentence and all figures without a period in their sentence 2026 lenient. 'Skillnaden mellan könen har därmed
#   krympt till 0,6 procentenheter' is a decrease in procentenheter. 'Omkring 42 procent av de arbetslösa
#   ungdomarna var heltidsstuderande' takes the Y. 'i minst tolv månader' defines long-term unemployment (optional,
#   at_least). 'Antalet faktiskt arbetade timmar per vecka uppgick till 163,2 miljoner' is unit hour, per week,
#   scaled. 'Under tredje kvartalet' (no year) 2026 lenient. 'nästan var fjärde ledig tjänst' after 'svarade ...
#   för' takes X; the head is 'Vårdyrken' (the first word of the coordinated subject). Table: the caption was made
#   to name both measures ('Arbetslösa och arbetslöshet'): 'Tusental' columns are s 'Arbetslösa' (count, scale
#   1 000), 'Procent' columns and the change column s 'arbetslöshet'; the age bands in the row labels and in the
#   prose are N. The survey size 'cirka 21 000 personer per månad' is required (as r26's survey size), per month.
# - Waiting times (Markdown, published 2026-10-14, data for September 2026): 'Vid utgången av september' 2026
#   lenient. '1 370 färre än månaden före och 2 910 färre än i september 2025' both decrease, current period, s None.
#   '71 procent' has no direction: the year-ago value is given in the next sentence, not in the same one. 'högst 90
#   dagar' defines the measure (optional); the care guarantee 'ska ingen behöva vänta längre än tre månader' is a
#   norm stated as fact (required, at_most, no period, s None: the rule is neither what it measures nor a speaker).
#   'Regionens mål för 2026 är 80 procent' 2026 explicit, s 'mål'. 'mer än ett halvår' has no figure of its own
#   (left out). Table: 'Väntande sep 2026' count and the two 'Inom garantin ... , %' columns explicit; the change
#   column 2026 lenient with the sign; rows are specialties (categories): s the column header ('Väntande',
#   'Inom garantin' head 'garantin'). Number words 'från nio till sex sedan årsskiftet' are counts: 'sex' decrease
#   2026 lenient, 'nio' the from-value 2026 lenient (the turn of the year). The quote's 'minst 75 procent före jul'
#   is a forecast (required, at_least, 2026 lenient, s None: the region is the actor).
# - Waste (published 2026-04-22, report for 2025): '412 kilo per invånare, 9 kilo mindre än året innan och 37 kilo
#   mindre än toppåret 2021': all three decrease, 2025 lenient, per capita carried to the differences, s None ('Det
#   motsvarar'). ', eller 151 kilo per invånare' restates the new value (decrease, same subject). 'Plockanalysen från
#   i höstas' resolves to 2025 (explicit). 'räcker till ... under ungefär tio månader' unit month approx, s
#   'Biogasen'. 'nästan dubbelt så mycket som 2023' is an optional multiplier against an earlier year: increase.
#   Targets: the national '55 procent till 2025' 2025 explicit, the EU's '60 procent till 2030' 2030 explicit; s
#   'målet' / 'mål'. Table 'Insamlade mängder, ton': rows are fractions (categories): s 'Insamlade mängder' (head
#   'mängder'). The bin size in 'ett 190-literskärl' defines the example (optional, unit l). 'Från 2026 höjs den med
#   4,5 procent' 2026 explicit, increase, s the previous sentence's 'Avfallstaxan'. Street number and postal code N.
# - Party page (UNDATED): no period on any figure except a written target year ('senast 2045', 'senast 2035',
#   'Senast 2030', 'till 2028', 'senast 2029' explicit); 'förra vintern', 'i dag', 'nästa år', 'Förra året' give no
#   period. 'nästan tre gånger så mycket' is an optional multiplier. 'I Norge ungefär 12 öre' in a parallel elided
#   clause carries 'per kWh' from the clause before (s None: elided). The worked example's '20 000 kWh om året' is
#   optional, its result '5 000 kronor billigare per år' required, decrease, no speaker (not in first person). The
#   forecast 'väntas öka från cirka 140 TWh i dag till uppemot 230 TWh senast 2045': 140 from-value with no period,
#   230 at_most ('uppemot' = up to), 2045 explicit, increase, no speaker (passive). 'tillståndsprocessen ... aldrig
#   ska ta mer än två år' is a promised cap (required, at_most, year). 'Senast 2030 ska minst 70 procent ...' has no
#   'vi' but is the party's target on its own page: publisher. The list items are the publisher's: 'Elskatten sänks
#   med en femtedel' ratio 0.2 decrease; 'upp till 15 000 kronor per hushåll' per="household"; 'äldre än 15 år' an
#   optional threshold (more_than). 'elområde 1/4' and list numbers are N.
# - Electricity prices (sidecar 2026-11-30, week 48): 'vecka 48', 'veckan innan', 'veckan dessförinnan', 'v. 48' /
#   'v. 47' (weeks without a year) are 2026 lenient at year grain; 'samma vecka förra året' and the column 'v. 48
#   2025' 2025 explicit. 'Jämfört med samma vecka förra året var priset 27 procent högre' is a comparison with an
#   earlier point: current period, increase. 'elområde 1 och 2 hade båda 22,7 öre per kWh, en ökning med knappt 3
#   öre': s None (the price areas are the holder). The peak 'nådde 312,40 öre' states no change; 'föll under 5 öre'
#   is a decrease, less_than, per None (no 'per' written). Table 'Genomsnittligt spotpris per elområde, öre/kWh':
#   öre scaled to SEK per kWh; rows are price areas (categories, s 'Genomsnittligt spotpris' head 'spotpris'); the
#   change column 2026 lenient with the sign; 'SE1'...'SE4' and 'elområde N' are names (N). Reservoirs '6
#   procentenheter under det normala' compare with the norm (no direction). The example household 'omkring 450 kWh
#   i veckan' is optional (per week), its result 'cirka 185 kronor mer' required, increase. The futures price for
#   'första kvartalet 2027' is 2027 explicit, s None (the contract traded is a period).
# - Fares (HTML, published 2025-11-04; new prices 'från den 12 januari 2026'): the new prices 2026 (lenient from the
#   heading, explicit where 'efter årsskiftet' resolves), 'i dag' / 'nu' 2025 lenient. 'I genomsnitt blir det 4,8
#   procent dyrare' s the previous sentence's 'biljettpriserna' (the thing that changes), no bound. A single ticket
#   per="trip", a 30-day ticket per None (the price of a card); '895 kronor för en 30-dagarsbiljett' s the ticket (the
#   payer is no subject), head '30-dagarsbiljett'; the digits of '30-dagarsbiljett' are part of a product name (N).
#   'reducerat pris, som är 25 procent lägre än vuxenpriset' compares prices at one time (no direction), 2026 lenient
#   ('i fortsättningen'). '15 procents rabatt' percent. Table: 'Enkelbiljett 2025/2026' per trip, 'Periodbiljett
#   2025/2026' per None, explicit; 'Höjning periodbiljett, %' 2026 lenient, increase, s 'Periodbiljett'; rows are
#   zones. 'på två år' from November 2025 is ('2023', '2025') lenient. 'Biljettintäkterna täcker i dag 47 procent av
#   kostnaderna' takes X (like 'svarar för'). 'nämnden har som mål att minst hälften ...' is a target without a year
#   (no period), credited to 'nämnden', s None (the Y is elided). Age limits '19 år', '7 år', the postal box, postal
#   code, phone, org number and copyright year are N.
# - Festival (dateline 12 mars 2026, report for 2025): 'Under festivalens tre dagar' is an optional duration
#   (describes the event). 'då 34 900 besök räknades' and 'det förra rekordet var från 2019 med 1 090' 2019 explicit.
#   'Ett festivalpass kostade 1 595 kronor, en höjning med 100 kronor jämfört med föregående år': both increase, s
#   'festivalpass' (per None: the price of a pass). 'varav 19' s None. 'Andelen var därmed 45 procent, mot 38 procent
#   2024' s 'Andelen'. 'omkring 9 800 timmar' s None (the volunteers are the actor). A deficit named by its noun
#   ('ett underskott på 340 000 kronor') is a positive value; the table's '−340' tkr is negative. CO2 'kilo
#   koldioxidekvivalenter per besök' is unit kg, per="visit". Table 'Nyckeltal': '2025' / '2024' / '2019'
#   explicit; rows are measures. The chair's 'I sommar siktar vi på 33 000 besök' is a target, 2026 explicit ('I
#   sommar' resolves against the dateline), quote. 'sextonde gången' (an edition count in words) is left out.
# - Negatives: datelines and Publicerad lines, titles', headings', breadcrumbs', captions' and column headers' periods,
#   years and dates that only place a claim, a comparison or a target, next-release and meeting dates, times of day,
#   age bands (prose and table row labels), price-area and category names with digits ('elområde 4', 'SE3', 'steg
#   3'), product-name digits ('30-dagarsbiljett'), list numbering, phone numbers, street addresses, postal boxes,
#   postal codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'FJÄRDE KVARTALET', 'HELÅRET',
#   'tredje kvartalet', 'på ett år', 'femte månaden i rad', 'mer än ett halvår', 'på två år', 'varannan vecka',
#   'sextonde gången', 'Halverad', 'Dyraste timmen'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030", "2035", "2045")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y23, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2019", "2023", "2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. savings bank, year-end report 2025 (dateline 6 februari 2026)
    RI = ("Rörelseintäkterna", "Rörelseintäkterna")
    PN = ("Provisionsnettot", "Provisionsnettot")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KI = ("K/I-talet", "K/I-talet")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KN = ("Kreditförlustnivån", "Kreditförlustnivån")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    TK = ("den totala kapitalrelationen", "kapitalrelationen")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    UT = ("en utdelning", "utdelning")
    AF = ("Anneli Forsgren", "quote")
    UL = ("Utlåningen till allmänheten", "Utlåningen")
    S3 = ("Andelen lån i steg 3", "Andelen")
    bq = lambda u, sc: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F)]
    GOLD["r27_b_sparbank_bokslut"] = [
        G("486", 486e6, "SEK", ctx="till [486] (462)", **L25, direction=INC, s=RI, sp=None, note="bullets under 'FJÄRDE KVARTALET' (no year): the report's year, lenient; 'ökade till'"),
        G("462", 462e6, "SEK", ctx="486 ([462]) Mkr", t=Y24, s=RI, sp=None, note="bracket: 'Jämförelsesiffror för 2024'"),
        G("98", 98e6, "SEK", ctx="till [98] (81)", **L25, direction=INC, s=PN, sp=None, note="'växte till'"),
        G("81", 81e6, "SEK", ctx="98 ([81]) Mkr", t=Y24, s=PN, sp=None),
        G("14", 14e6, "SEK", ctx="till [14] (22)", **L25, direction=DEC, s=KF, sp=None, note="'minskade till'"),
        G("22", 22e6, "SEK", ctx="14 ([22]) Mkr", t=Y24, s=KF, sp=None),
        G("0,44", 0.44, "number", ctx="till [0,44] (0,47)", **L25, direction=DEC, s=KI, sp=None, note="a cost/income ratio written as a figure: unit number; 'förbättrades till' a lower value: decrease"),
        G("0,47", 0.47, "number", ctx="0,44 ([0,47])", t=Y24, s=KI, sp=None),
        G("4,0 procent", 4.0, "percent", **L25, direction=INC, s=RI, sp=None, note="bullets under 'HELÅRET': 2025 lenient; 'steg med ... till'"),
        G("1 902", 1902e6, "SEK", ctx="till [1 902] (1 829)", **L25, direction=INC, s=RI, sp=None),
        G("1 829", 1829e6, "SEK", ctx="1 902 ([1 829]) Mkr", t=Y24, s=RI, sp=None),
        G("1 043", 1043e6, "SEK", ctx="på [1 043] (961)", **L25, s=RR, sp=None, note="'landade på': no change stated"),
        G("961", 961e6, "SEK", ctx="1 043 ([961]) Mkr", t=Y24, s=RR, sp=None),
        G("0,09", 0.09, "percent", ctx="var [0,09] (0,15)", **L25, s=KN, sp=None, note="'procent' after the bracket applies to both"),
        G("0,15", 0.15, "percent", ctx="0,09 ([0,15]) procent", t=Y24, s=KN, sp=None),
        G("17,8", 17.8, "percent", ctx="till [17,8] (16,9)", **L25, s=KP, sp=None, note="'uppgick till'"),
        G("16,9", 16.9, "percent", ctx="17,8 ([16,9]) procent", t=Y24, s=KP, sp=None),
        G("21,2", 21.2, "percent", ctx="till [21,2] (20,4)", **L25, s=TK, sp=None, note="verb elided ('och den totala kapitalrelationen till')"),
        G("20,4", 20.4, "percent", ctx="21,2 ([20,4]) procent", t=Y24, s=TK, sp=None),
        G("11,3", 11.3, "percent", ctx="blev [11,3] (11,8)", **L25, s=RE, sp=None),
        G("11,8", 11.8, "percent", ctx="11,3 ([11,8]) procent", t=Y24, s=RE, sp=None),
        G("3,40", 3.40, "SEK", per="share", ctx="om [3,40] (3,10)", **L25, s=UT, sp=("Styrelsen", "credited"), note="'Styrelsen föreslår': credited; the dividend for the report's year"),
        G("3,10", 3.10, "SEK", per="share", ctx="3,40 ([3,10]) kronor", t=Y24, s=UT, sp=None, note="the prior dividend is a fact, not the board's proposal"),
        G("drygt 6 400 nya privatkunder", 6400, "count", bound="approx", **L25, s=("nya privatkunder", "privatkunder"), sp=AF, note="'VD-KOMMENTAR' ending in 'säger vd': every figure in it is hers"),
        G("3,1 procent", 3.1, "percent", **L25, direction=INC, s=("bolånestocken", "bolånestocken"), sp=AF),
        G("1,7 procent", 1.7, "percent", **L25, direction=INC, s=("Kostnaderna", "Kostnaderna"), sp=AF),
        G("41,6 miljarder kronor", 41.6e9, "SEK", **L25, direction=INC, s=UL, sp=None, note="'vid årets slut'; 'ökade till ... från'"),
        G("40,2 miljarder kronor", 40.2e9, "SEK", **L24, s=UL, sp=None, note="from-value 'ett år tidigare'"),
        G("72 procent", 72, "percent", **L25, s=("utlåningen", "utlåningen"), sp=None, note="'Av utlåningen avsåg X procent': the Y"),
        G("33,9 miljarder kronor", 33.9e9, "SEK", **L25, s=("Inlåningen från allmänheten", "Inlåningen"), sp=None),
        G("81 procent", 81, "percent", **L25, s=("utlåningen", "utlåningen"), sp=None, note="'motsvarande X procent av Y'"),
        G("0,38 procent", 0.38, "percent", **L25, direction=DEC, s=S3, sp=None, note="'sjönk till ... från'"),
        G("0,52 procent", 0.52, "percent", **L24, s=S3, sp=None, note="from-value with no year: the previous year-end, lenient"),
        G("12,6 procent", 12.6, "percent", **L25, s=("Finansinspektionens samlade krav på kärnprimärkapital", "krav"), sp=None, note="present tense; the requirement is reported, FI is no speaker"),
        G("5,2 procentenheter", 5.2, "percentage_point", **L25, s=("en buffert", "buffert"), sp=None, note="above the requirement: a comparison at one time, no direction"),
        G("minst 2 procentenheter", 2, "percentage_point", bound="at_least", s=("Bankens mål", "mål"), sp=None, note="a target without a year: no period"),
        G("1,5 miljarder kronor", 1.5e9, "SEK", **L25, s=("obligationer", "obligationer"), sp=None, note="'Under året'"),
        *_row(G, "Räntenetto", ["371", "368", "1 462", "1 439"], bq("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'RESULTATRÄKNING I SAMMANDRAG, Mkr': 'Kv 4 2025' / 'Kv 4 2024' / 'Helår 2025' / 'Helår 2024' explicit (year grain); rows are measures"),
        *_row(G, "Provisionsnetto", ["98", "81", "352", "318"], bq("SEK", 1e6), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Övriga intäkter", ["17", "13", "88", "72"], bq("SEK", 1e6), ("Övriga intäkter", "intäkter")),
        *_row(G, "Rörelseintäkter", ["486", "462", "1 902", "1 829"], bq("SEK", 1e6), ("Rörelseintäkter", "Rörelseintäkter")),
        *_row(G, "Rörelsekostnader", ["−212", "−217", "−820", "−806"], bq("SEK", 1e6), ("Rörelsekostnader", "Rörelsekostnader"), note="costs written with a minus sign: negative values, no direction"),
        *_row(G, "Kreditförluster", ["−14", "−22", "−39", "−62"], bq("SEK", 1e6), ("Kreditförluster", "Kreditförluster")),
        *_row(G, "Rörelseresultat", ["260", "223", "1 043", "961"], bq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "K/I-tal", ["0,44", "0,47", "0,43", "0,44"], bq("number", 1), ("K/I-tal", "K/I-tal"), note="not scaled by the caption's 'Mkr': a ratio"),
    ]
    NEG["r27_b_sparbank_bokslut"] = [
        N("januari–december 2025", note="title"), N("2024", ctx="för [2024] anges", note="the brackets' note"),
        N("2019", ctx="sedan [2019],", note="places a comparison"), N("3", ctx="steg [3] sjönk", note="a category's name"),
        N("Kv 4 2025", note="column header"), N("Kv 4 2024", note="column header"),
        N("Helår 2025", note="column header"), N("Helår 2024", note="column header"),
        N("19 mars 2026", note="next report"), N("23 april 2026", note="AGM date"), N("6 februari 2026", note="dateline"),
        N("0611-54 20 00"), N("516402-8813", note="org number"),
    ]

    # ------------------------------------------------------------ 2. labour force survey, October 2026 (Publicerad 2026-11-19)
    SG = ("sysselsättningsgraden", "sysselsättningsgraden")
    UA = ("Ungdomsarbetslösheten", "Ungdomsarbetslösheten")
    AT = ("Antalet faktiskt arbetade timmar per vecka", "Antalet")
    LJ = ("lediga jobb", "jobb")
    AR, AL = ("Arbetslösa", "Arbetslösa"), ("arbetslöshet", "arbetslöshet")
    ak = [("count", 1e3, None, Y26, F, F), ("count", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, F, F),
          ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r27_b_arbetsloshet_okt"] = [
        G("487 000 personer", 487000, "count", t=Y26, s=("personer", "personer"), sp=None, note="'I oktober 2026'"),
        G("8,1 procent", 8.1, "percent", **L26, direction=DEC, s=("en arbetslöshet", "arbetslöshet"), sp=None, note="'Det motsvarar ...' (period from the previous sentence); ', vilket är ... lägre än i oktober 2025'"),
        G("0,6 procentenheter", 0.6, "percentage_point", ctx="vilket är [0,6 procentenheter]", **L26, direction=DEC, s=None, sp=None),
        G("5 284 000", 5284000, "count", **L26, s=("Antalet sysselsatta", "Antalet"), sp=None),
        G("69,4 procent", 69.4, "percent", **L26, direction=INC, s=SG, sp=None, note="', en uppgång med ... på ett år'"),
        G("0,5 procentenheter", 0.5, "percentage_point", **L26, direction=INC, s=SG, sp=None),
        G("7,8 procent", 7.8, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("8,4 procent", 8.4, "percent", **L26, s=None, sp=None, note="elided ('och bland män')"),
        G("0,6 procentenheter", 0.6, "percentage_point", ctx="krympt till [0,6 procentenheter]", **L26, direction=DEC, s=("Skillnaden mellan könen", "Skillnaden"), sp=None, note="'har ... krympt till'"),
        G("21,9 procent", 21.9, "percent", **L26, direction=DEC, s=UA, sp=None, note="'sjönk till ... från'"),
        G("24,3 procent", 24.3, "percent", **L25, s=UA, sp=None, note="'ett år tidigare'"),
        G("Omkring 42 procent", 42, "percent", bound="approx", **L26, s=("de arbetslösa ungdomarna", "ungdomarna"), sp=None, note="'X procent av Y'"),
        G("minst tolv månader", 12, "month", bound="at_least", optional=True, s=None, sp=None, note="defines long-term unemployment"),
        G("139 000", 139000, "count", **L26, direction=DEC, s=("Antalet långtidsarbetslösa", "Antalet"), sp=None, note="', eller 11 000 färre än i oktober i fjol'"),
        G("11 000", 11000, "count", ctx="eller [11 000] färre", **L26, direction=DEC, s=None, sp=None),
        G("5 771 000 personer", 5771000, "count", **L26, s=("Arbetskraften", "Arbetskraften"), sp=None),
        G("163,2 miljoner", 163.2e6, "hour", per="week", **L26, direction=INC, s=AT, sp=None, note="hours per week; ', en ökning med ... jämfört med samma månad föregående år'"),
        G("1,1 procent", 1.1, "percent", **L26, direction=INC, s=AT, sp=None),
        G("128 400 lediga jobb", 128400, "count", **L26, direction=DEC, s=LJ, sp=None, note="'Under tredje kvartalet' (no year); ', vilket är ... färre än ett år tidigare'"),
        G("6 procent", 6, "percent", ctx="vilket är [6 procent] färre", **L26, direction=DEC, s=None, sp=None),
        G("97 300", 97300, "count", **L26, s=None, sp=None, note="'Av dem': pronoun"),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", **L26, s=("Vårdyrken och byggyrken", "Vårdyrken"), sp=None, note="'svarade för' takes X"),
        *_row(G, "15–24 år", ["118", "134", "21,9", "24,3", "−2,4"], ak, [AR, AR, AL, AL, AL], note="table 'Arbetslösa och arbetslöshet efter ålder, oktober': 'Tusental 2026' / 'Tusental 2025' (scale 1 000) and 'Procent 2026' / 'Procent 2025' explicit; 'Förändring, procentenheter' 2026 lenient with the sign; rows are age bands (categories): s the caption's measure for each column"),
        *_row(G, "25–54 år", ["281", "294", "6,9", "7,3", "−0,4"], ak, [AR, AR, AL, AL, AL]),
        *_row(G, "55–74 år", ["88", "95", "6,1", "6,6", "−0,5"], ak, [AR, AR, AL, AL, AL]),
        *_row(G, "Totalt", ["487", "523", "8,1", "8,7", "−0,6"], ak, [AR, AR, AL, AL, AL]),
        G("cirka 21 000 personer", 21000, "count", bound="approx", per="month", **L26, s=("personer", "personer"), sp=None, note="survey size (required, as r26's survey size); present tense"),
    ]
    NEG["r27_b_arbetsloshet_okt"] = [
        N("oktober 2026", ctx="Arbetskraftsundersökningarna, [oktober 2026]", note="title"), N("2026-11-19"),
        N("oktober 2026", ctx="I [oktober 2026] var", note="places the claim"), N("15–74 år", note="age band"),
        N("oktober 2025", note="places the comparison"), N("15–24 år", ctx="personer [15–24 år],", note="age band"),
        N("15–24 år", ctx="[15–24 år] 118", note="row label: age band"), N("25–54 år", note="row label: age band"),
        N("55–74 år", note="row label: age band"),
        N("2026", ctx="Tusental [2026]", note="column header"), N("2025", ctx="Tusental [2025]", note="column header"),
        N("2026", ctx="Procent [2026]", note="column header"), N("2025", ctx="Procent [2025]", note="column header"),
        N("17 december 2026", note="next release"), N("010-479 62 15"),
    ]

    # ------------------------------------------------------------ 3. region's waiting times, September 2026 (Markdown, Publicerad 14 oktober 2026)
    PA = ("patienter", "patienter")
    AG = ("Andelen som väntat inom garantitiden", "Andelen")
    VÄ, IG = ("Väntande", "Väntande"), ("Inom garantin", "garantin")
    CR = ("Cecilia Rydén", "quote")
    SO = ("extra starroperationer", "starroperationer")
    vc = [("count", 1, None, Y26, F, F), ("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F),
          ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r27_b_vantetider_region"] = [
        G("18 640 patienter", 18640, "count", **L26, direction=DEC, s=PA, sp=None, note="'Vid utgången av september' (no year); ', X färre än ...'"),
        G("1 370", 1370, "count", ctx="besök, [1 370] färre", **L26, direction=DEC, s=None, sp=None, note="'månaden före'"),
        G("2 910", 2910, "count", **L26, direction=DEC, s=None, sp=None, note="'färre än i september 2025': current period"),
        G("71 procent", 71, "percent", **L26, s=("de väntande", "väntande"), sp=None, note="'Av de väntande hade X procent': the Y; the comparison with last year is in another sentence: no direction"),
        G("högst 90 dagar", 90, "day", bound="at_most", optional=True, s=None, sp=None, note="defines the measure"),
        G("80 procent", 80, "percent", t=Y26, s=("Regionens mål för 2026", "mål"), sp=None, note="target, required"),
        G("66 procent", 66, "percent", t=Y25, s=("andelen", "andelen"), sp=None, note="'vid samma tid i fjol' resolves"),
        G("tre månader", 3, "month", bound="at_most", s=None, sp=None, note="the care guarantee's limit, a norm stated as fact: required; no period; 'enligt vårdgarantin' names a rule, no speaker"),
        G("5 410 patienter", 5410, "count", **L26, s=PA, sp=None),
        G("1 120", 1120, "count", ctx="hade [1 120] väntat", **L26, s=None, sp=None, note="'Av dem': pronoun"),
        G("9 875 patienter", 9875, "count", **L26, direction=DEC, s=PA, sp=None, note="', en minskning med 4 procent på ett år'"),
        G("4 procent", 4, "percent", **L26, direction=DEC, s=PA, sp=None),
        G("58 procent", 58, "percent", **L26, direction=INC, s=AG, sp=None, note="', att jämföra med ... ett år tidigare och riksgenomsnittet'"),
        G("55 procent", 55, "percent", **L25, s=AG, sp=None, note="'ett år tidigare'"),
        G("63 procent", 63, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="against the national average: no direction"),
        *_row(G, "Ortopedi", ["2 940", "61", "54", "+7"], vc, [VÄ, IG, IG, IG], sep=" | ", note="Markdown table: 'Väntande sep 2026' / 'Inom garantin sep 2026, %' / '... sep 2025, %' explicit; 'Förändring, procentenheter' 2026 lenient with the sign; rows are specialties"),
        *_row(G, "Ögonsjukvård", ["3 310", "68", "63", "+5"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Öron-, näs- och halssjukvård", ["1 685", "74", "70", "+4"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Gynekologi", ["1 220", "83", "81", "+2"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Hudsjukvård", ["2 105", "57", "59", "−2"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Kirurgi", ["1 870", "79", "72", "+7"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Övriga", ["5 510", "77", "70", "+7"], vc, [VÄ, IG, IG, IG], sep=" | "),
        *_row(G, "Totalt", ["18 640", "71", "66", "+5"], vc, [VÄ, IG, IG, IG], sep=" | "),
        G("sex", 6, "count", ctx="från nio till [sex] sedan", **L26, direction=DEC, s=("antalet specialistläkare", "antalet"), sp=None, note="'gått ned från nio till sex sedan årsskiftet'"),
        G("nio", 9, "count", ctx="från [nio] till", **L26, s=("antalet specialistläkare", "antalet"), sp=None, note="from-value at the turn of the year: 2026 lenient"),
        G("en tredjedel", 1 / 3, "ratio", **L26, s=("remisserna", "remisserna"), sp=None, note="'X av Y'"),
        G("1 400 extra starroperationer", 1400, "count", **L26, s=SO, sp=None, note="'under året'"),
        G("23 miljoner kronor", 23e6, "SEK", **L26, s=SO, sp=None, note="the goal of the money"),
        G("drygt 16 000 kronor", 16000, "SEK", bound="approx", **L26, s=("Varje operation", "operation"), sp=None, note="'i genomsnitt': no bound; 'drygt' approx"),
        G("sju procentenheter", 7, "percentage_point", **L26, direction=INC, s=("Ortopedin", "Ortopedin"), sp=CR, note="quote; 'lyft sig med ... på ett år'"),
        G("minst 75 procent", 75, "percent", bound="at_least", **L26, s=None, sp=CR, note="forecast 'före jul'; the region is the actor"),
    ]
    NEG["r27_b_vantetider_region"] = [
        N("september 2026", note="title"), N("14 oktober 2026"), N("september 2025", note="places the comparison"),
        N("2026", ctx="mål för [2026] är", note="names the target's year (kept in the subject)"),
        N("sep 2026", ctx="Väntande [sep 2026]", note="column header"), N("sep 2026", ctx="garantin [sep 2026], %", note="column header"),
        N("sep 2025", note="column header"), N("11 november 2026", note="next report"),
    ]

    # ------------------------------------------------------------ 4. municipality's waste report 2025 (Publicerad 22 april 2026)
    MR = ("Mängden restavfall i de gröna kärlen", "Mängden")
    MA = ("Det separat insamlade matavfallet", "matavfallet")
    ÅG = ("Andelen av hushållsavfallet som gick till materialåtervinning eller biologisk behandling", "Andelen")
    IM = ("Insamlade mängder", "mängder")
    at = [("tonne", 1, None, Y23, F, F), ("tonne", 1, None, Y24, F, F), ("tonne", 1, None, Y25, F, F)]
    GOLD["r27_b_avfall_2025"] = [
        G("19 480 ton", 19480, "tonne", t=Y25, s=("hushållsavfall", "hushållsavfall"), sp=None, note="'under 2025'"),
        G("412 kilo per invånare", 412, "kg", per="capita", **L25, direction=DEC, s=None, sp=None, note="'Det motsvarar'; ', X mindre än året innan'"),
        G("9 kilo", 9, "kg", per="capita", **L25, direction=DEC, s=None, sp=None, note="per capita carried"),
        G("37 kilo", 37, "kg", per="capita", **L25, direction=DEC, s=None, sp=None, note="'mindre än toppåret 2021': a comparison with an earlier point, current period"),
        G("398 kilo per invånare", 398, "kg", per="capita", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None),
        G("6 procent", 6, "percent", **L25, direction=DEC, s=MR, sp=None, note="'minskade med ... till'"),
        G("7 120 ton", 7120, "tonne", **L25, direction=DEC, s=MR, sp=None),
        G("151 kilo per invånare", 151, "kg", per="capita", **L25, direction=DEC, s=MR, sp=None, note="', eller ...': the same new value restated"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", t=Y25, s=("innehållet i restavfallskärlet", "innehållet"), sp=None, note="'Plockanalysen från i höstas' resolves to autumn 2025"),
        G("3 260 ton", 3260, "tonne", **L25, direction=INC, s=MA, sp=None, note="'ökade till ... från'"),
        G("2 980 ton", 2980, "tonne", t=Y24, s=MA, sp=None),
        G("94 procent", 94, "percent", **L25, s=None, sp=None, note="'Av det': pronoun"),
        G("28 stadsbussar", 28, "count", **L25, s=("stadsbussar", "stadsbussar"), sp=None),
        G("ungefär tio månader", 10, "month", bound="approx", **L25, s=("Biogasen", "Biogasen"), sp=None),
        G("2 850 ton förpackningar", 2850, "tonne", t=Y25, direction=INC, s=("förpackningar", "förpackningar"), sp=None, note="', X procent mer än 2024'"),
        G("14 procent", 14, "percent", t=Y25, direction=INC, s=None, sp=None),
        G("22 procent", 22, "percent", **L25, direction=INC, s=("Plastförpackningarna", "Plastförpackningarna"), sp=None),
        G("två återvinningscentraler", 2, "count", **L25, s=("återvinningscentraler", "återvinningscentraler"), sp=None),
        G("162 000 besök", 162000, "count", **L25, s=("besök", "besök"), sp=None),
        G("5 210 ton grovavfall", 5210, "tonne", **L25, s=("grovavfall", "grovavfall"), sp=None),
        G("18 procent", 18, "percent", **L25, s=None, sp=None, note="'X procent av det': pronoun"),
        G("214 ton", 214, "tonne", **L25, s=("möbler och prylar", "möbler"), sp=None),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", **L25, direction=INC, optional=True, s=None, sp=None, note="multiplier against an earlier year (2023)"),
        G("46,3 procent", 46.3, "percent", **L25, direction=INC, s=ÅG, sp=None, note="'upp från ... året innan'"),
        G("43,8 procent", 43.8, "percent", **L24, s=ÅG, sp=None),
        G("55 procent", 55, "percent", t=Y25, s=("Det nationella målet", "målet"), sp=None, note="target 'till 2025'"),
        G("60 procent", 60, "percent", t=Y["2030"], s=("EU:s mål", "mål"), sp=None, note="target 'till 2030'"),
        *_row(G, "Restavfall", ["7 890", "7 575", "7 120"], at, IM, note="table 'Insamlade mängder, ton': '2023' / '2024' / '2025' explicit; rows are waste fractions (categories): s the caption's measure"),
        *_row(G, "Matavfall", ["2 710", "2 980", "3 260"], at, IM),
        *_row(G, "Förpackningar", ["2 340", "2 500", "2 850"], at, IM),
        *_row(G, "Grovavfall", ["5 480", "5 330", "5 210"], at, IM),
        *_row(G, "Farligt avfall", ["118", "124", "131"], at, IM),
        G("190", 190, "l", ctx="ett [190]-literskärl", optional=True, s=None, sp=None, note="the bin's size defines the example household"),
        G("3 145 kronor per år", 3145, "SEK", per="year", **L25, s=("Avfallstaxan för en villa", "Avfallstaxan"), sp=None),
        G("4,5 procent", 4.5, "percent", t=Y26, direction=INC, s=("Avfallstaxan för en villa", "Avfallstaxan"), sp=None, note="'Från 2026 höjs den med': the pronoun stands for the previous sentence's subject"),
    ]
    NEG["r27_b_avfall_2025"] = [
        N("2025", ctx="återvinning [2025]", note="title"), N("22 april 2026"), N("2025", ctx="under [2025] sammanlagt", note="places the claim"),
        N("2021", note="places the comparison"), N("2024", ctx="ton [2024].", note="places the from-value"),
        N("2025", ctx="Under [2025] samlades", note="places the claim"), N("2024", ctx="mer än [2024].", note="places the comparison"),
        N("2023", ctx="som [2023].", note="places the comparison"), N("2025", ctx="procent till [2025]", note="target year"),
        N("2030", note="target year"), N("2023", ctx="Fraktion [2023]", note="column header"),
        N("2024", ctx="2023 [2024] 2025", note="column header"), N("2025", ctx="2024 [2025] Restavfall", note="column header"),
        N("2026", ctx="Från [2026]", note="places the claim"), N("0176-82 40 00"), N("3", ctx="Sandvägen [3]", note="street address"),
        N("761 43", note="postal code"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on energy and transport (no date, no sidecar)
    FL = ("Framstegsliberalerna", "publisher")
    EA = ("Elanvändningen", "Elanvändningen")
    GOLD["r27_b_parti_energi"] = [
        G("2,14 kronor per kWh", 2.14, "SEK", per="kWh", s=None, sp=None, note="undated: no period ('förra vintern' included); the payer is no subject; 'i snitt': no bound"),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between price areas: no direction"),
        G("43,9 öre per kWh", 0.439, "SEK", per="kWh", s=("en av Europas högsta energiskatter på el", "energiskatter"), sp=None, note="apposition"),
        G("omkring 2,8 öre per kWh", 0.028, "SEK", bound="approx", per="kWh", s=("motsvarande skatt", "skatt"), sp=None, note="Finland: comparison between countries"),
        G("ungefär 12 öre", 0.12, "SEK", bound="approx", per="kWh", s=None, sp=None, note="Norway; elided parallel clause: 'per kWh' and the subject carried by ellipsis, s None (elided)"),
        G("20 öre per kWh", 0.20, "SEK", per="kWh", direction=DEC, s=("energiskatten på el", "energiskatten"), sp=FL, note="'Vi vill sänka ... med'; 'nästa år' unresolvable: no period"),
        G("20 000 kWh", 20000, "kWh", per="year", optional=True, s=None, sp=None, note="defines the example villa"),
        G("5 000 kronor", 5000, "SEK", ctx="det [5 000 kronor] billigare", per="year", direction=DEC, s=None, sp=None, note="the example's result (required); 'blir det ... billigare': plain reporting"),
        G("cirka 140 TWh", 140, "TWh", bound="approx", s=EA, sp=None, note="'i dag' in an undated text: no period; from-value"),
        G("uppemot 230 TWh", 230, "TWh", bound="at_most", t=Y["2045"], direction=INC, s=EA, sp=None, note="forecast 'väntas öka från ... till ... senast 2045'; 'uppemot' = up to"),
        G("minst 40 TWh", 40, "TWh", bound="at_least", t=Y["2035"], s=("ny fossilfri elproduktion", "elproduktion"), sp=FL, note="'vi vill ... senast 2035'"),
        G("två år", 2, "year", bound="at_most", s=("tillståndsprocessen för ny kraft och nya elnät", "tillståndsprocessen"), sp=FL, note="a cap ('aldrig ska ta mer än'): required, no period"),
        G("runt 19 kronor per liter", 19, "SEK", bound="approx", per="l", s=("Dieselpriset", "Dieselpriset"), sp=None),
        G("mer än hälften", 0.5, "ratio", bound="more_than", s=("skatterna", "skatterna"), sp=None, note="X predicated of 'skatterna'"),
        G("1,50 kronor per liter", 1.50, "SEK", per="l", direction=DEC, s=("skatten på diesel", "skatten"), sp=FL),
        G("38 procent", 38, "percent", s=("nya personbilar", "personbilar"), sp=None, note="'X procent av Y'; 'I dag': no period"),
        G("över 90 procent", 90, "percent", bound="more_than", s=None, sp=None, note="Norway is the holder; comparison between countries"),
        G("minst 70 procent", 70, "percent", bound="at_least", t=Y["2030"], s=("alla nya bilar som säljs i Sverige", "bilar"), sp=FL, note="the party's target 'Senast 2030 ska' on its own page (no 'vi', but a promise): publisher"),
        G("12 000 nya publika laddpunkter", 12000, "count", t=Y["2028"], s=("nya publika laddpunkter", "laddpunkter"), sp=FL, note="'vi vill ... till 2028'"),
        G("87 procent", 87, "percent", s=("persontågen", "persontågen"), sp=None, note="'Förra året' in an undated text: no period"),
        G("92 procent", 92, "percent", s=None, sp=None, note="Switzerland, elided: comparison between countries"),
        G("2,5 miljarder kronor", 2.5e9, "SEK", per="year", s=("underhåll av järnvägen", "underhåll"), sp=FL, note="the goal of the money"),
        G("en femtedel", 0.2, "ratio", direction=DEC, s=("Elskatten", "Elskatten"), sp=FL, note="list 'Våra löften i korthet': the publisher's"),
        G("upp till 15 000 kronor", 15000, "SEK", bound="at_most", per="household", s=("Ett laddstöd", "laddstöd"), sp=FL, note="'per hushåll' per=household"),
        G("15 år", 15, "year", bound="more_than", optional=True, s=None, sp=None, note="eligibility threshold ('äldre än')"),
        G("minst fem europeiska huvudstäder", 5, "count", bound="at_least", t=Y["2029"], s=("europeiska huvudstäder", "huvudstäder"), sp=FL),
    ]
    NEG["r27_b_parti_energi"] = [
        N("4", ctx="elområde [4] betalade", note="price-area name"), N("1", ctx="elområde [1].", note="price-area name"),
        N("2045", note="target year"), N("2035", note="target year"), N("2030", note="target year"), N("2028", note="target year"),
        N("1", ctx="[1]. Elskatten", note="list numbering"), N("2", ctx="[2]. Ett laddstöd", note="list numbering"),
        N("3", ctx="[3]. Halverad", note="list numbering"), N("4", ctx="[4]. Nattåg", note="list numbering"),
        N("2029", note="target year"),
    ]

    # ------------------------------------------------------------ 6. weekly electricity prices, week 48 (sidecar 2026-11-30)
    GS = ("genomsnittet", "genomsnittet")
    VS = ("veckans snittpris", "snittpris")
    SP = ("Genomsnittligt spotpris", "spotpris")
    ec = [("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y25, F, F),
          ("percent", 1, None, Y26, True, True)]
    GOLD["r27_b_elpris_v48"] = [
        G("118,6 öre per kWh", 1.186, "SEK", per="kWh", **L26, direction=INC, s=GS, sp=None, note="'under vecka 48' (no year): 2026 lenient; ', en uppgång med ... från veckan innan'"),
        G("41,2 öre", 0.412, "SEK", per="kWh", **L26, direction=INC, s=GS, sp=None, note="per kWh carried"),
        G("27 procent", 27, "percent", **L26, direction=INC, s=("priset", "priset"), sp=None, note="'Jämfört med samma vecka förra året ... högre': a comparison with an earlier point, current period"),
        G("84,3 öre per kWh", 0.843, "SEK", per="kWh", **L26, direction=INC, s=VS, sp=None, note="', att jämföra med ... veckan dessförinnan'"),
        G("61,9 öre", 0.619, "SEK", per="kWh", **L26, s=VS, sp=None, note="the previous week: 2026 lenient"),
        G("22,7 öre per kWh", 0.227, "SEK", per="kWh", **L26, direction=INC, s=None, sp=None, note="the price areas are the holder; ', en ökning med'"),
        G("knappt 3 öre", 0.03, "SEK", bound="approx", per="kWh", **L26, direction=INC, s=None, sp=None),
        G("312,40 öre per kWh", 3.124, "SEK", per="kWh", **L26, s=("priset i elområde 4", "priset"), sp=None, note="'nådde': a peak, no change stated"),
        G("under 5 öre", 0.05, "SEK", bound="less_than", **L26, direction=DEC, s=("priset i hela landet", "priset"), sp=None, note="'föll under'; no 'per' written"),
        *_row(G, "SE1", ["22,7", "19,9", "31,4", "+14"], ec, SP, note="table 'Genomsnittligt spotpris per elområde, öre/kWh': 'v. 48' / 'v. 47' 2026 lenient, 'v. 48 2025' explicit, scaled öre -> SEK per kWh; 'Förändr. mot v. 47, %' 2026 lenient with the sign; rows are price areas (categories)"),
        *_row(G, "SE2", ["22,7", "19,9", "33,0", "+14"], ec, SP),
        *_row(G, "SE3", ["84,3", "61,9", "70,2", "+36"], ec, SP),
        *_row(G, "SE4", ["118,6", "77,4", "93,4", "+53"], ec, SP),
        G("71 procent", 71, "percent", **L26, s=("Vattenmagasinen", "Vattenmagasinen"), sp=None),
        G("6 procentenheter", 6, "percentage_point", **L26, s=None, sp=None, note="'vilket är ... under det normala': comparison with a norm, no direction"),
        G("1 240 GWh", 1240, "GWh", **L26, s=("Vindkraften", "Vindkraften"), sp=None, note="'under veckan'"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("den svenska elproduktionen", "elproduktionen"), sp=None),
        G("88 procent", 88, "percent", **L26, s=("en tillgänglighet", "tillgänglighet"), sp=None),
        G("omkring 450 kWh", 450, "kWh", bound="approx", per="week", optional=True, s=None, sp=None, note="defines the example household"),
        G("cirka 185 kronor", 185, "SEK", bound="approx", **L26, direction=INC, s=None, sp=None, note="the example's result (required); the holder is no subject"),
        G("96 öre per kWh", 0.96, "SEK", per="kWh", t=Y27, s=None, sp=None, note="a futures price for 'första kvartalet 2027' (explicit)"),
    ]
    NEG["r27_b_elpris_v48"] = [
        N("vecka 48", ctx="Elpriset [vecka 48]", note="title"), N("vecka 48", ctx="under [vecka 48].", note="places the claim"),
        N("4", ctx="elområde [4] blev", note="price-area name"), N("3", ctx="elområde [3] landade", note="price-area name"),
        N("1", ctx="elområde [1] och", note="price-area name"), N("2", ctx="och [2] hade", note="price-area name"),
        N("17 och 18", note="time of day"), N("4", ctx="elområde [4] nådde", note="price-area name"),
        N("v. 48", ctx="Elområde [v. 48]", note="column header"), N("v. 47", ctx="v. 48 [v. 47] v. 48", note="column header"),
        N("v. 48 2025", note="column header"), N("v. 47", ctx="mot [v. 47], %", note="column header"),
        N("SE1", note="row label"), N("SE2", note="row label"), N("SE3", note="row label"), N("SE4", note="row label"),
        N("4", ctx="elområde [4] som", note="price-area name"), N("första kvartalet 2027", note="places the claim"),
        N("3", ctx="elområde [3] till", note="price-area name"),
    ]

    # ------------------------------------------------------------ 7. transport authority's HTML page on new fares (Publicerad 4 november 2025)
    EB = ("Enkelbiljett", "Enkelbiljett")
    PB = ("Periodbiljett", "Periodbiljett")
    TD = ("en 30-dagarsbiljett", "30-dagarsbiljett")
    fc = [("SEK", 1, "trip", Y25, F, F), ("SEK", 1, "trip", Y26, F, F), ("SEK", 1, None, Y25, F, F), ("SEK", 1, None, Y26, F, F),
          ("percent", 1, None, Y26, True, True)]
    GOLD["r27_b_nya_biljettpriser"] = [
        G("4,8 procent", 4.8, "percent", **L26, direction=INC, s=("biljettpriserna", "biljettpriserna"), sp=None, note="'I genomsnitt blir det ... dyrare' after 'från den 12 januari 2026': 2026 lenient; 'det' stands for the previous sentence's 'biljettpriserna'; 'I genomsnitt': no bound"),
        G("38 kronor", 38, "SEK", per="trip", t=Y26, direction=INC, s=("En enkelbiljett för vuxen inom en zon", "enkelbiljett"), sp=None, note="'efter årsskiftet' resolves (2026); ', i dag 36 kronor'; a single ticket per trip (r13/r21)"),
        G("36 kronor", 36, "SEK", per="trip", **L25, s=("En enkelbiljett för vuxen inom en zon", "enkelbiljett"), sp=None, note="'i dag'"),
        G("895 kronor", 895, "SEK", **L26, direction=INC, s=TD, sp=None, note="the page's heading (2026, lenient); the payer is no subject, the ticket is; a card's price: per None"),
        G("45 kronor", 45, "SEK", **L26, direction=INC, s=TD, sp=None, note="'mer än nu'"),
        G("1 770 kronor", 1770, "SEK", **L26, direction=INC, s=("priset för en periodbiljett", "priset"), sp=None, note="'stiger ... till'"),
        G("25 procent", 25, "percent", **L26, s=("reducerat pris", "pris"), sp=None, note="against the adult price: a comparison at one time, no direction; 'i fortsättningen' 2026 lenient"),
        G("15", 15, "percent", ctx="får [15] procents rabatt", **L26, s=("rabatt", "rabatt"), sp=None),
        *_row(G, "Zon A", ["36", "38", "850", "895", "5,3"], fc, [EB, EB, PB, PB, PB], note="HTML table 'Priser för vuxen per zon, kronor': 'Enkelbiljett 2025/2026' (per trip) and 'Periodbiljett 2025/2026' explicit; 'Höjning periodbiljett, %' 2026 lenient, increase; rows are zones"),
        *_row(G, "Zon A+B", ["52", "54", "1 190", "1 250", "5,0"], fc, [EB, EB, PB, PB, PB]),
        *_row(G, "Zon A+B+C", ["68", "71", "1 480", "1 550", "4,7"], fc, [EB, EB, PB, PB, PB]),
        *_row(G, "Hela länet", ["84", "88", "1 690", "1 770", "4,7"], fc, [EB, EB, PB, PB, PB]),
        G("11 procent", 11, "percent", t=("2023", "2025"), lenient=True, direction=INC, s=("Kostnaderna för trafiken", "Kostnaderna"), sp=None, note="'på två år' from November 2025"),
        G("47 procent", 47, "percent", **L25, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'i dag'; 'X täcker Y procent av Z' takes X (as 'svarar för')"),
        G("minst hälften", 0.5, "ratio", bound="at_least", s=None, sp=("nämnden", "credited"), note="target without a year: no period; the Y is elided"),
        G("41,2 miljoner resor", 41.2e6, "count", t=Y24, direction=INC, s=("resor", "resor"), sp=None, note="'Under 2024'; ', drygt 3 procent fler än året före'"),
        G("drygt 3 procent", 3, "percent", bound="approx", t=Y24, direction=INC, s=None, sp=None),
    ]
    NEG["r27_b_nya_biljettpriser"] = [
        N("2026", ctx="Nya priser [2026]", note="breadcrumb"), N("12 januari 2026", ctx="biljettpriser från [12 januari 2026]", note="heading"),
        N("4 november 2025"), N("12 januari 2026", ctx="från den [12 januari 2026].", note="places the prices"),
        N("30", ctx="en [30]-dagarsbiljett", note="part of a product name"), N("19 år", note="age band"), N("7 år", note="age band"),
        N("2025", ctx="Enkelbiljett [2025]", note="column header"), N("2026", ctx="Enkelbiljett [2026]", note="column header"),
        N("2025", ctx="Periodbiljett [2025]", note="column header"), N("2026", ctx="Periodbiljett [2026]", note="column header"),
        N("2024", ctx="Under [2024] gjordes", note="places the claim"), N("12 januari", ctx="före den [12 januari] gäller", note="date"),
        N("418", ctx="Box [418]", note="postal box"), N("851 06", note="postal code"), N("0771-26 26 00"),
        N("232100-0917", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. music festival association's annual report 2025 (dateline 12 mars 2026)
    BE = ("besök", "besök")
    FP = ("Ett festivalpass", "festivalpass")
    ME = ("medlemmar", "medlemmar")
    KO = ("Kostnaderna", "Kostnaderna")
    UT2 = ("Utsläppen från besökarnas resor och festivalens energi", "Utsläppen")
    JB = ("Jonas Bergkvist", "quote")
    nc = lambda u, sc: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y19, F, F)]
    GOLD["r27_b_festival_2025"] = [
        G("tre dagar", 3, "day", optional=True, **L25, s=None, sp=None, note="the festival's length describes the event"),
        G("31 600 besök", 31600, "count", **L25, direction=INC, s=BE, sp=None, note="the report's year (lenient); ', 8 procent fler än 2024 men ... under rekordåret'"),
        G("8 procent", 8, "percent", ctx="besök, [8 procent] fler", **L25, direction=INC, s=None, sp=None),
        G("34 900 besök", 34900, "count", t=Y19, s=BE, sp=None, note="'rekordåret 2019, då'"),
        G("9 400 festivalpass", 9400, "count", **L25, s=("festivalpass", "festivalpass"), sp=None),
        G("5 100 dagbiljetter", 5100, "count", **L25, s=("dagbiljetter", "dagbiljetter"), sp=None),
        G("1 595 kronor", 1595, "SEK", **L25, direction=INC, s=FP, sp=None, note="', en höjning med ... jämfört med föregående år'"),
        G("100 kronor", 100, "SEK", **L25, direction=INC, s=FP, sp=None),
        G("42 akter", 42, "count", **L25, s=("akter", "akter"), sp=None),
        G("fyra scener", 4, "count", **L25, s=("scener", "scener"), sp=None),
        G("19", 19, "count", ctx="varav [19] med", **L25, s=None, sp=None, note="'varav'"),
        G("45 procent", 45, "percent", **L25, direction=INC, s=("Andelen", "Andelen"), sp=None, note="', mot 38 procent 2024'"),
        G("38 procent", 38, "percent", t=Y24, s=("Andelen", "Andelen"), sp=None),
        G("1 148 medlemmar", 1148, "count", **L25, direction=INC, s=ME, sp=None, note="'vid årets slut'; ', mot ... ett år tidigare'"),
        G("1 032", 1032, "count", ctx="mot [1 032] ett år", **L24, s=ME, sp=None),
        G("1 090", 1090, "count", ctx="med [1 090].", t=Y19, s=("det förra rekordet", "rekordet"), sp=None),
        G("386 volontärer", 386, "count", **L25, s=("volontärer", "volontärer"), sp=None),
        G("omkring 9 800 timmar", 9800, "hour", bound="approx", **L25, s=None, sp=None, note="the volunteers are the actor"),
        G("24,7 miljoner kronor", 24.7e6, "SEK", **L25, s=("Intäkterna", "Intäkterna"), sp=None),
        G("21,9 miljoner kronor", 21.9e6, "SEK", t=Y24, s=("Intäkterna", "Intäkterna"), sp=None, note="labelled bracket '2024'"),
        G("15,3 miljoner kronor", 15.3e6, "SEK", **L25, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'svarade för' takes X"),
        G("5,8 miljoner kronor", 5.8e6, "SEK", **L25, s=("barförsäljningen", "barförsäljningen"), sp=None),
        G("drygt 7 procent", 7, "percent", bound="approx", **L25, direction=INC, s=KO, sp=None, note="'ökade med ... till'"),
        G("23,9 miljoner kronor", 23.9e6, "SEK", **L25, direction=INC, s=KO, sp=None),
        G("812 000 kronor", 812000, "SEK", **L25, s=("ett överskott", "överskott"), sp=None),
        G("340 000 kronor", 340000, "SEK", **L24, s=("ett underskott", "underskott"), sp=None, note="'året innan'; a deficit named by its noun: positive value"),
        G("9,4 kilo", 9.4, "kg", per="visit", **L25, direction=DEC, s=UT2, sp=None, note="'per besök' per=visit; 'ned från ... 2024'"),
        G("11,2 kilo", 11.2, "kg", per="visit", t=Y24, s=UT2, sp=None),
        G("drygt 60 procent", 60, "percent", bound="approx", **L25, s=("Andelen besökare som kom med tåg, buss eller cykel", "Andelen"), sp=None),
        *_row(G, "Besök", ["31 600", "29 250", "34 900"], nc("count", 1), ("Besök", "Besök"), note="table 'Nyckeltal': '2025' / '2024' / '2019' explicit; rows are measures"),
        *_row(G, "Sålda festivalpass", ["9 400", "8 750", "10 300"], nc("count", 1), ("Sålda festivalpass", "festivalpass")),
        *_row(G, "Medlemmar", ["1 148", "1 032", "1 090"], nc("count", 1), ("Medlemmar", "Medlemmar")),
        *_row(G, "Intäkter, tkr", ["24 700", "21 900", "22 400"], nc("SEK", 1e3), ("Intäkter", "Intäkter")),
        *_row(G, "Resultat, tkr", ["812", "−340", "1 600"], nc("SEK", 1e3), ("Resultat", "Resultat"), note="'−340' a negative value (sign, no direction)"),
        G("33 000 besök", 33000, "count", t=Y26, s=BE, sp=JB, note="quote; target 'I sommar' resolves against the dateline (2026)"),
    ]
    NEG["r27_b_festival_2025"] = [
        N("2025", ctx="verksamhetsberättelse [2025]", note="title"), N("802511-4367", note="org number"),
        N("2025", ctx="räkenskapsåret [2025]", note="names the report's year"), N("10–12 juli", note="dates"),
        N("2024", ctx="fler än [2024] men", note="places the comparison"), N("2019", ctx="rekordåret [2019]", note="places the claim"),
        N("2024", ctx="procent [2024].", note="places the claim"), N("2019", ctx="från [2019] med", note="places the claim"),
        N("2024", ctx="kronor [2024])", note="the bracket's label"), N("2024", ctx="kilo [2024].", note="places the from-value"),
        N("2025", ctx="Nyckeltal [2025]", note="column header"), N("2024", ctx="2025 [2024] 2019 Besök", note="column header"),
        N("2019", ctx="2024 [2019] Besök", note="column header"), N("2019", ctx="sedan [2019].", note="places a comparison"),
        N("12 mars 2026", note="dateline"),
    ]

    return GOLD, NEG
