"""Round 22, part A (r22_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 22, part A (r22_a_*): eight kinds, written from scratch (r22_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a forestry company's interim report for
# the first quarter of 2026 (dateline 'Sundsvall den 23 april 2026'; 'Siffror inom parentes avser första kvartalet
# 2025'; bullets under 'FÖRSTA KVARTALET 2026' with leveranser in ton, nettoomsättning 'minskade med 4 procent till',
# EBITDA and EBITDA-marginal, rörelseresultat 'föll tillbaka till', per aktie 'hamnade på', kassaflöde; a CEO paragraph
# 'VD HAR ORDET' ending in 'säger vd'; massaved 'gick upp ... med 3 procent jämfört med fjärde kvartalet 2025 och
# ligger nu på cirka 480 kronor per kubikmeter', 'blev 85 Mkr lägre än under samma kvartal året före', employees 'en
# minskning med 65 personer på tolv månader', nettoskuldsättningsgrad in 'gånger', 'varav'; a plain-text table 'Kv 1
# 2026' / 'Kv 1 2025' / 'Rullande 12 mån' / 'Helår 2025' with 'Leveranser, tusen ton'), a statistics agency's
# industrial-production release for August 2026 ('Publicerad 2026-10-09 kl. 08.00'; 'minskade med 1,8 procent i
# augusti 2026 jämfört med juli, säsongrensat', 'rasade med', 'drog ned tempot, med', 'gick utvecklingen åt andra
# hållet med en uppgång på', the index 'stod på 104,3 i augusti, att jämföra med 106,2 i juli', three-month periods,
# orders, capacity use 'vilket är 0,6 procentenheter lägre än'; a plain-text table 'Mot juli säsongrensat' / 'Mot aug
# 2025 kalenderkorr.' / 'Index' under 'Förändring i procent samt index (2021=100)'), a municipality's elderly-care
# quality report 2026 (Markdown, '*... · Publicerad 12 november 2026*'; andel nöjda in hemtjänst and särskilt boende
# against last year and the national average, väntetid in days 'att jämföra med 52 dagar under samma period i fjol',
# 'blivit 22 dagar längre, eller drygt 40 procent, på ett år'; a Markdown table by district 'Nöjda hemtjänst, %' /
# 'Nöjda särskilt boende, %' / 'Väntetid, dagar' / 'Väntetid 2025, dagar' with the caption below it; a quote with a
# target for 2027), a region's road-traffic deaths and injuries for the first half of 2026 ('Publicerad 18 augusti
# 2026'; 'omkom 9 personer ... Det är tre färre än', the five-year average, svårt skadade, 'per 100 000 invånare',
# 'Fyra av de omkomna', 'Hälften av dödsolyckorna', 'nästan dubbelt så många som för fem år sedan, då antalet var 22';
# a plain-text table 'Jan–jun 2026' / 'Jan–jun 2025' / 'Snitt jan–jun 2021–2025'; the national target 'högst 11
# omkomna under helåret 2030'; a quote), an UNDATED opinion piece on pre-school fees (no date, no sidecar; the maxtaxa
# percentages, worked examples in kronor i månaden and percent of income, 'dubbelt så mycket', a range 'mellan 300 och
# 900 kronor per barn och månad', kronor per barn och år by municipality, 'har halverats sedan ..., då den låg nära 12
# procent', a numbered list of three proposals), a monthly electricity-consumption release for October 2026 dated only
# by its sidecar (2026-11-16; GWh against the same month last year, temperature-corrected, 'Hittills i år' in TWh,
# industry and households, production 'varav vattenkraft ...', net export, spot price in öre per kWh; a plain-text
# table by price area 'GWh okt 2026' / 'GWh okt 2025' / 'Förändring, %' / 'Hittills i år, GWh' / 'Förändring hittills
# i år, %'), a region's HTML page on dental-care fees from 1 January 2027 (cookie banner, menu, breadcrumb, related
# links, footer; 'Publicerad 20 november 2026'; 'höjs ... med i genomsnitt 3,8 procent', 'kostar då 745 kronor per
# besök, jämfört med 715 kronor i dag'; an HTML table '2026' / '2027' / 'Förändring' with the caption 'kronor per
# besök'; the högkostnadsskydd thresholds and the state's shares, a worked example, tandvårdsbidrag, frisktandvård
# 'höjs från 110 till 115 kronor i månaden', a no-show fee) and a music festival's summary 2026 ('Publicerad 25
# augusti 2026'; besökare against last summer and the record year 2019 'slogs med 2 600', omsättning 'upp från ...
# året innan' and 2019, surplus, per-visitor spending 'per dag ..., 40 kronor mer än 2025', artists' shares, waste
# 'per besökare', volunteers 'en tredjedel fler timmar än i fjol', a quote with a cap, the 2027 pass price; a
# plain-text table '2026' / '2025' / '2019').
# The r8-r21 decisions are followed (see gold_r21_a.py's header): periods at year grain; a relative expression in the
# sentence ('i fjol', 'förra året', 'nästa år', 'Hittills i år', 'I år') resolves against the publication date and is
# not lenient; a month or a period without a year, a heading's, a caption's or the document's period, present tense,
# 'året innan' / 'året före' / 'ett år tidigare' are lenient; brackets take the period their note names; a level
# followed by ', att jämföra med', ', mot', ', jämfört med', ', en minskning med', ', vilket är X mer/lägre' or a next
# sentence 'Det är X färre' is the new value after a change, from-values have none; comparisons at one time (against
# the national average, the normal temperature, between municipalities) have no direction; a comparison with an
# earlier point takes the current period with a direction; multipliers ('dubbelt så mycket', 'nästan dubbelt så
# många') are optional, change sizes written as a fraction ('en tredjedel fler timmar') are required; thresholds,
# rules and definitions of an example are optional; targets and demands are required; table cells take their column
# headers' periods (a caption's period lenient), change columns take direction from the sign; rows that are categories
# take the caption's measure as subject, rows that are measures their own label; öre are SEK/100 and 'öre per kWh'
# per="kWh"; 'per aktie' per="share"; 'per 100 000 invånare' per="capita" with its '100 000' N; 'gånger' is unit
# number; an index level is unit number; 'vilket är' / 'eller' / 'Det är' without a noun, elided nouns, a figure as
# grammatical subject and 'varav' with no noun have s None; the payer is no subject; a CEO paragraph ending in 'säger
# ...' credits every figure in it to the CEO; the op-ed's signatories are no speaker; the UNDATED text has no period on
# any figure; age limits, list numbering, times of day, price-area names (SE1-SE4, 'elområde 2') and the index base
# '2021=100' are N.
# Where those were silent, decided here:
# - Forestry Q1: the heading 'FÖRSTA KVARTALET 2026' names the year, but as a heading it gives 2026 lenient to the
#   bullets (as r21's 'HELÅRET 2025'). 'Leveranserna ... uppgick till 412 000 (438 000) ton' has no direction.
#   'Stoppet belastade rörelseresultatet med omkring 60 Mkr' is an effect on the result at one time (no direction, s
#   'rörelseresultatet'). 'våra sågverk levererade 186 000 kubikmeter, vilket är 9 procent mer än för ett år sedan':
#   the deliveries of the sawmills (s 'sågverk'), increase; the 9 percent s None. 'gick upp ... med 3 procent jämfört
#   med fjärde kvartalet 2025 och ligger nu på cirka 480 kronor per kubikmeter': the level in the clause coordinated
#   with the change is the new value (increase), per="m3". 'Energikostnaderna blev 85 Mkr lägre än under samma kvartal
#   året före' is a change over time (decrease). 'en minskning med 65 personer på tolv månader' in a quarterly report
#   runs from the end of Q1 2025 to the end of Q1 2026: ('2025', '2026') lenient. 'elva dagar' (a number word) is a
#   required duration. 'varav 120 Mkr avsåg den nya barkpannan': 'varav' s None (r21). Table: 'Kv 1 2026', 'Kv 1
#   2025', 'Helår 2025' explicit; 'Rullande 12 mån' is ('2025', '2026') lenient (no year in the header); 'Leveranser,
#   tusen ton' scales by 1 000.
# - Industrial production: the lead's 'i augusti 2026' makes its first figure explicit; the rest takes 2026 lenient
#   ('i augusti', 'i juli', 'juni–augusti' without a year). A branch is the subject of its own change
#   ('motorfordonsindustrin, vars produktion rasade' takes 'motorfordonsindustrin'). 'blev ökningen 3,1 procent' takes
#   the thing that changes from the previous sentence ('produktionen'). The index level 104,3 is the new value
#   (decrease, ', att jämföra med 106,2 i juli'); 'Den högsta nivån på tre år noterades i mars 2026 med 107,9' is 2026
#   explicit, s 'nivån'; 'på tre år' left out. 'augusti 2026 hade 21 vardagar' is a required count, 2026 explicit.
#   Table: caption 'augusti 2026' gives 2026 lenient to all three columns; the first two are change columns, 'Index'
#   is a level (unit number, no direction); rows are branches (categories): s the caption's 'Industriproduktion'.
# - Elderly care: 'I år besvarades enkäten av 1 146 personer' resolves 'I år' to 2026 (explicit); later figures of the
#   survey take 2026 lenient. 'var 87 procent sammantaget nöjda, en procentenhet fler än förra året': the share is the
#   new value (increase), s 'nöjda'; 'en procentenhet' is the change size (s None). 'under rikets 81 procent' and 'mot
#   68 procent i landet som helhet' are a place's level (s None, no direction). 'X procent av de boende' takes the
#   noun after 'av'. 'Väntan har därmed blivit 22 dagar längre, eller drygt 40 procent, på ett år' is a change
#   (increase) over ('2025', '2026') lenient. '36 platser ... stängdes' is a count with no direction (the places, not a
#   level, are counted) and, as the cause 'Enligt förvaltningen' gives, has speaker ('förvaltningen', 'enligt'); the
#   other figures of the report are plain reporting. 'inom tre månader' is the legal rule (optional, at_most). Table: caption below the table
#   ('januari–september 2026') gives 2026 lenient to the first three columns; 'Väntetid 2025, dagar' is explicit;
#   columns are measures (heads 'hemtjänst', 'boende', 'Väntetid'); the 'Riket' row is a row like the others. Quote:
#   'ner under 60 dagars väntetid senast vid utgången av 2027' is a target (required, less_than, decrease, 2027
#   explicit); '48 platser i mars' (next March) is 2027 lenient. '4,5 miljoner kronor nästa år' is 2027 explicit, s the
#   goal of the money.
# - Road traffic: the lead's 'Under januari–juni 2026' is explicit; 'Det är tre färre än under första halvåret 2025'
#   makes 9 a new value (decrease) and 'tre' a required change size (2026 lenient, s None). The five-year average
#   ('genomsnittet för motsvarande halvår de fem senaste åren', 'Femårsgenomsnittet') spans ('2021', '2025') lenient.
#   'Polisen och sjukvården rapporterade 118 svårt skadade' credits the count (and its from-value) to the reporting
#   bodies (credited). 'X av de omkomna / av dödsolyckorna / av dödsfallen / av fallen' takes the noun after 'av'.
#   '41 cyklister ..., nästan dubbelt så många som för fem år sedan, då antalet var 22': a comparison with an earlier
#   point (41 increase, 2026 lenient), the multiplier optional, 22 is 2021 lenient ('för fem år sedan' from 2026).
#   'högst 11 omkomna under helåret 2030' is a target: required, at_most, 2030 explicit, decrease ('ska halveras').
#   '14 sträckor där vi satte upp trafiksäkerhetskameror förra året' is 2025 explicit. Table: 'Jan–jun 2026' /
#   'Jan–jun 2025' explicit, 'Snitt jan–jun 2021–2025' ('2021', '2025') explicit; rows are measures; the last row
#   per="capita".
# - Pre-school op-ed (UNDATED): the maxtaxa rule percentages (3, 2 and 1 procent) restate a rule: optional. The
#   example incomes (40 000, 80 000, 26 000 kronor, 'två barn') define examples: optional; the fees and shares they
#   give are required, per="month" where 'i månaden' governs them, s None for fees written as 'blir det' (the payer is
#   no subject). 'eller 5 procent av bruttoinkomsten' and '5 procent av inkomsten' take the noun after 'av'; 'nästan 7
#   procent av det som blir kvar efter skatt' has s None. 'mellan 300 och 900 kronor per barn och månad' is a range,
#   per="month". 'Föräldraavgifterna täcker bara omkring 6 procent ..., en andel som har halverats sedan maxtaxan
#   infördes, då den låg nära 12 procent': 6 percent decrease, 12 percent the from-value (no direction); both s
#   'Föräldraavgifterna'. Proposals: 'mer än 4 procent' is a demanded cap (required, at_most, no direction); 'höjer
#   ersättningen ... med 1,2 miljarder kronor per år' increase; 'tre förändringar' counts the list (optional).
# - Electricity (sidecar 2026-11-16): 'i oktober' (no year) is 2026 lenient; 'Hittills i år' resolves (2026 explicit).
#   'medeltemperaturen låg 1,4 grader under det normala' is a comparison with the normal at one time (degC, no
#   direction). 'Temperaturkorrigerat blev ökningen betydligt mindre, 0,8 procent' takes 'Elanvändningen' (the thing
#   that changes). 'varav vattenkraft 6 050 GWh, kärnkraft ...': each figure takes the source it is written with (unlike
#   'varav 120 Mkr avsåg', where no noun precedes the figure). 'två nya anläggningar' is a required count. 'Spotpriset
#   ... 68 öre per kWh ..., 21 procent lägre än i oktober förra året': new value (decrease). Table: 'GWh okt 2026' /
#   'GWh okt 2025' explicit; 'Förändring, %' is the change to October 2026 (2026 lenient, sign); 'Hittills i år, GWh'
#   and 'Förändring hittills i år, %' resolve against the publication date (2026, not lenient); rows are price areas
#   (categories): s the caption's 'Elanvändning'.
# - Dental fees (HTML): 'Från den 1 januari 2027 höjs avgifterna ... med i genomsnitt 3,8 procent' names 2027 in the
#   sentence (explicit; 'i genomsnitt' is no bound); 'kostar då 745 kronor per besök' 2027 lenient (increase, ',
#   jämfört med 715 kronor i dag': 715 is 2026 lenient); per besök per="visit". Table: caption 'kronor per besök' gives
#   SEK per="visit" to the level columns '2026' / '2027' (explicit); 'Förändring' is the change to 2027 (lenient,
#   sign); rows are treatments (categories): s the caption's 'Patientavgifter'. Högkostnadsskydd: the thresholds ('upp
#   till 3 000 kronor', 'mellan 3 000 och 15 000 kronor', 'överstiger 15 000 kronor'), the period 'tolv månader' and
#   the example's '20 000 kronor' are optional; the state's shares (50 and 85 procent) are required with s None (the
#   payer), and so is the example's result '9 750 kronor' (s None). These present-tense rules take 2026 lenient when
#   required. 'bidraget 300 kronor per år' is 2026 lenient. The age band '30 och 66 år' is N. 'höjs från 110 till 115
#   kronor i månaden': 110 is 2026 lenient, 115 2027 lenient (increase), per="month". 'senast 24 timmar innan' is a
#   rule (optional, at_least). The region's 'vi' in 'tar vi ut en avgift' is plain reporting (sp None, as r21).
# - Festival: the lead's 'Fyra dagar, 86 artister och 61 500 besökare' take 2026 lenient with no direction (the
#   comparison comes in a later sentence with its own figure); 'Fyra dagar' s None. 'förra sommarens 54 200 besökare'
#   is 2025 explicit. 'det gamla rekordet från 2019, då 58 900 personer kom, slogs med 2 600': 58 900 2019 explicit;
#   2 600 is the margin over an earlier point (2026 lenient, increase, s None: noun elided). 'Under rekordåret 2019
#   omsatte festivalen 72 miljoner' has s None (the measure is a verb). 'efter två år med förluster på sammanlagt 7
#   miljoner' spans ('2024', '2025') lenient. 'I genomsnitt handlade varje besökare för 505 kronor per dag': the payer
#   is no subject (s None), per="day"; ', 40 kronor mer än 2025' makes it the new value (increase). 'minskade med 18
#   procent per besökare, till 0,9 kilo': per besökare is per="capita" on both. 'Taket ligger vid 62 000 besökare'
#   (quote) is 2026 lenient, s 'Taket'. 'Ett fyradagarspass kommer att kosta 2 695 kronor, 200 kronor mer än i år' is
#   2027 lenient (the previous sentence's 'till 2027'), increase. Table: '2026' / '2025' / '2019' explicit; rows are
#   measures; 'Omsättning, mkr' SEK 1e6.
# - Negatives: datelines and Publicerad lines, titles', headings', captions', breadcrumbs' and column headers' periods,
#   years and dates that only place a claim, the ticket-release date, the next-release date, table numbers, times of
#   day, the index base, price-area names, age limits and bands ('över 75 år', '30 och 66 år'), list numbering, the
#   '100 000' of 'per 100 000 invånare', phone numbers, street addresses and Box numbers, postal codes, org numbers and
#   the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'på tre år', 'de fem senaste
#   åren', 'för fem år sedan', 'tredje kvartalet i följd', 'samma tre månader', 'efter två år', 'det andra kvartalet',
#   'första gången', 'det äldsta barnet', 'det tredje', 'lika många', 'halveras'. ('Rullande 12 mån' is a column header: its
#   '12' is N.)
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2021", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y21, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2019", "2021", "2025", "2026", "2027", "2030"))
    L21 = dict(t=Y21, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    Y1 = dict(t=("2025", "2026"), lenient=True)
    FIVE = dict(t=("2021", "2025"), lenient=True)
    F = False

    # ------------------------------------------------------------ 1. forestry company, interim report Q1 2026 (dateline 23 april 2026)
    LEV = ("Leveranserna av pappersmassa och kartong", "Leveranserna")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RPA = ("Resultatet per aktie", "Resultatet")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    HM = ("Helena Markström", "quote")
    KU = ("Kapacitetsutnyttjandet i kartongtillverkningen", "Kapacitetsutnyttjandet")
    q1 = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, ("2025", "2026"), True, F), (u, sc, None, Y25, F, F)]
    GOLD["r22_a_skog_kvartal1"] = [
        G("412 000", 412000, "tonne", ctx="till [412 000] (438 000)", **L26, s=LEV, sp=None, note="heading 'FÖRSTA KVARTALET 2026' (lenient); 'uppgick till': no direction"),
        G("438 000", 438000, "tonne", ctx="412 000 ([438 000]) ton", t=Y25, s=LEV, sp=None, note="bracket: 'första kvartalet 2025'"),
        G("4 procent", 4, "percent", **L26, direction="decrease", s=NO, sp=None),
        G("3 186", 3186e6, "SEK", ctx="till [3 186] (3 319)", **L26, direction="decrease", s=NO, sp=None, note="'minskade med 4 procent till'"),
        G("3 319", 3319e6, "SEK", ctx="3 186 ([3 319]) Mkr", t=Y25, s=NO, sp=None),
        G("402", 402e6, "SEK", ctx="blev [402] (517)", **L26, s=EB, sp=None),
        G("517", 517e6, "SEK", ctx="402 ([517]) Mkr", t=Y25, s=EB, sp=None),
        G("12,6", 12.6, "percent", ctx="på [12,6] (15,6)", **L26, s=EM, sp=None),
        G("15,6", 15.6, "percent", ctx="12,6 ([15,6]) procent", t=Y25, s=EM, sp=None),
        G("171", 171e6, "SEK", ctx="till [171] (296)", **L26, direction="decrease", s=RR, sp=None, note="'föll tillbaka till'"),
        G("296", 296e6, "SEK", ctx="171 ([296]) Mkr", t=Y25, s=RR, sp=None),
        G("0,88", 0.88, "SEK", ctx="på [0,88] (1,47)", per="share", **L26, s=RPA, sp=None, note="'hamnade på': no direction"),
        G("1,47", 1.47, "SEK", ctx="0,88 ([1,47]) kronor", per="share", t=Y25, s=RPA, sp=None),
        G("245", 245e6, "SEK", ctx="var [245] (388)", **L26, s=KF, sp=None),
        G("388", 388e6, "SEK", ctx="245 ([388]) Mkr", t=Y25, s=KF, sp=None),
        G("elva dagar", 11, "day", **L26, s=("ett planerat underhållsstopp vid Ljusnäs bruk", "underhållsstopp"), sp=HM, note="CEO paragraph ending in 'säger vd Helena Markström'"),
        G("omkring 60 Mkr", 60e6, "SEK", bound="approx", **L26, s=("rörelseresultatet", "rörelseresultatet"), sp=HM, note="'belastade ... med': an effect at one time, no direction"),
        G("186 000 kubikmeter", 186000, "m3", **L26, direction="increase", s=("våra sågverk", "sågverk"), sp=HM, note="', vilket är 9 procent mer än för ett år sedan': the new value"),
        G("9 procent", 9, "percent", **L26, direction="increase", s=None, sp=HM, note="'vilket är'"),
        G("3 procent", 3, "percent", **L26, direction="increase", s=("Priset på massaved", "Priset"), sp=None, note="'gick upp under kvartalet ... jämfört med fjärde kvartalet 2025'"),
        G("cirka 480 kronor", 480, "SEK", bound="approx", per="m3", **L26, direction="increase", s=("Priset på massaved", "Priset"), sp=None, note="'och ligger nu på': the level in the clause coordinated with the change"),
        G("34 procent", 34, "percent", **L26, s=("virkesförsörjningen", "virkesförsörjningen"), sp=None),
        G("85 Mkr", 85e6, "SEK", **L26, direction="decrease", s=("Energikostnaderna", "Energikostnaderna"), sp=None, note="'blev ... lägre än under samma kvartal året före': a change"),
        G("88 procent", 88, "percent", **L26, direction="decrease", s=KU, sp=None, note="', mot 93 procent ett år tidigare': the new value"),
        G("93 procent", 93, "percent", **L25, s=KU, sp=None, note="'ett år tidigare'"),
        G("2 740 anställda", 2740, "count", **L26, direction="decrease", s=("anställda", "anställda"), sp=None, note="'Vid periodens slut'; ', en minskning med'"),
        G("65 personer", 65, "count", **Y1, direction="decrease", s=("anställda", "anställda"), sp=None, note="'på tolv månader' to the end of Q1 2026"),
        G("5,9 miljarder kronor", 5.9e9, "SEK", **L26, s=("Nettoskulden", "Nettoskulden"), sp=None),
        G("0,41 gånger", 0.41, "number", **L26, s=("nettoskuldsättningsgraden", "nettoskuldsättningsgraden"), sp=None),
        G("310 Mkr", 310e6, "SEK", **L26, s=("Periodens investeringar", "investeringar"), sp=None),
        G("120 Mkr", 120e6, "SEK", **L26, s=None, sp=None, note="'varav'"),
        *_row(G, "Leveranser, tusen ton", ["412", "438", "1 702", "1 728"], q1("tonne", 1000), ("Leveranser", "Leveranser"), note="table 'NYCKELTAL': 'Kv 1 2026' / 'Kv 1 2025' / 'Helår 2025' explicit, 'Rullande 12 mån' lenient"),
        *_row(G, "Nettoomsättning, Mkr", ["3 186", "3 319", "12 844", "12 977"], q1("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "EBITDA, Mkr", ["402", "517", "1 689", "1 804"], q1("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["12,6", "15,6", "13,2", "13,9"], q1("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
    ]
    NEG["r22_a_skog_kvartal1"] = [
        N("januari–mars 2026", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="kvartalet [2025].", note="bracket note"), N("2025", ctx="kvartalet [2025] och", note="places the comparison"),
        N("2", ctx="elområde [2]", note="price-area name"),
        N("1", ctx="Kv [1] 2026", note="column header"), N("2026", ctx="Kv 1 [2026]", note="column header"),
        N("1", ctx="Kv [1] 2025", note="column header"), N("2025", ctx="Kv 1 [2025]", note="column header"),
        N("12", ctx="Rullande [12] mån", note="column header"), N("2025", ctx="Helår [2025]", note="column header"),
        N("23 april 2026", note="dateline"), N("556712-3398", note="org number"), N("060-614 20 00"),
    ]

    # ------------------------------------------------------------ 2. industrial production, August 2026 (Publicerad 2026-10-09)
    PR = ("produktionen", "produktionen")
    PI = ("Produktionsindex för industrin som helhet", "Produktionsindex")
    IP = ("Industriproduktion", "Industriproduktion")
    ip = [("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True), ("number", 1, None, Y26, True, F)]
    GOLD["r22_a_industriproduktion_augusti"] = [
        G("1,8 procent", 1.8, "percent", t=Y26, direction="decrease", s=("Industrins produktion", "produktion"), sp=None, note="'i augusti 2026 jämfört med juli, säsongrensat'"),
        G("2,6 procent", 2.6, "percent", **L26, direction="increase", s=PR, sp=None, note="'Jämfört med augusti 2025': the current month from the lead"),
        G("7,4 procent", 7.4, "percent", **L26, direction="decrease", s=("motorfordonsindustrin", "motorfordonsindustrin"), sp=None, note="'vars produktion rasade med'"),
        G("3,9 procent", 3.9, "percent", **L26, direction="decrease", s=("den kemiska industrin inklusive läkemedel", "industrin"), sp=None, note="'drog ned tempot, med'"),
        G("2,2 procent", 2.2, "percent", **L26, direction="increase", s=("trävaruindustrin", "trävaruindustrin"), sp=None, note="'en uppgång på'"),
        G("104,3", 104.3, "number", ctx="på [104,3] i augusti", **L26, direction="decrease", s=PI, sp=None, note="index level; ', att jämföra med 106,2 i juli': the new value"),
        G("106,2", 106.2, "number", **L26, s=PI, sp=None, note="'i juli' (no year)"),
        G("107,9", 107.9, "number", t=Y26, s=("Den högsta nivån", "nivån"), sp=None, note="'i mars 2026'"),
        G("0,9 procent", 0.9, "percent", **L26, direction="increase", s=PR, sp=None, note="'juni–augusti' against the previous three months"),
        G("3,1 procent", 3.1, "percent", **L26, direction="increase", s=PR, sp=None, note="'blev ökningen': the thing that changes from the previous sentence"),
        G("2,4 procent", 2.4, "percent", **L26, direction="decrease", s=("Orderingången i industrin", "Orderingången"), sp=None),
        G("4,0 procent", 4.0, "percent", **L26, direction="decrease", s=("Exportorderingången", "Exportorderingången"), sp=None),
        G("0,6 procent", 0.6, "percent", **L26, direction="increase", s=("orderingången från hemmamarknaden", "orderingången"), sp=None),
        G("84,2 procent", 84.2, "percent", **L26, direction="decrease", s=("Kapacitetsutnyttjandet i industrin", "Kapacitetsutnyttjandet"), sp=None, note="'under andra kvartalet' (no year); ', vilket är 0,6 procentenheter lägre än': the new value"),
        G("0,6 procentenheter", 0.6, "percentage_point", **L26, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("21 vardagar", 21, "count", t=Y26, s=("vardagar", "vardagar"), sp=None, note="'augusti 2026 hade'"),
        *_row(G, "Industri totalt", ["-1,8", "+2,6", "104,3"], ip, IP, note="table 'Industriproduktion per branschgrupp, augusti 2026' (caption: lenient): 'Mot juli säsongrensat' / 'Mot aug 2025 kalenderkorr.' (change columns) / 'Index' (level)"),
        *_row(G, "Gruvor och mineralutvinning", ["+0,4", "-1,1", "97,6"], ip, IP),
        *_row(G, "Trävaruindustri", ["+2,2", "+5,3", "101,8"], ip, IP),
        *_row(G, "Massa- och pappersindustri", ["-0,6", "+1,9", "95,4"], ip, IP),
        *_row(G, "Kemisk industri och läkemedel", ["-3,9", "+6,8", "118,7"], ip, IP),
        *_row(G, "Metallindustri", ["+0,8", "+0,2", "99,1"], ip, IP),
        *_row(G, "Motorfordonsindustri", ["-7,4", "+4,7", "112,5"], ip, IP),
    ]
    NEG["r22_a_industriproduktion_augusti"] = [
        N("augusti 2026", ctx="Industriproduktionsindex, [augusti 2026]", note="title"), N("2026-10-09"), N("08.00", note="time of day"),
        N("augusti 2026", ctx="i [augusti 2026] jämfört", note="places the claim"), N("augusti 2025", ctx="med [augusti 2025] steg", note="places the comparison"),
        N("mars 2026", note="places the claim"), N("Tabell 1", note="table number"),
        N("augusti 2026", ctx="branschgrupp, [augusti 2026]", note="caption"), N("2021=100", note="index base"),
        N("aug 2025", note="column header"), N("augusti 2026", ctx="Kalendereffekt: [augusti 2026]", note="places the count"),
        N("augusti 2025", ctx="som [augusti 2025].", note="places the comparison"), N("2026-11-10", note="next release"), N("010-479 36 25"),
    ]

    # ------------------------------------------------------------ 3. elderly-care quality 2026 (Markdown, Publicerad 12 november 2026)
    NJ = ("sammantaget nöjda", "nöjda")
    AN = ("andelen nöjda", "andelen")
    VT = ("Den genomsnittliga väntetiden", "väntetiden")
    RG = ("Riksgenomsnittet", "Riksgenomsnittet")
    LB = ("Lina Berglund", "quote")
    ao = [("percent", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, F), ("day", 1, None, Y26, True, F), ("day", 1, None, Y25, F, F)]
    aos = [("Nöjda hemtjänst", "hemtjänst"), ("Nöjda särskilt boende", "boende"), ("Väntetid", "Väntetid"), ("Väntetid 2025", "Väntetid")]
    GOLD["r22_a_aldreomsorg_kvalitet"] = [
        G("1 146 personer", 1146, "count", t=Y26, s=("personer", "personer"), sp=None, note="'I år' resolves to 2026"),
        G("58 procent", 58, "percent", t=Y26, s=("en svarsfrekvens", "svarsfrekvens"), sp=None),
        G("87 procent", 87, "percent", **L26, direction="increase", s=NJ, sp=None, note="', en procentenhet fler än förra året': the new value"),
        G("en procentenhet", 1, "percentage_point", **L26, direction="increase", s=None, sp=None),
        G("85 procent", 85, "percent", **L26, s=RG, sp=None, note="present tense; a comparison at one time"),
        G("79 procent", 79, "percent", **L26, direction="decrease", s=AN, sp=None, note="'gick ... ned till 79 procent från 83 procent 2025'"),
        G("83 procent", 83, "percent", t=Y25, s=AN, sp=None, note="from-value"),
        G("81 procent", 81, "percent", **L26, s=None, sp=None, note="'under rikets': a place's level, no direction"),
        G("61 procent", 61, "percent", **L26, s=("de boende", "boende"), sp=None),
        G("68 procent", 68, "percent", **L26, s=None, sp=None, note="'i landet som helhet'"),
        G("74 dagar", 74, "day", **L26, direction="increase", s=VT, sp=None, note="'under januari–september'; ', att jämföra med': the new value"),
        G("52 dagar", 52, "day", t=Y25, s=VT, sp=None, note="'i fjol'"),
        G("63 dagar", 63, "day", **L26, s=RG, sp=None),
        G("22 dagar", 22, "day", **Y1, direction="increase", s=("Väntan", "Väntan"), sp=None, note="'blivit ... längre ... på ett år'"),
        G("drygt 40 procent", 40, "percent", bound="approx", **Y1, direction="increase", s=None, sp=None, note="'eller'"),
        G("36 platser", 36, "count", **L26, s=("platser", "platser"), sp=("förvaltningen", "enligt"), note="'Enligt förvaltningen beror det ... på att 36 platser ... stängdes under våren'"),
        G("tre månader", 3, "month", bound="at_most", optional=True, s=("Ett beslut om boende", "beslut"), sp=None, note="'ska enligt lag verkställas inom': the legal rule"),
        G("14 beslut", 14, "count", **L26, s=("beslut", "beslut"), sp=None, note="'Under perioden'"),
        *_row(G, "Centrum", ["89", "82", "61", "48"], ao, aos, sep=" | ", note="Markdown table, caption below 'januari–september 2026' (lenient); 'Väntetid 2025, dagar' explicit"),
        *_row(G, "Norra distriktet", ["86", "77", "88", "55"], ao, aos, sep=" | "),
        *_row(G, "Sjöstrand", ["84", "75", "79", "57"], ao, aos, sep=" | "),
        *_row(G, "Östbyn", ["90", "81", "70", "49"], ao, aos, sep=" | "),
        *_row(G, "Riket", ["85", "81", "63", "60"], ao, aos, sep=" | "),
        G("60 dagars", 60, "day", bound="less_than", t=Y27, direction="decrease", s=("väntetid", "väntetid"), sp=LB, note="target 'ner under ... senast vid utgången av 2027'"),
        G("48 platser", 48, "count", **L27, s=("platser", "platser"), sp=LB, note="'när Björkgården öppnar igen ... i mars': next March"),
        G("4,5 miljoner kronor", 4.5e6, "SEK", t=Y27, s=("att fler undersköterskor ska kunna vidareutbilda sig till specialister", "undersköterskor"), sp=None, note="'nästa år'; the goal of the money"),
        G("23 procent", 23, "percent", **L26, s=("undersköterskorna", "undersköterskorna"), sp=None, note="'I dag'"),
    ]
    NEG["r22_a_aldreomsorg_kvalitet"] = [
        N("2026", ctx="äldreomsorgen [2026]", note="title"), N("12 november 2026"),
        N("2025", ctx="83 procent [2025]", note="places the from-value"),
        N("2025", ctx="Väntetid [2025], dagar", note="column header"), N("januari–september 2026", note="caption"),
        N("2027", ctx="utgången av [2027]", note="places the target"), N("0250-38 10 00"),
    ]

    # ------------------------------------------------------------ 4. road-traffic deaths and injuries, first half 2026 (Publicerad 18 augusti 2026)
    SS = ("svårt skadade", "skadade")
    PS = ("Polisen och sjukvården", "credited")
    OM = ("Omkomna", "Omkomna")
    JA = ("Jonas Åhlén", "quote")
    tr = lambda per: [("count", 1, per, Y26, F, F), ("count", 1, per, Y25, F, F), ("count", 1, per, ("2021", "2025"), F, F)]
    GOLD["r22_a_trafikskador_halvar"] = [
        G("9 personer", 9, "count", t=Y26, direction="decrease", s=("personer", "personer"), sp=None, note="'Under januari–juni 2026'; next sentence 'Det är tre färre än': the new value"),
        G("tre", 3, "count", ctx="Det är [tre] färre", **L26, direction="decrease", s=None, sp=None, note="'Det är': change size"),
        G("10,4 omkomna", 10.4, "count", **FIVE, s=("genomsnittet för motsvarande halvår de fem senaste åren", "genomsnittet"), sp=None),
        G("118 svårt skadade", 118, "count", **L26, direction="increase", s=SS, sp=PS, note="', jämfört med 97 under motsvarande period i fjol': the new value"),
        G("97", 97, "count", ctx="med [97] under", t=Y25, s=SS, sp=PS, note="'i fjol'"),
        G("22 procent", 22, "percent", **L26, direction="increase", s=None, sp=None, note="', en ökning med'"),
        G("104", 104, "count", ctx="halvåret är [104].", **FIVE, s=("Femårsgenomsnittet för första halvåret", "Femårsgenomsnittet"), sp=None),
        G("2,1 personer", 2.1, "count", per="capita", **L26, direction="decrease", s=("personer", "personer"), sp=None, note="'per 100 000 invånare'; ', mot 2,8 ett år tidigare'"),
        G("2,8", 2.8, "count", ctx="mot [2,8] ett år", per="capita", **L25, s=None, sp=None, note="'ett år tidigare'; noun elided"),
        G("omkring 428 000 invånare", 428000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
        G("Fyra", 4, "count", ctx="[Fyra] av de omkomna", **L26, s=("de omkomna", "omkomna"), sp=None, note="'X av' takes the noun after 'av'"),
        G("två", 2, "count", ctx="och [två] var fotgängare", **L26, s=None, sp=None, note="elided 'av de omkomna'"),
        G("Hälften", 0.5, "ratio", **L26, s=("dödsolyckorna", "dödsolyckorna"), sp=None),
        G("fem", 5, "count", ctx="bakom [fem] av dödsfallen", **L26, s=("dödsfallen", "dödsfallen"), sp=None),
        G("41 cyklister", 41, "count", **L26, direction="increase", s=("cyklister", "cyklister"), sp=None, note="'nästan dubbelt så många som för fem år sedan': a comparison with an earlier point"),
        G("nästan dubbelt så många", 2, "number", bound="approx", **L26, direction="increase", optional=True, s=None, sp=None, note="multiplier"),
        G("22", 22, "count", ctx="antalet var [22].", **L21, s=("antalet", "antalet"), sp=None, note="'för fem år sedan' from 2026"),
        G("12", 12, "count", ctx="inblandade i [12] av", **L26, direction="increase", s=("fallen", "fallen"), sp=None, note="', mot 7 året innan': the new value"),
        G("7", 7, "count", ctx="mot [7] året", **L25, s=None, sp=None, note="'året innan'"),
        *_row(G, "Omkomna", ["9", "12", "10,4"], tr(None), OM, note="table: 'Jan–jun 2026' / 'Jan–jun 2025' / 'Snitt jan–jun 2021–2025' (explicit); rows are measures"),
        *_row(G, "Svårt skadade", ["118", "97", "104"], tr(None), ("Svårt skadade", "skadade")),
        *_row(G, "Omkomna per 100 000 inv.", ["2,1", "2,8", "2,5"], tr("capita"), OM),
        G("högst 11 omkomna", 11, "count", bound="at_most", t=Y30, direction="decrease", s=("omkomna", "omkomna"), sp=None, note="target for 'helåret 2030' ('ska halveras')"),
        G("21 personer", 21, "count", t=Y25, s=("personer", "personer"), sp=None, note="'Under hela 2025'"),
        G("14 sträckor", 14, "count", t=Y25, s=("sträckor", "sträckor"), sp=JA, note="'förra året'"),
    ]
    NEG["r22_a_trafikskador_halvar"] = [
        N("2026", ctx="halvåret [2026]", note="title"), N("18 augusti 2026"), N("januari–juni 2026", note="places the claim"),
        N("2025", ctx="halvåret [2025] och", note="places the comparison"),
        N("100 000", ctx="per [100 000] invånare", note="the denominator of 'per 100 000 invånare'"), N("75 år", note="age limit"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"), N("2021–2025", note="column header"),
        N("100 000", ctx="per [100 000] inv.", note="the denominator in a row label"),
        N("2020", note="places the target"), N("2030", ctx="och [2030].", note="places the target"), N("2030", ctx="helåret [2030]", note="places the target"),
        N("2025", ctx="hela [2025] omkom", note="places the claim"), N("0911-27 46 00"),
    ]

    # ------------------------------------------------------------ 5. pre-school fees op-ed (UNDATED: no period on any figure)
    FP = ("en förskoleplats", "förskoleplats")
    FA = ("Föräldraavgifterna", "Föräldraavgifterna")
    GOLD["r22_a_debatt_forskoleavgift"] = [
        G("3 procent", 3, "percent", optional=True, s=("Avgiften för det första barnet", "Avgiften"), sp=None, note="the maxtaxa rule"),
        G("2 procent", 2, "percent", optional=True, s=None, sp=None, note="rule; noun elided"),
        G("1 procent", 1, "percent", optional=True, s=None, sp=None, note="rule; noun elided"),
        G("40 000 kronor", 40000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example (the earner)"),
        G("1 200 kronor", 1200, "SEK", per="month", s=None, sp=None, note="'blir det': the fee, the payer is no subject"),
        G("800 kronor", 800, "SEK", per="month", s=None, sp=None),
        G("2 000 kronor", 2000, "SEK", per="month", s=None, sp=None, note="'sammanlagt ... i månaden'"),
        G("5 procent", 5, "percent", ctx="eller [5 procent] av bruttoinkomsten", s=("bruttoinkomsten", "bruttoinkomsten"), sp=None),
        G("dubbelt så mycket", 2, "number", ctx="tjänar [dubbelt så mycket]", optional=True, s=None, sp=None, note="multiplier"),
        G("80 000 kronor", 80000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example"),
        G("1 750 kronor", 1750, "SEK", per="month", s=None, sp=None),
        G("1 170", 1170, "SEK", per="month", s=None, sp=None),
        G("knappt 3,7 procent", 3.7, "percent", bound="approx", s=("Deras andel av inkomsten", "andel"), sp=None),
        G("två", 2, "count", ctx="med [två] barn", optional=True, s=("barn", "barn"), sp=None, note="defines the example"),
        G("26 000 kronor", 26000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example"),
        G("1 300 kronor", 1300, "SEK", per="month", s=("avgiften", "avgiften"), sp=None),
        G("5 procent", 5, "percent", ctx="motsvarar [5 procent] av inkomsten", s=("inkomsten", "inkomsten"), sp=None),
        G("nästan 7 procent", 7, "percent", bound="approx", s=None, sp=None, note="'av det som blir kvar efter skatt'"),
        G("50 kommuner", 50, "count", s=("kommuner", "kommuner"), sp=None),
        G("17", 17, "count", ctx="att [17] tar", s=None, sp=None, note="noun elided"),
        G("mellan 300 och 900 kronor", None, "SEK", low=300, high=900, per="month", s=("belopp", "belopp"), sp=None, note="range; 'per barn och månad'"),
        G("22 400 kronor", 22400, "SEK", per="year", s=FP, sp=None, note="'per barn och år'; Ekeby"),
        G("11 300 kronor", 11300, "SEK", per="year", s=("samma plats", "plats"), sp=None, note="Stenvik; per year carried"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("runt 178 000 kronor", 178000, "SEK", bound="approx", per="year", s=FP, sp=None, note="'per barn och år'; 'i genomsnitt' no bound"),
        G("omkring 6 procent", 6, "percent", bound="approx", direction="decrease", s=FA, sp=None, note="', en andel som har halverats sedan ...'"),
        G("nära 12 procent", 12, "percent", bound="approx", s=FA, sp=None, note="from-value ('då den låg')"),
        G("tre förändringar", 3, "count", optional=True, s=("förändringar", "förändringar"), sp=None, note="counts the list"),
        G("4 procent", 4, "percent", ctx="mer än [4 procent]", bound="at_most", s=("sin bruttoinkomst", "bruttoinkomst"), sp=None, note="demand: 'Ingen familj ska behöva betala mer än'"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", per="year", direction="increase", s=("ersättningen till kommunerna", "ersättningen"), sp=None, note="demand 'höjer ... med'"),
    ]
    NEG["r22_a_debatt_forskoleavgift"] = [
        N("1", ctx="[1]. Ingen", note="list numbering"), N("2", ctx="[2]. Avgifter", note="list numbering"), N("3", ctx="[3]. Staten", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. electricity consumption, October 2026 (sidecar 2026-11-16)
    EA = ("Elanvändningen i Sverige", "Elanvändningen")
    HA = ("Hushållens användning", "användning")
    EL = ("Elanvändning", "Elanvändning")
    ea = [("GWh", 1, None, Y26, F, F), ("GWh", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("GWh", 1, None, Y26, F, F), ("percent", 1, None, Y26, F, True)]
    GOLD["r22_a_elanvandning_oktober"] = [
        G("11 640 GWh", 11640, "GWh", **L26, direction="increase", s=EA, sp=None, note="'i oktober' (no year); ', vilket är 3,2 procent mer än samma månad förra året': the new value"),
        G("3,2 procent", 3.2, "percent", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("1,4 grader", 1.4, "degC", **L26, s=("medeltemperaturen", "medeltemperaturen"), sp=None, note="'under det normala': a comparison at one time"),
        G("0,8 procent", 0.8, "percent", **L26, direction="increase", s=EA, sp=None, note="'Temperaturkorrigerat blev ökningen ...': the thing that changes"),
        G("109,3 TWh", 109.3, "TWh", t=Y26, direction="increase", s=("användningen", "användningen"), sp=None, note="'Hittills i år' resolves; ', en uppgång med'"),
        G("1,6 procent", 1.6, "percent", t=Y26, direction="increase", s=None, sp=None),
        G("3 910 GWh", 3910, "GWh", **L26, direction="increase", s=("Den elintensiva industrin", "industrin"), sp=None, note="'under månaden'; ', 5,1 procent mer än i oktober i fjol'"),
        G("5,1 procent", 5.1, "percent", **L26, direction="increase", s=None, sp=None),
        G("två", 2, "count", ctx="sedan [två] nya", **L26, s=("nya anläggningar för vätgasproduktion", "anläggningar"), sp=None),
        G("0,7 procent", 0.7, "percent", **L26, direction="decrease", s=HA, sp=None, note="'krympte ... med'"),
        G("2 980 GWh", 2980, "GWh", **L26, direction="decrease", s=HA, sp=None, note="'till'"),
        G("14 220 GWh", 14220, "GWh", **L26, s=("Elproduktionen under oktober", "Elproduktionen"), sp=None),
        G("6 050 GWh", 6050, "GWh", **L26, s=("vattenkraft", "vattenkraft"), sp=None, note="'varav vattenkraft': the source is written"),
        G("4 110 GWh", 4110, "GWh", **L26, s=("kärnkraft", "kärnkraft"), sp=None),
        G("3 390 GWh", 3390, "GWh", **L26, s=("vindkraft", "vindkraft"), sp=None),
        G("2 580 GWh", 2580, "GWh", **L26, s=("Nettoexporten", "Nettoexporten"), sp=None),
        G("68 öre per kWh", 0.68, "SEK", per="kWh", **L26, direction="decrease", s=("Spotpriset i elområde SE3", "Spotpriset"), sp=None, note="'i genomsnitt' no bound; ', 21 procent lägre än i oktober förra året'"),
        G("21 procent", 21, "percent", **L26, direction="decrease", s=None, sp=None),
        *_row(G, "SE1", ["1 020", "910", "+12,1", "8 870", "+9,4"], ea, EL, note="table 'Elanvändning per elområde, oktober': 'GWh okt 2026' / 'GWh okt 2025' explicit, 'Förändring, %' to Oct 2026 (lenient), 'Hittills i år' columns resolve (2026)"),
        *_row(G, "SE2", ["1 480", "1 450", "+2,1", "13 620", "+1,8"], ea, EL),
        *_row(G, "SE3", ["7 330", "7 160", "+2,4", "69 880", "+0,7"], ea, EL),
        *_row(G, "SE4", ["1 810", "1 760", "+2,8", "16 930", "+0,9"], ea, EL),
        *_row(G, "Totalt", ["11 640", "11 280", "+3,2", "109 300", "+1,6"], ea, EL),
    ]
    NEG["r22_a_elanvandning_oktober"] = [
        N("januari–oktober 2025", note="places the comparison"), N("SE3", ctx="elområde [SE3]", note="price-area name"),
        N("Tabell 1", note="table number"), N("okt 2026", note="column header"), N("okt 2025", note="column header"),
        N("SE1", note="price-area name"), N("SE2", note="price-area name"), N("SE3", ctx="[SE3] 7 330", note="price-area name"),
        N("SE4", note="price-area name"), N("08-522 71 90"),
    ]

    # ------------------------------------------------------------ 7. dental-care fees from 1 January 2027 (HTML, Publicerad 20 november 2026)
    UT = ("En undersökning hos tandhygienist", "undersökning")
    PA = ("Patientavgifter", "Patientavgifter")
    FR = ("Priset i den lägsta riskgruppen", "Priset")
    ta = [("SEK", 1, "visit", Y26, F, F), ("SEK", 1, "visit", Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r22_a_tandvard_avgifter_2027"] = [
        G("3,8 procent", 3.8, "percent", ctx="genomsnitt [3,8 procent]", t=Y27, direction="increase", s=("avgifterna i Folktandvården Region Ålvik", "avgifterna"), sp=None, note="'Från den 1 januari 2027 höjs'; 'i genomsnitt' no bound"),
        G("745 kronor", 745, "SEK", per="visit", **L27, direction="increase", s=UT, sp=None, note="'kostar då ... per besök, jämfört med 715 kronor i dag': the new value"),
        G("715 kronor", 715, "SEK", per="visit", **L26, s=UT, sp=None, note="'i dag'"),
        *_row(G, "Basundersökning hos tandläkare", ["1 140", "1 185", "+3,9 %"], ta, PA, note="HTML table 'Patientavgifter för vanliga behandlingar, kronor per besök': '2026' / '2027' explicit, 'Förändring' to 2027 (lenient)"),
        *_row(G, "Undersökning hos tandhygienist", ["715", "745", "+4,2 %"], ta, PA),
        *_row(G, "Lagning av en yta", ["1 320", "1 370", "+3,8 %"], ta, PA),
        *_row(G, "Akutbesök", ["890", "920", "+3,4 %"], ta, PA),
        *_row(G, "Tandstensborttagning", ["660", "680", "+3,0 %"], ta, PA),
        G("tolv månader", 12, "month", optional=True, s=("en ersättningsperiod", "ersättningsperiod"), sp=None, note="defines the period of the rule"),
        G("3 000 kronor", 3000, "SEK", ctx="upp till [3 000 kronor]", bound="at_most", optional=True, s=None, sp=None, note="threshold of the rule"),
        G("mellan 3 000 och 15 000 kronor", None, "SEK", low=3000, high=15000, optional=True, s=None, sp=None, note="threshold range of the rule"),
        G("50 procent", 50, "percent", **L26, s=None, sp=None, note="'står staten för': the payer is no subject"),
        G("15 000 kronor", 15000, "SEK", ctx="överstiger [15 000 kronor]", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("85 procent", 85, "percent", **L26, s=None, sp=None),
        G("20 000 kronor", 20000, "SEK", optional=True, s=None, sp=None, note="defines the example"),
        G("9 750 kronor", 9750, "SEK", **L26, s=None, sp=None, note="the example's result; the payer"),
        G("300 kronor", 300, "SEK", per="year", **L26, s=("bidraget", "bidraget"), sp=None),
        G("110", 110, "SEK", ctx="från [110] till", per="month", **L26, s=FR, sp=None, note="from-value"),
        G("115 kronor", 115, "SEK", per="month", **L27, direction="increase", s=FR, sp=None, note="'höjs från ... till'"),
        G("Drygt 64 000 patienter", 64000, "count", bound="approx", **L26, direction="increase", s=("patienter", "patienter"), sp=None, note="'i dag'; ', 8 procent fler än för ett år sedan'"),
        G("8 procent", 8, "percent", ctx="[8 procent] fler", **L26, direction="increase", s=None, sp=None),
        G("24 timmar", 24, "hour", bound="at_least", optional=True, s=None, sp=None, note="'senast ... innan': the rule"),
        G("600 kronor", 600, "SEK", **L26, s=("en avgift", "avgift"), sp=None),
    ]
    NEG["r22_a_tandvard_avgifter_2027"] = [
        N("2027", ctx="Priser / Avgifter [2027]", note="breadcrumb"), N("1 januari 2027", ctx="från [1 januari 2027]", note="heading"),
        N("20 november 2026"), N("1 januari 2027", ctx="den [1 januari 2027] höjs", note="places the change"),
        N("2026", ctx="Behandling [2026] 2027", note="column header"), N("2027", ctx="Behandling 2026 [2027] Förändring", note="column header"),
        N("30", ctx="mellan [30] och 66", note="age band"), N("66 år", note="age band"),
        N("418", note="Box number"), N("871 24", note="postal code"), N("0613-19 50 00"), N("232100-0417", note="org number"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. music festival summary 2026 (Publicerad 25 augusti 2026)
    BE = ("besökare", "besökare")
    OMS = ("Festivalens omsättning", "omsättning")
    AK = ("akterna", "akterna")
    ES = ("Emma Sandvik", "quote")
    fe = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y19, F, F)]
    GOLD["r22_a_festival_sammanfattning"] = [
        G("Fyra dagar", 4, "day", **L26, s=None, sp=None, note="the lead's elliptic list"),
        G("86 artister", 86, "count", **L26, s=("artister", "artister"), sp=None),
        G("61 500 besökare", 61500, "count", **L26, s=BE, sp=None, note="the comparison comes later with its own figure: no direction"),
        G("54 200 besökare", 54200, "count", t=Y25, s=BE, sp=None, note="'förra sommarens'"),
        G("13 procent", 13, "percent", **L26, direction="increase", s=("publiken", "publiken"), sp=None),
        G("58 900 personer", 58900, "count", t=Y19, s=("personer", "personer"), sp=None, note="'från 2019, då'"),
        G("2 600", 2600, "count", ctx="slogs med [2 600]", **L26, direction="increase", s=None, sp=None, note="the margin over the 2019 record: a comparison with an earlier point"),
        G("38 400", 38400, "count", **L26, s=None, sp=None, note="'Av besökarna hade': figure as grammatical subject"),
        G("23 100 personer", 23100, "count", **L26, s=("personer", "personer"), sp=None),
        G("42 länder", 42, "count", **L26, s=("länder", "länder"), sp=None),
        G("17 procent", 17, "percent", **L26, s=None, sp=None, note="figure as grammatical subject"),
        G("97 miljoner kronor", 97e6, "SEK", **L26, direction="increase", s=OMS, sp=None, note="'upp från'"),
        G("81 miljoner", 81e6, "SEK", **L25, s=OMS, sp=None, note="'året innan'; from-value"),
        G("72 miljoner", 72e6, "SEK", t=Y19, s=None, sp=None, note="'Under rekordåret 2019 omsatte festivalen': the measure is a verb"),
        G("omkring 4,5 miljoner kronor", 4.5e6, "SEK", bound="approx", **L26, s=("ett överskott", "överskott"), sp=None),
        G("7 miljoner", 7e6, "SEK", ctx="sammanlagt [7 miljoner]", t=("2024", "2025"), lenient=True, s=("förluster", "förluster"), sp=None, note="'efter två år med förluster på sammanlagt'"),
        G("31 miljoner kronor", 31e6, "SEK", **L26, s=("Mat- och dryckesförsäljningen", "dryckesförsäljningen"), sp=None),
        G("505 kronor", 505, "SEK", per="day", **L26, direction="increase", s=None, sp=None, note="'handlade varje besökare för': the payer is no subject; ', 40 kronor mer än 2025'"),
        G("40 kronor", 40, "SEK", per="day", **L26, direction="increase", s=None, sp=None),
        G("86 akterna", 86, "count", **L26, s=AK, sp=None),
        G("fem scener", 5, "count", **L26, s=("scener", "scener"), sp=None),
        G("41 procent", 41, "percent", **L26, direction="increase", s=AK, sp=None, note="', mot 33 procent förra året'"),
        G("33 procent", 33, "percent", t=Y25, s=AK, sp=None, note="'förra året'"),
        G("Hälften", 0.5, "ratio", **L26, s=("artisterna", "artisterna"), sp=None),
        G("närmare 140 timmar", 140, "hour", bound="approx", **L26, s=("musik", "musik"), sp=None),
        G("18 procent", 18, "percent", per="capita", **L26, direction="decrease", s=("Mängden restavfall", "Mängden"), sp=None, note="'per besökare'"),
        G("0,9 kilo", 0.9, "kg", per="capita", **L26, direction="decrease", s=("Mängden restavfall", "Mängden"), sp=None, note="'till'"),
        G("Omkring 1 350 volontärer", 1350, "count", bound="approx", **L26, s=("volontärer", "volontärer"), sp=None),
        G("27 000 timmar", 27000, "hour", **L26, direction="increase", s=None, sp=None, note="', en tredjedel fler timmar än i fjol': the new value"),
        G("en tredjedel", 1 / 3, "ratio", **L26, direction="increase", s=("timmar", "timmar"), sp=None, note="change size written as a fraction"),
        G("62 000 besökare", 62000, "count", **L26, s=("Taket", "Taket"), sp=ES),
        G("2 695 kronor", 2695, "SEK", **L27, direction="increase", s=("Ett fyradagarspass", "fyradagarspass"), sp=None, note="'Biljetterna till 2027' in the previous sentence; ', 200 kronor mer än i år'"),
        G("200 kronor", 200, "SEK", **L27, direction="increase", s=None, sp=None),
        *_row(G, "Besökare", ["61 500", "54 200", "58 900"], fe("count", 1), ("Besökare", "Besökare"), note="table '2026' / '2025' / '2019' (explicit); rows are measures"),
        *_row(G, "Artister", ["86", "79", "72"], fe("count", 1), ("Artister", "Artister")),
        *_row(G, "Omsättning, mkr", ["97", "81", "72"], fe("SEK", 1e6), ("Omsättning", "Omsättning")),
    ]
    NEG["r22_a_festival_sammanfattning"] = [
        N("2026", ctx="Strandljud [2026]:", note="title"), N("25 augusti 2026"), N("2019", ctx="rekordet från [2019]", note="places the claim"),
        N("2019", ctx="rekordåret [2019]", note="places the claim"), N("2025", ctx="mer än [2025]", note="places the comparison"),
        N("2027", ctx="till [2027] släpps", note="places the sale"), N("1 oktober", note="release date"),
        N("2026", ctx="[2026] 2025 2019", note="column header"), N("2025", ctx="2026 [2025] 2019", note="column header"), N("2019", ctx="2026 2025 [2019]", note="column header"),
        N("Hamngatan 12", note="street address"), N("452 31", note="postal code"), N("0526-160 20"),
    ]

    return GOLD, NEG
