"""Round 23, part A (r23_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 23, part A (r23_a_*): eight kinds, written from scratch (r23_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a savings bank's interim report for
# January-September 2026 (dateline 'Jönköping den 21 oktober 2026' at the end; 'Jämförelsetal inom parentes avser
# tredje kvartalet 2025 om inget annat anges'; dash bullets under 'TREDJE KVARTALET 2026': räntenetto 'sjönk med 6
# procent till', provisionsnetto 'steg till', kreditförluster 'stannade vid', kreditförlustnivå, 'K/I-talet
# försämrades till 0,38 (0,35)', rörelseresultat 'landade på', kärnprimärkapitalrelation with a labelled bracket '(31
# december 2025: 18,1 procent)'; a 'VD-KOMMENTAR' ending in 'säger vd'; 'För januari–september sammantaget', 'krympte
# med 0,12 procentenheter', '38 fler medarbetare än ett år tidigare', capital and the supervisor's requirement, LCR; a
# plain-text table 'RESULTATÖVERSIKT, Mkr' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with negative
# cost rows), a statistics agency's quarterly GDP release for Q3 2026 ('Publicerad: 2026-11-27 kl. 08.00'; a headline
# figure, 'säsongsrensat' against the previous quarter and 'kalenderkorrigerat' against the same quarter the year
# before, 'tog fart', 'backade för tredje kvartalet i rad', 'lyfte', contributions 'bidrog med', 'ett positivt bidrag
# om', 'ett tillskott på' in procentenheter, employment 'ökade med 11 000 personer till', BNP in löpande priser, a
# revision 'från 0,2 till 0,3 procent'; a plain-text table 'Kv/kv, %' / 'År/år, %' / 'Bidrag kv/kv, p.e.' under
# 'Tabell 1. BNP och försörjningsbalans, tredje kvartalet 2026' with a footnote that defines the columns), a region's
# emergency-department waiting-time report for 2025 (Markdown, '*Region Västerdal · ... · Publicerad 12 februari
# 2026*'; median total time in hours and minutes against 2024, visits 'vilket är 2 900 färre än', 'per dygn', 'Andelen
# ... inom fyra timmar ökade från 55 till 59 procent', the target 'minst 75 procent', 'det återstår 16 procentenheter
# till målet', the national average, patients 80+ and 'Var femte av dem'; a Markdown table by hospital 'Besök 2025' /
# 'Mediantid 2025, min' / 'Mediantid 2024, min' / 'Inom 4 tim 2025, %' / 'Inom 4 tim 2024, %' with its caption below;
# 'drygt en timme längre'; a quote with a target for 2026; hired staff costs), a police district's crime statistics
# for a municipality in 2025 ('Publicerad 2026-02-19'; 'minskade under 2025 med 4 procent', 'per 100 000 invånare',
# 'Sett över fem år', 'jämfört med 187 för fem år sedan', 'en ökning med 11 procent från 2024 och med 58 procent sedan
# 2020', 'Nästan var fjärde anmälan', 'från 9 till 4', uppklaringsprocent against 2024 and 2020; a plain-text table
# '2025' / '2024' / '2020' / 'Förändring 2024–2025, %' / 'Förändring 2020–2025, %'; a quote; police officers '14 fler
# än 2024'), an UNDATED opinion piece on rents (no date, no sidecar; 'kronor per kvadratmeter och år' by city, 'tre
# gånger så mycket per kvadratmeter', a worked example with 'knappt 12 000 kronor i månaden', 'mer än hälften av den
# disponibla inkomsten', 'en tredjedel av inkomsten', a survey, 'Sedan 2016 ... med omkring 45 procent', a numbered
# list of three demands, 'drygt var femte 25-åring'), a monthly new-car-registration release for October 2026 dated
# only by its sidecar (2026-11-02; 'en ökning med 7,9 procent jämfört med samma månad i fjol', 'Hittills i år ...
# vilket är 1,4 procent fler än', the electric share 'klättrade till 44,7 procent från 36,2 procent i oktober förra
# året', 'nästan halverades och hamnade på', 'gram per kilometer enligt WLTP'; a plain-text table by fuel type 'Okt
# 2026' / 'Okt 2025' / 'Förändr. %' / 'Jan–okt 2026' / 'Jan–okt 2025' / 'Förändr. %' under 'Nyregistrerade personbilar
# efter drivmedel, antal'; light lorries; a forecast quote for 'helåret 2026'), a municipality's HTML page on water and
# sewage tariffs from 1 January 2027 (cookie notice, menu, breadcrumb, related links, footer; 'Publicerad 5 november
# 2026'; 'ska höjas med 9 procent från den 1 januari 2027', 'en merkostnad på ungefär 84 kronor i månaden',
# investments 'Under de kommande tio åren', renewal 'knappt 0,5 procent ... varje år', 'mer än 200 år', a target 'till
# 1 procent per år'; an HTML table '2026' / 'Från 1 jan 2027' / 'Ändring, %' under 'Avgifter för vatten och avlopp,
# kronor inklusive moms' whose rows carry their own rate ('kr per år', 'kr per kubikmeter', 'kr per lägenhet och år');
# a worked example for a villa with 150 kubikmeter per år, 'kronor per dygn', 'öre' per litre, the county average and
# the dearest municipality, meters read at the turn of the year) and an ice-hockey club's season summary 2025/26
# ('Publicerad 28 april 2026'; 'slutade fyra i grundserien', 'med 91 poäng på 52 matcher, 17 poäng fler än förra
# säsongen', 'Målskillnaden +47', publiksnitt 'åskådare per match, en ökning med 11 procent från förra säsongens 4
# 335', the arena record, season cards 'mot 2 310 året innan', omsättning 'upp från 127 miljoner säsongen innan', a
# surplus after a deficit, 'står för ungefär 55 procent av klubbens kostnader', a quote with a target for next season,
# juniors 'I dag'; a plain-text table '2025/26' / '2024/25').
# The r8-r22 decisions are followed (see the headers of gold_r21_a.py and gold_r22_a.py): periods at year grain; a
# relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år') resolves against the publication date
# and is not lenient; a month or quarter without a year, a heading's, a caption's or the document's period, present
# tense, 'I dag', 'året innan', 'ett år tidigare', 'förra säsongen' / 'säsongen innan' are lenient; brackets take the
# period their note or label names (explicit); a level followed by ', att jämföra med', ', mot', ', jämfört med', ',
# vilket är X fler/färre', ', en ökning med' is the new value after a change, from-values have no direction;
# comparisons at one time (against the national average, a requirement, a target, between hospitals or cities) have
# no direction; a comparison with an earlier point takes the current period with a direction; 'på ett år' / 'på tolv
# månader' changes span the two years, lenient; multipliers ('tre gånger så mycket') are optional; thresholds, rules,
# definitions of a metric and of an example are optional, targets and demands are required; a target without a year
# has no period; table cells take their column headers' periods (a caption's period lenient), change columns take
# their direction from the sign (contributions in procentenheter too, r10); rows that are categories take the
# caption's measure as subject, rows that are measures their own label; durations in hours and minutes are one
# mention in minutes (r21); 'per 100 000 invånare' per="capita" with its '100 000' N; 'kronor per kvadratmeter och år'
# per="m2" (r15/r19); 'åskådare per match' and a publiksnitt per="match" (r15); 'gram per kilometer' g per="km"; öre are
# SEK/100; K/I-tal is unit number (r10); a season '2025/26' is ('2025', '2026'), lenient in running text and explicit
# in a column header (r15); rankings are ordinal; 'vilket'/'Det'/elided nouns/a figure as grammatical subject have s
# None; the payer is no subject; 'X procent av Y' with X predicated of no other noun takes Y; a CEO paragraph ending in
# 'säger ...' credits every figure in it to the CEO; the op-ed's signatories are no speaker; the UNDATED text has no
# period on any figure; a publisher's 'vi' in plain reporting is no speaker (r21/r22).
# Where those were silent, decided here:
# - Bank: the heading 'TREDJE KVARTALET 2026' gives 2026 lenient to the bullets; their brackets are 2025 explicit (the
#   note). In 'För januari–september sammantaget minskade räntenettot med 4 procent till 4 318 (4 497) Mkr' the
#   bracket is the same nine months of 2025 ('om inget annat anges' lets the sentence name the period): 2025 explicit.
#   'Kärnprimärkapitalrelationen stärktes till 19,4 procent (31 december 2025: 18,1 procent)': the labelled bracket is
#   2025 explicit, 19,4 increase. 'K/I-talet försämrades till 0,38': a cost/income ratio that worsens rises, so the
#   direction is increase (the value's direction, not the judgement's). 'stannade vid' and 'landade på' state no
#   change. 'antalet bolånekunder passerade 96 000' is more_than with direction increase (passing a mark is a change
#   over time, unlike r15's level 'passerade publiksiffran', which is kept more_than). 'har ökat med 3,2 procent på
#   tolv månader och uppgår till 148,6 miljarder kronor': the change spans ('2025', '2026') lenient, the coordinated
#   level is the new value (2026 lenient, increase). '38 fler medarbetare än ett år tidigare' is a comparison with an
#   earlier point: 2026 lenient, increase, s 'medarbetare'. 'Finansinspektionens krav på kärnprimärkapitalrelationen
#   ligger på 14,6 procent' is a requirement (required, no direction, s 'krav', no speaker); 'ett utrymme på 4,8
#   procentenheter' is the margin over it at one time (no direction, s 'utrymme'). Table: negative cost cells keep their
#   sign as written (−708 -> -708e6) and have no direction (level columns); rows are measures.
# - GDP: the headline 'BNP ökade med 0,7 procent tredje kvartalet' is a claim of its own (2026 lenient from the title
#   line, increase); the lead's 'under tredje kvartalet 2026' is explicit. Contributions take the direction of what
#   they add ('bidrog med', 'positivt bidrag', 'tillskott': increase; a negative cell: decrease; 0,0: none) and the
#   noun they are attached to ('ett positivt bidrag', 'ett tillskott'), s None after 'vilket'. 'ungefär hälften av
#   ökningen' is a share of a change (ratio, approx, no direction, s 'ökningen'). 'BNP per capita ökade med 0,6
#   procent' has per None (the figure is a percent change; 'per capita' is part of the measure's name). The revision
#   'har reviderats upp, från 0,2 till 0,3 procent' (Q2 2026, explicit): 0,3 increase (an upward revision, as r9/r10's
#   forecasts), 0,2 the from-value. Table: the caption's 'tredje kvartalet 2026' gives 2026 lenient to all three
#   columns (the footnote defines them; its 'samma kvartal 2025' is N); all three are change columns (unsigned positive
#   cells are increases); rows are GDP components, i.e. measures: their own label.
# - Emergency departments: the lead's 'under 2025' is explicit; the median and later figures of the report are 2025
#   lenient; 'att jämföra med 3 timmar och 58 minuter 2024' is 2024 explicit. 'Det innebär att hälften av patienterna
#   var klara inom den tiden' defines the median (optional ratio). 'ökade från 55 till 59 procent': 55 is 2024 lenient
#   (no year written), 59 2025 lenient, increase. All five 'fyra timmar' in the prose (the heading, the share, the
#   target, the caption, the quote) define the metric: optional, hour 4, at_most (inom); the column headers' 'Inom 4
#   tim' are N (column header). 'mer än åtta timmar' defines the group counted by 'Var femte' (optional, more_than).
#   'Var femte av dem': 'dem' stands for the previous sentence's 'patienter som är 80 år eller äldre'. 'minst 75
#   procent' is the region's standing target: required, at_least, no period, s 'mål' (the region's own page, written
#   in the third person: no speaker). 'det återstår 16 procentenheter till målet' is a gap to a target at one time (no
#   direction, s None). 'drygt en timme längre än på Ljungå' compares hospitals (no direction). 'blev längre, med 6
#   minuter' is a change (increase). Quote: 'Vi har öppnat 24 nya vårdplatser' is present perfect in a February 2026
#   text: 2026 lenient, no direction (the places are counted, r22); 'Målet för 2026 är att 65 procent' is a target, 2026
#   explicit, no direction. Table: columns are measures (the caption below names them): 'Besök', 'Mediantid', 'andel'
#   (the caption's 'andel som lämnat akuten inom fyra timmar' for the 'Inom 4 tim' columns); the header years are
#   explicit; hospitals are rows like r22's districts; 'Hela regionen' is a row like the others.
# - Crime: 'minskade under 2025 med 4 procent jämfört med året före' is 2025 explicit. 'Totalt registrerades 16 820 ...'
#   2025 lenient. 'minskningen sedan dess uppgår till 13 procent' (sedan 2020) and 'med 58 procent sedan 2020' span
#   ('2020', '2025'), lenient; 'en nedgång med 9 procent på ett år' and 'en ökning med 11 procent från 2024' span ('2024',
#   '2025'), lenient. 'jämfört med 187 för fem år sedan' makes 142 the new value (2025 lenient, decrease) and 187 2020
#   lenient. 'Nästan var fjärde anmälan ... gäller i dag' takes 2026 lenient (r22's 'I dag') and s 'anmälan'. 'från 9
#   till 4': 9 is 2024 lenient, 4 2025 lenient (decrease). 'Kommunen hade vid årsskiftet 140 900 invånare' is 2025
#   lenient. 'bara i december kom det in 412 anmälningar' (quote) is December 2025: 2025 lenient. '186 poliser ..., 14
#   fler än 2024': 186 the new value (increase), 14 s None. Table: the level columns are explicit years; the change
#   columns name their span ('Förändring 2024–2025, %', 'Förändring 2020–2025, %'): explicit spans, direction from the
#   sign; rows are crime types (categories): s the caption's 'Anmälda brott'.
# - Rents op-ed (UNDATED): '55 kvadratmeter' and '28 000 kronor före skatt' define the example (optional); the results
#   ('knappt 12 000 kronor i månaden', 'ungefär 22 300 kronor', 'mer än hälften') are required. The wage figures have
#   per None (no rate is written; a fact-checker would not add 'per month'). 'inte får överstiga en tredjedel av
#   inkomsten' is a rule (optional, at_most). 'mer än 40 procent av sin inkomst' defines the group the survey's 29
#   procent counts (optional, more_than); '29 procent' is a figure as grammatical subject (s None). '1 650 kronor' (Kalmar)
#   is elided (s None). 'gav dessutom en höjning på i snitt 5,1 procent' names no thing that changes (s None; 'i snitt'
#   no bound). Demands: 'sänker hyran ... med minst 300 kronor per kvadratmeter och år' (required, at_least, decrease,
#   per m2), 'högst ... 25 procent över bruksvärdet' (required, at_most, no direction), '15 000 hyresrätter ... om året'
#   (required, per year). 'drygt var femte 25-åring': ratio 0.2 approx, head '25-åring'; '25-åring' (an age) and
#   'Sedan 2016' are N. 'tre åtgärder' counts the list (optional).
# - Car registrations (sidecar 2026-11-02): 'Under oktober' (no year) is 2026 lenient; 'Hittills i år' resolves (2026
#   explicit); 'i oktober förra året' resolves (2025 explicit). 'klättrade till 44,7 procent från 36,2 procent' is a
#   from/to pair (44,7 increase). 'Laddhybriderna stod för 21,3 procent' takes 'Laddhybriderna' (no 'av'); 'utgjorde ...
#   66 procent av marknaden' takes 'marknaden'. 'nästan halverades och hamnade på 1 213': 1 213 decrease (the
#   multiplier 'halverades' is a verb, left out). 'vilket motsvarar en andel på 5,0 procent' takes 'andel'. Table: 'Okt
#   2026' / 'Okt 2025' / 'Jan–okt 2026' / 'Jan–okt 2025' explicit, both 'Förändr. %' columns 2026 lenient with the sign;
#   rows are fuel types: s the caption's 'Nyregistrerade personbilar'. The quote's 'kring 42 procent' for 'helåret 2026'
#   is a forecast: 2026 explicit, no direction.
# - Water tariffs (HTML): 'ska höjas med 9 procent från den 1 januari 2027' is 2027 explicit; 'en merkostnad på ungefär
#   84 kronor i månaden' is 2027 lenient, increase (a cost added), per month, s 'merkostnad'. 'Under de kommande tio
#   åren ... cirka 1,3 miljarder kronor' spans ('2027', '2036') lenient from a November 2026 page, s the goal of the
#   money ('reningsverk'). 'knappt 0,5 procent av ledningarna ut varje år' is per year, 2026 lenient ('I dag'). 'skulle
#   det ta mer än 200 år' is a hypothetical at today's pace: 2026 lenient, more_than, s None. 'Målet är att öka
#   förnyelsetakten till 1 procent per år' is a target without a year (no period), increase. Table: '2026' / 'Från 1
#   jan 2027' explicit, 'Ändring, %' to 2027 (lenient, sign); each row carries its own rate ('kr per år' year, 'kr per
#   kubikmeter' m3, 'kr per lägenhet och år' year: the time denominator, as r14's 'per barn och månad'); rows are
#   measures (their own label). Example: '150 kubikmeter vatten per år' defines it (optional, per year); 'betalar i dag
#   11 130 kronor om året' (the payer: s None, 2026 lenient); 'blir kostnaden 12 133 kronor' 2027 lenient, increase,
#   per year carried; 'drygt 1 000 kronor mer per år' the change (s 'kostnaden'); '33 kronor per dygn' per day, s None
#   ('Det motsvarar'); 'En liter kranvatten kostar därmed cirka 3,4 öre' per="l", s 'kranvatten'. County average and
#   the dearest municipality: present tense, 2026 lenient, s None (the payer / elided), per year carried, no direction.
#   'Vid årsskiftet läser vi av omkring 6 400 vattenmätare' is 2026 lenient (the turn of 2026/27 named by the page),
#   s 'vattenmätare', no speaker. The reading deadline '15 januari' is N.
# - Hockey: figures of the season take ('2025', '2026') lenient; 'förra säsongen' / 'säsongen innan' / 'året innan'
#   ('2024', '2025') lenient; 'Nästa säsong' ('2026', '2027') lenient. 'slutade fyra' is ordinal 4. 'Vi vann 29 matcher'
#   is the club's plain reporting (no speaker). 'samtidigt som vi släppte in 121' is elided (s None). 'Målskillnaden
#   +47' is unit number, value 47 (no change). The arena record '6 150 åskådare' set 'i februari' is 2026 lenient, s
#   'publikrekordet'. 'ett överskott på cirka 3,5 miljoner kronor, efter ett underskott på 2,1 miljoner kronor förra
#   säsongen': two levels of different things (no direction). 'Det egna kapitalet blir därmed positivt igen, 1,8
#   miljoner kronor' is the season's end (lenient season, no direction). The target 'ett publiksnitt på 5 000' is per
#   match (as r15's 'Publiksnitt' rows), next season, no direction. 'I dag spelar drygt 420 barn' and 'sju av spelarna'
#   are 2026 lenient. Table: '2025/26' / '2024/25' explicit; rows are measures; 'Publiksnitt' per="match"; 'Omsättning,
#   mkr' SEK 1e6.
# - Negatives: datelines and Publicerad lines, titles', headings', captions', breadcrumbs' and column headers' periods and
#   digits ('Kv 3 2026', 'Inom 4 tim 2025', 'Förändring 2024–2025'), years and dates that only place a claim, the
#   reading deadline, the next-release dates, table numbers, times of day, the age limit '80 år', list numbering, the
#   '100 000' of 'per 100 000 invånare', phone numbers, street addresses, postal codes, org numbers and the copyright
#   year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'tolv månader', 'de nio
#   månaderna', 'tredje kvartalet i rad', 'andra kvartalet', 'fem år', 'femte året i rad', 'har halverats', 'tre år',
#   'tio åren', 'nästan halverades', 'de största kommunerna', 'det kommande decenniet'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2024", "2025", "2026", "2027")}


def _mins(h, m):
    return h * 60 + m


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2020", "2024", "2025", "2026", "2027"))
    L20 = dict(t=Y20, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    Y1 = dict(t=("2025", "2026"), lenient=True)
    F = False

    # ------------------------------------------------------------ 1. savings bank, interim report Jan-Sep 2026 (dateline 21 oktober 2026)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KN = ("en kreditförlustnivå", "kreditförlustnivå")
    KI = ("K/I-talet", "K/I-talet")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KPR = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    RK = ("Rörelsekostnaderna", "Rörelsekostnaderna")
    KO = ("Karin Ödebäck", "quote")
    bq = lambda: [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y25, F, F), ("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y25, F, F)]
    GOLD["r23_a_bank_kvartal3"] = [
        G("6 procent", 6, "percent", ctx="med [6 procent] till", **L26, direction="decrease", s=RN, sp=None, note="heading 'TREDJE KVARTALET 2026' (lenient)"),
        G("1 412", 1412e6, "SEK", ctx="till [1 412] (1 502)", **L26, direction="decrease", s=RN, sp=None, note="'sjönk med 6 procent till'"),
        G("1 502", 1502e6, "SEK", ctx="1 412 ([1 502]) Mkr", t=Y25, s=RN, sp=None, note="bracket: 'tredje kvartalet 2025'"),
        G("387", 387e6, "SEK", ctx="till [387] (352)", **L26, direction="increase", s=PN, sp=None, note="'steg till'"),
        G("352", 352e6, "SEK", ctx="387 ([352]) Mkr", t=Y25, s=PN, sp=None),
        G("41", 41e6, "SEK", ctx="vid [41] (63)", **L26, s=KF, sp=None, note="'stannade vid': no change stated"),
        G("63", 63e6, "SEK", ctx="41 ([63]) Mkr", t=Y25, s=KF, sp=None),
        G("0,09", 0.09, "percent", ctx="på [0,09] (0,14)", **L26, s=KN, sp=None),
        G("0,14", 0.14, "percent", ctx="0,09 ([0,14]) procent", t=Y25, s=KN, sp=None),
        G("0,38", 0.38, "number", ctx="till [0,38] (0,35)", **L26, direction="increase", s=KI, sp=None, note="'försämrades till': the ratio rises"),
        G("0,35", 0.35, "number", ctx="0,38 ([0,35])", t=Y25, s=KI, sp=None),
        G("1 114", 1114e6, "SEK", ctx="på [1 114] (1 183)", **L26, s=RR, sp=None, note="'landade på': no change stated"),
        G("1 183", 1183e6, "SEK", ctx="1 114 ([1 183]) Mkr", t=Y25, s=RR, sp=None),
        G("19,4 procent", 19.4, "percent", **L26, direction="increase", s=KPR, sp=None, note="'stärktes till'"),
        G("18,1 procent", 18.1, "percent", t=Y25, s=KPR, sp=None, note="labelled bracket '(31 december 2025: ...)'"),
        G("3,2 procent", 3.2, "percent", **Y1, direction="increase", s=UT, sp=KO, note="'på tolv månader'; CEO paragraph ending in 'säger vd'"),
        G("148,6 miljarder kronor", 148.6e9, "SEK", **L26, direction="increase", s=UT, sp=KO, note="'och uppgår till': the new value"),
        G("drygt 4 100 nya helkunder", 4100, "count", bound="approx", **L26, s=("nya helkunder", "helkunder"), sp=KO, note="'Under kvartalet'"),
        G("96 000", 96000, "count", bound="more_than", **L26, direction="increase", s=("antalet bolånekunder", "antalet"), sp=KO, note="'passerade'"),
        G("4 procent", 4, "percent", ctx="med [4 procent] till", **L26, direction="decrease", s=("räntenettot", "räntenettot"), sp=None, note="'För januari–september sammantaget' (no year)"),
        G("4 318", 4318e6, "SEK", ctx="till [4 318] (4 497)", **L26, direction="decrease", s=("räntenettot", "räntenettot"), sp=None),
        G("4 497", 4497e6, "SEK", ctx="4 318 ([4 497]) Mkr", t=Y25, s=("räntenettot", "räntenettot"), sp=None, note="bracket: the same nine months of 2025"),
        G("0,12 procentenheter", 0.12, "percentage_point", **L26, direction="decrease", s=("Marginalen på bolånen", "Marginalen"), sp=None, note="'krympte med ... jämfört med andra kvartalet'"),
        G("1 118", 1118e6, "SEK", ctx="blev [1 118] (1 036)", **L26, s=PN, sp=None, note="'för de nio månaderna'"),
        G("1 036", 1036e6, "SEK", ctx="1 118 ([1 036]) Mkr", t=Y25, s=PN, sp=None),
        G("5,5 procent", 5.5, "percent", **L26, direction="increase", s=RK, sp=None),
        G("708", 708e6, "SEK", ctx="till [708] (671)", **L26, direction="increase", s=RK, sp=None),
        G("671", 671e6, "SEK", ctx="708 ([671]) Mkr", t=Y25, s=RK, sp=None),
        G("38 fler medarbetare", 38, "count", **L26, direction="increase", s=("medarbetare", "medarbetare"), sp=None, note="'än ett år tidigare': against an earlier point"),
        G("1 126", 1126, "count", ctx="till [1 126].", **L26, s=("Antalet heltidstjänster", "Antalet"), sp=None, note="'vid periodens utgång'"),
        G("129", 129e6, "SEK", ctx="till [129] (188)", **L26, s=KF, sp=None, note="'för de första nio månaderna'"),
        G("188", 188e6, "SEK", ctx="129 ([188]) Mkr", t=Y25, s=KF, sp=None),
        G("0,31 procent", 0.31, "percent", **L26, s=("Andelen osäkra lånefordringar brutto", "Andelen"), sp=None),
        G("17,9 miljarder kronor", 17.9e9, "SEK", **L26, s=("Kärnprimärkapitalet", "Kärnprimärkapitalet"), sp=None),
        G("22,8 procent", 22.8, "percent", **L26, s=("den totala kapitalrelationen", "kapitalrelationen"), sp=None),
        G("14,6 procent", 14.6, "percent", **L26, s=("Finansinspektionens krav på kärnprimärkapitalrelationen", "krav"), sp=None, note="a requirement: no direction, no speaker"),
        G("4,8 procentenheter", 4.8, "percentage_point", **L26, s=("ett utrymme", "utrymme"), sp=None, note="margin over the requirement at one time"),
        G("165 procent", 165, "percent", **L26, s=("Likviditetstäckningsgraden (LCR)", "Likviditetstäckningsgraden"), sp=None),
        *_row(G, "Räntenetto", ["1 412", "1 502", "4 318", "4 497"], bq(), ("Räntenetto", "Räntenetto"), note="table 'RESULTATÖVERSIKT, Mkr': 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Provisionsnetto", ["387", "352", "1 118", "1 036"], bq(), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Summa rörelseintäkter", ["1 863", "1 917", "5 620", "5 702"], bq(), ("Summa rörelseintäkter", "rörelseintäkter")),
        *_row(G, "Rörelsekostnader", ["−708", "−671", "−2 147", "−2 043"], bq(), ("Rörelsekostnader", "Rörelsekostnader"), note="sign as written, no direction"),
        *_row(G, "Kreditförluster, netto", ["−41", "−63", "−129", "−188"], bq(), ("Kreditförluster, netto", "Kreditförluster")),
        *_row(G, "Rörelseresultat", ["1 114", "1 183", "3 344", "3 471"], bq(), ("Rörelseresultat", "Rörelseresultat")),
    ]
    NEG["r23_a_bank_kvartal3"] = [
        N("januari–september 2026", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="kvartalet [2025] om", note="bracket note"), N("31 december 2025", note="bracket label"),
        N("3", ctx="Kv [3] 2026", note="column header"), N("2026", ctx="Kv 3 [2026]", note="column header"),
        N("3", ctx="Kv [3] 2025", note="column header"), N("2025", ctx="Kv 3 [2025]", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("21 oktober 2026", note="dateline"), N("516406-2217", note="org number"), N("036-445 18 00"),
    ]

    # ------------------------------------------------------------ 2. GDP, third quarter 2026 (Publicerad 2026-11-27)
    BNP = ("Sveriges BNP", "BNP")
    HK = ("Hushållens konsumtionsutgifter", "konsumtionsutgifter")
    SY = ("Sysselsättningen enligt nationalräkenskaperna", "Sysselsättningen")
    TV = ("Tillväxten för andra kvartalet 2026", "Tillväxten")
    gd = [("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r23_a_bnp_kvartal3"] = [
        G("0,7 procent", 0.7, "percent", ctx="[0,7 procent] tredje", **L26, direction="increase", s=("BNP", "BNP"), sp=None, note="headline; 'tredje kvartalet' (the title names 2026)"),
        G("0,7 procent", 0.7, "percent", ctx="[0,7 procent] under", t=Y26, direction="increase", s=BNP, sp=None, note="'under tredje kvartalet 2026, säsongsrensat'"),
        G("2,3 procent", 2.3, "percent", **L26, direction="increase", s=("BNP", "BNP"), sp=None, note="'Jämfört med samma kvartal föregående år': the current quarter"),
        G("1,1 procent", 1.1, "percent", **L26, direction="increase", s=HK, sp=None, note="'tog fart och ökade med ... från kvartalet innan'"),
        G("0,5 procentenheter", 0.5, "percentage_point", **L26, direction="increase", s=None, sp=None, note="'vilket bidrog med': contribution carries the direction of what it adds"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("ökningen", "ökningen"), sp=None, note="a share of a change: no direction"),
        G("0,1 procent", 0.1, "percent", ctx="plus [0,1 procent]", **L26, direction="increase", s=("Den offentliga konsumtionen", "konsumtionen"), sp=None),
        G("0,8 procent", 0.8, "percent", **L26, direction="decrease", s=("De fasta bruttoinvesteringarna", "bruttoinvesteringarna"), sp=None, note="'backade ..., denna gång med'"),
        G("3,4 procent", 3.4, "percent", **L26, direction="decrease", s=("Bostadsinvesteringarna", "Bostadsinvesteringarna"), sp=None),
        G("1,5 procent", 1.5, "percent", **L26, direction="increase", s=("investeringarna i maskiner och inventarier", "investeringarna"), sp=None),
        G("0,1 procentenheter", 0.1, "percentage_point", **L26, direction="increase", s=("ett positivt bidrag", "bidrag"), sp=None),
        G("2,0 procent", 2.0, "percent", **L26, direction="increase", s=("Exporten", "Exporten"), sp=None, note="'lyfte med'"),
        G("1,6 procent", 1.6, "percent", **L26, direction="increase", s=("importen", "importen"), sp=None),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction="increase", s=("ett tillskott", "tillskott"), sp=None),
        G("0,4 procent", 0.4, "percent", **L26, direction="increase", s=("Antalet arbetade timmar", "Antalet"), sp=None),
        G("11 000 personer", 11000, "count", **L26, direction="increase", s=SY, sp=None),
        G("5 262 000", 5262000, "count", **L26, direction="increase", s=SY, sp=None, note="'ökade med ... till'"),
        G("0,5 procent", 0.5, "percent", ctx="förbättrades med [0,5 procent]", **L26, direction="increase", s=("Produktiviteten i näringslivet", "Produktiviteten"), sp=None),
        G("0,6 procent", 0.6, "percent", **L26, direction="increase", s=("BNP per capita", "BNP"), sp=None, note="a percent change: per None"),
        G("1 642 miljarder kronor", 1642e9, "SEK", **L26, s=("BNP till löpande priser", "BNP"), sp=None),
        G("0,2", 0.2, "percent", ctx="från [0,2] till", t=Y26, s=TV, sp=None, note="from-value of the revision; 'procent' after 0,3 applies to both"),
        G("0,3 procent", 0.3, "percent", ctx="till [0,3 procent].", t=Y26, direction="increase", s=TV, sp=None, note="'har reviderats upp'"),
        *_row(G, "BNP", ["0,7", "2,3", "0,7"], gd, ("BNP", "BNP"), note="table 'Tabell 1 ..., tredje kvartalet 2026' (caption: lenient): 'Kv/kv, %' / 'År/år, %' / 'Bidrag kv/kv, p.e.', all change columns; rows are measures"),
        *_row(G, "Hushållens konsumtion", ["1,1", "2,6", "0,5"], gd, ("Hushållens konsumtion", "konsumtion")),
        *_row(G, "Offentlig konsumtion", ["0,1", "1,2", "0,0"], gd, ("Offentlig konsumtion", "konsumtion")),
        *_row(G, "Fasta bruttoinvesteringar", ["−0,8", "−1,9", "−0,2"], gd, ("Fasta bruttoinvesteringar", "bruttoinvesteringar")),
        *_row(G, "Export", ["2,0", "4,1", "1,0"], gd, ("Export", "Export")),
        *_row(G, "Import", ["1,6", "3,3", "−0,7"], gd, ("Import", "Import")),
    ]
    NEG["r23_a_bnp_kvartal3"] = [
        N("2026", ctx="Nationalräkenskaper, tredje kvartalet [2026]", note="title"), N("2026-11-27"), N("08.00", note="time of day"),
        N("2026", ctx="tredje kvartalet [2026], säsongsrensat", note="places the claim"), N("2022", note="places the comparison"),
        N("2026", ctx="andra kvartalet [2026] har", note="places the revision"), N("Tabell 1", note="table number"),
        N("2026", ctx="försörjningsbalans, tredje kvartalet [2026]", note="caption"), N("2025", ctx="samma kvartal [2025].", note="footnote"),
        N("2027-02-26", note="next release"), N("010-479 52 10"),
    ]

    # ------------------------------------------------------------ 3. emergency-department waiting times 2025 (Markdown, Publicerad 12 februari 2026)
    VT = ("Den totala vistelsetiden", "vistelsetiden")
    AF = ("Andelen patienter som lämnade akuten inom fyra timmar", "Andelen")
    AK = ("Ahmed Karimi", "quote")
    IK = ("kostnaderna för inhyrd personal", "kostnaderna")
    FT = dict(bound="at_most", optional=True, s=None, sp=None)
    AND = ("andel som lämnat akuten inom fyra timmar", "andel")
    ak = [("count", 1, None, Y25, F, F), ("minute", 1, None, Y25, F, F), ("minute", 1, None, Y24, F, F),
          ("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F)]
    aks = [("Besök", "Besök"), ("Mediantid", "Mediantid"), ("Mediantid", "Mediantid"), AND, AND]
    GOLD["r23_a_akuten_vantetider"] = [
        G("fem akutmottagningar", 5, "count", **L25, s=("akutmottagningar", "akutmottagningar"), sp=None),
        G("3 timmar och 41 minuter", _mins(3, 41), "minute", **L25, direction="decrease", s=VT, sp=None, note="'var i median'; ', att jämföra med ... 2024': the new value"),
        G("3 timmar och 58 minuter", _mins(3, 58), "minute", t=Y24, s=VT, sp=None),
        G("hälften", 0.5, "ratio", ctx="att [hälften] av patienterna", optional=True, s=None, sp=None, note="defines the median"),
        G("187 400 besök", 187400, "count", **L25, direction="decrease", s=("besök", "besök"), sp=None, note="', vilket är 2 900 färre än under 2024'"),
        G("2 900", 2900, "count", **L25, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("513 patienter", 513, "count", per="day", **L25, s=("patienter", "patienter"), sp=None, note="'per dygn'; 'I genomsnitt' no bound"),
        G("702 besök", 702, "count", **L25, s=("besök", "besök"), sp=None),
        G("fyra timmar", 4, "hour", ctx="Andel inom [fyra timmar]", **FT, note="heading: defines the metric"),
        G("fyra timmar", 4, "hour", ctx="akuten inom [fyra timmar] ökade", **FT, note="defines the share"),
        G("55", 55, "percent", ctx="från [55] till", **L24, s=AF, sp=None, note="from-value (no year written)"),
        G("59 procent", 59, "percent", ctx="till [59 procent]", **L25, direction="increase", s=AF, sp=None),
        G("minst 75 procent", 75, "percent", bound="at_least", s=("Regionens mål", "mål"), sp=None, note="standing target: required, no period"),
        G("fyra timmar", 4, "hour", ctx="klara inom [fyra timmar], så", **FT, note="defines the target's share"),
        G("16 procentenheter", 16, "percentage_point", **L25, s=None, sp=None, note="'det återstår ... till målet': gap at one time"),
        G("61 procent", 61, "percent", **L25, s=("Det nationella snittet", "snittet"), sp=None),
        G("5 timmar och 12 minuter", _mins(5, 12), "minute", **L25, s=("mediantiden", "mediantiden"), sp=None, note="'betydligt längre': a comparison between groups"),
        G("Var femte", 0.2, "ratio", **L25, s=("patienter som är 80 år eller äldre", "patienter"), sp=None, note="'av dem': the previous sentence's group"),
        G("åtta timmar", 8, "hour", bound="more_than", optional=True, s=None, sp=None, note="'i mer än': defines the group counted"),
        *_row(G, "Centrallasarettet Västerdal", ["71 200", "248", "266", "52", "48"], ak, aks, sep=" | ", note="Markdown table, caption below; 'Besök 2025' / 'Mediantid 2025, min' / 'Mediantid 2024, min' / 'Inom 4 tim 2025, %' / 'Inom 4 tim 2024, %' explicit; columns are measures"),
        *_row(G, "Bergsby sjukhus", ["44 800", "214", "229", "60", "56"], ak, aks, sep=" | "),
        *_row(G, "Norrfors sjukhus", ["31 600", "189", "201", "66", "62"], ak, aks, sep=" | "),
        *_row(G, "Ljungå närsjukhus", ["22 100", "176", "170", "69", "70"], ak, aks, sep=" | "),
        *_row(G, "Sandviks sjukhus", ["17 700", "198", "222", "63", "57"], ak, aks, sep=" | "),
        *_row(G, "Hela regionen", ["187 400", "221", "238", "59", "55"], ak, aks, sep=" | "),
        G("fyra timmar", 4, "hour", ctx="akuten inom [fyra timmar], per sjukhus", **FT, note="caption"),
        G("drygt en timme", 1, "hour", bound="approx", **L25, s=("mediantiden", "mediantiden"), sp=None, note="a comparison between hospitals: no direction"),
        G("6 minuter", 6, "minute", **L25, direction="increase", s=("vistelsetiden", "vistelsetiden"), sp=None, note="'blev längre, med'"),
        G("24 nya vårdplatser", 24, "count", **L26, s=("nya vårdplatser", "vårdplatser"), sp=AK, note="'Vi har öppnat' in a February 2026 text; the places are counted: no direction"),
        G("65 procent", 65, "percent", t=Y26, s=("patienterna", "patienterna"), sp=AK, note="target 'Målet för 2026'"),
        G("fyra timmar", 4, "hour", ctx="klara inom [fyra timmar], säger", bound="at_most", optional=True, s=None, sp=AK, note="defines the target's share"),
        G("31 sjuksköterskor", 31, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=None, note="'Under året'"),
        G("14 miljoner kronor", 14e6, "SEK", **L25, direction="decrease", s=IK, sp=None),
        G("38 miljoner kronor", 38e6, "SEK", **L25, direction="decrease", s=IK, sp=None, note="'minskade med ... till'"),
    ]
    NEG["r23_a_akuten_vantetider"] = [
        N("2025", ctx="akutmottagningarna [2025]", note="title"), N("12 februari 2026"),
        N("2025", ctx="under [2025] vänta", note="places the claim"), N("2024", ctx="58 minuter [2024]", note="places the comparison"),
        N("2024", ctx="under [2024].", note="places the comparison"), N("80 år", note="age limit"),
        N("2025", ctx="Besök [2025]", note="column header"), N("2025", ctx="Mediantid [2025], min", note="column header"),
        N("2024", ctx="Mediantid [2024], min", note="column header"),
        N("4", ctx="Inom [4] tim 2025", note="column header"), N("2025", ctx="Inom 4 tim [2025]", note="column header"),
        N("4", ctx="Inom [4] tim 2024", note="column header"), N("2024", ctx="Inom 4 tim [2024]", note="column header"),
        N("2026", ctx="Målet för [2026]", note="places the target"), N("0240-66 30 00"),
    ]

    # ------------------------------------------------------------ 4. police district, crime statistics 2025 (Publicerad 2026-02-19)
    FIVE = dict(t=("2020", "2025"), lenient=True)
    ONE = dict(t=("2024", "2025"), lenient=True)
    AB = ("Antalet anmälda brott i Falkhamns kommun", "Antalet")
    BR = ("brott", "brott")
    MI = ("Anmälda misshandelsbrott", "misshandelsbrott")
    RA = ("Antalet anmälda rån", "Antalet")
    BE = ("Bedrägerierna", "Bedrägerierna")
    UP = ("Uppklaringsprocenten", "Uppklaringsprocenten")
    JB = ("Jonas Brink", "quote")
    AN = ("Anmälda brott", "brott")
    cr = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, None, Y20, F, F),
          ("percent", 1, None, ("2024", "2025"), F, True), ("percent", 1, None, ("2020", "2025"), F, True)]
    GOLD["r23_a_brott_falkhamn_2025"] = [
        G("4 procent", 4, "percent", ctx="med [4 procent] jämfört", t=Y25, direction="decrease", s=AB, sp=None, note="'minskade under 2025 med ... jämfört med året före'"),
        G("16 820", 16820, "count", ctx="registrerades [16 820]", **L25, s=("anmälda brott", "brott"), sp=None),
        G("11 940 brott", 11940, "count", per="capita", **L25, s=BR, sp=None, note="'per 100 000 invånare'"),
        G("19 310 brott", 19310, "count", t=Y20, s=BR, sp=None, note="'2020 anmäldes'"),
        G("13 procent", 13, "percent", ctx="uppgår till [13 procent]", **FIVE, direction="decrease", s=BR, sp=None, note="'minskningen sedan dess' (2020): the thing that changes"),
        G("140 900 invånare", 140900, "count", **L25, s=("invånare", "invånare"), sp=None, note="'vid årsskiftet'"),
        G("1 215", 1215, "count", ctx="sjönk till [1 215]", **L25, direction="decrease", s=MI, sp=None),
        G("9 procent", 9, "percent", **ONE, direction="decrease", s=MI, sp=None, note="'på ett år'"),
        G("142", 142, "count", ctx="stannade på [142]", **L25, direction="decrease", s=RA, sp=None, note="', jämfört med 187 för fem år sedan': against an earlier point"),
        G("187", 187, "count", ctx="jämfört med [187] för", **L20, s=RA, sp=None, note="'för fem år sedan' from 2025"),
        G("3 960 anmälningar", 3960, "count", **L25, direction="increase", s=BE, sp=None, note="'ökade ... och nådde'"),
        G("11 procent", 11, "percent", ctx="ökning med [11 procent] från", **ONE, direction="increase", s=BE, sp=None, note="'från 2024'"),
        G("58 procent", 58, "percent", ctx="med [58 procent] sedan", **FIVE, direction="increase", s=BE, sp=None, note="'sedan 2020'"),
        G("Nästan var fjärde", 0.25, "ratio", bound="approx", **L26, s=("anmälan", "anmälan"), sp=None, note="'i dag' (r22)"),
        G("9", 9, "count", ctx="från [9] till", **L24, s=("Skjutningarna", "Skjutningarna"), sp=None, note="from-value"),
        G("4", 4, "count", ctx="till [4], och", **L25, direction="decrease", s=("Skjutningarna", "Skjutningarna"), sp=None, note="'blev färre, från ... till'"),
        G("305", 305, "count", ctx="landade på [305]", **L25, direction="decrease", s=("Antalet bostadsinbrott", "Antalet"), sp=None, note="'har halverats på fem år och landade på'"),
        G("17 procent", 17, "percent", **L25, direction="increase", s=UP, sp=None, note="', att jämföra med 15 procent 2024 och 13 procent 2020'"),
        G("15 procent", 15, "percent", t=Y24, s=UP, sp=None),
        G("13 procent", 13, "percent", ctx="och [13 procent] 2020", t=Y20, s=UP, sp=None),
        G("71 procent", 71, "percent", **L25, s=("uppklaringsprocenten", "uppklaringsprocenten"), sp=None),
        G("4 procent", 4, "percent", ctx="endast [4 procent]", **L25, s=None, sp=None, note="elided noun"),
        *_row(G, "Misshandel", ["1 215", "1 335", "1 402", "−9", "−13"], cr, AN, note="table 'Anmälda brott i Falkhamns kommun': '2025' / '2024' / '2020' explicit; 'Förändring 2024–2025, %' and 'Förändring 2020–2025, %' explicit spans, sign; rows are categories"),
        *_row(G, "Rån", ["142", "151", "187", "−6", "−24"], cr, AN),
        *_row(G, "Bostadsinbrott", ["305", "341", "611", "−11", "−50"], cr, AN),
        *_row(G, "Bedrägeri", ["3 960", "3 568", "2 506", "+11", "+58"], cr, AN),
        *_row(G, "Narkotikabrott", ["1 488", "1 552", "1 204", "−4", "+24"], cr, AN),
        *_row(G, "Samtliga brott", ["16 820", "17 521", "19 310", "−4", "−13"], cr, AN),
        G("412 anmälningar", 412, "count", **L25, s=("anmälningar om telefonbedrägerier", "anmälningar"), sp=JB, note="'i december' (December 2025)"),
        G("186 poliser", 186, "count", **L25, direction="increase", s=("poliser", "poliser"), sp=None, note="'i genomsnitt' no bound; ', 14 fler än 2024'"),
        G("14", 14, "count", ctx="[14] fler än", **L25, direction="increase", s=None, sp=None),
    ]
    NEG["r23_a_brott_falkhamn_2025"] = [
        N("2025", ctx="kommun [2025]", note="title"), N("2026-02-19"),
        N("2025", ctx="under [2025] med", note="places the claim"), N("100 000", note="the denominator of 'per 100 000 invånare'"),
        N("2020", ctx=": [2020] anmäldes", note="places the claim"), N("2024", ctx="från [2024] och", note="places the comparison"),
        N("2020", ctx="sedan [2020].", note="places the comparison"), N("2024", ctx="15 procent [2024]", note="places the claim"),
        N("2020", ctx="13 procent [2020].", note="places the claim"),
        N("2025", ctx="Brottstyp [2025]", note="column header"), N("2024", ctx="Brottstyp 2025 [2024]", note="column header"),
        N("2020", ctx="Brottstyp 2025 2024 [2020]", note="column header"),
        N("2024–2025", note="column header"), N("2020–2025", note="column header"),
        N("2024", ctx="än [2024].", note="places the comparison"), N("0455-70 12 00"),
    ]

    # ------------------------------------------------------------ 5. rents op-ed (UNDATED: no period on any figure)
    GOLD["r23_a_debatt_hyror"] = [
        G("omkring 1 450 kronor", 1450, "SEK", bound="approx", per="m2", s=("den genomsnittliga hyran", "hyran"), sp=None, note="'per kvadratmeter och år'"),
        G("runt 2 600 kronor", 2600, "SEK", bound="approx", per="m2", s=("nivån", "nivån"), sp=None, note="the rate carries over"),
        G("55 kvadratmeter", 55, "m2", optional=True, s=("En tvåa", "tvåa"), sp=None, note="defines the example"),
        G("knappt 12 000 kronor", 12000, "SEK", bound="approx", per="month", s=("En tvåa på 55 kvadratmeter", "tvåa"), sp=None),
        G("cirka 1 900 kronor", 1900, "SEK", bound="approx", per="m2", s=("motsvarande nyproduktionshyra", "nyproduktionshyra"), sp=None),
        G("1 650 kronor", 1650, "SEK", per="m2", s=None, sp=None, note="Kalmar: elided noun"),
        G("tre gånger så mycket", 3, "number", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("870 kronor", 870, "SEK", per="m2", s=("hyran", "hyran"), sp=None, note="per m2 carried from the comparison"),
        G("28 000 kronor", 28000, "SEK", optional=True, s=("en ingångslön", "ingångslön"), sp=None, note="defines the example; no rate written"),
        G("ungefär 22 300 kronor", 22300, "SEK", bound="approx", s=None, sp=None, note="'Efter skatt återstår'"),
        G("mer än hälften", 0.5, "ratio", bound="more_than", s=("den disponibla inkomsten", "inkomsten"), sp=None),
        G("en tredjedel", 1 / 3, "ratio", bound="at_most", optional=True, s=("inkomsten", "inkomsten"), sp=None, note="'inte får överstiga': a rule"),
        G("2 400 unga medlemmar", 2400, "count", s=("unga medlemmar", "medlemmar"), sp=None),
        G("29 procent", 29, "percent", s=None, sp=None, note="figure as grammatical subject"),
        G("mer än 40 procent", 40, "percent", bound="more_than", optional=True, s=("sin inkomst", "inkomst"), sp=None, note="defines the group counted"),
        G("omkring 45 procent", 45, "percent", bound="approx", direction="increase", s=("presumtionshyrorna i Storstockholm", "presumtionshyrorna"), sp=None, note="'Sedan 2016' (no end in an undated text)"),
        G("31 procent", 31, "percent", direction="increase", s=("den genomsnittliga lönen", "lönen"), sp=None),
        G("5,1 procent", 5.1, "percent", direction="increase", s=None, sp=None, note="'en höjning på i snitt': the thing that changes is not named"),
        G("tre åtgärder", 3, "count", optional=True, s=("åtgärder", "åtgärder"), sp=None, note="counts the list"),
        G("minst 300 kronor", 300, "SEK", bound="at_least", per="m2", direction="decrease", s=("hyran i nyproduktion", "hyran"), sp=None, note="demand 'sänker ... med'"),
        G("25 procent", 25, "percent", ctx="ligga [25 procent] över", bound="at_most", s=("presumtionshyrorna", "presumtionshyrorna"), sp=None, note="demand 'högst'"),
        G("15 000 hyresrätter", 15000, "count", per="year", s=("hyresrätter", "hyresrätter"), sp=None, note="demand; 'om året'"),
        G("drygt var femte", 0.2, "ratio", bound="approx", s=("25-åring i Stockholm", "25-åring"), sp=None),
    ]
    NEG["r23_a_debatt_hyror"] = [
        N("2016", note="places the change"), N("25-åring", note="an age: the 25 names the group"),
        N("1", ctx="[1]. Inför", note="list numbering"), N("2", ctx="[2]. Begränsa", note="list numbering"), N("3", ctx="[3]. Bygg", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. new-car registrations, October 2026 (sidecar 2026-11-02)
    NP = ("nya personbilar", "personbilar")
    EA = ("elbilarnas andel av alla nyregistrerade personbilar", "andel")
    CO = ("De genomsnittliga koldioxidutsläppen från nya personbilar", "koldioxidutsläppen")
    LL = ("Lätta lastbilar", "lastbilar")
    NR = ("Nyregistrerade personbilar", "personbilar")
    nr = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r23_a_nyregistreringar_oktober"] = [
        G("24 318", 24318, "count", ctx="registrerades [24 318]", **L26, direction="increase", s=NP, sp=None, note="'Under oktober' (no year); ', en ökning med': the new value"),
        G("7,9 procent", 7.9, "percent", **L26, direction="increase", s=NP, sp=None),
        G("231 604", 231604, "count", ctx="har [231 604]", t=Y26, direction="increase", s=("personbilar", "personbilar"), sp=None, note="'Hittills i år' resolves; ', vilket är 1,4 procent fler'"),
        G("1,4 procent", 1.4, "percent", t=Y26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("10 872", 10872, "count", ctx="uppgick till [10 872]", **L26, s=("Antalet nya rena elbilar", "Antalet"), sp=None),
        G("44,7 procent", 44.7, "percent", **L26, direction="increase", s=EA, sp=None, note="'klättrade till ... från'"),
        G("36,2 procent", 36.2, "percent", t=Y25, s=EA, sp=None, note="'i oktober förra året' resolves"),
        G("21,3 procent", 21.3, "percent", **L26, s=("Laddhybriderna", "Laddhybriderna"), sp=None),
        G("66 procent", 66, "percent", **L26, s=("marknaden", "marknaden"), sp=None),
        G("18 procent", 18, "percent", **L26, direction="decrease", s=("Bensinbilarna", "Bensinbilarna"), sp=None),
        G("4 105 registreringar", 4105, "count", **L26, direction="decrease", s=("Bensinbilarna", "Bensinbilarna"), sp=None, note="'minskade med ... till'"),
        G("1 213", 1213, "count", ctx="hamnade på [1 213]", **L26, direction="decrease", s=("Dieselbilarna", "Dieselbilarna"), sp=None, note="'nästan halverades och hamnade på'"),
        G("5,0 procent", 5.0, "percent", **L26, s=("en andel", "andel"), sp=None),
        G("41 gram per kilometer", 41, "g", per="km", **L26, direction="decrease", s=CO, sp=None, note="', att jämföra med 52 gram i oktober 2025'"),
        G("52 gram", 52, "g", per="km", t=Y25, s=CO, sp=None),
        *_row(G, "El", ["10 872", "8 159", "+33,3", "98 210", "85 447", "+14,9"], nr, NR, note="table 'Nyregistrerade personbilar efter drivmedel, antal': 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' / 'Jan–okt 2025' explicit, both 'Förändr. %' 2026 lenient with the sign; rows are categories"),
        *_row(G, "Laddhybrid", ["5 180", "4 300", "+20,5", "51 830", "53 904", "−3,8"], nr, NR),
        *_row(G, "Elhybrid", ["2 948", "2 783", "+5,9", "31 650", "30 102", "+5,1"], nr, NR),
        *_row(G, "Bensin", ["4 105", "5 006", "−18,0", "36 904", "43 610", "−15,4"], nr, NR),
        *_row(G, "Diesel", ["1 213", "2 290", "−47,0", "13 010", "15 341", "−15,2"], nr, NR),
        *_row(G, "Totalt", ["24 318", "22 538", "+7,9", "231 604", "228 404", "+1,4"], nr, NR),
        G("12,6 procent", 12.6, "percent", **L26, direction="decrease", s=LL, sp=None),
        G("3 402 fordon", 3402, "count", **L26, direction="decrease", s=LL, sp=None, note="'minskade med ... till ... i oktober'"),
        G("kring 42 procent", 42, "percent", bound="approx", t=Y26, s=("elbilsandelen", "elbilsandelen"), sp=("Maria Eklöf", "quote"), note="forecast 'för helåret 2026'"),
        G("1 106 exemplar", 1106, "count", **L26, s=("Den mest registrerade modellen", "modellen"), sp=None),
    ]
    NEG["r23_a_nyregistreringar_oktober"] = [
        N("2025", ctx="period [2025].", note="places the comparison"), N("oktober 2025", note="places the from-value"),
        N("Tabell 1", note="table number"), N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("Jan–okt 2026", note="column header"), N("Jan–okt 2025", note="column header"),
        N("2026", ctx="helåret [2026]", note="places the forecast"), N("1 december", note="next release"),
    ]

    # ------------------------------------------------------------ 7. water and sewage tariffs from 1 January 2027 (HTML, Publicerad 5 november 2026)
    TX = ("taxan för vatten och avlopp", "taxan")
    KS = ("kostnaden", "kostnaden")
    va = lambda per: [("SEK", 1, per, Y26, F, F), ("SEK", 1, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r23_a_va_taxa_2027"] = [
        G("9 procent", 9, "percent", ctx="höjas med [9 procent]", t=Y27, direction="increase", s=TX, sp=None, note="'från den 1 januari 2027' in the sentence"),
        G("ungefär 84 kronor", 84, "SEK", bound="approx", per="month", **L27, direction="increase", s=("en merkostnad", "merkostnad"), sp=None),
        G("cirka 1,3 miljarder kronor", 1.3e9, "SEK", bound="approx", t=("2027", "2036"), lenient=True, s=("ett nytt reningsverk och i förnyelse av ledningsnätet", "reningsverk"), sp=None, note="'Under de kommande tio åren': the goal of the money"),
        G("knappt 0,5 procent", 0.5, "percent", bound="approx", per="year", **L26, s=("ledningarna", "ledningarna"), sp=None, note="'I dag ... varje år'"),
        G("mer än 200 år", 200, "year", bound="more_than", **L26, s=None, sp=None, note="'skulle det ta': at today's pace"),
        G("1 procent", 1, "percent", ctx="till [1 procent] per år", per="year", direction="increase", s=("förnyelsetakten", "förnyelsetakten"), sp=None, note="target without a year: no period"),
        *_row(G, "Fast avgift, kr per år", ["5 480", "5 973", "+9,0"], va("year"), ("Fast avgift", "avgift"), note="HTML table 'Avgifter för vatten och avlopp, kronor inklusive moms': '2026' / 'Från 1 jan 2027' explicit, 'Ändring, %' to 2027 (lenient, sign); each row its own rate"),
        *_row(G, "Brukningsavgift, kr per kubikmeter", ["31,40", "34,23", "+9,0"], va("m3"), ("Brukningsavgift", "Brukningsavgift")),
        *_row(G, "Lägenhetsavgift, kr per lägenhet och år", ["1 820", "1 984", "+9,0"], va("year"), ("Lägenhetsavgift", "Lägenhetsavgift")),
        *_row(G, "Dagvattenavgift, kr per år", ["940", "1 025", "+9,0"], va("year"), ("Dagvattenavgift", "Dagvattenavgift")),
        G("150 kubikmeter", 150, "m3", per="year", optional=True, s=("vatten", "vatten"), sp=None, note="defines the example"),
        G("11 130 kronor", 11130, "SEK", per="year", **L26, s=None, sp=None, note="'betalar i dag ... om året': the payer is no subject"),
        G("12 133 kronor", 12133, "SEK", per="year", **L27, direction="increase", s=KS, sp=None, note="'Med den nya taxan blir kostnaden'; per year carried"),
        G("drygt 1 000 kronor", 1000, "SEK", bound="approx", per="year", **L27, direction="increase", s=KS, sp=None, note="the size of the change"),
        G("33 kronor", 33, "SEK", ctx="motsvarar [33 kronor]", per="day", **L27, s=None, sp=None, note="'Det motsvarar ... per dygn'"),
        G("cirka 3,4 öre", 0.034, "SEK", bound="approx", per="l", **L27, s=("En liter kranvatten", "kranvatten"), sp=None),
        G("12 900 kronor", 12900, "SEK", per="year", **L26, s=None, sp=None, note="county average; the payer is no subject; 'i genomsnitt' no bound"),
        G("15 760 kronor", 15760, "SEK", per="year", **L26, s=None, sp=None, note="the dearest municipality: elided"),
        G("omkring 6 400 vattenmätare", 6400, "count", bound="approx", **L26, s=("vattenmätare", "vattenmätare"), sp=None, note="'Vid årsskiftet läser vi av'"),
    ]
    NEG["r23_a_va_taxa_2027"] = [
        N("2027", ctx="VA-taxa [2027]", note="breadcrumb"), N("1 januari 2027", ctx="VA-taxa från den [1 januari 2027]", note="heading"),
        N("5 november 2026"), N("1 januari 2027", ctx="från den [1 januari 2027]. För", note="places the change"),
        N("2026", ctx="Avgift [2026]", note="column header"), N("1 jan 2027", note="column header"),
        N("15 januari", note="deadline"), N("Storgatan 14", note="street address"), N("745 80", note="postal code"),
        N("0171-52 60 00"), N("212000-0312", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. ice-hockey club, season 2025/26 (Publicerad 28 april 2026)
    S = dict(t=("2025", "2026"), lenient=True)
    PS = dict(t=("2024", "2025"), lenient=True)
    NS = dict(t=("2026", "2027"), lenient=True)
    PO = ("poäng", "poäng")
    PU = ("Publiksnittet i grundserien", "Publiksnittet")
    SK = ("Säsongskorten", "Säsongskorten")
    OM = ("Klubbens omsättning för säsongen", "omsättning")
    SI = ("Sponsorintäkterna", "Sponsorintäkterna")
    PW = ("Petra Wahlund", "quote")

    def hs(unit, scale, per=None):
        return [(unit, scale, per, ("2025", "2026"), False, False), (unit, scale, per, ("2024", "2025"), False, False)]

    GOLD["r23_a_hockey_sasong"] = [
        G("fyra", 4, "ordinal", ctx="slutade [fyra] i", **S, s=("Laget", "Laget"), sp=None, note="a rank"),
        G("91 poäng", 91, "count", **S, direction="increase", s=PO, sp=None, note="', 17 poäng fler än förra säsongen': the new value"),
        G("52 matcher", 52, "count", **S, s=("matcher", "matcher"), sp=None),
        G("17 poäng", 17, "count", **S, direction="increase", s=PO, sp=None),
        G("29 matcher", 29, "count", **S, s=("matcher", "matcher"), sp=None, note="the club's plain reporting"),
        G("168 mål", 168, "count", **S, s=("mål", "mål"), sp=None),
        G("121", 121, "count", ctx="släppte in [121]", **S, s=None, sp=None, note="elided noun"),
        G("+47", 47, "number", **S, s=("Målskillnaden", "Målskillnaden"), sp=None),
        G("4 812 åskådare", 4812, "count", per="match", **S, direction="increase", s=PU, sp=None, note="', en ökning med 11 procent från förra säsongens 4 335'"),
        G("11 procent", 11, "percent", **S, direction="increase", s=PU, sp=None),
        G("4 335", 4335, "count", ctx="säsongens [4 335]", per="match", **PS, s=PU, sp=None, note="from-value"),
        G("125 112 personer", 125112, "count", **S, s=("personer", "personer"), sp=None),
        G("26 hemmamatcher", 26, "count", **S, s=("hemmamatcher", "hemmamatcher"), sp=None),
        G("Fem matcher", 5, "count", **S, s=("matcher", "matcher"), sp=None),
        G("6 150 åskådare", 6150, "count", **L26, s=("publikrekordet i Kylhallen", "publikrekordet"), sp=None, note="'i februari'"),
        G("2 740", 2740, "count", ctx="[2 740] sålda", **S, direction="increase", s=SK, sp=None, note="', mot 2 310 året innan'"),
        G("2 310", 2310, "count", ctx="mot [2 310]", **PS, s=SK, sp=None),
        G("148 miljoner kronor", 148e6, "SEK", **S, direction="increase", s=OM, sp=None, note="'upp från ... säsongen innan'"),
        G("127 miljoner", 127e6, "SEK", ctx="från [127 miljoner]", **PS, s=OM, sp=None, note="from-value"),
        G("16 procent", 16, "percent", **S, direction="increase", s=SI, sp=None),
        G("52 miljoner kronor", 52e6, "SEK", **S, direction="increase", s=SI, sp=None, note="'ökade med ... till'"),
        G("41 miljoner", 41e6, "SEK", **S, direction="increase", s=("matchdagsintäkterna från biljetter och servering", "matchdagsintäkterna"), sp=None, note="'växte till'"),
        G("cirka 3,5 miljoner kronor", 3.5e6, "SEK", bound="approx", **S, s=("ett överskott", "överskott"), sp=None, note="a surplus after a deficit: two levels, no direction"),
        G("2,1 miljoner kronor", 2.1e6, "SEK", **PS, s=("ett underskott", "underskott"), sp=None, note="'förra säsongen'"),
        G("1,8 miljoner kronor", 1.8e6, "SEK", **S, s=("Det egna kapitalet", "kapitalet"), sp=None),
        G("ungefär 55 procent", 55, "percent", bound="approx", **S, s=("klubbens kostnader", "kostnader"), sp=None),
        G("5 000", 5000, "count", ctx="publiksnitt på [5 000]", per="match", **NS, s=("ett publiksnitt", "publiksnitt"), sp=PW, note="target for 'Nästa säsong'"),
        G("drygt 420 barn", 420, "count", bound="approx", **L26, s=("barn och ungdomar", "barn"), sp=None, note="'I dag'"),
        G("sju", 7, "count", ctx="och [sju] av spelarna", **L26, s=("spelarna i A-laget", "spelarna"), sp=None),
        *_row(G, "Poäng", ["91", "74"], hs("count", 1), ("Poäng", "Poäng"), note="table 'Karlsfors IK i siffror': '2025/26' / '2024/25' explicit; rows are measures"),
        *_row(G, "Vunna matcher", ["29", "24"], hs("count", 1), ("Vunna matcher", "matcher")),
        *_row(G, "Gjorda mål", ["168", "141"], hs("count", 1), ("Gjorda mål", "mål")),
        *_row(G, "Insläppta mål", ["121", "139"], hs("count", 1), ("Insläppta mål", "mål")),
        *_row(G, "Publiksnitt", ["4 812", "4 335"], hs("count", 1, "match"), ("Publiksnitt", "Publiksnitt")),
        *_row(G, "Omsättning, mkr", ["148", "127"], hs("SEK", 1e6), ("Omsättning", "Omsättning")),
    ]
    NEG["r23_a_hockey_sasong"] = [
        N("2025/26", ctx="Säsongen [2025/26] i", note="title"), N("28 april 2026"), N("2014/15", note="places the comparison"),
        N("2025/26", ctx="[2025/26] 2024/25", note="column header"), N("2024/25", note="column header"),
        N("Arenavägen 3", note="street address"), N("694 31", note="postal code"), N("0582-180 40"),
    ]

    return GOLD, NEG
