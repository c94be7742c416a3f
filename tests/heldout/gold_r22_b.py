"""Round 22, part B (r22_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 22, part B (r22_b_*): eight kinds, written from scratch (r22_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an investment company's year-end report
# for 2025 (dateline 'Borgvik den 5 februari 2026'; bullets under 'HELÅRET 2025 I SAMMANDRAG' with bracketed prior
# figures dated by 'Siffror inom parentes avser helåret 2024': substansvärde 'steg till 48 612 (43 905) miljoner kronor,
# motsvarande 312 (282) kronor per aktie', 'växte med 12,4 (8,1) procent', totalavkastning 'blev 17,9 (−3,6) procent,
# vilket kan ställas mot 14,2 (9,7) procent för SIX Return Index', result 'landade på', a dividend 'Styrelsen föreslår
# ... en höjning med 11 procent', nettoskuld and skuldsättningsgrad; a CEO quote with 'drygt två tredjedelar', 'för
# tionde året i rad', 'Sedan börsintroduktionen 2009 ... i genomsnitt 11,8 procent per år'; portfolio shares, the
# largest holding 'vilket är 2 030 miljoner kronor mer än tolv månader tidigare', 'skrevs ned med 3 procent'; a
# plain-text key-figure table '2025' / '2024' / '2023' with a footnote mark on one cell), a monthly housing-price index
# for September 2026 ('Publicerad 6 oktober 2026'; kronor per kvadratmeter, '0,2 procent lägre än i augusti', 'Sett
# över det senaste kvartalet', 'jämfört med september i fjol ligger de fortfarande 3,4 procent högre', 'backade', 'den
# tredje nedgången i följd', 'stack ut åt andra hållet med en uppgång på ... till', villas in miljoner kronor, sales
# count, bidding premium 'mot 4,0 procent i augusti', days on market; a plain-text table by region 'Kr/kvm sep 2026' /
# '1 mån' / '3 mån' / '12 mån'), a school district's pupil-absence statistics for the autumn term 2025 (Markdown,
# '*Utbildningsförvaltningen ... · Publicerad 21 januari 2026*'; total absence 'en förbättring med 0,9
# procentenheter', anmäld / ogiltig, 'Frånvaron tilltar med åldern', 'nästan fördubblats sedan hösten 2022', pupils
# with high absence 'det vill säga 15 procent eller mer, sjönk från 812 till 704', 'drygt var tionde', 'över 50
# procent'; a Markdown table by grade 'Frånvaro ht 2025, %' / 'Frånvaro ht 2024, %' / 'Förändring, procentenheter';
# the national average 'enligt Skolverket', the head of schools' target 'under 8 procent till höstterminen 2026', money
# for a team 'för 2026'), a municipality's energy and emissions report for 2025 ('Publicerad 14 april 2026'; ton
# koldioxidekvivalenter, '9 procent mindre än året före och 52 procent lägre än basåret 2015, då utsläppen var 9 110
# ton', a 70 percent target for 2030, 'en knapp tredjedel av totalen', 'har lyft från 58 till 71 procent på ett år',
# '124 av kommunens 190 personbilar', kWh per kvadratmeter och år 'en sänkning med 4 kWh per kvadratmeter sedan 2024 och
# med 23 procent sedan 2015', solar MWh 'nästan tre gånger så mycket som 2021'; a plain-text table 'Tabell 1. Utsläpp
# per sektor, ton koldioxidekvivalenter' with '2015' / '2024' / '2025' / 'Förändring 2015–2025'; a politician's quote
# 'halvera'; an investment 'Under 2026' and a saving in MWh per år), an UNDATED party page on healthcare (no date, no
# sidecar; 'över 160 000 patienter', 'var tredje', 'vårdgarantins 90 dagar', 'ungefär 2 vårdplatser per 1 000
# invånare', 'mer än dubbelt så många', Danish waiting times 'sedan 2019 ... med 25 procent', 'nästan 40 procent högre',
# a bulleted list under 'Därför vill vi:' with '3 000 fler vårdplatser', 'Halvera vårdköerna', 'från 90 till 60 dagar',
# '5 000 fler undersköterskor', 'lönelyft på 2 000 kronor i månaden', '39 procent ..., mot över 70 procent i Norge';
# costing 'Våra förslag kostar 9,4 miljarder kronor per år', 'minska ... med minst 3 miljarder kronor per år', primary
# care's share 'jämfört med omkring 25 procent i Danmark', 'öka till 22 procent inom åtta år'), a weekly food and fuel
# price watch dated only by its sidecar (2026-09-18; 'vecka 38' without a year; diesel 'kostade en liter diesel i snitt
# 18,74 kronor, 21 öre mindre än förra veckan och 2,36 kronor under nivån för ett år sedan', 'kronor litern', 'kronor
# kilot', 'dragit iväg med hela 27 procent', 'har passerat 135 kronor kilot', a basket of 24 goods in the cheapest and
# dearest shop; a plain-text table 'Pris v. 38' / 'Mot v. 37' / 'Mot motsv. vecka 2025' with the unit in each row label
# 'kr/l', 'kr/kg' and '0,0 %' cells; the sample '40 butiker', '60 ... stationer'), a regional public-transport operator's
# HTML page on fares from 1 February 2027 (cookie banner, menu, breadcrumb, related links, footer; 'Publicerad 22
# oktober 2026'; 'En enkelbiljett inom en zon går upp från 34 till 36 kronor, medan månadskortet ... blir 50 kronor
# dyrare och kostar 1 090 kronor', 'Prisjusteringen är i snitt 4,8 procent'; an HTML table 'Pris i dag' / 'Från 1
# februari 2027' / 'Höjning, kr' under the caption 'Priser i kronor för vuxen'; student discount '25 procent rabatt',
# 'höjs rabatten för ungdomar till 40 procent', a senior card 'behåller sitt pris på 390 kronor per månad', cost
# coverage, trips 'Under 2026 ... ökat till närmare 21 miljoner, 7 procent fler än 2025', cost per trip, a director's
# quote 'skulle underskottet växa med cirka 38 miljoner kronor om året') and a regional tourism board's annual report
# for 2025 (Markdown, '*Destination Fjällmarken · Publicerad 17 mars 2026*'; gästnätter 'en ökning med 5,3 procent mot
# 2024 och 14 procent över nivån 2019', Swedish and foreign nights, 'på sex år ökat från 61 000 till 104 000 nätter',
# 'mer än hälften', summer nights 'Mellan juni och augusti', omsättning 'att jämföra med 6,2 miljarder kronor 2024 och
# 4,9 miljarder kronor 2019', 'kronor per dygn', årsarbetstillfällen '160 fler än ett år tidigare', 'Omkring vart
# fjärde'; a Markdown table '2025' / '2024' / '2019' / 'Förändring mot 2024' with a 'p.e.' cell and a note; the CEO's
# target 'Till 2030 ... 45 procent ..., i dag är andelen 38 procent'; a survey with 3 200 answers).
# The r8-r21 decisions are followed: periods at year grain (a term, a month, a week take their year); a relative
# expression that places the figure ('den här veckan', 'i dag', 'nu', 'Under 2026') resolves against the publication
# date and is not lenient (one that only names the baseline, 'i fjol', 'förra veckan', does not place the claim); a month or week without a year, a heading's, title's or the document's period, present tense,
# 'året före', 'ett år tidigare', 'för ett år sedan', 'vid årsskiftet', 'under året' are lenient; brackets take the
# period their note names (not lenient) and carry no direction; a level followed by ', X lägre än', ', en nedgång /
# ökning / höjning med', ', vilket är X fler/mer', ', mot X', ', att jämföra med X', ', X fler än' or a next sentence 'Det
# är X mindre / en förbättring / en sänkning' is the new value after a change; from-values without a year are the
# period before (lenient); multipliers ('nästan fördubblats', 'nästan tre gånger så mycket', 'mer än dubbelt så
# många', 'halvera', 'Halvera vårdköerna') are optional, shares written as fractions ('drygt två tredjedelar', 'en
# knapp tredjedel', 'drygt var tionde', 'var tredje', 'mer än hälften', 'Omkring vart fjärde') required ratios; targets
# and promises are required, thresholds that define a count optional; runs ('för tionde året i rad', 'den tredje
# nedgången i följd') are required ordinals with kind 'ordinal'; table cells take their column headers' periods,
# change columns take direction from the sign (a '0,0 %' cell none); rows that are categories take the caption's or
# column's measure as subject, rows that are measures their own label; 'per 1 000 invånare' is per="capita" with the
# '1 000' N; 'per kvadratmeter' per="m2" (also 'per kvadratmeter och år': the non-time denominator wins); 'per aktie'
# per="share"; 'litern' / 'kr/l' per="l"; 'kilot' / 'per kilo' / 'kr/kg' per="kg"; 'per dygn' per="day"; 'i månaden' /
# 'per månad' per="month"; 'om året' / 'per år' per="year"; 'motsvarande X' takes the level's subject; elided nouns
# and a country or region as the verb's subject give s None; the payer is no subject, the goal of money is; a paragraph
# ending in 'säger <title> <name>' credits every figure in it to that person (quote); 'Styrelsen föreslår' credits the
# board; 'enligt Skolverket' is enligt; the party page's first-person sentences and its list under 'Därför vill vi:'
# are 'publisher'; the UNDATED text has no period on any figure ('I dag', 'sedan 2019', 'inom åtta år' give none).
# Where those were silent, decided here:
# - Investment company: the bullets take 2025 leniently (heading), their brackets 2024. 'motsvarande 312 (282) kronor
#   per aktie' after 'steg till' shares the level's increase (it restates the new value per share). '14,2 (9,7) procent
#   för SIX Return Index' is a comparison with a benchmark (no direction), subject the index (head 'Index'). The
#   dividend bullet, brackets included, is credited to 'Styrelsen'; the table's dividend cell with the footnote mark
#   '7,50*' is plain reporting (sp None, the footnote only explains it). 'Sedan börsintroduktionen 2009 ... i genomsnitt
#   11,8 procent per år' spans ('2009', '2025') leniently (the end is the report year), per="year", increase. 'Under
#   året investerades netto 1 870 miljoner kronor' is passive with nothing named: s None; 'varav 640 miljoner kronor i
#   det onoterade medicinteknikbolaget Veridia' takes the goal. The largest holding 'värderad till 11 450 miljoner
#   kronor' takes 'verkstadskoncernen Tornemo' (the holding valued). 'Börskurs vid årets slut, kr' has per None (no
#   'per aktie' written). '0,09 procent ..., samma nivå som föregående år' has no direction.
# - Housing prices: 'i september' (no year) is 2026 lenient for every level; 'Sett över det senaste kvartalet har
#   priserna gått ned med 1,1 procent' is 2026 lenient. 'jämfört med september i fjol ligger de fortfarande 3,4 procent
#   högre' is a twelve-month change (increase), 2026 lenient (the baseline is 2025, not the claim). 'Göteborgsregionen
#   stack ut ... med en uppgång på 1,3 procent sedan augusti, till 47 320 kronor per kvadratmeter': a region is no
#   measure (s None for both), both increase. 'En villa såldes ... för i snitt 3,96 miljoner kronor, en nedgång med 1,8
#   procent ... men 2,7 procent dyrare än för ett år sedan': all three take 'En villa' (the thing priced), per None.
#   'Budgivningen slutade i genomsnitt 3,1 procent över utgångspriset, mot 4,0 procent i augusti': 3,1 a decrease,
#   'över utgångspriset' is no bound (the premium is the figure). Table: 'Kr/kvm sep 2026' explicit 2026, per="m2";
#   '1 mån' / '3 mån' / '12 mån' are change columns (2026 lenient, signed) and their headers N; rows are regions: every
#   cell takes the caption's 'Bostadsrätter'.
# - Pupil absence: 'höstterminen 2025' gives 2025 (explicit in the lead sentence, lenient elsewhere); 'höstterminen
#   2024, då frånvaron låg på 9,6 procent' is explicit 2024. 'Av frånvaron var 7,2 procent anmäld och 1,5 procent
#   ogiltig' takes 'frånvaron' (no direction). 'var eleverna borta 6,4 procent av tiden' takes 'eleverna'. 'den ogiltiga
#   frånvaron nästan fördubblats sedan hösten 2022 och nu uppgår till 3,2 procent': the multiplier spans ('2022',
#   '2025') leniently, 3,2 the new value (increase, 2025 lenient: 'nu' in a report on the autumn term names the term).
#   '812' is the previous autumn (2024 lenient). '58 procent av dem' takes 'elever' (the 212 pupils). Grade labels
#   ('årskurs 3', 'årskurs 9', 'F–3', '4–6', '7–8', '9') are N. The head of schools' 'under 8 procent till höstterminen
#   2026' is a planned fall (decrease, less_than, 2026 explicit). 'Kommunen har avsatt 4,5 miljoner kronor för 2026
#   till ett närvaroteam' is third person (sp None), s the goal. 'för första gången' and 'sex medarbetare' are words
#   (left out).
# - Energy and emissions: '52 procent lägre än basåret 2015' is the 2025 level against the base year (2025 lenient,
#   decrease), while 'med 23 procent sedan 2015' is a change over a span ('2015', '2025', lenient); 'en sänkning med 4
#   kWh per kvadratmeter sedan 2024' is the change over 2025 (lenient). The target 'en minskning med 70 procent till
#   2030' is required, decrease, s 'Målet i kommunens klimatplan' (the figure is predicated of it). 'Kommunens fordon
#   och arbetsmaskiner släppte ut 1 420 ton' takes the emitters (no noun after 'ton'). '124 av kommunens 190 personbilar
#   är nu elbilar': 'nu' resolves to 2026 (not lenient), 124 takes 'kommunens 190 personbilar', 190 'personbilar'. 'då
#   den låg på 166 kWh' is 2015 with per None (no 'per' written). 'Det täcker ungefär 6 procent av lokalernas elbehov':
#   'Det' is the solar production (s 'Solcellsanläggningarna ...'). Table: every column names its years (not lenient);
#   'Förändring 2015–2025' is ('2015', '2025'), signed; rows are sectors: the caption's 'Utsläpp'. The quote's 'dem
#   måste vi halvera på fem år' is an optional multiplier with no period (no year). '1 900 MWh per år' is a planned
#   decrease, 2026 lenient (from 'Under 2026' in the same sentence's investment), s 'energianvändningen'.
# - Party page (UNDATED): speaker 'Medborgarliberalerna' ('publisher') on the list under 'Därför vill vi:' and on the
#   costing paragraph ('Våra förslag', 'Av det går', 'Vi finansierar') and 'Vi vill att andelen ska öka till 22
#   procent'; third-person facts (queues, Nordic comparisons, sick leave, hired staff, primary care's share) have none,
#   also the fact sentence inside the list 'I dag har bara 39 procent det, mot över 70 procent i Norge' (s None: no
#   measure named). 'längre än vårdgarantins 90 dagar' is a threshold (optional, more_than, as r20's 'kortare tid än
#   vårdgarantins'). '3 000 fler vårdplatser' and '5 000 fler undersköterskor' are promised additions (increase); 'ett
#   statligt lönelyft på 2 000 kronor i månaden' is an increase (a raise), per="month". 'Korta vårdgarantin ... från 90
#   till 60 dagar': 90 the from-value, 60 a decrease. 'regionerna lägger över 6 miljarder kronor om året på inhyrd
#   personal' takes the goal. 'Sverige har ... ungefär 2 vårdplatser per 1 000 invånare' and 'Danmark ... har 2,5 platser
#   per 1 000 invånare' take their counted nouns. 'sedan 2019 kortat väntetiderna ... med 25 procent' is a decrease with
#   no period.
# - Price watch (sidecar 2026-09-18): figures placed by 'den här veckan' or 'nu' are 2026 not lenient; where 'förra
#   veckan', 'veckan innan', 'i fjol' or 'för ett år sedan' only name the baseline, the claim keeps the document's week
#   (2026 lenient, as the housing index's 'jämfört med september i fjol'), and so do present tense and 'på en vecka'. 'kostade en liter diesel i snitt
#   18,74 kronor' takes 'en liter diesel' with per None (the price of a litre, as r21_b's visit); 'kronor litern' is
#   per="l", 'kronor kilot' per="kg". 'nötfärsen har passerat 135 kronor kilot' is more_than and an increase (a level
#   crossed on the way up). 'Vår matkorg med 24 vanliga varor kostade ... 1 286 kronor ... och 1 512 kronor ..., en
#   skillnad på 226 kronor eller knappt 18 procent' is credited to the publisher ('Prisvakten'), the gap has no direction.
#   The sample sizes '40 butiker' and '60 bemannade och obemannade stationer' are required counts (2026 lenient). Table:
#   'Pris v. 38' 2026 lenient (a week without a year), 'Mot v. 37' and 'Mot motsv. vecka 2025' change columns (2026
#   lenient, signed; '0,0 %' no direction); rows are goods whose labels carry the unit ('Diesel, kr/l'): the good is the
#   subject; week numbers in the title and headers, 'vecka 2025' in the header and 'Bensin 95' are N.
# - Fares (HTML): 'Den 1 februari 2027 justeras priserna' carries no figure; the next sentence's new prices take 2027
#   leniently, '34' (the price now) 2026 leniently; 'blir 50 kronor dyrare och kostar 1 090 kronor' are both increases.
#   'Prisjusteringen är i snitt 4,8 procent' is an increase (an upward adjustment, 2027 lenient). Table: 'Pris i dag'
#   2026 lenient, 'Från 1 februari 2027' explicit, 'Höjning, kr' 2027 lenient and signed; rows are ticket types: the
#   caption's 'Priser'; '1 zon' and '30-dagars' are parts of ticket names (N). '25 procent rabatt ... även i
#   fortsättningen' has no direction; 'från den 1 februari höjs rabatten för ungdomar till 40 procent' is an increase
#   (2027 lenient). 'behåller sitt pris på 390 kronor per månad' has no direction, per="month", 2027 lenient. 'Under 2026
#   har antalet resor ökat till närmare 21 miljoner, 7 procent fler än 2025' makes both explicit 2026 and increases. The
#   director's 'skulle underskottet växa med cirka 38 miljoner kronor om året' is a hypothetical increase (2027 lenient).
#   Times of day, opening hours, the decision date '29 september', the validity rule's '1 februari' are N.
# - Tourism: 'under 2025' in the sentence before gives the lead figures 2025 leniently. 'Tyskland är vår viktigaste
#   utlandsmarknad med 198 000 nätter' is the board's first person: speaker 'Destination Fjällmarken' (publisher). '14 procent över nivån 2019' is
#   the 2025 level against 2019 (increase, 2025 lenient), like the energy report's base-year comparison. 'de blev 672
#   000' takes 'de utländska gästerna' ('de' stands for it). 'Tyskland ... med 198 000 nätter' and 'Besökarna från
#   Nederländerna har på sex år ökat från 61 000 till 104 000 nätter' take the counted noun 'nätter'; 61 000 is 2019
#   leniently ('på sex år' back from 2025). '160 fler än ett år tidigare' is elided (s None), increase. 'En besökare
#   lägger i genomsnitt 1 180 kronor per dygn på boende, mat, aktiviteter och handel' takes what the money goes to
#   (head 'boende'). Table: '2025' / '2024' / '2019' explicit, 'Förändring mot 2024' 2025 lenient and signed; 'tusental'
#   scales by 1e3, 'mdkr' by 1e9; the 'Beläggning hotell, %' row's change cell '+1,4 p.e.' is percentage_point (the
#   note under the table says so). The CEO's target 'Till 2030 ... 45 procent' is an increase (new value against 'i dag
#   är andelen 38 procent', which is 2026 not lenient), s 'sommarhalvåret'.
# - Negatives: datelines and Publicerad lines, titles', headings', captions', column headers' and breadcrumb's dates and
#   years, bracket notes, years and dates that only place a claim or a comparison, week numbers, grade labels, table
#   numbers, parts of names ('Bensin 95', '1 zon', '30-dagars'), the denominators of 'per 1 000 invånare', decision
#   and meeting dates, times of day, opening hours, addresses, postal codes, phone numbers, org numbers and the
#   copyright year.
# - Left out on purpose (no digits, neither G nor N): 'fyra största innehav', 'tolv månader tidigare', 'sex
#   medarbetare', 'för första gången', 'sju skolor', 'på fem år', 'inom fyra år', 'inom åtta år', 'mer än fem månader',
#   'sex veckor i sträck', 'upp till tre barn', 'på sex år', 'ett år tidigare'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2019", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y15, Y19, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2015", "2019", "2024", "2025", "2026", "2027", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. investment company, year-end report 2025 (dateline 5 februari 2026)
    SV = ("Substansvärdet", "Substansvärdet")
    SA = ("Substansvärdet per aktie med återlagd utdelning", "Substansvärdet")
    TA = ("Totalavkastningen för aktien", "Totalavkastningen")
    SIX = ("SIX Return Index", "Index")
    RE = ("Resultatet efter skatt", "Resultatet")
    UT = ("en utdelning", "utdelning")
    STY = ("Styrelsen", "credited")
    NS = ("Nettoskulden", "Nettoskulden")
    SG = ("en skuldsättningsgrad", "skuldsättningsgrad")
    HL = ("Halvard Lindqvist", "quote")
    TO = ("verkstadskoncernen Tornemo", "verkstadskoncernen")
    kf = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, ("2023", "2023"), F, F)]
    GOLD["r22_b_investment_bokslut"] = [
        G("48 612", 48612e6, "SEK", ctx="till [48 612] (43 905)", **L25, direction="increase", s=SV, sp=None, note="heading 'HELÅRET 2025 I SAMMANDRAG': lenient; 'steg till'"),
        G("43 905", 43905e6, "SEK", ctx="48 612 ([43 905]) miljoner", t=Y24, s=SV, sp=None, note="bracket: 'Siffror inom parentes avser helåret 2024'"),
        G("312", 312, "SEK", ctx="motsvarande [312] (282)", per="share", **L25, direction="increase", s=SV, sp=None, note="'motsvarande': the level's subject and its change"),
        G("282", 282, "SEK", ctx="312 ([282]) kronor", per="share", t=Y24, s=SV, sp=None),
        G("12,4", 12.4, "percent", ctx="med [12,4] (8,1)", **L25, direction="increase", s=SA, sp=None, note="'växte med'"),
        G("8,1", 8.1, "percent", ctx="12,4 ([8,1]) procent", t=Y24, s=SA, sp=None),
        G("17,9", 17.9, "percent", ctx="blev [17,9] (−3,6)", **L25, s=TA, sp=None, note="'blev': a return, no direction"),
        G("−3,6", -3.6, "percent", ctx="17,9 ([−3,6]) procent", t=Y24, s=TA, sp=None),
        G("14,2", 14.2, "percent", ctx="mot [14,2] (9,7)", **L25, s=SIX, sp=None, note="a comparison with an index, no direction"),
        G("9,7", 9.7, "percent", ctx="14,2 ([9,7]) procent", t=Y24, s=SIX, sp=None),
        G("5 231", 5231e6, "SEK", ctx="på [5 231] (2 874)", **L25, s=RE, sp=None, note="'landade på': no direction"),
        G("2 874", 2874e6, "SEK", ctx="5 231 ([2 874]) miljoner", t=Y24, s=RE, sp=None),
        G("33,60", 33.60, "SEK", ctx="eller [33,60] (18,46)", per="share", **L25, s=RE, sp=None),
        G("18,46", 18.46, "SEK", ctx="33,60 ([18,46]) kronor", per="share", t=Y24, s=RE, sp=None),
        G("7,50", 7.50, "SEK", ctx="om [7,50] (6,75)", per="share", **L25, direction="increase", s=UT, sp=STY, note="', en höjning med 11 procent' follows: the new value"),
        G("6,75", 6.75, "SEK", ctx="7,50 ([6,75]) kronor", per="share", t=Y24, s=UT, sp=STY),
        G("11 procent", 11, "percent", **L25, direction="increase", s=UT, sp=STY),
        G("2 140", 2140e6, "SEK", ctx="till [2 140] (3 380)", **L25, s=NS, sp=None, note="'uppgick vid årets slut till': no direction"),
        G("3 380", 3380e6, "SEK", ctx="2 140 ([3 380]) miljoner", t=Y24, s=NS, sp=None),
        G("4,2", 4.2, "percent", ctx="på [4,2] (7,1)", **L25, s=SG, sp=None),
        G("7,1", 7.1, "percent", ctx="4,2 ([7,1]) procent", t=Y24, s=SG, sp=None),
        G("drygt två tredjedelar", 2 / 3, "ratio", bound="approx", **L25, s=("värdetillväxten", "värdetillväxten"), sp=HL, note="share written as a fraction: required"),
        G("tionde året", 10, "ordinal", kind="ordinal", **L25, s=("året", "året"), sp=HL, note="'för tionde året i rad': a run, required ordinal"),
        G("11,8 procent per år", 11.8, "percent", per="year", t=("2009", "2025"), lenient=True, direction="increase", s=("substansvärdet per aktie", "substansvärdet"), sp=HL, note="'Sedan börsintroduktionen 2009 ... vuxit med i genomsnitt': 2009 to the report year"),
        G("84 procent", 84, "percent", **L25, s=("Börsnoterade innehav", "innehav"), sp=None, note="'vid årsskiftet'"),
        G("11 450 miljoner kronor", 11450e6, "SEK", **L25, direction="increase", s=TO, sp=None, note="', vilket är 2 030 miljoner kronor mer än tolv månader tidigare'"),
        G("2 030 miljoner kronor", 2030e6, "SEK", **L25, direction="increase", s=TO, sp=None),
        G("1 870 miljoner kronor", 1870e6, "SEK", **L25, s=None, sp=None, note="'Under året investerades netto': passive, nothing named"),
        G("640 miljoner kronor", 640e6, "SEK", **L25, s=("det onoterade medicinteknikbolaget Veridia", "medicinteknikbolaget"), sp=None, note="goal of the money invested"),
        G("3 procent", 3, "percent", **L25, direction="decrease", s=("De onoterade innehaven", "innehaven"), sp=None, note="'skrevs ned med'"),
        G("0,09 procent", 0.09, "percent", **L25, s=("Förvaltningskostnaden", "Förvaltningskostnaden"), sp=None, note="'samma nivå som föregående år': no direction"),
        *_row(G, "Substansvärde, Mkr", ["48 612", "43 905", "41 220"], kf("SEK", 1e6), ("Substansvärde", "Substansvärde"), note="table 'NYCKELTAL': '2025' / '2024' / '2023' (explicit)"),
        *_row(G, "Substansvärde per aktie, kr", ["312", "282", "265"], kf("SEK", 1, "share"), ("Substansvärde per aktie", "Substansvärde")),
        *_row(G, "Börskurs vid årets slut, kr", ["276,40", "241,10", "255,80"], kf("SEK", 1), ("Börskurs vid årets slut", "Börskurs"), note="a share price: no per written"),
        *_row(G, "Substansrabatt, %", ["11,4", "14,5", "3,5"], kf("percent", 1), ("Substansrabatt", "Substansrabatt")),
        G("7,50", 7.50, "SEK", ctx="Utdelning per aktie, kr [7,50]*", per="share", t=Y25, s=("Utdelning per aktie", "Utdelning"), sp=None, note="table cell with a footnote mark (the board's proposal, credited in the footnote only: sp None)"),
        *_row(G, "Utdelning per aktie, kr", ["6,75", "6,25"], kf("SEK", 1, "share")[1:], ("Utdelning per aktie", "Utdelning"), before=("7,50*",)),
        *_row(G, "Totalavkastning aktie, %", ["17,9", "−3,6", "22,3"], kf("percent", 1), ("Totalavkastning aktie", "Totalavkastning")),
    ]
    NEG["r22_b_investment_bokslut"] = [
        N("januari–december 2025", note="title"), N("5 februari 2026", note="dateline"),
        N("2025", ctx="HELÅRET [2025] I", note="heading"), N("2024", ctx="helåret [2024].", note="bracket note"),
        N("2009", note="places the start of the average"), N("2025", ctx="NYCKELTAL [2025]", note="column header"),
        N("2024", ctx="2025 [2024] 2023", note="column header"), N("2023", ctx="2024 [2023] Substansvärde", note="column header"),
        N("28 april 2026", note="meeting date"), N("556812-4407", note="org number"), N("14", ctx="Strandgatan [14],", note="address"),
        N("611 30", note="postal code"), N("0155-41 20 90", note="phone"),
    ]

    # ------------------------------------------------------------ 2. housing-price index, September 2026 (Publicerad 6 oktober 2026)
    SP = ("Snittpriset", "Snittpriset")
    PR = ("priserna", "priserna")
    VI = ("En villa", "villa")
    AS = ("Antalet sålda bostadsrätter", "Antalet")
    BG = ("Budgivningen", "Budgivningen")
    BR = ("Bostadsrätter", "Bostadsrätter")
    bp = [("SEK", 1, "m2", Y26, F, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True),
          ("percent", 1, None, Y26, True, True)]
    GOLD["r22_b_bostadspriser_september"] = [
        G("41 870 kronor per kvadratmeter", 41870, "SEK", per="m2", **L26, direction="decrease", s=SP, sp=None, note="'i september' (no year); ', 0,2 procent lägre än i augusti': the new value"),
        G("0,2 procent", 0.2, "percent", **L26, direction="decrease", s=SP, sp=None),
        G("1,1 procent", 1.1, "percent", ctx="ned med [1,1 procent]", **L26, direction="decrease", s=PR, sp=None, note="'det senaste kvartalet'"),
        G("3,4 procent", 3.4, "percent", ctx="fortfarande [3,4 procent]", **L26, direction="increase", s=PR, sp=None, note="'jämfört med september i fjol ... högre': a change over twelve months; 'de' stands for 'priserna'"),
        G("68 950 kronor per kvadratmeter", 68950, "SEK", per="m2", **L26, s=("en bostadsrätt", "bostadsrätt"), sp=None, note="'kostade': no direction (the fall comes in the next sentence, not as 'Det är')"),
        G("0,6 procent", 0.6, "percent", ctx="med [0,6 procent] på", **L26, direction="decrease", s=PR, sp=None),
        G("tredje nedgången", 3, "ordinal", kind="ordinal", **L26, s=("nedgången", "nedgången"), sp=None, note="'den tredje nedgången i följd': a run, required ordinal"),
        G("1,3 procent", 1.3, "percent", ctx="uppgång på [1,3 procent]", **L26, direction="increase", s=None, sp=None, note="a region as the verb's subject: s None"),
        G("47 320 kronor per kvadratmeter", 47320, "SEK", per="m2", **L26, direction="increase", s=None, sp=None, note="'en uppgång ..., till': the new value"),
        G("3,96 miljoner kronor", 3.96e6, "SEK", **L26, direction="decrease", s=VI, sp=None, note="', en nedgång med 1,8 procent': the new value"),
        G("1,8 procent", 1.8, "percent", ctx="med [1,8 procent] från", **L26, direction="decrease", s=VI, sp=None),
        G("2,7 procent", 2.7, "percent", ctx="men [2,7 procent] dyrare", **L26, direction="increase", s=VI, sp=None, note="'dyrare än för ett år sedan'"),
        G("8 140", 8140, "count", **L26, direction="increase", s=AS, sp=None, note="', vilket är 6 procent fler': the new value"),
        G("6 procent", 6, "percent", ctx="är [6 procent] fler", **L26, direction="increase", s=AS, sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction="decrease", s=BG, sp=None, note="', mot 4,0 procent i augusti': the new value"),
        G("4,0 procent", 4.0, "percent", **L26, s=BG, sp=None, note="'i augusti' (no year)"),
        G("29 dagar", 29, "day", **L26, s=("En annons", "annons"), sp=None, note="'i snitt': an average, no bound"),
        *_row(G, "Hela landet", ["41 870", "−0,2", "−1,1", "+3,4"], bp, BR, note="table (caption 'Bostadsrätter, kronor per kvadratmeter och prisförändring i procent'): 'Kr/kvm sep 2026' (explicit) / '1 mån' / '3 mån' / '12 mån' (2026 lenient, signed)"),
        *_row(G, "Storstockholm", ["68 950", "−0,6", "−2,4", "+2,1"], bp, BR),
        *_row(G, "Göteborgsregionen", ["47 320", "+1,3", "+0,4", "+5,8"], bp, BR),
        *_row(G, "Malmöregionen", ["30 410", "−0,9", "−1,7", "+1,6"], bp, BR),
        *_row(G, "Uppsala län", ["36 780", "+0,3", "−0,8", "+4,2"], bp, BR),
        *_row(G, "Norrland", ["19 560", "−1,4", "−2,9", "+0,7"], bp, BR),
    ]
    NEG["r22_b_bostadspriser_september"] = [
        N("september 2026", ctx="Bostadsprisindex [september 2026]:", note="title"), N("6 oktober 2026", note="Publicerad line"),
        N("2025", ctx="månad [2025].", note="places the comparison"), N("sep 2026", note="column header"),
        N("1 mån", note="column header: the span of the change"), N("3 mån", note="column header"), N("12 mån", note="column header"),
        N("1–30 september 2026", note="collection period"), N("5 november 2026", note="next release"),
        N("58", ctx="Kungsgatan [58],", note="address"), N("411 19", note="postal code"), N("031-770 45 12", note="phone"),
    ]

    # ------------------------------------------------------------ 3. pupil absence, autumn term 2025 (Publicerad 21 januari 2026)
    TF = ("Den totala frånvaron bland kommunens grundskoleelever", "frånvaron")
    FR = ("frånvaron", "frånvaron")
    HF = ("Antalet elever med hög frånvaro", "Antalet")
    FA = ("Frånvaro", "Frånvaro")
    AF = ("Annika Feldt", "quote")
    fa = [("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F), ("percentage_point", 1, None, Y25, True, True)]
    GOLD["r22_b_franvaro_ht2025"] = [
        G("8,7 procent", 8.7, "percent", t=Y25, direction="decrease", s=TF, sp=None, note="'under höstterminen 2025'; next sentence 'Det är en förbättring med 0,9 procentenheter': the new value"),
        G("0,9 procentenheter", 0.9, "percentage_point", **L25, direction="decrease", s=TF, sp=None, note="'förbättring' judges, the figure fell"),
        G("9,6 procent", 9.6, "percent", t=Y24, s=FR, sp=None, note="'höstterminen 2024, då frånvaron låg på'"),
        G("7,2 procent", 7.2, "percent", **L25, s=FR, sp=None, note="'Av frånvaron var ... anmäld'"),
        G("1,5 procent", 1.5, "percent", **L25, s=FR, sp=None),
        G("6 420 elever", 6420, "count", **L25, s=("elever", "elever"), sp=None),
        G("14 kommunala grundskolor", 14, "count", **L25, s=("kommunala grundskolor", "grundskolor"), sp=None),
        G("6,4 procent", 6.4, "percent", **L25, s=("eleverna", "eleverna"), sp=None, note="'var eleverna borta 6,4 procent av tiden'"),
        G("11,3 procent", 11.3, "percent", **L25, s=("nivån", "nivån"), sp=None),
        G("nästan fördubblats", 2, "number", bound="approx", t=("2022", "2025"), lenient=True, direction="increase", optional=True, s=("den ogiltiga frånvaron", "frånvaron"), sp=None, note="multiplier 'sedan hösten 2022'"),
        G("3,2 procent", 3.2, "percent", **L25, direction="increase", s=("den ogiltiga frånvaron", "frånvaron"), sp=None, note="'nästan fördubblats ... och nu uppgår till': the new value"),
        G("15 procent", 15, "percent", bound="at_least", **L25, optional=True, s=None, sp=None, note="'15 procent eller mer': threshold that defines the count"),
        G("812", 812, "count", ctx="från [812] till", **L24, s=HF, sp=None, note="from-value: the previous autumn"),
        G("704", 704, "count", ctx="till [704].", **L25, direction="decrease", s=HF, sp=None),
        G("drygt var tionde", 0.1, "ratio", bound="approx", **L25, s=("elev", "elev"), sp=None),
        G("96 elever", 96, "count", **L25, s=("elever", "elever"), sp=None),
        G("över 50 procent", 50, "percent", bound="more_than", **L25, optional=True, s=None, sp=None, note="threshold that defines the count"),
        *_row(G, "F–3", ["6,4", "7,1", "−0,7"], fa, FA, sep=" | ", note="Markdown table: 'Frånvaro ht 2025, %' / 'Frånvaro ht 2024, %' (explicit) / 'Förändring, procentenheter' (2025 lenient, signed); rows are grades: the column measure 'Frånvaro'"),
        *_row(G, "4–6", ["7,9", "8,8", "−0,9"], fa, FA, sep=" | "),
        *_row(G, "7–8", ["10,6", "11,9", "−1,3"], fa, FA, sep=" | "),
        *_row(G, "| 9", ["12,8", "13,2", "−0,4"], fa, FA, sep=" | "),
        *_row(G, "Samtliga", ["8,7", "9,6", "−0,9"], fa, FA, sep=" | "),
        G("9,1 procent", 9.1, "percent", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=("Skolverket", "enligt"), note="'för motsvarande termin'"),
        G("under 8 procent", 8, "percent", bound="less_than", t=Y26, direction="decrease", s=("den totala frånvaron", "frånvaron"), sp=AF, note="target 'till höstterminen 2026': a planned fall"),
        G("4,5 miljoner kronor", 4.5e6, "SEK", t=Y26, s=("ett närvaroteam", "närvaroteam"), sp=None, note="'för 2026'; goal of the money"),
        G("212 elever", 212, "count", **L25, s=("elever", "elever"), sp=None, note="'under hösten'"),
        G("58 procent", 58, "percent", **L25, s=("elever", "elever"), sp=None, note="'av dem': the 212 pupils"),
    ]
    NEG["r22_b_franvaro_ht2025"] = [
        N("2025", ctx="höstterminen [2025]\n", note="title"), N("21 januari 2026", note="Publicerad line"),
        N("2025", ctx="höstterminen [2025]. Det", note="places the claim"), N("2024", ctx="höstterminen [2024],", note="places the comparison"),
        N("3", ctx="årskurs [3] var", note="grade"), N("9", ctx="årskurs [9], där", note="grade"), N("2022", note="places the change"),
        N("2025", ctx="Frånvaro ht [2025], %", note="column header"), N("2024", ctx="Frånvaro ht [2024], %", note="column header"),
        N("F–3", note="grade band"), N("4–6", note="grade band"), N("7–8", note="grade band"), N("9", ctx="| [9] | 12,8", note="grade"),
        N("2026", ctx="höstterminen [2026],", note="places the target"), N("2026", ctx="för [2026] till", note="places the money"),
        N("3", ctx="Rådhusgatan [3],", note="address"), N("443 80", note="postal code"), N("0302-52 10 00", note="phone"),
    ]

    # ------------------------------------------------------------ 4. municipality energy and emissions report 2025 (Publicerad 14 april 2026)
    UK = ("Kommunkoncernens utsläpp av växthusgaser", "utsläpp")
    EA = ("Energianvändningen i de egna lokalerna", "Energianvändningen")
    AD = ("Andelen fossilfria drivmedel i fordonsflottan", "Andelen")
    SO = ("Solcellsanläggningarna på skolor och förskolor", "Solcellsanläggningarna")
    JH = ("Jonas Hedberg", "quote")
    UT = ("Utsläpp", "Utsläpp")
    ut = [("tonne", 1, None, Y15, F, F), ("tonne", 1, None, Y24, F, F), ("tonne", 1, None, Y25, F, F),
          ("percent", 1, None, ("2015", "2025"), F, True)]
    GOLD["r22_b_energi_klimat_2025"] = [
        G("4 380 ton", 4380, "tonne", t=Y25, direction="decrease", s=UK, sp=None, note="'uppgick 2025 till'; next sentence 'Det är 9 procent mindre': the new value"),
        G("9 procent", 9, "percent", **L25, direction="decrease", s=UK, sp=None, note="'mindre än året före'"),
        G("52 procent", 52, "percent", **L25, direction="decrease", s=UK, sp=None, note="'lägre än basåret 2015': the 2025 level against the base year"),
        G("9 110 ton", 9110, "tonne", t=Y15, s=("utsläppen", "utsläppen"), sp=None, note="'då utsläppen var'"),
        G("70 procent", 70, "percent", t=Y30, direction="decrease", s=("Målet i kommunens klimatplan", "Målet"), sp=None, note="a target 'en minskning med 70 procent till 2030': required"),
        G("1 420 ton", 1420, "tonne", **L25, s=("Kommunens fordon och arbetsmaskiner", "fordon"), sp=None, note="'släppte ut': the emitters, no noun after 'ton'"),
        G("en knapp tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=("totalen", "totalen"), sp=None),
        G("58", 58, "percent", ctx="från [58] till", **L24, s=AD, sp=None, note="from-value of 'på ett år'"),
        G("71 procent", 71, "percent", **L25, direction="increase", s=AD, sp=None, note="'har lyft från ... till'"),
        G("124", 124, "count", ctx="och [124] av", t=Y26, s=("kommunens 190 personbilar", "personbilar"), sp=None, note="'är nu': the publication date"),
        G("190", 190, "count", ctx="kommunens [190] personbilar", t=Y26, s=("personbilar", "personbilar"), sp=None),
        G("128 kWh per kvadratmeter och år", 128, "kWh", per="m2", **L25, direction="decrease", s=EA, sp=None, note="'per kvadratmeter och år': the non-time denominator; next sentence 'Det är en sänkning med'"),
        G("4 kWh per kvadratmeter", 4, "kWh", per="m2", **L25, direction="decrease", s=EA, sp=None, note="'sedan 2024': the change over 2025"),
        G("23 procent", 23, "percent", t=("2015", "2025"), lenient=True, direction="decrease", s=EA, sp=None, note="'sedan 2015': 2015 to the report year"),
        G("166 kWh", 166, "kWh", t=Y15, s=EA, sp=None, note="'då den låg på': no 'per' written (as r21_b's '819 ton')"),
        G("312 000 kvadratmeter", 312000, "m2", t=Y26, s=("lokalyta", "lokalyta"), sp=None, note="'i dag' resolves"),
        G("2 640 MWh", 2640, "MWh", **L25, s=SO, sp=None),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", **L25, direction="increase", optional=True, s=SO, sp=None, note="multiplier against 2021"),
        G("ungefär 6 procent", 6, "percent", bound="approx", **L25, s=SO, sp=None, note="'Det täcker': 'Det' stands for the production"),
        *_row(G, "Transporter", ["3 260", "1 610", "1 420", "−56 %"], ut, UT, note="table 'Tabell 1. Utsläpp per sektor, ton koldioxidekvivalenter': '2015' / '2024' / '2025' / 'Förändring 2015–2025' (explicit, signed); rows are sectors: the caption's measure"),
        *_row(G, "Uppvärmning lokaler", ["2 870", "1 150", "1 030", "−64 %"], ut, UT),
        *_row(G, "Elanvändning", ["940", "560", "540", "−43 %"], ut, UT),
        *_row(G, "Tjänsteresor", ["610", "390", "410", "−33 %"], ut, UT),
        *_row(G, "Livsmedel i storkök", ["1 430", "1 100", "980", "−31 %"], ut, UT),
        *_row(G, "Totalt", ["9 110", "4 810", "4 380", "−52 %"], ut, UT),
        G("halvera", 0.5, "ratio", direction="decrease", optional=True, s=("Tjänsteresorna", "Tjänsteresorna"), sp=JH, note="multiplier 'dem måste vi halvera på fem år' (no year: no period)"),
        G("18 miljoner kronor", 18e6, "SEK", t=Y26, s=("energieffektivisering av sju skolor", "energieffektivisering"), sp=None, note="'Under 2026'; goal of the money"),
        G("1 900 MWh per år", 1900, "MWh", per="year", **L26, direction="decrease", s=("energianvändningen", "energianvändningen"), sp=None, note="'beräknas sänka ... med'"),
    ]
    NEG["r22_b_energi_klimat_2025"] = [
        N("2025", ctx="klimatredovisning [2025]", note="title"), N("14 april 2026", note="Publicerad line"),
        N("2025", ctx="uppgick [2025] till", note="places the claim"), N("2015", ctx="basåret [2015],", note="places the comparison"),
        N("2030", note="places the target"), N("2015", ctx="jämfört med [2015].", note="places the target's base"),
        N("2024", ctx="sedan [2024] och", note="places the change"), N("2015", ctx="sedan [2015], då", note="places the change"),
        N("2021", note="places the comparison"), N("1", ctx="Tabell [1].", note="table number"),
        N("2015", ctx="Sektor [2015]", note="column header"), N("2024", ctx="2015 [2024] 2025", note="column header"),
        N("2025", ctx="2024 [2025] Förändring", note="column header"), N("2015–2025", note="column header"),
        N("2026", ctx="Under [2026] investerar", note="places the investment"), N("1", ctx="Stortorget [1],", note="address"),
        N("571 80", note="postal code"), N("0380-47 00 00", note="phone"),
    ]

    # ------------------------------------------------------------ 5. party page on healthcare (UNDATED: no date, no sidecar)
    ML = ("Medborgarliberalerna", "publisher")
    VG = ("vårdgarantin för operationer", "vårdgarantin")
    GOLD["r22_b_parti_vard"] = [
        G("över 160 000 patienter", 160000, "count", bound="more_than", s=("patienter", "patienter"), sp=None, note="'I dag' in an undated text: no period"),
        G("var tredje", 1 / 3, "ratio", s=("patienter", "patienter"), sp=None, note="'var tredje av dem': 'dem' stands for the patients"),
        G("90 dagar", 90, "day", ctx="vårdgarantins [90 dagar].", bound="more_than", optional=True, s=None, sp=None, note="'längre än vårdgarantins 90 dagar': threshold that defines the count"),
        G("ungefär 2 vårdplatser", 2, "count", bound="approx", per="capita", s=("vårdplatser", "vårdplatser"), sp=None, note="'per 1 000 invånare'"),
        G("mer än dubbelt så många", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier between countries: no direction; countries as subject"),
        G("2,5 platser", 2.5, "count", per="capita", s=("platser", "platser"), sp=None),
        G("25 procent", 25, "percent", ctx="kirurgi med [25 procent]", direction="decrease", s=("väntetiderna till planerad kirurgi", "väntetiderna"), sp=None, note="'sedan 2019' in an undated text: no end, no period"),
        G("1 200 patienter", 1200, "count", per="day", s=("patienter", "patienter"), sp=None, note="'Varje dygn ... i genomsnitt'"),
        G("nästan 40 procent", 40, "percent", bound="approx", s=("Sjukfrånvaron bland sjuksköterskor", "Sjukfrånvaron"), sp=None, note="a comparison between groups: no direction"),
        G("över 6 miljarder kronor om året", 6e9, "SEK", bound="more_than", per="year", s=("inhyrd personal", "personal"), sp=None, note="the payer is no subject; goal of the money"),
        G("3 000 fler vårdplatser", 3000, "count", direction="increase", s=("vårdplatser", "vårdplatser"), sp=ML, note="list under 'Därför vill vi:'; 'fler': an addition"),
        G("Halvera vårdköerna", 0.5, "ratio", direction="decrease", optional=True, s=("vårdköerna", "vårdköerna"), sp=ML, note="multiplier promise"),
        G("90", 90, "day", ctx="från [90] till 60", s=VG, sp=ML, note="from-value of the promised change"),
        G("60 dagar", 60, "day", direction="decrease", s=VG, sp=ML),
        G("5 000 fler undersköterskor", 5000, "count", direction="increase", s=("undersköterskor", "undersköterskor"), sp=ML),
        G("2 000 kronor i månaden", 2000, "SEK", per="month", direction="increase", s=("ett statligt lönelyft", "lönelyft"), sp=ML, note="a 'lönelyft' is a raise"),
        G("39 procent", 39, "percent", s=None, sp=None, note="'I dag har bara 39 procent det': a third-person fact inside the list; no measure named"),
        G("över 70 procent", 70, "percent", bound="more_than", s=None, sp=None, note="'i Norge': elided"),
        G("9,4 miljarder kronor per år", 9.4e9, "SEK", per="year", s=("Våra förslag", "förslag"), sp=ML),
        G("4,1 miljarder kronor", 4.1e9, "SEK", s=("vårdplatserna", "vårdplatserna"), sp=ML, note="'Av det går ... till': continues 'Våra förslag'"),
        G("2,6 miljarder kronor", 2.6e9, "SEK", s=("undersköterskornas löner", "löner"), sp=ML),
        G("minst 3 miljarder kronor per år", 3e9, "SEK", bound="at_least", per="year", direction="decrease", s=("regionernas utgifter för hyrpersonal", "utgifter"), sp=ML, note="'minska ... med'"),
        G("17 procent", 17, "percent", s=("Primärvården", "Primärvården"), sp=None),
        G("omkring 25 procent", 25, "percent", bound="approx", s=None, sp=None, note="'i Danmark': elided"),
        G("22 procent", 22, "percent", direction="increase", s=("andelen", "andelen"), sp=ML, note="'Vi vill att andelen ska öka till ... inom åtta år': no year, no period"),
    ]
    NEG["r22_b_parti_vard"] = [
        N("1 000", ctx="vårdplatser per [1 000] invånare", note="'per 1 000 invånare': the denominator"),
        N("1 000", ctx="2,5 platser per [1 000] invånare", note="the denominator"),
        N("2019", note="places the change"), N("3315", note="address (Box)"), N("103 66", note="postal code"),
    ]

    # ------------------------------------------------------------ 6. weekly price watch, week 38 (sidecar 2026-09-18)
    DI = ("en liter diesel", "liter")
    BK = ("Bryggkaffet", "Bryggkaffet")
    PV = ("Prisvakten", "publisher")
    pw = lambda per: [("SEK", 1, per, Y26, True, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True)]
    GOLD["r22_b_prisvakten_v38"] = [
        G("18,74 kronor", 18.74, "SEK", ctx="i snitt [18,74 kronor],", **L26, direction="decrease", s=DI, sp=None, note="'förra veckan' only names the baseline: the week of the document, lenient; ', 21 öre mindre än': the new value; the price of a litre: per None"),
        G("21 öre", 0.21, "SEK", **L26, direction="decrease", s=DI, sp=None),
        G("2,36 kronor", 2.36, "SEK", **L26, direction="decrease", s=DI, sp=None, note="'under nivån för ett år sedan'"),
        G("17,89 kronor litern", 17.89, "SEK", per="l", **L26, s=("Bensinen", "Bensinen"), sp=None, note="'låg still': no direction"),
        G("149,90 kronor kilot", 149.90, "SEK", per="kg", t=Y26, direction="increase", s=BK, sp=None, note="'nu'; ', en ökning med 3,2 procent': the new value"),
        G("3,2 procent", 3.2, "percent", t=Y26, direction="increase", s=BK, sp=None, note="'från veckan innan'"),
        G("27 procent", 27, "percent", **L26, direction="increase", s=("kaffepriset", "kaffepriset"), sp=None, note="'Mot samma vecka i fjol ... dragit iväg med': 'i fjol' names the baseline only"),
        G("109,50 kronor per kilo", 109.50, "SEK", per="kg", **L26, s=("Smöret", "Smöret"), sp=None),
        G("135 kronor kilot", 135, "SEK", per="kg", bound="more_than", **L26, direction="increase", s=("nötfärsen", "nötfärsen"), sp=None, note="'har passerat': a level crossed on the way up"),
        G("4,1 procent", 4.1, "percent", ctx="däremot [4,1 procent] billigare", **L26, direction="decrease", s=("Potatisen", "Potatisen"), sp=None, note="'på en vecka'"),
        G("24 vanliga varor", 24, "count", t=Y26, s=("vanliga varor", "varor"), sp=PV, note="'Vår matkorg': the publisher"),
        G("1 286 kronor", 1286, "SEK", t=Y26, s=("Vår matkorg", "matkorg"), sp=PV, note="'den här veckan' resolves"),
        G("1 512 kronor", 1512, "SEK", t=Y26, s=("Vår matkorg", "matkorg"), sp=PV),
        G("226 kronor", 226, "SEK", t=Y26, s=("en skillnad", "skillnad"), sp=PV, note="a gap between shops: no direction"),
        G("knappt 18 procent", 18, "percent", bound="approx", t=Y26, s=("en skillnad", "skillnad"), sp=PV),
        *_row(G, "Diesel, kr/l", ["18,74", "−1,1 %", "−11,2 %"], pw("l"), ("Diesel", "Diesel"), note="table 'Veckans priser i urval': 'Pris v. 38' / 'Mot v. 37' / 'Mot motsv. vecka 2025' (all 2026 lenient: a week without a year; change columns signed); the row label carries the unit"),
        *_row(G, "Bensin 95, kr/l", ["17,89", "0,0 %", "−6,4 %"], pw("l"), ("Bensin 95", "Bensin")),
        *_row(G, "Bryggkaffe, kr/kg", ["149,90", "+3,2 %", "+27,0 %"], pw("kg"), ("Bryggkaffe", "Bryggkaffe")),
        *_row(G, "Smör, kr/kg", ["109,50", "+0,8 %", "+4,9 %"], pw("kg"), ("Smör", "Smör")),
        *_row(G, "Potatis, kr/kg", ["14,20", "−4,1 %", "−2,7 %"], pw("kg"), ("Potatis", "Potatis")),
        *_row(G, "Nötfärs, kr/kg", ["139,00", "+1,5 %", "+6,1 %"], pw("kg"), ("Nötfärs", "Nötfärs")),
        *_row(G, "Bananer, kr/kg", ["24,90", "0,0 %", "+3,8 %"], pw("kg"), ("Bananer", "Bananer")),
        *_row(G, "Mellanmjölk, kr/l", ["15,40", "+0,7 %", "+2,0 %"], pw("l"), ("Mellanmjölk", "Mellanmjölk")),
        G("40 butiker", 40, "count", **L26, s=("butiker", "butiker"), sp=None, note="the sample: required"),
        G("60 bemannade och obemannade stationer", 60, "count", **L26, s=("bemannade och obemannade stationer", "stationer"), sp=None),
    ]
    NEG["r22_b_prisvakten_v38"] = [
        N("38", ctx="vecka [38]:", note="title: week number"), N("38", ctx="Pris v. [38]", note="column header: week number"),
        N("37", note="column header: week number"), N("2025", ctx="vecka [2025]", note="column header"),
        N("95", ctx="Bensin [95],", note="part of the product's name"),
    ]

    # ------------------------------------------------------------ 7. public-transport fares from 1 February 2027 (HTML, Publicerad 22 oktober 2026)
    EB = ("En enkelbiljett inom en zon", "enkelbiljett")
    MK = ("månadskortet för hela länet", "månadskortet")
    PP = ("Priser", "Priser")
    AR = ("antalet resor", "antalet")
    SN = ("Sofia Nyqvist", "quote")
    kt = [("SEK", 1, None, Y26, True, F), ("SEK", 1, None, Y27, F, F), ("SEK", 1, None, Y27, True, True)]
    GOLD["r22_b_kollektivtrafik_taxor"] = [
        G("34", 34, "SEK", ctx="upp från [34] till", **L26, s=EB, sp=None, note="from-value: today's price"),
        G("36 kronor", 36, "SEK", ctx="till [36 kronor],", **L27, direction="increase", s=EB, sp=None, note="the year from the sentence before ('Den 1 februari 2027')"),
        G("50 kronor", 50, "SEK", ctx="blir [50 kronor] dyrare", **L27, direction="increase", s=MK, sp=None),
        G("1 090 kronor", 1090, "SEK", ctx="kostar [1 090 kronor].", **L27, direction="increase", s=MK, sp=None, note="'blir 50 kronor dyrare och kostar': the new value"),
        G("4,8 procent", 4.8, "percent", **L27, direction="increase", s=("Prisjusteringen", "Prisjusteringen"), sp=None, note="'i snitt': an average, no bound; a 'justering' upwards"),
        *_row(G, "Enkelbiljett, 1 zon", ["34", "36", "+2"], kt, PP, note="HTML table (caption 'Priser i kronor för vuxen'): 'Pris i dag' (2026 lenient) / 'Från 1 februari 2027' (explicit) / 'Höjning, kr' (2027 lenient, signed); rows are ticket types: the caption's measure"),
        *_row(G, "Enkelbiljett, hela länet", ["92", "96", "+4"], kt, PP),
        *_row(G, "30-dagarsbiljett, 1 zon", ["720", "760", "+40"], kt, PP),
        *_row(G, "30-dagarsbiljett, hela länet", ["1 040", "1 090", "+50"], kt, PP),
        *_row(G, "Årsbiljett, hela länet", ["10 400", "10 900", "+500"], kt, PP),
        G("25 procent", 25, "percent", **L27, s=("rabatt", "rabatt"), sp=None, note="'även i fortsättningen': no change"),
        G("40 procent", 40, "percent", ctx="ungdomar till [40 procent]", **L27, direction="increase", s=("rabatten för ungdomar", "rabatten"), sp=None, note="'från den 1 februari höjs ... till' (no year)"),
        G("390 kronor per månad", 390, "SEK", per="month", **L27, s=("Seniorkortet", "Seniorkortet"), sp=None, note="'behåller sitt pris': no direction"),
        G("46 procent", 46, "percent", t=Y26, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'i dag' resolves"),
        G("närmare 21 miljoner", 21e6, "count", bound="approx", t=Y26, direction="increase", s=AR, sp=None, note="'Under 2026 har antalet resor ökat till'"),
        G("7 procent", 7, "percent", t=Y26, direction="increase", s=AR, sp=None, note="'fler än 2025'"),
        G("3,1 procent", 3.1, "percent", t=Y26, direction="increase", s=("kostnaden per resa", "kostnaden"), sp=None),
        G("cirka 38 miljoner kronor om året", 38e6, "SEK", bound="approx", per="year", **L27, direction="increase", s=("underskottet", "underskottet"), sp=SN, note="a hypothetical growth without the change"),
    ]
    NEG["r22_b_kollektivtrafik_taxor"] = [
        N("2027", ctx="Prisjustering [2027]", note="breadcrumb"), N("1 februari 2027", ctx="tåg den [1 februari 2027]", note="heading"),
        N("22 oktober 2026", note="Publicerad line"), N("1 februari 2027", ctx="Den [1 februari 2027] justeras", note="places the change"),
        N("29 september", note="decision date"), N("1 februari 2027", ctx="Från [1 februari 2027]", note="column header"),
        N("1", ctx="Enkelbiljett, [1] zon 34", note="ticket name"), N("1", ctx="30-dagarsbiljett, [1] zon", note="ticket name"),
        N("30", ctx="[30]-dagarsbiljett, 1", note="ticket name"), N("30", ctx="[30]-dagarsbiljett, hela", note="ticket name"),
        N("30", ctx="på [30]-dagarsbiljetter", note="ticket name"), N("1 februari", ctx="från den [1 februari] höjs", note="places the change"),
        N("09.00", note="time of day"), N("15.00", note="time of day"), N("2026", ctx="Under [2026] har", note="places the claim"),
        N("2025", ctx="än [2025],", note="places the comparison"), N("1 februari", ctx="före den [1 februari] gäller", note="validity rule"),
        N("2027", ctx="tidtabeller [2027]", note="related link"), N("556934-1178", note="org number"),
        N("9", ctx="Järnvägsgatan [9],", note="address"), N("791 71", note="postal code"), N("0771-45 45 00", note="phone"),
        N("07.00–19.00", note="opening hours"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. regional tourism board, annual report 2025 (Markdown, Publicerad 17 mars 2026)
    AG = ("Antalet kommersiella gästnätter", "Antalet")
    SG2 = ("De svenska gästnätterna", "gästnätterna")
    UG = ("de utländska gästerna", "gästerna")
    NA = ("nätter", "nätter")
    OM = ("Turismens samlade omsättning i regionen", "omsättning")
    AT = ("årsarbetstillfällen", "årsarbetstillfällen")
    LM = ("Lars-Erik Munther", "quote")
    tu = lambda u, sc, cu="percent": [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y19, F, F),
                                      (cu, 1, None, Y25, True, True)]
    GOLD["r22_b_turism_2025"] = [
        G("2 184 000", 2184000, "count", **L25, direction="increase", s=AG, sp=None, note="'under 2025' in the sentence before; ', en ökning med 5,3 procent': the new value"),
        G("5,3 procent", 5.3, "percent", ctx="med [5,3 procent] mot", **L25, direction="increase", s=AG, sp=None),
        G("14 procent", 14, "percent", **L25, direction="increase", s=AG, sp=None, note="'över nivån 2019': the 2025 level against an earlier year"),
        G("2,9 procent", 2.9, "percent", **L25, direction="increase", s=SG2, sp=None),
        G("1 512 000", 1512000, "count", **L25, direction="increase", s=SG2, sp=None, note="'ökade med ... till'"),
        G("672 000", 672000, "count", ctx="blev [672 000],", **L25, direction="increase", s=UG, sp=None, note="'de' stands for 'de utländska gästerna'; ', hela 11 procent fler än året innan'"),
        G("11 procent", 11, "percent", **L25, direction="increase", s=UG, sp=None),
        G("198 000 nätter", 198000, "count", **L25, s=NA, sp=("Destination Fjällmarken", "publisher"), note="a country is no measure: the counted noun; 'vår viktigaste utlandsmarknad': the publisher's first person"),
        G("61 000", 61000, "count", ctx="från [61 000] till", t=Y19, lenient=True, s=NA, sp=None, note="'på sex år': from-value six years before the report year"),
        G("104 000 nätter", 104000, "count", **L25, direction="increase", s=NA, sp=None),
        G("mer än hälften", 0.5, "ratio", bound="more_than", **L25, s=("alla gästnätter", "gästnätter"), sp=None, note="present tense"),
        G("706 000 gästnätter", 706000, "count", **L25, direction="increase", s=("gästnätter", "gästnätter"), sp=None, note="'Mellan juni och augusti' (no year); ', 9 procent fler än sommaren 2024'"),
        G("9 procent", 9, "percent", ctx=", [9 procent] fler", **L25, direction="increase", s=("gästnätter", "gästnätter"), sp=None),
        G("6,7 miljarder kronor", 6.7e9, "SEK", **L25, direction="increase", s=OM, sp=None, note="', att jämföra med 6,2 miljarder kronor 2024': the new value"),
        G("6,2 miljarder kronor", 6.2e9, "SEK", t=Y24, s=OM, sp=None),
        G("4,9 miljarder kronor", 4.9e9, "SEK", t=Y19, s=OM, sp=None),
        G("1 180 kronor per dygn", 1180, "SEK", per="day", **L25, s=("boende, mat, aktiviteter och handel", "boende"), sp=None, note="the payer is no subject; what the money goes to"),
        G("4 350 årsarbetstillfällen", 4350, "count", **L25, direction="increase", s=AT, sp=None),
        G("160", 160, "count", ctx=", [160] fler", **L25, direction="increase", s=None, sp=None, note="'160 fler än ett år tidigare': elided"),
        G("Omkring vart fjärde", 0.25, "ratio", bound="approx", **L25, s=("nytt jobb", "jobb"), sp=None),
        *_row(G, "Gästnätter, tusental", ["2 184", "2 074", "1 916", "+5,3 %"], tu("count", 1e3), ("Gästnätter", "Gästnätter"), sep=" | ", note="Markdown table: '2025' / '2024' / '2019' (explicit) / 'Förändring mot 2024' (2025 lenient, signed); rows are measures"),
        *_row(G, "varav utländska, tusental", ["672", "605", "548", "+11,1 %"], tu("count", 1e3), ("varav utländska", "utländska"), sep=" | "),
        *_row(G, "Omsättning, mdkr", ["6,7", "6,2", "4,9", "+8,1 %"], tu("SEK", 1e9), ("Omsättning", "Omsättning"), sep=" | "),
        *_row(G, "Årsarbetstillfällen", ["4 350", "4 190", "3 780", "+3,8 %"], tu("count", 1), ("Årsarbetstillfällen", "Årsarbetstillfällen"), sep=" | "),
        *_row(G, "Beläggning hotell, %", ["47,2", "45,8", "44,1"], tu("percent", 1)[:3], ("Beläggning hotell", "Beläggning"), sep=" | "),
        G("+1,4", 1.4, "percentage_point", ctx="44,1 | [+1,4] p.e.", **L25, direction="increase", s=("Beläggning hotell", "Beläggning"), sp=None, note="'p.e.' and the note below the table: procentenheter"),
        G("45 procent", 45, "percent", t=Y30, direction="increase", s=("sommarhalvåret", "sommarhalvåret"), sp=LM, note="target 'Till 2030', ', i dag är andelen 38 procent'"),
        G("38 procent", 38, "percent", t=Y26, s=("andelen", "andelen"), sp=LM, note="'i dag' resolves"),
        G("3 200 svar", 3200, "count", **L25, s=("svar", "svar"), sp=None, note="the survey behind the report"),
    ]
    NEG["r22_b_turism_2025"] = [
        N("2025", ctx="Fjällmarken [2025] –", note="title"), N("17 mars 2026", note="Publicerad line"),
        N("2025", ctx="under [2025].", note="places the claim"), N("2024", ctx="mot [2024] och", note="places the comparison"),
        N("2019", ctx="nivån [2019],", note="places the comparison"), N("2024", ctx="sommaren [2024].", note="places the comparison"),
        N("2024", ctx="kronor [2024] och", note="places the figure"), N("2019", ctx="kronor [2019].", note="places the figure"),
        N("2025", ctx="| [2025] | 2024", note="column header"), N("2024", ctx="2025 | [2024] | 2019", note="column header"),
        N("2019", ctx="2024 | [2019] | Förändring", note="column header"), N("2024", ctx="Förändring mot [2024] |", note="column header"),
        N("2030", note="places the target"), N("22", ctx="Storgatan [22],", note="address"), N("840 95", note="postal code"),
    ]
    return GOLD, NEG
