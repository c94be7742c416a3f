"""Round 30, part A (r30_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 30, part A (r30_a_*): eight kinds, written from scratch (r30_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed construction
# company's interim report January-September 2026 (dateline 'Västerås den 28 oktober 2026'; 'Siffror inom parentes
# avser motsvarande period föregående år'; bullets under 'JULI–SEPTEMBER' / 'JANUARI–SEPTEMBER' with brackets in Mkr,
# kronor and procent, order intake 'steg till', the order backlog 'var ..., jämfört med ... vid årsskiftet'; a 'VD HAR
# ORDET' quote with 'drygt 1 100 lägenheter', 'ungefär hälften av dem', 'står nu för nära 40 procent av orderstocken',
# a range '1–2 procent över nivån för ett år sedan' and a forecast 'når minst 4 procent under 2027'; business areas
# 'ökade ... med ... till', ', en minskning med', 'växte till ... från'; soliditet ', mot ... ett år tidigare'; plain-text
# table 'KONCERNEN I SAMMANDRAG' 'Mkr' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025'), a county's
# unemployment statistics for October 2026 ('Publicerad 11 november 2026'; '7,9 procent av den registerbaserade
# arbetskraften', 'I oktober i fjol var andelen', 'minskat med 0,5 procentenheter på ett år', the country 'ligger kvar
# på'; an analyst's quote 'drygt en procentenhet högre ... än landet'; young people ', eller 10,6 procent. Det är 1,2
# procentenheter lägre', foreign-born against native-born, 'drygt hälften', 'mer än tolv månader', 'mellan 40 och 45
# procent de senaste tre åren', women and men, a gap 'har krympt från 1,4 procentenheter i oktober 2024'; plain-text
# table 'Arbetslösa i procent av den registerbaserade arbetskraften, 16–64 år' 'Okt 2026' / 'Okt 2025' / 'Förändring,
# procentenheter' by municipality with 'Länet' and 'Riket'; notices of redundancy 'jämfört med 389 i oktober i fjol',
# vacancies 'drygt 12 procent fler än samma månad förra året'), a region's budget 2027 and plan 2028-2029 as adopted
# (HTML with menu, breadcrumb and footer; 'Publicerad 25 november 2026'; the vote '46 röster mot 35', 'Skatten höjs med
# 35 öre till 12,18 kronor per hundralapp', 'knappt 21,6 miljarder kronor, 822 miljoner mer än i år'; HTML table
# 'Nettokostnad per nämnd, miljoner kronor' 'Budget 2026' / 'Budget 2027' / 'Förändring'; 'omkring 430 miljoner kronor i
# extra intäkter per år', a worked example '30 000 kronor i månaden ... ungefär 105 kronor mer i skatt per månad', the
# regions' average '12,40 kronor', a surplus '215 miljoner kronor 2027, motsvarande knappt 1 procent', a standing target
# 'minst 2 procent', the plan years '380 miljoner kronor 2028 och 450 miljoner kronor 2029'; investments 'nästa år',
# 'varav', 'Under hela planperioden 2027–2029', 'mellan 3,4 och 3,9 miljarder kronor totalt'; quotes from the governing
# chair (a counterfactual 'hade vi behövt spara ungefär 190 miljoner kronor redan nästa år') and the opposition chair
# ('spara 120 miljoner kronor på administration och konsulter')), an UNDATED op-ed on rail versus road investments in
# Sweden, Germany and Finland (no date, no sidecar; 'ungefär 29 miljarder' against 'drygt 22 miljarder', 'nästan tre
# gånger så mycket', 'hälften så många invånare', 'fram till 2030 ... mer än 80 miljarder euro ..., omkring 1 000 euro per
# invånare', 'sedan 2010 vuxit med närmare 70 procent och beräknas nu till', '88 procent ... högst fem minuters
# försening', 'I Finland var andelen 95 procent', 'Var fjärde', 'ungefär en tredjedel', 'mindre än en procent', 'mellan
# 40 och 50 lastbilar', 'sjunkit från 24 procent 2010 till 21 procent i dag', Germany 'knappt 19 procent', three numbered
# demands, a worked example 'enligt de kalkylvärden ...', 'över 300 tåg'), a weekly fuel-price letter for week 47
# dated only by its sidecar (2026-11-20; kronor per liter for bensin 95, diesel, E85 and HVO100, 'sänktes ... med 15
# öre till', '1,12 kronor lägre än samma vecka i fjol', 'Sedan slutet av oktober', diesel against petrol, a rule of
# thumb '25–30 procent mer bränsle ... minst 20 procent lägre'; a station sample; plain-text table 'Riktpris, kronor per
# liter inkl. moms' 'Vecka 47' / 'Vecka 46' / 'Förändring, öre' / 'Vecka 47 i fjol'; Brent 'dollar per fat, ned från',
# the dollar rate; worked examples in mil and liter per mil; an analyst's '10–20 öre'), a port's freight statistics for
# September 2026 (Markdown, 'Publicerad 8 oktober 2026'; ton, 'Hittills i år', TEU, 'tredje största', trailers ', en
# minskning med'; the harbour master's 'minst 300 000 TEU per år'; Markdown table 'Godsslag, tusen ton' 'Sep 2026' /
# 'Sep 2025' / 'Förändring, %' with a bold total row; 'för femte månaden i rad', 'ungefär en tredjedel', ship calls
# ', 6 fler än ett år tidigare', shore power 'minskade ... med uppskattningsvis 380 ton'; cruise passengers 'mot 81 000
# säsongen 2025', spending per guest, 'var tredje fartyg', 'Inför 2027 ... 64 anlöp'), a tenants' and housing companies'
# rent agreement for 2027 ('PRESSMEDDELANDE', 'Karlsborg den 19 november 2026'; 'höjs med i genomsnitt 3,4 procent',
# 'begärde ... mellan 5,5 och 7 procent', a worked example for a 74 m2 flat, 'kronor per kvadratmeter och år', the
# private stock, KPIF 'steg med 3,9 procent i oktober jämfört med samma månad i fjol', 'För 2026 blev hyreshöjningen';
# quotes from both sides ('var femte hushåll ... mer än 35 procent av inkomsten', 'drygt 5 procent dyrare på ett år');
# plain-text table 'Hyreshöjning 2027 per bostadsbolag' 'Lägenheter' / 'Höjning, %' / 'Hyra, kr per kvm och år' / 'Hyra
# typtrea, kr per månad'; 'högst 2 procent', '25 kronor per månad'), and a municipal rescue service's annual report 2025
# (Markdown, 'Publicerad 12 mars 2026'; '2 418 insatser under 2025, 3,1 procent färre än året innan', 'drygt 6,6 larm
# per dygn'; Markdown table 'Insatser per typ' '2025' / '2024' / 'Snitt 2021–2025' with a bold sum row; 'nära en
# tredjedel', home fires 'per 100 000 invånare' against 'Riksgenomsnittet', 'mot fyra 2024', 'I hälften av'; response
# times in minuter 'jämfört med ... året innan', 'inom 10 minuter i 83 procent av fallen', 'över 35 minuter'; the
# chief's quote 'mer än en halv minut', 'Mellan 15 och 20 procent'; staff, net cost 'eller ... per invånare'; targets
# for 2026 'högst 55 per 100 000 invånare', 'minst 90 procent', 'Minst 4 000 hushåll', 'minst fem brandmän').
# The r8-r29 decisions are followed (see the headers of gold_r28_a.py, gold_r28_b.py and gold_r29_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'nästa år', 'i år', 'samma vecka i fjol',
# 'Hittills i år') resolves against the publication date and is not lenient, while 'ett år tidigare', 'vid
# årsskiftet', 'året innan', 'en vecka tidigare', 'förra veckan', 'för ett år sedan', a month, quarter or week
# without a year, a heading's, a caption's or the document's period and present tense are lenient; brackets whose
# note names the period relatively ('motsvarande period föregående år') are lenient; a level followed by ', mot',
# ', jämfört med', ', en ökning/minskning med', 'Det är X fler/färre/lägre' is the new value after a change; from-values
# have no direction; comparisons at one time (another country, the national average, another fuel, men against women,
# native- against foreign-born, the private rent stock, a counterfactual) have no direction; a comparison with an
# earlier point takes the current period with a direction; multipliers ('nästan tre gånger så mycket', 'hälften så
# många invånare') optional; definitions of an example ('30 000 kronor i månaden', '74 kvadratmeter', '1 500 mil',
# '0,6 liter per mil', '30 vagnar', '800 resenärer', 'En timmes'), thresholds ('mer än tolv månader', 'högst fem
# minuters försening', 'minst 20 procent lägre', 'under 75 dollar', 'inom 10 minuter') optional; results of worked
# examples, forecasts, targets and demands required; standing targets with no year ('minst 2 procent') have no period;
# table cells take their column headers' periods (a caption's period lenient), change columns take their direction from
# the sign ('0', '0,0' none); rows that are categories take the caption's or heading's measure as subject; öre are
# SEK/100; 'per liter' per="l", 'per fat' per="barrel", 'per 100 000 invånare' per="capita" with the value as written
# (the '100 000' N), 'per kvadratmeter och år' per="m2", 'per dygn' per="day", 'per hundralapp' per None; mil are 10 km
# (r26_a); TEU unit "TEU" (r25_a); 'vilket' / 'Det' / 'varav' / elided nouns / pronouns have s None; a port, a country
# or a municipality as grammatical subject is a place (s None, r21); 'X står för Y' (and 'X utgör Y av Z') takes X;
# 'X procent av Y' takes Y; the payer, the spender, the saver, the requester and the recipient are no subject; an
# apposition (', 8 öre mindre', ', 6 fler', ', 3,1 procent färre') keeps the subject of its figure; a paragraph ending in
# 'säger' credits every figure in it to the speaker (quote); the UNDATED text has no period on any figure except a
# written year ('fram till 2030' the target year, as r26_b / r27_b; '24 procent 2010') and its signatories are no
# speaker.
# Where those were silent, decided here:
# - Construction (dateline 2026-10-28): brackets 2025 lenient; bullets 2026 lenient; 'ökade med ... till', 'steg till',
#   'sjönk till' set a direction, 'uppgick till', 'blev', 'var', 'vilket motsvarar' none. 'Orderstocken vid periodens
#   slut var 9 840 Mkr, jämfört med 8 115 Mkr vid årsskiftet' 9 840 increase, 8 115 2025 lenient. The quote (in
#   quotation marks, then 'säger vd Henrik Alm'): 'ungefär hälften av dem' ratio s None (pronoun); 'Offentliga beställare
#   står nu för nära 40 procent av orderstocken' takes X; 'ligger bara 1–2 procent över nivån för ett år sedan' a range,
#   increase (an earlier point); 'når minst 4 procent under 2027' 2027 explicit, at_least, increase (a rise to a level,
#   as r28/r29's 'passera'). 'Anläggning växte till 296 Mkr från 247 Mkr': 247 a from-value 2025 lenient. Table: 'Mkr'
#   scales the unit-less rows; '%' and 'kr' rows take those; columns explicit; rows are measures.
# - Unemployment (published 2026-11-11): 'I slutet av oktober' and the month's figures 2026 lenient; 'I oktober i fjol'
#   2025 explicit. '11 482 personer' and '7,9 procent' decrease: the paragraph states the fall ('har därmed minskat',
#   'drygt 700 färre än för ett år sedan'). '0,5 procentenheter' 2026 lenient decrease. 'I riket ligger arbetslösheten
#   kvar på 6,8 procent' no change. '2 036 personer' no direction ('Det' in the next sentence is the rate's change);
#   ', eller 10,6 procent' restates (s 'personer') and takes the decrease of the next sentence. 'mellan 40 och 45 procent
#   de senaste tre åren' ('2023', '2026') lenient. 'har krympt från 1,4 procentenheter i oktober 2024' a from-value 2024
#   explicit (the new gap is not written). 'varierar från 5,1 procent i Hedemo till 9,4 procent i Tallmo' two levels
#   across places (no range, no direction). Table: 'Okt 2026' / 'Okt 2025' explicit, the change column unit
#   percentage_point 2026 lenient signed; rows are municipalities (and the county and the country): s the caption's
#   'Arbetslösa'. Age bands '16–64 år', '18–24 år' are N.
# - Region budget (HTML, published 2026-11-25): the budget's figures 2027 lenient; 'i år' 2026 explicit, 'nästa år'
#   2027 explicit, '2027' / '2028' / '2029' / 'Under hela planperioden 2027–2029' in the sentence explicit. The vote
#   2026 lenient ('på tisdagen'). 'nämnderna får ... knappt 21,6 miljarder kronor' s None (the recipient, r29); 'en ram
#   på 17 520 miljoner kronor, en ökning med 4,0 procent' both increase s 'en ram'. 'så att antalet vårdplatser ... blir
#   1 012' the new value (increase). 'omkring 430 miljoner kronor i extra intäkter per år' no direction ('extra' is no
#   change word). The regions' average '12,40 kronor' one time, 2027 lenient (present tense beside the new rate). The
#   heading 'Investeringar för 1,8 miljarder' annotated (2027 lenient). The opposition chair's '120 miljoner kronor'
#   2027 lenient (their budget year), s 'administration och konsulter' (the goal). '96 sidor' optional.
# - Rail op-ed (UNDATED): 'Förra året', 'i dag', 'nu', 'Under samma tid' give no period; 'sedan 2010' has no end in an
#   undated text, so the changes since then have no period (the year is N). 'omkring 85 miljarder kronor' increase (the
#   new value of the debt that 'har vuxit'). 'I Tyskland är andelen knappt 19 procent, men där växer den' no direction
#   (a level against Sweden's; the growth has no figure). The demands: 'höjs med minst 4 miljarder kronor per år'
#   at_least increase, 'minst hälften' ratio at_least, 'sänks med 20 procent' decrease. 'En vanlig vardag drabbas över
#   300 tåg' per="day". 'enligt de kalkylvärden som används ...' is an 'enligt' speaker. 'tre saker' and 'de kommande
#   tio åren' are left out; list numbering N.
# - Fuel letter (sidecar 2026-11-20, week 47): 'den här veckan', 'på tisdagen', 'förra veckan', 'Vecka 47', 'Vecka 46',
#   'I somras', 'Sedan slutet av oktober', 'Under oktober', 'på torsdagen', 'I dag' 2026 lenient; 'samma vecka i fjol'
#   and the column 'Vecka 47 i fjol' 2025 explicit. Prices and öre differences take per="l" where the sentence or the
#   sentence before in the paragraph writes 'per liter' (per carried); the yearly example results per="year". Diesel
#   against petrol, HVO against fossil diesel, unmanned against manned stations: one time. 'en dollar kostar nu 9,62
#   kronor' after 'kronan stärkts' decrease. 'En bensinbil ... kostar omkring 19 100 kronor för samma sträcka' no per
#   written, no direction. The analyst's 'under 75 dollar' a threshold (optional, per barrel carried) and '10–20 öre' a
#   range, decrease ('sjunka ytterligare'). Table: caption 'kronor per liter' gives SEK per l to every cell, the
#   'Förändring, öre' column SEK/100; rows are fuels: s the caption's 'Riktpris'. The '95' of 'Bensin 95' is N.
# - Port (published 2026-10-08): 'i september' / 'I september' (no year) 2026 lenient; 'Hittills i år' explicit;
#   'säsongen 2025' explicit; 'Inför 2027' explicit; the crane 'i mars' is next year's (2027 lenient). TEU figures s None
#   unless a noun is written ('volymen'). 'ökade för femte månaden i rad' an ordinal 5, increase, s 'Skogsprodukterna'.
#   'En kryssningsgäst spenderar i genomsnitt 850 kronor' s None, per None (the spender; no 'per' written); 'gav
#   handeln och besöksnäringen drygt 80 miljoner kronor' s None (recipients). Table: 'Godsslag, tusen ton' scales by
#   1 000 tonne; 'Sep 2026' / 'Sep 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are cargo types: s 'Gods'
#   (the section heading 'Gods per godsslag'); the bold total row is annotated cell by cell.
# - Rents (dateline 2026-11-19): the new rents 2027 ('från den 1 januari 2027' and the headline's '2027' explicit, else
#   lenient). 'Bolagen begärde från början mellan 5,5 och 7 procent' a range, no direction (no change word), s None.
#   'hyran blir då ... 8 210 kronor per månad' and 'blir den genomsnittliga hyran 1 331 kronor' the new values
#   (increase). 'I länets privata hyresbestånd är motsvarande nivå 1 415 kronor' 2026 lenient (present tense), one
#   time, per m2 carried. 'KPIF, steg med 3,9 procent i oktober' 2026 lenient increase. Johan Berg's 'räcker 3,4 procent
#   inte till' restates the rise (increase, s None). Table: every column 2027 lenient (the caption); 'Höjning, %' a
#   change column (increase); rows are companies; each column its own subject ('Lägenheter', 'Höjning', 'Hyra').
# - Rescue service (published 2026-03-12): 'under 2025' / 'Under 2025' explicit; 'under året', the headings' figures
#   and present tense ('har 96 heltidsanställda brandmän') 2025 lenient (the report's year); 'året innan' 2024 lenient;
#   'mot fyra 2024' explicit. The chief's present-tense 'Mellan 15 och 20 procent av deltidstjänsterna är vakanta' 2026
#   lenient (said at publication). Targets under 'Mål för 2026' 2026 lenient; 'ska minska till högst 55' decrease. Table:
#   '2025' / '2024' explicit, 'Snitt 2021–2025' the span ('2021', '2025') explicit (r28_a), per None; rows are types: s
#   'Insatser'; the bold sum row annotated cell by cell.
# - Negatives: datelines and Publicerad lines, titles', headings', breadcrumbs', captions' and column headers' periods,
#   years and dates that only place a claim or a comparison, week numbers, next-report dates, the time of day
#   '08.00', age bands, the '100 000' of rate denominators, the '95' of 'Bensin 95', list numbering, phone numbers,
#   street numbers, postal codes, the org number and the copyright year.
# - Left out on purpose (no figure of their own, neither G nor N): 'JULI–SEPTEMBER', 'JANUARI–SEPTEMBER', 'på ett år',
#   'de senaste tre åren', 'tre saker', 'de kommande tio åren', 'första gången sedan 2019' (the '2019' is N), 'de senaste
#   tre åren' (rents), 'de två följande åren', 'tredje kvartalet', 'dygnet runt', 'E85' / 'HVO100' (product names with
#   no separate digits).
# - Number words that count or rank are annotated: 'två skolprojekt', 'fyra allmännyttiga bostadsbolagen', 'nästan två
#   månaders förhandlingar' (month, approx), 'för tredje veckan i rad' / 'för femte månaden i rad' (ordinals, with the
#   direction of the run they count), 'tre kajplatser', 'sju stationer', 'Två personer ..., mot fyra'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2010", "2024", "2025", "2026", "2027", "2028", "2029", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. construction company, interim report Jan-Sep 2026 (dateline 28 oktober 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("rörelsemarginalen", "rörelsemarginalen")
    ERM = ("en rörelsemarginal", "rörelsemarginal")
    OI = ("Orderingången", "Orderingången")
    RA = ("Resultat per aktie", "Resultat")
    OS = ("Orderstocken", "Orderstocken")
    HA = ("Henrik Alm", "quote")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r30_a_bygg_q3"] = [
        G("6,2 procent", 6.2, "percent", **L26, direction=INC, s=NO, sp=None, note="bullets under 'JULI–SEPTEMBER' (no year: lenient)"),
        G("2 184", 2184e6, "SEK", ctx="till [2 184] (2 057)", **L26, direction=INC, s=NO, sp=None),
        G("2 057", 2057e6, "SEK", ctx="2 184 ([2 057]) Mkr", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("71", 71e6, "SEK", ctx="till [71] (64)", **L26, s=RR, sp=None, note="'uppgick till': no change"),
        G("64", 64e6, "SEK", ctx="71 ([64]) Mkr", **L25, s=RR, sp=None),
        G("3,3", 3.3, "percent", ctx="till [3,3] (3,1)", **L26, s=RM, sp=None),
        G("3,1", 3.1, "percent", ctx="3,3 ([3,1]) procent", **L25, s=RM, sp=None),
        G("2 610", 2610e6, "SEK", ctx="till [2 610] (1 942)", **L26, direction=INC, s=OI, sp=None, note="'steg till'"),
        G("1 942", 1942e6, "SEK", ctx="2 610 ([1 942]) Mkr", **L25, s=OI, sp=None),
        G("1,48", 1.48, "SEK", per="share", ctx="blev [1,48] (1,29)", **L26, s=RA, sp=None),
        G("1,29", 1.29, "SEK", per="share", ctx="1,48 ([1,29]) kronor", **L25, s=RA, sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction=INC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("6 391", 6391e6, "SEK", ctx="till [6 391] (6 098)", **L26, direction=INC, s=NO, sp=None),
        G("6 098", 6098e6, "SEK", ctx="6 391 ([6 098]) Mkr", **L25, s=NO, sp=None),
        G("196", 196e6, "SEK", ctx="till [196] (188)", **L26, s=RR, sp=None),
        G("188", 188e6, "SEK", ctx="196 ([188]) Mkr", **L25, s=RR, sp=None),
        G("3,1", 3.1, "percent", ctx="på [3,1] (3,0)", **L26, s=ERM, sp=None, note="'vilket motsvarar': no change"),
        G("3,0", 3.0, "percent", ctx="3,1 ([3,0]) procent", **L25, s=ERM, sp=None),
        G("7 025", 7025e6, "SEK", ctx="till [7 025] (5 870)", **L26, s=OI, sp=None, note="'uppgick till': no change"),
        G("5 870", 5870e6, "SEK", ctx="7 025 ([5 870]) Mkr", **L25, s=OI, sp=None),
        G("9 840 Mkr", 9840e6, "SEK", **L26, direction=INC, s=OS, sp=None, note="'var ... vid periodens slut, jämfört med ... vid årsskiftet': the new value"),
        G("8 115 Mkr", 8115e6, "SEK", **L25, s=OS, sp=None, note="'vid årsskiftet'"),
        G("drygt 1 100 lägenheter", 1100, "count", bound="approx", **L26, s=("lägenheter", "lägenheter"), sp=HA, note="quote; 'Vi har tecknat' in a paragraph ending 'säger vd'"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=None, sp=HA, note="'av dem' (pronoun)"),
        G("nära 40 procent", 40, "percent", bound="approx", **L26, s=("Offentliga beställare", "beställare"), sp=HA, note="'X står för Y' takes X"),
        G("1–2 procent", None, "percent", low=1, high=2, **L26, direction=INC, s=("Materialpriserna", "Materialpriserna"), sp=HA, note="'över nivån för ett år sedan': an earlier point"),
        G("minst 4 procent", 4, "percent", bound="at_least", t=Y27, direction=INC, s=RM, sp=HA, note="forecast 'når ... under 2027' (as r28/r29's 'passera': a rise to a level)"),
        G("9,4 procent", 9.4, "percent", **L26, direction=INC, s=("sin omsättning", "omsättning"), sp=None, note="'under kvartalet'"),
        G("1 106 Mkr", 1106e6, "SEK", **L26, direction=INC, s=("sin omsättning", "omsättning"), sp=None),
        G("två skolprojekt", 2, "count", **L26, s=("skolprojekt", "skolprojekt"), sp=None, note="number word 'slutfördes under våren'"),
        G("782 Mkr", 782e6, "SEK", **L26, direction=DEC, s=("Samhällsbyggnad", "Samhällsbyggnad"), sp=None, note="', en minskning med'"),
        G("2,1 procent", 2.1, "percent", **L26, direction=DEC, s=("Samhällsbyggnad", "Samhällsbyggnad"), sp=None),
        G("296 Mkr", 296e6, "SEK", **L26, direction=INC, s=("Anläggning", "Anläggning"), sp=None, note="'växte till ... från'"),
        G("247 Mkr", 247e6, "SEK", **L25, s=("Anläggning", "Anläggning"), sp=None, note="from-value (the same quarter a year before)"),
        G("31,4 procent", 31.4, "percent", **L26, direction=INC, s=("Soliditeten", "Soliditeten"), sp=None, note="', mot ... ett år tidigare'"),
        G("29,8 procent", 29.8, "percent", **L25, s=("Soliditeten", "Soliditeten"), sp=None, note="'ett år tidigare'"),
        G("412 Mkr", 412e6, "SEK", **L26, s=("Nettokassan", "Nettokassan"), sp=None),
        G("1 274", 1274, "count", ctx="var [1 274] (1 231)", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("1 231", 1231, "count", ctx="1 274 ([1 231])", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        G("4,6 procent", 4.6, "percent", **L26, direction=DEC, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None, note="'sjönk till'"),
        *_row(G, "Nettoomsättning", ["2 184", "2 057", "6 391", "6 098"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'Mkr': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Rörelseresultat", ["71", "64", "196", "188"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["3,3", "3,1", "3,1", "3,0"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Orderingång", ["2 610", "1 942", "7 025", "5 870"], sq("SEK", 1e6), ("Orderingång", "Orderingång")),
        *_row(G, "Resultat per aktie, kr", ["1,48", "1,29", "4,02", "3,84"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r30_a_bygg_q3"] = [
        N("januari–september 2026", note="title"), N("28 oktober 2026", note="dateline"),
        N("2027", ctx="orderstock inför [2027]", note="headline: places the claim"),
        N("2027", ctx="procent under [2027]", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("10 februari 2027", note="next report"),
        N("021-48 30 10"), N("021-48 30 22"), N("556731-4492", note="org number"),
        N("28 oktober 2026", occ=2, note="release date"), N("08.00", note="time of day"),
    ]

    # ------------------------------------------------------------ 2. county unemployment, October 2026 (Publicerad 11 november 2026)
    SN = ("Sara Nyquist", "quote")
    PE = ("personer", "personer")
    AL = ("Arbetslösa", "Arbetslösa")
    uc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r30_a_arbetsloshet_okt"] = [
        G("11 482 personer", 11482, "count", **L26, direction=DEC, s=PE, sp=None, note="'I slutet av oktober' (no year); 'Antalet arbetslösa är drygt 700 färre än för ett år sedan' follows in the paragraph"),
        G("7,9 procent", 7.9, "percent", **L26, direction=DEC, s=("den registerbaserade arbetskraften", "arbetskraften"), sp=None, note="'X procent av Y'; the next sentences state the fall from 8,4"),
        G("8,4 procent", 8.4, "percent", t=Y25, s=("andelen", "andelen"), sp=None, note="'I oktober i fjol' resolves"),
        G("0,5 procentenheter", 0.5, "percentage_point", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None, note="'minskat med ... på ett år'"),
        G("drygt 700", 700, "count", bound="approx", **L26, direction=DEC, s=("Antalet arbetslösa", "Antalet"), sp=None, note="'färre än för ett år sedan': an earlier point"),
        G("6,8 procent", 6.8, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None, note="'I riket ligger ... kvar på': no change; the country is a place"),
        G("drygt en procentenhet", 1, "percentage_point", bound="approx", **L26, s=("arbetslöshet", "arbetslöshet"), sp=SN, note="quote; 'högre ... än landet som helhet': one time, no direction"),
        G("2 036 personer", 2036, "count", **L26, s=PE, sp=None, note="the next sentence's 'Det' is the rate's change"),
        G("10,6 procent", 10.6, "percent", **L26, direction=DEC, s=PE, sp=None, note="', eller' restates; next sentence 'Det är 1,2 procentenheter lägre än i oktober i fjol'"),
        G("1,2 procentenheter", 1.2, "percentage_point", **L26, direction=DEC, s=None, sp=None, note="'Det'"),
        G("9,1 procent", 9.1, "percent", **L26, s=("ungdomsarbetslösheten", "ungdomsarbetslösheten"), sp=None, note="the country: one time"),
        G("19,8 procent", 19.8, "percent", **L26, s=("Arbetslösheten bland utrikes födda", "Arbetslösheten"), sp=None),
        G("4,3 procent", 4.3, "percent", **L26, s=None, sp=None, note="'jämfört med ... bland inrikes födda': one time, elided"),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("De utrikes födda", "födda"), sp=None, note="'X utgör Y av Z' takes X (as 'står för')"),
        G("5 870 personer", 5870, "count", **L26, s=PE, sp=None),
        G("Knappt 4 900 personer", 4900, "count", bound="approx", **L26, s=PE, sp=None),
        G("tolv månader", 12, "month", bound="more_than", optional=True, s=None, sp=None, note="threshold that defines long-term unemployment"),
        G("43 procent", 43, "percent", **L26, s=("samtliga inskrivna arbetslösa", "arbetslösa"), sp=None, note="'X procent av Y'"),
        G("mellan 40 och 45 procent", None, "percent", low=40, high=45, t=("2023", "2026"), lenient=True, s=("en andel", "andel"), sp=None, note="'de senaste tre åren'"),
        G("7,5 procent", 7.5, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("8,3 procent", 8.3, "percent", **L26, s=None, sp=None, note="elided"),
        G("1,4 procentenheter", 1.4, "percentage_point", t=Y24, s=("Skillnaden mellan könen", "Skillnaden"), sp=None, note="from-value 'har krympt från ... i oktober 2024'"),
        G("5,1 procent", 5.1, "percent", **L26, s=("Arbetslösheten", "Arbetslösheten"), sp=None, note="'varierar från ... i Hedemo till ... i Tallmo': places, not a change"),
        G("9,4 procent", 9.4, "percent", **L26, s=("Arbetslösheten", "Arbetslösheten"), sp=None),
        *_row(G, "Tallmo", ["9,4", "10,1", "−0,7"], uc, AL, note="table 'Arbetslösa i procent av den registerbaserade arbetskraften': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, procentenheter' 2026 lenient signed ('0,0' none); rows are municipalities"),
        *_row(G, "Granåker", ["6,2", "6,0", "+0,2"], uc, AL),
        *_row(G, "Skärvik", ["8,8", "9,5", "−0,7"], uc, AL),
        *_row(G, "Hedemo", ["5,1", "5,7", "−0,6"], uc, AL),
        *_row(G, "Lövnäs", ["7,3", "7,3", "0,0"], uc, AL),
        *_row(G, "Länet", ["7,9", "8,4", "−0,5"], uc, AL),
        *_row(G, "Riket", ["6,8", "6,8", "0,0"], uc, AL),
        G("214 personer", 214, "count", **L26, direction=DEC, s=PE, sp=None, note="'Under oktober'; ', jämfört med ... i oktober i fjol'"),
        G("389", 389, "count", ctx="med [389] i oktober", t=Y25, s=None, sp=None, note="'i oktober i fjol' resolves; elided"),
        G("2 760 nya lediga platser", 2760, "count", **L26, direction=INC, s=("nya lediga platser", "platser"), sp=None),
        G("drygt 12 procent", 12, "percent", bound="approx", **L26, direction=INC, s=("nya lediga platser", "platser"), sp=None, note="apposition keeps the subject; 'samma månad förra året'"),
        G("omkring 640", 640, "count", bound="approx", **L26, s=("nya jobb", "jobb"), sp=None),
    ]
    NEG["r30_a_arbetsloshet_okt"] = [
        N("oktober 2026", note="title"), N("11 november 2026", note="Publicerad"),
        N("16–64 år", note="age band"), N("18–24 år", note="age band"), N("16–64 år", occ=2, note="age band in the caption"),
        N("oktober 2024", note="places the from-value"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("9 december 2026", note="next publication"), N("010-486 22 17"),
    ]

    # ------------------------------------------------------------ 3. region budget 2027 and plan 2028-2029 (HTML, Publicerad 25 november 2026)
    ME = ("Maria Eklöv", "quote")
    PW = ("Peter Wahl", "quote")
    NK = ("Nettokostnad", "Nettokostnad")
    SK = ("Skatten", "Skatten")
    OV = ("överskottet", "överskottet")
    bc = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y27, True, True)]
    GOLD["r30_a_region_budget"] = [
        G("46 röster", 46, "count", **L26, s=("röster", "röster"), sp=None, note="the vote 'på tisdagen'"),
        G("35", 35, "count", ctx="mot [35]. Skatten", **L26, s=None, sp=None, note="elided"),
        G("35 öre", 0.35, "SEK", **L27, direction=INC, s=SK, sp=None, note="the budget year"),
        G("12,18 kronor", 12.18, "SEK", **L27, direction=INC, s=SK, sp=None, note="'per hundralapp' per None; 'höjs med ... till'"),
        G("knappt 21,6 miljarder kronor", 21.6e9, "SEK", bound="approx", **L27, direction=INC, s=None, sp=None, note="the recipient 'nämnderna' is no subject; ', 822 miljoner mer än i år'"),
        G("822 miljoner", 822e6, "SEK", ctx="kronor, [822 miljoner] mer", **L27, direction=INC, s=None, sp=None),
        G("17 520 miljoner kronor", 17520e6, "SEK", **L27, direction=INC, s=("en ram", "ram"), sp=None, note="', en ökning med'"),
        G("4,0 procent", 4.0, "percent", **L27, direction=INC, s=("en ram", "ram"), sp=None),
        G("24 nya vårdplatser", 24, "count", **L27, direction=INC, s=("nya vårdplatser", "vårdplatser"), sp=None),
        G("1 012", 1012, "count", ctx="blir [1 012]", **L27, direction=INC, s=("antalet vårdplatser i regionen", "antalet"), sp=None, note="the new value after the addition"),
        G("115 miljoner", 115e6, "SEK", ctx="får [115 miljoner] mer", **L27, direction=INC, s=None, sp=None, note="the recipient is no subject"),
        G("14 miljoner kronor", 14e6, "SEK", **L27, direction=DEC, s=("Regionala utvecklingsnämndens ram", "ram"), sp=None),
        *_row(G, "Hälso- och sjukvårdsnämnden", ["16 840", "17 520", "+680"], bc, NK, note="HTML table 'Nettokostnad per nämnd, miljoner kronor': 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed; rows are committees"),
        *_row(G, "Kollektivtrafiknämnden", ["1 930", "2 045", "+115"], bc, NK),
        *_row(G, "Regionstyrelsen", ["1 105", "1 140", "+35"], bc, NK),
        *_row(G, "Regionala utvecklingsnämnden", ["612", "598", "−14"], bc, NK),
        *_row(G, "Kulturnämnden", ["284", "290", "+6"], bc, NK),
        *_row(G, "Summa", ["20 771", "21 593", "+822"], bc, NK),
        G("omkring 430 miljoner kronor", 430e6, "SEK", bound="approx", per="year", **L27, s=("extra intäkter", "intäkter"), sp=None, note="'extra' is no change word; the recipient 'regionen' is no subject"),
        G("30 000 kronor", 30000, "SEK", per="month", optional=True, **L27, s=None, sp=None, note="defines the example (the earner is no subject)"),
        G("ungefär 105 kronor", 105, "SEK", bound="approx", per="month", **L27, direction=INC, s=("skatt", "skatt"), sp=None, note="'mer i skatt per månad'"),
        G("12,40 kronor", 12.40, "SEK", **L27, s=("genomsnittet för landets regioner", "genomsnittet"), sp=None, note="one time: no direction; present tense, the budget's year"),
        G("215 miljoner kronor", 215e6, "SEK", t=Y27, s=("ett överskott", "överskott"), sp=None),
        G("knappt 1 procent", 1, "percent", bound="approx", t=Y27, s=("skatteintäkter och statsbidrag", "skatteintäkter"), sp=None, note="'X procent av Y'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing target: no period"),
        G("380 miljoner kronor", 380e6, "SEK", t=Y["2028"], direction=INC, s=OV, sp=None, note="'växer ... till'"),
        G("450 miljoner kronor", 450e6, "SEK", t=Y["2029"], direction=INC, s=OV, sp=None),
        G("1,8 miljarder", 1.8e9, "SEK", **L27, s=("Investeringar", "Investeringar"), sp=None, note="heading 'Investeringar för 1,8 miljarder'"),
        G("1,8 miljarder kronor", 1.8e9, "SEK", t=Y27, s=("Investeringarna", "Investeringarna"), sp=None, note="'nästa år' resolves"),
        G("640 miljoner kronor", 640e6, "SEK", t=Y27, s=None, sp=None, note="'varav'"),
        G("omkring 5,2 miljarder kronor", 5.2e9, "SEK", bound="approx", t=("2027", "2029"), s=None, sp=None, note="'Under hela planperioden 2027–2029'; the investor is no subject"),
        G("mellan 3,4 och 3,9 miljarder kronor", None, "SEK", low=3.4e9, high=3.9e9, **L27, s=("Sjukhusbygget", "Sjukhusbygget"), sp=None, note="a project's total cost (the budget year, as r29)"),
        G("ungefär 190 miljoner kronor", 190e6, "SEK", bound="approx", t=Y27, s=None, sp=ME, note="quote; counterfactual 'hade vi behövt spara': no direction, the saver is no subject"),
        G("120 miljoner kronor", 120e6, "SEK", **L27, s=("administration och konsulter", "administration"), sp=PW, note="quote; the opposition's budget for 2027; 'spara ... på' takes the goal"),
        G("96 sidor", 96, "count", optional=True, s=("sidor", "sidor"), sp=None, note="page count of a linked PDF"),
    ]
    NEG["r30_a_region_budget"] = [
        N("2027", ctx="Ekonomi › Budget [2027]", note="breadcrumb"),
        N("2027", ctx="antagit budget [2027] och", note="title"), N("2028–2029", note="title"),
        N("25 november 2026", note="Publicerad"), N("2027", ctx="budgeten för [2027] med", note="names the budget"),
        N("2026", ctx="Budget [2026] Budget", note="column header"), N("2027", ctx="Budget 2026 Budget [2027]", note="column header"),
        N("2019", note="places the last rise"), N("2027", ctx="kronor [2027], motsvarande", note="places the claim"),
        N("2028", ctx="kronor [2028] och", note="places the claim"), N("2029", ctx="kronor [2029].", note="places the claim"),
        N("2027–2029", note="places the claim"),
        N("2027", ctx="Ladda ner budget [2027] och", note="link text"), N("2028–2029", occ=2, note="link text"),
        N("14", ctx="Storgatan [14]", note="street number"), N("871 42", note="postal code"), N("0612-73 00 00"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 4. UNDATED op-ed on rail versus road (no date, no sidecar)
    JV = ("järnvägens andel av godstransporterna", "andel")
    GOLD["r30_a_debatt_jarnvag"] = [
        G("ungefär 29 miljarder kronor", 29e9, "SEK", bound="approx", s=("drift, underhåll och nya investeringar i vägnätet", "drift"), sp=None, note="UNDATED: 'Förra året' gives no period; the goal of the money"),
        G("drygt 22 miljarder kronor", 22e9, "SEK", bound="approx", s=("järnvägen", "järnvägen"), sp=None),
        G("nästan tre gånger så mycket", 3, "number", bound="approx", optional=True, s=("sin järnväg", "järnväg"), sp=None, note="multiplier between countries (per invånare)"),
        G("hälften så många invånare", 0.5, "ratio", optional=True, s=("invånare", "invånare"), sp=None, note="multiplier between countries"),
        G("mer än 80 miljarder euro", 80e9, "EUR", bound="more_than", t=Y["2030"], s=None, sp=None, note="'fram till 2030': the target year (r26_b, r27_b); the spender is no subject"),
        G("omkring 1 000 euro", 1000, "EUR", bound="approx", per="capita", t=Y["2030"], s=None, sp=None, note="restates per invånare"),
        G("närmare 70 procent", 70, "percent", bound="approx", direction=INC, s=("Underhållsskulden på den svenska järnvägen", "Underhållsskulden"), sp=None, note="'sedan 2010' in an undated text: no end, no period"),
        G("omkring 85 miljarder kronor", 85e9, "SEK", bound="approx", direction=INC, s=("Underhållsskulden på den svenska järnvägen", "Underhållsskulden"), sp=None, note="'har vuxit ... och beräknas nu till': the new value"),
        G("45 procent", 45, "percent", direction=INC, s=("antalet resor med regionaltåg", "antalet"), sp=None),
        G("88 procent", 88, "percent", s=("persontågen", "persontågen"), sp=None, note="'X procent av Y'; 'förra året' undated"),
        G("högst fem minuters", 5, "minute", bound="at_most", optional=True, s=("försening", "försening"), sp=None, note="defines 'i tid'"),
        G("95 procent", 95, "percent", s=("andelen", "andelen"), sp=None, note="Finland: one time"),
        G("Var fjärde", 0.25, "ratio", s=("försening", "försening"), sp=None),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", s=("vägtrafiken", "vägtrafiken"), sp=None, note="'X står för Y' takes X"),
        G("mindre än en procent", 1, "percent", bound="less_than", s=("järnvägen", "järnvägen"), sp=None),
        G("30 vagnar", 30, "count", optional=True, s=("vagnar", "vagnar"), sp=None, note="defines the example train"),
        G("mellan 40 och 50 lastbilar", None, "count", low=40, high=50, s=("lastbilar", "lastbilar"), sp=None),
        G("24 procent", 24, "percent", t=Y["2010"], s=JV, sp=None, note="from-value 'från ... 2010'"),
        G("21 procent", 21, "percent", direction=DEC, s=JV, sp=None, note="'till ... i dag' (undated: no period)"),
        G("knappt 19 procent", 19, "percent", bound="approx", s=("andelen", "andelen"), sp=None, note="Germany: one time"),
        G("minst 4 miljarder kronor", 4e9, "SEK", bound="at_least", per="year", direction=INC, s=("anslaget till järnvägsunderhåll", "anslaget"), sp=None, note="demand 'höjs med'"),
        G("minst hälften", 0.5, "ratio", bound="at_least", s=("de nya investeringarna i nästa nationella plan", "investeringarna"), sp=None, note="demand"),
        G("20 procent", 20, "percent", direction=DEC, s=("banavgifterna för godståg", "banavgifterna"), sp=None, note="demand 'sänks med'"),
        G("En timmes", 1, "hour", optional=True, s=None, sp=None, note="defines the example"),
        G("800 resenärer", 800, "count", optional=True, s=("resenärer", "resenärer"), sp=None, note="defines the example"),
        G("omkring 250 000 kronor", 250000, "SEK", bound="approx", s=("En timmes försening", "försening"), sp=("de kalkylvärden", "enligt"), note="'enligt de kalkylvärden som används ...'"),
        G("över 300 tåg", 300, "count", bound="more_than", per="day", s=("tåg", "tåg"), sp=None, note="'En vanlig vardag'"),
    ]
    NEG["r30_a_debatt_jarnvag"] = [
        N("2030", note="places the target"), N("2010", ctx="sedan [2010] vuxit", note="places the change"),
        N("2010", ctx="procent [2010] till", note="places the from-value"),
        N("1", ctx="[1]. Att anslaget", note="list numbering"), N("2", ctx="[2]. Att minst", note="list numbering"),
        N("3", ctx="[3]. Att banavgifterna", note="list numbering"),
    ]

    # ------------------------------------------------------------ 5. weekly fuel-price letter, week 47 (sidecar published 2026-11-20)
    LA = ("Linnea Åkerlund", "quote")
    RP = ("Riktpris", "Riktpris")
    BR = ("Nordsjöoljan Brent", "Brent")
    BK = ("bränslekostnaden", "bränslekostnaden")
    fc = [("SEK", 1, "l", Y26, True, F), ("SEK", 1, "l", Y26, True, F), ("SEK", 0.01, "l", Y26, True, True), ("SEK", 1, "l", Y25, F, F)]
    GOLD["r30_a_drivmedel_v47"] = [
        G("tredje", 3, "ordinal", **L26, direction=DEC, s=("Dieseln", "Dieseln"), sp=None, note="headline 'billigare för tredje veckan i rad' (as 'för femte månaden i rad' in the port text)"),
        G("15 öre", 0.15, "SEK", per="l", **L26, direction=DEC, s=("Riktpriset för diesel", "Riktpriset"), sp=None, note="'sänktes på tisdagen med ... till' (week 47, lenient)"),
        G("19,84 kronor per liter", 19.84, "SEK", per="l", **L26, direction=DEC, s=("Riktpriset för diesel", "Riktpriset"), sp=None),
        G("1,12 kronor", 1.12, "SEK", per="l", **L26, direction=DEC, s=None, sp=None, note="'det är nu ... lägre än samma vecka i fjol': an earlier point; per carried"),
        G("46 öre", 0.46, "SEK", per="l", **L26, direction=DEC, s=("dieselpriset", "dieselpriset"), sp=None, note="'Sedan slutet av oktober'; per carried"),
        G("18,19 kronor per liter", 18.19, "SEK", per="l", **L26, direction=DEC, s=("Bensin 95", "Bensin"), sp=None, note="', 8 öre mindre än förra veckan'"),
        G("8 öre", 0.08, "SEK", per="l", ctx="liter, [8 öre] mindre", **L26, direction=DEC, s=("Bensin 95", "Bensin"), sp=None, note="apposition keeps the subject"),
        G("1,65 kronor", 1.65, "SEK", per="l", **L26, s=("Dieseln", "Dieseln"), sp=None, note="diesel against petrol: one time"),
        G("knappt 80 öre", 0.8, "SEK", per="l", bound="approx", **L26, s=("dieseln", "dieseln"), sp=None, note="'I somras ... som mest': one time against petrol"),
        G("14,29 kronor per liter", 14.29, "SEK", per="l", **L26, s=("E85", "E85"), sp=None, note="'ligger kvar på': no change"),
        G("25–30 procent", None, "percent", low=25, high=30, bound="approx", **L26, s=("bränsle", "bränsle"), sp=None, note="'ungefär 25–30 procent mer bränsle': E85 against petrol, one time"),
        G("minst 20 procent", 20, "percent", bound="at_least", optional=True, s=("literpriset", "literpriset"), sp=None, note="threshold of the rule of thumb"),
        G("drygt 21 procent", 21, "percent", bound="approx", **L26, s=("skillnaden", "skillnaden"), sp=None, note="'I dag'"),
        G("20 öre", 0.2, "SEK", per="l", ctx="sänktes med [20 öre] till", **L26, direction=DEC, s=("HVO100", "HVO100"), sp=None),
        G("24,90 kronor per liter", 24.90, "SEK", per="l", **L26, direction=DEC, s=("HVO100", "HVO100"), sp=None),
        G("drygt 5 kronor", 5, "SEK", per="l", bound="approx", **L26, s=("den förnybara dieseln", "dieseln"), sp=None, note="against fossil diesel: one time; per carried"),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, direction=DEC, s=("HVO", "HVO"), sp=None, note="'Under oktober' (no year) against 'i oktober i fjol'"),
        G("120 stationer", 120, "count", **L26, s=("stationer", "stationer"), sp=None),
        G("18,92 kronor per liter", 18.92, "SEK", per="l", **L26, s=("den billigaste dieseln", "dieseln"), sp=None),
        G("20,39 kronor", 20.39, "SEK", per="l", **L26, s=("den dyraste", "dyraste"), sp=None, note="per carried"),
        G("45 öre", 0.45, "SEK", per="l", **L26, s=("Obemannade stationer", "stationer"), sp=None, note="'i genomsnitt ... billigare än bemannade': one time, no bound"),
        *_row(G, "Bensin 95", ["18,19", "18,27", "−8", "18,73"], fc, RP, note="table 'Riktpris, kronor per liter inkl. moms': 'Vecka 47' / 'Vecka 46' 2026 lenient, 'Förändring, öre' SEK/100 2026 lenient signed ('0' none), 'Vecka 47 i fjol' 2025 explicit; rows are fuels"),
        *_row(G, "Diesel", ["19,84", "19,99", "−15", "20,96"], fc, RP),
        *_row(G, "E85", ["14,29", "14,29", "0", "14,88"], fc, RP),
        *_row(G, "HVO100", ["24,90", "25,10", "−20", "26,35"], fc, RP),
        G("71,40 dollar per fat", 71.40, "USD", per="barrel", **L26, direction=DEC, s=BR, sp=None, note="'på torsdagen'; 'ned från'"),
        G("74,80 dollar", 74.80, "USD", per="barrel", **L26, s=BR, sp=None, note="from-value 'en vecka tidigare'"),
        G("9,62 kronor", 9.62, "SEK", **L26, direction=DEC, s=("en dollar", "dollar"), sp=None, note="'kronan stärkts ... kostar nu': the dollar's new, lower price"),
        G("1 500 mil", 15000, "km", per="year", optional=True, s=None, sp=None, note="defines the example; mil = 10 km (r26_a)"),
        G("0,6 liter per mil", 0.06, "l", per="km", optional=True, s=None, sp=None, note="defines the example car"),
        G("omkring 17 900 kronor per år", 17900, "SEK", bound="approx", per="year", **L26, s=BK, sp=None, note="result of the example, 'med dagens pris'"),
        G("ungefär 1 000 kronor", 1000, "SEK", bound="approx", per="year", **L26, direction=DEC, s=BK, sp=None, note="apposition keeps the subject; 'för ett år sedan' an earlier point"),
        G("0,7 liter per mil", 0.07, "l", per="km", optional=True, s=None, sp=None, note="defines the second example car"),
        G("omkring 19 100 kronor", 19100, "SEK", bound="approx", **L26, s=("En bensinbil", "bensinbil"), sp=None, note="'för samma sträcka': no 'per' written; against the diesel car, one time"),
        G("75 dollar", 75, "USD", per="barrel", bound="less_than", optional=True, s=("oljepriset", "oljepriset"), sp=LA, note="condition threshold 'under 75 dollar'; per carried"),
        G("10–20 öre", None, "SEK", low=0.1, high=0.2, per="l", **L26, direction=DEC, s=("dieseln", "dieseln"), sp=LA, note="quote; 'sjunka ytterligare ... före jul'"),
    ]
    NEG["r30_a_drivmedel_v47"] = [
        N("47", ctx="VECKA [47]", note="week number in the title"),
        N("95", ctx="Bensin [95] kostar", note="digits in a product name"),
        N("Vecka 47", ctx="Drivmedel [Vecka 47] Vecka 46", note="column header"), N("Vecka 46", ctx="Vecka 47 [Vecka 46]", note="column header"),
        N("Vecka 47 i fjol", note="column header"),
        N("95", ctx="Bensin [95] 18,19", note="digits in a product name (row label)"),
        N("vecka 48", note="next letter"), N("08-520 174 60"),
    ]

    # ------------------------------------------------------------ 6. port freight statistics, September 2026 (Markdown, Publicerad 8 oktober 2026)
    TE = ("Tomas Ekdahl", "quote")
    GO = ("Gods", "Gods")
    TL = ("Antalet trailrar och lastbilar", "Antalet")
    pc = [("tonne", 1e3, None, Y26, F, F), ("tonne", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r30_a_hamn_sep"] = [
        G("1 482 000 ton", 1482000, "tonne", **L26, direction=INC, s=("gods", "gods"), sp=None, note="'i september' (no year); ', en ökning med'; the port is a place"),
        G("5,7 procent", 5.7, "percent", **L26, direction=INC, s=("gods", "gods"), sp=None, note="'jämfört med september 2025'"),
        G("12,9 miljoner ton", 12.9e6, "tonne", t=Y26, direction=INC, s=None, sp=None, note="'Hittills i år' explicit (r24); ', vilket är ... mer'"),
        G("2,3 procent", 2.3, "percent", t=Y26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("21 640 TEU", 21640, "TEU", **L26, direction=INC, s=None, sp=None, note="TEU the unit (r25): containers not named"),
        G("11,4 procent", 11.4, "percent", **L26, direction=INC, s=None, sp=None, note="'fler än för ett år sedan'"),
        G("tredje största", 3, "ordinal", **L26, s=("containerhamnen", "containerhamnen"), sp=None),
        G("176 300 TEU", 176300, "TEU", t=Y26, s=("volymen", "volymen"), sp=None, note="'Hittills i år'"),
        G("18 procent", 18, "percent", **L26, s=("Andelen tomma containrar", "Andelen"), sp=None, note="'ungefär som i augusti': no change"),
        G("18 930", 18930, "count", ctx="blev [18 930]", **L26, direction=DEC, s=TL, sp=None, note="', en minskning med'"),
        G("3,2 procent", 3.2, "percent", **L26, direction=DEC, s=TL, sp=None),
        G("nästan tre veckor", 3, "week", bound="approx", **L26, s=None, sp=None, note="the ferry is an actor"),
        G("minst 300 000 TEU per år", 300000, "TEU", bound="at_least", per="year", **L27, s=None, sp=TE, note="quote; capacity once the crane runs ('i mars' next year)"),
        *_row(G, "| Olja och oljeprodukter", ["512", "498", "+2,8"], pc, GO, sep=" | ", note="Markdown table 'Godsslag, tusen ton': 'Sep 2026' / 'Sep 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are cargo types: s the section's 'Gods'"),
        *_row(G, "| Containergods", ["287", "251", "+14,3"], pc, GO, sep=" | "),
        *_row(G, "| Trailergods", ["341", "356", "−4,2"], pc, GO, sep=" | "),
        *_row(G, "| Skogsprodukter", ["219", "196", "+11,7"], pc, GO, sep=" | "),
        *_row(G, "| Torrbulk", ["123", "101", "+21,8"], pc, GO, sep=" | "),
        G("1 482", 1482e3, "tonne", ctx="| **Totalt** | **[1 482]** |", t=Y26, s=GO, sp=None, note="bold total row"),
        G("1 402", 1402e3, "tonne", ctx="| **1 482** | **[1 402]** |", t=Y25, s=GO, sp=None),
        G("+5,7", 5.7, "percent", ctx="| **1 402** | **[+5,7]** |", **L26, direction=INC, s=GO, sp=None),
        G("femte", 5, "ordinal", **L26, direction=INC, s=("Skogsprodukterna", "Skogsprodukterna"), sp=None, note="'ökade för femte månaden i rad'"),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("Oljan", "Oljan"), sp=None, note="'X står för Y' takes X"),
        G("412 fartyg", 412, "count", **L26, direction=INC, s=("fartyg", "fartyg"), sp=None, note="', 6 fler än ett år tidigare'"),
        G("6", 6, "count", ctx="september, [6] fler", **L26, direction=INC, s=("fartyg", "fartyg"), sp=None, note="apposition keeps the subject"),
        G("14,5 timmar", 14.5, "hour", **L26, s=("Den genomsnittliga liggtiden vid kaj", "liggtiden"), sp=None),
        G("tre kajplatser", 3, "count", **L26, s=("kajplatser", "kajplatser"), sp=None),
        G("61 anlöp", 61, "count", **L26, s=("anlöp", "anlöp"), sp=None),
        G("uppskattningsvis 380 ton", 380, "tonne", bound="approx", **L26, direction=DEC, s=("utsläppen av koldioxid", "utsläppen"), sp=None, note="'minskade ... med'"),
        G("58 fartyg", 58, "count", **L26, s=("fartyg", "fartyg"), sp=None, note="'Under säsongen' (this year's)"),
        G("drygt 96 000 passagerare", 96000, "count", bound="approx", **L26, direction=INC, s=("passagerare", "passagerare"), sp=None, note="', mot ... säsongen 2025'"),
        G("81 000", 81000, "count", ctx="mot [81 000] säsongen", t=Y25, s=None, sp=None, note="elided"),
        G("4 200 passagerare", 4200, "count", **L26, s=("passagerare", "passagerare"), sp=None),
        G("850 kronor", 850, "SEK", **L26, s=None, sp=None, note="'i genomsnitt' no bound; the spender is no subject, no 'per' written"),
        G("drygt 80 miljoner kronor", 80e6, "SEK", bound="approx", **L26, s=None, sp=None, note="the recipients are no subject"),
        G("var tredje", 1 / 3, "ratio", **L26, s=("fartyg", "fartyg"), sp=None),
        G("64 anlöp", 64, "count", t=Y27, s=("anlöp", "anlöp"), sp=None, note="'Inför 2027 ... redan bokade'"),
    ]
    NEG["r30_a_hamn_sep"] = [
        N("september 2026", note="title"), N("8 oktober 2026", note="Publicerad"),
        N("september 2025", note="places the comparison"),
        N("Sep 2026", note="column header"), N("Sep 2025", note="column header"),
        N("27 september", note="date"), N("2025", ctx="säsongen [2025]", note="places the comparison"),
        N("2027", ctx="Inför [2027]", note="places the claim"),
        N("6 november 2026", note="next publication"), N("0498-21 40 00"),
    ]

    # ------------------------------------------------------------ 7. rent negotiation 2027 (dateline 'Karlsborg den 19 november 2026')
    EL = ("Eva Lindgren", "quote")
    JB = ("Johan Berg", "quote")
    HY = ("hyrorna", "hyrorna")
    rc = [("count", 1, None, Y27, True, F), ("percent", 1, None, Y27, True, True), ("SEK", 1, "m2", Y27, True, F), ("SEK", 1, "month", Y27, True, F)]
    rs = [("Lägenheter", "Lägenheter"), ("Höjning", "Höjning"), ("Hyra", "Hyra"), ("Hyra typtrea", "Hyra")]
    GOLD["r30_a_hyror_2027"] = [
        G("3,4 procent", 3.4, "percent", t=Y27, direction=INC, s=("Hyrorna i allmännyttan", "Hyrorna"), sp=None, note="headline '... höjs med i genomsnitt ... 2027' ('i genomsnitt': no bound)"),
        G("nästan två månaders", 2, "month", bound="approx", **L26, s=("förhandlingar", "förhandlingar"), sp=None, note="the duration of this autumn's talks"),
        G("fyra allmännyttiga bostadsbolagen", 4, "count", **L26, s=("allmännyttiga bostadsbolagen", "bostadsbolagen"), sp=None),
        G("3,4 procent", 3.4, "percent", occ=2, t=Y27, direction=INC, s=HY, sp=None, note="'en höjning med ... från den 1 januari 2027'; the thing that changes from the sentence before"),
        G("mellan 5,5 och 7 procent", None, "percent", low=5.5, high=7, **L27, s=None, sp=None, note="'Bolagen begärde': no change word; the requester is no subject"),
        G("74 kvadratmeter", 74, "m2", optional=True, s=None, sp=None, note="defines the example flat"),
        G("ungefär 270 kronor", 270, "SEK", bound="approx", per="month", **L27, direction=INC, s=None, sp=None, note="'mer i månaden'"),
        G("8 210 kronor per månad", 8210, "SEK", per="month", **L27, direction=INC, s=("hyran", "hyran"), sp=None, note="'blir då': the new value after the rise; 'i genomsnitt' no bound"),
        G("1 331 kronor per kvadratmeter och år", 1331, "SEK", per="m2", **L27, direction=INC, s=("den genomsnittliga hyran", "hyran"), sp=None, note="'blir': the new value"),
        G("1 415 kronor", 1415, "SEK", per="m2", **L26, s=("motsvarande nivå", "nivå"), sp=None, note="the private stock now (present tense): one time; per carried"),
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=("Konsumentprisindex med fast ränta, KPIF", "Konsumentprisindex"), sp=None, note="'i oktober' (no year) 'jämfört med samma månad i fjol'"),
        G("4,8 procent", 4.8, "percent", t=Y26, direction=INC, s=("hyreshöjningen", "hyreshöjningen"), sp=None, note="'För 2026'"),
        G("var femte", 0.2, "ratio", **L26, s=("hushåll i allmännyttan", "hushåll"), sp=EL, note="quote"),
        G("mer än 35 procent", 35, "percent", bound="more_than", **L26, s=("inkomsten", "inkomsten"), sp=EL, note="'X procent av Y'"),
        G("3,4 procent", 3.4, "percent", occ=3, **L27, direction=INC, s=None, sp=JB, note="quote; 'räcker ... inte till' restates the rise"),
        G("drygt 5 procent", 5, "percent", bound="approx", **L26, direction=INC, s=("Räntor, taxor och underhåll", "Räntor"), sp=JB, note="'blivit ... dyrare på ett år'"),
        *_row(G, "Kvarnbo", ["6 420", "3,2", "1 296", "7 990"], rc, rs, note="table 'Hyreshöjning 2027 per bostadsbolag': the caption's 2027 lenient; 'Höjning, %' a change column (increase); 'Hyra, kr per kvm och år' per m2, 'Hyra typtrea, kr per månad' per month; rows are companies"),
        *_row(G, "Tallmobostäder", ["3 870", "3,6", "1 362", "8 400"], rc, rs),
        *_row(G, "Hemgården i Skärvik", ["2 150", "3,5", "1 318", "8 130"], rc, rs),
        *_row(G, "Stensö Fastigheter", ["1 240", "3,9", "1 405", "8 660"], rc, rs),
        *_row(G, "Samtliga", ["13 680", "3,4", "1 331", "8 210"], rc, rs),
        G("13 680 lägenheter", 13680, "count", **L27, s=("lägenheter", "lägenheter"), sp=None, note="'Överenskommelsen omfattar'"),
        G("omkring 29 000 personer", 29000, "count", bound="approx", **L26, s=("personer", "personer"), sp=None, note="present tense 'bor'"),
        G("högst 2 procent", 2, "percent", bound="at_most", **L27, direction=INC, s=("höjningen", "höjningen"), sp=None),
        G("25 kronor per månad", 25, "SEK", per="month", **L27, direction=INC, s=("Garage och parkeringsplatser", "Garage"), sp=None, note="'höjs med'"),
    ]
    NEG["r30_a_hyror_2027"] = [
        N("19 november 2026", note="dateline"), N("2027", ctx="3,4 procent [2027]", note="headline: places the claim"),
        N("2027", ctx="hyrorna för [2027] klara", note="places the claim"), N("1 januari 2027", note="places the claim"),
        N("2026", ctx="För [2026] blev", note="places the claim"), N("2027", ctx="Hyreshöjning [2027] per", note="caption"),
        N("2028", ctx="hyrorna för [2028]", note="names the next negotiation"),
        N("072-318 44 09"), N("054-17 62 00"),
    ]

    # ------------------------------------------------------------ 8. rescue service annual report 2025 (Markdown, Publicerad 12 mars 2026)
    HS = ("Helena Storm", "quote")
    IN = ("Insatser", "Insatser")
    FIVE = ("2021", "2025")
    rr = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, None, FIVE, F, F)]
    GOLD["r30_a_raddning_2025"] = [
        G("2 418 insatser", 2418, "count", t=Y25, direction=DEC, s=("insatser", "insatser"), sp=None, note="'under 2025'; ', ... färre än året innan'"),
        G("3,1 procent", 3.1, "percent", t=Y25, direction=DEC, s=("insatser", "insatser"), sp=None, note="apposition keeps the subject"),
        G("drygt 6,6 larm", 6.6, "count", bound="approx", per="day", **L25, s=("larm", "larm"), sp=None, note="'per dygn'; 'i genomsnitt'"),
        *_row(G, "| Brand i byggnad", ["214", "236", "225"], rr, IN, sep=" | ", note="Markdown table 'Insatser per typ': '2025' / '2024' explicit, 'Snitt 2021–2025' a span (r28_a); rows are types: s the heading's 'Insatser'"),
        *_row(G, "| Brand, ej i byggnad", ["381", "452", "398"], rr, IN, sep=" | "),
        *_row(G, "| Trafikolycka", ["512", "498", "506"], rr, IN, sep=" | "),
        *_row(G, "| Automatiskt brandlarm, ej brand", ["742", "761", "735"], rr, IN, sep=" | "),
        *_row(G, "| Hjärtstopp", ["96", "88", "84"], rr, IN, sep=" | "),
        *_row(G, "| Övriga insatser", ["473", "460", "451"], rr, IN, sep=" | "),
        G("2 418", 2418, "count", ctx="| **Summa** | **[2 418]** |", t=Y25, s=IN, sp=None, note="bold total row"),
        G("2 495", 2495, "count", ctx="| **2 418** | **[2 495]** |", t=Y24, s=IN, sp=None),
        G("2 399", 2399, "count", ctx="| **2 495** | **[2 399]** |", t=FIVE, s=IN, sp=None),
        G("nära en tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=("Automatiska brandlarm utan brand", "brandlarm"), sp=None, note="'X står för Y' takes X"),
        G("78 bostäder", 78, "count", t=Y25, s=("bostäder", "bostäder"), sp=None, note="'Under 2025'"),
        G("61 bränder", 61, "count", per="capita", t=Y25, s=("bränder", "bränder"), sp=None, note="'per 100 000 invånare'"),
        G("85", 85, "count", ctx="Riksgenomsnittet var [85].", per="capita", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="one time: no direction; per carried"),
        G("Två personer", 2, "count", **L25, direction=DEC, s=("personer", "personer"), sp=None, note="'under året'; ', mot fyra 2024'"),
        G("fyra", 4, "count", ctx="mot [fyra] 2024", t=Y24, s=None, sp=None, note="elided"),
        G("hälften", 0.5, "ratio", ctx="I [hälften] av", **L25, s=("bostadsbränderna", "bostadsbränderna"), sp=None, note="'X av Y' takes Y"),
        G("11,2 minuter", 11.2, "minute", **L25, direction=INC, s=("Medianen för insatstiden", "Medianen"), sp=None, note="', jämfört med ... året innan'"),
        G("10,6 minuter", 10.6, "minute", t=Y24, lenient=True, s=("Medianen för insatstiden", "Medianen"), sp=None, note="'året innan' (lenient)"),
        G("10 minuter", 10, "minute", ctx="inom [10 minuter] i 83", bound="at_most", optional=True, s=None, sp=None, note="threshold"),
        G("83 procent", 83, "percent", **L25, s=("fallen", "fallen"), sp=None, note="'X procent av Y'"),
        G("24 minuter", 24, "minute", **L25, s=("insatstiden", "insatstiden"), sp=None, note="'i genomsnitt' no bound"),
        G("över 35 minuter", 35, "minute", bound="more_than", **L25, s=None, sp=None, note="elided"),
        G("mer än en halv minut", 0.5, "minute", bound="more_than", **L25, direction=INC, s=("insatstiden", "insatstiden"), sp=HS, note="quote"),
        G("Mellan 15 och 20 procent", None, "percent", low=15, high=20, **L26, s=("deltidstjänsterna", "deltidstjänsterna"), sp=HS, note="present tense in a quote given at publication (March 2026)"),
        G("19 drunkningstillbud", 19, "count", **L25, s=("drunkningstillbud", "drunkningstillbud"), sp=None, note="'under året'"),
        G("11", 11, "count", ctx="i [11] av dem", **L25, s=None, sp=None, note="pronoun 'dem'"),
        G("96 heltidsanställda brandmän", 96, "count", **L25, s=("heltidsanställda brandmän", "brandmän"), sp=None, note="present tense: the report's year, lenient"),
        G("134 deltidsbrandmän", 134, "count", **L25, s=("deltidsbrandmän", "deltidsbrandmän"), sp=None),
        G("sju stationer", 7, "count", **L25, s=("stationer", "stationer"), sp=None),
        G("162 miljoner kronor", 162e6, "SEK", **L25, s=("Nettokostnaden", "Nettokostnaden"), sp=None),
        G("1 266 kronor per invånare", 1266, "SEK", per="capita", **L25, s=("Nettokostnaden", "Nettokostnaden"), sp=None, note="', eller' restates"),
        G("knappt 128 000 invånare", 128000, "count", bound="approx", **L25, s=("invånare", "invånare"), sp=None),
        G("2 870 hembesök", 2870, "count", **L25, s=("hembesök", "hembesök"), sp=None, note="'Under året'"),
        G("högst 55", 55, "count", bound="at_most", per="capita", **L26, direction=DEC, s=("Bostadsbränderna", "Bostadsbränderna"), sp=None, note="target under 'Mål för 2026': 'ska minska till'"),
        G("10 minuter", 10, "minute", ctx="framme inom [10 minuter] i minst", bound="at_most", optional=True, s=None, sp=None, note="threshold of the target"),
        G("minst 90 procent", 90, "percent", bound="at_least", **L26, s=("larmen i tätorten", "larmen"), sp=None, note="target; 'X procent av Y'"),
        G("Minst 4 000 hushåll", 4000, "count", bound="at_least", **L26, s=("hushåll", "hushåll"), sp=None, note="target"),
        G("minst fem brandmän", 5, "count", bound="at_least", **L26, s=("brandmän", "brandmän"), sp=None, note="target"),
    ]
    NEG["r30_a_raddning_2025"] = [
        N("2025", ctx="årsrapport [2025]", note="title"), N("12 mars 2026", note="Publicerad"),
        N("2025", ctx="under [2025], 3,1", note="places the claim"),
        N("2025", ctx="insats | [2025] |", note="column header"), N("2024", ctx="| 2025 | [2024] |", note="column header"),
        N("Snitt 2021–2025", note="column header"),
        N("2025", ctx="Under [2025] brann", note="places the claim"),
        N("100 000", ctx="bränder per [100 000] invånare. Riks", note="rate denominator"),
        N("2024", ctx="mot fyra [2024]", note="places the comparison"),
        N("sommaren 2025", note="places a fact"), N("2026", ctx="Mål för [2026]", note="heading"),
        N("100 000", ctx="högst 55 per [100 000] invånare", note="rate denominator"),
        N("3", ctx="Brandstationsvägen [3]", note="street number"), N("745 31", note="postal code"), N("0171-52 60 00"),
    ]
    return GOLD, NEG
