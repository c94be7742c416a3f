"""Round 39, part B (r39_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 39, part B (r39_b_*): eight kinds, written from scratch (r39_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run: an equipment-rental
# company's interim report Jan-Sep 2026 (dateline at the end 'Västerås den 28 oktober 2026'; bracketed prior figures,
# plain-text table 'KONCERNEN I SAMMANDRAG' 'Kv 3 2026' / 'Kv 3 2025' / 'Kv 2 2026' / 'Jan–sep 2026' / 'Jan–sep
# 2025'), a statistics office's service-production index for September 2026 ('Publicerad 10 november 2026'; plain-text
# table by industry 'Index' / '1 mån %' / '12 mån %'), a municipality's election report 2026 (Markdown, 'Publicerad 2
# oktober 2026'; turnout, seats with bracketed 2022 figures, Markdown table by district '2026' / '2022' / 'Förändring,
# procentenheter'), a TT article on household debt ('Publicerad 17 november 2026'), an UNDATED party energy page (HTML,
# no date, no sidecar), a ferry company's weekly traffic report for week 44 dated only by its sidecar (2026-11-04;
# plain-text table 'Vecka 44 2026' / 'Vecka 44 2025' / 'Förändring, %' in two blocks), a university's research-funding
# report 2025 (Markdown, 'Publicerad 24 april 2026'; Markdown table by faculty '2025' / '2024' / 'Förändring, %'), and a
# police region's summer report 2026 on drownings ('Publicerad 15 september 2026'; table 'Sommaren 2026' / 'Sommaren
# 2025' / 'Snitt 2016–2025').
# The r8-r38 decisions are followed (headers of gold_r37_a.py, gold_r38_a.py, gold_r38_b.py): year grain; relative
# expressions in the sentence ('i fjol', 'förra året', 'hittills i år') resolve and are not lenient; a month, quarter,
# week or season without a year, 'ett år tidigare', 'för ett år sedan', 'året innan', 'vid årsskiftet', 'nu', present
# tense, a heading's, caption's or the document's period are lenient; brackets lenient on the period their note names;
# a level followed by ', jämfört med' / ', att jämföra med' / ', mot' (an earlier time) or by 'Det är X fler/färre/mer'
# is the new value after a change; from-values and comparisons at one time have no direction; growth takes its sign;
# multipliers, definitions, thresholds, age bands, samples, examples and rules optional; standing targets without a
# year no period; table cells take their column's period (explicit), change columns lenient on the later period with
# the sign's direction; category rows take the caption's measure as subject, measure rows their own label; 'per aktie'
# per="share", 'per 100 000 invånare' per="capita" (value as written), 'i månaden' per="month", 'per år' / 'om året'
# per="year", 'öre per kWh' per="kWh" (value in kronor); 'X procent av Y' / 'X av Y' / 'varav X' take Y; 'X står/svarar
# för Y' takes X; a payer, collector or funder is no subject; a quote credits every figure in it; 'enligt X' enligt;
# 'visar X' credited; 'Det' / pronouns / elided nouns / a bare 'jämfört med N' s None, the size of a change keeps the
# subject of what changes; the UNDATED text has no period and its 'Vi' no speaker.
# Where those were silent, decided here:
# - Rental (dateline 2026-10-28): bullets 2026 lenient (headings), brackets 2025 lenient; 'ökade/steg till' increase,
#   'uppgick till' / 'var' with a bracket no direction. The CEO's 'i september ... över 80 procent' 2026 lenient,
#   '2–4 procent under 2027' explicit increase. 'Förvärvet ... bidrog med 14 MSEK' s the acquisition. '187 MSEK,
#   jämfört med 142 MSEK under tredje kvartalet 2025' 187 increase (s the goal 'hyrmaskiner'), 142 explicit s None.
#   '64, tre fler än vid årsskiftet' both increase for 'tre'. 'Nettoskulden i förhållande till EBITDA var 1,9 gånger' a
#   key ratio, required, unit number; 'understiga 2,5 gånger' standing target, less_than, required, sp None.
# - Service index (published 2026-11-10): 'i september 2026' explicit; 'Jämfört med september 2025 ökade volymen'
#   2026 lenient; '−0,2 procent' ('i stort sett oförändrad') decrease by its sign. 'mindre än hälften av tjänstesektorns
#   ökning' ratio less_than, takes Y. The revision 'från 0,2 till 0,4 procent' 0,4 increase, 0,2 from-value, 2026
#   lenient. Sample and revision size ('mellan 0,1 och 0,3 procentenheter') optional. Table: caption 'september 2026'
#   lenient on all three columns, index unit number, change columns signed; s the caption's 'Tjänsteproduktionsindex'.
#   Index base '2020 = 100' N.
# - Election (published 2026-10-02; election 13 September 2026): 2026 lenient where the sentence names no year; 'i
#   valet 2022' explicit, 'fyra år tidigare' 2022 lenient; brackets 'avser valet 2022' lenient. Seats take the counted
#   noun 'mandat'; elided 'Sverigedemokraterna 9 (9)' s None; seats with a bracket and no verb no direction; '16
#   mandat, en ökning med 2' both increase. 'minst 75 procent till nästa val' a target for 2030 lenient, increase,
#   quote. 'i praktiken cirka 2 procent' a threshold, optional. 'Antalet röstberättigade har ökat med 612 personer
#   sedan 2022' ('2022','2026') explicit. Table: '2026' / '2022' explicit, change in percentage points 2026 lenient
#   signed; rows are districts: s the caption's 'Valdeltagande'; the bold total row annotated cell by cell.
# - Household debt (published 2026-11-17): 'i september' / 'i oktober' / 'andra kvartalet' / 'nu' 2026 lenient;
#   'för ett år sedan' 2025 lenient; 'som högst 2021' explicit. 'visar rapporten' credited to Finanstillsynsverket (the
#   report named in the lead). The borrower or payer is no subject ('lånar i genomsnitt 2,46 miljoner', 'amorterar ...
#   4 300 kronor i månaden'). Stress rate '7 procent', loan example '2,5 miljoner kronor', sample, age bands and the fact
#   box's rules optional; 'ungefär var femte' ratio approx, 'Enligt myndigheten' enligt.
# - Party page (UNDATED): no periods; 'om tjugo år' does not resolve (N); 'i dag' no period. Prices in öre per kWh in
#   SEK. Norway/Finland/Sweden tax levels one time, no direction; 'ungefär 40 procent lägre än vårt' no direction.
#   'Skatten sänks med 30 öre' decrease; 'minst fyra nya reaktorer' increase; 'Ingen ... mer än 5 000 kronor' at_most,
#   required; 'på fem år' a duration, required. 'elområde 1/3/4' names (N).
# - Ferry (sidecar 2026-11-04; text names only 'vecka 44'): weeks without year 2026 lenient, 'motsvarande vecka 2025'
#   explicit, 'förra året' resolves to 2025 explicit, bracket '(13 360)' 2025 lenient. 'längdmeter' unit m. 'Hittills i
#   år' explicit; 'före årsskiftet' 2026 lenient. 'högst fem minuter' optional definition. Table: two blocks; cells
#   take their block heading ('Passagerare', 'Personbilar') as subject; change column 2026 lenient signed.
# - Research funding (published 2026-04-24): 'Under 2025' explicit, 'Under året' / 'vid årets slut' / present tense
#   built on the year 2025 lenient; 'året innan' 2024 lenient; 'i fjol' (quote) resolves to 2025. The funder is no
#   subject ('Statens forskningsråd ... med 312 miljoner kronor' s None). 'från 96 till 141' 96 2024 lenient from-value.
#   Target '1,5 miljarder kronor senast 2028' (None,'2028') lenient, increase. The overhead rate '32 procent' present
#   tense 2026 lenient; the example '1 miljon kronor' optional, its result 'omkring 240 000 kronor' required, no period.
#   Table: 'miljoner kronor' x1e6, s the caption's 'Externa forskningsbidrag'; bold total row cell by cell.
# - Drownings (published 2026-09-15): 'juni–augusti' 2026 lenient; 'sommaren 2025' explicit; '12,3 drunkningar per
#   sommar' per="season", ('2016','2025') lenient (the table's 'Snitt 2016–2025'). 'per 100 prov' per="test" (new: no
#   existing per fits). 'Nästan hälften' ratio approx; 'de fjorton' a restatement of the count, required, s None.
#   'Under sommaren 2027 ... ytterligare sex poliser' 2027 explicit increase, sp None (the publisher's plan in the third
#   person). 'under 10 år' optional threshold. Table: column periods explicit; rows are months: s 'Drunkningar'.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and
#   dates that only place a claim or baseline, index bases, week numbers, table numbering, rate denominators, price-area
#   numbers, times of day, phone numbers, postal codes, box numbers, org numbers, emergency numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2021", "2022", "2024", "2025", "2026", "2027", "2030")}
    Y21, Y22, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2021", "2022", "2024", "2025", "2026", "2027"))
    L22 = dict(t=Y22, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. equipment rental, interim report Jan-Sep 2026 (dateline 28 oktober 2026)
    HS = ("Henrik Sandelin", "quote")
    HI = ("Hyresintäkterna", "Hyresintäkterna")
    NS = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITA", "EBITA")
    EM = ("en EBITA-marginal", "EBITA-marginal")
    TU = ("Tidsutnyttjandet i hyrparken", "Tidsutnyttjandet")
    hq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F),
                        (u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F)]
    GOLD["r39_b_hyrmaskiner_q3"] = [
        G("7 procent", 7, "percent", ctx="ökade med [7 procent] till", **L26, direction=INC, s=HI, sp=None, note="bullets under 'TREDJE KVARTALET 2026'"),
        G("612", 612e6, "SEK", ctx="till [612] (572)", **L26, direction=INC, s=HI, sp=None),
        G("572", 572e6, "SEK", ctx="612 ([572]) MSEK", **L25, s=HI, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("744", 744e6, "SEK", ctx="till [744] (701)", **L26, s=NS, sp=None),
        G("701", 701e6, "SEK", ctx="744 ([701]) MSEK", **L25, s=NS, sp=None),
        G("138", 138e6, "SEK", ctx="till [138] (119)", **L26, direction=INC, s=EB, sp=None),
        G("119", 119e6, "SEK", ctx="138 ([119]) MSEK", **L25, s=EB, sp=None),
        G("18,5", 18.5, "percent", ctx="marginal på [18,5] (17,0)", **L26, s=EM, sp=None),
        G("17,0", 17.0, "percent", ctx="18,5 ([17,0]) procent", **L25, s=EM, sp=None),
        G("71,2", 71.2, "percent", ctx="var [71,2] (68,9)", **L26, s=TU, sp=None),
        G("68,9", 68.9, "percent", ctx="71,2 ([68,9]) procent", **L25, s=TU, sp=None),
        G("2,14", 2.14, "SEK", per="share", **L26, s=("Resultat per aktie", "Resultat"), sp=None),
        G("1,76", 1.76, "SEK", per="share", **L25, s=("Resultat per aktie", "Resultat"), sp=None),
        G("1 689", 1689e6, "SEK", ctx="till [1 689] (1 602)", **L26, direction=INC, s=HI, sp=None, note="bullets under 'PERIODEN JANUARI–SEPTEMBER 2026'"),
        G("1 602", 1602e6, "SEK", ctx="1 689 ([1 602]) MSEK", **L25, s=HI, sp=None),
        G("331", 331e6, "SEK", ctx="till [331] (304)", **L26, s=EB, sp=None),
        G("304", 304e6, "SEK", ctx="331 ([304]) MSEK", **L25, s=EB, sp=None),
        G("402", 402e6, "SEK", ctx="var [402] (367)", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("367", 367e6, "SEK", ctx="402 ([367]) MSEK", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("över 80 procent", 80, "percent", bound="more_than", **L26, s=("utnyttjandet av våra mobila arbetsplattformar", "utnyttjandet"), sp=HS, note="'i september'"),
        G("knappt 9 procent", 9, "percent", bound="approx", **L26, direction=DEC, s=("intäkterna från småhusbyggare", "intäkterna"), sp=HS),
        G("2–4 procent", None, "percent", low=2, high=4, t=Y27, direction=INC, s=("marknaden för maskinuthyrning i Sverige", "marknaden"), sp=HS),
        G("5,8 procent", 5.8, "percent", **L26, direction=INC, s=("Den organiska tillväxten i hyresintäkterna", "tillväxten"), sp=None),
        G("14 MSEK", 14e6, "SEK", **L26, s=("Förvärvet av Bergslagens Ställningsmontage AB", "Förvärvet"), sp=None),
        G("78 procent", 78, "percent", **L26, s=("Affärsområde Sverige", "Affärsområde"), sp=None, note="'svarade för': takes X"),
        G("3 procent", 3, "percent", ctx="hyresintäkterna med [3 procent] i", **L26, direction=DEC, s=("hyresintäkterna", "hyresintäkterna"), sp=None),
        G("96 MSEK", 96e6, "SEK", **L26, direction=DEC, s=("hyresintäkterna", "hyresintäkterna"), sp=None),
        G("11 procent", 11, "percent", **L26, direction=INC, s=None, sp=None, note="'de' (pronoun)"),
        G("41 MSEK", 41e6, "SEK", **L26, direction=INC, s=None, sp=None),
        G("187 MSEK", 187e6, "SEK", **L26, direction=INC, s=("hyrmaskiner", "hyrmaskiner"), sp=None),
        G("142 MSEK", 142e6, "SEK", t=Y25, s=None, sp=None),
        G("drygt 5,6 miljarder kronor", 5.6e9, "SEK", bound="approx", **L26, s=("Hyrparkens anskaffningsvärde", "anskaffningsvärde"), sp=None),
        G("64", 64, "count", ctx="depåer var [64],", **L26, direction=INC, s=("Antalet depåer", "Antalet"), sp=None),
        G("tre", 3, "count", ctx="64, [tre] fler", **L26, direction=INC, s=("Antalet depåer", "Antalet"), sp=None),
        G("1 942 MSEK", 1942e6, "SEK", **L26, direction=DEC, s=("Den räntebärande nettoskulden", "nettoskulden"), sp=None),
        G("2 016 MSEK", 2016e6, "SEK", **L25, s=None, sp=None),
        G("1,9 gånger", 1.9, "number", **L26, s=("Nettoskulden i förhållande till EBITDA", "Nettoskulden"), sp=None),
        G("2,5 gånger", 2.5, "number", bound="less_than", s=("nyckeltalet", "nyckeltalet"), sp=None, note="standing target"),
        G("41,3 procent", 41.3, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        *_row(G, "Hyresintäkter", ["612", "572", "578", "1 689", "1 602"], hq("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK om inte annat anges'; rows are measures"),
        *_row(G, "Nettoomsättning", ["744", "701", "709", "2 071", "1 968"], hq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "EBITA", ["138", "119", "114", "331", "304"], hq("SEK", 1e6), ("EBITA", "EBITA")),
        *_row(G, "EBITA-marginal, %", ["18,5", "17,0", "16,1", "16,0", "15,4"], hq("percent", 1), ("EBITA-marginal", "EBITA-marginal")),
        *_row(G, "Tidsutnyttjande, %", ["71,2", "68,9", "69,4", "68,7", "67,1"], hq("percent", 1), ("Tidsutnyttjande", "Tidsutnyttjande")),
    ]
    NEG["r39_b_hyrmaskiner_q3"] = [
        N("2026", ctx="DELÅRSRAPPORT JANUARI–SEPTEMBER [2026]", note="title"), N("2026", ctx="TREDJE KVARTALET [2026]", note="heading"),
        N("2026", ctx="PERIODEN JANUARI–SEPTEMBER [2026]", note="heading"), N("2027", ctx="procent under [2027]"),
        N("1 juli 2026"), N("2025", ctx="tredje kvartalet [2025]."), N("30 september"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"), N("Kv 2 2026", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("28 oktober 2026", ctx="Västerås den [28 oktober 2026]", note="dateline"), N("556731-0928", note="org number"),
        N("28 oktober 2026", ctx="offentliggörande den [28 oktober 2026] kl."), N("07.45", note="time of day"), N("021-488 30 10"),
    ]

    # ------------------------------------------------------------ 2. service production index, September 2026 (Publicerad 10 november 2026)
    AF = ("Anneli Forsgård", "quote")
    TPI = ("Tjänsteproduktionsindex", "Tjänsteproduktionsindex")
    tc = [("number", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r39_b_tjansteindex_sep"] = [
        G("0,6 procent", 0.6, "percent", ctx="ökade med [0,6 procent] i", t=Y26, direction=INC, s=("Omsättningsvolymen i tjänstesektorn", "Omsättningsvolymen"), sp=None),
        G("2,4 procent", 2.4, "percent", ctx="volymen med [2,4 procent],", **L26, direction=INC, s=("volymen", "volymen"), sp=None),
        G("118,3", 118.3, "number", ctx="landade på [118,3]", **L26, s=("Volymindex för tjänstesektorn", "Volymindex"), sp=None),
        G("0,9 procent", 0.9, "percent", **L26, direction=INC, s=("omsättningsvolymen", "omsättningsvolymen"), sp=None),
        G("2,1 procent", 2.1, "percent", **L26, direction=INC, s=("omsättningsvolymen", "omsättningsvolymen"), sp=None, note="'var ökningen': size of a change"),
        G("6,1 procent", 6.1, "percent", **L26, direction=INC, s=("volymen", "volymen"), sp=None),
        G("3,4 procent", 3.4, "percent", **L26, direction=INC, s=("juridik, ekonomi och teknisk konsultverksamhet", "juridik"), sp=None),
        G("1,8 procent", 1.8, "percent", **L26, direction=DEC, s=("Hotell och restaurang", "Hotell"), sp=None),
        G("−0,2 procent", -0.2, "percent", **L26, direction=DEC, s=("utvecklingen", "utvecklingen"), sp=None, note="sign"),
        G("knappt 1 procent", 1, "percent", bound="approx", **L26, direction=INC, s=("Industrins produktionsvolym", "produktionsvolym"), sp=AF),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", **L26, s=("tjänstesektorns ökning", "ökning"), sp=AF),
        G("0,2", 0.2, "percent", ctx="från [0,2] till", **L26, s=None, sp=None, note="from-value of a revision"),
        G("0,4 procent", 0.4, "percent", **L26, direction=INC, s=("Förändringen mellan juli och augusti", "Förändringen"), sp=None),
        *_row(G, "Tjänstesektorn totalt", ["118,3", "+0,6", "+2,4"], tc, TPI, note="table 'Tabell 1 ... september 2026' (caption: lenient); index unit number, change columns signed"),
        *_row(G, "Transport och magasinering", ["104,7", "−0,4", "−0,2"], tc, TPI),
        *_row(G, "Hotell och restaurang", ["109,2", "−1,1", "−1,8"], tc, TPI),
        *_row(G, "Information och kommunikation", ["141,6", "+1,3", "+6,1"], tc, TPI),
        *_row(G, "Fastighetsverksamhet", ["112,9", "+0,2", "+1,5"], tc, TPI),
        *_row(G, "Juridik, ekonomi, teknik", ["121,4", "+0,8", "+3,4"], tc, TPI),
        *_row(G, "Uthyrning och fastighetsservice", ["115,0", "+0,5", "+2,0"], tc, TPI),
        G("drygt 60 procent", 60, "percent", bound="approx", **L26, s=("Tjänstesektorn", "Tjänstesektorn"), sp=None, note="'står för': takes X"),
        G("omkring 95 000 företag", 95000, "count", bound="approx", optional=True, s=("företag", "företag"), sp=None, note="method"),
        G("2 400 större företag", 2400, "count", optional=True, s=("större företag", "företag"), sp=None, note="sample"),
        G("mellan 0,1 och 0,3 procentenheter", None, "percentage_point", low=0.1, high=0.3, optional=True, s=("Den första skattningen för en månad", "skattningen"), sp=None, note="method"),
    ]
    NEG["r39_b_tjansteindex_sep"] = [
        N("september 2026", ctx="Tjänsteproduktionsindex, [september 2026] Publicerad", note="title"),
        N("10 november 2026"), N("08.00", note="time of day"), N("september 2025", note="baseline"),
        N("2020", ctx="118,3 ([2020] = 100)", note="index base"), N("100", ctx="118,3 (2020 = [100])", note="index base"),
        N("2024", ctx="början av [2024]"), N("2025", ctx="kvartalet [2025] var"),
        N("1", ctx="Tabell [1]. Tjänsteproduktionsindex", note="table number"),
        N("september 2026", ctx="näringsgren, [september 2026] Volymindex", note="caption"),
        N("2020", ctx="Volymindex ([2020] = 100)", note="index base"), N("100", ctx="Volymindex (2020 = [100])", note="index base"),
        N("1 mån %", note="column header"), N("12 mån %", note="column header"),
        N("10 december 2026", note="next release"), N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. municipal election report 2026 (Publicerad 2 oktober 2026)
    LA = ("Lena Åkerhielm", "quote")
    MA = ("mandat", "mandat")
    VD = ("Valdeltagande i kommunvalet", "Valdeltagande")
    vc = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y22, F, F), ("percentage_point", 1, None, Y26, T, T)]
    GOLD["r39_b_val_kommun"] = [
        G("83,9 procent", 83.9, "percent", **L26, direction=DEC, s=("Valdeltagandet i kommunvalet", "Valdeltagandet"), sp=None, note="'jämfört med 84,6 procent i valet 2022'"),
        G("84,6 procent", 84.6, "percent", t=Y22, s=None, sp=None),
        G("0,7 procentenheter", 0.7, "percentage_point", **L26, direction=DEC, s=None, sp=None),
        G("82,1 procent", 82.1, "percent", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("31 472 personer", 31472, "count", **L26, s=("personer", "personer"), sp=None),
        G("26 405", 26405, "count", **L26, s=None, sp=None, note="'26 405 av dem': Y a pronoun"),
        G("612 personer", 612, "count", t=("2022", "2026"), direction=INC, s=("Antalet röstberättigade", "Antalet"), sp=None),
        G("91,3 procent", 91.3, "percent", **L26, s=("deltagandet", "deltagandet"), sp=None),
        G("68,4 procent", 68.4, "percent", ctx="där [68,4 procent] röstade", **L26, s=None, sp=None),
        G("nästan 23 procentenheter", 23, "percentage_point", bound="approx", **L26, s=("en skillnad", "skillnad"), sp=None),
        G("fyra", 4, "count", ctx="I [fyra] av kommunens", **L26, s=("kommunens elva valdistrikt", "valdistrikt"), sp=None),
        G("elva", 11, "count", ctx="kommunens [elva] valdistrikt", **L26, s=("valdistrikt", "valdistrikt"), sp=None),
        G("Drygt 62 procent", 62, "percent", bound="approx", **L26, direction=INC, s=("rösterna", "rösterna"), sp=None),
        G("57 procent", 57, "percent", **L22, s=None, sp=None, note="'fyra år tidigare'"),
        G("minst 75 procent", 75, "percent", bound="at_least", t=Y["2030"], lenient=True, direction=INC, s=("deltagandet i Centrum västra", "deltagandet"), sp=LA, note="'till nästa val'"),
        G("49 mandat", 49, "count", **L26, s=MA, sp=None),
        G("16 mandat", 16, "count", **L26, direction=INC, s=MA, sp=None),
        G("2", 2, "count", ctx="ökning med [2] jämfört", **L26, direction=INC, s=MA, sp=None),
        G("10 mandat", 10, "count", **L26, s=MA, sp=None),
        G("11", 11, "count", ctx="10 mandat ([11])", **L22, s=MA, sp=None, note="bracket: 'avser valet 2022'"),
        G("9", 9, "count", ctx="Sverigedemokraterna [9] (9)", **L26, s=None, sp=None),
        G("9", 9, "count", ctx="Sverigedemokraterna 9 ([9])", **L22, s=None, sp=None),
        G("5", 5, "count", ctx="Centerpartiet [5] (7)", **L26, s=None, sp=None),
        G("7", 7, "count", ctx="Centerpartiet 5 ([7])", **L22, s=None, sp=None),
        G("3", 3, "count", ctx="Vänsterpartiet [3] (2)", **L26, s=None, sp=None),
        G("2", 2, "count", ctx="Vänsterpartiet 3 ([2])", **L22, s=None, sp=None),
        G("2", 2, "count", ctx="Kristdemokraterna [2] (3)", **L26, s=None, sp=None),
        G("3", 3, "count", ctx="Kristdemokraterna 2 ([3])", **L22, s=None, sp=None),
        G("2", 2, "count", ctx="Liberalerna [2] (2)", **L26, s=None, sp=None),
        G("2", 2, "count", ctx="Liberalerna 2 ([2])", **L22, s=None, sp=None),
        G("2", 2, "count", ctx="Miljöpartiet [2] (1)", **L26, s=None, sp=None),
        G("1", 1, "count", ctx="Miljöpartiet 2 ([1])", **L22, s=None, sp=None),
        G("31,8 procent", 31.8, "percent", **L26, direction=INC, s=("rösterna", "rösterna"), sp=None),
        G("3,9 procentenheter", 3.9, "percentage_point", **L26, direction=INC, s=("rösterna", "rösterna"), sp=None),
        G("14,2", 14.2, "percent", ctx="från [14,2] till", **L22, s=("Centerpartiet", "Centerpartiet"), sp=None, note="from-value"),
        G("10,1 procent", 10.1, "percent", **L26, direction=DEC, s=("Centerpartiet", "Centerpartiet"), sp=None),
        G("cirka 2 procent", 2, "percent", bound="approx", optional=True, s=("rösterna", "rösterna"), sp=None, note="threshold"),
        *_row(G, "| Ekby norra", ["91,3", "90,8", "+0,5"], vc, VD, sep=" | ", note="Markdown table: '2026' / '2022' explicit, 'Förändring, procentenheter' 2026 lenient signed; rows are districts"),
        *_row(G, "| Ekby södra", ["88,7", "89,4", "−0,7"], vc, VD, sep=" | "),
        *_row(G, "| Centrum östra", ["82,5", "83,9", "−1,4"], vc, VD, sep=" | "),
        *_row(G, "| Centrum västra", ["68,4", "70,2", "−1,8"], vc, VD, sep=" | "),
        *_row(G, "| Hagalund", ["79,6", "78,1", "+1,5"], vc, VD, sep=" | "),
        *_row(G, "| Tallåsen", ["86,0", "87,3", "−1,3"], vc, VD, sep=" | "),
        G("83,9", 83.9, "percent", ctx="Hela kommunen** | **[83,9]**", t=Y26, s=VD, sp=None, note="bold total row"),
        G("84,6", 84.6, "percent", ctx="**83,9** | **[84,6]**", t=Y22, s=VD, sp=None),
        G("−0,7", -0.7, "percentage_point", ctx="**84,6** | **[−0,7]**", **L26, direction=DEC, s=VD, sp=None),
        G("1 236", 1236, "count", **L26, s=("sena förtidsröster", "förtidsröster"), sp=None),
    ]
    NEG["r39_b_val_kommun"] = [
        N("2026", ctx="# Valet [2026] i", note="title"), N("2 oktober 2026"), N("13 september 2026"), N("24 september"),
        N("2022", ctx="i valet [2022]."), N("2022", ctx="personer sedan [2022]."), N("fyra år", note="places the baseline"),
        N("2022", ctx="jämfört med [2022]. Moderaterna"), N("2022", ctx="avser valet [2022]."),
        N("2026", ctx="| Valdistrikt | [2026] |", note="column header"), N("2022", ctx="| 2026 | [2022] | Förändring", note="column header"),
        N("0581-72 40 00"),
    ]

    # ------------------------------------------------------------ 4. TT: household debt (Publicerad 17 november 2026)
    EL = ("Ebba Lindqvist", "quote")
    OB = ("Oskar Bergvall", "quote")
    RS = ("Riksstatistik", "enligt")
    FT = ("Finanstillsynsverket", "credited")
    GOLD["r39_b_hushallsskulder_tt"] = [
        G("4 890 miljarder kronor", 4890e9, "SEK", **L26, direction=INC, s=("Hushållens samlade skulder", "skulder"), sp=RS, note="'i september'; next: 'Det är 3,1 procent mer'"),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=None, sp=None),
        G("knappt 1 procent", 1, "percent", bound="approx", t=Y24, direction=INC, s=("den årliga ökningstakten", "ökningstakten"), sp=None),
        G("181 procent", 181, "percent", **L26, s=("Skuldkvoten", "Skuldkvoten"), sp=None),
        G("196 procent", 196, "percent", t=Y21, s=None, sp=None),
        G("2,46 miljoner kronor", 2.46e6, "SEK", **L26, direction=INC, s=None, sp=FT, note="the borrower is no subject; 'visar rapporten'"),
        G("drygt 41 000 nya lån", 41000, "count", bound="approx", optional=True, s=("nya lån", "lån"), sp=None, note="sample"),
        G("åtta banker", 8, "count", optional=True, s=("banker", "banker"), sp=None, note="sample"),
        G("90 000 kronor", 90000, "SEK", **L26, direction=INC, s=None, sp=None, note="'mer än i fjol'"),
        G("67 procent", 67, "percent", **L26, s=("Den genomsnittliga belåningsgraden för nya lån", "belåningsgraden"), sp=None),
        G("14,8 procent", 14.8, "percent", **L26, s=("den disponibla inkomsten", "inkomsten"), sp=RS, note="'X procent av Y' takes Y"),
        G("under 30 år", 30, "year", bound="less_than", optional=True, s=None, sp=None, note="age band"),
        G("11,4 procent", 11.4, "percent", **L26, s=("den disponibla inkomsten", "inkomsten"), sp=None),
        G("6,8 procent", 6.8, "percent", **L26, s=None, sp=None, note="one time, against the young"),
        G("mellan 50 och 64 år", None, "year", low=50, high=64, optional=True, s=None, sp=None, note="age band"),
        G("4 300 kronor", 4300, "SEK", per="month", **L26, s=None, sp=None, note="the payer is no subject"),
        G("7 procent", 7, "percent", ctx="ränta på [7 procent]", optional=True, s=("en ränta", "ränta"), sp=EL, note="stress rate"),
        G("ungefär var femte", 0.2, "ratio", bound="approx", **L26, s=("ny bolånetagare", "bolånetagare"), sp=("myndigheten", "enligt")),
        G("4,5 gånger", 4.5, "number", bound="more_than", ctx="större än [4,5 gånger]", optional=True, s=None, sp=("myndigheten", "enligt"), note="threshold"),
        G("3,2 procent", 3.2, "percent", **L26, direction=DEC, s=("Den genomsnittliga bolåneräntan för nya lån", "bolåneräntan"), sp=None),
        G("4,1 procent", 4.1, "percent", **L25, s=None, sp=None, note="'för ett år sedan'"),
        G("2,5 miljoner kronor", 2.5e6, "SEK", optional=True, s=("ett lån", "lån"), sp=None, note="example"),
        G("drygt 1 800 kronor", 1800, "SEK", bound="approx", per="month", **L26, direction=DEC, s=None, sp=None),
        G("mellan 2 000 och 3 000 kronor", None, "SEK", low=2000, high=3000, per="month", **L26, s=None, sp=OB),
        G("över 70 procent", 70, "percent", bound="more_than", optional=True, s=("Belåningsgrad", "Belåningsgrad"), sp=None, note="fact box: rules"),
        G("minst 2 procent", 2, "percent", bound="at_least", per="year", optional=True, s=("lånet", "lånet"), sp=None),
        G("mellan 50 och 70 procent", None, "percent", low=50, high=70, optional=True, s=("Belåningsgrad", "Belåningsgrad"), sp=None),
        G("minst 1 procent", 1, "percent", bound="at_least", per="year", optional=True, s=None, sp=None),
        G("4,5 gånger", 4.5, "number", bound="more_than", ctx="Skuld över [4,5 gånger]", optional=True, s=("Skuld", "Skuld"), sp=None),
        G("1 procent", 1, "percent", ctx="ytterligare [1 procent] per", per="year", optional=True, s=None, sp=None),
    ]
    NEG["r39_b_hushallsskulder_tt"] = [
        N("17 november 2026"), N("06.00", note="time of day"), N("2024", ctx="Under [2024] låg"), N("2021", ctx="högst [2021], då"),
    ]

    # ------------------------------------------------------------ 5. party energy page (UNDATED, HTML)
    JE = ("Johan Ekerot", "quote")
    GOLD["r39_b_parti_energi"] = [
        G("dubbelt så mycket", 2, "number", optional=True, s=None, sp=None, note="multiplier, one time"),
        G("148 öre per kWh", 1.48, "SEK", per="kWh", s=None, sp=None, note="the payer is no subject"),
        G("71 öre per kWh", 0.71, "SEK", per="kWh", s=None, sp=None),
        G("9 öre per kWh", 0.09, "SEK", per="kWh", s=("energiskatten på el", "energiskatten"), sp=None),
        G("cirka 25 öre", 0.25, "SEK", bound="approx", per="kWh", s=None, sp=None, note="elided"),
        G("44 öre per kWh", 0.44, "SEK", per="kWh", s=None, sp=None, note="'den'"),
        G("omkring 140 TWh", 140, "TWh", bound="approx", s=("Elanvändningen", "Elanvändningen"), sp=None, note="from-value"),
        G("mellan 200 och 250 TWh", None, "TWh", low=200, high=250, direction=INC, s=("Elanvändningen", "Elanvändningen"), sp=None),
        G("upp till en tredjedel", 1 / 3, "ratio", bound="at_most", s=("produktionskostnaden", "produktionskostnaden"), sp=None),
        G("30 öre per kWh", 0.30, "SEK", per="kWh", direction=DEC, s=("Skatten", "Skatten"), sp=None),
        G("cirka 16 miljarder kronor per år", 16e9, "SEK", bound="approx", per="year", s=None, sp=None),
        G("drygt 6 000 kronor om året", 6000, "SEK", bound="approx", per="year", direction=DEC, s=("en sänkning", "sänkning"), sp=None),
        G("minst fyra nya reaktorer", 4, "count", bound="at_least", direction=INC, s=("nya reaktorer", "reaktorer"), sp=None),
        G("40 TWh per år", 40, "TWh", per="year", s=("en samlad produktion", "produktion"), sp=None),
        G("upp till 300 miljarder kronor", 300e9, "SEK", bound="at_most", s=("kreditgarantier", "kreditgarantier"), sp=None),
        G("5 miljarder kronor om året", 5e9, "SEK", per="year", s=None, sp=None, note="goal without a noun"),
        G("över sju år", 7, "year", bound="more_than", s=("väntetiden för nya anslutningar", "väntetiden"), sp=None),
        G("5 000 kronor om året", 5000, "SEK", bound="at_most", per="year", s=("fast nätavgift", "nätavgift"), sp=None, note="'Ingen ... mer än': a negated bound"),
        G("minst 10 TWh om året", 10, "TWh", bound="at_least", per="year", s=None, sp=None),
        G("fem år", 5, "year", ctx="på [fem år] byggt", s=None, sp=JE, note="a duration"),
        G("ungefär 40 procent", 40, "percent", bound="approx", s=("Deras elpris för industrin", "elpris"), sp=JE, note="one time"),
        G("24–27 miljarder kronor per år", None, "SEK", low=24e9, high=27e9, per="year", s=("våra förslag", "förslag"), sp=None),
    ]
    NEG["r39_b_parti_energi"] = [
        N("4", ctx="elområde [4] i genomsnitt", note="price area"), N("1", ctx="elområde [1] betalade", note="price area"),
        N("tjugo år", note="'om tjugo år': unresolved horizon"), N("3", ctx="elområde [3] och 4", note="price area"),
        N("4", ctx="elområde 3 och [4].", note="price area"), N("Box 4412"), N("102 69", note="postal code"), N("08-555 012 34"),
    ]

    # ------------------------------------------------------------ 6. ferry weekly traffic report, week 44 (sidecar 2026-11-04)
    MW = ("Malin Wester", "quote")
    PA = ("passagerare", "passagerare")
    fc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r39_b_farjetrafik_v44"] = [
        G("48 730 passagerare", 48730, "count", **L26, direction=INC, s=PA, sp=None, note="'Under vecka 44'"),
        G("9,4 procent", 9.4, "percent", ctx="ökning med [9,4 procent]", **L26, direction=INC, s=PA, sp=None),
        G("6,2 procent", 6.2, "percent", ctx="ökade med [6,2 procent]", **L26, direction=INC, s=("Antalet personbilar", "Antalet"), sp=None),
        G("12 415", 12415, "count", ctx="till [12 415],", **L26, direction=INC, s=("Antalet personbilar", "Antalet"), sp=None),
        G("27 960 passagerare", 27960, "count", **L26, direction=INC, s=PA, sp=None),
        G("25 180", 25180, "count", ctx="jämföra med [25 180]", t=Y25, s=None, sp=None),
        G("14 210 passagerare", 14210, "count", **L26, s=PA, sp=None),
        G("13 360", 13360, "count", ctx="passagerare ([13 360])", **L25, s=PA, sp=None),
        G("6 560 passagerare", 6560, "count", **L26, direction=INC, s=PA, sp=None),
        G("drygt 9 procent", 9, "percent", bound="approx", **L26, direction=INC, s=PA, sp=None),
        G("94 procent", 94, "percent", **L26, s=("Beläggningen på fredagens eftermiddagsavgångar från Västhamn", "Beläggningen"), sp=None),
        G("tre avgångar", 3, "count", **L26, s=("avgångar", "avgångar"), sp=None),
        G("68 procent", 68, "percent", **L26, s=("den tillgängliga kapaciteten", "kapaciteten"), sp=None, note="'X procent av Y' takes Y"),
        G("22 minuter", 22, "minute", **L26, direction=DEC, s=("den genomsnittliga väntetiden i bilkön", "väntetiden"), sp=None),
        G("35 minuter", 35, "minute", t=Y25, s=None, sp=None),
        G("18 340 längdmeter", 18340, "m", **L26, direction=DEC, s=("Lastbilar och släp", "Lastbilar"), sp=None),
        G("3,1 procent", 3.1, "percent", **L26, direction=DEC, s=("Lastbilar och släp", "Lastbilar"), sp=None),
        G("drygt 1,9 miljoner passagerare", 1.9e6, "count", bound="approx", t=Y26, s=PA, sp=MW, note="'Hittills i år'"),
        G("2,2 miljoner", 2.2e6, "count", **L26, direction=INC, s=None, sp=MW, note="'före årsskiftet'"),
        G("25–30 procent", None, "percent", low=25, high=30, **L26, direction=DEC, s=("trafiken", "trafiken"), sp=None),
        G("högst fem minuter", 5, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition"),
        G("96,8 procent", 96.8, "percent", **L26, s=("Punktligheten", "Punktligheten"), sp=None),
        G("Två avgångar", 2, "count", **L26, s=("avgångar", "avgångar"), sp=None),
        G("upp till 24 meter per sekund", 24, "m/s", bound="at_most", **L26, s=("byarna", "byarna"), sp=None),
        *_row(G, "Västhamn–Visborg", ["27 960", "25 180", "+11,0"], fc, ("Passagerare", "Passagerare"), note="table: 'Vecka 44 2026' / 'Vecka 44 2025' explicit, change 2026 lenient signed; rows are routes"),
        *_row(G, "Norrvik–Visborg", ["14 210", "13 360", "+6,4"], fc, ("Passagerare", "Passagerare")),
        *_row(G, "Saltö–Hällskär", ["6 560", "6 010", "+9,2"], fc, ("Passagerare", "Passagerare")),
        *_row(G, "Totalt", ["48 730", "44 550", "+9,4"], fc, ("Passagerare", "Passagerare")),
        *_row(G, "Västhamn–Visborg", ["7 020", "6 470", "+8,5"], fc, ("Personbilar", "Personbilar")),
        *_row(G, "Norrvik–Visborg", ["3 985", "3 850", "+3,5"], fc, ("Personbilar", "Personbilar")),
        *_row(G, "Saltö–Hällskär", ["1 410", "1 370", "+2,9"], fc, ("Personbilar", "Personbilar")),
        *_row(G, "Totalt", ["12 415", "11 690", "+6,2"], fc, ("Personbilar", "Personbilar")),
    ]
    NEG["r39_b_farjetrafik_v44"] = [
        N("VECKA 44", note="title"), N("vecka 44", ctx="Under [vecka 44] reste"), N("2025", ctx="motsvarande vecka [2025]."),
        N("vecka 45", ctx="Under [vecka 45] väntas"), N("vecka 44", ctx="per linje, [vecka 44]", note="caption"),
        N("Vecka 44 2026", note="column header"), N("Vecka 44 2025", note="column header"),
        N("vecka 45", ctx="onsdagen i [vecka 45]", note="next report"), N("556902-7714", note="org number"), N("0771-22 33 40"),
    ]

    # ------------------------------------------------------------ 7. university research funding 2025 (Publicerad 24 april 2026)
    SH = ("Sofia Halldén", "quote")
    EF = ("Externa forskningsbidrag", "forskningsbidrag")
    FB = ("externa forskningsbidrag", "forskningsbidrag")
    uc = [("SEK", 1e6, None, Y25, F, F), ("SEK", 1e6, None, Y24, F, F), ("percent", 1, None, Y25, T, T)]
    GOLD["r39_b_forskningsbidrag_2025"] = [
        G("1 284 miljoner kronor", 1284e6, "SEK", t=Y25, direction=INC, s=FB, sp=None),
        G("5,2 procent", 5.2, "percent", ctx="ökning med [5,2 procent]", **L25, direction=INC, s=FB, sp=None, note="size of the change keeps the subject"),
        G("1 221 miljoner kronor", 1221e6, "SEK", t=Y24, s=("bidragen", "bidragen"), sp=None),
        G("46 procent", 46, "percent", **L25, s=("De externa medlen", "medlen"), sp=None, note="'står nu för': takes X"),
        G("2 791 miljoner kronor", 2791e6, "SEK", **L25, s=("universitetets totala forskningsintäkter", "forskningsintäkter"), sp=None),
        G("312 miljoner kronor", 312e6, "SEK", t=Y25, s=None, sp=None, note="the funder is no subject"),
        G("268 miljoner kronor", 268e6, "SEK", **L25, s=None, sp=None),
        G("96", 96e6, "SEK", ctx="från [96] till", **L24, s=("Bidragen från EU:s ramprogram", "Bidragen"), sp=None, note="from-value"),
        G("141 miljoner kronor", 141e6, "SEK", **L25, direction=INC, s=("Bidragen från EU:s ramprogram", "Bidragen"), sp=None),
        G("23 nya EU-projekt", 23, "count", **L25, s=("nya EU-projekt", "EU-projekt"), sp=None),
        G("fyra", 4, "count", ctx="varav [fyra] som", **L25, s=None, sp=None),
        G("knappt 7 procent", 7, "percent", bound="approx", **L25, s=("Andelen bidrag från näringslivet", "Andelen"), sp=None),
        G("11 procent", 11, "percent", **L25, s=None, sp=None, note="one time, other universities"),
        G("118 doktorander", 118, "count", **L25, direction=DEC, s=("doktorander", "doktorander"), sp=None),
        G("131", 131, "count", ctx="jämfört med [131] året", **L24, s=None, sp=None),
        G("4,6 år", 4.6, "year", **L25, s=("Medianstudietiden till examen", "Medianstudietiden"), sp=None),
        G("2 947", 2947, "count", **L25, direction=INC, s=("Antalet vetenskapliga publikationer", "Antalet"), sp=None),
        G("71 procent", 71, "percent", **L25, s=("vetenskapliga publikationer", "publikationer"), sp=None, note="'varav': takes Y"),
        G("1 146", 1146, "count", **L25, s=("anställda forskare och lärare med doktorsexamen", "forskare"), sp=None),
        G("28", 28, "count", ctx="doktorsexamen, [28] fler", **L25, direction=INC, s=("anställda forskare och lärare med doktorsexamen", "forskare"), sp=None),
        G("14 procent", 14, "percent", t=Y25, s=("beviljandegraden hos Statens forskningsråd", "beviljandegraden"), sp=SH),
        G("1,5 miljarder kronor", 1.5e9, "SEK", t=(None, "2028"), lenient=True, direction=INC, s=("de externa bidragen", "bidragen"), sp=SH),
        *_row(G, "| Teknik och naturvetenskap", ["528", "487", "+8,4"], uc, EF, sep=" | ", note="Markdown table 'miljoner kronor': '2025' / '2024' explicit, change 2025 lenient signed; rows are faculties"),
        *_row(G, "| Medicin och hälsa", ["412", "398", "+3,5"], uc, EF, sep=" | "),
        *_row(G, "| Samhällsvetenskap", ["186", "192", "−3,1"], uc, EF, sep=" | "),
        *_row(G, "| Humaniora och teologi", ["71", "68", "+4,4"], uc, EF, sep=" | "),
        *_row(G, "| Utbildningsvetenskap", ["87", "76", "+14,5"], uc, EF, sep=" | "),
        G("1 284", 1284e6, "SEK", ctx="**Totalt** | **[1 284]**", t=Y25, s=EF, sp=None, note="bold total row"),
        G("1 221", 1221e6, "SEK", ctx="**1 284** | **[1 221]**", t=Y24, s=EF, sp=None),
        G("+5,2", 5.2, "percent", ctx="**1 221** | **[+5,2]**", **L25, direction=INC, s=EF, sp=None),
        G("drygt 41 procent", 41, "percent", bound="approx", **L25, s=("Teknik och naturvetenskap", "Teknik"), sp=None, note="'svarar för': takes X"),
        G("två större forskningsprogram", 2, "count", **L25, s=("större forskningsprogram", "forskningsprogram"), sp=None),
        G("32 procent", 32, "percent", **L26, s=("de direkta lönekostnaderna", "lönekostnaderna"), sp=None, note="present tense; 'X procent av Y' takes Y"),
        G("1 miljon kronor", 1e6, "SEK", optional=True, s=("ett bidrag", "bidrag"), sp=None, note="example"),
        G("omkring 240 000 kronor", 240000, "SEK", bound="approx", s=None, sp=None),
    ]
    NEG["r39_b_forskningsbidrag_2025"] = [
        N("2025", ctx="Forskningsfinansiering [2025]", note="title"), N("24 april 2026"), N("2024", ctx="jämfört med [2024], då"),
        N("2025", ctx="även [2025] den"), N("2028", ctx="senast [2028]"), N("1", ctx="Tabell [1]. Externa", note="table number"),
        N("2025", ctx="| Fakultet | [2025] |", note="column header"), N("2024", ctx="| 2025 | [2024] | Förändring", note="column header"),
        N("019-301 44 00"),
    ]

    # ------------------------------------------------------------ 8. police summer report on drownings 2026 (Publicerad 15 september 2026)
    AS = ("Annika Strömberg", "quote")
    DR = ("Drunkningar", "Drunkningar")
    dc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("count", 1, None, ("2016", "2025"), F, F)]
    GOLD["r39_b_drunkning_sommar"] = [
        G("14 personer", 14, "count", **L26, direction=DEC, s=("personer", "personer"), sp=None, note="'juni–augusti'; next: 'fem färre än sommaren 2025'"),
        G("fyra län", 4, "count", **L26, s=("län", "län"), sp=None),
        G("fem", 5, "count", ctx="Det är [fem] färre", **L26, direction=DEC, s=None, sp=None),
        G("19 personer", 19, "count", t=Y25, s=("personer", "personer"), sp=None),
        G("12,3 drunkningar per sommar", 12.3, "count", per="season", t=("2016", "2025"), lenient=True, s=("tioårsgenomsnittet", "tioårsgenomsnittet"), sp=None),
        G("Nästan hälften", 0.5, "ratio", bound="approx", **L26, s=("olyckorna", "olyckorna"), sp=None),
        G("sex", 6, "count", ctx="olyckorna, [sex] av", **L26, s=None, sp=None),
        G("fjorton", 14, "count", ctx="av de [fjorton],", **L26, s=None, sp=None, note="restates the count"),
        G("Fyra personer", 4, "count", **L26, s=("personer", "personer"), sp=None),
        G("minst tre", 3, "count", bound="at_least", **L26, s=None, sp=None, note="'av dessa fall': Y a pronoun"),
        G("Elva", 11, "count", **L26, s=("de omkomna", "omkomna"), sp=None),
        G("8 år", 8, "year", **L26, s=("Den yngsta", "yngsta"), sp=None),
        G("83 år", 83, "year", **L26, s=("den äldsta", "äldsta"), sp=None),
        G("54 år", 54, "year", **L26, s=("Medelåldern", "Medelåldern"), sp=None),
        G("0,9 per 100 000 invånare", 0.9, "count", per="capita", **L26, s=("sommarens drunkningar", "drunkningar"), sp=None),
        G("0,6", 0.6, "count", ctx="riksgenomsnittet på [0,6]", per="capita", **L26, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None, note="one time"),
        G("96 räddningsinsatser", 96, "count", **L26, direction=INC, s=("räddningsinsatser", "räddningsinsatser"), sp=None),
        G("88", 88, "count", ctx="jämföra med [88] förra", t=Y25, s=None, sp=None),
        G("12", 12, "count", ctx="I [12] av fallen", **L26, s=("fallen", "fallen"), sp=None),
        G("2 870 kontroller", 2870, "count", **L26, direction=INC, s=("kontroller av fritidsbåtar", "kontroller"), sp=None),
        G("drygt 20 procent", 20, "percent", bound="approx", **L26, direction=INC, s=("kontroller av fritidsbåtar", "kontroller"), sp=None),
        G("1 412 utandningsprov", 1412, "count", **L26, s=("utandningsprov", "utandningsprov"), sp=None),
        G("37", 37, "count", ctx="I [37] fall", **L26, s=("fall", "fall"), sp=None),
        G("2,6 fall per 100 prov", 2.6, "count", per="test", **L26, direction=DEC, s=None, sp=None, note="'Det motsvarar'"),
        G("3,4", 3.4, "count", ctx="jämfört med [3,4] sommaren", per="test", t=Y25, s=None, sp=None),
        G("41", 41, "count", ctx="var [41] (47)", **L26, s=("Antalet rapporterade båtolyckor med personskada", "Antalet"), sp=None),
        G("47", 47, "count", ctx="41 ([47])", **L25, s=("Antalet rapporterade båtolyckor med personskada", "Antalet"), sp=None, note="bracket: 'avser sommaren 2025'"),
        G("226 ordningsböter", 226, "count", **L26, s=("ordningsböter", "ordningsböter"), sp=None),
        G("mellan 30 och 40 tillfällen", None, "count", low=30, high=40, **L26, s=("tillfällen", "tillfällen"), sp=None),
        G("mindre än en minut", 1, "minute", bound="less_than", s=None, sp=AS),
        *_row(G, "Juni", ["3", "5", "3,4"], dc, DR, note="table 'Drunkningar per månad, antal': column periods explicit; rows are months"),
        *_row(G, "Juli", ["8", "10", "5,9"], dc, DR),
        *_row(G, "Augusti", ["3", "4", "3,0"], dc, DR),
        *_row(G, "Totalt", ["14", "19", "12,3"], dc, DR),
        G("sex poliser", 6, "count", t=Y27, direction=INC, s=("poliser", "poliser"), sp=None),
        G("under 10 år", 10, "year", bound="less_than", optional=True, s=("barn", "barn"), sp=None, note="threshold"),
    ]
    NEG["r39_b_drunkning_sommar"] = [
        N("2026", ctx="Sommarrapport [2026]", note="title"), N("15 september 2026"), N("2025", ctx="sommaren [2025], då"),
        N("100 000", note="rate denominator"), N("100", ctx="per [100] prov", note="rate denominator"),
        N("2025", ctx="3,4 sommaren [2025]."), N("2025", ctx="avser sommaren [2025]."), N("2027", ctx="sommaren [2027] planerar"),
        N("Sommaren 2026", note="column header"), N("Sommaren 2025", note="column header"), N("Snitt 2016–2025", note="column header"),
        N("112", note="emergency number"), N("114 14", note="phone number"),
    ]
    return GOLD, NEG
