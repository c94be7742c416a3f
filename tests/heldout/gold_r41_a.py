"""Round 41, part A (r41_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 41, part A (r41_a_*): eight kinds, written from scratch (r41_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# a listed savings bank's interim report January-September 2026 (dateline 'Skärvik den 22 oktober 2026'; bracketed
# prior figures, 'Siffror inom parentes avser motsvarande period föregående år'; räntenetto, rörelseresultat in MSEK,
# räntabilitet, kreditförluster, the CEO's quotes; plain-text table 'NYCKELTAL' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep
# 2026' / 'Jan–sep 2025' with the unit in each row label), a statistics office's retail-trade release for October 2026
# (Markdown, 'Publicerad: 26 november 2026'; Markdown table 'Försäljningsvolym per bransch, oktober 2026' '1 mån, %' /
# '12 mån, %' with a bold total row), a county board's interim report on the 2026 moose hunt ('Datum: 2026-11-24';
# plain-text table 'Jaktmark, tusen ha' / '2026' / '2025' / 'Snitt 2016–2025' / 'Förändring mot 2025, %'), a TT
# article on new car registrations in October 2026 ('Publicerad 2 november 2026 kl. 10.41'; a fact box with brackets
# 'avser oktober 2025'), an UNDATED party web page on police and crime (HTML, no date, no sidecar), a harbour's freight
# statistics for the third quarter 2026 dated only by its sidecar (2026-10-15; plain-text table 'Godsmängd per
# godsslag, tusen ton' 'Kv 3 2026' / 'Kv 3 2025' / 'Förändring, %'), a municipal housing company's annual report 2025
# (Markdown, 'Publicerad 18 mars 2026'; brackets 'avser 2024'; Markdown table 'Genomsnittlig hyra per stadsdel, kronor
# per kvadratmeter och år' '2025' / '2024' / 'Förändring, %' with a bold total row), and a region's public-health survey
# report about the 2025 survey ('Publicerad 9 juni 2026').
# The r8-r40 decisions are followed (headers of gold_r28_a.py, gold_r30_b.py, gold_r39_a.py, gold_r40_a.py): periods
# at year grain; relative expressions in the sentence ('i fjol', 'förra året', 'hittills i år') resolve against the
# publication date and are not lenient; 'ett år tidigare', 'året innan', 'vid årsskiftet', 'sedan årsskiftet', a
# month or month range without a year ('i oktober', 'januari–oktober', 'juli–september'), a heading's, caption's or the
# document's period are lenient; brackets lenient on the period the bracket note names; 'ökade/minskade med X till Y
# (Z)' X and Y take the direction, Z none; a level followed by ', jämfört med' / ', mot' / ', att jämföra med' (an
# earlier time) or by a next sentence stating the change is the new value after a change; from-values have no
# direction; comparisons at one time (another country, brand, harbour, the national figure, men and women, a target)
# have no direction; a comparison with a ten-year average of the same thing is a change (r10_b, r40_a); multipliers
# optional; samples, thresholds, age bands, definitions, response rates and the set a text names optional; standing
# targets with no year have no period and are required; promises and forecasts required; table cells take their
# column headers' periods explicit, a caption's period lenient, change columns their direction from the sign, lenient
# on the later period; rows that are categories take the caption's measure as subject, rows that are measures their
# own label; per: 'per 100 000 invånare' / 'per invånare och år' = "capita" (value as written), 'per 1 000 hektar'
# "ha" (r29_a, value as written, '1 000' N), 'per aktie' "share", 'i månaden' "month", 'per år' / 'om året' "year",
# 'per kvadratmeter (och år)' "m2", 'per kilometer' "km", 'per anlöp' "call" (existing value), 'i veckan' "week",
# 'per dag' "day"; 'X procent av Y' takes Y; 'X står/svarar för Y' takes X; a quote (and 'skriver vd') credits every
# figure in it; 'Enligt X' and 'visar statistik från X' enligt; 'X bedömer' / 'X höjer sin prognos' credited unless X
# is the publisher; pronouns, 'Det', 'vilket' and elided nouns s None (also for the compared earlier value after
# 'jämfört med' / 'mot' when its noun is elided); the UNDATED text has no period unless the sentence names its years and
# its publisher's 'Vi' is no speaker.
# Where those were silent, decided here:
# - Bank (dateline 2026-10-22): bullets under 'TREDJE KVARTALET 2026 ...' and 'PERIODEN JANUARI–SEPTEMBER 2026 ...'
#   2026 lenient, brackets 2025 lenient. 'Kärnprimärkapitalrelationen ... 17,8 procent, jämfört med 17,2 procent vid
#   årsskiftet' increase / 2025 lenient. CEO quote: 'drygt 6 200 nya helkunder' no direction (bare 'nya', r15_b);
#   'växte med 1,9 procent sedan årsskiftet' 2026 lenient increase; 'de lägsta på tre år' required duration;
#   'räntabilitet på över 13 procent' more_than 2026 lenient. 'K/I-talet var 0,42, jämfört med 0,40 under tredje
#   kvartalet 2025' unit number, increase / 2025 explicit. 'varav personalkostnader 402 MSEK' takes the named noun.
#   'Banken bedömer ... helåret 2026 ... mellan 170 och 200 MSEK' explicit, credited. 'Styrelsens mål' (the publisher's
#   board): no speaker, no period, 'minst 12 procent' and '1,5–3,0 procentenheter' required. 'över 70 procent' in
#   'Andelen bolånekunder med en belåningsgrad över 70 procent' a threshold (optional). Table: rows are measures with
#   the unit in the label; 'K/I-tal' unit number.
# - Retail (published 2026-11-26): '3,4 procent i oktober 2026' explicit; the other October figures 2026 lenient,
#   increase/decrease from their verbs. 'snabbare än 4 procent i årstakt' a threshold (optional). The statistician's
#   'knappt 4 procent under toppen hösten 2021' an earlier point: decrease, 2026 lenient (present 'ligger').
#   'förändringen jämfört med september var 0,1 procent' increase (a rise, as r40_a's 'månadsförändring ... var 0,2').
#   'Under årets första tio månader' 2026 explicit; 'under perioden' lenient; 'står nu för drygt 16 procent' s
#   'Internethandeln'; 'ungefär 14 procent i genomsnitt i EU' one time, s None. Table: both change columns take the
#   caption's month (2026 lenient) and their sign (a same-month comparison, not a rolling year as r30_b's inflation);
#   rows are branches: s 'Försäljningsvolym'; bold total row by ctx. Sample, three-month revision rule and margin
#   optional.
# - Moose hunt (Datum 2026-11-24, taken as the publication date): 'under älgjakten 2026' explicit, the rest of the
#   season's figures 2026 lenient. '3 412 fällda älgar' decrease (the next sentence states the fall from 3 655 at the
#   same date 2025); '243 djur, eller knappt 7 procent, lägre än förra säsongen' decrease; the ten-year average '3 720'
#   ('2016','2025') explicit and 'drygt 8 procent lägre' decrease. '71 procent av den samlade avskjutningsplanen på 4
#   810 djur' both s 'avskjutningsplanen'. '2,3 älgar per 1 000 hektar vid samma tid i fjol' 2025 explicit s None; the
#   country's 2,6 one time. Targets 'minst 50 procent' and 'högst 10 procent' standing (no period). 'omkring 3 900 djur
#   ..., mot cirka 4 600 vid inventeringen 2023' decrease / 2023 explicit. '9 procent' of damaged pines against the
#   target: no direction. The viltförvaltare's 'mellan 150 och 200 djur till' 2026 lenient. '286 viltolyckor' ('Hittills
#   i år') 2026 explicit decrease; '31 färre' 2026 lenient s None. 'de första sex jaktveckorna' in the title: optional
#   (it names the report's span). Table: 'Jaktmark, tusen ha' unit ha x1000, 2026 lenient, s 'Jaktmark'; '2026' /
#   '2025' / 'Snitt 2016–2025' explicit; change column 2026 lenient signed; rows are areas: s 'Fällda älgar'.
# - Car registrations (published 2026-11-02): 'i oktober' 2026 lenient, 'i samma månad i fjol' 2025 explicit; the
#   lead's figures 'visar ny statistik från ... Fordonsbranschen i Sverige' enligt. 'Rena elbilar stod för 41,6
#   procent' s 'Rena elbilar' increase; 'Laddhybriderna backade till 19,2 procent från 22,5 procent' decrease /
#   from-value 2025 lenient. 'Under januari–oktober' 2026 lenient. Denmark 'över 70 procent' and Germany 'knappt 22
#   procent' one time. Brands: 'Volvo ... med 4 112 nya personbilar, en ökning med 5 procent' the count takes the
#   counted noun; 'Tesla med 2 354' s None (elided). Emissions '52 gram ... per kilometer' unit g per="km" decrease /
#   '71 gram i oktober 2025' explicit s None. 'Drygt 48 000 ... ungefär lika många som ett år tidigare' no direction.
#   The quote's 'mellan 4 500 och 5 000 fordon för helåret' 2026 lenient. 'Branschorganisationen höjer ... sin prognos
#   ... 2026 till 275 000, från tidigare 265 000' credited, 275 000 increase explicit, 265 000 a from-value (the earlier
#   forecast for the same year) 2026 lenient. Fact box: heading 'oktober 2026' lenient, brackets 'avser oktober 2025'
#   lenient; all rows are categories: s 'Nyregistreringar'.
# - Party page (UNDATED, HTML): no periods except where the sentence names years: 'fram till 2030' ('2030','2030') for
#   '6 000 fler poliser' (increase) and 'minst 250 poliser per 100 000 invånare' (at_least, increase: 'når'); 'sedan
#   2015, då Polismyndigheten hade 19 800 poliser' 2015 explicit; 'vuxit med nästan en miljon invånare' and 'mer än
#   fördubblats sedan 2015' ('2015', None) increase (the multiplier optional); 'sedan dess' after '2017' ('2017', None)
#   for 'mellan 40 och 60 procent' decrease, enligt 'danska myndigheter'. 'omkring 207 poliser per 100 000 invånare' ('I
#   dag') no period; Denmark's 232 one time, s 'motsvarande siffra'. The party's promises carry their change verbs
#   ('Höja ... med/till' increase); 'minst 80 nya lokala polisstationer' no direction; 'dubbla straffen' optional
#   multiplier; 'från tre till fem års fängelse' 3 a from-value, 5 increase, unit year; 'inom högst 48 timmar' a promise
#   (required). 'vart sjunde' ratio 1/7. The spokesperson's threshold 'mer än 15 000 invånare' optional, 'minst 70
#   procent av sin arbetstid' required. 'ungefär 680 kronor per invånare och år' per="capita" s None ('Det motsvarar');
#   'vilket stärker statens finanser med cirka 2,1 miljarder kronor om året' increase, s None.
# - Harbour (sidecar 2026-10-15): third-quarter figures 2026 lenient ('under juli–september', 'Under kvartalet');
#   'tredje kvartalet 2025' explicit. TEU kept as its own unit "TEU" (r25_a, r30_a, r36_a). 'Under kvartalet hanterades
#   61 450 TEU' s None (passive). Sandö's '44 200 TEU' one time. 'Antalet fartygsanlöp var 612, jämfört med 598' increase
#   / 2025 explicit s None. The harbour chief's 'mellan 250 000 och 300 000 ton per år' no period (when the sawmill runs
#   at full). 'Under årets första nio månader' 2026 explicit (8,1 miljoner ton and its 3,4 procent). 'Hamnen räknar med
#   att ... passera 11 miljoner ton' the publisher: no speaker, more_than, 2026 lenient, no direction; 'det tidigare
#   rekordet på 10,6 miljoner ton från 2022' explicit. '19 timmar per anlöp ..., fyra timmar kortare än ett år tidigare'
#   both decrease, per="call" on the first. 'Under 2026–2029' explicit for the investment range and 'två nya kranar';
#   'ökar kapaciteten till omkring 320 000 TEU per år' increase, no period. Table: caption 'tusen ton' x1000 tonne;
#   column periods explicit, 'Förändring, %' 2026 lenient signed; rows are cargo types: s 'Godsmängd'.
# - Housing company (published 2026-03-18; report year 2025): 'Året i korthet' bullets 2025 lenient, brackets
#   ('Siffror inom parentes avser 2024') 2024 lenient, no direction. '2025 blev året då vi tog in 142 nya lägenheter'
#   explicit. The CEO's letter ('skriver vd': quote): '214 miljoner kronor ... i fjol' 2025 explicit increase (next
#   clause 'det är drygt 14 procent mer än året innan'), 'drygt 14 procent' 2025 lenient increase s None; 'Mellan 2026
#   och 2030 ... minst 250 miljoner kronor om året' ('2026','2030') explicit. 'höjdes ... från den 1 januari 2025 med i
#   genomsnitt 4,9 procent' 2025 explicit increase. '1 386 kronor per kvadratmeter och år vid årets slut' 2025 lenient;
#   'knappt 3 procent lägre än genomsnittet för allmännyttan i länet' one time. The example '74 kvadratmeter' optional,
#   its 'omkring 8 550 kronor' month rent required, 2025 lenient. 'Inför 2026 ... en höjning med 3,6 procent' 2026
#   explicit. '118 lägenheter ..., jämfört med 91 ett år tidigare' increase / 2024 lenient. '3,2 procent av
#   lägenheterna' s 'lägenheterna'. 'Målet är högst 110 kWh per kvadratmeter år 2030' explicit. Table: caption's unit
#   SEK per="m2"; '2025' / '2024' explicit, change column 2025 lenient signed; rows are districts: s 'Genomsnittlig
#   hyra'; bold total row by ctx.
# - Public health (published 2026-06-09; survey autumn 2025): the survey's figures in present or past tense without a
#   year 2025 lenient (the document's survey year, not the publication year); 'var 6 procent 2025' explicit, decrease
#   ('jämfört med 9 procent 2021', 2021 explicit). National figures, men and women, municipalities ('från 3 procent i
#   Lövåsa till 11 procent i Hedbro': two figures at one time), education groups: one time, no direction. 'Bland
#   kvinnor röker 7 procent' / 'bland män 5 procent' / 'bland kvinnorna 11 procent' take the group named (no measure
#   noun written); 'Bland dem med ...' s None (pronoun). '14 procent av de vuxna' decrease (next sentence 'Det är en
#   minskning med 2 procentenheter sedan 2021'); '2 procentenheter' ('2021','2025') lenient decrease. 'Var femte vuxen
#   ..., en ökning från 16 procent 2021' increase / 2021 explicit from-value. 'Drygt 6 av 10 vuxna, 61 procent' both s
#   'vuxna' (the second restates). 'minst 150 minuter i veckan' the recommendation, 'mer än 10 timmar per dag' and 'BMI
#   på 30 eller mer' definitions: optional; 'nästan dubbelt så hög' optional multiplier. Sample, response rate,
#   'tolv kommuner' and age bands optional. Programme targets 'under 5 procent' / 'minst 70 procent' 'år 2030' explicit,
#   no speaker (the publisher's programme); '18 miljoner kronor per år under 2026–2028' explicit.
# - Negatives: datelines, Publicerad and Datum lines, case and report numbers, titles', headings', captions' and column
#   headers' periods, years and dates that only place a claim or a baseline, next-report dates, rate denominators ('1
#   000', '100 000'), table numbering, times of day, phone numbers, postal codes, street and box numbers, org numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2015", "2021", "2022", "2023", "2024", "2025", "2026", "2030")}
    Y21, Y23, Y24, Y25, Y26, Y30 = Y["2021"], Y["2023"], Y["2024"], Y["2025"], Y["2026"], Y["2030"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. bank interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    HM = ("Helena Marklund", "quote")
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KN = ("en kreditförlustnivå", "kreditförlustnivå")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    RA = ("Resultatet per aktie", "Resultatet")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    gc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r41_a_bank_q3"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L26, direction=DEC, s=RN, sp=None, note="bullets under 'TREDJE KVARTALET 2026 ...' (heading: lenient)"),
        G("1 184", 1184e6, "SEK", ctx="till [1 184] (1 233)", **L26, direction=DEC, s=RN, sp=None),
        G("1 233", 1233e6, "SEK", ctx="1 184 ([1 233]) MSEK", **L25, s=RN, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("412", 412e6, "SEK", ctx="ökade till [412] (377)", **L26, direction=INC, s=PN, sp=None),
        G("377", 377e6, "SEK", ctx="412 ([377]) MSEK", **L25, s=PN, sp=None),
        G("842", 842e6, "SEK", ctx="uppgick till [842] (905)", **L26, s=RR, sp=None),
        G("905", 905e6, "SEK", ctx="842 ([905]) MSEK", **L25, s=RR, sp=None),
        G("38", 38e6, "SEK", ctx="uppgick till [38] (61)", **L26, s=KF, sp=None),
        G("61", 61e6, "SEK", ctx="38 ([61]) MSEK", **L25, s=KF, sp=None),
        G("0,07", 0.07, "percent", ctx="på [0,07] (0,12)", **L26, s=KN, sp=None),
        G("0,12", 0.12, "percent", ctx="0,07 ([0,12]) procent", **L25, s=KN, sp=None),
        G("13,1", 13.1, "percent", ctx="var [13,1] (14,6)", **L26, s=RE, sp=None),
        G("14,6", 14.6, "percent", ctx="13,1 ([14,6]) procent", **L25, s=RE, sp=None),
        G("3,42", 3.42, "SEK", per="share", ctx="till [3,42] (3,71)", **L26, s=RA, sp=None),
        G("3,71", 3.71, "SEK", per="share", ctx="3,42 ([3,71]) kronor", **L25, s=RA, sp=None),
        G("3 592", 3592e6, "SEK", ctx="uppgick till [3 592] (3 701)", **L26, s=RN, sp=None, note="'PERIODEN JANUARI–SEPTEMBER 2026' heading"),
        G("3 701", 3701e6, "SEK", ctx="3 592 ([3 701]) MSEK", **L25, s=RN, sp=None),
        G("6 procent", 6, "percent", ctx="minskade med [6 procent] till", **L26, direction=DEC, s=RR, sp=None),
        G("2 547", 2547e6, "SEK", ctx="till [2 547] (2 709)", **L26, direction=DEC, s=RR, sp=None),
        G("2 709", 2709e6, "SEK", ctx="2 547 ([2 709]) MSEK", **L25, s=RR, sp=None),
        G("13,4", 13.4, "percent", ctx="var [13,4] (15,2)", **L26, s=RE, sp=None),
        G("15,2", 15.2, "percent", ctx="13,4 ([15,2]) procent", **L25, s=RE, sp=None),
        G("17,8 procent", 17.8, "percent", **L26, direction=INC, s=KP, sp=None, note="', jämfört med 17,2 procent vid årsskiftet'"),
        G("17,2 procent", 17.2, "percent", **L25, s=None, sp=None),
        G("drygt 6 200 nya helkunder", 6200, "count", bound="approx", **L26, s=("nya helkunder", "helkunder"), sp=HM, note="bare 'nya': no direction"),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=("bolånestocken", "bolånestocken"), sp=HM, note="'sedan årsskiftet'"),
        G("tre år", 3, "year", s=None, sp=HM, note="'de lägsta på tre år'"),
        G("över 13 procent", 13, "percent", bound="more_than", **L26, s=("en räntabilitet", "räntabilitet"), sp=HM),
        G("186,4 miljarder kronor", 186.4e9, "SEK", **L26, direction=INC, s=("Utlåningen till allmänheten", "Utlåningen"), sp=None, note="'den 30 september'; ', en ökning med'"),
        G("2,3 procent", 2.3, "percent", **L26, direction=INC, s=None, sp=None),
        G("knappt 78 procent", 78, "percent", bound="approx", **L26, s=("Bolånen", "Bolånen"), sp=None, note="'svarar för' takes X"),
        G("3,6 procent", 3.6, "percent", **L26, direction=INC, s=("Inlåningen från allmänheten", "Inlåningen"), sp=None),
        G("121,9 miljarder kronor", 121.9e9, "SEK", **L26, direction=INC, s=("Inlåningen från allmänheten", "Inlåningen"), sp=None),
        G("tre kärnlänen", 3, "count", optional=True, s=("kärnlänen", "kärnlänen"), sp=None, note="the set"),
        G("11,4 procent", 11.4, "percent", **L26, s=("Bankens andel av den nya bolånemarknaden", "andel"), sp=None, note="'under kvartalet'"),
        G("9,8 procent", 9.8, "percent", **L26, s=("den största konkurrenten i regionen", "konkurrenten"), sp=None, note="one time"),
        G("54 procent", 54, "percent", **L26, s=("Den genomsnittliga belåningsgraden i bolåneportföljen", "belåningsgraden"), sp=None),
        G("över 70 procent", 70, "percent", bound="more_than", optional=True, s=("en belåningsgrad", "belåningsgrad"), sp=None, note="threshold"),
        G("6 procent", 6, "percent", ctx="70 procent var [6 procent]", **L26, s=("Andelen bolånekunder med en belåningsgrad över 70 procent", "Andelen"), sp=None),
        G("689 MSEK", 689e6, "SEK", **L26, s=("Kostnaderna för kvartalet", "Kostnaderna"), sp=None),
        G("402 MSEK", 402e6, "SEK", **L26, s=("personalkostnader", "personalkostnader"), sp=None),
        G("0,42", 0.42, "number", ctx="K/I-talet var [0,42]", **L26, direction=INC, s=("K/I-talet", "K/I-talet"), sp=None),
        G("0,40", 0.40, "number", ctx="jämfört med [0,40] under", t=Y25, s=None, sp=None, note="'under tredje kvartalet 2025'"),
        G("1 864 anställda", 1864, "count", **L26, s=("anställda", "anställda"), sp=None),
        G("141 MSEK", 141e6, "SEK", **L26, s=KF, sp=None, note="'för januari–september' (no year)"),
        G("mellan 170 och 200 MSEK", None, "SEK", low=170e6, high=200e6, t=Y26, s=("kreditförlusterna", "kreditförlusterna"), sp=("Banken", "credited"), note="'helåret 2026'"),
        G("minst 12 procent", 12, "percent", bound="at_least", s=("en räntabilitet på eget kapital", "räntabilitet"), sp=None, note="standing target"),
        G("1,5–3,0 procentenheter", None, "percentage_point", low=1.5, high=3.0, s=("en kärnprimärkapitalrelation", "kärnprimärkapitalrelation"), sp=None, note="standing target"),
        *_row(G, "Räntenetto, MSEK", ["1 184", "1 233", "3 592", "3 701"], gc("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL': column periods explicit; rows are measures"),
        *_row(G, "Provisionsnetto, MSEK", ["412", "377", "1 198", "1 104"], gc("SEK", 1e6), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Rörelseresultat, MSEK", ["842", "905", "2 547", "2 709"], gc("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Kreditförluster, MSEK", ["38", "61", "141", "156"], gc("SEK", 1e6), ("Kreditförluster", "Kreditförluster")),
        *_row(G, "Räntabilitet på eget kapital, %", ["13,1", "14,6", "13,4", "15,2"], gc("percent", 1), ("Räntabilitet på eget kapital", "Räntabilitet")),
        *_row(G, "K/I-tal", ["0,42", "0,40", "0,41", "0,39"], gc("number", 1), ("K/I-tal", "K/I-tal")),
    ]
    NEG["r41_a_bank_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("22 oktober 2026", occ=1, note="dateline"),
        N("TREDJE KVARTALET 2026", note="heading"), N("TREDJE KVARTALET 2025", note="heading"),
        N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"), N("JANUARI–SEPTEMBER 2025", note="heading"),
        N("30 september"), N("tredje kvartalet 2025"), N("2026", ctx="helåret [2026] kommer"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("22 oktober 2026", occ=2), N("07.30", note="time of day"), N("2026", ctx="Bokslutskommuniké [2026]", note="names the report"),
        N("4 februari 2027", note="next report"), N("0470-58 22 10"), N("516408-3172", note="org number"),
        N("21", ctx="Storgatan [21]", note="street number"), N("352 31", note="postal code"),
    ]

    # ------------------------------------------------------------ 2. retail trade October 2026 (Markdown, Publicerad 26 november 2026)
    JE = ("Jonas Ekdahl", "quote")
    DV = ("Detaljhandelns kalenderkorrigerade försäljningsvolym", "försäljningsvolym")
    FV = ("Försäljningsvolym", "Försäljningsvolym")
    rc = [("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r41_a_detaljhandel_okt"] = [
        G("3,4 procent", 3.4, "percent", t=Y26, direction=INC, s=DV, sp=None, note="'i oktober 2026 jämfört med oktober 2025'"),
        G("0,3 procent", 0.3, "percent", **L26, direction=INC, s=("den säsongsrensade försäljningsvolymen", "försäljningsvolymen"), sp=None, note="'Jämfört med september'"),
        G("1,6 procent", 1.6, "percent", **L26, direction=INC, s=("Dagligvaruhandeln", "Dagligvaruhandeln"), sp=None),
        G("4,7 procent", 4.7, "percent", **L26, direction=INC, s=("sällanköpsvaruhandeln", "sällanköpsvaruhandeln"), sp=None),
        G("4 procent", 4, "percent", ctx="snabbare än [4 procent] i", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("7,1 procent", 7.1, "percent", **L26, direction=INC, s=("Försäljningsvolymen inom klädhandeln", "Försäljningsvolymen"), sp=None),
        G("1,2 procent", 1.2, "percent", **L26, direction=DEC, s=("skohandeln", "skohandeln"), sp=None),
        G("6,0 procent", 6.0, "percent", **L26, direction=INC, s=("Hemelektronikhandeln", "Hemelektronikhandeln"), sp=None),
        G("knappt 4 procent", 4, "percent", bound="approx", **L26, direction=DEC, s=("volymen", "volymen"), sp=JE, note="'under toppen hösten 2021': an earlier point"),
        G("4,6 procent", 4.6, "percent", **L26, direction=INC, s=("detaljhandelns omsättning", "omsättning"), sp=None),
        G("drygt 1 procent", 1, "percent", bound="approx", **L26, direction=INC, s=("Priserna i detaljhandeln", "Priserna"), sp=None),
        G("0,1 procent", 0.1, "percent", **L26, direction=INC, s=("den säsongsrensade förändringen", "förändringen"), sp=None),
        G("2,3 procent", 2.3, "percent", **L26, direction=DEC, s=("Försäljningen på Systembolaget", "Försäljningen"), sp=None),
        *_row(G, "| Dagligvaruhandel", ["+0,1", "+1,6"], rc, FV, sep=" | ", note="Markdown table '... oktober 2026': the caption's month (lenient), signed; rows are branches"),
        *_row(G, "| Sällanköpsvaruhandel", ["+0,5", "+4,7"], rc, FV, sep=" | "),
        *_row(G, "| varav klädhandel", ["+1,6", "+7,1"], rc, FV, sep=" | "),
        *_row(G, "| varav skohandel", ["−0,6", "−1,2"], rc, FV, sep=" | "),
        *_row(G, "| varav möbelhandel", ["+0,2", "+2,5"], rc, FV, sep=" | "),
        *_row(G, "| varav hemelektronikhandel", ["+2,2", "+6,0"], rc, FV, sep=" | "),
        *_row(G, "| Postorder- och internethandel", ["+0,9", "+8,3"], rc, FV, sep=" | "),
        G("+0,3", 0.3, "percent", ctx="**[+0,3]**", **L26, direction=INC, s=FV, sp=None, note="bold total row"),
        G("+3,4", 3.4, "percent", ctx="**[+3,4]**", **L26, direction=INC, s=FV, sp=None),
        G("2,4 procent", 2.4, "percent", t=Y26, direction=INC, s=DV, sp=None, note="'Under årets första tio månader'; 'högre än under samma period 2025'"),
        G("7,5 procent", 7.5, "percent", **L26, direction=INC, s=("Internethandeln", "Internethandeln"), sp=None, note="'under perioden'"),
        G("drygt 16 procent", 16, "percent", bound="approx", **L26, s=("Internethandeln", "Internethandeln"), sp=None, note="'står nu för' takes X"),
        G("ungefär 14 procent", 14, "percent", bound="approx", **L26, s=None, sp=None, note="EU average: one time"),
        G("omkring 2 400 företag", 2400, "count", bound="approx", optional=True, s=("företag", "företag"), sp=None, note="sample"),
        G("tre senaste månaderna", 3, "month", optional=True, s=None, sp=None, note="revision rule"),
        G("upp till 0,5 procentenheter", 0.5, "percentage_point", bound="at_most", optional=True, s=None, sp=None, note="revision margin"),
    ]
    NEG["r41_a_detaljhandel_okt"] = [
        N("26 november 2026", note="Publicerad"), N("08.00", occ=1, note="time of day"),
        N("oktober 2026", ctx="procent i [oktober 2026] jämfört"), N("oktober 2025", occ=1), N("våren 2022"),
        N("hösten 2021"), N("oktober 2025", occ=2), N("oktober 2025", occ=3),
        N("oktober 2026", ctx="bransch, [oktober 2026]", note="caption"),
        N("1 mån", occ=1), N("12 mån", occ=1), N("1 mån", occ=2, note="column header"), N("12 mån", occ=2, note="column header"),
        N("Januari–oktober 2026", note="heading"), N("2025", ctx="samma period [2025]."),
        N("8 januari 2027", note="next report"), N("08.00", occ=2), N("november 2026", ctx="statistik för [november 2026]"),
        N("010-479 62 18"),
    ]

    # ------------------------------------------------------------ 3. moose hunt 2026 (Datum 2026-11-24)
    IS = ("Ingrid Svanström", "quote")
    AV = ("Avskjutningen", "Avskjutningen")
    AP = ("den samlade avskjutningsplanen", "avskjutningsplanen")
    FA = ("Fällda älgar", "älgar")
    mc = [("ha", 1000, None, Y26, T, F), ("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F),
          ("count", 1, None, ("2016", "2025"), F, F), ("percent", 1, None, Y26, T, T)]
    ms = [("Jaktmark", "Jaktmark"), FA, FA, FA, FA]
    GOLD["r41_a_algjakt_2026"] = [
        G("sex jaktveckorna", 6, "week", optional=True, s=None, sp=None, note="title: names the report's span"),
        G("3 412 fällda älgar", 3412, "count", t=Y26, direction=DEC, s=("fällda älgar", "älgar"), sp=None, note="'under älgjakten 2026'; next sentence states the fall"),
        G("71 procent", 71, "percent", **L26, s=AP, sp=None),
        G("4 810 djur", 4810, "count", **L26, s=AP, sp=None),
        G("3 655 älgar", 3655, "count", t=Y25, s=("älgar", "älgar"), sp=None, note="'Vid samma tidpunkt 2025'"),
        G("243 djur", 243, "count", **L26, direction=DEC, s=("avskjutningen", "avskjutningen"), sp=None),
        G("knappt 7 procent", 7, "percent", bound="approx", **L26, direction=DEC, s=("avskjutningen", "avskjutningen"), sp=None),
        G("3 720 fällda älgar", 3720, "count", t=("2016", "2025"), s=("tioårssnittet", "tioårssnittet"), sp=None),
        G("drygt 8 procent", 8, "percent", bound="approx", **L26, direction=DEC, s=("årets avskjutning", "avskjutning"), sp=None, note="against the ten-year average: a change"),
        G("2,1 älgar", 2.1, "count", per="ha", **L26, direction=DEC, s=AV, sp=None, note="'per 1 000 hektar'"),
        G("2,3 älgar", 2.3, "count", per="ha", t=Y25, s=None, sp=None, note="'vid samma tid i fjol'"),
        G("2,6 älgar", 2.6, "count", per="ha", **L26, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="one time"),
        G("44 procent", 44, "percent", **L26, s=("Kalvandelen i avskjutningen", "Kalvandelen"), sp=None),
        G("minst 50 procent", 50, "percent", bound="at_least", s=("länets mål", "mål"), sp=None, note="standing target"),
        G("53 procent", 53, "percent", **L26, s=("Andelen tjurar bland de fällda vuxna djuren", "Andelen"), sp=None),
        *_row(G, "Norra fjällen", ["412", "614", "702", "689", "−12,5"], mc, ms, note="table 'Fällda älgar per älgförvaltningsområde, t.o.m. 15 november (antal)': 'Jaktmark, tusen ha' x1000 ha lenient; year columns explicit; change column lenient signed; rows are areas"),
        *_row(G, "Mellanbygden", ["538", "1 203", "1 248", "1 301", "−3,6"], mc, ms),
        *_row(G, "Södra skogslandet", ["476", "1 021", "1 054", "1 118", "−3,1"], mc, ms),
        *_row(G, "Kustlandet", ["198", "574", "651", "612", "−11,8"], mc, ms),
        *_row(G, "Hela länet", ["1 624", "3 412", "3 655", "3 720", "−6,6"], mc, ms),
        G("omkring 3 900 djur", 3900, "count", bound="approx", t=Y26, direction=DEC, s=("vinterstammen i Norra fjällen", "vinterstammen"), sp=None, note="'i februari 2026'; ', mot cirka 4 600 vid inventeringen 2023'"),
        G("cirka 4 600", 4600, "count", bound="approx", t=Y23, s=None, sp=None),
        G("9 procent", 9, "percent", **L26, s=("andelen årligen skadade tallar", "andelen"), sp=None, note="against the target: no direction"),
        G("högst 10 procent", 10, "percent", bound="at_most", s=("länets mål", "mål"), sp=None, note="standing target"),
        G("mellan 150 och 200 djur", None, "count", low=150, high=200, **L26, s=("djur", "djur"), sp=IS),
        G("286 viltolyckor", 286, "count", t=Y26, direction=DEC, s=("viltolyckor med älg", "viltolyckor"), sp=None, note="'Hittills i år'"),
        G("31", 31, "count", ctx="är [31] färre", **L26, direction=DEC, s=None, sp=None),
    ]
    NEG["r41_a_algjakt_2026"] = [
        N("2026-11-24", note="Datum"), N("218-4471-2026", note="case number"), N("2026", ctx="Älgjakten [2026] –", note="title"),
        N("15 november", occ=1), N("2026", ctx="älgjakten [2026]. Det"), N("2025", ctx="tidpunkt [2025] var"),
        N("2016–2025", occ=1), N("1 000", ctx="Avskjutning per [1 000] hektar Avskjutningen", note="heading; rate denominator"),
        N("1 000", ctx="2,1 älgar per [1 000] hektar", note="rate denominator"), N("1 000", ctx="2,3 älgar per [1 000] hektar"),
        N("1 000", ctx="2,6 älgar per [1 000] hektar"), N("1", ctx="Tabell [1]. Fällda", note="table number"),
        N("15 november", occ=2, note="caption"), N("2026", ctx="tusen ha [2026] 2025", note="column header"),
        N("2025", ctx="ha 2026 [2025] Snitt", note="column header"), N("2016–2025", occ=2, note="column header"),
        N("2025", ctx="Förändring mot [2025], %", note="column header"), N("februari 2026"), N("2023", ctx="inventeringen [2023]."),
        N("2025", ctx="motsvarande period [2025]."), N("31 januari 2027"), N("mars 2027"), N("010-224 35 60"),
    ]

    # ------------------------------------------------------------ 4. car registrations, TT (Publicerad 2 november 2026)
    MH = ("Mats Hellgren", "quote")
    FBe = ("Fordonsbranschen i Sverige", "enligt")
    NP = ("nya personbilar", "personbilar")
    NR = ("Nyregistreringar", "Nyregistreringar")
    TL = ("Registreringarna av tunga lastbilar", "Registreringarna")
    LL = ("Nya lätta lastbilar", "lastbilar")
    GOLD["r41_a_nybilar_tt"] = [
        G("24 318 nya personbilar", 24318, "count", **L26, direction=INC, s=NP, sp=FBe, note="'i oktober' (previous sentence); 'visar ny statistik från'"),
        G("8,4 procent", 8.4, "percent", **L26, direction=INC, s=None, sp=FBe),
        G("41,6 procent", 41.6, "percent", **L26, direction=INC, s=("Rena elbilar", "elbilar"), sp=None, note="', jämfört med 34,9 procent i samma månad i fjol'"),
        G("34,9 procent", 34.9, "percent", t=Y25, s=None, sp=None),
        G("19,2 procent", 19.2, "percent", **L26, direction=DEC, s=("Laddhybriderna", "Laddhybriderna"), sp=None),
        G("22,5 procent", 22.5, "percent", **L25, s=None, sp=None, note="from-value"),
        G("228 540 nya personbilar", 228540, "count", **L26, direction=INC, s=NP, sp=None, note="'Under januari–oktober' (no year)"),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=None, sp=None),
        G("37,8 procent", 37.8, "percent", **L26, s=("Elbilsandelen för perioden", "Elbilsandelen"), sp=None),
        G("över 70 procent", 70, "percent", bound="more_than", **L26, s=("elbilarna", "elbilarna"), sp=None, note="Denmark: one time"),
        G("knappt 22 procent", 22, "percent", bound="approx", **L26, s=("Tyskland", "Tyskland"), sp=None, note="one time"),
        G("4 112 nya personbilar", 4112, "count", **L26, direction=INC, s=NP, sp=None),
        G("5 procent", 5, "percent", ctx="ökning med [5 procent]. Därefter", **L26, direction=INC, s=None, sp=None),
        G("2 354", 2354, "count", **L26, s=None, sp=None),
        G("2 018 bilar", 2018, "count", **L26, s=("bilar", "bilar"), sp=None),
        G("38 procent", 38, "percent", **L26, direction=INC, s=("Tesla", "Tesla"), sp=None),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=("Volkswagen", "Volkswagen"), sp=None),
        G("1 402 exemplar", 1402, "count", **L26, s=("exemplar", "exemplar"), sp=None),
        G("52 gram", 52, "g", per="km", **L26, direction=DEC, s=("De nya personbilarna i oktober", "personbilarna"), sp=None, note="'per kilometer'; ', jämfört med 71 gram i oktober 2025'"),
        G("71 gram", 71, "g", per="km", t=Y25, s=None, sp=None),
        G("Drygt 48 000 begagnade personbilar", 48000, "count", bound="approx", **L26, s=("begagnade personbilar", "personbilar"), sp=None, note="'ungefär lika många': no direction"),
        G("14 procent", 14, "percent", **L26, direction=DEC, s=TL, sp=None),
        G("412 fordon", 412, "count", **L26, direction=DEC, s=TL, sp=None),
        G("6,7 procent", 6.7, "percent", **L26, direction=INC, s=LL, sp=None),
        G("3 205", 3205, "count", ctx="procent till [3 205]", **L26, direction=INC, s=LL, sp=None),
        G("mellan 4 500 och 5 000 fordon", None, "count", low=4500, high=5000, **L26, s=("marknaden för tunga lastbilar", "marknaden"), sp=MH, note="'för helåret'"),
        G("275 000", 275000, "count", t=Y26, direction=INC, s=("sin prognos för nya personbilar", "prognos"), sp=("Branschorganisationen", "credited")),
        G("265 000", 265000, "count", **L26, s=None, sp=("Branschorganisationen", "credited"), note="from-value: the earlier forecast"),
        G("24 318", 24318, "count", ctx="totalt: [24 318]", **L26, s=NR, sp=None, note="fact box 'Nyregistreringar i oktober 2026' (lenient); brackets 'avser oktober 2025'"),
        G("22 434", 22434, "count", ctx="([22 434])", **L25, s=NR, sp=None),
        G("10 116", 10116, "count", ctx="elbilar: [10 116]", **L26, s=NR, sp=None),
        G("7 830", 7830, "count", ctx="([7 830])", **L25, s=NR, sp=None),
        G("4 669", 4669, "count", ctx="laddhybrider: [4 669]", **L26, s=NR, sp=None),
        G("5 048", 5048, "count", ctx="([5 048])", **L25, s=NR, sp=None),
        G("3 205", 3205, "count", ctx="Lätta lastbilar: [3 205]", **L26, s=NR, sp=None),
        G("3 004", 3004, "count", ctx="([3 004])", **L25, s=NR, sp=None),
        G("412", 412, "count", ctx="Tunga lastbilar: [412]", **L26, s=NR, sp=None),
        G("479", 479, "count", ctx="([479])", **L25, s=NR, sp=None),
    ]
    NEG["r41_a_nybilar_tt"] = [
        N("2 november 2026", note="Publicerad"), N("10.41", note="time of day"), N("oktober 2025", occ=1),
        N("december 2023"), N("oktober 2025", occ=2), N("oktober 2025", occ=3), N("2026", ctx="personbilar [2026] till"),
        N("oktober 2026", note="fact box heading"), N("oktober 2025", occ=4, note="bracket note"),
    ]

    # ------------------------------------------------------------ 5. party page on police and crime (UNDATED, HTML)
    SR = ("Sanna Rydholm", "quote")
    PO = ("poliser", "poliser")
    GOLD["r41_a_parti_polis"] = [
        G("6 000 fler poliser", 6000, "count", t=Y30, direction=INC, s=PO, sp=None, note="'fram till 2030'"),
        G("minst 250 poliser", 250, "count", bound="at_least", per="capita", t=Y30, direction=INC, s=PO, sp=None, note="'så att Sverige når ... per 100 000 invånare'"),
        G("4,5 miljarder kronor", 4.5e9, "SEK", per="year", direction=INC, s=("polisens anslag", "anslag"), sp=None),
        G("36 000 kronor", 36000, "SEK", per="month", direction=INC, s=("ingångslönen för nyutexaminerade poliser", "ingångslönen"), sp=None),
        G("minst 80 nya lokala polisstationer", 80, "count", bound="at_least", s=("nya lokala polisstationer", "polisstationer"), sp=None),
        G("900 miljoner kronor", 900e6, "SEK", per="year", s=None, sp=None),
        G("omkring 207 poliser", 207, "count", bound="approx", per="capita", s=PO, sp=None, note="'I dag' on an undated page: no period"),
        G("232", 232, "count", per="capita", ctx="siffra [232]", s=("motsvarande siffra", "siffra"), sp=None, note="Denmark: one time"),
        G("19 800 poliser", 19800, "count", t=Y["2015"], s=PO, sp=None),
        G("nästan en miljon invånare", 1e6, "count", bound="approx", t=("2015", None), direction=INC, s=("befolkningen", "befolkningen"), sp=None),
        G("vart sjunde", 1 / 7, "ratio", s=("anmält bostadsinbrott", "bostadsinbrott"), sp=None),
        G("under 5 procent", 5, "percent", bound="less_than", s=("andelen", "andelen"), sp=None),
        G("mer än fördubblats", 2, "number", bound="more_than", t=("2015", None), direction=INC, optional=True, s=("antalet anmälda bedrägerier", "antalet"), sp=None, note="multiplier"),
        G("15 000 invånare", 15000, "count", bound="more_than", optional=True, s=("invånare", "invånare"), sp=SR, note="threshold"),
        G("minst 70 procent", 70, "percent", bound="at_least", s=("sin arbetstid", "arbetstid"), sp=SR),
        G("dubbla", 2, "number", ctx="vill [dubbla] straffen", direction=INC, optional=True, s=("straffen", "straffen"), sp=None, note="multiplier"),
        G("tre", 3, "year", ctx="från [tre] till fem", s=("minimistraffet för grovt vapenbrott", "minimistraffet"), sp=None, note="from-value"),
        G("fem års", 5, "year", direction=INC, s=("minimistraffet för grovt vapenbrott", "minimistraffet"), sp=None),
        G("mellan 40 och 60 procent", None, "percent", low=40, high=60, t=("2017", None), direction=DEC, s=("antalet skjutningar", "antalet"), sp=("danska myndigheter", "enligt"), note="'sedan dess' after 2017"),
        G("högst 48 timmar", 48, "hour", bound="at_most", s=None, sp=None, note="a promise"),
        G("7,2 miljarder kronor", 7.2e9, "SEK", per="year", s=("Hela vårt trygghetspaket", "trygghetspaket"), sp=None),
        G("ungefär 680 kronor", 680, "SEK", bound="approx", per="capita", s=None, sp=None, note="'per invånare och år'"),
        G("cirka 2,1 miljarder kronor", 2.1e9, "SEK", bound="approx", per="year", direction=INC, s=None, sp=None, note="'vilket stärker statens finanser med'"),
    ]
    NEG["r41_a_parti_polis"] = [
        N("2030", ctx="fram till [2030]"), N("100 000", occ=1, note="rate denominator"), N("100 000", occ=2),
        N("2015", occ=1), N("2015", occ=2), N("2017"), N("Box 4127"), N("102 63"), N("08-560 377 00"),
    ]

    # ------------------------------------------------------------ 6. harbour freight Q3 2026 (sidecar 2026-10-15)
    PSa = ("Per-Olof Sandgren", "quote")
    GM = ("Godsmängd", "Godsmängd")
    RO = ("Ro-ro-trafiken", "Ro-ro-trafiken")
    hc = [("tonne", 1000, None, Y26, F, F), ("tonne", 1000, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r41_a_hamn_q3"] = [
        G("2,84 miljoner ton", 2.84e6, "tonne", **L26, direction=INC, s=("gods", "gods"), sp=None, note="'under juli–september'; ', vilket är 5,2 procent mer'"),
        G("5,2 procent", 5.2, "percent", **L26, direction=INC, s=None, sp=None),
        G("61 450 TEU", 61450, "TEU", **L26, direction=INC, s=None, sp=None, note="passive 'hanterades'"),
        G("9,8 procent", 9.8, "percent", **L26, direction=INC, s=None, sp=None),
        G("18 procent", 18, "percent", **L26, s=("Andelen tomma containrar", "Andelen"), sp=None),
        G("44 200 TEU", 44200, "TEU", **L26, s=("grannhamnen i Sandö", "grannhamnen"), sp=None, note="one time"),
        G("2,1 procent", 2.1, "percent", **L26, direction=INC, s=RO, sp=None),
        G("48 300 enheter", 48300, "count", **L26, direction=INC, s=RO, sp=None),
        G("612", 612, "count", ctx="fartygsanlöp var [612]", **L26, direction=INC, s=("Antalet fartygsanlöp", "Antalet"), sp=None),
        G("598", 598, "count", t=Y25, s=None, sp=None, note="'under tredje kvartalet 2025'"),
        *_row(G, "Containergods", ["692", "618", "+12,0"], hc, GM, note="table 'Godsmängd per godsslag, tusen ton': column periods explicit, change 2026 lenient signed; rows are cargo types"),
        *_row(G, "Ro-ro-gods", ["815", "794", "+2,6"], hc, GM),
        *_row(G, "Flytande bulk", ["734", "712", "+3,1"], hc, GM),
        *_row(G, "Torrbulk", ["398", "421", "−5,5"], hc, GM),
        *_row(G, "Skogsprodukter", ["201", "155", "+29,7"], hc, GM),
        *_row(G, "Totalt", ["2 840", "2 700", "+5,2"], hc, GM),
        G("nästan 30 procent", 30, "percent", bound="approx", **L26, direction=INC, s=("Skogsprodukterna", "Skogsprodukterna"), sp=None),
        G("mellan 250 000 och 300 000 ton", None, "tonne", low=250000, high=300000, per="year", s=("skogsprodukterna", "skogsprodukterna"), sp=PSa, note="when the sawmill runs at full: no period"),
        G("8,1 miljoner ton", 8.1e6, "tonne", t=Y26, direction=INC, s=("gods", "gods"), sp=None, note="'Under årets första nio månader'"),
        G("3,4 procent", 3.4, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("172 800 TEU", 172800, "TEU", **L26, s=("Containervolymen", "Containervolymen"), sp=None, note="heading 'Januari–september'"),
        G("11 miljoner ton", 11e6, "tonne", bound="more_than", **L26, s=None, sp=None, note="'Hamnen räknar med att ... passera': the publisher's own forecast"),
        G("10,6 miljoner ton", 10.6e6, "tonne", t=Y["2022"], s=("det tidigare rekordet", "rekordet"), sp=None),
        G("19 timmar", 19, "hour", per="call", **L26, direction=DEC, s=("Den genomsnittliga liggtiden för containerfartyg", "liggtiden"), sp=None, note="'per anlöp'; ', fyra timmar kortare än ett år tidigare'"),
        G("fyra timmar", 4, "hour", **L26, direction=DEC, s=None, sp=None),
        G("36 procent", 36, "percent", **L26, s=("Andelen anlöp där fartygen anslöt till landström", "Andelen"), sp=None),
        G("mellan 350 och 400 miljoner kronor", None, "SEK", low=350e6, high=400e6, t=("2026", "2029"), s=None, sp=None),
        G("två nya kranar", 2, "count", t=("2026", "2029"), s=("nya kranar", "kranar"), sp=None),
        G("omkring 320 000 TEU", 320000, "TEU", bound="approx", per="year", direction=INC, s=("kapaciteten", "kapaciteten"), sp=None),
    ]
    NEG["r41_a_hamn_q3"] = [
        N("tredje kvartalet 2026", note="title"), N("juli–september"), N("tredje kvartalet 2025", occ=1),
        N("tredje kvartalet 2025", occ=2), N("1", ctx="Tabell [1]. Godsmängd", note="table number"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"), N("Januari–september", note="heading"),
        N("2025", ctx="samma period [2025]."), N("2022", ctx="från [2022]."), N("2026–2029"), N("januari 2027", note="next report"),
        N("556712-4408", note="org number"), N("3", ctx="Hamnvägen [3],", note="street number"), N("941 38", note="postal code"),
        N("0911-65 40 00"),
    ]

    # ------------------------------------------------------------ 7. housing company annual report 2025 (Markdown, Publicerad 18 mars 2026)
    CO = ("Camilla Ohlsson", "quote")
    GH = ("Genomsnittlig hyra", "hyra")
    hr = [("SEK", 1, "m2", Y25, F, F), ("SEK", 1, "m2", Y24, F, F), ("percent", 1, None, Y25, T, T)]
    AL = ("Antal lägenheter vid årets slut", "lägenheter")
    GOLD["r41_a_bostadsbolag_2025"] = [
        G("8 426", 8426, "count", **L25, s=AL, sp=None, note="'Året i korthet' (the report year, lenient); brackets 'avser 2024'"),
        G("8 311", 8311, "count", **L24, s=AL, sp=None),
        G("912 MSEK", 912e6, "SEK", **L25, s=("Nettoomsättning", "Nettoomsättning"), sp=None),
        G("861", 861e6, "SEK", ctx="([861])", **L24, s=("Nettoomsättning", "Nettoomsättning"), sp=None),
        G("64 MSEK", 64e6, "SEK", **L25, s=("Resultat efter finansiella poster", "Resultat"), sp=None),
        G("71", 71e6, "SEK", ctx="([71])", **L24, s=("Resultat efter finansiella poster", "Resultat"), sp=None),
        G("1,4 procent", 1.4, "percent", **L25, s=("Vakansgrad bostäder", "Vakansgrad"), sp=None),
        G("1,1", 1.1, "percent", ctx="([1,1])", **L24, s=("Vakansgrad bostäder", "Vakansgrad"), sp=None),
        G("214 MSEK", 214e6, "SEK", **L25, s=("Underhåll", "Underhåll"), sp=None),
        G("187", 187e6, "SEK", ctx="([187])", **L24, s=("Underhåll", "Underhåll"), sp=None),
        G("142 nya lägenheter", 142, "count", t=Y25, s=("nya lägenheter", "lägenheter"), sp=None),
        G("tjugo år", 20, "year", s=None, sp=None, note="'största nybyggnadsprojekt på tjugo år'"),
        G("214 miljoner kronor", 214e6, "SEK", t=Y25, direction=INC, s=("underhåll", "underhåll"), sp=CO, note="'i fjol' from 2026-03-18; next clause states the rise"),
        G("drygt 14 procent", 14, "percent", bound="approx", **L25, direction=INC, s=None, sp=CO),
        G("minst 250 miljoner kronor", 250e6, "SEK", bound="at_least", per="year", t=("2026", "2030"), s=None, sp=CO),
        G("4,9 procent", 4.9, "percent", ctx="i genomsnitt [4,9 procent]", t=Y25, direction=INC, s=("hyrorna", "hyrorna"), sp=None, note="'från den 1 januari 2025'"),
        G("1 386 kronor", 1386, "SEK", per="m2", **L25, s=("Den genomsnittliga hyran för bostäder", "hyran"), sp=None, note="'per kvadratmeter och år vid årets slut'"),
        G("knappt 3 procent", 3, "percent", bound="approx", **L25, s=None, sp=None, note="against the county's public housing: one time"),
        G("74 kvadratmeter", 74, "m2", optional=True, s=("en trea", "trea"), sp=None, note="the example's input"),
        G("omkring 8 550 kronor", 8550, "SEK", bound="approx", per="month", **L25, s=("en månadshyra", "månadshyra"), sp=None),
        G("3,6 procent", 3.6, "percent", t=Y26, direction=INC, s=("en höjning", "höjning"), sp=None, note="'Inför 2026'"),
        *_row(G, "| Centrum", ["1 512", "1 441", "+4,9"], hr, GH, sep=" | ", note="Markdown table '... kronor per kvadratmeter och år': '2025' / '2024' explicit, change 2025 lenient signed; rows are districts"),
        *_row(G, "| Norra Ekby", ["1 644", "1 538", "+6,9"], hr, GH, sep=" | "),
        *_row(G, "| Västerslätt", ["1 298", "1 238", "+4,8"], hr, GH, sep=" | "),
        *_row(G, "| Åsbacka", ["1 263", "1 206", "+4,7"], hr, GH, sep=" | "),
        *_row(G, "| Södra hamnen", ["1 405", "1 340", "+4,9"], hr, GH, sep=" | "),
        G("1 386", 1386, "SEK", per="m2", ctx="**[1 386]**", t=Y25, s=GH, sp=None, note="bold total row"),
        G("1 321", 1321, "SEK", per="m2", ctx="**[1 321]**", t=Y24, s=GH, sp=None),
        G("+4,9", 4.9, "percent", ctx="**[+4,9]**", **L25, direction=INC, s=GH, sp=None),
        G("118 lägenheter", 118, "count", **L25, direction=INC, s=("lägenheter", "lägenheter"), sp=None, note="'Vid årets slut'; ', jämfört med 91 ett år tidigare'"),
        G("91", 91, "count", ctx="jämfört med [91] ett", **L24, s=None, sp=None),
        G("3,2 procent", 3.2, "percent", **L25, s=("lägenheterna", "lägenheterna"), sp=None),
        G("14,8 procent", 14.8, "percent", **L25, direction=DEC, s=("Omflyttningen", "Omflyttningen"), sp=None),
        G("16,3 procent", 16.3, "percent", t=Y24, s=None, sp=None),
        G("21 400 personer", 21400, "count", **L25, s=("personer", "personer"), sp=None),
        G("3,5 år", 3.5, "year", **L25, s=("den genomsnittliga kötiden för ett förstahandskontrakt", "kötiden"), sp=None),
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L25, direction=DEC, s=("Energianvändningen för värme och varmvatten", "Energianvändningen"), sp=None),
        G("128 kWh", 128, "kWh", per="m2", **L25, direction=DEC, s=("Energianvändningen för värme och varmvatten", "Energianvändningen"), sp=None),
        G("högst 110 kWh", 110, "kWh", bound="at_most", per="m2", t=Y30, s=("Målet", "Målet"), sp=None),
        G("12 tak", 12, "count", **L25, s=("tak", "tak"), sp=None),
        G("640 kW", 640, "kW", **L25, s=("en sammanlagd effekt", "effekt"), sp=None),
        G("186", 186, "count", ctx="anställda var [186]", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        G("179", 179, "count", ctx="([179])", **L24, s=("Antalet anställda", "Antalet"), sp=None),
        G("5,1 procent", 5.1, "percent", **L25, direction=DEC, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("5,8 procent", 5.8, "percent", **L24, s=None, sp=None, note="'året innan'"),
    ]
    NEG["r41_a_bostadsbolag_2025"] = [
        N("2025", ctx="Årsredovisning [2025]", note="title"), N("18 mars 2026", note="Publicerad"), N("2024", ctx="avser [2024].", note="bracket note"),
        N("2025", ctx="[2025] blev året"), N("2026", ctx="Mellan [2026] och"), N("2030", ctx="och [2030] räknar"),
        N("1 januari 2025"), N("2026", ctx="Inför [2026] har"), N("2025", ctx="| [2025] | 2024", note="column header"),
        N("2024", ctx="2025 | [2024] |", note="column header"), N("2024", ctx="procent [2024]."), N("2030", ctx="kvadratmeter år [2030]."),
        N("556102-7735", note="org number"), N("8", ctx="Kyrkogatan [8],", note="street number"), N("731 30", note="postal code"),
        N("0221-34 00 00"),
    ]

    # ------------------------------------------------------------ 8. public-health survey 2025 (Publicerad 9 juni 2026)
    EB = ("Elin Bergkvist", "quote")
    AD = ("Andelen vuxna som röker dagligen", "Andelen")
    VU = ("vuxna", "vuxna")
    GOLD["r41_a_folkhalsa_2025"] = [
        G("24 000", 24000, "count", optional=True, s=("slumpvis utvalda personer", "personer"), sp=None, note="sample"),
        G("18–84 år", None, "year", low=18, high=84, optional=True, s=None, sp=None, note="age band"),
        G("tolv kommuner", 12, "count", optional=True, s=("kommuner", "kommuner"), sp=None, note="the set"),
        G("11 280", 11280, "count", optional=True, s=None, sp=None, note="respondents"),
        G("47 procent", 47, "percent", optional=True, **L25, s=("en svarsfrekvens", "svarsfrekvens"), sp=None, note="method"),
        G("6 procent", 6, "percent", ctx="dagligen var [6 procent] 2025", t=Y25, direction=DEC, s=AD, sp=None, note="', jämfört med 9 procent 2021'"),
        G("9 procent", 9, "percent", t=Y21, s=None, sp=None),
        G("7 procent", 7, "percent", ctx="var andelen [7 procent]", **L25, s=("andelen", "andelen"), sp=None, note="'I riket': one time"),
        G("7 procent", 7, "percent", ctx="röker [7 procent] dagligen", **L25, s=("kvinnor", "kvinnor"), sp=None),
        G("5 procent", 5, "percent", ctx="bland män [5 procent]", **L25, s=("män", "män"), sp=None),
        G("17 procent", 17, "percent", ctx="män: [17 procent] av", **L25, s=("männen", "männen"), sp=None),
        G("6 procent", 6, "percent", ctx="mot [6 procent] av kvinnorna", **L25, s=("kvinnorna", "kvinnorna"), sp=None),
        G("3 procent", 3, "percent", ctx="från [3 procent] i Lövåsa", **L25, s=("Andelen dagligrökare", "Andelen"), sp=None, note="municipalities at one time"),
        G("11 procent", 11, "percent", ctx="till [11 procent] i Hedbro", **L25, s=("Andelen dagligrökare", "Andelen"), sp=None),
        G("14 procent", 14, "percent", ctx="[14 procent] av de vuxna", **L25, direction=DEC, s=("de vuxna", "vuxna"), sp=None, note="next sentence 'Det är en minskning'"),
        G("2 procentenheter", 2, "percentage_point", t=("2021", "2025"), lenient=True, direction=DEC, s=None, sp=None, note="'sedan 2021'"),
        G("17 procent", 17, "percent", ctx="andelen [17 procent] och", **L25, s=("andelen", "andelen"), sp=None),
        G("11 procent", 11, "percent", ctx="kvinnorna [11 procent].", **L25, s=("kvinnorna", "kvinnorna"), sp=None),
        G("18–29 år", None, "year", low=18, high=29, occ=1, optional=True, s=None, sp=None, note="age band"),
        G("knappt var fjärde", 0.25, "ratio", bound="approx", **L25, s=None, sp=None),
        G("Drygt 6 av 10", 0.6, "ratio", bound="approx", **L25, s=VU, sp=None),
        G("61 procent", 61, "percent", **L25, s=VU, sp=None, note="restates"),
        G("minst 150 minuter", 150, "minute", bound="at_least", per="week", optional=True, s=None, sp=None, note="the recommendation defines the measure"),
        G("64 procent", 64, "percent", **L25, s=("motsvarande andel", "andel"), sp=None, note="'I riket': one time"),
        G("63 procent", 63, "percent", **L25, s=("Kvinnorna", "Kvinnorna"), sp=None),
        G("59 procent", 59, "percent", **L25, s=("männen", "männen"), sp=None),
        G("Var femte", 0.2, "ratio", **L25, direction=INC, s=("vuxen", "vuxen"), sp=None, note="', en ökning från 16 procent 2021'"),
        G("mer än 10 timmar", 10, "hour", bound="more_than", per="day", optional=True, s=None, sp=None, note="definition"),
        G("16 procent", 16, "percent", t=Y21, s=None, sp=None, note="from-value"),
        G("30", 30, "number", ctx="BMI på [30] eller", bound="at_least", optional=True, s=("ett BMI", "BMI"), sp=None, note="definition"),
        G("17 procent", 17, "percent", ctx="mer, var [17 procent]", **L25, s=("Andelen med fetma", "Andelen"), sp=None),
        G("15 procent", 15, "percent", **L25, s=None, sp=None, note="'i riket': one time"),
        G("19 procent", 19, "percent", **L25, s=("de vuxna", "vuxna"), sp=None),
        G("18–29 år", None, "year", low=18, high=29, occ=2, optional=True, s=None, sp=None),
        G("34 procent", 34, "percent", **L25, s=("andelen", "andelen"), sp=None),
        G("nästan dubbelt så hög", 2, "number", bound="approx", optional=True, **L25, s=None, sp=None, note="multiplier"),
        G("12 procent", 12, "percent", **L25, s=None, sp=EB, note="'Bland dem med ...': pronoun"),
        G("3 procent", 3, "percent", ctx="utbildade [3 procent]", **L25, s=("eftergymnasialt utbildade", "utbildade"), sp=EB),
        G("under 5 procent", 5, "percent", bound="less_than", t=Y30, s=("andelen dagligrökare", "andelen"), sp=None, note="programme target 'år 2030'"),
        G("minst 70 procent", 70, "percent", bound="at_least", t=Y30, s=("de vuxna", "vuxna"), sp=None),
        G("18 miljoner kronor", 18e6, "SEK", per="year", t=("2026", "2028"), s=None, sp=None),
    ]
    NEG["r41_a_folkhalsa_2025"] = [
        N("2026:4", note="report number"), N("2025", ctx="Västerdal [2025] Resultat", note="title"), N("9 juni 2026", note="Publicerad"),
        N("hösten 2025"), N("2021", ctx="enkäten [2021] och"), N("2025", ctx="6 procent [2025],"),
        N("2021", ctx="9 procent [2021]."), N("2021", ctx="sedan [2021]."), N("2021", ctx="16 procent [2021]."),
        N("2030", ctx="år [2030]."), N("2026–2028"), N("0581-47 20 00"), N("Box 310"), N("711 25"),
    ]

    return GOLD, NEG
