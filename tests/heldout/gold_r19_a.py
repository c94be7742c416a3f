"""Round 19, part A (r19_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 19, part A (r19_a_*): eight kinds, written from scratch (r19_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed home-and-garden retailer's
# interim report for January–June 2026 (dateline 'Jönköping den 16 juli 2026' at the end; bullets under 'ANDRA KVARTALET
# 2026' with bracketed prior figures dated by 'Siffror inom parentes avser andra kvartalet 2025': nettoomsättning 'ökade
# med 6,8 procent till 1 947 (1 823) Mkr', jämförbara butiker, 'Bruttomarginalen förbättrades till 41,2 (39,8)
# procent', rörelsemarginal, resultat per aktie, 'E-handelns andel av försäljningen steg till', antal butiker; a CEO
# paragraph ending in 'säger vd'; 'passerade vi för första gången 800 Mkr i omsättning på en enskild månad', store
# openings and closures; half-year figures 'en uppgång med 5,9 procent mot samma period i fjol', 'förbättrades till 287
# Mkr, jämfört med 198 Mkr ett år tidigare', medelantal anställda; targets 'minst 9 procent över en konjunkturcykel' and
# '30 procent av försäljningen senast 2028'; a plain-text key-figure table 'Apr–jun 2026' / 'Apr–jun 2025' / 'Jan–jun
# 2026' / 'Jan–jun 2025' / 'Rullande 12 mån'), a statistics agency's quarterly GDP release for Q3 2025 ('Publicerad 28
# november 2025 kl. 08.00'; säsongsrensat against the previous quarter, kalenderjusterat against Q3 2024, 'tilltog
# med', 'vände upp och lyfte med', 'var 1,2 procent högre än kvartalet innan', contributions 'bidrog med 0,6
# procentenheter' / 'bidrog med −0,3 procentenheter', 'i stort sett oförändrat, plus 0,1 procent', 'BNP per invånare',
# 'Under årets tre första kvartal ... 1,4 procent större än under motsvarande period 2024'; a plain-text table by
# component 'Kv3/Kv2' / 'Kv3 2025/Kv3 2024' with one negative cell), a municipality's school-results page for the
# spring term 2026 (Markdown, '**Ekedala kommun · Utbildningsförvaltningen · Publicerad 27 augusti 2026**'; meritvärde
# in poäng 'vilket är 4,2 poäng högre än förra våren', 'Rikets genomsnitt landade på 228,9 enligt Skolverkets
# preliminära statistik', andel behöriga 'jämfört med 84,0 procent våren 2025', 'I riket var andelen', admission rules
# '8 ämnen' / 'i 12', girls against boys '21 poäng högre ..., 242,0 mot 221,0', 'Skillnaden har krympt med 3 poäng på
# ett år'; a Markdown table by school 'Elever åk 9' / 'Meritvärde vt 2026' / 'Meritvärde vt 2025' / 'Behöriga
# yrkesprogram, %'; 'klättrade med nästan 9 poäng', a target 'minst 90 procent ... år 2028', 'Det högsta möjliga
# meritvärdet är 340 poäng'), a county board's household-waste statistics for 2025 ('Publicerad 14 april 2026'; 'kilo
# avfall per invånare, 9 kilo mindre än året innan', 'Sedan basåret 2020 har mängden per invånare gått ned med',
# tonnes, återvinningsgrad 'en ökning med 1,9 procentenheter på ett år', a national target 'var 55 procent år 2025',
# 'drygt 8 procentenheter efter', 'ökade till 31 kilo per invånare, från 27 kilo 2024', 'Ungefär två av tre hushåll',
# 'kilo per person, vilket är 4 procent mer än 2024', 'sjönk för tredje året i rad och stannade på', 'ungefär var
# fjärde påse', 'nästan 35 procent av innehållet'; a plain-text table by municipality 'Kg per invånare' / 'Förändring
# sedan 2020, %' / 'Återvinningsgrad, %'), an UNDATED opinion piece on bus fares (no date, no sidecar; single tickets
# in named cities, '41 procent dyrare än Malmös', 'knappt 25 kronor per resa', 'nästan 70 procent högre', 'mer än
# dubbelt så dyrt', täckningsgrad, 'drygt 600 miljoner kronor om året', 'sänkte taxan med en fjärdedel', a numbered
# list of proposals 'Sänk priset ... till högst 30 kronor', 'mindre än en procent av regionens budget'), a monthly
# housing-starts release for September 2026 dated only by its sidecar (2026-10-22; 'påbörjades byggandet av 3 480
# lägenheter', 'Det är 620 fler än i samma månad förra året, en ökning med 22 procent', hyresrätter/bostadsrätter,
# småhus 'en minskning med 4 procent jämfört med september 2025', 'Under perioden januari–september', 'nästan 40 procent
# lägre än toppåret 2021, då knappt 52 000', ombyggnad, lägenhetsyta in m2, 'drygt en tredjedel', 'för andra månaden i
# följd'; a plain-text table by county 'Flerbostadshus' / 'Småhus' / 'Totalt' / 'Förändring mot sep 2025, %' / 'Jan–sep
# 2026'), a municipality's HTML page on preschool fees from 1 January 2027 (cookie banner, menu, breadcrumb, related
# links, footer; 'Publicerad 5 november 2026'; inkomsttak 'höjs till 62 550 kronor per månad, mot 59 200 kronor i år',
# fee shares per child 3/2/1 procent, a worked example, 'syskonrabatten alltså en tredjedel', an HTML table 'Andel av
# inkomsten' / '2026' / 'Från 1 januari 2027' under the caption 'Högsta avgift per månad, kronor' with a zero row,
# allmän förskola '525 timmar per år ... ungefär 15 timmar i veckan', 'sänks avgiften med 25 procent', enrolment,
# cost coverage) and a concert hall's season summary 2025/26 ('Publicerad 12 juni 2026'; besökare '9 procent fler än
# under säsongen 2024/25', föreställningar, beläggning 'upp från 81 procent', 'växte med 4,6 miljoner kronor till 51,2
# miljoner kronor', average ticket price, 'backade ... till', 'var femte biljett', school concerts, 'elva kvällar i
# rad', streaming 'mer än dubbelt så många som säsongen innan', staff 'två färre än ett år tidigare', a target 'Nästa
# säsong vill vi nå 200 000 besökare' in a quote; a plain-text table '2025/26' / '2024/25' / 'Förändring, %' with a dash
# cell).
# The r8-r18 decisions are followed: periods at year grain; a relative expression in the sentence ('förra året', 'i
# fjol', 'i år', 'i dag', 'nu', 'årets', 'Nästa säsong') resolves against the publication date and is not lenient; a
# month without a year, a heading's, a caption's or the document's period, present tense, 'ett år tidigare' /
# 'året innan' / 'säsongen innan' are lenient; brackets take the period their note names (not lenient) and carry no
# direction; a level followed by ', X fler än', ', en ökning med', ', en minskning med', ', upp från', ', jämfört med X
# <earlier time>', ', mot X <earlier time>' or a next sentence 'Det är X fler' is the new value after a change
# (direction), earlier values and from-values have none; 'X procent lägre än toppåret' carries direction (r18: an
# earlier baseline); comparisons at one time (cities, girls against boys, the county against the nation or a target)
# have no direction; multipliers are optional (unit number or ratio), thresholds, rules that only define a metric and
# definitions of an example are optional; targets and demands are required; a change against a base year spans base
# year to report year (lenient); table cells take their column headers' periods (not lenient when the header has a
# year; a caption's period lenient), change columns with direction from the sign; 'vilket är' / 'vilket motsvarar'
# without a noun, elided nouns, a figure as grammatical subject and a pronoun 'dem' have s None; a share 'X procent av
# <noun>' takes that noun when the verb's subject is no measure; the payer, the receiver and the owner are no subject;
# a CEO paragraph ending in 'säger vd' credits every figure in it to the CEO (quote); the op-ed's signatories are no
# speaker; 'per invånare' / 'per person' is per="capita"; 'per aktie' per="share"; the UNDATED text has no period on
# any figure; runs 'för tredje året i rad' / 'för andra månaden i följd' are required ordinals with the run's noun;
# age bands are N.
# Where those were silent, decided here:
# - Retailer: the quarter's bullets take 2026 leniently (heading 'ANDRA KVARTALET 2026'), their brackets 2025 (the note
#   names 'andra kvartalet 2025': not lenient). Growth in 'jämförbara butiker' ('var tillväxten 3,1 procent') is a change
#   (increase, r16_a's growth rates) with subject 'tillväxten'. 'Bruttomarginalen förbättrades till 41,2' is an increase
#   (the figure went up). 'passerade vi för första gången 800 Mkr i omsättning på en enskild månad' is more_than (the
#   verb 'passerade' sets the bound), June 2026 (lenient), no per (the period is the month itself), subject
#   'omsättning'. Store openings and closures ('öppnade sex butiker', 'tre i Norge', 'två olönsamma enheter ... lades
#   ned') are event counts: no direction (like a bare 'nya'); 'tre' is elided (s None). 'FÖRSTA HALVÅRET' and 'den 30
#   juni' carry no year: 2026 lenient. 'Styrelsens finansiella mål' in the company's own report is third-person
#   reporting: sp None (no first person); 'senast 2028' gives the 30 percent target the period 2028 (explicit, exact:
#   'senast' bounds the date, not the value); 'över en konjunkturcykel' gives no period. Table: 'Rullande 12 mån' is
#   the rolling year July 2025–June 2026, ('2025', '2026'), lenient (the header names no year); the digits '12' in it
#   are N; 'Antal butiker' cells are counts with subject 'Antal'.
# - GDP: 'under tredje kvartalet 2025' is explicit for the lead figure; the following sentences' figures take Q3 2025
#   leniently. Both '2,1 procent' (calendar-adjusted and unadjusted) are increases against Q3 2024. Contributions to
#   growth ('bidrog med 0,6 procentenheter', 'bidrog med −0,3 procentenheter') are parts of the change: direction from
#   the sign (as r18_a's 'indexuppräkningen svarade för'), percentage_point, the sign kept in the value. 'inom
#   tillverkningsindustrin var uppgången 1,7 procent' takes the previous clause's 'Produktionen' (the thing that
#   changes; 'uppgången' names the change). 'i stort sett oförändrat, plus 0,1 procent' is an increase (the sign
#   decides). 'BNP per invånare' is per="capita", SEK, lenient 2025. 'Under årets tre första kvartal ... 1,4 procent
#   större än under motsvarande period 2024' is 2025 (not lenient: 'årets' resolves), increase. Table: the row labels
#   name measures (components), so each row takes its label as subject; 'Kv3/Kv2' takes the caption's 2025 (lenient),
#   'Kv3 2025/Kv3 2024' names its period (2025, not lenient); both are change columns: unsigned positive cells are
#   increases, '−0,4' a decrease. The column headers 'Kv3/Kv2' and 'Kv3 2025/Kv3 2024' and the next release are N.
# - School results: meritvärde and poäng are unit number (a merit value). 'i juni' (no year) is 2026 lenient (title
#   'våren 2026'). 'Rikets genomsnitt landade på 228,9 enligt Skolverkets preliminära statistik': speaker 'Skolverket'
#   (enligt), only on that figure. 'Av dem blev 86,3 procent behöriga' has s None (pronoun 'dem'); 'jämfört med 84,0
#   procent våren 2025' makes 86,3 the new value (increase); the 84,0 is explicit 2025. The admission rules ('godkänt
#   betyg i 8 ämnen', 'i 12') are optional (they restate a rule); 'i 12' elided (s None). '21 poäng högre än
#   pojkarnas, 242,0 mot 221,0' is a comparison at one time (no direction), 221,0 takes 'pojkarnas'. 'Skillnaden har
#   krympt med 3 poäng på ett år' is a decrease (2026 lenient). 'Det högsta möjliga meritvärdet är 340 poäng' defines
#   the scale: optional, no period. The target 'minst 90 procent av eleverna ... år 2028' takes 2028 (explicit) and
#   subject 'eleverna'; 'Kommunens mål' on the municipality's page is third person: sp None (as r18_a's parking
#   target). Table: 'Elever åk 9' and 'Behöriga yrkesprogram, %' take the heading's 2026 (lenient), 'Meritvärde vt
#   2026' / 'vt 2025' are explicit; the digit in 'åk 9' and in 'årskurs 9' / 'årskurserna 7–9' is N (a grade, an
#   identifier), as is 'hösten 2024'.
# - Waste statistics: 'per invånare' and 'per person' are per="capita", unit kg ('kilo'). '9 kilo mindre än året innan'
#   is the change of the per-capita level (per="capita", decrease, the level's subject 'avfall'). 'Sedan basåret 2020
#   ... gått ned med 7,4 procent' spans ('2020', '2025') lenient; the table's 'Förändring sedan 2020, %' cells too
#   (decrease from the sign). 'länets elva kommuner' locates the total: optional count. The national target 'var 55
#   procent år 2025' is required, 2025 explicit; 'ligger fortfarande drygt 8 procentenheter efter' is a gap against
#   the target at one time: no direction, 2025 lenient (the statistic's year), s None (the county is the owner).
#   'deponi för knappt 1 procent' takes 'deponi' (the elided verb's subject). 'Ungefär två av tre hushåll har nu' is
#   2026 ('nu'). Stocks in present tense ('länets 23 återvinningscentraler') take the report year 2025 leniently.
#   'Länsstyrelsen bedömer att ungefär var fjärde påse ...' is credited to Länsstyrelsen (third person, 'credited'),
#   2026 lenient (a present assessment), subject 'påse'; the next clause's 'plockanalyser i fyra kommuner visar att
#   nästan 35 procent av innehållet' is plain reporting (2025 lenient), 'fyra kommuner' optional (the basis).
#   Table: caption year 2025 lenient; 'Kg per invånare' and 'Förändring sedan 2020, %' take the caption's measure
#   'Hushållsavfall', 'Återvinningsgrad, %' its own header.
# - UNDATED op-ed: no period on any figure ('sedan 2020' and 'sedan pandemin' give none). Ticket prices take the ticket
#   as subject ('en enkelbiljett', 'en motsvarande resa', 'En månadsbiljett', 'motsvarande kort', 'sitt kort'); 'och i
#   Umeå 30 kronor' and 'ungdomar i Luleå åker för 250 kronor' are elided (s None), the latter per="month" carried from
#   the sentence before. 'per resa' is per="trip" (the per-unit the text names). '44 resor i månaden' defines the
#   example (optional, per="month"). City comparisons ('41 procent dyrare', 'nästan 70 procent högre', 'mer än dubbelt
#   så dyrt') have no direction; the multiplier is optional. 'Biljettintäkterna täcker omkring 52 procent av
#   trafikens kostnader' takes 'Biljettintäkterna' (the verb's subject is a measure). 'Regionen vill höja
#   täckningsgraden till 60 procent' is credited to 'Regionen' (credited), increase. 'sänkte taxan med en fjärdedel'
#   is a ratio 0.25, decrease, required (a stated change, not a multiplier). The proposals: 'Sänk priset ... till högst
#   30 kronor' is at_most, decrease; 'alla under 20 år' is an age band (N). 'mindre än en procent av regionens budget'
#   is percent 1 (less_than) with the apposition's subject 'Kostnaden'.
# - Housing starts (sidecar 2026-10-22): 'Under september' is 2026 lenient; 'enligt preliminära uppgifter' names no
#   source (sp None). 'Det är 620 fler ..., en ökning med 22 procent' gives both figures the level's subject
#   ('lägenheter'). 'Hyresrätterna stod för 1 910 av dem' and 'bostadsrätterna uppgick till 1 570' take the tenure
#   nouns. 'tillkom ytterligare 290 lägenheter' is an event count (no direction). 'nästan 40 procent lägre än toppåret
#   2021' is the level against an earlier peak: decrease (as r18_a's 'Jämfört med toppen'), s 'Nivån'; 'knappt 52 000
#   bostäder' is 2021 (explicit). Table: all cells take the caption's measure 'Påbörjade lägenheter i nybyggda hus'
#   (head 'lägenheter', also for the Småhus column: the caption names what is counted); count columns 2026 lenient
#   (caption), 'Förändring mot sep 2025, %' 2026 lenient with direction from the sign, 'Jan–sep 2026' explicit.
# - Preschool fees (HTML): the new amounts from 1 January 2027 are 2027 (lenient: the lead names the date); 'i år' is
#   2026 (not lenient). 'den högsta avgiften för ett barn 1 877 kronor' is the new value after 'justeras' (increase,
#   as the table shows). The fee shares '3 procent av inkomsten', '2 procent', '1 procent' are required (they are the
#   fee, not a definition), 2027 lenient, 3 procent takes 'inkomsten' (the verb's subject 'du' is no measure), the
#   others elided. The worked example's income '45 000 kronor' is optional (defines the example); its fees '1 350' /
#   '900 kronor' are required, per="month", s None (the payer is no subject). 'syskonrabatten ... en tredjedel' is a
#   ratio (1/3), no direction. Table 'Högsta avgift per månad, kronor': money cells per="month"; 'Andel av inkomsten'
#   cells ('3 %') are percent, 2027 lenient (no year in the header); '2026' and 'Från 1 januari 2027' explicit; the
#   zero row 'Barn 4' is annotated like any other (value 0); the digits in the row labels 'Barn 1'–'Barn 4' are N
#   (identifiers). '525 timmar per år' is per="year" (s None, the figure is the grammatical subject), 'ungefär 15
#   timmar i veckan' per="week" (s None after 'vilket motsvarar'); 'fyller tre år' (no digits) is left out. 'sänks
#   avgiften med 25 procent' is a decrease (the fee for those months), 2027 lenient. 'I dag har kommunen 2 340 barn' is
#   2026 (not lenient); 'omkring 38 procent av dem' s None (pronoun); 'Avgifterna täcker knappt 7 procent' takes
#   'Avgifterna'; '412 miljoner kronor om året' per="year", subject 'förskolans kostnader'. Opening hours
#   '6.30–18.30' in a related link, the deadline '15 december', addresses, postal code, phone, org number and the
#   copyright year are N.
# - Concert hall: a season '2025/26' is the span ('2025', '2026'), '2024/25' ('2024', '2025'); figures 'under
#   säsongen' take the title's season (lenient), 'säsongen innan' / 'ett år tidigare' the previous season (lenient);
#   'Nästa säsong' is ('2026', '2027') (not lenient: resolves against 12 June 2026). 'varav 118 med husets egen
#   symfoniorkester' is elided (s None). 'som rymmer 420 personer' defines the hall (optional). 'Familjekonserterna
#   lockade 21 600 besökare' takes the counted noun. 'elva kvällar i rad' is a required count (the run's length), s
#   'kvällar'. 'mer än dubbelt så många som säsongen innan' is a multiplier over time: optional, increase.
#   'Verksamheten omsatte totalt 268 miljoner kronor' has s None (the organisation is the owner of the turnover);
#   'varav det regionala anslaget stod för 61 procent' takes 'anslaget'. 'Antalet årsanställda var 174, två färre än
#   ett år tidigare' makes 174 the new value (decrease) and 'två' the change. The quote's target is credited to Ingrid
#   Falk. Table: '2025/26' / '2024/25' explicit, 'Förändring, %' the current season lenient with direction from the
#   sign; the dash cell of 'Beläggning stora salen, %' is no figure. 'invigdes 1988' and 'under 26 år' are N.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, breadcrumbs,
#   years and dates that only place a claim, next-release dates, table numbers, times of day and opening hours, grades
#   ('årskurs 9', 'åk 9', '7–9'), age bands, list numbering, row-label identifiers, phone numbers, street addresses,
#   postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'första gången', 'på ett år', 'på tre år', 'på två år', 'på en
#   enskild månad', 'tre saker', 'fyller tre år', 'barn ett', 'samma månad förra året', 'årets tre första kvartal',
#   'under ett helt år', and the ordinals that only name a child in the fee rule ('det första barnet', 'det andra',
#   'det tredje', 'fjärde barnet').
# - Also decided: 'haft två lärare i varje mattelektion' (school) is a required count (2026 lenient: present perfect);
#   'Med två barn i förskolan' defines the fee example (optional).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2021", "2024", "2025", "2026", "2027", "2028")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y21, Y24, Y25, Y26, Y27, Y28 = (Y[y] for y in ("2021", "2024", "2025", "2026", "2027", "2028"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    R12 = ("2025", "2026")
    S = ("2025", "2026")
    SP = ("2024", "2025")
    LS = dict(t=S, lenient=True)
    LSP = dict(t=SP, lenient=True)

    # ------------------------------------------------------------ 1. retailer, interim report Q2 2026 (dateline 16 juli 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RA = ("Resultatet per aktie", "Resultatet")
    EA = ("E-handelns andel av försäljningen", "andel")
    BU = ("butiker", "butiker")
    MS = ("Marie Stjärnholm", "quote")
    HN = ("Halvårets nettoomsättning", "nettoomsättning")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    F = False
    kq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F),
                        (u, sc, None, Y25, F, F), (u, sc, None, R12, True, F)]
    GOLD["r19_a_detaljhandel_q2"] = [
        G("6,8 procent", 6.8, "percent", **L26, direction="increase", s=NO, sp=None, note="heading 'ANDRA KVARTALET 2026'"),
        G("1 947", 1947e6, "SEK", ctx="till [1 947] (1 823)", **L26, direction="increase", s=NO, sp=None),
        G("1 823", 1823e6, "SEK", ctx="1 947 ([1 823]) Mkr", t=Y25, s=NO, sp=None, note="bracket: the note names Q2 2025"),
        G("3,1 procent", 3.1, "percent", **L26, direction="increase", s=("tillväxten", "tillväxten"), sp=None, note="growth in comparable stores"),
        G("41,2", 41.2, "percent", ctx="till [41,2] (39,8)", **L26, direction="increase", s=BM, sp=None, note="'förbättrades till'"),
        G("39,8", 39.8, "percent", ctx="41,2 ([39,8]) procent", t=Y25, s=BM, sp=None),
        G("164", 164e6, "SEK", ctx="blev [164] (131)", **L26, s=RR, sp=None),
        G("131", 131e6, "SEK", ctx="164 ([131]) Mkr", t=Y25, s=RR, sp=None),
        G("8,4", 8.4, "percent", ctx="på [8,4] (7,2)", **L26, s=RM, sp=None),
        G("7,2", 7.2, "percent", ctx="8,4 ([7,2]) procent", t=Y25, s=RM, sp=None),
        G("2,36", 2.36, "SEK", per="share", **L26, s=RA, sp=None),
        G("1,84", 1.84, "SEK", per="share", t=Y25, s=RA, sp=None),
        G("23,5", 23.5, "percent", ctx="till [23,5] (20,9)", **L26, direction="increase", s=EA, sp=None),
        G("20,9", 20.9, "percent", ctx="23,5 ([20,9]) procent", t=Y25, s=EA, sp=None),
        G("214", 214, "count", ctx="koncernen [214] (205)", **L26, s=BU, sp=None, note="'Vid periodens utgång'"),
        G("205", 205, "count", ctx="214 ([205]) butiker", t=Y25, s=BU, sp=None),
        G("nästan 15 procent", 15, "percent", bound="approx", **L26, direction="increase", s=("Försäljningen av utemöbler och odlingsprodukter", "Försäljningen"), sp=MS, note="CEO paragraph ending in 'säger vd'"),
        G("800 Mkr", 800e6, "SEK", bound="more_than", **L26, s=("omsättning", "omsättning"), sp=MS, note="'passerade ... 800 Mkr i omsättning på en enskild månad' ('i juni', no year)"),
        G("sex butiker", 6, "count", **L26, s=BU, sp=MS, note="openings: event count, no direction"),
        G("tre", 3, "count", ctx="och [tre] i Norge", **L26, s=None, sp=MS, note="elided"),
        G("två olönsamma enheter", 2, "count", **L26, s=("olönsamma enheter", "enheter"), sp=MS, note="closures: event count"),
        G("11 procent", 11, "percent", **L26, direction="decrease", s=("Fraktkostnaden per order", "Fraktkostnaden"), sp=MS),
        G("3 512 Mkr", 3512e6, "SEK", **L26, direction="increase", s=HN, sp=None, note="'FÖRSTA HALVÅRET' (no year); ', en uppgång med'"),
        G("5,9 procent", 5.9, "percent", **L26, direction="increase", s=HN, sp=None),
        G("287 Mkr", 287e6, "SEK", **L26, direction="increase", s=KF, sp=None, note="'förbättrades till ..., jämfört med 198 Mkr ett år tidigare'"),
        G("198 Mkr", 198e6, "SEK", **L25, s=KF, sp=None, note="'ett år tidigare'"),
        G("412 Mkr", 412e6, "SEK", **L26, s=("Nettoskulden exklusive leasingskulder", "Nettoskulden"), sp=None, note="'den 30 juni' (no year)"),
        G("3 160", 3160, "count", **L26, s=("Medelantalet anställda", "Medelantalet"), sp=None),
        G("minst 9 procent", 9, "percent", bound="at_least", s=RM, sp=None, note="target over a business cycle: no period; third-person 'Styrelsens mål'"),
        G("30 procent", 30, "percent", ctx="stå för [30 procent]", t=Y28, s=("e-handeln", "e-handeln"), sp=None, note="target 'senast 2028'"),
        *_row(G, "Nettoomsättning, Mkr", ["1 947", "1 823", "3 512", "3 316", "7 284"], kq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL': 'Apr–jun 2026' / 'Apr–jun 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' / 'Rullande 12 mån' (lenient rolling year)"),
        *_row(G, "Bruttomarginal, %", ["41,2", "39,8", "40,6", "39,5", "40,1"], kq("percent", 1), ("Bruttomarginal", "Bruttomarginal")),
        *_row(G, "Rörelseresultat, Mkr", ["164", "131", "221", "172", "598"], kq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "E-handelns andel, %", ["23,5", "20,9", "22,8", "20,1", "22,0"], kq("percent", 1), ("E-handelns andel", "andel")),
        *_row(G, "Antal butiker", ["214", "205", "214", "205", "214"], kq("count", 1), ("Antal butiker", "Antal")),
    ]
    NEG["r19_a_detaljhandel_q2"] = [
        N("2026", ctx="januari–juni [2026]", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="kvartalet [2025].", note="bracket note"), N("30 juni", note="balance date"),
        N("2028", note="'senast 2028' places the target"),
        N("Apr–jun 2026", note="column header"), N("Apr–jun 2025", note="column header"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("12", ctx="Rullande [12] mån", note="period label"),
        N("16 juli 2026", note="dateline"), N("556902-3318", note="org number"),
    ]

    # ------------------------------------------------------------ 2. GDP, Q3 2025 (Publicerad 28 november 2025)
    bn = [("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, False, True)]
    GOLD["r19_a_bnp_tredje_kvartalet"] = [
        G("0,8 procent", 0.8, "percent", t=Y25, direction="increase", s=("Sveriges BNP", "BNP"), sp=None, note="'under tredje kvartalet 2025', säsongsrensat"),
        G("2,1 procent", 2.1, "percent", ctx="ekonomin med [2,1 procent]", **L25, direction="increase", s=("ekonomin", "ekonomin"), sp=None, note="kalenderjusterat, against Q3 2024"),
        G("2,1 procent", 2.1, "percent", ctx="också [2,1 procent]", **L25, direction="increase", s=("den ojusterade ökningen", "ökningen"), sp=None),
        G("0,6 procent", 0.6, "percent", ctx="tilltog med [0,6 procent]", **L25, direction="increase", s=("Hushållens konsumtionsutgifter", "konsumtionsutgifter"), sp=None),
        G("0,3 procent", 0.3, "percent", **L25, direction="increase", s=("Den offentliga konsumtionen", "konsumtionen"), sp=None),
        G("1,9 procent", 1.9, "percent", **L25, direction="increase", s=("De fasta bruttoinvesteringarna", "bruttoinvesteringarna"), sp=None, note="'vände upp och lyfte med'"),
        G("3,4 procent", 3.4, "percent", **L25, direction="increase", s=("bostadsinvesteringarna", "bostadsinvesteringarna"), sp=None),
        G("1,2 procent", 1.2, "percent", **L25, direction="increase", s=("Exporten av varor och tjänster", "Exporten"), sp=None, note="'högre än kvartalet innan'"),
        G("0,4 procent", 0.4, "percent", **L25, direction="decrease", s=("importen", "importen"), sp=None),
        G("0,6 procentenheter", 0.6, "percentage_point", **L25, direction="increase", s=("Nettoexporten", "Nettoexporten"), sp=None, note="a contribution: part of the change"),
        G("−0,3 procentenheter", -0.3, "percentage_point", **L25, direction="decrease", s=("lagerinvesteringarna", "lagerinvesteringarna"), sp=None),
        G("1,0 procent", 1.0, "percent", **L25, direction="increase", s=("Produktionen i näringslivet", "Produktionen"), sp=None),
        G("1,7 procent", 1.7, "percent", **L25, direction="increase", s=("Produktionen i näringslivet", "Produktionen"), sp=None, note="'inom tillverkningsindustrin var uppgången': the thing that changes"),
        G("plus 0,1 procent", 0.1, "percent", **L25, direction="increase", s=("Antalet arbetade timmar i ekonomin", "Antalet"), sp=None),
        G("omkring 0,7 procent", 0.7, "percent", bound="approx", **L25, direction="increase", s=("produktiviteten", "produktiviteten"), sp=None),
        G("161 400 kronor", 161400, "SEK", per="capita", **L25, s=("BNP per invånare", "BNP"), sp=None),
        G("1,4 procent", 1.4, "percent", t=Y25, direction="increase", s=("BNP", "BNP"), sp=None, note="'Under årets tre första kvartal' resolves to 2025"),
        *_row(G, "Hushållens konsumtion", ["0,6", "1,8"], bn, ("Hushållens konsumtion", "konsumtion"), note="table 1 (caption Q3 2025): 'Kv3/Kv2' (lenient) / 'Kv3 2025/Kv3 2024'; change columns"),
        *_row(G, "Offentlig konsumtion", ["0,3", "1,1"], bn, ("Offentlig konsumtion", "konsumtion")),
        *_row(G, "Fasta bruttoinvesteringar", ["1,9", "0,4"], bn, ("Fasta bruttoinvesteringar", "bruttoinvesteringar")),
        *_row(G, "Export", ["1,2", "3,6"], bn, ("Export", "Export")),
        *_row(G, "Import", ["−0,4", "1,5"], bn, ("Import", "Import")),
        *_row(G, "BNP", ["0,8", "2,1"], bn, ("BNP", "BNP")),
    ]
    NEG["r19_a_bnp_tredje_kvartalet"] = [
        N("28 november 2025"), N("08.00", note="time of day"),
        N("2025", ctx="kvartalet [2025] jämfört", note="places the lead figure"), N("2022", note="'sedan början av 2022'"),
        N("2024", ctx="kvartalet [2024] växte", note="places the comparison"), N("2024", ctx="period [2024].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"), N("2025", ctx="användningssidan, tredje kvartalet [2025]", note="caption"),
        N("Kv3/Kv2", note="column header"), N("Kv3 2025/Kv3 2024", note="column header"),
        N("27 februari 2026", note="next release"), N("2025", ctx="fjärde kvartalet [2025]", note="next release"),
        N("019-440 17 00"),
    ]

    # ------------------------------------------------------------ 3. school results, spring 2026 (Publicerad 27 augusti 2026)
    MV = ("ett genomsnittligt meritvärde", "meritvärde")
    FM = ("Flickornas meritvärde", "meritvärde")
    sk = [("count", 1, None, Y26, True, False), ("number", 1, None, Y26, False, False),
          ("number", 1, None, Y25, False, False), ("percent", 1, None, Y26, True, False)]
    SKS = [("Elever", "Elever"), ("Meritvärde", "Meritvärde"), ("Meritvärde", "Meritvärde"), ("Behöriga yrkesprogram", "Behöriga")]
    GOLD["r19_a_skolresultat_vt2026"] = [
        G("231,4 poäng", 231.4, "number", **L26, direction="increase", s=MV, sp=None, note="'i juni' (no year); ', vilket är 4,2 poäng högre än förra våren'"),
        G("4,2 poäng", 4.2, "number", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("228,9", 228.9, "number", **L26, s=("Rikets genomsnitt", "genomsnitt"), sp=("Skolverket", "enligt")),
        G("612 elever", 612, "count", **L26, s=("elever", "elever"), sp=None),
        G("86,3 procent", 86.3, "percent", ctx="blev [86,3 procent]", **L26, direction="increase", s=None, sp=None, note="'Av dem': pronoun; ', jämfört med 84,0 procent våren 2025'"),
        G("84,0 procent", 84.0, "percent", t=Y25, s=None, sp=None),
        G("85,1 procent", 85.1, "percent", **L26, s=("andelen", "andelen"), sp=None, note="national, at one time"),
        G("8 ämnen", 8, "count", optional=True, s=("ämnen", "ämnen"), sp=None, note="admission rule"),
        G("12", 12, "count", ctx="program i [12].", optional=True, s=None, sp=None, note="admission rule, elided"),
        G("21 poäng", 21, "number", **L26, s=FM, sp=None, note="girls against boys: no direction"),
        G("242,0", 242.0, "number", **L26, s=FM, sp=None),
        G("221,0", 221.0, "number", **L26, s=("pojkarnas", "pojkarnas"), sp=None),
        G("3 poäng", 3, "number", **L26, direction="decrease", s=("Skillnaden", "Skillnaden"), sp=None, note="'har krympt med ... på ett år'"),
        *_row(G, "Björkängsskolan", ["148", "244,7", "238,2", "92,6"], sk, SKS, sep=" | ", note="Markdown table: 'Elever åk 9' (lenient) / 'Meritvärde vt 2026' / 'Meritvärde vt 2025' / 'Behöriga yrkesprogram, %' (lenient)"),
        *_row(G, "Centralskolan", ["176", "226,1", "225,8", "83,5"], sk, SKS, sep=" | "),
        *_row(G, "Hagbyskolan", ["97", "219,3", "210,4", "81,4"], sk, SKS, sep=" | "),
        *_row(G, "Lundaskolan", ["121", "235,8", "232,9", "88,4"], sk, SKS, sep=" | "),
        *_row(G, "Stensjö friskola", ["70", "228,0", "229,6", "85,7"], sk, SKS, sep=" | "),
        *_row(G, "Kommunen totalt", ["612", "231,4", "227,2", "86,3"], sk, SKS, sep=" | "),
        G("nästan 9 poäng", 9, "number", bound="approx", **L26, direction="increase", s=("meritvärdet", "meritvärdet"), sp=None),
        G("två lärare", 2, "count", **L26, s=("lärare", "lärare"), sp=None, note="'har sedan hösten 2024 haft': present perfect, 2026 lenient"),
        G("minst 90 procent", 90, "percent", bound="at_least", t=Y28, s=("eleverna", "eleverna"), sp=None, note="target 'år 2028'"),
        G("340 poäng", 340, "number", optional=True, s=("Det högsta möjliga meritvärdet", "meritvärdet"), sp=None, note="defines the scale"),
    ]
    NEG["r19_a_skolresultat_vt2026"] = [
        N("2026", ctx="våren [2026]:", note="title"), N("27 augusti 2026"),
        N("9", ctx="årskurs [9] i juni", note="grade"), N("2019", note="'sedan 2019'"),
        N("2025", ctx="våren [2025].", note="places the earlier share"),
        N("9", ctx="Elever åk [9]", note="grade in column header"), N("vt 2026", note="column header"), N("vt 2025", note="column header"),
        N("2024", note="'sedan hösten 2024'"), N("7–9", note="grades"), N("2028", note="places the target"),
        N("0321-59 20 00"),
    ]

    # ------------------------------------------------------------ 4. waste statistics 2025 (Publicerad 14 april 2026)
    AV = ("avfall", "avfall")
    MA = ("Materialåtervinningen", "Materialåtervinningen")
    MF = ("Det separat insamlade matavfallet", "matavfallet")
    GA = ("Grovavfallet", "Grovavfallet")
    HA = ("Hushållsavfall", "Hushållsavfall")
    av = [("kg", 1, "capita", Y25, True, False), ("percent", 1, None, ("2020", "2025"), True, True),
          ("percent", 1, None, Y25, True, False)]
    AVS = [HA, HA, ("Återvinningsgrad", "Återvinningsgrad")]
    GOLD["r19_a_avfall_lan_2025"] = [
        G("412 kilo", 412, "kg", per="capita", t=Y25, direction="decrease", s=AV, sp=None, note="'under 2025'; ', 9 kilo mindre än året innan'"),
        G("9 kilo", 9, "kg", per="capita", **L25, direction="decrease", s=AV, sp=None),
        G("7,4 procent", 7.4, "percent", t=("2020", "2025"), lenient=True, direction="decrease", s=("mängden per invånare", "mängden"), sp=None, note="since the base year 2020"),
        G("118 600 ton", 118600, "tonne", **L25, s=("hushållsavfall", "hushållsavfall"), sp=None),
        G("elva kommuner", 11, "count", optional=True, **L25, s=("kommuner", "kommuner"), sp=None, note="locates the total"),
        G("46,8 procent", 46.8, "percent", ctx="omfattade [46,8 procent]", **L25, direction="increase", s=MA, sp=None, note="', en ökning med 1,9 procentenheter på ett år'"),
        G("1,9 procentenheter", 1.9, "percentage_point", **L25, direction="increase", s=MA, sp=None),
        G("55 procent", 55, "percent", t=Y25, s=("Det nationella målet", "målet"), sp=None, note="target 'år 2025'"),
        G("drygt 8 procentenheter", 8, "percentage_point", bound="approx", **L25, s=None, sp=None, note="gap against the target at one time"),
        G("51,6 procent", 51.6, "percent", **L25, s=("Energiåtervinning", "Energiåtervinning"), sp=None),
        G("knappt 1 procent", 1, "percent", bound="approx", **L25, s=("deponi", "deponi"), sp=None),
        G("31 kilo", 31, "kg", per="capita", **L25, direction="increase", s=MF, sp=None, note="'ökade till ..., från 27 kilo 2024'"),
        G("27 kilo", 27, "kg", per="capita", t=Y24, s=MF, sp=None),
        G("Ungefär två av tre", 2 / 3, "ratio", bound="approx", t=Y26, s=("hushåll", "hushåll"), sp=None, note="'nu'"),
        G("58 kilo", 58, "kg", per="capita", **L25, direction="increase", s=("Insamlingen av förpackningar och returpapper", "Insamlingen"), sp=None, note="'per person'; ', vilket är 4 procent mer än 2024'"),
        G("4 procent", 4, "percent", ctx="är [4 procent] mer", **L25, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("1 140 ton", 1140, "tonne", **L25, s=("Textilier", "Textilier"), sp=None),
        G("knappt 4 kilo", 4, "kg", bound="approx", per="capita", **L25, s=("Textilier", "Textilier"), sp=None),
        G("23 återvinningscentraler", 23, "count", **L25, s=("återvinningscentraler", "återvinningscentraler"), sp=None),
        G("3 200 ton", 3200, "tonne", **L25, direction="decrease", s=GA, sp=None),
        G("104 kilo", 104, "kg", per="capita", **L25, s=GA, sp=None),
        G("tredje", 3, "ordinal", ctx="för [tredje] året", **L25, s=("året", "året"), sp=None, note="a run"),
        G("9,6 kilo", 9.6, "kg", per="capita", **L25, direction="decrease", s=("Mängden elavfall", "Mängden"), sp=None, note="'sjönk ... och stannade på'"),
        G("2 480 ton", 2480, "tonne", **L25, s=("Farligt avfall från hushållen", "avfall"), sp=None),
        G("ungefär var fjärde", 0.25, "ratio", bound="approx", **L26, s=("påse", "påse"), sp=("Länsstyrelsen", "credited"), note="'Länsstyrelsen bedömer att'"),
        G("fyra kommuner", 4, "count", optional=True, **L25, s=("kommuner", "kommuner"), sp=None, note="the basis of the analyses"),
        G("nästan 35 procent", 35, "percent", bound="approx", **L25, s=("innehållet i restavfallspåsen", "innehållet"), sp=None),
        *_row(G, "Älvsby", ["398", "−9,1", "49,2"], av, AVS, note="table 'Hushållsavfall i ett urval av kommuner, 2025' (lenient): 'Kg per invånare' / 'Förändring sedan 2020, %' / 'Återvinningsgrad, %'"),
        *_row(G, "Norrhamn", ["431", "−5,8", "44,0"], av, AVS),
        *_row(G, "Kårböle", ["455", "−3,2", "41,7"], av, AVS),
        *_row(G, "Gransjö", ["387", "−11,4", "51,3"], av, AVS),
        *_row(G, "Länet", ["412", "−7,4", "46,8"], av, AVS),
    ]
    NEG["r19_a_avfall_lan_2025"] = [
        N("2025", ctx="län [2025]", note="title"), N("14 april 2026"), N("2025", ctx="under [2025] ifrån", note="places the figure"),
        N("2020", ctx="basåret [2020]", note="base year"), N("2025", ctx="procent år [2025]", note="places the target"),
        N("2024", ctx="kilo [2024].", note="places the from-value"), N("2024", ctx="mer än [2024].", note="places the comparison"),
        N("2025", ctx="kommuner, [2025]", note="caption"), N("2020", ctx="sedan [2020], %", note="column header"),
        N("0640-22 50 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on bus fares (no date, no sidecar)
    GOLD["r19_a_debatt_busstaxor"] = [
        G("38 kronor", 38, "SEK", s=("en enkelbiljett", "enkelbiljett"), sp=None, note="undated: no period"),
        G("27 kronor", 27, "SEK", s=("en motsvarande resa", "resa"), sp=None),
        G("30 kronor", 30, "SEK", ctx="Umeå [30 kronor]", s=None, sp=None, note="elided"),
        G("41 procent", 41, "percent", s=("Vår biljett", "biljett"), sp=None, note="cities at one time: no direction"),
        G("1 090 kronor", 1090, "SEK", s=("En månadsbiljett", "månadsbiljett"), sp=None),
        G("44 resor", 44, "count", per="month", optional=True, s=("resor", "resor"), sp=None, note="defines the example"),
        G("knappt 25 kronor", 25, "SEK", bound="approx", per="trip", s=None, sp=None, note="the payer is no subject"),
        G("650 kronor", 650, "SEK", s=("motsvarande kort", "kort"), sp=None),
        G("ungefär 15 kronor", 15, "SEK", bound="approx", per="trip", s=None, sp=None, note="'vilket ger'"),
        G("nästan 70 procent", 70, "percent", bound="approx", s=("vår taxa", "taxa"), sp=None),
        G("545 kronor", 545, "SEK", per="month", s=("sitt kort", "kort"), sp=None),
        G("250 kronor", 250, "SEK", per="month", s=None, sp=None, note="elided; 'i månaden' carried"),
        G("mer än dubbelt", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("omkring 52 procent", 52, "percent", bound="approx", s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("drygt 600 miljoner kronor", 600e6, "SEK", bound="approx", per="year", s=("Resten", "Resten"), sp=None),
        G("60 procent", 60, "percent", direction="increase", s=("täckningsgraden", "täckningsgraden"), sp=("Regionen", "credited"), note="'Regionen vill höja ... till'"),
        G("en fjärdedel", 0.25, "ratio", direction="decrease", s=("taxan", "taxan"), sp=None, note="a stated change: required"),
        G("18 procent", 18, "percent", direction="increase", s=("resandet", "resandet"), sp=None),
        G("6 procent", 6, "percent", direction="decrease", s=("antalet påstigande", "antalet"), sp=None),
        G("högst 30 kronor", 30, "SEK", bound="at_most", direction="decrease", s=("priset för en enkelbiljett", "priset"), sp=None, note="a proposal: 'Sänk ... till'"),
        G("400 kronor", 400, "SEK", s=("ett månadskort för pensionärer", "månadskort"), sp=None),
        G("omkring 85 miljoner kronor", 85e6, "SEK", bound="approx", per="year", s=("Kostnaden", "Kostnaden"), sp=None),
        G("en procent", 1, "percent", ctx="mindre än [en procent]", bound="less_than", s=("Kostnaden", "Kostnaden"), sp=None),
    ]
    NEG["r19_a_debatt_busstaxor"] = [
        N("2020", note="'sedan 2020'"), N("1", ctx="[1]. Sänk", note="list numbering"),
        N("2", ctx="[2]. Låt", note="list numbering"), N("3", ctx="[3]. Inför", note="list numbering"),
        N("20", ctx="under [20] år", note="age band"),
    ]

    # ------------------------------------------------------------ 6. housing starts, September 2026 (sidecar 2026-10-22)
    LG = ("lägenheter", "lägenheter")
    BO = ("bostäder", "bostäder")
    PL = ("Påbörjade lägenheter i nybyggda hus", "lägenheter")
    bs = [("count", 1, None, Y26, True, False)] * 3 + [("percent", 1, None, Y26, True, True), ("count", 1, None, Y26, False, False)]
    GOLD["r19_a_bostadsbyggande_september"] = [
        G("3 480 lägenheter", 3480, "count", **L26, direction="increase", s=LG, sp=None, note="'Under september' (no year); next sentence 'Det är 620 fler'"),
        G("620", 620, "count", ctx="Det är [620] fler", **L26, direction="increase", s=LG, sp=None),
        G("22 procent", 22, "percent", **L26, direction="increase", s=LG, sp=None),
        G("1 910", 1910, "count", ctx="stod för [1 910]", **L26, s=("Hyresrätterna", "Hyresrätterna"), sp=None),
        G("1 570", 1570, "count", ctx="uppgick till [1 570]", **L26, s=("bostadsrätterna", "bostadsrätterna"), sp=None),
        G("710 småhus", 710, "count", **L26, direction="decrease", s=("småhus", "småhus"), sp=None, note="', en minskning med 4 procent'"),
        G("4 procent", 4, "percent", **L26, direction="decrease", s=("småhus", "småhus"), sp=None),
        G("4 190 bostäder", 4190, "count", **L26, s=BO, sp=None),
        G("31 250 bostäder", 31250, "count", **L26, direction="increase", s=BO, sp=None, note="'Under perioden januari–september' (no year)"),
        G("14 procent", 14, "percent", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("nästan 40 procent", 40, "percent", bound="approx", **L26, direction="decrease", s=("Nivån", "Nivån"), sp=None, note="against the peak year 2021"),
        G("knappt 52 000 bostäder", 52000, "count", bound="approx", t=Y21, s=BO, sp=None),
        G("290 lägenheter", 290, "count", **L26, s=LG, sp=None, note="'tillkom ytterligare': no direction"),
        G("61 kvadratmeter", 61, "m2", **L26, s=("Den genomsnittliga lägenhetsytan", "lägenhetsytan"), sp=None),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("de påbörjade lägenheterna", "lägenheterna"), sp=None),
        G("andra", 2, "ordinal", ctx="för [andra] månaden", **L26, s=("månaden", "månaden"), sp=None, note="a run"),
        *_row(G, "Stockholms län", ["1 240", "160", "1 400", "+31", "10 820"], bs, PL, note="table 'Påbörjade lägenheter i nybyggda hus efter län, september 2026' (lenient): 'Flerbostadshus' / 'Småhus' / 'Totalt' / 'Förändring mot sep 2025, %' (lenient) / 'Jan–sep 2026'"),
        *_row(G, "Västra Götalands län", ["690", "130", "820", "+58", "5 470"], bs, PL),
        *_row(G, "Skåne län", ["410", "120", "530", "−12", "4 120"], bs, PL),
        *_row(G, "Uppsala län", ["260", "40", "300", "+15", "2 010"], bs, PL),
        *_row(G, "Övriga län", ["880", "260", "1 140", "+6", "8 830"], bs, PL),
        *_row(G, "Riket", ["3 480", "710", "4 190", "+16", "31 250"], bs, PL),
    ]
    NEG["r19_a_bostadsbyggande_september"] = [
        N("september 2025", ctx="med [september 2025]", note="places the comparison"), N("2021", note="places the peak"),
        N("september 2026", note="caption"), N("sep 2025", ctx="mot [sep 2025]", note="column header"),
        N("Jan–sep 2026", note="column header"), N("19 november", note="next release"),
    ]

    # ------------------------------------------------------------ 7. preschool fees from 1 January 2027 (HTML, Publicerad 5 november 2026)
    IT = ("Inkomsttaket", "Inkomsttaket")
    HG = ("Högsta avgift", "avgift")
    fa = [("percent", 1, None, Y27, True, False), ("SEK", 1, "month", Y26, False, False), ("SEK", 1, "month", Y27, False, False)]
    FAS = [("Andel av inkomsten", "Andel"), HG, HG]
    GOLD["r19_a_forskoleavgift_2027"] = [
        G("62 550 kronor", 62550, "SEK", per="month", **L27, direction="increase", s=IT, sp=None, note="'höjs till ..., mot 59 200 kronor i år'"),
        G("59 200 kronor", 59200, "SEK", per="month", t=Y26, s=IT, sp=None, note="'i år'"),
        G("1 877 kronor", 1877, "SEK", per="month", ctx="barn [1 877 kronor]", **L27, direction="increase", s=("den högsta avgiften för ett barn", "avgiften"), sp=None),
        G("3 procent", 3, "percent", ctx="betalar du [3 procent]", **L27, s=("inkomsten", "inkomsten"), sp=None),
        G("2 procent", 2, "percent", ctx="andra [2 procent]", **L27, s=None, sp=None, note="elided"),
        G("1 procent", 1, "percent", ctx="tredje [1 procent]", **L27, s=None, sp=None, note="elided"),
        G("45 000 kronor", 45000, "SEK", per="month", optional=True, s=("en sammanlagd inkomst", "inkomst"), sp=None, note="defines the example"),
        G("1 350 kronor", 1350, "SEK", per="month", **L27, s=None, sp=None, note="the payer is no subject"),
        G("900 kronor", 900, "SEK", per="month", **L27, s=None, sp=None),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None, note="'Med två barn i förskolan' defines the example"),
        G("en tredjedel", 1 / 3, "ratio", **L27, s=("syskonrabatten", "syskonrabatten"), sp=None),
        *_row(G, "Barn 1", ["3 %", "1 776", "1 877"], fa, FAS, note="table 'Högsta avgift per månad, kronor': 'Andel av inkomsten' (lenient) / '2026' / 'Från 1 januari 2027'"),
        *_row(G, "Barn 2", ["2 %", "1 184", "1 251"], fa, FAS),
        *_row(G, "Barn 3", ["1 %", "592", "626"], fa, FAS),
        *_row(G, "Barn 4", ["0 %", "0", "0"], fa, FAS, note="zero row"),
        G("525 timmar", 525, "hour", per="year", **L27, s=None, sp=None, note="figure as grammatical subject"),
        G("ungefär 15 timmar", 15, "hour", bound="approx", per="week", **L27, s=None, sp=None, note="'vilket motsvarar'"),
        G("25 procent", 25, "percent", **L27, direction="decrease", s=("avgiften", "avgiften"), sp=None),
        G("2 340 barn", 2340, "count", t=Y26, s=("barn", "barn"), sp=None, note="'I dag'"),
        G("omkring 38 procent", 38, "percent", bound="approx", t=Y26, s=None, sp=None, note="'av dem': pronoun"),
        G("knappt 7 procent", 7, "percent", bound="approx", **L26, s=("Avgifterna", "Avgifterna"), sp=None),
        G("412 miljoner kronor", 412e6, "SEK", per="year", **L26, s=("förskolans kostnader", "kostnader"), sp=None),
    ]
    NEG["r19_a_forskoleavgift_2027"] = [
        N("5 november 2026"), N("1 januari 2027", ctx="den [1 januari 2027] justeras", note="places the change"),
        N("2026", ctx="inkomsten [2026]", note="column header"), N("1 januari 2027", ctx="2026 Från [1 januari 2027]", note="column header"),
        N("1", ctx="Barn [1] 3 %", note="row label"), N("2", ctx="Barn [2] 2 %", note="row label"),
        N("3", ctx="Barn [3] 1 %", note="row label"), N("4", ctx="Barn [4] 0 %", note="row label"),
        N("15 december", note="deadline"), N("6.30–18.30", note="opening hours in a related link"),
        N("Storgatan 14"), N("546 31"), N("0506-180 00"), N("212000-1819"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. concert hall, season 2025/26 (Publicerad 12 juni 2026)
    BL = ("Beläggningen i stora salen", "Beläggningen")
    BI = ("Biljettintäkterna", "Biljettintäkterna")
    BP = ("Ett genomsnittligt biljettpris", "biljettpris")
    AA = ("Antalet årsanställda", "Antalet")
    ks = lambda u, sc: [(u, sc, None, S, False, False), (u, sc, None, SP, False, False), ("percent", 1, None, S, True, True)]
    GOLD["r19_a_konserthus_sasong"] = [
        G("184 300 besökare", 184300, "count", **LS, direction="increase", s=("besökare", "besökare"), sp=None, note="season 2025/26 (title); ', 9 procent fler än'"),
        G("9 procent", 9, "percent", ctx="besökare, [9 procent] fler", **LS, direction="increase", s=("besökare", "besökare"), sp=None),
        G("312 föreställningar", 312, "count", **LS, s=("föreställningar", "föreställningar"), sp=None),
        G("118", 118, "count", ctx="varav [118] med", **LS, s=None, sp=None, note="elided"),
        G("87 procent", 87, "percent", **LS, direction="increase", s=BL, sp=None, note="', upp från 81 procent'; 'i genomsnitt' is no bound"),
        G("81 procent", 81, "percent", **LSP, s=BL, sp=None),
        G("420 personer", 420, "count", optional=True, s=("personer", "personer"), sp=None, note="defines the hall"),
        G("74 procent", 74, "percent", **LS, s=("beläggningen", "beläggningen"), sp=None),
        G("4,6 miljoner kronor", 4.6e6, "SEK", **LS, direction="increase", s=BI, sp=None),
        G("51,2 miljoner kronor", 51.2e6, "SEK", **LS, direction="increase", s=BI, sp=None),
        G("296 kronor", 296, "SEK", **LS, direction="increase", s=BP, sp=None, note="', jämfört med 284 kronor säsongen innan'"),
        G("284 kronor", 284, "SEK", **LSP, s=BP, sp=None),
        G("6,8 miljoner kronor", 6.8e6, "SEK", **LS, direction="decrease", s=("sponsorintäkterna", "sponsorintäkterna"), sp=None, note="'backade ... till'"),
        G("21 600 besökare", 21600, "count", **LS, s=("besökare", "besökare"), sp=None),
        G("var femte", 0.2, "ratio", **LS, s=("biljett", "biljett"), sp=None),
        G("14 900 elever", 14900, "count", **LS, s=("elever", "elever"), sp=None),
        G("38 skolor", 38, "count", **LS, s=("skolor", "skolor"), sp=None),
        G("elva kvällar", 11, "count", **LS, s=("kvällar", "kvällar"), sp=None, note="the run's length"),
        G("46 konserter", 46, "count", **LS, s=("konserter", "konserter"), sp=None),
        G("392 000 visningar", 392000, "count", **LS, s=("visningar", "visningar"), sp=None),
        G("mer än dubbelt", 2, "number", bound="more_than", **LS, direction="increase", optional=True, s=None, sp=None, note="multiplier over time"),
        G("sex konserter", 6, "count", **LS, s=("konserter", "konserter"), sp=None),
        G("268 miljoner kronor", 268e6, "SEK", **LS, s=None, sp=None, note="the organisation is no subject"),
        G("61 procent", 61, "percent", **LS, s=("det regionala anslaget", "anslaget"), sp=None),
        G("174", 174, "count", ctx="årsanställda var [174]", **LS, direction="decrease", s=AA, sp=None, note="', två färre än ett år tidigare'"),
        G("två", 2, "count", ctx="[två] färre", **LS, direction="decrease", s=AA, sp=None),
        G("200 000 besökare", 200000, "count", t=("2026", "2027"), s=("besökare", "besökare"), sp=("Ingrid Falk", "quote"), note="target 'Nästa säsong'"),
        *_row(G, "Besökare", ["184 300", "169 100", "+9,0"], ks("count", 1), ("Besökare", "Besökare"), note="table 'Nyckeltal': '2025/26' / '2024/25' / 'Förändring, %' (lenient)"),
        *_row(G, "Föreställningar", ["312", "297", "+5,1"], ks("count", 1), ("Föreställningar", "Föreställningar")),
        *_row(G, "Biljettintäkter, Mkr", ["51,2", "46,6", "+9,9"], ks("SEK", 1e6), ("Biljettintäkter", "Biljettintäkter")),
        *_row(G, "Sponsorintäkter, Mkr", ["6,8", "7,3", "−6,8"], ks("SEK", 1e6), ("Sponsorintäkter", "Sponsorintäkter")),
        *_row(G, "Beläggning stora salen, %", ["87", "81"], ks("percent", 1)[:2], ("Beläggning stora salen", "Beläggning"), note="the change cell is a dash"),
    ]
    NEG["r19_a_konserthus_sasong"] = [
        N("2025/26", ctx="Säsongen [2025/26]", note="title"), N("12 juni 2026"),
        N("2024/25", ctx="säsongen [2024/25]", note="places the comparison"), N("1988", note="places the opening"),
        N("26", ctx="under [26] år", note="age band"),
        N("2025/26", ctx="Nyckeltal [2025/26]", note="column header"), N("2024/25", ctx="2025/26 [2024/25]", note="column header"),
        N("Kajgatan 3"), N("641 30"), N("0150-73 400"),
    ]
    return GOLD, NEG
