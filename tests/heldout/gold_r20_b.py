"""Round 20, part B (r20_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 20, part B (r20_b_*): eight kinds, written from scratch (r20_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a savings bank's interim report for
# January–September 2026 (dateline 'Norrmalå den 22 oktober 2026' at the end; bullets under 'NIO MÅNADER I SAMMANDRAG'
# with bracketed prior figures dated by 'Uppgifter inom parentes avser motsvarande period 2025': räntenetto 'minskade
# med 6,6 procent och uppgick till 612,4 (655,8) mnkr', provisionsnetto, resultat före kreditförluster, K/I-tal
# 'försämrades till 0,47 (0,43)', kreditförluster and kreditförlustnivå, räntabilitet; a director's paragraph ending in
# 'säger sparbanksdirektör'; utlåning 'växte ... med 1,1 miljarder kronor och stod den 30 september på', 'att jämföra
# med 26,3 miljarder vid årsskiftet', 'drygt tre fjärdedelar', inlåning 'sedan årsskiftet'; third-quarter figures
# 'lägre än under andra kvartalet', 'i stort sett oförändrade, 104,2 mnkr mot 103,8 mnkr kvartalet innan'; capital
# ratio with a labelled bracket '(20,8 procent vid utgången av 2025)'; a plain-text table 'Jul–sep 2026' / 'Jul–sep
# 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with units in the row labels), a statistics agency's monthly foreign-trade
# release for September 2026 ('Publicerad: 2026-10-15'; export, import and handelsbalans in miljarder kronor against
# September 2025, seasonally adjusted 'mattades ... av' / 'minus 0,2 procent', 'Under årets nio första månader',
# product groups 'tog fart', 'gick åt andra hållet', 'backade med närmare en femtedel och stannade på', EU shares,
# largest markets; a plain-text table by country group 'Export, mdkr' / 'Förändr. mot sep 2025, %' / 'Import, mdkr' /
# 'Förändr. mot sep 2025, %'; a revision habit 'brukar vara mindre än 0,5 procent'), a university's admissions
# statistics for the autumn term 2026 (Markdown, '**Mittlanda universitet · Studentavdelningen · Publicerad 16 juli
# 2026**'; sökande, förstahandssökande, antagna, 'dimensionerat för omkring 7 400 nybörjare', 'förstahandssökande per
# plats jämfört med 5,8 i fjol', 'har det dalat något', 'har stigit för andra året i rad', 'utökat programmet med 20
# platser'; a Markdown table by programme 'Platser' / 'Förstahandssökande' / 'Per plats ht 2026' / 'Per plats ht 2025'
# / 'Antagna'; 'Drygt var tredje antagen', a quote), a municipality's budget proposal for 2027 with plan 2028–2029
# ('Publicerad den 8 oktober 2026'; 'skattesatsen lämnas oförändrad på 22,04 kronor per hundralapp', skatter och
# bidrag in miljoner kronor, resultat against the target 'minst 2 procent', plan years, population 'vid nästa
# årsskifte', 'för fjärde året i följd', 'kronor per elev', 'ett tillskott på', 'effektivisera för', investments in
# mnkr, självfinansieringsgrad, låneskuld 'från ... till', 'kronor per invånare', a quote 'för sjätte året'; a
# plain-text table 'Prognos 2026' / 'Budget 2027' / 'Plan 2028' / 'Plan 2029' with signed cost rows), an UNDATED local
# party page on schools (no date, no sidecar; 'Vi vill anställa 40 fler lärare', 'kronor per elev och år' against a
# neighbouring municipality and the national average, 'elever på varje lärare', the OECD average of education spending
# and of a test score, class sizes in Finland and Sweden, a numbered list 'Det här vill vi göra', costs), a monthly
# fuel-deliveries release for October 2026 dated only by its sidecar (2026-11-19; kubikmeter of petrol, diesel, HVO100
# and E85 against October 2025 and 'Under årets tio första månader', 'nästan en tredjedel mer', 'nästan halverades',
# renewable share 'jämfört med 16,8 procent i oktober 2025', a requirement 'minst 6 procents minskning', rechargeable
# cars; a plain-text table 'Okt 2026, kubikmeter' / 'Förändring, %' / 'Jan–okt 2026, kubikmeter' / 'Förändring, %'
# with a 'varav' row), a regional public-transport operator's HTML page on the timetable change from 13 December 2026
# (cookie notice, menu, breadcrumb, related links, footer; 'Publicerad 12 november 2026'; '23 av våra 71 busslinjer',
# 'avgångar en vanlig vardag', 'sex turer i timmen ... i stället för fyra', 'avgångar per vardag ..., mot 28 i dag',
# 'Restiden kortas med 9 minuter till 52 minuter', a booking rule, 'färre än 15 personer per dag', 'förlängs ... med 4
# minuter till 67 minuter fram till och med mars', an HTML table 'I dag' / 'Från 13 december' / 'Restid, minuter'
# under the caption 'Linjer med störst förändring, avgångar per vardag') and a national sports association's annual
# report for 2025 ('Publicerad 19 mars 2026'; föreningar, medlemmar 'en ökning med 6,1 procent från året innan',
# 'Jämfört med 2019 ... 19 procent högre', licensierade spelare with a labelled bracket '(16 210 år 2024)', 'upp från
# 34 procent 2019', 'sju av tio', trainers and referees 'för andra året i följd', 'en 5:e plats', intäkter with an
# unlabelled bracket '(59,1)', state grant, sponsorship, surplus 'att jämföra med ett underskott på 0,9 miljoner kronor
# 2024', a quote 'nästan 8 000 medlemmar sedan 2019'; a plain-text table '2025' / '2024' / '2019' whose rows are
# measures).
# The r8-r19 decisions are followed: periods at year grain; a relative expression in the sentence ('i fjol', 'förra
# året', 'i år', 'i dag', 'nu', 'nästa år', 'sedan årsskiftet', 'årets nio/tio första månader', 'sedan januari', 'sedan
# 2019') resolves against the publication date and is not lenient; a month without a year, a heading's, title's,
# caption's or the document's period, present tense, 'kvartalet innan' / 'året innan' / 'säsongen innan' /
# 'vid årsskiftet' are lenient; brackets take the period their note or label names (not lenient) and carry no
# direction; a level followed by ', en ökning/uppgång/nedgång/minskning med', ', X fler än', ', mot X <earlier time>', ',
# jämfört med X <earlier time>', ', att jämföra/ställa mot X <earlier time>', ', upp från X' or a next sentence 'Det är
# X mindre' is the new value after a change (direction), earlier values and from-values have none; comparisons at one
# time (municipalities, countries, the OECD average, a requirement) have no direction; multipliers ('nästan
# halverades', 'Halvera') are optional; change sizes written as fractions ('närmare en femtedel', 'nästan en
# tredjedel') are required ratios; targets, requirements and demands are required, rules that only define something
# (a booking rule, a page count) optional; a change against a base year spans base year to report year (lenient);
# table cells take their column headers' periods (not lenient when the header names a year or 'I dag'; a caption's
# period lenient), change columns with direction from the sign; rows that are categories take the caption's or the
# column header's measure as subject, rows that are measures their own label; 'vilket är' / 'Det blir' without a noun,
# elided nouns, a figure as grammatical subject and a pronoun 'Av dem' have s None; a share 'X av <noun>' takes that
# noun when the verb's subject is no measure and the verb's subject when it is one; an apposition 'motsvarande X
# procent av' takes the level's subject; the payer, the receiver, the owner, an actor and a country are no subject;
# 'per elev' / 'per invånare' / 'för varje barn' are per="capita", 'per plats' per="place"; 'kronor per hundralapp' is
# SEK with per None; K/I-tal is unit number; runs ('för andra året i rad', 'för fjärde året i följd', 'för sjätte
# året') are required ordinals with the noun 'året' (kind 'ordinal' set explicitly, as the contract says; G() would
# otherwise default an ordinal's kind to 'measure'); a bare 'nya' is an event count without direction; a paragraph
# ending in 'säger <title> <name>' credits every figure in it to that person (quote); the party page's first-person
# sentences are 'publisher'; the UNDATED text has no period on any figure ('Förra läsåret', 'dagens' included).
# Where those were silent, decided here:
# - Savings bank: the bullets take 2026 leniently (the title names 'januari–september 2026'), their brackets 2025 (the
#   note names 'motsvarande period 2025': not lenient). 'K/I-talet försämrades till 0,47' is an increase (the ratio went
#   up; 'försämrades' judges, the figure decides, as r19_a's 'förbättrades till'). 'vilket ger en kreditförlustnivå på
#   0,09' and 'landade på' state no change. In the director's paragraph '1 240 nya helkunder sedan årsskiftet' is an
#   event count (2026, not lenient), 'har nu 38 700' is 2026 ('nu'), elided (s None); 'de nästan 19 miljoner kronorna
#   gäller ...' has the figure as grammatical subject (s None). 'stod den 30 september på 27,4 miljarder' is the new
#   value after 'växte ... med' (increase); '26,3 miljarder vid årsskiftet' is 31 December 2025 (2025, lenient).
#   'förmedlat bolån för 9,6 miljarder' takes 'bolån' (the noun attached). 'Kostnaderna hölls i stort sett
#   oförändrade, 104,2 mnkr mot 103,8 mnkr kvartalet innan' is an increase (the figures rise; 'i stort sett' hedges,
#   as r19_a's 'i stort sett oförändrat, plus 0,1 procent'); 'kvartalet innan' is Q2 2026 (2026, lenient). The
#   labelled bracket '(20,8 procent vid utgången av 2025)' is 2025, not lenient. '8,4 procentenheter över myndighetens
#   krav' is a gap against a requirement at one time (no direction, s None after 'vilket är'). 'Ur gåvofonden delades
#   6,5 mnkr ut till föreningar och lokala projekt': the receivers are no subject (s None). Table: every column names
#   its period (not lenient); 'Jul–sep 2026' is 2026.
# - Foreign trade: 'i september' is 2026 (lenient). 'Handelsbalansen visade ... ett överskott på 6,5 miljarder' takes
#   the noun attached ('ett överskott'), increase against 'ett överskott på 1,4 miljarder kronor i september i fjol'
#   (2025, not lenient). 'minus 0,2 procent' is value −0.2, decrease (the sign decides after 'i stort sett stod
#   still'). 'exporterades varor för 1 602 miljarder' takes 'varor'; 'Det är 3 procent mindre' takes the level's
#   subject, lenient (the period is the previous sentence's). 'för januari–september' (no year) is 2026 lenient.
#   'Norge förblev den största enskilda exportmarknaden med 17,3 miljarder' and 'Tyskland med 16,0 miljarder': a
#   country is no measure (s None). 'Handeln med EU-länderna svarade för 56 procent av exporten och 63 procent av
#   importen': the verb's subject is a measure, both shares take it. The revision habit 'brukar vara mindre än 0,5
#   procent' has no period. Table: caption 'september 2026' (lenient) for every cell; the 'Export, mdkr' / 'Import,
#   mdkr' columns give the subject of their own cells and of the change column beside them; every change cell is
#   signed.
# - Admissions: the term is 2026; 'Inför höstterminen 2026' is explicit for the lead and its ', 1 130 fler än' (not
#   lenient); the following sentences without a year are lenient. 'Psykologprogrammet har visserligen högre söktryck,
#   10,5 per plats, men där har det dalat något' makes 10,5 the level after a fall (decrease), s 'högre söktryck'.
#   'har utökat programmet med 20 platser' is an increase, s 'platser'. 'Kvinnorna utgör 64 procent av de antagna' takes
#   'de antagna' (Kvinnorna is no measure); 'en andel som har legat still' states no change. '310 betalande studenter
#   ..., en minskning med 40 personer från förra året' gives both figures the students as subject (decrease). The
#   quote's '1,3 behöriga sökande per plats' is 2026 lenient ('fortfarande'). Table: 'Platser', 'Förstahandssökande'
#   and 'Antagna' take 2026 leniently (no year in the header), 'Per plats ht 2026' / 'Per plats ht 2025' are explicit,
#   per="place", with subject 'Förstahandssökande' (the neighbouring header names what is counted per place, as r12_b's
#   caption). 'F–3' in a programme name, '25 år eller äldre' (age), the dates of the second round and 'vecka 34' are N.
# - Budget: the tax rate 'Kommunstyrelsen föreslår att skattesatsen lämnas oförändrad på 22,04 kronor per hundralapp
#   nästa år' is 2027 (not lenient), credited to Kommunstyrelsen, no direction; the rest of the proposal is reported in
#   the third person (sp None). '3,1 procent mer än i årets prognos' is 2027 (explicit in the sentence), increase.
#   'motsvarande 2,0 procent av skatter och bidrag' takes the level's subject ('Resultatet'). The standing financial
#   target 'minst 2 procent' has no period, s 'ett resultat'. 'räknar förvaltningen med 52 mnkr 2028 och 61 mnkr
#   2029': explicit years, elided (s None). '24 600 invånare vid nästa årsskifte' is the end of 2026 (2026, not
#   lenient; published October 2026), ', ungefär 150 fler än i dag' an increase. 'växer med närmare 5 procent per år' is
#   per="year", increase, 2027 lenient. 'Grundskolan tilldelas 121 800 kronor per elev' takes the goal of the money
#   (per="capita"). 'får ett tillskott på 18,5 mnkr' is an increase (an addition), s the receiving service
#   ('Äldreomsorgen': a budget's service area is the goal of the money, r6; a grant's receiving associations, as in
#   the savings bank's gift fund and r19_b's foundation, are not). 'effektivisera för 28 miljoner kronor'
#   is a cut: decrease, s None (the actor); 'eller drygt 1 procent av nettokostnaderna' takes 'nettokostnaderna',
#   decrease. '142 mnkr till den nya F–6-skolan' takes the goal (head 'F–6-skolan', written '6-skolan': the scorer's words split at the dash; 'F–6' is N). 'Under hela
#   planperioden investeras 812 mnkr' spans ('2027', '2029'), lenient, s None. 'Låneskulden väntas stiga från 1 140
#   mnkr vid utgången av 2026 till 1 390 mnkr 2029': from-value 2026, new value 2029 (increase); 'Det blir 56 500
#   kronor per invånare' is 2029 (lenient), s None. Table: rows are measures (their labels the subjects); the signed
#   cost and financial rows keep the sign in the value and have no direction (no change column); every column names its
#   year (not lenient). The page count '64 sidor' is optional.
# - Party page (UNDATED): sentences with 'vi' / 'vårt' / 'våra' and the list under 'Det här vill vi göra' are
#   'publisher' (speaker 'Ringstapartiet'); the promise 'anställa 40 fler lärare' (twice) and '12 fler speciallärare'
#   are planned increases (direction increase: 'fler' in a promise to hire is a change of the stock, unlike r19_b's
#   counterfactual '200 000 fler unga'). 'Ringsta lägger 118 500 kronor per elev och år på grundskolan' takes the goal;
#   'Grannkommunen Ösby lägger 131 200 kronor' is elided (s None). 'över 12 000 kronor för varje barn, varje år' is
#   per="capita" (the non-time denominator wins). 'elever på varje lärare' is per="teacher". 'Sverige satsar 5,4
#   procent av BNP på utbildning' takes the goal 'utbildning'. 'svenska 15-åringar fick 482 poäng' (unit number): the
#   scorers are no subject (s None); '10 poäng över OECD-snittet' is a gap at one time. 'i Sverige 22' is elided.
#   'minst två timmar i veckan till planering' is a demand (at_least, per="week", s the goal 'planering'). 'Halvera
#   antalet obehöriga lärare på fyra år' is an optional multiplier in a demand ('på fyra år' has no digits: left out).
#   'Lärarna kostar omkring 31 miljoner kronor om året' takes 'Lärarna'; 'mindre än 2 procent av kommunens budget' takes
#   the budget ('det' is no measure); 'som beräknas kosta 240 miljoner kronor' takes 'bygget av det nya kommunhuset' and
#   is 'publisher' ('Vi finansierar'). 'Förra läsåret' and 'dagens 3 150 elever' give no period (undated).
# - Fuel deliveries (sidecar 2026-11-19): 'I oktober' is 2026 (lenient). 'av dem var 41 900 kubikmeter ren HVO100'
#   takes 'ren HVO100' (head 'HVO100'; the digits inside the names 'HVO100' and 'E85' are N at every occurrence).
#   'nästan halverades ... och stannade på 1 840 kubikmeter': the multiplier is optional (ratio, approx, decrease), the
#   level a decrease. 'Dieselvolymen ligger nästan på fjolårets nivå, 0,6 procent lägre' is a decrease (year to date,
#   2026 lenient: the period is the previous sentence's). 'sedan januari' resolves to 2026 (not lenient). 'krav på
#   minst 6 procents minskning av utsläppen' is a statutory requirement 'i år' (2026, not lenient): required, at_least,
#   decrease, s 'utsläppen' (the thing that is to change). Kubikmeter is unit m3. Table: caption's measure
#   ('Leveranser') for every cell; 'Okt 2026' and 'Jan–okt 2026' explicit, both 'Förändring, %' columns 2026 lenient
#   with direction from the sign; the 'varav HVO100' row is annotated like any other.
# - Timetable change (HTML): the new timetable applies from 13 December 2026: its figures take 2026 leniently (the
#   year of the change; the lead names the date without a year, the Publicerad line gives it); the current service
#   ('i dag', the table column 'I dag') is 2026 not lenient. '23 av våra 71 busslinjer' is the operator's own first
#   person ('publisher', speaker 'Norrbackatrafiken'); the page's other sentences are third-person reporting. 'en vanlig vardag' / 'per vardag' are per="day"; 'turer i
#   timmen' per="hour". 'sex turer ... i stället för fyra' makes six the new value (increase), 'fyra' elided. 'får
#   två extra turer' and 'tillkommer 12 nattavgångar' are increases (additions). 'förlängs ... med 4 minuter till 67
#   minuter fram till och med mars' spans ('2026', '2027'), lenient. 'kan beställas fram till 60 minuter före avgång'
#   is a booking rule (optional). 'Trafikförändringarna kostar regionen cirka 14 miljoner kronor per år' takes the
#   changes (the payer is no subject); 'varav ungefär hälften går till expressbussarna' takes the goal. Table: caption
#   'avgångar per vardag' gives count per="day" and subject to the two departure columns; 'Restid, minuter' is minute
#   with subject 'Restid' (2026 lenient). Line numbers in prose and row labels, the breadcrumb's 'december 2026', the
#   related link 'Periodbiljett 90 dagar', the date the timetables appear online, addresses, phone, org number and the
#   copyright year are N.
# - Sports association: 'Vid utgången av 2025' is explicit for the lead sentence and its ', en ökning med 6,1 procent
#   från året innan'. 'Jämfört med 2019 ... är medlemsantalet 19 procent högre' spans ('2019', '2025'), lenient,
#   increase. The labelled bracket '(16 210 år 2024)' is 2024 (not lenient); the unlabelled bracket '64,8 miljoner
#   kronor (59,1)' in a report on 2025 is the year before (2024, lenient). 'Flickor och kvinnor stod för 38 procent av
#   licenserna' and 'spelare under 16 år svarade för 9 850 av licenserna' take 'licenserna' (the verb's subject is no
#   measure); 'upp från 34 procent 2019' makes 38 an increase. 'Under året anslöts 11 nya föreningar medan 4 upphörde'
#   are event counts (no direction), '4' elided. 'en 5:e plats' is an ordinal (s 'plats'). 'ett överskott på 1,6
#   miljoner kronor, att jämföra med ett underskott på 0,9 miljoner kronor 2024': the surplus is the new value
#   (increase, the result improved), the deficit keeps its written (positive) figure with subject 'ett underskott'.
#   'utgjorde därmed 48 procent av intäkterna' takes the state grant (the verb's subject is a measure). 'Vi har vuxit
#   med nästan 8 000 medlemmar sedan 2019' in the chair's quote spans ('2019', '2026') ('sedan' resolves to now, as
#   r19_b's port investment), increase. Table: rows are measures, columns '2025' / '2024' / '2019' explicit.
# - Negatives: datelines and Publicerad lines, titles', captions' and column headers' periods, bracket notes and
#   labels, years and dates that only place a claim ('mot september 2025', 'inför hösten 2025', 'vid utgången av 2026',
#   '52 mnkr 2028', 'sedan 2019', 'tio månader 2025', 'i oktober 2025'), balance dates ('den 30 september'), next
#   releases, meeting and deadline dates, 'vecka 34', 'Tabell 1', grades in names ('F–3', 'F–6'), age bands ('80 år',
#   '25 år', '16 år', '15-åringar'), list numbering, line numbers, the digits of 'HVO100' and 'E85', chrome, phone
#   numbers, addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'i flera steg', 'första gången', 'de senaste fem åren', 'första
#   urvalet', 'andra urvalet', 'på fyra år', 'de elva största drivmedelsleverantörerna', 'båda tåglinjerna', 'under sitt
#   första år', 'andra kvartalet', 'tio första månader', 'nio första månader'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2024", "2025", "2026", "2027", "2028", "2029")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y24, Y25, Y26, Y27, Y28, Y29 = (Y[y] for y in ("2019", "2024", "2025", "2026", "2027", "2028", "2029"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. savings bank, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RK = ("Resultatet före kreditförluster", "Resultatet")
    KI = ("K/I-talet", "K/I-talet")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KN = ("en kreditförlustnivå", "kreditförlustnivå")
    PR = ("Periodens resultat efter skatt", "resultat")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    AW = ("Annika Wessel", "quote")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    IN = ("Inlåningen från allmänheten", "Inlåningen")
    KO = ("Kostnaderna", "Kostnaderna")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    sb = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r20_b_sparbank_jan_sep"] = [
        G("6,6 procent", 6.6, "percent", **L26, direction="decrease", s=RN, sp=None, note="the report's period (title 'januari–september 2026')"),
        G("612,4", 612.4e6, "SEK", ctx="till [612,4] (655,8)", **L26, direction="decrease", s=RN, sp=None, note="'minskade med ... och uppgick till': the new value"),
        G("655,8", 655.8e6, "SEK", ctx="612,4 ([655,8]) mnkr", t=Y25, s=RN, sp=None, note="bracket: the note names 'motsvarande period 2025'"),
        G("148,9", 148.9e6, "SEK", ctx="till [148,9] (137,2)", **L26, direction="increase", s=PN, sp=None),
        G("137,2", 137.2e6, "SEK", ctx="148,9 ([137,2]) mnkr", t=Y25, s=PN, sp=None),
        G("421,7", 421.7e6, "SEK", ctx="blev [421,7] (468,0)", **L26, s=RK, sp=None),
        G("468,0", 468.0e6, "SEK", ctx="421,7 ([468,0]) mnkr", t=Y25, s=RK, sp=None),
        G("0,47", 0.47, "number", ctx="till [0,47] (0,43)", **L26, direction="increase", s=KI, sp=None, note="'försämrades till': the ratio went up"),
        G("0,43", 0.43, "number", ctx="0,47 ([0,43])", t=Y25, s=KI, sp=None),
        G("18,3", 18.3e6, "SEK", ctx="till [18,3] (9,6)", **L26, direction="increase", s=KF, sp=None),
        G("9,6", 9.6e6, "SEK", ctx="18,3 ([9,6]) mnkr", t=Y25, s=KF, sp=None),
        G("0,09", 0.09, "percent", ctx="på [0,09] (0,05)", **L26, s=KN, sp=None, note="'vilket ger': no change of its own"),
        G("0,05", 0.05, "percent", ctx="0,09 ([0,05]) procent", t=Y25, s=KN, sp=None),
        G("318,2", 318.2e6, "SEK", ctx="på [318,2] (358,9)", **L26, s=PR, sp=None, note="'landade på': no direction"),
        G("358,9", 358.9e6, "SEK", ctx="318,2 ([358,9]) mnkr", t=Y25, s=PR, sp=None),
        G("9,8", 9.8, "percent", ctx="till [9,8] (11,9)", **L26, direction="decrease", s=RE, sp=None),
        G("11,9", 11.9, "percent", ctx="9,8 ([11,9]) procent", t=Y25, s=RE, sp=None),
        G("1 240 nya helkunder", 1240, "count", t=Y26, s=("nya helkunder", "helkunder"), sp=AW, note="'sedan årsskiftet' resolves to 2026; bare 'nya': no direction; quote paragraph ending in 'säger sparbanksdirektör'"),
        G("38 700", 38700, "count", t=Y26, s=None, sp=AW, note="'har nu': elided noun"),
        G("nästan 19 miljoner kronorna", 19e6, "SEK", bound="approx", **L26, s=None, sp=AW, note="the figure is the grammatical subject"),
        G("1,1 miljarder kronor", 1.1e9, "SEK", **L26, direction="increase", s=UT, sp=None, note="'under de första nio månaderna' (no year)"),
        G("27,4 miljarder kronor", 27.4e9, "SEK", **L26, direction="increase", s=UT, sp=None, note="'växte med ... och stod den 30 september på': the new value"),
        G("26,3 miljarder", 26.3e9, "SEK", **L25, s=UT, sp=None, note="'vid årsskiftet' = 31 December 2025"),
        G("drygt tre fjärdedelar", 0.75, "ratio", bound="approx", **L26, s=("Bolånen", "Bolånen"), sp=None),
        G("4,2 procent", 4.2, "percent", t=Y26, direction="increase", s=IN, sp=None, note="'sedan årsskiftet'"),
        G("24,9 miljarder kronor", 24.9e9, "SEK", t=Y26, direction="increase", s=IN, sp=None, note="'ökade med ... och nådde'"),
        G("9,6 miljarder kronor", 9.6e9, "SEK", **L26, s=("bolån", "bolån"), sp=None, note="'har förmedlat bolån för': the noun attached"),
        G("198,6 mnkr", 198.6e6, "SEK", **L26, direction="decrease", s=("Räntenettot för juli–september", "Räntenettot"), sp=None, note="', 3,1 procent lägre än under andra kvartalet'"),
        G("3,1 procent", 3.1, "percent", **L26, direction="decrease", s=("Räntenettot för juli–september", "Räntenettot"), sp=None),
        G("104,2 mnkr", 104.2e6, "SEK", **L26, direction="increase", s=KO, sp=None, note="'i stort sett oförändrade, 104,2 mnkr mot 103,8 mnkr kvartalet innan': the figures rise"),
        G("103,8 mnkr", 103.8e6, "SEK", **L26, s=KO, sp=None, note="'kvartalet innan' = Q2 2026"),
        G("21,6 procent", 21.6, "percent", **L26, s=KP, sp=None, note="'den 30 september' (no year)"),
        G("20,8 procent", 20.8, "percent", t=Y25, s=KP, sp=None, note="bracket labelled 'vid utgången av 2025'"),
        G("8,4 procentenheter", 8.4, "percentage_point", **L26, s=None, sp=None, note="against a requirement at one time; 'vilket är'"),
        G("214 medarbetare", 214, "count", **L26, s=("medarbetare", "medarbetare"), sp=None),
        G("11 kontor", 11, "count", **L26, s=("kontor", "kontor"), sp=None),
        G("6,5 mnkr", 6.5e6, "SEK", **L26, s=None, sp=None, note="'delades ... ut till föreningar': the receiver is no subject"),
        *_row(G, "Räntenetto, mnkr", ["198,6", "221,4", "612,4", "655,8"], sb("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025'"),
        *_row(G, "Provisionsnetto, mnkr", ["51,3", "46,0", "148,9", "137,2"], sb("SEK", 1e6), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Kreditförluster, mnkr", ["7,9", "2,8", "18,3", "9,6"], sb("SEK", 1e6), ("Kreditförluster", "Kreditförluster")),
        *_row(G, "K/I-tal", ["0,48", "0,42", "0,47", "0,43"], sb("number", 1), ("K/I-tal", "K/I-tal")),
    ]
    NEG["r20_b_sparbank_jan_sep"] = [
        N("2026", ctx="januari–september [2026]", note="title"), N("2025", ctx="period [2025].", note="bracket note"),
        N("30 september", ctx="stod den [30 september]", note="balance date"), N("30 september", ctx="uppgick den [30 september]", note="balance date"),
        N("2025", ctx="utgången av [2025])", note="bracket label"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("22 oktober 2026", note="dateline"), N("0612-77 300"), N("587200-4413", note="org number"),
    ]

    # ------------------------------------------------------------ 2. foreign trade, September 2026 (Publicerad: 2026-10-15)
    EX = ("Värdet av Sveriges varuexport", "Värdet")
    VI = ("Varuimporten", "Varuimporten")
    OV = ("ett överskott", "överskott")
    VA = ("varor", "varor")
    IM = ("Importen", "Importen")
    EU = ("Handeln med EU-länderna", "Handeln")
    ET = ("Export", "Export")
    IT = ("Import", "Import")
    vh = [("SEK", 1e9, None, Y26, True, False), ("percent", 1, None, Y26, True, True)] * 2
    VHS = [ET, ET, IT, IT]
    GOLD["r20_b_varuhandel_september"] = [
        G("178,4 miljarder kronor", 178.4e9, "SEK", **L26, direction="increase", s=EX, sp=None, note="'i september' (no year); ', en uppgång med 5 procent mot september 2025'"),
        G("5 procent", 5, "percent", ctx="uppgång med [5 procent]", **L26, direction="increase", s=EX, sp=None),
        G("171,9 miljarder kronor", 171.9e9, "SEK", **L26, direction="increase", s=VI, sp=None, note="', 2 procent mer än för ett år sedan'"),
        G("2 procent", 2, "percent", ctx="kronor, [2 procent] mer", **L26, direction="increase", s=VI, sp=None),
        G("6,5 miljarder kronor", 6.5e9, "SEK", **L26, direction="increase", s=OV, sp=None, note="', att ställa mot ett överskott på 1,4 ... i september i fjol': the new value"),
        G("1,4 miljarder kronor", 1.4e9, "SEK", t=Y25, s=OV, sp=None, note="'i september i fjol' resolves"),
        G("1,4 procent", 1.4, "percent", **L26, direction="decrease", s=("exporten", "exporten"), sp=None, note="seasonally adjusted against August"),
        G("minus 0,2 procent", -0.2, "percent", **L26, direction="decrease", s=("importen", "importen"), sp=None, note="'i stort sett stod still, minus': the sign decides"),
        G("1 602 miljarder kronor", 1602e9, "SEK", t=Y26, direction="decrease", s=VA, sp=None, note="'Under årets nio första månader' resolves; next sentence 'Det är 3 procent mindre'"),
        G("3 procent", 3, "percent", ctx="Det är [3 procent] mindre", **L26, direction="decrease", s=VA, sp=None, note="'Det är': the level's subject"),
        G("1 548 miljarder kronor", 1548e9, "SEK", **L26, direction="decrease", s=IM, sp=None, note="', en nedgång med 1 procent'"),
        G("1 procent", 1, "percent", ctx="nedgång med [1 procent]", **L26, direction="decrease", s=IM, sp=None),
        G("54 miljarder kronor", 54e9, "SEK", **L26, s=OV, sp=None, note="'för januari–september' (no year)"),
        G("14 procent", 14, "percent", **L26, direction="increase", s=("Exporten av personbilar och andra vägfordon", "Exporten"), sp=None),
        G("21,7 miljarder kronor", 21.7e9, "SEK", **L26, direction="increase", s=("Exporten av personbilar och andra vägfordon", "Exporten"), sp=None),
        G("9 procent", 9, "percent", **L26, direction="decrease", s=("exportvärdet", "exportvärdet"), sp=None),
        G("15,2 miljarder kronor", 15.2e9, "SEK", **L26, direction="decrease", s=("exportvärdet", "exportvärdet"), sp=None),
        G("närmare en femtedel", 0.2, "ratio", bound="approx", **L26, direction="decrease", s=("Importen av råolja och bränslen", "Importen"), sp=None, note="the size of a change written as a fraction: required"),
        G("17,8 miljarder kronor", 17.8e9, "SEK", **L26, direction="decrease", s=("Importen av råolja och bränslen", "Importen"), sp=None, note="'backade ... och stannade på'"),
        G("56 procent", 56, "percent", **L26, s=EU, sp=None, note="'svarade för X av exporten': the verb's subject is a measure"),
        G("63 procent", 63, "percent", **L26, s=EU, sp=None, note="the same verb's subject"),
        G("17,3 miljarder kronor", 17.3e9, "SEK", **L26, s=None, sp=None, note="a country is no measure"),
        G("16,0 miljarder", 16.0e9, "SEK", **L26, s=None, sp=None, note="elided"),
        G("drygt 11 procent", 11, "percent", bound="approx", **L26, direction="increase", s=("Exporten till Nordamerika", "Exporten"), sp=None),
        *_row(G, "EU", ["99,9", "+3,8", "108,3", "+1,2"], vh, VHS, note="table 1 (caption 'september 2026', lenient): 'Export, mdkr' / 'Förändr. mot sep 2025, %' / 'Import, mdkr' / 'Förändr. mot sep 2025, %'"),
        *_row(G, "Övriga Europa", ["27,6", "+6,9", "18,9", "−4,5"], vh, VHS),
        *_row(G, "Nordamerika", ["16,2", "+11,3", "9,4", "+2,7"], vh, VHS),
        *_row(G, "Asien", ["23,1", "+4,0", "28,6", "+6,1"], vh, VHS),
        *_row(G, "Övriga världen", ["11,6", "+2,2", "6,7", "+3,9"], vh, VHS),
        *_row(G, "Totalt", ["178,4", "+5,0", "171,9", "+2,0"], vh, VHS),
        G("mindre än 0,5 procent", 0.5, "percent", bound="less_than", s=("Revideringarna", "Revideringarna"), sp=None, note="a habit ('brukar'): no period"),
    ]
    NEG["r20_b_varuhandel_september"] = [
        N("september 2026", ctx="utlandet, [september 2026]", note="title"), N("2026-10-15", note="Publicerad line"),
        N("september 2025", ctx="mot [september 2025].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"), N("september 2026", ctx="ländergrupp, [september 2026]", note="caption"),
        N("sep 2025", ctx="Export, mdkr Förändr. mot [sep 2025]", note="column header"),
        N("sep 2025", ctx="Import, mdkr Förändr. mot [sep 2025]", note="column header"),
        N("13 november 2026", note="next release"), N("oktober 2026", note="next release's month"),
        N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. university admissions, autumn 2026 (Markdown, Publicerad 16 juli 2026)
    PE = ("personer", "personer")
    FH = ("förstahandssökande", "förstahandssökande")
    SG = ("Söktrycket på grundlärarprogrammet", "Söktrycket")
    BS = ("betalande studenter", "studenter")
    HS = ("Helena Strömgren", "quote")
    ad = [("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False), ("count", 1, "place", Y26, False, False),
          ("count", 1, "place", Y25, False, False), ("count", 1, None, Y26, True, False)]
    ADS = [("Platser", "Platser"), ("Förstahandssökande", "Förstahandssökande"), ("Förstahandssökande", "Förstahandssökande"),
           ("Förstahandssökande", "Förstahandssökande"), ("Antagna", "Antagna")]
    GOLD["r20_b_antagning_ht2026"] = [
        G("31 480 personer", 31480, "count", t=Y26, direction="increase", s=PE, sp=None, note="'Inför höstterminen 2026'; ', 1 130 fler än inför hösten 2025'"),
        G("1 130", 1130, "count", t=Y26, direction="increase", s=PE, sp=None),
        G("12 960", 12960, "count", **L26, s=None, sp=None, note="'Av dem': pronoun"),
        G("8 215 sökande", 8215, "count", **L26, direction="increase", s=("sökande", "sökande"), sp=None, note="', vilket är 4 procent fler än för ett år sedan'"),
        G("4 procent", 4, "percent", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("omkring 7 400 nybörjare", 7400, "count", bound="approx", t=Y26, s=("nybörjare", "nybörjare"), sp=None, note="'i år'"),
        G("6,3 förstahandssökande per plats", 6.3, "count", per="place", **L26, direction="increase", s=FH, sp=None, note="', jämfört med 5,8 i fjol'"),
        G("5,8", 5.8, "count", ctx="jämfört med [5,8] i fjol", per="place", t=Y25, s=FH, sp=None, note="'i fjol' resolves"),
        G("10,5 per plats", 10.5, "count", per="place", **L26, direction="decrease", s=("högre söktryck", "söktryck"), sp=None, note="'men där har det dalat något': the level after a fall"),
        G("andra", 2, "ordinal", kind="ordinal", ctx="för [andra] året", **L26, s=("året", "året"), sp=None, note="a run"),
        G("2,4 förstahandssökande per plats", 2.4, "count", per="place", t=Y26, direction="increase", s=SG, sp=None, note="'ligger nu på ..., mot 1,7 hösten 2025'"),
        G("1,7", 1.7, "count", ctx="mot [1,7] hösten", per="place", t=Y25, s=SG, sp=None),
        G("20 platser", 20, "count", **L26, direction="increase", s=("platser", "platser"), sp=None, note="'har utökat programmet med'"),
        G("11 procent", 11, "percent", **L26, direction="decrease", s=("antalet förstahandssökande", "antalet"), sp=None),
        *_row(G, "Sjuksköterskeprogrammet", ["150", "945", "6,3", "5,8", "176"], ad, ADS, sep=" | ", note="Markdown table: 'Platser' / 'Förstahandssökande' / 'Antagna' (lenient) / 'Per plats ht 2026' / 'Per plats ht 2025'"),
        *_row(G, "Grundlärarprogrammet F–3", ["120", "288", "2,4", "1,7", "138"], ad, ADS, sep=" | "),
        *_row(G, "Socionomprogrammet", ["110", "407", "3,7", "3,9", "129"], ad, ADS, sep=" | "),
        *_row(G, "Civilingenjör, datateknik", ["80", "124", "1,6", "1,9", "95"], ad, ADS, sep=" | "),
        *_row(G, "Psykologprogrammet", ["45", "472", "10,5", "11,2", "52"], ad, ADS, sep=" | "),
        G("64 procent", 64, "percent", **L26, s=("de antagna", "antagna"), sp=None, note="'Kvinnorna utgör X av de antagna'; 'har legat still': no direction"),
        G("Drygt var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("antagen", "antagen"), sp=None),
        G("310 betalande studenter", 310, "count", **L26, direction="decrease", s=BS, sp=None, note="', en minskning med 40 personer från förra året'"),
        G("40 personer", 40, "count", **L26, direction="decrease", s=BS, sp=None),
        G("1,3 behöriga sökande per plats", 1.3, "count", per="place", **L26, s=("behöriga sökande", "sökande"), sp=HS),
    ]
    NEG["r20_b_antagning_ht2026"] = [
        N("2026", ctx="hösten [2026]:", note="title"), N("16 juli 2026", note="Publicerad line"),
        N("2026", ctx="höstterminen [2026] sökte", note="places the claim"), N("hösten 2025", ctx="inför [hösten 2025].", note="places the comparison"),
        N("hösten 2025", ctx="1,7 [hösten 2025]", note="places the earlier value"),
        N("ht 2026", note="column header"), N("ht 2025", note="column header"), N("F–3", note="grades in a programme name"),
        N("25 år", note="age band"), N("6 augusti"), N("10 augusti"), N("vecka 34"), N("0611-86 40 00"),
    ]

    # ------------------------------------------------------------ 4. municipal budget proposal 2027, plan 2028-2029 (Publicerad den 8 oktober 2026)
    LE = ("Lars-Göran Ekman", "quote")
    SO = ("Skatteintäkter och generella statsbidrag", "Skatteintäkter")
    RS = ("Resultatet", "Resultatet")
    GS = ("Grundskolan", "Grundskolan")
    LS = ("Låneskulden", "Låneskulden")
    bu = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y28, F, F), ("SEK", 1e6, None, Y29, F, F)]
    GOLD["r20_b_budgetforslag_2027"] = [
        G("22,04 kronor", 22.04, "SEK", t=Y27, s=("skattesatsen", "skattesatsen"), sp=("Kommunstyrelsen", "credited"), note="'per hundralapp' (per None); 'nästa år'; 'lämnas oförändrad': no direction"),
        G("2 386 miljoner kronor", 2386e6, "SEK", t=Y27, direction="increase", s=SO, sp=None, note="', 3,1 procent mer än i årets prognos'"),
        G("3,1 procent", 3.1, "percent", t=Y27, direction="increase", s=SO, sp=None),
        G("2,8 procent", 2.8, "percent", **L27, direction="increase", s=("Verksamhetens nettokostnad", "nettokostnad"), sp=None),
        G("47 mnkr", 47e6, "SEK", **L27, s=RS, sp=None),
        G("2,0 procent", 2.0, "percent", **L27, s=RS, sp=None, note="'motsvarande X av skatter och bidrag': the level's subject"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="a standing financial target: no period; third person"),
        G("52 mnkr", 52e6, "SEK", t=Y28, s=None, sp=None, note="elided"),
        G("61 mnkr", 61e6, "SEK", t=Y29, s=None, sp=None, note="elided"),
        G("24 600 invånare", 24600, "count", t=Y26, direction="increase", s=("invånare", "invånare"), sp=None, note="'vid nästa årsskifte' = end of 2026; ', ungefär 150 fler än i dag'"),
        G("ungefär 150", 150, "count", bound="approx", t=Y26, direction="increase", s=("invånare", "invånare"), sp=None),
        G("fjärde", 4, "ordinal", kind="ordinal", ctx="för [fjärde] året", **L27, s=("året", "året"), sp=None, note="a run, forecast for the budget year"),
        G("närmare 5 procent", 5, "percent", bound="approx", per="year", **L27, direction="increase", s=("gruppen över 80 år", "gruppen"), sp=None),
        G("121 800 kronor", 121800, "SEK", per="capita", **L27, direction="increase", s=GS, sp=None, note="'per elev'; ', 3 400 kronor mer än i år'"),
        G("3 400 kronor", 3400, "SEK", per="capita", **L27, direction="increase", s=GS, sp=None),
        G("18,5 mnkr", 18.5e6, "SEK", **L27, direction="increase", s=("Äldreomsorgen", "Äldreomsorgen"), sp=None, note="'ett tillskott på': an addition"),
        G("40 platser", 40, "count", **L27, s=("platser", "platser"), sp=None),
        G("28 miljoner kronor", 28e6, "SEK", **L27, direction="decrease", s=None, sp=None, note="'effektivisera för': a cut; the actor is no subject"),
        G("drygt 1 procent", 1, "percent", bound="approx", **L27, direction="decrease", s=("nettokostnaderna", "nettokostnaderna"), sp=None),
        G("318 mnkr", 318e6, "SEK", t=Y27, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None),
        G("142 mnkr", 142e6, "SEK", t=Y27, s=("den nya F–6-skolan i Bäckby", "6-skolan"), sp=None, note="the goal of the money"),
        G("812 mnkr", 812e6, "SEK", t=("2027", "2029"), lenient=True, s=None, sp=None, note="'Under hela planperioden'; figure as grammatical subject"),
        G("58 procent", 58, "percent", t=Y27, s=("Självfinansieringsgraden", "Självfinansieringsgraden"), sp=None, note="'nästa år'"),
        G("1 140 mnkr", 1140e6, "SEK", t=Y26, s=LS, sp=None, note="from-value 'vid utgången av 2026'"),
        G("1 390 mnkr", 1390e6, "SEK", t=Y29, direction="increase", s=LS, sp=None),
        G("56 500 kronor", 56500, "SEK", per="capita", t=Y29, lenient=True, s=None, sp=None, note="'Det blir'"),
        G("sjätte", 6, "ordinal", kind="ordinal", ctx="för [sjätte] året", **L27, s=("året", "året"), sp=LE, note="a run"),
        *_row(G, "Skatter och bidrag", ["2 314", "2 386", "2 458", "2 531"], bu, ("Skatter och bidrag", "Skatter"), note="table 'Resultatbudget och investeringar, mnkr': 'Prognos 2026' / 'Budget 2027' / 'Plan 2028' / 'Plan 2029'"),
        *_row(G, "Verksamhetens nettokostnad", ["−2 271", "−2 334", "−2 401", "−2 465"], bu, ("Verksamhetens nettokostnad", "nettokostnad"), note="signed costs: no change column, no direction"),
        *_row(G, "Finansnetto", ["−8", "−5", "−5", "−5"], bu, ("Finansnetto", "Finansnetto")),
        *_row(G, "Årets resultat", ["35", "47", "52", "61"], bu, ("Årets resultat", "resultat")),
        *_row(G, "Investeringar", ["276", "318", "264", "230"], bu, ("Investeringar", "Investeringar")),
        G("64 sidor", 64, "count", optional=True, s=("sidor", "sidor"), sp=None, note="page count of the document"),
    ]
    NEG["r20_b_budgetforslag_2027"] = [
        N("2027", ctx="budget [2027] med", note="title"), N("2028–2029", note="title"), N("8 oktober 2026", note="Publicerad line"),
        N("2027", ctx="miljoner kronor [2027],", note="places the figure"), N("2028", ctx="52 mnkr [2028]", note="places the figure"),
        N("2029", ctx="61 mnkr [2029]", note="places the figure"), N("80 år", note="age band"),
        N("2027", ctx="318 mnkr [2027],", note="places the figure"), N("F–6", note="grades in a name"),
        N("2026", ctx="utgången av [2026]", note="places the from-value"), N("2029", ctx="1 390 mnkr [2029]", note="places the figure"),
        N("Prognos 2026", note="column header"), N("Budget 2027", note="column header"), N("Plan 2028", note="column header"),
        N("Plan 2029", note="column header"), N("23 november", note="meeting date"),
        N("Torggatan 2"), N("824 80"), N("0650-38 000"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on schools (no date, no sidecar)
    PB = ("Ringstapartiet", "publisher")
    LA = ("lärare", "lärare")
    EL = ("elever", "elever")
    GOLD["r20_b_parti_skolan"] = [
        G("40 fler lärare", 40, "count", direction="increase", s=LA, sp=PB, note="undated: no period; 'Vi vill anställa ... fler': a planned increase"),
        G("12 fler speciallärare", 12, "count", direction="increase", s=("speciallärare", "speciallärare"), sp=PB),
        G("omkring 31 miljoner kronor", 31e6, "SEK", ctx="kostar: [omkring 31 miljoner kronor]", bound="approx", per="year", s=None, sp=PB, note="'vi har räknat på vad det kostar'"),
        G("118 500 kronor", 118500, "SEK", per="capita", s=("grundskolan", "grundskolan"), sp=None, note="'per elev och år': the goal of the money"),
        G("131 200 kronor", 131200, "SEK", per="capita", s=None, sp=None, note="elided goal"),
        G("126 900 kronor", 126900, "SEK", per="capita", s=("genomsnittet för landets kommuner", "genomsnittet"), sp=None),
        G("över 12 000 kronor", 12000, "SEK", bound="more_than", per="capita", s=("Skillnaden mot Ösby", "Skillnaden"), sp=None, note="'för varje barn, varje år': the non-time denominator"),
        G("14,6 elever", 14.6, "count", per="teacher", s=EL, sp=None, note="'på varje lärare'"),
        G("12,1", 12.1, "count", ctx="mot [12,1] i riket", per="teacher", s=None, sp=None, note="elided"),
        G("Var femte", 0.2, "ratio", s=LA, sp=PB, note="'i våra skolor'"),
        G("78 procent", 78, "percent", s=("eleverna som lämnade nian", "eleverna"), sp=None, note="'Förra läsåret' in an undated text: no period"),
        G("knappt 8 procentenheter", 8, "percentage_point", bound="approx", s=None, sp=None, note="a gap at one time"),
        G("5,4 procent", 5.4, "percent", s=("utbildning", "utbildning"), sp=None, note="'satsar X av BNP på utbildning': the goal"),
        G("4,9 procent", 4.9, "percent", s=("OECD-genomsnittet", "OECD-genomsnittet"), sp=None),
        G("482 poäng", 482, "number", s=None, sp=None, note="the scorers are no subject"),
        G("10 poäng", 10, "number", s=None, sp=None, note="against the OECD average at one time"),
        G("19 elever", 19, "count", s=EL, sp=None),
        G("22", 22, "count", ctx="i Sverige [22].", s=None, sp=None, note="elided"),
        G("40 fler lärare", 40, "count", occ=2, direction="increase", s=LA, sp=PB, note="list under 'Det här vill vi göra'"),
        G("4 000 kronor", 4000, "SEK", per="capita", direction="increase", s=("skolpengen", "skolpengen"), sp=PB, note="'Höja ... med'"),
        G("fler än 22 elever", 22, "count", bound="at_most", per="class", s=EL, sp=PB, note="'ingen klass ... fler än': a negated bound, a demand"),
        G("minst två timmar", 2, "hour", bound="at_least", per="week", s=("planering", "planering"), sp=PB, note="a demand"),
        G("Halvera", 0.5, "number", direction="decrease", optional=True, s=("antalet obehöriga lärare", "antalet"), sp=PB, note="a multiplier verb in a demand"),
        G("omkring 31 miljoner kronor", 31e6, "SEK", ctx="Lärarna kostar [omkring 31 miljoner kronor]", bound="approx", per="year", s=("Lärarna", "Lärarna"), sp=None),
        G("knappt 13 miljoner kronor", 13e6, "SEK", bound="approx", per="year", s=("den höjda skolpengen", "skolpengen"), sp=None),
        G("3 150 elever", 3150, "count", s=EL, sp=None, note="'dagens' in an undated text: no period"),
        G("2 procent", 2, "percent", ctx="mindre än [2 procent]", bound="less_than", s=("kommunens budget", "budget"), sp=None),
        G("240 miljoner kronor", 240e6, "SEK", s=("bygget av det nya kommunhuset", "bygget"), sp=PB, note="'Vi finansierar'"),
    ]
    NEG["r20_b_parti_skolan"] = [
        N("15", ctx="svenska [15]-åringar", note="age"),
        N("1", ctx="[1]. Anställa", note="list numbering"), N("2", ctx="[2]. Höja", note="list numbering"),
        N("3", ctx="[3]. Se till", note="list numbering"), N("4", ctx="[4]. Ge alla", note="list numbering"),
        N("5", ctx="[5]. Halvera", note="list numbering"),
        N("Kyrkogatan 7"), N("762 41"), N("0175-210 55"),
    ]

    # ------------------------------------------------------------ 6. fuel deliveries, October 2026 (sidecar 2026-11-19)
    BE = ("bensin", "bensin")
    LD = ("Leveranserna av diesel", "Leveranserna")
    HV = ("ren HVO100", "HVO100")
    FB = ("försäljningen av bensin", "försäljningen")
    FD = ("flytande drivmedel", "drivmedel")
    FN = ("De förnybara drivmedlen", "drivmedlen")
    LV = ("Leveranser av flytande drivmedel", "Leveranser")
    dm = [("m3", 1, None, Y26, F, F), ("percent", 1, None, Y26, True, True), ("m3", 1, None, Y26, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r20_b_drivmedel_oktober"] = [
        G("241 600 kubikmeter", 241600, "m3", **L26, direction="decrease", s=BE, sp=None, note="'I oktober' (no year); next sentence 'Det är 3,8 procent mindre'"),
        G("3,8 procent", 3.8, "percent", **L26, direction="decrease", s=BE, sp=None),
        G("1,2 procent", 1.2, "percent", **L26, direction="decrease", s=LD, sp=None),
        G("398 300 kubikmeter", 398300, "m3", **L26, direction="decrease", s=LD, sp=None),
        G("41 900 kubikmeter", 41900, "m3", **L26, direction="increase", s=HV, sp=None, note="', nästan en tredjedel mer än ett år tidigare'"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", **L26, direction="increase", s=HV, sp=None, note="the size of a change as a fraction: required"),
        G("nästan halverades", 0.5, "ratio", bound="approx", **L26, direction="decrease", optional=True, s=("Försäljningen", "Försäljningen"), sp=None, note="a multiplier over time"),
        G("1 840 kubikmeter", 1840, "m3", **L26, direction="decrease", s=("Försäljningen", "Försäljningen"), sp=None, note="'och stannade på'"),
        G("4,4 procent", 4.4, "percent", t=Y26, direction="decrease", s=FB, sp=None, note="'Under årets tio första månader' resolves"),
        G("2,31 miljoner kubikmeter", 2.31e6, "m3", t=Y26, direction="decrease", s=FB, sp=None),
        G("0,6 procent", 0.6, "percent", **L26, direction="decrease", s=("Dieselvolymen", "Dieselvolymen"), sp=None, note="'nästan på fjolårets nivå, 0,6 procent lägre'"),
        G("27,9 procent", 27.9, "percent", **L26, direction="increase", s=("HVO100", "HVO100"), sp=None),
        G("6,18 miljoner kubikmeter", 6.18e6, "m3", t=Y26, direction="decrease", s=FD, sp=None, note="'sedan januari' resolves; ', 2,3 procent mindre än'"),
        G("2,3 procent", 2.3, "percent", t=Y26, direction="decrease", s=FD, sp=None),
        G("19,6 procent", 19.6, "percent", **L26, direction="increase", s=FN, sp=None, note="', jämfört med 16,8 procent i oktober 2025'"),
        G("16,8 procent", 16.8, "percent", t=Y25, s=FN, sp=None),
        G("minst 6 procents", 6, "percent", bound="at_least", t=Y26, direction="decrease", s=("utsläppen", "utsläppen"), sp=None, note="a statutory requirement 'i år': required; a required reduction"),
        G("742 000 laddbara personbilar", 742000, "count", **L26, s=("laddbara personbilar", "personbilar"), sp=None, note="'Vid utgången av oktober'"),
        G("drygt 61 procent", 61, "percent", bound="approx", **L26, s=("nybilsregistreringarna", "nybilsregistreringarna"), sp=None, note="'de stod för': pronoun, the share's noun"),
        *_row(G, "Bensin", ["241 600", "−3,8", "2 310 400", "−4,4"], dm, LV, note="table 'Leveranser av flytande drivmedel, oktober 2026': 'Okt 2026, kubikmeter' / 'Förändring, %' (lenient) / 'Jan–okt 2026, kubikmeter' / 'Förändring, %' (lenient)"),
        *_row(G, "Diesel", ["398 300", "−1,2", "3 842 700", "−0,6"], dm, LV),
        *_row(G, "– varav HVO100", ["41 900", "+32,4", "372 500", "+27,9"], dm, LV),
        *_row(G, "E85", ["1 840", "−48,6", "24 900", "−39,1"], dm, LV),
        *_row(G, "Totalt", ["641 740", "−2,5", "6 178 000", "−2,3"], dm, LV),
    ]
    NEG["r20_b_drivmedel_oktober"] = [
        N("HVO100", 1, note="a name"), N("HVO100", 2, note="a name"), N("HVO100", 3, note="a name"),
        N("E85", 1, note="a name"), N("E85", 2, note="a name"),
        N("2025", ctx="tio månader [2025]", note="places the comparison"), N("oktober 2025", note="places the earlier share"),
        N("oktober 2026", note="caption"), N("Okt 2026", note="column header"), N("Jan–okt 2026", note="column header"),
        N("08-120 555 70"),
    ]

    # ------------------------------------------------------------ 7. public-transport timetable change (HTML, Publicerad 12 november 2026)
    BL = ("busslinjer", "busslinjer")
    OP = ("Norrbackatrafiken", "publisher")
    AV = ("antalet avgångar en vanlig vardag", "antalet")
    RT = ("Restiden", "Restiden")
    NT = ("restiden för Norrbackatåget mellan Sandvara och Öringe", "restiden")
    TT = ("Linjer med störst förändring, avgångar per vardag", "avgångar")
    tt = [("count", 1, "day", Y26, F, F), ("count", 1, "day", Y26, True, F), ("minute", 1, None, Y26, True, F)]
    TTS = [TT, TT, ("Restid", "Restid")]
    GOLD["r20_b_tidtabellsbyte"] = [
        G("23", 23, "count", ctx="berör [23] av", **L26, s=BL, sp=OP, note="the new timetable from 13 December 2026: 2026 lenient; 'våra': publisher"),
        G("71 busslinjer", 71, "count", **L26, s=BL, sp=OP),
        G("omkring 180", 180, "count", bound="approx", per="day", **L26, direction="increase", s=AV, sp=None),
        G("drygt 3 900", 3900, "count", bound="approx", per="day", **L26, direction="increase", s=AV, sp=None, note="'ökar ... till'"),
        G("sex turer", 6, "count", per="hour", **L26, direction="increase", s=("turer", "turer"), sp=None, note="'i stället för fyra': the new value"),
        G("fyra", 4, "count", ctx="i stället för [fyra]", per="hour", **L26, s=None, sp=None, note="the current service; elided"),
        G("3 minuter", 3, "minute", **L26, direction="increase", s=("restiden från Resecentrum", "restiden"), sp=None),
        G("34 avgångar", 34, "count", per="day", **L26, direction="increase", s=("avgångar", "avgångar"), sp=None, note="'per vardag'; ', mot 28 i dag'"),
        G("28", 28, "count", ctx="mot [28] i dag", per="day", t=Y26, s=None, sp=None, note="'i dag'; elided"),
        G("9 minuter", 9, "minute", **L26, direction="decrease", s=RT, sp=None),
        G("52 minuter", 52, "minute", **L26, direction="decrease", s=RT, sp=None, note="'kortas med ... till'"),
        G("två extra turer", 2, "count", **L26, direction="increase", s=("extra turer", "turer"), sp=None),
        G("Fyra landsbygdslinjer", 4, "count", **L26, s=("landsbygdslinjer", "landsbygdslinjer"), sp=None),
        G("60 minuter", 60, "minute", optional=True, s=None, sp=None, note="a booking rule"),
        G("färre än 15 personer", 15, "count", bound="less_than", per="day", t=Y26, s=("personer", "personer"), sp=None, note="'I dag'"),
        G("4 minuter", 4, "minute", t=("2026", "2027"), lenient=True, direction="increase", s=NT, sp=None, note="from 13 December 'fram till och med mars'"),
        G("67 minuter", 67, "minute", t=("2026", "2027"), lenient=True, direction="increase", s=NT, sp=None),
        G("12 nattavgångar", 12, "count", **L26, direction="increase", s=("nattavgångar", "nattavgångar"), sp=None, note="'tillkommer'"),
        *_row(G, "Linje 2 Centrum–Norra Hagen", ["96", "118", "24"], tt, TTS, note="HTML table 'Linjer med störst förändring, avgångar per vardag': 'I dag' / 'Från 13 december' (lenient) / 'Restid, minuter' (lenient)"),
        *_row(G, "Linje 800 Sandvara–Ljungby", ["56", "68", "52"], tt, TTS),
        *_row(G, "Linje 810 Sandvara–Tallmo–Ljungby", ["22", "26", "71"], tt, TTS),
        *_row(G, "Linje 341 Öringe–Backa", ["14", "9", "38"], tt, TTS),
        G("cirka 14 miljoner kronor", 14e6, "SEK", bound="approx", per="year", **L26, s=("Trafikförändringarna", "Trafikförändringarna"), sp=None, note="the payer is no subject"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("expressbussarna", "expressbussarna"), sp=None, note="the goal of the money"),
    ]
    NEG["r20_b_tidtabellsbyte"] = [
        N("december 2026", note="breadcrumb"), N("13 december", 1, note="heading"), N("13 december", 2, note="places the change"),
        N("12 november 2026", note="Publicerad line"),
        N("1", ctx="Stadslinjerna [1],", note="line number"), N("2", ctx="[2] och 4", note="line number"), N("4", ctx="och [4] i Sandvara", note="line number"),
        N("3", ctx="Linje [3] dras", note="line number"), N("800", ctx="Expressbuss [800]", note="line number"),
        N("810", ctx="linje [810], som", note="line number"), N("312", 1, note="line number"), N("312", 2, note="line number"),
        N("13 december", 3, note="column header"),
        N("2", ctx="Linje [2] Centrum", note="row label"), N("800", ctx="Linje [800] Sandvara", note="row label"),
        N("810", ctx="Linje [810] Sandvara", note="row label"), N("341", note="row label"),
        N("20 november", note="date of publication of the timetables"), N("90 dagar", note="related link (chrome)"),
        N("Stationsvägen 5"), N("931 30"), N("0910-44 88 00"), N("556712-3304"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. sports association, annual report 2025 (Publicerad 19 mars 2026)
    ME = ("medlemmar", "medlemmar")
    LI = ("Antalet licensierade spelare", "Antalet")
    LC = ("licenserna", "licenserna")
    NF = ("nya föreningar", "föreningar")
    TR = ("Antalet utbildade tränare", "Antalet")
    MA = ("matcher", "matcher")
    SP = ("Sponsorintäkterna", "Sponsorintäkterna")
    EK = ("Det egna kapitalet", "kapitalet")
    ID = ("Det statliga idrottsstödet", "idrottsstödet")
    fb = lambda u, sc: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y19, F, F)]
    GOLD["r20_b_forbund_verksamhet_2025"] = [
        G("312 föreningar", 312, "count", t=Y25, s=("föreningar", "föreningar"), sp=None, note="'Vid utgången av 2025'"),
        G("48 730 medlemmar", 48730, "count", t=Y25, direction="increase", s=ME, sp=None, note="', en ökning med 6,1 procent från året innan'"),
        G("6,1 procent", 6.1, "percent", t=Y25, direction="increase", s=ME, sp=None),
        G("19 procent", 19, "percent", ctx="är medlemsantalet [19 procent]", t=("2019", "2025"), lenient=True, direction="increase", s=("medlemsantalet", "medlemsantalet"), sp=None, note="'Jämfört med 2019': a change against a base year"),
        G("17 460", 17460, "count", ctx="steg till [17 460]", **L25, direction="increase", s=LI, sp=None),
        G("16 210", 16210, "count", ctx="([16 210] år", t=Y24, s=LI, sp=None, note="bracket labelled 'år 2024'"),
        G("38 procent", 38, "percent", **L25, direction="increase", s=LC, sp=None, note="'Flickor och kvinnor stod för X av licenserna'; ', upp från 34 procent 2019'"),
        G("34 procent", 34, "percent", t=Y19, s=LC, sp=None),
        G("9 850", 9850, "count", **L25, s=LC, sp=None, note="'spelare under 16 år svarade för X av licenserna': the verb's subject is no measure"),
        G("sju av tio", 0.7, "ratio", **L25, s=NF, sp=None),
        G("11 nya föreningar", 11, "count", **L25, s=NF, sp=None, note="bare 'nya': no direction"),
        G("4", 4, "count", ctx="medan [4] upphörde", **L25, s=None, sp=None, note="elided"),
        G("420", 420, "count", ctx="ökade med [420]", **L25, direction="increase", s=TR, sp=None),
        G("3 180", 3180, "count", **L25, direction="increase", s=TR, sp=None),
        G("andra", 2, "ordinal", kind="ordinal", ctx="för [andra] året", **L25, s=("året", "året"), sp=None, note="a run"),
        G("7 procent", 7, "percent", **L25, direction="decrease", s=("Domarkåren", "Domarkåren"), sp=None),
        G("1 020 licensierade domare", 1020, "count", **L25, direction="decrease", s=("licensierade domare", "domare"), sp=None),
        G("6 400 åskådare", 6400, "count", **L25, s=("åskådare", "åskådare"), sp=None),
        G("38 matcher", 38, "count", **L25, s=MA, sp=None),
        G("5:e", 5, "ordinal", kind="ordinal", **L25, s=("plats", "plats"), sp=None),
        G("2 946 matcher", 2946, "count", **L25, direction="increase", s=MA, sp=None, note="', 212 fler än säsongen innan'"),
        G("212", 212, "count", ctx="[212] fler", **L25, direction="increase", s=MA, sp=None),
        G("64,8 miljoner kronor", 64.8e6, "SEK", **L25, s=("Förbundets intäkter", "intäkter"), sp=None),
        G("59,1", 59.1e6, "SEK", ctx="kronor ([59,1])", **L24, s=("Förbundets intäkter", "intäkter"), sp=None, note="an unlabelled bracket in a report on 2025: the year before, lenient"),
        G("31,2 mnkr", 31.2e6, "SEK", **L25, direction="increase", s=ID, sp=None, note="'ökade marginellt till'"),
        G("48 procent", 48, "percent", **L25, s=ID, sp=None, note="'utgjorde X av intäkterna': the verb's subject is a measure"),
        G("2,4 miljoner kronor", 2.4e6, "SEK", **L25, direction="increase", s=SP, sp=None),
        G("9,7 miljoner kronor", 9.7e6, "SEK", **L25, direction="increase", s=SP, sp=None),
        G("8,1 mnkr", 8.1e6, "SEK", **L25, s=("licensavgifterna", "licensavgifterna"), sp=None),
        G("1,6 miljoner kronor", 1.6e6, "SEK", **L25, direction="increase", s=("ett överskott", "överskott"), sp=None, note="', att jämföra med ett underskott på 0,9 ... 2024': the new value"),
        G("0,9 miljoner kronor", 0.9e6, "SEK", t=Y24, s=("ett underskott", "underskott"), sp=None),
        G("12,3 mnkr", 12.3e6, "SEK", **L25, s=EK, sp=None, note="'vid årets slut'"),
        G("19 procent", 19, "percent", ctx="motsvarande [19 procent]", **L25, s=EK, sp=None, note="apposition: the level's subject"),
        G("nästan 8 000 medlemmar", 8000, "count", bound="approx", t=("2019", "2026"), direction="increase", s=ME, sp=("Eva-Lena Markström", "quote"), note="'sedan 2019' resolves to now"),
        *_row(G, "Föreningar", ["312", "305", "288"], fb("count", 1), ("Föreningar", "Föreningar"), note="table 'Nyckeltal': '2025' / '2024' / '2019'; the rows are measures"),
        *_row(G, "Medlemmar", ["48 730", "45 930", "40 950"], fb("count", 1), ("Medlemmar", "Medlemmar")),
        *_row(G, "Licensierade spelare", ["17 460", "16 210", "14 180"], fb("count", 1), ("Licensierade spelare", "spelare")),
        *_row(G, "Intäkter, mnkr", ["64,8", "59,1", "47,3"], fb("SEK", 1e6), ("Intäkter", "Intäkter")),
        *_row(G, "varav bidrag, mnkr", ["31,2", "30,4", "26,0"], fb("SEK", 1e6), ("bidrag", "bidrag")),
    ]
    NEG["r20_b_forbund_verksamhet_2025"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("19 mars 2026", note="Publicerad line"),
        N("2025", ctx="utgången av [2025]", note="places the figure"), N("2019", ctx="med [2019], det", note="base year"),
        N("2024", ctx="år [2024])", note="bracket label"), N("2019", ctx="procent [2019].", note="places the earlier share"),
        N("16 år", note="age band"), N("2024", ctx="kronor [2024].", note="places the earlier result"),
        N("2019", ctx="sedan [2019].", note="places the change"),
        N("2025", ctx="Nyckeltal [2025]", note="column header"), N("2024", ctx="2025 [2024] 2019", note="column header"),
        N("2019", ctx="2024 [2019] Föreningar", note="column header"),
        N("Idrottens väg 12"), N("114 33"), N("08-699 62 40"), N("802004-5512"),
    ]
    return GOLD, NEG
