"""Round 37, part B (r37_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 37, part B (r37_b_*): eight kinds, written from scratch (r37_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: a listed forestry and
# paper company's interim report January-September 2026 (dateline 'Sundsbacka den 28 oktober 2026'; bullets under
# 'TREDJE KVARTALET 2026' / 'JANUARI–SEPTEMBER 2026' with bracketed prior figures, 'Siffror inom parentes avser
# motsvarande period föregående år'; deliveries in tusen ton; the CEO's quote in ”...”; plain-text table 'KONCERNEN I
# SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' / 'Kv 2 2026' / 'Förändring Kv 3, %'), a national agency's bankruptcy
# statistics for November 2026 (Markdown, 'Publicerad 30 november 2026'; Markdown table by industry 'November 2026' /
# 'November 2025' / 'Förändring, %' with a bold total row; employees affected, januari–november, per 10 000 företag),
# a municipality's school results for the spring term 2026 (HTML, 'Publicerad 14 september 2026'; merit values, HTML
# table by school 'VT 2026' / 'VT 2025' / 'Förändring, procentenheter'; the committee chair's quote), a TT-style article
# on rents for 2027 ('Publicerad 19 november 2026'; per cent rises by city, kronor per month for a typical flat, kronor
# per kvadratmeter och år between cities, the tenants' negotiator's and a landlord's quotes), an UNDATED environmental
# organisation's page on climate targets (HTML, no date, no sidecar; miljoner ton koldioxidekvivalenter, HTML table by
# sector '1990' / 'Senaste året' / 'Förändring sedan 1990, %', targets for 2030/2045, Denmark and Finland, a list of
# demands), an energy company's district-heating prices for 2027 dated only by its sidecar (2026-10-20; kronor per
# MWh, plain-text table by customer type '2026' / '2027' / 'Förändring, kr' / 'Förändring, %'), an airline's traffic
# report for October 2026 (Markdown, dateline 'Stockholm den 9 november 2026'; Markdown table 'Oktober 2026' /
# 'Oktober 2025' / 'Förändring' / 'Jan–okt 2026' / 'Jan–okt 2025' / 'Förändring'), and a city museum's visitor
# statistics 2025 ('Publicerad 12 februari 2026'; plain-text table by museum '2025' / '2024' / 'Förändring, %',
# brackets 'Siffror inom parentes avser 2024', the museum chief's quote, a forecast range for 2026).
# The r8-r36 decisions are followed (headers of gold_r28_a.py, gold_r35_a.py, gold_r36_a.py, gold_r36_b.py): year
# grain; 'i fjol' / 'förra året' / 'nästa år' in the sentence resolve and are not lenient; 'året innan', 'ett år
# tidigare', 'för fem år sedan', 'i våras', 'i dag', a month/quarter/term without a year, a heading's, caption's or the
# document's period, present tense (publication year) are lenient; brackets lenient on the period the bracket note
# names; a level followed by ', jämfört med' / ', vilket är X lägre' / ', en minskning med' / a next sentence 'Det är X
# färre' is the new value after a change; from-values and comparisons at one time have no direction; a comparison with
# an earlier point or an average of earlier years takes a direction; multipliers, definitions, age bands, thresholds,
# samples and the set a text names optional; standing targets without a year have no period; table cells take their
# column's period, change columns lenient on the later period with the sign's direction ('0,0' none); category rows
# take the caption's measure as subject, measure rows their own label; a quote credits every figure in it and 'Hon
# påpekar' right after it keeps the speaker (quote); 'Enligt X' / 'enligt X' enligt; 'X har beslutat/avsatt', 'X räknar
# med', 'som forskarna bedömer' credited; 'vilket' / 'Det' / pronouns / elided nouns s None, except that the size of a
# change and an apposition keep the subject of the figure they qualify; 'X procent av Y' / 'Av Y ... X' take Y; 'X
# svarade för Y' takes X; payers and emitters-as-payers ('Kommunen lade', 'Våra kunder betalar', 'får betala') s None;
# the UNDATED text has no period unless the sentence names a year ('Sedan 1990', 'förra året' do not resolve).
# Where those were silent, decided here:
# - Forestry (dateline 2026-10-28): 'tusen ton' is unit tonne x1000; 'kubikmeter fub' m3 (per="m3" for the price of
#   massaved); the bracket after a delivery ('318 tusen ton (296)') takes the unit and scale. '7 procent mer kartong än
#   för ett år sedan' and 'ungefär 15 procent över snittet för de senaste fem åren' comparisons with an earlier point
#   or an average: increase (quote). 'Nettoskulden i förhållande till EBITDA ... 1,7 gånger' unit number (a key ratio,
#   required, as r36_a's K/I-tal); the policy's 'högst ... 2,5 gånger' a standing limit, enligt ('Enligt den finansiella
#   policyn'), no period. 'rullande tolv månader' and 'de senaste fem åren' are left out (they name windows). The
#   capacity 'mellan 180 och 200 tusen ton per år' increase ('öka ... med'), 2028 lenient (full operation 'under andra
#   halvåret 2028'). 'Styrelsen har beslutat att investera 2 300 MSEK' credited, 2026 lenient. Table: 'MSEK' scales
#   the money rows, 'Leveranser, tusen ton' tonne x1000; 'Kv 2 2026' explicit 2026; 'PM 4' N.
# - Bankruptcies (Markdown, published 2026-11-30): 'Under november 2026' explicit; the first sentence's 'enligt
#   preliminär statistik från Myndigheten för näringslivsanalys' enligt for that sentence only. 'per 10 000 företag'
#   per="company", value as written, its '10 000' N. 'åtta månader i rad' a duration, no period (quote). 'färre än fem
#   anställda', 'yngre än två år' optional thresholds; 'landets 48 tingsrätter' optional (the set); 'revideras normalt
#   med högst 3 procent' optional (method). 'Sedan årsskiftet har 287 företag' 2026 lenient. Table: 'Antal
#   företagskonkurser' (caption) the subject; the bold row located with its '**'.
# - School (HTML, published 2026-09-14): VT 2026 = 2026; 'i våras' 2026 lenient; 'steg från 221,6 till 226,3 poäng'
#   the from-value 2025 lenient. Merit values are unit number. 'de 17 bästa betygen' and 'som högst bli 340 poäng'
#   optional (define the scale); 'tre eller fler ämnen' optional threshold. '38 fler än 2025' keeps the subject of
#   '712 elever'. 'elever per lärare' per="teacher" (2025 lenient: it continues the 2025 account); 'kronor per elev'
#   per="capita". 'Inför läsåret 2026/27 har nämnden avsatt 9,5 miljoner kronor' ('2026','2027') explicit, credited.
#   'Ungefär var femte ..., jämfört med nästan var fjärde för fem år sedan' an earlier point: var femte decrease, var
#   fjärde 2021 lenient. Table: caption's 'Andel elever i årskurs 9 behöriga till yrkesprogram' the subject.
# - Rents (published 2026-11-19): the negotiated rents are for 2027 ('nästa år' resolves, explicit; 'från den 1
#   januari' alone lenient 2027). Current rents in present tense ('med en månadshyra på 9 800 kronor', 'kostar ofta
#   över 11 000 kronor') 2026 lenient; 'Även efter höjningarna ... kostar' 2027 lenient. The landlords' demands
#   'krav på mellan 6 och 7 procent' increase (a demanded rise), quote. 'närmare 17 procent på tre år' ('2024','2026')
#   lenient, increase, 'Hon påpekar' keeps the quote; 'omkring 30 procent sedan 2023' ('2023','2026') lenient.
#   'Enligt honom ... minst 1,2 miljarder kronor ... de kommande fem åren' enligt, ('2027','2031') lenient (as r36's
#   'de kommande tio åren'), s None (verb 'investera'). 'kronor per kvadratmeter och år' per="m2". 'ett tiotal orter'
#   count 10 approx. '75 kvadratmeter' / '55 kvadratmeter' optional (describe the flats); 'nästan dubbelt så mycket'
#   optional multiplier. 'en gång om året' left out ('en').
# - Climate page (UNDATED, no sidecar): 'förra året' does not resolve (no period); '1990, då utsläppen låg på drygt
#   71 miljoner ton' explicit 1990. '44,6 miljoner ton ... Det är 37 procent lägre än 1990' both decrease (an earlier
#   point), no period. Targets: 'senast år 2045 ... Då ska ... minst 85 procent lägre än 1990' 2045 lenient ('Då'),
#   decrease; 'högst 15 procent' 2045 lenient, no direction; 'Till 2030 ... minst 70 procent' (None,'2030') lenient as
#   r36's 'till 2032'; 'omkring 6 miljoner ton' (the 2030 goal, but the sentence names no year) no period, decrease
#   ('måste de ner till'). The quote's '8–10 procent varje år' per="year" (None,'2045') lenient (the sentence names
#   2045), decrease; 'ökat två år i rad' a duration. Danmark's target '70 procent till 2030' (None,'2030') lenient.
#   'Per invånare ... om året' and 'per person' per="capita"; 'högst 1,5 ton per person som forskarna bedömer' a
#   required norm, credited, no period; 'mer än fem gånger så mycket' optional multiplier. Table: '1990' explicit,
#   'Senaste året' no period (undated), 'Förändring sedan 1990, %' no period, signed; caption's 'Utsläpp av
#   växthusgaser' the subject, 'miljoner ton' scales. The list of demands: 'minst 75 procents minskning' 2035
#   explicit, decrease; 'höjs till 30 procent' increase; 'Minst 5 miljarder kronor om året' per="year".
# - District heating (sidecar 2026-10-20): the tariff year 2027 is the document's period: new prices 2027 lenient,
#   from-values 2026 lenient, '3,8 procent' explicit ('från den 1 januari 2027'), '6,9 procent ... inför 2026'
#   explicit. 'kronor per MWh' SEK per="MWh", 'per kW och år' per="kW", 'per år' per="year". Table: caption 'Årlig
#   fjärrvärmekostnad' per="year"; '2026' / '2027' explicit; change columns 2027 lenient signed; the labels' '20 MWh'
#   etc. optional (define the customer types). The national average '1 034 kronor per MWh' enligt ('enligt branschens
#   senaste prisjämförelse'), one time, 2027 lenient (compared with the 2027 price, as r36's water tariff); 'plats 64'
#   ordinal, '286 företag' optional (the set). 'omkring 12 procent dyrare sedan förra hösten' ('2025','2026') lenient.
#   '340 miljoner kronor ... under 2026–2028' explicit. The new block's '95 GWh' / '210 GWh' per="year", no period.
#   The CEO's 'omkring 15 procent mindre än snittet i länet' present: 2026 lenient, one time, s None (payers).
#   'Fast pris i tre år' optional (defines the contract). '97 procent förra året' 2025.
# - Airline (Markdown, dateline 2026-11-09): 'i oktober 2026' explicit, other October sentences 2026 lenient; ASK and
#   RPK in 'miljoner' are counts (x1e6). Table: 'Passagerare, tusental' x1000; 'Jan–okt 2026' / 'Jan–okt 2025' year
#   grain explicit; both 'Förändring' columns 2026 lenient signed, '%' cells percent, 'p.e.' cells percentage_point.
#   '71 gram' per passagerarkilometer: unit g, per="km". 'högst 15 minuter' optional (definition of punctuality).
#   'Enligt bolagets plan ... minst 10 procent år 2030' enligt, explicit, no direction. 'ytterligare två Airbus' 2026
#   lenient increase; 'A320neo' N. The CEO's 'knappt 20 procent under nivån före pandemin' an earlier point:
#   decrease, s None ('vi').
# - Museums (published 2026-02-12): 2025 the document's year; 'året innan' and the brackets ('Siffror inom parentes
#   avser 2024') 2024 lenient. 'Ålstads fyra kommunala museer' optional (the set). 'från 22 till 27 procent på fem år'
#   22 a from-value 2020 lenient ('på fem år' left out). 'Entrén kostar 120 kronor' present: 2026 lenient. 'kronor per
#   besök' per="visit", 'besök per invånare' per="capita". 'museernas enkätundersökning med 3 200 svar' enligt on the
#   44 procent; the sample optional. 'varav knappt hälften' takes Y ('programpunkter'). 'Under 2026 räknar
#   kulturförvaltningen med mellan 580 000 och 620 000 besök' explicit, credited. 'tre månader under hösten' 2026
#   lenient. Table: caption's 'Antal besök' the subject.
# - Negatives: datelines and Publicerad lines, titles', captions' and column headers' periods, years and dates that
#   only place a claim, a baseline or a target, next-report dates, rate denominators ('10 000 företag'), names with
#   digits and table numbers ('Tabell 1', 'PM 4', 'A320neo', 'årskurs 9', 'årskurs 1–3', '1960-talet'), conference codes, times of day, phone numbers,
#   Swish numbers, street and box numbers, postal codes and org numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y21, Y24, Y25, Y26, Y27 = (("2020", "2020"), ("2021", "2021"), ("2024", "2024"), ("2025", "2025"),
                                    ("2026", "2026"), ("2027", "2027"))
    Y90, Y30, Y35, Y45 = ("1990", "1990"), ("2030", "2030"), ("2035", "2035"), ("2045", "2045")
    L20 = dict(t=Y20, lenient=True)
    L21 = dict(t=Y21, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. forestry and paper, interim report (dateline 28 oktober 2026)
    HB = ("Helena Brandt Åkerlund", "quote")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RPA = ("Resultat per aktie", "Resultat")
    LK = ("Leveranserna av kartong", "Leveranserna")
    LT = ("Leveranserna av tidningspapper", "Leveranserna")
    KF = ("Operativt kassaflöde", "kassaflöde")
    TL = ("Koncernens totala leveranser av papper och kartong", "leveranser")
    AM = ("Leveranserna av avsalumassa", "Leveranserna")
    PM = ("Priset på massaved", "Priset")
    NS = ("Nettoskulden", "Nettoskulden")
    fc = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r37_b_skog_q3"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L26, direction=DEC, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("6 412 MSEK", 6412e6, "SEK", **L26, direction=DEC, s=NO, sp=None),
        G("6 679", 6679e6, "SEK", ctx="MSEK ([6 679])", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("1 038 MSEK", 1038e6, "SEK", **L26, s=EB, sp=None),
        G("1 214", 1214e6, "SEK", ctx="MSEK ([1 214])", **L25, s=EB, sp=None),
        G("16,2 procent", 16.2, "percent", **L26, s=("en EBITDA-marginal", "EBITDA-marginal"), sp=None),
        G("18,2", 18.2, "percent", ctx="16,2 procent ([18,2])", **L25, s=("en EBITDA-marginal", "EBITDA-marginal"), sp=None),
        G("612 MSEK", 612e6, "SEK", **L26, s=RR, sp=None),
        G("803", 803e6, "SEK", ctx="MSEK ([803])", **L25, s=RR, sp=None),
        G("1,84 kronor", 1.84, "SEK", per="share", **L26, s=RPA, sp=None),
        G("2,41", 2.41, "SEK", per="share", ctx="kronor ([2,41])", **L25, s=RPA, sp=None),
        G("318 tusen ton", 318e3, "tonne", **L26, direction=INC, s=LK, sp=None),
        G("296", 296e3, "tonne", ctx="ton ([296])", **L25, s=LK, sp=None),
        G("112 tusen ton", 112e3, "tonne", **L26, direction=DEC, s=LT, sp=None),
        G("141", 141e3, "tonne", ctx="ton ([141])", **L25, s=LT, sp=None),
        G("19 870 MSEK", 19870e6, "SEK", **L26, s=NO, sp=None, note="'JANUARI–SEPTEMBER 2026' heading"),
        G("20 114", 20114e6, "SEK", ctx="MSEK ([20 114])", **L25, s=NO, sp=None),
        G("3 355 MSEK", 3355e6, "SEK", **L26, s=EB, sp=None),
        G("3 702", 3702e6, "SEK", ctx="MSEK ([3 702])", **L25, s=EB, sp=None),
        G("1 946 MSEK", 1946e6, "SEK", **L26, s=KF, sp=None),
        G("2 287", 2287e6, "SEK", ctx="MSEK ([2 287])", **L25, s=KF, sp=None),
        G("7 procent", 7, "percent", **L26, direction=INC, s=("kartong", "kartong"), sp=HB, note="'mer kartong än för ett år sedan'"),
        G("ungefär 15 procent", 15, "percent", bound="approx", **L26, direction=INC, s=("Vedkostnaderna", "Vedkostnaderna"), sp=HB, note="over the five-year average"),
        G("486 tusen ton", 486e3, "tonne", **L26, direction=DEC, s=TL, sp=None, note="'under kvartalet ..., jämfört med'"),
        G("497 tusen ton", 497e3, "tonne", t=Y25, s=TL, sp=None),
        G("48 tusen ton", 48e3, "tonne", **L26, s=AM, sp=None),
        G("60", 60e3, "tonne", ctx="ton ([60])", **L25, s=AM, sp=None),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=DEC, s=("Priset på tidningspapper i Europa", "Priset"), sp=("branschens prisindex", "enligt")),
        G("58 procent", 58, "percent", **L26, s=("Kartong", "Kartong"), sp=None, note="'X svarade för Y' takes X"),
        G("cirka 412 000 hektar", 412000, "ha", bound="approx", **L26, s=("produktiv skogsmark", "skogsmark"), sp=None),
        G("0,9 miljoner kubikmeter", 0.9e6, "m3", **L26, s=("Avverkningen i egen skog", "Avverkningen"), sp=None),
        G("420 kronor", 420, "SEK", per="m3", **L26, direction=INC, s=PM, sp=None, note="', vilket är 35 kronor högre än ett år tidigare'"),
        G("35 kronor", 35, "SEK", per="m3", **L26, direction=INC, s=PM, sp=None),
        G("2 300 MSEK", 2300e6, "SEK", **L26, s=("en ombyggnad av PM 4 i Hällfors", "ombyggnad"), sp=("Styrelsen", "credited")),
        G("mellan 180 och 200 tusen ton", None, "tonne", low=180e3, high=200e3, per="year", t=("2028", "2028"), lenient=True, direction=INC, s=("koncernens kartongkapacitet", "kartongkapacitet"), sp=None),
        G("7 845 MSEK", 7845e6, "SEK", **L26, s=NS, sp=None, note="'den 30 september'"),
        G("7 102", 7102e6, "SEK", ctx="MSEK ([7 102])", **L25, s=NS, sp=None),
        G("1,7 gånger", 1.7, "number", **L26, s=("Nettoskulden i förhållande till EBITDA", "Nettoskulden"), sp=None),
        G("2,5 gånger", 2.5, "number", bound="at_most", s=("nettoskulden", "nettoskulden"), sp=("den finansiella policyn", "enligt"), note="standing limit"),
        *_row(G, "Nettoomsättning", ["6 412", "6 679", "6 705", "−4,0"], fc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Kv 3 2026' / 'Kv 3 2025' / 'Kv 2 2026' explicit, 'Förändring Kv 3, %' 2026 lenient signed"),
        *_row(G, "EBITDA", ["1 038", "1 214", "1 126", "−14,5"], fc("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "Rörelseresultat", ["612", "803", "701", "−23,8"], fc("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Leveranser, tusen ton", ["486", "497", "492", "−2,2"], fc("tonne", 1e3), ("Leveranser", "Leveranser")),
    ]
    NEG["r37_b_skog_q3"] = [
        N("januari–september 2026", note="title"), N("28 oktober 2026", note="dateline"),
        N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"), N("JANUARI–SEPTEMBER 2026", note="heading"),
        N("2025", ctx="tredje kvartalet [2025].", note="places the comparison"), N("4", ctx="PM [4] i", note="machine name"),
        N("2028", ctx="halvåret [2028].", note="places the capacity"), N("30 september", note="places the net debt"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"), N("Kv 2 2026", note="column header"),
        N("Kv 3", ctx="Förändring [Kv 3], %", note="column header"),
        N("10.00", note="time of day"), N("08-505 204 40"), N("7731", note="conference code"),
        N("556412-7719", note="org number"), N("14", ctx="Bruksgatan [14],", note="street number"), N("871 33", note="postal code"),
    ]

    # ------------------------------------------------------------ 2. bankruptcies November 2026 (Markdown, Publicerad 30 november 2026)
    MS = ("Marit Ekholm Sand", "quote")
    ANS = ("anställda", "anställda")
    AK = ("Antal företagskonkurser", "Antal")
    bc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r37_b_konkurser_nov"] = [
        G("612 företagskonkurser", 612, "count", t=Y26, direction=DEC, s=("företagskonkurser", "företagskonkurser"), sp=("preliminär statistik från Myndigheten för näringslivsanalys", "enligt"), note="'Under november 2026'; next sentence 'Det är 11 procent färre'"),
        G("11 procent", 11, "percent", **L26, direction=DEC, s=None, sp=None),
        G("688 företag", 688, "count", t=Y25, s=("företag", "företag"), sp=None, note="'i november 2025, då'"),
        G("1 874 anställda", 1874, "count", **L26, direction=DEC, s=ANS, sp=None),
        G("2 416 anställda", 2416, "count", t=Y25, s=ANS, sp=None, note="'samma månad i fjol' resolves"),
        G("22 procent", 22, "percent", **L26, direction=DEC, s=ANS, sp=None, note="apposition 'en minskning med'"),
        G("7 208 företag", 7208, "count", t=Y26, direction=DEC, s=("företag", "företag"), sp=None, note="'Under perioden januari–november 2026'"),
        G("6 procent", 6, "percent", ctx="vilket är [6 procent] färre", **L26, direction=DEC, s=None, sp=None),
        G("21 530", 21530, "count", **L26, s=("Antalet anställda i de konkursdrabbade företagen", "Antalet"), sp=None),
        G("24 102", 24102, "count", ctx="21 530 ([24 102])", **L25, s=("Antalet anställda i de konkursdrabbade företagen", "Antalet"), sp=None),
        G("drygt 25 procent", 25, "percent", bound="approx", **L26, direction=DEC, s=("antalet", "antalet"), sp=None, note="'i november' (no year)"),
        *_row(G, "| Byggverksamhet", ["104", "139", "−25,2"], bc, AK, sep=" | ", note="Markdown table 'Tabell 1. Antal företagskonkurser per bransch': 'November 2026' / 'November 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are industries"),
        *_row(G, "| Handel", ["98", "112", "−12,5"], bc, AK, sep=" | "),
        *_row(G, "| Hotell och restaurang", ["71", "66", "+7,6"], bc, AK, sep=" | "),
        *_row(G, "| Transport och magasinering", ["43", "51", "−15,7"], bc, AK, sep=" | "),
        *_row(G, "| Företagstjänster", ["82", "87", "−5,7"], bc, AK, sep=" | "),
        *_row(G, "| Tillverkning", ["38", "41", "−7,3"], bc, AK, sep=" | "),
        *_row(G, "| Övriga branscher", ["176", "192", "−8,3"], bc, AK, sep=" | "),
        G("612", 612, "count", ctx="**Totalt** | **[612]**", t=Y26, s=AK, sp=None, note="bold row"),
        G("688", 688, "count", ctx="**Totalt** | **612** | **[688]**", t=Y25, s=AK, sp=None),
        G("−11,0", -11.0, "percent", ctx="**[−11,0]**", **L26, direction=DEC, s=AK, sp=None),
        G("åtta månader", 8, "month", s=("Byggkonkurserna", "Byggkonkurserna"), sp=MS, note="'i rad': a duration, no period"),
        G("Drygt 80 procent", 80, "percent", bound="approx", **L26, s=("de konkursdrabbade företagen", "företagen"), sp=None),
        G("färre än fem anställda", 5, "count", bound="less_than", optional=True, s=None, sp=None, note="threshold"),
        G("Knappt var tionde", 0.1, "ratio", bound="approx", **L26, s=("konkurs", "konkurs"), sp=None),
        G("yngre än två år", 2, "year", bound="less_than", optional=True, s=None, sp=None, note="threshold"),
        G("4,1 konkurser", 4.1, "count", per="company", **L26, s=("konkurser", "konkurser"), sp=None, note="'per 10 000 företag'"),
        G("2,9", 2.9, "count", per="company", ctx="jämfört med [2,9] i riket", **L26, s=None, sp=None, note="one time"),
        G("1,6 konkurser", 1.6, "count", per="company", **L26, s=("Lägst konkursfrekvens", "konkursfrekvens"), sp=None),
        G("23 företagsrekonstruktioner", 23, "count", **L26, direction=DEC, s=("företagsrekonstruktioner", "företagsrekonstruktioner"), sp=None),
        G("31", 31, "count", ctx="jämfört med [31] samma", t=Y25, s=None, sp=None, note="'samma månad förra året' resolves"),
        G("287 företag", 287, "count", **L26, s=("företag", "företag"), sp=None, note="'Sedan årsskiftet'"),
        G("48 tingsrätter", 48, "count", optional=True, s=("tingsrätter", "tingsrätter"), sp=None, note="the set"),
        G("högst 3 procent", 3, "percent", bound="at_most", optional=True, s=("Siffrorna för den senaste månaden", "Siffrorna"), sp=None, note="method"),
    ]
    NEG["r37_b_konkurser_nov"] = [
        N("30 november 2026", note="Publicerad"), N("november 2026", ctx="Under [november 2026] inleddes"),
        N("november 2025", ctx="än i [november 2025], då"), N("27 november", note="cut-off date"),
        N("januari–november 2026", ctx="perioden [januari–november 2026] gick"), N("2025", ctx="period [2025]."),
        N("November 2026", note="column header"), N("November 2025", note="column header"),
        N("november 2026", ctx="bransch, [november 2026] och", note="caption"), N("november 2025", ctx="och [november 2025]. Källa", note="caption"),
        N("10 000 företag", 1, note="rate denominator"), N("10 000 företag", 2, note="rate denominator"),
        N("Tabell 1", note="table number"), N("8 januari 2027", note="next report"), N("010-447 82 15"),
    ]

    # ------------------------------------------------------------ 3. school results VT 2026 (HTML, Publicerad 14 september 2026)
    JMF = ("Johan Meyer Falk", "quote")
    MV = ("Det genomsnittliga meritvärdet", "meritvärdet")
    AKK = ("Andelen elever som nådde kunskapskraven i alla ämnen", "Andelen")
    AE = ("Andelen elever som fick lägst betyget E i matematik", "Andelen")
    AB = ("Andel elever i årskurs 9 behöriga till yrkesprogram", "Andel")
    sc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, T, T)]
    GOLD["r37_b_skolresultat_vt26"] = [
        G("86,4 procent", 86.4, "percent", t=Y26, direction=INC, s=("eleverna i årskurs 9 i Ekviks kommunala skolor", "eleverna"), sp=None, note="'Vårterminen 2026'; next sentence 'Det är 2,1 procentenheter fler'"),
        G("2,1 procentenheter", 2.1, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("84,9 procent", 84.9, "percent", **L26, s=("rikets genomsnitt", "genomsnitt"), sp=None, note="one time"),
        G("221,6", 221.6, "number", ctx="från [221,6] till", **L25, s=MV, sp=None, note="from-value"),
        G("226,3 poäng", 226.3, "number", **L26, direction=INC, s=MV, sp=None),
        G("238,9 poäng", 238.9, "number", **L26, s=("Flickorna", "Flickorna"), sp=None),
        G("214,0 poäng", 214.0, "number", **L26, s=("pojkarna", "pojkarna"), sp=None),
        G("nästan 25 poäng", 25, "number", bound="approx", **L26, s=("en skillnad", "skillnad"), sp=None, note="one time"),
        G("17", 17, "count", ctx="de [17] bästa", optional=True, s=None, sp=None, note="definition"),
        G("340 poäng", 340, "number", bound="at_most", optional=True, s=("Meritvärdet", "Meritvärdet"), sp=None, note="the scale"),
        G("76,8 procent", 76.8, "percent", **L26, direction=INC, s=AKK, sp=None),
        G("74,5 procent", 74.5, "percent", t=Y25, s=AKK, sp=None, note="from-value, 'vårterminen 2025'"),
        G("712 elever", 712, "count", **L26, direction=INC, s=("elever", "elever"), sp=None, note="'i våras'"),
        G("38", 38, "count", ctx="våras, [38] fler", **L26, direction=INC, s=("elever", "elever"), sp=None),
        *_row(G, "Björkhagaskolan", ["91,2", "88,5", "+2,7"], sc, AB, note="HTML table: 'VT 2026' / 'VT 2025' explicit, 'Förändring, procentenheter' 2026 lenient signed; rows are schools"),
        *_row(G, "Centralskolan", ["82,7", "83,9", "−1,2"], sc, AB),
        *_row(G, "Lunnaskolan", ["79,4", "73,0", "+6,4"], sc, AB),
        *_row(G, "Sjövallaskolan", ["93,5", "92,1", "+1,4"], sc, AB),
        *_row(G, "Östra skolan", ["84,0", "84,0", "0,0"], sc, AB),
        *_row(G, "Ekviks kommun totalt", ["86,4", "84,3", "+2,1"], sc, AB),
        G("6,4 procentenheter", 6.4, "percentage_point", **L26, direction=INC, s=("andelen behöriga", "andelen"), sp=None),
        G("mellan 79 och 94 procent", None, "percent", low=79, high=94, **L26, s=("skillnaderna mellan skolorna", "skillnaderna"), sp=JMF),
        G("89,1 procent", 89.1, "percent", **L26, direction=DEC, s=AE, sp=None),
        G("90,3 procent", 90.3, "percent", t=Y25, s=AE, sp=None, note="'i fjol' resolves"),
        G("95,2 procent", 95.2, "percent", **L26, s=("andelen", "andelen"), sp=None),
        G("96,0 procent", 96.0, "percent", **L26, s=None, sp=None, note="elided noun"),
        G("Knappt 6 procent", 6, "percent", bound="approx", **L26, s=("eleverna", "eleverna"), sp=None),
        G("tre eller fler ämnen", 3, "count", bound="at_least", optional=True, s=None, sp=None, note="threshold"),
        G("14 procent", 14, "percent", **L26, s=("eleverna", "eleverna"), sp=None, note="one time, against the country"),
        G("19 procent", 19, "percent", **L26, s=None, sp=None),
        G("93 procent", 93, "percent", **L26, s=("eleverna som gick ut i våras", "eleverna"), sp=None),
        G("Ungefär var femte", 0.2, "ratio", bound="approx", **L26, direction=DEC, s=("elev", "elev"), sp=None, note="against 'för fem år sedan'"),
        G("nästan var fjärde", 0.25, "ratio", bound="approx", **L21, s=None, sp=None),
        G("128 400 kronor", 128400, "SEK", per="capita", t=Y25, s=None, sp=None, note="'Kommunen lade' (payer), 'under 2025'"),
        G("drygt 4 000 kronor", 4000, "SEK", bound="approx", per="capita", **L25, s=None, sp=None, note="one time, against similar municipalities"),
        G("12,1", 12.1, "count", per="teacher", **L25, s=("Antalet elever per lärare", "Antalet"), sp=None),
        G("9,5 miljoner kronor", 9.5e6, "SEK", t=("2026", "2027"), s=("en satsning på läsning i årskurs 1–3", "satsning"), sp=("nämnden", "credited")),
    ]
    NEG["r37_b_skolresultat_vt26"] = [
        N("14 september 2026", note="Publicerad"), N("2026", ctx="Vårterminen [2026] var"),
        N("årskurs 9", ctx="eleverna i [årskurs 9] i Ekviks"), N("2025", ctx="procent vårterminen [2025]."),
        N("årskurs 9", ctx="ut [årskurs 9] i kommunens"), N("2025", ctx="fler än [2025]."),
        N("årskurs 9", ctx="elever i [årskurs 9] behöriga", note="caption"),
        N("VT 2026", note="column header"), N("VT 2025", note="column header"), N("hösten 2024"),
        N("2025", ctx="under [2025] i genomsnitt"), N("2026/27"), N("årskurs 1–3", note="name of the grades"),
        N("0586-481 22"), N("3", ctx="Rådhusgatan [3]", note="street number"), N("694 80", note="postal code"),
    ]

    # ------------------------------------------------------------ 4. rents 2027 (TT, Publicerad 19 november 2026)
    SL = ("Sara Lundkvist Ek", "quote")
    PW = ("Per-Olof Wennberg", "quote")
    GOLD["r37_b_hyror_2027"] = [
        G("runt 4 procent", 4, "percent", bound="approx", t=Y27, direction=INC, s=("Hyrorna", "Hyrorna"), sp=None, note="title, 'nästa år' resolves"),
        G("mellan 3,5 och 4,8 procent", None, "percent", low=3.5, high=4.8, t=Y27, direction=INC, s=("hyreshöjningar", "hyreshöjningar"), sp=None),
        G("4,2 procent", 4.2, "percent", **L27, direction=INC, s=("hyrorna i de kommunala bostadsbolagens lägenheter", "hyrorna"), sp=None, note="'från den 1 januari'"),
        G("75 kvadratmeter", 75, "m2", optional=True, s=None, sp=None, note="describes the flat"),
        G("9 800 kronor", 9800, "SEK", per="month", **L26, s=("en månadshyra", "månadshyra"), sp=None),
        G("drygt 410 kronor", 410, "SEK", bound="approx", per="month", **L27, direction=INC, s=None, sp=None),
        G("4,8 procent", 4.8, "percent", ctx="höjs med [4,8 procent].", **L27, direction=INC, s=("hyrorna", "hyrorna"), sp=None),
        G("3,9 procent", 3.9, "percent", ctx="en höjning på [3,9 procent] och", **L27, direction=INC, s=("en höjning", "höjning"), sp=None),
        G("4,5 procent", 4.5, "percent", ctx="parterna på [4,5 procent].", **L27, direction=INC, s=None, sp=None),
        G("5,1 procent", 5.1, "percent", t=Y26, direction=INC, s=("hyrorna", "hyrorna"), sp=None, note="'För 2026'"),
        G("6,5 procent", 6.5, "percent", t=Y25, direction=INC, s=None, sp=None),
        G("mellan 6 och 7 procent", None, "percent", low=6, high=7, **L27, direction=INC, s=("krav", "krav"), sp=SL, note="demanded rise"),
        G("under 4,5 procent", 4.5, "percent", bound="less_than", **L27, direction=INC, s=None, sp=SL),
        G("närmare 17 procent", 17, "percent", bound="approx", t=("2024", "2026"), lenient=True, direction=INC, s=("hyran", "hyran"), sp=SL, note="'Hon påpekar' keeps the quote; 'på tre år'"),
        G("omkring 30 procent", 30, "percent", bound="approx", t=("2023", "2026"), lenient=True, direction=INC, s=("Våra kostnader för räntor, el och underhåll", "kostnader"), sp=PW),
        G("3,9 procent", 3.9, "percent", ctx="En höjning på [3,9 procent] räcker", **L27, direction=INC, s=("En höjning", "höjning"), sp=PW),
        G("minst 1,2 miljarder kronor", 1.2e9, "SEK", bound="at_least", t=("2027", "2031"), lenient=True, s=None, sp=("Per-Olof Wennberg", "enligt"), note="'Enligt honom', 'de kommande fem åren'"),
        G("1 640 kronor", 1640, "SEK", per="m2", **L27, s=("En trea i Stockholms innerstad", "trea"), sp=None, note="'Även efter höjningarna'"),
        G("1 420 kronor", 1420, "SEK", per="m2", **L27, s=("motsvarande hyra", "hyra"), sp=None, note="one time"),
        G("13 procent", 13, "percent", **L27, s=None, sp=None, note="one time"),
        G("1 390 kronor", 1390, "SEK", per="m2", **L27, s=("snittet", "snittet"), sp=None),
        G("55 kvadratmeter", 55, "m2", optional=True, s=None, sp=None, note="describes the flat"),
        G("över 11 000 kronor", 11000, "SEK", bound="more_than", per="month", **L26, s=("En nybyggd tvåa", "tvåa"), sp=None),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("ett tiotal orter", 10, "count", bound="approx", **L26, s=("orter", "orter"), sp=None),
        G("Omkring 3 miljoner människor", 3e6, "count", bound="approx", **L26, s=("människor i Sverige", "människor"), sp=None),
        G("drygt 1,5 miljoner lägenheter", 1.5e6, "count", bound="approx", **L26, s=("lägenheter", "lägenheter"), sp=None),
    ]
    NEG["r37_b_hyror_2027"] = [
        N("19 november 2026", note="Publicerad"), N("2027", ctx="förhandlingar för [2027] som"),
        N("1 januari", 1, note="places the rise"), N("2026", ctx="För [2026] höjdes"), N("2025", ctx="för [2025] med"),
        N("2023", ctx="sedan [2023].", note="baseline"), N("1960-talet", note="places the building"),
        N("1 januari", 2, note="FAKTA: the usual date"),
    ]

    # ------------------------------------------------------------ 5. climate targets (UNDATED HTML, no sidecar)
    AS = ("Amanda Sjöberg Nyhlén", "quote")
    UT = ("Utsläpp av växthusgaser", "Utsläpp")
    kc = [("tonne", 1e6, None, Y90, F, F), ("tonne", 1e6, None, None, F, F), ("percent", 1, None, None, F, T)]
    GOLD["r37_b_klimatmal"] = [
        G("44,6 miljoner ton", 44.6e6, "tonne", direction=DEC, s=("Sveriges territoriella utsläpp av växthusgaser", "utsläpp"), sp=None, note="'förra året' does not resolve (undated); next sentence 'Det är 37 procent lägre än 1990'"),
        G("37 procent", 37, "percent", ctx="Det är [37 procent] lägre", direction=DEC, s=None, sp=None),
        G("drygt 71 miljoner ton", 71e6, "tonne", bound="approx", t=Y90, s=("utsläppen", "utsläppen"), sp=None),
        G("1 procent", 1, "percent", ctx="bara [1 procent].", direction=DEC, s=("utsläppen", "utsläppen"), sp=None),
        *_row(G, "Industri", ["17,7", "15,2", "−14"], kc, UT, note="HTML table, caption 'miljoner ton koldioxidekvivalenter': '1990' explicit, 'Senaste året' no period (undated), 'Förändring sedan 1990, %' no period, signed; rows are sectors"),
        *_row(G, "Inrikes transporter", ["19,9", "14,1", "−29"], kc, UT),
        *_row(G, "Jordbruk", ["7,9", "6,6", "−16"], kc, UT),
        *_row(G, "El och fjärrvärme", ["10,1", "3,9", "−61"], kc, UT),
        *_row(G, "Arbetsmaskiner", ["3,6", "2,9", "−19"], kc, UT),
        *_row(G, "Uppvärmning av bostäder och lokaler", ["9,3", "0,7", "−92"], kc, UT),
        *_row(G, "Avfall och övrigt", ["2,7", "1,2", "−56"], kc, UT),
        *_row(G, "Totalt", ["71,2", "44,6", "−37"], kc, UT),
        G("minst 85 procent", 85, "percent", bound="at_least", t=Y45, lenient=True, direction=DEC, s=("utsläppen från verksamheter på svenskt territorium", "utsläppen"), sp=None, note="'Då' = år 2045"),
        G("högst 15 procent", 15, "percent", bound="at_most", t=Y45, lenient=True, s=None, sp=None, note="'Resterande'"),
        G("minst 70 procent", 70, "percent", bound="at_least", t=(None, "2030"), lenient=True, direction=DEC, s=("utsläppen från inrikes transporter, utom inrikes flyg", "utsläppen"), sp=None, note="'Till 2030'"),
        G("14,1 miljoner ton", 14.1e6, "tonne", direction=DEC, s=("Transporternas utsläpp", "utsläpp"), sp=None, note="', vilket är 32 procent lägre än 2010'"),
        G("32 procent", 32, "percent", direction=DEC, s=None, sp=None),
        G("omkring 6 miljoner ton", 6e6, "tonne", bound="approx", direction=DEC, s=None, sp=None, note="'måste de ner till'; the sentence names no year"),
        G("två år", 2, "year", ctx="ökat [två år] i rad", s=("Utsläppen från transporterna", "Utsläppen"), sp=AS, note="a duration"),
        G("8–10 procent", None, "percent", low=8, high=10, per="year", t=(None, "2045"), lenient=True, direction=DEC, s=("de totala utsläppen", "utsläppen"), sp=AS),
        G("70 procent", 70, "percent", ctx="utsläpp med [70 procent] till 2030", t=(None, "2030"), lenient=True, direction=DEC, s=("sina utsläpp", "utsläpp"), sp=None, note="Denmark's target"),
        G("46 procent", 46, "percent", direction=DEC, s=("Danmarks utsläpp", "utsläpp"), sp=None, note="'sedan 1990': no period (undated)"),
        G("41 procent", 41, "percent", direction=DEC, s=("Finlands", "Finlands"), sp=None),
        G("omkring 4,3 ton", 4.3, "tonne", bound="approx", per="capita", s=("Sverige", "Sverige"), sp=None, note="'Per invånare ... om året'"),
        G("6,8 ton", 6.8, "tonne", per="capita", s=("Finland", "Finland"), sp=None, note="one time"),
        G("7,1 ton", 7.1, "tonne", per="capita", s=("Danmark", "Danmark"), sp=None),
        G("ungefär 8 ton", 8, "tonne", bound="approx", per="capita", s=("de konsumtionsbaserade utsläppen", "utsläppen"), sp=None),
        G("mer än fem gånger så mycket", 5, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("högst 1,5 ton", 1.5, "tonne", bound="at_most", per="capita", s=("den nivå", "nivå"), sp=("forskarna", "credited"), note="a norm, no period"),
        G("minst 75 procents", 75, "percent", bound="at_least", t=Y35, direction=DEC, s=None, sp=None, note="list of demands: 'etappmål för 2035'"),
        G("30 procent", 30, "percent", ctx="höjs till [30 procent].", direction=INC, s=("reduktionsplikten för bensin och diesel", "reduktionsplikten"), sp=None),
        G("Minst 5 miljarder kronor", 5e9, "SEK", bound="at_least", per="year", s=("energieffektivisering i industrin", "energieffektivisering"), sp=None),
    ]
    NEG["r37_b_klimatmal"] = [
        N("1990", ctx="lägre än [1990], då", note="baseline"), N("1990", ctx="Sektor [1990]", note="column header"),
        N("1990", ctx="Förändring sedan [1990], %", note="column header"), N("2045", ctx="senast år [2045] inte"),
        N("1990", ctx="lägre än [1990]. Resterande"), N("2030", ctx="Till [2030] ska"), N("2010", ctx="jämfört med [2010]. Transporternas"),
        N("2010", ctx="lägre än [2010]. För"), N("2045", ctx="målet till [2045] behöver"),
        N("2030", ctx="procent till [2030] jämfört"), N("1990", ctx="jämfört med [1990], och"), N("2035", ctx="klimatneutralt redan [2035]."),
        N("1990", ctx="sedan [1990] och"), N("2035", ctx="etappmål för [2035] med"), N("1990", ctx="minskning jämfört med [1990]."),
        N("123 456 78 90", note="Swish number"), N("4412", note="box number"), N("102 69", note="postal code"),
        N("802477-3310", note="org number"),
    ]

    # ------------------------------------------------------------ 6. district heating 2027 (sidecar 2026-10-20)
    KER = ("Karin Engdahl Roos", "quote")
    EV = ("Energipriset för vintermånaderna november–mars", "Energipriset")
    SP = ("Sommarpriset", "Sommarpriset")
    VH = ("vår- och höstpriset", "höstpriset")
    EP = ("Effektpriset", "Effektpriset")
    FK = ("Årlig fjärrvärmekostnad", "fjärrvärmekostnad")
    hc = [("SEK", 1, "year", Y26, F, F), ("SEK", 1, "year", Y27, F, F), ("SEK", 1, "year", Y27, T, T), ("percent", 1, None, Y27, T, T)]
    GOLD["r37_b_fjarrvarme_2027"] = [
        G("3,8 procent", 3.8, "percent", t=Y27, direction=INC, s=("priset på fjärrvärme", "priset"), sp=None, note="'från den 1 januari 2027'"),
        G("6,9 procent", 6.9, "percent", t=Y26, direction=INC, s=("priset", "priset"), sp=None, note="'inför 2026'"),
        G("612", 612, "SEK", per="MWh", ctx="från [612] till 648", **L26, s=EV, sp=None, note="from-value"),
        G("648 kronor", 648, "SEK", per="MWh", **L27, direction=INC, s=EV, sp=None),
        G("248", 248, "SEK", per="MWh", ctx="från [248] till 236", **L26, s=SP, sp=None),
        G("236 kronor", 236, "SEK", per="MWh", **L27, direction=DEC, s=SP, sp=None),
        G("14 kronor", 14, "SEK", per="MWh", **L27, direction=INC, s=VH, sp=None),
        G("431 kronor", 431, "SEK", per="MWh", **L27, direction=INC, s=VH, sp=None),
        G("40 kronor", 40, "SEK", per="kW", **L27, direction=INC, s=EP, sp=None),
        G("1 120 kronor", 1120, "SEK", per="kW", **L27, direction=INC, s=EP, sp=None, note="'per kW och år'"),
        G("2 400 kronor", 2400, "SEK", per="year", **L27, s=("Den fasta avgiften för villor och radhus", "avgiften"), sp=None, note="'oförändrad': no change"),
        G("20 MWh", 20, "MWh", per="year", ctx="Villa, [20 MWh] per år", optional=True, s=None, sp=None, note="defines the customer type"),
        G("15 MWh", 15, "MWh", per="year", optional=True, s=None, sp=None),
        G("193 MWh", 193, "MWh", per="year", optional=True, s=None, sp=None),
        G("400 MWh", 400, "MWh", per="year", optional=True, s=None, sp=None),
        *_row(G, "Villa, 20 MWh per år", ["18 960", "19 620", "+660", "+3,5"], hc, FK, note="table 'Årlig fjärrvärmekostnad per kundtyp, kronor inklusive moms': '2026' / '2027' explicit, change columns 2027 lenient signed"),
        *_row(G, "Radhus, 15 MWh per år", ["14 880", "15 390", "+510", "+3,4"], hc, FK),
        *_row(G, "Flerbostadshus, 193 MWh per år", ["173 800", "180 600", "+6 800", "+3,9"], hc, FK),
        *_row(G, "Lokal, 400 MWh per år", ["352 400", "366 900", "+14 500", "+4,1"], hc, FK),
        G("20 MWh", 20, "MWh", per="year", ctx="årsförbrukning på [20 MWh] får", optional=True, s=None, sp=None, note="defines the example"),
        G("55 kronor", 55, "SEK", per="month", **L27, direction=INC, s=None, sp=None, note="payer"),
        G("981 kronor", 981, "SEK", per="MWh", **L27, s=("ett genomsnittspris", "genomsnittspris"), sp=None),
        G("1 034 kronor", 1034, "SEK", per="MWh", **L27, s=("genomsnitt för landets fjärrvärmeföretag", "genomsnitt"), sp=("branschens senaste prisjämförelse", "enligt"), note="one time"),
        G("plats 64", 64, "ordinal", **L27, s=("Vallbo Energi", "Energi"), sp=None),
        G("286 företag", 286, "count", optional=True, s=("företag", "företag"), sp=None, note="the set"),
        G("omkring 12 procent", 12, "percent", bound="approx", t=("2025", "2026"), lenient=True, direction=INC, s=("biobränsle", "biobränsle"), sp=None, note="'sedan förra hösten'"),
        G("340 miljoner kronor", 340e6, "SEK", t=("2026", "2028"), s=("investeringar", "investeringar"), sp=None),
        G("cirka 95 GWh", 95, "GWh", bound="approx", per="year", s=("el", "el"), sp=None),
        G("210 GWh", 210, "GWh", per="year", s=("värme", "värme"), sp=None),
        G("omkring 15 procent", 15, "percent", bound="approx", **L26, s=None, sp=KER, note="payers; one time against the county"),
        G("97 procent", 97, "percent", t=Y25, s=("Andelen förnybart och återvunnet bränsle i produktionen", "Andelen"), sp=None),
        G("412 kilometer", 412, "km", **L26, s=("Fjärrvärmenätet", "Fjärrvärmenätet"), sp=None),
        G("omkring 8 600 kunder", 8600, "count", bound="approx", **L26, s=("kunder", "kunder"), sp=None),
        G("knappt 6 000 villor", 6000, "count", bound="approx", **L26, s=("villor", "villor"), sp=None),
        G("tre år", 3, "year", ctx="Fast pris i [tre år]", optional=True, s=None, sp=None, note="defines the contract (heading)"),
        G("2 procent", 2, "percent", ctx="ligger [2 procent] under", **L27, s=("ett pris", "pris"), sp=None, note="one time"),
    ]
    NEG["r37_b_fjarrvarme_2027"] = [
        N("1 januari 2027", 1, note="title"), N("1 januari 2027", 2, note="places the rise"), N("2026", ctx="inför [2026]."),
        N("2026", ctx="Kundtyp [2026]", note="column header"), N("2027", ctx="2026 [2027] Förändring", note="column header"),
        N("2026–2028", note="places the investment"), N("Tabell 1", note="table number"), N("2027", ctx="rörliga priset för [2027].", note="places the price"), N("15 december", note="deadline"),
        N("0240-158 00"), N("8–16", note="opening hours"),
    ]

    # ------------------------------------------------------------ 7. airline traffic October 2026 (Markdown, dateline 9 november 2026)
    TLB = ("Tomas Lindeborg", "quote")
    PA = ("passagerare", "passagerare")
    ac = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), ("percent", 1, None, Y26, T, T),
                        (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    KAB = ("Kabinfaktor", "Kabinfaktor")
    GOLD["r37_b_flyg_okt"] = [
        G("1 284 000 passagerare", 1284000, "count", t=Y26, direction=INC, s=PA, sp=None, note="'i oktober 2026'"),
        G("5,3 procent", 5.3, "percent", ctx="en ökning med [5,3 procent] jämfört", **L26, direction=INC, s=PA, sp=None),
        G("78,4 procent", 78.4, "percent", **L26, direction=INC, s=("Kabinfaktorn", "Kabinfaktorn"), sp=None),
        G("1,6 procentenheter", 1.6, "percentage_point", **L26, direction=INC, s=None, sp=None),
        G("3,1 procent", 3.1, "percent", ctx="ökade med [3,1 procent] till", **L26, direction=INC, s=("Kapaciteten", "Kapaciteten"), sp=None),
        G("2 215 miljoner", 2215e6, "count", **L26, direction=INC, s=("Kapaciteten", "Kapaciteten"), sp=None),
        G("5,2 procent", 5.2, "percent", ctx="ökade med [5,2 procent] till", **L26, direction=INC, s=("Den betalda trafiken", "trafiken"), sp=None),
        G("1 737 miljoner", 1737e6, "count", **L26, direction=INC, s=("Den betalda trafiken", "trafiken"), sp=None),
        *_row(G, "| Passagerare, tusental", ["1 284", "1 219", "+5,3 %", "13 905", "13 412", "+3,7 %"], ac("count", 1e3), ("Passagerare", "Passagerare"), sep=" | ", note="Markdown table: 'Oktober 2026' / 'Oktober 2025' / 'Jan–okt 2026' / 'Jan–okt 2025' explicit, both 'Förändring' columns 2026 lenient signed"),
        *_row(G, "| ASK, miljoner", ["2 215", "2 148", "+3,1 %", "23 640", "22 980", "+2,9 %"], ac("count", 1e6), ("ASK", "ASK"), sep=" | "),
        *_row(G, "| RPK, miljoner", ["1 737", "1 651", "+5,2 %", "19 150", "18 190", "+5,3 %"], ac("count", 1e6), ("RPK", "RPK"), sep=" | "),
        G("78,4", 78.4, "percent", ctx="| Kabinfaktor, % | [78,4]", t=Y26, s=KAB, sp=None),
        G("76,8", 76.8, "percent", ctx="| Kabinfaktor, % | 78,4 | [76,8]", t=Y25, s=KAB, sp=None),
        G("+1,6 p.e.", 1.6, "percentage_point", **L26, direction=INC, s=KAB, sp=None),
        G("81,0", 81.0, "percent", ctx="+1,6 p.e. | [81,0]", t=Y26, s=KAB, sp=None),
        G("79,2", 79.2, "percent", ctx="+1,6 p.e. | 81,0 | [79,2]", t=Y25, s=KAB, sp=None),
        G("+1,8 p.e.", 1.8, "percentage_point", **L26, direction=INC, s=KAB, sp=None),
        *_row(G, "| Antal flygningar", ["11 630", "11 480", "+1,3 %", "121 900", "120 400", "+1,2 %"], ac("count", 1), ("Antal flygningar", "Antal"), sep=" | "),
        G("402 000 passagerare", 402000, "count", **L26, direction=DEC, s=PA, sp=None),
        G("2 procent", 2, "percent", ctx="passagerare, [2 procent] färre", **L26, direction=DEC, s=PA, sp=None, note="apposition"),
        G("8,6 procent", 8.6, "percent", **L26, direction=INC, s=("utrikestrafiken", "utrikestrafiken"), sp=None),
        G("882 000 passagerare", 882000, "count", **L26, direction=INC, s=("utrikestrafiken", "utrikestrafiken"), sp=None),
        G("över 90 procent", 90, "percent", bound="more_than", **L26, s=("en kabinfaktor", "kabinfaktor"), sp=None),
        G("högst 15 minuter", 15, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition"),
        G("84,7 procent", 84.7, "percent", **L26, direction=INC, s=("Punktligheten", "Punktligheten"), sp=None),
        G("81,9 procent", 81.9, "percent", t=Y25, s=("Punktligheten", "Punktligheten"), sp=None, note="'i oktober förra året' resolves"),
        G("99,2 procent", 99.2, "percent", **L26, s=("Regulariteten", "Regulariteten"), sp=None),
        G("cirka 6 procent", 6, "percent", bound="approx", **L26, direction=INC, s=("bokningsläget inför vintern", "bokningsläget"), sp=TLB),
        G("knappt 20 procent", 20, "percent", bound="approx", **L26, direction=DEC, s=None, sp=TLB, note="'under nivån före pandemin': an earlier point"),
        G("2,4 procent", 2.4, "percent", **L26, direction=DEC, s=("Koldioxidutsläppen per passagerarkilometer", "Koldioxidutsläppen"), sp=None),
        G("71 gram", 71, "g", per="km", **L26, direction=DEC, s=("Koldioxidutsläppen per passagerarkilometer", "Koldioxidutsläppen"), sp=None, note="per passagerarkilometer"),
        G("3,5 procent", 3.5, "percent", **L26, s=("Andelen förnybart flygbränsle", "Andelen"), sp=None),
        G("minst 10 procent", 10, "percent", bound="at_least", t=Y30, s=("andelen", "andelen"), sp=("bolagets plan", "enligt")),
        G("46 flygplan", 46, "count", **L26, s=("Flottan", "Flottan"), sp=None),
        G("9,8 år", 9.8, "year", **L26, s=("en genomsnittlig ålder", "ålder"), sp=None),
        G("två", 2, "count", ctx="ytterligare [två] Airbus", **L26, direction=INC, s=("Airbus A320neo", "Airbus"), sp=None, note="'Under november'"),
    ]
    NEG["r37_b_flyg_okt"] = [
        N("oktober 2026", 1, note="title"), N("9 november 2026", note="dateline"),
        N("oktober 2026", ctx="i [oktober 2026], en"), N("oktober 2025", ctx="med [oktober 2025]. Kabinfaktorn"),
        N("Oktober 2026", note="column header"), N("Oktober 2025", note="column header"),
        N("Jan–okt 2026", note="column header"), N("Jan–okt 2025", note="column header"),
        N("A320neo", note="aircraft type"), N("2030", ctx="procent år [2030]."),
        N("8 december 2026", note="next report"), N("07.30", note="time of day"), N("08-797 31 00"),
    ]

    # ------------------------------------------------------------ 8. museums 2025 (Publicerad 12 februari 2026)
    IPA = ("Ingrid Palm Åhlén", "quote")
    AB8 = ("Antal besök", "Antal")
    mc = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T)]
    SK = ("Antalet skolklasser som besökte museerna", "Antalet")
    BI = ("Biljettintäkterna", "Biljettintäkterna")
    BK = ("Butikerna och kaféerna", "Butikerna")
    GOLD["r37_b_museer_2025"] = [
        G("fyra", 4, "count", ctx="Ålstads [fyra] kommunala", optional=True, s=("kommunala museer", "museer"), sp=None, note="the set"),
        G("612 400 besök", 612400, "count", t=Y25, direction=INC, s=("besök", "besök"), sp=None, note="'under 2025', ', vilket är 9 procent fler'"),
        G("9 procent", 9, "percent", ctx="vilket är [9 procent] fler", **L25, direction=INC, s=None, sp=None),
        *_row(G, "Stadsmuseet", ["241 300", "219 800", "+9,8"], mc, AB8, note="table 'Antal besök per museum': '2025' / '2024' explicit, 'Förändring, %' 2025 lenient signed; rows are museums"),
        *_row(G, "Konsthallen Kvarnen", ["168 900", "142 600", "+18,4"], mc, AB8),
        *_row(G, "Sjöfartsmuseet", ["121 700", "128 300", "−5,1"], mc, AB8),
        *_row(G, "Skolmuseet Gamla Lyceum", ["80 500", "71 200", "+13,1"], mc, AB8),
        *_row(G, "Totalt", ["612 400", "561 900", "+9,0"], mc, AB8),
        G("drygt 64 000 besökare", 64000, "count", bound="approx", **L25, s=("utställningen ”Ljus över vatten”", "utställningen"), sp=None),
        G("sju veckor", 7, "week", **L25, s=None, sp=None, note="'under våren'"),
        G("2 140", 2140, "count", **L25, direction=INC, s=SK, sp=None),
        G("1 870", 1870, "count", **L24, s=SK, sp=None, note="from-value, 'året innan'"),
        G("drygt 41 000 elever", 41000, "count", bound="approx", **L25, s=("elever", "elever"), sp=None),
        G("786 stycken", 786, "count", **L25, s=("flest klasser", "klasser"), sp=None),
        G("under 20 år", 20, "year", bound="less_than", occ=1, optional=True, s=None, sp=None, note="age band"),
        G("22", 22, "percent", ctx="från [22] till 27", **L20, s=("Andelen besökare under 20 år", "Andelen"), sp=IPA, note="from-value, 'på fem år'"),
        G("27 procent", 27, "percent", **L25, direction=INC, s=("Andelen besökare under 20 år", "Andelen"), sp=IPA),
        G("14,2 miljoner kronor", 14.2e6, "SEK", **L25, s=BI, sp=None),
        G("12,6", 12.6e6, "SEK", ctx="kronor ([12,6])", **L24, s=BI, sp=None, note="bracket: 'Siffror inom parentes avser 2024'"),
        G("9,8 miljoner kronor", 9.8e6, "SEK", **L25, s=BK, sp=None),
        G("8,9", 8.9e6, "SEK", ctx="kronor ([8,9])", **L24, s=BK, sp=None),
        G("120 kronor", 120, "SEK", **L26, s=("Entrén", "Entrén"), sp=None, note="present tense"),
        G("under 20 år", 20, "year", bound="less_than", occ=2, optional=True, s=None, sp=None, note="age band"),
        G("58 procent", 58, "percent", **L25, s=("besöken", "besöken"), sp=None),
        G("61", 61, "percent", ctx="avgiftsfria ([61])", **L24, s=("besöken", "besöken"), sp=None),
        G("86,5 miljoner kronor", 86.5e6, "SEK", **L25, s=("Kommunens nettokostnad för museerna", "nettokostnad"), sp=None),
        G("141 kronor", 141, "SEK", per="visit", **L25, s=("Kommunens nettokostnad för museerna", "nettokostnad"), sp=None, note="apposition 'eller'"),
        G("4,1 museibesök", 4.1, "count", per="capita", **L25, s=("museibesök", "museibesök"), sp=None),
        G("2,6 besök", 2.6, "count", per="capita", **L25, s=("besök", "besök"), sp=None, note="one time"),
        G("44 procent", 44, "percent", **L25, s=("Andelen besökare som kom från andra kommuner", "Andelen"), sp=("museernas enkätundersökning", "enligt")),
        G("3 200 svar", 3200, "count", optional=True, s=("svar", "svar"), sp=None, note="sample"),
        G("1 320 programpunkter", 1320, "count", **L25, s=("programpunkter", "programpunkter"), sp=None),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L25, s=("programpunkter", "programpunkter"), sp=None, note="'varav'"),
        G("omkring 2 500 deltagare", 2500, "count", bound="approx", **L25, s=("deltagare", "deltagare"), sp=None),
        G("tre kvällar", 3, "count", **L25, s=("kvällar", "kvällar"), sp=None),
        G("mellan 580 000 och 620 000 besök", None, "count", low=580000, high=620000, t=Y26, s=("besök", "besök"), sp=("kulturförvaltningen", "credited")),
        G("tre månader", 3, "month", **L26, s=None, sp=None, note="'under hösten'"),
    ]
    NEG["r37_b_museer_2025"] = [
        N("2025", ctx="besöksstatistik [2025]", note="title"), N("12 februari 2026", note="Publicerad"),
        N("2025", ctx="under [2025] emot"), N("1998", note="places the series start"), N("Tabell 1", note="table number"), N("2024", ctx="avser [2024].", note="bracket note"),
        N("2025", ctx="Museum [2025]", note="column header"), N("2024", ctx="2025 [2024] Förändring", note="column header"),
        N("2026", ctx="Prognos för [2026]", note="heading"), N("2026", ctx="Under [2026] räknar"),
        N("0472-614 05"), N("9", ctx="Slottsgatan [9],", note="street number"), N("352 31", note="postal code"),
    ]
    return GOLD, NEG
