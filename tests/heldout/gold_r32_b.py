"""Round 32, part B (r32_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 32, part B (r32_b_*): eight kinds, written from scratch (r32_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a real-estate company's
# interim report January-September 2026 (dateline 'Örebro den 28 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period föregående år'; en-dash bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in
# Mkr, kronor per aktie and procent, a signed bracket '36 (−88) Mkr', överskottsgrad, uthyrningsgrad, belåningsgrad
# ', jämfört med ... vid årsskiftet'; a 'VD HAR ORDET' paragraph ending in 'säger verkställande direktör ...' with a
# range forecast 'mellan 290 och 305 Mkr'; the property stock in kvadratmeter, 'mdkr' and 'kronor per kvadratmeter',
# 'X står för Y procent av värdet', sales 'cirka 5 procent över det senast bokförda värdet'; financing 'sjönk till ...
# från ... ett år tidigare', '2,1 gånger, jämfört med bolagets mål om minst 1,8 gånger'; plain-text table 'KONCERNEN PER
# KVARTAL (Mkr om inget annat anges)' 'Kv 3 2026' / 'Kv 2 2026' / 'Kv 1 2026' / 'Kv 3 2025'), a central bank's
# policy-rate decision ('Publicerad 19 november 2026 kl. 09.30'; 'sänka styrräntan med 0,25 procentenheter till 1,75
# procent', 'den tredje sänkningen i år', 'i januari låg räntan på', KPIF 'ned från', the inflation target, 'att
# jämföra med ... ett år tidigare'; the governor's quote; the rate path 'omkring 1,75 procent under större delen av
# 2027', 'lägre än 50 procent'; GDP 'i år och ... 2027', 'en nedrevidering med 0,4 procentenheter för 2027 jämfört med
# den förra prognosen'; plain-text table 'Tabell 1. Prognos i sammandrag (årlig procentuell förändring om inget annat
# anges, septemberprognosen inom parentes)' '2026' / '2027' / '2028' with a bracketed previous forecast in every cell;
# 'Enligt bankens beräkningar ... med 10 procent ... mellan 0,5 och 0,8 procentenheter efter två år'; two dissenting
# members 'förordade en sänkning med 0,5 procentenheter', 'stiga över 9 procent under vintern'), a credit bureau's
# bankruptcy statistics for November 2026 (Markdown, '*Kreditfakta Norden · Publicerad 30 november 2026*'; '712
# aktiebolag ..., enligt Kreditfaktas preliminära statistik. Det är en ökning med 9,5 procent jämfört med november
# 2025, då 650 bolag', 'knappt 300 fler än samma månad i fjol', 'Under januari–november ..., vilket är 4,2 procent fler
# än under motsvarande period förra året', 'under årets elva första månader'; the analyst's quote; Markdown table
# 'Konkurser per bransch' 'Nov 2026' / 'Nov 2025' / 'Förändring, %' with a bold total row; 'drygt var femte konkurs',
# 'mer än dubbelt så många som ett år tidigare', 'per 10 000 aktiebolag ... 3,1, mot 2,2 för riket', '61 procent färre än
# fem anställda', 'omkring 9 av 10 en omsättning under 10 miljoner kronor'; the bureau's forecast 'mellan 8 100 och 8
# 300, vilket vore minst 3 procent fler än 2025', 'För 2027 väntas en minskning med 5–8 procent'), a TT article on
# household electricity costs this winter ('Publicerad 24 november 2026 kl. 06.00', 'STOCKHOLM (TT)'; forward prices
# 'för december–februari' in öre per kilowattimme by elområde, 'Förra vintern var snittpriset ... hela 149 öre'; a
# worked example 'omkring 20 000 kilowattimmar per år' with 'runt 4 300 kronor per månad' enligt TT:s beräkningar
# against Luleå 'mindre än hälften' and 'I fjol ... 5 100 kronor per månad', 'en besparing på omkring 800 kronor i
# månaden, eller 2 400 kronor över hela vintern'; an analyst's quote and reported forecast 'mellan 90 och 130 öre ...
# under januari', 'över 3 kronor per kWh'; 'Drygt 40 procent av hushållen ..., en andel som ökat med 6 procentenheter
# på två år', 'nästan var fjärde villaägare ... sedan 2022', '15–30 procent'; the minister's quote '2 miljarder kronor'
# and a threshold '150 öre per kilowattimme'; the opposition's '11 procent det senaste året', '900 kronor mer per år'; a
# FAKTA box), an UNDATED party page on schools (Markdown, no date, no sidecar; teachers per pupil against Finland,
# 'Nästan var tredje lärare', 'över 50 procent', 'Fler än 14 000 elever lämnade förra året', '18 poäng högre',
# 'Enligt lärarprognoserna ... mellan 12 000 och 18 000 behöriga lärare år 2035', 'Var femte ... inom fem år'; a
# numbered list of five promises '10 000 fler lärare', '6,5 miljarder kronor per år', 'Max 20 elever per klass', 'i
# snitt 22 elever', 'minst tre timmar extra stöd i veckan', '4 000 kronor i månaden ... minst 40 000 kronor', 'ungefär en
# tredjedel av sin arbetstid ... ska halveras', '3 000 lärarassistenter'; 'knappt 10 miljarder kronor per år', 'mindre än
# 1 procent av statens budget'; the spokesperson's quote; 'en minskning med fem elever per klass ... ett halvt
# läsår'; 'pdf, 36 sidor'), a municipal water company's tariff decision for 2027 dated only by its sidecar
# (2026-11-17; 'höjs i genomsnitt med 9 procent', 'knappt 80 kronor per månad', 'omkring 640 miljoner kronor', 'Under 2027
# investerar bolaget 185 miljoner kronor, jämfört med 132 miljoner kronor under 2026'; the CEO's quote 'ungefär 0,6
# procent av ledningarna per år ... minst 1 procent'; 'höjs från 4 260 kronor till 4 580 kronor per år', 'stiger från
# 38,40 kronor till 42,10 kronor' per kubikmeter, a normalvilla '150 kubikmeter vatten per år' paying '11 575 kronor per
# år ..., jämfört med 10 650 kronor i år. Det är en ökning med 8,7 procent', the national average 'omkring 10 250
# kronor per år', 'cirka 13 procent över riksgenomsnittet'; plain-text table 'Avgifter för en villa, kronor inklusive
# moms' '2026' / '2027' / 'Förändring, %'; 'knappt 22 kronor per månad', 'nästan 5 procent sedan 2020', 'i sex
# veckor'), a concert hall's season summary 2025/26 (HTML with menu and footer, 'Pressmeddelande · Publicerad 30 juni
# 2026'; '186 400 biljetter till 412 föreställningar, en ökning med 11 procent jämfört med säsongen 2024/25 och drygt 9
# 000 fler än under det tidigare rekordåret 2018/19'; occupancy ', mot 81 procent säsongen innan', '6 procentenheter
# över genomsnittet för landets konserthus'; ticket revenue 'ökade med 14 procent till'; HTML table 'Publik per scen,
# säsongen 2025/26 jämfört med 2024/25' 'Föreställningar' / 'Besökare 2025/26' / 'Besökare 2024/25' / 'Förändring, %'
# / 'Beläggning, %' with a total row; 'för tredje säsongen i rad', '19 procent av publiken, jämfört med 14 procent för
# fem år sedan'; the director's quote 'fördubblat ... på tre år'; turnover, 'varav ... bidrag stod för', 'en minskning
# med 0,8 miljoner'; next season 'mellan 420 och 440 föreställningar', 'högst 5 procent', 'minst 30 000 biljetter ...
# för 100 kronor eller mindre'), and a region's public-health survey 2026 ('Publicerad 5 november 2026'; 'Nästan sju av
# tio invånare ..., 69 procent' against 2022 and 'riksgenomsnittet på 72 procent'; shares by sex and age group; 'en
# ökning med 2 procentenheter sedan förra mätningen, och högre än i riket som helhet'; 'har sjunkit från 8 procent till
# 6 procent'; 'mer än dubbelt så många som 2022'; the public-health chief's quote 'ungefär hälften så stor risk';
# plain-text table 'Tabell. Utvalda indikatorer, andel i procent av befolkningen 16–84 år' 'Länet 2026' / 'Länet 2022'
# / 'Förändring, procentenheter' / 'Riket 2026'; 'minst 150 minuter i veckan, mot 64 procent i landet', two
# municipalities; '24 miljoner kronor per år under 2027–2029', a target 'minst 73 procent år 2030'; method '18 000
# slumpvis utvalda personer', 'Svarsfrekvensen blev 54,7 procent, att jämföra med 49,2 procent 2022').
# The r8-r31 decisions are followed (see the headers of gold_r28_a.py, gold_r30_a.py, gold_r31_a.py and gold_r31_b.py):
# periods at year grain; a relative expression in the sentence ('i fjol', 'förra året', 'i år', 'årets', 'samma månad i
# fjol', 'Förra vintern') resolves against the publication date (or the sidecar's) and is not lenient, while a month or
# quarter without a year, 'ett år tidigare', 'vid årsskiftet', 'säsongen innan', 'för fem år sedan', 'i dag', 'nu', a
# heading's, a caption's or the document's period and present tense are lenient; brackets 'motsvarande period
# föregående år' are the previous year, lenient; a level followed by ', mot', ', jämfört med', ', att jämföra med', ',
# en ökning/minskning med', ', X fler än', ', vilket är X fler än' or by a next sentence stating the change ('Det är en
# ökning med', 'Det är något lägre än 2022, då andelen var', 'Förra vintern var snittpriset') is the new value after a
# change; a change against a named earlier month or year ('en ökning med 9,5 procent jämfört med november 2025') takes
# the figure's own period (lenient when that period is not written), as r31_a; from-values have no direction;
# comparisons at one time (another price area, another city, the national average, Finland, another stage, men against
# women, one age group against another, the previous forecast against the new one, the book value, a target) have no
# direction; multipliers ('mer än dubbelt så många', 'mindre än hälften', 'fördubblat', 'halveras', 'ungefär hälften så
# stor') optional; thresholds, definitions, age limits and age bands, worked-example inputs, method figures other than the
# response rate and a fact box's standing facts optional; targets, forecasts and promises required; a target with no
# change word has no direction; standing targets with no year have no period; table cells take their column headers'
# periods (a caption's period lenient), change columns take their direction from the sign ('0' none); rows that are
# measures take their own label, rows that are categories (industries, stages) the heading's or caption's measure or
# each column's header; bold total rows annotated cell by cell; öre are SEK/100; 'per kvadratmeter' per="m2", 'per
# kubikmeter' per="m3", 'per aktie' per="share", 'per år' per="year", 'per månad' / 'i månaden' per="month", 'per kWh' /
# 'per kilowattimme' per="kWh" (carried to a bare 'öre' of the same price), 'i veckan' per="week", 'per klass'
# per="class", 'på varje heltidslärare' per="teacher"; 'gånger' a number; 'vilket' / 'Det' / 'varav' without a noun /
# elided nouns / pronouns have s None; the payer, the spender, the earner and the holder are no subject; a country, a
# county, a municipality or a city as grammatical subject is a place (s None); 'X procent av Y' / 'Av Y ... X' take Y,
# 'X står för Y' and 'X utgör Y av Z' take X; an apposition keeps the subject of its figure; a paragraph or quote ending
# in 'säger ...' credits every figure in it (quote); 'Enligt X' is source 'enligt'; a reported 'räknar med' / 'menade
# att' / 'kritiserar ... för att' of a named person or body is 'credited'; a party's 'Vi ...' sentences, its 'våra
# förslag' and its numbered list are the publisher's, the rest of its page plain reporting; a release's third-person
# statements about its own sender ('Direktionen i Centralbanken har beslutat', 'Regionen satsar') are plain reporting;
# the UNDATED text has no period except where a year is written out; table and list numbering, digits in names
# ('elområde 4'), column headers, dates, times of day, phone numbers, postal codes, box numbers and org numbers are N.
# Where those were silent, decided here:
# - Real estate (dateline 2026-10-28): bullets under 'TREDJE KVARTALET' and 'JANUARI–SEPTEMBER' 2026 lenient, brackets
#   2025 lenient; 'ökade till' / 'ökade med ... till' increase, 'uppgick till', 'blev', 'var' none; 'Värdeförändringar
#   ... 36 (−88) Mkr' a signed level of a flow, no direction (r28_a); 'motsvarande 1,12 (0,99) kronor per aktie' keeps
#   the subject 'Förvaltningsresultatet' (apposition). 'Belåningsgraden uppgick till 51,2 procent, jämfört med 52,6
#   procent vid årsskiftet' 51,2 decrease, 52,6 2025 lenient. VD paragraph (ends 'säger verkställande direktör Tove
#   Almgren'): 'Indexuppräkningen av kommersiella hyror gav i genomsnitt 2,8 procent' increase (an upward adjustment,
#   as r28_a 'räknades upp med'), s the 'Indexuppräkningen' phrase; 'bostadshyrorna höjdes med 4,1 procent' increase;
#   'knappt 11 procent' vacancy no direction; 'nya avtal om drygt 6 500 kvadratmeter' s 'nya avtal'; the range forecast
#   for the full year 2026 lenient, no direction. 'Den 30 september' 2026 lenient. 'förvärvats för totalt 412 Mkr' and
#   'sålts för 96 Mkr' prices paid: s None; 'cirka 5 procent över det senast bokförda värdet' one time, s None.
#   '5,05 procent, oförändrat mot halvårsskiftet' no direction. 'Den genomsnittliga räntan sjönk till 3,62 procent från
#   4,05 procent ett år tidigare' 3,62 decrease, 4,05 2025 lenient. 'Räntetäckningsgraden för de senaste tolv månaderna
#   var 2,1 gånger' ('2025', '2026') lenient (r28_a), 'jämfört med bolagets mål om minst 1,8 gånger' a standing target:
#   no period, no direction, s 'bolagets mål'. Table: 'Kv n YYYY' explicit at year grain, 'Mkr' scales the unit-less
#   rows, '%' rows percent; rows are measures.
# - Central bank (published 2026-11-19): the decision's figures 2026 lenient; 'i år' explicit; 'i januari', 'i juli', 'i
#   oktober', 'sedan i somras' 2026 lenient; 'ett år tidigare' 2025 lenient. The title's and the lead's '1,75 procent'
#   decrease ('sänks till'); 'i januari låg räntan på 2,50 procent' an earlier level (no direction). 'den tredje
#   sänkningen i år' the ordinal 3, 2026 explicit, decrease, s 'sänkningen'. 'inflationsmålet på 2 procent' a standing
#   target (no period). 'omkring 1,75 procent under större delen av 2027' 2027 explicit, 'ligger kvar' no direction.
#   'sannolikheten ... är lägre än 50 procent' 2026 lenient (present tense). 'BNP väntas växa med 1,3 procent i år och
#   2,1 procent 2027' both increase, s 'BNP' for both (coordinated, not elided). 'Det är en nedrevidering med 0,4
#   procentenheter för 2027 jämfört med den förra prognosen' a revision: decrease (as r31_b 'reviderats upp'), 2027
#   explicit, s None ('Det'). 'ökar enligt prognosen med bara 0,8 procent i år' sp (prognosen, enligt). Table: the
#   columns' years explicit; each cell holds the new forecast and, in brackets, the September forecast for the same year
#   (both records, same period, no direction between them); the caption's 'årlig procentuell förändring' makes the KPIF
#   and BNP cells changes: direction from the sign (all positive: increase); 'Arbetslöshet, % av arbetskraften' and
#   'Styrränta, procent' are levels (no direction); rows are measures. 'Kronan har stärkts med drygt 4 procent mot euron
#   sedan i somras' increase. 'Enligt bankens beräkningar sänker en kronförstärkning med 10 procent inflationen med mellan
#   0,5 och 0,8 procentenheter efter två år' a rule of thumb: the 10 procent input and 'två år' optional, the range
#   required, decrease, no period, sp (bankens beräkningar, enligt). 'Två av direktionens fem ledamöter' 2 s the
#   'direktionens fem ledamöter' phrase ('X av Y' takes Y), the board's size optional (names the board); 'förordade en
#   sänkning med 0,5 procentenheter' decrease, s 'en sänkning', sp (Ola Berglind, credited: the first named of the two);
#   'De menade att arbetslösheten riskerar att stiga över 9 procent under vintern' more_than, increase, the winter
#   ('2026', '2027') lenient, credited likewise.
# - Bankruptcies (published 2026-11-30): 'Under november', 'i november' 2026 lenient; 'november 2025', 'samma månad i
#   fjol', 'förra året', 'årets' explicit; 'ett år tidigare' 2025 lenient. '712 aktiebolag' increase (the next sentence
#   'Det är en ökning med 9,5 procent'), sp (Kreditfakta, enligt: 'enligt Kreditfaktas preliminära statistik'); '650
#   bolag' 2025 explicit (', då'). 'Under januari–november har 7 486 aktiebolag gått i konkurs, vilket är 4,2 procent
#   fler' both increase, 2026 lenient (no year in the sentence). 'drygt 24 600' 2026 explicit ('årets'). The analyst's
#   'under två tuffa år' optional. Table: 'Nov 2026' / 'Nov 2025' explicit, 'Förändring, %' 2026 lenient signed; rows
#   are industries: s the heading's 'Konkurser'. 'Byggbranschen stod för drygt var femte konkurs' takes X. 'antalet
#   berörda anställda i branschen var 412, mer än dubbelt så många som ett år tidigare' 412 increase, the multiplier
#   optional. 'Stockholms län hade flest konkurser, 214 stycken' s 'konkurser' (the holder is a place). 'räknat per 10
#   000 aktiebolag var konkurstakten högst i Västmanlands län med 3,1, mot 2,2 för riket' count per="company", the value
#   as written, one time, '2,2' s None; the '10 000' N. 'I Skåne län gick 96 bolag i konkurs, en ökning med 11 procent
#   jämfört med november i fjol' both increase, s 'bolag'. 'Av de bolag som gick i konkurs i november hade 61 procent
#   färre än fem anställda och omkring 9 av 10 en omsättning under 10 miljoner kronor' both take the fronted 'Av Y'; the
#   thresholds 'färre än fem anställda', 'under 10 miljoner kronor', 'fler än 50 anställda' optional. Forecast: 'mellan 8
#   100 och 8 300' 2026 explicit ('under hela 2026'), no direction, sp (Kreditfakta, credited: 'Kreditfakta räknar
#   med'); 'vilket vore minst 3 procent fler än 2025' 2026 (the same sentence names it) increase, s None; 'För 2027
#   väntas en minskning med 5–8 procent' 2027 explicit, decrease, s None (elided), sp credited (the paragraph's
#   forecaster).
# - TT electricity (published 2026-11-24): 'denna vinter', 'december–februari', 'under de tre vintermånaderna' and the
#   present-tense forward prices are the coming winter ('2026', '2027') lenient; 'Förra vintern' ('2025', '2026')
#   explicit; 'I fjol' 2025 explicit; 'under januari' 2027 lenient (the coming January). '118 öre per kilowattimme'
#   decrease (the paragraph's last sentence 'Förra vintern var snittpriset i elområde 4 hela 149 öre'); '23 öre' and '86
#   öre' one time (price areas); per carried to the bare 'öre'. The example: '20 000 kilowattimmar per år' optional;
#   'runt 4 300 kronor per månad' sp (TT:s beräkningar, enligt), s 'en elräkning'; Luleå's 'ungefär 1 900 kronor i
#   månaden' s 'kostnaden', one time; 'mindre än hälften' an optional multiplier (less_than); 'I fjol betalade
#   villaägaren ... 5 100 kronor per månad' s None (the payer); 'en besparing på omkring 800 kronor i månaden, eller 2 400
#   kronor över hela vintern' decrease (a saving is a fall in cost), s 'en besparing'. The analyst's quote has no figure;
#   'Hon räknar med att spotpriset ... kan landa mellan 90 och 130 öre' credited (Petra Lindholm), per kWh carried; the
#   next sentence 'Under enstaka timmar kan priset bli över 3 kronor per kWh' continues her forecast (credited), winter
#   lenient. 'Drygt 40 procent av hushållen ..., en andel som ökat med 6 procentenheter på två år' 40 increase (2026
#   lenient), 6 ('2024', '2026') lenient increase, s 'en andel'. 'nästan var fjärde villaägare installerat ... sedan
#   2022' ('2022', '2026') lenient, no direction. '15–30 procent' a general effect: no period, decrease. The minister's
#   '2 miljarder kronor' 2026 lenient (present perfect), s the goal 'ett högkostnadsskydd'; 'överstiger 150 öre per
#   kilowattimme' the trigger of the scheme (optional threshold). 'Oppositionen kritiserar regeringen för att
#   elnätsavgifterna har stigit med i genomsnitt 11 procent det senaste året' credited (Oppositionen), ('2025', '2026')
#   lenient, increase; 'cirka 900 kronor mer per år' the same period, increase, s None (the payer). FAKTA: 'fyra
#   elområden sedan 2011' a standing fact (optional); 'Energiskatten på el är 45,2 öre per kWh ... under 2026' 2026
#   explicit.
# - Party page (UNDATED, Markdown): 'i dag', 'förra året', 'för tio år sedan', 'under de kommande fyra åren' give no
#   period; 'år 2035' explicit. Teachers: '12,1 elever på varje heltidslärare' per="teacher", Finland's '9,8' one time,
#   s 'motsvarande siffra'. '18 poäng högre än de svenska' one time, unit number, s None (pupils are the holders).
#   'Enligt lärarprognoserna' an 'enligt' speaker. 'inom fem år' optional (a threshold of the statistic). List (the
#   publisher's): 'Anställa 10 000 fler lärare och speciallärare' increase ('fler'), no period; 'Det kostar 6,5
#   miljarder kronor per år' s None; 'Max 20 elever per klass' at_most per="class"; 'i snitt 22 elever' and '28' per
#   class (the latter elided: s None); 'minst tre timmar extra stöd i veckan' hour per="week"; 'höja ingångslönen ...
#   med 4 000 kronor i månaden' increase, 'minst 40 000 kronor' at_least per month carried, s None ('den'); 'ungefär en
#   tredjedel av sin arbetstid' takes Y; 'Den andelen ska halveras' the multiplier verb optional, decrease; '3 000
#   lärarassistenter' no direction. 'Sammanlagt kostar våra förslag knappt 10 miljarder kronor per år' and 'Det är
#   mindre än 1 procent av statens budget' the publisher's. The spokesperson's quote has no figure. 'Forskning visar
#   att en minskning med fem elever per klass ... kan höja resultaten med motsvarande ett halvt läsår' an unnamed source
#   (no speaker): the five pupils optional (the input), 'ett halvt läsår' 0.5 year, increase, s 'resultaten'. 'pdf, 36
#   sidor' optional (page count).
# - Water tariff (sidecar 2026-11-17): the new tariff's figures 2027 lenient (the title's 'från den 1 januari 2027',
#   'med den nya taxan', present tense of the decision); 'i år' 2026 explicit; 'Under 2027' / 'under 2026' explicit.
#   'höjs från ... till' the from-values 2026 lenient, the new values 2027 lenient with increase. 'omkring 640 miljoner
#   kronor' a project's total cost: no period. 'mer än 40 procent av kommunens avloppsledningar är över 50 år gamla'
#   2026 lenient, the age threshold optional. '185 miljoner kronor, jämfört med 132 miljoner kronor under 2026' 185
#   increase, both s None (the spender). The CEO's 'Nu byter vi ungefär 0,6 procent av ledningarna per år' 2026 lenient,
#   'minst 1 procent' at_least, per year carried, increase ('komma upp i'), no period. '150 kubikmeter vatten per år'
#   defines the normalvilla (optional; 'enligt branschens definition'). '11 575 kronor per år' increase, s None (the
#   payer); '8,7 procent' s None ('Det'); the national average '10 250' 2026 lenient (present), 'cirka 13 procent över
#   riksgenomsnittet' 2027 lenient ('även efter höjningen'), one time, s None. Table: '2026' / '2027' explicit,
#   'Förändring, %' 2027 lenient signed; rows are measures with their rates ('per år' per="year", 'Pris per kubikmeter'
#   per="m3"); the '150' in 'Normalvilla, 150 m3 per år' N (a label). 'knappt 22 kronor per månad' 2027 lenient increase,
#   s 'höjningen'. 'nästan 5 procent sedan 2020' ('2020', '2026') lenient decrease. 'Under sommaren 2026 infördes
#   bevattningsförbud i sex veckor' 2026 explicit.
# - Concert hall (HTML, published 2026-06-30): the season 2025/26 is ('2025', '2026'): explicit where '2025/26' is
#   written, else lenient ('den gångna säsongen', the document's season); 'säsongen innan' / '2024/25' ('2024', '2025');
#   'för fem år sedan' ('2020', '2021') lenient; the next season 2026/27 ('2026', '2027'). The lead's '186 400 biljetter'
#   increase, '11 procent' and 'drygt 9 000 fler än under det tidigare rekordåret 2018/19' increase (an earlier point), s
#   'biljetter'. '87 procent, mot 81 procent säsongen innan' 87 increase, 81 s None (elided). 'I Kammarsalen var
#   beläggningen lägre, 71 procent' one time (another stage); '6 procentenheter över genomsnittet för landets
#   konserthus' one time, s None ('vilket'). Table: caption 'säsongen 2025/26 jämfört med 2024/25'; 'Föreställningar',
#   'Förändring, %' and 'Beläggning, %' take the caption's season (lenient), 'Besökare 2025/26' / 'Besökare 2024/25'
#   explicit; rows are stages: each column its header as subject ('Besökare' for the visitors and their change); the
#   total row cell by cell. 'för tredje säsongen i rad ökade antalet unga besökare' ordinal 3 increase; 'under 26 år'
#   optional (age limit). 'De utgör nu 19 procent av publiken, jämfört med 14 procent för fem år sedan' 19 increase, s
#   None (pronoun 'De'). The director's 'fördubblat antalet familjekonserter på tre år' optional multiplier, ('2023',
#   '2026') lenient, increase. 'Konserthuset omsatte totalt 214 miljoner kronor' s None (the earner); 'varav regionens och
#   kommunens bidrag stod för 128 miljoner kronor' takes X; 'de egna intäkterna överstiger 40 procent av omsättningen'
#   takes Y. 'Sponsorintäkterna landade på 9,4 miljoner kronor, en minskning med 0,8 miljoner' both decrease. Next
#   season: 'mellan 420 och 440 föreställningar' explicit; 'höjs med högst 5 procent' at_most increase lenient; 'minst
#   30 000 biljetter' at_least lenient; '100 kronor eller mindre' an optional threshold.
# - Public health (published 2026-11-05): the survey's figures 2026 lenient (the title's year; present tense), 'folkhälsoenkät
#   2026' explicit; '2022' explicit. 'Nästan sju av tio invånare i Västmarks län, 69 procent' both decrease (the next
#   sentence 'Det är något lägre än 2022, då andelen var 71 procent'), the same subject (apposition); 'riksgenomsnittet på
#   72 procent' one time. '44 procent ..., jämfört med 37 procent 2022' 44 increase, 37 s None (elided). Men '24 procent'
#   and the 65–84 group one time. 'Andelen med fetma är 19 procent, en ökning med 2 procentenheter sedan förra
#   mätningen' both increase 2026 lenient; the country's '16 procent' one time. 'har sjunkit från 8 procent till 6
#   procent' 8 a from-value (2022 lenient: 'förra mätningen'), 6 decrease. '11 procent av kvinnorna ..., mer än dubbelt
#   så många som 2022' 11 increase, the multiplier optional. The chief's 'ungefär hälften så stor risk' an optional
#   multiplier (ratio, between education groups). Table: 'Länet 2026' / 'Länet 2022' / 'Riket 2026' explicit;
#   'Förändring, procentenheter' percentage_point, 2026 lenient, signed ('0' none); rows are indicators (measures): the
#   row label as subject; 'BMI 30 eller mer' an optional threshold. 'Hela 68 procent uppger att de rör sig minst 150
#   minuter i veckan, mot 64 procent i landet' one time, s None (no noun); the '150 minuter' recommendation optional;
#   Granvik's '74 procent' and Ödeby's '57 procent' s None (places). 'Regionen satsar 24 miljoner kronor per år under
#   2027–2029 på förebyggande insatser' ('2027', '2029') explicit, s the goal. 'Målet är att andelen ... ska vara minst 73
#   procent år 2030' 2030 explicit, s 'andelen ...' (the noun the figure is predicated of), no direction. '18 000
#   slumpvis utvalda personer' a method figure (optional); 'Svarsfrekvensen blev 54,7 procent, att jämföra med 49,2
#   procent 2022' 54,7 increase, 49,2 2022 explicit, s None (elided). Age bands ('16–84 år', '16–29 år', '65–84 år')
#   optional, unit year, as ranges.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2022", "2025", "2026", "2027", "2028", "2030", "2035")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y22, Y25, Y26, Y27 = (Y[y] for y in ("2022", "2025", "2026", "2027"))
    L22 = dict(t=Y22, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. real-estate company, interim report Jan-Sep 2026 (dateline 'Örebro den 28 oktober 2026')
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    DN = ("Driftnettot", "Driftnettot")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    VF = ("Värdeförändringar på fastigheter", "Värdeförändringar")
    OG = ("Överskottsgraden", "Överskottsgraden")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    BG = ("Belåningsgraden", "Belåningsgraden")
    TA = ("Tove Almgren", "quote")
    RA = ("Den genomsnittliga räntan", "räntan")
    kq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r32_b_fastighet_q3"] = [
        G("214", 214e6, "SEK", ctx="till [214] (198)", **L26, direction=INC, s=HI, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient); 'ökade till'"),
        G("198", 198e6, "SEK", ctx="214 ([198]) Mkr", **L25, s=HI, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("151", 151e6, "SEK", ctx="till [151] (137)", **L26, s=DN, sp=None, note="'uppgick till': no change"),
        G("137", 137e6, "SEK", ctx="151 ([137]) Mkr", **L25, s=DN, sp=None),
        G("78", 78e6, "SEK", ctx="blev [78] (69)", **L26, s=FR, sp=None),
        G("69", 69e6, "SEK", ctx="78 ([69]) Mkr", **L25, s=FR, sp=None),
        G("1,12", 1.12, "SEK", per="share", ctx="motsvarande [1,12] (0,99)", **L26, s=FR, sp=None, note="apposition keeps the subject"),
        G("0,99", 0.99, "SEK", per="share", ctx="1,12 ([0,99]) kronor", **L25, s=FR, sp=None),
        G("36", 36e6, "SEK", ctx="till [36] (−88)", **L26, s=VF, sp=None, note="a signed level of a flow: no direction"),
        G("−88", -88e6, "SEK", ctx="36 ([−88]) Mkr", **L25, s=VF, sp=None),
        G("7,7 procent", 7.7, "percent", **L26, direction=INC, s=HI, sp=None, note="'JANUARI–SEPTEMBER' (no year); 'ökade med ... till'"),
        G("631", 631e6, "SEK", ctx="till [631] (586)", **L26, direction=INC, s=HI, sp=None),
        G("586", 586e6, "SEK", ctx="631 ([586]) Mkr", **L25, s=HI, sp=None),
        G("68,0", 68.0, "percent", ctx="till [68,0] (66,9)", **L26, s=OG, sp=None),
        G("66,9", 66.9, "percent", ctx="68,0 ([66,9]) procent", **L25, s=OG, sp=None),
        G("221", 221e6, "SEK", ctx="till [221] (197)", **L26, direction=INC, s=FR, sp=None),
        G("197", 197e6, "SEK", ctx="221 ([197]) Mkr", **L25, s=FR, sp=None),
        G("93,1", 93.1, "percent", ctx="var [93,1] (94,0)", **L26, s=UG, sp=None, note="'vid periodens slut'"),
        G("94,0", 94.0, "percent", ctx="93,1 ([94,0]) procent", **L25, s=UG, sp=None),
        G("51,2 procent", 51.2, "percent", **L26, direction=DEC, s=BG, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("52,6 procent", 52.6, "percent", **L25, s=BG, sp=None, note="'vid årsskiftet'"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=("Indexuppräkningen av kommersiella hyror", "Indexuppräkningen"), sp=TA, note="'gav i genomsnitt ... från årsskiftet'; paragraph ending in 'säger'"),
        G("4,1 procent", 4.1, "percent", **L26, direction=INC, s=("bostadshyrorna", "bostadshyrorna"), sp=TA),
        G("knappt 11 procent", 11, "percent", bound="approx", **L26, s=("Vakansen i kontorsbeståndet", "Vakansen"), sp=TA),
        G("drygt 6 500 kvadratmeter", 6500, "m2", bound="approx", **L26, s=("nya avtal", "avtal"), sp=TA, note="'under kvartalet'"),
        G("mellan 290 och 305 Mkr", None, "SEK", low=290e6, high=305e6, **L26, s=("förvaltningsresultatet för helåret", "förvaltningsresultatet"), sp=TA, note="forecast for the full year"),
        G("143 fastigheter", 143, "count", **L26, s=("fastigheter", "fastigheter"), sp=None, note="'Den 30 september'"),
        G("cirka 612 000 kvadratmeter", 612000, "m2", bound="approx", **L26, s=("en uthyrbar area", "area"), sp=None),
        G("16,8 mdkr", 16.8e9, "SEK", **L26, s=("Det verkliga värdet på fastigheterna", "värdet"), sp=None),
        G("ungefär 27 400 kronor per kvadratmeter", 27400, "SEK", bound="approx", per="m2", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("58 procent", 58, "percent", **L26, s=("Bostäder", "Bostäder"), sp=None, note="'X står för Y' takes X"),
        G("24 procent", 24, "percent", **L26, s=("samhällsfastigheter", "samhällsfastigheter"), sp=None),
        G("fyra fastigheter", 4, "count", **L26, s=("fastigheter", "fastigheter"), sp=None, note="'Under perioden'"),
        G("412 Mkr", 412e6, "SEK", **L26, s=None, sp=None, note="the price paid; the buyer is no subject"),
        G("två mindre kontorsfastigheter", 2, "count", **L26, s=("mindre kontorsfastigheter", "kontorsfastigheter"), sp=None),
        G("96 Mkr", 96e6, "SEK", **L26, s=None, sp=None),
        G("cirka 5 procent", 5, "percent", bound="approx", **L26, s=None, sp=None, note="against the book value at one time"),
        G("5,05 procent", 5.05, "percent", **L26, s=("Det genomsnittliga avkastningskravet i värderingarna", "avkastningskravet"), sp=None, note="'oförändrat': no direction"),
        G("8,6 mdkr", 8.6e9, "SEK", **L26, s=("Den räntebärande skulden", "skulden"), sp=None),
        G("41 procent", 41, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("3,62 procent", 3.62, "percent", **L26, direction=DEC, s=RA, sp=None, note="'sjönk till ... från'"),
        G("4,05 procent", 4.05, "percent", **L25, s=RA, sp=None, note="from-value 'ett år tidigare'"),
        G("2,1 gånger", 2.1, "number", t=("2025", "2026"), lenient=True, s=("Räntetäckningsgraden", "Räntetäckningsgraden"), sp=None, note="'för de senaste tolv månaderna'"),
        G("minst 1,8 gånger", 1.8, "number", bound="at_least", s=("bolagets mål", "mål"), sp=None, note="standing target: no period"),
        G("3,4 år", 3.4, "year", **L26, s=("Den genomsnittliga kapitalbindningstiden", "kapitalbindningstiden"), sp=None),
        *_row(G, "Hyresintäkter", ["214", "211", "206", "198"], kq("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'KONCERNEN PER KVARTAL (Mkr om inget annat anges)': 'Kv 3 2026' / 'Kv 2 2026' / 'Kv 1 2026' / 'Kv 3 2025' explicit; rows are measures"),
        *_row(G, "Driftnetto", ["151", "146", "132", "137"], kq("SEK", 1e6), ("Driftnetto", "Driftnetto")),
        *_row(G, "Förvaltningsresultat", ["78", "75", "68", "69"], kq("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Överskottsgrad, %", ["70,6", "69,2", "64,1", "69,2"], kq("percent", 1), ("Överskottsgrad", "Överskottsgrad")),
        *_row(G, "Uthyrningsgrad, %", ["93,1", "93,4", "93,8", "94,0"], kq("percent", 1), ("Uthyrningsgrad", "Uthyrningsgrad")),
        *_row(G, "Belåningsgrad, %", ["51,2", "51,7", "52,3", "53,0"], kq("percent", 1), ("Belåningsgrad", "Belåningsgrad")),
    ]
    NEG["r32_b_fastighet_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("28 oktober 2026", note="dateline"),
        N("30 september", note="date"),
        N("Kv 3 2026", note="column header"), N("Kv 2 2026", note="column header"),
        N("Kv 1 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("12 februari 2027", note="next report"),
        N("019-44 27 10"), N("556841-3307", note="org number"),
    ]

    # ------------------------------------------------------------ 2. central bank's policy-rate decision (Publicerad 19 november 2026 kl. 09.30)
    SR = ("Styrräntan", "Styrräntan")
    sr = ("styrräntan", "styrräntan")
    HS = ("Helena Storm", "quote")
    OB = ("Ola Berglind", "credited")
    AL = ("arbetslösheten", "arbetslösheten")
    BNP = ("BNP", "BNP")

    def fc(label, pairs, subj, unit, signed):
        """A forecast row: each cell 'new (september)', both for the column's year."""
        out = []
        prev = []
        for (new, old), year in zip(pairs, ("2026", "2027", "2028")):
            for j, c in enumerate((new, old)):
                v = float(c.replace(",", "."))
                d = (INC if v > 0 else DEC if v < 0 else None) if signed else None
                pre = " ".join([label, *prev])
                ctx = f"{pre} [{c}]" if j == 0 else f"{pre} {new} ([{c}])"
                out.append(G(c, v, unit, t=Y[year], direction=d, s=subj, sp=None, ctx=ctx,
                             note="" if out or j else "table 'Tabell 1. Prognos i sammandrag': columns explicit; the bracket is the September forecast for the same year"))
            prev += [new, f"({old})"]
        return out

    GOLD["r32_b_penningpolitik_nov"] = [
        G("1,75 procent", 1.75, "percent", **L26, direction=DEC, s=SR, sp=None, note="title 'Styrräntan sänks till'"),
        G("0,25 procentenheter", 0.25, "percentage_point", **L26, direction=DEC, s=sr, sp=None, note="a release's third-person statement about its sender: plain reporting"),
        G("1,75 procent", 1.75, "percent", occ=2, **L26, direction=DEC, s=sr, sp=None),
        G("tredje", 3, "ordinal", ctx="den [tredje] sänkningen", t=Y26, direction=DEC, s=("sänkningen", "sänkningen"), sp=None, note="'i år' resolves"),
        G("2,50 procent", 2.50, "percent", **L26, s=("räntan", "räntan"), sp=None, note="'i januari' (no year): an earlier level"),
        G("1,6 procent", 1.6, "percent", **L26, direction=DEC, s=("KPIF-inflationen", "KPIF-inflationen"), sp=None, note="'i oktober'; 'ned från'"),
        G("2,3 procent", 2.3, "percent", **L26, s=("KPIF-inflationen", "KPIF-inflationen"), sp=None, note="from-value 'i juli'"),
        G("2 procent", 2, "percent", ctx="inflationsmålet på [2 procent]", s=("inflationsmålet", "inflationsmålet"), sp=None, note="standing target: no period"),
        G("1,9 procent", 1.9, "percent", **L26, s=("Inflationen exklusive energi, KPIFXE", "Inflationen"), sp=None),
        G("8,9 procent", 8.9, "percent", **L26, direction=INC, s=AL, sp=None, note="'steg till ... i oktober, att jämföra med'"),
        G("8,4 procent", 8.4, "percent", **L25, s=AL, sp=None, note="'ett år tidigare'"),
        G("omkring 1,75 procent", 1.75, "percent", bound="approx", t=Y27, s=("räntan", "räntan"), sp=None, note="'ligger kvar ... under större delen av 2027'"),
        G("lägre än 50 procent", 50, "percent", bound="less_than", **L26, s=("sannolikheten", "sannolikheten"), sp=None),
        G("1,3 procent", 1.3, "percent", t=Y26, direction=INC, s=BNP, sp=None, note="'i år' resolves"),
        G("2,1 procent", 2.1, "percent", t=Y27, direction=INC, s=BNP, sp=None, note="coordinated with the previous figure"),
        G("0,4 procentenheter", 0.4, "percentage_point", t=Y27, direction=DEC, s=None, sp=None, note="'Det är en nedrevidering med ... för 2027 jämfört med den förra prognosen'"),
        G("0,8 procent", 0.8, "percent", t=Y26, direction=INC, s=("Hushållens konsumtion", "konsumtion"), sp=("prognosen", "enligt"), note="'ökar enligt prognosen med bara ... i år'"),
        *fc("KPIF", [("1,9", "2,1"), ("1,7", "2,0"), ("2,0", "2,0")], ("KPIF", "KPIF"), "percent", True),
        *fc("BNP", [("1,3", "1,4"), ("2,1", "2,5"), ("2,4", "2,3")], BNP, "percent", True),
        *fc("Arbetslöshet, % av arbetskraften", [("8,7", "8,6"), ("8,5", "8,2"), ("7,9", "7,8")], ("Arbetslöshet", "Arbetslöshet"), "percent", False),
        *fc("Styrränta, procent", [("2,10", "2,15"), ("1,72", "1,95"), ("1,80", "1,98")], ("Styrränta", "Styrränta"), "percent", False),
        G("drygt 4 procent", 4, "percent", bound="approx", **L26, direction=INC, s=("Kronan", "Kronan"), sp=None, note="'har stärkts med ... sedan i somras'"),
        G("10 procent", 10, "percent", ctx="kronförstärkning med [10 procent]", direction=INC, optional=True, s=("en kronförstärkning", "kronförstärkning"), sp=("bankens beräkningar", "enligt"), note="the input of a rule of thumb"),
        G("mellan 0,5 och 0,8 procentenheter", None, "percentage_point", low=0.5, high=0.8, direction=DEC, s=("inflationen", "inflationen"), sp=("bankens beräkningar", "enligt"), note="a general rule: no period"),
        G("två år", 2, "year", optional=True, s=None, sp=("bankens beräkningar", "enligt"), note="'efter två år': part of the rule"),
        G("Två", 2, "count", ctx="[Två] av direktionens", **L26, s=("direktionens fem ledamöter", "ledamöter"), sp=None, note="'X av Y' takes Y"),
        G("fem ledamöter", 5, "count", optional=True, s=("ledamöter", "ledamöter"), sp=None, note="the board's size names the board"),
        G("0,5 procentenheter", 0.5, "percentage_point", ctx="sänkning med [0,5 procentenheter].", **L26, direction=DEC, s=("en sänkning", "sänkning"), sp=OB, note="'förordade'"),
        G("över 9 procent", 9, "percent", bound="more_than", t=("2026", "2027"), lenient=True, direction=INC, s=AL, sp=OB, note="'De menade att ... riskerar att stiga över ... under vintern'"),
    ]
    NEG["r32_b_penningpolitik_nov"] = [
        N("19 november 2026", note="Publicerad"), N("09.30", note="time of day"),
        N("25 november", note="date the decision takes effect"),
        N("2027", ctx="delen av [2027]", note="places the rate path"), N("2027", ctx="2,1 procent [2027].", note="places the forecast"),
        N("2027", ctx="för [2027] jämfört", note="places the revision"),
        N("1", ctx="Tabell [1]. Prognos", note="table number"),
        N("2026", ctx="[2026] 2027 2028 KPIF", note="column header"), N("2027", ctx="2026 [2027] 2028 KPIF", note="column header"),
        N("2028", ctx="2026 2027 [2028] KPIF", note="column header"),
        N("3 december 2026", note="minutes"), N("28 januari 2027", note="next decision"), N("08-787 02 00"),
    ]

    # ------------------------------------------------------------ 3. bankruptcy statistics November 2026 (Markdown, Publicerad 30 november 2026)
    KF = ("Kreditfakta", "credited")
    JK = ("Jonas Kindberg", "quote")
    AB = ("aktiebolag", "aktiebolag")
    KO = ("Konkurser", "Konkurser")
    BO = ("bolag", "bolag")
    AV = ("de bolag som gick i konkurs i november", "bolag")
    kc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r32_b_konkurser_nov"] = [
        G("712 aktiebolag", 712, "count", **L26, direction=INC, s=AB, sp=("Kreditfakta", "enligt"), note="'Under november' (no year); the next sentence states the increase"),
        G("9,5 procent", 9.5, "percent", ctx="ökning med [9,5 procent] jämfört", **L26, direction=INC, s=None, sp=None, note="'Det är en ökning med ... jämfört med november 2025'"),
        G("650 bolag", 650, "count", t=Y25, s=BO, sp=None, note="', då' november 2025"),
        G("2 384 anställda", 2384, "count", **L26, direction=INC, s=("anställda", "anställda"), sp=None, note="', knappt 300 fler än samma månad i fjol'"),
        G("knappt 300", 300, "count", bound="approx", **L26, direction=INC, s=("anställda", "anställda"), sp=None, note="apposition keeps the subject"),
        G("7 486 aktiebolag", 7486, "count", **L26, direction=INC, s=AB, sp=None, note="'Under januari–november' (no year)"),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=None, sp=None, note="'vilket är ... fler än under motsvarande period förra året'"),
        G("drygt 24 600", 24600, "count", bound="approx", t=Y26, s=("Antalet berörda anställda", "Antalet"), sp=None, note="'under årets elva första månader'"),
        G("två tuffa år", 2, "year", optional=True, s=None, sp=JK, note="quote; places the margins' erosion"),
        *_row(G, "| Bygg", ["148", "121", "+22,3"], kc, KO, sep=" | ", note="Markdown table under 'Konkurser per bransch': 'Nov 2026' / 'Nov 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are industries: s the heading's 'Konkurser'"),
        *_row(G, "| Handel", ["112", "109", "+2,8"], kc, KO, sep=" | "),
        *_row(G, "| Hotell och restaurang", ["86", "71", "+21,1"], kc, KO, sep=" | "),
        *_row(G, "| Transport", ["54", "58", "−6,9"], kc, KO, sep=" | "),
        *_row(G, "| Företagstjänster", ["97", "90", "+7,8"], kc, KO, sep=" | "),
        *_row(G, "| Övriga branscher", ["215", "201", "+7,0"], kc, KO, sep=" | "),
        G("712", 712, "count", ctx="| **Totalt** | **[712]** |", t=Y26, s=KO, sp=None, note="bold total row"),
        G("650", 650, "count", ctx="| **712** | **[650]** |", t=Y25, s=KO, sp=None),
        G("+9,5", 9.5, "percent", ctx="| **650** | **[+9,5]** |", **L26, direction=INC, s=KO, sp=None),
        G("drygt var femte", 0.2, "ratio", bound="approx", **L26, s=("Byggbranschen", "Byggbranschen"), sp=None, note="'X stod för Y' takes X"),
        G("21,1 procent", 21.1, "percent", **L26, direction=INC, s=("konkurserna", "konkurserna"), sp=None),
        G("412", 412, "count", ctx="var [412], mer", **L26, direction=INC, s=("antalet berörda anställda i branschen", "antalet"), sp=None, note="'mer än dubbelt så många som ett år tidigare'"),
        G("mer än dubbelt så många", 2, "number", bound="more_than", **L26, direction=INC, optional=True, s=None, sp=None, note="multiplier over time"),
        G("214 stycken", 214, "count", **L26, s=("konkurser", "konkurser"), sp=None, note="the holder is a place"),
        G("3,1", 3.1, "count", ctx="med [3,1], mot", per="company", **L26, s=("konkurstakten", "konkurstakten"), sp=None, note="'per 10 000 aktiebolag': the value as written"),
        G("2,2", 2.2, "count", ctx="mot [2,2] för", per="company", **L26, s=None, sp=None, note="the country at one time; elided"),
        G("96 bolag", 96, "count", **L26, direction=INC, s=BO, sp=None, note="', en ökning med ... jämfört med november i fjol'"),
        G("11 procent", 11, "percent", **L26, direction=INC, s=BO, sp=None, note="apposition keeps the subject"),
        G("18 procent", 18, "percent", **L26, direction=DEC, s=("konkurserna", "konkurserna"), sp=None),
        G("61 procent", 61, "percent", **L26, s=AV, sp=None, note="'Av Y ... X' takes Y"),
        G("fem anställda", 5, "count", bound="less_than", optional=True, s=None, sp=None, note="threshold 'färre än'"),
        G("omkring 9 av 10", 0.9, "ratio", bound="approx", **L26, s=AV, sp=None, note="the fronted 'Av Y' covers both"),
        G("10 miljoner kronor", 10e6, "SEK", bound="less_than", optional=True, s=None, sp=None, note="threshold 'en omsättning under'"),
        G("14 bolag", 14, "count", **L26, s=BO, sp=None),
        G("50 anställda", 50, "count", bound="more_than", optional=True, s=None, sp=None, note="threshold 'fler än'"),
        G("mellan 8 100 och 8 300", None, "count", low=8100, high=8300, t=Y26, s=("antalet konkurser", "antalet"), sp=KF, note="forecast 'under hela 2026'; 'Kreditfakta räknar med'"),
        G("minst 3 procent", 3, "percent", bound="at_least", t=Y26, direction=INC, s=None, sp=KF, note="'vilket vore ... fler än 2025'"),
        G("5–8 procent", None, "percent", low=5, high=8, t=Y27, direction=DEC, s=None, sp=KF, note="'För 2027 väntas en minskning med'"),
    ]
    NEG["r32_b_konkurser_nov"] = [
        N("30 november 2026", note="Publicerad"), N("november 2025", note="places the comparison"),
        N("1996", note="places the start of the statistics"), N("elva", note="'årets elva första månader' places the figure"),
        N("Nov 2026", note="column header"), N("Nov 2025", note="column header"),
        N("10 000", note="rate denominator"),
        N("2026", ctx="hela [2026] hamnar", note="places the forecast"), N("2025", ctx="fler än [2025].", note="places the comparison"),
        N("2027", ctx="För [2027] väntas", note="places the forecast"),
        N("27 november 2026", note="statistics cut-off date"), N("5 januari 2027", note="next report"), N("08-410 377 25"),
    ]

    # ------------------------------------------------------------ 4. TT article on electricity costs this winter (Publicerad 24 november 2026 kl. 06.00)
    W = dict(t=("2026", "2027"), lenient=True)
    PL = ("Petra Lindholm", "credited")
    KE = ("Karl Ekdahl", "quote")
    TP = ("Terminspriset för december–februari", "Terminspriset")
    OPP = ("Oppositionen", "credited")
    BS = ("en besparing", "besparing")
    GOLD["r32_b_tt_elvinter"] = [
        G("118 öre per kilowattimme", 1.18, "SEK", per="kWh", **W, direction=DEC, s=TP, sp=None, note="'i dag' for the coming winter; the paragraph's last sentence states last winter's level"),
        G("23 öre", 0.23, "SEK", per="kWh", **W, s=None, sp=None, note="another price area at one time; elided; per carried"),
        G("86 öre per kWh", 0.86, "SEK", per="kWh", **W, s=("priset", "priset"), sp=None),
        G("149 öre", 1.49, "SEK", per="kWh", t=("2025", "2026"), s=("snittpriset i elområde 4", "snittpriset"), sp=None, note="'Förra vintern' resolves"),
        G("omkring 20 000 kilowattimmar per år", 20000, "kWh", bound="approx", per="year", optional=True, s=None, sp=None, note="defines the example"),
        G("runt 4 300 kronor per månad", 4300, "SEK", bound="approx", per="month", **W, s=("en elräkning", "elräkning"), sp=("TT:s beräkningar", "enligt"), note="'under de tre vintermånaderna'"),
        G("ungefär 1 900 kronor i månaden", 1900, "SEK", bound="approx", per="month", **W, s=("kostnaden", "kostnaden"), sp=None, note="another city at one time"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", optional=True, s=None, sp=None, note="multiplier between cities ('alltså')"),
        G("5 100 kronor per månad", 5100, "SEK", per="month", t=Y25, s=None, sp=None, note="'I fjol' resolves; the payer is no subject; 'i genomsnitt' no bound"),
        G("omkring 800 kronor i månaden", 800, "SEK", bound="approx", per="month", **W, direction=DEC, s=BS, sp=None, note="a saving: a fall in cost"),
        G("2 400 kronor", 2400, "SEK", **W, direction=DEC, s=BS, sp=None, note="', eller ... över hela vintern': apposition"),
        G("mellan 90 och 130 öre", None, "SEK", low=0.9, high=1.3, per="kWh", **L27, s=("spotpriset i södra Sverige", "spotpriset"), sp=PL, note="'Hon räknar med'; 'under januari' (the coming one)"),
        G("över 3 kronor per kWh", 3, "SEK", bound="more_than", per="kWh", **W, s=("priset", "priset"), sp=PL, note="continues her forecast"),
        G("Drygt 40 procent", 40, "percent", bound="approx", **L26, direction=INC, s=("hushållen", "hushållen"), sp=None, note="'X procent av Y' takes Y; ', en andel som ökat med'"),
        G("6 procentenheter", 6, "percentage_point", t=("2024", "2026"), lenient=True, direction=INC, s=("en andel", "andel"), sp=None, note="'på två år'"),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", t=("2022", "2026"), lenient=True, s=("villaägare", "villaägare"), sp=None, note="'sedan 2022'"),
        G("15–30 procent", None, "percent", low=15, high=30, direction=DEC, s=("förbrukningen", "förbrukningen"), sp=None, note="a general effect: no period; 'i snitt' no bound"),
        G("2 miljarder kronor", 2e9, "SEK", **L26, s=("ett högkostnadsskydd", "högkostnadsskydd"), sp=KE, note="quote; the goal of the money"),
        G("150 öre per kilowattimme", 1.5, "SEK", bound="more_than", per="kWh", optional=True, s=("månadspriset i elområde 4", "månadspriset"), sp=KE, note="the scheme's trigger ('överstiger')"),
        G("11 procent", 11, "percent", t=("2025", "2026"), lenient=True, direction=INC, s=("elnätsavgifterna", "elnätsavgifterna"), sp=OPP, note="'det senaste året'; 'i genomsnitt' no bound"),
        G("cirka 900 kronor", 900, "SEK", bound="approx", per="year", t=("2025", "2026"), lenient=True, direction=INC, s=None, sp=None, note="'mer per år'; the payer is no subject"),
        G("fyra elområden", 4, "count", optional=True, s=("elområden", "elområden"), sp=None, note="fact box: a standing fact"),
        G("45,2 öre per kWh", 0.452, "SEK", per="kWh", t=Y26, s=("Energiskatten på el", "Energiskatten"), sp=None, note="'under 2026'"),
    ]
    NEG["r32_b_tt_elvinter"] = [
        N("24 november 2026", note="Publicerad"), N("06.00", note="time of day"),
        N("4", ctx="elområde [4], södra", note="name of a price area"), N("1", ctx="elområde [1], norra", note="name of a price area"),
        N("3", ctx="elområde [3], där", note="name of a price area"), N("4", ctx="i elområde [4] hela", note="name of a price area"),
        N("4", ctx="i elområde [4] överstiger", note="name of a price area"), N("3", ctx="i elområde [3] betyder", note="name of a price area"),
        N("2022", ctx="sedan [2022]", note="places the change"), N("2011", note="places a fact"),
        N("1", ctx="Elområde [1] (Luleå)", note="name"), N("2", ctx="och [2] (Sundsvall)", note="name"),
        N("3", ctx="medan [3] (Stockholm)", note="name"), N("4", ctx="och [4] (Malmö)", note="name"),
        N("2026", ctx="under [2026] i", note="places the tax"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on schools (Markdown, no date)
    PUB = ("Samhällspartiet", "publisher")
    GOLD["r32_b_parti_skola"] = [
        G("12,1 elever", 12.1, "count", per="teacher", s=("elever", "elever"), sp=None, note="'på varje heltidslärare'; 'i dag' gives no period in an undated text"),
        G("9,8", 9.8, "count", per="teacher", s=("motsvarande siffra", "siffra"), sp=None, note="Finland at one time"),
        G("Nästan var tredje", 1 / 3, "ratio", bound="approx", s=("lärare i grundskolan", "lärare"), sp=None),
        G("över 50 procent", 50, "percent", bound="more_than", s=("andelen", "andelen"), sp=None),
        G("Fler än 14 000 elever", 14000, "count", bound="more_than", s=("elever", "elever"), sp=None, note="'förra året' undated: no period"),
        G("ungefär 12 procent", 12, "percent", bound="approx", s=("alla som gick ut nian", "alla"), sp=None, note="'X procent av Y' takes Y"),
        G("18 poäng", 18, "number", s=None, sp=None, note="'ligger ... högre än de svenska': one time"),
        G("mellan 12 000 och 18 000 behöriga lärare", None, "count", low=12000, high=18000, t=Y["2035"], s=("behöriga lärare", "lärare"), sp=("lärarprognoserna", "enligt"), note="'år 2035' written out"),
        G("Var femte", 0.2, "ratio", s=("nyutexaminerad lärare", "lärare"), sp=None),
        G("fem år", 5, "year", bound="at_most", optional=True, s=None, sp=None, note="'inom fem år': a threshold of the statistic"),
        G("10 000 fler lärare och speciallärare", 10000, "count", direction=INC, s=("fler lärare och speciallärare", "lärare"), sp=PUB, note="list (the publisher's); 'fler'"),
        G("6,5 miljarder kronor per år", 6.5e9, "SEK", per="year", s=None, sp=PUB, note="'Det kostar'"),
        G("Max 20 elever per klass", 20, "count", bound="at_most", per="class", s=("elever", "elever"), sp=PUB),
        G("22 elever", 22, "count", per="class", s=("elever", "elever"), sp=PUB, note="'i snitt' no bound; 'i en klass'"),
        G("28", 28, "count", ctx="ovanligt med [28].", per="class", s=None, sp=PUB, note="elided"),
        G("minst tre timmar", 3, "hour", bound="at_least", per="week", s=("extra stöd", "stöd"), sp=PUB, note="'i veckan'"),
        G("1,2 miljarder kronor per år", 1.2e9, "SEK", per="year", s=("Kostnad", "Kostnad"), sp=PUB),
        G("4 000 kronor i månaden", 4000, "SEK", per="month", direction=INC, s=("ingångslönen för lärare", "ingångslönen"), sp=PUB),
        G("minst 40 000 kronor", 40000, "SEK", bound="at_least", per="month", s=None, sp=PUB, note="'så att den når'; per carried"),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", s=("sin arbetstid", "arbetstid"), sp=PUB, note="'X av Y' takes Y"),
        G("halveras", 0.5, "number", direction=DEC, optional=True, s=("Den andelen", "andelen"), sp=PUB, note="a multiplier verb in a promise"),
        G("3 000 lärarassistenter", 3000, "count", s=("lärarassistenter", "lärarassistenter"), sp=PUB),
        G("knappt 10 miljarder kronor per år", 10e9, "SEK", bound="approx", per="year", s=("våra förslag", "förslag"), sp=PUB),
        G("mindre än 1 procent", 1, "percent", bound="less_than", s=("statens budget", "budget"), sp=PUB, note="'X procent av Y' takes Y"),
        G("fem elever per klass", 5, "count", per="class", direction=DEC, optional=True, s=("elever", "elever"), sp=None, note="the input of a research finding"),
        G("ett halvt läsår", 0.5, "year", direction=INC, s=("resultaten", "resultaten"), sp=None, note="'kan höja resultaten med motsvarande'; 'Forskning visar' names no one"),
        G("36 sidor", 36, "count", optional=True, s=None, sp=None, note="page count of a linked PDF"),
    ]
    NEG["r32_b_parti_skola"] = [
        N("15", ctx="svenska [15]-åringar", note="age in a noun"), N("tio år", note="places the comparison"),
        N("2035", note="places the forecast"),
        N("1", ctx="[1]. **Anställa", note="list number"), N("2", ctx="[2]. **Max", note="list number"),
        N("3", ctx="[3]. **En", note="list number"), N("4", ctx="[4]. **Höjda", note="list number"),
        N("5", ctx="[5]. **Färre", note="list number"),
        N("fyra åren", note="places the promise"), N("1–3", note="grades name the stage"),
        N("1204", note="box number"), N("111 82", note="postal code"),
    ]

    # ------------------------------------------------------------ 6. water and sewage tariff 2027 (sidecar 2026-11-17)
    MH = ("Maria Hedqvist", "quote")
    FA = ("Den fasta avgiften", "avgiften")
    PK = ("Priset per kubikmeter", "Priset")
    vc = lambda per: [("SEK", 1, per, Y26, F, F), ("SEK", 1, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r32_b_vataxa_2027"] = [
        G("9 procent", 9, "percent", ctx="med [9 procent].", **L27, direction=INC, s=("Avgifterna", "Avgifterna"), sp=None, note="the new tariff from 2027; 'i genomsnitt' no bound"),
        G("knappt 80 kronor per månad", 80, "SEK", bound="approx", per="month", **L27, direction=INC, s=None, sp=None, note="'innebär det en ökning med'; the payer is no subject"),
        G("omkring 640 miljoner kronor", 640e6, "SEK", bound="approx", s=("Det nya vattenverket i Norrås", "vattenverket"), sp=None, note="a project's total cost: no period"),
        G("mer än 40 procent", 40, "percent", bound="more_than", **L26, s=("kommunens avloppsledningar", "avloppsledningar"), sp=None, note="'X procent av Y' takes Y"),
        G("50 år", 50, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("185 miljoner kronor", 185e6, "SEK", t=Y27, direction=INC, s=None, sp=None, note="'Under 2027'; ', jämfört med ... under 2026'; the spender is no subject"),
        G("132 miljoner kronor", 132e6, "SEK", t=Y26, s=None, sp=None),
        G("ungefär 0,6 procent", 0.6, "percent", bound="approx", per="year", **L26, s=("ledningarna", "ledningarna"), sp=MH, note="quote; 'Nu'"),
        G("minst 1 procent", 1, "percent", bound="at_least", per="year", direction=INC, s=None, sp=MH, note="'komma upp i': a need with no year; elided"),
        G("4 260 kronor", 4260, "SEK", per="year", **L26, s=FA, sp=None, note="from-value; per carried"),
        G("4 580 kronor per år", 4580, "SEK", per="year", **L27, direction=INC, s=FA, sp=None),
        G("38,40 kronor", 38.40, "SEK", per="m3", **L26, s=PK, sp=None, note="from-value"),
        G("42,10 kronor", 42.10, "SEK", per="m3", **L27, direction=INC, s=PK, sp=None),
        G("150 kubikmeter vatten per år", 150, "m3", per="year", optional=True, s=None, sp=("branschens definition", "enligt"), note="defines the normalvilla"),
        G("11 575 kronor per år", 11575, "SEK", per="year", **L27, direction=INC, s=None, sp=None, note="'med den nya taxan, jämfört med ... i år'; the payer is no subject"),
        G("10 650 kronor", 10650, "SEK", per="year", t=Y26, s=None, sp=None, note="'i år' resolves against the sidecar"),
        G("8,7 procent", 8.7, "percent", ctx="ökning med [8,7 procent].", **L27, direction=INC, s=None, sp=None, note="'Det är en ökning med'"),
        G("omkring 10 250 kronor per år", 10250, "SEK", bound="approx", per="year", **L26, s=("Det genomsnittliga priset för en normalvilla i landet", "priset"), sp=None),
        G("cirka 13 procent", 13, "percent", bound="approx", **L27, s=None, sp=None, note="'även efter höjningen ... över riksgenomsnittet': one time; a municipality is a place"),
        *_row(G, "Fast avgift per år", ["4 260", "4 580", "+7,5"], vc("year"), ("Fast avgift", "avgift"), note="table 'Avgifter för en villa, kronor inklusive moms': '2026' / '2027' explicit, 'Förändring, %' 2027 lenient signed; rows are measures"),
        *_row(G, "Pris per kubikmeter", ["38,40", "42,10", "+9,6"], vc("m3"), ("Pris per kubikmeter", "Pris")),
        *_row(G, "Dagvattenavgift per år", ["630", "680", "+7,9"], vc("year"), ("Dagvattenavgift", "Dagvattenavgift")),
        *_row(G, "Normalvilla, 150 m3 per år", ["10 650", "11 575", "+8,7"], vc("year"), ("Normalvilla", "Normalvilla")),
        *_row(G, "Lägenhet i flerbostadshus, per år", ["3 150", "3 410", "+8,3"], vc("year"), ("Lägenhet i flerbostadshus", "Lägenhet")),
        G("knappt 22 kronor per månad", 22, "SEK", bound="approx", per="month", **L27, direction=INC, s=("höjningen", "höjningen"), sp=None, note="'i genomsnitt' no bound"),
        G("drygt 14 500 hushåll", 14500, "count", bound="approx", **L26, s=("hushåll", "hushåll"), sp=None),
        G("ungefär 31 000 invånare", 31000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
        G("nästan 5 procent", 5, "percent", bound="approx", t=("2020", "2026"), lenient=True, direction=DEC, s=("Förbrukningen", "Förbrukningen"), sp=None, note="'sedan 2020'"),
        G("sex veckor", 6, "week", t=Y26, s=("bevattningsförbud", "bevattningsförbud"), sp=None, note="'Under sommaren 2026'"),
    ]
    NEG["r32_b_vataxa_2027"] = [
        N("1 januari 2027", note="title"), N("1 januari 2027", occ=2, note="date the tariff takes effect"),
        N("tio åren", note="places the investments"),
        N("2027", ctx="Under [2027] investerar", note="places the figure"), N("2026", ctx="under [2026]. VA", note="places the comparison"),
        N("2026", ctx="[2026] 2027 Förändring", note="column header"), N("2027", ctx="2026 [2027] Förändring", note="column header"),
        N("150", ctx="Normalvilla, [150] m3", note="row label"),
        N("2020", note="places the change"), N("2026", ctx="sommaren [2026] infördes", note="places the ban"),
        N("0510-77 42 00"), N("8.00–16.00", note="opening hours"),
    ]

    # ------------------------------------------------------------ 7. concert hall's season summary 2025/26 (HTML, Publicerad 30 juni 2026)
    S = ("2025", "2026")
    LS = dict(t=S, lenient=True)
    NXT = ("2026", "2027")
    AS = ("Annika Strand", "quote")
    BI = ("biljetter", "biljetter")
    sc = [("count", 1, None, S, True, F), ("count", 1, None, S, F, F), ("count", 1, None, ("2024", "2025"), F, F),
          ("percent", 1, None, S, True, True), ("percent", 1, None, S, True, F)]
    ss = [("Föreställningar", "Föreställningar"), ("Besökare", "Besökare"), ("Besökare", "Besökare"), ("Besökare", "Besökare"),
          ("Beläggning", "Beläggning")]
    GOLD["r32_b_konserthus_2526"] = [
        G("186 400 biljetter", 186400, "count", **LS, direction=INC, s=BI, sp=None, note="'den gångna säsongen' (previous sentence); ', en ökning med'"),
        G("412 föreställningar", 412, "count", **LS, s=("föreställningar", "föreställningar"), sp=None),
        G("11 procent", 11, "percent", ctx="ökning med [11 procent] jämfört", **LS, direction=INC, s=BI, sp=None, note="apposition keeps the subject; 'jämfört med säsongen 2024/25'"),
        G("drygt 9 000", 9000, "count", bound="approx", **LS, direction=INC, s=BI, sp=None, note="'fler än under det tidigare rekordåret 2018/19': an earlier point"),
        G("87 procent", 87, "percent", **LS, direction=INC, s=("Den genomsnittliga beläggningen i Stora salen", "beläggningen"), sp=None, note="', mot ... säsongen innan'"),
        G("81 procent", 81, "percent", t=("2024", "2025"), lenient=True, s=None, sp=None, note="'säsongen innan'; elided"),
        G("48 abonnemangskonserter", 48, "count", **LS, s=("abonnemangskonserter", "abonnemangskonserter"), sp=None),
        G("94 procent", 94, "percent", **LS, s=("en beläggning", "beläggning"), sp=None),
        G("71 procent", 71, "percent", ctx="lägre, [71 procent]", **LS, s=("beläggningen", "beläggningen"), sp=None, note="another stage at one time"),
        G("6 procentenheter", 6, "percentage_point", **LS, s=None, sp=None, note="'vilket ... över genomsnittet för landets konserthus': one time"),
        G("14 procent", 14, "percent", ctx="ökade med [14 procent] till", **LS, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("58,7 miljoner kronor", 58.7e6, "SEK", **LS, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("315 kronor", 315, "SEK", **LS, s=("Det genomsnittliga biljettpriset", "biljettpriset"), sp=None),
        G("en tredjedel", 1 / 3, "ratio", **LS, s=("biljetterna", "biljetterna"), sp=None, note="'X av Y' takes Y"),
        G("26 år", 26, "year", bound="less_than", optional=True, s=None, sp=None, note="age limit"),
        *_row(G, "Stora salen", ["168", "128 900", "116 300", "+10,8", "87"], sc, ss, note="HTML table 'Publik per scen, säsongen 2025/26 jämfört med 2024/25': 'Besökare 2025/26' / 'Besökare 2024/25' explicit, the other columns the caption's season (lenient), 'Förändring, %' signed; rows are stages: each column's header as subject"),
        *_row(G, "Kammarsalen", ["126", "31 200", "27 400", "+13,9", "71"], sc, ss),
        *_row(G, "Foajéscenen", ["84", "14 800", "13 100", "+13,0", "76"], sc, ss),
        *_row(G, "Sommarscenen i parken", ["34", "11 500", "11 100", "+3,6", "68"], sc, ss),
        *_row(G, "Totalt", ["412", "186 400", "167 900", "+11,0", "83"], sc, ss),
        G("Närmare 22 000 skolelever", 22000, "count", bound="approx", **LS, s=("skolelever", "skolelever"), sp=None),
        G("tredje", 3, "ordinal", ctx="för [tredje] säsongen", **LS, direction=INC, s=("antalet unga besökare under 26 år", "antalet"), sp=None, note="'ökade ... för tredje säsongen i rad'"),
        G("26 år", 26, "year", occ=2, bound="less_than", optional=True, s=None, sp=None, note="age limit"),
        G("19 procent", 19, "percent", **LS, direction=INC, s=None, sp=None, note="'De utgör nu ... av publiken, jämfört med ... för fem år sedan'; pronoun"),
        G("14 procent", 14, "percent", ctx="med [14 procent] för fem", t=("2020", "2021"), lenient=True, s=None, sp=None, note="'för fem år sedan'"),
        G("fördubblat", 2, "number", t=("2023", "2026"), lenient=True, direction=INC, optional=True, s=("antalet familjekonserter", "antalet"), sp=AS, note="quote; multiplier 'på tre år'"),
        G("214 miljoner kronor", 214e6, "SEK", **LS, s=None, sp=None, note="'Konserthuset omsatte': the earner is no subject"),
        G("128 miljoner kronor", 128e6, "SEK", **LS, s=("regionens och kommunens bidrag", "bidrag"), sp=None, note="'varav ... stod för' takes X"),
        G("40 procent", 40, "percent", bound="more_than", **LS, s=("omsättningen", "omsättningen"), sp=None, note="'överstiger ... av omsättningen'"),
        G("9,4 miljoner kronor", 9.4e6, "SEK", **LS, direction=DEC, s=("Sponsorintäkterna", "Sponsorintäkterna"), sp=None, note="', en minskning med'"),
        G("0,8 miljoner", 0.8e6, "SEK", **LS, direction=DEC, s=("Sponsorintäkterna", "Sponsorintäkterna"), sp=None, note="apposition"),
        G("mellan 420 och 440 föreställningar", None, "count", low=420, high=440, t=NXT, s=("föreställningar", "föreställningar"), sp=None, note="'Till säsongen 2026/27'"),
        G("högst 5 procent", 5, "percent", bound="at_most", t=NXT, lenient=True, direction=INC, s=("Biljettpriserna", "Biljettpriserna"), sp=None),
        G("minst 30 000 biljetter", 30000, "count", bound="at_least", t=NXT, lenient=True, s=("biljetter", "biljetter"), sp=None),
        G("100 kronor", 100, "SEK", bound="at_most", optional=True, s=None, sp=None, note="'för 100 kronor eller mindre': a threshold"),
    ]
    NEG["r32_b_konserthus_2526"] = [
        N("30 juni 2026", note="Publicerad"), N("2025/26", ctx="Säsongen [2025/26] den", note="heading"),
        N("2024/25", ctx="med säsongen [2024/25] och", note="places the comparison"), N("2018/19", note="places the comparison"),
        N("2025/26", ctx="scen, säsongen [2025/26] jämfört", note="caption"), N("2024/25", ctx="2025/26 jämfört med [2024/25] Scen", note="caption"),
        N("2025/26", ctx="Besökare [2025/26]", note="column header"), N("2024/25", ctx="Besökare [2024/25]", note="column header"),
        N("fem år", note="places the comparison"), N("tre år", note="places the multiplier"),
        N("2019", note="places the comparison"), N("2026/27", note="places the plan"),
        N("14", ctx="Strandgatan [14]", note="street number"), N("371 33", note="postal code"), N("0455-30 80 00"),
        N("556612-7740", note="org number"),
    ]

    # ------------------------------------------------------------ 8. region's public-health survey 2026 (Publicerad 5 november 2026)
    ES = ("Elin Sandgren", "quote")
    IN = ("invånare i Västmarks län", "invånare")
    KV = ("kvinnorna i åldern 16–29 år", "kvinnorna")
    FE = ("Andelen med fetma", "Andelen")
    DR = ("Andelen dagligrökare", "Andelen")
    hc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y22, F, F), ("percentage_point", 1, None, Y26, True, True),
          ("percent", 1, None, Y26, F, F)]
    GOLD["r32_b_folkhalsa_2026"] = [
        G("Nästan sju av tio", 0.7, "ratio", bound="approx", **L26, direction=DEC, s=IN, sp=None, note="the next sentence: 'Det är något lägre än 2022, då andelen var'"),
        G("69 procent", 69, "percent", ctx="län, [69 procent], bedömer", **L26, direction=DEC, s=IN, sp=None, note="apposition keeps the subject"),
        G("71 procent", 71, "percent", ctx="andelen var [71 procent]", t=Y22, s=("andelen", "andelen"), sp=None),
        G("72 procent", 72, "percent", ctx="riksgenomsnittet på [72 procent]", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("9 840 personer", 9840, "count", t=Y26, s=("personer", "personer"), sp=None, note="'folkhälsoenkät 2026'"),
        G("16–84 år", None, "year", low=16, high=84, optional=True, s=None, sp=None, note="age band"),
        G("16–29 år", None, "year", low=16, high=29, optional=True, s=None, sp=None, note="age band"),
        G("44 procent", 44, "percent", **L26, direction=INC, s=KV, sp=None, note="'Av Y uppger X' takes Y; ', jämfört med ... 2022'"),
        G("37 procent", 37, "percent", t=Y22, s=None, sp=None, note="elided"),
        G("24 procent", 24, "percent", **L26, s=("andelen", "andelen"), sp=None, note="men against women at one time"),
        G("65–84 år", None, "year", low=65, high=84, optional=True, s=None, sp=None, note="age band"),
        G("16 procent", 16, "percent", ctx="färre, [16 procent] av", **L26, s=("kvinnorna", "kvinnorna"), sp=None, note="'X procent av Y' takes Y"),
        G("9 procent", 9, "percent", ctx="och [9 procent] av männen", **L26, s=("männen", "männen"), sp=None),
        G("19 procent", 19, "percent", ctx="fetma är [19 procent],", **L26, direction=INC, s=FE, sp=None, note="', en ökning med ... sedan förra mätningen'"),
        G("2 procentenheter", 2, "percentage_point", **L26, direction=INC, s=FE, sp=None, note="apposition keeps the subject"),
        G("16 procent", 16, "percent", ctx="andelen är [16 procent]", **L26, s=("andelen", "andelen"), sp=None, note="the country at one time"),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("länets invånare", "invånare"), sp=None),
        G("54 procent", 54, "percent", **L26, s=("länets invånare", "invånare"), sp=None, note="apposition"),
        G("8 procent", 8, "percent", ctx="från [8 procent] till", **L22, s=DR, sp=None, note="from-value ('förra mätningen')"),
        G("6 procent", 6, "percent", ctx="till [6 procent], men", **L26, direction=DEC, s=DR, sp=None),
        G("11 procent", 11, "percent", **L26, direction=INC, s=KV, sp=None, note="', mer än dubbelt så många som 2022'"),
        G("16–29 år", None, "year", low=16, high=29, occ=2, optional=True, s=None, sp=None, note="age band"),
        G("mer än dubbelt så många", 2, "number", bound="more_than", **L26, direction=INC, optional=True, s=None, sp=None, note="multiplier over time"),
        G("ungefär hälften så stor", 0.5, "ratio", bound="approx", optional=True, s=("risk", "risk"), sp=ES, note="quote; multiplier between education groups"),
        G("16–84 år", None, "year", low=16, high=84, occ=2, optional=True, s=None, sp=None, note="age band in the caption"),
        *_row(G, "Bra eller mycket bra hälsa", ["69", "71", "−2", "72"], hc, ("Bra eller mycket bra hälsa", "hälsa"), note="table 'Utvalda indikatorer, andel i procent': 'Länet 2026' / 'Länet 2022' / 'Riket 2026' explicit; 'Förändring, procentenheter' 2026 lenient signed; rows are measures"),
        *_row(G, "Ängslan, oro eller ångest", ["34", "31", "+3", "33"], hc, ("Ängslan, oro eller ångest", "Ängslan")),
        *_row(G, "Fetma (BMI 30 eller mer)", ["19", "17", "+2", "16"], hc, ("Fetma", "Fetma")),
        *_row(G, "Daglig rökning", ["6", "8", "−2", "6"], hc, ("Daglig rökning", "rökning")),
        *_row(G, "Riskabla alkoholvanor", ["14", "16", "−2", "15"], hc, ("Riskabla alkoholvanor", "alkoholvanor")),
        *_row(G, "Stillasittande fritid", ["13", "13", "0", "12"], hc, ("Stillasittande fritid", "fritid")),
        G("30", 30, "number", ctx="(BMI [30] eller", bound="at_least", optional=True, s=None, sp=None, note="definition of obesity"),
        G("68 procent", 68, "percent", **L26, s=None, sp=None, note="'Hela 68 procent uppger': no noun"),
        G("minst 150 minuter", 150, "minute", bound="at_least", per="week", optional=True, s=None, sp=None, note="the recommendation"),
        G("64 procent", 64, "percent", **L26, s=None, sp=None, note="the country at one time"),
        G("74 procent", 74, "percent", **L26, s=None, sp=None, note="a municipality is a place"),
        G("57 procent", 57, "percent", **L26, s=None, sp=None),
        G("24 miljoner kronor per år", 24e6, "SEK", per="year", t=("2027", "2029"), s=("förebyggande insatser", "insatser"), sp=None, note="'under 2027–2029'; the goal of the money"),
        G("minst 73 procent", 73, "percent", bound="at_least", t=Y["2030"], s=("andelen med bra eller mycket bra hälsa", "andelen"), sp=None, note="target 'år 2030'"),
        G("18 000", 18000, "count", ctx="till [18 000] slumpvis", optional=True, **L26, s=("slumpvis utvalda personer", "personer"), sp=None, note="method"),
        G("54,7 procent", 54.7, "percent", **L26, direction=INC, s=("Svarsfrekvensen", "Svarsfrekvensen"), sp=None, note="', att jämföra med ... 2022'"),
        G("49,2 procent", 49.2, "percent", t=Y22, s=None, sp=None),
    ]
    NEG["r32_b_folkhalsa_2026"] = [
        N("2026", ctx="villkor [2026] –", note="title"), N("5 november 2026", note="Publicerad"),
        N("2022", ctx="än [2022], då", note="places the comparison"), N("2026", ctx="folkhälsoenkät [2026],", note="names the survey"),
        N("2022", ctx="37 procent [2022].", note="places the comparison"), N("2022", ctx="så många som [2022].", note="places the comparison"),
        N("2026", ctx="Länet [2026]", note="column header"), N("2022", ctx="Länet [2022]", note="column header"),
        N("2026", ctx="Riket [2026]", note="column header"),
        N("2027–2029", note="places the spending"), N("2030", note="places the target"),
        N("2022", ctx="49,2 procent [2022].", note="places the comparison"), N("021-480 15 60"),
    ]
    return GOLD, NEG
