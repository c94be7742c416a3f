"""Round 31, part A (r31_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 31, part A (r31_a_*): eight kinds, written from scratch (r31_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed forestry and
# paper company's interim report January-September 2026 (dateline 'Sundsvall den 22 oktober 2026'; 'Siffror inom
# parentes avser motsvarande period föregående år'; bullets under 'TREDJE KVARTALET' / 'JANUARI–SEPTEMBER' with
# brackets in MSEK, kronor and procent; 'förbättrades till', 'vilket gav en rörelsemarginal på'; a 'VD-KOMMENTAR' quote
# with 'drygt 90 dollar per ton', 'svarar nu för ungefär 45 procent', a forecast '3–5 procent under 2027' and 'nära 60
# procent av vår massaved'; production ', mot ... ett år tidigare', 'ökade med 4 procent till', ', en minskning med',
# 'knappt 2 900 kronor per kubikmeter, cirka 8 procent lägre än under samma period förra året', 'sjönk till 31 öre per
# kWh från 44 öre', 'hittills i år', 'högst 2,4 miljarder kronor'; net debt ', jämfört med ... vid årsskiftet', '0,38
# gånger'; plain-text table 'KONCERNEN I SAMMANDRAG' 'MSEK' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' /
# 'Jan–sep 2025'), a police region's crime statistics for October 2026 (Markdown, 'Publicerad 9 november 2026'; 'en
# minskning med 4,6 procent jämfört med oktober 2025', '712 anmälda brott per 100 000 invånare' against the country's
# 803, 'Hittills i år', Markdown table 'Brottskategori' 'Okt 2026' / 'Okt 2025' / 'Förändring, %' with a bold total
# row; burglaries ', mot 124 samma månad förra året', 'Nästan hälften av dem', 'minst 140 av ... över 70 år', 'drygt 11
# miljoner kronor'; the fraud chief's 'över 900 000 kronor'; controls 'nära dubbelt så många som i oktober förra året',
# clearance rates at one time, 'fem skjutningar, mot elva under hela 2025', 'runt en tredjedel'; the regional chief's
# 'mellan 30 och 40 poliser'; 'högst 2 procent'), a municipality's interim report per August 2026 with the full-year
# forecast (HTML with menu, breadcrumb and footer; 'Publicerad 7 oktober 2026'; 'ett överskott på 41 miljoner kronor
# för perioden januari–augusti', 'ett underskott på 18 miljoner kronor, vilket är 63 miljoner kronor sämre än budget',
# 'avvikelse mot budget ... −74 mnkr', placed children 'från 38 vid årsskiftet till 57 i augusti', '1,3 miljoner kronor
# per år'; HTML table 'Helårsprognos per nämnd 2026, mnkr' 'Budget 2026' / 'Prognos 2026' / 'Avvikelse'; tax revenues
# 'mer än budgeterat', 'Enligt den senaste skatteunderlagsprognosen ökar skatteunderlaget med 4,2 procent i år',
# investments '212 mnkr av helårsbudgetens 480 mnkr'; the chair's quote 'nästan fördubblats på två år'; a standing
# target 'minst 2 procent' and the forecast result '−0,7 procent'), a road-safety agency's preliminary road deaths for
# October 2026 ('Publicerad 3 november 2026'; '17 personer', 'Det är fyra färre än i oktober förra året',
# 'Femårsgenomsnittet för oktober, 2021–2025', 'Hittills i år', 'knappt 7 procent'; plain-text table 'Omkomna per
# månad' '2026' / '2025' / 'Snitt 2021–2025' with a row 'Januari–oktober'; counts by road user, 'Minst fem', '80 km/h
# eller högre'; 'i genomsnitt sex fotgängare ... varje år', 'mer än dubbelt så många'; the safety director's 'högst 133
# omkomna år 2030' and 'ungefär 4 procent per år'; seriously injured 'per 100 000 invånare, jämfört med 30 ... samma
# period 2025', 'nära hälften', counties '1,4' against '4,1, nästan tre gånger så högt'; 'inom 30 dagar'), an UNDATED
# op-ed on housing construction comparing Sweden with Denmark and Norway (no date, no sidecar; 'I fjol ... omkring
# 31 000', 'knappt hälften så många som under toppåret 2021', '60 000 bostäder per år som bostadsmyndigheterna länge
# har angett', 'dubbelt så mycket', '4,3 bostäder per 1 000 invånare', '52 000 danska kronor per kvadratmeter', 'mellan
# 2 och 3 år', 'Sedan 2015 ... 18 procent' against 'mindre än 3 procent', 'en tredjedel fler ... än länets
# genomsnitt', 'från 11 veckor till 4 veckor', 'var fjärde', 'mindre än en tredjedel ..., jämfört med nästan hälften i
# Danmark', 'Enligt våra beräkningar ... minst 25 miljarder kronor per år', three numbered demands, 'minst 50 000
# bostäder per år fram till 2035'), a monthly electricity-price letter dated only by its sidecar (2026-11-04; öre per
# kWh by elområde, ', en ökning med 22,1 öre jämfört med september', 'Jämfört med oktober förra året ... 9 procent
# lägre', 'mer än fyra gånger så högt som i SE1'; plain-text table 'Spotpris, öre per kWh exkl. moms och avgifter'
# 'Oktober' / 'September' / 'Förändring, %' / 'Oktober i fjol'; a worked example variable against fixed; 'de senaste
# tolv månaderna'; 'Andelen ... 52 procent, jämfört med 38 procent för fem år sedan'; an analyst's 'mellan 80 och 120
# öre per kWh'; a forward for the first quarter of 2027; German power in eurocent), an airport operator's passenger
# statistics for October 2026 (Markdown, 'Stockholm den 12 november 2026'; passengers, international and domestic
# 'ökade/minskade med ... till', 'Under januari–oktober', 'knappt 6 procent färre än under motsvarande period 2019';
# Markdown table 'Flygplats' 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Jan–okt 2026' with a bold total row; 'två
# tredjedelar', 'för tredje månaden i rad', landings ', en ökning med', 'jämfört med 68 i oktober i fjol', a cabin factor
# 'drygt 4 procentenheter högre än på inrikesflygen'; the CEO's 'ungefär en femtedel sedan 2019' and 'över 3 000
# kronor'; punctuality 'högst 15 minuter', a target 'minst 5 procent år 2030'), and a union's wage report 2026
# ('Publicerad 24 november 2026'; 'löneökning på 3,6 procent', inflation and real wage, 'andra året i rad', '47 850
# kronor per månad, 1 680 kronor mer än i fjol', median, deciles 'Var tionde ... under', sectors at one time, ',
# eller knappt 17 procent', women's pay '87,8 procent av männens, en ökning med 0,6 procentenheter jämfört med 2025';
# the chair's 'mer än 20 år'; plain-text table 'Lön per yrke, kronor per månad (september 2026)' 'Medellön' / 'Median' /
# 'Ökning sedan 2025, %' / 'Kvinnors andel av mäns lön, %'; 'nästan dubbelt så hög', ages 'under 30 år' / 'över 55',
# 'mellan 8 och 12 procent, ungefär tre gånger så mycket'; demands 'minst 4 procent per år', 'högst 0,5 procent').
# The r8-r30 decisions are followed (see the headers of gold_r28_a.py, gold_r29_a.py and gold_r30_a.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'i år', 'Hittills i år', 'samma månad
# förra året', 'i oktober i fjol') resolves against the publication date and is not lenient, while 'ett år tidigare',
# 'vid årsskiftet', 'för fem år sedan', 'för en månad sedan', a month or quarter without a year ('I oktober',
# 'januari–augusti', 'TREDJE KVARTALET'), a heading's, a caption's or the document's period and present tense are
# lenient; brackets 'motsvarande period föregående år' are lenient; a level followed by ', mot', ', jämfört med', ',
# en ökning/minskning med', 'Det är X färre', ', ... lägre än under samma period förra året' is the new value after a
# change; from-values have no direction; comparisons at one time (the country, another county, another price area,
# Denmark and Norway, another municipality, another sector, men against women, the budget or a plan) have no direction;
# a comparison with an earlier point takes the current period with a direction; multipliers ('nära dubbelt så många',
# 'dubbelt så mycket', 'nästan tre gånger så högt', 'nästan fördubblats') optional; definitions of an example ('20 000
# kWh per år', '2 400 kWh'), thresholds ('över 70 år', '80 km/h eller högre', 'inom 30 dagar', 'högst 15 minuter',
# 'under 30 år', 'över 55') and rules ('kan ändras med högst 2 procent') optional; results of worked examples,
# forecasts, targets and demands required; standing targets with no year ('minst 2 procent') have no period; table
# cells take their column headers' periods (a caption's period lenient), change columns take their direction from the
# sign, an 'Avvikelse' column against the budget has none (r29); rows that are categories take the caption's or
# heading's measure as subject; öre are SEK/100, eurocent EUR/100; 'per kWh' per="kWh", 'per ton' per="tonne", 'per
# kubikmeter' per="m3", 'per aktie' per="share", 'per 100 000 invånare' and 'per 1 000 invånare' per="capita" with the
# value as written (the denominators N), 'per år' / 'varje år' per="year", 'per månad' / 'i månaden' per="month";
# 'gånger' a number; 'vilket' / 'Det' / 'alltså' / elided nouns / pronouns ('av dem') have s None; a country, county,
# municipality or airport as grammatical subject is a place (s None, r21); 'X står för Y' / 'X svarar för Y' / 'X utgör
# Y av Z' / 'X motsvarar Y procent av Z' take X; 'X procent av Y' and 'X av Y' take Y; the payer, the loser, the earner
# and the recipient are no subject; an apposition (', en minskning med 6 procent', ', 1 680 kronor mer') keeps the
# subject of its figure; a paragraph ending in 'säger' credits every figure in it to the speaker (quote); the UNDATED
# text has no period on any figure except a written target year ('fram till 2035', as r30_a) and its signatories are
# no speaker.
# Where those were silent, decided here:
# - Forestry (dateline 2026-10-22): bullets 2026 lenient, brackets 2025 lenient; 'förbättrades till' sets a direction
#   (increase), 'uppgick till', 'blev', 'var', 'vilket gav' none. The quote ends '”, säger vd Karin Sjöholm': 'steg med
#   drygt 90 dollar per ton under kvartalet' USD per tonne, increase; 'svarar nu för ungefär 45 procent' takes X; the
#   forecast 'stiger med 3–5 procent under 2027' 2027 explicit, increase; 'nära 60 procent av vår massaved' takes Y. 'Priset
#   på sågade trävaror låg i genomsnitt på knappt 2 900 kronor per kubikmeter, cirka 8 procent lägre än under samma
#   period förra året': both decrease (an earlier point), 2026 lenient. 'Sågverken levererade 412 000 kubikmeter sågade
#   trävaror' s the goods (the sawmills deliver). 'Hela projektet beräknas kosta högst 2,4 miljarder kronor': a
#   project's total cost, no period. 'hittills i år' explicit. Table: 'MSEK' scales the unit-less rows; '%' and 'kr'
#   rows take those; columns explicit; rows are measures.
# - Police (published 2026-11-09): 'Under oktober' / 'I oktober' 2026 lenient; 'Hittills i år' explicit; 'samma månad
#   förra året' 2025 explicit; 'hela 2025' explicit. The country's '803' per capita one time (no direction). 'Nästan
#   hälften av dem' / 'runt en tredjedel av dem' s None (pronoun). 'fem skjutningar, mot elva under hela 2025' decrease
#   (an earlier period, even if a whole year). 'Uppklaringsprocenten ... 78 procent, jämfört med 19 procent' one time.
#   'Under oktober inträffade en skjutning' is left out (the article-like 'en' with no contrast). The police chief's
#   'mellan 30 och 40 poliser ... sedan i våras' 2026 lenient, no direction ('extra' is no change word). Table: 'Okt
#   2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are categories: s the heading's 'Anmälda
#   brott'; the bold total row annotated cell by cell.
# - Municipality (HTML, published 2026-10-07): the forecast year's figures 2026 lenient ('för helåret', 'januari–
#   augusti', 'vid årets slut', present tense); 'i år' explicit; 'vid årsskiftet' 2025 lenient (a from-value). Figures
#   against the budget or a plan ('sämre än budget', 'mer än budgeterat', 'lägre än planerat', 'avvikelse') have no
#   direction. 'Enligt den senaste skatteunderlagsprognosen' an 'enligt' speaker. 'av helårsbudgetens 480 mnkr' s the
#   genitive as written. The chair's 'Placeringskostnaderna har nästan fördubblats på två år' an optional multiplier,
#   ('2024', '2026') lenient, increase; the '2012' of 'sedan 2012' N. Table: 'Budget 2026' / 'Prognos 2026' explicit,
#   'Avvikelse' 2026 lenient (the caption), no direction; columns are measures ('Budget', 'Prognos', 'Avvikelse').
# - Road deaths (published 2026-11-03): 'I oktober' 2026 lenient; 'i oktober förra året', 'Hittills i år', 'Under samma
#   period i fjol' explicit; 'Femårsgenomsnittet för oktober, 2021–2025' the span explicit. '17 personer' decrease (the
#   next sentence 'Det är fyra färre'). Counts by road user ('elva', 'tre', 'två', 'en cyklist') annotated as counts.
#   'Under de senaste tio åren ... i genomsnitt sex fotgängare ... varje år' ('2016', '2025') lenient, per year. The
#   director's '184 döda' restates (2026 lenient), 'högst 133 omkomna år 2030' a target (2030 explicit, no direction:
#   no change word in its phrase), 'minska med ungefär 4 procent per år från och med nu' ('2026', '2030') lenient,
#   decrease. Table: '2026' / '2025' explicit, 'Snitt 2021–2025' the span (r28_a); rows are months: s 'Omkomna'.
# - Housing op-ed (UNDATED): 'I fjol', 'i dag', 'samtidigt' give no period; 'Sedan 2015' has no end in an undated text,
#   so the changes since then have no period (the year is N). '60 000 bostäder per år som bostadsmyndigheterna länge har
#   angett som behovet' credited to 'bostadsmyndigheterna'. 'Enligt våra beräkningar' an 'enligt' speaker ('våra
#   beräkningar', the phrase as written), though the signatories themselves are no speaker. 'danska kronor' DKK.
#   'per lägenhet' per="apartment" (as r29's 'per tömning' per="emptying"). 'vid i genomsnitt 21,5 års ålder' year, s
#   'ålder'. 'tre storstadsregionerna' optional (names the regions); 'tre åtgärder' left out (as r30_a's 'tre saker');
#   list numbering N.
# - Electricity (sidecar 2026-11-04): 'i oktober', 'under månaden', 'i våras', 'i dag', the columns 'Oktober' /
#   'September' 2026 lenient; 'Oktober i fjol' 2025 explicit; 'för fem år sedan' 2021 lenient; 'de senaste tolv
#   månaderna' ('2025', '2026') lenient; the analyst's 'vinterpriserna' ('2026', '2027') lenient. 'Terminspriset för
#   första kvartalet 2027' and its change take 2027 (the year in the sentence, the period the price is for). Price areas
#   compared at one time, as are the reservoirs against 'det normala för årstiden'; 'SE1'-'SE4' are names (no separate digits, left out). The example: '20 000 kWh per år' and '2 400
#   kWh' optional, its results required. 'Under 61 timmar' hour, s None.
# - Airports (dateline 2026-11-12): 'i oktober', 'Under januari–oktober' 2026 lenient; 'i oktober i fjol' 2025 explicit;
#   'jämfört med oktober 2025' / 'motsvarande period 2019' / 'sedan 2019' places (N). The table has no caption: the
#   section's measure 'passagerare' is its subject; 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' explicit, 'Förändring, %'
#   2026 lenient signed. 'Arnviken står för två tredjedelar av bolagets passagerare': the airport is a place, so the
#   figure takes 'bolagets passagerare'. 'I genomsnitt hade varje flygplan 70 passagerare ombord' per None ('varje
#   flygplan' is no written 'per'), increase ('jämfört med 68 i oktober i fjol'). The CEO's 'Inrikesflyget har minskat
#   med ungefär en femtedel sedan 2019' ('2019', '2026') lenient (r29 SINCE19), decrease.
# - Wages (published 2026-11-24): the wage figures (September 2026, present tense) 2026 lenient; 'i år' explicit.
#   Monthly wages take per="month" throughout (the report's measure, 'kronor per månad' / 'i månaden'), also where the
#   sentence writes only 'kronor'; '600 kronor' (a supplement, no 'per' in sight) per None. 'Med en inflation på 2,1
#   procent' no direction (no change word). 'efter tre år av minskningar' a duration (no period). 'Kvinnorna ... tjänar
#   ... 44 980 kronor och männen 51 230 kronor' s None (the earners). 'När hänsyn tas till ... krymper skillnaden till
#   3,1 procent' no direction (an adjustment, not a change over time). Demands 'Inför avtalsrörelsen 2027' 2027
#   explicit. Table: the caption's 'september 2026' lenient for every column, per month for the wage columns; 'Ökning
#   sedan 2025, %' a change column (unsigned but a rise: increase); 'Kvinnors andel av mäns lön, %' no direction.
# - Negatives: datelines and Publicerad lines, titles', breadcrumbs', captions' and column headers' periods, years and
#   dates that only place a claim or a comparison, next-report dates, meeting dates, times of day ('07.30', '18–19'),
#   the '100 000' and '1 000' of rate denominators, list numbering, phone numbers, box numbers, postal codes, org numbers
#   and the copyright year.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER', 'på två
#   år', 'de första åtta månaderna', 'de senaste tio åren', 'de senaste tolv månaderna', 'tre åtgärder', 'en skjutning',
#   'SE1'-'SE4', 'första kvartalet', 'ettårigt'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2016", "2019", "2021", "2024", "2025", "2026", "2027", "2030", "2035")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y25, Y26, Y27 = (Y[y] for y in ("2025", "2026", "2027"))
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. forestry and paper company, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RA = ("Resultat per aktie", "Resultat")
    KS = ("Karin Sjöholm", "quote")
    sq = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F)]
    PM = ("Produktionen av massa", "Produktionen")
    LK = ("Leveranserna av kartong", "Leveranserna")
    ST = ("sågade trävaror", "trävaror")
    PT = ("Priset på sågade trävaror", "Priset")
    EK = ("Koncernens elkostnad", "elkostnad")
    NS = ("Nettoskulden", "Nettoskulden")
    AA = ("Antalet anställda", "Antalet")
    GOLD["r31_a_skog_q3"] = [
        G("7,5 procent", 7.5, "percent", **L26, direction=INC, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("4 318", 4318e6, "SEK", ctx="till [4 318] (4 017)", **L26, direction=INC, s=NO, sp=None),
        G("4 017", 4017e6, "SEK", ctx="4 318 ([4 017]) MSEK", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år' (relative: lenient)"),
        G("512", 512e6, "SEK", ctx="förbättrades till [512] (377)", **L26, direction=INC, s=RR, sp=None, note="'förbättrades till': a change verb"),
        G("377", 377e6, "SEK", ctx="512 ([377]) MSEK", **L25, s=RR, sp=None),
        G("11,9", 11.9, "percent", ctx="på [11,9] (9,4)", **L26, s=("en rörelsemarginal", "rörelsemarginal"), sp=None, note="'vilket gav': no change"),
        G("9,4", 9.4, "percent", ctx="11,9 ([9,4]) procent", **L25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("368", 368e6, "SEK", ctx="till [368] (251)", **L26, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("251", 251e6, "SEK", ctx="368 ([251]) MSEK", **L25, s=("Resultatet efter skatt", "Resultatet"), sp=None),
        G("2,21", 2.21, "SEK", per="share", ctx="blev [2,21] (1,51)", **L26, s=RA, sp=None),
        G("1,51", 1.51, "SEK", per="share", ctx="2,21 ([1,51]) kronor", **L25, s=RA, sp=None),
        G("1,8 procent", 1.8, "percent", **L26, direction=DEC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("12 655", 12655e6, "SEK", ctx="till [12 655] (12 887)", **L26, direction=DEC, s=NO, sp=None),
        G("12 887", 12887e6, "SEK", ctx="12 655 ([12 887]) MSEK", **L25, s=NO, sp=None),
        G("1 284", 1284e6, "SEK", ctx="till [1 284] (1 409)", **L26, s=RR, sp=None, note="'uppgick till': no change"),
        G("1 409", 1409e6, "SEK", ctx="1 284 ([1 409]) MSEK", **L25, s=RR, sp=None),
        G("10,1", 10.1, "percent", ctx="till [10,1] (10,9)", **L26, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("10,9", 10.9, "percent", ctx="10,1 ([10,9]) procent", **L25, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("5,62", 5.62, "SEK", per="share", ctx="blev [5,62] (6,27)", **L26, s=RA, sp=None),
        G("6,27", 6.27, "SEK", per="share", ctx="5,62 ([6,27]) kronor", **L25, s=RA, sp=None),
        G("1 106", 1106e6, "SEK", ctx="var [1 106] (958)", **L26, s=("Det operativa kassaflödet", "kassaflödet"), sp=None),
        G("958", 958e6, "SEK", ctx="1 106 ([958]) MSEK", **L25, s=("Det operativa kassaflödet", "kassaflödet"), sp=None),
        G("drygt 90 dollar per ton", 90, "USD", bound="approx", per="tonne", **L26, direction=INC, s=("Priset på blekt barrsulfatmassa", "Priset"), sp=KS, note="quote; 'steg med ... under kvartalet'"),
        G("ungefär 45 procent", 45, "percent", bound="approx", **L26, s=("Kartongaffären", "Kartongaffären"), sp=KS, note="'X svarar för Y' takes X (as 'står för')"),
        G("3–5 procent", None, "percent", low=3, high=5, t=Y27, direction=INC, s=("virkespriserna", "virkespriserna"), sp=KS, note="forecast 'stiger med ... under 2027'"),
        G("nära 60 procent", 60, "percent", bound="approx", **L26, s=("vår massaved", "massaved"), sp=KS, note="'X procent av Y' takes Y"),
        G("268 000 ton", 268000, "tonne", **L26, direction=INC, s=PM, sp=None, note="', mot ... ett år tidigare': the new value"),
        G("241 000 ton", 241000, "tonne", **L25, s=PM, sp=None, note="'ett år tidigare' (lenient)"),
        G("4 procent", 4, "percent", ctx="ökade med [4 procent] till", **L26, direction=INC, s=LK, sp=None),
        G("186 000 ton", 186000, "tonne", **L26, direction=INC, s=LK, sp=None),
        G("412 000 kubikmeter", 412000, "m3", **L26, direction=DEC, s=ST, sp=None, note="', en minskning med'"),
        G("6 procent", 6, "percent", ctx="minskning med [6 procent],", **L26, direction=DEC, s=ST, sp=None, note="apposition keeps the subject"),
        G("knappt 2 900 kronor per kubikmeter", 2900, "SEK", bound="approx", per="m3", **L26, direction=DEC, s=PT, sp=None, note="'i genomsnitt' no bound; ', cirka 8 procent lägre än under samma period förra året': the new value"),
        G("cirka 8 procent", 8, "percent", bound="approx", **L26, direction=DEC, s=PT, sp=None, note="an earlier point: the current period with a direction"),
        G("31 öre per kWh", 0.31, "SEK", per="kWh", **L26, direction=DEC, s=EK, sp=None, note="'sjönk till ... från'"),
        G("44 öre per kWh", 0.44, "SEK", per="kWh", **L25, s=EK, sp=None, note="from-value 'ett år tidigare'"),
        G("742 MSEK", 742e6, "SEK", t=Y26, s=("Investeringarna i den nya kartongmaskinen", "Investeringarna"), sp=None, note="'hittills i år' resolves"),
        G("högst 2,4 miljarder kronor", 2.4e9, "SEK", bound="at_most", s=("Hela projektet", "projektet"), sp=None, note="a project's total cost: no year"),
        G("5 930 MSEK", 5930e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("6 214 MSEK", 6214e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("0,38 gånger", 0.38, "number", **L26, s=("Nettoskuldsättningsgraden", "Nettoskuldsättningsgraden"), sp=None),
        G("3 412", 3412, "count", ctx="var [3 412] (3 501)", **L26, s=AA, sp=None),
        G("3 501", 3501, "count", ctx="3 412 ([3 501])", **L25, s=AA, sp=None),
        *_row(G, "Nettoomsättning", ["4 318", "4 017", "12 655", "12 887"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Rörelseresultat", ["512", "377", "1 284", "1 409"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["11,9", "9,4", "10,1", "10,9"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat efter skatt", ["368", "251", "936", "1 044"], sq("SEK", 1e6), ("Resultat efter skatt", "Resultat")),
        *_row(G, "Resultat per aktie, kr", ["2,21", "1,51", "5,62", "6,27"], sq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r31_a_skog_q3"] = [
        N("januari–september 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("2024", ctx="sedan [2024]", note="places a fact"), N("2027", ctx="under [2027], men", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("4 februari 2027", note="next report"),
        N("060-71 22 40"), N("060-71 22 58"), N("556302-8817", note="org number"),
        N("22 oktober 2026", occ=2, note="release date"), N("07.30", note="time of day"),
    ]

    # ------------------------------------------------------------ 2. police region crime statistics October 2026 (Markdown, Publicerad 9 november 2026)
    AH = ("Anders Holmqvist", "quote")
    LF = ("Lena Forsgren", "quote")
    BR = ("brott", "brott")
    AB = ("Anmälda brott", "brott")
    pc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r31_a_polis_okt"] = [
        G("6 214 brott", 6214, "count", **L26, direction=DEC, s=BR, sp=None, note="'Under oktober' (no year); ', en minskning med ... jämfört med oktober 2025'"),
        G("4,6 procent", 4.6, "percent", ctx="minskning med [4,6 procent] jämfört", **L26, direction=DEC, s=BR, sp=None, note="apposition keeps the subject"),
        G("712 anmälda brott", 712, "count", per="capita", **L26, s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare'"),
        G("803", 803, "count", ctx="siffra [803] per", per="capita", **L26, s=("motsvarande siffra", "siffra"), sp=None, note="the country: one time, no direction"),
        G("63 870 brott", 63870, "count", t=Y26, direction=DEC, s=BR, sp=None, note="'Hittills i år' resolves"),
        G("2,1 procent", 2.1, "percent", t=Y26, direction=DEC, s=None, sp=None, note="'vilket är ... färre än under samma period i fjol'"),
        *_row(G, "| Stöld och snatteri", ["1 842", "2 031", "−9,3"], pc, AB, sep=" | ", note="Markdown table under 'Anmälda brott per brottskategori': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are categories: s the heading's 'Anmälda brott'"),
        *_row(G, "| Bedrägeri", ["1 206", "1 118", "+7,9"], pc, AB, sep=" | "),
        *_row(G, "| Misshandel", ["418", "446", "−6,3"], pc, AB, sep=" | "),
        *_row(G, "| Skadegörelse", ["734", "802", "−8,5"], pc, AB, sep=" | "),
        *_row(G, "| Narkotikabrott", ["655", "590", "+11,0"], pc, AB, sep=" | "),
        *_row(G, "| Trafikbrott", ["512", "497", "+3,0"], pc, AB, sep=" | "),
        G("6 214", 6214, "count", ctx="| **Samtliga brott** | **[6 214]** |", t=Y26, s=AB, sp=None, note="bold total row"),
        G("6 514", 6514, "count", ctx="| **6 214** | **[6 514]** |", t=Y25, s=AB, sp=None),
        G("−4,6", -4.6, "percent", ctx="| **6 514** | **[−4,6]** |", **L26, direction=DEC, s=AB, sp=None),
        G("87 inbrott", 87, "count", **L26, direction=DEC, s=("inbrott i villor och lägenheter", "inbrott"), sp=None, note="'I oktober'; ', mot ... samma månad förra året'"),
        G("124", 124, "count", ctx="mot [124] samma", t=Y25, s=None, sp=None, note="'samma månad förra året' resolves; elided"),
        G("Nästan hälften", 0.5, "ratio", bound="approx", **L26, s=None, sp=None, note="'av dem' (pronoun)"),
        G("minst 140", 140, "count", bound="at_least", **L26, s=("de anmälda bedrägerierna", "bedrägerierna"), sp=None, note="'X av Y' takes Y"),
        G("70 år", 70, "year", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("drygt 11 miljoner kronor", 11e6, "SEK", bound="approx", **L26, s=("Den sammanlagda skadan", "skadan"), sp=None),
        G("över 900 000 kronor", 900000, "SEK", bound="more_than", **L26, s=None, sp=AH, note="quote; the loser is no subject"),
        G("1 120 trafik- och narkotikakontroller", 1120, "count", **L26, direction=INC, s=("trafik- och narkotikakontroller", "narkotikakontroller"), sp=None, note="'nära dubbelt så många som i oktober förra året': an earlier point"),
        G("nära dubbelt så många", 2, "number", bound="approx", **L26, direction=INC, optional=True, s=None, sp=None, note="multiplier against an earlier month"),
        G("78 procent", 78, "percent", **L26, s=("Uppklaringsprocenten för narkotikabrott", "Uppklaringsprocenten"), sp=None),
        G("19 procent", 19, "percent", **L26, s=None, sp=None, note="'jämfört med ... för brottsligheten totalt': one time, elided"),
        G("fem skjutningar", 5, "count", t=Y26, direction=DEC, s=("skjutningar", "skjutningar"), sp=None, note="'Hittills i år'; ', mot elva under hela 2025'"),
        G("elva", 11, "count", ctx="mot [elva] under", t=Y25, s=None, sp=None, note="elided"),
        G("6,3 procent", 6.3, "percent", ctx="minskade med [6,3 procent],", **L26, direction=DEC, s=("Misshandelsbrotten", "Misshandelsbrotten"), sp=None),
        G("runt en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=None, sp=None, note="'av dem' (pronoun)"),
        G("mellan 30 och 40 poliser", None, "count", low=30, high=40, **L26, s=("poliser", "poliser"), sp=LF, note="quote; 'sedan i våras'"),
        G("högst 2 procent", 2, "percent", bound="at_most", optional=True, s=None, sp=None, note="a rule on revisions"),
        G("872 400 invånare", 872400, "count", **L26, s=("Befolkningsunderlaget", "Befolkningsunderlaget"), sp=None),
    ]
    NEG["r31_a_polis_okt"] = [
        N("oktober 2026", note="title"), N("9 november 2026", note="Publicerad"),
        N("oktober 2025", note="places the comparison"),
        N("100 000", ctx="brott per [100 000] invånare. I", note="rate denominator"),
        N("100 000", ctx="803 per [100 000] invånare", note="rate denominator"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("2025", ctx="hela [2025]", note="places the comparison"),
        N("8 december 2026", note="next publication"), N("010-564 20 00"),
    ]

    # ------------------------------------------------------------ 3. municipality's interim report per August 2026 (HTML, Publicerad 7 oktober 2026)
    IV = ("Ingrid Vallin", "quote")
    PB = ("Antalet placerade barn", "Antalet")
    nb = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y26, True, F)]
    nbs = [("Budget", "Budget"), ("Prognos", "Prognos"), ("Avvikelse", "Avvikelse")]
    GOLD["r31_a_kommun_delar"] = [
        G("41 miljoner kronor", 41e6, "SEK", **L26, s=("ett överskott", "överskott"), sp=None, note="'för perioden januari–augusti' (no year)"),
        G("18 miljoner kronor", 18e6, "SEK", **L26, s=("ett underskott", "underskott"), sp=None, note="'för helåret'"),
        G("63 miljoner kronor", 63e6, "SEK", **L26, s=None, sp=None, note="'vilket är ... sämre än budget': against the budget, no direction"),
        G("−74 mnkr", -74e6, "SEK", **L26, s=("Nämndernas samlade avvikelse mot budget", "avvikelse"), sp=None, note="a deviation from budget: no direction"),
        G("−52 mnkr", -52e6, "SEK", **L26, s=("en avvikelse", "avvikelse"), sp=None),
        G("38", 38, "count", ctx="från [38] vid", **L25, s=PB, sp=None, note="from-value 'vid årsskiftet'"),
        G("57", 57, "count", ctx="till [57] i augusti", **L26, direction=INC, s=PB, sp=None, note="'har stigit från ... till'"),
        G("1,3 miljoner kronor", 1.3e6, "SEK", per="year", **L26, s=("en placering på ett HVB-hem", "placering"), sp=None, note="'i genomsnitt' no bound"),
        G("21 mnkr", 21e6, "SEK", **L26, s=("ett underskott", "underskott"), sp=None),
        G("knappt 150 elever", 150, "count", bound="approx", **L26, s=("elevantalet i grundskolan", "elevantalet"), sp=None, note="'lägre än planerat': against a plan, no direction"),
        *_row(G, "Kommunstyrelsen", ["186,4", "182,9", "+3,5"], nb, nbs, note="HTML table 'Helårsprognos per nämnd 2026, mnkr': 'Budget 2026' / 'Prognos 2026' explicit, 'Avvikelse' compares budget and forecast at one time (no direction), the caption's 2026 lenient; columns are measures"),
        *_row(G, "Barn- och utbildningsnämnden", ["1 012,0", "1 004,6", "+7,4"], nb, nbs),
        *_row(G, "Socialnämnden", ["398,5", "450,5", "−52,0"], nb, nbs),
        *_row(G, "Vård- och omsorgsnämnden", ["744,2", "765,2", "−21,0"], nb, nbs),
        *_row(G, "Samhällsbyggnadsnämnden", ["121,7", "133,6", "−11,9"], nb, nbs),
        *_row(G, "Summa nämnder", ["2 462,8", "2 536,8", "−74,0"], nb, nbs),
        G("2 571 mnkr", 2571e6, "SEK", **L26, s=("Skatteintäkter och generella statsbidrag", "Skatteintäkter"), sp=None),
        G("19 mnkr", 19e6, "SEK", **L26, s=None, sp=None, note="'vilket är ... mer än budgeterat': no direction"),
        G("4,2 procent", 4.2, "percent", t=Y26, direction=INC, s=("skatteunderlaget", "skatteunderlaget"), sp=("den senaste skatteunderlagsprognosen", "enligt"), note="'ökar ... i år'"),
        G("8 mnkr", 8e6, "SEK", **L26, s=("Finansnettot", "Finansnettot"), sp=None, note="'sämre än budget': no direction"),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=("räntan på kommunens lån", "räntan"), sp=None, note="'har stigit till i genomsnitt'"),
        G("212 mnkr", 212e6, "SEK", **L26, s=("Investeringarna", "Investeringarna"), sp=None, note="'under de första åtta månaderna'"),
        G("480 mnkr", 480e6, "SEK", **L26, s=("helårsbudgetens", "helårsbudgetens"), sp=None),
        G("390 mnkr", 390e6, "SEK", **L26, s=("Prognosen för helåret", "Prognosen"), sp=None),
        G("minst 30 mnkr", 30e6, "SEK", bound="at_least", **L26, s=("åtgärder", "åtgärder"), sp=None, note="'till december'"),
        G("nästan fördubblats", 2, "number", bound="approx", t=("2024", "2026"), lenient=True, direction=INC, optional=True, s=("Placeringskostnaderna", "Placeringskostnaderna"), sp=IV, note="quote; multiplier 'på två år'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="standing target: no period"),
        G("−0,7 procent", -0.7, "percent", **L26, s=("resultatet", "resultatet"), sp=None),
        G("34 procent", 34, "percent", **L26, s=("Soliditeten inklusive pensionsåtaganden", "Soliditeten"), sp=None, note="'vid årets slut'"),
    ]
    NEG["r31_a_kommun_delar"] = [
        N("2026", ctx="Delårsrapport [2026]", note="breadcrumb"), N("7 oktober 2026", note="Publicerad"),
        N("2026", ctx="per nämnd [2026], mnkr", note="caption"),
        N("Budget 2026", note="column header"), N("Prognos 2026", note="column header"),
        N("2012", note="places a fact"), N("26 oktober", note="date of the council meeting"),
        N("573 80", note="postal code"), N("0380-51 60 00"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 4. road deaths, preliminary statistics October 2026 (Publicerad 3 november 2026)
    JM = ("Jonas Mellberg", "quote")
    PE = ("personer", "personer")
    OM = ("Omkomna", "Omkomna")
    FIVE = ("2021", "2025")
    mc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, FIVE, F, F)]
    GOLD["r31_a_trafikdod_okt"] = [
        G("17 personer", 17, "count", **L26, direction=DEC, s=PE, sp=None, note="'I oktober' (no year); the next sentence 'Det är fyra färre än i oktober förra året'"),
        G("fyra", 4, "count", ctx="är [fyra] färre", **L26, direction=DEC, s=None, sp=None, note="'Det'"),
        G("21 personer", 21, "count", t=Y25, s=PE, sp=None, note="'i oktober förra året' resolves"),
        G("22 omkomna", 22, "count", t=FIVE, s=("Femårsgenomsnittet för oktober", "Femårsgenomsnittet"), sp=None, note="'2021–2025' in the sentence"),
        G("184 personer", 184, "count", t=Y26, direction=DEC, s=PE, sp=None, note="'Hittills i år'; the next sentence states the fall"),
        G("197 personer", 197, "count", t=Y25, s=PE, sp=None, note="'Under samma period i fjol' resolves"),
        G("knappt 7 procent", 7, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'vilket innebär en minskning med'"),
        *_row(G, "Januari", ["14", "19", "17"], mc, OM, note="table 'Omkomna per månad': '2026' / '2025' explicit, 'Snitt 2021–2025' the span explicit (r28_a); rows are months: s the caption's 'Omkomna'"),
        *_row(G, "Februari", ["12", "15", "14"], mc, OM),
        *_row(G, "Mars", ["16", "14", "15"], mc, OM),
        *_row(G, "April", ["15", "18", "17"], mc, OM),
        *_row(G, "Maj", ["21", "22", "21"], mc, OM),
        *_row(G, "Juni", ["23", "26", "24"], mc, OM),
        *_row(G, "Juli", ["27", "25", "27"], mc, OM),
        *_row(G, "Augusti", ["22", "20", "22"], mc, OM),
        *_row(G, "September", ["17", "17", "20"], mc, OM),
        *_row(G, "Oktober", ["17", "21", "22"], mc, OM),
        *_row(G, "Januari–oktober", ["184", "197", "199"], mc, OM),
        G("elva", 11, "count", ctx="var [elva] personbilsförare", **L26, s=("personbilsförare eller passagerare", "personbilsförare"), sp=None, note="'Av de omkomna i oktober'"),
        G("tre motorcyklister", 3, "count", **L26, s=("motorcyklister", "motorcyklister"), sp=None),
        G("två fotgängare", 2, "count", **L26, s=("fotgängare", "fotgängare"), sp=None),
        G("en cyklist", 1, "count", **L26, s=("cyklist", "cyklist"), sp=None, note="the last of a list of counts"),
        G("Nio", 9, "count", ctx="[Nio] av dödsolyckorna", **L26, s=("dödsolyckorna", "dödsolyckorna"), sp=None, note="'X av Y' takes Y"),
        G("80 km/h", 80, "km/h", bound="at_least", optional=True, s=None, sp=None, note="threshold 'eller högre'"),
        G("Minst fem", 5, "count", bound="at_least", **L26, s=("de omkomna i personbil", "omkomna"), sp=None, note="'X av Y' takes Y"),
        G("sju fall", 7, "count", **L26, s=("fall", "fall"), sp=None),
        G("sex fotgängare", 6, "count", per="year", t=("2016", "2025"), lenient=True, s=("fotgängare", "fotgängare"), sp=None, note="'Under de senaste tio åren ... varje år'; 'i genomsnitt' no bound"),
        G("mer än dubbelt så många", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier between seasons: no direction"),
        G("184 döda", 184, "count", t=Y26, lenient=True, s=("döda", "döda"), sp=JM, note="quote; restates the year so far"),
        G("högst 133 omkomna", 133, "count", bound="at_most", t=Y["2030"], s=("omkomna", "omkomna"), sp=JM, note="the target 'år 2030'"),
        G("ungefär 4 procent", 4, "percent", bound="approx", per="year", t=("2026", "2030"), lenient=True, direction=DEC, s=("antalet", "antalet"), sp=JM, note="'minska med ... per år från och med nu'"),
        G("2 960 personer", 2960, "count", **L26, s=PE, sp=None, note="'Under januari–september' (no year)"),
        G("28 allvarligt skadade", 28, "count", per="capita", **L26, direction=DEC, s=("allvarligt skadade", "skadade"), sp=None, note="', jämfört med ... samma period 2025'"),
        G("30", 30, "count", ctx="jämfört med [30] per", per="capita", t=Y25, s=None, sp=None, note="elided; 'samma period 2025'"),
        G("nära hälften", 0.5, "ratio", bound="approx", **L26, s=("Cyklister", "Cyklister"), sp=None, note="'X står för Y' takes X"),
        G("omkring 70 procent", 70, "percent", bound="approx", **L26, s=None, sp=None, note="'av dem' (pronoun)"),
        G("1,4", 1.4, "count", ctx="invånare [1,4] under", per="capita", **L26, s=("antalet omkomna", "antalet"), sp=None, note="'under januari–oktober'; counties compared at one time"),
        G("4,1", 4.1, "count", ctx="var [4,1], nästan", per="capita", **L26, s=None, sp=None, note="elided"),
        G("nästan tre gånger så högt", 3, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between counties: no direction"),
        G("30 dagar", 30, "day", bound="at_most", optional=True, s=None, sp=None, note="definition 'inom 30 dagar'"),
    ]
    NEG["r31_a_trafikdod_okt"] = [
        N("OKTOBER 2026", note="title"), N("3 november 2026", note="Publicerad"),
        N("2021–2025", ctx="oktober, [2021–2025], är", note="places the average"),
        N("2026", ctx="[2026] 2025 Snitt", note="column header"), N("2025", ctx="2026 [2025] Snitt", note="column header"),
        N("Snitt 2021–2025", note="column header"),
        N("100 000", ctx="skadade per [100 000] invånare, jämfört", note="rate denominator"),
        N("100 000", ctx="30 per [100 000] invånare", note="rate denominator"),
        N("2025", ctx="samma period [2025]", note="places the comparison"),
        N("100 000", ctx="omkomna per [100 000] invånare 1,4", note="rate denominator"),
        N("2030", note="places the target"), N("2026", ctx="statistik för [2026] publiceras", note="names the report"),
        N("mars 2027", note="next report"), N("010-417 38 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on housing construction (no date, no sidecar)
    BO = ("bostäder", "bostäder")
    GOLD["r31_a_debatt_bostad"] = [
        G("omkring 31 000 nya bostäder", 31000, "count", bound="approx", s=("nya bostäder", "bostäder"), sp=None, note="'I fjol' in an undated text: no period"),
        G("knappt hälften så många", 0.5, "ratio", bound="approx", optional=True, s=None, sp=None, note="multiplier against the peak year 2021"),
        G("60 000 bostäder", 60000, "count", per="year", s=BO, sp=("bostadsmyndigheterna", "credited"), note="'som bostadsmyndigheterna länge har angett som behovet'"),
        G("drygt 6 miljoner invånare", 6e6, "count", bound="approx", s=("invånare", "invånare"), sp=None),
        G("runt 27 000 bostäder", 27000, "count", bound="approx", s=BO, sp=None, note="'samtidigt'; Denmark is a place"),
        G("dubbelt så mycket", 2, "number", optional=True, s=None, sp=None, note="multiplier between countries: no direction"),
        G("cirka 24 000 bostäder", 24000, "count", bound="approx", s=BO, sp=None),
        G("4,3 bostäder", 4.3, "count", per="capita", s=BO, sp=None, note="'per 1 000 invånare' (value as written, the '1 000' N)"),
        G("2,9 bostäder", 2.9, "count", per="capita", s=("Sveriges siffra", "siffra"), sp=None),
        G("4,5", 4.5, "count", ctx="Danmarks [4,5].", per="capita", s=None, sp=None, note="elided; per carried"),
        G("52 000 danska kronor per kvadratmeter", 52000, "DKK", per="m2", s=("en ny lägenhet i Köpenhamn", "lägenhet"), sp=None, note="'i dag' undated: no period; 'i genomsnitt' no bound"),
        G("14 månader", 14, "month", s=None, sp=None, note="'det tar i genomsnitt'"),
        G("mellan 2 och 3 år", None, "year", low=2, high=3, s=("motsvarande tid", "tid"), sp=None),
        G("18 procent", 18, "percent", direction=INC, s=("sitt bostadsbestånd", "bostadsbestånd"), sp=None, note="'Sedan 2015' in an undated text: no end, no period"),
        G("mindre än 3 procent", 3, "percent", bound="less_than", direction=INC, s=None, sp=None, note="'har vuxit med'; the municipality is a place"),
        G("en tredjedel", 1 / 3, "ratio", ctx="i dag [en tredjedel] fler", s=("planlagda byggrätter", "byggrätter"), sp=None, note="against the county average at one time: no direction"),
        G("11 veckor", 11, "week", s=("sin handläggningstid för bygglov", "handläggningstid"), sp=None, note="from-value"),
        G("4 veckor", 4, "week", direction=DEC, s=("sin handläggningstid för bygglov", "handläggningstid"), sp=None, note="'sänkt ... från ... till'"),
        G("var fjärde", 0.25, "ratio", s=("nybyggd bostad", "bostad"), sp=None),
        G("tre storstadsregionerna", 3, "count", optional=True, s=("storstadsregionerna", "storstadsregionerna"), sp=None, note="names the regions"),
        G("över 40 procent", 40, "percent", bound="more_than", s=("befolkningen", "befolkningen"), sp=None, note="'X procent av Y' takes Y"),
        G("mindre än en tredjedel", 1 / 3, "ratio", bound="less_than", s=("Hyresrätterna", "Hyresrätterna"), sp=None, note="'X utgör Y av Z' takes X"),
        G("nästan hälften", 0.5, "ratio", bound="approx", s=None, sp=None, note="Denmark at one time: no direction; elided"),
        G("minst 25 miljarder kronor", 25e9, "SEK", bound="at_least", per="year", s=None, sp=("våra beräkningar", "enligt"), note="'Enligt våra beräkningar'; the loser is no subject"),
        G("21,5 års", 21.5, "year", s=("ålder", "ålder"), ctx="i genomsnitt [21,5 års] ålder", sp=None, note="'vid i genomsnitt 21,5 års ålder'"),
        G("nästan ett år", 1, "year", bound="approx", s=None, sp=None, note="against a young Dane at one time: no direction"),
        G("högst 12 månader", 12, "month", bound="at_most", s=("en lagstadgad tidsgräns", "tidsgräns"), sp=None, note="demand"),
        G("10 000 kronor per lägenhet", 10000, "SEK", per="apartment", s=("ett investeringsstöd", "investeringsstöd"), sp=None, note="demand"),
        G("upp till 15 procent", 15, "percent", bound="at_most", s=("produktionskostnaden", "produktionskostnaden"), sp=None, note="'X procent av Y' takes Y"),
        G("minst 50 000 bostäder", 50000, "count", bound="at_least", per="year", t=Y["2035"], s=BO, sp=None, note="target 'fram till 2035' (the target year, as r30_a)"),
    ]
    NEG["r31_a_debatt_bostad"] = [
        N("2021", note="places the peak"), N("1 000", ctx="4,3 bostäder per [1 000] invånare", note="rate denominator"),
        N("1 000", ctx="2,9 bostäder per [1 000] invånare", note="rate denominator"),
        N("2015", ctx="Sedan [2015] har", note="places the change"), N("2015", ctx="sedan [2015] blivit", note="places the change"),
        N("1.", ctx="[1.] Inför", note="list number"), N("2.", ctx="[2.] Låt", note="list number"), N("3.", ctx="[3.] Sänk", note="list number"),
        N("2035", note="places the target"),
    ]

    # ------------------------------------------------------------ 6. electricity-price letter, October (sidecar 2026-11-04)
    LB = ("Linnea Bergfors", "quote")
    SP3 = ("Det genomsnittliga spotpriset i elområde SE3", "spotpriset")
    SPT = ("Spotpris", "Spotpris")
    ec = [("SEK", 0.01, "kWh", Y26, True, F), ("SEK", 0.01, "kWh", Y26, True, F), ("percent", 1, None, Y26, True, True), ("SEK", 0.01, "kWh", Y25, F, F)]
    WINTER = ("2026", "2027")
    YEAR12 = ("2025", "2026")
    GOLD["r31_a_elpris_okt"] = [
        G("68,4 öre per kWh", 0.684, "SEK", per="kWh", **L26, direction=INC, s=SP3, sp=None, note="'i oktober' (no year); ', en ökning med ... jämfört med september'"),
        G("22,1 öre", 0.221, "SEK", per="kWh", **L26, direction=INC, s=SP3, sp=None, note="apposition keeps the subject; per carried"),
        G("9 procent", 9, "percent", **L26, direction=DEC, s=("priset", "priset"), sp=None, note="'Jämfört med oktober förra året ... lägre': an earlier point"),
        G("21,7 öre per kWh", 0.217, "SEK", per="kWh", **L26, s=("snittpriset", "snittpriset"), sp=None, note="price areas at one time"),
        G("23,0 öre", 0.23, "SEK", per="kWh", **L26, s=None, sp=None, note="elided; per carried"),
        G("91,2 öre per kWh", 0.912, "SEK", per="kWh", **L26, s=("priset", "priset"), sp=None),
        G("mer än fyra gånger så högt", 4, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier between price areas: no direction"),
        *_row(G, "SE1", ["21,7", "15,2", "+42,8", "28,9"], ec, SPT, note="table 'Spotpris, öre per kWh exkl. moms och avgifter': 'Oktober' / 'September' 2026 lenient, 'Förändring, %' 2026 lenient signed, 'Oktober i fjol' 2025 explicit; öre SEK/100 per kWh; rows are price areas: s the caption's 'Spotpris'"),
        *_row(G, "SE2", ["23,0", "15,9", "+44,7", "30,4"], ec, SPT),
        *_row(G, "SE3", ["68,4", "46,3", "+47,7", "75,2"], ec, SPT),
        *_row(G, "SE4", ["91,2", "63,8", "+42,9", "98,7"], ec, SPT),
        G("4,82 kronor per kWh", 4.82, "SEK", per="kWh", **L26, s=("priset i SE4", "priset"), sp=None, note="'Dyraste timmen under månaden'"),
        G("61 timmar", 61, "hour", **L26, s=None, sp=None, note="'Under 61 timmar i oktober'"),
        G("81 procent", 81, "percent", **L26, s=("Vattenmagasinen i Norden", "Vattenmagasinen"), sp=None, note="'i slutet av oktober'"),
        G("knappt 6 procentenheter", 6, "percentage_point", bound="approx", **L26, s=("Vattenmagasinen i Norden", "Vattenmagasinen"), sp=None, note="'under det normala för årstiden': against the norm at one time, no direction; apposition keeps the subject"),
        G("20 000 kWh", 20000, "kWh", per="year", optional=True, s=None, sp=None, note="defines the example house"),
        G("ungefär 2 200 kronor", 2200, "SEK", bound="approx", **L26, s=None, sp=None, note="result of the example; the payer is no subject"),
        G("2 400 kWh", 2400, "kWh", optional=True, s=("en månadsförbrukning", "månadsförbrukning"), sp=None, note="defines the example"),
        G("79 öre per kWh", 0.79, "SEK", per="kWh", **L26, s=("ett ettårigt fastprisavtal", "fastprisavtal"), sp=None, note="'tecknat i våras'"),
        G("runt 2 370 kronor", 2370, "SEK", bound="approx", **L26, s=("kostnaden", "kostnaden"), sp=None),
        G("knappt 200 kronor", 200, "SEK", bound="approx", **L26, s=None, sp=None, note="'alltså ... mer': one time, no direction"),
        G("58 öre per kWh", 0.58, "SEK", per="kWh", t=YEAR12, lenient=True, s=None, sp=None, note="'Sett över de senaste tolv månaderna'; the payer is no subject; 'i genomsnitt' no bound"),
        G("86 öre", 0.86, "SEK", per="kWh", t=YEAR12, lenient=True, s=("ett fast pris", "pris"), sp=None, note="per carried; against the variable price at one time"),
        G("52 procent", 52, "percent", **L26, direction=INC, s=("Andelen hushåll med rörligt avtal", "Andelen"), sp=None, note="'i dag', ', jämfört med ... för fem år sedan'"),
        G("38 procent", 38, "percent", t=Y["2021"], lenient=True, s=None, sp=None, note="'för fem år sedan'; elided"),
        G("mellan 80 och 120 öre per kWh", None, "SEK", low=0.8, high=1.2, per="kWh", t=WINTER, lenient=True, s=("vinterpriserna i södra Sverige", "vinterpriserna"), sp=LB, note="quote; the coming winter"),
        G("94 öre per kWh", 0.94, "SEK", per="kWh", t=Y27, s=("Terminspriset för första kvartalet 2027 i SE3", "Terminspriset"), sp=None, note="a forward for the first quarter of 2027 (the year in the sentence)"),
        G("cirka 12 öre", 0.12, "SEK", per="kWh", bound="approx", t=Y27, direction=INC, s=("Terminspriset för första kvartalet 2027 i SE3", "Terminspriset"), sp=None, note="'högre än för en månad sedan'; per carried"),
        G("9,6 eurocent per kWh", 0.096, "EUR", per="kWh", **L26, s=("Den tyska elen", "elen"), sp=None, note="'i genomsnitt' no bound"),
        G("nästan 40 procent", 40, "percent", bound="approx", **L26, s=None, sp=None, note="against SE3 at one time: no direction"),
    ]
    NEG["r31_a_elpris_okt"] = [
        N("18–19", note="time of day"), N("2027", ctx="kvartalet [2027] i SE3", note="names the contract"),
        N("1142", note="box number"), N("721 29", note="postal code"), N("021-13 55 00"),
    ]

    # ------------------------------------------------------------ 7. airport operator's passenger statistics October 2026 (Markdown, dateline 'Stockholm den 12 november 2026')
    ML = ("Maria Lundeberg", "quote")
    PA = ("passagerare", "passagerare")
    UT = ("Utrikesresandet", "Utrikesresandet")
    IR = ("antalet inrikes passagerare", "antalet")
    LA = ("Antalet landningar", "Antalet")
    FV = ("Fraktvolymerna via Arnviken", "Fraktvolymerna")
    fc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True), ("count", 1, None, Y26, F, F)]
    GOLD["r31_a_flyg_okt"] = [
        G("sju flygplatser", 7, "count", **L26, s=("flygplatser", "flygplatser"), sp=None),
        G("1 386 400 passagerare", 1386400, "count", **L26, direction=INC, s=PA, sp=None, note="'i oktober' (no year); ', en ökning med ... jämfört med oktober 2025'"),
        G("3,8 procent", 3.8, "percent", ctx="ökning med [3,8 procent] jämfört", **L26, direction=INC, s=PA, sp=None, note="apposition keeps the subject"),
        G("6,8 procent", 6.8, "percent", **L26, direction=INC, s=UT, sp=None),
        G("842 100 passagerare", 842100, "count", **L26, direction=INC, s=UT, sp=None, note="'ökade med ... till'"),
        G("0,6 procent", 0.6, "percent", **L26, direction=DEC, s=IR, sp=None),
        G("544 300", 544300, "count", ctx="till [544 300].", **L26, direction=DEC, s=IR, sp=None),
        G("14,2 miljoner passagerare", 14.2e6, "count", **L26, direction=INC, s=PA, sp=None, note="'Under januari–oktober' (no year)"),
        G("4,4 procent", 4.4, "percent", **L26, direction=INC, s=PA, sp=None, note="', ... fler än under samma period förra året': apposition keeps the subject"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'Det är ... färre än under motsvarande period 2019': an earlier point"),
        *_row(G, "| Arnviken", ["912 300", "869 800", "+4,9", "9 344 000"], fc, PA, sep=" | ", note="Markdown table by airport: 'Okt 2026' / 'Okt 2025' / 'Jan–okt 2026' explicit, 'Förändring, %' 2026 lenient signed; rows are airports: s the section's 'passagerare'"),
        *_row(G, "| Hagby", ["148 600", "150 200", "−1,1", "1 551 000"], fc, PA, sep=" | "),
        *_row(G, "| Kalvsund", ["121 900", "115 400", "+5,6", "1 236 000"], fc, PA, sep=" | "),
        *_row(G, "| Ljungmora", ["96 700", "94 100", "+2,8", "1 004 000"], fc, PA, sep=" | "),
        *_row(G, "| Östra Bergsjö", ["58 200", "60 900", "−4,4", "612 000"], fc, PA, sep=" | "),
        *_row(G, "| Tallhed", ["31 400", "30 600", "+2,6", "284 000"], fc, PA, sep=" | "),
        *_row(G, "| Fjällby", ["17 300", "15 200", "+13,8", "169 000"], fc, PA, sep=" | "),
        G("1 386 400", 1386400, "count", ctx="| **Totalt** | **[1 386 400]** |", t=Y26, s=PA, sp=None, note="bold total row"),
        G("1 336 200", 1336200, "count", ctx="| **1 386 400** | **[1 336 200]** |", t=Y25, s=PA, sp=None),
        G("+3,8", 3.8, "percent", ctx="| **1 336 200** | **[+3,8]** |", **L26, direction=INC, s=PA, sp=None),
        G("14 200 000", 14.2e6, "count", ctx="| **+3,8** | **[14 200 000]** |", t=Y26, s=PA, sp=None),
        G("två tredjedelar", 2 / 3, "ratio", **L26, s=("bolagets passagerare", "passagerare"), sp=None, note="'X står för Y av Z' with a place as X: takes Z"),
        G("8,2 procent", 8.2, "percent", **L26, direction=INC, s=("utrikestrafiken", "utrikestrafiken"), sp=None),
        G("två nya direktlinjer", 2, "count", **L26, s=("nya direktlinjer", "direktlinjer"), sp=None),
        G("tredje", 3, "ordinal", ctx="för [tredje] månaden", **L26, direction=DEC, s=("resandet", "resandet"), sp=None, note="'minskade ... för tredje månaden i rad'"),
        G("9 870", 9870, "count", **L26, direction=INC, s=LA, sp=None),
        G("1,7 procent", 1.7, "percent", **L26, direction=INC, s=LA, sp=None, note="apposition keeps the subject"),
        G("70 passagerare", 70, "count", **L26, direction=INC, s=PA, sp=None, note="'I genomsnitt hade varje flygplan ... ombord, jämfört med ... i oktober i fjol'"),
        G("68", 68, "count", ctx="med [68] i oktober", t=Y25, s=None, sp=None, note="'i oktober i fjol' resolves; elided"),
        G("83 procent", 83, "percent", **L26, s=("Kabinfaktorn på utrikesflygen", "Kabinfaktorn"), sp=None),
        G("drygt 4 procentenheter", 4, "percentage_point", bound="approx", **L26, s=None, sp=None, note="against domestic flights at one time: no direction"),
        G("3 640 ton", 3640, "tonne", **L26, direction=DEC, s=FV, sp=None, note="', ... mindre än ett år tidigare'"),
        G("2,3 procent", 2.3, "percent", **L26, direction=DEC, s=FV, sp=None),
        G("ungefär en femtedel", 0.2, "ratio", bound="approx", t=("2019", "2026"), lenient=True, direction=DEC, s=("Inrikesflyget", "Inrikesflyget"), sp=ML, note="quote; 'har minskat med ... sedan 2019'"),
        G("över 3 000 kronor", 3000, "SEK", bound="more_than", **L26, s=None, sp=ML, note="the payer is no subject; 'för en enkelresa'"),
        G("87,4 procent", 87.4, "percent", **L26, s=("Punktligheten", "Punktligheten"), sp=None),
        G("högst 15 minuter", 15, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition of punctuality"),
        G("1,9 procent", 1.9, "percent", **L26, s=("Andelen förnybart flygbränsle", "Andelen"), sp=None),
        G("minst 5 procent", 5, "percent", bound="at_least", t=Y["2030"], s=("målet", "målet"), sp=None, note="target 'år 2030'"),
    ]
    NEG["r31_a_flyg_okt"] = [
        N("oktober 2026", note="title"), N("12 november 2026", note="dateline"),
        N("oktober 2025", note="places the comparison"), N("2019", ctx="period [2019]", note="places the comparison"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"), N("Jan–okt 2026", note="column header"),
        N("2019", ctx="sedan [2019]", note="places the change"), N("2030", note="places the target"),
        N("10 december 2026", note="next publication"), N("556918-2240", note="org number"),
        N("300", ctx="Box [300]", note="box number"), N("190 45", note="postal code"), N("010-109 70 00"),
    ]

    # ------------------------------------------------------------ 8. union wage report 2026 (Publicerad 24 november 2026)
    SE = ("Sanna Eriksdotter", "quote")
    ML2 = ("Medellönen för förbundets medlemmar", "Medellönen")
    ML3 = ("medellönen", "medellönen")
    KM = ("Kvinnornas medellön", "medellön")
    SK2 = ("Skillnaden", "Skillnaden")
    wc = [("SEK", 1, "month", Y26, True, F), ("SEK", 1, "month", Y26, True, F), ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, F)]
    ws = [("Medellön", "Medellön"), ("Median", "Median"), ("Ökning", "Ökning"), ("Kvinnors andel av mäns lön", "andel")]
    GOLD["r31_a_loner_2026"] = [
        G("3,6 procent", 3.6, "percent", ctx="löneökning på [3,6 procent].", t=Y26, direction=INC, s=("en genomsnittlig löneökning", "löneökning"), sp=None, note="'i år' resolves"),
        G("drygt 41 000 medlemmar", 41000, "count", bound="approx", **L26, s=("medlemmar", "medlemmar"), sp=None),
        G("2,1 procent", 2.1, "percent", **L26, s=("en inflation", "inflation"), sp=None, note="no change word"),
        G("1,5 procent", 1.5, "percent", **L26, direction=INC, s=("reallönen", "reallönen"), sp=None),
        G("andra året", 2, "ordinal", **L26, direction=INC, s=("reallönerna", "reallönerna"), sp=None, note="'andra året i rad som reallönerna ökar'"),
        G("tre år", 3, "year", s=("minskningar", "minskningar"), sp=None, note="'efter tre år av minskningar'"),
        G("47 850 kronor per månad", 47850, "SEK", per="month", **L26, direction=INC, s=ML2, sp=None, note="', ... mer än i fjol': the new value"),
        G("1 680 kronor", 1680, "SEK", per="month", **L26, direction=INC, s=ML2, sp=None, note="apposition; per carried"),
        G("44 300 kronor", 44300, "SEK", per="month", **L26, s=("Medianlönen", "Medianlönen"), sp=None, note="per carried"),
        G("Var tionde", 0.1, "ratio", **L26, s=("medlem", "medlem"), sp=None),
        G("33 000 kronor", 33000, "SEK", bound="less_than", per="month", **L26, s=None, sp=None, note="'tjänar under ... i månaden'; the earner is no subject"),
        G("var tionde", 0.1, "ratio", ctx="och [var tionde] över", **L26, s=None, sp=None, note="elided"),
        G("67 500 kronor", 67500, "SEK", bound="more_than", per="month", **L26, s=None, sp=None, note="per carried"),
        G("50 120 kronor", 50120, "SEK", per="month", **L26, s=ML3, sp=None, note="a monthly wage ('kronor per månad' of the report's measure)"),
        G("42 960 kronor", 42960, "SEK", per="month", **L26, s=None, sp=None, note="elided; sectors at one time"),
        G("7 160 kronor", 7160, "SEK", per="month", **L26, s=SK2, sp=None, note="'i månaden'"),
        G("knappt 17 procent", 17, "percent", bound="approx", **L26, s=SK2, sp=None, note="', eller' restates"),
        G("46 400 kronor", 46400, "SEK", per="month", **L26, s=ML3, sp=None),
        G("44 980 kronor", 44980, "SEK", per="month", **L26, s=None, sp=None, note="the earner is no subject"),
        G("51 230 kronor", 51230, "SEK", per="month", **L26, s=None, sp=None),
        G("87,8 procent", 87.8, "percent", ctx="därmed [87,8 procent] av", **L26, direction=INC, s=KM, sp=None, note="'X motsvarar Y procent av Z' takes X; ', en ökning med ... jämfört med 2025'"),
        G("0,6 procentenheter", 0.6, "percentage_point", **L26, direction=INC, s=KM, sp=None),
        G("3,1 procent", 3.1, "percent", **L26, s=("skillnaden", "skillnaden"), sp=None, note="'krymper ... till' when adjusted: no change over time"),
        G("mer än 20 år", 20, "year", bound="more_than", s=None, sp=SE, note="quote"),
        *_row(G, "Systemutvecklare", ["58 400", "56 900", "3,2", "94,1"], wc, ws, note="table 'Lön per yrke, kronor per månad (september 2026)': the caption's 2026 lenient; 'Ökning sedan 2025, %' a change column (increase); rows are occupations, columns are measures"),
        *_row(G, "Ekonomiassistent", ["36 850", "36 200", "4,1", "97,3"], wc, ws),
        *_row(G, "Projektledare, bygg", ["55 700", "54 100", "3,8", "91,0"], wc, ws),
        *_row(G, "HR-specialist", ["48 900", "47 600", "3,5", "93,6"], wc, ws),
        *_row(G, "Kundtjänstmedarbetare", ["31 400", "30 800", "4,4", "98,2"], wc, ws),
        *_row(G, "Samtliga", ["47 850", "44 300", "3,6", "87,8"], wc, ws),
        G("600 kronor", 600, "SEK", **L26, s=("ett särskilt lågavlönetillägg", "lågavlönetillägg"), sp=None, note="no 'per' written"),
        G("nästan dubbelt så hög", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between occupations: no direction"),
        G("30 år", 30, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("5,2 procent", 5.2, "percent", **L26, direction=INC, s=("lön", "lön"), sp=None, note="'fick i genomsnitt ... mer i lön'"),
        G("55", 55, "year", ctx="över [55] fick", bound="more_than", optional=True, s=None, sp=None, note="age threshold"),
        G("2,8 procent", 2.8, "percent", **L26, direction=INC, s=None, sp=None, note="elided"),
        G("mellan 8 och 12 procent", None, "percent", low=8, high=12, **L26, direction=INC, s=("en löneökning", "löneökning"), sp=None, note="'i snitt' no bound"),
        G("ungefär tre gånger så mycket", 3, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier between groups: no direction"),
        G("minst 4 procent", 4, "percent", bound="at_least", per="year", t=Y27, direction=INC, s=("löneökningar", "löneökningar"), sp=None, note="demand 'Inför avtalsrörelsen 2027'"),
        G("högst 0,5 procent", 0.5, "percent", bound="at_most", t=Y27, s=("lönesumman", "lönesumman"), sp=None, note="demand; 'X procent av Y' takes Y"),
        G("96 400 yrkesverksamma medlemmar", 96400, "count", **L26, s=("yrkesverksamma medlemmar", "medlemmar"), sp=None),
        G("43 procent", 43, "percent", **L26, s=("svarsfrekvensen", "svarsfrekvensen"), sp=None),
    ]
    NEG["r31_a_loner_2026"] = [
        N("2026", ctx="LÖNERAPPORT [2026]", note="title"), N("24 november 2026", note="Publicerad"),
        N("september 2026", note="places the claim"), N("2025", ctx="jämfört med [2025]", note="places the comparison"),
        N("september 2026", ctx="månad ([september 2026])", note="caption"),
        N("2025", ctx="Ökning sedan [2025], %", note="column header"),
        N("2027", ctx="avtalsrörelsen [2027]", note="places the demand"), N("08-522 19 40"),
    ]
    return GOLD, NEG
