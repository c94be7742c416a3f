"""Round 21, part B (r21_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 21, part B (r21_b_*): eight kinds, written from scratch (r21_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a mutual insurer's interim report for
# January–June 2026 (dateline 'Lindhamn den 14 augusti 2026'; bullets under 'FÖRSTA HALVÅRET I KORTHET' with bracketed
# prior figures dated by 'Siffror inom parentes avser första halvåret 2025': premieintäkter 'växte med 7,4 procent till
# 2 318 (2 158) miljoner kronor', skadekvot, totalkostnadsprocent 'förbättrades till 92,6 (97,3)', försäkringsresultat
# 'mer än fördubblades och nådde 171 (84)', kapitalavkastning '3,1 (4,4) procent, motsvarande 412 (560)', resultat
# 'landade på'; a CEO paragraph ending in 'säger vd' with 'gick ned från 61 till 43', 'knappt 40 miljoner kronor,
# ungefär en tredjedel av notan ... förra våren', 'i snitt 6 procent', 'ligger kvar på'; segments 'växte i lägre takt';
# 'klättrade skadekvoten till 84,5 procent från 79,8 procent ett år tidigare'; driftskostnadsprocent; customers 'vid
# halvårsskiftet ..., en nettotillväxt med 4 900 sedan årsskiftet'; solvency ratio 'den 30 juni ..., att jämföra med 198
# procent den 31 december 2025', a floor; a plain-text table 'Jan–jun 2026' / 'Jan–jun 2025' / 'Helår 2025'), a
# statistics agency's monthly bankruptcies and new-registrations release for October 2026 ('Publicerad 2026-11-05 kl.
# 09.30'; 'Det är 9 procent färre än i oktober förra året, då 783 företag', 'Sedan januari ... vilket är 3,5 procent
# lägre', affected employees 'jämfört med 3 410 ett år tidigare, en minskning med 13 procent', 'Hittills i år', 'Knappt
# vart femte', 'stod för flest konkurser, 131 stycken, men där föll antalet med 22 procent', 'gick utvecklingen åt
# motsatt håll', 'i stort sett lika många', seasonally adjusted change, new companies 'Under årets tio första månader',
# 'Vart tredje'; a plain-text table by industry 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Jan–okt 2026' /
# 'Förändring, %'), a county's population statistics for the first half of 2026 (Markdown, '*Länsstyrelsen ... ·
# Publicerad 20 augusti 2026*'; folkmängd 'Den 30 juni 2026', growth in persons and percent, 'var tillskottet större,
# 1 530 personer', födda '57 färre än', döda, födelseunderskott, 'elfte året i följd', inflyttade / utflyttade,
# flyttnetto, invandring / utvandring, 'drygt sex av tio i flyttöverskottet', a municipality 'ökade mest, med 642
# invånare till 61 930', '12 av länets 15 kommuner', medelålder, the share aged 80 or older 'har stigit till ..., från
# ... för ett år sedan'; a Markdown table by municipality 'Folkmängd 30 juni' / 'Förändring, antal' / 'Födda' / 'Döda'
# / 'Flyttnetto'), a university hospital's annual report for 2025 ('Publicerad 2 april 2026'; vårdtillfällen,
# 'Medelvårdtiden kortades från 5,1 till 4,8 dagar', 'i genomsnitt 242 per dygn', '612 000 mot 596 000 år 2024',
# operations 'varav 14 320 planerade. Det är 1 150 fler operationer än 2024', dagkirurgi, patients waiting 'längre än
# 90 dagar' 'sjönk från 1 940 till 1 310 under årets lopp', vårdplatser '17 fler än vid utgången av 2024', beläggning
# 'ner från 101 procent', a target 'högst 90 procent', överbeläggningar per day, 'Kostnaden per patient', deficits 'att
# jämföra med ett underskott på 348 miljoner kronor året innan', 'halverades till', staff 'Vid årsskiftet'; a director's
# quote with 'Under 2026 vill vi komma ner till 92 procent'; a plain-text table '2025' / '2024' / 'Förändring, %'), an
# UNDATED party page on climate and transport (no date, no sidecar; 'ungefär en tredjedel av Sveriges utsläpp',
# 'omkring 14 miljoner ton ... om året', 'vill vi halvera utsläppen ... till 2030, räknat från 2010 års nivå', 'minst 60
# procent av alla nya lastbilar ... 2030', petrol tax 'drygt 6 kronor per liter', 'I Norge ... nästan 2 kronor mer per
# liter', 'en landsbygdsbonus på 3 000 kronor per person och år', 'mer än 20 kilometer', '0,6 procent av BNP', 'mer än
# dubbelt så mycket per invånare', 'öka anslaget ... med 5 miljarder kronor per år', '400 kilometer nytt dubbelspår till
# 2035', 'Var fjärde', '19 procent i Sverige men 28 procent i Schweiz', 'Vårt mål är 30 procent till 2030', 'till högst
# 600 kronor', 'nästan halverats sedan 2019', '10 procent ... till 2030, mot knappt 1 procent i dag', a numbered list of
# five proposals, costing), a quarterly hotel-nights release dated only by its sidecar (2026-11-12; 'tredje kvartalet'
# without a year; gästnätter 'jämfört med samma kvartal i fjol', utländska and svenska gästnätter, July, rumsbeläggning
# '1,2 procentenheter högre än under tredje kvartalet 2025', logiintäkter, 'priset per sålt rum ..., en höjning med 38
# kronor', markets 'Tyskland ... med 612 000 gästnätter, före Norge med 455 000', 'Danmark backade', 'Nära hälften',
# 'Under årets tre första kvartal', a scope rule 'minst 10 rum'; a plain-text table by region 'Gästnätter, tusental' /
# 'Förändring, %' / 'Varav utländska, tusental' / 'Beläggning, %' under the caption 'juli–september'), a municipality's
# HTML page on pool and gym prices from 1 January 2027 (cookie banner, menu, breadcrumb, related links, footer;
# 'Publicerad 18 november 2026'; 'höjs priserna ... med i genomsnitt 4,5 procent', '95 kronor, mot 90 kronor i dag', an
# HTML table under the caption 'Priser från 1 januari 2027, kronor' with 'Bad' / 'Bad och gym' / 'Bad, pris 2026' and a
# '–' cell, a family ticket, '20 procents rabatt', 'ungefär 40 kronor per besök', opening hours, 'vecka 34', 'har ökat
# med 1,8 miljoner kronor på två år', cost coverage, 'skjuter till cirka 21 miljoner kronor per år', water temperatures
# in grader, 'Förra året hade badet 146 000 besök') and a dairy cooperative's annual report for 2025 ('Publicerad 12 mars
# 2026'; invägning in ton 'en minskning med 1,7 procent jämfört med 2024', members 'sjönk från 412 till 389 under året',
# 'En genomsnittlig medlemsgård levererade därmed 819 ton, 4 procent mer', avräkningspris '521 öre per kilo ..., mot 498
# öre per kilo 2024', 'Styrelsen föreslår en efterlikvid på 2,4 procent ..., motsvarande 39 miljoner kronor, samt en
# insatsemission', total milk price, organic supplement, net sales 'ökade till ... från', cheese 'steg med 6 procent till
# 21 400 ton', result, soliditet 'stärktes till', organic share, staff; the chair's quote 'tappat 23 gårdar på ett år',
# 'över 5 kronor per kilo'; a plain-text table '2025' / '2024' / 'Förändring' with '%' in the cells).
# The r8-r20 decisions are followed: periods at year grain (a half-year, a quarter, a month take their year); a
# relative expression in the sentence ('i fjol', 'förra året', 'i år', 'Hittills i år', 'sedan årsskiftet', 'Sedan
# januari', 'årets tio första månader', 'årets tre första kvartal', 'Förra året', 'i dag') resolves against the
# publication date and is not lenient; a month or quarter without a year, a heading's, title's, caption's or the
# document's period, present tense, 'ett år tidigare' / 'året innan' / 'för ett år sedan' / 'vid årsskiftet' are
# lenient; brackets take the period their note names (not lenient) and carry no direction; a level followed by ', mot
# X', ', jämfört med X', ', att jämföra med X', ', en ökning/minskning/höjning/nettotillväxt med', ', X fler/färre än',
# ', vilket är X lägre/fler' or a next sentence 'Det är X fler/färre' is the new value after a change, from-values and
# earlier values have none; 'landade på', 'ligger kvar på', 'i stort sett lika många' have none; comparisons at one time
# (countries, segments against each other, a target or floor) have no direction; multipliers ('mer än fördubblades',
# 'ungefär en tredjedel av notan ... förra våren', 'halverades', 'halvera', 'nästan halverats', 'mer än dubbelt') are
# optional, shares written as fractions ('Knappt vart femte', 'Vart tredje', 'drygt sex av tio', 'Nära hälften',
# 'ungefär en tredjedel av Sveriges utsläpp', 'Var fjärde') required ratios; targets, floors and promises are required,
# scope rules, thresholds that define a count, eligibility rules and worked examples optional; runs ('elfte året i
# följd') are required ordinals with kind 'ordinal' set explicitly; a change over 'på två år' spans the two years up to
# the publication year (lenient, r20_a); table cells take their column headers' periods (not lenient when the header
# names a year, a caption's period lenient), change columns take direction from the sign; rows that are categories take
# the caption's measure as subject, rows that are measures their own label; öre are SEK/100 with 'per kilo' per="kg";
# 'per liter' per="l"; 'per dygn' / 'per dag' per="day"; 'per sålt rum' per="room"; 'om året' / 'per år' per="year";
# 'motsvarande X' takes the level's subject; elided nouns and a country as the verb's subject give s None; the payer
# is no subject; a paragraph ending in 'säger <title> <name>' credits every figure in it to that person (quote); 'X
# föreslår' credits the proposer; the party page's first-person sentences are 'publisher'; the UNDATED text has no
# period on any figure except explicit years ('till 2030', '2030', 'till 2035': ('2030', '2030'), not lenient, as r17's
# 'till 2030'); age bands, week numbers, list numbering, times of day, addresses, phones, postal codes, org numbers and
# copyright years are N.
# Where those were silent, decided here:
# - Insurer: the bullets take 2026 leniently (the title names 'januari–juni 2026'), their brackets 2025 (not lenient).
#   'Totalkostnadsprocenten förbättrades till 92,6 (97,3)' is a decrease (the ratio fell; 'förbättrades' judges, the
#   figure decides, as r20_b's K/I-tal). 'mer än fördubblades och nådde 171 (84)' gives the multiplier (optional, unit
#   number, more_than) and 171 an increase. 'Kapitalavkastningen uppgick till 3,1 (4,4) procent, motsvarande 412 (560)
#   miljoner kronor' gives all four the subject 'Kapitalavkastningen' and no direction. In the CEO paragraph 'Antalet
#   villabränder gick ned från 61 till 43': 61 is the first half of 2025 (lenient; 'i fjol' in the sentence before), 43
#   a decrease; 'vårens skyfall kostade oss knappt 40 miljoner kronor' takes 'vårens skyfall' (the figure is predicated
#   of it), and 'ungefär en tredjedel av notan för motsvarande skador förra våren' is an optional multiplier (ratio,
#   approx, decrease: a comparison with an earlier time); 'Premiehöjningarna på i snitt 6 procent' is an increase ('i
#   snitt' is an average, no bound). 'Företag och lantbruk växte i lägre takt, med 5,2 procent till 916 miljoner kronor'
#   takes the segment as subject (a business segment that grows stands for its premiums, unlike a country that is only
#   a market). '312 400 ..., en nettotillväxt med 4 900 sedan årsskiftet': both increase, the level 2026 lenient ('vid
#   halvårsskiftet'), the change 2026 not lenient. 'Solvenskvoten uppgick den 30 juni till 214 procent, att jämföra med
#   198 procent den 31 december 2025' makes 214 an increase and 198 explicit 2025. 'Styrelsens lägsta nivå för
#   solvenskvoten är 150 procent' is a standing floor: required, no period, s 'nivå', no speaker (third person). Table:
#   every column names its period (not lenient); 'Helår 2025' is 2025.
# - Bankruptcies: '712' takes the counted noun phrase 'aktiebolag och enskilda näringsidkare' (head 'aktiebolag') and is
#   a decrease (next sentence 'Det är 9 procent färre'); '783 företag' in 'i oktober förra året, då 783 företag' is 2025
#   not lenient. '3,5 procent lägre än under samma tio månader 2025' is 2026 not lenient ('Sedan januari' in the same
#   sentence). 'Konkurserna berörde 2 950 anställda' takes the counted noun 'anställda'; 'jämfört med 3 410 ett år
#   tidigare' is elided (s None, 2025 lenient); 'en minskning med 13 procent' takes 'anställda'. 'Byggsektorn stod
#   återigen för flest konkurser, 131 stycken, men där föll antalet med 22 procent' makes 131 the level after the fall
#   (decrease), s 'flest konkurser' (the sector is no measure), the 22 procent 'antalet'. 'Säsongrensat minskade antalet
#   konkurser med 2,1 procent mellan september och oktober' is 2026 lenient. '5 870 nya aktiebolag ..., cirka 4 procent
#   fler än i oktober 2025': both increase, 2026 lenient. Table: caption 'oktober 2026'; 'Okt 2026', 'Okt 2025' and
#   'Jan–okt 2026' explicit; both 'Förändring, %' columns 2026 lenient, direction from the sign; the caption's measure
#   'Konkurser' is every cell's subject.
# - Population: 'Den 30 juni 2026 bodde 287 412 personer' is explicit 2026 and takes the counted noun 'personer'; it is
#   no new value after a change (the growth comes in the next sentence, not as 'Det är'). 'var tillskottet större, 1 530
#   personer' is 2025 (not lenient: 'motsvarande halvår förra året' resolves) and an increase (a tillskott is an addition,
#   as r20_b's 'ett tillskott på'). 'Mellan januari och juni' (no year) is 2026 lenient. 'Födelseunderskottet blev 173
#   personer' has no direction (a net of one period, not a change over time); the same holds for 'Flyttnettot' and the
#   table's signed 'Flyttnetto' cells (sign kept in the value, no direction). 'det är nu elfte året i följd' is a
#   required ordinal (11, s 'året'). 'medan 2 861 flyttade ut' is elided (s None). 'drygt sex av tio i
#   flyttöverskottet' (804 of 1 259) is ratio 0.6 approx, s 'flyttöverskottet'. 'Residensstaden Norrvik ökade mest, med
#   642 invånare till 61 930': the change takes its counted noun 'invånare', the new level is elided (s None); both
#   increase. 'i 12 av länets 15 kommuner': 12 takes 'länets 15 kommuner', 15 takes 'kommuner'. 'Medelåldern ... 43,1
#   år' is unit year. Table: the caption's 'januari–juni 2026' is lenient for every column; 'Folkmängd 30 juni' and
#   'Förändring, antal' take subject 'Folkmängd' (the change column the neighbouring measure, as r20_b's trade table),
#   'Förändring, antal' is signed (direction from the sign); the header's '30 juni' is N.
# - Hospital: 'Under 2025' makes the lead sentence explicit; later sentences of the report take 2025 leniently.
#   From-values without a year ('från 5,1', 'ner från 101 procent', 'från 31 till 22', 'sjönk från 1 940 till 1 310
#   under årets lopp') are the year before (2024, lenient): a figure a year's change starts from is the previous year's
#   closing figure, as the table's '2024' column shows. 'i genomsnitt 242 per dygn' is per="day", elided (s None).
#   'varav 14 320 planerade' is elided (s None). 'Det är 1 150 fler operationer än 2024' is an increase of 'operationer'
#   (and makes '24 870 operationer' the new value). 'längre än 90 dagar på operation' defines the counted patients:
#   optional, more_than. 'Regionens mål är en beläggning på högst 90 procent' is a standing target: required, no
#   period, s 'beläggning', no speaker. 'Kostnaden per patient i slutenvården var 86 400 kronor' is per="capita" (a
#   patient is a person, as r20_b's 'per elev'); the table row 'Kostnad per patient, kr' likewise for its level cells,
#   its change cell per None. 'Året slutade med ett underskott på 212 miljoner kronor, att jämföra med ett underskott på
#   348 miljoner kronor året innan': 212 is a decrease (the deficit as written shrank; r20_b's surplus after a deficit
#   was an increase because the result's sign flipped), 348 is 2024 lenient. 'Kostnaden för inhyrd personal halverades
#   till 164 miljoner kronor': optional multiplier, the level a decrease. 'Vid årsskiftet hade sjukhuset 10 940
#   medarbetare' in a report on 2025 published in 2026 is the end of 2025 (lenient). The director's quote: 'Vi har öppnat
#   17 vårdplatser' is an increase (an addition) in 2025 (lenient); 'Under 2026 vill vi komma ner till 92 procent' is a
#   planned fall (decrease), 2026 explicit, elided (s None: the noun is in the sentence before); 'korta medelvårdtiden
#   med ytterligare 0,2 dagar' is a decrease, 2026, s 'medelvårdtiden'. Table: '2025' and '2024' explicit; 'Förändring,
#   %' is 2025 lenient, direction from the sign; rows are measures; 'Vårdplatser, 31 dec' takes 'Vårdplatser' and its
#   '31 dec' is N; 'Medelvårdtid, dagar' is unit day.
# - Party page (UNDATED): speaker 'Framtidspartiet' ('publisher') on every sentence with 'vi' / 'vår' / 'Vårt' / 'Våra'
#   and on the list under 'Våra fem viktigaste förslag' and the costing that follows it ('De finansieras ... som beräknas
#   ge 2,8 miljarder kronor' continues 'Våra förslag'); the third-person facts (emissions, tax levels, GDP share, rail
#   delays, public-transport shares, 'Inrikesflyget har nästan halverats') have none. 'Vägtrafiken ensam släpper ut
#   omkring 14 miljoner ton koldioxidekvivalenter om året' takes the counted noun 'koldioxidekvivalenter', unit tonne,
#   per="year". 'halvera utsläppen ... till 2030' is an optional multiplier (ratio 0.5, decrease, 2030); '2010' (base
#   year of the promise) is N. 'I Norge betalar bilisterna nästan 2 kronor mer per liter i skatt' takes 'skatt' (the
#   payers are no subject), a gap between countries (no direction), per="l". 'landsbygdsbonus på 3 000 kronor per person
#   och år' is per="capita" (the non-time denominator wins, as r20_b's 'per elev och år'). 'mer än 20 kilometer från
#   närmaste tågstation' is an eligibility rule (optional). 'Schweiz investerar mer än dubbelt så mycket per invånare i
#   sin järnväg' is an optional multiplier, per="capita", s 'sin järnväg' (the goal of the money). 'öka anslaget till
#   järnvägsunderhåll med 5 miljarder kronor per år' is a planned increase (s 'anslaget'); the list's '5 miljarder kronor
#   mer per år till järnvägsunderhåll' an increase with the goal as subject. 'bygga 400 kilometer nytt dubbelspår till
#   2035' is a promise without a change word: no direction, 2035. '28 procent i Schweiz' is elided (s None). 'sänka
#   priset på ett månadskort till högst 600 kronor' is a planned decrease (at_most); the list's 'Högst 600 kronor för
#   ett månadskort' has no direction (no change word). 'nästan halverats sedan 2019' has no period (undated: no end).
#   '10 procent av flygbränslet ... till 2030, mot knappt 1 procent i dag' makes the target a new value (increase, 2030)
#   and 'knappt 1 procent i dag' elided with no period (undated). 'Våra förslag kostar sammanlagt 11,5 miljarder kronor
#   om året' is per="year", s 'förslag'. List numbers '1.'–'5.' are N.
# - Hotel nights (sidecar 2026-11-12): 'tredje kvartalet' without a year is 2026 lenient; 'Juli' likewise.
#   'Tyskland var största utländska marknad med 612 000 gästnätter' takes the counted noun 'gästnätter' (the country is
#   no measure, but the noun is written); 'före Norge med 455 000' is elided (s None); 'Danmark backade med 3,2 procent'
#   has s None (a country is no measure) and direction decrease. 'Det genomsnittliga priset per sålt rum var 1 392
#   kronor, en höjning med 38 kronor' gives both per="room" and increase. 'hotell med minst 10 rum eller bäddar' is the
#   statistics' scope (optional, at_least). Table: the caption 'juli–september' (no year) gives 2026 leniently to every
#   column; 'tusental' scales by 1e3; 'Gästnätter, tusental' and its 'Förändring, %' take 'Gästnätter', 'Varav utländska,
#   tusental' takes 'Varav utländska' (head 'utländska'), 'Beläggning, %' takes 'Beläggning'; the change column is
#   signed.
# - Pool prices (HTML): the lead 'Från den 1 januari 2027 höjs priserna ... med i genomsnitt 4,5 procent' is 2027 not
#   lenient, increase, s 'priserna'; 'Ett vuxenbesök i badet kostar då 95 kronor, mot 90 kronor i dag': 95 is 2027
#   lenient ('då'), increase, 90 is 2026 ('i dag'); a price of a visit has per None (the visit is the subject). Table:
#   'Bad' and 'Bad och gym' take the caption's 2027 leniently, 'Bad, pris 2026' is explicit 2026; every cell takes the
#   caption's measure 'Priser'; the '–' cell is no figure (the row's '40' is located after it); level cells have no
#   direction (prices side by side in a table, no change column). 'Klippkort vuxen, 10 besök': the '10' is part of the
#   ticket's name (N), like r20_b's 'Periodbiljett 90 dagar'. 'Barn under 4 år' and 'Barn 4–17 år' are age bands (N).
#   'en familjebiljett för två vuxna och upp till tre barn' (words, defines the ticket) is left out; its price '240
#   kronor' is 2027 lenient. '20 procents rabatt' takes 'rabatt'. 'Den som badar två gånger i veckan året runt betalar
#   med årskort ungefär 40 kronor per besök' is a worked example (optional, per="visit", s None: the payer). 'har ökat
#   med 1,8 miljoner kronor på två år' spans ('2024', '2026') lenient. 'Entréavgifterna täcker i dag 38 procent av
#   driftkostnaden' takes the verb's subject (a measure), 2026. 'kommunen skjuter till cirka 21 miljoner kronor per år'
#   is s None (the payer; no goal written), per="year", 2026 lenient. Water temperatures are degC, present tense 2026
#   lenient, the second elided. Opening hours, 'vecka 34', the breadcrumb's 'Priser 2027', the related link 'Simskola
#   hösten 2026', Box number, postal code, phone, org number and '© 2026' are N.
# - Dairy cooperative: 'under 2025' makes the lead sentence explicit; the rest of the report is 2025 lenient. 'Antalet
#   medlemmar som levererar mjölk sjönk från 412 till 389 under året': 412 is 2024 lenient (the year's opening figure, as
#   the table's '2024' column), 389 a decrease. 'En genomsnittlig medlemsgård levererade därmed 819 ton, 4 procent mer än
#   året innan': the farm is an actor (s None), both increase, per None (no 'per' written). 'avräkningspris på 521 öre per
#   kilo mjölk, mot 498 öre per kilo 2024' gives 5.21 SEK per="kg" (increase) and 4.98 (2024 explicit). 'Styrelsen
#   föreslår en efterlikvid på 2,4 procent av avräkningslikviden, motsvarande 39 miljoner kronor, samt en insatsemission
#   på 8 miljoner kronor' credits all three to 'Styrelsen' (credited), no direction, 2025 lenient (the year the payment
#   belongs to). 'blir det totala mjölkpriset för året 536 öre per kilo' is third person (sp None). 'Ekologisk mjölk fick
#   ett tillägg på 68 öre per kilo' takes 'ett tillägg' (the noun attached), no direction (a supplement on top of a
#   price is not a change over time). 'Årets resultat före efterlikvid' is 2025 lenient. The chair's quote: 'Vi har
#   tappat 23 gårdar på ett år' is a decrease in 2025 (lenient), s 'gårdar'; 'med ett avräkningspris över 5 kronor per
#   kilo' is more_than, per="kg", s 'ett avräkningspris'. Table: '2025' and '2024' explicit; 'Förändring' (cells written
#   '−1,7 %') is 2025 lenient, signed; 'Avräkningspris, öre/kg' scales by 0.01 with per="kg"; rows are measures
#   ('Invägd mjölk' head 'mjölk').
# - Negatives: datelines and Publicerad lines, titles', captions', column headers' and row labels' dates, bracket notes,
#   years and dates that only place a claim or a comparison ('jämfört med oktober 2025', 'år 2024', 'än 2024', 'till
#   2030', 'sedan 2019', '2010 års nivå', 'kvartalet 2025', 'perioden 2025'), balance dates ('den 30 juni', 'den 31
#   december 2025'), next reports and meetings, the time of day on a Publicerad line, opening hours, 'vecka 34', age bands
#   ('80 år', '4–17 år', '4 år'), a ticket's name ('10 besök'), list numbering, addresses, postal codes, phone numbers,
#   org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'tre mejerier', 'fem största marknaderna', 'Våra fem viktigaste
#   förslag', 'två vuxna och upp till tre barn', 'två gånger i veckan', 'elva kommuner', 'första halvåret', 'tredje
#   kvartalet', 'årets tre första kvartal', 'årets tio första månader', 'ett år tidigare', 'på två år', 'på ett år'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027", "2030", "2035")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y30, Y35 = (Y[y] for y in ("2024", "2025", "2026", "2027", "2030", "2035"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. insurer, interim report Jan-Jun 2026 (dateline 14 augusti 2026)
    PI = ("Premieintäkterna efter avgiven återförsäkring", "Premieintäkterna")
    SK = ("Skadekvoten", "Skadekvoten")
    TK = ("Totalkostnadsprocenten", "Totalkostnadsprocenten")
    FR = ("Försäkringsresultatet", "Försäkringsresultatet")
    KA = ("Kapitalavkastningen", "Kapitalavkastningen")
    RS = ("Resultatet före skatt och återbäring", "Resultatet")
    MO = ("Margareta Öhlin", "quote")
    SV = ("Solvenskvoten", "Solvenskvoten")
    ins = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r21_b_forsakring_jan_jun"] = [
        G("7,4 procent", 7.4, "percent", **L26, direction="increase", s=PI, sp=None, note="the report's period (title 'januari–juni 2026')"),
        G("2 318", 2318e6, "SEK", ctx="till [2 318] (2 158)", **L26, direction="increase", s=PI, sp=None, note="'växte med ... till': the new value"),
        G("2 158", 2158e6, "SEK", ctx="2 318 ([2 158]) miljoner", t=Y25, s=PI, sp=None, note="bracket: the note names 'första halvåret 2025'"),
        G("71,2", 71.2, "percent", ctx="blev [71,2] (74,9)", **L26, s=SK, sp=None),
        G("74,9", 74.9, "percent", ctx="71,2 ([74,9]) procent", t=Y25, s=SK, sp=None),
        G("92,6", 92.6, "percent", ctx="till [92,6] (97,3)", **L26, direction="decrease", s=TK, sp=None, note="'förbättrades till': the ratio went down"),
        G("97,3", 97.3, "percent", ctx="92,6 ([97,3]).", t=Y25, s=TK, sp=None),
        G("mer än fördubblades", 2, "number", bound="more_than", **L26, direction="increase", optional=True, s=FR, sp=None, note="multiplier"),
        G("171", 171e6, "SEK", ctx="nådde [171] (84)", **L26, direction="increase", s=FR, sp=None),
        G("84", 84e6, "SEK", ctx="171 ([84]) miljoner", t=Y25, s=FR, sp=None),
        G("3,1", 3.1, "percent", ctx="till [3,1] (4,4)", **L26, s=KA, sp=None),
        G("4,4", 4.4, "percent", ctx="3,1 ([4,4]) procent", t=Y25, s=KA, sp=None),
        G("412", 412e6, "SEK", ctx="motsvarande [412] (560)", **L26, s=KA, sp=None, note="apposition 'motsvarande': the level's subject"),
        G("560", 560e6, "SEK", ctx="412 ([560]) miljoner", t=Y25, s=KA, sp=None),
        G("538", 538e6, "SEK", ctx="på [538] (611)", **L26, s=RS, sp=None, note="'landade på': no direction"),
        G("611", 611e6, "SEK", ctx="538 ([611]) miljoner", t=Y25, s=RS, sp=None),
        G("61", 61, "count", ctx="från [61] till 43", **L25, s=("Antalet villabränder", "Antalet"), sp=MO, note="from-value; 'i fjol' in the sentence before; paragraph ends 'säger vd'"),
        G("43", 43, "count", ctx="till [43],", **L26, direction="decrease", s=("Antalet villabränder", "Antalet"), sp=MO),
        G("knappt 40 miljoner kronor", 40e6, "SEK", bound="approx", **L26, s=("vårens skyfall", "skyfall"), sp=MO),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", **L26, direction="decrease", optional=True, s=("vårens skyfall", "skyfall"), sp=MO, note="multiplier against last spring's bill"),
        G("6 procent", 6, "percent", ctx="i snitt [6 procent]", **L26, direction="increase", s=("Premiehöjningarna", "Premiehöjningarna"), sp=MO, note="'i snitt' is an average, no bound"),
        G("91 procent", 91, "percent", **L26, s=("kundlojaliteten", "kundlojaliteten"), sp=MO, note="'ligger kvar på': no direction"),
        G("8,9 procent", 8.9, "percent", **L26, direction="increase", s=("premieintäkterna", "premieintäkterna"), sp=None),
        G("1 402 miljoner kronor", 1402e6, "SEK", **L26, direction="increase", s=("premieintäkterna", "premieintäkterna"), sp=None),
        G("5,2 procent", 5.2, "percent", **L26, direction="increase", s=("Företag och lantbruk", "Företag"), sp=None, note="a business segment that grows is its subject"),
        G("916 miljoner kronor", 916e6, "SEK", **L26, direction="increase", s=("Företag och lantbruk", "Företag"), sp=None),
        G("84,5 procent", 84.5, "percent", **L26, direction="increase", s=("skadekvoten", "skadekvoten"), sp=None, note="'klättrade till ... från'"),
        G("79,8 procent", 79.8, "percent", **L25, s=("skadekvoten", "skadekvoten"), sp=None, note="'ett år tidigare': from-value"),
        G("1,0 procentenheter", 1.0, "percentage_point", **L26, direction="decrease", s=("Driftskostnadsprocenten", "Driftskostnadsprocenten"), sp=None),
        G("21,4 procent", 21.4, "percent", **L26, direction="decrease", s=("Driftskostnadsprocenten", "Driftskostnadsprocenten"), sp=None),
        G("312 400", 312400, "count", **L26, direction="increase", s=("Antalet kunder", "Antalet"), sp=None, note="'vid halvårsskiftet'; ', en nettotillväxt med' follows"),
        G("4 900", 4900, "count", t=Y26, direction="increase", s=("Antalet kunder", "Antalet"), sp=None, note="'sedan årsskiftet' resolves"),
        G("642 anställda", 642, "count", **L26, s=("anställda", "anställda"), sp=None),
        G("214 procent", 214, "percent", **L26, direction="increase", s=SV, sp=None, note="'den 30 juni' (no year); ', att jämföra med 198 procent den 31 december 2025'"),
        G("198 procent", 198, "percent", t=Y25, s=SV, sp=None),
        G("168 procent", 168, "percent", **L26, s=("Konsolideringsgraden", "Konsolideringsgraden"), sp=None),
        G("150 procent", 150, "percent", s=("Styrelsens lägsta nivå för solvenskvoten", "nivå"), sp=None, note="a standing floor: required, no period"),
        *_row(G, "Premieintäkter f.e.r., Mkr", ["2 318", "2 158", "4 402"], ins("SEK", 1e6), ("Premieintäkter f.e.r.", "Premieintäkter"), note="table 'NYCKELTAL': 'Jan–jun 2026' / 'Jan–jun 2025' / 'Helår 2025'"),
        *_row(G, "Försäkringsresultat, Mkr", ["171", "84", "231"], ins("SEK", 1e6), ("Försäkringsresultat", "Försäkringsresultat")),
        *_row(G, "Skadekvot, %", ["71,2", "74,9", "73,8"], ins("percent", 1), ("Skadekvot", "Skadekvot")),
        *_row(G, "Driftskostnadsprocent, %", ["21,4", "22,4", "22,1"], ins("percent", 1), ("Driftskostnadsprocent", "Driftskostnadsprocent")),
        *_row(G, "Totalkostnadsprocent, %", ["92,6", "97,3", "95,9"], ins("percent", 1), ("Totalkostnadsprocent", "Totalkostnadsprocent")),
    ]
    NEG["r21_b_forsakring_jan_jun"] = [
        N("januari–juni 2026", note="title"), N("2025", ctx="halvåret [2025].", note="bracket note"),
        N("30 juni", note="balance date"), N("31 december 2025", note="places the comparison"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"), N("Helår 2025", note="column header"),
        N("29 oktober 2026", note="next report"), N("14 augusti 2026", note="dateline"),
        N("0570-31 22 40"), N("516401-8825", note="org number"),
    ]

    # ------------------------------------------------------------ 2. bankruptcies, October 2026 (Publicerad 2026-11-05)
    AB = ("aktiebolag och enskilda näringsidkare", "aktiebolag")
    AK = ("antalet konkurser", "antalet")
    AN = ("anställda", "anställda")
    NA = ("nya aktiebolag", "aktiebolag")
    KO = ("Konkurser", "Konkurser")
    ko = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("count", 1, None, Y26, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r21_b_konkurser_oktober"] = [
        G("712", 712, "count", ctx="försattes [712] aktiebolag", **L26, direction="decrease", s=AB, sp=None, note="'Under oktober' (no year); next sentence 'Det är 9 procent färre'"),
        G("9 procent", 9, "percent", **L26, direction="decrease", s=AB, sp=None, note="'Det är': the level's subject"),
        G("783", 783, "count", ctx="då [783] företag", t=Y25, s=("företag", "företag"), sp=None, note="'i oktober förra året' resolves"),
        G("7 364", 7364, "count", ctx="uppgått till [7 364]", t=Y26, direction="decrease", s=AK, sp=None, note="'Sedan januari' resolves; ', vilket är 3,5 procent lägre'"),
        G("3,5 procent", 3.5, "percent", t=Y26, direction="decrease", s=AK, sp=None),
        G("2 950 anställda", 2950, "count", **L26, direction="decrease", s=AN, sp=None),
        G("3 410", 3410, "count", ctx="med [3 410] ett", **L25, s=None, sp=None, note="'ett år tidigare'; elided noun"),
        G("13 procent", 13, "percent", **L26, direction="decrease", s=AN, sp=None),
        G("27 800 anställda", 27800, "count", t=Y26, s=AN, sp=None, note="'Hittills i år'"),
        G("604 aktiebolag", 604, "count", **L26, s=("aktiebolag", "aktiebolag"), sp=None),
        G("108 enskilda näringsidkare", 108, "count", **L26, s=("enskilda näringsidkare", "näringsidkare"), sp=None),
        G("Knappt vart femte", 0.2, "ratio", bound="approx", **L26, s=("konkursföretag", "konkursföretag"), sp=None),
        G("131 stycken", 131, "count", **L26, direction="decrease", s=("flest konkurser", "konkurser"), sp=None, note="'men där föll antalet med 22 procent': the level after the fall"),
        G("22 procent", 22, "percent", **L26, direction="decrease", s=("antalet", "antalet"), sp=None),
        G("17 procent", 17, "percent", **L26, direction="increase", s=("konkurserna", "konkurserna"), sp=None),
        G("89", 89, "count", ctx="procent till [89].", **L26, direction="increase", s=("konkurserna", "konkurserna"), sp=None),
        G("118 konkurser", 118, "count", **L26, s=("konkurser", "konkurser"), sp=None, note="'i stort sett lika många': no direction"),
        G("2,1 procent", 2.1, "percent", **L26, direction="decrease", s=AK, sp=None, note="seasonally adjusted, September to October"),
        G("5 870 nya aktiebolag", 5870, "count", **L26, direction="increase", s=NA, sp=None),
        G("cirka 4 procent", 4, "percent", bound="approx", **L26, direction="increase", s=NA, sp=None),
        G("58 300 nya aktiebolag", 58300, "count", t=Y26, direction="increase", s=NA, sp=None, note="'Under årets tio första månader' resolves; ', en uppgång med'"),
        G("6,2 procent", 6.2, "percent", t=Y26, direction="increase", s=NA, sp=None),
        G("Vart tredje", 1 / 3, "ratio", **L26, s=("nystartat bolag", "bolag"), sp=None),
        *_row(G, "Bygg", ["131", "168", "−22,0", "1 342", "−6,8"], ko, KO, note="table (caption 'oktober 2026'): 'Okt 2026' / 'Okt 2025' / 'Förändring, %' (lenient) / 'Jan–okt 2026' / 'Förändring, %' (lenient)"),
        *_row(G, "Handel", ["118", "116", "+1,7", "1 190", "−2,4"], ko, KO),
        *_row(G, "Hotell och restaurang", ["89", "76", "+17,1", "803", "+4,9"], ko, KO),
        *_row(G, "Transport", ["47", "61", "−23,0", "512", "−8,1"], ko, KO),
        *_row(G, "Företagstjänster", ["94", "102", "−7,8", "981", "−1,5"], ko, KO),
        *_row(G, "Övriga branscher", ["233", "260", "−10,4", "2 536", "−3,9"], ko, KO),
        *_row(G, "Totalt", ["712", "783", "−9,1", "7 364", "−3,5"], ko, KO),
    ]
    NEG["r21_b_konkurser_oktober"] = [
        N("oktober 2026", ctx="företag, [oktober 2026]", note="title"), N("2026-11-05", note="Publicerad line"),
        N("09.30", note="time of day"), N("2025", ctx="månader [2025].", note="places the comparison"),
        N("oktober 2025", ctx="jämfört med [oktober 2025].", note="places the comparison"),
        N("oktober 2025", ctx="än i [oktober 2025].", note="places the comparison"),
        N("oktober 2026", ctx="bransch, [oktober 2026]", note="caption"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("Jan–okt 2026", note="column header"),
        N("3 december 2026", note="next release"), N("019-17 44 05"),
    ]

    # ------------------------------------------------------------ 3. county population, first half of 2026 (Markdown, Publicerad 20 augusti 2026)
    FM = ("Folkmängden", "Folkmängden")
    PE = ("personer", "personer")
    AE = ("Andelen invånare som är 80 år eller äldre", "Andelen")
    FO = ("Folkmängd", "Folkmängd")
    bf = [("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, True), ("count", 1, None, Y26, True, False),
          ("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False)]
    BFS = [FO, FO, ("Födda", "Födda"), ("Döda", "Döda"), ("Flyttnetto", "Flyttnetto")]
    GOLD["r21_b_befolkning_halvar"] = [
        G("287 412", 287412, "count", ctx="bodde [287 412] personer", t=Y26, s=PE, sp=None, note="'Den 30 juni 2026'"),
        G("1 086 personer", 1086, "count", **L26, direction="increase", s=FM, sp=None, note="'under första halvåret' (no year)"),
        G("0,4 procent", 0.4, "percent", **L26, direction="increase", s=FM, sp=None),
        G("1 530 personer", 1530, "count", t=Y25, direction="increase", s=("tillskottet", "tillskottet"), sp=None, note="'motsvarande halvår förra året' resolves; a tillskott is an increase"),
        G("1 318 barn", 1318, "count", **L26, direction="decrease", s=("barn", "barn"), sp=None, note="', 57 färre än under första halvåret 2025'"),
        G("57", 57, "count", ctx="länet, [57] färre", **L26, direction="decrease", s=("barn", "barn"), sp=None),
        G("1 491 personer", 1491, "count", **L26, s=PE, sp=None),
        G("173 personer", 173, "count", **L26, s=("Födelseunderskottet", "Födelseunderskottet"), sp=None),
        G("elfte året", 11, "ordinal", kind="ordinal", **L26, s=("året", "året"), sp=None, note="a run: required ordinal"),
        G("4 120 personer", 4120, "count", **L26, s=PE, sp=None),
        G("2 861", 2861, "count", **L26, s=None, sp=None, note="elided noun"),
        G("1 259 personer", 1259, "count", **L26, s=("Flyttnettot", "Flyttnettot"), sp=None),
        G("1 402 personer", 1402, "count", **L26, s=("Invandringen", "Invandringen"), sp=None),
        G("598", 598, "count", ctx="utvandringen till [598],", **L26, s=("utvandringen", "utvandringen"), sp=None),
        G("drygt sex av tio", 0.6, "ratio", bound="approx", **L26, s=("flyttöverskottet", "flyttöverskottet"), sp=None),
        G("455 personer", 455, "count", **L26, s=("nettot", "nettot"), sp=None),
        G("642 invånare", 642, "count", **L26, direction="increase", s=("invånare", "invånare"), sp=None),
        G("61 930", 61930, "count", ctx="invånare till [61 930].", **L26, direction="increase", s=None, sp=None, note="elided noun; the new value"),
        G("38 personer", 38, "count", **L26, direction="decrease", s=PE, sp=None),
        G("12", 12, "count", ctx="i [12] av", **L26, s=("länets 15 kommuner", "kommuner"), sp=None, note="'X av <noun>'"),
        G("15 kommuner", 15, "count", **L26, s=("kommuner", "kommuner"), sp=None),
        G("43,1 år", 43.1, "year", **L26, s=("Medelåldern", "Medelåldern"), sp=None),
        G("6,2 procent", 6.2, "percent", **L26, direction="increase", s=AE, sp=None, note="'har stigit till ..., från ... för ett år sedan'"),
        G("5,9 procent", 5.9, "percent", **L25, s=AE, sp=None),
        *_row(G, "Norrvik", ["61 930", "+642", "331", "245", "+556"], bf, BFS, sep=" | ", note="Markdown table (caption 'januari–juni 2026': lenient): 'Folkmängd 30 juni' / 'Förändring, antal' (signed) / 'Födda' / 'Döda' / 'Flyttnetto' (a net, sign kept, no direction)"),
        *_row(G, "Bergsjö", ["34 118", "+187", "170", "188", "+205"], bf, BFS, sep=" | "),
        *_row(G, "Ålunda", ["22 407", "+18", "98", "141", "+61"], bf, BFS, sep=" | "),
        *_row(G, "Hällesjö", ["8 652", "−38", "31", "64", "−5"], bf, BFS, sep=" | "),
        *_row(G, "Övriga elva kommuner", ["160 305", "+277", "688", "853", "+442"], bf, BFS, sep=" | "),
        *_row(G, "Länet", ["287 412", "+1 086", "1 318", "1 491", "+1 259"], bf, BFS, sep=" | "),
    ]
    NEG["r21_b_befolkning_halvar"] = [
        N("2026", ctx="halvåret [2026]\n", note="title"), N("20 augusti 2026", note="Publicerad line"),
        N("30 juni 2026", note="balance date"), N("2025", ctx="halvåret [2025].", note="places the comparison"),
        N("80 år", note="age band"), N("januari–juni 2026", note="caption"), N("30 juni", ctx="Folkmängd [30 juni]", note="column header"),
        N("2026", ctx="helåret [2026]", note="next release"), N("mars 2027", note="next release"), N("0240-58 61 12"),
    ]

    # ------------------------------------------------------------ 4. university hospital, annual report 2025 (Publicerad 2 april 2026)
    MV = ("Medelvårdtiden", "Medelvårdtiden")
    OV = ("öppenvårdsbesöken", "öppenvårdsbesöken")
    VP = ("disponibla vårdplatser", "vårdplatser")
    BE = ("Beläggningen", "Beläggningen")
    OB = ("Antalet överbeläggningar per dag", "Antalet")
    VX = ("Antalet patienter som väntat längre än 90 dagar på operation", "Antalet")
    KP = ("Kostnaden per patient i slutenvården", "Kostnaden")
    UN = ("ett underskott", "underskott")
    IS = ("Ingrid Sandahl", "quote")
    sj = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), ("percent", 1, None, Y25, True, True)]
    GOLD["r21_b_sjukhus_2025"] = [
        G("71 460 vårdtillfällen", 71460, "count", t=Y25, direction="increase", s=("vårdtillfällen", "vårdtillfällen"), sp=None, note="'Under 2025'; ', 2,3 procent fler än året innan'"),
        G("2,3 procent", 2.3, "percent", t=Y25, direction="increase", s=("vårdtillfällen", "vårdtillfällen"), sp=None),
        G("5,1", 5.1, "day", ctx="från [5,1] till", **L24, s=MV, sp=None, note="from-value: the year before"),
        G("4,8 dagar", 4.8, "day", **L25, direction="decrease", s=MV, sp=None),
        G("88 200 besök", 88200, "count", **L25, s=("besök", "besök"), sp=None),
        G("242", 242, "count", ctx="genomsnitt [242] per dygn", per="day", **L25, s=None, sp=None, note="'per dygn' is per day; elided noun"),
        G("612 000", 612000, "count", **L25, direction="increase", s=OV, sp=None, note="'blev 612 000 mot 596 000 år 2024': the new value"),
        G("596 000", 596000, "count", t=Y24, s=OV, sp=None),
        G("38 operationssalar", 38, "count", **L25, s=("operationssalar", "operationssalar"), sp=None),
        G("24 870 operationer", 24870, "count", **L25, direction="increase", s=("operationer", "operationer"), sp=None, note="next sentence 'Det är 1 150 fler operationer än 2024'"),
        G("14 320", 14320, "count", **L25, s=None, sp=None, note="'varav 14 320 planerade': elided noun"),
        G("1 150 fler operationer", 1150, "count", **L25, direction="increase", s=("operationer", "operationer"), sp=None),
        G("46 procent", 46, "percent", **L25, direction="increase", s=("Andelen dagkirurgi", "Andelen"), sp=None),
        G("90 dagar", 90, "day", ctx="längre än [90 dagar] på", bound="more_than", optional=True, s=None, sp=None, note="threshold that defines the count"),
        G("1 940", 1940, "count", **L24, s=VX, sp=None, note="'sjönk från ... till ... under årets lopp': the from-value is the year's opening figure"),
        G("1 310", 1310, "count", **L25, direction="decrease", s=VX, sp=None),
        G("812 disponibla vårdplatser", 812, "count", **L25, direction="increase", s=VP, sp=None, note="'Vid årets slut'; ', 17 fler än vid utgången av 2024'"),
        G("17", 17, "count", ctx="vårdplatser, [17] fler", **L25, direction="increase", s=VP, sp=None),
        G("97 procent", 97, "percent", **L25, direction="decrease", s=BE, sp=None),
        G("101 procent", 101, "percent", **L24, s=BE, sp=None, note="'ner från' (no year): the year before"),
        G("högst 90 procent", 90, "percent", bound="at_most", s=("en beläggning", "beläggning"), sp=None, note="a standing target: required, no period"),
        G("31", 31, "count", ctx="från [31] till 22", per="day", **L24, s=OB, sp=None),
        G("22", 22, "count", ctx="till [22].", per="day", **L25, direction="decrease", s=OB, sp=None),
        G("86 400 kronor", 86400, "SEK", per="capita", **L25, direction="increase", s=KP, sp=None, note="'per patient' is per person (capita); ', 3,9 procent mer än 2024'"),
        G("3,9 procent", 3.9, "percent", **L25, direction="increase", s=KP, sp=None),
        G("14,8 miljarder kronor", 14.8e9, "SEK", **L25, s=("Sjukhusets totala kostnader", "kostnader"), sp=None),
        G("212 miljoner kronor", 212e6, "SEK", **L25, direction="decrease", s=UN, sp=None, note="the deficit shrank: the figure as written fell"),
        G("348 miljoner kronor", 348e6, "SEK", **L24, s=UN, sp=None, note="'året innan'"),
        G("halverades", 0.5, "ratio", **L25, direction="decrease", optional=True, s=("Kostnaden för inhyrd personal", "Kostnaden"), sp=None, note="multiplier"),
        G("164 miljoner kronor", 164e6, "SEK", **L25, direction="decrease", s=("Kostnaden för inhyrd personal", "Kostnaden"), sp=None),
        G("10 940 medarbetare", 10940, "count", **L25, s=("medarbetare", "medarbetare"), sp=None, note="'Vid årsskiftet' in a report on 2025: its end"),
        G("2 110 sjuksköterskor", 2110, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=None),
        G("11,5 procent", 11.5, "percent", **L25, direction="decrease", s=("Personalomsättningen bland sjuksköterskorna", "Personalomsättningen"), sp=None),
        G("17 vårdplatser", 17, "count", **L25, direction="increase", s=("vårdplatser", "vårdplatser"), sp=IS, note="'Vi har öppnat': an addition"),
        G("92 procent", 92, "percent", t=Y26, direction="decrease", s=None, sp=IS, note="'Under 2026 vill vi komma ner till': a planned fall; elided noun"),
        G("0,2 dagar", 0.2, "day", t=Y26, direction="decrease", s=MV, sp=IS),
        *_row(G, "Vårdtillfällen", ["71 460", "69 857", "+2,3"], sj("count", 1), ("Vårdtillfällen", "Vårdtillfällen"), note="table 'Nyckeltal': '2025' / '2024' / 'Förändring, %' (2025 lenient, signed)"),
        *_row(G, "Operationer", ["24 870", "23 720", "+4,8"], sj("count", 1), ("Operationer", "Operationer")),
        *_row(G, "Vårdplatser, 31 dec", ["812", "795", "+2,1"], sj("count", 1), ("Vårdplatser", "Vårdplatser")),
        *_row(G, "Medelvårdtid, dagar", ["4,8", "5,1", "−5,9"], sj("day", 1), ("Medelvårdtid", "Medelvårdtid")),
        *_row(G, "Kostnad per patient, kr", ["86 400", "83 150", "+3,9"], sj("SEK", 1, "capita"), ("Kostnad per patient", "Kostnad")),
    ]
    NEG["r21_b_sjukhus_2025"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("2 april 2026", note="Publicerad line"),
        N("2025", ctx="Under [2025] registrerades", note="places the claim"), N("2024", ctx="år [2024].", note="places the comparison"),
        N("2024", ctx="operationer än [2024].", note="places the comparison"), N("2024", ctx="utgången av [2024].", note="places the comparison"),
        N("2024", ctx="mer än [2024].", note="places the comparison"), N("2026", ctx="Under [2026] vill", note="places the target"),
        N("2025", ctx="Nyckeltal [2025]", note="column header"), N("2024", ctx="2025 [2024] Förändring", note="column header"),
        N("31 dec", note="row label's date"), N("1", ctx="Sjukhusvägen [1],", note="address"), N("702 81", note="postal code"),
        N("019-602 10 00"),
    ]

    # ------------------------------------------------------------ 5. party page on climate and transport (UNDATED: no date, no sidecar)
    PUB = ("Framtidspartiet", "publisher")
    MK = ("priset på ett månadskort", "priset")
    GOLD["r21_b_parti_klimat"] = [
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", s=("Sveriges utsläpp av växthusgaser", "utsläpp"), sp=None, note="'X av <noun>': Transporterna is no measure"),
        G("omkring 14 miljoner ton", 14e6, "tonne", bound="approx", per="year", s=("koldioxidekvivalenter", "koldioxidekvivalenter"), sp=None, note="'om året'; undated: no period"),
        G("halvera", 0.5, "ratio", ctx="vi [halvera] utsläppen", t=Y30, direction="decrease", optional=True, s=("utsläppen från inrikes transporter", "utsläppen"), sp=PUB, note="multiplier in a promise 'till 2030'"),
        G("minst 60 procent", 60, "percent", ctx="att [minst 60 procent] av", bound="at_least", t=Y30, s=("alla nya lastbilar", "lastbilar"), sp=PUB, note="target year explicit"),
        G("drygt 6 kronor per liter", 6, "SEK", bound="approx", per="l", s=("Skatten på bensin", "Skatten"), sp=None, note="'i dag' in an undated text: no period"),
        G("nästan 2 kronor", 2, "SEK", bound="approx", per="l", s=("skatt", "skatt"), sp=None, note="a gap between countries at one time: no direction"),
        G("3 000 kronor per person och år", 3000, "SEK", per="capita", s=("en landsbygdsbonus", "landsbygdsbonus"), sp=PUB, note="'per person och år': the non-time denominator wins (r20_b)"),
        G("mer än 20 kilometer", 20, "km", bound="more_than", optional=True, s=None, sp=PUB, note="eligibility rule"),
        G("omkring 0,6 procent", 0.6, "percent", bound="approx", s=("transportinfrastruktur", "transportinfrastruktur"), sp=None, note="goal of the money"),
        G("mer än dubbelt", 2, "number", bound="more_than", per="capita", optional=True, s=("sin järnväg", "järnväg"), sp=None, note="multiplier between countries"),
        G("5 miljarder kronor", 5e9, "SEK", ctx="med [5 miljarder kronor] per", per="year", direction="increase", s=("anslaget till järnvägsunderhåll", "anslaget"), sp=PUB),
        G("400 kilometer", 400, "km", t=Y35, s=("nytt dubbelspår", "dubbelspår"), sp=PUB, note="'bygga ... till 2035': building, no stated change of a level"),
        G("Var fjärde", 0.25, "ratio", s=("tågförsening", "tågförsening"), sp=None),
        G("19 procent", 19, "percent", s=("Kollektivtrafikens andel av resorna", "andel"), sp=None),
        G("28 procent", 28, "percent", s=None, sp=None, note="elided; a comparison between countries"),
        G("30 procent", 30, "percent", t=Y30, s=("Vårt mål", "mål"), sp=PUB),
        G("högst 600 kronor", 600, "SEK", ctx="till [högst 600 kronor] i", bound="at_most", direction="decrease", s=MK, sp=PUB, note="'sänka priset ... till'"),
        G("nästan halverats", 0.5, "ratio", bound="approx", direction="decrease", optional=True, s=("Inrikesflyget", "Inrikesflyget"), sp=None, note="'sedan 2019' in an undated text: no end, no period"),
        G("10 procent", 10, "percent", ctx="att [10 procent] av", t=Y30, direction="increase", s=("flygbränslet som tankas i Sverige", "flygbränslet"), sp=PUB, note="', mot knappt 1 procent i dag': the target is a new value"),
        G("knappt 1 procent", 1, "percent", bound="approx", s=None, sp=PUB, note="elided; 'i dag' in an undated text"),
        G("5 miljarder kronor", 5e9, "SEK", ctx="[5 miljarder kronor] mer per år", per="year", direction="increase", s=("järnvägsunderhåll", "järnvägsunderhåll"), sp=PUB, note="list item"),
        G("Högst 600 kronor", 600, "SEK", bound="at_most", s=("ett månadskort", "månadskort"), sp=PUB, note="list item"),
        G("50 000 nya publika laddpunkter", 50000, "count", s=("nya publika laddpunkter", "laddpunkter"), sp=PUB),
        G("10 000 snabbladdare", 10000, "count", s=("snabbladdare", "snabbladdare"), sp=PUB),
        G("Minst 60 procent", 60, "percent", bound="at_least", t=Y30, s=("eldrivna nya lastbilar", "lastbilar"), sp=PUB, note="list item"),
        G("11,5 miljarder kronor", 11.5e9, "SEK", per="year", s=("Våra förslag", "förslag"), sp=PUB),
        G("2,8 miljarder kronor", 2.8e9, "SEK", s=("en höjd flygskatt", "flygskatt"), sp=PUB, note="the party's own costing"),
    ]
    NEG["r21_b_parti_klimat"] = [
        N("2030", ctx="transporter till [2030], räknat", note="places the target"), N("2010", note="base year"),
        N("2030", ctx="eldrivna [2030].", note="places the target"), N("2035", note="places the target"),
        N("2030", ctx="procent till [2030].", note="places the target"), N("2019", note="'sedan 2019'"),
        N("2030", ctx="förnybart till [2030],", note="places the target"), N("2030", ctx="transporter till [2030].", note="list item's target year"),
        N("2030", ctx="lastbilar [2030].", note="list item's target year"),
        N("1", ctx="[1]. Halvera", note="list numbering"), N("2", ctx="[2]. 5 miljarder", note="list numbering"),
        N("3", ctx="[3]. Högst", note="list numbering"), N("4", ctx="[4]. 50 000", note="list numbering"),
        N("5", ctx="[5]. Minst", note="list numbering"), N("08-506 233 90"),
    ]

    # ------------------------------------------------------------ 6. hotel nights, third quarter 2026 (sidecar 2026-11-12, no date in the text)
    GN = ("gästnätter", "gästnätter")
    UG = ("De utländska gästnätterna", "gästnätterna")
    SG = ("de svenska gästnätterna", "gästnätterna")
    RB = ("Rumsbeläggningen", "Rumsbeläggningen")
    LI = ("Logiintäkterna", "Logiintäkterna")
    PR = ("Det genomsnittliga priset per sålt rum", "priset")
    GH = ("gästnätterna på hotell", "gästnätterna")
    ho = [("count", 1e3, None, Y26, True, False), ("percent", 1, None, Y26, True, True), ("count", 1e3, None, Y26, True, False),
          ("percent", 1, None, Y26, True, False)]
    HOS = [("Gästnätter", "Gästnätter"), ("Gästnätter", "Gästnätter"), ("Varav utländska", "utländska"), ("Beläggning", "Beläggning")]
    GOLD["r21_b_hotell_q3"] = [
        G("11,62 miljoner", 11.62e6, "count", **L26, direction="increase", s=GN, sp=None, note="'tredje kvartalet' (no year; sidecar 2026-11-12)"),
        G("2,8 procent", 2.8, "percent", ctx="ökning med [2,8 procent]", **L26, direction="increase", s=GN, sp=None),
        G("3,41 miljoner", 3.41e6, "count", **L26, direction="increase", s=UG, sp=None, note="', vilket är 6,5 procent fler än för ett år sedan'"),
        G("6,5 procent", 6.5, "percent", **L26, direction="increase", s=UG, sp=None),
        G("1,3 procent", 1.3, "percent", **L26, direction="increase", s=SG, sp=None),
        G("8,21 miljoner", 8.21e6, "count", **L26, direction="increase", s=SG, sp=None),
        G("4,72 miljoner", 4.72e6, "count", **L26, s=GN, sp=None, note="'Juli' (no year)"),
        G("61,4 procent", 61.4, "percent", **L26, direction="increase", s=RB, sp=None, note="', 1,2 procentenheter högre än under tredje kvartalet 2025'"),
        G("1,2 procentenheter", 1.2, "percentage_point", **L26, direction="increase", s=RB, sp=None),
        G("5,9 procent", 5.9, "percent", **L26, direction="increase", s=LI, sp=None),
        G("9,3 miljarder kronor", 9.3e9, "SEK", **L26, direction="increase", s=LI, sp=None),
        G("1 392 kronor", 1392, "SEK", per="room", **L26, direction="increase", s=PR, sp=None, note="'per sålt rum'; ', en höjning med 38 kronor'"),
        G("38 kronor", 38, "SEK", per="room", **L26, direction="increase", s=PR, sp=None),
        G("612 000 gästnätter", 612000, "count", **L26, s=("gästnätter", "gästnätter"), sp=None, note="a market is no measure; the counted noun is"),
        G("455 000", 455000, "count", **L26, s=None, sp=None, note="elided"),
        G("19 procent", 19, "percent", **L26, direction="increase", s=("Gästnätterna från USA", "Gästnätterna"), sp=None),
        G("3,2 procent", 3.2, "percent", **L26, direction="decrease", s=None, sp=None, note="'Danmark backade': a country is no measure"),
        G("Nära hälften", 0.5, "ratio", bound="approx", **L26, s=("de utländska gästnätterna", "gästnätterna"), sp=None),
        G("27,9 miljoner", 27.9e6, "count", t=Y26, direction="increase", s=GH, sp=None, note="'Under årets tre första kvartal' resolves"),
        G("1,9 procent", 1.9, "percent", t=Y26, direction="increase", s=GH, sp=None),
        G("minst 10 rum", 10, "count", bound="at_least", optional=True, s=("rum", "rum"), sp=None, note="scope rule of the statistics"),
        *_row(G, "Stockholm", ["2 906", "+4,1", "1 102", "72,8"], ho, HOS, note="table (caption 'juli–september', no year: lenient): 'Gästnätter, tusental' / 'Förändring, %' (signed) / 'Varav utländska, tusental' / 'Beläggning, %'"),
        *_row(G, "Västra Götaland", ["2 114", "+2,2", "548", "64,1"], ho, HOS),
        *_row(G, "Skåne", ["1 487", "+3,0", "501", "63,5"], ho, HOS),
        *_row(G, "Norrlandslänen", ["1 630", "+1,1", "409", "52,0"], ho, HOS),
        *_row(G, "Övriga regioner", ["3 483", "+2,6", "850", "55,2"], ho, HOS),
        *_row(G, "Hela riket", ["11 620", "+2,8", "3 410", "61,4"], ho, HOS),
    ]
    NEG["r21_b_hotell_q3"] = [
        N("2025", ctx="kvartalet [2025].", note="places the comparison"), N("2025", ctx="period [2025].", note="places the comparison"),
    ]

    # ------------------------------------------------------------ 7. municipality HTML page, pool and gym prices from 1 January 2027 (Publicerad 18 november 2026)
    PR7 = ("Priser", "Priser")
    VB = ("Ett vuxenbesök i badet", "vuxenbesök")
    pb = [("SEK", 1, None, Y27, True, False), ("SEK", 1, None, Y27, True, False), ("SEK", 1, None, Y26, False, False)]
    GOLD["r21_b_badhus_priser"] = [
        G("4,5 procent", 4.5, "percent", t=Y27, direction="increase", s=("priserna", "priserna"), sp=None, note="'Från den 1 januari 2027 höjs'; 'i genomsnitt' is no bound"),
        G("95 kronor", 95, "SEK", **L27, direction="increase", s=VB, sp=None, note="'då' = from 1 January 2027; ', mot 90 kronor i dag'"),
        G("90 kronor", 90, "SEK", t=Y26, s=VB, sp=None, note="'i dag'"),
        *_row(G, "Vuxen, enkelbesök", ["95", "135", "90"], pb, PR7, note="HTML table (caption 'Priser från 1 januari 2027, kronor': lenient): 'Bad' / 'Bad och gym' / 'Bad, pris 2026' (explicit)"),
        *_row(G, "Barn 4–17 år, enkelbesök", ["45"], pb[:1], PR7),
        *_row(G, "Barn 4–17 år, enkelbesök", ["40"], pb[2:], PR7, before=("45", "–")),
        *_row(G, "Pensionär, enkelbesök", ["70", "100", "65"], pb, PR7),
        *_row(G, "Klippkort vuxen, 10 besök", ["850", "1 200", "800"], pb, PR7),
        *_row(G, "Årskort vuxen", ["4 200", "5 900", "3 990"], pb, PR7),
        G("240 kronor", 240, "SEK", **L27, s=("En familjebiljett", "familjebiljett"), sp=None),
        G("20 procents", 20, "percent", **L27, s=("rabatt", "rabatt"), sp=None),
        G("ungefär 40 kronor per besök", 40, "SEK", bound="approx", per="visit", optional=True, **L27, s=None, sp=None, note="a worked example; the payer is no subject"),
        G("1,8 miljoner kronor", 1.8e6, "SEK", t=("2024", "2026"), lenient=True, direction="increase", s=("Energikostnaden för badet", "Energikostnaden"), sp=None, note="'har ökat med ... på två år' in a 2026 text"),
        G("38 procent", 38, "percent", t=Y26, s=("Entréavgifterna", "Entréavgifterna"), sp=None, note="'i dag'; the verb's subject is a measure"),
        G("cirka 21 miljoner kronor", 21e6, "SEK", bound="approx", per="year", **L26, s=None, sp=None, note="'kommunen skjuter till': the payer is no subject"),
        G("28 grader", 28, "degC", **L26, s=("Vattnet i huvudbassängen", "Vattnet"), sp=None),
        G("32 grader", 32, "degC", **L26, s=None, sp=None, note="elided"),
        G("146 000 besök", 146000, "count", t=Y25, s=("besök", "besök"), sp=None, note="'Förra året' resolves"),
    ]
    NEG["r21_b_badhus_priser"] = [
        N("2027", ctx="Priser [2027]", note="breadcrumb"), N("1 januari 2027", ctx="gymmet från [1 januari 2027]", note="heading"),
        N("18 november 2026", note="Publicerad line"), N("1 januari 2027", ctx="Från den [1 januari 2027] höjs", note="places the change"),
        N("1 januari 2027", ctx="Priser från [1 januari 2027], kronor", note="caption"), N("2026", ctx="Bad, pris [2026]", note="column header"),
        N("4–17 år", note="age band"), N("10", ctx="vuxen, [10] besök", note="part of the ticket's name"), N("4 år", note="age band"),
        N("06.30", note="time of day"), N("21.00", note="time of day"), N("08.00", note="time of day"), N("18.00", note="time of day"),
        N("05.00", note="time of day"), N("23.00", note="time of day"), N("34", ctx="vecka [34]", note="week number"),
        N("2026", ctx="hösten [2026]", note="related link"), N("140", ctx="Box [140]", note="address"), N("645 80", note="postal code"),
        N("0157-650 00"), N("212000-0399", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. dairy cooperative, annual report 2025 (Publicerad 12 mars 2026)
    IM = ("Invägningen av mjölk", "Invägningen")
    AM = ("Antalet medlemmar som levererar mjölk", "Antalet")
    AP = ("ett avräkningspris", "avräkningspris")
    EL = ("en efterlikvid", "efterlikvid")
    STY = ("Styrelsen", "credited")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    OS = ("produktionen av lagrad ost", "produktionen")
    AKB = ("Anna-Karin Björk", "quote")
    mj = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), ("percent", 1, None, Y25, True, True)]
    GOLD["r21_b_mejeri_2025"] = [
        G("318 600 ton", 318600, "tonne", t=Y25, direction="decrease", s=IM, sp=None, note="'under 2025'; ', en minskning med 1,7 procent'"),
        G("1,7 procent", 1.7, "percent", t=Y25, direction="decrease", s=IM, sp=None),
        G("412", 412, "count", ctx="från [412] till", **L24, s=AM, sp=None, note="'sjönk från ... till ... under året': the from-value is the year's opening figure (the table's 2024)"),
        G("389", 389, "count", ctx="till [389] under", **L25, direction="decrease", s=AM, sp=None),
        G("819 ton", 819, "tonne", **L25, direction="increase", s=None, sp=None, note="'En genomsnittlig medlemsgård levererade': the farm is an actor"),
        G("4 procent", 4, "percent", ctx="[4 procent] mer", **L25, direction="increase", s=None, sp=None),
        G("521 öre per kilo", 5.21, "SEK", per="kg", **L25, direction="increase", s=AP, sp=None, note="öre are SEK/100; ', mot 498 öre per kilo 2024'"),
        G("498 öre per kilo", 4.98, "SEK", per="kg", t=Y24, s=AP, sp=None),
        G("2,4 procent", 2.4, "percent", **L25, s=EL, sp=STY, note="'Styrelsen föreslår'"),
        G("39 miljoner kronor", 39e6, "SEK", **L25, s=EL, sp=STY, note="'motsvarande': the level's subject"),
        G("8 miljoner kronor", 8e6, "SEK", **L25, s=("en insatsemission", "insatsemission"), sp=STY),
        G("536 öre per kilo", 5.36, "SEK", per="kg", **L25, s=("det totala mjölkpriset", "mjölkpriset"), sp=None),
        G("68 öre per kilo", 0.68, "SEK", per="kg", **L25, s=("ett tillägg", "tillägg"), sp=None),
        G("2 410 miljoner kronor", 2410e6, "SEK", **L25, direction="increase", s=NO, sp=None, note="'ökade till ... från'"),
        G("2 287 miljoner kronor", 2287e6, "SEK", **L24, s=NO, sp=None),
        G("6 procent", 6, "percent", **L25, direction="increase", s=OS, sp=None),
        G("21 400 ton", 21400, "tonne", **L25, direction="increase", s=OS, sp=None),
        G("64 miljoner kronor", 64e6, "SEK", **L25, s=("Årets resultat före efterlikvid", "resultat"), sp=None),
        G("41 procent", 41, "percent", **L25, direction="increase", s=("Soliditeten", "Soliditeten"), sp=None, note="'stärktes till'"),
        G("23 procent", 23, "percent", **L25, s=("Andelen ekologisk mjölk av den totala invägningen", "Andelen"), sp=None),
        G("356 anställda", 356, "count", **L25, s=("anställda", "anställda"), sp=None),
        G("23 gårdar", 23, "count", **L25, direction="decrease", s=("gårdar", "gårdar"), sp=AKB, note="'Vi har tappat ... på ett år'"),
        G("över 5 kronor per kilo", 5, "SEK", bound="more_than", per="kg", **L25, s=AP, sp=AKB),
        *_row(G, "Invägd mjölk, ton", ["318 600", "324 100", "−1,7 %"], mj("tonne", 1), ("Invägd mjölk", "mjölk"), note="table 'Nyckeltal': '2025' / '2024' / 'Förändring' (2025 lenient, signed)"),
        *_row(G, "Medlemmar, antal", ["389", "412", "−5,6 %"], mj("count", 1), ("Medlemmar", "Medlemmar")),
        *_row(G, "Avräkningspris, öre/kg", ["521", "498", "+4,6 %"], mj("SEK", 0.01, "kg"), ("Avräkningspris", "Avräkningspris")),
        *_row(G, "Efterlikvid, Mkr", ["39", "27", "+44,4 %"], mj("SEK", 1e6), ("Efterlikvid", "Efterlikvid")),
        *_row(G, "Nettoomsättning, Mkr", ["2 410", "2 287", "+5,4 %"], mj("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
    ]
    NEG["r21_b_mejeri_2025"] = [
        N("2025", ctx="Årsredovisning [2025]", note="title"), N("12 mars 2026", note="Publicerad line"),
        N("2025", ctx="under [2025] till", note="places the claim"), N("2024", ctx="jämfört med [2024].", note="places the comparison"),
        N("2024", ctx="kilo [2024].", note="places the comparison"), N("2025", ctx="Nyckeltal [2025]", note="column header"),
        N("2024", ctx="2025 [2024] Förändring", note="column header"), N("22 april 2026", note="meeting date"),
        N("769600-2217", note="org number"), N("4", ctx="Mejerivägen [4],", note="address"), N("833 31", note="postal code"),
    ]
    return GOLD, NEG
