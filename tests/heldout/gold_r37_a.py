"""Round 37, part A (r37_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 37, part A (r37_a_*): eight kinds, written from scratch (r37_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: an insurance company's
# interim report January-September 2026 (dateline 'Sandvik den 28 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period 2025'; premium income, technical and operating result in MSEK, combined ratio, solvency ratio; the
# CEO's quote; plain-text table 'NYCKELTAL' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' in MSEK), a
# statistics cooperation's population statistics January-September 2026 (Markdown, 'Publicerad 12 november 2026';
# births, deaths, migration, per 1 000 invånare against the country, the statistician's quotes; Markdown table by
# county 'Folkmängd 30 sep 2026' / 'Förändring sedan 31 dec 2025, antal' / 'Förändring, %' with a bold total row and
# the caption below), a public-transport authority's ridership report for Q3 2026 (HTML, 'Publicerad 20 oktober 2026';
# journeys, punctuality, ticket revenue, HTML table 'Resor per trafikslag, tusental' 'Kv 3 2026' / 'Kv 3 2025' /
# 'Förändring, %'), a region's budget for 2027 ('Publicerad 25 november 2026'; miljarder kronor, the tax rate in kronor
# per hundralapp, quotes by two politicians, staff, plain-text table 'Nettokostnad per nämnd, miljoner kronor'
# 'Budget 2026' / 'Budget 2027' / 'Förändring'), an UNDATED op-ed on elderly care (no date, no sidecar; places per
# 1 000 invånare över 80 år, Norway, two municipalities, kronor per dygn, 'Sedan 2010', three numbered demands), a
# weekly grocery-price letter for week 44 dated only by its sidecar (2026-11-02; index, kronor per kilo, plain-text
# table 'Genomsnittspris, kronor per kilo' 'Denna vecka' / 'Förra veckan' / 'För ett år sedan' / 'Förändring på ett
# år, %'; the analyst's quote), a ski resort company's season summary 2025/26 ('Publicerad 14 maj 2026'; skier days,
# lift revenue, open days, plain-text table 'Skiddagar per månad, tusental' '2025/26' / '2024/25' / 'Förändring, %';
# the CEO's quote), and a police region's traffic-control statistics for October 2026 ('Publicerad 9 november 2026';
# drunk-driving suspects per 1 000 kontroller, speeding, plain-text table 'Misstänkta rattfylleribrott per län' 'Okt
# 2026' / 'Okt 2025' / 'Förändring, %' / 'Per 1 000 kontroller, okt 2026'; the chief's quote).
# The r8-r36 decisions are followed (headers of gold_r28_a.py, gold_r35_a.py, gold_r36_a.py): periods at year grain
# (a season '2025/26' = ('2025','2026')); relative expressions in the sentence ('i fjol', 'förra året', 'nästa år',
# 'i år', 'hittills i år', 'nästa säsong') resolve against the publication date and are not lenient; 'året innan',
# 'ett år tidigare', 'för ett år sedan', 'vid årsskiftet', 'i dag', 'nu', a month, quarter or season without a year,
# a heading's, caption's or the document's period are lenient; present tense is lenient on the publication year;
# brackets are lenient on the period the bracket note names; a level followed by ', jämfört med', ', att jämföra med'
# (an earlier time), ', en ökning/minskning med', 'X fler/mer än' is the new value after a change; from-values have no
# direction; comparisons at one time (the country, another municipality, Norway, a competitor) have no direction; a
# comparison with an earlier point ('färre ... än det regniga tredje kvartalet i fjol', 'dyrare än samma vecka i
# fjol') takes the current period with a direction; multipliers optional; samples, thresholds, age bands and the set
# a text names optional; standing targets with no year have no period; table cells take their column headers'
# periods (explicit), change columns their direction from the sign and the later period, lenient; rows that are
# categories take the caption's measure as subject, rows that are measures their own label; 'per aktie'
# per="share", 'per 1 000 invånare' per="capita" (value as written, the denominator N), 'kronor per kilo' per="kg",
# 'kronor per liter' per="l", 'per dygn' per="day", 'per månad' / 'i månaden' per="month", 'per år' / 'om året'
# per="year", 'kronor per hundralapp' per None (r10); 'X procent av Y' and 'X av Y' take Y; 'X står/svarar för Y'
# takes X; a quote credits every figure in it; 'Enligt X' enligt; 'Det' / 'vilket' / pronouns / elided nouns s None;
# a payer is no subject, the goal of money spent or received is; the UNDATED text has no period on any figure and its
# signatories are no speaker (r27, r28).
# Where those were silent, decided here:
# - Insurance (dateline 2026-10-28): bullets under 'PERIODEN JANUARI–SEPTEMBER 2026' / 'TREDJE KVARTALET 2026' 2026
#   lenient (headings); brackets 2025 lenient. 'Totalkostnadsprocenten förbättrades till 85,4' decrease (the ratio
#   fell). 'Solvenskvoten var 184 procent den 30 september, jämfört med 176 procent vid årsskiftet' 184 increase, 176
#   2025 lenient. 'under 90 procent över en konjunkturcykel' standing target (less_than), no period. 'Privatmarknaden
#   svarade för 61 procent av premieintäkterna' X takes (svarar för). 'skador över 10 MSEK' optional (defines
#   storskador). 'var 4 (7)' count with its bracket. Table cells keep the minus sign of cost rows, no direction.
# - Population (published 2026-11-12): '781 324 personer' ('den 30 september 2026') explicit, increase (next sentence
#   'Det är 1 274 fler'); 'Det är 1 274 fler' and ', en ökning med 0,2 procent' s None ('Det'). 'Under årets första
#   nio månader' 2026 lenient. '9,6 per 1 000 invånare' count per="capita", 'rikets 10,1' one time. 'sju år i rad' a
#   duration (7 year). '1,38 barn per kvinna' per="woman", 'i år' 2026 not lenient; 'under 1,3' less_than. 'mellan 20
#   och 39 år' an age band, optional. 'ett underskott på 1 578 personer, jämfört med 1 402 under samma period i fjol'
#   1 578 increase (the deficit grew), 1 402 2025. 'Utan invandringen hade folkmängden minskat med nästan 2 500' a
#   counterfactual decrease. 'har nu drygt 126 000 invånare' after 'har minskat varje år' decrease. '80 år eller äldre'
#   optional threshold. Table: 'Folkmängd 30 sep 2026' explicit, the change columns 2026 lenient signed ('sedan 31 dec
#   2025'), subjects per column from the caption 'Folkmängd och befolkningsförändring per län'.
# - Transport (HTML, published 2026-10-20): '9,84 miljoner resor' explicit increase (next sentence); 'högst tre
#   minuter' optional (defines 'i tid'); 'Målet är minst 93 procent' standing; 'drygt 140 000 fler resor än under
#   samma kvartal förra året' 2026 lenient increase, quote; 'sju veckor' a duration. 'efter en höjning med 40 kronor'
#   s the ticket (the thing raised). 'samma nivå som ett år tidigare' no direction. 'Regionen räknar med' credited.
#   Table: caption 'tusental' scales the cells x1000; rows are modes: s the caption's 'Resor'.
# - Region budget (published 2026-11-25): the budget year 2027 lenient for the figures of the budget; the title's '30
#   öre' 2027 lenient increase; 'månadslön på 35 000 kronor' optional (defines the example), its result 'ungefär 85
#   kronor mer i skatt per månad' required, s None. 'den andra skattehöjningen på tre år': 'tre år' a duration, the
#   ordinal word 'andra' left out. 'effektiviseringar på 1–2 procent' a counterfactual, no period. '180 nya tjänster'
#   no direction (no verb of change). 'minska med minst 25 procent jämfört med 2026' 2027 lenient, decrease. 'mellan 1,2
#   och 1,5 miljarder kronor per år fram till 2030' ('2027','2030') lenient. 'Kollektivtrafiknämnden får 57 miljoner
#   kronor mer' s the receiver. Table: 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed, mnkr
#   x1e6; rows are committees: s the caption's 'Nettokostnad'.
# - Elderly-care op-ed (UNDATED): no periods. Every 'över 80 år' / 'över 85 år' optional (age threshold, more_than).
#   '196 platser' (För femton år sedan) a from-value; 'I dag är siffran 121' decrease. 'ungefär 40 procent fler än hos
#   oss' one time. 'mer än 120 timmar i månaden' optional (defines 'omfattande hemtjänst'). 'Enligt vår egen enkät'
#   enligt for its sentence ('1 250 medlemmar' optional sample, 'var tredje'); 'Nästan hälften' (next sentence) no
#   speaker. 'de tio kommuner' optional (the set). 'inom fem år' a duration (at_most), required. 'mindre än hälften av
#   de platser som har försvunnit' takes Y.
# - Groceries (sidecar 2026-11-02, week 44): 'denna vecka', 'veckan innan', 'Denna vecka' / 'Förra veckan', 'i
#   september', 'fram till jul' 2026 lenient; 'För ett år sedan' column 2025 lenient. The index base 'januari 2020 =
#   100' N. '112,40 kronor per kilo, en uppgång med 2,50 kronor' both increase s 'Smör'. 'båda under förra höstens
#   nivåer' decrease on both prices. 'oförändrat' no direction. ', 96 kronor mer än för ett år sedan' s None (elided
#   comparative, as r36 'vilket är ... mer'). 'Vi följer ... 52 varor i 340 butiker' optional sample, publisher.
# - Ski resort (published 2026-05-14): figures of the season without the season in the sentence ('2025','2026')
#   lenient; 'säsongen 2024/25' explicit, 'året innan' / 'förra säsongen' lenient. '488 kronor per skiddag'
#   per="skier_day"; 'ungefär samma nivå som året innan' no direction. '142 centimeter' unit "cm". 'nästan dubbelt så
#   många skiddagar i november som säsongen innan' optional multiplier, ('2025','2025') lenient, increase. 'Inför nästa
#   säsong investerar vi 85 miljoner kronor' ('2026','2027'), s the lift. Table: cells by month take the calendar year
#   of that month within the column's season, lenient (derived from header and row); the 'Totalt' row the seasons,
#   explicit; 'Förändring, %' signed, the later period, lenient; s the caption's 'Skiddagar'. 'Bolaget räknar med'
#   and 'Styrelsen föreslår' credited.
# - Traffic controls (published 2026-11-09): 'Under oktober' 2026 lenient. 'per 1 000 kontroller' and 'per 1 000
#   kontrollerade förare' per="control" (value as written, the denominator N). '4,4 ..., jämfört med 4,1 under oktober
#   2025' 4,4 increase, 4,1 2025 explicit. 'Hon uppger' right after the quote keeps the speaker; 'under vintern' a
#   season without year: ('2026','2027') lenient. Thresholds 'mer än 30 km/h', the speed limit '100 km/h', the fine's
#   band '31–40 km/h' and 'högst 50 km/h' optional; 'km/h' is unit "km/h". 'Målet är att minst 40 procent' standing.
#   ', en minskning med 9 procent' s the sentence's 'fortkörningar' (as r36 ', en ökning med' took its sentence's
#   subject). Table: 'Okt 2026' / 'Okt 2025' / 'Per 1 000 kontroller, okt 2026' explicit, the change column 2026
#   lenient signed; rows are counties: s the caption's 'Misstänkta rattfylleribrott'.
# - Negatives: datelines and Publicerad lines, titles', headings' and column headers' periods, years and dates that
#   only place a claim, a comparison or a baseline, next-report dates, rate denominators ('1 000'), the index base,
#   list numbering, week numbers, times of day, phone numbers, street numbers, postal codes, org numbers, digits in
#   names ('30-dagarsbiljett').
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2018", "2024", "2025", "2026", "2027")}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. insurance company, interim report Jan-Sep 2026 (dateline 28 oktober 2026)
    HS = ("Helena Strandqvist", "quote")
    PI = ("Premieintäkterna, netto", "Premieintäkterna")
    TR = ("Försäkringsrörelsens tekniska resultat", "resultat")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    TK = ("Totalkostnadsprocenten", "Totalkostnadsprocenten")
    RPA = ("Resultat per aktie", "Resultat")
    SK = ("Solvenskvoten", "Solvenskvoten")
    FP = ("Företagsmarknadens premieintäkter", "premieintäkter")
    AS = ("Antalet storskador", "Antalet")
    TA = ("Totalavkastningen", "Totalavkastningen")
    AF = ("antalet försäkrade fordon", "antalet")
    iq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r37_a_forsakring_q3"] = [
        G("7 procent", 7, "percent", ctx="ökade med [7 procent] till", **L26, direction=INC, s=PI, sp=None, note="bullets under 'PERIODEN JANUARI–SEPTEMBER 2026' (heading: lenient)"),
        G("8 412", 8412e6, "SEK", ctx="till [8 412] (7 861)", **L26, direction=INC, s=PI, sp=None),
        G("7 861", 7861e6, "SEK", ctx="8 412 ([7 861]) MSEK", **L25, s=PI, sp=None, note="bracket: 'motsvarande period 2025'"),
        G("1 146", 1146e6, "SEK", ctx="uppgick till [1 146] (982)", **L26, s=TR, sp=None),
        G("982", 982e6, "SEK", ctx="1 146 ([982]) MSEK", **L25, s=TR, sp=None),
        G("1 538", 1538e6, "SEK", ctx="blev [1 538] (1 274)", **L26, s=RR, sp=None),
        G("1 274", 1274e6, "SEK", ctx="1 538 ([1 274]) MSEK", **L25, s=RR, sp=None),
        G("87,9", 87.9, "percent", ctx="var [87,9] (89,6)", **L26, s=TK, sp=None),
        G("89,6", 89.6, "percent", ctx="87,9 ([89,6]) procent", **L25, s=TK, sp=None),
        G("6,42", 6.42, "SEK", per="share", ctx="uppgick till [6,42] (5,31)", **L26, s=RPA, sp=None),
        G("5,31", 5.31, "SEK", per="share", ctx="6,42 ([5,31]) kronor", **L25, s=RPA, sp=None),
        G("184 procent", 184, "percent", **L26, direction=INC, s=SK, sp=None, note="'den 30 september, jämfört med ... vid årsskiftet'"),
        G("176 procent", 176, "percent", **L25, s=SK, sp=None),
        G("2 896", 2896e6, "SEK", ctx="ökade till [2 896] (2 702)", **L26, direction=INC, s=PI, sp=None, note="'TREDJE KVARTALET 2026' heading"),
        G("2 702", 2702e6, "SEK", ctx="2 896 ([2 702]) MSEK", **L25, s=PI, sp=None),
        G("571", 571e6, "SEK", ctx="uppgick till [571] (438)", **L26, s=RR, sp=None),
        G("438", 438e6, "SEK", ctx="571 ([438]) MSEK", **L25, s=RR, sp=None),
        G("85,4", 85.4, "percent", ctx="förbättrades till [85,4] (88,1)", **L26, direction=DEC, s=TK, sp=None, note="'förbättrades till': the ratio fell"),
        G("88,1", 88.1, "percent", ctx="85,4 ([88,1]) procent", **L25, s=TK, sp=None),
        G("knappt 40 procent", 40, "percent", bound="approx", **L26, direction=DEC, s=("vattenskador", "vattenskador"), sp=HS, note="'färre ... än det regniga tredje kvartalet i fjol'"),
        G("under 90 procent", 90, "percent", bound="less_than", s=("en totalkostnadsprocent", "totalkostnadsprocent"), sp=HS, note="standing target"),
        G("6–8 procent", None, "percent", low=6, high=8, **L26, direction=INC, s=("premieintäkterna", "premieintäkterna"), sp=HS, note="'för helåret'"),
        G("61 procent", 61, "percent", **L26, s=("Privatmarknaden", "Privatmarknaden"), sp=None, note="'svarade för'"),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=("premierna", "premierna"), sp=None),
        G("14 200", 14200, "count", **L26, direction=INC, s=AF, sp=None),
        G("486 000", 486000, "count", **L26, direction=INC, s=AF, sp=None),
        G("3 281", 3281e6, "SEK", ctx="uppgick till [3 281] (3 104)", **L26, s=FP, sp=None),
        G("3 104", 3104e6, "SEK", ctx="3 281 ([3 104]) MSEK", **L25, s=FP, sp=None),
        G("71,2 procent", 71.2, "percent", **L26, s=("Skadeprocenten inom företag", "Skadeprocenten"), sp=None),
        G("68,5 procent", 68.5, "percent", **L26, s=None, sp=None, note="one time, elided noun"),
        G("över 10 MSEK", 10e6, "SEK", bound="more_than", optional=True, s=("skador", "skador"), sp=None, note="defines storskador"),
        G("4", 4, "count", ctx="var [4] (7)", **L26, s=AS, sp=None),
        G("7", 7, "count", ctx="4 ([7]) under", **L25, s=AS, sp=None),
        G("omkring 85 MSEK", 85e6, "SEK", bound="approx", **L26, s=("Den största", "största"), sp=None),
        G("31,6 miljarder kronor", 31.6e9, "SEK", **L26, s=("Placeringstillgångarna", "Placeringstillgångarna"), sp=None),
        G("4,1", 4.1, "percent", ctx="blev [4,1] (3,4)", **L26, s=TA, sp=None),
        G("3,4", 3.4, "percent", ctx="4,1 ([3,4]) procent", **L25, s=TA, sp=None),
        G("72 procent", 72, "percent", **L26, s=("Andelen räntebärande placeringar", "Andelen"), sp=None),
        *_row(G, "Premieintäkter, netto", ["2 896", "2 702", "8 412", "7 861"], iq("SEK", 1e6), ("Premieintäkter", "Premieintäkter"), note="table 'NYCKELTAL', 'MSEK': 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Försäkringsersättningar", ["−1 734", "−1 689", "−5 287", "−5 044"], iq("SEK", 1e6), ("Försäkringsersättningar", "Försäkringsersättningar")),
        *_row(G, "Driftskostnader", ["−739", "−691", "−2 108", "−2 002"], iq("SEK", 1e6), ("Driftskostnader", "Driftskostnader")),
        *_row(G, "Tekniskt resultat", ["423", "322", "1 146", "982"], iq("SEK", 1e6), ("Tekniskt resultat", "resultat")),
        *_row(G, "Rörelseresultat", ["571", "438", "1 538", "1 274"], iq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Totalkostnadsprocent, %", ["85,4", "88,1", "87,9", "89,6"], iq("percent", 1), ("Totalkostnadsprocent", "Totalkostnadsprocent")),
    ]
    NEG["r37_a_forsakring_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("28 oktober 2026", occ=1, note="dateline"),
        N("2025", ctx="motsvarande period [2025].", note="names the bracket period"),
        N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"), N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"),
        N("30 september", occ=1), N("30 september", occ=2),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("08.00", note="time of day"), N("28 oktober 2026", occ=2),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("4 februari 2027", note="next report"),
        N("0611-52 30 00"), N("0611-52 30 14"), N("556812-4470", note="org number"),
    ]

    # ------------------------------------------------------------ 2. population statistics Jan-Sep 2026 (Markdown, Publicerad 12 november 2026)
    ML = ("Maria Lindén", "quote")
    FM = ("Folkmängden i de fyra nordliga länen", "Folkmängden")
    FU = ("Födelseunderskottet", "Födelseunderskottet")
    UN = ("ett underskott", "underskott")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    PS = [("Folkmängd", "Folkmängd"), ("befolkningsförändring", "befolkningsförändring"), ("befolkningsförändring", "befolkningsförändring")]
    GOLD["r37_a_befolkning_sep"] = [
        G("781 324 personer", 781324, "count", t=Y26, direction=INC, s=FM, sp=None, note="'den 30 september 2026'; next sentence 'Det är 1 274 fler'"),
        G("1 274", 1274, "count", ctx="Det är [1 274] fler", **L26, direction=INC, s=None, sp=None),
        G("0,2 procent", 0.2, "percent", **L26, direction=INC, s=None, sp=None),
        G("986 personer", 986, "count", t=Y25, direction=INC, s=("folkmängden", "folkmängden"), sp=None, note="'Under samma period 2025'"),
        G("5 612 barn", 5612, "count", **L26, direction=DEC, s=("barn", "barn"), sp=None, note="'Under årets första nio månader'; '143 färre än'"),
        G("143", 143, "count", **L26, direction=DEC, s=None, sp=None),
        G("6 493", 6493, "count", **L26, s=("Antalet döda", "Antalet"), sp=None),
        G("881 personer", 881, "count", **L26, direction=INC, s=FU, sp=None, note="', att jämföra med 702 året innan'"),
        G("702", 702, "count", **L25, s=FU, sp=None),
        G("9,6", 9.6, "count", per="capita", **L26, s=("antalet födda", "antalet"), sp=None, note="'per 1 000 invånare', 'Omräknat till helår'"),
        G("10,1", 10.1, "count", per="capita", **L26, s=("rikets", "rikets"), sp=None, note="one time"),
        G("sju år", 7, "year", s=None, sp=ML, note="'minskat sju år i rad': a duration"),
        G("1,38 barn", 1.38, "count", per="woman", t=Y26, s=("Den summerade fruktsamheten", "fruktsamheten"), sp=ML, note="'i år' resolves"),
        G("under 1,3", 1.3, "count", bound="less_than", per="woman", **L26, s=None, sp=ML, note="'den' (pronoun); present tense"),
        G("6 044 personer", 6044, "count", **L26, s=("Invandringen", "Invandringen"), sp=None),
        G("2 311 personer", 2311, "count", **L26, s=("personer", "personer"), sp=None),
        G("3 733 personer", 3733, "count", **L26, s=("Invandringsöverskottet", "Invandringsöverskottet"), sp=None),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("de invandrade", "invandrade"), sp=None),
        G("mellan 20 och 39 år", None, "year", low=20, high=39, optional=True, s=None, sp=None, note="age band"),
        G("1 578 personer", 1578, "count", **L26, direction=INC, s=UN, sp=None, note="', jämfört med 1 402 under samma period i fjol'"),
        G("1 402", 1402, "count", t=Y25, s=UN, sp=None, note="'i fjol' resolves"),
        G("nästan 2 500 personer", 2500, "count", bound="approx", **L26, direction=DEC, s=("folkmängden", "folkmängden"), sp=ML, note="counterfactual 'hade ... minskat'; 'konstaterar'"),
        G("0,4 procent", 0.4, "percent", **L26, direction=INC, s=("Älvdala och Kustlands län", "län"), sp=None),
        G("drygt 126 000 invånare", 126000, "count", bound="approx", **L26, direction=DEC, s=("invånare", "invånare"), sp=None, note="'har minskat varje år ... och har nu'"),
        G("44,1 år", 44.1, "year", **L26, s=("Medelåldern i de fyra länen", "Medelåldern"), sp=None),
        G("41,6 år", 41.6, "year", **L26, s=None, sp=None, note="one time"),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="'80 år eller äldre': threshold"),
        G("6,8 procent", 6.8, "percent", **L26, s=("Andelen invånare som är 80 år eller äldre", "Andelen"), sp=None),
        G("omkring 781 500 personer", 781500, "count", bound="approx", **L26, s=("Folkmängden", "Folkmängden"), sp=None, note="'vid årets slut'"),
        *_row(G, "| Älvdala län", ["268 412", "+1 046", "+0,4"], pc, PS, sep=" | ", note="Markdown table; caption below 'Folkmängd och befolkningsförändring per län'; 'Folkmängd 30 sep 2026' explicit, change columns 2026 lenient signed"),
        *_row(G, "| Bergsjö län", ["131 907", "−212", "−0,2"], pc, PS, sep=" | "),
        *_row(G, "| Kustlands län", ["254 630", "+988", "+0,4"], pc, PS, sep=" | "),
        *_row(G, "| Fjällheds län", ["126 375", "−548", "−0,4"], pc, PS, sep=" | "),
        G("781 324", 781324, "count", ctx="**[781 324]**", t=Y26, s=PS[0], sp=None, note="bold total row"),
        G("+1 274", 1274, "count", ctx="**[+1 274]**", **L26, direction=INC, s=PS[1], sp=None),
        G("+0,2", 0.2, "percent", ctx="**[+0,2]**", **L26, direction=INC, s=PS[2], sp=None),
    ]
    NEG["r37_a_befolkning_sep"] = [
        N("januari–september 2026", occ=1, note="title"), N("12 november 2026", note="Publicerad"),
        N("30 september 2026"), N("2025", ctx="samma period [2025] ökade"), N("januari–september 2025"),
        N("1 000", ctx="per [1 000] invånare", note="rate denominator"), N("2010", ctx="sedan [2010]"),
        N("30 sep 2026", note="column header"), N("31 dec 2025", note="column header"),
        N("1", ctx="Tabell [1].", note="table number"), N("januari–september 2026", occ=2, note="caption"),
        N("2026", ctx="helåret [2026]"), N("19 februari 2027", note="next report"), N("063-14 82 50"),
    ]

    # ------------------------------------------------------------ 3. public transport, Q3 2026 (HTML, Publicerad 20 oktober 2026)
    JE = ("Jonas Ekerot", "quote")
    BI = ("Biljettintäkterna", "Biljettintäkterna")
    TB = ("En 30-dagarsbiljett för vuxen", "30-dagarsbiljett")
    RS = ("Resor", "Resor")
    rc = [("count", 1000, None, Y26, F, F), ("count", 1000, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r37_a_kollektivtrafik_q3"] = [
        G("9,84 miljoner resor", 9.84e6, "count", t=Y26, direction=INC, s=("resor", "resor"), sp=None, note="'Under tredje kvartalet 2026'; next sentence 'Det är 4,6 procent fler'"),
        G("4,6 procent", 4.6, "percent", **L26, direction=INC, s=None, sp=None),
        G("23 båtturer", 23, "count", **L26, s=("båtturer", "båtturer"), sp=None),
        G("91,3 procent", 91.3, "percent", **L26, s=("alla avgångar med regionbuss", "avgångar"), sp=None),
        G("högst tre minuter", 3, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines 'i tid'"),
        G("minst 93 procent", 93, "percent", bound="at_least", s=("Målet", "Målet"), sp=None, note="standing target"),
        G("88,7 procent", 88.7, "percent", **L26, direction=DEC, s=("punktligheten", "punktligheten"), sp=None),
        G("92,4 procent", 92.4, "percent", t=Y25, s=("punktligheten", "punktligheten"), sp=None, note="'i fjol' resolves"),
        G("drygt 140 000", 140000, "count", bound="approx", **L26, direction=INC, s=("resor", "resor"), sp=JE),
        G("sju veckor", 7, "week", s=None, sp=JE, note="a duration"),
        G("212 miljoner kronor", 212e6, "SEK", **L26, direction=INC, s=BI, sp=None),
        G("7 miljoner kronor", 7e6, "SEK", **L26, direction=INC, s=BI, sp=None),
        G("knappt 44 procent", 44, "percent", bound="approx", **L26, s=("trafikens kostnader", "kostnader"), sp=None),
        G("47 procent", 47, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("895 kronor", 895, "SEK", **L26, direction=INC, s=TB, sp=None, note="'efter en höjning med 40 kronor'"),
        G("40 kronor", 40, "SEK", **L26, direction=INC, s=TB, sp=None),
        G("78 procent", 78, "percent", **L26, s=("Andelen resenärer som är nöjda med sin senaste resa", "Andelen"), sp=None, note="'samma nivå som': no direction"),
        *_row(G, "Stadsbuss", ["4 212", "4 065", "+3,6"], rc, RS, note="HTML table 'Resor per trafikslag, tusental': 'Kv 3 2026' / 'Kv 3 2025' explicit, change 2026 lenient signed; rows are modes"),
        *_row(G, "Regionbuss", ["3 108", "2 941", "+5,7"], rc, RS),
        *_row(G, "Pendeltåg", ["2 274", "2 133", "+6,6"], rc, RS),
        *_row(G, "Skärgårdsbåt", ["186", "198", "−6,1"], rc, RS),
        *_row(G, "Anropsstyrd trafik", ["60", "70", "−14,3"], rc, RS),
        *_row(G, "Totalt", ["9 840", "9 407", "+4,6"], rc, RS),
        G("12 nya elbussar", 12, "count", **L26, s=("elbussar", "elbussar"), sp=None, note="'Under hösten'"),
        G("mellan 38 och 39 miljoner resor", None, "count", low=38e6, high=39e6, **L26, s=("resandet", "resandet"), sp=("Regionen", "credited"), note="'för helåret'"),
    ]
    NEG["r37_a_kollektivtrafik_q3"] = [
        N("20 oktober 2026", note="Publicerad"), N("2026", ctx="tredje kvartalet [2026] gjordes"),
        N("2025", ctx="samma kvartal [2025]"), N("2025", ctx="tredje kvartalet [2025]. Intäkterna"),
        N("30", ctx="En [30]-dagarsbiljett", note="in a product name"), N("1 juli"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("0771-44 55 00"), N("14", ctx="Stationsgatan [14]"), N("721 30", note="postal code"), N("2026", ctx="© [2026]"),
    ]

    # ------------------------------------------------------------ 4. region budget 2027 (Publicerad 25 november 2026)
    AKB = ("Anna-Karin Bergfors", "quote")
    MT = ("Mikael Tornberg", "quote")
    SS = ("Skattesatsen", "Skattesatsen")
    NK = ("Nettokostnad", "Nettokostnad")
    bc = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y27, T, T)]
    GOLD["r37_a_region_budget_2027"] = [
        G("30 öre", 0.30, "SEK", occ=1, **L27, direction=INC, s=("skatten", "skatten"), sp=None, note="title"),
        G("19,8 miljarder kronor", 19.8e9, "SEK", **L27, s=("Regionens totala kostnader", "kostnader"), sp=None, note="the budget year"),
        G("15,6 miljarder kronor", 15.6e9, "SEK", **L27, s=("hälso- och sjukvården", "sjukvården"), sp=None, note="'står för'"),
        G("640 miljoner kronor", 640e6, "SEK", **L27, direction=INC, s=None, sp=None, note="'Det är ... mer än i budgeten för 2026'"),
        G("30 öre", 0.30, "SEK", occ=2, **L27, direction=INC, s=SS, sp=None),
        G("12,18 kronor", 12.18, "SEK", **L27, direction=INC, s=SS, sp=None, note="'per hundralapp': per None"),
        G("35 000 kronor", 35000, "SEK", per="month", optional=True, s=("en månadslön", "månadslön"), sp=None, note="defines the example"),
        G("ungefär 85 kronor", 85, "SEK", bound="approx", per="month", **L27, direction=INC, s=None, sp=None, note="the example's result"),
        G("13,9 miljarder kronor", 13.9e9, "SEK", **L27, s=("Skatteintäkterna", "Skatteintäkterna"), sp=None),
        G("4,7 miljarder kronor", 4.7e9, "SEK", **L27, s=("de generella statsbidragen", "statsbidragen"), sp=None),
        G("198 miljoner kronor", 198e6, "SEK", **L27, s=("ett överskott", "överskott"), sp=None),
        G("1,1 procent", 1.1, "percent", **L27, s=("skatter och bidrag", "skatter"), sp=None),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing target"),
        G("drygt 54 000 kronor", 54000, "SEK", bound="approx", per="capita", **L27, s=("Hälso- och sjukvårdens nettokostnad", "nettokostnad"), sp=None),
        G("55 700 kronor", 55700, "SEK", per="capita", **L27, s=("rikssnittet", "rikssnittet"), sp=None, note="one time"),
        G("cirka 287 000 invånare", 287000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None, note="present tense"),
        G("omkring 170 miljoner kronor", 170e6, "SEK", bound="approx", t=Y27, s=None, sp=AKB, note="'nästa år' resolves; counterfactual saving"),
        G("tre år", 3, "year", s=None, sp=MT, note="'den andra skattehöjningen på tre år'"),
        G("1–2 procent", None, "percent", low=1, high=2, s=("effektiviseringar", "effektiviseringar"), sp=MT, note="counterfactual"),
        G("omkring 14 600 årsarbetare", 14600, "count", bound="approx", **L26, s=("årsarbetare", "årsarbetare"), sp=None, note="'i dag'"),
        G("180 nya tjänster", 180, "count", **L27, s=("tjänster", "tjänster"), sp=None),
        G("120", 120, "count", ctx="varav [120] inom", **L27, s=None, sp=None),
        G("minst 25 procent", 25, "percent", bound="at_least", **L27, direction=DEC, s=("kostnaderna för inhyrd personal", "kostnaderna"), sp=None, note="'jämfört med 2026'"),
        G("knappt 410 miljoner kronor", 410e6, "SEK", bound="approx", t=Y26, s=None, sp=None, note="'I år' resolves; 'de'"),
        *_row(G, "Hälso- och sjukvårdsnämnden", ["14 960", "15 600", "+640"], bc, NK, note="table 'Nettokostnad per nämnd, miljoner kronor': 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed; rows are committees"),
        *_row(G, "Tandvårdsnämnden", ["612", "634", "+22"], bc, NK),
        *_row(G, "Kollektivtrafiknämnden", ["1 148", "1 205", "+57"], bc, NK),
        *_row(G, "Kultur- och bildningsnämnden", ["318", "311", "−7"], bc, NK),
        *_row(G, "Regionstyrelsen", ["842", "829", "−13"], bc, NK),
        *_row(G, "Totalt", ["17 880", "18 579", "+699"], bc, NK),
        G("1,3 miljarder kronor", 1.3e9, "SEK", t=Y27, s=("Investeringarna", "Investeringarna"), sp=None),
        G("450 miljoner kronor", 450e6, "SEK", t=Y27, s=("ombyggnaden av akutmottagningen vid Nordmarks sjukhus", "ombyggnaden"), sp=None),
        G("mellan 1,2 och 1,5 miljarder kronor", None, "SEK", low=1.2e9, high=1.5e9, per="year", t=("2027", "2030"), lenient=True, s=("Investeringsnivån", "Investeringsnivån"), sp=None, note="'fram till 2030'"),
        G("57 miljoner kronor", 57e6, "SEK", **L27, direction=INC, s=("Kollektivtrafiknämnden", "Kollektivtrafiknämnden"), sp=None, note="'mer än i år'; the receiver"),
        G("14 regionbusslinjerna", 14, "count", **L26, s=("regionbusslinjerna", "regionbusslinjerna"), sp=None),
    ]
    NEG["r37_a_region_budget_2027"] = [
        N("2027", ctx="budget för [2027] –", note="title"), N("25 november 2026", note="Publicerad"),
        N("2027", ctx="budgeten för [2027]. Regionens"), N("2026", ctx="budgeten för [2026]."),
        N("2026", ctx="jämfört med [2026]."), N("Budget 2026", note="column header"), N("Budget 2027", note="column header"),
        N("2027", ctx="under [2027],"), N("2030", ctx="fram till [2030]"), N("0660-52 00 00"),
    ]

    # ------------------------------------------------------------ 5. elderly-care op-ed (UNDATED: no date, no sidecar)
    PL = ("platser", "platser")
    VE = ("vår egen enkät", "enligt")
    o80 = lambda c: G("80 år", 80, "year", bound="more_than", optional=True, ctx=c, s=None, sp=None, note="age threshold")
    GOLD["r37_a_debatt_aldreomsorg"] = [
        G("drygt 11 procent", 11, "percent", bound="approx", direction=DEC, s=("antalet platser i särskilt boende i Sverige", "antalet"), sp=None, note="'Sedan 2010' (UNDATED: no period)"),
        o80("invånare över [80 år] ökat"),
        G("nästan 45 procent", 45, "percent", bound="approx", direction=INC, s=("antalet invånare över 80 år", "antalet"), sp=None),
        G("196 platser", 196, "count", per="capita", s=PL, sp=None, note="'För femton år sedan'; from-value"),
        o80("invånare över [80 år]. I dag"),
        G("121", 121, "count", per="capita", direction=DEC, s=("siffran", "siffran"), sp=None),
        G("omkring 170 platser", 170, "count", bound="approx", per="capita", s=PL, sp=None, note="Norway, one time"),
        G("ungefär 40 procent", 40, "percent", bound="approx", s=None, sp=None, note="one time"),
        G("148 platser", 148, "count", per="capita", s=PL, sp=None),
        o80("invånare över [80 år], i grannkommunen"),
        G("89", 89, "count", per="capita", ctx="Ekåsen bara [89].", s=None, sp=None),
        G("94 dagar", 94, "day", s=None, sp=None),
        G("31 dagar", 31, "day", s=None, sp=None),
        G("cirka 3 100 kronor", 3100, "SEK", bound="approx", per="day", s=("En plats i särskilt boende", "plats"), sp=None),
        G("mer än 120 timmar", 120, "hour", bound="more_than", per="month", optional=True, s=None, sp=None, note="defines 'omfattande hemtjänst'"),
        G("mellan 2 400 och 3 000 kronor", None, "SEK", low=2400, high=3000, per="day", s=("En person med omfattande hemtjänst", "person"), sp=None),
        G("1 250 medlemmar", 1250, "count", optional=True, s=("medlemmar", "medlemmar"), sp=VE, note="sample"),
        G("var tredje", 1 / 3, "ratio", s=None, sp=VE),
        G("Nästan hälften", 0.5, "ratio", bound="approx", s=None, sp=None),
        G("61 procent", 61, "percent", direction=DEC, s=("Andelen undersköterskor med adekvat utbildning", "Andelen"), sp=None),
        G("74 procent", 74, "percent", s=None, sp=None, note="one time"),
        G("tio", 10, "count", ctx="I de [tio] kommuner", optional=True, s=("kommuner", "kommuner"), sp=None, note="the set"),
        G("500 miljoner kronor", 500e6, "SEK", s=("ett äldreomsorgslyft", "äldreomsorgslyft"), sp=None, note="'nästa år' does not resolve"),
        G("ungefär 440 platser", 440, "count", bound="approx", s=PL, sp=None),
        G("minst 150 platser", 150, "count", bound="at_least", per="capita", s=("Ett nationellt golv", "golv"), sp=None),
        o80("invånare över [80 år], att nås"),
        G("fem år", 5, "year", bound="at_most", s=None, sp=None, note="'inom fem år'"),
        G("3 miljarder kronor", 3e9, "SEK", per="year", s=("Ett riktat statsbidrag", "statsbidrag"), sp=None),
        G("85 år", 85, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("150 platser", 150, "count", per="capita", ctx="golv på [150 platser] skulle", s=("Ett golv", "golv"), sp=None),
        G("ungefär 16 000 nya platser", 16000, "count", bound="approx", s=PL, sp=None),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", s=("de platser som har försvunnit sedan 2010", "platser"), sp=None),
    ]
    NEG["r37_a_debatt_aldreomsorg"] = [
        N("2010", ctx="Sedan [2010] har"), N("femton år", note="'För femton år sedan' places a figure"),
        N("1 000", ctx="per [1 000] invånare över 80 år. I dag", note="rate denominator"),
        N("1 000", ctx="per [1 000] invånare i samma", note="rate denominator"),
        N("1 000", ctx="per [1 000] invånare över 80 år, i grannkommunen", note="rate denominator"),
        N("1 000", ctx="per [1 000] invånare över 80 år, att", note="rate denominator"),
        N("1", ctx="[1]. Ett nationellt", note="list numbering"), N("2", ctx="[2]. Ett riktat", note="list numbering"),
        N("3", ctx="[3]. En rätt", note="list numbering"), N("2010", ctx="sedan [2010] om"),
    ]

    # ------------------------------------------------------------ 6. weekly grocery prices, week 44 (sidecar 2026-11-02)
    AW = ("Anders Wikström", "quote")
    MI = ("Matprisindex", "Matprisindex")
    SM = ("Smör", "Smör")
    MK = ("Matkassen för en familj med två vuxna och två barn", "Matkassen")
    GP = ("Genomsnittspris", "Genomsnittspris")
    gc = [("SEK", 1, "kg", Y26, T, F), ("SEK", 1, "kg", Y26, T, F), ("SEK", 1, "kg", Y25, T, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r37_a_matpriser_v44"] = [
        G("138,6", 138.6, "number", **L26, direction=INC, s=MI, sp=None, note="'denna vecka från 137,9 veckan innan'"),
        G("137,9", 137.9, "number", **L26, s=MI, sp=None, note="from-value"),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=("maten", "maten"), sp=None, note="'Jämfört med samma vecka i fjol ... dyrare'"),
        G("112,40 kronor", 112.40, "SEK", per="kg", **L26, direction=INC, s=SM, sp=None),
        G("2,50 kronor", 2.50, "SEK", per="kg", **L26, direction=INC, s=SM, sp=None),
        G("fem veckor", 5, "week", occ=1, s=None, sp=None, note="'stigit fem veckor i rad': a duration"),
        G("drygt 14 procent", 14, "percent", bound="approx", **L26, direction=INC, s=("Smörpriset", "Smörpriset"), sp=None),
        G("148,90 kronor", 148.90, "SEK", per="kg", **L26, direction=INC, s=("Malet kaffe", "kaffe"), sp=None),
        G("nästan 23 procent", 23, "percent", bound="approx", **L26, direction=INC, s=("Malet kaffe", "kaffe"), sp=None),
        G("5–10 procent", None, "percent", low=5, high=10, **L26, direction=INC, s=("kaffe", "kaffe"), sp=AW, note="'fram till jul'"),
        G("16,90 kronor", 16.90, "SEK", per="kg", **L26, direction=DEC, s=("Gul lök", "lök"), sp=None, note="'under förra höstens nivåer'"),
        G("14,20 kronor", 14.20, "SEK", per="kg", **L26, direction=DEC, s=("potatis", "potatis"), sp=None),
        G("13,90 kronor", 13.90, "SEK", per="l", **L26, s=("Mellanmjölk", "Mellanmjölk"), sp=None, note="'oförändrat'"),
        *_row(G, "Smör", ["112,40", "109,90", "98,50", "+14,1"], gc, GP, note="table 'Genomsnittspris, kronor per kilo': 'Denna vecka' / 'Förra veckan' 2026 lenient, 'För ett år sedan' 2025 lenient, 'Förändring på ett år, %' 2026 lenient signed; rows are products"),
        *_row(G, "Malet kaffe", ["148,90", "146,50", "121,30", "+22,8"], gc, GP),
        *_row(G, "Nötfärs", ["129,00", "129,00", "124,90", "+3,3"], gc, GP),
        *_row(G, "Kycklingfilé", ["109,50", "111,90", "112,80", "−2,9"], gc, GP),
        *_row(G, "Gul lök", ["16,90", "16,50", "18,40", "−8,2"], gc, GP),
        *_row(G, "Potatis", ["14,20", "13,90", "15,60", "−9,0"], gc, GP),
        *_row(G, "Bananer", ["24,90", "24,90", "23,50", "+6,0"], gc, GP),
        G("3 248 kronor", 3248, "SEK", **L26, direction=INC, s=MK, sp=None),
        G("96 kronor", 96, "SEK", **L26, direction=INC, s=None, sp=None),
        G("1 127 kronor", 1127, "SEK", **L26, s=("motsvarande kasse", "kasse"), sp=None),
        G("11 procent", 11, "percent", **L26, s=None, sp=None, note="one time, 'det'"),
        G("fem veckor", 5, "week", occ=2, s=None, sp=None, note="'fem veckor i följd'"),
        G("2,40 kronor", 2.40, "SEK", per="kg", ctx="med [2,40 kronor] per", **L26, direction=DEC, s=("Kycklingfilé", "Kycklingfilé"), sp=None),
        G("2,9 procent", 2.9, "percent", **L26, direction=INC, s=("Konsumentprisindex", "Konsumentprisindex"), sp=None, note="'i september ... högre än ett år tidigare'"),
        G("52 varor", 52, "count", optional=True, s=("varor", "varor"), sp=("Matpriskollen", "publisher"), note="sample"),
        G("340 butiker", 340, "count", optional=True, s=("butiker", "butiker"), sp=("Matpriskollen", "publisher")),
    ]
    NEG["r37_a_matpriser_v44"] = [
        N("44", ctx="VECKA [44]", note="week number"), N("2020", ctx="januari [2020] =", note="index base"),
        N("100", ctx="= [100])", note="index base"),
    ]

    # ------------------------------------------------------------ 7. ski resort, season 2025/26 (Publicerad 14 maj 2026)
    ES = ("Erik Sandahl", "quote")
    S = ("2025", "2026")
    P = ("2024", "2025")
    LS = dict(t=S, lenient=True)
    AD = ("Antalet skiddagar", "Antalet")
    LI = ("Liftintäkterna", "Liftintäkterna")
    PD = ("priset för ett dagkort", "priset")
    SD = ("Skiddagar", "Skiddagar")
    mc = lambda y_new, y_old: [("count", 1000, None, y_new, T, F), ("count", 1000, None, y_old, T, F), ("percent", 1, None, y_new, T, T)]
    GOLD["r37_a_skidort_2526"] = [
        G("7,4 procent", 7.4, "percent", ctx="ökade med [7,4 procent]", **LS, direction=INC, s=AD, sp=None, note="the season of the previous sentence"),
        G("1 284 000", 1284000, "count", **LS, direction=INC, s=AD, sp=None),
        G("1 196 000", 1196000, "count", t=P, s=AD, sp=None, note="'säsongen 2024/25'"),
        G("1 312 000 skiddagar", 1312000, "count", t=("2018", "2019"), s=("skiddagar", "skiddagar"), sp=None),
        G("626 miljoner kronor", 626e6, "SEK", **LS, direction=INC, s=LI, sp=None),
        G("41 miljoner kronor", 41e6, "SEK", **LS, direction=INC, s=LI, sp=None),
        G("488 kronor", 488, "SEK", per="skier_day", **LS, s=("Genomsnittsintäkten per skiddag", "Genomsnittsintäkten"), sp=None, note="'ungefär samma nivå': no direction"),
        G("489 kronor", 489, "SEK", per="skier_day", t=P, lenient=True, s=None, sp=None, note="'året innan', 'den'"),
        G("20 kronor", 20, "SEK", **LS, direction=INC, s=PD, sp=None),
        G("595 kronor", 595, "SEK", **LS, direction=INC, s=PD, sp=None),
        G("152 dagar", 152, "day", **LS, direction=INC, s=("backarna", "backarna"), sp=None, note="', 11 fler än förra säsongen'"),
        G("11", 11, "day", ctx="dagar, [11] fler", **LS, direction=INC, s=None, sp=None),
        G("142 centimeter", 142, "cm", **LS, s=("Snödjupet vid toppstationen", "Snödjupet"), sp=None),
        G("118 dagar", 118, "day", **LS, s=("dagar med nysnö eller konstsnöproduktion", "dagar"), sp=None),
        G("knappt 20 dagar", 20, "day", bound="approx", **LS, s=None, sp=None),
        G("nästan dubbelt så många", 2, "number", bound="approx", optional=True, t=("2025", "2025"), lenient=True, direction=INC, s=("skiddagar", "skiddagar"), sp=ES, note="multiplier, 'i november som säsongen innan'"),
        G("85 miljoner kronor", 85e6, "SEK", t=("2026", "2027"), s=("en ny sexstolslift i Västra backen", "sexstolslift"), sp=ES, note="'Inför nästa säsong' resolves"),
        *_row(G, "November", ["38", "21", "+81,0"], mc(Y25, Y24), SD, note="table 'Skiddagar per månad, tusental': '2025/26' / '2024/25'; a month takes its calendar year within the season, lenient; change signed"),
        *_row(G, "December", ["196", "183", "+7,1"], mc(Y25, Y24), SD),
        *_row(G, "Januari", ["214", "208", "+2,9"], mc(Y26, Y25), SD),
        *_row(G, "Februari", ["318", "301", "+5,6"], mc(Y26, Y25), SD),
        *_row(G, "Mars", ["341", "312", "+9,3"], mc(Y26, Y25), SD),
        *_row(G, "April", ["177", "171", "+3,5"], mc(Y26, Y25), SD),
        *_row(G, "Totalt", ["1 284", "1 196", "+7,4"], [("count", 1000, None, S, F, F), ("count", 1000, None, P, F, F), ("percent", 1, None, S, T, T)], SD),
        G("31 procent", 31, "percent", **LS, s=("Andelen utländska gäster", "Andelen"), sp=None),
        G("24 procent", 24, "percent", **LS, s=None, sp=None, note="one time"),
        G("mer än hälften", 0.5, "ratio", bound="more_than", **LS, s=("de utländska besöken", "besöken"), sp=None),
        G("640 anställda", 640, "count", **LS, s=("anställda", "anställda"), sp=None),
        G("drygt 400", 400, "count", bound="approx", **LS, s=("säsongsanställda", "säsongsanställda"), sp=None),
        G("82 procent", 82, "percent", **LS, s=("en genomsnittlig beläggning", "beläggning"), sp=None, note="'december–april'"),
        G("4 950 kronor", 4950, "SEK", **LS, s=("Ett säsongskort för vuxen", "säsongskort"), sp=None),
        G("148 miljoner kronor", 148e6, "SEK", **LS, direction=INC, s=("Restaurangerna i backen", "Restaurangerna"), sp=None),
        G("9 procent", 9, "percent", **LS, direction=INC, s=None, sp=None),
        G("drygt 21 000 elever", 21000, "count", bound="approx", **LS, s=("elever", "elever"), sp=None),
        G("912 miljoner kronor", 912e6, "SEK", **LS, s=("Bolagets totala omsättning", "omsättning"), sp=None),
        G("mellan 140 och 160 miljoner kronor", None, "SEK", low=140e6, high=160e6, **LS, s=("ett rörelseresultat", "rörelseresultat"), sp=("Bolaget", "credited"), note="'räkenskapsåret som avslutas den 31 augusti'"),
        G("3,50 kronor", 3.50, "SEK", per="share", **LS, s=("en utdelning", "utdelning"), sp=("Styrelsen", "credited")),
    ]
    NEG["r37_a_skidort_2526"] = [
        N("2025/26", ctx="Säsongen [2025/26] den", note="title"), N("14 maj 2026", note="Publicerad"),
        N("2025/26", ctx="Säsongen [2025/26] blev"), N("2024/25", ctx="säsongen [2024/25]."), N("2018/19"),
        N("2025/26", ctx="Månad [2025/26]", note="column header"), N("2024/25", ctx="2025/26 [2024/25] Förändring", note="column header"),
        N("31 augusti"), N("2026/27"), N("20 november"), N("556214-8839", note="org number"),
        N("2", ctx="Fjällvägen [2]"), N("840 94", note="postal code"),
    ]

    # ------------------------------------------------------------ 8. police traffic controls, October 2026 (Publicerad 9 november 2026)
    LR = ("Lena Rydholm", "quote")
    NK8 = ("nykterhetskontroller", "nykterhetskontroller")
    DR = ("Antalet misstänkta drograttfylleribrott", "Antalet")
    MR = ("Misstänkta rattfylleribrott", "rattfylleribrott")
    kc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T), ("count", 1, "control", Y26, F, F)]
    GOLD["r37_a_trafikkontroll_okt"] = [
        G("48 620 nykterhetskontroller", 48620, "count", **L26, direction=INC, s=NK8, sp=None, note="'Under oktober'; ', 6 procent fler'"),
        G("6 procent", 6, "percent", **L26, direction=INC, s=None, sp=None),
        G("214 förare", 214, "count", **L26, s=("förare", "förare"), sp=None),
        G("61", 61, "count", ctx="varav [61] för", **L26, s=None, sp=None),
        G("4,4 misstänkta", 4.4, "count", per="control", **L26, direction=INC, s=("misstänkta", "misstänkta"), sp=None, note="'per 1 000 kontroller, jämfört med 4,1 under oktober 2025'"),
        G("4,1", 4.1, "count", per="control", ctx="jämfört med [4,1] under", t=Y25, s=None, sp=None),
        G("3,7", 3.7, "count", per="control", **L26, s=None, sp=None, note="the country, one time; 'per 1 000 kontrollerade förare'"),
        G("97", 97, "count", ctx="ökade till [97] från", **L26, direction=INC, s=DR, sp=None),
        G("82", 82, "count", ctx="från [82] i", t=Y25, s=DR, sp=None, note="from-value 'i oktober 2025'"),
        G("minst 50 000 nykterhetskontroller", 50000, "count", bound="at_least", per="month", t=("2026", "2027"), lenient=True, s=NK8, sp=LR, note="'Hon uppger'; 'under vintern'"),
        *_row(G, "Sjöviks län", ["88", "71", "+23,9", "4,9"], kc, MR, note="table 'Misstänkta rattfylleribrott per län': 'Okt 2026' / 'Okt 2025' / 'Per 1 000 kontroller, okt 2026' explicit, 'Förändring, %' 2026 lenient signed; rows are counties"),
        *_row(G, "Granlunds län", ["54", "58", "−6,9", "3,6"], kc, MR),
        *_row(G, "Älvmo län", ["72", "59", "+22,0", "4,6"], kc, MR),
        *_row(G, "Totalt", ["214", "188", "+13,8", "4,4"], kc, MR),
        G("3 912 fortkörningar", 3912, "count", **L26, direction=DEC, s=("fortkörningar", "fortkörningar"), sp=None),
        G("9 procent", 9, "percent", **L26, direction=DEC, s=("fortkörningar", "fortkörningar"), sp=None, note="', en minskning med ... jämfört med samma månad i fjol'"),
        G("Drygt var femte", 0.2, "ratio", bound="approx", **L26, s=("förarna", "förarna"), sp=None),
        G("mer än 30 km/h", 30, "km/h", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("187 km/h", 187, "km/h", **L26, s=("Den högsta uppmätta hastigheten", "hastigheten"), sp=None),
        G("100 km/h", 100, "km/h", optional=True, s=("hastighetsgränsen", "hastighetsgränsen"), sp=None, note="the speed limit"),
        G("1 480", 1480, "count", **L26, s=("fortkörningarna", "fortkörningarna"), sp=None),
        G("46 fasta kameraplatser", 46, "count", **L26, s=("fasta kameraplatser", "kameraplatser"), sp=None),
        G("31–40 km/h", None, "km/h", low=31, high=40, optional=True, s=None, sp=None, note="the fine's band"),
        G("högst 50 km/h", 50, "km/h", bound="at_most", optional=True, s=None, sp=None, note="threshold"),
        G("3 600 kronor", 3600, "SEK", **L26, s=("Ordningsboten", "Ordningsboten"), sp=None, note="present tense"),
        G("1 106 tunga fordon", 1106, "count", **L26, s=("tunga fordon", "fordon"), sp=None),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", **L26, s=("kontroll", "kontroll"), sp=None),
        G("431 000 nykterhetskontroller", 431000, "count", **L26, s=NK8, sp=None, note="'Sedan januari'"),
        G("1 873 förare", 1873, "count", **L26, s=("förare", "förare"), sp=None),
        G("2 204", 2204, "count", t=Y25, s=("antalet misstänkta", "antalet"), sp=None, note="'Hela förra året' resolves"),
        G("minst 40 procent", 40, "percent", bound="at_least", s=("kontrollerna", "kontrollerna"), sp=None, note="standing target"),
        G("36 procent", 36, "percent", t=Y26, s=("andelen", "andelen"), sp=None, note="'Hittills i år' resolves"),
        G("3 personer", 3, "count", **L26, direction=DEC, s=("personer", "personer"), sp=None),
        G("5", 5, "count", ctx="jämfört med [5] i oktober", t=Y25, s=None, sp=None),
        G("4 procent", 4, "percent", ctx="saknade [4 procent] av", **L26, s=("förarna", "förarna"), sp=None),
    ]
    NEG["r37_a_trafikkontroll_okt"] = [
        N("9 november 2026", note="Publicerad"), N("1 000", ctx="per [1 000] kontroller, jämfört", note="rate denominator"),
        N("oktober 2025", occ=1), N("1 000", ctx="per [1 000] kontrollerade", note="rate denominator"),
        N("oktober 2025", occ=2), N("02.00", note="time of day"), N("06.00", note="time of day"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("1 000", ctx="Per [1 000] kontroller, okt", note="column header"), N("okt 2026", note="column header"),
        N("oktober 2025", occ=3), N("114 14", note="phone number"),
    ]
    return GOLD, NEG
