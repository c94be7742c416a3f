"""Round 24, part A (r24_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 24, part A (r24_a_*): eight kinds, written from scratch (r24_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an energy company's interim report for
# January-June 2026 (dateline 'Sundsvall den 16 juli 2026' at the end; 'Siffror inom parentes avser motsvarande period
# föregående år'; dash bullets under 'ANDRA KVARTALET 2026' with bracketed prior figures in TWh, öre/kWh and Mkr,
# 'försvagades till', 'kronor per aktie'; a 'VD HAR ORDET' paragraph ending in 'säger vd'; 'FÖRSTA HALVÅRET' with
# brackets, 'gick tillbaka till', skuldsättningsgrad, 'elva fler än vid årsskiftet', a forecast range 'mellan 16 och 17
# TWh'; a plain-text table 'NYCKELTAL' 'Kv 2 2026' / 'Kv 2 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' whose rows carry
# their units), a statistics agency's monthly labour-force survey for September 2026 ('Publicerad 2026-10-21 kl.
# 08.00'; säsongsrensad arbetslöshet 'en nedgång från 8,4 procent i augusti', 'Jämfört med september förra året ...
# 0,6 procentenheter lägre', sysselsatta 'Det är 47 000 fler än för ett år sedan', sysselsättningsgrad, 'varav',
# 'omkring en tredjedel', long-term unemployed 'en minskning med 9 000 jämfört med september 2025', youth
# unemployment 'på tolv månader', hours worked 'per vecka', arbetskraftstal, foreign-born; a plain-text table by age
# group 'Sep 2026' / 'Sep 2025' / 'Förändring, p.e.' under 'Tabell 2. Arbetslöshet efter ålder, september, procent'), a
# region's cancer-care lead-time report for 2025 (Markdown, '*Region Österlanda · Cancercentrum · Publicerad 11 mars
# 2026*'; SVF patients 'nästan 400 fler än året innan', 'en förbättring med fyra procentenheter från 2024', the national
# target 'minst 80 procent', 'halkade efter: där sjönk andelen från 41 till 34 procent', a median in dagar against a
# target; a Markdown table by diagnosis 'Antal förlopp 2025' / 'Inom ledtid 2025, %' / 'Inom ledtid 2024, %' /
# 'Förändring, p.e.' with its caption below; a quote with a target for 2026; pathology 'två dagar längre än 2024'), a
# fire and rescue service's annual statistics 2025 ('Publicerad 2026-02-09'; larm 'Det är 146 färre än året
# dessförinnan men 7 procent fler än genomsnittet för de senaste tio åren', 'larm per år', bostadsbränder 'minskade till
# 118 från 131', 'Tiovårsgenomsnittet', 'Tre personer ... jämfört med en person 2024', 'nästan sex av tio', 'drygt en
# fjärdedel', insatstid in minutes 'en halv minut kortare än 2024', target 'högst 10 minuter'; a plain-text table by
# municipality 'Larm 2025' / 'Larm 2024' / 'Snitt 2016–2025' / 'Insatstid 2025, min' / 'Insatstid 2024, min'; a quote
# with 'ett trettiotal'; 'årskurs 5 och 8'), an UNDATED opinion piece on electricity tax (no date, no sidecar; 'öre per
# kWh', moms, a worked example 'som använder 20 000 kWh om året', 'hälften så mycket', 'euro cent per kWh', 'knappt en
# femtedel', 'tre av fyra', a pensioner's budget share, a members' survey, 'var tionde', 'dubbelt så mycket', a
# numbered list of three demands), a regional transit authority's monthly ridership release for October 2026 dated
# only by its sidecar (2026-11-09; 'Det är 4,1 procent fler än i oktober i fjol', 'Hittills i år', 'dra ifrån och
# ökade med', 'ungefär lika många som ett år tidigare', 'tappade för tredje månaden i rad och backade', 'lockade',
# season tickets 'vilket är 5 200 fler än i oktober 2025', a share 'steg till', punctuality against 'målet om minst 90
# procent', 'Kundnöjdheten ... 74 av 100'; a plain-text table 'Resor per trafikslag, tusental' 'Okt 2026' / 'Okt 2025'
# / 'Förändring' / 'Jan–okt 2026' / 'Jan–okt 2025' / 'Förändring' with signed '%' cells), a municipality's HTML page on
# preschool and after-school fees from 1 January 2026 (cookie banner, menu, breadcrumb, footer; 'Publicerad 18
# november 2025'; the income ceiling 'höjs ... till 57 490 kronor i månaden, från 56 480 kronor', '3 procent av
# hushållets samlade bruttoinkomst, men högst 1 725 kronor i månaden', 'tolv månader om året', '15 timmar i veckan';
# an HTML table 'Maxtaxa per månad från 1 januari 2026, kronor' by child number 'Förskola, % av inkomst' / 'Förskola,
# högst kr' / 'Fritidshem, % av inkomst' / 'Fritidshem, högst kr'; a worked example, '31 kronor mer än i år', 'I dag',
# 'Drygt 8 av 10') and a cross-country ski race summary ('Publicerad 2 mars 2026'; 62 kilometer, 'under de 48 år som
# loppet har körts', winning times 'h.mm.ss', 'nytt banrekord med 48 sekunder', anmälda 'fortfarande en bit från
# rekordåret 2019, då 11 050 var anmälda', startande, fullföljande, fullföljandegrad against last year, women's share
# 'ökade till ... från', ages of the oldest and youngest finisher, nations, 'var åttonde', prize money 'höjdes i år
# till ... mot ... tidigare', numbered result lists, a quote with next year's target).
# The r8-r23 decisions are followed (see the headers of gold_r21_a.py, gold_r22_a.py and gold_r23_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'i år', 'Nästa år')
# resolves against the publication date and is not lenient; a month or quarter without a year, a heading's, a
# caption's or the document's period, present tense, 'I dag', 'året innan', 'ett år tidigare', 'tidigare' are
# lenient; brackets take the period their note names (explicit); a level followed by ', att jämföra med', ', vilket är
# X fler', ', en ökning med', 'Det är X fler/färre' is the new value after a change, from-values have no direction;
# comparisons at one time (against a target, an average, another country or group) have no direction; a comparison
# with an earlier point takes the current period with a direction; 'på tolv månader' changes span the two years,
# lenient; multipliers ('hälften så mycket', 'dubbelt så mycket') are optional; thresholds, rules, definitions of a
# metric and of an example are optional, targets and demands are required; a target without a year has no period;
# table cells take their column headers' periods (a caption's period lenient), change columns without a named span
# take the current period lenient and their direction from the sign; rows that are categories take the caption's
# measure as subject, rows that are measures their own label; finishing times 'h:mm:ss' are minutes with the seconds
# as a fraction and a new course record is the new value (decrease) with its margin (r16); öre are SEK/100 and
# 'öre/kWh' per="kWh" (r20); 'kronor per aktie' per="share" and after 'motsvarande' s None; 'i månaden' per="month",
# 'om året' / 'per år' per="year"; ratios in words are ratios; 'vilket'/'Det'/elided nouns/a figure as grammatical
# subject have s None; the payer is no subject; 'X procent av Y' with X predicated of no other noun takes Y; a CEO
# paragraph ending in 'säger ...' credits every figure in it to the CEO; the op-ed's signatories are no speaker; the
# UNDATED text has no period on any figure; a publisher's plain reporting is no speaker.
# Where those were silent, decided here:
# - Energy: the heading 'ANDRA KVARTALET 2026' gives 2026 lenient to the bullets, their brackets 2025 explicit (the
#   note); 'FÖRSTA HALVÅRET' / 'Under januari–juni' likewise (2026 lenient, brackets 2025). 'försvagades till' and 'gick
#   tillbaka till' are decreases, 'sjönk till' a decrease, 'uppgick till' no change. 'Vindkraften bidrog med 1,1 TWh'
#   is a part of the production, not a growth contribution: no direction (unlike r23's GDP contributions). 'nära 0,7
#   TWh mer än samma kvartal i fjol' is a comparison with an earlier point: 2026 lenient, increase, approx ('nära'),
#   subject the vattenkraften of the clause. 'nästan 30 procent mindre betalt per kilowattimme' is a percent change,
#   per None ('per kilowattimme' names the measure), s None ('vi' the receiver, as a payer). 'Utan prissäkringarna
#   hade rörelseresultatet varit omkring 150 Mkr lägre' is a counterfactual at one time: no direction. The producer
#   ('producerade koncernen 8,9 TWh') is no subject, as the payer. 'elva fler än vid årsskiftet' is 2026 lenient,
#   increase, s None (elided). The forecast 'mellan 16 och 17 TWh' for 'helåret' is a range, 2026 lenient. Table: the
#   row 'Elpris, öre/kWh' gives SEK/100 per kWh; rows are measures (their own label without the unit).
# - Labour force: 'i september 2026' is explicit; 'i augusti' (no year) 2026 lenient, a from-value. A difference
#   stated as a comparison ('0,6 procentenheter lägre', '47 000 fler än för ett år sedan') takes the current period
#   (2026 lenient) with a direction; a change noun with a baseline ('en minskning med 9 000 jämfört med september
#   2025') spans ('2025', '2026'), lenient, as r23's 'en ökning med 11 procent från 2024'. 'varav 214 000 kvinnor och
#   223 000 män' take 'kvinnor' / 'män'. 'mer än ett halvår' defines the group counted by 'en tredjedel' (optional,
#   6 months, more_than). Hours worked '170,4 miljoner' per week: unit hour, per="week"; 'i genomsnitt' no bound.
#   'Utrikes födda hade en arbetslöshet på 17,8 procent, att jämföra med 5,3 procent för inrikes födda' compares
#   groups (no direction; 5,3 elided, s None). Age bands ('15–74 år', '15–24 år', row labels) are N. Table: the
#   caption's 'september' has no year; 'Sep 2026' / 'Sep 2025' are explicit, 'Förändring, p.e.' is 2026 lenient with
#   the sign (percentage_point); rows are age groups (categories): s the caption's 'Arbetslöshet'.
# - Cancer care: 'Under 2025' explicit, the rest of the report 2025 lenient; 'från 41 till 34 procent': 41 is 2024
#   lenient (no year written, 'året innan' of the report). 'där 78 procent behandlades i tid' and 'med 74 procent' have
#   s None (a figure as grammatical subject / elided). 'Av dem fick 4 310 en cancerdiagnos': s None. 'att jämföra med
#   målet på 28 dagar' is a standing target (required, no period, no direction; 38 dagar is not a new value after a
#   change, since the comparison is with a target, so no direction). '11 arbetsdagar' is unit day (working days are
#   days; the kind of day is the measure's business); ', två dagar längre än 2024' makes it the new value (increase),
#   and 'två dagar' the change (s None). Table: columns are measures (the caption names the share); 'Förändring,
#   p.e.' 2025 lenient with the sign; diagnoses are rows like r23's hospitals. Quote in March 2026: 'Vi har anställt
#   sju nya uroterapeuter' 2026 lenient, no direction; 'Målet för 2026 ... över 50 procent' a target, 2026 explicit,
#   more_than.
# - Fire service: '3 914 händelser under 2025' explicit, decrease ('Det är 146 färre än året dessförinnan'); '7 procent
#   fler än genomsnittet för de senaste tio åren' compares with an average (no direction, s None). The ten-year averages
#   ('3 658 larm per år', 'Tiovårsgenomsnittet ... 127', the column 'Snitt 2016–2025') span ('2016', '2025'): lenient
#   in the prose (the span is named only by the table), explicit in the column header; per="year" (an annual mean of
#   a count) wherever the text or column gives it as a yearly count ('larm per år', the 'Snitt' column), and the
#   prose's 127 too (an annual mean of fires). 'Tre personer omkom ..., jämfört med en person 2024': number words
#   annotated (3 increase 2025 lenient; 1 explicit 2024). 'en halv minut kortare' is 0.5 minute, decrease, s None.
#   'högst 10 minuter i tätort' is a standing target (required, at_most, no period). Table: columns are measures
#   ('Larm', 'Snitt', 'Insatstid'), municipalities and 'Totalt' are rows. 'ett trettiotal' in the quote is approx 30,
#   present (2026 lenient). 'årskurs 5 och 8' are N (names of grades).
# - Electricity op-ed (UNDATED): '20 000 kWh om året' and '14 000 kronor i månaden efter skatt' define the examples
#   (optional, per year / per month); the results are required and 'nästan 11 000 kronor' carries the example's per
#   year. 'euro cent' is EUR/100 (0,022 EUR per kWh). 'hälften så mycket' and 'dubbelt så mycket' are multipliers
#   (optional; 'hälften' as ratio 0.5, 'dubbelt' as unit number 2, both approx from 'ungefär'). 'knappt en femtedel'
#   is a share of the Swedish level (ratio, approx, s None after 'vilket'). 'tre av fyra bostäder' ratio 0.75, s
#   'bostäder'. 'lägger under 3 procent' less_than, s None (elided). The survey size '1 200 medlemmar' is required.
#   'förra året' in an undated text gives no period. Demands: 'sänks till EU:s miniminivå, 0,5 euro cent per kWh'
#   (required, decrease, EUR 0.005 per kWh), 'minst 1 500 kronor per år' (required, at_least, per year), 'inte får
#   höjas med mer än 5 procent per år' (required, at_most: 'inte mer än' is a ceiling; direction increase from 'höjas';
#   per year). The list numbers are N.
# - Ridership (sidecar 2026-11-09): 'I oktober' (no year) 2026 lenient; 'Hittills i år' explicit 2026 for the level
#   and its change; 'Det är 4,1 procent fler än i oktober i fjol' is a comparison with an earlier point: 2026 lenient,
#   increase, s None ('Det'). 'ungefär lika många som ett år tidigare' states no change (3,02 miljoner: no direction).
#   'lockade 1,27 miljoner resenärer' is a count of trips ('resenärer' written), s 'Pendeltågen'. '74 av 100' is a
#   score: unit number 74; the scale '100' is N (as 'per 100 000 invånare'). 'minst 90 procent' is a standing target.
#   The '30' of '30-dagarsbiljetter' is part of a product name (N). Table: caption 'tusental' scales by 1 000; 'Okt
#   2026' / 'Okt 2025' / 'Jan–okt 2026' / 'Jan–okt 2025' explicit; both 'Förändring' columns 2026 with the sign: the
#   first lenient (the month), the second lenient too (the header names no year); rows are modes: s the caption's
#   'Resor'.
# - Fees (HTML, published 2025-11-18): 'Från den 1 januari 2026 höjs inkomsttaket till 57 490 kronor i månaden, från
#   56 480 kronor': 2026 explicit, increase, per month; 56 480 is 2025 lenient (the ceiling in force at publication),
#   per month carried. The fee rules of the page (3 procent, högst 1 725 kronor, 2 procent) are the tariff itself,
#   required (as r23's VA tariffs), 2026 lenient (the page's heading); 'tolv månader om året' and '15 timmar i veckan'
#   are rules about payment and free hours: optional. Table: caption 'Maxtaxa per månad från 1 januari 2026, kronor'
#   gives 2026 lenient and per month for the kronor columns; the percent columns have per None; a column header's
#   'högst kr' names the measure (the ceiling), its cells are exact; rows 'Barn 1' ... are categories: s the
#   caption's 'Maxtaxa'; the digits of 'Barn 1' are N. Example: '48 000 kronor i månaden' defines it (optional); the
#   amounts paid are required, s None (the payer), per month carried, 2026 lenient; '31 kronor mer än i år' is a
#   comparison of 2026 with 2025: 2026 lenient, increase, s None. 'I dag har kommunen 2 140 barn' is 2025 lenient (the
#   publication year), 'Drygt 8 av 10 familjer' ratio 0.8 approx.
# - Ski race: the race's 62 kilometer define it (optional); 'under de 48 år som loppet har körts' is a duration of 48
#   years at 2026 (lenient, s None). The winner's time and the list times are separate mentions (2026 lenient, s None);
#   the women's winner 'vilket är nytt banrekord med 48 sekunder': 3.02.55 decrease, 48 sekunder 0.8 minute decrease.
#   'drygt fyra minuter före tvåan' compares two skiers (no direction). '9 412 åkare ..., 6 procent fler än i fjol':
#   9 412 increase, 6 procent 2026 lenient increase s None. 'rekordåret 2019, då 11 050 var anmälda' 2019 explicit, s
#   None. The fullföljandegrad '97 procent, att jämföra med 91 procent förra året' (97 increase; 91 2025 explicit).
#   Ages of the oldest and youngest finisher ('84 år', 'den yngsta 18') are facts about persons, not age bands:
#   required, unit year, 2026 lenient. 'var åttonde startande' ratio 0.125. Prize money 'höjdes i år till 60 000
#   kronor till vardera segraren, mot 45 000 kronor tidigare': 2026 explicit increase; 45 000 2025 lenient ('tidigare').
#   The numbers of the result lists ('1.', '2.', '3.') are list numbering (N), their times G. 'Nästa år siktar vi på
#   10 000 anmälda' is a target, 2027 explicit, quote.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods and digits,
#   years and dates that only place a claim, the deadline '31 januari', next-release dates, table numbers, times of
#   day, age bands, 'elområde 2', 'årskurs 5 och 8', '30-dagarsbiljetter', the '100' of '74 av 100', 'Barn 1-3', list
#   numbering, phone numbers, street addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'andra kvartalet', 'helåret',
#   'tolv månader' (of 'på tolv månader'), 'de senaste tio åren', 'för tio år sedan', 'tredje månaden i rad', 'det
#   fjärde barnet', 'fyller tre', 'tvåan'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2024", "2025", "2026", "2027")}


def _hms(h, m, s=0):
    """A finishing time 'h.mm.ss' in minutes (the contract has no unit for seconds)."""
    return round(h * 60 + m + s / 60, 6)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2019", "2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    Y1 = dict(t=("2025", "2026"), lenient=True)
    T10 = ("2016", "2025")
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. energy company, interim report Jan-Jun 2026 (dateline 16 juli 2026)
    EP = ("Elproduktionen", "Elproduktionen")
    PR = ("Det genomsnittliga elpriset i elområde 2", "elpriset")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RS = ("Periodens resultat efter skatt", "resultat")
    EM = ("Elin Markström", "quote")
    mk = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r24_a_energi_kvartal2"] = [
        G("4,2 TWh", 4.2, "TWh", **L26, s=EP, sp=None, note="heading 'ANDRA KVARTALET 2026' (lenient); 'uppgick till'"),
        G("3,6", 3.6, "TWh", ctx="4,2 TWh ([3,6])", t=Y25, s=EP, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("31,5", 0.315, "SEK", per="kWh", ctx="till [31,5] (44,8)", **L26, direction=DEC, s=PR, sp=None, note="'sjönk till'; öre/kWh after the bracket applies to both"),
        G("44,8", 0.448, "SEK", per="kWh", ctx="31,5 ([44,8]) öre/kWh", t=Y25, s=PR, sp=None),
        G("12 procent", 12, "percent", **L26, direction=DEC, s=NO, sp=None),
        G("2 146", 2146e6, "SEK", ctx="blev [2 146] (2 439)", **L26, direction=DEC, s=NO, sp=None, note="'minskade med 12 procent och blev'"),
        G("2 439", 2439e6, "SEK", ctx="2 146 ([2 439]) Mkr", t=Y25, s=NO, sp=None),
        G("688", 688e6, "SEK", ctx="till [688] (903)", **L26, direction=DEC, s=RR, sp=None, note="'försvagades till'"),
        G("903", 903e6, "SEK", ctx="688 ([903]) Mkr", t=Y25, s=RR, sp=None),
        G("512", 512e6, "SEK", ctx="till [512] (671)", **L26, s=RS, sp=None),
        G("671", 671e6, "SEK", ctx="512 ([671]) Mkr", t=Y25, s=RS, sp=None),
        G("3,41", 3.41, "SEK", per="share", ctx="motsvarande [3,41] (4,47)", **L26, s=None, sp=None, note="'motsvarande ... kronor per aktie' restates the result"),
        G("4,47", 4.47, "SEK", per="share", ctx="3,41 ([4,47]) kronor", t=Y25, s=None, sp=None),
        G("3,1 TWh", 3.1, "TWh", **L26, s=("vattenkraften", "vattenkraften"), sp=EM, note="'under kvartalet'; CEO paragraph ending in 'säger vd'"),
        G("nära 0,7 TWh", 0.7, "TWh", bound="approx", **L26, direction=INC, s=("vattenkraften", "vattenkraften"), sp=EM, note="'mer än samma kvartal i fjol': comparison with an earlier point"),
        G("nästan 30 procent", 30, "percent", bound="approx", **L26, direction=DEC, s=None, sp=EM, note="'mindre betalt per kilowattimme': a percent change, per None; the receiver 'vi' is no subject"),
        G("1,1 TWh", 1.1, "TWh", **L26, s=("Vindkraften", "Vindkraften"), sp=EM, note="'bidrog med': a part of production, no direction"),
        G("14 nya vindkraftverk", 14, "count", **L26, s=("nya vindkraftverk", "vindkraftverk"), sp=EM, note="'under halvåret'"),
        G("omkring 150 Mkr", 150e6, "SEK", bound="approx", **L26, s=("rörelseresultatet", "rörelseresultatet"), sp=EM, note="counterfactual at one time: no direction"),
        G("8,9 TWh", 8.9, "TWh", **L26, s=None, sp=None, note="'Under januari–juni' (no year); the producer 'koncernen' is no subject"),
        G("8,4", 8.4, "TWh", ctx="8,9 TWh ([8,4])", t=Y25, s=None, sp=None),
        G("5 012", 5012e6, "SEK", ctx="till [5 012] (5 377)", **L26, direction=DEC, s=NO, sp=None, note="'gick tillbaka till'"),
        G("5 377", 5377e6, "SEK", ctx="5 012 ([5 377]) Mkr", t=Y25, s=NO, sp=None),
        G("1 794", 1794e6, "SEK", ctx="till [1 794] (2 108)", **L26, direction=DEC, s=("rörelseresultatet", "rörelseresultatet"), sp=None),
        G("2 108", 2108e6, "SEK", ctx="1 794 ([2 108]) Mkr", t=Y25, s=("rörelseresultatet", "rörelseresultatet"), sp=None),
        G("1 235", 1235e6, "SEK", ctx="till [1 235] (860)", **L26, direction=INC, s=("Investeringarna", "Investeringarna"), sp=None),
        G("860", 860e6, "SEK", ctx="1 235 ([860]) Mkr", t=Y25, s=("Investeringarna", "Investeringarna"), sp=None),
        G("6 480 Mkr", 6480e6, "SEK", **L26, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'vid periodens slut'"),
        G("0,42", 0.42, "number", **L26, s=("en skuldsättningsgrad", "skuldsättningsgrad"), sp=None),
        G("412", 412, "count", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("elva fler", 11, "count", **L26, direction=INC, s=None, sp=None, note="'än vid årsskiftet': comparison with an earlier point; elided"),
        G("mellan 16 och 17 TWh", None, "TWh", low=16, high=17, **L26, s=("produktionen", "produktionen"), sp=None, note="forecast range for 'helåret'"),
        *_row(G, "Elproduktion, TWh", ["4,2", "3,6", "8,9", "8,4"], mk("TWh", 1), ("Elproduktion", "Elproduktion"), note="table 'NYCKELTAL': 'Kv 2 2026' / 'Kv 2 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' explicit; rows are measures with their units"),
        *_row(G, "Elpris, öre/kWh", ["31,5", "44,8", "52,3", "61,0"], mk("SEK", 0.01, "kWh"), ("Elpris", "Elpris")),
        *_row(G, "Nettoomsättning, Mkr", ["2 146", "2 439", "5 012", "5 377"], mk("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat, Mkr", ["688", "903", "1 794", "2 108"], mk("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
    ]
    NEG["r24_a_energi_kvartal2"] = [
        N("januari–juni 2026", note="title"), N("2026", ctx="KVARTALET [2026]", note="heading"), N("2", ctx="elområde [2]", note="identifier"),
        N("2", ctx="Kv [2] 2026", note="column header"), N("2026", ctx="Kv 2 [2026]", note="column header"),
        N("2", ctx="Kv [2] 2025", note="column header"), N("2025", ctx="Kv 2 [2025]", note="column header"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("16 juli 2026", note="dateline"), N("556871-4420", note="org number"), N("060-778 21 40"),
    ]

    # ------------------------------------------------------------ 2. labour-force survey, September 2026 (Publicerad 2026-10-21)
    AL = ("Den säsongsrensade arbetslösheten", "arbetslösheten")
    SG = ("Sysselsättningsgraden", "Sysselsättningsgraden")
    LA = ("De långtidsarbetslösa", "långtidsarbetslösa")
    UA = ("Ungdomsarbetslösheten", "Ungdomsarbetslösheten")
    AT = ("Det faktiska antalet arbetade timmar", "antalet")
    AS = ("Arbetslöshet", "Arbetslöshet")
    ac = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r24_a_akus_september"] = [
        G("8,1 procent", 8.1, "percent", t=Y26, direction=DEC, s=AL, sp=None, note="'i september 2026'; ', en nedgång från': the new value"),
        G("8,4 procent", 8.4, "percent", **L26, s=AL, sp=None, note="from-value 'i augusti' (no year)"),
        G("0,6 procentenheter", 0.6, "percentage_point", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None, note="'Jämfört med september förra året ... lägre': comparison with an earlier point"),
        G("7,6 procent", 7.6, "percent", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None, note="'och låg på': the new value"),
        G("5 318 000 personer", 5318000, "count", **L26, direction=INC, s=("personer i åldern 15–74 år", "personer"), sp=None, note="'Det är 47 000 fler än för ett år sedan'"),
        G("47 000 fler", 47000, "count", **L26, direction=INC, s=None, sp=None, note="'Det är'"),
        G("0,4 procentenheter", 0.4, "percentage_point", **L26, direction=INC, s=SG, sp=None),
        G("69,2 procent", 69.2, "percent", **L26, direction=INC, s=SG, sp=None, note="'steg med ... till'"),
        G("67,0 procent", 67.0, "percent", **L26, s=("sysselsättningsgraden", "sysselsättningsgraden"), sp=None),
        G("71,3 procent", 71.3, "percent", **L26, s=None, sp=None, note="elided"),
        G("437 000 personer", 437000, "count", **L26, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("214 000 kvinnor", 214000, "count", **L26, s=("kvinnor", "kvinnor"), sp=None),
        G("223 000 män", 223000, "count", **L26, s=("män", "män"), sp=None),
        G("omkring en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("de arbetslösa", "arbetslösa"), sp=None),
        G("mer än ett halvår", 6, "month", bound="more_than", optional=True, s=None, sp=None, note="defines the group counted"),
        G("62 000", 62000, "count", **L26, direction=DEC, s=LA, sp=None, note="', en minskning med 9 000 jämfört med september 2025': the new value"),
        G("9 000", 9000, "count", **Y1, direction=DEC, s=LA, sp=None, note="a change noun with a baseline spans the two years"),
        G("20,9 procent", 20.9, "percent", **L26, direction=DEC, s=UA, sp=None, note="'i september'; ', vilket innebar en minskning'"),
        G("2,3 procentenheter", 2.3, "percentage_point", **Y1, direction=DEC, s=None, sp=None, note="'på tolv månader'; 'vilket'"),
        G("Ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("de arbetslösa ungdomarna", "ungdomarna"), sp=None),
        G("170,4 miljoner", 170.4e6, "hour", per="week", **L26, direction=INC, s=AT, sp=None, note="', en uppgång med': the new value"),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=AT, sp=None),
        G("5 755 000 personer", 5755000, "count", **L26, s=("arbetskraften", "arbetskraften"), sp=None),
        G("74,9 procent", 74.9, "percent", **L26, s=("det relativa arbetskraftstalet", "arbetskraftstalet"), sp=None),
        G("17,8 procent", 17.8, "percent", **L26, s=("en arbetslöshet", "arbetslöshet"), sp=None, note="groups compared: no direction"),
        G("5,3 procent", 5.3, "percent", **L26, s=None, sp=None, note="elided"),
        *_row(G, "15–24 år", ["20,9", "23,2", "−2,3"], ac, AS, note="table 'Tabell 2. Arbetslöshet efter ålder, september, procent': 'Sep 2026' / 'Sep 2025' explicit, 'Förändring, p.e.' 2026 lenient with the sign; rows are age groups"),
        *_row(G, "25–34 år", ["7,4", "8,1", "−0,7"], ac, AS),
        *_row(G, "35–54 år", ["5,2", "5,6", "−0,4"], ac, AS),
        *_row(G, "55–74 år", ["5,0", "4,9", "+0,1"], ac, AS),
        *_row(G, "15–74 år", ["7,6", "8,2", "−0,6"], ac, AS),
    ]
    NEG["r24_a_akus_september"] = [
        N("september 2026", ctx="(AKU), [september 2026]", note="title"), N("2026-10-21"), N("08.00", note="time of day"),
        N("september 2026", ctx="i [september 2026], en", note="places the claim"), N("15–74 år", ctx="åldern [15–74 år]", note="age band"),
        N("september 2025", note="places the comparison"), N("15–24 år", ctx="personer [15–24 år]", note="age band"),
        N("Tabell 2", note="table number"), N("Sep 2026", note="column header"), N("Sep 2025", note="column header"),
        N("15–24 år", ctx="[15–24 år] 20,9", note="row label"), N("25–34 år", note="row label"), N("35–54 år", note="row label"),
        N("55–74 år", note="row label"), N("15–74 år", ctx="[15–74 år] 7,6", note="row label"),
        N("2026-11-18", note="next release"), N("010-479 63 05"),
    ]

    # ------------------------------------------------------------ 3. cancer-care lead times 2025 (Markdown, Publicerad 11 mars 2026)
    AN = ("Andelen patienter som fick sin första behandling inom den maximala ledtiden", "Andelen")
    SH = ("Sofia Hammarén", "quote")
    LT = ("andel som fick första behandling inom ledtiden", "andel")
    cc = [("count", 1, None, Y25, F, F), ("percent", 1, None, Y25, F, F), ("percent", 1, None, Y24, F, F),
          ("percentage_point", 1, None, Y25, True, True)]
    ccs = [("Antal förlopp", "förlopp"), LT, LT, LT]
    GOLD["r24_a_cancer_ledtider"] = [
        G("6 840 patienter", 6840, "count", t=Y25, direction=INC, s=("patienter", "patienter"), sp=None, note="'Under 2025'; ', nästan 400 fler än året innan': the new value"),
        G("nästan 400 fler", 400, "count", bound="approx", **L25, direction=INC, s=None, sp=None),
        G("4 310", 4310, "count", **L25, s=None, sp=None, note="'Av dem fick 4 310': a figure as grammatical subject"),
        G("63 procent", 63, "percent", **L25, direction=INC, s=AN, sp=None, note="', en förbättring med ... från 2024': the new value"),
        G("fyra procentenheter", 4, "percentage_point", t=("2024", "2025"), lenient=True, direction=INC, s=AN, sp=None, note="'från 2024': spans the two years"),
        G("minst 80 procent", 80, "percent", bound="at_least", s=("Det nationella målet", "målet"), sp=None, note="standing target: required, no period"),
        G("78 procent", 78, "percent", **L25, s=None, sp=None, note="'där 78 procent behandlades i tid'"),
        G("74 procent", 74, "percent", **L25, s=None, sp=None, note="elided"),
        G("41", 41, "percent", ctx="från [41] till", **L24, s=("andelen", "andelen"), sp=None, note="from-value, no year written"),
        G("34 procent", 34, "percent", **L25, direction=DEC, s=("andelen", "andelen"), sp=None, note="'sjönk ... från 41 till'"),
        G("38 dagar", 38, "day", **L25, s=("mediantiden från välgrundad misstanke till start av behandling", "mediantiden"), sp=None, note="compared with a target: no direction"),
        G("28 dagar", 28, "day", s=("målet", "målet"), sp=None, note="standing target, no period"),
        *_row(G, "Bröstcancer", ["1 120", "71", "66", "+5"], cc, ccs, sep=" | ", note="Markdown table, caption below: 'Antal förlopp 2025' / 'Inom ledtid 2025, %' / 'Inom ledtid 2024, %' explicit, 'Förändring, p.e.' 2025 lenient with the sign; columns are measures"),
        *_row(G, "Prostatacancer", ["1 460", "34", "41", "−7"], cc, ccs, sep=" | "),
        *_row(G, "Lungcancer", ["590", "59", "52", "+7"], cc, ccs, sep=" | "),
        *_row(G, "Tjock- och ändtarmscancer", ["830", "74", "69", "+5"], cc, ccs, sep=" | "),
        *_row(G, "Lymfom", ["210", "78", "75", "+3"], cc, ccs, sep=" | "),
        G("sju nya uroterapeuter", 7, "count", **L26, s=("nya uroterapeuter", "uroterapeuter"), sp=SH, note="present perfect in a March 2026 text"),
        G("över 50 procent", 50, "percent", bound="more_than", t=Y26, s=("Målet", "Målet"), sp=SH, note="'Målet för 2026': a target"),
        G("11 arbetsdagar", 11, "day", **L25, direction=INC, s=None, sp=None, note="'I genomsnitt tog det': 'det'; ', två dagar längre än 2024': the new value"),
        G("två dagar", 2, "day", **L25, direction=INC, s=None, sp=None),
        G("18,5 miljoner kronor", 18.5e6, "SEK", **L25, s=("patologitjänster", "patologitjänster"), sp=None, note="'under året'"),
    ]
    NEG["r24_a_cancer_ledtider"] = [
        N("2025", ctx="cancervården [2025]", note="title"), N("11 mars 2026"), N("2025", ctx="Under [2025] startade", note="places the claim"),
        N("2024", ctx="från [2024]", note="places the baseline"), N("2026", ctx="Målet för [2026]", note="places the target"),
        N("2025", ctx="förlopp [2025]", note="column header"), N("2025", ctx="ledtid [2025], %", note="column header"),
        N("2024", ctx="ledtid [2024], %", note="column header"), N("2024", ctx="längre än [2024]", note="places the comparison"),
    ]

    # ------------------------------------------------------------ 4. fire and rescue service, annual statistics 2025 (Publicerad 2026-02-09)
    AN4 = ("Anders Nyholm", "quote")
    IT = ("Insatstiden", "Insatstiden")
    fc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, "year", T10, F, F),
          ("minute", 1, None, Y25, F, F), ("minute", 1, None, Y24, F, F)]
    fcs = [("Larm", "Larm"), ("Larm", "Larm"), ("Snitt", "Snitt"), IT, IT]
    GOLD["r24_a_raddning_2025"] = [
        G("3 914 händelser", 3914, "count", t=Y25, direction=DEC, s=("händelser", "händelser"), sp=None, note="'under 2025'; 'Det är 146 färre än året dessförinnan'"),
        G("146 färre", 146, "count", **L25, direction=DEC, s=None, sp=None, note="'Det är'"),
        G("7 procent", 7, "percent", **L25, s=None, sp=None, note="'fler än genomsnittet för de senaste tio åren': comparison with an average"),
        G("3 658 larm", 3658, "count", per="year", t=T10, lenient=True, s=("genomsnittet för de senaste tio åren", "genomsnittet"), sp=None),
        G("118", 118, "count", ctx="till [118] från", **L25, direction=DEC, s=("Bränder i bostad", "Bränder"), sp=None),
        G("131", 131, "count", ctx="från [131]", **L24, s=("Bränder i bostad", "Bränder"), sp=None, note="from-value"),
        G("127", 127, "count", ctx="bostadsbränder är [127]", per="year", t=T10, lenient=True, s=("Tiovårsgenomsnittet för bostadsbränder", "Tiovårsgenomsnittet"), sp=None),
        G("Tre personer", 3, "count", **L25, direction=INC, s=("personer", "personer"), sp=None, note="', jämfört med en person 2024': the new value"),
        G("en person", 1, "count", t=Y24, s=None, sp=None, note="elided"),
        G("nästan sex av tio", 0.6, "ratio", bound="approx", **L25, s=("bostadsbränder", "bostadsbränder"), sp=None),
        G("642 larm", 642, "count", **L25, direction=INC, s=("Trafikolyckorna", "Trafikolyckorna"), sp=None),
        G("9 procent", 9, "percent", **L25, direction=INC, s=("Trafikolyckorna", "Trafikolyckorna"), sp=None),
        G("1 087 utryckningar", 1087, "count", **L25, s=("Automatiska brandlarm som visade sig vara felaktiga", "brandlarm"), sp=None),
        G("drygt en fjärdedel", 0.25, "ratio", bound="approx", **L25, s=("alla larm", "larm"), sp=None),
        G("11,5 minuter", 11.5, "minute", **L25, direction=DEC, s=IT, sp=None, note="'i median'; ', en halv minut kortare än 2024': the new value"),
        G("en halv minut", 0.5, "minute", **L25, direction=DEC, s=None, sp=None),
        G("högst 10 minuter", 10, "minute", bound="at_most", s=("Målet", "Målet"), sp=None, note="standing target, no period"),
        G("17 minuter", 17, "minute", **L25, s=("medianen", "medianen"), sp=None),
        *_row(G, "Storvik", ["1 702", "1 781", "1 540", "9,4", "10,1"], fc, fcs, note="table 'Tabell 1. Larm och insatstid per kommun': 'Larm 2025' / 'Larm 2024' / 'Snitt 2016–2025' (per year) / 'Insatstid 2025, min' / 'Insatstid 2024, min' explicit; columns are measures"),
        *_row(G, "Bäckebo", ["866", "902", "811", "17,0", "16,2"], fc, fcs),
        *_row(G, "Lindhult", ["958", "1 004", "902", "12,3", "12,8"], fc, fcs),
        *_row(G, "Ramsjö", ["388", "373", "405", "14,6", "15,0"], fc, fcs),
        *_row(G, "Totalt", ["3 914", "4 060", "3 658", "11,5", "12,0"], fc, fcs),
        G("22 nya deltidsbrandmän", 22, "count", **L25, s=("nya deltidsbrandmän", "deltidsbrandmän"), sp=AN4, note="'under året'"),
        G("ett trettiotal", 30, "count", bound="approx", **L26, s=None, sp=AN4, note="present need; elided"),
        G("1 420 tillsyner", 1420, "count", t=Y25, s=("tillsyner och hembesök", "tillsyner"), sp=None, note="'Under 2025'"),
        G("5 600 elever", 5600, "count", t=Y25, s=("elever", "elever"), sp=None),
    ]
    NEG["r24_a_raddning_2025"] = [
        N("2025", ctx="Årsstatistik [2025]", note="title"), N("2026-02-09"), N("2025", ctx="händelser under [2025]", note="places the claim"),
        N("2024", ctx="person [2024]", note="places the claim"), N("2024", ctx="kortare än [2024]", note="places the comparison"),
        N("Tabell 1", note="table number"), N("2025", ctx="Larm [2025]", note="column header"), N("2024", ctx="Larm [2024]", note="column header"),
        N("2016–2025", note="column header"), N("2025", ctx="Insatstid [2025], min", note="column header"),
        N("2024", ctx="Insatstid [2024], min", note="column header"), N("Under 2025", ctx="[Under 2025] genomfördes", note="places the claim"),
        N("5", ctx="årskurs [5] och", note="grade"), N("8", ctx="och [8] fick", note="grade"),
        N("Brandstationsvägen 4", note="street address"), N("796 30", note="postal code"), N("0250-390 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED opinion piece on electricity tax (no period on any figure)
    GOLD["r24_a_debatt_elskatt"] = [
        G("43,9 öre per kWh", 0.439, "SEK", per="kWh", s=("Energiskatten på el", "Energiskatten"), sp=None, note="undated: no period"),
        G("25 procent", 25, "percent", s=("moms", "moms"), sp=None),
        G("20 000 kWh", 20000, "kWh", per="year", optional=True, s=None, sp=None, note="defines the example household"),
        G("nästan 11 000 kronor", 11000, "SEK", bound="approx", per="year", s=("bara skatten och momsen på skatten", "skatten"), sp=None, note="the example's 'om året' carried"),
        G("ungefär hälften så mycket", 0.5, "ratio", bound="approx", optional=True, s=("motsvarande avgift", "avgift"), sp=None, note="multiplier"),
        G("omkring 2,2 euro cent", 0.022, "EUR", bound="approx", per="kWh", s=None, sp=None, note="the payer 'hushållen' is no subject; comparison between countries"),
        G("knappt en femtedel", 0.2, "ratio", bound="approx", s=None, sp=None, note="'vilket är'"),
        G("tre av fyra", 0.75, "ratio", s=("bostäder", "bostäder"), sp=None),
        G("14 000 kronor", 14000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example pensioner"),
        G("8 procent", 8, "percent", s=("sin budget", "budget"), sp=None),
        G("under 3 procent", 3, "percent", bound="less_than", s=None, sp=None, note="elided"),
        G("1 200 medlemmar", 1200, "count", s=("medlemmar", "medlemmar"), sp=None, note="survey size"),
        G("38 procent", 38, "percent", s=None, sp=None, note="a figure as grammatical subject"),
        G("var tionde", 0.1, "ratio", s=None, sp=None),
        G("över 30 miljarder kronor", 30e9, "SEK", bound="more_than", s=("energiskatt på el", "energiskatt"), sp=None, note="'förra året' in an undated text: no period"),
        G("ungefär dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier"),
        G("0,5 euro cent", 0.005, "EUR", per="kWh", direction=DEC, s=("energiskatten", "energiskatten"), sp=None, note="demand 'sänks till'"),
        G("minst 1 500 kronor", 1500, "SEK", bound="at_least", per="year", s=("ett avdrag", "avdrag"), sp=None, note="demand"),
        G("mer än 5 procent", 5, "percent", bound="at_most", per="year", direction=INC, s=("nätavgifterna", "nätavgifterna"), sp=None, note="demand 'inte får höjas med mer än': a ceiling"),
    ]
    NEG["r24_a_debatt_elskatt"] = [
        N("1", ctx="[1]. Att", note="list numbering"), N("2", ctx="[2]. Att", note="list numbering"), N("3", ctx="[3]. Att", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. public-transport ridership, October 2026 (sidecar 2026-11-09)
    RE = ("Resor", "Resor")
    tc = [("count", 1e3, None, Y26, F, F), ("count", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True),
          ("count", 1e3, None, Y26, F, F), ("count", 1e3, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r24_a_resor_oktober"] = [
        G("6,84 miljoner resor", 6.84e6, "count", **L26, direction=INC, s=("resor", "resor"), sp=None, note="'I oktober' (no year); 'Det är 4,1 procent fler'"),
        G("4,1 procent", 4.1, "percent", **L26, direction=INC, s=None, sp=None, note="'Det är ... fler än i oktober i fjol': comparison with an earlier point"),
        G("61,2 miljoner resor", 61.2e6, "count", t=Y26, direction=INC, s=("resor", "resor"), sp=None, note="'Hittills i år' resolves"),
        G("3,3 procent", 3.3, "percent", t=Y26, direction=INC, s=("resor", "resor"), sp=None, note="', en uppgång med'"),
        G("7,8 procent", 7.8, "percent", **L26, direction=INC, s=("Spårvagnen", "Spårvagnen"), sp=None),
        G("2,31 miljoner resor", 2.31e6, "count", **L26, direction=INC, s=("Spårvagnen", "Spårvagnen"), sp=None, note="'ökade med ... till'"),
        G("3,02 miljoner resor", 3.02e6, "count", **L26, s=("Stadsbussarna", "Stadsbussarna"), sp=None, note="'ungefär lika många som ett år tidigare': no change stated"),
        G("2,4 procent", 2.4, "percent", **L26, direction=DEC, s=("Regionbussarna", "Regionbussarna"), sp=None, note="'backade'"),
        G("1,27 miljoner resenärer", 1.27e6, "count", **L26, direction=INC, s=("Pendeltågen", "Pendeltågen"), sp=None, note="', en ökning med': the new value"),
        G("9,6 procent", 9.6, "percent", **L26, direction=INC, s=("Pendeltågen", "Pendeltågen"), sp=None),
        G("118 400", 118400, "count", **L26, direction=INC, s=("Antalet sålda 30-dagarsbiljetter", "Antalet"), sp=None, note="', vilket är 5 200 fler än i oktober 2025'"),
        G("5 200 fler", 5200, "count", **L26, direction=INC, s=None, sp=None, note="'vilket är'"),
        G("71 procent", 71, "percent", **L26, direction=INC, s=("Andelen resor som betalades med app eller bankkort", "Andelen"), sp=None, note="'steg till'"),
        *_row(G, "Stadsbuss", ["3 020", "3 008", "+0,4 %", "27 150", "26 710", "+1,6 %"], tc, RE, note="table 'Resor per trafikslag, tusental': 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' / 'Jan–okt 2025' explicit; both 'Förändring' columns 2026 lenient with the sign; rows are modes"),
        *_row(G, "Regionbuss", ["242", "248", "−2,4 %", "2 390", "2 430", "−1,6 %"], tc, RE),
        *_row(G, "Spårvagn", ["2 310", "2 143", "+7,8 %", "20 540", "19 360", "+6,1 %"], tc, RE),
        *_row(G, "Pendeltåg", ["1 268", "1 157", "+9,6 %", "11 120", "10 740", "+3,5 %"], tc, RE),
        *_row(G, "Totalt", ["6 840", "6 570", "+4,1 %", "61 200", "59 240", "+3,3 %"], tc, RE),
        G("91,3 procent", 91.3, "percent", **L26, s=("Punktligheten", "Punktligheten"), sp=None),
        G("minst 90 procent", 90, "percent", bound="at_least", s=("målet", "målet"), sp=None, note="standing target, no period"),
        G("74", 74, "number", ctx="var [74] av 100", **L26, s=("Kundnöjdheten i den senaste mätningen", "Kundnöjdheten"), sp=None, note="a score out of 100"),
    ]
    NEG["r24_a_resor_oktober"] = [
        N("30", ctx="sålda [30]-dagarsbiljetter", note="part of a product name"), N("oktober 2025", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("Jan–okt 2026", note="column header"),
        N("Jan–okt 2025", note="column header"), N("100", ctx="74 av [100]", note="the scale of the score"), N("0470-72 40 10"),
    ]

    # ------------------------------------------------------------ 7. preschool and after-school fees from 1 January 2026 (HTML, Publicerad 18 november 2025)
    IN = ("inkomsttaket", "inkomsttaket")
    MT = ("Maxtaxa", "Maxtaxa")
    fe = [("percent", 1, None, Y26, True, F), ("SEK", 1, "month", Y26, True, F), ("percent", 1, None, Y26, True, F), ("SEK", 1, "month", Y26, True, F)]
    GOLD["r24_a_fritidsavgift_2026"] = [
        G("57 490 kronor", 57490, "SEK", per="month", t=Y26, direction=INC, s=IN, sp=None, note="'Från den 1 januari 2026 höjs ... till'"),
        G("56 480 kronor", 56480, "SEK", per="month", **L25, s=IN, sp=None, note="from-value: the ceiling at publication"),
        G("3 procent", 3, "percent", **L26, s=("hushållets samlade bruttoinkomst", "bruttoinkomst"), sp=None, note="the tariff: required"),
        G("högst 1 725 kronor", 1725, "SEK", bound="at_most", per="month", **L26, s=None, sp=None, note="elided"),
        G("2 procent", 2, "percent", **L26, s=("procentsatsen", "procentsatsen"), sp=None),
        G("tolv månader", 12, "month", per="year", optional=True, s=None, sp=None, note="payment rule"),
        G("15 timmar", 15, "hour", per="week", optional=True, s=None, sp=None, note="rule for free hours"),
        *_row(G, "Barn 1", ["3", "1 725", "2", "1 150"], fe, MT, note="HTML table 'Maxtaxa per månad från 1 januari 2026, kronor' (caption: 2026 lenient, per month for the kronor columns); rows are categories"),
        *_row(G, "Barn 2", ["2", "1 150", "1", "575"], fe, MT),
        *_row(G, "Barn 3", ["1", "575", "1", "575"], fe, MT),
        G("48 000 kronor", 48000, "SEK", per="month", optional=True, s=None, sp=None, note="defines the example"),
        G("1 440 kronor", 1440, "SEK", per="month", **L26, s=None, sp=None, note="the payer is no subject; 'i månaden' carried"),
        G("480 kronor", 480, "SEK", per="month", **L26, s=None, sp=None),
        G("1 920 kronor", 1920, "SEK", per="month", **L26, s=None, sp=None),
        G("1 725 kronor", 1725, "SEK", ctx="betalar [1 725 kronor]", per="month", **L26, s=None, sp=None, note="the payer is no subject"),
        G("31 kronor", 31, "SEK", per="month", **L26, direction=INC, s=None, sp=None, note="'mer än i år': 2026 against 2025"),
        G("2 140 barn", 2140, "count", **L25, s=("barn", "barn"), sp=None, note="'I dag' in a November 2025 page"),
        G("1 690", 1690, "count", **L25, s=None, sp=None, note="elided"),
        G("Drygt 8 av 10", 0.8, "ratio", bound="approx", **L25, s=("familjer", "familjer"), sp=None),
    ]
    NEG["r24_a_fritidsavgift_2026"] = [
        N("1 januari 2026", ctx="fritidshem från [1 januari 2026]", note="heading"), N("18 november 2025"),
        N("1 januari 2026", ctx="Från den [1 januari 2026] höjs", note="places the change"),
        N("1 januari 2026", ctx="månad från [1 januari 2026], kronor", note="caption"),
        N("1", ctx="Barn [1]", note="row label"), N("2", ctx="Barn [2]", note="row label"), N("3", ctx="Barn [3]", note="row label"),
        N("31 januari", note="deadline"), N("0156-452 00"), N("Torggatan 1", note="street address"), N("611 82", note="postal code"),
        N("212000-0472", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. cross-country ski race 2026 (Publicerad 2 mars 2026)
    UB = ("Ulla Brandt", "quote")
    PP = ("Prispengarna", "Prispengarna")
    FG = ("en fullföljandegrad", "fullföljandegrad")
    GOLD["r24_a_skidlopp_2026"] = [
        G("62 kilometer", 62, "km", optional=True, s=None, sp=None, note="defines the race"),
        G("48 år", 48, "year", **L26, s=None, sp=None, note="'under de 48 år som loppet har körts'"),
        G("2.41.37", _hms(2, 41, 37), "minute", ctx="tiden [2.41.37]", **L26, s=None, sp=None, note="finishing time in minutes"),
        G("drygt fyra minuter", 4, "minute", bound="approx", **L26, s=None, sp=None, note="'före tvåan': two skiers compared"),
        G("3.02.55", _hms(3, 2, 55), "minute", ctx="på [3.02.55], vilket", **L26, direction=DEC, s=None, sp=None, note="'nytt banrekord med 48 sekunder': the new record"),
        G("48 sekunder", 0.8, "minute", **L26, direction=DEC, s=None, sp=None),
        G("9 412 åkare", 9412, "count", **L26, direction=INC, s=("åkare", "åkare"), sp=None, note="', 6 procent fler än i fjol'"),
        G("6 procent", 6, "percent", **L26, direction=INC, s=None, sp=None),
        G("11 050", 11050, "count", t=Y19, s=None, sp=None, note="'rekordåret 2019, då 11 050 var anmälda'"),
        G("8 176", 8176, "count", **L26, s=None, sp=None),
        G("7 938", 7938, "count", **L26, s=None, sp=None),
        G("97 procent", 97, "percent", **L26, direction=INC, s=FG, sp=None, note="', att jämföra med 91 procent förra året'"),
        G("91 procent", 91, "percent", t=Y25, s=FG, sp=None, note="'förra året' resolves"),
        G("27 procent", 27, "percent", **L26, direction=INC, s=("Andelen kvinnor bland de startande", "Andelen"), sp=None),
        G("24 procent", 24, "percent", **L25, s=("Andelen kvinnor bland de startande", "Andelen"), sp=None, note="from-value"),
        G("84 år", 84, "year", **L26, s=("Den äldsta som fullföljde", "äldsta"), sp=None),
        G("18", 18, "year", ctx="den yngsta [18]", **L26, s=("den yngsta", "yngsta"), sp=None),
        G("31 nationer", 31, "count", **L26, s=("nationer", "nationer"), sp=None),
        G("var åttonde", 0.125, "ratio", **L26, s=("startande", "startande"), sp=None),
        G("60 000 kronor", 60000, "SEK", t=Y26, direction=INC, s=PP, sp=None, note="'höjdes i år till'"),
        G("45 000 kronor", 45000, "SEK", **L25, s=PP, sp=None, note="'mot ... tidigare': from-value"),
        G("310 000 kronor", 310000, "SEK", **L26, s=None, sp=None, note="the payer is no subject"),
        G("2.41.37", _hms(2, 41, 37), "minute", ctx="Sälens SK, [2.41.37]", **L26, s=None, sp=None, note="result list"),
        G("2.45.49", _hms(2, 45, 49), "minute", **L26, s=None, sp=None),
        G("2.46.02", _hms(2, 46, 2), "minute", **L26, s=None, sp=None),
        G("3.02.55", _hms(3, 2, 55), "minute", ctx="IFK Malung, [3.02.55]", **L26, s=None, sp=None),
        G("3.04.11", _hms(3, 4, 11), "minute", **L26, s=None, sp=None),
        G("3.09.30", _hms(3, 9, 30), "minute", **L26, s=None, sp=None),
        G("1 100 funktionärer", 1100, "count", **L26, s=("funktionärer", "funktionärer"), sp=UB),
        G("42 000 bägare", 42000, "count", **L26, s=("bägare blåbärssoppa", "bägare"), sp=UB),
        G("10 000 anmälda", 10000, "count", t=Y27, s=("anmälda", "anmälda"), sp=UB, note="target 'Nästa år'"),
    ]
    NEG["r24_a_skidlopp_2026"] = [
        N("2026", ctx="Storfjällsloppet [2026]", note="title"), N("2 mars 2026"), N("2019", note="places the claim"),
        N("1", ctx="[1]. Tobias", note="list numbering"), N("2", ctx="[2]. Mattias", note="list numbering"), N("3", ctx="[3]. Erik", note="list numbering"),
        N("1", ctx="[1]. Ida", note="list numbering"), N("2", ctx="[2]. Karin", note="list numbering"), N("3", ctx="[3]. Hanna", note="list numbering"),
        N("Fjällvägen 12", note="street address"), N("780 67", note="postal code"), N("0280-330 90"),
    ]

    return GOLD, NEG
