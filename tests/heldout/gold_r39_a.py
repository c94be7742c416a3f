"""Round 39, part A (r39_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 39, part A (r39_a_*): eight kinds, written from scratch (r39_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# a listed gaming company's interim report January-September 2026 (dateline 'Stockholm den 29 oktober 2026'; 'Siffror
# inom parentes avser motsvarande period föregående år'; intäkter, EBITDA in MSEK, EBITDA margin, active customers, ARPU
# per månad, the CEO's quote; plain-text table 'NYCKELTAL, MSEK' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep
# 2025'), a statistics office's guest-night release for October 2026 (Markdown, 'Publicerad 26 november 2026'; hotel,
# hostel, camping, Swedish and foreign nights, room price per natt, an analyst's quote; Markdown table by county
# 'Oktober 2026, tusental' / 'Oktober 2025, tusental' / 'Förändring, %' with a bold total row; 'per 1 000 invånare';
# januari-oktober totals), a municipality's winter-maintenance report 2025/26 ('Rapport till tekniska nämnden, 12 maj
# 2026'; costs against the budget and earlier winters, tonnes of salt, kronor per ton and per kilometer, the street
# chief's quote; plain-text table by winter 2021/22-2025/26), a TT article on train punctuality ('Publicerad 9 november
# 2026 kl. 05.45'; per cent on time by train type, operator and line, procentenheter, delay minutes, quotes by an agency
# and a passenger association, a fact box), an UNDATED opinion piece on municipal tax (no date, no sidecar; kronor per
# hundralapp, costs per invånare, 'Sedan 2000', three numbered demands), a port's cruise season 2026 (HTML, dated only by
# its sidecar 2026-10-21; calls, passengers, spending per passagerare, the commercial director's quote; HTML table by
# month 'Anlöp 2026' / 'Anlöp 2025' / 'Passagerare 2026' / 'Passagerare 2025' / 'Förändring passagerare, %'), an
# amusement park's season report 2026 ('Publicerad 7 oktober 2026'; visitors, revenue per besökare, bracketed prior
# figures without a bracket note, seasonal staff, the CEO's quote; plain-text table 'Besökare per månad' '2026, tusental'
# / '2025, tusental' / 'Förändring, %'), and a water utility's drinking-water report 2025 (Markdown, 'Publicerad 16 april
# 2026'; liter per person och dygn, leakage, renewal in kilometer, the CEO's quote; Markdown table by waterworks
# 'Producerat 2025, tusen m³' / 'Producerat 2024, tusen m³' / 'Förändring, %' / 'Antal prover 2025' with a skipped text
# column and a bold total row).
# The r8-r38 decisions are followed (headers of gold_r28_a.py, gold_r37_a.py, gold_r38_a.py): periods at year grain (a
# winter '2025/26' = ('2025','2026')); relative expressions in the sentence ('i fjol', 'förra året', 'i år', 'nästa år')
# resolve against the publication date and are not lenient; 'ett år tidigare', 'året innan', 'vintern innan', 'i dag',
# 'nu', a month or month range without a year, a heading's, caption's or the document's period are lenient; present
# tense is lenient on the publication year; brackets lenient on the period the bracket note names; a level followed by
# ', jämfört med' / ', att jämföra med' / 'mot' (an earlier time) or by 'Det är X fler/mindre' or ', X procent färre än'
# (an earlier time) is the new value after a change; from-values have no direction; comparisons at one time (another
# operator, line, county, the country, a budget, a normal year) have no direction; multipliers optional; samples,
# thresholds, age bands, rules, worked-example inputs and the set a text names optional; standing targets with no year
# have no period; table cells take their column (or row) headers' periods explicit, change columns their direction from
# the sign, lenient; rows that are categories take the column's or caption's measure as subject, rows that are measures
# their own label; per: 'per invånare' / 'per 1 000 invånare' / 'per 100 invånare' / 'per person' / 'per person och
# dygn' = "capita" (value as written), 'per aktie' "share", 'per månad' "month", 'per år' / 'om året' / 'årliga' "year",
# 'per dag' / 'per dygn' "day", 'per ton' "tonne", 'per kilometer' / 'per 100 kilometer' "km", 'per natt' "night",
# 'per passagerare' "passenger", 'i timmen'/'timlön' "hour"; 'kronor per hundralapp' per None (r10); 'X procent av Y' and
# 'X av Y' take Y; 'X står/svarar för Y' takes X; a quote credits every figure in it; 'Enligt X' enligt; 'X föreslår' /
# 'X räknar med' / 'X påpekar att' credited; pronouns, 'Det', 'vilket' and elided nouns or comparatives s None; the
# UNDATED text has no period on any figure and its signatories are no speaker; a publisher's own target in the third
# person ('Hamnens mål') has no speaker.
# Where those were silent, decided here:
# - Gaming (dateline 2026-10-29): bullets under 'TREDJE KVARTALET 2026' / 'PERIODEN JANUARI–SEPTEMBER 2026' 2026
#   lenient, brackets 2025 lenient; 'ökade med X till Y (Z)' X and Y increase, Z none. Quote figures 'under kvartalet'
#   2026 lenient; 'växte vi med mer än 30 procent' s None (pronoun); 'målet om en EBITDA-marginal på minst 25 procent
#   över tid' a standing target (no period). 'Sverige svarade för 38 procent ..., jämfört med 44 procent ett år
#   tidigare' 38 decrease (s 'Sverige'), 44 2025 lenient. 'höjdes den 1 januari 2026 från 18 till 22 procent' 18 a
#   from-value 2025 lenient, 22 2026 explicit increase. 'vilket belastade kvartalet med cirka 14 MSEK' s None, no
#   direction (a cost, not a change of a level). 'Kasino står för 71 procent' present: 2026 lenient. ARPU '681 kronor
#   per månad, att jämföra med 669 kronor under tredje kvartalet 2025' 681 increase. 'interna tak på 4 procent' a rule:
#   optional. 'för totalt 118 MSEK' s None. 'mellan 3 250 och 3 350 MSEK' ('helåret 2026') explicit, 'Styrelsen
#   bedömer' credited. Table: column periods explicit; rows are measures; 'Aktiva kunder, tusental' x1000 count.
# - Guest nights (published 2026-11-26): 'i oktober' 2026 lenient. 'Hotellen stod för 2 874 000 gästnätter' s
#   'Hotellen' (X står för), increase (next sentence 'Det är 3,1 procent fler'); '726 000 gästnätter, ungefär lika många
#   som ett år tidigare' no direction. 'Norge ... med 198 000 gästnätter' s the counted noun; '154 000', '97 000' s None
#   (elided). 'Från USA kom 41 000 gästnätter, knappt 5 procent färre än i oktober 2025' 41 000 decrease. The analyst's
#   'mellan 25 och 30 procent' (nu) 2026 lenient, s 'utländska gäster' (står för). '911 gästnätter per 1 000 invånare'
#   count per="capita", '376' s None, one time. Table: 'tusental' x1000; rows are counties: s 'Gästnätter' (heading
#   'Gästnätter per län'); bold total row by ctx. 'två större hotell' required (a count). Jan-Oct: '62,4 miljoner'
#   explicit ('januari–oktober 2026') increase, '1,8 procent' same sentence explicit; '17,9 miljoner ..., ungefär 3
#   procent färre än rekordåret 2024' decrease, 2026 lenient ('under perioden'). 'cirka 4 300 anläggningar' sample,
#   'minst 9 bäddar' threshold, 'högst 1 procent' revision margin: optional.
# - Winter maintenance (report dated 12 maj 2026, taken as the publication date): figures about 'vintern 2025/26'
#   ('2025','2026'), lenient where the sentence does not name the winter. Costs against the budget: no direction. 'Kostnaden var
#   41 procent högre än vintern 2024/25' increase (an earlier time). 'Snittet för de fyra föregående vintrarna' ('2021',
#   '2025') lenient. '27 plogutryckningar ..., mot 16 vintern innan' 27 increase, 16 ('2024','2025') lenient. '212
#   centimeter' unit cm; 'nästan dubbelt så mycket som ett normalt år' optional multiplier, no direction (the normal).
#   Present tense ('utgör', 'utförs av') 2026 lenient. '1 180 kronor per ton ..., 6 procent högre än i det tidigare
#   avtalet' both increase (an earlier contract). 'noll grader' in the quote optional (names the freezing point).
#   '71 000 kronor per kilometer' 'Enligt den jämförelse ...' enligt. Table: rows are winters (row header periods
#   explicit), columns measures: s the column header; 'mnkr' x1e6. Service levels 'över 5 centimeter', 'inom 4
#   timmar', 'inom 12 timmar' rules: optional. '22 av 27 utryckningar' both counted (s 'utryckningar'). 'mer än dubbelt
#   så många som vintern innan' optional multiplier, increase. Proposal 'höjs till 33 miljoner kronor från och med
#   vintern 2026/27' ('2026','2027') explicit, increase, 'Förvaltningen föreslår' credited (also '1,5 miljoner kronor',
#   '3–5 busslinjer').
# - Train punctuality (published 2026-11-09): 'I oktober' 2026 lenient, 'i oktober i fjol' 2025 explicit. '91,2
#   procent' increase (next sentence 'Det är 2,4 procentenheter bättre'), 'enligt ... Järnvägsverket'. Train types,
#   operators and lines at one time: no direction; 'hade en punktlighet på' s 'en punktlighet'; elided 'följt av X med
#   92,8 procent' s None. 'färre än sju av tio tåg' ratio 0.7 less_than. 'nästan en tredjedel' (signal faults, 'sedan i
#   fjol') ratio, decrease, 2026 lenient. The 95 per cent industry target: standing, no period, credited to the
#   association ('påpekar att'). The commuter example ('20 minuter sent två gånger i veckan') optional. Survey sample
#   '1 850 svarande' optional; 'var fjärde' enligt 'föreningens egen enkät'. 'Under januari–oktober' 2026 lenient.
#   '9 420, cirka 1 100 färre än förra året' both decrease. 'för helåret' 2026 lenient, 'Järnvägsverket räknar med'
#   credited. 'brukar ... sjunka med 3–4 procentenheter' a recurring pattern: no period, decrease. Fact box: 'högst 5
#   minuter' definition optional, 'cirka 2 600 persontåg per dag' the scope of the statistics optional. 'de tre
#   storstäderna' optional (the set).
# - Tax op-ed (UNDATED): no periods. 'Tjugo mil' optional background distance (200 km). The worked example's input
#   'en månadslön på 32 000 kronor' optional, its results 'knappt 2 000 kronor i månaden' (s 'skillnaden') and 'drygt
#   23 000 kronor om året' (s None) required. 'Sedan 2000 har Tallåsa höjt skatten med 2,10 kronor' increase, 'sänkt sin
#   med 0,45 kronor' decrease s None. 'från 20,55 till 21,38 kronor' from-value / increase. Costs per invånare at one
#   time: no direction. 'Enligt våra beräkningar' enligt (the writers' own calculation named as a source). 'ytterligare
#   12 miljoner kronor om året' increase (a growing need), 'enligt kommunens egen prognos' enligt; 'drygt 60 öre'
#   (vilket) increase, s None. 'mer än 25 kronor' after 'Ingen kommun borde behöva ta ut' a negated ceiling: at_most,
#   optional. 'skattesats över 23 kronor', 'över 75 år', 'över 80 år', 'inom tio år' thresholds / rules: optional;
#   'halveras' optional multiplier (0.5, decrease). '4,2 företag per 100 invånare' count per="capita".
# - Cruise (HTML, sidecar 2026-10-21): 'under året' / 'säsongen' 2026 lenient; 'passerade för första gången 250 000'
#   more_than (a milestone passed). 'från 104 säsongen 2025 till 118 i år' from-value / increase. 'per anlöp'
#   per="call" (a new denominator: no existing per value is a ship call). '1 140 kronor per passagerare ..., 90 kronor
#   mer än 2025' increase, per="passenger", enligt 'en enkät som hamnen genomförde'; '430 kronor per person' per="capita".
#   'uppskattningsvis' approx. 'mellan 120 och 130 anlöp nästa år' 2027 explicit. 'minst 75 procent ... år 2030' a
#   target with a year: 2030 explicit, no speaker (the publisher's own in the third person). Table: 'Anlöp 2026' /
#   'Anlöp 2025' / 'Passagerare 2026' / 'Passagerare 2025' explicit; 'Förändring passagerare, %' 2026 lenient signed;
#   rows are months: s the column measures 'Anlöp' and 'Passagerare'.
# - Amusement park (published 2026-10-07): the season 2026 lenient. Brackets with no note ('412 miljoner kronor (371)')
#   are the season before: 2025 lenient; the main figure no direction (no verb of change). 'Intäkten per besökare'
#   per="visit" (an existing value: revenue per visitor counts each visit). 'steg till 602 kronor från 581 kronor året
#   innan' 602 increase, 581 from-value 2025 lenient. 'lördagen den 11 juli' 2026 lenient. 'kapacitetstaket på 10 000
#   besökare per dag' a rule: optional. '4,3 gånger' a visit frequency: count, required. 'Timlönen ... var lägst 142
#   kronor' at_least per="hour". 'mellan 16 och 24 år', 'över 18 år' optional. 'samma nivå som i fjol' no direction.
#   '24 minuter ..., jämfört med 31 minuter ett år tidigare' decrease / 2025 lenient. 'Inför 2027 ... 60–70 miljoner'
#   2027 explicit. Table: '2026, tusental' / '2025, tusental' explicit x1000, change 2026 lenient signed; rows are months:
#   s 'Besökare' (caption 'Besökare per månad').
# - Drinking water (Markdown, published 2026-04-16; report year 2025): 'Under 2025' explicit, 'under året' 2025
#   lenient. 'liter per person och dygn' per="capita" (the person is the denominator, as r38 'per person och år'). '142
#   liter ..., vilket är något lägre än året innan, då den låg på 146 liter' 142 decrease, 146 2024 lenient s None
#   ('den'). 'Riksgenomsnittet samma år' 2025 lenient, no direction. 'steg tillfälligt till över 200 liter' increase.
#   Leakage '19 procent' and 'Motsvarande andel 2024 var 21 procent' separate sentences, no verb: no direction. The
#   branch guideline 'under 10 procent' and the target 'minst 1 procent ... per år' standing, no period, required. The
#   quote's '1 640 kilometer' present tense 2026 lenient; 'mer än 200 år' hypothetical, no period. '10 läckor per 100
#   kilometer' per="km" (value as written). 'våra fyra vattenverk' optional (the set). '150 kubikmeter per år' defines
#   the normal house: optional; 'den årliga kostnaden 9 870 kronor' per="year" (as r36 'den årliga kostnaden'); the
#   national average '10 450 kronor' per None (no rate written), one time. Table: the 'Råvattenkälla' column is skipped;
#   'tusen m³' x1000 m3; 'Förändring, %' 2025 lenient signed; 'Antal prover 2025' explicit count; rows are waterworks: s
#   the column measures; bold total row by ctx.
# - Negatives: datelines, Publicerad lines, report dates, titles', headings', captions' and column headers' periods,
#   table row headers that are winters, years and dates that only place a claim or a baseline, next-report dates,
#   rate denominators ('1 000', '100'), list and table numbering, case numbers, times of day, phone numbers, postal
#   codes, street numbers, org numbers, decades ('1960- och 70-talen').
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027", "2030")}
    Y24, Y25, Y26, Y27 = Y["2024"], Y["2025"], Y["2026"], Y["2027"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. gaming interim report Jan-Sep 2026 (dateline 29 oktober 2026)
    LB = ("Linnea Barkman", "quote")
    IN = ("Intäkterna", "Intäkterna")
    EB = ("EBITDA", "EBITDA")
    AK = ("Antalet aktiva kunder", "Antalet")
    RPA = ("Resultat per aktie", "Resultat")
    SE = ("Intäkterna på den svenska marknaden", "Intäkterna")
    SK = ("Den svenska spelskatten", "spelskatten")
    ARPU = ("Den genomsnittliga intäkten per aktiv kund (ARPU)", "intäkten")
    HA = ("Antalet heltidsanställda", "Antalet")
    gc = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r39_a_spel_q3"] = [
        G("14 procent", 14, "percent", ctx="ökade med [14 procent] till", **L26, direction=INC, s=IN, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("842", 842e6, "SEK", ctx="till [842] (739)", **L26, direction=INC, s=IN, sp=None),
        G("739", 739e6, "SEK", ctx="842 ([739]) MSEK", **L25, s=IN, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("231", 231e6, "SEK", ctx="uppgick till [231] (187)", **L26, s=EB, sp=None),
        G("187", 187e6, "SEK", ctx="231 ([187]) MSEK", **L25, s=EB, sp=None),
        G("27,4", 27.4, "percent", ctx="marginal om [27,4] (25,3)", **L26, s=("en EBITDA-marginal", "EBITDA-marginal"), sp=None),
        G("25,3", 25.3, "percent", ctx="27,4 ([25,3]) procent", **L25, s=("en EBITDA-marginal", "EBITDA-marginal"), sp=None),
        G("412 000", 412000, "count", **L26, s=AK, sp=None),
        G("368 000", 368000, "count", **L25, s=AK, sp=None),
        G("2,14", 2.14, "SEK", per="share", ctx="uppgick till [2,14] (1,62)", **L26, s=RPA, sp=None),
        G("1,62", 1.62, "SEK", per="share", ctx="2,14 ([1,62]) kronor", **L25, s=RPA, sp=None),
        G("11 procent", 11, "percent", ctx="ökade med [11 procent] till", **L26, direction=INC, s=IN, sp=None, note="'PERIODEN JANUARI–SEPTEMBER 2026' heading"),
        G("2 431", 2431e6, "SEK", ctx="till [2 431] (2 190)", **L26, direction=INC, s=IN, sp=None),
        G("2 190", 2190e6, "SEK", ctx="2 431 ([2 190]) MSEK", **L25, s=IN, sp=None),
        G("639", 639e6, "SEK", ctx="uppgick till [639] (548)", **L26, s=EB, sp=None),
        G("548", 548e6, "SEK", ctx="639 ([548]) MSEK", **L25, s=EB, sp=None),
        G("26,3", 26.3, "percent", ctx="marginalen till [26,3] (25,0)", **L26, s=("EBITDA-marginalen", "EBITDA-marginalen"), sp=None),
        G("25,0", 25.0, "percent", ctx="26,3 ([25,0]) procent", **L25, s=("EBITDA-marginalen", "EBITDA-marginalen"), sp=None),
        G("571", 571e6, "SEK", ctx="var [571] (502)", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("502", 502e6, "SEK", ctx="571 ([502]) MSEK", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("395 000", 395000, "count", **L26, s=AK, sp=None, note="'i genomsnitt'"),
        G("351 000", 351000, "count", **L25, s=AK, sp=None),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=("Intäkterna i Norden", "Intäkterna"), sp=LB),
        G("mer än 30 procent", 30, "percent", bound="more_than", **L26, direction=INC, s=None, sp=LB, note="'växte vi med'"),
        G("minst 25 procent", 25, "percent", bound="at_least", s=("en EBITDA-marginal", "EBITDA-marginal"), sp=LB, note="standing target 'över tid': no period"),
        G("38 procent", 38, "percent", **L26, direction=DEC, s=("Sverige", "Sverige"), sp=None, note="'svarade för ..., jämfört med 44 procent ett år tidigare'"),
        G("44 procent", 44, "percent", **L25, s=("Sverige", "Sverige"), sp=None),
        G("2 procent", 2, "percent", ctx="minskade med [2 procent] till", **L26, direction=DEC, s=SE, sp=None),
        G("320 MSEK", 320e6, "SEK", **L26, direction=DEC, s=SE, sp=None),
        G("18", 18, "percent", ctx="från [18] till 22", **L25, s=SK, sp=None, note="from-value (before 1 January 2026)"),
        G("22 procent", 22, "percent", t=Y26, direction=INC, s=SK, sp=None, note="'höjdes den 1 januari 2026'"),
        G("cirka 14 MSEK", 14e6, "SEK", bound="approx", **L26, s=None, sp=None, note="'vilket belastade kvartalet med'"),
        G("287 MSEK", 287e6, "SEK", **L26, direction=INC, s=("Intäkterna utanför Norden", "Intäkterna"), sp=None),
        G("34 procent", 34, "percent", **L26, direction=INC, s=("Intäkterna utanför Norden", "Intäkterna"), sp=None),
        G("71 procent", 71, "percent", **L26, s=("Kasino", "Kasino"), sp=None, note="'står för' (present)"),
        G("29 procent", 29, "percent", **L26, s=("sportspel", "sportspel"), sp=None),
        G("681 kronor", 681, "SEK", per="month", **L26, direction=INC, s=ARPU, sp=None, note="', att jämföra med 669 kronor under tredje kvartalet 2025'"),
        G("669 kronor", 669, "SEK", per="month", t=Y25, s=ARPU, sp=None),
        G("knappt 6 200 kunder", 6200, "count", bound="approx", **L26, s=("kunder", "kunder"), sp=None),
        G("2,8 procent", 2.8, "percent", **L26, s=("Andelen intäkter från kunder med förhöjd risk", "Andelen"), sp=None),
        G("4 procent", 4, "percent", ctx="tak på [4 procent]", optional=True, s=("bolagets interna tak", "tak"), sp=None, note="an internal rule"),
        G("1 086 MSEK", 1086e6, "SEK", **L26, s=("Likvida medel", "medel"), sp=None, note="'den 30 september'"),
        G("1,2 miljoner egna aktier", 1.2e6, "count", **L26, s=("egna aktier", "aktier"), sp=None),
        G("118 MSEK", 118e6, "SEK", **L26, s=None, sp=None, note="'för totalt'"),
        G("612", 612, "count", ctx="heltidsanställda var [612]", **L26, direction=INC, s=HA, sp=None, note="', att jämföra med 548 vid utgången av september 2025'"),
        G("548", 548, "count", ctx="jämföra med [548] vid", t=Y25, s=HA, sp=None),
        G("mellan 3 250 och 3 350 MSEK", None, "SEK", low=3250e6, high=3350e6, t=Y26, s=("intäkterna", "intäkterna"), sp=("Styrelsen", "credited"), note="'för helåret 2026'"),
        *_row(G, "Intäkter", ["842", "739", "2 431", "2 190"], gc("SEK", 1e6), ("Intäkter", "Intäkter"), note="table 'NYCKELTAL, MSEK': column periods explicit; rows are measures"),
        *_row(G, "EBITDA", ["231", "187", "639", "548"], gc("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["27,4", "25,3", "26,3", "25,0"], gc("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
        *_row(G, "Rörelseresultat (EBIT)", ["176", "138", "481", "409"], gc("SEK", 1e6), ("Rörelseresultat (EBIT)", "Rörelseresultat")),
        *_row(G, "Aktiva kunder, tusental", ["412", "368", "395", "351"], gc("count", 1e3), ("Aktiva kunder", "kunder")),
        *_row(G, "Resultat per aktie, kr", ["2,14", "1,62", "5,88", "4,97"], gc("SEK", 1, per="share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r39_a_spel_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("29 oktober 2026", occ=1, note="dateline"),
        N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"), N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"),
        N("1 januari 2026"), N("tredje kvartalet 2025"), N("30 september"), N("september 2025"),
        N("2026", ctx="helåret [2026] blir"), N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("29 oktober 2026", occ=2), N("07.30", note="time of day"), N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"),
        N("11 februari 2027", note="next report"), N("08-410 57 20"), N("559218-3074", note="org number"),
    ]

    # ------------------------------------------------------------ 2. guest nights, October 2026 (Markdown, Publicerad 26 november 2026)
    HS = ("Helena Ståhlberg", "quote")
    AG = ("Antalet gästnätter på hotell, vandrarhem, campingplatser och stugbyar", "Antalet")
    SG = ("Svenska gästnätter", "gästnätter")
    UG = ("utländska gästnätter", "gästnätter")
    GN = ("gästnätter", "gästnätter")
    BG = ("Beläggningsgraden för hotellrum", "Beläggningsgraden")
    GL = ("Gästnätter", "Gästnätter")
    lc = [("count", 1e3, None, Y26, F, F), ("count", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r39_a_gastnatter_okt"] = [
        G("3 912 000", 3912000, "count", **L26, direction=INC, s=AG, sp=None, note="'i oktober' (no year)"),
        G("2,6 procent", 2.6, "percent", **L26, direction=INC, s=AG, sp=None),
        G("1,4 procent", 1.4, "percent", **L26, direction=INC, s=SG, sp=None),
        G("3 018 000", 3018000, "count", **L26, direction=INC, s=SG, sp=None),
        G("6,9 procent", 6.9, "percent", **L26, direction=INC, s=UG, sp=None),
        G("894 000", 894000, "count", **L26, direction=INC, s=UG, sp=None),
        G("2 874 000 gästnätter", 2874000, "count", **L26, direction=INC, s=("Hotellen", "Hotellen"), sp=None, note="next sentence 'Det är 3,1 procent fler'"),
        G("73 procent", 73, "percent", **L26, s=("samtliga gästnätter", "gästnätter"), sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=None, sp=None, note="'Det är'"),
        G("312 000 gästnätter", 312000, "count", **L26, direction=DEC, s=("Vandrarhemmen", "Vandrarhemmen"), sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction=DEC, s=("Vandrarhemmen", "Vandrarhemmen"), sp=None),
        G("726 000 gästnätter", 726000, "count", **L26, s=GN, sp=None, note="'ungefär lika många': no direction"),
        G("52,3 procent", 52.3, "percent", **L26, direction=INC, s=BG, sp=None),
        G("51,1 procent", 51.1, "percent", t=Y25, s=BG, sp=None),
        G("1 284 kronor", 1284, "SEK", per="night", **L26, direction=INC, s=("Det genomsnittliga rumspriset", "rumspriset"), sp=None),
        G("41 kronor", 41, "SEK", per="night", **L26, direction=INC, s=None, sp=None, note="elided comparative"),
        G("198 000 gästnätter", 198000, "count", **L26, s=GN, sp=None),
        G("154 000", 154000, "count", **L26, s=None, sp=None),
        G("97 000", 97000, "count", **L26, s=None, sp=None),
        G("drygt 18 procent", 18, "percent", bound="approx", **L26, direction=INC, s=("Gästnätterna från Norge", "Gästnätterna"), sp=None),
        G("41 000 gästnätter", 41000, "count", **L26, direction=DEC, s=GN, sp=None, note="', knappt 5 procent färre än i oktober 2025'"),
        G("knappt 5 procent", 5, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None),
        G("mellan 25 och 30 procent", None, "percent", low=25, high=30, **L26, s=("utländska gäster", "gäster"), sp=HS, note="'nu'"),
        *_row(G, "| Mälarstrands län", ["1 046", "1 012", "+3,4"], lc, GL, sep=" | ", note="Markdown table: 'Oktober 2026, tusental' / 'Oktober 2025, tusental' explicit, 'Förändring, %' lenient signed; rows are counties"),
        *_row(G, "| Västkustens län", ["612", "584", "+4,8"], lc, GL, sep=" | "),
        *_row(G, "| Söderslätts län", ["438", "441", "−0,7"], lc, GL, sep=" | "),
        *_row(G, "| Gränsskogens län", ["147", "131", "+12,2"], lc, GL, sep=" | "),
        *_row(G, "| Fjällbygdens län", ["118", "123", "−4,1"], lc, GL, sep=" | "),
        *_row(G, "| Övriga län", ["1 551", "1 522", "+1,9"], lc, GL, sep=" | "),
        G("3 912", 3912000, "count", ctx="**[3 912]**", t=Y26, s=GL, sp=None, note="bold total row"),
        G("3 813", 3813000, "count", ctx="**[3 813]**", t=Y25, s=GL, sp=None),
        G("+2,6", 2.6, "percent", ctx="**[+2,6]**", **L26, direction=INC, s=GL, sp=None),
        G("911 gästnätter", 911, "count", per="capita", **L26, s=GN, sp=None, note="'per 1 000 invånare'"),
        G("376", 376, "count", per="capita", ctx="mot [376] per", **L26, s=None, sp=None, note="one time"),
        G("två större hotell", 2, "count", **L26, s=("hotell", "hotell"), sp=None),
        G("62,4 miljoner", 62.4e6, "count", t=Y26, direction=INC, s=("antalet gästnätter", "antalet"), sp=None, note="'Under januari–oktober 2026'"),
        G("1,8 procent", 1.8, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("drygt 26 procent", 26, "percent", bound="approx", **L26, s=("Utländska gästnätter", "gästnätter"), sp=None),
        G("17,9 miljoner", 17.9e6, "count", **L26, direction=DEC, s=("Antalet gästnätter på campingplatser", "Antalet"), sp=None),
        G("ungefär 3 procent", 3, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'färre än rekordåret 2024'"),
        G("cirka 4 300 anläggningar", 4300, "count", bound="approx", optional=True, s=("anläggningar", "anläggningar"), sp=None, note="sample"),
        G("minst 9 bäddar", 9, "count", bound="at_least", optional=True, s=("bäddar", "bäddar"), sp=None, note="threshold"),
        G("högst 1 procent", 1, "percent", bound="at_most", optional=True, s=None, sp=None, note="revision margin"),
    ]
    NEG["r39_a_gastnatter_okt"] = [
        N("oktober 2026", occ=1, note="title"), N("26 november 2026", note="Publicerad"),
        N("oktober 2025", occ=1), N("oktober 2025", occ=2), N("oktober 2025", occ=3),
        N("Oktober 2026", note="column header"), N("Oktober 2025", note="column header"),
        N("1 000", ctx="gästnätter per [1 000] invånare", note="rate denominator"), N("1 000", ctx="376 per [1 000] invånare", note="rate denominator"),
        N("Januari–oktober", note="heading"), N("januari–oktober 2026"), N("2025", ctx="samma period [2025]."),
        N("2024", ctx="rekordåret [2024]"), N("23 december", note="next report"), N("010-447 62 10"),
    ]

    # ------------------------------------------------------------ 3. winter road maintenance 2025/26 (report 12 maj 2026)
    W = ("2025", "2026")
    P = ("2024", "2025")
    N27 = ("2026", "2027")
    LW = dict(t=W, lenient=True)
    PI = ("Per Isaksson", "quote")
    FV = ("Förvaltningen", "credited")
    KO = ("De totala kostnaderna för snöröjning, halkbekämpning och bortforsling av snö", "kostnaderna")
    VV = ("Vinterväghållningen", "Vinterväghållningen")
    ws = [("Kostnad", "Kostnad"), ("Budget", "Budget"), ("Vägsalt", "Vägsalt"), ("Plogutryckningar", "Plogutryckningar")]
    wc = lambda t: [("SEK", 1e6, None, t, F, F), ("SEK", 1e6, None, t, F, F), ("tonne", 1, None, t, F, F), ("count", 1, None, t, F, F)]
    GOLD["r39_a_vinterdrift_2526"] = [
        G("38,6 miljoner kronor", 38.6e6, "SEK", **LW, s=KO, sp=None, note="against the budget: no direction"),
        G("29,5 miljoner kronor", 29.5e6, "SEK", **LW, s=("en budget", "budget"), sp=None),
        G("9,1 miljoner kronor", 9.1e6, "SEK", **LW, s=("Underskottet", "Underskottet"), sp=None),
        G("41 procent", 41, "percent", **LW, direction=INC, s=("Kostnaden", "Kostnaden"), sp=None, note="'högre än vintern 2024/25'"),
        G("27,4 miljoner kronor", 27.4e6, "SEK", t=P, s=VV, sp=None),
        G("28,9 miljoner kronor", 28.9e6, "SEK", t=("2021", "2025"), lenient=True, s=("Snittet för de fyra föregående vintrarna", "Snittet"), sp=None),
        G("27 plogutryckningar", 27, "count", **LW, direction=INC, s=("plogutryckningar", "plogutryckningar"), sp=None, note="', mot 16 vintern innan'"),
        G("16", 16, "count", ctx="mot [16] vintern", t=P, lenient=True, s=("plogutryckningar", "plogutryckningar"), sp=None),
        G("212 centimeter", 212, "cm", **LW, s=("snö", "snö"), sp=None),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, **LW, s=None, sp=None, note="multiplier against a normal year"),
        G("64 dygn", 64, "day", **LW, s=("dygn", "dygn"), sp=None),
        G("2 140 ton", 2140, "tonne", **LW, direction=INC, s=("vägsalt", "vägsalt"), sp=None),
        G("37 procent", 37, "percent", **LW, direction=INC, s=("vägsalt", "vägsalt"), sp=None),
        G("ungefär 95 kilometer", 95, "km", bound="approx", **L26, s=("huvudgator och busslinjer", "huvudgator"), sp=None, note="present tense"),
        G("412 kilometer", 412, "km", **L26, s=("kommunal väg", "väg"), sp=None),
        G("6 800 ton", 6800, "tonne", **LW, direction=INC, s=("sand och flis", "sand"), sp=None),
        G("5 900 ton", 5900, "tonne", t=P, s=("sand och flis", "sand"), sp=None),
        G("1 180 kronor", 1180, "SEK", per="tonne", **LW, direction=INC, s=("Priset för vägsalt", "Priset"), sp=None),
        G("6 procent", 6, "percent", **LW, direction=INC, s=None, sp=None, note="'högre än i det tidigare avtalet'"),
        G("noll grader", 0, "degC", optional=True, s=None, sp=PI, note="names the freezing point"),
        G("93 700 kronor", 93700, "SEK", per="km", **LW, direction=INC, s=VV, sp=None),
        G("66 500 kronor", 66500, "SEK", per="km", t=P, s=VV, sp=None),
        G("71 000 kronor", 71000, "SEK", per="km", **LW, s=("snittet för jämförbara kommuner", "snittet"), sp=("den jämförelse som länets kommuner gör varje år", "enligt")),
        *_row(G, "2021/22", ["26,1", "27,0", "1 520", "14"], wc(("2021", "2022")), ws, note="table: rows are winters (row header periods explicit), columns measures; 'mnkr' x1e6"),
        *_row(G, "2022/23", ["31,8", "27,5", "1 890", "21"], wc(("2022", "2023")), ws),
        *_row(G, "2023/24", ["30,2", "28,0", "1 730", "19"], wc(("2023", "2024")), ws),
        *_row(G, "2024/25", ["27,4", "28,5", "1 560", "16"], wc(P), ws),
        *_row(G, "2025/26", ["38,6", "29,5", "2 140", "27"], wc(W), ws),
        G("14 entreprenörer", 14, "count", **L26, s=("entreprenörer", "entreprenörer"), sp=None, note="present tense"),
        G("31 fordon", 31, "count", **L26, s=("fordon", "fordon"), sp=None),
        G("9 fordon", 9, "count", **L26, s=("fordon", "fordon"), sp=None),
        G("drygt 4,1 miljoner kronor", 4.1e6, "SEK", bound="approx", **LW, direction=INC, s=("Ersättningen till entreprenörerna", "Ersättningen"), sp=None),
        G("över 5 centimeter", 5, "cm", bound="more_than", optional=True, s=("snöfall", "snöfall"), sp=None, note="rule"),
        G("inom 4 timmar", 4, "hour", bound="at_most", optional=True, s=None, sp=None, note="rule"),
        G("inom 12 timmar", 12, "hour", bound="at_most", optional=True, s=None, sp=None, note="rule"),
        G("22", 22, "count", ctx="vid [22] av 27", **LW, s=("utryckningar", "utryckningar"), sp=None),
        G("27 utryckningar", 27, "count", **LW, s=("utryckningar", "utryckningar"), sp=None),
        G("1 460 synpunkter", 1460, "count", **LW, direction=INC, s=("synpunkter", "synpunkter"), sp=None),
        G("mer än dubbelt så många", 2, "number", bound="more_than", optional=True, **LW, direction=INC, s=None, sp=None, note="multiplier against the winter before"),
        G("33 miljoner kronor", 33e6, "SEK", t=N27, direction=INC, s=("budgeten för vinterväghållning", "budgeten"), sp=FV, note="'från och med vintern 2026/27'"),
        G("1,5 miljoner kronor", 1.5e6, "SEK", t=N27, s=None, sp=FV),
        G("3–5 busslinjer", None, "count", low=3, high=5, t=N27, s=("busslinjer", "busslinjer"), sp=FV),
    ]
    NEG["r39_a_vinterdrift_2526"] = [
        N("2025/26", ctx="VINTERVÄGHÅLLNINGEN [2025/26]", note="title"), N("12 maj 2026", note="report date"),
        N("2025/26", ctx="Vintern [2025/26] blev"), N("2009/10"), N("2024/25", ctx="än vintern [2024/25], då"),
        N("19 november"), N("8 april"), N("2024/25", ctx="5 900 ton vintern [2024/25]"), N("2024/25", ctx="66 500 kronor vintern [2024/25]"),
        N("2", ctx="Tabell [2].", note="table number"),
        N("2021/22", ctx="[2021/22] 26,1", note="row header"), N("2022/23", ctx="[2022/23] 31,8", note="row header"),
        N("2023/24", ctx="[2023/24] 30,2", note="row header"), N("2024/25", ctx="[2024/25] 27,4 28,5", note="row header"),
        N("2025/26", ctx="[2025/26] 38,6 29,5", note="row header"), N("2026/27"),
        N("0523-61 40 12"), N("2026/118", note="case number"),
    ]

    # ------------------------------------------------------------ 4. train punctuality, TT (Publicerad 9 november 2026)
    ME = ("Maria Ekdahl", "quote")
    AN = ("Anders Nylén", "quote")
    JV = ("Järnvägsverket", "enligt")
    PU = ("punktligheten", "punktligheten")
    GOLD["r39_a_tag_punktlighet_tt"] = [
        G("sju av tio", 0.7, "ratio", bound="less_than", **L26, s=("tåg", "tåg"), sp=None, note="'färre än sju av tio tåg'"),
        G("91,2 procent", 91.2, "percent", **L26, direction=INC, s=("alla persontåg", "persontåg"), sp=JV, note="next sentence 'Det är 2,4 procentenheter bättre'"),
        G("2,4 procentenheter", 2.4, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("88,8 procent", 88.8, "percent", t=Y25, s=PU, sp=None, note="'i oktober i fjol'"),
        G("92,6 procent", 92.6, "percent", **L26, s=("en punktlighet", "punktlighet"), sp=None),
        G("81,3 procent", 81.3, "percent", **L26, s=("fjärrtågen", "fjärrtågen"), sp=None),
        G("tre storstäderna", 3, "count", optional=True, s=("storstäderna", "storstäderna"), sp=None, note="the set"),
        G("74 procent", 74, "percent", **L26, s=("avgångarna", "avgångarna"), sp=None),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", **L26, direction=DEC, s=("Antalet signalfel", "Antalet"), sp=ME, note="'sedan i fjol'"),
        G("94,1 procent", 94.1, "percent", **L26, s=("högst punktlighet", "punktlighet"), sp=None),
        G("92,8 procent", 92.8, "percent", **L26, s=None, sp=None, note="elided"),
        G("79,5 procent", 79.5, "percent", **L26, s=("Statsjärns fjärrtåg", "fjärrtåg"), sp=None),
        G("83,0 procent", 83.0, "percent", **L26, s=("det privata bolaget Nordexpress", "bolaget"), sp=None),
        G("412 000 minuter", 412000, "minute", **L26, s=("tågen", "tågen"), sp=None),
        G("drygt 6 800 timmar", 6800, "hour", bound="approx", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("23 minuter", 23, "minute", **L26, s=("Den genomsnittliga förseningen för ett försenat fjärrtåg", "förseningen"), sp=None),
        G("63 procent", 63, "percent", **L26, s=("tågen", "tågen"), sp=None),
        G("4,7 procent", 4.7, "percent", **L26, s=("avgångarna", "avgångarna"), sp=None, note="against the country at one time"),
        G("1,9 procent", 1.9, "percent", **L26, s=None, sp=None),
        G("95 procent", 95, "percent", s=("tågen", "tågen"), sp=("Resenärsföreningen Spårvagnen", "credited"), note="standing industry target"),
        G("20 minuter", 20, "minute", optional=True, s=None, sp=AN, note="worked example"),
        G("två gånger", 2, "count", per="week", optional=True, s=None, sp=AN, note="worked example"),
        G("1 850 svarande", 1850, "count", optional=True, s=("svarande", "svarande"), sp=None, note="survey sample"),
        G("var fjärde", 0.25, "ratio", **L26, s=("resenär som haft rätt till ersättning", "resenär"), sp=("föreningens egen enkät", "enligt")),
        G("89,6 procent", 89.6, "percent", **L26, direction=INC, s=PU, sp=None, note="'Under januari–oktober'"),
        G("87,9 procent", 87.9, "percent", t=Y25, s=None, sp=None, note="'under samma period i fjol'"),
        G("9 420", 9420, "count", **L26, direction=DEC, s=("Antalet inställda tåg", "Antalet"), sp=None),
        G("cirka 1 100", 1100, "count", bound="approx", **L26, direction=DEC, s=None, sp=None),
        G("mellan 89 och 90 procent", None, "percent", low=89, high=90, **L26, s=("punktligheten för helåret", "punktligheten"), sp=("Järnvägsverket", "credited")),
        G("3–4 procentenheter", None, "percentage_point", low=3, high=4, direction=DEC, s=("andelen tåg i tid", "andelen"), sp=None, note="a recurring pattern ('brukar'): no period"),
        G("högst 5 minuter", 5, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition"),
        G("cirka 2 600 persontåg", 2600, "count", bound="approx", per="day", optional=True, s=("persontåg", "persontåg"), sp=None, note="scope of the statistics"),
    ]
    NEG["r39_a_tag_punktlighet_tt"] = [
        N("9 november 2026", note="Publicerad"), N("05.45", note="time of day"),
    ]

    # ------------------------------------------------------------ 5. municipal tax op-ed (UNDATED: no date, no sidecar)
    KS = ("kommunalskatt", "kommunalskatt")
    SN = ("Den genomsnittliga kommunalskatten i landet", "kommunalskatten")
    VB = ("våra beräkningar", "enligt")
    GOLD["r39_a_debatt_kommunalskatt"] = [
        G("23,95 kronor", 23.95, "SEK", s=KS, sp=None, note="'per hundralapp': per None (r10); UNDATED: no period"),
        G("Tjugo mil", 200, "km", optional=True, s=None, sp=None, note="background distance"),
        G("17,90 kronor", 17.90, "SEK", s=("skattesatsen", "skattesatsen"), sp=None),
        G("32 000 kronor", 32000, "SEK", per="month", optional=True, s=("en månadslön", "månadslön"), sp=None, note="defines the example"),
        G("knappt 2 000 kronor", 2000, "SEK", bound="approx", per="month", s=("skillnaden", "skillnaden"), sp=None),
        G("drygt 23 000 kronor", 23000, "SEK", bound="approx", per="year", s=None, sp=None),
        G("2,10 kronor", 2.10, "SEK", direction=INC, s=("skatten", "skatten"), sp=None, note="'Sedan 2000'"),
        G("0,45 kronor", 0.45, "SEK", direction=DEC, s=None, sp=None, note="'sin'"),
        G("20,55", 20.55, "SEK", s=SN, sp=None, note="from-value"),
        G("21,38 kronor", 21.38, "SEK", direction=INC, s=SN, sp=None),
        G("var fjärde", 0.25, "ratio", s=("invånare", "invånare"), sp=None),
        G("75 år", 75, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("mer än dubbelt så stor", 2, "number", bound="more_than", optional=True, s=("andel", "andel"), sp=None, note="multiplier between municipalities"),
        G("31 400 kronor", 31400, "SEK", per="capita", s=("Kostnaden för äldreomsorgen", "Kostnaden"), sp=None),
        G("14 200 kronor", 14200, "SEK", per="capita", s=None, sp=None, note="one time"),
        G("19 800 kronor", 19800, "SEK", per="capita", s=None, sp=None),
        G("18 procent", 18, "percent", direction=DEC, s=("Befolkningen i Tallåsa", "Befolkningen"), sp=None),
        G("närmare 40 procent", 40, "percent", bound="approx", direction=INC, s=("antalet invånare i Strandvik", "antalet"), sp=None),
        G("mellan 350 och 450 kronor", None, "SEK", low=350, high=450, per="capita", s=None, sp=VB, note="'per invånare och år'"),
        G("12 miljoner kronor", 12e6, "SEK", per="year", direction=INC, s=("äldreomsorgen", "äldreomsorgen"), sp=("kommunens egen prognos", "enligt"), note="'ytterligare'"),
        G("drygt 60 öre", 0.60, "SEK", bound="approx", direction=INC, s=None, sp=None, note="'vilket motsvarar'"),
        G("mer än 25 kronor", 25, "SEK", bound="at_most", optional=True, s=None, sp=None, note="negated ceiling 'Ingen kommun borde behöva ta ut mer än'"),
        G("ungefär 19 miljoner kronor", 19e6, "SEK", bound="approx", s=("Varje krona på skattesatsen", "krona"), sp=None),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between municipalities"),
        G("4,2 företag", 4.2, "count", per="capita", s=("företag", "företag"), sp=None, note="'per 100 invånare'"),
        G("2,7", 2.7, "count", per="capita", s=None, sp=None),
        G("80 år", 80, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("minst 2 miljarder kronor", 2e9, "SEK", bound="at_least", per="year", s=("Ett tillfälligt statsbidrag", "statsbidrag"), sp=None, note="a demand; signatories no speaker"),
        G("över 23 kronor", 23, "SEK", bound="more_than", optional=True, s=("en skattesats", "skattesats"), sp=None, note="threshold"),
        G("halveras", 0.5, "ratio", direction=DEC, optional=True, s=("Skillnaden mellan högsta och lägsta kommunalskatt", "Skillnaden"), sp=None, note="multiplier"),
        G("tio år", 10, "year", bound="at_most", optional=True, s=None, sp=None, note="'inom tio år': rule"),
    ]
    NEG["r39_a_debatt_kommunalskatt"] = [
        N("2000", note="'Sedan 2000' places the change"), N("100", ctx="per [100] invånare", note="rate denominator"),
        N("1", ctx="[1]. Kostnadsutjämningen", note="list numbering"), N("2", ctx="[2]. Ett tillfälligt", note="list numbering"),
        N("3", ctx="[3]. Skillnaden", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. cruise season 2026 (HTML, sidecar 2026-10-21)
    EL = ("Eva Lindqvist", "quote")
    AA = ("Antalet anlöp", "Antalet")
    PS = ("passagerare", "passagerare")
    ENK = ("en enkät som hamnen genomförde", "enligt")
    BE = ("Besättningen", "Besättningen")
    kc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    ks = [("Anlöp", "Anlöp"), ("Anlöp", "Anlöp"), ("Passagerare", "Passagerare"), ("Passagerare", "Passagerare"), ("passagerare", "passagerare")]
    GOLD["r39_a_kryssning_2026"] = [
        G("118 kryssningsfartyg", 118, "count", **L26, s=("kryssningsfartyg", "kryssningsfartyg"), sp=None, note="'under året'"),
        G("250 000", 250000, "count", bound="more_than", **L26, s=("antalet passagerare", "antalet"), sp=None, note="'passerade för första gången'"),
        G("104", 104, "count", ctx="från [104] säsongen", t=Y25, s=AA, sp=None, note="from-value"),
        G("118", 118, "count", ctx="till [118] i år", t=Y26, direction=INC, s=AA, sp=None),
        G("263 400 passagerare", 263400, "count", **L26, direction=INC, s=PS, sp=None),
        G("17 procent", 17, "percent", **L26, direction=INC, s=PS, sp=None),
        G("2 230", 2230, "count", per="call", **L26, direction=INC, s=("Det genomsnittliga antalet passagerare per anlöp", "antalet"), sp=None),
        G("2 170", 2170, "count", per="call", t=Y25, s=None, sp=None, note="'förra året'"),
        G("drygt 5 000 passagerare", 5000, "count", bound="approx", **L26, s=PS, sp=None, note="present tense"),
        G("fyra gånger", 4, "count", **L26, s=None, sp=None),
        G("Tolv av anlöpen", 12, "count", **L26, s=("anlöpen", "anlöpen"), sp=None),
        G("1 420 passagerare", 1420, "count", optional=True, s=PS, sp=None, note="survey sample"),
        G("1 140 kronor", 1140, "SEK", per="passenger", **L26, direction=INC, s=("kryssningsgästerna", "kryssningsgästerna"), sp=ENK, note="', 90 kronor mer än 2025'"),
        G("90 kronor", 90, "SEK", per="passenger", **L26, direction=INC, s=None, sp=ENK),
        G("omkring 92 000 personer", 92000, "count", bound="approx", **L26, s=BE, sp=None),
        G("430 kronor", 430, "SEK", per="capita", **L26, s=BE, sp=None),
        G("cirka 340 miljoner kronor", 340e6, "SEK", bound="approx", **L26, s=("kryssningsturismen", "kryssningsturismen"), sp=None),
        G("mellan 120 och 130 anlöp", None, "count", low=120, high=130, t=Y27, s=("anlöp", "anlöp"), sp=EL, note="'nästa år'"),
        G("två kryssningskajer", 2, "count", **L26, s=("kryssningskajer", "kryssningskajer"), sp=None),
        G("41 procent", 41, "percent", **L26, s=("anlöpen", "anlöpen"), sp=None),
        G("uppskattningsvis 3 900 ton", 3900, "tonne", bound="approx", **L26, direction=DEC, s=("utsläppen av koldioxid", "utsläppen"), sp=None),
        G("minst 75 procent", 75, "percent", bound="at_least", t=Y["2030"], s=("anlöpen", "anlöpen"), sp=None, note="'Hamnens mål ... år 2030'"),
        *_row(G, "April", ["3", "2", "5 100", "3 900", "+30,8"], kc, ks, note="HTML table: year columns explicit, change column 2026 lenient signed; rows are months"),
        *_row(G, "Maj", ["17", "15", "36 200", "31 800", "+13,8"], kc, ks),
        *_row(G, "Juni", ["26", "24", "59 800", "52 300", "+14,3"], kc, ks),
        *_row(G, "Juli", ["29", "25", "68 400", "56 900", "+20,2"], kc, ks),
        *_row(G, "Augusti", ["27", "24", "61 700", "52 100", "+18,4"], kc, ks),
        *_row(G, "September", ["14", "12", "29 700", "25 700", "+15,6"], kc, ks),
        *_row(G, "Oktober", ["2", "2", "2 500", "2 800", "−10,7"], kc, ks),
        *_row(G, "Totalt", ["118", "104", "263 400", "225 500", "+16,8"], kc, ks),
        G("tre fartyg", 3, "count", **L26, s=("fartyg", "fartyg"), sp=None, note="'Den 14 juli'"),
        G("nästan 9 000 passagerare", 9000, "count", bound="approx", **L26, s=PS, sp=None),
    ]
    NEG["r39_a_kryssning_2026"] = [
        N("2025", ctx="säsongen [2025] till"), N("2025", ctx="mer än [2025]."), N("2030", note="target year"),
        N("Anlöp 2026", note="column header"), N("Anlöp 2025", note="column header"),
        N("Passagerare 2026", note="column header"), N("Passagerare 2025", note="column header"),
        N("2025", ctx="jämfört med [2025] Månad", note="caption"), N("14 juli"),
        N("031-77 52 00"), N("556447-2190", note="org number"),
    ]

    # ------------------------------------------------------------ 7. amusement park season 2026 (Publicerad 7 oktober 2026)
    MT = ("Malin Törnqvist", "quote")
    BS = ("besökare", "besökare")
    IPB = ("Intäkten per besökare", "Intäkten")
    SA = ("Antalet sålda säsongskort", "Antalet")
    AND = ("Andelen besökare från Norge och Danmark", "Andelen")
    VT = ("Väntetiden i de populäraste attraktionerna", "Väntetiden")
    pc = [("count", 1e3, None, Y26, F, F), ("count", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    PB = ("Besökare", "Besökare")
    GOLD["r39_a_nojespark_2026"] = [
        G("112 öppetdagar", 112, "count", **L26, s=("öppetdagar", "öppetdagar"), sp=None),
        G("684 000 besökare", 684000, "count", **L26, direction=INC, s=BS, sp=None, note="', en ökning med 7,5 procent jämfört med säsongen 2025'"),
        G("7,5 procent", 7.5, "percent", **L26, direction=INC, s=BS, sp=None),
        G("412 miljoner kronor", 412e6, "SEK", **L26, s=("Intäkterna", "Intäkterna"), sp=None, note="bracket with no note: the season before"),
        G("371", 371e6, "SEK", ctx="kronor ([371])", **L25, s=("Intäkterna", "Intäkterna"), sp=None),
        G("602 kronor", 602, "SEK", per="visit", **L26, direction=INC, s=IPB, sp=None),
        G("581 kronor", 581, "SEK", per="visit", **L25, s=IPB, sp=None, note="from-value, 'året innan'"),
        G("58 miljoner kronor", 58e6, "SEK", **L26, s=("Rörelseresultatet", "Rörelseresultatet"), sp=None),
        G("41", 41e6, "SEK", ctx="kronor ([41])", **L25, s=("Rörelseresultatet", "Rörelseresultatet"), sp=None),
        *_row(G, "Maj", ["61", "58", "+5,2"], pc, PB, note="table 'Besökare per månad': '2026, tusental' / '2025, tusental' explicit x1000, change lenient signed; rows are months"),
        *_row(G, "Juni", ["158", "149", "+6,0"], pc, PB),
        *_row(G, "Juli", ["246", "224", "+9,8"], pc, PB),
        *_row(G, "Augusti", ["167", "158", "+5,7"], pc, PB),
        *_row(G, "September", ["52", "47", "+10,6"], pc, PB),
        *_row(G, "Totalt", ["684", "636", "+7,5"], pc, PB),
        G("9 840 personer", 9840, "count", **L26, s=("personer", "personer"), sp=None, note="'lördagen den 11 juli'"),
        G("10 000 besökare", 10000, "count", per="day", optional=True, s=("kapacitetstaket", "kapacitetstaket"), sp=None, note="a rule"),
        G("4 dagar", 4, "day", **L26, s=None, sp=None),
        G("449 kronor", 449, "SEK", **L26, s=("Ett endagskort för vuxna", "endagskort"), sp=None),
        G("499 kronor", 499, "SEK", **L26, s=None, sp=None, note="elided"),
        G("nästan en fjärdedel", 0.25, "ratio", bound="approx", **L26, direction=INC, s=SA, sp=None),
        G("38 500", 38500, "count", **L26, direction=INC, s=SA, sp=None),
        G("4,3 gånger", 4.3, "count", **L26, s=("Säsongskortsinnehavarna", "Säsongskortsinnehavarna"), sp=None, note="a visit frequency"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=AND, sp=None, note="', jämfört med 11 procent 2025'"),
        G("11 procent", 11, "percent", t=Y25, s=AND, sp=None),
        G("1 140 säsongsanställda", 1140, "count", **L26, direction=INC, s=("säsongsanställda", "säsongsanställda"), sp=None, note="next sentence 'Det är omkring 80 fler'"),
        G("mellan 16 och 24 år", None, "year", low=16, high=24, optional=True, s=None, sp=None, note="age band"),
        G("omkring 80", 80, "count", bound="approx", **L26, direction=INC, s=None, sp=None, note="'Det är ... fler än förra året'"),
        G("165 tillsvidareanställda", 165, "count", **L26, s=("tillsvidareanställda", "tillsvidareanställda"), sp=None),
        G("18 år", 18, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("lägst 142 kronor", 142, "SEK", bound="at_least", per="hour", **L26, s=("Timlönen för säsongsanställda över 18 år", "Timlönen"), sp=None),
        G("drygt 6 000 ansökningar", 6000, "count", bound="approx", **L26, s=("ansökningar", "ansökningar"), sp=MT),
        G("96 miljoner kronor", 96e6, "SEK", **L26, s=None, sp=None, note="'Inför säsongen investerades'"),
        G("71 miljoner kronor", 71e6, "SEK", **L26, s=("den nya berg- och dalbanan Falken", "dalbanan"), sp=None),
        G("drygt 1,1 miljoner gånger", 1.1e6, "count", bound="approx", **L26, s=("Falken", "Falken"), sp=None),
        G("60–70 miljoner kronor", None, "SEK", low=60e6, high=70e6, t=Y27, s=("investeringar", "investeringar"), sp=None),
        G("4,4", 4.4, "number", **L26, s=("Besökarnas nöjdhet", "nöjdhet"), sp=None, note="'samma nivå som i fjol': no direction"),
        G("24 minuter", 24, "minute", **L26, direction=DEC, s=VT, sp=None),
        G("31 minuter", 31, "minute", **L25, s=VT, sp=None, note="'ett år tidigare'"),
    ]
    NEG["r39_a_nojespark_2026"] = [
        N("2026", ctx="SÄSONGSRAPPORT [2026]", note="title"), N("7 oktober 2026", note="Publicerad"), N("27 september"),
        N("2025", ctx="säsongen [2025] och"), N("1994"), N("2026", ctx="[2026], tusental", note="column header"),
        N("2025", ctx="[2025], tusental", note="column header"), N("11 juli"), N("2025", ctx="11 procent [2025]."),
        N("2027", ctx="Inför [2027] planeras"), N("2027", ctx="Säsongen [2027] inleds", note="next season"), N("1 maj"),
        N("4", ctx="Parkvägen [4],", note="street number"), N("437 91", note="postal code"), N("0300-52 14 00"),
    ]

    # ------------------------------------------------------------ 8. drinking-water report 2025 (Markdown, Publicerad 16 april 2026)
    JE = ("Johan Ekelund", "quote")
    PR = ("Producerat", "Producerat")
    HF = ("Hushållens förbrukning", "förbrukning")
    IL = ("Investeringarna i ledningsnätet", "Investeringarna")
    VL = ("Antalet vattenläckor som krävde akut grävning", "Antalet")
    dc = [("m3", 1e3, None, Y25, F, F), ("m3", 1e3, None, Y24, F, F), ("percent", 1, None, Y25, T, T), ("count", 1, None, Y25, F, F)]
    dsub = [PR, PR, PR, ("Antal prover", "Antal")]
    GOLD["r39_a_dricksvatten_2025"] = [
        G("fyra vattenverk", 4, "count", optional=True, s=("vattenverk", "vattenverk"), sp=None, note="the set"),
        G("17,2 miljoner kubikmeter", 17.2e6, "m3", t=Y25, direction=DEC, s=("dricksvatten", "dricksvatten"), sp=None, note="', 2 procent mindre än 2024'"),
        G("2 procent", 2, "percent", t=Y25, direction=DEC, s=None, sp=None),
        G("drygt 148 000 invånare", 148000, "count", bound="approx", **L25, s=("invånare", "invånare"), sp=None),
        G("1 312 prover", 1312, "count", **L25, s=("prover", "prover"), sp=None),
        G("9 prover", 9, "count", **L25, direction=DEC, s=("prover", "prover"), sp=None),
        G("14 prover", 14, "count", t=Y24, s=("prover", "prover"), sp=None),
        G("142 liter", 142, "l", per="capita", **L25, direction=DEC, s=HF, sp=None, note="'per person och dygn'"),
        G("146 liter", 146, "l", per="capita", **L24, s=None, sp=None, note="'året innan, då den låg på'"),
        G("omkring 140 liter", 140, "l", bound="approx", per="capita", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="one time"),
        G("över 200 liter", 200, "l", bound="more_than", per="capita", **L25, direction=INC, s=("förbrukningen", "förbrukningen"), sp=None, note="'i juli'"),
        G("16 dagar", 16, "day", **L25, s=("bevattningsförbud", "bevattningsförbud"), sp=None),
        G("19 procent", 19, "percent", **L25, s=("det vatten som producerades", "vatten"), sp=None, note="no verb of change"),
        G("21 procent", 21, "percent", t=Y24, s=("Motsvarande andel", "andel"), sp=None),
        G("10 procent", 10, "percent", bound="less_than", s=("Branschens riktvärde", "riktvärde"), sp=None, note="standing guideline"),
        G("1 640 kilometer", 1640, "km", **L26, s=("ett ledningsnät", "ledningsnät"), sp=JE, note="present tense"),
        G("mer än 200 år", 200, "year", bound="more_than", s=None, sp=JE, note="hypothetical"),
        G("7,9 kilometer", 7.9, "km", **L25, s=("vattenledning", "vattenledning"), sp=None),
        G("0,48 procent", 0.48, "percent", **L25, s=("en förnyelsetakt", "förnyelsetakt"), sp=None),
        G("minst 1 procent", 1, "percent", bound="at_least", per="year", s=("ledningsnätet", "ledningsnätet"), sp=None, note="standing target"),
        G("84 miljoner kronor", 84e6, "SEK", **L25, direction=INC, s=IL, sp=None),
        G("12 miljoner kronor", 12e6, "SEK", **L25, direction=INC, s=IL, sp=None),
        G("163", 163, "count", ctx="grävning var [163]", **L25, direction=DEC, s=VL, sp=None),
        G("188", 188, "count", **L24, s=VL, sp=None, note="'året innan'"),
        G("ungefär 10 läckor", 10, "count", bound="approx", per="km", **L25, s=None, sp=None, note="'Det motsvarar'; 'per 100 kilometer' (value as written)"),
        *_row(G, "| Åsmora", ["9 840", "10 120", "−2,8", "486"], dc, dsub, sep=" | ", before=["Ytvatten, Storsjön"], note="Markdown table: 'Råvattenkälla' skipped; year columns explicit, 'tusen m³' x1000; change 2025 lenient signed; rows are waterworks"),
        *_row(G, "| Ekeberga", ["4 110", "4 050", "+1,5", "372"], dc, dsub, sep=" | ", before=["Grundvatten"]),
        *_row(G, "| Norrsund", ["2 780", "2 860", "−2,8", "318"], dc, dsub, sep=" | ", before=["Konstgjord infiltration"]),
        *_row(G, "| Tallbacken", ["470", "520", "−9,6", "136"], dc, dsub, sep=" | ", before=["Grundvatten"]),
        G("17 200", 17.2e6, "m3", ctx="**[17 200]**", t=Y25, s=PR, sp=None, note="bold total row"),
        G("17 550", 17.55e6, "m3", ctx="**[17 550]**", t=Y24, s=PR, sp=None),
        G("−2,0", -2.0, "percent", ctx="**[−2,0]**", **L25, direction=DEC, s=PR, sp=None),
        G("1 312", 1312, "count", ctx="**[1 312]**", t=Y25, s=("Antal prover", "Antal"), sp=None),
        G("6,5 procent", 6.5, "percent", t=Y25, direction=INC, s=("Brukningsavgiften för vatten och avlopp", "Brukningsavgiften"), sp=None, note="'den 1 januari 2025'"),
        G("150 kubikmeter", 150, "m3", per="year", optional=True, s=("en förbrukning", "förbrukning"), sp=None, note="defines the normal house"),
        G("9 870 kronor", 9870, "SEK", per="year", **L25, s=("den årliga kostnaden", "kostnaden"), sp=None),
        G("ungefär 27 kronor", 27, "SEK", bound="approx", per="day", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("10 450 kronor", 10450, "SEK", **L25, s=("Genomsnittet i landet för en normalvilla", "Genomsnittet"), sp=None, note="one time"),
    ]
    NEG["r39_a_dricksvatten_2025"] = [
        N("2025", ctx="Dricksvattenrapport [2025]", note="title"), N("16 april 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] producerade"), N("2024", ctx="mindre än [2024]."), N("2024", ctx="14 prover [2024]."),
        N("2024", ctx="andel [2024] var"), N("1960- och 70-talen", note="decades"), N("2024", ctx="jämfört med [2024]. Antalet"),
        N("100", ctx="per [100] kilometer", note="rate denominator"),
        N("Producerat 2025", note="column header"), N("Producerat 2024", note="column header"), N("Antal prover 2025", note="column header"),
        N("2023–2024"), N("1 januari 2025"), N("0250-48 30 00"),
    ]
    return GOLD, NEG
