"""Round 40, part A (r40_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 40, part A (r40_a_*): eight kinds, written from scratch (r40_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# a listed real-estate company's interim report January-September 2026 (dateline 'Västerhamn den 22 oktober 2026';
# 'Siffror inom parentes avser motsvarande period föregående år'; hyresintäkter, driftnetto, förvaltningsresultat in
# MSEK, uthyrningsgrad, a negative bracket for value changes, financing, the CEO's quotes; plain-text table 'NYCKELTAL,
# MSEK' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025'), a statistics office's CPI release for October
# 2026 (Markdown, 'Publicerad: 12 november 2026'; KPIF, KPIF excl. energy, KPI twelve-month rates, monthly changes,
# contributions in procentenheter, the statistician's quote; Markdown table 'KPIF per produktgrupp (urval), oktober
# 2026' 'Vikt, %' / '1 mån, %' / '12 mån, %' with a bold total row), a region's waiting-time report for October 2026
# ('Publicerad 19 november 2026'; share within 90 days against the national target, the country, other regions and
# October 2025, numbers waiting, ranks, the director's quote and forecast), a TT article on bankruptcies in October 2026
# ('Publicerad 3 november 2026 kl. 06.30'; bankruptcies and employees, January-October, by industry and county, 'per 1
# 000 aktiebolag', quotes by a credit-information firm and a small-business federation, a fact box with bracketed
# October 2025 figures), an UNDATED union web page on wage demands (HTML, no date, no sidecar; kronor per månad, per
# cent, the industry norm 'märket', inflation 2022-2024, other unions, a bulleted list of demands), a ski resort's season
# summary 2025/26 dated only by its sidecar (2026-05-06; skiddagar, liftintäkter, intäkt per skiddag, plain-text table
# 'Skiddagar per månad, tusental' '2025/26' / '2024/25' / 'Förändring, %'), a municipal library's annual report 2025
# (Markdown, 'Publicerad 10 mars 2026'; loans, e-books, visits, lån/besök per invånare, Markdown table 'Utlån av fysiska
# medier per bibliotek, antal lån' '2025' / '2024' / 'Förändring, %' with a bold total row, costs, 2026 targets), and a
# rescue service's half-year report January-June 2026 ('Datum: 18 augusti 2026'; plain-text table 'Insatser per typ,
# januari–juni, antal' '2026' / '2025' / 'Snitt 2021–2025' / 'Förändring mot 2025, %', response times in minuter,
# 'per 1 000 invånare', targets, the chief's quote).
# The r8-r39 decisions are followed (headers of gold_r28_a.py, gold_r30_b.py, gold_r35_a.py, gold_r38_a.py,
# gold_r39_a.py): periods at year grain (a winter '2025/26' = ('2025','2026')); relative expressions in the sentence
# ('i fjol', 'förra året', 'i år', 'hittills i år', 'i våras', 'nästa vinter') resolve against the publication date and
# are not lenient; 'ett år tidigare', 'året innan', 'säsongen innan', 'vid årsskiftet', a month without a year, a
# heading's, caption's or the document's period are lenient; present tense is lenient on the publication year; brackets
# lenient on the period the bracket note names; a level followed by ', jämfört med' / ', att jämföra med' / 'mot' (an
# earlier time) or by 'Det är en förbättring med' is the new value after a change; from-values have no direction;
# comparisons at one time (another region, the country, a competitor, another union, a target) have no direction; a
# comparison with a five-year average of the same thing is a change (r10_b); twelve-month inflation rates are the
# rolling year ('2025','2026') lenient with increase from their sign, a contribution 'bidrog med' has no direction but
# 'bidrog nedåt med' decrease (as r30_b's 'påverkades uppåt'); multipliers optional; samples, thresholds, age bands,
# rules and the set a text names optional; standing targets with no year have no period and are required; table cells
# take their column headers' periods explicit, a caption's period lenient, change columns their direction from the
# sign, lenient on the later period; rows that are categories take the caption's measure as subject, rows that are
# measures their own label; per: 'per invånare' / 'per 1 000 invånare' = "capita" (value as written), 'per aktie'
# "share", 'per månad' / 'i månaden' "month", 'per timme' / 'i timmen' "hour", 'per vecka' "week", 'per kvadratmeter
# (och år)' "m2" (r28), 'per skiddag' "skier_day" (r20), 'per tillfälle' "occasion"; 'X procent av Y' and 'X av Y'
# take Y; 'X står/svarar för Y' takes X; a quote credits every figure in it; 'Enligt X' enligt; 'X räknar med' /
# 'X kräver' credited; pronouns, 'Det', 'vilket', 'varav' and elided nouns s None; the UNDATED text has no period
# unless the sentence names its years (r35) and its publisher's 'Vi' / 'Förbundet' is no speaker.
# Where those were silent, decided here:
# - Real estate (dateline 2026-10-22): bullets under 'TREDJE KVARTALET 2026' / 'PERIODEN JANUARI–SEPTEMBER 2026' 2026
#   lenient, brackets 2025 lenient; 'ökade med X till Y (Z)' X and Y increase, Z none. Value changes '46 (−212)' are
#   results, no direction. The quote's 'knappt 6 000 kvadratmeter' ('i juli') 2026 lenient; 'ungefär hälften av den
#   ytan' ratio, takes 'den ytan'; 'tillbaka på en uthyrningsgrad över 94 procent i början av 2027' 2027 explicit,
#   more_than, increase (a return to a higher level). '18 460 MSEK, att jämföra med 17 920 MSEK vid årsskiftet' 18 460
#   increase, 17 920 2025 lenient. '1 392 kronor per kvadratmeter och år' per="m2"; 'cirka 8 procent lägre än snittet'
#   one time, no direction. 'belåningsgraden till 50,6 procent, mot 51,9 procent vid årsskiftet' decrease / 2025
#   lenient. 'Räntetäckningsgraden för de senaste tolv månaderna var 2,3 gånger' a key ratio (unit number, required),
#   the rolling year lenient. The financial targets 'inte överstiger 55 procent' (at_most) and 'minst 2,0 gånger'
#   standing, no period, required. '118 kWh per kvadratmeter' per="m2" decrease; 'högst 100 kWh ... år 2030' 2030
#   explicit, s 'Målet'. Table: column periods explicit; rows are measures; negative cells carry no direction.
# - CPI (published 2026-11-12): as r30_b. Title and text 2,4 rolling year increase; 'upp från 2,1 procent' a from-value;
#   'jämfört med 2,8 procent månaden innan' and '(1,6 procent i september)' previous twelve-month rates: rolling year,
#   increase by sign. Monthly changes 2026 lenient; 'Motsvarande månadsförändring i oktober 2025 var 0,2 procent' 2025
#   explicit, increase (a rise). '3,6 procent högre än i oktober förra året' an earlier point: 2026 lenient, increase;
#   'en ökningstakt på 4,0 procent i september' rolling year increase. The quote's '3,2 procent i årstakt' rolling year,
#   'drygt 4 procent i våras' 2026 explicit, s None. 'mellan 1,8 och 2,6 procent' ('de senaste tolv månaderna') rolling
#   year, explicit, increase. 'Riksbankens inflationsmål är 2 procent' present, 2026 lenient (r30_b). Index '417,63'
#   unit number. Table: caption's month lenient; 'Vikt, %' no direction, s 'Vikt'; '1 mån, %' signed 2026; '12 mån, %'
#   signed rolling year; the change columns take 'KPIF' from the caption. 'cirka 22 000 priser' sample, 'tre
#   månaderna' and 'högst 0,1 procentenheter' the revision rule: optional.
# - Waiting times (published 2026-11-19): 'i oktober' 2026 lenient. The ten '90 dagar' define the metric, the target or
#   the guarantee: optional (inom at_most, 'längre än' / 'mer än' more_than); 'tre månader', 'tre dagar' likewise. '78
#   procent' increase (next sentence 'Det är en förbättring med 4 procentenheter jämfört med oktober 2025'), '74
#   procent' 2025 explicit. 'minst 90 procent' the national target: standing, required. The country ('Riksgenomsnittet
#   i oktober'), other regions and ranks at one time: no direction; '81 procent' s the region named; 'fjortonde plats'
#   s None (elided); 'landets 21 regioner' optional (the set). 'har minskat med 820 personer sedan oktober i fjol'
#   ('2025','2026') explicit. 'mer än halverats på ett år, från 940 till 410' optional multiplier (ratio 0.5,
#   more_than, decrease); 940 a from-value 2025 lenient; 410 decrease. 'Han räknar med ... mellan 82 och 85 procent vid
#   årsskiftet' credited to Henrik Osvald, 2026 lenient, no direction. 'Hittills i år ... 310 patienter ..., mot 190
#   under hela 2025' 310 2026 explicit increase, 190 2025 explicit. '36 av regionens 212 vårdplatser' both counted
#   (s 'vårdplatser inom kirurgi och ortopedi'), 36 decrease ('en minskning från 51 stängda platser i oktober i fjol'),
#   51 a from-value 2025 explicit.
# - Bankruptcies (published 2026-11-03): 'I oktober' 2026 lenient; the lead's figures 'enligt ... Kreditfakta'.
#   'drygt 300 fler' s None increase. 'Under årets första tio månader' 2026 explicit; 'under perioden' lenient.
#   'minskade från 74 till 59' from-value 2025 lenient / decrease. County figures: 'ökade ... med 12 procent till 231'
#   increase; '118 konkurser, ungefär lika många som i oktober 2025' no direction. '4,1 konkurser per 1 000 aktiebolag'
#   per="company" (existing value), '2,8 för hela landet' one time, s None. 'nästan sju av tio' ratio 0.7 approx, s the
#   firms; 'färre än fem anställda' a threshold (optional). Sundell's '20–30 procent' has no period (since an unnamed
#   time), increase; 'Var femte medlem' 2026 lenient (present). '11 400' ('i september', 'har också ökat') 2026
#   lenient increase, enligt 'myndighetens statistik'; 'över tio år' optional. 'Kreditfakta räknar med ... mellan 8 300
#   och 8 500' 2026 explicit, credited. Fact box: heading 'Konkurser i oktober 2026' lenient, brackets 'avser oktober
#   2025' lenient, no direction; category rows take 'Konkurser', 'Berörda anställda' its own label.
# - Union page (UNDATED, HTML): no periods except 'Mellan 2022 och 2024' ('2022','2024') explicit. The union's own
#   demands ('Servicearbetarnas förbund kräver', the bullet list) have no speaker (the publisher); other unions'
#   demands ('Omsorgsfacket kräver 1 300 kronor', 'Handelsarbetarnas förbund 4,5 procent') credited, s None. Wage
#   increases demanded carry increase. 'över 6 000 medlemmar svarat' a sample (optional). '27 300 kronor i månaden' the
#   average wage, required; '34 000 kronor i månaden' the example's input, optional; 'motsvarar 1 450 kronor en höjning
#   med 5,3 procent' 1 450 per None (no rate written), increase. The norm '3,2 procent det första året och 2,9 procent
#   det andra' increase, no period. '1,6 procentenheter över märket' one time, no direction. 'under 30 000 kronor i
#   månaden' a threshold (optional). 'ungefär 6 procent lägre än den var 2021' decrease (an earlier time), no period.
#   'mellan 1 500 och 2 000 kronor under deras' a comparison, no direction. 'från 24 100 till 25 800 kronor per månad'
#   from-value / increase; 'fyllt 19 år' optional (at_least); 'höjs med 12 kronor per timme, till 62 kronor' both
#   increase per="hour"; 'högst två år' a demanded term, required; 'sex veckors' optional (rule).
# - Ski resort (sidecar 2026-05-06): figures about the season 2025/26 ('2025','2026'), lenient ('Under säsongen').
#   'drygt 20 000 färre än rekordsäsongen 2022/23' decrease. 'steg till 405 kronor från 394 kronor' per="skier_day", 394
#   a from-value ('2024','2025') lenient. The competitor's '625 kronor' one time, s None; 'nästan 40 centimeter mer än en
#   normal vinter' one time. 'som mest 9 800 åkare' a peak, exact. Table: caption 'tusental' x1000; '2025/26' and
#   '2024/25' explicit, 'Förändring, %' season lenient signed; rows are months: s 'Skiddagar'. 'stod för 55 procent' s
#   'Februari och mars'. '31 procent, jämfört med 27 procent säsongen innan' increase / ('2024','2025') lenient. 'Till
#   nästa vinter' and 'Inför vintern 2026/27' ('2026','2027') explicit; '2 400 åkare i timmen' per="hour" increase
#   ('ökar kapaciteten med'); '5 290 kronor' oförändrat: no direction, ('2026','2027') lenient.
# - Library (published 2026-03-10; report year 2025): 'Under 2025' explicit, the rest of 2025 lenient; 'året innan'
#   2024 lenient. '5,9 lån per invånare, jämfört med 6,0 året innan' decrease / 2024 lenient. The national average and
#   the neighbour municipality one time. '18 deltagare per tillfälle' per="occasion"; 'fyra kvällar i veckan' count
#   per="week". '0–17 år' optional. 'Ett e-boklån kostar ... 21 kronor, jämfört med 17 kronor år 2023' per="loan",
#   present tense 2026 lenient, increase; 17 2023 explicit. 'Målet för 2026 är minst 560 000 besök' 2026 explicit;
#   'öka från 58 till 65 procent' 58 from-value 2025 lenient, 65 2026 explicit increase. 'mellan 12 och 15 hållplatser
#   per vecka' 2026 lenient (under 'Mål för 2026'). Table: '2025' / '2024' explicit, change 2025 lenient signed; rows
#   are branches: s 'Utlån av fysiska medier' (caption); bold total row by ctx.
# - Rescue (dated 18 augusti 2026): 'första halvåret 2026' explicit; 'under perioden', 'Under halvåret', 'Under maj'
#   2026 lenient. '11 procent över femårssnittet' increase (r10_b). 'Femårssnittet är 1,8 omkomna per halvår'
#   per="half_year" (a new denominator: no existing per value is a half-year), ('2021','2025') lenient. '16,9 insatser'
#   per="capita", '14,2 för riket' one time s None. Response times: '11,4 minuter, jämfört med 12,1 minuter under första
#   halvåret 2025' decrease / 2025 explicit; 'I tätort var den' s None. 'Enligt handlingsprogrammet ska ... inom 10
#   minuter / inom 20 minuter' standing targets, required, no period, enligt. '87 procent av insatserna, mot 84 procent
#   ett år tidigare' increase / 2025 lenient. '48 procent av helårsmålet på 440 tillsyner' both s 'helårsmålet', 440
#   2026 lenient. 'minst 95 procent' standing target. The quote's 'mer än en tredjedel' ratio more_than increase.
#   '3,9 miljoner kronor, 1,1 miljoner kronor mer än samma period i fjol' both increase. 'Prognosen för helåret'
#   2026 lenient. Table: '2026' / '2025' / 'Snitt 2021–2025' explicit, 'Förändring mot 2025, %' 2026 lenient signed;
#   rows are types: s 'Insatser' (caption). 'fyra kommuner' optional (the set); 'sju stationer' required (a count).
# - Negatives: datelines, Publicerad and Datum lines, titles', headings', captions' and column headers' periods, years
#   and dates that only place a claim or a baseline, next-report dates, the index base '1980 = 100', rate denominators
#   ('1 000'), week numbers ('7–10'), section and table numbering, case numbers, times of day, phone numbers, postal
#   codes, street and box numbers, org numbers, decades ('1990-talet').
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2021", "2023", "2024", "2025", "2026", "2027", "2030")}
    Y23, Y24, Y25, Y26, Y27 = Y["2023"], Y["2024"], Y["2025"], Y["2026"], Y["2027"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. real-estate interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    AV = ("Annika Vreede", "quote")
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    DN = ("Driftnettot", "Driftnettot")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    OG = ("en överskottsgrad", "överskottsgrad")
    FPA = ("Förvaltningsresultatet per aktie", "Förvaltningsresultatet")
    VF = ("Värdeförändringar på förvaltningsfastigheter", "Värdeförändringar")
    VV = ("Det verkliga värdet på förvaltningsfastigheterna", "värdet")
    BG = ("belåningsgraden", "belåningsgraden")
    GR = ("Den genomsnittliga räntan", "räntan")
    gc = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r40_a_fastighet_q3"] = [
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] till", **L26, direction=INC, s=HI, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("318", 318e6, "SEK", ctx="till [318] (300)", **L26, direction=INC, s=HI, sp=None),
        G("300", 300e6, "SEK", ctx="318 ([300]) MSEK", **L25, s=HI, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("221", 221e6, "SEK", ctx="uppgick till [221] (204)", **L26, s=DN, sp=None),
        G("204", 204e6, "SEK", ctx="221 ([204]) MSEK", **L25, s=DN, sp=None),
        G("118", 118e6, "SEK", ctx="uppgick till [118] (109)", **L26, s=FR, sp=None),
        G("109", 109e6, "SEK", ctx="118 ([109]) MSEK", **L25, s=FR, sp=None),
        G("93,4", 93.4, "percent", ctx="var [93,4] (94,1)", **L26, s=UG, sp=None),
        G("94,1", 94.1, "percent", ctx="93,4 ([94,1]) procent", **L25, s=UG, sp=None),
        G("5 procent", 5, "percent", ctx="ökade med [5 procent] till", **L26, direction=INC, s=HI, sp=None, note="'PERIODEN JANUARI–SEPTEMBER 2026' heading"),
        G("941", 941e6, "SEK", ctx="till [941] (896)", **L26, direction=INC, s=HI, sp=None),
        G("896", 896e6, "SEK", ctx="941 ([896]) MSEK", **L25, s=HI, sp=None),
        G("638", 638e6, "SEK", ctx="uppgick till [638] (597)", **L26, s=DN, sp=None),
        G("597", 597e6, "SEK", ctx="638 ([597]) MSEK", **L25, s=DN, sp=None),
        G("67,8", 67.8, "percent", ctx="på [67,8] (66,6)", **L26, s=OG, sp=None),
        G("66,6", 66.6, "percent", ctx="67,8 ([66,6]) procent", **L25, s=OG, sp=None),
        G("2,61", 2.61, "SEK", per="share", ctx="till [2,61] (2,37)", **L26, s=FPA, sp=None),
        G("2,37", 2.37, "SEK", per="share", ctx="2,61 ([2,37]) kronor", **L25, s=FPA, sp=None),
        G("46", 46e6, "SEK", ctx="uppgick till [46] (−212)", **L26, s=VF, sp=None, note="a result, not a change of a level"),
        G("−212", -212e6, "SEK", ctx="46 ([−212]) MSEK", **L25, s=VF, sp=None),
        G("knappt 6 000 kvadratmeter", 6000, "m2", bound="approx", **L26, s=("lager", "lager"), sp=AV, note="'i juli'"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("den ytan", "ytan"), sp=AV),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=("hyresintäkterna", "hyresintäkterna"), sp=AV, note="'I jämförbart bestånd'"),
        G("över 94 procent", 94, "percent", bound="more_than", t=Y27, direction=INC, s=("en uthyrningsgrad", "uthyrningsgrad"), sp=AV, note="'tillbaka på ... i början av 2027'"),
        G("142 fastigheter", 142, "count", **L26, s=("fastigheter", "fastigheter"), sp=None, note="'Den 30 september'"),
        G("drygt 1,1 miljoner kvadratmeter", 1.1e6, "m2", bound="approx", **L26, s=("en uthyrbar area", "area"), sp=None),
        G("18 460 MSEK", 18460e6, "SEK", **L26, direction=INC, s=VV, sp=None, note="', att jämföra med 17 920 MSEK vid årsskiftet'"),
        G("17 920 MSEK", 17920e6, "SEK", **L25, s=VV, sp=None),
        G("41 procent", 41, "percent", **L26, s=("Bostäder", "Bostäder"), sp=None, note="'svarar för' (present)"),
        G("33 procent", 33, "percent", **L26, s=("lager och logistik", "lager"), sp=None),
        G("26 procent", 26, "percent", **L26, s=("kontor", "kontor"), sp=None),
        G("1 392 kronor", 1392, "SEK", per="m2", **L26, s=("Det genomsnittliga hyresvärdet för bostäderna", "hyresvärdet"), sp=None, note="'per kvadratmeter och år'"),
        G("cirka 8 procent", 8, "percent", bound="approx", **L26, s=None, sp=None, note="'lägre än snittet': one time"),
        G("214 hyreslägenheter", 214, "count", **L26, s=("hyreslägenheter", "hyreslägenheter"), sp=None, note="'Under perioden'"),
        G("612 MSEK", 612e6, "SEK", **L26, s=("Investeringarna i ny-, till- och ombyggnad", "Investeringarna"), sp=None),
        G("9 870 MSEK", 9870e6, "SEK", **L26, s=("Den räntebärande skulden", "skulden"), sp=None),
        G("50,6 procent", 50.6, "percent", **L26, direction=DEC, s=BG, sp=None, note="', mot 51,9 procent vid årsskiftet'"),
        G("51,9 procent", 51.9, "percent", **L25, s=BG, sp=None),
        G("3,42 procent", 3.42, "percent", **L26, direction=DEC, s=GR, sp=None),
        G("3,88 procent", 3.88, "percent", **L25, s=GR, sp=None),
        G("2,3 gånger", 2.3, "number", t=("2025", "2026"), lenient=True, s=("Räntetäckningsgraden för de senaste tolv månaderna", "Räntetäckningsgraden"), sp=None, note="a key ratio"),
        G("55 procent", 55, "percent", bound="at_most", s=("en belåningsgrad", "belåningsgrad"), sp=None, note="'inte överstiger': standing target"),
        G("minst 2,0 gånger", 2.0, "number", bound="at_least", s=("en räntetäckningsgrad", "räntetäckningsgrad"), sp=None),
        G("7 procent", 7, "percent", ctx="minskade med [7 procent] till", **L26, direction=DEC, s=("Energianvändningen i det jämförbara beståndet", "Energianvändningen"), sp=None),
        G("118 kWh", 118, "kWh", per="m2", **L26, direction=DEC, s=("Energianvändningen i det jämförbara beståndet", "Energianvändningen"), sp=None),
        G("högst 100 kWh", 100, "kWh", bound="at_most", per="m2", t=Y["2030"], s=("Målet", "Målet"), sp=None),
        *_row(G, "Hyresintäkter", ["318", "300", "941", "896"], gc("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'NYCKELTAL, MSEK': column periods explicit; rows are measures"),
        *_row(G, "Driftnetto", ["221", "204", "638", "597"], gc("SEK", 1e6), ("Driftnetto", "Driftnetto")),
        *_row(G, "Förvaltningsresultat", ["118", "109", "342", "311"], gc("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Värdeförändringar fastigheter", ["18", "−96", "46", "−212"], gc("SEK", 1e6), ("Värdeförändringar fastigheter", "Värdeförändringar")),
        *_row(G, "Periodens resultat", ["109", "−4", "329", "48"], gc("SEK", 1e6), ("Periodens resultat", "resultat")),
        *_row(G, "Ekonomisk uthyrningsgrad, %", ["93,4", "94,1", "93,8", "94,2"], gc("percent", 1), ("Ekonomisk uthyrningsgrad", "uthyrningsgrad")),
    ]
    NEG["r40_a_fastighet_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("22 oktober 2026", occ=1, note="dateline"),
        N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"), N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"),
        N("2027", ctx="i början av [2027]"), N("30 september"), N("2030"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommuniké [2026]", note="names the report"), N("12 februari 2027", note="next report"),
        N("031-774 20 15"), N("22 oktober 2026", occ=2), N("08.00", note="time of day"), N("556874-2291", note="org number"),
        N("14", ctx="Hamngatan [14]", note="street number"), N("451 30", note="postal code"),
    ]

    # ------------------------------------------------------------ 2. CPI, October 2026 (Markdown, Publicerad 12 november 2026)
    ML = ("Maja Lundkvist", "quote")
    KF = ("KPIF", "KPIF")
    IT = ("Inflationstakten enligt KPIF", "Inflationstakten")
    IK = ("Inflationstakten mätt med KPI", "Inflationstakten")
    KE = ("KPIF exklusive energi", "KPIF")
    DP = ("Drivmedelspriserna", "Drivmedelspriserna")
    kc = [("percent", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, ("2025", "2026"), T, T)]
    KS = [("Vikt", "Vikt"), KF, KF]
    GOLD["r40_a_kpi_okt"] = [
        G("2,4 procent", 2.4, "percent", occ=1, **R12, direction=INC, s=("Inflationstakten", "Inflationstakten"), sp=None, note="heading; a twelve-month rate: rolling year"),
        G("2,4 procent", 2.4, "percent", occ=2, **R12, direction=INC, s=IT, sp=None),
        G("2,1 procent", 2.1, "percent", **R12, s=IT, sp=None, note="from-value 'upp från ... i september'"),
        G("2,7 procent", 2.7, "percent", **R12, direction=INC, s=KE, sp=None, note="'på tolv månader'"),
        G("2,8 procent", 2.8, "percent", **R12, direction=INC, s=KE, sp=None, note="the previous month's twelve-month rate"),
        G("1,9 procent", 1.9, "percent", **R12, direction=INC, s=IK, sp=None),
        G("1,6 procent", 1.6, "percent", **R12, direction=INC, s=IK, sp=None, note="bracket '(... i september)'"),
        G("0,5 procent", 0.5, "percent", ctx="KPIF steg med [0,5 procent]", **L26, direction=INC, s=KF, sp=None),
        G("0,2 procent", 0.2, "percent", t=Y25, direction=INC, s=("Motsvarande månadsförändring", "månadsförändring"), sp=None, note="'i oktober 2025'"),
        G("0,4 procent", 0.4, "percent", ctx="KPI ökade med [0,4 procent]", **L26, direction=INC, s=("KPI", "KPI"), sp=None),
        G("417,63", 417.63, "number", **L26, s=("indextalet", "indextalet"), sp=None, note="index level (1980 = 100)"),
        G("14,8 procent", 14.8, "percent", **L26, direction=INC, s=("elpriserna", "elpriserna"), sp=None, note="'från september'"),
        G("0,18 procentenheter", 0.18, "percentage_point", **L26, s=None, sp=None, note="'Det bidrog med': a contribution"),
        G("3,1 procent", 3.1, "percent", ctx="med [3,1 procent], vilket", **L26, direction=INC, s=("klädpriserna", "klädpriserna"), sp=None),
        G("3,6 procent", 3.6, "percent", ctx="var [3,6 procent] högre", **L26, direction=INC, s=("Priserna på livsmedel och alkoholfria drycker", "Priserna"), sp=None, note="'högre än i oktober förra året': an earlier point"),
        G("4,0 procent", 4.0, "percent", **R12, direction=INC, s=("en ökningstakt", "ökningstakt"), sp=None, note="'i september'"),
        G("drygt 19 procent", 19, "percent", bound="approx", **L26, direction=INC, s=("kaffepriserna", "kaffepriserna"), sp=None),
        G("2,2 procent", 2.2, "percent", **L26, direction=DEC, s=("priserna", "priserna"), sp=None),
        G("1,4 procent", 1.4, "percent", **L26, direction=DEC, s=DP, sp=None),
        G("6,3 procent", 6.3, "percent", **L26, direction=DEC, s=DP, sp=None, note="'lägre än i oktober 2025'"),
        G("0,21 procentenheter", 0.21, "percentage_point", **L26, direction=DEC, s=None, sp=None, note="'vilket bidrog nedåt med'"),
        G("3,2 procent", 3.2, "percent", **R12, direction=INC, s=("Tjänstepriserna", "Tjänstepriserna"), sp=ML, note="'i årstakt'"),
        G("drygt 4 procent", 4, "percent", bound="approx", t=Y26, direction=INC, s=None, sp=ML, note="'i våras' resolves"),
        G("mellan 1,8 och 2,6 procent", None, "percent", low=1.8, high=2.6, t=("2025", "2026"), direction=INC, s=("KPIF-inflationen", "KPIF-inflationen"), sp=None, note="'Under de senaste tolv månaderna'"),
        G("2 procent", 2, "percent", ctx="inflationsmål är [2 procent]", **L26, s=("Riksbankens inflationsmål", "inflationsmål"), sp=None, note="target, present tense"),
        *_row(G, "| Livsmedel och alkoholfria drycker", ["14,3", "+0,3", "+3,6"], kc, KS, sep=" | ", note="Markdown table '... oktober 2026': the caption's month (lenient); 'Vikt, %' no direction; '1 mån, %' signed; '12 mån, %' signed rolling year"),
        *_row(G, "| Kläder och skor", ["4,5", "+3,1", "+1,2"], kc, KS, sep=" | "),
        *_row(G, "| Boende exkl. el", ["19,8", "+0,2", "+2,9"], kc, KS, sep=" | "),
        *_row(G, "| El", ["3,2", "+14,8", "+5,6"], kc, KS, sep=" | "),
        *_row(G, "| Transport", ["14,1", "−0,6", "−1,8"], kc, KS, sep=" | "),
        *_row(G, "| Rekreation och kultur", ["11,2", "+0,4", "+2,3"], kc, KS, sep=" | "),
        *_row(G, "| Restauranger och hotell", ["6,4", "+0,3", "+3,4"], kc, KS, sep=" | "),
        G("100,0", 100.0, "percent", ctx="**[100,0]**", **L26, s=("Vikt", "Vikt"), sp=None, note="bold total row"),
        G("+0,5", 0.5, "percent", ctx="**[+0,5]**", **L26, direction=INC, s=KF, sp=None),
        G("+2,4", 2.4, "percent", ctx="**[+2,4]**", **R12, direction=INC, s=KF, sp=None),
        G("cirka 22 000 priser", 22000, "count", bound="approx", optional=True, s=("priser", "priser"), sp=None, note="sample"),
        G("tre månaderna", 3, "month", optional=True, s=None, sp=None, note="revision rule"),
        G("högst 0,1 procentenheter", 0.1, "percentage_point", bound="at_most", optional=True, s=None, sp=None, note="revision margin"),
    ]
    NEG["r40_a_kpi_okt"] = [
        N("oktober 2026", occ=1, note="title"), N("12 november 2026", note="Publicerad line"), N("08.00", occ=1),
        N("oktober 2026", ctx="i [oktober 2026], upp", note="places the rate"), N("oktober 2025", occ=1), N("oktober 2025", occ=2),
        N("1980", note="index base"), N("100", ctx="1980 = [100]", note="index base"),
        N("oktober 2026", ctx="(urval), [oktober 2026]", note="caption"), N("2026", ctx="Vikterna avser [2026]"),
        N("november 2026", ctx="KPI för [november 2026]", note="next report"), N("11 december 2026", note="next report"),
        N("08.00", occ=2), N("010-479 53 12"),
    ]

    # ------------------------------------------------------------ 3. waiting times, October 2026 (Publicerad 19 november 2026)
    HO = ("Henrik Osvald", "quote")
    AF = ("Andelen patienter som fick sitt första besök i den planerade specialistvården inom 90 dagar", "Andelen")
    AO = ("andelen som behandlades inom 90 dagar", "andelen")
    PA = ("patienter", "patienter")
    KO = ("kön till starroperation", "kön")
    VP = ("vårdplatser inom kirurgi och ortopedi", "vårdplatser")
    d90 = lambda occ, bound, note="": G("90 dagar", 90, "day", bound=bound, occ=occ, optional=True, s=None, sp=None, note=note)
    GOLD["r40_a_vantetider_okt"] = [
        d90(1, "at_most", "defines the metric"), d90(2, "at_most", "the target's rule"), d90(3, "at_most"),
        d90(4, "more_than"), d90(5, "more_than"), d90(6, "more_than"), d90(7, "at_most"), d90(8, "at_most"),
        d90(9, "at_most", "the care guarantee"), d90(10, "at_most"),
        G("78 procent", 78, "percent", **L26, direction=INC, s=AF, sp=None, note="'i oktober'; next sentence 'Det är en förbättring'"),
        G("4 procentenheter", 4, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("74 procent", 74, "percent", t=Y25, s=("andelen", "andelen"), sp=None, note="'oktober 2025, då andelen var'"),
        G("minst 90 procent", 90, "percent", bound="at_least", s=("Den nationella målnivån", "målnivån"), sp=None, note="standing target"),
        G("64 procent", 64, "percent", **L26, direction=INC, s=AO, sp=None),
        G("61 procent", 61, "percent", **L25, s=AO, sp=None),
        G("68 procent", 68, "percent", **L26, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="one time"),
        G("14 230 patienter", 14230, "count", **L26, s=PA, sp=None),
        G("3 110", 3110, "count", **L26, s=None, sp=None, note="'varav'"),
        G("820 personer", 820, "count", t=("2025", "2026"), direction=DEC, s=("Antalet som väntat mer än 90 dagar", "Antalet"), sp=None, note="'sedan oktober i fjol'"),
        G("6 480 patienter", 6480, "count", **L26, s=PA, sp=None),
        G("2 330", 2330, "count", **L26, s=None, sp=None),
        G("drygt 1 100 patienter", 1100, "count", bound="approx", **L26, s=PA, sp=None),
        G("tre månader", 3, "month", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("mer än halverats", 0.5, "ratio", bound="more_than", **L26, direction=DEC, optional=True, s=KO, sp=None, note="multiplier"),
        G("940", 940, "count", **L25, s=KO, sp=None, note="from-value"),
        G("410 väntande", 410, "count", **L26, direction=DEC, s=KO, sp=None),
        G("81 procent", 81, "percent", **L26, s=("grannregionen Västerlida", "Västerlida"), sp=None, note="one time"),
        G("71 procent", 71, "percent", **L26, s=("andelen i Region Åsmark", "andelen"), sp=None),
        G("sjunde plats", 7, "ordinal", **L26, s=("Norrlida", "Norrlida"), sp=None),
        G("21 regioner", 21, "count", optional=True, s=("regioner", "regioner"), sp=None, note="the set"),
        G("fjortonde plats", 14, "ordinal", **L26, s=None, sp=None),
        G("ungefär 2 400 extra besök", 2400, "count", bound="approx", t=Y26, s=("extra besök", "besök"), sp=HO, note="'Sedan i våras'"),
        G("mellan 82 och 85 procent", None, "percent", low=82, high=85, **L26, s=("andelen som får ett första besök inom 90 dagar", "andelen"), sp=("Henrik Osvald", "credited"), note="'Han räknar med ... vid årsskiftet'"),
        G("45 miljoner kronor", 45e6, "SEK", t=Y26, s=None, sp=None),
        G("12 miljoner kronor", 12e6, "SEK", **L26, s=None, sp=None, note="'varav'"),
        G("310 patienter", 310, "count", t=Y26, direction=INC, s=PA, sp=None, note="'Hittills i år ..., mot 190 under hela 2025'"),
        G("190", 190, "count", t=Y25, s=None, sp=None),
        G("36", 36, "count", ctx="var [36] av", **L26, direction=DEC, s=VP, sp=None, note="'en minskning från 51 stängda platser'"),
        G("212 vårdplatser", 212, "count", **L26, s=VP, sp=None),
        G("51 stängda platser", 51, "count", t=Y25, s=("stängda platser", "platser"), sp=None, note="from-value 'i oktober i fjol'"),
        G("tre dagar", 3, "day", bound="at_most", optional=True, s=None, sp=None, note="the guarantee's rule"),
    ]
    NEG["r40_a_vantetider_okt"] = [
        N("OKTOBER 2026", note="title"), N("19 november 2026", note="Publicerad"), N("oktober 2025"),
        N("2026", ctx="under [2026] avsatt"), N("2025", ctx="hela [2025]"), N("17 december 2026", note="next report"),
        N("0960-48 12 70"),
    ]

    # ------------------------------------------------------------ 4. bankruptcies, TT (Publicerad 3 november 2026)
    KFe = ("Kreditfakta", "enligt")
    KSu = ("Karin Sundell", "quote")
    FO = ("företag", "företag")
    AN = ("anställda", "anställda")
    HR = ("antalet konkurser inom hotell och restaurang", "antalet")
    KK = ("Konkurser", "Konkurser")
    BA = ("Berörda anställda", "anställda")
    GOLD["r40_a_konkurser_tt"] = [
        G("712 företag", 712, "count", **L26, direction=INC, s=FO, sp=KFe, note="'I oktober'"),
        G("9 procent", 9, "percent", **L26, direction=INC, s=None, sp=KFe),
        G("2 460 anställda", 2460, "count", **L26, direction=INC, s=AN, sp=None),
        G("drygt 300", 300, "count", bound="approx", **L26, direction=INC, s=None, sp=None, note="'vilket är ... fler'"),
        G("6 985 företag", 6985, "count", t=Y26, direction=INC, s=FO, sp=None, note="'Under årets första tio månader'"),
        G("7 procent", 7, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("drygt 19 400 anställda", 19400, "count", bound="approx", **L26, direction=INC, s=AN, sp=None, note="'under perioden'"),
        G("11 procent", 11, "percent", **L26, direction=INC, s=None, sp=None),
        G("148 företag", 148, "count", **L26, direction=INC, s=FO, sp=None),
        G("24 procent", 24, "percent", **L26, direction=INC, s=None, sp=None),
        G("121 stycken", 121, "count", **L26, s=("konkurser", "konkurser"), sp=None),
        G("74", 74, "count", ctx="från [74] till", **L25, s=HR, sp=None, note="from-value"),
        G("59", 59, "count", ctx="74 till [59]", **L26, direction=DEC, s=HR, sp=None),
        G("12 procent", 12, "percent", **L26, direction=INC, s=("antalet konkurser", "antalet"), sp=None),
        G("231", 231, "count", **L26, direction=INC, s=("antalet konkurser", "antalet"), sp=None),
        G("118 konkurser", 118, "count", **L26, s=("konkurser", "konkurser"), sp=None, note="'ungefär lika många': no direction"),
        G("4,1 konkurser", 4.1, "count", per="company", **L26, s=("konkurser", "konkurser"), sp=None, note="'per 1 000 aktiebolag'"),
        G("2,8", 2.8, "count", per="company", ctx="med [2,8] för", **L26, s=None, sp=None, note="one time"),
        G("nästan sju av tio", 0.7, "ratio", bound="approx", **L26, s=("företag som gick i konkurs", "företag"), sp=None),
        G("fem anställda", 5, "count", bound="less_than", optional=True, s=AN, sp=None, note="threshold"),
        G("180 anställda", 180, "count", **L26, s=AN, sp=None),
        G("14 butiker", 14, "count", **L26, s=("butiker", "butiker"), sp=None),
        G("cirka 95 anställda", 95, "count", bound="approx", **L26, s=AN, sp=None),
        G("20–30 procent", None, "percent", low=20, high=30, direction=INC, s=("sina kostnader", "kostnader"), sp=KSu, note="no period"),
        G("Var femte", 0.2, "ratio", **L26, s=("medlem", "medlem"), sp=KSu),
        G("11 400", 11400, "count", **L26, direction=INC, s=("Antalet betalningsförelägganden mot företag hos Kronofogden", "Antalet"), sp=("myndighetens statistik", "enligt"), note="'i september'"),
        G("tio år", 10, "year", bound="more_than", optional=True, s=None, sp=None),
        G("mellan 8 300 och 8 500", None, "count", low=8300, high=8500, t=Y26, s=("antalet konkurser", "antalet"), sp=("Kreditfakta", "credited"), note="'för helåret 2026'"),
        G("712", 712, "count", ctx="Totalt: [712]", **L26, s=KK, sp=None, note="fact box 'Konkurser i oktober 2026' (lenient); brackets 'avser oktober 2025'"),
        G("653", 653, "count", ctx="712 ([653])", **L25, s=KK, sp=None),
        G("2 460", 2460, "count", ctx="anställda: [2 460]", **L26, s=BA, sp=None),
        G("2 151", 2151, "count", ctx="2 460 ([2 151])", **L25, s=BA, sp=None),
        G("148", 148, "count", ctx="Bygg: [148]", **L26, s=KK, sp=None),
        G("119", 119, "count", ctx="148 ([119])", **L25, s=KK, sp=None),
        G("121", 121, "count", ctx="Handel: [121]", **L26, s=KK, sp=None),
        G("126", 126, "count", ctx="121 ([126])", **L25, s=KK, sp=None),
        G("59", 59, "count", ctx="restaurang: [59]", **L26, s=KK, sp=None),
        G("74", 74, "count", ctx="59 ([74])", **L25, s=KK, sp=None),
    ]
    NEG["r40_a_konkurser_tt"] = [
        N("3 november 2026", note="Publicerad"), N("06.30", note="time of day"), N("januari–oktober 2025"),
        N("oktober 2025", ctx="som i [oktober 2025]"), N("1 000", note="rate denominator"), N("2026", ctx="helåret [2026]"),
        N("1990-talet", note="decade"), N("oktober 2026", note="fact box heading"), N("oktober 2025", ctx="avser [oktober 2025]"),
    ]

    # ------------------------------------------------------------ 5. union wage demands (UNDATED, HTML: no date, no sidecar)
    HJ = ("En generell höjning", "höjning")
    LL = ("Lägstalönen för den som fyllt 19 år", "Lägstalönen")
    OB = ("Ob-tillägget för nattarbete", "Ob-tillägget")
    GOLD["r40_a_fack_lonekrav"] = [
        G("1 450 kronor", 1450, "SEK", occ=1, per="month", direction=INC, s=("löneökningar", "löneökningar"), sp=None, note="the publisher's own demand; UNDATED: no period"),
        G("minst 4,8 procent", 4.8, "percent", bound="at_least", direction=INC, s=None, sp=None),
        G("över 6 000 medlemmar", 6000, "count", bound="more_than", optional=True, s=("medlemmar", "medlemmar"), sp=None, note="survey sample"),
        G("27 300 kronor", 27300, "SEK", per="month", s=("en genomsnittlig lön", "lön"), sp=None),
        G("1 450 kronor", 1450, "SEK", occ=2, direction=INC, s=None, sp=None, note="per None: no rate written"),
        G("5,3 procent", 5.3, "percent", direction=INC, s=("en höjning", "höjning"), sp=None),
        G("34 000 kronor", 34000, "SEK", per="month", optional=True, s=("en arbetsledare", "arbetsledare"), sp=None, note="the example's input"),
        G("drygt 4 procent", 4, "percent", bound="approx", direction=INC, s=None, sp=None),
        G("3,2 procent", 3.2, "percent", direction=INC, s=("Industrins avtal", "avtal"), sp=None),
        G("2,9 procent", 2.9, "percent", direction=INC, s=None, sp=None),
        G("1,6 procentenheter", 1.6, "percentage_point", s=("Vårt krav", "krav"), sp=None, note="'över märket': one time"),
        G("knappt 8 av 10", 0.8, "ratio", bound="approx", s=("våra medlemmar", "medlemmar"), sp=None),
        G("30 000 kronor", 30000, "SEK", bound="less_than", per="month", optional=True, s=None, sp=None, note="threshold"),
        G("nästan 19 procent", 19, "percent", bound="approx", t=("2022", "2024"), direction=INC, s=("priserna", "priserna"), sp=None, note="'Mellan 2022 och 2024'"),
        G("drygt 10 procent", 10, "percent", bound="approx", t=("2022", "2024"), direction=INC, s=("avtalen på vårt område", "avtalen"), sp=None),
        G("ungefär 6 procent", 6, "percent", bound="approx", direction=DEC, s=("Reallönen för en lokalvårdare", "Reallönen"), sp=None, note="'lägre än den var 2021': an earlier time; now has no period"),
        G("1 300 kronor", 1300, "SEK", per="month", direction=INC, s=None, sp=("Omsorgsfacket", "credited")),
        G("4,5 procent", 4.5, "percent", direction=INC, s=None, sp=("Handelsarbetarnas förbund", "credited")),
        G("mellan 1 500 och 2 000 kronor", None, "SEK", low=1500, high=2000, s=("lägstalönerna på vårt avtal", "lägstalönerna"), sp=None, note="'under deras': one time"),
        G("1 450 kronor", 1450, "SEK", occ=3, per="month", direction=INC, s=HJ, sp=None),
        G("lägst 4,8 procent", 4.8, "percent", bound="at_least", direction=INC, s=None, sp=None),
        G("19 år", 19, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold 'fyllt'"),
        G("24 100", 24100, "SEK", per="month", s=LL, sp=None, note="from-value"),
        G("25 800 kronor", 25800, "SEK", per="month", direction=INC, s=LL, sp=None),
        G("12 kronor", 12, "SEK", per="hour", direction=INC, s=OB, sp=None),
        G("62 kronor", 62, "SEK", per="hour", direction=INC, s=OB, sp=None),
        G("högst två år", 2, "year", bound="at_most", s=("Ett avtal", "avtal"), sp=None),
        G("minst 1,5 procent", 1.5, "percent", bound="at_least", s=("lönen", "lönen"), sp=None),
        G("sex veckors", 6, "week", optional=True, s=None, sp=None, note="rule"),
        G("omkring 28 000 anställda", 28000, "count", bound="approx", s=("anställda", "anställda"), sp=None),
        G("drygt 1 200 arbetsgivare", 1200, "count", bound="approx", s=("arbetsgivare", "arbetsgivare"), sp=None),
        G("omkring 41 000 medlemmar", 41000, "count", bound="approx", s=("medlemmar", "medlemmar"), sp=None),
        G("två tredjedelar", 2 / 3, "ratio", s=None, sp=None, note="'varav'"),
        G("var tredje", 1 / 3, "ratio", bound="approx", s=("medlem", "medlem"), sp=None, note="'Nästan var tredje'"),
    ]
    NEG["r40_a_fack_lonekrav"] = [
        N("2022"), N("2024", ctx="och [2024] steg"), N("2021"), N("31 mars"), N("4418", note="box number"),
        N("102 69", note="postal code"), N("08-612 40 90"), N("802004-6617", note="org number"),
    ]

    # ------------------------------------------------------------ 6. ski resort season 2025/26 (sidecar 2026-05-06)
    W = ("2025", "2026")
    P = ("2024", "2025")
    N27 = ("2026", "2027")
    LW = dict(t=W, lenient=True)
    LP = dict(t=P, lenient=True)
    JE = ("Jonas Edfeldt", "quote")
    IS = ("Intäkten per skiddag", "Intäkten")
    SD = ("Skiddagar", "Skiddagar")
    sc = [("count", 1e3, None, W, F, F), ("count", 1e3, None, P, F, F), ("percent", 1, None, W, T, T)]
    GOLD["r40_a_skidort_2526"] = [
        G("612 000 skiddagar", 612000, "count", **LW, direction=INC, s=("skiddagar", "skiddagar"), sp=None, note="'Under säsongen'"),
        G("4 procent", 4, "percent", **LW, direction=INC, s=None, sp=None),
        G("drygt 20 000", 20000, "count", bound="approx", **LW, direction=DEC, s=None, sp=None, note="'färre än rekordsäsongen 2022/23'"),
        G("248 miljoner kronor", 248e6, "SEK", **LW, direction=INC, s=("Liftintäkterna", "Liftintäkterna"), sp=None),
        G("7 procent", 7, "percent", **LW, direction=INC, s=None, sp=None),
        G("405 kronor", 405, "SEK", per="skier_day", **LW, direction=INC, s=IS, sp=None),
        G("394 kronor", 394, "SEK", per="skier_day", **LP, s=IS, sp=None, note="from-value"),
        G("595 kronor", 595, "SEK", **LW, s=("Ett dagskort i högsäsong", "dagskort"), sp=None),
        G("625 kronor", 625, "SEK", **LW, s=None, sp=None, note="the competitor: one time"),
        G("150 dagar", 150, "day", **LW, s=None, sp=None),
        G("142 centimeter", 142, "cm", **LW, s=("snödjupet", "snödjupet"), sp=None),
        G("nästan 40 centimeter", 40, "cm", bound="approx", **LW, s=None, sp=None, note="against a normal winter: one time"),
        *_row(G, "November", ["9", "6", "+50,0"], sc, SD, note="table 'Skiddagar per månad, tusental': '2025/26' / '2024/25' explicit, change lenient signed; rows are months"),
        *_row(G, "December", ["84", "88", "−4,5"], sc, SD),
        *_row(G, "Januari", ["118", "109", "+8,3"], sc, SD),
        *_row(G, "Februari", ["176", "168", "+4,8"], sc, SD),
        *_row(G, "Mars", ["161", "150", "+7,3"], sc, SD),
        *_row(G, "April", ["64", "67", "−4,5"], sc, SD),
        *_row(G, "Totalt", ["612", "588", "+4,1"], sc, SD),
        G("55 procent", 55, "percent", **LW, s=("Februari och mars", "Februari"), sp=None),
        G("9 800 åkare", 9800, "count", **LW, s=("åkare", "åkare"), sp=None, note="'som mest': a peak"),
        G("sju dagar", 7, "day", **LW, s=None, sp=None),
        G("31 procent", 31, "percent", **LW, direction=INC, s=("Utländska gäster", "gäster"), sp=None),
        G("27 procent", 27, "percent", **LP, s=("Utländska gäster", "gäster"), sp=None),
        G("72 procent", 72, "percent", **LW, s=("Beläggningen i bolagets egna stugor och lägenheter", "Beläggningen"), sp=None),
        G("1 850 bäddar", 1850, "count", **LW, s=("bäddar", "bäddar"), sp=None),
        G("430 säsongsanställda", 430, "count", **LW, s=("säsongsanställda", "säsongsanställda"), sp=None),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **LW, s=None, sp=None),
        G("2,1 GWh", 2.1, "GWh", **LW, direction=DEC, s=("Snöproduktionen", "Snöproduktionen"), sp=None),
        G("12 procent", 12, "percent", **LW, direction=DEC, s=None, sp=None),
        G("24 nya energisnåla snökanoner", 24, "count", **LW, s=("snökanoner", "snökanoner"), sp=None),
        G("85 miljoner kronor", 85e6, "SEK", t=N27, s=None, sp=JE, note="'Till nästa vinter'"),
        G("2 400 åkare", 2400, "count", per="hour", t=N27, direction=INC, s=("kapaciteten", "kapaciteten"), sp=JE, note="'i timmen'"),
        G("3–5 procent", None, "percent", low=3, high=5, t=N27, direction=INC, s=("priset på dagskortet", "priset"), sp=None),
        G("5 290 kronor", 5290, "SEK", t=N27, lenient=True, s=("Säsongskortet för vuxna", "Säsongskortet"), sp=None, note="'oförändrat': no direction"),
    ]
    NEG["r40_a_skidort_2526"] = [
        N("2025/26", occ=1, note="title"), N("2025/26", occ=2, note="places the season"), N("2024/25", occ=1),
        N("2022/23"), N("21 november"), N("19 april"),
        N("2025/26", occ=3, note="column header"), N("2024/25", occ=2, note="column header"),
        N("7–10", note="week numbers"), N("2026/27"), N("30 september"), N("556241-8830", note="org number"),
        N("2", ctx="Liftvägen [2]", note="street number"), N("840 95", note="postal code"),
    ]

    # ------------------------------------------------------------ 7. library annual report 2025 (Markdown, Publicerad 10 mars 2026)
    SF = ("Sara Fjellström", "quote")
    UF = ("Utlån av fysiska medier", "Utlån")
    AB = ("andelen barn med eget lånekort", "andelen")
    lc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T)]
    GOLD["r40_a_bibliotek_2025"] = [
        G("412 300 lån", 412300, "count", t=Y25, direction=DEC, s=("lån av fysiska medier", "lån"), sp=None, note="'Under 2025'"),
        G("2,8 procent", 2.8, "percent", t=Y25, direction=DEC, s=None, sp=None),
        G("61 800 lån", 61800, "count", **L25, direction=INC, s=("Utlåningen av e-böcker", "Utlåningen"), sp=None),
        G("14 procent", 14, "percent", **L25, direction=INC, s=None, sp=None),
        G("5,9 lån", 5.9, "count", per="capita", **L25, direction=DEC, s=("lån", "lån"), sp=None, note="', jämfört med 6,0 året innan'"),
        G("6,0", 6.0, "count", per="capita", ctx="jämfört med [6,0] året", **L24, s=None, sp=None),
        G("5,2 lån", 5.2, "count", per="capita", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="one time"),
        G("538 000 besök", 538000, "count", **L25, direction=INC, s=("besök", "besök"), sp=None),
        G("6 procent", 6, "percent", **L25, direction=INC, s=None, sp=None),
        G("6,7 besök", 6.7, "count", per="capita", **L25, s=("besök", "besök"), sp=None),
        G("4 860 låntagare", 4860, "count", **L25, direction=INC, s=("låntagare", "låntagare"), sp=None),
        G("3 920", 3920, "count", **L24, s=None, sp=None),
        *_row(G, "| Stadsbiblioteket", ["241 600", "249 800", "−3,3"], lc, UF, sep=" | ", note="Markdown table 'Utlån av fysiska medier per bibliotek, antal lån': '2025' / '2024' explicit, change lenient signed; rows are branches"),
        *_row(G, "| Norrstrands bibliotek", ["68 400", "71 200", "−3,9"], lc, UF, sep=" | "),
        *_row(G, "| Kvarnbackens bibliotek", ["52 900", "51 700", "+2,3"], lc, UF, sep=" | "),
        *_row(G, "| Hällby bibliotek", ["31 700", "33 900", "−6,5"], lc, UF, sep=" | "),
        *_row(G, "| Bokbussen", ["17 700", "17 600", "+0,6"], lc, UF, sep=" | "),
        G("412 300", 412300, "count", ctx="**[412 300]**", t=Y25, s=UF, sp=None, note="bold total row"),
        G("424 200", 424200, "count", ctx="**[424 200]**", t=Y24, s=UF, sp=None),
        G("−2,8", -2.8, "percent", ctx="**[−2,8]**", **L25, direction=DEC, s=UF, sp=None),
        G("sju veckor", 7, "week", **L25, s=None, sp=None, note="'under våren'"),
        G("1 240 programaktiviteter", 1240, "count", **L25, s=("programaktiviteter", "programaktiviteter"), sp=None),
        G("drygt 31 000 deltagare", 31000, "count", bound="approx", **L25, s=("deltagare", "deltagare"), sp=None),
        G("Nästan hälften", 0.5, "ratio", bound="approx", **L25, s=("aktiviteterna", "aktiviteterna"), sp=None),
        G("18 deltagare", 18, "count", per="occasion", **L25, s=("deltagare", "deltagare"), sp=None, note="'i genomsnitt ... per tillfälle'"),
        G("fyra kvällar", 4, "count", per="week", **L25, s=("kvällar", "kvällar"), sp=None),
        G("0–17 år", None, "year", low=0, high=17, optional=True, s=None, sp=None, note="age band"),
        G("58 procent", 58, "percent", **L25, s=("Andelen barn i åldern 0–17 år som har ett eget lånekort", "Andelen"), sp=None, note="'vid årets slut'"),
        G("fem procentenheter", 5, "percentage_point", **L25, s=None, sp=None, note="'lägre än i grannkommunen': one time"),
        G("38,4 miljoner kronor", 38.4e6, "SEK", **L25, s=("Bibliotekens nettokostnad", "nettokostnad"), sp=None),
        G("478 kronor", 478, "SEK", per="capita", **L25, s=None, sp=None),
        G("4,1 miljoner kronor", 4.1e6, "SEK", **L25, s=("Medieanslaget", "Medieanslaget"), sp=None),
        G("1,2 miljoner kronor", 1.2e6, "SEK", **L25, s=None, sp=None, note="'varav'"),
        G("21 kronor", 21, "SEK", per="loan", **L26, direction=INC, s=("Ett e-boklån", "e-boklån"), sp=None, note="present tense; ', jämfört med 17 kronor år 2023'"),
        G("17 kronor", 17, "SEK", per="loan", t=Y23, s=None, sp=None),
        G("ungefär 9 procent", 9, "percent", bound="approx", **L26, s=("Kostnaden per invånare", "Kostnaden"), sp=None, note="'under genomsnittet': one time"),
        G("minst 560 000 besök", 560000, "count", bound="at_least", t=Y26, s=("besök", "besök"), sp=None, note="'Målet för 2026'"),
        G("58", 58, "percent", ctx="från [58] till", **L25, s=AB, sp=None, note="from-value"),
        G("65 procent", 65, "percent", t=Y26, direction=INC, s=AB, sp=None),
        G("mellan 12 och 15 hållplatser", None, "count", low=12, high=15, per="week", **L26, s=("hållplatser", "hållplatser"), sp=None),
    ]
    NEG["r40_a_bibliotek_2025"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("10 mars 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] gjordes"), N("2024", ctx="jämfört med [2024]."), N("06.00"), N("22.00"),
        N("1", ctx="Tabell [1].", note="table number"), N("2025", ctx="| Bibliotek | [2025]", note="column header"),
        N("2024", ctx="[2024] | Förändring", note="column header"), N("2023", ctx="år [2023]"),
        N("2026", ctx="Mål för [2026]", note="heading"), N("2026", ctx="Målet för [2026]"), N("0523-61 44 02"),
    ]

    # ------------------------------------------------------------ 8. rescue service half-year report Jan-Jun 2026 (Datum 18 augusti 2026)
    TE = ("Tomas Engvall", "quote")
    INS = ("Insatser", "Insatser")
    MR = ("Medianresponstiden", "Medianresponstiden")
    HP = ("handlingsprogrammet", "enligt")
    rc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, ("2021", "2025"), F, F),
          ("percent", 1, None, Y26, T, T)]
    GOLD["r40_a_raddning_halvar"] = [
        G("1 846 insatser", 1846, "count", t=Y26, direction=INC, s=("insatser", "insatser"), sp=None, note="'Under första halvåret 2026'"),
        G("5 procent", 5, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("11 procent", 11, "percent", t=Y26, direction=INC, s=None, sp=None, note="'över femårssnittet': a change (r10_b)"),
        *_row(G, "Brand i byggnad", ["142", "151", "139", "−6,0"], rc, INS, note="table 'Insatser per typ, januari–juni, antal': '2026' / '2025' / 'Snitt 2021–2025' explicit, change lenient signed; rows are types"),
        *_row(G, "Brand ej i byggnad", ["268", "197", "214", "+36,0"], rc, INS),
        *_row(G, "Trafikolycka", ["311", "305", "298", "+2,0"], rc, INS),
        *_row(G, "Automatiskt brandlarm", ["604", "571", "512", "+5,8"], rc, INS),
        *_row(G, "Sjukvårdslarm (IVPA)", ["219", "236", "221", "−7,2"], rc, INS),
        *_row(G, "Övriga insatser", ["302", "298", "280", "+1,3"], rc, INS),
        *_row(G, "Totalt", ["1 846", "1 758", "1 664", "+5,0"], rc, INS),
        G("23 dagar", 23, "day", **L26, s=("eldningsförbud", "eldningsförbud"), sp=None, note="'Under maj'"),
        G("cirka 65 hektar", 65, "ha", bound="approx", **L26, s=("den största branden", "branden"), sp=None),
        G("142", 142, "count", ctx="däremot till [142]", **L26, direction=DEC, s=("Antalet bränder i byggnad", "Antalet"), sp=None),
        G("Tre personer", 3, "count", **L26, s=("personer", "personer"), sp=None, note="'samma antal': no direction"),
        G("1,8 omkomna", 1.8, "count", per="half_year", t=("2021", "2025"), lenient=True, s=("Femårssnittet", "Femårssnittet"), sp=None, note="'per halvår'"),
        G("16,9 insatser", 16.9, "count", per="capita", **L26, s=("insatser", "insatser"), sp=None, note="'per 1 000 invånare'"),
        G("14,2", 14.2, "count", per="capita", ctx="med [14,2] för", **L26, s=None, sp=None, note="one time"),
        G("fyra kommuner", 4, "count", optional=True, s=("kommuner", "kommuner"), sp=None, note="the set"),
        G("drygt 109 000 invånare", 109000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
        G("11,4 minuter", 11.4, "minute", **L26, direction=DEC, s=MR, sp=None),
        G("12,1 minuter", 12.1, "minute", t=Y25, s=MR, sp=None, note="'under första halvåret 2025'"),
        G("8,2 minuter", 8.2, "minute", **L26, s=None, sp=None),
        G("17,6 minuter", 17.6, "minute", **L26, s=None, sp=None),
        G("10 minuter", 10, "minute", bound="at_most", s=("första resurs", "resurs"), sp=HP, note="standing target"),
        G("20 minuter", 20, "minute", bound="at_most", s=None, sp=HP),
        G("87 procent", 87, "percent", **L26, direction=INC, s=("insatserna", "insatserna"), sp=None),
        G("84 procent", 84, "percent", **L25, s=None, sp=None),
        G("212 tillsyner", 212, "count", **L26, s=("tillsyner", "tillsyner"), sp=None),
        G("48 procent", 48, "percent", **L26, s=("helårsmålet", "helårsmålet"), sp=None),
        G("440 tillsyner", 440, "count", **L26, s=("helårsmålet", "helårsmålet"), sp=None),
        G("2 140 personer", 2140, "count", **L26, s=("personer", "personer"), sp=None),
        G("62 heltidsanställda brandmän", 62, "count", **L26, s=("heltidsanställda brandmän", "brandmän"), sp=None),
        G("118 deltidsanställda", 118, "count", **L26, s=("deltidsanställda räddningspersonal", "räddningspersonal"), sp=None),
        G("sju stationer", 7, "count", **L26, s=("stationer", "stationer"), sp=None),
        G("92 procent", 92, "percent", **L26, s=("Bemanningen på deltidsstationerna", "Bemanningen"), sp=None),
        G("minst 95 procent", 95, "percent", bound="at_least", s=("målet", "målet"), sp=None, note="standing target"),
        G("mer än en tredjedel", 1 / 3, "ratio", bound="more_than", **L26, direction=INC, s=("bränderna i skog och mark", "bränderna"), sp=TE),
        G("3,9 miljoner kronor", 3.9e6, "SEK", **L26, direction=INC, s=("Kostnaderna för övertid", "Kostnaderna"), sp=None),
        G("1,1 miljoner kronor", 1.1e6, "SEK", **L26, direction=INC, s=None, sp=None, note="'mer än samma period i fjol'"),
        G("2,3 miljoner kronor", 2.3e6, "SEK", **L26, s=("ett överskott", "överskott"), sp=None, note="'Prognosen för helåret'"),
    ]
    NEG["r40_a_raddning_halvar"] = [
        N("januari–juni 2026", note="title"), N("18 augusti 2026", note="Datum"), N("RSK 2026/214", note="case number"),
        N("1", ctx="[1]. SAMMANFATTNING", note="section number"), N("2026", ctx="första halvåret [2026] larmades"),
        N("2025", ctx="första halvåret [2025] och"), N("2", ctx="[2]. INSATSER", note="section number"),
        N("1", ctx="Tabell [1].", note="table number"), N("2026", ctx="insats [2026]", note="column header"),
        N("2025", ctx="2026 [2025] Snitt", note="column header"), N("2021–2025", note="column header"),
        N("2025", ctx="mot [2025], %", note="column header"), N("2025", ctx="halvåret [2025]. Femårssnittet"),
        N("1 000", note="rate denominator"), N("3", ctx="[3]. RESPONSTIDER", note="section number"),
        N("2025", ctx="halvåret [2025]. I tätort"), N("4", ctx="[4]. FÖREBYGGANDE", note="section number"),
        N("5", ctx="[5]. PERSONAL", note="section number"), N("6", ctx="[6]. EKONOMI", note="section number"),
        N("5", ctx="Brandstationsvägen [5]", note="street number"), N("371 91", note="postal code"), N("0455-30 71 00"),
    ]

    return GOLD, NEG
