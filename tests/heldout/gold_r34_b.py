"""Round 34, part B (r34_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 34, part B (r34_b_*): eight kinds, written from scratch (r34_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# 1. r34_b_forpackning_q3.txt: a listed paper-packaging company's interim report January-September 2026 (dateline
#    'Sundsvik den 28 oktober 2026'; 'Siffror inom parentes avser motsvarande period föregående år'; bullets under
#    'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets: deliveries '412 (398) tusen ton', net sales, EBITDA,
#    'EBITDA-marginal på 15,6 (14,0) procent', earnings per share; net debt ', jämfört med ... vid årsskiftet'; a CEO
#    section 'VD HENRIK SANDÉN KOMMENTERAR' with his quote; market growth 'enligt branschorganisationen Europack',
#    business areas, '2,6 gånger' against the target 'högst 3,0 gånger', 'mellan 900 och 1 000 MSEK för helåret 2026';
#    plain-text table 'KONCERNEN I SAMMANDRAG' 'MSEK' with quarter and nine-month columns and a 'tusen ton' row).
# 2. r34_b_ppi_okt.md: a statistics office's producer and import price index for October 2026 (Markdown, 'Publicerad
#    25 november 2026'; monthly and twelve-month changes in procent, contributions in procentenheter, the euro rate
#    'enligt Riksbanken'; Markdown table 'Tabell 1. Producentprisindex per varugrupp, oktober 2026' with 'Index okt
#    2026' / 'Förändring från sep 2026, %' / 'Förändring från okt 2025, %' / 'Bidrag till årsförändringen,
#    procentenheter' and a bold total row; a statistician's quote; the euro area 'enligt Eurostat'; the method).
# 3. r34_b_korprov_okt.txt: a national board's driving-test statistics for October 2026 ('Publicerad 9 november
#    2026'; tests taken, pass rates, the difference in procentenheter, test centres at one time, the national average
#    for January-October; plain-text table 'Tabell 1. Körprov för behörighet B per provort, oktober' with two-line
#    headers 'Antal prov okt 2026' / 'Antal prov okt 2025' / 'Förändring, %' / 'Godkända okt 2026, %' / 'Godkända
#    okt 2025, %'; waiting time and a standing target 'mer än 30 dagar'; a forecast 'mellan 25 och 30 dagar i mars
#    2027'; a manager's quote; fees).
# 4. r34_b_tt_forskola.txt: a TT-style article on childcare fees and places ('Publicerad 17 november 2026'; the
#    maxtaxa 'höjs vid årsskiftet till 1 742 kronor i månaden', 'en höjning med 54 kronor jämfört med i år', waiting
#    times 'enligt' an organisation's survey, two municipalities at one time, a minister's and a parent's quotes,
#    children in preschool 'omkring 9 000 färre än ett år tidigare'; a FAKTA box 'Maxtaxan 2027' with 'Källa').
# 5. r34_b_parti_pension.html: an UNDATED party web page on pensions and the elderly (HTML with nav, breadcrumb and
#    footer; no date, no sidecar; pensions 'kronor i månaden', the guarantee pension, Norway at one time, 'Sedan 2010',
#    four numbered promises in headings, costs 'miljarder kronor per år', a spokesperson's quote).
# 6. r34_b_parkering_2027.txt (+ .meta.json, published 2026-10-14): a municipality's parking-fee decision for 2027,
#    dated only by its sidecar ('höjs från 26 till 30 kronor per timme', resident parking 'per månad' against a
#    neighbouring municipality, the committee chair's quote 'sedan 2022'; plain-text table 'Taxor för gatuparkering,
#    kronor' '2026' / '2027' / 'Förändring, %' with per from each row label; revenues, an occupancy study).
# 7. r34_b_teater_2526.md: a theatre's season summary 2025/26 (Markdown, 'Publicerad 24 juni 2026'; audience, occupancy
#    'jämfört med 81 procent säsongen innan', ticket revenue, performances; Markdown table 'Föreställningar och publik
#    per produktion, säsongen 2025/26' with a bold total row; the regional theatres' average 'enligt' an industry body;
#    a forecast 'mellan 130 000 och 140 000 besökare' for 2026/27).
# 8. r34_b_luft_2025.txt: a county's air-quality annual report 2025 ('Publicerad 19 mars 2026'; nitrogen dioxide in
#    µg/m³ against 2024, the environmental objective and the norm; plain-text table 'Tabell 1. Kvävedioxid,
#    årsmedelvärde per mätstation, µg/m³' '2025' / '2024' / 'Gränsvärde' / 'Förändring, %'; days over the norm;
#    PM10 'mellan 12 och 18 µg/m³'; 'Sedan 2015 ... minskat med 38 procent, från 50 till 31'; an analyst's quote;
#    emissions 'enligt' a database).
# Publication dates: in the text for 1, 2, 3, 4, 7, 8; only in the sidecar for 6; none for 5.
#
# The r8-r33 decisions are followed (headers of gold_r28_a.py, gold_r32_a.py, gold_r33_a.py, gold_r33_b.py): periods
# at year grain; a relative expression in the sentence ('i fjol', 'förra året', 'i år', 'nästa år', 'i höstas', 'i
# höst', 'samma månad förra året', 'samma period i fjol') resolves against the publication date and is not lenient,
# while 'ett år tidigare', 'året innan', 'säsongen innan', 'vid årsskiftet', 'i dag', a month or quarter without a year,
# a heading's, a caption's or the document's period and present tense are lenient; brackets 'motsvarande period
# föregående år' are lenient; a level followed by ', jämfört med', ', en ökning med', ', vilket är X högre/kortare', 'Det
# är X fler/färre/lägre' is the new value after a change; from-values have no direction; comparisons at one time
# (test centres, municipalities, Norway, the euro area, regional theatres, a neighbouring municipality, a target or a
# norm) have no direction; a comparison with an earlier point takes the current period with a direction; multipliers
# optional; definitions and thresholds (age limits, income limits that define who pays, the norm's daily threshold,
# the preschool rule 'inom fyra månader', the free hours, a survey's method, a set's size 'landets 41 provorter')
# optional; forecasts, targets, promises and norms stated as facts required; standing targets and norms with no year
# have no period; table cells take their column headers' periods (a caption's period lenient), change columns take
# their direction from the sign ('0,0' none); rows that are categories take the caption's or column's measure as
# subject, rows that are measures their own label; 'per aktie' per="share", 'per månad' / 'i månaden' / 'kr per
# månad' / 'kronor/månad' per="month", 'per år' / 'om året' per="year", 'per timme' per="hour", 'i veckan'
# per="week"; 'gånger' a number; 'vilket' / 'Det' / elided nouns / pronouns have s None, except that the size of a
# change takes the thing that changes from the previous sentence; 'X procent av Y' and 'X av Y' take Y, 'X står/svarar
# för Y' takes X; a place as grammatical subject gives s None; the payer, the recipient and the waiter are no subject;
# a heading 'VD X KOMMENTERAR' and a paragraph ending in 'säger' credit their figures to the speaker (quote); 'Enligt X'
# credits the figures of its own sentence only; a sender's first-person sentences are the publisher's; the UNDATED
# text has no period except where a year is written out ('fram till 2030'); a change 'Sedan 2010' in the undated text
# has no period (r33_a); concentrations are unit "ug/m3" (r25_b), days over a norm unit day.
# Where those were silent, decided here:
# - Packaging (dateline 2026-10-28): deliveries 'tusen ton' are unit tonne with the scale applied (412 000), in the
#   bullets and in the table row 'Leveranser, tusen ton' (the corner 'MSEK' does not apply to it). 'ökade med 6 procent
#   till 3 184 (3 004) MSEK' 3 184 increase. 'Våra genomsnittliga försäljningspriser låg cirka 4 procent högre än under
#   tredje kvartalet i fjol' 2026 lenient increase (an earlier point). 'den levererade 38 000 ton' s None (pronoun).
#   'Vår ambition är att nå en EBITDA-marginal på minst 17 procent över en konjunkturcykel' a standing target, s the
#   noun the figure is attached to ('en EBITDA-marginal'). 'Exporten ... svarade för 18 procent av leveranserna,
#   jämfört med 21 procent ett år tidigare' 18 decrease, 21 2025 lenient elided. 'mellan 900 och 1 000 MSEK för
#   helåret 2026' explicit. 'högst 3,0 gånger' the company's target: number, at_most, no period.
# - Producer prices (published 2026-11-25): the index level '142,8' is a number; '(2015=100)' is the base (N). Energy's
#   contribution '0,4 procentenheter' and food's '0,1 procentenheter' increase (a contribution to a rise, as r33_a's
#   'bidrog till koncernens tillväxt'). 'Exportpriserna ... låg 0,9 procent högre än i oktober förra året' increase
#   2026 lenient. 'en euro ... 10,94 kronor, jämfört med 11,38 kronor i oktober 2025' 10,94 decrease, 11,38 2025
#   explicit; both credited 'enligt Riksbanken'. 'Prisökningen för livsmedel ..., 4,6 procent' and the euro area's
#   '2,8 procent' (s None, pronoun 'den') are rates of increase: increase, compared at one time; 2,8 credited enligt
#   Eurostat. Table: 'Index okt 2026' explicit number; 'Förändring från sep 2026, %' 2026 explicit (the header names
#   its year), 'Förändring från okt 2025, %' 2026 lenient (the header's year is the baseline; the caption gives
#   2026), both signed; 'Bidrag till årsförändringen, procentenheter' percentage_point, 2026 lenient, signed, s the
#   column's 'Bidrag till årsförändringen'; other columns s the caption's 'Producentprisindex'; the bold total row
#   cell by cell. The method's '6 000 priser ... varje månad' and '1 200 företag' optional.
# - Driving tests (published 2026-11-09): 'I Hallvik klarade 61,4 procent körprovet' s None (a place; the figure has
#   no noun); 'medan andelen i Östra Lunda stannade på 44,9 procent' s 'andelen'. 'Riksgenomsnittet för
#   januari–oktober' 2026 lenient, one time. 'På tre av landets 41 provorter var väntetiden över 60 dagar': 'tre'
#   required (s 'landets 41 provorter'), '41 provorter' optional (names the set), 'över 60 dagar' required (a bounded
#   value, not a definition). 'Trafikprovsverket har ... anställt ... och räknar med' credits both figures to the
#   board (credited); the forecast 'mellan 25 och 30 dagar i mars 2027' decrease ('vara nere på'). The manager's 62 and
#   45 procent one time. Table: the two count columns and the two pass-rate columns explicit (headers name the month
#   and year), 'Förändring, %' 2026 lenient signed; rows are test centres: s the caption's 'Körprov för behörighet B'
#   for counts and changes and the header's 'Godkända' for pass rates; 'Hela landet' a row like the others.
#   'Provavgiften ... är 800 kronor ... och 1 040 kronor' present tense 2026 lenient, 1 040 elided (s None).
# - Childcare (published 2026-11-17): the lead's '1 742 kronor i månaden' ('höjs vid årsskiftet till') 2027 lenient
#   increase; the body's '1 742 kronor per månad, en höjning med 54 kronor jämfört med i år' 2027 explicit ('Från den
#   1 januari 2027') increase, both s 'maxtaxan för det första barnet i förskolan'. The income limit 'minst 58 060
#   kronor i månaden' optional (defines who pays the cap). 'fick föräldrar i höstas i genomsnitt vänta 71 dagar' 2026
#   explicit ('i höstas' resolves) decrease, s None (the waiter), credited 'Enligt en kartläggning som organisationen
#   Förskoleforum har gjort' (enligt); '86 dagar hösten 2025' explicit. The municipalities' 24 and 118 dagar one time,
#   2026 lenient; 'nästan fem gånger så länge' optional. 'Hon vill att ... vite på upp till 500 000 kronor' continues
#   the minister's attribution (quote), no period (a proposal). '300 miljoner kronor nästa år' 2027 explicit, s None
#   (the goal is a verb phrase). 'drygt 516 000 barn ... i oktober i år' 2026 explicit decrease; 'omkring 9 000 färre'
#   2026 lenient decrease, s 'barn'. '86 procent' 'ligger kvar på': no direction. The parent's 'tre månader extra
#   obetald ledighet' 2026 lenient. Fees of a two-child family in two municipalities one time, s None (the payer).
#   'var tredje anställd' ratio credited enligt Förskoleforum. 'riktmärket på högst 15 barn' a standing benchmark, no
#   period. FAKTA box: its heading 'Maxtaxan 2027' gives 2027 (lenient); 'Källa: Skolmyndigheten' credits the box
#   (credited); 'X procent av inkomsten' s 'inkomsten'; the caps 'högst ... kronor/månad' at_most per month, s the
#   heading's 'Maxtaxan'; 'Barn 1' ... 'Barn 4' are labels (N).
# - Pension page (UNDATED, HTML): 'i dag' gives no period. 'En genomsnittlig kvinna får ... 17 400 kronor i månaden i
#   allmän pension och tjänstepension' s the noun the money is attached to; the man's '23 900 kronor' elided, one time;
#   'Skillnaden är alltså 6 500 kronor i månaden, eller 27 procent' s 'Skillnaden', no direction. Norway's 'ungefär
#   14 200 svenska kronor i månaden' and 'runt 40 procent mer' one time, s None (the recipient; 'alltså'). 'Sedan 2010
#   ... minskat med omkring 12 000' and 'ökat med mer än 150 000' directions, no period. The promise headings ('1. Höj
#   garantipensionen med 1 200 kronor i månaden', '3. 10 000 nya platser i särskilt boende') and their paragraphs are
#   the publisher's; 'bygga ut äldreomsorgen med 10 000 nya platser ... fram till 2030' 2030 explicit increase, the
#   heading's 10 000 no direction; 'drygt 14 000 kronor mer om året' per year increase, s None (the recipient); income
#   limits 'upp till 30 000' and 'över 70 000 kronor i månaden' optional thresholds; 'mindre än en halv procent av
#   statens budget' less_than 0.5 percent. The spokesperson's 'Mellan 3 och 4 miljarder kronor av kostnaden' s
#   'kostnaden', per None (not written).
# - Parking (sidecar 2026-10-14): the new fees take 2027 lenient (the title's and the first paragraph's '1 januari
#   2027', not in their sentences) with increase; the from-value '26' 2026 lenient; 'I zon 2 höjs timavgiften med 3
#   kronor till 20 kronor och i zon 3 med 2 kronor till 12 kronor': zone 2 s 'timavgiften', zone 3 elided (s None),
#   all per hour. Älvstad's 'kostar 1 100 kronor i månaden' 2026 lenient (present tense), one time. The chair's
#   'sedan 2022 ... ökat med omkring 25 procent' ('2022', '2026') lenient increase. Table: '2026' / '2027' explicit,
#   'Förändring, %' 2027 lenient signed ('0,0' none); per from each row label ('kr per timme' hour, 'kr per månad'
#   month); zone rows s the caption's 'Taxor för gatuparkering', fee-type rows their own label. 'Höjningen väntas ge
#   kommunen ytterligare cirka 9 miljoner kronor per år i intäkter' 2027 lenient increase, s 'intäkter'. The occupancy
#   study ('Den visar att') is the municipality's own (sp None); the guideline 'kommunens riktvärde på 85 procent' a
#   standing target, no period. 'Felparkeringsavgiften är oförändrad: 700 kronor ... och 500 kronor' 2026 lenient, no
#   direction. '300 nya cykelparkeringar ... under nästa år' 2027 explicit. 'vardagar 8–20', 'lördagar 10–16',
#   'klockan 11 och 15' are times of day (N).
# - Theatre (published 2026-06-24): the season 2025/26 is ('2025', '2026'), the season before ('2024', '2025'),
#   2026/27 ('2026', '2027'); figures under 'säsongen 2025/26' in an earlier sentence, 'under säsongen' or the table's
#   caption are lenient; 'Inför säsongen 2026/27 räknar teatern med mellan 130 000 och 140 000 besökare' explicit,
#   credited to the theatre (credited), no direction; 'under sex veckor i höst' 2026 explicit ('i höst' resolves), s
#   None. '46,2 miljoner kronor, 5,9 miljoner kronor mer än föregående säsong' both increase, s 'Biljettintäkterna'.
#   'som spelades 118 gånger' a count of performances, s None; 'förlängdes två gånger' count, s None; '31 kvällar i
#   rad' count of evenings. 'de betalade högst 150 kronor för en biljett' s 'en biljett'. 'Egenfinansieringen ... steg
#   till 31 procent från 27 procent' 31 increase, 27 a from-value of the season before (lenient). Table: columns
#   'Föreställningar' / 'Publik' counts, 'Beläggning, %' percent, all the caption's season (lenient); s each column's
#   measure; '–' cells are not figures; the bold total row cell by cell.
# - Air quality (published 2026-03-19, the report's year 2025): 'Halterna av kvävedioxid sjönk vid fyra av länets sex
#   mätstationer' 2025 lenient (previous sentence 'under 2025'), 'fyra' no direction (a count of stations), 'sex
#   mätstationer' optional. 'Högst var årsmedelvärdet ... 31 mikrogram per kubikmeter' 2025 lenient decrease (next
#   sentence 'Det är 3 mikrogram lägre än 2024'); '3 mikrogram' s the previous sentence's 'årsmedelvärdet av
#   kvävedioxid'. The environmental objective '20 µg/m³' and the norm '40 µg/m³' no period, required; the daily
#   threshold '60 µg/m³' and '50 µg/m³' define the counted days: optional. 'högst 7 överskridanden per år' count, 'högst
#   35 dygn per år' day, both rules with no period; 'antalet överskridanden 14' count 2024 explicit; '21 dygn, jämfört
#   med 19 dygn 2024' 21 increase. Table: '2025' / '2024' explicit ug/m3, 'Gränsvärde' the norm (ug/m3, no period,
#   required like the norm in the text), 'Förändring, %' 2025 lenient signed; stations are categories: s the caption's
#   'Kvävedioxid'; the station type column is text. 'Sedan 2015 ... minskat med 38 procent, från 50 till 31 µg/m³'
#   38 ('2015', '2025') lenient decrease (the report's year ends the span), 50 2015 explicit (from-value), 31 2025
#   lenient decrease; 'har ökat till drygt 9 procent' 2025 lenient increase; 'under samma period sjunkit från 46 till
#   9' 46 2015 lenient (from-value), 9 2025 lenient decrease, unit day. The analyst's 'minska trafiken ... med 15–20
#   procent för att klara målet till 2030' 2030 explicit decrease. '6 420 ton under 2025, vilket är 4 procent mindre
#   än året innan' both credited 'enligt den regionala emissionsdatabasen'. '14 medlemmar' present tense 2026 lenient.
#   'PM10', 'PM2,5' and 'Tabell 1' are names (N).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y15, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2015", "2024", "2025", "2026", "2027", "2030"))
    L15 = dict(t=Y15, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. paper packaging, interim report Jan-Sep 2026 (dateline 28 oktober 2026)
    HS = ("Henrik Sandén", "quote")
    LV = ("Leveranserna av kartong och wellpapp", "Leveranserna")
    LV2 = ("Leveranserna", "Leveranserna")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    EM2 = ("EBITDA-marginalen", "EBITDA-marginalen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RA = ("Resultat per aktie", "Resultat")
    NS = ("Nettoskulden", "Nettoskulden")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    AA = ("Antalet anställda", "Antalet")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r34_b_forpackning_q3"] = [
        G("412", 412000, "tonne", ctx="uppgick till [412] (398)", **L26, s=LV, sp=None, note="'TREDJE KVARTALET' (no year: lenient); 'tusen ton' scales both"),
        G("398", 398000, "tonne", ctx="412 ([398]) tusen", **L25, s=LV, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] till", **L26, direction=INC, s=NO, sp=None),
        G("3 184", 3184e6, "SEK", ctx="till [3 184] (3 004)", **L26, direction=INC, s=NO, sp=None),
        G("3 004", 3004e6, "SEK", ctx="3 184 ([3 004]) MSEK", **L25, s=NO, sp=None),
        G("498", 498e6, "SEK", ctx="till [498] (421)", **L26, s=EB, sp=None),
        G("421", 421e6, "SEK", ctx="498 ([421]) MSEK", **L25, s=EB, sp=None),
        G("15,6", 15.6, "percent", ctx="EBITDA-marginal på [15,6] (14,0)", **L26, s=EM, sp=None),
        G("14,0", 14.0, "percent", ctx="15,6 ([14,0]) procent", **L25, s=EM, sp=None),
        G("287", 287e6, "SEK", ctx="blev [287] (219)", **L26, s=RR, sp=None),
        G("219", 219e6, "SEK", ctx="287 ([219]) MSEK", **L25, s=RR, sp=None),
        G("1,74", 1.74, "SEK", per="share", ctx="blev [1,74] (1,29)", **L26, s=RA, sp=None),
        G("1,29", 1.29, "SEK", per="share", ctx="1,74 ([1,29]) kronor", **L25, s=RA, sp=None),
        G("1 226", 1226000, "tonne", ctx="uppgick till [1 226] (1 241)", **L26, s=LV2, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("1 241", 1241000, "tonne", ctx="1 226 ([1 241]) tusen", **L25, s=LV2, sp=None),
        G("9 412", 9412e6, "SEK", ctx="till [9 412] (9 158)", **L26, s=NO, sp=None),
        G("9 158", 9158e6, "SEK", ctx="9 412 ([9 158]) MSEK", **L25, s=NO, sp=None),
        G("1 387", 1387e6, "SEK", ctx="till [1 387] (1 402)", **L26, s=EB, sp=None),
        G("1 402", 1402e6, "SEK", ctx="1 387 ([1 402]) MSEK", **L25, s=EB, sp=None),
        G("14,7", 14.7, "percent", ctx="EBITDA-marginalen till [14,7] (15,3)", **L26, s=EM2, sp=None),
        G("15,3", 15.3, "percent", ctx="14,7 ([15,3]) procent", **L25, s=EM2, sp=None),
        G("4 860 MSEK", 4860e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("5 210 MSEK", 5210e6, "SEK", **L25, s=None, sp=None, note="'vid årsskiftet' (lenient); elided"),
        G("cirka 4 procent", 4, "percent", bound="approx", **L26, direction=INC, s=("Våra genomsnittliga försäljningspriser", "försäljningspriser"), sp=HS, note="heading 'VD HENRIK SANDÉN KOMMENTERAR'; 'högre än under tredje kvartalet i fjol': an earlier point"),
        G("knappt 10 procent", 10, "percent", bound="approx", **L26, direction=DEC, s=("kostnaden för returfiber", "kostnaden"), sp=HS),
        G("38 000 ton", 38000, "tonne", **L26, s=None, sp=HS, note="'under september'; pronoun 'den'"),
        G("minst 17 procent", 17, "percent", bound="at_least", s=("en EBITDA-marginal", "EBITDA-marginal"), sp=HS, note="standing target 'över en konjunkturcykel': no period"),
        G("omkring 2 procent", 2, "percent", bound="approx", **L26, direction=INC, s=("Den europeiska marknaden för wellpapp", "marknaden"), sp=("Europack", "enligt"), note="'växte med'"),
        G("3,5 procent", 3.5, "percent", **L26, direction=INC, s=("Nordkartongs leveranser", "leveranser"), sp=None),
        G("18 procent", 18, "percent", **L26, direction=DEC, s=("Exporten utanför Europa", "Exporten"), sp=None, note="'X svarar för Y' takes X; ', jämfört med ... ett år tidigare'"),
        G("21 procent", 21, "percent", **L25, s=None, sp=None, note="'ett år tidigare' (lenient); elided"),
        G("9 procent", 9, "percent", ctx="nettoomsättning med [9 procent] till", **L26, direction=INC, s=("sin nettoomsättning", "nettoomsättning"), sp=None),
        G("1 742 MSEK", 1742e6, "SEK", **L26, direction=INC, s=("sin nettoomsättning", "nettoomsättning"), sp=None),
        G("2 procent", 2, "percent", ctx="minskade med [2 procent] till", **L26, direction=DEC, s=("Affärsområde Industriförpackningar", "Affärsområde"), sp=None),
        G("1 442 MSEK", 1442e6, "SEK", **L26, direction=DEC, s=("Affärsområde Industriförpackningar", "Affärsområde"), sp=None),
        G("402", 402e6, "SEK", ctx="uppgick till [402] (356)", **L26, s=KF, sp=None),
        G("356", 356e6, "SEK", ctx="402 ([356]) MSEK", **L25, s=KF, sp=None),
        G("2,6 gånger", 2.6, "number", **L26, s=("Nettoskulden i förhållande till EBITDA", "Nettoskulden"), sp=None),
        G("högst 3,0 gånger", 3.0, "number", bound="at_most", s=("bolagets mål", "mål"), sp=None, note="standing target at one time: no period"),
        G("mellan 900 och 1 000 MSEK", None, "SEK", low=900e6, high=1000e6, t=Y26, s=("Investeringarna", "Investeringarna"), sp=None, note="'för helåret 2026'"),
        G("2 318", 2318, "count", ctx="slut [2 318] (2 356)", **L26, s=AA, sp=None),
        G("2 356", 2356, "count", ctx="2 318 ([2 356])", **L25, s=AA, sp=None),
        *_row(G, "Leveranser, tusen ton", ["412", "398", "1 226", "1 241"], sq("tonne", 1000), ("Leveranser", "Leveranser"), note="table 'KONCERNEN I SAMMANDRAG': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; the row label's 'tusen ton' wins over the corner 'MSEK'"),
        *_row(G, "Nettoomsättning", ["3 184", "3 004", "9 412", "9 158"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "EBITDA", ["498", "421", "1 387", "1 402"], sq("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["15,6", "14,0", "14,7", "15,3"], sq("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
        *_row(G, "Rörelseresultat", ["287", "219", "804", "862"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Resultat per aktie, kr", ["1,74", "1,29", "4,88", "5,21"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r34_b_forpackning_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("28 oktober 2026", note="dateline"),
        N("28 oktober 2026", occ=2, note="release time"), N("07.00", note="time of day"),
        N("2026", ctx="helåret [2026].", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("060-71 42 00"), N("060-71 42 18"), N("556741-3386", note="org number"),
    ]

    # ------------------------------------------------------------ 2. producer price index, October 2026 (Markdown, Publicerad 25 november 2026)
    KD = ("Karolina Dahlquist", "quote")
    PPI = ("Producentprisindex", "Producentprisindex")
    BI = ("Bidrag till årsförändringen", "Bidrag")
    ET = ("Den årliga ökningstakten", "ökningstakten")
    RB = ("Riksbanken", "enligt")
    pc = [("number", 1, None, Y26, F, F), ("percent", 1, None, Y26, F, True), ("percent", 1, None, Y26, True, True),
          ("percentage_point", 1, None, Y26, True, True)]
    ps = [PPI, PPI, PPI, BI]
    GOLD["r34_b_ppi_okt"] = [
        G("0,6 procent", 0.6, "percent", t=Y26, direction=INC, s=("Prisindex i producent- och importled (PPI)", "Prisindex"), sp=None, note="'i oktober 2026 jämfört med september'"),
        G("2,3 procent", 2.3, "percent", **L26, direction=INC, s=("prisnivån", "prisnivån"), sp=None, note="'Jämfört med oktober 2025 ... högre': an earlier point"),
        G("142,8", 142.8, "number", ctx="oktober till [142,8] (2015=100)", **L26, s=PPI, sp=None, note="'i oktober'; the base in brackets is no prior figure"),
        G("1,7 procent", 1.7, "percent", **L26, s=ET, sp=None, note="from-value 'i september'"),
        G("2,3 procent", 2.3, "percent", occ=2, **L26, direction=INC, s=ET, sp=None, note="'steg ... från ... till'"),
        G("0,4 procentenheter", 0.4, "percentage_point", **L26, direction=INC, s=("Energivarorna", "Energivarorna"), sp=None, note="'X står för Y' takes X; a contribution to a rise"),
        G("5,2 procent", 5.2, "percent", **L26, direction=INC, s=("Priserna på el och gas", "Priserna"), sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=DEC, s=("priserna på raffinerade petroleumprodukter", "priserna"), sp=None),
        G("0,1 procentenheter", 0.1, "percentage_point", **L26, direction=INC, s=("Livsmedel", "Livsmedel"), sp=None, note="'bidrog med'"),
        G("0,8 procent", 0.8, "percent", **L26, direction=INC, s=("Priserna på varor som producerats och sålts i Sverige (hemmamarknadsprisindex)", "Priserna"), sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=("Priserna på varor som producerats och sålts i Sverige (hemmamarknadsprisindex)", "Priserna"), sp=None, note="'på tolv månader'"),
        G("0,9 procent", 0.9, "percent", **L26, direction=INC, s=("Exportpriserna", "Exportpriserna"), sp=None, note="'högre än i oktober förra året': an earlier point"),
        G("0,5 procent", 0.5, "percent", **L26, direction=INC, s=("Importpriserna", "Importpriserna"), sp=None),
        G("0,4 procent", 0.4, "percent", ctx="var [0,4 procent] lägre", **L26, direction=DEC, s=("Importpriserna", "Importpriserna"), sp=None, note="'lägre än för ett år sedan'"),
        G("10,94 kronor", 10.94, "SEK", **L26, direction=DEC, s=("en euro", "euro"), sp=RB, note="'Under oktober'; ', jämfört med ... i oktober 2025'; 'i genomsnitt' no bound"),
        G("11,38 kronor", 11.38, "SEK", t=Y25, s=None, sp=RB, note="elided"),
        *_row(G, "| Livsmedel", ["151,4", "+0,3", "+4,6", "+0,52"], pc, ps, sep=" | ", note="Markdown table 'Tabell 1. Producentprisindex per varugrupp, oktober 2026': 'Index okt 2026' explicit, 'från sep 2026' explicit, 'från okt 2025' and 'Bidrag' 2026 lenient, signed; rows are product groups"),
        *_row(G, "| Trävaror", ["138,9", "−0,8", "−3,2", "−0,18"], pc, ps, sep=" | "),
        *_row(G, "| Massa och papper", ["127,6", "+0,2", "+1,4", "+0,09"], pc, ps, sep=" | "),
        *_row(G, "| Kemikalier", ["134,2", "−0,4", "−1,8", "−0,14"], pc, ps, sep=" | "),
        *_row(G, "| Metaller", ["145,7", "+1,2", "+2,9", "+0,21"], pc, ps, sep=" | "),
        *_row(G, "| Energivaror", ["168,3", "+2,9", "+7,8", "+1,36"], pc, ps, sep=" | "),
        *_row(G, "| Övriga varor", ["139,0", "+0,4", "+1,9", "+0,44"], pc, ps, sep=" | "),
        G("142,8", 142.8, "number", ctx="| **Totalt** | **[142,8]** |", t=Y26, s=PPI, sp=None, note="bold total row"),
        G("+0,6", 0.6, "percent", ctx="| **142,8** | **[+0,6]** |", t=Y26, direction=INC, s=PPI, sp=None),
        G("+2,3", 2.3, "percent", ctx="| **+0,6** | **[+2,3]** |", **L26, direction=INC, s=PPI, sp=None),
        G("+2,30", 2.30, "percentage_point", ctx="| **+2,3** | **[+2,30]** |", **L26, direction=INC, s=BI, sp=None),
        G("fem månader", 5, "month", **L26, s=("Priserna på trävaror", "Priserna"), sp=None, note="'har sjunkit fem månader i rad': the span of the fall"),
        G("knappt 12 procent", 12, "percent", bound="approx", **L26, direction=DEC, s=("Sågade trävaror", "trävaror"), sp=None, note="'i oktober'; 'mindre än vid toppen i mars 2022': an earlier point"),
        G("1,4 procent", 1.4, "percent", **L26, direction=INC, s=("producentpriserna", "producentpriserna"), sp=KD, note="'på tolv månader'"),
        G("4,6 procent", 4.6, "percent", ctx="producentledet, [4,6 procent], är", **L26, direction=INC, s=("Prisökningen för livsmedel i producentledet", "Prisökningen"), sp=None, note="a rate of increase compared with the euro area at one time"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=None, sp=("Eurostat", "enligt"), note="'i september'; pronoun 'den'"),
        G("omkring 6 000 priser", 6000, "count", bound="approx", per="month", optional=True, s=("priser", "priser"), sp=None, note="the method"),
        G("drygt 1 200 företag", 1200, "count", bound="approx", optional=True, s=("företag", "företag"), sp=None, note="the method"),
    ]
    NEG["r34_b_ppi_okt"] = [
        N("25 november 2026", note="Publicerad"), N("08.00", note="time of day"),
        N("oktober 2026", ctx="i [oktober 2026] jämfört", note="places the claim"),
        N("oktober 2025", ctx="med [oktober 2025] var", note="places the baseline"),
        N("2015=100", note="index base"), N("2015=100", occ=2, note="index base"),
        N("1", ctx="Tabell [1]. Producentprisindex", note="table number"),
        N("oktober 2026", ctx="varugrupp, [oktober 2026]", note="caption"),
        N("okt 2026", note="column header"), N("sep 2026", note="column header"), N("okt 2025", note="column header"),
        N("oktober 2025", ctx="kronor i [oktober 2025]", note="places the comparison"),
        N("mars 2022", note="places the peak"), N("23 december 2026", note="next release"), N("010-479 52 31"),
    ]

    # ------------------------------------------------------------ 3. driving tests, October 2026 (Publicerad 9 november 2026)
    EV = ("Elin Vasström", "quote")
    TP = ("Trafikprovsverket", "credited")
    KP = ("körprov för behörighet B", "körprov")
    KB = ("Körprov för behörighet B", "Körprov")
    GK = ("Godkända", "Godkända")
    tc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F)]
    ts = [KB, KB, KB, GK, GK]
    GOLD["r34_b_korprov_okt"] = [
        G("21 486 kunskapsprov", 21486, "count", t=Y26, direction=INC, s=("kunskapsprov", "kunskapsprov"), sp=None, note="'I oktober 2026'; next sentence 'Det är 6,8 procent fler'"),
        G("17 932 körprov", 17932, "count", t=Y26, direction=INC, s=KP, sp=None),
        G("6,8 procent", 6.8, "percent", **L26, direction=INC, s=("kunskapsprov", "kunskapsprov"), sp=None, note="'än i oktober 2025'"),
        G("4,1 procent", 4.1, "percent", **L26, direction=INC, s=("körprov", "körprov"), sp=None),
        G("53,2 procent", 53.2, "percent", **L26, direction=INC, s=("Andelen godkända på körprovet", "Andelen"), sp=None, note="', vilket är ... högre än samma månad förra året'"),
        G("1,9 procentenheter", 1.9, "percentage_point", **L26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("47,8 procent", 47.8, "percent", **L26, direction=DEC, s=("de provande", "provande"), sp=None, note="'X procent av Y' takes Y; ', jämfört med ... i oktober 2025'"),
        G("48,5 procent", 48.5, "percent", t=Y25, s=None, sp=None, note="elided"),
        G("61,4 procent", 61.4, "percent", ctx="klarade [61,4 procent] körprovet", **L26, s=None, sp=None, note="a place; test centres at one time"),
        G("44,9 procent", 44.9, "percent", ctx="stannade på [44,9 procent]", **L26, s=("andelen", "andelen"), sp=None),
        G("51,7 procent", 51.7, "percent", **L26, s=("Riksgenomsnittet för januari–oktober", "Riksgenomsnittet"), sp=None),
        *_row(G, "Hallvik", ["1 284", "1 196", "+7,4", "61,4", "58,8"], tc, ts, note="table 'Tabell 1. Körprov för behörighet B per provort, oktober': 'okt 2026' / 'okt 2025' columns explicit, 'Förändring, %' 2026 lenient signed; rows are test centres"),
        *_row(G, "Norrbacka", ["2 415", "2 302", "+4,9", "54,6", "52,1"], tc, ts),
        *_row(G, "Östra Lunda", ["1 962", "2 048", "−4,2", "44,9", "46,3"], tc, ts),
        *_row(G, "Sjöstad", ["3 108", "2 874", "+8,1", "52,7", "50,4"], tc, ts),
        *_row(G, "Västeråker", ["986", "941", "+4,8", "57,3", "55,0"], tc, ts),
        *_row(G, "Övriga provorter", ["8 177", "7 866", "+4,0", "53,0", "51,0"], tc, ts),
        *_row(G, "Hela landet", ["17 932", "17 227", "+4,1", "53,2", "51,3"], tc, ts),
        G("38 dagar", 38, "day", **L26, direction=DEC, s=("Väntetiden på ett körprov", "Väntetiden"), sp=None, note="'i oktober'; 'i genomsnitt' no bound"),
        G("11 dagar", 11, "day", **L26, direction=DEC, s=None, sp=None, note="'vilket är ... kortare än ett år tidigare'"),
        G("30 dagar", 30, "day", ctx="mer än [30 dagar]", bound="at_most", s=None, sp=None, note="standing target 'ingen ska behöva vänta mer än': a negated bound, no period"),
        G("tre", 3, "count", ctx="På [tre] av landets", **L26, s=("landets 41 provorter", "provorter"), sp=None),
        G("41 provorter", 41, "count", optional=True, s=("provorter", "provorter"), sp=None, note="names the set"),
        G("över 60 dagar", 60, "day", bound="more_than", **L26, s=("väntetiden", "väntetiden"), sp=None),
        G("64 nya förarprövare", 64, "count", **L26, s=("nya förarprövare", "förarprövare"), sp=TP, note="'under året'"),
        G("mellan 25 och 30 dagar", None, "day", low=25, high=30, t=Y27, direction=DEC, s=("väntetiden", "väntetiden"), sp=TP, note="'räknar med ... nere på ... i mars 2027'"),
        G("62 procent", 62, "percent", **L26, s=("andelen godkända", "andelen"), sp=EV),
        G("45 procent", 45, "percent", **L26, s=None, sp=EV, note="elided; one time"),
        G("171 520 körprov", 171520, "count", t=Y26, direction=INC, s=KP, sp=None, note="'Under januari–oktober 2026'"),
        G("3,2 procent", 3.2, "percent", ctx="ökning med [3,2 procent] jämfört", t=Y26, direction=INC, s=KP, sp=None, note="'jämfört med samma period i fjol'"),
        G("Drygt 60 procent", 60, "percent", bound="approx", **L26, s=("de provande", "provande"), sp=None),
        G("20 år", 20, "year", ctx="under [20 år].", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("800 kronor", 800, "SEK", **L26, s=("Provavgiften för ett körprov B", "Provavgiften"), sp=None),
        G("1 040 kronor", 1040, "SEK", **L26, s=None, sp=None, note="elided"),
        G("412 körprov", 412, "count", **L26, s=("körprov", "körprov"), sp=None, note="'i oktober'; behörighet A"),
        G("71,3 procent", 71.3, "percent", **L26, s=("Andelen godkända", "Andelen"), sp=None),
        G("drygt 19 000 provtider", 19000, "count", bound="approx", **L26, s=("provtider", "provtider"), sp=None),
    ]
    NEG["r34_b_korprov_okt"] = [
        N("oktober 2026", ctx="Körprovsstatistik [oktober 2026]", note="title"), N("9 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="I [oktober 2026] genomfördes", note="places the claim"),
        N("oktober 2025", ctx="än i [oktober 2025].", note="places the baseline"),
        N("oktober 2025", ctx="procent i [oktober 2025].", note="places the comparison"),
        N("1", ctx="Tabell [1]. Körprov", note="table number"),
        N("okt 2026", note="column header"), N("okt 2025", note="column header"),
        N("okt 2026", occ=2, note="column header"), N("okt 2025", occ=2, note="column header"),
        N("mars 2027", note="places the forecast"), N("januari–oktober 2026", note="places the claim"),
        N("0771-44 52 00"),
    ]

    # ------------------------------------------------------------ 4. TT: childcare fees and places (Publicerad 17 november 2026)
    AB = ("Annika Bergsten", "quote")
    SL = ("Sara Lindquist", "quote")
    FF = ("Förskoleforum", "enligt")
    SM = ("Skolmyndigheten", "credited")
    MT = ("maxtaxan för det första barnet i förskolan", "maxtaxan")
    IN = ("inkomsten", "inkomsten")
    MX = ("Maxtaxan", "Maxtaxan")
    GOLD["r34_b_tt_forskola"] = [
        G("1 742 kronor i månaden", 1742, "SEK", per="month", **L27, direction=INC, s=("Maxtaxan i förskolan", "Maxtaxan"), sp=None, note="'höjs vid årsskiftet till' (lenient)"),
        G("1 742 kronor per månad", 1742, "SEK", per="month", t=Y27, direction=INC, s=MT, sp=None, note="'Från den 1 januari 2027'; ', en höjning med'"),
        G("54 kronor", 54, "SEK", t=Y27, direction=INC, s=MT, sp=None, note="'jämfört med i år': baseline 2026"),
        G("minst 58 060 kronor i månaden", 58060, "SEK", bound="at_least", per="month", **L27, optional=True, s=("en inkomst", "inkomst"), sp=None, note="defines who pays the cap"),
        G("1 161 kronor", 1161, "SEK", ctx="maxtaxan [1 161 kronor] och", per="month", **L27, s=("maxtaxan", "maxtaxan"), sp=None, note="per carried"),
        G("581 kronor", 581, "SEK", ctx="tredje [581 kronor].", per="month", **L27, s=None, sp=None, note="elided"),
        G("71 dagar", 71, "day", t=Y26, direction=DEC, s=None, sp=FF, note="'i höstas' resolves; the waiter is no subject; 'i genomsnitt' no bound"),
        G("86 dagar", 86, "day", t=Y25, s=None, sp=FF, note="'hösten 2025'"),
        G("fyra månader", 4, "month", ctx="inom [fyra månader].", bound="at_most", optional=True, s=None, sp=None, note="the rule"),
        G("24 dagar", 24, "day", **L26, s=("den genomsnittliga väntetiden", "väntetiden"), sp=None, note="municipalities at one time"),
        G("118 dagar", 118, "day", **L26, s=None, sp=None),
        G("nästan fem gånger", 5, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier"),
        G("upp till 500 000 kronor", 500000, "SEK", bound="at_most", s=("vite", "vite"), sp=AB, note="'Hon vill att' continues the quote; a proposal: no period"),
        G("300 miljoner kronor", 300e6, "SEK", t=Y27, s=None, sp=AB, note="'nästa år' resolves"),
        G("drygt 516 000 barn", 516000, "count", bound="approx", t=Y26, direction=DEC, s=("barn", "barn"), sp=None, note="'i oktober i år'; next 'Det är omkring 9 000 färre'"),
        G("omkring 9 000", 9000, "count", bound="approx", **L26, direction=DEC, s=("barn", "barn"), sp=None, note="'än ett år tidigare'"),
        G("1–5 år", None, "year", low=1, high=5, optional=True, s=None, sp=None, note="age band"),
        G("86 procent", 86, "percent", **L26, s=("Andelen av alla barn i åldern 1–5 år som går i förskola", "Andelen"), sp=None, note="'ligger kvar på': no change"),
        G("två nya förskolor", 2, "count", **L26, s=("nya förskolor", "förskolor"), sp=None),
        G("180 platser", 180, "count", **L26, s=("platser", "platser"), sp=None),
        G("tre månader", 3, "month", **L26, s=("extra obetald ledighet", "ledighet"), sp=SL),
        G("2 450 kronor i månaden", 2450, "SEK", per="month", **L26, s=None, sp=None, note="the payer is no subject; one time"),
        G("2 849 kronor", 2849, "SEK", per="month", **L26, s=None, sp=None, note="per carried"),
        G("Sju", 7, "count", **L26, s=("landets kommuner", "kommuner"), sp=None),
        G("mellan 3 och 5 år", None, "year", low=3, high=5, optional=True, s=None, sp=None, note="age band"),
        G("upp till 15 timmar i veckan", 15, "hour", bound="at_most", per="week", optional=True, s=None, sp=None, note="defines the free hours"),
        G("omkring 4 500 förskollärare", 4500, "count", bound="approx", **L26, s=("förskollärare", "förskollärare"), sp=FF),
        G("var tredje", 1 / 3, "ratio", **L26, s=("anställd i förskolan", "anställd"), sp=FF),
        G("15,8 barn", 15.8, "count", **L26, s=("En barngrupp för de äldre barnen", "barngrupp"), sp=None, note="'i snitt' no bound"),
        G("högst 15 barn", 15, "count", bound="at_most", s=("riktmärket", "riktmärket"), sp=None, note="a standing benchmark: no period"),
        G("3 procent", 3, "percent", ctx="Barn 1: [3 procent]", **L27, s=IN, sp=SM, note="FAKTA 'Maxtaxan 2027'; 'Källa: Skolmyndigheten'"),
        G("högst 1 742 kronor/månad", 1742, "SEK", bound="at_most", per="month", **L27, s=MX, sp=SM),
        G("2 procent", 2, "percent", ctx="Barn 2: [2 procent]", **L27, s=IN, sp=SM),
        G("högst 1 161 kronor/månad", 1161, "SEK", bound="at_most", per="month", **L27, s=MX, sp=SM),
        G("1 procent", 1, "percent", ctx="Barn 3: [1 procent]", **L27, s=IN, sp=SM),
        G("högst 581 kronor/månad", 581, "SEK", bound="at_most", per="month", **L27, s=MX, sp=SM),
    ]
    NEG["r34_b_tt_forskola"] = [
        N("17 november 2026", note="Publicerad"), N("07.30", note="time of day"),
        N("1 januari 2027", note="places the change"), N("2025", ctx="hösten [2025].", note="places the comparison"),
        N("2027", ctx="Maxtaxan [2027]", note="box heading"),
        N("1", ctx="Barn [1]:", note="label"), N("2", ctx="Barn [2]:", note="label"),
        N("3", ctx="Barn [3]:", note="label"), N("4", ctx="Barn [4] och", note="label"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on pensions and the elderly (HTML, no date, no sidecar)
    PG = ("Gemenskapspartiet", "publisher")
    GA = ("Gunnel Åhrberg", "quote")
    GP = ("garantipensionen", "garantipensionen")
    GOLD["r34_b_parti_pension"] = [
        G("drygt 280 000 pensionärer", 280000, "count", bound="approx", s=("pensionärer", "pensionärer"), sp=None, note="'I dag' undated: no period"),
        G("17 400 kronor i månaden", 17400, "SEK", per="month", s=("allmän pension och tjänstepension", "pension"), sp=None),
        G("23 900 kronor", 23900, "SEK", per="month", s=None, sp=None, note="elided; one time; per carried"),
        G("6 500 kronor i månaden", 6500, "SEK", per="month", s=("Skillnaden", "Skillnaden"), sp=None),
        G("27 procent", 27, "percent", s=("Skillnaden", "Skillnaden"), sp=None),
        G("10 150 kronor i månaden", 10150, "SEK", per="month", s=("Garantipensionen för den som är ogift", "Garantipensionen"), sp=None),
        G("Nästan var femte", 0.2, "ratio", bound="approx", s=("pensionär", "pensionär"), sp=None),
        G("omkring 170 000 personer", 170000, "count", bound="approx", s=("personer", "personer"), sp=None),
        G("ungefär 14 200 svenska kronor i månaden", 14200, "SEK", bound="approx", per="month", s=None, sp=None, note="Norway at one time; the recipient is no subject"),
        G("runt 40 procent", 40, "percent", bound="approx", s=None, sp=None, note="one time"),
        G("omkring 12 000", 12000, "count", bound="approx", direction=DEC, s=("antalet platser i särskilt boende", "antalet"), sp=None, note="'Sedan 2010' in an undated text: no period (r33_a)"),
        G("80 år", 80, "year", ctx="över [80 år]", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("mer än 150 000", 150000, "count", bound="more_than", direction=INC, s=("antalet personer över 80 år", "antalet"), sp=None),
        G("67 dagar", 67, "day", s=None, sp=None, note="the waiter is no subject; 'I genomsnitt' no bound"),
        G("1 200 kronor i månaden", 1200, "SEK", per="month", direction=INC, s=GP, sp=PG, note="promise heading 1 'Höj ... med'"),
        G("1 200 kronor i månaden", 1200, "SEK", per="month", occ=2, direction=INC, s=GP, sp=PG),
        G("drygt 14 000 kronor", 14000, "SEK", bound="approx", per="year", direction=INC, s=None, sp=PG, note="'mer om året'; the recipient is no subject"),
        G("4,8 miljarder kronor per år", 4.8e9, "SEK", per="year", s=("Reformen", "Reformen"), sp=PG),
        G("upp till 30 000 kronor i månaden", 30000, "SEK", bound="at_most", per="month", optional=True, s=("inkomster", "inkomster"), sp=PG, note="income threshold"),
        G("3,2 miljarder kronor per år", 3.2e9, "SEK", per="year", s=None, sp=PG, note="'Det kostar'"),
        G("10 000 nya platser", 10000, "count", s=("nya platser i särskilt boende", "platser"), sp=PG, note="promise heading 3"),
        G("10 000 nya platser", 10000, "count", occ=2, t=Y30, direction=INC, s=("nya platser i särskilt boende", "platser"), sp=PG, note="'bygga ut ... med ... fram till 2030'"),
        G("40 procent", 40, "percent", ctx="betala [40 procent] av", s=("investeringen", "investeringen"), sp=PG),
        G("2 miljarder kronor per år", 2e9, "SEK", per="year", s=("ett riktat stöd", "stöd"), sp=PG),
        G("Minst 80 procent", 80, "percent", bound="at_least", s=("personalen i äldreomsorgen", "personalen"), sp=PG, note="a target with no year"),
        G("72 procent", 72, "percent", s=("andelen", "andelen"), sp=PG, note="'I dag' undated"),
        G("1,5 miljarder kronor per år", 1.5e9, "SEK", per="year", s=None, sp=PG, note="the goal is a verb phrase"),
        G("11,5 miljarder kronor per år", 11.5e9, "SEK", per="year", s=("Våra förslag för en tryggare ålderdom", "förslag"), sp=PG),
        G("mindre än en halv procent", 0.5, "percent", bound="less_than", s=("statens budget", "budget"), sp=PG),
        G("över 70 000 kronor i månaden", 70000, "SEK", bound="more_than", per="month", optional=True, s=("inkomster", "inkomster"), sp=PG, note="income threshold"),
        G("Mellan 3 och 4 miljarder kronor", None, "SEK", low=3e9, high=4e9, s=("kostnaden", "kostnaden"), sp=GA, note="'X av Y' takes Y"),
    ]
    NEG["r34_b_parti_pension"] = [
        N("2010", note="places the change"), N("2030", note="places the promise"),
        N("1.", ctx="[1.] Höj", note="list number"), N("2.", ctx="[2.] Lägre", note="list number"),
        N("3.", ctx="[3.] 10 000", note="list number"), N("4.", ctx="[4.] Fler", note="list number"),
        N("7719", note="box number"), N("103 95", note="postal code"), N("08-612 48 00"),
    ]

    # ------------------------------------------------------------ 6. parking fees 2027 (sidecar 2026-10-14)
    JH = ("Jonas Hedbäck", "quote")
    TG = ("Taxor för gatuparkering", "Taxor")
    pk = lambda per: [("SEK", 1, per, Y26, F, F), ("SEK", 1, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r34_b_parkering_2027"] = [
        G("26", 26, "SEK", ctx="från [26] till", per="hour", **L26, s=("Avgiften i zon 1", "Avgiften"), sp=None, note="from-value"),
        G("30 kronor per timme", 30, "SEK", per="hour", **L27, direction=INC, s=("Avgiften i zon 1", "Avgiften"), sp=None, note="'höjs från ... till'; 2027 from the title and the paragraph before"),
        G("3 kronor", 3, "SEK", ctx="med [3 kronor] till", per="hour", **L27, direction=INC, s=("timavgiften", "timavgiften"), sp=None),
        G("20 kronor", 20, "SEK", ctx="till [20 kronor] och", per="hour", **L27, direction=INC, s=("timavgiften", "timavgiften"), sp=None),
        G("2 kronor", 2, "SEK", ctx="med [2 kronor] till", per="hour", **L27, direction=INC, s=None, sp=None, note="elided"),
        G("12 kronor", 12, "SEK", ctx="till [12 kronor].", per="hour", **L27, direction=INC, s=None, sp=None),
        G("100 kronor", 100, "SEK", per="month", **L27, direction=INC, s=("Boendeparkeringen", "Boendeparkeringen"), sp=None),
        G("850 kronor per månad", 850, "SEK", per="month", **L27, direction=INC, s=("Boendeparkeringen", "Boendeparkeringen"), sp=None),
        G("1 100 kronor i månaden", 1100, "SEK", per="month", **L26, s=("en boendeparkering", "boendeparkering"), sp=None, note="the neighbouring municipality at one time; present tense"),
        G("omkring 25 procent", 25, "percent", bound="approx", t=("2022", "2026"), lenient=True, direction=INC, s=("kostnaderna för drift och snöröjning", "kostnaderna"), sp=JH, note="'sedan 2022 ... under den tiden'"),
        *_row(G, "Zon 1, kr per timme", ["26", "30", "+15,4"], pk("hour"), TG, note="table 'Taxor för gatuparkering, kronor': '2026' / '2027' explicit, 'Förändring, %' 2027 lenient signed; per from the row label"),
        *_row(G, "Zon 2, kr per timme", ["17", "20", "+17,6"], pk("hour"), TG),
        *_row(G, "Zon 3, kr per timme", ["10", "12", "+20,0"], pk("hour"), TG),
        *_row(G, "Boendeparkering, kr per månad", ["750", "850", "+13,3"], pk("month"), ("Boendeparkering", "Boendeparkering")),
        *_row(G, "Verksamhetsparkering, kr per månad", ["1 200", "1 350", "+12,5"], pk("month"), ("Verksamhetsparkering", "Verksamhetsparkering")),
        *_row(G, "Laddplats, kr per timme", ["10", "10", "0,0"], pk("hour"), ("Laddplats", "Laddplats"), note="'0,0': no direction"),
        G("cirka 9 miljoner kronor per år", 9e6, "SEK", bound="approx", per="year", **L27, direction=INC, s=("intäkter", "intäkter"), sp=None, note="'ytterligare'"),
        G("41,6 miljoner kronor", 41.6e6, "SEK", t=Y25, s=("intäkterna från parkeringsavgifter", "intäkterna"), sp=None),
        G("drygt 2 300 avgiftsbelagda gatuparkeringar", 2300, "count", bound="approx", **L26, s=("avgiftsbelagda gatuparkeringar", "gatuparkeringar"), sp=None, note="'i dag'"),
        G("140", 140, "count", ctx="varav [140] är", **L26, s=None, sp=None, note="'varav'"),
        G("91 procent", 91, "percent", **L26, s=("platserna i zon 1", "platserna"), sp=None, note="'under september'; 'X procent av Y' takes Y; 'i genomsnitt' no bound"),
        G("85 procent", 85, "percent", s=("kommunens riktvärde", "riktvärde"), sp=None, note="a standing guideline: no period"),
        G("knappt 60 procent", 60, "percent", bound="approx", **L26, s=("beläggningen", "beläggningen"), sp=None),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("alla parkeringar", "parkeringar"), sp=None),
        G("64 parkeringsautomater", 64, "count", **L26, s=("parkeringsautomater", "parkeringsautomater"), sp=None),
        G("14 miljoner kronor", 14e6, "SEK", t=Y27, s=("Överskottet från parkeringsverksamheten", "Överskottet"), sp=None, note="'för 2027'"),
        G("300 nya cykelparkeringar", 300, "count", t=Y27, s=("nya cykelparkeringar", "cykelparkeringar"), sp=None, note="'under nästa år' resolves"),
        G("700 kronor", 700, "SEK", **L26, s=("Felparkeringsavgiften", "Felparkeringsavgiften"), sp=None, note="'är oförändrad': no direction"),
        G("500 kronor", 500, "SEK", **L26, s=None, sp=None, note="elided"),
    ]
    NEG["r34_b_parkering_2027"] = [
        N("1 januari 2027", note="title"), N("1 januari 2027", occ=2, note="places the change"),
        N("8–20", note="hours"), N("10–16", note="hours"), N("2022", note="places the change"),
        N("2026", ctx="Avgift [2026]", note="column header"), N("2027", ctx="Avgift 2026 [2027]", note="column header"),
        N("2025", ctx="Under [2025] uppgick", note="places the figure"), N("2027", ctx="för [2027] beräknas", note="places the figure"),
        N("11", ctx="klockan [11] och", note="time of day"), N("15", ctx="och [15], vilket", note="time of day"),
        N("1", ctx="i zon [1], som", note="name of a zone"), N("0570-28 41 60"),
    ]

    # ------------------------------------------------------------ 7. theatre season 2025/26 (Markdown, Publicerad 24 juni 2026)
    HW = ("Hanna Wennerdahl", "quote")
    MS = ("Malmhavens Stadsteater", "credited")
    S = ("2025", "2026")
    LS = dict(t=S, lenient=True)
    SB = ("2024", "2025")
    BE = ("besökare", "besökare")
    tt = [("count", 1, None, S, True, F), ("count", 1, None, S, True, F), ("percent", 1, None, S, True, F)]
    tsj = [("Föreställningar", "Föreställningar"), ("Publik", "Publik"), ("Beläggning", "Beläggning")]
    GOLD["r34_b_teater_2526"] = [
        G("148 620 besökare", 148620, "count", **LS, direction=INC, s=BE, sp=None, note="season named in the sentence before; ', en ökning med ... jämfört med säsongen 2024/25'"),
        G("11 procent", 11, "percent", **LS, direction=INC, s=BE, sp=None),
        G("612 föreställningar", 612, "count", **LS, s=("föreställningar", "föreställningar"), sp=None),
        G("94", 94, "count", ctx="varav [94] på turné", **LS, s=None, sp=None, note="'varav'"),
        G("87 procent", 87, "percent", **LS, direction=INC, s=("Den genomsnittliga beläggningen på de egna scenerna", "beläggningen"), sp=None, note="', jämfört med ... säsongen innan'"),
        G("81 procent", 81, "percent", t=SB, lenient=True, s=None, sp=None, note="'säsongen innan'; elided"),
        G("46,2 miljoner kronor", 46.2e6, "SEK", **LS, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("5,9 miljoner kronor", 5.9e6, "SEK", **LS, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'mer än föregående säsong'"),
        G("nästan nio av tio", 0.9, "ratio", bound="approx", **LS, s=("platser", "platser"), sp=HW),
        G("118 gånger", 118, "count", **LS, s=None, sp=None),
        G("52 340 besökare", 52340, "count", **LS, s=BE, sp=None),
        G("två gånger", 2, "count", **LS, s=None, sp=None),
        G("31 kvällar", 31, "count", **LS, s=("kvällar", "kvällar"), sp=None),
        *_row(G, "| Vindarnas hus", ["118", "52 340", "96"], tt, tsj, sep=" | ", before=("Stora scenen",), note="Markdown table 'Föreställningar och publik per produktion, säsongen 2025/26' (caption: lenient)"),
        *_row(G, "| En midsommarnattsdröm", ["74", "24 860", "82"], tt, tsj, sep=" | ", before=("Stora scenen",)),
        *_row(G, "| Modern", ["62", "7 130", "89"], tt, tsj, sep=" | ", before=("Lilla scenen",)),
        *_row(G, "| Arvet", ["48", "5 290", "78"], tt, tsj, sep=" | ", before=("Lilla scenen",)),
        *_row(G, "| Snödrottningen (barn)", ["86", "9 460", "91"], tt, tsj, sep=" | ", before=("Studion",)),
        *_row(G, "| Turné i länet", ["94", "14 210"], tt[:2], tsj[:2], sep=" | ", before=("–",)),
        *_row(G, "| Övriga produktioner", ["130", "35 330", "79"], tt, tsj, sep=" | ", before=("–",)),
        G("612", 612, "count", ctx="| **Totalt** | | **[612]** |", **LS, s=tsj[0], sp=None, note="bold total row"),
        G("148 620", 148620, "count", ctx="| **612** | **[148 620]** |", **LS, s=tsj[1], sp=None),
        G("87", 87, "percent", ctx="| **148 620** | **[87]** |", **LS, s=tsj[2], sp=None),
        G("312 kronor", 312, "SEK", **LS, direction=INC, s=("Genomsnittspriset för en såld biljett", "Genomsnittspriset"), sp=None, note="', jämfört med ... säsongen innan'"),
        G("298 kronor", 298, "SEK", t=SB, lenient=True, s=None, sp=None, note="elided"),
        G("Drygt 22 procent", 22, "percent", bound="approx", **LS, s=("besökarna", "besökarna"), sp=None),
        G("26 år", 26, "year", ctx="under [26 år]", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("högst 150 kronor", 150, "SEK", bound="at_most", **LS, s=("en biljett", "biljett"), sp=None),
        G("640", 640, "count", ctx="ökade med [640] till", **LS, direction=INC, s=("Antalet abonnemang", "Antalet"), sp=None),
        G("4 180", 4180, "count", ctx="till [4 180].", **LS, direction=INC, s=("Antalet abonnemang", "Antalet"), sp=None),
        G("74 procent", 74, "percent", **LS, s=("snittet för landets regionteatrar", "snittet"), sp=("Scenkonstrådet", "enligt"), note="one time; 'under samma säsong'"),
        G("168 miljoner kronor", 168e6, "SEK", **LS, s=("Teaterns totala intäkter", "intäkter"), sp=None),
        G("116 miljoner kronor", 116e6, "SEK", **LS, s=("bidrag från region och kommun", "bidrag"), sp=None),
        G("31 procent", 31, "percent", ctx="steg till [31 procent]", **LS, direction=INC, s=("Egenfinansieringen", "Egenfinansieringen"), sp=None),
        G("27 procent", 27, "percent", t=SB, lenient=True, s=("Egenfinansieringen", "Egenfinansieringen"), sp=None, note="from-value"),
        G("186 personer", 186, "count", **LS, s=("personer", "personer"), sp=None, note="'i genomsnitt' no bound"),
        G("42 skådespelare", 42, "count", **LS, s=("skådespelare", "skådespelare"), sp=None),
        G("mellan 130 000 och 140 000 besökare", None, "count", low=130000, high=140000, t=("2026", "2027"), s=BE, sp=MS, note="'Inför säsongen 2026/27 räknar teatern med'"),
        G("sex veckor", 6, "week", t=Y26, s=None, sp=MS, note="'i höst' resolves"),
    ]
    NEG["r34_b_teater_2526"] = [
        N("2025/26", note="title"), N("24 juni 2026", note="Publicerad"), N("2025/26", occ=2, note="places the season"),
        N("2024/25", note="places the baseline"), N("2025/26", occ=3, note="caption"),
        N("2026/27", note="places the forecast"), N("040-36 19 70"),
    ]

    # ------------------------------------------------------------ 8. county air quality 2025 (Publicerad 19 mars 2026)
    PS = ("Per Strandvik", "quote")
    ED = ("den regionala emissionsdatabasen", "enligt")
    U = "ug/m3"
    NK = ("Kvävedioxid", "Kvävedioxid")
    AM = ("årsmedelvärdet av kvävedioxid", "årsmedelvärdet")
    AK = ("årsmedelvärdet av kvävedioxid vid Kungsgatan", "årsmedelvärdet")
    lc = [(U, 1, None, Y25, F, F), (U, 1, None, Y24, F, F), (U, 1, None, None, F, F), ("percent", 1, None, Y25, True, True)]
    ls = [NK, NK, ("Gränsvärde", "Gränsvärde"), NK]
    GOLD["r34_b_luft_2025"] = [
        G("fyra", 4, "count", ctx="vid [fyra] av länets", **L25, s=("länets sex mätstationer", "mätstationer"), sp=None, note="'under 2025' in the sentence before"),
        G("sex mätstationer", 6, "count", optional=True, s=("mätstationer", "mätstationer"), sp=None, note="names the set"),
        G("31 mikrogram per kubikmeter", 31, U, **L25, direction=DEC, s=AM, sp=None, note="next sentence 'Det är 3 mikrogram lägre än 2024'"),
        G("3 mikrogram", 3, U, **L25, direction=DEC, s=AM, sp=None, note="the size of a change takes what changes"),
        G("20 µg/m³", 20, U, s=("miljömålet", "miljömålet"), sp=None, note="a standing objective: no period"),
        G("40 µg/m³", 40, U, s=("Miljökvalitetsnormen för årsmedelvärdet", "Miljökvalitetsnormen"), sp=None, note="the norm: a rule, no period"),
        G("60 µg/m³", 60, U, optional=True, s=("normens dygnsmedelvärde", "dygnsmedelvärde"), sp=None, note="threshold defining the counted days"),
        G("9 dygn", 9, "day", **L25, s=("normens dygnsmedelvärde", "dygnsmedelvärde"), sp=None),
        G("högst 7 överskridanden per år", 7, "count", bound="at_most", per="year", s=("överskridanden", "överskridanden"), sp=None, note="the norm: a rule, no period"),
        G("14", 14, "count", ctx="överskridanden [14].", t=Y24, s=("antalet överskridanden", "antalet"), sp=None),
        *_row(G, "Kungsgatan, Edsvik", ["31", "34", "40", "−8,8"], lc, ls, before=("gata",), note="table 'Tabell 1. Kvävedioxid, årsmedelvärde per mätstation, µg/m³': '2025' / '2024' explicit, 'Gränsvärde' no period, 'Förändring, %' 2025 lenient signed; stations are categories"),
        *_row(G, "Östra vägen, Edsvik", ["24", "26", "40", "−7,7"], lc, ls, before=("gata",)),
        *_row(G, "Torget, Hallsberga", ["22", "21", "40", "+4,8"], lc, ls, before=("gata",)),
        *_row(G, "Industrivägen, Sävlund", ["19", "22", "40", "−13,6"], lc, ls, before=("gata",)),
        *_row(G, "Stadsparken, Edsvik", ["11", "12", "40", "−8,3"], lc, ls, before=("urban", "bakgrund")),
        *_row(G, "Ågården", ["4", "4", "40", "0,0"], lc, ls, before=("regional", "bakgrund"), note="'0,0': no direction"),
        G("mellan 12 och 18 µg/m³", None, U, low=12, high=18, **L25, s=("Årsmedelvärdet av PM10", "Årsmedelvärdet"), sp=None),
        G("9 µg/m³", 9, U, ctx="på [9 µg/m³] i urban", **L25, s=None, sp=None, note="elided"),
        G("50 µg/m³", 50, U, optional=True, s=("dygnsmedelvärdet", "dygnsmedelvärdet"), sp=None, note="threshold defining the counted days"),
        G("21 dygn", 21, "day", **L25, direction=INC, s=("dygnsmedelvärdet", "dygnsmedelvärdet"), sp=None, note="', jämfört med 19 dygn 2024'"),
        G("19 dygn", 19, "day", t=Y24, s=None, sp=None, note="elided"),
        G("högst 35 dygn per år", 35, "day", bound="at_most", per="year", s=("Normen", "Normen"), sp=None, note="the norm: a rule, no period"),
        G("knappt 45 procent", 45, "percent", bound="approx", **L25, s=("andelen bilar med dubbdäck i Edsvik", "andelen"), sp=None, note="'i februari' (no year)"),
        G("5,8 µg/m³", 5.8, U, **L25, s=("Halterna av de finare partiklarna PM2,5", "Halterna"), sp=None, note="'i genomsnitt' no bound"),
        G("5 µg/m³", 5, U, ctx="riktvärde på [5 µg/m³]", s=("WHO:s riktvärde", "riktvärde"), sp=None, note="a guideline: no period; possession, no speaker"),
        G("38 procent", 38, "percent", t=("2015", "2025"), lenient=True, direction=DEC, s=AK, sp=None, note="'Sedan 2015'"),
        G("50", 50, U, ctx="från [50] till 31", t=Y15, s=AK, sp=None, note="from-value; the year the sentence names"),
        G("31 µg/m³", 31, U, ctx="till [31 µg/m³]", **L25, direction=DEC, s=AK, sp=None),
        G("drygt 9 procent", 9, "percent", bound="approx", **L25, direction=INC, s=("andelen elbilar i länets fordonsflotta", "andelen"), sp=None, note="'har ökat till'"),
        G("46", 46, "day", ctx="från [46] till 9", **L15, s=("Antalet dygn över normen för kvävedioxid", "Antalet"), sp=None, note="from-value; 'under samma period' (lenient)"),
        G("9", 9, "day", ctx="från 46 till [9].", **L25, direction=DEC, s=("Antalet dygn över normen för kvävedioxid", "Antalet"), sp=None),
        G("15–20 procent", None, "percent", low=15, high=20, t=Y30, direction=DEC, s=("trafiken i centrum", "trafiken"), sp=PS, note="'minska ... med ... för att klara målet till 2030'"),
        G("6 420 ton", 6420, "tonne", t=Y25, direction=DEC, s=("Länets utsläpp av kväveoxider", "utsläpp"), sp=ED, note="'under 2025'; ', vilket är ... mindre än året innan'"),
        G("4 procent", 4, "percent", ctx="är [4 procent] mindre", **L25, direction=DEC, s=None, sp=ED, note="'vilket'"),
        G("41 procent", 41, "percent", **L25, s=("Vägtrafiken", "Vägtrafiken"), sp=None, note="'X står för Y' takes X"),
        G("14 medlemmar", 14, "count", **L26, s=("medlemmar", "medlemmar"), sp=None, note="present tense"),
    ]
    NEG["r34_b_luft_2025"] = [
        N("2025", ctx="län [2025] Årsrapport", note="title"), N("19 mars 2026", note="Publicerad"),
        N("2025", ctx="under [2025]. Halterna", note="places the claim"), N("10", ctx="(PM[10]) låg", note="name"),
        N("2024", ctx="nivå med [2024].", note="places the comparison"), N("2024", ctx="lägre än [2024] men", note="places the baseline"),
        N("2024", ctx="Under [2024] var", note="places the figure"), N("1", ctx="Tabell [1]. Kvävedioxid", note="table number"),
        N("2025", ctx="Typ [2025]", note="column header"), N("2024", ctx="Typ 2025 [2024]", note="column header"),
        N("PM10", occ=2, note="name"), N("2,5", ctx="PM[2,5] var", note="name"),
        N("2024", ctx="19 dygn [2024].", note="places the comparison"), N("2015", ctx="MED [2015]", note="heading"),
        N("2015", ctx="Sedan [2015] har", note="places the change"), N("2030", note="places the target"),
        N("2025", ctx="under [2025], vilket", note="places the figure"), N("036-39 51 22"),
    ]

    return GOLD, NEG
