"""Round 36, part B (r36_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 36, part B (r36_b_*): eight kinds, written from scratch (r36_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed home-goods
# retailer's interim report January-September 2026 (dateline 'Stockholm den 22 oktober 2026'; bullets under 'TREDJE
# KVARTALET' / 'JANUARI–SEPTEMBER' with bracketed prior figures; the CEO's quote in ”...”; plain-text table 'KONCERNEN
# I SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' / 'Förändring, %'), a labour office's unemployment statistics for November
# 2026 (Markdown, 'Publicerad 30 november 2026'; Markdown table by municipality 'November 2026' / 'November 2025' /
# 'Förändring, procentenheter' with bold 'Länet' and 'Riket' rows), a cancer centre's waiting times for the first half
# of 2026 (HTML, 'Publicerad 9 september 2026'; HTML table 'Halvår 1 2026' / 'Halvår 1 2025' / 'Mål' / 'Mediantid,
# dagar (halvår 1 2026)'), a TT-style article on household electricity this winter ('Publicerad 25 november 2026';
# öre per kWh by price area, kronor per month for a villa, Germany at one time, an analyst's and a consumer's quotes,
# a FAKTA table 'Vintern 2026/27' / 'Vintern 2025/26' / 'Förändring, %'), an UNDATED party page on crime policy (HTML,
# no date, no sidecar), a water utility's tariff for 2027 dated only by its sidecar (2026-10-28; table by house type
# '2026' / '2027' / 'Förändring, kr' / 'Förändring, %'), a university's application statistics for the spring term
# 2027 (Markdown, 'Publicerad 26 oktober 2026'; table by programme with places, first-hand applicants VT 2027 / VT 2026
# and a change column; last spring's admission scores), and a road agency's winter-maintenance summary for 2025/26
# ('Publicerad 18 maj 2026'; table 'Spritt vägsalt per region, ton' '2025/26' / '2024/25' / 'Snitt 2020/21–2024/25' /
# 'Förändring mot 2024/25, %').
# The r8-r35 decisions are followed (headers of gold_r28_a.py, gold_r34_a.py, gold_r35_a.py): year grain; 'i fjol' /
# 'förra året' in the sentence resolve and are not lenient; 'ett år tidigare', 'för två år sedan', 'i dag', 'nu',
# 'vid årsskiftet', a month, half-year, quarter or season without a year, the heading's/caption's/document's period
# are lenient; brackets 'motsvarande period föregående år' lenient; a level followed by ', jämfört med' / ', vilket
# är X lägre' / ', en ökning med' / a next sentence 'Det är X fler' is the new value after a change; from-values and
# comparisons at one time have no direction; comparisons with an earlier point or an average of earlier seasons take
# a direction; multipliers, definitions, age bands and thresholds optional; standing targets without a year have no
# period; table cells take their column's period, change columns lenient on the later period with the sign's
# direction ('0'/'0,0' none); category rows take the caption's measure as subject; a quote credits every figure in
# it and 'Han tror' right after it keeps the speaker (quote); 'Enligt X' / 'enligt X' enligt; 'X har beslutat att
# avsätta', 'X bedömer', 'X ville' credited; 'vilket' / 'Det' / 'den' / elided nouns s None, except that the size of
# a change and an apposition keep the subject of the figure they qualify; 'X procent av Y' / 'X av Y' take Y; 'X
# svarade för Y' takes X; 'Bland X ... Y' takes X; payers ('Samma villa ... skulle betala', 'där en normalvilla
# betalar') s None; number words with 'en' ('nästan en vecka', 'för ett år') are left out as r35 left out 'en
# handelsdag färre'.
# Where those were silent, decided here:
# - Retail (dateline 2026-10-22): 'Den jämförbara försäljningen ökade med 3,8 procent (1,9)': the bracket is last
#   year's growth, increase too. 'sex nya butiker' and 'två stängdes' counts without direction (openings, closings);
#   'mellan 12 och 15 butiker under 2027' explicit; 'inom 18 månader' at_most, present (2026 lenient). 'Nettoskulden
#   ... 412 MSEK den 30 september, jämfört med 538 MSEK vid årsskiftet' 412 decrease 2026 lenient (date without year),
#   538 2025 lenient. 'drygt 15 procent mer varor i lager än för ett år sedan' an earlier point: increase. Table: 'MSEK'
#   scales the money rows, 'Antal butiker, st' a count; the '%' change column 2026 lenient signed.
# - Unemployment (Markdown, published 2026-11-30, measured 16 November): 'I november' 2026 lenient. '7,4 procent ...,
#   vilket är 0,3 procentenheter lägre än i november 2025' both decrease. '14 862 personer' a level with no change
#   stated in its paragraph (no direction). 'sjönk från 8,1 till 7,4 procent' 8,1 a from-value (2025 lenient: 'samma
#   månad förra året' is in the sentence before). 'oförändrad på 7,3 procent' no direction. '9,8 procent. Det är 1,1
#   procentenheter lägre än för ett år sedan' both decrease. 'där den uppgick till 10,6 procent' one time, s None.
#   'mer än tolv månader' optional (definition). '43 procent ..., jämfört med 41 procent ett år tidigare' 43 increase,
#   41 2025 lenient, s Y ('samtliga arbetslösa'). 'knappt hälften av nivån i Borgvik' one time, ratio. 'Sedan januari
#   har 412 personer varslats ..., jämfört med 655 under samma period i fjol' 412 decrease 2026 lenient, 655 2025
#   (resolves). 'Arbetsförmedlingen bedömer ... mellan 7,0 och 7,5 procent under 2027' credited, explicit. Table:
#   caption 'procent', columns explicit, the change column percentage_point 2026 lenient signed; s the caption's
#   'andel av den registerbaserade arbetskraften'; the bold rows located with their '**'.
# - Cancer care (HTML, published 2026-09-09): '58 procent ... Under första halvåret 2026' explicit, increase (next
#   sentence 'Det är 5 procentenheter fler'); 'det nationella målet på 80 procent' standing, no period. 'ökade från 61
#   till 74 procent' 61 a from-value 2025 lenient. '23 dagar, jämfört med 29 dagar ett år tidigare' 23 decrease.
#   'rikets genomsnitt, som var 61 procent' one time. Table: 'Halvår 1 2026' / 'Halvår 1 2025' explicit; 'Mål' a
#   standing target (no period, required); 'Mediantid, dagar (halvår 1 2026)' day, explicit; rows are cancer types,
#   s the caption's 'Andel patienter ...' and the columns' 'Mål' / 'Mediantid'. 'behöver enligt analysen mellan 18 och
#   20' enligt (the '14 urologer' before it is plain). The chief's 'minst 60 procent ... senast vid utgången av 2027'
#   explicit; 'Regionstyrelsen har beslutat att avsätta 28 miljoner kronor under 2027' credited, s the goal; 'omkring
#   6 000 undersökningar per år' enligt regionen. 'mellan 15 och 43 kalenderdagar' optional (definition).
# - Electricity (published 2026-11-25): 'i vinter' / 'december–februari' = ('2026','2027') lenient, 'förra vintern'
#   = ('2025','2026') lenient; 'i januari' (the coming winter) 2027 lenient; 'öre per kWh' SEK per="kWh", carried to
#   the elided '97 öre' and to the FAKTA cells. The Elkollen compilation ('Enligt en sammanställning från ...') is an
#   enligt speaker on its own sentence only. '118 öre per kWh. Det är 22 procent högre än förra vintern' both
#   increase; '28 respektive 31 öre ..., ungefär samma nivå som i fjol' no direction. The villa example's 'omkring 1
#   800 kWh i månaden' optional; its result 'runt 4 300 kronor per månad' required, increase (next sentence 'nästan
#   500 kronor mer i månaden än förra vintern'); SE1's 'drygt 2 300 kronor' one time. The analyst: '71 procent' 2026
#   lenient ('i dag'), 'normala 83 procent för årstiden' a norm (no period, s None). Germany 'kring 135 öre' one time;
#   'nästan dubbelt så mycket' an optional multiplier. The consumer: '140 kvadratmeter' optional (describes her house);
#   'nästan 5 000 kronor ... bara i januari' (last winter) 2026 lenient; '124 000 kronor' 2026 lenient ('I somras');
#   'mellan 8 000 och 10 000 kronor per år' a saving with no period and no direction. 'minskat till 11 procent, från
#   16 procent för två år sedan' 11 decrease 2026 lenient, 16 a from-value 2024 lenient, both enligt. Fixed-price
#   offers 'mellan 95 och 110 öre per kWh' 2026 lenient ('nu'). FAKTA: 'Vintern 2026/27' / 'Vintern 2025/26'
#   explicit, change 2026/27 lenient signed. The price-area names SE1–SE4 are N.
# - Party page (UNDATED, no sidecar): no period unless the sentence names a year ('år 2030' explicit; 'till 2032' (None,
#   '2032') lenient as r35's 'fram till 2035'); 'Sedan 2015 har antalet ökat med' increase, no period; 'Förra året' and
#   'i dag' do not resolve. The party is no speaker; only the spokesperson's quote would credit (it has no figure).
#   '199 poliser på 100 000 invånare, i Danmark 212' per="capita", one time. '3 000 kronor i månaden' a demanded raise:
#   increase. '5 000 nya platser' no direction (new places, as r35's '24 nya platser'). 'unga mellan 18 och 20 år',
#   'under 18 år', 'under 21 år' optional; 'dubbelt så långa straff', 'nästan dubbelt så lång tid' optional multipliers.
#   '74 dagar' / '132 dagar' one time, s None ('det tar'). 'en tidsgräns på högst 30 dagar' required (a demand).
#   'ungefär 1 100 kronor per invånare och år' per="capita". The list of promises restates figures (G, the list item
#   'Minst 26 000 poliser år 2030' explicit, no direction in a list).
# - Water tariff (sidecar 2026-10-28): the tariff year 2027 is the document's period: the new fees 2027 lenient, the
#   from-values 2026 lenient; '9,3 procent' explicit ('Från den 1 januari 2027'). 'kronor per kubikmeter' per="m3";
#   'per lägenhet och år' per="apartment" (as r31_a). 'Under de kommande tio åren ... omkring 1,4 miljarder kronor'
#   ('2027','2036') lenient, s None (verb 'investera'). '0,5 procent ... varje år' per="year" 2026 lenient; the target
#   'öka förnyelsetakten till minst 1 procent per år' standing, increase. The chair: 'över 70 år gammalt' required
#   (2026 lenient), '46 vattenläckor' 'förra året' 2025. Table: 'Årlig kostnad' per="year", columns '2026' / '2027'
#   explicit, change columns 2027 lenient signed; s the caption's 'Årlig kostnad för vatten och avlopp'; the label's
#   '150 m3' etc. and '15 lgh' optional (define the house types). '70 kronor mer i månaden' increase; county
#   '10 460 kronor' and national '10 910 kronor' one time, 2027 lenient (compared with the 2027 tariff, as r35's '31
#   öre lägre än genomsnittet'); 'Sedan 2020 ... 31 procent' ('2020','2026') lenient increase. '140 liter ... per
#   person och dygn' per="capita"; 'upp till 100 000 liter per år' at_most. The vote '38 röster mot 11' counts;
#   'Oppositionen ville begränsa höjningen till 6 procent' credited, increase.
# - University (Markdown, published 2026-10-26): the applications are for VT 2027 = 2027 (explicit where the sentence
#   names vårterminen 2027, else lenient); 'förra våren' / 'i fjol' = VT 2026 ('förra våren' lenient). 'förstahandssökande
#   per plats' count per="place". Table: 'Platser VT 2027', 'Förstahandssökande VT 2027' / 'VT 2026' explicit,
#   'Förändring, %' 2027 lenient signed. Admission scores 'Inför vårterminen 2026 krävdes 21,45' number, explicit; the
#   next sentences' '1,35', '14,20', '16,05' 2026 lenient; 'av högst 22,5 möjliga' optional (the scale). 'minst 300 nya
#   sjuksköterskor varje år' per="year" 2026 lenient. '34 miljoner kronor extra' increase, s the goal; '75 platser
#   från och med hösten 2027' increase ('bygga ut ... med'), explicit. 'F–3' and 'årskurs 1–3' are names (N).
# - Winter roads (published 2026-05-18): a season '2025/26' = ('2025','2026'), '2024/25' = ('2024','2025'); the
#   sentences without the season take it lenient ('Totalt spreds', 'säsongen innan', 'föregående säsong').
#   'knappt 20 procent över genomsnittet för de fem föregående säsongerna' and 'knappt 8 procent färre än genomsnittet
#   för de fem föregående vintrarna' are comparisons with earlier periods: with a direction. 'plogtimmar' unit hour.
#   'per kilometer statlig väg' per="km". '94 centimeter snö på ett dygn' cm per="day", 'i början av december' 2025
#   lenient. 'mer än 8 000 fordon per dygn' and 'inom två timmar' optional (the rule's definition). 'minskar
#   förbrukningen med mellan 15 och 25 procent' enligt ('enligt de första mätningarna'), decrease. 'uppemot 40 000 ton
#   salt per säsong' at_most per="season", no period, no direction (a saving). 'i budgeten för säsongen 2026/27 avsatt
#   3 050 miljoner kronor' credited, explicit. Table: caption 'ton'; 'Snitt 2020/21–2024/25' ('2020','2025') explicit.
# - Negatives: datelines and Publicerad lines, measurement dates, titles', captions' and column headers' periods, table
#   numbers, years and dates that only place a claim, a comparison or a target, next-report dates, the '100 000' of a
#   rate denominator, price-area names, names with digits ('F–3', 'årskurs 1–3'), times of day, phone numbers, street
#   and box numbers, postal codes and org numbers.
# - Left out on purpose (no figure of their own): 'TREDJE KVARTALET', 'samtliga tre länder', 'i våras', 'nästan en
#   vecka', 'för ett år', 'en krona', 'de kommande tio åren' (in the period), 'första halvåret' without a year.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y30 = (("2024", "2024"), ("2025", "2025"), ("2026", "2026"), ("2027", "2027"), ("2030", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. retailer, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    KS = ("Karolina Sundemark", "quote")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    JF = ("Den jämförbara försäljningen", "försäljningen")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    EH = ("E-handeln", "E-handeln")
    NS = ("Nettoskulden", "Nettoskulden")
    qc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r36_b_butikskedja_q3"] = [
        G("6,2 procent", 6.2, "percent", **L26, direction=INC, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("1 874", 1874e6, "SEK", ctx="till [1 874] MSEK (1 765)", **L26, direction=INC, s=NO, sp=None),
        G("1 765", 1765e6, "SEK", ctx="MSEK ([1 765]).", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("3,8 procent", 3.8, "percent", **L26, direction=INC, s=JF, sp=None),
        G("1,9", 1.9, "percent", ctx="3,8 procent ([1,9])", **L25, direction=INC, s=JF, sp=None, note="last year's growth"),
        G("41,3 procent", 41.3, "percent", **L26, s=BM, sp=None),
        G("40,1", 40.1, "percent", ctx="41,3 procent ([40,1])", **L25, s=BM, sp=None),
        G("162 MSEK", 162e6, "SEK", **L26, s=RR, sp=None),
        G("131", 131e6, "SEK", ctx="162 MSEK ([131])", **L25, s=RR, sp=None),
        G("8,6 procent", 8.6, "percent", **L26, s=RM, sp=None),
        G("7,4", 7.4, "percent", ctx="8,6 procent ([7,4])", **L25, s=RM, sp=None),
        G("1,48 kronor", 1.48, "SEK", per="share", **L26, s=("Resultatet per aktie", "Resultatet"), sp=None),
        G("1,17", 1.17, "SEK", per="share", ctx="1,48 kronor ([1,17])", **L25, s=("Resultatet per aktie", "Resultatet"), sp=None),
        G("214", 214, "count", ctx="slut var [214] (203)", **L26, s=("Antalet butiker", "Antalet"), sp=None),
        G("203", 203, "count", ctx="var 214 ([203])", **L25, s=("Antalet butiker", "Antalet"), sp=None),
        G("4,9 procent", 4.9, "percent", **L26, direction=INC, s=NO, sp=None, note="'JANUARI–SEPTEMBER' (no year)"),
        G("5 126 MSEK", 5126e6, "SEK", **L26, direction=INC, s=NO, sp=None),
        G("4 887", 4887e6, "SEK", ctx="MSEK ([4 887])", **L25, s=NO, sp=None),
        G("40,7 procent", 40.7, "percent", **L26, s=BM, sp=None),
        G("39,8", 39.8, "percent", ctx="40,7 procent ([39,8])", **L25, s=BM, sp=None),
        G("371 MSEK", 371e6, "SEK", **L26, s=RR, sp=None),
        G("302", 302e6, "SEK", ctx="371 MSEK ([302])", **L25, s=RR, sp=None),
        G("knappt 4 procent", 4, "percent", bound="approx", **L26, direction=INC, s=JF, sp=KS, note="quote in ”...”"),
        G("1,2 procentenheter", 1.2, "percentage_point", **L26, direction=INC, s=BM, sp=KS),
        G("drygt 15 procent", 15, "percent", bound="approx", **L26, direction=INC, s=("varor i lager", "varor"), sp=KS, note="'än för ett år sedan': an earlier point"),
        G("minst 10 procent", 10, "percent", bound="at_least", s=RM, sp=KS, note="standing target 'på sikt': no period"),
        G("62 procent", 62, "percent", **L26, s=("Sverige", "Sverige"), sp=None, note="'X svarade för Y' takes X"),
        G("5,1 procent", 5.1, "percent", **L26, direction=INC, s=("Försäljningen i Sverige", "Försäljningen"), sp=None),
        G("1 162 MSEK", 1162e6, "SEK", **L26, direction=INC, s=("Försäljningen i Sverige", "Försäljningen"), sp=None),
        G("9,4 procent", 9.4, "percent", **L26, direction=INC, s=("försäljningen", "försäljningen"), sp=None),
        G("1,7 procent", 1.7, "percent", **L26, direction=DEC, s=("Finland", "Finland"), sp=None, note="'backade med'"),
        G("18 procent", 18, "percent", **L26, direction=INC, s=EH, sp=None),
        G("16,5 procent", 16.5, "percent", **L26, direction=INC, s=EH, sp=None, note="', jämfört med': the new value"),
        G("14,8 procent", 14.8, "percent", t=Y25, s=EH, sp=None, note="'under tredje kvartalet 2025'"),
        G("sex nya butiker", 6, "count", **L26, s=("nya butiker", "butiker"), sp=None),
        G("två", 2, "count", ctx="och [två] stängdes", **L26, s=None, sp=None, note="elided noun"),
        G("mellan 12 och 15 butiker", None, "count", low=12, high=15, t=Y27, s=("butiker", "butiker"), sp=None),
        G("cirka 9 MSEK", 9e6, "SEK", bound="approx", **L26, s=("en investering", "investering"), sp=None),
        G("inom 18 månader", 18, "month", bound="at_most", **L26, s=None, sp=None),
        G("208 MSEK", 208e6, "SEK", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("176", 176e6, "SEK", ctx="208 MSEK ([176])", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("412 MSEK", 412e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="'den 30 september, jämfört med ... vid årsskiftet'"),
        G("538 MSEK", 538e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("38 procent", 38, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        *_row(G, "Nettoomsättning", ["1 874", "1 765", "+6,2"], qc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Kv 3 2026' / 'Kv 3 2025' explicit, 'Förändring, %' 2026 lenient signed"),
        *_row(G, "Bruttoresultat", ["774", "708", "+9,3"], qc("SEK", 1e6), ("Bruttoresultat", "Bruttoresultat")),
        *_row(G, "Rörelseresultat", ["162", "131", "+23,7"], qc("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Resultat efter finansiella poster", ["149", "118", "+26,3"], qc("SEK", 1e6), ("Resultat efter finansiella poster", "Resultat")),
        *_row(G, "Antal butiker, st", ["214", "203", "+5,4"], qc("count", 1), ("Antal butiker", "Antal")),
    ]
    NEG["r36_b_butikskedja_q3"] = [
        N("januari–september 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("2025", ctx="tredje kvartalet [2025].", note="places the comparison"), N("2027", ctx="butiker under [2027]", note="places the plan"),
        N("30 september", note="places the net debt"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("09.30", note="time of day"), N("08-120 447 00"), N("08-120 447 12"),
        N("556871-3302", note="org number"), N("7", ctx="Lagervägen [7],", note="street number"), N("126 30", note="postal code"),
    ]

    # ------------------------------------------------------------ 2. unemployment November 2026 (Markdown, Publicerad 30 november 2026)
    JK = ("Johanna Krantz", "quote")
    AL = ("arbetslösheten", "arbetslösheten")
    LA = ("Antalet långtidsarbetslösa", "Antalet")
    AND = ("andel av den registerbaserade arbetskraften", "andel")
    kc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, T, T)]
    BH = ("Högst arbetslöshet", "arbetslöshet")
    GOLD["r36_b_arbetsloshet_nov"] = [
        G("14 862 personer", 14862, "count", **L26, s=("personer inskrivna som arbetslösa", "personer"), sp=None, note="'I november' (no year)"),
        G("7,4 procent", 7.4, "percent", ctx="motsvarar [7,4 procent] av", **L26, direction=DEC, s=("den registerbaserade arbetskraften", "arbetskraften"), sp=None, note="', vilket är ... lägre än i november 2025'"),
        G("16–64 år", None, "year", low=16, high=64, ctx="åldern [16–64 år], vilket", optional=True, s=None, sp=None, note="age band"),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction=DEC, s=None, sp=None),
        G("7,9 procent", 7.9, "percent", **L26, s=AL, sp=None, note="'I riket': one time"),
        G("512 personer", 512, "count", **L26, direction=DEC, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("8,1", 8.1, "percent", ctx="från [8,1] till 7,4", **L25, s=AL, sp=None, note="from-value"),
        G("7,4 procent", 7.4, "percent", ctx="till [7,4 procent]. Bland", **L26, direction=DEC, s=AL, sp=None),
        G("7,3 procent", 7.3, "percent", **L26, s=AL, sp=None, note="'oförändrad': no change"),
        G("18–24 år", None, "year", low=18, high=24, optional=True, s=None, sp=None, note="age band"),
        G("1 936", 1936, "count", **L26, s=("unga i åldern 18–24 år", "unga"), sp=None, note="'Bland X ... Y' takes X"),
        G("9,8 procent", 9.8, "percent", **L26, direction=DEC, s=None, sp=None, note="next sentence 'Det är 1,1 procentenheter lägre'"),
        G("1,1 procentenheter", 1.1, "percentage_point", **L26, direction=DEC, s=None, sp=None),
        G("10,6 procent", 10.6, "percent", **L26, s=None, sp=None, note="'i riket, där den': one time"),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", **L26, s=("ung arbetslös", "arbetslös"), sp=JK),
        G("mer än tolv månader", 12, "month", bound="more_than", optional=True, s=None, sp=None, note="definition"),
        G("6 418", 6418, "count", **L26, direction=INC, s=LA, sp=None),
        G("3,5 procent", 3.5, "percent", **L26, direction=INC, s=LA, sp=None),
        G("43 procent", 43, "percent", **L26, direction=INC, s=("samtliga arbetslösa", "arbetslösa"), sp=None),
        G("41 procent", 41, "percent", **L25, s=("samtliga arbetslösa", "arbetslösa"), sp=None, note="'ett år tidigare'"),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=None, sp=None, note="'av dem'"),
        *_row(G, "| Västerlunda", ["8,1", "8,6", "−0,5"], kc, AND, sep=" | ", note="Markdown table 'Tabell 1 ... procent': 'November 2026' / 'November 2025' explicit, 'Förändring, procentenheter' 2026 lenient signed; rows are municipalities"),
        *_row(G, "| Borgvik", ["9,7", "9,5", "+0,2"], kc, AND, sep=" | "),
        *_row(G, "| Hedsjö", ["5,2", "5,6", "−0,4"], kc, AND, sep=" | "),
        *_row(G, "| Lillmora", ["6,0", "6,4", "−0,4"], kc, AND, sep=" | "),
        *_row(G, "| Tornåsen", ["4,6", "4,8", "−0,2"], kc, AND, sep=" | "),
        *_row(G, "| Ängeby", ["7,7", "7,7", "0,0"], kc, AND, sep=" | "),
        G("7,4", 7.4, "percent", ctx="**Länet** | **[7,4]**", t=Y26, s=AND, sp=None, note="bold row"),
        G("7,7", 7.7, "percent", ctx="**Länet** | **7,4** | **[7,7]**", t=Y25, s=AND, sp=None),
        G("−0,3", -0.3, "percentage_point", ctx="**[−0,3]**", **L26, direction=DEC, s=AND, sp=None),
        G("7,9", 7.9, "percent", ctx="**Riket** | **[7,9]**", t=Y26, s=AND, sp=None),
        G("8,1", 8.1, "percent", ctx="**Riket** | **7,9** | **[8,1]**", t=Y25, s=AND, sp=None),
        G("−0,2", -0.2, "percentage_point", ctx="**[−0,2]**", **L26, direction=DEC, s=AND, sp=None),
        G("0,2 procentenheter", 0.2, "percentage_point", **L26, direction=INC, s=BH, sp=None),
        G("9,7 procent", 9.7, "percent", **L26, direction=INC, s=BH, sp=None),
        G("4,6 procent", 4.6, "percent", **L26, s=None, sp=None, note="'Lägst är den'"),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("nivån i Borgvik", "nivån"), sp=None, note="one time"),
        G("2 340 lediga platser", 2340, "count", **L26, direction=DEC, s=("lediga platser", "platser"), sp=None),
        G("8 procent", 8, "percent", **L26, direction=DEC, s=("lediga platser", "platser"), sp=None, note="apposition"),
        G("412 personer", 412, "count", **L26, direction=DEC, s=("personer", "personer"), sp=None, note="'Sedan januari'"),
        G("655", 655, "count", t=Y25, s=None, sp=None, note="'under samma period i fjol'"),
        G("mellan 7,0 och 7,5 procent", None, "percent", low=7.0, high=7.5, t=Y27, s=("arbetslösheten i länet", "arbetslösheten"), sp=("Arbetsförmedlingen", "credited")),
    ]
    NEG["r36_b_arbetsloshet_nov"] = [
        N("november 2026", ctx="län, [november 2026]", note="title"), N("30 november 2026", note="Publicerad"),
        N("16 november 2026", note="measurement date"), N("november 2025", ctx="lägre än i [november 2025].", note="baseline"),
        N("november 2025", ctx="fler än i [november 2025]. De"), N("1", ctx="Tabell [1].", note="table number"),
        N("November 2026", note="column header"), N("November 2025", note="column header"),
        N("november 2025", ctx="färre än i [november 2025]. Sedan"), N("2027", ctx="procent under [2027].", note="places the forecast"),
        N("14 januari 2027", note="next report"), N("010-486 31 77"),
    ]

    # ------------------------------------------------------------ 3. cancer waiting times H1 2026 (HTML, Publicerad 9 september 2026)
    EV = ("Erik Vallin", "quote")
    AP = ("Andel patienter som startat behandling inom maxtiden", "Andel")
    MT = ("Mediantid", "Mediantid")
    MA = ("Mål", "Mål")
    cc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percent", 1, None, None, F, F), ("day", 1, None, Y26, F, F)]
    CS = [AP, AP, MA, MT]
    AT = ("andelen som fick behandling i tid", "andelen")
    GOLD["r36_b_cancer_vantetider"] = [
        G("58 procent", 58, "percent", ctx="startade [58 procent] av", t=Y26, direction=INC, s=("patienterna i Region Skärvik", "patienterna"), sp=None, note="'Under första halvåret 2026'; next sentence 'Det är 5 procentenheter fler'"),
        G("5 procentenheter", 5, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("80 procent", 80, "percent", s=("det nationella målet", "målet"), sp=None, note="standing target"),
        G("4 126 patienter", 4126, "count", **L26, direction=INC, s=("patienter", "patienter"), sp=None),
        G("7 procent", 7, "percent", **L26, direction=INC, s=None, sp=None, note="'vilket är 7 procent fler'"),
        G("1 208", 1208, "count", **L26, s=None, sp=None, note="'Av dem fick'"),
        G("61", 61, "percent", ctx="ökade från [61] till 74", **L25, s=AT, sp=None, note="from-value"),
        G("74 procent", 74, "percent", **L26, direction=INC, s=AT, sp=None),
        G("23 dagar", 23, "day", **L26, direction=DEC, s=("Mediantiden från välgrundad misstanke till start av första behandling", "Mediantiden"), sp=None),
        G("29 dagar", 29, "day", **L25, s=("Mediantiden från välgrundad misstanke till start av första behandling", "Mediantiden"), sp=None, note="'ett år tidigare'"),
        G("31 procent", 31, "percent", **L26, s=("patienterna", "patienterna"), sp=None),
        G("78 dagar", 78, "day", **L26, s=("mediantiden", "mediantiden"), sp=None),
        G("61 procent", 61, "percent", **L26, s=("rikets genomsnitt", "genomsnitt"), sp=None, note="one time"),
        *_row(G, "Bröstcancer", ["74", "61", "80", "23"], cc, CS, note="HTML table: 'Halvår 1 2026' / 'Halvår 1 2025' explicit, 'Mål' standing (no period), 'Mediantid, dagar (halvår 1 2026)' explicit; rows are cancer types"),
        *_row(G, "Tjock- och ändtarmscancer", ["52", "49", "80", "41"], cc, CS),
        *_row(G, "Lungcancer", ["63", "58", "80", "35"], cc, CS),
        *_row(G, "Prostatacancer", ["31", "27", "80", "78"], cc, CS),
        *_row(G, "Huvud- och halscancer", ["66", "55", "80", "37"], cc, CS),
        *_row(G, "Malignt melanom", ["82", "84", "80", "19"], cc, CS),
        *_row(G, "Samtliga vårdförlopp", ["58", "53", "80", "34"], cc, CS),
        G("14 urologer", 14, "count", **L26, s=("urologer", "urologer"), sp=None, note="'i dag'"),
        G("mellan 18 och 20", None, "count", low=18, high=20, **L26, s=None, sp=("analysen", "enligt")),
        G("minst 60 procent", 60, "percent", bound="at_least", t=Y27, s=("de patienterna", "patienterna"), sp=EV, note="'senast vid utgången av 2027'"),
        G("28 miljoner kronor", 28e6, "SEK", t=Y27, s=("en ny magnetkamera och fler operationstider", "magnetkamera"), sp=("Regionstyrelsen", "credited")),
        G("omkring 6 000 undersökningar", 6000, "count", bound="approx", per="year", **L26, s=("undersökningar", "undersökningar"), sp=("regionen", "enligt")),
        G("mellan 15 och 43 kalenderdagar", None, "day", low=15, high=43, optional=True, s=("en maxtid", "maxtid"), sp=None, note="definition"),
    ]
    NEG["r36_b_cancer_vantetider"] = [
        N("9 september 2026", note="Publicerad"), N("2026", ctx="första halvåret [2026] startade"),
        N("2025", ctx="första halvåret [2025].", note="baseline"),
        N("Halvår 1 2026", note="column header"), N("Halvår 1 2025", note="column header"), N("halvår 1 2026", note="column header"),
        N("2027", ctx="utgången av [2027],", note="places the target"), N("2027", ctx="kronor under [2027]", note="places the grant"),
        N("0910-55 38 00"),
    ]

    # ------------------------------------------------------------ 4. electricity bills this winter (Publicerad 25 november 2026)
    W27 = dict(t=("2026", "2027"), lenient=True)
    W26 = dict(t=("2025", "2026"), lenient=True)
    AF = ("Anders Fjällström", "quote")
    LB = ("Linnea Bergkvist", "quote")
    EK = ("Elkollen", "enligt")
    EI = ("Energimarknadsinspektionen", "enligt")
    SP = ("Väntat spotpris", "spotpris")
    ec = [("SEK", 0.01, "kWh", ("2026", "2027"), F, F), ("SEK", 0.01, "kWh", ("2025", "2026"), F, F), ("percent", 1, None, ("2026", "2027"), T, T)]
    HF = ("andelen hushåll med fast elpris", "andelen")
    GOLD["r36_b_elrakningar_vinter"] = [
        G("118 öre per kWh", 1.18, "SEK", per="kWh", **W27, direction=INC, s=("spotpriset i elområde SE4", "spotpriset"), sp=EK, note="'under december–februari'; next sentence '22 procent högre än förra vintern'"),
        G("22 procent", 22, "percent", ctx="Det är [22 procent] högre", **W27, direction=INC, s=None, sp=None),
        G("97 öre", 0.97, "SEK", per="kWh", **W26, s=("snittet", "snittet"), sp=None, note="'förra vintern'"),
        G("84 öre per kWh", 0.84, "SEK", per="kWh", **W27, direction=INC, s=("priset", "priset"), sp=None),
        G("9 procent", 9, "percent", **W27, direction=INC, s=("priset", "priset"), sp=None),
        G("28", 0.28, "SEK", per="kWh", ctx="prognosen på [28] respektive", **W27, s=("prognosen", "prognosen"), sp=None, note="'ungefär samma nivå som i fjol': no change"),
        G("31 öre per kWh", 0.31, "SEK", per="kWh", **W27, s=("prognosen", "prognosen"), sp=None),
        G("omkring 1 800 kWh", 1800, "kWh", bound="approx", per="month", optional=True, s=None, sp=None, note="defines the example"),
        G("runt 4 300 kronor", 4300, "SEK", bound="approx", per="month", **W27, direction=INC, s=("en total elkostnad", "elkostnad"), sp=None, note="the example's result"),
        G("nästan 500 kronor", 500, "SEK", bound="approx", per="month", **W27, direction=INC, s=None, sp=None),
        G("drygt 2 300 kronor", 2300, "SEK", bound="approx", per="month", **W27, s=None, sp=None, note="one time, the payer"),
        G("71 procent", 71, "percent", **L26, s=("Magasinen", "Magasinen"), sp=AF, note="'i dag'"),
        G("83 procent", 83, "percent", s=None, sp=AF, note="'normala ... för årstiden': a norm"),
        G("över 300 öre per kWh", 3.0, "SEK", bound="more_than", per="kWh", **L27, s=("kvartspriser", "kvartspriser"), sp=AF, note="'Han tror' right after the quote; 'i januari'"),
        G("kring 135 öre per kWh", 1.35, "SEK", bound="approx", per="kWh", **W27, s=("spotpriset", "spotpriset"), sp=None, note="Germany, one time"),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("140 kvadratmeter", 140, "m2", optional=True, s=("en villa", "villa"), sp=None, note="describes her house"),
        G("nästan 5 000 kronor", 5000, "SEK", bound="approx", **L26, s=None, sp=LB, note="'bara i januari' of last winter"),
        G("124 000 kronor", 124000, "SEK", **L26, s=("en luft-vattenvärmepump", "luft-vattenvärmepump"), sp=LB, note="'I somras'"),
        G("mellan 8 000 och 10 000 kronor", None, "SEK", low=8000, high=10000, per="year", s=None, sp=LB, note="a saving, no period"),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=HF, sp=EI),
        G("16 procent", 16, "percent", **L24, s=HF, sp=EI, note="from-value 'för två år sedan'"),
        G("Drygt sex av tio", 0.6, "ratio", bound="approx", **L26, s=("hushåll", "hushåll"), sp=None),
        G("mellan 95 och 110 öre per kWh", None, "SEK", low=0.95, high=1.10, per="kWh", **L26, s=("De fastprisavtal som erbjuds nu", "fastprisavtal"), sp=AF),
        *_row(G, "SE1", ["28", "27", "+4"], ec, SP, note="FAKTA table 'öre per kWh': 'Vintern 2026/27' / 'Vintern 2025/26' explicit, 'Förändring, %' lenient signed"),
        *_row(G, "SE2", ["31", "30", "+3"], ec, SP),
        *_row(G, "SE3", ["84", "77", "+9"], ec, SP),
        *_row(G, "SE4", ["118", "97", "+22"], ec, SP),
    ]
    NEG["r36_b_elrakningar_vinter"] = [
        N("25 november 2026", note="Publicerad"), N("06.12", note="time of day"),
        *[N(a, occ=i, note="price area") for a, n in (("SE1", 3), ("SE2", 2), ("SE3", 3), ("SE4", 5)) for i in range(1, n + 1)],
        N("Vintern 2026/27", note="column header"), N("Vintern 2025/26", note="column header"),
    ]

    # ------------------------------------------------------------ 5. party page, crime policy (UNDATED, HTML)
    PO = ("poliser", "poliser")
    GOLD["r36_b_parti_trygghet"] = [
        G("omkring 21 000 poliser", 21000, "count", bound="approx", s=PO, sp=None, note="'I dag' (undated: no period)"),
        G("knappt 4 000", 4000, "count", bound="approx", direction=INC, s=("antalet", "antalet"), sp=None, note="'Sedan 2015': no period"),
        G("minst 26 000", 26000, "count", bound="at_least", ctx="öka till [minst 26 000] år 2030", t=Y30, direction=INC, s=("antalet poliser", "antalet"), sp=None),
        G("199 poliser", 199, "count", per="capita", s=PO, sp=None, note="'på 100 000 invånare', one time"),
        G("212", 212, "count", per="capita", s=None, sp=None, note="Denmark, one time"),
        G("omkring 600 poliser", 600, "count", bound="approx", per="year", s=PO, sp=None),
        G("3 000 kronor", 3000, "SEK", per="month", direction=INC, s=("ingångslönen för nyutexaminerade poliser", "ingångslönen"), sp=None),
        G("drygt 9 500 platser", 9500, "count", bound="approx", s=("platser på anstalt och häkte", "platser"), sp=None),
        G("över 110 procent", 110, "percent", bound="more_than", s=("beläggningen", "beläggningen"), sp=None),
        G("nästan 60 procent", 60, "percent", bound="approx", direction=INC, s=("antalet intagna", "antalet"), sp=None),
        G("5 000 nya platser", 5000, "count", ctx="bygga [5 000 nya platser] till", t=(None, "2032"), lenient=True, s=("nya platser", "platser"), sp=None),
        G("mellan 4 och 5 miljarder kronor", None, "SEK", low=4e9, high=5e9, per="year", s=("Kostnaden", "Kostnaden"), sp=None),
        G("mellan 18 och 20 år", None, "year", low=18, high=20, optional=True, s=None, sp=None, note="age band"),
        G("dubbelt så långa straff", 2, "number", optional=True, s=None, sp=None, note="multiplier"),
        G("74 dagar", 74, "day", s=None, sp=None, note="Denmark, one time"),
        G("132 dagar", 132, "day", s=None, sp=None),
        G("nästan dubbelt så lång tid", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier"),
        G("högst 30 dagar", 30, "day", bound="at_most", ctx="tidsgräns på [högst 30 dagar]", s=("en tidsgräns", "tidsgräns"), sp=None, note="a demand"),
        G("under 18 år", 18, "year", bound="less_than", ctx="misstänkte är [under 18 år].", optional=True, s=None, sp=None, note="threshold"),
        G("drygt 1 400 personer", 1400, "count", bound="approx", s=("personer under 21 år", "personer"), sp=None, note="'Förra året' does not resolve"),
        G("under 21 år", 21, "year", bound="less_than", optional=True, s=None, sp=None, note="threshold"),
        G("var tredje", 1 / 3, "ratio", s=None, sp=None, note="'Bland dem'"),
        G("11,5 miljarder kronor", 11.5e9, "SEK", per="year", s=("vårt kriminalpolitiska program", "program"), sp=None),
        G("ungefär 1 100 kronor", 1100, "SEK", bound="approx", per="capita", s=None, sp=None, note="'per invånare och år'"),
        G("2 miljarder kronor", 2e9, "SEK", per="year", direction=DEC, s=("kostnaderna för statliga myndigheters konsulter", "kostnaderna"), sp=None),
        G("Minst 26 000 poliser", 26000, "count", bound="at_least", t=Y30, s=PO, sp=None, note="list of promises"),
        G("5 000 nya platser", 5000, "count", ctx="[5 000 nya platser] på anstalt", s=("nya platser", "platser"), sp=None),
        G("Högst 30 dagar", 30, "day", bound="at_most", s=None, sp=None),
        G("under 18 år", 18, "year", bound="less_than", ctx="misstänkta [under 18 år].", optional=True, s=None, sp=None, note="threshold"),
    ]
    NEG["r36_b_parti_trygghet"] = [
        N("2015", ctx="Sedan [2015] har antalet ökat", note="places the change"), N("2030", ctx="år [2030]. Sverige", note="places the target"),
        N("100 000", note="rate denominator"), N("2015", ctx="Sedan [2015] har antalet intagna"),
        N("2032", note="places the target"), N("2030", ctx="poliser år [2030].", note="list item"),
        N("1123", note="box number"), N("111 81", note="postal code"), N("08-510 294 00"),
    ]

    # ------------------------------------------------------------ 6. water tariff 2027 (sidecar 2026-10-28)
    BO = ("Birgitta Ohlsson Rask", "quote")
    RA = ("Den rörliga avgiften för vatten och avlopp", "avgiften")
    FA = ("Den fasta årsavgiften per fastighet", "årsavgiften")
    LG = ("en lägenhetsavgift", "lägenhetsavgift")
    AK = ("Årlig kostnad för vatten och avlopp", "kostnad")
    AN = ("Anläggningsavgiften för att ansluta en ny villatomt till det kommunala nätet", "Anläggningsavgiften")
    wc = [("SEK", 1, "year", Y26, F, F), ("SEK", 1, "year", Y27, F, F), ("SEK", 1, "year", Y27, T, T), ("percent", 1, None, Y27, T, T)]
    GOLD["r36_b_vatten_taxa_2027"] = [
        G("9,3 procent", 9.3, "percent", ctx="normalvilla med [9,3 procent].", t=Y27, direction=INC, s=("avgifterna för en normalvilla", "avgifterna"), sp=None, note="'Från den 1 januari 2027 höjs'"),
        G("28,40", 28.40, "SEK", per="m3", ctx="från [28,40] till", **L26, s=RA, sp=None, note="from-value"),
        G("31,20 kronor", 31.20, "SEK", per="m3", **L27, direction=INC, s=RA, sp=None),
        G("420 kronor", 420, "SEK", **L27, direction=INC, s=FA, sp=None),
        G("5 160 kronor", 5160, "SEK", per="year", **L27, direction=INC, s=FA, sp=None),
        G("1 100", 1100, "SEK", per="apartment", ctx="från [1 100] till", **L26, s=LG, sp=None, note="from-value; 'per lägenhet och år'"),
        G("1 200 kronor", 1200, "SEK", per="apartment", **L27, direction=INC, s=LG, sp=None),
        G("omkring 1,4 miljarder kronor", 1.4e9, "SEK", bound="approx", t=("2027", "2036"), lenient=True, s=None, sp=None, note="'Under de kommande tio åren'"),
        G("knappt 0,5 procent", 0.5, "percent", bound="approx", per="year", **L26, s=("ledningarna", "ledningarna"), sp=None),
        G("minst 1 procent", 1, "percent", bound="at_least", per="year", direction=INC, s=("förnyelsetakten", "förnyelsetakten"), sp=None, note="standing target"),
        G("över 70 år", 70, "year", bound="more_than", **L26, s=("ledningsnätet", "ledningsnätet"), sp=BO),
        G("46 vattenläckor", 46, "count", t=Y25, s=("vattenläckor", "vattenläckor"), sp=BO, note="'förra året' resolves"),
        G("150 m3", 150, "m3", per="year", ctx="Normalvilla, [150 m3] per år 9 000", optional=True, s=None, sp=None, note="defines the house type"),
        *_row(G, "Normalvilla, 150 m3 per år", ["9 000", "9 840", "+840", "+9,3"], wc, AK, note="table 'Årlig kostnad ..., kronor inklusive moms': '2026' / '2027' explicit, change columns 2027 lenient signed"),
        G("100 m3", 100, "m3", per="year", optional=True, s=None, sp=None),
        *_row(G, "Villa med låg förbrukning, 100 m3 per år", ["7 580", "8 280", "+700", "+9,2"], wc, AK),
        G("60 m3", 60, "m3", per="year", optional=True, s=None, sp=None),
        *_row(G, "Fritidshus, 60 m3 per år", ["6 444", "7 032", "+588", "+9,1"], wc, AK),
        G("15 lgh", 15, "count", optional=True, s=None, sp=None),
        G("1 500 m3", 1500, "m3", per="year", optional=True, s=None, sp=None),
        *_row(G, "Flerbostadshus, 15 lgh, 1 500 m3 per år", ["63 840", "69 960", "+6 120", "+9,6"], wc, AK),
        G("70 kronor", 70, "SEK", per="month", **L27, direction=INC, s=("höjningen", "höjningen"), sp=None),
        G("15 lägenheter", 15, "count", optional=True, s=None, sp=None, note="defines the example"),
        G("4 664 kronor", 4664, "SEK", per="apartment", **L27, s=("den nya avgiften", "avgiften"), sp=None),
        G("knappt 390 kronor", 390, "SEK", bound="approx", per="month", **L27, s=None, sp=None),
        G("10 460 kronor", 10460, "SEK", per="year", **L27, s=None, sp=None, note="county, one time; the payer"),
        G("10 910 kronor", 10910, "SEK", **L27, s=("Snittet för hela landet", "Snittet"), sp=("branschorganisationens senaste sammanställning", "enligt")),
        G("31 procent", 31, "percent", t=("2020", "2026"), lenient=True, direction=INC, s=("taxan i Sjömark", "taxan"), sp=None, note="'Sedan 2020'"),
        G("185 000", 185000, "SEK", ctx="från [185 000] till", **L26, s=AN, sp=None),
        G("198 000 kronor", 198000, "SEK", **L27, direction=INC, s=AN, sp=None),
        G("omkring 140 liter", 140, "l", bound="approx", per="capita", **L26, s=("vatten", "vatten"), sp=None, note="'per person och dygn'"),
        G("upp till 100 000 liter", 100000, "l", bound="at_most", per="year", **L26, s=None, sp=None),
        G("38 röster", 38, "count", **L26, s=("röster", "röster"), sp=None),
        G("11", 11, "count", ctx="röster mot [11].", **L26, s=None, sp=None),
        G("6 procent", 6, "percent", **L27, direction=INC, s=("höjningen", "höjningen"), sp=("Oppositionen", "credited")),
    ]
    NEG["r36_b_vatten_taxa_2027"] = [
        N("2027", ctx="höjs [2027] –", note="title"), N("2027", ctx="avlopp för [2027].", note="places the tariff"),
        N("1 januari 2027", note="places the change"), N("2026", ctx="Hustyp [2026]", note="column header"),
        N("2027", ctx="Hustyp 2026 [2027]", note="column header"), N("2020", note="places the change"),
        N("0521-72 40 00"),
    ]

    # ------------------------------------------------------------ 7. university applications VT 2027 (Markdown, Publicerad 26 oktober 2026)
    MH = ("Maria Holmén", "quote")
    FH = ("Förstahandssökande", "Förstahandssökande")
    uc = [("count", 1, None, Y27, F, F), ("count", 1, None, Y27, F, F), ("count", 1, None, Y26, F, F), ("percent", 1, None, Y27, T, T)]
    US = [("Platser", "Platser"), FH, FH, FH]
    GOLD["r36_b_antagning_vt27"] = [
        G("18 742 personer", 18742, "count", t=Y27, direction=INC, s=("personer", "personer"), sp=None, note="'anmälan till vårterminen 2027'; next 'Det är 6,4 procent fler'"),
        G("6,4 procent", 6.4, "percent", ctx="Det är [6,4 procent] fler", **L27, direction=INC, s=None, sp=None),
        G("7 310", 7310, "count", **L27, s=("de sökande", "sökande"), sp=None),
        G("3 950 platser", 3950, "count", **L27, s=("platser", "platser"), sp=None),
        G("1,9 förstahandssökande", 1.9, "count", per="place", **L27, direction=INC, s=("förstahandssökande", "förstahandssökande"), sp=None, note="', jämfört med 1,7 inför förra våren'"),
        G("1,7", 1.7, "count", per="place", ctx="jämfört med [1,7] inför", **L26, s=None, sp=None),
        G("5 214 personer", 5214, "count", **L27, direction=INC, s=("personer", "personer"), sp=None),
        G("11 procent", 11, "percent", **L27, direction=INC, s=("personer", "personer"), sp=None, note="'en ökning med' keeps the subject"),
        *_row(G, "| Sjuksköterskeprogrammet", ["120", "486", "412", "+18,0"], uc, US, sep=" | ", note="Markdown table 'Tabell 2': 'Platser VT 2027', 'Förstahandssökande VT 2027' / 'VT 2026' explicit, 'Förändring, %' 2027 lenient signed; rows are programmes"),
        *_row(G, "| Socionomprogrammet", ["80", "352", "371", "−5,1"], uc, US, sep=" | "),
        *_row(G, "| Grundlärarprogrammet, F–3", ["60", "143", "118", "+21,2"], uc, US, sep=" | "),
        *_row(G, "| Civilingenjörsprogrammet i datateknik", ["45", "97", "89", "+9,0"], uc, US, sep=" | "),
        *_row(G, "| Psykologprogrammet", ["30", "611", "574", "+6,4"], uc, US, sep=" | "),
        *_row(G, "| Ekonomprogrammet", ["90", "288", "301", "−4,3"], uc, US, sep=" | "),
        G("drygt 20 förstahandssökande", 20, "count", bound="approx", per="place", **L27, s=("förstahandssökande", "förstahandssökande"), sp=None),
        G("knappt 2,4 förstahandssökande", 2.4, "count", bound="approx", per="place", **L27, s=("förstahandssökande", "förstahandssökande"), sp=None),
        G("18 procent", 18, "percent", **L27, direction=INC, s=("sjuksköterskeprogrammet", "sjuksköterskeprogrammet"), sp=MH),
        G("minst 300 nya sjuksköterskor", 300, "count", bound="at_least", per="year", **L26, s=("nya sjuksköterskor", "sjuksköterskor"), sp=MH),
        G("21,45", 21.45, "number", t=Y26, s=None, sp=None, note="'Inför vårterminen 2026 krävdes'"),
        G("högst 22,5", 22.5, "number", bound="at_most", optional=True, s=None, sp=None, note="the scale"),
        G("1,35", 1.35, "number", **L26, s=None, sp=None),
        G("14,20", 14.20, "number", **L26, s=None, sp=None),
        G("16,05", 16.05, "number", **L26, s=("gränsen", "gränsen"), sp=None),
        G("64 procent", 64, "percent", **L27, s=("Andelen kvinnor bland de sökande", "Andelen"), sp=None, note="'samma nivå som i fjol': no change"),
        G("27 år", 27, "year", **L27, s=("Medelåldern", "Medelåldern"), sp=None),
        G("Drygt var tredje", 1 / 3, "ratio", bound="approx", **L27, s=("sökande", "sökande"), sp=None),
        G("30 år eller äldre", 30, "year", bound="at_least", optional=True, s=None, sp=None, note="threshold"),
        G("2 915", 2915, "count", **L27, direction=INC, s=None, sp=None),
        G("14 procent", 14, "percent", **L27, direction=INC, s=None, sp=None),
        G("34 miljoner kronor", 34e6, "SEK", **L26, direction=INC, s=("sjuksköterske- och lärarutbildningarna", "lärarutbildningarna"), sp=None, note="the goal"),
        G("75 platser", 75, "count", t=Y27, direction=INC, s=("platser", "platser"), sp=None, note="'från och med hösten 2027'"),
    ]
    NEG["r36_b_antagning_vt27"] = [
        N("26 oktober 2026", note="Publicerad"), N("2027", ctx="vårterminen [2027] stängde"), N("15 oktober", note="date"),
        N("2026", ctx="inför vårterminen [2026] och", note="baseline"), N("2", ctx="Tabell [2].", note="table number"),
        N("2027", ctx="vårterminen [2027] jämfört", note="caption"), N("2026", ctx="med vårterminen [2026]**", note="caption"),
        N("VT 2027", ctx="Platser [VT 2027]", note="column header"), N("VT 2027", ctx="Förstahandssökande [VT 2027]", note="column header"),
        N("VT 2026", note="column header"), N("F–3", note="name"), N("1–3", note="name"),
        N("2026", ctx="Inför vårterminen [2026] krävdes"), N("2027", ctx="vårterminen [2027] blir"),
        N("hösten 2027", note="places the places"), N("4 december"), N("17 december"),
    ]

    # ------------------------------------------------------------ 8. winter road maintenance 2025/26 (Publicerad 18 maj 2026)
    S = ("2025", "2026")
    P = ("2024", "2025")
    LS = dict(t=S, lenient=True)
    LP = dict(t=P, lenient=True)
    PN = ("Per-Ola Nyström", "quote")
    VS = ("vägsalt", "vägsalt")
    KV = ("Kostnaderna för vinterväghållningen", "Kostnaderna")
    PT = ("plogtimmar", "plogtimmar")
    SV = ("Spritt vägsalt", "vägsalt")
    vc = [("tonne", 1, None, S, F, F), ("tonne", 1, None, P, F, F), ("tonne", 1, None, ("2020", "2025"), F, F), ("percent", 1, None, S, T, T)]
    GOLD["r36_b_vintervag_2526"] = [
        G("287 000 ton", 287000, "tonne", **LS, direction=INC, s=VS, sp=None, note="', 14 procent mer än säsongen 2024/25'"),
        G("14 procent", 14, "percent", **LS, direction=INC, s=VS, sp=None),
        G("knappt 20 procent", 20, "percent", bound="approx", **LS, direction=INC, s=VS, sp=None, note="against the five previous seasons"),
        G("3 215 miljoner kronor", 3215e6, "SEK", **LS, direction=INC, s=KV, sp=None),
        G("2 790 miljoner kronor", 2790e6, "SEK", **LP, s=KV, sp=None, note="'säsongen innan'"),
        G("15 procent", 15, "percent", ctx="ökning med [15 procent] och", **LS, direction=INC, s=KV, sp=None),
        G("32 600 kronor", 32600, "SEK", per="km", **LS, direction=INC, s=("kostnaden", "kostnaden"), sp=None),
        G("28 300 kronor", 28300, "SEK", per="km", t=P, s=("kostnaden", "kostnaden"), sp=None, note="'säsongen 2024/25'"),
        G("612 000 plogtimmar", 612000, "hour", **LS, direction=INC, s=PT, sp=None),
        G("498 000", 498000, "hour", **LP, s=PT, sp=None, note="'föregående säsong'"),
        G("23 procent", 23, "percent", **LS, direction=INC, s=PT, sp=None),
        *_row(G, "Nord", ["21 400", "18 900", "19 800", "+13,2"], vc, SV, note="table 'Spritt vägsalt per region, ton': '2025/26' / '2024/25' / 'Snitt 2020/21–2024/25' explicit, change 2025/26 lenient signed; rows are regions"),
        *_row(G, "Mitt", ["48 700", "41 200", "40 100", "+18,2"], vc, SV),
        *_row(G, "Öst", ["62 300", "55 800", "52 600", "+11,6"], vc, SV),
        *_row(G, "Stockholm", ["41 900", "37 400", "33 900", "+12,0"], vc, SV),
        *_row(G, "Väst", ["58 100", "51 300", "47 700", "+13,3"], vc, SV),
        *_row(G, "Syd", ["54 600", "47 100", "45 100", "+15,9"], vc, SV),
        *_row(G, "Totalt", ["287 000", "251 700", "239 200", "+14,0"], vc, SV),
        G("drygt 18 procent", 18, "percent", bound="approx", **LS, direction=INC, s=("saltförbrukningen", "saltförbrukningen"), sp=None),
        G("94 centimeter", 94, "cm", per="day", **L25, s=("snö", "snö"), sp=None, note="'i början av december'"),
        G("över 3 000 fordon", 3000, "count", bound="more_than", **LS, s=("fordon", "fordon"), sp=PN),
        G("91 procent", 91, "percent", **LS, s=("det högtrafikerade vägnätet", "vägnätet"), sp=PN),
        G("mer än 8 000 fordon", 8000, "count", bound="more_than", per="day", optional=True, s=None, sp=None, note="the rule's threshold"),
        G("inom två timmar", 2, "hour", bound="at_most", optional=True, s=None, sp=None, note="the rule"),
        G("1 140", 1140, "count", **LS, direction=DEC, s=("Antalet halkolyckor med personskador", "Antalet"), sp=None),
        G("knappt 8 procent", 8, "percent", bound="approx", **LS, direction=DEC, s=("Antalet halkolyckor med personskador", "Antalet"), sp=None, note="against the five previous winters"),
        G("mellan 15 och 25 procent", None, "percent", low=15, high=25, **L26, direction=DEC, s=("förbrukningen", "förbrukningen"), sp=("de första mätningarna", "enligt")),
        G("uppemot 40 000 ton", 40000, "tonne", bound="at_most", per="season", s=("salt", "salt"), sp=PN),
        G("3 050 miljoner kronor", 3050e6, "SEK", t=("2026", "2027"), s=("vinterväghållning", "vinterväghållning"), sp=("Vägmyndigheten", "credited")),
    ]
    NEG["r36_b_vintervag_2526"] = [
        N("2025/26", ctx="Vintern [2025/26]:", note="title"), N("18 maj 2026", note="Publicerad"),
        N("2025/26", ctx="Vintersäsongen [2025/26] blev"), N("2024/25", ctx="säsongen [2024/25] och", note="baseline"),
        N("2024/25", ctx="kronor säsongen [2024/25].", note="places the comparison"), N("1", ctx="Tabell [1].", note="table number"),
        N("2025/26", ctx="Region [2025/26]", note="column header"), N("2024/25", ctx="2025/26 [2024/25] Snitt", note="column header"),
        N("2020/21–2024/25", note="column header"), N("2024/25", ctx="mot [2024/25], %", note="column header"),
        N("hösten 2025", note="places the trial"), N("2026/27", note="places the budget"), N("0771-640 640"),
    ]
    return GOLD, NEG
