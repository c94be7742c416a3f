"""Round 29, part B (r29_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 29, part B (r29_b_*): eight kinds, written from scratch (r29_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a savings bank's interim report
# January-September 2026 (dateline 'Norrvik, 22 oktober 2026'; 'Uppgifter inom parentes avser motsvarande period
# föregående år'; en-dash bullets with brackets 'Räntenettot ökade till 612 (548) Mkr', a bracket with its own date
# '(20,9 procent per den 31 december 2025)', loan and deposit volumes, credit losses, the CEO's quote with a range
# forecast for 2027; a plain-text table 'NYCKELTAL' with quarter columns 'Kv 3 2026' ... 'Kv 3 2025'), a statistics
# office's construction-cost index for October 2026 ('Publicerad 13 november 2026'; index level with base '2015=100',
# change over one month and 'i årstakt', 'på tolv månader', 'mot ... i september', a statistician's range 'mellan 3 och
# 4 procent'; a plain-text table by cost component 'Vikt, %' / 'Index' / '1 mån, %' / '12 mån, %' with signed
# changes), a monthly report on tenant-owned flat prices by municipality for November 2026 (Markdown, 'Publicerad 30
# november 2026'; kronor per kvadratmeter, 'jämfört med samma månad i fjol', 'Sedan augusti', 'på ett år', 'mer än
# dubbelt så mycket som snittet i riket', 'knappt 25 procent lägre än riksgenomsnittet'; a Markdown table 'Kr/kvm, nov
# 2026' / 'Förändring 3 mån, %' / 'Förändring 12 mån, %' / 'Antal sålda'; a broker's quote; a survey with a range
# '2–4 procent under första halvåret 2027'), a TT-style news article on an authority's report on young people's debts
# ('Publicerad 24 september 2026 kl. 11.05'; a researcher, a minister and an opposition politician quoted; 'nästan 40
# procent fler än 2022', 'från 22 procent 2022 till 31 procent i år', per person against all debtors, Denmark; a fact
# box of yearly levels 2022-2026), an UNDATED party page on healthcare (Markdown, no date, no sidecar; 'per 1 000
# invånare' against the EU and Norway, a numbered list of promises, 'under mandatperioden', 'X miljarder kronor per
# år', targets 'Senast 2030' / 'till 2030', financing), a forestry agency's report on spruce bark beetle damage in 2026
# dated only by its sidecar (2026-11-18; miljoner kubikmeter skog, hektar, 'per fälla', a range 'mellan 35 000 och 42
# 000', a plain-text table by region '2026' / '2025' / 'Förändring, %'), a betting company's annual summary for 2025
# ('Solna den 10 februari 2026'; miljoner kronor, återbetalningsandel, a record turnover, visitors, a plain-text table
# by track 'Lopp' / 'Omsättning, Mkr' / 'Publik' / 'Publik, förändring mot 2024, %'; the CEO's quote; a range
# forecast for 2026) and a municipality's HTML press release on the municipal election of 13 September 2026 (header,
# menu, breadcrumb, footer; 'Publicerad 18 september 2026'; procent and procentenheter against the election 2022,
# mandat in words, turnout, an HTML table 'Andel 2026, %' / 'Förändring mot 2022, procentenheter' / 'Mandat 2026' /
# 'Mandat 2022' / 'Förändring' with empty cells in the total row; a quote).
# The r8-r28 decisions are followed (see the headers of gold_r26_b.py, gold_r27_b.py and gold_r28_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'för ett år sedan', 'i år', 'för fyra år
# sedan', 'i våras') resolves against the publication date and is not lenient; a month, quarter or season without a
# year, a heading's, a caption's or the document's period, present tense, 'I dag', 'året innan', 'ett år tidigare',
# 'föregående år', 'sedan årsskiftet' are lenient; brackets take the period their note names ('motsvarande period
# föregående år': the previous year, lenient; a bracket with its own date: that date, explicit); a level followed by
# ', jämfört med', ', mot', ', att jämföra med', ', X fler/mer än', ', en ökning/minskning med' is the new value after a
# change; from-values have no direction; comparisons at one time (between regions, municipalities, countries, a
# national average, a competitor) have no direction, a comparison with an earlier point takes the current period with a
# direction; a change noun with a baseline year spans the two years, lenient (r26); 'i årstakt' / 'på tolv månader' /
# 'på ett år' and a '12 mån' change column are twelve-month rates: the rolling year ('2025', '2026'), lenient,
# direction from the sign (r18/r26); multipliers ('mer än dubbelt så mycket', 'ungefär hälften så stora', 'nästan tre
# gånger så stora', 'minst tre gånger så mycket', 'minska med minst hälften') are optional; thresholds, rules restated
# and descriptions of the method or setting are optional, targets, forecasts and promises required; a target without a
# year takes the period it is measured against (r28); table cells take their column headers' periods (a caption's or
# heading's period lenient), change columns without a named span take the current period lenient and their direction
# from the sign ('0', '0,0' none); rows that are categories take the caption's or each column's measure as subject,
# rows that are measures their own label; 'per 1 000 invånare' per="capita" with the value as written and the
# denominator N (r7/r26); 'per person' per="capita", 'per fälla' per="trap", 'per liter' per="l", 'per kvadratmeter'
# per="m2", 'i månaden' / 'per månad' per="month", 'per år' / 'om året' per="year", 'per hektar' per="ha" (hektar is
# unit "ha", kubikmeter "m3"); 'vilket' / 'Det' / 'varav' / elided nouns / pronouns have s None; the payer, the holder,
# the recipient of a vote share and the actor are no subject; 'X procent av Y' takes Y, 'X stod för Y' takes X; a
# paragraph or quote ending in 'säger ...' credits every figure in it; a party's first-person proposals, its numbered
# list of promises and its 'Våra mål' are the publisher's, the rest of its page plain reporting; the UNDATED text has
# no period except where a year is written out; age limits and bands ('18–25 år', 'över 55 år', 'under 30 år') are N;
# index bases, list and table numbering are N.
# Where those were silent, decided here:
# - Savings bank Q3 (dateline 2026-10-22): bullets under 'PERIODEN I SAMMANDRAG' (title 'JANUARI–SEPTEMBER 2026')
#   are 2026 lenient, brackets 2025 lenient; the bracket '(20,9 procent per den 31 december 2025)' names its own date:
#   2025 explicit. 'ökade till' / 'ökade med ... till' / 'steg till' increase; 'K/I-talet förbättrades till 0,41
#   (0,44)' is a falling cost/income ratio: decrease (the value's direction, not the verb's praise); 'uppgick till',
#   'var' no change. K/I-tal is unit number. 'drygt 2 400 fler helkunder än vid årsskiftet' increase. A market share
#   against the nearest competitor is a comparison at one time. 'motsvarande 0,3 procent av utlåningen' takes
#   'utlåningen'. 'räntenettot 199 Mkr, att jämföra med 207 Mkr under andra kvartalet' 199 decrease, 207 2026 lenient.
#   CEO quote: '3–5 procent under 2027' a range forecast, 2027 explicit, decrease; 'I år ... 14 miljoner kronor' 2026
#   explicit, s the goal of the money. Table: 'Kv n YYYY' columns explicit at year grain; 'Mkr' / 'mdkr' in the row
#   labels scale; rows are measures.
# - Construction costs (published 2026-11-13): 'i oktober' / 'i september' 2026 lenient; the index level '163,8' is
#   unit number and the new value after 'steg med 0,4 procent ... och uppgick till' (increase); 'I september var
#   årstakten 2,7 procent' a twelve-month rate: rolling year, increase from its sign, s 'årstakten'. 'oförändrade i
#   oktober' states no figure. 'Diesel kostade ... 19,42 kronor per liter i oktober, mot 20,15 kronor i september'
#   19,42 decrease. 'Kostnadsökningen för småhus är därmed 0,7 procentenheter lägre än för flerbostadshus' compares two
#   indices in one month: no direction. The statistician's 'mellan 3 och 4 procent under vintern' a range, ('2026',
#   '2027') lenient (the coming winter), 'ligger kvar': no direction. Table 'oktober 2026' (caption: 2026 lenient):
#   'Vikt, %' percent, 'Index' number, '1 mån, %' signed 2026 lenient, '12 mån, %' signed rolling year; rows are cost
#   components (categories): s 'Vikt' for the weights and the caption's 'Byggkostnadsindex för flerbostadshus' for the
#   rest. 'drygt 2 300 prisuppgifter som samlas in varje månad' (per="month") and 'cirka 420 företag' describe the
#   method: optional.
# - Flat prices (Markdown, published 2026-11-30): 'i november' 2026 lenient. '41 850 kronor per kvadratmeter, 3,6
#   procent högre jämfört med samma månad i fjol' both increase (apposition, r28's '6 kronor dyrare'), 3,6 s None.
#   'Sedan augusti ... sjunkit med 1,2 procent' and 'under hösten' 2026 lenient. 'i stort sett oförändrat på tre
#   månader' no direction. 'på ett år är priserna ändå 2,4 procent högre' a twelve-month rate (rolling year). Malmö
#   '7,8 procent jämfört med november förra året ... till 37 900' both increase, 2026 lenient. Table: 'Kr/kvm, nov 2026'
#   explicit (per m2), 'Förändring 3 mån, %' signed 2026 lenient, 'Förändring 12 mån, %' signed rolling year, 'Antal
#   sålda' 2026 lenient; rows are municipalities (categories) and no caption names a measure: s each column's header.
#   'Antalet sålda ... var 7 934, omkring 6 procent fler än i november 2025' both increase. 'Umeå hade den största
#   nedgången på tre månader, 3,0 procent' decrease, s 'nedgången'. 'knappt 25 procent lägre än riksgenomsnittet' a
#   comparison at one time. The broker's '31 dagar nu, mot 24 dagar i våras' 31 increase, 24 2026 explicit ('i
#   våras'). The survey: '47 procent av mäklarna' takes 'mäklarna'; '31 procent tror' / '22 procent räknar med'
#   elided (s None); '2–4 procent under första halvåret 2027' a range, 2027 explicit, increase, plain reporting (the
#   respondents are no speaker); '612 mäklare' count.
# - TT article (published 2026-09-24): 'Vid utgången av juni' 2026 lenient; '38 600' increase ('Det är 12 procent fler
#   än ett år tidigare'); 'nästan 40 procent fler än 2022' ('2022', '2026') lenient, increase; '27 800' ('2022, då')
#   explicit. 'Sammanlagt är de unga skyldiga 2,9 miljarder kronor': the debtors are the holder, s None. '75 100
#   kronor per person, jämfört med 148 000 kronor för alla gäldenärer' a comparison at one time, per="capita" both.
#   'från 22 procent 2022 till 31 procent i år' 22 from-value 2022 explicit, 31 2026 explicit increase. 'innan hen
#   fyllt 21' an age limit (N). '41 000 ärenden under 2025, en ökning med 18 procent jämfört med 2024': 41 000 2025
#   explicit increase, 18 procent ('2024', '2025') lenient (a change noun with a baseline year). 'upp till tolv veckor'
#   at_most, 2026 lenient ('i dag'). The researcher's 'kring 4 procent av åldersgruppen mot 2,5 procent i Danmark'
#   between countries, 2026 lenient. The minister's 'sänkt räntetaket ... till 30 procent' decrease, 2026 lenient (a
#   past decision with no date); '45 miljoner kronor per år 2027–2029' explicit, s the goal of the money. The
#   opposition's 'under den tiden ... ökat med över 10 000' ('2022', '2026') lenient increase; 'fyra år' (the mandate)
#   optional; '45 miljoner räcker till ungefär 60 nya rådgivare' restates the allocation (per year, 2027-2029 lenient,
#   s None) and the advisers it buys (count, same period). 'köp under 500 kronor' a threshold in a proposal (optional,
#   credited to Skuldverket). Fact box: yearly levels, each year explicit, no direction; s the box's heading.
# - Party page on healthcare (UNDATED): no period except '2030' ('till 2030', 'Senast 2030', the heading 'Våra mål
#   till 2030': lenient for the goals under it without a year). 'per 1 000 invånare' per="capita"; the EU average
#   '5,2' and Norway's '3,3' carry the rate; comparisons at one time. 'vårdgarantins 90 dagar' a threshold (optional,
#   more_than: 'längre än'). 'omkring 14 procent mindre än i Danmark' between countries, s None. The list items and 'Vi
#   ...' sentences are the publisher's (sp the party); 'under mandatperioden' gives no period in an undated text.
#   'Minst 2 000 nya vårdplatser till 2030, så att Sverige når 2,5 vårdplatser' both increase (additions, a new value
#   after them). 'Ingen ska behöva vänta mer än 60 dagar' a cap (at_most), s None. 'från 1 400 kronor till 1 000
#   kronor per år' 1 400 from-value (per carried), 1 000 decrease. '3 000 kronor mer i månaden' increase, s None (the
#   payee). '9 av 10 patienter' ratio 0.9, 2030 explicit; 'inom 90 dagar' its threshold (optional). 'högst en timme'
#   at_most, 2030 lenient; 'minska med minst hälften' a multiplier (optional, ratio 0.5, at_least, decrease).
#   'omkring 2,4 miljarder kronor om året' takes 'ränteavdraget' (relative clause). 'Regionerna får i dag 12 procent av
#   sina intäkter' takes Y, plain reporting. The spokesperson's 'upp till 15 procent' at_most decrease (quote).
#   'PDF, 36 sidor' page count (optional).
# - Spruce bark beetle 2026 (sidecar 2026-11-18): 'i år' 2026 explicit; 'uppskattningsvis' is approx (an estimate,
#   r27). '4,1 miljoner kubikmeter' decrease (', jämfört med 5,3 miljoner kubikmeter 2025'), s 'skog' (the beetle is
#   the actor); 5,3 2025 explicit, s None (elided). 'Det är en minskning med 23 procent' s 'en minskning'. 'nästan
#   tre gånger så stora som under åren före torkan 2018' a multiplier against earlier years (optional, increase);
#   'omkring 1,5 miljoner kubikmeter per år' in those years: (None, '2017') lenient, s None ('de'). 'knappt 40 procent
#   av den skadade volymen' takes Y. Table 'Tabell 1 ... miljoner kubikmeter skog (m3sk)': '2026' / '2025' explicit,
#   'Förändring, %' signed 2026 lenient; rows are regions: s the caption's 'Granar dödade av granbarkborre'. '1,6
#   procent ... jämfört med 2,8 procent i Svealand' between regions. 'feromonfällor på 86 platser' and '1 240
#   provytor' describe the method (optional). '18 400 granbarkborrar per fälla' ('Under maj och juni': 2026 lenient)
#   decrease, '26 700 per fälla förra året' 2025 explicit. 'Fångster över 30 000 borrar per fälla räknas som' a
#   threshold (optional). 'mellan 35 000 och 42 000 borrar per fälla' a range, no direction. 'drygt 1,6 miljarder
#   kronor i år' s 'Skadorna'. 'Sedan 2018 ... mer än 40 miljoner kubikmeter' ('2018', '2026') lenient, a cumulative
#   total (no direction). 'högst 3 kubikmeter ... per hektar' a rule (optional). 'plus minus 0,4 miljoner kubikmeter'
#   the estimate's uncertainty (optional, approx). 'm3sk' is a unit symbol (N).
# - Betting company 2025 (dateline 2026-02-10): '2025' explicit; 'Under året', present and past tense 2025 lenient.
#   'en ökning med 2,1 procent jämfört med 2024' ('2024', '2025') lenient. '72,4 procent, samma ... som året innan'
#   states no change. 'Till hästnäringen gick 1,9 miljarder kronor' takes the recipient (the goal of the money).
#   '812 miljoner kronor ut i prispengar, 38 miljoner kronor mer än 2024' both increase. The record '168,5 miljoner
#   kronor' ('den 31 maj': 2025 lenient) is no change over time of one measure (a new record for a single round): no
#   direction, s None (the players are the actor); 'Det tidigare rekordet, 161 miljoner kronor, sattes 2023' 2023
#   explicit. '58 procent' after 'varav' s None. 'stod för knappt 18 procent av omsättningen, mot 21 procent 2024'
#   takes X ('Spelet ...'), decrease; 21 2024 explicit. 'mer än 10 procent' decrease. Table 'Omsättning och publik på
#   de fem största banorna 2025' (heading: 2025 lenient); 'Omsättning, Mkr' scales by 1e6; 'Publik, förändring mot
#   2024, %' signed; rows are tracks: s each column's header. CEO: 'sänker vi entrépriset till högst 100 kronor ...
#   under 2026' at_most, decrease, 2026 explicit. 'Bolaget räknar med ... mellan 14,5 och 15 miljarder kronor under
#   2026' a range forecast, credited to 'Bolaget'.
# - Election (HTML, published 2026-09-18): the election of '13 september' is 2026 lenient; 'för fyra år sedan'
#   resolves to 2022 explicit; 'jämfört med valet 2022' with a change noun spans ('2022', '2026') lenient; the vote
#   shares' holders are parties: s None, except 'X procent av rösterna' (Y). Seats in words are annotated: 'tappar ett
#   mandat' decrease, 'två nya mandat' increase, 'ökar från ett till två mandat' (from-value 2022 lenient, new value
#   increase), 'tappar ett av sina två mandat' (ett decrease, två 2022 lenient). HTML table (caption 'Valet till
#   kommunfullmäktige 2026'): 'Andel 2026, %' and 'Mandat 2026' explicit 2026, 'Mandat 2022' explicit 2022, 'Förändring
#   mot 2022, procentenheter' percentage_point signed 2026 lenient, 'Förändring' (seats) signed 2026 lenient; rows are
#   parties: s each column's header; the total row has empty change cells. Turnout '83,9 procent, jämfört med 84,6
#   procent 2022' 83,9 decrease. 'Av de 32 480 röstberättigade lämnade 27 251 sin röst' 27 251 s None (elided); '312
#   av rösterna' takes 'rösterna'. Turnout by district ('högst ..., 89,2 procent, ... lägst ..., 71,5 procent') and
#   'en skillnad på nästan 18 procentenheter' are comparisons at one time. 'för egen majoritet krävs minst 25 mandat'
#   a rule (optional). '26 mandat' / '21' present seats, 2026 lenient. The chair's 'inom tre dagar' at_most (quote).
# - Negatives: datelines and Publicerad lines, times of day ('kl. 11.05', 'klockan 18.00'), titles', headings',
#   captions' and column headers' periods and digits, years and dates that only place a claim, a comparison, a
#   forecast or a rule, next-release dates, index bases, table numbering ('Tabell 1'), list numbering, age limits and
#   bands, the denominators of 'per 1 000 invånare', game names ('V75'), unit symbols ('m3sk'), survey dates, phone
#   numbers, street numbers, postal codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'tredje kvartalet', 'andra
#   kvartalet', 'tredje månaden i rad', 'tolv månader', 'vart femte år', 'på tre månader', 'på ett år', 'första
#   halvåret', 'tredje året i rad', 'andra året i rad', 'nästa generation', 'de fem största', 'för fyra år sedan',
#   'första gången'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2017", "2018", "2022", "2023", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y22, Y23, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2022", "2023", "2024", "2025", "2026", "2027", "2030"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. savings bank, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    RN = ("Räntenettot", "Räntenettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KFL = ("Kreditförlusterna", "Kreditförlusterna")
    KN = ("en kreditförlustnivå", "kreditförlustnivå")
    KI = ("K/I-talet", "K/I-talet")
    RE = ("Räntabiliteten på eget kapital", "Räntabiliteten")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    IN = ("Inlåningen från allmänheten", "Inlåningen")
    KO = ("Kostnaderna", "Kostnaderna")
    KV = ("Karin Västlund", "quote")
    qc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r29_b_sparbank_q3"] = [
        G("612", 612e6, "SEK", ctx="till [612] (548)", **L26, direction=INC, s=RN, sp=None, note="bullets under 'PERIODEN I SAMMANDRAG' (title Jan-Sep 2026): 2026 lenient; 'ökade till'"),
        G("548", 548e6, "SEK", ctx="612 ([548]) Mkr", **L25, s=RN, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("143", 143e6, "SEK", ctx="till [143] (131)", **L26, s=("Provisionsnettot", "Provisionsnettot"), sp=None, note="'uppgick till': no change"),
        G("131", 131e6, "SEK", ctx="143 ([131]) Mkr", **L25, s=("Provisionsnettot", "Provisionsnettot"), sp=None),
        G("9 procent", 9, "percent", ctx="ökade med [9 procent] till", **L26, direction=INC, s=RR, sp=None),
        G("398", 398e6, "SEK", ctx="till [398] (365)", **L26, direction=INC, s=RR, sp=None),
        G("365", 365e6, "SEK", ctx="398 ([365]) Mkr", **L25, s=RR, sp=None),
        G("21", 21e6, "SEK", ctx="till [21] (14)", **L26, s=KFL, sp=None),
        G("14", 14e6, "SEK", ctx="21 ([14]) Mkr", **L25, s=KFL, sp=None),
        G("0,06", 0.06, "percent", ctx="på [0,06] (0,04)", **L26, s=KN, sp=None),
        G("0,04", 0.04, "percent", ctx="0,06 ([0,04]) procent", **L25, s=KN, sp=None),
        G("0,41", 0.41, "number", ctx="till [0,41] (0,44)", **L26, direction=DEC, s=KI, sp=None, note="'förbättrades till': a cost/income ratio that falls"),
        G("0,44", 0.44, "number", ctx="0,41 ([0,44])", **L25, s=KI, sp=None),
        G("11,8", 11.8, "percent", ctx="var [11,8] (11,2)", **L26, s=RE, sp=None),
        G("11,2", 11.2, "percent", ctx="11,8 ([11,2]) procent", **L25, s=RE, sp=None),
        G("21,4 procent", 21.4, "percent", **L26, s=KP, sp=None, note="'uppgick till': no change"),
        G("20,9 procent", 20.9, "percent", t=Y25, s=KP, sp=None, note="bracket with its own date 'per den 31 december 2025'"),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=UT, sp=None, note="'sedan årsskiftet'"),
        G("31,6 miljarder kronor", 31.6e9, "SEK", **L26, direction=INC, s=UT, sp=None, note="new value after 'ökade med ... och uppgick ... till'"),
        G("38,9 miljarder kronor", 38.9e9, "SEK", **L26, s=("den totala utlåningen", "utlåningen"), sp=None),
        G("27,3", 27.3e9, "SEK", ctx="till [27,3] (25,8)", **L26, direction=INC, s=IN, sp=None),
        G("25,8", 25.8e9, "SEK", ctx="27,3 ([25,8]) miljarder", **L25, s=IN, sp=None),
        G("drygt 2 400", 2400, "count", bound="approx", **L26, direction=INC, s=("helkunder", "helkunder"), sp=None, note="'fler ... än vid årsskiftet'"),
        G("23 procent", 23, "percent", **L26, s=("en marknadsandel", "marknadsandel"), sp=None, note="against the nearest competitor: one time"),
        G("19 procent", 19, "percent", **L26, s=None, sp=None, note="elided"),
        G("över 18 000", 18000, "count", bound="more_than", **L26, s=("Antalet kunder med bolån i banken", "Antalet"), sp=None),
        G("94 Mkr", 94e6, "SEK", **L26, s=("Osäkra lånefordringar brutto", "lånefordringar"), sp=None),
        G("0,3 procent", 0.3, "percent", **L26, s=("utlåningen", "utlåningen"), sp=None, note="'X procent av Y'"),
        G("6 procent", 6, "percent", **L26, direction=INC, s=KO, sp=None),
        G("312", 312e6, "SEK", ctx="till [312] (294)", **L26, direction=INC, s=KO, sp=None),
        G("294", 294e6, "SEK", ctx="312 ([294]) Mkr", **L25, s=KO, sp=None),
        G("286", 286, "count", **L26, direction=INC, s=("Antalet heltidstjänster", "Antalet"), sp=None, note="', 11 fler än ett år tidigare'"),
        G("11", 11, "count", ctx="slut, [11] fler", **L26, direction=INC, s=None, sp=None),
        G("199 Mkr", 199e6, "SEK", **L26, direction=DEC, s=("räntenettot", "räntenettot"), sp=None, note="'Under tredje kvartalet'; ', att jämföra med 207 Mkr under andra kvartalet'"),
        G("207 Mkr", 207e6, "SEK", **L26, s=None, sp=None, note="elided; the previous quarter"),
        G("3–5 procent", None, "percent", low=3, high=5, t=Y27, direction=DEC, s=("räntenettot", "räntenettot"), sp=KV, note="range forecast 'minskar med ... under 2027'; quote"),
        G("14 miljoner kronor", 14e6, "SEK", t=Y26, s=("föreningar och lokala projekt i länet", "föreningar"), sp=KV, note="'I år' resolves; the goal of the money"),
        *_row(G, "Räntenetto, Mkr", ["199", "207", "206", "194", "187"], qc("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL': 'Kv 3 2026' ... 'Kv 3 2025' explicit at year grain; rows are measures"),
        *_row(G, "Kreditförluster, Mkr", ["9", "4", "8", "6", "5"], qc("SEK", 1e6), ("Kreditförluster", "Kreditförluster")),
        *_row(G, "K/I-tal", ["0,42", "0,40", "0,41", "0,45", "0,43"], qc("number", 1), ("K/I-tal", "K/I-tal")),
        *_row(G, "Räntabilitet på eget kapital, %", ["11,3", "12,1", "11,9", "10,6", "11,0"], qc("percent", 1), ("Räntabilitet på eget kapital", "Räntabilitet")),
        *_row(G, "Utlåning till allmänheten, mdkr", ["31,6", "31,2", "30,7", "30,3", "30,0"], qc("SEK", 1e9), ("Utlåning till allmänheten", "Utlåning")),
    ]
    NEG["r29_b_sparbank_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("31 december 2025", note="places the bracket"), N("2027", ctx="under [2027],", note="places the forecast"),
        N("Kv 3 2026", note="column header"), N("Kv 2 2026", note="column header"), N("Kv 1 2026", note="column header"),
        N("Kv 4 2025", note="column header"), N("Kv 3 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="next report"), N("4 februari 2027", note="next report date"),
        N("0611-58 20 00", note="phone"),
    ]

    # ------------------------------------------------------------ 2. construction-cost index, October 2026 (Publicerad 13 november 2026)
    BKI = ("Byggkostnadsindex för flerbostadshus", "Byggkostnadsindex")
    FPI = ("Faktorprisindex för småhus", "Faktorprisindex")
    MK = ("Maria Kronvall", "quote")
    bc = [("percent", 1, None, Y26, T, F), ("number", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, ("2025", "2026"), T, T)]
    BS = [("Vikt", "Vikt"), BKI, BKI, BKI]
    GOLD["r29_b_byggkostnad_okt"] = [
        G("0,4 procent", 0.4, "percent", ctx="steg med [0,4 procent] i oktober", **L26, direction=INC, s=BKI, sp=None, note="'i oktober jämfört med september'"),
        G("163,8", 163.8, "number", ctx="uppgick till [163,8].", **L26, direction=INC, s=BKI, sp=None, note="index level: the new value after the rise"),
        G("3,1 procent", 3.1, "percent", **R12, direction=INC, s=("byggkostnaderna", "byggkostnaderna"), sp=None, note="'I årstakt': rolling year"),
        G("2,7 procent", 2.7, "percent", **R12, direction=INC, s=("årstakten", "årstakten"), sp=None, note="'I september var årstakten': a twelve-month rate, direction from its sign"),
        G("0,6 procent", 0.6, "percent", ctx="ökade med [0,6 procent]", **L26, direction=INC, s=("Materialkostnaderna", "Materialkostnaderna"), sp=None, note="'under månaden'"),
        G("4,8 procent", 4.8, "percent", **L26, direction=INC, s=("priserna", "priserna"), sp=None, note="'där priserna steg med'"),
        G("1,9 procent", 1.9, "percent", **L26, direction=DEC, s=("priset på konstruktionsvirke", "priset"), sp=None),
        G("6,2 procent", 6.2, "percent", **L26, direction=INC, s=("fabriksbetong", "fabriksbetong"), sp=None, note="'Jämfört med för ett år sedan ... dyrare': an earlier point"),
        G("3,4 procent", 3.4, "percent", ctx="ligger [3,4 procent] högre", **L26, direction=INC, s=("Arbetskostnaderna", "Arbetskostnaderna"), sp=None, note="'högre än i oktober i fjol': an earlier point"),
        G("0,3 procent", 0.3, "percent", ctx="minskade med [0,3 procent]", **L26, direction=DEC, s=("Kostnaderna för maskiner och transporter", "Kostnaderna"), sp=None),
        G("19,42 kronor per liter", 19.42, "SEK", per="l", **L26, direction=DEC, s=("Diesel", "Diesel"), sp=None, note="', mot 20,15 kronor i september'; 'i genomsnitt': no bound"),
        G("20,15 kronor", 20.15, "SEK", per="l", **L26, s=("Diesel", "Diesel"), sp=None, note="per carried"),
        G("0,2 procent", 0.2, "percent", **L26, direction=INC, s=FPI, sp=None, note="'från september'"),
        G("2,4 procent", 2.4, "percent", **R12, direction=INC, s=FPI, sp=None, note="'på tolv månader'"),
        G("0,7 procentenheter", 0.7, "percentage_point", **L26, s=("Kostnadsökningen för småhus", "Kostnadsökningen"), sp=None, note="two indices in one month: no direction"),
        G("2,3 procent", 2.3, "percent", **R12, direction=INC, s=("KPIF", "KPIF"), sp=None, note="'i årstakt i september'"),
        G("mellan 3 och 4 procent", None, "percent", low=3, high=4, t=("2026", "2027"), lenient=True, s=("årstakten", "årstakten"), sp=MK, note="forecast 'ligger kvar ... under vintern': no direction"),
        *_row(G, "Material", ["46,1", "178,4", "+0,6", "+3,3"], bc, BS, note="table 'oktober 2026' (caption: 2026 lenient); '1 mån, %' signed 2026 lenient, '12 mån, %' signed rolling year; rows are cost components: s 'Vikt' / the caption's index"),
        *_row(G, "Arbetskostnader", ["31,5", "152,9", "0,0", "+3,4"], bc, BS),
        *_row(G, "Maskiner och transporter", ["8,7", "166,0", "−0,3", "+1,2"], bc, BS),
        *_row(G, "Övriga kostnader", ["13,7", "143,5", "+0,7", "+4,1"], bc, BS),
        *_row(G, "Totalt", ["100,0", "163,8", "+0,4", "+3,1"], bc, BS),
        G("drygt 2 300", 2300, "count", bound="approx", per="month", **L26, optional=True, s=("prisuppgifter", "prisuppgifter"), sp=None, note="method: 'som samlas in varje månad'"),
        G("cirka 420", 420, "count", bound="approx", **L26, optional=True, s=("företag", "företag"), sp=None, note="method"),
    ]
    NEG["r29_b_byggkostnad_okt"] = [
        N("13 november 2026", note="Publicerad line"),
        N("2015", ctx="(BKI, [2015]=100)", note="index base"), N("100", ctx="(BKI, 2015=[100])", note="index base"),
        N("oktober 2025", note="places the comparison"), N("1 april", note="places the pay rise"),
        N("1", ctx="Tabell [1].", note="table numbering"), N("oktober 2026", ctx="kostnadsslag, [oktober 2026]", note="caption"),
        N("2015", ctx="Index [2015]=100.", note="index base"), N("100", ctx="Index 2015=[100].", note="index base"),
        N("1 mån", note="column header"), N("12 mån", note="column header"),
        N("november 2026", ctx="för [november 2026] publiceras", note="next release"), N("14 december 2026", note="next release date"), N("010-479 52 18", note="phone"),
    ]

    # ------------------------------------------------------------ 3. flat prices by municipality, November 2026 (Markdown, Publicerad 30 november 2026)
    PR = ("priserna", "priserna")
    KVM = ("kvadratmeterpriset", "kvadratmeterpriset")
    JB = ("Jonas Bredberg", "quote")
    fc = [("SEK", 1, "m2", Y26, F, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, ("2025", "2026"), T, T), ("count", 1, None, Y26, T, F)]
    FS = [("Kr/kvm", "Kr/kvm"), ("Förändring 3 mån", "Förändring"), ("Förändring 12 mån", "Förändring"), ("Antal sålda", "Antal")]
    GOLD["r29_b_bostadsratt_nov"] = [
        G("41 850 kronor per kvadratmeter", 41850, "SEK", per="m2", **L26, direction=INC, s=("Priserna på bostadsrätter i Sverige", "Priserna"), sp=None, note="'i november'; ', 3,6 procent högre jämfört med samma månad i fjol'; 'i genomsnitt': no bound"),
        G("3,6 procent", 3.6, "percent", **L26, direction=INC, s=None, sp=None, note="apposition; an earlier point"),
        G("1,2 procent", 1.2, "percent", **L26, direction=DEC, s=PR, sp=None, note="'Sedan augusti ... sjunkit med'"),
        G("drygt 7 900", 7900, "count", bound="approx", **L26, s=("försäljningar", "försäljningar"), sp=None),
        G("98 200 kronor per kvadratmeter", 98200, "SEK", per="m2", **L26, s=("en bostadsrätt", "bostadsrätt"), sp=None, note="'i stort sett oförändrat på tre månader': no direction"),
        G("mer än dubbelt så mycket", 2, "number", bound="more_than", **L26, optional=True, s=None, sp=None, note="multiplier against the national average: one time"),
        G("1,5 procent", 1.5, "percent", ctx="med [1,5 procent] under", **L26, direction=DEC, s=KVM, sp=None, note="'under hösten'"),
        G("61 400 kronor", 61400, "SEK", per="m2", **L26, direction=DEC, s=KVM, sp=None, note="'sjönk ... till'; kvadratmeterpriset: per m2"),
        G("2,4 procent", 2.4, "percent", ctx="ändå [2,4 procent] högre", **R12, direction=INC, s=PR, sp=None, note="'på ett år': twelve-month rate"),
        G("7,8 procent", 7.8, "percent", ctx="stigit med [7,8 procent]", **L26, direction=INC, s=PR, sp=None, note="'jämfört med november förra året'"),
        G("37 900 kronor per kvadratmeter", 37900, "SEK", per="m2", **L26, direction=INC, s=PR, sp=None, note="'har stigit ... till'"),
        *_row(G, "Stockholm", ["98 200", "−0,2", "+1,9", "1 412"], fc, FS, sep=" | ", note="Markdown table: 'Kr/kvm, nov 2026' explicit, 'Förändring 3 mån, %' signed 2026 lenient, 'Förändring 12 mån, %' signed rolling year, 'Antal sålda' 2026 lenient; rows are municipalities: s each column's header"),
        *_row(G, "Göteborg", ["61 400", "−1,5", "+2,4", "806"], fc, FS, sep=" | "),
        *_row(G, "Malmö", ["37 900", "+1,1", "+7,8", "624"], fc, FS, sep=" | "),
        *_row(G, "Uppsala", ["48 700", "−2,3", "+4,0", "311"], fc, FS, sep=" | "),
        *_row(G, "Linköping", ["39 300", "−0,8", "+5,2", "198"], fc, FS, sep=" | "),
        *_row(G, "Umeå", ["31 600", "−3,0", "+2,9", "164"], fc, FS, sep=" | "),
        *_row(G, "Riket", ["41 850", "−1,2", "+3,6", "7 934"], fc, FS, sep=" | "),
        G("7 934", 7934, "count", ctx="var [7 934], omkring", **L26, direction=INC, s=("Antalet sålda bostadsrätter i riket", "Antalet"), sp=None, note="', omkring 6 procent fler än i november 2025'"),
        G("omkring 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=None, sp=None),
        G("2,3 procent", 2.3, "percent", ctx="med [2,3 procent] på tre", **L26, direction=DEC, s=PR, sp=None),
        G("3,0 procent", 3.0, "percent", ctx="tre månader, [3,0 procent].", **L26, direction=DEC, s=("den största nedgången", "nedgången"), sp=None, note="Umeå is the holder"),
        G("knappt 25 procent", 25, "percent", bound="approx", **L26, s=("Kvadratmeterpriset", "Kvadratmeterpriset"), sp=None, note="against the national average: one time"),
        G("38 procent", 38, "percent", **L26, direction=DEC, s=("Andelen lägenheter som såldes över utgångspriset", "Andelen"), sp=None, note="', jämfört med 44 procent i november förra året'"),
        G("44 procent", 44, "percent", t=Y25, s=("Andelen lägenheter som såldes över utgångspriset", "Andelen"), sp=None, note="'i november förra året' resolves"),
        G("4 120 kronor i månaden", 4120, "SEK", per="month", **L26, direction=INC, s=("Den genomsnittliga månadsavgiften för en tvåa", "månadsavgiften"), sp=None),
        G("6 procent", 6, "percent", ctx="i månaden, [6 procent] mer", **L26, direction=INC, s=None, sp=None, note="'mer än för ett år sedan'"),
        G("31 dagar", 31, "day", **L26, direction=INC, s=("En lägenhet", "lägenhet"), sp=JB, note="quote; ', mot 24 dagar i våras'; 'i snitt': no bound"),
        G("24 dagar", 24, "day", t=Y26, s=("En lägenhet", "lägenhet"), sp=JB, note="'i våras' resolves"),
        G("47 procent", 47, "percent", **L26, s=("mäklarna", "mäklarna"), sp=None, note="'X procent av Y'"),
        G("31 procent", 31, "percent", **L26, s=None, sp=None, note="elided"),
        G("2–4 procent", None, "percent", low=2, high=4, t=Y27, direction=INC, s=PR, sp=None, note="'stiger med ... under första halvåret 2027'"),
        G("22 procent", 22, "percent", **L26, s=None, sp=None, note="elided"),
        G("612 mäklare", 612, "count", **L26, s=("mäklare", "mäklare"), sp=None),
    ]
    NEG["r29_b_bostadsratt_nov"] = [
        N("30 november 2026", note="Publicerad line"), N("nov 2026", note="column header"),
        N("3 mån", note="column header"), N("12 mån", note="column header"),
        N("november 2025", note="places the comparison"), N("2027", ctx="halvåret [2027],", note="places the forecast"),
        N("10", ctx="mellan den [10] och", note="survey date"), N("21 november", note="survey date"),
        N("8 januari 2027", note="next report"),
    ]

    # ------------------------------------------------------------ 4. TT article on young people's debts (Publicerad 24 september 2026 kl. 11.05)
    TH = ("Tove Hägglund", "quote")
    EM = ("Eskil Marklund", "quote")
    PS = ("Petra Söderlind", "quote")
    AH = ("Amir Haddad", "quote")
    AU = ("andelen unga gäldenärer med skulder för snabblån", "andelen")
    FB = ("Unga 18–25 år med skulder hos Skuldverket", "Unga")
    GOLD["r29_b_tt_skulder"] = [
        G("38 600", 38600, "count", ctx="hade [38 600] personer", **L26, direction=INC, s=("personer", "personer"), sp=None, note="'Vid utgången av juni'; next sentence 'Det är 12 procent fler'"),
        G("12 procent", 12, "percent", **L26, direction=INC, s=None, sp=None, note="'Det är ... fler än ett år tidigare'"),
        G("nästan 40 procent", 40, "percent", bound="approx", t=("2022", "2026"), lenient=True, direction=INC, s=None, sp=None, note="'fler än 2022'"),
        G("27 800", 27800, "count", ctx="antalet var [27 800].", t=Y22, s=("antalet", "antalet"), sp=None, note="'2022, då'"),
        G("2,9 miljarder kronor", 2.9e9, "SEK", **L26, s=None, sp=None, note="the debtors are the holder"),
        G("75 100 kronor per person", 75100, "SEK", per="capita", **L26, s=("Den genomsnittliga skulden", "skulden"), sp=None),
        G("148 000 kronor", 148000, "SEK", per="capita", **L26, s=None, sp=None, note="elided; all debtors at the same time"),
        G("ungefär hälften så stora", 0.5, "ratio", bound="approx", **L26, optional=True, s=("De ungas skulder", "skulder"), sp=None, note="multiplier at one time"),
        G("22 procent", 22, "percent", t=Y22, s=AU, sp=None, note="from-value"),
        G("31 procent", 31, "percent", t=Y26, direction=INC, s=AU, sp=None, note="'i år' resolves"),
        G("Var tredje", 1 / 3, "ratio", **L26, s=("ung gäldenär", "gäldenär"), sp=TH),
        G("41 000 ärenden", 41000, "count", t=Y25, direction=INC, s=("ärenden", "ärenden"), sp=None, note="', en ökning med 18 procent jämfört med 2024'"),
        G("18 procent", 18, "percent", t=("2024", "2025"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=None, note="a change noun with a baseline year"),
        G("upp till tolv veckor", 12, "week", bound="at_most", **L26, s=("väntetiden", "väntetiden"), sp=None, note="'i dag'"),
        G("kring 4 procent", 4, "percent", bound="approx", **L26, s=("andelen unga med skulder hos myndigheten", "andelen"), sp=EM, note="between countries"),
        G("2,5 procent", 2.5, "percent", **L26, s=None, sp=EM, note="'i Danmark': elided"),
        G("30 procent", 30, "percent", **L26, direction=DEC, s=("räntetaket på konsumtionskrediter", "räntetaket"), sp=PS, note="'sänkt ... till'"),
        G("45 miljoner kronor per år", 45e6, "SEK", per="year", t=("2027", "2029"), s=("skuldrådgivningen i kommunerna", "skuldrådgivningen"), sp=PS, note="'2027–2029'; the goal of the money"),
        G("fyra år", 4, "year", **L26, optional=True, s=None, sp=AH, note="the mandate period"),
        G("över 10 000", 10000, "count", bound="more_than", t=("2022", "2026"), lenient=True, direction=INC, s=("antalet unga med skulder", "antalet"), sp=AH, note="'under den tiden'"),
        G("45 miljoner", 45e6, "SEK", ctx="[45 miljoner] räcker", per="year", t=("2027", "2029"), lenient=True, s=None, sp=AH, note="restates the allocation"),
        G("ungefär 60", 60, "count", bound="approx", t=("2027", "2029"), lenient=True, s=("nya rådgivare", "rådgivare"), sp=AH),
        G("minst tre gånger så mycket", 3, "number", bound="at_least", optional=True, s=None, sp=AH, note="multiplier"),
        G("500 kronor", 500, "SEK", bound="less_than", optional=True, s=("köp", "köp"), sp=("Skuldverket", "credited"), note="threshold in a proposal"),
        G("27 800", 27800, "count", ctx="2022: [27 800]", t=Y22, s=FB, sp=None, note="fact box: yearly levels at the end of June"),
        G("30 200", 30200, "count", t=Y23, s=FB, sp=None),
        G("31 900", 31900, "count", t=Y24, s=FB, sp=None),
        G("34 500", 34500, "count", t=Y25, s=FB, sp=None),
        G("38 600", 38600, "count", ctx="2026: [38 600]", t=Y26, s=FB, sp=None),
    ]
    NEG["r29_b_tt_skulder"] = [
        N("24 september 2026", note="Publicerad line"), N("11.05", note="time of day"),
        N("18–25 år", ctx="åldern [18–25 år]", note="age band"), N("2022", ctx="fler än [2022], då", note="places the comparison"),
        N("2022", ctx="22 procent [2022] till", note="places the from-value"), N("21", ctx="fyllt [21],", note="age limit"),
        N("2025", ctx="under [2025],", note="places the claim"), N("2024", ctx="jämfört med [2024].", note="baseline year"),
        N("2027–2029", note="places the allocation"), N("18–25 år", ctx="Unga [18–25 år] med", note="age band"),
        N("2022", ctx="[2022]: 27 800", note="row label"), N("2023", ctx="[2023]: 30 200", note="row label"),
        N("2024", ctx="[2024]: 31 900", note="row label"), N("2025", ctx="[2025]: 34 500", note="row label"),
        N("2026", ctx="[2026]: 38 600", note="row label"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on healthcare (Markdown, no date, no sidecar)
    GP = ("Gemenskapspartiet", "publisher")
    VP = ("vårdplatser", "vårdplatser")
    HK = ("högkostnadsskyddet för öppenvården", "högkostnadsskyddet")
    VR = ("våra vårdreformer", "vårdreformer")
    L30 = dict(t=Y30, lenient=True)
    GOLD["r29_b_parti_vard"] = [
        G("Drygt 180 000", 180000, "count", bound="approx", s=("personer", "personer"), sp=None, note="undated: no period"),
        G("nästan var tredje", 1 / 3, "ratio", bound="approx", s=None, sp=None, note="'av dem': pronoun"),
        G("90 dagar", 90, "day", ctx="vårdgarantins [90 dagar]", bound="more_than", optional=True, s=None, sp=None, note="threshold 'längre än'"),
        G("2,0 vårdplatser", 2.0, "count", per="capita", s=VP, sp=None, note="'per 1 000 invånare'"),
        G("5,2", 5.2, "count", ctx="genomsnittet är [5,2].", per="capita", s=("genomsnittet", "genomsnittet"), sp=None, note="the EU average: one time"),
        G("3,3", 3.3, "count", ctx="siffra [3,3].", per="capita", s=("motsvarande siffra", "siffra"), sp=None, note="Norway: one time"),
        G("Var fjärde", 0.25, "ratio", s=("undersköterska", "undersköterska"), sp=None),
        G("29 800 kronor i månaden", 29800, "SEK", per="month", s=("En undersköterska", "undersköterska"), sp=None, note="'i genomsnitt': no bound"),
        G("omkring 14 procent", 14, "percent", bound="approx", s=None, sp=None, note="'mindre än i Danmark': between countries"),
        G("1 500", 1500, "count", ctx="anställer [1 500] fler", direction=INC, s=("distriktsläkare", "distriktsläkare"), sp=GP, note="list of promises; 'under mandatperioden': no period"),
        G("2,1 miljarder kronor per år", 2.1e9, "SEK", per="year", s=None, sp=GP, note="'Det kostar'"),
        G("Minst 2 000", 2000, "count", bound="at_least", t=Y30, direction=INC, s=("nya vårdplatser", "vårdplatser"), sp=GP, note="'till 2030'"),
        G("2,5 vårdplatser", 2.5, "count", per="capita", t=Y30, direction=INC, s=VP, sp=GP, note="'så att Sverige når': the new value"),
        G("60 dagar", 60, "day", bound="at_most", s=None, sp=GP, note="cap 'Ingen ska behöva vänta mer än'"),
        G("9 miljarder kronor", 9e9, "SEK", s=("att korta köerna", "köerna"), sp=GP, note="'under mandatperioden': no period"),
        G("1 400 kronor", 1400, "SEK", per="year", s=HK, sp=GP, note="from-value; per carried"),
        G("1 000 kronor per år", 1000, "SEK", per="year", direction=DEC, s=HK, sp=GP),
        G("3 000 kronor", 3000, "SEK", ctx="få [3 000 kronor] mer", per="month", direction=INC, s=None, sp=GP, note="'mer i månaden'; the payee"),
        G("20 procent", 20, "percent", s=("arbetstiden", "arbetstiden"), sp=GP, note="'X procent av Y'"),
        G("9 av 10", 0.9, "ratio", t=Y30, s=("patienter", "patienter"), sp=GP, note="'Senast 2030'; 'Våra mål'"),
        G("90 dagar", 90, "day", ctx="operation inom [90 dagar]", bound="at_most", t=Y30, optional=True, s=None, sp=GP, note="the goal's threshold"),
        G("högst en timme", 1, "hour", bound="at_most", **L30, s=("väntetiden till en första bedömning på akuten", "väntetiden"), sp=GP, note="under the heading 'Våra mål till 2030'"),
        G("minst hälften", 0.5, "ratio", bound="at_least", **L30, direction=DEC, optional=True, s=("antalet hyrläkare", "antalet"), sp=GP, note="multiplier 'minska med'"),
        G("6,8 miljarder kronor per år", 6.8e9, "SEK", per="year", s=VR, sp=GP),
        G("drygt 27 miljarder kronor", 27e9, "SEK", bound="approx", s=VR, sp=GP, note="'under mandatperioden': no period"),
        G("omkring 2,4 miljarder kronor om året", 2.4e9, "SEK", bound="approx", per="year", s=("ränteavdraget för konsumtionslån", "ränteavdraget"), sp=GP, note="relative clause 'som ger staten'"),
        G("0,05 procent", 0.05, "percent", s=("en bankskatt", "bankskatt"), sp=GP),
        G("12 procent", 12, "percent", s=("sina intäkter", "intäkter"), sp=None, note="'i dag' (undated); 'X procent av Y'"),
        G("3 000 kronor per invånare och år", 3000, "SEK", per="capita", direction=INC, s=("bidragen", "bidragen"), sp=GP, note="'höja ... med'; 'per invånare och år': per capita"),
        G("upp till 15 procent", 15, "percent", bound="at_most", direction=DEC, s=("antalet akutbesök", "antalet"), sp=("Lina Strömgren", "quote")),
        G("36 sidor", 36, "count", optional=True, s=None, sp=None, note="page count of a linked PDF"),
    ]
    NEG["r29_b_parti_vard"] = [
        N("1 000", ctx="2,0 vårdplatser per [1 000] invånare", note="denominator"), N("55 år", note="age limit"),
        N("1", ctx="[1]. **En fast", note="list numbering"), N("2", ctx="[2]. **Fler", note="list numbering"),
        N("3", ctx="[3]. **Kortare", note="list numbering"), N("4", ctx="[4]. **Billigare", note="list numbering"),
        N("5", ctx="[5]. **Bättre", note="list numbering"), N("2030", ctx="vårdplatser till [2030],", note="target year"),
        N("1 000", ctx="2,5 vårdplatser per [1 000] invånare", note="denominator"), N("2030", ctx="Våra mål till [2030]", note="heading"),
        N("2030", ctx="Senast [2030] ska", note="target year"),
    ]

    # ------------------------------------------------------------ 6. spruce bark beetle damage 2026 (sidecar 2026-11-18)
    SK = ("skog", "skog")
    GD = ("Granar dödade av granbarkborre", "Granar")
    gc = [("m3", 1e6, None, Y26, F, F), ("m3", 1e6, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r29_b_granbarkborre"] = [
        G("4,1 miljoner kubikmeter", 4.1e6, "m3", bound="approx", t=Y26, direction=DEC, s=SK, sp=None, note="'i år' (sidecar); 'uppskattningsvis'; ', jämfört med 5,3 miljoner kubikmeter 2025'"),
        G("5,3 miljoner kubikmeter", 5.3e6, "m3", t=Y25, s=None, sp=None, note="elided"),
        G("23 procent", 23, "percent", ctx="minskning med [23 procent]", **L26, direction=DEC, s=("en minskning", "minskning"), sp=None),
        G("nästan tre gånger så stora", 3, "number", bound="approx", **L26, direction=INC, optional=True, s=("Skadorna", "Skadorna"), sp=None, note="multiplier against the years before 2018"),
        G("omkring 1,5 miljoner kubikmeter per år", 1.5e6, "m3", bound="approx", per="year", t=(None, "2017"), lenient=True, s=None, sp=None, note="'under åren före torkan 2018, då de låg på'"),
        G("cirka 16 000 hektar", 16000, "ha", bound="approx", **L26, s=("Den angripna granskogen", "granskogen"), sp=None),
        G("knappt 40 procent", 40, "percent", bound="approx", **L26, s=("den skadade volymen", "volymen"), sp=None, note="'X procent av Y'"),
        *_row(G, "Götaland, södra", ["1,2", "1,9", "−37"], gc, GD, note="table 'Tabell 1 ... miljoner kubikmeter skog (m3sk)': '2026' / '2025' explicit, 'Förändring, %' signed 2026 lenient; rows are regions: s the caption's measure"),
        *_row(G, "Götaland, norra", ["0,9", "1,4", "−36"], gc, GD),
        *_row(G, "Svealand", ["1,6", "1,5", "+7"], gc, GD),
        *_row(G, "Norrland, södra", ["0,4", "0,5", "−20"], gc, GD),
        *_row(G, "Totalt", ["4,1", "5,3", "−23"], gc, GD),
        G("1,6 procent", 1.6, "percent", **L26, s=("andelen nyligen dödade granar", "andelen"), sp=None, note="between regions"),
        G("2,8 procent", 2.8, "percent", **L26, s=None, sp=None, note="'i Svealand': elided"),
        G("86 platser", 86, "count", **L26, optional=True, s=("platser", "platser"), sp=None, note="method"),
        G("18 400 granbarkborrar per fälla", 18400, "count", per="trap", **L26, direction=DEC, s=("granbarkborrar", "granbarkborrar"), sp=None, note="'Under maj och juni'; ', jämfört med 26 700 per fälla förra året'; 'i genomsnitt': no bound"),
        G("26 700", 26700, "count", per="trap", t=Y25, s=None, sp=None, note="'förra året' resolves"),
        G("över 30 000 borrar per fälla", 30000, "count", bound="more_than", per="trap", optional=True, s=("Fångster", "Fångster"), sp=None, note="threshold"),
        G("mellan 35 000 och 42 000", None, "count", low=35000, high=42000, per="trap", **L26, s=("fångsterna", "fångsterna"), sp=None),
        G("drygt 1,6 miljarder kronor", 1.6e9, "SEK", bound="approx", t=Y26, s=("Skadorna", "Skadorna"), sp=None, note="'i år' resolves"),
        G("mer än 40 miljoner kubikmeter", 40e6, "m3", bound="more_than", t=("2018", "2026"), lenient=True, s=SK, sp=None, note="'Sedan 2018': a cumulative total"),
        G("högst 3 kubikmeter", 3, "m3", bound="at_most", per="ha", optional=True, s=("obarkat granvirke", "granvirke"), sp=None, note="a rule restated"),
        G("1 240 provytor", 1240, "count", **L26, optional=True, s=("provytor", "provytor"), sp=None, note="method"),
        G("0,4 miljoner kubikmeter", 0.4e6, "m3", bound="approx", **L26, optional=True, s=("Osäkerheten i den totala volymen", "Osäkerheten"), sp=None, note="'ungefär plus minus'"),
    ]
    NEG["r29_b_granbarkborre"] = [
        N("2026", ctx="granbarkborre [2026]", note="title"), N("m3sk", ctx="skog ([m3sk]) i de", note="unit symbol"),
        N("2025", ctx="kubikmeter [2025].", note="places the comparison"), N("2019", note="places the comparison"),
        N("2018", ctx="torkan [2018],", note="places the comparison"), N("1", ctx="Tabell [1].", note="table numbering"),
        N("m3sk", ctx="kubikmeter skog ([m3sk]) Region", note="unit symbol in the caption"),
        N("2026", ctx="Region [2026]", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("2018", ctx="Sedan [2018] har", note="places the total"), N("1 juli", note="places the rule"),
    ]

    # ------------------------------------------------------------ 7. betting company, annual summary 2025 (Solna den 10 februari 2026)
    SO = ("Spelomsättningen på hästar", "Spelomsättningen")
    SB = ("Spelet på banorna och hos ombuden", "Spelet")
    tc = [("count", 1, None, Y25, T, F), ("SEK", 1e6, None, Y25, T, F), ("count", 1, None, Y25, T, F), ("percent", 1, None, Y25, T, T)]
    TS = [("Lopp", "Lopp"), ("Omsättning", "Omsättning"), ("Publik", "Publik"), ("Publik, förändring mot 2024", "förändring")]
    GOLD["r29_b_trav_2025"] = [
        G("14 320 miljoner kronor", 14.32e9, "SEK", t=Y25, direction=INC, s=SO, sp=None, note="'uppgick 2025 till'; ', en ökning med'"),
        G("2,1 procent", 2.1, "percent", t=("2024", "2025"), lenient=True, direction=INC, s=("en ökning", "ökning"), sp=None, note="a change noun with a baseline year"),
        G("72,4 procent", 72.4, "percent", **L25, s=("insatserna", "insatserna"), sp=None, note="'Av insatserna'; 'samma ... som året innan': no change"),
        G("1,9 miljarder kronor", 1.9e9, "SEK", **L25, s=("hästnäringen", "hästnäringen"), sp=None, note="the goal of the money"),
        G("drygt 13 procent", 13, "percent", bound="approx", **L25, s=("omsättningen", "omsättningen"), sp=None, note="'vilket motsvarar X procent av Y'"),
        G("9 870 travlopp", 9870, "count", **L25, s=("travlopp", "travlopp"), sp=None),
        G("1 140 galopplopp", 1140, "count", **L25, s=("galopplopp", "galopplopp"), sp=None),
        G("812 miljoner kronor", 812e6, "SEK", **L25, direction=INC, s=("prispengar", "prispengar"), sp=None, note="', 38 miljoner kronor mer än 2024'"),
        G("38 miljoner kronor", 38e6, "SEK", **L25, direction=INC, s=None, sp=None),
        G("168,5 miljoner kronor", 168.5e6, "SEK", **L25, s=None, sp=None, note="'den 31 maj' (the report's year); a new record for one round: no change of one measure"),
        G("161 miljoner kronor", 161e6, "SEK", t=Y23, s=("Det tidigare rekordet", "rekordet"), sp=None, note="'sattes 2023'"),
        G("31 400 besökare", 31400, "count", **L25, s=("besökare", "besökare"), sp=None),
        G("41,3 miljoner kronor", 41.3e6, "SEK", **L25, s=("Årets största enskilda vinst", "vinst"), sp=None),
        G("2,40 kronor", 2.40, "SEK", **L25, s=None, sp=None, note="the stake of the winner's row"),
        G("412 000", 412000, "count", **L25, s=("Antalet aktiva spelkunder", "Antalet"), sp=None),
        G("58 procent", 58, "percent", **L25, s=None, sp=None, note="'varav'"),
        G("9 procent", 9, "percent", **L25, direction=INC, s=("Kunder under 30 år", "Kunder"), sp=None),
        G("knappt 18 procent", 18, "percent", bound="approx", **L25, direction=DEC, s=SB, sp=None, note="'X stod för Y' takes X; ', mot 21 procent 2024'"),
        G("21 procent", 21, "percent", t=Y24, s=SB, sp=None),
        G("omkring 64 000", 64000, "count", bound="approx", **L25, s=("kunder", "kunder"), sp=None),
        G("2 900 kronor per månad", 2900, "SEK", per="month", **L25, s=("en genomsnittlig kund", "kund"), sp=None),
        G("1,18 miljoner besökare", 1.18e6, "count", **L25, direction=DEC, s=("Publiken på banorna", "Publiken"), sp=None, note="', en minskning med'"),
        G("1,4 procent", 1.4, "percent", **L25, direction=DEC, s=("en minskning", "minskning"), sp=None),
        G("mer än 10 procent", 10, "percent", bound="more_than", **L25, direction=DEC, s=("publiken", "publiken"), sp=None),
        *_row(G, "Björkvalla", ["812", "2 184", "214 600", "+6,2"], tc, TS, note="table 'Omsättning och publik på de fem största banorna 2025' (heading: 2025 lenient); 'Omsättning, Mkr' scales by 1e6; the change column signed; rows are tracks: s each column's header"),
        *_row(G, "Solhaga", ["690", "1 562", "131 200", "−2,4"], tc, TS),
        *_row(G, "Norrängen", ["604", "1 108", "88 900", "+1,8"], tc, TS),
        *_row(G, "Lindö", ["455", "921", "72 300", "+11,5"], tc, TS),
        *_row(G, "Ekeby", ["398", "746", "45 700", "−4,0"], tc, TS),
        G("högst 100 kronor", 100, "SEK", bound="at_most", t=Y26, direction=DEC, s=("entrépriset", "entrépriset"), sp=("Erik Mossberg", "quote"), note="'sänker vi ... under 2026'"),
        G("mellan 14,5 och 15 miljarder kronor", None, "SEK", low=14.5e9, high=15e9, t=Y26, s=("en omsättning", "omsättning"), sp=("Bolaget", "credited"), note="forecast 'räknar med ... under 2026'"),
    ]
    NEG["r29_b_trav_2025"] = [
        N("2025", ctx="Årssammanfattning [2025]", note="title"), N("10 februari 2026", note="dateline"),
        N("V75", ctx="Rekordår för [V75]", note="game name"), N("2025", ctx="uppgick [2025] till", note="places the claim"),
        N("2024", ctx="jämfört med [2024].", note="baseline year"), N("2024", ctx="mer än [2024].", note="places the comparison"),
        N("31 maj", note="places the record"), N("V75", ctx="på [V75],", note="game name"),
        N("2023", note="places the old record"), N("2011", note="places the comparison"),
        N("30 år", note="age limit"), N("2024", ctx="21 procent [2024].", note="places the comparison"),
        N("2025", ctx="banorna [2025]", note="table heading"), N("2024", ctx="mot [2024], %", note="column header"),
        N("2025", ctx="– [2025] visar", note="names the year"), N("2026", ctx="vardagstävlingar under [2026],", note="places the cut"),
        N("2026", ctx="kronor under [2026].", note="places the forecast"), N("08-627 44 00", note="phone"),
    ]

    # ------------------------------------------------------------ 8. municipal election (HTML, Publicerad 18 september 2026)
    MA = ("mandat", "mandat")
    VD = ("Valdeltagandet i kommunvalet", "Valdeltagandet")
    GA = ("Gunnel Ahlqvist", "quote")
    vc = [("percent", 1, None, Y26, F, F), ("percentage_point", 1, None, Y26, T, T), ("count", 1, None, Y26, F, F), ("count", 1, None, Y22, F, F), ("count", 1, None, Y26, T, T)]
    VS = [("Andel", "Andel"), ("Förändring mot 2022", "Förändring"), ("Mandat 2026", "Mandat"), ("Mandat 2022", "Mandat"), ("Förändring", "Förändring")]
    GOLD["r29_b_val_kommun"] = [
        G("ett mandat", 1, "count", ctx="tappar [ett mandat].", **L26, direction=DEC, s=MA, sp=None, note="the election of '13 september' (no year): 2026 lenient"),
        G("31,8 procent", 31.8, "percent", **L26, direction=DEC, s=("rösterna", "rösterna"), sp=None, note="'X procent av Y'; ', en minskning med ... jämfört med valet 2022'"),
        G("1,6 procentenheter", 1.6, "percentage_point", t=("2022", "2026"), lenient=True, direction=DEC, s=("en minskning", "minskning"), sp=None, note="a change noun with a baseline year"),
        G("2,3 procentenheter", 2.3, "percentage_point", **L26, direction=INC, s=None, sp=None, note="the party is the holder"),
        G("21,4 procent", 21.4, "percent", **L26, direction=INC, s=None, sp=None, note="'ökade med ... till'"),
        G("två nya mandat", 2, "count", **L26, direction=INC, s=("nya mandat", "mandat"), sp=None),
        G("16,2 procent", 16.2, "percent", **L26, direction=DEC, s=None, sp=None, note="', mot 17,0 procent för fyra år sedan'"),
        G("17,0 procent", 17.0, "percent", t=Y22, s=None, sp=None, note="'för fyra år sedan' resolves"),
        G("4,1 procent", 4.1, "percent", **L26, s=None, sp=None),
        G("ett", 1, "count", ctx="ökar från [ett] till", t=Y22, lenient=True, s=MA, sp=None, note="from-value: the previous election"),
        G("två", 2, "count", ctx="ökar från ett till [två] mandat", **L26, direction=INC, s=MA, sp=None),
        G("3,6 procent", 3.6, "percent", **L26, s=None, sp=None),
        G("ett", 1, "count", ctx="också från [ett] till", t=Y22, lenient=True, s=MA, sp=None, note="from-value"),
        G("två", 2, "count", ctx="också från ett till [två] mandat", **L26, direction=INC, s=MA, sp=None),
        G("3,3 procent", 3.3, "percent", **L26, s=None, sp=None),
        G("ett", 1, "count", ctx="tappar [ett] av", **L26, direction=DEC, s=MA, sp=None),
        G("två", 2, "count", ctx="sina [två] mandat", t=Y22, lenient=True, s=MA, sp=None, note="the seats held before"),
        *_row(G, "Socialdemokraterna", ["31,8", "−1,6", "16", "17", "−1"], vc, VS, note="HTML table, caption 'Valet till kommunfullmäktige 2026': 'Andel 2026, %' and 'Mandat 2026' / 'Mandat 2022' explicit; 'Förändring mot 2022, procentenheter' and 'Förändring' signed, 2026 lenient; rows are parties: s each column's header"),
        *_row(G, "Moderaterna", ["21,4", "+2,3", "11", "9", "+2"], vc, VS),
        *_row(G, "Sverigedemokraterna", ["16,2", "−0,8", "8", "9", "−1"], vc, VS),
        *_row(G, "Centerpartiet", ["7,9", "−0,9", "4", "4", "0"], vc, VS),
        *_row(G, "Vänsterpartiet", ["6,1", "+0,9", "3", "3", "0"], vc, VS),
        *_row(G, "Kristdemokraterna", ["5,0", "−0,9", "2", "3", "−1"], vc, VS),
        *_row(G, "Åsbypartiet", ["4,1", "+0,9", "2", "1", "+1"], vc, VS),
        *_row(G, "Miljöpartiet", ["3,6", "+0,7", "2", "1", "+1"], vc, VS),
        *_row(G, "Liberalerna", ["3,3", "−0,3", "1", "2", "−1"], vc, VS),
        *_row(G, "Övriga partier", ["0,6", "−0,3", "0", "0", "0"], vc, VS),
        G("100,0", 100.0, "percent", ctx="Totalt [100,0]", t=Y26, s=("Andel", "Andel"), sp=None, note="total row; its change cells are empty"),
        G("49", 49, "count", ctx="Totalt 100,0 [49]", t=Y26, s=("Mandat 2026", "Mandat"), sp=None),
        G("49", 49, "count", ctx="Totalt 100,0 49 [49]", t=Y22, s=("Mandat 2022", "Mandat"), sp=None),
        G("83,9 procent", 83.9, "percent", **L26, direction=DEC, s=VD, sp=None, note="', jämfört med 84,6 procent 2022'"),
        G("84,6 procent", 84.6, "percent", t=Y22, s=VD, sp=None),
        G("32 480", 32480, "count", **L26, s=("röstberättigade", "röstberättigade"), sp=None),
        G("27 251", 27251, "count", **L26, s=None, sp=None, note="elided"),
        G("312", 312, "count", ctx="och [312] av", **L26, s=("rösterna", "rösterna"), sp=None, note="'X av Y'"),
        G("Drygt 41 procent", 41, "percent", bound="approx", **L26, s=("väljarna", "väljarna"), sp=None),
        G("89,2 procent", 89.2, "percent", **L26, s=None, sp=None, note="between districts: one time"),
        G("71,5 procent", 71.5, "percent", **L26, s=None, sp=None),
        G("nästan 18 procentenheter", 18, "percentage_point", bound="approx", **L26, s=("en skillnad", "skillnad"), sp=None),
        G("49 ledamöter", 49, "count", **L26, s=("ledamöter", "ledamöter"), sp=None),
        G("minst 25 mandat", 25, "count", bound="at_least", optional=True, s=MA, sp=None, note="a rule: 'för egen majoritet krävs'"),
        G("26 mandat", 26, "count", **L26, s=MA, sp=None),
        G("21", 21, "count", ctx="har [21].", **L26, s=None, sp=None, note="elided"),
        G("tre dagar", 3, "day", bound="at_most", **L26, s=("alla resultat", "resultat"), sp=GA, note="'inom'"),
    ]
    NEG["r29_b_val_kommun"] = [
        N("18 september 2026", note="Publicerad line"), N("13 september", note="election date"),
        N("2022", ctx="valet [2022].", note="baseline year"),
        N("2026", ctx="kommunfullmäktige [2026], andel", note="caption"), N("Andel 2026", note="column header"),
        N("2022", ctx="Förändring mot [2022], procentenheter", note="column header"),
        N("Mandat 2026", note="column header"), N("Mandat 2022", note="column header"),
        N("2022", ctx="84,6 procent [2022].", note="places the comparison"), N("2022", ctx="tid än [2022] eftersom", note="places the comparison"),
        N("19 oktober", note="places the meeting"), N("18.00", note="time of day"),
        N("3", ctx="Torggatan [3]", note="street number"), N("574 80", note="postal code"),
        N("0381-36 000", note="phone"), N("212000-0597", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    return GOLD, NEG
