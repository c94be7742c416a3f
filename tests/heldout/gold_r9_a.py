"""Round 9, part A (r9_a_*): gold annotations, written before the pipeline was ever run on these texts.

Loaded by build_gold.py (`annotate(G, N)` returns (GOLD, NEG) by document id).
"""
# --- round 9, part A (r9_a_*): eight kinds, each text adapted from stored public pages or written (r9_sources_a.md),
# annotated with subject and speaker as a fact-checker reads them: a listed real-estate company's interim report
# January-September (bracketed prior figures '412 (386) Mkr', negative value changes '−54 (−212) Mkr', per-share,
# loan-to-value, 'gånger', a plain-text key-figure table with 'Jan–sep 2025' / 'Jan–sep 2024' / 'Helår 2024' columns),
# monthly new-car registrations (Markdown table by fuel with a signed change column and a share column, 'Hittills i
# år', 'Var tredje', 'mer än dubbelt så många som'), monthly bankruptcies by branch (a saved agency page with cookie
# banner, menu, related teasers and footer as chrome; an HTML table), a central bank's policy-rate decision (forecasts
# per coming year, a Markdown forecast table whose brackets hold the previous forecast of the same year), monthly
# electricity prices per price area (SE1-SE4 are names; öre/kWh; a household example), a municipal budget decision for
# next year (unchanged tax rate, 'från 640 till 710 miljoner kronor', 'varav', per inhabitant, a Markdown key-figure
# table with years in the headers), an opinion-poll release (shares, points, margin of error as a range, sample size,
# fieldwork dates) and an undated debate article (multipliers, '40 procent mer på X än Y', imperative demands, a
# negated bound). Subject and speaker as in round 6. The r8 decisions are followed; where they were silent:
# - Periods at year grain (a month or a quarter of 2025 is ('2025', '2025')). A figure whose sentence names no time
#   takes its period from the document (dateline, heading, publication date): lenient. A relative expression in the
#   sentence ('i år', 'nästa år', 'i november förra året', 'december 2024') resolves against the publication date and is
#   not lenient; a month without a year ('i november', 'i oktober') is lenient, as r8_b_polis_manad.
# - Levels followed by ', en ökning/minskning med X', ', X fler än', 'mot X i <earlier time>', 'jämfört med X i
#   <earlier time>' are the new value after a change (direction), as r8 part B; the earlier value has none. 'mot' that
#   sets two things side by side at one time ('53,3 procent, mot 44,0 procent för regeringspartierna') is a comparison:
#   no direction. 'ligger kvar på' and 'oförändrad' have no direction.
# - Bracketed prior figures take the comparison period; a bracket of a balance-sheet item (market value, loan-to-value
#   at 30 September) is the same date a year before (as r7). A bracket that holds the previous poll ('20,3 procent
#   (20,1)') takes the previous poll's period (October 2025: '2025', lenient). In the central bank's forecast table the
#   bracket is the previous forecast ('Prognosen från september inom parentes') of the SAME year: its period is the
#   column's year, not the year before.
# - 'Värdeförändringar på förvaltningsfastigheter uppgick till −54 (−212) Mkr': a noun of change with a sign, so each
#   figure is a decrease of value over its period (unlike the sign of a nettotal in r8, which is a level). A negative
#   result ('96 (−38) Mkr') is a level (a loss), no direction.
# - A restatement of a to-value in another unit carries the same direction ('stiga till 2,9 miljarder kronor, eller
#   cirka 86 000 kronor per invånare'). 'varav 15 miljoner går till fler speciallärare' inside an increase is an
#   allocation of it: no direction (subject: the goal of the money).
# - A revision against an earlier forecast ('2,4 procent nästa år, vilket är 0,3 procentenheter mer än i prognosen från
#   september') is a change over time of the forecast: direction increase, period of the forecast year.
# - 'väntas'/'beräknas' forecasts of a level have no direction unless a verb of change is used ('sjunka till', 'växa
#   med', 'öka med', 'stiga till'). An inflation rate or a policy rate in a table is a level (as r7); the forecast table
#   here has no growth row, so no table cell carries a direction except the signed change columns.
# - Interest coverage '2,3 (2,0) gånger' is unit 'number'; per share is per 'share'; öre/kWh is SEK per 'kWh' (an
#   öre difference carries the per-kWh rate: '29,1 öre', '16,9 öre'); 'för månaden' and 'i december' make a cost of
#   that month, not a rate (as r7); '1,2 miljoner cykelresor per dag' is per 'day'; a return of 'mellan 3 och 6 kronor'
#   for 'varje krona' is per 'SEK' (the invested krona is the denominator).
# - Thresholds that delimit a group are optional ('50 eller fler anställda', 'över 16 ton', 'under 30 år', 'över 65
#   år', 'runt 5 procent', 'kortare än fem kilometer'), as is the parliamentary threshold 'riksdagsspärren på 4 procent'
#   (a rule); multipliers in comparisons are optional ('dubbelt så', 'tre gånger fler', 'nästan fem gånger så mycket',
#   'hälften så mycket som', 'mer än fördubbla'), and 'fem ledamöter' names the members of a set (optional, as '21 län').
#   'nästan dubbelt så stort som i juni' compares one thing over time: its multiplier and its level carry 'increase'.
# - Speakers: 'Det visar X' credits X for its own and the previous sentence (r8); 'Direktionen har beslutat' credits
#   Direktionen, 'Riksbanken bedömer att' credits Riksbanken for the figures of its clause (the target included);
#   'Kommunen räknar med' and 'Oppositionen ville' credit the named body; quotes take the quoted person; the debate
#   writers' demands are 'publisher' with the first signer as speaker; 'Enligt flera samhällsekonomiska kalkyler' is
#   'enligt'. 'väntas' with no named source is plain reporting (None).
# - The undated debate article has no publication date: 'förra året', 'i dag', 'varje år' are unresolved (time not
#   annotated); only 'till 2035' gives a period.
# - Negatives: datelines, 'Publicerad' lines and times of day, headers of periods ('Jan–sep 2025', 'Nov 2025', 'Budget
#   2026', 'Plan 2027', '| 2025 |', 'Förändring mot dec 2024', 'Andel 2025'), years used as time expressions ('för
#   2026', 'fram till 2028', 'procent 2027', 'till 2035', 'riksdagsvalet 2022'), fieldwork dates, names with digits
#   ('Kajen 4', 'SE1'-'SE4' every time, 'elområde 3', 'elområde 4'), 'Invånare 31 dec', phone numbers, postal codes,
#   box addresses, org numbers, the cookie count and related-article teasers.
# - Left out on purpose (no digits, neither G nor N): ordinal words of periods ('tionde kvartalet i följd', 'nionde
#   månaden i rad'), the article 'en/ett', 'båda', 'en av de bästa'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2022", "2023", "2024", "2025", "2026", "2027", "2028", "2035")}


