"""Round 36, part A (r36_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 36, part A (r36_a_*): eight kinds, written from scratch (r36_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a savings bank's
# interim report January-September 2026 (dateline 'Lidvik den 21 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period 2025'; bullets under 'JANUARI–SEPTEMBER 2026 I KORTHET' / 'TREDJE KVARTALET 2026'; K/I-tal,
# credit losses, lending growth; the CEO's quote; plain-text table 'NYCKELTAL I SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' /
# 'Jan–sep 2026' / 'Jan–sep 2025' in MSEK with negative cost rows), a county statistics office's housing-price report
# for November 2026 (Markdown, 'Publicerad 30 november 2026'; Markdown table by municipality 'Kr/kvm nov 2026' / '1
# mån, %' / '3 mån, %' / '12 mån, %' with a bold total row and the caption below it; villas, the statistician's quote
# and 'Hon påpekar'), a municipality's annual report 2025 (HTML, 'Publicerad 24 april 2026'; result, budget
# deviation, soliditet, loans per invånare, HTML table 'Finansiella nyckeltal 2023–2025' '2025' / '2024' / '2023'; the
# chair's quote, the opposition's 'Enligt ... säger han'), a rescue service's annual statistics 2025 ('Publicerad 18
# februari 2026'; plain-text table 'Utryckningar per typ, antal' '2025' / '2024' / 'Snitt 2020–2024'; response times
# in minuter against the country, targets, two quotes, per 10 000 invånare), an UNDATED op-ed on school funding (no
# date, no sidecar; kronor per elev between two municipalities, 'Sedan 2015', lärare per 100 elever, Finland, three
# numbered demands, 'Enligt våra beräkningar'), a weekly fuel-price letter for week 41 dated only by its sidecar
# (2026-10-12; kronor per liter, plain-text table 'Genomsnittligt pumppris, kronor per liter' 'Denna vecka' / 'Förra
# veckan' / 'För ett år sedan' / 'Förändring mot förra veckan, öre', a gas row in kronor per kilo; crude in dollar per
# fat, the analyst's quote, a household example), a port company's traffic statistics for the third quarter 2026
# (Markdown, dateline 'Kallvik den 15 oktober 2026'; tonnes, TEU, vessel calls; Markdown table 'Kv 3 2026, tusen ton' /
# 'Kv 3 2025, tusen ton' / 'Förändring, %' with a bold total row; januari–september with a bracket, the CEO's quote and
# 'Hon konstaterar'), and a regional tourism organisation's summer report 2026 ('Publicerad 8 oktober 2026';
# plain-text table 'Gästnätter juni–augusti per land, antal' '2026' / '2025' / 'Förändring, %'; occupancy, spending
# in miljoner kronor, two quotes).
# The r8-r35 decisions are followed (headers of gold_r28_a.py, gold_r33_a.py, gold_r34_a.py, gold_r35_a.py):
# periods at year grain; relative expressions in the sentence ('i fjol', 'förra året', 'nästa år') resolve against
# the publication date and are not lenient; 'året innan', 'året före', 'för ett år sedan', 'vid årsskiftet', 'nu',
# 'i dag', a month, quarter or season without a year, a heading's, caption's or the document's period are lenient;
# present tense is lenient on the publication year; brackets are lenient on the period the bracket note names;
# a level followed by ', jämfört med', ', en ökning/minskning med', ', vilket är X mer', 'X fler än' is the new value
# after a change; from-values have no direction; comparisons at one time (the country, another municipality, a
# competitor, the budget) have no direction; a comparison with an earlier point ('lägre än under samma kvartal 2023',
# 'fler än under rekordsommaren 2019', 'mindre än med priset för ett år sedan') takes the current period with a
# direction; multipliers optional; a survey's or statistic's sample, thresholds and the set a text names optional;
# standing targets with no year have no period; table cells take their column headers' periods, change columns their
# direction from the sign ('0', '0,0' none) and the later period, lenient; rows that are categories take the
# caption's measure as subject, rows that are measures their own label; 'per aktie' per="share", 'per invånare' and
# 'per 10 000 invånare' per="capita" (value as written), 'kronor per elev och år' per="capita", 'lärare per 100
# elever' per="pupil", 'kronor per liter' and öre changes in a per-litre context per="l", 'kronor per kilo' per="kg",
# 'dollar per fat' USD per="barrel", 'per natt' per="night", 'per dygn' per="day", 'per år' / 'om året' per="year",
# 'i veckan' per="week", 'mil' km (x10); 'X procent av Y' and 'X av Y' take Y; 'X står/svarar för Y' takes X; a quote
# credits every figure in it and 'Hon påpekar' / 'Hon konstaterar' right after it keep the speaker; 'Enligt X' enligt;
# 'vilket' / 'Det' / pronouns / elided nouns s None; a payer or spender is no subject; the UNDATED text has no period.
# Where those were silent, decided here:
# - Bank: the K/I-tal ('0,41') is a bare decimal, unit "number" (not 'ratio', which is for words). 'på tolv månader'
#   and 'niomånadersperiod' are left out (they name the comparison window). 'Rörelsekostnader' and 'Kreditförluster,
#   netto' cells keep their minus sign (value as written), no direction (not a change column). The headings carry a
#   year ('JANUARI–SEPTEMBER 2026 I KORTHET', 'TREDJE KVARTALET 2026'): lenient, as headings. 'ökade med drygt 6 000 ...
#   och uppgår nu till 312 000' 312 000 increase (the new value). 'överstiger ... krav med 4,3 procentenheter' one
#   time, s the ratio. 'de osäkra fordringarna motsvarar knappt 0,5 procent av utlåningen' takes Y.
# - Housing (published 2026-11-30): 'i november' 2026 lenient; 'jämfört med november 2025 är bostadsrätterna 4,8
#   procent dyrare' increase, 2026 lenient. Sample '1 862 bostadsrätter' / '744 villor' optional (method); the dates
#   '1' and '25 november' N. 'mellan 2 och 4 procent under nästa år' 2027 explicit, increase (a forecast of rising
#   prices). 'tio månader i rad' a duration, no period. '23 dagar, att jämföra med 31 dagar i november förra året'
#   23 decrease, 31 2025 explicit keeping the subject (unit written). Table: 'Kr/kvm nov 2026' explicit, SEK per="m2";
#   the change columns 2026 lenient signed; rows are municipalities: s the caption's 'Genomsnittligt pris för sålda
#   bostadsrätter'; the bold total row located with its '**'. 'färre än 30 försäljningar' optional threshold.
# - Annual report (HTML, published 2026-04-24): 'Årets resultat', 'vid årets slut', 'Under året' 2025 lenient; '41
#   miljoner kronor bättre än budget' and '74 miljoner kronor lägre än budgeterat' comparisons with the budget (one
#   time, s None). 'minus 21 miljoner kronor' value −21e6, s 'vård- och omsorgsnämnden' (X står för). 'Soliditeten steg
#   till 38 procent från 36 procent året innan' 38 increase, 36 2024 lenient from-value. 'minst 2 procent' (chair's
#   quote) and 'målet om minst 60 procent' standing targets, no period. 'Ungefär hälften av avvikelsen' ratio 0.5.
#   The loan forecast 'cirka 1,6 miljarder kronor' increase, 2028 lenient (the end of 'perioden 2026–2028'). Table:
#   '2025' / '2024' / '2023' explicit; rows are measures; 'Nettokostnad per invånare, kr' per="capita"; the '31' of
#   'Antal invånare 31 december' N. The opposition councillor's words have no figure ('med ett år' left out). '142
#   sidor' optional (page count).
# - Rescue (published 2026-02-18): '2 874 utryckningar under 2025' explicit, decrease (next sentence 'Det är 3
#   procent färre'). 'Bränder i bostäder svarade för 61 av dem' takes X. Table: 'Snitt 2020–2024' ('2020', '2024')
#   explicit, per None (as r28_a's 'Snitt 2016–2025'); rows are call-out types: s the caption's 'Utryckningar'.
#   'var i median 11,4 minuter under 2025, jämfört med 12,3 minuter året innan' 11,4 explicit decrease, 12,3 2024
#   lenient. The country's '12,6 minuter' enligt ('enligt den nationella insatsstatistiken'). 'nästan en minut' left
#   out (number word 'en'); '25–30 minuter' present tense, 2026 lenient, quote. Targets 'inom 10 minuter' (at_most) and
#   'vid minst 90 procent av larmen' standing, no period, required. '84 procent av larmen, en förbättring med 5
#   procentenheter' both increase, s 'larmen'. 'två personer ..., jämfört med fem året innan' två decrease, fem 2024
#   lenient s None. 'per 10 000 invånare var 7,7 ..., att jämföra med 8,9 i riket' per="capita", one time. Road
#   numbers '83' and '640' N.
# - Op-ed (UNDATED): no periods ('Förra året', 'Sedan 2015' do not resolve). '30 kilometer' a required measure, s
#   None. The example's '25 elever' optional (per="class"), its result 'nästan 600 000 kronor om året' required, s None.
#   'de tio mest resursstarka kommunerna' / 'de tio svagaste' the sets (optional count 10). '8,6 lärare på 100 elever'
#   per="pupil"; 'Rikssnittet ligger kring 7,8' per carried. 'hälften så stor' optional multiplier. 'var femte elev' enligt
#   ('Enligt den senaste nationella uppföljningen'); 'mindre än var tionde' ratio 0.1 less_than, s 'andelen', no
#   speaker (its own sentence). 'minst 120 timmar om året' hour per="year", s None. 'mindre än en procent' annotated
#   (a percentage written with 'en'), s Y. 'senast om fem år' a duration 5 year, required, s None. 'årskurs 9' N.
# - Fuel (sidecar 2026-10-12, week 41): 'under veckan', 'veckan innan', 'Denna vecka', 'Förra veckan', 'på fredagen',
#   'den närmaste veckan', 'i dag' 2026 lenient; the column 'För ett år sedan' and the sentence 'För ett år sedan ...'
#   2025 lenient. 'HVO100 var oförändrat, 24,35 kronor' no direction. 'Det är 5,43 kronor mer än för fossil diesel'
#   one time. '25–30 procent mer E85' s 'E85'. '1 500 mil per år' optional (km 15000, per="year"), '0,7 liter per mil'
#   optional (defines the example); its result 'drygt 18 500 kronor om året' required s None; 'ungefär 700 kronor
#   mindre än med priset för ett år sedan' decrease. 'Bränslebevakningens beräkningar' enligt. Product names 'bensin
#   95', 'HVO100', 'E85' and the week number N.
# - Port (dateline 2026-10-15): 'under tredje kvartalet 2026' explicit; 'Under kvartalet', 'Under årets första nio
#   månader', 'för helåret' 2026 lenient. TEU is unit "TEU" (as earlier rounds). '(312 900)' 2025 lenient (the note
#   'Siffror inom parentes avser motsvarande period 2025'). '450 000 TEU för helåret' increase (next sentence 'en
#   ökning med mellan 6 och 8 procent'). 'ett riktmärke på högst 80 procent' optional threshold, speaker kept ('Hon
#   konstaterar'). 'en ny kaj med 14 meters djup' required (m). 'drygt 200 000 TEU per år' increase, 2028 lenient
#   (the quay 'ska stå klar 2028'). 'minst hälften av alla anlöp ... år 2030' ratio 0.5 at_least, explicit.
#   'Skogsprodukterna ökade med en tredjedel' ratio 1/3 increase. Table: 'Kv 3 2026, tusen ton' / 'Kv 3 2025, tusen
#   ton' explicit (tonne x1000), 'Förändring, %' 2026 lenient signed; rows are cargo types: s the heading's 'Gods'.
# - Tourism (published 2026-10-08): 'Under juni–augusti' 2026 lenient (season of 'Sommaren 2026'). 'de svenska'
#   (elided noun) s None. 'Tyskland ... svarade för nästan var tredje utländsk gästnatt' ratio 1/3 approx, X-takes.
#   '4,1 nätter' count (as r34's '4,2 nätter'), s 'De här gästerna'; '2,6 nätter för svenska gäster' one time s None.
#   'I juli ... 79 procent ..., högre än riksgenomsnittet på 71 procent' one time. 'Besökarna spenderade enligt
#   beräkningar från Destination Fjällstrand' enligt on both figures of that sentence; the spenders are no subject
#   ('varav cirka 640 miljoner kronor på boende' s 'boende'). 'kronor per dygn' per="day", s None (spender). 'mellan 400
#   och 500 nya bäddar' 2030 lenient (the goal's year). 'mer än fördubblats' left out (no figure written).
# - Negatives: datelines and Publicerad lines, titles' and column headers' periods, years and dates that only place a
#   claim, a comparison or a target, next-report dates, rate denominators ('10 000', '100'), product names, road and
#   week numbers, grade names, list numbering, times of day, phone numbers, street numbers, postal codes, org numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027", "2028", "2030")}
    Y24, Y25, Y26, Y27, Y28, Y30 = (Y[y] for y in ("2024", "2025", "2026", "2027", "2028", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. savings bank, interim report Jan-Sep 2026 (dateline 21 oktober 2026)
    AH = ("Annika Holmgren-Sahlin", "quote")
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KFN = ("en kreditförlustnivå", "kreditförlustnivå")
    KI = ("K/I-talet", "K/I-talet")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    UA = ("Utlåningen till allmänheten", "Utlåningen")
    RPA = ("Resultat per aktie", "Resultat")
    IL = ("Inlåningen från allmänheten", "Inlåningen")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    AK = ("Antalet privatkunder som har banken som huvudbank", "Antalet")
    BR = ("Den genomsnittliga räntan på nya bolån", "räntan")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r36_a_sparbank_q3"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L26, direction=DEC, s=RN, sp=None, note="bullets under 'JANUARI–SEPTEMBER 2026 I KORTHET' (a heading: lenient)"),
        G("2 318", 2318e6, "SEK", ctx="till [2 318] (2 415)", **L26, direction=DEC, s=RN, sp=None),
        G("2 415", 2415e6, "SEK", ctx="2 318 ([2 415]) MSEK", **L25, s=RN, sp=None, note="bracket: 'motsvarande period 2025' in the note"),
        G("612", 612e6, "SEK", ctx="ökade till [612] (571)", **L26, direction=INC, s=PN, sp=None),
        G("571", 571e6, "SEK", ctx="612 ([571]) MSEK", **L25, s=PN, sp=None),
        G("1 689", 1689e6, "SEK", ctx="uppgick till [1 689] (1 730)", **L26, s=RR, sp=None),
        G("1 730", 1730e6, "SEK", ctx="1 689 ([1 730]) MSEK", **L25, s=RR, sp=None),
        G("96", 96e6, "SEK", ctx="uppgick till [96] (142)", **L26, s=KF, sp=None),
        G("142", 142e6, "SEK", ctx="96 ([142]) MSEK", **L25, s=KF, sp=None),
        G("0,08", 0.08, "percent", ctx="kreditförlustnivå på [0,08] (0,12)", **L26, s=KFN, sp=None),
        G("0,12", 0.12, "percent", ctx="0,08 ([0,12]) procent", **L25, s=KFN, sp=None),
        G("0,41", 0.41, "number", ctx="blev [0,41] (0,39)", **L26, s=KI, sp=None, note="a bare decimal: number"),
        G("0,39", 0.39, "number", ctx="0,41 ([0,39]).", **L25, s=KI, sp=None),
        G("12,6", 12.6, "percent", ctx="var [12,6] (14,1)", **L26, s=RE, sp=None),
        G("14,1", 14.1, "percent", ctx="12,6 ([14,1]) procent", **L25, s=RE, sp=None),
        G("761", 761e6, "SEK", ctx="uppgick till [761] (809)", **L26, s=RN, sp=None, note="'TREDJE KVARTALET 2026' heading"),
        G("809", 809e6, "SEK", ctx="761 ([809]) MSEK", **L25, s=RN, sp=None),
        G("562", 562e6, "SEK", ctx="blev [562] (598)", **L26, s=RR, sp=None),
        G("598", 598e6, "SEK", ctx="562 ([598]) MSEK", **L25, s=RR, sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=UA, sp=None),
        G("164,2 miljarder kronor", 164.2e9, "SEK", **L26, direction=INC, s=UA, sp=None),
        G("2,84", 2.84, "SEK", per="share", ctx="uppgick till [2,84] (3,02)", **L26, s=RPA, sp=None),
        G("3,02", 3.02, "SEK", per="share", ctx="2,84 ([3,02]) kronor", **L25, s=RPA, sp=None),
        G("mellan 1 660 och 1 690 MSEK", None, "SEK", low=1660e6, high=1690e6, **L26, s=("helårets kostnader", "kostnader"), sp=AH, note="forecast for the full year; quote"),
        G("knappt 0,5 procent", 0.5, "percent", bound="approx", **L26, s=("utlåningen", "utlåningen"), sp=AH, note="'X procent av Y' takes Y"),
        G("2,4 procent", 2.4, "percent", **L26, direction=INC, s=("Bolåneutlåningen till hushåll", "Bolåneutlåningen"), sp=None),
        G("4,9 procent", 4.9, "percent", **L26, direction=INC, s=("utlåningen till företag", "utlåningen"), sp=None),
        G("23 procent", 23, "percent", **L26, s=("Bankens andel av nya bolån", "andel"), sp=None, note="'under kvartalet'"),
        G("19 procent", 19, "percent", **L26, s=None, sp=None, note="one time, elided noun"),
        G("118,6 miljarder kronor", 118.6e9, "SEK", **L26, direction=INC, s=IL, sp=None, note="'den 30 september'; ', en ökning med'"),
        G("5,3 miljarder kronor", 5.3e9, "SEK", **L26, direction=INC, s=IL, sp=None),
        G("3,21 procent", 3.21, "percent", **L26, direction=DEC, s=BR, sp=None, note="'ned från'"),
        G("3,74 procent", 3.74, "percent", **L26, s=BR, sp=None, note="from-value 'i januari'"),
        G("drygt 6 000", 6000, "count", bound="approx", **L26, direction=INC, s=AK, sp=None),
        G("312 000", 312000, "count", **L26, direction=INC, s=AK, sp=None, note="'uppgår nu till': the new value"),
        G("17,9 procent", 17.9, "percent", **L26, direction=INC, s=KP, sp=None, note="', jämfört med ... vid årsskiftet'"),
        G("17,2 procent", 17.2, "percent", **L25, s=KP, sp=None),
        G("4,3 procentenheter", 4.3, "percentage_point", **L26, s=KP, sp=None, note="one time against the requirement"),
        G("minst 1,5 procentenheter", 1.5, "percentage_point", bound="at_least", s=("relationen", "relationen"), sp=None, note="standing target"),
        G("164 procent", 164, "percent", **L26, s=("Likviditetstäckningsgraden", "Likviditetstäckningsgraden"), sp=None),
        *_row(G, "Räntenetto", ["761", "809", "2 318", "2 415"], sq("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL I SAMMANDRAG', 'MSEK': 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Provisionsnetto", ["214", "196", "612", "571"], sq("SEK", 1e6), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Summa rörelseintäkter", ["1 012", "1 047", "3 025", "3 061"], sq("SEK", 1e6), ("Summa rörelseintäkter", "rörelseintäkter")),
        *_row(G, "Rörelsekostnader", ["−421", "−402", "−1 240", "−1 189"], sq("SEK", 1e6), ("Rörelsekostnader", "Rörelsekostnader")),
        *_row(G, "Kreditförluster, netto", ["−29", "−47", "−96", "−142"], sq("SEK", 1e6), ("Kreditförluster", "Kreditförluster")),
        *_row(G, "Rörelseresultat", ["562", "598", "1 689", "1 730"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "K/I-tal", ["0,42", "0,38", "0,41", "0,39"], sq("number", 1), ("K/I-tal", "K/I-tal")),
        *_row(G, "Resultat per aktie, kr", ["2,84", "3,02", "8,51", "8,74"], sq("SEK", 1, "share"), RPA),
    ]
    NEG["r36_a_sparbank_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("21 oktober 2026", occ=1, note="dateline"),
        N("2025", ctx="motsvarande period [2025] om", note="names the bracket period"),
        N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"), N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"),
        N("30 september", occ=1), N("30 september", occ=2),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("07.00", note="time of day"), N("21 oktober 2026", occ=2),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("29 januari 2027", note="next report"),
        N("0523-41 70 00"), N("0523-41 70 22"), N("516406-2281", note="org number"),
    ]

    # ------------------------------------------------------------ 2. housing prices November 2026 (Markdown, Publicerad 30 november 2026)
    LW = ("Lena Wahlbeck", "quote")
    PB = ("Priserna på bostadsrätter i Sundsland", "Priserna")
    GPc = ("Genomsnittligt pris för sålda bostadsrätter", "pris")
    bc = [("SEK", 1, "m2", Y26, F, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r36_a_bostadspriser_nov"] = [
        G("0,3 procent", 0.3, "percent", **L26, direction=DEC, s=PB, sp=None, note="'i november' (no year); 'i stort sett oförändrade, en nedgång med'"),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction=INC, s=("bostadsrätterna", "bostadsrätterna"), sp=None, note="'jämfört med november 2025 ... dyrare'"),
        G("41 700 kronor", 41700, "SEK", per="m2", **L26, s=("En bostadsrätt i länet", "bostadsrätt"), sp=None),
        G("0,9 procent", 0.9, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None, note="'För villor steg priserna'"),
        G("6,1 procent", 6.1, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None),
        G("4 215 000 kronor", 4215000, "SEK", **L26, direction=INC, s=("En genomsnittlig villa i länet", "villa"), sp=None, note="', vilket är ... mer än för ett år sedan': the new value"),
        G("drygt 240 000 kronor", 240000, "SEK", bound="approx", **L26, direction=INC, s=None, sp=None),
        G("1 862 bostadsrätter", 1862, "count", optional=True, **L26, s=("bostadsrätter", "bostadsrätter"), sp=None, note="the statistic's sample"),
        G("744 villor", 744, "count", optional=True, **L26, s=("villor", "villor"), sp=None),
        *_row(G, "| Hallvik", ["58 300", "−0,6", "+0,8", "+5,2"], bc, GPc, sep=" | ", note="Markdown table; caption below 'Genomsnittligt pris för sålda bostadsrätter, kronor per kvadratmeter, och prisförändring i procent'; 'Kr/kvm nov 2026' explicit, change columns 2026 lenient signed; rows are municipalities"),
        *_row(G, "| Brunnsby", ["44 900", "−0,4", "+1,1", "+4,9"], bc, GPc, sep=" | "),
        *_row(G, "| Kvarnsta", ["36 200", "+0,2", "+1,9", "+6,3"], bc, GPc, sep=" | "),
        *_row(G, "| Österlida", ["27 800", "−1,1", "−0,4", "+2,1"], bc, GPc, sep=" | "),
        *_row(G, "| Tallmo", ["19 600", "0,0", "+1,4", "+3,7"], bc, GPc, sep=" | "),
        G("41 700", 41700, "SEK", per="m2", ctx="**[41 700]**", t=Y26, s=GPc, sp=None, note="bold total row 'Sundsland totalt'"),
        G("−0,3", -0.3, "percent", ctx="**[−0,3]**", **L26, direction=DEC, s=GPc, sp=None),
        G("+1,2", 1.2, "percent", ctx="**[+1,2]**", **L26, direction=INC, s=GPc, sp=None),
        G("+4,8", 4.8, "percent", ctx="**[+4,8]**", **L26, direction=INC, s=GPc, sp=None),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", optional=True, **L26, s=None, sp=None, note="multiplier, one time"),
        G("47 300 kronor", 47300, "SEK", per="m2", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("knappt 12 procent", 12, "percent", bound="approx", **L26, s=("länet som helhet", "länet"), sp=None, note="one time, no direction"),
        G("6,3 procent", 6.3, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=DEC, s=("priserna", "priserna"), sp=None),
        G("6 140 000 kronor", 6140000, "SEK", **L26, s=("En villa i Hallvik", "villa"), sp=None),
        G("1 980 000 kronor", 1980000, "SEK", **L26, s=("motsvarande pris i Tallmo", "pris"), sp=None),
        G("23 dagar", 23, "day", **L26, direction=DEC, s=("den genomsnittliga tiden från annons till kontrakt", "tiden"), sp=None, note="', att jämföra med 31 dagar i november förra året'"),
        G("31 dagar", 31, "day", t=Y25, s=("den genomsnittliga tiden från annons till kontrakt", "tiden"), sp=None, note="'förra året' resolves"),
        G("tio månader", 10, "month", s=None, sp=LW, note="'ökat tio månader i rad': a duration"),
        G("kring 3 procent", 3, "percent", bound="approx", **L26, s=("en bolåneränta", "bolåneränta"), sp=LW),
        G("mellan 2 och 4 procent", None, "percent", low=2, high=4, t=Y27, direction=INC, s=("villapriserna", "villapriserna"), sp=LW, note="'under nästa år' resolves"),
        G("omkring 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("priserna på bostadsrätter", "priserna"), sp=LW, note="'Hon påpekar'; 'under toppnivån våren 2022'"),
        G("färre än 30 försäljningar", 30, "count", bound="less_than", optional=True, s=("försäljningar", "försäljningar"), sp=None, note="threshold"),
    ]
    NEG["r36_a_bostadspriser_nov"] = [
        N("november 2026", occ=1, note="title"), N("30 november 2026", note="Publicerad"),
        N("november 2025", note="comparison period"), N("1", ctx="mellan den [1] och", note="date"),
        N("25 november", note="date"), N("nov 2026", note="column header"),
        N("1 mån", note="column header"), N("3 mån", note="column header"), N("12 mån", note="column header"),
        N("1", ctx="Tabell [1].", note="table number"), N("2022", ctx="våren [2022]"),
        N("december 2026", note="next report's month"), N("8 januari 2027", note="next report"), N("0611-38 42 10"),
    ]

    # ------------------------------------------------------------ 3. municipality, annual report 2025 (HTML, Publicerad 24 april 2026)
    BA = ("Birgitta Alvéus", "quote")
    AR = ("Årets resultat", "resultat")
    SO = ("Soliditeten", "Soliditeten")
    LL = ("Kommunens långfristiga lån", "lån")
    ex = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, ("2023", "2023"), F, F)]
    GOLD["r36_a_arsredovisning_2025"] = [
        G("63 miljoner kronor", 63e6, "SEK", occ=1, t=Y25, s=("ett resultat", "resultat"), sp=None, note="ingress 'för 2025'"),
        G("41 miljoner kronor", 41e6, "SEK", **L25, s=None, sp=None, note="'Det är ... bättre än budget': one time"),
        G("2,6 procent", 2.6, "percent", **L25, s=("skatteintäkter och generella statsbidrag", "skatteintäkter"), sp=None, note="'motsvarar X procent av Y' takes Y"),
        G("63 miljoner kronor", 63e6, "SEK", occ=2, **L25, direction=INC, s=AR, sp=None, note="', jämfört med 18 miljoner kronor 2024'"),
        G("18 miljoner kronor", 18e6, "SEK", t=Y24, s=AR, sp=None),
        G("29 miljoner kronor", 29e6, "SEK", **L25, s=("skatteintäkterna", "skatteintäkterna"), sp=None, note="against the estimate: one time"),
        G("12 miljoner kronor", 12e6, "SEK", **L25, s=("ett underskott mot budget", "underskott"), sp=None),
        G("minus 21 miljoner kronor", -21e6, "SEK", **L25, s=("vård- och omsorgsnämnden", "omsorgsnämnden"), sp=None, note="'varav X står för'"),
        G("38 procent", 38, "percent", **L25, direction=INC, s=SO, sp=None, note="'steg till ... från ... året innan'"),
        G("36 procent", 36, "percent", **L24, s=SO, sp=None, note="from-value"),
        G("21 procent", 21, "percent", **L25, s=("soliditeten", "soliditeten"), sp=None),
        G("1 140 miljoner kronor", 1140e6, "SEK", **L25, s=LL, sp=None, note="'vid årets slut'"),
        G("41 700 kronor", 41700, "SEK", per="capita", **L25, s=LL, sp=None, note="apposition"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=BA, note="standing target; quote"),
        G("286 miljoner kronor", 286e6, "SEK", **L25, s=("Nettoinvesteringarna", "Nettoinvesteringarna"), sp=None),
        G("74 miljoner kronor", 74e6, "SEK", **L25, s=None, sp=None, note="'vilket är ... lägre än budgeterat': one time"),
        G("Ungefär hälften", 0.5, "ratio", bound="approx", **L25, s=("avvikelsen", "avvikelsen"), sp=None),
        G("71 procent", 71, "percent", **L25, s=("investeringarna", "investeringarna"), sp=None),
        G("minst 60 procent", 60, "percent", bound="at_least", s=("målet", "målet"), sp=None, note="standing target"),
        *_row(G, "Årets resultat, mnkr", ["63", "18", "47"], ex("SEK", 1e6), AR, note="HTML table 'Finansiella nyckeltal 2023–2025': '2025' / '2024' / '2023' explicit; rows are measures"),
        *_row(G, "Resultat i % av skatter och bidrag", ["2,6", "0,8", "2,1"], ex("percent", 1), ("Resultat i % av skatter och bidrag", "Resultat")),
        *_row(G, "Nettoinvesteringar, mnkr", ["286", "312", "241"], ex("SEK", 1e6), ("Nettoinvesteringar", "Nettoinvesteringar")),
        *_row(G, "Soliditet, %", ["38", "36", "37"], ex("percent", 1), ("Soliditet", "Soliditet")),
        *_row(G, "Långfristiga lån, mnkr", ["1 140", "1 065", "930"], ex("SEK", 1e6), ("Långfristiga lån", "lån")),
        *_row(G, "Nettokostnad per invånare, kr", ["83 900", "80 200", "76 500"], ex("SEK", 1, "capita"), ("Nettokostnad per invånare", "Nettokostnad")),
        *_row(G, "Antal invånare 31 december", ["27 340", "27 195", "27 080"], ex("count", 1), ("Antal invånare", "Antal")),
        G("145 personer", 145, "count", **L25, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None),
        G("27 340 invånare", 27340, "count", **L25, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None, note="'ökade ... till': the new value"),
        G("1 390", 1390, "count", **L25, s=("Antalet barn i förskolan", "Antalet"), sp=None),
        G("drygt 3 100", 3100, "count", bound="approx", **L25, s=("antalet elever i grundskolan", "antalet"), sp=None),
        G("27 900 kronor", 27900, "SEK", per="capita", **L25, s=("Nettokostnaden för äldreomsorgen", "Nettokostnaden"), sp=None),
        G("cirka 8 procent", 8, "percent", bound="approx", **L25, s=None, sp=None, note="'vilket är ... mer än genomsnittet för jämförbara kommuner': one time"),
        G("2 412 tillsvidareanställda", 2412, "count", t=Y25, s=("tillsvidareanställda", "tillsvidareanställda"), sp=None, note="'i december 2025'"),
        G("7,4 procent", 7.4, "percent", **L25, direction=DEC, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("8,1 procent", 8.1, "percent", **L24, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None, note="from-value 'året före'"),
        G("38 miljoner kronor", 38e6, "SEK", t=Y26, s=("ett resultat", "resultat"), sp=None, note="'Budgeten för 2026'"),
        G("mellan 900 och 1 000 miljoner kronor", None, "SEK", low=900e6, high=1000e6, t=("2026", "2028"), s=("investeringar", "investeringar"), sp=None),
        G("cirka 1,6 miljarder kronor", 1.6e9, "SEK", bound="approx", t=Y28, lenient=True, direction=INC, s=("låneskulden", "låneskulden"), sp=None, note="'väntas stiga till' by the end of 'perioden 2026–2028'"),
        G("142 sidor", 142, "count", optional=True, s=None, sp=None, note="page count"),
    ]
    NEG["r36_a_arsredovisning_2025"] = [
        N("2025", ctx="Årsredovisning [2025]: överskott", note="h1"), N("24 april 2026", note="Publicerad"),
        N("2025", ctx="miljoner kronor för [2025].", note="places the result"), N("2024", ctx="miljoner kronor [2024].", note="places the comparison"),
        N("2024", ctx="ett svagt [2024].", note="places a year"),
        N("2023–2025", note="caption"), N("2025", ctx="Nyckeltal [2025] 2024", note="column header"),
        N("2024", ctx="Nyckeltal 2025 [2024] 2023", note="column header"), N("2023", ctx="Nyckeltal 2025 2024 [2023]", note="column header"),
        N("31", ctx="invånare [31] december", note="date in a row label"), N("december 2025"),
        N("2026", ctx="Budgeten för [2026]"), N("2026–2028"), N("18 maj 2026", note="meeting date"),
        N("22", ctx="Storgatan [22]", note="street number"), N("792 80", note="postal code"),
        N("0250-47 10 00"), N("212000-2175", note="org number"),
    ]

    # ------------------------------------------------------------ 4. rescue service, annual statistics 2025 (Publicerad 18 februari 2026)
    JE = ("Johan Eklind", "quote")
    UT = ("utryckningar", "utryckningar")
    UTc = ("Utryckningar", "Utryckningar")
    IT = ("Insatstiden", "Insatstiden")
    rc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, None, ("2020", "2024"), F, F)]
    GOLD["r36_a_raddning_2025"] = [
        G("2 874 utryckningar", 2874, "count", t=Y25, direction=DEC, s=UT, sp=None, note="'under 2025'; next sentence 'Det är 3 procent färre'"),
        G("3 procent", 3, "percent", ctx="Det är [3 procent] färre", **L25, direction=DEC, s=UT, sp=None),
        G("drygt 40 procent", 40, "percent", bound="approx", **L25, s=("utryckningarna", "utryckningarna"), sp=None),
        G("96", 96, "count", ctx="minskade till [96], från", **L25, direction=DEC, s=("Antalet bränder i byggnad", "Antalet"), sp=None),
        G("118", 118, "count", ctx="från [118] under", t=Y24, s=("Antalet bränder i byggnad", "Antalet"), sp=None, note="from-value"),
        G("61", 61, "count", ctx="svarade för [61] av", **L25, s=("Bränder i bostäder", "Bränder"), sp=None, note="X svarade för"),
        G("11 procent", 11, "percent", **L25, direction=INC, s=("antalet trafikolyckor", "antalet"), sp=None),
        *_row(G, "Brand i byggnad", ["96", "118", "109"], rc, UTc, note="table 'Utryckningar per typ, antal': '2025' / '2024' / 'Snitt 2020–2024' explicit; rows are call-out types"),
        *_row(G, "Brand ej i byggnad", ["231", "264", "247"], rc, UTc),
        *_row(G, "Trafikolycka", ["412", "371", "356"], rc, UTc),
        *_row(G, "Automatiskt brandlarm", ["1 168", "1 205", "1 142"], rc, UTc),
        *_row(G, "Drunkning/tillbud", ["19", "23", "17"], rc, UTc),
        *_row(G, "I väntan på ambulans (IVPA)", ["387", "402", "341"], rc, UTc),
        *_row(G, "Övriga uppdrag", ["561", "581", "598"], rc, UTc),
        *_row(G, "Totalt", ["2 874", "2 964", "2 810"], rc, UTc),
        G("11,4 minuter", 11.4, "minute", t=Y25, direction=DEC, s=IT, sp=None, note="'under 2025, jämfört med ... året innan'"),
        G("12,3 minuter", 12.3, "minute", **L24, s=IT, sp=None),
        G("8,2 minuter", 8.2, "minute", **L25, s=("medianen", "medianen"), sp=None),
        G("drygt 22 minuter", 22, "minute", bound="approx", **L25, s=None, sp=None, note="'den' (pronoun)"),
        G("12,6 minuter", 12.6, "minute", **L25, s=("medianen", "medianen"), sp=("den nationella insatsstatistiken", "enligt"), note="the country, one time"),
        G("25–30 minuter", None, "minute", low=25, high=30, **L26, s=None, sp=JE, note="present tense"),
        G("inom 10 minuter", 10, "minute", bound="at_most", s=("Räddningstjänstens mål", "mål"), sp=None, note="standing target"),
        G("minst 90 procent", 90, "percent", bound="at_least", s=("larmen", "larmen"), sp=None, note="standing target"),
        G("84 procent", 84, "percent", t=Y25, direction=INC, s=("larmen", "larmen"), sp=None, note="'Under 2025'; ', en förbättring med'"),
        G("5 procentenheter", 5, "percentage_point", **L25, direction=INC, s=("larmen", "larmen"), sp=None),
        G("två personer", 2, "count", t=Y25, direction=DEC, s=("personer", "personer"), sp=None, note="', jämfört med fem året innan'"),
        G("fem", 5, "count", ctx="jämfört med [fem] året", **L24, s=None, sp=None),
        G("7,7", 7.7, "count", per="capita", ctx="var [7,7] i förbundets", **L25, s=("Antalet bostadsbränder", "Antalet"), sp=None, note="'per 10 000 invånare' (value as written)"),
        G("8,9", 8.9, "count", per="capita", ctx="med [8,9] i riket", **L25, s=None, sp=None, note="one time; per carried"),
        G("12,5 procent", 12.5, "percent", **L25, direction=DEC, s=("Brand ej i byggnad", "Brand"), sp=None),
        G("9 dagar", 9, "day", **L25, s=("eldningsförbud", "eldningsförbud"), sp=None),
        G("Nästan var tredje", 1 / 3, "ratio", bound="approx", **L25, s=("trafikolycka", "trafikolycka"), sp=None),
        G("27", 27, "count", ctx="Vid [27] av", **L25, s=("olyckorna", "olyckorna"), sp=None),
        G("312 tillsynsbesök", 312, "count", **L25, direction=INC, s=("tillsynsbesök", "tillsynsbesök"), sp=None, note="'Under året'; ', 18 fler än 2024'"),
        G("18", 18, "count", ctx="tillsynsbesök, [18] fler", **L25, direction=INC, s=None, sp=None),
        G("drygt 4 600 personer", 4600, "count", bound="approx", **L25, s=("personer", "personer"), sp=None),
        G("9 850 anläggningar", 9850, "count", **L25, s=("anläggningar", "anläggningar"), sp=None),
        G("96,4 miljoner kronor", 96.4e6, "SEK", **L25, s=("Förbundets nettokostnad", "nettokostnad"), sp=None),
        G("1 210 kronor", 1210, "SEK", per="capita", **L25, s=("Förbundets nettokostnad", "nettokostnad"), sp=None, note="apposition"),
    ]
    NEG["r36_a_raddning_2025"] = [
        N("2025", ctx="Årsstatistik [2025]:", note="title"), N("18 februari 2026", note="Publicerad"),
        N("2025", ctx="utryckningar under [2025].", note="places the count"), N("2024", ctx="från 118 under [2024].", note="places the from-value"),
        N("2012", note="founding year"),
        N("2025", ctx="Typ av händelse [2025]", note="column header"), N("2024", ctx="händelse 2025 [2024]", note="column header"),
        N("Snitt 2020–2024", note="column header"),
        N("2025", ctx="median 11,4 minuter under [2025]"), N("2025", ctx="Under [2025] nådde"),
        N("2025", ctx="personer under [2025],"), N("10 000", note="rate denominator"),
        N("83", ctx="riksväg [83]", note="road number"), N("640", ctx="länsväg [640]", note="road number"),
        N("2025", ctx="första kvartalet [2025]"), N("2024", ctx="fler än [2024],"),
        N("4", ctx="Brandstationsvägen [4]", note="street number"), N("824 31", note="postal code"), N("112", ctx="ring alltid [112]", note="phone number"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on school funding (no date, no sidecar)
    VB = ("våra beräkningar", "enligt")
    GOLD["r36_a_debatt_skolpeng"] = [
        G("98 400 kronor", 98400, "SEK", per="capita", s=("en grundskola i Brunnsby", "grundskola"), sp=None, note="'Förra året' does not resolve (undated); 'per elev' per capita"),
        G("30 kilometer", 30, "km", s=None, sp=None),
        G("121 700 kronor", 121700, "SEK", per="capita", s=("beloppet", "beloppet"), sp=None),
        G("över 23 000 kronor", 23000, "SEK", bound="more_than", per="capita", s=("en skillnad", "skillnad"), sp=None, note="'per elev och år'; one time"),
        G("omkring 24 procent", 24, "percent", bound="approx", s=None, sp=None, note="one time"),
        G("25 elever", 25, "count", per="class", optional=True, s=("elever", "elever"), sp=None, note="defines the example"),
        G("nästan 600 000 kronor", 600000, "SEK", bound="approx", per="year", s=None, sp=None, note="the example's result"),
        G("tio", 10, "count", ctx="i de [tio] mest", optional=True, s=("kommunerna", "kommunerna"), sp=None, note="the set"),
        G("drygt 38 procent", 38, "percent", bound="approx", direction=INC, s=("kostnaden per elev", "kostnaden"), sp=None, note="'Sedan 2015' (undated: no period)"),
        G("tio", 10, "count", ctx="i de [tio] svagaste", optional=True, s=None, sp=None, note="the set"),
        G("knappt 22 procent", 22, "percent", bound="approx", direction=INC, s=None, sp=None, note="'den' (pronoun)"),
        G("8,6 lärare", 8.6, "count", per="pupil", s=("lärare", "lärare"), sp=None, note="'på 100 elever' (value as written)"),
        G("6,9 lärare", 6.9, "count", per="pupil", s=("lärare", "lärare"), sp=None),
        G("kring 7,8", 7.8, "count", bound="approx", per="pupil", s=("Rikssnittet", "Rikssnittet"), sp=None, note="per carried; one time"),
        G("64 procent", 64, "percent", s=("lärarna", "lärarna"), sp=None, note="'X procent av Y' takes Y"),
        G("83 procent", 83, "percent", s=("lärarna", "lärarna"), sp=None, note="comparison value of the same measure"),
        G("ungefär 6,2 procent", 6.2, "percent", bound="approx", s=("BNP", "BNP"), sp=None),
        G("hälften så stor", 0.5, "ratio", optional=True, s=("skillnaden mellan den bästa och den sämsta kommunen", "skillnaden"), sp=None, note="multiplier, one time"),
        G("var femte elev", 0.2, "ratio", s=("elev i årskurs 9", "elev"), sp=("den senaste nationella uppföljningen", "enligt")),
        G("mindre än var tionde", 0.1, "ratio", bound="less_than", s=("andelen", "andelen"), sp=None),
        G("minst 120 timmar", 120, "hour", bound="at_least", per="year", s=None, sp=None, note="'om året'; the spender is no subject"),
        G("tre saker", 3, "count", optional=True, s=("saker", "saker"), sp=None, note="the set"),
        G("minst 105 000 kronor", 105000, "SEK", bound="at_least", per="capita", s=("en nationell lägstanivå för skolpengen", "lägstanivå"), sp=None, note="'per elev och år'"),
        G("minst 8 lärare", 8, "count", bound="at_least", per="pupil", s=("ett mål", "mål"), sp=None),
        G("fem år", 5, "year", s=None, sp=None, note="'senast om fem år': a duration"),
        G("mellan 2,5 och 3 miljarder kronor", None, "SEK", low=2.5e9, high=3e9, per="year", s=("en lägstanivå", "lägstanivå"), sp=VB),
        G("mindre än en procent", 1, "percent", bound="less_than", s=("hela skolväsendet", "skolväsendet"), sp=None, note="'X procent av vad ... lägger på Y'"),
    ]
    NEG["r36_a_debatt_skolpeng"] = [
        N("2015", ctx="Sedan [2015]"), N("100", ctx="lärare på [100] elever", note="rate denominator"),
        N("100", ctx="lärare per [100] elever. Rikssnittet", note="rate denominator"), N("9", ctx="årskurs [9]", note="grade name"),
        N("1", ctx="[1]. Inför", note="list numbering"), N("2", ctx="[2]. Slå", note="list numbering"),
        N("3", ctx="[3]. Sätt", note="list numbering"), N("100", ctx="lärare per [100] elever i varje", note="rate denominator"),
    ]

    # ------------------------------------------------------------ 6. weekly fuel prices, week 41 (sidecar 2026-10-12)
    KM = ("Karin Mossberg", "quote")
    BB = ("Bränslebevakningens beräkningar", "enligt")
    LB = ("En liter bensin 95", "bensin")
    PPc = ("Genomsnittligt pumppris", "pumppris")
    fc = [("SEK", 1, "l", Y26, T, F), ("SEK", 1, "l", Y26, T, F), ("SEK", 1, "l", Y25, T, F), ("SEK", 0.01, "l", Y26, T, T)]
    gc = [("SEK", 1, "kg", Y26, T, F), ("SEK", 1, "kg", Y26, T, F), ("SEK", 1, "kg", Y25, T, F), ("SEK", 0.01, "kg", Y26, T, T)]
    GOLD["r36_a_drivmedel_v41"] = [
        G("17,64 kronor", 17.64, "SEK", per="l", **L26, direction=DEC, s=LB, sp=None, note="'under veckan'; ', 21 öre lägre än veckan innan': the new value"),
        G("21 öre", 0.21, "SEK", per="l", **L26, direction=DEC, s=LB, sp=None),
        G("18,92 kronor", 18.92, "SEK", per="l", **L26, direction=INC, s=("Diesel", "Diesel"), sp=None),
        G("14 öre", 0.14, "SEK", per="l", **L26, direction=INC, s=("Diesel", "Diesel"), sp=None),
        G("1,28 kronor", 1.28, "SEK", per="l", **L26, s=("Skillnaden mellan diesel och bensin", "Skillnaden"), sp=None, note="one time"),
        G("36 öre", 0.36, "SEK", per="l", **L25, s=("bensinen", "bensinen"), sp=None, note="'För ett år sedan ... då': one time"),
        *_row(G, "Bensin 95", ["17,64", "17,85", "18,31", "−21"], fc, PPc, note="table 'Genomsnittligt pumppris, kronor per liter': 'Denna vecka' / 'Förra veckan' 2026 lenient, 'För ett år sedan' 2025 lenient, 'Förändring mot förra veckan, öre' 2026 lenient signed"),
        *_row(G, "Diesel", ["18,92", "18,78", "17,95", "+14"], fc, PPc),
        *_row(G, "HVO100", ["24,35", "24,35", "25,90", "0"], fc, PPc),
        *_row(G, "E85", ["13,79", "13,89", "14,52", "−10"], fc, PPc),
        *_row(G, "Fordonsgas*", ["29,40", "29,10", "31,05", "+30"], gc, PPc, note="footnote '* kronor per kilo'"),
        G("24,35 kronor", 24.35, "SEK", per="l", **L26, s=("Priset på HVO100", "Priset"), sp=None, note="'oförändrat': no change"),
        G("5,43 kronor", 5.43, "SEK", per="l", **L26, s=None, sp=None, note="'Det är ... mer än för fossil diesel': one time"),
        G("nästan 1,70 kronor", 1.70, "SEK", bound="approx", per="l", **L26, direction=DEC, s=("skillnaden", "skillnaden"), sp=None, note="'sedan i våras'"),
        G("13,79 kronor", 13.79, "SEK", per="l", **L26, s=("E85", "E85"), sp=None),
        G("drygt 20 procent", 20, "percent", bound="approx", **L26, s=None, sp=None, note="'vilket är ... billigare än bensin': one time"),
        G("25–30 procent", None, "percent", low=25, high=30, **L26, s=("E85", "E85"), sp=None, note="'25–30 procent mer E85'"),
        G("62 öre", 0.62, "SEK", per="l", **L26, s=("bensinen", "bensinen"), sp=None, note="one time"),
        G("17,12 kronor", 17.12, "SEK", per="l", **L26, s=("Det billigaste literpriset för bensin", "literpriset"), sp=None),
        G("18,39 kronor", 18.39, "SEK", per="l", **L26, s=None, sp=None, note="'det dyraste' (elided)"),
        G("71,40 dollar", 71.40, "USD", kind="money", per="barrel", **L26, s=("Råoljan av nordsjökvalitet", "Råoljan"), sp=None, note="'på fredagen'"),
        G("omkring 3 dollar", 3, "USD", kind="money", bound="approx", per="barrel", **L26, direction=DEC, s=("Råoljan av nordsjökvalitet", "Råoljan"), sp=None, note="'lägre än en vecka tidigare'"),
        G("9,62 kronor", 9.62, "SEK", **L26, s=("Dollarn", "Dollarn"), sp=None),
        G("10–15 öre", None, "SEK", low=0.10, high=0.15, per="l", **L26, direction=DEC, s=("bensinpriset", "bensinpriset"), sp=BB, note="'en sänkning ... den närmaste veckan'"),
        G("över 18,50 kronor", 18.50, "SEK", bound="more_than", per="l", **L26, s=("dieseln", "dieseln"), sp=KM, note="'åtminstone till mitten av november'"),
        G("1 500 mil", 15000, "km", per="year", optional=True, s=None, sp=None, note="defines the example"),
        G("0,7 liter", 0.7, "l", per="mil", optional=True, s=None, sp=None, note="defines the example"),
        G("drygt 18 500 kronor", 18500, "SEK", bound="approx", per="year", **L26, s=None, sp=None, note="the example's result 'med dagens pris'"),
        G("ungefär 700 kronor", 700, "SEK", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'mindre än med priset för ett år sedan'"),
        G("6,71 kronor", 6.71, "SEK", per="l", **L26, s=("energi- och koldioxidskatt", "koldioxidskatt"), sp=None),
        G("3,53 kronor", 3.53, "SEK", per="l", **L26, s=("moms", "moms"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("Skatterna", "Skatterna"), sp=None, note="'X står för Y' takes X"),
    ]
    NEG["r36_a_drivmedel_v41"] = [
        N("41", ctx="VECKA [41]", note="week number"),
        N("95", ctx="liter bensin [95]", note="product name"), N("95", ctx="Bensin [95] 17,64", note="product name"),
        N("HVO100", occ=1, note="product name"), N("HVO100", occ=2, note="product name"),
        *[N("E85", occ=k, note="product name") for k in range(1, 5)],
        N("19 oktober", note="next letter"), N("12.00", note="time of day"),
        N("9", ctx="Hamngatan [9]", note="street number"), N("652 24", note="postal code"),
    ]

    # ------------------------------------------------------------ 7. port, traffic statistics Q3 2026 (Markdown, dateline 15 oktober 2026)
    US = ("Ulrika Stenmark", "quote")
    GV = ("Godsvolymen", "Godsvolymen")
    GDc = ("Gods", "Gods")
    CV = ("Containervolymen", "Containervolymen")
    FP = ("Antalet passagerare på färjelinjen till Sundö", "Antalet")
    UTS = ("Hamnens utsläpp av koldioxid från egna arbetsmaskiner", "utsläpp")
    hc = [("tonne", 1000, None, Y26, F, F), ("tonne", 1000, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r36_a_hamn_q3"] = [
        G("4,87 miljoner ton", 4.87e6, "tonne", t=Y26, direction=INC, s=GV, sp=None, note="'under tredje kvartalet 2026'; ', en ökning med'"),
        G("6,2 procent", 6.2, "percent", **L26, direction=INC, s=GV, sp=None),
        G("118 400 TEU", 118400, "TEU", **L26, s=("Containertrafiken", "Containertrafiken"), sp=None),
        G("1 136 fartyg", 1136, "count", **L26, direction=INC, s=("fartyg", "fartyg"), sp=None, note="'Under kvartalet'; ', 42 fler än'"),
        G("42", 42, "count", ctx="fartyg hamnen, [42] fler", **L26, direction=INC, s=None, sp=None),
        G("knappt 4 procent", 4, "percent", bound="approx", **L26, direction=INC, s=("bruttodräktigheten per anlöp", "bruttodräktigheten"), sp=None),
        *_row(G, "| Container", ["1 452", "1 311", "+10,8"], hc, GDc, sep=" | ", note="Markdown table under '## Gods per godsslag': 'Kv 3 2026, tusen ton' / 'Kv 3 2025, tusen ton' explicit, 'Förändring, %' 2026 lenient signed; rows are cargo types"),
        *_row(G, "| Ro-ro och trailer", ["1 186", "1 142", "+3,9"], hc, GDc, sep=" | "),
        *_row(G, "| Torrbulk", ["948", "1 004", "−5,6"], hc, GDc, sep=" | "),
        *_row(G, "| Flytande bulk", ["1 064", "963", "+10,5"], hc, GDc, sep=" | "),
        *_row(G, "| Skogsprodukter", ["220", "166", "+32,5"], hc, GDc, sep=" | "),
        G("4 870", 4870e3, "tonne", ctx="**[4 870]**", t=Y26, s=GDc, sp=None, note="bold total row"),
        G("4 586", 4586e3, "tonne", ctx="**[4 586]**", t=Y25, s=GDc, sp=None),
        G("+6,2", 6.2, "percent", ctx="**[+6,2]**", **L26, direction=INC, s=GDc, sp=None),
        G("en tredjedel", 1 / 3, "ratio", **L26, direction=INC, s=("Skogsprodukterna", "Skogsprodukterna"), sp=None),
        G("omkring 15 procent", 15, "percent", bound="approx", **L26, direction=DEC, s=("volymen", "volymen"), sp=None, note="'lägre än under samma kvartal 2023': an earlier point"),
        G("14,2 miljoner ton", 14.2e6, "tonne", **L26, direction=INC, s=("gods", "gods"), sp=None, note="'Under årets första nio månader'; ', vilket är ... mer'"),
        G("4,4 procent", 4.4, "percent", **L26, direction=INC, s=None, sp=None),
        G("331 600 TEU", 331600, "TEU", **L26, s=CV, sp=None),
        G("312 900", 312900, "TEU", **L25, s=CV, sp=None, note="bracket: 'motsvarande period 2025'"),
        G("684 000", 684000, "count", **L26, direction=DEC, s=FP, sp=None),
        G("2,1 procent", 2.1, "percent", **L26, direction=DEC, s=FP, sp=None),
        G("två direktanlöp", 2, "count", per="week", **L26, s=("direktanlöp", "direktanlöp"), sp=US),
        G("450 000 TEU", 450000, "TEU", **L26, direction=INC, s=None, sp=US, note="'för helåret'; next sentence 'en ökning med'"),
        G("mellan 6 och 8 procent", None, "percent", low=6, high=8, **L26, direction=INC, s=None, sp=US),
        G("cirka 85 procent", 85, "percent", bound="approx", **L26, s=("kajkapaciteten i containerterminalen", "kajkapaciteten"), sp=US, note="'Hon konstaterar'"),
        G("högst 80 procent", 80, "percent", bound="at_most", optional=True, s=("ett riktmärke", "riktmärke"), sp=US, note="threshold"),
        G("640 miljoner kronor", 640e6, "SEK", **L26, s=("en ny kaj", "kaj"), sp=None, note="the goal of the money"),
        G("14 meters", 14, "m", s=("djup", "djup"), sp=None),
        G("drygt 200 000 TEU", 200000, "TEU", bound="approx", per="year", t=Y28, lenient=True, direction=INC, s=("kapaciteten", "kapaciteten"), sp=None),
        G("37 procent", 37, "percent", **L26, direction=INC, s=("anlöpen", "anlöpen"), sp=None, note="'upp från'"),
        G("29 procent", 29, "percent", **L25, s=("anlöpen", "anlöpen"), sp=None, note="from-value 'för ett år sedan'"),
        G("minst hälften", 0.5, "ratio", bound="at_least", t=Y30, s=("alla anlöp", "anlöp"), sp=None),
        G("1 820 ton", 1820, "tonne", **L26, direction=DEC, s=UTS, sp=None),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=UTS, sp=None),
    ]
    NEG["r36_a_hamn_q3"] = [
        N("2026", ctx="kvartalet [2026]: containertrafiken", note="title"), N("15 oktober 2026", note="dateline"),
        N("2026", ctx="kvartalet [2026], en ökning", note="places the volume"), N("1998", note="places the record"),
        N("2025", ctx="kvartalet [2025]. Det", note="places the comparison"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("2023", ctx="samma kvartal [2023]"), N("januari–september 2025"),
        N("2025", ctx="jämfört med [2025], säger"), N("2028", ctx="stå klar [2028]"), N("2030", ctx="landström år [2030]"),
        N("2025", ctx="motsvarande period [2025]"), N("21 januari 2027", note="next report"),
        N("0480-66 20 00"), N("0480-66 20 50"),
    ]

    # ------------------------------------------------------------ 8. tourism, summer report 2026 (Publicerad 8 oktober 2026)
    MH = ("Magnus Höglander", "quote")
    GN = ("gästnätter", "gästnätter")
    GNc = ("Gästnätter", "Gästnätter")
    DF = ("beräkningar från Destination Fjällstrand", "enligt")
    BH = ("Beläggningsgraden på hotellen", "Beläggningsgraden")
    HP = ("Det genomsnittliga priset för ett hotellrum", "priset")
    tc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r36_a_turism_sommar"] = [
        G("1 284 000 gästnätter", 1284000, "count", **L26, direction=INC, s=GN, sp=None, note="'Under juni–augusti' of 'Sommaren 2026'; ', en ökning med'"),
        G("4,0 procent", 4.0, "percent", **L26, direction=INC, s=GN, sp=None),
        G("drygt 90 000", 90000, "count", bound="approx", **L26, direction=INC, s=GN, sp=None, note="'fler ... än under rekordsommaren 2019': an earlier point"),
        G("14,9 procent", 14.9, "percent", **L26, direction=INC, s=("De utländska gästnätterna", "gästnätterna"), sp=None),
        G("412 000", 412000, "count", **L26, direction=INC, s=("De utländska gästnätterna", "gästnätterna"), sp=None),
        G("0,4 procent", 0.4, "percent", **L26, direction=DEC, s=None, sp=None, note="'de svenska' (elided noun)"),
        G("872 000", 872000, "count", ctx="procent till [872 000].", **L26, direction=DEC, s=None, sp=None),
        G("32 procent", 32, "percent", **L26, s=("Utländska gäster", "gäster"), sp=None, note="'X stod för Y' takes X"),
        *_row(G, "Sverige", ["872 000", "875 500", "−0,4"], tc, GNc, note="table 'Gästnätter juni–augusti per land, antal': '2026' / '2025' explicit, 'Förändring, %' 2026 lenient signed; rows are countries"),
        *_row(G, "Tyskland", ["128 400", "109 700", "+17,0"], tc, GNc),
        *_row(G, "Norge", ["84 600", "81 300", "+4,1"], tc, GNc),
        *_row(G, "Nederländerna", ["61 200", "50 900", "+20,2"], tc, GNc),
        *_row(G, "Danmark", ["44 900", "43 100", "+4,2"], tc, GNc),
        *_row(G, "Storbritannien", ["23 700", "19 800", "+19,7"], tc, GNc),
        *_row(G, "Övriga länder", ["69 200", "53 900", "+28,4"], tc, GNc),
        *_row(G, "Totalt", ["1 284 000", "1 234 200", "+4,0"], tc, GNc),
        G("nästan var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("Tyskland", "Tyskland"), sp=None, note="'svarade för': X takes"),
        G("tre år", 3, "year", s=None, sp=MH, note="a duration"),
        G("4,1 nätter", 4.1, "count", **L26, s=("De här gästerna", "gästerna"), sp=MH, note="'i genomsnitt' no bound"),
        G("2,6 nätter", 2.6, "count", **L26, s=None, sp=MH, note="one time, elided"),
        G("68 procent", 68, "percent", **L26, direction=INC, s=BH, sp=None, note="', två procentenheter högre än i fjol'"),
        G("två procentenheter", 2, "percentage_point", **L26, direction=INC, s=BH, sp=None),
        G("79 procent", 79, "percent", **L26, s=("beläggningen", "beläggningen"), sp=None, note="'I juli'; one time against the country"),
        G("71 procent", 71, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None),
        G("74 procent", 74, "percent", **L26, s=("en beläggning", "beläggning"), sp=None),
        G("knappt 3 procent", 3, "percent", bound="approx", **L26, direction=INC, s=("antalet gästnätter", "antalet"), sp=None),
        G("1 465 kronor", 1465, "SEK", per="night", **L26, direction=INC, s=HP, sp=None, note="', 6 procent mer än sommaren 2025'"),
        G("6 procent", 6, "percent", ctx="natt, [6 procent] mer", **L26, direction=INC, s=HP, sp=None),
        G("omkring 2 350 miljoner kronor", 2350e6, "SEK", bound="approx", **L26, s=None, sp=DF, note="the spenders are no subject"),
        G("cirka 640 miljoner kronor", 640e6, "SEK", bound="approx", **L26, s=("boende", "boende"), sp=DF),
        G("1 380 kronor", 1380, "SEK", per="day", **L26, s=None, sp=None, note="'per dygn'; the spender is no subject"),
        G("1 090 kronor", 1090, "SEK", per="day", **L26, s=None, sp=None),
        G("drygt 4 800 personer", 4800, "count", bound="approx", **L26, s=("personer", "personer"), sp=None),
        G("ungefär 1 900", 1900, "count", bound="approx", **L26, s=("säsongsanställda", "säsongsanställda"), sp=None),
        G("Minst var femte", 0.2, "ratio", bound="at_least", **L26, s=("företag", "företag"), sp=("Lisa Forsmark", "quote")),
        G("1,5 miljoner sommargästnätter", 1.5e6, "count", t=Y30, s=("sommargästnätter", "sommargästnätter"), sp=None, note="target 'år 2030'"),
        G("mellan 400 och 500 nya bäddar", None, "count", low=400, high=500, t=Y30, lenient=True, s=("nya bäddar", "bäddar"), sp=None),
        G("260 nya bäddar", 260, "count", **L26, s=("nya bäddar", "bäddar"), sp=None),
    ]
    NEG["r36_a_turism_sommar"] = [
        N("2026", ctx="Sommarrapport [2026]", note="title"), N("8 oktober 2026", note="Publicerad"),
        N("2026", ctx="Sommaren [2026] blev"), N("2025", ctx="jämfört med sommaren [2025]. Det"),
        N("2019", ctx="rekordsommaren [2019]"), N("2026", ctx="Land [2026]", note="column header"),
        N("2025", ctx="Land 2026 [2025]", note="column header"), N("2019", ctx="sedan [2019]."),
        N("2025", ctx="mer än sommaren [2025]."), N("2030", ctx="år [2030]."), N("2028", ctx="sommaren [2028]"),
        N("juni–augusti 2026", note="source line"), N("0647-155 20"),
    ]
    return GOLD, NEG
