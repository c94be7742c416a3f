"""Round 35, part A (r35_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 35, part A (r35_a_*): eight kinds, written from scratch (r35_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: an engineering
# company's interim report January-September 2026 (dateline 'Västerhamn den 23 oktober 2026'; 'Siffror inom parentes
# avser motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with order intake,
# net sales and EBIT in MSEK, organic growth, operating margin, kronor per aktie; the CEO's quote in ”...” ending
# 'säger vd och koncernchef Henrik Ålander' (order backlog against a year ago, a standing margin target 'minst 12
# procent över en konjunkturcykel', '3–5 procent under 2027'); divisions, a savings programme 'mellan 40 och 50 MSEK
# per år med full effekt från 2028'; plain-text table 'KONCERNEN I SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep
# 2026' / 'Jan–sep 2025'), a statistics office's retail trade report for October 2026 (Markdown, 'Publicerad 27
# november 2026'; month on month and year on year volume changes, calendar-adjusted; Markdown table by branch with
# three signed change columns and the caption 'Försäljningsvolym per branch, förändring i procent' below it;
# turnover in current prices, prices, e-commerce share against October 2025, the statistician's quote and 'Hon
# påpekar'), a municipality's budget proposal for 2027 with plan years 2028-2029 (HTML, 'Publicerad 14 oktober
# 2026'; tax rate 'höjs med 20 öre till 22,04 kronor per hundralapp 2027', HTML table 'Nettokostnad per nämnd,
# miljoner kronor' 'Budget 2026' / 'Budget 2027' / 'Förändring'; result 2027 and plan years, a standing target, an
# investment range, a worked tax example, the chair's quote, the opposition's 'Enligt ...', population forecast),
# a police region's crime statistics for the first half of 2026 ('Publicerad 6 augusti 2026'; per 100 000 invånare
# against the national average, a regional police chief's quote; plain-text table 'Anmälda brott per brottstyp,
# antal' 'jan–jun 2026' / 'jan–jun 2025' / 'Förändring, %'; clearance rate against 2025 and the country, shootings
# 'från 14 till 6', response time and a target 'högst 12 minuter', police officers and a 2027 target, a survey
# 'Enligt den senaste trygghetsmätningen'), an UNDATED op-ed on housing construction (no date, no sidecar; Sweden
# against Finland and Denmark per 1 000 invånare, 'nästan dubbelt så mycket', 'nästan tre gånger så många ...
# under 2024', population growth 'Sedan 2010', rents 'kronor per kvadratmeter och år', 'Enligt våra beräkningar ...
# mellan 55 000 och 65 000 bostäder per år fram till 2035', three numbered demands), a weekly electricity-price
# report dated only by its sidecar (2026-11-16; öre per kWh by price area, plain-text table 'Genomsnittligt
# spotpris per elområde, öre per kWh (exkl. moms)' 'Denna vecka' / 'Förra veckan' / 'Samma vecka i fjol' /
# 'Förändring mot förra veckan, %'; Germany at one time, wind and nuclear shares, the analyst's forecast range, a
# household example), an airport operator's passenger statistics for October 2026 (Markdown, 'Publicerad 9 november
# 2026'; domestic against international, Markdown table 'Passagerare per flygplats' 'Oktober 2026' / 'Oktober 2025'
# / 'Förändring, %' with a bold total row; 'januari–oktober' against last year and 2019, the commercial director's
# quote and full-year range, landings, cabin factor in procentenheter, freight in ton, punctuality, a 2030 target),
# and a regional public-health survey 2026 ('Publicerad 15 oktober 2026'; shares of smokers, snus users, obese and
# physically active adults against 2022 and the national average; plain-text table 'Tabell 3. Andel vuxna med fetma
# per kommun, procent' '2026' / '2022' / 'Förändring, procentenheter'; the public-health director's quote; a grant
# '12 miljoner kronor per år under 2027–2029').
# The r8-r34 decisions are followed (see the headers of gold_r28_a.py, gold_r30_a.py, gold_r33_a.py and
# gold_r34_a.py): periods at year grain; a relative expression in the sentence ('i fjol', 'förra året', 'i år')
# resolves against the publication date and is not lenient, while 'ett år tidigare', 'veckan innan', 'för ett år
# sedan', 'vid årsskiftet', 'i dag', 'nu', a month, quarter, half-year, week or season without a year, a heading's,
# a caption's or the document's period are lenient; present tense is lenient on the publication year; brackets
# 'motsvarande period föregående år' are lenient; a level followed by ', jämfört med', ', en ökning/minskning med',
# 'Det är X fler', ', vilket är X fler', ', X procent fler än' is the new value after a change; from-values have no
# direction; comparisons at one time (the national average, the country, Germany, another division, other capitals)
# have no direction; a comparison with an earlier point ('än för ett år sedan', 'under nivån för två år sedan',
# 'under nivån före pandemin', 'under nivån för samma period 2019') takes the current period with a direction;
# multipliers optional; definitions of an example ('32 000 kronor', '75 kvadratmeter', '2 000 kWh i månaden', a
# fixed-price contract), a survey's sample, age bands and thresholds ('över 70 år', '18–84 år', 'över 65 år', 'BMI
# på 30 eller högre', 'minst 150 minuter i veckan', 'högst 15 minuter efter tidtabellstid'), page counts and the set
# a text names ('tre åtgärder', 'sex flygplatser') optional; results of worked examples, forecasts, targets and
# demands required; standing targets with no year ('minst 12 procent över en konjunkturcykel', 'minst 2 procent över
# en mandatperiod', 'högst 12 minuter') have no period; table cells take their column headers' periods (a caption's
# or heading's period lenient), change columns take their direction from the sign ('0' none) and the later period,
# lenient; rows that are categories (branches, committees, crime types, price areas, airports, municipalities) take
# the caption's or heading's measure as subject; 'per aktie' per="share", 'per 100 000 invånare' / 'per 1 000
# invånare' per="capita" with the value as written (the denominator N), 'per år' per="year", 'i månaden' / 'per
# månad' per="month", 'per dag' per="day", 'i veckan' per="week", 'öre per kWh' SEK per="kWh" (carried to the
# elided 'öre' of the same list and to the caption's cells), 'per kvadratmeter och år' per="m2", 'per hundralapp'
# per None; 'vilket' / 'Det' / elided nouns have s None, except that the size of a change takes the thing that
# changes from the previous sentence and an apposition keeps its figure's subject; 'X står/svarar för Y' takes X;
# 'X procent av Y' and 'X av Y' take Y; 'Bland X ... Y procent' takes X; a comparison value of the same measure
# ('jämfört med 8 procent 2022') keeps the subject (as r34_a's '76 procent'); a quote ('”...”, säger X', '– ...,
# säger X') credits every figure in it, and 'Hon påpekar' / 'Hon räknar med' right after the quote keep the speaker;
# 'X föreslår', 'X har beslutat att avsätta' credit X (credited); 'Enligt X' enligt; 'X:s mål är' is possession;
# the UNDATED text has no period unless the sentence names its year, its signatories are no speaker, and 'Enligt
# våra beräkningar' is an enligt speaker ('våra beräkningar', as r34_a).
# Where those were silent, decided here:
# - Engineering (dateline 2026-10-23): bullets under 'TREDJE KVARTALET' and 'JANUARI–SEPTEMBER' (no year) are 2026
#   lenient, their brackets 2025 lenient. 'Nettoomsättningen uppgick till 1 988 (1 902) MSEK, med en organisk
#   tillväxt på 3,4 procent' increase, s the thing that grows ('Nettoomsättningen'). 'motsvarande en rörelsemarginal
#   på 11,6 (10,4) procent' s 'en rörelsemarginal' (the noun the figure is attached to). The CEO's 'orderstocken är
#   nu drygt 20 procent större än för ett år sedan' increase 2026 lenient; 'en organisk tillväxt på 3–5 procent under
#   2027' a forecast of growth: explicit, increase. 'att jämföra med koncernens 11,6 procent' one time, s None
#   (elided noun). 'besparingar på mellan 40 och 50 MSEK per år med full effekt från 2028' 2028 explicit,
#   per="year". 'omkring 120 tjänster' present, 2026 lenient. Nettoskulden '1 420 MSEK ..., jämfört med 1 655 MSEK vid
#   årsskiftet' 1 420 decrease. Table: 'MSEK' scales the unit-less rows; 'Resultat per aktie, kr' SEK per="share";
#   'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures (their own subject).
# - Retail (Markdown, published 2026-11-27): '0,6 procent i oktober 2026 jämfört med september 2026' explicit;
#   'jämfört med september', 'samma månad förra året' (a baseline), 'Utan kalenderkorrigering', 'i oktober',
#   'augusti–oktober' 2026 lenient. 'I dagligvaruhandeln var volymen i stort sett oförändrad, en ökning med 0,1
#   procent' increase (the size of the change is stated). 'knappt 9 procent under nivån för två år sedan' decrease,
#   2026 lenient. 'vilket är 3,9 procent mer än i oktober 2025' increase, s None. 'E-handeln stod för 14,2 procent
#   ..., jämfört med 13,1 procent i oktober 2025' 14,2 increase, 13,1 2025 explicit. 'sex månader i rad' a duration
#   (as the kpif text's 'fyra månader'), no period, s None, quote. 'omkring 2 procent lägre än toppnivån i december
#   2021' decrease, 2026 lenient, the quote's speaker ('Hon påpekar'). 'cirka 5 000 företag' the statistic's method
#   (optional). 'en handelsdag färre' is left out (a number word 'en', no digits). Table: the caption below it gives
#   'procent' and the subject 'Försäljningsvolym'; all three columns name 2026 (the later period of each comparison):
#   explicit, signed.
# - Municipal budget (HTML, published 2026-10-14): the ingress 'Kommunstyrelsen i Sjöbacka föreslår att skattesatsen
#   höjs med 20 öre till 22,04 kronor per hundralapp 2027' credited, explicit, increase; 'Nämndernas nettokostnader
#   beräknas till 3 412 miljoner kronor, en ökning med 4,1 procent jämfört med budget 2026' 2027 lenient (the budget
#   year), increase. Committee frames 'en ram på 1 441 miljoner kronor, 55 miljoner kronor mer än i år' 2027 lenient,
#   s 'en ram'; 'ett tillskott på 59 miljoner kronor' increase, s 'ett tillskott'; '24 nya platser ... under hösten
#   2027' a count, explicit, no direction. 'Resultatet för 2027 budgeteras till 58 miljoner kronor, vilket motsvarar
#   1,7 procent av skatteintäkter och generella statsbidrag' explicit (1,7 takes Y). 'För planåren 2028 och 2029
#   beräknas resultatet till 1,9 respektive 2,2 procent' each its own year, explicit. 'drygt 1,3 miljarder kronor för
#   hela perioden 2027–2029' ('2027', '2029') explicit; the school 'för mellan 180 och 210 miljoner kronor' ('2027',
#   '2029') lenient, s the goal of the money ('en ny skola i Norra Hamnen'). The example's '32 000 kronor' optional,
#   its result 'omkring 55 kronor mer i skatt per månad' required, increase, 2027 lenient, s 'skatt'. '31 öre lägre än
#   genomsnittet i länet' one time, 2027 lenient ('även efter höjningen'). The chair's 'ungefär 31 miljoner kronor per
#   år' 2027 lenient, s 'Höjningen'. 'Enligt Moderaternas gruppledare Lars-Erik Wiklander ... minst 25 miljoner
#   kronor på administration' enligt, 2027 lenient. 'Befolkningen väntas öka med cirka 350 invånare per år och uppgå
#   till 41 200 vid utgången av 2029': 350 ('2027', '2029') lenient, per="year"; 41 200 2029 explicit, increase.
#   Table: caption 'miljoner kronor'; 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed ('0'
#   none); rows are committees and 'Summa': s the caption's 'Nettokostnad'. The page title (<title>) is not in the
#   ingested text; the h1's years are N.
# - Police (published 2026-08-06): '41 380 brott' explicit ('Under första halvåret 2026'), decrease (next sentence
#   'Det är en minskning med 3,2 procent'); '3,2 procent' s 'brott'. '4 112 anmälda brott per 100 000 invånare'
#   per="capita", against 'riksgenomsnittet på 4 530' (one time). 'uppgick till 9 672, vilket är 657 fler än under
#   första halvåret i fjol' both increase, 657 s None. The chief's 'Nästan vart tredje anmält bedrägeri' ratio 1/3
#   approx; 'över 70 år' optional threshold; 'mer än 500 000 kronor' more_than, s None. 'Personuppklaringsprocenten
#   ... var 19 procent under första halvåret' increase (the heading 'Fler brott klaras upp' and the next sentence's
#   17 procent for 2025 state the change); 17 2025 explicit; 'I riket låg andelen på 16 procent' one time. 'minskade
#   från 14 till 6 jämfört med samma period förra året' 14 2025 explicit (from-value, 'förra året' resolves), 6
#   decrease 2026 lenient. '14 minuter, två minuter kortare än ett år tidigare' both decrease; 'Polisens mål är högst
#   12 minuter' standing. 'Flest anmälda brott per 100 000 invånare hade Ekby kommun med 5 870' s 'Flest anmälda
#   brott'; 'Lägst var siffran i Lövnäs, 2 310' s 'siffran'. '2 640 poliser, vilket är 85 fler än vid samma tid i
#   fjol' both increase; 'Målet är minst 2 800 poliser vid utgången av 2027' explicit, s 'Målet'. '64 nya
#   polisaspiranter ..., jämfört med 51 i våras' 64 increase, 51 2026 lenient (s None, elided). 'Enligt den senaste
#   trygghetsmätningen ... var femte invånare' ratio 0.2, enligt. Table: '114 14' and '112' are phone numbers.
# - Housing op-ed (UNDATED): 'Förra året' does not resolve (no period). 'Det motsvarar 2,7 nya bostäder per 1 000
#   invånare. I Finland var motsvarande siffra 4,2 och i Danmark 5,1' per="capita" carried, one time (5,1 s None).
#   'nästan dubbelt så mycket' and 'nästan tre gånger så många hyresrätter' optional multipliers (the latter 2024
#   explicit). 'Sedan 2010 har Sveriges befolkning vuxit med drygt 1,1 miljoner invånare, eller omkring 12 procent'
#   both increase, no period (as r34_a's 'Sedan 2015'); Finland's 'knappt 4 procent' likewise. 'hälften så många
#   invånare' an optional multiplier (ratio 0.5). Rents 'omkring 2 450 kronor per kvadratmeter och år' per="m2", one
#   time against Helsinki's 'runt 1 950 kronor' (s 'motsvarande hyra') and Copenhagen's '2 100 kronor' (s None). The
#   example's '75 kvadratmeter' optional, its result 'över 15 000 kronor i månaden' required, per="month", s None
#   (the payer). 'Enligt våra beräkningar behöver Sverige bygga mellan 55 000 och 65 000 bostäder per år fram till
#   2035' per="year", t (None, '2035') lenient (as r33's 'till 2017' without a start). 'mindre än hälften av det som
#   behövs' less_than 0.5, s Y. Building costs 'runt 3 400 euro per kvadratmeter' (s None: 'det kostar') against
#   Sweden's 'närmare 4 000 euro' one time, EUR per="m2". 'förlorat minst 20 000 jobb sedan toppen' decrease. Demands: '40 miljarder kronor' s
#   'en ram'; 'till högst 12 månader' at_most decrease; 'från 25 till 12 procent' 25 a from-value, 12 decrease; 'under
#   tre år' a duration (required, s None). 'omkring 8 miljarder kronor per år' s 'Kostnaden för förslagen'; 'mindre
#   än 1 procent av statens budget' takes Y. 'var fjärde person mellan 20 och 27 år' ratio 0.25 (the age band
#   optional). List numbering N.
# - Electricity (sidecar 2026-11-16): 'under veckan', 'veckan innan', 'Denna vecka', 'Förra veckan', 'nästa vecka' are
#   2026 lenient; the column 'Samma vecka i fjol' 2025 lenient (a column header, as r34_a's 'För ett år sedan').
#   '112,4 öre per kWh, knappt 38 procent högre än veckan innan' both increase, s 'genomsnittspriset' (the size of
#   the change keeps it). '86,7 öre per kWh, en ökning med 35 procent' increase ('steg till'). 'priserna fortsatt låga:
#   21,3 öre per kWh i SE1 och 22,0 öre i SE2' no direction ('fortsatt'), s 'priserna'. 'över 90 öre per kWh' one
#   time, s 'Skillnaden mellan SE1 och SE4'. 'priset i SE3 21 procent högre' than the same week last year: increase;
#   'betalade ungefär 38 procent mindre' decrease, s None (the payers). December futures '92 öre per kWh' 2026 lenient,
#   s None; 'Snittpriset i SE3 hittills i november är 71,2 öre per kWh' 2026 lenient. Germany's 'omkring 310 öre per kWh' one time. 'Vindkraftsproduktionen var nästan 30 procent lägre än
#   veckan innan och svarade för bara 14 procent' decrease and X-takes; '78 procent av sin installerade effekt' takes
#   Y. The analyst's 'mellan 70 och 110 öre per kWh ... nästa vecka' s None (no noun in the sentence). The example's
#   '2 000 kWh i månaden' optional (per="month"), its result 'ungefär 400 kronor för veckan' required, s 'kostnaden
#   för själva elen i SE3' (per None: 'för veckan' is the period), 'cirka 100 kronor mer än veckan innan' increase;
#   'ett fastprisavtal på 79 öre per kWh' optional (defines the example). The price areas 'SE1'..'SE4', 'vecka 46' /
#   'vecka 47', the times 'kl. 17.15 och 17.30' and the address are N.
# - Airports (Markdown, published 2026-11-09): '1 284 600 passagerare' explicit ('Under oktober 2026'), increase (next
#   sentence). 'Utrikestrafiken ökade med 7,1 procent till 862 300 resenärer' both increase; domestic both decrease.
#   'Utrikesresenärerna stod därmed för 67 procent' takes X. '19 750 passagerare per dag under månaden' per="day".
#   'två nya direktlinjer' a count (a claim), 2026 lenient. 'Under januari–oktober reste totalt 12,9 miljoner
#   passagerare ..., 3,6 procent fler än under samma period i fjol' both increase, 2026 lenient; 'knappt 6 procent
#   under nivån för samma period 2019' decrease. The director's 'omkring 30 procent under nivån före pandemin'
#   decrease; 'utbudet halverats' is left out (no figure written); 'Hon räknar med ... mellan 15,3 och 15,5 miljoner
#   passagerare' helåret 2026 lenient, quote. '10 480 i oktober, 2 procent färre än samma månad förra året' both
#   decrease; '81 procent, två procentenheter högre än i oktober 2025' both increase; freight '3 240 ton, en
#   minskning med 8 procent' both decrease. '87 av 100 flygningar' ratio 0.87, s Y; 'högst 15 minuter efter
#   tidtabellstid' optional (defines punctuality). '44 procent ..., upp från 39 procent i oktober 2025' 44 increase,
#   39 explicit from-value; 'Bolagets mål är att andelen ska vara minst 55 procent år 2030' explicit, s 'andelen'.
#   'sex flygplatser' optional (the set). Table: 'Oktober 2026' / 'Oktober 2025' explicit, 'Förändring, %' 2026
#   lenient signed; rows are airports and the bold 'Totalt' (located with its '**'); s the heading's 'Passagerare'.
# - Public health (published 2026-10-15): the survey's '9 412 personer' and '18–84 år' optional (method);
#   'Svarsfrekvensen var 43 procent' required, 2026 lenient. 'har minskat till 6 procent, från 9 procent 2022' 6
#   decrease 2026 lenient, 9 2022 explicit (from-value). 'I riket är andelen 7 procent' one time. 'Bland personer med
#   förgymnasial utbildning röker 13 procent' takes X; 'mer än tre gånger så många' optional multiplier. '14 procent
#   av kvinnorna i åldern 18–29 år ..., jämfört med 8 procent 2022' 14 increase ('Snusandet ökar'), 8 explicit.
#   'ett BMI på 30 eller högre' optional threshold (at_least). '18 procent ... Det är en ökning med 2 procentenheter
#   jämfört med 2022 och 2 procentenheter över riksgenomsnittet' 18 increase, the first 2 increase (s the share), the
#   second one time (s None). The director's 'mer än var femte vuxen' ratio 0.2 more_than. 'Drygt sex av tio vuxna, 62
#   procent, ... Det är en ökning från 57 procent 2022, men fortfarande 3 procentenheter lägre än riksgenomsnittet':
#   the ratio and 62 increase, 57 2022 explicit (from-value, s None), 3 one time (s None). 'Var fjärde kvinna mellan 18
#   och 29 år' ratio 0.25 (the band optional). 'i stort sett samma nivå som 2022' states no change: 14 and 9 procent
#   no direction. 'Regionstyrelsen har beslutat att avsätta 12 miljoner kronor per år under 2027–2029' explicit,
#   credited, s the goal; 'mellan 30 och 40 nya hälsosamtal per vårdcentral och månad' per="month" (the time
#   denominator), ('2027', '2029') lenient. 'vart fjärde år' (the survey's frequency) is left out. Table: caption
#   'procent', '2026' / '2022' explicit, 'Förändring, procentenheter' percentage_point 2026 lenient signed ('0' none);
#   rows are municipalities, 'Regionen' and 'Riket': s the caption's 'Andel vuxna med fetma'.
# - Negatives: datelines and Publicerad lines, titles' and column headers' periods, table numbers, years and dates
#   that only place a claim, a comparison, a from-value or a target, next-report dates, the '1 000' and '100 000' of
#   rate denominators, price-area names, week numbers, list numbering, times of day, phone numbers, street numbers,
#   postal codes and org numbers.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER',
#   'januari–oktober' and 'augusti–oktober' without a year, 'första halvåret' without a year, 'i september',
#   'en handelsdag färre', 'minst en misstänkt person', 'Ingen person', 'en av reaktorerna', 'utbudet halverats',
#   'vart fjärde år', 'under helåret', 'vid årsskiftet', 'för ett år sedan', 'för två år sedan'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2022", "2024", "2025", "2026", "2027", "2028", "2029", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y22, Y24, Y25, Y26, Y27, Y28, Y29, Y30 = (Y[y] for y in ("2022", "2024", "2025", "2026", "2027", "2028", "2029", "2030"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    P2729 = ("2027", "2029")
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. engineering company, interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    HA = ("Henrik Ålander", "quote")
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RPA = ("Resultat per aktie", "Resultat")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    DO = ("Divisionens orderingång", "orderingång")
    NS = ("Nettoskulden", "Nettoskulden")
    SO = ("Soliditeten", "Soliditeten")
    AA = ("Antalet anställda", "Antalet")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r35_a_verkstad_q3"] = [
        G("9 procent", 9, "percent", ctx="ökade med [9 procent] till", **L26, direction=INC, s=OI, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("2 146", 2146e6, "SEK", ctx="till [2 146] (1 969)", **L26, direction=INC, s=OI, sp=None),
        G("1 969", 1969e6, "SEK", ctx="2 146 ([1 969]) MSEK", **L25, s=OI, sp=None, note="bracket: 'motsvarande period föregående år' (lenient)"),
        G("7 procent", 7, "percent", ctx="orderingången med [7 procent].", **L26, direction=INC, s=("orderingången", "orderingången"), sp=None),
        G("1 988", 1988e6, "SEK", ctx="uppgick till [1 988] (1 902)", **L26, s=NO, sp=None),
        G("1 902", 1902e6, "SEK", ctx="1 988 ([1 902]) MSEK", **L25, s=NO, sp=None),
        G("3,4 procent", 3.4, "percent", **L26, direction=INC, s=NO, sp=None, note="'med en organisk tillväxt på': the thing that grows"),
        G("231", 231e6, "SEK", ctx="blev [231] (198)", **L26, s=RR, sp=None),
        G("198", 198e6, "SEK", ctx="231 ([198]) MSEK", **L25, s=RR, sp=None),
        G("11,6", 11.6, "percent", ctx="rörelsemarginal på [11,6] (10,4)", **L26, s=RM, sp=None),
        G("10,4", 10.4, "percent", ctx="11,6 ([10,4]) procent", **L25, s=RM, sp=None),
        G("2,07", 2.07, "SEK", per="share", ctx="uppgick till [2,07] (1,71)", **L26, s=RPA, sp=None),
        G("1,71", 1.71, "SEK", per="share", ctx="2,07 ([1,71]) kronor", **L25, s=RPA, sp=None),
        G("6 312", 6312e6, "SEK", ctx="uppgick till [6 312] (6 058)", **L26, s=OI, sp=None, note="'JANUARI–SEPTEMBER' (no year)"),
        G("6 058", 6058e6, "SEK", ctx="6 312 ([6 058]) MSEK", **L25, s=OI, sp=None),
        G("5 procent", 5, "percent", ctx="ökade med [5 procent] till", **L26, direction=INC, s=NO, sp=None),
        G("6 047", 6047e6, "SEK", ctx="till [6 047] (5 759)", **L26, direction=INC, s=NO, sp=None),
        G("5 759", 5759e6, "SEK", ctx="6 047 ([5 759]) MSEK", **L25, s=NO, sp=None),
        G("11,0", 11.0, "percent", ctx="var [11,0] (10,2)", **L26, s=("Rörelsemarginalen", "Rörelsemarginalen"), sp=None),
        G("10,2", 10.2, "percent", ctx="11,0 ([10,2]) procent", **L25, s=("Rörelsemarginalen", "Rörelsemarginalen"), sp=None),
        G("514", 514e6, "SEK", ctx="uppgick till [514] (377)", **L26, s=KF, sp=None),
        G("377", 377e6, "SEK", ctx="514 ([377]) MSEK", **L25, s=KF, sp=None),
        G("drygt 20 procent", 20, "percent", bound="approx", **L26, direction=INC, s=("orderstocken", "orderstocken"), sp=HA, note="'större än för ett år sedan': an earlier point; quote in ”...”"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("orderingången", "orderingången"), sp=HA, note="'under kvartalet'"),
        G("minst 12 procent", 12, "percent", bound="at_least", s=RM, sp=HA, note="standing target 'över en konjunkturcykel': no period"),
        G("3–5 procent", None, "percent", low=3, high=5, t=Y27, direction=INC, s=("en organisk tillväxt", "tillväxt"), sp=HA, note="forecast 'under 2027'"),
        G("58 procent", 58, "percent", **L26, s=("Division Hydraulik", "Division"), sp=None, note="'X svarade för Y' takes X"),
        G("1 312 MSEK", 1312e6, "SEK", **L26, direction=INC, s=DO, sp=None, note="'steg till'"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=DO, sp=None, note="'jämfört med samma kvartal i fjol' is the baseline"),
        G("834 MSEK", 834e6, "SEK", **L26, s=("en nettoomsättning", "nettoomsättning"), sp=None),
        G("9,8 procent", 9.8, "percent", **L26, s=RM, sp=None),
        G("11,6 procent", 11.6, "percent", **L26, s=None, sp=None, note="'att jämföra med koncernens 11,6 procent': one time, elided noun"),
        G("mellan 40 och 50 MSEK", None, "SEK", low=40e6, high=50e6, per="year", t=Y28, s=("besparingar", "besparingar"), sp=None, note="'med full effekt från 2028'"),
        G("omkring 120 tjänster", 120, "count", bound="approx", **L26, s=("tjänster", "tjänster"), sp=None),
        G("18 MSEK", 18e6, "SEK", **L26, s=("Kostnaderna för programmet", "Kostnaderna"), sp=None),
        G("1 420 MSEK", 1420e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("1 655 MSEK", 1655e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("47", 47, "percent", ctx="uppgick till [47] (44)", **L26, s=SO, sp=None),
        G("44", 44, "percent", ctx="47 ([44]) procent", **L25, s=SO, sp=None),
        G("3 214", 3214, "count", ctx="var [3 214] (3 302)", **L26, s=AA, sp=None),
        G("3 302", 3302, "count", ctx="3 214 ([3 302])", **L25, s=AA, sp=None),
        *_row(G, "Orderingång", ["2 146", "1 969", "6 312", "6 058"], sq("SEK", 1e6), ("Orderingång", "Orderingång"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Nettoomsättning", ["1 988", "1 902", "6 047", "5 759"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat", ["231", "198", "665", "587"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["11,6", "10,4", "11,0", "10,2"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat per aktie, kr", ["2,07", "1,71", "5,94", "5,12"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r35_a_verkstad_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("23 oktober 2026", note="dateline"),
        N("2027", ctx="procent under [2027]", note="places the forecast"),
        N("2028", ctx="effekt från [2028]", note="places the savings"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("07.30", note="time of day"), N("10.00", note="time of day"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("5 februari 2027", note="next report"),
        N("031-778 20 00"), N("031-778 20 14"), N("556612-4471", note="org number"),
    ]

    # ------------------------------------------------------------ 2. retail trade October 2026 (Markdown, Publicerad 27 november 2026)
    MLB = ("Maria Lindqvist-Berg", "quote")
    FVc = ("Försäljningsvolym", "Försäljningsvolym")
    rc = [("percent", 1, None, Y26, F, T)] * 3
    GOLD["r35_a_detaljhandel_okt"] = [
        G("0,6 procent", 0.6, "percent", t=Y26, direction=INC, s=("Detaljhandelns försäljningsvolym", "försäljningsvolym"), sp=None, note="'i oktober 2026 jämfört med september 2026'"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=("försäljningsvolymen", "försäljningsvolymen"), sp=None, note="'Jämfört med oktober 2025' is the baseline"),
        G("1,1 procent", 1.1, "percent", ctx="sällanköpsvaruhandeln ökade med [1,1 procent] jämfört", **L26, direction=INC, s=("Försäljningsvolymen inom sällanköpsvaruhandeln", "Försäljningsvolymen"), sp=None),
        G("0,1 procent", 0.1, "percent", **L26, direction=INC, s=("volymen", "volymen"), sp=None, note="'i stort sett oförändrad, en ökning med'"),
        G("4,3 procent", 4.3, "percent", **L26, direction=INC, s=("sällanköpsvaruhandeln", "sällanköpsvaruhandeln"), sp=None, note="'Jämfört med samma månad förra året' is the baseline"),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=("dagligvaruhandeln", "dagligvaruhandeln"), sp=None),
        G("2,3 procent", 2.3, "percent", **L26, direction=INC, s=("försäljningsvolymen", "försäljningsvolymen"), sp=None),
        G("6,7 procent", 6.7, "percent", **L26, direction=INC, s=("volymen", "volymen"), sp=None, note="'högre än i oktober förra året'"),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, direction=DEC, s=("Möbel- och inredningshandeln", "inredningshandeln"), sp=None, note="'under nivån för två år sedan': an earlier point"),
        *_row(G, "| Total detaljhandel", ["+0,6", "+2,8", "+2,1"], rc, FVc, sep=" | ", note="Markdown table; caption below 'Försäljningsvolym per branch, förändring i procent'; every column's later period is 2026 (explicit), signed"),
        *_row(G, "| Dagligvaruhandel", ["+0,1", "+1,2", "+0,9"], rc, FVc, sep=" | "),
        *_row(G, "| Sällanköpsvaruhandel", ["+1,1", "+4,3", "+3,2"], rc, FVc, sep=" | "),
        *_row(G, "| Beklädnadshandel", ["+2,4", "+6,7", "+4,0"], rc, FVc, sep=" | "),
        *_row(G, "| Skohandel", ["−1,3", "+0,8", "−0,5"], rc, FVc, sep=" | "),
        *_row(G, "| Möbel- och inredningshandel", ["+0,4", "−2,6", "−3,1"], rc, FVc, sep=" | "),
        *_row(G, "| Järn- och bygghandel", ["−0,7", "−1,9", "−0,8"], rc, FVc, sep=" | "),
        *_row(G, "| E-handel (postorder och internet)", ["+1,8", "+7,4", "+5,6"], rc, FVc, sep=" | "),
        G("drygt 68 miljarder kronor", 68e9, "SEK", bound="approx", **L26, s=("detaljhandelns omsättning", "omsättning"), sp=None, note="'i oktober' (no year)"),
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=None, sp=None, note="'vilket är ... mer än i oktober 2025'"),
        G("1,1 procent", 1.1, "percent", ctx="i genomsnitt [1,1 procent] högre", **L26, direction=INC, s=("Priserna i detaljhandeln", "Priserna"), sp=None, note="'än för ett år sedan'"),
        G("14,2 procent", 14.2, "percent", **L26, direction=INC, s=("E-handeln", "E-handeln"), sp=None, note="'X stod för Y' takes X; ', jämfört med': the new value"),
        G("13,1 procent", 13.1, "percent", t=Y25, s=("E-handeln", "E-handeln"), sp=None, note="'i oktober 2025'"),
        G("0,9 procent", 0.9, "percent", **L26, direction=INC, s=("den totala försäljningsvolymen", "försäljningsvolymen"), sp=None, note="'Under perioden augusti–oktober' (no year)"),
        G("sex månader", 6, "month", s=None, sp=MLB, note="'sex månader i rad' (as the kpif text's 'fyra månader')"),
        G("omkring 2 procent", 2, "percent", bound="approx", **L26, direction=DEC, s=("försäljningsvolymen i detaljhandeln", "försäljningsvolymen"), sp=MLB, note="'Hon påpekar' right after the quote; below the peak of December 2021"),
        G("cirka 5 000 företag", 5000, "count", bound="approx", optional=True, s=("företag", "företag"), sp=None, note="the statistic's method"),
    ]
    NEG["r35_a_detaljhandel_okt"] = [
        N("27 november 2026", note="Publicerad"), N("08.00", note="time of day"),
        N("oktober 2026", ctx="procent i [oktober 2026] jämfört"), N("september 2026", ctx="med [september 2026] (säsongrensade"),
        N("oktober 2025", ctx="Jämfört med [oktober 2025] ökade"),
        N("Oktober 2026", ctx="[Oktober 2026] hade"), N("oktober 2025", ctx="färre än [oktober 2025]."),
        N("Okt 2026", ctx="| [Okt 2026] mot sep 2026", note="column header"), N("sep 2026", ctx="Okt 2026 mot [sep 2026],", note="column header"),
        N("Okt 2026", ctx="| [Okt 2026] mot okt 2025", note="column header"), N("okt 2025", ctx="Okt 2026 mot [okt 2025],", note="column header"),
        N("Jan–okt 2026", note="column header"), N("jan–okt 2025", note="column header"),
        N("oktober 2025", ctx="mer än i [oktober 2025]."), N("oktober 2025", ctx="procent i [oktober 2025]. Under"),
        N("december 2021", note="places the peak"),
        N("november 2026", ctx="om [november 2026], sker", note="next report"), N("11 januari 2027", note="next report"),
        N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. municipality budget 2027, plan 2028-2029 (HTML, Publicerad 14 oktober 2026)
    KS = ("Kommunstyrelsen i Sjöbacka", "credited")
    AS = ("Annika Strömdahl", "quote")
    LW = ("Lars-Erik Wiklander", "enligt")
    SK = ("skattesatsen", "skattesatsen")
    NK = ("Nettokostnad", "Nettokostnad")
    RE = ("resultatet", "resultatet")
    bc = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y27, T, T)]
    GOLD["r35_a_kommunbudget_2027"] = [
        G("20 öre", 0.20, "SEK", t=Y27, direction=INC, s=SK, sp=KS, note="'föreslår att skattesatsen höjs med 20 öre till ... 2027'"),
        G("22,04 kronor", 22.04, "SEK", t=Y27, direction=INC, s=SK, sp=KS, note="'per hundralapp': per None"),
        G("3 412 miljoner kronor", 3412e6, "SEK", **L27, direction=INC, s=("Nämndernas nettokostnader", "nettokostnader"), sp=None),
        G("4,1 procent", 4.1, "percent", **L27, direction=INC, s=("Nämndernas nettokostnader", "nettokostnader"), sp=None, note="'jämfört med budget 2026'"),
        G("1 441 miljoner kronor", 1441e6, "SEK", **L27, s=("en ram", "ram"), sp=None),
        G("55 miljoner kronor", 55e6, "SEK", **L27, direction=INC, s=("en ram", "ram"), sp=None, note="'mer än i år'"),
        G("59 miljoner kronor", 59e6, "SEK", **L27, direction=INC, s=("ett tillskott", "tillskott"), sp=None),
        G("24 nya platser", 24, "count", t=Y27, s=("nya platser i särskilt boende", "platser"), sp=None, note="'under hösten 2027'"),
        G("2 miljoner kronor", 2e6, "SEK", ctx="minskar med [2 miljoner kronor]", **L27, direction=DEC, s=("Kultur- och fritidsnämndens ram", "ram"), sp=None),
        *_row(G, "Barn- och utbildningsnämnden", ["1 386", "1 441", "+55"], bc, NK, note="HTML table 'Nettokostnad per nämnd, miljoner kronor': 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed"),
        *_row(G, "Vård- och omsorgsnämnden", ["1 104", "1 163", "+59"], bc, NK),
        *_row(G, "Socialnämnden", ["312", "327", "+15"], bc, NK),
        *_row(G, "Kultur- och fritidsnämnden", ["148", "146", "−2"], bc, NK),
        *_row(G, "Samhällsbyggnadsnämnden", ["171", "178", "+7"], bc, NK),
        *_row(G, "Kommunstyrelsen", ["157", "157", "0"], bc, NK),
        *_row(G, "Summa", ["3 278", "3 412", "+134"], bc, NK),
        G("58 miljoner kronor", 58e6, "SEK", t=Y27, s=("Resultatet", "Resultatet"), sp=None, note="'Resultatet för 2027 budgeteras till'"),
        G("1,7 procent", 1.7, "percent", t=Y27, s=("skatteintäkter och generella statsbidrag", "skatteintäkter"), sp=None, note="'X procent av Y' takes Y"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing target 'över en mandatperiod'"),
        G("1,9", 1.9, "percent", ctx="resultatet till [1,9] respektive", t=Y28, s=RE, sp=None),
        G("2,2 procent", 2.2, "percent", t=Y29, s=RE, sp=None),
        G("486 miljoner kronor", 486e6, "SEK", t=Y27, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None),
        G("drygt 1,3 miljarder kronor", 1.3e9, "SEK", bound="approx", t=P2729, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None, note="'för hela perioden 2027–2029'"),
        G("mellan 180 och 210 miljoner kronor", None, "SEK", low=180e6, high=210e6, t=P2729, lenient=True, s=("en ny skola i Norra Hamnen", "skola"), sp=None, note="the goal of the investment"),
        G("32 000 kronor", 32000, "SEK", per="month", optional=True, s=("en månadsinkomst", "månadsinkomst"), sp=None, note="defines the example"),
        G("omkring 55 kronor", 55, "SEK", bound="approx", per="month", **L27, direction=INC, s=("skatt", "skatt"), sp=None, note="the example's result"),
        G("31 öre", 0.31, "SEK", **L27, s=("Sjöbackas skattesats", "skattesats"), sp=None, note="one time, against the county average"),
        G("ungefär 31 miljoner kronor", 31e6, "SEK", bound="approx", per="year", **L27, s=("Höjningen", "Höjningen"), sp=AS),
        G("minst 25 miljoner kronor", 25e6, "SEK", bound="at_least", **L27, s=("administration", "administration"), sp=LW),
        G("cirka 350 invånare", 350, "count", bound="approx", per="year", t=P2729, lenient=True, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None),
        G("41 200", 41200, "count", t=Y29, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None, note="'uppgå till ... vid utgången av 2029'"),
        G("112 sidor", 112, "count", optional=True, s=None, sp=None, note="page count"),
    ]
    NEG["r35_a_kommunbudget_2027"] = [
        N("2027", ctx="budget [2027] med plan", note="h1"), N("2028–2029", ctx="plan för [2028–2029]", note="h1"),
        N("14 oktober 2026", note="Publicerad"), N("2027", ctx="per hundralapp [2027].", note="places the tax rate"),
        N("2026", ctx="med budget [2026].", note="baseline"), N("hösten 2027", note="places the opening"),
        N("Budget 2026", note="column header"), N("Budget 2027", note="column header"),
        N("2029", ctx="nås först [2029]", note="h2"), N("2027", ctx="Resultatet för [2027]"),
        N("2028", ctx="planåren [2028] och"), N("2029", ctx="och [2029] beräknas"),
        N("2027", ctx="kronor [2027] och till"), N("2027–2029", ctx="perioden [2027–2029]."),
        N("2029", ctx="utgången av [2029]."), N("23 november 2026", note="decision date"),
        N("14", ctx="Storgatan [14]", note="street number"), N("434 82", note="postal code"),
        N("0300-61 20 00"), N("212000-1587", note="org number"),
    ]

    # ------------------------------------------------------------ 4. police region, crime statistics first half of 2026 (Publicerad 6 augusti 2026)
    SE = ("Stefan Ekwall", "quote")
    AB = ("Anmälda brott", "brott")
    PT = ("Den genomsnittliga tiden från larm till att en patrull var på plats", "tiden")
    PU = ("Personuppklaringsprocenten", "Personuppklaringsprocenten")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r35_a_polis_halvar"] = [
        G("41 380 brott", 41380, "count", t=Y26, direction=DEC, s=("brott", "brott"), sp=None, note="'Under första halvåret 2026'; next sentence 'Det är en minskning med'"),
        G("3,2 procent", 3.2, "percent", **L26, direction=DEC, s=("brott", "brott"), sp=None, note="the size of the change takes what changes"),
        G("4 112 anmälda brott", 4112, "count", per="capita", **L26, s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare' (value as written)"),
        G("4 530", 4530, "count", per="capita", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time; per carried"),
        G("drygt 13 procent", 13, "percent", bound="approx", **L26, direction=DEC, s=("Bostadsinbrotten", "Bostadsinbrotten"), sp=None),
        G("9 672", 9672, "count", ctx="uppgick till [9 672], vilket", **L26, direction=INC, s=("antalet anmälda bedrägerier", "antalet"), sp=None),
        G("657", 657, "count", **L26, direction=INC, s=None, sp=None, note="'vilket är 657 fler än under första halvåret i fjol'"),
        G("Nästan vart tredje", 1 / 3, "ratio", bound="approx", **L26, s=("anmält bedrägeri", "bedrägeri"), sp=SE),
        G("över 70 år", 70, "year", bound="more_than", optional=True, s=None, sp=SE, note="age threshold"),
        G("mer än 500 000 kronor", 500000, "SEK", bound="more_than", **L26, s=None, sp=SE),
        *_row(G, "Misshandel", ["2 846", "2 911", "−2,2"], pc, AB, note="table 'Anmälda brott per brottstyp, antal': 'jan–jun 2026' / 'jan–jun 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are crime types"),
        *_row(G, "Bostadsinbrott", ["1 204", "1 387", "−13,2"], pc, AB),
        *_row(G, "Bedrägeri", ["9 672", "9 015", "+7,3"], pc, AB),
        *_row(G, "Stöld ur och från fordon", ["3 118", "3 460", "−9,9"], pc, AB),
        *_row(G, "Narkotikabrott", ["4 507", "4 402", "+2,4"], pc, AB),
        *_row(G, "Skadegörelse", ["5 933", "6 240", "−4,9"], pc, AB),
        *_row(G, "Övriga brott", ["14 100", "15 333", "−8,0"], pc, AB),
        *_row(G, "Totalt", ["41 380", "42 748", "−3,2"], pc, AB),
        G("19 procent", 19, "percent", **L26, direction=INC, s=PU, sp=None, note="heading 'Fler brott klaras upp'; 'under första halvåret' (no year)"),
        G("17 procent", 17, "percent", t=Y25, s=("Motsvarande andel", "andel"), sp=None),
        G("16 procent", 16, "percent", **L26, s=("andelen", "andelen"), sp=None, note="'I riket': one time"),
        G("14", 14, "count", ctx="från [14] till 6", t=Y25, s=("Antalet skjutningar i regionen", "Antalet"), sp=None, note="from-value; 'samma period förra året' resolves"),
        G("6", 6, "count", ctx="från 14 till [6] jämfört", **L26, direction=DEC, s=("Antalet skjutningar i regionen", "Antalet"), sp=None),
        G("14 minuter", 14, "minute", **L26, direction=DEC, s=PT, sp=None),
        G("två minuter", 2, "minute", **L26, direction=DEC, s=PT, sp=None, note="'kortare än ett år tidigare'"),
        G("högst 12 minuter", 12, "minute", bound="at_most", s=("Polisens mål", "mål"), sp=None, note="standing target"),
        G("5 870", 5870, "count", per="capita", **L26, s=("Flest anmälda brott", "brott"), sp=None),
        G("2 310", 2310, "count", per="capita", **L26, s=("siffran", "siffran"), sp=None),
        G("2 640 poliser", 2640, "count", **L26, direction=INC, s=("poliser", "poliser"), sp=None, note="'i dag'; ', vilket är 85 fler'"),
        G("85", 85, "count", ctx="vilket är [85] fler", **L26, direction=INC, s=None, sp=None),
        G("minst 2 800 poliser", 2800, "count", bound="at_least", t=("2027", "2027"), s=("Målet", "Målet"), sp=None, note="'vid utgången av 2027'"),
        G("64 nya polisaspiranter", 64, "count", **L26, direction=INC, s=("nya polisaspiranter", "polisaspiranter"), sp=None, note="'Under hösten'; ', jämfört med 51 i våras'"),
        G("51", 51, "count", ctx="jämfört med [51] i våras", **L26, s=None, sp=None, note="elided noun"),
        G("var femte invånare", 0.2, "ratio", **L26, s=("invånare i regionen", "invånare"), sp=("den senaste trygghetsmätningen", "enligt")),
    ]
    NEG["r35_a_polis_halvar"] = [
        N("6 augusti 2026", note="Publicerad"), N("2026", ctx="första halvåret [2026] anmäldes"),
        N("2025", ctx="samma period [2025]."), N("100 000", ctx="brott per [100 000] invånare, vilket", note="rate denominator"),
        N("jan–jun 2026", note="column header"), N("jan–jun 2025", note="column header"),
        N("2025", ctx="halvåret [2025] var"), N("100 000", ctx="brott per [100 000] invånare hade", note="rate denominator"),
        N("2027", ctx="utgången av [2027]."),
        N("114 14", note="phone number"), N("112", ctx="ring [112].", note="phone number"), N("010-563 12 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on housing construction (no date, no sidecar)
    VB = ("våra beräkningar", "enligt")
    NB = ("nya bostäder", "bostäder")
    GOLD["r35_a_debatt_bostadsbygge"] = [
        G("knappt 29 000 nya bostäder", 29000, "count", bound="approx", s=NB, sp=None, note="'Förra året' does not resolve (undated)"),
        G("2,7 nya bostäder", 2.7, "count", per="capita", s=NB, sp=None, note="'per 1 000 invånare' (value as written)"),
        G("4,2", 4.2, "count", per="capita", ctx="siffra [4,2] och", s=("motsvarande siffra", "siffra"), sp=None, note="one time; per carried"),
        G("5,1", 5.1, "count", per="capita", ctx="Danmark [5,1].", s=None, sp=None, note="elided noun"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("nästan tre gånger så många", 3, "number", bound="approx", optional=True, t=Y24, s=None, sp=None, note="multiplier 'under 2024'"),
        G("drygt 1,1 miljoner invånare", 1.1e6, "count", bound="approx", direction=INC, s=("Sveriges befolkning", "befolkning"), sp=None, note="'Sedan 2010' in an undated text: no period"),
        G("omkring 12 procent", 12, "percent", bound="approx", direction=INC, s=("Sveriges befolkning", "befolkning"), sp=None),
        G("knappt 4 procent", 4, "percent", bound="approx", direction=INC, s=("Finlands befolkning", "befolkning"), sp=None),
        G("hälften så många", 0.5, "ratio", optional=True, s=("invånare", "invånare"), sp=None, note="multiplier, one time"),
        G("omkring 2 450 kronor", 2450, "SEK", bound="approx", per="m2", s=("En nyproducerad hyresrätt i Stockholm", "hyresrätt"), sp=None, note="'per kvadratmeter och år'; 'i dag' undated"),
        G("runt 1 950 kronor", 1950, "SEK", bound="approx", per="m2", s=("motsvarande hyra", "hyra"), sp=None, note="one time"),
        G("2 100 kronor", 2100, "SEK", per="m2", s=None, sp=None, note="elided"),
        G("75 kvadratmeter", 75, "m2", optional=True, s=None, sp=None, note="defines the example"),
        G("över 15 000 kronor", 15000, "SEK", bound="more_than", per="month", s=None, sp=None, note="the example's result; the payer is no subject"),
        G("mellan 55 000 och 65 000 bostäder", None, "count", low=55000, high=65000, per="year", t=(None, "2035"), lenient=True, s=("bostäder", "bostäder"), sp=VB, note="'fram till 2035'"),
        G("runt 3 400 euro", 3400, "EUR", kind="money", bound="approx", per="m2", s=None, sp=None, note="'Där kostar det ... per kvadratmeter att bygga': no noun; one time against Sweden"),
        G("närmare 4 000 euro", 4000, "EUR", kind="money", bound="approx", per="m2", s=("motsvarande kostnad i Sverige", "kostnad"), sp=None, note="per carried"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", s=("det som behövs", "det"), sp=None, note="'X av Y' takes Y"),
        G("minst 20 000 jobb", 20000, "count", bound="at_least", direction=DEC, s=("jobb", "jobb"), sp=None, note="'förlorat ... sedan toppen'"),
        G("tre åtgärder", 3, "count", optional=True, s=("åtgärder", "åtgärder"), sp=None, note="the set the text names"),
        G("40 miljarder kronor", 40e9, "SEK", s=("en ram", "ram"), sp=None),
        G("högst 12 månader", 12, "month", bound="at_most", direction=DEC, s=("handläggningstiden för detaljplaner", "handläggningstiden"), sp=None, note="demand 'Korta ... till'"),
        G("25", 25, "percent", ctx="från [25] till 12", s=("byggmomsen", "byggmomsen"), sp=None, note="from-value"),
        G("12 procent", 12, "percent", ctx="till [12 procent] under", direction=DEC, s=("byggmomsen", "byggmomsen"), sp=None),
        G("tre år", 3, "year", s=None, sp=None, note="'under tre år': the demand's duration"),
        G("omkring 8 miljarder kronor", 8e9, "SEK", bound="approx", per="year", s=("Kostnaden för förslagen", "Kostnaden"), sp=None),
        G("mindre än 1 procent", 1, "percent", bound="less_than", s=("statens budget", "budget"), sp=None),
        G("var fjärde person", 0.25, "ratio", s=("person mellan 20 och 27 år", "person"), sp=None, note="'I dag' undated"),
        G("mellan 20 och 27 år", None, "year", low=20, high=27, optional=True, s=None, sp=None, note="age band"),
    ]
    NEG["r35_a_debatt_bostadsbygge"] = [
        N("1 000", note="rate denominator"), N("2024", ctx="under [2024]"), N("2010", ctx="Sedan [2010]"),
        N("2035", note="places the need"),
        N("1", ctx="[1]. Inför", note="list numbering"), N("2", ctx="[2]. Korta", note="list numbering"),
        N("3", ctx="[3]. Sänk", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. weekly electricity prices, week 46 (sidecar 2026-11-16)
    JF = ("Jonas Fredell", "quote")
    GP = ("genomsnittspriset", "genomsnittspriset")
    SPc = ("Genomsnittligt spotpris", "spotpris")
    KO = ("kostnaden för själva elen i SE3", "kostnaden")
    ec = [("SEK", 0.01, "kWh", Y26, T, F), ("SEK", 0.01, "kWh", Y26, T, F), ("SEK", 0.01, "kWh", Y25, T, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r35_a_elpris_v46"] = [
        G("112,4 öre per kWh", 1.124, "SEK", per="kWh", **L26, direction=INC, s=GP, sp=None, note="'under veckan'; ', knappt 38 procent högre än veckan innan': the new value"),
        G("knappt 38 procent", 38, "percent", bound="approx", **L26, direction=INC, s=GP, sp=None),
        G("86,7 öre per kWh", 0.867, "SEK", per="kWh", **L26, direction=INC, s=("priset", "priset"), sp=None, note="'steg ... till'"),
        G("35 procent", 35, "percent", ctx="ökning med [35 procent]", **L26, direction=INC, s=("priset", "priset"), sp=None),
        G("21,3 öre per kWh", 0.213, "SEK", per="kWh", **L26, s=("priserna", "priserna"), sp=None, note="'fortsatt låga': no change stated"),
        G("22,0 öre", 0.22, "SEK", per="kWh", **L26, s=("priserna", "priserna"), sp=None, note="per carried"),
        G("över 90 öre per kWh", 0.9, "SEK", bound="more_than", per="kWh", **L26, s=("Skillnaden mellan SE1 och SE4", "Skillnaden"), sp=None),
        *_row(G, "SE1", ["21,3", "18,9", "34,6", "+12,7"], ec, SPc, note="table 'Genomsnittligt spotpris per elområde, öre per kWh': 'Denna vecka' / 'Förra veckan' 2026 lenient, 'Samma vecka i fjol' 2025 lenient, 'Förändring mot förra veckan, %' 2026 lenient signed"),
        *_row(G, "SE2", ["22,0", "19,4", "35,1", "+13,4"], ec, SPc),
        *_row(G, "SE3", ["86,7", "64,2", "71,8", "+35,0"], ec, SPc),
        *_row(G, "SE4", ["112,4", "81,5", "98,3", "+37,9"], ec, SPc),
        G("21 procent", 21, "percent", **L26, direction=INC, s=("priset i SE3", "priset"), sp=None, note="'Jämfört med samma vecka i fjol'"),
        G("ungefär 38 procent", 38, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'betalade ... mindre': the payers are no subject"),
        G("54,1 öre per kWh", 0.541, "SEK", per="kWh", **L26, s=("Systempriset för hela Norden", "Systempriset"), sp=None),
        G("92 öre per kWh", 0.92, "SEK", per="kWh", **L26, s=None, sp=None, note="December futures"),
        G("71,2 öre per kWh", 0.712, "SEK", per="kWh", **L26, s=("Snittpriset i SE3", "Snittpriset"), sp=None, note="'hittills i november' (no year)"),
        G("298,5 öre per kWh", 2.985, "SEK", per="kWh", **L26, s=("Det högsta kvartspriset under veckan", "kvartspriset"), sp=None, note="apposition"),
        G("omkring 310 öre per kWh", 3.10, "SEK", bound="approx", per="kWh", **L26, s=("priset i Tyskland", "priset"), sp=None, note="one time"),
        G("nästan 30 procent", 30, "percent", bound="approx", **L26, direction=DEC, s=("Vindkraftsproduktionen", "Vindkraftsproduktionen"), sp=None),
        G("14 procent", 14, "percent", **L26, s=("Vindkraftsproduktionen", "Vindkraftsproduktionen"), sp=None, note="'X svarade för Y' takes X"),
        G("78 procent", 78, "percent", **L26, s=("sin installerade effekt", "effekt"), sp=None, note="'X procent av Y' takes Y; 'i genomsnitt' no bound"),
        G("mellan 70 och 110 öre per kWh", None, "SEK", low=0.70, high=1.10, per="kWh", **L26, s=None, sp=JF, note="forecast for 'nästa vecka'"),
        G("omkring 2 000 kWh", 2000, "kWh", bound="approx", per="month", optional=True, s=None, sp=None, note="defines the example"),
        G("ungefär 400 kronor", 400, "SEK", bound="approx", **L26, s=KO, sp=None, note="the example's result 'för veckan'"),
        G("cirka 100 kronor", 100, "SEK", bound="approx", **L26, direction=INC, s=KO, sp=None, note="'mer än veckan innan'"),
        G("79 öre per kWh", 0.79, "SEK", per="kWh", optional=True, s=("ett fastprisavtal", "fastprisavtal"), sp=None, note="defines the example"),
    ]
    NEG["r35_a_elpris_v46"] = [
        N("46", ctx="VECKA [46]", note="week number"),
        *[N(a, occ=k, note="price-area name") for a, n in (("SE1", 4), ("SE2", 3), ("SE3", 7), ("SE4", 5)) for k in range(1, n + 1)],
        N("4", ctx="elområde [4] (SE4)", note="price-area name"), N("3", ctx="elområde [3] (SE3)", note="price-area name"),
        N("17.15", note="time of day"), N("17.30", note="time of day"),
        N("47", ctx="vecka [47]", note="week number"), N("23 november", note="next report"),
        N("41", ctx="Kungsgatan [41]", note="street number"), N("411 19", note="postal code"), N("031-702 56 40"),
    ]

    # ------------------------------------------------------------ 7. airport operator, passengers October 2026 (Markdown, Publicerad 9 november 2026)
    EG = ("Eva Granfelt", "quote")
    PA = ("passagerare", "passagerare")
    PAc = ("Passagerare", "Passagerare")
    ac = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    UT = ("Utrikestrafiken", "Utrikestrafiken")
    IN = ("inrikestrafiken", "inrikestrafiken")
    KB = ("Den genomsnittliga kabinfaktorn", "kabinfaktorn")
    AL = ("Andelen resenärer som tog sig till och från Hallvik Airport med buss eller tåg", "Andelen")
    GOLD["r35_a_flygplatser_okt"] = [
        G("1 284 600 passagerare", 1284600, "count", t=Y26, direction=INC, s=PA, sp=None, note="'Under oktober 2026'; next sentence 'Det är en ökning med'"),
        G("3,7 procent", 3.7, "percent", **L26, direction=INC, s=PA, sp=None),
        G("7,1 procent", 7.1, "percent", **L26, direction=INC, s=UT, sp=None),
        G("862 300 resenärer", 862300, "count", **L26, direction=INC, s=UT, sp=None),
        G("2,7 procent", 2.7, "percent", **L26, direction=DEC, s=IN, sp=None),
        G("422 300 resenärer", 422300, "count", **L26, direction=DEC, s=IN, sp=None),
        G("67 procent", 67, "percent", **L26, s=("Utrikesresenärerna", "Utrikesresenärerna"), sp=None, note="'X stod för Y' takes X"),
        *_row(G, "| Hallvik Airport", ["612 400", "584 900", "+4,7"], ac, PAc, sep=" | ", note="Markdown table under '## Passagerare per flygplats': 'Oktober 2026' / 'Oktober 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are airports"),
        *_row(G, "| Göteby flygplats", ["318 700", "301 200", "+5,8"], ac, PAc, sep=" | "),
        *_row(G, "| Norrbacka flygplats", ["164 300", "162 800", "+0,9"], ac, PAc, sep=" | "),
        *_row(G, "| Ösund flygplats", ["97 800", "101 400", "−3,6"], ac, PAc, sep=" | "),
        *_row(G, "| Vedmora flygplats", ["58 200", "56 600", "+2,8"], ac, PAc, sep=" | "),
        *_row(G, "| Sundholm flygplats", ["33 200", "32 100", "+3,4"], ac, PAc, sep=" | "),
        G("1 284 600", 1284600, "count", ctx="**Totalt** | **[1 284 600]**", t=Y26, s=PAc, sp=None, note="bold total row"),
        G("1 239 000", 1239000, "count", ctx="**[1 239 000]**", t=Y25, s=PAc, sp=None),
        G("+3,7", 3.7, "percent", ctx="**[+3,7]**", **L26, direction=INC, s=PAc, sp=None),
        G("19 750 passagerare", 19750, "count", per="day", **L26, s=PA, sp=None, note="'under månaden'; 'i genomsnitt' no bound"),
        G("två nya direktlinjer", 2, "count", **L26, s=("nya direktlinjer", "direktlinjer"), sp=None, note="'öppnade i september'"),
        G("12,9 miljoner passagerare", 12.9e6, "count", **L26, direction=INC, s=PA, sp=None, note="'Under januari–oktober' (no year)"),
        G("3,6 procent", 3.6, "percent", **L26, direction=INC, s=PA, sp=None, note="apposition ', 3,6 procent fler än under samma period i fjol'"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("Trafiken", "Trafiken"), sp=None, note="'under nivån för samma period 2019': an earlier point"),
        G("omkring 30 procent", 30, "percent", bound="approx", **L26, direction=DEC, s=("Inrikesflyget", "Inrikesflyget"), sp=EG, note="'under nivån före pandemin'"),
        G("mellan 15,3 och 15,5 miljoner passagerare", None, "count", low=15.3e6, high=15.5e6, **L26, s=PA, sp=EG, note="'Hon räknar med att helåret slutar på'"),
        G("10 480", 10480, "count", **L26, direction=DEC, s=("Antalet landningar", "Antalet"), sp=None, note="', 2 procent färre än samma månad förra året'"),
        G("2 procent", 2, "percent", ctx="[2 procent] färre", **L26, direction=DEC, s=("Antalet landningar", "Antalet"), sp=None),
        G("81 procent", 81, "percent", **L26, direction=INC, s=KB, sp=None),
        G("två procentenheter", 2, "percentage_point", **L26, direction=INC, s=KB, sp=None, note="'högre än i oktober 2025'"),
        G("3 240 ton", 3240, "tonne", **L26, direction=DEC, s=("Fraktvolymen", "Fraktvolymen"), sp=None),
        G("8 procent", 8, "percent", ctx="minskning med [8 procent]", **L26, direction=DEC, s=("Fraktvolymen", "Fraktvolymen"), sp=None),
        G("87 procent", 87, "percent", **L26, s=("Punktligheten för avgångar", "Punktligheten"), sp=None),
        G("87 av 100", 0.87, "ratio", **L26, s=("flygningar", "flygningar"), sp=None, note="'X av Y' takes Y"),
        G("högst 15 minuter", 15, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality"),
        G("44 procent", 44, "percent", **L26, direction=INC, s=AL, sp=None, note="'i oktober'; 'upp från'"),
        G("39 procent", 39, "percent", t=Y25, s=AL, sp=None, note="from-value 'i oktober 2025'"),
        G("minst 55 procent", 55, "percent", bound="at_least", t=Y30, s=("andelen", "andelen"), sp=None, note="target 'år 2030'"),
        G("sex flygplatser", 6, "count", optional=True, **L26, s=("flygplatser", "flygplatser"), sp=None, note="the set the text names"),
    ]
    NEG["r35_a_flygplatser_okt"] = [
        N("oktober 2026", ctx="Passagerarstatistik [oktober 2026]", note="title"), N("9 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="Under [oktober 2026] reste"), N("oktober 2025", ctx="med [oktober 2025]."),
        N("Oktober 2026", note="column header"), N("Oktober 2025", note="column header"),
        N("2019", note="places the comparison"), N("oktober 2025", ctx="högre än i [oktober 2025]."),
        N("oktober 2025", ctx="procent i [oktober 2025]. Bolagets"), N("2030", note="places the target"),
        N("8 december 2026", note="next report"), N("010-217 40 00"),
    ]

    # ------------------------------------------------------------ 8. regional public-health survey 2026 (Publicerad 15 oktober 2026)
    SM = ("Sara Mälarstrand", "quote")
    DR = ("Andelen dagligrökare bland vuxna", "Andelen")
    FE = ("Andelen vuxna med fetma", "Andelen")
    FEc = ("Andel vuxna med fetma", "Andel")
    AK = ("Andelen med riskabla alkoholvanor", "Andelen")
    hc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y22, F, F), ("percentage_point", 1, None, Y26, T, T)]
    GOLD["r35_a_folkhalsa_2026"] = [
        G("9 412 personer", 9412, "count", optional=True, **L26, s=("personer", "personer"), sp=None, note="the survey's sample"),
        G("18–84 år", None, "year", low=18, high=84, optional=True, s=None, sp=None, note="age band"),
        G("43 procent", 43, "percent", **L26, s=("Svarsfrekvensen", "Svarsfrekvensen"), sp=None),
        G("6 procent", 6, "percent", ctx="minskat till [6 procent]", **L26, direction=DEC, s=DR, sp=None),
        G("9 procent", 9, "percent", ctx="från [9 procent] 2022", t=Y22, s=DR, sp=None, note="from-value"),
        G("7 procent", 7, "percent", **L26, s=("andelen", "andelen"), sp=None, note="'I riket': one time"),
        G("13 procent", 13, "percent", **L26, s=("personer med förgymnasial utbildning", "personer"), sp=None, note="'Bland X' takes X"),
        G("mer än tre gånger så många", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("14 procent", 14, "percent", ctx="[14 procent] av kvinnorna", **L26, direction=INC, s=("kvinnorna i åldern 18–29 år", "kvinnorna"), sp=None, note="'Snusandet ökar'; ', jämfört med 8 procent 2022'"),
        G("18–29 år", None, "year", low=18, high=29, optional=True, s=None, sp=None, note="age band"),
        G("8 procent", 8, "percent", t=Y22, s=("kvinnorna i åldern 18–29 år", "kvinnorna"), sp=None),
        G("30", 30, "number", ctx="BMI på [30] eller", bound="at_least", optional=True, s=("ett BMI", "BMI"), sp=None, note="threshold that defines obesity"),
        G("18 procent", 18, "percent", **L26, direction=INC, s=FE, sp=None, note="next sentence 'Det är en ökning med'"),
        G("2 procentenheter", 2, "percentage_point", ctx="ökning med [2 procentenheter] jämfört", **L26, direction=INC, s=FE, sp=None),
        G("2 procentenheter", 2, "percentage_point", ctx="och [2 procentenheter] över", **L26, s=None, sp=None, note="one time against the national average"),
        *_row(G, "Skärvik", ["17", "15", "+2"], hc, FEc, note="table 'Tabell 3. Andel vuxna med fetma per kommun, procent': '2026' / '2022' explicit, 'Förändring, procentenheter' 2026 lenient signed"),
        *_row(G, "Hamnö", ["21", "18", "+3"], hc, FEc),
        *_row(G, "Ljungsåker", ["19", "18", "+1"], hc, FEc),
        *_row(G, "Ekbyn", ["16", "16", "0"], hc, FEc),
        *_row(G, "Tallmo", ["22", "19", "+3"], hc, FEc),
        *_row(G, "Regionen", ["18", "16", "+2"], hc, FEc),
        *_row(G, "Riket", ["16", "15", "+1"], hc, FEc),
        G("mer än var femte vuxen", 0.2, "ratio", bound="more_than", **L26, s=("vuxen", "vuxen"), sp=SM),
        G("Drygt sex av tio", 0.6, "ratio", bound="approx", **L26, direction=INC, s=("vuxna", "vuxna"), sp=None, note="next sentence 'Det är en ökning från 57 procent 2022'"),
        G("62 procent", 62, "percent", **L26, direction=INC, s=("vuxna", "vuxna"), sp=None, note="apposition"),
        G("minst 150 minuter", 150, "minute", bound="at_least", per="week", optional=True, s=None, sp=None, note="defines 'fysiskt aktiva'"),
        G("57 procent", 57, "percent", t=Y22, s=None, sp=None, note="from-value"),
        G("3 procentenheter", 3, "percentage_point", **L26, s=None, sp=None, note="one time against the national average"),
        G("över 65 år", 65, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("48 procent", 48, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("Var fjärde kvinna", 0.25, "ratio", **L26, s=("kvinna mellan 18 och 29 år", "kvinna"), sp=None),
        G("mellan 18 och 29 år", None, "year", low=18, high=29, optional=True, s=None, sp=None, note="age band"),
        G("15 procent", 15, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("14 procent", 14, "percent", ctx="[14 procent] bland män", **L26, s=AK, sp=None, note="'i stort sett samma nivå som 2022': no change stated"),
        G("9 procent", 9, "percent", ctx="och [9 procent] bland kvinnor", **L26, s=AK, sp=None),
        G("12 miljoner kronor", 12e6, "SEK", per="year", t=P2729, s=("hälsofrämjande insatser i kommunerna", "insatser"), sp=("Regionstyrelsen", "credited"), note="'har beslutat att avsätta ... under 2027–2029'"),
        G("mellan 30 och 40 nya hälsosamtal", None, "count", low=30, high=40, per="month", t=P2729, lenient=True, s=("nya hälsosamtal", "hälsosamtal"), sp=None, note="'per vårdcentral och månad'"),
        G("68 sidor", 68, "count", optional=True, s=None, sp=None, note="page count"),
    ]
    NEG["r35_a_folkhalsa_2026"] = [
        N("2026", ctx="Folkhälsoenkäten [2026]:", note="title"), N("15 oktober 2026", note="Publicerad"),
        N("2026", ctx="folkhälsoenkät [2026], som"), N("2022", ctx="9 procent [2022]."),
        N("2022", ctx="8 procent [2022]."), N("2022", ctx="jämfört med [2022] och"),
        N("3", ctx="Tabell [3].", note="table number"),
        N("2026", ctx="Kommun [2026]", note="column header"), N("2022", ctx="Kommun 2026 [2022]", note="column header"),
        N("2022", ctx="57 procent [2022],"), N("2022", ctx="nivå som [2022]."),
        N("2027–2029", note="places the grant"), N("2026", ctx="Skärvik [2026] (68"),
        N("0451-38 70 00"),
    ]
    return GOLD, NEG
