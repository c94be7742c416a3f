"""Round 10, part A (r10_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 10, part A (r10_a_*): eight kinds, each text adapted from stored public pages or written (r10_sources_a.md),
# annotated with subject and speaker as a fact-checker reads them (round 6 conventions): a regional bank's interim
# report January-June (bullets under 'ANDRA KVARTALET 2025' / 'JANUARI–JUNI 2025' headings, bracketed prior figures
# dated by 'Siffror inom parentes avser motsvarande period 2024', räntenetto, K/I-tal, kreditförlustnivå, capital ratio
# against the turn of the year and against a requirement, a plain-text key-figure table with 'Kv2 2025' / 'Kv2 2024' /
# 'Jan–jun 2025' / 'Jan–jun 2024' columns), a regional economic forecast (Markdown; 'reviderar upp ... med 0,3
# procentenheter', 'skriver ned', forecasts per year, 'nästan dubbelt så hög som', a forecast table with outcome and
# forecast columns, one of them a signed change row), monthly electricity production statistics (Markdown, date only in
# the sidecar, present tense, TWh, shares, net export, öre/kWh, 'nästan dubbelt så högt som i oktober förra året',
# 'Hittills i år ..., varav', a table by power source with a signed change column and '±0'), a municipal tax decision
# ('höja kommunalskatten med 35 öre till 22,34 kronor', '27 röster mot 22', a monthly and a yearly cost for an income of
# 30 000 kronor, result, investments with 'varav', 'Det är en minskning jämfört med i år', an opposition proposal),
# monthly public-transport ridership (Markdown; 'miljoner resor', '4,2 procent fler än i september i fjol', 'från 38
# till 64 per vardag', punctuality against the same month last year, a target 'minst 90 procent', 'Var fjärde', a table
# per mode with a signed change column and a punctuality column), a hospital emergency department page (HTML with cookie
# banner, menu, related teasers and footer as chrome; durations in hours and minutes, share within 4 hours, visits per
# day, a table with durations written 'tim' / 'min'), a sports federation's annual report summary ('ökade med 4 procent
# till 61 200', 'nästan 9 000 fler än 2019', '(54,1)' and '(−0,6)' brackets dated by a note, a plain-text district
# table) and an undated opinion piece on housing ('Var tredje', 'dubbelt så lång som för tio år sedan', 'mindre än
# hälften av', 'mer än 100 000 bostäder' credited with 'Enligt', imperative demands 'Bygg', 'Sänk', 'Inför', a negated
# bound 'Ingen ung ska behöva stå i kö i mer än fem år').
# The r8 and r9 decisions are followed (where the r8 parts disagree, round 9's). Where they were silent or where the
# two r9 parts differ, decided here:
# - Periods at year grain. A relative expression in the sentence ('i år', 'nästa år', 'i fjol', 'samma månad förra
#   året', 'i går kväll', 'årets', 'Hittills i år') resolves against the publication date and is not lenient (r9 part A;
#   r9 part B made 'Hittills i år' lenient, part A's rule is applied to it too since it contains 'i år'). A month
#   without a year ('i september', 'i oktober', 'I juli'), a heading's period, a table's caption or the document's
#   period is lenient. 'vid årsskiftet' in a mid-2025 report is 2024 (lenient, as r9); 'ett år tidigare', 'året innan',
#   'för ett år sedan' are the year before (lenient, as r9); 'fem år tidigare' is 2019 in a report on 2024 (lenient).
# - Brackets take the period the text's note names ('Siffror inom parentes avser motsvarande period 2024', '... avser
#   2023'): not lenient; the main figure of a bracket pair carries direction only when a verb of change stands before
#   it ('Räntenettot minskade med 4 procent till 1 204 (1 253) Mkr': the to-value 1 204 is a decrease, 1 253 has none).
# - 'ökade med X ... och uppgick till Y' and 'steg till Y, mot Z ett år tidigare': Y is the value after the change
#   (direction). 'Det är en minskning jämfört med i år' in the sentence after a level makes that level the new value
#   (decrease), as r8_a_hamn's 'Det är en ökning från'.
# - A growth rate named by a noun of change ('BNP-tillväxten', 'tillväxten bli 2,3 procent', a table row 'BNP-tillväxt,
#   %') is the size of a change of BNP: direction increase for a positive rate (the contract's 'a noun of change'); a
#   table row 'Sysselsättning, förändring %' takes its direction from the sign (0,1 is an increase, −0,4 a decrease).
#   Unemployment levels in the forecast table carry none; 'stannar på 8,8 procent' carries none; the revision against
#   the May forecast ('0,4 procentenheter högre än i majprognosen', 'reviderar upp ... med 0,3 procentenheter') is an
#   increase of the forecast (r9). A forecast credited to no one ('väntas') has no speaker; 'Vi reviderar', 'Vi räknar
#   med', 'Vi skriver ned' are the publisher (the regional association).
# - K/I-tal ('0,38 (0,36)') is a bare figure: unit 'number' (as 'gånger' in r9); kreditförlustnivå and
#   kärnprimärkapitalrelation are percent; '3,4 procentenheter över det krav som Finansinspektionen ställer' is a
#   comparison with a requirement at one time: no direction, and Finansinspektionen is not a speaker.
# - Durations written in hours and minutes ('3 timmar och 52 minuter', '1 timme och 5 minuter', '3 tim 52 min') are one
#   mention each, unit 'minute', value in minutes (232, 65); 'inom 3 timmar och 52 minuter' (the median: half of the
#   patients were done within it) takes the contract's 'inom' = at_most. 'Hälften av patienterna' that introduces the
#   median and 'inom 4 timmar' in the share's definition are optional (they define the metric); the region's targets
#   '80 procent ... inom 4 timmar' and 'ingen ska behöva stanna ... i mer än 8 timmar' (a negated bound: at_most) are
#   required targets without a period, as r9_b's 'Regionens mål är högst 30 dagar'.
# - Rates: 'besök per dygn' per="day"; 'avgångar ... per vardag' per="day"; 'resor per invånare' per="capita";
#   öre/kWh is SEK per 'kWh'; '2,8 procent per år' per="year"; 'i månaden' per="month", 'om året' per="year".
# - 'nästan dubbelt så högt som i oktober förra året' and 'dubbelt så lång som för tio år sedan' compare one thing over
#   time: the (optional) multiplier and the level carry the direction (r9); 'mindre än hälften av de 68 000 som
#   påbörjades rekordåret 2021' likewise makes '32 000' a decrease (optional multiplier 'hälften', less_than). 'nästan
#   dubbelt så hög som i hela befolkningen' compares two groups at one time: no direction.
# - 'nästan 9 000 fler än 2019' in a report on 2024 is the span ('2019', '2024') (r9_b's base-year rule); 'har ökat med
#   en fjärdedel på två år' likewise ('2022', '2024'), lenient.
# - Subjects: counted nouns after the number ('9,8 miljoner resor', '4,3 miljoner resor' even after 'Stadsbussarna i
#   Vallby hade'); 'Nettoexporten', 'Vindkraften' etc. as grammatical subjects; the elided 'medan åtta upphörde' and
#   'de 68 000 som påbörjades' are None; the rent's share 'vilket motsvarar mer än 40 procent av lönen' is None (no
#   noun phrase names the share; 'vilket' stands for a cost); table cells take the caption's measure when the rows are
#   categories ('Elproduktion per kraftslag', 'Resor per trafikslag') and the column or row label when it names the
#   measure ('Punktlighet', 'Medlemmar', 'Räntenetto').
# - Speakers: 'räknar kommunen med' credits 'kommunen'; 'räknar Konjunkturinstitutet med' credits Konjunkturinstitutet;
#   'skriver förbundsordförande X i sitt förord' is a quote; 'Enligt Boverkets bedömning' is 'enligt'; the undated
#   debate piece's demands are 'publisher' with the first signer as speaker; 'Oppositionen ... föreslog' is credited.
# - Optional besides the above: age bands and thresholds ('18–24 år', 'mellan 20 och 27 år', '80 år eller äldre',
#   'under 17 år', 'färre än 50 medlemmar'), the punctuality definition 'högst 3 minuter', period spans ('de kommande
#   fem åren'), multipliers, and the number of signing organisations ('fyra ungdomsorganisationer', a named set).
# - Negatives: datelines and Publicerad/updated lines, report-period titles and headings ('januari–juni 2025', 'ANDRA
#   KVARTALET 2025', 'Verksamhetsberättelse 2024'), the bracket notes' years, column headers of periods ('Kv2 2025',
#   'Okt 2024', 'Sep 2025', '| 2026 |', 'September 2025' row labels), years and dates that only place a claim ('sedan
#   2019', 'sedan mätningarna började 2012', 'från den 1 januari 2026', 'i oktober 2024', 'Budgeten för 2026'), names
#   with digits ('steg 3', 'elområde 3', '30-dagarsbiljett', '1177', '112'), phone numbers, box addresses, postal
#   codes, org numbers, the cookie count, related-article teasers, times of day, and word spans that are times ('för tio
#   år sedan', 'på tre år', 'fem år tidigare', 'för ett år sedan', 'på tio år').
# - Left out on purpose (no digits, neither G nor N): 'årets tre första kvartal' (a period; a quarter has no unit, r7),
#   'första gången', 'den lägsta oktoberproduktionen', 'det högsta antalet', 'i stort sett oförändrat'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2019", "2021", "2023", "2024", "2025", "2026", "2027")}


def _num(c: str) -> float:
    c = c.replace(" ", "").replace(",", ".").replace("−", "-").replace("+", "").replace("±", "").replace("%", "")
    return float(c)


def _row(G, label, cells, specs, sep=" "):
    """One table row. specs: one dict per cell (unit, scale, per, t, lenient, signed, s); the context is the row label
    and the cells before the cell (white space in ctx matches any run)."""
    out = []
    for i, (c, sp) in enumerate(zip(cells, specs)):
        v = _num(c)
        direction = None
        if sp.get("signed") and v > 0:
            direction = "increase"
        elif sp.get("signed") and v < 0:
            direction = "decrease"
        prefix = sep.join(cells[:i])
        ctx = f"{label}{sep}{prefix}{sep if prefix else ''}[{c}]"
        scale = sp.get("scale", 1)
        val = round(v * scale, 6) if scale == 1 else round(v * scale)
        out.append(G(c, val, sp["unit"], per=sp.get("per"), t=sp["t"], lenient=sp.get("lenient", False),
                     direction=direction, s=sp["s"], sp=None, ctx=ctx, note=sp.get("note", "")))
    return out


def _mins(h, m):
    return h * 60 + m


def annotate(G, N):
    GOLD, NEG = {}, {}

    # ---------------------------------------------------------------- 1. bank interim report (17 July 2025)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KIT = ("K/I-talet", "K/I-talet")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    KFN = ("en kreditförlustnivå", "kreditförlustnivå")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    IN = ("Inlåningen från allmänheten", "Inlåningen")
    KP = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    b25, b24 = dict(t=Y["2025"], lenient=True), dict(t=Y["2024"])
    T_B = lambda s, unit, scale=1: [dict(unit=unit, scale=scale, t=Y["2025"], s=s, note="table 'NYCKELTAL I SAMMANDRAG', columns 'Kv2 2025', 'Kv2 2024', 'Jan–jun 2025', 'Jan–jun 2024'"),
                                    dict(unit=unit, scale=scale, t=Y["2024"], s=s), dict(unit=unit, scale=scale, t=Y["2025"], s=s),
                                    dict(unit=unit, scale=scale, t=Y["2024"], s=s)]
    GOLD["r10_a_kvartal_bank"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **b25, direction="decrease", s=RN, sp=None, note="bullet under 'ANDRA KVARTALET 2025'"),
        G("1 204", 1204e6, "SEK", ctx="till [1 204] (1 253)", **b25, direction="decrease", s=RN, sp=None, note="to-value of 'minskade med 4 procent till'"),
        G("1 253", 1253e6, "SEK", ctx="1 204 ([1 253]) Mkr", **b24, s=RN, sp=None, note="'Siffror inom parentes avser motsvarande period 2024'"),
        G("386", 386e6, "SEK", ctx="till [386] (341)", **b25, direction="increase", s=PN, sp=None, note="'ökade till': to-value"),
        G("341", 341e6, "SEK", ctx="386 ([341]) Mkr", **b24, s=PN, sp=None),
        G("812", 812e6, "SEK", ctx="till [812] (864)", **b25, s=RR, sp=None),
        G("864", 864e6, "SEK", ctx="812 ([864]) Mkr", **b24, s=RR, sp=None),
        G("0,38", 0.38, "number", ctx="blev [0,38] (0,36)", **b25, s=KIT, sp=None, note="a cost/income ratio written as a bare figure"),
        G("0,36", 0.36, "number", ctx="0,38 ([0,36]).", **b24, s=KIT, sp=None),
        G("47", 47e6, "SEK", ctx="till [47] (22)", **b25, s=KF, sp=None),
        G("22", 22e6, "SEK", ctx="47 ([22]) Mkr", **b24, s=KF, sp=None),
        G("0,05", 0.05, "percent", ctx="på [0,05] (0,02)", **b25, s=KFN, sp=None),
        G("0,02", 0.02, "percent", ctx="0,05 ([0,02]) procent", **b24, s=KFN, sp=None),
        G("2 431", 2431e6, "SEK", ctx="till [2 431] (2 498)", **b25, s=RN, sp=None, note="bullet under 'JANUARI–JUNI 2025'"),
        G("2 498", 2498e6, "SEK", ctx="2 431 ([2 498]) Mkr", **b24, s=RN, sp=None),
        G("5 procent", 5, "percent", ctx="minskade med [5 procent] till", **b25, direction="decrease", s=RR, sp=None),
        G("1 648", 1648e6, "SEK", ctx="till [1 648] (1 735)", **b25, direction="decrease", s=RR, sp=None),
        G("1 735", 1735e6, "SEK", ctx="1 648 ([1 735]) Mkr", **b24, s=RR, sp=None),
        G("3 procent", 3, "percent", ctx="ökade med [3 procent], ungefär", **b25, direction="increase", s=("Kostnaderna", "Kostnaderna"), sp=("Anders Vikström", "quote")),
        G("4,2 procent", 4.2, "percent", **b25, direction="increase", s=UT, sp=None, note="'jämfört med samma tidpunkt i fjol': a change over the year to 30 June"),
        G("168,4 miljarder kronor", 168.4e9, "SEK", **b25, direction="increase", s=UT, sp=None, note="'ökade med ... och uppgick den 30 juni till': the value after the change"),
        G("94,7 miljarder kronor", 94.7e9, "SEK", **b25, direction="increase", s=IN, sp=None, note="'steg till ..., mot 88,9 miljarder kronor ett år tidigare'"),
        G("88,9 miljarder kronor", 88.9e9, "SEK", t=Y["2024"], lenient=True, s=IN, sp=None),
        G("71 procent", 71, "percent", **b25, s=("Bolånen", "Bolånen"), sp=None),
        G("18,9 procent", 18.9, "percent", **b25, direction="increase", s=KP, sp=None, note="'jämfört med 18,1 procent vid årsskiftet': the new value"),
        G("18,1 procent", 18.1, "percent", t=Y["2024"], lenient=True, s=KP, sp=None, note="'vid årsskiftet' of a mid-2025 report: 31 December 2024"),
        G("3,4 procentenheter", 3.4, "percentage_point", **b25, s=KP, sp=None, note="above a requirement at one time: a comparison, no direction"),
        G("0,31 procent", 0.31, "percent", **b25, s=("Andelen lån i steg 3", "Andelen"), sp=None),
        *_row(G, "Räntenetto, Mkr", ["1 204", "1 253", "2 431", "2 498"], T_B(("Räntenetto", "Räntenetto"), "SEK", 1e6)),
        *_row(G, "K/I-tal", ["0,38", "0,36", "0,37", "0,35"], T_B(("K/I-tal", "K/I-tal"), "number")),
        *_row(G, "Kreditförlustnivå, %", ["0,05", "0,02", "0,04", "0,02"], T_B(("Kreditförlustnivå", "Kreditförlustnivå"), "percent")),
    ]
    NEG["r10_a_kvartal_bank"] = [
        N("januari–juni 2025", note="title: the report period"), N("17 juli 2025", 1), N("motsvarande period 2024", note="the note that dates the brackets"),
        N("ANDRA KVARTALET 2025"), N("JANUARI–JUNI 2025"), N("30 juni"), N("ett år", note="'ett år tidigare' is a time"),
        N("steg 3", note="a name (IFRS 9 stage)"), N("Kv2 2025"), N("Kv2 2024"), N("Jan–jun 2025"), N("Jan–jun 2024"),
        N("060-18 77 40"), N("17 juli 2025", 2), N("07.00"),
    ]

    # ---------------------------------------------------------------- 2. regional forecast (2025-11-12)
    PUB = ("Regionförbundet Mälarbygden", "publisher")
    BT = ("BNP-tillväxten i länet", "BNP-tillväxten")
    TV = ("tillväxten", "tillväxten")
    AL = ("Arbetslösheten i länet", "Arbetslösheten")
    al = ("arbetslösheten", "arbetslösheten")
    BO = ("bostäder", "bostäder")
    cols = ("2024", "2025", "2026", "2027")
    T_P = lambda s, unit, signed=False, scale=1: [dict(unit=unit, scale=scale, t=Y[y], s=s, signed=signed,
                                                      note="table 'Prognos för länet': 'Utfall för 2024, prognos för 2025–2027'" if y == "2024" else "")
                                                 for y in cols]
    prognos = [
        G("0,3 procentenheter", 0.3, "percentage_point", t=Y["2025"], direction="increase", s=BT, sp=PUB, note="'Vi reviderar upp vår prognos ... i år med': a revision, a change of the forecast"),
        G("1,4 procent", 1.4, "percent", t=Y["2025"], direction="increase", s=BT, sp=PUB, note="a growth rate (noun of change) and the revised value"),
        G("2,3 procent", 2.3, "percent", t=Y["2026"], direction="increase", s=TV, sp=None, note="'Nästa år väntas tillväxten bli'"),
        G("2,6 procent", 2.6, "percent", t=Y["2027"], direction="increase", s=TV, sp=None),
        G("1,2 procent", 1.2, "percent", t=Y["2025"], direction="increase", s=("en tillväxt", "tillväxt"), sp=("Konjunkturinstitutet", "credited"), note="'För riket räknar Konjunkturinstitutet med'"),
        G("8,9 procent", 8.9, "percent", t=Y["2025"], direction="increase", s=AL, sp=None, note="'under årets tre första kvartal, mot 8,4 procent under samma period i fjol': the new value"),
        G("8,4 procent", 8.4, "percent", t=Y["2024"], s=AL, sp=None),
        G("8,8 procent", 8.8, "percent", t=Y["2026"], s=al, sp=PUB, note="'stannar på': a level, no direction"),
        G("0,4 procentenheter", 0.4, "percentage_point", t=Y["2026"], direction="increase", s=al, sp=PUB, note="'högre än i majprognosen': a revision"),
        G("8,2 procent", 8.2, "percent", t=Y["2027"], direction="decrease", s=al, sp=None, note="'väntas den sjunka till': 'den' = arbetslösheten"),
        G("18–24 år", None, "year", low=18, high=24, optional=True, s=None, sp=None, note="age band"),
        G("dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="'nästan dubbelt så hög som i hela befolkningen': two groups at one time"),
        G("16,7 procent", 16.7, "percent", t=Y["2025"], lenient=True, s=al, sp=None, note="present tense: the document's time"),
        G("omkring 1 400 bostäder", 1400, "count", bound="approx", t=Y["2025"], direction="increase", s=BO, sp=PUB, note="', 150 fler än 2024': the new value"),
        G("150", 150, "count", ctx="i år, [150] fler", t=Y["2025"], direction="increase", s=BO, sp=PUB),
        G("1 900", 1900, "count", ctx="öka till [1 900].", t=Y["2026"], direction="increase", s=("antalet", "antalet"), sp=None),
        G("2,8 procent", 2.8, "percent", per="year", t=("2026", "2027"), direction="increase", s=("Hushållens disponibla inkomster", "inkomster"), sp=None),
        G("2 procent", 2, "percent", ctx="mål på [2 procent].", s=("Riksbankens mål", "mål"), sp=None, note="the inflation target: no period"),
        *_row(G, "| BNP-tillväxt, %", ["0,6", "1,4", "2,3", "2,6"], T_P(("BNP-tillväxt", "BNP-tillväxt"), "percent", signed=True), sep=" | "),
        *_row(G, "| Arbetslöshet, %", ["8,3", "8,9", "8,8", "8,2"], T_P(("Arbetslöshet", "Arbetslöshet"), "percent"), sep=" | "),
        *_row(G, "| Sysselsättning, förändring %", ["−0,4", "0,1", "0,7", "1,1"], T_P(("Sysselsättning", "Sysselsättning"), "percent", signed=True), sep=" | "),
        *_row(G, "| Påbörjade bostäder", ["1 250", "1 400", "1 900", "2 300"], T_P(("Påbörjade bostäder", "bostäder"), "count"), sep=" | "),
    ]
    GOLD["r10_a_prognos_region"] = prognos
    NEG["r10_a_prognos_region"] = [
        N("2025-11-12"), N("2027", ctx="procent och [2027] 2,6"), N("2026", ctx="procent [2026], vilket"),
        N("2027", ctx="Först [2027] väntas"), N("2024", ctx="fler än [2024]."), N("2026 och 2027"),
        N("2024", ctx="| | [2024] | 2025", note="column header"), N("2025", ctx="| 2024 | [2025] | 2026"),
        N("2026", ctx="| 2025 | [2026] | 2027"), N("2027", ctx="| 2026 | [2027] |"),
        N("för 2024"), N("2025–2027"), N("maj 2026"),
    ]

    # ---------------------------------------------------------------- 3. electricity production, October 2025 (sidecar 2025-11-14)
    o25 = dict(t=Y["2025"], lenient=True)
    EP = ("Sveriges elproduktion", "elproduktion")
    EA = ("Elanvändningen inklusive förluster", "Elanvändningen")
    VA = ("Vattenkraften", "Vattenkraften")
    KA = ("Kärnkraftens andel av produktionen", "andel")
    VI = ("Vindkraften", "Vindkraften")
    NE = ("Nettoexporten", "Nettoexporten")
    CAP = ("Elproduktion per kraftslag", "Elproduktion")
    el_cols = [dict(unit="TWh", t=Y["2025"], s=CAP, note="table 'Elproduktion per kraftslag, oktober', columns 'Okt 2025, TWh', 'Okt 2024, TWh', 'Förändring, %'"),
               dict(unit="TWh", t=Y["2024"], s=CAP),
               dict(unit="percent", t=Y["2025"], lenient=True, signed=True, s=CAP)]
    el = [
        G("13,1 TWh", 13.1, "TWh", **o25, direction="decrease", s=EP, sp=None, note="'i oktober'; ', en minskning med 6 procent': the new value"),
        G("6 procent", 6, "percent", ctx="minskning med [6 procent]", **o25, direction="decrease", s=EP, sp=None),
        G("11,2 TWh", 11.2, "TWh", **o25, direction="increase", s=EA, sp=None, note="', vilket är 0,3 TWh mer än samma månad förra året'"),
        G("0,3 TWh", 0.3, "TWh", **o25, direction="increase", s=EA, sp=None),
        G("5,4 TWh", 5.4, "TWh", **o25, direction="decrease", s=VA, sp=None, note="present tense in a statistical release; 'mot 5,9 TWh i oktober 2024'"),
        G("5,9 TWh", 5.9, "TWh", t=Y["2024"], s=VA, sp=None),
        G("3,3 TWh", 3.3, "TWh", **o25, s=("Kärnkraften", "Kärnkraften"), sp=None, note="'den lägsta oktoberproduktionen på tio år': a ranking, no figure of change"),
        G("två reaktorer", 2, "count", **o25, s=("reaktorer", "reaktorer"), sp=None),
        G("25 procent", 25, "percent", **o25, direction="decrease", s=KA, sp=None, note="'sjunker därmed till 25 procent från 29 procent'"),
        G("29 procent", 29, "percent", t=Y["2024"], lenient=True, s=KA, sp=None, note="from-value; its year only implied"),
        G("3,6 TWh", 3.6, "TWh", **o25, direction="increase", s=VI, sp=None, note="', 13 procent mer än i oktober förra året': the new value"),
        G("13 procent", 13, "percent", ctx="TWh, [13 procent] mer", **o25, direction="increase", s=VI, sp=None),
        G("27 procent", 27, "percent", **o25, s=VI, sp=None),
        G("0,1 TWh", 0.1, "TWh", **o25, s=("Solkraften", "Solkraften"), sp=None),
        G("1,9 TWh", 1.9, "TWh", **o25, direction="decrease", s=NE, sp=None, note="'jämfört med 3,4 TWh i oktober 2024': the new value"),
        G("3,4 TWh", 3.4, "TWh", t=Y["2024"], s=NE, sp=None),
        G("0,8 TWh", 0.8, "TWh", **o25, s=("nettoexporten till Finland", "nettoexporten"), sp=None),
        G("54,2 öre/kWh", 0.542, "SEK", per="kWh", **o25, direction="increase", s=("Det genomsnittliga spotpriset i elområde 3", "spotpriset"), sp=None, note="'nästan dubbelt så högt som i oktober förra året': one thing over time"),
        G("dubbelt", 2, "number", bound="approx", direction="increase", optional=True, s=None, sp=None, note="multiplier of a change over time"),
        G("136,8 TWh", 136.8, "TWh", t=Y["2025"], s=("elproduktionen", "elproduktionen"), sp=None, note="'Hittills i år'"),
        G("31,5 TWh", 31.5, "TWh", t=Y["2025"], s=("vindkraft", "vindkraft"), sp=None, note="'varav vindkraft'"),
        *_row(G, "| Vattenkraft", ["5,4", "5,9", "−8"], el_cols, sep=" | "),
        *_row(G, "| Kärnkraft", ["3,3", "4,1", "−20"], el_cols, sep=" | "),
        *_row(G, "| Vindkraft", ["3,6", "3,2", "+13"], el_cols, sep=" | "),
        *_row(G, "| Kraftvärme och övrigt", ["0,7", "0,7", "±0"], el_cols, sep=" | "),
        *_row(G, "| Solkraft", ["0,1", "0,1", "±0"], el_cols, sep=" | "),
        *_row(G, "| Totalt", ["13,1", "14,0", "−6"], el_cols, sep=" | "),
    ]
    GOLD["r10_a_elproduktion_manad"] = el
    NEG["r10_a_elproduktion_manad"] = [
        N("oktober 2024", 1), N("tio år", note="'på tio år' is a time span"), N("oktober 2024", 2),
        N("elområde 3", note="a name"), N("Okt 2025"), N("Okt 2024"), N("12 december"),
    ]

    # ---------------------------------------------------------------- 4. municipal tax decision (24 November 2025)
    y26l = dict(t=Y["2026"], lenient=True)
    OPP = ("Oppositionen", "credited")
    TOT = ("den totala skattesatsen", "skattesatsen")
    SKT = ("skatt", "skatt")
    NK = ("Kommunens nettokostnader", "nettokostnader")
    RAM = ("en ram", "ram")
    INV = ("Investeringarna", "Investeringarna")
    GOLD["r10_a_skattebeslut_kommun"] = [
        G("35 öre", 0.35, "SEK", occ=1, **y26l, direction="increase", s=("skatten", "skatten"), sp=None, note="title"),
        G("35 öre", 0.35, "SEK", occ=2, t=Y["2026"], direction="increase", s=("kommunalskatten", "kommunalskatten"), sp=None, note="'från den 1 januari 2026'"),
        G("22,34 kronor", 22.34, "SEK", t=Y["2026"], direction="increase", s=("kommunalskatten", "kommunalskatten"), sp=None, note="to-value"),
        G("27 röster", 27, "count", t=Y["2025"], s=("röster", "röster"), sp=None, note="'i går kväll'"),
        G("22", 22, "count", ctx="röster mot [22].", t=Y["2025"], s=("röster", "röster"), sp=None),
        G("33,69 kronor", 33.69, "SEK", **y26l, s=TOT, sp=None, note="'blir': a level"),
        G("1,19 kronor", 1.19, "SEK", **y26l, s=TOT, sp=None, note="'över rikssnittet': a comparison, no direction"),
        G("30 000 kronor", 30000, "SEK", per="month", s=None, sp=None, note="the example income ('För den som tjänar ... i månaden')"),
        G("ungefär 95 kronor", 95, "SEK", bound="approx", per="month", **y26l, direction="increase", s=SKT, sp=None),
        G("drygt 1 100 kronor", 1100, "SEK", bound="approx", per="year", **y26l, direction="increase", s=SKT, sp=None),
        G("48 miljoner kronor", 48e6, "SEK", **y26l, direction="decrease", s=("skola och omsorg", "skola"), sp=("Henrik Åberg", "quote"), note="'hade vi behövt spara': a cut avoided"),
        G("41 miljoner kronor", 41e6, "SEK", t=Y["2026"], direction="increase", s=("ökade intäkter", "intäkter"), sp=None, note="'nästa år'"),
        G("29 miljoner kronor", 29e6, "SEK", t=Y["2026"], s=("ett resultat", "resultat"), sp=None, note="'Budgeten för 2026 visar'"),
        G("1,2 procent", 1.2, "percent", t=Y["2026"], s=("ett resultat", "resultat"), sp=None),
        G("14 miljoner kronor", 14e6, "SEK", t=Y["2025"], s=("ett underskott", "underskott"), sp=("kommunen", "credited"), note="'I år räknar kommunen med'"),
        G("385 miljoner kronor", 385e6, "SEK", t=Y["2026"], direction="decrease", s=INV, sp=None, note="'Det är en minskning jämfört med i år' in the next sentence: the new value"),
        G("160 miljoner kronor", 160e6, "SEK", t=Y["2026"], s=("en ny skola i Östra Åsbro", "skola"), sp=None, note="'varav ... går till': an allocation"),
        G("45 miljoner kronor", 45e6, "SEK", t=Y["2026"], s=("renovering av simhallen", "renovering"), sp=None),
        G("512 miljoner kronor", 512e6, "SEK", t=Y["2025"], s=("investeringarna", "investeringarna"), sp=None),
        G("3,8 procent", 3.8, "percent", **y26l, direction="increase", s=NK, sp=None),
        G("2 284 miljoner kronor", 2284e6, "SEK", **y26l, direction="increase", s=NK, sp=None, note="to-value"),
        G("1 012 miljoner kronor", 1012e6, "SEK", **y26l, direction="increase", s=RAM, sp=None, note="', 36 miljoner mer än i år': the new value"),
        G("36 miljoner", 36e6, "SEK", **y26l, direction="increase", s=RAM, sp=None),
        G("21,99 kronor", 21.99, "SEK", **y26l, s=("skattesatsen", "skattesatsen"), sp=OPP, note="'ville behålla': no change"),
        G("30 miljoner kronor", 30e6, "SEK", **y26l, direction="decrease", s=("kommunens administration", "administration"), sp=OPP, note="'besparingar på ... inom'"),
    ]
    NEG["r10_a_skattebeslut_kommun"] = [
        N("24 november 2025"), N("1 januari 2026"), N("2019", note="'sedan 2019' is a time"), N("för 2026"),
        N("2026", ctx="kronor [2026], varav"), N("0591-820 14"),
    ]

    # ---------------------------------------------------------------- 5. public transport, September 2025 (15 October 2025)
    s25 = dict(t=Y["2025"], lenient=True)
    RS = ("resor", "resor")
    PT = ("Punktlighet", "Punktlighet")
    RPT = ("Resor per trafikslag", "Resor")
    tr_cols = [dict(unit="count", scale=1e6, t=Y["2025"], s=RPT, note="table 'Resor per trafikslag, september (miljoner)', columns 'Sep 2025', 'Sep 2024', 'Förändring, %', 'Punktlighet, %'"),
               dict(unit="count", scale=1e6, t=Y["2024"], s=RPT),
               dict(unit="percent", t=Y["2025"], lenient=True, signed=True, s=RPT),
               dict(unit="percent", t=Y["2025"], lenient=True, s=PT)]
    LS = ("Lena Sjöberg", "quote")
    GOLD["r10_a_resande_manad"] = [
        G("9,8 miljoner resor", 9.8e6, "count", **s25, direction="increase", s=RS, sp=None, note="'Under september'; 'Det är 4,2 procent fler': the new value"),
        G("4,2 procent", 4.2, "percent", ctx="Det är [4,2 procent] fler", **s25, direction="increase", s=RS, sp=None),
        G("11 procent", 11, "percent", **s25, direction="increase", s=("antalet resor", "antalet"), sp=None),
        G("1,9 miljoner", 1.9e6, "count", **s25, direction="increase", s=("antalet resor", "antalet"), sp=None, note="to-value"),
        G("4,3 miljoner resor", 4.3e6, "count", **s25, direction="increase", s=RS, sp=None, note="', en ökning med 4 procent': the new value"),
        G("4 procent", 4, "percent", ctx="ökning med [4 procent],", **s25, direction="increase", s=RS, sp=None),
        G("2,1 miljoner", 2.1e6, "count", **s25, s=("resandet med regionbussarna", "resandet"), sp=None, note="'i stort sett oförändrat på': no direction"),
        G("3 procent", 3, "percent", ctx="ökade med [3 procent].", **s25, direction="increase", s=("Spårvagnen", "Spårvagnen"), sp=None),
        G("38", 38, "count", ctx="från [38] till 64", per="day", **s25, s=("Antalet avgångar", "Antalet"), sp=LS, note="from-value; 'per vardag' carried"),
        G("64", 64, "count", ctx="till [64] per vardag", per="day", **s25, direction="increase", s=("Antalet avgångar", "Antalet"), sp=LS),
        G("78,4 miljoner resor", 78.4e6, "count", t=Y["2025"], direction="increase", s=RS, sp=None, note="'Hittills i år'; ', 3,6 procent fler': the new value"),
        G("3,6 procent", 3.6, "percent", t=Y["2025"], direction="increase", s=RS, sp=None),
        G("241 resor", 241, "count", per="capita", **s25, s=RS, sp=None),
        G("86,4 procent", 86.4, "percent", ctx="[86,4 procent] av pendeltågen", **s25, direction="decrease", s=("pendeltågen", "pendeltågen"), sp=None, note="'mot 91,2 procent samma månad förra året': the new value"),
        G("91,2 procent", 91.2, "percent", t=Y["2024"], s=("pendeltågen", "pendeltågen"), sp=None),
        G("78 procent", 78, "percent", **s25, s=("punktligheten", "punktligheten"), sp=None),
        G("83 procent", 83, "percent", **s25, s=("punktligheten", "punktligheten"), sp=None),
        G("minst 90 procent", 90, "percent", bound="at_least", s=("Länstrafikens mål", "mål"), sp=None, note="a standing target: no period"),
        G("Var fjärde", 0.25, "ratio", **s25, s=("resa", "resa"), sp=None),
        G("61 procent", 61, "percent", **s25, direction="increase", s=("Andelen resor med mobilbiljett", "Andelen"), sp=None),
        G("54 procent", 54, "percent", t=Y["2024"], lenient=True, s=("Andelen resor med mobilbiljett", "Andelen"), sp=None, note="from-value; its period only implied"),
        *_row(G, "| Stadsbuss", ["4,31", "4,14", "+4,1", "78"], tr_cols, sep=" | "),
        *_row(G, "| Regionbuss", ["2,08", "2,09", "−0,5", "83"], tr_cols, sep=" | "),
        *_row(G, "| Pendeltåg", ["1,93", "1,74", "+10,9", "86,4"], tr_cols, sep=" | "),
        *_row(G, "| Spårvagn", ["1,46", "1,42", "+2,8", "92"], tr_cols, sep=" | "),
        *_row(G, "| Totalt", ["9,78", "9,39", "+4,2", "84"], tr_cols, sep=" | "),
        G("högst 3 minuter", 3, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality"),
    ]
    NEG["r10_a_resande_manad"] = [
        N("15 oktober 2025"), N("2012", note="'sedan mätningarna började 2012' is a time"), N("samma period 2024"),
        N("30-dagarsbiljett", note="a name"), N("Sep 2025"), N("Sep 2024"), N("14 november"),
    ]

    # ---------------------------------------------------------------- 6. emergency department page ('Senast uppdaterad: 2025-10-08'; September 2025)
    PAT = ("patienterna på akutmottagningen vid Strömsby lasarett", "patienterna")
    ML = ("Mediantiden till första läkarbedömning", "Mediantiden")
    AND = ("Andelen patienter som lämnade akuten inom 4 timmar", "Andelen")
    BES = ("besök", "besök")
    GOLD["r10_a_akuten_sjukhus"] = [
        G("Hälften", 0.5, "ratio", optional=True, s=None, sp=None, note="introduces the median: defines the metric"),
        G("3 timmar och 52 minuter", _mins(3, 52), "minute", bound="at_most", **s25, direction="decrease", s=PAT, sp=None, note="'inom' (the contract's at_most); 'Det är 14 minuter kortare än i september förra året': the new value"),
        G("14 minuter", 14, "minute", **s25, direction="decrease", s=PAT, sp=None),
        G("1 timme och 5 minuter", 65, "minute", **s25, direction="decrease", s=ML, sp=None, note="'jämfört med ... för ett år sedan': the new value"),
        G("1 timme och 21 minuter", 81, "minute", t=Y["2024"], lenient=True, s=ML, sp=None),
        G("4 timmar", 4, "hour", bound="at_most", ctx="inom [4 timmar] ökade", optional=True, s=None, sp=None, note="defines the share"),
        G("54 procent", 54, "percent", **s25, direction="increase", s=AND, sp=None),
        G("49 procent", 49, "percent", t=Y["2024"], s=AND, sp=None, note="'i september 2024'"),
        G("80 procent", 80, "percent", s=("Målet i regionen", "Målet"), sp=None, note="a target: no period"),
        G("4 timmar", 4, "hour", bound="at_most", ctx="inom [4 timmar] och att", optional=True, s=None, sp=None, note="part of the target's definition"),
        G("8 timmar", 8, "hour", bound="at_most", s=None, sp=None, note="'ingen ska behöva stanna ... i mer än 8 timmar': a negated bound, a target"),
        G("142 besök", 142, "count", per="day", **s25, direction="increase", s=BES, sp=None, note="', 9 fler än under samma månad förra året': the new value"),
        G("9", 9, "count", ctx="dygn, [9] fler", per="day", **s25, direction="increase", s=BES, sp=None),
        G("4 260 besök", 4260, "count", **s25, s=BES, sp=None),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="'80 år eller äldre': a threshold"),
        G("21 procent", 21, "percent", **s25, s=("Patienter som är 80 år eller äldre", "Patienter"), sp=None),
        G("5 timmar och 10 minuter", _mins(5, 10), "minute", **s25, s=("deras mediantid på akuten", "mediantid"), sp=None),
        G("18 vårdplatser", 18, "count", **s25, s=("vårdplatser", "vårdplatser"), sp=("Johanna Berg", "quote")),
        G("4 timmar och 31 minuter", _mins(4, 31), "minute", **s25, s=("mediantiden på akuten", "mediantiden"), sp=None, note="'I juli'"),
        G("4 timmar", 4, "hour", bound="at_most", ctx="klara inom [4 timmar] Besök", optional=True, s=None, sp=None, note="in the column header"),
        G("3 tim 52 min", _mins(3, 52), "minute", t=Y["2025"], s=("Mediantid på akuten", "Mediantid"), sp=None, note="table 'Akutmottagningen i siffror', row 'September 2025'"),
        G("54 %", 54, "percent", t=Y["2025"], s=("Andel klara inom 4 timmar", "Andel"), sp=None),
        G("142", 142, "count", ctx="54 % [142]", per="day", t=Y["2025"], s=("Besök per dygn", "Besök"), sp=None),
        G("4 tim 6 min", _mins(4, 6), "minute", t=Y["2024"], s=("Mediantid på akuten", "Mediantid"), sp=None),
        G("49 %", 49, "percent", t=Y["2024"], s=("Andel klara inom 4 timmar", "Andel"), sp=None),
        G("133", 133, "count", per="day", t=Y["2024"], s=("Besök per dygn", "Besök"), sp=None),
    ]
    NEG["r10_a_akuten_sjukhus"] = [
        N("3 typer", note="cookie banner"), N("2025-10-08"), N("ett år", note="'för ett år sedan' is a time"),
        N("september 2024"), N("September 2025", note="row label"), N("September 2024", note="row label"),
        N("1177", note="a name"), N("112", note="the emergency number"), N("2027", note="related-article teaser (chrome)"),
        N("6 av 10", note="related-article teaser (chrome)"), N("Box 345"), N("851 86"), N("060-52 40 00"),
        N("232100-0248"), N("© Region Norrfjäll 2025"),
    ]

    # ---------------------------------------------------------------- 7. sports federation annual report 2024 (26 April 2025)
    y24l = dict(t=Y["2024"], lenient=True)
    MED = ("Antalet medlemmar i förbundets föreningar", "Antalet")
    LIC = ("Antalet tävlingslicenser", "Antalet")
    FOR = ("anslutna föreningar", "föreningar")
    RES = ("Årets resultat", "resultat")
    INT = ("Förbundets intäkter", "intäkter")
    d_cols = [dict(unit="count", t=Y["2024"], s=("Medlemmar", "Medlemmar"), note="table 'MEDLEMMAR PER DISTRIKT 2024', columns 'Medlemmar', 'Förändring', 'Föreningar'"),
              dict(unit="percent", t=Y["2024"], lenient=True, signed=True, s=("Medlemmar", "Medlemmar")),
              dict(unit="count", t=Y["2024"], s=("Föreningar", "Föreningar"))]
    GOLD["r10_a_forbund_arsberattelse"] = [
        G("4 procent", 4, "percent", ctx="ökade med [4 procent] till", t=Y["2024"], direction="increase", s=MED, sp=None, note="'under 2024'"),
        G("61 200", 61200, "count", ctx="till [61 200] under", t=Y["2024"], direction="increase", s=MED, sp=None, note="to-value"),
        G("nästan 9 000", 9000, "count", bound="approx", t=("2019", "2024"), direction="increase", s=MED, sp=None, note="'fler än 2019': the span from the base year"),
        G("46 procent", 46, "percent", **y24l, direction="increase", s=("Kvinnorna", "Kvinnorna"), sp=None, note="'mot 43 procent fem år tidigare': the new value"),
        G("43 procent", 43, "percent", t=Y["2019"], lenient=True, s=("Kvinnorna", "Kvinnorna"), sp=None),
        G("18 450", 18450, "count", **y24l, direction="increase", s=LIC, sp=None),
        G("16 980", 16980, "count", t=Y["2023"], lenient=True, s=LIC, sp=None, note="from-value 'året innan'"),
        G("8,7 procent", 8.7, "percent", **y24l, direction="increase", s=LIC, sp=None),
        G("5 120", 5120, "count", **y24l, s=("licenserna", "licenserna"), sp=None),
        G("17 år", 17, "year", bound="less_than", optional=True, s=None, sp=None, note="'under 17 år': age threshold"),
        G("412 anslutna föreningar", 412, "count", **y24l, direction="increase", s=FOR, sp=None, note="'vid årets slut'; ', sex fler än ett år tidigare': the new value"),
        G("sex", 6, "count", ctx="föreningar, [sex] fler", **y24l, direction="increase", s=FOR, sp=None),
        G("14 nya föreningar", 14, "count", **y24l, s=("nya föreningar", "föreningar"), sp=None),
        G("åtta", 8, "count", ctx="medan [åtta] upphörde", **y24l, s=None, sp=None, note="elided noun"),
        G("Drygt var femte", 0.2, "ratio", bound="approx", **y24l, s=("förening", "förening"), sp=None, note="present tense in a report on 2024"),
        G("50 medlemmar", 50, "count", bound="less_than", optional=True, s=None, sp=None, note="'färre än 50 medlemmar' delimits the group"),
        G("1 236 sanktionerade tävlingar", 1236, "count", **y24l, s=("sanktionerade tävlingar", "tävlingar"), sp=None),
        G("214 000 starter", 214000, "count", **y24l, direction="increase", s=("starter", "starter"), sp=None, note="', 11 procent fler än 2023': the new value"),
        G("11 procent", 11, "percent", **y24l, direction="increase", s=("starter", "starter"), sp=None),
        G("6 800 deltagare", 6800, "count", **y24l, s=("deltagare", "deltagare"), sp=None),
        G("en fjärdedel", 0.25, "ratio", t=("2022", "2024"), lenient=True, direction="increase", s=("antalet starter", "antalet"), sp=("Karin Westman", "quote"), note="'på två år'"),
        G("58,3 miljoner kronor", 58.3e6, "SEK", **y24l, s=INT, sp=None),
        G("54,1", 54.1e6, "SEK", t=Y["2023"], s=INT, sp=None, note="'Siffror inom parentes avser 2023'"),
        G("21,7 miljoner kronor", 21.7e6, "SEK", **y24l, s=("statligt stöd", "stöd"), sp=None, note="'varav'"),
        G("1,4 miljoner kronor", 1.4e6, "SEK", **y24l, s=RES, sp=None),
        G("−0,6", -0.6e6, "SEK", t=Y["2023"], s=RES, sp=None, note="a loss in the bracket: a level"),
        *_row(G, "Norra", ["7 840", "+3 %", "61"], d_cols),
        *_row(G, "Mellersta", ["14 520", "+5 %", "98"], d_cols),
        *_row(G, "Stockholm", ["19 870", "+6 %", "112"], d_cols),
        *_row(G, "Västra", ["11 310", "+2 %", "84"], d_cols),
        *_row(G, "Södra", ["7 660", "+1 %", "57"], d_cols),
        *_row(G, "Totalt", ["61 200", "+4 %", "412"], d_cols),
    ]
    NEG["r10_a_forbund_arsberattelse"] = [
        N("Verksamhetsberättelse 2024", note="title"), N("26 april 2025"), N("2023", ctx="parentes avser [2023].", note="the note that dates the brackets"),
        N("under 2024"), N("2019", ctx="fler än [2019]."), N("fem år", note="'fem år tidigare' is a time"),
        N("ett år", note="'ett år tidigare' is a time"), N("2023", ctx="fler än [2023]."),
        N("2024", ctx="DISTRIKT [2024]", note="table caption"), N("2023", ctx="jämfört med [2023].", note="note under the table"),
    ]

    # ---------------------------------------------------------------- 8. undated opinion piece on housing
    PB = ("Amanda Nyberg", "publisher")
    KK = ("kravet på kontantinsats för förstagångsköpare", "kravet")
    GOLD["r10_a_debatt_bostad"] = [  # no date: 'i dag', 'I fjol', 'för tio år sedan' unresolved (time not annotated)
        G("Var tredje", 1 / 3, "ratio", s=("ung vuxen mellan 20 och 27 år", "vuxen"), sp=None),
        G("mellan 20 och 27 år", None, "year", low=20, high=27, optional=True, s=None, sp=None, note="age band"),
        G("dubbelt", 2, "number", direction="increase", optional=True, s=None, sp=None, note="'dubbelt så lång som för tio år sedan': one queue over time"),
        G("nio års", 9, "year", s=("kötid", "kötid"), sp=None, note="'nio års kötid'"),
        G("omkring 32 000 bostäder", 32000, "count", bound="approx", direction="decrease", s=("bostäder", "bostäder"), sp=None, note="'I fjol' unresolved; 'mindre än hälften av de 68 000 som påbörjades rekordåret 2021': one thing over time"),
        G("hälften", 0.5, "ratio", bound="less_than", direction="decrease", optional=True, s=None, sp=None, note="multiplier of a change over time"),
        G("68 000", 68000, "count", t=Y["2021"], s=None, sp=None, note="'de 68 000 som påbörjades': elided noun"),
        G("mer än 100 000 bostäder", 100000, "count", bound="more_than", s=("bostäder", "bostäder"), sp=("Boverkets bedömning", "enligt")),
        G("fem åren", 5, "year", optional=True, s=None, sp=None, note="'de kommande fem åren' is a period"),
        G("22 procent", 22, "percent", direction="increase", s=("Hyrorna i nyproduktion", "Hyrorna"), sp=None),
        G("55 kvadratmeter", 55, "m2", s=("En nybyggd tvåa", "tvåa"), sp=None),
        G("över 11 000 kronor", 11000, "SEK", bound="more_than", per="month", s=("En nybyggd tvåa på 55 kvadratmeter", "tvåa"), sp=None),
        G("mer än 40 procent", 40, "percent", bound="more_than", s=None, sp=None, note="'vilket motsvarar ... av lönen efter skatt': no noun phrase names the share"),
        G("fyra ungdomsorganisationer", 4, "count", optional=True, s=None, sp=None, note="the writers' organisations (a named set)"),
        G("minst 20 000 hyresrätter", 20000, "count", bound="at_least", per="year", s=("hyresrätter", "hyresrätter"), sp=PB, note="demand 'Bygg'"),
        G("15", 15, "percent", ctx="från [15] till 10", s=KK, sp=PB, note="from-value; the unit is shared"),
        G("10 procent", 10, "percent", direction="decrease", s=KK, sp=PB, note="demand 'Sänk ... till'"),
        G("5 miljarder kronor", 5e9, "SEK", per="year", s=("ett statligt investeringsstöd", "investeringsstöd"), sp=PB, note="demand 'Inför'"),
        G("fem år", 5, "year", bound="at_most", ctx="i mer än [fem år] för", s=None, sp=PB, note="'Ingen ung ska behöva stå i kö i mer än': a negated bound"),
    ]
    NEG["r10_a_debatt_bostad"] = [
        N("tio år", note="'för tio år sedan' is a time"), N("2021", note="'rekordåret 2021' places the figure in time"),
        N("tre år", note="'på tre år' is the period of the change"),
    ]

    return GOLD, NEG
