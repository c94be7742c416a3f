"""Round 13, part B (r13_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 13, part B (r13_b_*): eight kinds, written from scratch (r13_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a food bank's annual summary for 2025
# (Markdown, 'Publicerad 4 februari 2026'; matkassar, 'hushåll per vecka', 'mot 226 ... året innan', gifts in kronor and
# a 'tkr' table row, 'ökat med 38 procent jämfört med 2024' in a quote, 'var tredje hushåll', volunteers and hours), a
# forestry agency's harvest statistics (dateline 'Sollefors den 17 mars 2026'; 'miljoner skogskubikmeter (m3sk)', 'Det
# är 4,1 procent mindre än året innan, visar ... från Skogsdataverket', 'ökade med 1,8 procent till', 'Störst var
# minskningen i Norra Norrland, 9,5 procent', 'Ungefär hälften ..., 49 procent', a plain-text region table with a signed
# 'Förändring, %' column), a ferry line's yearly traffic (HTML with cookie banner, menu, breadcrumb, related teaser and
# footer as chrome; 'den högsta siffran sedan 2019', 'per tur', 'per dag', punctuality 'mot 93,8 procent året innan', a
# definition 'högst 5 minuter', 'från 295 till 320 kronor per enkelresa' from 1 March 2026, a table with years as row
# labels), a municipal library service's year (date only in the sidecar, 2026-02-18; utlån, e-böcker 'står nu för',
# 'per invånare', opening hours 'från 52 till 60 timmar i veckan', meröppet '7–22', 'under 12 år'), new car registrations
# for October 2025 (Markdown, dateline 'Stockholm den 3 november 2025'; 'jämfört med oktober i fjol', 'enligt', 'Hittills
# i år', elbilsandel, a forecast credited to an analyst, a fuel table 'Okt 2025' / 'Okt 2024' / signed change), a
# regional public-health survey ('Publicerad 9 december 2025'; 'har sjunkit till', 'År 2020', rikets figure, 'Var femte
# ..., 20 procent', 'från 14 till 19 procent sedan 2020', 'bland unga 16–29 år', '2 procentenheter högre än 2020', a
# target 'under 5 procent till 2030' in a quote, sample and response rate), an UNDATED theatre season summary (no date,
# no sidecar; 'säsongen 2024/25', beläggningsgrad, seats, 'höjs från 350 till 380 kronor' for next season, a table by
# stage with a '–' cell) and a county administrative board's press release on grants (dateline 'Falkvik den 14 januari
# 2026'; 'beviljar 14,5 miljoner kronor till 23 projekt ... under perioden 2026–2028', applications, 'högst 70 procent'
# (rule), 'ramen 2,5 miljoner kronor större' than the call for 2023–2025, a bullet list per area, a quote by an invented
# official).
# The r8-r12 decisions are followed: periods at year grain; a month without a year, a heading's or caption's year, the
# document's period, 'året innan' are lenient; a year or a relative expression in the sentence ('Under 2025', 'Hittills
# i år', 'i fjol', 'under perioden 2026–2028') is not lenient; a level followed by ', en ökning med X', ', X fler än',
# 'mot X <earlier time>' or a next sentence 'Det är X fler/mindre' is the new value after a change (direction), the
# earlier value has none; from-values take the earlier period; table cells take their column (or row-label) periods, not
# lenient, change columns lenient with the direction of their sign; rows that are categories take the caption's or
# column's measure as subject; thresholds, rules, definitions and named sets optional; targets required ('till 2030' =
# ('2030', '2030')); 'visar X' credits its own and the previous sentence; 'X beviljar' credits X; possession ('Regeringens
# mål', 'Regionens mål') is no credit; the actor who spends or works is never the subject; 'varav X' with an elided noun
# has s None. AGE GROUPS ARE NEGATIVES as in r12_b ('16–29 år', '16–84 år', and the open group 'under 12 år').
# Where those were silent, decided here:
# - Present-tense levels in a yearly summary published early the next year ('Verksamheten bärs av 214 volontärer',
#   'Matbanken har fyra anställda', 'var tredje hushåll som kommer till oss är', 'Nästan var fjärde besökare är', 'E-böckerna
#   står nu för 12,6 procent av alla utlån') take the reported year, lenient: the table confirms it for the volunteers,
#   and the e-book share is a share of that year's loans ('nu' here closes the year, it does not move the claim to 2026).
# - Forestry volumes 'miljoner skogskubikmeter' / 'm3sk' are unit m3 (as r3's 'miljoner kubikmeter'); the price '812
#   kronor per kubikmeter' is SEK per="m3". The digit inside the unit abbreviation 'm3sk' is covered by the G anchors
#   that include it and by N for the bracketed '(m3sk)' and the caption's 'miljoner m3sk'.
# - 'i snitt 108 passagerare per tur' and 'per enkelresa' are per="trip"; 'turer per dag' per="day"; 'per vecka' /
#   'i veckan' per="week"; 'per invånare' per="capita". The fare's from-value '295' is the price in force at publication
#   (2026, lenient); its to-value takes 'den 1 mars 2026' (2026, not lenient). 'I juli' (no year) is 2025, lenient.
# - 'den högsta siffran sedan 2019' is a record claim with no figure of its own: '2019' is N.
# - Library: 'från 52 till 60 timmar i veckan' 'Från den 1 september' (no year) is 2025, lenient, for both ends;
#   meröppet '7–22' is times of day (N); 'kommunens sex bibliotek' is a named set (optional).
# - Cars: 'Han räknar med omkring 275 000' after 'säger ... Jonas Frömark' is credited to him ('credited', not 'quote':
#   reported speech); 'under helåret' is 2025, lenient.
# - Health survey: the survey's name 'Hälsa i Nordmark 2025' is a name ('2025' N) and the 'visar' source (speaker
#   'Hälsa i Nordmark', credited). 'I hela landet röker 5,8 procent' and 'Bland unga ... uppger 27 procent' have s None
#   (the figure is itself the grammatical subject; the survey answers are not a noun phrase of their own). The to-value
#   of 'ökat från 14 till 19 procent sedan 2020' is 2025, lenient; its from-value is 2020. '2 procentenheter högre än
#   2020' spans ('2020', '2025'), lenient (r9_b base-year span). 'minst 150 minuter i veckan, som rekommenderas' is a
#   recommendation threshold (optional, per week). The target 'under 5 procent till 2030' is less_than, inside the quote.
# - Undated theatre text: figures take the season the text names, ('2024', '2025'), lenient; next season's price
#   ('höjs ... till 380 kronor', 'betalar fortsatt 190 kronor') ('2025', '2026'), lenient; the current price '350' the
#   season just ended. Seats ('Stora scenen har 420 platser') are present-tense levels with no period (as r12_a's undated
#   text). 'Studenter och pensionärer betalar ... 190 kronor' has s None (they are the payers, not what is measured).
#   '– ' table cell holds no digits.
# - Grants: the title's '14,5 miljoner kronor' takes the grant period ('2026', '2028'), lenient; the lead's is explicit.
#   Applications, the largest grant, the funding share and the per-area list take ('2026', '2028'), lenient (they belong to
#   the call for that period). 'Jämfört med förra utlysningen ... är ramen 2,5 miljoner kronor större' is a change between
#   successive calls: direction increase. 'Under förra perioden skapade projekten omkring 120 nya jobb' is ('2023', '2025'),
#   lenient (the text names that call's years). 'har en ram på 8 miljoner kronor' for the call opening 'i september 2026'
#   is 2026. 'Länsstyrelsen i Vidinge län beviljar' credits the board ('credited', as r12 'X beslutade').
# - Negatives: datelines and Publicerad lines, dates ('den 1 mars 2026', 'den 16 juni 2026', 'den 1 december 2025', 'den
#   31 december 2028', 'Från den 1 september'), years and spans that only place a claim, column headers and row labels of
#   periods, the survey name's year, title years, age groups, times of day, the Swish number, phone numbers, street
#   address, postal code, org number, the cookie count, a related-article teaser ('25 procent') and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'året innan', 'säsongen innan', 'nästa säsong', 'första halvåret',
#   'januari–oktober', 'förra utlysningen', 'de senaste tre åren' (heading), 'för första gången', 'fortsatt'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2020", "2024", "2025", "2026", "2030")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y24, Y25, Y26 = Y["2020"], Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)

    # ------------------------------------------------ 1. food bank, 2025 (Publicerad 4 februari 2026)
    MK = ("matkassar", "matkassar")
    HH = ("hushåll", "hushåll")
    GA = ("Gåvorna från privatpersoner och företag", "Gåvorna")
    IM = ("Ingela Marklund", "quote")
    mb_cols = lambda unit, scale=1, per=None: [(unit, scale, per, Y25, False, False), (unit, scale, per, Y24, False, False)]
    GOLD["r13_b_matbank_ar"] = [
        G("41 600 matkassar", 41600, "count", t=Y25, direction="increase", s=MK, sp=None, note="'Under 2025'; ', 38 procent fler än 2024': the new value"),
        G("38 procent", 38, "percent", occ=1, t=Y25, direction="increase", s=MK, sp=None),
        G("312 hushåll", 312, "count", per="week", **L25, direction="increase", s=HH, sp=None, note="'mot 226 hushåll per vecka året innan'"),
        G("226 hushåll", 226, "count", per="week", **L24, s=HH, sp=None),
        G("518 ton", 518, "tonne", **L25, s=("livsmedel", "livsmedel"), sp=None),
        G("60 procent", 60, "percent", bound="approx", **L25, s=None, sp=None, note="'varav ungefär 60 procent': elided"),
        G("21,5 miljoner kronor", 21.5e6, "SEK", **L25, s=("Värdet av den räddade maten", "Värdet"), sp=None),
        G("3,2 miljoner kronor", 3.2e6, "SEK", **L25, direction="increase", s=GA, sp=None, note="', en ökning med 14 procent'"),
        G("14 procent", 14, "percent", **L25, direction="increase", s=GA, sp=None),
        G("850 000 kronor", 850000, "SEK", **L25, s=("ett kommunalt bidrag", "bidrag"), sp=None),
        G("38 procent", 38, "percent", occ=2, **L25, direction="increase", s=("Behovet", "Behovet"), sp=IM, note="'jämfört med 2024' is the baseline"),
        G("var tredje", 1 / 3, "ratio", **L25, s=HH, sp=IM, note="present tense in a yearly summary: the reported year"),
        G("214 volontärer", 214, "count", **L25, s=("volontärer", "volontärer"), sp=None),
        G("19 000 timmar", 19000, "hour", bound="approx", **L25, s=None, sp=None, note="'drygt'; the volunteers are the actor"),
        G("fyra anställda", 4, "count", **L25, s=("anställda", "anställda"), sp=None),
        G("3,5 heltidstjänster", 3.5, "count", **L25, s=("heltidstjänster", "heltidstjänster"), sp=None),
        *_row(G, "| Matkassar", ["41 600", "30 150"], mb_cols("count"), ("Matkassar", "Matkassar"), sep=" | "),
        *_row(G, "| Hushåll per vecka", ["312", "226"], mb_cols("count", per="week"), ("Hushåll per vecka", "Hushåll"), sep=" | "),
        *_row(G, "| Gåvor, tkr", ["3 200", "2 810"], mb_cols("SEK", 1000), ("Gåvor", "Gåvor"), sep=" | "),
        *_row(G, "| Volontärer", ["214", "187"], mb_cols("count"), ("Volontärer", "Volontärer"), sep=" | "),
    ]
    NEG["r13_b_matbank_ar"] = [
        N("2025", 1, note="title"), N("4 februari 2026"), N("2025", ctx="Under [2025] delade"), N("2024", ctx="än [2024]."),
        N("2024", ctx="med [2024],"), N("2025", ctx="Nyckeltal | [2025]", note="column header"),
        N("2024", ctx="| 2025 | [2024] |", note="column header"), N("123 456 78 90", note="Swish number"), N("0612-33 48 10"),
    ]

    # ------------------------------------------------ 2. forestry harvest 2025 (dateline 'Sollefors den 17 mars 2026')
    AV = ("Den totala avverkningen", "avverkningen")
    SD = ("Skogsdataverket", "credited")
    AVR = ("Avverkningen", "Avverkningen")
    av_cols = [("m3", 1e6, None, Y25, False, False), ("m3", 1e6, None, Y24, False, False), ("percent", 1, None, Y25, True, True)]
    av_subj = [("Avverkning per region", "Avverkning")] * 2 + [("Avverkning per region", "Avverkning")]
    GOLD["r13_b_avverkning_ar"] = [
        G("86,4 miljoner skogskubikmeter", 86.4e6, "m3", t=Y25, direction="decrease", s=AV, sp=SD, note="'under 2025'; next sentence 'Det är 4,1 procent mindre än året innan, visar ...': the new value"),
        G("4,1 procent", 4.1, "percent", **L25, direction="decrease", s=AV, sp=SD),
        G("47,9 miljoner m3sk", 47.9e6, "m3", **L25, s=("sågtimmer", "sågtimmer"), sp=None),
        G("33,2 miljoner m3sk", 33.2e6, "m3", **L25, s=("massaved", "massaved"), sp=None),
        G("5,3 miljoner m3sk", 5.3e6, "m3", **L25, s=("Resten", "Resten"), sp=None),
        G("1,8 procent", 1.8, "percent", **L25, direction="increase", s=AVR, sp=None, note="'där den ökade med'"),
        G("27,6 miljoner m3sk", 27.6e6, "m3", **L25, direction="increase", s=AVR, sp=None, note="to-value"),
        G("9,5 procent", 9.5, "percent", occ=1, **L25, direction="decrease", s=AVR, sp=None, note="'Störst var minskningen i Norra Norrland': the thing that changes"),
        G("812 kronor per kubikmeter", 812, "SEK", per="m3", **L25, direction="increase", s=("Priset på sågtimmer", "Priset"), sp=None, note="', 6 procent högre än 2024': the new value"),
        G("6 procent", 6, "percent", **L25, direction="increase", s=("Priset på sågtimmer", "Priset"), sp=None),
        G("hälften", 0.5, "ratio", bound="approx", **L25, s=("avverkningen", "avverkningen"), sp=None, note="'Ungefär hälften'"),
        G("49 procent", 49, "percent", **L25, s=("avverkningen", "avverkningen"), sp=None),
        *_row(G, "Norra Norrland", ["13,4", "14,8", "−9,5"], av_cols, av_subj),
        *_row(G, "Södra Norrland", ["19,7", "20,9", "−5,7"], av_cols, av_subj),
        *_row(G, "Svealand", ["25,7", "27,3", "−5,9"], av_cols, av_subj),
        *_row(G, "Götaland", ["27,6", "27,1", "+1,8"], av_cols, av_subj),
        *_row(G, "Hela landet", ["86,4", "90,1", "−4,1"], av_cols, av_subj),
    ]
    NEG["r13_b_avverkning_ar"] = [
        N("2025", 1, note="title"), N("17 mars 2026"), N("m3sk", 1, note="unit abbreviation in brackets"),
        N("2025", ctx="(m3sk) under [2025]."), N("2024", ctx="än [2024]."), N("m3sk", 6, note="caption unit"),
        N("2025", ctx="Region [2025] 2024", note="column header"), N("2024", ctx="2025 [2024] Förändring", note="column header"),
        N("16 juni 2026"), N("060-19 42 77"),
    ]

    # ------------------------------------------------ 3. ferry line traffic 2025 (HTML, Publicerad 22 januari 2026)
    PA = ("passagerare", "passagerare")
    AF = ("Antalet fordon", "Antalet")
    PU = ("Punktligheten", "Punktligheten")
    PR = ("Priset för en personbil med förare", "Priset")
    fa_cols = lambda y: [("count", 1, None, Y[y], False, False), ("count", 1, None, Y[y], False, False), ("percent", 1, None, Y[y], False, False)]
    fa_subj = [("Passagerare", "Passagerare"), ("Fordon", "Fordon"), ("Punktlighet", "Punktlighet")]
    Y.setdefault("2023", ("2023", "2023"))
    GOLD["r13_b_farjelinje_ar"] = [
        G("1 184 000 passagerare", 1184000, "count", t=Y25, direction="increase", s=PA, sp=None, note="'Under 2025'; next sentence '5,2 procent fler än 2024'"),
        G("5,2 procent", 5.2, "percent", **L25, direction="increase", s=PA, sp=None),
        G("3,4 procent", 3.4, "percent", **L25, direction="increase", s=AF, sp=None),
        G("412 300", 412300, "count", occ=1, **L25, direction="increase", s=AF, sp=None, note="to-value"),
        G("18 900 lastbilar", 18900, "count", **L25, s=("lastbilar", "lastbilar"), sp=None),
        G("10 950 turer", 10950, "count", **L25, s=("turer", "turer"), sp=None),
        G("30 turer per dag", 30, "count", per="day", **L25, s=("turer", "turer"), sp=None),
        G("108 passagerare per tur", 108, "count", per="trip", **L25, s=PA, sp=None),
        G("96,2 procent", 96.2, "percent", occ=1, **L25, direction="increase", s=PU, sp=None, note="'mot 93,8 procent året innan'"),
        G("93,8 procent", 93.8, "percent", **L24, s=PU, sp=None),
        G("5 minuter", 5, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition of a punctual trip"),
        G("214 000 passagerare", 214000, "count", **L25, s=PA, sp=("Malin Sörgård", "quote"), note="'I juli' without a year"),
        G("295", 295, "SEK", ctx="från [295] till", per="trip", t=Y26, lenient=True, s=PR, sp=None, note="from-value: the price in force at publication"),
        G("320 kronor per enkelresa", 320, "SEK", per="trip", t=Y26, direction="increase", s=PR, sp=None, note="'den 1 mars 2026'"),
        *_row(G, "2023", ["1 061 000", "384 900", "94,5"], fa_cols("2023"), fa_subj),
        *_row(G, "2024", ["1 125 500", "398 700", "93,8"], fa_cols("2024"), fa_subj),
        *_row(G, "2025", ["1 184 000", "412 300", "96,2"], fa_cols("2025"), fa_subj),
    ]
    NEG["r13_b_farjelinje_ar"] = [
        N("3 typer", note="cookie banner"), N("Trafiken 2025", note="breadcrumb"), N("22 januari 2026"),
        N("2025", ctx="Under [2025] reste"), N("2019"), N("2024", ctx="än [2024]."), N("1 mars 2026"),
        N("2023", ctx="[2023] 1 061 000", note="table row label"), N("2024", ctx="[2024] 1 125 500"), N("2025", ctx="[2025] 1 184 000"),
        N("25 procent", note="related-article teaser (chrome)"), N("Hamngatan 4"), N("452 31"), N("0526-71 30 00"),
        N("556812-4490"), N("© 2026"),
    ]

    # ------------------------------------------------ 4. library service 2025 (sidecar 2026-02-18, no date in the text)
    UL = ("Utlånen vid kommunens sex bibliotek", "Utlånen")
    UE = ("Utlånen av e-böcker", "Utlånen")
    OT = ("öppettiderna på huvudbiblioteket", "öppettiderna")
    KO = ("Kostnaden för biblioteksverksamheten", "Kostnaden")
    AL = ("Antalet aktiva låntagare", "Antalet")
    GOLD["r13_b_bibliotek_ar"] = [
        G("sex bibliotek", 6, "count", optional=True, s=("bibliotek", "bibliotek"), sp=None, note="named set"),
        G("3,6 procent", 3.6, "percent", t=Y25, direction="increase", s=UL, sp=None, note="'under 2025'"),
        G("486 200 lån", 486200, "count", t=Y25, direction="increase", s=UL, sp=None, note="to-value"),
        G("9,8 lån per invånare", 9.8, "count", per="capita", **L25, s=("lån", "lån"), sp=None),
        G("22 procent", 22, "percent", **L25, direction="increase", s=UE, sp=None),
        G("61 400", 61400, "count", **L25, direction="increase", s=UE, sp=None, note="to-value"),
        G("12,6 procent", 12.6, "percent", **L25, s=("E-böckerna", "E-böckerna"), sp=None, note="'står nu för': a share of the year's loans"),
        G("9 procent", 9, "percent", **L25, direction="increase", s=("ljudböckerna", "ljudböckerna"), sp=None),
        G("402 000 besök", 402000, "count", **L25, s=("besök", "besök"), sp=None),
        G("8,1 besök per invånare", 8.1, "count", per="capita", **L25, s=("besök", "besök"), sp=None),
        G("58 procent", 58, "percent", **L25, s=("Huvudbiblioteket", "Huvudbiblioteket"), sp=None),
        G("14 900", 14900, "count", **L25, direction="increase", s=AL, sp=None, note="', cirka 4 procent fler än året innan'"),
        G("4 procent", 4, "percent", bound="approx", **L25, direction="increase", s=AL, sp=None),
        G("38 hållplatser", 38, "count", **L25, s=("hållplatser", "hållplatser"), sp=None),
        G("52", 52, "hour", ctx="från [52] till", per="week", **L25, s=OT, sp=None, note="from-value; 'Från den 1 september' without a year"),
        G("60 timmar", 60, "hour", per="week", **L25, direction="increase", s=OT, sp=None),
        G("1 140 programaktiviteter", 1140, "count", **L25, s=("programaktiviteter", "programaktiviteter"), sp=None),
        G("23 800 deltagare", 23800, "count", **L25, s=("deltagare", "deltagare"), sp=None),
        G("var fjärde", 0.25, "ratio", bound="approx", **L25, s=("besökare", "besökare"), sp=("Ragnhild Oskarsson", "quote"), note="'Nästan'"),
        G("38,5 miljoner kronor", 38.5e6, "SEK", **L25, s=KO, sp=None),
        G("776 kronor per invånare", 776, "SEK", per="capita", **L25, s=KO, sp=None),
    ]
    NEG["r13_b_bibliotek_ar"] = [
        N("2025", 1, note="title"), N("2025", ctx="under [2025] med"), N("1 september"), N("7–22", note="opening times of day"),
        N("12 år", note="age group 'under 12 år' (age groups are N)"), N("0580-45 12 00"),
    ]

    # ------------------------------------------------ 5. new cars, October 2025 (dateline 'Stockholm den 3 november 2025')
    PB = ("personbilar", "personbilar")
    BSK = ("Bilbranschens statistikkontor", "enligt")
    EL = ("Elbilarna", "Elbilarna")
    LH = ("Laddhybriderna", "Laddhybriderna")
    nb_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False), ("percent", 1, None, Y25, True, True)]
    NP = ("Nyregistrerade personbilar", "personbilar")
    GOLD["r13_b_nybilar_oktober"] = [
        G("24 310 personbilar", 24310, "count", **L25, direction="increase", s=PB, sp=BSK, note="'I oktober' (no year); ', en ökning med 6,8 procent jämfört med oktober i fjol'"),
        G("6,8 procent", 6.8, "percent", **L25, direction="increase", s=PB, sp=BSK),
        G("19 procent", 19, "percent", **L25, direction="increase", s=EL, sp=None),
        G("9 140", 9140, "count", occ=1, **L25, direction="increase", s=EL, sp=None, note="to-value"),
        G("37,6 procent", 37.6, "percent", **L25, s=EL, sp=None),
        G("4 procent", 4, "percent", **L25, direction="decrease", s=LH, sp=None),
        G("5 020", 5020, "count", occ=1, **L25, direction="decrease", s=LH, sp=None, note="to-value"),
        G("228 650 personbilar", 228650, "count", t=Y25, direction="increase", s=PB, sp=None, note="'Hittills i år'; ', 2,3 procent fler än under samma period i fjol'"),
        G("2,3 procent", 2.3, "percent", t=Y25, direction="increase", s=PB, sp=None),
        G("35,1 procent", 35.1, "percent", **L25, s=("Elbilsandelen", "Elbilsandelen"), sp=None, note="'för januari–oktober' (no year)"),
        G("275 000", 275000, "count", bound="approx", **L25, s=("nya personbilar", "personbilar"), sp=("Jonas Frömark", "credited"), note="forecast 'under helåret'"),
        *_row(G, "| El", ["9 140", "7 681", "+19,0"], nb_cols, NP, sep=" | "),
        *_row(G, "| Laddhybrid", ["5 020", "5 229", "−4,0"], nb_cols, NP, sep=" | "),
        *_row(G, "| Elhybrid", ["5 870", "5 210", "+12,7"], nb_cols, NP, sep=" | "),
        *_row(G, "| Bensin", ["2 910", "3 150", "−7,6"], nb_cols, NP, sep=" | "),
        *_row(G, "| Diesel", ["1 370", "1 493", "−8,2"], nb_cols, NP, sep=" | "),
        *_row(G, "| Totalt", ["24 310", "22 763", "+6,8"], nb_cols, NP, sep=" | "),
    ]
    NEG["r13_b_nybilar_oktober"] = [
        N("3 november 2025"), N("Okt 2025", note="column header"), N("Okt 2024", note="column header"), N("1 december 2025"),
    ]

    # ------------------------------------------------ 6. regional public-health survey (Publicerad 9 december 2025)
    AR = ("Andelen vuxna i Region Nordmark som röker dagligen", "Andelen")
    HN = ("Hälsa i Nordmark", "credited")
    SN = ("andelen som snusar", "andelen")
    FE = ("Andelen med fetma", "Andelen")
    AVR2 = ("Annika Vreede", "quote")
    GOLD["r13_b_folkhalsa_enkat"] = [
        G("6,4 procent", 6.4, "percent", **L25, direction="decrease", s=AR, sp=HN, note="'har sjunkit till', 'visar folkhälsoenkäten Hälsa i Nordmark 2025'"),
        G("8,9 procent", 8.9, "percent", t=Y20, s=("andelen", "andelen"), sp=None, note="'År 2020'"),
        G("5,8 procent", 5.8, "percent", **L25, s=None, sp=None, note="'I hela landet röker 5,8 procent': national figure, compared at one time"),
        G("Var femte", 0.2, "ratio", **L25, s=("invånare", "invånare"), sp=None),
        G("20 procent", 20, "percent", **L25, s=("invånare", "invånare"), sp=None),
        G("14", 14, "percent", ctx="från [14] till", t=Y20, s=SN, sp=None, note="from-value, 'sedan 2020'"),
        G("19 procent", 19, "percent", **L25, direction="increase", s=SN, sp=None, note="to-value"),
        G("Hälften", 0.5, "ratio", **L25, s=("de svarande", "svarande"), sp=None),
        G("51 procent", 51, "percent", **L25, s=("de svarande", "svarande"), sp=None),
        G("150 minuter", 150, "minute", bound="at_least", per="week", optional=True, s=None, sp=None, note="recommendation threshold"),
        G("17 procent", 17, "percent", **L25, direction="increase", s=FE, sp=None, note="', 2 procentenheter högre än 2020': the new value"),
        G("2 procentenheter", 2, "percentage_point", t=("2020", "2025"), lenient=True, direction="increase", s=FE, sp=None),
        G("16 procent", 16, "percent", **L25, s=("rikets", "rikets"), sp=None, note="'något över rikets 16 procent': comparison at one time"),
        G("27 procent", 27, "percent", **L25, direction="increase", s=None, sp=None, note="'mot 21 procent 2020'"),
        G("21 procent", 21, "percent", t=Y20, s=None, sp=None),
        G("5 procent", 5, "percent", bound="less_than", t=Y["2030"], s=("andelen dagligrökare", "andelen"), sp=AVR2, note="target 'under 5 procent till 2030'; 'Regionens mål' is possession, the sentence is in the quote"),
        G("12 000", 12000, "count", **L25, s=("slumpvis utvalda invånare", "invånare"), sp=None),
        G("5 460", 5460, "count", **L25, s=None, sp=None, note="'Av dem svarade 5 460'"),
        G("45,5 procent", 45.5, "percent", **L25, s=("en svarsfrekvens", "svarsfrekvens"), sp=None),
    ]
    NEG["r13_b_folkhalsa_enkat"] = [
        N("9 december 2025"), N("2025", ctx="Nordmark [2025].", note="part of the survey's name"), N("År 2020"),
        N("16–29 år", 1, note="age group"), N("2020", ctx="sedan [2020]."), N("2020", ctx="än [2020] och"),
        N("16–29 år", 2, note="age group"), N("2020", ctx="procent [2020]."), N("2030", ctx="till [2030]."),
        N("16–84 år", note="age group"),
    ]

    # ------------------------------------------------ 7. theatre season 2024/25 (UNDATED: no date, no sidecar)
    S = dict(t=("2024", "2025"), lenient=True)
    NS = dict(t=("2025", "2026"), lenient=True)
    BP = ("det ordinarie biljettpriset", "biljettpriset")
    te_cols = [("count", 1, None, ("2024", "2025"), True, False)] * 2 + [("percent", 1, None, ("2024", "2025"), True, False)]
    te_subj = [("Föreställningar", "Föreställningar"), ("Publik", "Publik"), ("Beläggning", "Beläggning")]
    GOLD["r13_b_teater_sasong"] = [
        G("68 400 personer", 68400, "count", **S, direction="increase", s=("personer", "personer"), sp=None, note="', en ökning med 11 procent jämfört med säsongen innan'"),
        G("312 föreställningar", 312, "count", **S, s=("föreställningar", "föreställningar"), sp=None),
        G("11 procent", 11, "percent", **S, direction="increase", s=("personer", "personer"), sp=None, note="the audience is what grew"),
        G("87 procent", 87, "percent", occ=1, **S, s=("Beläggningsgraden", "Beläggningsgraden"), sp=None),
        G("79 procent", 79, "percent", **S, s=("Beläggningsgraden", "Beläggningsgraden"), sp=None),
        G("420 platser", 420, "count", s=("platser", "platser"), sp=None, note="present-tense capacity in an undated text: no period"),
        G("140", 140, "count", ctx="scenen [140].", s=("platser", "platser"), sp=None, note="the noun carries over"),
        G("64 gånger", 64, "count", **S, s=("musikalen Sommarnattsljus", "musikalen"), sp=None),
        G("25 900 besökare", 25900, "count", **S, s=("besökare", "besökare"), sp=None),
        G("46 skolföreställningar", 46, "count", **S, s=("skolföreställningar", "skolföreställningar"), sp=None),
        G("4 320 elever", 4320, "count", **S, s=("elever", "elever"), sp=None),
        G("17,8 miljoner kronor", 17.8e6, "SEK", **S, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("31 miljoner kronor", 31e6, "SEK", **S, s=("kommunens bidrag", "bidrag"), sp=None),
        G("350", 350, "SEK", ctx="från [350] till", **S, s=BP, sp=None, note="from-value: the season just ended"),
        G("380 kronor", 380, "SEK", **NS, direction="increase", s=BP, sp=None, note="'Inför nästa säsong höjs'"),
        G("190 kronor", 190, "SEK", **NS, s=None, sp=None, note="'betalar fortsatt': no change; the payers are not the subject"),
        G("Var fjärde", 0.25, "ratio", **S, s=("besökare", "besökare"), sp=("Elsa Lindroth", "quote")),
        *_row(G, "| Stora scenen", ["136", "49 700", "87"], [(u, 1, None, ("2024", "2025"), True, False) for u in ("count", "count", "percent")], te_subj, sep=" | "),
        *_row(G, "| Lilla scenen", ["130", "14 380", "79"], [(u, 1, None, ("2024", "2025"), True, False) for u in ("count", "count", "percent")], te_subj, sep=" | "),
        *_row(G, "| Turné och skolor", ["46", "4 320"], te_cols[:2], te_subj[:2], sep=" | "),
    ]
    NEG["r13_b_teater_sasong"] = [N("2024/25", 1, note="title"), N("2024/25", 2, note="'Säsongen 2024/25' places the claims")]

    # ------------------------------------------------ 8. county board grants (dateline 'Falkvik den 14 januari 2026')
    P = dict(t=("2026", "2028"), lenient=True)
    LS = ("Länsstyrelsen", "credited")
    LSV = ("Länsstyrelsen i Vidinge län", "credited")
    PJ = ("projekt", "projekt")
    GOLD["r13_b_lansstyrelse_bidrag"] = [
        G("14,5 miljoner kronor", 14.5e6, "SEK", occ=1, **P, s=("landsbygdsprojekt", "landsbygdsprojekt"), sp=LS, note="title"),
        G("14,5 miljoner kronor", 14.5e6, "SEK", occ=2, t=("2026", "2028"), s=("projekt som ska stärka service och företagande på landsbygden", "projekt"), sp=LSV, note="'under perioden 2026–2028'"),
        G("23 projekt", 23, "count", t=("2026", "2028"), s=PJ, sp=LSV),
        G("61 ansökningar", 61, "count", **P, s=("ansökningar", "ansökningar"), sp=None),
        G("42 miljoner kronor", 42e6, "SEK", **P, s=("ansökningar", "ansökningar"), sp=None),
        G("1,9 miljoner kronor", 1.9e6, "SEK", **P, s=("Det största bidraget", "bidraget"), sp=None),
        G("fyra byalag", 4, "count", **P, s=("byalag", "byalag"), sp=None),
        G("70 procent", 70, "percent", bound="at_most", optional=True, s=None, sp=None, note="rule of the grant"),
        G("60 procent", 60, "percent", **P, s=("de beviljade medlen", "medlen"), sp=None),
        G("2,5 miljoner kronor", 2.5e6, "SEK", **P, direction="increase", s=("ramen", "ramen"), sp=None, note="compared with the call for 2023–2025"),
        G("7 projekt", 7, "count", **P, s=PJ, sp=None),
        G("5,1 miljoner kronor", 5.1e6, "SEK", **P, s=("Service och handel", "Service"), sp=None),
        G("9 projekt", 9, "count", **P, s=PJ, sp=None),
        G("4,2 miljoner kronor", 4.2e6, "SEK", **P, s=("Laddinfrastruktur", "Laddinfrastruktur"), sp=None),
        G("4 projekt", 4, "count", ctx="besöksnäring: [4 projekt]", **P, s=PJ, sp=None),
        G("3,0 miljoner kronor", 3.0e6, "SEK", **P, s=("Turism och besöksnäring", "Turism"), sp=None),
        G("3 projekt", 3, "count", ctx="uppkoppling: [3 projekt]", **P, s=PJ, sp=None),
        G("2,2 miljoner kronor", 2.2e6, "SEK", **P, s=("Digital uppkoppling", "uppkoppling"), sp=None),
        G("120 nya jobb", 120, "count", bound="approx", t=("2023", "2025"), lenient=True, s=("nya jobb", "jobb"), sp=("Göran Hemlin", "quote"), note="'Under förra perioden'"),
        G("8 miljoner kronor", 8e6, "SEK", t=Y26, s=("en ram", "ram"), sp=None, note="the call opening 'i september 2026'"),
    ]
    NEG["r13_b_lansstyrelse_bidrag"] = [
        N("14 januari 2026"), N("2026–2028"), N("2023–2025"), N("31 december 2028"), N("september 2026"), N("0644-27 15 30"),
    ]
    return GOLD, NEG
