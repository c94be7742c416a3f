"""Round 16, part B (r16_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 16, part B (r16_b_*): eight kinds, written from scratch (r16_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a national employment agency's monthly
# unemployment statistics for October 2026 ('Publicerad 11 november 2026'; inskrivna arbetslösa, 'andel av den
# registerbaserade arbetskraften i åldern 16–65 år', 'en nedgång med 0,4 procentenheter jämfört med oktober i fjol',
# 'har därmed krympt med 17 900 personer på ett år', 'oförändrat sedan oktober 2025', 'Det är 2 600 fler än för ett år
# sedan', 'Ungefär var tredje' in a quote, a plain-text county table 'Antal' / 'Andel, %' / 'Förändring mot okt 2025,
# p.e.' with a zero cell), a regional public-transport authority's ridership report for the third quarter of 2026
# (Markdown, dateline 'Hagvik den 22 oktober 2026'; resor, påstigande 'per vardag', 'resor per invånare', marknadsandel
# 'upp från 25 procent året innan', a target 'minst 33 procent år 2030', 'i fem veckor', 'nästan var fjärde invånare',
# a Markdown table 'Resor kv 3 2026, tusental' / 'Resor kv 3 2025, tusental' / 'Förändring, %'), a savings bank's
# year-end report for 2025 (dateline 'Ödmark den 5 februari 2026'; bullets under 'HELÅRET 2025' and 'FJÄRDE KVARTALET
# 2025' with bracketed prior figures dated by 'Siffror inom parentes avser motsvarande period 2024'; räntenetto,
# rörelseresultat, K/I-tal '0,46 (0,41)', kapitaltäckningsgrad, utlåning 'växte under året med 1,9 miljarder kronor och
# uppgick vid årets slut till 38,6 (36,7) miljarder kronor', a CEO letter with 'skriver vd'), a municipality's interim
# report January–August 2026 with a full-year forecast ('Publicerad 24 september 2026'; 'ett underskott på 14,2
# miljoner kronor för 2026', 'en budgetavvikelse på −25,2 miljoner kronor', 'har alltså försämrats med 7,4 miljoner på
# fyra månader', 'jämfört med budget', 'överskrida budget med', a plain-text table 'Budget' / 'Prognos' / 'Avvikelse'
# per nämnd, 'mot budgeterade 265 miljoner, det vill säga 71 procent av budget', a demand 'minst 20 miljoner kronor i
# årstakt inför 2027'), an UNDATED party web page on climate policy (no date, no sidecar; 'miljoner ton
# koldioxidekvivalenter', 'dubbelt så snabbt som', '75 procent lägre år 2035 än 1990', 'kronor per liter', 'hälften så
# mycket per mil som', 'vart tredje tak', terawattimmar per år, '50 öre per kilo koldioxid', 'per person och år', 'mer än
# tre gånger så mycket som de 2 ton per person'), a monthly foreign-trade release for September dated only by its
# sidecar (2026-10-28; export and import in miljarder kronor, handelsnettot 'mot 10,7 miljarder kronor i september i
# fjol', 'Kalenderkorrigerat', 'Säsongsrensat ... från augusti', 'Under årets första nio månader', a plain-text table by
# product group with two 'Förändring, %' columns), a fuel-price comparison site's HTML page for week 3 of 2026 (cookie
# banner, menu, breadcrumb, related links, footer; 'Publicerad 15 januari 2026 · Vecka 3'; 'sjönk den här veckan med 15
# öre till 18,24 kronor per liter', 'litern', 'Mot för en månad sedan', 'samma vecka i fjol', dollars per barrel, an HTML
# table 'Pris nu, kr/l' / 'Förändring mot förra veckan, öre' / 'För en månad sedan, kr/l' / 'För ett år sedan, kr/l',
# fordonsgas per kilo) and a county's population statistics for the first half of 2026 ('Publicerad 20 augusti 2026';
# folkmängd, födda, döda, inflyttade, utflyttade, flyttnetto, 'Det är 612 fler än vid årsskiftet', 'Födelseunderskottet',
# a plain-text municipality table 'Folkmängd 30 juni' / 'Födda' / 'Döda' / 'Flyttnetto' / 'Förändring', 'sedan 2016',
# 'fem år tidigare').
# The r8-r15 decisions are followed: periods at year grain (a quarter, a half-year, a month and a week take their year);
# a relative expression in the sentence ('i fjol', 'den här veckan', 'i veckan', 'i dag', 'nu', 'årets') resolves
# against the publication date and is not lenient; a month or week without a year, a heading's, a caption's or the
# document's period, present tense, 'ett år tidigare' / 'året innan' / 'fem år tidigare' are lenient; brackets take the
# period their note names (not lenient); a level followed by ', en nedgång med X', ', en ökning med X', 'att jämföra med
# X <earlier time>', 'mot X <earlier time>', ', X färre än' or a next sentence 'Det är X fler' is the new value after a
# change (direction), the earlier value and from-values have none and take the earlier period; comparisons at one time
# and against a budget have no direction; multipliers, thresholds, definitions of an example and rules are optional;
# targets and demands are required; table cells take their column headers' periods (not lenient; a caption's or a
# header's month or week without a year lenient), change columns lenient with direction from the sign; rows that are
# categories take the column's or caption's measure as subject; 'Det motsvarar' / 'vilket motsvarar' / 'alltså' / 'det
# vill säga' have s None; a bare figure as grammatical subject ('medan 7 122 flyttade ut') has s None; elided nouns s
# None; the payer or receiver of an example is no subject; possession is no credit; the sender's first-person
# statements are 'publisher'; the UNDATED text has no period from relative expressions ('Förra året', 'i dag', 'under
# mandatperioden').
# Where those were silent, decided here:
# - Unemployment: '352 400 personer' has no direction: the change of the count ('har därmed krympt med 17 900 personer
#   på ett år') comes two sentences later, beyond the next-sentence rule; the 17 900 spans the rolling year ('2025',
#   '2026'), lenient. 'Det motsvarar 6,9 procent ..., en nedgång med 0,4 procentenheter' gives both s None (as r15_b's
#   'Det är en förbättring'). Where r15_a ('Det är 940 fler', subject the thing that changes) and r15_b ('vilket är 2 100
#   fler', s None) differ, 'Det är X fler' after a named level takes that level's subject (r15_a): '2 600' takes
#   'Antalet som varit utan arbete i minst tolv månader', '612' takes 'personer'. 'utgör nu 45,8 procent' is 2026, not
#   lenient ('nu'). Age bands '16–65 år' and '18–24 år' are N; 'minst tolv månader' (no digits) defines the group and is
#   left out. Table: 'Antal' takes the caption's measure ('Inskrivna arbetslösa'); the change column's subject is
#   'Andel' (a change of the share in procentenheter); the zero cell '0,0' has no direction.
# - Ridership: 'i snitt 11 800 påstigande per vardag i september' is per="day" (r10_a 'per vardag'). '40,3 resor per
#   invånare under kvartalet' is count per="capita" with the counted noun as subject; its comparison '39,2 under tredje
#   kvartalet 2025' is 2025 explicit. The target 'minst 33 procent år 2030' takes ('2030', '2030'), at_least, no speaker
#   ('Målet i det regionala trafikförsörjningsprogrammet': possession). 'i fem veckor' is a required duration (number
#   word); 'mellan två fordon' (defines påstigande) and 'minst en gång i veckan' (a threshold) have no digits and are left
#   out. The table's year headers are not lenient; 'tusental' scales by 1000. 'medan tågen gick i tid vid 86,7 procent av
#   avgångarna' elides 'Punktligheten': s None. '30-dagarsbiljetter' and the bus line '10' are names (N).
# - Year-end report: the heading 'HELÅRET 2025' gives the bullets 2025, lenient; 'FJÄRDE KVARTALET 2025' likewise (the
#   bracket note 'motsvarande period 2024' covers both blocks: 2024, not lenient). The cost/income ratio 'K/I-talet 0,46
#   (0,41)' is a key ratio written as a decimal: unit number (not ratio: the contract's ratio is a proportion in words).
#   'vilket motsvarar en kreditförlustnivå på 0,05 (0,09) procent' has s None. 'vid årets slut' in a report on 2025 is
#   2025 (lenient). In the CEO's letter ('skriver vd': quote) 'har vi fått 4 100 nya helkunder' has no direction (bare
#   'nya', r15_b), 'ökat vår marknadsandel ... till 34 procent' has; 'i våra sex kommuner' defines the market (optional).
#   'Banken har 186 medarbetare och sju kontor' is present tense: 2026, lenient. 'delade Sparbanksstiftelsen ... ut 22
#   miljoner kronor till föreningsliv' is a third party's past action reported by the bank: subject the goal, no speaker.
# - Interim report: an 'underskott' is written as a positive amount (value 14.2e6, subject 'ett underskott'); the
#   'budgetavvikelse på −25,2 miljoner kronor' keeps its sign. Deviations from the budget ('jämfört med budget',
#   'överskrida budget med', 'högre än budgeterat', 'bättre', the table's signed 'Avvikelse' column) are comparisons at
#   one time: no direction. 'läget har alltså försämrats med 7,4 miljoner på fyra månader' is a change of the forecast
#   result: direction decrease, 2026 lenient ('på fyra månader' has no digits). 'I aprilrapporten' is 2026, lenient.
#   'har vuxit från 34 vid årets början till 47 i augusti': 'vid årets början' is the closing figure of 2025 (r14_a), 47 is
#   2026 lenient. The table's caption 'Prognos per nämnd 2026 (miljoner kronor)' gives every cell 2026 (lenient) and the
#   scale 1e6; subjects are the column headers 'Budget', 'Prognos', 'Avvikelse'. The chair's demand 'minst 20 miljoner
#   kronor i årstakt inför 2027' is required, at_least, per="year" ('i årstakt'), 2027 (explicit), direction decrease
#   ('få ned kostnaderna med').
# - UNDATED party page: an explicit target year in the sentence is kept even in an undated text ('75 procent lägre år
#   2035 än 1990' -> ('2035', '2035'); '15 terawattimmar per år till 2030' -> ('2030', '2030')): it does not depend on a
#   publication date; relative times ('Förra året', 'i dag', 'under mandatperioden') give no period. 'dubbelt så snabbt
#   som under det senaste decenniet' compares two rates of decrease: an optional multiplier without direction.
#   Promises under 'Våra löften', 'Vårt mål' and the calculation 'Så räknar vi' are 'publisher' (r14_a), their
#   from-values included ('jämfört med ungefär 4 terawattimmar i dag'); third-person facts have no speaker; 'de 2 ton per
#   person som forskarna bedömer vara hållbart' credits 'forskarna'. Units: 'miljoner ton koldioxidekvivalenter' tonne,
#   terawattimmar TWh, '50 öre per kilo koldioxid' SEK per="kg", 'kronor per liter' per="l", '1 200 mil' 12000 km
#   (optional, defines the example driver). 'per person och år' for a bonus paid to each person is per="year" (r14_a's
#   'per barn och månad'); 'En svensk orsakar ... 7 ton koldioxid per år' is per="year" (the written 'per år'); '2 ton per
#   person' per="capita". 'en inkomst under 30 000 kronor i månaden' delimits the group (optional, less_than); 'de tre
#   största industrianläggningarna' defines the group (optional count); 'två vuxna och två barn' the example family.
# - Foreign trade (sidecar 2026-10-28): 'i september' is 2026, lenient; 'i september i fjol' 2025, not lenient.
#   'Handelsnettot ... gav därmed ett överskott på 5,5 miljarder kronor, mot 10,7 miljarder kronor i september i fjol':
#   subject the noun the figure is attached to ('ett överskott'), the new value with direction decrease. 'Under årets
#   första nio månader' is 2026, not lenient ('årets'); the next sentence's figures take it lenient. The table's two
#   'Förändring, %' columns are each the change of the column before it: subjects 'Export' and 'Import', 2026 lenient,
#   direction from the sign; the caption's 'september' (no year) makes the level cells 2026, lenient.
# - Fuel prices (HTML): the lead's 'den här veckan' is 2026, not lenient; 'Bensin 95 ligger kvar på 16,89 kronor litern'
#   states no change ('litern' is per="l"). 'Mot för en månad sedan är dieseln 41 öre billigare' compares one thing over
#   time (decrease, 2026 lenient). Table headers: 'Pris nu' is 2026 and 'För en månad sedan' (mid-December 2025) and 'För
#   ett år sedan' are 2025, all resolved against the publication date and not lenient; 'Förändring mot förra veckan,
#   öre' is SEK per litre scaled 0.01, 2026 lenient, direction from the sign (the zero cell none); subject the caption's
#   'Genomsnittliga pumppriser'. 'Bensin 95', 'E85', 'HVO100' are product names (N). 'Ett fat nordsjöolja kostade i
#   veckan omkring 63 dollar, 5 dollar mindre än i december' is USD per="barrel" (per follows the noun, as r15_a 'En liter
#   bensin kostade'), 63 the new value. 'Det lägsta dieselpriset i vår kartläggning hittade vi' and '118 stationer ... i
#   vår mätning' are the sender's own findings ('publisher'). 'mindre än 40 öre mellan stationerna' in the quote has no
#   per (the text writes none). 'moms på 25 procent' is a required level (2026, lenient), not a rule. 'Fordonsgas kostar
#   oförändrat 29,90 kronor per kilo' is per="kg", no change.
# - Population: 'Den 30 juni 2026 bodde 287 415 personer' is 2026 explicit; the half-year's flows are 2026, lenient;
#   'Under motsvarande halvår i fjol ökade länets folkmängd med 1 048 personer' 2025, not lenient. '6 905 personer flyttade
#   in' takes the counted noun; 'medan 7 122 flyttade ut' is a bare figure as subject (s None). Net flows ('ett inrikes
#   flyttnetto på −217 personer', the table's signed 'Flyttnetto' column) are levels: no direction; the 'Förändring'
#   column is the change of the population (subject 'Folkmängd', direction from the sign). 'har ... minskat med drygt
#   1 100 sedan 2016' spans ('2016', '2026'), lenient. 'fem år tidigare' makes the from-value '5,9 procent' 2021,
#   lenient. 'Medelåldern låg på 43,1 år' is unit year. '80 år eller äldre' is an age band (N).
# - Negatives: datelines and Publicerad lines, titles' and headings' periods, captions and column headers of periods,
#   years and dates that only place a claim ('sedan oktober 2025', 'tredje kvartalet 2025', 'år 2030', 'sedan 1990',
#   'år 2035', 'senast 2040', 'till 2030', 'inför 2027', 'januari–augusti 2025', 'första halvåret 2025', 'sedan 2016',
#   'den 30 juni', 'den 15 oktober'), next-release dates, age bands, 'Tabell 1', line and product names ('linjen 10',
#   '30-dagarsbiljetter', 'Bensin 95', 'E85', 'HVO100'), list numbering, 'Vecka 3' / 'vecka 3', related links, phone
#   numbers, street addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'tolv månader' (a definition), 'på ett år', 'mellan två fordon',
#   'minst en gång i veckan', 'på fyra månader', 'första nio månader', 'fem år tidigare', 'det senaste decenniet',
#   'året innan', 'förra året', 'första halvåret'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2021", "2024", "2025", "2026", "2027", "2030", "2035")}


from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y30 = Y["2024"], Y["2025"], Y["2026"], Y["2027"], Y["2030"]
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)

    # ------------------------------------------------------------ 1. national unemployment statistics, October 2026 (Publicerad 11 november 2026)
    AI = ("Antalet inskrivna arbetslösa", "Antalet")
    HA = ("Henrik Almgren", "quote")
    LA = ("Antalet som varit utan arbete i minst tolv månader", "Antalet")
    LP = ("nya lediga platser", "platser")
    at = [("count", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percentage_point", 1, None, Y26, True, True)]
    ATS = [("Inskrivna arbetslösa", "arbetslösa"), ("Andel", "Andel"), ("Andel", "Andel")]
    GOLD["r16_b_arbetsloshet_oktober"] = [
        G("352 400 personer", 352400, "count", **L26, s=("personer", "personer"), sp=None, note="'I slutet av oktober' (no year); the change comes two sentences later: no direction on the level"),
        G("6,9 procent", 6.9, "percent", **L26, direction="decrease", s=None, sp=None, note="'Det motsvarar'; ', en nedgång med 0,4 procentenheter jämfört med oktober i fjol': the new value"),
        G("0,4 procentenheter", 0.4, "percentage_point", **L26, direction="decrease", s=None, sp=None, note="the change of a figure with no subject"),
        G("17 900 personer", 17900, "count", t=("2025", "2026"), lenient=True, direction="decrease", s=AI, sp=None, note="'har krympt med ... på ett år': a rolling year"),
        G("8,7 procent", 8.7, "percent", **L26, direction="decrease", s=("andelen", "andelen"), sp=None, note="', att jämföra med 9,5 procent ett år tidigare': the new value"),
        G("9,5 procent", 9.5, "percent", **L25, s=("andelen", "andelen"), sp=None, note="'ett år tidigare'"),
        G("53 procent", 53, "percent", **L26, s=("Utrikes födda", "födda"), sp=None),
        G("17,2 procent", 17.2, "percent", **L26, s=("arbetslösheten", "arbetslösheten"), sp=None),
        G("4,1 procent", 4.1, "percent", **L26, s=("andelen", "andelen"), sp=None, note="'oförändrat sedan oktober 2025': no change"),
        G("161 300", 161300, "count", **L26, direction="increase", s=LA, sp=None, note="next sentence 'Det är 2 600 fler än för ett år sedan': the new value"),
        G("2 600", 2600, "count", **L26, direction="increase", s=LA, sp=None, note="'Det är ... fler': the size of the change takes the thing that changes (r15_a)"),
        G("45,8 procent", 45.8, "percent", t=Y26, s=("de långtidsarbetslösa", "långtidsarbetslösa"), sp=None, note="'utgör nu'"),
        G("Ungefär var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("långtidsarbetslös", "långtidsarbetslös"), sp=HA, note="present tense"),
        G("24 150", 24150, "count", **L26, s=("inskrivna", "inskrivna"), sp=None, note="'Under månaden'"),
        G("31 700 nya lediga platser", 31700, "count", **L26, direction="decrease", s=LP, sp=None, note="', 8 procent färre än i oktober förra året': the new value; the employers who report are no speaker"),
        G("8 procent", 8, "percent", ctx="platser, [8 procent] färre", **L26, direction="decrease", s=LP, sp=None),
        G("3 820 personer", 3820, "count", **L26, s=("personer", "personer"), sp=None),
        G("142 varsel", 142, "count", **L26, s=("varsel", "varsel"), sp=None),
        *_row(G, "Stockholms län", ["84 210", "5,9", "−0,5"], at, ATS, note="table 1 'Inskrivna arbetslösa per län, oktober 2026' (caption: lenient): 'Antal' / 'Andel, %' / 'Förändring mot okt 2025, p.e.' (signed)"),
        *_row(G, "Uppsala län", ["11 370", "5,6", "−0,2"], at, ATS),
        *_row(G, "Skåne län", ["63 850", "9,1", "−0,6"], at, ATS),
        *_row(G, "Västra Götalands län", ["59 120", "6,4", "−0,3"], at, ATS),
        *_row(G, "Östergötlands län", ["16 480", "7,8", "+0,1"], at, ATS),
        *_row(G, "Gävleborgs län", ["12 940", "8,9", "−0,7"], at, ATS),
        *_row(G, "Norrbottens län", ["5 610", "4,8", "0,0"], at, ATS, note="a zero change cell: no direction"),
        *_row(G, "Riket", ["352 400", "6,9", "−0,4"], at, ATS),
    ]
    NEG["r16_b_arbetsloshet_oktober"] = [
        N("11 november 2026"), N("16–65 år", note="age band"), N("18–24 år", note="age band"),
        N("oktober 2025", note="'oförändrat sedan oktober 2025' places the claim"), N("Tabell 1"),
        N("oktober 2026", note="caption"), N("okt 2025", note="column header"), N("10 december 2026"),
        N("010-486 22 70"),
    ]

    # ------------------------------------------------------------ 2. public-transport quarterly ridership, Q3 2026 (dateline 22 oktober 2026)
    AF = ("Annelie Forsberg", "quote")
    RE = ("resor", "resor")
    PS = ("påstigningar", "påstigningar")
    MA = ("Kollektivtrafikens marknadsandel av de motoriserade resorna i länet", "marknadsandel")
    BI = ("Biljettintäkterna", "Biljettintäkterna")
    kt = [("count", 1e3, None, Y26, False, False), ("count", 1e3, None, Y25, False, False),
          ("percent", 1, None, Y26, True, True)]
    KTS = ("Resor", "Resor")
    GOLD["r16_b_kollektivtrafik_kvartal"] = [
        G("14,6 miljoner resor", 14.6e6, "count", **L26, direction="increase", s=RE, sp=None, note="'Under juli–september' (no year); next 'Det är 3,1 procent fler än under samma kvartal förra året': the new value"),
        G("3,1 procent", 3.1, "percent", **L26, direction="increase", s=RE, sp=None, note="'Det är ... fler': the thing that changes"),
        G("19,2 miljoner påstigningar", 19.2e6, "count", **L26, direction="increase", s=PS, sp=None, note="'landade kvartalet på'; ', en ökning med 0,7 miljoner'"),
        G("0,7 miljoner", 0.7e6, "count", **L26, direction="increase", s=PS, sp=None),
        G("drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("Stadstrafiken i Hagvik och Norrköl", "Stadstrafiken"), sp=None),
        G("6,1 procent", 6.1, "percent", **L26, direction="increase", s=("resandet", "resandet"), sp=None, note="'växte'"),
        G("11 800 påstigande", 11800, "count", per="day", **L26, s=("påstigande", "påstigande"), sp=None, note="'per vardag' is per day (r10_a); 'i september' (no year)"),
        G("2,8 procent", 2.8, "percent", **L26, direction="decrease", s=("Regiontåget Kustpilen", "Regiontåget"), sp=None, note="'tappade'"),
        G("fem veckor", 5, "week", **L26, s=("ett banarbete mellan Hagvik och Sörby", "banarbete"), sp=None, note="number word, required (r15_a 'i sju veckor')"),
        G("cirka 96 000 resenärer", 96000, "count", bound="approx", **L26, s=("resenärer", "resenärer"), sp=None),
        G("412 000 resor", 412000, "count", **L26, direction="increase", s=RE, sp=None, note="', en uppgång på 11 procent': the new value"),
        G("11 procent", 11, "percent", **L26, direction="increase", s=RE, sp=None),
        *_row(G, "| Stadsbuss", ["7 530", "7 097", "+6,1"], kt, KTS, sep=" | ", note="Markdown table: 'Resor kv 3 2026, tusental' / 'Resor kv 3 2025, tusental' (years in the headers: not lenient) / 'Förändring, %' (signed)"),
        *_row(G, "| Regionbuss", ["4 210", "4 168", "+1,0"], kt, KTS, sep=" | "),
        *_row(G, "| Regiontåg", ["2 448", "2 519", "−2,8"], kt, KTS, sep=" | "),
        *_row(G, "| Skärgårdsbåt", ["412", "371", "+11,1"], kt, KTS, sep=" | "),
        *_row(G, "| Totalt", ["14 600", "14 155", "+3,1"], kt, KTS, sep=" | "),
        G("40,3 resor per invånare", 40.3, "count", per="capita", **L26, direction="increase", s=RE, sp=None, note="'under kvartalet'; ', att jämföra med 39,2 under tredje kvartalet 2025': the new value"),
        G("39,2", 39.2, "count", per="capita", t=Y25, s=RE, sp=None, note="'tredje kvartalet 2025': explicit"),
        G("27 procent", 27, "percent", **L26, direction="increase", s=MA, sp=None, note="'upp från 25 procent året innan'"),
        G("25 procent", 25, "percent", **L25, s=MA, sp=None, note="from-value, 'året innan'"),
        G("minst 33 procent", 33, "percent", bound="at_least", t=Y30, s=("en marknadsandel", "marknadsandel"), sp=None, note="a target 'år 2030'; possession ('Målet i ... programmet') is no credit"),
        G("9 procent", 9, "percent", **L26, direction="increase", s=("Antalet sålda 30-dagarsbiljetter", "Antalet"), sp=AF, note="'gick upp med'"),
        G("nästan var fjärde invånare", 0.25, "ratio", bound="approx", t=Y26, s=("invånare", "invånare"), sp=AF, note="'i dag'"),
        G("318 miljoner kronor", 318e6, "SEK", **L26, direction="increase", s=BI, sp=None, note="', 5 procent mer än i fjol': the new value"),
        G("5 procent", 5, "percent", ctx="kvartalet, [5 procent] mer", **L26, direction="increase", s=BI, sp=None),
        G("kring 52 procent", 52, "percent", bound="approx", **L26, s=("Skattefinansieringsgraden", "Skattefinansieringsgraden"), sp=None, note="present tense"),
        G("91,4 procent", 91.4, "percent", **L26, s=("Punktligheten för bussarna", "Punktligheten"), sp=None),
        G("86,7 procent", 86.7, "percent", **L26, s=None, sp=None, note="'medan tågen gick i tid vid ... av avgångarna': elided measure"),
    ]
    NEG["r16_b_kollektivtrafik_kvartal"] = [
        N("22 oktober 2026"), N("10", ctx="stombusslinjen [10] som", note="a line's name"), N("Linje 10"),
        N("kv 3 2026", note="column header"), N("kv 3 2025", note="column header"),
        N("2025", ctx="kvartalet [2025].", note="places the claim"), N("2030", ctx="år [2030].", note="a target year"),
        N("30-dagarsbiljetter", note="a product name"), N("0155-24 80 00"), N("Stationsgatan 3"), N("611 30"),
    ]

    # ------------------------------------------------------------ 3. savings bank's year-end report 2025 (dateline 5 februari 2026)
    B = dict(t=Y24)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KI = ("K/I-talet", "K/I-talet")
    UL = ("Utlåningen till allmänheten", "Utlåningen")
    IL = ("Inlåningen från allmänheten", "Inlåningen")
    GH = ("Gunnar Hedenström", "quote")
    GOLD["r16_b_sparbank_bokslut"] = [
        G("912", 912e6, "SEK", ctx="till [912] (968)", **L25, direction="decrease", s=RN, sp=None, note="bullet under 'HELÅRET 2025' (heading: lenient); 'minskade till'"),
        G("968", 968e6, "SEK", ctx="912 ([968]) miljoner", **B, s=RN, sp=None, note="'Siffror inom parentes avser motsvarande period 2024'; the scale after the bracket applies to both"),
        G("7 procent", 7, "percent", **L25, direction="increase", s=PN, sp=None, note="'steg med'"),
        G("214", 214e6, "SEK", ctx="till [214] (200)", **L25, direction="increase", s=PN, sp=None, note="to-value"),
        G("200", 200e6, "SEK", ctx="214 ([200]) miljoner", **B, s=PN, sp=None),
        G("603", 603e6, "SEK", ctx="till [603] (671)", **L25, s=RR, sp=None),
        G("671", 671e6, "SEK", ctx="603 ([671]) miljoner", **B, s=RR, sp=None),
        G("473", 473e6, "SEK", ctx="blev [473] (526)", **L25, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("526", 526e6, "SEK", ctx="473 ([526]) miljoner", **B, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("0,46", 0.46, "number", ctx="blev [0,46] (0,41)", **L25, s=KI, sp=None, note="a key ratio written as a decimal: unit number"),
        G("0,41", 0.41, "number", ctx="0,46 ([0,41])", **B, s=KI, sp=None),
        G("18", 18e6, "SEK", ctx="var [18] (31)", **L25, s=("Kreditförlusterna", "Kreditförlusterna"), sp=None),
        G("31", 31e6, "SEK", ctx="18 ([31]) miljoner", **B, s=("Kreditförlusterna", "Kreditförlusterna"), sp=None),
        G("0,05", 0.05, "percent", ctx="på [0,05] (0,09)", **L25, s=None, sp=None, note="'vilket motsvarar en kreditförlustnivå på'"),
        G("0,09", 0.09, "percent", ctx="0,05 ([0,09]) procent", **B, s=None, sp=None),
        G("24,8", 24.8, "percent", ctx="till [24,8] (23,1)", **L25, s=("Kapitaltäckningsgraden", "Kapitaltäckningsgraden"), sp=None),
        G("23,1", 23.1, "percent", ctx="24,8 ([23,1]) procent", **B, s=("Kapitaltäckningsgraden", "Kapitaltäckningsgraden"), sp=None),
        G("22,9", 22.9, "percent", ctx="till [22,9] (21,4)", **L25, s=("kärnprimärkapitalrelationen", "kärnprimärkapitalrelationen"), sp=None),
        G("21,4", 21.4, "percent", ctx="22,9 ([21,4]) procent", **B, s=("kärnprimärkapitalrelationen", "kärnprimärkapitalrelationen"), sp=None),
        G("219", 219e6, "SEK", ctx="blev [219] (246)", **L25, s=RN, sp=None, note="bullet under 'FJÄRDE KVARTALET 2025'"),
        G("246", 246e6, "SEK", ctx="219 ([246]) miljoner", **B, s=RN, sp=None, note="the bracket note's 'motsvarande period' is the fourth quarter of 2024"),
        G("138", 138e6, "SEK", ctx="på [138] (165)", **L25, s=RR, sp=None),
        G("165", 165e6, "SEK", ctx="138 ([165]) miljoner", **B, s=RR, sp=None),
        G("0,49", 0.49, "number", ctx="var [0,49] (0,42)", **L25, s=KI, sp=None),
        G("0,42", 0.42, "number", ctx="0,49 ([0,42])", **B, s=KI, sp=None),
        G("1,9 miljarder kronor", 1.9e9, "SEK", **L25, direction="increase", s=UL, sp=None, note="'växte under året med'"),
        G("38,6", 38.6e9, "SEK", ctx="till [38,6] (36,7)", **L25, direction="increase", s=UL, sp=None, note="'vid årets slut': the new value after the growth"),
        G("36,7", 36.7e9, "SEK", ctx="38,6 ([36,7]) miljarder", **B, s=UL, sp=None),
        G("31,2", 31.2e9, "SEK", ctx="till [31,2] (29,8)", **L25, direction="increase", s=IL, sp=None, note="'ökade till'"),
        G("29,8", 29.8e9, "SEK", ctx="31,2 ([29,8]) miljarder", **B, s=IL, sp=None),
        G("14,3", 14.3e9, "SEK", ctx="banken [14,3] (12,6)", **L25, s=("bolån", "bolån"), sp=None, note="'förmedlade ... i bolån': the counted thing"),
        G("12,6", 12.6e9, "SEK", ctx="14,3 ([12,6]) miljarder", **B, s=("bolån", "bolån"), sp=None),
        G("4 100 nya helkunder", 4100, "count", **L25, s=("nya helkunder", "helkunder"), sp=GH, note="'har vi fått' in the year-end letter: the year; bare 'nya' sets no direction (r15_b)"),
        G("sex kommuner", 6, "count", optional=True, s=("kommuner", "kommuner"), sp=GH, note="defines the market area"),
        G("34 procent", 34, "percent", **L25, direction="increase", s=("vår marknadsandel för bolån", "marknadsandel"), sp=GH, note="'ökat ... till'"),
        G("186 medarbetare", 186, "count", **L26, s=("medarbetare", "medarbetare"), sp=None, note="present tense in a February 2026 text"),
        G("sju kontor", 7, "count", **L26, s=("kontor", "kontor"), sp=None, note="number word"),
        G("22 miljoner kronor", 22e6, "SEK", **L25, s=("föreningsliv och lokala projekt", "föreningsliv"), sp=None, note="'Under året'; the goal of the money; a third party's past action reported by the bank: no speaker"),
        G("6,5 miljoner", 6.5e6, "SEK", **L25, s=("idrott för barn och unga", "idrott"), sp=None, note="'varav'"),
    ]
    NEG["r16_b_sparbank_bokslut"] = [
        N("2025", ctx="Bokslutskommuniké [2025]", note="title"), N("5 februari 2026"),
        N("2024", ctx="period [2024].", note="bracket note"), N("2025", ctx="HELÅRET [2025]", note="heading"),
        N("2025", ctx="KVARTALET [2025]", note="heading"), N("första kvartalet 2026"), N("23 april 2026"),
        N("0581-77 30 00"), N("587200-4419"),
    ]

    # ------------------------------------------------------------ 4. municipality's interim report with full-year forecast (Publicerad 24 september 2026)
    EB = ("Eva Brandt", "quote")
    UN = ("ett underskott", "underskott")
    OS = ("ett överskott", "överskott")
    SJ = ("Sjukfrånvaron bland de anställda", "Sjukfrånvaron")
    PB = ("Antalet placerade barn", "Antalet")
    nt = [("SEK", 1e6, None, Y26, True, False), ("SEK", 1e6, None, Y26, True, False), ("SEK", 1e6, None, Y26, True, False)]
    NTS = [("Budget", "Budget"), ("Prognos", "Prognos"), ("Avvikelse", "Avvikelse")]
    GOLD["r16_b_kommun_prognos"] = [
        G("14,2 miljoner kronor", 14.2e6, "SEK", t=Y26, s=UN, sp=None, note="'för 2026': a forecast; an underskott is written as a positive amount"),
        G("11,0 miljoner kronor", 11.0e6, "SEK", **L26, s=OS, sp=None, note="'Budgeten för året förutsatte'"),
        G("−25,2 miljoner kronor", -25.2e6, "SEK", **L26, s=("en budgetavvikelse", "budgetavvikelse"), sp=None, note="against the budget: no direction"),
        G("6,8 miljoner kronor", 6.8e6, "SEK", **L26, s=UN, sp=None, note="'I aprilrapporten' (the April forecast for the same year)"),
        G("7,4 miljoner", 7.4e6, "SEK", **L26, direction="decrease", s=("läget", "läget"), sp=None, note="'har försämrats med ... på fyra månader': the forecast result fell"),
        G("31,5 miljoner kronor", 31.5e6, "SEK", **L26, s=OS, sp=None, note="'januari–augusti' (the heading's year)"),
        G("38,9 miljoner kronor", 38.9e6, "SEK", **L26, s=UN, sp=None, note="'jämfört med budget': no direction"),
        G("21,5 miljoner kronor", 21.5e6, "SEK", **L26, s=("kostnaderna för placeringar av barn och unga", "kostnaderna"), sp=None, note="'överskrida budget med': against the budget, no direction"),
        G("34", 34, "count", ctx="från [34] vid", **L25, s=PB, sp=None, note="from-value 'vid årets början': the closing figure of 2025 (r14_a)"),
        G("47", 47, "count", ctx="till [47] i augusti", **L26, direction="increase", s=PB, sp=None, note="'har vuxit från ... till'"),
        *_row(G, "Kommunstyrelsen", ["148,6", "146,1", "+2,5"], nt, NTS, note="table 'Prognos per nämnd 2026 (miljoner kronor)' (caption: lenient): 'Budget' / 'Prognos' / 'Avvikelse' (signed, but against the budget: no direction)"),
        *_row(G, "Barn- och utbildningsnämnden", ["812,4", "821,9", "−9,5"], nt, NTS),
        *_row(G, "Socialnämnden", ["694,0", "731,1", "−37,1"], nt, NTS),
        *_row(G, "Samhällsbyggnadsnämnden", ["121,3", "118,6", "+2,7"], nt, NTS),
        *_row(G, "Kultur- och fritidsnämnden", ["64,8", "62,3", "+2,5"], nt, NTS),
        *_row(G, "Summa nämnder", ["1 841,1", "1 880,0", "−38,9"], nt, NTS),
        G("9,3 miljoner kronor", 9.3e6, "SEK", **L26, s=("Skatteintäkterna och de generella statsbidragen", "Skatteintäkterna"), sp=None, note="'högre än budgeterat': no direction"),
        G("4,4 miljoner", 4.4e6, "SEK", **L26, s=("finansnettot", "finansnettot"), sp=None, note="'bättre' than budget"),
        G("187 miljoner kronor", 187e6, "SEK", **L26, s=("Investeringarna", "Investeringarna"), sp=None, note="forecast; 'mot budgeterade 265 miljoner': a comparison with the budget"),
        G("265 miljoner", 265e6, "SEK", **L26, s=None, sp=None, note="'budgeterade' with an elided noun"),
        G("71 procent", 71, "percent", **L26, s=None, sp=None, note="'det vill säga' (as 'alltså')"),
        G("6,3 procent", 6.3, "percent", **L26, direction="decrease", s=SJ, sp=None, note="'under perioden'; ', 0,5 procentenheter lägre än under januari–augusti 2025'"),
        G("0,5 procentenheter", 0.5, "percentage_point", **L26, direction="decrease", s=SJ, sp=None),
        G("16 482 invånare", 16482, "count", **L26, direction="increase", s=("invånare", "invånare"), sp=None, note="'den 30 juni'; ', 57 fler än vid årsskiftet'"),
        G("57", 57, "count", ctx="[57] fler", **L26, direction="increase", s=("invånare", "invånare"), sp=None),
        G("minst 20 miljoner kronor", 20e6, "SEK", bound="at_least", per="year", t=Y27, direction="decrease", s=("kostnaderna", "kostnaderna"), sp=EB, note="'få ned ... i årstakt inför 2027': a demand"),
    ]
    NEG["r16_b_kommun_prognos"] = [
        N("januari–augusti 2026", note="title"), N("24 september 2026"), N("2026", ctx="för [2026]. Budgeten", note="places the claim"),
        N("2026", ctx="nämnd [2026] (miljoner", note="caption"), N("januari–augusti 2025"), N("30 juni"),
        N("2027", ctx="inför [2027],"), N("15 oktober"), N("Torget 1"), N("686 80"), N("0565-46 10 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party web page on climate policy (no date, no sidecar)
    PUB = ("Hållbart Sverige", "publisher")
    SO = ("Solelen", "Solelen")
    GOLD["r16_b_parti_klimat"] = [
        G("44,2 miljoner ton", 44.2e6, "tonne", s=("koldioxidekvivalenter", "koldioxidekvivalenter"), sp=None, note="'Förra året' in an undated text: no period"),
        G("38 procent", 38, "percent", direction="decrease", s=("Utsläppen", "Utsläppen"), sp=None, note="'har ... sjunkit med ... sedan 1990'"),
        G("dubbelt", 2, "number", optional=True, s=("minskningen", "minskningen"), sp=None, note="'dubbelt så snabbt som under det senaste decenniet': a multiplier comparing two rates, no direction"),
        G("75 procent", 75, "percent", t=("2035", "2035"), direction="decrease", s=("utsläppen", "utsläppen"), sp=PUB, note="'Vårt mål': a target 'lägre år 2035 än 1990'; an explicit year is kept in an undated text"),
        G("1,80 kronor", 1.80, "SEK", per="l", direction="decrease", s=("skatten på HVO och biodiesel", "skatten"), sp=PUB, note="'Vi sänker ... med'"),
        G("ungefär 3 kronor", 3, "SEK", bound="approx", per="l", s=("förnybar diesel", "diesel"), sp=None, note="'mer per liter än fossil diesel': two fuels at one time"),
        G("30 000 kronor", 30000, "SEK", bound="less_than", per="month", optional=True, s=("en inkomst", "inkomst"), sp=PUB, note="delimits the group (r13_a)"),
        G("25 000 kronor", 25000, "SEK", s=("en premie", "premie"), sp=PUB),
        G("hälften så mycket", 0.5, "ratio", bound="approx", optional=True, s=None, sp=None, note="'ungefär hälften så mycket per mil som': a multiplier between two cars (r14_b)"),
        G("9 miljarder kronor", 9e9, "SEK", per="year", s=("underhåll av järnvägen", "underhåll"), sp=PUB, note="'mer per år än regeringen': two policies at one time, no direction"),
        G("36 miljarder kronor", 36e9, "SEK", s=("underhåll av järnvägen", "underhåll"), sp=PUB, note="'under mandatperioden' in an undated text: no period"),
        G("vart tredje tak", 1 / 3, "ratio", s=("tak", "tak"), sp=PUB, note="heading of a promise: a target share"),
        G("15 terawattimmar", 15, "TWh", per="year", t=Y30, direction="increase", s=SO, sp=PUB, note="'ska växa till ... till 2030'"),
        G("ungefär 4 terawattimmar", 4, "TWh", bound="approx", per="year", s=SO, sp=PUB, note="from-value 'i dag' (undated: no period); per year from the sentence"),
        G("50 miljarder kronor", 50e9, "SEK", s=("Ett statligt lånegarantiprogram", "lånegarantiprogram"), sp=PUB),
        G("tre", 3, "count", ctx="de [tre] största", optional=True, s=("industrianläggningarna", "industrianläggningarna"), sp=None, note="defines the group"),
        G("12 procent", 12, "percent", s=("de tre största industrianläggningarna", "industrianläggningarna"), sp=None),
        G("2 400 kronor", 2400, "SEK", per="year", s=("en klimatbonus", "klimatbonus"), sp=PUB, note="'per person och år': a payment to a person, the time unit wins (r14_a)"),
        G("50 öre", 0.5, "SEK", per="kg", direction="increase", s=("Koldioxidskatten", "Koldioxidskatten"), sp=PUB, note="'höjs med ... per kilo koldioxid'"),
        G("1 200 mil", 12000, "km", per="year", optional=True, s=("en bilist", "bilist"), sp=None, note="defines the example driver"),
        G("omkring 1 900 kronor", 1900, "SEK", bound="approx", per="year", direction="increase", s=("bränslet", "bränslet"), sp=PUB, note="'blir ... dyrare per år' after the tax raise"),
        G("två vuxna", 2, "count", optional=True, s=("vuxna", "vuxna"), sp=None, note="defines the example family"),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None),
        G("9 600 kronor", 9600, "SEK", s=None, sp=PUB, note="'får en familj ... tillbaka': the receiver is no subject"),
        G("drygt 7 ton", 7, "tonne", bound="approx", per="year", s=("koldioxid", "koldioxid"), sp=None, note="'En svensk orsakar ... per år': the written 'per år' wins"),
        G("tre gånger", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="'mer än tre gånger så mycket som': a multiplier at one time"),
        G("2 ton", 2, "tonne", per="capita", s=None, sp=("forskarna", "credited"), note="'de 2 ton per person som forskarna bedömer vara hållbart'"),
    ]
    NEG["r16_b_parti_klimat"] = [
        N("1990", 1, note="'sedan 1990' is a time"), N("2035", note="target year"), N("1990", 2, note="baseline year"),
        N("2040", note="'senast 2040'"), N("1", ctx="[1]. **Sänkt", note="list numbering"), N("2", ctx="[2]. **Elbil"),
        N("3", ctx="[3]. **Mer"), N("4", ctx="[4]. **Solel"), N("5", ctx="[5]. **Grön"), N("6", ctx="[6]. **Klimatbonus"),
        N("2030", note="'till 2030' places the target"), N("Kungsgatan 48"), N("111 35"), N("08-520 114 90"),
    ]

    # ------------------------------------------------------------ 6. foreign-trade statistics, September (date only in the sidecar, 2026-10-28)
    EX = ("Sveriges varuexport", "varuexport")
    IM = ("Importen", "Importen")
    HN = ("ett överskott", "överskott")
    ut = [("SEK", 1e9, None, Y26, True, False), ("percent", 1, None, Y26, True, True),
          ("SEK", 1e9, None, Y26, True, False), ("percent", 1, None, Y26, True, True)]
    UTS = [("Export", "Export"), ("Export", "Export"), ("Import", "Import"), ("Import", "Import")]
    GOLD["r16_b_utrikeshandel_september"] = [
        G("168,4 miljarder kronor", 168.4e9, "SEK", **L26, direction="increase", s=EX, sp=None, note="'i september' (no year; the sidecar's 2026); ', en ökning med 3,2 procent'"),
        G("3,2 procent", 3.2, "percent", **L26, direction="increase", s=EX, sp=None, note="'jämfört med samma månad föregående år'"),
        G("6,8 procent", 6.8, "percent", **L26, direction="increase", s=IM, sp=None, note="'steg med'"),
        G("162,9 miljarder kronor", 162.9e9, "SEK", **L26, direction="increase", s=IM, sp=None, note="to-value"),
        G("5,5 miljarder kronor", 5.5e9, "SEK", **L26, direction="decrease", s=HN, sp=None, note="', mot 10,7 miljarder kronor i september i fjol': the new value"),
        G("10,7 miljarder kronor", 10.7e9, "SEK", t=Y25, s=HN, sp=None, note="'i september i fjol'"),
        G("1,1 procent", 1.1, "percent", **L26, direction="increase", s=("exporten", "exporten"), sp=None, note="'Kalenderkorrigerat'"),
        G("4,5 procent", 4.5, "percent", **L26, direction="increase", s=("importen", "importen"), sp=None),
        G("0,6 procent", 0.6, "percent", **L26, direction="decrease", s=("exporten", "exporten"), sp=None, note="'Säsongsrensat ... från augusti'"),
        G("1 512 miljarder kronor", 1512e9, "SEK", t=Y26, direction="increase", s=("varor", "varor"), sp=None, note="'Under årets första nio månader'; ', 2 procent mer än ... i fjol'"),
        G("2 procent", 2, "percent", ctx="kronor, [2 procent] mer", t=Y26, direction="increase", s=("varor", "varor"), sp=None),
        G("1 468 miljarder kronor", 1468e9, "SEK", **L26, s=IM, sp=None, note="the period of the sentence before"),
        G("44 miljarder kronor", 44e9, "SEK", **L26, s=("handelsnettot", "handelsnettot"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("Handeln med EU-länderna", "Handeln"), sp=None),
        G("4,9 procent", 4.9, "percent", **L26, direction="increase", s=("Exporten till Tyskland", "Exporten"), sp=None, note="'växte med ... till'"),
        G("17,8 miljarder kronor", 17.8e9, "SEK", **L26, direction="increase", s=("Exporten till Tyskland", "Exporten"), sp=None),
        G("11,3 procent", 11.3, "percent", **L26, direction="decrease", s=("exporten till USA", "exporten"), sp=None, note="'föll med ... och hamnade på'"),
        G("12,1 miljarder kronor", 12.1e9, "SEK", **L26, direction="decrease", s=("exporten till USA", "exporten"), sp=None),
        G("21 procent", 21, "percent", **L26, direction="increase", s=("Importen från Kina", "Importen"), sp=None),
        G("nästan hälften", 0.5, "ratio", bound="approx", **L26, s=("Verkstadsvarorna", "Verkstadsvarorna"), sp=None, note="present tense"),
        *_row(G, "Livsmedel", ["9,6", "+5,1", "15,8", "+7,2"], ut, UTS, note="table 'Export och import per varugrupp, september, miljarder kronor' (month without year: lenient); both 'Förändring, %' columns are changes against the same month last year (signed), each of the column before it"),
        *_row(G, "Skogsvaror", ["15,3", "−3,4", "2,1", "+0,5"], ut, UTS),
        *_row(G, "Kemi och läkemedel", ["24,7", "+8,9", "19,4", "+4,3"], ut, UTS),
        *_row(G, "Energivaror", ["11,2", "−14,6", "20,6", "−9,8"], ut, UTS),
        *_row(G, "Verkstadsvaror", ["79,3", "+4,7", "73,5", "+10,2"], ut, UTS),
        *_row(G, "Övriga varor", ["28,3", "+6,0", "31,5", "+11,9"], ut, UTS),
        *_row(G, "Totalt", ["168,4", "+3,2", "162,9", "+6,8"], ut, UTS),
    ]
    NEG["r16_b_utrikeshandel_september"] = [N("010-479 61 32")]

    # ------------------------------------------------------------ 7. HTML fuel-price page, week 3 (Publicerad 15 januari 2026)
    PK = ("Pumpkollen", "publisher")
    JE = ("Jonas Ek", "quote")
    SD = ("Snittpriset på diesel vid landets bemannade stationer", "Snittpriset")
    BE = ("Bensinen", "Bensinen")
    FO = ("Ett fat nordsjöolja", "fat")
    PP = ("Genomsnittliga pumppriser", "pumppriser")
    dt = [("SEK", 1, "l", Y26, False, False), ("SEK", 0.01, "l", Y26, True, True),
          ("SEK", 1, "l", Y25, False, False), ("SEK", 1, "l", Y25, False, False)]
    GOLD["r16_b_drivmedel_vecka"] = [
        G("15 öre", 0.15, "SEK", per="l", t=Y26, direction="decrease", s=SD, sp=None, note="'sjönk den här veckan med'"),
        G("18,24 kronor", 18.24, "SEK", per="l", t=Y26, direction="decrease", s=SD, sp=None, note="to-value"),
        G("16,89 kronor", 16.89, "SEK", per="l", **L26, s=("Bensin 95", "Bensin"), sp=None, note="'ligger kvar på ... litern': no change; present tense"),
        G("41 öre", 0.41, "SEK", per="l", **L26, direction="decrease", s=("dieseln", "dieseln"), sp=None, note="'Mot för en månad sedan ... billigare': one thing over time"),
        G("1,37 kronor", 1.37, "SEK", per="l", **L26, direction="decrease", s=("literpriset", "literpriset"), sp=None, note="'jämfört med samma vecka i fjol har ... fallit med'"),
        G("12 öre", 0.12, "SEK", per="l", **L26, direction="increase", s=BE, sp=None, note="'mer än för en månad sedan'"),
        G("88 öre", 0.88, "SEK", per="l", **L26, direction="decrease", s=BE, sp=None, note="'mindre än för ett år sedan'"),
        *_row(G, "Bensin 95", ["16,89", "0", "16,77", "17,77"], dt, PP, note="HTML table 'Genomsnittliga pumppriser vecka 3': 'Pris nu, kr/l' (2026) / 'Förändring mot förra veckan, öre' (signed; öre per litre) / 'För en månad sedan, kr/l' (December 2025) / 'För ett år sedan, kr/l' (2025)"),
        *_row(G, "Diesel", ["18,24", "−15", "18,65", "19,61"], dt, PP),
        *_row(G, "E85", ["13,49", "−10", "13,59", "14,25"], dt, PP),
        *_row(G, "HVO100", ["24,95", "+20", "24,60", "26,10"], dt, PP),
        G("17,59 kronor", 17.59, "SEK", per="l", **L26, s=("Det lägsta dieselpriset i vår kartläggning", "dieselpriset"), sp=PK, note="'hittade vi': the sender's own finding"),
        G("19,45 kronor", 19.45, "SEK", per="l", **L26, s=None, sp=PK, note="'och det högsta ...': elided noun; per litre from the sentence"),
        G("1,86 kronor", 1.86, "SEK", per="l", **L26, s=None, sp=None, note="'är alltså ... litern'"),
        G("omkring 63 dollar", 63, "USD", bound="approx", per="barrel", t=Y26, direction="decrease", s=FO, sp=None, note="'i veckan'; ', 5 dollar mindre än i december': the new value"),
        G("5 dollar", 5, "USD", per="barrel", t=Y26, direction="decrease", s=FO, sp=None),
        G("6,61 kronor", 6.61, "SEK", per="l", **L26, s=("energi- och koldioxidskatt", "koldioxidskatt"), sp=None, note="'På en liter bensin går ... till': the goal of the money"),
        G("25 procent", 25, "percent", **L26, s=("moms", "moms"), sp=None, note="the VAT rate, present tense"),
        G("40 öre", 0.40, "SEK", bound="less_than", **L26, s=None, sp=JE, note="'skiljer det mindre än ... mellan stationerna': the text says no 'per liter'"),
        G("50 liter", 50, "l", optional=True, s=("diesel", "diesel"), sp=None, note="defines the example"),
        G("912 kronor", 912, "SEK", t=Y26, direction="decrease", s=None, sp=None, note="'i dag'; ', nästan 69 kronor mindre än för ett år sedan': the new value; the payer is no subject"),
        G("nästan 69 kronor", 69, "SEK", bound="approx", t=Y26, direction="decrease", s=None, sp=None),
        G("29,90 kronor", 29.90, "SEK", per="kg", **L26, s=("Fordonsgas", "Fordonsgas"), sp=None, note="'kostar oförändrat': no change"),
        G("118 stationer", 118, "count", **L26, s=("stationer", "stationer"), sp=PK, note="'vår mätning'"),
    ]
    NEG["r16_b_drivmedel_vecka"] = [
        N("15 januari 2026"), N("Vecka 3"), N("95", ctx="Bensin [95] ligger", note="a product name"),
        N("vecka 3", note="caption"), N("95", ctx="Bensin [95] 16,89", note="row label"), N("E85"), N("HVO100"),
        N("5", ctx="[5] saker", note="related link (chrome)"), N("Verkstadsgatan 12"), N("417 05"),
        N("559318-2046"), N("2026", ctx="© [2026] Pumpkollen", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. county population, first half-year 2026 (Publicerad 20 augusti 2026)
    PE = ("personer", "personer")
    BA = ("barn", "barn")
    AE = ("andelen som är 80 år eller äldre", "andelen")
    bt = [("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False),
          ("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, True)]
    BTS = [("Folkmängd", "Folkmängd"), ("Födda", "Födda"), ("Döda", "Döda"), ("Flyttnetto", "Flyttnetto"),
           ("Folkmängd", "Folkmängd")]
    GOLD["r16_b_befolkning_halvar"] = [
        G("287 415 personer", 287415, "count", t=Y26, direction="increase", s=PE, sp=None, note="'Den 30 juni 2026'; next 'Det är 612 fler än vid årsskiftet': the new value"),
        G("612", 612, "count", ctx="Det är [612] fler", **L26, direction="increase", s=PE, sp=None, note="the size of the change takes the thing that changes"),
        G("0,2 procent", 0.2, "percent", **L26, direction="increase", s=PE, sp=None, note="', en tillväxt med'"),
        G("1 048 personer", 1048, "count", t=Y25, direction="increase", s=("länets folkmängd", "folkmängd"), sp=None, note="'Under motsvarande halvår i fjol ökade'"),
        G("1 296 barn", 1296, "count", **L26, direction="decrease", s=BA, sp=None, note="'Under januari–juni'; ', 41 färre än under första halvåret 2025'"),
        G("41", 41, "count", ctx="[41] färre", **L26, direction="decrease", s=BA, sp=None),
        G("1 538 personer", 1538, "count", **L26, s=PE, sp=None),
        G("242 personer", 242, "count", **L26, s=("Födelseunderskottet", "Födelseunderskottet"), sp=None),
        G("6 905 personer", 6905, "count", **L26, s=PE, sp=None),
        G("7 122", 7122, "count", **L26, s=None, sp=None, note="'medan 7 122 flyttade ut': the figure is the grammatical subject"),
        G("−217 personer", -217, "count", **L26, s=("ett inrikes flyttnetto", "flyttnetto"), sp=None, note="a negative net flow is a level: no direction"),
        G("1 384 personer", 1384, "count", **L26, s=("Invandringen", "Invandringen"), sp=None),
        G("313", 313, "count", ctx="till [313], så", **L26, s=("utvandringen", "utvandringen"), sp=None),
        G("1 071", 1071, "count", ctx="blev [1 071].", **L26, s=("det utrikes flyttnettot", "flyttnettot"), sp=None),
        *_row(G, "Älvstad", ["112 830", "548", "497", "+254", "+305"], bt, BTS, note="table 'Befolkningsförändringar per kommun, januari–juni 2026' (caption: lenient): 'Folkmängd 30 juni' / 'Födda' / 'Döda' / 'Flyttnetto' (signed net flow: no direction) / 'Förändring' (signed change)"),
        *_row(G, "Granbo", ["58 216", "271", "302", "+196", "+165"], bt, BTS),
        *_row(G, "Sörmyra", ["41 507", "198", "246", "+185", "+137"], bt, BTS),
        *_row(G, "Kallbäcken", ["39 118", "164", "256", "+141", "+49"], bt, BTS),
        *_row(G, "Hedevik", ["35 744", "115", "237", "+78", "−44"], bt, BTS),
        *_row(G, "Länet", ["287 415", "1 296", "1 538", "+854", "+612"], bt, BTS),
        G("omkring hälften", 0.5, "ratio", bound="approx", **L26, s=("länets ökning", "ökning"), sp=None),
        G("drygt 1 100", 1100, "count", bound="approx", t=("2016", "2026"), lenient=True, direction="decrease", s=("antalet invånare", "antalet"), sp=None, note="'har ... minskat med ... sedan 2016'"),
        G("142 906 kvinnor", 142906, "count", **L26, s=("kvinnor", "kvinnor"), sp=None),
        G("144 509 män", 144509, "count", **L26, s=("män", "män"), sp=None),
        G("43,1 år", 43.1, "year", **L26, s=("Medelåldern", "Medelåldern"), sp=None),
        G("6,4 procent", 6.4, "percent", **L26, direction="increase", s=AE, sp=None, note="'har stigit till'"),
        G("5,9 procent", 5.9, "percent", t=Y["2021"], lenient=True, s=AE, sp=None, note="from-value, 'fem år tidigare'"),
    ]
    NEG["r16_b_befolkning_halvar"] = [
        N("första halvåret 2026", note="title"), N("20 augusti 2026"), N("30 juni 2026"), N("första halvåret 2025"),
        N("januari–juni 2026", note="caption"), N("30 juni", ctx="Folkmängd [30 juni]", note="column header"),
        N("2016", note="'sedan 2016' is a time"), N("80 år", note="age band"), N("helåret 2026"), N("mars 2027"),
        N("0651-79 20 00"),
    ]

    return GOLD, NEG
