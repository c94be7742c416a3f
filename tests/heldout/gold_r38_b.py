"""Round 38, part B (r38_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 38, part B (r38_b_*): eight kinds, written from scratch (r38_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed hotel
# company's interim report January-September 2026 (dateline at the end 'Göteborg den 22 oktober 2026'; bullets under
# 'TREDJE KVARTALET 2026' / 'JANUARI–SEPTEMBER 2026' with bracketed prior figures, 'Siffror inom parentes avser
# motsvarande period föregående år'; RevPAR and average room rate in kronor, occupancy, the CEO's quote; plain-text
# table 'KONCERNEN I SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' / 'Kv 2 2026' / 'Jan–sep 2026' / 'Jan–sep 2025'), an
# economic institute's business and consumer survey for November 2026 (Markdown, 'Publicerad 26 november 2026';
# indicators, net balances, Markdown table by sector 'November 2026' / 'Oktober 2026' / 'Förändring' / 'Genomsnitt
# 2000–2025'), a municipality's library annual report 2025 ('Publicerad 18 mars 2026'; loans, visits, e-loans, loans
# per inhabitant, plain-text table by branch 'Utlån 2025' / 'Utlån 2024' / 'Förändring, %' / 'Besök 2025'), a
# TT-style article on sick leave ('Publicerad 4 november 2026'; sjukpenningtal in days per insured person, women vs
# men, regions, 2010 and 2002, the minister's reported words and quote, a fact table 'Sjukpenningtal per region,
# oktober 2026'), an UNDATED party web page on healthcare (HTML, no date, no sidecar; beds per 1 000 inhabitants
# against Norway, Finland, the EU; five numbered promises with costs in miljarder kronor per year; a spokesman's
# quote), a region's weekly respiratory-infection report for week 45 dated only by its sidecar (2026-11-12; cases,
# per 100 000 invånare, plain-text table 'v. 40'-'v. 45', a line of changes from the previous week), a charity's
# fundraising report 2025 ('Publicerad 2 april 2026'; miljoner kronor, shares, monthly donors, plain-text table
# 'Ändamålskostnader per program, miljoner kronor' '2025' / '2024'), and a migration agency's statistics for
# January-September 2026 ('Publicerad 14 oktober 2026'; applications, decisions, approval rate, processing time,
# plain-text table by citizenship 'Jan–sep 2026' / 'Jan–sep 2025' / 'Förändring, %').
# The r8-r37 decisions are followed (headers of gold_r28_a.py, gold_r36_a.py, gold_r37_a.py, gold_r37_b.py): year
# grain; 'i fjol' / 'förra året' / 'i år' / 'förra månaden' in the sentence resolve and are not lenient; 'året innan',
# 'ett år tidigare', 'för ett år sedan', 'vid årsskiftet', 'veckan innan', 'nu', a month, quarter, week or season
# without a year, a heading's, caption's or the document's period, present tense (publication year) are lenient;
# brackets lenient on the period the bracket note names; a level followed by ', jämfört med' (an earlier time), ', en
# ökning/minskning med', ', vilket är X färre/lägre' is the new value after a change; from-values and comparisons at
# one time have no direction; a comparison with an earlier point or an average of earlier years takes a direction;
# multipliers ('nästan dubbelt så mycket', 'hälften så långa', 'fördubblats', 'halverats') optional, unit number;
# definitions, age bands, thresholds, samples and rules optional; standing targets without a year have no period;
# table cells take their column's period (explicit), change columns lenient on the later period with the sign's
# direction; category rows take the caption's measure as subject, measure rows their own label; 'per 1 000 invånare'
# / 'per 100 000 invånare' / 'per invånare' per="capita" (value as written; the denominator N); a quote credits every
# figure in it; 'Enligt X' / 'enligt X' enligt; 'X bedömer', 'X har beslutat', 'X har som mål' credited; 'vilket' /
# 'Det' / pronouns / elided nouns (a bare 'jämfört med 61 800') s None, except that the size of a change and an
# apposition keep the subject of the figure they qualify; 'X procent av Y' / 'Av Y ... X' take Y; 'X står/svarar för
# Y' takes X; a collector or payer is no subject; the UNDATED text has no period and its 'Vi' no speaker.
# Where those were silent, decided here:
# - Hotel (dateline 2026-10-22): bullets 2026 lenient (headings), brackets 2025 lenient. 'RevPAR steg till' increase;
#   'uppgick till' / 'var' with only a bracket no direction. 'Resultat per aktie' per="share". The CEO's quote: 'I
#   juli ... över 90 procent' 2026 lenient; 'fritidsgästerna stod för drygt 60 procent' takes X; 'för helåret ökar med
#   3–5 procent' 2026 lenient increase. '612 000 rumsnätter, en ökning med 2,4 procent' both increase, same subject.
#   Göteborg's RevPAR '1 196 kronor' and Norrland's '781 kronor' (elided, s None) one time. 'minst fem hotell är under
#   uppförande' present state 2026 lenient (the opening years only place the openings). 'den 30 september' 2026
#   lenient; 'jämfört med 2 588 MSEK vid årsskiftet' 2025 lenient, s None; 2 415 decrease. 'Styrelsen bedömer ...
#   under 2027 ... mellan 450 och 550 MSEK' explicit, credited. Table: 'MSEK om inte annat anges' scales the money
#   rows x1e6; ', kr' rows kronor, ', %' rows percent; rows are measures: their own label.
# - Survey (Markdown, published 2026-11-26): 'i november' / 'i oktober' / 'i det fjärde kvartalet' 2026 lenient;
#   indicators and net balances unit number ('+14' value 14). 'historiska genomsnitt på 100', 'Ett värde under 100',
#   'genomsnittet är 100 och standardavvikelsen 10' optional (define the scale). 'har krympt till knappt 3 enheter'
#   decrease. Expected inflation '2,3 procent om tolv månader' ('2026','2027') lenient, decrease ('0,4
#   procentenheter lägre än förra månaden', s None: 'vilket' is a comparison, not an apposition of a change size...
#   kept None as r37 'vilket'); 'tolv månader' and 'de kommande tre månaderna' optional (the question's horizon).
#   '+6 mot −3 i oktober' +6 increase. The quote's 'legat under 90 i snart tre år' ('2024','2026') lenient,
#   less_than; 'snart tre år' a duration, approx. 'ett genomsnitt på +9' one time, no period. '81,5 procent ... något
#   lägre än genomsnittet för de senaste tio åren' decrease (an average of earlier years); 'tio åren' left out (a
#   window). Sample '6 800 företag', '1 500 hushåll' and the response rate '58 procent' optional, sp None. Table:
#   'November 2026' / 'Oktober 2026' explicit, 'Förändring' 2026 lenient signed, 'Genomsnitt 2000–2025'
#   ('2000','2025') explicit; the 'Barometerindikatorn' row takes its own label, the sector rows the caption's
#   'Konfidensindikatorer'.
# - Library (published 2026-03-18): the document's year 2025 lenient where the sentence names none; present tense
#   built on the year's figures ('E-medierna står nu för nästan 17 procent av alla lån', 'Kommunen betalar cirka 22
#   kronor per e-lån, och utgiften ... steg därmed') 2025 lenient; a current state ('Drygt 2 900 personer har nu
#   behörighet', 'var femte besök ... sker') 2026 lenient. 'per e-lån' per="loan" and s None (the payer). '7,6 medier'
#   per capita decrease (against 7,8 år 2024, explicit). 'från och med 2026 ... 6 timmar mer i veckan' ('2026', None)
#   explicit, per="week", increase, credited (the committee decided). Table: 'Utlån 2025' / 'Utlån 2024' / 'Besök
#   2025' explicit, 'Förändring, %' 2025 lenient signed; subject 'Utlån' or 'Besök' by column (rows are branches).
#   Times '07.00' / '22.00' N.
# - Sick leave (published 2026-11-04): 'dagar per försäkrad' per="capita" (adjudicated at the merge, after the
#   before-tuning measure, to r24_b's convention 'dagar per person' / 'dagar per försäkrad' per="capita"; first
#   written as per="insured"); 'nu' 2026 lenient; 'För ett år sedan'
#   2025 lenient. 'mellan 16 och 64 år' optional age band; 'längre än ett år' left out ('ett'). 'I slutet av oktober'
#   2026 lenient. 'Nästan två av tre' ratio approx. 'nästan dubbelt så mycket' optional multiplier (one time).
#   Regions one time, no direction; 'mer än 2 dagar under riksgenomsnittet' s None. '2010, då det låg på 6,9' and
#   '2002 med 22,4' explicit. 'Regeringens mål ... högst 9,0 dagar' standing, sp None (as 'Målet är'). The minister
#   'säger till TT att regeringen ... har avsatt 450 miljoner kronor' credited to her (reported speech), 2027 explicit
#   ('i budgeten för 2027'), s the goal ('att korta sjukskrivningarna' -> None: no noun; kept None). 'de första 14
#   dagarna' optional (the rule of the employer period), quote. 'Socialförsäkringsverket bedömer ... mellan 10,5 och
#   10,9 dagar i slutet av 2027' credited, explicit; 'Kostnaderna ... beräknas i år ... över 43 miljarder' 2026
#   explicit, sp None (no agent). Table 'Fakta: Sjukpenningtal per region, oktober 2026': the caption's month and year
#   explicit for the level column, the change column 2026 lenient signed; s the caption's 'Sjukpenningtal'.
# - Party page (UNDATED, no sidecar): no periods; 'i dag' and 'För tjugo år sedan' do not resolve; 'nästan 3
#   vårdplatser' (twenty years ago) a from-value, no direction; the current '2,0' no direction (no verb). 'Varje dag
#   ... mer än 1 100 patienter' a daily stock, per None. 'Var tredje ... inom fem år': 'fem år' optional (the window
#   that defines the share). The promises: '3 000 fler/nya vårdplatser' increase; 'når minst 2,3' increase (a new
#   level after a change); costs 'per år' / 'om året' per="year"; '2 000 sjuksköterskor årligen' per="year"; 'höjas med
#   25 procent' increase; 'Ingen ska behöva vänta mer än 60 dagar' at_most (a negated bound), required (the promise);
#   'vårdgarantins 90 dagar' optional (the rule). 'hälften så långa' optional multiplier. The quote credits its two
#   figures; 'korta köerna med minst en tredjedel' decrease. 'Vi' figures sp None (r37_b climate page). Headings'
#   list numbers, box number, postal code, phone N.
# - Respiratory report (sidecar 2026-11-12, week 45): every week without a year 2026 lenient; 'förra säsongen'
#   ('2025','2026') lenient. 'nästan fördubblats på två veckor' optional multiplier ('fördubblats', increase); 'två
#   veckor' a duration, required. 'Det motsvarar 29,4 fall per 100 000 invånare' s None. 'A(H3N2)' / 'A(H1N1)' and
#   'Covid-19' / 'covid-19' digits in names N. 'varav en' left out. 'Medianåldern ... 78 år' unit year. Thresholds
#   'över 65 år' optional; 'Målet är att minst 75 procent' standing, no period. 'mellan 400 och 600 fall i veckan'
#   per="week", quote, 'i december' 2026 lenient. Table: rows are weeks (2026 lenient, derived), the three count
#   columns take the caption's 'fall', the last column 'Influensa per 100 000 inv.' per="capita". The change line
#   ('+44 fall (+45 procent)') signed, 2026 lenient, s the disease named before each pair.
# - Charity (published 2026-04-02): 'Under 2025' explicit; the collector is no subject ('samlade Rent Vatten Nu in
#   186,4 miljoner kronor' s None); 'Av de insamlade medlen gick 88,6 procent' takes Y for all three shares; the
#   control body's 'högst 25 procent' optional (a rule). 'vid årets slut' 2025 lenient; 'ett år tidigare' 2024
#   lenient. '168 kronor per månad' 2025 lenient (present tense built on the year), per="month". '27,9 miljoner
#   kronor, nästan dubbelt så mycket som året innan' increase, the multiplier optional. 'Kostnaden per person som nås
#   ... ungefär 300 kronor' per="capita". The quote's 'mellan 150 000 och 250 000 kronor' and 'i 20 år eller mer'
#   (at_least) 2026 lenient / no period (a duration). Targets 'nå 45 000 månadsgivare före utgången av 2026', 'minst
#   200 miljoner kronor' 2026 explicit, credited ('Stiftelsen har som mål'); 'under 3 procent ... senast 2028'
#   (None,'2028') lenient, decrease, credited ('Styrelsen har beslutat'). Table: miljoner kronor x1e6, '2025' / '2024'
#   explicit; rows are programmes: s the caption's 'Ändamålskostnader'.
# - Migration (published 2026-10-14): 'Under årets första nio månader' / 'under perioden' 2026 lenient; 'samma period
#   i fjol' 2025 explicit; 'januari–september 2025' explicit. 'har mer än halverats på två år' optional multiplier
#   ('halverats', more_than, decrease); 'två år' a duration. 'för sökande från Eritrea var den 78 procent' s None
#   ('den'). 'minst 75 procent ... inom sex månader' standing target; 'sex månader' optional (defines the target).
#   '5 830 personer ..., knappt 2 100 färre än vid årsskiftet' both decrease, the change keeps the subject. The quote's
#   'för helåret 2026 ... mellan 9 500 och 10 500' explicit. '38 400 uppehållstillstånd ..., vilket är ungefär 6
#   procent fler än under motsvarande period 2025' increase, the change size keeps the subject. Table: 'Jan–sep 2026'
#   / 'Jan–sep 2025' explicit, 'Förändring, %' 2026 lenient signed; s the caption's 'Antal'.
# - Negatives: datelines and Publicerad lines, titles', headings' and column headers' periods, years and dates that
#   only place a claim, a comparison or a baseline, next-report dates, rate denominators ('1 000', '100 000'), week
#   numbers, list numbering, times of day, phone numbers, postal codes, box numbers, org and plusgiro numbers, digits
#   in names ('H3N2', 'Covid-19').
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2002", "2010", "2024", "2025", "2026", "2027")}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. hotel company, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    KL = ("Karin Lövgren", "quote")
    NS = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    RP = ("RevPAR", "RevPAR")
    ARR = ("Den genomsnittliga rumsintäkten (ARR)", "rumsintäkten")
    BG = ("Beläggningsgraden", "Beläggningsgraden")
    bg = ("beläggningsgraden", "beläggningsgraden")
    RA = ("Resultat per aktie", "Resultat")
    AA = ("Antalet anställda", "Antalet")
    hq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F),
                        (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r38_b_hotell_q3"] = [
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] till", **L26, direction=INC, s=NS, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("1 184", 1184e6, "SEK", ctx="till [1 184] (1 117)", **L26, direction=INC, s=NS, sp=None),
        G("1 117", 1117e6, "SEK", ctx="1 184 ([1 117]) MSEK", **L25, s=NS, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("291", 291e6, "SEK", ctx="till [291] (262)", **L26, s=EB, sp=None),
        G("262", 262e6, "SEK", ctx="291 ([262]) MSEK", **L25, s=EB, sp=None),
        G("24,6", 24.6, "percent", ctx="marginal på [24,6] (23,5)", **L26, s=EM, sp=None),
        G("23,5", 23.5, "percent", ctx="24,6 ([23,5]) procent", **L25, s=EM, sp=None),
        G("1 042", 1042, "SEK", ctx="steg till [1 042] (986)", **L26, direction=INC, s=RP, sp=None),
        G("986", 986, "SEK", ctx="1 042 ([986]) kronor", **L25, s=RP, sp=None),
        G("1 418", 1418, "SEK", ctx="var [1 418] (1 372)", **L26, s=ARR, sp=None),
        G("1 372", 1372, "SEK", ctx="1 418 ([1 372]) kronor", **L25, s=ARR, sp=None),
        G("73,5", 73.5, "percent", ctx="uppgick till [73,5] (71,9)", **L26, s=BG, sp=None),
        G("71,9", 71.9, "percent", ctx="73,5 ([71,9]) procent", **L25, s=BG, sp=None),
        G("1,84", 1.84, "SEK", per="share", **L26, s=RA, sp=None),
        G("1,52", 1.52, "SEK", per="share", **L25, s=RA, sp=None),
        G("3 152", 3152e6, "SEK", ctx="till [3 152] (2 987)", **L26, s=NS, sp=None, note="bullets under 'JANUARI–SEPTEMBER 2026'"),
        G("2 987", 2987e6, "SEK", ctx="3 152 ([2 987]) MSEK", **L25, s=NS, sp=None),
        G("642", 642e6, "SEK", ctx="ökade till [642] (588)", **L26, direction=INC, s=EB, sp=None),
        G("588", 588e6, "SEK", ctx="642 ([588]) MSEK", **L25, s=EB, sp=None),
        G("918", 918, "SEK", ctx="var [918] (884)", **L26, s=RP, sp=None),
        G("884", 884, "SEK", ctx="918 ([884]) kronor", **L25, s=RP, sp=None),
        G("66,8", 66.8, "percent", ctx="beläggningsgraden [66,8] (65,7)", **L26, s=bg, sp=None),
        G("65,7", 65.7, "percent", ctx="66,8 ([65,7]) procent", **L25, s=bg, sp=None),
        G("över 90 procent", 90, "percent", bound="more_than", **L26, s=("beläggningen på våra kusthotell", "beläggningen"), sp=KL, note="'I juli'"),
        G("drygt 60 procent", 60, "percent", bound="approx", **L26, s=("fritidsgästerna", "fritidsgästerna"), sp=KL, note="'stod för': takes X"),
        G("knappt 4 procent", 4, "percent", bound="approx", **L26, direction=DEC, s=("intäkterna från möten och evenemang", "intäkterna"), sp=KL),
        G("3–5 procent", None, "percent", low=3, high=5, **L26, direction=INC, s=RP, sp=KL, note="'för helåret'"),
        G("612 000 rumsnätter", 612000, "count", **L26, direction=INC, s=("rumsnätter", "rumsnätter"), sp=None, note="'Under kvartalet'"),
        G("2,4 procent", 2.4, "percent", **L26, direction=INC, s=("rumsnätter", "rumsnätter"), sp=None),
        G("1 196 kronor", 1196, "SEK", **L26, s=("en RevPAR", "RevPAR"), sp=None, note="one time, against the group average"),
        G("781 kronor", 781, "SEK", **L26, s=None, sp=None, note="elided RevPAR"),
        G("1,8 procent", 1.8, "percent", **L26, direction=INC, s=("antalet gästnätter på svenska hotell", "antalet"), sp=("branschorganisationen Besöksnäringens Riksförbund", "enligt")),
        G("47 hotell", 47, "count", **L26, s=("hotell", "hotell"), sp=None, note="'vid periodens slut'"),
        G("8 930 rum", 8930, "count", **L26, s=("rum", "rum"), sp=None),
        G("två nya hotell", 2, "count", **L26, s=("nya hotell", "hotell"), sp=None),
        G("318 rum", 318, "count", **L26, s=("rum", "rum"), sp=None),
        G("minst fem hotell", 5, "count", bound="at_least", **L26, s=("hotell", "hotell"), sp=None, note="under construction now; 2027 and 2028 place the openings"),
        G("2 846", 2846, "count", ctx="var [2 846] (2 711)", **L26, s=AA, sp=None),
        G("2 711", 2711, "count", ctx="2 846 ([2 711]) vid", **L25, s=AA, sp=None),
        G("2 415 MSEK", 2415e6, "SEK", **L26, direction=DEC, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'den 30 september', 'jämfört med ... vid årsskiftet'"),
        G("2 588 MSEK", 2588e6, "SEK", **L25, s=None, sp=None, note="from-value at the year end"),
        G("38,2 procent", 38.2, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        G("mellan 450 och 550 MSEK", None, "SEK", low=450e6, high=550e6, t=Y27, s=("investeringarna", "investeringarna"), sp=("Styrelsen", "credited")),
        *_row(G, "Nettoomsättning", ["1 184", "1 117", "1 043", "3 152", "2 987"], hq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK om inte annat anges': 'Kv 3 2026' / 'Kv 3 2025' / 'Kv 2 2026' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "EBITDA", ["291", "262", "214", "642", "588"], hq("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["24,6", "23,5", "20,5", "20,4", "19,7"], hq("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
        *_row(G, "RevPAR, kr", ["1 042", "986", "931", "918", "884"], hq("SEK", 1), ("RevPAR", "RevPAR")),
        *_row(G, "Genomsnittlig rumsintäkt, kr", ["1 418", "1 372", "1 355", "1 374", "1 345"], hq("SEK", 1), ("Genomsnittlig rumsintäkt", "rumsintäkt")),
        *_row(G, "Beläggningsgrad, %", ["73,5", "71,9", "68,7", "66,8", "65,7"], hq("percent", 1), ("Beläggningsgrad", "Beläggningsgrad")),
    ]
    NEG["r38_b_hotell_q3"] = [
        N("2026", ctx="DELÅRSRAPPORT JANUARI–SEPTEMBER [2026]", note="title"), N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"),
        N("2026", ctx="JANUARI–SEPTEMBER [2026] • Nettoomsättningen uppgick", note="heading"),
        N("2027", ctx="under [2027] och 2028"), N("2028", ctx="2027 och [2028]."), N("30 september", ctx="den [30 september] till"),
        N("2027", ctx="under [2027] kommer"), N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Kv 2 2026", note="column header"), N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("22 oktober 2026", ctx="Göteborg den [22 oktober 2026]", note="dateline"), N("556812-4477", note="org number"),
        N("031-704 22 10"), N("031-704 22 15"), N("22 oktober 2026", ctx="offentliggörande den [22 oktober 2026] kl."),
        N("07.30", note="time of day"),
    ]

    # ------------------------------------------------------------ 2. business and consumer survey, November 2026 (Publicerad 26 november 2026)
    MH = ("Maria Holmén", "quote")
    BI = ("Barometerindikatorn", "Barometerindikatorn")
    KF = ("Konsumentförtroendeindikatorn", "Konsumentförtroendeindikatorn")
    KI = ("Konfidensindikatorer per sektor", "Konfidensindikatorer")
    kc = [("number", 1, None, Y26, F, F), ("number", 1, None, Y26, F, F), ("number", 1, None, Y26, T, T),
          ("number", 1, None, ("2000", "2025"), F, F)]
    GOLD["r38_b_konjunktur_nov"] = [
        G("97,4", 97.4, "number", ctx="steg till [97,4] i", **L26, direction=INC, s=BI, sp=None, note="'i november' (month without year)"),
        G("95,1", 95.1, "number", ctx="från [95,1] i oktober", **L26, s=None, sp=None, note="from-value"),
        G("100", 100, "number", ctx="genomsnitt på [100],", optional=True, s=("sitt historiska genomsnitt", "genomsnitt"), sp=None, note="the scale's norm"),
        G("knappt 3 enheter", 3, "number", bound="approx", **L26, direction=DEC, s=("avståndet", "avståndet"), sp=None),
        G("under 100", 100, "number", bound="less_than", ctx="Ett värde [under 100] innebär", optional=True, s=None, sp=None, note="definition"),
        G("4,2 enheter", 4.2, "number", **L26, direction=INC, s=KF, sp=None),
        G("93,8", 93.8, "number", ctx="enheter till [93,8].", **L26, direction=INC, s=KF, sp=None),
        G("+14", 14, "number", ctx="steg till [+14] från", **L26, direction=INC, s=("Nettotalet för hushållens syn på den egna ekonomin om ett år", "Nettotalet"), sp=None),
        G("+8", 8, "number", ctx="från [+8] i oktober", **L26, s=None, sp=None, note="from-value"),
        G("31 procent", 31, "percent", **L26, direction=INC, s=("Andelen hushåll som planerar större inköp det kommande året", "Andelen"), sp=None, note="'jämfört med 27 procent i oktober'"),
        G("27 procent", 27, "percent", **L26, s=None, sp=None),
        G("2,3 procent", 2.3, "percent", t=("2026", "2027"), lenient=True, direction=DEC, s=("en inflation", "inflation"), sp=None, note="expected inflation 'om tolv månader'"),
        G("tolv månader", 12, "month", optional=True, s=None, sp=None, note="the horizon of the question"),
        G("0,4 procentenheter", 0.4, "percentage_point", t=Y26, direction=DEC, s=None, sp=None, note="'lägre än förra månaden'"),
        G("101,2", 101.2, "number", ctx="steg till [101,2],", **L26, direction=INC, s=("Tillverkningsindustrins konfidensindikator", "konfidensindikator"), sp=None),
        G("+6", 6, "number", ctx="nettotalet var [+6] mot", **L26, direction=INC, s=("nettotalet", "nettotalet"), sp=None, note="'mot −3 i oktober'"),
        G("−3", -3, "number", ctx="mot [−3] i oktober", **L26, s=None, sp=None),
        G("84,6", 84.6, "number", ctx="indikatorvärde på [84,6],", **L26, s=("ett indikatorvärde", "indikatorvärde"), sp=None),
        G("1,5 enheter", 1.5, "number", **L26, direction=DEC, s=("indikatorn", "indikatorn"), sp=None),
        G("96,0", 96.0, "number", ctx="enheter till [96,0].", **L26, direction=DEC, s=("indikatorn", "indikatorn"), sp=None),
        G("under 90", 90, "number", bound="less_than", t=("2024", "2026"), lenient=True, s=("Byggsektorn", "Byggsektorn"), sp=MH, note="'i snart tre år'"),
        G("tre år", 3, "year", bound="approx", ctx="snart [tre år].", s=None, sp=MH, note="'snart tre år': a duration"),
        G("+2", 2, "number", ctx="var [+2] i näringslivet", **L26, s=("Nettotalet för planerad sysselsättning de kommande tre månaderna", "Nettotalet"), sp=None),
        G("tre månaderna", 3, "month", optional=True, s=None, sp=None, note="the question's horizon"),
        G("+9", 9, "number", ctx="genomsnitt på [+9].", s=("ett genomsnitt", "genomsnitt"), sp=None, note="the historical average: one time, no period"),
        G("81,5 procent", 81.5, "percent", **L26, direction=DEC, s=("Kapacitetsutnyttjandet i industrin", "Kapacitetsutnyttjandet"), sp=None, note="'något lägre än genomsnittet för de senaste tio åren'"),
        *_row(G, "| Barometerindikatorn", ["97,4", "95,1", "+2,3", "100,0"], kc, BI, sep=" | ", note="Markdown table, caption below 'Konfidensindikatorer per sektor': 'November 2026' / 'Oktober 2026' explicit, 'Förändring' 2026 lenient signed, 'Genomsnitt 2000–2025' explicit"),
        *_row(G, "| Tillverkningsindustri", ["101,2", "98,7", "+2,5", "100,0"], kc, KI, sep=" | "),
        *_row(G, "| Byggindustri", ["84,6", "83,9", "+0,7", "100,0"], kc, KI, sep=" | "),
        *_row(G, "| Detaljhandel", ["96,0", "97,5", "−1,5", "100,0"], kc, KI, sep=" | "),
        *_row(G, "| Tjänstesektorn", ["95,3", "93,2", "+2,1", "100,0"], kc, KI, sep=" | "),
        *_row(G, "| Konsumenter", ["93,8", "89,6", "+4,2", "100,0"], kc, KI, sep=" | "),
        G("100", 100, "number", ctx="genomsnittet är [100] och", optional=True, s=("genomsnittet", "genomsnittet"), sp=None, note="definition of the scale"),
        G("10", 10, "number", ctx="standardavvikelsen [10].", optional=True, s=("standardavvikelsen", "standardavvikelsen"), sp=None, note="definition of the scale"),
        G("Drygt 6 800 företag", 6800, "count", bound="approx", optional=True, s=("företag", "företag"), sp=None, note="sample"),
        G("1 500 hushåll", 1500, "count", optional=True, s=("hushåll", "hushåll"), sp=None, note="sample"),
        G("58 procent", 58, "percent", optional=True, s=("en svarsfrekvens", "svarsfrekvens"), sp=None, note="response rate (method)"),
    ]
    NEG["r38_b_konjunktur_nov"] = [
        N("november 2026", ctx="Konjunkturbarometern [november 2026]", note="title"), N("26 november 2026", note="Publicerad"),
        N("09.00", note="time of day"), N("maj 2024", note="'sedan maj 2024' places a comparison"),
        N("2027", ctx="slutet av [2027],"), N("November 2026", note="column header"), N("Oktober 2026", note="column header"),
        N("Genomsnitt 2000–2025", note="column header"), N("2–19 november", note="field period"), N("22 december 2026", note="next release"),
    ]

    # ------------------------------------------------------------ 3. library annual report 2025 (Publicerad 18 mars 2026)
    AR = ("bibliotekschef Annika Rydholm", "quote")
    UT = ("Utlån", "Utlån")
    BE = ("Besök", "Besök")
    lc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T), ("count", 1, None, Y25, F, F)]
    LS = [UT, UT, UT, BE]
    GOLD["r38_b_bibliotek_2025"] = [
        G("412 600 besök", 412600, "count", t=Y25, direction=INC, s=("besök", "besök"), sp=None, note="'under 2025'"),
        G("7 procent", 7, "percent", t=Y25, direction=INC, s=("besök", "besök"), sp=None, note="'jämfört med året innan'"),
        G("368 900", 368900, "count", ctx="lånades [368 900] böcker", **L25, direction=DEC, s=("böcker, tidskrifter och andra medier", "böcker"), sp=None),
        G("3,1 procent", 3.1, "percent", ctx="vilket är [3,1 procent] färre", **L25, direction=DEC, s=("böcker, tidskrifter och andra medier", "böcker"), sp=None, note="size of the change keeps the subject"),
        G("74 300", 74300, "count", ctx="uppgick till [74 300],", **L25, direction=INC, s=("Utlånen av e-böcker och e-ljudböcker", "Utlånen"), sp=None),
        G("61 800", 61800, "count", **L24, s=None, sp=None, note="'jämfört med ... året innan'"),
        G("nästan 17 procent", 17, "percent", bound="approx", **L25, s=("E-medierna", "E-medierna"), sp=None, note="'står nu för': the year's share"),
        G("cirka 22 kronor", 22, "SEK", bound="approx", per="loan", **L25, s=None, sp=None, note="the payer is no subject"),
        G("1,6 miljoner kronor", 1.6e6, "SEK", **L25, direction=INC, s=("utgiften för e-medier", "utgiften"), sp=None),
        G("7,6 medier", 7.6, "count", per="capita", **L25, direction=DEC, s=("medier", "medier"), sp=None, note="'under året', against 7,8 år 2024"),
        G("7,8", 7.8, "count", ctx="jämfört med [7,8] år", per="capita", t=Y24, s=None, sp=None),
        G("6,9 lån", 6.9, "count", per="capita", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=("Kungliga bibliotekets statistik", "enligt"), note="one time"),
        G("58 340 invånare", 58340, "count", t=Y25, s=("invånare", "invånare"), sp=None, note="'den 31 december 2025'"),
        G("två filialer", 2, "count", **L25, s=("filialer", "filialer"), sp=None, note="'under hösten'"),
        G("Drygt 2 900 personer", 2900, "count", bound="approx", **L26, s=("personer", "personer"), sp=None, note="'har nu'"),
        G("ungefär var femte", 0.2, "ratio", bound="approx", **L26, s=("besök på filialerna i Kvarnby och Sjötorp", "besök"), sp=None),
        G("186 skolklasser", 186, "count", **L25, direction=INC, s=("skolklasser", "skolklasser"), sp=None),
        G("164", 164, "count", ctx="jämfört med [164] året", **L24, s=None, sp=None),
        G("1 240 barn", 1240, "count", **L25, s=("barn", "barn"), sp=None, note="'Under sommarlovet'"),
        G("minst 14 000 böcker", 14000, "count", bound="at_least", **L25, s=("böcker", "böcker"), sp=None),
        *_row(G, "Huvudbiblioteket", ["201 400", "209 800", "−4,0", "248 300"], lc, LS, note="table 'Utlån och besök per bibliotek': 'Utlån 2025' / 'Utlån 2024' / 'Besök 2025' explicit, 'Förändring, %' 2025 lenient signed; rows are branches"),
        *_row(G, "Kvarnby", ["58 700", "60 200", "−2,5", "61 900"], lc, LS),
        *_row(G, "Sjötorp", ["47 900", "46 100", "+3,9", "52 400"], lc, LS),
        *_row(G, "Ljungdal", ["34 600", "36 900", "−6,2", "31 200"], lc, LS),
        *_row(G, "Bokbussen", ["26 300", "27 700", "−5,1", "18 800"], lc, LS),
        *_row(G, "Totalt", ["368 900", "380 700", "−3,1", "412 600"], lc, LS),
        G("41,2 miljoner kronor", 41.2e6, "SEK", **L25, s=("Bibliotekens nettokostnad", "nettokostnad"), sp=None),
        G("706 kronor", 706, "SEK", per="capita", **L25, s=("Bibliotekens nettokostnad", "nettokostnad"), sp=None, note="apposition ('eller ... per invånare')"),
        G("6 timmar", 6, "hour", per="week", t=("2026", None), direction=INC, s=("huvudbiblioteket", "huvudbiblioteket"), sp=("Kultur- och fritidsnämnden", "credited"), note="'från och med 2026'"),
    ]
    NEG["r38_b_bibliotek_2025"] = [
        N("2025", ctx="Biblioteksverksamheten [2025] –", note="title"), N("18 mars 2026", note="Publicerad"),
        N("2025", ctx="besök under [2025],"), N("2019"), N("2024", ctx="färre än [2024]."), N("2024", ctx="7,8 år [2024]."),
        N("31 december 2025"), N("07.00", note="time of day"), N("22.00", note="time of day"),
        N("Utlån 2025", note="column header"), N("Utlån 2024", note="column header"), N("Besök 2025", note="column header"),
        N("2026", ctx="från och med [2026] ska"), N("0381-550 12 40"),
    ]

    # ------------------------------------------------------------ 4. TT article on sick leave (Publicerad 4 november 2026)
    LB = ("Lena Brandt", "quote")
    ES = ("Elin Sandqvist", "quote")
    SPT = ("Sjukpenningtalet", "Sjukpenningtalet")
    spt = ("sjukpenningtalet", "sjukpenningtalet")
    SJ = ("Sjukpenningtal per region", "Sjukpenningtal")
    sc = [("day", 1, "capita", Y26, F, F), ("day", 1, "capita", Y26, T, T)]
    GOLD["r38_b_sjukfranvaro"] = [
        G("10,4 dagar", 10.4, "day", per="capita", **L26, direction=INC, s=SPT, sp=None, note="'nu'; 'har stigit'"),
        G("9,8 dagar", 9.8, "day", per="capita", **L25, s=("talet", "talet"), sp=None, note="'För ett år sedan'"),
        G("mellan 16 och 64 år", None, "year", low=16, high=64, optional=True, s=None, sp=None, note="age band that defines the metric"),
        G("drygt 196 000 personer", 196000, "count", bound="approx", **L26, direction=INC, s=("personer", "personer"), sp=None, note="'I slutet av oktober'"),
        G("omkring 11 000", 11000, "count", bound="approx", **L26, direction=INC, s=("personer", "personer"), sp=None, note="'jämfört med oktober förra året'"),
        G("Nästan två av tre", 2 / 3, "ratio", bound="approx", **L26, s=("sjukskrivna", "sjukskrivna"), sp=None),
        G("13,6 dagar", 13.6, "day", per="capita", **L26, s=("Kvinnornas sjukpenningtal", "sjukpenningtal"), sp=None),
        G("7,3 dagar", 7.3, "day", per="capita", **L26, s=None, sp=None, note="elided ('männens')"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between women and men: one time"),
        G("52 procent", 52, "percent", **L26, s=("de pågående sjukfallen", "sjukfallen"), sp=None),
        G("knappt 60 procent", 60, "percent", bound="approx", **L26, s=("andelen", "andelen"), sp=None),
        G("13,1 dagar", 13.1, "day", per="capita", ctx="Norrmark med [13,1 dagar]", **L26, s=("sjukpenningtal", "sjukpenningtal"), sp=None),
        G("12,5 dagar", 12.5, "day", per="capita", **L26, s=None, sp=None),
        G("8,2 dagar", 8.2, "day", per="capita", **L26, s=("talet", "talet"), sp=None),
        G("mer än 2 dagar", 2, "day", bound="more_than", per="capita", **L26, s=None, sp=None, note="one time, against the national average"),
        G("6,9 dagar", 6.9, "day", per="capita", t=Y["2010"], s=SPT, sp=None),
        G("22,4 dagar", 22.4, "day", per="capita", t=Y["2002"], s=("toppen", "toppen"), sp=None),
        G("högst 9,0 dagar", 9.0, "day", bound="at_most", per="capita", s=spt, sp=None, note="standing target"),
        G("450 miljoner kronor", 450e6, "SEK", t=Y27, s=None, sp=("Elin Sandqvist", "credited"), note="'säger till TT att regeringen i budgeten för 2027 har avsatt'"),
        G("14 dagarna", 14, "day", optional=True, s=None, sp=ES, note="the employer period (a rule)"),
        G("mellan 10,5 och 10,9 dagar", None, "day", low=10.5, high=10.9, per="capita", t=Y27, s=spt, sp=("Socialförsäkringsverket", "credited")),
        G("över 43 miljarder kronor", 43e9, "SEK", bound="more_than", t=Y26, s=("Kostnaderna för sjukpenningen", "Kostnaderna"), sp=None, note="'i år'"),
        *_row(G, "Norrmark", ["13,1", "+0,9"], sc, SJ, note="fact table 'Sjukpenningtal per region, oktober 2026': level explicit (caption), 'Förändring på ett år, dagar' 2026 lenient signed; rows are regions"),
        *_row(G, "Bergslagen", ["12,5", "+0,7"], sc, SJ),
        *_row(G, "Mälarbygden", ["10,6", "+0,5"], sc, SJ),
        *_row(G, "Kustlanda", ["9,9", "+0,4"], sc, SJ),
        *_row(G, "Västerslätt", ["8,2", "+0,2"], sc, SJ),
        *_row(G, "Riket", ["10,4", "+0,6"], sc, SJ),
    ]
    NEG["r38_b_sjukfranvaro"] = [
        N("4 november 2026", note="Publicerad"), N("2010", ctx="lägst [2010],"), N("2000-talets"), N("2002"),
        N("2027", ctx="budgeten för [2027]"), N("2027", ctx="slutet av [2027]."), N("oktober 2026", ctx="region, [oktober 2026]", note="caption"),
    ]

    # ------------------------------------------------------------ 5. party web page on healthcare (UNDATED: no date, no sidecar)
    JA = ("Jonas Ahlqvist", "quote")
    VP = ("vårdplatser", "vårdplatser")
    GOLD["r38_b_parti_vard"] = [
        G("omkring 2,0 vårdplatser", 2.0, "count", bound="approx", per="capita", s=("vårdplatser på sjukhus", "vårdplatser"), sp=None, note="'i dag' (UNDATED: no period)"),
        G("3,4", 3.4, "count", ctx="Norge har [3,4] och", per="capita", s=VP, sp=None, note="one time"),
        G("2,8 vårdplatser", 2.8, "count", per="capita", s=VP, sp=None),
        G("drygt 4,5", 4.5, "count", bound="approx", per="capita", s=("genomsnittet i EU", "genomsnittet"), sp=None),
        G("nästan 3 vårdplatser", 3, "count", bound="approx", per="capita", s=VP, sp=None, note="'För tjugo år sedan': does not resolve"),
        G("mer än 1 100 patienter", 1100, "count", bound="more_than", s=("patienter", "patienter"), sp=None, note="a daily stock"),
        G("cirka 4 500 sjuksköterskor", 4500, "count", bound="approx", s=("sjuksköterskor", "sjuksköterskor"), sp=("regionernas egna bedömningar", "enligt")),
        G("Var tredje", 1 / 3, "ratio", s=("nyutexaminerad sjuksköterska", "sjuksköterska"), sp=None),
        G("fem år", 5, "year", bound="at_most", ctx="inom [fem år].", optional=True, s=None, sp=None, note="the window that defines the share"),
        G("3 000", 3000, "count", ctx="1. [3 000] fler", direction=INC, s=VP, sp=None, note="promise heading"),
        G("3 000", 3000, "count", ctx="öppna [3 000] nya", direction=INC, s=VP, sp=None),
        G("minst 2,3 vårdplatser", 2.3, "count", bound="at_least", per="capita", direction=INC, s=VP, sp=None),
        G("ungefär 4,5 miljarder kronor", 4.5e9, "SEK", bound="approx", per="year", s=None, sp=None, note="'Det kostar'"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", per="year", s=("utbildningstjänster för 2 000 sjuksköterskor årligen", "utbildningstjänster"), sp=None),
        G("2 000 sjuksköterskor", 2000, "count", per="year", s=("sjuksköterskor", "sjuksköterskor"), sp=None),
        G("25 procent", 25, "percent", direction=INC, s=("Ersättningen för obekväm arbetstid på natten", "Ersättningen"), sp=None),
        G("högst 32 timmar", 32, "hour", bound="at_most", per="week", s=("en arbetstid", "arbetstid"), sp=None),
        G("2,1 miljarder kronor", 2.1e9, "SEK", per="year", s=("Kostnad", "Kostnad"), sp=None),
        G("60 dagar", 60, "day", bound="at_most", s=None, sp=None, note="'Ingen ska behöva vänta mer än': a negated bound"),
        G("mellan 40 och 50 procent", None, "percent", low=40, high=50, s=("patienterna", "patienterna"), sp=None),
        G("90 dagar", 90, "day", bound="at_most", optional=True, s=None, sp=None, note="the rule of the care guarantee"),
        G("3 miljarder kronor", 3e9, "SEK", per="year", s=("Ett riktat statsbidrag", "statsbidrag"), sp=None),
        G("knappt 11 miljarder kronor", 11e9, "SEK", bound="approx", per="year", s=("våra förslag", "förslag"), sp=None),
        G("ungefär 2 procent", 2, "percent", bound="approx", s=("regionernas samlade kostnader för hälso- och sjukvård", "kostnader"), sp=None),
        G("hälften så långa", 0.5, "number", optional=True, s=("väntetiderna till planerad kirurgi", "väntetiderna"), sp=None, note="multiplier between countries: one time"),
        G("3 000", 3000, "count", ctx="Med [3 000] fler", direction=INC, s=("platser", "platser"), sp=JA),
        G("minst en tredjedel", 1 / 3, "ratio", bound="at_least", direction=DEC, s=("köerna", "köerna"), sp=JA),
    ]
    NEG["r38_b_parti_vard"] = [
        N("1 000", ctx="sjukhus per [1 000] invånare. Det", note="rate denominator"), N("1 000", ctx="2,8 vårdplatser per [1 000] invånare, och", note="rate denominator"),
        N("1 000", ctx="nästan 3 vårdplatser per [1 000] invånare.", note="rate denominator"), N("1 000", ctx="2,3 vårdplatser per [1 000] invånare.", note="rate denominator"),
        N("tjugo år", note="'För tjugo år sedan' places a figure"),
        N("1", ctx="[1]. 3 000", note="list numbering"), N("2", ctx="[2]. Betald", note="list numbering"),
        N("3", ctx="[3]. Bättre", note="list numbering"), N("4", ctx="[4]. En vårdgaranti", note="list numbering"),
        N("5", ctx="[5]. Staten", note="list numbering"), N("4127", note="box number"), N("102 63", note="postal code"),
        N("08-411 90 00"),
    ]

    # ------------------------------------------------------------ 6. respiratory infections, week 45 (sidecar 2026-11-12)
    SH = ("Sofia Hedin", "quote")
    FI = ("fall av influensa", "fall")
    LF = ("Laboratoriebekräftade fall per vecka", "fall")
    wc = [("count", 1, None, Y26, T, F)] * 3 + [("count", 1, "capita", Y26, T, F)]
    WS = [LF, LF, LF, ("Influensa per 100 000 inv.", "Influensa")]
    GOLD["r38_b_luftvag_v45"] = [
        G("fördubblats", 2, "number", bound="approx", **L26, direction=INC, optional=True, s=("Antalet laboratoriebekräftade fall av influensa", "Antalet"), sp=None, note="'nästan fördubblats på två veckor'"),
        G("två veckor", 2, "week", s=None, sp=None, note="a duration"),
        G("142 fall", 142, "count", ctx="rapporterades [142 fall]", **L26, direction=INC, s=FI, sp=None, note="'Under vecka 45' (week without year)"),
        G("98 fall", 98, "count", **L26, s=("fall", "fall"), sp=None, note="'veckan innan'"),
        G("29,4 fall", 29.4, "count", ctx="motsvarar [29,4 fall]", per="capita", **L26, s=None, sp=None, note="'Det motsvarar'"),
        G("142", 142, "count", ctx="Av de [142] fallen", **L26, s=("fallen", "fallen"), sp=None),
        G("131", 131, "count", **L26, s=("influensa A(H3N2)", "influensa"), sp=None),
        G("11", 11, "count", ctx="och [11] influensa", **L26, s=("influensa A(H1N1)", "influensa"), sp=None),
        G("8,7 procent", 8.7, "percent", **L26, direction=INC, s=("Andelen positiva prover bland de analyserade", "Andelen"), sp=None, note="'att jämföra med 6,1 procent vecka 44'"),
        G("6,1 procent", 6.1, "percent", **L26, s=None, sp=None),
        G("Sju personer", 7, "count", **L26, s=("personer med influensa", "personer"), sp=None),
        G("78 år", 78, "year", **L26, s=("Medianåldern bland de inlagda", "Medianåldern"), sp=None),
        G("ungefär tre veckor", 3, "week", bound="approx", s=("Säsongen", "Säsongen"), sp=SH, note="'tidigare än i fjol': a duration"),
        G("mellan 400 och 600 fall", None, "count", low=400, high=600, per="week", **L26, s=("fall", "fall"), sp=SH, note="'i december'"),
        G("65 år", 65, "year", bound="more_than", ctx="alla över [65 år] och", optional=True, s=None, sp=None, note="age threshold"),
        G("drygt 38 procent", 38, "percent", bound="approx", **L26, direction=DEC, s=("invånarna över 65 år", "invånarna"), sp=None, note="'Hittills'; lower than the same time last season"),
        G("65 år", 65, "year", bound="more_than", ctx="invånarna över [65 år] vaccinerats", optional=True, s=None, sp=None, note="age threshold"),
        G("41 procent", 41, "percent", t=("2025", "2026"), lenient=True, s=("andelen", "andelen"), sp=None, note="'förra säsongen'"),
        G("minst 75 procent", 75, "percent", bound="at_least", s=("gruppen", "gruppen"), sp=None, note="standing target"),
        G("36", 36, "count", ctx="minskade till [36],", **L26, direction=DEC, s=("Antalet bekräftade fall av covid-19", "Antalet"), sp=None),
        G("44", 44, "count", ctx="från [44] veckan", **L26, s=None, sp=None, note="from-value"),
        G("7,5 fall", 7.5, "count", per="capita", **L26, s=None, sp=None, note="'Det motsvarar'; one time against the country"),
        G("9,2 fall", 9.2, "count", per="capita", **L26, s=None, sp=None, note="elided ('rikets')"),
        G("Fyra personer", 4, "count", **L26, s=("personer med covid-19", "personer"), sp=None),
        G("58 fall", 58, "count", ctx="rapporterades [58 fall]", **L26, direction=INC, s=("fall av RS-virus", "fall"), sp=None),
        G("16 fall", 16, "count", ctx="ökning med [16 fall]", **L26, direction=INC, s=("fall av RS-virus", "fall"), sp=None),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("fallen", "fallen"), sp=None),
        *_row(G, "v. 40", ["12", "61", "9", "2,5"], wc, WS, note="table 'Laboratoriebekräftade fall per vecka': rows are weeks without a year (2026 lenient); last column per 100 000 invånare"),
        *_row(G, "v. 41", ["19", "58", "14", "3,9"], wc, WS),
        *_row(G, "v. 42", ["37", "52", "21", "7,7"], wc, WS),
        *_row(G, "v. 43", ["73", "49", "30", "15,1"], wc, WS),
        *_row(G, "v. 44", ["98", "44", "42", "20,3"], wc, WS),
        *_row(G, "v. 45", ["142", "36", "58", "29,4"], wc, WS),
        G("+44 fall", 44, "count", **L26, direction=INC, s=("influensa", "influensa"), sp=None, note="change line 'Förändring från föregående vecka'"),
        G("+45 procent", 45, "percent", **L26, direction=INC, s=("influensa", "influensa"), sp=None),
        G("−8 fall", -8, "count", **L26, direction=DEC, s=("covid-19", "covid-19"), sp=None),
        G("−18 procent", -18, "percent", **L26, direction=DEC, s=("covid-19", "covid-19"), sp=None),
        G("+16 fall", 16, "count", **L26, direction=INC, s=("RS-virus", "RS-virus"), sp=None),
        G("+38 procent", 38, "percent", **L26, direction=INC, s=("RS-virus", "RS-virus"), sp=None),
        G("omkring 483 000 invånare", 483000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
    ]
    NEG["r38_b_luftvag_v45"] = [
        N("vecka 45", ctx="luftvägsinfektioner, [vecka 45]", note="title"), N("vecka 45", ctx="Under [vecka 45] rapporterades 142"),
        N("100 000", ctx="29,4 fall per [100 000] invånare. Covid", note="rate denominator"),
        N("H3N2", note="name"), N("H1N1", note="name"), N("vecka 44", ctx="procent [vecka 44]."),
        N("19", ctx="Covid-[19] ligger", note="name"), N("19", ctx="Covid-[19] Antalet", note="name"),
        N("19", ctx="covid-[19] minskade", note="name"), N("100 000", ctx="7,5 fall per [100 000] invånare, vilket", note="rate denominator"),
        N("100 000", ctx="9,2 fall per [100 000] invånare. Fyra", note="rate denominator"), N("19", ctx="covid-[19] vårdades", note="name"),
        N("vecka 45", ctx="Under [vecka 45] rapporterades 58"), N("vecka 44", ctx="med [vecka 44]. Knappt"),
        N("19", ctx="Covid-[19] RS-virus Influensa", note="name"), N("100 000", ctx="Influensa per [100 000] inv.", note="column header"),
        N("v. 40", note="week number"), N("v. 41", note="week number"), N("v. 42", note="week number"), N("v. 43", note="week number"),
        N("v. 44", note="week number"), N("v. 45", note="week number"), N("vecka 45", ctx="föregående vecka, [vecka 45]:"),
        N("19", ctx="covid-[19] −8", note="name"), N("12.00", note="time of day"), N("vecka 46", note="next report"),
        N("0454-73 12 00"),
    ]

    # ------------------------------------------------------------ 7. charity fundraising report 2025 (Publicerad 2 april 2026)
    MF = ("generalsekreterare Malin Forsberg", "quote")
    mf = ("Malin Forsberg", "quote")
    IM = ("de insamlade medlen", "medlen")
    AK = ("Ändamålskostnader per program", "Ändamålskostnader")
    cc = [("SEK", 1e6, None, Y25, F, F), ("SEK", 1e6, None, Y24, F, F)]
    GOLD["r38_b_insamling_2025"] = [
        G("186,4 miljoner kronor", 186.4e6, "SEK", t=Y25, direction=INC, s=None, sp=None, note="'Under 2025'; the collector is no subject"),
        G("9 procent", 9, "percent", t=Y25, direction=INC, s=None, sp=None, note="'vilket är ... mer än 2024'"),
        G("88,6 procent", 88.6, "percent", **L25, s=IM, sp=None),
        G("7,9 procent", 7.9, "percent", **L25, s=IM, sp=None),
        G("3,5 procent", 3.5, "percent", **L25, s=IM, sp=None),
        G("högst 25 procent", 25, "percent", bound="at_most", optional=True, s=None, sp=None, note="the control body's rule"),
        G("41 870", 41870, "count", **L25, direction=INC, s=("Antalet månadsgivare", "Antalet"), sp=None, note="'vid årets slut'"),
        G("38 200", 38200, "count", **L24, s=None, sp=None, note="'ett år tidigare'"),
        G("168 kronor", 168, "SEK", per="month", **L25, s=("En månadsgivare", "månadsgivare"), sp=None),
        G("84,3 miljoner kronor", 84.3e6, "SEK", **L25, s=("månadsgivandet", "månadsgivandet"), sp=None, note="'svarade för': takes X"),
        G("45 procent", 45, "percent", ctx="eller [45 procent] av", **L25, s=("de totala intäkterna", "intäkterna"), sp=None),
        G("12 procent", 12, "percent", **L25, direction=DEC, s=("Företagsgåvorna", "Företagsgåvorna"), sp=None),
        G("21,7 miljoner kronor", 21.7e6, "SEK", **L25, direction=DEC, s=("Företagsgåvorna", "Företagsgåvorna"), sp=None),
        G("27,9 miljoner kronor", 27.9e6, "SEK", **L25, direction=INC, s=("Testamenten", "Testamenten"), sp=None, note="'nästan dubbelt så mycket som året innan'"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", **L25, direction=INC, optional=True, s=None, sp=None, note="multiplier against an earlier year"),
        G("drygt 14 miljoner kronor", 14e6, "SEK", bound="approx", **L25, s=("Julkampanjen", "Julkampanjen"), sp=None),
        G("9,6 miljoner kronor", 9.6e6, "SEK", **L25, s=("enstaka gåvor", "gåvor"), sp=None),
        G("71,5 miljoner kronor", 71.5e6, "SEK", **L25, s=("brunnsborrning och vattenförsörjning i Östafrika", "brunnsborrning"), sp=None),
        G("312 nya brunnar", 312, "count", **L25, s=("nya brunnar", "brunnar"), sp=None),
        G("omkring 240 000 människor", 240000, "count", bound="approx", **L25, s=("människor", "människor"), sp=None),
        G("ungefär 300 kronor", 300, "SEK", bound="approx", per="capita", **L25, s=("Kostnaden per person som nås", "Kostnaden"), sp=None),
        G("mellan 150 000 och 250 000 kronor", None, "SEK", low=150000, high=250000, **L26, s=("En brunn", "brunn"), sp=mf),
        G("20 år", 20, "year", bound="at_least", s=None, sp=mf, note="'i 20 år eller mer': a duration"),
        *_row(G, "Brunnar och vattenförsörjning", ["71,5", "64,2"], cc, AK, note="table 'Ändamålskostnader per program, miljoner kronor': '2025' / '2024' explicit; rows are programmes"),
        *_row(G, "Sanitet och hygien", ["38,9", "35,7"], cc, AK),
        *_row(G, "Skolprogram", ["23,6", "22,8"], cc, AK),
        *_row(G, "Katastrofinsatser", ["19,4", "14,1"], cc, AK),
        *_row(G, "Påverkansarbete i Sverige", ["11,7", "10,9"], cc, AK),
        *_row(G, "Summa", ["165,1", "147,7"], cc, AK),
        G("45 000 månadsgivare", 45000, "count", t=Y26, s=("månadsgivare", "månadsgivare"), sp=("Stiftelsen", "credited"), note="target 'före utgången av 2026'"),
        G("minst 200 miljoner kronor", 200e6, "SEK", bound="at_least", t=Y26, s=None, sp=("Stiftelsen", "credited")),
        G("under 3 procent", 3, "percent", bound="less_than", t=(None, "2028"), lenient=True, direction=DEC, s=("administrationskostnaderna", "administrationskostnaderna"), sp=("Styrelsen", "credited"), note="'senast 2028'"),
    ]
    NEG["r38_b_insamling_2025"] = [
        N("2025", ctx="Insamlingsrapport [2025]", note="title"), N("2 april 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] samlade"), N("2024", ctx="mer än [2024] och"), N("1994"),
        N("2025", ctx="Program [2025] 2024", note="column header"), N("2024", ctx="2025 [2024] Brunnar", note="column header"),
        N("2026", ctx="Mål för [2026]", note="heading"), N("2026", ctx="utgången av [2026] och"), N("2028"),
        N("802471-3396", note="org number"), N("90 12 34-5", note="plusgiro number"), N("08-612 45 70"),
    ]

    # ------------------------------------------------------------ 8. migration statistics Jan-Sep 2026 (Publicerad 14 oktober 2026)
    AKr = ("Anders Krantz", "quote")
    AN = ("Antal förstagångsansökningar om asyl per medborgarskap", "Antal")
    mc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    PE = ("personer", "personer")
    GOLD["r38_b_migration_sep"] = [
        G("7 412 personer", 7412, "count", **L26, direction=DEC, s=PE, sp=None, note="'Under årets första nio månader'"),
        G("18 procent", 18, "percent", ctx="minskning med [18 procent]", **L26, direction=DEC, s=PE, sp=None),
        G("9 038 personer", 9038, "count", t=Y25, s=PE, sp=None, note="'samma period i fjol'"),
        G("2 960 ansökningar", 2960, "count", **L26, s=("ansökningar", "ansökningar"), sp=None),
        G("halverats", 0.5, "number", bound="more_than", direction=DEC, optional=True, s=("antalet syriska sökande", "antalet"), sp=None, note="'har mer än halverats på två år': multiplier of a change"),
        G("två år", 2, "year", s=None, sp=None, note="a duration"),
        G("11 846 beslut", 11846, "count", **L26, direction=DEC, s=("beslut i förstagångsärenden", "beslut"), sp=None),
        G("14 205 beslut", 14205, "count", t=Y25, s=("beslut", "beslut"), sp=None),
        G("31 procent", 31, "percent", **L26, direction=DEC, s=("Andelen bifall", "Andelen"), sp=None),
        G("4 procentenheter", 4, "percentage_point", **L26, direction=DEC, s=("Andelen bifall", "Andelen"), sp=None, note="size of the change keeps the subject"),
        G("78 procent", 78, "percent", **L26, s=None, sp=None, note="'var den'"),
        G("under 2 procent", 2, "percent", bound="less_than", **L26, s=None, sp=None),
        G("142 dagar", 142, "day", **L26, direction=DEC, s=("Mediantiden för ett förstagångsärende", "Mediantiden"), sp=None),
        G("205 dagar", 205, "day", **L25, s=None, sp=None, note="'för ett år sedan'"),
        G("minst 75 procent", 75, "percent", bound="at_least", s=("ärendena", "ärendena"), sp=None, note="standing target"),
        G("sex månader", 6, "month", bound="at_most", optional=True, s=None, sp=None, note="defines the target"),
        G("68 procent", 68, "percent", **L26, s=("fallen", "fallen"), sp=None),
        G("5 830 personer", 5830, "count", **L26, direction=DEC, s=PE, sp=None, note="'Vid utgången av september'"),
        G("knappt 2 100", 2100, "count", bound="approx", **L26, direction=DEC, s=PE, sp=None),
        G("mellan 9 500 och 10 500", None, "count", low=9500, high=10500, t=Y26, s=("antalet asylsökande", "antalet"), sp=AKr),
        *_row(G, "Syrien", ["1 048", "1 622", "−35,4"], mc, AN, note="table: 'Jan–sep 2026' / 'Jan–sep 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are citizenships"),
        *_row(G, "Afghanistan", ["812", "903", "−10,1"], mc, AN),
        *_row(G, "Eritrea", ["655", "597", "+9,7"], mc, AN),
        *_row(G, "Irak", ["498", "611", "−18,5"], mc, AN),
        *_row(G, "Somalia", ["403", "462", "−12,8"], mc, AN),
        *_row(G, "Ukraina", ["387", "529", "−26,8"], mc, AN),
        *_row(G, "Georgien", ["341", "254", "+34,3"], mc, AN),
        *_row(G, "Övriga", ["3 268", "4 060", "−19,5"], mc, AN),
        *_row(G, "Totalt", ["7 412", "9 038", "−18,0"], mc, AN),
        G("38 400 uppehållstillstånd", 38400, "count", **L26, direction=INC, s=("uppehållstillstånd för arbete", "uppehållstillstånd"), sp=None),
        G("ungefär 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=("uppehållstillstånd för arbete", "uppehållstillstånd"), sp=None),
    ]
    NEG["r38_b_migration_sep"] = [
        N("januari–september 2026", note="title"), N("14 oktober 2026", note="Publicerad"),
        N("nio månader", note="'Under årets första nio månader' places the figures"), N("1990-talet"),
        N("januari–september 2025"), N("2026", ctx="helåret [2026] hamnar"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"), N("2025", ctx="period [2025]."),
        N("010-485 60 00"),
    ]

    return GOLD, NEG
