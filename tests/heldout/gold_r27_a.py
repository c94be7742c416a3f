"""Round 27, part A (r27_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 27, part A (r27_a_*): eight kinds, written from scratch (r27_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a forest company's interim report for
# January-September 2026 (dateline 'Härnösand, 29 oktober 2026' at the top, under the title; 'Jämförelsetal inom
# parentes avser motsvarande period föregående år'; en-dash bullets under 'JULI–SEPTEMBER' and 'JANUARI–SEPTEMBER'
# with brackets in Mkr, procent, 'tusen ton' after the bracket and kronor per aktie; 'sjönk till', 'försvagades till',
# 'förbättrades till', 'vilket gav'; a 'KONCERNCHEFENS KOMMENTAR' paragraph ending in 'säger koncernchef'; 'backade
# ... till ..., från ... samma kvartal i fjol', a pulp list price in 'dollar per ton' 'ungefär 70 dollar lägre än vid
# halvårsskiftet', hectares 'varav 18 procent', skogskubikmeter per år, a leverage multiple 'gånger'; a plain-text
# table 'KONCERNEN I SAMMANDRAG' 'Mkr om inget annat anges' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' /
# 'Jan–sep 2025' with 'tusen ton' and '%' rows), a rent-index release for October 2026 ('Hyresdata Norden · Publicerad
# 13 november 2026 kl. 09.30'; an index level (januari 2020 = 100) 'hamnade på', 'Räknat över tolv månader har ...
# klättrat', 'I september var motsvarande takt', 'Sedan indexets basmånad ... nästan en tredjedel', a monthly rent ',
# att jämföra med ... i oktober 2025', 'kronor per kvadratmeter och år', 'låg index 0,6 procent lägre än i oktober i
# fjol', 'stod index still'; a plain-text table 'Tabell 1. Hyresindex per region, oktober 2026 (jan 2020 = 100)'
# 'Index' / '1 mån, %' / '12 mån, %' / 'Medelhyra tvåa, kr/mån'; vacancies 'upp från ... ett år tidigare'; an
# analyst's forecast 'kryper under 4 procent före sommaren'), a police region's half-year crime summary
# ('Pressmeddelande · 22 juli 2026'; 'Under januari–juni', 'Det är 3,1 procent färre än samma halvår i fjol',
# 'genomsnittet för de tre senaste åren', 'per 100 000 invånare', 'vilket är 16 procent färre än ett år tidigare',
# 'innebär en ökning med ... mot första halvåret 2025', 'ligger 14 procent över treårssnittet', 'Drygt sju av tio',
# 'sjönk till ..., från'; a plain-text table 'Jan–jun 2026' / 'Jan–jun 2025' / 'Snitt 2023–2025' / 'Per 100 000 inv.
# 2026'; shootings 'varav 2', 'Motsvarande period i fjol var de 14'; clearance 'en förbättring med 3 procentenheter';
# a quote 'nästan har halverats på två år', 'ytterligare 12 utredare'; staff 'varav 2 310 poliser'), a municipality's
# library and culture year 2025 in numbers (Markdown, '*Ekebro kommun · ... · Publicerad 12 mars 2026*'; visits 'ökade
# till ..., vilket är 6 procent fler än 2024', 'Meröppet ... stod för 41 200 av besöken, jämfört med 29 800 året
# innan', loans 'vände uppåt ... och landade på', e-loans 'passerade 60 000 för första gången; de var 63 150, en
# ökning med 11 procent', events ', 97 fler än 2024', 'ungefär två tredjedelar', 'mot 11 980 året före'; a Markdown
# table 'Nyckeltal' '2025' / '2024' / '2023' with rows carrying units ('per vecka', 'per invånare, kr'); net cost and
# 'kronor per invånare' against the national average; 'Medieanslaget höjdes med ... till'; a target 'Till 2027 ...
# minst 40 procent', 'I dag är andelen'), an UNDATED opinion piece on pre-school fees (no date, no sidecar; the fee
# cap 'högst 3 procent av hushållets bruttoinkomst, men aldrig mer än 1 720 kronor i månaden', a worked example with a
# monthly wage, 'dubbelt så höga', 'fyra gånger så hög', caps for later children, a legal reference '8 kap. 16 §', a
# survey of municipalities 'i snitt 140 kronor per månad', 'nästan dubbelt så mycket', Norway and Finland, 'fyra av
# tio', 'per barn och år', 'mindre än 1,5 miljarder kronor om året', 'Var tredje förälder', three dash demands incl.
# 'inte höjs med mer än 2 procent per år'), a weekly fuel-price watch for week 48 dated only by its sidecar
# (2026-11-27; 'kronor per liter', '35 öre lägre än förra veckan', 'Jämfört med samma vecka i fjol ... billigare',
# 'oförändrat mot föregående vecka men 46 öre dyrare', 'krympt till', HVO 'kronor litern efter en sänkning med 30
# öre', 'står kvar på'; a plain-text table 'Veckans priser, kronor per liter' 'Denna vecka' / 'Förra veckan' /
# 'Förändring' / 'Samma vecka i fjol' with '0,00' cells; a Rotterdam price 'sjunkit med drygt 6 procent på två
# veckor', 'Enligt Bränslebevakningens beräkningar'; a car and a lorry example in liter and mil; a range '40–60 öre'),
# a municipal energy company's HTML page on district-heating prices from 1 January 2027 (cookie banner, menu,
# breadcrumb as a list, footer; 'Publicerad 30 oktober 2026 · Uppdaterad 2 november 2026'; 'höja ... med i genomsnitt
# 4,8 procent från årsskiftet', 'lägre än de 7,5 procent som aviserades i våras', 'höjs från 612 till 641 kronor per
# MWh', a fixed fee 'per år, en ökning med', 'kronor per kW och år', a summer price 'sänks ... till'; an HTML table
# 'Exempel på årskostnad inklusive moms, kronor per år' 'Förbrukning, MWh/år' / '2026' / '2027' / 'Förändring, %'
# whose row labels carry '140 kvm' / '30 lägenheter'; 'knappt 57 kronor mer i månaden', a ranking 'plats 38 av 290
# kommuner', fuel prices 'på ett år', first-person investments 'de senaste två åren', GWh 'under 2025'; opening hours
# 'klockan 8–16') and a ski resort's season summary 2025/26 ('Publicerad 24 april 2026'; 'näst bästa vintern' in the
# title, 'öppetdagar, nio fler än förra säsongen', 'en uppgång med 8 procent jämfört med 2024/25', the record
# 'säsongen 2022/23', 'ungefär var femte', occupancy ', mot 66 procent säsongen innan och 74 procent under
# rekordvintern', 'sjönk ... till', turnover ', 34 miljoner mer än 2024/25 och bara 9 miljoner under rekordåret',
# 'stod för', day and six-day passes; a plain-text table 'Säsongen i siffror' '2025/26' / '2024/25' / '2022/23
# (rekord)'; snow depth in centimeter, '62 av de 84 nedfarterna', kubikmeter vatten; the CEO's quote with a 40 percent
# capacity rise 'Nästa vinter'; investments 'inför säsongen 2026/27').
# The r8-r26 decisions are followed (see the headers of gold_r25_a.py, gold_r26_a.py and gold_r26_b.py): periods at
# year grain (seasons and averages as spans); a relative expression in the sentence ('i fjol', 'förra året', 'samma
# vecka i fjol') resolves against the publication date and is not lenient, while 'I dag', 'i våras' (the rise
# announced for next year), 'Nästa vinter' and 'före sommaren' stay lenient; a month, quarter or half-year without a
# year, a heading's, a caption's or the document's period, present tense, 'året innan', 'året före', 'ett år
# tidigare', 'föregående år', 'förra säsongen', 'säsongen innan' are lenient; a level followed by ', att jämföra med',
# ', mot', ', jämfört med', ', vilket är X fler/färre', ', en ökning/uppgång/förbättring med', 'Det är X färre', ', X
# lägre än' is the new value after a change, from-values have no direction; comparisons at one time (against an
# average, another fuel, another municipality or country, the older stock) have no direction; a comparison with an
# earlier point takes the current period with a direction; multipliers are optional; thresholds, definitions of an
# example and explanations are optional, the results of worked examples, forecasts, targets and demands are required;
# 'passerade X' is more_than (r25/r26); table cells take their column headers' periods (a caption's period lenient),
# change columns without a named span take the current period lenient and their direction from the sign ('0,0' /
# '0,00' no direction); rows that are categories take the caption's or the column's measure as subject, rows that are
# measures their own label; 'per månad' / 'i månaden' per="month", 'per år' / 'om året' / 'på årsbasis' per="year",
# 'per liter' / 'litern' per="l", 'per ton' per="tonne", 'per aktie' per="share", 'per vecka' / 'i veckan' per="week",
# 'per invånare' / 'per 100 000 invånare' per="capita" (r10: the value as written, '100 000' N), 'per barn och år'
# per="capita" (r15's 'per elev och år'), 'per kvadratmeter och år' per="m2" and 'per kW och år' per="kW" (r15: one
# denominator, the year implied), 'mil' are 10 km (r16), öre are SEK/100; ratios in words are ratios; 'vilket' / 'Det'
# / 'varav' without a noun / elided nouns / pronouns have s None; the payer and the holder are no subject; 'X stod för
# Y' takes X; 'X procent av Y' with X predicated of no other noun takes Y; a paragraph ending in 'säger ...' credits
# every figure in it to the speaker (quote); the op-ed's signatories are no speaker ('I vår granskning', 'vår enkät');
# the UNDATED text has no period on any figure; a publisher's plain reporting is no speaker; the price of a card
# (dagkort) per None (r21).
# Where those were silent, decided here:
# - Forest company: the brackets' note names the period relatively ('motsvarande period föregående år'), so the
#   brackets are 2025 lenient (r26's note named the year and was explicit). The bullets under 'JULI–SEPTEMBER' /
#   'JANUARI–SEPTEMBER' (no year) are 2026 lenient. 'sjönk till', 'försvagades till' decrease, 'ökade', 'förbättrades
#   till' increase; 'blev', 'var', 'vilket gav en rörelsemarginal på' state no change. 'tusen ton' after '246 (231)'
#   scales both (tonne). The CEO paragraph ends in 'säger koncernchef Annika Rydholm': 'föll med närmare 6 procent
#   jämfört med andra kvartalet' 2026 lenient decrease (an earlier point); 'sänkt ... med 4,5 procent på två år'
#   ('2024', '2026') lenient decrease; the stoppage cost 'omkring 85 Mkr' is a forecast for the fourth quarter (2026
#   lenient, required, s 'Underhållsstoppet i november'). 'Kartongleveranserna backade ... till 158 000 ton, från 171
#   000 ton samma kvartal i fjol': 158 000 decrease, 171 000 2025 explicit. '1 390 dollar per ton' is USD (kind money)
#   per="tonne"; 'ungefär 70 dollar lägre än vid halvårsskiftet' decrease (an earlier point), per carried.
#   'Virkeskostnaden per kubikmeter var 9 procent högre än under jämförelseperioden' increase (an earlier point). '412
#   000 hektar' unit "ha" (r25); 'varav 18 procent' and 'varav drygt hälften' s None. '2,1 miljoner skogskubikmeter
#   per år': a skogskubikmeter is a volume of standing wood: unit m3, per="year". '1,9 gånger rörelseresultatet ...' a
#   multiple (number, r25), s None (after 'motsvarande' the figure is predicated of no noun but the multiplier's
#   object). Table: 'Mkr om inget annat anges' scales the unit-less rows by 1e6; rows carrying '%' / 'tusen ton' take
#   those.
# - Rent index (published 2026-11-13): 'i oktober', 'I september' (no year), 'Räknat över tolv månader', 'på ett år'
#   are 2026 lenient. The index level '131,6' is unit number, increase (', en uppgång med 0,4 procent från september',
#   and the 0,4 takes the same subject). 'I september var motsvarande takt 5,7 procent' increase (a twelve-month rate
#   of rise, as r26's 'tolvmånadersökningen'), s 'motsvarande takt' (head 'takt'). 'Sedan indexets basmånad ... nästan
#   en tredjedel' ratio 1/3 approx, ('2020', '2026') lenient (the base month January 2020 is named in the text),
#   increase. 'Den genomsnittliga månadshyran ... var 10 940 kronor': per="month" (the noun 'månadshyran' names the
#   month), increase (', att jämföra med ... i oktober 2025'); '55 kvadratmeter' defines the example flat (optional).
#   'Omräknat blir det 2 387 kronor per kvadratmeter och år' s None ('det'). 'där låg index 0,6 procent lägre än i
#   oktober i fjol': 2026 lenient, decrease (an earlier point). 'omkring 1 200 nybyggda lägenheter' 2026 lenient.
#   Table: the caption 'oktober 2026' gives every cell 2026 lenient (r25: a caption's period); '1 mån, %' / '12 mån,
#   %' signed ('1 mån' / '12 mån' name spans: N); rows are regions: the index columns take the caption's 'Hyresindex',
#   the rent column its own header 'Medelhyra tvåa' (per month from 'kr/mån'). 'varav 41 procent' s None; '23 procent
#   över hyran i det äldre beståndet' compares two stocks at one time (no direction). 'Av de annonserade lägenheterna
#   stod 2,1 procent tomma ..., upp från 1,6 procent ett år tidigare': 'Av Y ... X' takes Y; 2,1 increase, 1,6 2025
#   lenient; the 'längre än en månad' threshold has no digit. The analyst's 'årstakten kryper under 4 procent före
#   sommaren' is a forecast: less_than, 2027 lenient (the next summer after November 2026), decrease, quote. 'januari
#   2020' / 'jan 2020' and the base value '100' are N; 'Tabell 1' is N.
# - Police half-year (dateline 22 juli 2026): 'Under januari–juni', 'under halvåret' (no year) 2026 lenient. The
#   three-year average in prose ('genomsnittet för de tre senaste åren', 'treårssnittet') is ('2023', '2025') lenient
#   (r26: the span the table header names), the column 'Snitt 2023–2025' explicit. '41 386 brott' decrease (the next
#   sentence 'Det är 3,1 procent färre än samma halvår i fjol'); '3,1 procent' s None. '4 212 anmälda brott per 100
#   000 invånare' count per="capita" (r10). '812 inbrott ..., vilket är 16 procent färre' both decrease, 16 s None. '9
#   870 anmälda bedrägerier innebär en ökning med 8,2 procent mot första halvåret 2025' both increase, same subject;
#   '14 procent över treårssnittet' against an average: no direction, s 'antalet'. 'Drygt sju av tio bedrägerier'
#   ratio 0.7 approx, s 'bedrägerier'. 'sjönk till 3 214, från 3 388': the from-value 2025 lenient (the same half of
#   the year before, not named in the sentence). 'två spaningsgrupper' is an explanation (optional). Table rows are
#   categories: s the caption's 'Anmälda brott' (head 'brott') for every column, per="capita" in 'Per 100 000 inv.
#   2026'. '9 skjutningar' decrease because the next sentence states the figure for the same period 'i fjol' (14, 2025
#   explicit, s None: pronoun 'de'); 'varav 2' s None. '24 procent, en förbättring med 3 procentenheter' both
#   increase. The regional chief's quote: 'nästan har halverats på två år' optional ratio 0.5 approx decrease ('2024',
#   '2026') lenient (r25); 'satt av ytterligare 12 utredare' count, increase (an addition to the section), 2026
#   lenient. '3 480 anställda, varav 2 310 poliser': 'varav' followed by a counted noun takes that noun ('poliser').
# - Library 2025 (published 2026-03-12): unmarked figures and 'under året' are 2025 lenient; 'året innan' / 'året
#   före' 2024 lenient; 'I dag är andelen 34 procent' 2026 lenient (the publication year). 'Meröppet ... stod för 41
#   200 av besöken, jämfört med 29 800 året innan' takes X ('Meröppet'), 41 200 increase. 'Utlånen ... vände uppåt ...
#   och landade på 402 700' increase. 'E-boksutlånen ... passerade 60 000 för första gången' more_than, increase (the
#   verb of change 'fortsatte att växa och passerade'); 'de var 63 150' s None (pronoun), increase (', en ökning med
#   11 procent'); the 11 procent takes the noun the pronoun stands for ('E-boksutlånen'). '1 164 evenemang ..., 97
#   fler än 2024' both increase, 97 s None. 'Barn- och ungdomsprogrammet stod för ungefär två tredjedelar av
#   evenemangen' ratio 2/3 approx, takes X (head 'ungdomsprogrammet': heads never contain a hyphenated first part).
#   'åtta utställningar' count. '14 650 besökare, mot 11 980 året före' 14 650 increase, 11 980 2024 lenient, same
#   subject. '1 046 elever' ('i december', no year) 2025 lenient; 'en kö på 212 barn' s 'en kö'. Markdown table:
#   '2025' / '2024' / '2023' explicit; rows are measures (own label; 'Öppettimmar per vecka' unit hour per="week";
#   'Nettokostnad per invånare, kr' SEK per="capita"). '712 kronor per invånare' after ', eller' restates the net cost
#   per head (same subject). 'Riksgenomsnittet ... var 748 kronor' per capita carried, no direction. 'höjdes med 400
#   000 kronor till 2,9 miljoner kronor' both increase. The target 'Till 2027 ... minst 40 procent av kommunens
#   invånare' at_least, 2027 explicit, no direction (no verb of change), s the Y ('kommunens invånare').
# - Pre-school op-ed (UNDATED): no period on any figure. The fee cap figures ('högst 3 procent', 'aldrig mer än 1 720
#   kronor i månaden', '2 procent' / '1 procent' for later children) are price levels the piece states as facts:
#   required (not optional rules); 'aldrig mer än' is at_most; '1 procent' follows an elided 'taket' (s None); the
#   payer is no subject. The worked example: the wage '31 500 kronor' (per month, 'en månadslön') optional, the result
#   '945 kronor' required with per None (no 'per' written, r26); 'dubbelt så höga' / 'fyra gånger så hög' / 'nästan
#   dubbelt så mycket' multipliers optional (number). '48 kommuner' / '19' (s None: elided) / '140 kronor per månad'
#   ('i snitt': no bound, s 'tilläggsavgift'). 'en familj med två barn' defines the comparison (optional). Norway
#   'ungefär 2 300 svenska kronor i månaden' s 'taket' (comparison between countries: no direction); '20 timmar gratis
#   i veckan' per="week", s None (the households are the holder); Finland 'drygt 3 400 kronor' per None (no 'per'
#   written); 'fyra av tio familjer' s 'familjer'. '168 000 kronor per barn och år' per="capita". 'inkomster under 25
#   000 kronor i månaden' is the threshold of a proposal (optional, less_than). 'mindre än 1,5 miljarder kronor om
#   året' the cost of the proposal (required, less_than, per year, s None: the subject is a clause). 'Var tredje
#   förälder' s 'förälder' (the counted noun follows, as r25's 'var tionde hektar'). The demand 'att taket ... inte
#   höjs med mer än 2 procent per år' is at_most (negated 'mer än'), increase, per="year". The legal reference '8 kap.
#   16 §' is N. 'det fjärde barnet', 'första barnet' etc. are left out (birth order, no figure).
# - Fuel watch (sidecar 2026-11-27, week 48): 'i veckan', 'nu', 'i dag' and the columns 'Denna vecka' / 'Förra veckan'
#   are 2026 lenient; 'samma vecka i fjol', 'samma tid förra året' and the column 'Samma vecka i fjol' are 2025
#   explicit when a figure sits in them, otherwise they only place a comparison. '18,49 kronor per liter, 35 öre lägre
#   än förra veckan': both decrease, the 35 öre takes the price (apposition, no 'vilket'/'Det'), per carried. 'Jämfört
#   med samma vecka i fjol är dieseln 1,12 kronor billigare' decrease (an earlier point), per carried to differences
#   of per-litre prices. 'vilket är oförändrat ... men 46 öre dyrare' increase, s None. 'krympt till 1,20 kronor'
#   decrease. 'säljs för 24,95 kronor litern efter en sänkning med 30 öre': 'litern' is per="l"; both decrease.
#   'nästan 6,50 kronor mer än för vanlig diesel' compares two fuels (no direction), s None ('Det är'). 'ungefär var
#   fjärde station' ratio 0.25 approx. 'står kvar på 14,79' no change. Table: caption 'kronor per liter' gives SEK per
#   l to every cell, the 'Förändring' column too (signed; '0,00' no direction); rows are fuels: s the caption's
#   'Veckans priser' (head 'priser'). The grade and product names '95' (in 'Bensin 95', '95 oktan'), 'HVO100', 'E85'
#   are N (the subject of '14,79 kronor per liter' is 'E85'). 'sjunkit med drygt 6 procent på två veckor' 2026 lenient
#   decrease. 'Enligt Bränslebevakningens beräkningar går ungefär 60 procent av dieselpriset till skatter': speaker
#   the publisher named in 'Enligt' (source enligt), s the Y 'dieselpriset'. Examples: '50 liter', '12 000 mil' (120
#   000 km per year), '3 liter per mil' (0.3 l per km) optional; their results '924,50 kronor', 'drygt 17 kronor'
#   (decrease, 'mindre än för en vecka sedan') and 'cirka 12 600 kronor' ('på årsbasis', per year, s 'en besparing')
#   required. '40–60 öre billigare per liter' a range (low/high 0.40/0.60 SEK per l), comparison at one time, 'i
#   snitt': no bound. 'för andra gången' (an occurrence count) is left out.
# - District heating (HTML, published 2026-10-30): the page's heading 'från 1 januari 2027' and 'från årsskiftet' make
#   the new prices 2027 lenient; the from-value '612' (the price in force) 2026 lenient. 'Vallby Energis styrelse har
#   beslutat att höja priset ... med i genomsnitt 4,8 procent' credited to the board ('i genomsnitt': no bound). 'de
#   7,5 procent som aviserades i våras' is the rise announced earlier for the same year: 2027 lenient, increase, s
#   None. '4 250 kronor per år, en ökning med 150 kronor' both increase, per year. '1 018 kronor per kW och år'
#   per="kW". The summer price 'sänks ... till 285 kronor per MWh' decrease (a verb of change with a new value), 2027
#   lenient. HTML table: the caption 'kronor per år' gives per year to the cost columns '2026' / '2027' (explicit);
#   'Förändring, %' 2027 lenient signed; rows are typical customers: s the caption's 'årskostnad'. The column
#   'Förbrukning, MWh/år' and the row labels' '140 kvm' / '30 lägenheter' define the typical customers: optional (MWh
#   per year, m2, count). 'knappt 57 kronor mer i månaden' increase, per month, s 'höjningen'. 'låg Vallby Energi i
#   fjol på plats 38 av 290 kommuner': ordinal 38 and count 290, 2025 explicit; 'kostade 9 procent mindre än
#   rikssnittet' against an average (no direction), 2025 explicit ('i fjol' in the same sentence). 'närmare 20 procent
#   på ett år' 2026 lenient increase. 'de senaste två åren har vi investerat 214 miljoner kronor ... och 11 kilometer
#   nya ledningar' ('2024', '2026') lenient (as 'på två år'), the goal of the money as subject, speaker the company
#   (first person: publisher). '412 GWh' 2025 explicit. 'klockan 8–16' is N (times of day), 'Box 512' N.
# - Ski season 2025/26 (published 2026-04-24): the season's figures are ('2025', '2026') lenient (r23); 'förra
#   säsongen' / 'säsongen innan' ('2024', '2025') lenient; the record season '2022/23' explicit where named in the
#   sentence, ('2022', '2023') lenient for 'rekordvintern' / 'rekordåret'; 'inför säsongen 2026/27' and 'Nästa vinter'
#   ('2026', '2027') (explicit / lenient). 'näst bästa vintern' in the title is ordinal 2 (required, s 'vintern').
#   '147 öppetdagar' unit day (days open), increase (', nio fler än förra säsongen'; the 'nio' unit day, s None). '612
#   000 skiddagar, en uppgång med 8 procent jämfört med 2024/25' both increase, same subject. '94 500' ('uppskattas
#   till': no bound). 'ungefär var femte' after 'varav' s None. '71 procent, mot 66 procent säsongen innan och 74
#   procent under rekordvintern': 71 increase; 66 and 74 no direction. 'en beläggning på 97 procent' s 'en
#   beläggning'; 'sjönk beläggningen ... till 48 procent' decrease. '486 miljoner kronor, 34 miljoner mer än 2024/25
#   och bara 9 miljoner under rekordåret': 486 increase, 34 increase, 9 decrease (a comparison with an earlier point,
#   the record); 34 / 9 s None. 'Liftkortsförsäljningen stod för 212 miljoner kronor, boendet för 168 miljoner' take
#   X. Table 'Säsongen i siffror': column seasons explicit, rows are measures ('tusen' scales by 1 000). '168
#   centimeter' ('som högst': no bound) unit cm. '62 av de 84 nedfarterna' both count, s 'nedfarterna'. The CEO's '1
#   150 säsongsanställda' and '40 procent' (capacity rise, 'Nästa vinter', increase) are quotes. 'sexstolslift' and
#   'sista fyra veckor' are left out.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods and digits,
#   years and dates that only place a claim or a comparison, index bases ('januari 2020', '= 100'), the denominator
#   '100 000', next-release dates, times of day, table numbering, grade and product names ('95', 'HVO100', 'E85'), a
#   legal reference, phone numbers, a postal box, postal codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'tolv månader', 'de tre senaste
#   åren', 'treårssnittet', 'första halvåret', 'andra kvartalet', 'fjärde kvartalet', 'halvårsskiftet',
#   'niomånadersperioden', 'de senaste tolv månaderna', 'på två år', 'på ett år', 'på två veckor', 'för andra gången',
#   'första barnet' / 'andra barnet' / 'tredje barnet' / 'fjärde barnet', 'sista fyra veckor', 'sexstolslift',
#   'sexdagarskort', 'för första gången', 'de senaste två åren'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2022", "2023", "2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    TWO = dict(t=("2024", "2026"), lenient=True)  # 'på två år' / 'de senaste två åren' from late 2026 (r26)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. forest company, interim report Jan-Sep 2026 (dateline 29 oktober 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    LP = ("Leveranserna av pappersmassa", "Leveranserna")
    RA = ("Resultatet per aktie", "Resultatet")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    AR = ("Annika Rydholm", "quote")
    KL = ("Kartongleveranserna", "Kartongleveranserna")
    LI = ("Listpriset på långfibrig sulfatmassa i Europa", "Listpriset")
    AN = ("Antalet anställda", "Antalet")
    sq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r27_a_skog_q3"] = [
        G("2 184", 2184e6, "SEK", ctx="till [2 184] (2 317)", **L26, direction=DEC, s=NO, sp=None, note="bullets under 'JULI–SEPTEMBER' (no year: the report's year, lenient); 'sjönk till'"),
        G("2 317", 2317e6, "SEK", ctx="2 184 ([2 317]) Mkr", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("196", 196e6, "SEK", ctx="till [196] (261)", **L26, direction=DEC, s=RR, sp=None, note="'försvagades till'"),
        G("261", 261e6, "SEK", ctx="196 ([261]) Mkr", **L25, s=RR, sp=None),
        G("9,0", 9.0, "percent", ctx="på [9,0] (11,3)", **L26, s=RM, sp=None, note="'vilket gav': no change stated"),
        G("11,3", 11.3, "percent", ctx="9,0 ([11,3]) procent", **L25, s=RM, sp=None),
        G("246", 246e3, "tonne", ctx="till [246] (231)", **L26, direction=INC, s=LP, sp=None, note="'tusen ton' after the bracket applies to both"),
        G("231", 231e3, "tonne", ctx="246 ([231]) tusen", **L25, s=LP, sp=None),
        G("1,42", 1.42, "SEK", per="share", ctx="blev [1,42] (1,88)", **L26, s=RA, sp=None, note="'blev': no change stated"),
        G("1,88", 1.88, "SEK", per="share", ctx="1,42 ([1,88]) kronor", **L25, s=RA, sp=None),
        G("3 procent", 3, "percent", ctx="med [3 procent] till", **L26, direction=INC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("6 905", 6905e6, "SEK", ctx="till [6 905] (6 704)", **L26, direction=INC, s=NO, sp=None),
        G("6 704", 6704e6, "SEK", ctx="6 905 ([6 704]) Mkr", **L25, s=NO, sp=None),
        G("712", 712e6, "SEK", ctx="till [712] (655)", **L26, direction=INC, s=RR, sp=None, note="'förbättrades till'"),
        G("655", 655e6, "SEK", ctx="712 ([655]) Mkr", **L25, s=RR, sp=None),
        G("884", 884e6, "SEK", ctx="var [884] (1 021)", **L26, s=KF, sp=None),
        G("1 021", 1021e6, "SEK", ctx="884 ([1 021]) Mkr", **L25, s=KF, sp=None),
        G("närmare 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("vårt genomsnittliga försäljningspris", "försäljningspris"), sp=AR, note="paragraph ending in 'säger koncernchef'; 'föll ... jämfört med andra kvartalet'"),
        G("4,5 procent", 4.5, "percent", **TWO, direction=DEC, s=("den specifika energianvändningen", "energianvändningen"), sp=AR, note="'på två år'"),
        G("omkring 85 Mkr", 85e6, "SEK", bound="approx", **L26, s=("Underhållsstoppet i november", "Underhållsstoppet"), sp=AR, note="forecast for 'fjärde kvartalet' (no year)"),
        G("158 000 ton", 158000, "tonne", **L26, direction=DEC, s=KL, sp=None, note="'backade ... till ..., från'"),
        G("171 000 ton", 171000, "tonne", t=Y25, s=KL, sp=None, note="'samma kvartal i fjol' resolves"),
        G("1 390 dollar per ton", 1390, "USD", kind="money", per="tonne", **L26, s=LI, sp=None, note="'i slutet av september'"),
        G("ungefär 70 dollar", 70, "USD", kind="money", bound="approx", per="tonne", **L26, direction=DEC, s=LI, sp=None, note="'lägre än vid halvårsskiftet': an earlier point; per carried"),
        G("9 procent", 9, "percent", ctx="var [9 procent] högre", **L26, direction=INC, s=("Virkeskostnaden per kubikmeter", "Virkeskostnaden"), sp=None, note="'högre än under jämförelseperioden'"),
        G("27 procent", 27, "percent", **L26, direction=DEC, s=("andelen egen ved i bruken", "andelen"), sp=None, note="'sjönk till'"),
        G("412 000 hektar", 412000, "ha", **L26, s=("produktiv skogsmark", "skogsmark"), sp=None, note="present tense"),
        G("18 procent", 18, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("2,1 miljoner skogskubikmeter per år", 2.1e6, "m3", per="year", **L26, s=("Tillväxten i den egna skogen", "Tillväxten"), sp=None, note="skogskubikmeter as m3"),
        G("1 140 Mkr", 1140e6, "SEK", **L26, s=("Investeringarna", "Investeringarna"), sp=None, note="'under niomånadersperioden'"),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L26, s=None, sp=None, note="'varav'"),
        G("3 460 Mkr", 3460e6, "SEK", **L26, s=("Nettoskulden", "Nettoskulden"), sp=None),
        G("1,9 gånger", 1.9, "number", **L26, s=None, sp=None, note="a multiple after 'motsvarande'"),
        G("2 615", 2615, "count", ctx="var [2 615] (2 580)", **L26, s=AN, sp=None),
        G("2 580", 2580, "count", ctx="2 615 ([2 580])", **L25, s=AN, sp=None),
        *_row(G, "Nettoomsättning", ["2 184", "2 317", "6 905", "6 704"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'Mkr om inget annat anges': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Rörelseresultat", ["196", "261", "712", "655"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["9,0", "11,3", "10,3", "9,8"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Leveranser massa, tusen ton", ["246", "231", "718", "689"], sq("tonne", 1e3), ("Leveranser massa", "Leveranser")),
        *_row(G, "Leveranser kartong, tusen ton", ["158", "171", "497", "502"], sq("tonne", 1e3), ("Leveranser kartong", "Leveranser")),
    ]
    NEG["r27_a_skog_q3"] = [
        N("januari–september 2026", note="title"), N("29 oktober 2026", note="dateline"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("4 februari 2027", note="next report"),
        N("0611-55 20 90"), N("556291-3384", note="org number"),
    ]

    # ------------------------------------------------------------ 2. rent index, October 2026 (Publicerad 13 november 2026)
    HI = ("Hyresindex", "Hyresindex")
    MH = ("Den genomsnittliga månadshyran", "månadshyran")
    MT = ("Medelhyra tvåa", "Medelhyra")
    JE = ("Jonas Ekwall", "quote")
    ix = [("number", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True),
          ("SEK", 1, "month", Y26, True, F)]
    GOLD["r27_a_hyresindex_okt"] = [
        G("131,6", 131.6, "number", ctx="hamnade på [131,6]", **L26, direction=INC, s=HI, sp=None, note="'i oktober' (no year); ', en uppgång med ... från september'"),
        G("0,4 procent", 0.4, "percent", **L26, direction=INC, s=HI, sp=None),
        G("5,2 procent", 5.2, "percent", **L26, direction=INC, s=("nyuthyrningshyrorna", "nyuthyrningshyrorna"), sp=None, note="'Räknat över tolv månader ... klättrat'"),
        G("5,7 procent", 5.7, "percent", **L26, direction=INC, s=("motsvarande takt", "takt"), sp=None, note="'I september' (no year); a twelve-month rate of increase"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", t=("2020", "2026"), lenient=True, direction=INC, s=("hyrorna för nya kontrakt", "hyrorna"), sp=None, note="'Sedan indexets basmånad' (January 2020)"),
        G("55 kvadratmeter", 55, "m2", optional=True, s=("en nyuthyrd tvåa", "tvåa"), sp=None, note="defines the example flat"),
        G("10 940 kronor", 10940, "SEK", per="month", **L26, direction=INC, s=MH, sp=None, note="'månadshyran' names the month; ', att jämföra med ... i oktober 2025'"),
        G("10 390 kronor", 10390, "SEK", per="month", t=Y25, s=MH, sp=None),
        G("2 387 kronor per kvadratmeter och år", 2387, "SEK", per="m2", **L26, s=None, sp=None, note="'Omräknat blir det'; 'per kvadratmeter och år' per m2 (r15)"),
        G("7,9 procent", 7.9, "percent", ctx="upp med [7,9 procent]", **L26, direction=INC, s=("hyrorna", "hyrorna"), sp=None, note="'på ett år'"),
        G("0,6 procent", 0.6, "percent", ctx="index [0,6 procent] lägre", **L26, direction=DEC, s=("index", "index"), sp=None, note="'lägre än i oktober i fjol': an earlier point"),
        G("omkring 1 200 nybyggda lägenheter", 1200, "count", bound="approx", **L26, s=("nybyggda lägenheter", "lägenheter"), sp=None),
        *_row(G, "Stockholm", ["134,2", "+0,5", "+5,8", "13 760"], ix, [HI, HI, HI, MT], note="table 'Hyresindex per region, oktober 2026': the caption's month (lenient); '1 mån, %' / '12 mån, %' signed; rows are regions"),
        *_row(G, "Göteborg", ["129,8", "0,0", "+4,9", "11 120"], ix, [HI, HI, HI, MT]),
        *_row(G, "Malmö", ["122,4", "−0,3", "−0,6", "9 480"], ix, [HI, HI, HI, MT]),
        *_row(G, "Uppsala", ["138,1", "+0,9", "+7,9", "11 540"], ix, [HI, HI, HI, MT]),
        *_row(G, "Övriga landet", ["127,3", "+0,4", "+4,6", "8 630"], ix, [HI, HI, HI, MT]),
        *_row(G, "Hela riket", ["131,6", "+0,4", "+5,2", "10 940"], ix, [HI, HI, HI, MT]),
        G("6 812 nyuthyrda lägenheter", 6812, "count", **L26, s=("nyuthyrda lägenheter", "lägenheter"), sp=None, note="'under oktober'"),
        G("41 procent", 41, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("23 procent", 23, "percent", **L26, s=("medelhyran", "medelhyran"), sp=None, note="against the older stock: no direction"),
        G("2,1 procent", 2.1, "percent", ctx="stod [2,1 procent] tomma", **L26, direction=INC, s=("de annonserade lägenheterna", "lägenheterna"), sp=None, note="'Av Y stod X': Y; 'upp från ... ett år tidigare'"),
        G("1,6 procent", 1.6, "percent", **L25, s=("de annonserade lägenheterna", "lägenheterna"), sp=None, note="'ett år tidigare'"),
        G("4 procent", 4, "percent", ctx="under [4 procent] före", bound="less_than", **L27, direction=DEC, s=("årstakten", "årstakten"), sp=JE, note="forecast 'före sommaren' (the next summer)"),
    ]
    NEG["r27_a_hyresindex_okt"] = [
        N("oktober 2026", ctx="lägenheter, [oktober 2026]", note="title"), N("13 november 2026"), N("09.30", note="time of day"),
        N("januari 2020", note="index base"), N("100", ctx="januari 2020 = [100])", note="index base value"),
        N("våren 2024", note="places the comparison"), N("oktober 2025", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"), N("oktober 2026", ctx="region, [oktober 2026] (jan", note="caption"),
        N("jan 2020", note="index base"), N("100", ctx="jan 2020 = [100])", note="index base value"),
        N("1 mån", note="column header: a span"), N("12 mån", note="column header: a span"),
        N("11 december 2026", note="next release"), N("08-410 227 58"),
    ]

    # ------------------------------------------------------------ 3. police region, first half of 2026 (Pressmeddelande · 22 juli 2026)
    TS = ("2023", "2025")
    AB = ("Anmälda brott", "brott")
    AM = ("Antalet anmälda misshandelsbrott", "Antalet")
    BE = ("anmälda bedrägerier", "bedrägerier")
    HS = ("Helena Strandberg", "quote")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, TS, F, F), ("count", 1, "capita", Y26, F, F)]
    GOLD["r27_a_polis_halvar"] = [
        G("41 386 brott", 41386, "count", **L26, direction=DEC, s=("brott", "brott"), sp=None, note="'Under januari–juni' (no year); next sentence 'Det är 3,1 procent färre'"),
        G("3,1 procent", 3.1, "percent", **L26, direction=DEC, s=None, sp=None, note="'Det är ... färre än samma halvår i fjol'"),
        G("41 520", 41520, "count", ctx="ligger på [41 520].", t=TS, lenient=True, s=("genomsnittet för de tre senaste åren", "genomsnittet"), sp=None, note="three-year average (2023-2025, named by the table header)"),
        G("cirka 983 000 invånare", 983000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
        G("4 212 anmälda brott", 4212, "count", per="capita", **L26, s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare'"),
        G("812 inbrott", 812, "count", **L26, direction=DEC, s=("inbrott", "inbrott"), sp=None, note="', vilket är 16 procent färre än ett år tidigare'"),
        G("16 procent", 16, "percent", **L26, direction=DEC, s=None, sp=None),
        G("1 010", 1010, "count", ctx="ligger på [1 010].", t=TS, lenient=True, s=("treårssnittet", "treårssnittet"), sp=None),
        G("9 870 anmälda bedrägerier", 9870, "count", **L26, direction=INC, s=BE, sp=None, note="'innebär en ökning med ... mot första halvåret 2025'"),
        G("8,2 procent", 8.2, "percent", **L26, direction=INC, s=BE, sp=None),
        G("14 procent", 14, "percent", **L26, s=("antalet", "antalet"), sp=None, note="against the three-year average: no direction"),
        G("Drygt sju av tio", 0.7, "ratio", bound="approx", **L26, s=("bedrägerier", "bedrägerier"), sp=None),
        G("3 214", 3214, "count", ctx="sjönk till [3 214],", **L26, direction=DEC, s=AM, sp=None, note="'sjönk till ..., från'"),
        G("3 388", 3388, "count", ctx="från [3 388].", **L25, s=AM, sp=None, note="from-value (the same half of 2025)"),
        G("7 procent", 7, "percent", **L26, direction=DEC, s=("Narkotikabrotten", "Narkotikabrotten"), sp=None),
        G("två spaningsgrupper", 2, "count", optional=True, **L26, s=("spaningsgrupper", "spaningsgrupper"), sp=None, note="explanation"),
        *_row(G, "Misshandel", ["3 214", "3 388", "3 301", "327"], pc, AB, note="table 'Anmälda brott januari–juni': 'Jan–jun 2026' / 'Jan–jun 2025' / 'Snitt 2023–2025' / 'Per 100 000 inv. 2026' explicit; rows are categories"),
        *_row(G, "Bostadsinbrott", ["812", "964", "1 010", "83"], pc, AB),
        *_row(G, "Bedrägeri", ["9 870", "9 120", "8 640", "1 004"], pc, AB),
        *_row(G, "Narkotikabrott", ["4 455", "4 790", "4 702", "453"], pc, AB),
        *_row(G, "Skadegörelse", ["6 102", "6 340", "6 410", "621"], pc, AB),
        *_row(G, "Samtliga brott", ["41 386", "42 710", "41 520", "4 212"], pc, AB),
        G("9 skjutningar", 9, "count", **L26, direction=DEC, s=("skjutningar", "skjutningar"), sp=None, note="next sentence 'Motsvarande period i fjol var de 14'"),
        G("2", 2, "count", ctx="varav [2] med", **L26, s=None, sp=None, note="'varav'"),
        G("14", 14, "count", ctx="var de [14].", t=Y25, s=None, sp=None, note="'i fjol' resolves; pronoun"),
        G("24 procent", 24, "percent", **L26, direction=INC, s=("Personuppklaringen för våldsbrott", "Personuppklaringen"), sp=None, note="', en förbättring med 3 procentenheter'"),
        G("3 procentenheter", 3, "percentage_point", **L26, direction=INC, s=("Personuppklaringen för våldsbrott", "Personuppklaringen"), sp=None),
        G("nästan har halverats", 0.5, "ratio", bound="approx", **TWO, direction=DEC, optional=True, s=("skjutningarna", "skjutningarna"), sp=HS, note="multiplier 'på två år' (r25)"),
        G("12 utredare", 12, "count", **L26, direction=INC, s=("utredare", "utredare"), sp=HS, note="'satt av ytterligare': an addition"),
        G("3 480 anställda", 3480, "count", **L26, s=("anställda", "anställda"), sp=None),
        G("2 310 poliser", 2310, "count", **L26, s=("poliser", "poliser"), sp=None, note="'varav' with a counted noun after the number"),
    ]
    NEG["r27_a_polis_halvar"] = [
        N("2026", ctx="halvåret [2026]", note="title"), N("22 juli 2026", note="dateline"),
        N("100 000", ctx="per [100 000] invånare.", note="the denominator"), N("2025", ctx="halvåret [2025],", note="places the comparison"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("2023–2025", note="column header"), N("100 000", ctx="Per [100 000] inv.", note="column header"),
        N("2026", ctx="inv. [2026]", note="column header"), N("010-566 42 70"),
    ]

    # ------------------------------------------------------------ 4. library and culture 2025 (Markdown, Publicerad 12 mars 2026)
    NT = lambda label, head: (label, head)
    lc = lambda u, per=None: [(u, 1, per, Y25, F, F), (u, 1, per, Y24, F, F), (u, 1, per, Y[("2023")], F, F)]
    MO = ("Meröppet", "Meröppet")
    EB = ("E-boksutlånen", "E-boksutlånen")
    BS = ("besökare", "besökare")
    GOLD["r27_a_bibliotek_2025"] = [
        G("318 400", 318400, "count", ctx="ökade till [318 400],", **L25, direction=INC, s=("Antalet besök", "Antalet"), sp=None, note="the report's year; ', vilket är 6 procent fler än 2024'"),
        G("6 procent", 6, "percent", **L25, direction=INC, s=None, sp=None),
        G("41 200", 41200, "count", ctx="för [41 200] av", **L25, direction=INC, s=MO, sp=None, note="'stod för' takes X; ', jämfört med ... året innan'"),
        G("29 800", 29800, "count", **L24, s=MO, sp=None, note="'året innan'"),
        G("402 700", 402700, "count", ctx="landade på [402 700].", **L25, direction=INC, s=("Utlånen av fysiska medier", "Utlånen"), sp=None, note="'vände uppåt ... och landade på'"),
        G("60 000", 60000, "count", bound="more_than", **L25, direction=INC, s=EB, sp=None, note="'passerade ... för första gången' (r25/r26 'passerar': more_than)"),
        G("63 150", 63150, "count", ctx="var [63 150],", **L25, direction=INC, s=None, sp=None, note="pronoun 'de'; ', en ökning med 11 procent'"),
        G("11 procent", 11, "percent", **L25, direction=INC, s=EB, sp=None, note="the thing that changes, from the clause before"),
        G("1 164 evenemang", 1164, "count", **L25, direction=INC, s=("evenemang", "evenemang"), sp=None, note="', 97 fler än 2024'"),
        G("97", 97, "count", ctx="[97] fler än", **L25, direction=INC, s=None, sp=None),
        G("38 900 deltagare", 38900, "count", **L25, s=("deltagare", "deltagare"), sp=None),
        G("ungefär två tredjedelar", 2 / 3, "ratio", bound="approx", **L25, s=("Barn- och ungdomsprogrammet", "ungdomsprogrammet"), sp=None, note="'stod för' takes X"),
        G("1 430 barn", 1430, "count", **L25, s=("barn", "barn"), sp=None),
        G("drygt 12 000 böcker", 12000, "count", bound="approx", **L25, s=("böcker", "böcker"), sp=None),
        G("åtta utställningar", 8, "count", **L25, s=("utställningar", "utställningar"), sp=None),
        G("14 650 besökare", 14650, "count", **L25, direction=INC, s=BS, sp=None, note="', mot ... året före'"),
        G("11 980", 11980, "count", **L24, s=BS, sp=None, note="'året före'"),
        G("1 046 elever", 1046, "count", **L25, s=("elever", "elever"), sp=None, note="'i december' (no year)"),
        G("212 barn", 212, "count", **L25, s=("en kö", "kö"), sp=None),
        *_row(G, "Besök på biblioteken", ["318 400", "300 300", "287 600"], lc("count"), NT("Besök på biblioteken", "Besök"), sep=" | ", note="Markdown table 'Nyckeltal': '2025' / '2024' / '2023' explicit; rows are measures"),
        *_row(G, "Utlån, fysiska medier", ["402 700", "396 100", "405 900"], lc("count"), NT("Utlån, fysiska medier", "Utlån"), sep=" | "),
        *_row(G, "E-boksutlån", ["63 150", "56 890", "49 300"], lc("count"), NT("E-boksutlån", "E-boksutlån"), sep=" | "),
        *_row(G, "Evenemang", ["1 164", "1 067", "942"], lc("count"), NT("Evenemang", "Evenemang"), sep=" | "),
        *_row(G, "Öppettimmar per vecka, huvudbiblioteket", ["68", "56", "56"], lc("hour", "week"), NT("Öppettimmar per vecka", "Öppettimmar"), sep=" | "),
        *_row(G, "Nettokostnad per invånare, kr", ["712", "689", "671"], lc("SEK", "capita"), NT("Nettokostnad per invånare", "Nettokostnad"), sep=" | "),
        G("31,6 miljoner kronor", 31.6e6, "SEK", **L25, s=("Nettokostnaden för biblioteksverksamheten", "Nettokostnaden"), sp=None),
        G("712 kronor per invånare", 712, "SEK", per="capita", **L25, s=("Nettokostnaden för biblioteksverksamheten", "Nettokostnaden"), sp=None, note="', eller': the same cost per head"),
        G("748 kronor", 748, "SEK", per="capita", **L25, s=("Riksgenomsnittet för jämförbara kommuner", "Riksgenomsnittet"), sp=None, note="comparison with an average: no direction; per carried"),
        G("400 000 kronor", 400000, "SEK", **L25, direction=INC, s=("Medieanslaget", "Medieanslaget"), sp=None, note="'höjdes med ... till'"),
        G("2,9 miljoner kronor", 2.9e6, "SEK", **L25, direction=INC, s=("Medieanslaget", "Medieanslaget"), sp=None),
        G("minst 40 procent", 40, "percent", bound="at_least", t=Y27, s=("kommunens invånare", "invånare"), sp=None, note="target 'Till 2027'; 'X procent av Y'; no verb of change"),
        G("34 procent", 34, "percent", **L26, s=("andelen", "andelen"), sp=None, note="'I dag' (published March 2026)"),
    ]
    NEG["r27_a_bibliotek_2025"] = [
        N("2025", ctx="siffror [2025]", note="title"), N("12 mars 2026"),
        N("2024", ctx="fler än [2024] och", note="places the comparison"), N("2024", ctx="97 fler än [2024].", note="places the comparison"),
        N("2025", ctx="Nyckeltal | [2025]", note="column header"), N("2024", ctx="| 2025 | [2024] |", note="column header"),
        N("2023", ctx="| 2024 | [2023] |", note="column header"), N("2027", ctx="Till [2027]", note="places the target"),
        N("0157-34 12 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED opinion piece on pre-school fees (no period on any figure)
    TA = ("taket", "taket")
    GOLD["r27_a_debatt_forskoleavgift"] = [
        G("högst 3 procent", 3, "percent", bound="at_most", s=("hushållets bruttoinkomst", "bruttoinkomst"), sp=None, note="undated: no period; the fee cap as it stands (a price level, required); 'X procent av Y'"),
        G("1 720 kronor i månaden", 1720, "SEK", bound="at_most", per="month", s=None, sp=None, note="'aldrig mer än' = at most; the payer is no subject"),
        G("omkring 57 300 kronor per månad", 57300, "SEK", bound="approx", per="month", s=("en sammanlagd inkomst", "inkomst"), sp=None),
        G("31 500 kronor", 31500, "SEK", per="month", optional=True, s=("en månadslön", "månadslön"), sp=None, note="defines the worked example"),
        G("945 kronor", 945, "SEK", s=None, sp=None, note="the example's result (required); no 'per' written (r26)"),
        G("dubbelt så höga", 2, "number", optional=True, s=None, sp=None, note="multiplier in the example"),
        G("fyra gånger så hög", 4, "number", optional=True, s=None, sp=None, note="multiplier in the example"),
        G("2 procent", 2, "percent", ctx="taket [2 procent] och", s=TA, sp=None, note="the cap for the second child"),
        G("1 procent", 1, "percent", ctx="barnet [1 procent] av", s=None, sp=None, note="elided 'taket'"),
        G("48 kommuner", 48, "count", s=("kommuner", "kommuner"), sp=None, note="'I vår granskning': the signatories are no speaker (r26)"),
        G("19", 19, "count", ctx="hade [19] någon", s=None, sp=None, note="elided noun"),
        G("140 kronor per månad", 140, "SEK", per="month", s=("tilläggsavgift", "tilläggsavgift"), sp=None, note="'i snitt': no bound"),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None, note="defines the example family"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier; comparison between municipalities: no direction"),
        G("ungefär 2 300 svenska kronor i månaden", 2300, "SEK", bound="approx", per="month", s=TA, sp=None, note="Norway: comparison between countries"),
        G("20 timmar", 20, "hour", per="week", s=None, sp=None, note="'i veckan'; the households are the holder"),
        G("drygt 3 400 kronor", 3400, "SEK", bound="approx", s=("den högsta avgiften för ett barn", "avgiften"), sp=None, note="Finland; no 'per' written"),
        G("fyra av tio", 0.4, "ratio", s=("familjer", "familjer"), sp=None),
        G("168 000 kronor per barn och år", 168000, "SEK", per="capita", s=("Kostnaden för en förskoleplats", "Kostnaden"), sp=None, note="'per barn och år' per capita (r15 'per elev och år'); 'i genomsnitt': no bound"),
        G("7 procent", 7, "percent", s=("Föräldraavgifterna", "Föräldraavgifterna"), sp=None),
        G("25 000 kronor i månaden", 25000, "SEK", bound="less_than", per="month", optional=True, s=("inkomster", "inkomster"), sp=None, note="threshold of the proposal ('under')"),
        G("mindre än 1,5 miljarder kronor", 1.5e9, "SEK", bound="less_than", per="year", s=None, sp=None, note="cost of the proposal (required); the subject is a clause"),
        G("Var tredje förälder", 1 / 3, "ratio", s=("förälder", "förälder"), sp=None),
        G("2 600 småbarnsföräldrar", 2600, "count", s=("småbarnsföräldrar", "småbarnsföräldrar"), sp=None, note="survey size"),
        G("2 procent", 2, "percent", ctx="mer än [2 procent] per", bound="at_most", per="year", direction=INC, s=("taket för första barnet", "taket"), sp=None, note="demand 'inte höjs med mer än': at most"),
    ]
    NEG["r27_a_debatt_forskoleavgift"] = [
        N("8 kap. 16 §", note="legal reference"),
    ]

    # ------------------------------------------------------------ 6. weekly fuel prices, week 48 (sidecar 2026-11-27)
    DP = ("Det rekommenderade priset hos de stora kedjorna", "priset")
    HV = ("Förnybar diesel", "diesel")
    VP = ("Veckans priser", "priser")
    fc = [("SEK", 1, "l", Y26, True, F), ("SEK", 1, "l", Y26, True, F), ("SEK", 1, "l", Y26, True, True), ("SEK", 1, "l", Y25, F, F)]
    GOLD["r27_a_drivmedel_v48"] = [
        G("18,49 kronor per liter", 18.49, "SEK", per="l", **L26, direction=DEC, s=DP, sp=None, note="'i veckan' (week 48, no year: 2026 lenient); ', 35 öre lägre än förra veckan'"),
        G("35 öre", 0.35, "SEK", per="l", ctx="liter, [35 öre] lägre", **L26, direction=DEC, s=DP, sp=None, note="per carried"),
        G("1,12 kronor", 1.12, "SEK", per="l", **L26, direction=DEC, s=("dieseln", "dieseln"), sp=None, note="'Jämfört med samma vecka i fjol ... billigare': an earlier point; per carried"),
        G("17,29 kronor per liter", 17.29, "SEK", per="l", **L26, s=("Bensinen", "Bensinen"), sp=None, note="'oförändrat': no change"),
        G("46 öre", 0.46, "SEK", per="l", **L26, direction=INC, s=None, sp=None, note="'vilket är ... dyrare än vid samma tid förra året'"),
        G("1,20 kronor", 1.20, "SEK", per="l", **L26, direction=DEC, s=("Skillnaden mellan diesel och bensin", "Skillnaden"), sp=None, note="'krympt till'"),
        G("24,95 kronor", 24.95, "SEK", per="l", ctx="för [24,95 kronor] litern", **L26, direction=DEC, s=HV, sp=None, note="'litern' = per liter; 'efter en sänkning med'"),
        G("30 öre", 0.30, "SEK", per="l", **L26, direction=DEC, s=HV, sp=None),
        G("nästan 6,50 kronor", 6.50, "SEK", bound="approx", per="l", **L26, s=None, sp=None, note="'Det är ... mer än för vanlig diesel': between fuels, no direction"),
        G("omkring 840 stationer", 840, "count", bound="approx", **L26, s=("stationer", "stationer"), sp=None, note="'i dag'"),
        G("ungefär var fjärde", 0.25, "ratio", bound="approx", **L26, s=("station", "station"), sp=None),
        G("14,79 kronor per liter", 14.79, "SEK", per="l", **L26, s=("E85", "E85"), sp=None, note="'står kvar på': no change"),
        *_row(G, "Bensin 95", ["17,29", "17,29", "0,00", "16,83"], fc, VP, note="table 'Veckans priser, kronor per liter': 'Denna vecka' / 'Förra veckan' 2026 lenient, 'Förändring' kr per l signed ('0,00' no direction), 'Samma vecka i fjol' 2025 explicit; rows are fuels"),
        *_row(G, "Diesel", ["18,49", "18,84", "−0,35", "19,61"], fc, VP),
        *_row(G, "HVO100", ["24,95", "25,25", "−0,30", "26,40"], fc, VP),
        *_row(G, "E85", ["14,79", "14,79", "0,00", "14,19"], fc, VP),
        G("drygt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("ett lägre pris på diesel i Rotterdam", "pris"), sp=None, note="'sjunkit med ... på två veckor'"),
        G("ungefär 60 procent", 60, "percent", bound="approx", **L26, s=("dieselpriset", "dieselpriset"), sp=("Bränslebevakningen", "enligt"), note="'Enligt Bränslebevakningens beräkningar'; 'X procent av Y'"),
        G("50 liter", 50, "l", optional=True, s=None, sp=None, note="defines the example"),
        G("924,50 kronor", 924.50, "SEK", **L26, s=None, sp=None, note="the example's result; the payer is no subject"),
        G("drygt 17 kronor", 17, "SEK", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'mindre än för en vecka sedan'"),
        G("12 000 mil", 120000, "km", per="year", optional=True, s=None, sp=None, note="defines the example lorry; mil = 10 km"),
        G("3 liter per mil", 0.3, "l", per="km", optional=True, s=None, sp=None, note="defines the example lorry"),
        G("cirka 12 600 kronor", 12600, "SEK", bound="approx", per="year", **L26, s=("en besparing", "besparing"), sp=None, note="'på årsbasis'"),
        G("40–60 öre", None, "SEK", low=0.40, high=0.60, per="l", **L26, s=("Obemannade stationer", "stationer"), sp=None, note="'i snitt': no bound; comparison at one time"),
    ]
    NEG["r27_a_drivmedel_v48"] = [
        N("vecka 48", note="title"), N("95", ctx="([95] oktan)", note="grade name"),
        N("HVO100", ctx="([HVO100])", note="product name"), N("E85", ctx="[E85] står", note="product name"),
        N("95", ctx="Bensin [95] 17,29", note="grade name"), N("HVO100", ctx="[HVO100] 24,95", note="product name in a row label"),
        N("E85", ctx="[E85] 14,79", note="product name in a row label"),
    ]

    # ------------------------------------------------------------ 7. district-heating prices from 1 January 2027 (HTML, Publicerad 30 oktober 2026)
    EP = ("Energipriset för villakunder", "Energipriset")
    FA = ("Den fasta avgiften för en villa", "avgiften")
    EA = ("Effektavgiften för flerbostadshus och lokaler", "Effektavgiften")
    ÅK = ("årskostnad", "årskostnad")
    VE = ("Vallby Energi", "publisher")
    hc = [("SEK", 1, "year", Y26, F, F), ("SEK", 1, "year", Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r27_a_fjarrvarme_2027"] = [
        G("4,8 procent", 4.8, "percent", ctx="genomsnitt [4,8 procent]", **L27, direction=INC, s=("priset på fjärrvärme", "priset"), sp=("Vallby Energis styrelse", "credited"), note="'från årsskiftet' (the page's heading: 2027 lenient); 'i genomsnitt': no bound"),
        G("7,5 procent", 7.5, "percent", **L27, direction=INC, s=None, sp=None, note="the rise announced 'i våras' for the same year"),
        G("612", 612, "SEK", per="MWh", ctx="från [612] till", **L26, s=EP, sp=None, note="from-value: the price in force"),
        G("641 kronor per MWh", 641, "SEK", per="MWh", **L27, direction=INC, s=EP, sp=None),
        G("4 250 kronor per år", 4250, "SEK", per="year", **L27, direction=INC, s=FA, sp=None, note="', en ökning med 150 kronor'"),
        G("150 kronor", 150, "SEK", per="year", **L27, direction=INC, s=FA, sp=None),
        G("3,9 procent", 3.9, "percent", **L27, direction=INC, s=EA, sp=None),
        G("1 018 kronor per kW och år", 1018, "SEK", per="kW", **L27, direction=INC, s=EA, sp=None, note="'räknas upp med ... till'; one per field (r15): kW"),
        G("285 kronor per MWh", 285, "SEK", per="MWh", **L27, direction=DEC, s=("energipriset", "energipriset"), sp=None, note="'sänks ... till' for 'juni–augusti' (no year)"),
        G("140 kvm", 140, "m2", ctx="Villa, [140 kvm]", optional=True, s=None, sp=None, note="defines the typical customer"),
        G("18", 18, "MWh", per="year", ctx="140 kvm [18] 17 780", optional=True, s=("Förbrukning", "Förbrukning"), sp=None, note="column 'Förbrukning, MWh/år' defines the typical customers"),
        *_row(G, "Villa, 140 kvm", ["17 780", "18 460", "+3,8"], hc, ÅK, before=["18"], note="HTML table 'Exempel på årskostnad inklusive moms, kronor per år': '2026' / '2027' explicit, 'Förändring, %' 2027 lenient; rows are typical customers"),
        G("12", 12, "MWh", per="year", ctx="Radhus [12] 12 630", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "Radhus", ["12 630", "13 130", "+4,0"], hc, ÅK, before=["12"]),
        G("30 lägenheter", 30, "count", optional=True, s=("lägenheter", "lägenheter"), sp=None, note="defines the typical customer"),
        G("280", 280, "MWh", per="year", ctx="30 lägenheter [280] 247 900", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "Flerbostadshus, 30 lägenheter", ["247 900", "259 800", "+4,8"], hc, ÅK, before=["280"]),
        G("650", 650, "MWh", per="year", ctx="Skola [650] 571 400", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "Skola", ["571 400", "600 700", "+5,1"], hc, ÅK, before=["650"]),
        G("knappt 57 kronor", 57, "SEK", bound="approx", per="month", **L27, direction=INC, s=("höjningen", "höjningen"), sp=None, note="'mer i månaden'"),
        G("plats 38", 38, "ordinal", t=Y25, s=("Vallby Energi", "Energi"), sp=None, note="'i fjol' resolves; a rank"),
        G("290 kommuner", 290, "count", t=Y25, s=("kommuner", "kommuner"), sp=None),
        G("9 procent", 9, "percent", ctx="kostade [9 procent] mindre", t=Y25, s=("fjärrvärmen", "fjärrvärmen"), sp=None, note="against the national average: no direction"),
        G("närmare 20 procent", 20, "percent", bound="approx", **L26, direction=INC, s=("Priset på returträ och skogsflis", "Priset"), sp=None, note="'på ett år'"),
        G("214 miljoner kronor", 214e6, "SEK", **TWO, s=("en ny ackumulatortank", "ackumulatortank"), sp=VE, note="'de senaste två åren ... har vi investerat': the goal of the money; first person"),
        G("11 kilometer", 11, "km", **TWO, s=("nya ledningar", "ledningar"), sp=VE),
        G("6 300 kunder", 6300, "count", **L26, s=("kunder", "kunder"), sp=None, note="'i dag'"),
        G("412 GWh", 412, "GWh", t=Y25, s=("värme", "värme"), sp=None, note="'under 2025'"),
    ]
    NEG["r27_a_fjarrvarme_2027"] = [
        N("2027", ctx="Priser [2027]", note="breadcrumb"), N("1 januari 2027", note="heading"),
        N("30 oktober 2026"), N("2 november 2026"),
        N("2026", ctx="MWh/år [2026]", note="column header"), N("2027", ctx="2026 [2027] Förändring", note="column header"),
        N("2025", ctx="under [2025] totalt", note="places the claim"), N("0243-79 50 00"), N("8–16", note="time of day"),
        N("Box 512", note="postal box"), N("781 27", note="postal code"), N("556409-1827", note="org number"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. ski resort season 2025/26 (Publicerad 24 april 2026)
    S = dict(t=("2025", "2026"), lenient=True)
    PS = dict(t=("2024", "2025"), lenient=True)
    RS = ("2022", "2023")
    BL = ("Beläggningen i de egna stugbyarna och hotellet", "Beläggningen")
    SK = ("skiddagar", "skiddagar")
    TL = ("Tove Lindahl", "quote")
    ss = lambda u, sc: [(u, sc, None, ("2025", "2026"), F, F), (u, sc, None, ("2024", "2025"), F, F), (u, sc, None, RS, F, F)]
    GOLD["r27_a_skidsasong_2526"] = [
        G("näst bästa", 2, "ordinal", **S, s=("vintern", "vintern"), sp=None, note="title; a rank"),
        G("147 öppetdagar", 147, "day", **S, direction=INC, s=("öppetdagar", "öppetdagar"), sp=None, note="the season (r23: lenient); ', nio fler än förra säsongen'"),
        G("nio", 9, "day", ctx="[nio] fler", **S, direction=INC, s=None, sp=None),
        G("612 000 skiddagar", 612000, "count", **S, direction=INC, s=SK, sp=None, note="', en uppgång med 8 procent jämfört med 2024/25'"),
        G("8 procent", 8, "percent", **S, direction=INC, s=SK, sp=None),
        G("648 000 skiddagar", 648000, "count", t=RS, s=SK, sp=None, note="'säsongen 2022/23'"),
        G("94 500", 94500, "count", **S, s=("Antalet unika besökare", "Antalet"), sp=None, note="'uppskattas till': no bound"),
        G("ungefär var femte", 0.2, "ratio", bound="approx", **S, s=None, sp=None, note="'varav'"),
        G("71 procent", 71, "percent", **S, direction=INC, s=BL, sp=None, note="', mot 66 procent säsongen innan och 74 procent under rekordvintern'"),
        G("66 procent", 66, "percent", **PS, s=BL, sp=None, note="'säsongen innan'"),
        G("74 procent", 74, "percent", t=RS, lenient=True, s=BL, sp=None, note="'rekordvintern' (2022/23, named earlier)"),
        G("97 procent", 97, "percent", **S, s=("en beläggning", "beläggning"), sp=None),
        G("48 procent", 48, "percent", **S, direction=DEC, s=("beläggningen", "beläggningen"), sp=None, note="'sjönk ... till'"),
        G("486 miljoner kronor", 486e6, "SEK", **S, direction=INC, s=("Omsättningen för säsongen", "Omsättningen"), sp=None, note="', 34 miljoner mer än 2024/25'"),
        G("34 miljoner", 34e6, "SEK", **S, direction=INC, s=None, sp=None),
        G("9 miljoner", 9e6, "SEK", **S, direction=DEC, s=None, sp=None, note="'under rekordåret': an earlier point"),
        G("212 miljoner kronor", 212e6, "SEK", **S, s=("Liftkortsförsäljningen", "Liftkortsförsäljningen"), sp=None, note="'stod för' takes X"),
        G("168 miljoner", 168e6, "SEK", **S, s=("boendet", "boendet"), sp=None),
        G("545 kronor", 545, "SEK", **S, s=("Ett dagkort för en vuxen", "dagkort"), sp=None, note="price of a card: per None (r21)"),
        G("2 690 kronor", 2690, "SEK", **S, s=("ett sexdagarskort", "sexdagarskort"), sp=None),
        *_row(G, "Sålda skiddagar, tusen", ["612", "567", "648"], ss("count", 1e3), ("Sålda skiddagar", "skiddagar"), note="table 'Säsongen i siffror': '2025/26' / '2024/25' / '2022/23 (rekord)' explicit; rows are measures"),
        *_row(G, "Öppetdagar", ["147", "138", "152"], ss("day", 1), ("Öppetdagar", "Öppetdagar")),
        *_row(G, "Beläggning högsäsong, %", ["71", "66", "74"], ss("percent", 1), ("Beläggning högsäsong", "Beläggning")),
        *_row(G, "Omsättning, Mkr", ["486", "452", "495"], ss("SEK", 1e6), ("Omsättning", "Omsättning")),
        G("168 centimeter", 168, "cm", **S, s=("Snödjupet vid toppstationen", "Snödjupet"), sp=None, note="'som högst ... i mars': no bound"),
        G("62", 62, "count", ctx="på [62] av", **S, s=("nedfarterna", "nedfarterna"), sp=None, note="'X av Y'"),
        G("84", 84, "count", ctx="de [84] nedfarterna", **S, s=("nedfarterna", "nedfarterna"), sp=None),
        G("omkring 410 000 kubikmeter", 410000, "m3", bound="approx", **S, s=("vatten", "vatten"), sp=None),
        G("1 150 säsongsanställda", 1150, "count", **S, s=("säsongsanställda", "säsongsanställda"), sp=TL),
        G("40 procent", 40, "percent", t=("2026", "2027"), lenient=True, direction=INC, s=("kapaciteten i västra området", "kapaciteten"), sp=TL, note="'Nästa vinter'"),
        G("145 miljoner kronor", 145e6, "SEK", t=("2026", "2027"), s=("Investeringarna", "Investeringarna"), sp=None, note="'inför säsongen 2026/27'"),
    ]
    NEG["r27_a_skidsasong_2526"] = [
        N("2025/26", ctx="Säsongen [2025/26] i", note="title"), N("24 april 2026"), N("21 november", note="date"),
        N("2024/25", ctx="med [2024/25].", note="places the comparison"), N("2022/23", ctx="säsongen [2022/23],", note="places the claim"),
        N("2024/25", ctx="mer än [2024/25]", note="places the comparison"),
        N("2025/26", ctx="[2025/26] 2024/25 2022/23", note="column header"), N("2024/25", ctx="2025/26 [2024/25] 2022/23", note="column header"),
        N("2022/23", ctx="[2022/23] (rekord)", note="column header"), N("2026/27", note="places the investment"),
        N("0647-200 11"),
    ]

    return GOLD, NEG
