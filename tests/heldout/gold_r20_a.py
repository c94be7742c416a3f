"""Round 20, part A (r20_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 20, part A (r20_a_*): eight kinds, written from scratch (r20_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed industrial company's interim
# report for January–September 2026 (dateline 'Västerås den 22 oktober 2026' at the end; bullets under 'TREDJE
# KVARTALET 2026' with bracketed prior figures dated by 'Siffror inom parentes avser tredje kvartalet 2025':
# orderingång 'ökade med 11 procent till 2 486 (2 240) Mkr', 'Rensat för valutaeffekter var ökningen', nettoomsättning
# with 'en organisk tillväxt på 2 procent', 'Rörelseresultatet (EBITA) steg till 301 (264) Mkr och rörelsemarginalen
# till 13,0 (11,5) procent', resultat per aktie, 'förstärktes till', orderstock '5,9 (5,1) miljarder kronor'; a CEO
# paragraph 'VD HAR ORDET' ending in 'säger vd' with a record order, 'backade ... med nästan en femtedel', lay-offs and
# savings 'på årsbasis'; 'NIO MÅNADER' with 'i stort sett oförändrad mot motsvarande period i fjol då den uppgick
# till', 'landade på 12,1 procent, en förbättring med 1,4 procentenheter', 'skuldsättning på 1,3 gånger', staff '120
# färre än vid årsskiftet'; targets; a plain-text key-figure table whose headers stand on two lines 'Kv 3 / 2026',
# 'Kv 3 / 2025', '9 mån / 2026', '9 mån / 2025', 'Helår / 2025'), a statistics agency's KPI/KPIF release for September
# 2026 ('Publicerad 2026-10-14 kl. 08.00'; 'sjönk till 1,9 procent', 'ner från 2,3 procent i augusti', 'jämfört med
# 1,8 procent månaden före', the monthly change and 'Ett år tidigare var månadsförändringen', 'sjönk med 9,4 procent på
# en månad', '6,8 procent lägre än för tolv månader sedan', contributions 'bidrog med −0,35 procentenheter' to the
# annual rate and '−0,12 procentenheter' to the monthly change, 'nästan 14 procent dyrare på ett år', 'på tolv
# månader', the index '(1980=100)'; a plain-text table by product group 'Sep/aug, %' / 'Sep/sep, %' / 'Bidrag,
# procentenheter'), a region's waiting-time report for October 2026 (Markdown, '**Region Västmarken · ... · Publicerad
# 19 november 2026**'; patients waiting, 'kortare tid än vårdgarantins 90 dagar', 'Det är en förbättring med 5,1
# procentenheter jämfört med oktober 2025', a target 'minst 85 procent', median days 'att jämföra med 52 dagar för ett
# år sedan', 'Hälften ... inom sex veckor', operations 'högst 90 dagar', 'Andelen har minskat med 2,3 procentenheter
# sedan i fjol', 'steg till 68 dagar, från 59 dagar i oktober förra året', 'Var tredje av dem', a quote 'cirka 40 fler
# ... i månaden än i våras'; a Markdown table by specialty 'Väntande' / 'Inom 90 dagar, %' / 'Median, dagar' / 'Inom 90
# dagar okt 2025, %'; the national average, purchased visits 'Hittills i år' and 'Inför nästa år'), a municipality's
# crime statistics for 2025 ('Publicerad 25 mars 2026'; 'brott per 100 000 invånare', a bracket '(12 870)' naming the
# average of comparable municipalities, 'sett över tio år ... sjunkit med 17 procent', 'drygt hälften så många som
# 2015, då siffran var', 'mer än halverats under samma period och stannade 2025 på', 'en tiondel fler än 2024 och 29
# procent fler än för tio år sedan', 'Ungefär vart fjärde', '2,6 gånger fler än 2015', 'fördubblades mellan 2021 och
# 2025', 'mot 380 år 2015, en ökning med 174 procent', 'kring 700 per år under hela perioden och var 2025 exakt 688';
# a plain-text table by type of crime '2015' / '2025' / 'Per 100 000 inv. 2025' / 'Förändring 2015–2025' with an
# indented 'varav' row), an UNDATED opinion piece on electricity prices (no date, no sidecar; öre per kilowattimme by
# price area, 'tre gånger så mycket', 'mer än dubbelt så mycket', Finland, Denmark 'drygt 9 procent mer än i elområde
# 4', Germany 'bara 6 procent mer än i Malmö', an hourly peak '4,20 kronor per kilowattimme', an example villa, 'Nästan
# 80 procent av elanvändningen ... men där finns bara 35 procent av produktionen', a numbered list of proposals with
# '3 000 megawatt', 'enligt Energiforum Syds beräkningar minska prisskillnaden med ungefär hälften', 'överstiger 150 öre
# per kWh'), a monthly unemployment release for October 2026 dated only by its sidecar (2026-11-11; 'Arbetslösheten låg
# kvar på 7,1 procent', inskrivna arbetslösa, 'Det motsvarar 7,1 procent av den registerbaserade arbetskraften, samma
# andel som i september', 'minskat med 11 300 personer', 'sjunkit med 0,3 procentenheter', youth 'en nedgång från 9,4
# procent för ett år sedan', women and men, long-term unemployment 'över 45 procent sedan sommaren 2024', foreign-born
# 'mer än fyra gånger så hög', 'cirka 1 900 fler än under samma månad i fjol', lediga platser 'en minskning med 7
# procent'; a plain-text table by county 'Antal' / 'Procent av arbetskraften' / 'Förändring mot okt 2025,
# procentenheter' with a '0,0' cell), a municipality's HTML page on waste-collection fees from 1 January 2026 (cookie
# banner, menu, breadcrumb, related links, footer; 'Publicerad 27 november 2025'; 'i genomsnitt 8,6 procent högre,
# vilket motsvarar ungefär 260 kronor mer om året', grundavgift 'höjs till 1 560 kronor per år ..., från 1 420 kronor i
# år', 'per lägenhet och år', '26 gånger om året', an HTML table under the caption 'Hämtningsavgift för villor, kronor
# per år' with rows by container size 'Varannan vecka' / 'Var fjärde vecka' / 'Höjning jämfört med 2025', 'Per tömning
# ... 66 kronor ..., mot 61 kronor under 2025', a bulleted price list 'per tillfälle', 'per hämtning, högst 10 kollin',
# 'längre än 5 meter', 'per säsong', a deduction, 'har stigit med 22 procent på tre år', 'För 2026 budgeteras ... en
# ökning med 7 miljoner jämfört med i år', the county average) and a ski destination's winter-season summary 2025/26
# ('Publicerad 22 april 2026'; gästnätter '7 procent fler än förra vintern och 18 procent över nivån säsongen 2018/19',
# sold lift tickets 'räknat i skiddagar' 'en uppgång med 31 000 från säsongen innan', lift turnover '9 procent mer än
# 2024/25 och nästan 40 procent mer än vintern 2018/19', 'Intäkten per skiddag ökade till 430 kronor, från 420
# kronor', beläggning in high season and over the season, foreign share 'upp från 33 procent', markets 'följd av Norge
# med', 'nästan fördubblade sina gästnätter, till 12 500', snow depth in centimetres, snow cannons' gigawattimmar '12
# procent mindre än vintern innan', a CEO quote with an investment 'på tre år'; a plain-text table '2025/26' /
# '2024/25' / '2018/19').
# The r8-r19 decisions are followed: periods at year grain (a quarter, a month, nine months take their year; a season
# '2025/26' is ('2025', '2026')); a relative expression in the sentence ('i fjol', 'förra året', 'i år', 'årets',
# 'nästa år', 'Hittills i år', 'sedan i fjol') resolves against the publication date and is not lenient; a month without
# a year, a heading's, a caption's, a title's or the document's period, present tense, 'ett år tidigare' / 'månaden
# före' / 'året innan' / 'säsongen innan' / 'för ett år sedan' are lenient; brackets take the period their note names
# (not lenient) and carry no direction; a level followed by ', upp från', ', ner från', ', jämfört med', ', att jämföra
# med', ', en minskning med', ', X färre än', ', vilket är X mer än' or a next sentence 'Det är en förbättring med' is
# the new value after a change, from-values and earlier values have none; 'i stort sett oförändrad' and 'låg kvar'
# have none; comparisons at one time (countries, price areas, groups, options, the region against the nation) have no
# direction; multipliers ('tre gånger', 'mer än dubbelt', '2,6 gånger', 'halverats', 'fördubblades') are optional
# (unit number or ratio), a change size written as a fraction ('nästan en femtedel', 'en tiondel', 'ungefär hälften')
# is required (r19_b); thresholds, definitions of a metric or an example, and restatements of a median are optional;
# targets and demands are required; the inflation rate is a level (r10_b), 'på ett år' / 'på tolv månader' is the
# rolling year ('2025', '2026') lenient (r15_a), 'lägre/högre än för tolv månader sedan' / 'än i september förra året'
# the current month's year (r15_a), contributions ('bidrog med') are parts of a change with direction from the sign
# (r19_a); table cells take their column headers' periods (not lenient when the header has a year; a caption's or
# title's period lenient), change columns take direction from the sign; rows that are categories take the caption's
# measure as subject, rows that are measures their own label; 'per 100 000 invånare' is per="capita" with the value as
# written and '100 000' N; öre are SEK/100 and 'öre per kilowattimme' per="kWh"; 'per aktie' per="share"; 'per
# tömning' per="emptying", 'per tillfälle' per="occasion"; 'per lägenhet och år' per="year" (the time unit wins, as
# the earlier waste-fee page); 'gånger' is unit number; 'vilket motsvarar' / 'vilket är' without a noun, elided nouns,
# a figure as grammatical subject and a pronoun 'dem' have s None; the payer and the company that turns over money are
# no subject; the goal of money spent is; a CEO paragraph ending in 'säger vd' credits every figure in it to the CEO;
# the op-ed's signatories are no speaker; the UNDATED text has no period on any figure; age bands, week numbers, price
# area numbers ('elområde 4', 'snitt 2'), list numbering and index bases are N.
# Where those were silent, decided here:
# - Industrial company: the two-line column headers are read as 'Kv 3 2026' (Q3 2026), '9 mån 2026' (January–September
#   2026) and 'Helår 2025': all explicit (not lenient); their digits ('3', '9', the years) are N. The organic growth
#   'en organisk tillväxt på 2 procent' and the growth target '5 procent per år' are growth rates: increase (as r16_a's
#   growth rates), the target per="year" with no period; the margin target 'minst 12 procent över en konjunkturcykel'
#   has no period and no speaker (third person 'Norrfors finansiella mål'). 'steg till 301 (264) Mkr och
#   rörelsemarginalen till 13,0 (11,5)' gives 'steg' to both main figures (increase). 'förstärktes till 356' is an
#   increase. The record order 'värd cirka 410 Mkr' takes 'order'; 'sagt upp 85 tjänster' is an event count (no
#   direction); 'Besparingarna beräknas till omkring 60 Mkr på årsbasis när åtgärderna fått full effekt' is per="year"
#   with no period (no date given). 'Under årets första nio månader' gives the first sentence 2026 not lenient; the
#   rest of the section 2026 lenient; 'motsvarande period i fjol då den uppgick till 7 020 Mkr' is 2025 (not lenient)
#   with the pronoun's antecedent 'Nettoomsättningen'. 'skuldsättning på 1,3 gånger' is a required key figure (unit
#   number). '4 870 medarbetare ..., 120 färre än vid årsskiftet': both decrease, 2026 lenient.
# - KPI: the headline 'Inflationstakten sjönk till 1,9 procent i september' is annotated like the lead (decrease, 2026
#   lenient). '0,2 procent' (monthly change) 2026 lenient, increase; 'Ett år tidigare var månadsförändringen 0,5
#   procent' is September 2025 (lenient) with direction increase (a change noun with a positive value). A contribution
#   to the twelve-month rate ('bidrog med −0,35 procentenheter till KPIF-inflationen', 'bidrog med 0,38 procentenheter
#   till den årliga inflationstakten') takes the rolling year; one to the monthly change ('mellan augusti och september
#   var −0,12 procentenheter') takes 2026 lenient, subject 'bidrag' ('deras bidrag till förändringen i KPIF'). 'har
#   sjunkit i pris med 2,4 procent' carries the clause's 'på ett år' (rolling year). Table: 'Sep/aug, %' is the month
#   (2026 lenient, caption), 'Sep/sep, %' and 'Bidrag, procentenheter' the rolling year ('2025', '2026') lenient; all
#   three are change columns (direction from the sign); the change cells take the caption's measure 'KPIF', the
#   contribution cells their header 'Bidrag'; the 'KPIF totalt' row names its measure; the total contribution '+1,90'
#   is annotated like any cell.
# - Waiting times: 'Av dem hade 72,4 procent väntat' is s None (pronoun) and the new value after the next sentence's
#   'Det är en förbättring med 5,1 procentenheter jämfört med oktober 2025' (increase); that change takes 2026 lenient
#   and s None ('Det' stands for a figure with no noun). 'kortare tid än vårdgarantins 90 dagar' (less_than) and
#   'väntat högst 90 dagar' (at_most) define the metric: optional. 'regionens mål om att minst 85 procent' has no period
#   and s 'mål'. 'Hälften av patienterna fick alltså komma inom sex veckor' restates the median: both optional.
#   'bara 61,8 procent hade väntat' is s None (figure as grammatical subject) and decrease (next sentence 'Andelen har
#   minskat'). 'Andelen har minskat med 2,3 procentenheter sedan i fjol' spans ('2025', '2026'), not lenient ('sedan'
#   with a relative year, as r19_b's 'sedan 2021'). The quote's 'gör sedan augusti cirka 40 fler höft- och
#   knäledsoperationer i månaden än i våras' is approx, per="month", increase (over time), 2026 not lenient. Table:
#   the heading has no year, the title's October 2026 is lenient for 'Väntande', 'Inom 90 dagar, %' and 'Median,
#   dagar'; 'Inom 90 dagar okt 2025, %' is explicit 2025; columns are measures (subject their header; 'Inom 90 dagar'
#   with head 'dagar'); the digits '90' in the headers are N. 'alla sex grupperna i tabellen' counts the table's rows:
#   optional. 'Hittills i år har regionen köpt 9 200 besök ..., för sammanlagt 38 miljoner kronor': 2026 not lenient,
#   the money takes its goal 'besök'; 'Inför nästa år ... ytterligare 45 miljoner kronor till vårdköpen' is 2027 (not
#   lenient), s 'vårdköpen', no direction ('ytterligare').
# - Crime statistics: 'Det motsvarar 12 230 brott per 100 000 invånare' takes the counted noun 'brott' written after
#   the figure (the noun wins over the 'Det motsvarar' rule when it is inside the quantity). The bracket '(12 870)'
#   after 'genomsnittet för jämförbara kommuner' is not a prior period: same year (2025 lenient), per="capita", no
#   direction. 'Under 2025 anmäldes 5 912 brott' is the new value after 'gick antalet anmälningar ned med 4 procent' two
#   sentences on (decrease; as r19_b's cancellations). Time of comparisons with 2015: a change over a span ('sett över
#   tio år har ... sjunkit med 17 procent', 'mer än halverats under samma period', 'kring 700 per år under hela
#   perioden', the table's 'Förändring 2015–2025') spans ('2015', '2025') (lenient unless both years are written; 'mot
#   380 år 2015, en ökning med 174 procent' names both: not lenient); a comparison with a point ('drygt hälften så
#   många som 2015', '29 procent fler än för tio år sedan', '2,6 gånger fler än 2015') takes the current year (2025
#   lenient), as r19_a's 'lägre än toppåret 2021'. 'mer än halverats' keeps its qualifier: ratio 0.5, more_than,
#   optional. 'då siffran var 3 210' takes the antecedent 'stölder och tillgrepp' (2015 explicit). 'en tiondel fler än
#   2024' is a required change size (ratio 0.1). 'Polisen förklarar ...; antalet spaningsinsatser ... fördubblades
#   mellan 2021 och 2025' credits the doubling to 'Polisen' (credited), an optional multiplier, ('2021', '2025')
#   explicit. 'exakt 688': 'exakt' is an exact bound, kept in the anchor. 'Drygt sju av tio gällde' is elided (s None).
#   Table: the caption names the measure ('Anmälda brott') for every cell; '2015' and '2025' explicit; 'Per 100 000 inv.
#   2025' per="capita", explicit; 'Förändring 2015–2025' ('2015', '2025') explicit, direction from the sign; the
#   indented 'varav bostadsinbrott' row is annotated like the others.
# - Electricity op-ed (UNDATED): 'förra vintern', 'Under den senaste tolvmånadersperioden' and 'i januari' give no
#   period (no date to resolve them against). 'tre gånger så mycket för elen som en konkurrent' and 'mer än dubbelt så
#   mycket som i norr' are optional multipliers at one time. The price areas are no subject ('elområde 1 klarade sig
#   med 27 öre', 'Luleå hade 38 öre': s None), the measure named is ('spotpriset', 'ett snittpris', 'snittpriset',
#   'börspriset', 'timpriset'); 'Danska industrikunder betalade ... 92 öre': the payer is no subject. The example
#   foundry's '12 gigawattimmar om året' and the example villa's '20 000 kWh per år' are optional; the resulting costs
#   are required, per="year" carried ('nästan 7 miljoner kronor' s 'prisskillnaden'; the villa's '16 800' and '5 400'
#   s None: the payer). 'Nästan 80 procent av elanvändningen' takes 'elanvändningen', 'bara 35 procent av produktionen'
#   'produktionen'. The proposals: 'En ny förbindelse på 3 000 megawatt' is required (unit MW); 'minska prisskillnaden
#   med ungefär hälften' is a change size (ratio 0.5, approx, decrease) credited 'enligt' to 'Energiforum Syd';
#   'behålla 1 procent av värdet på elen' is a demand (required, s 'värdet'); 'de månader då priset överstiger 150 öre
#   per kWh' is the support's threshold (optional, more_than).
# - Unemployment (sidecar 2026-11-11): the headline '7,1 procent' ('låg kvar') has no direction; 'Det motsvarar 7,1
#   procent av den registerbaserade arbetskraften, samma andel som i september' takes the share's noun 'arbetskraften'
#   and no direction (unchanged on the month; the yearly fall is stated separately as '0,3 procentenheter'). '367 900
#   personer' is the new value after 'har antalet inskrivna arbetslösa minskat med 11 300 personer' two sentences on
#   (decrease). 'Av de inskrivna arbetslösa hade 171 200 varit utan arbete' and 'vilket är 46,5 procent av samtliga'
#   have s None. 'har därmed legat över 45 procent sedan sommaren 2024' is more_than, ('2024', '2026') explicit.
#   'svarade för 56 procent av de inskrivna arbetslösa' takes 'arbetslösa'. 'mer än fyra gånger så hög' is an optional
#   multiplier at one time (2026 lenient). '29 100 nya personer' is an inflow (event count, no direction). Table: the
#   caption names the measure for every cell ('Inskrivna arbetslösa'); counts and shares 2026 lenient (caption), the
#   change column 'Förändring mot okt 2025, procentenheter' 2026 lenient with direction from the sign; the '0,0' cell has
#   value 0 and no direction.
# - Waste fees (HTML): the new taxa is 2026 (lenient: the heading and lead name the date), 'i år' 2025 (not lenient),
#   'under 2025' explicit. '26 gånger om året' is per="year", s None. 'hämtningsavgiften blir ungefär 40 procent lägre'
#   compares two options at one time: no direction; 'halveras antalet tömningar' (no digits) is left out. Container
#   sizes ('140 liter' ... '370 liter', 'kärlet på 190 liter', '190-literskärl') name the product: N (as r15_a's '5 år'
#   fixed-rate period). Table: every cell takes the caption's 'Hämtningsavgift' and 'kronor per år' (SEK, per="year");
#   'Höjning jämfört med 2025' cells ('+6,9 %') are 2026 lenient with direction from the sign. 'Per tömning kostar det
#   ... 66 kronor' has s None (dummy 'det'), increase (', mot 61 kronor under 2025'). 'per hämtning' is
#   per="collection", 'per säsong' per="season". 'högst 10 kollin' (a condition) and 'Dragväg längre än 5 meter' (the
#   surcharge's threshold) are optional. 'har stigit med 22 procent på tre år' in a 2025 text spans ('2022', '2025'),
#   lenient; 'har krävt investeringar på 64 miljoner kronor' is 2025 lenient. 'För 2026 budgeteras verksamheten till 96
#   miljoner kronor, en ökning med 7 miljoner jämfört med i år': both 2026 explicit, increase, s 'verksamheten'. 'där
#   en villa i snitt betalar 3 410 kronor per år' (county average, present tense: 2025 lenient) and 'betalar en villa i
#   Bredåkra ... totalt 3 276 kronor' (the new taxa: 2026 lenient) have s None (the payer).
# - Ski destination: figures for 'Vintern 2025/26' and the season take ('2025', '2026') lenient; 'förra vintern' /
#   'säsongen innan' / 'vintern innan' and the from-values ('från 420 kronor', 'upp från 33 procent') ('2024', '2025')
#   lenient. Comparisons with the pre-pandemic season ('18 procent över nivån säsongen 2018/19', 'nästan 40 procent mer
#   än vintern 2018/19') take the current season (a point, not a span) with direction increase. 'Liftbolaget omsatte 214
#   miljoner kronor' has s None (the company) and increase (', vilket är 9 procent mer än'). 'Intäkten per skiddag' is
#   per="skier_day" (the lift day sold is the denominator). 'Utländska gäster stod för 38 procent av gästnätterna' takes
#   'gästnätterna'. 'följd av Norge med 47 000 och Tyskland med 21 000' are elided (s None). 'nästan fördubblade sina
#   gästnätter, till 12 500' gives an optional multiplier and a required new value (increase). Snow depths ('65
#   centimeter' on 20 November: 2025 lenient; '142 centimeter i mars': 2026 lenient) are unit cm with s None ('det').
#   'De 310 snökanonerna drog 4,1 gigawattimmar el, 12 procent mindre än vintern innan': the counted noun 'el' is the
#   subject of the energy and its change (decrease). The quote's 'Vi har investerat 85 miljoner kronor i två nya
#   stolliftar och fler snökanoner på tre år' spans ('2023', '2026') lenient; the money takes its goal. Table: rows are
#   measures (own label), '2025/26' / '2024/25' / '2018/19' explicit.
# - Negatives: datelines and Publicerad lines, titles', headings', captions', breadcrumbs' and column headers' periods,
#   years and dates that only place a claim, season dates ('den 28 november', 'den 12 april', 'den 20 november'),
#   week numbers ('vecka 7 till 12'), next-release dates, table numbers, times of day and opening hours, age bands,
#   price-area and line-section numbers, list numbering, the index base '1980=100', container sizes, the denominator
#   '100 000', phone numbers, street addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'första nio månader', 'tolv månader eller längre', 'ett halvår',
#   'på tre år', 'på tjugo år', 'tio år', 'Tre saker', 'två delar', 'varannan vecka', 'var fjärde vecka', 'halveras
#   antalet tömningar', 'på en månad', 'på ett år', 'årsskiftet'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2021", "2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y15, Y21, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2015", "2021", "2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    S, SP, PP = ("2025", "2026"), ("2024", "2025"), ("2018", "2019")
    LS = dict(t=S, lenient=True)
    LSP = dict(t=SP, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. industrial company, interim report Q3 2026 (dateline 22 oktober 2026)
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RE = ("Resultatet efter skatt", "Resultatet")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    HM = ("Henrik Malmstedt", "quote")
    ME = ("medarbetare", "medarbetare")
    kq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F),
                                  (u, sc, per, Y25, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r20_a_industri_q3"] = [
        G("11 procent", 11, "percent", **L26, direction="increase", s=OI, sp=None, note="heading 'TREDJE KVARTALET 2026'"),
        G("2 486", 2486e6, "SEK", ctx="till [2 486] (2 240)", **L26, direction="increase", s=OI, sp=None),
        G("2 240", 2240e6, "SEK", ctx="2 486 ([2 240]) Mkr", t=Y25, s=OI, sp=None, note="bracket: the note names Q3 2025"),
        G("13 procent", 13, "percent", **L26, direction="increase", s=OI, sp=None, note="'Rensat för valutaeffekter var ökningen': the thing that changes"),
        G("2 318", 2318e6, "SEK", ctx="till [2 318] (2 295)", **L26, s=NO, sp=None),
        G("2 295", 2295e6, "SEK", ctx="2 318 ([2 295]) Mkr", t=Y25, s=NO, sp=None),
        G("2 procent", 2, "percent", ctx="tillväxt på [2 procent]", **L26, direction="increase", s=("en organisk tillväxt", "tillväxt"), sp=None, note="growth rate"),
        G("301", 301e6, "SEK", ctx="till [301] (264)", **L26, direction="increase", s=RR, sp=None, note="'steg till'"),
        G("264", 264e6, "SEK", ctx="301 ([264]) Mkr", t=Y25, s=RR, sp=None),
        G("13,0", 13.0, "percent", ctx="till [13,0] (11,5)", **L26, direction="increase", s=("rörelsemarginalen", "rörelsemarginalen"), sp=None, note="'steg till' governs both"),
        G("11,5", 11.5, "percent", ctx="13,0 ([11,5]) procent", t=Y25, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("198", 198e6, "SEK", ctx="blev [198] (171)", **L26, s=RE, sp=None),
        G("171", 171e6, "SEK", ctx="198 ([171]) Mkr", t=Y25, s=RE, sp=None),
        G("3,62", 3.62, "SEK", ctx="motsvarande [3,62] (3,13)", per="share", **L26, s=RE, sp=None),
        G("3,13", 3.13, "SEK", ctx="3,62 ([3,13]) kronor", per="share", t=Y25, s=RE, sp=None),
        G("356", 356e6, "SEK", ctx="till [356] (212)", **L26, direction="increase", s=KF, sp=None, note="'förstärktes till'"),
        G("212", 212e6, "SEK", ctx="356 ([212]) Mkr", t=Y25, s=KF, sp=None),
        G("5,9", 5.9e9, "SEK", ctx="var [5,9] (5,1)", **L26, s=("Orderstocken", "Orderstocken"), sp=None, note="'vid kvartalets slut'; 'miljarder kronor' after the bracket"),
        G("5,1", 5.1e9, "SEK", ctx="5,9 ([5,1]) miljarder", t=Y25, s=("Orderstocken", "Orderstocken"), sp=None),
        G("cirka 410 Mkr", 410e6, "SEK", bound="approx", **L26, s=("sin största enskilda order", "order"), sp=HM, note="CEO paragraph ending in 'säger vd'"),
        G("nästan en femtedel", 0.2, "ratio", bound="approx", **L26, direction="decrease", s=("ordervolymen inom fordonssegmentet", "ordervolymen"), sp=HM, note="a change size written as a fraction: required"),
        G("85 tjänster", 85, "count", **L26, s=("tjänster", "tjänster"), sp=HM, note="lay-offs: an event count, no direction"),
        G("omkring 60 Mkr", 60e6, "SEK", bound="approx", per="year", s=("Besparingarna", "Besparingarna"), sp=HM, note="'på årsbasis när åtgärderna fått full effekt': no period"),
        G("7 procent", 7, "percent", ctx="med [7 procent] till", t=Y26, direction="increase", s=("orderingången", "orderingången"), sp=None, note="'Under årets första nio månader' resolves to 2026"),
        G("7 412 Mkr", 7412e6, "SEK", t=Y26, direction="increase", s=("orderingången", "orderingången"), sp=None),
        G("7 055 Mkr", 7055e6, "SEK", **L26, s=NO, sp=None, note="'i stort sett oförändrad': no direction"),
        G("7 020 Mkr", 7020e6, "SEK", t=Y25, s=NO, sp=None, note="'motsvarande period i fjol'; 'den' takes its antecedent"),
        G("12,1 procent", 12.1, "percent", **L26, direction="increase", s=("Rörelsemarginalen för perioden", "Rörelsemarginalen"), sp=None, note="', en förbättring med'"),
        G("1,4 procentenheter", 1.4, "percentage_point", **L26, direction="increase", s=("Rörelsemarginalen för perioden", "Rörelsemarginalen"), sp=None),
        G("802 Mkr", 802e6, "SEK", **L26, s=KF, sp=None),
        G("1 134 Mkr", 1134e6, "SEK", **L26, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'den 30 september' (no year)"),
        G("1,3 gånger", 1.3, "number", **L26, s=("en skuldsättning", "skuldsättning"), sp=None),
        G("4 870 medarbetare", 4870, "count", **L26, direction="decrease", s=ME, sp=None, note="', 120 färre än vid årsskiftet'"),
        G("14 länder", 14, "count", **L26, s=("länder", "länder"), sp=None),
        G("120", 120, "count", ctx="[120] färre", **L26, direction="decrease", s=ME, sp=None),
        G("minst 12 procent", 12, "percent", bound="at_least", s=("en rörelsemarginal", "rörelsemarginal"), sp=None, note="target over a business cycle: no period; third person"),
        G("5 procent", 5, "percent", ctx="tillväxt på [5 procent] per år", per="year", direction="increase", s=("en organisk tillväxt", "tillväxt"), sp=None, note="growth target: no period"),
        *_row(G, "Orderingång, Mkr", ["2 486", "2 240", "7 412", "6 927", "9 388"], kq("SEK", 1e6), ("Orderingång", "Orderingång"), note="table 'NYCKELTAL': 'Kv 3 2026' / 'Kv 3 2025' / '9 mån 2026' / '9 mån 2025' / 'Helår 2025' (headers on two lines)"),
        *_row(G, "Nettoomsättning, Mkr", ["2 318", "2 295", "7 055", "7 020", "9 471"], kq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat (EBITA), Mkr", ["301", "264", "854", "751", "1 042"], kq("SEK", 1e6), ("Rörelseresultat (EBITA)", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["13,0", "11,5", "12,1", "10,7", "11,0"], kq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Kassaflöde löpande verksamhet, Mkr", ["356", "212", "802", "590", "1 127"], kq("SEK", 1e6), ("Kassaflöde löpande verksamhet", "Kassaflöde")),
        *_row(G, "Resultat per aktie, kr", ["3,62", "3,13", "9,84", "8,51", "11,77"], kq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r20_a_industri_q3"] = [
        N("januari–september 2026", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="kvartalet [2025].", note="bracket note"), N("30 september", note="balance date"),
        N("3", ctx="Kv [3] Kv 3 9", note="column header"), N("3", ctx="Kv 3 Kv [3] 9 mån", note="column header"),
        N("9", ctx="Kv 3 [9] mån 9", note="column header"), N("9", ctx="mån [9] mån Helår", note="column header"),
        N("2026", ctx="Helår [2026] 2025", note="column header"), N("2025", ctx="Helår 2026 [2025] 2026", note="column header"),
        N("2026", ctx="2026 2025 [2026] 2025 2025", note="column header"), N("2025", ctx="[2025] 2025 Orderingång", note="column header"),
        N("2025", ctx="2025 [2025] Orderingång", note="column header"),
        N("22 oktober 2026", note="dateline"), N("556741-2093", note="org number"), N("021-480 12 00"),
    ]

    # ------------------------------------------------------------ 2. KPI/KPIF September 2026 (Publicerad 2026-10-14)
    K = ("Inflationstakten enligt KPIF", "Inflationstakten")
    KK = ("inflationstakten", "inflationstakten")
    LP = ("Priserna på livsmedel och alkoholfria drycker", "Priserna")
    EN = ("Energipriserna som helhet", "Energipriserna")
    KP = ("KPIF", "KPIF")
    BI = ("Bidrag", "Bidrag")
    kc = [("percent", 1, None, Y26, True, True), ("percent", 1, None, ("2025", "2026"), True, True),
          ("percentage_point", 1, None, ("2025", "2026"), True, True)]
    GOLD["r20_a_kpi_september"] = [
        G("1,9 procent", 1.9, "percent", ctx="sjönk till [1,9 procent]", **L26, direction="decrease", s=("Inflationstakten", "Inflationstakten"), sp=None, note="headline; 'i september' (no year)"),
        G("1,9 procent", 1.9, "percent", ctx="blev [1,9 procent]", **L26, direction="decrease", s=K, sp=None, note="', ner från 2,3 procent i augusti': the new value"),
        G("2,3 procent", 2.3, "percent", **L26, s=K, sp=None, note="from-value, August"),
        G("1,6 procent", 1.6, "percent", **L26, direction="decrease", s=KK, sp=None, note="', jämfört med 1,8 procent månaden före'"),
        G("1,8 procent", 1.8, "percent", **L26, s=KK, sp=None, note="'månaden före'"),
        G("2,2 procent", 2.2, "percent", **L26, s=("KPIF exklusive energi", "KPIF"), sp=None, note="a level (r10_b): no direction"),
        G("0,2 procent", 0.2, "percent", **L26, direction="increase", s=KP, sp=None, note="'Mellan augusti och september steg'"),
        G("0,5 procent", 0.5, "percent", **L25, direction="increase", s=("månadsförändringen", "månadsförändringen"), sp=None, note="'Ett år tidigare'"),
        G("9,4 procent", 9.4, "percent", **L26, direction="decrease", s=("elpriset", "elpriset"), sp=None, note="'på en månad'"),
        G("6,8 procent", 6.8, "percent", **L26, direction="decrease", s=EN, sp=None, note="'lägre än för tolv månader sedan': one thing over time (r15_a)"),
        G("−0,35 procentenheter", -0.35, "percentage_point", **R12, direction="decrease", s=EN, sp=None, note="contribution to the twelve-month rate"),
        G("−0,12 procentenheter", -0.12, "percentage_point", **L26, direction="decrease", s=("deras bidrag till förändringen i KPIF", "bidrag"), sp=None, note="contribution to the monthly change"),
        G("0,6 procent", 0.6, "percent", **L26, direction="increase", s=LP, sp=None, note="'från augusti'"),
        G("3,1 procent", 3.1, "percent", **L26, direction="increase", s=LP, sp=None, note="'högre än i september förra året'"),
        G("nästan 14 procent", 14, "percent", bound="approx", **R12, direction="increase", s=("Kaffe", "Kaffe"), sp=None, note="'dyrare på ett år'"),
        G("2,4 procent", 2.4, "percent", **R12, direction="decrease", s=("grönsakerna", "grönsakerna"), sp=None, note="'på ett år' carried"),
        G("0,38 procentenheter", 0.38, "percentage_point", **R12, direction="increase", s=("Livsmedlen", "Livsmedlen"), sp=None),
        G("3,0 procent", 3.0, "percent", **R12, direction="increase", s=("Tjänstepriserna", "Tjänstepriserna"), sp=None, note="'på tolv månader'"),
        G("1,1 procent", 1.1, "percent", **L26, direction="increase", s=("Varupriserna exklusive energi", "Varupriserna"), sp=None, note="'högre än för ett år sedan'; 'i genomsnitt' is no bound"),
        G("421,87", 421.87, "number", **L26, s=("Indextalet för KPI", "Indextalet"), sp=None),
        *_row(G, "Livsmedel och alkoholfria drycker", ["+0,6", "+3,1", "+0,38"], kc, [KP, KP, BI], note="table 'KPIF per produktgrupp, september 2026' (caption: lenient): 'Sep/aug, %' / 'Sep/sep, %' (rolling year) / 'Bidrag, procentenheter' (rolling year)"),
        *_row(G, "Kläder och skor", ["+2,7", "+1,0", "+0,04"], kc, [KP, KP, BI]),
        *_row(G, "Boende exkl. räntor och energi", ["+0,3", "+3,2", "+0,61"], kc, [KP, KP, BI]),
        *_row(G, "Energi", ["−5,1", "−6,8", "−0,35"], kc, [KP, KP, BI]),
        *_row(G, "Transport exkl. energi", ["−0,8", "+1,6", "+0,21"], kc, [KP, KP, BI]),
        *_row(G, "Restauranger och logi", ["−0,4", "+4,2", "+0,27"], kc, [KP, KP, BI]),
        *_row(G, "Övrigt", ["+0,4", "+1,9", "+0,74"], kc, [KP, KP, BI]),
        *_row(G, "KPIF totalt", ["+0,2", "+1,9", "+1,90"], kc, [("KPIF totalt", "KPIF"), ("KPIF totalt", "KPIF"), BI], note="the row names its measure"),
    ]
    NEG["r20_a_kpi_september"] = [
        N("2026-10-14"), N("08.00", note="time of day"), N("september 2026", ctx="(KPI), [september 2026]", note="title"),
        N("1980", note="index base"), N("100", ctx="1980=[100]", note="index base"),
        N("1", ctx="Tabell [1].", note="table number"), N("september 2026", ctx="produktgrupp, [september 2026]", note="caption"),
        N("oktober 2026", note="next release"), N("13 november 2026", note="next release"), N("010-479 62 30"),
    ]

    # ------------------------------------------------------------ 3. waiting times, October 2026 (Markdown, Publicerad 19 november 2026)
    PA = ("patienter", "patienter")
    MT = ("Mediantiden för ett första besök", "Mediantiden")
    MV = ("Medianväntetiden", "Medianväntetiden")
    vt = [("count", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False), ("day", 1, None, Y26, True, False),
          ("percent", 1, None, Y25, False, False)]
    VTS = [("Väntande", "Väntande"), ("Inom 90 dagar", "dagar"), ("Median", "Median"), ("Inom 90 dagar", "dagar")]
    GOLD["r20_a_vantetider_oktober"] = [
        G("31 460 patienter", 31460, "count", **L26, s=PA, sp=None, note="'I slutet av oktober' (no year)"),
        G("72,4 procent", 72.4, "percent", ctx="hade [72,4 procent]", **L26, direction="increase", s=None, sp=None, note="'Av dem': pronoun; next sentence 'Det är en förbättring med'"),
        G("90 dagar", 90, "day", ctx="vårdgarantins [90 dagar]", bound="less_than", optional=True, s=None, sp=None, note="'kortare tid än vårdgarantins': defines the metric"),
        G("5,1 procentenheter", 5.1, "percentage_point", **L26, direction="increase", s=None, sp=None, note="'Det är en förbättring med ... jämfört med oktober 2025'"),
        G("minst 85 procent", 85, "percent", bound="at_least", s=("regionens mål", "mål"), sp=None, note="target with no date; third person"),
        G("41 dagar", 41, "day", ctx="låg på [41 dagar]", **L26, direction="decrease", s=MT, sp=None, note="', att jämföra med 52 dagar för ett år sedan': the new value"),
        G("52 dagar", 52, "day", **L25, s=MT, sp=None, note="'för ett år sedan'"),
        G("Hälften", 0.5, "ratio", optional=True, **L26, s=("patienterna", "patienterna"), sp=None, note="'alltså': restates the median"),
        G("sex veckor", 6, "week", optional=True, **L26, s=None, sp=None, note="restates the median"),
        G("12 870 patienter", 12870, "count", **L26, s=PA, sp=None),
        G("61,8 procent", 61.8, "percent", **L26, direction="decrease", s=None, sp=None, note="figure as grammatical subject; next sentence 'Andelen har minskat med'"),
        G("90 dagar", 90, "day", ctx="högst [90 dagar]", bound="at_most", optional=True, s=None, sp=None, note="defines the metric"),
        G("2,3 procentenheter", 2.3, "percentage_point", t=("2025", "2026"), direction="decrease", s=("Andelen", "Andelen"), sp=None, note="'sedan i fjol' spans last year to now"),
        G("68 dagar", 68, "day", **L26, direction="increase", s=MV, sp=None, note="'steg till ..., från'"),
        G("59 dagar", 59, "day", t=Y25, s=MV, sp=None, note="'i oktober förra året'"),
        G("3 940 patienter", 3940, "count", **L26, s=PA, sp=None),
        G("Var tredje", 1 / 3, "ratio", **L26, s=None, sp=None, note="'av dem': pronoun"),
        G("cirka 40", 40, "count", bound="approx", per="month", t=Y26, direction="increase", s=("höft- och knäledsoperationer", "knäledsoperationer"), sp=("Anneli Rydström", "quote"), note="'sedan augusti ... fler ... än i våras'"),
        *_row(G, "Ögonsjukvård", ["6 210", "58,3", "78", "49,0"], vt, VTS, sep=" | ", note="Markdown table under the heading (title 'oktober 2026': lenient): 'Väntande' / 'Inom 90 dagar, %' / 'Median, dagar' / 'Inom 90 dagar okt 2025, %' (explicit)"),
        *_row(G, "Hudsjukvård", ["2 480", "64,9", "63", "61,2"], vt, VTS, sep=" | "),
        *_row(G, "Kvinnosjukvård", ["2 130", "88,6", "27", "84,5"], vt, VTS, sep=" | "),
        *_row(G, "Öron-, näs- och halssjukvård", ["3 370", "70,1", "49", "66,8"], vt, VTS, sep=" | "),
        *_row(G, "Ortopedi", ["4 650", "67,4", "55", "59,9"], vt, VTS, sep=" | "),
        *_row(G, "Övriga specialiteter", ["12 620", "79,8", "33", "72,0"], vt, VTS, sep=" | "),
        *_row(G, "Hela regionen", ["31 460", "72,4", "41", "67,3"], vt, VTS, sep=" | "),
        G("sex grupperna", 6, "count", optional=True, **L26, s=("grupperna", "grupperna"), sp=None, note="counts the table's rows"),
        G("76,9 procent", 76.9, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None),
        G("9 200 besök", 9200, "count", t=Y26, s=("besök", "besök"), sp=None, note="'Hittills i år'"),
        G("38 miljoner kronor", 38e6, "SEK", t=Y26, s=("besök", "besök"), sp=None, note="the goal of the money"),
        G("45 miljoner kronor", 45e6, "SEK", t=Y27, s=("vårdköpen", "vårdköpen"), sp=None, note="'Inför nästa år'; 'ytterligare' is no direction"),
    ]
    NEG["r20_a_vantetider_oktober"] = [
        N("oktober 2026", note="title"), N("19 november 2026"), N("oktober 2025", ctx="med [oktober 2025]", note="places the comparison"),
        N("90", ctx="Inom [90] dagar, % | Median", note="column header"), N("90", ctx="Inom [90] dagar okt", note="column header"),
        N("okt 2025", note="column header"), N("17 december 2026", note="next report"), N("021-15 40 00"),
    ]

    # ------------------------------------------------------------ 4. crime statistics 2025 (Publicerad 25 mars 2026)
    AB = ("brott", "brott")
    ST = ("stölder och tillgrepp", "stölder")
    BO = ("Bostadsinbrotten", "Bostadsinbrotten")
    MI = ("Misshandel", "Misshandel")
    HO = ("Hot och ofredande", "Hot")
    NA = ("Antalet anmälda narkotikabrott", "Antalet")
    BE = ("bedrägerier", "bedrägerier")
    SK = ("Skadegörelsebrotten", "Skadegörelsebrotten")
    D = ("2015", "2025")
    AN = ("Anmälda brott", "brott")
    bt = [("count", 1, None, Y15, F, F), ("count", 1, None, Y25, F, F), ("count", 1, "capita", Y25, F, F),
          ("percent", 1, None, D, F, True)]
    GOLD["r20_a_brott_ljungsala_2025"] = [
        G("5 912 brott", 5912, "count", t=Y25, direction="decrease", s=AB, sp=None, note="'Under 2025'; 'gick antalet anmälningar ned med 4 procent' two sentences on: the new value"),
        G("12 230 brott", 12230, "count", per="capita", **L25, s=AB, sp=None, note="'per 100 000 invånare'; the counted noun after 'Det motsvarar'"),
        G("12 870", 12870, "count", ctx="kommuner ([12 870])", per="capita", **L25, s=("genomsnittet för jämförbara kommuner", "genomsnittet"), sp=None, note="a bracket naming another group at one time: no direction"),
        G("4 procent", 4, "percent", ctx="ned med [4 procent]", **L25, direction="decrease", s=("antalet anmälningar", "antalet"), sp=None),
        G("17 procent", 17, "percent", t=D, lenient=True, direction="decrease", s=("nivån per invånare", "nivån"), sp=None, note="'sett över tio år': spans 2015–2025"),
        G("1 684 stölder", 1684, "count", **L25, direction="decrease", s=ST, sp=None, note="'under året'; ', drygt hälften så många som 2015'"),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L25, direction="decrease", optional=True, s=ST, sp=None, note="multiplier against a point in time ('som 2015'): the current year"),
        G("3 210", 3210, "count", ctx="var [3 210]. Bostadsinbrotten", t=Y15, s=ST, sp=None, note="'2015, då siffran var': the antecedent"),
        G("mer än halverats", 0.5, "ratio", bound="more_than", t=D, lenient=True, direction="decrease", optional=True, s=BO, sp=None, note="multiplier over a span ('under samma period'); the qualifier 'mer än' kept"),
        G("96 anmälningar", 96, "count", t=Y25, direction="decrease", s=BO, sp=None, note="'stannade 2025 på'"),
        G("512 anmälda fall", 512, "count", **L25, s=("Cykelstölderna", "Cykelstölderna"), sp=None),
        G("438 gånger", 438, "count", **L25, direction="increase", s=MI, sp=None, note="', en tiondel fler än 2024'"),
        G("en tiondel", 0.1, "ratio", **L25, direction="increase", s=MI, sp=None, note="a change size written as a fraction: required"),
        G("29 procent", 29, "percent", ctx="och [29 procent] fler", **L25, direction="increase", s=MI, sp=None, note="'fler än för tio år sedan': against a point, the current year"),
        G("Ungefär vart fjärde", 0.25, "ratio", bound="approx", **L25, s=("misshandelsfall", "misshandelsfall"), sp=None),
        G("611 anmälningar", 611, "count", **L25, direction="increase", s=HO, sp=None, note="'steg till ... från 540 året innan'"),
        G("540", 540, "count", ctx="från [540] året", **L24, s=HO, sp=None),
        G("402", 402, "count", ctx="var [402], vilket", **L25, direction="increase", s=NA, sp=None),
        G("2,6 gånger", 2.6, "number", **L25, direction="increase", optional=True, s=None, sp=None, note="'vilket är ... fler än 2015': multiplier"),
        G("fördubblades", 2, "number", t=("2021", "2025"), direction="increase", optional=True, s=("antalet spaningsinsatser i kommunen", "antalet"), sp=("Polisen", "credited"), note="multiplier 'mellan 2021 och 2025'; part of the police's explanation"),
        G("1 040 bedrägerier", 1040, "count", t=Y25, direction="increase", s=BE, sp=None, note="', mot 380 år 2015, en ökning med'"),
        G("380", 380, "count", ctx="mot [380] år", t=Y15, s=BE, sp=None),
        G("174 procent", 174, "percent", ctx="ökning med [174 procent]", t=D, direction="increase", s=BE, sp=None, note="both years named in the sentence"),
        G("Drygt sju av tio", 0.7, "ratio", bound="approx", **L25, s=None, sp=None, note="elided"),
        G("kring 700", 700, "count", bound="approx", per="year", t=D, lenient=True, s=SK, sp=None, note="'under hela perioden'"),
        G("exakt 688", 688, "count", t=Y25, s=SK, sp=None, note="'exakt' is an exact bound"),
        *_row(G, "Stöld och tillgrepp", ["3 210", "1 684", "3 484", "−48 %"], bt, AN, note="table 'Anmälda brott efter brottstyp': '2015' / '2025' / 'Per 100 000 inv. 2025' / 'Förändring 2015–2025' (all explicit)"),
        *_row(G, "varav bostadsinbrott", ["242", "96", "199", "−60 %"], bt, AN),
        *_row(G, "Misshandel", ["340", "438", "906", "+29 %"], bt, AN),
        *_row(G, "Hot och ofredande", ["395", "611", "1 264", "+55 %"], bt, AN),
        *_row(G, "Narkotikabrott", ["155", "402", "832", "+159 %"], bt, AN),
        *_row(G, "Bedrägeri", ["380", "1 040", "2 151", "+174 %"], bt, AN),
        *_row(G, "Skadegörelse", ["714", "688", "1 423", "−4 %"], bt, AN),
        *_row(G, "Samtliga brott", ["6 890", "5 912", "12 230", "−14 %"], bt, AN),
    ]
    NEG["r20_a_brott_ljungsala_2025"] = [
        N("2025", ctx="i Ljungsala [2025]", note="title"), N("25 mars 2026"), N("2025", ctx="Under [2025] anmäldes", note="places the claim"),
        N("100 000", ctx="per [100 000] invånare", note="the denominator of 'per 100 000 invånare'"),
        N("2024", ctx="med [2024] gick", note="places the comparison"), N("2015", ctx="som [2015], då", note="places the earlier value"),
        N("2025", ctx="stannade [2025] på", note="places the claim"), N("2024", ctx="än [2024] och", note="places the comparison"),
        N("2015", ctx="fler än [2015].", note="places the comparison"), N("2021", note="places the span"),
        N("2025", ctx="2021 och [2025].", note="places the span"), N("2025", ctx="anmäldes [2025], mot", note="places the claim"),
        N("2015", ctx="år [2015], en", note="places the earlier value"), N("2025", ctx="var [2025] exakt", note="places the claim"),
        N("2015", ctx="Brottstyp [2015] 2025", note="column header"), N("2025", ctx="2015 [2025] Per", note="column header"),
        N("100 000", ctx="Per [100 000] inv.", note="the denominator in the column header"), N("2025", ctx="inv. [2025] Förändring", note="column header"),
        N("2015–2025", note="column header"), N("0250-17 300"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on electricity prices (no date, no sidecar)
    GOLD["r20_a_debatt_elpriser"] = [
        G("tre gånger", 3, "number", optional=True, s=None, sp=None, note="multiplier between two places: no direction; undated: no period"),
        G("84 öre", 0.84, "SEK", per="kWh", s=("spotpriset i elområde 4", "spotpriset"), sp=None, note="'i genomsnitt' is no bound"),
        G("27 öre", 0.27, "SEK", per="kWh", s=None, sp=None, note="elided ('elområde 1 klarade sig med'); per carried"),
        G("57 öre", 0.57, "SEK", per="kWh", s=("Skillnaden", "Skillnaden"), sp=None),
        G("61 öre", 0.61, "SEK", per="kWh", s=("ett snittpris", "snittpris"), sp=None),
        G("mer än dubbelt", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("12 gigawattimmar", 12, "GWh", per="year", optional=True, s=None, sp=None, note="defines the example"),
        G("nästan 7 miljoner kronor", 7e6, "SEK", bound="approx", per="year", s=("prisskillnaden mot Norrbotten", "prisskillnaden"), sp=None, note="'om året' carried from the consumption"),
        G("runt 55 öre", 0.55, "SEK", bound="approx", per="kWh", s=("snittpriset", "snittpriset"), sp=None),
        G("92 öre", 0.92, "SEK", per="kWh", s=None, sp=None, note="the payer is no subject"),
        G("drygt 9 procent", 9, "percent", bound="approx", s=None, sp=None, note="'alltså'; countries at one time: no direction"),
        G("89 öre", 0.89, "SEK", per="kWh", s=("börspriset", "börspriset"), sp=None, note="'i snitt' is no bound"),
        G("6 procent", 6, "percent", ctx="bara [6 procent]", s=None, sp=None, note="elided subject; no direction"),
        G("4,20 kronor", 4.20, "SEK", per="kWh", s=("timpriset i södra Sverige", "timpriset"), sp=None),
        G("38 öre", 0.38, "SEK", per="kWh", s=None, sp=None, note="elided"),
        G("20 000 kWh", 20000, "kWh", per="year", optional=True, s=None, sp=None, note="defines the example villa"),
        G("omkring 16 800 kronor", 16800, "SEK", bound="approx", per="year", s=None, sp=None, note="the payer is no subject; 'per år' carried"),
        G("5 400 kronor", 5400, "SEK", per="year", s=None, sp=None),
        G("närmare 14 300 kronor", 14300, "SEK", bound="approx", per="year", s=("skillnaden", "skillnaden"), sp=None),
        G("Nästan 80 procent", 80, "percent", bound="approx", s=("elanvändningen", "elanvändningen"), sp=None),
        G("35 procent", 35, "percent", s=("produktionen", "produktionen"), sp=None),
        G("3 000 megawatt", 3000, "MW", s=("En ny förbindelse", "förbindelse"), sp=None, note="a proposal's size: required"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", direction="decrease", s=("prisskillnaden", "prisskillnaden"), sp=("Energiforum Syd", "enligt"), note="a change size written as a fraction"),
        G("1 procent", 1, "percent", ctx="behålla [1 procent]", s=("värdet på elen från ny vindkraft", "värdet"), sp=None, note="a demand: required"),
        G("150 öre", 1.50, "SEK", bound="more_than", per="kWh", optional=True, s=("priset", "priset"), sp=None, note="'överstiger': the threshold of the proposed support"),
    ]
    NEG["r20_a_debatt_elpriser"] = [
        N("4", ctx="elområde [4] på", note="price area identifier"), N("1", ctx="elområde [1] klarade", note="price area identifier"),
        N("3", ctx="Elområde [3], där", note="price area identifier"), N("4", ctx="elområde [4], men", note="price area identifier"),
        N("4", ctx="elområde [4] omkring", note="price area identifier"), N("2", ctx="snitt [2], men", note="identifier"),
        N("1", ctx="[1]. Bygg", note="list numbering"), N("2", ctx="[2]. Låt", note="list numbering"), N("3", ctx="[3]. Inför", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. unemployment, October 2026 (sidecar 2026-11-11)
    PE = ("personer", "personer")
    AL = ("arbetslösheten", "arbetslösheten")
    LP2 = ("lediga platser", "platser")
    IA = ("Inskrivna arbetslösa", "arbetslösa")
    al = [("count", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r20_a_arbetsloshet_oktober"] = [
        G("7,1 procent", 7.1, "percent", ctx="kvar på [7,1 procent]", **L26, s=("Arbetslösheten", "Arbetslösheten"), sp=None, note="headline; 'låg kvar': no direction"),
        G("367 900 personer", 367900, "count", **L26, direction="decrease", s=PE, sp=None, note="'Vid utgången av oktober' (no year); 'har antalet inskrivna arbetslösa minskat med' two sentences on: the new value"),
        G("7,1 procent", 7.1, "percent", ctx="motsvarar [7,1 procent]", **L26, s=("den registerbaserade arbetskraften", "arbetskraften"), sp=None, note="a share 'X procent av <noun>'; 'samma andel som i september': no direction"),
        G("11 300 personer", 11300, "count", **L26, direction="decrease", s=("antalet inskrivna arbetslösa", "antalet"), sp=None),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction="decrease", s=("andelen", "andelen"), sp=None),
        G("8,6 procent", 8.6, "percent", **L26, direction="decrease", s=AL, sp=None, note="', en nedgång från 9,4 procent för ett år sedan'"),
        G("9,4 procent", 9.4, "percent", **L25, s=AL, sp=None, note="'för ett år sedan'"),
        G("6,9 procent", 6.9, "percent", **L26, s=AL, sp=None),
        G("7,3 procent", 7.3, "percent", **L26, s=None, sp=None, note="elided"),
        G("171 200", 171200, "count", **L26, s=None, sp=None, note="figure as grammatical subject, noun elided"),
        G("46,5 procent", 46.5, "percent", **L26, s=None, sp=None, note="'vilket är ... av samtliga'"),
        G("över 45 procent", 45, "percent", bound="more_than", t=("2024", "2026"), s=("Långtidsarbetslösheten", "Långtidsarbetslösheten"), sp=None, note="'sedan sommaren 2024'"),
        G("56 procent", 56, "percent", **L26, s=("de inskrivna arbetslösa", "arbetslösa"), sp=None),
        G("17,8 procent", 17.8, "percent", **L26, s=("Arbetslösheten bland utrikes födda", "Arbetslösheten"), sp=None),
        G("4,2 procent", 4.2, "percent", **L26, s=None, sp=None, note="elided; groups at one time"),
        G("mer än fyra gånger", 4, "number", bound="more_than", optional=True, **L26, s=None, sp=None, note="multiplier at one time"),
        G("27 640 personer", 27640, "count", **L26, direction="increase", s=PE, sp=None, note="', cirka 1 900 fler än under samma månad i fjol'"),
        G("cirka 1 900", 1900, "count", bound="approx", **L26, direction="increase", s=PE, sp=None),
        G("29 100 nya personer", 29100, "count", **L26, s=("nya personer", "personer"), sp=None, note="inflow: an event count"),
        G("58 300 lediga platser", 58300, "count", **L26, direction="decrease", s=LP2, sp=None, note="', en minskning med 7 procent'"),
        G("7 procent", 7, "percent", **L26, direction="decrease", s=LP2, sp=None),
        *_row(G, "Stockholm", ["84 600", "6,2", "−0,4"], al, IA, note="table 'Inskrivna arbetslösa efter län, oktober 2026' (caption: lenient): 'Antal' / 'Procent av arbetskraften' / 'Förändring mot okt 2025, procentenheter'"),
        *_row(G, "Västra Götaland", ["63 900", "6,8", "−0,5"], al, IA),
        *_row(G, "Skåne", ["71 200", "9,4", "−0,2"], al, IA),
        *_row(G, "Östergötland", ["19 300", "8,3", "+0,1"], al, IA),
        *_row(G, "Gävleborg", ["13 800", "9,7", "0,0"], al, IA, note="zero change: no direction"),
        *_row(G, "Norrbotten", ["6 900", "5,9", "−0,3"], al, IA),
        *_row(G, "Övriga län", ["108 200", "6,6", "−0,3"], al, IA),
        *_row(G, "Riket", ["367 900", "7,1", "−0,3"], al, IA),
    ]
    NEG["r20_a_arbetsloshet_oktober"] = [
        N("oktober 2026", ctx="Månadsstatistik [oktober 2026]", note="title"), N("oktober 2025", note="places the comparison"),
        N("18–24", note="age band"), N("2024", note="'sedan sommaren 2024'"),
        N("oktober 2026", ctx="län, [oktober 2026]", note="caption"), N("okt 2025", note="column header"),
        N("9 december", note="next release"), N("010-486 20 00"),
    ]

    # ------------------------------------------------------------ 7. waste-collection fees from 1 January 2026 (HTML, Publicerad 27 november 2025)
    GA = ("Grundavgiften", "Grundavgiften")
    HA = ("Hämtningsavgift", "Hämtningsavgift")
    VK = ("verksamheten", "verksamheten")
    wf = [("SEK", 1, "year", Y26, True, False), ("SEK", 1, "year", Y26, True, False), ("percent", 1, None, Y26, True, True)]
    GOLD["r20_a_avfallstaxa_2026"] = [
        G("8,6 procent", 8.6, "percent", **L26, direction="increase", s=("avgiften", "avgiften"), sp=None, note="the taxa from the new year; 'i genomsnitt' is no bound"),
        G("ungefär 260 kronor", 260, "SEK", bound="approx", per="year", **L26, direction="increase", s=None, sp=None, note="'vilket motsvarar'"),
        G("1 560 kronor", 1560, "SEK", per="year", **L26, direction="increase", s=GA, sp=None, note="'höjs till ..., från 1 420 kronor i år'"),
        G("1 420 kronor", 1420, "SEK", per="year", t=Y25, s=GA, sp=None, note="'i år'"),
        G("1 040 kronor", 1040, "SEK", per="year", **L26, s=("grundavgiften", "grundavgiften"), sp=None, note="'per lägenhet och år': the time unit wins (r15_b)"),
        G("26 gånger", 26, "count", per="year", **L26, s=None, sp=None, note="'om året'; the container is no measure"),
        G("ungefär 40 procent", 40, "percent", bound="approx", **L26, s=("hämtningsavgiften", "hämtningsavgiften"), sp=None, note="two options at one time: no direction"),
        *_row(G, "140 liter", ["1 352", "806", "+6,9 %"], wf, HA, note="HTML table 'Hämtningsavgift för villor, kronor per år': 'Varannan vecka' / 'Var fjärde vecka' (the new taxa, 2026 lenient) / 'Höjning jämfört med 2025'"),
        *_row(G, "190 liter", ["1 716", "1 027", "+7,5 %"], wf, HA),
        *_row(G, "240 liter", ["2 184", "1 300", "+8,2 %"], wf, HA),
        *_row(G, "370 liter", ["3 328", "1 989", "+9,8 %"], wf, HA),
        G("66 kronor", 66, "SEK", per="emptying", **L26, direction="increase", s=None, sp=None, note="'Per tömning kostar det': no measure named; ', mot 61 kronor under 2025'"),
        G("61 kronor", 61, "SEK", per="emptying", t=Y25, s=None, sp=None),
        G("195 kronor", 195, "SEK", per="occasion", **L26, s=("Extra tömning utöver schemat", "tömning"), sp=None),
        G("480 kronor", 480, "SEK", per="collection", **L26, s=("Hämtning av grovavfall vid fastigheten", "Hämtning"), sp=None, note="'per hämtning'"),
        G("högst 10 kollin", 10, "count", bound="at_most", optional=True, **L26, s=("kollin", "kollin"), sp=None, note="a condition of the service"),
        G("5 meter", 5, "m", bound="more_than", optional=True, s=("Dragväg", "Dragväg"), sp=None, note="'längre än': the threshold of the surcharge"),
        G("12 kronor", 12, "SEK", per="emptying", **L26, s=("tillägg", "tillägg"), sp=None),
        G("1 180 kronor", 1180, "SEK", per="season", **L26, s=("sommarabonnemang", "sommarabonnemang"), sp=None, note="'per säsong'"),
        G("350 kronor", 350, "SEK", per="year", **L26, s=("ett avdrag", "avdrag"), sp=None, note="a deduction: no direction"),
        G("22 procent", 22, "percent", t=("2022", "2025"), lenient=True, direction="increase", s=("Kostnaden för att förbränna restavfall", "Kostnaden"), sp=None, note="'har stigit med ... på tre år' in a 2025 text"),
        G("64 miljoner kronor", 64e6, "SEK", **L25, s=("investeringar", "investeringar"), sp=None, note="present perfect: the publication year"),
        G("96 miljoner kronor", 96e6, "SEK", t=Y26, direction="increase", s=VK, sp=None, note="'För 2026 budgeteras'; ', en ökning med 7 miljoner jämfört med i år'"),
        G("7 miljoner", 7e6, "SEK", t=Y26, direction="increase", s=VK, sp=None),
        G("3 410 kronor", 3410, "SEK", per="year", **L25, s=None, sp=None, note="the payer ('en villa') is no subject; present tense in 2025"),
        G("3 276 kronor", 3276, "SEK", per="year", **L26, s=None, sp=None, note="'Med den nya taxan'; the payer is no subject"),
    ]
    NEG["r20_a_avfallstaxa_2026"] = [
        N("2026", ctx="› Avfallstaxa [2026]", note="breadcrumb"), N("1 januari 2026", note="heading: places the change"),
        N("27 november 2025"), N("140 liter", note="container size names the product (row label)"),
        N("190 liter", ctx="[190 liter] 1 716", note="container size names the product (row label)"),
        N("240 liter", note="row label"), N("370 liter", note="row label"),
        N("2025", ctx="jämfört med [2025]", note="column header"),
        N("190 liter", ctx="kärlet på [190 liter]", note="container size names the product"),
        N("2025", ctx="under [2025].", note="places the earlier fee"), N("2026", ctx="För [2026] budgeteras", note="places the budget"),
        N("190", ctx="med [190]-literskärl", note="container size names the product"),
        N("7–19", note="opening hours in a related link"), N("Kyrkogatan 9"), N("286 32"), N("0430-250 00"),
        N("212000-0977", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. ski resort, winter 2025/26 (Publicerad 22 april 2026)
    GN = ("gästnätter", "gästnätter")
    LK = ("Antalet sålda liftkort", "Antalet")
    IS = ("Intäkten per skiddag", "Intäkten")
    BL = ("Beläggningen i destinationens kommersiella bäddar", "Beläggningen")
    GT = ("gästnätterna", "gästnätterna")
    SG = ("sina gästnätter", "gästnätter")
    JW = ("Jonas Wiklander", "quote")
    T3 = dict(t=("2023", "2026"), lenient=True)
    ns = lambda u, sc: [(u, sc, None, S, F, F), (u, sc, None, SP, F, F), (u, sc, None, PP, F, F)]
    GOLD["r20_a_skidort_vinter"] = [
        G("612 400 gästnätter", 612400, "count", **LS, direction="increase", s=GN, sp=None, note="the season (title, previous sentence); ', 7 procent fler än förra vintern'"),
        G("7 procent", 7, "percent", ctx="destinationen, [7 procent] fler", **LS, direction="increase", s=GN, sp=None),
        G("18 procent", 18, "percent", **LS, direction="increase", s=GN, sp=None, note="'över nivån säsongen 2018/19': against a point, the current season"),
        G("498 000", 498000, "count", ctx="landade på [498 000]", **LS, direction="increase", s=LK, sp=None, note="', en uppgång med 31 000 från säsongen innan'"),
        G("31 000", 31000, "count", **LS, direction="increase", s=LK, sp=None),
        G("214 miljoner kronor", 214e6, "SEK", **LS, direction="increase", s=None, sp=None, note="the company is no subject; ', vilket är 9 procent mer än 2024/25'"),
        G("9 procent", 9, "percent", ctx="är [9 procent] mer", **LS, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("nästan 40 procent", 40, "percent", bound="approx", **LS, direction="increase", s=None, sp=None, note="against the pre-pandemic season: the current season"),
        G("430 kronor", 430, "SEK", per="skier_day", **LS, direction="increase", s=IS, sp=None, note="'per skiddag' (a lift day sold)"),
        G("420 kronor", 420, "SEK", per="skier_day", **LSP, s=IS, sp=None, note="from-value: the previous season"),
        G("71 procent", 71, "percent", **LS, s=BL, sp=None, note="'under högsäsongen'"),
        G("54 procent", 54, "percent", **LS, s=BL, sp=None),
        G("96 procent", 96, "percent", **LS, s=("en beläggning", "beläggning"), sp=None),
        G("38 procent", 38, "percent", **LS, direction="increase", s=GT, sp=None, note="a share 'X procent av gästnätterna'; ', upp från 33 procent'"),
        G("33 procent", 33, "percent", **LSP, s=GT, sp=None),
        G("118 000 gästnätter", 118000, "count", **LS, s=GN, sp=None),
        G("47 000", 47000, "count", **LS, s=None, sp=None, note="elided"),
        G("21 000", 21000, "count", **LS, s=None, sp=None, note="elided"),
        G("nästan fördubblade", 2, "number", bound="approx", **LS, direction="increase", optional=True, s=SG, sp=None, note="multiplier over time"),
        G("12 500", 12500, "count", **LS, direction="increase", s=SG, sp=None, note="'till': the new value"),
        G("65 centimeter", 65, "cm", **L25, s=None, sp=None, note="'den 20 november' of the season's first year"),
        G("142 centimeter", 142, "cm", **L26, s=None, sp=None, note="'i mars'"),
        G("310 snökanonerna", 310, "count", **LS, s=("snökanonerna", "snökanonerna"), sp=None),
        G("4,1 gigawattimmar", 4.1, "GWh", **LS, direction="decrease", s=("el", "el"), sp=None, note="', 12 procent mindre än vintern innan'"),
        G("12 procent", 12, "percent", ctx="el, [12 procent]", **LS, direction="decrease", s=("el", "el"), sp=None),
        G("85 miljoner kronor", 85e6, "SEK", **T3, s=("två nya stolliftar och fler snökanoner", "stolliftar"), sp=JW, note="'på tre år' (present perfect)"),
        G("två nya stolliftar", 2, "count", **T3, s=("stolliftar", "stolliftar"), sp=JW),
        *_row(G, "Gästnätter", ["612 400", "572 300", "519 000"], ns("count", 1), ("Gästnätter", "Gästnätter"), note="table 'Nyckeltal': '2025/26' / '2024/25' / '2018/19' (explicit)"),
        *_row(G, "Skiddagar", ["498 000", "467 000", "441 000"], ns("count", 1), ("Skiddagar", "Skiddagar")),
        *_row(G, "Liftomsättning, Mkr", ["214", "196", "153"], ns("SEK", 1e6), ("Liftomsättning", "Liftomsättning")),
        *_row(G, "Beläggning hela säsongen, %", ["54", "51", "49"], ns("percent", 1), ("Beläggning hela säsongen", "Beläggning")),
        *_row(G, "Anställda under högsäsong", ["640", "610", "520"], ns("count", 1), ("Anställda under högsäsong", "Anställda")),
    ]
    NEG["r20_a_skidort_vinter"] = [
        N("2025/26", ctx="Vintersäsongen [2025/26]", note="title"), N("22 april 2026"),
        N("2025/26", ctx="Vintern [2025/26]", note="places the season"), N("28 november", note="season opening"),
        N("12 april", note="last day"), N("2018/19", ctx="säsongen [2018/19]", note="places the comparison"),
        N("2024/25", ctx="än [2024/25]", note="places the comparison"), N("2018/19", ctx="vintern [2018/19].", note="places the comparison"),
        N("7", ctx="vecka [7] till", note="week number"), N("12", ctx="till [12], och", note="week number"),
        N("20 november", note="date"),
        N("2025/26", ctx="Nyckeltal [2025/26]", note="column header"), N("2024/25", ctx="2025/26 [2024/25]", note="column header"),
        N("2018/19", ctx="2024/25 [2018/19]", note="column header"),
        N("Fjällvägen 2"), N("837 96"), N("0647-200 30"),
    ]
    return GOLD, NEG
