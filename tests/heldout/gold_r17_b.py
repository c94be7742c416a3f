"""Round 17, part B (r17_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 17, part B (r17_b_*): eight kinds, written from scratch (r17_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a bank's macro forecast (Markdown, dateline
# 'Malmö den 8 september 2026'; 'skruvar upp tillväxtprognosen', 'att jämföra med 1,5 procent i junibedömningen', 'För
# 2027 justeras prognosen från 2,2 till 2,4 procent', 'bedöms mattas av till', 'en nedrevidering från', 'Vi sänker
# prognosen för årsgenomsnittet i år från 8,5 till 8,2 procent', 'i årstakt', 'bara 0,3 procentenheter under toppen',
# 'två höjningar om vardera 0,25 procentenheter', 'lägre än vad marknadsprissättningen antydde', 'procent av BNP', a
# Markdown forecast table 'Utfall 2025' / 'Prognos 2026' / 'Prognos 2027' / 'Prognos 2028' with growth rows and level
# rows), an airport operator's traffic statistics for October 2025 ('Publicerad 11 november 2025'; passagerare,
# utrikes/inrikes, 'backade med', 'Sedan januari', 'tillbaka på ungefär 92 procent av nivån från rekordåret 2019',
# landningar, 'passagerare ombord per landning, fem fler än', 'dragit ned från fyra till två dagliga avgångar', frakt in
# ton, a plain-text table by airport 'Passagerare' / 'Förändring, %' / 'Landningar' / 'Passagerare jan–okt'), a
# municipality's annual accounts for 2025 ('Publicerad 16 april 2026'; bracketed prior figures dated by 'Siffror inom
# parentes avser 2024': årets resultat, 'motsvarar 2,1 (1,4) procent av skatteintäkter', balanskravsresultat,
# nettokostnader, investeringar 'nådde rekordnivån', självfinansieringsgrad, låneskuld 'vid årsskiftet', 'per invånare',
# soliditet with and without pension liabilities, sick leave; 'lånade upp ytterligare', 'gick ... över sina budgetar', a
# plain-text key-figure table '2025' / '2024'), a region's waiting-time release for March 2026 (Markdown, 'Publicerad 9
# april 2026'; 'andel ... inom 90 dagar', väntande, 'Medianväntetiden', 'oförändrat sedan februari', 'en försämring med',
# 'mer än hälften', the national average 'enligt', a Markdown table by clinic 'Väntande' / 'Andel inom 90 dagar, %' /
# 'Förändring sedan februari, procentenheter' / 'Median, dagar'), an UNDATED party page on schools (no date, no sidecar;
# 'elever per lärare', 'på varje lärare', 'motsvarande tal', 'Nästan var fjärde lärare', 'barn på en utbildad
# fritidspedagog', 'mer än dubbelt så många som', 'kronor per elev och år', 'drygt hälften, 53 procent', 'procent av BNP'
# against OECD and Norway, promises 'Vi vill höja ... med', 'sänka ... till 11', 'ingen klass ... fler än 22 elever', 'en
# statlig lägstanivå', 'i månaden', financing), a monthly tourism release for July dated only by its sidecar (2026-09-08;
# gästnätter in miljoner, 'stod för', 'följt av Norge med', 'ett tapp på', 'i stort sett samma nivå som', beläggningsgrad
# in procentenheter, 'per sålt hotellrum', 'Under perioden januari–juli', 'hittills i år', a plain-text county table in
# 'tusental' with 'Förändring, %' and 'Beläggning hotell, %'), an electricity-network company's HTML page on grid fees
# from 2027 (cookie banner, menu, breadcrumb, related links, footer; 'Publicerad 27 oktober 2026'; öre per kWh, fast
# avgift kronor per år, '20 A säkring' / '16 A', an example house using 20 000 kWh per year, 'ungefär 920 kronor högre
# under nästa år', an HTML table 'Säkring' / 'Förbrukning, kWh/år' / 'I år' / 'Från 1 januari' / 'Höjning', 'nästan tre
# gånger så mycket som', avbrottstid in minutes, a target 'under 60 minuter per år till 2030') and a company's
# sustainability report excerpt for 2025 ('Publicerad 18 mars 2026'; ton koldioxidekvivalenter, scope 1 and 2, '9
# procent lägre än 2024 och 46 procent lägre än basåret 2019', a boiler of 25 MW, kubikmeter eldningsolja, 'på
# helårsbasis', 'varav ... redan under 2025', kilo per ton såld kartong, GWh and MWh per ton, andel förnybar energi, a
# numbered list of targets to 2030, a plain-text table '2025' / '2024' / 'Basår 2019' / 'Förändring mot basår, %').
# The r8-r16 decisions are followed: periods at year grain (a quarter, a month take their year); a relative expression
# in the sentence ('i år', 'nästa år', 'i fjol', 'i dag', 'i vår', 'sedan årsskiftet', 'hittills i år', 'under nästa
# år') resolves against the publication date and is not lenient; a month without a year ('i juli', 'Under oktober',
# 'Sedan januari', 'januari–juli'), a heading's, a caption's or the document's period, present tense, 'ett år tidigare' /
# 'året innan' are lenient; brackets take the period their note names (not lenient); a level followed by ', en
# minskning med X', ', X fler än', ', att jämföra med X <earlier time>', ', vilket är X över' or a next sentence 'Det är
# en uppgång med X' / 'Det är X bättre' is the new value after a change (direction), the earlier value and from-values
# have none; comparisons at one time and against a budget or a national average have no direction; multipliers,
# thresholds, fuse sizes, definitions of an example and rules are optional; targets and negated bounds are required;
# table cells take their column headers' periods (not lenient; a caption's or a header's month without a year lenient),
# change columns lenient with direction from the sign; rows that are categories take the column's or caption's measure
# as subject; 'vilket är' / 'vilket motsvarar' / 'motsvarande' without a noun have s None; a figure that is the
# grammatical subject (also in the passive) has s None; elided nouns s None; the actor who spends, borrows or pays is
# never the subject; the goal of money is; 'kronor per elev och år' is per="capita"; öre are SEK/100 and öre per kWh is
# SEK per 'kWh'; 'gånger' is unit number; an explicit target year is kept ('till 2030'); the sender's first-person
# statements are 'publisher'; the UNDATED text has no period on any figure.
# Where those were silent, decided here:
# - Macro forecast: a growth rate keeps direction increase whether it is this forecast or the earlier one it revises
#   ('1,9 procent i år, att jämföra med 1,5 procent i junibedömningen'; 'justeras prognosen från 2,2 till 2,4 procent'):
#   the direction describes BNP, not the revision. The earlier forecast takes the SAME year as the new one (r9_a's
#   forecast brackets), not lenient. For levels (KPIF, unemployment) the revised figure carries the revision's direction
#   ('2,1 procent 2027, en nedrevidering från 2,3 procent': decrease; 'Vi sänker prognosen ... från 8,5 till 8,2': decrease)
#   and the earlier forecast none. 'tillväxten 2028 bedöms mattas av till 2,0 procent' gives the growth rate direction
#   decrease: the verb changes the rate itself (subject 'tillväxten'). 'tjänstepriserna stiger ... med drygt 3 procent i
#   årstakt' is a twelve-month rate like 'på årsbasis' (rolling year ('2025', '2026'), lenient, per None; r16_b's 'i
#   årstakt' for a money flow stays per="year"). 'bara 0,3 procentenheter under toppen i början av året' compares one
#   thing with its own earlier level (decrease). 'Östersjöbankens ekonomer skruvar upp' in the sentence BEFORE the figures
#   credits nothing (r15_a: the credit rule covers the same or the next sentence); 'Vi räknar med', 'Vi sänker',
#   'Därefter räknar vi med' are 'publisher' (r10_a); 'För 2028 ligger prognosen på' (no first person) is plain. 'två
#   höjningar om vardera 0,25 procentenheter' are a required count without direction (a bare noun of change, like
#   'nya') and an increase per step ('vardera': per None), both over ('2027', '2028'), lenient. 'Det är en halv
#   procentenhet lägre än vad marknadsprissättningen antydde' compares the forecast with market pricing: no direction,
#   s None. 'under de tre prognosåren' is ('2026', '2028'), lenient. 'ett underskott på 0,8 procent av BNP' is written
#   positive (subject 'ett underskott'). Table: growth rows take direction from the sign, level rows none; 'Utfall 2025'
#   and 'Prognos 20xx' are explicit (not lenient).
# - Airport traffic: 'tillbaka på ungefär 92 procent av nivån från rekordåret 2019' is a level against a base year's
#   level, stated without a verb of change: no direction; 'vi' (the operator) is no subject, and the statement is the
#   sender's own ('publisher'). '78 passagerare ombord per landning' is count per="landing" ('I genomsnitt' is no bound).
#   'dragit ned från fyra till två dagliga avgångar' gives both figures per="day" ('dagliga', like r15_a's 'månatliga'),
#   2025 lenient (the cut happened during the year), direction on the to-value only. 'Nya direktlinjer ... bidrog med
#   drygt 14 000 passagerare' is a level (no direction; 'Nya' is bare). Freight 'ton' is tonne. The table's caption
#   'oktober 2025' is lenient; 'Passagerare jan–okt' (no year) lenient; the change column takes 'Passagerare'.
# - Annual accounts: 'lånade upp ytterligare 110 mnkr' is new borrowing: direction increase ('ytterligare' as r15_b's
#   'extra'), s None (the borrower is no subject). 'gick tillsammans 23,4 mnkr över sina budgetar' is against a budget
#   (no direction; subject the grammatical subject 'de två verksamheterna', whose number word defines the group and is
#   left out). 'där 92 mnkr upparbetades' is passive: s None. 'Exklusive ansvarsförbindelsen ... är soliditeten 52 (51)
#   procent': present 'är' in a report on 2025 is the year-end 2025 (lenient). 'de närmaste fem åren' said in April
#   2026 is ('2026', '2031'), lenient. The table row 'Nettokostnadsutveckling, %' is a change row: positive cells are
#   increases. 'Skattesatsen var oförändrad, 21,84 kronor' has per None (no 'per hundralapp' written).
# - Waiting times: the lead's share ('hade 74,3 procent av patienterna ... fått') and the orthopaedic share have s None
#   (the figure is the grammatical subject), and so do their changes in procentenheter ('Det är ... bättre', ', en
#   försämring med'). 'inom 90 dagar' (at_most) and 'längre än vårdgarantins 90 dagar' (more_than) define the metric or
#   the group: optional, also in the column header. 'regionens mål på 80 procent' is a required target with no bound
#   word (exact) and no period. 'vilket innebär att mer än hälften av patienterna väntar längre' restates the median:
#   optional ratio (more_than). The caption 'mätning 31 mars 2026' is lenient; the change column's subject is 'Andel'.
# - UNDATED party page: 'elever per lärare', 'över 14 elever på varje lärare' and '38 barn på en utbildad
#   fritidspedagog' are count per="teacher" (a fritidspedagog is a leisure-time teacher); 'ingen klass i lågstadiet ska
#   ha fler än 22 elever' is per="class" (r15_a). 'har sjunkit i tre år i rad' is an optional duration (a run). 'Av det
#   går bara drygt hälften, 53 procent, till själva undervisningen' takes the goal of the money for both figures. The
#   financing figures carry 'om året' from the sentence before ('2,4 miljarder kronor', '1,1 miljarder kronor':
#   per="year"). 'minst en heltidstjänst' is a required count (the promise's floor); 'en statlig lägstanivå på 110 000
#   kronor per elev och år' is exact (r11_a); 'fler än 300 elever' and 'minst fem års erfarenhet' delimit who is meant
#   (optional). Every 'Vi vill' promise and 'Vår skolsatsning' is 'publisher'; the facts about schools have no speaker.
# - Tourism (sidecar 2026-09-08): 'De svenska gästerna stod för 8,02 miljoner nätter' and 'Tyskland är ... den största
#   utlandsmarknaden med 1,07 miljoner nätter' take the counted noun ('nätter', r11_a's counted-noun rule where no verb of
#   change has a subject); 'Hotellen fick 4,29 miljoner nätter, i stort sett samma nivå som i juli förra året' states no
#   change. 'Den genomsnittliga intäkten per sålt hotellrum' is per="room". 'rumskapaciteten har byggts ut med ungefär 3
#   procent på ett år' is a rolling year ('2025', '2026'), lenient. 'eller drygt 310 000 nätter' restates the change
#   (same subject and direction). The caption's 'tusental' scales the count column only.
# - Grid fees (HTML): the company on itself in the third person ('höjer Bruksdalens Elnät') has no speaker; 'Vi
#   investerar' and the multiplier in the same sentence are 'publisher'. 'blir kostnaden ungefär 920 kronor högre under
#   nästa år' is the year's total (per None, 2027 not lenient). The new prices in the running text are 2027, lenient
#   (the lead names 1 January 2027), today's 2026 lenient. Table: 'I år' is 2026 (resolved against the publication date:
#   not lenient), 'Från 1 januari' 2027 (no year: lenient), 'Höjning' a signed percent column; the caption 'per år' makes
#   the money cells per="year"; 'Säkring' and 'Förbrukning, kWh/år' cells are optional (r11_a). 'under de kommande fem
#   åren' said in October 2026 is ('2027', '2031'), lenient, and 'Ungefär en tredjedel av pengarna' takes it too. 'I
#   fjol hade en genomsnittlig kund avbrott i sammanlagt 94 minuter' takes 'avbrott' as subject (the customer is no
#   subject; no per written). 'Energiskatten på 54,88 öre per kWh ... påverkas inte' is today's level (2026, lenient).
# - Sustainability report: 'ton koldioxidekvivalenter' and 'ton CO2e' are tonne; 'scope 1', 'scope 2', 'scope 3',
#   'scope 1 och 2', 'Scope 1' and the digit in 'CO2e' are names (N), as are the list numbers '1.'–'4.'. A reduction
#   against last year ('9 procent lägre än 2024') takes the report year (2025, lenient); one against the base year ('46
#   procent lägre än basåret 2019', the table's 'Förändring mot basår, %') spans ('2019', '2025'), lenient (r10_a's
#   base-year rule). 'Räknat per ton såld kartong har utsläppen krympt från 84 till 47 kilo ... sedan basåret' is kg
#   per="tonne", the from-value 2019 (lenient). 'minskade utsläppen med cirka 7 300 ton på helårsbasis' is a full-year
#   effect: per="year", no period; 'varav drygt 5 000 ton redan under 2025' is 2025 (explicit), s None. The oil
#   consumption's from-value '4 100' is the year before (2024, lenient). The boiler's '25 MW' is a required measure.
#   Targets: 'Scope 1 och 2 ska minska med 75 procent till 2030 jämfört med 2019' takes 2030 (explicit); the list items
#   without a year take the heading 'Mål till 2030' (lenient); 'Styrelsen har fastställt' is the company's own organ: no
#   speaker. 'Vi producerade själva 61 GWh el' and its 'motsvarande nästan en femtedel' are 'publisher'. The quote's 'Vi
#   har nått ungefär 60 procent av vägen' is present perfect: the publication year (2026, lenient), s None.
# - Runs: 'för andra året i följd' and 'har fallit för andra sommaren i rad' are required ordinals (2), as r16_a's 'den
#   tredje månatliga nedgången i rad', with the run's noun as subject; 'i tre år i rad' (a length, not a rank) is an
#   optional duration.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, breadcrumbs,
#   years and dates that only place a claim ('sedan 2022', 'första halvåret 2027', 'rekordåret 2019', 'oktober 2024',
#   'före 1998', 'den 31 mars', 'till 2030', 'jämfört med 2019', 'redan under 2025'), next-release dates, age bands ('över
#   80 år'), the row label's '31 december', names with digits (scope, CO2e), list numbering, related links, phone
#   numbers, box and street addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'andra kvartalet', 'ett år tidigare', 'de tre prognosåren' (the
#   span is annotated on the figure), 'årets tio första månader', 'på sex år', 'ett av flygbolagen', 'de två
#   verksamheterna', 'de närmaste fem åren', 'en månad tidigare', 'på tio år', 'en mandatperiod',
#   'på ett år', 'de kommande fem åren', 'den föregående femårsperioden'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2024", "2025", "2026", "2027", "2028", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y24, Y25, Y26, Y27, Y28, Y30 = (Y[y] for y in ("2019", "2024", "2025", "2026", "2027", "2028", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)

    # ------------------------------------------------------------ 1. bank's macro forecast (dateline 'Malmö den 8 september 2026')
    PUB = ("Östersjöbanken", "publisher")
    HA = ("Henrik Åkerlund", "quote")
    KI = ("en genomsnittlig KPIF-inflation", "KPIF-inflation")
    AL = ("Arbetslösheten enligt AKU", "Arbetslösheten")
    PA = ("prognosen för årsgenomsnittet i år", "prognosen")
    SR = ("styrräntan", "styrräntan")
    fc = lambda unit, signed: [(unit, 1, None, Y25, False, signed), (unit, 1, None, Y26, False, signed),
                               (unit, 1, None, Y27, False, signed), (unit, 1, None, Y28, False, signed)]
    GOLD["r17_b_makroprognos"] = [
        G("1,9 procent", 1.9, "percent", t=Y26, direction="increase", s=("BNP", "BNP"), sp=None, note="'BNP väntas nu växa med ... i år': a growth rate; ', att jämföra med 1,5 procent i junibedömningen' is the earlier forecast of the same year"),
        G("1,5 procent", 1.5, "percent", t=Y26, direction="increase", s=("BNP", "BNP"), sp=None, note="the June forecast of the same year's growth: the forecast year, not lenient; a growth rate keeps direction increase"),
        G("2,2", 2.2, "percent", ctx="från [2,2] till", t=Y27, direction="increase", s=("prognosen", "prognosen"), sp=None, note="'För 2027 justeras prognosen från ... till': the earlier forecast of the 2027 growth"),
        G("2,4 procent", 2.4, "percent", t=Y27, direction="increase", s=("prognosen", "prognosen"), sp=None, note="the revised forecast: growth, upward revision"),
        G("2,0 procent", 2.0, "percent", ctx="mattas av till [2,0 procent]", t=Y28, direction="decrease", s=("tillväxten", "tillväxten"), sp=None, note="'tillväxten 2028 bedöms mattas av till': the verb changes the growth rate itself (decrease)"),
        G("2,6 procent", 2.6, "percent", **L26, direction="increase", s=("Den privata konsumtionen", "konsumtionen"), sp=HA, note="'var ... högre under andra kvartalet än ett år tidigare': one thing over time; quarter without a year"),
        G("1,7 procent", 1.7, "percent", **L26, s=("KPIF-inflationen", "KPIF-inflationen"), sp=None, note="'landade på ... i juli': a level, month without a year"),
        G("1,8 procent", 1.8, "percent", t=Y26, s=KI, sp=PUB, note="'Vi räknar med ... i år'"),
        G("2,1 procent", 2.1, "percent", t=Y27, direction="decrease", s=KI, sp=PUB, note="', en nedrevidering från 2,3 procent': the revised forecast of 2027"),
        G("2,3 procent", 2.3, "percent", t=Y27, s=KI, sp=PUB, note="from-value: the earlier forecast of the same year"),
        G("2,0 procent", 2.0, "percent", ctx="prognosen på [2,0 procent]", t=Y28, s=("prognosen", "prognosen"), sp=None, note="'För 2028 ligger prognosen på': not first person"),
        G("drygt 3 procent", 3, "percent", bound="approx", t=("2025", "2026"), lenient=True, direction="increase", s=("tjänstepriserna", "tjänstepriserna"), sp=None, note="'stiger ... i årstakt': a twelve-month rate (rolling year), not a per-year flow"),
        G("8,4 procent", 8.4, "percent", **L26, s=AL, sp=None, note="'låg säsongsrensat kvar på ... i juli': no change"),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction="decrease", s=AL, sp=None, note="'bara ... under toppen i början av året': one thing against its own earlier level"),
        G("8,5", 8.5, "percent", ctx="från [8,5] till", t=Y26, s=PA, sp=PUB, note="'Vi sänker prognosen ... från ... till': the earlier forecast"),
        G("8,2 procent", 8.2, "percent", t=Y26, direction="decrease", s=PA, sp=PUB, note="the lowered forecast"),
        G("7,6 procent", 7.6, "percent", t=Y27, direction="decrease", s=("arbetslösheten", "arbetslösheten"), sp=None, note="'Nästa år väntas ... falla till'"),
        G("7,1 procent", 7.1, "percent", t=Y28, direction="decrease", s=("arbetslösheten", "arbetslösheten"), sp=None, note="'och 2028 till' (elided verb and subject carried)"),
        G("omkring 95 000 personer", 95000, "count", bound="approx", t=("2026", "2028"), lenient=True, direction="increase", s=("Sysselsättningen", "Sysselsättningen"), sp=None, note="'under de tre prognosåren'"),
        G("0,25 procentenheter", 0.25, "percentage_point", ctx="styrräntan med [0,25 procentenheter] till", **L26, direction="decrease", s=SR, sp=None, note="'Riksbanken sänkte ... i juni': the actor is no speaker"),
        G("1,75 procent", 1.75, "percent", **L26, direction="decrease", s=SR, sp=None, note="to-value"),
        G("två höjningar", 2, "count", t=("2027", "2028"), lenient=True, s=("höjningar", "höjningar"), sp=PUB, note="'Därefter räknar vi med': counts the steps, no direction (as a bare 'nya')"),
        G("0,25 procentenheter", 0.25, "percentage_point", ctx="vardera [0,25 procentenheter]", t=("2027", "2028"), lenient=True, direction="increase", s=("höjningar", "höjningar"), sp=PUB, note="'om vardera': distributive, per None"),
        G("2,25 procent", 2.25, "percent", t=Y28, direction="increase", s=SR, sp=PUB, note="'vid utgången av 2028': the level after the hikes"),
        G("en halv procentenhet", 0.5, "percentage_point", t=Y28, lenient=True, s=None, sp=None, note="'Det är ... lägre än vad marknadsprissättningen antydde': forecast against market pricing, a comparison"),
        G("omkring 6 procent", 6, "percent", bound="approx", t=Y26, direction="increase", s=("Kronan", "Kronan"), sp=None, note="'har stärkts med ... sedan årsskiftet' resolves against the dateline"),
        G("0,8 procent", 0.8, "percent", t=Y26, s=("ett underskott", "underskott"), sp=None, note="'i år'; an underskott is written as a positive share of BNP"),
        G("kring 34 procent", 34, "percent", bound="approx", **L26, s=("bruttoskulden", "bruttoskulden"), sp=None, note="'stannar kring': no change"),
        *_row(G, "| BNP, årlig förändring i %", ["0,9", "1,9", "2,4", "2,0"], fc("percent", True), ("BNP", "BNP"), sep=" | ", note="table 'Utfall 2025' / 'Prognos 2026' / 'Prognos 2027' / 'Prognos 2028' (years in headers: not lenient); a growth row carries direction from its sign"),
        *_row(G, "| KPIF, årsgenomsnitt i %", ["2,6", "1,8", "2,1", "2,0"], fc("percent", False), ("KPIF", "KPIF"), sep=" | ", note="levels: no direction"),
        *_row(G, "| Arbetslöshet (AKU), % av arbetskraften", ["8,7", "8,2", "7,6", "7,1"], fc("percent", False), ("Arbetslöshet", "Arbetslöshet"), sep=" | "),
        *_row(G, "| Styrränta vid årets slut, %", ["2,00", "1,75", "2,00", "2,25"], fc("percent", False), ("Styrränta", "Styrränta"), sep=" | "),
    ]
    NEG["r17_b_makroprognos"] = [
        N("8 september 2026"), N("2027", ctx="För [2027] justeras", note="places the claim"), N("2028", ctx="tillväxten [2028] bedöms"),
        N("2022", note="'sedan 2022' is a time"), N("2027", ctx="procent [2027], en"), N("2028", ctx="För [2028] ligger"),
        N("halvåret 2027"), N("2028", ctx="utgången av [2028]."), N("2028", ctx="och [2028] till"), N("2027", ctx="hösten [2027]", note="heading"), N("Utfall 2025", note="column header"),
        N("Prognos 2026"), N("Prognos 2027"), N("Prognos 2028"), N("1 december 2026", note="next report"), N("040-618 22 90"),
    ]

    # ------------------------------------------------------------ 2. airport operator's traffic statistics, October 2025 (Publicerad 11 november 2025)
    PS = ("passagerare", "passagerare")
    UT = ("antalet utrikes passagerare", "antalet")
    IN = ("inrikesresandet", "inrikesresandet")
    LA = ("Antalet landningar", "Antalet")
    FV = ("Fraktvolymerna", "Fraktvolymerna")
    fl = [("count", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, True),
          ("count", 1, None, Y25, True, False), ("count", 1, None, Y25, True, False)]
    FLS = [("Passagerare", "Passagerare"), ("Passagerare", "Passagerare"), ("Landningar", "Landningar"),
           ("Passagerare jan–okt", "Passagerare")]
    GOLD["r17_b_flygtrafik_oktober"] = [
        G("sju flygplatser", 7, "count", **L25, s=("flygplatser", "flygplatser"), sp=None, note="number word"),
        G("612 400 passagerare", 612400, "count", **L25, direction="increase", s=PS, sp=None, note="'Under oktober' (no year); next 'Det är en uppgång med 4,8 procent': the new value"),
        G("4,8 procent", 4.8, "percent", **L25, direction="increase", s=PS, sp=None, note="'Det' stands for the count before"),
        G("11,3 procent", 11.3, "percent", **L25, direction="increase", s=UT, sp=None),
        G("284 900", 284900, "count", ctx="till [284 900],", **L25, direction="increase", s=UT, sp=None, note="to-value"),
        G("0,3 procent", 0.3, "percent", **L25, direction="decrease", s=IN, sp=None, note="'backade med'"),
        G("327 500", 327500, "count", ctx="till [327 500].", **L25, direction="decrease", s=IN, sp=None),
        G("6,41 miljoner passagerare", 6.41e6, "count", **L25, direction="increase", s=PS, sp=None, note="'Sedan januari' (no year); ', 3,9 procent fler än ...': the new value"),
        G("3,9 procent", 3.9, "percent", ctx="passagerare, [3,9 procent] fler", **L25, direction="increase", s=PS, sp=None),
        G("ungefär 92 procent", 92, "percent", bound="approx", **L25, s=None, sp=("Norrluft", "publisher"), note="'vi är tillbaka på ... av nivån från rekordåret 2019': a level against a base year's level, no direction; 'vi' is no subject"),
        G("7 830", 7830, "count", ctx="uppgick till [7 830] i", **L25, direction="decrease", s=LA, sp=None, note="', en minskning med 2,1 procent': the new value"),
        G("2,1 procent", 2.1, "percent", **L25, direction="decrease", s=LA, sp=None),
        G("78 passagerare", 78, "count", per="landing", **L25, direction="increase", s=PS, sp=None, note="'I genomsnitt ... per landning' ('i genomsnitt' is no bound); ', fem fler än': the new value"),
        G("fem fler", 5, "count", per="landing", **L25, direction="increase", s=PS, sp=None, note="number word"),
        G("över 160 000 resenärer", 160000, "count", bound="more_than", **L25, s=("resenärer", "resenärer"), sp=("Lotta Strandberg", "quote"), note="the autumn-holiday week (October)"),
        G("7,2 procent", 7.2, "percent", ctx="trafiken med [7,2 procent]", **L25, direction="increase", s=("trafiken", "trafiken"), sp=None),
        G("tre europeiska städer", 3, "count", **L25, s=("städer", "städer"), sp=None, note="number word"),
        G("drygt 14 000 passagerare", 14000, "count", bound="approx", **L25, s=PS, sp=None, note="'bidrog med': the new routes' passengers, a level"),
        G("5,6 procent", 5.6, "percent", ctx="tappade däremot [5,6 procent]", **L25, direction="decrease", s=("Älvhamn", "Älvhamn"), sp=None),
        G("fyra", 4, "count", ctx="från [fyra] till", per="day", **L25, s=("dagliga avgångar", "avgångar"), sp=None, note="from-value; 'dagliga' is a per-day rate"),
        G("två", 2, "count", ctx="till [två] dagliga", per="day", **L25, direction="decrease", s=("dagliga avgångar", "avgångar"), sp=None, note="'dragit ned från ... till'"),
        G("2 140 ton", 2140, "tonne", **L25, direction="increase", s=FV, sp=None, note="'ökade till'"),
        G("9 procent", 9, "percent", ctx="ton, [9 procent] mer", **L25, direction="increase", s=FV, sp=None),
        *_row(G, "Kustby", ["318 200", "+7,2", "3 410", "3 284 500"], fl, FLS, note="table 'Passagerare och landningar per flygplats, oktober 2025' (caption: lenient): 'Passagerare' / 'Förändring, %' (the passengers' change, signed) / 'Landningar' / 'Passagerare jan–okt' (no year: lenient)"),
        *_row(G, "Granåsen", ["121 600", "+3,9", "1 620", "1 286 900"], fl, FLS),
        *_row(G, "Älvhamn", ["84 700", "−5,6", "1 290", "902 300"], fl, FLS),
        *_row(G, "Sjövik", ["46 300", "+6,1", "620", "487 100"], fl, FLS),
        *_row(G, "Övriga", ["41 600", "+5,1", "890", "449 200"], fl, FLS),
        *_row(G, "Totalt", ["612 400", "+4,8", "7 830", "6 410 000"], fl, FLS),
    ]
    NEG["r17_b_flygtrafik_oktober"] = [
        N("oktober 2025", 1, note="title"), N("11 november 2025"), N("2024", ctx="månader [2024].", note="places the comparison"),
        N("2019", note="'rekordåret 2019' places the base level"), N("oktober 2024"), N("oktober 2025", 2, note="caption"),
        N("10 december", note="next release"), N("Flygfältsvägen 12"), N("931 91"), N("0910-73 45 00"),
    ]

    # ------------------------------------------------------------ 3. municipality's annual accounts 2025 (Publicerad 16 april 2026)
    AR = ("Årets resultat", "resultat")
    SK = ("Skatteintäkterna och de generella statsbidragen", "Skatteintäkterna")
    NK = ("Nettokostnaderna", "Nettokostnaderna")
    SF = ("Självfinansieringsgraden av investeringarna", "Självfinansieringsgraden")
    SO = ("Soliditeten inklusive pensionsåtagandena", "Soliditeten")
    TA = ("Antalet tillsvidareanställda", "Antalet")
    kb = lambda unit, scale, signed=False: [(unit, scale, None, Y25, False, signed), (unit, scale, None, Y24, False, signed)]
    GOLD["r17_b_kommun_bokslut"] = [
        G("48,6", 48.6e6, "SEK", ctx="blev [48,6] (31,2)", **L25, s=AR, sp=None, note="the report year (document period); 'Siffror inom parentes avser 2024' dates the brackets"),
        G("31,2", 31.2e6, "SEK", ctx="48,6 ([31,2]) mnkr", t=Y24, s=AR, sp=None),
        G("2,1", 2.1, "percent", ctx="motsvarar [2,1] (1,4)", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("1,4", 1.4, "percent", ctx="2,1 ([1,4]) procent", t=Y24, s=None, sp=None),
        G("minst 1,5 procent", 1.5, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="the financial target: required, no period"),
        G("andra", 2, "ordinal", ctx="för [andra] året i följd", **L25, s=("andra året i följd", "året"), sp=None, note="a rank in a run of years (as r16_a's 'den tredje månatliga nedgången i rad')"),
        G("41,9", 41.9e6, "SEK", ctx="till [41,9] (27,0)", **L25, s=("Balanskravsresultatet", "Balanskravsresultatet"), sp=None),
        G("27,0", 27.0e6, "SEK", ctx="41,9 ([27,0]) mnkr", t=Y24, s=("Balanskravsresultatet", "Balanskravsresultatet"), sp=None),
        G("4,4 procent", 4.4, "percent", **L25, direction="increase", s=SK, sp=None),
        G("2 318", 2318e6, "SEK", ctx="till [2 318] (2 220)", **L25, direction="increase", s=SK, sp=None, note="'ökade med ... och summerade till': the to-value"),
        G("2 220", 2220e6, "SEK", ctx="2 318 ([2 220]) mnkr", t=Y24, s=SK, sp=None),
        G("3,9 procent", 3.9, "percent", **L25, direction="increase", s=NK, sp=None, note="'steg ... med'"),
        G("2 266", 2266e6, "SEK", ctx="till [2 266] (2 181)", **L25, direction="increase", s=NK, sp=None),
        G("2 181", 2181e6, "SEK", ctx="2 266 ([2 181]) mnkr", t=Y24, s=NK, sp=None),
        G("23,4 mnkr", 23.4e6, "SEK", **L25, s=("de två verksamheterna", "verksamheterna"), sp=None, note="'gick tillsammans ... över sina budgetar': against the budget, no direction"),
        G("286", 286e6, "SEK", ctx="rekordnivån [286] (214)", **L25, s=("Investeringarna", "Investeringarna"), sp=None, note="'nådde': no direction"),
        G("214", 214e6, "SEK", ctx="286 ([214]) mnkr", t=Y24, s=("Investeringarna", "Investeringarna"), sp=None),
        G("92 mnkr", 92e6, "SEK", **L25, s=None, sp=None, note="'där ... upparbetades under året': passive, the figure is the grammatical subject"),
        G("61", 61, "percent", ctx="till [61] (78)", **L25, direction="decrease", s=SF, sp=None, note="'sjönk till'"),
        G("78", 78, "percent", ctx="61 ([78]) procent", t=Y24, s=SF, sp=None, note="bracket: no direction"),
        G("110 mnkr", 110e6, "SEK", **L25, direction="increase", s=None, sp=None, note="'kommunen lånade upp ytterligare': new borrowing ('ytterligare' as 'extra'); the borrower is no subject"),
        G("1 045", 1045e6, "SEK", ctx="årsskiftet [1 045] (935)", **L25, s=("Den samlade låneskulden", "låneskulden"), sp=None, note="'vid årsskiftet' in a report on 2025: its closing balance (lenient)"),
        G("935", 935e6, "SEK", ctx="1 045 ([935]) mnkr", t=Y24, s=("Den samlade låneskulden", "låneskulden"), sp=None),
        G("41 700 kronor", 41700, "SEK", per="capita", **L25, s=None, sp=None, note="'motsvarande ... per invånare': a restatement"),
        G("38", 38, "percent", ctx="till [38] (36)", **L25, direction="increase", s=SO, sp=None, note="'förbättrades till'"),
        G("36", 36, "percent", ctx="38 ([36]) procent", t=Y24, s=SO, sp=None),
        G("52", 52, "percent", ctx="är soliditeten [52] (51)", **L25, s=("soliditeten", "soliditeten"), sp=None),
        G("51", 51, "percent", ctx="52 ([51]) procent", t=Y24, s=("soliditeten", "soliditeten"), sp=None),
        G("nästan 30 procent", 30, "percent", bound="approx", t=("2026", "2031"), lenient=True, direction="increase", s=("gruppen över 80 år", "gruppen"), sp=("Annika Sjöberg", "quote"), note="'de närmaste fem åren' said in April 2026"),
        G("37", 37, "count", ctx="ökade med [37] till", **L25, direction="increase", s=TA, sp=None),
        G("2 184 personer", 2184, "count", **L25, direction="increase", s=TA, sp=None, note="to-value"),
        G("7,6", 7.6, "percent", ctx="på [7,6] (8,1)", **L25, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("8,1", 8.1, "percent", ctx="7,6 ([8,1]) procent", t=Y24, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("25 062 personer", 25062, "count", **L25, direction="increase", s=("personer", "personer"), sp=None, note="'Den 31 december' (no year); ', 214 fler än vid årets början': the new value"),
        G("214", 214, "count", ctx="kommunen, [214] fler", **L25, direction="increase", s=("personer", "personer"), sp=None),
        G("21,84 kronor", 21.84, "SEK", **L25, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'var oförändrad': no change; no 'per hundralapp' written"),
        *_row(G, "Årets resultat, mnkr", ["48,6", "31,2"], kb("SEK", 1e6), AR, note="table 'Nyckeltal 2025 / 2024' (years in headers: not lenient)"),
        *_row(G, "Nettokostnadsutveckling, %", ["3,9", "5,2"], kb("percent", 1, True), ("Nettokostnadsutveckling", "Nettokostnadsutveckling"), note="a change row: direction from the sign"),
        *_row(G, "Investeringar, mnkr", ["286", "214"], kb("SEK", 1e6), ("Investeringar", "Investeringar")),
        *_row(G, "Soliditet inkl. pensionsåtaganden, %", ["38", "36"], kb("percent", 1), ("Soliditet", "Soliditet")),
        *_row(G, "Invånare 31 december", ["25 062", "24 848"], kb("count", 1), ("Invånare", "Invånare")),
    ]
    NEG["r17_b_kommun_bokslut"] = [
        N("Årsredovisning 2025", note="title"), N("16 april 2026"), N("2025", ctx="årsredovisningen för [2025] till"),
        N("2024", ctx="avser [2024].", note="the bracket note"), N("1998", note="places the pension rights"),
        N("80 år", note="age band"), N("31 december", 1, note="'Den 31 december'"), N("2025", ctx="Nyckeltal [2025]", note="column header"),
        N("2024", ctx="2025 [2024] Årets", note="column header"), N("31 december", 2, note="row label"),
        N("27 april"), N("Stationsgatan 4"), N("686 31"), N("0565-17 00 00"),
    ]

    # ------------------------------------------------------------ 4. region's waiting times, March 2026 (Publicerad 9 april 2026)
    MF = ("Maria Fredholm", "quote")
    PT = ("patienter", "patienter")
    vt = [("count", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percentage_point", 1, None, Y26, True, True), ("day", 1, None, Y26, True, False)]
    VTS = [("Väntande", "Väntande"), ("Andel inom 90 dagar", "Andel"), ("Andel inom 90 dagar", "Andel"), ("Median", "Median")]
    GOLD["r17_b_vantetider_mars"] = [
        G("74,3 procent", 74.3, "percent", **L26, direction="increase", s=None, sp=None, note="'hade ... av patienterna ... fått': the figure is the grammatical subject; next 'Det är 1,8 procentenheter bättre än vid förra mätningen': the new value"),
        G("90 dagar", 90, "day", occ=1, bound="at_most", optional=True, s=None, sp=None, note="'inom': defines the metric"),
        G("1,8 procentenheter", 1.8, "percentage_point", **L26, direction="increase", s=None, sp=None, note="'Det' stands for a share with no subject"),
        G("18 640 patienter", 18640, "count", **L26, direction="decrease", s=PT, sp=None, note="'den 31 mars' (no year); ', 410 färre än en månad tidigare': the new value"),
        G("410", 410, "count", ctx="mars, [410] färre", **L26, direction="decrease", s=PT, sp=None),
        G("4 790", 4790, "count", **L26, s=None, sp=None, note="'Av dem hade ... väntat': a bare figure as grammatical subject"),
        G("90 dagar", 90, "day", occ=2, bound="more_than", optional=True, s=None, sp=None, note="'längre än vårdgarantins': the guarantee defines the group"),
        G("38 dagar", 38, "day", **L26, direction="decrease", s=("Medianväntetiden", "Medianväntetiden"), sp=None, note="'under mars' (no year); ', att jämföra med 44 dagar i mars 2025': the new value"),
        G("44 dagar", 44, "day", t=Y25, s=("Medianväntetiden", "Medianväntetiden"), sp=None, note="'i mars 2025'"),
        G("6 215 patienter", 6215, "count", **L26, s=PT, sp=None),
        G("90 dagar", 90, "day", occ=3, bound="at_most", optional=True, s=None, sp=None),
        G("63,0 procent", 63.0, "percent", **L26, s=("andelen som behandlats inom 90 dagar", "andelen"), sp=None, note="'oförändrat sedan februari': no change"),
        G("80 procent", 80, "percent", s=("regionens mål", "mål"), sp=None, note="a target: required, no period; no bound word"),
        G("drygt 1 200 besök", 1200, "count", bound="approx", t=Y26, s=("besök", "besök"), sp=MF, note="'i vår' resolves against the publication date"),
        G("fem specialistläkare", 5, "count", t=Y26, s=("specialistläkare", "specialistläkare"), sp=MF, note="'i dag'; number word"),
        G("52,6 procent", 52.6, "percent", **L26, direction="decrease", s=None, sp=None, note="'hade bara ... fått besök': figure as subject; ', en försämring med 3,1 procentenheter': the new value"),
        G("3,1 procentenheter", 3.1, "percentage_point", **L26, direction="decrease", s=None, sp=None),
        G("97 dagar", 97, "day", **L26, direction="increase", s=("Mediantiden", "Mediantiden"), sp=None, note="'har vuxit till'"),
        G("mer än hälften", 0.5, "ratio", bound="more_than", optional=True, s=None, sp=None, note="'vilket innebär att': restates what a median above 90 days means"),
        G("71 procent", 71, "percent", **L26, s=("Riksgenomsnittet för första besök", "Riksgenomsnittet"), sp=("den nationella väntetidsdatabasen", "enligt"), note="'i mars': a comparison at one time"),
        G("90 dagar", 90, "day", ctx="Andel inom [90 dagar], %", bound="at_most", optional=True, s=None, sp=None, note="column header"),
        *_row(G, "| Ortopedi", ["3 920", "52,6", "−3,1", "97"], vt, VTS, sep=" | ", note="table 'Första besök per klinik, mätning 31 mars 2026' (caption: lenient): 'Väntande' / 'Andel inom 90 dagar, %' / 'Förändring sedan februari, procentenheter' (the share's change, signed) / 'Median, dagar'"),
        *_row(G, "| Ögon", ["2 480", "81,4", "+6,9", "29"], vt, VTS, sep=" | "),
        *_row(G, "| Hud", ["1 730", "77,8", "+5,2", "33"], vt, VTS, sep=" | "),
        *_row(G, "| Övriga kliniker", ["10 510", "79,0", "+1,6", "32"], vt, VTS, sep=" | "),
        *_row(G, "| Hela regionen", ["18 640", "74,3", "+1,8", "38"], vt, VTS, sep=" | "),
    ]
    NEG["r17_b_vantetider_mars"] = [
        N("9 april 2026"), N("31 mars", 1, note="'den 31 mars' places the count"), N("mars 2025"),
        N("31 mars 2026", note="caption"), N("016-430 27 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on schools (no date, no sidecar)
    FP = ("Framtidspartiet", "publisher")
    EL = ("elever", "elever")
    GOLD["r17_b_parti_skola"] = [
        G("12,1 elever", 12.1, "count", per="teacher", s=EL, sp=None, note="'i dag' in an undated text: no period"),
        G("över 14 elever", 14, "count", bound="more_than", per="teacher", s=EL, sp=None, note="'på varje lärare': per teacher"),
        G("under 11", 11, "count", bound="less_than", per="teacher", s=None, sp=None, note="elided noun"),
        G("9,8", 9.8, "count", per="teacher", s=("motsvarande tal", "tal"), sp=None, note="Finland at one time"),
        G("10,6", 10.6, "count", per="teacher", s=None, sp=None, note="'och i Danmark': elided"),
        G("tre år", 3, "year", optional=True, s=None, sp=None, note="'har sjunkit i tre år i rad': a run of periods"),
        G("Nästan var fjärde lärare", 0.25, "ratio", bound="approx", s=("lärare", "lärare"), sp=None),
        G("38 barn", 38, "count", per="teacher", s=("barn", "barn"), sp=None, note="'i genomsnitt ... på en utbildad fritidspedagog' (a leisure-time teacher): per teacher"),
        G("mer än dubbelt", 2, "number", bound="more_than", optional=True, direction="increase", s=None, sp=None, note="'mer än dubbelt så många som när fritidshemmen flyttade in i skolan': one thing over time"),
        G("124 600 kronor", 124600, "SEK", per="capita", s=("grundskolan", "grundskolan"), sp=None, note="'kronor per elev och år' (r15_a); the goal of the money"),
        G("drygt hälften", 0.5, "ratio", bound="approx", s=("själva undervisningen", "undervisningen"), sp=None, note="'går ... till': the goal of the money"),
        G("53 procent", 53, "percent", s=("själva undervisningen", "undervisningen"), sp=None, note="apposition"),
        G("31 procent", 31, "percent", direction="increase", s=("Hyreskostnaderna", "Hyreskostnaderna"), sp=None, note="'på tio år' in an undated text: no period"),
        G("nästan dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="two rates compared: no direction"),
        G("4,9 procent", 4.9, "percent", s=("utbildning från förskola till universitet", "utbildning"), sp=None, note="'Sverige lägger ... av BNP på': the goal of the money"),
        G("4,3 procent", 4.3, "percent", s=("OECD-snittet", "OECD-snittet"), sp=None),
        G("6,0 procent", 6.0, "percent", s=None, sp=None, note="'Norge, som satsar': elided goal"),
        G("3 miljarder kronor", 3e9, "SEK", per="year", direction="increase", s=("det riktade statsbidraget för lärartäthet", "statsbidraget"), sp=FP, note="'Vi vill höja ... med ... per år': a promise"),
        G("omkring 5 500 nya lärartjänster", 5500, "count", bound="approx", s=("lärartjänster", "lärartjänster"), sp=FP, note="'Det räcker till': a bare 'nya', no direction; part of the promise's list"),
        G("11", 11, "count", ctx="per lärare till [11] inom", per="teacher", direction="decrease", s=("antalet elever per lärare", "antalet"), sp=FP, note="'Vi vill sänka ... till ... inom en mandatperiod'"),
        G("22 elever", 22, "count", bound="at_most", per="class", s=EL, sp=FP, note="'ingen klass ... ska ha fler än': a negated bound"),
        G("800 miljoner kronor", 800e6, "SEK", per="year", s=("fler speciallärare och specialpedagoger", "speciallärare"), sp=FP, note="'om året'; the goal of the money"),
        G("fler än 300 elever", 300, "count", bound="more_than", optional=True, s=EL, sp=FP, note="a threshold that delimits the schools"),
        G("minst en heltidstjänst", 1, "count", bound="at_least", s=("heltidstjänst", "heltidstjänst"), sp=FP, note="number word; part of the promise"),
        G("110 000 kronor", 110000, "SEK", per="capita", s=("en statlig lägstanivå", "lägstanivå"), sp=FP, note="'per elev och år'; a floor's value is exact (r11_a)"),
        G("fem års", 5, "year", bound="at_least", optional=True, s=None, sp=FP, note="'minst fem års erfarenhet' delimits the teachers"),
        G("4 000 kronor", 4000, "SEK", per="month", s=("ett lönetillägg", "lönetillägg"), sp=FP, note="'i månaden'"),
        G("6,2 miljarder kronor", 6.2e9, "SEK", per="year", s=("Vår skolsatsning", "skolsatsning"), sp=FP, note="'Vår': first person"),
        G("2,4 miljarder kronor", 2.4e9, "SEK", per="year", s=None, sp=FP, note="'vilket ger staten': s None; 'om året' carried from the sentence before"),
        G("1,1 miljarder kronor", 1.1e9, "SEK", per="year", direction="decrease", s=("anslaget till konsulttjänster i statsförvaltningen", "anslaget"), sp=FP, note="'minska ... med'; 'om året' carried"),
    ]
    NEG["r17_b_parti_skola"] = [N("Box 5214"), N("102 45"), N("08-411 57 30")]

    # ------------------------------------------------------------ 6. tourism statistics, July 2026 (sidecar only: 2026-09-08)
    AG = ("Antalet gästnätter på landets hotell, stugbyar, vandrarhem och campingplatser", "Antalet")
    NA = ("nätter", "nätter")
    UG = ("De utländska gästnätterna", "gästnätterna")
    CP = ("Campingplatserna", "Campingplatserna")
    BG = ("Beläggningsgraden för hotellrum", "Beläggningsgraden")
    IR = ("Den genomsnittliga intäkten per sålt hotellrum", "intäkten")
    gn = [("count", 1e3, None, Y26, True, False), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, False)]
    GNS = [("Gästnätter", "Gästnätter"), ("Gästnätter", "Gästnätter"), ("Beläggning hotell", "Beläggning")]
    GOLD["r17_b_gastnatter_juli"] = [
        G("11,84 miljoner", 11.84e6, "count", **L26, direction="increase", s=AG, sp=None, note="'i juli' (no year; sidecar 2026-09-08); next 'Jämfört med samma månad i fjol är det en ökning med': the new value"),
        G("2,7 procent", 2.7, "percent", ctx="ökning med [2,7 procent]", **L26, direction="increase", s=AG, sp=None),
        G("drygt 310 000 nätter", 310000, "count", bound="approx", **L26, direction="increase", s=AG, sp=None, note="'eller': the same change in nights"),
        G("8,02 miljoner nätter", 8.02e6, "count", **L26, direction="increase", s=NA, sp=None, note="'stod för': the counted noun; ', 4,1 procent fler än ett år tidigare': the new value"),
        G("4,1 procent", 4.1, "percent", **L26, direction="increase", s=NA, sp=None),
        G("0,2 procent", 0.2, "percent", **L26, direction="decrease", s=UG, sp=None),
        G("3,82 miljoner", 3.82e6, "count", **L26, direction="decrease", s=UG, sp=None, note="to-value"),
        G("1,07 miljoner nätter", 1.07e6, "count", **L26, s=NA, sp=None, note="'den största utlandsmarknaden med': the counted noun"),
        G("604 000", 604000, "count", **L26, s=None, sp=None, note="'följt av Norge med': elided noun"),
        G("498 000", 498000, "count", **L26, s=None, sp=None),
        G("andra", 2, "ordinal", ctx="för [andra] sommaren i rad", **L26, s=("andra sommaren i rad", "sommaren"), sp=None, note="a rank in a run of summers (as r16_a's 'tredje ... i rad')"),
        G("231 000", 231000, "count", **L26, direction="decrease", s=("Antalet nätter från Nederländerna", "Antalet"), sp=None, note="'har fallit ... och landade på'"),
        G("8,5 procent", 8.5, "percent", **L26, direction="decrease", s=("Antalet nätter från Nederländerna", "Antalet"), sp=None, note="', ett tapp på'"),
        G("6,3 procent", 6.3, "percent", **L26, direction="increase", s=CP, sp=None),
        G("5,12 miljoner gästnätter", 5.12e6, "count", **L26, direction="increase", s=CP, sp=None, note="to-value keeps the grammatical subject"),
        G("4,29 miljoner nätter", 4.29e6, "count", **L26, s=NA, sp=None, note="'Hotellen fick ...': 'i stort sett samma nivå som i juli förra året' states no change"),
        G("1,4 procentenheter", 1.4, "percentage_point", **L26, direction="decrease", s=BG, sp=None),
        G("67,9 procent", 67.9, "percent", **L26, direction="decrease", s=BG, sp=None, note="to-value"),
        G("ungefär 3 procent", 3, "percent", bound="approx", t=("2025", "2026"), lenient=True, direction="increase", s=("rumskapaciteten", "rumskapaciteten"), sp=None, note="'på ett år': a rolling year"),
        G("1 386 kronor", 1386, "SEK", per="room", **L26, direction="increase", s=IR, sp=None, note="'per sålt hotellrum'; ', 52 kronor mer än i fjol': the new value"),
        G("52 kronor", 52, "SEK", per="room", **L26, direction="increase", s=IR, sp=None),
        G("44,6 miljoner", 44.6e6, "count", **L26, direction="increase", s=("gästnätterna", "gästnätterna"), sp=None, note="'Under perioden januari–juli' (no year); ', vilket är 1,9 procent över motsvarande period året innan': the new value"),
        G("1,9 procent", 1.9, "percent", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("26 procent", 26, "percent", t=Y26, s=("Utlandsmarknaden", "Utlandsmarknaden"), sp=None, note="'hittills i år' resolves against the sidecar date"),
        *_row(G, "Västra Götaland", ["2 164", "+3,4", "72,4"], gn, GNS, note="table 'Gästnätter per län, juli 2026, tusental' (caption: lenient; 'tusental' scales the count column only): 'Gästnätter' / 'Förändring, %' (signed) / 'Beläggning hotell, %'"),
        *_row(G, "Skåne", ["1 587", "+1,8", "70,1"], gn, GNS),
        *_row(G, "Stockholm", ["1 493", "−1,2", "74,8"], gn, GNS),
        *_row(G, "Kalmar", ["902", "+5,7", "69,3"], gn, GNS),
        *_row(G, "Övriga län", ["5 694", "+2,8", "63,6"], gn, GNS),
        *_row(G, "Hela riket", ["11 840", "+2,7", "67,9"], gn, GNS),
        G("4 930 anläggningar", 4930, "count", **L26, s=("anläggningar", "anläggningar"), sp=None, note="the statistic's basis"),
    ]
    NEG["r17_b_gastnatter_juli"] = [N("juli 2026", note="caption")]

    # ------------------------------------------------------------ 7. grid company HTML: grid fees from 2027 (Publicerad 27 oktober 2026)
    BE = ("Bruksdalens Elnät", "publisher")
    OA = ("Överföringsavgiften", "Överföringsavgiften")
    FA = ("Den fasta avgiften för en villa med 20 A säkring", "avgiften")
    EK = ("Elnätskostnad", "Elnätskostnad")
    ek = [("SEK", 1, "year", Y26, False, False), ("SEK", 1, "year", Y27, True, False), ("percent", 1, None, Y27, True, True)]
    GOLD["r17_b_elnatsavgift_2027"] = [
        G("6,8 procent", 6.8, "percent", t=Y27, direction="increase", s=("avgifterna för elnätet", "avgifterna"), sp=None, note="'Från den 1 januari 2027 höjer': the company on itself in the third person, no speaker"),
        G("20 000 kWh", 20000, "kWh", ctx="förbrukar [20 000 kWh] per år", per="year", optional=True, s=None, sp=None, note="defines the example house"),
        G("ungefär 920 kronor", 920, "SEK", bound="approx", t=Y27, direction="increase", s=("kostnaden", "kostnaden"), sp=None, note="'under nästa år': the year's total, per None"),
        G("2,5 öre", 0.025, "SEK", per="kWh", **L27, direction="increase", s=OA, sp=None, note="'går upp med ... till ... per kWh': the rate carries to both figures"),
        G("31,5 öre", 0.315, "SEK", per="kWh", **L27, direction="increase", s=OA, sp=None, note="to-value"),
        G("20 A", 20, "A", ctx="villa med [20 A] säkring", optional=True, s=None, sp=None, note="fuse size names the customer group (r11_a)"),
        G("6 420", 6420, "SEK", ctx="från [6 420] till", per="year", **L26, s=FA, sp=None, note="from-value: today's fee"),
        G("6 840 kronor", 6840, "SEK", per="year", **L27, direction="increase", s=FA, sp=None),
        G("16 A", 16, "A", ctx="Kunder med [16 A] säkring", optional=True, s=None, sp=None),
        G("4 980 kronor", 4980, "SEK", per="year", **L27, direction="increase", s=None, sp=None, note="'Kunder ... betalar': the payer is no subject; ', 300 kronor mer än i år': the new value"),
        G("300 kronor", 300, "SEK", per="year", **L27, direction="increase", s=None, sp=None),
        G("54,88 öre", 0.5488, "SEK", per="kWh", **L26, s=("Energiskatten", "Energiskatten"), sp=None, note="present level, 'påverkas inte': no change"),
        G("16 A", 16, "A", ctx="Lägenhet [16 A]", optional=True, s=None, sp=None, note="table: 'Säkring' column names the customer group"),
        G("2 000", 2000, "kWh", ctx="Lägenhet 16 A [2 000]", per="year", optional=True, s=("Förbrukning", "Förbrukning"), sp=None, note="'Förbrukning, kWh/år' defines the example"),
        *_row(G, "Lägenhet", ["5 260", "5 610", "+6,7 %"], ek, EK, before=["16 A", "2 000"], note="table 'Elnätskostnad per år ..., kronor': 'I år' (2026, resolves against the publication date: not lenient) / 'Från 1 januari' (no year: 2027, lenient) / 'Höjning' (signed)"),
        G("16 A", 16, "A", ctx="Villa utan elvärme [16 A]", optional=True, s=None, sp=None),
        G("5 000", 5000, "kWh", ctx="utan elvärme 16 A [5 000]", per="year", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "Villa utan elvärme", ["6 130", "6 555", "+6,9 %"], ek, EK, before=["16 A", "5 000"]),
        G("20 A", 20, "A", ctx="Villa med elvärme [20 A]", optional=True, s=None, sp=None),
        G("20 000", 20000, "kWh", ctx="med elvärme 20 A [20 000]", per="year", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "Villa med elvärme", ["12 220", "13 140", "+7,5 %"], ek, EK, before=["20 A", "20 000"]),
        G("740 miljoner kronor", 740e6, "SEK", t=("2027", "2031"), lenient=True, s=("nätet", "nätet"), sp=BE, note="'Vi investerar ... i nätet under de kommande fem åren' (October 2026); the goal of the money"),
        G("nästan tre gånger", 3, "number", bound="approx", optional=True, direction="increase", s=None, sp=BE, note="against the previous five-year period: one thing over time"),
        G("Ungefär en tredjedel", 1 / 3, "ratio", bound="approx", t=("2027", "2031"), lenient=True, s=None, sp=None, note="the figure is the grammatical subject"),
        G("94 minuter", 94, "minute", t=Y25, s=("avbrott", "avbrott"), sp=None, note="'I fjol'; 'en genomsnittlig kund' is no bound and the customer no subject"),
        G("60 minuter", 60, "minute", bound="less_than", per="year", t=Y30, s=("målet", "målet"), sp=None, note="a target 'till 2030' (explicit year, r16_b)"),
        G("11 procent", 11, "percent", **L27, direction="increase", s=("sina avgifter", "avgifter"), sp=None, note="the regional grid's raise to the company"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L27, s=None, sp=None, note="'vilket ensamt står för'"),
        G("cirka 8 procent", 8, "percent", bound="approx", **L26, s=None, sp=("Peter Ekholm", "quote"), note="'Vi ligger ... under snittet för jämförbara nätbolag': a comparison at one time; 'Vi' is no subject"),
        G("omkring 46 000 kunder", 46000, "count", bound="approx", **L26, s=("kunder", "kunder"), sp=None, note="present tense"),
        G("3 900 kilometer", 3900, "km", **L26, s=("ledning", "ledning"), sp=None),
        G("fem kommuner", 5, "count", **L26, s=("kommuner", "kommuner"), sp=None, note="number word"),
    ]
    NEG["r17_b_elnatsavgift_2027"] = [
        N("2027", ctx="Elnätsavgifter [2027]", note="breadcrumb"), N("27 oktober 2026"), N("1 januari 2027", ctx="Från den [1 januari 2027] höjer"),
        N("1 januari", ctx="Från [1 januari] Höjning", note="column header"), N("2030", note="the target's time"),
        N("2026", ctx="Prislista [2026]", note="related link"), N("Smedjevägen 21"), N("776 35"), N("0225-59 60 00"),
        N("020-44 55 10"), N("556498-3361"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. sustainability report excerpt for 2025 (Publicerad 18 mars 2026)
    KN = ("Kartongbolaget Nordfors", "publisher")
    KW = ("Karin Wessman", "quote")
    UT8 = ("utsläppen", "utsläppen")
    EA = ("Den totala energianvändningen", "energianvändningen")
    AF = ("Andelen förnybar energi", "Andelen")
    BAS = ("2019", "2025")
    hb = lambda unit: [(unit, 1, None, Y25, False, False), (unit, 1, None, Y24, False, False),
                       (unit, 1, None, Y19, False, False), ("percent", 1, None, BAS, True, True)]
    GOLD["r17_b_hallbarhet_utslapp"] = [
        G("18 420 ton", 18420, "tonne", ctx="till [18 420 ton] koldioxidekvivalenter", t=Y25, s=("koncernens direkta utsläpp av växthusgaser", "utsläpp"), sp=None, note="'Under 2025'; ton koldioxidekvivalenter is tonne"),
        G("2 960 ton", 2960, "tonne", **L25, s=("De indirekta utsläppen från inköpt el och värme", "utsläppen"), sp=None),
        G("21 380 ton", 21380, "tonne", **L25, direction="decrease", s=("scope 1 och 2", "scope"), sp=None, note="', vilket är 9 procent lägre än 2024 och 46 procent lägre än basåret': the new value"),
        G("9 procent", 9, "percent", ctx="är [9 procent] lägre", **L25, direction="decrease", s=None, sp=None, note="'vilket är'; against last year: the report year"),
        G("46 procent", 46, "percent", ctx="och [46 procent] lägre", t=BAS, lenient=True, direction="decrease", s=None, sp=None, note="against a base year: the span base year to report year (r10_a's base-year rule)"),
        G("39 600 ton", 39600, "tonne", t=Y19, s=("utsläppen", "utsläppen"), sp=None, note="'då' = 2019"),
        G("25 MW", 25, "MW", **L25, s=("en biobränslepanna", "biobränslepanna"), sp=None, note="the boiler's capacity: a measure"),
        G("4 100", 4100, "m3", ctx="från [4 100] till", **L24, s=("koncernens förbrukning av eldningsolja", "förbrukning"), sp=None, note="from-value: the year before"),
        G("1 350 kubikmeter", 1350, "m3", **L25, direction="decrease", s=("koncernens förbrukning av eldningsolja", "förbrukning"), sp=None),
        G("cirka 7 300 ton", 7300, "tonne", bound="approx", per="year", direction="decrease", s=UT8, sp=None, note="'på helårsbasis': the full-year effect, per year, no period"),
        G("drygt 5 000 ton", 5000, "tonne", bound="approx", t=Y25, direction="decrease", s=None, sp=None, note="'varav ... redan under 2025': elided noun"),
        G("84", 84, "kg", ctx="från [84] till", per="tonne", t=Y19, lenient=True, s=UT8, sp=None, note="'Räknat per ton såld kartong ... sedan basåret': from-value in the base year"),
        G("47 kilo", 47, "kg", per="tonne", **L25, direction="decrease", s=UT8, sp=None, note="'har krympt från ... till'"),
        G("1 262 GWh", 1262, "GWh", **L25, direction="decrease", s=EA, sp=None, note="', en minskning med 1,8 procent': the new value"),
        G("1,8 procent", 1.8, "percent", **L25, direction="decrease", s=EA, sp=None),
        G("2,4 procent", 2.4, "percent", **L25, direction="increase", s=("produktionen", "produktionen"), sp=None),
        G("452 000 ton", 452000, "tonne", **L25, direction="increase", s=("produktionen", "produktionen"), sp=None, note="to-value keeps the grammatical subject"),
        G("2,79 MWh", 2.79, "MWh", per="tonne", **L25, direction="decrease", s=("Energin per producerat ton", "Energin"), sp=None, note="'gick därmed ned till'"),
        G("93,5 procent", 93.5, "percent", ctx="ökade till [93,5 procent]", **L25, direction="increase", s=AF, sp=None),
        G("88,0 procent", 88.0, "percent", **L24, s=AF, sp=None, note="'året innan'"),
        G("318 GWh", 318, "GWh", **L25, s=("elen", "elen"), sp=None, note="apposition to 'elen'"),
        G("100 procent", 100, "percent", **L25, s=None, sp=None, note="'kom ... från förnybara källor': the figure is the grammatical subject"),
        G("61 GWh", 61, "GWh", **L25, s=("el", "el"), sp=KN, note="'Vi producerade själva': first person"),
        G("nästan en femtedel", 0.2, "ratio", bound="approx", **L25, s=None, sp=KN, note="'motsvarande'"),
        G("75 procent", 75, "percent", t=Y30, direction="decrease", s=("Scope 1 och 2", "Scope"), sp=None, note="a target 'till 2030 jämfört med 2019' (explicit year); the board is the company's own organ: no speaker"),
        G("30 procent", 30, "percent", per="tonne", t=Y30, lenient=True, direction="decrease", s=("Utsläppen i scope 3", "Utsläppen"), sp=None, note="'per ton produkt under samma period'"),
        G("minst 98 procent", 98, "percent", bound="at_least", t=Y30, lenient=True, s=AF, sp=None, note="a target under the heading 'Mål till 2030'"),
        G("10 procent", 10, "percent", ctx="sänkas med [10 procent]", t=Y30, lenient=True, direction="decrease", s=("Energianvändningen per ton", "Energianvändningen"), sp=None, note="a target against 2025"),
        G("ungefär 60 procent", 60, "percent", bound="approx", **L26, s=None, sp=KW, note="'Vi har nått ... av vägen': present perfect, the publication year"),
        *_row(G, "Scope 1, ton CO2e", ["18 420", "20 150", "34 800", "−47"], hb("tonne"), ("Scope 1", "Scope"), note="table 'Nyckeltal klimat och energi': '2025' / '2024' / 'Basår 2019' / 'Förändring mot basår, %' (signed, the base-year span, lenient)"),
        *_row(G, "Scope 2, ton CO2e", ["2 960", "3 340", "4 800", "−38"], hb("tonne"), ("Scope 2", "Scope")),
        *_row(G, "Energianvändning, GWh", ["1 262", "1 285", "1 371", "−8"], hb("GWh"), ("Energianvändning", "Energianvändning")),
        *_row(G, "Förnybar energi, %", ["93,5", "88,0", "79,2", "+18"], hb("percent"), ("Förnybar energi", "energi")),
    ]
    NEG["r17_b_hallbarhet_utslapp"] = [
        N("Hållbarhetsrapport 2025", note="title"), N("18 mars 2026"), N("2025", ctx="Under [2025] uppgick"),
        N("scope 1", ctx="([scope 1])", note="a name"), N("scope 2", ctx="([scope 2],", note="a name"),
        N("scope 1 och 2", ctx="landade [scope 1 och 2] på", note="a name"), N("2024", ctx="lägre än [2024] och"),
        N("2019", ctx="basåret [2019], då"), N("2025", ctx="redan under [2025]."), N("2030", ctx="Mål till [2030]", note="heading"),
        N("1.", ctx="[1.] Scope", note="list numbering"), N("Scope 1 och 2", ctx="[Scope 1 och 2] ska", note="a name"),
        N("2030", ctx="procent till [2030] jämfört"), N("2019", ctx="jämfört med [2019]."), N("2.", ctx="[2.] Utsläppen"),
        N("scope 3", note="a name"), N("3.", ctx="[3.] Andelen"), N("4.", ctx="[4.] Energianvändningen"),
        N("2025", ctx="jämfört med [2025]."), N("scope 1 och 2", ctx="mål för [scope 1 och 2].", note="a name"),
        N("2025", ctx="energi [2025] 2024", note="column header"), N("2024", ctx="2025 [2024] Basår", note="column header"),
        N("Basår 2019", note="column header"), N("Scope 1", ctx="[Scope 1], ton", note="row label name"),
        N("CO2e", 1, note="a unit symbol's digit"), N("Scope 2", ctx="[Scope 2], ton"), N("CO2e", 2),
    ]

    return GOLD, NEG
