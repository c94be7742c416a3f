"""Round 29, part A (r29_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 29, part A (r29_a_*): eight kinds, written from scratch (r29_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed food company's
# interim report January-September 2026 (dateline 'Kristianstad den 23 oktober 2026'; 'Jämförelsesiffror inom
# parentes avser motsvarande period föregående år'; bullets under 'JULI–SEPTEMBER' / 'JANUARI–SEPTEMBER' with brackets
# in Mkr, kronor and procent; net debt 'minskade till ..., jämfört med ... vid årsskiftet'; a 'VD-KOMMENTAR' quote with
# a range '3–5 procent', 'drygt 6 procent mer än för ett år sedan', a saving 'knappt 20 Mkr per år' and a margin target
# 'minst 8 procent över en konjunkturcykel'; business areas 'som står för ungefär 55 procent', 'växte till ... från';
# plain-text table 'KONCERNEN I SAMMANDRAG' 'MSEK' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025'),
# a police region's crime statistics January-June 2026 (Markdown, 'Publicerad 14 augusti 2026'; 'Det är 4,2 procent
# färre än under samma period i fjol, då antalet var', 'per 100 000 invånare', 'drygt 11 procent lägre än i riket',
# 'hälften så många skjutningar som under motsvarande period förra året', 'varav 2', 'Omkring två tredjedelar', 'mer än
# 40 procent av fallen', 'minst 94 miljoner kronor'; Markdown table 'Anmälda brott, januari–juni' '2026' / '2025' /
# 'Förändring, %'; clearance 'en procentenhet högre än' and 'riksgenomsnittet'; the regional chief's quote '312 fler
# polisanställda ... än för tre år sedan', 'minst 60 utredare'), a municipality's budget 2027 adopted by the council
# (HTML with menu, breadcrumb and footer; 'Publicerad 26 november 2026'; '22,14 kronor per hundralapp', '2 486
# miljoner kronor, 93 miljoner mer än i år', 'höjs med 3,6 procent till', 'lika mycket som i år'; HTML table 'Driftramar
# per nämnd, miljoner kronor' 'Budget 2026' / 'Budget 2027' / 'Förändring'; 'nästa år', a surplus 'motsvarande 1,4
# procent', a standing target 'minst 2 procent'; investments 'jämfört med 356 miljoner i år', 'mellan 180 och 210
# miljoner kronor totalt, varav', debt 'väntas öka till omkring 1,9 miljarder ..., eller drygt 59 000 kronor per
# invånare'; quotes from the chair of the executive committee and the opposition (a counterfactual 'hade ... varit
# ungefär 150 miljoner kronor lägre'); the opposition's proposal 'en skattesänkning på 20 öre, till 21,94 kronor'; the
# vote '27 röster mot 22'), an UNDATED op-ed on house building in Sweden, Norway and Denmark (no date, no sidecar;
# 'hälften så många invånare', 'drygt 60 procent mer än', 'per 1 000 invånare, mot 3,0 ... och 4,9', 'nästan dubbelt så
# många', 'På fem år ... minskat med 45 procent', 'mer än halverats', 'kronor per kvadratmeter', 'två till tre år',
# 'mellan 12 och 18 månader', 'hälften så lång tid', 'Varannan', 'nästan åtta av tio', three numbered demands), a weekly
# electricity-price letter for week 46 dated only by its sidecar (2026-11-13; öre per kWh by price area, 'en uppgång
# med', 'Det är 18,4 öre mer än veckan innan och drygt 18 procent högre än samma vecka i fjol', 'mellan 26 och 31 öre,
# ungefär en tredjedel'; plain-text table 'Spotpris, veckomedel, öre/kWh exkl. moms' 'Vecka 46' / 'Vecka 45' /
# 'Förändring, öre' / 'Förändring, %' / 'Vecka 46 i fjol'; 'nästan fyra gånger så mycket', euro per MWh 'upp från',
# household examples, reservoirs 'procentenheter under det normala', a futures price, an analyst's quote '50–60 öre'),
# an airport operator's traffic statistics for October 2026 ('Pressmeddelande · 9 november 2026'; passengers, 'utrikes'
# / 'inrikes', landings 'vilket är 2,4 procent färre', 'passagerare per landning, mot 62', 'Hittills i år'; plain-text
# table 'Passagerare per flygplats, oktober' 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Jan–okt 2026'; freight in ton,
# punctuality 'inom 15 minuter', the CEO's quote 'passera 5 miljoner', a fee cut from 1 January 2027), a trade union's
# wage survey 2026 (Markdown, 'Publicerad 5 oktober 2026'; median 'kronor per månad i september 2026', 'Det är 3,4
# procent mer än för ett år sedan', women against men '8,2 procent mindre', 'har krympt från 9,5 procent för fem år
# sedan'; Markdown table 'Medianlön per yrke, september 2026 (kronor per månad)' 'Kvinnor' / 'Män' / 'Samtliga' /
# 'Förändring sedan 2025, %'; deciles 'under' / 'över', a regional difference, a starting-wage range; the chair's quote
# and demand 'minst 0,5 procent av lönesumman'; sample and response rate), and a county administrative board's decision
# on the moose hunt 2026/27 ('Datum 2026-05-12', 'Diarienummer'; the quota 'totalt 2 340 djur', '260 älgar lägre än
# förra jaktåret, då den uppgick till'; plain-text table 'Tilldelning per älgförvaltningsområde, jaktåret 2026/27
# (antal älgar)' 'Areal, hektar' / 'Vuxna' / 'Kalvar' / 'Totalt' / 'Totalt 2025/26' / 'Förändring'; 'per 1 000 hektar'
# against last season, the winter stock 'mellan 6 800 och 7 600 djur', damage '14 procent ..., jämfört med 11 procent tre
# år tidigare', a standing target 'högst 10 procent', the bag 'fälldes 2 412 älgar av de 2 600', 'minst 55 procent',
# traffic deaths '31 fler än året innan'; rules 'inom 24 timmar', 'inom tre veckor').
# The r8-r28 decisions are followed (see the headers of gold_r27_a.py, gold_r28_a.py and gold_r28_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'nästa år', 'i år', 'samma vecka i fjol')
# resolves against the publication date and is not lenient, while 'ett år tidigare', 'vid årsskiftet', 'veckan
# innan', 'förra jaktåret', 'för fem år sedan', 'tre år tidigare', 'året innan', a month, quarter or week without a
# year, a heading's, a caption's or the document's period and present tense are lenient; brackets whose note names
# the period relatively ('motsvarande period föregående år') are lenient (r27); a level followed by ', mot', ',
# jämfört med', ', en ökning med', 'Det är X fler/färre/mer' is the new value after a change; from-values have no
# direction; comparisons at one time (another country, the national average, another price area, men against women,
# the normal level, a counterfactual) have no direction; a comparison with an earlier point takes the current period
# with a direction; multipliers ('hälften så många', 'nästan dubbelt så många', 'nästan fyra gånger så mycket',
# 'hälften så lång tid', 'mer än halverats') optional; definitions of an example, thresholds ('över 65 år', 'under 35
# år', 'minst 30 procent hållbart flygbränsle', 'inom 15 minuter', deciles) and rules ('inom 24 timmar', 'inom tre
# veckor') optional; results of worked examples, forecasts, targets and demands required; standing targets with no
# year ('minst 8 procent över en konjunkturcykel', 'minst 2 procent', 'högst 10 procent', 'minst 55 procent') have no
# period (r20, r24); table cells take their column headers' periods (a caption's period lenient), change columns take
# their direction from the sign ('0' none); rows that are categories take the caption's measure as subject; öre are
# SEK/100; 'per 100 000 invånare' / 'per 1 000 invånare' per="capita" and 'per 1 000 hektar' per="ha" with the value as
# written, the scale '100 000' / '1 000' N; 'per landning' per="landing" (r14); 'per hundralapp' per None (r14);
# 'vilket' / 'Det' / 'varav' / elided nouns / pronouns have s None; an airport or a price area as grammatical subject is
# a place: s None (r21); 'X står för Y' takes X unless X is a place; 'X procent av Y' takes Y; the payer, the earner and
# the recipient are no subject; a paragraph ending in 'säger' credits every figure in it to the speaker (quote); the
# UNDATED text has no period on any figure and its signatories are no speaker.
# Where those were silent, decided here:
# - Food company (dateline 2026-10-23): brackets 2025 lenient; bullets 2026 lenient; 'steg till', 'ökade med ... till',
#   'minskade till' set a direction, 'uppgick till', 'blev', 'var', 'vilket gav en rörelsemarginal på' none. The quote
#   is in quotation marks followed by 'säger verkställande direktör Johan Lindqvist': every figure in it is his. 'höjde
#   våra listpriser med i genomsnitt 3–5 procent' a range (no bound), increase, 'från i våras' 2026 lenient.
#   'Mjölkråvaran kostar ... drygt 6 procent mer än för ett år sedan' compares with an earlier point: increase. 'sparar
#   vi knappt 20 Mkr per år' when the line runs: 2027 lenient (the line starts 'under första kvartalet 2027', named
#   later in the text), s None (the saver is no subject). 'växte till 169 Mkr från 148 Mkr': 148 a from-value 2025
#   lenient. 'Exportandelen är därmed 14 procent, mot 12 procent ett år tidigare': 14 increase. 'varav drygt 90 Mkr'
#   s None. Table 'MSEK' scales the unit-less rows; rows with '%' / 'kr' take those; columns explicit; rows are measures.
# - Police (published 2026-08-14): 'Under första halvåret 2026' explicit; figures under the headings (no year) 2026
#   lenient; '41 860 brott' decrease (next sentence 'Det är 4,2 procent färre'); 'då antalet var 43 690' 2025 explicit
#   ('i fjol' resolves). '3 987 anmälda brott per 100 000 invånare, vilket är drygt 11 procent lägre än i riket': a
#   comparison with the country: no direction; 'Där låg nivån på 4 490' s 'nivån'. 'Antalet anmälda rån var 187,
#   jämfört med 231 första halvåret 2025' 187 decrease, 231 2025 explicit s None (elided). '9 skjutningar' decrease
#   (next sentence 'Det är hälften så många ... som under motsvarande period förra året'); 'hälften så många' an
#   optional ratio 0.5 decrease. 'över 65 år' defines the victims (optional, year, more_than). 'låg kvar på ungefär
#   samma nivå som i fjol, knappt 1 100 anmälningar' no change. Table: '2026' / '2025' explicit, 'Förändring, %' 2026
#   lenient signed; rows are categories: s the caption's 'Anmälda brott'. The quote ('– ... säger regionpolischef'):
#   '312 fler polisanställda ... än för tre år sedan' increase 2026 lenient ('i dag'); 'minst 60 utredare'.
# - Budget 2027 (HTML, published 2026-11-26): the budget's figures 2027 lenient (the heading and the lead name 2027);
#   'i år' 2026 explicit; 'nästa år' 2027 explicit; 'vid utgången av 2027', 'under 2027', 'för 2027' explicit. The
#   recipient ('nämnderna får', 'Kultur- och fritidsnämnden får') is no subject (as the holder, r28). 'får därmed en ram
#   på 1 064' a new value after the increase (increase). 'får 96 miljoner, lika mycket som i år' no change. 'räknas upp
#   med omkring 3 procent' increase s 'löner och hyror'. The heading 'Investeringar för 412 miljoner' is annotated
#   (2027 lenient). 'mellan 180 och 210 miljoner kronor totalt' a project's total cost: range, 2027 lenient (the budget
#   year). 'eller drygt 59 000 kronor per invånare' restates the debt (same subject, increase, per capita). The
#   chair's 'De 41 miljonerna' increase s None. The opposition's proposal 'en skattesänkning på 20 öre, till 21,94
#   kronor' credited to 'Moderaterna och Centerpartiet' (same sentence), decrease, 2027 lenient; 21,94 s None (the tax
#   rate is not written in the sentence). Edvall's counterfactual 'hade ... varit ungefär 150 miljoner kronor lägre' no
#   direction. The vote '27 röster mot 22' and '49 ledamöter' 2026 lenient ('på måndagskvällen'). Table 'Driftramar per
#   nämnd, miljoner kronor': 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed ('0' none); rows
#   are committees: s the caption's 'Driftramar'.
# - House-building op-ed (UNDATED): 'Förra året', 'i dag', 'På fem år' give no period. Counts of started homes with
#   Norway / Denmark are comparisons at one time (no direction); 'runt 27 000' s None (Norway, a place, and the noun
#   elided); '3,0' / '4,9' s None (elided). 'minskat med 45 procent', 'nedgången ... 15 procent', 'knappt 10 procent'
#   decrease. '52 000 kronor per kvadratmeter boarea' per="m2", 'i genomsnitt' no bound; 'drygt 20 procent mer än i
#   Danmark' no direction s None. 'två till tre år' and 'mellan 12 och 18 månader' ranges. 'vår genomgång av tjugo
#   projekt' a count (the signatories' own study: no speaker); '3 500 kronor per kvadratmeter' s 'förseningar i
#   planprocessen'. 'Varannan svensk mellan 20 och 27 år' ratio 0.5 (the age band N). 'cirka 0,4 procent av BNP' varje
#   år: per="year", s 'BNP'. Demands: 'inom högst 18 månader' at_most (required), 'minst 5 miljarder kronor per år'
#   at_least, no direction ('Återinför': no figure before), 'under 35 år' optional, 'upp till 90 procent av bostadens
#   värde, i stället för dagens 85 procent' 90 at_most increase, 85 a from-value s None. 'nästan 20 000 fler påbörjade
#   bostäder om året' a counterfactual at one time: no direction, per year. List numbering N; 'tre saker' left out.
# - Electricity (sidecar 2026-11-13, week 46): 'den här veckan', 'Vecka 46', 'Vecka 45', 'förra veckan', 'veckan innan'
#   2026 lenient; 'samma vecka i fjol' and the column 'Vecka 46 i fjol' 2025 explicit; 'nästa vecka' in the analyst's
#   sentence 2026 explicit. 'I elområde 4 (Malmö) blev veckosnittet 104,2 öre per kWh, en uppgång med 24,7 öre' both
#   increase, s 'veckosnittet'; '76,8 öre per kWh' increase (next sentence 'Det är 18,4 öre mer än veckan innan');
#   18,4 and 'drygt 18 procent' increase s None ('Det'). 'SE1 och SE2 låg mellan 26 och 31 öre' a range, per kWh carried,
#   s None (price areas), 'ungefär en tredjedel av priset i SE3' a ratio at one time (required, no direction). '312 öre'
#   a peak ('nådde'): no direction; '14 öre' per carried, s None. 'nästan fyra gånger så mycket' optional. '52,6 euro
#   per MWh' increase ('upp från'), 41,9 a from-value. Household examples: '2 000 kWh i november' and '200 kWh i
#   månaden' define the examples (optional); their results '1 540 kronor för månaden' / '155 kronor' required, per
#   month. '78 procent, 6 procentenheter under det normala för årstiden': no direction. 'Av landets sex
#   kärnkraftsreaktorer var fem i drift' counts. The futures price 'kring 88 öre per kWh, 9 öre högre än för en vecka
#   sedan' increase, both s 'Terminskontraktet för december'. The analyst's '50–60 öre' a range, decrease ('falla
#   tillbaka till'), per kWh carried, s None (SE3 a place). Table: caption 'öre/kWh' gives SEK/100 per kWh to every
#   price and to 'Förändring, öre'; both change columns 2026 lenient with the sign; rows are price areas: s the
#   caption's 'Spotpris'; the labels 'SE1'-'SE4' and 'elområde 3/4' are N (names with digits, r27).
# - Airport (published 2026-11-09): 'Under oktober' (no year) and the month's figures 2026 lenient; 'oktober 2025' N;
#   'Hittills i år' 2026 explicit (r24); 'för helåret' 2026 lenient; 'Från den 1 januari 2027' explicit. '6 215'
#   decrease (', vilket är 2,4 procent färre'); '66 passagerare per landning' increase (', mot 62 i oktober i fjol'),
#   62 2025 explicit s None (elided). 'Åsby flygplats ... stod för nästan hälften av alla resenärer': X is a place, so
#   s None (r21); 'Strömvik tappade 3,7 procent' s None; 'På Lunnarp ökade trafiken' s 'trafiken'. '1 842 ton, 9 procent
#   mer än i oktober i fjol' both increase, the apposition keeps the subject. 'Åsby hanterade 1 610 ton av dessa' s None.
#   'Punktligheten ... var 87,4 procent, jämfört med 84,9 procent ett år tidigare' 87,4 increase, 84,9 2025 lenient.
#   The CEO's 'passera 5 miljoner passagerare' more_than increase (r28's 'passerar'). 'Bolaget räknar med att rabatten
#   kostar omkring 4 miljoner kronor per år' credited to 'Bolaget' (r28's 'räknar förvaltningen med'), 2027 lenient, no
#   direction. Table: 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' explicit, 'Förändring, %' 2026 lenient signed; rows are
#   airports: s the caption's 'Passagerare'.
# - Wage survey (published 2026-10-05): 'i september 2026' explicit; the rest 2026 lenient (the survey year); 'för fem
#   år sedan' 2021 lenient. The title's '3,4 procent' is annotated (increase, 2026 lenient). '46 300 kronor per månad'
#   increase (next sentence 'Det är 3,4 procent mer än för ett år sedan'). 'avtalsmärket på 3,1 procent' no direction.
#   'Kvinnor tjänar alltså 8,2 procent mindre än män, ett lönegap som har krympt från 9,5 procent': 8,2 the new value
#   of the gap (decrease), s 'ett lönegap'; 9,5 a from-value. 'I tre av de fem största yrkesgrupperna' ratio 0.6 (required;
#   'fem' inside it is not annotated separately). 'kvinnorna ... 200 kronor mindre än männen' at one time, per None (no
#   'per' written in the sentence), s None (the earner). The decile sentence: 'Den tiondel' ratio 0.1 optional (defines
#   the group), 'under 34 500 kronor i månaden' less_than and 'över 71 000 kronor' more_than (per month carried) s None
#   (earners). '4 600 kronor högre än i resten av landet' no direction, per None. Table: caption 'september 2026 (kronor
#   per månad)' gives every wage cell SEK per month, 2026 lenient; 'Förändring sedan 2025, %' 2026 lenient signed;
#   rows are occupations: s the caption's 'Medianlön'. The chair's 'ytterligare femton år' a forecast duration (2026
#   lenient), 'minst 0,5 procent av lönesumman' a demand (2026 lenient, at_least, s 'lönesumman'). '1–21 september 2026'
#   N; '30 724 ... medlemmar' and '61 procent' 2026 explicit (same sentence).
# - Moose decision ('Datum 2026-05-12'): 'jaktåret 2026/27' is ('2026', '2027'): explicit in the decision sentence,
#   lenient elsewhere (caption, present tense); 'förra jaktåret' ('2025', '2026') lenient; 'Under jaktåret 2025/26'
#   explicit; the winter stock (vinterns inventering) 2026 lenient; 'För fem år sedan' 2021 lenient and 'sedan dess'
#   ('2021', '2026') lenient; 'tre år tidigare' 2023 lenient. '2 340 djur' no direction (the change is stated two
#   sentences later); '260 älgar lägre' decrease; 'då den uppgick till 2 600 djur' s None (pronoun). 'Länsstyrelsen
#   beslutar att' and 'Länsstyrelsen anser att' credit the figures in those sentences to 'Länsstyrelsen' (as r28_b's
#   'Styrelsen har beslutat'). 'omkring 5,6 älgar per 1 000 hektar' restates the stock (', eller'). 'högst 10 procent av
#   tallarna ... per år' a standing target (no period, per year). 'fälldes 2 412 älgar av de 2 600 som tilldelats, eller
#   93 procent': 2 600 s None (elided), 93 restates (s 'älgar'). '214 älgar ..., 31 fler än året innan' both increase,
#   2025 explicit. Table: 'Areal, hektar' unit ha (s 'Areal'), the count columns and 'Förändring' ('2026', '2027')
#   lenient (caption), 'Totalt 2025/26' explicit; rows are areas: s the caption's 'Tilldelning' (the area column its own).
# - Negatives: datelines and Publicerad lines, titles', headings', breadcrumbs', captions' and column headers' periods,
#   years and dates that only place a claim or a comparison, hunting-year labels, next-report dates, times of day
#   ('kl. 17 och 18', '07.30'), week numbers, price-area names, age bands, the '1 000' / '100 000' of rate
#   denominators, the 'F–6' of a school type, list numbering, phone numbers, street numbers, postal codes, org numbers,
#   the diarienummer and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'JULI–SEPTEMBER',
#   'JANUARI–SEPTEMBER', 'för tre år sedan', 'på tio år', 'På fem år', 'tre saker', 'för fem år sedan', 'sedan dess'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2021", "2023", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y21, Y23, Y25, Y26, Y27 = (Y[y] for y in ("2021", "2023", "2025", "2026", "2027"))
    L21 = dict(t=Y21, lenient=True)
    L23 = dict(t=Y23, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. food company, interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet (EBIT)", "Rörelseresultatet")
    RA = ("Resultat per aktie", "Resultat")
    JL = ("Johan Lindqvist", "quote")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    GOLD["r29_a_livsmedel_q3"] = [
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=NO, sp=None, note="bullets under 'JULI–SEPTEMBER' (no year: lenient)"),
        G("1 245", 1245e6, "SEK", ctx="till [1 245] (1 198)", **L26, direction=INC, s=NO, sp=None),
        G("1 198", 1198e6, "SEK", ctx="1 245 ([1 198]) Mkr", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("2,7 procent", 2.7, "percent", **L26, direction=INC, s=("försäljningen", "försäljningen"), sp=None, note="'Organiskt växte'"),
        G("96", 96e6, "SEK", ctx="till [96] (81)", **L26, direction=INC, s=RR, sp=None, note="'steg till'"),
        G("81", 81e6, "SEK", ctx="96 ([81]) Mkr", **L25, s=RR, sp=None),
        G("7,7", 7.7, "percent", ctx="på [7,7] (6,8)", **L26, s=("en rörelsemarginal", "rörelsemarginal"), sp=None, note="'vilket gav': no change stated"),
        G("6,8", 6.8, "percent", ctx="7,7 ([6,8]) procent", **L25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("68", 68e6, "SEK", ctx="blev [68] (55)", **L26, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("55", 55e6, "SEK", ctx="68 ([55]) Mkr", **L25, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("2,14", 2.14, "SEK", per="share", ctx="till [2,14] (1,73)", **L26, s=RA, sp=None, note="'uppgick till': no change"),
        G("1,73", 1.73, "SEK", per="share", ctx="2,14 ([1,73]) kronor", **L25, s=RA, sp=None),
        G("142", 142e6, "SEK", ctx="var [142] (118)", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("118", 118e6, "SEK", ctx="142 ([118]) Mkr", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("4,6 procent", 4.6, "percent", **L26, direction=INC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("3 702", 3702e6, "SEK", ctx="till [3 702] (3 539)", **L26, direction=INC, s=NO, sp=None),
        G("3 539", 3539e6, "SEK", ctx="3 702 ([3 539]) Mkr", **L25, s=NO, sp=None),
        G("251", 251e6, "SEK", ctx="till [251] (233)", **L26, s=("Rörelseresultatet", "Rörelseresultatet"), sp=None, note="'uppgick till': no change"),
        G("233", 233e6, "SEK", ctx="251 ([233]) Mkr", **L25, s=("Rörelseresultatet", "Rörelseresultatet"), sp=None),
        G("6,8", 6.8, "percent", ctx="till [6,8] (6,6)", **L26, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("6,6", 6.6, "percent", ctx="6,8 ([6,6]) procent", **L25, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("5,47", 5.47, "SEK", per="share", ctx="blev [5,47] (5,02)", **L26, s=RA, sp=None),
        G("5,02", 5.02, "SEK", per="share", ctx="5,47 ([5,02]) kronor", **L25, s=RA, sp=None),
        G("612 Mkr", 612e6, "SEK", **L26, direction=DEC, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'minskade till ... vid periodens slut, jämfört med'"),
        G("688 Mkr", 688e6, "SEK", **L25, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'vid årsskiftet' (the year-end before)"),
        G("3–5 procent", None, "percent", low=3, high=5, **L26, direction=INC, s=("våra listpriser", "listpriser"), sp=JL, note="quote; 'höjde ... med i genomsnitt' a range, 'från i våras'"),
        G("drygt 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=("Mjölkråvaran", "Mjölkråvaran"), sp=JL, note="'mer än för ett år sedan': an earlier point"),
        G("knappt 20 Mkr per år", 20e6, "SEK", bound="approx", per="year", **L27, s=None, sp=JL, note="saving once the line runs (from 'första kvartalet 2027'); the saver is no subject"),
        G("minst 8 procent", 8, "percent", bound="at_least", s=("en rörelsemarginal", "rörelsemarginal"), sp=JL, note="standing target 'över en konjunkturcykel': no period"),
        G("ungefär 55 procent", 55, "percent", bound="approx", **L26, s=("Mejeri", "Mejeri"), sp=None, note="'X står för Y' takes X"),
        G("5,1 procent", 5.1, "percent", **L26, direction=INC, s=("sin försäljning", "försäljning"), sp=None, note="'under kvartalet'"),
        G("684 Mkr", 684e6, "SEK", **L26, direction=INC, s=("sin försäljning", "försäljning"), sp=None),
        G("1,3 procent", 1.3, "percent", **L26, direction=DEC, s=("Chark och färdigmat", "Chark"), sp=None),
        G("392 Mkr", 392e6, "SEK", **L26, direction=DEC, s=("Chark och färdigmat", "Chark"), sp=None),
        G("169 Mkr", 169e6, "SEK", **L26, direction=INC, s=("Exportförsäljningen", "Exportförsäljningen"), sp=None, note="'växte till ... från'"),
        G("148 Mkr", 148e6, "SEK", **L25, s=("Exportförsäljningen", "Exportförsäljningen"), sp=None, note="from-value"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=("Exportandelen", "Exportandelen"), sp=None, note="', mot ... ett år tidigare'"),
        G("12 procent", 12, "percent", **L25, s=("Exportandelen", "Exportandelen"), sp=None, note="'ett år tidigare'"),
        G("1 386", 1386, "count", ctx="till [1 386] (1 412)", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("1 412", 1412, "count", ctx="1 386 ([1 412])", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        G("187", 187e6, "SEK", ctx="till [187] (143)", **L26, s=("Investeringarna", "Investeringarna"), sp=None, note="'under januari–september' (no year)"),
        G("143", 143e6, "SEK", ctx="187 ([143]) Mkr", **L25, s=("Investeringarna", "Investeringarna"), sp=None),
        G("drygt 90 Mkr", 90e6, "SEK", bound="approx", **L26, s=None, sp=None, note="'varav'"),
        *_row(G, "Nettoomsättning", ["1 245", "1 198", "3 702", "3 539"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Rörelseresultat", ["96", "81", "251", "233"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["7,7", "6,8", "6,8", "6,6"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat efter skatt", ["68", "55", "174", "160"], sq("SEK", 1e6), ("Resultat efter skatt", "Resultat")),
        *_row(G, "Resultat per aktie, kr", ["2,14", "1,73", "5,47", "5,02"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r29_a_livsmedel_q3"] = [
        N("januari–september 2026", note="title"), N("23 oktober 2026", note="dateline"),
        N("första kvartalet 2027", note="places the start of the line"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("11 februari 2027", note="next report"),
        N("044-27 81 30"), N("044-27 81 36"), N("556418-7725", note="org number"),
        N("23 oktober 2026", occ=2, note="release date"), N("07.30", note="time of day"),
    ]

    # ------------------------------------------------------------ 2. police region, crime statistics Jan-Jun 2026 (Publicerad 14 augusti 2026)
    AB = ("Anmälda brott", "brott")
    KH = ("Katarina Holmström", "quote")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r29_a_polis_halvar"] = [
        G("41 860 brott", 41860, "count", t=Y26, direction=DEC, s=("brott", "brott"), sp=None, note="'Under första halvåret 2026'; next sentence 'Det är 4,2 procent färre'"),
        G("4,2 procent", 4.2, "percent", ctx="Det är [4,2 procent] färre", **L26, direction=DEC, s=None, sp=None, note="'än under samma period i fjol'"),
        G("43 690", 43690, "count", ctx="var [43 690].", t=Y25, s=("antalet", "antalet"), sp=None, note="'då' = 'samma period i fjol' (resolves)"),
        G("3 987 anmälda brott", 3987, "count", per="capita", **L26, s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare'; against the country: no direction"),
        G("drygt 11 procent", 11, "percent", bound="approx", **L26, s=None, sp=None, note="'vilket är ... lägre än i riket': one time"),
        G("4 490 anmälda brott", 4490, "count", per="capita", **L26, s=("nivån", "nivån"), sp=None, note="'Där' = riket"),
        G("6,8 procent", 6.8, "percent", ctx="minskade med [6,8 procent]", **L26, direction=DEC, s=("Anmälda misshandelsbrott", "misshandelsbrott"), sp=None),
        G("2 914", 2914, "count", ctx="till [2 914].", **L26, direction=DEC, s=("Anmälda misshandelsbrott", "misshandelsbrott"), sp=None),
        G("187", 187, "count", ctx="var [187], jämfört", **L26, direction=DEC, s=("Antalet anmälda rån", "Antalet"), sp=None, note="', jämfört med ... första halvåret 2025': an earlier point"),
        G("231", 231, "count", ctx="med [231] första", t=Y25, s=None, sp=None, note="elided noun"),
        G("9 skjutningar", 9, "count", **L26, direction=DEC, s=("skjutningar", "skjutningar"), sp=None, note="next sentence 'hälften så många ... som under motsvarande period förra året'"),
        G("2", 2, "count", ctx="varav [2] med", **L26, s=None, sp=None, note="'varav'"),
        G("hälften så många", 0.5, "ratio", optional=True, **L26, direction=DEC, s=None, sp=None, note="multiplier over time"),
        G("7 466 bedrägeribrott", 7466, "count", **L26, direction=INC, s=("bedrägeribrott", "bedrägeribrott"), sp=None, note="', en ökning med'"),
        G("12,3 procent", 12.3, "percent", ctx="ökning med [12,3 procent]", **L26, direction=INC, s=("bedrägeribrott", "bedrägeribrott"), sp=None),
        G("Omkring två tredjedelar", 2 / 3, "ratio", bound="approx", **L26, s=None, sp=None, note="'av dem' (pronoun)"),
        G("mer än 40 procent", 40, "percent", bound="more_than", **L26, s=("fallen", "fallen"), sp=None, note="'X procent av Y'"),
        G("65 år", 65, "year", bound="more_than", optional=True, s=("målsäganden", "målsäganden"), sp=None, note="threshold 'över 65 år'"),
        G("minst 94 miljoner kronor", 94e6, "SEK", bound="at_least", **L26, s=("Den sammanlagda skadan", "skadan"), sp=None),
        *_row(G, "| Misshandel", ["2 914", "3 127", "−6,8"], pc, AB, sep=" | ", note="Markdown table 'Anmälda brott, januari–juni': '2026' / '2025' explicit, 'Förändring, %' 2026 lenient signed; rows are categories"),
        *_row(G, "| Rån", ["187", "231", "−19,0"], pc, AB, sep=" | "),
        *_row(G, "| Bedrägeri", ["7 466", "6 648", "+12,3"], pc, AB, sep=" | "),
        *_row(G, "| Skadegörelse", ["5 032", "5 610", "−10,3"], pc, AB, sep=" | "),
        *_row(G, "| Narkotikabrott", ["3 381", "3 204", "+5,5"], pc, AB, sep=" | "),
        *_row(G, "| Stöld och tillgrepp", ["11 208", "11 895", "−5,8"], pc, AB, sep=" | "),
        *_row(G, "| Samtliga brott", ["41 860", "43 690", "−4,2"], pc, AB, sep=" | "),
        G("5,5 procent", 5.5, "percent", ctx="ökade med [5,5 procent]", **L26, direction=INC, s=("Narkotikabrotten", "Narkotikabrotten"), sp=None),
        G("knappt 1 100 anmälningar", 1100, "count", bound="approx", **L26, s=("Rattfylleriärendena", "Rattfylleriärendena"), sp=None, note="'låg kvar på ungefär samma nivå som i fjol': no change"),
        G("17 procent", 17, "percent", **L26, direction=INC, s=("Personuppklaringsprocenten för samtliga brott", "Personuppklaringsprocenten"), sp=None, note="', en procentenhet högre än första halvåret 2025'"),
        G("en procentenhet", 1, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("16 procent", 16, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time: no direction"),
        G("24 procent", 24, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("312", 312, "count", ctx="i dag [312] fler", **L26, direction=INC, s=("polisanställda", "polisanställda"), sp=KH, note="quote; 'i dag ... än för tre år sedan': an earlier point"),
        G("minst 60 utredare", 60, "count", bound="at_least", **L26, s=("utredare", "utredare"), sp=KH),
        G("drygt 1,05 miljoner invånare", 1.05e6, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None, note="present tense"),
        G("tre län", 3, "count", **L26, s=("län", "län"), sp=None),
    ]
    NEG["r29_a_polis_halvar"] = [
        N("januari–juni 2026", note="title"), N("14 augusti 2026", note="Publicerad"),
        N("2026", ctx="halvåret [2026] anmäldes", note="places the claim"),
        N("100 000", ctx="brott per [100 000] invånare, vilket", note="rate denominator"),
        N("100 000", ctx="brott per [100 000] invånare. ", note="rate denominator"),
        N("2025", ctx="halvåret [2025]. Under", note="places the comparison"),
        N("2026", ctx="| [2026] | 2025 |", note="column header"), N("2025", ctx="| 2026 | [2025] |", note="column header"),
        N("2025", ctx="halvåret [2025] och", note="places the comparison"),
        N("15 oktober 2026", note="next publication"), N("010-566 43 20"),
    ]

    # ------------------------------------------------------------ 3. municipal budget 2027 (HTML, Publicerad 26 november 2026)
    DR = ("Driftramar", "Driftramar")
    LS = ("Lena Sjöberg", "quote")
    ME = ("Mats Edvall", "quote")
    MC = ("Moderaterna och Centerpartiet", "credited")
    LK = ("Låneskulden", "Låneskulden")
    bc = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y27, True, True)]
    GOLD["r29_a_budget_2027"] = [
        G("22,14 kronor", 22.14, "SEK", **L27, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'per hundralapp' (per None); 'lämnas oförändrad': no direction"),
        G("2 486 miljoner kronor", 2486e6, "SEK", **L27, direction=INC, s=None, sp=None, note="the recipient 'nämnderna' is no subject; ', 93 miljoner mer än i år'"),
        G("93 miljoner", 93e6, "SEK", ctx="kronor, [93 miljoner] mer", **L27, direction=INC, s=None, sp=None),
        G("41 miljoner kronor", 41e6, "SEK", **L27, direction=INC, s=("den största förstärkningen", "förstärkningen"), sp=None),
        G("1 064 miljoner kronor", 1064e6, "SEK", **L27, direction=INC, s=("en ram", "ram"), sp=None, note="'får därmed': the new value"),
        G("3,6 procent", 3.6, "percent", **L27, direction=INC, s=("Socialnämndens ram", "ram"), sp=None),
        G("872 miljoner kronor", 872e6, "SEK", **L27, direction=INC, s=("Socialnämndens ram", "ram"), sp=None),
        G("96 miljoner", 96e6, "SEK", ctx="får [96 miljoner], lika", **L27, s=None, sp=None, note="'lika mycket som i år': no change; the recipient is no subject"),
        G("omkring 3 procent", 3, "percent", bound="approx", **L27, direction=INC, s=("löner och hyror", "löner"), sp=None, note="'räknas upp med'"),
        *_row(G, "Kommunstyrelsen", ["187", "199", "+12"], bc, DR, note="HTML table 'Driftramar per nämnd, miljoner kronor': 'Budget 2026' / 'Budget 2027' explicit, 'Förändring' 2027 lenient signed; rows are committees"),
        *_row(G, "Barn- och utbildningsnämnden", ["1 023", "1 064", "+41"], bc, DR),
        *_row(G, "Socialnämnden", ["842", "872", "+30"], bc, DR),
        *_row(G, "Samhällsbyggnadsnämnden", ["224", "231", "+7"], bc, DR),
        *_row(G, "Kultur- och fritidsnämnden", ["96", "96", "0"], bc, DR),
        *_row(G, "Miljö- och byggnämnden", ["21", "24", "+3"], bc, DR),
        *_row(G, "Nämnderna totalt", ["2 393", "2 486", "+93"], bc, DR),
        G("2 714 miljoner kronor", 2714e6, "SEK", t=Y27, s=("Intäkterna från skatter och generella statsbidrag", "Intäkterna"), sp=None, note="'nästa år' resolves"),
        G("38 miljoner kronor", 38e6, "SEK", **L27, s=("ett överskott", "överskott"), sp=None),
        G("1,4 procent", 1.4, "percent", **L27, s=None, sp=None, note="after 'motsvarande'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing financial target: no period"),
        G("412 miljoner", 412e6, "SEK", ctx="Investeringar för [412 miljoner]", **L27, s=("Investeringar", "Investeringar"), sp=None, note="heading"),
        G("412 miljoner kronor", 412e6, "SEK", t=Y27, direction=INC, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None, note="'för 2027'; ', jämfört med 356 miljoner i år'"),
        G("356 miljoner", 356e6, "SEK", t=Y26, s=None, sp=None, note="'i år' resolves; elided noun"),
        G("mellan 180 och 210 miljoner kronor", None, "SEK", low=180e6, high=210e6, **L27, s=("den nya F–6-skolan i Norrby", "6-skolan"), sp=None, note="total cost of the project"),
        G("95 miljoner", 95e6, "SEK", t=Y27, s=None, sp=None, note="'varav ... under 2027'"),
        G("omkring 1,9 miljarder kronor", 1.9e9, "SEK", bound="approx", t=Y27, direction=INC, s=LK, sp=None, note="'väntas öka till ... vid utgången av 2027'"),
        G("drygt 59 000 kronor per invånare", 59000, "SEK", bound="approx", per="capita", t=Y27, direction=INC, s=LK, sp=None, note="', eller' restates"),
        G("41 miljonerna", 41e6, "SEK", **L27, direction=INC, s=None, sp=LS, note="quote"),
        G("20 öre", 0.20, "SEK", **L27, direction=DEC, s=("en skattesänkning", "skattesänkning"), sp=MC, note="the opposition's proposal"),
        G("21,94 kronor", 21.94, "SEK", **L27, direction=DEC, s=None, sp=MC, note="the tax rate is not written in the sentence"),
        G("ungefär 150 miljoner kronor", 150e6, "SEK", bound="approx", t=Y27, s=("låneskulden", "låneskulden"), sp=ME, note="counterfactual at one time: no direction"),
        G("27 röster", 27, "count", **L26, s=("röster", "röster"), sp=None),
        G("22", 22, "count", ctx="mot [22].", **L26, s=None, sp=None),
        G("49 ledamöter", 49, "count", **L26, s=("ledamöter", "ledamöter"), sp=None),
    ]
    NEG["r29_a_budget_2027"] = [
        N("Budget 2027", ctx="Ekonomi › [Budget 2027]", note="breadcrumb"), N("2027", ctx="antagit budget för [2027]", note="heading"),
        N("26 november 2026", note="Publicerad"), N("2027", ctx="budgeten för [2027]. Skattesatsen", note="places the budget"),
        N("Budget 2026", note="column header"), N("Budget 2027", ctx="Budget 2026 [Budget 2027]", note="column header"),
        N("2023", note="'sedan 2023' places the rate"), N("2027", ctx="inte [2027].", note="places the target"),
        N("2027", ctx="Investeringsbudgeten för [2027]", note="places the figure"), N("F–6", note="school type"),
        N("2027", ctx="under [2027].", note="places the figure"), N("2027", ctx="utgången av [2027], eller", note="places the figure"),
        N("2027", ctx="utgången av [2027], säger", note="places the figure"),
        N("Stortorget 2", note="street address"), N("668 30", note="postal code"), N("0532-171 00"),
        N("212000-1629", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 4. house-building op-ed (UNDATED: no date, no sidecar)
    GOLD["r29_a_debatt_bostadsbygge"] = [
        G("omkring 32 000 bostäder", 32000, "count", bound="approx", s=("bostäder", "bostäder"), sp=None, note="UNDATED: 'Förra året' gives no period"),
        G("hälften så många", 0.5, "ratio", optional=True, s=None, sp=None, note="multiplier between countries"),
        G("runt 27 000", 27000, "count", bound="approx", s=None, sp=None, note="Norway (a place), noun elided"),
        G("drygt 60 procent", 60, "percent", bound="approx", s=None, sp=None, note="'mer än Sverige': one time"),
        G("5,6 bostäder", 5.6, "count", per="capita", s=("bostäder", "bostäder"), sp=None, note="'per 1 000 invånare'"),
        G("3,0", 3.0, "count", per="capita", ctx="mot [3,0] i", s=None, sp=None),
        G("4,9", 4.9, "count", per="capita", ctx="och [4,9] i", s=None, sp=None),
        G("nästan dubbelt så många", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between countries"),
        G("45 procent", 45, "percent", direction=DEC, s=("antalet påbörjade bostäder i Sverige", "antalet"), sp=None, note="'På fem år ... minskat med'"),
        G("15 procent", 15, "percent", direction=DEC, s=("nedgången", "nedgången"), sp=None),
        G("knappt 10 procent", 10, "percent", bound="approx", direction=DEC, s=None, sp=None, note="elided"),
        G("mer än halverats", 0.5, "ratio", bound="more_than", optional=True, direction=DEC, s=("det svenska byggandet", "byggandet"), sp=None, note="multiplier over time"),
        G("52 000 kronor per kvadratmeter", 52000, "SEK", per="m2", s=("Att bygga en ny flerbostadslägenhet", "flerbostadslägenhet"), sp=None, note="'i genomsnitt': no bound"),
        G("drygt 20 procent", 20, "percent", bound="approx", s=None, sp=None, note="'mer än i Danmark': one time"),
        G("två till tre år", None, "year", low=2, high=3, s=("En svensk detaljplan", "detaljplan"), sp=None, note="'i genomsnitt'"),
        G("mellan 12 och 18 månader", None, "month", low=12, high=18, s=("motsvarande process", "process"), sp=None),
        G("hälften så lång tid", 0.5, "ratio", bound="approx", optional=True, s=None, sp=None, note="'ungefär': multiplier between countries"),
        G("tjugo projekt", 20, "count", s=("projekt", "projekt"), sp=None, note="the signatories' own review: no speaker"),
        G("3 500 kronor per kvadratmeter", 3500, "SEK", per="m2", s=("förseningar i planprocessen", "förseningar"), sp=None, note="'i snitt': no bound"),
        G("Varannan", 0.5, "ratio", s=("svensk mellan 20 och 27 år", "svensk"), sp=None),
        G("över 600 000 personer", 600000, "count", bound="more_than", s=("personer", "personer"), sp=None),
        G("nästan åtta av tio", 0.8, "ratio", bound="approx", s=("hushåll", "hushåll"), sp=None),
        G("knappt två tredjedelar", 2 / 3, "ratio", bound="approx", s=None, sp=None, note="elided"),
        G("cirka 0,4 procent", 0.4, "percent", bound="approx", per="year", s=("BNP", "BNP"), sp=None, note="'varje år'; 'X procent av Y'"),
        G("högst 18 månader", 18, "month", bound="at_most", s=("en detaljplan", "detaljplan"), sp=None, note="demand"),
        G("minst 5 miljarder kronor per år", 5e9, "SEK", bound="at_least", per="year", s=("ett statligt stöd till hyresbostäder med rimliga hyror", "stöd"), sp=None, note="demand 'Återinför': no figure before"),
        G("35 år", 35, "year", bound="less_than", optional=True, s=("förstagångsköpare", "förstagångsköpare"), sp=None, note="threshold 'under 35 år'"),
        G("upp till 90 procent", 90, "percent", bound="at_most", direction=INC, s=("bostadens värde", "värde"), sp=None, note="demand; 'i stället för dagens 85 procent'"),
        G("85 procent", 85, "percent", s=None, sp=None, note="from-value ('dagens', undated: no period)"),
        G("nästan 20 000", 20000, "count", bound="approx", per="year", s=("påbörjade bostäder", "bostäder"), sp=None, note="counterfactual at one time: no direction"),
    ]
    NEG["r29_a_debatt_bostadsbygge"] = [
        N("1 000", note="rate denominator 'per 1 000 invånare'"), N("mellan 20 och 27 år", note="age band"),
        N("1", ctx="[1]. Inför", note="list numbering"), N("2", ctx="[2]. Återinför", note="list numbering"),
        N("3", ctx="[3]. Låt", note="list numbering"),
    ]

    # ------------------------------------------------------------ 5. electricity prices, week 46 (sidecar 2026-11-13)
    SP = ("Spotpris", "Spotpris")
    TK = ("Terminskontraktet för december", "Terminskontraktet")
    VS = ("veckosnittet", "veckosnittet")
    EN = ("Erik Nyström", "quote")
    ec = [("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y26, True, True),
          ("percent", 1, None, Y26, True, True), ("SEK", 0.01, "kWh", Y25, F, F)]
    GOLD["r29_a_elpris_v46"] = [
        G("fyra elområden", 4, "count", **L26, s=("elområden", "elområden"), sp=None),
        G("104,2 öre per kWh", 1.042, "SEK", per="kWh", **L26, direction=INC, s=VS, sp=None, note="'den här veckan' (week 46, no year); ', en uppgång med'"),
        G("24,7 öre", 0.247, "SEK", per="kWh", ctx="med [24,7 öre]", **L26, direction=INC, s=VS, sp=None),
        G("76,8 öre per kWh", 0.768, "SEK", per="kWh", **L26, direction=INC, s=("snittpriset", "snittpriset"), sp=None, note="next sentence 'Det är 18,4 öre mer än veckan innan'"),
        G("18,4 öre", 0.184, "SEK", per="kWh", ctx="är [18,4 öre] mer", **L26, direction=INC, s=None, sp=None),
        G("drygt 18 procent", 18, "percent", bound="approx", **L26, direction=INC, s=None, sp=None, note="'högre än samma vecka i fjol': an earlier point"),
        G("mellan 26 och 31 öre", None, "SEK", low=0.26, high=0.31, per="kWh", **L26, s=None, sp=None, note="price areas (places); per carried"),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=None, sp=None, note="'av priset i SE3': one time"),
        *_row(G, "SE1", ["26,4", "21,3", "+5,1", "+23,9", "35,2"], ec, SP, note="table 'Spotpris, veckomedel, öre/kWh exkl. moms': 'Vecka 46' / 'Vecka 45' / both change columns 2026 lenient (signed), 'Vecka 46 i fjol' 2025 explicit; rows are price areas"),
        *_row(G, "SE2", ["30,1", "22,8", "+7,3", "+32,0", "36,0"], ec, SP),
        *_row(G, "SE3", ["76,8", "58,4", "+18,4", "+31,5", "64,9"], ec, SP),
        *_row(G, "SE4", ["104,2", "79,5", "+24,7", "+31,1", "88,6"], ec, SP),
        G("312 öre per kWh", 3.12, "SEK", per="kWh", **L26, s=("priset", "priset"), sp=None, note="a peak ('nådde'): no direction"),
        G("14 öre", 0.14, "SEK", per="kWh", **L26, s=None, sp=None, note="per carried"),
        G("nästan fyra gånger så mycket", 4, "number", bound="approx", optional=True, **L26, s=None, sp=None, note="multiplier between price areas"),
        G("52,6 euro per MWh", 52.6, "EUR", kind="money", per="MWh", **L26, direction=INC, s=("Systempriset för hela Norden", "Systempriset"), sp=None, note="'upp från'"),
        G("41,9 euro", 41.9, "EUR", kind="money", per="MWh", **L26, s=("Systempriset för hela Norden", "Systempriset"), sp=None, note="from-value 'veckan innan'"),
        G("2 000 kWh", 2000, "kWh", optional=True, **L26, s=None, sp=None, note="defines the example ('i november')"),
        G("omkring 1 540 kronor", 1540, "SEK", bound="approx", per="month", **L26, s=("elhandelskostnaden", "elhandelskostnaden"), sp=None, note="the example's result 'för månaden'"),
        G("200 kWh", 200, "kWh", per="month", optional=True, **L26, s=None, sp=None, note="defines the example"),
        G("ungefär 155 kronor", 155, "SEK", bound="approx", per="month", **L26, s=None, sp=None, note="the example's result; 'det'"),
        G("78 procent", 78, "percent", **L26, s=("Fyllnadsgraden i de nordiska vattenmagasinen", "Fyllnadsgraden"), sp=None),
        G("6 procentenheter", 6, "percentage_point", **L26, s=None, sp=None, note="'under det normala för årstiden': one time"),
        G("sex kärnkraftsreaktorer", 6, "count", **L26, s=("kärnkraftsreaktorer", "kärnkraftsreaktorer"), sp=None),
        G("fem", 5, "count", ctx="var [fem] i drift", **L26, s=None, sp=None),
        G("drygt 6 000 MW", 6000, "MW", bound="approx", **L26, s=("den tillgängliga kärnkraftseffekten", "kärnkraftseffekten"), sp=None),
        G("kring 88 öre per kWh", 0.88, "SEK", bound="approx", per="kWh", **L26, direction=INC, s=TK, sp=None, note="', 9 öre högre än för en vecka sedan'"),
        G("9 öre", 0.09, "SEK", per="kWh", **L26, direction=INC, s=TK, sp=None),
        G("50–60 öre", None, "SEK", low=0.50, high=0.60, per="kWh", t=Y26, direction=DEC, s=None, sp=EN, note="quote; 'nästa vecka' resolves; 'falla tillbaka till'; SE3 a place"),
    ]
    NEG["r29_a_elpris_v46"] = [
        N("VECKA 46", note="title"), N("4", ctx="elområde [4] (Malmö)", note="price-area name"),
        N("3", ctx="elområde [3] (Stockholm)", note="price-area name"),
        N("Vecka 46", ctx="Elområde [Vecka 46]", note="column header"), N("Vecka 45", note="column header"),
        N("Vecka 46", ctx="[Vecka 46] i fjol", note="column header"),
        N("SE1", ctx="[SE1] 26,4", note="row label"), N("SE2", ctx="[SE2] 30,1", note="row label"),
        N("SE3", ctx="[SE3] 76,8", note="row label"), N("SE4", ctx="[SE4] 104,2", note="row label"),
        N("17", ctx="kl. [17] och", note="time of day"), N("18", ctx="och [18], då", note="time of day"),
        N("vecka 47", note="next letter"), N("0771-44 10 20"),
    ]

    # ------------------------------------------------------------ 6. airport operator, traffic October 2026 (9 november 2026)
    PA = ("passagerare", "passagerare")
    PF = ("Passagerare", "Passagerare")
    SR = ("Sofia Randell", "quote")
    fc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True), ("count", 1, None, Y26, F, F)]
    GOLD["r29_a_flyg_okt"] = [
        G("412 300 passagerare", 412300, "count", **L26, direction=INC, s=PA, sp=None, note="'Under oktober' (no year); ', en ökning med'"),
        G("sex flygplatser", 6, "count", **L26, s=("flygplatser", "flygplatser"), sp=None),
        G("3,8 procent", 3.8, "percent", ctx="ökning med [3,8 procent]", **L26, direction=INC, s=PA, sp=None),
        G("7,1 procent", 7.1, "percent", **L26, direction=INC, s=("Utrikestrafiken", "Utrikestrafiken"), sp=None),
        G("168 900 passagerare", 168900, "count", **L26, direction=INC, s=("Utrikestrafiken", "Utrikestrafiken"), sp=None),
        G("1,6 procent", 1.6, "percent", **L26, direction=INC, s=("inrikestrafiken", "inrikestrafiken"), sp=None),
        G("243 400", 243400, "count", ctx="till [243 400].", **L26, direction=INC, s=("inrikestrafiken", "inrikestrafiken"), sp=None),
        G("6 215", 6215, "count", ctx="var [6 215],", **L26, direction=DEC, s=("Antalet landningar", "Antalet"), sp=None, note="', vilket är 2,4 procent färre'"),
        G("2,4 procent", 2.4, "percent", **L26, direction=DEC, s=None, sp=None, note="'vilket'"),
        G("66 passagerare per landning", 66, "count", per="landing", **L26, direction=INC, s=PA, sp=None, note="'i genomsnitt': no bound; ', mot 62 i oktober i fjol'"),
        G("62", 62, "count", per="landing", ctx="mot [62] i oktober", t=Y25, s=None, sp=None, note="'i fjol' resolves; elided"),
        G("4,31 miljoner passagerare", 4.31e6, "count", t=Y26, direction=INC, s=PA, sp=None, note="'Hittills i år' (r24: explicit)"),
        G("5,2 procent", 5.2, "percent", t=Y26, direction=INC, s=PA, sp=None),
        *_row(G, "Åsby", ["198 400", "187 900", "+5,6", "2 071 300"], fc, PF, note="table 'Passagerare per flygplats, oktober': 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' explicit, 'Förändring, %' 2026 lenient signed; rows are airports"),
        *_row(G, "Kallbacka", ["96 200", "93 100", "+3,3", "1 002 600"], fc, PF),
        *_row(G, "Strömvik", ["54 700", "56 800", "−3,7", "571 900"], fc, PF),
        *_row(G, "Hedeby", ["33 900", "32 200", "+5,3", "354 100"], fc, PF),
        *_row(G, "Lunnarp", ["19 800", "18 400", "+7,6", "195 800"], fc, PF),
        *_row(G, "Vitsand", ["9 300", "8 800", "+5,7", "114 300"], fc, PF),
        *_row(G, "Totalt", ["412 300", "397 200", "+3,8", "4 310 000"], fc, PF),
        G("nästan hälften", 0.5, "ratio", bound="approx", **L26, s=None, sp=None, note="'X stod för Y' with X a place (r21)"),
        G("3,7 procent", 3.7, "percent", ctx="tappade [3,7 procent]", **L26, direction=DEC, s=None, sp=None, note="an airport as subject (r21)"),
        G("7,6 procent", 7.6, "percent", ctx="med [7,6 procent], den", **L26, direction=INC, s=("trafiken", "trafiken"), sp=None),
        G("två nya charterlinjer", 2, "count", **L26, s=("nya charterlinjer", "charterlinjer"), sp=None),
        G("1 842 ton", 1842, "tonne", **L26, direction=INC, s=("Fraktvolymen", "Fraktvolymen"), sp=None, note="', 9 procent mer än i oktober i fjol'"),
        G("9 procent", 9, "percent", ctx="ton, [9 procent] mer", **L26, direction=INC, s=("Fraktvolymen", "Fraktvolymen"), sp=None),
        G("1 610 ton", 1610, "tonne", **L26, s=None, sp=None, note="an airport as subject; 'av dessa'"),
        G("15 minuter", 15, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality ('inom')"),
        G("87,4 procent", 87.4, "percent", **L26, direction=INC, s=("Punktligheten", "Punktligheten"), sp=None, note="', jämfört med ... ett år tidigare'"),
        G("84,9 procent", 84.9, "percent", **L25, s=("Punktligheten", "Punktligheten"), sp=None, note="'ett år tidigare'"),
        G("5 miljoner passagerare", 5e6, "count", bound="more_than", **L26, direction=INC, s=PA, sp=SR, note="quote; 'passera ... för helåret'"),
        G("50 procent", 50, "percent", t=Y27, direction=DEC, s=("landningsavgiften", "landningsavgiften"), sp=None, note="'Från den 1 januari 2027 sänks'"),
        G("minst 30 procent", 30, "percent", bound="at_least", optional=True, s=("hållbart flygbränsle", "flygbränsle"), sp=None, note="threshold"),
        G("omkring 4 miljoner kronor per år", 4e6, "SEK", bound="approx", per="year", **L27, s=("rabatten", "rabatten"), sp=("Bolaget", "credited"), note="'Bolaget räknar med'"),
    ]
    NEG["r29_a_flyg_okt"] = [
        N("9 november 2026", note="press-release date"), N("oktober 2026", ctx="Trafikstatistik [oktober 2026]", note="title"),
        N("oktober 2025", note="places the comparison"), N("2025", ctx="period [2025].", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("Jan–okt 2026", note="column header"),
        N("1 januari 2027", note="places the cut"), N("november 2026", ctx="för [november 2026]", note="names the next report"),
        N("8 december 2026", note="next report"), N("010-109 72 00"), N("556802-4416", note="org number"),
    ]

    # ------------------------------------------------------------ 7. union wage survey 2026 (Markdown, Publicerad 5 oktober 2026)
    ML = ("Medianlön", "Medianlön")
    HW = ("Helena Warg", "quote")
    LG = ("ett lönegap", "lönegap")
    wc = [("SEK", 1, "month", Y26, True, F)] * 3 + [("percent", 1, None, Y26, True, True)]
    GOLD["r29_a_lonestat_2026"] = [
        G("3,4 procent", 3.4, "percent", ctx="steg med [3,4 procent]", **L26, direction=INC, s=("Medianlönen", "Medianlönen"), sp=None, note="title"),
        G("46 300 kronor per månad", 46300, "SEK", per="month", t=Y26, direction=INC, s=("Medianlönen för förbundets yrkesverksamma medlemmar", "Medianlönen"), sp=None, note="'i september 2026'; next sentence 'Det är 3,4 procent mer'"),
        G("3,4 procent", 3.4, "percent", ctx="Det är [3,4 procent] mer", **L26, direction=INC, s=None, sp=None, note="'än för ett år sedan'"),
        G("3,1 procent", 3.1, "percent", **L26, s=("avtalsmärket", "avtalsmärket"), sp=None, note="one time: no direction"),
        G("18 742 medlemmar", 18742, "count", **L26, s=("medlemmar", "medlemmar"), sp=None),
        G("43 900 kronor", 43900, "SEK", per="month", ctx="medianlön var [43 900 kronor]", **L26, s=("Kvinnornas medianlön", "medianlön"), sp=None, note="'i månaden'"),
        G("47 800 kronor", 47800, "SEK", per="month", ctx="männens [47 800 kronor]", **L26, s=None, sp=None, note="elided noun; per carried"),
        G("8,2 procent", 8.2, "percent", **L26, direction=DEC, s=LG, sp=None, note="'ett lönegap som har krympt från': the new value"),
        G("9,5 procent", 9.5, "percent", **L21, s=LG, sp=None, note="from-value 'för fem år sedan'"),
        G("tre av de fem", 0.6, "ratio", **L26, s=("de fem största yrkesgrupperna", "yrkesgrupperna"), sp=None),
        G("mindre än 4 procent", 4, "percent", bound="less_than", **L26, s=("skillnaden", "skillnaden"), sp=None),
        G("över 7 procent", 7, "percent", bound="more_than", **L26, s=None, sp=None, note="'den' (pronoun)"),
        G("30 år", 30, "year", bound="less_than", optional=True, s=("de yngsta medlemmarna", "medlemmarna"), sp=None, note="threshold 'under 30 år'"),
        G("200 kronor", 200, "SEK", **L26, s=None, sp=None, note="one time; the earner is no subject; no 'per' written"),
        *_row(G, "| Drifttekniker", ["38 700", "40 100", "39 800", "+3,9"], wc, ML, sep=" | ", note="Markdown table 'Medianlön per yrke, september 2026 (kronor per månad)': the caption's month (lenient); 'Förändring sedan 2025, %' 2026 lenient signed; rows are occupations"),
        *_row(G, "| Laboratorieingenjör", ["41 200", "42 600", "41 700", "+3,2"], wc, ML, sep=" | "),
        *_row(G, "| Konstruktör", ["45 800", "47 300", "46 900", "+3,6"], wc, ML, sep=" | "),
        *_row(G, "| Projektledare", ["52 400", "56 900", "55 300", "+2,8"], wc, ML, sep=" | "),
        *_row(G, "| Chef med personalansvar", ["63 200", "68 200", "66 100", "+4,1"], wc, ML, sep=" | "),
        *_row(G, "| Samtliga", ["43 900", "47 800", "46 300", "+3,4"], wc, ML, sep=" | "),
        G("4,1 procent", 4.1, "percent", ctx="cheferna, [4,1 procent]", **L26, direction=INC, s=("löneökning", "löneökning"), sp=None),
        G("3,9 procent", 3.9, "percent", ctx="med [3,9 procent]", **L26, direction=INC, s=None, sp=None, note="elided"),
        G("2,8 procent", 2.8, "percent", ctx="ökningen, [2,8 procent]", **L26, direction=INC, s=("den lägsta ökningen", "ökningen"), sp=None),
        G("tiondel", 0.1, "ratio", ctx="Den [tiondel] av", optional=True, **L26, s=("medlemmarna", "medlemmarna"), sp=None, note="defines the decile"),
        G("under 34 500 kronor i månaden", 34500, "SEK", bound="less_than", per="month", **L26, s=None, sp=None, note="the earners are no subject"),
        G("tiondel", 0.1, "ratio", ctx="den [tiondel] som", optional=True, **L26, s=None, sp=None, note="defines the decile"),
        G("över 71 000 kronor", 71000, "SEK", bound="more_than", per="month", **L26, s=None, sp=None, note="per carried"),
        G("4 600 kronor", 4600, "SEK", **L26, s=("en medianlön", "medianlön"), sp=None, note="'högre än i resten av landet': one time"),
        G("35 200 kronor", 35200, "SEK", **L26, s=("Ingångslönen för nyexaminerade högskoleingenjörer", "Ingångslönen"), sp=None, note="'i genomsnitt': no bound"),
        G("mellan 32 000 och 38 000 kronor", None, "SEK", low=32000, high=38000, **L26, s=("Ingångslönen för nyexaminerade högskoleingenjörer", "Ingångslönen"), sp=None),
        G("femton år", 15, "year", **L26, s=None, sp=HW, note="quote; a forecast duration 'ytterligare femton år'"),
        G("minst 0,5 procent", 0.5, "percent", bound="at_least", **L26, s=("lönesumman", "lönesumman"), sp=HW, note="demand; 'X procent av Y'"),
        G("30 724 yrkesverksamma medlemmar", 30724, "count", t=Y26, s=("yrkesverksamma medlemmar", "medlemmar"), sp=None),
        G("61 procent", 61, "percent", t=Y26, s=("svarsfrekvensen", "svarsfrekvensen"), sp=None),
    ]
    NEG["r29_a_lonestat_2026"] = [
        N("2026", ctx="Lönestatistik [2026]:", note="title"), N("5 oktober 2026", note="Publicerad"),
        N("september 2026", ctx="månad i [september 2026]", note="places the claim"),
        N("september 2026", ctx="yrke, [september 2026] (kronor", note="caption"),
        N("2025", ctx="sedan [2025], %", note="column header"),
        N("1–21 september 2026", note="survey dates"), N("08-412 77 00"),
    ]

    # ------------------------------------------------------------ 8. county board, moose-hunt decision 2026/27 (Datum 2026-05-12)
    JY = ("2026", "2027")
    FJ = ("2025", "2026")
    TI = ("Tilldelning", "Tilldelning")
    LST = ("Länsstyrelsen", "credited")
    mc = [("ha", 1, None, JY, True, F)] + [("count", 1, None, JY, True, F)] * 3 + [("count", 1, None, FJ, F, F), ("count", 1, None, JY, True, True)]
    msub = [("Areal", "Areal")] + [TI] * 5
    GOLD["r29_a_algjakt_2026"] = [
        G("2 340 djur", 2340, "count", t=JY, s=("tilldelningen av älg", "tilldelningen"), sp=LST, note="'Länsstyrelsen beslutar att ... för jaktåret 2026/27'; the change is stated two sentences later"),
        G("fyra älgförvaltningsområden", 4, "count", t=JY, lenient=True, s=("älgförvaltningsområden", "älgförvaltningsområden"), sp=LST),
        G("1 090 vuxna djur", 1090, "count", t=JY, lenient=True, s=("vuxna djur", "djur"), sp=None, note="'Av dessa'"),
        G("1 250 kalvar", 1250, "count", t=JY, lenient=True, s=("kalvar", "kalvar"), sp=None),
        G("260 älgar", 260, "count", t=JY, lenient=True, direction=DEC, s=("Tilldelningen", "Tilldelningen"), sp=None, note="'lägre än förra jaktåret'"),
        G("2 600 djur", 2600, "count", t=FJ, lenient=True, s=None, sp=None, note="'då den uppgick till' (pronoun); 'förra jaktåret'"),
        *_row(G, "Norra", ["412 000", "310", "360", "670", "760", "−90"], mc, msub, note="table 'Tilldelning per älgförvaltningsområde, jaktåret 2026/27 (antal älgar)': the caption's hunting year (lenient), 'Totalt 2025/26' explicit, 'Förändring' signed; 'Areal, hektar' in ha; rows are areas"),
        *_row(G, "Mellersta", ["356 000", "290", "330", "620", "690", "−70"], mc, msub),
        *_row(G, "Södra", ["298 000", "260", "300", "560", "610", "−50"], mc, msub),
        *_row(G, "Kustlandet", ["214 000", "230", "260", "490", "540", "−50"], mc, msub),
        *_row(G, "Länet totalt", ["1 280 000", "1 090", "1 250", "2 340", "2 600", "−260"], mc, msub),
        G("1,8 älgar", 1.8, "count", per="ha", t=JY, lenient=True, direction=DEC, s=("Tilldelningen", "Tilldelningen"), sp=None, note="'per 1 000 hektar'; ', jämfört med 2,0 förra jaktåret'"),
        G("2,0", 2.0, "count", per="ha", ctx="med [2,0] förra", t=FJ, lenient=True, s=None, sp=None, note="elided"),
        G("2,3 älgar", 2.3, "count", per="ha", t=JY, lenient=True, s=("tilldelningen", "tilldelningen"), sp=None, note="against the county: one time"),
        G("mellan 6 800 och 7 600 djur", None, "count", low=6800, high=7600, **L26, s=("vinterstammen", "vinterstammen"), sp=None, note="'vinterns spillningsinventering'"),
        G("omkring 5,6 älgar", 5.6, "count", bound="approx", per="ha", **L26, s=("vinterstammen", "vinterstammen"), sp=None, note="', eller' restates"),
        G("7,9 älgar", 7.9, "count", per="ha", **L21, s=("tätheten", "tätheten"), sp=None, note="'För fem år sedan'"),
        G("nästan 30 procent", 30, "percent", bound="approx", t=("2021", "2026"), lenient=True, direction=DEC, s=("stammen", "stammen"), sp=None, note="'har minskat med ... sedan dess'"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=("tallarna", "tallarna"), sp=None, note="'Vid den senaste betesinventeringen'; ', jämfört med 11 procent tre år tidigare'"),
        G("11 procent", 11, "percent", **L23, s=None, sp=None, note="'tre år tidigare'; elided"),
        G("högst 10 procent", 10, "percent", bound="at_most", per="year", s=("tallarna", "tallarna"), sp=None, note="standing regional target: no period"),
        G("2 412 älgar", 2412, "count", t=FJ, s=("älgar", "älgar"), sp=None, note="'Under jaktåret 2025/26'"),
        G("2 600", 2600, "count", ctx="de [2 600] som", t=FJ, s=None, sp=None, note="elided"),
        G("93 procent", 93, "percent", t=FJ, s=("älgar", "älgar"), sp=None, note="', eller' restates"),
        G("51 procent", 51, "percent", t=FJ, lenient=True, s=("Kalvandelen i avskjutningen", "Kalvandelen"), sp=None),
        G("minst 55 procent", 55, "percent", bound="at_least", s=("kalvandelen", "kalvandelen"), sp=LST, note="standing target 'Länsstyrelsen anser att ... bör vara'"),
        G("214 älgar", 214, "count", t=Y25, direction=INC, s=("älgar", "älgar"), sp=None, note="'Under 2025'; ', 31 fler än året innan'"),
        G("31", 31, "count", ctx="länet, [31] fler", t=Y25, direction=INC, s=None, sp=None),
        G("24 timmar", 24, "hour", bound="at_most", optional=True, s=None, sp=None, note="rule 'inom'"),
        G("tre veckor", 3, "week", bound="at_most", optional=True, s=None, sp=None, note="rule 'inom'"),
    ]
    NEG["r29_a_algjakt_2026"] = [
        N("2026-05-12", note="decision date"), N("218-3390-2026", note="diarienummer"),
        N("2026/27", ctx="län, jaktåret [2026/27]", note="title"), N("2026/27", ctx="för jaktåret [2026/27] ska", note="places the quota"),
        N("2026/27", ctx="jaktåret [2026/27] (antal", note="caption"), N("2025/26", ctx="Totalt [2025/26]", note="column header"),
        N("1 000", ctx="1,8 älgar per [1 000] hektar", note="rate denominator"), N("1 000", ctx="2,3 älgar per [1 000] hektar", note="rate denominator"),
        N("1 000", ctx="5,6 älgar per [1 000] hektar", note="rate denominator"), N("1 000", ctx="7,9 älgar per [1 000] hektar", note="rate denominator"),
        N("2025/26", ctx="jaktåret [2025/26] fälldes", note="places the bag"), N("2025", ctx="Under [2025] dödades", note="places the claim"),
        N("1 september 2026", note="season start"), N("31 januari 2027", note="season end"),
    ]

    return GOLD, NEG
