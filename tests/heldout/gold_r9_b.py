"""Round 9, part B (r9_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 9, part B (r9_b_*): eight kinds of statistical release and news text, annotated with subject and speaker
# (round 6 conventions) before the pipeline was ever run on them: a municipality's population statistics for 2025
# (Markdown; 'ökade med 534 personer till 48 612', a '(507)' bracket explained by 'Siffror inom parentes avser 2024',
# 'varav', a forecast 'enligt kommunens befolkningsprognos', a district table with two year columns and a signed change
# column), a county employment-office release for January 2026 (levels, 'Det är 2 104 fler än för ett år sedan', share
# of the registered labour force, procentenheter, a bullet list with bracketed January 2025 figures, age bands), quarterly
# housing starts (Markdown; date only in the sidecar; 'tredje kvartalet', 'Hittills i år', 'från 64 till 57 procent',
# '29 respektive 17 procent', a region table with 'Kv3 i år' / 'Kv3 i fjol' columns), a region's yearly health-care page
# (HTML with cookie banner, menu, related teasers and footer as chrome; 'från 4,1 till 3,6 per 100 vårdplatser', 'mot 96
# procent 2024', 'upp till 110 vårdplatser', 'från 386 till 241 miljoner kronor', a key-figure table), university
# admissions for the autumn term 2025 ('sökande per plats', 'dubbelt så många som för fem år sedan', admission scores), a
# county's greenhouse-gas statistics for 2024 ('38 procent lägre än 1990', a 2030 target against 1990, tonnes per
# inhabitant, a sector table in 'tusen ton' with a '1990–2024' change column), a monthly foreign-trade release (miljarder
# kronor, handelsnetto, brackets for October 2024, year to date, a plain-text table by country group) and a news-agency
# survey item with no date and no year (periods unresolved, time not annotated, as r6_handel_tt).
# Decisions (where the r8 blocks are silent or disagree):
# - Periods at year grain as in rounds 6-8 (a quarter or a month is its year). A period resolved from the publication
#   date ('I slutet av januari', 'tredje kvartalet', 'i höst', 'Hittills i år', column headers 'Kv3 i år' / 'Kv3 i fjol')
#   is lenient, as 'i år' in r8_b; a year written in the sentence or column header is not. 'Hittills i år' is the year
#   ('2025', '2025'), as r8_a (r8_b used a month range there; the brief's year grain decides).
# - A bracketed prior figure takes the period named by the text's note ('Siffror inom parentes avser 2024', 'Inom
#   parentes anges motsvarande siffror för januari 2025'): not lenient. The main figure of a bracket pair has no direction.
# - Levels followed by ', X färre/fler än', ', en ökning/minskning med X', 'mot X året innan', 'jämfört med X i oktober
#   2024' are the new value after a change and carry its direction, following r8 part B (and the contract's 'a new
#   value after a change'); r8 part A left such levels without direction, round 9 part B does not.
# - Differences against a base year are about the span since: '38 procent lägre än 1990' is ('1990', '2024'); the target
#   'minska med 63 procent till 2030 jämfört med 1990' is ('1990', '2030'), direction decrease; '140 fler ... än för två
#   år sedan' said in 2026 is ('2024', '2026'); 'dubbelt så många som för fem år sedan' is ('2020', '2025').
# - A change column whose header names its span ('Förändring 1990–2024, %') takes that span, not lenient; one that does
#   not ('Förändring', 'Förändring, %', 'Förändring export, %') takes the current period, lenient (as r8).
# - Rates: 'per 100 vårdplatser' is per="bed" (the '100' is a negative, as the '100 000' of r8_b); 'sökande per plats'
#   is per="place"; 'ton per invånare' per="capita"; '8 procent per år' and 'bostäder om året' per="year".
# - 'tusen ton' in a caption scales the cells (x 1000 tonne); 'miljarder kronor' in a caption likewise.
# - Comparisons at one time (Bruksvik/Fjällnäs, 'utrikes födda ... jämfört med ... inrikes födda', '29 procent mot 21
#   procent' between women and men, 'ett budgeterat underskott') have no direction; 'mot 4,6 miljarder för september' is
#   a change over time (two consecutive months): the level carries direction.
# - Optional: age bands and thresholds that delimit a group ('18–24 år', '16–65 år', '80 år eller äldre', 'över 60 år',
#   '12 månader eller mer', 'mer än ett år', 'mer än 14 dagar'), the rule of the sick-pay period ('de första 14
#   dagarna') and the karens rule's '20 procent', the method's '12 procent' uplift, period spans ('tio första månader',
#   'de senaste tio åren', 'under fyra veckor'), members of a named set ('sina tre sjukhus', 'de tre kommuner som
#   gränsar till oss') and multipliers ('dubbelt', 'mer än tre gånger'). A region's own goal 'Regionens mål är högst 30
#   dagar' is required (a target, at_most, no period).
# - Subjects: a verb-phrased figure takes its grammatical subject ('Kvarnsjö växte med 534 invånare' -> Kvarnsjö,
#   'väntade barnen i genomsnitt 46 dagar' -> barnen, 'Störst ökning hade Stockholmsregionen ... med 29' ->
#   Stockholmsregionen); 'fordon står nu för var femte exportkrona' -> exportkrona, as r8_b's 'var sjunde utländsk
#   gästnatt'; elided nouns ('varav 642 från utlandet', 'medan 2 723 flyttade härifrån', '8,7 procent var inskrivna som
#   arbetslösa', 'drygt var tredje säger') are None; a measure carried from the clause before ('följt av juristprogrammet
#   med 1 150 på 90 platser', 'jämfört med 5,6 procent bland inrikes födda', 'mot 4,6 miljarder för september') keeps it,
#   as r8_b's 'och pojkarna 217,5'; 'den' standing for 'andelen' takes 'andelen'. Table cells take the caption's measure
#   when the rows are categories (districts, regions, sectors, country groups) and the row label when it names the
#   measure (key figures).
# - Speakers: 'enligt X' credits X in its own sentence only ('Enligt Försäkringskassan var 187 000 ..., ungefär 9 000
#   fler' credits both); plain reporting of a survey ('47 procent av de tillfrågade uppger') has no speaker; figures in a
#   quote take the quoted person; 'Enligt kommunens befolkningsprognos' and 'Enligt länets klimatstrategi' are 'enligt'.
# - Negatives: datelines and Publicerad lines, the note years of brackets, years and dates that only place a claim in
#   time ('sedan 2018', 'år 2028', 'till 2030', 'jämfört med 1990', 'sommaren 2024', 'oktober 2024'), column headers of
#   periods ('2024', 'Kv3 i år', '1990–2024'), the '2030' inside '2030-målet', phone numbers, postal codes, box and org
#   numbers, the cookie count, a related-article teaser with a figure, '1177', 'för ett år sedan', 'för två/fem år sedan'.

Y = {y: (y, y) for y in ("2020", "2023", "2024", "2025", "2026", "2028")}


def _val(c):
    return float(c.replace(" ", "").replace(",", ".").replace("−", "-").replace("+", ""))


def _row(G, label, cells, cols, subj, sep=" | ", before=()):
    """One table row. cols: one (unit, scale, per, period, lenient, signed) per cell; subj: one (phrase, head) or a list.
    Located by the row label and the cells before it (white space in ctx matches any run)."""
    out = []
    for i, (c, (unit, scale, per, t, lenient, signed)) in enumerate(zip(cells, cols)):
        v = _val(c)
        direction = None
        if signed:
            direction = "increase" if v > 0 else "decrease" if v < 0 else None
        pre = sep.join([*before, *cells[:i]])
        ctx = f"{label}{sep}{pre}{sep if pre else ''}[{c}]"
        val = round(v * scale, 6) if scale == 1 else round(v * scale)
        out.append(G(c, val, unit, per=per, t=t, lenient=lenient, direction=direction,
                     s=subj[i] if isinstance(subj, list) else subj, sp=None, ctx=ctx))
    return out


def annotate(G, N):
    # ---------------------------------------------------------------- population statistics (published 2026-02-19)
    BEF = ("Folkmängd", "Folkmängd")
    bef_cols = [("count", 1, None, Y["2024"], False, False), ("count", 1, None, Y["2025"], False, False),
                ("count", 1, None, Y["2025"], True, True)]
    FOLK = ("folkmängden i Kvarnsjö kommun", "folkmängden")
    befolkning = [
        G("534 invånare", 534, "count", t=Y["2025"], direction="increase", s=("Kvarnsjö", "Kvarnsjö"), sp=None, note="title 'Kvarnsjö växte med 534 invånare under 2025'"),
        G("534 personer", 534, "count", t=Y["2025"], direction="increase", s=FOLK, sp=None),
        G("48 612 invånare", 48612, "count", t=Y["2025"], direction="increase", s=FOLK, sp=None, note="to-value, 'den sista december' 2025"),
        G("1,1 procent", 1.1, "percent", t=Y["2025"], direction="increase", s=FOLK, sp=None, note="', eller med 1,1 procent': the same change in percent"),
        G("312 personer", 312, "count", t=Y["2024"], lenient=True, direction="increase", s=("kommunen", "kommunen"), sp=None, note="'Året innan växte kommunen med'"),
        G("498 barn", 498, "count", t=Y["2025"], lenient=True, direction="decrease", s=("barn", "barn"), sp=None, note="'Under året'; ', 27 färre än 2024': the new value"),
        G("27", 27, "count", ctx="kommunen, [27] färre", t=Y["2025"], lenient=True, direction="decrease", s=("barn", "barn"), sp=None),
        G("521 personer", 521, "count", t=Y["2025"], lenient=True, s=("personer", "personer"), sp=None),
        G("507", 507, "count", t=Y["2024"], s=("personer", "personer"), sp=None, note="bracket: 'Siffror inom parentes avser 2024'"),
        G("23 personer", 23, "count", t=Y["2025"], lenient=True, s=("ett födelseunderskott", "födelseunderskott"), sp=None),
        G("561 personer", 561, "count", t=Y["2025"], lenient=True, direction="increase", s=("Flyttningsnettot", "Flyttningsnettot"), sp=None, note="'mot 338 året innan': the new value"),
        G("338", 338, "count", t=Y["2024"], lenient=True, s=("Flyttningsnettot", "Flyttningsnettot"), sp=None),
        G("3 284 personer", 3284, "count", t=Y["2025"], lenient=True, s=("personer", "personer"), sp=None),
        G("642", 642, "count", t=Y["2025"], lenient=True, s=None, sp=None, note="'varav 642 från utlandet': elided noun"),
        G("2 723", 2723, "count", t=Y["2025"], lenient=True, s=None, sp=None, note="'medan 2 723 flyttade härifrån': elided noun"),
        G("Nästan var tredje", 1 / 3, "ratio", bound="approx", t=Y["2025"], lenient=True, s=("inflyttare", "inflyttare"), sp=("Helena Rydberg", "quote")),
        G("tre kommuner", 3, "count", optional=True, s=("kommuner", "kommuner"), sp=("Helena Rydberg", "quote"), note="members of a named set ('de tre kommuner som gränsar till oss')"),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="'80 år eller äldre': a threshold that delimits the group"),
        G("4,6 procent", 4.6, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet invånare som är 80 år eller äldre", "Antalet"), sp=None),
        G("2 915", 2915, "count", t=Y["2025"], lenient=True, direction="increase", s=("Antalet invånare som är 80 år eller äldre", "Antalet"), sp=None, note="to-value"),
        G("omkring 50 300 invånare", 50300, "count", bound="approx", t=Y["2028"], direction="increase", s=("folkmängden", "folkmängden"), sp=("kommunens befolkningsprognos", "enligt"), note="forecast 'väntas ... öka till ... år 2028'"),
        *_row(G, "| Kvarnsjö tätort", ["21 406", "21 873", "+467"], bef_cols, BEF),
        *_row(G, "| Norrvik", ["8 932", "9 015", "+83"], bef_cols, BEF),
        *_row(G, "| Hedbyn", ["6 218", "6 174", "−44"], bef_cols, BEF),
        *_row(G, "| Landsbygden", ["11 522", "11 550", "+28"], bef_cols, BEF),
        *_row(G, "| Hela kommunen", ["48 078", "48 612", "+534"], bef_cols, BEF),
    ]
    befolkning_neg = [
        N("2025", ctx="invånare under [2025]", note="title: a time"), N("2026-02-19"), N("Under 2025"),
        N("2024", ctx="parentes avser [2024]", note="the note that dates the brackets"), N("2024", ctx="färre än [2024].", note="baseline year"),
        N("sedan 2018"), N("år 2028"), N("31 december", note="caption"),
        N("2024", ctx="| Kommundel | [2024] |"), N("2025", ctx="| 2024 | [2025] |"), N("0586-48 12 07"),
    ]

    # ---------------------------------------------------------------- employment office, January 2026 (published 2026-02-12)
    J26, J25 = Y["2026"], Y["2025"]
    PERS = ("personer", "personer")
    ANDEL = ("Andelen inskrivna arbetslösa", "Andelen")
    arbetsloshet = [
        G("14 382 personer", 14382, "count", occ=1, t=J26, lenient=True, direction="increase", s=PERS, sp=None, note="'I slutet av januari' 2026; 'Det är 2 104 fler än för ett år sedan': the new value"),
        G("2 104", 2104, "count", t=J26, lenient=True, direction="increase", s=PERS, sp=None),
        G("8,7 procent", 8.7, "percent", occ=1, t=J26, lenient=True, direction="increase", s=ANDEL, sp=None, note="', en ökning med 1,1 procentenheter'"),
        G("1,1 procentenheter", 1.1, "percentage_point", t=J26, lenient=True, direction="increase", s=ANDEL, sp=None),
        G("7,2 procent", 7.2, "percent", t=J26, lenient=True, s=("andelen", "andelen"), sp=None, note="'I riket var andelen': the national level at the same time"),
        G("11,9 procent", 11.9, "percent", t=J26, lenient=True, s=("Andelen arbetslösa", "Andelen"), sp=None),
        G("5,1 procent", 5.1, "percent", t=J26, lenient=True, s=("Andelen arbetslösa", "Andelen"), sp=None),
        G("21,3 procent", 21.3, "percent", t=J26, lenient=True, s=("andelen inskrivna arbetslösa", "andelen"), sp=None),
        G("5,6 procent", 5.6, "percent", t=J26, lenient=True, s=("andelen inskrivna arbetslösa", "andelen"), sp=None, note="a comparison between groups at one time; the measure is carried"),
        G("9 procent", 9, "percent", ctx="med [9 procent] till", t=J26, lenient=True, direction="decrease", s=("Antalet nyanmälda lediga platser", "Antalet"), sp=None),
        G("3 640", 3640, "count", t=J26, lenient=True, direction="decrease", s=("Antalet nyanmälda lediga platser", "Antalet"), sp=None, note="to-value"),
        G("Drygt fyra av tio", 0.4, "ratio", bound="approx", t=J26, lenient=True, s=("inskrivna arbetslösa", "arbetslösa"), sp=None),
        G("ett år", 1, "year", ctx="mer än [ett år].", bound="more_than", optional=True, s=None, sp=None, note="'utan arbete i mer än ett år': defines the group"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", t=J26, lenient=True, direction="decrease", s=("Varslen", "Varslen"), sp=("Sara Ekholm", "quote"), note="'har ... minskat till mindre än hälften av fjolårets nivå'"),
        G("8,7 procent", 8.7, "percent", occ=2, t=J26, lenient=True, s=None, sp=None, note="bullet '8,7 procent var inskrivna som arbetslösa (7,6)': no noun names the share"),
        G("7,6", 7.6, "percent", t=J25, s=None, sp=None, note="bracket: 'motsvarande siffror för januari 2025'"),
        G("14 382 personer", 14382, "count", occ=2, t=J26, lenient=True, s=PERS, sp=None),
        G("12 278", 12278, "count", t=J25, s=PERS, sp=None),
        G("11,4 procent", 11.4, "percent", t=J26, lenient=True, s=("ungdomarna 18–24 år", "ungdomarna"), sp=None),
        G("18–24 år", None, "year", low=18, high=24, optional=True, s=None, sp=None, note="age band"),
        G("9,8", 9.8, "percent", t=J25, s=("ungdomarna 18–24 år", "ungdomarna"), sp=None),
        G("2 016 ungdomar", 2016, "count", t=J26, lenient=True, s=("ungdomar", "ungdomar"), sp=None),
        G("1 702", 1702, "count", t=J25, s=("ungdomar", "ungdomar"), sp=None),
        G("5 930", 5930, "count", t=J26, lenient=True, s=("de inskrivna arbetslösa", "arbetslösa"), sp=None),
        G("12 månader", 12, "month", bound="at_least", optional=True, s=None, sp=None, note="'i 12 månader eller mer': defines the group"),
        G("5 214", 5214, "count", t=J25, s=("de inskrivna arbetslösa", "arbetslösa"), sp=None),
        G("1 487 personer", 1487, "count", t=J26, lenient=True, s=PERS, sp=None),
        G("1 355", 1355, "count", t=J25, s=PERS, sp=None),
        G("1 102 personer", 1102, "count", t=J26, lenient=True, s=PERS, sp=None),
        G("1 176", 1176, "count", t=J25, s=PERS, sp=None),
        G("318 personer", 318, "count", t=J26, lenient=True, s=PERS, sp=None),
        G("744", 744, "count", t=J25, s=PERS, sp=None),
        G("16–65 år", None, "year", low=16, high=65, optional=True, s=None, sp=None, note="age band in the footnote that defines the share"),
    ]
    arbetsloshet_neg = [
        N("2026-02-12"), N("ett år", ctx="för [ett år] sedan", note="'för ett år sedan' is a time"),
        N("januari 2025", 1), N("januari 2025", 2, note="the note that dates the brackets"), N("010-486 22 71"),
    ]

    # ---------------------------------------------------------------- housing starts, Q3 2025 (sidecar 2025-11-18)
    PB = ("Påbörjade bostäder", "bostäder")
    pb_cols = [("count", 1, None, Y["2025"], True, False), ("count", 1, None, Y["2024"], True, False),
               ("percent", 1, None, Y["2025"], True, True)]
    BOST = ("bostäder", "bostäder")
    HYR = ("andelen hyresrätter bland de nya lägenheterna i flerbostadshus", "andelen")
    bostader = [
        G("18 procent", 18, "percent", occ=1, t=Y["2025"], lenient=True, direction="increase", s=("påbörjade bostäder", "bostäder"), sp=None, note="title"),
        G("cirka 9 400 nya bostäder", 9400, "count", bound="approx", t=Y["2025"], lenient=True, direction="increase", s=("nya bostäder", "bostäder"), sp=None, note="'tredje kvartalet' of 2025 (sidecar date); 'Det är 18 procent fler': the new value"),
        G("18 procent", 18, "percent", occ=2, t=Y["2025"], lenient=True, direction="increase", s=("nya bostäder", "bostäder"), sp=None),
        G("7 965 bostäder", 7965, "count", t=Y["2024"], lenient=True, s=BOST, sp=None),
        G("6 850 lägenheter", 6850, "count", t=Y["2025"], lenient=True, direction="increase", s=("lägenheter", "lägenheter"), sp=None),
        G("24 procent", 24, "percent", t=Y["2025"], lenient=True, direction="increase", s=("lägenheter", "lägenheter"), sp=None),
        G("3 900 hyresrätter", 3900, "count", t=Y["2025"], lenient=True, s=("hyresrätter", "hyresrätter"), sp=None),
        G("2 950 bostadsrätter", 2950, "count", t=Y["2025"], lenient=True, s=("bostadsrätter", "bostadsrätter"), sp=None),
        G("2 550 bostäder", 2550, "count", t=Y["2025"], lenient=True, direction="increase", s=BOST, sp=None),
        G("4 procent", 4, "percent", ctx="småhus, [4 procent] fler", t=Y["2025"], lenient=True, direction="increase", s=BOST, sp=None),
        G("27 300 bostäder", 27300, "count", t=Y["2025"], lenient=True, direction="increase", s=BOST, sp=None, note="'Hittills i år'; 'jämfört med 24 150 under samma period i fjol': the new value"),
        G("24 150", 24150, "count", t=Y["2024"], lenient=True, s=BOST, sp=None),
        G("64", 64, "percent", ctx="från [64] till", t=Y["2024"], lenient=True, s=HYR, sp=None, note="from-value; the unit 'procent' is shared"),
        G("57 procent", 57, "percent", t=Y["2025"], lenient=True, direction="decrease", s=HYR, sp=None),
        G("29", 29, "percent", ctx="med [29] respektive", t=Y["2025"], lenient=True, direction="increase", s=("Stockholmsregionen", "Stockholmsregionen"), sp=None, note="'29 respektive 17 procent': the unit is shared"),
        G("17 procent", 17, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Göteborgsregionen", "Göteborgsregionen"), sp=None),
        G("6 procent", 6, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("byggandet i Malmöregionen", "byggandet"), sp=None),
        G("omkring 60 000 bostäder", 60000, "count", bound="approx", per="year", s=BOST, sp=("Anders Wikström", "quote"), note="a standing need, no period"),
        *_row(G, "| Stockholmsregionen", ["3 120", "2 410", "+29"], pb_cols, PB),
        *_row(G, "| Göteborgsregionen", ["1 480", "1 265", "+17"], pb_cols, PB),
        *_row(G, "| Malmöregionen", ["1 050", "1 120", "−6"], pb_cols, PB),
        *_row(G, "| Övriga riket", ["3 750", "3 170", "+18"], pb_cols, PB),
        *_row(G, "| Hela riket", ["9 400", "7 965", "+18"], pb_cols, PB),
        G("12 procent", 12, "percent", direction="increase", optional=True, s=("Siffrorna för i år", "Siffrorna"), sp=None, note="the method's uplift for late reporting: defines the figures"),
    ]
    bostader_neg = [N("Kv3 i år", note="column header"), N("Kv3 i fjol", note="column header")]

    # ---------------------------------------------------------------- region health care, 2025 (Publicerad 2026-03-10)
    VP = ("disponibla vårdplatser", "vårdplatser")
    OB = ("Överbeläggningarna", "Överbeläggningarna")
    vp_cols = [(None, Y["2025"]), (None, Y["2024"])]

    def _vp(label, cells, unit, scale, per, subj):
        return _row(G, label, cells, [(unit, scale, per, t, False, False) for _, t in vp_cols], subj, sep=" ")
    vardplatser = [
        G("1 142", 1142, "count", occ=1, t=Y["2025"], direction="increase", s=VP, sp=None, note="'under 2025'; ', 26 fler än året innan': the new value"),
        G("tre sjukhus", 3, "count", optional=True, s=("sjukhus", "sjukhus"), sp=None, note="members of a named set"),
        G("26", 26, "count", ctx="2025, [26] fler", t=Y["2025"], lenient=True, direction="increase", s=VP, sp=None),
        G("4,1", 4.1, "count", occ=1, per="bed", t=Y["2024"], lenient=True, s=OB, sp=None, note="from-value of 'minskade från 4,1 till 3,6 per 100 vårdplatser'"),
        G("3,6", 3.6, "count", occ=1, per="bed", t=Y["2025"], lenient=True, direction="decrease", s=OB, sp=None),
        G("94 procent", 94, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("Beläggningsgraden på vårdavdelningarna", "Beläggningsgraden"), sp=None, note="'mot 96 procent 2024': the new value"),
        G("96 procent", 96, "percent", t=Y["2024"], s=("Beläggningsgraden på vårdavdelningarna", "Beläggningsgraden"), sp=None),
        G("upp till 110 vårdplatser", 110, "count", bound="at_most", t=Y["2025"], lenient=True, direction="decrease", s=("vårdplatser", "vårdplatser"), sp=None, note="'jämfört med 135 sommaren 2024': a change over time"),
        G("135", 135, "count", t=Y["2024"], s=("vårdplatser", "vårdplatser"), sp=None),
        G("140 fler sjuksköterskor", 140, "count", t=("2024", "2026"), lenient=True, direction="increase", s=("sjuksköterskor", "sjuksköterskor"), sp=("Maria Strand", "quote"), note="'i dag ... än för två år sedan', said in March 2026"),
        G("118 600 besök", 118600, "count", t=Y["2025"], lenient=True, direction="increase", s=("besök", "besök"), sp=None),
        G("3 procent", 3, "percent", t=Y["2025"], lenient=True, direction="increase", s=("besök", "besök"), sp=None),
        G("58 minuter", 58, "minute", t=Y["2025"], lenient=True, direction="increase", s=("Mediantiden från ankomst till läkarbedömning", "Mediantiden"), sp=None),
        G("sex minuter", 6, "minute", t=Y["2025"], lenient=True, direction="increase", s=("Mediantiden från ankomst till läkarbedömning", "Mediantiden"), sp=None),
        G("46 dagar", 46, "day", t=Y["2025"], lenient=True, direction="decrease", s=("barnen", "barnen"), sp=None, note="'väntade barnen i genomsnitt 46 dagar ..., mot 61 dagar året innan'"),
        G("61 dagar", 61, "day", t=Y["2024"], lenient=True, s=("barnen", "barnen"), sp=None),
        G("högst 30 dagar", 30, "day", bound="at_most", s=("Regionens mål", "mål"), sp=None, note="the region's own goal: a target, no period"),
        G("9 840 miljoner kronor", 9840e6, "SEK", t=Y["2025"], lenient=True, direction="increase", s=("Hälso- och sjukvårdens nettokostnader", "nettokostnader"), sp=None),
        G("412 miljoner kronor", 412e6, "SEK", t=Y["2025"], lenient=True, direction="increase", s=("Hälso- och sjukvårdens nettokostnader", "nettokostnader"), sp=None),
        G("386", 386e6, "SEK", ctx="från [386] till", t=Y["2024"], lenient=True, s=("Kostnaderna för inhyrd personal", "Kostnaderna"), sp=None, note="from-value; the scale 'miljoner kronor' is shared"),
        G("241 miljoner kronor", 241e6, "SEK", t=Y["2025"], lenient=True, direction="decrease", s=("Kostnaderna för inhyrd personal", "Kostnaderna"), sp=None),
        G("128 miljoner kronor", 128e6, "SEK", t=Y["2025"], lenient=True, s=("ett underskott", "underskott"), sp=None),
        G("60 miljoner", 60e6, "SEK", t=Y["2025"], lenient=True, s=("ett budgeterat underskott", "underskott"), sp=None, note="a comparison with the budget: no direction"),
        *_vp("Disponibla vårdplatser, genomsnitt", ["1 142", "1 116"], "count", 1, None, ("Disponibla vårdplatser", "vårdplatser")),
        *_vp("Överbeläggningar per 100 vårdplatser", ["3,6", "4,1"], "count", 1, "bed", ("Överbeläggningar", "Överbeläggningar")),
        *_vp("Besök på akutmottagningarna", ["118 600", "115 100"], "count", 1, None, ("Besök på akutmottagningarna", "Besök")),
        *_vp("Nettokostnad, mnkr", ["9 840", "9 428"], "SEK", 1e6, None, ("Nettokostnad", "Nettokostnad")),
    ]
    vardplatser_neg = [
        N("2 typer", note="cookie banner"), N("Årsrapport 2025", note="breadcrumb"), N("2026-03-10"),
        N("2025", ctx="sjukhus under [2025],"), N("100", ctx="3,6 per [100] vårdplatser.", note="the denominator of 'per 100 vårdplatser'"),
        N("2024", ctx="96 procent [2024]."), N("sommaren 2024"), N("två år", note="'för två år sedan' is a time"),
        N("2024", ctx="längre än [2024]."), N("2024", ctx="kronor mer än [2024]."),
        N("2025", ctx="Nyckeltal [2025] 2024"), N("2024", ctx="Nyckeltal 2025 [2024]"),
        N("100", ctx="Överbeläggningar per [100] vårdplatser", note="the denominator in the row label"),
        N("2,4 miljarder", note="related-article teaser (chrome)"), N("1177", note="a name"),
        N("Box 1150"), N("871 85"), N("0612-77 30 00"), N("232100-0183"), N("© Region Skogslanda 2026"),
    ]

    # ---------------------------------------------------------------- admissions, autumn 2025 (dateline 11 July 2025)
    FHS = ("förstahandssökande", "förstahandssökande")
    PL = ("platser", "platser")
    POANG = ("Lägsta antagningspoäng till läkarprogrammet", "antagningspoäng")
    antagning = [
        G("14 820 personer", 14820, "count", t=Y["2025"], direction="increase", s=PERS, sp=None, note="'höstterminen 2025' in the sentence; 'Det är 6,2 procent fler än hösten 2024'"),
        G("6,2 procent", 6.2, "percent", t=Y["2025"], lenient=True, direction="increase", s=PERS, sp=None),
        G("52 300 personer", 52300, "count", t=Y["2025"], lenient=True, direction="decrease", s=PERS, sp=None),
        G("1,8 procent", 1.8, "percent", t=Y["2025"], lenient=True, direction="decrease", s=PERS, sp=None),
        G("41 900", 41900, "count", t=Y["2025"], lenient=True, s=("de sökande", "sökande"), sp=None),
        G("4 procent", 4, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet förstahandssökande till programmen", "Antalet"), sp=None),
        G("9 870", 9870, "count", t=Y["2025"], lenient=True, direction="increase", s=("Antalet förstahandssökande till programmen", "Antalet"), sp=None, note="to-value"),
        G("63 procent", 63, "percent", t=Y["2025"], lenient=True, s=("Kvinnorna", "Kvinnorna"), sp=None),
        G("drygt 600 nya platser", 600, "count", bound="approx", t=Y["2025"], lenient=True, s=("nya platser", "platser"), sp=("Karin Ödmark", "quote"), note="a count of new places, no direction (as r8_a 'tolv nya butiker')"),
        G("1 310 studenter", 1310, "count", t=Y["2025"], lenient=True, direction="increase", s=("studenter", "studenter"), sp=None, note="'mot 1 045 i fjol': the new value"),
        G("1 045", 1045, "count", t=Y["2024"], lenient=True, s=("studenter", "studenter"), sp=None),
        G("2 415", 2415, "count", t=Y["2025"], lenient=True, s=FHS, sp=None),
        G("120 platser", 120, "count", t=Y["2025"], lenient=True, s=PL, sp=None),
        G("20,1 sökande per plats", 20.1, "count", per="place", t=Y["2025"], lenient=True, direction="increase", s=("sökande", "sökande"), sp=None, note="'mot 18,7 i fjol': the new value"),
        G("18,7", 18.7, "count", per="place", t=Y["2024"], lenient=True, s=("sökande", "sökande"), sp=None, note="the rate carries over"),
        G("1 380 förstahandssökande", 1380, "count", t=Y["2025"], lenient=True, s=FHS, sp=None),
        G("60 platser", 60, "count", t=Y["2025"], lenient=True, s=PL, sp=None),
        G("1 150", 1150, "count", t=Y["2025"], lenient=True, s=FHS, sp=None, note="'följt av juristprogrammet med 1 150 på 90 platser': the measure is carried from the clause before"),
        G("90 platser", 90, "count", t=Y["2025"], lenient=True, s=PL, sp=None),
        G("240 studenter", 240, "count", t=Y["2025"], lenient=True, direction="increase", s=("studenter", "studenter"), sp=None, note="'i höst'; 'dubbelt så många som för fem år sedan': a change over time"),
        G("dubbelt", 2, "number", t=("2020", "2025"), lenient=True, direction="increase", optional=True, s=None, sp=None, note="a multiplier (optional, as round 6)"),
        G("11 procent", 11, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet förstahandssökande till programmet", "Antalet"), sp=None),
        G("7 procent", 7, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("antalet förstahandssökande till lärarprogrammen", "antalet"), sp=None),
        G("22,43", 22.43, "number", t=Y["2025"], lenient=True, s=POANG, sp=None),
        G("1,85", 1.85, "number", t=Y["2025"], lenient=True, s=POANG, sp=None),
    ]
    antagning_neg = [
        N("11 juli 2025"), N("höstterminen 2025"), N("hösten 2024"), N("fem år", note="'för fem år sedan' is a time"),
        N("28 juli"), N("5 augusti 2025"),
    ]

    # ---------------------------------------------------------------- greenhouse gases 2024 (Publicerad 2025-12-04)
    UT = ("utsläppen", "utsläppen")
    TOT = ("De territoriella utsläppen av växthusgaser i Sjölunda län", "utsläppen")
    SEKT = ("Utsläpp", "Utsläpp")
    ut_cols = [("tonne", 1000, None, ("1990", "1990"), False, False), ("tonne", 1000, None, Y["2024"], False, False),
               ("percent", 1, None, ("1990", "2024"), False, True)]
    utslapp = [
        G("3,42 miljoner ton", 3.42e6, "tonne", t=Y["2024"], direction="decrease", s=TOT, sp=None, note="'uppgick 2024 till'; 'Det är 2,6 procent lägre än året innan': the new value"),
        G("2,6 procent", 2.6, "percent", t=Y["2024"], lenient=True, direction="decrease", s=TOT, sp=None),
        G("38 procent", 38, "percent", occ=1, t=("1990", "2024"), lenient=True, direction="decrease", s=TOT, sp=None, note="'lägre än 1990': the span since the base year"),
        G("41 000 ton", 41000, "tonne", t=Y["2024"], lenient=True, direction="decrease", s=UT, sp=None),
        G("14 procent", 14, "percent", t=Y["2024"], lenient=True, direction="decrease", s=UT, sp=None),
        G("två kraftvärmeverk", 2, "count", t=Y["2024"], lenient=True, s=("kraftvärmeverk", "kraftvärmeverk"), sp=None),
        G("drygt en tredjedel", 1 / 3, "ratio", bound="approx", t=Y["2024"], lenient=True, s=("Inrikes transporter", "transporter"), sp=None),
        G("1,21 miljoner ton", 1.21e6, "tonne", t=Y["2024"], lenient=True, s=("Inrikes transporter", "transporter"), sp=None),
        G("3 procent", 3, "percent", t=Y["2024"], lenient=True, direction="decrease", s=("Utsläppen från vägtrafiken", "Utsläppen"), sp=None),
        G("9 procent", 9, "percent", t=Y["2024"], lenient=True, direction="increase", s=("utsläppen från inrikes flyg", "utsläppen"), sp=None),
        G("0,58 miljoner ton", 0.58e6, "tonne", t=Y["2024"], lenient=True, s=("Jordbrukets utsläpp", "utsläpp"), sp=None, note="'i stort sett oförändrade': no direction"),
        G("5,9 ton", 5.9, "tonne", per="capita", t=Y["2024"], lenient=True, direction="decrease", s=UT, sp=None, note="'Per invånare'; 'mot 6,1 ton året innan'"),
        G("6,1 ton", 6.1, "tonne", per="capita", t=Y["2023"], lenient=True, s=UT, sp=None),
        G("4,8 ton per invånare", 4.8, "tonne", per="capita", t=Y["2024"], lenient=True, s=("motsvarande siffra", "siffra"), sp=None),
        G("63 procent", 63, "percent", t=("1990", "2030"), direction="decrease", s=UT, sp=("länets klimatstrategi", "enligt"), note="target 'minska med 63 procent till 2030 jämfört med 1990'"),
        G("8 procent per år", 8, "percent", per="year", t=("2025", "2030"), lenient=True, direction="decrease", s=UT, sp=None, note="the pace needed from now to 2030"),
        G("tre gånger", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="a multiplier ('mer än tre gånger så snabbt')"),
        G("tio åren", 10, "year", optional=True, s=None, sp=None, note="'under de senaste tio åren' is a period"),
        G("omkring 45 procent", 45, "percent", bound="approx", t=("1990", "2030"), lenient=True, direction="decrease", s=UT, sp=("Ola Brandt", "quote"), note="the projected reduction by 2030; the base year 1990 is implied"),
        *_row(G, "| Inrikes transporter", ["1 470", "1 210", "−18"], ut_cols, SEKT),
        *_row(G, "| El och fjärrvärme", ["610", "252", "−59"], ut_cols, SEKT),
        *_row(G, "| Industri", ["1 890", "1 041", "−45"], ut_cols, SEKT),
        *_row(G, "| Jordbruk", ["690", "580", "−16"], ut_cols, SEKT),
        *_row(G, "| Övrigt", ["860", "337", "−61"], ut_cols, SEKT),
        *_row(G, "| Totalt", ["5 520", "3 420", "−38"], ut_cols, SEKT),
    ]
    utslapp_neg = [
        N("2024", ctx="Sjölunda län [2024]\n", note="title"), N("2025-12-04"), N("2024", ctx="uppgick [2024] till"),
        N("1990", ctx="lägre än [1990]."), N("2030", ctx="procent till [2030] jämfört"), N("1990", ctx="jämfört med [1990], och"),
        N("senast 2045"), N("2030-målet", note="a name with digits"), N("2030", ctx="45 procent till [2030]."),
        N("1990", ctx="| Sektor | [1990] |"), N("2024", ctx="| 1990 | [2024] |"), N("1990–2024", note="column header"),
    ]

    # ---------------------------------------------------------------- foreign trade, October 2025 (2025-11-27)
    O25 = Y["2025"]
    VX = ("Varuexport", "Varuexport")
    VI = ("varuimport", "varuimport")
    OVS = ("ett överskott", "överskott")
    vh_cols = [("SEK", 1e9, None, O25, False, False), ("SEK", 1e9, None, O25, False, False),
               ("percent", 1, None, O25, True, True)]
    vh_subj = [VX, VI, VX]
    varuhandel = [
        G("8,4 miljarder kronor", 8.4e9, "SEK", occ=1, t=O25, lenient=True, s=("Handelsnettot", "Handelsnettot"), sp=None, note="title 'Handelsnettot 8,4 miljarder kronor i oktober'"),
        G("168,2 miljarder kronor", 168.2e9, "SEK", t=O25, s=("Varuexporten", "Varuexporten"), sp=None, note="'i oktober 2025' in the sentence"),
        G("159,8 miljarder kronor", 159.8e9, "SEK", t=O25, s=("varuimporten", "varuimporten"), sp=None),
        G("8,4 miljarder kronor", 8.4e9, "SEK", occ=2, t=O25, lenient=True, direction="increase", s=("ett handelsnetto", "handelsnetto"), sp=None, note="'jämfört med ett överskott på 3,1 miljarder kronor i oktober 2024': the new value"),
        G("3,1 miljarder kronor", 3.1e9, "SEK", t=Y["2024"], s=OVS, sp=None),
        G("4 procent", 4, "percent", t=O25, lenient=True, direction="increase", s=("Exportvärdet", "Exportvärdet"), sp=None),
        G("1 procent", 1, "percent", t=O25, lenient=True, direction="decrease", s=("importvärdet", "importvärdet"), sp=None),
        G("5,2 miljarder kronor", 5.2e9, "SEK", t=O25, lenient=True, direction="increase", s=OVS, sp=None, note="seasonally adjusted; 'mot 4,6 miljarder för september': a change over time"),
        G("4,6 miljarder", 4.6e9, "SEK", t=O25, lenient=True, s=OVS, sp=None, note="September 2025; the measure is carried"),
        G("6,9 miljarder kronor", 6.9e9, "SEK", t=O25, lenient=True, s=("ett underskott", "underskott"), sp=None),
        G("9,4", 9.4e9, "SEK", t=Y["2024"], s=("ett underskott", "underskott"), sp=None, note="bracket: 'Siffror inom parentes avser oktober 2024'; unit and scale after the figure apply"),
        G("15,3 miljarder kronor", 15.3e9, "SEK", t=O25, lenient=True, s=OVS, sp=None),
        G("12,5", 12.5e9, "SEK", t=Y["2024"], s=OVS, sp=None),
        G("11 procent", 11, "percent", t=O25, lenient=True, direction="increase", s=("Export av fordon och fordonsdelar", "Export"), sp=None),
        G("var femte", 0.2, "ratio", t=O25, lenient=True, s=("exportkrona", "exportkrona"), sp=None, note="'fordon står nu för var femte exportkrona'"),
        G("6 procent", 6, "percent", t=O25, lenient=True, direction="decrease", s=("Exporten av trävaror och papper", "Exporten"), sp=None),
        G("tio första månader", 10, "month", optional=True, s=None, sp=None, note="'Under årets tio första månader' is a period"),
        G("1 642 miljarder kronor", 1642e9, "SEK", t=O25, lenient=True, direction="increase", s=("varuexporten", "varuexporten"), sp=None, note="', 2 procent mer än samma period 2024'"),
        G("2 procent", 2, "percent", t=O25, lenient=True, direction="increase", s=("varuexporten", "varuexporten"), sp=None),
        G("1 571 miljarder kronor", 1571e9, "SEK", t=O25, lenient=True, s=("Varuimporten", "Varuimporten"), sp=None, note="'oförändrat': no direction"),
        G("71 miljarder kronor", 71e9, "SEK", ctx="därmed [71 miljarder kronor],", t=O25, lenient=True, direction="increase", s=("Handelsnettot för perioden", "Handelsnettot"), sp=None),
        G("48 miljarder", 48e9, "SEK", t=Y["2024"], lenient=True, s=("Handelsnettot för perioden", "Handelsnettot"), sp=None),
        *_row(G, "EU-länder", ["95,1", "102,0", "+3"], vh_cols, vh_subj, sep=" "),
        *_row(G, "Övriga Europa", ["18,6", "14,2", "+6"], vh_cols, vh_subj, sep=" "),
        *_row(G, "Nordamerika", ["19,4", "9,3", "−2"], vh_cols, vh_subj, sep=" "),
        *_row(G, "Asien", ["24,8", "27,5", "+9"], vh_cols, vh_subj, sep=" "),
        *_row(G, "Övriga världen", ["10,3", "6,8", "+7"], vh_cols, vh_subj, sep=" "),
        *_row(G, "Totalt", ["168,2", "159,8", "+4"], vh_cols, vh_subj, sep=" "),
    ]
    varuhandel_neg = [
        N("oktober 2025", ctx="handelsnetto, [oktober 2025]\n", note="title"), N("2025-11-27"), N("08.00"),
        N("oktober 2025", ctx="i [oktober 2025] till"), N("oktober 2024", ctx="kronor i [oktober 2024]."),
        N("Oktober 2025"), N("oktober 2024", ctx="som [oktober 2024]."), N("oktober 2024", ctx="avser [oktober 2024]."),
        N("samma period 2024"), N("oktober 2025", ctx="ländergrupp, [oktober 2025],"), N("2025-12-22"), N("010-479 63 00"),
    ]

    # ---------------------------------------------------------------- news-agency survey item: no date, no year
    tt = [
        G("Var fjärde", 0.25, "ratio", occ=1, s=None, sp=None, note="title: no noun names the group"),
        G("Var fjärde", 0.25, "ratio", occ=2, s=("anställd", "anställd"), sp=("Valvia", "enligt"), note="'enligt en undersökning från försäkringsbolaget Valvia'"),
        G("47 procent", 47, "percent", s=("de tillfrågade", "tillfrågade"), sp=None, note="'uppger': the respondents, plain reporting of the survey"),
        G("drygt var tredje", 1 / 3, "ratio", bound="approx", s=None, sp=None, note="'drygt var tredje säger': elided noun"),
        G("29 procent", 29, "percent", s=("Kvinnor", "Kvinnor"), sp=None, note="'29 procent mot 21 procent': women against men at one time, no direction"),
        G("21 procent", 21, "percent", s=("män", "män"), sp=None),
        G("18–29 år", None, "year", low=18, high=29, optional=True, s=None, sp=None, note="age band"),
        G("34 procent", 34, "percent", s=("andelen", "andelen"), sp=None),
        G("60 år", 60, "year", bound="more_than", optional=True, s=None, sp=None, note="'över 60 år': a threshold"),
        G("12 procent", 12, "percent", s=("andelen", "andelen"), sp=None, note="'medan den ... är 12 procent': 'den' = andelen"),
        G("Två av tre", 2 / 3, "ratio", s=("chefer", "chefer"), sp=None),
        G("187 000 personer", 187000, "count", direction="increase", s=PERS, sp=("Försäkringskassan", "enligt"), note="'ungefär 9 000 fler än ett år tidigare': the new value; 'i oktober' of no year"),
        G("14 dagar", 14, "day", occ=1, bound="more_than", optional=True, s=None, sp=None, note="'i mer än 14 dagar': defines the group"),
        G("ungefär 9 000", 9000, "count", bound="approx", direction="increase", s=PERS, sp=("Försäkringskassan", "enligt")),
        G("nästan hälften", 0.5, "ratio", bound="approx", s=("Psykisk ohälsa", "ohälsa"), sp=None),
        G("14 dagarna", 14, "day", optional=True, s=None, sp=None, note="the rule of the sick-pay period"),
        G("20 procent", 20, "percent", optional=True, s=("Karensavdraget", "Karensavdraget"), sp=None, note="restates the rule of the karens deduction"),
        G("fyra veckor", 4, "week", optional=True, s=None, sp=None, note="'under fyra veckor i höstas': the survey's period"),
        G("1 023 personer", 1023, "count", s=PERS, sp=None),
        G("högst 3 procentenheter", 3, "percentage_point", bound="at_most", s=("Felmarginalen", "Felmarginalen"), sp=None),
    ]
    tt_neg = [N("ett år", note="'ett år tidigare' is a time")]

    gold = {
        "r9_b_befolkning_kommun": befolkning,
        "r9_b_arbetsloshet_lan": arbetsloshet,
        "r9_b_paborjade_bostader": bostader,
        "r9_b_vardplatser_region": vardplatser,
        "r9_b_antagning_ht": antagning,
        "r9_b_utslapp_klimat": utslapp,
        "r9_b_varuhandel_manad": varuhandel,
        "r9_b_tt_sjuknarvaro": tt,
    }
    neg = {
        "r9_b_befolkning_kommun": befolkning_neg,
        "r9_b_arbetsloshet_lan": arbetsloshet_neg,
        "r9_b_paborjade_bostader": bostader_neg,
        "r9_b_vardplatser_region": vardplatser_neg,
        "r9_b_antagning_ht": antagning_neg,
        "r9_b_utslapp_klimat": utslapp_neg,
        "r9_b_varuhandel_manad": varuhandel_neg,
        "r9_b_tt_sjuknarvaro": tt_neg,
    }
    return gold, neg
