"""Round 28, part A (r28_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 28, part A (r28_a_*): eight kinds, written from scratch (r28_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a real-estate company's interim report
# January-June 2026 (dateline 'Sundsvall den 16 juli 2026'; 'Siffror inom parentes avser motsvarande period 2025';
# bullets under 'ANDRA KVARTALET' / 'FÖRSTA HALVÅRET' with brackets in Mkr, kronor and procent, a negative bracket pair
# '−42 (−215) Mkr'; a 'VD HAR ORDET' paragraph ending in 'skriver verkställande direktör ... i rapporten'; financing
# 'sjönk till ..., ner från ... ett år tidigare', an interest-cover multiple, 'steg något och låg på ..., mot ... vid
# årsskiftet', 'varav 38 procent'; the property stock in kvadratmeter and
# 'kronor per kvadratmeter'; a plain-text table 'KONCERNEN I SAMMANDRAG' 'Apr–jun 2026' / 'Apr–jun 2025' / 'Jan–jun
# 2026' / 'Jan–jun 2025'), a producer-price index release for September 2026 ('Publicerad 15 oktober 2026 kl. 08.00';
# 'sjönk med ... och stannade på 168,3 (2015 = 100)', 'Mätt över ett år låg priserna ... under nivån i september
# 2025', 'Månaden före var årstakten −0,8 procent', 'plus 0,1 procent mot augusti', 'kostade ... mindre än i augusti',
# 'har gruppen tappat', import and export prices, the krona 'stärktes med', Brent 'att jämföra med ... ett år tidigare';
# a plain-text table 'Producentprisindex per produktgrupp, september 2026 (2015 = 100)' 'Index' / 'Förändring 1 mån,
# %' / 'Förändring 12 mån, %'; 'i sju månader i följd'; a statistician's forecast 'kring plus 1 procent i mars'), a
# municipal rescue service's summer summary 2026 ('Publicerad 3 september 2026'; 'ryckte ut på 1 486 insatser. Det är
# 112 fler än sommaren före och drygt 9 procent över genomsnittet för de tio senaste somrarna'; 'den månaden ensam
# svarade för 612 larm'; drownings 'jämfört med 7 i fjol', 'Tioårsgenomsnittet är 5,2 drunkningsolyckor per sommar';
# 'en uppgång från 149 sommaren 2025'; a plain-text table 'Insatser per månad' 'Sommaren 2026' / 'Sommaren 2025' /
# 'Snitt 2016–2025'; 'i 23 dygn, nästan dubbelt så länge som i fjol', hektar, 'sommaren 2018 då över 900 hektar
# brann', a response time in minuter 'knappt en halv minut kortare', the chief's quote with '26 grader'; a target
# 'Nästa sommar vill vi ha 20 lånestationer'), a region's dental-care year 2025 (Markdown, '*Region Nordanå · ... ·
# Publicerad 2 april 2026*'; visits '3,2 procent fler än året innan', 'nådde 68 procent, från 65 procent två år
# tidigare', 'Riksgenomsnittet', 'av treåringarna var 92 procent kariesfria, en procentenhet lägre än 2024'; a
# Markdown table by age group 'Kariesfria 2025, %' / '2024' / '2023'; cost per treated patient against two earlier
# years, ', eller 1 550 kronor per listad patient', 'ökade med 4 100 till 61 800', a monthly contract fee, a backlog
# 'mer än tre månader', 'en minskning med nästan en fjärdedel', a target 'ingen ska vänta mer än sex månader ... till
# utgången av 2026', staff), an UNDATED op-ed on rents and housing allowances (no date, no sidecar; 'kronor
# per kvadratmeter och år', a worked example for a 75 m2 flat, the allowance 'högst 5 300 kronor i månaden', a rent
# cap 'aldrig får överstiga', 'Mer än en tredjedel ... över 40 procent', 'nästan hälften', a definition 'mer än 30
# procent', Umeå and Linköping 'kring' / 'runt', 'mellan 12 och 18 procent dyrare', 'har halverats på femton år', 'Var
# femte av dem', three numbered demands), a weekly grain-price letter for week 45 dated only by its sidecar
# (2026-11-06; 'kronor per ton', 'en nedgång med 35 kronor sedan förra veckan', 'Jämfört med motsvarande vecka i fjol
# ... ungefär 6 procent lägre', 'står still', '20 kronor mer än veckan innan och 140 kronor högre än för ett år sedan',
# 'upp 95 kronor på en vecka'; a plain-text table 'Pris per ton, kronor' 'Vecka 45' / 'Vecka 44' / 'Förändring' /
# 'Vecka 45 i fjol'; a futures price in euro per ton, intake 'Hittills i år'), a municipality's HTML page on parking and boat-harbour fees from 1 February
# 2027 (cookie bar, menu, breadcrumb '›', footer; 'Publicerad 21 oktober 2026'; 'går avgiften upp från 24 till 30
# kronor per timme', 'I zon B blir det 20 kronor i timmen i stället för dagens 16'; an HTML table 'Avgift per timme, kronor' 'Nu' / 'Från 1 feb 2027' / 'Ökning, %'; 'per månad, en ökning med',
# 'under hälften', 'förra året', 'räknar förvaltningen med ... mer per år'; boat berths 'per säsong' with width classes
# 'upp till 2,5 meter', a queue 'tre till fem år'), and a football club's annual report 2025 ('Publicerad 24 februari
# 2026'; 'slutade sjua ... med 44 poäng, åtta poäng färre än säsongen innan då vi var fyra', 'i genomsnitt 4 612
# åskådare per match, en ökning med 14 procent mot 2024 och det högsta publiksnittet sedan rekordsäsongen 2009, då
# snittet låg på 5 870'; members '406 fler än ett år tidigare', 'ungefär sex av tio'; turnover 'ökade till ... från',
# 'så det är första gången vi passerar 55 miljoner', 'mot 9,4 miljoner föregående år', 'ett överskott på ... efter ett
# underskott på'; a plain-text table 'Nyckeltal' '2025' / '2024' / '2009 (rekord)'; the chairman's quote 'topp tre
# 2026 och ett publiksnitt över 5 000').
# The r8-r27 decisions are followed (see the headers of gold_r26_a.py, gold_r27_a.py and gold_r27_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'förra sommaren') resolves against the
# publication date and is not lenient, while 'säsongen innan', 'sommaren före', 'året innan', 'ett år tidigare',
# 'föregående år', 'vid årsskiftet', 'Månaden före', 'Nästa sommar', a month or quarter without a year, a heading's, a
# caption's or the document's period and present tense are lenient; a level followed by ', mot', ', att jämföra med',
# ', en ökning med', ', ner från', 'Det är X fler' is the new value after a change; from-values have no direction;
# comparisons at one time (an average, another city, another zone, a private garage) have no direction; a comparison
# with an earlier point takes the current period with a direction; multipliers optional; definitions of an example
# and thresholds optional, results of worked examples, forecasts, targets and demands required; 'passerar X'
# more_than; table cells take their column headers' periods (a caption's period lenient); change columns take their
# direction from the sign (or, for 'Ökning, %', from the column's meaning; '0' no direction); rows that are categories
# take the caption's or the column's measure as subject, rows that are measures their own label; per as in r27
# ('per kvadratmeter och år' per="m2", 'per ton' per="tonne", 'per säsong' per="season" (r26),
# 'per match' per="match", 'i timmen' / 'per timme' per="hour", 'Ett fat' per="barrel" (r15));
# 'vilket' / 'Det' / 'varav' without a noun / elided nouns / pronouns have s None; the payer and the holder are no
# subject; 'X stod för / svarade för Y' takes X; 'Av Y ... X' takes Y; a paragraph ending in 'säger' / 'skriver ...'
# credits every figure in it to the speaker (quote); first-person statements of the sender ('vi', 'våra') are the
# publisher's, except in the op-ed (the signatories are no speaker, r27); the UNDATED text has no period on any
# figure.
# Where those were silent, decided here:
# - Real estate (dateline 2026-07-16): the bracket note names the year ('motsvarande period 2025'): brackets 2025
#   explicit (r26). Bullets under 'ANDRA KVARTALET' / 'FÖRSTA HALVÅRET' (no year) 2026 lenient. 'steg till',
#   'förbättrades till', 'ökade till', 'växte med ... till' increase; 'uppgick till', 'landade på' (no verb of change
#   before it), 'blev', 'var' no change. The value changes '−42 (−215) Mkr' are signed levels of a flow, not a change
#   over time: value as written (negative), no direction. 'vakansen i våra lägenheter är nere i 1,2 procent': 'nere i'
#   states a level reached after a fall: decrease (a new value after a change). 'kostade oss närmare 0,8
#   procentenheter i uthyrningsgrad' decrease, 'under våren' 2026 lenient. The VD paragraph ends in 'skriver
#   verkställande direktör Malin Forsgren i rapporten': every figure in it is her quote ('skriver' counts as säger).
#   'Räntetäckningsgraden för de senaste tolv månaderna var 2,3 gånger' is a key ratio, not a comparison multiplier:
#   required, unit number, ('2025', '2026') lenient (a rolling twelve months ending in June 2026). 'låg på 48,7 procent
#   den 30 juni, mot 47,9 procent vid årsskiftet': 48,7 increase ('steg något'), 47,9 2025 lenient (the year-end
#   before).#   'motsvarande ungefär 29 200 kronor per kvadratmeter' s None (after 'motsvarande', r27). Number words that count
#   ('Två större kontorshyresgäster') are counts. Table: 'Mkr om inget annat anges' scales the
#   rows; columns explicit; rows are measures.
# - PPI (published 2026-10-15): 'i september', 'mot augusti', 'på en månad', 'på tolv månader', 'Mätt över ett år'
#   are 2026 lenient; 'Månaden före' (August) 2026 lenient. '168,3' (2015 = 100) unit number, decrease ('sjönk med
#   ... och stannade på'). A signed twelve-month rate 'årstakten −0,8 procent' is a rate of change: value −0.8,
#   direction decrease (r27: a rate of rise takes increase). 'priserna ... 1,9 procent under nivån i september 2025'
#   / '3,4 procent högre än i september i fjol' / '14,2 procent lägre än för ett år sedan' compare with an earlier
#   point: the current period with a direction. 'plus 0,1 procent mot augusti' increase although 'i stort sett
#   oförändrade' (the figure is signed). 'kronan stärktes med 2,4 procent' increase (the krona gains). Brent '64
#   dollar' USD per="barrel" ('Ett fat', r15's 'En liter'), decrease (', att jämföra med 71 dollar ett år tidigare'),
#   'i genomsnitt' no bound; 71 2025 lenient. Table: the caption 'september 2026' gives every cell 2026 lenient; rows
#   are product groups: s the caption's 'Producentprisindex'; the change columns signed. 'har stigit i sju månader i
#   följd' is an optional duration (month). The forecast 'hamnar kring plus 1 procent i mars' (the next March) is 2027
#   explicit ('i början av nästa år' in the sentence resolves), approx, increase ('vänder upp'), quote. Survey size and response rate 2026 lenient.
# - Rescue service (published 2026-09-03): the summer's figures ('Mellan den 1 juni och den 31 augusti', no year)
#   2026 lenient ('i sommar' in the sentence resolves: explicit); 'sommaren före' 2025 lenient, 'i fjol' / 'förra sommaren' resolve (2025 explicit only where a
#   figure sits in them); the ten-year average in prose ('genomsnittet för de tio senaste somrarna',
#   'Tioårsgenomsnittet') ('2016', '2025') lenient (the span the table header names). '1 486 insatser' increase (the
#   next sentence 'Det är 112 fler'); 112 increase s None; 'drygt 9 procent över genomsnittet' against an average: no
#   direction, s None. 'den månaden ensam svarade för 612 larm': X is a time adverbial ('den månaden'), so the counted
#   noun 'larm' is the subject. '4 personer' decrease ('Drunkningarna blev färre', 'jämfört med 7 i fjol'); '7' 2025
#   explicit, s None (elided). '5,2 drunkningsolyckor per sommar' count per="season" (a summer is the season; r26's
#   'per säsong'). '186 uppdrag, en uppgång från 149 sommaren 2025' 186 increase, 149 2025 explicit. 'Eldningsförbud
#   gällde i 23 dygn, nästan dubbelt så länge som i fjol': 23 unit day increase (a comparison with an earlier point in
#   apposition), the multiplier 'nästan dubbelt' optional (number 2 approx, increase). 'över 900 hektar' 2018 explicit
#   ('sommaren 2018'), s None. '11,4 minuter' decrease ('knappt en halv minut kortare än förra sommaren'), 'knappt en
#   halv minut' 0.5 minute approx decrease s None. Table 'Insatser per månad': columns explicit ('Sommaren 2026' /
#   'Sommaren 2025' / 'Snitt 2016–2025' as a span); rows are months: s the caption's 'Insatser'. First-person
#   sentences ('våra räddningsbåtar', 'Vi släckte', 'lånade vi ut', 'vill vi ha') are the publisher's. The
#   chief's quote: 'fyra drunkningar', '26 grader' (degC; 'på sina ställen' no bound).
# - Dental care 2025 (published 2026-04-02): 'under 2025' explicit; 'under året', 'Vid årets slut', 'i december',
#   'under våren' 2025 lenient; 'året innan' 2024 lenient; 'två år tidigare' 2023 lenient; present tense ('betalar')
#   2026 lenient (the publication year, r27's 'I dag'). 'av treåringarna var 92 procent kariesfria' takes Y
#   ('treåringarna'); 92 decrease (', en procentenhet lägre än 2024'), 'en procentenhet' percentage_point 1 s None.
#   'vilket gav 11 nya behandlingsrum' increase (an addition, r27's 'ytterligare'). 'Kostnaden per behandlad patient' and 'per listad patient' per="patient" (new denominator;
#   the noun as written). '112 kronor i månaden' s None (the payer is no subject). '18 400 vuxna patienter' decrease
#   (', en minskning med nästan en fjärdedel'); 'nästan en fjärdedel' ratio 0.25 approx, same subject. 'mer än tre
#   månader' defines the backlog (optional, more_than). The target 'ingen ska vänta mer än sex månader ... till
#   utgången av 2026' is at_most (negated 'mer än', r27), required, 2026 explicit. Markdown table: columns
#   'Kariesfria 2025, %' etc. explicit; rows are age groups (categories): s the columns' 'Kariesfria'; the row labels
#   '3 år' / '6 år' / '12 år' / '19 år' are age bands (N), as is '12' in '12-åringar'.
# - Rent op-ed (UNDATED): no period on any figure; the signatories are no speaker ('vår medlemsundersökning', 'Vi
#   föreslår', 'uppskattar vi'). '75 kvadratmeter' and 'två barn' define examples (optional); their results ('över
#   14 000 kronor i månaden', 'högst 5 300 kronor i månaden') required; the household is the holder (s None). 'en
#   hyra som aldrig får överstiga 8 600 kronor' at_most, required (a rule stated as a fact of the allowance, r27's fee
#   cap), per None (no 'per' written). 'lägger över 40 procent av sin disponibla inkomst' takes Y ('inkomst'),
#   required (the survey's finding). 'mer än 30 procent av inkomsten' defines 'trångbott ekonomiskt' (optional). 'runt
#   2 050 kronor' carries per m2 from the previous figure (elided, s None). 'mellan 12 och 18 procent dyrare' a range,
#   comparison between cities: no direction. 'har halverats på femton år' optional ratio 0.5 decrease (r25/r27), the
#   span words left out. 'Var femte av dem' s None (pronoun). The demands: 'minst 11 000 kronor' at_least increase
#   ('Räkna upp ... till'), '1 200 kronor i månaden' increase, 'mer än en tredjedel av inkomsten' a threshold of the
#   proposal (optional). List numbering '1.' '2.' '3.' N; 'tre saker' and 'de två första förslagen' left out (they
#   count the piece's own proposals).
# - Grain prices (sidecar 2026-11-06, week 45): 'i veckan', the columns 'Vecka 45' / 'Vecka 44' / 'Förändring' 2026
#   lenient; 'i fjol' column 'Vecka 45 i fjol' 2025 explicit; 'i fredags' (last Friday) 2026 lenient. The caption
#   'Pris per ton, kronor' gives SEK per tonne to every cell (s the caption's 'Pris'; rows are crops). 'Foderveten
#   sjönk i samma takt och ligger på 1 985 kronor' decrease, per carried. 'står still på 2 210' no change. '20 kronor
#   mer än veckan innan och 140 kronor högre än för ett år sedan' both increase (earlier points), per carried.
#   '188,50 euro per ton' EUR. 'Hittills i år har vi tagit
#   emot omkring 182 000 ton' 2026 lenient increase (', vilket är knappt 9 procent mer'), publisher.
# - Parking and harbour fees (HTML, published 2026-10-21): the heading 'från 1 februari 2027' makes the new fees
#   2027 lenient ('från februari', 'från nästa säsong'); today's fees ('dagens', 'i dag', 'från 24') 2026 lenient;
#   'förra året' 2025 explicit. The board's decision is credited in the sentence before the figures (not the same or
#   the next sentence): sp None. 'i genomsnitt 8 procent dyrare' increase, no bound. 'I zon B blir det 20 kronor i
#   timmen' s None (expletive 'det', r26); 'dagens 16' from-value s None. 'Zon C ... får en höjning med 2 kronor
#   till 10 kronor per timme' s 'Zon C' (head 'Zon'). HTML table: caption 'Avgift per timme, kronor' per hour;
#   'Nu' 2026 lenient, 'Från 1 feb 2027' 2027 explicit, 'Ökning, %' 2027 lenient and increase by the column's
#   meaning; rows are zones: s the caption's 'Avgift'. 'under hälften av vad en plats i ett privat garage ...
#   kostar' ratio 0.5 less_than, comparison at one time, s None. 'räknar förvaltningen med ungefär 4,5 miljoner
#   kronor mer per år' credited to 'förvaltningen' (same sentence), increase, per year, s None. The width classes
#   'upp till 2,5 meter' / 'upp till 3,5 meter' define the berths (optional, at_most, unit m). 'blir priset 3 900
#   kronor per säsong' no direction (no old value, no verb of change). 'höjs med 10 procent till 1 650 kronor' both
#   increase, per None (no 'per' written). 'tre till fem år' a range (year).
# - Football 2025 (published 2026-02-24): unmarked figures of the season 2025 lenient ('Säsongen 2025' is named only
#   in the sentence before); 'säsongen innan' / 'föregående år' 2024 lenient; 'mot 2024', '2024' after a figure
#   explicit; 'rekordsäsongen 2009' / 'Rekordåret 2009' explicit; 'nu' 2026 lenient. 'slutade sjua' ordinal 7, 'då vi
#   var fyra' ordinal 4 (2024 lenient); '44 poäng' count decrease (', åtta poäng färre än säsongen innan'). The club
#   writes in the first person ('vi', 'vi passerar'): those sentences are the publisher's. 'i genomsnitt 4 612
#   åskådare per match' per="match", no bound, increase. 'sågs av 7 904 personer' the counted noun. 'Av dem är
#   ungefär sex av tio' s None (pronoun). 'det är första gången vi passerar 55 miljoner' more_than increase, s None.
#   'Spelarförsäljningar gav 6,2 miljoner kronor, mot 9,4 miljoner' decrease. 'ett överskott på 1,4 miljoner kronor
#   efter ett underskott på 3,1 miljoner kronor 2024': the surplus increase ('efter' an earlier value, like ', mot'),
#   the deficit a from-value written positive (value as written). Table 'Nyckeltal': columns explicit; rows measures
#   ('Publiksnitt' per match); 'Resultat, mkr' signed levels, no direction. The chairman's target 'topp tre 2026'
#   ordinal 3 at_most (a rank no worse than third), 2026 explicit, s None; 'ett publiksnitt över 5 000' more_than,
#   per match, 2026 explicit. ', eller 53 procent av omsättningen' restates the staff costs (same subject).
# - Negatives: datelines and Publicerad lines, titles', headings', breadcrumbs', captions' and column headers' periods
#   and digits, years and dates that only place a claim or a comparison, index bases ('2015 = 100'), next-report and
#   meeting dates, times of day, week numbers, age bands, list numbering, phone numbers, street numbers, postal codes,
#   org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'de senaste tolv månaderna',
#   'ANDRA KVARTALET', 'FÖRSTA HALVÅRET', 'på en månad', 'på tolv månader', 'Mätt över ett år', 'de tio senaste
#   somrarna', 'Tioårsgenomsnittet', 'två år tidigare', 'på femton år', 'tre saker', 'de två första förslagen', 'på en
#   vecka', 'Hittills i år', 'första gången', 'Månaden före'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2009", "2018", "2023", "2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y09, Y18, Y23, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2009", "2018", "2023", "2024", "2025", "2026", "2027"))
    L23 = dict(t=Y23, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. real-estate company, interim report Jan-Jun 2026 (dateline 16 juli 2026)
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    FA = ("Förvaltningsresultat per aktie", "Förvaltningsresultat")
    VF = ("Orealiserade värdeförändringar på fastigheter", "värdeförändringar")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    MF = ("Malin Forsgren", "quote")
    RÄ = ("Den genomsnittliga räntan i skuldportföljen", "räntan")
    BG = ("Belåningsgraden", "Belåningsgraden")
    hq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r28_a_fastighet_halvar"] = [
        G("268", 268e6, "SEK", ctx="till [268] (251)", **L26, direction=INC, s=HI, sp=None, note="bullets under 'ANDRA KVARTALET' (no year: lenient); 'steg till'"),
        G("251", 251e6, "SEK", ctx="268 ([251]) Mkr", t=Y25, s=HI, sp=None, note="bracket: 'motsvarande period 2025' (named: explicit)"),
        G("97", 97e6, "SEK", ctx="till [97] (84)", **L26, direction=INC, s=FR, sp=None, note="'förbättrades till'"),
        G("84", 84e6, "SEK", ctx="97 ([84]) Mkr", t=Y25, s=FR, sp=None),
        G("1,21", 1.21, "SEK", per="share", **L26, direction=INC, s=FA, sp=None),
        G("1,05", 1.05, "SEK", per="share", t=Y25, s=FA, sp=None),
        G("6,4 procent", 6.4, "percent", **L26, direction=INC, s=HI, sp=None, note="'FÖRSTA HALVÅRET'; 'växte med ... till'"),
        G("531", 531e6, "SEK", ctx="till [531] (499)", **L26, direction=INC, s=HI, sp=None),
        G("499", 499e6, "SEK", ctx="531 ([499]) Mkr", t=Y25, s=HI, sp=None),
        G("188", 188e6, "SEK", ctx="på [188] (171)", **L26, s=FR, sp=None, note="'landade på' with no verb of change"),
        G("171", 171e6, "SEK", ctx="188 ([171]) Mkr", t=Y25, s=FR, sp=None),
        G("−42", -42e6, "SEK", ctx="blev [−42] (−215)", **L26, s=VF, sp=None, note="a signed level of a flow: no direction"),
        G("−215", -215e6, "SEK", ctx="−42 ([−215]) Mkr", t=Y25, s=VF, sp=None),
        G("93,8", 93.8, "percent", ctx="till [93,8] (94,6)", **L26, s=UG, sp=None, note="'vid periodens slut'"),
        G("94,6", 94.6, "percent", ctx="93,8 ([94,6]) procent", t=Y25, s=UG, sp=None),
        G("4,9 procent", 4.9, "percent", **L26, direction=INC, s=("Hyrorna i bostadsbeståndet", "Hyrorna"), sp=MF, note="'räknades upp med i snitt ... från årsskiftet'; paragraph ending in 'skriver ... i rapporten'"),
        G("1,2 procent", 1.2, "percent", **L26, direction=DEC, s=("vakansen i våra lägenheter", "vakansen"), sp=MF, note="'är nere i': a level reached after a fall"),
        G("Två större kontorshyresgäster", 2, "count", **L26, s=("större kontorshyresgäster", "kontorshyresgäster"), sp=MF),
        G("närmare 0,8 procentenheter", 0.8, "percentage_point", bound="approx", **L26, direction=DEC, s=("uthyrningsgrad", "uthyrningsgrad"), sp=MF, note="'kostade oss ... i uthyrningsgrad'"),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("den ytan", "ytan"), sp=MF),
        G("3,41 procent", 3.41, "percent", **L26, direction=DEC, s=RÄ, sp=None, note="'sjönk till ..., ner från'"),
        G("3,78 procent", 3.78, "percent", **L25, s=RÄ, sp=None, note="'ett år tidigare'"),
        G("2,3 gånger", 2.3, "number", t=("2025", "2026"), lenient=True, s=("Räntetäckningsgraden", "Räntetäckningsgraden"), sp=None, note="a key ratio over 'de senaste tolv månaderna'"),
        G("48,7 procent", 48.7, "percent", **L26, direction=INC, s=BG, sp=None, note="'steg något och låg på ... den 30 juni, mot'"),
        G("47,9 procent", 47.9, "percent", **L25, s=BG, sp=None, note="'vid årsskiftet'"),
        G("6,9 miljarder kronor", 6.9e9, "SEK", **L26, s=("Den räntebärande skulden", "skulden"), sp=None),
        G("38 procent", 38, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("112 fastigheter", 112, "count", **L26, s=("fastigheter", "fastigheter"), sp=None),
        G("cirka 486 000 kvadratmeter", 486000, "m2", bound="approx", **L26, s=("en uthyrbar area", "area"), sp=None),
        G("61 procent", 61, "percent", **L26, s=("Bostäder", "Bostäder"), sp=None, note="'X svarade för Y' takes X"),
        G("14,2 miljarder kronor", 14.2e9, "SEK", **L26, s=("Det verkliga värdet", "värdet"), sp=None),
        G("ungefär 29 200 kronor per kvadratmeter", 29200, "SEK", bound="approx", per="m2", **L26, s=None, sp=None, note="after 'motsvarande'"),
        G("184 hyreslägenheter", 184, "count", **L26, s=("hyreslägenheter", "hyreslägenheter"), sp=None),
        *_row(G, "Hyresintäkter", ["268", "251", "531", "499"], hq("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'KONCERNEN I SAMMANDRAG', 'Mkr om inget annat anges': 'Apr–jun 2026' / 'Apr–jun 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' explicit; rows are measures"),
        *_row(G, "Förvaltningsresultat", ["97", "84", "188", "171"], hq("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
    ]
    NEG["r28_a_fastighet_halvar"] = [
        N("januari–juni 2026", note="title"), N("16 juli 2026", note="dateline"),
        N("2025", ctx="motsvarande period [2025].", note="bracket note"), N("30 juni", note="date"),
        N("hösten 2027", note="places the move-in"),
        N("Apr–jun 2026", note="column header"), N("Apr–jun 2025", note="column header"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("22 oktober 2026", note="next report"), N("060-71 44 80"), N("556733-2108", note="org number"),
    ]

    # ------------------------------------------------------------ 2. producer-price index, September 2026 (Publicerad 15 oktober 2026)
    PPI = ("Producentprisindex (PPI) för hela näringslivet", "Producentprisindex")
    PX = ("Producentprisindex", "Producentprisindex")
    IM = ("Importprisindex", "Importprisindex")
    BR = ("Ett fat Brentolja", "Brentolja")
    EB = ("Elin Bergkvist", "quote")
    pc = [("number", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True)]
    GOLD["r28_a_ppi_sep"] = [
        G("0,7 procent", 0.7, "percent", **L26, direction=DEC, s=PPI, sp=None, note="'mellan augusti och september' (no year)"),
        G("168,3", 168.3, "number", ctx="på [168,3] (2015", **L26, direction=DEC, s=PPI, sp=None, note="'sjönk med ... och stannade på'; base 2015 = 100"),
        G("1,9 procent", 1.9, "percent", **L26, direction=DEC, s=("priserna", "priserna"), sp=None, note="'under nivån i september 2025': an earlier point"),
        G("−0,8 procent", -0.8, "percent", **L26, direction=DEC, s=("årstakten", "årstakten"), sp=None, note="'Månaden före' (August); a signed twelve-month rate"),
        G("6,3 procent", 6.3, "percent", **L26, direction=DEC, s=("Priserna på el, gas och fjärrvärme", "Priserna"), sp=None, note="'föll med ... på en månad'"),
        G("14,2 procent", 14.2, "percent", **L26, direction=DEC, s=("Priserna på el, gas och fjärrvärme", "Priserna"), sp=None, note="'lägre än för ett år sedan'"),
        G("0,1 procent", 0.1, "percent", **L26, direction=INC, s=("producentpriserna", "producentpriserna"), sp=None, note="'plus 0,1 procent mot augusti'"),
        G("1,4 procent", 1.4, "percent", **L26, direction=DEC, s=("Sågade trävaror", "trävaror"), sp=None, note="'kostade ... mindre än i augusti'"),
        G("5,8 procent", 5.8, "percent", **L26, direction=DEC, s=("gruppen", "gruppen"), sp=None, note="'på tolv månader har gruppen tappat'"),
        G("3,4 procent", 3.4, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None, note="'högre än i september i fjol': an earlier point"),
        G("1,1 procent", 1.1, "percent", **L26, direction=DEC, s=IM, sp=None),
        G("159,6", 159.6, "number", **L26, direction=DEC, s=IM, sp=None, note="'gick ned ... och hamnade på'"),
        G("0,4 procent", 0.4, "percent", **L26, direction=DEC, s=("Exportpriserna", "Exportpriserna"), sp=None),
        G("2,4 procent", 2.4, "percent", **L26, direction=INC, s=("kronan", "kronan"), sp=None, note="'stärktes med'"),
        G("64 dollar", 64, "USD", kind="money", per="barrel", **L26, direction=DEC, s=BR, sp=None, note="'Ett fat' per barrel (r15); 'att jämföra med ... ett år tidigare'; 'i genomsnitt' no bound"),
        G("71 dollar", 71, "USD", kind="money", per="barrel", **L25, s=BR, sp=None, note="'ett år tidigare'"),
        *_row(G, "Livsmedel", ["171,4", "+0,3", "+2,6"], pc, PX, note="table 'Producentprisindex per produktgrupp, september 2026': the caption's month (lenient); change columns signed; rows are product groups"),
        *_row(G, "Trävaror", ["182,9", "−1,4", "−5,8"], pc, PX),
        *_row(G, "Massa och papper", ["149,7", "−0,9", "−7,2"], pc, PX),
        *_row(G, "Metaller", ["176,8", "−0,5", "+3,4"], pc, PX),
        *_row(G, "El, gas och fjärrvärme", ["231,5", "−6,3", "−14,2"], pc, PX),
        *_row(G, "Totalt", ["168,3", "−0,7", "−1,9"], pc, PX),
        G("sju månader", 7, "month", optional=True, **L26, s=None, sp=None, note="'har stigit i sju månader i följd'"),
        G("2,6 procent", 2.6, "percent", **L26, direction=INC, s=("Livsmedelspriserna i producentledet", "Livsmedelspriserna"), sp=None, note="'över fjolårets nivå'"),
        G("7,2 procent", 7.2, "percent", **L26, direction=DEC, s=("Massa och papper", "Massa"), sp=None, note="'har däremot backat med ... på ett år'"),
        G("1 procent", 1, "percent", ctx="plus [1 procent] i mars", bound="approx", t=Y27, direction=INC, s=("årstakten", "årstakten"), sp=EB, note="forecast 'i början av nästa år ... i mars' ('nästa år' in the sentence resolves); 'kring'"),
        G("cirka 4 300 prisuppgifter", 4300, "count", bound="approx", **L26, s=("prisuppgifter", "prisuppgifter"), sp=None),
        G("omkring 1 150 företag", 1150, "count", bound="approx", **L26, s=("företag", "företag"), sp=None),
        G("91 procent", 91, "percent", **L26, s=("Svarsfrekvensen", "Svarsfrekvensen"), sp=None),
    ]
    NEG["r28_a_ppi_sep"] = [
        N("september 2026", ctx="Producentprisindex, [september 2026]", note="title"), N("15 oktober 2026"),
        N("08.00", note="time of day"), N("2015", ctx="168,3 ([2015] =", note="index base"), N("100", ctx="168,3 (2015 = [100])", note="index base value"),
        N("september 2025", note="places the comparison"),
        N("september 2026", ctx="produktgrupp, [september 2026] (2015", note="caption"), N("2015", ctx="september 2026 ([2015] = 100)", note="index base"),
        N("100", ctx="september 2026 (2015 = [100])", note="index base value"),
        N("1 mån", note="column header: a span"), N("12 mån", note="column header: a span"),
        N("13 november 2026", note="next release"), N("08.00", occ=2, note="time of day"), N("010-479 62 15"),
    ]

    # ------------------------------------------------------------ 3. rescue service, summer 2026 (Publicerad 3 september 2026)
    TEN = ("2016", "2025")
    RM = ("Räddningstjänsten Mälarkusten", "publisher")
    IP = ("Insatser per månad", "Insatser")
    PW = ("Per-Olof Wiklund", "quote")
    mc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, TEN, F, F)]
    GOLD["r28_a_raddning_sommar"] = [
        G("1 486 insatser", 1486, "count", **L26, direction=INC, s=("insatser", "insatser"), sp=None, note="'Mellan den 1 juni och den 31 augusti' (no year); next sentence 'Det är 112 fler'"),
        G("112", 112, "count", ctx="är [112] fler", **L26, direction=INC, s=None, sp=None, note="'än sommaren före'"),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, s=None, sp=None, note="against the ten-year average: no direction"),
        G("1 359 insatser", 1359, "count", t=TEN, lenient=True, s=("genomsnittet för de tio senaste somrarna", "genomsnittet"), sp=None),
        G("612 larm", 612, "count", **L26, s=("larm", "larm"), sp=None, note="'den månaden ensam svarade för': X is a time adverbial"),
        G("sex kommuner", 6, "count", t=Y26, s=("kommuner", "kommuner"), sp=None),
        G("4 personer", 4, "count", t=Y26, direction=DEC, s=("personer", "personer"), sp=None, note="'i sommar' resolves; 'Drunkningarna blev färre'; 'jämfört med 7 i fjol'"),
        G("7", 7, "count", ctx="med [7] i fjol", t=Y25, s=None, sp=None, note="'i fjol' resolves"),
        G("5,2 drunkningsolyckor per sommar", 5.2, "count", per="season", t=TEN, lenient=True, s=("Tioårsgenomsnittet", "Tioårsgenomsnittet"), sp=None, note="'per sommar' per season"),
        G("186 uppdrag", 186, "count", **L26, direction=INC, s=("uppdrag", "uppdrag"), sp=RM, note="'våra räddningsbåtar'; ', en uppgång från'"),
        G("149", 149, "count", ctx="från [149] sommaren", t=Y25, s=("uppdrag", "uppdrag"), sp=RM, note="from-value, 'sommaren 2025'"),
        *_row(G, "Juni", ["402", "421", "388"], mc, IP, note="table 'Insatser per månad': 'Sommaren 2026' / 'Sommaren 2025' / 'Snitt 2016–2025' explicit; rows are months"),
        *_row(G, "Juli", ["612", "538", "529"], mc, IP),
        *_row(G, "Augusti", ["472", "415", "442"], mc, IP),
        *_row(G, "Totalt", ["1 486", "1 374", "1 359"], mc, IP),
        G("23 dygn", 23, "day", **L26, direction=INC, s=("Eldningsförbud", "Eldningsförbud"), sp=None, note="', nästan dubbelt så länge som i fjol'"),
        G("nästan dubbelt", 2, "number", bound="approx", optional=True, **L26, direction=INC, s=None, sp=None, note="multiplier"),
        G("38 bränder", 38, "count", **L26, s=("bränder i skog och mark", "bränder"), sp=RM, note="'Vi släckte'"),
        G("cirka 46 hektar", 46, "ha", bound="approx", **L26, s=("bränder i skog och mark", "bränder"), sp=RM, note="'som tillsammans omfattade'"),
        G("över 900 hektar", 900, "ha", bound="more_than", t=Y18, s=None, sp=RM, note="'sommaren 2018'"),
        G("11,4 minuter", 11.4, "minute", **L26, direction=DEC, s=("Den genomsnittliga tiden från larm till att första enhet var på plats", "tiden"), sp=None, note="'knappt en halv minut kortare än förra sommaren'"),
        G("knappt en halv minut", 0.5, "minute", bound="approx", **L26, direction=DEC, s=None, sp=None),
        G("fyra drunkningar", 4, "count", **L26, s=("drunkningar", "drunkningar"), sp=PW),
        G("26 grader", 26, "degC", **L26, s=("vattnet", "vattnet"), sp=PW, note="'på sina ställen': no bound"),
        G("14 lånestationer", 14, "count", **L26, s=("lånestationer", "lånestationer"), sp=RM, note="'lånade vi ut'"),
        G("1 240 deltagande barn", 1240, "count", **L26, direction=INC, s=("deltagande barn", "barn"), sp=RM, note="same sentence as 'lånade vi ut'; ', en ökning med 15 procent'"),
        G("15 procent", 15, "percent", **L26, direction=INC, s=("deltagande barn", "barn"), sp=RM),
        G("20 lånestationer", 20, "count", **L27, direction=INC, s=("lånestationer", "lånestationer"), sp=RM, note="target 'Nästa sommar vill vi ha'"),
    ]
    NEG["r28_a_raddning_sommar"] = [
        N("2026", ctx="Sommaren [2026] i siffror", note="title"), N("3 september 2026"),
        N("1 juni", note="date"), N("31 augusti", note="date"), N("2025", ctx="sommaren [2025].", note="places the from-value"),
        N("Sommaren 2026", ctx="Månad [Sommaren 2026]", note="column header"), N("Sommaren 2025", note="column header"),
        N("Snitt 2016–2025", note="column header"), N("2018", note="places the claim"),
        N("Brandstationsvägen 3", note="street address"), N("731 42", note="postal code"), N("0221-38 50 00"),
    ]

    # ------------------------------------------------------------ 4. dental care 2025 (Markdown, Publicerad 2 april 2026)
    AK = ("Andelen kariesfria 12-åringar", "Andelen")
    KP = ("Kostnaden per behandlad patient", "Kostnaden")
    NK = ("Nettokostnaden för den avgiftsfria barn- och ungdomstandvården", "Nettokostnaden")
    FT = ("Antalet vuxna med frisktandvårdsavtal", "Antalet")
    KF = ("Kariesfria", "Kariesfria")
    VP = ("vuxna patienter", "patienter")
    kc = [("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F), ("percent", 1, None, Y23, F, F)]
    GOLD["r28_a_tandvard_2025"] = [
        G("412 600 besök", 412600, "count", t=Y25, direction=INC, s=("besök", "besök"), sp=None, note="'under 2025'; ', 3,2 procent fler än året innan'"),
        G("3,2 procent", 3.2, "percent", t=Y25, direction=INC, s=None, sp=None),
        G("två nya kliniker", 2, "count", **L25, s=("nya kliniker", "kliniker"), sp=None, note="'under våren' (no year)"),
        G("11 nya behandlingsrum", 11, "count", **L25, direction=INC, s=("nya behandlingsrum", "behandlingsrum"), sp=None, note="'vilket gav': an addition"),
        G("68 procent", 68, "percent", **L25, direction=INC, s=AK, sp=None, note="'fortsatte uppåt och nådde ..., från'"),
        G("65 procent", 65, "percent", **L23, s=AK, sp=None, note="'två år tidigare'"),
        G("63 procent", 63, "percent", **L25, s=("Riksgenomsnittet för samma åldersgrupp", "Riksgenomsnittet"), sp=None, note="against the national average: no direction"),
        G("92 procent", 92, "percent", **L25, direction=DEC, s=("treåringarna", "treåringarna"), sp=None, note="'av Y var X kariesfria' takes Y; ', en procentenhet lägre än 2024'"),
        G("en procentenhet", 1, "percentage_point", **L25, direction=DEC, s=None, sp=None),
        *_row(G, "| 3 år", ["92", "93", "94"], kc, KF, sep=" | ", note="Markdown table: 'Kariesfria 2025, %' / '2024' / '2023' explicit; rows are age groups (categories)"),
        *_row(G, "| 6 år", ["74", "76", "77"], kc, KF, sep=" | "),
        *_row(G, "| 12 år", ["68", "67", "65"], kc, KF, sep=" | "),
        *_row(G, "| 19 år", ["41", "39", "38"], kc, KF, sep=" | "),
        G("2 930 barn", 2930, "count", **L25, s=("barn", "barn"), sp=None, note="'under året'"),
        G("2 940 kronor", 2940, "SEK", per="patient", **L25, direction=INC, s=KP, sp=None, note="', att jämföra med ... 2024 och ... 2023'"),
        G("2 815 kronor", 2815, "SEK", per="patient", t=Y24, s=KP, sp=None),
        G("2 690 kronor", 2690, "SEK", per="patient", t=Y23, s=KP, sp=None),
        G("486 miljoner kronor", 486e6, "SEK", **L25, s=NK, sp=None),
        G("1 550 kronor per listad patient", 1550, "SEK", per="patient", **L25, s=NK, sp=None, note="', eller' restates the net cost"),
        G("4 100", 4100, "count", ctx="med [4 100] till", **L25, direction=INC, s=FT, sp=None),
        G("61 800", 61800, "count", **L25, direction=INC, s=FT, sp=None),
        G("112 kronor i månaden", 112, "SEK", per="month", **L26, s=None, sp=None, note="present tense; the payer is no subject"),
        G("18 400 vuxna patienter", 18400, "count", **L25, direction=DEC, s=VP, sp=None, note="'Vid årets slut'; ', en minskning med nästan en fjärdedel'"),
        G("tre månader", 3, "month", bound="more_than", optional=True, s=None, sp=None, note="defines the backlog"),
        G("nästan en fjärdedel", 0.25, "ratio", bound="approx", **L25, direction=DEC, s=VP, sp=None),
        G("sex månader", 6, "month", bound="at_most", t=Y26, s=None, sp=None, note="target 'ingen ska vänta mer än ... till utgången av 2026'"),
        G("214 tandläkare", 214, "count", **L25, s=("tandläkare", "tandläkare"), sp=None, note="'i december'"),
        G("296 tandhygienister", 296, "count", **L25, s=("tandhygienister", "tandhygienister"), sp=None),
    ]
    NEG["r28_a_tandvard_2025"] = [
        N("2025", ctx="Tandvården [2025]:", note="title"), N("2 april 2026"), N("2025", ctx="under [2025] emot", note="places the claim"),
        N("12", ctx="kariesfria [12]-åringar", note="age band"), N("2024", ctx="lägre än [2024].", note="places the comparison"),
        N("2025", ctx="Kariesfria [2025], %", note="column header"), N("2024", ctx="Kariesfria [2024], %", note="column header"),
        N("2023", ctx="Kariesfria [2023], %", note="column header"),
        N("3 år", note="age band"), N("6 år", note="age band"), N("12 år", note="age band"), N("19 år", note="age band"),
        N("hösten 2024", note="places the start"), N("2024", ctx="kronor [2024] och", note="places the figure"),
        N("2023", ctx="kronor [2023].", note="places the figure"), N("2026", ctx="utgången av [2026]", note="places the target"),
        N("0651-19 20 00"),
    ]

    # ------------------------------------------------------------ 5. rent op-ed (UNDATED: no date, no sidecar)
    GOLD["r28_a_debatt_hyror"] = [
        G("omkring 2 300 kronor per kvadratmeter och år", 2300, "SEK", bound="approx", per="m2", s=("en hyra", "hyra"), sp=None, note="UNDATED: no period"),
        G("75 kvadratmeter", 75, "m2", optional=True, s=("en trea", "trea"), sp=None, note="defines the example"),
        G("över 14 000 kronor i månaden", 14000, "SEK", bound="more_than", per="month", s=None, sp=None, note="the example's result; 'blir det'"),
        G("cirka 1 450 kronor per kvadratmeter och år", 1450, "SEK", bound="approx", per="m2", s=("snitthyran", "snitthyran"), sp=None, note="the older stock: no direction"),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None, note="defines the example household"),
        G("högst 5 300 kronor i månaden", 5300, "SEK", bound="at_most", per="month", s=None, sp=None, note="the holder is no subject"),
        G("8 600 kronor", 8600, "SEK", bound="at_most", s=("en hyra", "hyra"), sp=None, note="'aldrig får överstiga'"),
        G("Mer än en tredjedel", 1 / 3, "ratio", bound="more_than", s=("de ensamstående föräldrarna", "föräldrarna"), sp=None),
        G("över 40 procent", 40, "percent", bound="more_than", s=("sin disponibla inkomst", "inkomst"), sp=None, note="'X procent av Y'"),
        G("nästan hälften", 0.5, "ratio", bound="approx", s=("andelen", "andelen"), sp=None),
        G("mer än 30 procent", 30, "percent", bound="more_than", optional=True, s=("inkomsten", "inkomsten"), sp=None, note="a definition"),
        G("kring 1 950 kronor per kvadratmeter och år", 1950, "SEK", bound="approx", per="m2", s=("nyproduktionshyrorna", "nyproduktionshyrorna"), sp=None),
        G("runt 2 050 kronor", 2050, "SEK", bound="approx", per="m2", s=None, sp=None, note="elided; per carried"),
        G("mellan 12 och 18 procent", None, "percent", low=12, high=18, s=("Vår stad", "stad"), sp=None, note="between cities: no direction"),
        G("ungefär 30 200 kronor i månaden", 30200, "SEK", bound="approx", per="month", s=("Medianinkomsten för en heltidsanställd undersköterska", "Medianinkomsten"), sp=None),
        G("halverats", 0.5, "ratio", optional=True, direction=DEC, s=("Antalet hushåll som får bostadsbidrag", "Antalet"), sp=None),
        G("omkring 128 000 barnfamiljer", 128000, "count", bound="approx", s=("barnfamiljer", "barnfamiljer"), sp=None, note="'I dag' (undated: no period)"),
        G("Var femte", 0.2, "ratio", s=None, sp=None, note="'av dem' (pronoun)"),
        G("mindre än 1 000 kronor i månaden", 1000, "SEK", bound="less_than", per="month", s=None, sp=None),
        G("minst 11 000 kronor", 11000, "SEK", bound="at_least", direction=INC, s=("bostadsbidragets hyrestak", "hyrestak"), sp=None, note="demand 'Räkna upp ... till'"),
        G("1 200 kronor i månaden", 1200, "SEK", per="month", direction=INC, s=("det högsta bidraget för barnfamiljer", "bidraget"), sp=None, note="demand 'Höj ... med'"),
        G("mer än en tredjedel", 1 / 3, "ratio", bound="more_than", optional=True, s=("inkomsten", "inkomsten"), sp=None, note="threshold of the proposal"),
        G("cirka 2,1 miljarder kronor per år", 2.1e9, "SEK", bound="approx", per="year", s=("Kostnaden för de två första förslagen", "Kostnaden"), sp=None, note="'uppskattar vi': the signatories are no speaker"),
    ]
    NEG["r28_a_debatt_hyror"] = [
        N("1", ctx="[1]. Räkna", note="list numbering"), N("2", ctx="[2]. Höj", note="list numbering"), N("3", ctx="[3]. Låt", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. grain prices, week 45 (sidecar 2026-11-06)
    PT = ("Pris per ton", "Pris")
    TP = ("Terminspriset på vete vid Euronext i Paris", "Terminspriset")
    KH = ("Kvarnbygdens Handelshus", "publisher")
    gc = [("SEK", 1, "tonne", Y26, True, F), ("SEK", 1, "tonne", Y26, True, F), ("SEK", 1, "tonne", Y26, True, True), ("SEK", 1, "tonne", Y25, F, F)]
    GOLD["r28_a_spannmal_v45"] = [
        G("2 145 kronor per ton", 2145, "SEK", per="tonne", **L26, direction=DEC, s=("Brödvete", "Brödvete"), sp=None, note="'i veckan' (week 45, no year: 2026 lenient); ', en nedgång med'"),
        G("35 kronor", 35, "SEK", per="tonne", ctx="med [35 kronor] sedan", **L26, direction=DEC, s=("Brödvete", "Brödvete"), sp=None, note="per carried"),
        G("1 985 kronor", 1985, "SEK", per="tonne", ctx="på [1 985 kronor]", **L26, direction=DEC, s=("Foderveten", "Foderveten"), sp=None, note="'sjönk i samma takt och ligger på'"),
        G("ungefär 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=("vetepriserna", "vetepriserna"), sp=None, note="'Jämfört med motsvarande vecka i fjol': an earlier point"),
        G("2 210 kronor per ton", 2210, "SEK", per="tonne", **L26, s=("Maltkorn", "Maltkorn"), sp=None, note="'står still': no change"),
        G("1 905 kronor", 1905, "SEK", per="tonne", ctx="med [1 905 kronor]", **L26, direction=INC, s=("foderkorn", "foderkorn"), sp=None, note="'Fodret har däremot gått upp'"),
        G("20 kronor", 20, "SEK", per="tonne", **L26, direction=INC, s=("foderkorn", "foderkorn"), sp=None, note="'mer än veckan innan'"),
        G("140 kronor", 140, "SEK", per="tonne", **L26, direction=INC, s=("foderkorn", "foderkorn"), sp=None, note="'högre än för ett år sedan': an earlier point"),
        G("45 kronor", 45, "SEK", per="tonne", ctx="med [45 kronor] till", **L26, direction=INC, s=("Havre", "Havre"), sp=None),
        G("1 870 kronor per ton", 1870, "SEK", per="tonne", **L26, direction=INC, s=("Havre", "Havre"), sp=None),
        G("5 180 kronor per ton", 5180, "SEK", per="tonne", **L26, direction=INC, s=("Rapsen", "Rapsen"), sp=None, note="'har klättrat mest, till'"),
        G("95 kronor", 95, "SEK", per="tonne", **L26, direction=INC, s=("Rapsen", "Rapsen"), sp=None, note="'upp ... på en vecka'"),
        *_row(G, "Brödvete", ["2 145", "2 180", "−35", "2 290"], gc, PT, note="table 'Pris per ton, kronor': 'Vecka 45' / 'Vecka 44' / 'Förändring' 2026 lenient (signed), 'Vecka 45 i fjol' 2025 explicit; rows are crops"),
        *_row(G, "Maltkorn", ["2 210", "2 210", "0", "2 330"], gc, PT),
        *_row(G, "Foderkorn", ["1 905", "1 885", "+20", "1 765"], gc, PT),
        *_row(G, "Havre", ["1 870", "1 825", "+45", "1 690"], gc, PT),
        *_row(G, "Höstraps", ["5 180", "5 085", "+95", "5 020"], gc, PT),
        G("188,50 euro per ton", 188.50, "EUR", kind="money", per="tonne", **L26, direction=DEC, s=TP, sp=None, note="'gick ned till'"),
        G("2,25 euro", 2.25, "EUR", kind="money", per="tonne", **L26, direction=DEC, s=TP, sp=None, note="'lägre än i fredags'"),
        G("omkring 182 000 ton", 182000, "tonne", bound="approx", **L26, direction=INC, s=("spannmål", "spannmål"), sp=KH, note="'Hittills i år har vi tagit emot'; ', vilket är knappt 9 procent mer'"),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=None, sp=KH),
        G("fyra anläggningar", 4, "count", **L26, s=("anläggningar", "anläggningar"), sp=KH),
        G("87 procent", 87, "percent", **L26, s=("Lagringskapaciteten", "Lagringskapaciteten"), sp=None),
    ]
    NEG["r28_a_spannmal_v45"] = [
        N("VECKA 45", note="title"), N("Vecka 45", ctx="Gröda [Vecka 45]", note="column header"),
        N("Vecka 44", note="column header"), N("Vecka 45", ctx="Förändring [Vecka 45] i fjol", note="column header"),
        N("vecka 46", note="next letter"), N("0158-44 21 70"),
    ]

    # ------------------------------------------------------------ 7. parking and harbour fees from 1 February 2027 (HTML, Publicerad 21 oktober 2026)
    AV = ("avgiften", "avgiften")
    ZC = ("Zon C", "Zon")
    AT = ("Avgift per timme", "Avgift")
    BO = ("Boendeparkering", "Boendeparkering")
    BP = ("En båtplats", "båtplats")
    VU = ("Vinteruppläggning på land", "Vinteruppläggning")
    zc = [("SEK", 1, "hour", Y26, True, F), ("SEK", 1, "hour", Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r28_a_parkering_2027"] = [
        G("25 procent", 25, "percent", ctx="höjs med [25 procent]", **L27, direction=INC, s=("Timtaxan i centrum", "Timtaxan"), sp=None, note="the heading 'från 1 februari 2027' (lenient); the board named in the sentence before"),
        G("8 procent", 8, "percent", **L27, direction=INC, s=("båtplatserna", "båtplatserna"), sp=None, note="'i genomsnitt ... dyrare': no bound"),
        G("24", 24, "SEK", per="hour", ctx="från [24] till", **L26, s=AV, sp=None, note="from-value: today's fee"),
        G("30 kronor per timme", 30, "SEK", per="hour", **L27, direction=INC, s=AV, sp=None),
        G("20 kronor i timmen", 20, "SEK", per="hour", **L27, direction=INC, s=None, sp=None, note="expletive 'det' (r26); 'i stället för dagens 16'"),
        G("16", 16, "SEK", per="hour", ctx="dagens [16].", **L26, s=None, sp=None, note="from-value"),
        G("2 kronor", 2, "SEK", per="hour", ctx="med [2 kronor] till", **L27, direction=INC, s=ZC, sp=None),
        G("10 kronor per timme", 10, "SEK", per="hour", **L27, direction=INC, s=ZC, sp=None),
        *_row(G, "Zon A (centrum)", ["24", "30", "25"], zc, AT, note="HTML table 'Avgift per timme, kronor': 'Nu' 2026 lenient, 'Från 1 feb 2027' explicit, 'Ökning, %' 2027 lenient increase; rows are zones"),
        *_row(G, "Zon B", ["16", "20", "25"], zc, AT),
        *_row(G, "Zon C (pendlarparkering)", ["8", "10", "25"], zc, AT),
        G("650 kronor per månad", 650, "SEK", per="month", **L27, direction=INC, s=BO, sp=None, note="'från februari'; ', en ökning med'"),
        G("50 kronor", 50, "SEK", per="month", ctx="med [50 kronor]", **L27, direction=INC, s=BO, sp=None),
        G("under hälften", 0.5, "ratio", bound="less_than", **L27, s=None, sp=None, note="'Det är': against a private garage, no direction"),
        G("Cirka 1 900 hushåll", 1900, "count", bound="approx", **L26, s=("hushåll", "hushåll"), sp=None, note="'i dag'"),
        G("21,4 miljoner kronor", 21.4e6, "SEK", t=Y25, s=("Avgiftsintäkterna från gatuparkeringen", "Avgiftsintäkterna"), sp=None, note="'förra året' resolves"),
        G("ungefär 4,5 miljoner kronor", 4.5e6, "SEK", bound="approx", per="year", **L27, direction=INC, s=None, sp=("förvaltningen", "credited"), note="'räknar förvaltningen med ... mer per år'"),
        G("2,5 meter", 2.5, "m", bound="at_most", optional=True, s=("en båt", "båt"), sp=None, note="'upp till': defines the berth"),
        G("2 700 kronor per säsong", 2700, "SEK", per="season", **L27, direction=INC, s=BP, sp=None, note="'från nästa säsong, i dag 2 500'"),
        G("2 500 kronor", 2500, "SEK", per="season", **L26, s=BP, sp=None, note="'i dag': from-value; per carried"),
        G("3,5 meter", 3.5, "m", bound="at_most", optional=True, s=("bredare båtar", "båtar"), sp=None),
        G("3 900 kronor per säsong", 3900, "SEK", per="season", **L27, s=("priset", "priset"), sp=None, note="'blir priset': no old value, no direction"),
        G("10 procent", 10, "percent", **L27, direction=INC, s=VU, sp=None),
        G("1 650 kronor", 1650, "SEK", **L27, direction=INC, s=VU, sp=None),
        G("1 140 båtplatser", 1140, "count", **L26, s=("båtplatser", "båtplatser"), sp=None),
        G("fem hamnar", 5, "count", **L26, s=("hamnar", "hamnar"), sp=None),
        G("omkring 420 personer", 420, "count", bound="approx", **L26, s=("Kön till en plats i Norrhamnen", "Kön"), sp=None, note="'i dag'"),
        G("tre till fem år", None, "year", low=3, high=5, **L26, s=("väntetiden", "väntetiden"), sp=None),
    ]
    NEG["r28_a_parkering_2027"] = [
        N("Avgifter 2027", note="breadcrumb"), N("1 februari 2027", note="heading"), N("21 oktober 2026"),
        N("1 feb 2027", note="column header"), N("8 oktober 2026", note="decision date"), N("1 februari 2027", occ=2, note="date in force"),
        N("0413-62 00 00"), N("Rådhustorget 1", note="street address"), N("241 80", note="postal code"),
        N("212000-1547", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. football club annual report 2025 (Publicerad 24 februari 2026)
    IK = ("IK Sandvalla Fotboll", "publisher")
    ÅS = ("åskådare", "åskådare")
    OM = ("Omsättningen", "Omsättningen")
    CÖ = ("Camilla Öberg", "quote")
    nc = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, Y09, F, F)]
    GOLD["r28_a_fotboll_2025"] = [
        G("sjua", 7, "ordinal", **L25, s=("A-laget", "A-laget"), sp=IK, note="'då vi var fyra' makes the sentence first person"),
        G("44 poäng", 44, "count", **L25, direction=DEC, s=("poäng", "poäng"), sp=IK, note="', åtta poäng färre än säsongen innan'"),
        G("åtta poäng", 8, "count", **L25, direction=DEC, s=None, sp=IK),
        G("fyra", 4, "ordinal", ctx="var [fyra].", **L24, s=None, sp=IK, note="'säsongen innan'"),
        G("4 612 åskådare per match", 4612, "count", per="match", ctx="genomsnitt [4 612 åskådare per match]", **L25, direction=INC, s=ÅS, sp=IK, note="'lockade vi'; 'i genomsnitt': no bound"),
        G("14 procent", 14, "percent", **L25, direction=INC, s=ÅS, sp=IK, note="'mot 2024'"),
        G("5 870", 5870, "count", per="match", ctx="låg på [5 870]", t=Y09, s=("snittet", "snittet"), sp=IK, note="'rekordsäsongen 2009'"),
        G("7 904 personer", 7904, "count", **L25, s=("personer", "personer"), sp=None, note="'den 17 augusti' (no year)"),
        G("3 218 medlemmar", 3218, "count", **L25, direction=INC, s=("medlemmar", "medlemmar"), sp=None, note="'vid årsskiftet'; ', 406 fler än ett år tidigare'"),
        G("406", 406, "count", **L25, direction=INC, s=None, sp=None),
        G("ungefär sex av tio", 0.6, "ratio", bound="approx", **L25, s=None, sp=None, note="'Av dem' (pronoun)"),
        G("41 lag", 41, "count", **L26, s=("lag", "lag"), sp=None, note="'nu'"),
        G("58,6 miljoner kronor", 58.6e6, "SEK", **L25, direction=INC, s=OM, sp=None),
        G("51,9 miljoner kronor", 51.9e6, "SEK", t=Y24, s=OM, sp=None),
        G("49 miljoner kronor", 49e6, "SEK", t=Y09, s=None, sp=IK, note="'Rekordåret 2009 omsatte klubben': the holder is no subject; the sentence goes on in the first person ('vi passerar')"),
        G("55 miljoner", 55e6, "SEK", bound="more_than", **L25, direction=INC, s=None, sp=IK, note="'första gången vi passerar'"),
        G("19 procent", 19, "percent", **L25, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("11,8 miljoner kronor", 11.8e6, "SEK", **L25, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("17,3 miljoner", 17.3e6, "SEK", **L25, direction=INC, s=("sponsorintäkterna", "sponsorintäkterna"), sp=None),
        G("6,2 miljoner kronor", 6.2e6, "SEK", **L25, direction=DEC, s=("Spelarförsäljningar", "Spelarförsäljningar"), sp=None, note="', mot 9,4 miljoner föregående år'"),
        G("9,4 miljoner", 9.4e6, "SEK", **L24, s=("Spelarförsäljningar", "Spelarförsäljningar"), sp=None),
        G("1,4 miljoner kronor", 1.4e6, "SEK", **L25, direction=INC, s=("ett överskott", "överskott"), sp=None, note="'Årets resultat'; 'efter ett underskott på ... 2024'"),
        G("3,1 miljoner kronor", 3.1e6, "SEK", t=Y24, s=("ett underskott", "underskott"), sp=None, note="from-value, written positive"),
        G("8,7 miljoner kronor", 8.7e6, "SEK", **L25, s=("Det egna kapitalet", "kapitalet"), sp=None, note="'den 31 december'"),
        G("27 procent", 27, "percent", **L25, s=("en soliditet", "soliditet"), sp=None),
        *_row(G, "Publiksnitt", ["4 612", "4 046", "5 870"], nc("count", 1, "match"), ("Publiksnitt", "Publiksnitt"), note="table 'Nyckeltal': '2025' / '2024' / '2009 (rekord)' explicit; rows are measures"),
        *_row(G, "Omsättning, mkr", ["58,6", "51,9", "49,0"], nc("SEK", 1e6), ("Omsättning", "Omsättning")),
        *_row(G, "Resultat, mkr", ["+1,4", "−3,1", "+2,2"], nc("SEK", 1e6), ("Resultat", "Resultat"), note="signed levels: no direction"),
        G("topp tre", 3, "ordinal", bound="at_most", t=Y26, s=None, sp=CÖ, note="target 'Målet är topp tre 2026'"),
        G("över 5 000", 5000, "count", bound="more_than", per="match", t=Y26, s=("ett publiksnitt", "publiksnitt"), sp=CÖ),
        G("31,2 miljoner kronor", 31.2e6, "SEK", **L25, s=("Personalkostnaderna", "Personalkostnaderna"), sp=None),
        G("53 procent", 53, "percent", **L25, s=("Personalkostnaderna", "Personalkostnaderna"), sp=None, note="', eller' restates"),
    ]
    NEG["r28_a_fotboll_2025"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("24 februari 2026"),
        N("2025", ctx="Säsongen [2025] blev", note="places the season"), N("2024", ctx="mot [2024] och", note="places the comparison"),
        N("2009", ctx="rekordsäsongen [2009],", note="places the figure"), N("17 augusti", note="date"),
        N("2024", ctx="kronor [2024]. Rekordåret", note="places the figure"), N("2009", ctx="Rekordåret [2009]", note="places the figure"),
        N("2024", ctx="kronor [2024]. Det", note="places the figure"), N("31 december", note="date"),
        N("2025", ctx="[2025] 2024 2009", note="column header"), N("2024", ctx="2025 [2024] 2009", note="column header"),
        N("2009", ctx="[2009] (rekord)", note="column header"), N("2026", ctx="topp tre [2026]", note="places the target"),
        N("19 mars 2026", note="annual meeting"), N("19.00", note="time of day"), N("026-51 30 40"),
    ]

    return GOLD, NEG
