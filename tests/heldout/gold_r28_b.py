"""Round 28, part B (r28_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 28, part B (r28_b_*): eight kinds, written from scratch (r28_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an engineering company's interim report
# January-September 2026 (dateline 'Västerås, 23 oktober 2026'; 'Siffror inom parentes avser motsvarande period
# 2025'; en-dash bullets under 'TREDJE KVARTALET' and 'NIO MÅNADER' with brackets; 'minskade till', 'stärktes till',
# 'förbättrades till'; a 'VD HAR ORDET' paragraph ending in 'säger vd'; a plain-text table 'KONCERNEN I SAMMANDRAG
# (Mkr)' 'Kv 3 2026' / 'Kv 3 2025' / '9 mån 2026' / '9 mån 2025'), a restaurant-sales release for October 2026
# ('Publicerad 20 november 2026'; värde and volym, 'mer än i oktober förra året', 'landade ökningen på', 'hamnade ...
# under fjolårets nivå'; a plain-text table 'Försäljning per bransch, oktober 2026' / 'Förändring mot oktober 2025,
# procent' 'Mdkr' / 'Värde' / 'Volym'; a range forecast '4 till 5 procent'), a region's emergency-room and ambulance
# report for May-August 2026 (Markdown, 'Publicerad 22 september 2026'; minutes, 'andel inom en timme', targets
# 'högst 180 minuter' / 'minst 90 procent', 'kortades från ... till'; a Markdown table by hospital with a change
# column 'Förändring mot 2025, min'), a municipality's energy and climate account for 2025 ('Publicerad 4 juni 2026';
# MWh, ton koldioxid, procent förnybart against the base year 2012 and the target year 2030; 'per mil'; a plain-text
# table '2012' / '2024' / '2025' / 'Mål 2030' with a '<500' cell), an UNDATED party page on schools (no date, no
# sidecar; PISA points, 'senast 2030', 'kronor per elev och år', 'en kurator på 420 elever', Finland / Norway /
# Denmark), a weekly housing-market notice for week 46 dated only by its sidecar (2025-11-17; 'kronor per
# kvadratmeter', 'veckan innan', 'samma vecka i fjol', 'för ett år sedan'; a plain-text table 'Vecka 46 i siffror'
# 'Sålda' / 'Kr/kvm' / 'Förändring v/v, %' / 'Förändring år/år, %'), a municipality's HTML page on new prices at the
# swimming hall and sports hall from 1 February 2026 (cookie banner, menu, breadcrumb, footer; 'Publicerad 3 december
# 2025'; an HTML table 'Priser i Forsbybadet, kronor' 'Nuvarande pris' / 'Från 1 februari' / 'Höjning, %') and a
# housing cooperative's annual report for 2025 (signed 'Gävle den 18 mars 2026'; lägenheter, avgift per månad and per
# kvadratmeter, a loss against last year's loss, underhåll, lån; a plain-text table 'Flerårsöversikt' '2025' / '2024'
# / '2023' / '2022' with 'tkr' and 'kr/kvm' rows).
# The r8-r27 decisions are followed (see the headers of gold_r26_a.py, gold_r27_a.py and gold_r27_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'för ett år sedan', 'hittills i år')
# resolves against the publication date and is not lenient; a month, quarter, tertial or week without a year, a
# heading's, a caption's or the document's period, present tense, 'I dag', 'året innan', 'året före', 'ett år
# tidigare', 'veckan innan' are lenient; a level followed by ', jämfört med', ', mot', ', att jämföra med', ', X
# fler/färre', ', en ökning/minskning/höjning med', 'Det var/är X mer/mindre' is the new value after a change;
# from-values have no direction; comparisons at one time (between countries, regions, a target) have no direction;
# multipliers are optional; thresholds and definitions of an example are optional, targets, forecasts and promises
# required; table cells take their column headers' periods (a caption's or heading's period lenient), change columns
# without a named span take the current period lenient and their direction from the sign; rows that are categories
# take the caption's or the column's measure as subject, rows that are measures their own label; 'per månad' / 'i
# månaden' per="month", 'per år' / 'om året' per="year", 'per kvadratmeter' (and '... per år' after it) per="m2",
# 'per elev och år' per="capita", 'per timme' per="hour", 'i veckan' per="week", 'per aktie' per="share", 'per mil'
# as per="km" with the value divided by 10 (r16/r27); 'vilket' / 'Det' / 'varav' / elided nouns / pronouns have s
# None; the payer, the holder and the actor are no subject; 'X svarade för Y' takes X; a paragraph or quote ending in
# 'säger ...' credits every figure in it; a party's first-person proposals and its numbered list of promises are the
# publisher's, the rest of its page plain reporting; the UNDATED text has no period except where a year is written
# out; number words that state a quantity of their own are annotated as in r27_b.
# Where those were silent, decided here:
# - Engineering Q3 (dateline 2026-10-23): the bracket note names the year ('motsvarande period 2025'), so brackets
#   are 2025 explicit (r26), while the bullets under 'TREDJE KVARTALET' / 'NIO MÅNADER' (no year) are 2026 lenient.
#   'minskade till' decrease, 'stärktes till' / 'steg med ... till' / 'förbättrades till' increase, 'uppgick till',
#   'blev', 'var' no change. In the CEO paragraph (quote): 'Organiskt föll orderingången med 7 procent' decrease,
#   'valutaomräkningen drog ned den med ytterligare 1 procentenhet' percentage_point, decrease, s None (pronoun
#   'den'); 'lagret krympt med 94 Mkr sedan halvårsskiftet' decrease, 2026 lenient; the savings 'cirka 40 Mkr per år
#   från och med 2027' a forecast, 2027 explicit. '2 148, jämfört med 2 203 ett år tidigare' (2 148 decrease, 2 203
#   2025 lenient). '1,6 gånger rörelseresultatet' a leverage multiple (number, required as r27_a's '1,9 gånger'),
#   s None. Table: 'Kv 3 2026' / '9 mån 2026' etc. explicit at year grain; '(Mkr)' scales the money rows; the margin
#   row carries '%'.
# - Restaurant sales (published 2026-11-20): 'i oktober' 2026 lenient. 'försäljning ... 6,84 miljarder kronor' is
#   increase because the next sentence states 'Det var 3,9 procent mer än i oktober förra året' (r27's 'Det är X
#   färre'); 'landade ökningen på 0,7 procent' takes 'ökningen', increase; 'menypriserna ... 3,2 procent högre än ett
#   år tidigare' increase (an earlier point). 'Under årets första tio månader' 2026 lenient; 'plus 0,2 procent' for a
#   volume 'i stort sett oförändrad' is still a stated (small) increase. 'ett lyft i värde med 4,1 procent' takes
#   'lyft' (the chains are the holder). 'hamnade 5,6 procent under fjolårets nivå' decrease (an earlier point).
#   Table: the caption 'oktober 2026' gives 2026 lenient to every cell; 'Mdkr' scales by 1e9; the change columns
#   'Värde' / 'Volym' under 'Förändring mot oktober 2025, procent' are signed; rows are branches (categories): s the
#   caption's 'Försäljning'. 'omkring 171 000, vilket är cirka 2 500 färre' both decrease. 'Snittnotan för en lunch
#   låg på 138 kronor, 6 kronor dyrare än i fjol' both increase, per None. 'Var fjärde krog' ratio 0.25 in a quote.
#   The forecast '4 till 5 procent' is a range (low 4, high 5), 2026 explicit ('för helåret 2026'), increase, credited
#   to 'Branschrådet' ('bedömer att'), as r27's board decisions; the publisher's own forecast is still credited
#   because the verb names the organisation.
# - Emergency care (Markdown, published 2026-09-22): the title's 'maj–augusti 2026' and 'andra tertialet' make the
#   period's figures 2026 lenient; 'samma tertial 2025' places a comparison (N). '221 minuter' decrease (next
#   sentence 'Det är 12 minuter kortare än för ett år sedan'). Targets without a year ('regionens mål på högst 180
#   minuter', 'minst 90 procent', '75 procent ... inom 20 minuter') are 2026 lenient (the period they are measured
#   against), required, no direction; 'inom 20 minuter' and 'inom en timme' are the targets' thresholds: at_most, optional. 'klarade regionen
#   71 procent' s None (the region is the holder); '68 procent i fjol' 2025 explicit. 'kortades från 58 till 51
#   minuter': 58 the from-value (2025 lenient: the same period last year, not named), 51 decrease. Table rows are
#   hospitals (categories): each column's own header is the subject ('Besök', 'Median till läkare', 'Andel inom 1
#   timme', 'Median total vistelsetid', 'Förändring mot 2025'); the change column is signed, 2026 lenient; '1 timme'
#   in the header is N. '14 nya vårdplatser' increase (an addition, as r27's 'ytterligare 12 utredare'). 'oförändrat
#   mot förra året' states no change (no direction). The allocation '18 miljoner kronor ... från januari 2027' 2027
#   explicit, s the goal of the money ('en extra ambulans'). 'fyra akutmottagningar' is a count of the region's
#   units (optional: it describes the setting).
# - Energy and climate 2025 (published 2026-06-04): 'under 2025' explicit; unmarked figures and present tense 2025
#   lenient (the account's year, not the publication year). 'basåret 2012, då förbrukningen var' 2012 explicit; the
#   target 'en minskning med 30 procent till 2030' 2030 explicit, decrease (a noun of change), s 'Målet'. 'Jämfört med
#   2012 ... då var de 9 150 ton' 2012 explicit, s None (pronoun). 'understiga 500 ton' less_than, 2030 explicit
#   ('senast 2030 ... då'). '88 procent (84 procent 2024)' bracket 2024 explicit. 'Av dem går 131 på el, 46 på
#   biogas' s None (pronoun 'dem'). 'har stigit från 38 till 62 procent på två år': 38 the from-value 2023 lenient,
#   62 2025 lenient increase. 'Bränslekostnaden per mil blev 4,10 kronor, mot 7,85 kronor för fem år sedan':
#   per="km", values /10; 'för fem år sedan' counted from the account's year: 2020 lenient. '2 940 MWh, en fördubbling
#   sedan 2022' increase. 'målet om 115 kWh per kvadratmeter 2030' 2030 explicit. Table: '2012' / '2024' / '2025' /
#   'Mål 2030' explicit; the cell '<500' is less_than (the '<' sets the bound). The closing sentence ('skriver
#   förvaltningen': the publisher itself, plain reporting, sp None): 'omkring 9 miljoner kronor per år' the
#   from-value (2025 lenient), 'minst 15 miljoner kronor per år' at_least, increase, ('2026', '2030') lenient (the
#   years up to the target).
# - Party page on schools (UNDATED): no period except 'senast 2030' / 'till 2028' (explicit). PISA '487 poäng' unit
#   number, s None (the scorers are no subject, r20); '23 poäng lägre än Estland' a gap between countries.
#   'Var femte elev' ratio 0.2. 'Ingen klass ... ska ha fler än 20 elever' is a cap: at_most (negated 'fler än', as
#   r27's 'inte ... mer än'), s 'klass'. The list items are the publisher's promises (sp the party, publisher); the
#   'I dag' facts inside them plain reporting. 'minst två timmar i veckan' hour, at_least, per="week". 'En lärare i
#   Finland undervisar ... 677 timmar per år, en svensk lärare 740 timmar' per year both (carried), comparison between
#   countries. 'en kurator på 420 elever' count per="counsellor" (r20's per="teacher"), s None (the pupils are
#   counted, the counsellor is the denominator), and 'högst 250 elever per kurator' at_most the same way. 'ungefär 1
#   800 nya tjänster' increase (new posts). 'tio års erfarenhet' defines the example (optional, year). '12 procent
#   mindre än i Danmark' a comparison between countries (no direction), s None ('Det'). 'öka med minst 3,5 procent
#   per år under de kommande fem åren' at_least, increase, per year; 'fem åren' is left out (a span with no year).
#   'inkomster över 80 000 kronor i månaden' a threshold: optional, more_than.
# - Housing week 46 (sidecar 2025-11-17): 'Under veckan', 'veckan innan', 'föregående vecka', the table 'Vecka 46 i
#   siffror' are 2025 lenient; 'för ett år sedan' resolves to 2024 explicit. '1 284 ..., 97 färre än veckan innan'
#   both decrease. 'var antalet ... 6 procent högre' increase (an earlier point). 'På ett år har kvadratmeterpriset
#   klättrat 3,1 procent' 2025 lenient increase. 'backade ... och stannade på 43 650' decrease. 'steg
#   kvadratmeterpriset med 0,3 procent till 27 300 kronor' both increase, 'kronor' after 'kvadratmeterpriset' per m2.
#   'där gick 271 bostadsrätter till nya ägare' count. '27 dagar, jämfört med 22 dagar' unit day. 'ligger kvar på 2,74
#   procent' no change. The analyst's '4,2 budgivare per såld lägenhet' ('I snitt': no bound) per="flat", quote, s
#   None ('det var'). Table rows are regions (categories) and the caption names no measure: each column's own header
#   is the subject ('Sålda', 'Kr/kvm', 'Förändring v/v', 'Förändring år/år'); change columns signed.
# - Swimming hall (HTML, published 2025-12-03): the heading's 'från 1 februari 2026' makes the new prices 2026
#   lenient; 'i dag' / 'Nuvarande pris' 2025 lenient (the price in force). Single entries have per None (a visit
#   price is the price of one ticket, r21). 'Barn och ungdomar 3–17 år betalar 50 kronor' s None (the payer);
#   '3–17 år' / '3 år' are age bands (N). 'två vuxna och upp till tre barn' defines the family ticket (optional).
#   'ökat med 14 procent sedan 2023' ('2023', '2025') lenient increase. 'Avgifterna täcker ... ungefär 38 procent av
#   driftkostnaden' takes 'Avgifterna' (X is predicated of it); 'driftkostnaden, som är 21,6 miljoner kronor per år'
#   takes 'driftkostnaden' (a relative clause names its noun). The goal 'öka till 40 procent' increase, 2026 lenient.
#   'oförändrad, 120 kronor per timme' no direction. 'hittills i år' resolves to 2025 explicit. HTML table: the column
#   'Från 1 februari' 2026 lenient, 'Nuvarande pris' 2025 lenient, 'Höjning, %' 2026 lenient increase (its meaning);
#   rows are tickets: s the row label. 'Klippkort vuxen, tio bad' names the card (the 'tio' is part of the name, left
#   out).
# - Housing cooperative 2025 (signed 2026-03-18): unmarked figures, 'Under året' and present tense 2025 lenient;
#   'året före' / 'året innan' 2024 lenient. 'höjdes den 1 januari 2025 med 8 procent' 2025 explicit; 'blev därmed 4
#   710 kronor per månad' increase (a new value after the rise). 'avgiften per kvadratmeter boarea uppgick till 814
#   kronor per år (754 kronor 2024)' per="m2" (r15: one denominator), 814 increase (bracket). 'en förlust på 312 000
#   kronor, att jämföra med en förlust på 1,28 miljoner kronor 2024': the value as written (positive), s 'förlust',
#   decrease (the loss shrank); in the table the results are written with a minus sign ('−312'): negative values, no
#   direction. 'ytterligare en höjning med 5 procent från den 1 januari 2026' 2026 explicit, increase, credited to
#   'Styrelsen'. 'Enligt underhållsplanen behövs i genomsnitt 2,4 miljoner kronor per år de kommande trettio åren':
#   speaker the plan (enligt), s None, ('2026', '2055') lenient; 'trettio åren' is left out (a span). 'amorterades 600
#   000 kronor' decrease. 'Hälften av lånen' ratio 0.5 takes Y. Table: year columns explicit; 'tkr' scales by 1 000;
#   'kr/kvm boarea' / 'kr/kvm' per="m2"; rows are measures.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods and digits,
#   years and dates that only place a claim, a target or a comparison, week numbers, next-release dates, age bands,
#   list numbering, class ranges ('årskurs 1–3'), priority codes ('prio 1'), property designations ('Tallen 7'),
#   phone numbers, street numbers, postal codes, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'sjätte kvartalet i rad',
#   'tredje kvartalet', 'nio månader', 'niomånadersperioden', 'halvårsskiftet', 'första tio månader', 'femte månaden i
#   rad', 'andra tertialet', 'första läkarbedömning', 'på två år', 'för fem år sedan', 'de tre
#   storstadsregionerna', 'andra veckan i rad', 'tremånaderslån', 'femtonåringar', 'de kommande fem åren', 'tio bad',
#   'trettio åren', 'hus B'.
# - Multipliers in words ('fördubblades', 'mer än halverats', 'en fördubbling', 'halvera') are optional (r26/r27),
#   with the span the sentence names ('Jämfört med 2012' -> ('2012', '2025'), 'sedan 2022' -> ('2022', '2025')).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2012", "2020", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L23 = dict(t=Y["2023"], lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. engineering company, interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet (EBITA)", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RMN = ("Rörelsemarginalen", "Rörelsemarginalen")
    KF = ("Kassaflödet från rörelsen", "Kassaflödet")
    RA = ("Resultat per aktie", "Resultat")
    HA = ("Henrik Asplund", "quote")
    AN = ("Antalet anställda", "Antalet")
    sq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r28_b_verkstad_q3"] = [
        G("1 412", 1412e6, "SEK", ctx="till [1 412] (1 538)", **L26, direction=DEC, s=OI, sp=None, note="bullets under 'TREDJE KVARTALET' (no year): 2026 lenient; 'minskade till'"),
        G("1 538", 1538e6, "SEK", ctx="1 412 ([1 538]) Mkr", t=Y25, s=OI, sp=None, note="bracket: 'motsvarande period 2025' names the year"),
        G("1 655", 1655e6, "SEK", ctx="till [1 655] (1 602)", **L26, s=NO, sp=None, note="'uppgick till': no change stated"),
        G("1 602", 1602e6, "SEK", ctx="1 655 ([1 602]) Mkr", t=Y25, s=NO, sp=None),
        G("171", 171e6, "SEK", ctx="blev [171] (149)", **L26, s=RR, sp=None),
        G("149", 149e6, "SEK", ctx="171 ([149]) Mkr", t=Y25, s=RR, sp=None),
        G("10,3", 10.3, "percent", ctx="på [10,3] (9,3)", **L26, s=RM, sp=None),
        G("9,3", 9.3, "percent", ctx="10,3 ([9,3]) procent", t=Y25, s=RM, sp=None),
        G("236", 236e6, "SEK", ctx="till [236] (118)", **L26, direction=INC, s=KF, sp=None, note="'stärktes till'"),
        G("118", 118e6, "SEK", ctx="236 ([118]) Mkr", t=Y25, s=KF, sp=None),
        G("2,07", 2.07, "SEK", per="share", **L26, s=RA, sp=None),
        G("1,74", 1.74, "SEK", per="share", t=Y25, s=RA, sp=None),
        G("4 procent", 4, "percent", **L26, direction=INC, s=OI, sp=None, note="'NIO MÅNADER'"),
        G("4 690", 4690e6, "SEK", ctx="till [4 690] (4 509)", **L26, direction=INC, s=OI, sp=None),
        G("4 509", 4509e6, "SEK", ctx="4 690 ([4 509]) Mkr", t=Y25, s=OI, sp=None),
        G("4 932", 4932e6, "SEK", ctx="till [4 932] (4 874)", **L26, s=NO, sp=None),
        G("4 874", 4874e6, "SEK", ctx="4 932 ([4 874]) Mkr", t=Y25, s=NO, sp=None),
        G("9,8", 9.8, "percent", ctx="till [9,8] (8,6)", **L26, direction=INC, s=RMN, sp=None, note="'förbättrades till'"),
        G("8,6", 8.6, "percent", ctx="9,8 ([8,6]) procent", t=Y25, s=RMN, sp=None),
        G("402", 402e6, "SEK", ctx="var [402] (297)", **L26, s=KF, sp=None),
        G("297", 297e6, "SEK", ctx="402 ([297]) Mkr", t=Y25, s=KF, sp=None),
        G("7 procent", 7, "percent", **L26, direction=DEC, s=("orderingången", "orderingången"), sp=HA, note="CEO paragraph ending in 'säger vd'; 'under kvartalet'"),
        G("1 procentenhet", 1, "percentage_point", **L26, direction=DEC, s=None, sp=HA, note="'drog ned den med ytterligare': pronoun"),
        G("94 Mkr", 94e6, "SEK", **L26, direction=DEC, s=("lagret", "lagret"), sp=HA, note="'krympt med ... sedan halvårsskiftet'"),
        G("fördubblades", 2, "number", **L26, direction=INC, optional=True, s=("kassaflödet", "kassaflödet"), sp=HA, note="multiplier (r26: 'en fördubbling')"),
        G("cirka 40 Mkr per år", 40e6, "SEK", bound="approx", per="year", t=Y27, s=("besparingar", "besparingar"), sp=HA, note="forecast 'från och med 2027'"),
        G("2 148", 2148, "count", **L26, direction=DEC, s=AN, sp=None, note="'vid periodens utgång'; ', jämfört med ... ett år tidigare'"),
        G("2 203", 2203, "count", **L25, s=AN, sp=None, note="'ett år tidigare'"),
        G("58 procent", 58, "percent", **L26, s=("Divisionen Fluid Power", "Divisionen"), sp=None, note="'X svarade för Y' takes X"),
        G("1 075 Mkr", 1075e6, "SEK", **L26, direction=DEC, s=("Nettoskulden", "Nettoskulden"), sp=None),
        G("1,6 gånger", 1.6, "number", **L26, s=None, sp=None, note="a leverage multiple after 'vilket motsvarar'"),
        G("46,2 procent", 46.2, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        *_row(G, "Orderingång", ["1 412", "1 538", "4 690", "4 509"], sq("SEK", 1e6), ("Orderingång", "Orderingång"), note="table 'KONCERNEN I SAMMANDRAG (Mkr)': 'Kv 3 2026' / 'Kv 3 2025' / '9 mån 2026' / '9 mån 2025' explicit; rows are measures"),
        *_row(G, "Nettoomsättning", ["1 655", "1 602", "4 932", "4 874"], sq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat", ["171", "149", "483", "419"], sq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["10,3", "9,3", "9,8", "8,6"], sq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Kassaflöde, rörelsen", ["236", "118", "402", "297"], sq("SEK", 1e6), ("Kassaflöde", "Kassaflöde")),
    ]
    NEG["r28_b_verkstad_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("23 oktober 2026", note="dateline"),
        N("2025", ctx="motsvarande period [2025].", note="places the brackets"),
        N("2027", ctx="från och med [2027]", note="places the forecast"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"),
        N("9 mån 2026", note="column header"), N("9 mån 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="next report"), N("5 februari 2027", note="next report date"),
        N("021-44 73 10", note="phone"),
    ]

    # ------------------------------------------------------------ 2. restaurant sales, October 2026 (Publicerad 20 november 2026)
    FS = ("Försäljning", "Försäljning")
    SL = ("Sara Lindqvist", "quote")
    rc = [("SEK", 1e9, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r28_b_restaurang_okt"] = [
        G("6,84 miljarder kronor", 6.84e9, "SEK", **L26, direction=INC, s=("Restaurang- och caféföretagens försäljning", "försäljning"), sp=None, note="'i oktober' (no year); next sentence 'Det var 3,9 procent mer'"),
        G("3,9 procent", 3.9, "percent", **L26, direction=INC, s=None, sp=None, note="'Det var ... mer än i oktober förra året'"),
        G("0,7 procent", 0.7, "percent", ctx="ökningen på [0,7 procent]", **L26, direction=INC, s=("ökningen", "ökningen"), sp=None),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=("menypriserna", "menypriserna"), sp=None, note="'högre än ett år tidigare'; 'i genomsnitt': no bound"),
        G("66,1 miljarder kronor", 66.1e9, "SEK", **L26, direction=INC, s=("branschen", "branschen"), sp=None, note="'Under årets första tio månader'; ', en värdeökning på'"),
        G("4,4 procent", 4.4, "percent", **L26, direction=INC, s=("en värdeökning", "värdeökning"), sp=None),
        G("0,2 procent", 0.2, "percent", **L26, direction=INC, s=("Volymen", "Volymen"), sp=None, note="'plus 0,2 procent'"),
        G("6,8 procent", 6.8, "percent", ctx="steg [6,8 procent]", **L26, direction=INC, s=("värdet", "värdet"), sp=None),
        G("4,1 procent", 4.1, "percent", ctx="med [4,1 procent]", **L26, direction=INC, s=("ett lyft i värde", "lyft"), sp=None, note="the chains are the holder"),
        G("0,9 procent", 0.9, "percent", ctx="där [0,9 procent]", **L26, direction=DEC, s=("volymen", "volymen"), sp=None, note="'backade'"),
        G("5,6 procent", 5.6, "percent", ctx="hamnade [5,6 procent]", **L26, direction=DEC, s=("Barer och nattklubbar", "Barer"), sp=None, note="'under fjolårets nivå': an earlier point"),
        G("2,3 procent", 2.3, "percent", ctx="ökade med [2,3 procent]", **L26, direction=INC, s=("Personalrestaurangerna", "Personalrestaurangerna"), sp=None),
        *_row(G, "Lunch och à la carte", ["2,91", "+6,8", "+3,4"], rc, FS, note="table 'Försäljning per bransch, oktober 2026' (caption period: 2026 lenient); 'Mdkr' scales by 1e9; 'Värde' / 'Volym' under 'Förändring mot oktober 2025, procent' signed; rows are branches: s the caption's 'Försäljning'"),
        *_row(G, "Snabbmat", ["1,62", "+4,1", "−0,9"], rc, FS),
        *_row(G, "Caféer", ["0,88", "+2,7", "−0,4"], rc, FS),
        *_row(G, "Barer och nattklubbar", ["0,47", "−5,6", "−8,8"], rc, FS),
        *_row(G, "Personalrestauranger", ["0,51", "+2,3", "−0,8"], rc, FS),
        *_row(G, "Catering", ["0,45", "+1,1", "−2,0"], rc, FS),
        *_row(G, "Totalt", ["6,84", "+3,9", "+0,7"], rc, FS),
        G("omkring 171 000", 171000, "count", bound="approx", **L26, direction=DEC, s=("Antalet sysselsatta i branschen", "Antalet"), sp=None),
        G("cirka 2 500", 2500, "count", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'vilket är ... färre än för ett år sedan'"),
        G("138 kronor", 138, "SEK", **L26, direction=INC, s=("Snittnotan för en lunch", "Snittnotan"), sp=None),
        G("6 kronor", 6, "SEK", **L26, direction=INC, s=None, sp=None, note="apposition ', 6 kronor dyrare än i fjol'"),
        G("Var fjärde", 0.25, "ratio", **L26, s=("krog", "krog"), sp=SL, note="quote; 'under hösten'"),
        G("4 till 5 procent", None, "percent", low=4, high=5, t=Y26, direction=INC, s=("försäljningen", "försäljningen"), sp=("Branschrådet", "credited"), note="forecast 'bedömer att ... växer med'; 'för helåret 2026'"),
    ]
    NEG["r28_b_restaurang_okt"] = [
        N("oktober 2026", ctx="Restaurangindex [oktober 2026]", note="title"), N("20 november 2026", note="Publicerad line"),
        N("oktober 2026", ctx="bransch, [oktober 2026]", note="caption"), N("oktober 2025", note="caption"),
        N("2026", ctx="helåret [2026]", note="places the forecast"), N("18 december 2026", note="next release"),
    ]

    # ------------------------------------------------------------ 3. region's emergency care, May-August 2026 (Markdown, Publicerad 22 september 2026)
    MT = ("Mediantiden från ankomst till att patienten lämnade akuten", "Mediantiden")
    MO = ("Mikael Öberg", "quote")
    BE, ML, AI, MV, FÖ = ("Besök", "Besök"), ("Median till läkare", "Median"), ("Andel inom 1 timme", "Andel"), ("Median total vistelsetid", "vistelsetid"), ("Förändring mot 2025", "Förändring")
    ac = [("count", 1, None, Y26, T, F), ("minute", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, F), ("minute", 1, None, Y26, T, F), ("minute", 1, None, Y26, T, T)]
    AS = [BE, ML, AI, MV, FÖ]
    GOLD["r28_b_akut_tertial2"] = [
        G("61 480", 61480, "count", ctx="besökte [61 480] patienter", **L26, direction=INC, s=("patienter", "patienter"), sp=None, note="'Under andra tertialet' (title 'maj–augusti 2026'); ', 2 130 fler än samma tertial 2025'"),
        G("fyra", 4, "count", ctx="regionens [fyra] akutmottagningar", **L26, optional=True, s=("akutmottagningar", "akutmottagningar"), sp=None, note="describes the setting"),
        G("2 130", 2130, "count", **L26, direction=INC, s=None, sp=None),
        G("221 minuter", 221, "minute", **L26, direction=DEC, s=MT, sp=None, note="next sentence 'Det är 12 minuter kortare'"),
        G("12 minuter", 12, "minute", **L26, direction=DEC, s=None, sp=None, note="'kortare än för ett år sedan'"),
        G("högst 180 minuter", 180, "minute", bound="at_most", **L26, s=("regionens mål", "mål"), sp=None, note="a target with no year: the period's year, lenient; no direction"),
        G("minst 90 procent", 90, "percent", bound="at_least", **L26, s=("patienterna", "patienterna"), sp=None, note="target; 'X procent av Y'"),
        G("inom en timme", 1, "hour", bound="at_most", **L26, optional=True, s=None, sp=None, note="the target's threshold in words"),
        G("71 procent", 71, "percent", **L26, direction=INC, s=None, sp=None, note="'klarade regionen': the holder; ', att jämföra med 68 procent i fjol'"),
        G("68 procent", 68, "percent", t=Y25, s=None, sp=None, note="'i fjol' resolves"),
        G("58", 58, "minute", ctx="från [58] till", **L25, s=("Medianväntetiden till första läkarbedömning", "Medianväntetiden"), sp=None, note="from-value (the same period last year, not named)"),
        G("51 minuter", 51, "minute", **L26, direction=DEC, s=("Medianväntetiden till första läkarbedömning", "Medianväntetiden"), sp=None, note="'kortades från ... till'"),
        *_row(G, "Centrallasarettet Älvby", ["28 910", "56", "66", "244", "−9"], ac, AS, sep=" | ", note="Markdown table under the heading 'maj–augusti 2026': every column 2026 lenient; 'Förändring mot 2025, min' signed; rows are hospitals: s each column's own header"),
        *_row(G, "Sjöviks sjukhus", ["14 220", "49", "73", "213", "−18"], ac, AS, sep=" | "),
        *_row(G, "Bergsta lasarett", ["11 070", "44", "78", "198", "−14"], ac, AS, sep=" | "),
        *_row(G, "Norrnäs närakut", ["7 280", "38", "84", "162", "+4"], ac, AS, sep=" | "),
        G("14", 14, "count", ctx="har [14] nya", **L26, direction=INC, s=("nya vårdplatser", "vårdplatser"), sp=None, note="an addition"),
        G("19 640", 19640, "count", **L26, direction=INC, s=("uppdrag", "uppdrag"), sp=None, note="', en ökning med'; the ambulances are the actor"),
        G("3,5 procent", 3.5, "percent", **L26, direction=INC, s=None, sp=None),
        G("14 minuter", 14, "minute", **L26, s=("medianresponstiden", "medianresponstiden"), sp=None, note="'oförändrat mot förra året': no change"),
        G("75 procent", 75, "percent", **L26, s=("dessa larm", "larm"), sp=None, note="target; 'X procent av Y'"),
        G("inom 20 minuter", 20, "minute", bound="at_most", **L26, optional=True, s=None, sp=None, note="the target's threshold"),
        G("69 procent", 69, "percent", **L26, s=("utfallet", "utfallet"), sp=None),
        G("27 minuter", 27, "minute", **L26, s=("medianresponstiden", "medianresponstiden"), sp=None),
        G("nästan var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("patient", "patient"), sp=MO, note="quote"),
        G("18 miljoner kronor", 18e6, "SEK", t=Y27, s=("en extra ambulans i norra länet", "ambulans"), sp=None, note="'från januari 2027'; the goal of the money"),
    ]
    NEG["r28_b_akut_tertial2"] = [
        N("maj–augusti 2026", note="title"), N("22 september 2026", note="Publicerad line"),
        N("2025", ctx="samma tertial [2025]", note="places a comparison"),
        N("1 timme", note="column header"), N("2025", ctx="Förändring mot [2025]", note="column header"),
        N("prio 1", note="priority code"), N("januari 2027", note="places the allocation"),
    ]

    # ------------------------------------------------------------ 4. municipality's energy and climate account 2025 (Publicerad 4 juni 2026)
    UT = ("Utsläppen av koldioxid från verksamheterna", "Utsläppen")
    EL = ("Elbilarnas andel", "andel")
    BK = ("Bränslekostnaden per mil", "Bränslekostnaden")
    EI = ("Energianvändningen i lokalerna", "Energianvändningen")
    IV = ("investeringarna i energieffektivisering", "investeringarna")
    kc = lambda u, per: [(u, 1, per, Y["2012"], F, F), (u, 1, per, Y24, F, F), (u, 1, per, Y25, F, F), (u, 1, per, Y["2030"], F, F)]
    GOLD["r28_b_klimat_2025"] = [
        G("61 300 MWh", 61300, "MWh", t=Y25, direction=DEC, s=("energi", "energi"), sp=None, note="'under 2025'; the activities are the holder; next sentence 'Det är 2,4 procent mindre'"),
        G("2,4 procent", 2.4, "percent", **L25, direction=DEC, s=None, sp=None, note="'Det är ... mindre än året innan'"),
        G("23 procent", 23, "percent", **L25, direction=DEC, s=None, sp=None, note="'mindre än basåret 2012': an earlier point"),
        G("79 600 MWh", 79600, "MWh", t=Y["2012"], s=("förbrukningen", "förbrukningen"), sp=None, note="'basåret 2012, då'"),
        G("30 procent", 30, "percent", t=Y["2030"], direction=DEC, s=("Målet i energiplanen", "Målet"), sp=None, note="target 'en minskning med ... till 2030'"),
        G("3 870 ton", 3870, "tonne", **L25, direction=DEC, s=UT, sp=None, note="'sjönk till ..., från'"),
        G("4 410 ton", 4410, "tonne", t=Y24, s=UT, sp=None),
        G("9 150 ton", 9150, "tonne", t=Y["2012"], s=None, sp=None, note="'då var de': pronoun"),
        G("mer än halverats", 0.5, "ratio", bound="more_than", t=("2012", "2025"), lenient=True, direction=DEC, optional=True, s=("utsläppen", "utsläppen"), sp=None, note="multiplier 'Jämfört med 2012' (r27: 'nästan har halverats')"),
        G("500 ton", 500, "tonne", ctx="understiga [500 ton]", bound="less_than", t=Y["2030"], s=("utsläppen", "utsläppen"), sp=None, note="target 'senast 2030 ... då'"),
        G("88 procent", 88, "percent", **L25, direction=INC, s=("Andelen förnybar energi", "Andelen"), sp=None),
        G("84 procent", 84, "percent", t=Y24, s=("Andelen förnybar energi", "Andelen"), sp=None, note="bracket '(84 procent 2024)'"),
        G("212", 212, "count", ctx="har [212] personbilar", **L25, s=("personbilar och lätta lastbilar", "personbilar"), sp=None, note="present tense in the 2025 account"),
        G("131", 131, "count", ctx="går [131] på el", **L25, s=None, sp=None, note="'Av dem': pronoun"),
        G("46", 46, "count", ctx="[46] på biogas", **L25, s=None, sp=None),
        G("38", 38, "percent", ctx="från [38] till", **L23, s=EL, sp=None, note="from-value; 'på två år' back from 2025"),
        G("62 procent", 62, "percent", **L25, direction=INC, s=EL, sp=None, note="'har stigit från ... till'"),
        G("4,10 kronor", 0.41, "SEK", per="km", **L25, direction=DEC, s=BK, sp=None, note="'per mil' = per 10 km"),
        G("7,85 kronor", 0.785, "SEK", per="km", t=Y["2020"], lenient=True, s=BK, sp=None, note="'för fem år sedan' from the account's year"),
        G("27", 27, "count", ctx="på [27] kommunala", **L25, s=("kommunala tak", "tak"), sp=None),
        G("2 940 MWh", 2940, "MWh", **L25, direction=INC, s=("Solcellsanläggningarna", "Solcellsanläggningarna"), sp=None, note="', en fördubbling sedan 2022'"),
        G("en fördubbling", 2, "number", t=("2022", "2025"), lenient=True, direction=INC, optional=True, s=None, sp=None, note="multiplier 'sedan 2022'"),
        G("knappt 5 procent", 5, "percent", bound="approx", **L25, s=None, sp=None, note="'Det motsvarar'"),
        G("131 kWh per kvadratmeter", 131, "kWh", per="m2", **L25, direction=DEC, s=EI, sp=None),
        G("3 kWh", 3, "kWh", per="m2", **L25, direction=DEC, s=None, sp=None, note="'vilket är ... lägre än 2024'"),
        G("115 kWh per kvadratmeter", 115, "kWh", per="m2", t=Y["2030"], s=("målet", "målet"), sp=None, note="target for 2030"),
        *_row(G, "Energianvändning, MWh", ["79 600", "62 800", "61 300", "55 700"], kc("MWh", None), ("Energianvändning", "Energianvändning"), note="table 'Nyckeltal, kommunkoncernen': '2012' / '2024' / '2025' / 'Mål 2030' explicit; rows are measures"),
        *_row(G, "Koldioxid, ton", ["9 150", "4 410", "3 870"], kc("tonne", None)[:3], ("Koldioxid", "Koldioxid")),
        G("500", 500, "tonne", ctx="3 870 <[500]", bound="less_than", t=Y["2030"], s=("Koldioxid", "Koldioxid"), sp=None, note="cell '<500' in 'Mål 2030'"),
        *_row(G, "Förnybar energi, %", ["41", "84", "88", "100"], kc("percent", None), ("Förnybar energi", "energi")),
        *_row(G, "Energi i lokaler, kWh/m²", ["168", "134", "131", "115"], kc("kWh", "m2"), ("Energi i lokaler", "Energi")),
        G("omkring 9 miljoner kronor per år", 9e6, "SEK", bound="approx", per="year", **L25, s=IV, sp=None, note="from-value; 'skriver förvaltningen': the publisher"),
        G("minst 15 miljoner kronor per år", 15e6, "SEK", bound="at_least", per="year", t=("2026", "2030"), lenient=True, direction=INC, s=IV, sp=None, note="'behöver ... öka från ... till' for the targets 'till 2030'"),
    ]
    NEG["r28_b_klimat_2025"] = [
        N("2025", ctx="klimatbokslut [2025]", note="title"), N("4 juni 2026", note="Publicerad line"),
        N("2025", ctx="under [2025].", note="places the claim"), N("2012", ctx="basåret [2012]", note="places the claim"),
        N("2030", ctx="30 procent till [2030].", note="target year"), N("2024", ctx="4 410 ton [2024].", note="places the claim"),
        N("2012", ctx="Jämfört med [2012] har", note="places the comparison"), N("2030", ctx="senast [2030] och", note="target year"),
        N("2024", ctx="84 procent [2024])", note="places the bracket"), N("2022", note="places the comparison"),
        N("2024", ctx="lägre än [2024] men", note="places the comparison"), N("2030", ctx="kvadratmeter [2030].", note="target year"),
        N("2012", ctx="Nyckeltal [2012] 2024", note="column header"), N("2024", ctx="2012 [2024] 2025", note="column header"),
        N("2025", ctx="2024 [2025] Mål", note="column header"), N("Mål 2030", note="column header"),
        N("2030", ctx="målen till [2030] behöver", note="target year"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on schools (no date, no sidecar)
    FP = ("Framstegspartiet", "publisher")
    LL = ("lärarlönerna", "lärarlönerna")
    GOLD["r28_b_parti_skola"] = [
        G("487 poäng", 487, "number", s=None, sp=None, note="undated: no period; the scorers are no subject (r20)"),
        G("23 poäng", 23, "number", s=None, sp=None, note="gap between countries: no direction; elided"),
        G("Var femte", 0.2, "ratio", s=("elev", "elev"), sp=None),
        G("20 elever", 20, "count", bound="at_most", t=Y["2030"], s=("Ingen klass i årskurs 1–3", "klass"), sp=FP, note="'Ingen klass ... ska ha fler än ... senast 2030': a cap; list of promises"),
        G("23 elever", 23, "count", s=("en lågstadieklass", "lågstadieklass"), sp=None, note="'I dag' undated; 'i snitt': no bound"),
        G("minst 4 000 kronor per elev och år", 4000, "SEK", bound="at_least", per="capita", direction=INC, s=("den statliga ersättningen", "ersättningen"), sp=FP, note="'Vi vill höja ... med'"),
        G("4,3 miljarder kronor om året", 4.3e9, "SEK", per="year", s=None, sp=FP, note="'Totalt kostar det'"),
        G("minst 90 procent", 90, "percent", bound="at_least", t=Y["2030"], s=("Andelen behöriga lärare", "Andelen"), sp=FP, note="'senast 2030'"),
        G("nästan var tredje", 1 / 3, "ratio", bound="approx", s=("lärare", "lärare"), sp=None, note="'I dag': no period"),
        G("minst två timmar i veckan", 2, "hour", bound="at_least", per="week", s=("läxhjälp", "läxhjälp"), sp=FP),
        G("677 timmar per år", 677, "hour", per="year", s=("En lärare i Finland", "lärare"), sp=None, note="comparison between countries; 'i genomsnitt': no bound"),
        G("740 timmar", 740, "hour", per="year", s=("en svensk lärare", "lärare"), sp=None, note="per carried"),
        G("420 elever", 420, "count", per="counsellor", s=None, sp=None, note="'en kurator på 420 elever'"),
        G("högst 250 elever per kurator", 250, "count", bound="at_most", per="counsellor", s=None, sp=FP, note="'Vi vill att det ska vara'; 'som i Norge'"),
        G("ungefär 1 800 nya tjänster", 1800, "count", bound="approx", direction=INC, s=("nya tjänster", "tjänster"), sp=FP),
        G("1,1 miljarder kronor per år", 1.1e9, "SEK", per="year", s=None, sp=FP, note="'som vi finansierar med'"),
        G("tio års", 10, "year", optional=True, s=None, sp=None, note="defines the example"),
        G("halvera", 0.5, "ratio", t=Y["2028"], direction=DEC, optional=True, s=("dokumentationskraven", "dokumentationskraven"), sp=FP, note="multiplier in a promise 'till 2028'"),
        G("omkring 44 500 kronor i månaden", 44500, "SEK", bound="approx", per="month", s=("En lärare med tio års erfarenhet", "lärare"), sp=None),
        G("12 procent", 12, "percent", s=None, sp=None, note="'Det är ... mindre än i Danmark': between countries"),
        G("minst 3,5 procent per år", 3.5, "percent", bound="at_least", per="year", direction=INC, s=LL, sp=FP),
        G("7,9 miljarder kronor per år", 7.9e9, "SEK", per="year", s=("Våra skolreformer", "skolreformer"), sp=FP),
        G("över 80 000 kronor i månaden", 80000, "SEK", bound="more_than", per="month", optional=True, s=("inkomster", "inkomster"), sp=None, note="threshold"),
    ]
    NEG["r28_b_parti_skola"] = [
        N("1", ctx="[1]. Mindre", note="list numbering"), N("2", ctx="[2]. En skolpeng", note="list numbering"),
        N("3", ctx="[3]. Fler", note="list numbering"), N("4", ctx="[4]. Läxhjälp", note="list numbering"),
        N("5", ctx="[5]. Mer tid", note="list numbering"), N("1–3", note="class range"),
        N("2030", ctx="20 elever senast [2030]", note="target year"), N("2030", ctx="90 procent senast [2030]", note="target year"),
        N("2028", note="target year"),
    ]

    # ------------------------------------------------------------ 6. housing market, week 46 (sidecar 2025-11-17)
    JE = ("Johan Ek", "quote")
    KV = ("kvadratmeterpriset", "kvadratmeterpriset")
    bc = [("count", 1, None, Y25, T, F), ("SEK", 1, "m2", Y25, T, F), ("percent", 1, None, Y25, T, T), ("percent", 1, None, Y25, T, T)]
    BS = [("Sålda", "Sålda"), ("Kr/kvm", "Kr/kvm"), ("Förändring v/v", "Förändring"), ("Förändring år/år", "Förändring")]
    GOLD["r28_b_bostad_v46"] = [
        G("1 284", 1284, "count", **L25, direction=DEC, s=("bostadsrätter", "bostadsrätter"), sp=None, note="'Under veckan' (sidecar); ', 97 färre än veckan innan'"),
        G("97", 97, "count", **L25, direction=DEC, s=None, sp=None),
        G("6 procent", 6, "percent", **L25, direction=INC, s=("antalet sålda bostadsrätter", "antalet"), sp=None, note="'Jämfört med samma vecka i fjol ... högre'"),
        G("58 900 kronor per kvadratmeter", 58900, "SEK", per="m2", **L25, direction=DEC, s=("Det genomsnittliga priset för en bostadsrätt i Stockholms län", "priset"), sp=None),
        G("0,4 procent", 0.4, "percent", ctx="minskning med [0,4 procent]", **L25, direction=DEC, s=("Det genomsnittliga priset för en bostadsrätt i Stockholms län", "priset"), sp=None),
        G("3,1 procent", 3.1, "percent", ctx="klättrat [3,1 procent]", **L25, direction=INC, s=KV, sp=None, note="'På ett år'"),
        G("43 650 kronor per kvadratmeter", 43650, "SEK", per="m2", **L25, direction=DEC, s=("priset", "priset"), sp=None, note="'backade ... och stannade på'"),
        G("0,3 procent", 0.3, "percent", ctx="med [0,3 procent]", **L25, direction=INC, s=KV, sp=None),
        G("27 300 kronor", 27300, "SEK", per="m2", **L25, direction=INC, s=KV, sp=None, note="'kvadratmeterpriset ... till': per m2"),
        G("271", 271, "count", ctx="gick [271] bostadsrätter", **L25, s=("bostadsrätter", "bostadsrätter"), sp=None),
        G("27 dagar", 27, "day", **L25, direction=INC, s=("En genomsnittlig lägenhet", "lägenhet"), sp=None, note="', jämfört med ... för ett år sedan'"),
        G("22 dagar", 22, "day", t=Y24, s=("En genomsnittlig lägenhet", "lägenhet"), sp=None, note="'för ett år sedan' resolves"),
        G("31 procent", 31, "percent", **L25, direction=INC, s=("Andelen objekt som gick under utgångspris", "Andelen"), sp=None),
        *_row(G, "Stor-Stockholm", ["642", "58 900", "−0,4", "+3,1"], bc, BS, note="table 'Vecka 46 i siffror' (2025 lenient); change columns signed; rows are regions and the caption names no measure: s each column's header"),
        *_row(G, "Stor-Göteborg", ["371", "43 650", "−0,7", "+1,2"], bc, BS),
        *_row(G, "Stor-Malmö", ["271", "27 300", "+0,3", "+2,6"], bc, BS),
        G("2 310", 2310, "count", **L25, direction=INC, s=("hus", "hus"), sp=None),
        G("cirka 15 procent", 15, "percent", bound="approx", **L25, direction=INC, s=None, sp=None, note="'fler än för ett år sedan'"),
        G("7,2 miljoner kronor", 7.2e6, "SEK", **L25, s=("Medelpriset för en villa i Stor-Stockholm", "Medelpriset"), sp=None),
        G("2,74 procent", 2.74, "percent", **L25, s=("Räntan på ett tremånaderslån hos storbankerna", "Räntan"), sp=None, note="'ligger kvar på': no change"),
        G("4,2 budgivare", 4.2, "count", per="flat", **L25, s=None, sp=JE, note="quote; 'per såld lägenhet'; 'I snitt': no bound"),
    ]
    NEG["r28_b_bostad_v46"] = [
        N("46", ctx="vecka [46]:", note="title week number"), N("Vecka 46", note="table caption"), N("24 november", note="next release"),
    ]

    # ------------------------------------------------------------ 7. swimming hall prices (HTML, Publicerad 3 december 2025)
    ST = ("Styrelsen", "credited")
    sc = [("SEK", 1, None, Y25, T, F), ("SEK", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r28_b_simhall_priser"] = [
        G("6 procent", 6, "percent", **L26, direction=INC, s=("Priserna", "Priserna"), sp=None, note="'från den 1 februari' (heading: 2026); 'i genomsnitt': no bound"),
        G("95 kronor", 95, "SEK", **L26, direction=INC, s=("Ett engångsbad för vuxen", "engångsbad"), sp=None, note="', i dag 88 kronor'"),
        G("88 kronor", 88, "SEK", **L25, s=("Ett engångsbad för vuxen", "engångsbad"), sp=None, note="'i dag'"),
        G("50 kronor", 50, "SEK", **L26, direction=INC, s=None, sp=None, note="the payer is no subject"),
        G("5 kronor", 5, "SEK", ctx="höjning med [5 kronor]", **L26, direction=INC, s=None, sp=None, note="', en höjning med'"),
        G("två", 2, "count", ctx="för [två] vuxna", optional=True, s=None, sp=None, note="defines the family ticket"),
        G("upp till tre", 3, "count", bound="at_most", optional=True, s=None, sp=None, note="defines the family ticket"),
        G("230", 230, "SEK", ctx="från [230] till", **L25, s=("Familjebiljetten för två vuxna och upp till tre barn", "Familjebiljetten"), sp=None, note="from-value"),
        G("245 kronor", 245, "SEK", **L26, direction=INC, s=("Familjebiljetten för två vuxna och upp till tre barn", "Familjebiljetten"), sp=None),
        G("3 450 kronor", 3450, "SEK", **L26, direction=INC, s=("Årskortet för vuxen", "Årskortet"), sp=None),
        G("250 kronor", 250, "SEK", **L26, direction=INC, s=None, sp=None, note="'vilket är ... mer än i dag'"),
        G("20 procents", 20, "percent", **L26, s=("rabatt", "rabatt"), sp=None, note="'även i fortsättningen': the holder is no subject"),
        *_row(G, "Engångsbad vuxen", ["88", "95", "8,0"], sc, ("Engångsbad vuxen", "Engångsbad"), note="HTML table 'Priser i Forsbybadet, kronor': 'Nuvarande pris' 2025 lenient, 'Från 1 februari' 2026 lenient, 'Höjning, %' 2026 lenient increase; rows are tickets: s the row label"),
        *_row(G, "Engångsbad barn", ["45", "50", "11,1"], sc, ("Engångsbad barn", "Engångsbad")),
        *_row(G, "Familjebiljett", ["230", "245", "6,5"], sc, ("Familjebiljett", "Familjebiljett")),
        *_row(G, "Klippkort vuxen, tio bad", ["790", "840", "6,3"], sc, ("Klippkort vuxen", "Klippkort")),
        *_row(G, "Årskort vuxen", ["3 200", "3 450", "7,8"], sc, ("Årskort vuxen", "Årskort")),
        *_row(G, "Årskort barn", ["1 300", "1 380", "6,2"], sc, ("Årskort barn", "Årskort")),
        G("14 procent", 14, "percent", t=("2023", "2025"), lenient=True, direction=INC, s=("Badets kostnader för el och vattenrening", "kostnader"), sp=None, note="'sedan 2023'"),
        G("ungefär 38 procent", 38, "percent", bound="approx", **L25, s=("Avgifterna", "Avgifterna"), sp=None, note="'i dag'; X predicated of 'Avgifterna'"),
        G("21,6 miljoner kronor per år", 21.6e6, "SEK", per="year", **L25, s=("driftkostnaden", "driftkostnaden"), sp=None, note="relative clause 'som är'"),
        G("40 procent", 40, "percent", **L26, direction=INC, s=("andelen", "andelen"), sp=None, note="goal 'öka till'"),
        G("120 kronor per timme", 120, "SEK", per="hour", **L26, s=("Hyran av en hel hall för föreningar med barn- och ungdomsverksamhet", "Hyran"), sp=None, note="'oförändrad': no change"),
        G("420", 420, "SEK", ctx="från [420] till", per="hour", **L25, s=("timpriset", "timpriset"), sp=None, note="from-value"),
        G("460 kronor", 460, "SEK", per="hour", **L26, direction=INC, s=("timpriset", "timpriset"), sp=None),
        G("186 000 besök", 186000, "count", t=Y24, s=("besök", "besök"), sp=None, note="'under 2024'"),
        G("drygt 4 procent", 4, "percent", bound="approx", t=Y25, direction=INC, s=("besöken", "besöken"), sp=None, note="'hittills i år' resolves"),
    ]
    NEG["r28_b_simhall_priser"] = [
        N("1 februari 2026", note="heading"), N("3 december 2025", note="Publicerad line"),
        N("1 februari", ctx="från den [1 februari].", note="places the prices"), N("3–17 år", note="age band"),
        N("3 år", ctx="under [3 år]", note="age band"), N("1 februari", ctx="Från [1 februari] Höjning", note="column header"),
        N("2023", note="places the change"), N("2024", ctx="under [2024]", note="places the claim"),
        N("1 februari", ctx="före den [1 februari] gäller", note="places the rule"),
        N("14", ctx="Storgatan [14]", note="street number"), N("681 42", note="postal code"),
        N("0590-123 00", note="phone"), N("212000-1834", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. housing cooperative, annual report 2025 (signed 18 mars 2026)
    FÖR = ("en förlust", "förlust")
    RÄ = ("Den genomsnittliga räntan", "räntan")
    fc = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, Y["2023"], F, F), (u, sc, per, Y["2022"], F, F)]
    GOLD["r28_b_brf_arsredovisning"] = [
        G("142 lägenheter", 142, "count", **L25, s=("lägenheter", "lägenheter"), sp=None, note="present tense in the 2025 report"),
        G("6 lokaler", 6, "count", **L25, s=("lokaler", "lokaler"), sp=None),
        G("9 860 kvadratmeter", 9860, "m2", **L25, s=("Den totala boarean", "boarean"), sp=None),
        G("410 kvadratmeter", 410, "m2", **L25, s=("lokalarean", "lokalarean"), sp=None),
        G("13 lägenheter", 13, "count", **L25, direction=DEC, s=("lägenheter", "lägenheter"), sp=None, note="'Under året'; ', mot 17 året före'"),
        G("17", 17, "count", ctx="mot [17] året", **L24, s=("lägenheter", "lägenheter"), sp=None),
        G("8 procent", 8, "percent", ctx="med [8 procent]", t=Y25, direction=INC, s=("Årsavgiften", "Årsavgiften"), sp=None, note="'höjdes den 1 januari 2025 med'"),
        G("4 710 kronor per månad", 4710, "SEK", per="month", **L25, direction=INC, s=("Genomsnittsavgiften för en lägenhet", "Genomsnittsavgiften"), sp=None, note="'blev därmed': a new value after the rise"),
        G("814 kronor per år", 814, "SEK", per="m2", **L25, direction=INC, s=("avgiften per kvadratmeter boarea", "avgiften"), sp=None, note="'per kvadratmeter ... per år': per m2 (r15)"),
        G("754 kronor", 754, "SEK", per="m2", t=Y24, s=("avgiften per kvadratmeter boarea", "avgiften"), sp=None, note="bracket '(754 kronor 2024)'"),
        G("5 procent", 5, "percent", ctx="med [5 procent] från", t=Y26, direction=INC, s=("ytterligare en höjning", "höjning"), sp=ST, note="'Styrelsen har beslutat om'; 'från den 1 januari 2026'"),
        G("8,46 miljoner kronor", 8.46e6, "SEK", **L25, s=("Föreningens intäkter", "intäkter"), sp=None),
        G("312 000 kronor", 312000, "SEK", **L25, direction=DEC, s=FÖR, sp=None, note="a loss as written (positive); ', att jämföra med en förlust på ... 2024': the loss shrank"),
        G("1,28 miljoner kronor", 1.28e6, "SEK", t=Y24, s=FÖR, sp=None),
        G("2,05 miljoner kronor", 2.05e6, "SEK", **L25, s=("Resultatet före avskrivningar", "Resultatet"), sp=None),
        G("19 procent", 19, "percent", **L25, direction=DEC, s=("räntekostnaderna", "räntekostnaderna"), sp=None),
        G("1,9 miljoner kronor", 1.9e6, "SEK", **L25, s=("planerat underhåll", "underhåll"), sp=None, note="the goal of the money"),
        G("4 hissar", 4, "count", **L25, s=("hissar", "hissar"), sp=None),
        G("2,4 miljoner kronor per år", 2.4e6, "SEK", per="year", t=("2026", "2055"), lenient=True, s=None, sp=("underhållsplanen", "enligt"), note="'de kommande trettio åren'; 'i genomsnitt': no bound"),
        G("1,1 miljoner kronor", 1.1e6, "SEK", **L25, s=("Avsättningen till underhållsfonden", "Avsättningen"), sp=None),
        G("38,7 miljoner kronor", 38.7e6, "SEK", **L25, s=("Föreningens lån", "lån"), sp=None, note="'vid årets slut': no change stated"),
        G("3 925 kronor per kvadratmeter", 3925, "SEK", per="m2", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("600 000 kronor", 600000, "SEK", **L25, direction=DEC, s=None, sp=None, note="'amorterades'"),
        G("2,9 procent", 2.9, "percent", **L25, direction=DEC, s=RÄ, sp=None, note="', mot ... året innan'"),
        G("3,6 procent", 3.6, "percent", **L24, s=RÄ, sp=None),
        G("Hälften", 0.5, "ratio", **L25, s=("lånen", "lånen"), sp=None),
        *_row(G, "Nettoomsättning, tkr", ["8 460", "7 910", "7 480", "7 220"], fc("SEK", 1e3), ("Nettoomsättning", "Nettoomsättning"), note="table 'Flerårsöversikt': '2025' / '2024' / '2023' / '2022' explicit; 'tkr' scales by 1 000; rows are measures"),
        *_row(G, "Årets resultat, tkr", ["−312", "−1 280", "−640", "115"], fc("SEK", 1e3), ("Årets resultat", "resultat"), note="minus signs: negative values, no direction"),
        *_row(G, "Årsavgift, kr/kvm boarea", ["814", "754", "705", "690"], fc("SEK", 1, "m2"), ("Årsavgift", "Årsavgift")),
        *_row(G, "Skuldsättning, kr/kvm", ["3 925", "3 986", "4 047", "4 108"], fc("SEK", 1, "m2"), ("Skuldsättning", "Skuldsättning")),
        *_row(G, "Soliditet, %", ["62", "60", "61", "62"], fc("percent", 1), ("Soliditet", "Soliditet")),
    ]
    NEG["r28_b_brf_arsredovisning"] = [
        N("769612-4410", note="org number"), N("2025", ctx="RÄKENSKAPSÅRET [2025]", note="title"),
        N("Tallen 7", note="property designation"), N("Tallen 8", note="property designation"),
        N("1 januari 2025", note="places the rise"), N("2024", ctx="754 kronor [2024])", note="places the bracket"),
        N("1 januari 2026", note="places the rise"), N("2024", ctx="miljoner kronor [2024].", note="places the comparison"),
        N("2025", ctx="Flerårsöversikt [2025]", note="column header"), N("2024", ctx="2025 [2024] 2023", note="column header"),
        N("2023", ctx="2024 [2023] 2022", note="column header"), N("2022", ctx="2023 [2022] Nettoomsättning", note="column header"),
        N("18 mars 2026", note="signature date"),
    ]

    return GOLD, NEG
