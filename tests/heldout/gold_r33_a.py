"""Round 33, part A (r33_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 33, part A (r33_a_*): eight kinds, written from scratch (r33_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed engineering
# company's interim report January-September 2026 (dateline 'Ekbyholm den 23 oktober 2026'; 'Siffror inom parentes
# avser motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in
# MSEK, procent and kronor: order intake 'ökade med 9 procent till', 'Organiskt ökade orderingången med 6 procent', 'Den
# organiska tillväxten var 3 (−1) procent', 'förbättrades till 187 (162) MSEK, vilket gav en rörelsemarginal på 12,2
# (11,0) procent'; a CEO section headed 'VD ANNA LUNDHOLM KOMMENTERAR' ('drygt 20 procent jämfört med samma kvartal i
# fjol', 'två större order ... på sammanlagt cirka 140 MSEK', 'vårt mål om minst 13 procent över en konjunkturcykel')
# and a quote ending 'säger vd Anna Lundholm' ('ungefär 15 procent lägre än för ett år sedan', 'med 25–30 procent när
# den är i full drift under andra halvåret 2027'); business areas ('ökade ... med 14 procent till 682 MSEK och svarar nu
# för 44 procent', 'minskade med 8 procent till', 'i stort sett oförändrat'), an acquisition's and currency's
# contribution to growth, net debt ', jämfört med ... vid årsskiftet', '1,6 gånger', 'högst 420 MSEK under 2026 och
# 2027', staff '2 846 (2 791)'; plain-text table 'KONCERNEN I SAMMANDRAG' 'MSEK' 'Jul–sep 2026' / 'Jul–sep 2025' /
# 'Jan–sep 2026' / 'Jan–sep 2025' with rows in procent and kr), a municipality's monthly report on economic assistance
# for October 2026 (Markdown, 'Publicerad 12 november 2026'; '1 184 hushåll', 'Det är 63 färre än i oktober 2025 och en
# minskning med 5,1 procent', '10 895 kronor per hushåll', 'riksnormen höjdes med 2,8 procent vid årsskiftet',
# 'Hittills i år ..., jämfört med 2 402 under januari–oktober 2025', '71 procent av årsbudgeten på 185 miljoner
# kronor'; Markdown table 'Hushåll med försörjningsstöd per stadsdel, antal' 'Okt 2026' / 'Okt 2025' / 'Förändring, %'
# with a bold total row; long-term assistance 'i tio månader eller mer', '40 procent, att jämföra med 43 procent i
# oktober förra året', 'Drygt hälften', 'knappt 20 procent'; the municipality against the country at one time; the
# unit head's quote '58 personer', 'mellan 1 100 och 1 150 i december'; handling time '9 dagar, jämfört med 13 dagar ett
# år tidigare', a standing target 'ingen ska behöva vänta mer än 10 dagar', 'varav 61'), a regional public-transport
# company's ridership for October 2026 ('Publicerad 11 november 2026'; '3,42 miljoner resor', 'Det är 4,6 procent
# fler än i oktober 2025', modes 'ökade med 13,4 procent till 812 000 resor', ', en ökning med 3,7 procent'; plain-text
# table 'Resor per trafikslag, tusental' 'Okt 2026' / 'Okt 2025' / 'Förändring, %'; 'Under januari–oktober ...,
# jämfört med 30,6 miljoner under samma period i fjol. Det är en ökning med 3,9 procent'; market share against the
# neighbouring county; punctuality '88,4 procent ..., vilket är 3,1 procentenheter lägre än i september', a definition
# 'högst fem minuter', the national average, a target 'minst 95 procent'; the traffic director's quote 'över 100
# procent', 'två extra avgångar', 'ungefär 300 fler sittplatser per avgång'; tickets 'nästan 7 procent fler än ett år
# tidigare', prices, 'under 20 år står för ungefär en fjärdedel', app share against 'oktober förra året'; the method's
# '412 fordon'), a statistics office's population release for the first half of 2026 ('Publicerad 13 augusti 2026';
# 'ökade ... med 18 412 personer och uppgick den 30 juni till 10 672 305 invånare', births 'vilket är 1 204 färre än
# under samma period 2025', '8,9 födda per 1 000 invånare i årstakt', deaths ', en ökning med 2,3 procent', a negative
# natural increase '−709 personer'; a statistician's quote 'omkring 1,40 barn per kvinna', 'mellan 1,35 och 1,45 för
# helåret'; immigration ', 9 procent färre än', emigration 'drygt 2 000 fler än ett år tidigare', 'Knappt var femte';
# plain-text table 'Tabell 1. Folkmängd och folkökning per län, första halvåret 2026 och 2025' with two-line headers
# 'Folkmängd 30 jun 2026' / 'Folkökning jan–jun 2026' / 'Folkökning jan–jun 2025' / 'Folkökning per 1 000 inv. jan–jun
# 2026' and negative cells; counties per 1 000 invånare, '31 procent ... 65 år eller äldre, jämfört med 21 procent i
# riket'; '80 år eller äldre ökade ... med 14 800 till 623 400', mean age 'vilket är 0,2 år högre', moves 'varav knappt
# 170 000'), an UNDATED op-ed on defence spending comparing Sweden with Finland, Norway and Poland (no date, no sidecar;
# 'I år ... omkring 2,4 procent av BNP', 'runt 2,5 procent', 'drygt 4 procent', 'nästan dubbelt så mycket', Nato's '2
# procent'; 'Sedan 2014 ... från cirka 1,1 procent av BNP till dagens nivå', 'över 150 procent i fasta priser'; per
# inhabitant '13 000 kronor per år' against Norway's 'knappt 17 000'; '280 000 soldater' against '90 000 personer', 'mer
# än tre gånger så många', 'hälften så många invånare'; 'drygt 7 000 värnpliktiga per år', the armed forces' 'minst
# 10 000 per år', 'mindre än 1 procent av försvarsbudgeten'; the government's '3,5 procent av BNP år 2030'; three
# numbered demands ('till 3 procent av BNP redan 2028', 'minst 10 000 värnpliktiga ... varje år', 'mellan 8 och 12
# miljarder kronor per år'); 'Enligt våra beräkningar ... omkring 35 miljarder kronor mer per år än regeringens
# nuvarande plan', 'knappt 1,5 procent'), a monthly mortgage-rate report dated only by its sidecar (2026-11-03;
# 'Snitträntan för nya bolån med tre månaders bindningstid ... 2,87 procent. Det är 0,11 procentenheter lägre än för
# en månad sedan och 0,94 procentenheter lägre än för ett år sedan'; plain-text table 'Listräntor för bolån med tre
# månaders bindningstid, procent' 'November' / 'Oktober' / 'Förändring, procentenheter' with an average row 'Snitt';
# banks at one time '0,30 procentenheter'; fixed rates 'oförändrat', 'steg ... med 0,06 procentenheter till 3,18
# procent', 'drygt 0,3 procentenheter mer än en rörlig'; 'enligt Bankstatistikrådet' 2,62 procent; a worked example
# '3 miljoner kronor', '275 kronor per månad', '7 175 kronor i månaden, eller drygt 5 000 kronor efter ränteavdraget på
# 30 procent', 'För ett år sedan ... ungefär 2 350 kronor mer i månaden'; an economist's 'kring 2,6–2,7 procent efter
# årsskiftet'; the share of variable-rate loans 'knappt 80 procent i september, jämfört med 64 procent för ett år
# sedan'), a municipality's press release on grade-9 results spring 2026 (HTML with menu, breadcrumb and footer,
# 'Publicerad 26 augusti 2026'; '84,6 procent', 'Det är en ökning med 1,9 procentenheter jämfört med våren 2025 och
# högre än rikets genomsnitt', merit value 'steg, till 226,4 från 221,8 året innan', '1 038 elever'; girls against boys
# at one time ('238,9, jämfört med 214,7', 'Skillnaden, 24,2 poäng', '87,9' and '81,5 procent'); HTML table 'Behörighet
# till yrkesprogram och genomsnittligt meritvärde per skola, vårterminen' 'Behöriga 2026, %' / 'Behöriga 2025, %' /
# 'Förändring, procentenheter' / 'Meritvärde 2026' / 'Meritvärde 2025' with a bold total row; 'drygt 8 procentenheter
# på tre år', '74,2 procent, jämfört med 72,0 procent våren 2025', 'knappt 9 procent'; the committee chair's quote '14
# miljoner kronor ... under de senaste två åren', 'minst 90 procent'; a target for 2028 and '6 miljoner kronor' for the
# school year 2026/27), and a region's emergency-department waiting times for October 2026 (Markdown, dateline
# 'Karlsby den 16 november 2026'; '14 286 besök ..., 3,2 procent fler än i oktober 2025', median stay '218 minuter,
# jämfört med 231 minuter i oktober förra året', '64 procent. Det är 3 procentenheter högre än för ett år sedan, men
# lägre än riksgenomsnittet på 67 procent', a standing target 'minst 75 procent', '58 minuter, sex minuter kortare';
# Markdown table 'Väntetider per sjukhus, oktober' 'Besök okt 2026' / 'Förändring besök, %' / 'Median vistelsetid okt
# 2026, min' / 'Median vistelsetid okt 2025, min' / 'Andel inom fyra timmar okt 2026, %' with a bold total row;
# 'kortats med 15 minuter på ett år', 'drygt fyra av fem'; '80 år eller äldre ... 312 minuter, nästan en och en halv
# timme längre än genomsnittet', '38 överbeläggningar per dag, vilket är 11 färre'; the chief physician's 'var tredje
# patient vänta mer än fyra timmar'; the hospital director's '12 nya vårdplatser', '15–20 minuter').
# The r8-r32 decisions are followed (see the headers of gold_r28_a.py, gold_r31_a.py and gold_r32_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'samma månad förra
# året', 'samma period i fjol', 'i oktober förra året', 'i våras') resolves against the publication date and is not
# lenient, while 'ett år tidigare', 'året innan', 'vid årsskiftet', 'för en månad sedan', 'för ett år sedan', 'nu',
# 'i dag', a month, quarter or half-year without a year ('I oktober', 'Under januari–oktober', 'TREDJE KVARTALET',
# 'under första halvåret', 'den 30 juni', 'i september'), a heading's, a caption's or the document's period and
# present tense are lenient; brackets 'motsvarande period föregående år' are lenient; a level followed by ', jämfört
# med', ', en ökning/minskning med', 'Det är X färre/fler', 'vilket är X färre', ', X procent färre än', ', att
# jämföra med' is the new value after a change; from-values have no direction; comparisons at one time (the country,
# the neighbouring county, another bank, fixed against variable, girls against boys, Finland, Norway and Poland, a
# plan, a target) have no direction; a comparison with an earlier point takes the current period with a direction;
# multipliers ('nästan dubbelt så mycket', 'mer än tre gånger så många', 'hälften så många') optional; definitions
# of an example or a product ('3 miljoner kronor', 'tre månaders bindningstid', 'ett års bindningstid'), rules ('ränteavdraget
# på 30 procent'), a survey's method ('412 fordon', 'de sex banker vi följer', 'de sex största bolåneinstituten') and
# thresholds ('i tio månader eller mer', 'högst fem minuter', 'under 20 år', '65 år eller äldre', '80 år eller äldre',
# 'inom fyra timmar', 'mer än fyra timmar') optional; results of worked examples, forecasts, targets and demands
# required; standing targets with no year ('minst 13 procent över en konjunkturcykel', 'minst 95 procent', 'minst 75
# procent', 'vänta mer än 10 dagar') have no period; table cells take their column headers' periods (a caption's or
# heading's period lenient), change columns take their direction from the sign; rows that are categories (districts,
# modes, counties, banks, schools, hospitals) take the caption's or column's measure as subject; 'per aktie'
# per="share", 'per hushåll' per="household", 'per 1 000 invånare' per="capita" with the value as written (the '1 000'
# N), 'per invånare ... per år' per="capita" (the non-time denominator wins, r21_b), 'per år' / 'varje år'
# per="year", 'per månad' / 'i månaden' per="month", 'per dag' per="day", 'per avgång' per="departure", 'per kvinna'
# per="woman"; 'gånger' a number, merit values and their difference in 'poäng' a number; 'vilket' / 'Det' / elided
# nouns / pronouns have s None, except that the size of a change ('Det är 63 färre ... och en minskning med', 'Det är
# en ökning med 3,9 procent', 'Det är 0,11 procentenheter lägre') takes the thing that changes from the previous
# sentence; a country, county, municipality or hospital as grammatical subject is a place (s None); 'X svarar för Y' /
# 'X står för Y' take X; 'X procent av Y' and 'X av Y' take Y; 'Av X ... Y procent' takes X; the payer, the loser and
# the recipient are no subject; an apposition keeps the subject of its figure; a heading 'VD X KOMMENTERAR' and a
# paragraph ending in 'säger' credit every figure in it to the speaker (quote); 'X:s mål är' / 'Nämndens mål' is
# possession, not a credit; the UNDATED text has no period on a figure unless the sentence names its year ('år 2030',
# 'redan 2028', 'Sedan 2014' for a from-value), and its signatories are no speaker.
# Where those were silent, decided here:
# - Engineering (dateline 2026-10-23): 'Den organiska tillväxten var 3 (−1) procent': growth carries its direction
#   from its sign (3 increase, the bracket −1 decrease, 2025 lenient). 'Organiskt ökade orderingången med 6 procent'
#   takes 'orderingången'. 'vilket gav en rörelsemarginal på 12,2 (11,0) procent' no direction (the margin is not said
#   to change). The CEO heading credits its paragraph (quote); 'drygt 20 procent jämfört med samma kvartal i fjol'
#   2026 lenient, increase (an earlier point); 'två större order' a count (required: a claim, not a set's name), s
#   'större order för krossanläggningar'; 'minst 13 procent över en konjunkturcykel' a standing target, s 'vårt mål'.
#   '25–30 procent när den är i full drift under andra halvåret 2027' 2027 explicit, increase ('höja ... med').
#   Business areas: 'Affärsområde X ökade sin nettoomsättning ... med 14 procent till 682 MSEK' s 'sin
#   nettoomsättning'; 'Affärsområde Fordon & Transport minskade med 8 procent till 503 MSEK' s the business area (a
#   unit of the company, not a place); '353 MSEK, i stort sett oförändrat' no direction. 'bidrog till koncernens
#   tillväxt ... med 3,5 procent' increase, s 'koncernens tillväxt'; 'påverkade nettoomsättningen negativt med 2,0
#   procent' decrease. 'högst 420 MSEK under 2026 och 2027' ('2026', '2027') explicit. Table: 'MSEK' scales the
#   unit-less rows; 'Rörelsemarginal, %' and 'Resultat per aktie, kr' take their row units; columns explicit.
# - Economic assistance (Markdown, published 2026-11-12): 'I oktober 2026' explicit for '1 184 hushåll'; the next
#   sentence's '63' and '5,1 procent' 2026 lenient, decrease, s 'hushåll'. '12,9 miljoner kronor' (passive, no noun)
#   and '10 895 kronor per hushåll' ('vilket motsvarar') s None. 'Utbetalningarna var 4,2 procent lägre än samma
#   månad förra året' 2026 lenient decrease. 'riksnormen höjdes med 2,8 procent vid årsskiftet' 2026 lenient (the norm
#   of the new year), increase. 'Hittills i år har 2 316 hushåll' 2026 explicit, decrease (', jämfört med 2 402 under
#   januari–oktober 2025', 2025 explicit, elided). '71 procent av årsbudgeten på 185 miljoner kronor' both 2026
#   lenient, s 'årsbudgeten'. 'Det motsvarar 40 procent, att jämföra med 43 procent i oktober förra året': 40 decrease
#   (an earlier point), s None ('Det'); 43 2025 explicit. The unit head's forecast 'mellan 1 100 och 1 150 i december'
#   2026 lenient, s 'antalet hushåll'. 'Socialnämndens mål är att ingen ska behöva vänta mer än 10 dagar' a negated
#   bound: at_most (r2), a standing target. Table: 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient
#   signed; rows are districts: s the caption's 'Hushåll med försörjningsstöd'; the bold total row cell by cell.
# - Public transport (published 2026-11-11): 'I oktober 2026' explicit; 'Det är 4,6 procent fler än i oktober 2025'
#   2026 lenient increase, s 'resor'. 'Stadsbussarna hade 1,96 miljoner resor' takes the counted noun. 'höstturlistan
#   började två veckor tidigare' a duration, s None (a lead on a schedule, as r32's 'tre månader före tidsplanen'), no
#   period. 'Under januari–oktober' 2026 lenient; '30,6 miljoner under samma period i fjol' 2025 explicit (elided).
#   The market share 'beräknas till ungefär 24 procent' against the neighbouring county's 'drygt 28 procent' one time.
#   'vilket är 3,1 procentenheter lägre än i september' s None ('vilket'), decrease. 'mot bolagets mål på minst 95
#   procent' a standing target, s 'bolagets mål'; '93 procent' no direction. The director's 'två extra avgångar ...
#   från den 13 december' 2026 lenient, no direction (a count of departures added); 'ungefär 300 fler sittplatser per
#   avgång' 2026 lenient, increase (the new trains against the old ones), per="departure". 'En månadsbiljett för vuxen
#   kostar 895 kronor' per None (the price of a ticket; 'månad' is in its name). Table: caption 'Resor per trafikslag,
#   tusental' scales the cells by 1 000; 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows
#   are modes: s the caption's 'Resor'.
# - Population (published 2026-08-13): 'Under första halvåret 2026' explicit, and 'uppgick den 30 juni till 10 672 305
#   invånare' in the same sentence explicit; the other half-year figures ('Under januari–juni', 'under första
#   halvåret', 'under halvåret', 'den 30 juni') 2026 lenient. '24 806 personer' 2025 explicit, increase ('ökade').
#   '47 318 barn, vilket är 1 204 färre än under samma period 2025' both decrease ('1 204' s None). '8,9 födda per 1 000
#   invånare i årstakt' count per="capita". 'födelsenettot blev −709 personer' no direction (a balance, not a change
#   of it). The statistician's quote: 'omkring 1,40 barn per kvinna' 2026 lenient ('nu'), per="woman"; 'mellan 1,35 och
#   1,45 för helåret' 2026 lenient, s None ('det'). '44 960 personer ..., 9 procent färre än under första halvåret 2025'
#   decrease; '25 839 personer, drygt 2 000 fler än ett år tidigare' increase; '19 121 personer' s
#   'Invandringsöverskottet'. 'Knappt var femte invandrare' ratio 0.2 approx. Table: 'Folkmängd 30 jun 2026' count 2026
#   explicit; 'Folkökning jan–jun 2026' / 'jan–jun 2025' explicit and change columns (direction from the sign); 'Folkökning
#   per 1 000 inv. jan–jun 2026' per="capita", 2026 explicit, signed; rows are counties. 'Folkmängden ökade mest i
#   Mälarsunds län, med 3,7 personer per 1 000 invånare' increase; 'minskade befolkningen med 403 personer, vilket
#   motsvarar 3,1 per 1 000 invånare' both decrease (3,1 s None). 'Där var 31 procent av invånarna 65 år eller äldre,
#   jämfört med 21 procent i riket' one time. '80 år eller äldre ökade under halvåret med 14 800 till 623 400' both
#   increase. 'Medelåldern ... 42,1 år den 30 juni, vilket är 0,2 år högre än ett år tidigare' both increase.
#   'varav knappt 170 000 mellan län' s None (elided). 'ungefär lika stort som' has no figure (left out).
# - Defence op-ed (UNDATED): 'I år', 'i dag' give no period; 'Finland ligger på ungefär samma nivå, runt 2,5 procent'
#   s None (a place; the apposition names no measure); 'drygt 4 procent av sin BNP' takes 'sin BNP'. 'Natos riktmärke
#   på 2 procent' a standing benchmark (required, no period), s 'Natos riktmärke'. 'Sedan 2014 ... ökat från cirka 1,1
#   procent av BNP till dagens nivå': the from-value takes 2014 (explicit, the sentence names it), no direction.
#   'Under samma period ... med över 150 procent' increase, no period. 'Räknat per invånare ... ungefär 13 000 kronor
#   per år på försvaret' per="capita", s 'försvaret' (the goal of the money); Norway's 'knappt 17 000 kronor' one time,
#   per carried, s None. 'Försvarsmakten har själv bedömt att det behövs minst 10 000 per år' credited. 'Regeringen
#   har lovat att försvarsanslagen ska nå 3,5 procent av BNP år 2030' credited, 2030 explicit, no direction ('nå').
#   Demands: 'Höj försvarsanslagen till 3 procent av BNP redan 2028' 2028 explicit, increase, s 'BNP' ('X procent av
#   Y'); 'minst 10 000 värnpliktiga utbildas varje år' per="year"; 'mellan 8 och 12 miljarder kronor per år till det
#   civila försvaret' s the goal. 'Enligt våra beräkningar ... omkring 35 miljarder kronor mer per år än regeringens
#   nuvarande plan' against a plan at one time (no direction), enligt 'våra beräkningar' (as r31_a/r32_a), s
#   'förslagen'; 'Det motsvarar knappt 1,5 procent av de offentliga utgifterna' s Y, no speaker (the enligt covers its
#   own sentence). 'tre åtgärder' names the set of demands (optional). List numbering N.
# - Mortgage rates (sidecar 2026-11-03): 'nu', 'November', 'Oktober', 'i oktober', 'i september', 'förra månaden',
#   'för en månad sedan' 2026 lenient; 'för ett år sedan' 2025 lenient (the 64 procent). 'Det är 0,11 procentenheter
#   lägre ... och 0,94 procentenheter lägre' both decrease, s 'Snitträntan' (the size of a change). 'de sex banker vi
#   följer' publisher (first person), optional (method). Table: caption 'procent'; 'November' / 'Oktober' 2026
#   lenient, 'Förändring, procentenheter' percentage_point 2026 lenient signed; rows are banks and the average 'Snitt':
#   s the caption's 'Listräntor för bolån'. 'Skillnaden mellan den dyraste och den billigaste banken är 0,30
#   procentenheter' one time. '2,79 procent, oförändrat' no direction. 'enligt Bankstatistikrådet' credits 2,62 only;
#   'Rabatten ... 0,25 procentenheter' s 'Rabatten mot listräntan'. The example: '3 miljoner kronor' optional (defines
#   it); '275 kronor per månad' decrease ('minskar med'); 'Med snitträntan på 2,87 procent' restates the average
#   (required, 2026 lenient); '7 175 kronor i månaden' and 'drygt 5 000 kronor' per="month" (results); 'ränteavdraget
#   på 30 procent' a rule (optional); 'För ett år sedan hade samma lån kostat ungefär 2 350 kronor mer i månaden' the
#   size of a fall since an earlier point: 2026 lenient, decrease, s 'samma lån'. The economist's 'kring 2,6–2,7
#   procent efter årsskiftet' a range with an approx bound, 2027 lenient, no direction ('hamna kring'). 'knappt 80
#   procent i september, jämfört med 64 procent för ett år sedan' 80 increase (an earlier point).
# - School results (HTML, published 2026-08-26): 'i våras' resolves to 2026 (not lenient); the next sentence's 'Det
#   är en ökning med 1,9 procentenheter jämfört med våren 2025' 2026 lenient increase, s the share's 'Av X' phrase
#   (the size of a change takes what changes); rikets 83,1 one time. 'steg, till 226,4 från 221,8 året innan' 226,4
#   2026 lenient increase, 221,8 2025 lenient (from-value). 'vårterminen 2026' explicit for '1 038 elever'. Girls and
#   boys at one time; 'Skillnaden, 24,2 poäng' a number. Table: caption without a year; 'Behöriga 2026, %' /
#   'Behöriga 2025, %' / 'Meritvärde 2026' / 'Meritvärde 2025' explicit, 'Förändring, procentenheter' 2026 lenient
#   signed; rows are schools: s the column's measure ('Behöriga', 'Meritvärde'); the bold total row by _row (the
#   HTML text has no asterisks). 'har andelen behöriga ökat med drygt 8 procentenheter på tre år' ('2023', '2026')
#   lenient, increase ('på tre år' left out as a figure). '74,2 procent, jämfört med 72,0 procent våren 2025' 74,2
#   increase (2026 lenient, the document's spring), 72,0 2025 explicit. The chair's '14 miljoner kronor ... under de
#   senaste två åren' ('2024', '2026') lenient, s the goal 'fler lärare i matematik och svenska'; her 'minst 90
#   procent' has no period (an aim without a year); the committee's target 'år 2028' explicit (possession, no
#   speaker); 'Under läsåret 2026/27 ... ytterligare 6 miljoner kronor' ('2026', '2027') explicit, no direction, s
#   'satsningen'. 'årskurs 9' a grade name (N every time).
# - Emergency departments (Markdown, dateline 2026-11-16): 'Under oktober' 2026 lenient; '14 286 besök ..., 3,2 procent
#   fler än i oktober 2025' increase. '218 minuter, jämfört med 231 minuter i oktober förra året' 218 decrease, 231
#   2025 explicit (elided). '64 procent. Det är 3 procentenheter högre än för ett år sedan' both increase (s the share);
#   riksgenomsnittet 67 one time. 'Regionens mål är att minst 75 procent av patienterna' a standing target, s Y, no
#   speaker. '58 minuter, sex minuter kortare än i oktober 2025' both decrease. Table: heading 'Väntetider per sjukhus,
#   oktober'; 'Besök okt 2026' count, 'Median vistelsetid okt 2026, min' / 'okt 2025, min' minute, 'Andel inom fyra
#   timmar okt 2026, %' percent, all explicit; 'Förändring besök, %' 2026 lenient signed; rows are hospitals; the
#   header's 'fyra timmar' an optional threshold like the others; the bold total row cell by cell. 'har kortats med 15
#   minuter på ett år' decrease. 'drygt fyra av fem patienter' ratio 0.8 approx. 'medianvistelsetid på 312 minuter,
#   nästan en och en halv timme längre än genomsnittet för alla patienter' one time (1.5 hour approx, apposition keeps
#   the subject). '38 överbeläggningar per dag, vilket är 11 färre än i oktober förra året' both decrease, per="day"
#   (11 carries it, s None). The chief physician's 'var tredje patient' ratio 1/3 (quote). The director's '12 nya
#   vårdplatser' and '15–20 minuter' ('Från januari' in the lead-in: 2027 lenient); '12 nya vårdplatser' no direction,
#   'kortar vistelsetiden ... med 15–20 minuter' decrease. 'regionens fyra akutmottagningar' names the set and
#   'hälften av patienterna' defines the median (both optional).
# - Negatives: datelines and Publicerad lines, titles', breadcrumbs', captions' and column headers' periods, years and
#   dates that only place a claim, a comparison or a target, next-report dates, the '1 000' of rate denominators, table
#   numbers, 'årskurs 9', list numbering, times of day, phone numbers, street numbers, postal codes, org numbers and
#   the copyright year.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER' (as
#   headings), 'januari–oktober', 'januari–juni', 'första halvåret' without a year, 'på tre år', 'de senaste två åren',
#   'på ett år', 'vid årsskiftet', 'för en månad sedan', 'för ett år sedan', 'Den femåriga räntan' / 'en femårig ränta'
#   (a product name written as an adjective), 'läsåret' alone.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2014", "2025", "2026", "2027", "2028", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y14, Y25, Y26, Y27, Y28, Y30 = (Y[y] for y in ("2014", "2025", "2026", "2027", "2028", "2030"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. engineering company, interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    AL = ("Anna Lundholm", "quote")
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet (EBITA)", "Rörelseresultatet")
    OT = ("Den organiska tillväxten", "tillväxten")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RM2 = ("rörelsemarginalen", "rörelsemarginalen")
    RS = ("Resultat efter skatt", "Resultat")
    RA = ("Resultat per aktie", "Resultat")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    NS = ("Nettoskulden", "Nettoskulden")
    AA = ("Antalet anställda", "Antalet")
    GE = ("sin nettoomsättning", "nettoomsättning")
    FT = ("Affärsområde Fordon & Transport", "Affärsområde")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r33_a_verkstad_q3"] = [
        G("9 procent", 9, "percent", ctx="ökade med [9 procent] till", **L26, direction=INC, s=OI, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("1 412", 1412e6, "SEK", ctx="till [1 412] (1 296)", **L26, direction=INC, s=OI, sp=None),
        G("1 296", 1296e6, "SEK", ctx="1 412 ([1 296]) MSEK", **L25, s=OI, sp=None, note="bracket: 'motsvarande period föregående år' (lenient)"),
        G("6 procent", 6, "percent", ctx="orderingången med [6 procent].", **L26, direction=INC, s=("orderingången", "orderingången"), sp=None, note="'Organiskt ökade orderingången med'"),
        G("1 538", 1538e6, "SEK", ctx="till [1 538] (1 471)", **L26, s=NO, sp=None),
        G("1 471", 1471e6, "SEK", ctx="1 538 ([1 471]) MSEK", **L25, s=NO, sp=None),
        G("3", 3, "percent", ctx="tillväxten var [3] (−1) procent", **L26, direction=INC, s=OT, sp=None, note="growth: direction from the sign; unit after the bracket applies to both"),
        G("−1", -1, "percent", ctx="3 ([−1]) procent", **L25, direction=DEC, s=OT, sp=None, note="negative growth: decrease"),
        G("187", 187e6, "SEK", ctx="förbättrades till [187] (162)", **L26, direction=INC, s=RR, sp=None, note="'förbättrades till'"),
        G("162", 162e6, "SEK", ctx="187 ([162]) MSEK", **L25, s=RR, sp=None),
        G("12,2", 12.2, "percent", ctx="rörelsemarginal på [12,2] (11,0)", **L26, s=RM, sp=None, note="'vilket gav': no change stated"),
        G("11,0", 11.0, "percent", ctx="12,2 ([11,0]) procent", **L25, s=RM, sp=None),
        G("121", 121e6, "SEK", ctx="blev [121] (104)", **L26, s=RS, sp=None),
        G("104", 104e6, "SEK", ctx="121 ([104]) MSEK", **L25, s=RS, sp=None),
        G("2,86", 2.86, "SEK", per="share", ctx="blev [2,86] (2,45)", **L26, s=RA, sp=None),
        G("2,45", 2.45, "SEK", per="share", ctx="2,86 ([2,45]) kronor", **L25, s=RA, sp=None),
        G("4 655", 4655e6, "SEK", ctx="uppgick till [4 655] (4 702)", **L26, s=OI, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("4 702", 4702e6, "SEK", ctx="4 655 ([4 702]) MSEK", **L25, s=OI, sp=None),
        G("5 procent", 5, "percent", ctx="ökade med [5 procent] till", **L26, direction=INC, s=NO, sp=None),
        G("4 781", 4781e6, "SEK", ctx="till [4 781] (4 552)", **L26, direction=INC, s=NO, sp=None),
        G("4 552", 4552e6, "SEK", ctx="4 781 ([4 552]) MSEK", **L25, s=NO, sp=None),
        G("552", 552e6, "SEK", ctx="uppgick till [552] (509)", **L26, s=RR, sp=None),
        G("509", 509e6, "SEK", ctx="552 ([509]) MSEK", **L25, s=RR, sp=None),
        G("11,5", 11.5, "percent", ctx="rörelsemarginalen till [11,5] (11,2)", **L26, s=RM2, sp=None),
        G("11,2", 11.2, "percent", ctx="11,5 ([11,2]) procent", **L25, s=RM2, sp=None),
        G("468", 468e6, "SEK", ctx="var [468] (391)", **L26, s=KF, sp=None),
        G("391", 391e6, "SEK", ctx="468 ([391]) MSEK", **L25, s=KF, sp=None),
        G("8,40", 8.40, "SEK", per="share", ctx="blev [8,40] (7,62)", **L26, s=RA, sp=None),
        G("7,62", 7.62, "SEK", per="share", ctx="8,40 ([7,62]) kronor", **L25, s=RA, sp=None),
        G("drygt 20 procent", 20, "percent", bound="approx", **L26, direction=INC, s=("Orderingången från gruvkunderna", "Orderingången"), sp=AL, note="heading 'VD ANNA LUNDHOLM KOMMENTERAR' credits the paragraph; 'jämfört med samma kvartal i fjol': an earlier point"),
        G("två", 2, "count", ctx="vi tog [två] större order", **L26, s=("större order för krossanläggningar", "order"), sp=AL),
        G("cirka 140 MSEK", 140e6, "SEK", bound="approx", **L26, s=("två större order för krossanläggningar", "order"), sp=AL, note="'på sammanlagt'"),
        G("12,2 procent", 12.2, "percent", **L26, s=("Vår rörelsemarginal", "rörelsemarginal"), sp=AL),
        G("minst 13 procent", 13, "percent", bound="at_least", s=("vårt mål", "mål"), sp=AL, note="standing target 'över en konjunkturcykel': no period"),
        G("ungefär 15 procent", 15, "percent", bound="approx", **L26, direction=DEC, s=("volymerna", "volymerna"), sp=AL, note="'lägre än för ett år sedan': an earlier point"),
        G("25–30 procent", None, "percent", low=25, high=30, t=Y27, direction=INC, s=("vår kapacitet för kugghjul", "kapacitet"), sp=AL, note="'höja ... med'; 'under andra halvåret 2027'"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=GE, sp=None, note="'under kvartalet'"),
        G("682 MSEK", 682e6, "SEK", **L26, direction=INC, s=GE, sp=None),
        G("44 procent", 44, "percent", **L26, s=("Affärsområde Gruv & Energi", "Affärsområde"), sp=None, note="'X svarar för Y' takes X"),
        G("8 procent", 8, "percent", ctx="minskade med [8 procent] till", **L26, direction=DEC, s=FT, sp=None),
        G("503 MSEK", 503e6, "SEK", **L26, direction=DEC, s=FT, sp=None),
        G("353 MSEK", 353e6, "SEK", **L26, s=("en omsättning", "omsättning"), sp=None, note="'i stort sett oförändrat': no direction"),
        G("3,5 procent", 3.5, "percent", **L26, direction=INC, s=("koncernens tillväxt", "tillväxt"), sp=None, note="an acquisition's contribution to growth"),
        G("2,0 procent", 2.0, "percent", **L26, direction=DEC, s=("nettoomsättningen", "nettoomsättningen"), sp=None, note="'påverkade ... negativt med'"),
        G("176 MSEK", 176e6, "SEK", **L26, s=KF, sp=None, note="'under tredje kvartalet' (no year)"),
        G("1 214 MSEK", 1214e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("1 388 MSEK", 1388e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("1,6 gånger", 1.6, "number", **L26, s=("nettoskulden i förhållande till EBITDA", "nettoskulden"), sp=None),
        G("högst 420 MSEK", 420e6, "SEK", bound="at_most", t=("2026", "2027"), s=("Investeringarna i den nya fabriken", "Investeringarna"), sp=None, note="'under 2026 och 2027'"),
        G("2 846", 2846, "count", ctx="slut [2 846] (2 791)", **L26, s=AA, sp=None),
        G("2 791", 2791, "count", ctx="2 846 ([2 791])", **L25, s=AA, sp=None),
        *_row(G, "Orderingång", ["1 412", "1 296", "4 655", "4 702"], sq("SEK", 1e6), ("Orderingång", "Orderingång"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Nettoomsättning", ["1 538", "1 471", "4 781", "4 552"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat (EBITA)", ["187", "162", "552", "509"], sq("SEK", 1e6), ("Rörelseresultat (EBITA)", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["12,2", "11,0", "11,5", "11,2"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat efter skatt", ["121", "104", "356", "324"], sq("SEK", 1e6), ("Resultat efter skatt", "Resultat")),
        *_row(G, "Resultat per aktie, kr", ["2,86", "2,45", "8,40", "7,62"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r33_a_verkstad_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("23 oktober 2026", note="dateline"),
        N("2027", ctx="andra halvåret [2027], säger", note="places the forecast"),
        N("2025", ctx="tredje kvartalet [2025].", note="places the comparison"),
        N("2026", ctx="under [2026] och 2027", note="places the forecast"), N("2027", ctx="2026 och [2027]. Antalet", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("07.30", note="time of day"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("5 februari 2027", note="next report"),
        N("021-44 80 10"), N("021-44 80 25"), N("556318-7742", note="org number"),
    ]

    # ------------------------------------------------------------ 2. economic assistance, October 2026 (Markdown, Publicerad 12 november 2026)
    LF = ("Lena Forsgren", "quote")
    HU = ("hushåll", "hushåll")
    HF = ("Hushåll med försörjningsstöd", "Hushåll")
    dc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r33_a_forsorjning_okt"] = [
        G("1 184 hushåll", 1184, "count", t=Y26, direction=DEC, s=HU, sp=None, note="'I oktober 2026'; next sentence 'Det är 63 färre'"),
        G("63", 63, "count", ctx="är [63] färre", **L26, direction=DEC, s=HU, sp=None, note="the size of a change takes what changes"),
        G("5,1 procent", 5.1, "percent", **L26, direction=DEC, s=HU, sp=None),
        G("12,9 miljoner kronor", 12.9e6, "SEK", **L26, s=None, sp=None, note="'under månaden'; passive, no noun"),
        G("10 895 kronor", 10895, "SEK", per="household", **L26, s=None, sp=None, note="'vilket motsvarar i genomsnitt ... per hushåll'"),
        G("4,2 procent", 4.2, "percent", **L26, direction=DEC, s=("Utbetalningarna", "Utbetalningarna"), sp=None, note="'lägre än samma månad förra året': an earlier point"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=("riksnormen", "riksnormen"), sp=None, note="'höjdes med ... vid årsskiftet'"),
        G("2 316 hushåll", 2316, "count", t=Y26, direction=DEC, s=HU, sp=None, note="'Hittills i år'; ', jämfört med ... under januari–oktober 2025'"),
        G("2 402", 2402, "count", t=Y25, s=None, sp=None, note="elided"),
        G("131,6 miljoner kronor", 131.6e6, "SEK", **L26, s=("De totala utbetalningarna för januari–oktober", "utbetalningarna"), sp=None),
        G("71 procent", 71, "percent", **L26, s=("årsbudgeten", "årsbudgeten"), sp=None, note="'X procent av Y' takes Y"),
        G("185 miljoner kronor", 185e6, "SEK", **L26, s=("årsbudgeten", "årsbudgeten"), sp=None),
        *_row(G, "| Centrum", ["298", "321", "−7,2"], dc, HF, sep=" | ", note="Markdown table 'Hushåll med försörjningsstöd per stadsdel, antal': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are districts"),
        *_row(G, "| Norra Älvsta", ["412", "436", "−5,5"], dc, HF, sep=" | "),
        *_row(G, "| Strandhagen", ["187", "179", "+4,5"], dc, HF, sep=" | "),
        *_row(G, "| Västerby", ["203", "219", "−7,3"], dc, HF, sep=" | "),
        *_row(G, "| Landsbygd", ["84", "92", "−8,7"], dc, HF, sep=" | "),
        G("1 184", 1184, "count", ctx="| **Totalt** | **[1 184]** |", t=Y26, s=HF, sp=None, note="bold total row"),
        G("1 247", 1247, "count", ctx="| **1 184** | **[1 247]** |", t=Y25, s=HF, sp=None),
        G("−5,1", -5.1, "percent", ctx="| **1 247** | **[−5,1]** |", **L26, direction=DEC, s=HF, sp=None),
        G("472", 472, "count", ctx="hade [472] haft", **L26, s=("hushållen", "hushållen"), sp=None, note="'Av hushållen i oktober hade': 'Av X' takes X"),
        G("tio månader", 10, "month", bound="at_least", optional=True, s=None, sp=None, note="threshold 'i tio månader eller mer'"),
        G("40 procent", 40, "percent", **L26, direction=DEC, s=None, sp=None, note="'Det motsvarar'; ', att jämföra med ... i oktober förra året': an earlier point"),
        G("43 procent", 43, "percent", t=Y25, s=None, sp=None, note="'i oktober förra året' resolves"),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("hushållen", "hushållen"), sp=None, note="'X av Y' takes Y"),
        G("knappt 20 procent", 20, "percent", bound="approx", **L26, s=None, sp=None, note="elided"),
        G("396 barnfamiljer", 396, "count", **L26, s=("barnfamiljer", "barnfamiljer"), sp=None),
        G("871 barn", 871, "count", **L26, s=("barn", "barn"), sp=None),
        G("2,9 procent", 2.9, "percent", **L26, s=("kommunens invånare", "invånare"), sp=None, note="'X procent av Y' takes Y"),
        G("2,4 procent", 2.4, "percent", **L26, s=("genomsnittet för riket", "genomsnittet"), sp=None, note="the country at one time"),
        G("58 personer", 58, "count", **L26, s=("personer", "personer"), sp=LF, note="quote; 'Under hösten'"),
        G("mellan 1 100 och 1 150", None, "count", low=1100, high=1150, **L26, s=("antalet hushåll", "antalet"), sp=LF, note="forecast 'i december'"),
        G("9 dagar", 9, "day", **L26, direction=DEC, s=("Handläggningstiden för en nyansökan", "Handläggningstiden"), sp=None, note="'i oktober'; ', jämfört med ... ett år tidigare'; 'i genomsnitt' no bound"),
        G("13 dagar", 13, "day", **L25, s=None, sp=None, note="'ett år tidigare' (lenient); elided"),
        G("10 dagar", 10, "day", bound="at_most", s=None, sp=None, note="standing target 'ingen ska behöva vänta mer än': a negated bound; possession, no speaker"),
        G("147 nya ansökningar", 147, "count", **L26, s=("nya ansökningar", "ansökningar"), sp=None),
        G("61", 61, "count", ctx="varav [61] beviljades", **L26, s=None, sp=None, note="'varav'; elided"),
    ]
    NEG["r33_a_forsorjning_okt"] = [
        N("oktober 2026", ctx="bistånd [oktober 2026]", note="title"), N("12 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="I [oktober 2026] fick", note="places the claim"),
        N("oktober 2025", ctx="i [oktober 2025] och", note="places the comparison"),
        N("januari–oktober 2025", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("10 december 2026", note="next report"), N("0570-39 10 00"),
    ]

    # ------------------------------------------------------------ 3. public transport ridership, October 2026 (Publicerad 11 november 2026)
    MS = ("Mikael Sundqvist", "quote")
    RE = ("resor", "resor")
    RD = ("resandet", "resandet")
    RP = ("Resor", "Resor")
    MB = ("Antalet sålda månadsbiljetter", "Antalet")
    tc = [("count", 1000, None, Y26, F, F), ("count", 1000, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r33_a_kollektiv_okt"] = [
        G("3,42 miljoner resor", 3.42e6, "count", t=Y26, direction=INC, s=RE, sp=None, note="'I oktober 2026'; next sentence 'Det är 4,6 procent fler'"),
        G("4,6 procent", 4.6, "percent", **L26, direction=INC, s=RE, sp=None, note="the size of a change takes what changes"),
        G("13,4 procent", 13.4, "percent", **L26, direction=INC, s=RD, sp=None),
        G("812 000 resor", 812000, "count", **L26, direction=INC, s=RD, sp=None, note="'ökade med ... till'"),
        G("1,96 miljoner resor", 1.96e6, "count", **L26, direction=INC, s=RE, sp=None, note="', en ökning med'"),
        G("3,7 procent", 3.7, "percent", **L26, direction=INC, s=RE, sp=None, note="apposition keeps the subject"),
        G("1,8 procent", 1.8, "percent", **L26, direction=DEC, s=("resandet med regionbussarna", "resandet"), sp=None),
        G("två veckor", 2, "week", s=None, sp=None, note="'började två veckor tidigare': a lead on a schedule, no period"),
        *_row(G, "Stadsbuss", ["1 960", "1 890", "+3,7"], tc, RP, note="table 'Resor per trafikslag, tusental': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are modes"),
        *_row(G, "Regionbuss", ["548", "558", "−1,8"], tc, RP),
        *_row(G, "Regionaltåg", ["812", "716", "+13,4"], tc, RP),
        *_row(G, "Skärgårdsbåt", ["41", "44", "−6,8"], tc, RP),
        *_row(G, "Närtrafik", ["59", "62", "−4,8"], tc, RP),
        *_row(G, "Totalt", ["3 420", "3 270", "+4,6"], tc, RP),
        G("31,8 miljoner resor", 31.8e6, "count", **L26, direction=INC, s=RE, sp=None, note="'Under januari–oktober' (no year); ', jämfört med'"),
        G("30,6 miljoner", 30.6e6, "count", t=Y25, s=None, sp=None, note="'samma period i fjol' resolves; elided"),
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=RE, sp=None, note="'Det är en ökning med'"),
        G("ungefär 24 procent", 24, "percent", bound="approx", **L26, s=("Marknadsandelen för kollektivtrafiken", "Marknadsandelen"), sp=None),
        G("drygt 28 procent", 28, "percent", bound="approx", **L26, s=("andelen", "andelen"), sp=None, note="the neighbouring county at one time"),
        G("88,4 procent", 88.4, "percent", **L26, direction=DEC, s=("Punktligheten för regionaltågen", "Punktligheten"), sp=None, note="'i oktober'; ', vilket är ... lägre än i september'"),
        G("3,1 procentenheter", 3.1, "percentage_point", **L26, direction=DEC, s=None, sp=None, note="'vilket'"),
        G("högst fem minuter", 5, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines 'punktligt'"),
        G("90,2 procent", 90.2, "percent", **L26, s=("Det nationella genomsnittet för regionaltåg", "genomsnittet"), sp=None, note="one time"),
        G("46 avgångar", 46, "count", **L26, s=("avgångar", "avgångar"), sp=None),
        G("93 procent", 93, "percent", **L26, s=("punktligheten", "punktligheten"), sp=None, note="against a target: no direction"),
        G("minst 95 procent", 95, "percent", bound="at_least", s=("bolagets mål", "mål"), sp=None, note="standing target"),
        G("över 100 procent", 100, "percent", bound="more_than", **L26, s=("beläggningen", "beläggningen"), sp=MS, note="quote"),
        G("två", 2, "count", ctx="in [två] extra avgångar", **L26, s=("extra avgångar", "avgångar"), sp=MS, note="'från den 13 december'"),
        G("ungefär 300 fler sittplatser", 300, "count", bound="approx", per="departure", **L26, direction=INC, s=("sittplatser", "sittplatser"), sp=MS, note="'per avgång'; the new trains against the old"),
        G("42 600", 42600, "count", **L26, direction=INC, s=MB, sp=None, note="'i oktober'; 'nästan 7 procent fler än ett år tidigare'"),
        G("nästan 7 procent", 7, "percent", bound="approx", **L26, direction=INC, s=MB, sp=None),
        G("895 kronor", 895, "SEK", **L26, s=("En månadsbiljett för vuxen", "månadsbiljett"), sp=None, note="price of a ticket: no per"),
        G("595 kronor", 595, "SEK", **L26, s=("en ungdomsbiljett", "ungdomsbiljett"), sp=None),
        G("20 år", 20, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold 'under 20 år'"),
        G("ungefär en fjärdedel", 0.25, "ratio", bound="approx", **L26, s=("Resenärer under 20 år", "Resenärer"), sp=None, note="'X står för Y' takes X"),
        G("81 procent", 81, "percent", **L26, direction=INC, s=("Andelen biljetter som köptes i appen", "Andelen"), sp=None, note="', jämfört med ... i oktober förra året'"),
        G("74 procent", 74, "percent", t=Y25, s=None, sp=None, note="'i oktober förra året' resolves; elided"),
        G("412 fordon", 412, "count", optional=True, s=("fordon", "fordon"), sp=None, note="method"),
    ]
    NEG["r33_a_kollektiv_okt"] = [
        N("11 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="I [oktober 2026] gjordes", note="places the claim"),
        N("oktober 2025", ctx="i [oktober 2025] och", note="places the comparison"),
        N("2011", note="'sedan bolaget bildades 2011' places the record"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("14 oktober", note="places an event"), N("13 december", note="places the new departures"),
        N("9 december", note="next report"), N("0470-73 20 00"),
    ]

    # ------------------------------------------------------------ 4. population change, first half of 2026 (Publicerad 13 augusti 2026)
    ER = ("Elin Rosander", "quote")
    FM = ("Sveriges folkmängd", "folkmängd")
    PE = ("personer", "personer")
    FMT = ("Folkmängd", "Folkmängd")
    FO = ("Folkökning", "Folkökning")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y26, F, True), ("count", 1, None, Y25, F, True), ("count", 1, "capita", Y26, F, True)]
    GOLD["r33_a_befolkning_h1"] = [
        G("18 412 personer", 18412, "count", t=Y26, direction=INC, s=FM, sp=None, note="'Under första halvåret 2026 ökade'"),
        G("10 672 305 invånare", 10672305, "count", t=Y26, s=FM, sp=None, note="'uppgick den 30 juni till' in the same sentence as 2026"),
        G("24 806 personer", 24806, "count", t=Y25, direction=INC, s=("befolkningen", "befolkningen"), sp=None),
        G("47 318 barn", 47318, "count", **L26, direction=DEC, s=("barn", "barn"), sp=None, note="'Under januari–juni'; ', vilket är ... färre än under samma period 2025'"),
        G("1 204", 1204, "count", ctx="är [1 204] färre", **L26, direction=DEC, s=None, sp=None, note="'vilket'"),
        G("8,9 födda", 8.9, "count", per="capita", **L26, s=("födda", "födda"), sp=None, note="'per 1 000 invånare i årstakt' (value as written)"),
        G("48 027", 48027, "count", **L26, direction=INC, s=("Antalet döda", "Antalet"), sp=None, note="', en ökning med'"),
        G("2,3 procent", 2.3, "percent", **L26, direction=INC, s=("Antalet döda", "Antalet"), sp=None),
        G("−709 personer", -709, "count", **L26, s=("födelsenettot", "födelsenettot"), sp=None, note="a balance: no direction"),
        G("omkring 1,40 barn per kvinna", 1.40, "count", bound="approx", per="woman", **L26, s=("Det summerade fruktsamhetstalet", "fruktsamhetstalet"), sp=ER, note="quote; 'nu'"),
        G("mellan 1,35 och 1,45", None, "count", low=1.35, high=1.45, per="woman", **L26, s=None, sp=ER, note="forecast 'för helåret'; 'det'; per carried"),
        G("44 960 personer", 44960, "count", **L26, direction=DEC, s=PE, sp=None, note="'under första halvåret'; ', 9 procent färre än'"),
        G("9 procent", 9, "percent", **L26, direction=DEC, s=PE, sp=None, note="apposition keeps the subject"),
        G("25 839 personer", 25839, "count", **L26, direction=INC, s=PE, sp=None, note="', drygt 2 000 fler än ett år tidigare'"),
        G("drygt 2 000", 2000, "count", bound="approx", **L26, direction=INC, s=PE, sp=None),
        G("19 121 personer", 19121, "count", **L26, s=("Invandringsöverskottet", "Invandringsöverskottet"), sp=None),
        G("Knappt var femte", 0.2, "ratio", bound="approx", **L26, s=("invandrare", "invandrare"), sp=None),
        *_row(G, "Mälarsunds län", ["2 514 880", "9 214", "11 480", "3,7"], pc, [FMT, FO, FO, FO], note="table 'Tabell 1': 'Folkmängd 30 jun 2026' explicit; 'Folkökning jan–jun 2026' / 'jan–jun 2025' explicit, change columns (direction from the sign); 'Folkökning per 1 000 inv. jan–jun 2026' per capita; rows are counties"),
        *_row(G, "Västerhavs län", ["1 802 340", "5 106", "6 912", "2,8"], pc, [FMT, FO, FO, FO]),
        *_row(G, "Söderslätts län", ["1 405 220", "3 871", "4 405", "2,8"], pc, [FMT, FO, FO, FO]),
        *_row(G, "Ådalens län", ["246 315", "−612", "−288", "−2,5"], pc, [FMT, FO, FO, FO]),
        *_row(G, "Fjällmarkens län", ["128 904", "−403", "−341", "−3,1"], pc, [FMT, FO, FO, FO]),
        *_row(G, "Övriga län", ["4 574 646", "1 236", "2 638", "0,3"], pc, [FMT, FO, FO, FO]),
        *_row(G, "Riket", ["10 672 305", "18 412", "24 806", "1,7"], pc, [FMT, FO, FO, FO]),
        G("3,7 personer", 3.7, "count", per="capita", **L26, direction=INC, s=("Folkmängden", "Folkmängden"), sp=None, note="'ökade mest i Mälarsunds län, med'; the county is a place"),
        G("403 personer", 403, "count", **L26, direction=DEC, s=("befolkningen", "befolkningen"), sp=None),
        G("3,1", 3.1, "count", ctx="motsvarar [3,1] per", per="capita", **L26, direction=DEC, s=None, sp=None, note="'vilket motsvarar'"),
        G("31 procent", 31, "percent", **L26, s=("invånarna", "invånarna"), sp=None, note="'X procent av Y' takes Y; 'jämfört med 21 procent i riket': one time"),
        G("65 år", 65, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold"),
        G("21 procent", 21, "percent", **L26, s=None, sp=None, note="the country at one time; elided"),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold"),
        G("14 800", 14800, "count", **L26, direction=INC, s=("Antalet personer som är 80 år eller äldre", "Antalet"), sp=None, note="'ökade under halvåret med ... till'"),
        G("623 400", 623400, "count", **L26, direction=INC, s=("Antalet personer som är 80 år eller äldre", "Antalet"), sp=None),
        G("42,1 år", 42.1, "year", **L26, direction=INC, s=("Medelåldern i befolkningen", "Medelåldern"), sp=None, note="'den 30 juni'; ', vilket är 0,2 år högre än ett år tidigare'"),
        G("0,2 år", 0.2, "year", **L26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("612 500 flyttningar", 612500, "count", **L26, s=("flyttningar", "flyttningar"), sp=None),
        G("knappt 170 000", 170000, "count", bound="approx", **L26, s=None, sp=None, note="'varav'; elided"),
    ]
    NEG["r33_a_befolkning_h1"] = [
        N("första halvåret 2026", occ=1, note="title"), N("2001", ctx="lägsta sedan [2001]", note="headline: places the record"),
        N("13 augusti 2026", note="Publicerad"),
        N("första halvåret 2026", occ=2, note="places the claim"),
        N("30 juni", ctx="den [30 juni] till", note="places the level"),
        N("2001", ctx="halvår sedan [2001].", note="places the record"),
        N("första halvåret 2025", occ=1, note="places the claim"),
        N("2025", ctx="samma period [2025].", note="places the comparison"),
        N("1 000", ctx="födda per [1 000] invånare", note="rate denominator"),
        N("första halvåret 2025", occ=2, note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("första halvåret 2026", occ=3, note="caption"), N("2025", ctx="2026 och [2025] Län", note="caption"),
        N("1 000", ctx="Folkökning per [1 000] inv.", note="column header"),
        N("30 jun 2026", note="column header"),
        N("jan–jun 2026", occ=1, note="column header"), N("jan–jun 2025", note="column header"), N("jan–jun 2026", occ=2, note="column header"),
        N("1 000", ctx="personer per [1 000] invånare, medan", note="rate denominator"),
        N("1 000", ctx="3,1 per [1 000] invånare och", note="rate denominator"),
        N("30 juni", ctx="år den [30 juni], vilket", note="places the level"),
        N("första halvåret 2025", occ=3, note="places the comparison"),
        N("2026", ctx="hela [2026] publiceras", note="names the next release"), N("19 februari 2027", note="next release"),
        N("010-479 35 12"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on defence spending (no date, no sidecar)
    VB = ("våra beräkningar", "enligt")
    BNP = ("BNP", "BNP")
    GOLD["r33_a_debatt_forsvar"] = [
        G("omkring 2,4 procent", 2.4, "percent", bound="approx", s=BNP, sp=None, note="'I år' undated: no period; 'X procent av Y' takes Y"),
        G("runt 2,5 procent", 2.5, "percent", bound="approx", s=None, sp=None, note="Finland is a place; one time"),
        G("drygt 4 procent", 4, "percent", bound="approx", s=("sin BNP", "BNP"), sp=None, note="Poland at one time"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between countries: no direction"),
        G("2 procent", 2, "percent", ctx="riktmärke på [2 procent]", s=("Natos riktmärke", "riktmärke"), sp=None, note="a standing benchmark: no period"),
        G("cirka 1,1 procent", 1.1, "percent", bound="approx", t=Y14, s=BNP, sp=None, note="from-value of 'Sedan 2014 ... ökat från ... till dagens nivå': the year the sentence names"),
        G("över 150 procent", 150, "percent", bound="more_than", direction=INC, s=("sina försvarsutgifter", "försvarsutgifter"), sp=None, note="'Under samma period' undated: no period"),
        G("ungefär 13 000 kronor", 13000, "SEK", bound="approx", per="capita", s=("försvaret", "försvaret"), sp=None, note="'Räknat per invånare ... per år': the non-time denominator wins; the goal of the money"),
        G("knappt 17 000 kronor", 17000, "SEK", bound="approx", per="capita", s=None, sp=None, note="Norway at one time; per carried"),
        G("omkring 280 000 soldater", 280000, "count", bound="approx", s=("soldater", "soldater"), sp=None),
        G("ungefär 90 000 personer", 90000, "count", bound="approx", s=("den svenska krigsorganisationen", "krigsorganisationen"), sp=None),
        G("mer än tre gånger så många", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier between countries"),
        G("hälften så många", 0.5, "ratio", optional=True, s=None, sp=None, note="multiplier between countries"),
        G("drygt 7 000 värnpliktiga", 7000, "count", bound="approx", per="year", s=("värnpliktiga", "värnpliktiga"), sp=None, note="'i dag' undated: no period"),
        G("minst 10 000", 10000, "count", ctx="behövs [minst 10 000] per år", bound="at_least", per="year", s=None, sp=("Försvarsmakten", "credited"), note="'Försvarsmakten har själv bedömt'; elided"),
        G("mindre än 1 procent", 1, "percent", bound="less_than", s=("försvarsbudgeten", "försvarsbudgeten"), sp=None),
        G("3,5 procent", 3.5, "percent", t=Y30, s=BNP, sp=("Regeringen", "credited"), note="'ska nå ... år 2030': a target, no direction"),
        G("tre åtgärder", 3, "count", optional=True, s=("åtgärder", "åtgärder"), sp=None, note="names the set of demands"),
        G("3 procent", 3, "percent", ctx="till [3 procent] av BNP redan", t=Y28, direction=INC, s=BNP, sp=None, note="demand 'Höj ... till ... redan 2028'"),
        G("minst 10 000 värnpliktiga", 10000, "count", bound="at_least", per="year", s=("värnpliktiga", "värnpliktiga"), sp=None, note="demand; 'varje år'"),
        G("mellan 8 och 12 miljarder kronor", None, "SEK", low=8e9, high=12e9, per="year", s=("det civila försvaret", "försvaret"), sp=None, note="demand; the goal of the money"),
        G("omkring 35 miljarder kronor", 35e9, "SEK", bound="approx", per="year", s=("förslagen", "förslagen"), sp=VB, note="'mer per år än regeringens nuvarande plan': against a plan, no direction"),
        G("knappt 1,5 procent", 1.5, "percent", bound="approx", s=("de offentliga utgifterna", "utgifterna"), sp=None, note="'Det motsvarar'; 'X procent av Y' takes Y"),
    ]
    NEG["r33_a_debatt_forsvar"] = [
        N("2014", ctx="Sedan [2014] har", note="places the change"),
        N("2030", ctx="BNP år [2030].", note="places the target"),
        N("1.", ctx="[1.] Höj", note="list number"), N("2028", ctx="BNP redan [2028].", note="places the demand"),
        N("2.", ctx="[2.] Bygg", note="list number"), N("3.", ctx="[3.] Avsätt", note="list number"),
    ]

    # ------------------------------------------------------------ 6. monthly mortgage-rate report, November (sidecar 2026-11-03)
    JR = ("Jonas Rehn", "quote")
    PUB = ("Räntekollen", "publisher")
    SR = ("Snitträntan för nya bolån med tre månaders bindningstid", "Snitträntan")
    LR = ("Listräntor för bolån", "Listräntor")
    FR = ("Den femåriga räntan", "räntan")
    RK = ("räntekostnaden", "räntekostnaden")
    mc = [("percent", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, F), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r33_a_bolan_nov"] = [
        G("tre månaders", 3, "month", ctx="med [tre månaders] bindningstid hos", optional=True, s=None, sp=None, note="defines the product"),
        G("sex banker", 6, "count", occ=1, optional=True, s=("banker", "banker"), sp=PUB, note="'de sex banker vi följer': method"),
        G("2,87 procent", 2.87, "percent", ctx="vi följer är nu [2,87 procent].", **L26, direction=DEC, s=SR, sp=PUB, note="'nu'; next sentence 'Det är ... lägre'"),
        G("0,11 procentenheter", 0.11, "percentage_point", **L26, direction=DEC, s=SR, sp=None, note="'Det är ... lägre än för en månad sedan': the size of a change"),
        G("0,94 procentenheter", 0.94, "percentage_point", **L26, direction=DEC, s=SR, sp=None, note="'lägre än för ett år sedan'"),
        G("sex banker", 6, "count", occ=2, optional=True, s=("banker", "banker"), sp=None, note="'Samtliga sex banker': names the set"),
        G("tre månaders", 3, "month", ctx="med [tre månaders] bindningstid, procent", optional=True, s=None, sp=None, note="caption: defines the product"),
        *_row(G, "Fjärdbanken", ["3,04", "3,14", "−0,10"], mc, LR, note="table 'Listräntor för bolån med tre månaders bindningstid, procent': 'November' / 'Oktober' 2026 lenient, 'Förändring, procentenheter' 2026 lenient signed; rows are banks"),
        *_row(G, "Sparbanken Ådal", ["2,95", "3,05", "−0,10"], mc, LR),
        *_row(G, "Hemlånebanken", ["2,79", "2,94", "−0,15"], mc, LR),
        *_row(G, "Skogsbanken", ["2,89", "2,99", "−0,10"], mc, LR),
        *_row(G, "Lånekassan Syd", ["2,74", "2,84", "−0,10"], mc, LR),
        *_row(G, "Bank Norrsken", ["2,81", "2,92", "−0,11"], mc, LR),
        *_row(G, "Snitt", ["2,87", "2,98", "−0,11"], mc, LR, note="the average row"),
        G("0,30 procentenheter", 0.30, "percentage_point", **L26, s=("Skillnaden mellan den dyraste och den billigaste banken", "Skillnaden"), sp=None, note="one time"),
        G("ett års", 1, "year", optional=True, s=None, sp=None, note="defines the product 'ett års bindningstid'"),
        G("2,79 procent", 2.79, "percent", **L26, s=("snitträntan", "snitträntan"), sp=None, note="'oförändrat jämfört med förra månaden': no direction"),
        G("0,06 procentenheter", 0.06, "percentage_point", **L26, direction=INC, s=FR, sp=None, note="'steg ... med ... till'"),
        G("3,18 procent", 3.18, "percent", **L26, direction=INC, s=FR, sp=None),
        G("drygt 0,3 procentenheter", 0.3, "percentage_point", bound="approx", **L26, s=("en femårig ränta", "ränta"), sp=None, note="fixed against variable at one time"),
        G("2,62 procent", 2.62, "percent", **L26, s=("Den genomsnittliga räntan som bankerna faktiskt tog ut på nya bolån med rörlig ränta", "räntan"), sp=("Bankstatistikrådet", "enligt"), note="'i oktober' (no year)"),
        G("0,25 procentenheter", 0.25, "percentage_point", **L26, s=("Rabatten mot listräntan", "Rabatten"), sp=None, note="'i genomsnitt' no bound"),
        G("3 miljoner kronor", 3e6, "SEK", optional=True, s=("ett bolån", "bolån"), sp=None, note="defines the example"),
        G("275 kronor per månad", 275, "SEK", per="month", **L26, direction=DEC, s=RK, sp=None, note="'minskar med'"),
        G("2,87 procent", 2.87, "percent", ctx="snitträntan på [2,87 procent]", **L26, s=("snitträntan", "snitträntan"), sp=None, note="restates the average in the example"),
        G("7 175 kronor", 7175, "SEK", per="month", **L26, s=RK, sp=None, note="result of the example; 'i månaden'"),
        G("drygt 5 000 kronor", 5000, "SEK", bound="approx", per="month", **L26, s=None, sp=None, note="', eller ... efter ränteavdraget': elided; per carried"),
        G("30 procent", 30, "percent", ctx="ränteavdraget på [30 procent].", optional=True, s=("ränteavdraget", "ränteavdraget"), sp=None, note="a rule"),
        G("ungefär 2 350 kronor", 2350, "SEK", bound="approx", per="month", **L26, direction=DEC, s=("samma lån", "lån"), sp=None, note="'För ett år sedan hade samma lån kostat ... mer i månaden': the size of a fall since an earlier point"),
        G("2,6–2,7 procent", None, "percent", low=2.6, high=2.7, bound="approx", **L27, s=("de rörliga bolåneräntorna", "bolåneräntorna"), sp=JR, note="quote; 'kring ... efter årsskiftet'"),
        G("knappt 80 procent", 80, "percent", bound="approx", **L26, direction=INC, s=("Andelen nya bolån med rörlig ränta", "Andelen"), sp=None, note="'i september'; ', jämfört med ... för ett år sedan'"),
        G("64 procent", 64, "percent", **L25, s=None, sp=None, note="'för ett år sedan' (lenient); elided"),
        G("sex största bolåneinstituten", 6, "count", optional=True, s=("bolåneinstituten", "bolåneinstituten"), sp=PUB, note="method"),
    ]
    NEG["r33_a_bolan_nov"] = []

    # ------------------------------------------------------------ 7. school results, grade 9, spring 2026 (HTML, Publicerad 26 augusti 2026)
    IH = ("Ingrid Holmqvist", "quote")
    EL = ("de elever som gick ut årskurs 9 i Lindmora kommun", "elever")
    MV = ("det genomsnittliga meritvärdet", "meritvärdet")
    BH = ("Behöriga", "Behöriga")
    ME = ("Meritvärde", "Meritvärde")
    scol = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, True, True),
            ("number", 1, None, Y26, F, F), ("number", 1, None, Y25, F, F)]
    sk = [BH, BH, BH, ME, ME]
    GOLD["r33_a_skola_ak9"] = [
        G("84,6 procent", 84.6, "percent", t=Y26, direction=INC, s=EL, sp=None, note="'i våras' resolves; next sentence 'Det är en ökning med'; 'Av X ... Y procent' takes X"),
        G("1,9 procentenheter", 1.9, "percentage_point", **L26, direction=INC, s=EL, sp=None, note="the size of a change takes what changes"),
        G("83,1 procent", 83.1, "percent", **L26, s=("rikets genomsnitt", "genomsnitt"), sp=None, note="one time"),
        G("226,4", 226.4, "number", ctx="till [226,4] från", **L26, direction=INC, s=MV, sp=None, note="'steg, till ... från'"),
        G("221,8", 221.8, "number", ctx="från [221,8] året", **L25, s=MV, sp=None, note="from-value 'året innan'"),
        G("1 038 elever", 1038, "count", t=Y26, s=("elever", "elever"), sp=None, note="'vårterminen 2026'"),
        G("238,9", 238.9, "number", ctx="meritvärde på [238,9]", **L26, s=("ett genomsnittligt meritvärde", "meritvärde"), sp=None, note="girls against boys at one time"),
        G("214,7", 214.7, "number", ctx="med [214,7] för", **L26, s=None, sp=None, note="elided"),
        G("24,2 poäng", 24.2, "number", **L26, s=("Skillnaden", "Skillnaden"), sp=None, note="one time"),
        G("87,9 procent", 87.9, "percent", **L26, s=("flickorna", "flickorna"), sp=None, note="'Av X blev Y procent' takes X"),
        G("81,5 procent", 81.5, "percent", **L26, s=("motsvarande andel för pojkarna", "andel"), sp=None),
        *_row(G, "Björkängsskolan", ["89,3", "86,0", "+3,3", "238,1", "231,5"], scol, sk, note="HTML table (caption without a year): 'Behöriga 2026, %' / 'Behöriga 2025, %' / 'Meritvärde 2026' / 'Meritvärde 2025' explicit, 'Förändring, procentenheter' 2026 lenient signed; rows are schools"),
        *_row(G, "Centralskolan", ["81,2", "82,4", "−1,2", "219,6", "220,3"], scol, sk),
        *_row(G, "Furulundsskolan", ["86,7", "83,9", "+2,8", "229,0", "222,6"], scol, sk),
        *_row(G, "Kvarnbackens skola", ["78,4", "75,1", "+3,3", "208,7", "203,2"], scol, sk),
        *_row(G, "Sjöviksskolan", ["88,0", "88,5", "−0,5", "235,2", "233,0"], scol, sk),
        *_row(G, "Kommunen totalt", ["84,6", "82,7", "+1,9", "226,4", "221,8"], scol, sk, note="bold total row"),
        G("drygt 8 procentenheter", 8, "percentage_point", bound="approx", t=("2023", "2026"), lenient=True, direction=INC, s=("andelen behöriga", "andelen"), sp=None, note="'på tre år'"),
        G("74,2 procent", 74.2, "percent", **L26, direction=INC, s=("Andelen elever som klarade kunskapskraven i alla ämnen", "Andelen"), sp=None, note="', jämfört med ... våren 2025'"),
        G("72,0 procent", 72.0, "percent", t=Y25, s=None, sp=None, note="'våren 2025'; elided"),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, s=("eleverna", "eleverna"), sp=None, note="'X procent av Y' takes Y"),
        G("14 miljoner kronor", 14e6, "SEK", t=("2024", "2026"), lenient=True, s=("fler lärare i matematik och svenska", "lärare"), sp=IH, note="quote; 'under de senaste två åren'; the goal of the money"),
        G("minst 90 procent", 90, "percent", occ=1, bound="at_least", s=("eleverna", "eleverna"), sp=IH, note="an aim without a year"),
        G("minst 90 procent", 90, "percent", occ=2, bound="at_least", t=Y28, s=("eleverna i årskurs 9", "eleverna"), sp=None, note="target 'år 2028'; 'Nämndens mål' is possession"),
        G("6 miljoner kronor", 6e6, "SEK", t=("2026", "2027"), s=("satsningen", "satsningen"), sp=None, note="'Under läsåret 2026/27 ... ytterligare'"),
    ]
    NEG["r33_a_skola_ak9"] = [
        N("årskurs 9", ctx="› Bättre betyg i [årskurs 9]", note="breadcrumb; a grade name"),
        N("årskurs 9", ctx="Fler elever i [årskurs 9] behöriga", note="headline; a grade name"),
        N("26 augusti 2026", note="Publicerad"),
        N("årskurs 9", ctx="gick ut [årskurs 9] i Lindmora", note="a grade name"),
        N("våren 2025", ctx="jämfört med [våren 2025] och", note="places the comparison"),
        N("årskurs 9", ctx="elever ut [årskurs 9] i kommunens", note="a grade name"),
        N("vårterminen 2026", note="places the claim"),
        N("2026", ctx="Behöriga [2026], %", note="column header"), N("2025", ctx="Behöriga [2025], %", note="column header"),
        N("2026", ctx="Meritvärde [2026]", note="column header"), N("2025", ctx="Meritvärde [2025]", note="column header"),
        N("våren 2025", ctx="procent [våren 2025].", note="places the comparison"),
        N("årskurs 9", ctx="eleverna i [årskurs 9] ska", note="a grade name"),
        N("2028", note="places the target"), N("2026/27", note="places the money"),
        N("18", ctx="Storgatan [18]", note="street number"), N("826 80", note="postal code"), N("0652-360 00"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. emergency-department waiting times, October 2026 (Markdown, dateline 16 november 2026)
    SL = ("Sara Lindgren", "quote")
    PA = ("Per Axelsson", "quote")
    BE = ("besök", "besök")
    AF = ("Andelen patienter som lämnade akutmottagningen inom fyra timmar", "Andelen")
    MVT = ("Medianväntetiden till första läkarbedömning", "Medianväntetiden")
    ac = [("count", 1, None, Y26, F, F), ("percent", 1, None, Y26, True, True), ("minute", 1, None, Y26, F, F),
          ("minute", 1, None, Y25, F, F), ("percent", 1, None, Y26, F, F)]
    ak = [("Besök", "Besök"), BE, ("Median vistelsetid", "Median"), ("Median vistelsetid", "Median"), ("Andel inom fyra timmar", "Andel")]
    GOLD["r33_a_akut_okt"] = [
        G("14 286 besök", 14286, "count", **L26, direction=INC, s=BE, sp=None, note="'Under oktober' (no year); ', 3,2 procent fler än i oktober 2025'"),
        G("fyra akutmottagningar", 4, "count", optional=True, s=("akutmottagningar", "akutmottagningar"), sp=None, note="names the set"),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=BE, sp=None, note="apposition keeps the subject"),
        G("hälften", 0.5, "ratio", ctx="innan [hälften] av patienterna", optional=True, s=("patienterna", "patienterna"), sp=None, note="defines the median"),
        G("218 minuter", 218, "minute", **L26, direction=DEC, s=("Medianvistelsetiden", "Medianvistelsetiden"), sp=None, note="', jämfört med ... i oktober förra året'"),
        G("231 minuter", 231, "minute", t=Y25, s=None, sp=None, note="'i oktober förra året' resolves; elided"),
        G("fyra timmar", 4, "hour", occ=1, bound="at_most", optional=True, s=None, sp=None, note="threshold 'inom fyra timmar' defining the share"),
        G("64 procent", 64, "percent", ctx="timmar var [64 procent]", **L26, direction=INC, s=AF, sp=None, note="next sentence 'Det är 3 procentenheter högre än för ett år sedan'"),
        G("3 procentenheter", 3, "percentage_point", **L26, direction=INC, s=AF, sp=None, note="the size of a change takes what changes"),
        G("67 procent", 67, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("minst 75 procent", 75, "percent", bound="at_least", s=("patienterna", "patienterna"), sp=None, note="standing target; 'Regionens mål' is possession"),
        G("fyra timmar", 4, "hour", occ=2, bound="at_most", optional=True, s=None, sp=None, note="threshold in the target"),
        G("58 minuter", 58, "minute", **L26, direction=DEC, s=MVT, sp=None, note="', sex minuter kortare än i oktober 2025'"),
        G("sex minuter", 6, "minute", **L26, direction=DEC, s=MVT, sp=None, note="apposition keeps the subject"),
        G("fyra timmar", 4, "hour", ctx="Andel inom [fyra timmar] okt", bound="at_most", optional=True, s=None, sp=None, note="threshold in a column header"),
        *_row(G, "| Centralsjukhuset Karlsby", ["6 412", "+4,1", "241", "256", "59"], ac, ak, sep=" | ", note="Markdown table under 'Väntetider per sjukhus, oktober': 'okt 2026' / 'okt 2025' columns explicit, 'Förändring besök, %' 2026 lenient signed; rows are hospitals"),
        *_row(G, "| Ådalssjukhuset", ["3 870", "+2,6", "212", "224", "65"], ac, ak, sep=" | "),
        *_row(G, "| Lasarettet i Ekhamn", ["2 519", "+1,8", "196", "207", "70"], ac, ak, sep=" | "),
        *_row(G, "| Bergviks närakut", ["1 485", "+3,0", "142", "151", "81"], ac, ak, sep=" | "),
        G("14 286", 14286, "count", ctx="| **Regionen totalt** | **[14 286]** |", t=Y26, s=ak[0], sp=None, note="bold total row"),
        G("+3,2", 3.2, "percent", ctx="| **14 286** | **[+3,2]** |", **L26, direction=INC, s=BE, sp=None),
        G("218", 218, "minute", ctx="| **+3,2** | **[218]** |", t=Y26, s=ak[2], sp=None),
        G("231", 231, "minute", ctx="| **218** | **[231]** |", t=Y25, s=ak[3], sp=None),
        G("64", 64, "percent", ctx="| **231** | **[64]** |", t=Y26, s=ak[4], sp=None),
        G("15 minuter", 15, "minute", **L26, direction=DEC, s=("vistelsetiden", "vistelsetiden"), sp=None, note="'har kortats med ... på ett år'"),
        G("drygt fyra av fem", 0.8, "ratio", bound="approx", **L26, s=("patienter", "patienter"), sp=None, note="'X av Y' takes Y"),
        G("fyra timmar", 4, "hour", occ=4, bound="at_most", optional=True, s=None, sp=None, note="threshold"),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold"),
        G("312 minuter", 312, "minute", **L26, s=("en medianvistelsetid", "medianvistelsetid"), sp=None),
        G("nästan en och en halv timme", 1.5, "hour", bound="approx", **L26, s=("en medianvistelsetid", "medianvistelsetid"), sp=None, note="against all patients at one time; apposition keeps the subject"),
        G("38 överbeläggningar", 38, "count", per="day", **L26, direction=DEC, s=("överbeläggningar", "överbeläggningar"), sp=None, note="'i genomsnitt ... per dag'; ', vilket är 11 färre än i oktober förra året'"),
        G("11", 11, "count", ctx="är [11] färre", per="day", **L26, direction=DEC, s=None, sp=None, note="'vilket'; per carried"),
        G("var tredje", 1 / 3, "ratio", **L26, s=("patient", "patient"), sp=SL, note="quote"),
        G("fyra timmar", 4, "hour", occ=5, bound="more_than", optional=True, s=None, sp=SL, note="threshold 'mer än fyra timmar'"),
        G("12 nya vårdplatser", 12, "count", **L27, s=("nya vårdplatser", "vårdplatser"), sp=PA, note="quote; 'Från januari' in the lead-in"),
        G("15–20 minuter", None, "minute", low=15, high=20, **L27, direction=DEC, s=("vistelsetiden på akuten", "vistelsetiden"), sp=PA, note="'kortar ... med'"),
    ]
    NEG["r33_a_akut_okt"] = [
        N("16 november 2026", note="dateline"),
        N("oktober 2025", ctx="än i [oktober 2025]. Trots", note="places the comparison"),
        N("oktober 2025", ctx="kortare än i [oktober 2025].", note="places the comparison"),
        N("okt 2026", ctx="Besök [okt 2026] |", note="column header"),
        N("okt 2026", ctx="vistelsetid [okt 2026], min", note="column header"),
        N("okt 2025", ctx="vistelsetid [okt 2025], min", note="column header"),
        N("okt 2026", ctx="timmar [okt 2026], %", note="column header"),
        N("15 december 2026", note="next report"), N("021-17 30 00"),
    ]

    return GOLD, NEG
