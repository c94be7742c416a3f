"""Round 34, part A (r34_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 34, part A (r34_a_*): eight kinds, written from scratch (r34_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed telecom
# company's interim report January-September 2026 (dateline 'Härnestad den 22 oktober 2026'; 'Siffror inom parentes
# avser motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in
# MSEK, procent, kronor per aktie and subscribers; a heading 'VD KARIN SJÖDAL KOMMENTERAR' with ARPU 'kronor per
# månad', churn 'procent per månad' and a quote ending 'säger vd Karin Sjödal' ('mellan 650 och 700 MSEK', 'minst 23
# procent under 2027'); segments, 5G coverage against the year-end, net debt '2,3 gånger EBITDA'; plain-text table
# 'KONCERNEN I SAMMANDRAG' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with rows in MSEK,
# procent, tusental and 'kr per månad'), a county's monthly statistics on new companies for October 2026 (Markdown,
# 'Publicerad 9 november 2026'; 'Det är 47 fler ... och en ökning med 8,3 procent', the country's change, 'Hittills i
# år ..., jämfört med 5 902 under januari–oktober 2025', '13,4 nya företag per 1 000 invånare' against the national
# average; Markdown table 'Nyregistrerade företag per kommun, antal' 'Okt 2026' / 'Okt 2025' / 'Förändring, %';
# legal forms, 'har ökat från 49 procent 2019', 'drygt en tredjedel', industries, the analyst's quote and forecast
# 'mellan 7 300 och 7 500'; deregistrations, 'Knappt sju av tio', 'mellan 25 och 49 år'), a region's dental-care
# annual report 2025 ('Publicerad 24 mars 2026'; patients '2,4 procent fler än under 2024', 'cirka 9 800 ..., en
# minskning med 2 100', a guideline 'mer än 24 månader', caries-free 6-year-olds against 'året innan' and 12-year-olds
# against the national average, the chief dentist's 'var tredje 6-åring'; plain-text table 'Tabell 2. Andel
# kariesfria barn och unga per åldersgrupp, procent' '2025' / '2024' / 'Förändring, procentenheter'; 'för tredje
# året i rad'; contracts, a fee range 'per månad'; costs 'miljoner kronor (2024: 1 071)', a deficit against a
# surplus, 'per behandlad patient'; staff, 'Enligt verksamhetschef ... minst 30 tandläkare', sick leave), a sea rescue
# association's summer statistics 2026 ('Publicerad 8 september 2026'; '1 146 räddningsuppdrag ... Det är 9 procent
# fler än sommaren 2025', a five-year average; plain-text table 'Räddningsuppdrag per månad' '2026' / '2025' / 'Snitt
# 2021–2025'; causes, rescued people, 'Enligt föreningens sammanställning ... drunknade 14 personer ..., jämfört med
# 19', 'Över hälften', a ten-year average 'per sommar'; the operations chief's quote '86 procent' and 'minst 60 nya
# frivilliga'; response time 'två minuter snabbare', a target 'högst 15 minuter'; 'från 34 ... till 57'; boats,
# supporters, stations), an UNDATED op-ed on public-transport fares (no date, no sidecar; Stockholm, Göteborg and
# Malmö against Oslo and Copenhagen; 'Sedan 2015 ... med 38 procent, från 790 kronor'; a family example 'närmare 3 500
# kronor i månaden, nästan dubbelt så dyrt'; tax financing 'knappt hälften' against 'omkring 60 procent'; '4–6 procent
# under nivån före pandemin', 'var fjärde'; a Danish example 'mellan 10 och 15 procent'; 'Enligt våra beräkningar ...
# mellan 12 och 18 procent'; three numbered demands 'högst 700 kronor', '3 miljarder kronor per år', 'halva priset';
# 'mindre än 1 procent'), a monthly fuel-price report dated only by its sidecar (2026-11-04; 'kronor per liter', '26 öre
# lägre än för en månad sedan och 1,12 kronor lägre än för ett år sedan'; plain-text table 'Riktpris vid bemannad
# station, kronor per liter' 'November' / 'Oktober' / 'För ett år sedan' / 'Förändring 1 mån, öre' / 'Förändring 12
# mån, %'; unmanned stations '20–40 öre lägre'; Brent 'mellan 61 och 66 dollar per fat', '62,40 dollar per fat, att
# jämföra med 71,80 dollar för ett år sedan'; the krona; the analyst's '10–20 öre'; taxes; Denmark and Norway at one
# time; a worked example), a golf club's season statistics 2026 (dateline 'Strandvik den 12 november 2026'; rounds
# 'en ökning med 6,5 procent jämfört med 2025', season length 'elva dagar längre än i fjol'; plain-text table 'Spelade
# rundor per månad, antal' '2026' / '2025' / 'Förändring, %'; the club manager's quote 'mer än 2 300', 'nästan 40
# procent fler'; members, juniors 'under 21 år', the queue; green fees against a neighbouring club; the board's
# proposal 'höjs med 400 kronor till 7 400 kronor från 2027'; lunches 'per dag'; a target 'minst 40 000 rundor under
# 2027'), and a university hospital's research report 2025 (Markdown, 'Publicerad 30 april 2026'; articles 'en ökning
# med 4,6 procent jämfört med 2024', grants 'jämfört med 386 miljoner kronor året innan', shares of funders, ALF;
# Markdown table 'Publikationer och anslag per verksamhetsområde' 'Artiklar 2025' / 'Artiklar 2024' / 'Förändring, %'
# / 'Externa anslag 2025, mnkr'; clinical trials '11 fler än 2024', '97 dagar, jämfört med 124 dagar 2024'; the
# research director's 'nästan 40 procent på fem år' and 'minst var femte patient ... 2028'; articles per researcher
# against the national average, citation score '24 procent oftare än världsgenomsnittet').
# The r8-r33 decisions are followed (see the headers of gold_r28_a.py, gold_r30_a.py and gold_r33_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'i år', 'samma månad i
# fjol') resolves against the publication date and is not lenient, while 'ett år tidigare', 'året innan', 'vid
# årsskiftet', 'för en månad sedan', 'för ett år sedan', 'nu', 'i dag', a month, quarter or season without a year, a
# heading's, a caption's or the document's period are lenient; present tense is lenient on the publication year
# (r28_a's dental text: 2026 in an annual report for 2025); brackets 'motsvarande period föregående år' are lenient,
# a bracket labelled '(2024: ...)' explicit; a level followed by ', jämfört med', ', en ökning/minskning med', 'Det är X
# fler/lägre', ', X kronor mindre än', ', att jämföra med' is the new value after a change; from-values have no
# direction; comparisons at one time (the country, the national average, another club, other cities, Denmark and
# Norway, unmanned against manned stations, HVO against diesel, the world average) have no direction; a comparison
# with an earlier point takes the current period with a direction; multipliers optional; definitions of an example
# ('två vuxna och två tonåringar', 'fyra månadskort', '50 liter', '1 500 mil', '0,6 liter per mil'), a survey's method
# ('2 140 personer'), a page count, the set a text names ('klubbens två banor', 'regionens 41 kliniker', 'tre
# åtgärder') and thresholds ('under 24 år', 'under 15 år', 'under 21 år', 'under 20 år', 'mellan 25 och 49 år') optional;
# rules ('moms på 25 procent') optional; results of worked examples, forecasts, targets and demands required; standing
# targets with no year ('högst 15 minuter', 'vänta mer än 24 månader') have no period; table cells take their column
# headers' periods (a caption's or heading's period lenient), change columns take their direction from the sign ('0'
# none); rows that are categories (municipalities, age groups, months, fuels, departments) take the caption's or
# column's measure as subject; 'per aktie' per="share", 'per 1 000 invånare' per="capita" with the value as written
# (the '1 000' N), 'per månad' / 'i månaden' per="month", 'per år' per="year", 'per dag' / 'per dygn' per="day", 'per
# timme' per="hour", 'per liter' per="l" (carried to öre differences in the same paragraph), 'per fat' per="barrel",
# 'per sommar' per="season", 'per behandlad patient' per="patient"; 'gånger' of a ratio a number; 'vilket' / 'Det' /
# elided nouns / pronouns have s None, except that the size of a change takes the thing that changes from the
# previous sentence; 'X står/svarar för Y' takes X; 'X procent av Y' and 'X av Y' take Y; 'Av X ... Y' takes X; the
# payer and the recipient are no subject; an apposition keeps the subject of its figure; a heading 'VD X KOMMENTERAR'
# and a paragraph ending in 'säger' credit every figure in it to the speaker (quote), and 'Hon/Han räknar med' right
# after a quote keeps the speaker (r33_a's unit head); 'X:s mål är' is possession, not a credit; the UNDATED text has
# no period on a figure unless the sentence names its year (the from-value 'Sedan 2015 ... från 790 kronor'), and its
# signatories are no speaker ('i vår enkät' none; 'Enligt våra beräkningar' an enligt speaker, as r31_a-r33_a).
# Where those were silent, decided here:
# - Telecom (dateline 2026-10-22): '1,84 (1,59) kronor per aktie' after 'Resultat efter skatt blev ..., motsvarande'
#   keeps the result's subject (apposition). 'Antalet mobilabonnenter ökade under kvartalet med 21 000 till 1 326 000
#   (1 271 000)': 21 000 and 1 326 000 increase, the bracket 2025 lenient. ARPU 'steg till 214 (206) kronor per
#   månad' per="month" (the subscriber is in the subject, as r31's 'intäkt per mobilabonnemang'), increase;
#   'kundomsättningen sjönk till 1,1 procent per månad' percent per="month", decrease. 'nästan 9 procent jämfört med
#   samma kvartal i fjol' 2026 lenient increase. 'investera mellan 650 och 700 MSEK i nätet under helåret' 2026
#   lenient, s the goal 'nätet'; 'vårt mål om en EBITA-marginal på minst 23 procent under 2027' explicit, s 'en
#   EBITA-marginal' (the noun the figure is attached to). 'drygt 88 procent av befolkningen ..., att jämföra med 79
#   procent vid årsskiftet' 88 increase, 79 2025 lenient; 'Verksamheten i Finland svarade för knappt 12 procent' s X.
#   Table: 'MSEK' scales the unit-less rows; 'Mobilabonnenter, tusental' count x 1 000; 'ARPU mobil, kr per månad' SEK
#   per="month"; columns explicit. '5G' is a name (N).
# - New companies (Markdown, published 2026-11-09): 'Under oktober 2026' explicit (the 'oktober 2026' N, as r33_a);
#   '47' and '8,3 procent' 2026 lenient increase, s 'nya företag'; 'I riket ... ökade med 3,1 procent' the country's
#   own change over time: increase, s 'nyregistreringarna'. 'Hittills i år har 6 184' 2026 explicit increase; 5 902
#   2025 explicit. '13,4 nya företag per 1 000 invånare' (sentence 'Det motsvarar') takes the counted noun, 2026
#   lenient, per="capita"; riksgenomsnittet 14,2 one time. 'högst i Storbacka med 2,1 och lägst i Ekeryd med 0,9' s
#   'nyföretagandet', count per="capita", 2026 lenient. 'Andelen aktiebolag har ökat från 49 procent 2019' a from-value:
#   2019 explicit, no direction ('2019' N). 'Flest nya företag startades inom byggverksamhet, 104 stycken' keeps 'nya
#   företag' (apposition); '83' and '79' elided (s None). 'ett nettotillskott på 325 företag' s 'ett
#   nettotillskott'. 'Knappt sju av tio nya företag' ratio 0.7 approx. The analyst's '38 konkurser' and her forecast
#   'mellan 7 300 och 7 500 ... under helåret' 2026 lenient (quote). 'som har drygt 40 procent av länets befolkning'
#   present, 2026 lenient, s 'länets befolkning'. Table: 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient
#   signed; rows are municipalities and the total 'Länet totalt': s the caption's 'Nyregistrerade företag'.
# - Dental care (published 2026-03-24): 'Under 2025' explicit for '184 300 patienter' and its '2,4 procent fler än
#   under 2024' (increase); 'Av dem', 'Totalt', 'vid årets slut', 'under året' 2025 lenient. 'cirka 9 800 vuxna
#   patienter, en minskning med 2 100 jämfört med ett år tidigare' both decrease, s 'vuxna patienter'. 'ingen ska
#   behöva vänta mer än 24 månader' a negated bound: at_most, a standing guideline (required, no period), s
#   'Regionens riktlinje'. '74 procent, jämfört med 76 procent året innan' 74 decrease, 76 2024 lenient; 12-year-olds
#   '68 procent, vilket är 3 procentenheter lägre än riksgenomsnittet' one time (3 s None). The chief dentist's 'har
#   var tredje 6-åring karies' present, 2026 lenient, ratio 1/3. 'har ökat för tredje året i rad' an ordinal 3,
#   increase (as r30_a's 'för tredje veckan i rad'). 'mer än tre gånger så många som under 2024' optional multiplier.
#   'Avgiften var under 2025 mellan 110 och 420 kronor per månad' explicit. 'Knappt hälften av avtalen finns' present,
#   2026 lenient. Costs: '1 126 miljoner kronor (2024: 1 071)' 2025 lenient and 2024 explicit (the bracket's own
#   label), no direction; 'ett underskott på 14 miljoner kronor, att jämföra med ett överskott på 9 miljoner kronor
#   2024': the result fell: 14 decrease (2025 lenient, s 'ett underskott'), 9 2024 explicit (s 'ett överskott').
#   'Enligt verksamhetschef Lena Holmqvist saknas minst 30 tandläkare' present, 2026 lenient, enligt. Table: caption
#   'procent'; '2025' / '2024' explicit, 'Förändring, procentenheter' percentage_point 2025 lenient signed; rows are
#   age groups (their labels '3 år' ... N, like the '6-åringar' words); s the caption's 'Andel kariesfria barn och
#   unga'.
# - Sea rescue (published 2026-09-08): 'under juni–augusti 2026' explicit for '1 146 räddningsuppdrag' (the date N),
#   increase (next sentence 'Det är 9 procent fler än sommaren 2025'); '9 procent' 2026 lenient. 'Femårssnittet ...
#   ligger på 982 uppdrag' ('2021', '2025') lenient (the table's column), one time. 'Juli ... med 512 uppdrag' 2026
#   lenient; 'nästan hälften av sommarens totala antal' ratio. 'larmades besättningarna i genomsnitt 24 gånger per
#   dygn' a count of alarms per="day" ('i genomsnitt' is no bound), s None. 'låg bakom 41 procent av uppdragen' takes
#   Y; 'grundstötningar med 17 procent' elided (s None). 'Enligt föreningens sammanställning ... drunknade 14 personer
#   ..., jämfört med 19 sommaren 2025' 14 decrease (2026 lenient, 'under sommaren'), 19 2025 explicit, both enligt.
#   'Under de senaste tio somrarna har i genomsnitt 16 personer per sommar drunknat' ('2016', '2025') lenient,
#   per="season". The chief's '86 procent av dem vi undsatte' takes Y; 'Han räknar med ... minst 60 nya frivilliga
#   inför nästa säsong' 2027 lenient, quote. '14 minuter, två minuter snabbare än i fjol' both decrease; 'Föreningens
#   mål är högst 15 minuter' a standing target. 'Ett genomsnittligt uppdrag kostar föreningen omkring 9 500 kronor' s
#   'Ett genomsnittligt uppdrag' (the payer is no subject), per None. 'från 34 sommaren 2025 till 57 i år' 34 2025
#   explicit (from-value), 57 2026 explicit increase. 'mellan kl. 22 och 06' times of day (N). 'två nya
#   räddningsbåtar' a count (a claim). '31 400, vilket är 1 200 fler' both increase (1 200 s None). Table: '2026' /
#   '2025' / 'Snitt 2021–2025' explicit; rows are months and 'Totalt': s the caption's 'Räddningsuppdrag'.
# - Fares op-ed (UNDATED): prices 'i dag' have no period; '1 090 kronor för en 30-dagarsbiljett' s the ticket (a
#   ticket's price, per None; '30-dagarsbiljett' N); 'och i Malmö 810 kronor' elided (s None). 'Sedan 2015 ... höjts
#   med 38 procent, från 790 kronor' 38 increase no period, 790 2015 explicit (from-value). 'I Göteborg har ökningen
#   varit ännu större, 42 procent' increase, s the price that changes. 'närmare 3 500 kronor i månaden' per="month"
#   (the example's result, required), s 'fyra månadskort'; 'nästan dubbelt så dyrt som i Köpenhamn' optional
#   multiplier. 'I dag täcks knappt hälften av kollektivtrafikens kostnader' ratio 0.5 approx, s Y; Oslo's 'omkring 60
#   procent av sin trafik' one time. 'ligger ... 4–6 procent under nivån före pandemin' an earlier point: decrease, no
#   period. 'var fjärde tillfrågad resenär i vår enkät' ratio 0.25, no speaker (the signatories). The Danish example
#   '20 procent' decrease and 'mellan 10 och 15 procent' increase ('redan första året' left out). 'Enligt våra
#   beräkningar skulle en sänkning till 700 kronor' the scenario's price (optional: defines it), 'mellan 12 och 18
#   procent' increase, enligt. Demands: 'Sänk priset ... till högst 700 kronor' at_most decrease; 'bidra med 3
#   miljarder kronor per år till regionerna för att finansiera sänkningen' per="year", s the goal 'sänkningen' (the
#   recipient is no subject); 'resa för halva priset' ratio 0.5, s 'priset'. 'mindre än 1 procent av budgeten' s Y.
#   List numbering N.
# - Fuel (sidecar 2026-11-04): 'i dag', 'nu', 'November', 'Oktober', 'för en månad sedan', 'sedan början av oktober',
#   'under månaden', 'i går', 'sedan i somras' 2026 lenient; 'för ett år sedan' and the column 'För ett år sedan' 2025
#   lenient. '17,84 kronor per liter. Det är 26 öre lägre ... och 1,12 kronor lägre' all decrease, s 'Riktpriset för
#   bensin 95 oktan' (the sizes of the change take it), per="l" carried. '18,96 kronor per liter, en sänkning med 41
#   öre' both decrease, s 'Dieseln'. Unmanned stations '20–40 öre lägre än riktpriset' one time, per="l" ('i regel' no
#   bound). 'nästan 6 kronor över dieselpriset' one time, per="l" carried. Brent '62,40 dollar per fat, att jämföra
#   med 71,80 dollar för ett år sedan' 62,40 decrease; 'mellan 61 och 66 dollar per fat' a range, no direction.
#   'kronan stärkts mot dollarn med knappt 4 procent' increase, s 'kronan'. The analyst's '10–20 öre' decrease,
#   per="l". 'Av bensinpriset utgör skatter drygt 55 procent' takes X; 'moms på 25 procent' a rule (optional);
#   Denmark's '16,90 kronor per liter' and Norway's '19,30 kronor' one time (Norway elided, s None). The example: '50
#   liter' optional; '892 kronor, 56 kronor mindre än för ett år sedan' both decrease, s None (the payer); '1 500 mil'
#   and '0,6 liter per mil' optional; 'blir besparingen ... drygt 1 300 kronor per år' decrease, s 'besparingen'.
#   Table: caption 'kronor per liter' gives SEK per l; 'Förändring 1 mån, öre' SEK/100 per l signed; 'Förändring 12
#   mån, %' percent signed (no per); rows are fuels: s the caption's 'Riktpris'. The '95' and '98' of the fuel names
#   are N, and so are the names 'HVO100' and 'E85' and the headers' '1 mån' / '12 mån'.
# - Golf (dateline 2026-11-12): 'Under säsongen' 2026 lenient; '38 240 rundor ..., en ökning med 6,5 procent jämfört
#   med 2025' both increase. 'en säsong på 204 dagar. Det är elva dagar längre än i fjol' both increase, s 'en
#   säsong'. The manager's 'mer än 2 300' (rounds) and 'nästan 40 procent fler rundor än samma månad förra året'
#   increase, 2026 lenient. 'den 31 oktober 1 486 medlemmar, 63 fler än vid samma tid i fjol' both increase. 'i
#   genomsnitt 19 rundor var' per="member" ('var' = each member). Green fees '795 kronor på helger och 650 kronor på
#   vardagar' both s 'Greenfeeavgiften på Havsbanan'; the neighbouring club's '780 kronor' one time, s None (a club).
#   'Styrelsen föreslår att årsavgiften för seniorer höjs med 400 kronor till 7 400 kronor från 2027' 2027 explicit,
#   increase, credited; the irrigation system's '3,2 miljoner kronor' in the same sentence credited, 2026 lenient.
#   'vilket motsvarar i genomsnitt 125 luncher per dag' s None. 'Styrelsens mål är minst 40 000 rundor under 2027'
#   possession, 2027 explicit, s 'Styrelsens mål'. 'utökas med två tider per timme under högsäsongen' 2027 lenient
#   (next season), increase, per="hour". Table: '2026' / '2025' explicit, 'Förändring, %' 2026 lenient signed; rows are
#   months and 'Totalt': s the caption's 'Spelade rundor'.
# - Research (Markdown, published 2026-04-30): 'under 2025' explicit for '1 284' and its '4,6 procent' (increase);
#   'under året', 'Vid årets slut', 'Under året' 2025 lenient; 'året innan' 2024 lenient. '412 miljoner kronor,
#   jämfört med 386 miljoner kronor året innan' 412 increase. 'Statliga forskningsråd stod för 31 procent' takes X.
#   '11 fler än 2024' increase (apposition keeps 'nya prövningar'); '97 dagar, jämfört med 124 dagar 2024' 97 decrease,
#   124 explicit. The director's 'nästan 40 procent på fem år' ('2020', '2025') lenient increase; 'minst var femte
#   patient ... 2028' ratio 0.2 at_least, 2028 explicit, s 'patient i cancervården'. 'Räknat per disputerad medarbetare
#   blev det knappt 1,9 artiklar' per="employee", against the national average 1,6 (one time, per carried).
#   'citeringsgrad var 1,24' a number; '24 procent oftare än världsgenomsnittet' one time, s None. '41 doktorander
#   ..., jämfört med 35 under 2024' 41 increase. '(64 sidor)' optional (page count). Table: 'Artiklar 2025' /
#   'Artiklar 2024' / 'Externa anslag 2025, mnkr' explicit, 'Förändring, %' 2025 lenient signed; rows are departments
#   and 'Totalt': s the column's measure ('Artiklar', 'Externa anslag').
# - Negatives: datelines and Publicerad lines, titles' and column headers' periods, table numbers, row labels that
#   name age groups, years and dates that only place a claim, a comparison, a from-value or a target, next-report
#   dates, the '1 000' of rate denominators, '6-åringar' / '12-åringarna' / '19-åringar' / '6-åring', the digits of
#   product names ('5G', 'Bensin 95', '30-dagarsbiljett'), list numbering, week numbers, times of day, phone numbers,
#   street numbers, postal codes, box numbers and org numbers.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER' (as
#   headings), 'januari–oktober' without a year, 'under helåret', 'vid årsskiftet', 'för en månad sedan', 'för ett år
#   sedan', 'på fem år', 'de senaste tio somrarna', 'redan första året', 'mat för en vecka', 'en zon',
#   'oförändrat'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2019", "2024", "2025", "2026", "2027", "2028")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y15, Y19, Y24, Y25, Y26, Y27, Y28 = (Y[y] for y in ("2015", "2019", "2024", "2025", "2026", "2027", "2028"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. telecom company, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    KS = ("Karin Sjödal", "quote")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITA", "EBITA")
    EM = ("EBITA-marginalen", "EBITA-marginalen")
    RS = ("Resultat efter skatt", "Resultat")
    MA = ("Antalet mobilabonnenter", "Antalet")
    AR = ("Den genomsnittliga intäkten per mobilabonnent", "intäkten")
    FH = ("Antalet hushåll med fiberanslutning", "Antalet")
    MO = ("intäkterna från molntjänster", "intäkterna")
    FT = ("intäkterna från fast telefoni", "intäkterna")
    BF = ("befolkningen i bolagets täckningsområde", "befolkningen")
    NS = ("Nettoskulden", "Nettoskulden")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r34_a_telekom_q3"] = [
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] till", **L26, direction=INC, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("1 874", 1874e6, "SEK", ctx="till [1 874] (1 768)", **L26, direction=INC, s=NO, sp=None),
        G("1 768", 1768e6, "SEK", ctx="1 874 ([1 768]) MSEK", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (lenient)"),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=("Tjänsteintäkterna", "Tjänsteintäkterna"), sp=None),
        G("412", 412e6, "SEK", ctx="EBITA uppgick till [412] (371)", **L26, s=EB, sp=None),
        G("371", 371e6, "SEK", ctx="412 ([371]) MSEK", **L25, s=EB, sp=None),
        G("22,0", 22.0, "percent", ctx="EBITA-marginalen till [22,0] (21,0)", **L26, s=EM, sp=None),
        G("21,0", 21.0, "percent", ctx="22,0 ([21,0]) procent", **L25, s=EM, sp=None),
        G("238", 238e6, "SEK", ctx="blev [238] (206)", **L26, s=RS, sp=None),
        G("206", 206e6, "SEK", ctx="238 ([206]) MSEK", **L25, s=RS, sp=None),
        G("1,84", 1.84, "SEK", per="share", ctx="motsvarande [1,84] (1,59)", **L26, s=RS, sp=None, note="apposition 'motsvarande ... kronor per aktie' keeps the subject"),
        G("1,59", 1.59, "SEK", per="share", ctx="1,84 ([1,59]) kronor", **L25, s=RS, sp=None),
        G("21 000", 21000, "count", **L26, direction=INC, s=MA, sp=None),
        G("1 326 000", 1326000, "count", **L26, direction=INC, s=MA, sp=None),
        G("1 271 000", 1271000, "count", **L25, s=MA, sp=None),
        G("5 512", 5512e6, "SEK", ctx="till [5 512] (5 237)", **L26, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("5 237", 5237e6, "SEK", ctx="5 512 ([5 237]) MSEK", **L25, s=NO, sp=None),
        G("1 164", 1164e6, "SEK", ctx="till [1 164] (1 052)", **L26, s=EB, sp=None),
        G("1 052", 1052e6, "SEK", ctx="1 164 ([1 052]) MSEK", **L25, s=EB, sp=None),
        G("21,1", 21.1, "percent", ctx="EBITA-marginalen till [21,1] (20,1)", **L26, s=EM, sp=None),
        G("20,1", 20.1, "percent", ctx="21,1 ([20,1]) procent", **L25, s=EM, sp=None),
        G("986", 986e6, "SEK", ctx="var [986] (874)", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("874", 874e6, "SEK", ctx="986 ([874]) MSEK", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("5,21", 5.21, "SEK", per="share", ctx="blev [5,21] (4,63)", **L26, s=("Resultat per aktie", "Resultat"), sp=None),
        G("4,63", 4.63, "SEK", per="share", ctx="5,21 ([4,63]) kronor", **L25, s=("Resultat per aktie", "Resultat"), sp=None),
        G("nästan 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=("bredbandsaffären", "bredbandsaffären"), sp=KS, note="heading 'VD KARIN SJÖDAL KOMMENTERAR' credits the paragraph; 'jämfört med samma kvartal i fjol': an earlier point"),
        G("214", 214, "SEK", per="month", ctx="steg till [214] (206)", **L26, direction=INC, s=AR, sp=KS),
        G("206", 206, "SEK", per="month", ctx="214 ([206]) kronor", **L25, s=AR, sp=KS),
        G("1,1 procent", 1.1, "percent", per="month", **L26, direction=DEC, s=("kundomsättningen", "kundomsättningen"), sp=KS, note="'sjönk till'"),
        G("mellan 650 och 700 MSEK", None, "SEK", low=650e6, high=700e6, **L26, s=("nätet", "nätet"), sp=KS, note="'under helåret'; the goal of the money"),
        G("minst 23 procent", 23, "percent", bound="at_least", t=Y27, s=("en EBITA-marginal", "EBITA-marginal"), sp=KS, note="'under 2027'"),
        G("61 procent", 61, "percent", **L26, s=("Privatmarknaden", "Privatmarknaden"), sp=None, note="'X stod för Y' takes X"),
        G("402 000", 402000, "count", **L26, direction=INC, s=FH, sp=None),
        G("7 procent", 7, "percent", ctx="ökning med [7 procent] jämfört", **L26, direction=INC, s=FH, sp=None, note="'jämfört med ett år tidigare'"),
        G("18 procent", 18, "percent", **L26, direction=INC, s=MO, sp=None),
        G("146 MSEK", 146e6, "SEK", **L26, direction=INC, s=MO, sp=None),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=FT, sp=None),
        G("58 MSEK", 58e6, "SEK", **L26, direction=DEC, s=FT, sp=None),
        G("drygt 88 procent", 88, "percent", bound="approx", **L26, direction=INC, s=BF, sp=None, note="', att jämföra med ... vid årsskiftet': the new value"),
        G("79 procent", 79, "percent", **L25, s=BF, sp=None, note="'vid årsskiftet'"),
        G("knappt 12 procent", 12, "percent", bound="approx", **L26, s=("Verksamheten i Finland", "Verksamheten"), sp=None),
        G("3 860 MSEK", 3860e6, "SEK", **L26, direction=DEC, s=NS, sp=None),
        G("4 115 MSEK", 4115e6, "SEK", **L25, s=NS, sp=None),
        G("2,3 gånger", 2.3, "number", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("1 942", 1942, "count", ctx="var [1 942] (1 988)", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("1 988", 1988, "count", ctx="1 942 ([1 988])", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        *_row(G, "Nettoomsättning", ["1 874", "1 768", "5 512", "5 237"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "EBITA", ["412", "371", "1 164", "1 052"], sq("SEK", 1e6), ("EBITA", "EBITA")),
        *_row(G, "EBITA-marginal, %", ["22,0", "21,0", "21,1", "20,1"], sq("percent", 1), ("EBITA-marginal", "EBITA-marginal")),
        *_row(G, "Resultat efter skatt", ["238", "206", "671", "597"], sq("SEK", 1e6), RS),
        *_row(G, "Mobilabonnenter, tusental", ["1 326", "1 271", "1 326", "1 271"], sq("count", 1000), ("Mobilabonnenter", "Mobilabonnenter")),
        *_row(G, "ARPU mobil, kr per månad", ["214", "206", "211", "203"], sq("SEK", 1, "month"), ("ARPU mobil", "ARPU")),
    ]
    NEG["r34_a_telekom_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("2027", ctx="procent under [2027], säger", note="places the target"),
        N("5G", note="a name"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("08.00", note="time of day"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("4 februari 2027", note="next report"),
        N("0920-55 41 00"), N("0920-55 41 12"), N("556781-3290", note="org number"),
    ]

    # ------------------------------------------------------------ 2. county's new companies, October 2026 (Markdown, Publicerad 9 november 2026)
    EBq = ("Elin Bergkvist", "quote")
    NF = ("nya företag", "företag")
    NR = ("Nyregistrerade företag", "företag")
    kc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r34_a_nyforetag_okt"] = [
        G("612 nya företag", 612, "count", t=Y26, s=NF, sp=None, note="'Under oktober 2026' explicit"),
        G("47", 47, "count", ctx="Det är [47] fler", **L26, direction=INC, s=NF, sp=None, note="the size of the change takes what changes"),
        G("8,3 procent", 8.3, "percent", **L26, direction=INC, s=NF, sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=("nyregistreringarna", "nyregistreringarna"), sp=None, note="the country's own change over time"),
        G("6 184 nya företag", 6184, "count", t=Y26, direction=INC, s=NF, sp=None, note="'Hittills i år' resolves; ', jämfört med': the new value"),
        G("5 902", 5902, "count", t=Y25, s=None, sp=None, note="'under januari–oktober 2025'; elided noun"),
        G("13,4 nya företag", 13.4, "count", per="capita", **L26, s=NF, sp=None, note="'per 1 000 invånare' (value as written)"),
        G("14,2", 14.2, "count", per="capita", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time; per carried"),
        *_row(G, "| Vättersund", ["248", "221", "+12,2"], kc, NR, sep=" | ", note="Markdown table 'Nyregistrerade företag per kommun, antal': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are municipalities"),
        *_row(G, "| Haldorsby", ["96", "88", "+9,1"], kc, NR, sep=" | "),
        *_row(G, "| Ekeryd", ["71", "74", "−4,1"], kc, NR, sep=" | "),
        *_row(G, "| Storbacka", ["64", "58", "+10,3"], kc, NR, sep=" | "),
        *_row(G, "| Lönnvik", ["52", "49", "+6,1"], kc, NR, sep=" | "),
        *_row(G, "| Övriga kommuner", ["81", "75", "+8,0"], kc, NR, sep=" | "),
        *_row(G, "| Länet totalt", ["612", "565", "+8,3"], kc, NR, sep=" | "),
        G("2,1", 2.1, "count", per="capita", ctx="Storbacka med [2,1]", **L26, s=("nyföretagandet", "nyföretagandet"), sp=None, note="'Räknat per 1 000 invånare ... i oktober'"),
        G("0,9", 0.9, "count", per="capita", ctx="Ekeryd med [0,9]", **L26, s=("nyföretagandet", "nyföretagandet"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("Aktiebolag", "Aktiebolag"), sp=None, note="'X stod för Y' takes X"),
        G("36 procent", 36, "percent", **L26, s=("enskild firma", "firma"), sp=None),
        G("49 procent", 49, "percent", t=Y19, s=("Andelen aktiebolag", "Andelen"), sp=None, note="from-value 'har ökat från 49 procent 2019': no direction"),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("de nya företagen", "företagen"), sp=None),
        G("104", 104, "count", ctx="byggverksamhet, [104] stycken", **L26, s=("Flest nya företag", "företag"), sp=None, note="apposition 'X, 104 stycken' keeps the subject"),
        G("83", 83, "count", ctx="handel med [83]", **L26, s=None, sp=None, note="elided noun"),
        G("79", 79, "count", ctx="företagstjänster med [79]", **L26, s=None, sp=None),
        G("knappt 15 procent", 15, "percent", bound="approx", **L26, direction=DEC, s=("Antalet nya företag inom hotell och restaurang", "Antalet"), sp=None, note="'jämfört med samma månad i fjol'"),
        G("38 konkurser", 38, "count", **L26, s=("konkurser", "konkurser"), sp=EBq),
        G("mellan 7 300 och 7 500", None, "count", low=7300, high=7500, **L26, s=NF, sp=EBq, note="forecast 'under helåret'; 'Hon räknar med' after the quote keeps the speaker"),
        G("287 företag", 287, "count", **L26, s=("företag", "företag"), sp=None, note="'Under oktober' (no year)"),
        G("325 företag", 325, "count", **L26, s=("ett nettotillskott", "nettotillskott"), sp=None),
        G("Knappt sju av tio", 0.7, "ratio", bound="approx", **L26, s=NF, sp=None),
        G("mellan 25 och 49 år", None, "year", low=25, high=49, optional=True, s=None, sp=None, note="age band (threshold)"),
        G("38 år", 38, "year", **L26, s=("medelåldern bland nyföretagarna", "medelåldern"), sp=None),
        G("drygt 40 procent", 40, "percent", bound="approx", **L26, s=("länets befolkning", "befolkning"), sp=None, note="present tense"),
        G("41 procent", 41, "percent", **L26, s=("de nya företagen", "företagen"), sp=None),
    ]
    NEG["r34_a_nyforetag_okt"] = [
        N("oktober 2026", ctx="län, [oktober 2026]", note="title"), N("9 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="Under [oktober 2026] registrerades", note="places the claim"),
        N("oktober 2025", ctx="i [oktober 2025] och", note="places the comparison"),
        N("januari–oktober 2025", note="places the comparison"),
        N("1 000", 1, note="the denominator of 'per 1 000 invånare'"), N("1 000", 2, note="the denominator"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("2019", ctx="49 procent [2019].", note="places the from-value"),
        N("30 juni 2026", note="reference date of the method"), N("8 december 2026", note="next report"), N("036-77 12 40"),
    ]

    # ------------------------------------------------------------ 3. region's dental care, annual report 2025 (Publicerad 24 mars 2026)
    ORq = ("Omid Rahimi", "quote")
    P = ("patienter", "patienter")
    VP = ("vuxna patienter", "patienter")
    K6 = ("Andelen kariesfria 6-åringar", "Andelen")
    AK = ("Andel kariesfria barn och unga", "Andel")
    FA = ("Antalet vuxna patienter med frisktandvårdsavtal", "Antalet")
    VK = ("Verksamhetens kostnader", "kostnader")
    VT = ("Intäkterna från vuxentandvården", "Intäkterna")
    SF = ("Sjukfrånvaron", "Sjukfrånvaron")
    tc = [("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F), ("percentage_point", 1, None, Y25, T, T)]
    GOLD["r34_a_folktandvard_2025"] = [
        G("184 300 patienter", 184300, "count", t=Y25, direction=INC, s=P, sp=None, note="'Under 2025'; ', 2,4 procent fler än under 2024'"),
        G("2,4 procent", 2.4, "percent", t=Y25, direction=INC, s=P, sp=None),
        G("71 600 barn", 71600, "count", **L25, s=("barn och unga", "barn"), sp=None),
        G("24 år", 24, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold 'under 24 år'"),
        G("drygt 412 000 besök", 412000, "count", bound="approx", **L25, s=("besök", "besök"), sp=None),
        G("41 kliniker", 41, "count", optional=True, **L25, s=("kliniker", "kliniker"), sp=None, note="'regionens 41 kliniker' names the set"),
        G("cirka 9 800 vuxna patienter", 9800, "count", bound="approx", **L25, direction=DEC, s=VP, sp=None, note="'vid årets slut'; ', en minskning med'"),
        G("2 100", 2100, "count", **L25, direction=DEC, s=VP, sp=None, note="'jämfört med ett år tidigare'"),
        G("24 månader", 24, "month", bound="at_most", s=("Regionens riktlinje", "riktlinje"), sp=None, note="'ingen ska behöva vänta mer än': a negated bound, a standing guideline (no period)"),
        G("74 procent", 74, "percent", ctx="6-åringar var [74 procent]", **L25, direction=DEC, s=K6, sp=None, note="', jämfört med 76 procent året innan'"),
        G("76 procent", 76, "percent", ctx="jämfört med [76 procent] året", **L24, s=K6, sp=None),
        G("68 procent", 68, "percent", **L25, s=("andelen", "andelen"), sp=None, note="against the national average: one time"),
        G("3 procentenheter", 3, "percentage_point", **L25, s=None, sp=None, note="'vilket är ... lägre än riksgenomsnittet': one time"),
        G("var tredje", 1 / 3, "ratio", **L26, s=("6-åring", "6-åring"), sp=ORq, note="present tense: the publication year (r28_a)"),
        *_row(G, "3 år", ["93", "94", "−1"], tc, AK, note="table 'Tabell 2. Andel kariesfria barn och unga per åldersgrupp, procent': '2025' / '2024' explicit, 'Förändring, procentenheter' 2025 lenient signed; rows are age groups"),
        *_row(G, "6 år", ["74", "76", "−2"], tc, AK),
        *_row(G, "12 år", ["68", "67", "+1"], tc, AK),
        *_row(G, "19 år", ["41", "38", "+3"], tc, AK),
        G("tredje", 3, "ordinal", ctx="för [tredje] året i rad", **L25, direction=INC, s=("Andelen kariesfria 19-åringar", "Andelen"), sp=None, note="'har ökat för tredje året i rad'"),
        G("6 400 digitala besök", 6400, "count", **L25, s=("digitala besök", "besök"), sp=None, note="'Under året'"),
        G("mer än tre gånger så många", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier against 2024"),
        G("12 procent", 12, "percent", **L25, direction=DEC, s=("Förskrivningen av antibiotika inom tandvården", "Förskrivningen"), sp=None),
        G("38 900", 38900, "count", **L25, direction=INC, s=FA, sp=None, note="'ökade under året till'"),
        G("5 procent", 5, "percent", ctx="en ökning med [5 procent]", **L25, direction=INC, s=FA, sp=None),
        G("mellan 110 och 420 kronor per månad", None, "SEK", low=110, high=420, per="month", t=Y25, s=("Avgiften", "Avgiften"), sp=None, note="'under 2025'"),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("avtalen", "avtalen"), sp=None, note="present tense"),
        G("1 126 miljoner kronor", 1126e6, "SEK", **L25, s=VK, sp=None),
        G("1 071", 1071e6, "SEK", ctx="2024: [1 071]", t=Y24, s=VK, sp=None, note="bracket labelled '2024:' (explicit); unit and scale from the main figure"),
        G("742 miljoner kronor", 742e6, "SEK", **L25, s=("personalkostnader", "personalkostnader"), sp=None),
        G("5,6 procent", 5.6, "percent", **L25, direction=INC, s=VT, sp=None),
        G("538 miljoner kronor", 538e6, "SEK", **L25, direction=INC, s=VT, sp=None),
        G("14 miljoner kronor", 14e6, "SEK", **L25, direction=DEC, s=("ett underskott", "underskott"), sp=None, note="the result fell from a surplus in 2024"),
        G("9 miljoner kronor", 9e6, "SEK", t=Y24, s=("ett överskott", "överskott"), sp=None),
        G("6 110 kronor", 6110, "SEK", per="patient", **L25, s=("Kostnaden per behandlad patient", "Kostnaden"), sp=None),
        G("1 318 medarbetare", 1318, "count", **L25, s=("medarbetare", "medarbetare"), sp=None),
        G("287 tandläkare", 287, "count", **L25, s=("tandläkare", "tandläkare"), sp=None),
        G("352 tandhygienister", 352, "count", **L25, s=("tandhygienister", "tandhygienister"), sp=None),
        G("minst 30 tandläkare", 30, "count", bound="at_least", **L26, s=("tandläkare", "tandläkare"), sp=("Lena Holmqvist", "enligt"), note="present tense 'saknas'"),
        G("6,2 procent", 6.2, "percent", **L25, direction=DEC, s=SF, sp=None),
        G("7,0 procent", 7.0, "percent", **L24, s=SF, sp=None, note="'året innan'"),
    ]
    NEG["r34_a_folktandvard_2025"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("24 mars 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] behandlade", note="places the claim"),
        N("2024", ctx="än under [2024]. Av", note="places the comparison"),
        N("6-åringar", ctx="kariesfria [6-åringar] var", note="an age group's name"),
        N("12-åringarna", note="an age group's name"), N("6-åring", ctx="tredje [6-åring] karies", note="an age group's name"),
        N("2", ctx="Tabell [2].", note="table number"),
        N("2025", ctx="Åldersgrupp [2025]", note="column header"), N("2024", ctx="2025 [2024] Förändring", note="column header"),
        N("3 år", ctx="[3 år] 93", note="row label: an age group"), N("6 år", ctx="[6 år] 74", note="row label"),
        N("12 år", ctx="[12 år] 68", note="row label"), N("19 år", ctx="[19 år] 41", note="row label"),
        N("19-åringar", note="an age group's name"),
        N("2024", ctx="som under [2024]. Förskrivningen", note="places the comparison"),
        N("2025", ctx="under [2025] mellan", note="places the claim"),
        N("2024", ctx="([2024]: 1 071)", note="the bracket's label"),
        N("2024", ctx="miljoner kronor [2024].", note="places the comparison"),
        N("Box 418"), N("721 06"), N("021-48 00 00"),
    ]

    # ------------------------------------------------------------ 4. sea rescue association, summer 2026 (Publicerad 8 september 2026)
    JE = ("Jonas Ekholm", "quote")
    RU = ("räddningsuppdrag", "räddningsuppdrag")
    DR = ("föreningens sammanställning av polisens uppgifter", "enligt")
    UT = ("Den genomsnittliga tiden från larm till att räddningsbåten lämnade hamnen", "tiden")
    VS = ("Uppdragen med vattenskotrar", "Uppdragen")
    FIVE = ("2021", "2025")
    mc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, FIVE, F, F)]
    RUc = ("Räddningsuppdrag", "Räddningsuppdrag")
    GOLD["r34_a_sjoraddning_sommar"] = [
        G("1 146 räddningsuppdrag", 1146, "count", t=Y26, direction=INC, s=RU, sp=None, note="'under juni–augusti 2026'; next sentence 'Det är 9 procent fler'"),
        G("9 procent", 9, "percent", ctx="Det är [9 procent] fler", **L26, direction=INC, s=RU, sp=None, note="the size of the change takes what changes"),
        G("982 uppdrag", 982, "count", t=FIVE, lenient=True, s=("Femårssnittet för sommarmånaderna", "Femårssnittet"), sp=None, note="one time; the period from the table's 'Snitt 2021–2025'"),
        G("512 uppdrag", 512, "count", **L26, s=("uppdrag", "uppdrag"), sp=None, note="'Juli' (no year)"),
        G("nästan hälften", 0.5, "ratio", bound="approx", **L26, s=("sommarens totala antal", "antal"), sp=None),
        G("24 gånger", 24, "count", per="day", **L26, s=None, sp=None, note="'i genomsnitt 24 gånger per dygn': a count of alarms, no bound"),
        *_row(G, "Juni", ["318", "291", "276"], mc, RUc, note="table 'Räddningsuppdrag per månad': '2026' / '2025' / 'Snitt 2021–2025' explicit; rows are months"),
        *_row(G, "Juli", ["512", "468", "441"], mc, RUc),
        *_row(G, "Augusti", ["316", "292", "265"], mc, RUc),
        *_row(G, "Totalt", ["1 146", "1 051", "982"], mc, RUc),
        G("41 procent", 41, "percent", **L26, s=("uppdragen", "uppdragen"), sp=None, note="'X procent av Y' takes Y"),
        G("17 procent", 17, "percent", **L26, s=None, sp=None, note="elided 'av uppdragen'"),
        G("2 318 personer", 2318, "count", **L26, s=("personer", "personer"), sp=None),
        G("412 barn", 412, "count", **L26, s=("barn", "barn"), sp=None),
        G("15 år", 15, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("14 personer", 14, "count", **L26, direction=DEC, s=("personer", "personer"), sp=DR, note="'under sommaren'; ', jämfört med 19 sommaren 2025'"),
        G("19", 19, "count", ctx="jämfört med [19] sommaren", t=Y25, s=None, sp=DR, note="elided noun"),
        G("11 män", 11, "count", **L26, s=("män", "män"), sp=None),
        G("Över hälften", 0.5, "ratio", bound="more_than", **L26, s=("dödsolyckorna", "dödsolyckorna"), sp=None),
        G("16 personer", 16, "count", per="season", t=("2016", "2025"), lenient=True, s=("personer", "personer"), sp=None, note="'Under de senaste tio somrarna ... i genomsnitt ... per sommar'"),
        G("86 procent", 86, "percent", **L26, s=("dem vi undsatte", "dem"), sp=JE),
        G("minst 60 nya frivilliga", 60, "count", bound="at_least", **L27, s=("nya frivilliga", "frivilliga"), sp=JE, note="'inför nästa säsong'; 'Han räknar med' keeps the speaker"),
        G("14 minuter", 14, "minute", **L26, direction=DEC, s=UT, sp=None),
        G("två minuter", 2, "minute", **L26, direction=DEC, s=UT, sp=None, note="'snabbare än i fjol'; apposition keeps the subject"),
        G("högst 15 minuter", 15, "minute", bound="at_most", s=("Föreningens mål", "mål"), sp=None, note="standing target: no period"),
        G("omkring 9 500 kronor", 9500, "SEK", bound="approx", **L26, s=("Ett genomsnittligt uppdrag", "uppdrag"), sp=None, note="the payer is no subject"),
        G("95 procent", 95, "percent", **L26, s=("verksamheten", "verksamheten"), sp=None),
        G("34", 34, "count", ctx="från [34] sommaren", t=Y25, s=VS, sp=None, note="from-value: no direction"),
        G("57", 57, "count", ctx="till [57] i år", t=Y26, direction=INC, s=VS, sp=None, note="'i år' resolves"),
        G("18 procent", 18, "percent", **L26, s=("Nattlarmen", "Nattlarmen"), sp=None, note="'X stod för Y' takes X"),
        G("två", 2, "count", ctx="togs [två] nya", **L26, s=("nya räddningsbåtar", "räddningsbåtar"), sp=None),
        G("cirka 4,5 miljoner kronor", 4.5e6, "SEK", bound="approx", **L26, s=("Varje båt", "båt"), sp=None),
        G("31 400", 31400, "count", **L26, direction=INC, s=("Antalet stödmedlemmar", "Antalet"), sp=None),
        G("1 200", 1200, "count", ctx="är [1 200] fler", **L26, direction=INC, s=None, sp=None, note="'vilket är'"),
        G("27 stationer", 27, "count", **L26, s=("stationer", "stationer"), sp=None),
        G("drygt 900 frivilliga sjöräddare", 900, "count", bound="approx", **L26, s=("frivilliga sjöräddare", "sjöräddare"), sp=None),
    ]
    NEG["r34_a_sjoraddning_sommar"] = [
        N("2026", ctx="SOMMAREN [2026] I SIFFROR", note="title"), N("8 september 2026", note="Publicerad"),
        N("juni–augusti 2026", note="places the claim"),
        N("sommaren 2025", ctx="än [sommaren 2025] och", note="places the comparison"),
        N("1984", note="places the founding"),
        N("vecka 29", note="week number"),
        N("2026", ctx="Månad [2026]", note="column header"), N("2025", ctx="2026 [2025] Snitt", note="column header"),
        N("Snitt 2021–2025", note="column header"),
        N("sommaren 2025", ctx="19 [sommaren 2025]", note="places the comparison"),
        N("sommaren 2025", ctx="34 [sommaren 2025]", note="places the from-value"),
        N("22", ctx="kl. [22] och", note="time of day"), N("06", ctx="och [06],", note="time of day"),
        N("031-609 44 18"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on public-transport fares (no date, no sidecar)
    VB = ("våra beräkningar", "enligt")
    PM = ("priset på en månadsbiljett i Stockholm", "priset")
    GOLD["r34_a_debatt_kollektivtrafik"] = [
        G("1 090 kronor", 1090, "SEK", s=("en 30-dagarsbiljett", "30-dagarsbiljett"), sp=None, note="'i dag' in an undated text: no period; a ticket's price (per None)"),
        G("895 kronor", 895, "SEK", s=("motsvarande biljett", "biljett"), sp=None),
        G("810 kronor", 810, "SEK", s=None, sp=None, note="elided"),
        G("omkring 880 kronor", 880, "SEK", bound="approx", s=("ett månadskort för en zon", "månadskort"), sp=None, note="one time"),
        G("runt 620 kronor", 620, "SEK", bound="approx", s=("priset", "priset"), sp=None),
        G("38 procent", 38, "percent", direction=INC, s=PM, sp=None, note="'Sedan 2015 ... höjts med': no period in an undated text"),
        G("790 kronor", 790, "SEK", t=Y15, s=PM, sp=None, note="from-value: 2015 named in the sentence; no direction"),
        G("drygt 25 procent", 25, "percent", bound="approx", direction=INC, s=("konsumentpriserna", "konsumentpriserna"), sp=None),
        G("42 procent", 42, "percent", direction=INC, s=("priset på en månadsbiljett", "priset"), sp=None, note="the size of the change takes what changes"),
        G("två vuxna", 2, "count", optional=True, s=None, sp=None, note="defines the example family"),
        G("två tonåringar", 2, "count", optional=True, s=None, sp=None),
        G("fyra månadskort", 4, "count", optional=True, s=None, sp=None, note="defines the example"),
        G("närmare 3 500 kronor", 3500, "SEK", bound="approx", per="month", s=("fyra månadskort", "månadskort"), sp=None, note="'i månaden'; the example's result"),
        G("nästan dubbelt så dyrt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier against Copenhagen: one time"),
        G("knappt hälften", 0.5, "ratio", bound="approx", s=("kollektivtrafikens kostnader", "kostnader"), sp=None),
        G("omkring 60 procent", 60, "percent", bound="approx", s=("sin trafik", "trafik"), sp=None, note="Oslo at one time"),
        G("4–6 procent", None, "percent", low=4, high=6, direction=DEC, s=("antalet resor", "antalet"), sp=None, note="'under nivån före pandemin': an earlier point"),
        G("var fjärde", 0.25, "ratio", s=("tillfrågad resenär", "resenär"), sp=None, note="'i vår enkät': the signatories are no speaker"),
        G("2 140 personer", 2140, "count", optional=True, s=("personer", "personer"), sp=None, note="the survey's method"),
        G("20 procent", 20, "percent", ctx="periodkort med [20 procent]", direction=DEC, s=("priset på periodkort", "priset"), sp=None),
        G("mellan 10 och 15 procent", None, "percent", low=10, high=15, direction=INC, s=("resandet på de berörda linjerna", "resandet"), sp=None),
        G("700 kronor", 700, "SEK", ctx="sänkning till [700 kronor] i", optional=True, direction=DEC, s=("en sänkning", "sänkning"), sp=VB, note="defines the scenario"),
        G("mellan 12 och 18 procent", None, "percent", low=12, high=18, direction=INC, s=("resandet", "resandet"), sp=VB),
        G("tre åtgärder", 3, "count", optional=True, s=("åtgärder", "åtgärder"), sp=None, note="names the set of demands"),
        G("högst 700 kronor", 700, "SEK", bound="at_most", direction=DEC, s=("priset på en månadsbiljett för vuxna", "priset"), sp=None, note="demand 'Sänk ... till'"),
        G("3 miljarder kronor per år", 3e9, "SEK", per="year", s=("sänkningen", "sänkningen"), sp=None, note="the goal; the recipient 'regionerna' is no subject"),
        G("20 år", 20, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("halva priset", 0.5, "ratio", s=("priset", "priset"), sp=None),
        G("mindre än 1 procent", 1, "percent", bound="less_than", s=("budgeten för transportinfrastruktur", "budgeten"), sp=None),
    ]
    NEG["r34_a_debatt_kollektivtrafik"] = [
        N("30-dagarsbiljett", note="digits in a product name"),
        N("2015", note="places the from-value"),
        N("1", ctx="[1]. Sänk", note="list numbering"), N("2", ctx="[2]. Låt staten", note="list numbering"),
        N("3", ctx="[3]. Låt ungdomar", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. monthly fuel-price report (sidecar published 2026-11-04)
    PAq = ("Per Algotsson", "quote")
    RB = ("Riktpriset för bensin 95 oktan", "Riktpriset")
    DI = ("Dieseln", "Dieseln")
    BR = ("Priset på råolja av kvaliteten Brent", "Priset")
    RPc = ("Riktpris", "Riktpris")
    fc = [("SEK", 1, "l", Y26, T, F), ("SEK", 1, "l", Y26, T, F), ("SEK", 1, "l", Y25, T, F),
          ("SEK", 0.01, "l", Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r34_a_drivmedel_nov"] = [
        G("17,84 kronor per liter", 17.84, "SEK", per="l", **L26, direction=DEC, s=RB, sp=None, note="'i dag'; next sentence 'Det är 26 öre lägre'"),
        G("26 öre", 0.26, "SEK", per="l", **L26, direction=DEC, s=RB, sp=None, note="'än för en månad sedan'; per carried"),
        G("1,12 kronor", 1.12, "SEK", per="l", **L26, direction=DEC, s=RB, sp=None, note="'lägre än för ett år sedan': an earlier point"),
        G("18,96 kronor per liter", 18.96, "SEK", per="l", **L26, direction=DEC, s=DI, sp=None),
        G("41 öre", 0.41, "SEK", per="l", ctx="sänkning med [41 öre]", **L26, direction=DEC, s=DI, sp=None, note="'sedan början av oktober'"),
        *_row(G, "Bensin 95", ["17,84", "18,10", "18,96", "−26", "−5,9"], fc, RPc, note="table 'Riktpris vid bemannad station, kronor per liter': 'November' / 'Oktober' 2026 lenient, 'För ett år sedan' 2025 lenient, 'Förändring 1 mån, öre' SEK/100 signed, 'Förändring 12 mån, %' signed; rows are fuels"),
        *_row(G, "Bensin 98", ["18,69", "18,92", "19,74", "−23", "−5,3"], fc, RPc),
        *_row(G, "Diesel", ["18,96", "19,37", "20,44", "−41", "−7,2"], fc, RPc),
        *_row(G, "HVO100", ["24,85", "24,85", "25,90", "0", "−4,1"], fc, RPc),
        *_row(G, "E85", ["14,29", "14,39", "14,62", "−10", "−2,3"], fc, RPc),
        G("20–40 öre", None, "SEK", low=0.2, high=0.4, per="l", **L26, s=("priset", "priset"), sp=None, note="unmanned against manned stations: one time; 'i regel' no bound"),
        G("nästan 6 kronor", 6, "SEK", per="l", bound="approx", **L26, s=("Priset på HVO100", "Priset"), sp=None, note="against diesel: one time; per carried"),
        G("mellan 61 och 66 dollar per fat", None, "USD", low=61, high=66, per="barrel", **L26, s=BR, sp=None, note="'under månaden'"),
        G("62,40 dollar per fat", 62.40, "USD", per="barrel", **L26, direction=DEC, s=BR, sp=None, note="'i går'; ', att jämföra med ... för ett år sedan'"),
        G("71,80 dollar", 71.80, "USD", per="barrel", **L25, s=BR, sp=None, note="'för ett år sedan'; per carried"),
        G("knappt 4 procent", 4, "percent", bound="approx", **L26, direction=INC, s=("kronan", "kronan"), sp=None, note="'stärkts ... sedan i somras'"),
        G("10–20 öre", None, "SEK", low=0.1, high=0.2, per="l", **L26, direction=DEC, s=("bensinpriset", "bensinpriset"), sp=PAq, note="'sjunka med ytterligare ... före jul'"),
        G("drygt 55 procent", 55, "percent", bound="approx", **L26, s=("bensinpriset", "bensinpriset"), sp=None, note="'Av X ... Y procent' takes X"),
        G("6,58 kronor per liter", 6.58, "SEK", per="l", **L26, s=("Energiskatten och koldioxidskatten", "Energiskatten"), sp=None),
        G("25 procent", 25, "percent", ctx="moms på [25 procent]", optional=True, s=("moms", "moms"), sp=None, note="a rule"),
        G("omkring 50 procent", 50, "percent", bound="approx", **L26, s=("skatteandelen", "skatteandelen"), sp=None),
        G("16,90 kronor per liter", 16.90, "SEK", per="l", **L26, s=("bensin", "bensin"), sp=None, note="Denmark at one time"),
        G("19,30 kronor", 19.30, "SEK", per="l", **L26, s=None, sp=None, note="Norway at one time; elided; per carried"),
        G("50 liter", 50, "l", optional=True, s=None, sp=None, note="defines the example"),
        G("892 kronor", 892, "SEK", **L26, direction=DEC, s=None, sp=None, note="'nu'; the payer is no subject; ', 56 kronor mindre än för ett år sedan'"),
        G("56 kronor", 56, "SEK", **L26, direction=DEC, s=None, sp=None),
        G("1 500 mil", 15000, "km", per="year", optional=True, s=None, sp=None, note="defines the example; mil = 10 km"),
        G("0,6 liter per mil", 0.06, "l", per="km", optional=True, s=None, sp=None, note="defines the example car"),
        G("drygt 1 300 kronor per år", 1300, "SEK", bound="approx", per="year", **L26, direction=DEC, s=("besparingen", "besparingen"), sp=None, note="a saving against 'i fjol'"),
    ]
    NEG["r34_a_drivmedel_nov"] = [
        N("95", ctx="bensin [95] oktan", note="digits in a product name"),
        N("95", ctx="Bensin [95] 17,84", note="digits in a product name (row label)"),
        N("98", ctx="Bensin [98] 18,69", note="digits in a product name (row label)"),
        N("HVO100", 1, note="a product name (row label)"), N("HVO100", 2, note="a product name"), N("E85", note="a product name (row label)"),
        N("1 mån", note="column header 'Förändring 1 mån, öre'"), N("12 mån", note="column header 'Förändring 12 mån, %'"),
        N("08-410 227 90"),
    ]

    # ------------------------------------------------------------ 7. golf club, season 2026 (dateline 12 november 2026)
    SEq = ("Sofia Enberg", "quote")
    RO = ("rundor", "rundor")
    SS = ("en säsong", "säsong")
    ME = ("medlemmar", "medlemmar")
    GF = ("Greenfeeavgiften på Havsbanan", "Greenfeeavgiften")
    IG = ("Intäkterna från greenfee", "Intäkterna")
    AV = ("årsavgiften för seniorer", "årsavgiften")
    ST = ("Styrelsen", "credited")
    gc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    SR = ("Spelade rundor", "rundor")
    GOLD["r34_a_golfklubb_2026"] = [
        G("38 240 rundor", 38240, "count", **L26, direction=INC, s=RO, sp=None, note="'Under säsongen'; ', en ökning med 6,5 procent jämfört med 2025'"),
        G("två banor", 2, "count", optional=True, s=("banor", "banor"), sp=None, note="'klubbens två banor' names the set"),
        G("6,5 procent", 6.5, "percent", ctx="ökning med [6,5 procent]", **L26, direction=INC, s=RO, sp=None),
        G("9 870", 9870, "count", **L26, s=("rundorna", "rundorna"), sp=None, note="'Av X ... Y' takes X"),
        G("204 dagar", 204, "day", **L26, direction=INC, s=SS, sp=None, note="next sentence 'Det är elva dagar längre än i fjol'"),
        G("elva dagar", 11, "day", **L26, direction=INC, s=SS, sp=None),
        *_row(G, "April", ["2 140", "1 780", "+20,2"], gc, SR, note="table 'Spelade rundor per månad, antal': '2026' / '2025' explicit, 'Förändring, %' 2026 lenient signed; rows are months"),
        *_row(G, "Maj", ["6 310", "6 020", "+4,8"], gc, SR),
        *_row(G, "Juni", ["7 420", "7 180", "+3,3"], gc, SR),
        *_row(G, "Juli", ["8 960", "8 540", "+4,9"], gc, SR),
        *_row(G, "Augusti", ["7 150", "6 890", "+3,8"], gc, SR),
        *_row(G, "September", ["4 630", "4 310", "+7,4"], gc, SR),
        *_row(G, "Oktober", ["1 630", "1 190", "+37,0"], gc, SR),
        *_row(G, "Totalt", ["38 240", "35 910", "+6,5"], gc, SR),
        G("mer än 2 300", 2300, "count", bound="more_than", **L26, direction=INC, s=("antalet rundor", "antalet"), sp=SEq),
        G("nästan 40 procent", 40, "percent", bound="approx", **L26, direction=INC, s=RO, sp=SEq, note="'Oktober ... än samma månad förra året'"),
        G("1 486 medlemmar", 1486, "count", **L26, direction=INC, s=ME, sp=None, note="'den 31 oktober'; ', 63 fler än vid samma tid i fjol'"),
        G("63", 63, "count", ctx="medlemmar, [63] fler", **L26, direction=INC, s=ME, sp=None, note="apposition keeps the subject"),
        G("212 juniorer", 212, "count", **L26, s=("juniorer", "juniorer"), sp=None),
        G("21 år", 21, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("318 kvinnor", 318, "count", **L26, s=("kvinnor", "kvinnor"), sp=None),
        G("145 personer", 145, "count", **L26, s=("Kön till fullvärdigt medlemskap", "Kön"), sp=None),
        G("omkring två år", 2, "year", bound="approx", **L26, s=("väntetiden", "väntetiden"), sp=None),
        G("118 nybörjare", 118, "count", **L26, direction=INC, s=("nybörjare", "nybörjare"), sp=None, note="'jämfört med 96 året innan'"),
        G("96", 96, "count", ctx="jämfört med [96] året", **L25, s=None, sp=None, note="'året innan'; elided"),
        G("19 rundor", 19, "count", per="member", **L26, s=RO, sp=None, note="'i genomsnitt 19 rundor var': per member, no bound"),
        G("795 kronor", 795, "SEK", **L26, s=GF, sp=None),
        G("650 kronor", 650, "SEK", **L26, s=GF, sp=None),
        G("780 kronor", 780, "SEK", **L26, s=None, sp=None, note="the neighbouring club at one time"),
        G("350 kronor", 350, "SEK", **L26, s=("en runda", "runda"), sp=None),
        G("6,1 miljoner kronor", 6.1e6, "SEK", **L26, direction=INC, s=IG, sp=None),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=IG, sp=None, note="apposition 'knappt 9 procent mer än i fjol'"),
        G("omkring 17,4 miljoner kronor", 17.4e6, "SEK", bound="approx", **L26, s=("Klubbens totala intäkter för räkenskapsåret", "intäkter"), sp=None),
        G("400 kronor", 400, "SEK", ctx="höjs med [400 kronor]", t=Y27, direction=INC, s=AV, sp=ST, note="'från 2027'"),
        G("7 400 kronor", 7400, "SEK", t=Y27, direction=INC, s=AV, sp=ST),
        G("3,2 miljoner kronor", 3.2e6, "SEK", **L26, s=("det nya bevattningssystemet", "bevattningssystemet"), sp=ST),
        G("168 dagar", 168, "day", **L26, s=("Restaurangen", "Restaurangen"), sp=None),
        G("drygt 21 000 luncher", 21000, "count", bound="approx", **L26, s=("luncher", "luncher"), sp=None),
        G("125 luncher per dag", 125, "count", per="day", **L26, s=None, sp=None, note="'vilket motsvarar i genomsnitt'"),
        G("minst 40 000 rundor", 40000, "count", bound="at_least", t=Y27, s=("Styrelsens mål", "mål"), sp=None, note="possession, not a credit"),
        G("två tider per timme", 2, "count", per="hour", **L27, direction=INC, s=("starttiderna på Havsbanan", "starttiderna"), sp=None, note="'utökas med ... under högsäsongen' (next season)"),
    ]
    NEG["r34_a_golfklubb_2026"] = [
        N("2026", ctx="Säsongen [2026] i siffror", note="title"), N("12 november 2026", note="dateline"),
        N("2026", ctx="Säsongen [2026] blev", note="places the claim"),
        N("2025", ctx="jämfört med [2025].", note="places the comparison"),
        N("4 april", note="date"), N("24 oktober", note="date"),
        N("2026", ctx="Månad [2026]", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("31 oktober", note="places the claim"),
        N("2027", ctx="från [2027] för", note="places the fee"), N("2027", ctx="rundor under [2027].", note="places the target"),
        N("3 december", note="date of the meeting"), N("18.30", note="time of day"),
        N("4", ctx="Klubbvägen [4],", note="street number"), N("456 91"), N("0523-140 60"),
    ]

    # ------------------------------------------------------------ 8. university hospital research report 2025 (Markdown, Publicerad 30 april 2026)
    HWq = ("Helena Wästberg", "quote")
    VA = ("vetenskapliga artiklar", "artiklar")
    EA = ("externa anslag", "anslag")
    NP = ("nya prövningar", "prövningar")
    TI = ("Tiden från ansökan till att den första patienten inkluderades", "Tiden")
    DO = ("doktorander", "doktorander")
    dc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T), ("SEK", 1e6, None, Y25, F, F)]
    DS = [("Artiklar", "Artiklar")] * 3 + [("Externa anslag", "anslag")]
    GOLD["r34_a_forskning_2025"] = [
        G("1 284 vetenskapliga artiklar", 1284, "count", t=Y25, direction=INC, s=VA, sp=None, note="'under 2025'; ', en ökning med 4,6 procent jämfört med 2024'"),
        G("4,6 procent", 4.6, "percent", ctx="ökning med [4,6 procent]", t=Y25, direction=INC, s=VA, sp=None),
        G("38 procent", 38, "percent", **L25, s=("artiklarna", "artiklarna"), sp=None, note="'Av X ... Y procent' takes X"),
        G("412 miljoner kronor", 412e6, "SEK", **L25, direction=INC, s=EA, sp=None, note="'under året'; ', jämfört med ... året innan'"),
        G("386 miljoner kronor", 386e6, "SEK", **L24, s=EA, sp=None),
        G("31 procent", 31, "percent", **L25, s=("Statliga forskningsråd", "forskningsråd"), sp=None, note="'X stod för Y' takes X"),
        G("44 procent", 44, "percent", **L25, s=("privata stiftelser", "stiftelser"), sp=None),
        G("196 miljoner kronor", 196e6, "SEK", **L25, s=("statliga ALF-medel", "ALF-medel"), sp=None),
        G("1,03 miljarder kronor", 1.03e9, "SEK", **L25, s=("Sjukhusets totala kostnader för forskning", "kostnader"), sp=None),
        G("6,8 procent", 6.8, "percent", **L25, s=("sjukhusets samlade kostnader", "kostnader"), sp=None),
        *_row(G, "| Cancer", ["318", "296", "+7,4", "118,6"], dc, DS, sep=" | ", note="Markdown table 'Publikationer och anslag per verksamhetsområde': 'Artiklar 2025' / 'Artiklar 2024' / 'Externa anslag 2025, mnkr' explicit, 'Förändring, %' 2025 lenient signed; rows are departments"),
        *_row(G, "| Hjärta och kärl", ["241", "247", "−2,4", "84,2"], dc, DS, sep=" | "),
        *_row(G, "| Neurologi", ["203", "188", "+8,0", "71,9"], dc, DS, sep=" | "),
        *_row(G, "| Barn och kvinnor", ["176", "169", "+4,1", "43,5"], dc, DS, sep=" | "),
        *_row(G, "| Akut och ortopedi", ["149", "141", "+5,7", "29,8"], dc, DS, sep=" | "),
        *_row(G, "| Övriga", ["197", "187", "+5,3", "64,0"], dc, DS, sep=" | "),
        *_row(G, "| Totalt", ["1 284", "1 228", "+4,6", "412,0"], dc, DS, sep=" | "),
        G("knappt 29 procent", 29, "percent", bound="approx", **L25, s=("Cancerområdet", "Cancerområdet"), sp=None, note="'X svarade för Y' takes X"),
        G("347 kliniska läkemedelsprövningar", 347, "count", **L25, s=("kliniska läkemedelsprövningar", "läkemedelsprövningar"), sp=None, note="'Vid årets slut'"),
        G("58", 58, "count", ctx="varav [58] i tidig", **L25, s=None, sp=None, note="elided"),
        G("94 nya prövningar", 94, "count", **L25, direction=INC, s=NP, sp=None),
        G("11", 11, "count", ctx="prövningar, [11] fler", **L25, direction=INC, s=NP, sp=None, note="apposition keeps the subject; 'än 2024'"),
        G("62 procent", 62, "percent", **L25, s=("de nya prövningarna", "prövningarna"), sp=None),
        G("97 dagar", 97, "day", **L25, direction=DEC, s=TI, sp=None, note="', jämfört med 124 dagar 2024'"),
        G("124 dagar", 124, "day", t=Y24, s=TI, sp=None),
        G("Mer än 2 600 patienter", 2600, "count", bound="more_than", **L25, s=("patienter", "patienter"), sp=None),
        G("nästan 40 procent", 40, "percent", bound="approx", t=("2020", "2025"), lenient=True, direction=INC, s=("antalet kliniska prövningar", "antalet"), sp=HWq, note="'på fem år'"),
        G("minst var femte", 0.2, "ratio", bound="at_least", t=Y28, s=("patient i cancervården", "patient"), sp=HWq, note="target for 2028"),
        G("684 disputerade medarbetare", 684, "count", **L25, s=("disputerade medarbetare", "medarbetare"), sp=None),
        G("212", 212, "count", ctx="varav [212] med", **L25, s=None, sp=None, note="elided"),
        G("knappt 1,9 artiklar", 1.9, "count", bound="approx", per="employee", **L25, s=("artiklar", "artiklar"), sp=None, note="'Räknat per disputerad medarbetare'"),
        G("1,6", 1.6, "count", per="employee", ctx="universitetssjukhus på [1,6]", **L25, s=("genomsnittet för landets universitetssjukhus", "genomsnittet"), sp=None, note="one time; per carried"),
        G("1,24", 1.24, "number", **L25, s=("Artiklarnas fältnormerade citeringsgrad", "citeringsgrad"), sp=None),
        G("24 procent", 24, "percent", ctx="citerades [24 procent] oftare", **L25, s=None, sp=None, note="against the world average: one time"),
        G("41 doktorander", 41, "count", **L25, direction=INC, s=DO, sp=None, note="'under året'; ', jämfört med 35 under 2024'"),
        G("35", 35, "count", ctx="jämfört med [35] under", t=Y24, s=None, sp=None, note="elided"),
        G("64 sidor", 64, "count", optional=True, s=None, sp=None, note="page count of the full report"),
    ]
    NEG["r34_a_forskning_2025"] = [
        N("2025", ctx="Forskningsbokslut [2025]", note="title"), N("30 april 2026", note="Publicerad"),
        N("2025", ctx="under [2025], en", note="places the claim"),
        N("2024", ctx="jämfört med [2024]. Av", note="places the comparison"),
        N("Artiklar 2025", note="column header"), N("Artiklar 2024", note="column header"),
        N("2025", ctx="Externa anslag [2025], mnkr", note="column header"),
        N("2024", ctx="fler än [2024].", note="places the comparison"),
        N("2024", ctx="dagar [2024].", note="places the comparison"),
        N("2028", ctx="studie [2028],", note="places the target"),
        N("2024", ctx="under [2024]. Rapporten", note="places the comparison"),
        N("901 85"), N("090-785 20 00"),
    ]
    return GOLD, NEG
