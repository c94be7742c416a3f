"""Round 24, part B (r24_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 24, part B (r24_b_*): eight kinds, written from scratch (r24_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a home-and-leisure retail chain's
# year-end report for 2026 (dateline 'Haninge den 4 februari 2027'; 'Jämförelsetal inom parentes avser motsvarande
# period 2025'; dash bullets under 'HELÅRET 2026' with brackets: nettoomsättning 'ökade till', jämförbara butiker
# 'steg med 4,3 (1,9) procent', bruttomarginal 'förbättrades till', rörelseresultat and rörelsemarginal, antal butiker,
# utdelning per aktie; 'FJÄRDE KVARTALET' 'Under oktober–december växte ... med 9 procent till 2 118 (1 943) Mkr',
# 'landade ökningen på', näthandel 'svarade för' / 'drog in'; a CEO quote with 'elva nya butiker', 'Närmare 70
# procent av tillväxten', 'mellan 12 och 15 nyöppningar' for 2027; varulager 'krympte med', kassaflöde, staff 'ökade
# med 146 till'; a plain-text table 'Nyckeltal, Mkr om inget annat anges' 'Kv 4 2026' / 'Kv 4 2025' / 'Helår 2026' /
# 'Helår 2025' with a 'Bruttomarginal, %' row), a social-insurance agency's monthly sick-leave release for October
# 2026 ('Publicerad 2026-11-12'; 'dagar per person', 'Det är 0,21 dagar lägre än i oktober 2025, då talet låg på',
# the definition of the measure, women and men, '1,8 gånger så många', open cases 'varav 72 procent', psychiatric
# diagnoses 'oförändrad', long cases 'blev 3 400 färre och landade på', '41 procent inom 30 dagar'; a plain-text table
# 'Tabell 2. Sjukpenningtal per län, dagar per försäkrad' 'Kvinnor' / 'Män' / 'Totalt' / 'Förändr. mot okt 2025';
# 'drygt 3 dagar lägre' between counties; a forecast for December 2026), a university's annual report summary for 2025
# (Markdown, '*... · Publicerad 20 februari 2026*'; helårsstudenter ', en ökning med', a prestationsgrad with a
# labelled bracket '(83 procent 2024)', examina ', 204 fler än 2024', doctoral degrees 'gick ned från 96 till 81',
# research income 'växte till ..., från ... året före', staff in present tense, income, costs and a deficit,
# myndighetskapital; a Markdown table by faculty 'Helårsstudenter 2025' / 'Helårsstudenter 2024' / 'Examina 2025' /
# 'Forskningsintäkter 2025, mnkr'; the vice-chancellor's quote with a target 'Nästa år'), a municipality's budget
# proposal for 2027 with plan years 2028-2029 ('Publicerad 14 oktober 2026'; skattesats 'lämnas orörd på 21,89 kronor
# per hundralapp', 'en uppräkning med 2,9 procent jämfört med innevarande års budget', result and the target 'minst 2
# procent', plan-year results, a plain-text table 'Nettokostnader per nämnd, mnkr' 'Budget 2026' / 'Förslag 2027' /
# 'Förändring'; 'det största tillskottet', 'dras ned med', wage and price uprating, investments ', att jämföra med 365
# miljoner i år', 'Under hela planperioden', a new school 'för 650 elever', 'stanna på', debt 'stiga från ... vid
# utgången av 2026 till ... vid utgången av 2027'), an UNDATED trade-association page on housing needs (no date, no
# sidecar; 'omkring 62 000 nya bostäder om året', 'Det senaste året', 'ungefär hälften', a range for the deficit,
# '212 av landets 290 kommuner', 'var tredje person mellan 20 och 27 år', the 1960s average, 'rekordåret 1970',
# population then and now, 'mer än dubbelt så mycket', 'Under 1970-talets andra hälft rasade byggandet, till runt 55
# 000'; a numbered list of promises 'minst 45 000 bostäder per år', 'minst var fjärde', 'under 1 600 kronor per
# kvadratmeter och år', lead times '24 månader'; production cost), a weekly influenza and RS-virus report for week 47
# dated only by its sidecar (2026-11-25; 'jämfört med 438 fall vecka 46', 'tog ett kliv uppåt med 40 procent på en
# vecka', incidence 'per 100 000 invånare, mot 4,2 veckan innan', RS 'klättrade till 1 034, från 871', the season so
# far since 'vecka 40', hospital and ICU cases, median age, 'drygt två tredjedelar', positivity 'upp från', tests
# ', ungefär 900 fler än veckan före'; a plain-text table 'Fall per åldersgrupp, vecka 47' 'Influensa' / 'RS-virus' /
# 'Influensa, förändring mot v. 46 (%)' with age-band rows; vaccination coverage against a target), an energy company's
# HTML page on network tariffs from 1 January 2027 (cookie banner, menu, breadcrumb, footer; 'Publicerad 2 november
# 2026'; 'höjs överföringsavgiften från 24,0 till 27,6 öre/kWh, en höjning med 15 procent', 'mellan 10 och 12
# procent', investments 'under perioden 2027–2031', '380 kilometer', 'nästan 30 procent på två år', 'Avbrottstiden per
# kund ... förra året' and a target 'under 60 minuter', fixed fees for 16 and 20 ampere; an HTML table 'Elnätskostnad
# för typkunder, kronor per år inklusive moms' 'Förbrukning, kWh/år' / 'Kostnad 2026' / 'Kostnad 2027' / 'Förändring,
# %'; '1 260 kronor mer om året, eller 105 kronor i månaden', customers, the peer average) and a zoo's annual summary
# for 2025 ('Publicerad 15 januari 2026'; visitors 'en ökning med 7 procent jämfört med 2024', 'näst bästa året', the
# record year 2019, income ', vilket är 11,6 miljoner mer än året innan', shares, surplus, July and the best day,
# season passes 'mot 18 900 året innan', animals and species 'i dag', births and staff, school classes; prices for 2026
# 'höjs från 295 till 315 kronor', child and season-pass prices, opening hours; the director's target 'över en halv
# miljon besökare 2026').
# The r8-r23 decisions are followed (see the headers of gold_r22_a.py, gold_r23_a.py and gold_r23_b.py): periods at
# year grain; a relative expression in the sentence ('förra året', 'i år', 'Nästa år', 'i fjol') resolves against the
# publication date and is not lenient; a month, quarter or week without a year, a heading's, caption's or the
# document's period, present tense, 'i dag', 'året innan' / 'året före' / 'veckan innan' are lenient; brackets take the
# period their note or label names (explicit); a level followed by ', en ökning med', ', att jämföra med', ', mot', ',
# X fler än' is the new value after a change, from-values have no direction; comparisons at one time (between
# counties, against a peer average or a target) have no direction; targets and promises are required, without a year
# they have no period; thresholds, definitions of a metric and of an example are optional; multipliers are optional
# number; table cells take their column headers' periods (a caption's or the document's period lenient), change
# columns take their direction from the sign; rows that are categories take the caption's measure as subject, rows
# that are measures their own label; 'per 100 000 invånare' per="capita" with its '100 000' N; 'kronor per hundralapp'
# per None (r10/r23); 'kronor per kvadratmeter och år' per="m2"; öre are SEK/100; fuse sizes are optional unit "A"
# (r11/r17: 'fuse size names the customer group'); 'vilket' / 'Det' / 'varav' / elided nouns / a figure as
# grammatical subject have s None; the payer is no subject; 'X svarade för / stod för Y procent av Z' takes X; the
# publisher's 'vi' and its own forecasts are no speaker; the UNDATED text has no period on any figure except where a
# period is written out (decades, a named year).
# Where those were silent, decided here:
# - Retail: the bullets under 'HELÅRET 2026' take 2026 lenient, their brackets 2025 explicit (the note). 'steg med 4,3
#   (1,9) procent': the bracket is the previous year's growth of the same measure, so it keeps the direction
#   (increase) with 2025 explicit. 'FJÄRDE KVARTALET' has no year: 2026 lenient; its brackets 2025 explicit. 'Antalet
#   butiker vid årets slut var 214 (203)' states no change. The dividend 'kronor per aktie' is per="share". CEO quote:
#   'elva nya butiker' 2026 lenient (the year reported), 'Närmare 70 procent av tillväxten' s 'tillväxten' (a share of
#   a change: no direction), 'mellan 12 och 15 nyöppningar' for 2027 explicit, a range. 'ökade med 146 till 3 088'
#   both increase. Table: 'Kv 4 2026' etc. explicit at year grain; rows are measures; 'Bruttomarginal, %' percent.
# - Sick leave: 'Sjukpenningtalet var 9,84 dagar per person i oktober 2026' is 2026 explicit with no direction (the
#   change is stated in the next sentence, 'Det är 0,21 dagar lägre': s None, 2026 lenient, decrease, per capita);
#   'i oktober 2025, då talet låg på 10,05 dagar' is 2025 explicit. 'dagar per person' / 'dagar per försäkrad' are unit
#   day per="capita". 'varav 72 procent gällde kvinnor' has s None (varav). 'en andel som är oförändrad' states no
#   change. 'Sjukfall som pågått längre än ett år' (a definition in words) is left out; '41 procent inom 30 dagar':
#   '30 dagar' defines the metric (optional, at_most). Table: no period in the caption: the document's October 2026,
#   2026 lenient for all columns; the change column 'Förändr. mot okt 2025' 2026 lenient, sign; counties are
#   categories: s 'Sjukpenningtal'. 'drygt 3 dagar lägre' compares counties (no direction). The agency's own forecast
#   for December 2026 is 2026 explicit, no speaker.
# - University: the report's figures are 2025 lenient unless the sentence names 2025; the labelled bracket '(83 procent
#   2024)' is 2024 explicit; 'från 96 till 81' has no year: 96 2024 lenient, 81 2025 lenient, decrease; 'från 1,31
#   miljarder året före' 2024 lenient. Present tense ('Universitetet har 1 184 forskare och lärare', 'varav 38 procent
#   är') is 2026 lenient (as r23's 'I dag'); 'Myndighetskapitalet motsvarar därefter' is the year-end 2025 (lenient).
#   The deficit is a level (no direction). Table (Markdown, cells separated by ' | '): header years explicit; faculties
#   are categories: each column's measure is the subject ('Helårsstudenter', 'Examina', 'Forskningsintäkter'). The
#   quote 'Nästa år ... höja prestationsgraden till 86 procent' resolves to 2027 (explicit), increase.
# - Budget: the budget year 2027 is lenient where the sentence names no year. 'lämnas orörd på 21,89 kronor' states no
#   change (2027 explicit from 'under 2027'). The plan-year results '74 miljoner kronor 2028' / '89 miljoner kronor
#   2029' are explicit, s None (elided 'resultat'); the proposer (kommunstyrelsen, the publisher) is no speaker. Table:
#   'Budget 2026' / 'Förslag 2027' explicit, 'Förändring' 2027 lenient with its sign, SEK 1e6 from the caption;
#   nämnder are categories: s 'Nettokostnader'. '365 miljoner i år' resolves to 2026 explicit. 'Under hela
#   planperioden' is ('2027', '2029') lenient (from the title). The new school's size 'för 650 elever' and its cost
#   '238 miljoner kronor' describe a project: no period. 'stanna på 58 procent' states no change.
# - Housing (UNDATED): 'om året' / 'per år' per="year"; 'Det senaste året' and 'nu' cannot be placed: no period.
#   'Under 1960-talet' is ('1960', '1969') explicit, 'rekordåret 1970' 1970 explicit, 'Då bodde knappt 8 miljoner'
#   1970 lenient (sentence context), 'Under 1970-talets andra hälft' ('1975', '1979') explicit with 'rasade ... till'
#   decrease. '212 av landets 290 kommuner': both counts, s 'kommuner'. 'var tredje person mellan 20 och 27 år': ratio
#   1/3, head 'person'; the age band is N. 'mer än dubbelt så mycket som nu' is an optional multiplier (more_than,
#   no direction: 'Räknat per invånare' compares two levels and states no change verb). Promises are required: 'lyfta byggtakten till minst 45 000' at_least, increase; 'minst var fjärde'
#   ratio 0.25 at_least; 'under 1 600 kronor' less_than per m2; the current lead time '24 månader' (unit month) is
#   required with no period. 'inom tre år' and 'halvera' are left out (number words with no figure of their own).
# - Influenza (sidecar 2026-11-25): 'vecka 47' / 'vecka 46' without a year: 2026 lenient; the weekly case counts have
#   per None (the week is their period, not a rate). '612 ... jämfört med 438 fall vecka 46': 612 increase, 438 the
#   from-value. 'Bland barn under ett år låg incidensen på 118 per 100 000' per capita, unit count (as the 5,8 'fall').
#   'Medianåldern ... var 74 år' is a measured age (unit year, required), unlike the age bands (N). 'varav 6' and
#   'drygt två tredjedelar av dem' s None. 'ungefär 900 fler än veckan före' increase, s None. Table: caption 'vecka
#   47' gives 2026 lenient; the change column is signed; age groups are categories: s 'Fall'; the age-band labels and
#   'fyllt 65' are N. The vaccination target '75 procent' has no period.
# - Network tariff (HTML): 'Från och med den 1 januari 2027 höjs ... från 24,0 till 27,6 öre/kWh, en höjning med 15
#   procent': 27,6 and 15 are 2027 explicit, increase; 24,0 the from-value 2026 lenient; öre/kWh is SEK per="kWh".
#   'mellan 10 och 12 procent' a range, 2027 lenient, increase. '940 miljoner kronor ... under perioden 2027–2031' and
#   '380 kilometer' in the same sentence are ('2027', '2031') explicit. 'nästan 30 procent på två år' spans ('2024',
#   '2026') lenient. 'Avbrottstiden per kund ... 94 minuter förra året' is 2025 explicit, per="customer" (decided: the
#   average is over customers); the target 'under 60 minuter' has no period, less_than. Fixed fees: '1 560' 2026
#   lenient, '1 740 kronor per år' 2027 lenient increase; 'blir den fasta avgiften 5 940 kronor per år' is a new value
#   after the change (increase). Table: 'Förbrukning, kWh/år' cells define the typical customers (optional, kWh per
#   year, no period); fuse sizes in the row labels are optional 'A'; 'Kostnad 2026' / 'Kostnad 2027' explicit, per
#   year from the caption; 'Förändring, %' 2027 lenient, sign; typical customers are categories: s 'Elnätskostnad'.
#   '1 260 kronor mer om året, eller 105 kronor i månaden': the payer is no subject; 2027 lenient, increase. The peer
#   average '12 300 kronor' is a comparison at one time (2027 lenient, the page's post-change year), per year carried.
# - Zoo: 'det näst bästa året' is ordinal 2 (2025 lenient, s 'året'); the title's 'Näst bästa året någonsin' restates it
#   (optional). 'under 2025' explicit; the record '512 000 besökare' set in 2019 is 2019 explicit; 'året innan' 2024
#   lenient; 'bara i juli' and 'den 17 juli' are 2025 lenient; 'i dag' 2026 lenient. '9 400 besökare på en enda dag'
#   per None (a count on one day). Prices under 'Priser och öppettider 2026': 'höjs från 295 till 315 kronor' 315 2026
#   lenient increase, 295 2025 lenient (the price until now); child and season-pass prices 2026 lenient; the payer
#   ('Barn 3–15 år betalar') is no subject. The quote 'över en halv miljon besökare 2026' is a target, 2026 explicit,
#   more_than 500 000, no direction ('åter nå').
# - Negatives: datelines and Publicerad lines, titles', headings', captions', breadcrumbs' and column headers' periods,
#   week numbers, years and dates that only place a claim, next-release dates, table numbers, age bands and age limits
#   ('16–64 år', '0–4 år', 'mellan 20 och 27 år', 'fyllt 65', '3–15 år', 'under 3 år', '62-åriga'), opening hours and
#   phone hours, list numbering, the '100 000' of 'per 100 000', phone numbers, street addresses, postal codes, org
#   numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'de senaste tolv månaderna',
#   'längre än ett år', 'sedan ett år tillbaka', 'en vecka', 'barn under ett år', 'två år', 'tre år', 'halvera',
#   'de flesta', 'resten av decenniet', 'andra hälft'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("1970", "2019", "2024", "2025", "2026", "2027", "2028", "2029")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False

    # ------------------------------------------------------------ 1. retail chain, year-end report 2026 (dateline 4 februari 2027)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    JB = ("Försäljningen i jämförbara butiker", "Försäljningen")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    AB = ("Antalet butiker", "Antalet")
    UD = ("en utdelning", "utdelning")
    NQ = ("nettoomsättningen", "nettoomsättningen")
    NH = ("Näthandeln", "Näthandeln")
    HS = ("Helena Strandqvist", "quote")
    VL = ("Varulagret", "Varulagret")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    AN = ("Antalet anställda", "Antalet")
    kq = lambda sc, u="SEK": [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r24_b_detaljhandel_helar"] = [
        G("6 842", 6842e6, "SEK", ctx="till [6 842] (6 315)", **L26, direction="increase", s=NO, sp=None, note="heading 'HELÅRET 2026' (lenient); 'ökade till'"),
        G("6 315", 6315e6, "SEK", ctx="6 842 ([6 315]) Mkr", t=Y25, s=NO, sp=None, note="bracket: 'motsvarande period 2025'"),
        G("4,3", 4.3, "percent", ctx="med [4,3] (1,9)", **L26, direction="increase", s=JB, sp=None),
        G("1,9", 1.9, "percent", ctx="4,3 ([1,9]) procent", t=Y25, direction="increase", s=JB, sp=None, note="bracket of a growth rate keeps the direction"),
        G("41,6", 41.6, "percent", ctx="till [41,6] (40,2)", **L26, direction="increase", s=BM, sp=None, note="'förbättrades till'"),
        G("40,2", 40.2, "percent", ctx="41,6 ([40,2]) procent", t=Y25, s=BM, sp=None),
        G("512", 512e6, "SEK", ctx="till [512] (438)", **L26, s=RR, sp=None, note="'uppgick till': no change stated"),
        G("438", 438e6, "SEK", ctx="512 ([438]) Mkr", t=Y25, s=RR, sp=None),
        G("7,5", 7.5, "percent", **L26, s=RM, sp=None),
        G("6,9", 6.9, "percent", t=Y25, s=RM, sp=None),
        G("214", 214, "count", **L26, s=AB, sp=None, note="'vid årets slut'"),
        G("203", 203, "count", t=Y25, s=AB, sp=None),
        G("3,40", 3.40, "SEK", per="share", **L26, s=UD, sp=None, note="'kronor per aktie' after the bracket applies to both"),
        G("2,75", 2.75, "SEK", per="share", t=Y25, s=UD, sp=None),
        G("9 procent", 9, "percent", **L26, direction="increase", s=NQ, sp=None, note="'FJÄRDE KVARTALET' / 'Under oktober–december' (no year)"),
        G("2 118", 2118e6, "SEK", ctx="till [2 118] (1 943)", **L26, direction="increase", s=NQ, sp=None),
        G("1 943", 1943e6, "SEK", ctx="2 118 ([1 943]) Mkr", t=Y25, s=NQ, sp=None),
        G("5,1 procent", 5.1, "percent", **L26, direction="increase", s=("ökningen", "ökningen"), sp=None, note="'landade ökningen på'"),
        G("18 procent", 18, "percent", **L26, s=NH, sp=None, note="'svarade för ... av kvartalets försäljning'"),
        G("381 Mkr", 381e6, "SEK", **L26, s=NH, sp=None),
        G("elva nya butiker", 11, "count", **L26, s=("nya butiker", "butiker"), sp=HS),
        G("Närmare 70 procent", 70, "percent", bound="approx", **L26, s=("tillväxten", "tillväxten"), sp=HS),
        G("mellan 12 och 15 nyöppningar", None, "count", low=12, high=15, t=Y27, s=("nyöppningar", "nyöppningar"), sp=HS, note="plan 'För 2027'"),
        G("6 procent", 6, "percent", **L26, direction="decrease", s=VL, sp=None, note="'krympte med'"),
        G("1 204", 1204e6, "SEK", **L26, direction="decrease", s=VL, sp=None, note="'vid årsskiftet'"),
        G("1 281", 1281e6, "SEK", t=Y25, s=VL, sp=None),
        G("734", 734e6, "SEK", **L26, s=KF, sp=None),
        G("590", 590e6, "SEK", t=Y25, s=KF, sp=None),
        G("146", 146, "count", **L26, direction="increase", s=AN, sp=None),
        G("3 088", 3088, "count", **L26, direction="increase", s=AN, sp=None, note="'ökade med 146 till'"),
        *_row(G, "Nettoomsättning", ["2 118", "1 943", "6 842", "6 315"], kq(1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'Nyckeltal, Mkr': 'Kv 4 2026' / 'Kv 4 2025' / 'Helår 2026' / 'Helår 2025' explicit; rows are measures"),
        *_row(G, "Bruttoresultat", ["874", "786", "2 846", "2 539"], kq(1e6), ("Bruttoresultat", "Bruttoresultat")),
        *_row(G, "Rörelseresultat", ["231", "189", "512", "438"], kq(1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Bruttomarginal, %", ["41,3", "40,5", "41,6", "40,2"], kq(1, "percent"), ("Bruttomarginal", "Bruttomarginal")),
    ]
    NEG["r24_b_detaljhandel_helar"] = [
        N("2026", ctx="Bokslutskommuniké [2026]", note="title"), N("4 februari 2027", note="dateline"),
        N("2025", ctx="period [2025].", note="names the brackets' period"), N("2026", ctx="HELÅRET [2026]", note="heading"),
        N("2027", ctx="För [2027] planerar", note="places the plan"),
        N("Kv 4 2026", note="column header"), N("Kv 4 2025", note="column header"), N("Helår 2026", note="column header"), N("Helår 2025", note="column header"),
        N("556812-4470", note="org number"), N("Lagervägen 9", note="street address"), N("136 44", note="postal code"), N("08-520 318 00"),
    ]

    # ------------------------------------------------------------ 2. sick-leave statistics, October 2026 (Publicerad 2026-11-12)
    SP = ("Sjukpenningtalet", "Sjukpenningtalet")
    ST = ("ett sjukpenningtal", "sjukpenningtal")
    PC = dict(per="capita")
    sj = [("day", 1, "capita", Y26, True, F)] * 3 + [("day", 1, "capita", Y26, True, True)]
    ST2 = ("Sjukpenningtal per län", "Sjukpenningtal")
    GOLD["r24_b_sjukpenningtal_oktober"] = [
        G("9,84 dagar", 9.84, "day", **PC, t=Y26, s=SP, sp=None, note="'i oktober 2026'; the change follows in the next sentence"),
        G("0,21 dagar", 0.21, "day", **PC, **L26, direction="decrease", s=None, sp=None, note="'Det är ... lägre än i oktober 2025'"),
        G("10,05 dagar", 10.05, "day", **PC, t=Y25, s=("talet", "talet"), sp=None, note="'i oktober 2025, då talet låg på'"),
        G("12,71 dagar", 12.71, "day", **PC, **L26, s=ST, sp=None),
        G("7,12 dagar", 7.12, "day", **PC, **L26, s=None, sp=None, note="elided"),
        G("1,8 gånger", 1.8, "number", bound="approx", optional=True, **L26, s=None, sp=None, note="multiplier, women against men at one time"),
        G("187 430", 187430, "count", **L26, s=("Antalet pågående sjukfall", "Antalet"), sp=None, note="'i slutet av oktober'"),
        G("72 procent", 72, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("51 procent", 51, "percent", **L26, s=("Psykiatriska diagnoser", "diagnoser"), sp=None, note="'oförändrad': no change"),
        G("3 400 färre", 3400, "count", **L26, direction="decrease", s=("Sjukfall som pågått längre än ett år", "Sjukfall"), sp=None),
        G("58 920", 58920, "count", **L26, direction="decrease", s=("Sjukfall som pågått längre än ett år", "Sjukfall"), sp=None, note="'blev ... färre och landade på'"),
        G("41 procent", 41, "percent", **L26, s=("de nya sjukfallen under oktober", "sjukfallen"), sp=None),
        G("30 dagar", 30, "day", bound="at_most", optional=True, s=None, sp=None, note="'inom': defines the metric"),
        *_row(G, "Norrfjäll", ["14,92", "8,30", "11,52", "−0,34"], sj, ST2, note="table 'Tabell 2. Sjukpenningtal per län, dagar per försäkrad': the document's October 2026 (lenient); change column signed; counties are categories"),
        *_row(G, "Sjöbotten", ["13,40", "7,65", "10,44", "−0,18"], sj, ST2),
        *_row(G, "Västerlid", ["11,86", "6,71", "9,21", "+0,05"], sj, ST2),
        *_row(G, "Ålunda", ["10,95", "6,02", "8,42", "−0,27"], sj, ST2),
        *_row(G, "Riket", ["12,71", "7,12", "9,84", "−0,21"], sj, ST2),
        G("drygt 3 dagar", 3, "day", bound="approx", **PC, **L26, s=None, sp=None, note="between counties at one time: no direction"),
        G("9,7 dagar", 9.7, "day", **PC, t=Y26, s=ST, sp=None, note="the agency's own forecast for 'december 2026'"),
    ]
    NEG["r24_b_sjukpenningtal_oktober"] = [
        N("oktober 2026", ctx="Sjukpenningtalet i [oktober 2026]", note="title"), N("2026-11-12", note="Publicerad"),
        N("oktober 2026", ctx="person i [oktober 2026]", note="places the claim"), N("oktober 2025", ctx="i [oktober 2025], då", note="places the comparison"),
        N("16–64 år", note="age band"), N("Tabell 2", note="table number"), N("okt 2025", note="column header"),
        N("december 2026", note="places the forecast"), N("10 december", note="next release"), N("010-117 42 90"),
    ]

    # ------------------------------------------------------------ 3. university annual report 2025 (Markdown, Publicerad 20 februari 2026)
    HT = ("helårsstudenter", "helårsstudenter")
    DR = ("Antalet avlagda doktorsexamina", "Antalet")
    FI = ("Forskningsintäkterna", "Forskningsintäkterna")
    AL = ("Anders Lövgren", "quote")
    fac = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("count", 1, None, Y25, F, F), ("SEK", 1e6, None, Y25, F, F)]
    FS = [("Helårsstudenter", "Helårsstudenter"), ("Helårsstudenter", "Helårsstudenter"), ("Examina", "Examina"), ("Forskningsintäkter", "Forskningsintäkter")]
    GOLD["r24_b_universitet_arsredovisning"] = [
        G("14 620 helårsstudenter", 14620, "count", t=Y25, direction="increase", s=HT, sp=None, note="'under 2025'; ', en ökning med': the new value"),
        G("3,8 procent", 3.8, "percent", t=Y25, direction="increase", s=HT, sp=None),
        G("12 340", 12340, "count", **L25, s=("Antalet helårsprestationer", "Antalet"), sp=None),
        G("84 procent", 84, "percent", **L25, s=("en prestationsgrad", "prestationsgrad"), sp=None),
        G("83 procent", 83, "percent", t=Y24, s=("en prestationsgrad", "prestationsgrad"), sp=None, note="labelled bracket '(83 procent 2024)'"),
        G("3 912 examina", 3912, "count", **L25, direction="increase", s=("examina", "examina"), sp=None, note="', 204 fler än 2024'"),
        G("204 fler", 204, "count", **L25, direction="increase", s=None, sp=None),
        G("1 075 yrkesexamina", 1075, "count", **L25, s=("yrkesexamina", "yrkesexamina"), sp=None),
        G("96", 96, "count", ctx="från [96] till", **L24, s=DR, sp=None, note="from-value, no year written"),
        G("81", 81, "count", ctx="till [81].", **L25, direction="decrease", s=DR, sp=None),
        G("1,42 miljarder kronor", 1.42e9, "SEK", **L25, direction="increase", s=FI, sp=None, note="'växte till ..., från ... året före'"),
        G("1,31 miljarder", 1.31e9, "SEK", **L24, s=FI, sp=None),
        G("46 procent", 46, "percent", **L25, s=("Externa bidrag", "bidrag"), sp=None),
        G("1 184 forskare", 1184, "count", **L26, s=("forskare och lärare", "forskare"), sp=None, note="present tense"),
        G("38 procent", 38, "percent", **L26, s=None, sp=None, note="'varav'"),
        G("3,06 miljarder kronor", 3.06e9, "SEK", **L25, s=("Verksamhetens intäkter", "intäkter"), sp=None),
        G("3,11 miljarder kronor", 3.11e9, "SEK", **L25, s=("kostnaderna", "kostnaderna"), sp=None),
        G("50 miljoner kronor", 50e6, "SEK", **L25, s=("ett underskott", "underskott"), sp=None),
        G("19 procent", 19, "percent", **L25, s=("Myndighetskapitalet", "Myndighetskapitalet"), sp=None),
        *_row(G, "Humaniora och samhällsvetenskap", ["5 480", "5 390", "1 402", "286"], fac, FS, sep=" | ", note="Markdown table: header years explicit; faculties are categories: each column's measure"),
        *_row(G, "Naturvetenskap och teknik", ["4 215", "3 960", "1 037", "611"], fac, FS, sep=" | "),
        *_row(G, "Medicin och vård", ["3 410", "3 335", "1 121", "458"], fac, FS, sep=" | "),
        *_row(G, "Lärarutbildning", ["1 515", "1 400", "352", "65"], fac, FS, sep=" | "),
        *_row(G, "Hela universitetet", ["14 620", "14 085", "3 912", "1 420"], fac, FS, sep=" | "),
        G("86 procent", 86, "percent", t=Y27, direction="increase", s=("prestationsgraden", "prestationsgraden"), sp=AL, note="target 'Nästa år' resolves to 2027"),
    ]
    NEG["r24_b_universitet_arsredovisning"] = [
        N("2025", ctx="Årsredovisning [2025]", note="title"), N("20 februari 2026", note="Publicerad"),
        N("2025", ctx="under [2025] totalt", note="places the claim"), N("2024", ctx="83 procent [2024]", note="the bracket's label"),
        N("2024", ctx="fler än [2024]", note="places the comparison"),
        N("Helårsstudenter 2025", note="column header"), N("Helårsstudenter 2024", note="column header"),
        N("Examina 2025", note="column header"), N("Forskningsintäkter 2025", note="column header"),
    ]

    # ------------------------------------------------------------ 4. municipal budget proposal 2027, plan 2028-2029 (Publicerad 14 oktober 2026)
    SB = ("Skatteintäkter och statsbidrag", "Skatteintäkter")
    RE = ("Resultatet", "Resultatet")
    NK = ("Nettokostnader per nämnd", "Nettokostnader")
    IB = ("Investeringsbudgeten", "Investeringsbudgeten")
    LS = ("Låneskulden", "Låneskulden")
    HG = ("en ny högstadieskola", "högstadieskola")
    bud = [("SEK", 1e6, None, Y26, F, F), ("SEK", 1e6, None, Y27, F, F), ("SEK", 1e6, None, Y27, True, True)]
    GOLD["r24_b_kommun_budget2027"] = [
        G("21,89 kronor", 21.89, "SEK", t=Y27, s=("skattesatsen", "skattesatsen"), sp=None, note="'lämnas orörd på ... under 2027': no change; per hundralapp per None"),
        G("3 746 miljoner kronor", 3746e6, "SEK", **L27, direction="increase", s=SB, sp=None, note="', en uppräkning med'"),
        G("2,9 procent", 2.9, "percent", **L27, direction="increase", s=SB, sp=None, note="baseline 'innevarande års budget'"),
        G("62 miljoner kronor", 62e6, "SEK", **L27, s=RE, sp=None),
        G("1,7 procent", 1.7, "percent", **L27, s=RE, sp=None, note="'motsvarande ... av skatter och bidrag'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("Det långsiktiga målet", "målet"), sp=None, note="standing target: no period"),
        G("74 miljoner kronor", 74e6, "SEK", t=Y["2028"], s=None, sp=None, note="plan year; elided 'resultat'"),
        G("89 miljoner kronor", 89e6, "SEK", t=Y["2029"], s=None, sp=None),
        *_row(G, "Barn- och utbildningsnämnden", ["1 412", "1 468", "+56"], bud, NK, note="table 'Nettokostnader per nämnd, mnkr': 'Budget 2026' / 'Förslag 2027' explicit, 'Förändring' 2027 lenient with the sign"),
        *_row(G, "Socialnämnden", ["1 187", "1 239", "+52"], bud, NK),
        *_row(G, "Tekniska nämnden", ["214", "221", "+7"], bud, NK),
        *_row(G, "Kultur- och fritidsnämnden", ["96", "93", "−3"], bud, NK),
        *_row(G, "Kommunstyrelsen", ["348", "359", "+11"], bud, NK),
        G("56 miljoner kronor", 56e6, "SEK", **L27, direction="increase", s=("det största tillskottet", "tillskottet"), sp=None),
        G("omkring 240 elever", 240, "count", bound="approx", **L27, direction="increase", s=("elevantalet i grundskolan", "elevantalet"), sp=None),
        G("3 miljoner kronor", 3e6, "SEK", **L27, direction="decrease", s=("Kultur- och fritidsnämndens ram", "ram"), sp=None, note="'dras ned med'"),
        G("3,2 procent", 3.2, "percent", **L27, direction="increase", s=("Lönerna", "Lönerna"), sp=None, note="'räknas upp med'"),
        G("2,0 procent", 2.0, "percent", **L27, direction="increase", s=("övriga kostnader", "kostnader"), sp=None),
        G("412 miljoner kronor", 412e6, "SEK", t=Y27, direction="increase", s=IB, sp=None, note="'för 2027'; ', att jämföra med': the new value"),
        G("365 miljoner", 365e6, "SEK", t=Y26, s=IB, sp=None, note="'i år' resolves"),
        G("1,06 miljarder kronor", 1.06e9, "SEK", t=("2027", "2029"), lenient=True, s=("investeringar", "investeringar"), sp=None, note="'Under hela planperioden' (title)"),
        G("650 elever", 650, "count", s=HG, sp=None, note="the project's size: no period"),
        G("238 miljoner kronor", 238e6, "SEK", s=HG, sp=None, note="the project's cost: no period"),
        G("58 procent", 58, "percent", **L27, s=("Självfinansieringsgraden", "Självfinansieringsgraden"), sp=None, note="'stanna på': no change"),
        G("1,9 miljarder kronor", 1.9e9, "SEK", t=Y26, s=LS, sp=None, note="from-value 'vid utgången av 2026'"),
        G("2,3 miljarder kronor", 2.3e9, "SEK", t=Y27, direction="increase", s=LS, sp=None),
    ]
    NEG["r24_b_kommun_budget2027"] = [
        N("2027", ctx="budget [2027] och", note="title"), N("2028–2029", note="title"), N("14 oktober 2026", note="Publicerad"),
        N("2027", ctx="under [2027].", note="places the claim"), N("2028", ctx="kronor [2028]", note="places the plan"),
        N("2029", ctx="kronor [2029]", note="places the plan"), N("Budget 2026", note="column header"), N("Förslag 2027", note="column header"),
        N("2027", ctx="för [2027] uppgår", note="places the claim"), N("2026", ctx="utgången av [2026]", note="places the from-value"),
        N("2027", ctx="utgången av [2027]", note="places the claim"), N("23 november", note="decision date"),
    ]

    # ------------------------------------------------------------ 5. housing needs, trade association (UNDATED)
    BO = ("bostäder", "bostäder")
    GOLD["r24_b_bostadsbehov"] = [
        G("omkring 62 000 nya bostäder", 62000, "count", bound="approx", per="year", s=("nya bostäder", "bostäder"), sp=None, note="undated: no period"),
        G("drygt 31 000 bostäder", 31000, "count", bound="approx", s=BO, sp=None, note="'Det senaste året' cannot be placed"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", s=None, sp=None),
        G("mellan 90 000 och 120 000 bostäder", None, "count", low=90000, high=120000, s=("Underskottet", "Underskottet"), sp=None),
        G("212", 212, "count", s=("kommuner", "kommuner"), sp=None),
        G("290 kommuner", 290, "count", s=("landets 290 kommuner", "kommuner"), sp=None),
        G("var tredje person", 1 / 3, "ratio", s=("person mellan 20 och 27 år", "person"), sp=None),
        G("85 000 bostäder", 85000, "count", per="year", t=("1960", "1969"), s=BO, sp=None, note="'Under 1960-talet'; 'i genomsnitt' no bound"),
        G("nästan 110 000", 110000, "count", bound="approx", t=Y["1970"], s=None, sp=None, note="'rekordåret 1970'; elided"),
        G("knappt 8 miljoner människor", 8e6, "count", bound="approx", t=Y["1970"], lenient=True, s=("människor", "människor"), sp=None, note="'Då'"),
        G("över 10,5 miljoner", 10.5e6, "count", bound="more_than", s=None, sp=None, note="'nu' in an undated text; elided"),
        G("mer än dubbelt", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier"),
        G("runt 55 000 bostäder", 55000, "count", bound="approx", per="year", t=("1975", "1979"), direction="decrease", s=("byggandet", "byggandet"), sp=None, note="'Under 1970-talets andra hälft rasade byggandet, till'"),
        G("ungefär 70 procent", 70, "percent", bound="approx", s=("Våra medlemsföretag", "medlemsföretag"), sp=None),
        G("minst 45 000 bostäder", 45000, "count", bound="at_least", per="year", direction="increase", s=("byggtakten", "byggtakten"), sp=None, note="promise 'lyfta ... till'"),
        G("minst var fjärde", 0.25, "ratio", bound="at_least", s=("ny bostad", "bostad"), sp=None, note="promise"),
        G("under 1 600 kronor", 1600, "SEK", bound="less_than", per="m2", s=("en hyra", "hyra"), sp=None, note="'per kvadratmeter och år'"),
        G("24 månader", 24, "month", s=("den genomsnittliga handläggningstiden för nya detaljplaner", "handläggningstiden"), sp=None),
        G("runt 3,2 miljoner kronor", 3.2e6, "SEK", bound="approx", s=("En ny tvårumslägenhet", "tvårumslägenhet"), sp=None),
        G("omkring 25 procent", 25, "percent", bound="approx", s=("skatter och avgifter", "skatter"), sp=None),
    ]
    NEG["r24_b_bostadsbehov"] = [
        N("20 och 27 år", note="age band"), N("1960-talet", note="places the claim"), N("1970", ctx="rekordåret [1970]", note="places the claim"),
        N("1970-talets", note="places the claim"),
        N("1", ctx="[1]. lyfta", note="list numbering"), N("2", ctx="[2]. uppföra", note="list numbering"), N("3", ctx="[3]. halvera", note="list numbering"),
        N("Kungsgatan 48", note="street address"), N("111 35", note="postal code"), N("08-411 27 60"),
    ]

    # ------------------------------------------------------------ 6. influenza and RS virus, week 47 (sidecar 2026-11-25)
    FI1 = ("laboratoriebekräftade fall av influensa", "fall")
    INC = ("Incidensen", "Incidensen")
    RS = ("Antalet fall av RS-virus", "Antalet")
    PP = ("Andelen positiva prover", "Andelen")
    FA = ("Fall per åldersgrupp", "Fall")
    ag = [("count", 1, None, Y26, True, F), ("count", 1, None, Y26, True, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r24_b_influensa_v47"] = [
        G("612 laboratoriebekräftade fall", 612, "count", **L26, direction="increase", s=FI1, sp=None, note="'vecka 47' without a year; ', jämfört med': the new value"),
        G("438 fall", 438, "count", **L26, s=FI1, sp=None, note="'vecka 46'"),
        G("40 procent", 40, "percent", ctx="med [40 procent] på", **L26, direction="increase", s=("antalet fall", "antalet"), sp=None),
        G("5,8 fall", 5.8, "count", per="capita", **L26, direction="increase", s=INC, sp=None, note="', mot 4,2 veckan innan'"),
        G("4,2", 4.2, "count", ctx="mot [4,2] veckan", per="capita", **L26, s=INC, sp=None),
        G("94 procent", 94, "percent", **L26, s=("Influensa A", "Influensa"), sp=None),
        G("1 034", 1034, "count", ctx="klättrade till [1 034]", **L26, direction="increase", s=RS, sp=None),
        G("871", 871, "count", **L26, s=RS, sp=None),
        G("118", 118, "count", ctx="på [118] per", per="capita", **L26, s=("incidensen", "incidensen"), sp=None),
        G("2 315 influensafall", 2315, "count", **L26, s=("influensafall", "influensafall"), sp=None),
        G("37 personer", 37, "count", **L26, s=("personer med influensa", "personer"), sp=None),
        G("6", 6, "count", ctx="varav [6] på", **L26, s=None, sp=None),
        G("74 år", 74, "year", **L26, s=("Medianåldern bland de sjukhusvårdade", "Medianåldern"), sp=None),
        G("drygt två tredjedelar", 2 / 3, "ratio", bound="approx", **L26, s=None, sp=None, note="'av dem'"),
        G("8,9 procent", 8.9, "percent", **L26, direction="increase", s=PP, sp=None, note="'upp från'"),
        G("6,7 procent", 6.7, "percent", **L26, s=PP, sp=None),
        G("14,2 procent", 14.2, "percent", **L26, s=PP, sp=None),
        G("6 880 prover", 6880, "count", **L26, direction="increase", s=("prover", "prover"), sp=None),
        G("ungefär 900", 900, "count", bound="approx", **L26, direction="increase", s=None, sp=None),
        *_row(G, "0–4 år", ["58", "611", "+32"], ag, FA, note="table 'Fall per åldersgrupp, vecka 47': 2026 lenient; change column signed; age groups are categories"),
        *_row(G, "5–19 år", ["104", "87", "+68"], ag, FA),
        *_row(G, "20–64 år", ["253", "121", "+37"], ag, FA),
        *_row(G, "65 år och äldre", ["197", "215", "+36"], ag, FA),
        *_row(G, "Totalt", ["612", "1 034", "+40"], ag, FA),
        G("52 procent", 52, "percent", **L26, s=("Vaccinationstäckningen bland personer som fyllt 65", "Vaccinationstäckningen"), sp=None, note="'hittills'"),
        G("75 procent", 75, "percent", s=("målet", "målet"), sp=None, note="target without a year"),
    ]
    NEG["r24_b_influensa_v47"] = [
        N("vecka 47", occ=1, note="title"), N("vecka 47", occ=2, note="places the claim"), N("vecka 46", occ=1, note="places the comparison"),
        N("100 000", ctx="per [100 000] invånare", note="per 100 000"), N("vecka 46", occ=2, note="places the from-value"),
        N("100 000", ctx="118 per [100 000]", note="per 100 000"), N("vecka 40", note="season start"), N("vecka 47", occ=3, note="places the claim"),
        N("vecka 47", occ=4, note="caption"), N("v. 46", note="column header"),
        N("0–4 år", note="age band"), N("5–19 år", note="age band"), N("20–64 år", note="age band"), N("65 år", ctx="[65 år] och äldre", note="age band"),
        N("vecka 52", note="expected peak"), N("vecka 1", note="expected peak"), N("65", ctx="fyllt [65]", note="age limit"), N("vecka 48", note="next report"),
    ]

    # ------------------------------------------------------------ 7. network tariff from 1 January 2027 (HTML, Publicerad 2 november 2026)
    OA = ("överföringsavgiften", "överföringsavgiften")
    FA2 = ("den fasta avgiften", "avgiften")
    EK = ("Elnätskostnad för typkunder", "Elnätskostnad")
    tk = [("SEK", 1, "year", Y26, F, F), ("SEK", 1, "year", Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r24_b_natavgift_2027"] = [
        G("24,0", 0.24, "SEK", per="kWh", **L26, s=OA, sp=None, note="from-value; öre/kWh"),
        G("27,6 öre/kWh", 0.276, "SEK", per="kWh", t=Y27, direction="increase", s=OA, sp=None, note="'Från och med den 1 januari 2027 höjs ... från ... till'"),
        G("15 procent", 15, "percent", t=Y27, direction="increase", s=OA, sp=None),
        G("mellan 10 och 12 procent", None, "percent", low=10, high=12, **L27, direction="increase", s=("Den fasta avgiften", "avgiften"), sp=None),
        G("940 miljoner kronor", 940e6, "SEK", t=("2027", "2031"), s=("elnätet", "elnätet"), sp=None, note="'under perioden 2027–2031'; the publisher's 'Vi' is no speaker"),
        G("380 kilometer", 380, "km", t=("2027", "2031"), s=("nya markkablar", "markkablar"), sp=None),
        G("nästan 30 procent", 30, "percent", bound="approx", t=("2024", "2026"), lenient=True, direction="increase", s=("kostnaden för att ta emot el från det regionala nätet", "kostnaden"), sp=None, note="'på två år'"),
        G("94 minuter", 94, "minute", per="customer", t=Y25, s=("Avbrottstiden per kund", "Avbrottstiden"), sp=None, note="'förra året' resolves"),
        G("60 minuter", 60, "minute", bound="less_than", per="customer", s=("målet", "målet"), sp=None, note="target without a year"),
        G("16 ampere", 16, "A", optional=True, s=None, sp=None, note="fuse size names the customer group"),
        G("1 560", 1560, "SEK", per="year", **L26, s=FA2, sp=None),
        G("1 740 kronor", 1740, "SEK", per="year", **L27, direction="increase", s=FA2, sp=None),
        G("20 ampere", 20, "A", optional=True, s=None, sp=None),
        G("5 940 kronor", 5940, "SEK", per="year", **L27, direction="increase", s=FA2, sp=None, note="'blir': the new value after the change"),
        G("16 A", 16, "A", ctx="Lägenhet, [16 A]", optional=True, s=None, sp=None, note="fuse size in a row label"),
        G("2 000", 2000, "kWh", ctx="16 A [2 000]", per="year", optional=True, s=None, sp=None, note="'Förbrukning, kWh/år' defines the typical customer"),
        *_row(G, "Lägenhet, 16 A", ["2 040", "2 292", "+12,4"], tk, EK, before=("2 000",), note="HTML table 'Elnätskostnad för typkunder, kronor per år': 'Kostnad 2026' / 'Kostnad 2027' explicit, 'Förändring, %' 2027 lenient with the sign; typical customers are categories"),
        G("16 A", 16, "A", ctx="elvärme, [16 A]", optional=True, s=None, sp=None),
        G("5 000", 5000, "kWh", ctx="elvärme, 16 A [5 000]", per="year", optional=True, s=None, sp=None),
        *_row(G, "Villa utan elvärme, 16 A", ["5 400", "6 000", "+11,1"], tk, EK, before=("5 000",)),
        G("20 A", 20, "A", ctx="elvärme, [20 A]", optional=True, s=None, sp=None),
        G("20 000", 20000, "kWh", ctx="20 A [20 000]", per="year", optional=True, s=None, sp=None),
        *_row(G, "Villa med elvärme, 20 A", ["10 200", "11 460", "+12,4"], tk, EK, before=("20 000",)),
        G("1 260 kronor", 1260, "SEK", per="year", **L27, direction="increase", s=None, sp=None, note="the payer is no subject"),
        G("105 kronor", 105, "SEK", per="month", **L27, direction="increase", s=None, sp=None),
        G("cirka 48 500 elnätskunder", 48500, "count", bound="approx", **L26, s=("elnätskunder", "elnätskunder"), sp=None),
        G("12 300 kronor", 12300, "SEK", per="year", **L27, s=("snittet för jämförbara nätbolag", "snittet"), sp=None, note="comparison at one time"),
    ]
    NEG["r24_b_natavgift_2027"] = [
        N("2027", ctx="Nätavgifter [2027]", note="breadcrumb"), N("1 januari 2027", ctx="elnätsavgiften den [1 januari 2027]", note="heading"),
        N("2 november 2026", note="Publicerad"), N("1 januari 2027", ctx="med den [1 januari 2027]", note="places the change"),
        N("2027–2031", note="places the investment"), N("Kostnad 2026", note="column header"), N("Kostnad 2027", note="column header"),
        N("0647-190 00"), N("8–16", note="phone hours"), N("Kraftvägen 11", note="street address"), N("837 32", note="postal code"),
        N("556423-8817", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. zoo, annual summary 2025 (Publicerad 15 januari 2026)
    BS = ("besökare", "besökare")
    IN = ("Intäkterna", "Intäkterna")
    AK = ("Årskorten", "Årskorten")
    EN = ("Entrén för vuxna", "Entrén")
    GOLD["r24_b_zoo_2025"] = [
        G("486 300 besökare", 486300, "count", t=Y25, direction="increase", s=BS, sp=None, note="'under 2025'; ', en ökning med'"),
        G("7 procent", 7, "percent", t=Y25, direction="increase", s=BS, sp=None),
        G("näst bästa", 2, "ordinal", kind="ordinal", ctx="det [näst bästa] året", t=Y25, lenient=True, s=("året", "året"), sp=None, note="a rank among the park's years"),
        G("Näst bästa", 2, "ordinal", kind="ordinal", ctx="[Näst bästa] året någonsin", t=Y25, lenient=True, optional=True, s=("året", "året"), sp=None, note="title restating the rank"),
        G("512 000 besökare", 512000, "count", t=Y["2019"], s=("rekordet", "rekordet"), sp=None, note="'rekordet från 2019'"),
        G("148,2 miljoner kronor", 148.2e6, "SEK", **L25, direction="increase", s=IN, sp=None, note="', vilket är ... mer än året innan'"),
        G("11,6 miljoner", 11.6e6, "SEK", **L25, direction="increase", s=None, sp=None, note="'vilket'"),
        G("61 procent", 61, "percent", **L25, s=("Entréavgifterna", "Entréavgifterna"), sp=None),
        G("29 procent", 29, "percent", **L25, s=("försäljningen i restauranger och butiker", "försäljningen"), sp=None),
        G("4,9 miljoner kronor", 4.9e6, "SEK", **L25, s=("ett överskott", "överskott"), sp=None),
        G("131 000 besökare", 131000, "count", **L25, s=BS, sp=None, note="'bara i juli'"),
        G("9 400 besökare", 9400, "count", **L25, s=BS, sp=None, note="'på en enda dag': a count on one day"),
        G("21 750", 21750, "count", **L25, direction="increase", s=AK, sp=None, note="'blev fler, ... mot ... året innan'"),
        G("18 900", 18900, "count", **L24, s=AK, sp=None),
        G("omkring 1 100 djur", 1100, "count", bound="approx", **L26, s=("djur", "djur"), sp=None, note="'i dag'"),
        G("142 arter", 142, "count", **L26, s=("arter", "arter"), sp=None),
        G("två snöleopardungar", 2, "count", **L25, s=("snöleopardungar", "snöleopardungar"), sp=None),
        G("38 nya medarbetare", 38, "count", **L25, s=("nya medarbetare", "medarbetare"), sp=None),
        G("1 840 klasser", 1840, "count", **L25, direction="increase", s=("klasser", "klasser"), sp=None, note="', mot ... året innan'"),
        G("1 610", 1610, "count", **L24, s=("klasser", "klasser"), sp=None),
        G("295", 295, "SEK", ctx="från [295] till", **L25, s=EN, sp=None, note="the price until now"),
        G("315 kronor", 315, "SEK", **L26, direction="increase", s=EN, sp=None, note="heading 'Priser och öppettider 2026'"),
        G("175 kronor", 175, "SEK", **L26, s=None, sp=None, note="the payer is no subject"),
        G("790 kronor", 790, "SEK", **L26, s=("Ett årskort för vuxen", "årskort"), sp=None),
        G("över en halv miljon besökare", 500000, "count", bound="more_than", t=Y26, s=BS, sp=("Lena Åkerblom", "quote"), note="target for 2026"),
    ]
    NEG["r24_b_zoo_2025"] = [
        N("15 januari 2026", note="Publicerad"), N("2025", ctx="under [2025] emot", note="places the claim"),
        N("2024", ctx="jämfört med [2024]", note="places the comparison"), N("62-åriga", note="age of the park"),
        N("2019", note="places the record"), N("17 juli", note="places the day"), N("2026", ctx="öppettider [2026]", note="heading"),
        N("3–15 år", note="age band"), N("3 år", ctx="under [3 år]", note="age limit"), N("10–16", note="opening hours"),
        N("10–18", note="opening hours"), N("1 maj", note="date"), N("2026", ctx="besökare [2026]", note="places the target"),
        N("Parkvägen 2", note="street address"), N("612 91", note="postal code"), N("0155-44 80 00"),
    ]

    return GOLD, NEG
