"""Round 38, part A (r38_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 38, part A (r38_a_*): eight kinds, written from scratch (r38_sources_a.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed medtech
# company's interim report January-September 2026 (dateline 'Malmvik den 23 oktober 2026'; 'Siffror inom parentes avser
# motsvarande period föregående år'; net sales, EBIT, R&D and cash flow in MSEK, organic growth in local currencies, EBIT
# margin, the CEO's quote; plain-text table 'NYCKELTAL, MSEK' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep
# 2025' / 'Helår 2025'), a statistics office's foreign-trade release for October 2026 ('Publicerad 27 november 2026';
# exports, imports and the trade balance in miljarder kronor, the statistician's quote; plain-text table 'Varuexport och
# varuimport per landgrupp, miljarder kronor' with 'Okt 2026' / 'Okt 2025' / 'Förändr. %' under Export and under Import;
# januari-oktober totals), a county administrative board's decision on licensed wolf and lynx hunting 2027 (Markdown,
# 'Beslut 2026-10-15'; quotas 'Högst', the winter inventory 2025/26 with intervals, against 2024/25, targets and the
# national reference value, attacks on sheep, the unit head's quote; Markdown table by county 'Vintern 2025/26' /
# 'Vintern 2024/25' / 'Förändring, %' / 'Tilldelning 2027' with a bold total row), a TT-style news article on student
# aid and housing allowance from 1 January 2027 ('Publicerad 18 november 2026 kl. 06.30'; kronor per vecka and per
# månad, from-to, quotes by the minister and a student union, a survey, rents between groups, a fact box), an UNDATED
# opinion piece on alcohol policy (no date, no sidecar; litres of pure alcohol per person aged 15 and over in Sweden,
# Finland, Denmark, tax in kronor per liter, 'Sedan 1995', three numbered demands), a fisheries agency's monthly landing
# statistics for September dated only by its sidecar (2026-10-14; ton by species, first-hand prices in kronor per kilo,
# a fishermen's association chair's quote, plain-text table 'Landningar per art, ton' 'Sep 2026' / 'Sep 2025' /
# 'Förändring, %'; year to date), a film institute's cinema statistics January-September 2026 (Markdown, 'publicerad 15
# oktober 2026'; admissions, box office, average ticket price, Swedish market share, the analyst's quote, visits per
# invånare by region, screens; Markdown table of the ten biggest films 'Besökare' / 'Intäkter, mnkr'), and a weather
# service's monthly climate summary for October 2026 (HTML, 'Publicerad 3 november 2026'; deviation in grader from the
# normal 1991-2020, millimetre and per cent of normal, a storm in meter per sekund, the meteorologist's quote; HTML table
# by station 'Medeltemperatur, °C' / 'Avvikelse från normal 1991–2020, °C' / 'Nederbörd, mm' / 'Andel av normal
# nederbörd, %').
# The r8-r37 decisions are followed (headers of gold_r28_a.py, gold_r35_a.py, gold_r36_a.py, gold_r37_a.py): periods at
# year grain (a winter '2025/26' = ('2025','2026')); relative expressions in the sentence ('i fjol', 'förra året', 'i år',
# 'hittills i år') resolve against the publication date and are not lenient; 'ett år tidigare', 'i dag', 'nu', a month or
# a month range without a year, a heading's, caption's or the document's period are lenient; present tense is lenient on
# the publication year; brackets are lenient on the period the bracket note names; a level followed by ', jämfört med',
# ', att jämföra med' (an earlier time), ', en ökning/minskning med', or followed by 'Det är X mindre/fler' is the new
# value after a change; from-values have no direction; comparisons at one time (another country, the country, another
# region, the normal) have no direction; growth carries its direction from its sign (r36: organic growth); multipliers
# optional; samples, thresholds, age bands, rules and the set a text names optional; standing targets with no year have
# no period; table cells take their column headers' periods (explicit), a caption's period lenient, change columns their
# direction from the sign and the later period, lenient; rows that are categories take the caption's or the column's
# measure as subject, rows that are measures their own label; 'per aktie' per="share", 'per invånare' / 'per 1 000
# invånare' / 'per 100 000 invånare' / 'per person' per="capita" (value as written, the denominator N), 'kronor per
# kilo' per="kg", 'kronor per liter' per="l", 'per vecka' / 'i veckan' per="week", 'per månad' / 'i månaden'
# per="month", 'per år' / 'om året' per="year"; 'X procent av Y' and 'X av Y' take Y; 'X står/svarar för Y' takes X; a
# quote credits every figure in it; 'Enligt X' enligt; 'Det' / 'vilket' / pronouns / elided nouns and comparatives s
# None; the UNDATED text has no period on any figure and its signatories are no speaker (r27, r28, r37).
# Where those were silent, decided here:
# - Medtech (dateline 2026-10-23): bullets under 'TREDJE KVARTALET 2026' / 'PERIODEN JANUARI–SEPTEMBER 2026' 2026
#   lenient (headings), brackets 2025 lenient. 'Den organiska tillväxten ... uppgick till 9,4 procent' increase (growth,
#   positive). 'en organisk tillväxt över 7 procent' (quote) more_than, increase. 'vårt mål på 6–8 procent' a standing
#   growth target: no period, increase. 'Nettolåneskulden i förhållande till EBITDA uppgick till 0,8 gånger' a key
#   ratio, not a multiplier: required, unit "number"; 'under 2,5 gånger' the standing target (less_than). 'ungefär samma
#   nivå som föregående år' no direction. 'Valutaeffekter minskade nettoomsättningen med 74 MSEK' decrease, s the
#   thing that changes. '1 418, en ökning med 56 sedan årsskiftet' both increase. Table: 'Kv 3 2026' ... 'Helår 2025'
#   explicit; rows are measures; the 'Organisk tillväxt, %' row increase by sign (growth), the other rows none.
# - Trade (published 2026-11-27): 'Handelsnettot blev ... 6,5 ..., att jämföra med ... 10,3 ... i oktober i fjol' 6,5
#   decrease, 10,3 2025 explicit, both s 'Handelsnettot'. 'en vardag mer' optional (a calendar fact). 'USA svarade för
#   8,9 procent ..., jämfört med 10,1 procent ett år tidigare' 8,9 decrease, 10,1 2025 lenient, s 'USA' (X svarar för).
#   'upp till 2 procent' (revisions) optional. Table: two blocks, Export and Import; the cells take 'Varuexport' /
#   'varuimport' from the caption as subject (rows are country groups), 'miljarder kronor' x1e9; change columns 2026
#   lenient signed. Jan-Oct: '54 ..., jämfört med 71 ... under samma period 2025' 54 decrease (2026 lenient: 'för
#   perioden'), 71 2025 explicit.
# - Wolf/lynx (Markdown, 'Beslut 2026-10-15', taken as the publication date): 'Högst 14 vargar' at_most 2027 lenient
#   (the previous sentence's 'under 2027'); 'Högst 22 lodjur' 2027 explicit. Inventory figures of 'vintern 2025/26'
#   ('2025','2026'), explicit in their sentence, lenient in the next ('Det motsvarar', 'vilket motsvarar'). Intervals
#   '92–151 individer', '(intervall 128–204)' are ranges (count), required. '118 vargar' against '131 vargar' in a
#   separate sentence with no verb of change: no direction. 'Det är 3 familjegrupper fler än vintern 2024/25' increase,
#   s None ('Det'). 'minst 18 familjegrupper' and '170 vargar' standing, no period. 'nästan dubbelt så många angrepp
#   som under hela 2025' optional multiplier, increase, 2026 lenient; '41 angrepp' ('i år') explicit, no direction.
#   'över 3 vargar per 1 000 kvadratkilometer' per="km2" (value as written), 2026 lenient ('i dag'). 'understiger 100
#   individer' a threshold (less_than), optional. 'inom tre veckor' a rule, optional. Table: 'Vintern 2025/26' /
#   'Vintern 2024/25' / 'Tilldelning 2027' explicit, 'Förändring, %' ('2025','2026') lenient signed; rows are counties:
#   s the caption's 'Beräknad vargstam' and, for the quota, 'tilldelning'; the quota '0' is a cell like any other.
# - Student aid (published 2026-11-18): 'Den 1 januari 2027 höjs ... med 105 kronor per vecka' 2027 explicit,
#   increase. 'går från 3 317 kronor till 3 422 kronor per vecka' (the change from 1 January 2027): 3 317 from-value
#   2026 lenient, 3 422 2027 lenient increase, both per="week". 'För en termin på 20 veckor' optional (defines the
#   example), its result 'drygt 2 000 kronor mer' required, per None, s None ('det'). 'Enligt regeringen kostar reformen
#   1,4 miljarder kronor per år' 2027 lenient (the reform's year). 'sänks ... från 1 800 till 1 500 kronor per månad'
#   1 800 2026 lenient, 1 500 2027 lenient decrease. 'de senaste tre åren' places '4–6 procent per år' in time
#   (('2024','2026') lenient) and is a negative. The survey sample '2 300 studenter' optional; 'Var fjärde' (next
#   sentence) no speaker (r37: a survey credited in another sentence). 'från 72 procent läsåret 2020/21 till 64 procent
#   i år' 72 ('2020','2021') explicit from-value, 64 2026 explicit decrease, both 'Enligt CSN'. Fact box 'Fakta:
#   Studiemedel 2027': 2027 lenient (heading), '(i dag 3 317 kronor)' 2026 lenient, no direction (no verb of change).
# - Alcohol op-ed (UNDATED): no periods. '15 år och äldre' optional (at_least). 'liter ren alkohol per person och år'
#   per="capita" (the person is the denominator; the year is the frame). 'Sedan 1995 ... ökat med drygt 10 procent,
#   från 7,3 liter' increase, 7,3 a from-value (per="capita" from the context). 'i Danmark ... minskat med nästan 20
#   procent' decrease, s None ('den'). 'mellan 9 och 10 liter' a range, s 'Finland'. 'mer än tre gånger så mycket skatt'
#   optional multiplier; '70 centiliter' optional (defines the bottle), value 0.7 l. '2,42 kronor per volymprocent och
#   liter' per="l". '31 per 100 000 invånare' and '17' count per="capita", 'Enligt ... Alkoholforskningsrådet'.
#   'högst 5 liter sprit och 45 liter öl per resa' both at_most, per="trip" (a proposal). 'en höjd skatt med 10 procent
#   minskar konsumtionen med 3–5 procent enligt flera studier' counterfactual: 10 increase, 3–5 decrease ('enligt flera
#   studier' enligt for the range). 'tre saker' optional (the set). Signatories no speaker.
# - Landings (sidecar 2026-10-14; the text names only 'september'): 'i september' 2026 lenient, 'september förra året'
#   / 'i september 2025' 2025 explicit. '14 820 ton' decrease (next sentence 'Det är 11 procent mindre'). 'sänktes med
#   22 procent inför 2026' 2026 explicit. 'knappt 1 krona mer än ett år tidigare' per="kg", s None (elided
#   comparative). 'två till tre veckor' a range of weeks (quote, 'under hösten' 2026 lenient). 'mellan 95 och 105 kronor
#   under sommarmånaderna' per="kg", 2026 lenient, no direction. 'Havskräfta landades till ett värde av 16,1 miljoner
#   kronor' s 'Havskräfta'. Table: 'Sep 2026' / 'Sep 2025' explicit, change 2026 lenient signed, unit tonne; rows are
#   species: s the caption's 'Landningar'. 'Under januari–september har 118 400 ton landats, jämfört med ... i fjol'
#   2026 lenient (heading 'Hittills i år') decrease, s None; '1 412 miljoner kronor' ('hittills i år') explicit
#   increase. 'kortare än 12 meter' optional threshold (less_than, unit m).
# - Cinema (Markdown, published 2026-10-15): '9,46 miljoner biobiljetter ..., en ökning med 6,8 procent' both 2026
#   explicit increase. '9 procent mer än ett år tidigare' s None (elided comparative). 'minst 20 procent' standing
#   target, no period, no speaker ('Filmrådets mål' is the publisher's own target stated in the third person, as r37
#   'Målet är'). 'nästan en halv miljon besökare' approx 500 000. 'de tio mest sedda filmerna' and 'De tio största
#   filmerna' optional (the set). 'ungefär samma nivå som' no direction. Visits per invånare 0,89 / 1,12 / 0,54 count
#   per="capita", one time; 'mindre än hälften av storstädernas nivå' takes Y. '812 ..., 14 färre än vid årsskiftet'
#   decrease. 'färre än 20 000 invånare' optional threshold. Table: caption 'januari–september 2026' lenient; rows are
#   films: s the column header ('Besökare', 'Intäkter'), 'mnkr' x1e6; the 'Land' column is skipped; the '2' in a title
#   is a negative. 'mellan 12,8 och 13,2 miljoner' ('helåret 2026') explicit, 'Filmrådet räknar med' credited.
# - Climate (HTML, published 2026-11-03): 'i oktober' 2026 lenient; deviations from the normal ('över det normala',
#   'kallare än normalt', 'varmare än normalt') are comparisons at one time: no direction, unit degC. Dates without a
#   year ('den 4 oktober') lenient on 2026. 'en gång på 50 år' optional (a return period). 'meter per sekund' unit
#   "m/s". 'X procent av det normala' takes Y. 'ett av de fem varmaste åren' optional (the set), 2026 explicit. '212
#   stationer' optional sample. Table: caption 'oktober 2026' lenient; the deviation column keeps its sign, no
#   direction (a comparison with the normal, not a change over time); rows are stations: s the column headers.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and dates
#   that only place a claim, a comparison or a baseline, the normal period '1991–2020', next-report dates, rate
#   denominators ('1 000', '100 000'), list and table numbering, case numbers (dnr), times of day, phone numbers, org
#   numbers, digits in titles ('Tvillingarna på Ön 2').
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027")}
    Y25, Y26, Y27 = Y["2025"], Y["2026"], Y["2027"]
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. medtech interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    CH = ("Cecilia Hägerström", "quote")
    NS = ("Nettoomsättningen", "Nettoomsättningen")
    OG = ("Den organiska tillväxten i lokala valutor", "tillväxten")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RPA = ("Resultat per aktie", "Resultat")
    FOU = ("Kostnaderna för forskning och utveckling", "Kostnaderna")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    SV = ("Produktområdet Sårvård", "Sårvård")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    AA = ("Antalet anställda", "Antalet")
    mc = lambda u, sc, per=None, sg=F: [(u, sc, per, Y26, F, sg), (u, sc, per, Y25, F, sg), (u, sc, per, Y26, F, sg), (u, sc, per, Y25, F, sg), (u, sc, per, Y25, F, sg)]
    GOLD["r38_a_medtech_q3"] = [
        G("1 184", 1184e6, "SEK", ctx="ökade till [1 184] (1 072)", **L26, direction=INC, s=NS, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("1 072", 1072e6, "SEK", ctx="1 184 ([1 072]) MSEK", **L25, s=NS, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("9,4 procent", 9.4, "percent", **L26, direction=INC, s=OG, sp=None, note="growth: direction from its sign"),
        G("201", 201e6, "SEK", ctx="blev [201] (163)", **L26, s=("Rörelseresultatet (EBIT)", "Rörelseresultatet"), sp=None),
        G("163", 163e6, "SEK", ctx="201 ([163]) MSEK", **L25, s=("Rörelseresultatet (EBIT)", "Rörelseresultatet"), sp=None),
        G("17,0", 17.0, "percent", ctx="EBIT-marginal på [17,0] (15,2)", **L26, s=("en EBIT-marginal", "EBIT-marginal"), sp=None),
        G("15,2", 15.2, "percent", ctx="17,0 ([15,2]) procent", **L25, s=("en EBIT-marginal", "EBIT-marginal"), sp=None),
        G("1,86", 1.86, "SEK", per="share", ctx="uppgick till [1,86] (1,44)", **L26, s=RPA, sp=None),
        G("1,44", 1.44, "SEK", per="share", ctx="1,86 ([1,44]) kronor", **L25, s=RPA, sp=None),
        G("8 procent", 8, "percent", ctx="ökade med [8 procent] till", **L26, direction=INC, s=NS, sp=None, note="'PERIODEN JANUARI–SEPTEMBER 2026' heading"),
        G("3 461", 3461e6, "SEK", ctx="till [3 461] (3 205)", **L26, direction=INC, s=NS, sp=None),
        G("3 205", 3205e6, "SEK", ctx="3 461 ([3 205]) MSEK", **L25, s=NS, sp=None),
        G("7,8 procent", 7.8, "percent", **L26, direction=INC, s=OG, sp=None),
        G("548", 548e6, "SEK", ctx="uppgick till [548] (472)", **L26, s=RR, sp=None),
        G("472", 472e6, "SEK", ctx="548 ([472]) MSEK", **L25, s=RR, sp=None),
        G("15,8", 15.8, "percent", ctx="EBIT-marginalen till [15,8] (14,7)", **L26, s=("EBIT-marginalen", "EBIT-marginalen"), sp=None),
        G("14,7", 14.7, "percent", ctx="15,8 ([14,7]) procent", **L25, s=("EBIT-marginalen", "EBIT-marginalen"), sp=None),
        G("312", 312e6, "SEK", ctx="var [312] (289)", **L26, s=FOU, sp=None),
        G("289", 289e6, "SEK", ctx="312 ([289]) MSEK", **L25, s=FOU, sp=None),
        G("9,0 procent", 9.0, "percent", **L26, s=("nettoomsättningen", "nettoomsättningen"), sp=None, note="'X procent av Y' takes Y"),
        G("436", 436e6, "SEK", ctx="uppgick till [436] (391)", **L26, s=KF, sp=None),
        G("391", 391e6, "SEK", ctx="436 ([391]) MSEK", **L25, s=KF, sp=None),
        G("över 7 procent", 7, "percent", bound="more_than", **L26, direction=INC, s=("en organisk tillväxt", "tillväxt"), sp=CH),
        G("drygt 14 procent", 14, "percent", bound="approx", **L26, direction=INC, s=("försäljningen", "försäljningen"), sp=CH, note="'under kvartalet'"),
        G("6–8 procent", None, "percent", low=6, high=8, direction=INC, s=("vårt mål", "mål"), sp=CH, note="standing growth target: no period"),
        G("38 procent", 38, "percent", **L26, s=("Nordamerika", "Nordamerika"), sp=None, note="'stod för'"),
        G("47 procent", 47, "percent", **L26, s=("Europa", "Europa"), sp=None),
        G("4,6 procent", 4.6, "percent", **L26, direction=INC, s=("den organiska tillväxten", "tillväxten"), sp=None),
        G("knappt 3 procent", 3, "percent", bound="approx", **L26, direction=DEC, s=("Den tyska marknaden", "marknaden"), sp=None),
        G("11 procent", 11, "percent", **L26, direction=INC, s=SV, sp=None, note="'under januari–september' (no year)"),
        G("1 902 MSEK", 1902e6, "SEK", **L26, direction=INC, s=SV, sp=None),
        G("1 023 MSEK", 1023e6, "SEK", **L26, s=("Kirurgi", "Kirurgi"), sp=None, note="'ungefär samma nivå': no direction"),
        G("74 MSEK", 74e6, "SEK", **L26, direction=DEC, s=("nettoomsättningen", "nettoomsättningen"), sp=None),
        G("63,2 procent", 63.2, "percent", **L26, direction=INC, s=BM, sp=None, note="', jämfört med 62,1 procent under samma period 2025'"),
        G("62,1 procent", 62.1, "percent", t=Y25, s=BM, sp=None),
        G("1 418", 1418, "count", **L26, direction=INC, s=AA, sp=None),
        G("56", 56, "count", ctx="ökning med [56] sedan", **L26, direction=INC, s=AA, sp=None),
        G("612 MSEK", 612e6, "SEK", **L26, s=("Nettolåneskulden", "Nettolåneskulden"), sp=None, note="'den 30 september'"),
        G("0,8 gånger", 0.8, "number", **L26, s=("Nettolåneskulden i förhållande till EBITDA", "Nettolåneskulden"), sp=None, note="a key ratio, not a multiplier"),
        G("2,5 gånger", 2.5, "number", bound="less_than", s=("målet", "målet"), sp=None, note="standing target 'under 2,5 gånger'"),
        G("58 procent", 58, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        *_row(G, "Nettoomsättning", ["1 184", "1 072", "3 461", "3 205", "4 368"], mc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL, MSEK': column periods explicit; rows are measures"),
        *_row(G, "Organisk tillväxt, %", ["9,4", "6,1", "7,8", "5,9", "6,3"], mc("percent", 1, sg=T), ("Organisk tillväxt", "tillväxt"), note="growth: increase by sign"),
        *_row(G, "Rörelseresultat (EBIT)", ["201", "163", "548", "472", "641"], mc("SEK", 1e6), ("Rörelseresultat (EBIT)", "Rörelseresultat")),
        *_row(G, "EBIT-marginal, %", ["17,0", "15,2", "15,8", "14,7", "14,7"], mc("percent", 1), ("EBIT-marginal", "EBIT-marginal")),
        *_row(G, "FoU-kostnader", ["104", "97", "312", "289", "392"], mc("SEK", 1e6), ("FoU-kostnader", "FoU-kostnader")),
        *_row(G, "Resultat per aktie, kr", ["1,86", "1,44", "5,02", "4,31", "5,88"], mc("SEK", 1, per="share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r38_a_medtech_q3"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("23 oktober 2026", note="dateline"),
        N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"), N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"),
        N("2025", ctx="samma period [2025].", note="names the comparison"), N("30 september"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"), N("Jan–sep 2026", note="column header"),
        N("Jan–sep 2025", note="column header"), N("Helår 2025", note="column header"), N("10.00", note="time of day"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("5 februari 2027", note="next report"),
        N("040-618 22 00"), N("556903-4712", note="org number"),
    ]

    # ------------------------------------------------------------ 2. foreign trade, October 2026 (Publicerad 27 november 2026)
    VE = ("Varuexport", "Varuexport")
    VI = ("varuimport", "varuimport")
    HN = ("Handelsnettot", "Handelsnettot")
    tc = [("SEK", 1e9, None, Y26, F, F), ("SEK", 1e9, None, Y25, F, F), ("percent", 1, None, Y26, T, T)] * 2
    ts = [VE, VE, VE, VI, VI, VI]
    GOLD["r38_a_utrikeshandel_okt"] = [
        G("178,4 miljarder kronor", 178.4e9, "SEK", t=Y26, direction=INC, s=("Värdet av varuexporten", "Värdet"), sp=None, note="'i oktober 2026, vilket är en ökning med'"),
        G("3,2 procent", 3.2, "percent", t=Y26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("5,7 procent", 5.7, "percent", ctx="ökade med [5,7 procent] till", **L26, direction=INC, s=("Varuimporten", "Varuimporten"), sp=None),
        G("171,9 miljarder kronor", 171.9e9, "SEK", **L26, direction=INC, s=("Varuimporten", "Varuimporten"), sp=None),
        G("6,5 miljarder kronor", 6.5e9, "SEK", **L26, direction=DEC, s=HN, sp=None, note="', att jämföra med ... i oktober i fjol'"),
        G("10,3 miljarder kronor", 10.3e9, "SEK", t=Y25, s=HN, sp=None),
        G("en vardag", 1, "count", optional=True, s=("vardag", "vardag"), sp=None, note="calendar fact"),
        G("knappt 1 procent", 1, "percent", bound="approx", **L26, direction=INC, s=("exporten", "exporten"), sp=None),
        G("101,6 miljarder kronor", 101.6e9, "SEK", **L26, direction=INC, s=("Exporten till EU-länderna", "Exporten"), sp=None),
        G("4,7 procent", 4.7, "percent", ctx="ökning med [4,7 procent].", **L26, direction=INC, s=("Exporten till EU-länderna", "Exporten"), sp=None),
        G("6,3 procent", 6.3, "percent", ctx="ökade med [6,3 procent] till", **L26, direction=INC, s=("Importen från EU", "Importen"), sp=None),
        G("120,4 miljarder kronor", 120.4e9, "SEK", **L26, direction=INC, s=("Importen från EU", "Importen"), sp=None),
        G("18,8 miljarder kronor", 18.8e9, "SEK", **L26, s=("Handeln med EU", "Handeln"), sp=None),
        G("25,3 miljarder kronor", 25.3e9, "SEK", **L26, s=("ett överskott", "överskott"), sp=None),
        G("2,1 procent", 2.1, "percent", **L26, direction=INC, s=("Exporten till Norge", "Exporten"), sp=None),
        G("18,7 miljarder kronor", 18.7e9, "SEK", **L26, direction=INC, s=("Exporten till Norge", "Exporten"), sp=None),
        G("6,4 procent", 6.4, "percent", **L26, direction=DEC, s=("Exporten till USA", "Exporten"), sp=None),
        G("8,9 procent", 8.9, "percent", **L26, direction=DEC, s=("USA", "USA"), sp=None, note="'svarade för ..., jämfört med ... ett år tidigare'"),
        G("10,1 procent", 10.1, "percent", **L25, s=("USA", "USA"), sp=None),
        *_row(G, "EU", ["101,6", "97,0", "+4,7", "120,4", "113,3", "+6,3"], tc, ts, note="table 'Varuexport och varuimport per landgrupp, miljarder kronor': 'Okt 2026' / 'Okt 2025' explicit, 'Förändr. %' 2026 lenient signed; rows are country groups"),
        *_row(G, "Övriga Europa", ["32,9", "32,6", "+0,9", "19,8", "18,9", "+4,8"], tc, ts),
        *_row(G, "Nordamerika", ["17,4", "18,6", "−6,5", "9,7", "9,1", "+6,6"], tc, ts),
        *_row(G, "Asien", ["19,8", "19,3", "+2,6", "18,2", "17,4", "+4,6"], tc, ts),
        *_row(G, "Övriga världen", ["6,7", "5,4", "+24,1", "3,8", "3,9", "−2,6"], tc, ts),
        *_row(G, "Totalt", ["178,4", "172,9", "+3,2", "171,9", "162,6", "+5,7"], tc, ts),
        G("1 742 miljarder kronor", 1742e9, "SEK", t=Y26, s=("varuexporten", "varuexporten"), sp=None, note="'Under januari–oktober 2026'"),
        G("1 688 miljarder kronor", 1688e9, "SEK", t=Y26, s=("varuimporten", "varuimporten"), sp=None),
        G("54 miljarder kronor", 54e9, "SEK", **L26, direction=DEC, s=("ett överskott", "överskott"), sp=None, note="'för perioden, jämfört med ... samma period 2025'"),
        G("71 miljarder kronor", 71e9, "SEK", t=Y25, s=("ett överskott", "överskott"), sp=None),
        G("1,9 procent", 1.9, "percent", **L26, direction=INC, s=("Exporten", "Exporten"), sp=None),
        G("3,0 procent", 3.0, "percent", **L26, direction=INC, s=("importen", "importen"), sp=None),
        G("drygt 8 procent", 8, "percent", bound="approx", **L26, direction=INC, s=("Varugruppen livsmedel, drycker och tobak", "Varugruppen"), sp=None),
        G("5 procent", 5, "percent", ctx="minskade med [5 procent].", **L26, direction=DEC, s=("exporten av trävaror och papper", "exporten"), sp=None),
        G("nästan 12 procent", 12, "percent", bound="approx", **L26, s=("det totala importvärdet", "importvärdet"), sp=None, note="takes Y"),
        G("upp till 2 procent", 2, "percent", bound="at_most", optional=True, s=None, sp=None, note="revision margin (method)"),
    ]
    NEG["r38_a_utrikeshandel_okt"] = [
        N("OKTOBER 2026", note="title"), N("27 november 2026", note="Publicerad"),
        N("oktober 2026", ctx="i [oktober 2026], vilket"), N("oktober 2025", ctx="jämfört med [oktober 2025]."),
        N("Oktober 2026", ctx="[Oktober 2026] hade"), N("oktober 2025", ctx="än [oktober 2025]. Justerat"),
        N("1", ctx="Tabell [1].", note="table number"), N("Okt 2026", occ=1, note="column header"), N("Okt 2025", occ=1, note="column header"),
        N("Okt 2026", occ=2, note="column header"), N("Okt 2025", occ=2, note="column header"),
        N("januari–oktober 2026"), N("2025", ctx="samma period [2025]."), N("januari–oktober 2025"),
        N("november 2026", ctx="för [november 2026] publiceras", note="next report"), N("12 januari 2027", note="next report"),
        N("08.00", note="time of day"), N("010-588 41 30"),
    ]

    # ------------------------------------------------------------ 3. licensed wolf and lynx hunting 2027 (Markdown, Beslut 2026-10-15)
    W = ("2025", "2026")
    P = ("2024", "2025")
    LW = dict(t=W, lenient=True)
    KA = ("Karin Åsbrink", "quote")
    BV = ("Beräknad vargstam", "vargstam")
    lc = [("count", 1, None, W, F, F), ("count", 1, None, P, F, F), ("percent", 1, None, W, T, T), ("count", 1, None, Y27, F, F)]
    ls = [BV, BV, BV, ("tilldelning", "tilldelning")]
    GOLD["r38_a_licensjakt_varg_lo"] = [
        G("Högst 14 vargar", 14, "count", bound="at_most", **L27, s=("vargar", "vargar"), sp=None, note="previous sentence 'under 2027'"),
        G("Högst 22 lodjur", 22, "count", bound="at_most", t=Y27, s=("lodjur", "lodjur"), sp=None, note="'under perioden 1 mars–15 april 2027'"),
        G("9 familjegrupper", 9, "count", t=W, s=("familjegrupper", "familjegrupper"), sp=None, note="'vintern 2025/26'"),
        G("4 revirmarkerande par", 4, "count", t=W, s=("revirmarkerande par", "par"), sp=None),
        G("118 vargar", 118, "count", **LW, s=("en beräknad stam", "stam"), sp=None, note="'Det motsvarar'; 131 in another sentence: no direction"),
        G("92–151 individer", None, "count", low=92, high=151, **LW, s=("ett konfidensintervall", "konfidensintervall"), sp=None),
        G("131 vargar", 131, "count", t=P, s=("stammen", "stammen"), sp=None, note="'vintern 2024/25'"),
        G("27 familjegrupper", 27, "count", **LW, s=("Lodjursstammen", "Lodjursstammen"), sp=None),
        G("cirka 165 individer", 165, "count", bound="approx", **LW, s=None, sp=None, note="'vilket motsvarar'"),
        G("128–204", None, "count", low=128, high=204, **LW, s=("intervall", "intervall"), sp=None),
        G("3 familjegrupper", 3, "count", **LW, direction=INC, s=None, sp=None, note="'Det är ... fler än vintern 2024/25'"),
        G("minst 18 familjegrupper", 18, "count", bound="at_least", s=("Det regionala förvaltningsmålet för lodjur", "förvaltningsmålet"), sp=None, note="standing target"),
        G("355 individer", 355, "count", t=W, s=("vargstammen", "vargstammen"), sp=None),
        G("170 vargar", 170, "count", s=("Det nationella referensvärdet för gynnsam bevarandestatus", "referensvärdet"), sp=None, note="standing reference value"),
        G("41 angrepp", 41, "count", t=Y26, s=("angrepp av varg på tamdjur", "angrepp"), sp=None, note="'i år' resolves"),
        G("212 får", 212, "count", t=Y26, s=("får", "får"), sp=None),
        G("nästan dubbelt så många", 2, "number", bound="approx", optional=True, **L26, direction=INC, s=("angrepp", "angrepp"), sp=None, note="multiplier against 2025"),
        G("23 angrepp", 23, "count", t=Y25, s=("angrepp", "angrepp"), sp=None, note="'under hela 2025'"),
        G("Drygt 70 procent", 70, "percent", bound="approx", **L26, s=("angreppen", "angreppen"), sp=None, note="takes Y"),
        G("över 3 vargar", 3, "count", bound="more_than", per="km2", **L26, s=("Vargtätheten i länets västra del", "Vargtätheten"), sp=KA, note="'per 1 000 kvadratkilometer', 'i dag'"),
        G("12 vargar", 12, "count", t=Y26, s=("vargar", "vargar"), sp=None, note="'i januari 2026'"),
        *_row(G, "| Hedmarks län", ["118", "131", "−9,9", "14"], lc, ls, sep=" | ", note="Markdown table: 'Vintern 2025/26' / 'Vintern 2024/25' / 'Tilldelning 2027' explicit, 'Förändring, %' lenient signed; rows are counties"),
        *_row(G, "| Skogsbo län", ["86", "79", "+8,9", "9"], lc, ls, sep=" | "),
        *_row(G, "| Bergviks län", ["47", "52", "−9,6", "0"], lc, ls, sep=" | "),
        G("251", 251, "count", ctx="**[251]**", t=W, s=BV, sp=None, note="bold total row"),
        G("262", 262, "count", ctx="**[262]**", t=P, s=BV, sp=None),
        G("−4,2", -4.2, "percent", ctx="**[−4,2]**", **LW, direction=DEC, s=BV, sp=None),
        G("23", 23, "count", ctx="**[23]**", t=Y27, s=("tilldelning", "tilldelning"), sp=None),
        G("högst 14 vargar", 14, "count", bound="at_most", **L27, s=("vargar", "vargar"), sp=None),
        G("100 individer", 100, "count", bound="less_than", optional=True, s=("stammen i länet", "stammen"), sp=None, note="threshold 'understiger'"),
        G("1,8 miljoner kronor", 1.8e6, "SEK", t=Y25, s=("Skadeståndsersättningen till djurhållare", "Skadeståndsersättningen"), sp=None),
        G("tre veckor", 3, "week", bound="at_most", optional=True, s=None, sp=None, note="rule: 'inom tre veckor'"),
    ]
    NEG["r38_a_licensjakt_varg_lo"] = [
        N("2027", ctx="och lodjur [2027]", note="title"), N("2026-10-15", note="decision date"), N("218-6604-2026", note="case number"),
        N("2027", ctx="under [2027]. Högst"), N("2 januari"), N("15 februari 2027"), N("1 mars–15 april 2027"),
        N("2025/26", ctx="inventeringen vintern [2025/26] fanns"), N("2024/25", ctx="inventeringen vintern [2024/25] beräknades"),
        N("2024/25", ctx="än vintern [2024/25]. Det"), N("2025/26", ctx="individer vintern [2025/26]. Det nationella"),
        N("30 september"), N("2025", ctx="hela [2025], då"), N("1 000", note="rate denominator"), N("januari 2026"),
        N("1", ctx="Tabell [1].", note="table number"), N("2027", ctx="vid licensjakt [2027]", note="caption"),
        N("Vintern 2025/26", note="column header"), N("Vintern 2024/25", note="column header"), N("Tilldelning 2027", note="column header"),
        N("2025/26", ctx="rovdjursinventering [2025/26]", note="source line"), N("2025", ctx="under [2025] till"), N("0571-38 40 00"),
    ]

    # ------------------------------------------------------------ 4. student aid and housing allowance, TT (Publicerad 18 november 2026)
    JE = ("Johanna Elfving", "quote")
    AK = ("Amir Kassab", "quote")
    CSN = ("CSN", "enligt")
    FK = ("Försäkringskassan", "enligt")
    TS = ("det totala studiemedlet", "studiemedlet")
    BB = ("det högsta bostadsbidraget för unga", "bostadsbidraget")
    GOLD["r38_a_studiemedel_tt"] = [
        G("105 kronor", 105, "SEK", occ=1, per="week", t=Y27, direction=INC, s=("studiemedlet för heltidsstudier", "studiemedlet"), sp=None, note="'Den 1 januari 2027 höjs'"),
        G("3 317 kronor", 3317, "SEK", occ=1, per="week", **L26, s=TS, sp=None, note="from-value"),
        G("3 422 kronor", 3422, "SEK", occ=1, per="week", **L27, direction=INC, s=TS, sp=None),
        G("20 veckor", 20, "week", optional=True, s=("en termin", "termin"), sp=None, note="defines the example"),
        G("drygt 2 000 kronor", 2000, "SEK", bound="approx", **L27, direction=INC, s=None, sp=None),
        G("1,4 miljarder kronor", 1.4e9, "SEK", per="year", **L27, s=("reformen", "reformen"), sp=("regeringen", "enligt")),
        G("3,2 procent", 3.2, "percent", **L27, direction=INC, s=("Höjningen", "Höjningen"), sp=None),
        G("Omkring 480 000 studerande", 480000, "count", bound="approx", **L26, s=("studerande", "studerande"), sp=CSN),
        G("18–28 år", None, "year", low=18, high=28, optional=True, s=None, sp=None, note="age band"),
        G("1 800", 1800, "SEK", per="month", **L26, s=BB, sp=None, note="from-value"),
        G("1 500 kronor", 1500, "SEK", occ=1, per="month", **L27, direction=DEC, s=BB, sp=None),
        G("cirka 31 000 hushåll", 31000, "count", bound="approx", **L27, s=("hushåll", "hushåll"), sp=FK),
        G("290 kronor", 290, "SEK", per="month", **L27, direction=DEC, s=None, sp=FK, note="'förlorar'"),
        G("10 procent", 10, "percent", **L27, direction=INC, s=("Tilläggsbidraget för studerande med barn", "Tilläggsbidraget"), sp=None),
        G("105 kronor", 105, "SEK", occ=2, per="week", **L27, direction=INC, s=None, sp=AK, note="'105 kronor i veckan'"),
        G("4–6 procent", None, "percent", low=4, high=6, per="year", t=("2024", "2026"), lenient=True, direction=INC, s=("Hyrorna för studentbostäder", "Hyrorna"), sp=AK, note="'de senaste tre åren'"),
        G("2 300 studenter", 2300, "count", optional=True, s=("studenter", "studenter"), sp=None, note="survey sample"),
        G("Var fjärde", 0.25, "ratio", **L26, s=None, sp=None),
        G("mindre än 1 000 kronor", 1000, "SEK", bound="less_than", per="month", **L26, s=None, sp=None),
        G("6 100 kronor", 6100, "SEK", per="month", **L26, s=("ett studentrum", "studentrum"), sp=None),
        G("nästan 40 procent", 40, "percent", bound="approx", **L26, s=None, sp=None, note="one time"),
        G("4 400 kronor", 4400, "SEK", **L26, s=("hyran", "hyran"), sp=None),
        G("1 250 kronor", 1250, "SEK", per="month", **L26, s=("Studiebidraget", "Studiebidraget"), sp=None, note="'samma nivå': no direction"),
        G("72 procent", 72, "percent", t=("2020", "2021"), s=("andelen studerande som tar studielån", "andelen"), sp=CSN, note="'läsåret 2020/21': from-value"),
        G("64 procent", 64, "percent", t=Y26, direction=DEC, s=("andelen studerande som tar studielån", "andelen"), sp=CSN, note="'i år' resolves"),
        G("213 000 kronor", 213000, "SEK", **L26, s=("Den genomsnittliga studieskulden", "studieskulden"), sp=None, note="'nu'"),
        G("3 422 kronor", 3422, "SEK", occ=2, per="week", **L27, s=("Bidrag och lån för heltidsstudier", "Bidrag"), sp=None, note="fact box 'Fakta: Studiemedel 2027'"),
        G("3 317 kronor", 3317, "SEK", occ=2, **L26, s=None, sp=None, note="'(i dag 3 317 kronor)'"),
        G("187 kronor", 187, "SEK", per="week", **L27, s=("Tilläggsbidrag för ett barn", "Tilläggsbidrag"), sp=None),
        G("1 500 kronor", 1500, "SEK", occ=2, per="month", **L27, s=("Högsta bostadsbidrag för unga utan barn", "bostadsbidrag"), sp=None),
    ]
    NEG["r38_a_studiemedel_tt"] = [
        N("18 november 2026", note="Publicerad"), N("06.30", note="time of day"), N("1 januari 2027"),
        N("2018", ctx="sedan [2018]."), N("tre åren", note="'de senaste tre åren' places a rate in time"),
        N("2020/21"), N("2027", ctx="Studiemedel [2027]", note="fact-box heading"),
    ]

    # ------------------------------------------------------------ 5. alcohol-policy op-ed (UNDATED: no date, no sidecar)
    AL = ("ren alkohol", "alkohol")
    AFR = ("Alkoholforskningsrådet", "enligt")
    GOLD["r38_a_debatt_alkohol"] = [
        G("15 år", 15, "year", bound="at_least", optional=True, s=None, sp=None, note="'15 år och äldre': age threshold"),
        G("8,1 liter", 8.1, "l", per="capita", s=AL, sp=None, note="'per person och år' (UNDATED: no period)"),
        G("9,4 liter", 9.4, "l", per="capita", s=("motsvarande siffra", "siffra"), sp=None, note="Finland, one time"),
        G("10,3 liter", 10.3, "l", per="capita", s=None, sp=None, note="Denmark, elided"),
        G("ungefär 23 flaskor vin", 23, "count", bound="approx", per="capita", s=("Skillnaden mot Danmark", "Skillnaden"), sp=None),
        G("drygt 10 procent", 10, "percent", bound="approx", direction=INC, s=("totalkonsumtionen i Sverige", "totalkonsumtionen"), sp=None, note="'Sedan 1995'"),
        G("7,3 liter", 7.3, "l", per="capita", s=("totalkonsumtionen i Sverige", "totalkonsumtionen"), sp=None, note="from-value"),
        G("nästan 20 procent", 20, "percent", bound="approx", direction=DEC, s=None, sp=None, note="'den'"),
        G("mellan 9 och 10 liter", None, "l", low=9, high=10, per="capita", s=("Finland", "Finland"), sp=None),
        G("528 kronor", 528, "SEK", per="l", s=("Spritskatten i Sverige", "Spritskatten"), sp=None),
        G("omkring 390 kronor", 390, "SEK", bound="approx", per="l", s=None, sp=None, note="'den', one time"),
        G("knappt 150 kronor", 150, "SEK", bound="approx", per="l", s=None, sp=None),
        G("70 centiliter", 0.7, "l", optional=True, s=("En flaska vodka", "flaska"), sp=None, note="defines the bottle"),
        G("mer än tre gånger", 3, "number", bound="more_than", optional=True, s=("skatt", "skatt"), sp=None, note="multiplier between countries"),
        G("2,42 kronor", 2.42, "SEK", per="l", s=("Den svenska skatten på starköl", "skatten"), sp=None, note="'per volymprocent och liter'"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", s=("den danska", "danska"), sp=None, note="one time"),
        G("31", 31, "count", per="capita", ctx="Danmark [31] per", s=("dödligheten i alkoholrelaterade sjukdomar i Danmark", "dödligheten"), sp=AFR, note="'per 100 000 invånare'"),
        G("17", 17, "count", per="capita", ctx="jämfört med [17] i Sverige", s=None, sp=AFR, note="one time"),
        G("mellan 1 500 och 2 000 personer", None, "count", low=1500, high=2000, per="year", s=("personer", "personer"), sp=None),
        G("över 100 miljarder kronor", 100e9, "SEK", bound="more_than", per="year", s=("Samhällets kostnader för alkoholen", "kostnader"), sp=None),
        G("ungefär 16 miljarder kronor", 16e9, "SEK", bound="approx", s=("statens intäkter från alkoholskatterna", "intäkter"), sp=None),
        G("tre saker", 3, "count", optional=True, s=("saker", "saker"), sp=None, note="the set"),
        G("högst 5 liter", 5, "l", bound="at_most", per="trip", s=("Införselgränserna för privatpersoner", "Införselgränserna"), sp=None, note="a proposal; 'per resa'"),
        G("45 liter", 45, "l", bound="at_most", per="trip", s=("öl", "öl"), sp=None),
        G("10 procent", 10, "percent", ctx="skatt med [10 procent]", direction=INC, s=("skatt", "skatt"), sp=None, note="counterfactual"),
        G("3–5 procent", None, "percent", low=3, high=5, direction=DEC, s=("konsumtionen", "konsumtionen"), sp=("flera studier", "enligt")),
    ]
    NEG["r38_a_debatt_alkohol"] = [
        N("1995"), N("100 000", note="rate denominator"),
        N("1", ctx="[1]. Spritskatten", note="list numbering"), N("2", ctx="[2]. Införselgränserna", note="list numbering"),
        N("3", ctx="[3]. Detaljhandelsmonopolet", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. fisheries landings, September (sidecar 2026-10-14)
    JH = ("Jonas Hällkvist", "quote")
    FV = ("Förstahandsvärdet", "Förstahandsvärdet")
    LS = ("Landningarna av sill", "Landningarna")
    LK = ("Landningarna av skarpsill", "Landningarna")
    LT = ("Landningarna av torsk", "Landningarna")
    LA = ("Landningar", "Landningar")
    fc = [("tonne", 1, None, Y26, F, F), ("tonne", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r38_a_landningar_sep"] = [
        G("14 820 ton", 14820, "tonne", **L26, direction=DEC, s=("fisk och skaldjur", "fisk"), sp=None, note="'Under september'; next sentence 'Det är 11 procent mindre'"),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=None, sp=None),
        G("176 miljoner kronor", 176e6, "SEK", **L26, direction=DEC, s=FV, sp=None),
        G("4 procent", 4, "percent", ctx="minskning med [4 procent]", **L26, direction=DEC, s=FV, sp=None),
        G("6 240 ton", 6240, "tonne", **L26, direction=DEC, s=LS, sp=None, note="', jämfört med 7 910 ton i september 2025'"),
        G("7 910 ton", 7910, "tonne", t=Y25, s=LS, sp=None),
        G("22 procent", 22, "percent", t=Y26, direction=DEC, s=("sillkvoten i centrala Östersjön", "sillkvoten"), sp=None, note="'inför 2026'"),
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] till", **L26, direction=INC, s=LK, sp=None),
        G("4 980 ton", 4980, "tonne", **L26, direction=INC, s=LK, sp=None),
        G("6,85 kronor", 6.85, "SEK", per="kg", **L26, direction=INC, s=("Det genomsnittliga förstahandspriset för sill", "förstahandspriset"), sp=None),
        G("knappt 1 krona", 1, "SEK", bound="approx", per="kg", **L26, direction=INC, s=None, sp=None, note="elided comparative"),
        G("4,10 kronor", 4.10, "SEK", per="kg", **L26, s=("priset", "priset"), sp=None),
        G("två till tre veckor", None, "week", low=2, high=3, **L26, s=None, sp=JH, note="'under hösten'"),
        G("212 ton", 212, "tonne", **L26, s=("nordhavsräka", "nordhavsräka"), sp=None),
        G("118 kronor", 118, "SEK", per="kg", **L26, direction=INC, s=("Förstahandspriset", "Förstahandspriset"), sp=None),
        G("mellan 95 och 105 kronor", None, "SEK", low=95, high=105, per="kg", **L26, s=None, sp=None, note="'under sommarmånaderna'"),
        G("16,1 miljoner kronor", 16.1e6, "SEK", **L26, s=("Havskräfta", "Havskräfta"), sp=None),
        G("164,50 kronor", 164.50, "SEK", per="kg", **L26, s=("ett kilopris", "kilopris"), sp=None),
        G("23 procent", 23, "percent", **L26, direction=DEC, s=LT, sp=None),
        G("86 ton", 86, "tonne", **L26, direction=DEC, s=LT, sp=None),
        *_row(G, "Sill", ["6 240", "7 910", "−21,1"], fc, LA, note="table 'Landningar per art, ton': 'Sep 2026' / 'Sep 2025' explicit, change 2026 lenient signed; rows are species"),
        *_row(G, "Skarpsill", ["4 980", "4 698", "+6,0"], fc, LA),
        *_row(G, "Makrill", ["1 870", "2 410", "−22,4"], fc, LA),
        *_row(G, "Nordhavsräka", ["212", "247", "−14,2"], fc, LA),
        *_row(G, "Havskräfta", ["98", "91", "+7,7"], fc, LA),
        *_row(G, "Torsk", ["86", "112", "−23,2"], fc, LA),
        *_row(G, "Övriga arter", ["1 334", "1 185", "+12,6"], fc, LA),
        *_row(G, "Totalt", ["14 820", "16 653", "−11,0"], fc, LA),
        G("118 400 ton", 118400, "tonne", **L26, direction=DEC, s=None, sp=None, note="heading 'Hittills i år'"),
        G("131 200 ton", 131200, "tonne", t=Y25, s=None, sp=None, note="'i fjol' resolves"),
        G("1 412 miljoner kronor", 1412e6, "SEK", t=Y26, direction=INC, s=FV, sp=None, note="'hittills i år' resolves"),
        G("2 procent", 2, "percent", ctx="vilket är [2 procent] mer", t=Y26, direction=INC, s=None, sp=None, note="'vilket'"),
        G("1 072", 1072, "count", **L26, s=("Antalet fartyg med fiskelicens", "Antalet"), sp=None),
        G("drygt 60 procent", 60, "percent", bound="approx", **L26, s=None, sp=None, note="'Av dem'"),
        G("12 meter", 12, "m", bound="less_than", optional=True, s=None, sp=None, note="threshold"),
    ]
    NEG["r38_a_landningar_sep"] = [
        N("september 2025", note="places the comparison"), N("2026", ctx="inför [2026]."),
        N("Sep 2026", note="column header"), N("Sep 2025", note="column header"),
    ]

    # ------------------------------------------------------------ 7. cinema statistics Jan-Sep 2026 (Markdown, publicerad 15 oktober 2026)
    LB = ("Lovisa Berggren", "quote")
    BS = ("Besökare", "Besökare")
    IN = ("Intäkter", "Intäkter")
    bc = [("count", 1, None, Y26, T, F), ("SEK", 1e6, None, Y26, T, F)]
    film = lambda title, land, cells: _row(G, f"| {title}", cells, bc, [BS, IN], sep=" | ", before=(land,))
    GOLD["r38_a_biostatistik_jan_sep"] = [
        G("9,46 miljoner biobiljetter", 9.46e6, "count", t=Y26, direction=INC, s=("biobiljetter", "biobiljetter"), sp=None, note="'Under januari–september 2026'"),
        G("6,8 procent", 6.8, "percent", t=Y26, direction=INC, s=("biobiljetter", "biobiljetter"), sp=None),
        G("1 302 miljoner kronor", 1302e6, "SEK", **L26, direction=INC, s=("Intäkterna i biljettkassorna", "Intäkterna"), sp=None),
        G("9 procent", 9, "percent", ctx="kronor, [9 procent] mer", **L26, direction=INC, s=None, sp=None, note="elided comparative"),
        G("137,60 kronor", 137.60, "SEK", **L26, direction=INC, s=("Det genomsnittliga biljettpriset", "biljettpriset"), sp=None),
        G("134,10 kronor", 134.10, "SEK", t=Y25, s=("Det genomsnittliga biljettpriset", "biljettpriset"), sp=None, note="from-value 'januari–september 2025'"),
        G("21,4 procent", 21.4, "percent", **L26, direction=INC, s=("Svenska filmer", "filmer"), sp=None, note="'stod för'"),
        G("17,9 procent", 17.9, "percent", t=Y25, s=("Svenska filmer", "filmer"), sp=None, note="'i fjol' resolves"),
        G("minst 20 procent", 20, "percent", bound="at_least", s=("den svenska marknadsandelen", "marknadsandelen"), sp=None, note="standing target"),
        G("Tre svenska titlar", 3, "count", **L26, s=("svenska titlar", "titlar"), sp=None),
        G("tio", 10, "count", ctx="de [tio] mest sedda", optional=True, s=("filmerna", "filmerna"), sp=None, note="the set"),
        G("nästan en halv miljon", 500000, "count", bound="approx", **L26, s=("besökare", "besökare"), sp=None),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("de svenska besöken", "besöken"), sp=LB, note="takes Y"),
        G("214 långfilmer", 214, "count", **L26, s=("långfilmer", "långfilmer"), sp=None),
        G("31", 31, "count", ctx="varav [31] svenska", **L26, s=None, sp=None),
        G("22 procent", 22, "percent", **L26, s=("Den genomsnittliga beläggningen vid en föreställning", "beläggningen"), sp=None, note="'ungefär samma nivå': no direction"),
        G("knappt 30 procent", 30, "percent", bound="approx", **L26, s=("Sommarmånaderna juni–augusti", "Sommarmånaderna"), sp=None, note="'svarade för' takes X"),
        G("0,89", 0.89, "count", per="capita", **L26, s=("Antalet biobesök per invånare", "Antalet"), sp=None),
        G("1,12", 1.12, "count", per="capita", ctx="siffran [1,12]", **L26, s=("siffran", "siffran"), sp=None, note="one time"),
        G("0,54", 0.54, "count", per="capita", **L26, s=None, sp=None, note="'den', one time"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", **L26, s=("storstädernas nivå", "nivå"), sp=None, note="takes Y, one time"),
        G("812 biografsalonger", 812, "count", **L26, direction=DEC, s=("biografsalonger", "biografsalonger"), sp=None, note="'Vid utgången av september'"),
        G("14", 14, "count", ctx="landet, [14] färre", **L26, direction=DEC, s=None, sp=None),
        G("Drygt var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("salong", "salong"), sp=None),
        G("20 000 invånare", 20000, "count", bound="less_than", optional=True, s=None, sp=None, note="threshold 'färre än'"),
        *film("Stjärnfall över Kaldera", "USA", ["612 400", "84,9"]),
        *film("Tvillingarna på Ön 2", "Sverige", ["498 100", "61,8"]),
        *film("Nattpatrullen", "USA", ["455 700", "64,2"]),
        *film("Den sista vintern", "Sverige", ["401 300", "55,7"]),
        *film("Flodens hemlighet", "Storbritannien", ["377 900", "52,4"]),
        *film("Robotligan", "USA", ["352 600", "45,1"]),
        *film("Brodern", "Sverige", ["318 200", "44,3"]),
        *film("Midnattståget", "Frankrike", ["296 500", "41,0"]),
        *film("Havsdjupet", "USA", ["271 800", "38,6"]),
        *film("Kapten Klo och piraterna", "Danmark", ["255 400", "33,1"]),
        G("tio", 10, "count", ctx="De [tio] största", optional=True, s=("filmerna", "filmerna"), sp=None, note="the set"),
        G("40 procent", 40, "percent", **L26, s=("De tio största filmerna", "filmerna"), sp=None, note="'stod ... för' takes X"),
        G("12,3 miljoner biljetter", 12.3e6, "count", t=Y25, s=("biljetter", "biljetter"), sp=None, note="'Under helåret 2025'"),
        G("mellan 12,8 och 13,2 miljoner", None, "count", low=12.8e6, high=13.2e6, t=Y26, s=None, sp=("Filmrådet", "credited"), note="'helåret 2026'"),
    ]
    NEG["r38_a_biostatistik_jan_sep"] = [
        N("15 oktober 2026", note="publicerad"), N("januari–september 2026", ctx="Under [januari–september 2026]"),
        N("2025", ctx="samma period [2025]."), N("januari–september 2025"),
        N("2", ctx="på Ön [2]*", note="digit in a title"), N("2", ctx="på Ön [2] | Sverige", note="digit in a title"),
        N("januari–september 2026", ctx="filmerna [januari–september 2026]", note="caption"),
        N("2025", ctx="helåret [2025] såldes"), N("2026", ctx="att helåret [2026] hamnar"),
        N("2026", ctx="för helåret [2026], publiceras"), N("januari 2027", note="next report"),
    ]

    # ------------------------------------------------------------ 8. climate summary October 2026 (HTML, Publicerad 3 november 2026)
    SL = ("Sara Lindholm", "quote")
    kc = [("degC", 1, None, Y26, T, F), ("degC", 1, None, Y26, T, F), ("mm", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, F)]
    ks = [("Medeltemperatur", "Medeltemperatur"), ("Avvikelse från normal 1991–2020", "Avvikelse"), ("Nederbörd", "Nederbörd"), ("Andel av normal nederbörd", "Andel")]
    GOLD["r38_a_klimat_okt"] = [
        G("1–3 grader", None, "degC", low=1, high=3, **L26, s=("Medeltemperaturen i oktober", "Medeltemperaturen"), sp=None, note="against the normal: one time"),
        G("mellan 0,5 och 1,5 grader", None, "degC", low=0.5, high=1.5, **L26, s=None, sp=None),
        G("1,1 grader", 1.1, "degC", **L26, s=("månaden", "månaden"), sp=None),
        G("19,8 grader", 19.8, "degC", **L26, s=("Månadens högsta temperatur", "temperatur"), sp=None),
        G("−17,4 grader", -17.4, "degC", **L26, s=("Den lägsta", "lägsta"), sp=None),
        G("168 millimeter", 168, "mm", **L26, s=None, sp=None),
        G("231 procent", 231, "percent", **L26, s=("det normala för oktober", "normala"), sp=None, note="takes Y"),
        G("52 millimeter", 52, "mm", **L26, s=None, sp=None, note="'den 17 oktober'"),
        G("nästan en vecka", 1, "week", bound="approx", **L26, s=None, sp=SL),
        G("50 år", 50, "year", optional=True, s=None, sp=SL, note="return period 'en gång på 50 år'"),
        G("mindre än 20 millimeter", 20, "mm", bound="less_than", **L26, s=None, sp=None),
        G("under hälften", 0.5, "ratio", bound="less_than", **L26, s=("normal nederbörd", "nederbörd"), sp=None, note="takes Y"),
        G("31 meter per sekund", 31, "m/s", **L26, s=("medelvind", "medelvind"), sp=None, note="'Den 24 oktober'"),
        G("38 meter per sekund", 38, "m/s", **L26, s=("byarna", "byarna"), sp=None),
        G("Omkring 40 000 hushåll", 40000, "count", bound="approx", **L26, s=("hushåll", "hushåll"), sp=("elnätsbolagen", "enligt")),
        G("34 centimeter", 34, "cm", **L26, s=("snödjupet", "snödjupet"), sp=None),
        G("71 timmar", 71, "hour", **L26, s=("Solskenstiden i Åbacka", "Solskenstiden"), sp=None),
        G("knappt 80 procent", 80, "percent", bound="approx", **L26, s=("det normala", "normala"), sp=None, note="takes Y"),
        *_row(G, "Ekeby", ["10,9", "+2,4", "168", "231"], kc, ks, note="HTML table, caption 'oktober 2026' (lenient); deviation column: a comparison with the normal, no direction; rows are stations"),
        *_row(G, "Strandby", ["11,6", "+2,1", "142", "178"], kc, ks),
        *_row(G, "Lindås", ["9,3", "+1,8", "121", "165"], kc, ks),
        *_row(G, "Granvik", ["6,2", "+0,6", "74", "102"], kc, ks),
        *_row(G, "Norrbacka", ["2,1", "−0,8", "38", "71"], kc, ks),
        *_row(G, "Fjällnäs", ["−1,9", "−1,3", "17", "42"], kc, ks),
        G("0,9 grader", 0.9, "degC", **L26, s=("landets medeltemperatur", "medeltemperatur"), sp=None, note="'Under januari–oktober'"),
        G("fem", 5, "count", ctx="de [fem] varmaste", optional=True, t=Y26, s=("åren", "åren"), sp=None, note="the set"),
        G("212 stationer", 212, "count", optional=True, s=("stationer", "stationer"), sp=None, note="sample"),
    ]
    NEG["r38_a_klimat_okt"] = [
        N("Oktober 2026", occ=1, note="title"), N("3 november 2026", note="Publicerad"),
        N("1991–2020", occ=1, note="the normal period"), N("4 oktober"), N("29 oktober"), N("1881"), N("17 oktober"),
        N("24 oktober"), N("2011"), N("1999"), N("6 oktober"), N("oktober 2026", ctx="stationer, [oktober 2026]", note="caption"),
        N("1991–2020", occ=2, note="column header"), N("1860"), N("011-495 80 00"), N("2026", ctx="© [2026]"),
    ]
    return GOLD, NEG
