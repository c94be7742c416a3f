"""Round 40, part B (r40_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 40, part B (r40_b_*): eight kinds, written from scratch (r40_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# a listed medtech company's year-end report 2025 (dateline 'Lundhem den 12 februari 2026'; 'Siffror inom parentes avser
# motsvarande period föregående år'; net sales, EBIT, margins, EPS, cash flow, dividend per share with brackets, the
# CEO's quote, regions, outlook; plain-text table 'NYCKELTAL, MSEK' 'Kv 4 2025' / 'Kv 4 2024' / 'Helår 2025' / 'Helår
# 2024'), a statistics office's labour force survey for Q3 2026 (Markdown, 'Publicerad 28 oktober 2026'; employment and
# unemployment, seasonally adjusted figures, changes from Q3 2025, the analyst's quote; Markdown table by age and sex
# 'Kv 3 2026' / 'Kv 3 2025' / 'Förändring, procentenheter' with a bold total row), a municipality's budget proposal 2027
# ('Publicerad 21 oktober 2026'; driftramar, tax rate per hundralapp, result, investments, per invånare, the chair's and
# the opposition's quotes; plain-text table 'NÄMNDERNAS DRIFTRAMAR, MILJONER KRONOR' 'Budget 2027' / 'Budget 2026' /
# 'Förändring'), a TT article on flat prices in October 2026 ('Publicerad 5 november 2026 kl. 06.00'; kronor per
# kvadratmeter, 1/3/12-month changes, cities, brokers' and a bank economist's quotes, a fact box; plain-text table
# 'BOSTADSRÄTTER, PRIS OCH FÖRÄNDRING, OKTOBER 2026' 'Kr per kvm' / '1 mån, %' / '3 mån, %' / '12 mån, %'), an UNDATED
# environmental organisation's web page on road-traffic emissions (HTML, no date, no sidecar; miljoner ton, 'Sedan
# 1990', the 2030 target, Norway, per invånare, an HTML table '1990' / 'Senaste året' / 'Förändring, %', three demands),
# an airport operator's passenger statistics for October dated only by its sidecar (2026-11-09; plain-text table
# 'Oktober 2026' / 'Oktober 2025' / 'Förändring, %', January-October totals, the traffic director's quote), a grid
# company's outage report 2025 (Markdown, 'Publicerad 18 mars 2026'; minutes per customer, customers affected, a storm,
# compensation, investment in miljoner kronor, the ten-year average; Markdown table '2025' / '2024' / 'Snitt
# 2016–2025'), and a municipal school authority's year-9 grades spring 2026 ('Publicerad 30 september 2026'; eligibility,
# merit value, girls and boys, the country, 2025; plain-text table by school 'Elever' / 'Behöriga, %' / 'Meritvärde' /
# 'Förändring mot 2025').
# The r8-r39 decisions are followed (headers of gold_r28_a.py, gold_r38_a.py, gold_r39_a.py, gold_r39_b.py): year
# grain; relative expressions in the sentence ('i fjol', 'förra året', 'årets') resolve and are not lenient; a month,
# quarter or season without a year, 'ett år tidigare', 'året innan', 'i våras', 'just nu', present tense, a heading's,
# caption's or the document's period are lenient; brackets lenient on the period their note names; a level followed by
# ', jämfört med' / ', mot' / ', att jämföra med' (an earlier time), ', vilket är X högre än ett år tidigare', or by 'Det
# är X mer' is the new value after a change; from-values and comparisons at one time (another region, the country,
# another group, comparable municipalities) have no direction; growth takes its sign; multipliers, definitions,
# thresholds, samples, worked-example inputs and the set a text names optional; standing targets without a year no
# period, 'senast 2028' targets (None, year) lenient (as r39_b); table cells take their column headers' periods
# (explicit), a caption's period lenient, change columns their direction from the sign (lenient on the later period);
# category rows take the caption's measure as subject, measure rows their own label; 'per aktie' per="share", 'per
# invånare' per="capita", 'per kvadratmeter' / 'kr per kvm' per="m2", 'i månaden' per="month", 'per år' / 'om året' /
# 'årlig' per="year", 'i veckan' per="week", 'per kund' / 'per kund och år' per="customer" (r17_b), 'per elev och år'
# per="pupil", 'elever per lärare' per="teacher", 'kronor per hundralapp' per None (r10); 'X procent av Y' / 'X av Y' /
# 'varav X' take Y; 'X står/svarar för Y' takes X; a quote credits every figure in it; 'enligt X' enligt; 'X föreslår' /
# 'X räknar med' / 'X planerar' / 'X påpekar att' / 'Riksdagen har beslutat' credited; 'Målet är' no speaker; 'Det',
# 'vilket', 'dem', 'de', 'den', elided nouns and comparatives and a bare 'jämfört med N' s None.
# Where those were silent, decided here:
# - Medtech (dateline 2026-02-12; report year 2025): bullets under 'FJÄRDE KVARTALET 2025' / 'HELÅRET 2025' 2025
#   lenient (headings), brackets 2024 lenient. 'Den organiska tillväxten ... var 13 procent' increase (growth). Dividend
#   '1,40 (1,10) kronor per aktie' for 2025 / 2024 lenient, both credited to 'Styrelsen föreslår' (one sentence). The
#   CEO's 'drygt 40 procent' ('2025 blev') 2025 explicit increase; 'en årlig organisk tillväxt på 8–10 procent' a
#   standing target, per="year", increase, no period; 'över 18 procent senast 2028' (None,'2028') lenient, no direction.
#   'Europa svarade för 58 procent ..., jämfört med 63 procent 2024' 58 decrease, s 'Europa'. 'påverkade
#   nettoomsättningen negativt med 37 MSEK' decrease (as r38 'Valutaeffekter minskade'). 'har hittills inkluderat 412
#   av planerade 600 patienter' 412 2026 lenient (present perfect at publication), 600 no period, both s 'patienter'.
#   '0,4 gånger' a key ratio, required, unit number. '684 ..., 52 fler än ett år tidigare' both increase. 'Bolaget
#   räknar med ... mellan 9 och 12 procent under 2026' explicit, increase, credited; 'knappt 120 MSEK' under 'UTSIKTER
#   FÖR 2026' 2026 lenient. Table: rows are measures; the 'Organisk tillväxt, %' row increase by sign, the others none.
#   'KARDIO-3' is a name (N).
# - Labour force survey (published 2026-10-28): 'Under tredje kvartalet 2026' explicit, the following sentences and
#   'under kvartalet' / 'i september' 2026 lenient; 'tredje kvartalet 2025' explicit. '5 412 000 personer' and '38 000
#   personer' increase, s 'personer'. 'Sysselsättningsgraden var 69,1 procent, vilket är 0,3 procentenheter högre än ett
#   år tidigare' both increase, 0,3 s None ('vilket'). '451 000 personer, 27 000 färre' both decrease (27 000 s None).
#   'Arbetslösheten var 7,7 procent, en minskning med 0,5 procentenheter' both decrease, s 'Arbetslösheten'. The
#   seasonally adjusted '8,1 procent' ('i stort sett samma nivå som i augusti') no direction. '21,4 procent ...,
#   jämfört med 23,0 procent tredje kvartalet 2025' 21,4 decrease. Foreign-born 16,2 against native-born 4,9 one time;
#   'mer än tre gånger så hög' optional multiplier. '12 månader eller längre' optional definition (at_least). 'ökade
#   sysselsättningsgraden med 0,5 procentenheter till 71,9 procent' both increase; '66,2 procent' ('oförändrad') none.
#   Sample 'omkring 27 000 personer ... varje månad' and the margin '±0,4 procentenheter' optional. Age bands in the text
#   and in the table's row labels are N (as r2x-r3x 'age band'). Table: rows are age/sex groups: s the caption's
#   'Arbetslöshet'; bold total row by ctx.
# - Budget (published 2026-10-21; budget year 2027): '3 184 miljoner kronor' ('budget för 2027') explicit, increase
#   (next sentence 'Det är 126 miljoner kronor mer'), 'Kommunstyrelsen föreslår' credited; the rest of the proposal 2027
#   lenient where the sentence names no year. The tax rate 'oförändrad' no direction. 'minst 2 procent ... över en
#   rullande treårsperiod' a standing target, no period. The chair's '58/47 miljoner kronor mer än i år' increase, s the
#   committee that receives the money; 'effektivisera med 0,8 procent' decrease. '412 miljoner kronor, jämfört med 356
#   miljoner kronor 2026' 412 increase, 356 2026 explicit s None. '185 miljoner kronor fram till 2029' ('2026','2029')
#   explicit (as the contract's 'till 2028'). 'låneskulden öka med mellan 150 och 200 miljoner kronor under 2027' range,
#   increase. 'knappt 3 procent lägre än genomsnittet för jämförbara kommuner' one time, no direction. The opposition:
#   'Socialdemokraterna vill' credited ('höja skatten med 30 öre' increase, 'ytterligare 20 miljoner kronor' increase);
#   the example's input '35 000 kronor i månaden' optional, its result 'knappt 2 500 kronor om året' required, no period
#   (hypothetical), 'Enligt oppositionsrådet Sven Ulander' enligt. The quote's 'två av kommunens tolv äldreboenden': 'två'
#   no period (hypothetical), 'tolv' present 2026 lenient, both s 'äldreboenden'. Table: 'Budget 2027' / 'Budget 2026'
#   explicit, 'Förändring' mnkr 2027 lenient signed; rows are committees: s the caption's 'NÄMNDERNAS DRIFTRAMAR'.
#   'F–6' (a school type in a name) N.
# - Flat prices (TT, published 2026-11-05): 'i oktober' 2026 lenient. 'enligt Mäklarsamfundets prisindex' enligt for the
#   first sentence only. 'Sett över de senaste tre månaderna ... 2,4 procent' 2026 lenient decrease ('tre månaderna' a
#   period span: N); '3,1 procent högre än i oktober i fjol' 2026 lenient increase s None ('de'). 'minskade med 1,9
#   procent på en månad till 98 150 kronor' both decrease. 'knappt hälften av priset i Storhamn' ratio approx, takes Y,
#   one time. Table: caption 'OKTOBER 2026' lenient on every column; 'Kr per kvm' per="m2"; change columns signed; rows
#   are places: s the caption's 'PRIS'. The broker's 'drygt 21 000 ..., ungefär 15 procent fler än för ett år sedan'
#   both increase ('Just nu' 2026 lenient). '34 dagar ..., mot 23 dagar i våras' 34 increase, 23 ('i våras') 2026
#   lenient, s None ('det tar'), 'enligt mäklaren Petra Lindahl' enligt. '38 procent ... Ett år tidigare var andelen 46
#   procent' separate sentences without a verb of change: no direction (r39). The economist's rates (present) 2026
#   lenient, '2–4 procent under 2027' explicit increase; 'Han påpekar att ... minskat med omkring 1 100 kronor i månaden
#   sedan toppen hösten 2024' ('2024','2026') explicit, decrease, credited. Fact box sample counts and the '300 000
#   kronor' floor optional.
# - Emissions page (UNDATED, HTML, no sidecar): no period except where the sentence writes a year (as r35_b and
#   r-energi): 'Sedan 1990 ... 32 procent' ('1990', None) decrease, 'År 1990 låg de på 19,3 miljoner ton' 1990
#   explicit, targets and estimates for '2030' explicit; 'förra året', 'i dag', 'den senaste tiden', 'resten av
#   decenniet' do not resolve. 'minska med minst 70 procent till 2030 jämfört med 2010' at_least, decrease, 'Riksdagen
#   har beslutat' credited. 'bedömer vi' and the numbered demands and the membership fee are the page's own first-person
#   statements: speaker the organisation, source publisher (r35_b). 'omkring 25 procent högre än 1990' increase (an
#   earlier time). Norway against Sweden one time; 'per invånare' per="capita". '1 500 mil om året' optional example
#   input (km 15000, per year); its result '2,3 ton ... per år' required. 'högst 110 km/h' a demanded lower limit:
#   at_most, decrease. 'över 12 ton' optional threshold. Table: '1990' explicit; 'Senaste året' no period; 'Förändring,
#   %' ('1990', None) lenient signed; 'miljoner ton' x1e6 tonne; rows are vehicle types: s the caption's 'Utsläpp'.
# - Airport (sidecar 2026-11-09; the text names only 'oktober'): 'I oktober' 2026 lenient; 'oktober 2025' / 'oktober
#   förra året' 2025 explicit. 'en ökning med 3,8 procent' s the counted noun of what changes ('passagerare'). 'stod för
#   58 procent av resenärerna' s 'Storhamn-Kvarnby'. 'varav 531 600 i utrikestrafik' takes Y ('passagerare'). 'Vi har
#   fått tre nya direktlinjer' no direction; 'räknar med att passera 16 miljoner' more_than, 2026 lenient ('för
#   helåret'), quote. 'Under årets första tio månader' resolves: 2026 explicit ('tio månader' a span: N); 'knappt 6
#   procent under nivån för januari–oktober 2019' decrease (an earlier time), 2026 lenient. 'minskat med i genomsnitt
#   1–2 procent per år sedan 2019' ('2019','2026') explicit, decrease, per="year". 'högst 15 minuter' optional
#   definition; 'bolagets sex flygplatser' optional (the set). Table: 'Oktober 2026' / 'Oktober 2025' explicit,
#   'Förändring, %' 2026 lenient signed; rows are airports: s the caption's 'PASSAGERARE'.
# - Outages (Markdown, published 2026-03-18; report year 2025): 'Under 2025' explicit, 'i början av december' /
#   'Totalt drabbades' / the storm's figures / 'Under året' / 'vid årets slut' 2025 lenient; 'ett år tidigare' 2024
#   lenient. '142 minuter, jämfört med 96 minuter 2024' 142 increase, 96 explicit s None. 'som ensam stod för 71 minuter
#   av avbrottstiden' s 'stormen Ylva' (X står för), per="customer" carried. 'Tioårsgenomsnittet för 2016–2025'
#   ('2016','2025') explicit. The national average '97 minuter per kund under 2025' one time, enligt. 'upp till 34 meter
#   per sekund' at_most m/s. 'Som mest var 61 400 kunder' exact (a peak). Thresholds 'längre än tre minuter', 'mer än 24
#   timmar' optional. The quote's 'på tjugo år' a duration claim, required, no period. 'en ökning med 14 procent' s None
#   (no noun for the investments). 'Bolaget planerar att investera mellan 5 och 6 miljarder kronor under perioden
#   2026–2030' explicit, credited; 'Målet är ... understiga 60 minuter per kund och år senast 2030' less_than,
#   (None,'2030') lenient, no speaker. 'höjdes den 1 januari 2026 med i genomsnitt 6 procent' 2026 explicit increase
#   ('i genomsnitt' is no bound); 'cirka 65 kronor i månaden' 2026 lenient increase, s None ('det'). Table: '2025' /
#   '2024' / 'Snitt 2016–2025' explicit; rows are measures: their own label; 'tusental' x1000.
# - Grades (published 2026-09-30; spring 2026): 'Våren 2026' explicit, the rest about the spring 2026 lenient; 'våren
#   2025' explicit, 'året innan' 2025 lenient. 'Av dem var 84,7 procent behöriga ..., en ökning från 82,9 procent våren
#   2025' 84,7 increase s None ('dem'), 82,9 from-value. The country ('I riket', 'Rikets genomsnitt') one time. 'steg till
#   224,6 poäng, från 219,8 poäng' merit values unit number. 'beräknas på elevens 16 eller 17 bästa betyg' and 'det
#   högsta möjliga är 340 poäng' definitions, optional. Girls against boys one time: 'Bland flickorna var 87,9 procent'
#   takes the group; 'medan pojkarnas låg på 212,5' s None (elided). '73,4 procent, 2,1 procentenheter högre än 2025'
#   both increase. The quote's 'nästan var sjätte elev' ratio approx 1/6 and 'minst 90 procent ... senast 2028' at_least
#   (None,'2028') lenient, no direction, s None. 'Sjöviksskolan ökade mest, med 8,0 poäng' increase. 'sedan hösten 2024
#   haft två extra speciallärare' ('2024','2026') explicit. 'per elev och år' per="pupil"; '12,1 elever per lärare, mot
#   11,8 i riket' count per="teacher", one time. 'färre än 15 elever' optional threshold. Table: caption 'VÅREN 2026'
#   lenient on every column; 'Förändring mot 2025' (merit points) signed; rows are schools: s the column measure.
#   'årskurs 9' N.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and
#   dates that only place a claim or a baseline, next-report and meeting dates, AGM dates, age bands, table numbers,
#   period spans ('tre månaderna', 'tio månader', '1 mån'), names with digits ('KARDIO-3', 'F–6', 'årskurs 9'), times of
#   day, phone numbers, box numbers, postal codes, giro numbers, org numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("1990", "2024", "2025", "2026", "2027", "2030")}
    Y90, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("1990", "2024", "2025", "2026", "2027", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. medtech year-end report 2025 (dateline 12 februari 2026)
    ME = ("Maria Ekdahl", "quote")
    NS = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("Rörelseresultatet (EBIT)", "Rörelseresultatet")
    RPA = ("Resultat per aktie", "Resultat")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    UT = ("en utdelning", "utdelning")
    ST = ("Styrelsen", "credited")
    PA = ("patienter", "patienter")
    AA = ("Antalet anställda", "Antalet")
    mc = lambda u, sc, per=None, sg=F: [(u, sc, per, Y25, F, sg), (u, sc, per, Y24, F, sg), (u, sc, per, Y25, F, sg), (u, sc, per, Y24, F, sg)]
    GOLD["r40_b_medtech_bokslut"] = [
        G("11 procent", 11, "percent", ctx="ökade med [11 procent] till", **L25, direction=INC, s=NS, sp=None, note="bullets under 'FJÄRDE KVARTALET 2025' (heading: lenient)"),
        G("486", 486e6, "SEK", ctx="till [486] (438)", **L25, direction=INC, s=NS, sp=None),
        G("438", 438e6, "SEK", ctx="486 ([438]) MSEK", **L24, s=NS, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("13 procent", 13, "percent", ctx="valutor var [13 procent]", **L25, direction=INC, s=("Den organiska tillväxten i lokala valutor", "tillväxten"), sp=None, note="growth: increase"),
        G("78", 78e6, "SEK", ctx="uppgick till [78] (61)", **L25, s=EB, sp=None),
        G("61", 61e6, "SEK", ctx="78 ([61]) MSEK", **L24, s=EB, sp=None),
        G("16,0", 16.0, "percent", ctx="rörelsemarginal på [16,0] (13,9)", **L25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("13,9", 13.9, "percent", ctx="16,0 ([13,9]) procent", **L24, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("1,12", 1.12, "SEK", per="share", ctx="uppgick till [1,12] (0,86)", **L25, s=RPA, sp=None),
        G("0,86", 0.86, "SEK", per="share", ctx="1,12 ([0,86]) kronor", **L24, s=RPA, sp=None),
        G("104", 104e6, "SEK", ctx="var [104] (83)", **L25, s=KF, sp=None),
        G("83", 83e6, "SEK", ctx="104 ([83]) MSEK", **L24, s=KF, sp=None),
        G("9 procent", 9, "percent", ctx="ökade med [9 procent] till", **L25, direction=INC, s=NS, sp=None, note="bullets under 'HELÅRET 2025'"),
        G("1 774", 1774e6, "SEK", ctx="till [1 774] (1 628)", **L25, direction=INC, s=NS, sp=None),
        G("1 628", 1628e6, "SEK", ctx="1 774 ([1 628]) MSEK", **L24, s=NS, sp=None),
        G("251", 251e6, "SEK", ctx="uppgick till [251] (214)", **L25, s=EB, sp=None),
        G("214", 214e6, "SEK", ctx="251 ([214]) MSEK", **L24, s=EB, sp=None),
        G("14,1", 14.1, "percent", ctx="rörelsemarginalen till [14,1] (13,1)", **L25, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("13,1", 13.1, "percent", ctx="14,1 ([13,1]) procent", **L24, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("3,58", 3.58, "SEK", per="share", ctx="uppgick till [3,58] (3,02)", **L25, s=RPA, sp=None),
        G("3,02", 3.02, "SEK", per="share", ctx="3,58 ([3,02]) kronor", **L24, s=RPA, sp=None),
        G("1,40", 1.40, "SEK", per="share", ctx="om [1,40] (1,10)", **L25, s=UT, sp=ST, note="'Styrelsen föreslår'"),
        G("1,10", 1.10, "SEK", per="share", ctx="1,40 ([1,10]) kronor", **L24, s=UT, sp=ST),
        G("drygt 40 procent", 40, "percent", bound="approx", t=Y25, direction=INC, s=("försäljningen", "försäljningen"), sp=ME, note="'2025 blev ett genombrottsår ..., där försäljningen växte med'"),
        G("8–10 procent", None, "percent", low=8, high=10, per="year", direction=INC, s=("en årlig organisk tillväxt", "tillväxt"), sp=ME, note="standing target: no period"),
        G("över 18 procent", 18, "percent", bound="more_than", t=(None, "2028"), lenient=True, s=("en rörelsemarginal", "rörelsemarginal"), sp=ME, note="'senast 2028'"),
        G("58 procent", 58, "percent", **L25, direction=DEC, s=("Europa", "Europa"), sp=None, note="'under helåret, jämfört med 63 procent 2024'"),
        G("63 procent", 63, "percent", t=Y24, s=("Europa", "Europa"), sp=None),
        G("31 procent", 31, "percent", **L25, s=("Nordamerika", "Nordamerika"), sp=None),
        G("11 procent", 11, "percent", ctx="världen för [11 procent]", **L25, s=("övriga världen", "världen"), sp=None),
        G("550 MSEK", 550e6, "SEK", **L25, direction=INC, s=("Försäljningen i Nordamerika", "Försäljningen"), sp=None),
        G("42 procent", 42, "percent", **L25, direction=INC, s=("Försäljningen i Nordamerika", "Försäljningen"), sp=None),
        G("37 MSEK", 37e6, "SEK", **L25, direction=DEC, s=("nettoomsättningen", "nettoomsättningen"), sp=None, note="'påverkade nettoomsättningen negativt med'"),
        G("196 MSEK", 196e6, "SEK", **L25, s=("Kostnaderna för forskning och utveckling", "Kostnaderna"), sp=None),
        G("11,0 procent", 11.0, "percent", **L25, s=("nettoomsättningen", "nettoomsättningen"), sp=None),
        G("två nya produktgodkännanden", 2, "count", **L25, s=("produktgodkännanden", "produktgodkännanden"), sp=None),
        G("412", 412, "count", ctx="inkluderat [412] av", **L26, s=PA, sp=None, note="'har hittills inkluderat' at publication"),
        G("600 patienter", 600, "count", s=PA, sp=None, note="planned size of the study"),
        G("318 MSEK", 318e6, "SEK", **L25, s=("Likvida medel", "medel"), sp=None),
        G("145 MSEK", 145e6, "SEK", **L25, s=("Nettoskulden", "Nettoskulden"), sp=None),
        G("0,4 gånger", 0.4, "number", **L25, s=("nettoskulden i förhållande till EBITDA", "nettoskulden"), sp=None, note="key ratio"),
        G("684", 684, "count", ctx="anställda var [684]", **L25, direction=INC, s=AA, sp=None),
        G("52", 52, "count", ctx="[52] fler", **L25, direction=INC, s=AA, sp=None),
        G("mellan 9 och 12 procent", None, "percent", low=9, high=12, t=Y26, direction=INC, s=("en organisk tillväxt", "tillväxt"), sp=("Bolaget", "credited")),
        G("knappt 120 MSEK", 120e6, "SEK", bound="approx", **L26, s=("Investeringarna i den nya fabriken i Brattvik", "Investeringarna"), sp=None, note="heading 'UTSIKTER FÖR 2026'"),
        *_row(G, "Nettoomsättning", ["486", "438", "1 774", "1 628"], mc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL, MSEK': column periods explicit; rows are measures"),
        *_row(G, "Bruttomarginal, %", ["64,2", "62,8", "63,5", "62,9"], mc("percent", 1), ("Bruttomarginal", "Bruttomarginal")),
        *_row(G, "Rörelseresultat (EBIT)", ["78", "61", "251", "214"], mc("SEK", 1e6), ("Rörelseresultat (EBIT)", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["16,0", "13,9", "14,1", "13,1"], mc("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat per aktie, kr", ["1,12", "0,86", "3,58", "3,02"], mc("SEK", 1, per="share"), ("Resultat per aktie", "Resultat")),
        *_row(G, "Organisk tillväxt, %", ["13", "9", "10", "8"], mc("percent", 1, sg=T), ("Organisk tillväxt", "tillväxt"), note="growth row: increase by sign"),
    ]
    NEG["r40_b_medtech_bokslut"] = [
        N("2025", ctx="BOKSLUTSKOMMUNIKÉ [2025]", note="title"), N("12 februari 2026", occ=1, note="dateline"),
        N("2025", ctx="KVARTALET [2025]", note="heading"), N("2025", ctx="HELÅRET [2025]", note="heading"),
        N("2025", ctx="– [2025] blev", note="places the quote's figure"), N("2028", ctx="senast [2028]"),
        N("2024", ctx="63 procent [2024]"), N("3", ctx="KARDIO-[3]", note="name of a study"),
        N("2026", ctx="FÖR [2026]", note="heading"), N("2026", ctx="under [2026]."),
        N("Kv 4 2025", note="column header"), N("Kv 4 2024", note="column header"), N("Helår 2025", note="column header"),
        N("Helår 2024", note="column header"), N("7 maj 2026", note="AGM"), N("2025", ctx="Årsredovisningen för [2025]"),
        N("9 april 2026"), N("12 februari 2026", occ=2), N("08.00", note="time of day"), N("018-66 41 30"),
        N("556871-4402", note="org number"),
    ]

    # ------------------------------------------------------------ 2. labour force survey Q3 2026 (Markdown, Publicerad 28 oktober 2026)
    JL = ("Johan Lindqvist", "quote")
    PE = ("personer", "personer")
    SG = ("Sysselsättningsgraden", "Sysselsättningsgraden")
    AL = ("Arbetslösheten", "Arbetslösheten")
    AB = ("Arbetslöshet", "Arbetslöshet")
    ac = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, T, T)]
    GOLD["r40_b_aku_kv3"] = [
        G("5 412 000 personer", 5412000, "count", t=Y26, direction=INC, s=PE, sp=None, note="'Under tredje kvartalet 2026'"),
        G("38 000 personer", 38000, "count", t=Y26, direction=INC, s=PE, sp=None),
        G("69,1 procent", 69.1, "percent", **L26, direction=INC, s=SG, sp=None, note="', vilket är 0,3 procentenheter högre än ett år tidigare'"),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("5 863 000 personer", 5863000, "count", **L26, s=("Arbetskraften", "Arbetskraften"), sp=None),
        G("74,9 procent", 74.9, "percent", **L26, s=("arbetskraftsdeltagandet", "arbetskraftsdeltagandet"), sp=None),
        G("451 000 personer", 451000, "count", **L26, direction=DEC, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("27 000", 27000, "count", ctx="personer, [27 000] färre", **L26, direction=DEC, s=None, sp=None, note="elided comparative"),
        G("7,7 procent", 7.7, "percent", occ=1, **L26, direction=DEC, s=AL, sp=None),
        G("0,5 procentenheter", 0.5, "percentage_point", ctx="minskning med [0,5 procentenheter]", **L26, direction=DEC, s=AL, sp=None),
        G("8,1 procent", 8.1, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None, note="seasonally adjusted, 'i september'; 'samma nivå': no direction"),
        G("68,8 procent", 68.8, "percent", **L26, s=("Den säsongrensade sysselsättningsgraden", "sysselsättningsgraden"), sp=None),
        G("drygt 12 000", 12000, "count", bound="approx", **L26, direction=INC, s=None, sp=JL, note="'fler hade arbete än för ett år sedan'"),
        G("21,4 procent", 21.4, "percent", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("23,0 procent", 23.0, "percent", t=Y25, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("de arbetslösa unga", "unga"), sp=None),
        G("16,2 procent", 16.2, "percent", **L26, s=("Arbetslösheten bland utrikes födda", "Arbetslösheten"), sp=None),
        G("4,9 procent", 4.9, "percent", ctx="med [4,9 procent] bland", **L26, s=None, sp=None, note="one time"),
        G("mer än tre gånger", 3, "number", bound="more_than", optional=True, **L26, s=("Nivån bland utrikes födda", "Nivån"), sp=None, note="multiplier"),
        G("12 månader", 12, "month", bound="at_least", optional=True, s=None, sp=None, note="definition"),
        G("118 000 personer", 118000, "count", **L26, s=("Långtidsarbetslösheten", "Långtidsarbetslösheten"), sp=None),
        G("2,0 procent", 2.0, "percent", **L26, s=("arbetskraften", "arbetskraften"), sp=None),
        *_row(G, "| Kvinnor 15–24 år", ["20,1", "22,3", "−2,2"], ac, AB, sep=" | ", note="table: 'Kv 3 2026' / 'Kv 3 2025' explicit, change in procentenheter 2026 lenient signed; rows are groups"),
        *_row(G, "| Män 15–24 år", ["22,6", "23,6", "−1,0"], ac, AB, sep=" | "),
        *_row(G, "| Kvinnor 25–54 år", ["6,0", "6,4", "−0,4"], ac, AB, sep=" | "),
        *_row(G, "| Män 25–54 år", ["5,7", "6,1", "−0,4"], ac, AB, sep=" | "),
        *_row(G, "| Kvinnor 55–74 år", ["4,8", "4,6", "+0,2"], ac, AB, sep=" | "),
        *_row(G, "| Män 55–74 år", ["5,3", "5,5", "−0,2"], ac, AB, sep=" | "),
        G("7,7", 7.7, "percent", ctx="**[7,7]**", t=Y26, s=AB, sp=None, note="bold total row"),
        G("8,2", 8.2, "percent", ctx="**[8,2]**", t=Y25, s=AB, sp=None),
        G("−0,5", -0.5, "percentage_point", ctx="**[−0,5]**", **L26, direction=DEC, s=AB, sp=None),
        G("7,4 procent", 7.4, "percent", **L26, s=("Kvinnornas arbetslöshet", "arbetslöshet"), sp=None),
        G("8,0 procent", 8.0, "percent", **L26, s=None, sp=None, note="'och männens': elided"),
        G("0,5 procentenheter", 0.5, "percentage_point", ctx="sysselsättningsgraden med [0,5 procentenheter]", **L26, direction=INC, s=("sysselsättningsgraden", "sysselsättningsgraden"), sp=None),
        G("71,9 procent", 71.9, "percent", **L26, direction=INC, s=("sysselsättningsgraden", "sysselsättningsgraden"), sp=None),
        G("66,2 procent", 66.2, "percent", **L26, s=None, sp=None, note="'oförändrad': no direction; 'den'"),
        G("omkring 27 000 personer", 27000, "count", bound="approx", per="month", optional=True, s=PE, sp=None, note="sample"),
        G("±0,4 procentenheter", 0.4, "percentage_point", bound="approx", optional=True, s=("Den statistiska osäkerheten", "osäkerheten"), sp=None, note="margin of error"),
    ]
    NEG["r40_b_aku_kv3"] = [
        N("tredje kvartalet 2026", occ=1, note="title"), N("28 oktober 2026", note="Publicerad"),
        N("tredje kvartalet 2026", occ=2), N("tredje kvartalet 2025", occ=1), N("tredje kvartalet 2025", occ=2),
        N("2025", ctx="kvartal [2025]."), N("15–74 år", occ=1, note="age band"), N("15–24 år", occ=1, note="age band"),
        N("1", ctx="Tabell [1].", note="table number"), N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("15–24 år", occ=2, note="age band (row label)"), N("15–24 år", occ=3, note="age band (row label)"),
        N("25–54 år", occ=1, note="age band"), N("25–54 år", occ=2, note="age band"), N("55–74 år", occ=1, note="age band"),
        N("55–74 år", occ=2, note="age band"), N("15–74 år", occ=2, note="age band (total row)"),
        N("oktober 2026", note="next release"), N("19 november 2026", note="next release"), N("010-479 52 60"),
    ]

    # ------------------------------------------------------------ 3. municipal budget 2027 (Publicerad 21 oktober 2026)
    AF = ("Annika Furberg", "quote")
    KS = ("Kommunstyrelsen", "credited")
    SU = ("Sven Ulander", "quote")
    SD = ("Socialdemokraterna", "credited")
    DR = ("NÄMNDERNAS DRIFTRAMAR", "DRIFTRAMAR")
    bc = [("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, T, T)]
    GOLD["r40_b_budget_2027"] = [
        G("3 184 miljoner kronor", 3184e6, "SEK", t=Y27, direction=INC, s=("nämndernas driftramar", "driftramar"), sp=KS, note="next sentence 'Det är 126 miljoner kronor mer'"),
        G("126 miljoner kronor", 126e6, "SEK", **L27, direction=INC, s=None, sp=None, note="'Det är'"),
        G("4,1 procent", 4.1, "percent", **L27, direction=INC, s=None, sp=None),
        G("21,84 kronor", 21.84, "SEK", **L27, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'oförändrad': no direction; per hundralapp: per None (r10)"),
        G("3 262 miljoner kronor", 3262e6, "SEK", **L27, direction=INC, s=("Skatteintäkter och generella statsbidrag", "Skatteintäkter"), sp=None),
        G("3,6 procent", 3.6, "percent", **L27, direction=INC, s=None, sp=None, note="'vilket är ... mer än i årets budget'"),
        G("49 miljoner kronor", 49e6, "SEK", **L27, s=("Resultatet", "Resultatet"), sp=None),
        G("1,5 procent", 1.5, "percent", **L27, s=("skatteintäkter och statsbidrag", "skatteintäkter"), sp=None),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing financial target"),
        G("58 miljoner kronor", 58e6, "SEK", **L27, direction=INC, s=("Barn- och utbildningsnämnden", "utbildningsnämnden"), sp=AF),
        G("47 miljoner kronor", 47e6, "SEK", **L27, direction=INC, s=("vård- och omsorgsnämnden", "omsorgsnämnden"), sp=AF),
        G("0,8 procent", 0.8, "percent", **L27, direction=DEC, s=("alla nämnder", "nämnder"), sp=AF, note="'effektivisera med'"),
        *_row(G, "Barn- och utbildningsnämnden", ["1 412", "1 354", "+58"], bc, DR, note="table: 'Budget 2027' / 'Budget 2026' explicit, 'Förändring' 2027 lenient signed; rows are committees"),
        *_row(G, "Vård- och omsorgsnämnden", ["1 063", "1 016", "+47"], bc, DR),
        *_row(G, "Socialnämnden", ["284", "271", "+13"], bc, DR),
        *_row(G, "Kultur- och fritidsnämnden", ["128", "126", "+2"], bc, DR),
        *_row(G, "Tekniska nämnden", ["176", "170", "+6"], bc, DR),
        *_row(G, "Miljö- och byggnadsnämnden", ["41", "42", "−1"], bc, DR),
        *_row(G, "Kommunstyrelsen", ["80", "79", "+1"], bc, DR),
        *_row(G, "Totalt", ["3 184", "3 058", "+126"], bc, DR),
        G("412 miljoner kronor", 412e6, "SEK", t=Y27, direction=INC, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None),
        G("356 miljoner kronor", 356e6, "SEK", t=Y26, s=None, sp=None, note="bare 'jämfört med'"),
        G("185 miljoner kronor", 185e6, "SEK", t=("2026", "2029"), s=("den nya F–6-skolan i Norrbacka", "6-skolan"), sp=None, note="'fram till 2029'"),
        G("60 platser", 60, "count", **L27, s=("platser", "platser"), sp=None),
        G("mellan 150 och 200 miljoner kronor", None, "SEK", low=150e6, high=200e6, t=Y27, direction=INC, s=("låneskulden", "låneskulden"), sp=None),
        G("78 600 kronor", 78600, "SEK", per="capita", t=Y27, s=("Kommunens nettokostnad per invånare", "nettokostnad"), sp=None),
        G("knappt 3 procent", 3, "percent", bound="approx", **L27, s=None, sp=None, note="against comparable municipalities: one time"),
        G("omkring 350 personer", 350, "count", bound="approx", t=Y27, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None),
        G("drygt 40 900 invånare", 40900, "count", bound="approx", t=Y27, direction=INC, s=("Befolkningen", "Befolkningen"), sp=None),
        G("30 öre", 0.30, "SEK", **L27, direction=INC, s=("skatten", "skatten"), sp=SD),
        G("20 miljoner kronor", 20e6, "SEK", **L27, direction=INC, s=("äldreomsorgen", "äldreomsorgen"), sp=SD, note="'ytterligare'"),
        G("35 000 kronor", 35000, "SEK", per="month", optional=True, s=("två inkomster", "inkomster"), sp=("Sven Ulander", "enligt"), note="worked-example input"),
        G("knappt 2 500 kronor", 2500, "SEK", bound="approx", per="year", s=("höjningen", "höjningen"), sp=("Sven Ulander", "enligt"), note="hypothetical: no period"),
        G("två", 2, "count", ctx="stänga [två] av", s=("kommunens tolv äldreboenden", "äldreboenden"), sp=SU),
        G("tolv äldreboenden", 12, "count", **L26, s=("äldreboenden", "äldreboenden"), sp=SU),
    ]
    NEG["r40_b_budget_2027"] = [
        N("2027", ctx="BUDGET [2027] MED", note="title"), N("2028–2029", note="title"), N("21 oktober 2026", note="Publicerad"),
        N("2027", ctx="budget för [2027] där"), N("2026", ctx="budgeten för [2026],"), N("Budget 2027", note="column header"),
        N("Budget 2026", note="column header"), N("2027", ctx="Investeringsbudgeten för [2027]"), N("2026", ctx="kronor [2026]. De"),
        N("F–6", note="school type in a name"), N("2029", ctx="fram till [2029]"), N("2027", ctx="kronor under [2027]."),
        N("2027", ctx="78 600 kronor [2027]."), N("2027", ctx="personer under [2027],"),
        N("23 november 2026", note="meeting date"), N("0455-38 12 00"),
    ]

    # ------------------------------------------------------------ 4. TT: flat prices October 2026 (Publicerad 5 november 2026)
    KH = ("Karin Holmgren", "quote")
    ES = ("Emil Strand", "quote")
    PL = ("mäklaren Petra Lindahl", "enligt")
    PR = ("PRIS", "PRIS")
    hc = [("SEK", 1, "m2", Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r40_b_bostadspriser_tt"] = [
        G("1,2 procent", 1.2, "percent", occ=1, **L26, direction=DEC, s=("Priserna på bostadsrätter", "Priserna"), sp=("Mäklarsamfundets prisindex", "enligt"), note="'i oktober'"),
        G("51 340 kronor", 51340, "SEK", per="m2", **L26, s=("en bostadsrätt", "bostadsrätt"), sp=None),
        G("2,4 procent", 2.4, "percent", occ=1, **L26, direction=DEC, s=("priserna", "priserna"), sp=None, note="'Sett över de senaste tre månaderna'"),
        G("3,1 procent", 3.1, "percent", occ=1, **L26, direction=INC, s=None, sp=None, note="'de är ... högre än i oktober i fjol'"),
        G("1,8 procent", 1.8, "percent", occ=1, **L26, direction=DEC, s=("Villapriserna", "Villapriserna"), sp=None),
        G("3,92 miljoner kronor", 3.92e6, "SEK", **L26, s=("ett genomsnittligt småhus", "småhus"), sp=None),
        G("1,9 procent", 1.9, "percent", occ=1, **L26, direction=DEC, s=("priset per kvadratmeter", "priset"), sp=None),
        G("98 150 kronor", 98150, "SEK", per="m2", **L26, direction=DEC, s=("priset per kvadratmeter", "priset"), sp=None),
        G("57 420 kronor", 57420, "SEK", per="m2", **L26, s=("kvadratmeterpriset", "kvadratmeterpriset"), sp=None),
        G("44 860 kronor", 44860, "SEK", per="m2", **L26, s=None, sp=None, note="elided"),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("priset i Storhamn", "priset"), sp=None, note="one time"),
        G("0,4 procent", 0.4, "percent", occ=1, **L26, direction=INC, s=("priserna", "priserna"), sp=None),
        *_row(G, "Storhamn", ["98 150", "−1,9", "−3,6", "+2,2"], hc, PR, note="table: caption 'OKTOBER 2026' lenient; 'Kr per kvm' per m2; change columns signed; rows are places"),
        *_row(G, "Älvstad", ["57 420", "−0,8", "−1,7", "+3,9"], hc, PR),
        G("44 860", 44860, "SEK", per="m2", ctx="Sjököping [44 860] −1,1", **L26, s=PR, sp=None, note="table row (the label also stands before '44 860 kronor' in the text)"),
        *_row(G, "Sjököping 44 860", ["−1,1", "−2,0", "+4,4"], hc[1:], PR),
        *_row(G, "Norrvik", ["29 310", "+0,4", "−0,6", "+1,8"], hc, PR),
        *_row(G, "Hela landet", ["51 340", "−1,2", "−2,4", "+3,1"], hc, PR),
        G("drygt 21 000 bostadsrätter", 21000, "count", bound="approx", **L26, direction=INC, s=("bostadsrätter", "bostadsrätter"), sp=KH, note="'Just nu'"),
        G("ungefär 15 procent", 15, "percent", bound="approx", **L26, direction=INC, s=None, sp=KH),
        G("34 dagar", 34, "day", **L26, direction=INC, s=None, sp=PL, note="', mot 23 dagar i våras'"),
        G("23 dagar", 23, "day", **L26, s=None, sp=PL, note="'i våras'"),
        G("38 procent", 38, "percent", **L26, s=("bostadsrätterna", "bostadsrätterna"), sp=("Mäklarsamfundet", "enligt"), note="separate sentence for the earlier share: no direction"),
        G("46 procent", 46, "percent", **L25, s=("andelen", "andelen"), sp=None, note="'Ett år tidigare'"),
        G("2,25 procent", 2.25, "percent", **L26, s=("en styrränta", "styrränta"), sp=ES),
        G("runt 3,5 procent", 3.5, "percent", bound="approx", **L26, s=("rörliga bolåneräntor", "bolåneräntor"), sp=ES),
        G("2–4 procent", None, "percent", low=2, high=4, t=Y27, direction=INC, s=("priserna", "priserna"), sp=ES),
        G("omkring 1 100 kronor", 1100, "SEK", bound="approx", per="month", t=("2024", "2026"), direction=DEC, s=("hushållens ränteutgifter", "ränteutgifter"), sp=("Emil Strand", "credited"), note="'Han påpekar att ... sedan toppen hösten 2024'"),
        G("omkring 9 500", 9500, "count", bound="approx", per="month", optional=True, s=None, sp=None, note="sample of the index"),
        G("4 200 sålda villor", 4200, "count", per="month", optional=True, s=("sålda villor", "villor"), sp=None),
        G("300 000 kronor", 300000, "SEK", bound="less_than", optional=True, s=("Försäljningar", "Försäljningar"), sp=None, note="threshold"),
    ]
    NEG["r40_b_bostadspriser_tt"] = [
        N("5 november 2026", note="Publicerad"), N("06.00", note="time of day"), N("tre månaderna", note="period span of a change"),
        N("OKTOBER 2026", note="caption"), N("1 mån", note="column header"), N("3 mån", note="column header"),
        N("12 mån", note="column header"), N("2027", ctx="under [2027],"), N("2024", ctx="hösten [2024]"),
    ]

    # ------------------------------------------------------------ 5. UNDATED environmental organisation's page on road traffic (HTML)
    GV = ("Klimatföreningen Grön Väg", "publisher")
    UV = ("utsläppen från vägtrafiken", "utsläppen")
    UT5 = ("Utsläpp från vägtrafik", "Utsläpp")
    S90 = ("1990", None)
    ec = [("tonne", 1e6, None, Y90, F, F), ("tonne", 1e6, None, None, F, F), ("percent", 1, None, S90, T, T)]
    GOLD["r40_b_vagtrafik_utslapp"] = [
        G("13,1 miljoner ton", 13.1e6, "tonne", s=("koldioxidekvivalenter", "koldioxidekvivalenter"), sp=("den senaste officiella statistiken från Miljöstatistikverket", "enligt"), note="undated: no period"),
        G("ungefär 30 procent", 30, "percent", bound="approx", s=("landets samlade territoriella utsläpp", "utsläpp"), sp=("den senaste officiella statistiken från Miljöstatistikverket", "enligt")),
        G("32 procent", 32, "percent", t=S90, direction=DEC, s=UV, sp=None, note="'Sedan 1990'"),
        G("19,3 miljoner ton", 19.3e6, "tonne", t=Y90, s=None, sp=None, note="'År 1990 låg de på'"),
        G("knappt två tredjedelar", 2 / 3, "ratio", bound="approx", s=("Personbilarna", "Personbilarna"), sp=None),
        G("ungefär en fjärdedel", 0.25, "ratio", bound="approx", s=("de tunga lastbilarna", "lastbilarna"), sp=None),
        G("omkring 25 procent", 25, "percent", bound="approx", direction=INC, s=("Antalet körda fordonskilometer", "Antalet"), sp=None, note="'i dag ... högre än 1990': no period (undated)"),
        G("minst 70 procent", 70, "percent", bound="at_least", t=Y30, direction=DEC, s=("utsläppen från inrikes transporter", "utsläppen"), sp=("Riksdagen", "credited")),
        G("mellan 8 och 10 procent", None, "percent", low=8, high=10, per="year", direction=DEC, s=UV, sp=None),
        G("6 procent", 6, "percent", ctx="sänktes till [6 procent]", direction=DEC, s=("reduktionsplikten", "reduktionsplikten"), sp=None),
        G("nästan 7 procent", 7, "percent", bound="approx", direction=INC, s=("utsläppen", "utsläppen"), sp=None),
        G("drygt 11 miljoner ton", 11e6, "tonne", bound="approx", t=Y30, s=("utsläppen", "utsläppen"), sp=GV, note="'bedömer vi'"),
        G("cirka 6 miljoner ton", 6e6, "tonne", bound="approx", t=Y30, s=("den nivå", "nivå"), sp=GV),
        G("89 procent", 89, "percent", s=("alla nya personbilar", "personbilar"), sp=None, note="'förra året' does not resolve"),
        G("58 procent", 58, "percent", s=None, sp=None, note="'mot 58 procent i Sverige': one time"),
        G("omkring 1,4 ton", 1.4, "tonne", bound="approx", per="capita", s=("utsläppen från vägtrafiken per invånare", "utsläppen"), sp=None),
        G("1,2 ton", 1.2, "tonne", per="capita", s=None, sp=None),
        G("1 500 mil", 15000, "km", per="year", optional=True, s=None, sp=None, note="example input"),
        G("ungefär 2,3 ton", 2.3, "tonne", bound="approx", per="year", s=("koldioxid", "koldioxid"), sp=None),
        G("mindre än 0,1 ton", 0.1, "tonne", bound="less_than", s=("utsläppen från körningen", "utsläppen"), sp=None),
        *_row(G, "Personbilar", ["12,4", "8,3", "−33"], ec, UT5, note="table: '1990' explicit, 'Senaste året' no period, change ('1990', None) lenient signed; rows are vehicle types"),
        *_row(G, "Lätta lastbilar", ["1,2", "1,4", "+17"], ec, UT5),
        *_row(G, "Tunga lastbilar", ["4,6", "3,1", "−33"], ec, UT5),
        *_row(G, "Bussar och övrigt", ["1,1", "0,3", "−73"], ec, UT5),
        G("minst 20 procent", 20, "percent", bound="at_least", direction=INC, s=("reduktionsplikten", "reduktionsplikten"), sp=GV),
        G("högst 110 km/h", 110, "km/h", bound="at_most", direction=DEC, s=("hastigheten på motorvägarna", "hastigheten"), sp=GV),
        G("över 12 ton", 12, "tonne", bound="more_than", optional=True, s=("tunga lastbilar", "lastbilar"), sp=GV, note="threshold"),
        G("200 kronor", 200, "SEK", per="year", s=None, sp=GV, note="membership fee"),
    ]
    NEG["r40_b_vagtrafik_utslapp"] = [
        N("1990", ctx="Jämfört med [1990]", note="heading"), N("1990", ctx="Sedan [1990]"), N("1990", ctx="År [1990] låg"),
        N("2010", ctx="efter [2010],"), N("1990", ctx="högre än [1990]."), N("2030", ctx="Målet för [2030]", note="heading"),
        N("2030", ctx="till [2030] jämfört"), N("2010", ctx="jämfört med [2010]."), N("2030", ctx="år [2030] blir"),
        N("1990", ctx="Fordonsslag [1990]", note="column header"), N("4127", note="box number"), N("102 63", note="postal code"),
        N("90 12 34-5", note="giro number"),
    ]

    # ------------------------------------------------------------ 6. airport passenger statistics October (sidecar 2026-11-09)
    AS = ("Annelie Sjöberg", "quote")
    PS = ("passagerare", "passagerare")
    PC = ("PASSAGERARE", "PASSAGERARE")
    fc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r40_b_flygplatser_okt"] = [
        G("1 284 600 passagerare", 1284600, "count", **L26, direction=INC, s=PS, sp=None, note="'I oktober' (year from the sidecar)"),
        G("3,8 procent", 3.8, "percent", occ=1, **L26, direction=INC, s=PS, sp=None),
        G("6,2 procent", 6.2, "percent", **L26, direction=INC, s=("Utrikestrafiken", "Utrikestrafiken"), sp=None),
        G("812 300 passagerare", 812300, "count", **L26, direction=INC, s=("Utrikestrafiken", "Utrikestrafiken"), sp=None),
        G("0,1 procent", 0.1, "percent", **L26, direction=DEC, s=("inrikestrafiken", "inrikestrafiken"), sp=None),
        G("472 300 passagerare", 472300, "count", **L26, direction=DEC, s=("inrikestrafiken", "inrikestrafiken"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("Storhamn-Kvarnby", "Storhamn-Kvarnby"), sp=None, note="'stod för ... av resenärerna'"),
        G("742 100 passagerare", 742100, "count", **L26, s=PS, sp=None),
        G("531 600", 531600, "count", ctx="varav [531 600]", **L26, s=PS, sp=None, note="'varav' takes Y"),
        G("268 400 passagerare", 268400, "count", **L26, direction=INC, s=PS, sp=None),
        G("5,3 procent", 5.3, "percent", ctx="ökning med [5,3 procent]", **L26, direction=INC, s=PS, sp=None),
        *_row(G, "Storhamn-Kvarnby", ["742 100", "709 800", "+4,6"], fc, PC, note="table: 'Oktober 2026' / 'Oktober 2025' explicit, change 2026 lenient signed; rows are airports"),
        *_row(G, "Älvstad-Sörby", ["268 400", "254 900", "+5,3"], fc, PC),
        *_row(G, "Sjököping", ["121 700", "119 200", "+2,1"], fc, PC),
        *_row(G, "Norrvik", ["84 300", "86 100", "−2,1"], fc, PC),
        *_row(G, "Bergsala", ["46 900", "45 600", "+2,9"], fc, PC),
        *_row(G, "Fjällnäs", ["21 200", "22 300", "−4,9"], fc, PC),
        *_row(G, "Totalt", ["1 284 600", "1 237 900", "+3,8"], fc, PC),
        G("14 avgångar", 14, "count", per="week", **L26, s=("avgångar", "avgångar"), sp=None),
        G("tre nya direktlinjer", 3, "count", **L26, s=("direktlinjer", "direktlinjer"), sp=AS),
        G("16 miljoner passagerare", 16e6, "count", bound="more_than", **L26, s=PS, sp=AS, note="'räknar med att passera ... för helåret'"),
        G("14 820", 14820, "count", **L26, direction=INC, s=("Antalet starter och landningar", "Antalet"), sp=None),
        G("cirka 2 procent", 2, "percent", bound="approx", **L26, direction=INC, s=None, sp=None),
        G("78 procent", 78, "percent", **L26, direction=INC, s=("Den genomsnittliga kabinfaktorn", "kabinfaktorn"), sp=None),
        G("76 procent", 76, "percent", t=Y25, s=None, sp=None, note="'i oktober förra året' resolves"),
        G("3,5 procent", 3.5, "percent", **L26, direction=DEC, s=("Fraktvolymen", "Fraktvolymen"), sp=None),
        G("11 240 ton", 11240, "tonne", **L26, direction=DEC, s=("Fraktvolymen", "Fraktvolymen"), sp=None),
        G("13,46 miljoner passagerare", 13.46e6, "count", t=Y26, direction=INC, s=PS, sp=None, note="'Under årets första tio månader'"),
        G("4,1 procent", 4.1, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("Resandet", "Resandet"), sp=None, note="'under nivån för januari–oktober 2019'"),
        G("62 procent", 62, "percent", **L26, s=("Utrikestrafiken", "Utrikestrafiken"), sp=None),
        G("1–2 procent", None, "percent", low=1, high=2, per="year", t=("2019", "2026"), direction=DEC, s=("Inrikesresandet", "Inrikesresandet"), sp=None),
        G("högst 15 minuter", 15, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition"),
        G("87,4 procent", 87.4, "percent", **L26, s=("Punktligheten", "Punktligheten"), sp=None),
        G("sex flygplatser", 6, "count", optional=True, s=("flygplatser", "flygplatser"), sp=None, note="the set"),
    ]
    NEG["r40_b_flygplatser_okt"] = [
        N("oktober 2025", note="baseline"), N("Oktober 2026", note="column header"), N("Oktober 2025", note="column header"),
        N("tio månader", note="period span"), N("januari–oktober 2019"), N("2019", ctx="sedan [2019],"),
        N("8 december", note="next release"), N("010-109 40 00"),
    ]

    # ------------------------------------------------------------ 7. grid company's outage report 2025 (Markdown, Publicerad 18 mars 2026)
    TB = ("Tomas Berglund", "quote")
    AT = ("den genomsnittliga avbrottstiden per kund", "avbrottstiden")
    KU = ("kunder", "kunder")
    oc = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, ("2016", "2025"), F, F)]
    GOLD["r40_b_elnat_avbrott_2025"] = [
        G("142 minuter", 142, "minute", per="customer", t=Y25, direction=INC, s=AT, sp=None, note="', jämfört med 96 minuter 2024'"),
        G("96 minuter", 96, "minute", per="customer", t=Y24, s=None, sp=None),
        G("71 minuter", 71, "minute", per="customer", **L25, s=("stormen Ylva", "Ylva"), sp=None, note="'stod för ... av avbrottstiden'"),
        G("118 minuter", 118, "minute", per="customer", t=("2016", "2025"), s=("Tioårsgenomsnittet", "Tioårsgenomsnittet"), sp=None),
        G("164 000 kunder", 164000, "count", **L25, s=KU, sp=None),
        G("tre minuter", 3, "minute", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("58 procent", 58, "percent", **L25, s=("bolagets omkring 283 000 elnätskunder", "elnätskunder"), sp=None),
        G("omkring 283 000 elnätskunder", 283000, "count", bound="approx", **L25, s=("elnätskunder", "elnätskunder"), sp=None),
        G("97 minuter", 97, "minute", per="customer", t=Y25, s=("Genomsnittet för landets elnätsföretag", "Genomsnittet"), sp=("Elnätsinspektionen", "enligt")),
        G("34 meter per sekund", 34, "m/s", bound="at_most", **L25, s=("vindbyar", "vindbyar"), sp=None, note="'upp till'"),
        G("61 400 kunder", 61400, "count", **L25, s=KU, sp=None),
        G("4,5 dygn", 4.5, "day", **L25, s=None, sp=None),
        G("Drygt 2 300 träd", 2300, "count", bound="approx", **L25, s=("träd", "träd"), sp=None),
        G("38 miljoner kronor", 38e6, "SEK", **L25, s=("avbrottsersättning", "avbrottsersättning"), sp=None),
        G("knappt 9 800 kunder", 9800, "count", bound="approx", **L25, s=KU, sp=None),
        G("24 timmar", 24, "hour", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("tjugo år", 20, "year", s=None, sp=TB, note="'den värsta stormen ... på tjugo år'"),
        *_row(G, "| Avbrottstid per kund, minuter", ["142", "96", "118"], oc("minute", 1, "customer"), ("Avbrottstid per kund", "Avbrottstid"), sep=" | ", note="table: '2025' / '2024' / 'Snitt 2016–2025' explicit; rows are measures"),
        *_row(G, "| Antal avbrott per kund", ["1,9", "1,4", "1,6"], oc("count", 1, "customer"), ("Antal avbrott per kund", "Antal"), sep=" | "),
        *_row(G, "| Berörda kunder, tusental", ["164", "121", "139"], oc("count", 1e3), ("Berörda kunder", "kunder"), sep=" | "),
        *_row(G, "| Andel avbrott orsakade av väder, %", ["64", "41", "52"], oc("percent", 1), ("Andel avbrott orsakade av väder", "Andel"), sep=" | "),
        G("1 146 miljoner kronor", 1146e6, "SEK", t=Y25, direction=INC, s=("nätet", "nätet"), sp=None),
        G("14 procent", 14, "percent", t=Y25, direction=INC, s=None, sp=None),
        G("612 miljoner kronor", 612e6, "SEK", **L25, s=("investeringarna", "investeringarna"), sp=None),
        G("870 kilometer", 870, "km", **L25, s=("kabel", "kabel"), sp=None),
        G("81 procent", 81, "percent", **L25, direction=INC, s=("lokalnätet", "lokalnätet"), sp=None),
        G("77 procent", 77, "percent", **L24, s=None, sp=None),
        G("mellan 5 och 6 miljarder kronor", None, "SEK", low=5e9, high=6e9, t=("2026", "2030"), s=None, sp=("Bolaget", "credited")),
        G("60 minuter", 60, "minute", bound="less_than", per="customer", t=(None, "2030"), lenient=True, s=("avbrottstiden", "avbrottstiden"), sp=None, note="'Målet är ... understiga ... senast 2030'"),
        G("6 procent", 6, "percent", t=Y26, direction=INC, s=("Elnätsavgiften", "Elnätsavgiften"), sp=None),
        G("cirka 65 kronor", 65, "SEK", bound="approx", per="month", **L26, direction=INC, s=None, sp=None),
    ]
    NEG["r40_b_elnat_avbrott_2025"] = [
        N("2025", ctx="Leveranssäkerhet [2025]", note="title"), N("18 mars 2026", note="Publicerad"), N("2025", ctx="Under [2025] var"),
        N("2024", ctx="96 minuter [2024]."), N("2016–2025", occ=1), N("2025", ctx="kund under [2025],"),
        N("4–5 december"), N("1", ctx="Tabell [1].", note="table number"), N("2025", ctx="Nyckeltal | [2025]", note="column header"),
        N("2024", ctx="| 2025 | [2024] |", note="column header"), N("2016–2025", occ=2, note="column header"),
        N("2025", ctx="Under [2025] investerade"), N("2026–2030"), N("2030", ctx="senast [2030]"), N("1 januari 2026"),
        N("0346-71 20 00"),
    ]

    # ------------------------------------------------------------ 8. year-9 grades spring 2026 (Publicerad 30 september 2026)
    HV = ("Helena Vikström", "quote")
    MV = ("Det genomsnittliga meritvärdet", "meritvärdet")
    ELV = ("elever", "elever")
    gc8 = [("count", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, F), ("number", 1, None, Y26, T, F), ("number", 1, None, Y26, T, T)]
    gs8 = [("Elever", "Elever"), ("Behöriga", "Behöriga"), ("Meritvärde", "Meritvärde"), ("Meritvärde", "Meritvärde")]
    GOLD["r40_b_betyg_ak9"] = [
        G("1 146 elever", 1146, "count", t=Y26, s=ELV, sp=None, note="'Våren 2026'"),
        G("84,7 procent", 84.7, "percent", **L26, direction=INC, s=None, sp=None, note="'Av dem': pronoun"),
        G("82,9 procent", 82.9, "percent", t=Y25, s=None, sp=None, note="from-value"),
        G("86,1 procent", 86.1, "percent", **L26, s=("andelen", "andelen"), sp=None, note="the country: one time"),
        G("175 elever", 175, "count", **L26, s=ELV, sp=None),
        G("80,2 procent", 80.2, "percent", **L26, s=("Andelen som var behöriga till de högskoleförberedande programmen", "Andelen"), sp=None),
        G("224,6 poäng", 224.6, "number", **L26, direction=INC, s=MV, sp=None),
        G("219,8 poäng", 219.8, "number", **L25, s=MV, sp=None, note="from-value, 'året innan'"),
        G("229,4 poäng", 229.4, "number", **L26, s=("Rikets genomsnitt", "genomsnitt"), sp=None),
        G("16", 16, "count", ctx="elevens [16] eller", optional=True, s=None, sp=None, note="definition of the merit value"),
        G("17 bästa betyg", 17, "count", optional=True, s=("bästa betyg", "betyg"), sp=None),
        G("340 poäng", 340, "number", optional=True, s=("det högsta möjliga", "möjliga"), sp=None, note="definition"),
        G("237,2", 237.2, "number", **L26, s=("ett genomsnittligt meritvärde", "meritvärde"), sp=None),
        G("212,5", 212.5, "number", **L26, s=None, sp=None, note="'medan pojkarnas låg på': elided"),
        G("24,7 poäng", 24.7, "number", **L26, s=("Skillnaden mellan könen", "Skillnaden"), sp=None),
        G("drygt 26 poäng", 26, "number", bound="approx", **L26, s=None, sp=None, note="'i riket, där den är': one time"),
        G("87,9 procent", 87.9, "percent", **L26, s=("flickorna", "flickorna"), sp=None),
        G("81,7 procent", 81.7, "percent", **L26, s=("pojkarna", "pojkarna"), sp=None),
        G("73,4 procent", 73.4, "percent", **L26, direction=INC, s=("Andelen elever som nått minst betyget E i alla ämnen", "Andelen"), sp=None),
        G("2,1 procentenheter", 2.1, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("48 procent", 48, "percent", **L26, s=("andelen behöriga", "andelen"), sp=None),
        *_row(G, "Åsbyskolan", ["212", "88,2", "231,4", "+6,1"], gc8, gs8, note="table: caption 'VÅREN 2026' lenient; 'Förändring mot 2025' signed; rows are schools"),
        *_row(G, "Kvarnbackens skola", ["184", "79,3", "214,8", "−2,4"], gc8, gs8),
        *_row(G, "Lindängsskolan", ["246", "86,6", "227,9", "+4,2"], gc8, gs8),
        *_row(G, "Sjöviksskolan", ["161", "81,4", "218,3", "+8,0"], gc8, gs8),
        *_row(G, "Friskolan Kunskapsgården", ["143", "92,3", "242,1", "+1,7"], gc8, gs8),
        *_row(G, "Övriga skolor", ["200", "80,6", "215,6", "+3,3"], gc8, gs8),
        G("färre än 15 elever", 15, "count", bound="less_than", optional=True, s=ELV, sp=None, note="threshold"),
        G("nästan var sjätte elev", 1 / 6, "ratio", bound="approx", **L26, s=("elev", "elev"), sp=HV),
        G("minst 90 procent", 90, "percent", bound="at_least", t=(None, "2028"), lenient=True, s=None, sp=HV, note="target 'senast 2028'"),
        G("8,0 poäng", 8.0, "number", **L26, direction=INC, s=("Sjöviksskolan", "Sjöviksskolan"), sp=None),
        G("två extra speciallärare", 2, "count", t=("2024", "2026"), s=("speciallärare", "speciallärare"), sp=None, note="'sedan hösten 2024'"),
        G("64 elever", 64, "count", **L26, s=ELV, sp=None, note="'i somras'"),
        G("118 400 kronor", 118400, "SEK", per="pupil", **L26, s=("grundskolan", "grundskolan"), sp=None),
        G("ungefär 4 procent", 4, "percent", bound="approx", **L26, s=None, sp=None, note="against the national average: one time"),
        G("12,1 elever", 12.1, "count", per="teacher", **L26, s=("Lärartätheten", "Lärartätheten"), sp=None),
        G("11,8", 11.8, "count", per="teacher", ctx="mot [11,8] i riket", **L26, s=None, sp=None),
    ]
    NEG["r40_b_betyg_ak9"] = [
        N("9", ctx="ÅRSKURS [9] VÅREN", note="grade level in the title"), N("VÅREN 2026", occ=1, note="title"),
        N("30 september 2026", note="Publicerad"), N("Våren 2026", note="places the figures"), N("9", ctx="elever årskurs [9] i"),
        N("våren 2025"), N("2025", ctx="högre än [2025]."), N("VÅREN 2026", occ=2, note="caption"),
        N("2025", ctx="Förändring mot [2025]", note="column header"), N("9", ctx="i årskurs [9] redovisas"),
        N("2028", ctx="senast [2028]"), N("2024", ctx="hösten [2024]"), N("0920-45 61 00"),
    ]
    return GOLD, NEG
