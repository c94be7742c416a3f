"""Round 31, part B (r31_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 31, part B (r31_b_*): eight kinds, written from scratch (r31_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a savings bank's
# interim report January-September 2026 (dateline 'Lidvik den 22 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period föregående år'; en-dash bullets under 'JANUARI–SEPTEMBER I KORTHET' / 'TREDJE KVARTALET' with
# brackets in Mkr, kronor per aktie and procent, K/I-tal, kreditförlustnivå, räntabilitet, CET1 'jämfört med ... vid
# årsskiftet'; a 'VD-KOMMENTAR' quote ending 'säger vd ...' with '27 miljoner kronor lägre än under samma period i
# fjol', 'drygt 3 100 nya privatkunder', 'för sjätte kvartalet i rad' and a range forecast 'mellan 4 och 5 procent';
# lending 'ökade ... med ... till', 'Bolånen utgör omkring 71 procent av utlåningen', a market share against the
# largest competitor, the mortgage rate 'i september, mot ... i januari'; plain-text table 'NYCKELTAL PER KVARTAL'
# 'Kv 3 2026' / 'Kv 2 2026' / 'Kv 1 2026' / 'Kv 3 2025'), a statistics office's GDP release for the third quarter
# 2026 ('Publicerad 26 november 2026 kl. 08.00'; seasonally adjusted change against the quarter before,
# calendar-adjusted change against the same quarter of 2025, contributions 'bidrog med ... procentenheter' and
# 'bidrog negativt med', 'knappt 30 procent under toppnivån i början av 2022', a statistician's quote 'drygt 2
# procent över nivån för ett år sedan', GDP in miljarder kronor, 'BNP per invånare'; a plain-text table 'Tabell 1.
# BNP från användningssidan, tredje kvartalet 2026' 'Mot kv 2 2026, säsongrensat' / 'Mot kv 3 2025, kalenderkorr.' /
# 'Bidrag till BNP-tillväxten' with '..' cells; hours, employment and productivity 'knappt 0,4 procent'; revisions
# 'reviderats upp med ... till', 'var ökningen oförändrad', 'högst 0,1 procentenheter'), a monthly housing-price
# report for November 2026 (Markdown, '*Bostadspulsen · Publicerad 30 november 2026*'; kronor per kvadratmeter,
# 'På tre månader', 'jämfört med november i fjol ... högre', villas in miljoner kronor ', vilket är ... mer än för ett
# år sedan', an economist's quote 'faller med 1–2 procent i november och december', Stockholm 'nästan dubbelt så
# mycket som genomsnittet för hela landet', a worked example 'en tvåa på 55 kvadratmeter', two Markdown tables
# 'Bostadsrätter, kronor per kvadratmeter och prisförändring i procent' ('Kr/kvm, nov 2026' / '1 mån, %' / '3 mån,
# %' / '12 mån, %', bold total row) and 'Villor, genomsnittspris i miljoner kronor' ('Nov 2026' / '12 mån, %', bold
# total row); sales 'knappt 6 procent fler än samma månad förra året', days to sale ', mot ... i oktober', '1 900
# kronor mindre i ränta per månad än för ett år sedan'), a TT article on healthcare queues ('Publicerad 18 november
# 2026 kl. 06.00', 'STOCKHOLM (TT)'; the share treated within the care guarantee's 90 days 'I oktober', 'Ett år
# tidigare var andelen', '2019, före pandemin'; '7,4 patienter per 1 000 invånare', 'mer än fördubblats' since 2019;
# two regions against 'Riksgenomsnittet'; median waiting time 'jämfört med 74 dagar i oktober 2019'; the minister's
# quote '6 miljarder kronor per år', the government's target 'minst 75 procent ... före utgången av 2027'; a region
# 'ökat från 4 100 i oktober 2019 till 7 850 i dag', 'mellan 15 och 20 procent', 'omkring 85 000 kronor per ingrepp';
# the regional chair's quote '340 färre ... än för tre år sedan' and his reported 'minst 120 fler'; 'två dagar i
# veckan', 'var fjärde', 'klockan 17'; a FAKTA box defining the guarantee), an UNDATED party web page on climate and
# energy (HTML, no date, no sidecar; 'minst 75 procent till 2030 jämfört med 1990', 'senast 2045', 'omkring 36
# procent lägre än 1990', emissions per inhabitant against Germany and Norway, 'nästan hälften av sin el', 'över 90
# procent', 'Enligt Energiverkets scenarier ... mellan 250 och 300 TWh el per år 2045, jämfört med cirka 140 TWh i
# dag', prices in elområde 4 against elområde 1 'nästan tre gånger så mycket'; a numbered list of five promises
# ('Minst fyra nya reaktorer ... till 2040', 'upp till 300 miljarder kronor', '20 öre per kilowattimme', costs 'per
# år', 'Minst en miljon laddbara bilar ... 2030', 'högst 10 000 kronor per hushåll', 'under 2027–2030', 'med 20
# procent'); the total '16 miljarder kronor per år'; a spokesperson's quote 'minst en tredjedel'), a county's tourism
# statistics for the summer season 2026 dated only by its sidecar (2026-10-14; gästnätter 'under juni–augusti 2026',
# 'fler än sommaren 2025'; plain-text table 'Gästnätter per månad, samtliga boendeformer' 'Månad' / '2026' / '2025' /
# 'Förändring, %' with a total row; domestic and foreign guests 'stod för', ', en ökning med', 'drygt var tredje
# gästnatt', markets by country, 'jämfört med i fjol'; occupancy 'i juli, mot ... samma månad i fjol' and against
# the national average; RevPAR and the price 'per sålt rum' against another county; camping, cabins, hostels 'för
# andra året i rad'; 'Enligt turistrådets beräkningar ... 1 250 kronor per gästnatt', 'Mellan 35 och 40 procent'; the
# tourism chief's quote 'i snitt 4,2 nätter'; a target 'minst 2 miljoner gästnätter under sommaren 2028'; the
# threshold 'minst 10 rum'), a university's press release on admissions to the spring term 2027 (Markdown,
# '**Pressmeddelande | Norrsjö universitet | 25 november 2026**'; applicants 'en ökning med 6,4 procent jämfört med
# vårterminen 2026', the country's 2,9 procent, admitted 'varav', 'förstahandssökande per plats' against the
# country, '16,4 förstahandssökande per plats', 'för tredje terminen i rad'; the vice-chancellor's quote 'mellan 300
# och 400 fler studenter'; Markdown table 'Förstahandssökande per program' 'HT 2026' / 'VT 2027' / 'Förändring, %';
# 'Nästan var fjärde sökande är 35 år eller äldre', women against the national average, distance courses 'knappt 12
# procent fler än för ett år sedan', 'Knappt hälften av de sökande, 48 procent', a target 'minst 40 procent ... 2030',
# funding 'i år ... 9 650 helårsstudenter, vilket motsvarar ungefär 585 miljoner kronor'), and an agricultural
# board's harvest report 2026 ('Publicerad 12 november 2026'; 'Årets spannmålsskörd beräknas till 5,77 miljoner ton.
# Det är 11 procent mer än 2025 och knappt 5 procent över genomsnittet för de fem senaste åren', hektar, 'ton per
# hektar'; plain-text table 'Tabell 1. Skörd av spannmål per gröda 2026' 'Areal, hektar' / 'Ton per hektar' / 'Skörd,
# 1 000 ton' / 'Mot 2025, %' / 'Femårssnitt, 1 000 ton' with a total row and a footnote 'Femårssnittet avser åren
# 2021–2025'; 'blev 5 procent sämre än femårssnittet'; oilseed rape ', en minskning med 8 procent jämfört med 2025',
# rain in millimeter 'mot normalt', 'under 2,5 ton per hektar'; prices 'kronor per kilo, mot ... ett år tidigare',
# 'kronor per ton', ', 6 procent högre än i fjol'; the analyst's quote 'Enligt våra beräkningar ... mellan 11 och 12
# miljarder kronor'; method 'en enkät till 3 400 lantbruksföretag med minst 10 hektar', response rate).
# The r8-r30 decisions are followed (see the headers of gold_r28_a.py, gold_r29_a.py, gold_r29_b.py, gold_r30_a.py and
# gold_r30_b.py): periods at year grain; a relative expression in the sentence ('i fjol', 'förra året', 'i år',
# 'årets', 'samma månad i fjol') resolves against the publication date (or the sidecar's) and is not lenient, while a
# month or quarter without a year, 'ett år tidigare', 'vid årsskiftet', 'för ett år sedan', 'i dag', 'nu', a heading's,
# a caption's or the document's period and present tense are lenient; brackets 'motsvarande period föregående år' are
# the previous year, lenient; a level followed by ', mot', ', jämfört med', ', att jämföra med', ', en ökning/minskning
# med', ', X fler/högre än', ', vilket är X mer än' or by a next sentence stating the change ('Ett år tidigare var
# andelen', 'Det är X fler/mer än', 'Det är en ökning med') is the new value after a change; from-values have no
# direction; comparisons at one time (another region or county, the national average, the largest competitor, another
# country, a five-year average, a 'normal' month, women against the national share) have no direction; a comparison
# with an earlier point ('jämfört med november i fjol', 'lägre än 1990', 'över nivån för ett år sedan', 'än för tre år
# sedan') takes the current period with a direction; a change noun with a baseline year or term ('en ökning med ...
# jämfört med vårterminen 2026', 'en minskning med ... jämfört med 2025') spans the two, lenient; '12 mån' columns and
# 'på tolv månader' are twelve-month rates: the rolling year ('2025', '2026') lenient, direction from the sign;
# contributions in procentenheter have no direction (r30_b); multipliers ('nästan dubbelt så mycket', 'mer än
# fördubblats', 'nästan tre gånger så mycket') optional, unit number; thresholds, definitions, worked-example inputs
# and method figures other than the response rate optional; targets, forecasts and promises required; a target with
# no change word has no direction; table cells take their column headers' periods (a caption's or a footnote's period
# lenient), change columns without a named span the current period lenient and their direction from the sign ('0,0'
# none); rows that are measures take their own label, rows that are categories (areas, months, programmes, crops)
# the caption's measure or each column's header; bold total rows are annotated cell by cell; 'per kvadratmeter' /
# 'Kr/kvm' per="m2", 'per aktie' per="share", 'per år' per="year", 'per månad' per="month", 'per kilowattimme'
# per="kWh", 'per hushåll' per="household", 'per invånare' and 'per 1 000 invånare' per="capita" (the '1 000' N),
# 'per plats' per="place" (count), 'per sålt rum' / 'per tillgängligt rum' per="room", 'ton per hektar' tonne per="ha",
# 'per kilo' per="kg", 'per ton' per="tonne"; öre are SEK/100; K/I-tal unit number; 'vilket' / 'Det' / 'varav' without
# a noun / elided nouns / pronouns have s None; the payer, the spender, the recipient and the holder are no subject;
# 'X procent av Y' and 'Av Y ... X' take Y, 'X står för Y' and 'X utgör Y av Z' take X; a country, a region or a
# municipality as grammatical subject is a place (s None); an apposition keeps the subject of its figure; a paragraph
# or quote ending in 'säger ...' credits every figure in it (quote); 'Enligt X' is source 'enligt'; a party's 'Vi ...'
# sentences and its numbered list are the publisher's, the rest of its page plain reporting; the UNDATED text has no
# period except where a year is written out; age limits, index bases, table and list numbering are N.
# Where those were silent, decided here:
# - Savings bank (dateline 2026-10-22): bullets under 'JANUARI–SEPTEMBER I KORTHET' (title Jan-Sep 2026) and 'TREDJE
#   KVARTALET' are 2026 lenient, brackets 2025 lenient; 'minskade med ... till' decrease, 'ökade till' increase, 'var',
#   'blev', 'uppgick till' none; K/I-tal 'var 0,39 (0,37)' no direction. 'Kärnprimärkapitalrelationen (CET1) var 19,8
#   procent, jämfört med 19,1 procent vid årsskiftet' 19,8 increase, 19,1 2025 lenient. VD quote: 'räntenettot för
#   årets nio första månader är 27 miljoner kronor lägre än under samma period i fjol' 2026 explicit ('årets'),
#   decrease; 'drygt 3 100 nya privatkunder sedan årsskiftet' a count of new customers (no change word: no direction);
#   'har nu vuxit för sjätte kvartalet i rad' the ordinal 6, increase; 'För helåret räknar vi med att kostnaderna ökar
#   med mellan 4 och 5 procent' a range forecast 2026 lenient, increase. 'Bolånen utgör omkring 71 procent av
#   utlåningen' takes X. The market share '18 procent, att jämföra med 24 procent för den största konkurrenten': one
#   time, 24 s None (elided). 'Den genomsnittliga bolåneräntan ... var 3,21 procent i september, mot 3,94 procent i
#   januari' 3,21 decrease, 3,94 2026 lenient with the same subject (unit written). '14 nya tjänster' a count, no
#   direction. Table: 'Kv n YYYY' explicit at year grain; the units in the row labels ('Mkr', '%'); rows are measures.
# - GDP (published 2026-11-26): the headline 'under tredje kvartalet' (no year) 2026 lenient, 'under tredje kvartalet
#   2026' explicit; 'Jämfört med tredje kvartalet 2025 ökade BNP med 1,9 procent' an earlier point: 2026 lenient,
#   increase; the component changes 'ökade / minskade med' 2026 lenient with their direction. 'BNP per invånare ökade
#   med 0,5 procent' per None (a percent is no rate), s 'BNP per invånare'. 'bidrog med 0,4 procentenheter' and
#   'bidrog negativt med 0,2 procentenheter' contributions: no direction, the value as written (0,2, unsigned). The
#   statistician's 'drygt 2 procent över nivån för ett år sedan' increase, s 'deras konsumtion'. Table: the caption's
#   quarter 2026 lenient for all three columns; 'Mot kv 2 2026' and 'Mot kv 3 2025' signed change columns (the latter
#   an earlier point, not a rolling year); 'Bidrag till BNP-tillväxten' percentage_point, unsigned (no direction), s
#   'Bidrag till BNP-tillväxten'; the change columns take the row label (rows are measures), 'därav bostäder' its own
#   label; the '..' cells are no figure. Revisions: 'Tillväxten under andra kvartalet har reviderats upp med 0,1
#   procentenheter till 0,3 procent' both increase (an upward revision of a positive growth), 2026 lenient; 'Jämfört
#   med andra kvartalet 2025 var ökningen oförändrad, 1,4 procent' 2026 lenient increase ('ökningen'; 'oförändrad'
#   refers to the revision); 'högst 0,1 procentenheter' at_most, no direction.
# - Housing prices (published 2026-11-30): 'i november', 'På tre månader', 'på en månad', 'i oktober' 2026 lenient;
#   'jämfört med november i fjol är de fortfarande 3,4 procent högre' an earlier point: 2026 lenient, increase, s None
#   (pronoun). '52 340 kronor per kvadratmeter' in the clause after the fall ('och en bostadsrätt kostade'): a level,
#   no direction, s 'en bostadsrätt' (the thing priced). 'En villa kostade i genomsnitt 4,18 miljoner kronor, vilket är
#   5,1 procent mer än för ett år sedan' 4,18 increase, 5,1 s None. The economist's 'faller med 1–2 procent i november
#   och december' a general seasonal pattern: no period, decrease. 'i Malmö 40 870 kronor' per m2 carried, s None.
#   'I Skåne län är ökningen på tolv månader 6,3 procent' a twelve-month rate. Tables: 'Kr/kvm, nov 2026' and 'Nov
#   2026' explicit; '1 mån, %', '3 mån, %' 2026 lenient signed; '12 mån, %' the rolling year signed; rows are areas:
#   s the caption's 'Bostadsrätter' / 'Villor'. 'Drygt 9 400 bostadsrätter såldes i november, knappt 6 procent fler
#   än samma månad förra året' both increase (apposition). '3 miljoner kronor' defines the example (optional);
#   'omkring 1 900 kronor mindre i ränta per månad än för ett år sedan' decrease, per month, s None (the payer).
# - TT healthcare queues (published 2026-11-18): 'I oktober', 'i slutet av oktober', 'i dag' 2026 lenient; 'Ett år
#   tidigare' 2025 lenient; '2019, före pandemin' and 'i oktober 2019' explicit. '64 procent av patienterna' decrease
#   (the next sentence states the earlier levels); '81 procent' 2019 s None ('den'). 'Av dem hade nästan 77 000' s
#   None (pronoun). 'Sedan 2019 har antalet ... mer än fördubblats' the multiplier optional, ('2019', '2026') lenient,
#   increase. The regions and 'Riksgenomsnittet' one time. The minister's '6 miljarder kronor per år' 2026 lenient
#   (present perfect), s None (the recipients). 'Regeringens mål är att minst 75 procent av patienterna ska behandlas
#   ... före utgången av 2027' a target, 2027 explicit, no change word: no direction, plain reporting. 'ökat från 4 100
#   i oktober 2019 till 7 850 i dag' 4 100 a from-value, 7 850 increase. 'omkring 85 000 kronor per ingrepp'
#   per="operation". The chair's '340 färre ... än för tre år sedan' decrease; 'menar att regionen skulle behöva minst
#   120 fler' at_least increase, sp (Anders Lövgren, credited). 'kvällsoperationer två dagar i veckan' 2 day
#   per="week". 'I landet som helhet har kön under samma tid vuxit med 9 procent' 2026 lenient. Every '90 dagar' and
#   'inom tre dagar' is the rule of the guarantee (optional): 'inom' at_most, 'längre än' / 'mer än' more_than.
# - Party page (UNDATED, HTML): 'i dag', 'Förra året', 'i vintras' give no period; '2030', '2040', '2045', '2027–2030'
#   written out are explicit. 'utsläppen ska minska med minst 75 procent till 2030 jämfört med 1990' a promise (the
#   ingress's 'Vi vill'): publisher, decrease, at_least. 'omkring 36 procent lägre än 1990' decrease (an earlier
#   point). The per-inhabitant emissions 'ungefär 4,3 ton per år, mot drygt 8 ton i Tyskland och knappt 9 ton i Norge'
#   per="capita", one time, s None (a person is the emitter; the countries are places). 'Enligt Energiverkets
#   scenarier behöver Sverige mellan 250 och 300 TWh el per år 2045, jämfört med cirka 140 TWh i dag' the range 2045
#   explicit, increase (the need against today), per="year", sp (Energiverket, enligt) for both figures; '140' s None.
#   '1,45 kronor per kilowattimme' s None (the payer). List: 'Minst fyra nya reaktorer ... till 2040' at_least, no
#   direction ('nya' is no change word); 'sänker energiskatten på el med 20 öre per kilowattimme' decrease; costs per
#   year s None after 'Det', else the goal of the money ('laddinfrastruktur', 'fossilfri stål-, cement- och
#   kemiindustri') or the named support; 'Minst en miljon laddbara bilar' 1e6 at_least 2030; 'minska
#   energianvändningen ... med 20 procent' decrease. 'Totalt kostar våra förslag 16 miljarder kronor per år' the
#   publisher's. The spokesperson's 'Med fyra nya reaktorer' restates the promise (no period), 'minst en tredjedel'
#   at_least decrease.
# - Tourism (sidecar 2026-10-14): 'under juni–augusti 2026' explicit; the season's other figures, 'i juli', 'under
#   säsongen' 2026 lenient; 'sommaren 2025', 'i fjol', 'samma månad i fjol' explicit. '1 842 000 gästnätter' increase
#   (next sentence 'Det är 3,8 procent fler än sommaren 2025': 2026 lenient, s None). 'Juli stod ensam för nästan
#   hälften av säsongens gästnätter' takes X ('Juli'). 'Svenska gäster stod för 1 204 000 gästnätter, en ökning med
#   1,9 procent' takes X and increase; 'De utländska gästnätterna ökade med 7,6 procent till 638 000' both increase.
#   Markets: 'Tyskland var den största utländska marknaden med 214 000 gästnätter' s the counted noun, Norway's and the
#   Netherlands' elided (s None); 'De tyska gästnätterna ökade med 11 procent jämfört med i fjol' 2026 lenient
#   increase; 'de norska minskade med 4 procent' s None (elided). 'vilket är 2,1 procentenheter högre än genomsnittet
#   för riket' one time. RevPAR '842 kronor ... en ökning med 9 procent' per="room"; '1 231 kronor' against another
#   county one time, '1 295' s None. 'Campingplatserna hade 781 000 gästnätter' s the counted noun (the holder is no
#   subject). 'Vandrarhemmen tappade däremot för andra året i rad och hade 58 000 gästnätter' the ordinal 2 decrease
#   and 58 000 decrease (the level after the fall). 'Enligt turistrådets beräkningar spenderade besökarna omkring 2,3
#   miljarder kronor ..., i genomsnitt 1 250 kronor per gästnatt' sp (turistrådet, enligt), s None (the spenders),
#   'per gästnatt' per="night"; 'Mellan 35 och 40 procent av pengarna' plain reporting. The chief's 'i snitt 4,2
#   nätter' a count, no bound. 'Målet är minst 2 miljoner gästnätter under sommaren 2028' at_least, 2028 explicit, s
#   'Målet', no direction. 'minst 10 rum' a threshold of the statistics (optional).
# - Admissions (published 2026-11-25): the spring term 2027's figures 2027 (explicit where 'vårterminen 2027' is
#   written, else lenient: 'denna termin', present tense, 'i det första urvalet'); 'en ökning med 6,4 procent jämfört
#   med vårterminen 2026' and 'en ökning med 15 procent jämfört med vårterminen 2026' change nouns with a baseline:
#   ('2026', '2027') lenient; 'har ökat med 3 procentenheter jämfört med vårterminen 2026' a verb: 2027 lenient,
#   increase. 'I riket ökade antalet sökande med 2,9 procent' 2027 lenient increase. 'Antalet förstahandssökande per
#   plats är i genomsnitt 2,3, mot 1,9 för landets lärosäten som helhet' one time (count per="place"; 'i genomsnitt'
#   no bound), '1,9' s None. 'varav 2 460' s None. 'tappar ... för tredje terminen i rad' ordinal 3 decrease. The
#   rector's 'skulle kunna ta in mellan 300 och 400 fler studenter' a counterfactual in a present-tense quote: 2026
#   lenient, increase. Table: 'HT 2026' / 'VT 2027' explicit, 'Förändring, %' 2027 lenient signed ('0,0' none); rows
#   are programmes: s 'Förstahandssökande' (the heading). '35 år eller äldre' an age limit (N). 'Kvinnorna utgör 64
#   procent av de sökande' takes X; 'genomsnittet i riket på 61 procent' one time. 'Universitetet får i år ersättning
#   för 9 650 helårsstudenter, vilket motsvarar ungefär 585 miljoner kronor' 2026 explicit ('i år'), the recipient is
#   no subject, 585 s None. 'minst 40 procent av studenterna på programmen ska komma från andra län 2030' a target,
#   2030 explicit, no direction.
# - Harvest (published 2026-11-12): 'Årets' 2026 explicit; the rest of the season 2026 lenient; 'Det är 11 procent mer
#   än 2025' 2026 lenient increase, s None; 'knappt 5 procent över genomsnittet för de fem senaste åren' one time, s
#   None. '5,77 miljoner ton' increase (the next sentence). 'Spannmål odlades på drygt 980 000 hektar' s 'Spannmål',
#   unit "ha". Table: the caption's 2026 lenient for 'Areal, hektar' (ha), 'Ton per hektar' (tonne per="ha"), 'Skörd,
#   1 000 ton' (tonne x 1 000) and 'Mot 2025, %' (signed); 'Femårssnitt, 1 000 ton' takes the footnote's 2021–2025
#   (lenient: a footnote, not the header); rows are crops: each column its header as subject ('Areal', 'Ton per
#   hektar', 'Skörd' for the harvest and its change, 'Femårssnitt'). 'Vårvetet ... blev 5 procent sämre än
#   femårssnittet' one time, no direction. 'en minskning med 8 procent jämfört med 2025' ('2025', '2026') lenient.
#   'I Skåne föll bara 18 millimeter regn i maj, mot normalt 45 millimeter' one time, the normal has no period (s
#   None). 'under 2,5 ton per hektar' less_than. 'Avräkningspriset för brödvete var i oktober ... 2,15 kronor per
#   kilo, mot 2,48 kronor per kilo ett år tidigare' 2,15 decrease, 2,48 2025 lenient. 'För höstraps låg priset på 4,90
#   kronor per kilo, 6 procent högre än i fjol' both increase. The analyst's 'Enligt våra beräkningar' sits in a quote
#   ending 'säger': quote. 'en enkät till 3 400 lantbruksföretag med minst 10 hektar åkermark' method (optional);
#   'Svarsfrekvensen var 71 procent' required (as r30_b).
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods (including
#   the '1', '3', '12' of '1 mån', '3 mån', '12 mån' and the '1 000' of 'Skörd, 1 000 ton'), years, quarters and dates
#   that only place a claim or a comparison, next-report dates, times of day ('08.00', '06.00', 'klockan 17'), the
#   '1 000' of 'per 1 000 invånare', the digits of 'elområde 4' / 'elområde 1' and of 'F–3', the age limit '35 år',
#   table numbering, phone numbers, street numbers, box numbers, postal codes and the org number.
# - Left out on purpose (no figure of their own, neither G nor N): 'årets nio första månader' (the report's span),
#   'samma period i fjol', 'sedan årsskiftet', 'den starkaste kvartalstillväxten sedan början av 2024' (the '2024' is
#   N), 'för tre år sedan', 'samma dag' (FAKTA), 'den största i landet', 'den största utländska marknaden', 'det näst
#   högsta värdet' (ranks without a digit or number word), 'de fem senaste åren', 'ungefär lika mycket som 2025' (the
#   '2025' is N), 'nettonollutsläpp'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2025", "2026", "2027", "2028", "2030", "2040", "2045")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y25, Y26, Y27 = (Y[y] for y in ("2019", "2025", "2026", "2027"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    ROLL = dict(t=("2025", "2026"), lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. savings bank, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KI = ("K/I-talet", "K/I-talet")
    KFL = ("Kreditförlusterna", "Kreditförlusterna")
    KN = ("en kreditförlustnivå", "kreditförlustnivå")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    KP = ("Kärnprimärkapitalrelationen (CET1)", "Kärnprimärkapitalrelationen")
    RA = ("Resultat per aktie", "Resultat")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    IN = ("Inlåningen från allmänheten", "Inlåningen")
    BR = ("Den genomsnittliga bolåneräntan för nya kunder", "bolåneräntan")
    KO = ("Kostnaderna", "Kostnaderna")
    AF = ("Annika Frestad", "quote")
    qc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r31_b_sparbank_q3"] = [
        G("3 procent", 3, "percent", ctx="minskade med [3 procent] till", **L26, direction=DEC, s=RN, sp=None, note="bullets under 'JANUARI–SEPTEMBER I KORTHET' (title Jan-Sep 2026): 2026 lenient"),
        G("874", 874e6, "SEK", ctx="till [874] (901)", **L26, direction=DEC, s=RN, sp=None, note="'minskade med ... till'"),
        G("901", 901e6, "SEK", ctx="874 ([901]) Mkr", **L25, s=RN, sp=None, note="bracket: 'motsvarande period föregående år' (lenient)"),
        G("212", 212e6, "SEK", ctx="till [212] (196)", **L26, direction=INC, s=PN, sp=None, note="'ökade till'"),
        G("196", 196e6, "SEK", ctx="212 ([196]) Mkr", **L25, s=PN, sp=None),
        G("541", 541e6, "SEK", ctx="till [541] (566)", **L26, s=RR, sp=None, note="'uppgick till': no change"),
        G("566", 566e6, "SEK", ctx="541 ([566]) Mkr", **L25, s=RR, sp=None),
        G("0,39", 0.39, "number", ctx="var [0,39] (0,37)", **L26, s=KI, sp=None, note="'var': no change; K/I-tal unit number"),
        G("0,37", 0.37, "number", ctx="0,39 ([0,37])", **L25, s=KI, sp=None),
        G("18", 18e6, "SEK", ctx="till [18] (25)", **L26, s=KFL, sp=None),
        G("25", 25e6, "SEK", ctx="18 ([25]) Mkr", **L25, s=KFL, sp=None),
        G("0,04", 0.04, "percent", ctx="på [0,04] (0,06)", **L26, s=KN, sp=None),
        G("0,06", 0.06, "percent", ctx="0,04 ([0,06]) procent", **L25, s=KN, sp=None),
        G("12,6", 12.6, "percent", ctx="blev [12,6] (13,9)", **L26, s=RE, sp=None),
        G("13,9", 13.9, "percent", ctx="12,6 ([13,9]) procent", **L25, s=RE, sp=None),
        G("19,8 procent", 19.8, "percent", **L26, direction=INC, s=KP, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("19,1 procent", 19.1, "percent", **L25, s=KP, sp=None, note="'vid årsskiftet' (lenient)"),
        G("286", 286e6, "SEK", ctx="till [286] (305)", **L26, s=RN, sp=None, note="'TREDJE KVARTALET' (no year): 2026 lenient"),
        G("305", 305e6, "SEK", ctx="286 ([305]) Mkr", **L25, s=RN, sp=None),
        G("174", 174e6, "SEK", ctx="blev [174] (192)", **L26, s=RR, sp=None),
        G("192", 192e6, "SEK", ctx="174 ([192]) Mkr", **L25, s=RR, sp=None),
        G("2,14", 2.14, "SEK", per="share", ctx="var [2,14] (2,37)", **L26, s=RA, sp=None),
        G("2,37", 2.37, "SEK", per="share", ctx="2,14 ([2,37]) kronor", **L25, s=RA, sp=None),
        G("27 miljoner kronor", 27e6, "SEK", t=Y26, direction=DEC, s=("räntenettot", "räntenettot"), sp=AF, note="quote; 'för årets nio första månader ... lägre än under samma period i fjol' ('årets' resolves)"),
        G("drygt 3 100 nya privatkunder", 3100, "count", bound="approx", **L26, s=("nya privatkunder", "privatkunder"), sp=AF, note="'fått ... sedan årsskiftet': a count of new customers, no change word"),
        G("sjätte", 6, "ordinal", kind="ordinal", **L26, direction=INC, s=("bolånestocken", "bolånestocken"), sp=AF, note="'har nu vuxit för sjätte kvartalet i rad'"),
        G("mellan 4 och 5 procent", None, "percent", low=4, high=5, **L26, direction=INC, s=("kostnaderna", "kostnaderna"), sp=AF, note="range forecast 'För helåret ... ökar med'"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=UT, sp=None, note="'under perioden'"),
        G("48,3 miljarder kronor", 48.3e9, "SEK", **L26, direction=INC, s=UT, sp=None, note="'ökade ... med ... till'"),
        G("omkring 71 procent", 71, "percent", bound="approx", **L26, s=("Bolånen", "Bolånen"), sp=None, note="'X utgör Y av Z' takes X"),
        G("39,6", 39.6e9, "SEK", ctx="var [39,6] (37,2)", **L26, s=IN, sp=None, note="'var': no change"),
        G("37,2", 37.2e9, "SEK", ctx="39,6 ([37,2]) miljarder", **L25, s=IN, sp=None),
        G("18 procent", 18, "percent", **L26, s=("Bankens andel av bolånemarknaden i Vänersta län", "andel"), sp=None, note="against the largest competitor: one time"),
        G("24 procent", 24, "percent", **L26, s=None, sp=None, note="elided"),
        G("3,21 procent", 3.21, "percent", **L26, direction=DEC, s=BR, sp=None, note="'i september, mot ... i januari'"),
        G("3,94 procent", 3.94, "percent", **L26, s=BR, sp=None, note="'i januari' (no year): the earlier point"),
        G("5 procent", 5, "percent", ctx="ökade med [5 procent] till", **L26, direction=INC, s=KO, sp=None),
        G("441", 441e6, "SEK", ctx="till [441] (420)", **L26, direction=INC, s=KO, sp=None),
        G("420", 420e6, "SEK", ctx="441 ([420]) Mkr", **L25, s=KO, sp=None),
        G("14 nya tjänster", 14, "count", **L26, s=("nya tjänster inom kundservice", "tjänster"), sp=None),
        G("126 Mkr", 126e6, "SEK", **L26, s=("Osäkra lånefordringar brutto", "lånefordringar"), sp=None),
        G("0,26 procent", 0.26, "percent", **L26, s=("utlåningen", "utlåningen"), sp=None, note="'motsvarande ... av utlåningen'"),
        G("362", 362, "count", ctx="till [362] (348)", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("348", 348, "count", ctx="362 ([348]) vid", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        *_row(G, "Räntenetto, Mkr", ["286", "291", "297", "305"], qc("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL PER KVARTAL': 'Kv 3 2026' / 'Kv 2 2026' / 'Kv 1 2026' / 'Kv 3 2025' explicit at year grain; rows are measures"),
        *_row(G, "Rörelseresultat, Mkr", ["174", "181", "186", "192"], qc("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "K/I-tal", ["0,40", "0,39", "0,38", "0,36"], qc("number", 1), ("K/I-tal", "K/I-tal")),
        *_row(G, "Kreditförlustnivå, %", ["0,03", "0,05", "0,04", "0,07"], qc("percent", 1), ("Kreditförlustnivå", "Kreditförlustnivå")),
        *_row(G, "Räntabilitet på eget kapital, %", ["12,1", "12,6", "13,0", "13,8"], qc("percent", 1), ("Räntabilitet på eget kapital", "Räntabilitet")),
        *_row(G, "Kärnprimärkapitalrelation, %", ["19,8", "19,5", "19,3", "18,9"], qc("percent", 1), ("Kärnprimärkapitalrelation", "Kärnprimärkapitalrelation")),
    ]
    NEG["r31_b_sparbank_q3"] = [
        N("januari–september 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("Kv 3 2026", note="column header"), N("Kv 2 2026", note="column header"), N("Kv 1 2026", note="column header"),
        N("Kv 3 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the next report"), N("3 februari 2027", note="next report"),
        N("0510-38 20 00"), N("0510-38 20 14"), N("516401-7722", note="org number"),
    ]

    # ------------------------------------------------------------ 2. GDP, third quarter 2026 (Publicerad 26 november 2026 kl. 08.00)
    BNP = ("BNP", "BNP")
    MH = ("Maria Holmqvist", "quote")
    HK = ("Hushållens konsumtionsutgifter", "konsumtionsutgifter")
    TV = ("Tillväxten under andra kvartalet", "Tillväxten")
    BI = ("Bidrag till BNP-tillväxten", "Bidrag")
    gc = [("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True), ("percentage_point", 1, None, Y26, True, F)]

    GOLD["r31_b_bnp_kv3"] = [
        G("0,6 procent", 0.6, "percent", **L26, direction=INC, s=BNP, sp=None, note="headline 'under tredje kvartalet' (no year: lenient)"),
        G("0,6 procent", 0.6, "percent", occ=2, t=Y26, direction=INC, s=("Sveriges BNP", "BNP"), sp=None, note="'under tredje kvartalet 2026, säsongrensat och jämfört med andra kvartalet'"),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=BNP, sp=None, note="'Jämfört med tredje kvartalet 2025': an earlier point"),
        G("drygt 2 procent", 2, "percent", bound="approx", **L26, direction=INC, s=("deras konsumtion", "konsumtion"), sp=MH, note="quote; 'över nivån för ett år sedan'"),
        G("1 648 miljarder kronor", 1648e9, "SEK", **L26, s=BNP, sp=None, note="'under kvartalet'"),
        G("0,5 procent", 0.5, "percent", **L26, direction=INC, s=("BNP per invånare", "BNP"), sp=None, note="a percent is no rate: per None"),
        G("0,9 procent", 0.9, "percent", **L26, direction=INC, s=HK, sp=None),
        G("0,4 procentenheter", 0.4, "percentage_point", **L26, s=HK, sp=None, note="contribution: no direction"),
        G("drygt 1 procent", 1, "percent", bound="approx", **L26, direction=INC, s=("Konsumtionen av tjänster", "Konsumtionen"), sp=None),
        G("0,3 procent", 0.3, "percent", ctx="ökade med [0,3 procent].", **L26, direction=INC, s=("Den offentliga konsumtionen", "konsumtionen"), sp=None),
        G("0,4 procent", 0.4, "percent", ctx="minskade med [0,4 procent].", **L26, direction=DEC, s=("De fasta bruttoinvesteringarna", "bruttoinvesteringarna"), sp=None),
        G("2,7 procent", 2.7, "percent", **L26, direction=DEC, s=("Bostadsinvesteringarna", "Bostadsinvesteringarna"), sp=None),
        G("knappt 30 procent", 30, "percent", bound="approx", **L26, direction=DEC, s=("Bostadsinvesteringarna", "Bostadsinvesteringarna"), sp=None, note="'under toppnivån i början av 2022': an earlier point"),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=("Investeringarna i maskiner och inventarier", "Investeringarna"), sp=None),
        G("1,8 procent", 1.8, "percent", **L26, direction=INC, s=("Exporten", "Exporten"), sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=INC, s=("importen", "importen"), sp=None),
        G("0,4 procentenheter", 0.4, "percentage_point", occ=2, **L26, s=("Nettoexporten", "Nettoexporten"), sp=None, note="contribution"),
        G("0,2 procentenheter", 0.2, "percentage_point", **L26, s=("lagerinvesteringarna", "lagerinvesteringarna"), sp=None, note="'bidrog negativt med': a contribution, value as written"),
        *_row(G, "Hushållens konsumtion", ["0,9", "2,4", "0,4"], gc, [("Hushållens konsumtion", "konsumtion"), ("Hushållens konsumtion", "konsumtion"), BI], note="table 'Tabell 1. BNP från användningssidan, tredje kvartalet 2026': the caption's 2026 lenient; two signed change columns, the contribution column unsigned; rows are measures"),
        *_row(G, "Offentlig konsumtion", ["0,3", "1,2", "0,1"], gc, [("Offentlig konsumtion", "konsumtion"), ("Offentlig konsumtion", "konsumtion"), BI]),
        *_row(G, "Fasta bruttoinvesteringar", ["−0,4", "−1,6", "−0,1"], gc, [("Fasta bruttoinvesteringar", "bruttoinvesteringar"), ("Fasta bruttoinvesteringar", "bruttoinvesteringar"), BI]),
        *_row(G, "därav bostäder", ["−2,7", "−8,9", "−0,1"], gc, [("därav bostäder", "bostäder"), ("därav bostäder", "bostäder"), BI]),
        *_row(G, "Lagerinvesteringar", ["−0,2"], gc[2:], [BI], before=("..", ".."), note="'..' cells are no figure"),
        *_row(G, "Export", ["1,8", "3,5", "0,9"], gc, [("Export", "Export"), ("Export", "Export"), BI]),
        *_row(G, "Import", ["1,1", "2,7", "−0,5"], gc, [("Import", "Import"), ("Import", "Import"), BI]),
        *_row(G, "BNP", ["0,6", "1,9", "0,6"], gc, [BNP, BNP, BI]),
        G("0,2 procent", 0.2, "percent", ctx="ökade med [0,2 procent], och", **L26, direction=INC, s=("Antalet arbetade timmar", "Antalet"), sp=None),
        G("5,29 miljoner personer", 5.29e6, "count", **L26, s=("antalet sysselsatta", "antalet"), sp=None),
        G("knappt 0,4 procent", 0.4, "percent", bound="approx", **L26, direction=INC, s=("Produktiviteten", "Produktiviteten"), sp=None),
        G("0,1 procentenheter", 0.1, "percentage_point", **L26, direction=INC, s=TV, sp=None, note="'reviderats upp med ... till'"),
        G("0,3 procent", 0.3, "percent", ctx="till [0,3 procent].", **L26, direction=INC, s=TV, sp=None, note="the revised growth: an upward revision of a positive growth"),
        G("1,4 procent", 1.4, "percent", **L26, direction=INC, s=("ökningen", "ökningen"), sp=None, note="'Jämfört med andra kvartalet 2025 var ökningen oförändrad'"),
        G("högst 0,1 procentenheter", 0.1, "percentage_point", bound="at_most", **L26, s=("revideringarna", "revideringarna"), sp=None),
    ]
    NEG["r31_b_bnp_kv3"] = [
        N("tredje kvartalet 2026", note="title"), N("26 november 2026", note="Publicerad"), N("08.00", note="time of day"),
        N("tredje kvartalet 2026", occ=2, note="places the claim"), N("tredje kvartalet 2025", note="places the comparison"),
        N("2024", ctx="början av [2024]", note="places a comparison"), N("2022", ctx="början av [2022]", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table numbering"), N("tredje kvartalet 2026", occ=3, note="caption"),
        N("kv 2 2026", note="column header"), N("kv 3 2025", note="column header"),
        N("andra kvartalet 2025", note="places the comparison"),
        N("fjärde kvartalet 2026", note="next release"), N("26 februari 2027", note="next release"),
        N("010-479 52 18"), N("010-479 52 40"),
    ]

    # ------------------------------------------------------------ 3. housing prices, November 2026 (Markdown, Publicerad 30 november 2026)
    JE = ("Johan Ekdal", "quote")
    BO = ("Bostadsrätter", "Bostadsrätter")
    VI = ("Villor", "Villor")
    hc = [("SEK", 1, "m2", Y26, F, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True),
          ("percent", 1, None, ("2025", "2026"), True, True)]
    vc = [("SEK", 1e6, None, Y26, F, F), ("percent", 1, None, ("2025", "2026"), True, True)]
    GOLD["r31_b_bostadspriser_nov"] = [
        G("1,2 procent", 1.2, "percent", **L26, direction=DEC, s=("Priserna på bostadsrätter i Sverige", "Priserna"), sp=None, note="'i november jämfört med oktober'"),
        G("52 340 kronor per kvadratmeter", 52340, "SEK", per="m2", **L26, s=("en bostadsrätt", "bostadsrätt"), sp=None, note="a level in the clause after the fall; 'i genomsnitt' no bound"),
        G("2,0 procent", 2.0, "percent", **L26, direction=DEC, s=("priserna", "priserna"), sp=None, note="'På tre månader'"),
        G("3,4 procent", 3.4, "percent", **L26, direction=INC, s=None, sp=None, note="'jämfört med november i fjol är de ... högre': an earlier point; pronoun"),
        G("0,3 procent", 0.3, "percent", **L26, direction=DEC, s=("Villapriserna", "Villapriserna"), sp=None, note="'ned 0,3 procent'"),
        G("4,18 miljoner kronor", 4.18e6, "SEK", **L26, direction=INC, s=("En villa", "villa"), sp=None, note="', vilket är ... mer än för ett år sedan'"),
        G("5,1 procent", 5.1, "percent", ctx="vilket är [5,1 procent]", **L26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("1–2 procent", None, "percent", low=1, high=2, direction=DEC, s=("priserna", "priserna"), sp=JE, note="a seasonal pattern: no period"),
        G("98 450 kronor per kvadratmeter", 98450, "SEK", per="m2", **L26, s=("en bostadsrätt", "bostadsrätt"), sp=None),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier against the country: one time"),
        G("1,8 procent", 1.8, "percent", ctx="föll med [1,8 procent]", **L26, direction=DEC, s=("Priserna", "Priserna"), sp=None, note="'på en månad'"),
        G("55 kvadratmeter", 55, "m2", optional=True, s=None, sp=None, note="defines the example flat"),
        G("omkring 5,4 miljoner kronor", 5.4e6, "SEK", bound="approx", **L26, s=("ett pris", "pris"), sp=None, note="result of the worked example"),
        G("61 200 kronor", 61200, "SEK", per="m2", ctx="kvadratmeterpriset [61 200 kronor]", **L26, s=("kvadratmeterpriset", "kvadratmeterpriset"), sp=None),
        G("40 870 kronor", 40870, "SEK", per="m2", ctx="Malmö [40 870 kronor]", **L26, s=None, sp=None, note="elided; per m2 carried"),
        *_row(G, "| Stockholms kommun", ["98 450", "−1,8", "−2,9", "+2,1"], hc, BO, sep=" | ", note="Markdown table 'Bostadsrätter, kronor per kvadratmeter och prisförändring i procent': 'Kr/kvm, nov 2026' explicit; '1 mån, %' / '3 mån, %' 2026 lenient signed; '12 mån, %' the rolling year signed; rows are areas"),
        *_row(G, "| Göteborgs kommun", ["61 200", "−1,5", "−2,4", "+3,0"], hc, BO, sep=" | "),
        *_row(G, "| Malmö kommun", ["40 870", "−0,9", "−1,1", "+4,6"], hc, BO, sep=" | "),
        *_row(G, "| Övriga Sverige", ["31 920", "−0,6", "−1,3", "+3,9"], hc, BO, sep=" | "),
        G("52 340", 52340, "SEK", per="m2", ctx="| **Hela Sverige** | **[52 340]** |", t=Y26, s=BO, sp=None, note="bold total row"),
        G("−1,2", -1.2, "percent", ctx="| **52 340** | **[−1,2]** |", **L26, direction=DEC, s=BO, sp=None),
        G("−2,0", -2.0, "percent", ctx="| **−1,2** | **[−2,0]** |", **L26, direction=DEC, s=BO, sp=None),
        G("+3,4", 3.4, "percent", ctx="| **−2,0** | **[+3,4]** |", **ROLL, direction=INC, s=BO, sp=None),
        G("6,3 procent", 6.3, "percent", **ROLL, direction=INC, s=("ökningen", "ökningen"), sp=None, note="'ökningen på tolv månader': a twelve-month rate"),
        *_row(G, "| Stockholms län", ["7,35", "+4,2"], vc, VI, sep=" | ", note="Markdown table 'Villor, genomsnittspris i miljoner kronor': 'Nov 2026' explicit, '12 mån, %' the rolling year signed; rows are counties"),
        *_row(G, "| Västra Götalands län", ["4,42", "+5,8"], vc, VI, sep=" | "),
        *_row(G, "| Skåne län", ["3,96", "+6,3"], vc, VI, sep=" | "),
        G("4,18", 4.18e6, "SEK", ctx="| **Riket** | **[4,18]** |", t=Y26, s=VI, sp=None, note="bold total row"),
        G("+5,1", 5.1, "percent", ctx="| **4,18** | **[+5,1]** |", **ROLL, direction=INC, s=VI, sp=None),
        G("Drygt 9 400 bostadsrätter", 9400, "count", bound="approx", **L26, direction=INC, s=("bostadsrätter", "bostadsrätter"), sp=None, note="', knappt 6 procent fler än samma månad förra året'"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=("bostadsrätter", "bostadsrätter"), sp=None, note="apposition keeps the subject"),
        G("27 dagar", 27, "day", **L26, direction=INC, s=("den genomsnittliga tiden från annons till kontrakt", "tiden"), sp=None, note="', mot ... i oktober'"),
        G("21 dagar", 21, "day", **L26, s=("den genomsnittliga tiden från annons till kontrakt", "tiden"), sp=None),
        G("3 miljoner kronor", 3e6, "SEK", optional=True, s=None, sp=None, note="defines the example loan"),
        G("omkring 1 900 kronor", 1900, "SEK", bound="approx", per="month", **L26, direction=DEC, s=None, sp=None, note="'i dag ... mindre i ränta per månad än för ett år sedan'; the payer is no subject"),
    ]
    NEG["r31_b_bostadspriser_nov"] = [
        N("november 2026", note="title"), N("30 november 2026", note="Publicerad"),
        N("nov 2026", note="column header"), N("1 mån", note="column header: a span"),
        N("3 mån", note="column header: a span"), N("12 mån", note="column header: a span"),
        N("Nov 2026", note="column header"), N("12 mån", occ=2, note="column header: a span"),
        N("26 november", note="data cut-off date"), N("7 januari 2027", note="next report"),
    ]

    # ------------------------------------------------------------ 4. TT, healthcare queues (Publicerad 18 november 2026 kl. 06.00)
    ES = ("Elin Sandstedt", "quote")
    AL = ("Anders Lövgren", "quote")
    PA = ("patienterna", "patienterna")
    SQ = ("antalet patienter som väntat mer än 90 dagar", "antalet")
    MT = ("Mediantiden för en höftledsoperation", "Mediantiden")
    GOLD["r31_b_tt_vardkoer"] = [
        G("Var tredje", 1 / 3, "ratio", **L26, s=("patient", "patient"), sp=None, note="headline"),
        G("90 dagar", 90, "day", bound="at_most", optional=True, s=None, sp=None, note="'inom vårdgarantins 90 dagar': the rule"),
        G("64 procent", 64, "percent", **L26, direction=DEC, s=PA, sp=None, note="'I oktober'; the next sentence gives the earlier levels"),
        G("68 procent", 68, "percent", **L25, s=("andelen", "andelen"), sp=None, note="'Ett år tidigare'"),
        G("81 procent", 81, "percent", t=Y19, s=None, sp=None, note="'2019, före pandemin, låg den på': pronoun"),
        G("drygt 214 000 personer", 214000, "count", bound="approx", **L26, s=("personer", "personer"), sp=None, note="'i slutet av oktober'"),
        G("nästan 77 000", 77000, "count", bound="approx", **L26, s=None, sp=None, note="'Av dem' (pronoun)"),
        G("90 dagar", 90, "day", occ=2, bound="more_than", optional=True, s=None, sp=None, note="'längre än': threshold"),
        G("7,4 patienter", 7.4, "count", per="capita", **L26, s=("patienter", "patienter"), sp=None, note="'per 1 000 invånare'"),
        G("mer än fördubblats", 2, "number", bound="more_than", t=("2019", "2026"), lenient=True, direction=INC, optional=True, s=("antalet som väntat för länge", "antalet"), sp=None, note="multiplier 'Sedan 2019'"),
        G("79 procent", 79, "percent", **L26, s=PA, sp=None, note="region against region and the national average: one time"),
        G("90 dagar", 90, "day", occ=3, bound="at_most", optional=True, s=None, sp=None),
        G("47 procent", 47, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("64 procent", 64, "percent", occ=2, **L26, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None),
        G("112 dagar", 112, "day", **L26, direction=INC, s=MT, sp=None, note="', jämfört med ... i oktober 2019'"),
        G("74 dagar", 74, "day", t=Y19, s=MT, sp=None),
        G("88 procent", 88, "percent", **L26, s=PA, sp=None),
        G("6 miljarder kronor per år", 6e9, "SEK", per="year", **L26, s=None, sp=ES, note="quote; the recipients are no subject"),
        G("minst 75 procent", 75, "percent", bound="at_least", t=Y27, s=PA, sp=None, note="the government's target 'före utgången av 2027': no change word"),
        G("90 dagar", 90, "day", occ=4, bound="at_most", optional=True, s=None, sp=None, note="the rule inside the target"),
        G("90 dagar", 90, "day", occ=5, bound="more_than", optional=True, s=None, sp=None),
        G("4 100", 4100, "count", t=Y19, s=SQ, sp=None, note="from-value 'från ... i oktober 2019'"),
        G("7 850", 7850, "count", **L26, direction=INC, s=SQ, sp=None, note="'till ... i dag'"),
        G("mellan 15 och 20 procent", None, "percent", low=15, high=20, **L26, s=("sina planerade operationer", "operationer"), sp=None, note="'X procent av Y'"),
        G("omkring 85 000 kronor per ingrepp", 85000, "SEK", bound="approx", per="operation", **L26, s=("en kostnad", "kostnad"), sp=None),
        G("340", 340, "count", **L26, direction=DEC, s=("specialistsjuksköterskor", "specialistsjuksköterskor"), sp=AL, note="quote; 'färre ... än för tre år sedan'"),
        G("minst 120 fler operationssjuksköterskor", 120, "count", bound="at_least", **L26, direction=INC, s=("operationssjuksköterskor", "operationssjuksköterskor"), sp=("Anders Lövgren", "credited"), note="'menar att regionen skulle behöva'"),
        G("två dagar", 2, "day", per="week", **L26, s=("kvällsoperationer", "kvällsoperationer"), sp=None, note="'två dagar i veckan'"),
        G("18 procent", 18, "percent", **L26, direction=DEC, s=("kön", "kön"), sp=None, note="'kortats med ... på ett år'"),
        G("var fjärde", 0.25, "ratio", **L26, s=("operation", "operation"), sp=None),
        G("9 procent", 9, "percent", ctx="vuxit med [9 procent]", **L26, direction=INC, s=("kön", "kön"), sp=None, note="'under samma tid vuxit med'"),
        G("tre dagar", 3, "day", bound="at_most", optional=True, s=None, sp=None, note="FAKTA: the rule"),
        G("90 dagar", 90, "day", occ=6, bound="at_most", optional=True, s=None, sp=None, note="FAKTA"),
        G("90 dagar", 90, "day", occ=7, bound="at_most", optional=True, s=None, sp=None, note="FAKTA"),
    ]
    NEG["r31_b_tt_vardkoer"] = [
        N("18 november 2026", note="Publicerad"), N("06.00", note="time of day"),
        N("2019", ctx="och [2019], före", note="places the claim"), N("2019", ctx="Sedan [2019] har", note="places the change"),
        N("1 000", ctx="per [1 000] invånare", note="rate denominator"),
        N("oktober 2019", note="places the comparison"), N("2027", ctx="utgången av [2027]", note="places the target"),
        N("oktober 2019", occ=2, note="places the from-value"), N("17", ctx="klockan [17].", note="time of day"),
    ]

    # ------------------------------------------------------------ 5. party page on climate and energy (HTML, UNDATED)
    PB = ("Framstegspartiet", "publisher")
    EV = ("Energiverket", "enligt")
    SR = ("Sofia Rehnberg", "quote")
    EL = ("sin el", "el")
    GOLD["r31_b_parti_klimat"] = [
        G("minst 75 procent", 75, "percent", bound="at_least", t=Y["2030"], direction=DEC, s=("utsläppen", "utsläppen"), sp=PB, note="the ingress's 'Vi vill': a promise; 'jämfört med 1990' is the baseline"),
        G("omkring 36 procent", 36, "percent", bound="approx", direction=DEC, s=("Sveriges utsläpp av växthusgaser", "utsläpp"), sp=None, note="'lägre än 1990': an earlier point; undated: 'i dag' gives no period"),
        G("44 miljoner ton", 44e6, "tonne", s=None, sp=None, note="'Förra året uppgick de till' (undated: no period; pronoun)"),
        G("ungefär 4,3 ton", 4.3, "tonne", bound="approx", per="capita", s=None, sp=None, note="'Per invånare ... per år': one time against Germany and Norway"),
        G("drygt 8 ton", 8, "tonne", bound="approx", per="capita", s=None, sp=None),
        G("knappt 9 ton", 9, "tonne", bound="approx", per="capita", s=None, sp=None),
        G("nästan hälften", 0.5, "ratio", bound="approx", s=EL, sp=None, note="'X av Y' takes Y"),
        G("över 90 procent", 90, "percent", bound="more_than", s=EL, sp=None),
        G("mellan 250 och 300 TWh", None, "TWh", low=250, high=300, per="year", t=Y["2045"], direction=INC, s=("el", "el"), sp=EV, note="the need in 2045 against today"),
        G("cirka 140 TWh", 140, "TWh", bound="approx", s=None, sp=EV, note="'i dag' (undated: no period); elided"),
        G("1,45 kronor per kilowattimme", 1.45, "SEK", per="kWh", s=None, sp=None, note="'i vintras' (undated: no period); the payer is no subject; 'i genomsnitt' no bound"),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between price areas"),
        G("Minst fyra nya reaktorer", 4, "count", bound="at_least", t=Y["2040"], s=("nya reaktorer", "reaktorer"), sp=PB, note="list item 1: 'till 2040'"),
        G("upp till 300 miljarder kronor", 300e9, "SEK", bound="at_most", s=("kreditgarantier", "kreditgarantier"), sp=PB),
        G("20 öre per kilowattimme", 0.20, "SEK", per="kWh", direction=DEC, s=("energiskatten på el", "energiskatten"), sp=PB, note="'sänker ... med'"),
        G("8 miljarder kronor per år", 8e9, "SEK", per="year", s=None, sp=PB, note="'Det kostar'"),
        G("Minst en miljon laddbara bilar", 1e6, "count", bound="at_least", t=Y["2030"], s=("laddbara bilar", "bilar"), sp=PB),
        G("2,5 miljarder kronor per år", 2.5e9, "SEK", per="year", s=("laddinfrastruktur", "laddinfrastruktur"), sp=PB, note="the goal of the money"),
        G("högst 10 000 kronor per hushåll", 10000, "SEK", bound="at_most", per="household", s=("ett laddstöd", "laddstöd"), sp=PB),
        G("4 miljarder kronor per år", 4e9, "SEK", per="year", t=("2027", "2030"), s=("fossilfri stål-, cement- och kemiindustri", "kemiindustri"), sp=PB, note="'under 2027–2030'"),
        G("1,5 miljarder kronor per år", 1.5e9, "SEK", per="year", s=("Ett renoveringsstöd", "renoveringsstöd"), sp=PB),
        G("20 procent", 20, "percent", direction=DEC, s=("energianvändningen i flerbostadshus", "energianvändningen"), sp=PB),
        G("16 miljarder kronor per år", 16e9, "SEK", per="year", s=("våra förslag", "förslag"), sp=PB, note="the publisher's first person"),
        G("fyra nya reaktorer", 4, "count", occ=1, ctx="Med [fyra nya reaktorer] kan", s=("nya reaktorer", "reaktorer"), sp=SR, note="quote: restates the promise"),
        G("minst en tredjedel", 1 / 3, "ratio", bound="at_least", direction=DEC, s=("elpriset i södra Sverige", "elpriset"), sp=SR),
    ]
    NEG["r31_b_parti_klimat"] = [
        N("2030", ctx="procent till [2030] jämfört", note="places the promise"), N("1990", ctx="jämfört med [1990] och", note="baseline year"),
        N("2045", ctx="senast [2045].", note="places the promise"), N("1990", ctx="lägre än [1990].", note="baseline year"),
        N("2045", ctx="per år [2045],", note="places the forecast"),
        N("4", ctx="elområde [4] betalade", note="a name"), N("1", ctx="elområde [1].", note="a name"),
        N("2040", note="places the promise"), N("2030", ctx="vägar [2030].", note="places the promise"),
        N("2027–2030", note="places the promise"),
        N("4410", note="box number"), N("102 69", note="postal code"), N("08-650 12 30"),
    ]

    # ------------------------------------------------------------ 6. county tourism, summer season 2026 (sidecar 2026-10-14)
    GN = ("Gästnätter", "Gästnätter")
    KA = ("Karin Åhlén", "quote")
    TR = ("turistrådet", "enligt")
    BE = ("Beläggningsgraden på länets hotell", "Beläggningsgraden")
    RP = ("Intäkten per tillgängligt rum, RevPAR", "Intäkten")
    tc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r31_b_turism_sommar"] = [
        G("1 842 000 gästnätter", 1842000, "count", t=Y26, direction=INC, s=("gästnätter", "gästnätter"), sp=None, note="'under juni–augusti 2026'; next sentence 'Det är ... fler än sommaren 2025'"),
        G("3,8 procent", 3.8, "percent", **L26, direction=INC, s=None, sp=None, note="'Det'"),
        G("nästan hälften", 0.5, "ratio", bound="approx", **L26, s=("Juli", "Juli"), sp=None, note="'X stod för Y' takes X"),
        *_row(G, "Juni", ["412 300", "405 800", "+1,6"], tc, GN, note="table 'Gästnätter per månad, samtliga boendeformer': '2026' / '2025' explicit, 'Förändring, %' 2026 lenient signed; rows are months"),
        *_row(G, "Juli", ["896 400", "851 200", "+5,3"], tc, GN),
        *_row(G, "Augusti", ["533 300", "517 900", "+3,0"], tc, GN),
        *_row(G, "Totalt", ["1 842 000", "1 774 900", "+3,8"], tc, GN),
        G("1 204 000 gästnätter", 1204000, "count", **L26, direction=INC, s=("Svenska gäster", "gäster"), sp=None, note="'X stod för Y' takes X; ', en ökning med'"),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=("Svenska gäster", "gäster"), sp=None, note="apposition keeps the subject"),
        G("7,6 procent", 7.6, "percent", **L26, direction=INC, s=("De utländska gästnätterna", "gästnätterna"), sp=None),
        G("638 000", 638000, "count", **L26, direction=INC, s=("De utländska gästnätterna", "gästnätterna"), sp=None, note="'ökade med ... till'"),
        G("drygt var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("gästnatt", "gästnatt"), sp=None),
        G("214 000 gästnätter", 214000, "count", **L26, s=("gästnätter", "gästnätter"), sp=None, note="a market is no measure: the counted noun"),
        G("131 000", 131000, "count", **L26, s=None, sp=None, note="elided"),
        G("knappt 90 000", 90000, "count", bound="approx", **L26, s=None, sp=None, note="elided"),
        G("11 procent", 11, "percent", **L26, direction=INC, s=("De tyska gästnätterna", "gästnätterna"), sp=None, note="'jämfört med i fjol': an earlier point"),
        G("4 procent", 4, "percent", ctx="minskade med [4 procent]", **L26, direction=DEC, s=None, sp=None, note="'de norska' (elided noun)"),
        G("68,4 procent", 68.4, "percent", **L26, direction=INC, s=BE, sp=None, note="'i juli, mot ... samma månad i fjol'"),
        G("65,0 procent", 65.0, "percent", t=Y25, s=BE, sp=None, note="'samma månad i fjol' resolves"),
        G("58,7 procent", 58.7, "percent", **L26, s=("beläggningen", "beläggningen"), sp=None),
        G("2,1 procentenheter", 2.1, "percentage_point", **L26, s=None, sp=None, note="'vilket ... högre än genomsnittet för riket': one time"),
        G("842 kronor", 842, "SEK", per="room", **L26, direction=INC, s=RP, sp=None, note="', en ökning med'"),
        G("9 procent", 9, "percent", ctx="ökning med [9 procent]", **L26, direction=INC, s=RP, sp=None, note="apposition keeps the subject"),
        G("1 231 kronor", 1231, "SEK", per="room", **L26, s=("Det genomsnittliga priset per sålt rum", "priset"), sp=None, note="against another county: one time"),
        G("1 295 kronor", 1295, "SEK", per="room", **L26, s=None, sp=None, note="elided"),
        G("781 000 gästnätter", 781000, "count", **L26, s=("gästnätter", "gästnätter"), sp=None, note="the holder is no subject"),
        G("omkring 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=("antalet uthyrda stugor", "antalet"), sp=None),
        G("andra", 2, "ordinal", kind="ordinal", ctx="för [andra] året i rad", **L26, direction=DEC, s=("Vandrarhemmen", "Vandrarhemmen"), sp=None, note="'tappade ... för andra året i rad'"),
        G("58 000 gästnätter", 58000, "count", **L26, direction=DEC, s=("gästnätter", "gästnätter"), sp=None, note="the level after 'tappade'"),
        G("omkring 2,3 miljarder kronor", 2.3e9, "SEK", bound="approx", **L26, s=None, sp=TR, note="'Enligt turistrådets beräkningar'; the spenders are no subject"),
        G("1 250 kronor per gästnatt", 1250, "SEK", per="night", **L26, s=None, sp=TR, note="'i genomsnitt' no bound"),
        G("Mellan 35 och 40 procent", None, "percent", low=35, high=40, **L26, s=("pengarna", "pengarna"), sp=None, note="'X procent av Y'"),
        G("4,2 nätter", 4.2, "count", **L26, s=("nätter", "nätter"), sp=KA, note="quote; 'i snitt' no bound"),
        G("minst 2 miljoner gästnätter", 2e6, "count", bound="at_least", t=Y["2028"], s=("Målet", "Målet"), sp=None, note="target 'under sommaren 2028': no change word"),
        G("minst 10 rum", 10, "count", bound="at_least", optional=True, s=None, sp=None, note="threshold of the statistics"),
    ]
    NEG["r31_b_turism_sommar"] = [
        N("2026", ctx="Sommarsäsongen [2026]:", note="title"), N("juni–augusti 2026", note="places the claim"),
        N("sommaren 2025", note="places the comparison"),
        N("2026", ctx="Månad [2026] 2025", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("2028", ctx="sommaren [2028]", note="places the target"),
        N("18", ctx="Storgatan [18]", note="street number"), N("791 40", note="postal code"), N("023-44 80 00"),
    ]

    # ------------------------------------------------------------ 7. university admissions, spring term 2027 (Markdown, 25 november 2026)
    HM = ("Helena Mörk", "quote")
    FS = ("Förstahandssökande", "Förstahandssökande")
    SO = ("sökande", "sökande")
    SPAN = dict(t=("2026", "2027"), lenient=True)
    ac = [("count", 1, None, Y26, F, F), ("count", 1, None, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r31_b_antagning_vt27"] = [
        G("18 420 personer", 18420, "count", t=Y27, direction=INC, s=("personer", "personer"), sp=None, note="'Till vårterminen 2027'; next sentence 'Det är en ökning med'"),
        G("6,4 procent", 6.4, "percent", **SPAN, direction=INC, s=None, sp=None, note="'Det är en ökning med ... jämfört med vårterminen 2026': a change noun with a baseline"),
        G("2,9 procent", 2.9, "percent", **L27, direction=INC, s=("antalet sökande", "antalet"), sp=None, note="the country"),
        G("7 910 personer", 7910, "count", **L27, s=("personer", "personer"), sp=None, note="'I det första urvalet'"),
        G("2 460", 2460, "count", **L27, s=None, sp=None, note="'varav' without a noun"),
        G("2,3", 2.3, "count", per="place", ctx="i genomsnitt [2,3], mot", **L27, s=("Antalet förstahandssökande per plats", "Antalet"), sp=None, note="one time against the country; 'i genomsnitt' no bound"),
        G("1,9", 1.9, "count", per="place", ctx="mot [1,9] för", **L27, s=None, sp=None, note="elided"),
        G("1 312 förstahandssökande", 1312, "count", **L27, s=("förstahandssökande", "förstahandssökande"), sp=None, note="'denna termin'"),
        G("80 platser", 80, "count", **L27, s=("platser", "platser"), sp=None),
        G("16,4 förstahandssökande per plats", 16.4, "count", per="place", **L27, s=("förstahandssökande", "förstahandssökande"), sp=None),
        G("tredje", 3, "ordinal", kind="ordinal", ctx="för [tredje] terminen", **L27, direction=DEC, s=("Socionomprogrammet", "Socionomprogrammet"), sp=None, note="'tappar ... för tredje terminen i rad'"),
        G("mellan 300 och 400 fler studenter", None, "count", low=300, high=400, **L26, direction=INC, s=("studenter", "studenter"), sp=HM, note="quote; a counterfactual in the present tense"),
        *_row(G, "| Sjuksköterskeprogrammet", ["1 184", "1 312", "+10,8"], ac, FS, sep=" | ", note="Markdown table 'Förstahandssökande per program': 'HT 2026' / 'VT 2027' explicit, 'Förändring, %' 2027 lenient signed; rows are programmes"),
        *_row(G, "| Socionomprogrammet", ["642", "598", "−6,9"], ac, FS, sep=" | "),
        *_row(G, "| Grundlärarprogrammet, F–3", ["391", "427", "+9,2"], ac, FS, sep=" | "),
        *_row(G, "| Högskoleingenjör i datateknik", ["276", "301", "+9,1"], ac, FS, sep=" | "),
        *_row(G, "| Ekonomprogrammet", ["515", "515", "0,0"], ac, FS, sep=" | "),
        G("Nästan var fjärde", 0.25, "ratio", bound="approx", **L27, s=SO, sp=None),
        G("3 procentenheter", 3, "percentage_point", **L27, direction=INC, s=("andelen", "andelen"), sp=None, note="'har ökat med ... jämfört med vårterminen 2026' (a verb: the current term)"),
        G("64 procent", 64, "percent", **L27, s=("Kvinnorna", "Kvinnorna"), sp=None, note="'X utgör Y av Z' takes X"),
        G("61 procent", 61, "percent", **L27, s=("genomsnittet i riket", "genomsnittet"), sp=None, note="one time"),
        G("Drygt 9 800 personer", 9800, "count", bound="approx", **L27, direction=INC, s=("personer", "personer"), sp=None, note="', knappt 12 procent fler än för ett år sedan'"),
        G("212 distanskurser", 212, "count", **L27, s=("distanskurser", "distanskurser"), sp=None),
        G("knappt 12 procent", 12, "percent", bound="approx", **L27, direction=INC, s=("personer", "personer"), sp=None, note="apposition keeps the subject"),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L27, s=("de sökande", "sökande"), sp=None, note="'X av Y' takes Y"),
        G("48 procent", 48, "percent", **L27, s=("de sökande", "sökande"), sp=None, note="restates"),
        G("omkring 2 700 sökande", 2700, "count", bound="approx", **L27, direction=INC, s=SO, sp=None, note="', en ökning med'"),
        G("15 procent", 15, "percent", **SPAN, direction=INC, s=SO, sp=None, note="'en ökning med ... jämfört med vårterminen 2026'; apposition keeps the subject"),
        G("minst 40 procent", 40, "percent", bound="at_least", t=Y["2030"], s=("studenterna på programmen", "studenterna"), sp=None, note="target: no change word"),
        G("9 650 helårsstudenter", 9650, "count", t=Y26, s=("helårsstudenter", "helårsstudenter"), sp=None, note="'i år' resolves; the recipient is no subject"),
        G("ungefär 585 miljoner kronor", 585e6, "SEK", bound="approx", t=Y26, s=None, sp=None, note="'vilket motsvarar'"),
        G("1 232 förstahandssökande", 1232, "count", **L27, s=("förstahandssökande", "förstahandssökande"), sp=None),
    ]
    NEG["r31_b_antagning_vt27"] = [
        N("25 november 2026", note="release date"), N("vårterminen 2027", note="places the claim"),
        N("vårterminen 2026", note="places the comparison"), N("HT 2026", note="column header"), N("VT 2027", note="column header"),
        N("F–3", note="grades in a programme's name"),
        N("35 år", note="age limit"), N("vårterminen 2026", occ=2, note="places the comparison"),
        N("vårterminen 2026", occ=3, note="places the comparison"), N("2030", ctx="andra län [2030]", note="places the target"),
        N("4 december", note="date"), N("15 december", note="date"), N("18 januari 2027", note="date"),
        N("0920-57 31 06"),
    ]

    # ------------------------------------------------------------ 8. harvest 2026 (Publicerad 12 november 2026)
    LT = ("Lars-Erik Tidblad", "quote")
    HR = ("Skörden av höstraps", "Skörden")
    AP = ("Avräkningspriset för brödvete", "Avräkningspriset")
    sc = [("ha", 1, None, Y26, True, F), ("tonne", 1, "ha", Y26, True, F), ("tonne", 1000, None, Y26, True, F),
          ("percent", 1, None, Y26, True, True), ("tonne", 1000, None, ("2021", "2025"), True, F)]
    ss = [("Areal", "Areal"), ("Ton per hektar", "Ton"), ("Skörd", "Skörd"), ("Skörd", "Skörd"), ("Femårssnitt", "Femårssnitt")]
    GOLD["r31_b_skord_2026"] = [
        G("5,77 miljoner ton", 5.77e6, "tonne", t=Y26, direction=INC, s=("Årets spannmålsskörd", "spannmålsskörd"), sp=None, note="'Årets' resolves; the next sentence states the rise"),
        G("11 procent", 11, "percent", ctx="Det är [11 procent] mer", **L26, direction=INC, s=None, sp=None, note="'Det är ... mer än 2025'"),
        G("knappt 5 procent", 5, "percent", bound="approx", **L26, s=None, sp=None, note="'över genomsnittet för de fem senaste åren': one time"),
        G("drygt 980 000 hektar", 980000, "ha", bound="approx", **L26, s=("Spannmål", "Spannmål"), sp=None),
        G("5,88 ton per hektar", 5.88, "tonne", per="ha", **L26, s=("Den genomsnittliga hektarskörden för spannmål", "hektarskörden"), sp=None),
        *_row(G, "Höstvete", ["412 600", "7,42", "3 061", "+14", "2 874"], sc, ss, note="table 'Tabell 1. Skörd av spannmål per gröda 2026': the caption's 2026 lenient; 'Mot 2025, %' signed; 'Femårssnitt, 1 000 ton' the footnote's 2021–2025 (lenient); rows are crops, each column its header as subject"),
        *_row(G, "Vårvete", ["71 300", "5,10", "364", "+6", "382"], sc, ss),
        *_row(G, "Korn", ["298 400", "4,88", "1 456", "+9", "1 398"], sc, ss),
        *_row(G, "Havre", ["168 900", "4,15", "701", "+5", "684"], sc, ss),
        *_row(G, "Råg", ["29 700", "6,20", "184", "+12", "166"], sc, ss),
        *_row(G, "Totalt", ["980 900", "5,88", "5 766", "+11", "5 504"], sc, ss),
        G("7,42 ton per hektar", 7.42, "tonne", per="ha", **L26, s=("Höstvetet", "Höstvetet"), sp=None, note="'i genomsnitt' no bound"),
        G("5 procent", 5, "percent", ctx="däremot [5 procent] sämre", **L26, s=("Vårvetet", "Vårvetet"), sp=None, note="'sämre än femårssnittet': one time"),
        G("318 000 ton", 318000, "tonne", **L26, direction=DEC, s=HR, sp=None, note="', en minskning med'"),
        G("8 procent", 8, "percent", t=("2025", "2026"), lenient=True, direction=DEC, s=HR, sp=None, note="'en minskning med ... jämfört med 2025': a change noun with a baseline"),
        G("18 millimeter", 18, "mm", **L26, s=("regn", "regn"), sp=None, note="'i maj', against the normal: one time"),
        G("45 millimeter", 45, "mm", s=None, sp=None, note="'mot normalt': no period, elided"),
        G("under 2,5 ton per hektar", 2.5, "tonne", bound="less_than", per="ha", **L26, s=("skörden", "skörden"), sp=None),
        G("2,15 kronor per kilo", 2.15, "SEK", per="kg", **L26, direction=DEC, s=AP, sp=None, note="'i oktober ..., mot ... ett år tidigare'"),
        G("2,48 kronor per kilo", 2.48, "SEK", per="kg", **L25, s=AP, sp=None, note="'ett år tidigare'"),
        G("omkring 1 890 kronor per ton", 1890, "SEK", bound="approx", per="tonne", **L26, s=("Foderkorn", "Foderkorn"), sp=None),
        G("4,90 kronor per kilo", 4.90, "SEK", per="kg", **L26, direction=INC, s=("priset", "priset"), sp=None, note="', 6 procent högre än i fjol'"),
        G("6 procent", 6, "percent", ctx="kilo, [6 procent] högre", **L26, direction=INC, s=("priset", "priset"), sp=None, note="apposition keeps the subject"),
        G("236 000 ton", 236000, "tonne", **L26, s=("Skörden av ärter och åkerbönor", "Skörden"), sp=None, note="'i nivå med förra året': no change"),
        G("mellan 11 och 12 miljarder kronor", None, "SEK", low=11e9, high=12e9, **L26, s=("spannmålsskörden", "spannmålsskörden"), sp=LT, note="'Enligt våra beräkningar' inside a quote ending 'säger'"),
        G("3 400 lantbruksföretag", 3400, "count", optional=True, s=("lantbruksföretag", "lantbruksföretag"), sp=None, note="method"),
        G("minst 10 hektar", 10, "ha", bound="at_least", optional=True, s=None, sp=None, note="threshold of the survey"),
        G("71 procent", 71, "percent", **L26, s=("Svarsfrekvensen", "Svarsfrekvensen"), sp=None),
    ]
    NEG["r31_b_skord_2026"] = [
        N("2026", ctx="oljeväxter [2026],", note="title"), N("12 november 2026", note="Publicerad"),
        N("2025", ctx="mer än [2025] och", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table numbering"), N("2026", ctx="per gröda [2026]", note="caption"),
        N("1 000", ctx="Skörd, [1 000] ton", note="scale in a column header"), N("2025", ctx="Mot [2025], %", note="column header"),
        N("1 000", ctx="Femårssnitt, [1 000] ton", note="scale in a column header"), N("2021–2025", note="footnote: places the average"),
        N("2025", ctx="jämfört med [2025].", note="places the comparison"), N("2025", ctx="lika mycket som [2025],", note="places the comparison"),
        N("18 mars 2027", note="next publication"), N("036-15 57 20"),
    ]
    return GOLD, NEG
