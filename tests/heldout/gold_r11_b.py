"""Round 11, part B (r11_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 11, part B (r11_b_*): eight kinds, adapted from stored public pages or written (r11_sources_b.md), annotated
# with subject and speaker (round 6 conventions) as a fact-checker reads them, before any run: an unemployment
# insurance fund's monthly report for January 2026 (members, benefit recipients, shares, '1 240 fler än i januari förra
# året', a bracket '(368 miljoner kronor i januari 2025)', dagpenning per day, 'Drygt var tredje', 'varav', a plain-text
# key-figure table 'Jan 2026' / 'Jan 2025' / signed change), a region's monthly waiting-list release (Markdown; 'mer än
# 90 dagar', 'en förbättring med 4 procentenheter', a target 'minst 80 procent', national average, 'drygt en
# tredjedel', a Markdown table with a signed procentenheter column), monthly retail sales for November 2025 (volume
# change, calendar-adjusted, 'mot 4,1 procent i oktober', '4,7 respektive 3,9 procent', 'enligt ... varav drygt 40
# procent', a plain-text table with month columns whose caption says 'Förändring i procent'), a tax agency's April
# refund release (miljarder, 'mot 8 980 kronor i fjol', the median 'Hälften ... mindre än 4 600 kronor', a bullet list
# of amount bands, residual tax, dates), traffic counts on a bridge (Markdown; date only in the sidecar; fordon per
# dygn, heavy-traffic share, 'nästan 5 000 fler än 2019', km/h, 'Var sjätte', a table with year columns), a library's
# annual statistics page (HTML with cookie notice, menu, breadcrumb, related teasers and footer as chrome; per
# invånare, '(25 procent 2024)', 'dubbelt så många programpunkter som 2021', 'fyra av sex', 'var femte', an HTML table
# with a signed change column), a county population forecast (Markdown; 'år 2035' / 'år 2045', '4,6 respektive 8,3
# procent', 'från 17 800 vid årsskiftet till 27 400 år 2035', ranges '3 400–3 600 per år', a municipality table) and a
# TT item with no date and no year on food prices (periods unresolved, time not annotated; 'enligt', 'säger', 'kostade
# i snitt 42 kronor kilot', '3–4 procent').
# The r8, r9 and r10 decisions are followed (periods at year grain; a month without a year, a heading's or the
# document's period is lenient; a relative expression in the sentence ('förra året', 'i fjol', 'nu', 'I dag', 'i år')
# resolves against the publication date and is not lenient; 'för ett år sedan' / 'ett år tidigare' / 'året innan' are
# the year before, lenient; brackets take the period they name; levels followed by ', X fler än', 'mot X <earlier
# time>' or a next sentence 'Det är X färre' are the new value after a change; thresholds, rules, age bands, named sets
# and multipliers optional; targets required without a period). Where they were silent, decided here:
# - A growth rate given as the earlier term of 'mot' ('ökade med 5,1 procent, mot 4,1 procent i oktober') is itself
#   the size of a change of the same measure (the verb 'ökade' carries over): it keeps direction increase; levels in
#   'mot' pairs (shares, prices) keep r9's rule (the earlier value has none).
# - A refund paid out in April 2025 is a 2025 claim (the payout), not the income year 2024. The mean refund 'får var
#   och en tillbaka 8 930 kronor' is per="capita". The median sentence 'Hälften av mottagarna får mindre än 4 600 kronor':
#   'Hälften' introduces the median (optional, as r10_a), '4 600 kronor' is required (less_than). Amount bands in the
#   bullet list ('Under 1 000 kronor', '1 000–10 000 kronor', 'Över 10 000 kronor', 'mer än 50 000 kronor') delimit
#   groups: optional; the counts of people in them are required. Rules (the 100-krona floor, the 30 000-krona interest
#   threshold, the late-filing fee '1 250 kronor') are optional. The headline 'Kvarskatt för en miljon' is a rounded
#   count (required, approx not written: exact).
# - Dagpenning is per="day"; the maximum dagpenning '1 200 kronor' is a rule of the insurance (optional). 'upp till
#   2 450 fordon' in 'Den mest belastade timmen' is per="hour" (at_most); 'deltagare per tillfälle' per="occasion";
#   'fordon per dygn' per="day"; 'kronor kilot' and 'ett kilo bryggkaffe ... 168 kronor' per="kg" (the 'ett kilo' is the
#   denominator: left out, no digits); 'i månaden' per="month". km/h is the unit "km/h"; the speed limit '50 km/h' and
#   the threshold 'fortare än 60 km/h' are optional. A bridge's design capacity 'byggd för 30 000 fordon per dygn' has
#   no period. 'fyra av sex bibliotek' is a ratio (contract: 'nio av tio'), 4/6.
# - Population forecast: 'ha 318 200 invånare år 2035' takes 2035 (not lenient); 'en ökning med 4,6 respektive 8,3
#   procent jämfört med folkmängden vid årsskiftet' spans from the base to the forecast year (('2024', '2035'),
#   ('2024', '2045'), lenient: the base year follows from 'vid årsskiftet' in a June 2025 text, as r10's 'vid
#   årsskiftet'); from-values without a time of their own ('från 5,9 procent', 'från 55 procent') take the base
#   ('2024', lenient); assumptions per year over the forecast ('omkring 3 100 barn per år', '3 400–3 600 per år',
#   '1 500 personer per år', 'i stort sett oförändrat, omkring 68 000') span the title's ('2025', '2045'), lenient;
#   'till 2035' is ('2035', '2035') as r9_a. 'Prognosen bygger på att' is a description, not a credit (None);
#   'enligt regionens nya befolkningsprognos' credits its own sentence; 'den förra prognosen ..., som räknade med'
#   credits 'den förra prognosen'. The table's caption heading 'Folkmängd per kommun' gives the subject of its cells.
# - A retail-sales table whose caption says 'Förändring i procent mot samma månad året innan' gives every cell a
#   direction by its sign (as r6_stilindex); the month columns carry the year: not lenient.
# - First-person sentences of a sender ('av våra medlemmar', 'betalade vi ut') take the sender as speaker
#   ('publisher'); the fund's third-person sentences ('hade kassan') have no speaker.
# - A present-tense statement inside a quote with 'I dag' ('I dag har fyra av sex bibliotek meröppet, och var femte
#   besök sker ...') is of the publication year 2026 (not lenient), as r10_b's quote possession.
# - Negatives: datelines, 'Publicerad' lines, times of day, title periods ('Månadsrapport januari 2026', '2025–2045'),
#   headers of periods ('Jan 2026', 'Sep 2025', 'nov 2024', '| 2024 |', '2024–2045'), years and dates that only place
#   a claim ('sedan 2019', 'i januari 2025', 'jämfört med november 2024', 'samma period 2024', 'än 2019', 'från 2022',
#   'redan 2040', 'år 2035', 'den 31 mars', '8–10 april', 'den 5 maj'), the clock hours 'mellan 07 och 08', 'Tabell 1',
#   'ett år' in 'på ett år' / 'för ett år sedan' / 'ett år tidigare', phone numbers, box addresses, postal codes, org
#   numbers, the cookie count, a related-article teaser and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'ett kilo' (the price's denominator), 'vart tredje år', 'flera år
#   i rad', 'i stort sett oförändrad', 'Black Week', the article 'en/ett'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2019", "2021", "2024", "2025", "2026", "2035", "2040", "2045")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y26, Y25, Y24 = Y["2026"], Y["2025"], Y["2024"]

    # ------------------------------------------------ 1. unemployment fund, January 2026 (dateline 12 February 2026)
    PUB = ("A-kassan för tekniker och ingenjörer", "publisher")
    VM = ("våra medlemmar", "medlemmar")
    AN = ("Andelen medlemmar som får ersättning", "Andelen")
    ME = ("medlemmar", "medlemmar")
    ER = ("ersättning", "ersättning")
    ak_cols = [("count", 1, None, Y26, False, False), ("count", 1, None, Y25, False, False),
               ("percent", 1, None, Y26, True, True)]
    ak_money = [("SEK", 1e6, None, Y26, False, False), ("SEK", 1e6, None, Y25, False, False),
                ("percent", 1, None, Y26, True, True)]
    GOLD["r11_b_akassa_manad"] = [
        G("14 860", 14860, "count", occ=1, t=Y26, lenient=True, direction="increase", s=VM, sp=PUB, note="'I januari'; 'Det är 1 240 fler än i januari förra året': the new value"),
        G("1 240", 1240, "count", t=Y26, lenient=True, direction="increase", s=VM, sp=None),
        G("9,1 procent", 9.1, "percent", t=Y26, lenient=True, direction="increase", s=VM, sp=None),
        G("610 personer", 610, "count", t=Y26, lenient=True, direction="increase", s=("antalet ersättningstagare", "antalet"), sp=None, note="against December"),
        G("2,4 procent", 2.4, "percent", t=Y26, direction="increase", s=AN, sp=None, note="'ligger nu på', 'mot 2,3 procent för ett år sedan'"),
        G("2,3 procent", 2.3, "percent", t=Y25, lenient=True, s=AN, sp=None),
        G("30 år", 30, "year", bound="less_than", optional=True, s=None, sp=None, note="age threshold 'under 30 år'"),
        G("dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier of a comparison at one time: no direction"),
        G("4,6 procent", 4.6, "percent", t=Y26, lenient=True, s=("andelen", "andelen"), sp=None),
        G("618 400 medlemmar", 618400, "count", t=Y26, lenient=True, direction="increase", s=ME, sp=None, note="', 22 300 fler än ett år tidigare': the new value"),
        G("22 300", 22300, "count", t=Y26, lenient=True, direction="increase", s=ME, sp=None),
        G("3,7 procent", 3.7, "percent", t=Y26, lenient=True, direction="increase", s=("Medlemsantalet", "Medlemsantalet"), sp=None),
        G("5 920 nya medlemmar", 5920, "count", t=Y26, lenient=True, s=("nya medlemmar", "medlemmar"), sp=None),
        G("3 180", 3180, "count", t=Y26, lenient=True, s=None, sp=None, note="elided 'medan 3 180 lämnade'"),
        G("412 miljoner kronor", 412e6, "SEK", t=Y26, lenient=True, s=ER, sp=PUB, note="'betalade vi ut'; bracket pair: no direction"),
        G("368 miljoner kronor", 368e6, "SEK", t=Y25, s=ER, sp=PUB, note="bracket '(... i januari 2025)'"),
        G("318 000 ersättningsdagar", 318000, "count", t=Y26, lenient=True, s=("ersättningsdagar", "ersättningsdagar"), sp=PUB),
        G("1 018 kronor", 1018, "SEK", per="day", t=Y26, lenient=True, s=("Den genomsnittliga dagpenningen", "dagpenningen"), sp=None),
        G("var tredje", 1 / 3, "ratio", bound="approx", t=Y26, lenient=True, s=("ersättningstagare", "ersättningstagare"), sp=None, note="'Drygt var tredje'"),
        G("36 procent", 36, "percent", t=Y26, lenient=True, s=("ersättningstagare", "ersättningstagare"), sp=None),
        G("1 200 kronor", 1200, "SEK", per="day", optional=True, s=("den högsta dagpenningen", "dagpenningen"), sp=None, note="the maximum of the insurance: a rule"),
        G("1 870 medlemmar", 1870, "count", t=Y26, lenient=True, s=ME, sp=None),
        G("640", 640, "count", ctx="varav [640] efter", t=Y26, lenient=True, s=None, sp=None),
        G("410 personer", 410, "count", t=Y26, lenient=True, s=("nyinskrivna", "nyinskrivna"), sp=None),
        *_row(G, "Medlemmar", ["618 400", "596 100", "+3,7"], ak_cols, ("Medlemmar", "Medlemmar")),
        *_row(G, "Ersättningstagare", ["14 860", "13 620", "+9,1"], ak_cols, ("Ersättningstagare", "Ersättningstagare")),
        *_row(G, "Utbetald ersättning, mnkr", ["412", "368", "+12,0"], ak_money, ("Utbetald ersättning", "ersättning")),
    ]
    NEG["r11_b_akassa_manad"] = [
        N("januari 2026", note="title"), N("12 februari 2026"), N("2019", note="'sedan 2019'"),
        N("januari 2025", note="names the bracket's period"), N("Jan 2026", note="column header"), N("Jan 2025", note="column header"),
        N("08-412 77 30"), N("Box 5127"), N("102 43"),
    ]

    # ------------------------------------------------ 2. region waiting list, November 2025 (Publicerad 2025-12-09)
    PA = ("patienter", "patienter")
    AV = ("Andelen som väntat högst 90 dagar", "Andelen")
    VT = ("Väntetiden för en höft- eller knäprotes", "Väntetiden")
    vl_cols = [("count", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, False),
               ("percentage_point", 1, None, Y25, True, True)]
    vl_subj = [("Väntat mer än 90 dagar", "Väntat"), ("Inom vårdgarantin, %", "vårdgarantin"),
               ("Förändring mot nov 2024, procentenheter", "Förändring")]
    GOLD["r11_b_vantelista_region"] = [
        G("3 410 patienter", 3410, "count", t=Y25, lenient=True, direction="decrease", s=PA, sp=None, note="'I slutet av november'; next sentence 'Det är 520 färre'"),
        G("90 dagar", 90, "day", occ=1, bound="more_than", optional=True, s=None, sp=None, note="defines the metric"),
        G("520", 520, "count", ctx="Det är [520] färre", t=Y25, lenient=True, direction="decrease", s=PA, sp=None),
        G("3 930 patienter", 3930, "count", t=Y24, s=PA, sp=None, note="'förra året'"),
        G("90 dagar", 90, "day", occ=2, bound="at_most", optional=True, s=None, sp=None),
        G("71 procent", 71, "percent", t=Y25, lenient=True, direction="increase", s=AV, sp=None, note="next sentence 'en förbättring med 4 procentenheter jämfört med november 2024'"),
        G("4 procentenheter", 4, "percentage_point", t=Y25, lenient=True, direction="increase", s=AV, sp=None),
        G("80 procent", 80, "percent", bound="at_least", s=("Regionens mål", "mål"), sp=None, note="a target: required, no period"),
        G("68 procent", 68, "percent", t=Y25, lenient=True, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None, note="'i november': comparison at one time"),
        G("84 procent", 84, "percent", t=Y25, lenient=True, direction="increase", s=None, sp=None, note="'mot 82 procent ett år tidigare'"),
        G("90 dagar", 90, "day", occ=3, bound="at_most", optional=True, s=None, sp=None),
        G("82 procent", 82, "percent", t=Y24, lenient=True, s=None, sp=None),
        G("21 700 patienter", 21700, "count", t=Y25, lenient=True, s=PA, sp=None),
        G("3 470", 3470, "count", t=Y25, lenient=True, s=None, sp=None, note="'varav'"),
        G("90 dagar", 90, "day", occ=4, bound="more_than", optional=True, s=None, sp=None),
        G("1 150 operationer", 1150, "count", t=Y25, lenient=True, s=("operationer", "operationer"), sp=("Karin Wahlund", "quote"), note="'sedan i somras'"),
        G("1 260 patienter", 1260, "count", t=Y25, lenient=True, s=PA, sp=None),
        G("90 dagar", 90, "day", occ=5, bound="more_than", optional=True, s=None, sp=None),
        G("en tredjedel", 1 / 3, "ratio", bound="approx", t=Y25, lenient=True, s=PA, sp=None, note="'drygt en tredjedel': share restating the count"),
        G("142 dagar", 142, "day", t=Y25, lenient=True, direction="decrease", s=VT, sp=None, note="', 19 dagar kortare än i juni': the new value"),
        G("19 dagar", 19, "day", t=Y25, lenient=True, direction="decrease", s=VT, sp=None),
        G("90 dagar", 90, "day", ctx="Väntat mer än [90 dagar]", bound="more_than", optional=True, s=None, sp=None, note="column header"),
        *_row(G, "| Ortopedi", ["1 260", "58", "+6"], vl_cols, vl_subj, sep=" | "),
        *_row(G, "| Allmänkirurgi", ["710", "74", "+3"], vl_cols, vl_subj, sep=" | "),
        *_row(G, "| Ögon", ["540", "79", "−2"], vl_cols, vl_subj, sep=" | "),
        *_row(G, "| Övriga", ["900", "76", "+5"], vl_cols, vl_subj, sep=" | "),
        *_row(G, "| Totalt", ["3 410", "71", "+4"], vl_cols, vl_subj, sep=" | "),
    ]
    NEG["r11_b_vantelista_region"] = [
        N("2025-12-09"), N("november 2024", note="baseline time"), N("nov 2024", note="column header"), N("021-48 90 12"),
    ]

    # ------------------------------------------------ 3. retail sales, November 2025 (dateline 2026-01-08)
    OM = ("Omsättningen mätt i löpande priser", "Omsättningen")
    HA = ("Handelsanalys Norden", "enligt")
    EH = ("E-handelns andel av detaljhandelns försäljning", "andel")
    FV = ("Försäljningsvolym", "Försäljningsvolym")
    dh_cols = [("percent", 1, None, Y25, False, True)] * 3
    GOLD["r11_b_detaljhandel_manad"] = [
        G("3,8 procent", 3.8, "percent", t=Y25, direction="increase", s=("Detaljhandelns försäljningsvolym", "försäljningsvolym"), sp=None, note="'i november 2025'"),
        G("1,2 procent", 1.2, "percent", occ=1, t=Y25, lenient=True, direction="increase", s=("Dagligvaruhandeln", "Dagligvaruhandeln"), sp=None),
        G("5,6 procent", 5.6, "percent", t=Y25, lenient=True, direction="increase", s=("sällanköpsvaruhandeln", "sällanköpsvaruhandeln"), sp=None),
        G("0,9 procent", 0.9, "percent", t=Y25, lenient=True, direction="increase", s=("den säsongrensade försäljningsvolymen", "försäljningsvolymen"), sp=None),
        G("1,4 procent", 1.4, "percent", t=Y25, lenient=True, direction="increase", s=("volymen", "volymen"), sp=None, note="three months against the three before"),
        G("5,1 procent", 5.1, "percent", t=Y25, lenient=True, direction="increase", s=OM, sp=None),
        G("4,1 procent", 4.1, "percent", t=Y25, lenient=True, direction="increase", s=OM, sp=None, note="'mot 4,1 procent i oktober': October's growth rate, 'ökade' carries over"),
        G("4,3 procent", 4.3, "percent", t=Y25, lenient=True, direction="increase", s=OM, sp=None, note="'I dagligvaruhandeln var ökningen'"),
        G("5,7 procent", 5.7, "percent", t=Y25, lenient=True, direction="increase", s=OM, sp=None),
        G("11,2 procent", 11.2, "percent", t=Y25, lenient=True, direction="increase", s=("försäljningen av hemelektronik", "försäljningen"), sp=None),
        G("6,4 procent", 6.4, "percent", t=Y25, lenient=True, direction="increase", s=("Klädhandeln", "Klädhandeln"), sp=None),
        G("2,3 procent", 2.3, "percent", t=Y25, lenient=True, direction="decrease", s=("sko- och väskhandeln", "väskhandeln"), sp=None),
        G("4,7", 4.7, "percent", ctx="med [4,7] respektive", t=Y25, lenient=True, direction="increase", s=("Apotekshandeln", "Apotekshandeln"), sp=None, note="'4,7 respektive 3,9 procent'"),
        G("3,9 procent", 3.9, "percent", t=Y25, lenient=True, direction="increase", s=("drogerihandeln", "drogerihandeln"), sp=None),
        G("9,5 miljarder kronor", 9.5e9, "SEK", bound="approx", t=Y25, lenient=True, s=("handeln", "handeln"), sp=HA, note="'under Black Week-veckan' (November)"),
        G("40 procent", 40, "percent", bound="approx", t=Y25, lenient=True, s=None, sp=HA, note="'varav drygt 40 procent på nätet'"),
        G("15,8 procent", 15.8, "percent", t=Y25, lenient=True, direction="increase", s=EH, sp=None, note="', 1,1 procentenheter högre än i november 2024': the new value"),
        G("1,1 procentenheter", 1.1, "percentage_point", t=Y25, lenient=True, direction="increase", s=EH, sp=None),
        G("2,6 procent", 2.6, "percent", t=Y25, direction="increase", s=("detaljhandelns kalenderkorrigerade försäljningsvolym", "försäljningsvolym"), sp=None, note="'Under januari–november 2025 ... större än under samma period 2024'"),
        *_row(G, "Dagligvaruhandeln", ["0,4", "0,9", "1,2"], dh_cols, FV),
        *_row(G, "Sällanköpsvaruhandeln", ["2,8", "3,5", "5,6"], dh_cols, FV),
        *_row(G, "varav kläder", ["1,9", "2,2", "6,4"], dh_cols, FV),
        *_row(G, "varav hemelektronik", ["4,0", "−1,6", "11,2"], dh_cols, FV),
        *_row(G, "Total detaljhandel", ["1,9", "2,6", "3,8"], dh_cols, FV),
    ]
    NEG["r11_b_detaljhandel_manad"] = [
        N("2026-01-08"), N("08:00"), N("november 2025", note="time of the claim"), N("november 2024", note="baseline"),
        N("januari–november 2025"), N("2024", ctx="samma period [2024]."), N("Tabell 1"),
        N("Sep 2025"), N("Okt 2025"), N("Nov 2025"), N("2026-02-06"), N("010-479 61 12"),
    ]

    # ------------------------------------------------ 4. tax refunds (Pressmeddelande 7 april 2025)
    SA = ("skatteåterbäring", "skatteåterbäring")
    P = ("personer", "personer")
    ML = ("Maja Lindfors", "quote")
    GOLD["r11_b_skatteaterbaring"] = [
        G("3,2 miljoner", 3.2e6, "count", bound="approx", t=Y25, lenient=True, s=None, sp=None, note="title 'Nära 3,2 miljoner får dela på'"),
        G("28,4 miljarder", 28.4e9, "SEK", t=Y25, lenient=True, s=SA, sp=None, note="title"),
        G("3 180 000 personer", 3180000, "count", t=Y25, lenient=True, s=P, sp=None, note="the change in the next sentence is of the money"),
        G("28,4 miljarder kronor", 28.4e9, "SEK", t=Y25, lenient=True, direction="increase", s=SA, sp=None, note="next sentence 'Det är 1,3 miljarder kronor mer än ... förra året'"),
        G("1,3 miljarder kronor", 1.3e9, "SEK", t=Y25, lenient=True, direction="increase", s=SA, sp=None),
        G("3 020 000 personer", 3020000, "count", t=Y24, s=P, sp=None, note="'förra året, då'"),
        G("8 930 kronor", 8930, "SEK", per="capita", t=Y25, lenient=True, direction="decrease", s=None, sp=None, note="'mot 8 980 kronor i fjol': the new value"),
        G("8 980 kronor", 8980, "SEK", per="capita", t=Y24, s=None, sp=None),
        G("Hälften", 0.5, "ratio", t=Y25, lenient=True, optional=True, s=("mottagarna", "mottagarna"), sp=None, note="introduces the median"),
        G("4 600 kronor", 4600, "SEK", bound="less_than", t=Y25, lenient=True, s=None, sp=None),
        G("4,1 miljoner", 4.1e6, "count", bound="more_than", t=Y25, lenient=True, s=None, sp=ML),
        G("300 000", 300000, "count", bound="approx", t=Y25, lenient=True, direction="increase", s=None, sp=ML),
        G("100 kronor", 100, "SEK", bound="less_than", optional=True, s=None, sp=None, note="a rule"),
        G("1 000 kronor", 1000, "SEK", bound="less_than", ctx="Under [1 000 kronor]", optional=True, s=None, sp=None, note="amount band"),
        G("612 000 personer", 612000, "count", t=Y25, lenient=True, s=P, sp=None),
        G("1 000–10 000 kronor", None, "SEK", low=1000, high=10000, optional=True, s=None, sp=None),
        G("1 890 000 personer", 1890000, "count", t=Y25, lenient=True, s=P, sp=None),
        G("10 000 kronor", 10000, "SEK", bound="more_than", ctx="Över [10 000 kronor]", optional=True, s=None, sp=None),
        G("678 000 personer", 678000, "count", t=Y25, lenient=True, s=P, sp=None),
        G("41 000", 41000, "count", t=Y25, lenient=True, s=None, sp=None, note="'varav'"),
        G("50 000 kronor", 50000, "SEK", bound="more_than", optional=True, s=None, sp=None),
        G("en miljon", 1e6, "count", t=Y25, lenient=True, s=None, sp=None, note="heading 'Kvarskatt för en miljon'"),
        G("1 050 000 personer", 1050000, "count", bound="approx", t=Y25, lenient=True, s=P, sp=None),
        G("12,7 miljarder kronor", 12.7e9, "SEK", t=Y25, lenient=True, s=("skatt kvar att betala", "skatt"), sp=None),
        G("30 000 kronor", 30000, "SEK", bound="more_than", optional=True, s=None, sp=None, note="a rule"),
        G("1 250 kronor", 1250, "SEK", optional=True, s=("en förseningsavgift", "förseningsavgift"), sp=None, note="a rule"),
    ]
    NEG["r11_b_skatteaterbaring"] = [
        N("7 april 2025"), N("31 mars", 1), N("31 mars", 2), N("8–10 april"), N("12 november"), N("3 maj"), N("5 maj"),
        N("010-574 91 36"),
    ]

    # ------------------------------------------------ 5. bridge traffic counts 2025 (sidecar 2026-03-03)
    FO = ("fordon", "fordon")
    TT = ("Andelen tung trafik", "Andelen")
    TR = ("trafiken", "trafiken")
    CY = ("Cykeltrafiken över bron", "Cykeltrafiken")
    ADT = ("Årsmedeldygnstrafik (ÅDT)", "Årsmedeldygnstrafik")
    tb_cols = [("count", 1, "day", ("2023", "2023"), False, False),
               ("count", 1, "day", Y24, False, False), ("count", 1, "day", Y25, False, False),
               ("percent", 1, None, Y25, False, False)]
    tb_subj = [ADT, ADT, ADT, ("Andel tung trafik 2025, %", "Andel")]
    GOLD["r11_b_trafik_bro"] = [
        G("24 600 fordon per dygn", 24600, "count", per="day", t=Y25, lenient=True, direction="increase", s=FO, sp=None, note="next sentence 'Det är 4 procent fler än 2024'"),
        G("4 procent", 4, "percent", t=Y25, lenient=True, direction="increase", s=FO, sp=None),
        G("5 000", 5000, "count", bound="approx", per="day", t=("2019", "2025"), lenient=True, direction="increase", s=FO, sp=None, note="'nästan 5 000 fler än 2019'"),
        G("11 procent", 11, "percent", t=Y25, lenient=True, direction="increase", s=TT, sp=None, note="'mot 9 procent året innan'"),
        G("9 procent", 9, "percent", t=Y24, lenient=True, s=TT, sp=None),
        G("2 700 tunga fordon per dygn", 2700, "count", bound="approx", per="day", t=Y25, lenient=True, s=("tunga fordon", "fordon"), sp=None),
        G("27 900 fordon per dygn", 27900, "count", per="day", t=Y25, lenient=True, s=TR, sp=None),
        G("16 800", 16800, "count", per="day", t=Y25, lenient=True, s=("helgtrafiken", "helgtrafiken"), sp=None),
        G("2 450 fordon", 2450, "count", bound="at_most", per="hour", t=Y25, lenient=True, s=FO, sp=None),
        G("47 km/h", 47, "km/h", t=Y25, lenient=True, s=("medelhastigheten", "medelhastigheten"), sp=None),
        G("50 km/h", 50, "km/h", optional=True, s=("gränsen", "gränsen"), sp=None, note="the speed limit: a rule"),
        G("Var sjätte", 1 / 6, "ratio", t=Y25, lenient=True, s=("bilist", "bilist"), sp=None),
        G("60 km/h", 60, "km/h", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("1 300 fordon per dygn", 1300, "count", per="day", t=Y25, lenient=True, direction="decrease", s=TR, sp=None),
        G("8 900", 8900, "count", ctx="till [8 900].", per="day", t=Y25, lenient=True, direction="decrease", s=TR, sp=None, note="to-value"),
        G("600", 600, "count", ctx="i stället [600] fler", per="day", t=Y25, lenient=True, direction="increase", s=("Hamnvägen", "Hamnvägen"), sp=None),
        G("16 procent", 16, "percent", t=Y25, lenient=True, direction="increase", s=CY, sp=None),
        G("2 150 cyklister per dygn", 2150, "count", per="day", t=Y25, lenient=True, direction="increase", s=CY, sp=None),
        G("30 000 fordon per dygn", 30000, "count", per="day", s=("Bron", "Bron"), sp=("Oskar Vennberg", "quote"), note="design capacity: no period"),
        *_row(G, "| Norrsundsbron", ["22 900", "23 650", "24 600", "11"], tb_cols, tb_subj, sep=" | "),
        *_row(G, "| Storgatan", ["10 700", "10 200", "8 900", "6"], tb_cols, tb_subj, sep=" | "),
        *_row(G, "| Hamnvägen", ["5 300", "5 800", "6 400", "18"], tb_cols, tb_subj, sep=" | "),
        G("två veckor", 2, "week", optional=True, s=None, sp=None, note="method: measuring period"),
    ]
    NEG["r11_b_trafik_bro"] = [
        N("2025", ctx="trafikmätningar för [2025]"), N("2024", ctx="fler än [2024]"), N("2019", ctx="fler än [2019],"),
        N("07", ctx="mellan [07] och", note="time of day"), N("08", ctx="och [08] på", note="time of day"),
        N("2023", ctx="| Mätpunkt | [2023] |"), N("2024", ctx="| 2023 | [2024] |"), N("2025", ctx="| 2024 | [2025] |"),
        N("2025", ctx="tung trafik [2025], %"), N("0570-81 44 20"),
    ]

    # ------------------------------------------------ 6. library statistics page (Publicerad 18 mars 2026)
    BE = ("besök", "besök")
    UT = ("Utlåningen av fysiska medier", "Utlåningen")
    EL = ("E-lånen", "E-lånen")
    HS = ("Hedda Sörlin", "quote")
    bi_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
               ("percent", 1, None, Y25, True, True)]
    GOLD["r11_b_bibliotek_ar"] = [
        G("412 000 besök", 412000, "count", t=Y25, direction="increase", s=BE, sp=None, note="'Under 2025'; ', 7 procent fler än året innan': the new value"),
        G("sex bibliotek", 6, "count", occ=1, optional=True, s=("bibliotek", "bibliotek"), sp=None, note="members of a named set"),
        G("7 procent", 7, "percent", t=Y25, lenient=True, direction="increase", s=BE, sp=None),
        G("6,3 besök per invånare", 6.3, "count", per="capita", t=Y25, lenient=True, direction="increase", s=BE, sp=None, note="'mot 5,9 besök 2024'"),
        G("5,9 besök", 5.9, "count", per="capita", t=Y24, s=BE, sp=None),
        G("4,4 besök per invånare", 4.4, "count", per="capita", t=Y25, lenient=True, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None),
        G("2 procent", 2, "percent", t=Y25, lenient=True, direction="increase", s=UT, sp=None),
        G("318 500 lån", 318500, "count", t=Y25, lenient=True, direction="increase", s=UT, sp=None),
        G("4,9 lån per invånare", 4.9, "count", per="capita", t=Y25, lenient=True, direction="increase", s=UT, sp=None, note="restates the to-value per inhabitant"),
        G("46 procent", 46, "percent", t=Y25, lenient=True, s=("Barn- och ungdomsböcker", "ungdomsböcker"), sp=None),
        G("21 procent", 21, "percent", t=Y25, lenient=True, direction="increase", s=EL, sp=None),
        G("38 200", 38200, "count", ctx="till [38 200].", t=Y25, lenient=True, direction="increase", s=EL, sp=None),
        G("17 900", 17900, "count", t=Y25, lenient=True, s=("Antalet aktiva låntagare", "Antalet"), sp=None),
        G("27 procent", 27, "percent", t=Y25, lenient=True, s=("aktiva låntagare", "låntagare"), sp=None, note="bracket pair: no direction"),
        G("25 procent", 25, "percent", t=Y24, s=("aktiva låntagare", "låntagare"), sp=None, note="'(25 procent 2024)'"),
        G("1 140 programpunkter", 1140, "count", t=Y25, lenient=True, direction="increase", s=("programpunkter", "programpunkter"), sp=None, note="'dubbelt så många programpunkter som 2021': one thing over time"),
        G("23 600 deltagare", 23600, "count", t=Y25, lenient=True, s=("deltagare", "deltagare"), sp=None),
        G("dubbelt", 2, "number", t=("2021", "2025"), lenient=True, direction="increase", optional=True, s=None, sp=None, note="multiplier"),
        G("28 deltagare", 28, "count", per="occasion", t=Y25, lenient=True, s=("Språkcaféet", "Språkcaféet"), sp=None),
        G("9 870 timmar", 9870, "hour", t=Y25, lenient=True, s=("Biblioteken", "Biblioteken"), sp=None),
        G("3 450 timmar", 3450, "hour", t=Y25, lenient=True, s=None, sp=None, note="'varav'"),
        G("fyra av sex", 4 / 6, "ratio", t=Y26, s=("bibliotek", "bibliotek"), sp=HS, note="'I dag' in a quote"),
        G("var femte", 0.2, "ratio", t=Y26, s=("besök", "besök"), sp=HS),
        *_row(G, "Besök", ["412 000", "385 000", "+7"], bi_cols, ("Besök", "Besök")),
        *_row(G, "Fysiska lån", ["318 500", "312 300", "+2"], bi_cols, ("Fysiska lån", "lån")),
        *_row(G, "E-lån", ["38 200", "31 600", "+21"], bi_cols, ("E-lån", "E-lån")),
        *_row(G, "Programpunkter", ["1 140", "1 020", "+12"], bi_cols, ("Programpunkter", "Programpunkter")),
    ]
    NEG["r11_b_bibliotek_ar"] = [
        N("3 sorters", note="cookie notice"), N("18 mars 2026"), N("2025", ctx="Under [2025] gjordes"),
        N("2024", ctx="5,9 besök [2024]."), N("2024", ctx="25 procent [2024])"), N("2021", ctx="som [2021]."),
        N("2025", ctx="Nyckeltal [2025]", note="column header"), N("2024", ctx="Nyckeltal 2025 [2024]", note="column header"),
        N("640 barn", note="related-article teaser"), N("Box 410"), N("733 25"), N("0224-55 10 00"), N("212000-3051"),
        N("2026", ctx="© [2026]"),
    ]

    # ------------------------------------------------ 7. county population forecast (Publicerad 2025-06-12)
    IN = ("invånare", "invånare")
    BP = ("regionens nya befolkningsprognos", "enligt")
    A80 = ("Antalet invånare som är 80 år eller äldre", "Antalet")
    AA = ("Andelen över 80 år", "Andelen")
    AF = ("andelen i åldern 20–64 år", "andelen")
    PR = ("2025", "2045")
    FK = ("Folkmängd per kommun", "Folkmängd")
    bf_cols = [("count", 1, None, Y24, False, False), ("count", 1, None, Y["2035"], False, False),
               ("count", 1, None, Y["2045"], False, False), ("percent", 1, None, ("2024", "2045"), False, True)]
    GOLD["r11_b_befolkningsprognos_lan"] = [
        G("318 200 invånare", 318200, "count", t=Y["2035"], direction="increase", s=IN, sp=BP, note="next sentence 'Det är en ökning med'"),
        G("329 500", 329500, "count", occ=1, t=Y["2045"], direction="increase", s=IN, sp=BP),
        G("4,6", 4.6, "percent", ctx="med [4,6] respektive", t=("2024", "2035"), lenient=True, direction="increase", s=IN, sp=None),
        G("8,3 procent", 8.3, "percent", t=("2024", "2045"), lenient=True, direction="increase", s=IN, sp=None),
        G("304 200 personer", 304200, "count", t=Y24, lenient=True, s=("folkmängden vid årsskiftet", "folkmängden"), sp=None, note="'vid årsskiftet' in a June 2025 text"),
        G("335 000 invånare", 335000, "count", t=Y["2040"], s=IN, sp=("den förra prognosen", "credited"), note="'som räknade med ... redan 2040'"),
        G("80 år", 80, "year", occ=1, bound="at_least", optional=True, s=None, sp=None, note="'80 år eller äldre'"),
        G("17 800", 17800, "count", t=Y24, lenient=True, s=A80, sp=None),
        G("27 400", 27400, "count", t=Y["2035"], direction="increase", s=A80, sp=None),
        G("80 år", 80, "year", occ=2, bound="more_than", optional=True, s=None, sp=None, note="'över 80 år'"),
        G("5,9 procent", 5.9, "percent", t=Y24, lenient=True, s=AA, sp=None, note="from-value: the base"),
        G("8,6 procent", 8.6, "percent", t=Y["2035"], direction="increase", s=AA, sp=None),
        G("9,8 procent", 9.8, "percent", t=Y["2045"], direction="increase", s=AA, sp=None),
        G("20–64 år", None, "year", low=20, high=64, optional=True, s=None, sp=None, note="age band"),
        G("55 procent", 55, "percent", t=Y24, lenient=True, s=AF, sp=None),
        G("52 procent", 52, "percent", t=Y["2045"], direction="decrease", s=AF, sp=None),
        G("20 år", 20, "year", bound="less_than", optional=True, s=None, sp=None, note="'under 20 år'"),
        G("68 000", 68000, "count", bound="approx", t=PR, lenient=True, s=("Antalet barn och unga under 20 år", "Antalet"), sp=None, note="'i stort sett oförändrat': no direction"),
        G("900 nya platser", 900, "count", bound="approx", t=Y["2035"], s=("nya platser i särskilt boende", "platser"), sp=("Elin Grahn", "quote"), note="'till 2035'"),
        G("3 100 barn per år", 3100, "count", bound="approx", per="year", t=PR, lenient=True, s=("barn", "barn"), sp=None),
        G("2 960", 2960, "count", t=Y24, s=None, sp=None, note="'de 2 960 som föddes 2024'"),
        G("3 400–3 600", None, "count", low=3400, high=3600, per="year", t=PR, lenient=True, s=("Antalet döda", "Antalet"), sp=None),
        G("1 500 personer per år", 1500, "count", per="year", t=PR, lenient=True, s=("flyttnettot", "flyttnettot"), sp=None),
        *_row(G, "| Vättby", ["128 400", "139 900", "147 200", "+14,6"], bf_cols, FK, sep=" | "),
        *_row(G, "| Ljungsala", ["61 300", "63 100", "64 800", "+5,7"], bf_cols, FK, sep=" | "),
        *_row(G, "| Bergsnäs", ["42 700", "42 300", "41 600", "−2,6"], bf_cols, FK, sep=" | "),
        *_row(G, "| Övriga kommuner", ["71 800", "72 900", "75 900", "+5,7"], bf_cols, FK, sep=" | "),
        *_row(G, "| Länet", ["304 200", "318 200", "329 500", "+8,3"], bf_cols, FK, sep=" | "),
    ]
    NEG["r11_b_befolkningsprognos_lan"] = [
        N("2025–2045", note="title"), N("2025-06-12"), N("2035", ctx="invånare år [2035]"), N("2045", ctx="år [2045], enligt"),
        N("2022", ctx="från [2022],"), N("2040", ctx="redan [2040]."), N("2035", ctx="27 400 år [2035]."),
        N("2035", ctx="8,6 procent [2035]"), N("2045", ctx="9,8 procent [2045]."), N("2045", ctx="fram till [2045]."),
        N("2035", ctx="boende till [2035],"), N("2024", ctx="föddes [2024]."),
        N("2024", ctx="| Kommun | [2024] |"), N("2035", ctx="| 2024 | [2035] |"), N("2045", ctx="| 2035 | [2045] |"),
        N("2024–2045", ctx="Förändring [2024–2045], %"), N("2028"),
    ]

    # ------------------------------------------------ 8. TT item on food prices, no date and no year
    MK = ("Matkassen", "enligt")
    GOLD["r11_b_tt_matpriser"] = [
        G("6 procent", 6, "percent", direction="increase", s=("Priserna på mat och alkoholfria drycker", "Priserna"), sp=("Statistiska centralbyrån (SCB)", "enligt"), note="'på ett år' unresolved"),
        G("5,3 procent", 5.3, "percent", s=("ökningstakten", "ökningstakten"), sp=None, note="a rate's level the month before"),
        G("31 procent", 31, "percent", direction="increase", s=("kaffet", "kaffet"), sp=None, note="'Det' stands for kaffet"),
        G("18 procent", 18, "percent", direction="increase", s=("choklad", "choklad"), sp=None),
        G("7,4 procent", 7.4, "percent", direction="increase", s=("Frukt", "Frukt"), sp=None),
        G("1,2 procent", 1.2, "percent", direction="increase", s=("grönsakerna", "grönsakerna"), sp=None),
        G("168 kronor", 168, "SEK", per="kg", direction="increase", s=("ett kilo bryggkaffe", "bryggkaffe"), sp=MK, note="'mot 124 kronor ett år tidigare'"),
        G("124 kronor", 124, "SEK", per="kg", s=("ett kilo bryggkaffe", "bryggkaffe"), sp=MK),
        G("142 kronor kilot", 142, "SEK", per="kg", direction="increase", s=("Nötfärsen", "Nötfärsen"), sp=None, note="', vilket är 11 kronor mer än i fjol'"),
        G("11 kronor", 11, "SEK", per="kg", direction="increase", s=("Nötfärsen", "Nötfärsen"), sp=None),
        G("42 kronor kilot", 42, "SEK", ctx="snitt [42 kronor kilot]", per="kg", direction="increase", s=("Svenska äpplen", "äpplen"), sp=None),
        G("36 kronor", 36, "SEK", per="kg", s=("Svenska äpplen", "äpplen"), sp=None),
        G("två vuxna", 2, "count", optional=True, s=("vuxna", "vuxna"), sp=None, note="defines the example household"),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None),
        G("700 kronor", 700, "SEK", bound="approx", per="month", direction="increase", s=("matkassen", "matkassen"), sp=("Hushållsbudgetinstitutet", "enligt")),
        G("10 200 kronor", 10200, "SEK", bound="approx", per="month", s=("mat", "mat"), sp=None, note="'drygt'; the goal of the money"),
        G("3–4 procent", None, "percent", low=3, high=4, direction="increase", s=("matpriserna", "matpriserna"), sp=("Ylva Brandt", "quote"), note="'under nästa år' unresolved"),
        G("9 procent", 9, "percent", direction="decrease", s=("Smör", "Smör"), sp=None),
    ]
    NEG["r11_b_tt_matpriser"] = [
        N("ett år", 1, note="'på ett år': span of the change"), N("ett år", 2, note="'för ett år sedan'"),
        N("ett år", 3, note="'ett år tidigare'"), N("ett år", 4, note="'ett år tidigare'"), N("ett år", 5, note="'för ett år sedan'"),
    ]
    return GOLD, NEG