def _num(c: str) -> float:
    return float(c.replace(" ", "").replace(",", ".").replace("−", "-").replace("+", "").replace("%", ""))


def _row(G, label, cells, specs, sep=" "):
    """One table row. cells: the cells as written (None to skip); specs: one dict per cell with unit, scale, t,
    lenient, signed (direction from the sign), per, s. The context is the row label and the cells before the cell."""
    out = []
    for i, (c, sp) in enumerate(zip(cells, specs)):
        if c is None:
            continue
        v = _num(c) * sp.get("scale", 1)
        direction = None
        if sp.get("signed"):
            direction = "increase" if v > 0 else "decrease" if v < 0 else None
        prefix = sep.join(cells[:i])
        ctx = f"{label}{sep}{prefix}{sep if prefix else ''}[{c}]"
        out.append(G(c, round(v, 6), sp["unit"], per=sp.get("per"), t=sp["t"], lenient=sp.get("lenient", False),
                     direction=direction, s=sp["s"], sp=None, ctx=ctx, note=sp.get("note", "") if i == 0 else ""))
    return out


def _bracket_row(G, label, cells, years, unit, s):
    """A forecast-table row of 'x (y)' cells: x is this forecast, y (in brackets) the previous forecast of the same
    year; both take the column's year."""
    out = []
    for i, (c, y) in enumerate(zip(cells, years)):
        now, prev = c.split(" (")
        prev = prev.rstrip(")")
        before = " | ".join(cells[:i])
        pre = f"| {label} | {before}{' | ' if before else ''}"
        out.append(G(now, _num(now), unit, t=Y[y], s=s, sp=None, ctx=f"{pre}[{now}] ({prev})"))
        out.append(G(prev, _num(prev), unit, t=Y[y], s=s, sp=None, ctx=f"{pre}{now} ([{prev}])",
                     note="the previous forecast of the same year ('Prognosen från september inom parentes')" if i == 0 else ""))
    return out


