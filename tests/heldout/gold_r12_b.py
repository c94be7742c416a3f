"""Round 12, part B (r12_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 12, part B (r12_b_*): eight new kinds, adapted from stored public pages or written (r12_sources_b.md),
# annotated with subject and speaker (round 6 conventions) as a fact-checker reads them, before any run: a region's
# tourism statistics for January–August 2025 (Markdown; 'Det är 3 procent fler än under samma period i fjol', 'ökade med
# 7 procent till 612 000', 'mot 26 procent under januari–augusti 2024', 'Nästan var tredje' in a quote, 'nästan dubbelt
# så många som 2019', a country table 'Jan–aug 2025' / 'Jan–aug 2024' / signed 'Förändring, %'), a university's autumn
# admissions (first-choice applicants per place, 'mot 1,9 förra hösten', a plain-text programme table under a caption
# naming 'höstterminen 2025'), a fuel chain's price notice (date only in the sidecar; öre and kronor per litre, 'sänker
# ... med 15 öre till 17,89 kronor per liter', product names '95-oktanig', 'HVO100', 'E85', 'Bensin 98' as negatives,
# 'omkring 63 dollar per fat', 'i regel 20 till 40 öre lägre', a price table with a signed öre column and a '0' cell),
# quarterly housing starts (Markdown; 'cirka', 'enligt', 'första halvåret', 'mot 66 procent ett år tidigare', a county
# table 'Kv 2 2025' / 'Kv 2 2024' / signed change), monthly bankruptcies for October 2025 (dateline 'Stockholm den 6
# november 2025'; 'visar ny statistik från' in the next sentence, 'Hittills i år', 'de senaste tolv månaderna', 'från 39
# till 52', a plain-text industry table 'Okt 2025' / 'Okt 2024' / 'Anställda okt 2025'), a debt enforcement agency's
# yearly debt statistics (HTML with cookie banner, menu, breadcrumb, related teaser and footer as chrome; 'Vid
# årsskiftet' in a January 2026 text, 'I genomsnitt ... 385 000 kronor' per person, a median, 'över 5 miljoner kronor
# var', age groups, 'drygt 31 miljoner kronor om dagen' in a quote, an HTML table by age group), a sports club's annual
# meeting summary (title 'Årsmöte 2026', no publication date; 'minus 120 000 kronor', 'plus 25 000 kronor', 'höjs från
# 450 till 500 kronor', 'A-laget slutade trea', a results table with a 'Placering' column) and a government press
# release on defence spending (dateline 'Stockholm den 22 september 2025'; 'ökar med 12 miljarder kronor nästa år
# jämfört med 2025', '2,4 procent av BNP 2026', '3,5 procent av BNP till 2030', 'Sedan 2022 ... över 60 miljarder kronor'
# in a quote by an invented minister, a table with years as row labels).
# The r8-r11 decisions are followed (periods at year grain; a month without a year, a heading's, a caption's or the
# document's period is lenient; a relative expression in the sentence ('i fjol', 'förra hösten', 'nästa år', 'i år',
# 'i dag', 'Hittills i år') resolves against the publication date and is not lenient; 'ett år tidigare' / 'året innan'
# are the year before, lenient; levels followed by ', en ökning/minskning med X', ', X fler/färre än', 'mot X <earlier
# time>', 'jämfört med X <earlier time>' or a next sentence 'Det är X fler' are the new value after a change, the earlier
# value has none; from-values take the earlier period; a table cell takes its column header's period (explicit year: not
# lenient; change column lenient) and its direction from its sign in a change column; rows that are categories take the
# caption's or the column's measure as subject; thresholds, rules, named sets and multipliers optional; targets required;
# 'Det visar X' credits its own and the previous sentence; 'X föreslår' / 'X beslutade' credit X; possession ('Regeringens
# mål') is no credit). Where those were silent, decided here:
# - AGE GROUPS ARE NEGATIVES in this part (the round-12 brief lists 'age groups ... 18–25 år' and 'age ranges' among the
#   negatives): '18–25 år', '35–44 år', the age-group row labels of a table ('26–34 år', '65 år och äldre') and the open
#   groups '65 år och äldre', '25 år eller äldre', 'under 20 år' are N. This departs from r8-r11, where an age band that
#   only delimits a group was an optional G; the lead may flip these to optional if the rounds must agree.
#   A duration held by people ('har haft skulder ... i 20 år eller längre') is not an age: a required G (at_least).
# - Applicants per place ('2,1 förstahandssökande per plats', table column 'Per plats') are a count with per="place";
#   the university's '212 program och kurser' is a named set (optional).
# - Fuel: öre are SEK/100; every price and every change of a price in a per-litre context is per="l" ('sänks med 20 öre',
#   'sjunkit med 45 öre', 'i regel 20 till 40 öre lägre per liter' as low/high without direction: a comparison between
#   station types at one time); the state's share of the price '10,11 kronor' is per litre too; 'Momsen är 25 procent' is
#   a rule (optional); 'omkring 63 dollar per fat' is USD per="barrel" with direction decrease ('har fallit till'); an
#   unchanged price ('oförändrat på 14,62 kronor') has no direction; the price table's '0' cell has none; a bonus-card
#   discount with no date takes the publication year, lenient (r7_b's offers). Product names with digits ('95-oktanig',
#   'Bensin 95', 'Bensin 98', 'HVO100', 'E85') and the time '06.00' are N.
# - Parts of a stated increase ('Av ökningen nästa år går 4,8 miljarder kronor till armén, 3,1 miljarder till ... 900
#   miljoner kronor avsätts ... Resterande 1,6 miljarder kronor') carry its direction (increase) and its period; their
#   subject is the goal of the money. 'ökar med ytterligare omkring 85 miljarder kronor fram till dess [2030], jämfört med
#   2025 års nivå' spans ('2025', '2030'), lenient; 'Sedan 2022 har anslagen ökat med över 60 miljarder' is judged on its
#   start ('2022', None) as r2; '2 miljarder kronor per år från 2027' is ('2027', None), per year; 'Natos riktmärke på 2
#   procent av BNP' is a target (required, no period); 'enligt Natos definition' is 'enligt' (as r11_a's 'Enligt
#   konsumtionsdeflatorn'); '3,5 procent av BNP till 2030' takes ('2030', '2030') as r9_a's 'till'.
# - 'Vid årsskiftet' in a text published 27 January 2026 is the turn just past: ('2025', '2025'), lenient (as r11_b);
#   'förra årsskiftet' is the baseline. A mean debt 'varje skuldsatt person en skuld på 385 000 kronor' and 'i
#   genomsnitt 96 000 kronor per person' are per="capita"; the median 'medianskulden ... 81 300 kronor' has per=None (as
#   r11_b's median). 'drygt 31 miljoner kronor om dagen' in a quote is per="day" with direction increase ('växer med').
# - A result written with a word sign ('ett resultat på minus 120 000 kronor', 'plus 25 000 kronor') is signed by the word:
#   -120000 / +25000, no direction (a level, not a change). 'A-laget slutade trea' and the table's 'Placering' cells are
#   ordinals; 'Poäng' cells are unit number; league names ('division 4', 'Division 3', 'P19') are N. An undated summary
#   titled 'Årsmöte 2026' takes 2026 (lenient) for the meeting itself, the board and next season's fees and budget where
#   the sentence names no year; the past season's and the accounts' figures take 2025 (lenient, from 'verksamhetsåret
#   2025'). 'Årsmötet beslutade att medlemsavgiften ... höjs' credits Årsmötet; 'Budgeten för 2025 hade räknat med'
#   credits the budget (as r11_b's 'den förra prognosen ..., som räknade med'); the treasurer's 'redovisade' sentence holds
#   no figure and credits nothing after it. A term of office ('för 2 år', 'efter 9 år på posten') is a duration without
#   period.
# - Rolling twelve months up to October 2025 ('Under de senaste tolv månaderna') span ('2024', '2025'), not lenient (r7_a);
#   the span words 'tolv månaderna' are an optional period (r7_b). 'Nästan hälften av konkurserna, 47 procent' gives both
#   the ratio (approx) and the percent as required. A turnover threshold 'under 1 miljon kronor' is optional.
# - 'Siffrorna för 2025 är uppräknade med 12 procent' (a method adjustment) and 'minst tio bäddar' (a coverage threshold)
#   are optional.
# - Negatives: datelines, 'Publicerad' and 'Pressmeddelande' lines, dates ('den 24 juli', 'den 4 december', 'den 13
#   november 2025', 'den 15 mars', 'den 1 januari 2026'), years and periods that only place a claim ('januari–augusti
#   2025', 'hösten 2024', 'samma kvartal 2024', 'oktober 2024', 'sedan 2024', 'till 2030', 'år 2027', 'från 2027'), column
#   headers of periods ('Jan–aug 2025', 'Kv 2 2024', 'Okt 2025', 'okt 2025' in 'Anställda okt 2025'), years as table row
#   labels, the title year 'Årsmöte 2026', 'utgiftsområde 6', product names, league names, age groups (above), phone
#   numbers, street and box addresses, postal codes, org numbers, the cookie count, a related-article teaser ('24
#   månader') and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'andra kvartalet', 'första halvåret', 'för tredje kvartalet i rad',
#   'den tredje på en vecka', 'det lägsta priset sedan mars', 'lika många som i fjol', 'nästa säsong', 'ett fåtal'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2019", "2022", "2024", "2025", "2026", "2027", "2028", "2030")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y25, Y24, Y26 = Y["2025"], Y["2024"], Y["2026"]
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)

    # ------------------------------------------------ 1. regional tourism, January–August 2025 (Publicerad 9 oktober 2025)
    GN = ("gästnätter", "gästnätter")
    UG = ("De utländska gästnätterna", "gästnätterna")
    SG = ("de svenska gästnätterna", "gästnätterna")
    AU = ("Andelen utländska gästnätter", "Andelen")
    AG = ("antalet gästnätter", "antalet")
    LF = ("Lina Fahlgren", "quote")
    tu_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
               ("percent", 1, None, Y25, True, True)]
    GOLD["r12_b_turism_region"] = [
        G("2 184 000", 2184000, "count", t=Y25, direction="increase", s=GN, sp=None, note="'Under januari–augusti 2025'; next sentence 'Det är 3 procent fler': the new value"),
        G("3 procent", 3, "percent", **L25, direction="increase", s=GN, sp=None),
        G("7 procent", 7, "percent", **L25, direction="increase", s=UG, sp=None),
        G("612 000", 612000, "count", **L25, direction="increase", s=UG, sp=None, note="to-value"),
        G("1,5 procent", 1.5, "percent", **L25, direction="increase", s=SG, sp=None),
        G("1 572 000", 1572000, "count", **L25, direction="increase", s=SG, sp=None),
        G("28 procent", 28, "percent", **L25, direction="increase", s=AU, sp=None, note="'mot 26 procent under januari–augusti 2024'"),
        G("26 procent", 26, "percent", t=Y24, s=AU, sp=None),
        G("498 000", 498000, "count", **L25, direction="increase", s=AG, sp=None, note="'Då' = juli; ', en ökning med 4 procent jämfört med juli förra året'"),
        G("4 procent", 4, "percent", **L25, direction="increase", s=AG, sp=None),
        G("341 000", 341000, "count", **L25, s=GN, sp=None, note="'Juni landade på 341 000 och augusti på 327 000 gästnätter'"),
        G("327 000", 327000, "count", **L25, direction="decrease", s=GN, sp=None, note="next sentence '2 procent svagare än samma månad i fjol'"),
        G("2 procent", 2, "percent", **L25, direction="decrease", s=("Augusti", "Augusti"), sp=None),
        G("var tredje", 1 / 3, "ratio", bound="approx", **L25, s=("utländsk gästnatt", "gästnatt"), sp=LF, note="'Nästan var tredje ... i juli'"),
        G("1,43 miljarder kronor", 1.43e9, "SEK", **L25, direction="increase", s=("Logiintäkterna", "Logiintäkterna"), sp=None, note="'för januari–augusti' (no year); ', en ökning med 6 procent'"),
        G("6 procent", 6, "percent", ctx="ökning med [6 procent].", **L25, direction="increase", s=("Logiintäkterna", "Logiintäkterna"), sp=None),
        G("54 procent", 54, "percent", **L25, s=("Beläggningen på länets hotell", "Beläggningen"), sp=None, note="'i genomsnitt ... i juli'"),
        G("188 000", 188000, "count", occ=1, **L25, s=GN, sp=None),
        G("141 000", 141000, "count", occ=1, **L25, s=GN, sp=None, note="'följt av Tyskland med 141 000': the noun carries over"),
        G("12 procent", 12, "percent", **L25, direction="increase", s=("Gästnätterna från Danmark", "Gästnätterna"), sp=None),
        G("9 procent", 9, "percent", **L25, direction="increase", s=("Gästnätterna", "Gästnätterna"), sp=None, note="'och från Nederländerna med 9 procent'"),
        G("18 400", 18400, "count", occ=1, **L25, direction="increase", s=GN, sp=None, note="'nästan dubbelt så många som 2019': one thing over time"),
        G("dubbelt", 2, "number", bound="approx", t=("2019", "2025"), lenient=True, direction="increase", optional=True, s=None, sp=None, note="multiplier"),
        *_row(G, "| Norge", ["188 000", "176 500", "+6,5"], tu_cols, GN, sep=" | "),
        *_row(G, "| Tyskland", ["141 000", "133 900", "+5,3"], tu_cols, GN, sep=" | "),
        *_row(G, "| Danmark", ["62 300", "55 600", "+12,1"], tu_cols, GN, sep=" | "),
        *_row(G, "| Nederländerna", ["48 700", "44 700", "+8,9"], tu_cols, GN, sep=" | "),
        *_row(G, "| USA", ["18 400", "16 200", "+13,6"], tu_cols, GN, sep=" | "),
        G("tio bäddar", 10, "count", bound="at_least", optional=True, s=("bäddar", "bäddar"), sp=None, note="coverage threshold 'minst tio bäddar'"),
    ]
    NEG["r12_b_turism_region"] = [
        N("9 oktober 2025"), N("januari–augusti 2025"), N("januari–augusti 2024"), N("2019", ctx="som [2019]."),
        N("Jan–aug 2025", note="column header"), N("Jan–aug 2024", note="column header"), N("0631-44 19 07"),
    ]

    # ------------------------------------------------ 2. university admissions, autumn 2025 (Pressmeddelande 11 juli 2025)
    AN = ("studenter", "studenter")
    FS = ("Antalet förstahandssökande till programmen", "Antalet")
    FH = ("förstahandssökande", "förstahandssökande")
    TG = ("Tove Granström", "quote")
    CAP = ("Förstahandssökande till ett urval program", "Förstahandssökande")
    an_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y25, False, False),
               ("count", 1, "place", Y25, False, False), ("percent", 1, None, Y25, True, True)]
    an_subj = [("Platser", "Platser"), CAP, CAP, CAP]
    GOLD["r12_b_antagning_host"] = [
        G("14 620 studenter", 14620, "count", t=Y25, direction="increase", s=AN, sp=None, note="'till höstterminen 2025'; next sentence 'Det är 540 fler än hösten 2024'"),
        G("540", 540, "count", ctx="Det är [540] fler", **L25, direction="increase", s=AN, sp=None),
        G("3,8 procent", 3.8, "percent", **L25, direction="increase", s=AN, sp=None),
        G("41 300 personer", 41300, "count", **L25, s=("personer", "personer"), sp=None),
        G("212 program och kurser", 212, "count", optional=True, s=("program och kurser", "program"), sp=None, note="members of a named set"),
        G("29 850", 29850, "count", **L25, s=None, sp=None, note="'varav 29 850 var behöriga': elided"),
        G("6 procent", 6, "percent", **L25, direction="increase", s=FS, sp=None),
        G("9 480", 9480, "count", **L25, direction="increase", s=FS, sp=None, note="to-value"),
        G("2,1 förstahandssökande per plats", 2.1, "count", per="place", **L25, direction="increase", s=FH, sp=None, note="'mot 1,9 förra hösten'"),
        G("1,9", 1.9, "count", ctx="mot [1,9] förra", per="place", t=Y24, s=FH, sp=None, note="'förra hösten': relative, not lenient"),
        G("7,4 förstahandssökande per plats", 7.4, "count", per="place", **L25, s=FH, sp=None),
        G("120 studenter", 120, "count", **L25, s=AN, sp=None, note="'lika många som i fjol': no change"),
        G("14 procent", 14, "percent", **L25, direction="increase", s=("antalet förstahandssökande", "antalet"), sp=None),
        G("8 procent", 8, "percent", ctx="tappade [8 procent]", **L25, direction="decrease", s=("psykologprogrammet", "psykologprogrammet"), sp=None, note="'tappade'"),
        G("0,8 förstahandssökande per plats", 0.8, "count", per="place", **L25, s=FH, sp=TG),
        G("2 procent", 2, "percent", **L25, direction="decrease", s=("antalet antagna", "antalet"), sp=None),
        G("5 140", 5140, "count", **L25, direction="decrease", s=("antalet antagna", "antalet"), sp=None, note="to-value; 'i höst' is in the clause after it"),
        G("64 procent", 64, "percent", **L25, s=("Kvinnorna", "Kvinnorna"), sp=None),
        G("31 procent", 31, "percent", **L25, s=("de antagna", "antagna"), sp=None, note="partitive 'Av de antagna'"),
        G("11 200 sökande", 11200, "count", **L25, s=("sökande", "sökande"), sp=None),
        *_row(G, "Läkarprogrammet", ["120", "888", "7,4", "+3"], an_cols, an_subj),
        *_row(G, "Sjuksköterskeprogrammet", ["160", "544", "3,4", "+14"], an_cols, an_subj),
        *_row(G, "Psykologprogrammet", ["60", "372", "6,2", "−8"], an_cols, an_subj),
        *_row(G, "Ämneslärarprogrammet", ["140", "112", "0,8", "−5"], an_cols, an_subj),
        *_row(G, "Civilingenjör, datateknik", ["90", "207", "2,3", "+9"], an_cols, an_subj),
    ]
    NEG["r12_b_antagning_host"] = [
        N("11 juli 2025"), N("höstterminen 2025", 1), N("höstterminen 2025", 2, note="caption"), N("hösten 2024"),
        N("höstterminen 2024", note="caption"), N("25 år", note="age group '25 år eller äldre' (brief: age groups are N)"),
        N("24 juli"), N("0920-49 31 77"),
    ]

    # ------------------------------------------------ 3. fuel price notice (sidecar 2025-11-20, no date in the text)
    BP = ("priset på 95-oktanig bensin", "priset")
    DI = ("Dieseln", "Dieseln")
    HV = ("HVO100", "HVO100")
    JE = ("Jonas Ekbom", "quote")
    RP = ("Nya riktpriser", "riktpriser")
    fp_cols = [("SEK", 1, "l", Y25, True, False), ("SEK", 0.01, "l", Y25, True, True)]
    GOLD["r12_b_drivmedel_pris"] = [
        G("15 öre", 0.15, "SEK", per="l", t=Y25, direction="decrease", s=BP, sp=None, note="'från och med i dag'"),
        G("17,89 kronor per liter", 17.89, "SEK", per="l", t=Y25, direction="decrease", s=BP, sp=None, note="to-value"),
        G("20 öre", 0.20, "SEK", per="l", ctx="sänks med [20 öre]", **L25, direction="decrease", s=DI, sp=None),
        G("19,34 kronor litern", 19.34, "SEK", per="l", **L25, direction="decrease", s=DI, sp=None),
        G("10 öre", 0.10, "SEK", per="l", occ=1, **L25, direction="decrease", s=HV, sp=None),
        G("24,15 kronor per liter", 24.15, "SEK", per="l", **L25, direction="decrease", s=HV, sp=None),
        G("14,62 kronor litern", 14.62, "SEK", per="l", **L25, s=("priset på E85", "priset"), sp=None, note="'oförändrat': no direction"),
        G("45 öre", 0.45, "SEK", per="l", **L25, direction="decrease", s=("bensinpriset", "bensinpriset"), sp=None),
        G("55 öre", 0.55, "SEK", per="l", **L25, direction="decrease", s=("dieselpriset", "dieselpriset"), sp=None),
        G("63 dollar per fat", 63, "USD", kind="money", bound="approx", per="barrel", **L25, direction="decrease", s=("Råoljan", "Råoljan"), sp=JE, note="'har fallit till omkring'"),
        G("10,11 kronor", 10.11, "SEK", per="l", **L25, s=("bensinpriset", "bensinpriset"), sp=None, note="'Av bensinpriset går 10,11 kronor ... till staten'"),
        G("56 procent", 56, "percent", bound="approx", **L25, s=("bensinpriset", "bensinpriset"), sp=None, note="'drygt'"),
        G("25 procent", 25, "percent", optional=True, s=("Momsen", "Momsen"), sp=None, note="a rule"),
        G("20 till 40 öre", None, "SEK", low=0.20, high=0.40, per="l", **L25, s=("priserna", "priserna"), sp=None, note="comparison between station types at one time"),
        G("1,12 kronor", 1.12, "SEK", per="l", **L25, direction="decrease", s=("bensinen", "bensinen"), sp=None, note="'Jämfört med samma dag i fjol'"),
        G("2,08 kronor", 2.08, "SEK", per="l", **L25, direction="decrease", s=("dieseln", "dieseln"), sp=None),
        G("18,31 kronor per liter", 18.31, "SEK", per="l", **L25, s=("det genomsnittliga priset på bensin", "priset"), sp=("Nordtanks egen sammanställning", "enligt"), note="'Under oktober'"),
        G("10 öre", 0.10, "SEK", per="l", occ=2, **L25, s=("rabatt", "rabatt"), sp=None, note="an offer without a date"),
        G("214 stationer", 214, "count", **L25, s=("stationer", "stationer"), sp=None),
        G("86", 86, "count", ctx="varav [86] obemannade", **L25, s=None, sp=None),
        *_row(G, "Bensin 95", ["17,89", "−15"], fp_cols, RP),
        *_row(G, "Bensin 98", ["18,64", "−15"], fp_cols, RP),
        *_row(G, "Diesel", ["19,34", "−20"], fp_cols, RP),
        *_row(G, "HVO100", ["24,15", "−10"], fp_cols, RP),
        *_row(G, "E85", ["14,62", "0"], fp_cols, RP),
    ]
    NEG["r12_b_drivmedel_pris"] = [
        N("95", ctx="på [95]-oktanig", note="product name"), N("HVO100", 1), N("E85", 1), N("06.00"),
        N("95", ctx="Bensin [95]"), N("98", ctx="Bensin [98]"), N("HVO100", 2), N("E85", 2), N("031-708 22 40"),
    ]

    # ------------------------------------------------ 4. housing starts, second quarter 2025 (Publicerad 2025-08-14)
    BO = ("bostäder", "bostäder")
    BSB = ("Byggstatistikbyrån", "enligt")
    LG = ("lägenheter", "lägenheter")
    SH = ("Byggandet av småhus", "Byggandet")
    PB = ("påbörjade bostäder", "bostäder")
    bb_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
               ("percent", 1, None, Y25, True, True)]
    GOLD["r12_b_bostadsbyggande_kvartal"] = [
        G("7 850 bostäder", 7850, "count", bound="approx", t=Y25, direction="decrease", s=BO, sp=BSB, note="'Under andra kvartalet 2025'; next sentence 'Det är 9 procent färre'"),
        G("9 procent", 9, "percent", **L25, direction="decrease", s=BO, sp=None),
        G("5 900 lägenheter", 5900, "count", bound="approx", **L25, direction="decrease", s=LG, sp=None, note="', en minskning med 14 procent'"),
        G("14 procent", 14, "percent", **L25, direction="decrease", s=LG, sp=None),
        G("11 procent", 11, "percent", **L25, direction="increase", s=SH, sp=None),
        G("1 950 bostäder", 1950, "count", bound="approx", **L25, direction="increase", s=SH, sp=None, note="to-value"),
        G("14 600 bostäder", 14600, "count", bound="approx", **L25, direction="decrease", s=BO, sp=None, note="'Under första halvåret'; ', vilket är 4 procent färre'"),
        G("4 procent", 4, "percent", ctx="vilket är [4 procent] färre", **L25, direction="decrease", s=BO, sp=None),
        G("15 210 bostäder", 15210, "count", t=Y24, s=BO, sp=None, note="'första halvåret 2024, då'"),
        G("58 procent", 58, "percent", **L25, direction="decrease", s=("lägenheterna i flerbostadshus", "lägenheterna"), sp=None, note="'preliminärt' is no bound; 'mot 66 procent ett år tidigare'"),
        G("66 procent", 66, "percent", **dict(t=Y24, lenient=True), s=("lägenheterna i flerbostadshus", "lägenheterna"), sp=None),
        G("640 lägenheter", 640, "count", **L25, direction="increase", s=LG, sp=None, note="', vilket är 85 fler än'"),
        G("85", 85, "count", ctx="vilket är [85] fler", **L25, direction="increase", s=LG, sp=None),
        G("18 procent", 18, "percent", **L25, direction="decrease", s=("antalet påbörjade bostäder", "antalet"), sp=None),
        G("2 140", 2140, "count", occ=1, **L25, direction="decrease", s=("antalet påbörjade bostäder", "antalet"), sp=None, note="to-value"),
        G("17 procent", 17, "percent", **L25, direction="increase", s=("byggandet", "byggandet"), sp=None),
        G("410 bostäder", 410, "count", **L25, direction="increase", s=BO, sp=None, note="to-value after a comma"),
        G("120 radhus", 120, "count", **L25, s=("radhus", "radhus"), sp=None),
        *_row(G, "| Norrby län", ["2 140", "2 610", "−18"], bb_cols, PB, sep=" | "),
        *_row(G, "| Sjöstads län", ["1 730", "1 690", "+2"], bb_cols, PB, sep=" | "),
        *_row(G, "| Ådalens län", ["960", "1 050", "−9"], bb_cols, PB, sep=" | "),
        *_row(G, "| Skogsmarks län", ["410", "350", "+17"], bb_cols, PB, sep=" | "),
        *_row(G, "| Övriga län", ["2 610", "2 930", "−11"], bb_cols, PB, sep=" | "),
        *_row(G, "| Riket", ["7 850", "8 630", "−9"], bb_cols, PB, sep=" | "),
        G("12 procent", 12, "percent", optional=True, s=("Siffrorna för 2025", "Siffrorna"), sp=None, note="method: upward adjustment"),
    ]
    NEG["r12_b_bostadsbyggande_kvartal"] = [
        N("2025-08-14"), N("2025", ctx="kvartalet [2025] påbörjades"), N("2024", ctx="samma kvartal [2024]."),
        N("2024", ctx="första halvåret [2024], då"), N("2024", ctx="andra kvartalet [2024]."), N("2013"),
        N("Kv 2 2025", note="column header"), N("Kv 2 2024", note="column header"),
        N("2025", ctx="Siffrorna för [2025]"), N("13 november 2025"), N("019-17 62 35"),
    ]

    # ------------------------------------------------ 5. bankruptcies, October 2025 (dateline 'Stockholm den 6 november 2025')
    FO = ("företag", "företag")
    KN = ("Kreditinformation Norden", "credited")
    AB = ("Antalet anställda berörda av konkurserna", "Antalet")
    KO = ("konkurser", "konkurser")
    ES = ("Erik Sandvall", "quote")
    KPB = ("Konkurser per bransch", "Konkurser")
    ko_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
               ("count", 1, None, Y25, False, False)]
    ko_subj = [KPB, KPB, ("Anställda", "Anställda")]
    GOLD["r12_b_konkurser_manad"] = [
        G("712 företag", 712, "count", **L25, direction="increase", s=FO, sp=KN, note="'I oktober'; next sentence 'Det är en ökning med 9 procent ..., visar ny statistik från'"),
        G("9 procent", 9, "percent", **L25, direction="increase", s=FO, sp=KN),
        G("653 företag", 653, "count", t=Y24, s=FO, sp=KN, note="'oktober i fjol, då'"),
        G("1 986", 1986, "count", occ=1, **L25, direction="decrease", s=AB, sp=None, note="'jämfört med 2 310 i oktober 2024, en minskning med 14 procent'"),
        G("2 310", 2310, "count", t=Y24, s=AB, sp=None),
        G("14 procent", 14, "percent", **L25, direction="decrease", s=AB, sp=None),
        G("6 874 företag", 6874, "count", t=Y25, direction="increase", s=FO, sp=None, note="'Hittills i år'; ', 2 procent fler än under januari–oktober 2024'"),
        G("2 procent", 2, "percent", t=Y25, direction="increase", s=FO, sp=None),
        G("18 420 anställda", 18420, "count", **L25, s=("anställda", "anställda"), sp=None),
        G("tolv månaderna", 12, "month", optional=True, s=None, sp=None, note="span words of the rolling period"),
        G("8 190 företag", 8190, "count", t=("2024", "2025"), s=FO, sp=None, note="rolling twelve months up to October 2025"),
        G("141 företag", 141, "count", **L25, direction="increase", s=FO, sp=None, note="', en ökning med 18 procent'"),
        G("18 procent", 18, "percent", **L25, direction="increase", s=KO, sp=None),
        G("118 konkurser", 118, "count", **L25, direction="decrease", s=KO, sp=None, note="', 5 procent färre än i oktober i fjol'"),
        G("5 procent", 5, "percent", **L25, direction="decrease", s=KO, sp=None),
        G("74 företag", 74, "count", ctx="gick [74 företag]", **L25, s=FO, sp=None),
        G("412 anställda", 412, "count", **L25, s=("anställda", "anställda"), sp=None),
        G("39", 39, "count", ctx="från [39] till", t=Y24, lenient=True, s=("konkurserna", "konkurserna"), sp=None, note="from-value: October last year"),
        G("52", 52, "count", ctx="till [52].", **L25, direction="increase", s=("konkurserna", "konkurserna"), sp=None),
        G("tre år", 3, "year", bound="approx", s=None, sp=ES, note="'i nästan tre år': a duration"),
        G("hälften", 0.5, "ratio", bound="approx", **L25, s=("konkurserna", "konkurserna"), sp=None, note="'Nästan hälften av konkurserna, 47 procent'"),
        G("47 procent", 47, "percent", **L25, s=("konkurserna", "konkurserna"), sp=None),
        G("1 miljon kronor", 1e6, "SEK", bound="less_than", optional=True, s=("en omsättning", "omsättning"), sp=None, note="threshold"),
        *_row(G, "Byggindustri", ["141", "119", "486"], ko_cols, ko_subj),
        *_row(G, "Handel", ["118", "124", "301"], ko_cols, ko_subj),
        *_row(G, "Hotell och restaurang", ["74", "70", "412"], ko_cols, ko_subj),
        *_row(G, "Transport", ["52", "39", "210"], ko_cols, ko_subj),
        *_row(G, "Övriga branscher", ["327", "301", "577"], ko_cols, ko_subj),
        *_row(G, "Totalt", ["712", "653", "1 986"], ko_cols, ko_subj),
    ]
    NEG["r12_b_konkurser_manad"] = [
        N("6 november 2025"), N("oktober 2024", ctx="i [oktober 2024],"), N("januari–oktober 2024"),
        N("Okt 2025", note="column header"), N("Okt 2024", note="column header"), N("okt 2025", note="column header"),
        N("4 december"), N("Sveavägen 141"), N("113 46"), N("08-555 194 60"),
    ]

    # ------------------------------------------------ 6. debt statistics page (HTML, Publicerad 27 januari 2026)
    PE = ("personer", "personer")
    TS = ("Den totala skulden", "skulden")
    SK = ("skuldsatta", "skuldsatta")
    SB = ("Sanna Bergqvist", "quote")
    sk_cols = [("count", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, True),
               ("SEK", 1e9, None, Y25, True, False)]
    sk_subj = [("Antal skuldsatta", "Antal"), ("Skuldsatta", "Skuldsatta"), ("Total skuld", "skuld")]
    GOLD["r12_b_skuldsatta_ar"] = [
        G("348 600 personer", 348600, "count", **L25, direction="increase", s=PE, sp=None, note="'Vid årsskiftet' (January 2026: the turn just past); next sentence 'Det är 6 100 fler'"),
        G("6 100", 6100, "count", **L25, direction="increase", s=PE, sp=None),
        G("1,8 procent", 1.8, "percent", **L25, direction="increase", s=PE, sp=None),
        G("134,2 miljarder kronor", 134.2e9, "SEK", **L25, direction="increase", s=TS, sp=None, note="', 11,4 miljarder kronor mer än vid förra årsskiftet'"),
        G("11,4 miljarder kronor", 11.4e9, "SEK", **L25, direction="increase", s=TS, sp=None),
        G("385 000 kronor", 385000, "SEK", per="capita", **L25, s=("en skuld", "skuld"), sp=None, note="'I genomsnitt har varje skuldsatt person'"),
        G("81 300 kronor", 81300, "SEK", **L25, s=("medianskulden", "medianskulden"), sp=None, note="a median: per None"),
        G("4 200 personer", 4200, "count", **L25, s=PE, sp=None),
        G("5 miljoner kronor", 5e6, "SEK", bound="more_than", optional=True, s=("skulder", "skulder"), sp=None, note="threshold 'över 5 miljoner kronor var'"),
        G("19 800 skuldsatta", 19800, "count", **L25, direction="decrease", s=SK, sp=None, note="', 4 procent färre än året innan'"),
        G("4 procent", 4, "percent", **L25, direction="decrease", s=SK, sp=None),
        G("1,9 miljarder kronor", 1.9e9, "SEK", **L25, s=("Deras sammanlagda skuld", "skuld"), sp=None),
        G("96 000 kronor", 96000, "SEK", per="capita", **L25, s=("Deras sammanlagda skuld", "skuld"), sp=None, note="'i genomsnitt ... per person': no bound"),
        G("7 procent", 7, "percent", **L25, direction="increase", s=("antalet skuldsatta", "antalet"), sp=None),
        G("61 400", 61400, "count", occ=1, **L25, direction="increase", s=("antalet skuldsatta", "antalet"), sp=None, note="to-value"),
        G("hälften", 0.5, "ratio", bound="more_than", **L25, s=None, sp=None, note="'Mer än hälften av dem'"),
        G("20 år", 20, "year", bound="at_least", s=None, sp=None, note="'i 20 år eller längre': a duration, not an age"),
        G("86 900 personer", 86900, "count", **L25, s=PE, sp=None),
        G("31 miljoner kronor", 31e6, "SEK", bound="approx", per="day", **L25, direction="increase", s=("Skuldberget", "Skuldberget"), sp=SB, note="'växer med drygt ... om dagen'"),
        G("3,9 procent", 3.9, "percent", **L25, s=("den vuxna befolkningen", "befolkningen"), sp=None),
        G("63 procent", 63, "percent", **L25, s=("Männen", "Männen"), sp=None),
        *_row(G, "18–25 år", ["19 800", "−4", "1,9"], sk_cols, sk_subj),
        *_row(G, "26–34 år", ["58 700", "+2", "14,6"], sk_cols, sk_subj),
        *_row(G, "35–44 år", ["86 900", "+3", "31,8"], sk_cols, sk_subj),
        *_row(G, "45–64 år", ["121 800", "+1", "61,3"], sk_cols, sk_subj),
        *_row(G, "65 år och äldre", ["61 400", "+7", "24,6"], sk_cols, sk_subj),
    ]
    NEG["r12_b_skuldsatta_ar"] = [
        N("4", ctx="använder [4] typer", note="cookie banner"), N("27 januari 2026"),
        N("18–25 år", 1, note="age group (brief: N)"), N("65 år och äldre", 1), N("35–44 år", 1),
        N("18–25 år", 2, note="table row label"), N("26–34 år"), N("35–44 år", 2), N("45–64 år"), N("65 år och äldre", 2),
        N("24 månader", note="related-article teaser"), N("Box 2270"), N("403 14"), N("0771-73 52 00"), N("202100-6172"),
        N("2026", ctx="© [2026]"),
    ]

    # ------------------------------------------------ 7. sports club annual meeting ('Årsmöte 2026', no publication date)
    ME = ("medlemmar", "medlemmar")
    AM = ("Årsmötet", "credited")
    MA = ("medlemsavgiften", "medlemsavgiften")
    RE = ("ett resultat", "resultat")
    am_cols = [("ordinal", 1, None, Y25, True, False), ("number", 1, None, Y25, True, False),
               ("count", 1, None, Y25, True, False)]
    am_subj = [("Placering", "Placering"), ("Poäng", "Poäng"), ("Matcher", "Matcher")]
    GOLD["r12_b_arsmote_idrott"] = [
        G("64 röstberättigade medlemmar", 64, "count", **L26, s=("röstberättigade medlemmar", "medlemmar"), sp=None),
        G("1 184 medlemmar", 1184, "count", t=Y25, direction="increase", s=ME, sp=None, note="'vid utgången av verksamhetsåret 2025, 97 fler än året innan'"),
        G("97", 97, "count", ctx="[97] fler", **L25, direction="increase", s=ME, sp=None),
        G("742", 742, "count", **L25, s=("medlemmarna", "medlemmarna"), sp=None, note="'Av medlemmarna var 742 under 20 år'"),
        G("138", 138, "count", ctx="ledare var [138]", **L25, s=("Antalet aktiva ledare", "Antalet"), sp=None),
        G("41 kvinnor", 41, "count", **L25, s=("kvinnor", "kvinnor"), sp=None),
        G("3 412 000 kronor", 3412000, "SEK", **L25, s=("Intäkterna", "Intäkterna"), sp=None),
        G("3 532 000 kronor", 3532000, "SEK", **L25, s=("kostnaderna", "kostnaderna"), sp=None),
        G("minus 120 000 kronor", -120000, "SEK", **L25, s=RE, sp=None, note="signed by the word; a level"),
        G("40 000 kronor", 40000, "SEK", t=Y25, s=("ett överskott", "överskott"), sp=("Budgeten för 2025", "credited"), note="'hade räknat med'"),
        G("18 procent", 18, "percent", **L25, direction="increase", s=("hyran för konstgräsplanen", "hyran"), sp=None),
        G("65 000 kronor", 65000, "SEK", **L25, direction="decrease", s=("lotteriintäkterna", "lotteriintäkterna"), sp=None),
        G("486 000 kronor", 486000, "SEK", **L25, s=("Föreningens egna kapital", "kapital"), sp=None),
        G("450", 450, "SEK", ctx="från [450] till", **L25, s=MA, sp=AM, note="from-value: the 2025 fee"),
        G("500 kronor", 500, "SEK", t=Y26, direction="increase", s=MA, sp=AM, note="'medlemsavgiften för 2026 höjs från 450 till'"),
        G("300", 300, "SEK", ctx="från [300] till", **L25, s=MA, sp=AM),
        G("350 kronor", 350, "SEK", t=Y26, direction="increase", s=MA, sp=AM),
        G("1 100 kronor", 1100, "SEK", **L26, s=("Familjeavgiften", "Familjeavgiften"), sp=None),
        G("58 000 kronor", 58000, "SEK", bound="approx", **L26, direction="increase", s=("intäkter", "intäkter"), sp=None, note="'väntas ge cirka ... mer i intäkter'"),
        G("3 650 000 kronor", 3650000, "SEK", t=Y26, s=("intäkter", "intäkter"), sp=None, note="'Budgeten för 2026 omfattar'"),
        G("plus 25 000 kronor", 25000, "SEK", t=Y26, s=RE, sp=None),
        G("trea", 3, "ordinal", kind="ordinal", **L25, s=("A-laget", "A-laget"), sp=None, note="'A-laget slutade trea'"),
        G("47 poäng", 47, "number", **L25, s=("poäng", "poäng"), sp=None),
        G("22 matcher", 22, "count", **L25, s=("matcher", "matcher"), sp=None),
        G("31 ungdomslag", 31, "count", **L25, s=("ungdomslag", "ungdomslag"), sp=None),
        G("14 cuper", 14, "count", **L25, s=("cuper", "cuper"), sp=None),
        *_row(G, "| A-lag herr", ["3", "47", "22"], am_cols, am_subj, sep=" | ", before=("Division 4",)),
        *_row(G, "| A-lag dam", ["1", "52", "20"], am_cols, am_subj, sep=" | ", before=("Division 3",)),
        *_row(G, "| Herrjuniorer", ["5", "28", "18"], am_cols, am_subj, sep=" | ", before=("P19",)),
        G("2 år", 2, "year", s=None, sp=None, note="term of office"),
        G("7 ledamöter", 7, "count", **L26, s=("Styrelsen", "Styrelsen"), sp=None),
        G("9 år", 9, "year", s=None, sp=None, note="'efter 9 år på posten'"),
    ]
    NEG["r12_b_arsmote_idrott"] = [
        N("2026", 1, note="title 'Årsmöte 2026'"), N("2025", ctx="verksamhetsåret [2025],"), N("20 år", note="age group 'under 20 år'"),
        N("2025", ctx="balansräkningen för [2025]."), N("2025", ctx="Budgeten för [2025] hade"), N("2026", ctx="medlemsavgiften för [2026] höjs"),
        N("2026", ctx="Budgeten för [2026] omfattar"), N("division 4"), N("division 3"), N("division 2"),
        N("Division 4"), N("Division 3"), N("P19"), N("15 mars"),
    ]

    # ------------------------------------------------ 8. defence spending press release (dateline 'Stockholm den 22 september 2025')
    RG = ("Regeringen", "credited")
    KE = ("Karin Ek", "quote")
    AMF = ("anslagen till det militära försvaret", "anslagen")
    FU = ("försvarsutgifterna", "försvarsutgifterna")
    fo_cols = lambda y: [("SEK", 1e9, None, Y[y], False, False), ("percent", 1, None, Y[y], False, False)]
    fo_subj = [("Anslag till det militära försvaret", "Anslag"), ("Andel av BNP", "Andel")]
    GOLD["r12_b_forsvar_pressmeddelande"] = [
        G("12 miljarder kronor", 12e9, "SEK", occ=1, t=Y26, direction="increase", s=("Försvarsanslagen", "Försvarsanslagen"), sp=None, note="title: 'nästa år'"),
        G("12 miljarder kronor", 12e9, "SEK", occ=2, t=Y26, direction="increase", s=AMF, sp=RG, note="'jämfört med 2025' is the baseline"),
        G("2,4 procent", 2.4, "percent", t=Y26, s=FU, sp=("Natos definition", "enligt"), note="'av BNP 2026'"),
        G("168,5 miljarder kronor", 168.5e9, "SEK", t=Y26, s=("ramen för utgiftsområde 6", "ramen"), sp=None),
        G("2 procent", 2, "percent", s=("Natos riktmärke", "riktmärke"), sp=None, note="a target: required, no period"),
        G("3,5 procent", 3.5, "percent", t=Y["2030"], s=FU, sp=None, note="a target 'till 2030'; 'Regeringens mål' is possession"),
        G("85 miljarder kronor", 85e9, "SEK", bound="approx", t=("2025", "2030"), lenient=True, direction="increase", s=("anslagen", "anslagen"), sp=None),
        G("60 miljarder kronor", 60e9, "SEK", bound="more_than", t=("2022", None), direction="increase", s=("anslagen", "anslagen"), sp=KE, note="'Sedan 2022 har anslagen ökat med över'"),
        G("4,8 miljarder kronor", 4.8e9, "SEK", t=Y26, direction="increase", s=("armén", "armén"), sp=None, note="'Av ökningen nästa år går ... till'"),
        G("3,1 miljarder", 3.1e9, "SEK", t=Y26, direction="increase", s=("luftförsvaret", "luftförsvaret"), sp=None),
        G("1,6 miljarder", 1.6e9, "SEK", occ=1, t=Y26, direction="increase", s=("marinen", "marinen"), sp=None),
        G("900 miljoner kronor", 900e6, "SEK", t=Y26, lenient=True, direction="increase", s=("att utbilda fler värnpliktiga", "värnpliktiga"), sp=None, note="part of the increase"),
        G("1,6 miljarder kronor", 1.6e9, "SEK", t=Y26, lenient=True, direction="increase", s=("materielunderhåll och infrastruktur", "materielunderhåll"), sp=None, note="'Resterande': part of the increase"),
        G("8 000", 8000, "count", t=Y25, s=("Antalet värnpliktiga som påbörjar grundutbildning", "Antalet"), sp=None, note="'i år'"),
        G("10 000", 10000, "count", t=Y["2027"], direction="increase", s=("Antalet värnpliktiga som påbörjar grundutbildning", "Antalet"), sp=None),
        G("160", 160, "SEK", ctx="från [160] till", per="day", t=Y25, lenient=True, s=("Dagersättningen för värnpliktiga", "Dagersättningen"), sp=None, note="from-value"),
        G("210 kronor per dag", 210, "SEK", per="day", t=Y26, direction="increase", s=("Dagersättningen för värnpliktiga", "Dagersättningen"), sp=None, note="'den 1 januari 2026'"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", t=Y26, direction="increase", s=("Det civila försvaret", "försvaret"), sp=None, note="'förstärks med'"),
        G("2 miljarder kronor", 2e9, "SEK", ctx="med [2 miljarder kronor] per år", per="year", t=("2027", None), direction="increase", s=("Det civila försvaret", "försvaret"), sp=None, note="'per år från 2027'"),
        *_row(G, "2024", ["119,0", "2,1"], fo_cols("2024"), fo_subj),
        *_row(G, "2025", ["136,5", "2,2"], fo_cols("2025"), fo_subj),
        *_row(G, "2026", ["148,5", "2,4"], fo_cols("2026"), fo_subj),
        *_row(G, "2027", ["158,0", "2,6"], fo_cols("2027"), fo_subj),
        *_row(G, "2028", ["171,0", "2,8"], fo_cols("2028"), fo_subj),
    ]
    NEG["r12_b_forsvar_pressmeddelande"] = [
        N("22 september 2025"), N("2026", ctx="budgetpropositionen för [2026]"), N("2025", ctx="jämfört med [2025]."),
        N("2026", ctx="BNP [2026],"), N("6", ctx="utgiftsområde [6]"), N("2026", ctx="kronor [2026]. Sverige"),
        N("2024", ctx="sedan [2024]."), N("2030", ctx="till [2030]."), N("2025", ctx="jämfört med [2025] års"),
        N("2022", ctx="Sedan [2022] har"), N("2027", ctx="år [2027]."), N("1 januari 2026"), N("2026", ctx="kronor [2026] och"),
        N("2027", ctx="från [2027]."),
        N("2024", ctx="[2024] 119,0", note="table row label"), N("2025", ctx="[2025] 136,5"), N("2026", ctx="[2026] 148,5"),
        N("2027", ctx="[2027] 158,0"), N("2028", ctx="[2028] 171,0"), N("072-514 33 08"),
    ]
    return GOLD, NEG
