"""Round 25, part A (r25_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 25, part A (r25_a_*): eight kinds, written from scratch (r25_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a telecom company's interim report for
# January-March 2026 (dateline 'Umeå den 23 april 2026' at the end; 'Siffror inom parentes avser första kvartalet 2025';
# dash bullets under 'FÖRSTA KVARTALET I SAMMANDRAG' with bracketed prior figures in Mkr, procent, abonnemang and
# 'kronor per månad'; 'växte till', 'förbättrades till', 'nådde', 'stannade vid', 'landade på'; a 'KOMMENTAR FRÅN VD'
# paragraph ending in 'säger vd'; churn 'per månad', a capex range for the full year; net debt 'en minskning med ...
# sedan årsskiftet', a leverage multiple 'gånger', staff 'att jämföra med ... i fjol'; a plain-text table 'NYCKELTAL'
# 'Kv 1 2026' / 'Kv 1 2025' / 'Helår 2025' whose rows carry their units), a statistics agency's monthly
# service-production index for September 2026 ('Publicerad 2026-11-10 kl. 08.00'; 'växte med ... jämfört med augusti',
# 'Jämfört med september 2025 var produktionen 2,9 procent högre', an index level 'upp från ... månaden innan',
# 'tremånadersperioden juli–september tilltog', 'drog upp helheten', 'gick det åt andra hållet: där föll', 'låg kvar på
# samma nivå', an index weight 'en vikt på 31 procent'; a plain-text table by industry 'Index' / 'Förändr. mot föreg.
# mån, %' / 'Förändr. mot sep 2025, %' under 'Tabell 1. ... september 2026, 2021=100'), a region's report on children's
# dental health in 2025 (Markdown, '*Region Västmarka · Tandvårdsenheten · Publicerad 4 februari 2026*'; shares of
# caries-free children by age in words ('treåringarna', 'nittonåringarna'), 'upp från ... året innan', the national
# average, '0,8 procentenheter högre än 2024', ', mot 68,0 procent 2024', 'sjönk till ... från', a mean number of
# decayed surfaces; a Markdown table by municipality with age columns '3 år' / '6 år' / '12 år' / '19 år' / '19 år
# (2024)' and the caption below; 'drygt en tredjedel'; a quote 'ökat med tre procentenheter på två år'; money for 2026
# and a target for 2028), a municipality's winter road-maintenance summary for 2025/2026 ('Publicerad 28 april 2026';
# centimeter snö against the previous winter and a normal winter, plowing thresholds, 'plogades ... 34 gånger, mot 19
# gånger', costs 'Det är ... mer än budgeterat och nästan ... mer än förra vintern', 'en fördubbling', salt 'minskade
# ... med 18 procent till'; a plain-text table '2025/26' / '2024/25' / 'Normalvinter' with rows carrying units; error
# reports 'ökade till ... från', 'Knappt hälften'; a quote; a proposed budget 'Inför nästa vinter'), an UNDATED opinion
# piece on public-transport fares (no date, no sidecar; kronor per enkelresa and per month, another city, 'nästan 50
# procent dyrare', student discount 'mellan 25 och 40 procent', a student's budget, 'tre gånger så dyrt', 'De senaste
# fem åren ... höjts med sammanlagt 27 procent', 'Varannan avgång', a survey 'fyra av tio', 'Var femte', a numbered
# list of three demands), a port group's monthly freight release for October 2026 dated only by its sidecar
# (2026-11-12; 'Det är 3,2 procent mer än samma månad i fjol', 'Hittills i år', TEU 'vilket är 2 900 TEU fler än i
# oktober 2025', 'Under årets första tio månader ... i stort sett lika mycket', ro-ro, dry bulk 'en uppgång på', an oil
# harbour '8 procent mindre än ett år tidigare'; a plain-text table 'Godsmängd per hamn, tusen ton' 'Okt 2026' / 'Okt
# 2025' / 'Förändring' / 'Jan–okt 2026' / 'Jan–okt 2025' / 'Förändring'; ship calls 'mot 502 i oktober förra året'; a
# CEO's forecast 'passerar 22 miljoner ton'), a municipality's HTML page on building-permit fees from 1 January 2026
# (cookie banner, menu, breadcrumb, footer; 'Publicerad 9 december 2025'; 'Timtaxan höjs till 1 420 kronor per timme,
# från 1 310 kronor', 'Höjningen är 8,4 procent', prisbasbelopp 'för 2026', '0,3 prisbasbelopp, det vill säga 17 760
# kronor'; an HTML table by permit type 'Handläggning, timmar' / 'Avgift 2026, kronor' / 'Avgift 2025, kronor'; a
# ten-week rule with a fifth off per week; applications in 2025) and an agricultural harvest report ('Publicerad
# 2026-11-26'; total grain harvest 'i år' against 'i fjol' and the five-year average, yields 'ton per hektar' against
# 'året innan' and 'femårssnittet', 'Hektarskörden ... steg till ... från', a plain-text table 'Ton/ha 2026' / 'Ton/ha
# 2025' / 'Ton/ha, femårssnitt' / 'Totalt 2026, 1 000 ton' with a note 'Femårssnittet avser åren 2021–2025'; pulses 'en
# nedgång med 0,3 ton jämfört med 2025', 'nästan halverats', hectares, 'Knappt var tionde hektar', survey size).
# The r8-r24 decisions are followed (see the headers of gold_r22_a.py, gold_r23_a.py and gold_r24_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'i år', 'årets', 'Inför
# nästa vinter') resolves against the publication date and is not lenient; a month or quarter without a year, a
# heading's, a caption's or the document's period, present tense, 'året innan', 'ett år tidigare', 'föregående
# vinter' are lenient; brackets take the period their note names (explicit); a level followed by ', att jämföra med',
# ', mot', ', vilket är X fler', ', en ökning/minskning/nedgång/uppgång med/på', 'Det är X mer' is the new value after a
# change, from-values have no direction; comparisons at one time (against a budget, an average, a normal winter,
# another city or municipality, the nation) have no direction; a comparison with an earlier point takes the current
# period with a direction; a change noun with a baseline year spans the two years, lenient; multipliers ('tre gånger
# så dyrt', 'en fördubbling', 'nästan halverats') are optional; thresholds, rules, definitions of an example are
# optional, targets, forecasts and demands are required; a target without a year has no period; table cells take
# their column headers' periods (a caption's or the page's period lenient), change columns without a named span take
# the current period lenient and their direction from the sign ('0,0' no direction); rows that are categories take
# the caption's or the column's measure as subject, rows that are measures their own label; yields are tonne per="ha"
# (r10); 'i månaden' / 'per månad' per="month", 'per timme' per="hour", 'per enkelresa' per="trip" (r13) and the
# price of a card (månadskort, terminskort) per None with the card as subject (r21); ratios in words are ratios;
# 'vilket'/'Det'/elided nouns/a figure as grammatical subject have s None; the payer, the holder and the actor are no
# subject; 'X procent av Y' with X predicated of no other noun takes Y; a CEO paragraph ending in 'säger ...' credits
# every figure in it to the CEO; the op-ed's signatories are no speaker; the UNDATED text has no period on any figure;
# a publisher's plain reporting is no speaker.
# Where those were silent, decided here:
# - Telecom: the bullets under 'FÖRSTA KVARTALET I SAMMANDRAG' (no year in the heading) are 2026 lenient (the
#   report's title), their brackets 2025 explicit (the note 'första kvartalet 2025'). 'växte till', 'förbättrades
#   till' are increases; 'nådde', 'stannade vid', 'landade på', 'uppgick till' and 'vilket gav' state no change (the
#   bracket alone is a comparison, not a stated change). The EBITDA margin's subject is 'en EBITDA-marginal' (head
#   with a hyphen, not an en dash). ARPU: s 'Genomsnittlig intäkt per mobilabonnemang (ARPU)', head 'intäkt', per
#   month (also for the bracket, 'kronor per månad' after it applies to both). The CEO paragraph ('säger vd Anneli
#   Forsgren') credits all its figures to her: net additions '9 400 nya mobilkunder' (a flow in the quarter, no
#   direction), '3 150 hushåll', '214 000 fiberkunder', churn 'sjönk till 1,3 procent per månad, från 1,6 procent ett
#   år tidigare' (per month; 1,6 is 2025 lenient), the capex forecast 'mellan 750 och 800 Mkr' for 'helåret' (range,
#   2026 lenient). Net debt '3 412 Mkr ..., en minskning med 96 Mkr sedan årsskiftet': both 2026 lenient, decrease
#   (the span 'sedan årsskiftet' lies inside 2026). The leverage '1,8 gånger' is unit number (a multiple, like an
#   index), 2026 lenient although it covers 'de senaste tolv månaderna' (the ratio is stated at quarter end).
#   Staff '1 042, att jämföra med 1 071 vid utgången av mars i fjol': 1 042 decrease, 1 071 2025 explicit. Table:
#   'Kv 1 2026' / 'Kv 1 2025' / 'Helår 2025' explicit; rows are measures (own label without the unit); 'kr/mån' per
#   month; 'tusental' scales by 1 000.
# - Service production: 'i september' (no year) 2026 lenient; 'Jämfört med september 2025 var produktionen 2,9
#   procent högre' is a comparison with an earlier point: 2026 lenient, increase. The index level '108,6, upp från
#   107,8 månaden innan' is unit number: 108,6 increase, 107,8 2026 lenient (August 2026) from-value. 'tilltog' is an
#   increase; 'föll' a decrease; 'låg kvar på samma nivå' states no change and has no figure; '4,2 procent över
#   nivån ett år tidigare' takes 2026 lenient, increase. The weight 'en vikt på 31 procent' is a fact about the index
#   (required, 2026 lenient, s 'en vikt'). 'Den kraftigaste ökningen på årsbasis redovisade ..., 6,3 procent' takes
#   the industry as subject. Table: the caption names 'september 2026' (2026 lenient for every cell) and the base
#   '2021=100' (N); 'Index' cells unit number; both change columns percent 2026 lenient with the sign (the second's
#   header names only the baseline 'sep 2025'); rows are industries (categories): s the caption's
#   'Tjänsteproduktionsindex'. The survey size 'cirka 4 600 företag' is required (2026 lenient); 'svarar för ungefär två
#   tredjedelar av näringslivets förädlingsvärde' is a ratio, 2026 lenient (present tense), s the Y of 'X av Y'.
# - Dental health: data for 2025 in a February 2026 report, so unmarked figures are 2025 lenient; 'året innan' and
#   'från ... ' without a year are 2024 lenient; ', mot 68,0 procent 2024' 2024 explicit. 'Bland treåringarna var 94,1
#   procent kariesfria': the share of the age group: s 'treåringarna' (the X procent of Y rule). 'rikets 80,9 procent'
#   takes 'rikets' as subject (the genitive names whose share it is); comparison with the nation: no direction.
#   '0,8 procentenheter högre än 2024' makes 78,6 the new value (increase) and the difference 2025 lenient, increase,
#   s None (elided). The mean number of decayed surfaces '2,6 från 2,3' is unit count (a mean), per None (no 'per'
#   written), s 'Det genomsnittliga antalet kariesskadade tandytor hos nittonåringarna' head 'antalet'. Table: age
#   columns '3 år' ... '19 år' are 2025 lenient (the caption), '19 år (2024)' 2024 explicit; the age headers are N;
#   rows are municipalities, 'Regionen' and 'Riket' (categories): s the caption's 'Andel'. 'drygt en tredjedel av
#   nittonåringarna' ratio 1/3 approx. The quote 'ökat med tre procentenheter på två år' (February 2026, about the
#   2025 data) spans ('2023', '2025'), lenient, increase; 'två år' is left out (number word with no figure of its own).
#   '4,5 miljoner kronor under 2026' 2026 explicit, s the goal 'förebyggande insatser ...' (the region is the payer);
#   'minst 45 procent av nittonåringarna ... 2028' a target, 2028 explicit, at_least.
# - Winter: the season '2025/2026' is the span ('2025', '2026'); 'Vintern som gick' and the rest of the page are that
#   span lenient; 'vintern 2024/2025' and the column '2024/25' are ('2024', '2025') explicit; 'föregående vinter',
#   'förra vintern' and the from-value of 'ökade till 1 480 från 620' are ('2024', '2025') lenient ('förra vintern'
#   in a level's sentence is a comparison, the level keeps the current span); the normal winter has no period (an
#   average over unnamed years), in prose and in the 'Normalvinter' column. Centimeter is unit "cm". '162 centimeter
#   snö ..., att jämföra med 98 centimeter vintern 2024/2025 och 121 centimeter en normalvinter': 162 increase (new
#   value against the previous winter), 98 and 121 s None (elided). The plowing thresholds '5 centimeter' / '8
#   centimeter' are rules (optional). 'plogades hela kommunen 34 gånger, mot 19 gånger': unit count, s None ('gånger'
#   counts occasions; 'kommunen' is a place). Cost '41,3 miljoner kronor. Det är 9,8 ... mer än budgeterat och nästan
#   15 ... mer än förra vintern': 41,3 increase; 9,8 no direction (against the budget); 15 increase; both s None
#   ('Det'). 'En normal vinter räknar vi med ungefär 24 plogningar' is the publisher's first person (speaker
#   'Hällebergs kommun', publisher, as r22's 'vår'); the department's third-person text is plain reporting. 'en fördubbling' is an optional multiplier (unit number 2, increase). 'Knappt hälften' ratio 0.5 approx, s
#   None. Quote: '46 fordon', '27 entreprenörer', '11 900 timmar' (s None: the actors drive), 'över 4 000 timmar mer
#   än en vanlig vinter' (against the normal winter: no direction). 'Inför nästa vinter föreslår avdelningen att
#   budgeten höjs till 36 miljoner kronor': a proposal, ('2026', '2027') explicit, increase, speaker 'avdelningen'
#   credited. Table: rows are measures (own label without the unit): 'cm', 'antal' (count), 'ton', 'mnkr' (1e6 SEK).
# - Fares op-ed (UNDATED): no period on any figure, 'De senaste fem åren' included. 'En enkelresa ... kostar 38
#   kronor' and '26 kronor för samma resa' per="trip"; '640 kronor för en månad' per="month", s None; the cards' prices
#   (995, 846, 1 900, 5 700) per None with the card as subject. 'nästan 50 procent dyrare' compares two cities (no
#   direction). 'omkring 13 000 kronor i månaden' defines the example student (optional, per month, the holder is no
#   subject); 'drygt 6 procent av budgeten' is required. 'en och en halv vecka' is a duration in the comparison (1.5
#   week, optional: it illustrates). 'tre gånger så dyrt' is a multiplier (optional, unit number 3). 'höjts med
#   sammanlagt 27 procent' increase, s 'priset på ett månadskort'. 'Varannan avgång ... har försvunnit' ratio 0.5,
#   decrease (the departures lost), s 'avgång på kvällstid'. Survey: '2 400 studenter' required; 'fyra av tio' and
#   'Var femte' ratios, s None; 'som vi gjorde' and 'Vi kräver' are the signatories' (no speaker). Demands: 'höjs till minst 40 procent' (at_least, increase), 'kostar högst 400 kronor'
#   (at_most, no change word). 'unga under 26 år' is an age band (N); the list numbers are N; 'de kommande tre åren'
#   is left out.
# - Freight (sidecar 2026-11-12): 'i oktober' (no year) 2026 lenient; 'Hittills i år' and 'Under årets första tio
#   månader' 2026 explicit. TEU is unit "TEU" (a measure of container volume, as written). '372 000 TEU ... i stort
#   sett lika mycket som ... förra året' states no change (no direction), s None ('TEU' is the unit, the containers
#   are not named). 'Oljehamnen i Västerö tog emot 395 000 ton, 8 procent mindre än ett år tidigare': 395 000
#   decrease, s 'Oljehamnen i Västerö' (the port's volume), 8 procent s None. Ship calls '486, mot 502 i oktober förra
#   året' (486 decrease, 502 2025 explicit). The CEO's 'passerar 22 miljoner ton för helåret' is a forecast, 2026
#   lenient, more_than, s None. Table: caption 'tusen ton' scales by 1 000; 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' /
#   'Jan–okt 2025' explicit; both 'Förändring' columns 2026 lenient with the sign; rows are ports: s the caption's
#   'Godsmängd'.
# - Permit fees (HTML, published 2025-12-09): the page's heading 'från 1 januari 2026' makes the new tariff 2026
#   lenient where the sentence names no date ('Timtaxan höjs till 1 420 kronor per timme, från 1 310 kronor': 1 420
#   increase per hour, 1 310 2025 lenient, the rate in force at publication, per hour carried). 'Höjningen är 8,4
#   procent': s 'Timtaxan' (the thing that changes, named in the previous sentence). 'prisbasbeloppet, som för 2026 är
#   ... 59 200 kronor' 2026 explicit. '0,3 prisbasbelopp' is unit number (a multiple of the base amount), 2026
#   lenient, s 'Ett planbesked för en mindre åtgärd', and its '17 760 kronor' the same subject (required: the fee).
#   Table (caption 'Avgift per ärendetyp', no period): 'Handläggning, timmar' unit hour, 2026 lenient (the page),
#   s 'Handläggning'; 'Avgift 2026, kronor' / 'Avgift 2025, kronor' explicit, s 'Avgift'; rows are permit types. The
#   rule 'Vi ska fatta beslut inom tio veckor' (the publisher's first person: 'Lindeby kommun', publisher) and 'minskar avgiften med en femtedel' are optional (rules; the fifth decrease). 'Under 2025
#   kom 612 bygglovsansökningar' 2025 explicit; '94 procent av ärendena' and 'i genomsnitt 4,6 veckor' (the next
#   sentence) 2025 lenient, no bound for 'i genomsnitt'. 'klockan 9–11' is a time of day (N).
# - Harvest (published 2026-11-26): 'i år' 2026 explicit for the total; unmarked yields 2026 lenient; 'året innan'
#   2025 lenient; '4 procent över genomsnittet för de fem senaste åren' and '6 procent över femårssnittet' compare with
#   an average (no direction, s None). 'Totalt skördades 2,71 miljoner ton höstvete' s 'höstvete' (the counted noun);
#   'den största volymen sedan mätningarna började' is a ranking with no figure. 'Hektarskörden av höstraps steg till
#   3,82 ton från 3,10 ton': per ha carried from 'Hektarskörden'. Table: 'Ton/ha 2026' / 'Ton/ha 2025' explicit,
#   'Ton/ha, femårssnitt' ('2021', '2025') lenient (the span is named only by the note under the table), 'Totalt 2026,
#   1 000 ton' explicit and scaled by 1 000 (the '1 000' of the header is N); columns are measures: s 'Hektarskörd'
#   for the ton/ha columns and 'totalskörd' for the last (the caption's words); rows are crops. Pulses '2,9 ton per
#   hektar, en nedgång med 0,3 ton jämfört med 2025': 2,9 decrease 2026 lenient; 0,3 ton per ha ('2025', '2026')
#   lenient, decrease, s 'Trindsäden'. 'nästan halverats sedan toppåret' optional ratio 0.5 approx, decrease, 2026
#   lenient. 'ärterna odlas i dag på omkring 31 000 hektar' unit "ha", s 'ärterna'. '965 000 hektar, 2 procent mindre
#   än förra året' 965 000 decrease, 2 procent s None. 'Knappt var tionde hektar' ratio 0.1 approx, s 'hektar'. The
#   survey size '3 300 lantbrukare' required.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods and digits,
#   the index base '2021=100', years and dates that only place a claim or a comparison, next-release dates, table
#   numbers, times of day, age bands (column headers '3 år' ..., 'unga under 26 år'), the '30' of '30-dagarskort',
#   the scale '1 000' in a header, list numbering, phone numbers, street addresses, postal codes, org numbers and the
#   copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'första kvartalet', 'helåret',
#   'de senaste tolv månaderna', 'tremånadersperioden', 'de föregående tre månaderna', 'på två år', 'De senaste fem
#   åren', 'de fem senaste åren', 'femårssnittet', 'de kommande tre åren', 'årets första tio månader', 'varje påbörjad
#   vecka'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2028")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y28 = (Y[y] for y in ("2024", "2025", "2026", "2028"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. telecom, interim report Jan-Mar 2026 (dateline 23 april 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    MA = ("Antalet mobilabonnemang", "Antalet")
    AR = ("Genomsnittlig intäkt per mobilabonnemang (ARPU)", "intäkt")
    CX = ("Investeringarna (capex)", "Investeringarna")
    RS = ("Periodens resultat", "resultat")
    AF = ("Anneli Forsgren", "quote")
    ND = ("Nettoskulden", "Nettoskulden")
    AN = ("Antalet anställda", "Antalet")
    kt = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r25_a_telekom_q1"] = [
        G("1 384", 1384e6, "SEK", ctx="till [1 384] (1 297)", **L26, direction=INC, s=NO, sp=None, note="bullets under 'FÖRSTA KVARTALET I SAMMANDRAG' (the report's period, lenient); 'växte till'"),
        G("1 297", 1297e6, "SEK", ctx="1 384 ([1 297]) Mkr", t=Y25, s=NO, sp=None, note="bracket: 'första kvartalet 2025'"),
        G("472", 472e6, "SEK", ctx="till [472] (431)", **L26, direction=INC, s=EB, sp=None, note="'förbättrades till'"),
        G("431", 431e6, "SEK", ctx="472 ([431]) Mkr", t=Y25, s=EB, sp=None),
        G("34,1", 34.1, "percent", ctx="på [34,1] (33,2)", **L26, s=EM, sp=None, note="'vilket gav': no change stated"),
        G("33,2", 33.2, "percent", ctx="34,1 ([33,2]) procent", t=Y25, s=EM, sp=None),
        G("1 126 000", 1126000, "count", **L26, s=MA, sp=None, note="'nådde': no change stated"),
        G("1 089 000", 1089000, "count", t=Y25, s=MA, sp=None),
        G("241", 241, "SEK", per="month", ctx="till [241] (233)", **L26, s=AR, sp=None),
        G("233", 233, "SEK", per="month", ctx="241 ([233]) kronor", t=Y25, s=AR, sp=None),
        G("168", 168e6, "SEK", ctx="vid [168] (192)", **L26, s=CX, sp=None, note="'stannade vid'"),
        G("192", 192e6, "SEK", ctx="168 ([192]) Mkr", t=Y25, s=CX, sp=None),
        G("205", 205e6, "SEK", ctx="på [205] (176)", **L26, s=RS, sp=None),
        G("176", 176e6, "SEK", ctx="205 ([176]) Mkr", t=Y25, s=RS, sp=None),
        G("9 400 nya mobilkunder", 9400, "count", **L26, s=("nya mobilkunder", "mobilkunder"), sp=AF, note="CEO paragraph ending in 'säger vd'"),
        G("3 150 hushåll", 3150, "count", **L26, s=("hushåll", "hushåll"), sp=AF),
        G("214 000 fiberkunder", 214000, "count", **L26, s=("fiberkunder", "fiberkunder"), sp=AF),
        G("1,3 procent", 1.3, "percent", per="month", **L26, direction=DEC, s=("Kundflykten", "Kundflykten"), sp=AF, note="'sjönk till'"),
        G("1,6 procent", 1.6, "percent", per="month", **L25, s=("Kundflykten", "Kundflykten"), sp=AF, note="from-value 'ett år tidigare'"),
        G("mellan 750 och 800 Mkr", None, "SEK", low=750e6, high=800e6, **L26, s=("capex", "capex"), sp=AF, note="forecast for 'helåret'"),
        G("3 412 Mkr", 3412e6, "SEK", **L26, direction=DEC, s=ND, sp=None, note="', en minskning med ... sedan årsskiftet'"),
        G("96 Mkr", 96e6, "SEK", **L26, direction=DEC, s=ND, sp=None),
        G("1,8 gånger", 1.8, "number", **L26, s=("Nettoskulden i förhållande till EBITDA för de senaste tolv månaderna", "Nettoskulden"), sp=None, note="a multiple"),
        G("1 042", 1042, "count", **L26, direction=DEC, s=AN, sp=None, note="', att jämföra med ... i fjol'"),
        G("1 071", 1071, "count", t=Y25, s=AN, sp=None, note="'i fjol' resolves"),
        *_row(G, "Nettoomsättning, Mkr", ["1 384", "1 297", "5 362"], kt("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL': 'Kv 1 2026' / 'Kv 1 2025' / 'Helår 2025' explicit; rows are measures"),
        *_row(G, "EBITDA, Mkr", ["472", "431", "1 838"], kt("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "Capex, Mkr", ["168", "192", "821"], kt("SEK", 1e6), ("Capex", "Capex")),
        *_row(G, "Mobil-ARPU, kr/mån", ["241", "233", "237"], kt("SEK", 1, "month"), ("Mobil-ARPU", "Mobil-ARPU")),
        *_row(G, "Mobilabonnemang, tusental", ["1 126", "1 089", "1 117"], kt("count", 1e3), ("Mobilabonnemang", "Mobilabonnemang")),
        *_row(G, "Fiberkunder, tusental", ["214", "197", "211"], kt("count", 1e3), ("Fiberkunder", "Fiberkunder")),
    ]
    NEG["r25_a_telekom_q1"] = [
        N("januari–mars 2026", note="title"), N("2025", ctx="första kvartalet [2025] om", note="the brackets' note"),
        N("Kv 1 2026", note="column header"), N("Kv 1 2025", note="column header"), N("Helår 2025", note="column header"),
        N("23 april 2026", note="dateline"), N("090-71 42 00"), N("17 juli 2026", note="next report"),
    ]

    # ------------------------------------------------------------ 2. service-production index, September 2026 (Publicerad 2026-11-10)
    IX = ("Indexet", "Indexet")
    TP = ("Tjänsteproduktionsindex", "Tjänsteproduktionsindex")
    tc = [("number", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True)]
    GOLD["r25_a_tjanstproduktion_sep"] = [
        G("0,7 procent", 0.7, "percent", **L26, direction=INC, s=("Tjänstesektorns produktion", "produktion"), sp=None, note="'i september' (no year)"),
        G("2,9 procent", 2.9, "percent", **L26, direction=INC, s=("produktionen", "produktionen"), sp=None, note="'Jämfört med september 2025 ... högre': comparison with an earlier point"),
        G("108,6", 108.6, "number", ctx="på [108,6], upp", **L26, direction=INC, s=IX, sp=None, note="'upp från'"),
        G("107,8", 107.8, "number", **L26, s=IX, sp=None, note="from-value 'månaden innan' (August 2026)"),
        G("0,9 procent", 0.9, "percent", ctx="tilltog tjänsteproduktionen med [0,9 procent]", **L26, direction=INC, s=("tjänsteproduktionen", "tjänsteproduktionen"), sp=None, note="'juli–september' (no year)"),
        G("1,8 procent", 1.8, "percent", **L26, direction=INC, s=("Informations- och kommunikationsföretagen", "kommunikationsföretagen"), sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=DEC, s=("produktionen", "produktionen"), sp=None, note="'föll'"),
        G("4,2 procent", 4.2, "percent", **L26, direction=INC, s=("Hotell och restauranger", "Hotell"), sp=None, note="'över nivån ett år tidigare'"),
        G("31 procent", 31, "percent", **L26, s=("en vikt", "vikt"), sp=None, note="the index weight"),
        G("0,9 procent", 0.9, "percent", ctx="ökade med [0,9 procent]", **L26, direction=INC, s=("Företagstjänsterna", "Företagstjänsterna"), sp=None),
        G("0,4 procent", 0.4, "percent", **L26, direction=INC, s=("Handeln", "Handeln"), sp=None),
        *_row(G, "Handel", ["104,2", "+0,4", "+1,9"], tc, TP, note="table by industry, caption 'september 2026, 2021=100' (2026 lenient); change columns with the sign; rows are industries"),
        *_row(G, "Transport och magasinering", ["101,7", "−1,1", "+0,6"], tc, TP),
        *_row(G, "Hotell och restauranger", ["112,3", "0,0", "+4,2"], tc, TP),
        *_row(G, "Information och kommunikation", ["121,5", "+1,8", "+6,3"], tc, TP),
        *_row(G, "Fastighetsverksamhet", ["106,9", "+0,3", "+2,2"], tc, TP),
        *_row(G, "Företagstjänster", ["109,4", "+0,9", "+3,1"], tc, TP),
        *_row(G, "Totalt", ["108,6", "+0,7", "+2,9"], tc, TP),
        G("6,3 procent", 6.3, "percent", **L26, direction=INC, s=("informations- och kommunikationsbranschen", "kommunikationsbranschen"), sp=None, note="'Den kraftigaste ökningen på årsbasis'"),
        G("2,2 procent", 2.2, "percent", **L26, direction=INC, s=("Fastighetsverksamheten", "Fastighetsverksamheten"), sp=None, note="'i september ... över nivån för ett år sedan'"),
        G("ungefär två tredjedelar", 2 / 3, "ratio", bound="approx", **L26, s=("näringslivets förädlingsvärde", "förädlingsvärde"), sp=None, note="present tense; 'X av Y'"),
        G("cirka 4 600 företag", 4600, "count", bound="approx", **L26, s=("företag", "företag"), sp=None, note="survey size"),
    ]
    NEG["r25_a_tjanstproduktion_sep"] = [
        N("september 2026", occ=1, note="title"), N("2026-11-10"), N("08.00", note="time of day"),
        N("september 2025", note="places the comparison"), N("2021=100", occ=1, note="index base"),
        N("Tabell 1", note="table number"), N("september 2026", occ=2, note="caption"), N("2021=100", occ=2, note="caption: index base"),
        N("sep 2025", note="column header"), N("9 december 2026", note="next release"), N("010-479 61 20"),
    ]

    # ------------------------------------------------------------ 3. children's dental health 2025 (Markdown, Publicerad 4 februari 2026)
    AK = ("Andel", "Andel")
    ANL = ("andelen", "andelen")
    NI = ("nittonåringarna", "nittonåringarna")
    TY = ("Det genomsnittliga antalet kariesskadade tandytor hos nittonåringarna", "antalet")
    dc = [("percent", 1, None, Y25, True, F)] * 4 + [("percent", 1, None, Y24, F, F)]
    GOLD["r25_a_tandhalsa_barn"] = [
        G("61 800 undersökningar", 61800, "count", t=Y25, s=("undersökningar", "undersökningar"), sp=None, note="'under 2025'"),
        G("94,1 procent", 94.1, "percent", **L25, direction=INC, s=("treåringarna", "treåringarna"), sp=None, note="'upp från'"),
        G("93,4 procent", 93.4, "percent", **L24, s=("treåringarna", "treåringarna"), sp=None, note="from-value 'året innan'"),
        G("95,0 procent", 95.0, "percent", **L25, s=("Riksgenomsnittet för samma åldersgrupp", "Riksgenomsnittet"), sp=None),
        G("78,6 procent", 78.6, "percent", **L25, direction=INC, s=ANL, sp=None, note="', 0,8 procentenheter högre än 2024'"),
        G("0,8 procentenheter", 0.8, "percentage_point", **L25, direction=INC, s=None, sp=None, note="elided"),
        G("80,9 procent", 80.9, "percent", **L25, s=("rikets", "rikets"), sp=None, note="comparison with the nation"),
        G("66,2 procent", 66.2, "percent", **L25, direction=DEC, s=("tolvåringarna", "tolvåringarna"), sp=None, note="', mot 68,0 procent 2024'"),
        G("68,0 procent", 68.0, "percent", t=Y24, s=("tolvåringarna", "tolvåringarna"), sp=None),
        G("39,5 procent", 39.5, "percent", **L25, direction=DEC, s=ANL, sp=None, note="'sjönk ... till'"),
        G("41,7 procent", 41.7, "percent", **L24, s=ANL, sp=None, note="from-value"),
        G("2,6", 2.6, "count", ctx="till [2,6] från", **L25, direction=INC, s=TY, sp=None, note="a mean count"),
        G("2,3", 2.3, "count", ctx="från [2,3].", **L24, s=TY, sp=None),
        *_row(G, "Ålsta", ["95,3", "81,2", "69,8", "43,1", "44,0"], dc, AK, sep=" | ", note="Markdown table, caption below: age columns 2025 lenient, '19 år (2024)' explicit; rows are municipalities"),
        *_row(G, "Norrvik", ["92,7", "74,9", "61,5", "35,2", "38,6"], dc, AK, sep=" | "),
        *_row(G, "Hedbo", ["94,8", "79,3", "67,4", "40,8", "42,9"], dc, AK, sep=" | "),
        *_row(G, "Sörmossa", ["93,0", "76,1", "63,9", "36,7", "39,5"], dc, AK, sep=" | "),
        *_row(G, "Regionen", ["94,1", "78,6", "66,2", "39,5", "41,7"], dc, AK, sep=" | "),
        *_row(G, "Riket", ["95,0", "80,9", "70,3", "42,4", "43,8"], dc, AK, sep=" | "),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=NI, sp=None),
        G("43,1 procent", 43.1, "percent", **L25, s=ANL, sp=None, note="comparison between municipalities"),
        G("tre procentenheter", 3, "percentage_point", t=("2023", "2025"), lenient=True, direction=INC, s=("andelen kariesfria sexåringar", "andelen"), sp=("Maria Öberg", "quote"), note="'på två år'"),
        G("4,5 miljoner kronor", 4.5e6, "SEK", t=Y26, s=("förebyggande insatser i skolor och på öppna förskolor", "insatser"), sp=None, note="the region is the payer"),
        G("minst 45 procent", 45, "percent", bound="at_least", t=Y28, s=NI, sp=None, note="target"),
    ]
    NEG["r25_a_tandhalsa_barn"] = [
        N("2025", ctx="tandhälsa [2025]", note="title"), N("4 februari 2026"), N("2025", ctx="under [2025].", note="places the claim"),
        N("2024", ctx="högre än [2024]", note="places the comparison"), N("2024", ctx="68,0 procent [2024]", note="places the claim"),
        N("3 år", note="column header: age"), N("6 år", note="column header: age"), N("12 år", note="column header: age"),
        N("19 år", ctx="| [19 år] | 19", note="column header: age"), N("19 år", ctx="| [19 år] (2024)", note="column header: age"),
        N("2024", ctx="19 år ([2024])", note="column header"), N("Tabell 1", note="table number"),
        N("2025", ctx="åldersgrupp [2025], procent", note="caption"), N("2024", ctx="avser [2024]", note="caption"),
        N("2026", ctx="under [2026] för", note="places the claim"), N("2028", note="places the target"), N("021-48 30 00"),
    ]

    # ------------------------------------------------------------ 4. winter road maintenance 2025/2026 (Publicerad 28 april 2026)
    W = dict(t=("2025", "2026"), lenient=True)
    PW = ("2024", "2025")
    KO = ("Kostnaden för vinterväghållningen", "Kostnaden")
    SA = ("Saltförbrukningen på huvudlederna", "Saltförbrukningen")
    JB = ("Jonas Berglöf", "quote")
    wc = lambda u, sc: [(u, sc, None, ("2025", "2026"), F, F), (u, sc, None, PW, F, F), (u, sc, None, None, F, F)]
    GOLD["r25_a_vintervaghallning"] = [
        G("162 centimeter", 162, "cm", **W, direction=INC, s=("snö", "snö"), sp=None, note="'Vintern som gick' (the season, lenient); ', att jämföra med ... vintern 2024/2025'"),
        G("98 centimeter", 98, "cm", t=PW, s=None, sp=None, note="elided; 'vintern 2024/2025'"),
        G("121 centimeter", 121, "cm", s=None, sp=None, note="normal winter: no period; elided"),
        G("5 centimeter", 5, "cm", optional=True, s=("snö", "snö"), sp=None, note="plowing threshold (rule)"),
        G("8 centimeter", 8, "cm", ctx="och [8 centimeter] i villaområden", optional=True, s=None, sp=None, note="rule"),
        G("34 gånger", 34, "count", **W, direction=INC, s=None, sp=None, note="', mot 19 gånger föregående vinter'"),
        G("19 gånger", 19, "count", t=PW, lenient=True, s=None, sp=None, note="'föregående vinter'"),
        G("ungefär 24 plogningar", 24, "count", bound="approx", s=("plogningar", "plogningar"), sp=("Hällebergs kommun", "publisher"), note="normal winter: no period; 'räknar vi med': the publisher's first person"),
        G("41,3 miljoner kronor", 41.3e6, "SEK", **W, direction=INC, s=KO, sp=None, note="'Det är ... mer än förra vintern'"),
        G("9,8 miljoner kronor", 9.8e6, "SEK", **W, s=None, sp=None, note="against the budget: no direction"),
        G("nästan 15 miljoner kronor", 15e6, "SEK", bound="approx", **W, direction=INC, s=None, sp=None),
        G("31,5 miljoner kronor", 31.5e6, "SEK", **W, s=("Budgeten", "Budgeten"), sp=None),
        G("5 200 ton", 5200, "tonne", **W, direction=INC, s=("stenmjöl", "stenmjöl"), sp=None, note="', en fördubbling jämfört med förra vintern'"),
        G("en fördubbling", 2, "number", **W, direction=INC, optional=True, s=None, sp=None, note="multiplier"),
        G("18 procent", 18, "percent", **W, direction=DEC, s=SA, sp=None),
        G("610 ton", 610, "tonne", **W, direction=DEC, s=SA, sp=None),
        *_row(G, "Snö, cm", ["162", "98", "121"], wc("cm", 1), ("Snö", "Snö"), note="table: '2025/26' / '2024/25' explicit spans, 'Normalvinter' no period; rows are measures"),
        *_row(G, "Plogningar, antal", ["34", "19", "24"], wc("count", 1), ("Plogningar", "Plogningar")),
        *_row(G, "Sandning, ton", ["5 200", "2 600", "3 400"], wc("tonne", 1), ("Sandning", "Sandning")),
        *_row(G, "Salt, ton", ["610", "744", "700"], wc("tonne", 1), ("Salt", "Salt")),
        *_row(G, "Kostnad, mnkr", ["41,3", "26,5", "29,0"], wc("SEK", 1e6), ("Kostnad", "Kostnad")),
        G("1 480", 1480, "count", **W, direction=INC, s=("Felanmälningarna om dåligt plogade gator", "Felanmälningarna"), sp=None, note="'ökade till ... från'"),
        G("620", 620, "count", t=PW, lenient=True, s=("Felanmälningarna om dåligt plogade gator", "Felanmälningarna"), sp=None, note="from-value: the previous winter"),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **W, s=None, sp=None),
        G("46 fordon", 46, "count", **W, s=("fordon", "fordon"), sp=JB),
        G("27 entreprenörer", 27, "count", **W, s=("entreprenörer", "entreprenörer"), sp=JB),
        G("11 900 timmar", 11900, "hour", **W, s=None, sp=JB, note="the actors are no subject"),
        G("över 4 000 timmar", 4000, "hour", bound="more_than", **W, s=None, sp=JB, note="against a normal winter: no direction"),
        G("36 miljoner kronor", 36e6, "SEK", t=("2026", "2027"), direction=INC, s=("budgeten", "budgeten"), sp=("avdelningen", "credited"), note="proposal 'Inför nästa vinter ... höjs till'"),
    ]
    NEG["r25_a_vintervaghallning"] = [
        N("2025/2026", note="title"), N("28 april 2026"), N("2024/2025", note="places the comparison"),
        N("2025/26", note="column header"), N("2024/25", note="column header"), N("0523-61 00 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED opinion piece on public-transport fares (no period on any figure)
    GOLD["r25_a_debatt_kollektivtrafik"] = [
        G("38 kronor", 38, "SEK", per="trip", s=("En enkelresa med stadsbuss", "enkelresa"), sp=None, note="undated: no period"),
        G("995 kronor", 995, "SEK", s=("Ett 30-dagarskort", "30-dagarskort"), sp=None, note="price of a card: per None"),
        G("26 kronor", 26, "SEK", per="trip", s=("samma resa", "resa"), sp=None),
        G("640 kronor", 640, "SEK", per="month", s=None, sp=None, note="'för en månad'"),
        G("nästan 50 procent", 50, "percent", bound="approx", s=("Enkelbiljetten", "Enkelbiljetten"), sp=None, note="comparison between cities"),
        G("15 procent", 15, "percent", s=("Studentrabatten hos oss", "Studentrabatten"), sp=None),
        G("mellan 25 och 40 procent", None, "percent", low=25, high=40, s=None, sp=None, note="elided"),
        G("omkring 13 000 kronor", 13000, "SEK", bound="approx", per="month", optional=True, s=None, sp=None, note="defines the example student"),
        G("846 kronor", 846, "SEK", s=("Månadskortet", "Månadskortet"), sp=None),
        G("drygt 6 procent", 6, "percent", bound="approx", s=("budgeten", "budgeten"), sp=None),
        G("en och en halv vecka", 1.5, "week", optional=True, s=None, sp=None, note="illustration"),
        G("1 900 kronor", 1900, "SEK", s=("ett terminskort för studenter", "terminskort"), sp=None),
        G("5 700 kronor", 5700, "SEK", s=("Motsvarande kort", "kort"), sp=None),
        G("tre gånger så dyrt", 3, "number", optional=True, s=None, sp=None, note="multiplier"),
        G("27 procent", 27, "percent", direction=INC, s=("priset på ett månadskort", "priset"), sp=None, note="'De senaste fem åren' in an undated text: no period"),
        G("Varannan avgång", 0.5, "ratio", direction=DEC, s=("avgång på kvällstid", "avgång"), sp=None, note="'har försvunnit'"),
        G("2 400 studenter", 2400, "count", s=("studenter", "studenter"), sp=None, note="survey size"),
        G("fyra av tio", 0.4, "ratio", s=None, sp=None),
        G("Var femte", 0.2, "ratio", s=None, sp=None),
        G("minst 40 procent", 40, "percent", bound="at_least", direction=INC, s=("studentrabatten", "studentrabatten"), sp=None, note="demand 'höjs till'"),
        G("högst 400 kronor", 400, "SEK", bound="at_most", s=("ett månadskort för unga under 26 år", "månadskort"), sp=None, note="demand"),
    ]
    NEG["r25_a_debatt_kollektivtrafik"] = [
        N("30", ctx="Ett [30]-dagarskort", note="part of a product name"), N("26 år", note="age band"),
        N("1", ctx="[1]. Att", note="list numbering"), N("2", ctx="[2]. Att", note="list numbering"), N("3", ctx="[3]. Att", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. port group freight, October 2026 (sidecar 2026-11-12)
    GM = ("Godsmängd", "Godsmängd")
    VO = ("volymen", "volymen")
    RR = ("Ro-ro-trafiken", "Ro-ro-trafiken")
    TB = ("Torrbulken", "Torrbulken")
    AF2 = ("Antalet fartygsanlöp", "Antalet")
    hc = [("tonne", 1e3, None, Y26, F, F), ("tonne", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("tonne", 1e3, None, Y26, F, F), ("tonne", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r25_a_hamngods_oktober"] = [
        G("1,94 miljoner ton", 1.94e6, "tonne", **L26, direction=INC, s=("gods", "gods"), sp=None, note="'i oktober' (no year); 'Det är 3,2 procent mer'"),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=None, sp=None, note="'Det är ... mer än samma månad i fjol'"),
        G("18,7 miljoner ton", 18.7e6, "tonne", t=Y26, direction=INC, s=VO, sp=None, note="'Hittills i år' resolves"),
        G("1,4 procent", 1.4, "percent", t=Y26, direction=INC, s=VO, sp=None),
        G("41 300 TEU", 41300, "TEU", **L26, direction=INC, s=("Antalet hanterade containrar", "Antalet"), sp=None, note="'steg till'"),
        G("2 900 TEU", 2900, "TEU", **L26, direction=INC, s=None, sp=None, note="'vilket är ... fler än i oktober 2025'"),
        G("372 000 TEU", 372000, "TEU", t=Y26, s=None, sp=None, note="'Under årets första tio månader'; 'i stort sett lika mycket': no change"),
        G("5,6 procent", 5.6, "percent", **L26, direction=DEC, s=RR, sp=None),
        G("612 000 ton", 612000, "tonne", **L26, direction=DEC, s=RR, sp=None),
        G("287 000 ton", 287000, "tonne", **L26, direction=INC, s=TB, sp=None),
        G("21 procent", 21, "percent", **L26, direction=INC, s=TB, sp=None, note="', en uppgång på'"),
        G("395 000 ton", 395000, "tonne", **L26, direction=DEC, s=("Oljehamnen i Västerö", "Oljehamnen"), sp=None, note="', 8 procent mindre än ett år tidigare'"),
        G("8 procent", 8, "percent", **L26, direction=DEC, s=None, sp=None),
        *_row(G, "Norrhamn", ["812", "776", "+4,6 %", "7 640", "7 480", "+2,1 %"], hc, GM, note="table 'Godsmängd per hamn, tusen ton': month and year-to-date columns explicit; both 'Förändring' columns 2026 lenient with the sign; rows are ports"),
        *_row(G, "Västerö", ["598", "631", "−5,2 %", "5 910", "5 985", "−1,3 %"], hc, GM),
        *_row(G, "Sandvik", ["331", "290", "+14,1 %", "3 020", "2 870", "+5,2 %"], hc, GM),
        *_row(G, "Bräddö", ["199", "183", "+8,7 %", "2 130", "2 105", "+1,2 %"], hc, GM),
        *_row(G, "Totalt", ["1 940", "1 880", "+3,2 %", "18 700", "18 440", "+1,4 %"], hc, GM),
        G("486", 486, "count", **L26, direction=DEC, s=AF2, sp=None, note="', mot 502 i oktober förra året'"),
        G("502", 502, "count", t=Y25, s=AF2, sp=None, note="'förra året' resolves"),
        G("22 miljoner ton", 22e6, "tonne", bound="more_than", **L26, s=None, sp=("Johan Lindqvist", "quote"), note="forecast 'passerar ... för helåret'"),
    ]
    NEG["r25_a_hamngods_oktober"] = [
        N("oktober 2025", note="places the comparison"), N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("Jan–okt 2026", note="column header"), N("Jan–okt 2025", note="column header"), N("0455-30 82 00"),
    ]

    # ------------------------------------------------------------ 7. building-permit fees from 1 January 2026 (HTML, Publicerad 9 december 2025)
    TT = ("Timtaxan", "Timtaxan")
    PB = ("Ett planbesked för en mindre åtgärd", "planbesked")
    HA, AV = ("Handläggning", "Handläggning"), ("Avgift", "Avgift")
    bc = [("hour", 1, None, Y26, True, F), ("SEK", 1, None, Y26, F, F), ("SEK", 1, None, Y25, F, F)]
    GOLD["r25_a_bygglovstaxa_2026"] = [
        G("1 420 kronor", 1420, "SEK", per="hour", **L26, direction=INC, s=TT, sp=None, note="the page's heading 'från 1 januari 2026' (lenient); 'höjs till'"),
        G("1 310 kronor", 1310, "SEK", per="hour", **L25, s=TT, sp=None, note="from-value: the rate in force at publication"),
        G("8,4 procent", 8.4, "percent", **L26, direction=INC, s=TT, sp=None, note="'Höjningen är'"),
        G("59 200 kronor", 59200, "SEK", t=Y26, s=("prisbasbeloppet", "prisbasbeloppet"), sp=None, note="'för 2026'"),
        G("0,3 prisbasbelopp", 0.3, "number", **L26, s=PB, sp=None, note="a multiple of the base amount"),
        G("17 760 kronor", 17760, "SEK", **L26, s=PB, sp=None),
        *_row(G, "Nybyggnad av enbostadshus", ["22", "31 240", "28 820"], bc, [HA, AV, AV], note="HTML table 'Avgift per ärendetyp': hours 2026 lenient (the page), 'Avgift 2026' / 'Avgift 2025' explicit; rows are permit types"),
        *_row(G, "Tillbyggnad av enbostadshus", ["9", "12 780", "11 790"], bc, [HA, AV, AV]),
        *_row(G, "Garage eller carport", ["6", "8 520", "7 860"], bc, [HA, AV, AV]),
        *_row(G, "Fasadändring", ["4", "5 680", "5 240"], bc, [HA, AV, AV]),
        *_row(G, "Rivningslov", ["3", "4 260", "3 930"], bc, [HA, AV, AV]),
        *_row(G, "Strandskyddsdispens", ["8", "11 360", "10 480"], bc, [HA, AV, AV]),
        G("tio veckor", 10, "week", optional=True, s=None, sp=("Lindeby kommun", "publisher"), note="rule; 'Vi ska fatta beslut': the publisher's first person"),
        G("en femtedel", 0.2, "ratio", direction=DEC, optional=True, s=("avgiften", "avgiften"), sp=None, note="rule"),
        G("612 bygglovsansökningar", 612, "count", t=Y25, s=("bygglovsansökningar", "bygglovsansökningar"), sp=None, note="'Under 2025'"),
        G("94 procent", 94, "percent", **L25, s=("ärendena", "ärendena"), sp=None),
        G("4,6 veckor", 4.6, "week", **L25, s=("handläggningstiden", "handläggningstiden"), sp=None, note="'i genomsnitt': no bound"),
    ]
    NEG["r25_a_bygglovstaxa_2026"] = [
        N("1 januari 2026", ctx="taxa för bygglov från [1 januari 2026]", note="heading"), N("9 december 2025"),
        N("1 januari 2026", ctx="med den [1 januari 2026]", note="places the tariff"), N("2026", ctx="för [2026] är", note="places the claim"),
        N("2026", ctx="Avgift [2026], kronor", note="column header"), N("2025", ctx="Avgift [2025], kronor", note="column header"),
        N("2025", ctx="Under [2025] kom", note="places the claim"), N("0511-273 00"), N("9–11", note="time of day"),
        N("Storgatan 14", note="street address"), N("533 80", note="postal code"), N("212000-1582", note="org number"),
        N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. harvest 2026, preliminary (Publicerad 2026-11-26)
    HS, TS = ("Hektarskörd", "Hektarskörd"), ("totalskörd", "totalskörd")
    HR = ("Hektarskörden av höstraps", "Hektarskörden")
    TR = ("Trindsäden", "Trindsäden")
    sc = [("tonne", 1, "ha", Y26, F, F), ("tonne", 1, "ha", Y25, F, F), ("tonne", 1, "ha", ("2021", "2025"), True, F), ("tonne", 1e3, None, Y26, F, F)]
    GOLD["r25_a_skord_2026"] = [
        G("5,62 miljoner ton", 5.62e6, "tonne", t=Y26, direction=INC, s=("Totalskörden av spannmål", "Totalskörden"), sp=None, note="'i år'; 'Det är 11 procent mer än i fjol'"),
        G("11 procent", 11, "percent", **L26, direction=INC, s=None, sp=None),
        G("4 procent", 4, "percent", **L26, s=None, sp=None, note="against the five-year average"),
        G("7,28 ton per hektar", 7.28, "tonne", per="ha", **L26, direction=INC, s=("Höstvetet", "Höstvetet"), sp=None, note="', jämfört med 6,54 ton året innan'"),
        G("6,54 ton", 6.54, "tonne", per="ha", **L25, s=("Höstvetet", "Höstvetet"), sp=None),
        G("2,71 miljoner ton", 2.71e6, "tonne", **L26, s=("höstvete", "höstvete"), sp=None),
        G("4,95 ton per hektar", 4.95, "tonne", per="ha", **L26, s=("Vårkornet", "Vårkornet"), sp=None),
        G("6 procent", 6, "percent", **L26, s=None, sp=None, note="over the five-year average"),
        G("3,82 ton", 3.82, "tonne", per="ha", ctx="till [3,82 ton] från", **L26, direction=INC, s=HR, sp=None),
        G("3,10 ton", 3.10, "tonne", per="ha", **L25, s=HR, sp=None, note="from-value"),
        G("498 000 ton", 498000, "tonne", **L26, s=("totalskörden", "totalskörden"), sp=None),
        *_row(G, "Höstvete", ["7,28", "6,54", "6,81", "2 710"], sc, [HS, HS, HS, TS], note="table: 'Ton/ha 2026' / 'Ton/ha 2025' / 'Totalt 2026, 1 000 ton' explicit, 'femårssnitt' 2021-2025 lenient (the note); columns are measures"),
        *_row(G, "Vårkorn", ["4,95", "4,71", "4,67", "1 420"], sc, [HS, HS, HS, TS]),
        *_row(G, "Havre", ["4,18", "4,40", "4,35", "640"], sc, [HS, HS, HS, TS]),
        *_row(G, "Råg", ["6,02", "5,88", "5,94", "135"], sc, [HS, HS, HS, TS]),
        *_row(G, "Höstraps", ["3,82", "3,10", "3,45", "498"], sc, [HS, HS, HS, TS]),
        G("2,9 ton per hektar", 2.9, "tonne", per="ha", **L26, direction=DEC, s=TR, sp=None, note="', en nedgång med 0,3 ton jämfört med 2025'"),
        G("0,3 ton", 0.3, "tonne", per="ha", t=("2025", "2026"), lenient=True, direction=DEC, s=TR, sp=None),
        G("nästan halverats", 0.5, "ratio", bound="approx", **L26, direction=DEC, optional=True, s=("Arealen med åkerböna", "Arealen"), sp=None, note="multiplier"),
        G("omkring 31 000 hektar", 31000, "ha", bound="approx", **L26, s=("ärterna", "ärterna"), sp=None, note="'i dag'"),
        G("965 000 hektar", 965000, "ha", **L26, direction=DEC, s=("Odlingsarealen för spannmål", "Odlingsarealen"), sp=None, note="', 2 procent mindre än förra året'"),
        G("2 procent", 2, "percent", **L26, direction=DEC, s=None, sp=None),
        G("Knappt var tionde", 0.1, "ratio", bound="approx", **L26, s=("hektar", "hektar"), sp=None),
        G("3 300 lantbrukare", 3300, "count", **L26, s=("lantbrukare", "lantbrukare"), sp=None, note="survey size"),
    ]
    NEG["r25_a_skord_2026"] = [
        N("2026", ctx="Skörden [2026]", note="title"), N("2026-11-26"), N("2026", ctx="Ton/ha [2026]", note="column header"),
        N("2025", ctx="Ton/ha [2025]", note="column header"), N("2026", ctx="Totalt [2026],", note="column header"),
        N("1 000", ctx="2026, [1 000] ton", note="scale in a header"), N("2021–2025", note="names the average's span"),
        N("2025", ctx="jämfört med [2025].", note="places the comparison"), N("mars 2027", note="next release"), N("036-15 52 40"),
    ]

    return GOLD, NEG
