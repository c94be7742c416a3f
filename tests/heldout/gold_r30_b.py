"""Round 30, part B (r30_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 30, part B (r30_b_*): eight kinds, written from scratch (r30_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an insurance company's interim report
# January-September 2026 (dateline 'Umeå den 28 oktober 2026'; 'Siffror inom parentes avser motsvarande period
# föregående år'; en-dash bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in Mkr, procent and
# kronor per aktie, 'varav skadeprocent 72,8 (73,9)', a solvency bracket with its own date '(204 procent per den 31
# december 2025)'; a 'VD HAR ORDET' paragraph ending in 'säger verkställande direktör ...' with 'knappt 31 000 kronor,
# mot 27 500 kronor för två år sedan', a target 'under 95 procent' and a range forecast 'mellan 93 och 95 procent';
# market share against the nearest competitor; a plain-text table 'KONCERNEN I SAMMANDRAG' 'Kv 3 2026' ... 'Kv 3
# 2025'), a statistics office's retail-trade index for October 2026 ('Publicerad 27 november 2026 kl. 08.00'; volume
# change against the month before (säsongrensat) and against October 2025 (kalenderkorrigerat), 'i årstakt', a
# statistician's quote, 'knappt 17 procent av', 'Ett år tidigare var andelen', a branch forecast 'mellan 2 och 3
# procent i år', 'kronor per invånare'; a plain-text table 'Tabell 1. Försäljningsvolym per bransch, oktober 2026'
# 'Mot föregående månad' / 'Mot oktober 2025' with signed cells), a consumer-price release for November 2026
# ('Publicerad 30 november 2026 kl. 08.00'; KPIF, KPIF excluding energy and KPI twelve-month rates 'upp från',
# 'samma som månaden före', a bracket '(1,7 procent i oktober)', monthly changes, contributions in procentenheter,
# 'på tolv månader', 'högre än i november i fjol', a statistician's quote with the inflation target; a plain-text
# table by product group 'Vikt, %' / '1 mån, %' / '12 mån, %' / 'Bidrag 12 mån, procentenheter'; index level
# (1980=100) and the 2025 average), a TT-style article on grade 9 results ('Publicerad 26 augusti 2026 kl. 10.41';
# eligibility 'jämfört med ... året innan', merit values 'steg till ..., från ... 2025', girls against boys, the
# highest and lowest municipality, big cities against rural municipalities, a minister's and a union chair's quotes,
# 'Enligt ministern ... per år till och med 2028', 'Sedan 2019 ... mellan 83 och 86 procent'; a fact box of yearly
# levels 2022-2026), an UNDATED party page on crime and police (Markdown, no date, no sidecar; 'poliser per 1 000
# invånare' against Norway and Denmark, 'mer än fördubblats', 'enligt polisens egen bedömning', a numbered list of
# five promises with '10 000 fler poliser till 2030', costs per year, a cap 'mer än 30 minuters', 'per person och
# år', 'nästan tre gånger så många', the budget share against Norway and Finland, a spokesperson's quote, a PDF page
# count), a region's public-transport annual report 2025 dated only by its sidecar (2026-03-18; miljoner resor 'en
# ökning med ... jämfört med 2024', the record year 2019, market share against the national average and a 2030
# target, punctuality in procent 'högst tre minuter' and 'en försämring med ... procentenheter', ticket prices 'från
# 895 till 945 kronor', '2 kronor mer än året innan', cost per journey, subsidy per invånare; a plain-text table
# 'Resor och punktlighet per trafikslag 2025' 'Resor 2025, milj.' / 'Resor 2024, milj.' / 'Förändring, %' /
# 'Punktlighet 2025, %'), a ski resort's season summary 2025/26 ('Publicerad 22 april 2026'; days open, skiddagar
# against the season before and the earlier record, gästnätter, revenue with a bracket '(289 miljoner kronor säsongen
# 2024/25)', kronor per dygn, a day pass, occupancy, rank in Norrland, weather days against a ten-season average,
# snow depth in centimeter, a range of guests per day, the CEO's quote with a target for next winter; a plain-text
# table 'Skiddagar per månad' '2025/26' / '2024/25' / 'Förändring, %'), and a municipality's press release on a
# resident survey (Markdown, '**Pressmeddelande · Bergsåkers kommun · 9 juni 2026**'; NMI 58 'en ökning med 3
# enheter jämfört med den förra undersökningen hösten 2024', the average of all municipalities, sample and response
# rate, the 0-100 scale and its thresholds, areas' scores, NRI 'mot ... i förra mätningen', 'låg kvar på', the chair's
# quote on 14 miljoner kronor for 2027, 'Tre av fyra invånare, 74 procent'; a Markdown table 'Resultat per område,
# NMI (skala 0–100)' '2026' / '2024' / 'Förändring' / 'Alla kommuner 2026').
# The r8-r29 decisions are followed (see the headers of gold_r28_a.py, gold_r29_a.py and gold_r29_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'för två år sedan', 'i år', 'årets',
# 'i somras') resolves against the publication date and is not lenient; a month, quarter or season without a year,
# a heading's, a caption's or the document's period, present tense, 'I dag', 'nu', 'året innan', 'ett år tidigare',
# 'förra säsongen', 'förra vintern', 'i förra mätningen' are lenient; brackets take the period their note names
# ('motsvarande period föregående år': the previous year, lenient; a bracket with its own date or season: explicit);
# a level followed by ', jämfört med', ', mot', ', att jämföra med', ', X fler/mer än', ', en ökning/försämring med',
# or by a next sentence stating the change ('Det var nio dagar fler', 'För tågen var det en försämring', 'Ett år
# tidigare var andelen') is the new value after a change; from-values have no direction; comparisons at one time
# (girls and boys, municipalities, countries, a national average, a competitor, an average of all municipalities, a
# ten-season average) have no direction; a comparison with an earlier point ('jämfört med oktober 2025', 'lägre än
# för ett år sedan', 'fler än det tidigare rekordet') takes the current period with a direction; a change noun with a
# baseline year or season spans the two, lenient; 'i årstakt' / 'på tolv månader' and a '12 mån' column are
# twelve-month rates: the rolling year ('2025', '2026') lenient, direction from the sign; inflation rates
# (årstakten, KPIF-inflationen) are twelve-month rates too; multipliers ('mer än fördubblats', 'nästan tre gånger så
# många', 'minska med en tredjedel') optional; thresholds, definitions and method optional, targets, forecasts and
# promises required; a target without a year takes the period it is measured against; table cells take their column
# headers' periods (a caption's period lenient); change columns without a named span take the current period lenient
# and their direction from the sign ('0' none); rows that are measures take their own label, rows that are
# categories the caption's measure or each column's header; 'per 1 000 invånare' per="capita" with the value as
# written and the denominator N; 'per person och år' per="capita", 'per aktie' per="share", 'per dygn' / 'per dag'
# per="day", 'i månaden' per="month", 'per år' / 'om året' / 'varje år' per="year"; 'vilket' / 'Det' / 'varav'
# without a noun / elided nouns / pronouns have s None; the payer, the recipient and the holder are no subject; 'X
# procent av Y' and 'Av Y ... X' take Y, 'X stod för Y' takes X; a paragraph or quote ending in 'säger ...' credits
# every figure in it; 'Enligt X' / 'enligt X:s bedömning' is source 'enligt'; a party's numbered list of promises and
# its 'Vi ...' sentences are the publisher's, the rest of its page plain reporting; first-person sentences of a
# company ('sålde vi', 'Vi hade', 'tog vi emot') are the publisher's; the UNDATED text has no period except where a
# year is written out ('till 2030'); age limits and bands, index bases, table and list numbering are N.
# Where those were silent, decided here:
# - Insurance Q3 (dateline 2026-10-28): bullets under 'TREDJE KVARTALET' and 'JANUARI–SEPTEMBER' (title Jan-Sep 2026)
#   are 2026 lenient, brackets 2025 lenient; '(204 procent per den 31 december 2025)' 2025 explicit; '198 procent per
#   den 30 september' 2026 lenient. 'Totalkostnadsprocenten förbättrades till 91,6 (93,4)' is a falling cost ratio:
#   decrease (r29's K/I-tal); 'var', 'blev', 'uppgick till' no change. 'varav skadeprocent 72,8 (73,9) och
#   driftskostnadsprocent 21,4 (21,2)' carry 'procent' and take their own labels as subjects. The VD paragraph:
#   'drygt 15 procent under samma kvartal 2025' an earlier point (2026 lenient, decrease); 'knappt 31 000 kronor' nu
#   (2026 lenient) increase, '27 500 kronor för två år sedan' 2024 explicit (resolves), s None (elided); 'höjt ... med i
#   genomsnitt 6 procent' increase, no bound; the standing target 'under 95 procent över en hel konjunkturcykel'
#   less_than, no period; 'för helåret ... mellan 93 och 95 procent' a range forecast, 2026 lenient, s the combined
#   ratio named in the sentence. 'de fyra nordligaste länen' optional (names the market); 'tre eller fler
#   försäkringar' a threshold (optional, at_least). 'under årets nio första månader' is the report's span: 2026
#   lenient. 'bolagets mål om minst 170 procent' a target: at_least, 2026 lenient, s Solvenskvoten. Table: 'Mkr om
#   inget annat anges' scales; 'Kv n YYYY' explicit at year grain; rows are measures.
# - Retail trade (published 2026-11-27): 'i oktober 2026 jämfört med september' 2026 explicit; 'Jämfört med oktober
#   2025', 'jämfört med oktober i fjol' and the column 'Mot oktober 2025' compare with an earlier point: 2026 lenient
#   with a direction (not a rolling year; only 'i årstakt' is); 'på en månad', 'från september till oktober',
#   'augusti–oktober ... jämfört med de tre föregående månaderna' 2026 lenient. 'i årstakt' carries to the second
#   clause of its sentence ('medan handeln med byggvaror backade med 3,5 procent'). The statistician's 'en handelsdag
#   mindre än samma månad förra året' a count (decrease, quote). 'i elva månader i följd' optional duration. 'knappt
#   17 procent av detaljhandelns totala omsättning' increase (next sentence 'Ett år tidigare var andelen 15,6
#   procent', 2025 lenient). 'Julhandeln väntas enligt branschens egen prognos öka med mellan 2 och 3 procent i år' a
#   range forecast, 2026 explicit, increase, sp ('branschen', 'enligt'). 'vilket motsvarar ungefär 6 700 kronor per
#   invånare' s None. Table: the caption's month 2026 lenient; both columns signed; rows are branches ('därav ...'
#   rows too): s the caption's 'Försäljningsvolym'. 'omkring 5 500 företag' method (optional).
# - Consumer prices (published 2026-11-30): the twelve-month rates (KPIF 2,4 in the title and the text, KPIF excl.
#   energy 2,6, KPI 1,8, the bracket '(1,7 procent i oktober)', tjänster 3,2, varor 1,5 'på tolv månader') are the
#   rolling year, lenient, increase from the sign; '2,1 procent i oktober' after 'upp från' is a from-value (no
#   direction); monthly changes 2026 lenient; 'I november förra året föll elpriserna ... med 4,5 procent' 2025
#   explicit; 'vilket bidrog med 0,18 procentenheter' a contribution, no direction, s None; 'årstakten påverkades
#   uppåt med omkring 0,2 procentenheter' increase; 'Jämfört med november 2025 var livsmedel 1,9 procent dyrare',
#   'lägre än för ett år sedan', 'högre än i november i fjol' an earlier point (2026 lenient, direction). The quote's
#   'kring 2,5 procent sedan i somras' 2026 explicit, increase (a rate of rise); 'inflationsmålet på 2 procent' a
#   target, required, 2026 lenient. Table: caption 'november 2026' (lenient); 'Vikt, %' percent no direction, s
#   'Vikt'; '1 mån, %' signed 2026 lenient; '12 mån, %' signed rolling year; 'Bidrag 12 mån, procentenheter'
#   percentage_point rolling year, unsigned (no direction), s 'Bidrag 12 mån'; the change columns take the caption's
#   'KPIF'. The index level '418,62' (1980=100) 'i november' 2026 lenient, unit number; 'Årsgenomsnittet för 2025'
#   2025 explicit.
# - TT school results (published 2026-08-26): the spring's results ('i juni', 'i våras' with no figure of its own)
#   2026 lenient; 'året innan' 2025 lenient; 'från 229,4 poäng 2025' from-value 2025 explicit; merit values unit
#   number ('poäng'). 'Av de drygt 124 000 elever ... var 85,3 procent behöriga' takes Y. 'för första gången på fyra
#   år' an optional duration. Girls against boys, the highest against the lowest municipality, big cities against
#   rural municipalities: one time, no direction; 'medan pojkarnas låg på' s None (elided noun). 'Fem år tidigare var
#   skillnaden ... 21 procentenheter' 2021 lenient. The minister's quote 'var sjunde elev' ratio 1/7; 'Enligt
#   ministern ... 1,2 miljarder kronor per år till och med 2028' ('2026', '2028') lenient (start from the
#   publication), sp (Helena Brandt, enligt). The union chair's quote ends 'säger han' (the name in the sentence
#   before): sp him; 'minst 8 000 fler behöriga lärare inom fem år' at_least increase ('2026', '2031') lenient; 'inom
#   fem år' optional at_most. 'en ökning med 3,5 procentenheter jämfört med 2025' ('2025', '2026') lenient. 'Sedan
#   2019 ... ökat med omkring 14 000' and 'under samma period legat mellan 83 och 86 procent' ('2019', '2026')
#   lenient; the range has no direction. Fact box: yearly levels explicit, no direction, s the box's heading.
# - Party page on crime (UNDATED): no period except '2030' ('10 000 fler poliser till 2030'); 'i dag', 'förra året',
#   'för tio år sedan' give none. 'per 1 000 invånare' per="capita"; Norway's '2,4' and Denmark's '2,3' carry the rate.
#   'har mer än fördubblats på tio år och uppgick förra året till drygt 230 000': the multiplier optional (more_than,
#   increase), 230 000 the new value (increase). 'Bara i storstadsregionerna saknas i dag omkring 1 200 utredare,
#   enligt polisens egen bedömning' sp ('polisen', 'enligt'). List items are the publisher's, including the fact 'I
#   dag har ungefär 400 000 invånare längre än så' inside item 2 and 'jämfört med vart sjunde i dag' inside item 4.
#   'minst 2 500 nya poliser examineras varje år' a flow per year, no direction. 'Ingen ska ha mer än 30 minuters
#   resväg' a cap (at_most, minute). 'höja ingångslönen med 4 000 kronor i månaden, till 36 500 kronor' both increase,
#   per month (carried). 'Minst vart femte ... jämfört med vart sjunde i dag' at_least increase. 'upp till 100 000
#   kronor per person och år' at_most per capita, s None. The section on children ('misstänktes över 1 500 barn under
#   15 år') is plain reporting; 'Vi vill satsa 500 miljoner kronor per år' the publisher's. 'inom 24 timmar' at_most
#   hour (a promise: required). '4,6 procent, mot 5,3 procent i Norge och 5,0 procent i Finland' between countries,
#   '4,6' takes 'statsbudgeten'. The spokesperson's '20 procent fler poliser per invånare än vi' between countries
#   (per None: the percent is not a rate). 'PDF, 48 sidor' optional.
# - Public transport 2025 (sidecar 2026-03-18): 'Under 2025' explicit, the rest of the year's figures 2025 lenient;
#   'rekordåret 2019, då ... 50,2 miljoner' 2019 explicit; 'drygt 3 procent färre resor än rekordåret 2019' an
#   earlier point (2025 lenient, decrease). The national average 'är 29 procent' present tense (2026 lenient), no
#   direction; the target 'att nå 30 procent till 2030' 2030 explicit, increase (a new value to reach), s 'Målet'.
#   'högst tre minuter' defines punctuality (optional). '86,7 procent' decrease (next sentence 'För tågen var det en
#   försämring med 2,1 procentenheter'). 'höjdes den 1 januari 2025 från 895 till 945 kronor': 945 2025 explicit
#   increase, 895 the from-value 2024 lenient. 'Ungdomar ... betalar halva priset' a fare rule (optional ratio 0.5).
#   'Kostnaden per resa' per="journey". 'varav biljettintäkterna täckte 47 procent' takes 'biljettintäkterna'. Table:
#   'Resor 2025, milj.' / 'Resor 2024, milj.' count scaled by 1e6, explicit; 'Förändring, %' signed 2025 lenient;
#   'Punktlighet 2025, %' explicit; the total row's '–' is no cell. 'Under 2026 tar regionen i drift 42 nya elbussar'
#   2026 explicit, an addition (increase); 'senast 2028' only places a goal with no figure (N).
# - Ski season 2025/26 (published 2026-04-22): the season is the span ('2025', '2026'); the title's season makes the
#   unmarked season figures lenient; 'säsongen 2024/25' explicit ('2024', '2025'), 'förra säsongen' / 'förra
#   vintern' lenient; 'januari–mars', 'i mars', 'den 18 februari', sportlov (no year) 2026 lenient; 'nu' 2026 lenient.
#   '142 dagar' increase (next sentence 'Det var nio dagar fler'). 'en ökning med 7,4 procent jämfört med säsongen
#   2024/25' ('2024', '2026') lenient. 'drygt 20 000 fler än det tidigare rekordet från säsongen 2022/23' an earlier
#   point: the season, increase. '312 miljoner kronor (289 miljoner kronor säsongen 2024/25)' 'blev': no direction;
#   the bracket names its season (explicit). 'Varje gäst spenderade i genomsnitt 1 840 kronor per dygn' per day,
#   increase, s None (the payer). 'den tredje största skidorten i Norrland' ordinal 3. 'Som mest' / 'som mest' is a
#   maximum, not a bound. '61 soldagar, fler än snittet på 48 för de tio senaste säsongerna' against an average (no
#   direction); 48 ('2015', '2025') lenient. 'under minus 15 grader' a threshold (optional, less_than, degC −15).
#   '168 centimeter' unit cm. 'mellan 9 000 och 11 500 gäster per dag' a range, per day. '3 950 drifttimmar' unit
#   hour. The CEO's '85 miljoner kronor ... de senaste två åren' ('2024', '2026') lenient, s the goal of the money;
#   'Nästa vinter siktar vi på minst 430 000 skiddagar' ('2026', '2027') lenient, at_least, increase (r28's target).
#   Table 'Skiddagar per månad': columns '2025/26' / '2024/25' explicit season spans (the row's month is not turned
#   into a calendar year), 'Förändring, %' signed, the season lenient; rows are months: s the caption's 'Skiddagar'.
# - Resident survey (Markdown, dated 2026-06-09 in the release line): 'i årets medborgarundersökning' 2026 explicit;
#   other figures of this survey 2026 lenient; 'den förra undersökningen hösten 2024' the baseline: '3 enheter'
#   ('2024', '2026') lenient; 'i förra mätningen' / 'i förra undersökningen' 2024 lenient. NMI values unit number,
#   their changes in 'enheter' unit number. Survey size, answers and response rate required (r28/r29). 'en skala från
#   0 till 100' and the thresholds 'under 40' / 'över 75' define the metric (optional). 'Bäst betyg fick
#   räddningstjänsten, med 79' / 'Lägst betyg fick äldreomsorgen, 47': s 'betyg' (the rated area is the recipient);
#   'samma nivå som 2024' and 'låg kvar på' no change. 'Gång- och cykelvägar ökade mest, med 7 enheter till 55' both
#   increase. 'drygt 12 kilometer ny cykelväg sedan förra mätningen' ('2024', '2026') lenient, an addition
#   (increase), plain reporting (the municipality in the third person). '4 enheter under genomsnittet för alla
#   kommuner' one time, s None ('vilket'). The chair's '14 miljoner kronor extra i budgeten för 2027' 2027 explicit,
#   increase ('extra'), s the area ('där' = äldreomsorgen). 'Av de svarande hade 38 procent' takes Y; 'Av dem var 66
#   procent' s None (pronoun), increase (', jämfört med 63 procent i förra undersökningen'). 'Tre av fyra invånare, 74
#   procent' both annotated (the percent restates the ratio). Markdown table: '2026' / '2024' / 'Alla kommuner 2026'
#   explicit, 'Förändring' signed 2026 lenient; rows are areas: s the caption's 'NMI'.
# - Negatives: datelines, Publicerad and release lines, times of day, titles', captions' and column headers' periods,
#   years and dates that only place a claim, a baseline, a comparison, a target or an allocation, next-release and
#   next-report dates, index bases ('1980=100'), 'Tabell 1', list numbering, the denominators of 'per 1 000
#   invånare', age limits and bands ('över 65 år', 'under 15 år', 'under tolv år', 'mellan 7 och 19 år', 'mellan 18
#   och 84 år'), 'årskurs 9', digits in a product name ('30-dagarsbiljett'), the caption's scale '0–100', phone
#   numbers and org numbers.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'Det tredje
#   kvartalet', 'årets nio första månader', 'de tre föregående månaderna', 'på en månad', 'på tolv månader', 'de
#   senaste tio åren', 'Fem år tidigare', 'de senaste fyra åren', 'på tio år', 'för tio år sedan', 'de tio senaste
#   säsongerna', 'de senaste två åren', 'för två år sedan', 'för första gången', 'med två svenskfödda föräldrar'
#   (defines a group).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2021", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y21, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2019", "2021", "2024", "2025", "2026", "2027", "2030"))
    L21 = dict(t=Y21, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. insurance company, interim report Jan-Sep 2026 (dateline 28 oktober 2026)
    PI = ("Premieintäkten för egen räkning", "Premieintäkten")
    TR = ("Försäkringsrörelsens tekniska resultat", "resultat")
    TK = ("Totalkostnadsprocenten", "Totalkostnadsprocenten")
    RS = ("Resultat före skatt", "Resultat")
    SK = ("Solvenskvoten", "Solvenskvoten")
    AS = ("Annika Sjöberg", "quote")
    AK = ("Andelen kunder som har tre eller fler försäkringar hos bolaget", "Andelen")
    qc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r30_b_forsakring_q3"] = [
        G("1 184", 1184e6, "SEK", ctx="till [1 184] (1 097)", **L26, direction=INC, s=PI, sp=None, note="bullets under 'TREDJE KVARTALET' (title Jan-Sep 2026): 2026 lenient; 'ökade till'"),
        G("1 097", 1097e6, "SEK", ctx="1 184 ([1 097]) Mkr", **L25, s=PI, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("142", 142e6, "SEK", ctx="till [142] (118)", **L26, s=TR, sp=None, note="'uppgick till': no change"),
        G("118", 118e6, "SEK", ctx="142 ([118]) Mkr", **L25, s=TR, sp=None),
        G("91,6", 91.6, "percent", ctx="till [91,6] (93,4)", **L26, direction=DEC, s=TK, sp=None, note="'förbättrades till': a combined ratio that falls (r29's K/I-tal)"),
        G("93,4", 93.4, "percent", ctx="91,6 ([93,4]) procent", **L25, s=TK, sp=None),
        G("201", 201e6, "SEK", ctx="blev [201] (163)", **L26, s=RS, sp=None, note="'blev': no change"),
        G("163", 163e6, "SEK", ctx="201 ([163]) Mkr", **L25, s=RS, sp=None),
        G("7,9 procent", 7.9, "percent", **L26, direction=INC, s=PI, sp=None, note="'JANUARI–SEPTEMBER' bullets; 'ökade med ... till'"),
        G("3 468", 3468e6, "SEK", ctx="till [3 468] (3 214)", **L26, direction=INC, s=PI, sp=None),
        G("3 214", 3214e6, "SEK", ctx="3 468 ([3 214]) Mkr", **L25, s=PI, sp=None),
        G("94,2", 94.2, "percent", ctx="var [94,2] (95,1)", **L26, s=TK, sp=None, note="'var': no change"),
        G("95,1", 95.1, "percent", ctx="94,2 ([95,1]) procent", **L25, s=TK, sp=None),
        G("72,8", 72.8, "percent", ctx="skadeprocent [72,8] (73,9)", **L26, s=("skadeprocent", "skadeprocent"), sp=None, note="'varav skadeprocent': the unit 'procent' carried"),
        G("73,9", 73.9, "percent", ctx="72,8 ([73,9])", **L25, s=("skadeprocent", "skadeprocent"), sp=None),
        G("21,4", 21.4, "percent", ctx="driftskostnadsprocent [21,4] (21,2)", **L26, s=("driftskostnadsprocent", "driftskostnadsprocent"), sp=None),
        G("21,2", 21.2, "percent", ctx="21,4 ([21,2])", **L25, s=("driftskostnadsprocent", "driftskostnadsprocent"), sp=None),
        G("512", 512e6, "SEK", ctx="till [512] (447)", **L26, s=RS, sp=None, note="'uppgick till': no change"),
        G("447", 447e6, "SEK", ctx="512 ([447]) Mkr", **L25, s=RS, sp=None),
        G("4,87", 4.87, "SEK", per="share", ctx="till [4,87] (4,21)", **L26, s=("resultat per aktie", "resultat"), sp=None),
        G("4,21", 4.21, "SEK", per="share", ctx="4,87 ([4,21]) kronor", **L25, s=("resultat per aktie", "resultat"), sp=None),
        G("198 procent", 198, "percent", **L26, s=SK, sp=None, note="'per den 30 september' (no year): lenient; 'var': no change"),
        G("204 procent", 204, "percent", t=Y25, s=SK, sp=None, note="bracket with its own date 'per den 31 december 2025': explicit"),
        G("drygt 15 procent", 15, "percent", bound="approx", **L26, direction=DEC, s=("skadekostnaderna för vattenskador i villor", "skadekostnaderna"), sp=AS, note="'låg ... under samma kvartal 2025': an earlier point; paragraph ending in 'säger'"),
        G("knappt 31 000 kronor", 31000, "SEK", bound="approx", **L26, direction=INC, s=("en genomsnittlig skada på en personbil", "skada"), sp=AS, note="'nu'; ', mot 27 500 kronor för två år sedan'"),
        G("27 500 kronor", 27500, "SEK", t=Y24, s=None, sp=AS, note="'för två år sedan' resolves (r29's 'för fyra år sedan'); elided"),
        G("6 procent", 6, "percent", ctx="genomsnitt [6 procent] från", **L26, direction=INC, s=("priserna på motorförsäkringar", "priserna"), sp=AS, note="'höjt ... med i genomsnitt': no bound; 'från den 1 oktober'"),
        G("under 95 procent", 95, "percent", bound="less_than", s=TK, sp=AS, note="target 'ska ligga under ... över en hel konjunkturcykel': no period"),
        G("mellan 93 och 95 procent", None, "percent", low=93, high=95, **L26, s=TK, sp=AS, note="forecast 'för helåret' (the report's year): lenient"),
        G("drygt 11 000", 11000, "count", bound="approx", **L26, direction=INC, s=("Antalet kunder", "Antalet"), sp=None, note="'under perioden'"),
        G("412 000", 412000, "count", **L26, direction=INC, s=("Antalet kunder", "Antalet"), sp=None, note="new value after 'ökade ... med ... och uppgick ... till'"),
        G("fyra nordligaste", 4, "count", optional=True, **L26, s=("de fyra nordligaste länen", "länen"), sp=None, note="names the market"),
        G("23,5 procent", 23.5, "percent", **L26, s=("Marknadsandelen inom hemförsäkring", "Marknadsandelen"), sp=None, note="against the nearest competitor: one time"),
        G("18,2 procent", 18.2, "percent", **L26, s=None, sp=None, note="elided; the competitor at the same time"),
        G("tre eller fler", 3, "count", bound="at_least", optional=True, s=("försäkringar", "försäkringar"), sp=None, note="threshold defining the group"),
        G("38 procent", 38, "percent", **L26, direction=INC, s=AK, sp=None, note="'steg till ..., från'"),
        G("35 procent", 35, "percent", **L25, s=AK, sp=None, note="from-value 'ett år tidigare'"),
        G("96 400", 96400, "count", **L26, direction=DEC, s=("Skadeanmälningarna", "Skadeanmälningarna"), sp=None, note="'under årets nio första månader' ('årets' resolves, but the span is the report's: lenient); ', vilket är 4 procent färre'"),
        G("4 procent", 4, "percent", ctx="är [4 procent] färre", **L26, direction=DEC, s=None, sp=None, note="'vilket'"),
        G("Nästan var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("anmälan", "anmälan"), sp=None),
        G("4,1", 4.1, "percent", ctx="blev [4,1] (3,6)", **L26, s=("Totalavkastningen på placeringstillgångarna", "Totalavkastningen"), sp=None),
        G("3,6", 3.6, "percent", ctx="4,1 ([3,6]) procent", **L25, s=("Totalavkastningen på placeringstillgångarna", "Totalavkastningen"), sp=None),
        G("9,8 miljarder kronor", 9.8e9, "SEK", **L26, s=("Placeringstillgångarna", "Placeringstillgångarna"), sp=None),
        G("24 procent", 24, "percent", **L26, s=None, sp=None, note="'varav ... i aktier'"),
        G("minst 170 procent", 170, "percent", bound="at_least", **L26, s=SK, sp=None, note="the company's solvency target, measured against now (r28)"),
        *_row(G, "Premieintäkt f.e.r.", ["1 184", "1 152", "1 132", "1 097"], qc("SEK", 1e6), ("Premieintäkt f.e.r.", "Premieintäkt"), note="table 'KONCERNEN I SAMMANDRAG', 'Mkr om inget annat anges': 'Kv 3 2026' ... 'Kv 3 2025' explicit at year grain; rows are measures"),
        *_row(G, "Tekniskt resultat", ["142", "104", "58", "118"], qc("SEK", 1e6), ("Tekniskt resultat", "resultat")),
        *_row(G, "Totalkostnadsprocent, %", ["91,6", "93,8", "97,4", "93,4"], qc("percent", 1), ("Totalkostnadsprocent", "Totalkostnadsprocent")),
        *_row(G, "Resultat före skatt", ["201", "176", "135", "163"], qc("SEK", 1e6), ("Resultat före skatt", "Resultat")),
    ]
    NEG["r30_b_forsakring_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("28 oktober 2026", note="dateline"),
        N("30 september", note="date"), N("31 december 2025", note="places the bracket"),
        N("2025", ctx="samma kvartal [2025].", note="places the comparison"), N("1 oktober", note="date"),
        N("Kv 3 2026", note="column header"), N("Kv 2 2026", note="column header"), N("Kv 1 2026", note="column header"),
        N("Kv 3 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="next report"), N("10 februari 2027", note="next report date"),
        N("090-17 64 00", note="phone"), N("516401-8832", note="org number"),
    ]

    # ------------------------------------------------------------ 2. retail-trade index, October 2026 (Publicerad 27 november 2026)
    MN = ("Mikael Nordqvist", "quote")
    FV = ("Försäljningsvolym", "Försäljningsvolym")
    VO = ("volymen", "volymen")
    DH = ("Dagligvaruhandeln", "Dagligvaruhandeln")
    rc = [("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r30_b_detaljhandel_okt"] = [
        G("0,8 procent", 0.8, "percent", t=Y26, direction=INC, s=("Detaljhandelns försäljningsvolym", "försäljningsvolym"), sp=None, note="'i oktober 2026 jämfört med september': explicit"),
        G("2,9 procent", 2.9, "percent", **L26, direction=INC, s=("försäljningsvolymen", "försäljningsvolymen"), sp=None, note="'Jämfört med oktober 2025': an earlier point, the current period"),
        G("1,4 procent", 1.4, "percent", **L26, direction=INC, s=VO, sp=None, note="'från september till oktober'"),
        G("4,2 procent", 4.2, "percent", **R12, direction=INC, s=VO, sp=None, note="'i årstakt': rolling year"),
        G("0,2 procent", 0.2, "percent", **L26, direction=INC, s=DH, sp=None, note="'på en månad'"),
        G("1,1 procent", 1.1, "percent", **L26, direction=INC, s=DH, sp=None, note="'jämfört med oktober i fjol': an earlier point"),
        G("en handelsdag", 1, "count", **L26, direction=DEC, s=("handelsdag", "handelsdag"), sp=MN, note="'mindre än samma månad förra året'; quote"),
        G("1,7 procent", 1.7, "percent", **L26, direction=INC, s=("ökningen", "ökningen"), sp=MN),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=VO, sp=None, note="'augusti–oktober ... jämfört med de tre föregående månaderna'"),
        G("6,8 procent", 6.8, "percent", **R12, direction=INC, s=("Klädhandeln", "Klädhandeln"), sp=None, note="'i årstakt'"),
        G("3,5 procent", 3.5, "percent", **R12, direction=DEC, s=("handeln med byggvaror", "handeln"), sp=None, note="same sentence: 'i årstakt'; 'backade'"),
        G("elva månader", 11, "month", optional=True, **L26, s=None, sp=None, note="'i elva månader i följd'"),
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=("Apotekshandeln", "Apotekshandeln"), sp=None, note="'jämfört med oktober 2025'"),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=("Försäljningen över internet", "Försäljningen"), sp=None, note="'jämfört med oktober förra året'"),
        G("knappt 17 procent", 17, "percent", bound="approx", **L26, direction=INC, s=("detaljhandelns totala omsättning", "omsättning"), sp=None, note="'X procent av Y'; next sentence 'Ett år tidigare var andelen 15,6 procent'"),
        G("15,6 procent", 15.6, "percent", **L25, s=("andelen", "andelen"), sp=None, note="'Ett år tidigare'"),
        G("mellan 2 och 3 procent", None, "percent", low=2, high=3, t=Y26, direction=INC, s=("Julhandeln", "Julhandeln"), sp=("branschen", "enligt"), note="forecast 'i år'; 'enligt branschens egen prognos'"),
        G("cirka 71,4 miljarder kronor", 71.4e9, "SEK", bound="approx", **L26, s=("Omsättningen i detaljhandeln", "Omsättningen"), sp=None, note="'i oktober'"),
        G("ungefär 6 700 kronor per invånare", 6700, "SEK", bound="approx", per="capita", **L26, s=None, sp=None, note="after 'vilket motsvarar'"),
        *_row(G, "Dagligvaruhandel", ["+0,2", "+1,1"], rc, FV, note="table 'Försäljningsvolym per bransch, oktober 2026': the caption's month (lenient); 'Mot föregående månad' and 'Mot oktober 2025' (an earlier point: the current period) signed; rows are branches: s the caption's measure"),
        *_row(G, "Sällanköpsvaruhandel", ["+1,4", "+4,2"], rc, FV),
        *_row(G, "därav klädhandel", ["+2,6", "+6,8"], rc, FV),
        *_row(G, "därav byggvaruhandel", ["−0,9", "−3,5"], rc, FV),
        *_row(G, "därav apotekshandel", ["+0,5", "+3,9"], rc, FV),
        *_row(G, "Detaljhandel totalt", ["+0,8", "+2,9"], rc, FV),
        G("omkring 5 500", 5500, "count", bound="approx", **L26, optional=True, s=("företag", "företag"), sp=None, note="method"),
    ]
    NEG["r30_b_detaljhandel_okt"] = [
        N("oktober 2026", ctx="försäljning, [oktober 2026] Publicerad", note="title"), N("27 november 2026", note="Publicerad line"),
        N("08.00", note="time of day"), N("oktober 2026", ctx="i [oktober 2026] jämfört", note="places the claim"),
        N("oktober 2025", ctx="Jämfört med [oktober 2025] ökade", note="places the comparison"),
        N("oktober 2025", ctx="3,9 procent jämfört med [oktober 2025].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table numbering"), N("oktober 2026", ctx="bransch, [oktober 2026]", note="caption"),
        N("oktober 2025", ctx="Mot [oktober 2025]", note="column header"),
        N("november 2026", ctx="för [november 2026], sker", note="next release"), N("8 januari 2027", note="next release date"),
        N("010-479 48 22", note="phone"),
    ]

    # ------------------------------------------------------------ 3. consumer prices, November 2026 (Publicerad 30 november 2026)
    KF = ("KPIF", "KPIF")
    SL = ("Sara Lindholm", "quote")
    AK2 = ("årstakten för KPI", "årstakten")
    kc = [("percent", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, ("2025", "2026"), T, T),
          ("percentage_point", 1, None, ("2025", "2026"), T, F)]
    KS = [("Vikt", "Vikt"), KF, KF, ("Bidrag 12 mån", "Bidrag")]
    GOLD["r30_b_kpi_nov"] = [
        G("2,4 procent", 2.4, "percent", **R12, direction=INC, s=("KPIF-inflationen", "KPIF-inflationen"), sp=None, note="title; a twelve-month rate: rolling year, 'steg till'"),
        G("2,4 procent", 2.4, "percent", occ=2, **R12, direction=INC, s=("Inflationstakten mätt med KPIF", "Inflationstakten"), sp=None, note="'i november 2026, upp från'"),
        G("2,1 procent", 2.1, "percent", **R12, s=("Inflationstakten mätt med KPIF", "Inflationstakten"), sp=None, note="from-value 'i oktober': no direction"),
        G("2,6 procent", 2.6, "percent", **R12, direction=INC, s=("KPIF-inflationen exklusive energi", "KPIF-inflationen"), sp=None, note="a twelve-month rate takes increase from its sign (r27); 'samma som månaden före' states no figure"),
        G("0,3 procent", 0.3, "percent", **L26, direction=INC, s=("Konsumentprisindex (KPI)", "Konsumentprisindex"), sp=None, note="'från oktober till november'"),
        G("1,8 procent", 1.8, "percent", **R12, direction=INC, s=AK2, sp=None),
        G("1,7 procent", 1.7, "percent", **R12, direction=INC, s=AK2, sp=None, note="bracket '(... i oktober)': the previous month's twelve-month rate, direction from its sign (r28's 'Månaden före')"),
        G("0,4 procent", 0.4, "percent", ctx="KPIF ökade med [0,4 procent]", **L26, direction=INC, s=KF, sp=None, note="'på en månad'"),
        G("11,2 procent", 11.2, "percent", **L26, direction=INC, s=("Elpriserna", "Elpriserna"), sp=None, note="'från oktober'"),
        G("0,18 procentenheter", 0.18, "percentage_point", **L26, s=None, sp=None, note="'vilket bidrog med': a contribution, no change over time"),
        G("4,5 procent", 4.5, "percent", t=Y25, direction=DEC, s=("elpriserna", "elpriserna"), sp=None, note="'I november förra året' resolves"),
        G("omkring 0,2 procentenheter", 0.2, "percentage_point", bound="approx", **L26, direction=INC, s=("årstakten", "årstakten"), sp=None, note="'påverkades uppåt med'"),
        G("0,4 procent", 0.4, "percent", ctx="sjönk med [0,4 procent]", **L26, direction=DEC, s=("Livsmedelspriserna", "Livsmedelspriserna"), sp=None, note="'jämfört med oktober'"),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=("livsmedel", "livsmedel"), sp=None, note="'Jämfört med november 2025 ... dyrare': an earlier point, the current period"),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=("Priserna på kläder och skor", "Priserna"), sp=None, note="'på en månad'"),
        G("8,7 procent", 8.7, "percent", **L26, direction=DEC, s=("Räntekostnaderna för egnahem", "Räntekostnaderna"), sp=None, note="'lägre än för ett år sedan': an earlier point"),
        G("3,2 procent", 3.2, "percent", **R12, direction=INC, s=("Priserna på tjänster", "Priserna"), sp=None, note="'på tolv månader'"),
        G("1,5 procent", 1.5, "percent", **R12, direction=INC, s=("varupriserna", "varupriserna"), sp=None, note="same sentence: 'på tolv månader'"),
        G("4,1 procent", 4.1, "percent", **L26, direction=INC, s=("Hyrorna", "Hyrorna"), sp=None, note="'högre än i november i fjol': an earlier point"),
        G("kring 2,5 procent", 2.5, "percent", bound="approx", t=Y26, direction=INC, s=("inflationen", "inflationen"), sp=SL, note="'sedan i somras' resolves; a rate of rise (increase)"),
        G("2 procent", 2, "percent", ctx="inflationsmålet på [2 procent]", **L26, s=("inflationsmålet", "inflationsmålet"), sp=SL, note="the target, measured against now"),
        *_row(G, "Livsmedel", ["13,8", "−0,4", "+1,9", "0,26"], kc, KS, note="table '... (urval), november 2026': the caption's month (lenient); 'Vikt, %' no direction; '1 mån, %' signed; '12 mån, %' signed rolling year; 'Bidrag 12 mån, procentenheter' rolling year, no direction; rows are groups: s 'Vikt' / the caption's 'KPIF' / 'Bidrag'"),
        *_row(G, "Kläder och skor", ["4,7", "+3,1", "+0,8", "0,04"], kc, KS),
        *_row(G, "Boende exkl. räntor", ["23,1", "+0,9", "+3,7", "0,85"], kc, KS),
        *_row(G, "Transport", ["14,2", "+0,1", "+2,2", "0,31"], kc, KS),
        *_row(G, "Rekreation och kultur", ["11,9", "−0,2", "+1,4", "0,17"], kc, KS),
        *_row(G, "KPIF totalt", ["100,0", "+0,4", "+2,4", "2,40"], kc, KS),
        G("418,62", 418.62, "number", **L26, s=("KPI", "KPI"), sp=None, note="index level 'i november' (1980=100): 'var', no change"),
        G("410,33", 410.33, "number", t=Y25, s=("Årsgenomsnittet", "Årsgenomsnittet"), sp=None, note="'för 2025'"),
    ]
    NEG["r30_b_kpi_nov"] = [
        N("november 2026", ctx="(KPI), [november 2026] Publicerad", note="title"), N("30 november 2026", note="Publicerad line"),
        N("08.00", note="time of day"), N("november 2026", ctx="i [november 2026], upp", note="places the claim"),
        N("november 2025", note="places the comparison"), N("1990-talet", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table numbering"), N("november 2026", ctx="(urval), [november 2026]", note="caption"),
        N("1 mån", note="column header: a span"), N("12 mån", occ=1, note="column header: a span"),
        N("12 mån", occ=2, note="column header: a span"),
        N("1980", ctx="KPI ([1980]=100)", note="index base"), N("100", ctx="(1980=[100])", note="index base value"),
        N("2025", ctx="Årsgenomsnittet för [2025]", note="places the claim"),
        N("december 2026", note="next release"), N("14 januari 2027", note="next release date"), N("010-479 51 07", note="phone"),
    ]

    # ------------------------------------------------------------ 4. TT article on school results (Publicerad 26 augusti 2026 kl. 10.41)
    HB = ("Helena Brandt", "quote")
    JE = ("Jonas Ekholm", "quote")
    MV = ("Det genomsnittliga meritvärdet", "meritvärdet")
    BH = ("behörigheten", "behörigheten")
    FB = ("Behöriga till yrkesprogram", "Behöriga")
    SINCE19 = dict(t=("2019", "2026"), lenient=True)
    GOLD["r30_b_tt_skolresultat"] = [
        G("fyra år", 4, "year", ctx="gången på [fyra år].", optional=True, s=None, sp=None, note="'för första gången på fyra år'"),
        G("drygt 124 000", 124000, "count", bound="approx", **L26, s=("elever", "elever"), sp=None, note="'i juni' (no year)"),
        G("85,3 procent", 85.3, "percent", ctx="var [85,3 procent] behöriga", **L26, direction=INC, s=("elever som gick ut årskurs 9", "elever"), sp=None, note="'Av Y ... var X' takes Y; ', jämfört med ... året innan'"),
        G("84,6 procent", 84.6, "percent", **L25, s=None, sp=None, note="'året innan'; elided"),
        G("231,8 poäng", 231.8, "number", **L26, direction=INC, s=MV, sp=None, note="'steg till ..., från'"),
        G("229,4 poäng", 229.4, "number", t=Y25, s=MV, sp=None, note="from-value '2025'"),
        G("80,1 procent", 80.1, "percent", **L26, direction=INC, s=None, sp=None, note="', en ökning med'"),
        G("0,4 procentenheter", 0.4, "percentage_point", **L26, direction=INC, s=("en ökning", "ökning"), sp=None),
        G("246,1 poäng", 246.1, "number", **L26, s=("Deras meritvärde", "meritvärde"), sp=None, note="'i genomsnitt': no bound; girls against boys: one time"),
        G("218,3 poäng", 218.3, "number", **L26, s=None, sp=None, note="'pojkarnas' with the noun elided"),
        G("närmare 28 poäng", 28, "number", bound="approx", **L26, s=("en skillnad", "skillnad"), sp=None, note="comparison at one time"),
        G("var sjunde", 1 / 7, "ratio", **L26, s=("elev", "elev"), sp=HB),
        G("1,2 miljarder kronor per år", 1.2e9, "SEK", per="year", t=("2026", "2028"), lenient=True, s=("regeringens satsning på läsning i lågstadiet", "satsning"), sp=("Helena Brandt", "enligt"), note="'till och med 2028' (start from the publication year); 'Enligt ministern'"),
        G("94,7 procent", 94.7, "percent", **L26, s=("eleverna", "eleverna"), sp=None, note="'X procent av Y'"),
        G("68,9 procent", 68.9, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("mer än 25 procentenheter", 25, "percentage_point", bound="more_than", **L26, s=None, sp=None, note="between municipalities: one time"),
        G("21 procentenheter", 21, "percentage_point", **L21, s=("skillnaden mellan högsta och lägsta kommun", "skillnaden"), sp=None, note="'Fem år tidigare'"),
        G("268,5 poäng", 268.5, "number", **L26, s=("Meritvärdet", "Meritvärdet"), sp=None, note="between municipalities: one time"),
        G("192,0", 192.0, "number", **L26, s=("Meritvärdet", "Meritvärdet"), sp=None),
        G("86,9 procent", 86.9, "percent", **L26, s=BH, sp=None, note="'i genomsnitt': no bound; one time"),
        G("knappt 81 procent", 81, "percent", bound="approx", **L26, s=None, sp=None, note="'den': pronoun"),
        G("omkring 60 procent", 60, "percent", bound="approx", **L26, s=("lärarna", "lärarna"), sp=JE, note="present tense; 'X procent av Y'; quote ending 'säger han'"),
        G("71 procent", 71, "percent", **L26, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=JE),
        G("minst 8 000", 8000, "count", bound="at_least", t=("2026", "2031"), lenient=True, direction=INC, s=("behöriga lärare", "lärare"), sp=JE, note="'fler ... inom fem år'"),
        G("fem år", 5, "year", ctx="inom [fem år],", bound="at_most", optional=True, s=None, sp=JE, note="'inom'"),
        G("47,2 procent", 47.2, "percent", **L26, direction=INC, s=BH, sp=None, note="', en ökning med ... jämfört med 2025'"),
        G("3,5 procentenheter", 3.5, "percentage_point", t=("2025", "2026"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=None, note="a change noun with a baseline year"),
        G("91,8 procent", 91.8, "percent", **L26, s=None, sp=None, note="'den': pronoun"),
        G("omkring 14 000", 14000, "count", bound="approx", **SINCE19, direction=INC, s=("antalet elever i årskurs 9", "antalet"), sp=None, note="'Sedan 2019'"),
        G("mellan 83 och 86 procent", None, "percent", low=83, high=86, **SINCE19, s=BH, sp=None, note="'under samma period': a range of levels, no direction"),
        G("85,9", 85.9, "percent", t=("2022", "2022"), s=FB, sp=None, note="fact box: yearly levels, 'andel i procent'"),
        G("85,1", 85.1, "percent", t=("2023", "2023"), s=FB, sp=None),
        G("84,8", 84.8, "percent", t=Y24, s=FB, sp=None),
        G("84,6", 84.6, "percent", ctx="2025: [84,6]", t=Y25, s=FB, sp=None),
        G("85,3", 85.3, "percent", ctx="2026: [85,3]", t=Y26, s=FB, sp=None),
    ]
    NEG["r30_b_tt_skolresultat"] = [
        N("26 augusti 2026", note="Publicerad line"), N("10.41", note="time of day"),
        N("årskurs 9", occ=1, note="school year"), N("2025", ctx="poäng [2025].", note="places the from-value"),
        N("2028", note="places the allocation"), N("2025", ctx="jämfört med [2025].", note="baseline year"),
        N("2019", note="places the change"), N("årskurs 9", occ=2, note="school year"), N("årskurs 9", occ=3, note="school year"),
        N("2022", ctx="[2022]: 85,9", note="row label"), N("2023", ctx="[2023]: 85,1", note="row label"),
        N("2024", ctx="[2024]: 84,8", note="row label"), N("2025", ctx="[2025]: 84,6", note="row label"),
        N("2026", ctx="[2026]: 85,3", note="row label"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on crime and police (Markdown, no date, no sidecar)
    MP = ("Medborgarpartiet", "publisher")
    AB = ("Antalet anmälda bedrägerier", "Antalet")
    GOLD["r30_b_parti_brott"] = [
        G("1,9 poliser", 1.9, "count", per="capita", s=("poliser", "poliser"), sp=None, note="'per 1 000 invånare'; undated: no period"),
        G("2,4", 2.4, "count", ctx="siffra [2,4] och", per="capita", s=("motsvarande siffra", "siffra"), sp=None, note="Norway: one time"),
        G("2,3", 2.3, "count", ctx="Danmark [2,3].", per="capita", s=None, sp=None, note="Denmark: elided, one time"),
        G("omkring 14 procent", 14, "percent", bound="approx", s=("alla anmälda brott", "brott"), sp=None, note="'X procent av Y'"),
        G("fördubblats", 2, "number", bound="more_than", optional=True, direction=INC, s=AB, sp=None, note="multiplier 'mer än fördubblats'"),
        G("drygt 230 000", 230000, "count", bound="approx", direction=INC, s=AB, sp=None, note="'förra året' in an undated text: no period; the new value after 'har ... fördubblats ... och uppgick'"),
        G("Var fjärde", 0.25, "ratio", s=("person", "person"), sp=None),
        G("omkring 1 200 utredare", 1200, "count", bound="approx", s=("utredare", "utredare"), sp=("polisen", "enligt"), note="'enligt polisens egen bedömning'"),
        G("10 000 fler poliser", 10000, "count", t=Y30, direction=INC, s=("poliser", "poliser"), sp=MP, note="numbered promise 'till 2030'"),
        G("minst 2 500", 2500, "count", bound="at_least", per="year", s=("nya poliser", "poliser"), sp=MP, note="'examineras varje år': a flow, no change"),
        G("3,8 miljarder kronor per år", 3.8e9, "SEK", per="year", s=("Kostnad", "Kostnad"), sp=MP),
        G("30 minuters", 30, "minute", bound="at_most", s=("resväg", "resväg"), sp=MP, note="cap 'Ingen ska ha mer än'"),
        G("ungefär 400 000 invånare", 400000, "count", bound="approx", s=("invånare", "invånare"), sp=MP, note="'I dag' in an undated text: no period; inside the list item"),
        G("4 000 kronor i månaden", 4000, "SEK", per="month", direction=INC, s=("ingångslönen", "ingångslönen"), sp=MP, note="'höja ... med'"),
        G("36 500 kronor", 36500, "SEK", per="month", direction=INC, s=("ingångslönen", "ingångslönen"), sp=MP, note="the new value; per carried"),
        G("Minst vart femte", 0.2, "ratio", bound="at_least", direction=INC, s=("anmält brott", "brott"), sp=MP, note="', jämfört med vart sjunde i dag'"),
        G("vart sjunde", 1 / 7, "ratio", s=None, sp=MP, note="'i dag' (undated): no period"),
        G("upp till 100 000 kronor per person och år", 100000, "SEK", bound="at_most", per="capita", s=None, sp=MP, note="'per person och år' per capita (r29); the recipient is no subject"),
        G("över 1 500 barn", 1500, "count", bound="more_than", s=("barn", "barn"), sp=None, note="'Förra året' in an undated text: no period"),
        G("nästan tre gånger så många", 3, "number", bound="approx", optional=True, direction=INC, s=None, sp=None, note="multiplier against an earlier point"),
        G("500 miljoner kronor per år", 500e6, "SEK", per="year", s=("sociala insatsgrupper", "insatsgrupper"), sp=MP, note="the goal of the money"),
        G("60 kommuner", 60, "count", s=("kommuner", "kommuner"), sp=MP),
        G("24 timmar", 24, "hour", bound="at_most", s=None, sp=MP, note="'inom'"),
        G("omkring 6,5 miljarder kronor per år", 6.5e9, "SEK", bound="approx", per="year", s=("Våra förslag på rättsområdet", "förslag"), sp=MP),
        G("4 miljarder kronor om året", 4e9, "SEK", per="year", s=None, sp=MP, note="'vilket ger'"),
        G("en tredjedel", 1 / 3, "ratio", optional=True, direction=DEC, s=("statens konsultkostnader", "konsultkostnader"), sp=MP, note="multiplier 'minska ... med'"),
        G("4,6 procent", 4.6, "percent", s=("statsbudgeten", "statsbudgeten"), sp=None, note="'en mindre del av statsbudgeten': between countries"),
        G("5,3 procent", 5.3, "percent", s=None, sp=None, note="Norway: elided"),
        G("5,0 procent", 5.0, "percent", s=None, sp=None, note="Finland: elided"),
        G("20 procent", 20, "percent", s=("poliser", "poliser"), sp=("Erik Lundmark", "quote"), note="'fler poliser per invånare än vi': between countries"),
        G("48 sidor", 48, "count", optional=True, s=None, sp=None, note="page count of a linked PDF"),
    ]
    NEG["r30_b_parti_brott"] = [
        N("1 000", ctx="per [1 000] invånare", note="denominator"), N("65 år", note="age limit"),
        N("1", ctx="[1]. **10 000", note="list numbering"), N("2030", ctx="poliser till [2030].", note="target year"),
        N("2", ctx="[2]. **Polisen", note="list numbering"), N("3", ctx="[3]. **Höjda", note="list numbering"),
        N("4", ctx="[4]. **Fler", note="list numbering"), N("5", ctx="[5]. **Stoppa", note="list numbering"),
        N("15 år", note="age limit"),
    ]

    # ------------------------------------------------------------ 6. regional public transport 2025 (sidecar 2026-03-18)
    RE = ("Resor", "Resor")
    AT = ("Priset för en 30-dagarsbiljett för vuxen", "Priset")
    tc = [("count", 1e6, None, Y25, F, F), ("count", 1e6, None, Y24, F, F), ("percent", 1, None, Y25, T, T), ("percent", 1, None, Y25, F, F)]
    TS = [RE, RE, ("Förändring", "Förändring"), ("Punktlighet", "Punktlighet")]
    GOLD["r30_b_kollektivtrafik_2025"] = [
        G("48,6 miljoner resor", 48.6e6, "count", t=Y25, direction=INC, s=("resor", "resor"), sp=None, note="'Under 2025'; ', en ökning med ... jämfört med 2024'"),
        G("5,2 procent", 5.2, "percent", t=("2024", "2025"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=None, note="a change noun with a baseline year"),
        G("drygt 3 procent", 3, "percent", bound="approx", **L25, direction=DEC, s=("resor", "resor"), sp=None, note="'färre resor än rekordåret 2019': an earlier point"),
        G("50,2 miljoner", 50.2e6, "count", t=Y19, s=("resandet", "resandet"), sp=None, note="'rekordåret 2019, då'"),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L25, s=("Stadsbussarna i Linnestad", "Stadsbussarna"), sp=None, note="'X stod för Y' takes X"),
        G("10,6 procent", 10.6, "percent", **L25, direction=INC, s=("Regionaltågen", "Regionaltågen"), sp=None),
        G("24 procent", 24, "percent", **L25, s=("Marknadsandelen", "Marknadsandelen"), sp=None, note="against the national average: one time"),
        G("29 procent", 29, "percent", **L26, s=("Det nationella genomsnittet", "genomsnittet"), sp=None, note="present tense"),
        G("30 procent", 30, "percent", t=Y30, direction=INC, s=("Målet", "Målet"), sp=None, note="target 'att nå ... till 2030'"),
        G("högst tre minuter", 3, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality"),
        G("91,6 procent", 91.6, "percent", **L25, s=("Andelen avgångar som gick i tid", "Andelen"), sp=None),
        G("86,7 procent", 86.7, "percent", ctx="och [86,7 procent] för", **L25, direction=DEC, s=None, sp=None, note="elided; next sentence 'en försämring med'"),
        G("2,1 procentenheter", 2.1, "percentage_point", **L25, direction=DEC, s=("en försämring", "försämring"), sp=None),
        G("79 procent", 79, "percent", **L25, s=("tågpunktligheten", "tågpunktligheten"), sp=None, note="'I november' (no year)"),
        G("895", 895, "SEK", **L24, s=AT, sp=None, note="from-value: the price before 1 January 2025"),
        G("945 kronor", 945, "SEK", t=Y25, direction=INC, s=AT, sp=None, note="'höjdes den 1 januari 2025 från ... till'"),
        G("36 kronor", 36, "SEK", **L25, direction=INC, s=("En enkelbiljett i en zon", "enkelbiljett"), sp=None, note="', 2 kronor mer än året innan'"),
        G("2 kronor", 2, "SEK", **L25, direction=INC, s=None, sp=None),
        G("halva priset", 0.5, "ratio", **L26, optional=True, s=None, sp=None, note="a fare rule restated; the payer is no subject"),
        G("612 000", 612000, "count", **L25, direction=INC, s=("Antalet sålda periodbiljetter", "Antalet"), sp=None, note="'ökade till ..., jämfört med'"),
        G("574 000", 574000, "count", t=Y24, s=None, sp=None, note="'år 2024'; elided"),
        G("78 procent", 78, "percent", **L25, s=("Andelen biljetter som köptes i appen", "Andelen"), sp=None),
        G("2 140 miljoner kronor", 2140e6, "SEK", **L25, s=("Trafikens totala kostnader", "kostnader"), sp=None),
        G("47 procent", 47, "percent", **L25, s=("biljettintäkterna", "biljettintäkterna"), sp=None, note="'varav X täckte Y' takes X"),
        G("44,03 kronor", 44.03, "SEK", per="journey", **L25, direction=DEC, s=("Kostnaden per resa", "Kostnaden"), sp=None, note="'per resa' per journey; ', att jämföra med ... året innan'"),
        G("45,10 kronor", 45.10, "SEK", per="journey", **L24, s=None, sp=None, note="elided; per carried"),
        G("2 870 kronor", 2870, "SEK", per="capita", **L25, s=("Skattesubventionen per invånare", "Skattesubventionen"), sp=None),
        *_row(G, "Stadsbuss", ["25,1", "24,2", "+3,7", "90,8"], tc, TS, note="table 'Resor och punktlighet per trafikslag 2025': 'Resor 2025, milj.' / 'Resor 2024, milj.' / 'Punktlighet 2025, %' explicit; 'Förändring, %' signed 2025 lenient; rows are categories: s each column's header"),
        *_row(G, "Regionbuss", ["14,8", "14,3", "+3,5", "92,6"], tc, TS),
        *_row(G, "Regionaltåg", ["7,3", "6,6", "+10,6", "86,7"], tc, TS),
        *_row(G, "Närtrafik", ["1,4", "1,1", "+27,3", "97,5"], tc, TS),
        *_row(G, "Totalt", ["48,6", "46,2", "+5,2"], tc, TS),
        G("42 nya elbussar", 42, "count", t=Y26, direction=INC, s=("nya elbussar", "elbussar"), sp=None, note="'Under 2026 tar regionen i drift': an addition"),
    ]
    NEG["r30_b_kollektivtrafik_2025"] = [
        N("2025", ctx="Västerlinden [2025] –", note="title"), N("2025", ctx="Under [2025] gjordes", note="places the claim"),
        N("2024", ctx="jämfört med [2024].", note="baseline year"), N("2019", note="places the from-record"),
        N("2030", note="target year"), N("1 januari 2025", note="date of the rise"),
        N("30", ctx="en [30]-dagarsbiljett", note="digits in a product name"), N("7 och 19 år", note="age band"),
        N("2024", ctx="år [2024].", note="places the figure"), N("2025", ctx="trafikslag [2025]", note="caption"),
        N("Resor 2025", note="column header"), N("Resor 2024", note="column header"), N("Punktlighet 2025", note="column header"),
        N("2026", ctx="Under [2026] tar", note="places the claim"), N("2028", note="target year"),
    ]

    # ------------------------------------------------------------ 7. ski resort, season 2025/26 (Publicerad 22 april 2026)
    S26 = ("2025", "2026")
    S25 = ("2024", "2025")
    LS26 = dict(t=S26, lenient=True)
    LS25 = dict(t=S25, lenient=True)
    JV = ("Johan Vikström", "quote")
    SD = ("skiddagar", "skiddagar")
    sc = [("count", 1, None, S26, F, F), ("count", 1, None, S25, F, F), ("percent", 1, None, S26, T, T)]
    SM = ("Skiddagar", "Skiddagar")
    GOLD["r30_b_skidort_2526"] = [
        G("142 dagar", 142, "day", **LS26, direction=INC, s=("Skidsäsongen på Rävfjället", "Skidsäsongen"), sp=None, note="the season of the title (lenient); next sentence 'nio dagar fler än förra säsongen'"),
        G("nio dagar", 9, "day", **LS26, direction=INC, s=None, sp=None, note="'Det var ... fler'"),
        G("418 600 skiddagar", 418600, "count", **LS26, direction=INC, s=SD, sp=("Rävfjällets Skidanläggning", "publisher"), note="'sålde vi'; ', en ökning med'"),
        G("7,4 procent", 7.4, "percent", ctx="ökning med [7,4 procent]", t=("2024", "2026"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=("Rävfjällets Skidanläggning", "publisher"), note="a change noun with a baseline season: the two seasons' span"),
        G("drygt 20 000", 20000, "count", bound="approx", **LS26, direction=INC, s=None, sp=("Rävfjällets Skidanläggning", "publisher"), note="'fler än det tidigare rekordet från säsongen 2022/23': an earlier point"),
        G("286 300", 286300, "count", **LS26, direction=INC, s=("Antalet gästnätter i stugor, lägenheter och på hotellet", "Antalet"), sp=None, note="', 5 procent fler än förra vintern'"),
        G("5 procent", 5, "percent", ctx="300, [5 procent] fler", **LS26, direction=INC, s=None, sp=None),
        G("312 miljoner kronor", 312e6, "SEK", **LS26, s=("Intäkterna från liftkort, skiduthyrning och skidskola", "Intäkterna"), sp=None, note="'blev': no change"),
        G("289 miljoner kronor", 289e6, "SEK", t=S25, s=("Intäkterna från liftkort, skiduthyrning och skidskola", "Intäkterna"), sp=None, note="bracket 'säsongen 2024/25': explicit"),
        G("1 840 kronor per dygn", 1840, "SEK", per="day", **LS26, direction=INC, s=None, sp=None, note="'i genomsnitt': no bound; the payer is no subject; ', mot ... förra säsongen'"),
        G("1 760 kronor", 1760, "SEK", per="day", **LS25, s=None, sp=None, note="per carried"),
        G("595 kronor", 595, "SEK", **LS26, direction=INC, s=("Ett dagskort för vuxen", "dagskort"), sp=None, note="', 30 kronor mer än förra vintern'"),
        G("30 kronor", 30, "SEK", **LS26, direction=INC, s=None, sp=None),
        G("81 procent", 81, "percent", **L26, direction=INC, s=("Beläggningen i anläggningens egna stugor", "Beläggningen"), sp=None, note="'under januari–mars' (of this season: 2026 lenient); ', jämfört med ... ett år tidigare'"),
        G("76 procent", 76, "percent", **L25, s=None, sp=None, note="'ett år tidigare'"),
        G("drygt 418 000", 418000, "count", bound="approx", **LS26, s=SD, sp=None),
        G("tredje största", 3, "ordinal", **L26, s=("den tredje största skidorten i Norrland", "skidorten"), sp=None, note="'nu'"),
        G("410 anställda", 410, "count", **LS26, s=("anställda", "anställda"), sp=("Rävfjällets Skidanläggning", "publisher"), note="'hade vi'; 'Som mest': a maximum, no bound"),
        G("drygt 300", 300, "count", bound="approx", **LS26, s=("säsongsanställda", "säsongsanställda"), sp=("Rävfjällets Skidanläggning", "publisher"), note="'varav' with a noun"),
        G("61 soldagar", 61, "count", **LS26, s=("soldagar", "soldagar"), sp=None, note="against the ten-season average: no direction"),
        G("48", 48, "count", ctx="snittet på [48] för", t=("2015", "2025"), lenient=True, s=("snittet", "snittet"), sp=None, note="'för de tio senaste säsongerna'"),
        G("23 dagar", 23, "day", **LS26, s=("dagar med temperaturer under minus 15 grader", "dagar"), sp=("Rävfjällets Skidanläggning", "publisher"), note="'Vi hade'"),
        G("minus 15 grader", -15, "degC", bound="less_than", optional=True, s=None, sp=("Rävfjällets Skidanläggning", "publisher"), note="threshold"),
        G("elva dagar", 11, "day", **LS26, s=("liftarna", "liftarna"), sp=("Rävfjällets Skidanläggning", "publisher"), note="same sentence as 'Vi hade'"),
        G("168 centimeter", 168, "cm", **L26, s=("Snödjupet på toppen", "Snödjupet"), sp=None, note="'i mars' (no year); 'som mest': no bound"),
        G("mellan 9 000 och 11 500 gäster per dag", None, "count", low=9000, high=11500, per="day", **L26, s=("gäster", "gäster"), sp=("Rävfjällets Skidanläggning", "publisher"), note="'tog vi emot'; sportlov in February 2026"),
        G("12 340 sålda skiddagar", 12340, "count", **L26, s=("sålda skiddagar", "skiddagar"), sp=("Rävfjällets Skidanläggning", "publisher"), note="'den 18 februari' (no year); a record for one day, no change"),
        G("3 950 drifttimmar", 3950, "hour", **LS26, s=("pistmaskinerna", "pistmaskinerna"), sp=None),
        G("drygt 6 200 elever", 6200, "count", bound="approx", **LS26, s=("elever", "elever"), sp=None),
        G("ungefär två av tre", 2 / 3, "ratio", bound="approx", **LS26, s=None, sp=None, note="'varav' without a noun"),
        G("85 miljoner kronor", 85e6, "SEK", t=("2024", "2026"), lenient=True, s=("en ny sexstolslift och nya snökanoner", "sexstolslift"), sp=JV, note="'de senaste två åren'; the goal of the money"),
        G("minst 430 000 skiddagar", 430000, "count", bound="at_least", t=("2026", "2027"), lenient=True, direction=INC, s=SD, sp=JV, note="target 'Nästa vinter' (r28's 'Nästa sommar vill vi ha')"),
        *_row(G, "December", ["52 400", "49 100", "+6,7"], sc, SM, note="table 'Skiddagar per månad': '2025/26' / '2024/25' explicit season spans (the row's month not applied); 'Förändring, %' signed, the season lenient; rows are months: s the caption's 'Skiddagar'"),
        *_row(G, "Januari", ["71 800", "70 200", "+2,3"], sc, SM),
        *_row(G, "Februari", ["124 300", "113 900", "+9,1"], sc, SM),
        *_row(G, "Mars", ["109 500", "101 600", "+7,8"], sc, SM),
        *_row(G, "April", ["60 600", "54 900", "+10,4"], sc, SM),
        *_row(G, "Totalt", ["418 600", "389 700", "+7,4"], sc, SM),
    ]
    NEG["r30_b_skidort_2526"] = [
        N("2025/26", ctx="Säsongen [2025/26] i siffror", note="title"), N("22 april 2026", note="Publicerad line"),
        N("2014/15", note="places the comparison"), N("2024/25", occ=1, note="places the comparison"),
        N("2022/23", note="places the record"), N("2024/25", occ=2, note="places the bracket"),
        N("tolv år", note="age limit"), N("18 februari", note="date"),
        N("2025/26", ctx="Månad [2025/26]", note="column header"), N("2024/25", occ=3, note="column header"),
        N("4 december 2026", note="next opening date"), N("0647-510 80", note="phone"),
    ]

    # ------------------------------------------------------------ 8. municipality's resident survey (Markdown, 9 juni 2026)
    KH = ("Karin Holmqvist", "quote")
    NMI = ("NMI", "NMI")
    mc = [("number", 1, None, Y26, F, F), ("number", 1, None, Y24, F, F), ("number", 1, None, Y26, T, T), ("number", 1, None, Y26, F, F)]
    GOLD["r30_b_medborgarundersokning"] = [
        G("58", 58, "number", ctx="blev [58] i årets", t=Y26, direction=INC, s=("Nöjd-medborgar-index (NMI) för Bergsåkers kommun", "Nöjd-medborgar-index"), sp=None, note="'i årets medborgarundersökning' resolves; ', en ökning med'"),
        G("3 enheter", 3, "number", t=("2024", "2026"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=None, note="a change noun with a baseline ('hösten 2024')"),
        G("134 kommuner", 134, "count", **L26, s=("kommuner", "kommuner"), sp=None),
        G("55", 55, "number", ctx="deltog var [55].", **L26, s=("Genomsnittet", "Genomsnittet"), sp=None, note="against all municipalities: one time"),
        G("1 800", 1800, "count", **L26, s=("slumpvis utvalda invånare", "invånare"), sp=None, note="survey size (r28/r29: required)"),
        G("812", 812, "count", **L26, s=None, sp=None, note="elided"),
        G("45 procent", 45, "percent", **L26, s=("en svarsfrekvens", "svarsfrekvens"), sp=None),
        G("0 till 100", None, "number", low=0, high=100, optional=True, s=("en skala", "skala"), sp=None, note="defines the scale"),
        G("under 40", 40, "number", bound="less_than", optional=True, s=None, sp=None, note="threshold"),
        G("över 75", 75, "number", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("79", 79, "number", ctx="med [79], samma", **L26, s=("Bäst betyg", "betyg"), sp=None, note="'samma nivå som 2024': no change"),
        G("7 enheter", 7, "number", **L26, direction=INC, s=("Gång- och cykelvägar", "cykelvägar"), sp=None),
        G("55", 55, "number", ctx="enheter till [55],", **L26, direction=INC, s=("Gång- och cykelvägar", "cykelvägar"), sp=None),
        G("drygt 12 kilometer", 12, "km", bound="approx", t=("2024", "2026"), lenient=True, direction=INC, s=("ny cykelväg", "cykelväg"), sp=None, note="'sedan förra mätningen': an addition"),
        G("47", 47, "number", ctx="äldreomsorgen, [47], vilket", **L26, s=("Lägst betyg", "betyg"), sp=None),
        G("4 enheter", 4, "number", **L26, s=None, sp=None, note="'vilket är ... under genomsnittet för alla kommuner': one time"),
        G("64", 64, "number", ctx="blev [64], mot", **L26, direction=INC, s=("Nöjd-region-index (NRI)", "Nöjd-region-index"), sp=None),
        G("62", 62, "number", ctx="mot [62] i förra", **L24, s=None, sp=None, note="'i förra mätningen' (hösten 2024)"),
        G("41", 41, "number", ctx="kvar på [41].", **L26, s=("Nöjd-inflytande-index (NII)", "Nöjd-inflytande-index"), sp=None, note="'låg kvar på': no change"),
        G("14 miljoner kronor", 14e6, "SEK", t=Y27, direction=INC, s=("äldreomsorgen", "äldreomsorgen"), sp=KH, note="'extra i budgeten för 2027'"),
        G("38 procent", 38, "percent", **L26, s=("de svarande", "svarande"), sp=None, note="'Av Y ... X' takes Y"),
        G("66 procent", 66, "percent", **L26, direction=INC, s=None, sp=None, note="'Av dem': pronoun; ', jämfört med ... i förra undersökningen'"),
        G("63 procent", 63, "percent", **L24, s=None, sp=None),
        G("cirka 27 400 invånare", 27400, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None),
        G("54", 54, "number", ctx="genomsnitt var [54].", **L26, s=("NMI", "NMI"), sp=None, note="'i genomsnitt': no bound; one time"),
        G("Tre av fyra", 0.75, "ratio", **L26, s=("invånare", "invånare"), sp=None),
        G("74 procent", 74, "percent", **L26, s=("invånare", "invånare"), sp=None, note="apposition restates 'Tre av fyra'"),
        G("61 procent", 61, "percent", **L26, s=("andelen", "andelen"), sp=None, note="a district against the whole: one time"),
        *_row(G, "| Räddningstjänst", ["79", "79", "0", "76"], mc, NMI, sep=" | ", note="Markdown table 'Resultat per område, NMI (skala 0–100)': '2026' / '2024' / 'Alla kommuner 2026' explicit; 'Förändring' signed 2026 lenient ('0' none); rows are areas: s the caption's 'NMI'"),
        *_row(G, "| Gång- och cykelvägar", ["55", "48", "+7", "53"], mc, NMI, sep=" | "),
        *_row(G, "| Gator och vägar", ["52", "49", "+3", "51"], mc, NMI, sep=" | "),
        *_row(G, "| Grundskola", ["61", "60", "+1", "59"], mc, NMI, sep=" | "),
        *_row(G, "| Äldreomsorg", ["47", "50", "−3", "51"], mc, NMI, sep=" | "),
        *_row(G, "| Kommunen totalt (NMI)", ["58", "55", "+3", "55"], mc, NMI, sep=" | "),
        G("82 procent", 82, "percent", **L26, s=None, sp=None, note="the holders elided"),
    ]
    NEG["r30_b_medborgarundersokning"] = [
        N("9 juni 2026", note="dateline of the release"), N("hösten 2024", note="places the baseline"),
        N("18 och 84 år", note="age band"), N("2024", ctx="nivå som [2024].", note="places the comparison"),
        N("2027", ctx="budgeten för [2027],", note="places the allocation"),
        N("0–100", note="caption: the scale"), N("2026", ctx="| Område | [2026] |", note="column header"),
        N("2024", ctx="| 2026 | [2024] |", note="column header"), N("Alla kommuner 2026", note="column header"),
        N("våren 2028", note="next survey"), N("0581-810 00", note="phone"),
    ]
    return GOLD, NEG
