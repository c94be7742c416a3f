"""Round 11, part A (r11_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 11, part A (r11_a_*): eight kinds, each adapted from stored public pages or written (r11_sources_a.md),
# annotated with subject and speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed
# chemicals company's year-end report (bullets under 'HELÅRET I SAMMANDRAG', brackets dated by 'Siffror inom parentes
# avser motsvarande period föregående år', '10,6 procent (9,8)', per-share figures, a proposed dividend credited to
# Styrelsen, 'eller knappt hälften av', a dividend-policy range, a margin target 'minst 12 procent', a plain-text
# key-figure table with '2025' / '2024' columns), monthly household consumption (Markdown, present tense, calendar-
# adjusted change against the same month last year, 'mot 1,1 procent i föregående tremånadersperiod', a revision in
# procentenheter, 'varav', a change table with 'Sep 2025' / 'Okt 2025' columns and signed cells), a municipality's
# school-results page (HTML with cookie banner, menu, breadcrumb, related teasers and footer as chrome; merit values,
# shares against last year and the national average, 'Drygt var fjärde', a target 'minst 90 procent ... senast 2027',
# an HTML table 'Vt 2025' / 'Vt 2024' / 'Riket vt 2025'), an airport's monthly passenger release ('en ökning med 5
# procent', '9 procent fler än i oktober 2024', 'mot 1 431 i oktober förra året', a bracket '81 procent (78)', 'Hittills
# i år', 'per vecka', a table with a signed change column and a 'Jan–okt 2025' column), a police region's yearly summary
# (Markdown; 'färre än 2024', 'under femårssnittet', 'från 41 till 27', 'jämfört med nio döda och 18 skadade året innan',
# 'en tredjedel' in a quote, 'Var tredje', 'dubbelt så många som 2021', a table with a 'Snitt 2020–2024' column),
# quarterly housing prices (Markdown; 3- and 12-month changes, kr per kvadratmeter, a median price for houses, a range
# forecast '2–4 procent' in a quote, one table per housing type with municipalities as rows), an electricity network
# company's price notice ('höjs från 24,50 till 27,10 öre/kWh', 'höjs med 540 kronor till 6 960 kronor per år', what it
# means per household type, 'varav', a price list 'från 1 januari 2026') and an undated opinion piece on elderly care
# ('0,7 anställda per boende', 'Var femte', 'dubbelt så hög som', demands, a negated bound 'Ingen undersköterska ska
# behöva ansvara för fler än tolv boende'). The r8, r9 and r10 decisions are followed (periods at year grain; lenient
# when the period follows from the document, a heading, or a month without a year; a relative expression in the
# sentence ('i fjol', 'nästa år', 'i våras', 'nu', 'Hittills i år', 'samma period i fjol') resolves against the
# publication date and is not lenient; brackets take the period their note names, not lenient, and the year before,
# lenient, when no note names it; levels followed by ', en ökning med X', ', X fler än', 'mot X <earlier time>',
# 'jämfört med X <earlier time>' are the new value after a change; comparisons at one time have no direction;
# multipliers and thresholds optional). Where those were silent:
# - A change figure whose own value is a rate of change ('mot 1,1 procent i föregående tremånadersperiod', 'mot 2,0
#   procent i september' for the deflator) is itself the size of an increase of its period: direction from its sign
#   or verb, as r10's growth rates. The whole consumption table is a change table (caption 'Utvecklingstal, årstakt i
#   procent'): every cell takes its direction from its sign; its columns name month and year, so not lenient.
# - A change against the year just before ('2,1 procent färre än 2024') is about the current year (the previous year
#   is the baseline, as r10_b's averages); r9_b's span ('1990', '2024') is kept for distant base years and multipliers
#   ('dubbelt så många som 2021' spans ('2021', '2025')).
# - 'X procent under femårssnittet' is a comparison of one thing with its own average (r10_b): a change, direction
#   decrease, current year; 'Femårssnittet ligger på 36 skjutningar per år' is the average itself: ('2020', '2024'),
#   lenient, per year; 'den lägsta nivån på tio år' is a period span (optional), as r10_b's 'de senaste tio åren'.
# - 'Bedrägeribrotten ökade med 12 procent till 14 930 anmälningar': the to-value keeps the grammatical subject
#   (r6's 'Bostadsinbrotten minskade med 2 procent till 20 400'); r10_a's counted-noun rule is applied where no verb of
#   change has a subject ('stod för 96 740 resenärer', 'reste 148 312 passagerare').
# - Fuse sizes ('20 A säkring', '16 A', table row labels '16 A' ... '25 A') and the example households' yearly use
#   ('2 000 kWh/år') only delimit the customer group of an example or a tariff row: optional (unit 'A', 'kWh' per year).
#   öre/kWh is SEK per 'kWh' (r9). A price list whose caption names 'från 1 januari 2026' is 2026, not lenient; the
#   text's new prices in the sentence after 'från 1 januari 2026' are 2026, lenient; the old price (from-value) 2025,
#   lenient. 'under de kommande fem åren' (said in November 2025) is ('2026', '2030'), lenient; the span itself optional.
# - 'Vi tror på en uppgång på 2–4 procent ... det kommande året' (October 2025) is a range forecast with direction
#   increase over ('2025', '2026'), lenient, subject the thing that rises ('bostadsrätter').
# - 'en nationell lägstanivå på 0,9 anställda per boende' is exact (no bound word; the floor is its value); 'per boende'
#   is per="resident". 'Ingen undersköterska ska behöva ansvara för fler än tolv boende' is at_most (negated bound).
# - School: 'våren 2025' / 'Vt 2025' are 2025; 'i våras' is 2025 (relative, not lenient); 'rikets 229,8' and
#   'pojkarnas 207,5' carry the measure from the clause before (as r8_b's 'och pojkarna 217,5'); '12 procent av
#   eleverna' takes the partitive's noun ('eleverna'); 'Kommunens mål' is possession, not a credit (None); 'årskurs 9'
#   is a grade name (N), as r8_b.
# - Subjects of table cells: the row label when it names the measure (key figures, 'Utrikespassagerare',
#   'Behöriga till yrkesprogram'), the caption's measure when the rows are categories (branch groups -> 'Utvecklingstal',
#   crime types -> 'Anmälda brott', municipalities -> 'Bostadsrätter' / 'Villor' for change columns, the column's
#   'Medelpris' / 'Medianpris' for price columns); the tariff's 'Fast avgift' and 'Överföring' columns.
# - Speakers: quotes take the quoted person; 'Styrelsen föreslår' credits Styrelsen for the dividend, its bracket and
#   the share of profit in the same bullet; 'Enligt bolagets utdelningspolicy', 'Enligt konsumtionsdeflatorn' and
#   'Enligt Energimarknadsinspektionen' are 'enligt' for their own sentence; 'Vi investerar' is the publisher (the
#   network company); the opinion piece's demands and 'vår medlemsenkät' are 'publisher' with the first signer.
# - Negatives: datelines and Publicerad lines, times of day, report and title years, column headers of periods ('Okt
#   2025', 'Vt 2024', '| 2025 |', 'Snitt 2020–2024', '3 mån', '12 mån'), the footnote's periods, years and dates that only
#   place a claim ('i oktober 2025', 'sedan mars 2022', 'färre än 2024', 'senast 2027', 'fram till 2035', 'till 2030',
#   'från 1 januari 2026'), period spans of a change ('på tre månader', 'på tolv månader', 'på fem år'), 'för ett år
#   sedan', 'årskurs 9', the cookie count, related teasers, phone numbers (also '114 14'), opening hours '8–16', street
#   numbers, postal codes and org numbers.
# - Left out on purpose (no digits, neither G nor N): 'första gången', 'tredje kvartalet', 'andra kvartalet' (ordinal
#   words of periods), 'en enda undersköterska', 'det senaste året', the article 'en/ett'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2021", "2024", "2025", "2026", "2027", "2030", "2035")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y25, Y24, Y26 = Y["2025"], Y["2024"], Y["2026"]
    L25 = dict(t=Y25, lenient=True)
    L24 = dict(t=Y24, lenient=True)

    # ------------------------------------------------------------ 1. year-end report (dateline 11 February 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RPA = ("Resultat per aktie", "Resultat")
    UT = ("en utdelning", "utdelning")
    ST = ("Styrelsen", "credited")
    HA = ("Henrik Alsterlund", "quote")
    VR = ("Affärsområde Vattenrening", "Affärsområde")
    IK = ("sin försäljning", "försäljning")
    NS = ("Den räntebärande nettoskulden", "nettoskulden")
    AA = ("Antalet anställda", "Antalet")
    kf = lambda scale, per=None: [("SEK" if scale != "pct" else "percent", 1e6 if scale == "mkr" else 1, per, Y25, False, False),
                                  ("SEK" if scale != "pct" else "percent", 1e6 if scale == "mkr" else 1, per, Y24, False, False)]
    GOLD["r11_a_bokslut_kemi"] = [
        G("6,2 procent", 6.2, "percent", **L25, direction="increase", s=NO, sp=None, note="bullet under 'HELÅRET I SAMMANDRAG'"),
        G("2 846", 2846e6, "SEK", ctx="till [2 846] (2 680)", **L25, direction="increase", s=NO, sp=None, note="to-value of 'ökade med 6,2 procent till'"),
        G("2 680", 2680e6, "SEK", ctx="2 846 ([2 680]) Mkr", t=Y24, s=NO, sp=None, note="'Siffror inom parentes avser motsvarande period föregående år'"),
        G("301", 301e6, "SEK", ctx="till [301] (262)", **L25, s=RR, sp=None),
        G("262", 262e6, "SEK", ctx="301 ([262]) Mkr", t=Y24, s=RR, sp=None),
        G("10,6 procent", 10.6, "percent", ctx="på [10,6 procent] (9,8)", **L25, s=RM, sp=None),
        G("9,8", 9.8, "percent", ctx="10,6 procent ([9,8])", t=Y24, s=RM, sp=None, note="the unit before the bracket applies"),
        G("7,42 kr", 7.42, "SEK", per="share", **L25, s=RPA, sp=None),
        G("6,48", 6.48, "SEK", per="share", ctx="7,42 kr ([6,48])", t=Y24, s=RPA, sp=None),
        G("3,25 kronor", 3.25, "SEK", per="share", **L25, s=UT, sp=ST, note="'Styrelsen föreslår en utdelning om' for 2025"),
        G("2,90", 2.90, "SEK", per="share", ctx="per aktie ([2,90])", t=Y24, s=UT, sp=ST),
        G("44 procent", 44, "percent", **L25, s=UT, sp=ST, note="'motsvarande 44 procent av resultatet efter skatt'"),
        G("mer än 2,8 miljarder kronor", 2.8e9, "SEK", bound="more_than", **L25, s=None, sp=HA, note="'Vi sålde för': the actor, no measure named; 2025 from the quote's first sentence"),
        G("drygt 11 procent", 11, "percent", bound="approx", **L25, direction="increase", s=("efterfrågan på våra vattenreningsprodukter i Norden", "efterfrågan"), sp=HA),
        G("1 412 Mkr", 1412e6, "SEK", **L25, s=VR, sp=None),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L25, s=VR, sp=None, note="restates the share of 1 412 Mkr; holder of the share as subject (r10_b)"),
        G("3 procent", 3, "percent", ctx="med [3 procent] till 968", **L25, direction="decrease", s=IK, sp=None),
        G("968 Mkr", 968e6, "SEK", **L25, direction="decrease", s=IK, sp=None),
        G("512 Mkr", 512e6, "SEK", **L25, direction="decrease", s=NS, sp=None, note="'vid årets slut', 'jämfört med 688 Mkr ett år tidigare': the new value"),
        G("688 Mkr", 688e6, "SEK", **L24, s=NS, sp=None),
        G("47 procent", 47, "percent", **L25, s=("Soliditeten", "Soliditeten"), sp=None),
        G("43", 43, "percent", ctx="47 procent ([43])", t=Y24, s=("Soliditeten", "Soliditeten"), sp=None),
        G("1 164", 1164, "count", **L25, direction="increase", s=AA, sp=None, note="', 38 fler än ett år tidigare': the new value"),
        G("38", 38, "count", ctx="1 164, [38] fler", **L25, direction="increase", s=AA, sp=None),
        G("40–60 procent", None, "percent", low=40, high=60, s=("resultatet efter skatt", "resultatet"), sp=("bolagets utdelningspolicy", "enligt"), note="the policy range is required (r8)"),
        G("minst 12 procent", 12, "percent", bound="at_least", s=RM, sp=None, note="a financial target, no period"),
        *_row(G, "Nettoomsättning", ["2 846", "2 680"], kf("mkr"), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL', 'Mkr', columns '2025' / '2024'"),
        *_row(G, "Rörelseresultat", ["301", "262"], kf("mkr"), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["10,6", "9,8"], kf("pct"), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat efter skatt", ["214", "187"], kf("mkr"), ("Resultat efter skatt", "Resultat")),
        *_row(G, "Resultat per aktie, kr", ["7,42", "6,48"], kf("kr", "share"), ("Resultat per aktie", "Resultat")),
    ]
    NEG["r11_a_bokslut_kemi"] = [
        N("januari–december 2025", note="title"), N("11 februari 2026", 1), N("11 februari 2026", 2), N("08.00"),
        N("2025", ctx="”[2025] blev", note="a year in the quote that places the claim"),
        N("2025", ctx="Mkr [2025] 2024", note="column header"), N("2024", ctx="Mkr 2025 [2024]", note="column header"),
        N("060-771 42 90"),
    ]

    # ------------------------------------------------------------ 2. household consumption (2025-12-09, October 2025)
    KO = ("konsumtionen", "konsumtionen")
    PR = ("priserna", "priserna")
    KD = ("konsumtionsdeflatorn", "enligt")
    AU = ("Årsutvecklingen för september", "Årsutvecklingen")
    UTV = ("Utvecklingstal", "Utvecklingstal")
    kc = [("percent", 1, None, Y25, False, True)] * 2
    GOLD["r11_a_konsumtion_manad"] = [
        G("2,4 procent", 2.4, "percent", t=Y25, direction="increase", s=("Hushållens konsumtion", "konsumtion"), sp=None, note="'i oktober 2025 jämfört med oktober 2024'"),
        G("0,3 procent", 0.3, "percent", **L25, direction="increase", s=KO, sp=None, note="'jämfört med september' (a month without a year)"),
        G("1,9 procent", 1.9, "percent", **L25, direction="increase", s=KO, sp=None, note="'augusti–oktober'"),
        G("1,1 procent", 1.1, "percent", **L25, direction="increase", s=KO, sp=None, note="'mot 1,1 procent i föregående tremånadersperiod': itself a growth rate"),
        G("7,8 procent", 7.8, "percent", **L25, direction="increase", s=("beklädnadshandeln", "beklädnadshandeln"), sp=None),
        G("4,6 procent", 4.6, "percent", **L25, direction="increase", s=("Konsumtionen på restauranger, caféer och hotell", "Konsumtionen"), sp=None),
        G("3,1 procent", 3.1, "percent", **L25, direction="increase", s=("Konsumtionen inom transporter", "Konsumtionen"), sp=None),
        G("2,7 procent", 2.7, "percent", **L25, direction="decrease", s=("Möbler och hushållsutrustning", "Möbler"), sp=None),
        G("1,2 procent", 1.2, "percent", **L25, direction="decrease", s=("konsumtionen av bostad, el och uppvärmning", "konsumtionen"), sp=None),
        G("1,4 procent", 1.4, "percent", **L25, direction="increase", s=PR, sp=KD),
        G("2,0 procent", 2.0, "percent", **L25, direction="increase", s=PR, sp=KD, note="'mot 2,0 procent i september': the price rise of September"),
        G("0,2 procentenheter", 0.2, "percentage_point", **L25, direction="increase", s=AU, sp=None, note="'reviderats upp med'"),
        G("1,6 procent", 1.6, "percent", **L25, direction="increase", s=AU, sp=None, note="'till en ökning på'"),
        G("243,7 miljarder kronor", 243.7e9, "SEK", **L25, s=("Hushållens konsumtionsutgifter", "konsumtionsutgifter"), sp=None, note="'i oktober': spending of the month, not a rate"),
        G("61,4 miljarder kronor", 61.4e9, "SEK", **L25, s=("livsmedel och annan dagligvaruhandel", "livsmedel"), sp=None, note="'varav ... avsåg': the goal of the money"),
        *_row(G, "Hushållens konsumtion totalt", ["1,6", "2,4"], kc, ("Hushållens konsumtion totalt", "konsumtion"), sep=" | ", note="change table, columns 'Sep 2025' / 'Okt 2025'"),
        *_row(G, "Livsmedel och dagligvaror", ["1,1", "1,3"], kc, UTV, sep=" | "),
        *_row(G, "Beklädnad", ["5,5", "7,8"], kc, UTV, sep=" | "),
        *_row(G, "Bostad, el och uppvärmning", ["−0,9", "−1,2"], kc, UTV, sep=" | "),
        *_row(G, "Möbler och hushållsutrustning", ["−3,0", "−2,7"], kc, UTV, sep=" | "),
        *_row(G, "Transporter", ["2,9", "3,1"], kc, UTV, sep=" | "),
        *_row(G, "Restauranger och hotell", ["4,2", "4,6"], kc, UTV, sep=" | "),
    ]
    NEG["r11_a_konsumtion_manad"] = [
        N("2025-12-09"), N("08.00"), N("oktober 2025"), N("oktober 2024"), N("mars 2022", note="'sedan mars 2022' is a time"),
        N("Sep 2025"), N("Okt 2025"), N("12 januari 2026"),
    ]

    # ------------------------------------------------------------ 3. school results page (Publicerad 24 september 2025)
    BA = ("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram", "Andelen")
    MV = ("Det genomsnittliga meritvärdet för kommunens elever", "meritvärdet")
    KK = ("Andelen elever som nått kunskapskraven i alla ämnen", "Andelen")
    EL = ("eleverna", "eleverna")
    sk = lambda unit: [(unit, 1, None, Y25, False, False), (unit, 1, None, Y24, False, False), (unit, 1, None, Y25, False, False)]
    GOLD["r11_a_skolresultat_kommun"] = [
        G("86,4 procent", 86.4, "percent", ctx="ökade till [86,4 procent] våren", t=Y25, direction="increase", s=BA, sp=None),
        G("83,9 procent", 83.9, "percent", t=Y24, s=BA, sp=None, note="from-value 'från 83,9 procent våren 2024'"),
        G("84,9 procent", 84.9, "percent", **L25, s=("rikssnittet", "rikssnittet"), sp=None, note="comparison at one time"),
        G("221,3", 221.3, "number", ctx="blev [221,3], vilket", **L25, direction="increase", s=MV, sp=None, note="', vilket är 4,6 poäng högre än förra året': the new value"),
        G("4,6 poäng", 4.6, "number", **L25, direction="increase", s=MV, sp=None),
        G("229,8", 229.8, "number", ctx="rikets [229,8].", **L25, s=("Det genomsnittliga meritvärdet", "meritvärdet"), sp=None, note="'under rikets 229,8': the measure carried, comparison at one time"),
        G("236,0", 236.0, "number", **L25, s=("Flickornas meritvärde", "meritvärde"), sp=None),
        G("207,5", 207.5, "number", **L25, s=("meritvärde", "meritvärde"), sp=None, note="'och pojkarnas 207,5': the measure carried"),
        G("243,2", 243.2, "number", **L25, s=("Norrskolan", "Norrskolan"), sp=None),
        G("198,6", 198.6, "number", **L25, s=("Ängsskolan", "Ängsskolan"), sp=None),
        G("74 procent", 74, "percent", **L25, direction="increase", s=KK, sp=None, note="'mot 71 procent våren 2024': the new value"),
        G("71 procent", 71, "percent", t=Y24, s=KK, sp=None),
        G("73 procent", 73, "percent", **L25, s=("andelen", "andelen"), sp=None),
        G("Drygt var fjärde", 0.25, "ratio", bound="approx", **L25, s=("elev", "elev"), sp=None),
        G("12 procent", 12, "percent", **L25, s=EL, sp=None, note="'12 procent av eleverna'"),
        G("15 procent", 15, "percent", **L25, s=EL, sp=None, note="'jämfört med 15 procent i riket': comparison at one time"),
        G("412 elever", 412, "count", t=Y25, direction="increase", s=("elever", "elever"), sp=None, note="'i våras'; ', 23 fler än året innan': the new value"),
        G("23", 23, "count", ctx="våras, [23] fler", t=Y25, direction="increase", s=("elever", "elever"), sp=None),
        G("64 elever", 64, "count", **L25, s=("elever", "elever"), sp=("Karin Öberg", "quote")),
        G("minst 90 procent", 90, "percent", bound="at_least", t=Y["2027"], s=EL, sp=None, note="target 'senast 2027'; 'Kommunens mål' is possession"),
        *_row(G, "Behöriga till yrkesprogram, %", ["86,4", "83,9", "84,9"], sk("percent"), ("Behöriga till yrkesprogram", "Behöriga"), note="table, columns 'Vt 2025' / 'Vt 2024' / 'Riket vt 2025'"),
        *_row(G, "Genomsnittligt meritvärde", ["221,3", "216,7", "229,8"], sk("number"), ("Genomsnittligt meritvärde", "meritvärde")),
        *_row(G, "Godkänt i alla ämnen, %", ["74", "71", "73"], sk("percent"), ("Godkänt i alla ämnen", "Godkänt")),
        *_row(G, "Antal elever", ["412", "389"], sk("count")[:2], ("Antal elever", "Antal")),
    ]
    NEG["r11_a_skolresultat_kommun"] = [
        N("4 typer", note="cookie banner"), N("årskurs 9", 1, note="heading; a grade name"), N("våren 2025", 1, note="heading"),
        N("24 september 2025"), N("årskurs 9", 2), N("våren 2025", 2), N("våren 2024", 1), N("våren 2024", 2),
        N("årskurs 9", 3), N("2027", note="'senast 2027' is a time"), N("Vt 2025"), N("Vt 2024"), N("vt 2025"),
        N("Gymnasievalet 2026", note="related teaser"), N("sommaren 2026", note="related teaser"), N("Storgatan 12"),
        N("872 80"), N("0612-850 00"), N("212000-2619"),
    ]

    # ------------------------------------------------------------ 4. airport monthly statistics (6 November 2025)
    PA = ("passagerare", "passagerare")
    RE = ("resenärer", "resenärer")
    AL = ("Antalet landningar", "Antalet")
    KF = ("Den genomsnittliga kabinfaktorn på avgångarna", "kabinfaktorn")
    AV = ("avgångar", "avgångar")
    fc = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
          ("percent", 1, None, Y25, True, True), ("count", 1, None, Y25, False, False)]
    GOLD["r11_a_flygplats_manad"] = [
        G("148 312", 148312, "count", ctx="reste [148 312] passagerare", **L25, direction="increase", s=PA, sp=None, note="'Under oktober'; ', en ökning med 5 procent': the new value"),
        G("5 procent", 5, "percent", ctx="ökning med [5 procent]", **L25, direction="increase", s=PA, sp=None),
        G("96 740", 96740, "count", ctx="för [96 740] resenärer", **L25, direction="increase", s=RE, sp=None, note="', 9 procent fler än i oktober 2024': the new value"),
        G("9 procent", 9, "percent", **L25, direction="increase", s=RE, sp=None),
        G("2 procent", 2, "percent", ctx="minskade med [2 procent]", **L25, direction="decrease", s=("inrikestrafiken", "inrikestrafiken"), sp=None),
        G("51 572", 51572, "count", ctx="till [51 572] passagerare", **L25, direction="decrease", s=PA, sp=None),
        G("två av tre", 2 / 3, "ratio", bound="approx", t=Y25, s=RE, sp=("Ulrika Backman", "quote"), note="'Nästan två av tre resenärer flyger nu utrikes'"),
        G("1 386", 1386, "count", ctx="till [1 386], mot", **L25, direction="decrease", s=AL, sp=None, note="'mot 1 431 i oktober förra året': the new value"),
        G("1 431", 1431, "count", ctx="mot [1 431] i oktober", t=Y24, s=AL, sp=None),
        G("81 procent", 81, "percent", **L25, s=KF, sp=None),
        G("78", 78, "percent", ctx="81 procent ([78])", **L24, s=KF, sp=None, note="a bracket whose period the text does not name: the year before, lenient"),
        G("drygt 1,46 miljoner passagerare", 1.46e6, "count", bound="approx", t=Y25, direction="increase", s=PA, sp=None, note="'Hittills i år'"),
        G("4,3 procent", 4.3, "percent", t=Y25, direction="increase", s=PA, sp=None),
        G("938 014", 938014, "count", ctx="reste [938 014] utrikes", **L25, s=None, sp=None, note="'Av dem reste': elided noun"),
        G("524 300", 524300, "count", ctx="och [524 300] inrikes", **L25, s=None, sp=None),
        G("47 avgångar", 47, "count", per="week", **L25, direction="increase", s=AV, sp=None, note="'jämfört med 42 i november i fjol': the new value"),
        G("42", 42, "count", per="week", ctx="med [42] i november", t=Y24, s=AV, sp=None),
        *_row(G, "Utrikespassagerare", ["96 740", "88 752", "+9 %", "938 014"], fc, ("Utrikespassagerare", "Utrikespassagerare"), note="table, columns 'Okt 2025' / 'Okt 2024' / 'Förändring' / 'Jan–okt 2025'"),
        *_row(G, "Inrikespassagerare", ["51 572", "52 625", "−2 %", "524 300"], fc, ("Inrikespassagerare", "Inrikespassagerare")),
        *_row(G, "Passagerare totalt", ["148 312", "141 377", "+5 %", "1 462 314"], fc, ("Passagerare totalt", "Passagerare")),
        *_row(G, "Landningar", ["1 386", "1 431", "−3 %", "13 904"], fc, ("Landningar", "Landningar")),
    ]
    NEG["r11_a_flygplats_manad"] = [
        N("6 november 2025"), N("oktober 2024", ctx="än i [oktober 2024]"), N("januari–oktober 2024"),
        N("Okt 2025"), N("Okt 2024"), N("Jan–okt 2025"), N("036-190 44 70"),
    ]

    # ------------------------------------------------------------ 5. police region yearly summary (2026-01-22; 2025)
    BR = ("brott", "brott")
    AS = ("Antalet skjutningar", "Antalet")
    BB = ("Bedrägeribrotten", "Bedrägeribrotten")
    BI = ("Bostadsinbrotten", "Bostadsinbrotten")
    PU = ("Personuppklaringsprocenten", "Personuppklaringsprocenten")
    AB = ("Anmälda brott", "brott")
    pc = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
          ("percent", 1, None, Y25, True, True), ("count", 1, None, ("2020", "2024"), False, False)]
    GOLD["r11_a_polis_region_ar"] = [
        G("96 480", 96480, "count", ctx="anmäldes [96 480] brott", t=Y25, direction="decrease", s=BR, sp=None, note="'Under 2025'; next sentence 'Det är 2,1 procent färre': the new value"),
        G("2,1 procent", 2.1, "percent", **L25, direction="decrease", s=BR, sp=None, note="'färre än 2024': the year before is the baseline"),
        G("4 procent", 4, "percent", ctx="och [4 procent] under", **L25, direction="decrease", s=BR, sp=None, note="'under femårssnittet': against its own average (r10_b)"),
        G("41", 41, "count", ctx="från [41] till", **L24, s=AS, sp=None),
        G("27", 27, "count", ctx="från 41 till [27].", **L25, direction="decrease", s=AS, sp=None),
        G("fem personer", 5, "count", **L25, direction="decrease", s=("personer", "personer"), sp=None, note="'jämfört med nio döda ... året innan': the new value"),
        G("elva", 11, "count", **L25, direction="decrease", s=None, sp=None, note="'elva skadades': elided noun"),
        G("nio döda", 9, "count", **L24, s=("döda", "döda"), sp=None),
        G("18 skadade", 18, "count", **L24, s=("skadade", "skadade"), sp=None),
        G("36 skjutningar", 36, "count", per="year", t=("2020", "2024"), lenient=True, s=("Femårssnittet", "Femårssnittet"), sp=None, note="the average itself"),
        G("en tredjedel", 1 / 3, "ratio", **L25, direction="decrease", s=("skjutningarna", "skjutningarna"), sp=("Tomas Edgren", "quote")),
        G("12 procent", 12, "percent", ctx="med [12 procent] till", **L25, direction="increase", s=BB, sp=None),
        G("14 930", 14930, "count", ctx="till [14 930] anmälningar", **L25, direction="increase", s=BB, sp=None),
        G("Var tredje", 1 / 3, "ratio", **L25, s=("bedrägeri", "bedrägeri"), sp=None),
        G("över 70 år", 70, "year", bound="more_than", optional=True, s=None, sp=None, note="threshold that delimits a group"),
        G("1 842", 1842, "count", ctx="var [1 842], den", **L25, direction="decrease", s=BI, sp=None, note="'31 procent under femårssnittet': the new value"),
        G("tio år", 10, "year", optional=True, s=None, sp=None, note="'den lägsta nivån på tio år': a period span"),
        G("31 procent", 31, "percent", **L25, direction="decrease", s=BI, sp=None),
        G("17,4 procent", 17.4, "percent", **L25, direction="increase", s=PU, sp=None, note="'mot 16,2 procent året innan': the new value"),
        G("16,2 procent", 16.2, "percent", **L24, s=PU, sp=None),
        G("29 procent", 29, "percent", **L25, s=("andelen", "andelen"), sp=None),
        G("knappt 6 procent", 6, "percent", bound="approx", **L25, s=("andelen", "andelen"), sp=None),
        G("118 skjutvapen", 118, "count", **L25, direction="increase", s=("skjutvapen", "skjutvapen"), sp=None, note="'dubbelt så många som 2021': one thing over time"),
        G("dubbelt", 2, "number", t=("2021", "2025"), direction="increase", optional=True, s=None, sp=None),
        *_row(G, "Samtliga brott", ["96 480", "98 550", "−2,1", "100 500"], pc, AB, sep=" | ", note="table, columns '2025' / '2024' / 'Förändring, %' / 'Snitt 2020–2024'"),
        *_row(G, "Bedrägeri", ["14 930", "13 330", "+12,0", "11 240"], pc, AB, sep=" | "),
        *_row(G, "Bostadsinbrott", ["1 842", "2 105", "−12,5", "2 670"], pc, AB, sep=" | "),
    ]
    NEG["r11_a_polis_region_ar"] = [
        N("Årssammanfattning 2025", note="title"), N("2026-01-22"), N("10:15"), N("Under 2025"),
        N("2024", ctx="färre än [2024] och"), N("2021", ctx="som [2021]."),
        N("2025", ctx="Brottstyp | [2025] |", note="column header"), N("2024", ctx="Brottstyp | 2025 | [2024] |", note="column header"),
        N("2020–2024", note="column header 'Snitt 2020–2024'"), N("114 14", note="phone number"),
    ]

    # ------------------------------------------------------------ 6. quarterly housing prices (8 October 2025)
    BRP = ("Priserna på bostadsrätter i regionen", "Priserna")
    BRT = ("en bostadsrätt", "bostadsrätt")
    VP = ("Villapriserna", "Villapriserna")
    br_c = [("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True), ("SEK", 1, "m2", Y25, True, False)]
    vi_c = [("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True), ("SEK", 1, None, Y25, True, False)]
    BRS = [("Bostadsrätter", "Bostadsrätter")] * 2 + [("Medelpris", "Medelpris")]
    VIS = [("Villor", "Villor")] * 2 + [("Medianpris", "Medianpris")]
    GOLD["r11_a_bostadspriser_kvartal"] = [
        G("1,4 procent", 1.4, "percent", **L25, direction="increase", s=BRP, sp=None, note="'under tredje kvartalet'"),
        G("3,2 procent", 3.2, "percent", t=Y25, direction="increase", s=BRP, sp=None, note="'är nu ... högre än för ett år sedan'"),
        G("31 640 kronor", 31640, "SEK", per="m2", **L25, direction="increase", s=BRT, sp=None, note="'att jämföra med 30 660 kronor samma period i fjol': the new value"),
        G("30 660 kronor", 30660, "SEK", per="m2", t=Y24, s=BRT, sp=None, note="the rate 'per kvadratmeter' carries over"),
        G("−0,2 procent", -0.2, "percent", **L25, direction="decrease", s=VP, sp=None, note="'i stort sett oförändrade ... (−0,2 procent)': the sign sets the direction"),
        G("2,6 procent", 2.6, "percent", **L25, direction="increase", s=VP, sp=None),
        G("3,28 miljoner kronor", 3.28e6, "SEK", **L25, s=("Medianpriset för en villa", "Medianpriset"), sp=None),
        G("+6,1 procent", 6.1, "percent", **L25, direction="increase", s=("bostadsrätterna i Norrsund", "bostadsrätterna"), sp=None),
        G("1,8 procent", 1.8, "percent", ctx="sjönk med [1,8 procent]", **L25, direction="decrease", s=("priserna i Ekeberga", "priserna"), sp=None),
        G("38 950 kr/kvm", 38950, "SEK", per="m2", t=Y25, s=BRT, sp=None, note="'kostar en bostadsrätt nu'"),
        G("dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None, note="'nästan dubbelt så mycket som i Sjöviken': comparison at one time"),
        G("2–4 procent", None, "percent", low=2, high=4, t=("2025", "2026"), lenient=True, direction="increase", s=("bostadsrätter", "bostadsrätter"), sp=("Linnea Forsgren", "quote"), note="'en uppgång på ... det kommande året'"),
        G("4 812 försäljningar", 4812, "count", **L25, s=("försäljningar av bostadsrätter", "försäljningar"), sp=None),
        G("2 390 villaförsäljningar", 2390, "count", **L25, s=("villaförsäljningar", "villaförsäljningar"), sp=None),
        *_row(G, "Hallbyn", ["+1,9 %", "+4,0 %", "38 950"], br_c, BRS, sep=" | ", note="table 'Bostadsrätter': '3 mån' / '12 mån' / 'Medelpris, kr/kvm'"),
        *_row(G, "Norrsund", ["+2,3 %", "+6,1 %", "27 410"], br_c, BRS, sep=" | "),
        *_row(G, "Ekeberga", ["−0,6 %", "−1,8 %", "24 880"], br_c, BRS, sep=" | "),
        *_row(G, "Hela regionen", ["+1,4 %", "+3,2 %", "31 640"], br_c, BRS, sep=" | "),
        *_row(G, "Hallbyn", ["+0,3 %", "+3,5 %", "4 150 000"], vi_c, VIS, sep=" | ", note="table 'Villor': '3 mån' / '12 mån' / 'Medianpris, kr'"),
        *_row(G, "Norrsund", ["−1,1 %", "+1,9 %", "2 960 000"], vi_c, VIS, sep=" | "),
        *_row(G, "Hela regionen", ["−0,2 %", "+2,6 %", "3 280 000"], vi_c, VIS, sep=" | "),
    ]
    NEG["r11_a_bostadspriser_kvartal"] = [
        N("2025", ctx="kvartalet [2025]:", note="title"), N("8 oktober 2025"), N("ett år", 1, note="'för ett år sedan' is a time"),
        N("tre månader", note="'på tre månader' is the period of the change"), N("tolv månader", 1), N("tolv månader", 2),
        N("3 mån", 1), N("12 mån", 1), N("3 mån", 2), N("12 mån", 2), N("3 mån", 3), N("12 mån", 3),
        N("juli–september 2025", 1), N("april–juni 2025"), N("juli–september 2025", 2), N("juli–september 2024"),
    ]

    # ------------------------------------------------------------ 7. network price notice (Publicerad 2025-11-20)
    RO = ("Den rörliga överföringsavgiften", "överföringsavgiften")
    FA = ("den fasta avgiften för en villa med 20 A säkring", "avgiften")
    EB = ("Skogsbygdens Energi Elnät", "publisher")
    ES = ("Energiskatten", "Energiskatten")
    EI = ("Energimarknadsinspektionen", "enligt")
    ENA = ("elnätsavgift", "elnätsavgift")
    L26 = dict(t=Y26, lenient=True)
    pl = [("SEK", 1, "year", Y26, False, False), ("SEK", 0.01, "kWh", Y26, False, False)]
    PLS = [("Fast avgift", "avgift"), ("Överföring", "Överföring")]
    GOLD["r11_a_elnat_prisandring"] = [
        G("24,50", 0.245, "SEK", per="kWh", ctx="från [24,50] till", **L25, s=RO, sp=None, note="from-value: the price before 1 January 2026"),
        G("27,10 öre/kWh", 0.271, "SEK", per="kWh", **L26, direction="increase", s=RO, sp=None),
        G("20 A", 20, "A", ctx="villa med [20 A] säkring", optional=True, s=None, sp=None, note="fuse size names the customer group"),
        G("540 kronor", 540, "SEK", per="year", **L26, direction="increase", s=FA, sp=None),
        G("6 960 kronor", 6960, "SEK", per="year", **L26, direction="increase", s=FA, sp=None),
        G("18 procent", 18, "percent", t=Y26, direction="increase", s=("kostnaderna för regionnätet", "kostnaderna"), sp=None, note="'nästa år'"),
        G("310 miljoner kronor", 310e6, "SEK", t=("2026", "2030"), lenient=True, s=("elnätet", "elnätet"), sp=EB, note="'Vi investerar ... under de kommande fem åren'"),
        G("fem åren", 5, "year", optional=True, s=None, sp=EB, note="period span"),
        G("120 miljoner kronor", 120e6, "SEK", t=("2026", "2030"), lenient=True, s=("nya markkablar", "markkablar"), sp=EB, note="'varav'"),
        G("2 000 kWh/år", 2000, "kWh", per="year", optional=True, s=None, sp=None, note="defines the example household"),
        G("cirka 17 kronor", 17, "SEK", bound="approx", per="month", **L26, direction="increase", s=("Lägenhet", "Lägenhet"), sp=None),
        G("16 A", 16, "A", ctx="elvärme, [16 A] (5 000", optional=True, s=None, sp=None),
        G("5 000 kWh/år", 5000, "kWh", per="year", optional=True, s=None, sp=None),
        G("cirka 490 kronor", 490, "SEK", bound="approx", per="year", **L26, direction="increase", s=("Villa utan elvärme", "Villa"), sp=None),
        G("20 A", 20, "A", ctx="elvärme, [20 A] (20 000", optional=True, s=None, sp=None),
        G("20 000 kWh/år", 20000, "kWh", per="year", optional=True, s=None, sp=None),
        G("cirka 1 060 kronor", 1060, "SEK", bound="approx", per="year", **L26, direction="increase", s=("Villa med elvärme", "Villa"), sp=None),
        G("knappt 90 kronor", 90, "SEK", bound="approx", per="month", **L26, direction="increase", s=("Villa med elvärme", "Villa"), sp=None, note="restatement carries the direction (r9)"),
        G("0,6 öre/kWh", 0.006, "SEK", per="kWh", **L26, direction="decrease", s=ES, sp=None),
        G("54,4 öre/kWh", 0.544, "SEK", per="kWh", **L26, direction="decrease", s=ES, sp=None),
        G("cirka 120 kronor", 120, "SEK", bound="approx", per="year", **L26, direction="decrease", s=("kostnad", "kostnad"), sp=None, note="'lägre kostnad per år'"),
        G("13 900 kronor", 13900, "SEK", per="year", **L25, s=ENA, sp=EI, note="comparison at one time"),
        G("12 380 kronor", 12380, "SEK", per="year", **L25, s=ENA, sp=EI),
        *_row(G, "Lägenhet", ["1 740", "27,10"], pl, PLS, note="price list 'från 1 januari 2026': 'Fast avgift, kr/år' / 'Överföring, öre/kWh'"),
        G("16 A", 16, "A", ctx="[16 A] 4 380", optional=True, s=None, sp=None, note="tariff row label"),
        *_row(G, "16 A", ["4 380", "27,10"], pl, PLS),
        G("20 A", 20, "A", ctx="[20 A] 6 960", optional=True, s=None, sp=None),
        *_row(G, "20 A", ["6 960", "27,10"], pl, PLS),
        G("25 A", 25, "A", ctx="[25 A] 8 820", optional=True, s=None, sp=None),
        *_row(G, "25 A", ["8 820", "27,10"], pl, PLS),
    ]
    NEG["r11_a_elnat_prisandring"] = [
        N("1 januari 2026", 1, note="title"), N("2025-11-20"), N("1 januari 2026", 2), N("1 januari 2026", 3),
        N("0647-158 00"), N("8–16", note="opening hours"),
    ]

    # ------------------------------------------------------------ 8. undated opinion piece on elderly care
    PB = ("Anna-Karin Ståhl", "publisher")
    SF = ("sjukfrånvaron bland undersköterskor", "sjukfrånvaron")
    DEN = ("Den som flyttar in på ett särskilt boende", "Den")
    GOLD["r11_a_debatt_aldreomsorg"] = [  # no date, no sidecar: 'i dag', 'det senaste året' unresolved (time not annotated)
        G("0,7 anställda per boende", 0.7, "count", per="resident", s=("anställda", "anställda"), sp=None),
        G("20 boende", 20, "count", bound="at_least", s=("boende", "boende"), sp=None, note="'20 boende eller fler'"),
        G("Var femte", 0.2, "ratio", s=("anställd inom äldreomsorgen", "anställd"), sp=None),
        G("dubbelt", 2, "number", optional=True, s=None, sp=None, note="'dubbelt så hög som bland kommunernas övriga anställda': comparison at one time"),
        G("9,8 procent", 9.8, "percent", s=SF, sp=None),
        G("4,9 procent", 4.9, "percent", s=("sjukfrånvaron", "sjukfrånvaron"), sp=None, note="the measure carried"),
        G("Var tredje", 1 / 3, "ratio", s=("undersköterska", "undersköterska"), sp=PB, note="'visar vår medlemsenkät'"),
        G("3 200 svarande", 3200, "count", s=("svarande", "svarande"), sp=PB),
        G("över 80 år", 80, "year", bound="more_than", optional=True, s=None, sp=None, note="threshold that delimits a group"),
        G("250 000", 250000, "count", t=Y["2035"], direction="increase", s=("Antalet personer över 80 år", "Antalet"), sp=None, note="'väntas öka med ... fram till 2035'"),
        G("nästan en fjärdedel", 0.25, "ratio", bound="approx", s=("timanställda", "timanställda"), sp=None),
        G("22 procent per år", 22, "percent", per="year", s=("personalomsättningen", "personalomsättningen"), sp=None),
        G("omkring 1 400 undersköterskor", 1400, "count", bound="approx", s=("undersköterskor", "undersköterskor"), sp=None),
        G("6 procent", 6, "percent", direction="decrease", s=("personaltätheten", "personaltätheten"), sp=None),
        G("86 år", 86, "year", s=DEN, sp=None),
        G("knappt två år", 2, "year", bound="approx", s=DEN, sp=None),
        G("0,9 anställda per boende", 0.9, "count", per="resident", s=("en nationell lägstanivå", "lägstanivå"), sp=PB, note="demand 'Inför'"),
        G("tolv boende", 12, "count", bound="at_most", s=("boende", "boende"), sp=PB, note="'Ingen undersköterska ska behöva ansvara för fler än': a negated bound"),
        G("minst 4 miljarder kronor", 4e9, "SEK", bound="at_least", per="year", s=("ett riktat statsbidrag för bemanning", "statsbidrag"), sp=PB),
        G("halvera", 0.5, "number", t=Y["2030"], direction="decrease", optional=True, s=("andelen timanställda", "andelen"), sp=PB, note="a multiplier verb, 'till 2030'"),
    ]
    NEG["r11_a_debatt_aldreomsorg"] = [
        N("2035", note="'fram till 2035' is a time"), N("fem år", note="'på fem år' is the period of the change"),
        N("2030", note="'till 2030' is a time"),
    ]

    return GOLD, NEG
