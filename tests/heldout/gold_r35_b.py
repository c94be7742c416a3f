"""Round 35, part B (r35_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 35, part B (r35_b_*): eight kinds, written from scratch (r35_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed real-estate
# company's interim report January-September 2026 (dateline 'Örebäcken den 23 oktober 2026'; 'Siffror inom parentes
# avser motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in
# MSEK, kronor per aktie and procent, negative brackets '(−112)'; 'VD ANDERS HOLMGREN KOMMENTERAR' with a quote ending
# 'säger vd Anders Holmgren' ('mellan 790 och 820 MSEK'); financing against the year-end, a standing target 'högst 50
# procent'; the portfolio 'Den 30 september 2026', 'kronor per kvadratmeter och år'; plain-text table 'HYRESINTÄKTER OCH
# FÖRVALTNINGSRESULTAT PER KVARTAL, MSEK' 'Kv3 2026' ... 'Kv3 2025'), a statistics office's labour-force survey for
# October 2026 (Markdown, 'Publicerad 19 november 2026 kl. 08.00'; unemployment seasonally adjusted, 'procentenheter
# lägre än i oktober 2025', employed in persons, the young against October 2025, foreign-born against native-born;
# Markdown table 'Tabell 1. Arbetslöshet efter ålder, procent' 'Okt 2026' / 'Okt 2025' / 'Förändring,
# procentenheter'; industries, hours 'per vecka', counties, the analyst's quote 'nästan var fjärde', Eurostat's EU
# figure, the method), a region's emergency-care waiting times Q3 2026 (HTML, 'Publicerad 4 november 2026'; median
# minutes, 'från 54 procent', the national average, a standing target 'minst 70 procent', HTML table 'Kv3 2026' /
# 'Kv3 2025' / 'Förändring, minuter' / 'Klara inom 4 tim, % (Kv3 2026)'; the area chief's quote, 'Enligt Hanna
# Lövgren ... mellan 12 och 15'), a TT-style news article on food prices after the food-VAT cut ('Publicerad 13 oktober
# 2026 kl. 06.15'; 'från 12 till 6 procent', kronor per kilo for five products, Germany and Finland, the minister's and
# the economist's quotes, '2–3 procent under 2027', a survey), an UNDATED union web page with wage demands (no date, no
# sidecar; numbered demands in kronor per månad and procent 'över tre år', 'märket', other unions, real wages 'Sedan
# 2021', the chair's quote), a forest agency's harvest 2025 and timber prices H1 2026 dated only by a sidecar
# (2026-08-19; miljoner skogskubikmeter, plain-text table 'Tabell 1. Leveransvirkespris för sågtimmer av gran, kronor
# per m³fub, första halvåret' '2026' / '2025' / 'Förändring, %'; pulpwood, the economist's '3–5 procent', Finland in
# euro), a football league's attendance and finance summary 2026 ('Publicerad 24 november 2026'; 'åskådare per
# match', a plain-text table 'Publiksnitt per klubb (urval), åskådare per match' '2026' / '2025' / 'Förändring, %' with
# a promoted club's '–' cells; revenue in miljoner kronor, a media deal 'per år' 2026-2030, a forecast range 'Enligt
# klubbarnas prognoser'), and a county's road-traffic accident statistics 2025 (dateline 'Hällstad den 18 mars 2026';
# killed and seriously injured, 'per 100 000 invånare' against the national average, plain-text table 'Omkomna efter
# vägtyp, antal' '2025' / '2024' / 'Snitt 2020–2024', the 2030 targets, the coordinator's quote, 'Enligt
# Vägmyndighetens ...').
# The r8-r34 decisions are followed (see the headers of gold_r28_a.py, gold_r33_a.py, gold_r34_a.py and gold_r34_b.py):
# periods at year grain; relative expressions in the sentence ('i fjol', 'samma månad i fjol', 'i år') resolve
# against the publication date (not lenient) while 'året innan', 'ett år tidigare', 'för ett år sedan', 'vid
# årsskiftet', 'vid periodens slut', 'under kvartalet', 'hittills', a month or quarter without a year, a heading's,
# caption's or the document's period and present tense (publication year) are lenient; brackets 'motsvarande period
# föregående år' lenient; a level followed by ', jämfört med', ', en ökning/minskning med', 'vilket är X högre', ',
# att jämföra med' is the new value after a change; from-values have no direction; comparisons at one time (the
# national average, other countries, other unions, the Danish league, Finland's price, EU) have no direction;
# multipliers optional; thresholds ('inom fyra timmar', 'mer än åtta timmar', 'mer än sex månader', '80 år eller
# äldre', 'under 18 år', 'fyllt 19 år', 'mer än 12 månader', '65 år eller äldre'), a survey's or a statistic's
# method ('omkring 18 500 personer per månad', '±0,4 procentenheter', '1 040 personer', '14 virkesköpare', 'minst 80
# procent'), definitions ('minst 1 procent' invaliditet, '80 km/tim', 'en matkasse med 30 vanliga varor', 'en
# oväntad utgift på 10 000 kronor', 'minst sju dagars varsel') and the set a text names ('regionens fem
# akutmottagningar', 'ligans 16 klubbar') optional; standing targets and guidelines with no year ('minst 70 procent',
# 'högst 50 procent', 'högst 65 procent') required with no period; demands and forecasts required; table cells take
# their column headers' periods (explicit), change columns the current period lenient and their direction from the
# sign; rows that are categories (quarters' measures, age groups, hospitals, regions, clubs, road types) take the
# caption's measure as subject, rows that are measures their own label; 'per aktie' per="share", 'per kvadratmeter och
# år' per="m2", 'i månaden' / 'per månad' per="month", 'per år' per="year", 'per vecka' / 'i veckan' per="week",
# 'per kilo' per="kg", 'per kubikmeter' / 'per m³fub' per="m3", 'per match' per="match", 'per säsong' per="season",
# 'per omgång' per="round", 'per 100 000 invånare' per="capita" (the '100 000' N); 'gånger' a number; 'vilket' / 'Det'
# / elided nouns / pronouns s None, except that the size of a change takes the thing that changes; 'X står/svarar för
# Y' takes X; 'X procent av Y' / 'X av Y' take Y; 'Av X ... Y' takes X; the payer and the recipient are no subject; a
# heading 'VD X KOMMENTERAR' and a paragraph ending in 'säger' credit their figures to the speaker (quote), 'Hon
# räknar med' right after a quote keeps the speaker; 'Enligt X' credits its own sentence only; 'X:s mål är' is
# possession; a sender's first-person sentences and its own demands are the publisher's; the UNDATED text has no
# period except where a year is written out ('Sedan 2021' gives ('2021', None) as r-energi's 'Sedan 1990').
# Where those were silent, decided here:
# - Real estate (dateline 2026-10-23): bullets under 'TREDJE KVARTALET' and 'JANUARI–SEPTEMBER' 2026 lenient, their
#   brackets 2025 lenient; '38 (−112) MSEK' and '196 (−41) MSEK' keep the sign as written; 'ökade ... till 486 (461)'
#   the new value increases. 'nya hyresavtal med ett årligt hyresvärde om 31 MSEK': 'årligt' stays in the subject, per
#   None (likewise '18 MSEK', '13 MSEK' and 'Den årliga tillväxten' in the forest text). 'Räntetäckningsgraden för de
#   senaste tolv månaderna var 2,4 gånger' ('2025', '2026') lenient. 'Den 30 september 2026 omfattade beståndet 142
#   fastigheter' explicit (the date N); 'Marknadsvärdet uppgick till 24 870 MSEK, vilket är 2,3 procent högre än vid
#   årsskiftet' both increase. 'kontor för 33 procent' (elided 'svarade för') takes 'kontor'. Table: 'MSEK' in the
#   caption; quarter headers explicit at year grain; 'Ekonomisk uthyrningsgrad, %' percent; rows are measures.
# - AKU (published 2026-11-19): '8,1 procent i oktober 2026' explicit, decrease (next 'Det är 0,4 procentenheter lägre
#   än i oktober 2025'). '0,2 procentenheter de senaste tre månaderna' 2026 lenient decrease. 'drygt 118 000 personer'
#   ('Av dem' is a pronoun) takes the counted noun; its '9 000 fler än för ett år sedan' increase, same subject.
#   'männens 8,4 procent' elided (s None); foreign-born '16,9 procent, att jämföra med 5,3 procent bland inrikes födda'
#   one time. 'minskade med 14 000 till 348 000 sysselsatta' both s 'byggverksamheten' (what changes). Counties
#   'Lägst ... med 5,8 procent, medan den var högst ... med 11,4 procent' (pronoun: None). The analyst's 'nästan var
#   fjärde arbetslös' ratio 0.25; 'mer än ett halvår' a threshold (optional, 6 months). 'Enligt Eurostat ... 5,9 procent
#   i september, vilket är 2,2 procentenheter lägre än i Sverige' one time, both enligt. Table: caption after the table
#   ('Tabell 1. Arbetslöshet efter ålder, procent'), 'Okt 2026' / 'Okt 2025' explicit, the change column
#   percentage_point 2026 lenient signed; age-group row labels N (the prose '15–24 år' / '15–74 år' optional bands).
# - Emergency care (HTML, published 2026-11-04): the ingress sentence after '... tredje kvartalet 2026.' is lenient;
#   '218 minuter, vilket är 14 minuter kortare' both decrease. 'ökade till 58 procent, från 54 procent' 58 increase, 54
#   a from-value (2025 lenient). 'Juli' 2026 lenient. 'Omkring var femte patient' ratio 0.2. 'satsar 24 miljoner
#   kronor per år på den utökade bemanningen' s the goal, no speaker ('Regionen' in the third person is plain
#   reporting). '5 920, ungefär lika många som under tredje kvartalet 2025' no direction (no change stated). 'inom
#   fyra timmar' / 'inom 4 timmar' / 'inom 4 tim' wherever they stand (heading, prose, caption, column header) optional
#   thresholds. Table: 'Kv3 2026' / 'Kv3 2025' explicit, 'Förändring, minuter' 2026 lenient signed, the share column
#   explicit 2026 (its header says 'Kv3 2026'); s the caption's 'Mediantid ...' and 'andel klara inom 4 timmar'.
# - Food prices (published 2026-10-13): 'i september' 2026 lenient; 'Momsen på livsmedel sänktes den 1 april från 12
#   till 6 procent' is the news itself (required, not a background rule): 6 decrease, 12 a from-value, both 2026
#   lenient. 'skulle priserna ha sjunkit med drygt 5 procent, räknar Statistikverket' a counterfactual, decrease,
#   credited. 'Smör har blivit 7 procent billigare och kostar nu 96 kronor per kilo' both decrease. The title's 'halva
#   momssänkningen' ratio 0.5. The minister's '340 kronor mindre i månaden ... än före sänkningen' decrease, s None
#   (the payer). Germany's and Finland's own changes over time have directions; the basket prices one time ('enligt en
#   jämförelse som Konsumentinstitutet Norden har gjort' enligt; Germany's and Finland's elided, s None). The
#   economist: 'Om momsen återgår till 12 procent 2028' a hypothetical rule (optional), 'mellan 4 och 5 procent det
#   året' 2028 lenient increase. Survey: 'I en enkät från Konsumentinstitutet Norden' credits '6 av 10' and the next
#   sentence's 'Var femte' (credited).
# - Union (UNDATED): the page is the union's; the numbered demands and first-person sentences are the publisher's,
#   third-person sentences plain. Wage demands are increases. 'Industrins parter har satt märket till 3,4 procent'
#   credited, increase. 'ger det knappt 970 kronor' the example's result (per month carried, increase, s None); 'nästan
#   500 kronor mer ... varje månad' a one-time comparison of two demands (no direction). Other unions' demands
#   credited, increase. 'Med en inflation på omkring 2 procent' the scenario's assumption (optional). 'från 14 till 22
#   procent på fem år' 14 a from-value, 22 increase, no period. Membership fee '0,9 procent av lönen, dock högst 420
#   kronor i månaden' required, no period.
# - Forest (sidecar 2026-08-19): 'Under 2025 avverkades preliminärt 88,4 miljoner skogskubikmeter' unit m3 (the
#   skogskubikmeter is a volume), explicit, decrease; no noun names the harvest in that sentence (s None), and the size
#   of the change also None. Prices are first-half 2026 (document context, lenient) against H1 2025 ('2025' explicit
#   where written). 'knappt tre fjärdedelar av tillväxten' present, 2026 lenient, s Y. Finland's 'omkring 81 euro per
#   kubikmeter' EUR per="m3" one time; 'ungefär 890 kronor' ('vilket') s None. 'lika många som 2024' no direction.
#   Table: caption 'kronor per m³fub' SEK per m3; '2026' / '2025' explicit; change column 2026 lenient signed; rows
#   are regions.
# - Football (published 2026-11-24): 'Publikrekord för tredje året i rad' ordinal 3 increase. 'Snittpubliken blev 6 842
#   åskådare per match, en ökning med 7,9 procent från 6 341 året innan' 6 842 and 7,9 increase, 6 341 a from-value
#   2025 lenient. '1 642 080 åskådare ..., vilket är drygt 120 000 fler än 2025' both increase. 'Elva av ligans 16
#   klubbar' count 11 (s Y). 'ger ligan 180 miljoner kronor per år' ('som gäller från 2026 till och med 2030'
#   explicit), s the deal (the recipient is no subject). 'varje klubb får minst 7,5 miljoner kronor per säsong' s None
#   (recipient). 'Enligt klubbarnas prognoser blir den samlade omsättningen för 2026 mellan 1 300 och 1 350 miljoner
#   kronor, jämfört med 1 214 miljoner kronor 2025' the range increases (explicit), 1 214 explicit, both enligt. The
#   licence rule for 2027 'minst 3 000 sittplatser' is news (required). Table: the promoted club's '–' cells are no
#   figures; its '2 108' is a cell of the 2026 column.
# - Road traffic (dateline 2026-03-18): 'Under 2025 omkom 19 personer ..., jämfört med 26 året innan' 19 decrease, 26
#   2024 lenient (elided). '4,1 omkomna per 100 000 invånare' against 'riksgenomsnittet på 2,2' one time. The 2030
#   targets: 'högst 12 omkomna år 2030' at_most explicit, no direction; 'ska minska med 25 procent under samma period,
#   till högst 130' decrease, ('2020', '2030') and 2030 lenient ('halveras' is a verb, left out). The coordinator's
#   'mitträcken på ytterligare 35 kilometer länsväg fram till 2028' 2028 explicit increase. 'Elva av de omkomna' count
#   11 (s Y); 'fyra var motorcyklister och två var fotgängare' elided (s None). 'kostar varje dödsolycka samhället
#   omkring 45 miljoner kronor' present, 2026 lenient, enligt; 'minst 1,2 miljarder kronor under 2025' explicit.
#   Table: '2025' / '2024' explicit, 'Snitt 2020–2024' ('2020', '2024') explicit; rows are road types.
# - Negatives: datelines and Publicerad lines with their times of day, titles' and column headers' periods, table
#   numbers, age-group row labels, years and dates that only place a claim, a comparison, a from-value or a target,
#   next-report dates, the '100 000' of rate denominators, list numbering, office hours '8–17', phone numbers, street
#   numbers, postal codes, box numbers and org numbers.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER' as
#   headings, 'de senaste tolv månaderna', 'de senaste tre månaderna', 'första halvåret' / 'andra halvåret' without a
#   year, 'på fem år', 'det första avtalsåret', 'halveras', the unit symbols 'm³sk' / 'm³fub', 'den näst sista
#   omgången'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2021", "2024", "2025", "2026", "2027", "2028", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y28, Y30 = (Y[y] for y in ("2024", "2025", "2026", "2027", "2028", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. real-estate company, interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    AH = ("Anders Holmgren", "quote")
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    VF = ("Värdeförändringar på förvaltningsfastigheter", "Värdeförändringar")
    PR = ("Periodens resultat", "resultat")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    BG = ("Belåningsgraden", "Belåningsgraden")
    RA = ("Den genomsnittliga räntan i låneportföljen", "räntan")
    MV = ("Marknadsvärdet", "Marknadsvärdet")
    kq = lambda u, sc: [(u, sc, None, Y26, F, F)] * 3 + [(u, sc, None, Y25, F, F)] * 2
    GOLD["r35_b_fastighet_q3"] = [
        G("5,4 procent", 5.4, "percent", **L26, direction=INC, s=HI, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("486", 486e6, "SEK", ctx="till [486] (461)", **L26, direction=INC, s=HI, sp=None),
        G("461", 461e6, "SEK", ctx="486 ([461]) MSEK", **L25, s=HI, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("204", 204e6, "SEK", ctx="till [204] (187)", **L26, s=FR, sp=None),
        G("187", 187e6, "SEK", ctx="204 ([187]) MSEK", **L25, s=FR, sp=None),
        G("38", 38e6, "SEK", ctx="till [38] (−112)", **L26, s=VF, sp=None),
        G("−112", -112e6, "SEK", ctx="38 ([−112]) MSEK", **L25, s=VF, sp=None, note="sign as written"),
        G("196", 196e6, "SEK", ctx="blev [196] (−41)", **L26, s=PR, sp=None),
        G("−41", -41e6, "SEK", ctx="196 ([−41]) MSEK", **L25, s=PR, sp=None),
        G("1,47", 1.47, "SEK", per="share", ctx="motsvarande [1,47] (−0,31)", **L26, s=PR, sp=None, note="apposition keeps the subject"),
        G("−0,31", -0.31, "SEK", per="share", ctx="1,47 ([−0,31]) kronor", **L25, s=PR, sp=None),
        G("1 441", 1441e6, "SEK", ctx="till [1 441] (1 368)", **L26, direction=INC, s=HI, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("1 368", 1368e6, "SEK", ctx="1 441 ([1 368]) MSEK", **L25, s=HI, sp=None),
        G("9 procent", 9, "percent", ctx="ökade med [9 procent] till", **L26, direction=INC, s=FR, sp=None),
        G("598", 598e6, "SEK", ctx="till [598] (549)", **L26, direction=INC, s=FR, sp=None),
        G("549", 549e6, "SEK", ctx="598 ([549]) MSEK", **L25, s=FR, sp=None),
        G("93,8", 93.8, "percent", ctx="var [93,8] (94,6)", **L26, s=UG, sp=None),
        G("94,6", 94.6, "percent", ctx="93,8 ([94,6]) procent", **L25, s=UG, sp=None),
        G("47,2 procent", 47.2, "percent", **L26, direction=DEC, s=BG, sp=None, note="', jämfört med ... vid årsskiftet'"),
        G("49,0 procent", 49.0, "percent", **L25, s=BG, sp=None, note="'vid årsskiftet'"),
        G("4,1 procent", 4.1, "percent", **L26, direction=INC, s=("hyresintäkterna", "hyresintäkterna"), sp=AH, note="heading 'VD ANDERS HOLMGREN KOMMENTERAR' credits the section"),
        G("31 MSEK", 31e6, "SEK", **L26, s=("ett årligt hyresvärde", "hyresvärde"), sp=AH, note="'Under kvartalet'; 'årligt' in the subject, per None"),
        G("18 MSEK", 18e6, "SEK", **L26, s=("uppsägningarna", "uppsägningarna"), sp=AH),
        G("13 MSEK", 13e6, "SEK", **L26, s=("Nettouthyrningen", "Nettouthyrningen"), sp=AH),
        G("nästan 98 procent", 98, "percent", bound="approx", **L26, s=("uthyrningsgraden", "uthyrningsgraden"), sp=AH, note="present tense"),
        G("mellan 790 och 820 MSEK", None, "SEK", low=790e6, high=820e6, **L26, s=("ett förvaltningsresultat", "förvaltningsresultat"), sp=AH, note="'För helåret'"),
        G("3,62 procent", 3.62, "percent", **L26, direction=DEC, s=RA, sp=None, note="'vid periodens slut, jämfört med ... vid årsskiftet'"),
        G("3,91 procent", 3.91, "percent", **L25, s=RA, sp=None),
        G("2,4 gånger", 2.4, "number", t=("2025", "2026"), lenient=True, s=("Räntetäckningsgraden", "Räntetäckningsgraden"), sp=None, note="'för de senaste tolv månaderna'"),
        G("2,8 år", 2.8, "year", **L26, s=("Den genomsnittliga räntebindningstiden", "räntebindningstiden"), sp=None),
        G("3,6 år", 3.6, "year", **L26, s=("kapitalbindningen", "kapitalbindningen"), sp=None),
        G("600 MSEK", 600e6, "SEK", **L26, s=("gröna obligationer", "obligationer"), sp=None),
        G("högst 50 procent", 50, "percent", bound="at_most", s=("belåningsgraden", "belåningsgraden"), sp=None, note="standing target ('långsiktigt'): no period; 'Bolagets mål är' possession"),
        G("142 fastigheter", 142, "count", t=Y26, s=("fastigheter", "fastigheter"), sp=None, note="'Den 30 september 2026'"),
        G("drygt 1,1 miljoner kvadratmeter", 1.1e6, "m2", bound="approx", t=Y26, s=("en uthyrningsbar area", "area"), sp=None),
        G("24 870 MSEK", 24870e6, "SEK", **L26, direction=INC, s=MV, sp=None, note="', vilket är 2,3 procent högre än vid årsskiftet'"),
        G("2,3 procent", 2.3, "percent", **L26, direction=INC, s=MV, sp=None),
        G("41 procent", 41, "percent", **L26, s=("Bostäder", "Bostäder"), sp=None, note="'X svarade för Y' takes X"),
        G("33 procent", 33, "percent", **L26, s=("kontor", "kontor"), sp=None),
        G("1 395 kronor per kvadratmeter och år", 1395, "SEK", per="m2", **L26, s=("Den genomsnittliga hyran för bostäder", "hyran"), sp=None),
        *_row(G, "Hyresintäkter", ["486", "482", "473", "468", "461"], kq("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table '... PER KVARTAL, MSEK': 'Kv3 2026' / 'Kv2 2026' / 'Kv1 2026' / 'Kv4 2025' / 'Kv3 2025' explicit at year grain; rows are measures"),
        *_row(G, "Förvaltningsresultat", ["204", "201", "193", "178", "187"], kq("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Ekonomisk uthyrningsgrad, %", ["93,7", "93,9", "93,8", "94,2", "94,6"], kq("percent", 1), ("Ekonomisk uthyrningsgrad", "uthyrningsgrad")),
    ]
    NEG["r35_b_fastighet_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("23 oktober 2026", 1, note="dateline"),
        N("30 september 2026", note="places the claim"),
        N("Kv3 2026", note="column header"), N("Kv2 2026", note="column header"), N("Kv1 2026", note="column header"),
        N("Kv4 2025", note="column header"), N("Kv3 2025", note="column header"),
        N("23 oktober 2026", 2, note="release line"), N("07.30", note="time of day"),
        N("2026", ctx="Bokslutskommuniké [2026] publiceras", note="names the report"), N("11 februari 2027", note="next report"),
        N("019-44 27 10"), N("556912-4471", note="org number"), N("18", ctx="Storgatan [18],", note="street number"), N("702 11"),
    ]

    # ------------------------------------------------------------ 2. labour-force survey, October 2026 (Markdown, Publicerad 19 november 2026)
    MLq = ("Maria Lindfors", "quote")
    AL = ("Arbetslösheten", "Arbetslösheten")
    SY = ("Antalet sysselsatta", "Antalet")
    PE = ("personer", "personer")
    BY = ("byggverksamheten", "byggverksamheten")
    TH = ("Det totala antalet arbetade timmar", "antalet")
    EU = ("Eurostat", "enligt")
    ac = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, T, T)]
    AA = ("Arbetslöshet", "Arbetslöshet")
    GOLD["r35_b_aku_okt"] = [
        G("8,1 procent", 8.1, "percent", t=Y26, direction=DEC, s=AL, sp=None, note="'i oktober 2026'; next 'Det är ... lägre än i oktober 2025'"),
        G("0,4 procentenheter", 0.4, "percentage_point", ctx="är [0,4 procentenheter] lägre", **L26, direction=DEC, s=AL, sp=None),
        G("0,2 procentenheter", 0.2, "percentage_point", **L26, direction=DEC, s=("Den säsongsrensade och utjämnade arbetslösheten", "arbetslösheten"), sp=None, note="'de senaste tre månaderna'"),
        G("15–74 år", None, "year", low=15, high=74, ctx="i åldern [15–74 år] uppgick", optional=True, s=None, sp=None, note="age band (definition)"),
        G("5 312 000 personer", 5312000, "count", **L26, direction=INC, s=SY, sp=None, note="next 'en ökning med'"),
        G("41 000 personer", 41000, "count", **L26, direction=INC, s=SY, sp=None, note="'Jämfört med samma månad i fjol'"),
        G("69,4 procent", 69.4, "percent", **L26, s=("Sysselsättningsgraden", "Sysselsättningsgraden"), sp=None),
        G("75,6 procent", 75.6, "percent", **L26, s=("arbetskraftsdeltagandet", "arbetskraftsdeltagandet"), sp=None),
        G("knappt 472 000", 472000, "count", bound="approx", **L26, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("drygt 118 000 personer", 118000, "count", bound="approx", **L26, direction=INC, s=PE, sp=None, note="', vilket är 9 000 fler än för ett år sedan'"),
        G("sex månader", 6, "month", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("9 000", 9000, "count", **L26, direction=INC, s=PE, sp=None),
        G("7,8 procent", 7.8, "percent", **L26, s=("Kvinnornas arbetslöshet", "arbetslöshet"), sp=None),
        G("8,4 procent", 8.4, "percent", **L26, s=None, sp=None, note="elided 'männens [arbetslöshet]'"),
        G("15–24 år", None, "year", low=15, high=24, ctx="i åldern [15–24 år] var", optional=True, s=None, sp=None),
        G("22,6 procent", 22.6, "percent", ctx="arbetslösheten [22,6 procent], jämfört", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("24,1 procent", 24.1, "percent", t=Y25, s=("arbetslösheten", "arbetslösheten"), sp=None, note="'i oktober 2025'"),
        G("Ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("de arbetslösa unga", "unga"), sp=None),
        G("16,9 procent", 16.9, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("5,3 procent", 5.3, "percent", **L26, s=None, sp=None, note="one time, elided"),
        *_row(G, "| 15–24 år", ["22,6", "24,1", "−1,5"], ac, AA, sep=" | ", note="Markdown table, caption 'Tabell 1. Arbetslöshet efter ålder, procent ...': 'Okt 2026' / 'Okt 2025' explicit, change column 2026 lenient signed; rows are age groups"),
        *_row(G, "| 25–34 år", ["8,9", "9,2", "−0,3"], ac, AA, sep=" | "),
        *_row(G, "| 35–54 år", ["5,7", "5,9", "−0,2"], ac, AA, sep=" | "),
        *_row(G, "| 55–74 år", ["5,2", "4,8", "+0,4"], ac, AA, sep=" | "),
        *_row(G, "| Totalt 15–74 år", ["8,0", "8,5", "−0,5"], ac, AA, sep=" | "),
        G("23 000", 23000, "count", **L26, direction=INC, s=("antalet sysselsatta", "antalet"), sp=None, note="'jämfört med oktober 2025'"),
        G("14 000", 14000, "count", **L26, direction=DEC, s=BY, sp=None),
        G("348 000 sysselsatta", 348000, "count", **L26, direction=DEC, s=BY, sp=None, note="'minskade med ... till': what changes"),
        G("161,2 miljoner timmar", 161.2e6, "hour", per="week", **L26, direction=INC, s=TH, sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=INC, s=TH, sp=None),
        G("5,8 procent", 5.8, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None, note="one time between counties"),
        G("11,4 procent", 11.4, "percent", **L26, s=None, sp=None, note="pronoun 'den'"),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", **L26, s=("arbetslös", "arbetslös"), sp=MLq),
        G("ett halvår", 6, "month", bound="more_than", optional=True, s=None, sp=MLq, note="threshold"),
        G("5,9 procent", 5.9, "percent", **L26, s=("arbetslösheten i EU", "arbetslösheten"), sp=EU, note="'i september'"),
        G("2,2 procentenheter", 2.2, "percentage_point", **L26, s=None, sp=EU, note="one time against Sweden"),
        G("omkring 18 500 personer", 18500, "count", bound="approx", per="month", optional=True, s=PE, sp=None, note="method"),
        G("0,4 procentenheter", 0.4, "percentage_point", ctx="±[0,4 procentenheter]", optional=True, s=("Osäkerhetsintervallet för den säsongsrensade arbetslösheten", "Osäkerhetsintervallet"), sp=None, note="method"),
    ]
    NEG["r35_b_aku_okt"] = [
        N("oktober 2026", ctx="(AKU), [oktober 2026]", note="title"), N("19 november 2026", note="Publicerad"), N("08.00", note="time of day"),
        N("oktober 2026", ctx="procent i [oktober 2026], säsongsrensat", note="places the claim"),
        N("oktober 2025", ctx="än i [oktober 2025]. Den", note="places the comparison"),
        N("oktober 2025", ctx="procent i [oktober 2025]. Ungefär", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("15–24 år", ctx="| [15–24 år] | 22,6", note="row label: an age group"), N("25–34 år", note="row label"),
        N("35–54 år", note="row label"), N("55–74 år", note="row label"), N("15–74 år", ctx="Totalt [15–74 år]", note="row label"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("oktober 2025", ctx="jämfört med [oktober 2025], medan", note="places the comparison"),
        N("17 december 2026", note="next report"), N("010-479 62 15"),
    ]

    # ------------------------------------------------------------ 3. emergency-care waiting times Q3 2026 (HTML, Publicerad 4 november 2026)
    HLq = ("Hanna Lövgren", "quote")
    MT = ("Mediantiden för hela vistelsen på akuten", "Mediantiden")
    A4 = ("Andelen patienter som var klara på akuten inom fyra timmar", "Andelen")
    TL = ("Tiden till första läkarbedömning", "Tiden")
    BE = ("besök", "besök")
    MD = ("Mediantid för total vistelsetid på akutmottagningen", "Mediantid")
    AK = ("andel klara inom 4 timmar", "andel")
    hc = [("minute", 1, None, Y26, F, F), ("minute", 1, None, Y25, F, F), ("minute", 1, None, Y26, T, T), ("percent", 1, None, Y26, F, F)]
    th = lambda ctx: G("fyra timmar", 4, "hour", bound="at_most", optional=True, ctx=ctx, s=None, sp=None, note="threshold 'inom'")
    GOLD["r35_b_akut_vantetid_q3"] = [
        G("218 minuter", 218, "minute", **L26, direction=DEC, s=MT, sp=None, note="'sjönk till'; the year stands in the sentence before"),
        G("14 minuter", 14, "minute", ctx="är [14 minuter] kortare", **L26, direction=DEC, s=MT, sp=None),
        th("klara inom [fyra timmar] Andelen"),
        th("akuten inom [fyra timmar] ökade"),
        G("58 procent", 58, "percent", **L26, direction=INC, s=A4, sp=None),
        G("54 procent", 54, "percent", **L25, s=A4, sp=None, note="from-value"),
        G("61 procent", 61, "percent", **L26, s=("Rikets genomsnitt", "genomsnitt"), sp=None, note="one time"),
        G("minst 70 procent", 70, "percent", bound="at_least", s=("patienterna", "patienterna"), sp=None, note="standing target; 'Regionens mål är' possession"),
        th("vara klara inom [fyra timmar]. Tiden"),
        G("52 minuter", 52, "minute", **L26, direction=DEC, s=TL, sp=None),
        G("61 minuter", 61, "minute", t=Y25, s=TL, sp=None, note="'tredje kvartalet 2025'"),
        G("åtta timmar", 8, "hour", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("6,8 procent", 6.8, "percent", **L26, direction=DEC, s=("Andelen patienter som stannade mer än åtta timmar", "Andelen"), sp=None),
        G("41 380 besök", 41380, "count", **L26, direction=INC, s=BE, sp=None),
        G("fem akutmottagningar", 5, "count", optional=True, s=("akutmottagningar", "akutmottagningar"), sp=None, note="names the set"),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=BE, sp=None, note="'än ett år tidigare'"),
        G("drygt 14 600 besök", 14600, "count", bound="approx", **L26, s=BE, sp=None, note="'Juli' without a year"),
        G("236 minuter", 236, "minute", **L26, s=("mediantiden", "mediantiden"), sp=None),
        G("Omkring var femte", 0.2, "ratio", bound="approx", **L26, s=("patient", "patient"), sp=None),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="threshold 'eller äldre'"),
        G("4 timmar", 4, "hour", bound="at_most", optional=True, s=None, sp=None, note="caption: threshold"),
        G("4 tim", 4, "hour", bound="at_most", optional=True, ctx="Klara inom [4 tim], %", s=None, sp=None, note="column header: threshold"),
        *_row(G, "Kärrby sjukhus", ["241", "257", "−16", "51"], hc, [MD, MD, MD, AK], note="HTML table: 'Kv3 2026' / 'Kv3 2025' explicit, 'Förändring, minuter' 2026 lenient signed, 'Klara inom 4 tim, % (Kv3 2026)' explicit; rows are hospitals"),
        *_row(G, "Lunnebo lasarett", ["214", "221", "−7", "57"], hc, [MD, MD, MD, AK]),
        *_row(G, "Hedvika sjukhus", ["198", "207", "−9", "63"], hc, [MD, MD, MD, AK]),
        *_row(G, "Torvinge sjukhus", ["209", "226", "−17", "60"], hc, [MD, MD, MD, AK]),
        *_row(G, "Åsby närsjukhus", ["171", "168", "+3", "72"], hc, [MD, MD, MD, AK]),
        *_row(G, "Regionen totalt", ["218", "232", "−14", "58"], hc, [MD, MD, MD, AK]),
        G("17 minuter", 17, "minute", **L26, direction=DEC, s=("mediantiden", "mediantiden"), sp=None),
        G("3 minuter", 3, "minute", **L26, direction=INC, s=("tiden", "tiden"), sp=None),
        G("omkring 1 900 patienter", 1900, "count", bound="approx", **L26, s=("patienter", "patienter"), sp=HLq, note="'hittills', since May"),
        G("24 miljoner kronor per år", 24e6, "SEK", per="year", **L26, s=("den utökade bemanningen", "bemanningen"), sp=None, note="the goal of the money"),
        G("mellan 12 och 15 sjuksköterskor", None, "count", low=12, high=15, **L26, s=("sjuksköterskor", "sjuksköterskor"), sp=("Hanna Lövgren", "enligt")),
        G("142 minuter", 142, "minute", **L26, s=("mediantiden", "mediantiden"), sp=None),
        G("84 procent", 84, "percent", **L26, s=("barnen", "barnen"), sp=None),
        th("klara inom [fyra timmar]. Antalet"),
        G("5 920", 5920, "count", **L26, s=("Antalet besök på barnakuten", "Antalet"), sp=None, note="'ungefär lika många som': no change stated"),
        G("31 procent", 31, "percent", **L26, direction=DEC, s=("Kostnaden för inhyrda sjuksköterskor på regionens akuter", "Kostnaden"), sp=None),
    ]
    NEG["r35_b_akut_vantetid_q3"] = [
        N("4 november 2026", note="Publicerad"),
        N("2026", ctx="tredje kvartalet [2026]. Mediantiden", note="places the claim"),
        N("2025", ctx="tredje kvartalet [2025]. Andelen", note="places the comparison"),
        N("Kv3 2026", 1, note="column header"), N("Kv3 2025", note="column header"), N("Kv3 2026", 2, note="column header"),
        N("2025", ctx="tredje kvartalet [2025]. Kostnaden", note="places the comparison"),
        N("februari 2027", note="next report"), N("1190", note="box number"), N("721 29"), N("021-17 30 00"),
    ]

    # ------------------------------------------------------------ 4. TT news on food prices and the VAT cut (Publicerad 13 oktober 2026)
    JSq = ("Johanna Strömberg", "quote")
    LGq = ("Linnea Grahn", "quote")
    SV = ("Statistikverket", "enligt")
    KI = ("Konsumentinstitutet Norden", "enligt")
    KIc = ("Konsumentinstitutet Norden", "credited")
    MO = ("Momsen på livsmedel", "Momsen")
    NF = ("Svensk nötfärs", "nötfärs")
    KA = ("Priset på kaffe", "Priset")
    MP = ("matpriserna", "matpriserna")
    GOLD["r35_b_matpriser_moms"] = [
        G("halva", 0.5, "ratio", **L26, s=("momssänkningen", "momssänkningen"), sp=None, note="title"),
        G("2,8 procent", 2.8, "percent", **L26, direction=DEC, s=("Livsmedelspriserna", "Livsmedelspriserna"), sp=SV, note="'i september' (no year)"),
        G("12", 12, "percent", ctx="från [12] till", **L26, s=MO, sp=None, note="from-value; the news itself, required"),
        G("6 procent", 6, "percent", ctx="till [6 procent]", **L26, direction=DEC, s=MO, sp=None),
        G("drygt 5 procent", 5, "percent", bound="approx", **L26, direction=DEC, s=("priserna", "priserna"), sp=("Statistikverket", "credited"), note="counterfactual; 'räknar Statistikverket'"),
        G("129 kronor per kilo", 129, "SEK", per="kg", **L26, direction=DEC, s=NF, sp=None, note="', att jämföra med ... för ett år sedan'"),
        G("138 kronor", 138, "SEK", per="kg", **L25, s=NF, sp=None, note="'för ett år sedan'; per carried"),
        G("7 procent", 7, "percent", **L26, direction=DEC, s=("Smör", "Smör"), sp=None),
        G("96 kronor per kilo", 96, "SEK", per="kg", **L26, direction=DEC, s=("Smör", "Smör"), sp=None),
        G("19 procent", 19, "percent", **L26, direction=INC, s=KA, sp=None),
        G("142 kronor per kilo", 142, "SEK", per="kg", **L26, direction=INC, s=KA, sp=None),
        G("omkring 25 kronor per kilo", 25, "SEK", bound="approx", per="kg", **L26, s=("Bananer", "Bananer"), sp=None, note="'ligger kvar': no change"),
        G("ungefär 340 kronor", 340, "SEK", bound="approx", per="month", **L26, direction=DEC, s=None, sp=JSq, note="'mindre i månaden ... än före sänkningen'; the payer is no subject"),
        G("omkring 18 miljarder kronor per år", 18e9, "SEK", bound="approx", per="year", **L26, s=("sänkningen", "sänkningen"), sp=("regeringens beräkningar", "enligt")),
        G("0,6 procent", 0.6, "percent", **L26, direction=DEC, s=MP, sp=None, note="Germany's own change"),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=MP, sp=None, note="pronoun 'de': what changes"),
        G("30 vanliga varor", 30, "count", optional=True, s=("vanliga varor", "varor"), sp=KI, note="defines the basket"),
        G("1 412 kronor", 1412, "SEK", **L26, s=("En matkasse med 30 vanliga varor", "matkasse"), sp=KI),
        G("1 296 kronor", 1296, "SEK", **L26, s=None, sp=KI, note="Germany, one time, elided"),
        G("1 538 kronor", 1538, "SEK", **L26, s=None, sp=KI),
        G("Ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("sänkningen", "sänkningen"), sp=LGq),
        G("2–3 procent", None, "percent", low=2, high=3, t=Y27, direction=INC, s=MP, sp=LGq, note="'Hon räknar med' keeps the speaker"),
        G("12 procent", 12, "percent", ctx="återgår till [12 procent] 2028", t=Y28, direction=INC, optional=True, s=("momsen", "momsen"), sp=LGq, note="a hypothetical rule"),
        G("mellan 4 och 5 procent", None, "percent", low=4, high=5, t=Y28, lenient=True, direction=INC, s=("ökningen", "ökningen"), sp=LGq, note="'det året'"),
        G("knappt 3 procent", 3, "percent", bound="approx", **L26, s=("rörelsemarginalen", "rörelsemarginalen"), sp=("branschorganisationen Dagligvarukedjorna", "enligt")),
        G("1 040 personer", 1040, "count", optional=True, s=("personer", "personer"), sp=KIc, note="survey method"),
        G("6 av 10", 0.6, "ratio", **L26, s=None, sp=KIc),
        G("Var femte", 0.2, "ratio", **L26, s=None, sp=KIc, note="continues the survey"),
    ]
    NEG["r35_b_matpriser_moms"] = [
        N("13 oktober 2026", note="Publicerad"), N("06.15", note="time of day"), N("1 april", note="date"),
        N("31 december 2027", note="date"), N("2027", ctx="procent under [2027].", note="places the forecast"),
        N("2028", ctx="procent [2028] kan", note="places the scenario"), N("12 november", note="next report"),
    ]

    # ------------------------------------------------------------ 5. union web page with wage demands (UNDATED)
    PUB = ("Service- och lagerfacket", "publisher")
    MAq = ("Malin Axelsson", "quote")
    GOLD["r35_b_fack_lonekrav"] = [
        G("omkring 62 000 anställda", 62000, "count", bound="approx", s=("anställda", "anställda"), sp=None),
        G("drygt 3 400 arbetsplatser", 3400, "count", bound="approx", s=("arbetsplatser", "arbetsplatser"), sp=None),
        G("1 450 kronor", 1450, "SEK", per="month", direction=INC, s=("Löneökningar", "Löneökningar"), sp=PUB, note="demand 1 ('Det här kräver vi')"),
        G("11,5 procent", 11.5, "percent", direction=INC, s=("Ett totalt löneutrymme", "löneutrymme"), sp=PUB),
        G("tre år", 3, "year", optional=True, s=None, sp=PUB, note="the length of the deal"),
        G("minst 26 000 kronor", 26000, "SEK", bound="at_least", per="month", direction=INC, s=("lägstalönen", "lägstalönen"), sp=PUB),
        G("19 år", 19, "year", bound="at_least", optional=True, s=None, sp=PUB, note="age threshold 'fyllt'"),
        G("15 procent", 15, "percent", ctx="höjs med [15 procent].", direction=INC, s=("OB-tillägget för nattarbete", "OB-tillägget"), sp=PUB),
        G("minst 30 timmar", 30, "hour", bound="at_least", per="week", s=None, sp=PUB, note="the recipient is no subject"),
        G("3,4 procent", 3.4, "percent", direction=INC, s=("märket", "märket"), sp=("Industrins parter", "credited")),
        G("28 400 kronor", 28400, "SEK", per="month", s=("dagens genomsnittslön", "genomsnittslön"), sp=None),
        G("knappt 970 kronor", 970, "SEK", bound="approx", per="month", direction=INC, s=None, sp=None, note="the example's result; per carried"),
        G("1 450 kronor", 1450, "SEK", occ=2, per="month", direction=INC, s=("Vårt krav", "krav"), sp=PUB),
        G("nästan 500 kronor", 500, "SEK", bound="approx", per="month", s=None, sp=PUB, note="one-time comparison of two demands"),
        G("4 100 kronor", 4100, "SEK", per="month", s=None, sp=PUB, note="one time against industrial workers; 'vi tjänar'"),
        G("1 600 kronor", 1600, "SEK", per="month", direction=INC, s=None, sp=("Anläggarnas förbund", "credited")),
        G("1 350 kronor", 1350, "SEK", per="month", direction=INC, s=None, sp=("Fordonsarbetarnas fackförbund", "credited"), note="per carried"),
        G("3,8 procent", 3.8, "percent", direction=INC, s=None, sp=("Tjänstemannaunionen Norr", "credited")),
        G("6,8 procent", 6.8, "percent", t=("2021", None), direction=DEC, s=("våra medlemmars reallöner", "reallöner"), sp=PUB, note="'Sedan 2021'"),
        G("omkring 2 procent", 2, "percent", bound="approx", optional=True, s=("en inflation", "inflation"), sp=PUB, note="the scenario's assumption"),
        G("mellan 2 och 3 procent", None, "percent", low=2, high=3, per="year", direction=INC, s=("en reallöneökning", "reallöneökning"), sp=PUB),
        G("Var tredje", 1 / 3, "ratio", s=("medlem", "medlem"), sp=MAq),
        G("10 000 kronor", 10000, "SEK", optional=True, s=("en oväntad utgift", "utgift"), sp=MAq, note="defines the survey question"),
        G("Mellan 15 och 20 procent", None, "percent", low=15, high=20, s=("medlemmarna", "medlemmarna"), sp=None),
        G("14", 14, "percent", ctx="från [14] till", s=("andelen visstidsanställda", "andelen"), sp=None, note="from-value"),
        G("22 procent", 22, "percent", direction=INC, s=("andelen visstidsanställda", "andelen"), sp=None),
        G("12 månader", 12, "month", bound="more_than", optional=True, s=None, sp=PUB, note="threshold"),
        G("sju dagars", 7, "day", bound="at_least", optional=True, s=("varsel", "varsel"), sp=None, note="a rule"),
        G("0,9 procent", 0.9, "percent", s=("medlemsavgiften", "medlemsavgiften"), sp=None),
        G("högst 420 kronor", 420, "SEK", bound="at_most", per="month", s=("medlemsavgiften", "medlemsavgiften"), sp=None),
    ]
    NEG["r35_b_fack_lonekrav"] = [
        N("1", ctx="[1]. Löneökningar", note="list numbering"), N("2", ctx="[2]. Ett totalt", note="list numbering"),
        N("3", ctx="[3]. Att lägstalönen", note="list numbering"), N("4", ctx="[4]. Att OB-tillägget", note="list numbering"),
        N("5", ctx="[5]. Att den", note="list numbering"),
        N("2021", note="places the change"), N("0771-24 60 60"), N("8–17", note="office hours"), N("802004-5518", note="org number"),
    ]

    # ------------------------------------------------------------ 6. forest agency, harvest 2025 and timber prices H1 2026 (sidecar 2026-08-19)
    POq = ("Per Ohlsson", "quote")
    LP = ("Ett genomsnittligt leveransvirkespris för sågtimmer av gran", "leveransvirkespris")
    SA = ("Slutavverkning", "Slutavverkning")
    LT = ("Leveransvirkespris för sågtimmer av gran", "Leveransvirkespris")
    fc = [("SEK", 1, "m3", Y26, F, F), ("SEK", 1, "m3", Y25, F, F), ("percent", 1, None, Y26, T, T)]
    BM = ("priset på björkmassaved", "priset")
    GOLD["r35_b_skog_virkespriser"] = [
        G("88,4 miljoner skogskubikmeter", 88.4e6, "m3", t=Y25, direction=DEC, s=None, sp=None, note="'Under 2025 avverkades'; ', en minskning med'"),
        G("3,1 procent", 3.1, "percent", t=Y25, direction=DEC, s=None, sp=None),
        G("712 kronor per kubikmeter fub", 712, "SEK", per="m3", **L26, direction=INC, s=LP, sp=None, note="', vilket är ... högre än första halvåret 2025'"),
        G("6,1 procent", 6.1, "percent", ctx="är [6,1 procent] högre", **L26, direction=INC, s=LP, sp=None),
        G("47 procent", 47, "percent", **L25, s=("privata skogsägare", "skogsägare"), sp=None, note="'X stod för Y' takes X"),
        G("38 procent", 38, "percent", **L25, s=("aktiebolag", "aktiebolag"), sp=None),
        G("drygt 196 000 hektar", 196000, "ha", bound="approx", t=Y25, direction=DEC, s=SA, sp=None),
        G("ungefär 11 000 hektar", 11000, "ha", bound="approx", t=Y25, direction=DEC, s=SA, sp=None, note="'mindre än året innan'"),
        G("drygt 120 miljoner skogskubikmeter", 120e6, "m3", bound="approx", **L26, s=("Den årliga tillväxten i den svenska skogen", "tillväxten"), sp=None, note="'i dag'; 'årliga' in the subject"),
        G("knappt tre fjärdedelar", 0.75, "ratio", bound="approx", **L26, s=("tillväxten", "tillväxten"), sp=None, note="present tense"),
        G("7,3 procent", 7.3, "percent", ctx="med [7,3 procent].", **L26, direction=INC, s=("priset på grantimmer", "priset"), sp=None),
        *_row(G, "Norra Norrland", ["622", "594", "+4,7"], fc, LT, note="table 'Tabell 1. Leveransvirkespris ..., kronor per m³fub, första halvåret': '2026' / '2025' explicit, change column 2026 lenient signed; rows are regions"),
        *_row(G, "Södra Norrland", ["668", "629", "+6,2"], fc, LT),
        *_row(G, "Svealand", ["731", "688", "+6,3"], fc, LT),
        *_row(G, "Götaland", ["768", "716", "+7,3"], fc, LT),
        *_row(G, "Hela landet", ["712", "671", "+6,1"], fc, LT),
        G("641 kronor per m³fub", 641, "SEK", per="m3", **L26, direction=INC, s=("det genomsnittliga priset", "priset"), sp=None),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=("det genomsnittliga priset", "priset"), sp=None),
        G("412 kronor per m³fub", 412, "SEK", per="m3", **L26, direction=DEC, s=("Priset på barrmassaved", "Priset"), sp=None, note="', ... lägre än ett år tidigare'"),
        G("2,5 procent", 2.5, "percent", **L26, direction=DEC, s=("Priset på barrmassaved", "Priset"), sp=None),
        G("4 procent", 4, "percent", ctx="sjönk med [4 procent]", **L26, direction=DEC, s=BM, sp=None),
        G("398 kronor", 398, "SEK", per="m3", **L26, direction=DEC, s=BM, sp=None, note="per carried"),
        G("3–5 procent", None, "percent", low=3, high=5, **L26, direction=INC, s=("timmerpriserna", "timmerpriserna"), sp=POq, note="'under andra halvåret'"),
        G("omkring 81 euro per kubikmeter", 81, "EUR", bound="approx", per="m3", **L26, s=("det motsvarande priset för grantimmer", "priset"), sp=None, note="Finland, one time"),
        G("ungefär 890 kronor", 890, "SEK", bound="approx", per="m3", **L26, s=None, sp=None, note="'vilket'"),
        G("372 miljoner plantor", 372e6, "count", t=Y25, s=("plantor", "plantor"), sp=None, note="'lika många som 2024': no change"),
        G("Knappt 60 procent", 60, "percent", bound="approx", **L25, s=("plantorna", "plantorna"), sp=None),
        G("14 virkesköpare", 14, "count", optional=True, s=("virkesköpare", "virkesköpare"), sp=None, note="method"),
        G("minst 80 procent", 80, "percent", bound="at_least", optional=True, s=("det virke som omsätts i landet", "virke"), sp=None, note="method"),
    ]
    NEG["r35_b_skog_virkespriser"] = [
        N("2025", ctx="Avverkning [2025] och", note="title"), N("2026", ctx="första halvåret [2026] Sammanfattning", note="title"),
        N("2025", ctx="Under [2025] avverkades", note="places the claim"), N("2024", ctx="jämfört med [2024].", note="places the comparison"),
        N("2026", ctx="första halvåret [2026]. Ett", note="places the claim"),
        N("2025", ctx="första halvåret [2025]. Avverkningen", note="places the comparison"),
        N("2025", ctx="hektar under [2025],", note="places the claim"), N("januari", note="date"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("2026", ctx="Region [2026]", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("2025", ctx="Under [2025] planterades", note="places the claim"), N("2024", ctx="som [2024]. Knappt", note="places the comparison"),
        N("2025", ctx="för [2025] är", note="names the data"), N("036-35 94 20"),
    ]

    # ------------------------------------------------------------ 7. football league attendance and finance 2026 (Publicerad 24 november 2026)
    JSa = ("Johan Sandberg", "quote")
    SN = ("Snittpubliken", "Snittpubliken")
    AS = ("åskådare", "åskådare")
    PS = ("Publiksnitt", "Publiksnitt")
    KP = ("klubbarnas prognoser", "enligt")
    pc = [("count", 1, "match", Y26, F, F), ("count", 1, "match", Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r35_b_fotboll_publik_2026"] = [
        G("tredje", 3, "ordinal", ctx="för [tredje] året", **L26, direction=INC, s=("Publikrekord", "Publikrekord"), sp=None, note="'för tredje året i rad'"),
        G("6 842 åskådare per match", 6842, "count", per="match", **L26, direction=INC, s=SN, sp=None),
        G("7,9 procent", 7.9, "percent", ctx="ökning med [7,9 procent] från", **L26, direction=INC, s=SN, sp=None),
        G("6 341", 6341, "count", per="match", ctx="från [6 341] året", **L25, s=SN, sp=None, note="from-value 'året innan'"),
        G("1 642 080 åskådare", 1642080, "count", **L26, direction=INC, s=AS, sp=None, note="', vilket är ... fler än 2025'"),
        G("240 matcher", 240, "count", **L26, s=("matcher", "matcher"), sp=None),
        G("drygt 120 000", 120000, "count", bound="approx", **L26, direction=INC, s=AS, sp=None),
        G("14 215 åskådare per match", 14215, "count", per="match", **L26, s=("publiksnitt", "publiksnitt"), sp=None),
        G("2 108", 2108, "count", per="match", ctx="lägst med [2 108].", **L26, s=None, sp=None, note="elided"),
        G("23 870", 23870, "count", **L26, s=("Den största publiken under en enskild match", "publiken"), sp=None),
        G("Elva", 11, "count", **L26, s=("ligans 16 klubbar", "klubbar"), sp=None, note="'X av Y' takes Y"),
        G("16 klubbar", 16, "count", optional=True, s=("klubbar", "klubbar"), sp=None, note="names the set"),
        *_row(G, "Kvarnby IF", ["14 215", "13 106", "+8,5"], pc, PS, note="table 'Publiksnitt per klubb (urval), åskådare per match': '2026' / '2025' explicit, change column 2026 lenient signed; rows are clubs"),
        *_row(G, "Strömsviks FF", ["11 480", "10 920", "+5,1"], pc, PS),
        *_row(G, "Norrhamns IK", ["8 930", "8 410", "+6,2"], pc, PS),
        *_row(G, "Ljungdala BoIS", ["6 215", "6 480", "−4,1"], pc, PS),
        *_row(G, "Västby United", ["5 120", "4 690", "+9,2"], pc, PS),
        *_row(G, "Åsdal BK*", ["2 108"], pc[:1], PS, note="promoted club: its '–' cells are no figures"),
        *_row(G, "Nordserien totalt", ["6 842", "6 341", "+7,9"], pc, PS),
        G("nästan 30 procent", 30, "percent", bound="approx", t=("2022", "2026"), direction=INC, s=("publiken", "publiken"), sp=JSa, note="'sedan 2022'"),
        G("var fjärde", 0.25, "ratio", **L26, s=("åskådare", "åskådare"), sp=JSa, note="'i år'"),
        G("18 år", 18, "year", bound="less_than", optional=True, s=None, sp=JSa, note="age threshold"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("348 miljoner kronor", 348e6, "SEK", **L26, direction=INC, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("212 kronor", 212, "SEK", **L26, s=("Det genomsnittliga biljettpriset", "biljettpriset"), sp=None),
        G("236 kronor", 236, "SEK", **L26, s=None, sp=None, note="the Danish league, one time"),
        G("402 miljoner kronor", 402e6, "SEK", **L26, s=("Intäkterna från sponsorer", "Intäkterna"), sp=None),
        G("180 miljoner kronor per år", 180e6, "SEK", per="year", t=("2026", "2030"), s=("Det nya medieavtalet", "medieavtalet"), sp=None, note="'som gäller från 2026 till och med 2030'; the recipient is no subject"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier"),
        G("214 000 tv-tittare", 214000, "count", per="round", **L26, s=("tv-tittare", "tv-tittare"), sp=None, note="'i genomsnitt' is no bound"),
        G("minst 7,5 miljoner kronor per säsong", 7.5e6, "SEK", bound="at_least", per="season", **L26, s=None, sp=None, note="the recipient is no subject"),
        G("mellan 1 300 och 1 350 miljoner kronor", None, "SEK", low=1300e6, high=1350e6, t=Y26, direction=INC, s=("den samlade omsättningen", "omsättningen"), sp=KP),
        G("1 214 miljoner kronor", 1214e6, "SEK", t=Y25, s=("den samlade omsättningen", "omsättningen"), sp=KP),
        G("Sju klubbar", 7, "count", t=Y25, s=("klubbar", "klubbar"), sp=None),
        G("fyra klubbar", 4, "count", t=Y25, s=("klubbar", "klubbar"), sp=None),
        G("mer än 5 miljoner kronor", 5e6, "SEK", bound="more_than", t=Y25, s=("ett underskott", "underskott"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("omsättningen", "omsättningen"), sp=None, note="'X procent av Y' takes Y"),
        G("högst 65 procent", 65, "percent", bound="at_most", s=("ligans riktvärde", "riktvärde"), sp=None, note="standing guideline"),
        G("236 miljoner kronor", 236e6, "SEK", **L26, s=None, sp=None, note="'Under säsongen'; the sellers are no subject"),
        G("minst 3 000 sittplatser", 3000, "count", bound="at_least", t=Y27, s=("sittplatser", "sittplatser"), sp=None, note="the new licence rule for 2027 (news)"),
    ]
    NEG["r35_b_fotboll_publik_2026"] = [
        N("2026", ctx="NORDSERIEN [2026] –", note="title"), N("24 november 2026", note="Publicerad"),
        N("2026", ctx="Säsongen [2026] blev", note="places the claim"), N("2025", ctx="fler än [2025].", note="places the comparison"),
        N("2026", ctx="Klubb [2026]", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("2026", ctx="Nykomling [2026].", note="footnote"), N("2022", note="places the change"),
        N("2026", ctx="från [2026] till och med", note="places the deal"), N("2030", note="places the deal"),
        N("2026", ctx="omsättningen för [2026] mellan", note="places the forecast"),
        N("2025", ctx="kronor [2025]. Sju", note="places the comparison"), N("2025", ctx="resultat för [2025], medan", note="places the claim"),
        N("2027", ctx="säsongen [2027] höjs", note="places the rule"), N("2027", ctx="Säsongen [2027] inleds", note="places the start"),
        N("3 april", note="date"), N("15 december", note="date"), N("2", ctx="Arenagatan [2],", note="street number"), N("413 04"),
    ]

    # ------------------------------------------------------------ 8. county road-traffic accidents 2025 (dateline 18 mars 2026)
    KOq = ("Karin Öberg", "quote")
    AS8 = ("Antalet allvarligt skadade", "Antalet")
    OM = ("Omkomna", "Omkomna")
    DO = ("de omkomna", "omkomna")
    rc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, None, ("2020", "2024"), F, F)]
    GOLD["r35_b_trafikolyckor_2025"] = [
        G("19 personer", 19, "count", t=Y25, direction=DEC, s=("personer", "personer"), sp=None, note="'Under 2025'; ', jämfört med 26 året innan'"),
        G("26", 26, "count", ctx="jämfört med [26] året", **L24, s=None, sp=None, note="elided"),
        G("164", 164, "count", ctx="var [164], en", **L25, direction=DEC, s=AS8, sp=None),
        G("9 procent", 9, "percent", ctx="minskning med [9 procent]", **L25, direction=DEC, s=AS8, sp=None, note="'jämfört med 2024'"),
        G("4,1 omkomna", 4.1, "count", per="capita", **L25, s=("omkomna", "omkomna"), sp=None, note="'per 100 000 invånare'"),
        G("nästan dubbelt så högt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier"),
        G("2,2", 2.2, "count", per="capita", ctx="riksgenomsnittet på [2,2].", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time; per carried"),
        *_row(G, "Europaväg", ["5", "8", "6,2"], rc, OM, note="table 'Omkomna efter vägtyp, antal': '2025' / '2024' / 'Snitt 2020–2024' explicit; rows are road types"),
        *_row(G, "Riksväg", ["4", "6", "5,4"], rc, OM),
        *_row(G, "Länsväg", ["7", "9", "8,0"], rc, OM),
        *_row(G, "Kommunal gata", ["2", "2", "2,6"], rc, OM),
        *_row(G, "Enskild väg", ["1", "1", "1,2"], rc, OM),
        *_row(G, "Totalt", ["19", "26", "23,4"], rc, OM),
        G("7", 7, "count", ctx="inträffade [7] av", **L25, s=("dödsolyckorna", "dödsolyckorna"), sp=None),
        G("omkring 30 procent", 30, "percent", bound="approx", **L26, s=("länsvägarna", "länsvägarna"), sp=None, note="present tense; 'X står för Y' takes X"),
        G("42 procent", 42, "percent", **L25, s=("Singelolyckor", "Singelolyckor"), sp=None),
        G("26 procent", 26, "percent", **L25, s=("mötesolyckor", "mötesolyckor"), sp=None),
        G("Elva", 11, "count", **L25, s=DO, sp=None, note="'X av Y' takes Y"),
        G("fyra", 4, "count", ctx="[fyra] var motorcyklister", **L25, s=None, sp=None, note="elided"),
        G("två", 2, "count", ctx="[två] var fotgängare", **L25, s=None, sp=None),
        G("15 män", 15, "count", **L25, s=DO, sp=None, note="'Av X ... Y' takes X"),
        G("38 cyklister", 38, "count", **L25, direction=INC, s=("de allvarligt skadade", "skadade"), sp=None),
        G("5", 5, "count", ctx="är [5] fler", **L25, direction=INC, s=("de allvarligt skadade", "skadade"), sp=None),
        G("65 år", 65, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold 'eller äldre'"),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=DO, sp=None),
        G("minst hälften", 0.5, "ratio", bound="at_least", **L25, s=("dödsolyckorna på statliga vägar", "dödsolyckorna"), sp=("Vägmyndighetens djupstudier", "enligt")),
        G("44 procent", 44, "percent", t=Y25, s=("fordonen", "fordonen"), sp=None, note="'Vid mätningar 2025'"),
        G("80 km/tim", 80, "km/h", optional=True, s=None, sp=None, note="defines the roads"),
        G("högst 12 omkomna", 12, "count", bound="at_most", t=Y30, s=("omkomna", "omkomna"), sp=None, note="target 'år 2030'"),
        G("25 procent", 25, "percent", ctx="minska med [25 procent]", t=("2020", "2030"), lenient=True, direction=DEC, s=AS8, sp=None, note="'under samma period'"),
        G("högst 130", 130, "count", bound="at_most", t=Y30, lenient=True, direction=DEC, s=AS8, sp=None),
        G("35 kilometer", 35, "km", t=Y28, direction=INC, s=("mitträcken", "mitträcken"), sp=KOq, note="'ytterligare ... fram till 2028'"),
        G("omkring 45 miljoner kronor", 45e6, "SEK", bound="approx", **L26, s=("varje dödsolycka", "dödsolycka"), sp=("Vägmyndighetens beräkningar", "enligt"), note="present tense; the payer is no subject"),
        G("minst 1,2 miljarder kronor", 1.2e9, "SEK", bound="at_least", t=Y25, s=("Trafikolyckorna i länet", "Trafikolyckorna"), sp=None),
        G("1 procent", 1, "percent", ctx="minst [1 procent].", bound="at_least", optional=True, s=("en medicinsk invaliditet", "invaliditet"), sp=None, note="definition"),
    ]
    NEG["r35_b_trafikolyckor_2025"] = [
        N("2025", ctx="vägtrafikolyckor [2025]", note="title"), N("18 mars 2026", note="dateline"),
        N("2030", ctx="målet för [2030] är", note="headline: places the target"),
        N("2025", ctx="Under [2025] omkom", note="places the claim"), N("2024", ctx="jämfört med [2024]. Det", note="places the comparison"),
        N("100 000", note="the denominator of 'per 100 000 invånare'"),
        N("2025", ctx="Vägtyp [2025]", note="column header"), N("2024", ctx="2025 [2024] Snitt", note="column header"),
        N("Snitt 2020–2024", note="column header"), N("2024", ctx="fler än [2024].", note="places the comparison"),
        N("2025", ctx="mätningar [2025] körde", note="places the claim"), N("2030", ctx="Målet för [2030] Enligt", note="heading"),
        N("2020", ctx="mellan [2020] och", note="places the target"), N("2030", ctx="och [2030]. För", note="places the target"),
        N("2030", ctx="omkomna år [2030].", note="places the target"), N("2028", note="places the plan"), N("2024", ctx="Minskningen från [2024] är", note="places the comparison"),
        N("2025", ctx="kronor under [2025].", note="places the claim"), N("010-223 51 07"),
    ]
    return GOLD, NEG
