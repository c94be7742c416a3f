"""Round 26, part B (r26_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 26, part B (r26_b_*): eight kinds, written from scratch (r26_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a medical-technology company's half-year
# report January-June 2026 (dateline 'Lund den 16 juli 2026' at the end; 'Siffror inom parentes avser motsvarande
# period 2025'; dash bullets under 'ANDRA KVARTALET' and 'FÖRSTA HALVÅRET' with the unit BEFORE the bracket ('412,6 Mkr
# (371,9)', '9,4 procent (6,1)', '1,36 kronor (1,02)'); 'ökade till', 'förstärktes till', 'landade på', 'steg till',
# 'nådde', 'förbättrades till', 'varav valutaeffekter bidrog negativt med ... procentenheter'; 'VD HAR ORDET' ending in
# 'säger verkställande direktör'; 'mot 29 vid samma tid i fjol'; a margin target 'senast 2028'; 'ÖVRIGT' with 'en ökning
# med 38 personer sedan årsskiftet'; a plain-text table 'NYCKELTAL' 'Kv 2 2026' / 'Kv 2 2025' / 'Jan–jun 2026' /
# 'Jan–jun 2025' with units in the row labels), a monthly bank-lending release for October 2026 ('Publicerad 2026-11-27
# kl. 09.30'; stocks in 'miljarder kronor', 'Årstakten, alltså förändringen jämfört med oktober 2025', 'en acceleration
# från', 'växte med ... i årstakt och landade på', 'backade', 'krympte till', 'på tolv månader', 'svarar för ungefär',
# new lending ', cirka 12 procent mer än i samma månad i fjol', a mortgage rate 'sjönk till ... från ... månaden före', a
# debt ratio 'runt 178 procent'; a plain-text table 'Tabell 1. Utlåning per låntagarsektor, oktober 2026' 'Stock, mdkr'
# / 'Årstakt, %' / 'Årstakt sep, %' with indented 'därav' rows), a region's child and adolescent psychiatry waiting-time
# report for tertial 2 2026 (Markdown, '*Region Norrfjäll · ... · Publicerad 14 oktober 2026*'; 'Under årets andra
# tertial, maj till augusti', shares within 30 and 90 days against the target 'minst 80 procent' and 'samma tertial i
# fjol', 'knappt 6 procentenheter bättre än förra året', referrals '8 procent fler än under motsvarande period 2025',
# 'Knappt hälften'; a Markdown table by clinic 'Besök inom 30 dagar, %' / 'Samma tertial 2025, %' / 'Behandling inom 90
# dagar, %' with the caption below; median waits in days; a quote with a 2027 target; money 'för 2027'), a
# municipality's annual water report for 2025 ('Publicerad 12 mars 2026'; 'miljoner kubikmeter', 'Det är drygt 90 000
# kubikmeter mindre än året före', 'liter per person och dygn' against 'År 2024', 'för tio år sedan' and the national
# average, leakage 'minskade till ..., jämfört med ... 2024', an industry guideline 'högst 15 procent', leaks ', mot 87
# året innan', renewal 'procent per år', 'mer än 150 år'; a plain-text table 'Nyckeltal' '2025' / '2024' / '2023' with
# '1 000 m3' and 'l/person/dygn' in the row labels; a peak day; a quote with a 2030 target; a fee rise decided by the
# council), an UNDATED party page on housing (no date, no sidecar; bostadsbidrag 'i månaden' and a proposed higher cap,
# 'sedan mitten av 1990-talet, från omkring 550 000 till färre än 200 000', 'Förra året påbörjades', 'minst 55 000
# bostäder per år fram till 2030', 'vart tredje', a numbered list 'Så vill vi göra det', 'höjs från 85 till 90
# procent', 'mer än dubbelt så mycket', 'var sjätte', 'halvera ... till 2032'), a weekly farm-price notice for week 47
# dated only by its sidecar (2026-11-20; milk in 'kronor per kilo' and 'öre', 'oförändrat mot vecka 46', 'Jämfört med
# motsvarande vecka i fjol är det 38 öre mer per kilo', 'en nedgång med ... från föregående vecka men ... över nivån för
# ett år sedan', 'backade med ... till', 'klättrade med', 'båda omkring 10 procent lägre än för ett år sedan'; a
# plain-text table 'Avräkningspriser, kronor per kilo' 'V 47' / 'V 46' / 'Förändr. v/v' / 'V 47 i fjol'; a worked
# example for a dairy farm; 'låg still', 'föll ... för tredje veckan i rad'), a ferry company's HTML page on ticket
# prices from 1 February 2026 (cookie banner, menu, breadcrumb, footer; 'Publicerad 15 december 2025'; 'I genomsnitt
# blir en resa 4,8 procent dyrare', 'att jämföra med 230 kronor i dag', child and car prices, 'en ökning med 45
# kronor', a fuel share, an HTML table 'Enkelresa per linje från 1 februari 2026, kronor' 'Vuxen' / 'Barn' / 'Bil' /
# 'Höjning, %'; a commuter card 'höjs från 1 900 till 1 980 kronor'; passengers 'Under 2025') and a non-profit
# association's annual report for 2025 (dateline 'Stockholm den 2 april 2026'; members against 'ett år tidigare' and
# 'rekordåret 2021', funds raised 'en uppgång med 7,9 procent jämfört med 2024', 'det näst bästa resultatet', 'bara
# pandemiåret 2020 gav mer', bequests 'mer än en fördubbling mot året innan', a bracketed prior figure with no note
# '58,9 miljoner kronor (53,2)', cost shares, a rule credited to Svensk Insamlingskontroll, 'nästan 300 fler än
# 2024', volunteers 'varje vecka', a quote with a 2026 target).
# The r8-r25 decisions are followed (see the headers of gold_r24_a.py, gold_r25_a.py and gold_r25_b.py): periods at
# year grain; a relative expression in the sentence ('i fjol', 'förra året', 'årets', 'för ett år sedan') resolves
# against the publication date and is not lenient; a month, quarter, tertial or week without a year, a heading's, a
# caption's or the document's period, present tense, 'i dag', 'året innan', 'föregående vecka', 'månaden före' are
# lenient; brackets take the period their note names (explicit); a level followed by ', mot', ', jämfört med', ', att
# jämföra med', ', en ökning/nedgång/höjning med', 'Det är X mer/fler' is the new value after a change, from-values
# have no direction; comparisons at one time (against a target, a guideline, a national average, a normal day, another
# flat) have no direction; a comparison with an earlier point takes the current period with a direction; a change noun
# with a baseline year spans the two years, lenient; growth rates carry increase (r16); 'årstakt' / 'på tolv månader'
# is a twelve-month rate: the rolling year ('2025', '2026'), lenient, direction from its sign (r18); multipliers ('mer
# än dubbelt så mycket', 'en fördubbling') are optional; thresholds, definitions of a category or of an example are
# optional, targets, promises, caps and norms stated as facts are required; a target without a year has no period;
# table cells take their column headers' periods (a caption's lenient), change columns their direction from the sign
# ('0,00' none); rows that are categories take the caption's or the column's measure as subject, rows that are measures
# their own label; öre are SEK/100; 'per person och dygn' is per="capita" (the non-time denominator wins); 'per aktie'
# per="share"; 'kronor per kilo' per="kg"; 'enkel resa' per="trip" and the price of a card per None (r13/r21);
# 'vilket'/'Det'/elided nouns/pronouns have s None; the payer, the holder and the actor are no subject; 'X procent av Y'
# with X predicated of no other noun takes Y, 'X står för / svarar för Y' takes X; a CEO paragraph ending in 'säger
# ...' credits every figure in it; a party's first-person proposals ('Vi vill', 'Vi föreslår', the list 'Så vill vi
# göra det') are the publisher's, the rest of its page plain reporting; the UNDATED text has no period except where a
# period is written out.
# Where those were silent, decided here:
# - Medtech: the unit written BEFORE a bracket ('412,6 Mkr (371,9)') applies to the bracket (the contract names only
#   the unit after it). Bullets under 'ANDRA KVARTALET' / 'FÖRSTA HALVÅRET' (no year) are 2026 lenient, brackets 2025
#   explicit. 'landade på', 'nådde' state no change. 'varav valutaeffekter bidrog negativt med 2,3 procentenheter' is
#   percentage_point 2.3 as written with direction decrease (a negative contribution), s 'valutaeffekter'. In the
#   CEO paragraph 'står nu för nästan en tredjedel av koncernens intäkter' takes the sales line (X står för Y); '41
#   sjukhus ... mot 29 vid samma tid i fjol': 41 increase, 29 2025 explicit, s None. The 'Organisk tillväxt, %' table
#   row is signed (increase), as the prose growth rates; the other rows carry no direction.
# - Bank lending: every årstakt figure (prose and both table columns, September's included) is the rolling year
#   ('2025', '2026') lenient with the sign's direction; September's '2,8 procent' is the from-value of 'en acceleration
#   från' but, being a rate, keeps its sign's direction (increase). Stocks 'i slutet av oktober' and the 'Stock, mdkr'
#   column are 2026 lenient; '4 862 miljarder ... uppgick till' has no direction (the rate follows in a sentence of its
#   own); '4 011 ... växte med ... och landade på' is the new value (increase). '−1,2 procent' keeps its sign (value
#   −1.2, decrease). 'Fastighetsbolagen ... minskade sin upplåning med 0,6 procent' is a twelve-month rate (the table
#   shows it as årstakt): s 'sin upplåning'. The debt ratio 'runt 178 procent' 'bedöms ligga kvar' is required, approx,
#   no direction, no speaker. Table subjects: the caption's 'Utlåning' for the stock column, 'Årstakt' for the rates.
# - Waiting times: 'Under årets andra tertial' resolves to 2026 explicit for its own sentence; the rest of the page
#   2026 lenient; 'i fjol' 2025 explicit. The thresholds 'inom 30 dagar' / 'gränsen 90 dagar' define the shares:
#   optional, unit day, 'inom' at_most. '71,4 procent av de barn och unga som remitterats': s the Y (head 'barn'); it is
#   the new value of the next sentence's 'Det är en förbättring jämfört med samma tertial i fjol' (increase). 'klarade
#   regionen 58,2 procent' s None (the actor), increase from ', knappt 6 procentenheter bättre än förra året'. The
#   target 'minst 80 procent' has no year: no period, s None (elided), no speaker. Table: caption below 'tertial 2
#   2026' (2026 lenient), 'Samma tertial 2025, %' explicit; clinics are categories: s the caption's 'Andel'; the '30
#   dagar' / '90 dagar' of the headers are N. 'sju nya psykologer ... sedan i våras' a flow: no direction, 2026 lenient;
#   'halverat kön' left out (no figure, r25_b). 'Vårt mål är att nå 80 procent under 2027' in the quote paragraph:
#   speaker Malin Öberg.
# - Water: 'för tio år sedan' in an annual report for 2025 counts from the report's year: 2015 lenient (not from the
#   2026 publication date). '138 liter' has no direction (the earlier years follow in separate sentences with no verb
#   of change). 'Rikssnittet brukar anges till ungefär 140 liter' is habitual: no period. 'mer än 150 år' (a
#   projection) is required, unit year, no period. 'som mest 13 900 kubikmeter på ett enda dygn' per="day", 2025
#   lenient (the year stands in the sentence before, 'Sommaren 2025 var torr.'). 'Kommunfullmäktige har beslutat om en höjning ... med 9 procent': credited to the
#   council, 2026 explicit ('från den 1 januari 2026'), increase. Table rows are measures with units in the labels;
#   '1 000 m3' scales by 1 000 (the '1 000' is N); 'l/person/dygn' per="capita". 'tre vattenverk' a count (number
#   word, r25_b).
# - Party page (UNDATED): 'sedan mitten av 1990-talet, från omkring 550 000' is ('1990', '1999') lenient (r25_b's
#   decade rule); 'färre än 200 000' now: no period, decrease. 'Förra året påbörjades knappt 29 000' has no period
#   (undated). 'minst 55 000 bostäder per år fram till 2030' and 'vart tredje av dem' take the target year 2030
#   explicit (the promise is judged at its end year); 'Vi vill halvera hemlösheten till 2032' has no figure (left out,
#   like r25_b's 'halverat'; '2032' is N) and 'mer än halverats' is left out too. 'en detaljplan ska inte ta mer än 12
#   månader' is a cap (at_most). 'höjs från 85 till 90 procent': 85 from-value, 90 increase. 'mer än dubbelt så
#   mycket' an optional multiplier (number 2, more_than, no direction). 'tre barn', 'två barn' (category definitions
#   in words) are left out.
# - Farm prices (sidecar 2026-11-20): 'denna vecka', 'vecka 46', 'föregående vecka', 'förra veckans' are 2026 lenient;
#   differences against 'i fjol' / 'för ett år sedan' take the current period with the direction ('38 öre mer', '4,10
#   kronor över nivån'); 'oförändrat', 'låg still' state no change. 'kronor per kilo slaktvikt' is per="kg". The change
#   column 'Förändr. v/v' is in kronor per kilo (the caption's unit), signed; 'V 47 i fjol' 2025 explicit. The example
#   farm's '120 kor' and '1,2 miljoner kilo om året' are optional (kg, per year); its 'drygt 450 000 kronor mer' is
#   required (increase, s None). Grade names 'R3' are N; 'tredje veckan i rad' and 'fem största' are left out.
# - Ferry (HTML, published 2025-12-15, prices from 1 February 2026): new prices 2026 lenient, 'i dag' 2025 lenient;
#   'kostar ... enkel resa' per="trip", carried to the child and car prices and the table cells (caption 'Enkelresa');
#   'Barn ... betalar 120 kronor' s None (the payer); 'personbil upp till 6 meter' defines the category (optional, m,
#   at_most); age bands '6 och 17 år', 'under 6 år' are N. 'I genomsnitt blir en resa 4,8 procent dyrare' is an
#   increase (the price change), s 'en resa'. 'bunkerpriset har stigit med 22 procent sedan förra prisjusteringen':
#   2025 lenient (the span ends at publication; its start is not given). 'Höjning, %' is increase. The commuter card
#   '1 900' (2025 lenient) -> '1 980 kronor' (2026 lenient, increase), per None (a card, r21); its '40 resor' defines
#   the card (optional).
# - Association: 'vid årets slut' in the 2025 report is 2025 lenient; the bracket '(53,2)' has no note: the previous
#   year, 2024 lenient (an annual report's convention), same subject. 'det näst bästa resultatet' is an ordinal (2,
#   required, as r16_a's ranks). 'mer än en fördubbling' optional (number 2, more_than, increase). 'Svensk
#   Insamlingskontroll kräver att minst 75 procent går till ändamålet' is a rule stated as fact: required, no period,
#   credited. '43 ideella volontärer i tjänst varje vecka' per="week" ('i genomsnitt' sets no bound). 'passera 20 000
#   medlemmar under 2026' a target: more_than, 2026 explicit, no direction (r25_a's 'passerar'). '40 år' in 'under 40
#   år' is an age band (N).
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and
#   dates that only place a claim, a comparison, a ranking ('sedan 2018', 'sedan våren 2023') or a target, week
#   numbers, grade names, times of day, next-release dates, table numbers, list numbering, age bands, scales in row
#   labels, phone numbers, street and box addresses, postal codes, plusgiro and org numbers, the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'andra tertial', 'första
#   prisjusteringen på två år', 'för tio år sedan', 'på tolv månader', 'tredje veckan i rad', 'fem största', 'tre barn',
#   'två barn', 'halverat', 'halvera', 'mer än halverats', 'ett enda dygn'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2015", "2020", "2021", "2023", "2024", "2025", "2026", "2027", "2028", "2030", "2032")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27 = (Y[y] for y in ("2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. medtech half-year report Jan-Jun 2026 (dateline 'Lund den 16 juli 2026')
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    OT = ("Den organiska tillväxten", "tillväxten")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    RR = ("Rörelseresultatet (EBIT)", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RPA = ("Resultatet per aktie", "Resultatet")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    HA = ("Henrik Ahlqvist", "quote")
    AN = ("Antalet anställda vid periodens slut", "Antalet")
    kt = lambda u, sc, signed=F: [(u, sc, None, Y26, F, signed), (u, sc, None, Y25, F, signed), (u, sc, None, Y26, F, signed), (u, sc, None, Y25, F, signed)]
    GOLD["r26_b_medtech_halvar"] = [
        G("412,6 Mkr", 412.6e6, "SEK", **L26, direction=INC, s=NO, sp=None, note="bullets under 'ANDRA KVARTALET' (no year: the report's 2026, lenient); 'ökade till'"),
        G("371,9", 371.9e6, "SEK", ctx="Mkr ([371,9])", t=Y25, s=NO, sp=None, note="bracket: 'motsvarande period 2025' (explicit); the unit before the bracket applies"),
        G("9,4 procent", 9.4, "percent", **L26, direction=INC, s=OT, sp=None, note="a growth rate: increase (r16)"),
        G("6,1", 6.1, "percent", ctx="9,4 procent ([6,1])", t=Y25, direction=INC, s=OT, sp=None, note="bracket of a growth rate: increase too"),
        G("64,8 procent", 64.8, "percent", **L26, direction=INC, s=BM, sp=None, note="'förstärktes till'"),
        G("62,3", 62.3, "percent", ctx="64,8 procent ([62,3])", t=Y25, s=BM, sp=None),
        G("58,1 Mkr", 58.1e6, "SEK", **L26, s=RR, sp=None, note="'landade på': no change stated"),
        G("44,7", 44.7e6, "SEK", ctx="58,1 Mkr ([44,7])", t=Y25, s=RR, sp=None),
        G("14,1 procent", 14.1, "percent", **L26, s=RM, sp=None, note="'motsvarande en rörelsemarginal på': the noun"),
        G("12,0", 12.0, "percent", ctx="14,1 procent ([12,0])", t=Y25, s=RM, sp=None),
        G("1,36 kronor", 1.36, "SEK", per="share", **L26, s=RPA, sp=None),
        G("1,02", 1.02, "SEK", per="share", ctx="1,36 kronor ([1,02])", t=Y25, s=RPA, sp=None),
        G("798,4 Mkr", 798.4e6, "SEK", **L26, direction=INC, s=NO, sp=None, note="heading 'FÖRSTA HALVÅRET' (2026 lenient); 'steg till'"),
        G("725,0", 725.0e6, "SEK", ctx="Mkr ([725,0])", t=Y25, s=NO, sp=None),
        G("2,3 procentenheter", 2.3, "percentage_point", **L26, direction=DEC, s=("valutaeffekter", "valutaeffekter"), sp=None, note="'varav valutaeffekter bidrog negativt med': a negative contribution to the growth, value as written"),
        G("8,7 procent", 8.7, "percent", **L26, direction=INC, s=OT, sp=None, note="growth rate"),
        G("5,5", 5.5, "percent", ctx="8,7 procent ([5,5])", t=Y25, direction=INC, s=OT, sp=None),
        G("64,2 procent", 64.2, "percent", **L26, s=BM, sp=None, note="'nådde': a level"),
        G("62,8", 62.8, "percent", ctx="64,2 procent ([62,8])", t=Y25, s=BM, sp=None),
        G("96,5 Mkr", 96.5e6, "SEK", **L26, direction=INC, s=KF, sp=None, note="'förbättrades till'"),
        G("61,2", 61.2e6, "SEK", ctx="96,5 Mkr ([61,2])", t=Y25, s=KF, sp=None),
        G("23 procent", 23, "percent", **L26, direction=INC, s=("Försäljningen av vår katetersystemlinje Veyra", "Försäljningen"), sp=HA, note="'VD HAR ORDET' paragraph ending in 'säger verkställande direktör': every figure credited"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", **L26, s=("Försäljningen av vår katetersystemlinje Veyra", "Försäljningen"), sp=HA, note="'står nu för nästan en tredjedel av koncernens intäkter': 'X står för Y' takes X (r25_b)"),
        G("41 sjukhus", 41, "count", **L26, direction=INC, s=("sjukhus", "sjukhus"), sp=HA, note="'mot 29 vid samma tid i fjol': the new value"),
        G("29", 29, "count", ctx="mot [29] vid", t=Y25, s=None, sp=HA, note="'i fjol' resolves (explicit); elided"),
        G("17 procent", 17, "percent", **L26, direction=INC, s=("omsättningen", "omsättningen"), sp=HA),
        G("minst 18 procent", 18, "percent", bound="at_least", t=Y["2028"], s=RM, sp=HA, note="target 'senast 2028'"),
        G("11,6 procent", 11.6, "percent", **L26, s=("Forsknings- och utvecklingskostnaderna", "utvecklingskostnaderna"), sp=None, note="'motsvarade X procent av omsättningen': X predicated of the costs"),
        G("684", 684, "count", **L26, direction=INC, s=AN, sp=None, note="', en ökning med ... sedan årsskiftet': the new value"),
        G("38 personer", 38, "count", **L26, direction=INC, s=AN, sp=None, note="span 'sedan årsskiftet' lies inside 2026"),
        G("118 Mkr", 118e6, "SEK", **L26, direction=DEC, s=("Nettoskulden", "Nettoskulden"), sp=None, note="'minskade till'"),
        *_row(G, "Nettoomsättning, Mkr", ["412,6", "371,9", "798,4", "725,0"], kt("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL': 'Kv 2 2026' / 'Kv 2 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' explicit at year grain; rows are measures"),
        *_row(G, "Bruttomarginal, %", ["64,8", "62,3", "64,2", "62,8"], kt("percent", 1), ("Bruttomarginal", "Bruttomarginal")),
        *_row(G, "Rörelseresultat, Mkr", ["58,1", "44,7", "103,9", "81,3"], kt("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Organisk tillväxt, %", ["9,4", "6,1", "8,7", "5,5"], kt("percent", 1, True), ("Organisk tillväxt", "tillväxt"), note="growth-rate row: direction from the sign (increase), as the prose"),
    ]
    NEG["r26_b_medtech_halvar"] = [
        N("januari–juni 2026", note="title"), N("2025", ctx="motsvarande period [2025].", note="the brackets' note"),
        N("2028", note="places the target"),
        N("Kv 2 2026", note="column header"), N("Kv 2 2025", note="column header"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("16 juli 2026", note="dateline"), N("556812-4470", note="org number"), N("Stora Mossvägen 12", note="street address"),
        N("223 81", note="postal code"), N("046-772 10 00", note="phone number"),
    ]

    # ------------------------------------------------------------ 2. bank lending, October 2026 (Publicerad 2026-11-27 kl. 09.30)
    UT, AT = ("Utlåning", "Utlåning"), ("Årstakt", "Årstakt")
    BL = ("Bostadslånen", "Bostadslånen")
    SK = ("Deras skuld till bankerna", "skuld")
    RB = ("Den genomsnittliga räntan på nya bostadslån", "räntan")
    lc = [("SEK", 1e9, None, Y26, True, F), ("percent", 1, None, ("2025", "2026"), True, True), ("percent", 1, None, ("2025", "2026"), True, True)]
    GOLD["r26_b_utlaning_oktober"] = [
        G("4 862 miljarder kronor", 4862e9, "SEK", **L26, s=("Hushållens lån från monetära finansinstitut", "lån"), sp=None, note="'i slutet av oktober' (no year: 2026 lenient); 'uppgick till': a level"),
        G("3,1 procent", 3.1, "percent", **R12, direction=INC, s=AT, sp=None, note="årstakt: a twelve-month rate, rolling year ('2025', '2026') lenient, direction from its sign (r18)"),
        G("2,8 procent", 2.8, "percent", **R12, direction=INC, s=AT, sp=None, note="September's twelve-month rate (from-value of 'en acceleration från', but itself a rate: its sign gives the direction)"),
        G("3,4 procent", 3.4, "percent", **R12, direction=INC, s=BL, sp=None, note="'växte med ... i årstakt'"),
        G("4 011 miljarder kronor", 4011e9, "SEK", **L26, direction=INC, s=BL, sp=None, note="'växte med ... och landade på': the new value"),
        G("−1,2 procent", -1.2, "percent", **R12, direction=DEC, s=("deras årstakt", "årstakt"), sp=None, note="'backade'; sign as written"),
        G("246 miljarder kronor", 246e9, "SEK", **L26, direction=DEC, s=("stocken", "stocken"), sp=None, note="'krympte till'"),
        G("1,9 procent", 1.9, "percent", **R12, direction=INC, s=("Icke-finansiella företags lån", "lån"), sp=None, note="'på tolv månader'"),
        G("1,3 procent", 1.3, "percent", **R12, direction=INC, s=None, sp=None, note="'föregående månad' (September 2026): a twelve-month rate; elided"),
        G("2 937 miljarder kronor", 2937e9, "SEK", **L26, s=("Utestående belopp", "belopp"), sp=None),
        G("ungefär 40 procent", 40, "percent", bound="approx", **L26, s=("Fastighetsbolagen", "Fastighetsbolagen"), sp=None, note="'X svarar för Y' takes X"),
        G("0,6 procent", 0.6, "percent", ctx="upplåning med [0,6 procent]", **R12, direction=DEC, s=("sin upplåning", "upplåning"), sp=None, note="the table gives it as årstakt"),
        G("61,7 miljarder kronor", 61.7e9, "SEK", **L26, direction=INC, s=("nya bostadslån", "bostadslån"), sp=None, note="'Under oktober' (no year); ', cirka 12 procent mer än i samma månad i fjol'"),
        G("cirka 12 procent", 12, "percent", bound="approx", **L26, direction=INC, s=None, sp=None, note="comparison with the same month a year earlier: current period with a direction"),
        G("3,05 procent", 3.05, "percent", **L26, direction=DEC, s=RB, sp=None, note="'sjönk till ... från'"),
        G("3,18 procent", 3.18, "percent", **L26, s=RB, sp=None, note="from-value 'månaden före' (September 2026)"),
        G("312 miljarder kronor", 312e9, "SEK", **L26, direction=INC, s=SK, sp=None, note="'steg till'"),
        G("5,2 procent", 5.2, "percent", ctx="ökning med [5,2 procent]", **R12, direction=INC, s=SK, sp=None, note="'en ökning med ... i årstakt': the thing that changes"),
        G("178 procent", 178, "percent", bound="approx", **L26, s=("Hushållens skuldsättning i förhållande till disponibel inkomst", "skuldsättning"), sp=None, note="'runt'; 'ligga kvar': no change"),
        *_row(G, "Hushåll", ["4 862", "3,1", "2,8"], lc, [UT, AT, AT], note="table 'Tabell 1. Utlåning per låntagarsektor, oktober 2026': 'Stock, mdkr' 1e9 SEK 2026 lenient (caption); both årstakt columns rolling year lenient, signed; sectors are categories: s the caption's 'Utlåning' / the column's 'Årstakt'"),
        *_row(G, "därav bostadslån", ["4 011", "3,4", "3,0"], lc, [UT, AT, AT]),
        *_row(G, "därav konsumtionskrediter", ["246", "−1,2", "−0,9"], lc, [UT, AT, AT]),
        *_row(G, "Icke-finansiella företag", ["2 937", "1,9", "1,3"], lc, [UT, AT, AT]),
        *_row(G, "därav fastighetsbolag", ["1 178", "−0,6", "−1,1"], lc, [UT, AT, AT]),
        *_row(G, "Kommuner och regioner", ["312", "5,2", "4,9"], lc, [UT, AT, AT]),
    ]
    NEG["r26_b_utlaning_oktober"] = [
        N("oktober 2026", occ=1, note="title"), N("2026-11-27", note="Publicerad"), N("09.30", note="time of day"),
        N("oktober 2025", note="places the comparison"), N("2023", note="'sedan våren 2023' places a ranking"),
        N("Tabell 1", note="table number"), N("oktober 2026", ctx="låntagarsektor, [oktober 2026]", note="caption"),
        N("2026-12-29", note="next release"), N("010-479 63 20", note="phone number"),
    ]

    # ------------------------------------------------------------ 3. child and adolescent psychiatry waiting times, tertial 2 2026 (Markdown, Publicerad 14 oktober 2026)
    ANL = ("andelen", "andelen")
    AK = ("Andel", "Andel")
    MO = ("Malin Öberg", "quote")
    bc = [("percent", 1, None, Y26, True, F), ("percent", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, F)]
    GOLD["r26_b_bup_vantetider"] = [
        G("71,4 procent", 71.4, "percent", t=Y26, direction=INC, s=("de barn och unga som remitterats till BUP", "barn"), sp=None, note="'Under årets andra tertial' resolves (explicit); next sentence 'Det är en förbättring jämfört med samma tertial i fjol': the new value; 'X procent av Y'"),
        G("30 dagar", 30, "day", ctx="första besök inom [30 dagar]", bound="at_most", optional=True, s=None, sp=None, note="the threshold that defines the share ('inom')"),
        G("63,9 procent", 63.9, "percent", t=Y25, s=ANL, sp=None, note="'i fjol' resolves"),
        G("minst 80 procent", 80, "percent", bound="at_least", s=None, sp=None, note="target without a year: no period; elided"),
        G("30 dagar", 30, "day", ctx="få besök inom [30 dagar]", bound="at_most", optional=True, s=None, sp=None, note="threshold"),
        G("90 dagar", 90, "day", ctx="gränsen [90 dagar]", optional=True, s=("gränsen", "gränsen"), sp=None, note="threshold"),
        G("58,2 procent", 58.2, "percent", **L26, direction=INC, s=None, sp=None, note="'klarade regionen' (the actor is no subject); ', knappt 6 procentenheter bättre än förra året': the new value"),
        G("knappt 6 procentenheter", 6, "percentage_point", bound="approx", **L26, direction=INC, s=None, sp=None, note="difference against last year: current period, increase"),
        G("1 946 nya remisser", 1946, "count", **L26, direction=INC, s=("nya remisser", "remisser"), sp=None, note="', 8 procent fler än under motsvarande period 2025'"),
        G("8 procent", 8, "percent", **L26, direction=INC, s=None, sp=None),
        G("Knappt hälften", 0.5, "ratio", bound="approx", **L26, s=("remisserna", "remisserna"), sp=None),
        *_row(G, "BUP Storhamn", ["76,8", "68,0", "61,5"], bc, AK, sep=" | ", note="Markdown table, caption below 'tertial 2 2026' (2026 lenient); 'Samma tertial 2025, %' explicit; clinics are categories: s the caption's 'Andel'"),
        *_row(G, "BUP Älvby", ["69,3", "60,4", "55,9"], bc, AK, sep=" | "),
        *_row(G, "BUP Fjällsta", ["62,1", "59,7", "49,8"], bc, AK, sep=" | "),
        *_row(G, "Regionen totalt", ["71,4", "63,9", "58,2"], bc, AK, sep=" | "),
        G("34 dagar", 34, "day", **L26, s=("medianväntetiden till första besök", "medianväntetiden"), sp=None),
        G("19 dagar", 19, "day", **L26, s=None, sp=None, note="'var den': pronoun"),
        G("sju nya psykologer", 7, "count", **L26, s=("nya psykologer", "psykologer"), sp=MO, note="a flow since spring: no direction (r25_a's 'nya mobilkunder')"),
        G("80 procent", 80, "percent", ctx="nå [80 procent] under", t=Y27, s=None, sp=MO, note="target 'under 2027' in the quote"),
        G("14,5 miljoner kronor", 14.5e6, "SEK", t=Y27, s=("ett särskilt kömandat", "kömandat"), sp=None, note="'för 2027'; the region is the payer"),
    ]
    NEG["r26_b_bup_vantetider"] = [
        N("tertial 2 2026", occ=1, note="title"), N("14 oktober 2026", note="Publicerad"),
        N("2025", ctx="motsvarande period [2025].", note="places the comparison"),
        N("30 dagar", ctx="Besök inom [30 dagar], %", note="column header"), N("2025", ctx="Samma tertial [2025], %", note="column header"),
        N("90 dagar", ctx="Behandling inom [90 dagar], %", note="column header"),
        N("tertial 2 2026", ctx="angiven tid, [tertial 2 2026]", note="caption"),
        N("2027", ctx="procent under [2027]", note="places the target"), N("2027", ctx="kronor för [2027]", note="places the claim"),
    ]

    # ------------------------------------------------------------ 4. municipal water report 2025 (Publicerad 12 mars 2026)
    TH = ("Tomas Hed", "quote")
    LK = ("Läckaget på ledningsnätet", "Läckaget")
    FB = ("Förbrukningen i hushållen", "Förbrukningen")
    vc = lambda u, sc, per=None: [(u, sc, per, Y25, F, F), (u, sc, per, Y24, F, F), (u, sc, per, Y["2023"], F, F)]
    GOLD["r26_b_vatten_2025"] = [
        G("tre vattenverk", 3, "count", t=Y25, s=("vattenverk", "vattenverk"), sp=None, note="number word (r25_b's 'tre förlossningskliniker')"),
        G("3,42 miljoner kubikmeter", 3.42e6, "m3", t=Y25, direction=DEC, s=("dricksvatten", "dricksvatten"), sp=None, note="'Under 2025'; next sentence 'Det är drygt 90 000 kubikmeter mindre än året före': the new value"),
        G("drygt 90 000 kubikmeter", 90000, "m3", bound="approx", **L25, direction=DEC, s=None, sp=None, note="'Det är'"),
        G("138 liter", 138, "l", per="capita", **L25, s=FB, sp=None, note="'per person och dygn' -> capita (the non-time denominator, r-precedent); comparison in the next sentences, no change verb: no direction"),
        G("144 liter", 144, "l", per="capita", t=Y24, s=("siffran", "siffran"), sp=None, note="'År 2024'"),
        G("162 liter", 162, "l", per="capita", t=Y["2015"], lenient=True, s=None, sp=None, note="'för tio år sedan' counted from the report's year 2025 (lenient)"),
        G("ungefär 140 liter", 140, "l", bound="approx", per="capita", s=("Rikssnittet", "Rikssnittet"), sp=None, note="'brukar anges': a habitual figure, no period"),
        G("17,5 procent", 17.5, "percent", **L25, direction=DEC, s=LK, sp=None, note="'minskade till'"),
        G("21,3 procent", 21.3, "percent", t=Y24, s=LK, sp=None, note="', jämfört med 21,3 procent 2024'"),
        G("högst 15 procent", 15, "percent", bound="at_most", s=("Branschens riktvärde", "riktvärde"), sp=None, note="a norm stated as fact: required, no period (r25_b)"),
        G("64 läckor", 64, "count", **L25, direction=DEC, s=("läckor", "läckor"), sp=None, note="', mot 87 året innan'"),
        G("87", 87, "count", ctx="mot [87] året", **L24, s=None, sp=None, note="'året innan'; elided"),
        G("4,8 kilometer", 4.8, "km", **L25, s=("vattenledning", "vattenledning"), sp=None),
        G("0,6 procent per år", 0.6, "percent", per="year", **L25, s=("en förnyelsetakt", "förnyelsetakt"), sp=None),
        G("mer än 150 år", 150, "year", bound="more_than", s=None, sp=None, note="a projection: no period"),
        G("omkring 790 kilometer", 790, "km", bound="approx", **L25, s=("hela nätet", "nätet"), sp=None),
        *_row(G, "Producerat vatten, 1 000 m3", ["3 420", "3 512", "3 588"], vc("m3", 1e3), ("Producerat vatten", "vatten"), note="table 'Nyckeltal' '2025' / '2024' / '2023' explicit; rows are measures; '1 000 m3' scales"),
        *_row(G, "Debiterat vatten, 1 000 m3", ["2 711", "2 690", "2 702"], vc("m3", 1e3), ("Debiterat vatten", "vatten")),
        *_row(G, "Läckage, %", ["17,5", "21,3", "22,6"], vc("percent", 1), ("Läckage", "Läckage")),
        *_row(G, "Förbrukning, l/person/dygn", ["138", "144", "147"], vc("l", 1, "capita"), ("Förbrukning", "Förbrukning")),
        G("13 900 kubikmeter", 13900, "m3", per="day", **L25, s=None, sp=None, note="'I juli' after the sentence 'Sommaren 2025 var torr.' (lenient); 'på ett enda dygn'"),
        G("nästan 40 procent", 40, "percent", bound="approx", **L25, s=None, sp=None, note="against a normal summer day: no direction"),
        G("22 nya flödesmätare", 22, "count", **L25, s=("nya flödesmätare", "flödesmätare"), sp=TH),
        G("under 12 procent", 12, "percent", bound="less_than", t=Y["2030"], direction=DEC, s=("läckaget", "läckaget"), sp=TH, note="target 'Till 2030 ... ha ned'"),
        G("9 procent", 9, "percent", t=Y26, direction=INC, s=("brukningsavgiften", "brukningsavgiften"), sp=("Kommunfullmäktige", "credited"), note="'från den 1 januari 2026'"),
    ]
    NEG["r26_b_vatten_2025"] = [
        N("2025", ctx="Vattenbokslut [2025]", note="title"), N("12 mars 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] producerade", note="places the claim"), N("2018", note="'sedan 2018' places a ranking"),
        N("2024", ctx="År [2024] var", note="places the claim"), N("2024", ctx="procent [2024].", note="places the claim"),
        N("2025", ctx="Nyckeltal [2025]", note="column header"), N("2024", ctx="Nyckeltal 2025 [2024]", note="column header"),
        N("2023", note="column header"),
        N("1 000", ctx="Producerat vatten, [1 000] m3", note="scale in a row label"), N("1 000", ctx="Debiterat vatten, [1 000] m3", note="scale in a row label"),
        N("2025", ctx="Sommaren [2025]", note="places the claim"), N("2030", note="places the target"),
        N("1 januari 2026", note="places the change"), N("Kyrkgatan 3", note="street address"), N("574 31", note="postal code"),
        N("0383-840 00", note="phone number"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on housing (no date, no sidecar)
    FP = ("Framtidspartiet", "publisher")
    D90 = dict(t=("1990", "1999"), lenient=True)
    AH = ("antalet hushåll med bidrag", "antalet")
    GOLD["r26_b_parti_bostad"] = [
        G("38 procent", 38, "percent", s=("sin disponibla inkomst", "inkomst"), sp=None, note="undated: no period; 'X procent av Y'"),
        G("över hälften", 0.5, "ratio", bound="more_than", s=None, sp=None),
        G("5 200 kronor", 5200, "SEK", per="month", s=("Det högsta bidraget för en barnfamilj med tre barn eller fler", "bidraget"), sp=None, note="'i dag': no period (undated)"),
        G("6 500 kronor", 6500, "SEK", per="month", direction=INC, s=("taket", "taket"), sp=FP, note="'Vi föreslår att taket höjs till': per month carried"),
        G("över 25 år", 25, "year", bound="more_than", s=("Inkomstgränserna i bostadsbidraget", "Inkomstgränserna"), sp=None),
        G("omkring 550 000", 550000, "count", bound="approx", **D90, s=AH, sp=None, note="'sedan mitten av 1990-talet': the decade, lenient (r25_b)"),
        G("färre än 200 000", 200000, "count", bound="less_than", direction=DEC, s=AH, sp=None),
        G("knappt 29 000 bostäder", 29000, "count", bound="approx", s=("bostäder", "bostäder"), sp=None, note="'Förra året' in an undated text: no period"),
        G("ungefär 60 000", 60000, "count", bound="approx", per="year", s=("behovet", "behovet"), sp=None, note="'enligt bedömningar' names no one"),
        G("minst 55 000 bostäder per år", 55000, "count", bound="at_least", per="year", t=Y["2030"], s=("bostäder", "bostäder"), sp=FP, note="promise 'fram till 2030': the target year (explicit)"),
        G("vart tredje", 1 / 3, "ratio", t=Y["2030"], s=None, sp=FP, note="'av dem': pronoun"),
        G("6 miljarder kronor per år", 6e9, "SEK", per="year", s=("Ett statligt investeringsstöd", "investeringsstöd"), sp=FP, note="list under 'Så vill vi göra det': the publisher's"),
        G("12 månader", 12, "month", bound="at_most", s=("en detaljplan", "detaljplan"), sp=FP, note="'inte ta mer än': a cap"),
        G("upp till 15 procent", 15, "percent", bound="at_most", s=("Ett startlån för förstagångsköpare", "startlån"), sp=FP),
        G("85", 85, "percent", ctx="från [85] till", s=("Ett bolånetak", "bolånetak"), sp=FP, note="from-value; the unit after 'till ... procent' applies"),
        G("90 procent", 90, "percent", direction=INC, s=("Ett bolånetak", "bolånetak"), sp=FP, note="'höjs från ... till'"),
        G("14 000 kronor", 14000, "SEK", per="month", s=("En nybyggd trea i en större stad", "trea"), sp=None, note="'ofta' sets no bound"),
        G("mer än dubbelt så mycket", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier; comparison between flats: no direction"),
        G("runt 2 500 kronor", 2500, "SEK", bound="approx", per="month", direction=DEC, s=("hyran", "hyran"), sp=FP, note="'räknar vi med'"),
        G("Omkring 27 000 personer", 27000, "count", bound="approx", s=("personer", "personer"), sp=None),
        G("ungefär var sjätte", 1 / 6, "ratio", bound="approx", s=None, sp=None, note="'av dem': pronoun"),
    ]
    NEG["r26_b_parti_bostad"] = [
        N("1990-talet", note="places the from-value"), N("2030", note="target year"),
        N("1", ctx="[1]. Ett statligt", note="list numbering"), N("2", ctx="[2]. Kortare", note="list numbering"),
        N("3", ctx="[3]. Ett startlån", note="list numbering"), N("4", ctx="[4]. Ett bolånetak", note="list numbering"),
        N("2032", note="target year"),
    ]

    # ------------------------------------------------------------ 6. weekly farm prices, week 47 (sidecar 2026-11-20)
    AP = ("Avräkningspriser", "Avräkningspriser")
    UN = ("Ungtjur i klass R3", "Ungtjur")
    GP = ("Grispriset", "Grispriset")
    fc = [("SEK", 1, "kg", Y26, True, F), ("SEK", 1, "kg", Y26, True, F), ("SEK", 1, "kg", Y26, True, True), ("SEK", 1, "kg", Y25, F, F)]
    GOLD["r26_b_mjolkpris_v47"] = [
        G("5,12 kronor per kilo", 5.12, "SEK", per="kg", **L26, s=("Det genomsnittliga avräkningspriset för konventionell mjölk", "avräkningspriset"), sp=None, note="'denna vecka' (week 47, no year: 2026 lenient); 'oförändrat': no change"),
        G("38 öre", 0.38, "SEK", per="kg", **L26, direction=INC, s=None, sp=None, note="'Jämfört med motsvarande vecka i fjol är det ... mer per kilo': current period, increase"),
        G("6,04 kronor per kilo", 6.04, "SEK", per="kg", **L26, direction=INC, s=("ekologisk mjölk", "mjölk"), sp=None, note="', en höjning med 6 öre på en vecka'"),
        G("6 öre", 0.06, "SEK", per="kg", **L26, direction=INC, s=("ekologisk mjölk", "mjölk"), sp=None, note="per kg carried"),
        G("68,40 kronor per kilo", 68.40, "SEK", per="kg", **L26, direction=DEC, s=UN, sp=None, note="', en nedgång med ... från föregående vecka'"),
        G("0,90 kronor", 0.90, "SEK", per="kg", **L26, direction=DEC, s=UN, sp=None),
        G("4,10 kronor", 4.10, "SEK", per="kg", **L26, direction=INC, s=UN, sp=None, note="'över nivån för ett år sedan': current period, increase"),
        G("1,4 procent", 1.4, "percent", **L26, direction=DEC, s=GP, sp=None, note="'backade med ... till'"),
        G("21,15 kronor per kilo", 21.15, "SEK", per="kg", **L26, direction=DEC, s=GP, sp=None),
        G("2,6 procent", 2.6, "percent", **L26, direction=INC, s=("Lammpriset", "Lammpriset"), sp=None, note="'klättrade med'"),
        G("2,31 kronor per kilo", 2.31, "SEK", per="kg", **L26, direction=DEC, s=("Brödvete", "Brödvete"), sp=None, note="', båda omkring 10 procent lägre än för ett år sedan': the new value"),
        G("1,86 kronor per kilo", 1.86, "SEK", per="kg", **L26, direction=DEC, s=("foderkorn", "foderkorn"), sp=None),
        G("omkring 10 procent", 10, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'båda'"),
        *_row(G, "Mjölk, konventionell", ["5,12", "5,12", "0,00", "4,74"], fc, AP, note="table 'Avräkningspriser, kronor per kilo': 'V 47' / 'V 46' 2026 lenient, 'Förändr. v/v' kronor per kilo signed ('0,00' no direction), 'V 47 i fjol' 2025 explicit; products are categories: s the caption's 'Avräkningspriser'"),
        *_row(G, "Mjölk, ekologisk", ["6,04", "5,98", "+0,06", "5,61"], fc, AP),
        *_row(G, "Ungtjur R3", ["68,40", "69,30", "−0,90", "64,30"], fc, AP),
        *_row(G, "Gris, slaktvikt", ["21,15", "21,45", "−0,30", "22,80"], fc, AP),
        *_row(G, "Lamm R3", ["91,20", "88,90", "+2,30", "86,50"], fc, AP),
        G("120 kor", 120, "count", optional=True, s=("kor", "kor"), sp=None, note="defines the example farm"),
        G("1,2 miljoner kilo", 1.2e6, "kg", per="year", optional=True, s=None, sp=None, note="defines the example ('om året')"),
        G("drygt 450 000 kronor", 450000, "SEK", bound="approx", **L26, direction=INC, s=None, sp=None, note="the example's result: required (r25_b's 'en extra kostnad'); the holder is no subject"),
        G("14,80 kronor per kilo", 14.80, "SEK", per="kg", **L26, s=("Äggpriset till producent", "Äggpriset"), sp=None, note="'låg still': no change"),
        G("4,62 kronor per kilo", 4.62, "SEK", per="kg", **L26, direction=DEC, s=("Rapspriset", "Rapspriset"), sp=None, note="'föll ... och hamnade på'"),
        G("3 procent", 3, "percent", **L26, direction=DEC, s=None, sp=None, note="'under förra veckans notering'"),
    ]
    NEG["r26_b_mjolkpris_v47"] = [
        N("vecka 47", note="title"), N("vecka 46", note="places the comparison"),
        N("R3", ctx="klass [R3]", note="grade name"), N("V 47", ctx="Produkt [V 47]", note="column header"),
        N("V 46", note="column header"), N("V 47", ctx="v/v [V 47] i fjol", note="column header"),
        N("R3", ctx="Ungtjur [R3] 68,40", note="grade name"), N("R3", ctx="Lamm [R3] 91,20", note="grade name"),
        N("vecka 48", note="next release"),
    ]

    # ------------------------------------------------------------ 7. ferry ticket prices from 1 February 2026 (HTML, Publicerad 15 december 2025)
    ER, HO = ("Enkelresa", "Enkelresa"), ("Höjning", "Höjning")
    PRI = ("priset", "priset")
    PK = ("Pendlarkortet med 40 resor på linje Skärholm–Lillö", "Pendlarkortet")
    tc = [("SEK", 1, "trip", Y26, True, F)] * 3 + [("percent", 1, None, Y26, True, True)]
    GOLD["r26_b_farjepriser_2026"] = [
        G("4,8 procent", 4.8, "percent", **L26, direction=INC, s=("en resa", "resa"), sp=None, note="the new tariff from 1 February 2026 (lenient); 'dyrare' after a price change"),
        G("245 kronor", 245, "SEK", per="trip", **L26, direction=INC, s=("en vuxenbiljett", "vuxenbiljett"), sp=None, note="'enkel resa' per trip; ', att jämföra med 230 kronor i dag': the new value"),
        G("230 kronor", 230, "SEK", per="trip", **L25, s=None, sp=None, note="'i dag' at publication (2025, lenient); elided"),
        G("120 kronor", 120, "SEK", per="trip", **L26, s=None, sp=None, note="'Barn ... betalar': the payer is no subject"),
        G("6 meter", 6, "m", bound="at_most", optional=True, s=("en personbil", "personbil"), sp=None, note="'upp till': defines the category"),
        G("690 kronor", 690, "SEK", ctx="priset [690 kronor]", per="trip", **L26, direction=INC, s=PRI, sp=None, note="', en ökning med 45 kronor'"),
        G("45 kronor", 45, "SEK", ctx="med [45 kronor]", per="trip", **L26, direction=INC, s=PRI, sp=None),
        G("ungefär en tredjedel", 1 / 3, "ratio", bound="approx", **L25, s=("Bränslet", "Bränslet"), sp=None, note="present tense at publication; 'X står för Y' takes X"),
        G("22 procent", 22, "percent", **L25, direction=INC, s=("bunkerpriset", "bunkerpriset"), sp=None, note="'sedan förra prisjusteringen' (a span ending now): publication year, lenient"),
        *_row(G, "Skärholm–Västerön", ["245", "120", "690", "6,5"], tc, [ER, ER, ER, HO], note="HTML table 'Enkelresa per linje från 1 februari 2026, kronor': prices per trip 2026 lenient; 'Höjning, %' 2026 lenient, increase; routes are categories"),
        *_row(G, "Skärholm–Lillö", ["95", "45", "310", "3,3"], tc, [ER, ER, ER, HO]),
        *_row(G, "Västerön–Gåsskär", ["140", "70", "455", "4,1"], tc, [ER, ER, ER, HO]),
        G("40 resor", 40, "count", optional=True, s=("resor", "resor"), sp=None, note="defines the card"),
        G("1 900", 1900, "SEK", ctx="från [1 900] till", **L25, s=PK, sp=None, note="from-value: the current price; price of a card per None"),
        G("1 980 kronor", 1980, "SEK", **L26, direction=INC, s=PK, sp=None, note="'höjs från ... till'"),
        G("1,14 miljoner passagerare", 1.14e6, "count", t=Y25, s=("passagerare", "passagerare"), sp=None, note="'Under 2025'"),
        G("86 procent", 86, "percent", **L25, s=("avgångarna", "avgångarna"), sp=None),
    ]
    NEG["r26_b_farjepriser_2026"] = [
        N("1 februari 2026", ctx="biljettpriser från den [1 februari 2026]", note="heading"), N("15 december 2025", note="Publicerad"),
        N("1 februari 2026", ctx="med den [1 februari 2026] justerar", note="places the tariff"),
        N("6", ctx="mellan [6] och", note="age band"), N("17 år", note="age band"), N("6 år", ctx="under [6 år]", note="age band"),
        N("1 februari 2026", ctx="linje från [1 februari 2026], kronor", note="caption"),
        N("2025", ctx="Under [2025] reste", note="places the claim"), N("1 februari", ctx="före den [1 februari] gäller", note="places the rule"),
        N("Hamngatan 7", note="street address"), N("471 94", note="postal code"), N("0304-611 20", note="phone number"),
        N("556340-8815", note="org number"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. non-profit association's annual report 2025 (dateline 'Stockholm den 2 april 2026')
    KW = ("Karin Wessel", "quote")
    IM = ("Våra insamlade medel", "medel")
    GOLD["r26_b_forening_arsberattelse"] = [
        G("18 420 medlemmar", 18420, "count", **L25, direction=INC, s=("medlemmar", "medlemmar"), sp=None, note="'vid årets slut' in the 2025 report: 2025 lenient; next 'Det är 1 130 fler än ett år tidigare'"),
        G("1 130", 1130, "count", **L25, direction=INC, s=None, sp=None, note="'Det är'"),
        G("19 870 medlemmar", 19870, "count", t=Y["2021"], s=("medlemmar", "medlemmar"), sp=None, note="'rekordåret 2021': comparison with a record year, no direction"),
        G("27 procent", 27, "percent", **L25, direction=INC, s=("Andelen medlemmar under 40 år", "Andelen"), sp=None, note="'växte till'"),
        G("46,3 miljoner kronor", 46.3e6, "SEK", **L25, direction=INC, s=IM, sp=None, note="', en uppgång med 7,9 procent jämfört med 2024'"),
        G("7,9 procent", 7.9, "percent", t=("2024", "2025"), lenient=True, direction=INC, s=IM, sp=None, note="a change noun with a baseline year spans the two years (r25_a)"),
        G("näst bästa", 2, "ordinal", kind="ordinal", **L25, s=("resultatet", "resultatet"), sp=None, note="a rank (r16_a's ordinals)"),
        G("51,8 miljoner kronor", 51.8e6, "SEK", t=Y["2020"], s=None, sp=None, note="'pandemiåret 2020'; elided"),
        G("9 640", 9640, "count", **L25, s=("Månadsgivarna", "Månadsgivarna"), sp=None),
        G("21,6 miljoner kronor", 21.6e6, "SEK", **L25, s=None, sp=None, note="the givers are the actors"),
        G("187 kronor", 187, "SEK", **L25, s=("En genomsnittlig månadsgåva", "månadsgåva"), sp=None, note="no 'per' written"),
        G("8,4 miljoner kronor", 8.4e6, "SEK", **L25, direction=INC, s=("Testamenten", "Testamenten"), sp=None, note="', mer än en fördubbling mot året innan'"),
        G("en fördubbling", 2, "number", bound="more_than", **L25, direction=INC, optional=True, s=None, sp=None, note="multiplier"),
        G("3,9 miljoner kronor", 3.9e6, "SEK", **L24, s=None, sp=None, note="'året innan'; 'de gav': pronoun"),
        G("58,9 miljoner kronor", 58.9e6, "SEK", **L25, s=("Föreningens totala intäkter", "intäkter"), sp=None, note="'blev': no change"),
        G("53,2", 53.2e6, "SEK", ctx="kronor ([53,2])", **L24, s=("Föreningens totala intäkter", "intäkter"), sp=None, note="a bracket with no note in an annual report: the previous year, lenient"),
        G("81 procent", 81, "percent", **L25, s=("kostnaderna", "kostnaderna"), sp=None, note="'Av kostnaderna gick'"),
        G("14 procent", 14, "percent", **L25, s=("insamlingskostnaderna", "insamlingskostnaderna"), sp=None),
        G("5 procent", 5, "percent", ctx="administrationen på [5 procent]", **L25, s=("administrationen", "administrationen"), sp=None),
        G("minst 75 procent", 75, "percent", bound="at_least", s=None, sp=("Svensk Insamlingskontroll", "credited"), note="a rule stated as fact: required, no period"),
        G("312 familjer", 312, "count", **L25, s=("familjer", "familjer"), sp=None),
        G("1 540 barn och syskon", 1540, "count", **L25, s=("barn och syskon", "barn"), sp=None),
        G("fyra forskningsprojekt", 4, "count", **L25, s=("forskningsprojekt", "forskningsprojekt"), sp=None),
        G("9,5 miljoner kronor", 9.5e6, "SEK", **L25, s=("fyra forskningsprojekt", "forskningsprojekt"), sp=None, note="the goal of the money; the association is the payer"),
        G("2 860 samtal", 2860, "count", **L25, direction=INC, s=("samtal", "samtal"), sp=None, note="', nästan 300 fler än 2024'"),
        G("nästan 300", 300, "count", bound="approx", **L25, direction=INC, s=None, sp=None, note="difference against 2024: current period"),
        G("43 ideella volontärer", 43, "count", per="week", **L25, s=("ideella volontärer", "volontärer"), sp=None, note="'i genomsnitt ... varje vecka': no bound"),
        G("20 000 medlemmar", 20000, "count", bound="more_than", t=Y26, s=("medlemmar", "medlemmar"), sp=KW, note="target 'passera ... under 2026': more_than, no direction (r25_a's 'passerar')"),
    ]
    NEG["r26_b_forening_arsberattelse"] = [
        N("2025", ctx="Verksamhetsberättelse [2025]", note="title"), N("2 april 2026", note="dateline"),
        N("2021", note="places the record"), N("40 år", note="age band"), N("2024", ctx="jämfört med [2024].", note="places the comparison"),
        N("2020", note="places the claim"), N("2024", ctx="fler än [2024],", note="places the comparison"),
        N("2026", ctx="under [2026].", note="places the target"), N("Box 7731", note="postal address"), N("103 95", note="postal code"),
        N("90 04 18-3", note="plusgiro number"), N("802461-5590", note="org number"),
    ]

    return GOLD, NEG