def annotate(G, N):
    GOLD, NEG = {}, {}

    # ---------------------------------------------------------------- 1. interim report, real estate
    HY = ("Hyresintäkterna", "Hyresintäkterna")
    DO = ("Driftöverskottet", "Driftöverskottet")
    OG = ("en överskottsgrad", "överskottsgrad")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    FRA = ("förvaltningsresultatet", "förvaltningsresultatet")
    VF = ("Värdeförändringar på förvaltningsfastigheter", "Värdeförändringar")
    PR = ("Periodens resultat efter skatt", "resultat")
    MV = ("Marknadsvärdet på fastighetsbeståndet", "Marknadsvärdet")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    BG = ("belåningsgraden", "belåningsgraden")
    RA = ("Den genomsnittliga räntan", "räntan")
    RT = ("Räntetäckningsgraden", "Räntetäckningsgraden")
    JE = ("Johan Ekström", "quote")
    T_FA = lambda s, unit="SEK", scale=1e6, per=None: [
        dict(unit=unit, scale=scale, per=per, t=Y["2025"], s=s,
             note="table 'NYCKELTAL', 'Mkr', columns 'Jan–sep 2025', 'Jan–sep 2024', 'Helår 2024'"),
        dict(unit=unit, scale=scale, per=per, t=Y["2024"], s=s),
        dict(unit=unit, scale=scale, per=per, t=Y["2024"], s=s)]
    GOLD["r9_a_delarsrapport_fastighet"] = [  # dateline 23 October 2025; January–September 2025; brackets: 2024
        G("7 procent", 7, "percent", t=Y["2025"], lenient=True, direction="increase", s=HY, sp=None),
        G("412", 412e6, "SEK", ctx="till [412] (386)", t=Y["2025"], lenient=True, direction="increase", s=HY, sp=None, note="to-value of 'ökade med 7 procent till'"),
        G("386", 386e6, "SEK", ctx="412 ([386]) Mkr", t=Y["2024"], s=HY, sp=None),
        G("297", 297e6, "SEK", ctx="till [297] (271)", t=Y["2025"], lenient=True, s=DO, sp=None),
        G("271", 271e6, "SEK", ctx="297 ([271]) Mkr", t=Y["2024"], s=DO, sp=None),
        G("72", 72, "percent", ctx="om [72] (70)", t=Y["2025"], lenient=True, s=OG, sp=None),
        G("70", 70, "percent", ctx="72 ([70]) procent", t=Y["2024"], s=OG, sp=None),
        G("11 procent", 11, "percent", t=Y["2025"], lenient=True, direction="increase", s=FR, sp=None),
        G("168", 168e6, "SEK", ctx="till [168] (151)", t=Y["2025"], lenient=True, direction="increase", s=FR, sp=None),
        G("151", 151e6, "SEK", ctx="168 ([151]) Mkr", t=Y["2024"], s=FR, sp=None),
        G("3,36", 3.36, "SEK", per="share", ctx="förvaltningsresultatet [3,36] (3,02)", t=Y["2025"], lenient=True, s=FRA, sp=None, note="'Per aktie blev förvaltningsresultatet': a level of its own sentence"),
        G("3,02", 3.02, "SEK", per="share", ctx="3,36 ([3,02]) kronor", t=Y["2024"], s=FRA, sp=None),
        G("−54", -54e6, "SEK", ctx="till [−54] (−212)", t=Y["2025"], lenient=True, direction="decrease", s=VF, sp=None, note="a noun of change with a sign: the value fell"),
        G("−212", -212e6, "SEK", ctx="−54 ([−212]) Mkr", t=Y["2024"], direction="decrease", s=VF, sp=None),
        G("96", 96e6, "SEK", ctx="blev [96] (−38)", t=Y["2025"], lenient=True, s=PR, sp=None),
        G("−38", -38e6, "SEK", ctx="96 ([−38]) Mkr", t=Y["2024"], s=PR, sp=None, note="a loss: a level, no direction"),
        G("5,1 procent", 5.1, "percent", t=Y["2025"], lenient=True, direction="increase", s=("hyresintäkterna i jämförbart bestånd", "hyresintäkterna"), sp=JE),
        G("7 845", 7845e6, "SEK", ctx="till [7 845] (7 610)", t=Y["2025"], lenient=True, s=MV, sp=None, note="'den 30 september' of the report year"),
        G("7 610", 7610e6, "SEK", ctx="7 845 ([7 610]) Mkr", t=Y["2024"], s=MV, sp=None, note="balance-sheet bracket: the same date a year before"),
        G("64 fastigheter", 64, "count", t=Y["2025"], lenient=True, s=("fastigheter", "fastigheter"), sp=None),
        G("cirka 318 000 kvadratmeter", 318000, "m2", bound="approx", t=Y["2025"], lenient=True, s=("en uthyrbar area", "area"), sp=None),
        G("93,1 procent", 93.1, "percent", t=Y["2025"], lenient=True, direction="increase", s=UG, sp=None, note="'mot 92,4 procent ett år tidigare': the new value"),
        G("92,4 procent", 92.4, "percent", t=Y["2024"], lenient=True, s=UG, sp=None),
        G("286 Mkr", 286e6, "SEK", t=Y["2025"], lenient=True, s=("befintliga fastigheter och projekt", "fastigheter"), sp=None, note="'investerade bolaget ... i': the goal of the money"),
        G("118 Mkr", 118e6, "SEK", t=Y["2025"], lenient=True, s=("nybyggnationen av kontorshuset Kajen 4 i Sundsvall", "nybyggnationen"), sp=None, note="'varav ... avsåg'"),
        G("4 120 Mkr", 4120e6, "SEK", t=Y["2025"], lenient=True, s=("Den räntebärande skulden", "skulden"), sp=None),
        G("52,5", 52.5, "percent", ctx="till [52,5] (54,8)", t=Y["2025"], lenient=True, s=BG, sp=None),
        G("54,8", 54.8, "percent", ctx="52,5 ([54,8]) procent", t=Y["2024"], s=BG, sp=None),
        G("3,9 procent", 3.9, "percent", t=Y["2025"], lenient=True, direction="decrease", s=RA, sp=None, note="'jämfört med 4,4 procent vid årsskiftet': the new value"),
        G("4,4 procent", 4.4, "percent", t=Y["2024"], lenient=True, s=RA, sp=None, note="'vid årsskiftet' of a 2025 report: 31 December 2024"),
        G("2,3", 2.3, "number", ctx="till [2,3] (2,0)", t=Y["2025"], lenient=True, direction="increase", s=RT, sp=None, note="'förbättrades till ... gånger'"),
        G("2,0", 2.0, "number", ctx="2,3 ([2,0]) gånger", t=Y["2024"], s=RT, sp=None),
        *_row(G, "Hyresintäkter", ["412", "386", "522"], T_FA(("Hyresintäkter", "Hyresintäkter"))),
        *_row(G, "Förvaltningsresultat", ["168", "151", "205"], T_FA(("Förvaltningsresultat", "Förvaltningsresultat"))),
        *_row(G, "Överskottsgrad, %", ["72", "70", "70"], T_FA(("Överskottsgrad", "Överskottsgrad"), unit="percent", scale=1)),
        *_row(G, "Belåningsgrad, %", ["52,5", "54,8", "54,1"], T_FA(("Belåningsgrad", "Belåningsgrad"), unit="percent", scale=1)),
    ]
    NEG["r9_a_delarsrapport_fastighet"] = [
        N("januari–september 2025", note="title: the report period"), N("23 oktober 2025", 1), N("JANUARI–SEPTEMBER 2025"),
        N("30 september"), N("ett år", note="'ett år tidigare' is a time"), N("Kajen 4", note="a name"),
        N("Jan–sep 2025"), N("Jan–sep 2024"), N("Helår 2024"), N("060-17 42 00"), N("23 oktober 2025", 2), N("08.00"),
    ]

    # ---------------------------------------------------------------- 2. new car registrations
    FB = ("Fordonsbranschen Sverige", "credited")
    AW = ("Anders Wiklund", "quote")
    NP = ("nya personbilar", "personbilar")
    NPD = ("Nyregistrerade personbilar per drivmedel", "personbilar")
    T_NY = [dict(unit="count", t=Y["2025"], s=NPD,
                 note="table 'Nyregistrerade personbilar per drivmedel, november', columns 'Nov 2025', 'Nov 2024', 'Förändring, %', 'Andel 2025, %'"),
            dict(unit="count", t=Y["2024"], s=NPD),
            dict(unit="percent", t=Y["2025"], lenient=True, signed=True, s=NPD),
            dict(unit="percent", t=Y["2025"], s=NPD)]
    GOLD["r9_a_nyregistreringar"] = [  # dateline 1 December 2025; November 2025
        G("24 318 nya personbilar", 24318, "count", t=Y["2025"], lenient=True, direction="increase", s=NP, sp=FB, note="', 6,2 procent fler än i november förra året': the new value; 'Det visar' credits the sentence before"),
        G("6,2 procent", 6.2, "percent", t=Y["2025"], lenient=True, direction="increase", s=NP, sp=FB),
        G("39,4 procent", 39.4, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Rena elbilar", "elbilar"), sp=None, note="'mot 34,0 procent i november 2024': the new value"),
        G("34,0 procent", 34.0, "percent", t=Y["2024"], s=("Rena elbilar", "elbilar"), sp=None),
        G("23 procent", 23, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet nya elbilar", "Antalet"), sp=None),
        G("9 581", 9581, "count", ctx="till [9 581].", t=Y["2025"], lenient=True, direction="increase", s=("Antalet nya elbilar", "Antalet"), sp=None),
        G("4 procent", 4, "percent", ctx="med [4 procent], och", t=Y["2025"], lenient=True, direction="decrease", s=("Laddhybriderna", "Laddhybriderna"), sp=None),
        G("5,1 procent", 5.1, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("dieselbilarnas andel", "andel"), sp=None, note="'har krympt till'"),
        G("252 640 personbilar", 252640, "count", t=Y["2025"], lenient=True, direction="decrease", s=("personbilar", "personbilar"), sp=None, note="'Hittills i år'; ', en minskning med 1,3 procent': the new value"),
        G("1,3 procent", 1.3, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("personbilar", "personbilar"), sp=None),
        G("Var tredje", 1 / 3, "ratio", t=Y["2025"], lenient=True, s=("ny bil", "bil"), sp=None),
        G("dubbelt", 2, "number", bound="more_than", optional=True, sp=AW, note="'mer än dubbelt så många som bensinbilarna': a comparison"),
        G("drygt 15 procent", 15, "percent", bound="approx", t=Y["2025"], lenient=True, direction="decrease", s=("den totala marknaden", "marknaden"), sp=AW, note="'under nivån före pandemin': one thing over time, a change (r7)"),
        G("11,6 procent", 11.6, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("Lätta lastbilar", "lastbilar"), sp=None),
        G("3 204", 3204, "count", t=Y["2025"], lenient=True, direction="decrease", s=("Lätta lastbilar", "lastbilar"), sp=None),
        G("16 ton", 16, "tonne", bound="more_than", optional=True, sp=None, note="'över 16 ton' delimits the class of trucks"),
        G("8 procent", 8, "percent", t=Y["2025"], lenient=True, direction="increase", s=("tunga lastbilar över 16 ton", "lastbilar"), sp=None),
        *[g for lab, cells in (("El", ["9 581", "7 790", "+23,0", "39,4"]), ("Laddhybrid", ["5 012", "5 221", "−4,0", "20,6"]),
                               ("Elhybrid", ["4 206", "3 918", "+7,4", "17,3"]), ("Bensin", ["4 129", "4 362", "−5,3", "17,0"]),
                               ("Diesel", ["1 240", "1 502", "−17,4", "5,1"]), ("Övriga", ["150", "107", "+40,2", "0,6"]),
                               ("Totalt", ["24 318", "22 900", "+6,2", "100,0"]))
          for g in _row(G, f"| {lab}", cells, T_NY if lab == "El" else [dict(d, note="") for d in T_NY], sep=" | ")],
        G("60,0 procent", 60.0, "percent", t=Y["2025"], lenient=True, s=("Laddbara bilar", "bilar"), sp=None),
    ]
    NEG["r9_a_nyregistreringar"] = [
        N("1 december 2025"), N("november 2024"), N("Nov 2025"), N("Nov 2024"), N("Andel 2025", note="column header"),
        N("2 januari 2026"),
    ]

    # ---------------------------------------------------------------- 3. bankruptcies (saved agency page)
    FO = ("företag", "företag")
    KO = ("konkurserna", "konkurserna")
    T_KO = [dict(unit="count", t=Y["2025"], s=("Konkurser", "Konkurser"),
                 note="table 'Företagskonkurser och berörda anställda efter bransch, november 2025', columns 'Konkurser', 'Förändring mot nov 2024, %', 'Berörda anställda'"),
            dict(unit="percent", t=Y["2025"], lenient=True, signed=True, s=("Konkurser", "Konkurser")),
            dict(unit="count", t=Y["2025"], s=("Berörda anställda", "anställda"))]
    GOLD["r9_a_konkurser_manad"] = [  # 'Publicerad: 2025-12-15'; November 2025
        G("742 företag", 742, "count", t=Y["2025"], direction="increase", s=FO, sp=None, note="'Under november 2025'; ', en ökning med 9 procent': the new value"),
        G("9 procent", 9, "percent", t=Y["2025"], direction="increase", s=FO, sp=None),
        G("2 136 personer", 2136, "count", t=Y["2025"], lenient=True, direction="increase", s=("Antalet anställda som berördes av konkurserna", "Antalet"), sp=None, note="'jämfört med 1 588 personer i november förra året': the new value"),
        G("1 588 personer", 1588, "count", t=Y["2024"], s=("Antalet anställda som berördes av konkurserna", "Antalet"), sp=None),
        G("35 procent", 35, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet anställda som berördes av konkurserna", "Antalet"), sp=None),
        G("4 procent", 4, "percent", t=Y["2025"], lenient=True, direction="increase", s=KO, sp=None, note="'Under januari–november': the year from the page"),
        G("8 215", 8215, "count", t=Y["2025"], lenient=True, direction="increase", s=KO, sp=None),
        G("12 procent", 12, "percent", t=Y["2025"], lenient=True, direction="increase", s=("antalet berörda anställda", "antalet"), sp=None),
        G("141 företag", 141, "count", t=Y["2025"], lenient=True, direction="increase", s=FO, sp=None, note="', 17 fler än i november i fjol': the new value"),
        G("17", 17, "count", ctx="konkurs, [17] fler", t=Y["2025"], lenient=True, direction="increase", s=FO, sp=None),
        G("512 personer", 512, "count", t=Y["2025"], lenient=True, direction="increase", s=("Antalet berörda anställda i branschen", "Antalet"), sp=None),
        G("48 procent", 48, "percent", t=Y["2025"], lenient=True, direction="increase", s=("Antalet berörda anställda i branschen", "Antalet"), sp=None),
        G("6 procent", 6, "percent", t=Y["2025"], lenient=True, direction="decrease", s=KO, sp=None),
        G("62 företag", 62, "count", t=Y["2025"], lenient=True, direction="decrease", s=KO, sp=None),
        G("41", 41, "count", ctx="från [41] till 51", t=Y["2024"], lenient=True, s=("partihandeln", "partihandeln"), sp=None, note="from-value: 'Om inget annat anges avser jämförelserna nedan november 2024'"),
        G("51 företag", 51, "count", t=Y["2025"], lenient=True, direction="increase", s=("partihandeln", "partihandeln"), sp=None),
        G("73 företag", 73, "count", t=Y["2025"], lenient=True, s=FO, sp=None),
        G("dubbelt", 2, "number", bound="approx", optional=True, sp=None, note="'nästan dubbelt så många som inom transport och magasinering': two branches at one time"),
        G("388 anställda", 388, "count", t=Y["2025"], lenient=True, s=("anställda", "anställda"), sp=None),
        G("Sju företag", 7, "count", t=Y["2025"], lenient=True, direction="increase", s=FO, sp=None, note="'jämfört med tre i november 2024': the new value"),
        G("50", 50, "count", ctx="med [50] eller fler", bound="at_least", optional=True, sp=None, note="'50 eller fler anställda' delimits the size class"),
        G("tre", 3, "count", ctx="jämfört med [tre] i november", t=Y["2024"], s=FO, sp=None),
        G("53 procent", 53, "percent", t=Y["2025"], lenient=True, s=("Företag utan anställda", "Företag"), sp=None),
        *[g for lab, cells in (("Byggindustri", ["141", "+14", "512"]), ("Handel", ["113", "+6", "268"]),
                               ("Hotell och restaurang", ["73", "+22", "388"]), ("Transport och magasinering", ["38", "−5", "97"]),
                               ("Finans-, fastighets- och företagstjänster", ["126", "+11", "301"]),
                               ("Övriga branscher", ["251", "+5", "570"]), ("Totalt", ["742", "+9", "2 136"]))
          for g in _row(G, lab, cells, T_KO if lab == "Byggindustri" else [dict(d, note="") for d in T_KO])],
    ]
    NEG["r9_a_konkurser_manad"] = [
        N("2 typer", note="cookie banner"), N("Konkurser november 2025", note="title"), N("2025-12-15"),
        N("november 2025", ctx="Under [november 2025] inleddes"), N("november 2024", 1), N("januari–november"),
        N("november 2024", 2), N("november 2024", 3), N("november 2025", ctx="bransch, [november 2025]"),
        N("nov 2024", note="column header"), N("15 januari 2026"),
        N("oktober 2025", note="related-article teaser (chrome)"), N("3 procent", ctx="2025: [3 procent] fler", note="teaser"),
        N("12 000", note="teaser"), N("Box 4120"), N("831 22"), N("063-15 66 00"), N("202100-6529"),
    ]

    # ---------------------------------------------------------------- 4. central bank policy-rate decision
    DIR = ("Direktionen", "credited")
    RB = ("Riksbanken", "credited")
    SR = ("styrräntan", "styrräntan")
    KI = ("KPIF-inflationen", "KPIF-inflationen")
    AL = ("Arbetslösheten", "Arbetslösheten")
    BNP = ("BNP", "BNP")
    YR = ["2025", "2026", "2027"]
    GOLD["r9_a_styrranta_beslut"] = [  # 'Pressmeddelande från Riksbanken, 18 december 2025'; 'i år' 2025, 'nästa år' 2026
        G("1,50 procent", 1.5, "percent", occ=1, t=Y["2025"], lenient=True, direction="decrease", s=("Styrräntan", "Styrräntan"), sp=None, note="title 'Styrräntan sänks till'"),
        G("0,25 procentenheter", 0.25, "percentage_point", t=Y["2025"], lenient=True, direction="decrease", s=SR, sp=DIR),
        G("1,50 procent", 1.5, "percent", occ=2, t=Y["2025"], lenient=True, direction="decrease", s=SR, sp=DIR, note="to-value; applies from 23 December 2025"),
        G("2,3 procent", 2.3, "percent", t=Y["2025"], lenient=True, direction="decrease", s=KI, sp=None, note="'i november, mot 3,0 procent i augusti': the new value"),
        G("3,0 procent", 3.0, "percent", t=Y["2025"], lenient=True, s=KI, sp=None),
        G("2,6 procent", 2.6, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("Inflationen exklusive energipriser (KPIF-XE)", "Inflationen"), sp=None),
        G("1,8 procent", 1.8, "percent", t=Y["2026"], s=KI, sp=RB, note="'Riksbanken bedömer att ... blir 1,8 procent nästa år': a forecast level"),
        G("2,0 procent", 2.0, "percent", t=Y["2027"], s=KI, sp=RB),
        G("2 procent", 2, "percent", ctx="målet på [2 procent]", s=("målet", "målet"), sp=RB, note="the inflation target: no period"),
        G("8,7 procent", 8.7, "percent", ctx="ligga på [8,7 procent] i år", t=Y["2025"], s=AL, sp=None, note="'väntas' with no named source: plain reporting"),
        G("8,1 procent", 8.1, "percent", ctx="till [8,1 procent] 2027", t=Y["2027"], direction="decrease", s=AL, sp=None),
        G("1,2 procent", 1.2, "percent", t=Y["2025"], direction="increase", s=BNP, sp=None, note="'växa med'"),
        G("2,4 procent", 2.4, "percent", t=Y["2026"], direction="increase", s=BNP, sp=None),
        G("0,3 procentenheter", 0.3, "percentage_point", t=Y["2026"], direction="increase", s=BNP, sp=None, note="a revision against the September forecast: a change over time of the forecast"),
        G("Två", 2, "count", ctx="[Två] av direktionens", t=Y["2025"], lenient=True, s=("ledamöter", "ledamöter"), sp=None),
        G("fem ledamöter", 5, "count", optional=True, sp=None, note="the members of a named set ('direktionens fem ledamöter')"),
        *_bracket_row(G, "KPIF", ["2,7 (2,8)", "1,8 (2,0)", "2,0 (2,0)"], YR, "percent", ("KPIF", "KPIF")),
        *_bracket_row(G, "Arbetslöshet, procent", ["8,7 (8,7)", "8,5 (8,4)", "8,1 (8,0)"], YR, "percent", ("Arbetslöshet", "Arbetslöshet")),
        *_bracket_row(G, "Styrränta, procent", ["2,0 (2,0)", "1,5 (1,7)", "1,6 (1,8)"], YR, "percent", ("Styrränta", "Styrränta")),
    ]
    NEG["r9_a_styrranta_beslut"] = [
        N("18 december 2025"), N("09.30"), N("23 december"), N("2026", ctx="delen av [2026]."),
        N("2027", ctx="procent [2027], i linje"), N("2027", ctx="8,1 procent [2027]."),
        N("2025", ctx="| [2025] | 2026", note="column header"), N("2026", ctx="2025 | [2026] | 2027"),
        N("2027", ctx="2026 | [2027] |"), N("30 december"),
    ]

    # ---------------------------------------------------------------- 5. electricity prices per price area
    MP = ("Månadsmedelpris per elområde", "Månadsmedelpris")
    MMP = ("månadens medelpris", "medelpris")
    T_EL = [dict(unit="SEK", scale=0.01, per="kWh", t=Y["2025"], s=MP,
                 note="table 'Månadsmedelpris per elområde, öre/kWh', columns 'Dec 2025', 'Nov 2025', 'Dec 2024', 'Förändring mot dec 2024'"),
            dict(unit="SEK", scale=0.01, per="kWh", t=Y["2025"], s=MP),
            dict(unit="SEK", scale=0.01, per="kWh", t=Y["2024"], s=MP),
            dict(unit="percent", t=Y["2025"], lenient=True, signed=True, s=MP)]
    GOLD["r9_a_elpriser_manad"] = [  # 'Publicerad 2026-01-05'; December 2025 ('i december'), November 2025, December 2024
        G("118,6 öre/kWh", 1.186, "SEK", per="kWh", t=Y["2025"], lenient=True, direction="increase", s=MMP, sp=None, note="'jämfört med 84,2 öre/kWh i november': the new value"),
        G("84,2 öre/kWh", 0.842, "SEK", per="kWh", t=Y["2025"], lenient=True, s=MMP, sp=None),
        G("14 procent", 14, "percent", t=Y["2025"], lenient=True, direction="decrease", s=MMP, sp=None, note="'Det är ... lägre än i december 2024': one price over time"),
        G("137,9 öre/kWh", 1.379, "SEK", per="kWh", t=Y["2024"], s=("priset", "priset"), sp=None, note="'i december 2024, då priset låg på'"),
        G("29,1 öre", 0.291, "SEK", per="kWh", t=Y["2025"], lenient=True, direction="increase", s=("medelpriset", "medelpriset"), sp=None, note="an öre difference of a price per kWh"),
        G("96,4 öre/kWh", 0.964, "SEK", per="kWh", t=Y["2025"], lenient=True, direction="increase", s=("medelpriset", "medelpriset"), sp=None),
        G("31,7 öre/kWh", 0.317, "SEK", per="kWh", t=Y["2025"], lenient=True, s=("priserna", "priserna"), sp=None),
        G("33,0 öre/kWh", 0.33, "SEK", per="kWh", t=Y["2025"], lenient=True, s=("priserna", "priserna"), sp=None),
        G("fyra gånger", 4, "number", bound="approx", optional=True, sp=None, note="'nästan fyra gånger så högt som i SE1': two areas at one time"),
        G("22,2 öre/kWh", 0.222, "SEK", per="kWh", t=Y["2025"], lenient=True, direction="increase", s=("Skillnaden mellan SE3 och SE4", "Skillnaden"), sp=None, note="'mot 16,9 öre i november': the new value"),
        G("16,9 öre", 0.169, "SEK", per="kWh", t=Y["2025"], lenient=True, s=("Skillnaden mellan SE3 och SE4", "Skillnaden"), sp=None),
        *[g for lab, cells in (("SE1", ["31,7", "18,9", "42,0", "−25 %"]), ("SE2", ["33,0", "19,4", "42,3", "−22 %"]),
                               ("SE3", ["96,4", "67,3", "118,4", "−19 %"]), ("SE4", ["118,6", "84,2", "137,9", "−14 %"]))
          for g in _row(G, lab, cells, T_EL if lab == "SE1" else [dict(d, note="") for d in T_EL])],
        G("20 000 kWh", 20000, "kWh", per="year", sp=None, note="'En villa med elvärme som förbrukar': the villa is the actor, no noun names the figure"),
        G("omkring 2 600 kWh", 2600, "kWh", bound="approx", t=Y["2025"], lenient=True, sp=None, note="'använder ... under december'"),
        G("runt 2 510 kronor", 2510, "SEK", bound="approx", t=Y["2025"], lenient=True, direction="decrease", s=("elkostnaden för spotpriset", "elkostnaden"), sp=None, note="'för månaden': the cost of December, not a rate; 'att jämföra med ... i december förra året': the new value"),
        G("cirka 3 080 kronor", 3080, "SEK", bound="approx", t=Y["2024"], s=("elkostnaden för spotpriset", "elkostnaden"), sp=None),
        G("fördubbla", 2, "number", bound="more_than", direction="increase", optional=True, s=("räkningen", "räkningen"), sp=None, note="'kan mer än fördubbla räkningen'"),
        G("2 000 kWh", 2000, "kWh", per="year", s=("en förbrukning", "förbrukning"), sp=None),
        G("ungefär 170 kronor", 170, "SEK", bound="approx", t=Y["2025"], lenient=True, s=("skillnaden mellan SE1 och SE4", "skillnaden"), sp=None, note="'i december': the December cost, not a rate"),
    ]
    NEG["r9_a_elpriser_manad"] = [
        N("2026-01-05"), N("elområde 4", note="a name"), N("elområde 3", note="a name"), N("december 2024"),
        N("Dec 2025"), N("Nov 2025"), N("Dec 2024"), N("dec 2024", note="column header 'Förändring mot dec 2024'"),
        *[N(f"SE{k}", i + 1, note="a price-area name") for k in (1, 2, 3, 4) for i in range(_SE_COUNTS[k])],
    ]

    # ---------------------------------------------------------------- 6. municipal budget decision
    RS = ("ett resultat", "resultat")
    SK = ("Skatteintäkterna och statsbidragen", "Skatteintäkterna")
    INV = ("Investeringarna", "Investeringarna")
    LS = ("Låneskulden", "Låneskulden")
    KOM = ("Kommunen", "credited")
    OPP = ("Oppositionen", "credited")
    T_KB = lambda s, unit="SEK", scale=1e6: [
        dict(unit=unit, scale=scale, t=Y[y], s=s,
             note="table 'Nyckeltal', columns 'Budget 2025', 'Budget 2026', 'Plan 2027', 'Plan 2028'" if y == "2025" else "")
        for y in ("2025", "2026", "2027", "2028")]
    GOLD["r9_a_kommun_budget"] = [  # dateline 25 November 2025; the budget year 2026 ('nästa år'); 'i år', 'i dag' 2025
        G("21,99 kronor", 21.99, "SEK", t=Y["2026"], lenient=True, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'blir oförändrad på': no direction"),
        G("31 röster", 31, "count", t=Y["2025"], lenient=True, s=("röster", "röster"), sp=None),
        G("20", 20, "count", ctx="röster mot [20].", t=Y["2025"], lenient=True, s=("röster", "röster"), sp=None, note="the noun of the compared figure is carried"),
        G("38 miljoner kronor", 38e6, "SEK", t=Y["2026"], s=RS, sp=None),
        G("1,6 procent", 1.6, "percent", t=Y["2026"], s=RS, sp=None, note="'motsvarande 1,6 procent av skatteintäkter och generella statsbidrag'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=RS, sp=None, note="a standing target, 'över tid': no period"),
        G("3,4 procent", 3.4, "percent", t=Y["2026"], lenient=True, direction="increase", s=SK, sp=None),
        G("2 386 miljoner kronor", 2386e6, "SEK", t=Y["2026"], lenient=True, direction="increase", s=SK, sp=None, note="to-value"),
        G("42 miljoner kronor", 42e6, "SEK", t=Y["2026"], lenient=True, direction="increase", s=("Förskola och skola", "Förskola"), sp=None, note="'mer än i år': a change over time"),
        G("15 miljoner", 15e6, "SEK", t=Y["2026"], lenient=True, s=("fler speciallärare", "speciallärare"), sp=None, note="'varav ... går till': an allocation of the increase, no direction; kronor carried"),
        G("28 miljoner kronor", 28e6, "SEK", t=Y["2026"], lenient=True, direction="increase", s=("Äldreomsorgen", "Äldreomsorgen"), sp=None),
        G("9 miljoner kronor", 9e6, "SEK", t=Y["2026"], lenient=True, direction="decrease", s=("Socialnämndens ram", "ram"), sp=None),
        G("5 procent", 5, "percent", t=Y["2026"], lenient=True, direction="increase", s=("Avgiften för hemtjänst", "Avgiften"), sp=None),
        G("640", 640e6, "SEK", ctx="från [640] till", t=Y["2025"], lenient=True, s=INV, sp=None, note="from-value; the scale 'miljoner kronor' is shared"),
        G("710 miljoner kronor", 710e6, "SEK", t=Y["2026"], lenient=True, direction="increase", s=INV, sp=None),
        G("1 200 elever", 1200, "count", s=("elever", "elever"), sp=None, note="the size of the planned school: no period"),
        G("420 miljoner kronor", 420e6, "SEK", t=("2026", "2028"), lenient=True, s=("nya Hagaskolan", "Hagaskolan"), sp=None, note="'fram till 2028' from the budget year"),
        G("2,9 miljarder kronor", 2.9e9, "SEK", t=Y["2026"], lenient=True, direction="increase", s=LS, sp=None),
        G("cirka 86 000 kronor", 86000, "SEK", bound="approx", per="capita", t=Y["2026"], lenient=True, direction="increase", s=LS, sp=None, note="'eller ... per invånare': the to-value restated"),
        G("4 350 årsarbetare", 4350, "count", t=Y["2026"], direction="increase", s=("årsarbetare", "årsarbetare"), sp=KOM, note="', ungefär 60 fler än i dag': the new value; 'Kommunen räknar med'"),
        G("ungefär 60", 60, "count", bound="approx", t=Y["2026"], direction="increase", s=("årsarbetare", "årsarbetare"), sp=KOM),
        G("Varannan", 0.5, "ratio", t=Y["2026"], lenient=True, s=("investeringskrona", "investeringskrona"), sp=("Karin Boström", "quote")),
        G("20 öre", 0.2, "SEK", t=Y["2026"], lenient=True, direction="decrease", s=("skatten", "skatten"), sp=OPP),
        G("150 miljoner kronor", 150e6, "SEK", t=Y["2026"], lenient=True, direction="decrease", s=("investeringarna", "investeringarna"), sp=OPP),
        *_row(G, "| Resultat, mnkr", ["31", "38", "45", "52"], T_KB(("Resultat", "Resultat")), sep=" | "),
        *_row(G, "| Investeringar, mnkr", ["640", "710", "590", "480"], T_KB(("Investeringar", "Investeringar")), sep=" | "),
        *_row(G, "| Låneskuld, mnkr", ["2 450", "2 900", "3 150", "3 260"], T_KB(("Låneskuld", "Låneskuld")), sep=" | "),
        *_row(G, "| Invånare 31 dec", ["33 480", "33 800", "34 100", "34 400"], T_KB(("Invånare", "Invånare"), unit="count", scale=1), sep=" | "),
    ]
    NEG["r9_a_kommun_budget"] = [
        N("för 2026", 1, note="title"), N("25 november 2025"), N("för 2026", 2), N("2027–2028"),
        N("2028", ctx="fram till [2028]."), N("Budget 2025"), N("Budget 2026"), N("Plan 2027"), N("Plan 2028"),
        N("31 dec", note="part of the row label 'Invånare 31 dec'"),
    ]

    # ---------------------------------------------------------------- 7. opinion poll
    P = lambda name: (name, name)
    GOLD["r9_a_valjarbarometer"] = [  # 'Publicerad 2025-11-27'; the November 2025 poll against October 2025
        G("34,1 procent", 34.1, "percent", t=Y["2025"], lenient=True, direction="decrease", s=P("Socialdemokraterna"), sp=None, note="', en minskning med 0,6 procentenheter': the new value"),
        G("0,6 procentenheter", 0.6, "percentage_point", t=Y["2025"], lenient=True, direction="decrease", s=P("Socialdemokraterna"), sp=None),
        G("20,3 procent", 20.3, "percent", t=Y["2025"], lenient=True, s=P("Sverigedemokraterna"), sp=None, note="'ligger kvar på': no direction"),
        G("20,1", 20.1, "percent", t=Y["2025"], lenient=True, s=P("Sverigedemokraterna"), sp=None, note="bracket: the previous (October 2025) poll"),
        G("1,4 procentenheter", 1.4, "percentage_point", t=Y["2025"], lenient=True, direction="decrease", s=P("Moderaterna"), sp=None),
        G("17,2 procent", 17.2, "percent", t=Y["2025"], lenient=True, direction="decrease", s=P("Moderaterna"), sp=None),
        G("6,4 procent", 6.4, "percent", t=Y["2025"], lenient=True, direction="increase", s=P("Centerpartiet"), sp=None),
        G("5,3 procent", 5.3, "percent", t=Y["2025"], lenient=True, s=P("Centerpartiet"), sp=None, note="from-value 'i oktober'"),
        G("7,8 procent", 7.8, "percent", t=Y["2025"], lenient=True, direction="increase", s=P("Vänsterpartiet"), sp=None),
        G("5,0 procent", 5.0, "percent", t=Y["2025"], lenient=True, direction="increase", s=P("Miljöpartiet"), sp=None),
        G("0,4", 0.4, "percentage_point", ctx="ökning med [0,4] respektive", t=Y["2025"], lenient=True, direction="increase", s=P("Vänsterpartiet"), sp=None, note="'0,4 respektive 0,2 procentenheter': the unit is shared"),
        G("0,2 procentenheter", 0.2, "percentage_point", t=Y["2025"], lenient=True, direction="increase", s=P("Miljöpartiet"), sp=None),
        G("4 procent", 4, "percent", ctx="riksdagsspärren på [4 procent]", optional=True, s=("riksdagsspärren", "riksdagsspärren"), sp=None, note="a rule"),
        G("3,6", 3.6, "percent", ctx="med [3,6] respektive", t=Y["2025"], lenient=True, s=P("Kristdemokraterna"), sp=None),
        G("2,9 procent", 2.9, "percent", t=Y["2025"], lenient=True, s=P("Liberalerna"), sp=None),
        G("26 mätningar", 26, "count", t=Y["2025"], lenient=True, s=("mätningar", "mätningar"), sp=None),
        G("53,3 procent", 53.3, "percent", t=Y["2025"], lenient=True, s=("De rödgröna partierna S, V, MP och C", "partierna"), sp=None, note="'mot 44,0 procent för regeringspartierna': two blocs at one time, no direction"),
        G("44,0 procent", 44.0, "percent", t=Y["2025"], lenient=True, s=("regeringspartierna och SD", "regeringspartierna"), sp=None),
        G("9,3 procentenheter", 9.3, "percentage_point", t=Y["2025"], lenient=True, direction="increase", s=("Avståndet mellan blocken", "Avståndet"), sp=None, note="'nästan dubbelt så stort som i juni': one thing over time"),
        G("dubbelt", 2, "number", bound="approx", direction="increase", optional=True, sp=None, note="the multiplier of a change since June"),
        G("30 år", 30, "year", bound="less_than", optional=True, sp=None, note="age band"),
        G("24 procent", 24, "percent", t=Y["2025"], lenient=True, s=("Socialdemokraterna och Sverigedemokraterna", "Socialdemokraterna"), sp=None, note="'vardera'"),
        G("12 procent", 12, "percent", t=Y["2025"], lenient=True, s=P("Moderaterna"), sp=None),
        G("hälften", 0.5, "ratio", optional=True, sp=None, note="'hälften så mycket som i gruppen över 65 år': a multiplier between groups"),
        G("65 år", 65, "year", bound="more_than", optional=True, sp=None, note="age band"),
        G("32 procent", 32, "percent", t=Y["2025"], lenient=True, direction="decrease", s=("Förtroendet för statsministern", "Förtroendet"), sp=None, note="', tre procentenheter lägre än i september': the new value"),
        G("tre procentenheter", 3, "percentage_point", t=Y["2025"], lenient=True, direction="decrease", s=("Förtroendet för statsministern", "Förtroendet"), sp=None),
        G("9 procent", 9, "percent", ctx="till [9 procent], säger", t=Y["2025"], lenient=True, direction="increase", s=("Andelen osäkra väljare", "Andelen"), sp=("Lena Thorsell", "quote")),
        G("2 947 röstberättigade personer", 2947, "count", t=Y["2025"], lenient=True, s=("röstberättigade personer", "personer"), sp=None),
        G("1 812", 1812, "count", t=Y["2025"], lenient=True, sp=None, note="'varav 1 812 via webbpanel': elided noun"),
        G("1 135", 1135, "count", t=Y["2025"], lenient=True, sp=None),
        G("1,6–1,9 procentenheter", None, "percentage_point", low=1.6, high=1.9, t=Y["2025"], lenient=True, s=("Felmarginalen för de största partierna", "Felmarginalen"), sp=None),
        G("runt 5 procent", 5, "percent", bound="approx", optional=True, sp=None, note="'För partier runt 5 procent' delimits the group"),
        G("cirka 0,8 procentenheter", 0.8, "percentage_point", bound="approx", t=Y["2025"], lenient=True, s=("Felmarginalen", "Felmarginalen"), sp=None, note="'är den': 'den' = the margin of error"),
    ]
    NEG["r9_a_valjarbarometer"] = [
        N("2025-11-27"), N("06:00"), N("februari 2023", note="'sedan februari 2023' is a time"), N("3–23 november 2025"),
        N("2022", note="'riksdagsvalet 2022' names an election"),
    ]

    # ---------------------------------------------------------------- 8. undated debate article
    PUB = ("Eva Sandberg", "publisher")
    GOLD["r9_a_debatt_cykel"] = [  # no date: 'förra året', 'i dag', 'för tio år sedan' unresolved (time not annotated)
        G("940 miljarder kronor", 940e9, "SEK", s=("Planen", "Planen"), sp=None),
        G("mindre än en procent", 1, "percent", bound="less_than", s=("cykelvägar", "cykelvägar"), sp=None, note="'går till cykelvägar': the goal of the money"),
        G("dubbelt", 2, "number", optional=True, sp=None, note="'dubbelt så mycket på ... som på': a comparison"),
        G("tre gånger", 3, "number", optional=True, sp=None, note="'tre gånger fler kilometer motorväg än cykelväg'"),
        G("40 procent", 40, "percent", s=("cykling", "cykling"), sp=None, note="'satsar Danmark 40 procent mer på cykling än Sverige': two countries, no direction"),
        G("fem gånger", 5, "number", bound="approx", optional=True, sp=None, note="'nästan fem gånger så mycket'"),
        G("1,2 miljoner cykelresor", 1.2e6, "count", per="day", direction="increase", s=("cykelresor", "cykelresor"), sp=None, note="', 18 procent fler än för tio år sedan': the new value"),
        G("18 procent", 18, "percent", direction="increase", s=("cykelresor", "cykelresor"), sp=None),
        G("Var fjärde", 0.25, "ratio", s=("resa som är kortare än fem kilometer", "resa"), sp=None),
        G("fem kilometer", 5, "km", bound="less_than", optional=True, sp=None, note="'kortare än fem kilometer' delimits the trips"),
        G("37 procent", 37, "percent", s=("de statliga cykelvägarna", "cykelvägarna"), sp=None),
        G("omkring 8 000 cyklister", 8000, "count", bound="approx", per="year", s=("cyklister", "cyklister"), sp=None),
        G("tre av fyra", 0.75, "ratio", s=("Singelolyckor", "Singelolyckor"), sp=None),
        G("3 miljarder kronor", 3e9, "SEK", per="year", direction="increase", s=("anslaget för statliga cykelvägar", "anslaget"), sp=PUB, note="demand 'Höj ... till'"),
        G("50 procent", 50, "percent", t=Y["2035"], direction="increase", s=("cyklandet", "cyklandet"), sp=PUB, note="target 'till 2035'"),
        G("minst 10 procent", 10, "percent", bound="at_least", s=("drift av cykelvägar", "drift"), sp=PUB),
        G("två år", 2, "year", bound="at_most", sp=PUB, note="'Ingen kommun ska behöva vänta mer än': a negated bound; the wait is not named as a noun"),
        G("mellan 3 och 6 kronor", None, "SEK", low=3, high=6, per="SEK", s=("varje krona som läggs på cykelvägar", "krona"), sp=("flera samhällsekonomiska kalkyler", "enligt"), note="the return for each krona invested"),
    ]
    NEG["r9_a_debatt_cykel"] = [N("tio år", note="'för tio år sedan' is a time"), N("till 2035")]

    return GOLD, NEG


# occurrences of the price-area names in r9_a_elpriser_manad (every one is a negative)
_SE_COUNTS = {1: 4, 2: 2, 3: 4, 4: 6}
