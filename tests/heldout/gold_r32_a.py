"""Round 32, part A (r32_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 32, part A (r32_a_*): eight kinds, written from scratch (r32_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed energy
# company's interim report January-September 2026 (dateline 'Falun den 29 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in MSEK,
# TWh and kronor, 'minskade till', 'ökade till', 'varav vattenkraft 4,12 (3,95) TWh'; a CEO section headed 'VD HELENA
# ÅSTRÖM KOMMENTERAR' ('14 procent mer än under samma kvartal förra året', 'sjönk till 38 öre per kWh från 52 öre ett
# år tidigare', a winter range 'mellan 60 och 80 öre per kWh', 'drygt 70 procent av den planerade produktionen för
# 2027') and a quote ending 'säger vd Helena Åström' ('tre månader före tidsplanen', 'knappt en femtedel'); generation
# by source in TWh, inflow 'cirka 12 procent över det normala', reservoir levels against the price area at one time,
# district heat in GWh ', en minskning med'; investments 'varav', 'högst 1,5 miljarder kronor' for 2026, net debt ',
# jämfört med ... vid årsskiftet', staff '812 (794)'; plain-text table 'KONCERNEN I SAMMANDRAG' 'MSEK' 'Jul–sep 2026' /
# 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with rows in TWh and kr), a statistics office's new-vehicle
# registrations for November 2026 ('Publicerad 30 november 2026'; a headline 'elbilarna över 40 procent'; 'I november
# 2026 ... en ökning med 7,4 procent jämfört med november 2025', 'vilket motsvarar en andel på', 'I november förra
# året', 'Under januari–november ... 2,1 procent fler än under samma period 2025'; plain-text table 'Tabell 1.
# Nyregistrerade personbilar efter drivmedel, antal' 'Nov 2026' / 'Nov 2025' / 'Förändring, %'; 'knappt 58 procent',
# diesel 'svarade för drygt 6 procent ..., att jämföra med nästan 30 procent för fem år sedan'; two counties at one
# time; light trucks; heavy trucks 'vilket är 64 fler än i november 2025', 'Av dem var 58 eldrivna', buses 'varav',
# 'Hittills i år ..., jämfört med ... under samma period förra året'; deregistrations and a mean age in år; a
# statistician's forecast 'mellan 38 och 40 procent'; a definition 'över 3,5 ton'), a municipality's waste statistics
# for 2025 (HTML with menu, breadcrumb and footer, 'Publicerad 14 april 2026'; '412 kilo hushållsavfall' per
# inhabitant, 'Det är 9 kilo mindre än året innan och lägre än riksgenomsnittet', '51,3 procent ..., en ökning med 2,4
# procentenheter', 'knappt hälften', 'Mindre än 1 procent'; HTML table 'Insamlat hushållsavfall, kilo per invånare'
# '2025' / '2024' / 'Förändring, %' with a bold total row; 'drygt 8 av 10 hushåll', biogas 'motsvarande cirka 430 000
# liter bensin', a pick analysis, recycling centres ('tre', visits 'ungefär 4 procent fler än 2024', '96 kronor',
# 'drygt 41 ton'); the waste manager's 'mellan 30 och 40 kilo per person och år'; targets 'Enligt kommunens
# avfallsplan' 'högst 350 kilo per invånare år 2030', 'minst 65 procent', 'ska halveras jämfört med 2020, då det
# uppgick till 204 kilo'; the fee 'höjdes den 1 januari 2026 med 3,5 procent', '3 480 kronor per år' against the
# county's '3 920 kronor'; litter 'omkring 62 ton', 'drygt 1 900 barn från 24 skolor'), a police region's half-year
# report on fraud 2026 (Markdown, 'Publicerad 20 augusti 2026'; 'Under första halvåret 2026 anmäldes 21 684
# bedrägeribrott. Det är en minskning med 5,8 procent jämfört med första halvåret 2025, då 23 019 ...', 'per 100 000
# invånare' against the country's 1 148; 'Enligt polisens sammanställning ... minst 312 miljoner kronor ..., jämfört
# med 268 miljoner kronor', 'Det genomsnittliga beloppet per anmält bedrägeri steg därmed till drygt 14 000 kronor';
# Markdown table 'Brottstyp' 'Jan–jun 2026' / 'Jan–jun 2025' / 'Förändring, %' with a bold total row; investment fraud
# 'utgör ungefär 5 procent', 'står för nästan 60 procent ..., omkring 185 miljoner kronor', 'I elva av fallen ... mer
# än 2 miljoner kronor'; the head of unit's quotes ('i genomsnitt förlorar de 164 000 kronor', 'Hittills i år har vi
# gripit 46 personer'); 'minskade med nästan en femtedel', 'Drygt hälften ... 75 år eller äldre'; '9 procent', a target
# 'minst 12 procent ... vid årets slut', '47 dagar, tio dagar kortare än ett år tidigare'), an UNDATED op-ed on pensions
# comparing Sweden with Norway and Denmark (no date, no sidecar; 'omkring 53 procent av sin slutlön', 'runt 68
# procent', 'nästan 80 procent, enligt beräkningar från OECD', 'ungefär 27 procentenheter mer'; a worked example '30 000
# kronor i månaden' -> 'cirka 14 800 kronor', Denmark 'nästan 19 000 kronor', 'knappt hälften av slutlönen'; 'ungefär
# 60 procent' planned; 'Sedan 1999 ... sjunkit med omkring 10 procentenheter', 'drygt tre år', 'ungefär 68 års ålder',
# '58 procent' against 'över 90 procent', '19 400 kronor per månad ..., vilket är hälften så mycket som'; '30 procent
# lägre pension', 'var femte kvinna över 65 år', Norway's '9 procent', 'mellan 12 och 18 procent av lönen'; three
# numbered demands ('till 20 procent', 'enligt våra beräkningar ... drygt 1 500 kronor mer i månaden', 'minst 4,5
# procent', 'ingen pensionär har mindre än 13 000 kronor i månaden'); 'över 2 000 miljarder kronor'), a weekly
# food-price report for week 46 dated only by its sidecar (2026-11-13; 'Vår korg med 12 basvaror ... 618,40 kronor i de
# 40 butiker vi följer, en ökning med 1,2 procent jämfört med för fyra veckor sedan', 'Jämfört med samma vecka i fjol
# ... 3,8 procent dyrare'; coffee '74,90 kronor, 6,20 kronor mer än för fyra veckor sedan och nästan 22 procent mer än
# för ett år sedan'; butter 'kostar nu 104,50 kronor per kilo'; plain-text table 'Priser på basvaror, kronor
# (genomsnitt i 40 butiker)' 'Denna vecka' / 'För 4 veckor sedan' / 'För ett år sedan' / 'Förändring 1 år, %' with
# rows 'per liter' / 'per kilo'; 'drygt 15 procent dyrare på fyra veckor'; shops compared at one time ('142 kronor',
# '11 procent under', 'ungefär 8 procent dyrare än i storstäderna'); an analyst's '5–10 procent dyrare före jul';
# 'Enligt den senaste officiella statistiken ... i oktober 2,9 procent högre än ett år tidigare', 'cirka 10 400 kronor
# per månad'; the method '12 varor', '40 butiker i 14 kommuner'), a regional hospital's annual report 2025 (Markdown,
# 'Publicerad 26 mars 2026'; care days 'under 2025 ..., 2,7 procent färre än 2024', episodes 'ökade ... med 1,4 procent
# till 35 410', length of stay 'sjönk till 4,2 dagar från 4,4 dagar året innan', beds ', 12 färre än 2024', occupancy
# against a target 'högst 90 procent', 'periodvis över 105 procent'; Markdown table 'Klinik' 'Vårddagar 2025' /
# 'Vårddagar 2024' / 'Förändring, %' / 'Medelvårdtid 2025, dagar' with a bold total row; net cost, 'Kostnaden per
# vårddag ... 14 870 kronor, jämfört med 13 960 kronor 2024. Det är drygt 6 procent mer', the other hospital's 15 640
# at one time; agency staff 'minskade till ... från ... året innan', a target 'högst 2 procent ... år 2027'; the ER
# ('168 besök per dygn', '58 minuter', 'inom fyra timmar' 71 against the country's 66 procent); the director's quote
# ('inom 30 dagar ... knappt 12 procent', 'mellan 20 och 25 fler sjuksköterskor'); staff, sick leave 'en minskning med
# 0,4 procentenheter'), and a sports federation's membership statistics 2026 (dateline 'Stockholm den 9 oktober 2026';
# 'Den 30 september 2026 hade unionens 412 föreningar sammanlagt 28 946 medlemmar. Det är 1 738 fler ... och en
# ökning med 6,4 procent. Sedan 2019 ... vuxit med 41 procent'; licences 'ökade till 6 214 från 5 870 i fjol', 'Drygt
# var femte'; plain-text table 'Medlemmar per åldersgrupp, 30 september' '2026' / '2025' / '2019' / 'Förändring
# 2025–2026, %'; the share of girls 'under 20 år ... 38 procent, en ökning från 31 procent 2019', women '34 procent,
# jämfört med 42 procent i idrottsrörelsen som helhet'; activity 'drygt 184 000, enligt ...', 'nästan dubbelt så många
# som under första halvåret 2019'; the chair's quote 'minst 40 föreningar', 'mer än ett år'; a county '5,1 medlemmar per
# 1 000 invånare' against the country's 2,7; clubs 'ökade ... med 14, men 6 föreningar lades ned'; competitions;
# targets for 2030 and the fee 'höjs från 2027 med 10 kronor till 95 kronor per medlem och år').
# The r8-r31 decisions are followed (see the headers of gold_r28_a.py, gold_r30_a.py and gold_r31_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'samma vecka i fjol',
# 'I november förra året') resolves against the publication date and is not lenient, while 'ett år tidigare', 'året
# innan', 'vid årsskiftet', 'för fem år sedan', 'för fyra veckor sedan', 'för ett år sedan', 'i dag', 'nu', a month,
# quarter or half-year without a year ('I oktober', 'Under januari–november', 'TREDJE KVARTALET', 'under första
# halvåret'), a heading's, a caption's or the document's period and present tense are lenient; brackets 'motsvarande
# period föregående år' are lenient; a level followed by ', jämfört med', ', en ökning/minskning med', 'Det är X
# fler/mindre', 'vilket är X fler', ', X procent färre än' is the new value after a change; from-values have no
# direction; comparisons at one time (the country, another county, the price area, another hospital, Norway and
# Denmark, men against women, shop types, the normal level, a target) have no direction; a comparison with an earlier
# point takes the current period with a direction; multipliers ('hälften så mycket', 'nästan dubbelt så många',
# 'halveras') optional; definitions of an example ('30 000 kronor i månaden', 'vid 65 år', '450 gram', the basket's '12
# basvaror' and the survey's '40 butiker' / '14 kommuner') and thresholds ('över 3,5 ton', 'mer än 2 miljoner kronor'
# defining 'elva av fallen', '75 år eller äldre', 'över 65 år', 'under 20 år', 'inom fyra timmar', 'inom 30 dagar')
# optional; results of worked examples, forecasts, targets and demands required; standing targets with no year ('högst
# 90 procent') have no period; table cells take their column headers' periods (a caption's period lenient), change
# columns take their direction from the sign ('0,0' none); rows that are categories take the caption's or heading's
# measure as subject; a change column whose header names its span ('Förändring 2025–2026, %') is about its own year,
# 2026 explicit (HEAD: the base year is the baseline); öre are SEK/100; 'per kWh' per="kWh", 'per kilo' per="kg", 'per
# liter' per="l", 'per aktie' per="share", 'per invånare', 'per 100 000 invånare' and 'per 1 000 invånare' per="capita"
# with the value as written, 'per person och år' / 'per medlem och år' per="capita" (the non-time denominator wins,
# r21_b), 'per år' per="year", 'per månad' / 'i månaden' per="month", 'per dygn' per="day"; 'vilket' / 'Det' /
# elided nouns / pronouns ('av dem', 'de') have s None, except that the size of a change ('Det är en minskning med',
# 'Det är 1 738 fler', 'Det är drygt 6 procent mer') takes the thing that changes from the previous sentence; a
# country, county or hospital as grammatical subject is a place (s None); 'X står för Y' / 'X svarar för Y' / 'X utgör
# Y av Z' / 'X blir Y av Z' take X (a pronoun X gives None); 'X procent av Y' and 'X av Y' take Y; the payer, the
# loser, the earner and the recipient are no subject; an apposition keeps the subject of its figure; a paragraph
# ending in 'säger' credits every figure in it to the speaker (quote); the UNDATED text has no period on any figure
# and its signatories are no speaker.
# Where those were silent, decided here:
# - Energy (dateline 2026-10-29): the CEO section's heading 'VD HELENA ÅSTRÖM KOMMENTERAR' is a lead-in line that
#   credits its paragraph to her (quote), as is the '– ..., säger vd Helena Åström' paragraph. 'Vår vattenkraft
#   producerade 14 procent mer än under samma kvartal förra året' 2026 lenient (the quarter), increase (an earlier
#   point). 'sjönk till 38 öre per kWh från 52 öre ett år tidigare': 38 decrease, 52 2025 lenient (from-value); s 'det
#   genomsnittliga pris vi fick för vår el'. The winter range ('2026', '2027') lenient (r31's WINTER). 'drygt 70 procent
#   av den planerade produktionen för 2027' takes 2027 (the year the hedge is for, the year in the sentence) and Y. 'tre
#   månader före tidsplanen' a duration, s None (a lead on a schedule), no period. Generation by source in the third
#   quarter 2026 lenient; 'cirka 12 procent över det normala' against the normal (one time), '88 procent ..., jämfört
#   med 81 procent för elområdet som helhet' one time (81 elided). 'under årets första nio månader' 2026 lenient.
#   'varav 610 MSEK i vindparken' s the goal of the investment. 'För helåret 2026 ... högst 1,5 miljarder kronor' 2026
#   explicit (a forecast). Table: 'MSEK' scales the unit-less rows, 'TWh' and 'kr' rows take those; columns explicit.
# - New cars (published 2026-11-30): 'I november 2026' explicit for its sentence (both the level and '7,4 procent');
#   'Av dessa var 9 874 elbilar, vilket motsvarar en andel på 40,6 procent' 2026 lenient, no direction (the sentence
#   states no change; the 2025 share stands in the next sentence). The headline 'elbilarna över 40 procent' more_than,
#   2026 lenient. 'Under januari–november' 2026 lenient. 'svarade för drygt 6 procent ..., att jämföra med nästan 30
#   procent för fem år sedan' 6 decrease (an earlier point), 30 2021 lenient. Counties at one time ('den lägsta'
#   elided). 'vilket är 64 fler än i november 2025' makes '512 nya tunga lastbilar' an increase, '64' s None
#   ('vilket'). 'Av dem var 58 eldrivna' s None (pronoun, 'eldrivna' elides the noun). 'varav 97 elbussar' s the noun
#   after the number. 'Hittills i år ... 1 402' 2026 explicit increase, '1 289 ... samma period förra året' 2025
#   explicit. The statistician's 'elbilsandelen för helåret ... mellan 38 och 40 procent' 2026 lenient, no direction.
#   Table: 'Nov 2026' / 'Nov 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are fuels: s the caption's
#   'Nyregistrerade personbilar'. 'Tabell 1' N.
# - Waste (HTML, published 2026-04-14): 'under 2025' explicit; the annual report's other figures ('under året', 'i
#   oktober', past tense) 2025 lenient; 'I dag sorterar drygt 8 av 10 hushåll' 2026 lenient ('i dag' is the publication
#   time), ratio 0.8 approx, s 'hushåll' ('X av Y' takes Y). 'Varje invånare ... 412 kilo hushållsavfall' per="capita",
#   decrease ('Det är 9 kilo mindre än året innan'); '9 kilo' per capita carried, s 'hushållsavfall' ('Det' stands for
#   it: the size of a change takes what changes), 2025 lenient, decrease. The national
#   '431 kilo per invånare' one time. 'biogas motsvarande cirka 430 000 liter bensin' l, s 'biogas' (the noun the
#   figure is attached to). 'Ett besök kostar kommunen i genomsnitt 96 kronor' per None ('Ett besök' is no written
#   'per'), s 'Ett besök' (the payer 'kommunen' is no subject). 'Kommunens tre återvinningscentraler' optional (names
#   the set). The manager's hypothetical 'skulle ... minska restavfallet med mellan 30 och 40 kilo per person och år'
#   decrease, no period. 'Enligt kommunens avfallsplan' credits both targets of its sentence (enligt), 2030 explicit;
#   'minska till högst 350 kilo' decrease (a change word in the target), 'minst 65 procent ska gå till' none. 'ska
#   halveras jämfört med 2020' an optional multiplier, 2030 lenient (the heading), decrease; '204 kilo per invånare'
#   2020 explicit ('2020, då det uppgick till'), s None ('det'). 'höjdes den 1 januari 2026 med 3,5 procent' 2026
#   explicit, increase; 'betalar nu 3 480 kronor per år' 2026 lenient, s None (the payer); the county's '3 920 kronor'
#   one time, per year carried. 'ungefär lika mycket som 2024' has no figure (left out). Table: caption 'kilo per
#   invånare' (kg, per="capita"), '2025' / '2024' explicit, 'Förändring, %' 2025 lenient signed ('0,0' none); rows
#   are waste types: s the caption's 'Insamlat hushållsavfall'; the bold total row cell by cell.
# - Fraud (Markdown, published 2026-08-20): 'Under första halvåret 2026' explicit; the next sentence's 'Det är en
#   minskning med 5,8 procent jämfört med första halvåret 2025' 2026 lenient, decrease, s the fraud count (the size of
#   a change takes what changes); '23 019' 2025 explicit ('första halvåret 2025, då'). 'under perioden', 'i genomsnitt',
#   present tense 2026 lenient. 'Enligt polisens sammanställning' credits both amounts of its sentence (the losers are
#   no subject); 'minst 312 miljoner kronor' increase (', jämfört med'). 'Det genomsnittliga beloppet per anmält
#   bedrägeri steg därmed till drygt 14 000 kronor' per="fraud" (as 'per tömning' per="emptying"), increase. 'De 1 127
#   anmälningarna utgör ungefär 5 procent av alla bedrägerier' the restated count and 'X utgör Y av Z' taking X; 'de
#   står för nästan 60 procent' s None (pronoun X), 'omkring 185 miljoner kronor' an apposition (s None). 'I elva av
#   fallen förlorade brottsoffret mer än 2 miljoner kronor': 'elva' s 'fallen', the 2 million a threshold (optional).
#   'Telefonbedrägerierna minskade med nästan en femtedel' decrease; the next sentence's 'bedömer polisen' credits a
#   judgement about the cause, not the figure (sp None). 'Hittills i år' explicit. The target 'minst 12 procent ...
#   vid årets slut' 2026 lenient. '47 dagar, tio dagar kortare än ett år tidigare' both decrease. Table: 'Jan–jun 2026'
#   / 'Jan–jun 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are fraud types: s the heading's 'Anmälda
#   bedrägerier'; the bold total row cell by cell.
# - Pensions op-ed (UNDATED): no period anywhere ('i dag', 'Sedan 1999' has no end in an undated text; the year N).
#   'enligt beräkningar från OECD' credits the two figures of its sentence, not the Swedish 53 procent before it.
#   'omkring 53 procent av sin slutlön' and 'ungefär 27 procentenheter mer av slutlönen' take 'slutlönen' (the earner is
#   no subject; 27 one time, no direction). The example: 'vid 65 år' and '30 000 kronor i månaden' optional; 'en allmän
#   pension på cirka 14 800 kronor' and Denmark's 'nästan 19 000 kronor' per="month" (carried from the example's 'i
#   månaden'). 'Den svenska pensionen blir alltså knappt hälften av slutlönen' and 'pensionen skulle ligga på ungefär
#   60 procent av slutlönen' take X. 'arbeta till ungefär 68 års ålder' year, s 'ålder' (r31's '21,5 års'). 'räknats upp
#   med 58 procent' / 'stigit med över 90 procent' increase. 'hälften så mycket som en genomsnittlig månadslön' an
#   optional multiplier, ratio 0.5. 'En kvinna får i genomsnitt 30 procent lägre pension än en man' one time, s
#   'pension'. The demands: 'Höj pensionsavgiften till 20 procent' increase; 'enligt våra beräkningar ... drygt 1 500
#   kronor mer i månaden' increase, speaker 'våra beräkningar' (enligt, as r31_a), s None (the recipient); 'minst 4,5
#   procent'; 'så att ingen pensionär har mindre än 13 000 kronor i månaden' a negated bound: at_least (r2's negated
#   bound), s None (the recipient). List numbering N.
# - Food prices (sidecar 2026-11-13, week 46): 'i veckan', 'nu', 'i dag', 'före jul', the columns 'Denna vecka' / 'För
#   4 veckor sedan' 2026 lenient; 'samma vecka i fjol' resolves to 2025 but the figure '3,8 procent dyrare' is this
#   week's (2026 lenient, increase, an earlier point); the column 'För ett år sedan' 2025 lenient; 'Förändring 1 år, %'
#   2026 lenient signed. The sender's first-person sentences ('Vår korg ... i de 40 butiker vi följer', 'i vår
#   mätning', 'de fullsortimentsbutiker vi mätte') have the publisher as speaker. 'Ett paket bryggkaffe på 450 gram
#   kostade i snitt 74,90 kronor, 6,20 kronor mer ... och nästan 22 procent mer ...' all increase (earlier points), s
#   the package. The table: 'kronor' from the caption (SEK), per from each row label ('per liter' l, 'per kilo' kg);
#   rows are items: s the caption's 'Priser på basvaror'. Shop types and regions compared at one time. 'i oktober 2,9
#   procent högre än ett år tidigare' 2026 lenient, increase, enligt 'den senaste officiella statistiken'. 'ett
#   hushåll med två vuxna och två barn' defines the household (left out, no digits).
# - Hospital (Markdown, published 2026-03-26): 'under 2025', 'Under 2025' explicit, the rest of the year's figures
#   ('under året', 'Vid årets slut', past tense) 2025 lenient; 'året innan' 2024 lenient (from-values). 'Kostnaden per
#   vårddag' per="day" (a care day is a day), '13 960 kronor 2024' 2024 explicit (elided), 'Det är drygt 6 procent
#   mer' increase with the cost as subject; the other hospital's 15 640 one time. 'inhyrd personal ska stå för högst 2
#   procent av personalkostnaderna år 2027' a target, 2027 explicit, s X ('inhyrd personal'). 'Beläggningen var 93
#   procent, vilket är över regionens mål på högst 90 procent' 93 no direction, 90 a standing target (no period). The
#   director's quote: 'knappt 12 procent' (present tense about the report's year) 2025 lenient, 'vi behöver mellan 20
#   och 25 fler sjuksköterskor' a need (no period, no direction: 'fler' against today's staff, no change over time).
#   Table: 'Vårddagar 2025' / 'Vårddagar 2024' / 'Medelvårdtid 2025, dagar' explicit, 'Förändring, %' 2025 lenient
#   signed; rows are clinics, columns are measures ('Vårddagar', 'Medelvårdtid'); the bold total row cell by cell.
# - Sports federation (dateline 2026-10-09): 'Den 30 september 2026' explicit; 'vid samma tid förra året', 'i fjol'
#   2025 explicit; 'Sedan 2019' ('2019', '2026') lenient (r29 SINCE19). 'Det är 1 738 fler ... och en ökning med 6,4
#   procent' 2026 lenient increase, s 'medlemmar' (the size of a change). 'en ökning från 31 procent 2019': 38 increase,
#   31 2019 explicit (from-value). 'Av unionens samtliga medlemmar är 34 procent kvinnor' takes Y; the sports movement's
#   42 one time (s None, elided). 'drygt 184 000, enligt föreningarnas redovisning av aktivitetsstödet' enligt,
#   increase (the next sentence 'nästan dubbelt så många som under första halvåret 2019', an earlier point; the
#   multiplier optional). The chair's 'minst 40 föreningar' 2026 lenient ('i dag'), 'mer än ett år' a duration (no
#   period, s None). 'Antalet föreningar ökade under året med 14' increase; '6 föreningar lades ned' a count of
#   closures (no direction). Targets 'år 2030' explicit, no direction ('nå' is no change word). 'höjs från 2027 med 10
#   kronor till 95 kronor per medlem och år' 2027 explicit, increase, per="capita". Table: '2026' / '2025' / '2019'
#   explicit, 'Förändring 2025–2026, %' 2026 explicit signed; rows are age groups (labels N, r12_b): s the caption's
#   'Medlemmar'.
# - Negatives: datelines and Publicerad lines, titles', breadcrumbs', captions' and column headers' periods, years and
#   dates that only place a claim, a comparison or a target, next-report dates, the '100 000' and '1 000' of rate
#   denominators, table numbers, age-band row labels, list numbering, phone numbers, street numbers, postal codes, org
#   numbers and the copyright year.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER' (as
#   headings), 'januari–september', 'januari–november', 'årets första nio månader', 'första halvåret' without a year,
#   'SE3', 'fyra veckor' in 'för fyra veckor sedan' / 'på fyra veckor', 'två vuxna och två barn', 'ett år tidigare',
#   'det senaste decenniet', 'SM'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2020", "2021", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y20, Y21, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2019", "2020", "2021", "2024", "2025", "2026", "2027", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. energy company, interim report Jan-Sep 2026 (dateline 29 oktober 2026)
    HA = ("Helena Åström", "quote")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    EP = ("Elproduktionen", "Elproduktionen")
    RA = ("Resultat per aktie", "Resultat")
    VK = ("vattenkraft", "vattenkraft")
    FV = ("Fjärrvärmeleveranserna", "Fjärrvärmeleveranserna")
    NS = ("Nettoskulden", "Nettoskulden")
    AA = ("Antalet anställda", "Antalet")
    WINTER = ("2026", "2027")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r32_a_energi_q3"] = [
        G("2 184", 2184e6, "SEK", ctx="till [2 184] (2 461)", **L26, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("2 461", 2461e6, "SEK", ctx="2 184 ([2 461]) MSEK", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (lenient)"),
        G("612", 612e6, "SEK", ctx="minskade till [612] (744)", **L26, direction=DEC, s=EB, sp=None, note="'minskade till'"),
        G("744", 744e6, "SEK", ctx="612 ([744]) MSEK", **L25, s=EB, sp=None),
        G("318", 318e6, "SEK", ctx="blev [318] (452)", **L26, s=RR, sp=None),
        G("452", 452e6, "SEK", ctx="318 ([452]) MSEK", **L25, s=RR, sp=None),
        G("1,92", 1.92, "TWh", ctx="uppgick till [1,92] (1,78)", **L26, s=EP, sp=None),
        G("1,78", 1.78, "TWh", ctx="1,92 ([1,78]) TWh", **L25, s=EP, sp=None),
        G("1,04", 1.04, "SEK", per="share", ctx="blev [1,04] (1,57)", **L26, s=RA, sp=None),
        G("1,57", 1.57, "SEK", per="share", ctx="1,04 ([1,57]) kronor", **L25, s=RA, sp=None),
        G("6,2 procent", 6.2, "percent", **L26, direction=DEC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("7 905", 7905e6, "SEK", ctx="till [7 905] (8 428)", **L26, direction=DEC, s=NO, sp=None),
        G("8 428", 8428e6, "SEK", ctx="7 905 ([8 428]) MSEK", **L25, s=NO, sp=None),
        G("2 361", 2361e6, "SEK", ctx="till [2 361] (2 690)", **L26, s=EB, sp=None),
        G("2 690", 2690e6, "SEK", ctx="2 361 ([2 690]) MSEK", **L25, s=EB, sp=None),
        G("6,41", 6.41, "TWh", ctx="ökade till [6,41] (5,87)", **L26, direction=INC, s=EP, sp=None),
        G("5,87", 5.87, "TWh", ctx="6,41 ([5,87]) TWh", **L25, s=EP, sp=None),
        G("4,12", 4.12, "TWh", ctx="vattenkraft [4,12] (3,95)", **L26, s=VK, sp=None, note="'varav'"),
        G("3,95", 3.95, "TWh", ctx="4,12 ([3,95]) TWh", **L25, s=VK, sp=None),
        G("4,36", 4.36, "SEK", per="share", ctx="blev [4,36] (5,12)", **L26, s=RA, sp=None),
        G("5,12", 5.12, "SEK", per="share", ctx="4,36 ([5,12]) kronor", **L25, s=RA, sp=None),
        G("14 procent", 14, "percent", **L26, direction=INC, s=("Vår vattenkraft", "vattenkraft"), sp=HA, note="heading credits the CEO; 'mer än under samma kvartal förra året': an earlier point"),
        G("38 öre per kWh", 0.38, "SEK", per="kWh", **L26, direction=DEC, s=("det genomsnittliga pris vi fick för vår el", "pris"), sp=HA, note="'sjönk till ... från'"),
        G("52 öre", 0.52, "SEK", per="kWh", **L25, s=("det genomsnittliga pris vi fick för vår el", "pris"), sp=HA, note="from-value 'ett år tidigare'; per carried"),
        G("mellan 60 och 80 öre per kWh", None, "SEK", low=0.6, high=0.8, per="kWh", t=WINTER, lenient=True, s=("elpriset i elområde SE3", "elpriset"), sp=HA, note="forecast for the coming winter"),
        G("drygt 70 procent", 70, "percent", bound="approx", t=Y27, s=("den planerade produktionen för 2027", "produktionen"), sp=HA, note="'X procent av Y' takes Y; the year the hedge is for"),
        G("tre månader", 3, "month", s=None, sp=HA, note="'tre månader före tidsplanen': a lead on the schedule"),
        G("knappt en femtedel", 0.2, "ratio", bound="approx", **L26, s=("Vindparken i Norrbäcken", "Vindparken"), sp=HA, note="'X står för Y' takes X"),
        G("1,92 TWh", 1.92, "TWh", **L26, s=("Koncernens totala elproduktion", "elproduktion"), sp=None, note="'under tredje kvartalet'"),
        G("1,21 TWh", 1.21, "TWh", **L26, s=("Vattenkraften", "Vattenkraften"), sp=None),
        G("0,58 TWh", 0.58, "TWh", **L26, s=("vindkraften", "vindkraften"), sp=None),
        G("0,13 TWh", 0.13, "TWh", **L26, s=("kraftvärmen", "kraftvärmen"), sp=None),
        G("cirka 12 procent", 12, "percent", bound="approx", **L26, s=("Tillrinningen till bolagets magasin", "Tillrinningen"), sp=None, note="against the normal: no direction"),
        G("88 procent", 88, "percent", **L26, s=("fyllnadsgraden", "fyllnadsgraden"), sp=None, note="'vid kvartalets slut'"),
        G("81 procent", 81, "percent", **L26, s=None, sp=None, note="the price area at one time; elided"),
        G("312 GWh", 312, "GWh", **L26, direction=DEC, s=FV, sp=None, note="'under årets första nio månader'; ', en minskning med'"),
        G("3 procent", 3, "percent", ctx="minskning med [3 procent],", **L26, direction=DEC, s=FV, sp=None, note="apposition keeps the subject"),
        G("1 046 MSEK", 1046e6, "SEK", **L26, s=("Investeringarna", "Investeringarna"), sp=None, note="'under januari–september'"),
        G("610 MSEK", 610e6, "SEK", **L26, s=("vindparken", "vindparken"), sp=None, note="'varav ... i vindparken': the goal of the investment"),
        G("högst 1,5 miljarder kronor", 1.5e9, "SEK", bound="at_most", t=Y26, s=("investeringarna", "investeringarna"), sp=None, note="forecast 'För helåret 2026'"),
        G("4 870 MSEK", 4870e6, "SEK", **L26, direction=INC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("4 215 MSEK", 4215e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("812", 812, "count", ctx="var [812] (794)", **L26, s=AA, sp=None),
        G("794", 794, "count", ctx="812 ([794])", **L25, s=AA, sp=None),
        *_row(G, "Nettoomsättning", ["2 184", "2 461", "7 905", "8 428"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "EBITDA", ["612", "744", "2 361", "2 690"], sq("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "Rörelseresultat", ["318", "452", "1 418", "1 751"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Elproduktion, TWh", ["1,92", "1,78", "6,41", "5,87"], sq("TWh", 1), ("Elproduktion", "Elproduktion")),
        *_row(G, "Resultat per aktie, kr", ["1,04", "1,57", "4,36", "5,12"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r32_a_energi_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("29 oktober 2026", note="dateline"),
        N("2027", ctx="produktionen för [2027]", note="places the hedge"),
        N("2026", ctx="helåret [2026]", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("11 februari 2027", note="next report"),
        N("023-48 17 00"), N("023-48 17 12"), N("556741-3320", note="org number"),
    ]

    # ------------------------------------------------------------ 2. new-vehicle registrations November 2026 (Publicerad 30 november 2026)
    KL = ("Karin Lindquist", "quote")
    PB = ("personbilar", "personbilar")
    NP = ("nya personbilar", "personbilar")
    LL = ("Antalet nyregistrerade lätta lastbilar", "Antalet")
    TL = ("nya tunga lastbilar", "lastbilar")
    NB = ("nya bussar", "bussar")
    bc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    NRP = ("Nyregistrerade personbilar", "personbilar")
    GOLD["r32_a_nybil_nov"] = [
        G("över 40 procent", 40, "percent", bound="more_than", **L26, s=("elbilarna", "elbilarna"), sp=None, note="headline"),
        G("24 318 personbilar", 24318, "count", t=Y26, direction=INC, s=PB, sp=None, note="'I november 2026'; ', en ökning med ... jämfört med november 2025'"),
        G("7,4 procent", 7.4, "percent", ctx="ökning med [7,4 procent] jämfört", t=Y26, direction=INC, s=PB, sp=None, note="apposition keeps the subject"),
        G("9 874 elbilar", 9874, "count", **L26, s=("elbilar", "elbilar"), sp=None, note="'Av dessa'"),
        G("40,6 procent", 40.6, "percent", **L26, s=("en andel", "andel"), sp=None, note="no change stated in the sentence"),
        G("34,9 procent", 34.9, "percent", t=Y25, s=("elbilsandelen", "elbilsandelen"), sp=None, note="'I november förra året' resolves"),
        G("247 605 nya personbilar", 247605, "count", **L26, direction=INC, s=NP, sp=None, note="'Under januari–november' (no year); ', 2,1 procent fler än under samma period 2025'"),
        G("2,1 procent", 2.1, "percent", **L26, direction=INC, s=NP, sp=None, note="apposition keeps the subject"),
        G("37,2 procent", 37.2, "percent", **L26, s=("Elbilarnas andel", "andel"), sp=None),
        *_row(G, "El", ["9 874", "7 904", "+24,9"], bc, NRP, note="table 'Tabell 1. Nyregistrerade personbilar efter drivmedel, antal': 'Nov 2026' / 'Nov 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are fuels: s the caption's measure"),
        *_row(G, "Laddhybrid", ["4 102", "4 388", "−6,5"], bc, NRP),
        *_row(G, "Elhybrid", ["3 951", "3 617", "+9,2"], bc, NRP),
        *_row(G, "Bensin", ["4 716", "4 905", "−3,9"], bc, NRP),
        *_row(G, "Diesel", ["1 512", "1 662", "−9,0"], bc, NRP),
        *_row(G, "Övriga", ["163", "167", "−2,4"], bc, NRP),
        *_row(G, "Totalt", ["24 318", "22 643", "+7,4"], bc, NRP),
        G("knappt 58 procent", 58, "percent", bound="approx", **L26, s=("de nya personbilarna", "personbilarna"), sp=None, note="'X procent av Y' takes Y"),
        G("drygt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("Dieselbilarna", "Dieselbilarna"), sp=None, note="'X svarar för Y' takes X; ', att jämföra med ... för fem år sedan': an earlier point"),
        G("nästan 30 procent", 30, "percent", bound="approx", t=Y21, lenient=True, s=None, sp=None, note="'för fem år sedan'; elided"),
        G("48,3 procent", 48.3, "percent", **L26, s=("den högsta elbilsandelen", "elbilsandelen"), sp=None, note="counties at one time; the county is a place"),
        G("22,7 procent", 22.7, "percent", **L26, s=None, sp=None, note="'den lägsta' elided"),
        G("3 206", 3206, "count", ctx="var [3 206] i november", **L26, direction=DEC, s=LL, sp=None, note="', en minskning med'"),
        G("11,8 procent", 11.8, "percent", **L26, direction=DEC, s=LL, sp=None),
        G("19 procent", 19, "percent", **L26, s=("Andelen eldrivna bland de lätta lastbilarna", "Andelen"), sp=None),
        G("512 nya tunga lastbilar", 512, "count", **L26, direction=INC, s=TL, sp=None, note="'vilket är 64 fler än i november 2025'"),
        G("64", 64, "count", ctx="är [64] fler", **L26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("58", 58, "count", ctx="var [58] eldrivna", **L26, s=None, sp=None, note="'Av dem' (pronoun); elided noun"),
        G("146", 146, "count", ctx="uppgick till [146],", **L26, s=("Antalet nya bussar", "Antalet"), sp=None),
        G("97 elbussar", 97, "count", **L26, s=("elbussar", "elbussar"), sp=None, note="'varav'"),
        G("1 402 nya bussar", 1402, "count", t=Y26, direction=INC, s=NB, sp=None, note="'Hittills i år'; ', jämfört med ... under samma period förra året'"),
        G("1 289", 1289, "count", t=Y25, s=None, sp=None, note="'samma period förra året' resolves; elided"),
        G("15 870 personbilar", 15870, "count", **L26, s=PB, sp=None, note="deregistered 'I november'"),
        G("18,4 år", 18.4, "year", **L26, s=("Den genomsnittliga åldern på en avregistrerad personbil", "åldern"), sp=None),
        G("mellan 38 och 40 procent", None, "percent", low=38, high=40, **L26, s=("elbilsandelen", "elbilsandelen"), sp=KL, note="quote; forecast 'för helåret'"),
        G("3,5 ton", 3.5, "tonne", bound="more_than", optional=True, s=("en totalvikt", "totalvikt"), sp=None, note="definition of a heavy truck"),
    ]
    NEG["r32_a_nybil_nov"] = [
        N("november 2026", note="title"), N("30 november 2026", note="Publicerad"),
        N("november 2026", ctx="I [november 2026] nyregistrerades", note="places the claim"),
        N("november 2025", ctx="jämfört med [november 2025]. Av", note="places the comparison"),
        N("2025", ctx="samma period [2025]", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("Nov 2026", note="column header"), N("Nov 2025", note="column header"),
        N("november 2025", ctx="i [november 2025]. Av dem", note="places the comparison"),
        N("5 januari 2027", note="next publication"), N("010-495 62 30"),
    ]

    # ------------------------------------------------------------ 3. municipality's waste statistics 2025 (HTML, Publicerad 14 april 2026)
    MO = ("Maria Öhrvall", "quote")
    AP = ("kommunens avfallsplan", "enligt")
    HA2 = ("hushållsavfall", "hushållsavfall")
    HF = ("hushållsavfallet", "hushållsavfallet")
    BE = ("besök", "besök")
    IH = ("Insamlat hushållsavfall", "hushållsavfall")
    wc = [("kg", 1, "capita", Y25, F, F), ("kg", 1, "capita", Y24, F, F), ("percent", 1, None, Y25, True, True)]
    GOLD["r32_a_avfall_2025"] = [
        G("412 kilo", 412, "kg", per="capita", t=Y25, direction=DEC, s=HA2, sp=None, note="'Varje invånare ... under 2025'; next sentence 'Det är 9 kilo mindre än året innan'"),
        G("9 kilo", 9, "kg", per="capita", **L25, direction=DEC, s=HA2, sp=None, note="the size of a change takes what changes ('Det')"),
        G("431 kilo per invånare", 431, "kg", per="capita", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time: no direction"),
        G("51,3 procent", 51.3, "percent", **L25, direction=INC, s=HF, sp=None, note="'Av X gick Y procent' takes X; ', en ökning med ... jämfört med 2024'"),
        G("2,4 procentenheter", 2.4, "percentage_point", **L25, direction=INC, s=HF, sp=None),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L25, s=("Resten", "Resten"), sp=None),
        G("Mindre än 1 procent", 1, "percent", bound="less_than", **L25, s=None, sp=None, note="elided"),
        *_row(G, "Restavfall", ["148", "161", "−8,1"], wc, IH, note="HTML table 'Insamlat hushållsavfall, kilo per invånare': '2025' / '2024' explicit, 'Förändring, %' 2025 lenient signed; rows are waste types"),
        *_row(G, "Matavfall", ["47", "42", "+11,9"], wc, IH),
        *_row(G, "Förpackningar och tidningar", ["63", "65", "−3,1"], wc, IH),
        *_row(G, "Grovavfall via återvinningscentral", ["139", "138", "+0,7"], wc, IH),
        *_row(G, "Farligt avfall och elavfall", ["15", "15", "0,0"], wc, IH, note="'0,0': no direction"),
        *_row(G, "Totalt", ["412", "421", "−2,1"], wc, IH, note="bold total row"),
        G("drygt 8 av 10", 0.8, "ratio", bound="approx", **L26, s=("hushåll", "hushåll"), sp=None, note="'I dag' (the publication time); 'X av Y' takes Y"),
        G("cirka 430 000 liter", 430000, "l", bound="approx", **L25, s=("biogas", "biogas"), sp=None, note="'biogas motsvarande ... bensin'"),
        G("27 procent", 27, "percent", **L25, s=("innehållet i restavfallspåsarna", "innehållet"), sp=None, note="'i oktober' (the report's year); 'X procent av Y' takes Y"),
        G("18 procent", 18, "percent", **L25, s=None, sp=None, note="'ytterligare ... var förpackningar': elided"),
        G("tre återvinningscentraler", 3, "count", optional=True, s=("återvinningscentraler", "återvinningscentraler"), sp=None, note="names the set"),
        G("186 500 besök", 186500, "count", **L25, direction=INC, s=BE, sp=None, note="'under året'; ', ungefär 4 procent fler än 2024'"),
        G("ungefär 4 procent", 4, "percent", bound="approx", **L25, direction=INC, s=BE, sp=None),
        G("96 kronor", 96, "SEK", **L25, s=("Ett besök", "besök"), sp=None, note="'Ett besök kostar kommunen': no written 'per'; the payer is no subject"),
        G("drygt 41 ton", 41, "tonne", bound="approx", **L25, s=("möbler, cyklar och husgeråd", "möbler"), sp=None),
        G("mellan 30 och 40 kilo per person och år", None, "kg", low=30, high=40, per="capita", direction=DEC, s=("restavfallet", "restavfallet"), sp=MO, note="quote; hypothetical 'skulle ... kunna minska': no period"),
        G("högst 350 kilo per invånare", 350, "kg", bound="at_most", per="capita", t=Y30, direction=DEC, s=HF, sp=AP, note="target 'ska minska till ... år 2030'"),
        G("minst 65 procent", 65, "percent", bound="at_least", t=Y30, s=None, sp=AP, note="target; elided"),
        G("halveras", 0.5, "ratio", t=Y30, lenient=True, direction=DEC, optional=True, s=("Restavfallet", "Restavfallet"), sp=None, note="multiplier target under 'Mål till 2030'"),
        G("204 kilo per invånare", 204, "kg", per="capita", t=Y20, s=None, sp=None, note="'2020, då det uppgick till'"),
        G("3,5 procent", 3.5, "percent", t=Y26, direction=INC, s=("Avfallstaxan", "Avfallstaxan"), sp=None, note="'höjdes den 1 januari 2026 med'"),
        G("3 480 kronor per år", 3480, "SEK", per="year", **L26, s=None, sp=None, note="'betalar nu': the payer is no subject"),
        G("3 920 kronor", 3920, "SEK", per="year", **L26, s=("genomsnittet i länet", "genomsnittet"), sp=None, note="the county at one time; per carried"),
        G("omkring 62 ton", 62, "tonne", bound="approx", **L25, s=("skräp", "skräp"), sp=None),
        G("drygt 1 900 barn", 1900, "count", bound="approx", **L25, s=("barn", "barn"), sp=None, note="'i maj'"),
        G("24 skolor", 24, "count", **L25, s=("skolor och förskolor", "skolor"), sp=None),
    ]
    NEG["r32_a_avfall_2025"] = [
        N("2025", ctx="återvinning › Avfallsstatistik [2025]", note="breadcrumb"),
        N("2025", ctx="Avfallsstatistik [2025]: mindre", note="title"), N("14 april 2026", note="Publicerad"),
        N("2025", ctx="under [2025]. Det", note="places the claim"),
        N("2024", ctx="jämfört med [2024]. Resten", note="places the comparison"),
        N("2025", ctx="Avfallstyp [2025] 2024", note="column header"), N("2024", ctx="Avfallstyp 2025 [2024]", note="column header"),
        N("2024", ctx="fler än [2024].", note="places the comparison"),
        N("2030", ctx="Mål till [2030]", note="heading"), N("2030", ctx="invånare år [2030],", note="places the target"),
        N("2020", ctx="jämfört med [2020],", note="places the baseline"),
        N("1 januari 2026", note="places the change"),
        N("2024", ctx="som [2024]. I samband", note="places the comparison"),
        N("12", ctx="Storgatan [12]", note="street number"), N("784 91", note="postal code"), N("0243-86 00 00"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 4. police region's half-year report on fraud 2026 (Markdown, Publicerad 20 augusti 2026)
    ET = ("Eva Thorsén", "quote")
    PS = ("polisens sammanställning", "enligt")
    BB = ("bedrägeribrott", "bedrägeribrott")
    AB = ("Anmälda bedrägerier", "bedrägerier")
    IB = ("Investeringsbedrägerierna", "Investeringsbedrägerierna")
    HT = ("Handläggningstiden för ett bedrägeriärende", "Handläggningstiden")
    fc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r32_a_polis_bedrageri"] = [
        G("21 684 bedrägeribrott", 21684, "count", t=Y26, direction=DEC, s=BB, sp=None, note="'Under första halvåret 2026'; next sentence 'Det är en minskning med'"),
        G("5,8 procent", 5.8, "percent", ctx="minskning med [5,8 procent] jämfört", **L26, direction=DEC, s=BB, sp=None, note="'Det är en minskning med': the size of a change takes what changes"),
        G("23 019 bedrägerier", 23019, "count", t=Y25, s=("bedrägerier", "bedrägerier"), sp=None, note="'första halvåret 2025, då'"),
        G("1 012 anmälda bedrägerier", 1012, "count", per="capita", **L26, s=("anmälda bedrägerier", "bedrägerier"), sp=None, note="'per 100 000 invånare'"),
        G("1 148", 1148, "count", ctx="siffran var [1 148]", per="capita", **L26, s=("siffran", "siffran"), sp=None, note="the country at one time; per carried"),
        G("minst 312 miljoner kronor", 312e6, "SEK", bound="at_least", **L26, direction=INC, s=None, sp=PS, note="'under perioden'; the losers are no subject; ', jämfört med ... under första halvåret 2025'"),
        G("268 miljoner kronor", 268e6, "SEK", t=Y25, s=None, sp=PS),
        G("drygt 14 000 kronor", 14000, "SEK", bound="approx", per="fraud", **L26, direction=INC, s=("Det genomsnittliga beloppet per anmält bedrägeri", "beloppet"), sp=None, note="'steg därmed till'"),
        *_row(G, "| Telefonbedrägeri", ["3 418", "4 206", "−18,7"], fc, AB, sep=" | ", note="Markdown table under 'Anmälda bedrägerier per typ': 'Jan–jun 2026' / 'Jan–jun 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are fraud types: s the heading's measure"),
        *_row(G, "| Investeringsbedrägeri", ["1 127", "846", "+33,2"], fc, AB, sep=" | "),
        *_row(G, "| Kortbedrägeri", ["9 835", "10 372", "−5,2"], fc, AB, sep=" | "),
        *_row(G, "| Bedrägeri vid köp och sälj", ["4 960", "5 114", "−3,0"], fc, AB, sep=" | "),
        *_row(G, "| Övriga bedrägerier", ["2 344", "2 481", "−5,5"], fc, AB, sep=" | "),
        G("21 684", 21684, "count", ctx="| **Totalt** | **[21 684]** |", t=Y26, s=AB, sp=None, note="bold total row"),
        G("23 019", 23019, "count", ctx="| **21 684** | **[23 019]** |", t=Y25, s=AB, sp=None),
        G("−5,8", -5.8, "percent", ctx="| **23 019** | **[−5,8]** |", **L26, direction=DEC, s=AB, sp=None),
        G("1 127", 1127, "count", ctx="De [1 127] anmälningarna", **L26, s=("anmälningarna", "anmälningarna"), sp=None, note="restates the table"),
        G("ungefär 5 procent", 5, "percent", bound="approx", **L26, s=("De 1 127 anmälningarna", "anmälningarna"), sp=None, note="'X utgör Y av Z' takes X"),
        G("nästan 60 procent", 60, "percent", bound="approx", **L26, s=None, sp=None, note="'de står för': pronoun X"),
        G("omkring 185 miljoner kronor", 185e6, "SEK", bound="approx", **L26, s=None, sp=None, note="apposition keeps the (None) subject"),
        G("elva", 11, "count", ctx="I [elva] av fallen", **L26, s=("fallen", "fallen"), sp=None, note="'X av Y' takes Y"),
        G("mer än 2 miljoner kronor", 2e6, "SEK", bound="more_than", optional=True, s=None, sp=None, note="threshold defining the eleven cases; the loser is no subject"),
        G("164 000 kronor", 164000, "SEK", **L26, s=None, sp=ET, note="quote; 'i genomsnitt förlorar de': the losers are no subject"),
        G("nästan en femtedel", 0.2, "ratio", bound="approx", **L26, direction=DEC, s=("Telefonbedrägerierna", "Telefonbedrägerierna"), sp=None, note="'bedömer polisen' in the next sentence credits a judgement, not the figure"),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("de drabbade", "drabbade"), sp=None, note="'X av Y' takes Y"),
        G("75 år", 75, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold '75 år eller äldre'"),
        G("46 personer", 46, "count", t=Y26, s=("personer", "personer"), sp=ET, note="quote; 'Hittills i år' resolves"),
        G("9 procent", 9, "percent", **L26, s=("de bedrägerier som anmäldes under perioden", "bedrägerier"), sp=None, note="'Av X har Y procent' takes X"),
        G("minst 12 procent", 12, "percent", bound="at_least", **L26, s=("bedrägeriärendena", "bedrägeriärendena"), sp=None, note="target 'vid årets slut'"),
        G("47 dagar", 47, "day", **L26, direction=DEC, s=HT, sp=None, note="', tio dagar kortare än ett år tidigare'; 'i genomsnitt' no bound"),
        G("tio dagar", 10, "day", **L26, direction=DEC, s=HT, sp=None, note="apposition keeps the subject"),
    ]
    NEG["r32_a_polis_bedrageri"] = [
        N("första halvåret 2026", note="title"), N("20 augusti 2026", note="Publicerad"),
        N("första halvåret 2026", occ=2, note="places the claim"),
        N("första halvåret 2025", occ=1, note="places the comparison"),
        N("100 000", ctx="per [100 000] invånare", note="rate denominator"),
        N("första halvåret 2025", occ=2, note="places the comparison"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("februari 2027", note="next report"), N("010-562 18 40"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on pensions (no date, no sidecar)
    OE = ("beräkningar från OECD", "enligt")
    SL = ("slutlönen", "slutlönen")
    GOLD["r32_a_debatt_pension"] = [
        G("65 år", 65, "year", ctx="pension vid [65 år] får", optional=True, s=None, sp=None, note="defines the example"),
        G("omkring 53 procent", 53, "percent", bound="approx", s=("sin slutlön", "slutlön"), sp=None, note="'i dag' undated: no period; the earner is no subject; 'X procent av Y' takes Y"),
        G("runt 68 procent", 68, "percent", bound="approx", s=("motsvarande andel", "andel"), sp=OE, note="Norway at one time"),
        G("nästan 80 procent", 80, "percent", bound="approx", s=None, sp=OE, note="elided"),
        G("ungefär 27 procentenheter", 27, "percentage_point", bound="approx", s=SL, sp=None, note="'alltså ... mer av slutlönen än en svensk': one time, no direction"),
        G("30 000 kronor", 30000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example ('i månaden')"),
        G("cirka 14 800 kronor", 14800, "SEK", bound="approx", per="month", s=("en allmän pension", "pension"), sp=None, note="result of the example; per carried"),
        G("nästan 19 000 kronor", 19000, "SEK", bound="approx", per="month", s=None, sp=None, note="Denmark at one time; 'det'"),
        G("knappt hälften", 0.5, "ratio", bound="approx", s=("Den svenska pensionen", "pensionen"), sp=None, note="'X blir Y av Z' takes X"),
        G("ungefär 60 procent", 60, "percent", bound="approx", s=("pensionen", "pensionen"), sp=None, note="the planned level"),
        G("omkring 10 procentenheter", 10, "percentage_point", bound="approx", direction=DEC, s=("ersättningsgraden", "ersättningsgraden"), sp=None, note="'Sedan 1999' undated: no period"),
        G("drygt tre år", 3, "year", bound="approx", direction=INC, s=("medellivslängden", "medellivslängden"), sp=None),
        G("ungefär 68 års", 68, "year", bound="approx", s=("ålder", "ålder"), sp=None, note="'arbeta till ungefär 68 års ålder'"),
        G("58 procent", 58, "percent", direction=INC, s=("inkomstpensionen", "inkomstpensionen"), sp=None, note="'räknats upp med'"),
        G("över 90 procent", 90, "percent", bound="more_than", direction=INC, s=("lönerna", "lönerna"), sp=None),
        G("19 400 kronor per månad", 19400, "SEK", per="month", s=("Den genomsnittliga allmänna pensionen", "pensionen"), sp=None),
        G("hälften så mycket", 0.5, "ratio", optional=True, s=None, sp=None, note="multiplier against a monthly wage at one time"),
        G("30 procent", 30, "percent", ctx="genomsnitt [30 procent] lägre", s=("pension", "pension"), sp=None, note="women against men at one time"),
        G("var femte", 0.2, "ratio", s=("kvinna", "kvinna"), sp=None),
        G("65 år", 65, "year", ctx="över [65 år] lever", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("9 procent", 9, "percent", ctx="andel [9 procent]", s=("motsvarande andel", "andel"), sp=None, note="Norway at one time"),
        G("mellan 12 och 18 procent", None, "percent", low=12, high=18, s=("avgifterna", "avgifterna"), sp=None),
        G("20 procent", 20, "percent", ctx="pensionsavgiften till [20 procent]", direction=INC, s=("pensionsavgiften", "pensionsavgiften"), sp=None, note="demand 'Höj ... till'"),
        G("drygt 1 500 kronor", 1500, "SEK", bound="approx", per="month", direction=INC, s=None, sp=("våra beräkningar", "enligt"), note="the recipient is no subject; 'mer i månaden'"),
        G("minst 4,5 procent", 4.5, "percent", bound="at_least", s=("en avgift", "avgift"), sp=None, note="demand"),
        G("13 000 kronor", 13000, "SEK", bound="at_least", per="month", s=None, sp=None, note="'ingen pensionär har mindre än': a negated bound; the recipient is no subject"),
        G("över 2 000 miljarder kronor", 2000e9, "SEK", bound="more_than", s=("Buffertfonderna", "Buffertfonderna"), sp=None),
    ]
    NEG["r32_a_debatt_pension"] = [
        N("1999", ctx="sitt beslut [1999]", note="places the decision"),
        N("1999", ctx="Sedan [1999] har ersättningsgraden", note="places the change"),
        N("1999", ctx="Sedan [1999] har inkomstpensionen", note="places the change"),
        N("1.", ctx="[1.] Höj", note="list number"), N("2.", ctx="[2.] Inför", note="list number"), N("3.", ctx="[3.] Höj", note="list number"),
    ]

    # ------------------------------------------------------------ 6. weekly food-price report, week 46 (sidecar 2026-11-13)
    SR = ("Sofia Rydberg", "quote")
    PUB = ("Prisbevakningen Hushållsbudget", "publisher")
    KO = ("Vår korg med 12 basvaror", "korg")
    KF = ("Ett paket bryggkaffe på 450 gram", "paket")
    PR = ("Priser på basvaror", "Priser")
    fp = lambda per: [("SEK", 1, per, Y26, True, F), ("SEK", 1, per, Y26, True, F), ("SEK", 1, per, Y25, True, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r32_a_matpris_v46"] = [
        G("12 basvaror", 12, "count", optional=True, s=("basvaror", "basvaror"), sp=PUB, note="defines the basket"),
        G("618,40 kronor", 618.40, "SEK", **L26, direction=INC, s=KO, sp=PUB, note="'i veckan'; ', en ökning med ... jämfört med för fyra veckor sedan'"),
        G("40 butiker", 40, "count", optional=True, s=("butiker", "butiker"), sp=PUB, note="defines the survey"),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=KO, sp=PUB, note="apposition keeps the subject"),
        G("3,8 procent", 3.8, "percent", **L26, direction=INC, s=("korgen", "korgen"), sp=None, note="'Jämfört med samma vecka i fjol ... dyrare': an earlier point"),
        G("450 gram", 450, "g", optional=True, s=("Ett paket bryggkaffe", "paket"), sp=None, note="defines the package"),
        G("74,90 kronor", 74.90, "SEK", **L26, direction=INC, s=KF, sp=None, note="'i snitt' no bound; ', 6,20 kronor mer än för fyra veckor sedan'"),
        G("6,20 kronor", 6.20, "SEK", **L26, direction=INC, s=KF, sp=None),
        G("nästan 22 procent", 22, "percent", bound="approx", **L26, direction=INC, s=KF, sp=None, note="'mer än för ett år sedan'"),
        G("104,50 kronor per kilo", 104.50, "SEK", per="kg", **L26, direction=DEC, s=("Smöret", "Smöret"), sp=None, note="'har ... blivit billigare och kostar nu'"),
        G("40 butiker", 40, "count", ctx="genomsnitt i [40 butiker])", optional=True, s=("butiker", "butiker"), sp=None, note="caption: defines the survey"),
        *_row(G, "Mellanmjölk, per liter", ["14,90", "14,70", "14,20", "+4,9"], fp("l"), PR, note="table 'Priser på basvaror, kronor': 'Denna vecka' / 'För 4 veckor sedan' 2026 lenient, 'För ett år sedan' 2025 lenient, 'Förändring 1 år, %' 2026 lenient signed; per from the row label; rows are items"),
        *_row(G, "Smör, per kilo", ["104,50", "109,90", "112,80", "−7,4"], fp("kg"), PR),
        *_row(G, "Bryggkaffe, per kilo", ["166,40", "152,70", "136,60", "+21,8"], fp("kg"), PR),
        *_row(G, "Nötfärs, per kilo", ["129,00", "127,50", "124,90", "+3,3"], fp("kg"), PR),
        *_row(G, "Kycklingfilé, per kilo", ["118,90", "119,90", "116,00", "+2,5"], fp("kg"), PR),
        *_row(G, "Potatis, per kilo", ["14,50", "13,90", "15,40", "−5,8"], fp("kg"), PR),
        *_row(G, "Gurka, per kilo", ["39,90", "34,50", "36,90", "+8,1"], fp("kg"), PR),
        G("drygt 15 procent", 15, "percent", bound="approx", **L26, direction=INC, s=("Gurkan", "Gurkan"), sp=None, note="'dyrare på fyra veckor'"),
        G("142 kronor", 142, "SEK", **L26, s=("Skillnaden mellan den billigaste och den dyraste butiken i vår mätning", "Skillnaden"), sp=PUB, note="one time"),
        G("11 procent", 11, "percent", ctx="genomsnitt [11 procent] under", **L26, s=("Lågpriskedjorna", "Lågpriskedjorna"), sp=PUB, note="'de fullsortimentsbutiker vi mätte': shop types at one time"),
        G("ungefär 8 procent", 8, "percent", bound="approx", **L26, s=("korgen", "korgen"), sp=PUB, note="regions at one time (same sentence)"),
        G("5–10 procent", None, "percent", low=5, high=10, **L26, direction=INC, s=("kaffet", "kaffet"), sp=SR, note="quote; forecast 'före jul'"),
        G("2,9 procent", 2.9, "percent", **L26, direction=INC, s=("livsmedelspriserna", "livsmedelspriserna"), sp=("den senaste officiella statistiken", "enligt"), note="'i oktober' (no year); 'högre än ett år tidigare': an earlier point"),
        G("cirka 10 400 kronor per månad", 10400, "SEK", bound="approx", per="month", **L26, s=("matkostnaden", "matkostnaden"), sp=None, note="'i dag'"),
        G("12 varor", 12, "count", optional=True, s=("varor", "varor"), sp=None, note="method"),
        G("40 butiker", 40, "count", ctx="tisdag i [40 butiker]", optional=True, s=("butiker", "butiker"), sp=None, note="method"),
        G("14 kommuner", 14, "count", optional=True, s=("kommuner", "kommuner"), sp=None, note="method"),
    ]
    NEG["r32_a_matpris_v46"] = [
        N("VECKA 46", note="title"),
        N("4", ctx="För [4] veckor sedan", note="column header"), N("1", ctx="Förändring [1] år", note="column header"),
        N("08-410 27 90"),
    ]

    # ------------------------------------------------------------ 7. regional hospital's annual report 2025 (Markdown, Publicerad 26 mars 2026)
    PH = ("Per Hultgren", "quote")
    VT = ("Antalet vårdtillfällen", "Antalet")
    MV = ("Medelvårdtiden", "Medelvårdtiden")
    VP = ("disponibla vårdplatser", "vårdplatser")
    NK = ("Sjukhusets nettokostnad", "nettokostnad")
    KV = ("Kostnaden per vårddag i slutenvården", "Kostnaden")
    IP = ("Kostnaderna för inhyrd personal", "Kostnaderna")
    SF = ("Sjukfrånvaron", "Sjukfrånvaron")
    VD = ("Vårddagar", "Vårddagar")
    hc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, True, True), ("day", 1, None, Y25, F, F)]
    hs = [VD, VD, VD, ("Medelvårdtid", "Medelvårdtid")]
    GOLD["r32_a_sjukhus_2025"] = [
        G("148 620 vårddagar", 148620, "count", t=Y25, direction=DEC, s=("vårddagar", "vårddagar"), sp=None, note="'under 2025'; ', 2,7 procent färre än 2024'"),
        G("2,7 procent", 2.7, "percent", ctx="[2,7 procent] färre", t=Y25, direction=DEC, s=("vårddagar", "vårddagar"), sp=None),
        G("1,4 procent", 1.4, "percent", **L25, direction=INC, s=VT, sp=None),
        G("35 410", 35410, "count", ctx="till [35 410],", **L25, direction=INC, s=VT, sp=None),
        G("4,2 dagar", 4.2, "day", **L25, direction=DEC, s=MV, sp=None, note="'sjönk till ... från'"),
        G("4,4 dagar", 4.4, "day", **L24, s=MV, sp=None, note="from-value 'året innan'"),
        G("436 disponibla vårdplatser", 436, "count", **L25, direction=DEC, s=VP, sp=None, note="'i genomsnitt' no bound; ', 12 färre än 2024'"),
        G("12", 12, "count", ctx="året, [12] färre", **L25, direction=DEC, s=VP, sp=None, note="apposition keeps the subject"),
        G("93 procent", 93, "percent", **L25, s=("Beläggningen", "Beläggningen"), sp=None, note="against the target: no direction"),
        G("högst 90 procent", 90, "percent", bound="at_most", s=("regionens mål", "mål"), sp=None, note="standing target: no period"),
        G("över 105 procent", 105, "percent", bound="more_than", **L25, s=("beläggningen", "beläggningen"), sp=None, note="'Under sommarveckorna'"),
        *_row(G, "| Medicinkliniken", ["52 340", "54 980", "−4,8", "4,9"], hc, hs, sep=" | ", note="Markdown table under 'Vårddagar per klinik': 'Vårddagar 2025' / 'Vårddagar 2024' / 'Medelvårdtid 2025, dagar' explicit, 'Förändring, %' 2025 lenient signed; rows are clinics, columns are measures"),
        *_row(G, "| Kirurgkliniken", ["28 760", "29 410", "−2,2", "3,6"], hc, hs, sep=" | "),
        *_row(G, "| Ortopedkliniken", ["21 450", "21 060", "+1,9", "4,5"], hc, hs, sep=" | "),
        *_row(G, "| Kvinnokliniken", ["12 980", "13 370", "−2,9", "2,4"], hc, hs, sep=" | "),
        *_row(G, "| Barn- och ungdomskliniken", ["8 640", "8 210", "+5,2", "3,1"], hc, hs, sep=" | "),
        *_row(G, "| Psykiatriska kliniken", ["24 450", "25 720", "−4,9", "14,8"], hc, hs, sep=" | "),
        G("148 620", 148620, "count", ctx="| **Totalt** | **[148 620]** |", t=Y25, s=VD, sp=None, note="bold total row"),
        G("152 750", 152750, "count", ctx="| **148 620** | **[152 750]** |", t=Y24, s=VD, sp=None),
        G("−2,7", -2.7, "percent", ctx="| **152 750** | **[−2,7]** |", **L25, direction=DEC, s=VD, sp=None),
        G("4,2", 4.2, "day", ctx="| **−2,7** | **[4,2]** |", t=Y25, s=("Medelvårdtid", "Medelvårdtid"), sp=None),
        G("5 212 miljoner kronor", 5212e6, "SEK", **L25, direction=INC, s=NK, sp=None, note="', en ökning med'"),
        G("4,6 procent", 4.6, "percent", **L25, direction=INC, s=NK, sp=None),
        G("14 870 kronor", 14870, "SEK", per="day", **L25, direction=INC, s=KV, sp=None, note="'per vårddag' per day; ', jämfört med ... 2024'; 'i genomsnitt' no bound"),
        G("13 960 kronor", 13960, "SEK", per="day", t=Y24, s=None, sp=None, note="elided; per carried"),
        G("drygt 6 procent", 6, "percent", bound="approx", **L25, direction=INC, s=KV, sp=None, note="'Det är ... mer': the size of a change takes what changes"),
        G("15 640 kronor", 15640, "SEK", per="day", **L25, s=("kostnaden per vårddag", "kostnaden"), sp=None, note="the other hospital at one time"),
        G("86 miljoner kronor", 86e6, "SEK", **L25, direction=DEC, s=IP, sp=None, note="'minskade till ... från'"),
        G("131 miljoner kronor", 131e6, "SEK", **L24, s=IP, sp=None, note="from-value 'året innan'"),
        G("högst 2 procent", 2, "percent", bound="at_most", t=Y27, s=("inhyrd personal", "personal"), sp=None, note="target 'år 2027'; 'X ska stå för Y' takes X"),
        G("2,8 procent", 2.8, "percent", t=Y25, s=("andelen", "andelen"), sp=None, note="'Under 2025'"),
        G("61 240 besök", 61240, "count", **L25, s=BE, sp=None),
        G("168 besök per dygn", 168, "count", per="day", **L25, s=BE, sp=None, note="'i genomsnitt' no bound"),
        G("58 minuter", 58, "minute", **L25, s=("Mediantiden från ankomst till läkarbedömning", "Mediantiden"), sp=None),
        G("fyra timmar", 4, "hour", bound="at_most", optional=True, s=None, sp=None, note="threshold 'inom fyra timmar'"),
        G("71 procent", 71, "percent", **L25, s=("Andelen patienter som lämnade akuten inom fyra timmar", "Andelen"), sp=None),
        G("66 procent", 66, "percent", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("30 dagar", 30, "day", bound="at_most", optional=True, s=None, sp=PH, note="threshold 'inom 30 dagar'"),
        G("knappt 12 procent", 12, "percent", bound="approx", **L25, s=("Återinskrivningarna inom 30 dagar", "Återinskrivningarna"), sp=PH, note="quote; 'ligger kvar': no change"),
        G("mellan 20 och 25 fler sjuksköterskor", None, "count", low=20, high=25, s=("sjuksköterskor", "sjuksköterskor"), sp=PH, note="a need: no period, no direction"),
        G("4 380 anställda", 4380, "count", **L25, s=("anställda", "anställda"), sp=None, note="'Vid årets slut'"),
        G("1 240 sjuksköterskor", 1240, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=None),
        G("612 läkare", 612, "count", **L25, s=("läkare", "läkare"), sp=None),
        G("6,1 procent", 6.1, "percent", **L25, direction=DEC, s=SF, sp=None),
        G("0,4 procentenheter", 0.4, "percentage_point", **L25, direction=DEC, s=SF, sp=None),
    ]
    NEG["r32_a_sjukhus_2025"] = [
        N("2025", ctx="Årsredovisning [2025]", note="title"), N("26 mars 2026", note="Publicerad"),
        N("2025", ctx="under [2025] totalt", note="places the claim"),
        N("2024", ctx="färre än [2024]. Antalet", note="places the comparison"),
        N("2024", ctx="färre än [2024]. Beläggningen", note="places the comparison"),
        N("2025", ctx="| Vårddagar [2025] |", note="column header"), N("2024", ctx="| Vårddagar [2024] |", note="column header"),
        N("2025", ctx="Medelvårdtid [2025], dagar", note="column header"),
        N("2024", ctx="kronor [2024]. Det", note="places the comparison"),
        N("2027", ctx="personalkostnaderna år [2027]", note="places the target"),
        N("2025", ctx="Under [2025] var", note="places the claim"),
        N("4", ctx="Sjukhusvägen [4]", note="street number"), N("451 80", note="postal code"), N("0522-61 40 00"),
    ]

    # ------------------------------------------------------------ 8. sports federation's membership statistics 2026 (dateline 9 oktober 2026)
    LG = ("Lena Grönvall", "quote")
    ME = ("medlemmar", "medlemmar")
    LI = ("Antalet licensierade tävlingsskyttar", "Antalet")
    AF = ("föreningar", "föreningar")
    MM = ("Medlemmar", "Medlemmar")
    SINCE19 = ("2019", "2026")
    mc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, Y19, F, F), ("percent", 1, None, Y26, F, True)]
    MA = ("Medlemsavgiften till unionen", "Medlemsavgiften")
    GOLD["r32_a_idrott_medlem"] = [
        G("412 föreningar", 412, "count", t=Y26, s=AF, sp=None, note="'Den 30 september 2026'"),
        G("28 946 medlemmar", 28946, "count", t=Y26, direction=INC, s=ME, sp=None, note="next sentence 'Det är 1 738 fler'"),
        G("1 738", 1738, "count", ctx="är [1 738] fler", **L26, direction=INC, s=ME, sp=None, note="the size of a change takes what changes"),
        G("6,4 procent", 6.4, "percent", ctx="ökning med [6,4 procent].", **L26, direction=INC, s=ME, sp=None),
        G("41 procent", 41, "percent", t=SINCE19, lenient=True, direction=INC, s=("medlemsantalet", "medlemsantalet"), sp=None, note="'Sedan 2019'"),
        G("6 214", 6214, "count", ctx="ökade till [6 214] från", **L26, direction=INC, s=LI, sp=None),
        G("5 870", 5870, "count", t=Y25, s=LI, sp=None, note="from-value 'i fjol'"),
        G("Drygt var femte", 0.2, "ratio", bound="approx", **L26, s=("medlem", "medlem"), sp=None),
        *_row(G, "7–12 år", ["4 812", "4 390", "2 905", "+9,6"], mc, MM, note="table 'Medlemmar per åldersgrupp, 30 september': '2026' / '2025' / '2019' explicit, 'Förändring 2025–2026, %' 2026 explicit signed; rows are age groups"),
        *_row(G, "13–19 år", ["5 377", "5 018", "3 310", "+7,2"], mc, MM),
        *_row(G, "20–39 år", ["6 905", "6 562", "5 210", "+5,2"], mc, MM),
        *_row(G, "40–64 år", ["8 214", "7 880", "6 590", "+4,2"], mc, MM),
        *_row(G, "65 år och äldre", ["3 638", "3 358", "2 514", "+8,3"], mc, MM),
        *_row(G, "Totalt", ["28 946", "27 208", "20 529", "+6,4"], mc, MM),
        G("20 år", 20, "year", ctx="under [20 år] var", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("38 procent", 38, "percent", **L26, direction=INC, s=("Andelen flickor bland medlemmarna under 20 år", "Andelen"), sp=None, note="', en ökning från 31 procent 2019'"),
        G("31 procent", 31, "percent", t=Y19, s=None, sp=None, note="from-value; elided"),
        G("34 procent", 34, "percent", **L26, s=("unionens samtliga medlemmar", "medlemmar"), sp=None, note="'Av X är Y procent kvinnor' takes X"),
        G("42 procent", 42, "percent", **L26, s=None, sp=None, note="the sports movement at one time; elided"),
        G("drygt 184 000", 184000, "count", bound="approx", **L26, direction=INC, s=("Antalet deltagartillfällen för barn och ungdomar", "Antalet"), sp=("föreningarnas redovisning av aktivitetsstödet", "enligt"), note="'under första halvåret'; next sentence 'nästan dubbelt så många som under första halvåret 2019'"),
        G("nästan dubbelt så många", 2, "number", bound="approx", **L26, direction=INC, optional=True, s=None, sp=None, note="multiplier against an earlier half-year"),
        G("minst 40 föreningar", 40, "count", bound="at_least", **L26, s=AF, sp=LG, note="quote; 'i dag'"),
        G("mer än ett år", 1, "year", bound="more_than", s=None, sp=LG, note="a waiting time: no period"),
        G("5,1 medlemmar", 5.1, "count", per="capita", **L26, s=ME, sp=None, note="'per 1 000 invånare'; the county is a place"),
        G("2,7", 2.7, "count", ctx="riksgenomsnittet på [2,7]", per="capita", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time; per carried"),
        G("14", 14, "count", ctx="året med [14],", **L26, direction=INC, s=("Antalet föreningar", "Antalet"), sp=None),
        G("6 föreningar", 6, "count", **L26, s=AF, sp=None, note="closures: a count of events, no direction"),
        G("318 sanktionerade tävlingar", 318, "count", **L26, s=("sanktionerade tävlingar", "tävlingar"), sp=None, note="'Under säsongen'"),
        G("742 skyttar", 742, "count", **L26, s=("skyttar", "skyttar"), sp=None),
        G("35 000 medlemmar", 35000, "count", t=Y30, s=ME, sp=None, note="target 'år 2030'"),
        G("minst 40 procent", 40, "percent", bound="at_least", t=Y30, s=("andelen kvinnor", "andelen"), sp=None, note="target"),
        G("10 kronor", 10, "SEK", per="capita", t=Y27, direction=INC, s=MA, sp=None, note="'höjs från 2027 med'; per carried"),
        G("95 kronor", 95, "SEK", per="capita", t=Y27, direction=INC, s=MA, sp=None, note="'per medlem och år': the non-time denominator"),
        G("Fem föreningar", 5, "count", **L26, s=AF, sp=None),
    ]
    NEG["r32_a_idrott_medlem"] = [
        N("2026", ctx="MEDLEMSSTATISTIK [2026]", note="title"), N("9 oktober 2026", note="dateline"),
        N("30 september 2026", note="places the claim"), N("2019", ctx="Sedan [2019], året", note="places the change"),
        N("30 september", ctx="åldersgrupp, [30 september]", note="caption"),
        N("2026", ctx="Åldersgrupp [2026] 2025", note="column header"), N("2025", ctx="Åldersgrupp 2026 [2025]", note="column header"),
        N("2019", ctx="2026 2025 [2019] Förändring", note="column header"), N("2025–2026", note="column header"),
        N("7–12 år", note="row label: age band"), N("13–19 år", note="row label: age band"), N("20–39 år", note="row label: age band"),
        N("40–64 år", note="row label: age band"), N("65 år och äldre", note="row label: age band"),
        N("2019", ctx="från 31 procent [2019]", note="places the from-value"), N("2019", ctx="halvåret [2019]", note="places the comparison"),
        N("1 000", ctx="per [1 000] invånare", note="rate denominator"),
        N("2030", note="places the target"), N("2027", ctx="från [2027]", note="places the change"),
        N("2025", ctx="siffror från [2025]", note="places the figures"), N("070-318 44 27"),
    ]
    return GOLD, NEG
