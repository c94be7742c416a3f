"""Round 26, part A (r26_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 26, part A (r26_a_*): eight kinds, written from scratch (r26_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an airline's interim report for
# July-September 2026 (dateline 'Luleå den 22 oktober 2026' at the end; 'Jämförelsesiffror för motsvarande period 2025
# anges inom parentes'; bullets '•' under 'TREDJE KVARTALET' with brackets in passagerare, 'procent' after the bracket,
# kronor and Mkr; 'ökade till', 'steg till', 'blev', 'minskade till', 'uppgick till'; a 'VD HAR ORDET' paragraph ending
# in 'säger vd'; fleet 'varav 4 leasade', an average age in år, punctuality defined by a 15-minute threshold ', mot ...
# samma kvartal förra året', CO2 per passenger-km 'jämfört med tredje kvartalet 2025'; a plain-text table 'NYCKELTAL'
# 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with units in the row labels ('tusen', '%', 'kr',
# 'Mkr')), an alcohol retailer's monthly sales release for October 2026 ('Publicerad 2026-11-05'; miljoner liter
# 'vilket är 2,3 procent mindre än under samma månad i fjol', 'en försäljningsdag färre', 'Hittills i år ... en
# nedgång med', 'backade', 'gick framåt', 'i stort sett oförändrat', 'krympte till ... från', 'svarade för ..., att
# jämföra med ... ett år tidigare'; a plain-text table 'Försäljning per varugrupp, tusen liter' 'Okt 2026' / 'Okt 2025'
# / 'Förändr. %' / 'Jan–okt 2026' / 'Förändr. %'; kronor per besök, kundbesök, card share), a county employment
# office's monthly layoff-notice release for October 2026 ('Publicerad 10 november 2026'; varsel, 'personer', 'vilket
# är 312 fler än i oktober 2025', 'nära dubbelt så många som genomsnittet för oktober de senaste fem åren', 'stod för',
# 'en minskning från 205 ett år tidigare', 'jämfört med ett femårssnitt på 98', 'Under årets första tio månader', a
# threshold 'fler än 50 personer vardera'; a plain-text table 'Okt 2026' / 'Okt 2025' / 'Snitt okt 2021–2025'; a quote
# 'ungefär sex av tio'; registered unemployed and their share), a municipality's home-care follow-up for January-June
# 2026 (Markdown, '*... · Publicerad 19 augusti 2026*'; 'timmar per månad' against 'samma period 2025' and the budget,
# brukare ', 47 fler än ett år tidigare', 'Av dem var 61 procent 85 år eller äldre', 'kronor per timme' 'upp från ...
# under 2025'; a Markdown table by district 'Timmar/mån jan–jun 2026' / 'Timmar/mån jan–jun 2025' / 'Brukare juni
# 2026' / 'Kr per timme 2026'; travel time 'minuter per besök'; a deficit forecast, a total budget, the board's
# assignment 'minska ... med 5 procent till årsskiftet'), an UNDATED opinion piece on fuel taxes (no date, no sidecar;
# 'mer än hälften av literpriset', a pump price broken into tax and VAT, 'kronor per liter', '58 procent av priset vid
# pumpen', Norway, Finland 'öre under', Denmark; an example family '2 500 mil om året', '0,7 liter per mil'; 'höjts tre
# gånger, med sammanlagt'; a survey 'sju av tio', 'Var fjärde'; a numbered list of three demands with 'minst', 'mer än
# 30 kilometer', 'högst'), a broker association's villa-price release for October 2026 dated only by its sidecar
# (2026-11-09; 'under de senaste tre månaderna', 'vilket är 4,6 procent mer än för tolv månader sedan', 'I september
# var tolvmånadersökningen', ', jämfört med ... i samma månad i fjol', 'en ökning på 8,3 procent på ett år'; a
# plain-text table 'Medelpris villor per län, miljoner kronor' 'Okt 2026' / '3 mån, %' / '12 mån, %'; listings 'knappt 6
# procent fler än vid samma tid förra året', final price over asking price, days on market ', mot 34 dagar för ett år
# sedan'; a quote and a forecast range for 'nästa år'; members), a municipality's HTML page on meal prices from 1
# January 2027 (cookie banner, menu, breadcrumb, footer; 'Publicerad 24 november 2026'; 'kronor per portion', 'i dag
# 62 kronor, en höjning med 9,7 procent', ', mot 72 kronor under 2026', 'höjs ... till 4 380 kronor per månad. Det är
# 6,3 procent mer än i år'; an HTML table 'Måltidspriser 2026 och 2027' 'Pris 2026, kr' / 'Pris 2027, kr' / 'Ökning, %'
# whose row labels carry 'per portion' / 'per månad'; food prices 'på två år enligt ...', a subsidy, 'per elev och dag';
# delivery hours 'klockan 10 och 12') and a golf club's annual report for 2025 (dateline 'Ljungmossen den 14 februari
# 2026' at the end; members 'en ökning med 58 jämfört med föregående år', 'juniorer under 21 år', mean age 'sjönk till
# ... från', rounds '6 procent fler än 2024', 'svarade för ... av ronderna, mot ... året innan', 'en ökning med en
# fjärdedel', greenfee on weekdays and weekends, a labelled bracket '(13,2 miljoner kronor 2024)', 'drygt hälften', a
# plain-text table 'Sammanställning' '2025' / '2024' with 'tkr' rows and a negative result; next year's fee 'höjs till
# ... för 2026, från ...').
# The r8-r25 decisions are followed (see the headers of gold_r24_a.py, gold_r25_a.py and gold_r25_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'i år', 'årets första tio
# månader', 'nästa år', 'för ett år sedan') resolves against the publication date and is not lenient; a month, quarter
# or half-year without a year, a heading's, a caption's or the document's period, present tense, 'i dag', 'året
# innan', 'ett år tidigare', 'föregående år', 'sedan årsskiftet' are lenient; brackets take the period their note or
# label names (explicit); a level followed by ', att jämföra med', ', mot', ', jämfört med', ', vilket är X
# mer/fler', ', en ökning/minskning/nedgång på/med', 'Det är X mer' is the new value after a change, from-values have
# no direction; comparisons at one time (against a budget, an average, another country, another district, the asking
# price) have no direction; a comparison with an earlier point takes the current period with a direction;
# multipliers ('nära dubbelt så många') are optional; thresholds, definitions and worked examples are optional,
# forecasts, targets and demands are required; table cells take their column headers' periods, change columns
# without a named span take the current period lenient and their direction from the sign; rows that are categories
# take the caption's or the column's measure as subject, rows that are measures their own label; 'i månaden' / 'per
# månad' per="month", 'per timme' per="hour", 'per liter' per="l", 'per år' / 'om året' per="year", 'per elev och ...'
# per="capita" (r15); 'mil' are 10 km (r16); öre are SEK/100; ratios in words are ratios; 'vilket' / 'Det' / 'varav' /
# elided nouns / pronouns have s None; the payer, the holder and the actor are no subject; 'X svarade för / stod för Y'
# takes X; 'X procent av Y' with X predicated of no other noun takes Y; a CEO paragraph ending in 'säger ...' credits
# every figure in it to the CEO; the op-ed's signatories are no speaker ('Vi föreslår', 'som vi gjort'); the UNDATED
# text has no period on any figure; a publisher's plain reporting is no speaker.
# Where those were silent, decided here:
# - Airline: bullets under 'TREDJE KVARTALET' (no year) are 2026 lenient (the report's title), their brackets 2025
#   explicit (the note 'motsvarande period 2025'). 'ökade till', 'steg till' increase, 'minskade till' decrease;
#   'blev' and 'uppgick till' state no change. 'procent' after '84,7 (81,9)' applies to both. 'Intäkt(en) per
#   passagerare' is per="passenger" (a new denominator, as r14's per="landing"), in the bullet and in the table row.
#   The 'VD HAR ORDET' paragraph ends in 'säger vd Malin Ekstrand': every figure in it is hers (quote): '14 procent
#   fler avgångar ... än i fjol' (2026 lenient, 'Sommaren'; increase: comparison with an earlier point), 'sex nya
#   destinationer' (count, required), 'drygt 9 procent billigare sedan årsskiftet' (decrease, 2026 lenient), 'omkring
#   60 procent av behovet' (hedged share, 2026 lenient, s the Y 'behovet'), the full-year forecast 'kring 6,4
#   miljoner' (approx, 2026 lenient). Fleet: '31 flygplan' and 'varav 4 leasade' (s None: 'varav') 2026 lenient ('Vid
#   periodens utgång'); 'en genomsnittlig ålder på 9,3 år' unit year. The punctuality definition 'inom 15 minuter' is
#   optional (definition of the metric); '88,2 procent ..., mot 85,6 procent samma kvartal förra året': 88,2 increase
#   2026 lenient, 85,6 2025 explicit ('förra året' resolves). CO2 per passenger-km 'minskade med 4 procent jämfört med
#   tredje kvartalet 2025': 2026 lenient, decrease. 'två nya flygplan' is an explanation (optional). Table: rows are
#   measures (own label without the unit); 'tusen' scales by 1 000.
# - Alcohol retail: 'Under oktober' (no year) 2026 lenient; 'Oktober hade i år en försäljningsdag färre än 2025' is a
#   count of one day, optional (it explains the adjustment), 2026 explicit ('i år'), decrease. 'justerat för det
#   minskade volymen med 0,6 procent' s 'volymen'. 'Vin är ... den största varugruppen med 14,9 miljoner liter' s
#   'Vin'; 'Rött vin backade' / 'mousserande vin gick framåt' (decrease / increase) with head 'vin'; 'låg på 11,2
#   miljoner liter, i stort sett oförändrat' no direction. 'Spritvolymen krympte till 1,62 ... från 1,71 miljoner liter
#   i oktober 2025': 1,62 decrease, 1,71 2025 explicit. '6,8 procent av den totala volymen' after 'svarade för' takes X
#   ('Alkoholfria drycker', head 'drycker'). Table: caption 'tusen liter' scales by 1 000; 'Okt 2026' / 'Okt 2025' /
#   'Jan–okt 2026' explicit; both 'Förändr. %' columns 2026 lenient with the sign (the second one is the year-to-date
#   change); rows are product groups: s the caption's 'Försäljning'. 'Kunderna handlade i genomsnitt för 412 kronor per
#   besök' per="visit", s None (the customers are the payer), no bound for 'i genomsnitt'.
# - Layoff notices: 'I oktober' (no year) 2026 lenient. '1 284 personer, vilket är 312 fler än i oktober 2025': 1 284
#   increase, 312 increase (s None, 'vilket'). 'nära dubbelt så många som genomsnittet' is an optional multiplier
#   (unit number 2, approx, no direction: against an average). The five-year average 'för oktober de senaste fem åren,
#   668 personer' and 'ett femårssnitt på 98' take ('2021', '2025') lenient (the span the table header names; the prose
#   names it only relatively); the table column 'Snitt okt 2021–2025' is ('2021', '2025') explicit. '611 personer,
#   eller 48 procent av alla som berördes' after 'stod för' take X ('Tillverkningsindustrin'). '230 anställda' s
#   'anställda'. '142 personer, en minskning från 205 ett år tidigare': 142 decrease, 205 2025 lenient. '176 berörda,
#   jämfört med ett femårssnitt på 98' a comparison with an average: no direction. '8 917 personer' 2026 explicit
#   ('Under årets första tio månader'), increase ('14 procent fler än under januari–oktober i fjol', s None). 'Sedan
#   årsskiftet har 23 arbetsgivare lagt varsel' 2026 lenient; 'fler än 50 personer vardera' is a threshold (optional,
#   more_than). Table: rows are industries (categories): s the caption's 'Personer berörda av varsel' (head
#   'Personer'). The quote's 'Historiskt har ungefär sex av tio som varslas ...' has no period (history), ratio 0.6
#   approx, s None (the Y of 'X av Y' is a clause, not a noun). 'motsvarande 7,9 procent av den registerbaserade
#   arbetskraften' takes the Y ('arbetskraften').
# - Home care: data for January-June 2026 published in August 2026: 'Under första halvåret' 2026 lenient; 'samma
#   period 2025' 2025 explicit; 'under 2025' explicit. '38 650 timmar per månad' (hour, per month) increase (', att
#   jämföra med'); s None: 'hemtjänsten' is the actor that performs the hours (r25's '11 900 timmar'). 'Budgeten för året
#   bygger på 37 500 timmar per månad' s 'Budgeten för året'; 'drygt 3 procent över budget' no direction, s 'volymen'.
#   '1 214 i juni, 47 fler än ett år tidigare': 1 214 increase, 47 increase (s None). 'Av dem var 61 procent 85 år eller
#   äldre': s None (the Y is a pronoun); '85 år' is an age band (N). '512 kronor, upp från 489 kronor under 2025' per
#   hour (carried from 'per utförd timme'). Table: 'Timmar/mån jan–jun 2026' / '... 2025' hour per month explicit, s
#   'Timmar'; 'Brukare juni 2026' count explicit, s 'Brukare'; 'Kr per timme 2026' SEK per hour explicit, s the
#   header as written 'Kr per timme' (head 'Kr': the header names only the unit); rows are districts. '14 minuter per
#   besök, mot 6 minuter i centrum' compares districts (no direction), per="visit", 2026 lenient (present tense); 6
#   minuter s None (elided). The deficit forecast '9,8 miljoner kronor' and 'en total budget på 236 miljoner kronor'
#   2026 lenient ('helåret', 'för året'). 'Nämnden har gett förvaltningen i uppdrag att minska den planerade tiden per
#   brukare med 5 procent till årsskiftet' is a target: required, 2026 lenient, decrease, speaker 'Nämnden' credited.
# - Fuel-tax op-ed (UNDATED): no period on any figure ('i dag', 'Under de senaste sex åren' included). The pump price
#   '17,40 kronor' and its parts '6,60 kronor' / '3,48 kronor' per None (the text writes 'per liter' only at the sum
#   and the comparisons; r16's '40 öre'); the parts take the goal of the money ('koldioxidskatt', 'moms'). 'Sammanlagt
#   blir det 10,08 kronor per liter' s None. 'omkring 1,20 kronor lägre per liter' (Norway), '70 öre under det
#   svenska' (Finland, per None), 'nästan 2 kronor billigare' (Denmark) are comparisons between countries: no
#   direction. The example family's '2 500 mil om året' (25 000 km per year) and '0,7 liter per mil' (0.07 l per km)
#   define the example: optional; its result 'drygt 17 600 kronor om året' is required (per year, s 'skatten på
#   drivmedlet'). '1 100 mil per år' 11 000 km per year, s None (the households are the actor), no bound for 'i snitt'.
#   'har skatten höjts tre gånger' is a count of occasions (unit count 3, no direction: it counts rises, s None);
#   'med sammanlagt 1,15 kronor per liter' increase, s 'skatten'. Demands: '1 krona per liter' (decrease, 'Sänk ...
#   med'), 'minst 3 000 kronor per år' (at_least), 'högst 6 procent' (at_most, 'stanna på': no change) are required;
#   'mer än 30 kilometer' is the eligibility threshold (optional, more_than). List numbers are N.
# - Villa prices (sidecar 2026-11-09): 'i oktober', 'I september' (no year), 'de senaste tre månaderna' and 'på ett
#   år' are 2026 lenient. '3,94 miljoner kronor, vilket är 4,6 procent mer än för tolv månader sedan': both increase,
#   4,6 s None. 'tolvmånadersökningen var 5,1 procent' increase (the noun names a rise). '5 870, jämfört med 5 410 i
#   samma månad i fjol': 5 870 increase, 5 410 2025 explicit. '4,61 miljoner kronor, en ökning på 8,3 procent på ett
#   år' both increase, s 'medelpriset'. Table: 'Okt 2026' explicit, scaled by the caption's 'miljoner kronor'; the
#   change columns '3 mån, %' / '12 mån, %' 2026 lenient with the sign ('3 mån' / '12 mån' name spans: N); rows are
#   counties: s the caption's 'Medelpris villor' (head 'Medelpris') for every column. '14 300 villor ..., knappt 6
#   procent fler än vid samma tid förra året' both increase, 6 s None. 'Slutpriset blev i snitt 3,2 procent högre än
#   utgångspriset' compares two prices at one time: no direction. 'i 29 dagar ..., mot 34 dagar för ett år sedan': 29
#   decrease (s 'en villa', head 'villa'), 34 2025 explicit. The analyst's 'Han räknar med att priserna stiger med 3–5
#   procent under nästa år' is a forecast (range, 2027 explicit, increase) credited to him as the quoted person
#   (quote). 'drygt 4 200 medlemmar' approx, 2026 lenient.
# - Meal prices (HTML, published 2026-11-24): the page's heading 'från 1 januari 2027' makes the new prices 2027
#   lenient; 'i dag 62 kronor' 2026 lenient; ', mot 72 kronor under 2026' 2026 explicit; 'mer än i år' compares with
#   2026 (increase). 'kronor per portion' per="portion". 'Personal och vuxna besökare betalar 68 kronor per portion':
#   s None (the payer), and so the change '9,7 procent'. 'Matdistribution till äldre ... kostar 79 kronor' s
#   'Matdistribution'; 'höjs kostavgiften till 4 380 kronor per månad' s 'kostavgiften'; 'Det är 6,3 procent mer' s
#   None. 'omkring 9 400 portioner' each school day per="day", 2026 lenient (present tense), and '31 kök'. Table
#   (caption 'Måltidspriser 2026 och 2027'): 'Pris 2026, kr' / 'Pris 2027, kr' explicit, 'Ökning, %' 2027 lenient,
#   increase; the row labels carry 'per portion' / 'per månad' (per for the price cells, not for the percent); rows are
#   meals: s the columns' 'Pris'. 'Livsmedelspriserna har stigit med 11 procent på två år enligt kommunens
#   upphandlade grossist': ('2024', '2026') lenient, increase, speaker the wholesaler (enligt). 'subventionerar
#   fortfarande matlådan med ungefär 25 kronor per portion' 2026 lenient, s 'matlådan' (the goal of the money).
#   'kostnaden för en lunch i skolan är i genomsnitt 41 kronor per elev och dag' per="capita" (r15's 'per elev och
#   år'), 2026 lenient. 'välja mellan två rätter' describes the service (optional). 'klockan 10 och 12' is a time of
#   day (N); the decision date '16 november' is N.
# - Golf club (dateline 14 februari 2026, report for 2025): 'vid årets slut', 'Under säsongen' and unmarked figures
#   2025 lenient; 'föregående år', 'året innan' and the from-value of 'sjönk till 51 år från 53 år' 2024 lenient; the
#   bracket '(13,2 miljoner kronor 2024)' 2024 explicit. '1 362 medlemmar, en ökning med 58' both increase, 58 s
#   'medlemmar'. '51 år' / '53 år' unit year (a mean age), s 'Medelåldern'. '31 480 ronder ..., 6 procent fler än 2024':
#   both increase (6 s None). 'Greenfeegästerna svarade för 7 120 av ronderna, mot 6 540 året innan' takes X. '38 500
#   sålda bollhinkar, en ökning med en fjärdedel': both increase, the ratio 0.25 s the same noun. 'stängd i fem dagar'
#   unit day, s 'banan'; 'sex anställda greenkeepers' count; 'omkring 1 900 timmar' s 'medlemmarnas ideella arbete'.
#   'Greenfee på vardagar var 550 kronor och på helger 650 kronor': 650 s None (elided); per None (a green fee is the
#   price of a round; no 'per' written). 'drygt hälften av intäkterna' after 'stod för' takes X
#   ('Medlemsavgifterna'). Table 'Sammanställning': '2025' / '2024' explicit; rows are measures (own label without
#   the unit; 'varav greenfee' head 'greenfee'); 'tkr' scales by 1 000; the result '−186' is a negative value (sign, no
#   direction). 'Årsavgiften ... höjs till 7 400 kronor för 2026, från 6 950 kronor': 7 400 2026 explicit increase,
#   6 950 2025 lenient (the fee in force). The '18' of '18-hålsbanan' and the age band 'under 21 år' are N; the
#   season's dates '12 april' and '2 november' are N.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods and digits,
#   years and dates that only place a claim or a comparison, next-release dates, decision dates, times of day, age
#   bands, spans named in column headers ('3 mån', '12 mån'), list numbering, phone numbers, street addresses, postal
#   codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'tredje
#   kvartalet', 'helåret', 'de senaste tre månaderna', 'tolv månader sedan', 'tolvmånadersökningen', 'de senaste fem
#   åren', 'femårssnitt', 'årets första tio månader', 'första halvåret', 'de senaste sex åren', 'på två år', 'på ett år'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. airline, interim report Jul-Sep 2026 (dateline 22 oktober 2026)
    AP = ("Antalet passagerare", "Antalet")
    KF = ("Kabinfaktorn", "Kabinfaktorn")
    IP = ("Intäkten per passagerare", "Intäkten")
    BK = ("Bränslekostnaden", "Bränslekostnaden")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    ME = ("Malin Ekstrand", "quote")
    PU = ("Punktligheten", "Punktligheten")
    fq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r26_a_flyg_q3"] = [
        G("1 846 000", 1846000, "count", ctx="till [1 846 000] (1 712 000)", **L26, direction=INC, s=AP, sp=None, note="bullets under 'TREDJE KVARTALET' (the report's period, lenient); 'ökade till'"),
        G("1 712 000", 1712000, "count", ctx="1 846 000 ([1 712 000])", t=Y25, s=AP, sp=None, note="bracket: 'motsvarande period 2025'"),
        G("84,7", 84.7, "percent", ctx="till [84,7] (81,9)", **L26, direction=INC, s=KF, sp=None, note="'steg till'; 'procent' after the bracket"),
        G("81,9", 81.9, "percent", ctx="84,7 ([81,9]) procent", t=Y25, s=KF, sp=None),
        G("1 126", 1126, "SEK", per="passenger", ctx="blev [1 126] (1 089)", **L26, s=IP, sp=None, note="'blev': no change stated"),
        G("1 089", 1089, "SEK", per="passenger", ctx="1 126 ([1 089]) kronor", t=Y25, s=IP, sp=None),
        G("412", 412e6, "SEK", ctx="till [412] (455)", **L26, direction=DEC, s=BK, sp=None, note="'minskade till'"),
        G("455", 455e6, "SEK", ctx="412 ([455]) Mkr", t=Y25, s=BK, sp=None),
        G("318", 318e6, "SEK", ctx="till [318] (264)", **L26, s=RR, sp=None, note="'uppgick till'"),
        G("264", 264e6, "SEK", ctx="318 ([264]) Mkr", t=Y25, s=RR, sp=None),
        G("14 procent", 14, "percent", **L26, direction=INC, s=("avgångar på inrikeslinjerna", "avgångar"), sp=ME, note="CEO paragraph ending in 'säger vd'; 'fler ... än i fjol'"),
        G("sex nya destinationer", 6, "count", **L26, s=("nya destinationer", "destinationer"), sp=ME),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=DEC, s=("Flygbränslet", "Flygbränslet"), sp=ME, note="'billigare sedan årsskiftet'"),
        G("omkring 60 procent", 60, "percent", bound="approx", **L26, s=("behovet", "behovet"), sp=ME, note="'X procent av Y'"),
        G("kring 6,4 miljoner", 6.4e6, "count", bound="approx", **L26, s=("antalet resenärer", "antalet"), sp=ME, note="forecast for 'helåret'"),
        G("31 flygplan", 31, "count", **L26, s=("flygplan", "flygplan"), sp=None, note="'Vid periodens utgång'"),
        G("4 leasade", 4, "count", **L26, s=None, sp=None, note="'varav'"),
        G("9,3 år", 9.3, "year", **L26, s=("en genomsnittlig ålder", "ålder"), sp=None),
        G("15 minuter", 15, "minute", optional=True, s=None, sp=None, note="defines the punctuality metric"),
        G("88,2 procent", 88.2, "percent", **L26, direction=INC, s=PU, sp=None, note="', mot ... samma kvartal förra året'"),
        G("85,6 procent", 85.6, "percent", t=Y25, s=PU, sp=None, note="'förra året' resolves"),
        G("2 140", 2140, "count", ctx="uppgick till [2 140].", **L26, s=("Antalet årsarbetare", "Antalet"), sp=None),
        G("4 procent", 4, "percent", ctx="med [4 procent] jämfört", **L26, direction=DEC, s=("Koldioxidutsläppen per passagerarkilometer", "Koldioxidutsläppen"), sp=None, note="'jämfört med tredje kvartalet 2025'"),
        G("två nya flygplan", 2, "count", optional=True, **L26, s=("nya flygplan", "flygplan"), sp=None, note="explanation"),
        *_row(G, "Passagerare, tusen", ["1 846", "1 712", "4 918", "4 655"], fq("count", 1e3), ("Passagerare", "Passagerare"), note="table 'NYCKELTAL': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Kabinfaktor, %", ["84,7", "81,9", "80,3", "78,8"], fq("percent", 1), ("Kabinfaktor", "Kabinfaktor")),
        *_row(G, "Intäkt per passagerare, kr", ["1 126", "1 089", "1 071", "1 044"], fq("SEK", 1, "passenger"), ("Intäkt per passagerare", "Intäkt")),
        *_row(G, "Bränslekostnad, Mkr", ["412", "455", "1 187", "1 263"], fq("SEK", 1e6), ("Bränslekostnad", "Bränslekostnad")),
    ]
    NEG["r26_a_flyg_q3"] = [
        N("juli–september 2026", note="title"), N("2025", ctx="period [2025] anges", note="the brackets' note"),
        N("2025", ctx="kvartalet [2025],", note="places the comparison"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("22 oktober 2026", note="dateline"), N("556812-4470", note="org number"), N("0920-48 31 00"),
        N("11 februari 2027", note="next report"),
    ]

    # ------------------------------------------------------------ 2. alcohol retail sales, October 2026 (Publicerad 2026-11-05)
    FO = ("Försäljning", "Försäljning")
    FS = ("försäljningen", "försäljningen")
    SV = ("Spritvolymen", "Spritvolymen")
    AD = ("Alkoholfria drycker", "drycker")
    dc = [("l", 1e3, None, Y26, F, F), ("l", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("l", 1e3, None, Y26, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r26_a_dryckesforsaljning_okt"] = [
        G("31,4 miljoner liter", 31.4e6, "l", **L26, direction=DEC, s=("dryck", "dryck"), sp=None, note="'Under oktober' (no year); ', vilket är ... mindre än under samma månad i fjol'"),
        G("2,3 procent", 2.3, "percent", ctx="vilket är [2,3 procent]", **L26, direction=DEC, s=None, sp=None),
        G("en försäljningsdag", 1, "count", t=Y26, direction=DEC, optional=True, s=("försäljningsdag", "försäljningsdag"), sp=None, note="'i år ... färre än 2025': explains the adjustment"),
        G("0,6 procent", 0.6, "percent", **L26, direction=DEC, s=("volymen", "volymen"), sp=None),
        G("298,7 miljoner liter", 298.7e6, "l", t=Y26, direction=DEC, s=FS, sp=None, note="'Hittills i år'; ', en nedgång med'"),
        G("1,4 procent", 1.4, "percent", ctx="nedgång med [1,4 procent]", t=Y26, direction=DEC, s=FS, sp=None),
        G("14,9 miljoner liter", 14.9e6, "l", **L26, s=("Vin", "Vin"), sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction=DEC, s=("Rött vin", "vin"), sp=None, note="'backade'"),
        G("3,1 procent", 3.1, "percent", ctx="framåt med [3,1 procent]", **L26, direction=INC, s=("mousserande vin", "vin"), sp=None, note="'gick framåt'"),
        G("11,2 miljoner liter", 11.2e6, "l", **L26, s=("Försäljningen av starköl", "Försäljningen"), sp=None, note="'i stort sett oförändrat': no direction"),
        G("1,62 miljoner liter", 1.62e6, "l", **L26, direction=DEC, s=SV, sp=None, note="'krympte till ... från'"),
        G("1,71 miljoner liter", 1.71e6, "l", t=Y25, s=SV, sp=None, note="'i oktober 2025'"),
        G("6,8 procent", 6.8, "percent", **L26, direction=INC, s=AD, sp=None, note="'svarade för' takes X; ', att jämföra med ... ett år tidigare'"),
        G("6,2 procent", 6.2, "percent", **L25, s=AD, sp=None, note="'ett år tidigare'"),
        *_row(G, "Vin", ["14 920", "15 560", "−4,1", "141 360", "−2,2"], dc, FO, note="table 'Försäljning per varugrupp, tusen liter': 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' explicit; both change columns 2026 lenient with the sign; rows are product groups"),
        *_row(G, "Starköl", ["11 210", "11 190", "+0,2", "108 540", "−0,5"], dc, FO),
        *_row(G, "Sprit", ["1 620", "1 710", "−5,3", "14 870", "−3,1"], dc, FO),
        *_row(G, "Cider och blanddryck", ["1 510", "1 680", "−10,1", "18 220", "−1,8"], dc, FO),
        *_row(G, "Alkoholfritt", ["2 140", "2 000", "+7,0", "15 710", "+9,4"], dc, FO),
        *_row(G, "Totalt", ["31 400", "32 140", "−2,3", "298 700", "−1,4"], dc, FO),
        G("412 kronor", 412, "SEK", per="visit", **L26, s=None, sp=None, note="the customers are the payer; 'i genomsnitt': no bound"),
        G("8,7 miljoner", 8.7e6, "count", ctx="var [8,7 miljoner]", **L26, s=("antalet kundbesök", "antalet"), sp=None),
        G("97 procent", 97, "percent", **L26, s=("Andelen köp som betalades med kort", "Andelen"), sp=None),
    ]
    NEG["r26_a_dryckesforsaljning_okt"] = [
        N("oktober 2026", note="title"), N("2026-11-05"), N("2025", ctx="färre än [2025]", note="places the comparison"),
        N("oktober 2025", note="places the claim"), N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("Jan–okt 2026", note="column header"), N("4 december 2026", note="next release"), N("08-503 112 40"),
    ]

    # ------------------------------------------------------------ 3. layoff notices, October 2026 (Publicerad 10 november 2026)
    PE = ("personer", "personer")
    TI = ("Tillverkningsindustrin", "Tillverkningsindustrin")
    PB = ("Personer berörda av varsel", "Personer")
    FA = ("2021", "2025")
    vc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, FA, F, F)]
    GOLD["r26_a_varsel_oktober"] = [
        G("47 varsel", 47, "count", **L26, s=("varsel om uppsägning", "varsel"), sp=None, note="'I oktober' (no year)"),
        G("1 284 personer", 1284, "count", **L26, direction=INC, s=PE, sp=None, note="', vilket är 312 fler än i oktober 2025'"),
        G("312", 312, "count", ctx="vilket är [312] fler", **L26, direction=INC, s=None, sp=None),
        G("nära dubbelt så många", 2, "number", bound="approx", **L26, optional=True, s=None, sp=None, note="multiplier against an average: no direction"),
        G("668 personer", 668, "count", t=FA, lenient=True, s=("genomsnittet för oktober de senaste fem åren", "genomsnittet"), sp=None, note="five-year average (2021-2025, named by the table header)"),
        G("611 personer", 611, "count", **L26, s=TI, sp=None, note="'stod för' takes X"),
        G("48 procent", 48, "percent", **L26, s=TI, sp=None),
        G("230 anställda", 230, "count", **L26, s=("anställda", "anställda"), sp=None),
        G("142 personer", 142, "count", **L26, direction=DEC, s=PE, sp=None, note="', en minskning från 205 ett år tidigare'"),
        G("205", 205, "count", ctx="från [205] ett", **L25, s=PE, sp=None, note="from-value 'ett år tidigare'"),
        G("176 berörda", 176, "count", **L26, s=("berörda", "berörda"), sp=None, note="against the five-year average: no direction"),
        G("98", 98, "count", ctx="femårssnitt på [98].", t=FA, lenient=True, s=("ett femårssnitt", "femårssnitt"), sp=None),
        G("8 917 personer", 8917, "count", t=Y26, direction=INC, s=PE, sp=None, note="'Under årets första tio månader'"),
        G("14 procent", 14, "percent", t=Y26, direction=INC, s=None, sp=None, note="'fler än under januari–oktober i fjol'"),
        G("23 arbetsgivare", 23, "count", **L26, s=("arbetsgivare", "arbetsgivare"), sp=None, note="'Sedan årsskiftet'"),
        G("fler än 50 personer", 50, "count", bound="more_than", optional=True, s=PE, sp=None, note="threshold"),
        *_row(G, "Tillverkning", ["611", "402", "287"], vc, PB, note="table: 'Okt 2026' / 'Okt 2025' / 'Snitt okt 2021–2025' explicit; rows are industries: the caption's measure"),
        *_row(G, "Bygg", ["176", "121", "98"], vc, PB),
        *_row(G, "Handel", ["142", "205", "104"], vc, PB),
        *_row(G, "Transport", ["97", "84", "63"], vc, PB),
        *_row(G, "Information och komm.", ["71", "38", "41"], vc, PB),
        *_row(G, "Övriga", ["187", "122", "75"], vc, PB),
        *_row(G, "Samtliga", ["1 284", "972", "668"], vc, PB),
        G("ungefär sex av tio", 0.6, "ratio", bound="approx", s=None, sp=("Petra Lindqvist", "quote"), note="'Historiskt': no period"),
        G("11 430", 11430, "count", **L26, s=("Antalet inskrivna arbetslösa i länet", "Antalet"), sp=None, note="'i slutet av oktober'"),
        G("7,9 procent", 7.9, "percent", **L26, s=("den registerbaserade arbetskraften", "arbetskraften"), sp=None, note="'X procent av Y'"),
    ]
    NEG["r26_a_varsel_oktober"] = [
        N("oktober 2026", note="title"), N("10 november 2026"), N("oktober 2025", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("okt 2021–2025", note="column header"),
        N("0650-37 90 14"), N("9 december 2026", note="next release"),
    ]

    # ------------------------------------------------------------ 4. home care Jan-Jun 2026 (Markdown, Publicerad 19 augusti 2026)
    BR = ("Antalet brukare med beviljad hemtjänst", "Antalet")
    KT = ("Den genomsnittliga kostnaden per utförd timme", "kostnaden")
    TM, BU, KR = ("Timmar", "Timmar"), ("Brukare", "Brukare"), ("Kr per timme", "Kr")
    hc = [("hour", 1, "month", Y26, F, F), ("hour", 1, "month", Y25, F, F), ("count", 1, None, Y26, F, F), ("SEK", 1, "hour", Y26, F, F)]
    GOLD["r26_a_hemtjanst_halvar"] = [
        G("38 650 timmar", 38650, "hour", per="month", **L26, direction=INC, s=None, sp=None, note="'Under första halvåret' (no year); ', att jämföra med ... samma period 2025'; hemtjänsten is the actor"),
        G("36 900 timmar", 36900, "hour", per="month", t=Y25, s=None, sp=None, note="'samma period 2025'"),
        G("37 500 timmar", 37500, "hour", per="month", **L26, s=("Budgeten för året", "Budgeten"), sp=None),
        G("drygt 3 procent", 3, "percent", bound="approx", **L26, s=("volymen", "volymen"), sp=None, note="against the budget: no direction"),
        G("1 214", 1214, "count", ctx="var [1 214] i juni", **L26, direction=INC, s=BR, sp=None, note="', 47 fler än ett år tidigare'"),
        G("47", 47, "count", ctx="[47] fler", **L26, direction=INC, s=None, sp=None),
        G("61 procent", 61, "percent", **L26, s=None, sp=None, note="'Av dem': the Y is a pronoun"),
        G("512 kronor", 512, "SEK", per="hour", **L26, direction=INC, s=KT, sp=None, note="'upp från ... under 2025'"),
        G("489 kronor", 489, "SEK", per="hour", t=Y25, s=KT, sp=None),
        G("498 kronor per timme", 498, "SEK", per="hour", **L26, s=("Budgeterad kostnad", "kostnad"), sp=None),
        *_row(G, "Centrum", ["11 240", "10 870", "352", "496"], hc, [TM, TM, BU, KR], sep=" | ", note="Markdown table: every column header names its period (explicit); rows are districts"),
        *_row(G, "Norra", ["9 870", "9 410", "318", "505"], hc, [TM, TM, BU, KR], sep=" | "),
        *_row(G, "Söder", ["8 930", "8 520", "279", "509"], hc, [TM, TM, BU, KR], sep=" | "),
        *_row(G, "Landsbygd", ["8 610", "8 100", "265", "541"], hc, [TM, TM, BU, KR], sep=" | "),
        *_row(G, "Totalt", ["38 650", "36 900", "1 214", "512"], hc, [TM, TM, BU, KR], sep=" | "),
        G("14 minuter", 14, "minute", per="visit", **L26, s=("restiden mellan besöken", "restiden"), sp=None, note="'i snitt': no bound; comparison between districts"),
        G("6 minuter", 6, "minute", per="visit", **L26, s=None, sp=None, note="elided"),
        G("9,8 miljoner kronor", 9.8e6, "SEK", **L26, s=("ett underskott", "underskott"), sp=None, note="forecast for 'helåret'"),
        G("236 miljoner kronor", 236e6, "SEK", **L26, s=("en total budget", "budget"), sp=None),
        G("5 procent", 5, "percent", **L26, direction=DEC, s=("den planerade tiden per brukare", "tiden"), sp=("Nämnden", "credited"), note="target 'till årsskiftet'"),
    ]
    NEG["r26_a_hemtjanst_halvar"] = [
        N("januari–juni 2026", note="title"), N("19 augusti 2026"), N("2025", ctx="period [2025].", note="places the comparison"),
        N("85 år", note="age band"), N("2025", ctx="under [2025].", note="places the claim"),
        N("jan–jun 2026", note="column header"), N("jan–jun 2025", note="column header"),
        N("juni 2026", ctx="Brukare [juni 2026]", note="column header"), N("2026", ctx="timme [2026] |", note="column header"),
        N("0480-45 22 10"),
    ]

    # ------------------------------------------------------------ 5. UNDATED opinion piece on fuel taxes (no period on any figure)
    SK = ("skatten", "skatten")
    GOLD["r26_a_debatt_drivmedelsskatt"] = [
        G("mer än hälften", 0.5, "ratio", bound="more_than", s=("literpriset", "literpriset"), sp=None, note="undated: no period; 'X av Y'"),
        G("17,40 kronor", 17.40, "SEK", s=("ett pumppris", "pumppris"), sp=None, note="no 'per liter' written"),
        G("6,60 kronor", 6.60, "SEK", s=("energi- och koldioxidskatt", "koldioxidskatt"), sp=None, note="the goal of the money"),
        G("3,48 kronor", 3.48, "SEK", s=("moms", "moms"), sp=None),
        G("10,08 kronor per liter", 10.08, "SEK", per="l", s=None, sp=None, note="'Sammanlagt blir det'"),
        G("58 procent", 58, "percent", s=("priset vid pumpen", "priset"), sp=None),
        G("omkring 1,20 kronor", 1.20, "SEK", bound="approx", per="l", s=("skatten på bensin", "skatten"), sp=None, note="Norway: comparison between countries"),
        G("70 öre", 0.70, "SEK", s=("pumppriset", "pumppriset"), sp=None, note="Finland; 'i genomsnitt': no bound"),
        G("nästan 2 kronor", 2, "SEK", bound="approx", s=("dieseln", "dieseln"), sp=None, note="Denmark"),
        G("2 500 mil", 25000, "km", per="year", optional=True, s=None, sp=None, note="defines the example family; mil = 10 km"),
        G("0,7 liter per mil", 0.07, "l", per="km", optional=True, s=None, sp=None, note="defines the example car"),
        G("drygt 17 600 kronor", 17600, "SEK", bound="approx", per="year", s=("skatten på drivmedlet", "skatten"), sp=None),
        G("1 100 mil", 11000, "km", per="year", s=None, sp=None, note="the households are the actor; 'i snitt': no bound"),
        G("tre gånger", 3, "count", s=None, sp=None, note="count of rises"),
        G("1,15 kronor per liter", 1.15, "SEK", per="l", direction=INC, s=SK, sp=None, note="'höjts ... med sammanlagt'"),
        G("1 800 medlemmar", 1800, "count", s=("medlemmar", "medlemmar"), sp=None, note="survey size; 'som vi gjort': no speaker"),
        G("sju av tio", 0.7, "ratio", s=None, sp=None),
        G("Var fjärde", 0.25, "ratio", s=None, sp=None),
        G("1 krona per liter", 1, "SEK", per="l", direction=DEC, s=("energiskatten på bensin och diesel", "energiskatten"), sp=None, note="demand 'Sänk ... med'"),
        G("minst 3 000 kronor per år", 3000, "SEK", bound="at_least", per="year", s=("ett landsbygdsavdrag", "landsbygdsavdrag"), sp=None, note="demand"),
        G("30 kilometer", 30, "km", bound="more_than", optional=True, s=None, sp=None, note="eligibility threshold"),
        G("högst 6 procent", 6, "percent", bound="at_most", s=("reduktionsplikten", "reduktionsplikten"), sp=None, note="demand; 'stanna på': no change"),
    ]
    NEG["r26_a_debatt_drivmedelsskatt"] = [
        N("1", ctx="[1]. Sänk", note="list numbering"), N("2", ctx="[2]. Inför", note="list numbering"),
        N("3", ctx="[3]. Låt", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. villa prices, October 2026 (sidecar 2026-11-09)
    MP = ("Medelpris villor", "Medelpris")
    AV = ("Antalet sålda villor", "Antalet")
    MD = ("medelpriset", "medelpriset")
    EV = ("en villa", "villa")
    pc = [("SEK", 1e6, None, Y26, F, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True)]
    GOLD["r26_a_villapriser_okt"] = [
        G("1,2 procent", 1.2, "percent", ctx="steg med [1,2 procent]", **L26, direction=INC, s=("Villapriserna i riket", "Villapriserna"), sp=None, note="'under de senaste tre månaderna'"),
        G("3,94 miljoner kronor", 3.94e6, "SEK", **L26, direction=INC, s=("Ett genomsnittligt småhus", "småhus"), sp=None, note="'i oktober' (no year); ', vilket är ... mer än för tolv månader sedan'"),
        G("4,6 procent", 4.6, "percent", ctx="vilket är [4,6 procent]", **L26, direction=INC, s=None, sp=None),
        G("5,1 procent", 5.1, "percent", **L26, direction=INC, s=("tolvmånadersökningen", "tolvmånadersökningen"), sp=None, note="'I september' (no year)"),
        G("5 870", 5870, "count", **L26, direction=INC, s=AV, sp=None, note="', jämfört med ... i samma månad i fjol'"),
        G("5 410", 5410, "count", t=Y25, s=AV, sp=None, note="'i fjol' resolves"),
        G("4,61 miljoner kronor", 4.61e6, "SEK", **L26, direction=INC, s=MD, sp=None, note="', en ökning på 8,3 procent på ett år'"),
        G("8,3 procent", 8.3, "percent", ctx="ökning på [8,3 procent]", **L26, direction=INC, s=MD, sp=None),
        G("2,4 procent", 2.4, "percent", ctx="med [2,4 procent] under", **L26, direction=DEC, s=("priserna", "priserna"), sp=None),
        *_row(G, "Stockholms län", ["7,12", "+0,8", "+3,9"], pc, MP, note="table 'Medelpris villor per län, miljoner kronor': 'Okt 2026' explicit; '3 mån, %' / '12 mån, %' 2026 lenient with the sign; rows are counties"),
        *_row(G, "Uppsala län", ["4,61", "+2,1", "+8,3"], pc, MP),
        *_row(G, "Skåne län", ["3,58", "+1,5", "+5,2"], pc, MP),
        *_row(G, "Västra Götalands län", ["4,02", "+1,0", "+4,4"], pc, MP),
        *_row(G, "Östergötlands län", ["3,21", "+1,9", "+6,0"], pc, MP),
        *_row(G, "Jämtlands län", ["2,14", "−0,7", "+1,1"], pc, MP),
        *_row(G, "Norrbottens län", ["1,87", "−1,6", "−2,4"], pc, MP),
        *_row(G, "Riket", ["3,94", "+1,2", "+4,6"], pc, MP),
        G("14 300 villor", 14300, "count", **L26, direction=INC, s=("villor", "villor"), sp=None, note="'I slutet av oktober'; ', knappt 6 procent fler än vid samma tid förra året'"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=None, sp=None),
        G("3,2 procent", 3.2, "percent", **L26, s=("Slutpriset", "Slutpriset"), sp=None, note="against the asking price: no direction; 'i snitt': no bound"),
        G("29 dagar", 29, "day", **L26, direction=DEC, s=EV, sp=None, note="', mot 34 dagar för ett år sedan'"),
        G("34 dagar", 34, "day", t=Y25, s=EV, sp=None, note="'för ett år sedan' resolves"),
        G("3–5 procent", None, "percent", low=3, high=5, t=Y27, direction=INC, s=("priserna", "priserna"), sp=("Lars Wennerholm", "quote"), note="forecast 'under nästa år'"),
        G("drygt 4 200 medlemmar", 4200, "count", bound="approx", **L26, s=("medlemmar", "medlemmar"), sp=None),
    ]
    NEG["r26_a_villapriser_okt"] = [
        N("oktober 2026", note="title"), N("Okt 2026", note="column header"),
        N("3 mån", note="column header: a span"), N("12 mån", note="column header: a span"),
    ]

    # ------------------------------------------------------------ 7. meal prices from 1 January 2027 (HTML, Publicerad 24 november 2026)
    MA = ("Matdistribution till äldre i ordinärt boende", "Matdistribution")
    KA = ("kostavgiften", "kostavgiften")
    PR = ("Pris", "Pris")
    mc = lambda per: [("SEK", 1, per, Y26, F, F), ("SEK", 1, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r26_a_maltidspriser_2027"] = [
        G("omkring 9 400 portioner", 9400, "count", bound="approx", per="day", **L26, s=("portioner", "portioner"), sp=None, note="'varje skoldag'; present tense"),
        G("31 kök", 31, "count", **L26, s=("kök", "kök"), sp=None),
        G("68 kronor per portion", 68, "SEK", per="portion", **L27, direction=INC, s=None, sp=None, note="the page's heading 'från 1 januari 2027' (lenient); the payer is no subject"),
        G("62 kronor", 62, "SEK", per="portion", ctx="i dag [62 kronor]", **L26, s=None, sp=None, note="'i dag'"),
        G("9,7 procent", 9.7, "percent", ctx="höjning med [9,7 procent]", **L27, direction=INC, s=None, sp=None),
        G("79 kronor per portion", 79, "SEK", per="portion", **L27, direction=INC, s=MA, sp=None, note="', mot 72 kronor under 2026'"),
        G("72 kronor", 72, "SEK", per="portion", ctx="mot [72 kronor] under", t=Y26, s=MA, sp=None),
        G("4 380 kronor per månad", 4380, "SEK", per="month", **L27, direction=INC, s=KA, sp=None, note="'höjs ... till'"),
        G("6,3 procent", 6.3, "percent", ctx="Det är [6,3 procent]", **L27, direction=INC, s=None, sp=None, note="'Det är ... mer än i år'"),
        *_row(G, "Lunch för vuxen i skolrestaurang, per portion", ["62", "68", "9,7"], mc("portion"), PR, note="HTML table 'Måltidspriser 2026 och 2027': 'Pris 2026, kr' / 'Pris 2027, kr' explicit, 'Ökning, %' 2027 lenient; per from the row label"),
        *_row(G, "Matlåda med hemleverans, per portion", ["72", "79", "9,7"], mc("portion"), PR),
        *_row(G, "Kostavgift på särskilt boende, per månad", ["4 120", "4 380", "6,3"], mc("month"), PR),
        *_row(G, "Mellanmål på fritidshem, per månad", ["240", "260", "8,3"], mc("month"), PR),
        G("11 procent", 11, "percent", t=("2024", "2026"), lenient=True, direction=INC, s=("Livsmedelspriserna", "Livsmedelspriserna"), sp=("kommunens upphandlade grossist", "enligt"), note="'på två år'"),
        G("ungefär 25 kronor per portion", 25, "SEK", bound="approx", per="portion", **L26, s=("matlådan", "matlådan"), sp=None, note="the goal of the subsidy"),
        G("41 kronor", 41, "SEK", per="capita", **L26, s=("kostnaden för en lunch i skolan", "kostnaden"), sp=None, note="'per elev och dag' (r15: per capita); 'i genomsnitt': no bound"),
        G("två rätter", 2, "count", optional=True, s=("rätter", "rätter"), sp=None, note="describes the service"),
    ]
    NEG["r26_a_maltidspriser_2027"] = [
        N("1 januari 2027", ctx="måltider från [1 januari 2027]", note="heading"), N("24 november 2026"),
        N("16 november", note="decision date"), N("1 januari 2027", ctx="från den [1 januari 2027]", note="places the prices"),
        N("2026", ctx="under [2026].", note="places the claim"),
        N("2026", ctx="Måltidspriser [2026] och", note="caption"), N("2027", ctx="2026 och [2027]", note="caption"),
        N("2026", ctx="Pris [2026], kr", note="column header"), N("2027", ctx="Pris [2027], kr", note="column header"),
        N("10 och 12", note="time of day"), N("Storgatan 14", note="street address"), N("684 80", note="postal code"),
        N("0563-18 000"), N("212000-1744", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. golf club annual report 2025 (dateline 14 februari 2026)
    ME2 = ("medlemmar", "medlemmar")
    MÅ = ("Medelåldern", "Medelåldern")
    GG = ("Greenfeegästerna", "Greenfeegästerna")
    BH = ("sålda bollhinkar", "bollhinkar")
    IG = ("Intäkterna från greenfee", "Intäkterna")
    OM = ("Omsättningen", "Omsättningen")
    MF = ("Medlemsavgifterna", "Medlemsavgifterna")
    ÅA = ("Årsavgiften för seniormedlemmar", "Årsavgiften")
    gc = lambda u, sc: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F)]
    GOLD["r26_a_golfklubb_2025"] = [
        G("1 362 medlemmar", 1362, "count", **L25, direction=INC, s=ME2, sp=None, note="'vid årets slut' (the report's year, lenient); ', en ökning med 58 jämfört med föregående år'"),
        G("58", 58, "count", ctx="ökning med [58] jämfört", **L25, direction=INC, s=ME2, sp=None),
        G("214 juniorer", 214, "count", **L25, s=("juniorer", "juniorer"), sp=None),
        G("1 005 fullvärdiga seniormedlemmar", 1005, "count", **L25, s=("fullvärdiga seniormedlemmar", "seniormedlemmar"), sp=None),
        G("51 år", 51, "year", **L25, direction=DEC, s=MÅ, sp=None, note="'sjönk till ... från'"),
        G("53 år", 53, "year", **L24, s=MÅ, sp=None, note="from-value"),
        G("31 480 ronder", 31480, "count", **L25, direction=INC, s=("ronder", "ronder"), sp=None, note="'Under säsongen'; ', 6 procent fler än 2024'"),
        G("6 procent", 6, "percent", **L25, direction=INC, s=None, sp=None),
        G("7 120", 7120, "count", ctx="svarade för [7 120] av", **L25, direction=INC, s=GG, sp=None, note="'svarade för' takes X; ', mot ... året innan'"),
        G("6 540", 6540, "count", ctx="mot [6 540] året", **L24, s=GG, sp=None, note="'året innan'"),
        G("38 500 sålda bollhinkar", 38500, "count", **L25, direction=INC, s=BH, sp=None, note="', en ökning med en fjärdedel'"),
        G("en fjärdedel", 0.25, "ratio", **L25, direction=INC, s=BH, sp=None),
        G("fem dagar", 5, "day", **L25, s=("banan", "banan"), sp=None),
        G("sex anställda greenkeepers", 6, "count", **L25, s=("anställda greenkeepers", "greenkeepers"), sp=None),
        G("omkring 1 900 timmar", 1900, "hour", bound="approx", **L25, s=("medlemmarnas ideella arbete", "arbete"), sp=None),
        G("550 kronor", 550, "SEK", **L25, s=("Greenfee på vardagar", "Greenfee"), sp=None),
        G("650 kronor", 650, "SEK", **L25, s=None, sp=None, note="elided ('på helger')"),
        G("11 procent", 11, "percent", **L25, direction=INC, s=IG, sp=None),
        G("3,48 miljoner kronor", 3.48e6, "SEK", **L25, direction=INC, s=IG, sp=None, note="'ökade med ... till'"),
        G("14,6 miljoner kronor", 14.6e6, "SEK", **L25, s=OM, sp=None, note="'uppgick till'"),
        G("13,2 miljoner kronor", 13.2e6, "SEK", t=Y24, s=OM, sp=None, note="labelled bracket '2024'"),
        G("8,1 miljoner kronor", 8.1e6, "SEK", **L25, s=MF, sp=None),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L25, s=MF, sp=None, note="'stod för' takes X"),
        G("412 000 kronor", 412000, "SEK", **L25, s=("ett överskott", "överskott"), sp=None),
        G("1,9 miljoner kronor", 1.9e6, "SEK", **L25, s=("avskrivningar", "avskrivningar"), sp=None),
        G("2,3 miljoner kronor", 2.3e6, "SEK", **L25, s=("en ny bevattningsanläggning", "bevattningsanläggning"), sp=None, note="the goal of the money"),
        *_row(G, "Medlemmar", ["1 362", "1 304"], gc("count", 1), ("Medlemmar", "Medlemmar"), note="table 'Sammanställning': '2025' / '2024' explicit; rows are measures"),
        *_row(G, "Spelade ronder", ["31 480", "29 700"], gc("count", 1), ("Spelade ronder", "ronder")),
        *_row(G, "varav greenfee", ["7 120", "6 540"], gc("count", 1), ("varav greenfee", "greenfee")),
        *_row(G, "Omsättning, tkr", ["14 612", "13 218"], gc("SEK", 1e3), ("Omsättning", "Omsättning")),
        *_row(G, "Resultat, tkr", ["412", "−186"], gc("SEK", 1e3), ("Resultat", "Resultat")),
        G("7 400 kronor", 7400, "SEK", t=Y26, direction=INC, s=ÅA, sp=None, note="'höjs till ... för 2026, från'"),
        G("6 950 kronor", 6950, "SEK", **L25, s=ÅA, sp=None, note="from-value: the fee in force"),
    ]
    NEG["r26_a_golfklubb_2025"] = [
        N("2025", ctx="Verksamhetsberättelse för [2025]", note="title"), N("873201-5566", note="org number"),
        N("2025", ctx="räkenskapsåret [2025]", note="names the report's year"), N("21 år", note="age band"),
        N("12 april", note="date"), N("2 november", note="date"), N("18", ctx="på [18]-hålsbanan", note="part of a name"),
        N("2024", ctx="fler än [2024]", note="places the comparison"), N("2024", ctx="kronor [2024])", note="the bracket's label"),
        N("2025", ctx="Sammanställning [2025]", note="column header"), N("2024", ctx="2025 [2024] Medlemmar", note="column header"),
        N("2026", ctx="kronor för [2026]", note="places the claim"), N("14 februari 2026", note="dateline"),
    ]

    return GOLD, NEG
