"""Round 12, part A (r12_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 12, part A (r12_a_*): eight kinds, written from scratch (r12_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a municipality's budget proposal for 2026
# (Markdown, 'Publicerad 14 oktober 2025'; 'nästa år', 'budgetåret 2026', 'höjas med 20 öre till 22,14 kronor', 'jämfört
# med innevarande år', '41 Mkr mer än i år', 'ett tillskott på 52 Mkr, varav 18 Mkr', 'under planperioden 2026–2028',
# an example income, a result target 'minst 2 procent', a Markdown table 'Budget 2026' / 'Prognos 2025' / 'Utfall
# 2024' in Mkr with signed cost rows), a savings bank's Q3 interim report (dateline 'Västerås den 23 oktober 2025';
# 'TREDJE KVARTALET 2025' / 'JANUARI–SEPTEMBER 2025' headings carried across bullets, brackets dated by 'Siffror inom
# parentes avser motsvarande period föregående år', räntenetto, K/I-tal, per-share figures, kärnprimärkapitalrelation
# against a requirement, a CEO quote, a plain-text key-figure table 'Kv3 2025' / 'Kv3 2024' / 'Jan–sep 2025' /
# 'Jan–sep 2024'), a monthly labour-force survey release for October 2025 (Markdown; seasonally adjusted level,
# 'en minskning med 0,3 procentenheter jämfört med september', 'jämfört med samma månad föregående år', 'mot 8,3
# procent i oktober 2024', 'knappt var femte', '1,2 procentenheter över nivån före pandemin' in a quote, a table by
# sex and age group with a signed procentenheter column, sample size and margin of error), a party's press release with
# election promises (date only in the sidecar, 2026-02-10; 'vill satsa 3 miljarder kronor per år', 'under nästa
# mandatperiod', 'fram till 2030', 'dubbelt så mycket som regeringen', 'inom 20 minuter', 'Var tredje ... sedan 2015',
# promises in a bullet list, 'per 100 000 invånare öka från 205 till 226', a commissioned poll), a hospital region's
# emergency-department page (HTML with cookie banner, menu, breadcrumb, teasers, emergency numbers and footer as
# chrome; durations in hours and minutes, 'var fjärde patient ... i mer än 5 timmar', 'längre än 12 timmar', shares
# within 4 hours against the same month 2024, visits per day, a target, an HTML table in minutes and percent), a
# weather service's monthly summary for November 2025 (Markdown; °C, mm, 'grader över/under det normala',
# 'normalperioden 1991–2020', 'den varmaste november sedan 1994', records, 'nästan dubbelt så mycket som normalt', '38
# procent av den normala mängden', cm, soltimmar, m/s, a station table with a signed deviation column), yearly
# public-transport ridership for 2025 ('Publicerad 28 januari 2026'; 'miljoner resor', 'jämfört med före pandemin,
# 2019', 'påstigande per vardag', 'mot 156 500 ... året innan', '(68)', a target, fares 'höjs med 4 procent från 1
# januari 2026', 'från 36 till 38 kronor', a plain-text table with a signed change column) and an UNDATED wage-agreement
# news item (no date, no sidecar; the agreement's own dates '1 april 2026 till 31 mars 2028'; '6,4 procent under två
# år, varav 3,4 procent första året', lägstalöner 'höjs med 1 200 kronor i månaden', a demand '4 procent per år' in a
# quote, a fact box).
# The r8-r11 decisions are followed: periods at year grain; a relative expression in the sentence ('nästa år', 'i år',
# 'I dag', 'nu', 'i fjol') resolves against the publication date and is not lenient; a month without a year, a
# heading's year, the document's period, 'året innan' / 'för ett år sedan' are lenient; brackets take the period their
# note names (not lenient) and the year before, lenient, when no note names it; the to-value of a verb of change and a
# level followed by ', X fler än', 'mot X <earlier time>', 'Det är X kortare/en ökning' carry the direction, the
# earlier value none; comparisons at one time have no direction; multipliers, named sets, definitions and thresholds
# optional; targets required without a period; table cells take their column headers' periods (not lenient), change
# columns lenient with direction from the sign; durations in hours and minutes are one mention in minutes (r10_a).
# Where those were silent or where this brief asked otherwise, decided here:
# - AGE RANGES ARE NEGATIVES in this round ('15–74 år', '15–24 år', and the table row labels 'Kvinnor 15–74 år',
#   '25–54 år', '55–74 år'): an age range only names the population or the row group, like a column header of periods
#   (earlier rounds made them optional G; the lead asked for N here). Age THRESHOLDS ('80 år eller äldre', 'under 20
#   år', 'över 55 år') stay optional G as in r10/r11, and so does 'minst tre års erfarenhet' (a threshold of a group).
# - A comparison with the normal of a reference period ('2,9 grader över det normala', '1,6 grader under',
#   'nästan dubbelt så mycket som normalt', 'cirka 10 cm mer än normalt', 'mot normalt 52 timmar') is r10_b's comparison
#   of one thing with its own average over earlier years: a change (direction), the current month's level the new
#   value, period the current year (lenient: 'I Granvik blev' names no time); the normal itself, where it is a figure
#   ('normalt 52 timmar'), spans the normal period ('1991', '2020'), lenient. '38 procent av den normala mängden' is a
#   share of the normal (no direction, s None: it restates '21 mm', whose noun is elided). The deviation column of the
#   station table ('+2,9', '−1,6', degC) takes its direction from the sign; its other columns are levels; the table
#   names no year ('november' in the heading): all cells 2025, lenient. 'på ett dygn' sets per="day" for '46 mm'.
#   Units: 'degC', 'mm', 'cm', 'm/s'; 'soltimmar' and 'timmar' are unit 'hour'.
# - 'den varmaste november sedan 1994', 'där mätningarna startade 1961', 'normalperioden 1991–2020', 'perioden
#   1991–2020' are negatives (a year or a span that only places or defines a claim).
# - Budget: 'för nästa år' / 'budgetåret 2026' / 'för 2026' in the sentence make 2026 not lenient; the rest of the
#   proposal is 2026, lenient (the document's budget year). 'X Mkr mer än i år' is a change over time (increase, 2026).
#   A 'tillskott på 52 Mkr' and its 'varav 18 Mkr' are the size of an increase (direction increase; 18 Mkr takes the
#   goal of the money, 'hemtjänsten'). 'öka med omkring 350 personer per år och nå 48 600 invånare vid utgången av
#   2028' spans ('2026', '2028'), lenient, for the yearly rate, and 2028 for the to-value (which keeps the grammatical
#   subject 'Befolkningen', r11). 'investeringar för totalt 1,2 miljarder kronor' 'Under planperioden 2026–2028' spans
#   ('2026', '2028') explicitly. The result table's negative cells (costs, finansnetto) are levels written with a minus
#   sign: value negative, no direction. 'Kommunens mål ... minst 2 procent' is a target, possession (no speaker).
#   'Kommunstyrelsen ... föreslår' credits Kommunstyrelsen for the figures of its own sentence (r6 'X föreslår').
#   '1,5 procent av skatteintäkter' after 'vilket motsvarar' has s None (r10_a: 'vilket' stands for the result).
# - Bank: 'per den 30 september' under 'JANUARI–SEPTEMBER 2025' is 2025 (lenient), its bracket 2024 (the note);
#   'sedan årsskiftet' in an October report is 2025 (lenient); 'under kvartalet' in the CEO quote is 2025, lenient.
#   '4,1 procentenheter över det krav som myndigheterna ställer' is a comparison at one time (r10_a): no direction.
# - Party press release (published 2026-02-10): 'under nästa mandatperiod' is the term after the September 2026
#   election, budget years ('2027', '2030'), lenient (it needs the election calendar); 'fram till 2030' / 'till 2030'
#   are ('2030', '2030') as r9_a / r11_a, not lenient; 'fullt utbyggt 2028' is 2028. Promises without a time of their
#   own (bullets, 'inom 20 minuter') have no period; the from-values of 'från 1 600 till 2 200 per år' and 'från 205
#   till 226' are the present (2026, lenient), their to-values promises without a period. 'Framtidspartiet vill' and
#   'Partiet vill också' credit Framtidspartiet (r6 'X föreslår'); the financing sentence ('ska finansieras') and the
#   package total are passive: no speaker. 'enligt partiets genomgång' / 'Enligt partiets beräkningar' are 'enligt'. 'I
#   en undersökning som partiet låtit göra' credits Framtidspartiet. 'Var tredje polisstation ... har lagts ned sedan
#   2015' is a decrease over ('2015', '2026'), lenient. 'tar det i genomsnitt 27 minuter för polisen' has s None (a
#   dummy 'det'; the police is the actor), whereas 'polisen ska vara på plats inom 20 minuter' is predicated of
#   'polisen'. 'dubbelt så mycket som regeringen' compares two actors at one time: optional multiplier, no direction.
#   'en halvtimme' (no digits) is left out.
# - Emergency department: 'i mer än 5 timmar' said of 'var fjärde patient' is the claim itself (the upper quartile):
#   required, more_than, unit hour; 'längre än 12 timmar' only delimits the group counted by '212 patienter': optional.
#   'regionens tre akutmottagningar' is a named set: optional. The table's columns name the measure and the month
#   ('Median vistelsetid nov 2025, min'): minutes, 2025 / 2024, not lenient; subjects from the column labels.
# - Ridership: 'Jämfört med före pandemin, 2019, är resandet nu 2 procent högre' in a January 2026 text about 2025 is
#   r9_b's base-year span ('2019', '2025'), lenient; 'sedan 2019' in the quote likewise. 'påstigande per vardag' is
#   per="day" (r10_a). 'En 30-dagarsbiljett ... kostar då 1 090 kronor, 40 kronor mer än i fjol' is 2026 (lenient: 'då'
#   = from 1 January 2026): the new value; the fare's from-value '36' is 2025, lenient. 'halva priset' for youths and
#   pensioners is a fare rule: optional ratio 0.5. 'länets 9 kommuner' is a named set: optional.
# - Undated wage agreement (no date, no sidecar): present-tense levels ('omfattar omkring 64 000 anställda', 'Var
#   tredje anställd') have no period (time not annotated, as r6_handel_tt); figures tied to the agreement's own explicit
#   dates take them: 'under två år' / 'under avtalsperioden' = ('2026', '2028'), lenient (derived from '1 april 2026 till
#   31 mars 2028'); 'första året' / 'år 1' = ('2026', '2027'), 'andra året' / 'år 2' = ('2027', '2028'), lenient (an
#   agreement year straddles two calendar years: both kept at year grain); 'från 1 april 2026' = 2026, not lenient. The
#   demand 'vårt krav på 4 procent per år' is per="year" over the agreement period, lenient. 'på två år' (title) and
#   'under två år' are the period of the change: negatives (r11 'på fem år'), while '(24 månader)' in the fact box is the
#   length of the agreement (required, as r8_b). The agreement's dates and the fact box's 'år 1' / 'år 2' labels are
#   negatives. 'Vårdföretagarna Norden bedömer' credits Vårdföretagarna Norden.
# - Negatives besides the above: datelines and Publicerad lines, times of day, title and heading periods, column headers
#   of periods ('Budget 2026', 'Kv3 2025', 'Okt 2024', 'nov 2025', a bare '2025' column), 'Tabell 1', years and dates
#   that only place a claim, 'ett år' in 'för ett år sedan', the denominator '100 000' of 'per 100 000 invånare', names
#   with digits ('30-dagarsbiljett', '1177', '112'), phone numbers, box addresses, postal codes, org numbers, the
#   cookie count, related-article teasers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'nästa år', 'innevarande år', 'tredje kvartalet', 'första
#   läkarbedömning', 'första året' / 'andra året' as words of order (their periods are annotated on the figures),
#   'en halvtimme', 'ett dygn', 'i rad', the article 'en/ett'. ('sjunkit tre månader i rad' is annotated, as the earlier
#   'fyra månader i rad'.)
from __future__ import annotations

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2028", "2030")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26 = Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)

    # ------------------------------------------------------------ 1. municipal budget proposal (Publicerad 14 oktober 2025)
    KS = ("Kommunstyrelsen i Lövsjö kommun", "credited")
    SK = ("Skattesatsen", "Skattesatsen")
    RA = ("Nämndernas samlade ramar", "ramar")
    BUN = ("Barn- och utbildningsnämnden", "utbildningsnämnden")
    INV = ("investeringar", "investeringar")
    LS = ("Låneskulden", "Låneskulden")
    PP = ("2026", "2028")
    bt = [("SEK", 1e6, None, Y26, False, False), ("SEK", 1e6, None, Y25, False, False), ("SEK", 1e6, None, Y24, False, False)]
    GOLD["r12_a_budget_kommun"] = [
        G("20 öre", 0.2, "SEK", occ=1, t=Y26, direction="increase", s=("skatten", "skatten"), sp=None, note="title 'Budgetförslag för 2026'"),
        G("38 miljoner kronor", 38e6, "SEK", t=Y26, s=("ett resultat", "resultat"), sp=KS, note="'för nästa år'"),
        G("1,5 procent", 1.5, "percent", t=Y26, s=None, sp=KS, note="'vilket motsvarar ... av skatteintäkter': 'vilket' stands for the result"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="'Kommunens mål': a target, no period"),
        G("20 öre", 0.2, "SEK", occ=2, **L26, direction="increase", s=SK, sp=None),
        G("22,14 kronor", 22.14, "SEK", **L26, direction="increase", s=SK, sp=None, note="to-value"),
        G("ungefär 26 miljoner kronor", 26e6, "SEK", bound="approx", **L26, direction="increase", s=("ökade skatteintäkter", "skatteintäkter"), sp=None),
        G("32 000 kronor", 32000, "SEK", per="month", s=None, sp=None, note="the example income (r10_a)"),
        G("cirka 64 kronor", 64, "SEK", bound="approx", per="month", **L26, direction="increase", s=("skatt", "skatt"), sp=None, note="'mer i skatt per månad'"),
        G("2 412 miljoner kronor", 2412e6, "SEK", t=Y26, direction="increase", s=RA, sp=None, note="'för 2026'; ', en ökning med 3,8 procent': the new value"),
        G("3,8 procent", 3.8, "percent", t=Y26, direction="increase", s=RA, sp=None, note="'jämfört med innevarande år'"),
        G("1 046 Mkr", 1046e6, "SEK", **L26, direction="increase", s=BUN, sp=None, note="', 41 Mkr mer än i år': the new value"),
        G("41 Mkr", 41e6, "SEK", **L26, direction="increase", s=BUN, sp=None),
        G("52 Mkr", 52e6, "SEK", **L26, direction="increase", s=("ett tillskott", "tillskott"), sp=None),
        G("18 Mkr", 18e6, "SEK", **L26, direction="increase", s=("hemtjänsten", "hemtjänsten"), sp=None, note="'varav ... går till'"),
        G("4 Mkr", 4e6, "SEK", ctx="minskar med [4 Mkr].", **L26, direction="decrease", s=("Kultur- och fritidsnämndens ram", "ram"), sp=None),
        G("2,9 procent", 2.9, "percent", **L26, direction="increase", s=("Löner och priser", "Löner"), sp=None, note="'räknas upp med'"),
        G("omkring 350 personer per år", 350, "count", bound="approx", per="year", t=PP, lenient=True, direction="increase", s=("Befolkningen", "Befolkningen"), sp=None),
        G("48 600 invånare", 48600, "count", t=Y["2028"], direction="increase", s=("Befolkningen", "Befolkningen"), sp=None, note="'nå ... vid utgången av 2028': to-value"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", t=PP, s=INV, sp=None, note="'Under planperioden 2026–2028'"),
        G("465 Mkr", 465e6, "SEK", t=Y26, s=INV, sp=None, note="'varav ... nästa år'"),
        G("540 elever", 540, "count", s=("elever", "elever"), sp=None, note="the new school's size"),
        G("310 miljoner kronor", 310e6, "SEK", s=("en ny skola", "skola"), sp=None, note="a cost with no period of its own"),
        G("58 procent", 58, "percent", **L26, s=("Självfinansieringsgraden för investeringarna", "Självfinansieringsgraden"), sp=None),
        G("280 Mkr", 280e6, "SEK", t=Y26, direction="increase", s=LS, sp=None, note="'vid utgången av 2026'"),
        G("1 950 Mkr", 1950e6, "SEK", t=Y26, direction="increase", s=LS, sp=None, note="to-value"),
        *_row(G, "| Verksamhetens nettokostnader", ["−2 398", "−2 309", "−2 201"], bt, ("Verksamhetens nettokostnader", "nettokostnader"), sep=" | ", note="table 'Resultatbudget, Mkr': 'Budget 2026' / 'Prognos 2025' / 'Utfall 2024'; minus signs of costs, no direction"),
        *_row(G, "| Skatteintäkter och statsbidrag", ["2 461", "2 352", "2 268"], bt, ("Skatteintäkter och statsbidrag", "Skatteintäkter"), sep=" | "),
        *_row(G, "| Finansnetto", ["−25", "−19", "−14"], bt, ("Finansnetto", "Finansnetto"), sep=" | "),
        *_row(G, "| Årets resultat", ["38", "24", "53"], bt, ("Årets resultat", "resultat"), sep=" | "),
        G("112 sidor", 112, "count", optional=True, s=None, sp=None, note="page count of the full proposal"),
    ]
    NEG["r12_a_budget_kommun"] = [
        N("2026", ctx="för [2026]: skatten", note="title"), N("14 oktober 2025"), N("budgetåret 2026"),
        N("för 2026", ctx="ramar [för 2026] uppgår"), N("2028", ctx="utgången av [2028]."), N("planperioden 2026–2028"),
        N("2026", ctx="utgången av [2026].", note="'vid utgången av 2026' is a time"),
        N("Budget 2026"), N("Prognos 2025"), N("Utfall 2024"), N("24 november"), N("0570-482 10"),
    ]

    # ------------------------------------------------------------ 2. bank Q3 interim report (dateline 23 October 2025)
    RN = ("Räntenettot", "Räntenettot")
    PN = ("Provisionsnettot", "Provisionsnettot")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    KI = ("K/I-talet", "K/I-talet")
    KF = ("Kreditförlusterna", "Kreditförlusterna")
    RPA = ("Resultat per aktie", "Resultat")
    KPK = ("Kärnprimärkapitalrelationen", "Kärnprimärkapitalrelationen")
    UT = ("Utlåningen till allmänheten", "Utlåningen")
    CB = ("Cecilia Brandt", "quote")
    kq = lambda unit, scale: [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False),
                              (unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False)]
    GOLD["r12_a_delarsrapport_bank"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L25, direction="decrease", s=RN, sp=None, note="bullet under 'TREDJE KVARTALET 2025'"),
        G("412", 412e6, "SEK", ctx="till [412] (429)", **L25, direction="decrease", s=RN, sp=None),
        G("429", 429e6, "SEK", ctx="412 ([429]) Mkr", t=Y24, s=RN, sp=None, note="'Siffror inom parentes avser motsvarande period föregående år'"),
        G("8 procent", 8, "percent", ctx="ökade med [8 procent] till", **L25, direction="increase", s=PN, sp=None),
        G("96", 96e6, "SEK", ctx="till [96] (89)", **L25, direction="increase", s=PN, sp=None),
        G("89", 89e6, "SEK", ctx="96 ([89]) Mkr", t=Y24, s=PN, sp=None),
        G("268", 268e6, "SEK", ctx="till [268] (281)", **L25, s=RR, sp=None),
        G("281", 281e6, "SEK", ctx="268 ([281]) Mkr", t=Y24, s=RR, sp=None),
        G("0,41", 0.41, "number", ctx="var [0,41] (0,39)", **L25, s=KI, sp=None),
        G("0,39", 0.39, "number", ctx="0,41 ([0,39])", t=Y24, s=KI, sp=None),
        G("9", 9e6, "SEK", ctx="till [9] (14)", **L25, s=KF, sp=None),
        G("14", 14e6, "SEK", ctx="9 ([14]) Mkr", t=Y24, s=KF, sp=None),
        G("2,18", 2.18, "SEK", per="share", ctx="till [2,18] (2,27)", **L25, s=RPA, sp=None),
        G("2,27", 2.27, "SEK", per="share", ctx="2,18 ([2,27]) kronor", t=Y24, s=RPA, sp=None),
        G("3 procent", 3, "percent", ctx="ökade med [3 procent] till", **L25, direction="increase", s=RR, sp=None, note="bullet under 'JANUARI–SEPTEMBER 2025'"),
        G("836", 836e6, "SEK", ctx="till [836] (812)", **L25, direction="increase", s=RR, sp=None),
        G("812", 812e6, "SEK", ctx="836 ([812]) Mkr", t=Y24, s=RR, sp=None),
        G("12,4 procent", 12.4, "percent", **L25, s=("Räntabiliteten på eget kapital", "Räntabiliteten"), sp=None),
        G("12,9", 12.9, "percent", ctx="12,4 procent ([12,9])", t=Y24, s=("Räntabiliteten på eget kapital", "Räntabiliteten"), sp=None),
        G("6,74", 6.74, "SEK", per="share", ctx="till [6,74] (6,55)", **L25, s=RPA, sp=None),
        G("6,55", 6.55, "SEK", per="share", ctx="6,74 ([6,55]) kronor", t=Y24, s=RPA, sp=None),
        G("17,8 procent", 17.8, "percent", occ=1, **L25, s=KPK, sp=None, note="'per den 30 september'"),
        G("17,1", 17.1, "percent", ctx="17,8 procent ([17,1])", t=Y24, s=KPK, sp=None),
        G("drygt 3 400 nya privatkunder", 3400, "count", bound="approx", **L25, s=("nya privatkunder", "privatkunder"), sp=CB, note="'under kvartalet'"),
        G("2,1 miljarder kronor", 2.1e9, "SEK", **L25, direction="increase", s=UT, sp=CB, note="'sedan årsskiftet'"),
        G("61,3 miljarder kronor", 61.3e9, "SEK", **L25, s=UT, sp=None, note="'vid periodens slut'"),
        G("44,8 miljarder kronor", 44.8e9, "SEK", **L25, s=("bolån till privatpersoner", "bolån"), sp=None, note="'varav ... avsåg'"),
        G("48,9", 48.9e9, "SEK", ctx="till [48,9] (46,2)", **L25, direction="increase", s=("Inlåningen från allmänheten", "Inlåningen"), sp=None),
        G("46,2", 46.2e9, "SEK", ctx="48,9 ([46,2]) miljarder", t=Y24, s=("Inlåningen från allmänheten", "Inlåningen"), sp=None),
        G("knappt 14 procent", 14, "percent", bound="approx", **L25, s=("Bankens marknadsandel för bolån i verksamhetsområdet", "marknadsandel"), sp=None),
        G("17,8 procent", 17.8, "percent", occ=2, **L25, s=KPK, sp=None),
        G("4,1 procentenheter", 4.1, "percentage_point", **L25, s=KPK, sp=None, note="over a requirement: a comparison at one time"),
        G("0,02 procent", 0.02, "percent", **L25, s=("Kreditförlustnivån", "Kreditförlustnivån"), sp=None),
        G("0,04", 0.04, "percent", ctx="0,02 procent ([0,04])", t=Y24, s=("Kreditförlustnivån", "Kreditförlustnivån"), sp=None),
        G("612", 612, "count", ctx="var [612] (598)", **L25, s=("Antalet anställda", "Antalet"), sp=None),
        G("598", 598, "count", ctx="612 ([598])", t=Y24, s=("Antalet anställda", "Antalet"), sp=None),
        *_row(G, "Räntenetto", ["412", "429", "1 268", "1 241"], kq("SEK", 1e6), ("Räntenetto", "Räntenetto"), note="table 'NYCKELTAL, Mkr': 'Kv3 2025' / 'Kv3 2024' / 'Jan–sep 2025' / 'Jan–sep 2024'"),
        *_row(G, "Provisionsnetto", ["96", "89", "281", "262"], kq("SEK", 1e6), ("Provisionsnetto", "Provisionsnetto")),
        *_row(G, "Rörelseresultat", ["268", "281", "836", "812"], kq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "K/I-tal", ["0,41", "0,39", "0,40", "0,40"], kq("number", 1), ("K/I-tal", "K/I-tal")),
    ]
    NEG["r12_a_delarsrapport_bank"] = [
        N("januari–september 2025", note="title"), N("23 oktober 2025", 1, note="dateline"), N("TREDJE KVARTALET 2025"),
        N("JANUARI–SEPTEMBER 2025"), N("30 september", note="'per den 30 september' is a time"),
        N("Kv3 2025"), N("Kv3 2024"), N("Jan–sep 2025"), N("Jan–sep 2024"), N("Bokslutskommuniké 2025"),
        N("5 februari 2026"), N("021-440 81 00"), N("23 oktober 2025", 2), N("07.30"),
    ]

    # ------------------------------------------------------------ 3. labour-force survey, October 2025 (2025-11-19)
    AL = ("arbetslösheten", "arbetslösheten")
    AA = ("antalet arbetslösa", "antalet")
    SY = ("Antalet sysselsatta", "Antalet")
    SG = ("Sysselsättningsgraden", "Sysselsättningsgraden")
    MH = ("Maria Holmqvist", "quote")
    ALT = ("Arbetslöshet", "Arbetslöshet")
    ak = [("percent", 1, None, Y25, False, False), ("percent", 1, None, Y24, False, False),
          ("percentage_point", 1, None, Y25, True, True)]
    GOLD["r12_a_aku_oktober"] = [
        G("8,4 procent", 8.4, "percent", occ=1, **L25, direction="decrease", s=("Arbetslösheten", "Arbetslösheten"), sp=None, note="title: 'minskade till ... i oktober'"),
        G("8,4 procent", 8.4, "percent", occ=2, t=Y25, direction="decrease", s=AL, sp=None, note="'i oktober 2025'; ', en minskning med 0,3 procentenheter': the new value"),
        G("0,3 procentenheter", 0.3, "percentage_point", t=Y25, direction="decrease", s=AL, sp=None, note="'jämfört med september'"),
        G("508 000 personer", 508000, "count", **L25, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("21 000", 21000, "count", ctx="med [21 000] till", **L25, direction="decrease", s=AA, sp=None, note="'Jämfört med samma månad föregående år'"),
        G("471 000 personer", 471000, "count", **L25, direction="decrease", s=AA, sp=None, note="to-value"),
        G("7,9 procent", 7.9, "percent", occ=1, **L25, direction="decrease", s=("Arbetslösheten", "Arbetslösheten"), sp=None, note="'mot 8,3 procent i oktober 2024': the new value"),
        G("8,3 procent", 8.3, "percent", t=Y24, s=("Arbetslösheten", "Arbetslösheten"), sp=None),
        G("46 000", 46000, "count", ctx="med [46 000] till", **L25, direction="increase", s=SY, sp=None),
        G("5 262 000 personer", 5262000, "count", **L25, direction="increase", s=SY, sp=None),
        G("69,2 procent", 69.2, "percent", **L25, direction="increase", s=SG, sp=None, note="', en ökning med 0,4 procentenheter': the new value"),
        G("0,4 procentenheter", 0.4, "percentage_point", **L25, direction="increase", s=SG, sp=None),
        G("1,1 procent", 1.1, "percent", **L25, direction="increase", s=("Det totala antalet arbetade timmar per vecka", "antalet"), sp=None),
        G("22,6 procent", 22.6, "percent", **L25, s=AL, sp=None),
        G("tolv månader", 12, "month", bound="more_than", optional=True, s=None, sp=None, note="defines long-term unemployment"),
        G("94 000", 94000, "count", ctx="var [94 000], vilket", **L25, s=("Antalet långtidsarbetslösa", "Antalet"), sp=None),
        G("knappt var femte", 0.2, "ratio", bound="approx", **L25, s=("arbetslös", "arbetslös"), sp=None),
        G("tre månader", 3, "month", s=("Arbetslösheten", "Arbetslösheten"), sp=MH, note="'har nu sjunkit tre månader i rad' (as the earlier 'fyra månader i rad')"),
        G("1,2 procentenheter", 1.2, "percentage_point", t=Y25, direction="increase", s=("Arbetslösheten", "Arbetslösheten"), sp=MH, note="'nu', 'över nivån före pandemin': one thing over time (r7)"),
        *_row(G, "| Kvinnor 15–74 år", ["7,6", "8,1", "−0,5"], ak, ALT, sep=" | ", note="table 'Arbetslöshet efter kön och ålder, ej säsongsrensat, procent': 'Okt 2025' / 'Okt 2024' / 'Förändring, procentenheter'"),
        *_row(G, "| Män 15–74 år", ["8,2", "8,5", "−0,3"], ak, ALT, sep=" | "),
        *_row(G, "| 15–24 år", ["21,9", "23,4", "−1,5"], ak, ALT, sep=" | "),
        *_row(G, "| 25–54 år", ["6,3", "6,6", "−0,3"], ak, ALT, sep=" | "),
        *_row(G, "| 55–74 år", ["5,1", "5,2", "−0,1"], ak, ALT, sep=" | "),
        *_row(G, "| Totalt 15–74 år", ["7,9", "8,3", "−0,4"], ak, ALT, sep=" | "),
        G("cirka 23 000 personer", 23000, "count", bound="approx", per="month", s=("personer", "personer"), sp=None, note="sample size 'varje månad'"),
        G("0,5 procentenheter", 0.5, "percentage_point", bound="approx", s=("Felmarginalen för arbetslösheten", "Felmarginalen"), sp=None, note="'ungefär ±0,5 procentenheter': a margin of error (r3)"),
        G("fyra veckorna", 4, "week", optional=True, s=None, sp=None, note="definition"),
        G("två veckor", 2, "week", bound="at_most", optional=True, s=None, sp=None, note="definition ('inom')"),
    ]
    NEG["r12_a_aku_oktober"] = [
        N("oktober 2025", 1, note="heading"), N("2025-11-19"), N("08.00"),
        N("15–74 år", 1, note="an age range names the population (this round: negative)"), N("oktober 2025", 2),
        N("oktober 2024", 1, note="heading"), N("oktober 2024", 2), N("15–24 år", 1, note="age range"),
        N("Tabell 1", note="list label"), N("Okt 2025"), N("Okt 2024"),
        N("15–74 år", 2, note="row label"), N("15–74 år", 3), N("15–24 år", 2), N("25–54 år"), N("55–74 år"), N("15–74 år", 4),
        N("17 december 2025"), N("010-479 52 60"),
    ]

    # ------------------------------------------------------------ 4. party press release (sidecar 2026-02-10)
    FP = ("Framtidspartiet", "credited")
    JR = ("Johanna Reuterskiöld", "quote")
    MP = ("2027", "2030")
    GOLD["r12_a_parti_polis"] = [
        G("3 miljarder", 3e9, "SEK", occ=1, per="year", t=MP, lenient=True, s=("polisen", "polisen"), sp=FP, note="title 'Framtidspartiet: 3 miljarder om året till polisen'"),
        G("3 miljarder kronor per år", 3e9, "SEK", per="year", t=MP, lenient=True, s=("polisen", "polisen"), sp=FP, note="'under nästa mandatperiod'"),
        G("2 500 fler polisanställda", 2500, "count", t=Y["2030"], direction="increase", s=("polisanställda", "polisanställda"), sp=FP, note="'fram till 2030'"),
        G("minst 1 000", 1000, "count", bound="at_least", t=Y["2030"], direction="increase", s=None, sp=FP, note="'varav minst 1 000 ska placeras': elided noun"),
        G("dubbelt", 2, "number", optional=True, s=None, sp=JR, note="'dubbelt så mycket som regeringen': two actors at one time"),
        G("inom 20 minuter", 20, "minute", bound="at_most", s=("polisen", "polisen"), sp=JR, note="a promised target, no period"),
        G("1,5 miljarder kronor", 1.5e9, "SEK", t=Y26, s=("fler polisanställda", "polisanställda"), sp=("Regeringen", "credited"), note="'i budgeten för 2026 avsatt': the spender is the speaker (r6)"),
        G("omkring 36 000 anställda", 36000, "count", bound="approx", t=Y26, s=("anställda", "anställda"), sp=None, note="'I dag'"),
        G("knappt 23 000 poliser", 23000, "count", bound="approx", t=Y26, s=("poliser", "poliser"), sp=None, note="'varav'"),
        G("27 minuter", 27, "minute", t=Y26, s=None, sp=None, note="'I dag tar det i genomsnitt'"),
        G("11 minuter", 11, "minute", t=Y26, s=None, sp=None, note="comparison at one time"),
        G("Var tredje", 1 / 3, "ratio", t=("2015", "2026"), lenient=True, direction="decrease", s=("polisstation utanför storstadsregionerna", "polisstation"), sp=("partiets genomgång", "enligt"), note="'har lagts ned sedan 2015'"),
        G("4 000 kronor", 4000, "SEK", per="month", direction="increase", s=("ingångslönen för nyutexaminerade poliser", "ingångslönen"), sp=FP, note="bullet after 'Partiet vill också'"),
        G("33 500 kronor", 33500, "SEK", per="month", direction="increase", s=("ingångslönen för nyutexaminerade poliser", "ingångslönen"), sp=FP, note="to-value"),
        G("12 nya polisstationer", 12, "count", t=Y["2030"], s=("nya polisstationer", "polisstationer"), sp=FP, note="'till 2030'"),
        G("1 600", 1600, "count", ctx="från [1 600] till", per="year", **L26, s=("antalet platser på polisutbildningen", "antalet"), sp=FP, note="from-value: the present"),
        G("2 200 per år", 2200, "count", per="year", direction="increase", s=("antalet platser på polisutbildningen", "antalet"), sp=FP),
        G("450 miljoner kronor per år", 450e6, "SEK", per="year", s=("stöd för brottsoffer", "stöd"), sp=FP),
        G("1,2 miljarder kronor per år", 1.2e9, "SEK", per="year", direction="decrease", s=("statens kostnader för konsulter", "kostnader"), sp=None),
        G("1,8 miljarder kronor per år", 1.8e9, "SEK", per="year", s=("en ny avgift på spel om pengar", "avgift"), sp=None),
        G("4,5 miljarder kronor per år", 4.5e9, "SEK", per="year", t=Y["2028"], s=("partiets rättspolitiska paket", "paket"), sp=None, note="'när det är fullt utbyggt 2028'"),
        G("205", 205, "count", ctx="från [205] till", per="capita", **L26, s=("antalet poliser", "antalet"), sp=("partiets beräkningar", "enligt"), note="'per 100 000 invånare' (r7_b: per capita); from-value: the present"),
        G("226", 226, "count", ctx="till [226].", per="capita", direction="increase", s=("antalet poliser", "antalet"), sp=("partiets beräkningar", "enligt")),
        G("41 procent", 41, "percent", **L26, s=("de tillfrågade i landsbygdskommuner", "tillfrågade"), sp=FP, note="'I en undersökning som partiet låtit göra'"),
        G("29 procent", 29, "percent", **L26, s=("de tillfrågade", "tillfrågade"), sp=FP, note="'jämfört med 29 procent i hela landet': the measure carried, comparison at one time"),
        G("2 014 personer", 2014, "count", **L26, s=("personer", "personer"), sp=FP),
    ]
    NEG["r12_a_parti_polis"] = [
        N("2030", 1, note="'fram till 2030' is a time"), N("2026", ctx="budgeten för [2026] avsatt", note="a time"), N("2015", note="'sedan 2015' is a time"), N("2030", 2, note="'till 2030'"),
        N("2028", note="'fullt utbyggt 2028' is a time"), N("100 000", note="the denominator of 'per 100 000 invånare'"),
        N("070-241 88 15"),
    ]

    # ------------------------------------------------------------ 5. emergency department page (Publicerad 4 december 2025)
    PAT = ("Patienterna på regionens tre akutmottagningar", "Patienterna")
    AND = ("Andelen patienter som var klara på akuten inom 4 timmar", "Andelen")
    BES = ("besök", "besök")
    TL = ("Tiden till första läkarbedömning", "Tiden")
    HE = ("Hanna Ekdahl", "quote")
    MV = ("Median vistelsetid", "vistelsetid")
    ed = [("minute", 1, None, Y25, False, False), ("minute", 1, None, Y24, False, False), ("percent", 1, None, Y25, False, False)]
    EDS = [MV, MV, ("Klara inom 4 timmar", "Klara")]
    GOLD["r12_a_akuten_region"] = [
        G("tre akutmottagningar", 3, "count", optional=True, s=None, sp=None, note="a named set"),
        G("3 timmar och 42 minuter", 222, "minute", **L25, direction="decrease", s=PAT, sp=None, note="'i median ... i november'; 'Det är 18 minuter kortare': the new value"),
        G("18 minuter", 18, "minute", **L25, direction="decrease", s=PAT, sp=None),
        G("4 timmar", 4, "hour", bound="at_most", occ=1, optional=True, s=None, sp=None, note="'inom 4 timmar' defines the share"),
        G("61 procent", 61, "percent", **L25, direction="increase", s=AND, sp=None),
        G("56 procent", 56, "percent", t=Y24, s=AND, sp=None, note="'under samma månad 2024'"),
        G("var fjärde patient", 0.25, "ratio", **L25, s=("patient", "patient"), sp=None),
        G("mer än 5 timmar", 5, "hour", bound="more_than", **L25, s=("patient", "patient"), sp=None, note="the upper quartile: the claim itself"),
        G("212 patienter", 212, "count", **L25, s=("patienter", "patienter"), sp=None),
        G("12 timmar", 12, "hour", bound="more_than", optional=True, s=None, sp=None, note="'längre än 12 timmar' delimits the group counted"),
        G("10 412 besök", 10412, "count", **L25, direction="increase", s=BES, sp=None, note="', 3 procent fler än för ett år sedan': the new value"),
        G("3 procent", 3, "percent", **L25, direction="increase", s=BES, sp=None),
        G("347 besök per dygn", 347, "count", per="day", **L25, s=BES, sp=None),
        G("58 minuter", 58, "minute", **L25, direction="decrease", s=TL, sp=None, note="'mot 1 timme och 9 minuter i november 2024': the new value"),
        G("1 timme och 9 minuter", 69, "minute", t=Y24, s=TL, sp=None),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="'80 år eller äldre': a threshold (optional, as r10_a)"),
        G("5 timmar och 12 minuter", 312, "minute", **L25, s=("vistelsetiden", "vistelsetiden"), sp=None),
        G("14 nya vårdplatser", 14, "count", **L25, s=("nya vårdplatser", "vårdplatser"), sp=HE, note="'sedan i somras'"),
        G("9 sjuksköterskor", 9, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=HE),
        G("80 procent", 80, "percent", s=("patienterna", "patienterna"), sp=None, note="'Regionens mål': a target, no period"),
        G("4 timmar", 4, "hour", bound="at_most", occ=2, optional=True, s=None, sp=None, note="part of the target's definition"),
        G("4 timmar", 4, "hour", bound="at_most", occ=3, optional=True, s=None, sp=None, note="in the column header"),
        *_row(G, "Centrallasarettet Borgvik", ["245", "268", "52"], ed, EDS, note="table: 'Median vistelsetid nov 2025, min' / '... nov 2024, min' / 'Klara inom 4 timmar nov 2025, %'"),
        *_row(G, "Länssjukhuset Holmstad", ["201", "214", "64"], ed, EDS),
        *_row(G, "Lasarettet i Strömsnäs", ["168", "181", "74"], ed, EDS),
    ]
    NEG["r12_a_akuten_region"] = [
        N("5 typer", note="cookie banner"), N("4 december 2025"), N("2024", ctx="samma månad [2024].", note="a time"),
        N("ett år", note="'för ett år sedan' is a time"), N("november 2024"),
        N("nov 2025", 1, note="column header"), N("nov 2024", note="column header"), N("nov 2025", 2, note="column header"),
        N("2026", note="related-article teaser (chrome)"), N("3 veckor", note="related-article teaser (chrome)"),
        N("1177", note="a name"), N("112", note="the emergency number"), N("Box 430"), N("651 09"), N("054-61 90 00"),
        N("232100-0307"), N("© Region Södermark 2025"),
    ]

    # ------------------------------------------------------------ 6. weather summary, November 2025 (2 December 2025)
    MT = ("medeltemperaturen", "medeltemperaturen")
    MT2 = ("en medeltemperatur", "medeltemperatur")
    NORM = ("1991", "2020")
    wt = [("degC", 1, None, Y25, True, False), ("degC", 1, None, Y25, True, True), ("mm", 1, None, Y25, True, False),
          ("percent", 1, None, Y25, True, False)]
    WTS = [("Medeltemperatur", "Medeltemperatur"), ("Avvikelse från normal", "Avvikelse"), ("Nederbörd", "Nederbörd"), ("Nederbörd", "Nederbörd")]
    GOLD["r12_a_vader_november"] = [
        G("6,8 °C", 6.8, "degC", **L25, direction="increase", s=MT, sp=None, note="'2,9 grader över det normala': against its own normal (r10_b), the new value"),
        G("2,9 grader", 2.9, "degC", **L25, direction="increase", s=MT, sp=None),
        G("−9,4 °C", -9.4, "degC", **L25, direction="decrease", s=MT2, sp=None),
        G("1,6 grader", 1.6, "degC", **L25, direction="decrease", s=MT2, sp=None, note="'under det normala'"),
        G("−27,8 °C", -27.8, "degC", **L25, s=("månadens lägsta temperatur i landet", "temperatur"), sp=None),
        G("14,2 °C", 14.2, "degC", **L25, s=("Månadens högsta temperatur", "temperatur"), sp=None),
        G("112 mm", 112, "mm", **L25, direction="increase", s=("nederbörd", "nederbörd"), sp=None, note="'nästan dubbelt så mycket som normalt'"),
        G("dubbelt", 2, "number", bound="approx", **L25, direction="increase", optional=True, s=None, sp=None, note="multiplier against the normal"),
        G("21 mm", 21, "mm", **L25, direction="decrease", s=None, sp=None, note="elided noun; restated as a share of the normal"),
        G("38 procent", 38, "percent", ctx="eller [38 procent] av", **L25, s=None, sp=None, note="a share of the normal, restating '21 mm'"),
        G("46 mm", 46, "mm", per="day", **L25, s=None, sp=None, note="'på ett dygn'; a station record"),
        G("34 cm", 34, "cm", **L25, direction="increase", s=("snödjupet", "snödjupet"), sp=None, note="'vid månadens slut', 'cirka 10 cm mer än normalt'"),
        G("cirka 10 cm", 10, "cm", bound="approx", **L25, direction="increase", s=("snödjupet", "snödjupet"), sp=None),
        G("41 soltimmar", 41, "hour", **L25, direction="decrease", s=("soltimmar", "soltimmar"), sp=None, note="'mot normalt 52 timmar'"),
        G("52 timmar", 52, "hour", t=NORM, lenient=True, s=None, sp=None, note="the normal itself: the normal period"),
        G("31 m/s", 31, "m/s", **L25, s=("vindbyar", "vindbyar"), sp=None),
        G("omkring 18 000 hushåll", 18000, "count", bound="approx", **L25, s=("hushåll", "hushåll"), sp=None),
        *_row(G, "| Granvik", ["6,8", "+2,9", "112", "193"], wt, WTS, sep=" | ", note="station table: 'Medeltemperatur, °C' / 'Avvikelse från normal, °C' / 'Nederbörd, mm' / 'Nederbörd, % av normal'; November, no year: lenient"),
        *_row(G, "| Ekeby", ["5,9", "+2,4", "21", "38"], wt, WTS, sep=" | "),
        *_row(G, "| Västerbrink", ["5,2", "+2,1", "97", "141"], wt, WTS, sep=" | "),
        *_row(G, "| Fjällnäs", ["−9,4", "−1,6", "44", "88"], wt, WTS, sep=" | "),
    ]
    NEG["r12_a_vader_november"] = [
        N("November 2025", 1, note="title"), N("2 december 2025"), N("November 2025", 2, note="'November 2025 blev' places the claim"),
        N("1994", note="'sedan 1994' is a time"), N("1991–2020", 1, note="'normalperioden 1991–2020' defines the normal"),
        N("26 november"), N("3 november"), N("14 november"), N("1961", note="'startade 1961' is a time"), N("20 november"),
        N("1991–2020", 2), N("2 januari 2026"),
    ]

    # ------------------------------------------------------------ 7. public transport, year 2025 (Publicerad 28 januari 2026)
    RS = ("resor", "resor")
    PS = ("påstigande", "påstigande")
    PSQ = ("Petra Sundqvist", "quote")
    BJ = ("En 30-dagarsbiljett för vuxen", "30-dagarsbiljett")
    EB = ("Priset för en enkelbiljett i en zon", "Priset")
    RPT = ("Resor per trafikslag", "Resor")
    tc = [("count", 1e6, None, Y25, False, False), ("count", 1e6, None, Y24, False, False), ("percent", 1, None, Y25, True, True)]
    GOLD["r12_a_kollektivtrafik_ar"] = [
        G("48,6 miljoner resor", 48.6e6, "count", t=Y25, direction="increase", s=RS, sp=None, note="'Under 2025'; 'Det är en ökning med 3,4 procent': the new value"),
        G("3,4 procent", 3.4, "percent", occ=1, **L25, direction="increase", s=RS, sp=None, note="'jämfört med 2024'"),
        G("2 procent", 2, "percent", ctx="nu [2 procent] högre", t=("2019", "2025"), lenient=True, direction="increase", s=("resandet", "resandet"), sp=None, note="'Jämfört med före pandemin, 2019'"),
        G("162 000", 162000, "count", per="day", **L25, direction="increase", s=PS, sp=None, note="'En vanlig vardag'; 'mot 156 500 ... året innan': the new value"),
        G("156 500 påstigande per vardag", 156500, "count", per="day", **L24, s=PS, sp=None),
        G("7,8 procent", 7.8, "percent", occ=1, **L25, direction="increase", s=("Tågtrafiken", "Tågtrafiken"), sp=None),
        G("9,1 miljoner resor", 9.1e6, "count", **L25, direction="increase", s=("Tågtrafiken", "Tågtrafiken"), sp=None, note="to-value keeps the grammatical subject (r11)"),
        G("28,2 miljoner resor", 28.2e6, "count", **L25, s=RS, sp=None),
        G("58 procent", 58, "percent", **L25, s=("Stadsbussarna i Norrvalla", "Stadsbussarna"), sp=None, note="holder of the share (r10_b)"),
        G("1,2 procent", 1.2, "percent", occ=1, **L25, direction="decrease", s=("Regionbussarna", "Regionbussarna"), sp=None),
        G("11,3 miljoner resor", 11.3e6, "count", **L25, direction="decrease", s=("Regionbussarna", "Regionbussarna"), sp=None),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", t=("2019", "2025"), lenient=True, direction="increase", s=("Tågresorna", "Tågresorna"), sp=PSQ, note="'sedan 2019'"),
        G("71 procent", 71, "percent", **L25, direction="increase", s=("Nöjdheten bland resenärerna", "Nöjdheten"), sp=None),
        G("68", 68, "percent", ctx="71 procent ([68])", **L24, s=("Nöjdheten bland resenärerna", "Nöjdheten"), sp=None, note="a bracket no note dates: the year before, lenient"),
        G("89 procent", 89, "percent", **L25, s=("Punktligheten för tågen", "Punktligheten"), sp=None),
        G("92 procent", 92, "percent", s=("målet", "målet"), sp=None, note="a target, no period"),
        G("1 140 miljoner kronor", 1140e6, "SEK", **L25, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None),
        G("47 procent", 47, "percent", **L25, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'täckte 47 procent av trafikens kostnader'"),
        G("9 kommuner", 9, "count", optional=True, s=None, sp=None, note="'länets 9 kommuner': a named set"),
        G("4 procent", 4, "percent", ctx="höjs med [4 procent] från", t=Y26, direction="increase", s=("Biljettpriserna", "Biljettpriserna"), sp=None, note="'från 1 januari 2026'"),
        G("1 090 kronor", 1090, "SEK", **L26, direction="increase", s=BJ, sp=None, note="'kostar då'; ', 40 kronor mer än i fjol': the new value"),
        G("40 kronor", 40, "SEK", **L26, direction="increase", s=BJ, sp=None),
        G("36", 36, "SEK", ctx="från [36] till", **L25, s=EB, sp=None, note="from-value"),
        G("38 kronor", 38, "SEK", **L26, direction="increase", s=EB, sp=None),
        G("under 20 år", 20, "year", bound="less_than", optional=True, s=None, sp=None, note="an age threshold"),
        G("halva priset", 0.5, "ratio", optional=True, s=None, sp=None, note="a fare rule"),
        *_row(G, "Tåg", ["9,1", "8,4", "+7,8"], tc, RPT, note="table 'Resor per trafikslag, miljoner': '2025' / '2024' / 'Förändring, %'"),
        *_row(G, "Stadsbuss", ["28,2", "26,9", "+4,8"], tc, RPT),
        *_row(G, "Regionbuss", ["11,3", "11,4", "−1,2"], tc, RPT),
        *_row(G, "Totalt", ["48,6", "47,0", "+3,4"], tc, RPT),
    ]
    NEG["r12_a_kollektivtrafik_ar"] = [
        N("2025", ctx="under [2025] Publicerad", note="title"), N("28 januari 2026"), N("Under 2025"),
        N("2024", ctx="jämfört med [2024] och"), N("2019", 1, note="'före pandemin, 2019' is a time"),
        N("2019", 2, note="'än 2019'"), N("2019", 3, note="'sedan 2019'"),
        N("1 januari", 1, note="heading 'Nya priser från 1 januari'"), N("1 januari 2026"),
        N("30-dagarsbiljett", note="a name"),
        N("2025", ctx="Trafikslag [2025] 2024", note="column header"), N("2024", ctx="Trafikslag 2025 [2024] Förändring", note="column header"),
        N("0611-55 40 00"),
    ]

    # ------------------------------------------------------------ 8. undated wage agreement (no date, no sidecar)
    AVT = dict(t=("2026", "2028"), lenient=True)
    Y1 = dict(t=("2026", "2027"), lenient=True)
    Y2 = dict(t=("2027", "2028"), lenient=True)
    LO = ("löneökningar", "löneökningar")
    LL = ("Lägstalönerna", "Lägstalönerna")
    AV = ("Arbetsgivarens avsättning till deltidspension", "avsättning")
    SL = ("Sofie Lindahl", "quote")
    GOLD["r12_a_avtal_vard"] = [
        G("6,4 procent", 6.4, "percent", occ=1, **AVT, direction="increase", s=None, sp=None, note="title 'på två år'"),
        G("omkring 64 000 anställda", 64000, "count", bound="approx", s=("anställda", "anställda"), sp=None, note="undated present: no period"),
        G("drygt 1 900 arbetsplatser", 1900, "count", bound="approx", s=("arbetsplatser", "arbetsplatser"), sp=None),
        G("6,4 procent", 6.4, "percent", occ=2, **AVT, direction="increase", s=LO, sp=None, note="'under två år' of an agreement running 1 April 2026 - 31 March 2028"),
        G("3,4 procent", 3.4, "percent", occ=1, **Y1, direction="increase", s=LO, sp=None, note="'varav ... första året'"),
        G("3,0 procent", 3.0, "percent", occ=1, **Y2, direction="increase", s=LO, sp=None, note="'andra året'"),
        G("1,1 procent", 1.1, "percent", **Y1, direction="increase", s=("en pott som fördelas lokalt på varje arbetsplats", "pott"), sp=None),
        G("1 200 kronor", 1200, "SEK", per="month", **Y1, direction="increase", s=LL, sp=None),
        G("1 050 kronor", 1050, "SEK", per="month", **Y2, direction="increase", s=LL, sp=None),
        G("tre års", 3, "year", bound="at_least", optional=True, s=None, sp=None, note="'minst tre års erfarenhet': a threshold of a group"),
        G("28 950 kronor", 28950, "SEK", per="month", t=Y26, direction="increase", s=("lägstalönen", "lägstalönen"), sp=None, note="'blir ... därmed ... från 1 april 2026': the new value"),
        G("5,2 procent", 5.2, "percent", occ=1, **AVT, direction="increase", s=("Ersättningen för arbete på obekväm arbetstid", "Ersättningen"), sp=None, note="'under avtalsperioden'"),
        G("0,3 procentenheter", 0.3, "percentage_point", **AVT, direction="increase", s=AV, sp=None),
        G("1,3 procent", 1.3, "percent", **AVT, direction="increase", s=AV, sp=None, note="to-value"),
        G("4 procent per år", 4, "percent", per="year", **AVT, s=("vårt krav", "krav"), sp=SL, note="a demand that was not met"),
        G("runt 2 procent", 2, "percent", bound="approx", **AVT, s=("en inflation", "inflation"), sp=SL, note="an assumed rate over the agreement (r8_b)"),
        G("cirka 2,3 miljarder kronor", 2.3e9, "SEK", bound="approx", **AVT, direction="increase", s=("medlemsföretagens lönekostnader", "lönekostnader"), sp=("Vårdföretagarna Norden", "credited")),
        G("Var tredje", 1 / 3, "ratio", s=("anställd i branschen", "anställd"), sp=("Mikael Hedenström", "quote"), note="undated present: no period"),
        G("över 55 år", 55, "year", bound="more_than", optional=True, s=None, sp=None, note="an age threshold"),
        G("24 månader", 24, "month", s=("Avtalsperiod", "Avtalsperiod"), sp=None, note="fact box: the agreement's length (r8_b)"),
        G("3,4 procent", 3.4, "percent", occ=2, **Y1, direction="increase", s=("Löneökningar", "Löneökningar"), sp=None, note="fact box 'år 1'"),
        G("3,0 procent", 3.0, "percent", occ=2, **Y2, direction="increase", s=("Löneökningar", "Löneökningar"), sp=None),
        G("+1 200 kr/mån", 1200, "SEK", per="month", **Y1, direction="increase", s=("Lägstalöner", "Lägstalöner"), sp=None),
        G("+1 050 kr/mån", 1050, "SEK", per="month", **Y2, direction="increase", s=("Lägstalöner", "Lägstalöner"), sp=None),
        G("+5,2 procent", 5.2, "percent", **AVT, direction="increase", s=("OB-ersättning", "OB-ersättning"), sp=None),
        G("cirka 64 000 anställda", 64000, "count", bound="approx", s=("anställda", "anställda"), sp=None, note="fact box 'Berörda:'"),
    ]
    NEG["r12_a_avtal_vard"] = [
        N("två år", 1, note="'på två år' (title) is the period of the change"), N("1 april 2026", 1), N("31 mars 2028", 1),
        N("två år", 2, note="'under två år' is the period of the change"), N("1 april 2026", 2, note="'från 1 april 2026' is a time"),
        N("1 april 2026–31 mars 2028", note="fact box 'Avtalsperiod:'"),
        N("år 1", 1, note="a label of the agreement year"), N("år 2", 1), N("år 1", 2), N("år 2", 2),
        N("08-120 449 70"),
    ]

    return GOLD, NEG
