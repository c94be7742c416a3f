"""Round 10, part B (r10_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 10, part B (r10_b_*): eight kinds, each adapted from stored public pages (r10_sources_b.md) and annotated
# with subject and speaker (round 6 conventions) as a fact-checker reads them, before any run: harvest statistics for
# 2025 (Markdown; tonnes and 'tusen ton', 'ton per hektar', 'jämfört med genomsnittet för de fem senaste åren', '9
# respektive 6 procent över femårsgenomsnittet', 'nästan dubbelt så mycket som 2023', a crop table with two year columns
# and a signed change column in 'tusen ton'), a monthly consumer-price release for September 2025 ('sjönk till 2,1
# procent ..., från 2,6 procent i augusti', a bracket '(1,8 procent i augusti)', monthly changes, contributions in
# procentenheter with 'uppåt'/'nedåt'/'negativt bidrag', 'respektive', the index level and its base '1980=100', a
# plain-text table with month columns), a county's summer tourism summary (date in a sidecar; juni–augusti against
# last summer, bullets by month, 'följt av Norge med 97 000', 'dubbelt så mycket som', a bracket '58 procent (56)',
# 'Hittills i år', a Markdown table 'Sommaren 2025' / 'Sommaren 2024' / signed change), a fire and rescue service's
# yearly statistics page (HTML with cookie banner, menu, related teasers and footer as chrome; against 'ett
# femårssnitt', 'mot fem 2024', 'från 64 till 118', response times in minutes with a bracket, 'inom 10 minuter', a table
# with a 'Snitt 2020–2024' column), a listed company's half-year report ('ANDRA KVARTALET 2025' / 'FÖRSTA HALVÅRET 2025'
# headings carried across bullets, bracketed prior figures, an outlook '11–13 procent' in a CEO quote), national crime
# statistics for 2025 (Markdown; 'en minskning med 3 procent jämfört med föregående år', per 100 000 invånare, shares,
# 'Var sjätte', '(+1 procent)', 'knappt hälften så många som 2015', 'mer än fördubblats på fem år', a table with change
# and share columns), a wage statistics release for 2024 (kronor per month, women's wage in percent of men's, points,
# 'Sedan 2014', '15–20 år' in a quote, a plain-text table by sector) and a TT item with no date and no year about
# housing prices (periods unresolved, time not annotated; 'enligt', 'säger', ranges 'tio–tolv' and '3–5 procent').
# The r8 and r9 decisions are followed (periods at year grain; lenient when the period follows from the document or
# from a month without a year; a relative expression in the sentence resolves against the publication date and is not
# lenient; bracketed prior figures take the comparison period; levels followed by ', X fler än', 'mot X året innan',
# ', en ökning med X' or a next sentence 'Det är ... färre' are the new value after a change). Where they were silent:
# - A comparison with the same thing's own average over earlier years ('8 procent större' than 'genomsnittet för de fem
#   senaste åren', '9 respektive 6 procent över femårsgenomsnittet', 'jämfört med ett femårssnitt på 246', 'tre
#   minuter kortare än femårsgenomsnittet') compares one thing over time, as r7's 'lägre än före pandemin': a change
#   (direction), and the level it is said of is the new value. Its period is the current year (the average is the
#   baseline, not a start year as in r9's '38 procent lägre än 1990'); the average itself, where it is a figure ('ett
#   femårssnitt på 246', the table column 'Snitt 2020–2024'), spans ('2020', '2024'): lenient in the text, not in the
#   column whose header names the years. 'de fem senaste åren' / 'de senaste fem åren' / 'de senaste tio åren' are
#   period spans: optional.
# - Yields per hectare are tonne per "ha" (as round 2's 'kilo per hektar'); an area in hektar is unit "ha"; 'tusen
#   ton' in text or caption scales by 1000. '9 respektive 6 procent' shares its unit; the rate 'per hektar' stated
#   once carries to the coordinated '4,4 ton' and to 'mot 6,9 ton året innan'.
# - Consumer prices: a 12-month inflation rate is a level (as r7), with direction only from a verb of change ('sjönk
#   till') or from 'mot X i augusti' (the new value); its from-value and the bracket '(1,8 procent i augusti)' are levels
#   of August 2025 (lenient, a month without a year). A product's price change in brackets ('kläder (6,8 procent)',
#   'el (−11,5 procent)') is a change in percent, its direction from 'högre/lägre priser' and the sign. A contribution
#   in procentenheter ('påverkade uppåt med 0,3 procentenheter', 'nedåt med 0,2 respektive 0,1', 'ett negativt bidrag
#   på 0,5 procentenheter', 'bidrog med 0,5 procentenheter') carries the direction of the change it contributes (the
#   value stays as written, unsigned); its subject is the contributing prices ('högre priser på kläder'), or the noun it
#   is attached to ('ett negativt bidrag'). 'Riksbankens inflationsmål är 2 procent' is a target: required, no period
#   (as r9_a). The index level '421,37' is a number of September 2025.
# - A share restating a count ('742 000 gästnätter, eller 40 procent av sommarens totala antal') takes the holder of the
#   share as subject ('Campingplatserna', as r8's 'Affärsområde Hydraulik svarade för 58 procent'); 'Juli stod för
#   nästan hälften' likewise takes 'Juli'. A bracket whose period the text does not name ('58 procent (56)',
#   '11,5 minuter (12,1)') is the year before, lenient (as r9_a's poll bracket).
# - In a half-year report the to-value of a verb of change keeps its direction even when a bracket follows ('minskade
#   med 3 procent till 842 (868) MSEK': 842 decrease, as r9_a's '412 (386)'); a bracket pair in a plain level sentence
#   ('uppgick till 101 (97) MSEK') has none (r9_b). 'Organiskt var minskningen 1 procent' takes the thing that changes
#   (Nettoomsättningen). 'nu står för en femtedel' is now (2025, from 'nu'); a framework agreement 'värt cirka 120 MSEK
#   över tre år' is of July 2025 (lenient), 'tre år' its length (required, as r8's 'två år'); 'besparingar på 40 MSEK
#   på årsbasis när det är fullt genomfört' is per year with no period; the full-year outlook '11–13 procent' is a range
#   for 2025 (explicit 'För helåret 2025'), no direction; 'fjolårets 3 390 MSEK' is 2024.
# - A present-tense share in a report on a past year ('utgör därmed 34 procent', 'där kvinnor tjänar 79,8 procent',
#   'Höstvetet står för 53 procent av årets spannmålsskörd') is about that year; possession in a quote ('Där har vi 14
#   deltidsbrandmän', said in February 2026) is about now: 2026, lenient.
# - 'knappt hälften så många som 2015' and 'mer än fördubblats på fem år' are multipliers of a change over time:
#   optional, with direction; 'knappt hälften' spans ('2015', '2025'). 'Sedan 2014 har skillnaden minskat med 4,6
#   procentenheter' spans ('2014', '2024'), lenient (the end year follows from the document), as r9_b's '1990' span.
# - '(+1 procent)' after a to-value is the size of that change (increase), as r3's poll brackets. Per 100 000 invånare
#   is per "capita" (the '100 000' a negative, as r8_b). 'kronor i månaden', 'månadslön' and the caption 'kronor per
#   månad' give per="month"; the rate of 'den genomsnittliga månadslönen' carries to the women's and men's 'medellön'
#   of the next sentence (the mean monthly wage). 'männens 40 200 kronor' carries the measure 'medellön'.
# - Subjects of table cells: the caption's measure when the rows are categories (crops, crime categories, sectors,
#   event types, 'Svenska'/'Utländska'), the column header when it names a measure ('Kvinnors lön i % av mäns'), the
#   row label when it names the measure (the KPI table's 'KPI', 'KPIF', 'KPIF-XE').
# - Speakers: figures in a quote take the quoted person; 'enligt X' credits its own sentence only (r9_b); 'Mäklarindex
#   bygger på drygt 21 000 försäljningar' is a description of the index, not a credit (None). 'Riksbankens
#   inflationsmål' is possession, not a credit (None).
# - Ranges in words ('tio–tolv spekulanter') are count ranges (low/high); '15–20 år' in a quote is a duration range
#   with no subject and no period.
# - Negatives: datelines and 'Publicerad' lines, times of day, title years and headers of periods ('Sommaren 2025',
#   'ANDRA KVARTALET 2025', 'Juli 2025', '| 2024 |', 'Andel 2025', '2020–2024'), years used as time expressions ('Under
#   2025', 'År 2015', 'som 2015', 'sedan 2014', 'Sedan 2014', 'mot fem 2024', 'jämfört med 2023', 'som 2023', 'helåret
#   2025', 'september 2024'), 'ett år' in 'på ett år' / 'för ett år sedan', the base '1980=100', 'Tabell 1', '100 000'
#   in 'per 100 000 invånare', the reading time, the cookie count, related-article teasers, phone numbers, box
#   addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): ordinal words ('Andra kvartalet', 'andra året i rad', 'första
#   enhet', 'näst'), 'en ny deltidsstation', 'Störst', 'Minst'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2015", "2023", "2024", "2025", "2026")}


def _val(c):
    return float(c.replace(" ", "").replace(",", ".").replace("−", "-").replace("+", ""))


def _row(G, label, cells, cols, subj, sep=" | ", note=""):
    """One table row. cols: one (unit, scale, per, period, lenient, signed) per cell; subj: one (phrase, head) or a list
    with one per cell. Located by the row label and the cells before it (white space in ctx matches any run)."""
    out = []
    for i, (c, (unit, scale, per, t, lenient, signed)) in enumerate(zip(cells, cols)):
        v = _val(c)
        direction = None
        if signed:
            direction = "increase" if v > 0 else "decrease" if v < 0 else None
        pre = sep.join(cells[:i])
        ctx = f"{label}{sep}{pre}{sep if pre else ''}[{c}]"
        val = round(v * scale, 6)
        out.append(G(c, val, unit, per=per, t=t, lenient=lenient, direction=direction,
                     s=subj[i] if isinstance(subj, list) else subj, sp=None, ctx=ctx, note=note if i == 0 else ""))
    return out


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y25, Y24, Y23 = Y["2025"], Y["2024"], Y["2023"]

    # ---------------------------------------------------------------- 1. harvest statistics 2025 (dateline 2025-12-11)
    TS = ("Den totala spannmålsskörden", "spannmålsskörden")
    HV = ("Hektarskörden av höstvete", "Hektarskörden")
    VK = ("Vårkornet", "Vårkornet")
    HA = ("havren", "havren")
    AR = ("Arealen med höstvete", "Arealen")
    RR = ("Totalskörden av raps och rybs", "Totalskörden")
    HR = ("Hektarskörden av höstraps", "Hektarskörden")
    AE = ("Skörden av ärter", "Skörden")
    TG = ("Totalskörd per gröda", "Totalskörd")
    skord_cols = [("tonne", 1000, None, Y24, False, False), ("tonne", 1000, None, Y25, False, False),
                  ("percent", 1, None, Y25, True, True)]
    GOLD["r10_b_skord_spannmal"] = [
        G("5 860 000 ton", 5.86e6, "tonne", t=Y25, lenient=True, direction="increase", s=TS, sp=None, note="', vilket är 14 procent mer än förra året': the new value"),
        G("14 procent", 14, "percent", t=Y25, lenient=True, direction="increase", s=TS, sp=None),
        G("fem senaste åren", 5, "year", optional=True, s=None, sp=None, note="'genomsnittet för de fem senaste åren': a period span"),
        G("8 procent", 8, "percent", t=Y25, lenient=True, direction="increase", s=("skörden", "skörden"), sp=None, note="against its own five-year average: one thing over time"),
        G("7,2 ton per hektar", 7.2, "tonne", per="ha", t=Y25, lenient=True, direction="increase", s=HV, sp=None, note="'mot 6,9 ton året innan': the new value"),
        G("6,9 ton", 6.9, "tonne", per="ha", t=Y24, lenient=True, s=HV, sp=None, note="the rate 'per hektar' carries over"),
        G("5,1 ton per hektar", 5.1, "tonne", per="ha", t=Y25, lenient=True, direction="increase", s=VK, sp=None, note="', 9 ... procent över femårsgenomsnittet': the new value"),
        G("4,4 ton", 4.4, "tonne", per="ha", t=Y25, lenient=True, direction="increase", s=HA, sp=None),
        G("9", 9, "percent", ctx="4,4 ton, [9] respektive", t=Y25, lenient=True, direction="increase", s=VK, sp=None, note="'9 respektive 6 procent': the unit is shared"),
        G("6 procent", 6, "percent", t=Y25, lenient=True, direction="increase", s=HA, sp=None),
        G("53 procent", 53, "percent", t=Y25, s=("Höstvetet", "Höstvetet"), sp=None, note="'av årets spannmålsskörd'"),
        G("omkring 38 000 hektar", 38000, "ha", bound="approx", t=Y25, lenient=True, direction="increase", s=AR, sp=None),
        G("431 000 hektar", 431000, "ha", t=Y25, lenient=True, direction="increase", s=AR, sp=None, note="to-value"),
        G("368 tusen ton", 368000, "tonne", t=Y25, lenient=True, direction="decrease", s=RR, sp=None, note="', 11 procent mindre än i fjol': the new value"),
        G("11 procent", 11, "percent", t=Y25, lenient=True, direction="decrease", s=RR, sp=None),
        G("3,4 ton per hektar", 3.4, "tonne", per="ha", t=Y25, lenient=True, direction="decrease", s=HR, sp=None, note="', vilket är 4 procent lägre än femårsgenomsnittet'"),
        G("4 procent", 4, "percent", ctx="är [4 procent] lägre", t=Y25, lenient=True, direction="decrease", s=HR, sp=None),
        G("81 000 ton", 81000, "tonne", t=Y25, lenient=True, direction="increase", s=AE, sp=None, note="'nästan dubbelt så mycket som 2023': one thing over time"),
        G("dubbelt", 2, "number", bound="approx", t=("2023", "2025"), direction="increase", optional=True, s=None, sp=None, note="multiplier of a change since 2023"),
        G("upp till 15 procent", 15, "percent", bound="at_most", t=Y25, lenient=True, s=("arealen", "arealen"), sp=("Ingrid Westerlund", "quote")),
        *_row(G, "| Höstvete", ["2 705", "3 105", "+14,8"], skord_cols, TG, note="table 'Totalskörd per gröda, tusen ton', columns '2024', '2025', 'Förändring, %'"),
        *_row(G, "| Vårkorn", ["1 290", "1 412", "+9,5"], skord_cols, TG),
        *_row(G, "| Raps och rybs", ["414", "368", "−11,1"], skord_cols, TG),
        *_row(G, "| Spannmål totalt", ["5 140", "5 860", "+14,0"], skord_cols, TG),
    ]
    NEG["r10_b_skord_spannmal"] = [
        N("2025", ctx="oljeväxter [2025]", note="title"), N("11 december 2025"), N("2023", note="'som 2023' is the baseline year"),
        N("2024", ctx="| Gröda | [2024] |", note="column header"), N("2025", ctx="| 2024 | [2025] |", note="column header"),
        N("12 mars 2026"),
    ]

    # ---------------------------------------------------------------- 2. consumer prices, September 2025 (2025-10-14)
    K = ("Inflationstakten enligt KPIF", "Inflationstakten")
    KK = ("Inflationstakten enligt KPI", "Inflationstakten")
    KL = ("högre priser på kläder", "priser")
    EL = ("lägre priser på el", "priser")
    FL = ("utrikes flygresor", "flygresor")
    LM = ("Livsmedelspriserna", "Livsmedelspriserna")
    XE = ("Inflationstakten enligt KPIF exklusive energi", "Inflationstakten")
    kpi_cols = [("percent", 1, None, Y25, False, False)] * 3
    GOLD["r10_b_kpi_september"] = [
        G("2,1 procent", 2.1, "percent", occ=1, t=Y25, lenient=True, s=K, sp=None, note="headline: a level"),
        G("2,1 procent", 2.1, "percent", occ=2, t=Y25, lenient=True, direction="decrease", s=K, sp=None, note="'sjönk till ... i september, från 2,6 procent i augusti'"),
        G("2,6 procent", 2.6, "percent", t=Y25, lenient=True, s=K, sp=None, note="from-value, August 2025"),
        G("0,3 procent", 0.3, "percent", t=Y25, lenient=True, direction="increase", s=("KPIF", "KPIF"), sp=None),
        G("1,4 procent", 1.4, "percent", t=Y25, lenient=True, s=KK, sp=None),
        G("1,8 procent", 1.8, "percent", t=Y25, lenient=True, s=KK, sp=None, note="bracket '(1,8 procent i augusti)'"),
        G("0,2 procent", 0.2, "percent", t=Y25, lenient=True, direction="increase", s=("Konsumentprisindex (KPI)", "Konsumentprisindex"), sp=None),
        G("0,5 procent", 0.5, "percent", occ=1, t=Y24, direction="increase", s=("KPI", "KPI"), sp=None, note="'Under motsvarande period i fjol'"),
        G("6,8 procent", 6.8, "percent", t=Y25, lenient=True, direction="increase", s=KL, sp=None, note="the price change of clothing in brackets"),
        G("0,3 procentenheter", 0.3, "percentage_point", t=Y25, lenient=True, direction="increase", s=KL, sp=None, note="a contribution 'uppåt'"),
        G("−11,5 procent", -11.5, "percent", t=Y25, lenient=True, direction="decrease", s=EL, sp=None),
        G("−14,0 procent", -14.0, "percent", t=Y25, lenient=True, direction="decrease", s=FL, sp=None),
        G("0,2", 0.2, "percentage_point", ctx="med [0,2] respektive", t=Y25, lenient=True, direction="decrease", s=EL, sp=None, note="'nedåt med 0,2 respektive 0,1 procentenheter': the unit is shared"),
        G("0,1 procentenheter", 0.1, "percentage_point", t=Y25, lenient=True, direction="decrease", s=FL, sp=None),
        G("18,3 procent", 18.3, "percent", t=Y25, lenient=True, direction="decrease", s=("Elpriserna", "Elpriserna"), sp=None, note="'lägre än i september förra året'"),
        G("0,5 procentenheter", 0.5, "percentage_point", occ=1, t=Y25, lenient=True, direction="decrease", s=("ett negativt bidrag", "bidrag"), sp=None),
        G("3,9 procent", 3.9, "percent", t=Y25, lenient=True, direction="increase", s=LM, sp=None),
        G("0,5 procentenheter", 0.5, "percentage_point", occ=2, t=Y25, lenient=True, direction="increase", s=LM, sp=None),
        G("21 procent", 21, "percent", t=Y25, lenient=True, direction="decrease", s=("Räntekostnaderna för hushållens bolån", "Räntekostnaderna"), sp=None),
        G("2,8 procent", 2.8, "percent", t=Y25, lenient=True, direction="decrease", s=XE, sp=None, note="'mot 3,0 procent i augusti': the new value"),
        G("3,0 procent", 3.0, "percent", t=Y25, lenient=True, s=XE, sp=None),
        G("2 procent", 2, "percent", ctx="inflationsmål är [2 procent]", s=("Riksbankens inflationsmål", "inflationsmål"), sp=None, note="the inflation target: no period"),
        G("421,37", 421.37, "number", t=Y25, s=("KPI", "KPI"), sp=None, note="index level, base '1980=100'"),
        *_row(G, "KPI", ["1,9", "1,8", "1,4"], kpi_cols, ("KPI", "KPI"), sep=" ", note="'Tabell 1. Inflationstakt, procent', columns 'Juli 2025', 'Augusti 2025', 'September 2025'"),
        *_row(G, "KPIF", ["2,8", "2,6", "2,1"], kpi_cols, ("KPIF", "KPIF"), sep=" "),
        *_row(G, "KPIF-XE", ["3,1", "3,0", "2,8"], kpi_cols, ("KPIF-XE", "KPIF-XE"), sep=" "),
    ]
    NEG["r10_b_kpi_september"] = [
        N("september 2025", 1, note="title"), N("2025-10-14"), N("08.00", 1), N("ett år", note="'på ett år' is the span of the change"),
        N("september 2024"), N("september 2025", 2), N("1980=100", note="base year of the index"), N("Tabell 1", note="list label"),
        N("Juli 2025"), N("Augusti 2025"), N("September 2025"), N("oktober 2025"), N("13 november 2025"), N("08.00", 2),
        N("010-479 52 18"),
    ]

    # ---------------------------------------------------------------- 3. summer tourism, June–August 2025 (sidecar 2025-10-09)
    GN = ("gästnätter", "gästnätter")
    UT = ("De utländska gästnätterna", "gästnätterna")
    SV = ("de svenska", "svenska")
    AU = ("Andelen utländska gästnätter", "Andelen")
    US = ("Antalet gästnätter från USA", "Antalet")
    BE = ("beläggningen", "beläggningen")
    GT = ("Gästnätter", "Gästnätter")
    tur_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
                ("percent", 1, None, Y25, True, True)]
    GOLD["r10_b_sommar_turism"] = [
        G("1,84 miljoner gästnätter", 1.84e6, "count", t=Y25, lenient=True, direction="increase", s=GN, sp=None, note="'under juni–augusti' of the title's 'Sommaren 2025'; 'Det är 2,2 procent fler än sommaren 2024': the new value"),
        G("2,2 procent", 2.2, "percent", t=Y25, lenient=True, direction="increase", s=GN, sp=None),
        G("11 procent", 11, "percent", t=Y25, lenient=True, direction="increase", s=UT, sp=None),
        G("521 000", 521000, "count", occ=1, t=Y25, lenient=True, direction="increase", s=UT, sp=None, note="to-value"),
        G("0,9 procent", 0.9, "percent", t=Y25, lenient=True, direction="decrease", s=SV, sp=None),
        G("1,32 miljoner", 1.32e6, "count", t=Y25, lenient=True, direction="decrease", s=SV, sp=None, note="to-value; a head count"),
        G("28 procent", 28, "percent", t=Y25, lenient=True, direction="increase", s=AU, sp=None, note="'mot 26 procent förra sommaren': the new value"),
        G("26 procent", 26, "percent", t=Y24, s=AU, sp=None, note="'förra sommaren' resolves against the publication date"),
        G("486 000 gästnätter", 486000, "count", t=Y25, lenient=True, direction="increase", s=GN, sp=None, note="bullet 'Juni:'; ', en ökning med 4 procent': the new value"),
        G("4 procent", 4, "percent", ctx="ökning med [4 procent]", t=Y25, lenient=True, direction="increase", s=GN, sp=None),
        G("842 000 gästnätter", 842000, "count", t=Y25, lenient=True, s=GN, sp=None, note="'i nivå med i fjol': no direction"),
        G("512 000 gästnätter", 512000, "count", t=Y25, lenient=True, direction="increase", s=GN, sp=None),
        G("3 procent", 3, "percent", t=Y25, lenient=True, direction="increase", s=GN, sp=None, note="'fler än augusti 2024'"),
        G("nästan hälften", 0.5, "ratio", bound="approx", t=Y25, lenient=True, s=("Juli", "Juli"), sp=None, note="'Juli stod ... för': the holder of the share"),
        G("198 000 gästnätter", 198000, "count", t=Y25, lenient=True, s=GN, sp=None),
        G("97 000", 97000, "count", t=Y25, lenient=True, s=GN, sp=None, note="'följt av Norge med 97 000': the measure is carried"),
        G("19 procent", 19, "percent", t=Y25, lenient=True, direction="increase", s=("Gästnätterna från Nederländerna", "Gästnätterna"), sp=None),
        G("dubbelt", 2, "number", optional=True, s=None, sp=None, note="'dubbelt så mycket som från Tyskland': two markets at one time"),
        G("14 200", 14200, "count", t=Y25, lenient=True, direction="increase", s=US, sp=None, note="', vilket är 2 800 fler än i fjol': the new value"),
        G("2 800", 2800, "count", t=Y25, lenient=True, direction="increase", s=US, sp=None),
        G("742 000 gästnätter", 742000, "count", t=Y25, lenient=True, s=GN, sp=None),
        G("40 procent", 40, "percent", t=Y25, lenient=True, s=("Campingplatserna", "Campingplatserna"), sp=None, note="', eller 40 procent av sommarens totala antal': the holder of the share"),
        G("58 procent", 58, "percent", t=Y25, lenient=True, s=BE, sp=None),
        G("56", 56, "percent", ctx="58 procent ([56])", t=Y24, lenient=True, s=BE, sp=None, note="bracket: last summer, not named in the text"),
        G("3,97 miljoner gästnätter", 3.97e6, "count", t=Y25, lenient=True, direction="increase", s=GN, sp=None, note="'Hittills i år'; ', 1,8 procent fler': the new value"),
        G("1,8 procent", 1.8, "percent", t=Y25, lenient=True, direction="increase", s=GN, sp=None),
        *_row(G, "| Svenska", ["1 319 000", "1 331 000", "−0,9"], tur_cols, GT, note="table 'Gästnätter juni–augusti', columns 'Sommaren 2025', 'Sommaren 2024', 'Förändring, %'"),
        *_row(G, "| Utländska", ["521 000", "469 000", "+11,1"], tur_cols, GT),
        *_row(G, "| Totalt", ["1 840 000", "1 800 000", "+2,2"], tur_cols, GT),
    ]
    NEG["r10_b_sommar_turism"] = [
        N("Sommaren 2025", 1, note="title"), N("sommaren 2024"), N("augusti 2024"),
        N("Sommaren 2025", 2, note="column header"), N("Sommaren 2024", note="column header"),
    ]

    # ---------------------------------------------------------------- 4. fire and rescue, 2025 (Publicerad 2026-02-04)
    HE = ("händelser", "händelser")
    BB = ("bränder i byggnad", "bränder")
    PE = ("personer", "personer")
    SM = ("Bränderna i skog och mark", "Bränderna")
    TO = ("Antalet trafikolyckor som krävde insats", "Antalet")
    MI = ("Medianinsatstiden", "Medianinsatstiden")
    ME = ("medianen", "medianen")
    FA = ("felaktiga larm", "larm")
    RI = ("Räddningsinsatser", "Räddningsinsatser")
    rt_cols = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
               ("count", 1, None, ("2020", "2024"), False, False)]
    GOLD["r10_b_raddningstjanst_ar"] = [
        G("3 912 händelser", 3912, "count", t=Y25, direction="decrease", s=HE, sp=None, note="'under 2025'; 'Det är 4 procent färre än året innan': the new value"),
        G("4 procent", 4, "percent", t=Y25, lenient=True, direction="decrease", s=HE, sp=None),
        G("fem åren", 5, "year", occ=1, optional=True, s=None, sp=None, note="'genomsnittet för de senaste fem åren': a period span"),
        G("214 bränder", 214, "count", t=Y25, lenient=True, direction="decrease", s=BB, sp=None, note="'jämfört med ett femårssnitt på 246': against its own average, a change"),
        G("246", 246, "count", ctx="femårssnitt på [246]", t=("2020", "2024"), lenient=True, s=("ett femårssnitt", "femårssnitt"), sp=None, note="the average of the five years before (the table's 'Snitt 2020–2024')"),
        G("131 bostadsbränder", 131, "count", t=Y25, lenient=True, s=("bostadsbränder", "bostadsbränder"), sp=None),
        G("38", 38, "count", ctx="varav [38] startade", t=Y25, lenient=True, s=None, sp=None, note="'varav 38 startade i köket': elided noun"),
        G("Två personer", 2, "count", t=Y25, lenient=True, direction="decrease", s=PE, sp=None, note="'under året'; 'mot fem 2024': the new value"),
        G("fem", 5, "count", ctx="mot [fem] 2024", t=Y24, s=PE, sp=None),
        G("64", 64, "count", ctx="från [64] till", t=Y24, lenient=True, s=SM, sp=None, note="from-value; its year only implied"),
        G("118", 118, "count", ctx="till [118],", t=Y25, lenient=True, direction="increase", s=SM, sp=None),
        G("cirka 40 hektar", 40, "ha", bound="approx", t=Y25, lenient=True, s=("Den största branden", "branden"), sp=None, note="'i juli' (2025)"),
        G("9 procent", 9, "percent", t=Y25, lenient=True, direction="increase", s=TO, sp=None),
        G("612", 612, "count", ctx="procent till [612].", t=Y25, lenient=True, direction="increase", s=TO, sp=None, note="to-value"),
        G("Nästan hälften", 0.5, "ratio", bound="approx", t=Y25, lenient=True, s=("olyckorna", "olyckorna"), sp=None),
        G("fem åren", 5, "year", occ=2, optional=True, s=None, sp=None),
        G("11,5 minuter", 11.5, "minute", t=Y25, lenient=True, s=MI, sp=None),
        G("12,1", 12.1, "minute", t=Y24, lenient=True, s=MI, sp=None, note="bracket: the year before, not named in the text"),
        G("10 minuter", 10, "minute", bound="at_most", optional=True, s=None, sp=None, note="'inom 10 minuter' defines the metric"),
        G("78 procent", 78, "percent", t=Y25, lenient=True, s=("fallen", "fallen"), sp=None),
        G("19 minuter", 19, "minute", t=Y25, lenient=True, direction="decrease", s=ME, sp=None, note="', tre minuter kortare än femårsgenomsnittet': the new value"),
        G("tre minuter", 3, "minute", t=Y25, lenient=True, direction="decrease", s=ME, sp=None),
        G("14 deltidsbrandmän", 14, "count", t=Y["2026"], lenient=True, s=("deltidsbrandmän", "deltidsbrandmän"), sp=("Johan Lindahl", "quote"), note="'Där har vi': possession, now"),
        G("31 procent", 31, "percent", t=Y25, lenient=True, s=("De automatiska brandlarmen", "brandlarmen"), sp=None),
        G("1 163", 1163, "count", ctx="[1 163] av dem", t=Y25, lenient=True, direction="decrease", s=FA, sp=None, note="', en minskning med 7 procent': the new value"),
        G("7 procent", 7, "percent", t=Y25, lenient=True, direction="decrease", s=FA, sp=None),
        *_row(G, "Brand i byggnad", ["214", "239", "246"], rt_cols, RI, sep=" ", note="table 'Räddningsinsatser efter typ av händelse', columns '2025', '2024', 'Snitt 2020–2024'"),
        *_row(G, "Trafikolycka", ["612", "561", "574"], rt_cols, RI, sep=" "),
        *_row(G, "Totalt antal larm", ["3 912", "4 075", "3 930"], rt_cols, RI, sep=" "),
    ]
    NEG["r10_b_raddningstjanst_ar"] = [
        N("4 typer", note="cookie banner"), N("2026-02-04"), N("Lästid 3 min", note="reading time: page furniture"),
        N("2025", ctx="händelser under [2025].", note="'under 2025' is a time"), N("2024", ctx="mot fem [2024].", note="a time"),
        N("2025", ctx="Händelse [2025]", note="column header"), N("2024", ctx="Händelse 2025 [2024]", note="column header"),
        N("2020–2024", note="column header 'Snitt 2020–2024'"), N("3 enkla steg", note="related-article teaser (chrome)"),
        N("12 kommuner", note="related-article teaser (chrome)"), N("Box 418"), N("731 42"), N("0221-77 45 00"),
        N("222000-1357"), N("2026", ctx="Mälarbygden [2026]", note="copyright year"),
    ]

    # ---------------------------------------------------------------- 5. half-year report (dateline 17 July 2025)
    Q, B = dict(t=Y25, lenient=True), dict(t=Y24)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR5 = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RMB = ("rörelsemarginalen", "rörelsemarginalen")
    RPA = ("Resultatet per aktie", "Resultatet")
    OI = ("Orderingången", "Orderingången")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    SO = ("Soliditeten", "Soliditeten")
    FS = ("försäljningen", "försäljningen")
    KA = ("Karin Åhlund", "quote")
    GOLD["r10_b_halvarsrapport"] = [
        G("3 procent", 3, "percent", **Q, direction="decrease", s=NO, sp=None, note="under 'ANDRA KVARTALET 2025'"),
        G("842", 842e6, "SEK", ctx="till [842] (868)", **Q, direction="decrease", s=NO, sp=None, note="to-value of 'minskade med 3 procent till'"),
        G("868", 868e6, "SEK", ctx="842 ([868]) MSEK", **B, s=NO, sp=None),
        G("1 procent", 1, "percent", occ=1, **Q, direction="decrease", s=NO, sp=None, note="'Organiskt var minskningen': the thing that changes"),
        G("101", 101e6, "SEK", ctx="till [101] (97)", **Q, s=RR5, sp=None),
        G("97", 97e6, "SEK", ctx="101 ([97]) MSEK", **B, s=RR5, sp=None),
        G("12,0", 12.0, "percent", ctx="om [12,0] (11,2)", **Q, s=RM, sp=None),
        G("11,2", 11.2, "percent", ctx="12,0 ([11,2]) procent", **B, s=RM, sp=None),
        G("1,18", 1.18, "SEK", per="share", ctx="till [1,18] (1,15)", **Q, s=RPA, sp=None),
        G("1,15", 1.15, "SEK", per="share", ctx="1,18 ([1,15]) kronor", **B, s=RPA, sp=None),
        G("6 procent", 6, "percent", **Q, direction="increase", s=OI, sp=None),
        G("905 MSEK", 905e6, "SEK", **Q, direction="increase", s=OI, sp=None),
        G("1 671", 1671e6, "SEK", ctx="till [1 671] (1 652)", **Q, direction="increase", s=NO, sp=None, note="under 'FÖRSTA HALVÅRET 2025'; ', en ökning med 1 procent': the new value"),
        G("1 652", 1652e6, "SEK", ctx="1 671 ([1 652]) MSEK", **B, s=NO, sp=None),
        G("1 procent", 1, "percent", occ=2, **Q, direction="increase", s=NO, sp=None),
        G("196", 196e6, "SEK", ctx="till [196] (178)", **Q, direction="increase", s=RR5, sp=None),
        G("178", 178e6, "SEK", ctx="196 ([178]) MSEK", **B, s=RR5, sp=None),
        G("11,7", 11.7, "percent", ctx="till [11,7] (10,8)", **Q, direction="increase", s=RMB, sp=None, note="'ökade till' is shared"),
        G("10,8", 10.8, "percent", ctx="11,7 ([10,8]) procent", **B, s=RMB, sp=None),
        G("2,29", 2.29, "SEK", per="share", ctx="till [2,29] (2,07)", **Q, s=RPA, sp=None),
        G("2,07", 2.07, "SEK", per="share", ctx="2,29 ([2,07]) kronor", **B, s=RPA, sp=None),
        G("214", 214e6, "SEK", ctx="var [214] (156)", **Q, s=KF, sp=None),
        G("156", 156e6, "SEK", ctx="214 ([156]) MSEK", **B, s=KF, sp=None),
        G("47", 47, "percent", ctx="var [47] (44)", **Q, s=SO, sp=None, note="'den 30 juni'"),
        G("44", 44, "percent", ctx="47 ([44]) procent", **B, s=SO, sp=None, note="balance-sheet bracket: the same date a year before"),
        G("14 procent", 14, "percent", **Q, direction="decrease", s=FS, sp=KA),
        G("9 procent", 9, "percent", **Q, direction="increase", s=FS, sp=KA),
        G("22 procent", 22, "percent", **Q, direction="increase", s=FS, sp=KA, note="the verb and its subject are carried"),
        G("en femtedel", 0.2, "ratio", t=Y25, s=("Nordamerika", "Nordamerika"), sp=KA, note="'som nu står för en femtedel av koncernens omsättning'"),
        G("0,8 procentenheter", 0.8, "percentage_point", **Q, direction="increase", s=RMB, sp=KA),
        G("40 MSEK", 40e6, "SEK", per="year", s=("besparingar", "besparingar"), sp=KA, note="'på årsbasis när det är fullt genomfört': no period"),
        G("3 390 MSEK", 3390e6, "SEK", t=Y24, s=("en omsättning", "omsättning"), sp=KA, note="'fjolårets'"),
        G("11–13 procent", None, "percent", low=11, high=13, t=Y25, s=RM, sp=KA, note="outlook 'För helåret 2025 räknar vi med'"),
        G("cirka 120 MSEK", 120e6, "SEK", bound="approx", t=Y25, lenient=True, s=("ett ramavtal", "ramavtal"), sp=None, note="signed 'I juli'"),
        G("tre år", 3, "year", s=("ett ramavtal", "ramavtal"), sp=None, note="the length of the agreement"),
    ]
    NEG["r10_b_halvarsrapport"] = [
        N("januari–juni 2025", note="title: the report period"), N("ANDRA KVARTALET 2025"), N("FÖRSTA HALVÅRET 2025"),
        N("30 juni"), N("helåret 2025", note="'För helåret 2025' is a time"), N("17 juli 2025"), N("07.30"), N("0611-55 20 40"),
    ]

    # ---------------------------------------------------------------- 6. crime statistics 2025 (Publicerad 26 mars 2026)
    BR = ("brott", "brott")
    ST = ("Stöld- och tillgreppsbrotten", "tillgreppsbrotten")
    BD = ("Bedrägeribrotten", "Bedrägeribrotten")
    VB = ("Antalet anmälda våldsbrott", "Antalet")
    SX = ("anmälda sexualbrott", "sexualbrott")
    SK = ("Anmälda skjutningar", "skjutningar")
    AB = ("Anmälda brott per brottskategori", "brott")
    br_cols = [("count", 1, None, Y24, False, False), ("count", 1, None, Y25, False, False),
               ("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, False, False)]
    AE6 = ("Anna Ekvall", "quote")
    GOLD["r10_b_brott_ar"] = [
        G("1 386 000 brott", 1386000, "count", t=Y25, direction="decrease", s=BR, sp=None, note="'Under 2025'; 'Det är en minskning med 3 procent jämfört med föregående år': the new value"),
        G("3 procent", 3, "percent", t=Y25, lenient=True, direction="decrease", s=BR, sp=None),
        G("13 180", 13180, "count", per="capita", t=Y25, lenient=True, direction="decrease", s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare'; 'mot 13 720 året innan': the new value"),
        G("13 720", 13720, "count", per="capita", t=Y24, lenient=True, s=("anmälda brott", "brott"), sp=None),
        G("7 procent", 7, "percent", t=Y25, lenient=True, direction="decrease", s=ST, sp=None),
        G("468 000", 468000, "count", occ=1, t=Y25, lenient=True, direction="decrease", s=ST, sp=None, note="to-value"),
        G("34 procent", 34, "percent", t=Y25, lenient=True, s=ST, sp=None, note="'utgör därmed': present tense in a report on 2025"),
        G("46 procent", 46, "percent", t=Y["2015"], s=("andelen", "andelen"), sp=None, note="'År 2015'"),
        G("13 900", 13900, "count", t=Y25, lenient=True, direction="decrease", s=("Bostadsinbrotten", "Bostadsinbrotten"), sp=None, note="'fortsatte att minska'"),
        G("knappt hälften", 0.5, "ratio", bound="approx", t=("2015", "2025"), direction="decrease", optional=True, s=None, sp=None, note="multiplier of a change since 2015"),
        G("5 procent", 5, "percent", t=Y25, lenient=True, direction="increase", s=BD, sp=None),
        G("231 000", 231000, "count", occ=1, t=Y25, lenient=True, direction="increase", s=BD, sp=None),
        G("Var sjätte", 1 / 6, "ratio", t=Y25, lenient=True, s=("anmälan", "anmälan"), sp=None),
        G("Nästan 60 procent", 60, "percent", bound="approx", t=Y25, lenient=True, s=("bedrägerierna", "bedrägerierna"), sp=None),
        G("112 500", 112500, "count", t=Y25, lenient=True, direction="increase", s=VB, sp=None, note="to-value of 'ökade marginellt till'"),
        G("+1 procent", 1, "percent", t=Y25, lenient=True, direction="increase", s=VB, sp=None, note="the change in brackets"),
        G("4 procent", 4, "percent", ctx="med [4 procent] till", t=Y25, lenient=True, direction="increase", s=SX, sp=None),
        G("24 300", 24300, "count", t=Y25, lenient=True, direction="increase", s=SX, sp=None),
        G("296", 296, "count", ctx="från [296] till", t=Y24, lenient=True, s=SK, sp=None, note="from-value"),
        G("204", 204, "count", ctx="till [204],", t=Y25, lenient=True, direction="decrease", s=SK, sp=None),
        G("fördubblats", 2, "number", bound="more_than", direction="increase", optional=True, s=("antalet anmälningar", "antalet"), sp=AE6, note="'mer än fördubblats på fem år'"),
        G("fem år", 5, "year", optional=True, s=None, sp=AE6, note="'på fem år': the span of the change"),
        *_row(G, "| Stöld och tillgrepp", ["503 200", "468 000", "−7", "34"], br_cols, AB, note="table 'Anmälda brott per brottskategori', columns '2024', '2025', 'Förändring, %', 'Andel 2025, %'"),
        *_row(G, "| Bedrägeri", ["220 000", "231 000", "+5", "17"], br_cols, AB),
        *_row(G, "| Samtliga brott", ["1 428 900", "1 386 000", "−3", "100"], br_cols, AB),
    ]
    NEG["r10_b_brott_ar"] = [
        N("2025", ctx="brott [2025]:", note="title"), N("26 mars 2026"), N("Under 2025"),
        N("100 000", note="the denominator of 'per 100 000 invånare'"), N("År 2015"), N("2015", ctx="som [2015].", note="baseline year"),
        N("2014", note="'sedan 2014' is a time"), N("2024", ctx="| Brottskategori | [2024] |", note="column header"),
        N("2025", ctx="| 2024 | [2025] |", note="column header"), N("Andel 2025", note="column header"),
    ]

    # ---------------------------------------------------------------- 7. wage statistics 2024 (dateline 17 June 2025)
    KL7 = ("Kvinnors lön", "lön")
    ML = ("Den genomsnittliga månadslönen i Sverige", "månadslönen")
    LS = ("Löneskillnaden mellan kvinnor och män", "Löneskillnaden")
    MLN = ("medellönen", "medellönen")
    ES = ("Elin Sandqvist", "quote")
    lon_cols = [("SEK", 1, "month", Y24, False, False), ("SEK", 1, "month", Y24, False, False),
                ("percent", 1, None, Y24, False, False)]
    lon_s = [("Medellön per sektor", "Medellön"), ("Medellön per sektor", "Medellön"), ("Kvinnors lön i % av mäns", "lön")]
    GOLD["r10_b_lonestatistik"] = [
        G("91,1 procent", 91.1, "percent", occ=1, t=Y24, lenient=True, s=KL7, sp=None, note="headline"),
        G("38 400 kronor", 38400, "SEK", per="month", t=Y24, direction="increase", s=ML, sp=None, note="', en ökning med 4,3 procent jämfört med 2023': the new value"),
        G("4,3 procent", 4.3, "percent", t=Y24, direction="increase", s=ML, sp=None),
        G("36 620 kronor", 36620, "SEK", per="month", t=Y24, lenient=True, s=("Kvinnornas medellön", "medellön"), sp=None),
        G("40 200 kronor", 40200, "SEK", per="month", t=Y24, lenient=True, s=("medellön", "medellön"), sp=None, note="'och männens 40 200 kronor': the measure is carried"),
        G("91,1 procent", 91.1, "percent", occ=2, t=Y24, lenient=True, direction="increase", s=KL7, sp=None, note="'mot 90,6 procent året innan': the new value"),
        G("90,6 procent", 90.6, "percent", t=Y23, lenient=True, s=KL7, sp=None),
        G("0,5 procentenheter", 0.5, "percentage_point", t=Y24, lenient=True, direction="decrease", s=LS, sp=None),
        G("8,9 procent", 8.9, "percent", t=Y24, lenient=True, direction="decrease", s=LS, sp=None, note="to-value"),
        G("4,6 procentenheter", 4.6, "percentage_point", t=("2014", "2024"), lenient=True, direction="decrease", s=("skillnaden", "skillnaden"), sp=None, note="'Sedan 2014'"),
        G("4,5 procent", 4.5, "percent", t=Y24, lenient=True, s=("en oförklarad löneskillnad", "löneskillnad"), sp=None),
        G("79,8 procent", 79.8, "percent", t=Y24, lenient=True, s=("kvinnor", "kvinnor"), sp=None, note="'där kvinnor tjänar 79,8 procent av vad män tjänar'"),
        G("97,6 procent", 97.6, "percent", t=Y24, lenient=True, s=("kvinnornas lön", "lön"), sp=None),
        G("4,1 procent", 4.1, "percent", t=Y24, lenient=True, direction="increase", s=MLN, sp=None),
        G("38 900 kronor", 38900, "SEK", per="month", t=Y24, lenient=True, direction="increase", s=MLN, sp=None, note="'i månaden'"),
        G("4,8 procent", 4.8, "percent", t=Y24, lenient=True, direction="increase", s=MLN, sp=None, note="'den i staten': 'den' = medellönen"),
        G("43 700 kronor", 43700, "SEK", per="month", t=Y24, lenient=True, direction="increase", s=MLN, sp=None),
        G("tio åren", 10, "year", optional=True, s=None, sp=ES, note="'de senaste tio åren': a period span"),
        G("15–20 år", None, "year", low=15, high=20, s=None, sp=ES, note="the time left until the gap closes: no subject, no period"),
        *_row(G, "Kommuner", ["35 100", "35 960", "97,6"], lon_cols, lon_s, sep=" ", note="table 'Medellön per sektor 2024, kronor per månad', columns 'Kvinnor', 'Män', 'Kvinnors lön i % av mäns'"),
        *_row(G, "Regioner", ["43 300", "54 260", "79,8"], lon_cols, lon_s, sep=" "),
        *_row(G, "Staten", ["41 800", "45 400", "92,1"], lon_cols, lon_s, sep=" "),
        *_row(G, "Privat sektor", ["35 900", "41 300", "86,9"], lon_cols, lon_s, sep=" "),
        G("cirka 3,3 miljoner anställda", 3.3e6, "count", bound="approx", t=Y24, lenient=True, s=("anställda", "anställda"), sp=None),
    ]
    NEG["r10_b_lonestatistik"] = [
        N("Lönestatistik 2024", note="title"), N("17 juni 2025"), N("2024", ctx="kronor [2024],", note="a time"),
        N("2023", note="'jämfört med 2023' is the baseline year"), N("Sedan 2014"), N("2024", ctx="sektor [2024],", note="caption year"),
        N("08-700 26 90"),
    ]

    # ---------------------------------------------------------------- 8. TT item, no date and no year (time not annotated)
    VI = ("villapriserna", "villapriserna")
    GOLD["r10_b_tt_bostadspriser"] = [
        G("4 procent", 4, "percent", direction="increase", s=("Priserna på villor", "Priserna"), sp=("Mäklarindex", "enligt"), note="'på ett år' unresolved"),
        G("4,3 miljoner kronor", 4.3e6, "SEK", s=("Snittpriset för en villa i landet", "Snittpriset"), sp=None, note="'ligger nu på': a level; 'enligt' credits its own sentence only"),
        G("tre månaderna", 3, "month", occ=1, optional=True, s=None, sp=None, note="'Under de senaste tre månaderna': a period span"),
        G("2 procent", 2, "percent", occ=1, direction="increase", s=("priset per kvadratmeter", "priset"), sp=None),
        G("48 600 kronor", 48600, "SEK", per="m2", direction="increase", s=("priset per kvadratmeter", "priset"), sp=None, note="to-value"),
        G("14 300 villor", 14300, "count", direction="increase", s=("villor", "villor"), sp=None, note="', 9 procent fler än samma period i fjol': the new value"),
        G("9 procent", 9, "percent", direction="increase", s=("villor", "villor"), sp=None),
        G("tio–tolv spekulanter", None, "count", low=10, high=12, s=("spekulanter", "spekulanter"), sp=("Johanna Berglund", "quote")),
        G("7 procent", 7, "percent", direction="increase", s=VI, sp=None),
        G("5 procent", 5, "percent", occ=1, direction="increase", s=VI, sp=None, note="'följt av Stockholmsområdet med 5 procent': the measure is carried"),
        G("3 procent", 3, "percent", direction="increase", s=("bostadsrätterna i centrala Malmö", "bostadsrätterna"), sp=None, note="'blev 3 procent dyrare'"),
        G("7,8 miljoner kronor", 7.8e6, "SEK", s=("Snittpriset på en villa i Storstockholm", "Snittpriset"), sp=None),
        G("dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="'nästan dubbelt så mycket som i landet som helhet': a comparison at one time"),
        G("1,9 miljoner kronor", 1.9e6, "SEK", s=("en villa", "villa"), sp=None),
        G("12 procent", 12, "percent", direction="decrease", s=("Antalet villor till salu", "Antalet"), sp=("Bostadstorget", "enligt"), note="'lägre än för ett år sedan': one thing over time"),
        G("8 procent", 8, "percent", direction="decrease", s=("bostadsrätter", "bostadsrätter"), sp=None, note="'För bostadsrätter är minskningen'"),
        G("3–5 procent", None, "percent", low=3, high=5, direction="increase", s=VI, sp=("Per Lindgren", "quote"), note="'under nästa år' unresolved"),
        G("2 procent", 2, "percent", ctx="uppgång på [2 procent]", direction="increase", s=("Fritidshusen", "Fritidshusen"), sp=None),
        G("2,2 miljoner kronor", 2.2e6, "SEK", direction="increase", s=("ett snittpris", "snittpris"), sp=None, note="to-value"),
        G("drygt 21 000 försäljningar", 21000, "count", bound="approx", s=("försäljningar", "försäljningar"), sp=None, note="what the index is based on; no credit"),
        G("tre månaderna", 3, "month", occ=2, optional=True, s=None, sp=None),
    ]
    NEG["r10_b_tt_bostadspriser"] = [
        N("ett år", 1, note="'på ett år' is the span of the change"), N("ett år", 2, note="'för ett år sedan' is a time"),
        N("ett år", 3, note="'på ett år'"),
    ]

    return GOLD, NEG
