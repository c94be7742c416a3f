"""Round 18, part A (r18_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 18, part A (r18_a_*): eight kinds, written from scratch (r18_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a property company's interim report for
# January–March 2026 (dateline 'Västerås den 24 april 2026' at the end; bullets under 'FÖRSTA KVARTALET 2026' with
# bracketed prior figures dated by 'Siffror inom parentes avser motsvarande kvartal 2025': hyresintäkter, driftnetto
# 'förbättrades med 9 procent och landade på', överskottsgrad, förvaltningsresultat per aktie, a negative unrealised
# value change '−64 (−211) Mkr', uthyrningsgrad; a CEO paragraph 'VD har ordet' ending in 'säger vd'; belåningsgrad
# 'sjönk till 47,9 procent från 49,3 procent vid årsskiftet och ligger därmed under vårt tak på 50 procent', snittränta
# 'att jämföra med 3,87 procent ett år tidigare', räntetäckningsgrad in 'gånger', räntebindningstid in years,
# kvadratmeter, 'ett årligt hyresvärde på 27 Mkr', '4 procent över senaste värdering', a plain-text key-figure table
# 'Jan–mar 2026' / 'Jan–mar 2025' / 'Helår 2025' with the unit in each row label), a statistics agency's monthly
# producer-price release for October 2025 ('Publicerad: 21 november 2025 kl. 08.00'; 'föll med', 'Sett mot oktober 2024
# låg prisnivån 1,8 procent lägre', an index level '(2015=100) stannade på 146,2, mot 147,1 månaden innan', 'backade med
# ... på en månad', 'räknat över tolv månader har energivarorna tappat', 'årstakten hamnade på plus 0,9 procent', 'drygt
# 22 procent dyrare än ett år tidigare', 'kronan stärktes med', 'Jämfört med toppen i september 2022 ligger ... nu 8,5
# procent lägre', 'Under årets första tio månader', a plain-text table by product group 'Vikt, %' / 'Index okt 2025' /
# 'Förändr. sep–okt 2025, %' / 'Förändr. okt 2024–okt 2025, %'), a police region's monthly statistics for September 2026
# (Markdown, '**Polisregion Mellersta Bergslagen · Publicerad 8 oktober 2026**'; 'Det är 57 färre än samma månad förra
# året, en nedgång med 15 procent', 'per 100 000 invånare', 'Ungefär vart tredje', 'Nästan sex av tio', 'minskade till
# 1 530 från 1 812', 'Hittills i år', 'klarats upp', a Markdown table by municipality 'Bostadsinbrott' / 'Per 100 000
# inv.' / 'Förändring mot sep 2025, %' / 'Stöld ur fordon' with a zero cell, 'minst 40 inbrott' in a quote, times of day
# and a tip phone number), a region's public-health survey 2025 against the survey four years earlier ('Publicerad 3
# mars 2026'; 'har nästan halverats på fyra år', 'mot 11,3 procent i den förra undersökningen 2021', 'omfattar nu 19
# procent av männen', 'en ökning med 3 procentenheter sedan 2021', 'steg från 16 till 18 procent', svarsfrekvens, a
# plain-text table by age group 'Röker dagligen 2025' / '... 2021' / 'Övervikt/fetma 2025' / '... 2021', 'var åttonde',
# 'Sju av tio', 'minst 150 minuter ... i veckan', 'jämfört med 63 procent fyra år tidigare', 'mer än tio timmar om
# dagen'), an UNDATED op-ed on housing construction (no date, no sidecar; 'en miljon bostäder', 'i snitt 100 000 om
# året', 'Sedan 1990-talet', 'rasat till omkring 28 000 om året, färre än hälften av vad', 'per 1 000 invånare',
# 'motsvarande tal', 'ungefär dubbelt så många', 'hälften så många bostäder som fransmännen', 'tre gånger fler
# hyresrätter per invånare', 'vuxit med mer än 1,8 miljoner människor', 'var tredje 25-åring', a numbered list of
# demands), a credit-information company's bankruptcy statistics for October 2026 dated only by its sidecar
# (2026-11-04; konkurser 'vilket är 11 procent lägre än i oktober förra året, då 728 företag', 'den sjätte månaden i
# rad', berörda anställda 'en minskning med 19 procent', 'stod ensam för knappt 7 procent av dem', 'Under perioden
# januari–oktober', 'hittills i år ... jämfört med 24 300 i fjol', 'noterade den största ökningen, plus 18 procent',
# 'halverades antalet konkurser nästan, till 31', '20 procent över snittet för åren före pandemin', a plain-text table by
# industry 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Berörda anställda okt 2026' / 'Jan–okt 2026'), a municipality's
# HTML page on parking fees from 1 February 2027 (cookie banner, menu, breadcrumb, related links, footer; 'Publicerad 12
# november 2026'; 'timtaxan går upp från 30 till 36 kronor per timme, en höjning med 20 procent', zones A–C, 'alltså 2
# kronor mer än nu', 'maxbeloppet för ett dygn', 'kronor per kWh', an HTML table 'Avgift 2026' / 'Från 1 februari 2027'
# / 'Höjning, %', boendeparkering 'höjs från 750 till 900 kronor per månad', 'första gången sedan 2019', a target
# 'ska sjunka till högst 85 procent', 'Intäkterna beräknas öka med omkring 14 miljoner kronor per år') and a sports
# federation's membership report for 2025 ('Publicerad 19 februari 2026'; 'växer för femte året i rad', licensierade
# spelare '6,2 procent fler än året innan och hela 43 procent fler än för fem år sedan, då', andel flickor 'har klättrat
# till 31,5 procent, från 28,9 procent 2024 och 22 procent 2020', 'ökade de med 792 spelare på ett år', 'nästan
# varannan licens', föreningar 'nio fler än ett år tidigare', domare 'finns nu', 'skulle det behövas ungefär 1 400', 'Tre
# av fyra domare', a plain-text table '2025' / '2024' / '2020' / 'Förändring mot 2024, %', intäkter in miljoner kronor).
# The r8-r17 decisions are followed: periods at year grain (a quarter, a month, 'januari–oktober' take their year); a
# relative expression in the sentence ('förra året', 'i fjol', 'i dag', 'nu', 'hittills i år', 'årets', 'i våras')
# resolves against the publication date and is not lenient; a month without a year, a heading's, a caption's or the
# document's period, present tense, 'ett år tidigare' / 'året innan' / 'månaden innan' / 'fyra år tidigare' are lenient;
# brackets take the period their note names (not lenient); a level followed by ', mot X <earlier time>', ', att jämföra
# med X', ', jämfört med X', 'vilket är X lägre' or a next sentence 'Det är X färre/fler' is the new value after a change
# (direction), the earlier value and from-values have none; 'X procent över snittet' carries direction (r15/r17: an
# earlier baseline); comparisons at one time, against a valuation, a need or a norm have no direction; multipliers
# ('halverats', 'dubbelt', 'hälften så många', 'tre gånger fler', 'färre än hälften av vad'), thresholds and definitions
# of a group or an example are optional; targets, caps and demands are required; 'på tolv månader'-type and 'årstakten'
# figures take the rolling year; a change against a base year spans base year to report year (lenient); table cells
# take their column headers' periods (not lenient; a caption's period lenient), change columns with direction from the
# sign; rows that are categories take the column's or caption's measure as subject; 'vilket är' / 'alltså' /
# 'motsvarande' without a noun have s None; a bare figure as grammatical subject, elided nouns and an expletive 'det'
# have s None; a share 'X procent av <noun>' takes that noun when the verb's subject is no measure; the payer and the
# owner are no subject; 'per 1 000 / 100 000 invånare' is per="capita" with the value as written and the denominator N;
# 'gånger' is unit number; the UNDATED text has no period on any figure (also not from 'Sedan 1990-talet').
# Where those were silent, decided here:
# - Property report: the CEO paragraph under 'VD har ordet' is one statement ending in 'säger vd Helena Bergqvist':
#   every figure in it is credited to her (quote), not only the last sentence's. 'indexuppräkningen svarade för drygt 3
#   procentenheter' is a part of the rent increase: direction increase. 'vid årsskiftet' in a Q1 report is the balance
#   date 31 December 2025 (2025, lenient; it matches the 'Helår 2025' column) for both the vacancy '6 200 kvadratmeter'
#   and the from-value '49,3 procent'. The unrealised value changes '−64 (−211) Mkr' keep their sign and carry direction
#   decrease (the noun names a change: r16_a's growth rates), the bracket too. 'ett årligt hyresvärde på 27 Mkr' is
#   per="year" ('årligt' like r17_b's 'dagliga'). 'ligger därmed under vårt tak på 50 procent': the cap is a required
#   figure with no bound word (exact, no period); the whole sentence is the sender's first-person statement, so its
#   three figures are 'publisher'. 'motsvarande 1,12 (1,05) kronor per aktie' has s None ('motsvarande' without a noun).
#   'två bostadsfastigheter avyttrades' is a required count (a fact), 'två kontorshus' only locates the vacancy
#   (optional). '4 procent över senaste värdering' is against a valuation: no direction, subject 'ett pris'. The
#   table's 'Helår 2025' column is 2025, not lenient; 'ggr' is unit number.
# - Producer prices: the index level '146,2' after 'stannade på ..., mot 147,1 månaden innan' is a new value (decrease);
#   index points are unit number. 'Sett mot oktober 2024 låg prisnivån 1,8 procent lägre' is one thing over time
#   (decrease), October 2025 from the sentence before (lenient). 'räknat över tolv månader' and 'årstakten' take the
#   rolling year ('2024', '2025'), lenient. 'kronan stärktes med 1,3 procent mot euron' is an increase of the krona.
#   'Jämfört med toppen i september 2022 ligger ... nu 8,5 procent lägre' is 2025 ('nu', not lenient), decrease;
#   'Under årets första tio månader ... 0,7 procent under motsvarande period i fjol' is 2025 (not lenient), decrease,
#   'i genomsnitt' sets no bound. Table: 'Vikt, %' takes the caption's month (2025, lenient) and subject 'Vikt'; 'Index
#   okt 2025' and both change columns name their period (2025, not lenient; r17_a's 'Aug 2025/aug 2024'); index and
#   change cells take the caption's measure 'Producentprisindex'. '(2015=100)' / 'index 2015=100' are N (a base
#   definition), as is 'Tabell 2'; the total weight '100,0' is a cell like any other.
# - Police statistics: 'Det är 57 färre än samma månad förra året, en nedgång med 15 procent' gives both figures the
#   level's subject ('bostadsinbrott'), September 2026 (lenient, 'Under september' has no year). 'motsvarar det 31,6
#   inbrott' takes the counted noun after 'motsvarar'. 'Av inbrotten skedde 204 i villor' and 'och 114 i lägenheter':
#   bare figures as grammatical subjects (s None). 'Endast 6 procent av dem har klarats upp' refers to this year's
#   burglaries (2026, lenient), s None (pronoun 'dem'). The heading 'Anmälda brott per kommun, september 2026' dates the
#   table (lenient); 'Förändring mot sep 2025, %' names the baseline, not the period, so it stays lenient (2026); the
#   count column takes 'Bostadsinbrott', the fordon column 'Stöld', the per-capita and change columns the caption's
#   'Anmälda brott'. The quote's 'minst 40 inbrott' is 2026 ('i våras', not lenient), credited to the inspector. 'Ring
#   114 14' and 'klockan 10 och 15' are N.
# - Public health: the survey year 2025 is explicit only where written ('folkhälsoenkät 2025'); other figures take it
#   leniently; 'omfattar nu' is 2026 (r17_a's 'nu', not lenient) and the snus shares take 'Snusandet' (the measure is the
#   grammatical subject). 'har nästan halverats på fyra år' is an optional multiplier (0.5, approx, decrease). 'en
#   ökning med 3 procentenheter sedan 2021' spans ('2021', '2025'), lenient (r17_b's base-year rule). 'steg från 16 till
#   18 procent': the from-value is the previous survey (2021, lenient). '6,1 procent av de svarande' and '53 procent av
#   de vuxna' take the whole the share is of. The response figures are required (basis of the statistic). 'minst 150
#   minuter ... i veckan' defines the recommendation and 'mer än tio timmar om dagen' the group: optional. Age bands
#   (text and row labels) are N; the table cells take the caption's 'Andel' and their column years (not lenient).
# - UNDATED op-ed: 'var tredje 25-åring' takes the counted noun '25-åring' ('25-åring' itself is N as an age);
#   'Räknat per 1 000 invånare påbörjas i Sverige 2,7 bostäder om året' is per="capita" (one per field; 'om året' is
#   the statistic's frame); 'motsvarande tal 5,1' takes 'tal', 'i Finland 5,6' and 'Frankrike 6,2' are elided (s None).
#   'i snitt 100 000 om året' is per="year" with an elided noun. The demands (list after 'Vi kräver') have no speaker
#   (an op-ed's signatories, as r16_a/r17_a), and are required; 'högst 18 månader' carries decrease ('kortas till').
#   'En nyproducerad tvåa på 60 kvadratmeter' defines the example (optional); its cost is required.
# - Bankruptcies (sidecar 2026-11-04): 'i oktober' is 2026 (lenient), 'i oktober förra året' 2025 (not lenient).
#   'den sjätte månaden i rad' is a required ordinal with the run's noun ('månaden'). 'Den enskilt största konkursen
#   ... stod ensam för knappt 7 procent av dem' takes the grammatical subject ('konkursen'); the share is of the
#   employees. 'Handeln hade flest konkurser, 117' takes the counted noun 'konkurser'; 'byggindustrin med 109' is
#   elided (s None). 'noterade den största ökningen, plus 18 procent' takes 'ökningen' (the noun the figure is attached
#   to). 'halverades antalet konkurser nästan, till 31' is an optional multiplier (0.5, approx) and a required to-value.
# - Parking (HTML): the new fees are 2027 (lenient: the lead names 1 February 2027), today's 2026 (lenient; 'i dag' /
#   'nu' not lenient). The table caption 'Timtaxa ..., kronor' makes the money cells per="hour"; 'Avgift 2026' and 'Från
#   1 februari 2027' are explicit, 'Höjning, %' lenient with direction increase (unsigned positive cells of a raise).
#   'I zon B kommer det att kosta 24 kronor per timme' has s None (expletive 'det'); 'zon C ... taxan 12 kronor' carries
#   per="hour" from the sentences before. 'maxbeloppet för ett dygn' is per="day"; 'Det nya' sets no direction. The
#   target 'ska sjunka till högst 85 procent' is required, at_most, decrease, no period. 'första gången sedan 2019' is
#   left out (a word ordinal that only dates the change); '2019' is N. The related link's '380 platser' is N (page
#   furniture).
# - Membership report: 'för fem år sedan' in a report on 2025 is 2020 (lenient: the comparison is anchored to the
#   report year and the table's '2020' column confirms it), an exception to resolving against the publication date.
#   'Visserligen finns nu 1 126 licensierade domare' is 2026 ('nu'); 'skulle det behövas ungefär 1 400' is a need
#   (2026, lenient, s None: expletive 'det'). 'ökade de med 792 spelare' takes 'flickor och damer' (the pronoun's
#   antecedent). 'nio fler än ett år tidigare' gives 'nio' the level's subject. '15 nya tillkom' is elided (s None), no
#   direction (a bare 'nya'). 'Förändring mot 2024, %' is the report year (2025, lenient). 'under 13 år' and 'under 25
#   år' are age bands (N).
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, breadcrumbs,
#   years and dates that only place a claim ('oktober 2024', 'september 2022', 'sedan 2008', 'sedan 2010', 'sedan 2021',
#   'samma period 2025', 'den 31 mars'), next-release dates, index bases, 'Tabell 1/2', times of day, age bands, decades
#   ('1990-talet'), list numbering, related links, phone numbers, box and street addresses, postal codes, org numbers and
#   the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'på fyra år', 'fyra år tidigare', 'på en månad', 'tolv månader',
#   'samma månad förra året', 'de senaste åren', 'miljonprogrammets tio år', 'trettio år', 'en eller två säsonger',
#   'första gången', 'den första halvtimmen', 'tre saker', 'på ett år', 'ett dygn', 'Tre zoner' (a heading).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2021", "2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y21, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2020", "2021", "2024", "2025", "2026", "2027"))
    L20 = dict(t=Y20, lenient=True)
    L21 = dict(t=Y21, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    R12 = dict(t=("2024", "2025"), lenient=True)

    # ------------------------------------------------------------ 1. property company, interim report Q1 2026 (dateline 24 april 2026)
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    DN = ("Driftnettot", "Driftnettot")
    OG = ("Överskottsgraden", "Överskottsgraden")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    VF = ("Orealiserade värdeförändringar på fastigheter", "värdeförändringar")
    UG = ("Uthyrningsgraden", "Uthyrningsgraden")
    HB = ("Helena Bergqvist", "quote")
    BG = ("Belåningsgraden", "Belåningsgraden")
    PUB = ("Brofjärden Fastigheter", "publisher")
    SR = ("Snitträntan", "Snitträntan")

    def fq(unit, scale):
        return [(unit, scale, None, Y26, False, False), (unit, scale, None, Y25, False, False),
                (unit, scale, None, Y25, False, False)]

    GOLD["r18_a_fastighet_q1"] = [
        G("412", 412e6, "SEK", ctx="till [412] (387)", **L26, direction="increase", s=HI, sp=None, note="heading 'FÖRSTA KVARTALET 2026'; 'steg till'"),
        G("387", 387e6, "SEK", ctx="412 ([387]) Mkr", t=Y25, s=HI, sp=None, note="bracket: the note names 2025"),
        G("9 procent", 9, "percent", **L26, direction="increase", s=DN, sp=None),
        G("279", 279e6, "SEK", ctx="på [279] (256)", **L26, direction="increase", s=DN, sp=None, note="'landade på': to-value"),
        G("256", 256e6, "SEK", ctx="279 ([256]) Mkr", t=Y25, s=DN, sp=None),
        G("67,7", 67.7, "percent", ctx="blev [67,7] (66,1)", **L26, s=OG, sp=None),
        G("66,1", 66.1, "percent", ctx="67,7 ([66,1]) procent", t=Y25, s=OG, sp=None),
        G("148", 148e6, "SEK", ctx="till [148] (139)", **L26, s=FR, sp=None),
        G("139", 139e6, "SEK", ctx="148 ([139]) Mkr", t=Y25, s=FR, sp=None),
        G("1,12", 1.12, "SEK", ctx="motsvarande [1,12] (1,05)", per="share", **L26, s=None, sp=None, note="'motsvarande' without a noun"),
        G("1,05", 1.05, "SEK", ctx="1,12 ([1,05]) kronor", per="share", t=Y25, s=None, sp=None),
        G("−64", -64e6, "SEK", ctx="fastigheter: [−64] (−211)", **L26, direction="decrease", s=VF, sp=None, note="a negative value change"),
        G("−211", -211e6, "SEK", ctx="−64 ([−211]) Mkr", t=Y25, direction="decrease", s=VF, sp=None),
        G("93,4", 93.4, "percent", ctx="var [93,4] (94,1)", **L26, s=UG, sp=None),
        G("94,1", 94.1, "percent", ctx="93,4 ([94,1]) procent", t=Y25, s=UG, sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction="increase", s=("hyresintäkterna", "hyresintäkterna"), sp=HB, note="'I jämförbart bestånd' is an adverbial"),
        G("drygt 3 procentenheter", 3, "percentage_point", bound="approx", **L26, direction="increase", s=("indexuppräkningen", "indexuppräkningen"), sp=HB, note="a part of the rent increase"),
        G("två kontorshus", 2, "count", optional=True, **L26, s=("kontorshus", "kontorshus"), sp=HB, note="locates the vacancy"),
        G("6 200 kvadratmeter", 6200, "m2", **L25, s=None, sp=HB, note="'vid årsskiftet': 31 December 2025; the figure is the grammatical subject"),
        G("11 400 kvadratmeter", 11400, "m2", **L26, s=("nya hyresavtal", "hyresavtal"), sp=HB, note="'nya': no direction; the signer 'vi' is no subject"),
        G("27 Mkr", 27e6, "SEK", per="year", **L26, s=("ett årligt hyresvärde", "hyresvärde"), sp=HB),
        G("7 860 Mkr", 7860e6, "SEK", **L26, s=("Den räntebärande skulden", "skulden"), sp=None, note="'vid kvartalets slut'"),
        G("47,9 procent", 47.9, "percent", **L26, direction="decrease", s=BG, sp=PUB, note="'sjönk till ... från'; sentence with 'vårt tak'"),
        G("49,3 procent", 49.3, "percent", **L25, s=BG, sp=PUB, note="from-value 'vid årsskiftet'"),
        G("50 procent", 50, "percent", s=("vårt tak", "tak"), sp=PUB, note="the company's own cap: required, no bound word, no period"),
        G("3,41 procent", 3.41, "percent", **L26, direction="decrease", s=SR, sp=None, note="', att jämföra med 3,87 procent ett år tidigare'"),
        G("3,87 procent", 3.87, "percent", **L25, s=SR, sp=None),
        G("2,3 gånger", 2.3, "number", **L26, direction="increase", s=("räntetäckningsgraden", "räntetäckningsgraden"), sp=None, note="'stärktes till'"),
        G("2,6 år", 2.6, "year", **L26, s=("Den genomsnittliga räntebindningstiden", "räntebindningstiden"), sp=None),
        G("96 fastigheter", 96, "count", **L26, s=("fastigheter", "fastigheter"), sp=None, note="'Per den 31 mars' (no year); the owner is no subject"),
        G("612 000 kvadratmeter", 612000, "m2", **L26, s=("en uthyrbar yta", "yta"), sp=None),
        G("16,4 miljarder kronor", 16.4e9, "SEK", **L26, s=("Marknadsvärdet", "Marknadsvärdet"), sp=None),
        G("185 Mkr", 185e6, "SEK", **L26, s=("ett logistiklager", "logistiklager"), sp=None),
        G("två bostadsfastigheter", 2, "count", **L26, s=("bostadsfastigheter", "bostadsfastigheter"), sp=None),
        G("4 procent", 4, "percent", ctx="låg [4 procent] över", **L26, s=("ett pris", "pris"), sp=None, note="against a valuation: no direction"),
        *_row(G, "Hyresintäkter, Mkr", ["412", "387", "1 571"], fq("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'Nyckeltal': 'Jan–mar 2026' / 'Jan–mar 2025' / 'Helår 2025'"),
        *_row(G, "Driftnetto, Mkr", ["279", "256", "1 080"], fq("SEK", 1e6), ("Driftnetto", "Driftnetto")),
        *_row(G, "Överskottsgrad, %", ["67,7", "66,1", "68,7"], fq("percent", 1), ("Överskottsgrad", "Överskottsgrad")),
        *_row(G, "Förvaltningsresultat, Mkr", ["148", "139", "598"], fq("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Uthyrningsgrad, %", ["93,4", "94,1", "93,9"], fq("percent", 1), ("Uthyrningsgrad", "Uthyrningsgrad")),
        *_row(G, "Belåningsgrad, %", ["47,9", "49,8", "49,3"], fq("percent", 1), ("Belåningsgrad", "Belåningsgrad")),
        *_row(G, "Räntetäckningsgrad, ggr", ["2,3", "2,0", "2,1"], fq("number", 1), ("Räntetäckningsgrad", "Räntetäckningsgrad")),
    ]
    NEG["r18_a_fastighet_q1"] = [
        N("2026", ctx="januari–mars [2026]", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="kvartal [2025].", note="bracket note"), N("31 mars", note="places the holdings"),
        N("Jan–mar 2026", note="column header"), N("Jan–mar 2025", note="column header"), N("Helår 2025", note="column header"),
        N("24 april 2026", note="dateline"), N("556781-4420"), N("021-48 30 10"),
    ]

    # ------------------------------------------------------------ 2. producer prices, October 2025 (Publicerad 21 november 2025)
    PI = ("Producentprisindex", "Producentprisindex")
    pp = [("percent", 1, None, Y25, True, False), ("number", 1, None, Y25, False, False),
          ("percent", 1, None, Y25, False, True), ("percent", 1, None, Y25, False, True)]
    PPS = [("Vikt", "Vikt"), PI, PI, PI]
    GOLD["r18_a_producentpriser_oktober"] = [
        G("0,6 procent", 0.6, "percent", ctx="föll med [0,6 procent]", **L25, direction="decrease", s=("Prisindex för inhemsk tillgång", "Prisindex"), sp=None, note="'i oktober' (no year)"),
        G("1,8 procent", 1.8, "percent", ctx="prisnivån [1,8 procent]", **L25, direction="decrease", s=("prisnivån", "prisnivån"), sp=None, note="one thing over time"),
        G("146,2", 146.2, "number", ctx="stannade på [146,2]", **L25, direction="decrease", s=("Indexet", "Indexet"), sp=None, note="', mot 147,1 månaden innan': the new value"),
        G("147,1", 147.1, "number", **L25, s=("Indexet", "Indexet"), sp=None, note="September 2025 ('månaden innan')"),
        G("3,9 procent", 3.9, "percent", **L25, direction="decrease", s=("priser", "priser"), sp=None, note="'vars priser backade med'"),
        G("7,2 procent", 7.2, "percent", **L25, direction="decrease", s=("El, gas och fjärrvärme", "El"), sp=None),
        G("11,4 procent", 11.4, "percent", **R12, direction="decrease", s=("energivarorna", "energivarorna"), sp=None, note="'räknat över tolv månader': the rolling year"),
        G("0,1 procent", 0.1, "percent", ctx="med [0,1 procent] från", **L25, direction="increase", s=("producentpriserna", "producentpriserna"), sp=None),
        G("plus 0,9 procent", 0.9, "percent", **R12, direction="increase", s=("årstakten", "årstakten"), sp=None, note="a twelve-month rate"),
        G("0,4 procent", 0.4, "percent", ctx="med [0,4 procent] under", **L25, direction="increase", s=("Livsmedelspriserna i producentledet", "Livsmedelspriserna"), sp=None),
        G("drygt 22 procent", 22, "percent", bound="approx", **L25, direction="increase", s=("kaffe och kakao", "kaffe"), sp=None, note="'dyrare än ett år tidigare'"),
        G("0,8 procent", 0.8, "percent", **L25, direction="decrease", s=("Exportprisindex", "Exportprisindex"), sp=None),
        G("1,1 procent", 1.1, "percent", ctx="importprisindex med [1,1 procent]", **L25, direction="decrease", s=("importprisindex", "importprisindex"), sp=None),
        G("1,3 procent", 1.3, "percent", **L25, direction="increase", s=("kronan", "kronan"), sp=None, note="'stärktes med ... under oktober'"),
        G("8,5 procent", 8.5, "percent", t=Y25, direction="decrease", s=("producentpriserna", "producentpriserna"), sp=None, note="'nu'; against the peak of September 2022"),
        G("0,7 procent", 0.7, "percent", t=Y25, direction="decrease", s=("indexet", "indexet"), sp=None, note="'Under årets första tio månader ... under motsvarande period i fjol'; 'i genomsnitt' is no bound"),
        *_row(G, "Livsmedel", ["14,2", "158,3", "+0,4", "+2,7"], pp, PPS, note="table 'Producentprisindex efter produktgrupp, oktober 2025': 'Vikt, %' (caption's month, lenient) / 'Index okt 2025' / 'Förändr. sep–okt 2025, %' / 'Förändr. okt 2024–okt 2025, %'"),
        *_row(G, "Trävaror", ["6,1", "171,9", "−1,2", "−4,6"], pp, PPS),
        *_row(G, "Massa och papper", ["5,8", "139,0", "+0,2", "+1,5"], pp, PPS),
        *_row(G, "Kemikalier", ["8,3", "144,7", "−0,3", "−2,1"], pp, PPS),
        *_row(G, "Metaller", ["7,4", "162,4", "+1,1", "+3,8"], pp, PPS),
        *_row(G, "Energivaror", ["19,7", "149,8", "−3,9", "−11,4"], pp, PPS),
        *_row(G, "Övrigt", ["38,5", "137,6", "+0,1", "+0,6"], pp, PPS),
        *_row(G, "Totalt", ["100,0", "146,2", "−0,6", "−1,8"], pp, PPS),
        G("omkring 1 900 företag", 1900, "count", bound="approx", **L25, s=("företag", "företag"), sp=None, note="the basis of the statistic"),
    ]
    NEG["r18_a_producentpriser_oktober"] = [
        N("21 november 2025"), N("08.00", note="time of day"), N("oktober 2024", note="places the comparison"),
        N("2015", ctx="Indexet ([2015]=100)", note="index base"), N("100", ctx="(2015=[100])", note="index base"),
        N("september 2022", note="places the peak"), N("2", ctx="Tabell [2].", note="table number"),
        N("oktober 2025", note="caption"), N("2015", ctx="(index [2015]=100)", note="index base"), N("100", ctx="(index 2015=[100])", note="index base"),
        N("okt 2025", ctx="Index [okt 2025]", note="column header"), N("sep–okt 2025", note="column header"),
        N("okt 2024–okt 2025", note="column header"), N("19 december 2025", note="next release"), N("010-479 52 00"),
    ]

    # ------------------------------------------------------------ 3. police statistics, September 2026 (Publicerad 8 oktober 2026)
    BI = ("bostadsinbrott", "bostadsinbrott")
    AB = ("Anmälda brott", "brott")
    ib = [("count", 1, None, Y26, True, False), ("count", 1, "capita", Y26, True, False),
          ("percent", 1, None, Y26, True, True), ("count", 1, None, Y26, True, False)]
    IBS = [("Bostadsinbrott", "Bostadsinbrott"), AB, AB, ("Stöld ur fordon", "Stöld")]
    GOLD["r18_a_inbrott_september"] = [
        G("318 bostadsinbrott", 318, "count", **L26, direction="decrease", s=BI, sp=None, note="'Under september' (no year); next sentence 'Det är 57 färre'"),
        G("57", 57, "count", ctx="Det är [57] färre", **L26, direction="decrease", s=BI, sp=None),
        G("15 procent", 15, "percent", ctx="nedgång med [15 procent]", **L26, direction="decrease", s=BI, sp=None),
        G("31,6 inbrott", 31.6, "count", per="capita", **L26, direction="decrease", s=("inbrott", "inbrott"), sp=None, note="', mot 37,4 i september 2025'"),
        G("37,4", 37.4, "count", per="capita", t=Y25, s=("inbrott", "inbrott"), sp=None),
        G("204", 204, "count", ctx="skedde [204] i", **L26, s=None, sp=None, note="bare figure as grammatical subject"),
        G("114", 114, "count", ctx="och [114] i lägenheter", **L26, s=None, sp=None),
        G("Ungefär vart tredje", 1 / 3, "ratio", bound="approx", **L26, s=("anmält inbrott", "inbrott"), sp=None),
        G("1 046 anmälningar", 1046, "count", **L26, direction="increase", s=("anmälningar", "anmälningar"), sp=None, note="', 9 procent fler än för ett år sedan'"),
        G("9 procent", 9, "percent", ctx="anmälningar, [9 procent] fler", **L26, direction="increase", s=("anmälningar", "anmälningar"), sp=None),
        G("Nästan sex av tio", 0.6, "ratio", bound="approx", **L26, s=None, sp=None, note="elided noun"),
        G("1 530", 1530, "count", ctx="till [1 530] från", **L26, direction="decrease", s=("Cykelstölderna", "Cykelstölderna"), sp=None),
        G("1 812", 1812, "count", **L25, s=("Cykelstölderna", "Cykelstölderna"), sp=None, note="from-value: last September"),
        G("2 671 bostadsinbrott", 2671, "count", t=Y26, s=BI, sp=None, note="'Hittills i år'"),
        G("6 procent", 6, "percent", ctx="Endast [6 procent]", **L26, s=None, sp=None, note="'av dem': this year's burglaries"),
        *_row(G, "Hallvik", ["112", "38,9", "−21", "402"], ib, IBS, sep=" | ", note="table 'Anmälda brott per kommun, september 2026' (lenient): 'Bostadsinbrott' / 'Per 100 000 inv.' / 'Förändring mot sep 2025, %' / 'Stöld ur fordon'"),
        *_row(G, "Ekeby", ["64", "29,4", "−8", "216"], ib, IBS, sep=" | "),
        *_row(G, "Norrsala", ["51", "33,0", "+6", "158"], ib, IBS, sep=" | "),
        *_row(G, "Lövstad", ["47", "27,1", "−26", "171"], ib, IBS, sep=" | "),
        *_row(G, "Tornås", ["44", "25,8", "0", "99"], ib, IBS, sep=" | ", note="a zero change cell: no direction"),
        *_row(G, "Regionen totalt", ["318", "31,6", "−15", "1 046"], ib, IBS, sep=" | "),
        G("minst 40 inbrott", 40, "count", bound="at_least", t=Y26, s=("inbrott", "inbrott"), sp=("Jonas Ekdahl", "quote"), note="'i våras'"),
    ]
    NEG["r18_a_inbrott_september"] = [
        N("8 oktober 2026"), N("100 000", ctx="per [100 000] invånare", note="denominator"), N("september 2025", note="places the comparison"),
        N("2008", note="'sedan 2008' places the record"), N("september 2026", note="table heading"),
        N("100 000", ctx="Per [100 000] inv.", note="denominator in the column header"), N("sep 2025", note="column header"),
        N("10", ctx="klockan [10] och", note="time of day"), N("15", ctx="och [15] på vardagar", note="time of day"),
        N("114 14", note="phone number"),
    ]

    # ------------------------------------------------------------ 4. public-health survey 2025 (Publicerad 3 mars 2026)
    SV = ("de svarande", "svarande")
    SN = ("Snusandet", "Snusandet")
    VU = ("de vuxna", "vuxna")
    AF = ("Andelen med fetma", "Andelen")
    AN = ("Andel", "Andel")
    fh = [("percent", 1, None, Y25, False, False), ("percent", 1, None, Y21, False, False),
          ("percent", 1, None, Y25, False, False), ("percent", 1, None, Y21, False, False)]
    GOLD["r18_a_folkhalsa_enkat"] = [
        G("nästan halverats", 0.5, "ratio", bound="approx", **L25, direction="decrease", optional=True, s=("Andelen vuxna i länet som röker dagligen", "Andelen"), sp=None, note="a multiplier over time"),
        G("6,1 procent", 6.1, "percent", ctx="uppgav [6,1 procent]", t=Y25, direction="decrease", s=SV, sp=None, note="'folkhälsoenkät 2025'; ', mot 11,3 procent i den förra undersökningen 2021'"),
        G("11,3 procent", 11.3, "percent", t=Y21, s=SV, sp=None),
        G("19 procent", 19, "percent", t=Y26, direction="increase", s=SN, sp=None, note="'har däremot ökat och omfattar nu'"),
        G("9 procent", 9, "percent", ctx="och [9 procent] av kvinnorna", t=Y26, direction="increase", s=SN, sp=None),
        G("53 procent", 53, "percent", ctx="[53 procent] av de vuxna", **L25, direction="increase", s=VU, sp=None, note="', en ökning med 3 procentenheter sedan 2021'"),
        G("3 procentenheter", 3, "percentage_point", t=("2021", "2025"), lenient=True, direction="increase", s=VU, sp=None, note="since the previous survey"),
        G("16", 16, "percent", ctx="från [16] till 18", **L21, s=AF, sp=None, note="from-value: the previous survey"),
        G("18 procent", 18, "percent", **L25, direction="increase", s=AF, sp=None),
        G("21 400", 21400, "count", **L25, s=("slumpvis utvalda invånare", "invånare"), sp=None),
        G("9 130", 9130, "count", **L25, s=None, sp=None, note="'och 9 130 svarade': bare figure as grammatical subject"),
        G("42,7 procent", 42.7, "percent", **L25, s=("en svarsfrekvens", "svarsfrekvens"), sp=None),
        *_row(G, "16–29 år", ["3,4", "7,9", "38", "35"], fh, AN, note="table 'Andel (%) efter åldersgrupp': 'Röker dagligen 2025' / '... 2021' / 'Övervikt/fetma 2025' / '... 2021'"),
        *_row(G, "30–44 år", ["5,2", "10,6", "52", "49"], fh, AN),
        *_row(G, "45–64 år", ["8,3", "14,0", "61", "58"], fh, AN),
        *_row(G, "65–84 år", ["6,6", "11,2", "58", "55"], fh, AN),
        *_row(G, "Samtliga", ["6,1", "11,3", "53", "50"], fh, AN),
        G("var åttonde", 1 / 8, "ratio", **L25, s=None, sp=None, note="elided noun"),
        G("3 procent", 3, "percent", ctx="är [3 procent].", **L25, s=("motsvarande andel", "andel"), sp=None),
        G("Sju av tio", 0.7, "ratio", **L25, s=None, sp=None, note="elided noun"),
        G("58 procent", 58, "percent", ctx="Bara [58 procent]", **L25, direction="decrease", s=None, sp=None, note="', jämfört med 63 procent fyra år tidigare'"),
        G("minst 150 minuter", 150, "minute", bound="at_least", per="week", optional=True, s=None, sp=None, note="defines the recommendation"),
        G("63 procent", 63, "percent", **L21, s=None, sp=None, note="'fyra år tidigare'"),
        G("mer än tio timmar", 10, "hour", bound="more_than", per="day", optional=True, s=None, sp=None, note="defines the group"),
        G("27 procent", 27, "percent", **L25, direction="increase", s=("Andelen som sitter stilla mer än tio timmar om dagen", "Andelen"), sp=None, note="'har ökat till'"),
    ]
    NEG["r18_a_folkhalsa_enkat"] = [
        N("2025", ctx="Ådalen [2025]:", note="title"), N("3 mars 2026"), N("2025", ctx="folkhälsoenkät [2025]", note="places the survey"),
        N("16", ctx="mellan [16] och 84", note="age band"), N("84", ctx="och [84] år", note="age band"),
        N("2021", ctx="undersökningen [2021].", note="places the earlier survey"), N("2021", ctx="sedan [2021].", note="places the baseline"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("Röker dagligen 2025", note="column header"), N("Röker dagligen 2021", note="column header"),
        N("Övervikt/fetma 2025", note="column header"), N("Övervikt/fetma 2021", note="column header"),
        N("16–29", note="age band"), N("30–44", note="age band"), N("45–64", note="age band"), N("65–84", note="age band"),
        N("2029", note="next survey"), N("0611-80 20 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on housing construction (no date, no sidecar)
    GOLD["r18_a_debatt_bostadsbygge"] = [
        G("en miljon bostäder", 1e6, "count", s=("bostäder", "bostäder"), sp=None, note="undated: no period"),
        G("100 000", 100000, "count", ctx="snitt [100 000] om året", per="year", s=None, sp=None, note="elided noun"),
        G("omkring 28 000", 28000, "count", bound="approx", per="year", direction="decrease", s=("antalet påbörjade bostäder", "antalet"), sp=None, note="'har ... rasat till'"),
        G("färre än hälften", 0.5, "ratio", bound="less_than", optional=True, s=None, sp=None, note="against the need: a multiplier at one time"),
        G("2,7 bostäder", 2.7, "count", per="capita", s=("bostäder", "bostäder"), sp=None, note="'per 1 000 invånare'"),
        G("5,1", 5.1, "count", per="capita", s=("motsvarande tal", "tal"), sp=None),
        G("5,6", 5.6, "count", per="capita", s=None, sp=None, note="elided"),
        G("ungefär dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="'alltså ungefär dubbelt så många': countries at one time"),
        G("4,9 bostäder", 4.9, "count", per="capita", s=("bostäder", "bostäder"), sp=None),
        G("6,2", 6.2, "count", ctx="Frankrike [6,2].", per="capita", s=None, sp=None, note="elided"),
        G("hälften", 0.5, "ratio", ctx="ord [hälften] så", optional=True, s=None, sp=None, note="'hälften så många bostäder som fransmännen': a multiplier at one time"),
        G("tre gånger", 3, "number", optional=True, s=None, sp=None, note="'tre gånger fler hyresrätter per invånare än hos oss': at one time"),
        G("mer än 1,8 miljoner människor", 1.8e6, "count", bound="more_than", direction="increase", s=("befolkningen", "befolkningen"), sp=None, note="'har ... vuxit med'; 'sedan början av 1990-talet' gives no period in an undated text"),
        G("var tredje", 1 / 3, "ratio", s=("25-åring", "25-åring"), sp=None),
        G("över tio år", 10, "year", bound="more_than", s=("kötiden", "kötiden"), sp=None),
        G("60 kvadratmeter", 60, "m2", optional=True, s=("En nyproducerad tvåa", "tvåa"), sp=None, note="defines the example"),
        G("runt 3,9 miljoner kronor", 3.9e6, "SEK", bound="approx", s=("En nyproducerad tvåa", "tvåa"), sp=None),
        G("62 procent", 62, "percent", direction="increase", s=("Byggpriserna", "Byggpriserna"), sp=None),
        G("32 procent", 32, "percent", direction="increase", s=("konsumentpriserna", "konsumentpriserna"), sp=None),
        G("sju år", 7, "year", s=None, sp=None, note="'det ... tar sju år': expletive 'det'; 'i genomsnitt' is no bound"),
        G("Mer än 60 000 byggjobb", 60000, "count", bound="more_than", direction="decrease", s=("byggjobb", "byggjobb"), sp=None, note="'har försvunnit'"),
        G("fyra av tio", 0.4, "ratio", s=("byggföretag", "byggföretag"), sp=None),
        G("6 miljarder kronor", 6e9, "SEK", per="year", s=("Ett statligt investeringsstöd", "investeringsstöd"), sp=None, note="a demand"),
        G("högst 18 månader", 18, "month", bound="at_most", direction="decrease", s=("handläggningstiden för en detaljplan", "handläggningstiden"), sp=None, note="a demand: 'kortas till'"),
        G("minst 45 000 bostäder", 45000, "count", bound="at_least", per="year", s=("bostäder", "bostäder"), sp=None, note="a demand: 'varje år'"),
    ]
    NEG["r18_a_debatt_bostadsbygge"] = [
        N("1990-talet", 1, note="'Sedan 1990-talet' places the decline"), N("1 000", 1, note="denominator"),
        N("1 000", 2, note="denominator"), N("1990-talet", 2, note="places the growth"), N("25-åring", note="an age"),
        N("2010", note="'sedan 2010' places the change"),
        N("1", ctx="[1]. Ett statligt", note="list numbering"), N("2", ctx="[2]. Att handläggningstiden", note="list numbering"),
        N("3", ctx="[3]. Att minst", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. bankruptcies, October 2026 (date only in the sidecar, 2026-11-04)
    KO = ("Konkurser", "Konkurser")
    ks = [("count", 1, None, Y26, False, False), ("count", 1, None, Y25, False, False), ("percent", 1, None, Y26, True, True),
          ("count", 1, None, Y26, False, False), ("count", 1, None, Y26, False, False)]
    KSS = [KO, KO, KO, ("Berörda anställda", "anställda"), KO]
    AK = ("antalet konkurser", "antalet")
    GOLD["r18_a_konkurser_oktober"] = [
        G("648", 648, "count", ctx="uppgick till [648],", **L26, direction="decrease", s=("Antalet konkurser", "Antalet"), sp=None, note="'i oktober' (no year); ', vilket är 11 procent lägre'"),
        G("11 procent", 11, "percent", ctx="vilket är [11 procent] lägre", **L26, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("728 företag", 728, "count", t=Y25, s=("företag", "företag"), sp=None, note="'i oktober förra året'"),
        G("sjätte", 6, "ordinal", **L26, s=("månaden", "månaden"), sp=None, note="'den sjätte månaden i rad': a run"),
        G("2 134 anställda", 2134, "count", **L26, direction="decrease", s=("anställda", "anställda"), sp=None, note="', en minskning med 19 procent'"),
        G("19 procent", 19, "percent", **L26, direction="decrease", s=("anställda", "anställda"), sp=None),
        G("146 anställda", 146, "count", **L26, s=("anställda", "anställda"), sp=None),
        G("knappt 7 procent", 7, "percent", bound="approx", **L26, s=("Den enskilt största konkursen", "konkursen"), sp=None),
        G("6 915 företag", 6915, "count", **L26, direction="decrease", s=("företag", "företag"), sp=None, note="'Under perioden januari–oktober' (no year)"),
        G("4 procent", 4, "percent", ctx="[4 procent] färre", **L26, direction="decrease", s=("företag", "företag"), sp=None),
        G("21 870", 21870, "count", t=Y26, direction="decrease", s=("Antalet berörda anställda", "Antalet"), sp=None, note="'hittills i år'; ', jämfört med 24 300 i fjol'"),
        G("24 300", 24300, "count", t=Y25, s=("Antalet berörda anställda", "Antalet"), sp=None, note="'i fjol'"),
        G("117", 117, "count", ctx="konkurser, [117],", **L26, s=("konkurser", "konkurser"), sp=None),
        G("109", 109, "count", ctx="med [109].", **L26, s=None, sp=None, note="'följd av byggindustrin med 109': elided"),
        G("plus 18 procent", 18, "percent", **L26, direction="increase", s=("den största ökningen", "ökningen"), sp=None),
        G("halverades", 0.5, "ratio", bound="approx", **L26, direction="decrease", optional=True, s=AK, sp=None, note="'halverades ... nästan': a multiplier over time"),
        G("31", 31, "count", ctx="nästan, till [31].", **L26, direction="decrease", s=AK, sp=None, note="to-value"),
        G("ungefär 20 procent", 20, "percent", bound="approx", **L26, direction="increase", s=("konkurserna", "konkurserna"), sp=("Oskar Fält", "quote"), note="over the pre-pandemic average (an earlier baseline)"),
        *_row(G, "Handel", ["117", "134", "−13", "398", "1 204"], ks, KSS, note="table 'Konkurser efter bransch, oktober 2026': 'Okt 2026' / 'Okt 2025' / 'Förändring, %' (lenient) / 'Berörda anställda okt 2026' / 'Jan–okt 2026'"),
        *_row(G, "Bygg", ["109", "131", "−17", "441", "1 139"], ks, KSS),
        *_row(G, "Hotell och restaurang", ["78", "66", "+18", "287", "802"], ks, KSS),
        *_row(G, "Företagstjänster", ["96", "112", "−14", "203", "978"], ks, KSS),
        *_row(G, "Transport", ["31", "58", "−47", "96", "401"], ks, KSS),
        *_row(G, "Övriga branscher", ["217", "227", "−4", "709", "2 391"], ks, KSS),
        *_row(G, "Totalt", ["648", "728", "−11", "2 134", "6 915"], ks, KSS),
    ]
    NEG["r18_a_konkurser_oktober"] = [
        N("2025", ctx="samma period [2025].", note="places the comparison"), N("oktober 2026", note="caption"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("okt 2026", ctx="anställda [okt 2026]", note="column header"),
        N("Jan–okt 2026", note="column header"), N("3 december", note="next report"), N("Box 7314"), N("103 90"), N("08-555 172 00"),
    ]

    # ------------------------------------------------------------ 7. parking fees from 1 February 2027, HTML (Publicerad 12 november 2026)
    TT = ("timtaxan", "timtaxan")
    TB = ("Tillståndet för boendeparkering", "Tillståndet")
    TX = ("Timtaxa", "Timtaxa")
    pk = [("SEK", 1, "hour", Y26, False, False), ("SEK", 1, "hour", Y27, False, False), ("percent", 1, None, Y27, True, True)]
    GOLD["r18_a_parkering_2027"] = [
        G("30", 30, "SEK", ctx="från [30] till 36", per="hour", **L26, s=TT, sp=None, note="from-value: today's fee; 'kronor per timme' after the to-value"),
        G("36 kronor per timme", 36, "SEK", per="hour", **L27, direction="increase", s=TT, sp=None, note="the lead names 1 February 2027"),
        G("20 procent", 20, "percent", ctx="höjning med [20 procent]", **L27, direction="increase", s=TT, sp=None),
        G("cirka 4 300", 4300, "count", bound="approx", **L26, s=("avgiftsbelagda parkeringsplatser", "parkeringsplatser"), sp=None, note="the owner (the municipality) is no subject"),
        G("ungefär 1 150", 1150, "count", bound="approx", **L26, s=None, sp=None, note="'varav ungefär 1 150 ligger i zon A': elided"),
        G("24 kronor per timme", 24, "SEK", per="hour", **L27, direction="increase", s=None, sp=None, note="expletive 'det'; ', mot 20 kronor i dag'"),
        G("20 kronor", 20, "SEK", ctx="mot [20 kronor] i dag", per="hour", t=Y26, s=None, sp=None, note="'i dag'"),
        G("12 kronor", 12, "SEK", ctx="taxan [12 kronor]", per="hour", **L27, direction="increase", s=("taxan", "taxan"), sp=None),
        G("2 kronor", 2, "SEK", ctx="alltså [2 kronor] mer", per="hour", **L27, direction="increase", s=None, sp=None, note="'alltså'"),
        G("240 kronor", 240, "SEK", per="day", **L27, s=("Det nya maxbeloppet för ett dygn i zon A", "maxbeloppet"), sp=None, note="'Det nya': no direction"),
        G("14 laddplatser", 14, "count", **L26, s=("laddplatser", "laddplatser"), sp=None),
        G("3,50 kronor per kWh", 3.5, "SEK", per="kWh", **L27, s=None, sp=None, note="the payer 'du' is no subject"),
        *_row(G, "A (innerstaden)", ["30", "36", "20"], pk, TX, note="table 'Timtaxa för gatuparkering, kronor' (per hour): 'Avgift 2026' / 'Från 1 februari 2027' / 'Höjning, %' (lenient)"),
        *_row(G, "B (stadsdelscentrum)", ["20", "24", "20"], pk, TX),
        *_row(G, "C (ytterområden)", ["10", "12", "20"], pk, TX),
        G("750", 750, "SEK", ctx="från [750] till", per="month", **L26, s=TB, sp=None, note="from-value"),
        G("900 kronor per månad", 900, "SEK", per="month", **L27, direction="increase", s=TB, sp=None),
        G("drygt 2 600 hushåll", 2600, "count", bound="approx", t=Y26, s=("hushåll", "hushåll"), sp=None, note="'I dag'"),
        G("omkring 480 sökande", 480, "count", bound="approx", t=Y26, s=("kön", "kön"), sp=None),
        G("över 90 procent", 90, "percent", bound="more_than", **L26, s=("Beläggningen på gatorna i zon A", "Beläggningen"), sp=None),
        G("högst 85 procent", 85, "percent", bound="at_most", direction="decrease", s=("beläggningen", "beläggningen"), sp=None, note="a target: required, no period"),
        G("omkring 14 miljoner kronor", 14e6, "SEK", bound="approx", per="year", **L27, direction="increase", s=("Intäkterna", "Intäkterna"), sp=None, note="'beräknas öka med': the effect of the new fees"),
    ]
    NEG["r18_a_parkering_2027"] = [
        N("2027", ctx="Nya avgifter [2027]", note="breadcrumb"), N("12 november 2026"),
        N("1 februari 2027", ctx="den [1 februari 2027]", note="places the change"),
        N("8", ctx="klockan [8] och", note="time of day"), N("20", ctx="och [20] och", note="time of day"),
        N("9", ctx="mellan [9] och 16", note="time of day"), N("16", ctx="och [16].", note="time of day"),
        N("Avgift 2026", note="column header"), N("1 februari 2027", ctx="Från [1 februari 2027] Höjning", note="column header"),
        N("2019", note="'sedan 2019' places the last change"), N("380", note="related link"),
        N("Rådhusgatan 2"), N("645 80"), N("0157-23 00 00"), N("212000-0437"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. sports federation, membership report 2025 (Publicerad 19 februari 2026)
    AS = ("Antalet licensierade spelare", "Antalet")
    AFD = ("Andelen flickor och damer bland de licensierade", "Andelen")
    FO = ("föreningar", "föreningar")
    DO = ("domare", "domare")
    mb = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
          ("count", 1, None, Y20, False, False), ("percent", 1, None, Y25, True, True)]
    GOLD["r18_a_medlemmar_rinkbandy"] = [
        G("femte", 5, "ordinal", **L25, s=("året", "året"), sp=None, note="'växer för femte året i rad': a run"),
        G("18 460", 18460, "count", ctx="nådde [18 460] under", t=Y25, direction="increase", s=AS, sp=None, note="'under 2025'; next sentence 'Det är 6,2 procent fler'"),
        G("6,2 procent", 6.2, "percent", **L25, direction="increase", s=AS, sp=None),
        G("43 procent", 43, "percent", **L25, direction="increase", s=AS, sp=None),
        G("12 900 licenser", 12900, "count", **L20, s=("licenser", "licenser"), sp=None, note="'för fem år sedan' from the report year 2025 (the table's 2020 column)"),
        G("31,5 procent", 31.5, "percent", **L25, direction="increase", s=AFD, sp=None, note="'har klättrat till ... från'"),
        G("28,9 procent", 28.9, "percent", t=Y24, s=AFD, sp=None),
        G("22 procent", 22, "percent", ctx="och [22 procent] 2020", t=Y20, s=AFD, sp=None),
        G("792 spelare", 792, "count", **L25, direction="increase", s=("flickor och damer", "flickor"), sp=None, note="'ökade de med ... på ett år'"),
        G("nästan varannan", 0.5, "ratio", bound="approx", t=Y26, s=("licens", "licens"), sp=None, note="'nu'"),
        G("214 anslutna föreningar", 214, "count", **L25, direction="increase", s=FO, sp=None, note="'vid årets slut'; ', nio fler än ett år tidigare'"),
        G("nio fler", 9, "count", **L25, direction="increase", s=FO, sp=None),
        G("Sex föreningar", 6, "count", **L25, s=FO, sp=None),
        G("15 nya", 15, "count", **L25, s=None, sp=None, note="elided; a bare 'nya' sets no direction"),
        G("1 372", 1372, "count", ctx="ökade till [1 372].", **L25, direction="increase", s=("Antalet lag i seriespel", "Antalet"), sp=None),
        G("1 126 licensierade domare", 1126, "count", t=Y26, s=("licensierade domare", "domare"), sp=None, note="'finns nu'"),
        G("ungefär 1 400", 1400, "count", bound="approx", **L26, s=None, sp=None, note="a need; expletive 'det'"),
        G("74 nya domare", 74, "count", **L25, s=("nya domare", "domare"), sp=None, note="'Under året'"),
        G("17 procent", 17, "percent", **L25, direction="increase", s=("kvinnornas andel av domarkåren", "andel"), sp=None, note="'steg till'"),
        G("Tre av fyra domare", 0.75, "ratio", **L25, s=DO, sp=None),
        *_row(G, "Licensierade spelare", ["18 460", "17 380", "12 900", "+6,2"], mb, ("Licensierade spelare", "spelare"), note="table 'Förbundet i siffror': '2025' / '2024' / '2020' / 'Förändring mot 2024, %' (report year, lenient)"),
        *_row(G, "varav flickor och damer", ["5 815", "5 023", "2 838", "+15,8"], mb, ("flickor och damer", "flickor")),
        *_row(G, "Föreningar", ["214", "205", "188", "+4,4"], mb, ("Föreningar", "Föreningar")),
        *_row(G, "Lag i seriespel", ["1 372", "1 298", "1 016", "+5,7"], mb, ("Lag i seriespel", "Lag")),
        *_row(G, "Licensierade domare", ["1 126", "1 071", "942", "+5,1"], mb, ("Licensierade domare", "domare")),
        G("41,3 miljoner kronor", 41.3e6, "SEK", **L25, s=("Förbundets intäkter", "intäkter"), sp=None),
        G("9,8 miljoner", 9.8e6, "SEK", **L25, s=("licensavgifterna", "licensavgifterna"), sp=None, note="'varav licensavgifterna svarade för'"),
    ]
    NEG["r18_a_medlemmar_rinkbandy"] = [
        N("2025", ctx="Medlemsrapport [2025]", note="title"), N("19 februari 2026"), N("2025", ctx="under [2025].", note="places the count"),
        N("2024", ctx="procent [2024] och", note="places the share"), N("2020", ctx="procent [2020].", note="places the share"),
        N("13", ctx="under [13] år", note="age band"), N("25", ctx="under [25] år", note="age band"),
        N("2025", ctx="[2025] 2024 2020 Förändring", note="column header"), N("2024", ctx="2025 [2024] 2020 Förändring", note="column header"),
        N("2020", ctx="2025 2024 [2020] Förändring", note="column header"), N("2024", ctx="mot [2024], %", note="column header"),
        N("Box 118"), N("791 22"),
    ]

    return GOLD, NEG
