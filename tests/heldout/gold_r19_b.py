"""Round 19, part B (r19_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 19, part B (r19_b_*): eight kinds, written from scratch (r19_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a telecom operator's interim report for
# January–June 2026 (dateline 'Luleå den 16 juli 2026' at the end; bullets under 'PERIODEN I SAMMANDRAG' with bracketed
# prior figures dated by 'Belopp inom parentes avser motsvarande period 2025': nettoomsättning, EBITDA, EBITDA-marginal,
# mobilabonnemang 'växte till', ARPU 'kronor per månad', resultat per aktie; a CEO paragraph 'VD KOMMENTERAR' ending in
# 'säger vd'; 'netto vann 19 000 nya avtalskunder', 'krympte med 7 000 ... och stannade på 287 000', 'omkring 420
# miljoner kronor fram till och med 2028', 'eller 15,6 procent av omsättningen', 'Nettoskulden i relation till EBITDA
# var 2,1 gånger ..., jämfört med 2,4 gånger ett år tidigare', an own cap 'högst 2,5 gånger', churn 'per månad', a
# plain-text key-figure table 'Jan–jun 2026' / 'Jan–jun 2025' / 'Apr–jun 2026' / 'Helår 2025' with unit and scale
# ('tusental', 'kr/mån') in the row labels), a monthly wage-statistics release for August 2026 ('Publicerad: 28 oktober
# 2026'; månadslön levels, 'har lönerna stigit med', 'en uppgång på 3,5 procent på årsbasis', 'höjdes med',
# 'ökningstakten', a revision range 'mellan 0,1 och 0,3 procentenheter', KPIF, reallöner 'tredje året i rad', 'urholkats
# med sammanlagt närmare 6 procent under åren 2022–2023', women's pay as a share of men's; a pipe table by sector
# 'Kronor per månad' / 'Förändring från aug 2025, %' / 'Förändring från aug 2025, kr'), a region's vaccination-coverage
# report for 2025 (Markdown, 'Publicerad 14 april 2026'; shares by age group against the national target 'minst 95
# procent' and earlier years, 'gick ned till ... från ... året före', 'att jämföra med 81,7 procent 2023', a quote
# 'har tappat 1,5 procentenheter på ett år', influenza 'hösten 2025', 'målet på 75 procent', a Markdown table '2025' /
# '2024' / '2023' / 'Nationellt mål'), a port's cargo statistics for 2025 ('Publicerad 5 februari 2026'; miljoner ton,
# TEU, fartygsanlöp 'att jämföra med 2 405 året dessförinnan', 'för andra året i följd', 'har ökat med en femtedel på fem
# år', 'nästan halverades', 'föll tillbaka med', 'låg i stort sett still på', a quote with an investment 'sedan 2021' and
# a target 'passera 250 000 TEU senast 2030', a plain-text table in 'tusen ton' '2025' / '2024' / 'Förändring' with
# '+8,3 %' cells, 'ägs till 100 procent'), an UNDATED party page on housing (no date, no sidecar; 'Vi vill bygga 70 000
# bostäder per år', 'var fjärde kommun', 'per 1 000 invånare och år' for Denmark, Norway, Sweden, Vienna, rent 'kronor i
# månaden' and 'kronor per kvadratmeter och år', 'nästan 40 procent mer än', 'över hälften av nettolönen', a numbered
# list 'Det här vill vi göra', 'Enligt Boverket'), a rail operator's punctuality report for September 2026 dated only by
# its sidecar (2026-10-09; 'Det är 2,6 procentenheter bättre än i september förra året', 'Målet för helåret',
# 'ställdes 231 in, vilket motsvarar 1,6 procent. Ett år tidigare var antalet inställda avgångar 412', 'fått ned ...
# med nästan hälften sedan i våras', line numbers, a plain-text table by line 'Avgångar' / 'I tid, %' / 'Sep 2025, %' /
# 'Inställda'), a water utility's HTML page on a boil-water notice (cookie banner, menu, breadcrumb, related links,
# footer; 'Publicerad 3 september 2025, uppdaterad 5 september 2025'; hushåll and invånare, 'E. coli-bakterier per 100
# milliliter', 'Gränsvärdet ... är noll', kubikmeter, 'kubikmeter per dygn' 'har dragits ned till', 'liter per person
# och dygn', 'minst 48 timmar', tanks of '1 000 liter', an HTML table 'Uppgift' / 'Värde' whose rows are measures) and a
# foundation's grant report for 2025 ('Publicerad 22 mars 2026'; 'beviljade ... anslag om sammanlagt 214,6 mnkr',
# 'nästan en fördubbling jämfört med för fem år sedan, då', antal ansökningar 'steg till ..., från ... året innan',
# beviljandegrad 'sjönk till ..., mot 16,9 procent 2024. År 2020 låg den på', 'under sex år', 'var sjunde ansökan',
# 'minst 3,5 procent ... varje år', a plain-text table '2025' / '2024' / '2020' / 'Förändring 2024–2025' with a
# 'procentenheter' cell).
# The r8-r18 decisions are followed: periods at year grain (a half-year, a quarter, a month take their year); a
# relative expression in the sentence ('förra året', 'i fjol', 'nu', 'sedan i våras') resolves against the publication
# date and is not lenient; a month without a year, a heading's, a caption's or the document's period, present tense,
# 'ett år tidigare' / 'året innan' / 'året före' / 'säsongen innan' / 'året dessförinnan' are lenient; brackets take the
# period their note names (not lenient); a level followed by ', mot X', ', jämfört med X', ', att jämföra med X', ', en
# minskning/uppgång/förbättring med X' or a next sentence 'Det är X bättre' is the new value after a change (direction),
# the earlier value and from-values have none; comparisons at one time, against a norm, a target or another country
# have no direction; multipliers ('nästan halverades', 'nästan en fördubbling') and thresholds or definitions of a
# group or an example are optional; targets, caps, statutes and demands are required; 'för fem år sedan' in a report
# on 2025 is 2020 (lenient); table cells take their column headers' periods (not lenient; a caption's or heading's
# period lenient), change columns take direction from the sign; rows that are categories take the caption's measure as
# subject, rows that are measures their own label; 'vilket motsvarar' / 'Det motsvarar' have s None; a bare figure as
# grammatical subject and elided nouns have s None; a share 'X procent av <noun>' takes that noun; the payer, the
# earner, the owner and a producer are no subject; 'per 1 000 invånare' is per="capita" with the denominator N, and
# the non-time denominator wins ('per kvadratmeter och år' -> m2, 'per person och dygn' -> capita); 'gånger' is unit
# number; a CEO paragraph ending in 'säger vd' is credited to the CEO throughout; a sentence with 'vårt'/'vi' is
# 'publisher'; the UNDATED text has no period on any figure ('I dag' included).
# Where those were silent, decided here:
# - Telecom: 'netto vann 19 000 nya avtalskunder' is a net addition to the customer stock: direction increase (unlike a
#   bare 'nya'); 'under andra kvartalet' is 2026 (lenient). 'krympte med 7 000 under halvåret och stannade på 287 000':
#   both decrease, the level is the new value. 'omkring 420 miljoner kronor fram till och med 2028' spans ('2026',
#   '2028'), not lenient (as the contract's 'till 2028'), s the goal of the money ('Fiberutbyggnaden'). 'eller 15,6
#   procent av omsättningen' takes the level's subject ('Investeringarna'). 'Kundomsättningen ... gick ned till 1,1
#   procent per månad från 1,3 procent': per="month" on both, the from-value is the corresponding period 2025
#   (lenient, as the brackets). The own cap 'högst 2,5 gånger' is 'publisher' ('Vårt finansiella mål'), no period.
#   '5G' is N (a name). The table's 'tusental' scales the subscription rows by 1 000; 'kr/mån' is per="month"; every
#   column names its period (not lenient), 'Apr–jun 2026' is 2026 and 'Helår 2025' 2025.
# - Wages: every wage-increase rate in the release (prose 'har lönerna stigit med ... jämfört med samma månad i fjol',
#   'på årsbasis', 'höjdes med', 'ökningstakten', July's rate, the KPIF inflation rate, the real-wage rise, the
#   'procentenheter på ett år' and the table's two change columns) is a twelve-month rate: ('2025', '2026'), lenient,
#   direction increase (r18's 'årstakten' rule applied to the whole release for consistency; the column header
#   'Förändring från aug 2025' names the baseline). Levels take August 2026 (lenient). '41 870 kronor' is followed by
#   the next sentence's 'har lönerna stigit med 3,4 procent': increase (the new value). 'Kommunanställda tjänade ...',
#   'regionanställda ...', 'statsanställda ...': the earner is no subject (s None), per="month" carried. 'och
#   tjänstemännens med 3,3 procent' is elided (s None). The revision range 'mellan 0,1 och 0,3 procentenheter' is a
#   habit ('brukar'): no period, direction increase ('revideras upp'), low/high. 'närmare 6 procent under åren
#   2022–2023' spans ('2022', '2023'), explicit, decrease ('urholkats'). 'tredje året i rad' is a required ordinal
#   ('året'). '91,4 procent av männens' is a level followed by ', en förbättring med': increase. The table's money
#   change column 'kr' is per="month" (a change in a monthly wage).
# - Vaccination: the shares take the whole they are of ('de barn', 'länets invånare'); the national target 'minst 95
#   procent' and 'målet på 75 procent' are required, no period, s 'målet'; the table's 'Nationellt mål' cells likewise
#   (no period, s 'Nationellt mål'). 'ligger andelen under 90 procent' is present tense in a report on 2025 (2025,
#   lenient). 'och bland flickorna 89,8 procent' is elided (s None). The quote's 'har tappat 1,5 procentenheter på ett
#   år' spans ('2024', '2025'), lenient; 'drygt 1 100 ovaccinerade barn' are counted for the coming autumn mailing
#   (2026, lenient). 'hösten 2025' is explicit; 'Det är en höjning från 58,4 procent säsongen innan' makes 61,2 the new
#   value (increase) and 58,4 the 2024 season (lenient). 'varav 9 600 till personer' is elided (s None). Age bands
#   ('65 år', 'årskurs 5', 'Årskurs 5') are N; 'tre doser', 'två år', 'elva kommuner' have no digits and are left out.
# - Port: TEU is unit count (entity TEU). 'för andra året i följd' is a required ordinal ('året'). 'har ökat med en
#   femtedel på fem år' is the size of a change written as a fraction (like '20 procent'), not a multiplier: required,
#   ratio 0.2, increase, ('2020', '2025') lenient. 'Av dessa var 41 200 TEU tomma enheter' takes 'tomma enheter'.
#   'Rorotrafiken låg i stort sett still på 1,64 miljoner ton': no direction. 'Vi har investerat 640 miljoner kronor ...
#   sedan 2021' spans ('2021', '2026') ('sedan' resolves to now), s the goal 'den nya containerterminalen'. The target
#   'passera 250 000 TEU senast 2030' is required, bound more_than ('passera'), period ('2030', '2030') (the year the
#   target is set for), no direction. The table's 'tusen ton' scales by 1 000 (unit tonne), 'Förändring' cells with
#   '%' are the report year (2025, lenient) with direction from the sign. The footer's 'ägs till 100 procent av
#   Skärviks kommun' is a fact (required, s None: the owner is no subject), 2025 lenient.
# - Party page (UNDATED): 'Vi vill ...', 'varav minst en tredjedel', the list under 'Det här vill vi göra' and 'Med vår
#   politik' are 'publisher' (the party page's first person); other facts have no speaker; 'Enligt Boverket' is
#   'enligt'. 'Sverige ligger på 2,4' has s None (a country is no measure); 'i Norge 5,9' is elided. 'runt 9 500 kronor
#   i månaden': the payer ('en familj') is no subject. 'En nyproducerad lägenhet på 70 kvadratmeter' defines the example
#   (optional) and 'som tjänar 31 000 kronor före skatt' defines the example person (optional; no per, the text names
#   none). 'nästan 40 procent mer än i det äldre beståndet' is a comparison at one time (no direction, s None in the
#   'Det motsvarar' sentence). 'mer än 35 procent av inkomsten' defines the group (optional). 'under 1 900 kronor per
#   kvadratmeter' is the threshold for the subsidy (optional, per m2). 'högst fem veckor' is a demand ('Korta ... till':
#   decrease); 'mer än fem år efter beviljat bygglov' is a threshold (optional). '200 000 fler unga' is a counterfactual
#   effect, not a change over time: no direction.
# - Punctuality (sidecar 2026-10-09): 'I september' is 2026 (lenient); 'i september förra året' 2025 (not lenient).
#   'Det är 2,6 procentenheter bättre' takes the level's subject ('Mälartågs avgångar'), increase. 'Målet för helåret
#   är 93 procent' is a target with a period (2026, lenient). 'Av dem ställdes 231 in' (s None) is followed two sentences
#   on by 'Ett år tidigare var antalet inställda avgångar 412': decrease on 231 (the text gives the earlier value of
#   the same measure). 'högst fem minuters försening' and the footer's 'högst fem minuter efter tidtabellen' define
#   punctuality (optional). The quote's 'fått ned antalet fordonsfel med nästan hälften sedan i våras' is a change size
#   written as a fraction (required, ratio 0.5, approx, decrease, 2026 not lenient), not a multiplier. 'med 20 nya tåg
#   som ska sättas i trafik under vintern' is 2026 (lenient), no direction. Line numbers ('linje 41', row labels '40
#   Västerås–Stockholm') are N. The table heading has no year (2026, lenient); 'Sep 2025, %' is explicit; the two
#   percent columns take 'Punktlighet', the count columns their own headers.
# - Water (HTML): 'E. coli-bakterier per 100 milliliter' is unit count with per="ml" and '100' N (as 'per 100 000
#   invånare' -> capita); 'Gränsvärdet för dricksvatten är noll' is a required 0 with the same per, no period (a
#   norm). 'I ett av fyra prov' is optional (ratio 0.25: which samples were positive). 'Vattenverket producerar normalt
#   cirka 2 600 kubikmeter per dygn': the producer is no subject (s None); 'har produktionen dragits ned till 1 900':
#   decrease. 'runt 150 liter per person och dygn' is per="capita"; 'låg den på 210 liter' carries the per and takes the
#   pronoun's antecedent; August (no year) is 2025 (lenient). 'minst 48 timmar' (a lab's turnaround) takes the
#   document's year (lenient). 'vardera rymmande 1 000 liter' has s None. The HTML table rows are measures: each row
#   label is the subject, 'Produktion, kubikmeter per dygn' gives m3 per="day"; all cells 2025 (lenient). Times of day
#   ('klockan 7–16'), the sampling and end dates ('den 2 september', 'den 10 september') and 'tre provtagningar' are not
#   figures of the notice (N / no digits). 'tar varje år omkring 1 400 prover' is per="year" (present tense: 2025,
#   lenient); '99,6 procent av dem' is 2024 (explicit), s None (pronoun, as r18_a's 'av dem'); 'då den gällde i 9 dygn'
#   is the length of the 2019 notice (unit day, ('2019', '2019') explicit, s None: 'den' is the notice, no measure).
# - Foundation: 'beviljade under 2025 anslag om sammanlagt 214,6 mnkr' takes 'anslag' (the noun attached), 2025
#   explicit, increase (', en ökning med 8 procent'). 'nästan en fördubbling jämfört med för fem år sedan' is an optional
#   multiplier (2, approx, increase, ('2020', '2025') lenient); 'då 112,3 mnkr delades ut' is 2020 (lenient, r18's 'för
#   fem år sedan'), s None (figure as grammatical subject). 'År 2020 låg den på 21,4 procent' takes the pronoun's
#   antecedent ('beviljandegraden'). 'Medicinsk forskning tog emot den största delen, 96,2 mnkr': the receiver is no
#   subject, s 'den största delen'. '18 miljoner kronor under sex år' gives two figures (the grant and its duration),
#   both s 'Det största enskilda anslaget'. 'forskare som disputerat för högst åtta år sedan' defines the group
#   (optional). 'ökade till 38 procent, från 31 procent': the from-value is 2024 (lenient). 'vid årsskiftet' is 31
#   December 2025 (2025, lenient). The statute 'minst 3,5 procent av förmögenheten ... varje år' is required,
#   per="year", no period ('i genomsnitt' is no bound). The quote's 'var sjunde ansökan' and 'minst hälften' take 2025
#   (present tense, lenient). Table: 'Förändring 2024–2025' is 2025 (not lenient, as r18_a's 'okt 2024–okt 2025'), the
#   Beviljandegrad change cell is percentage_point; the rows are measures (each label its subject).
# - Negatives: datelines, 'Publicerad'/'uppdaterad' lines, titles', headings', captions' and column headers' periods,
#   the bracket note's year, years and dates that only place a claim ('jämfört med 2024', 'fler än 2024', 'sedan
#   2021', 'senast 2030', 'fram till och med 2028', 'sedan 2012', 'under åren 2022–2023', 'procent 2023', 'i september
#   2025', 'den 17 september'), next-release dates, 'Tabell 1', times of day, age bands, line numbers, list numbering,
#   '5G', denominators ('per 1 000 invånare', 'per 100 milliliter'), phone numbers, box and street addresses, postal
#   codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'tre doser', 'två år', 'två av länets elva kommuner', 'tio år',
#   'på fem år', 'på ett år', 'under tio år', 'inom ett decennium', 'andra kvartalet', 'tre provtagningar', 'den högsta
#   summan', 'Ett år tidigare'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2023", "2024", "2025", "2026", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y23, Y24, Y25, Y26, Y30 = (Y[y] for y in ("2020", "2023", "2024", "2025", "2026", "2030"))
    L20 = dict(t=Y20, lenient=True)
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)

    # ------------------------------------------------------------ 1. telecom operator, interim report Jan-Jun 2026 (dateline 16 juli 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    MA = ("Antalet mobilabonnemang", "Antalet")
    AR = ("ARPU för mobila avtalskunder", "ARPU")
    RS = ("Periodens resultat efter skatt", "resultat")
    MT = ("Malin Tervo", "quote")
    FA = ("antalet fasta anslutningar", "antalet")
    IV = ("Investeringarna exklusive frekvenslicenser", "Investeringarna")
    ND = ("Nettoskulden i relation till EBITDA", "Nettoskulden")
    KO = ("Kundomsättningen", "Kundomsättningen")

    def tq(unit, scale, per=None):
        return [(unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False),
                (unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False)]

    GOLD["r19_b_telekom_halvar"] = [
        G("5,2 procent", 5.2, "percent", **L26, direction="increase", s=NO, sp=None, note="heading: the half-year"),
        G("3 184", 3184e6, "SEK", ctx="till [3 184] (3 027)", **L26, direction="increase", s=NO, sp=None, note="to-value"),
        G("3 027", 3027e6, "SEK", ctx="3 184 ([3 027]) Mkr", t=Y25, s=NO, sp=None, note="bracket: the note names 2025"),
        G("1 146", 1146e6, "SEK", ctx="uppgick till [1 146] (1 059)", **L26, s=EB, sp=None),
        G("1 059", 1059e6, "SEK", ctx="1 146 ([1 059]) Mkr", t=Y25, s=EB, sp=None),
        G("36,0", 36.0, "percent", ctx="på [36,0] (35,0)", **L26, s=EM, sp=None),
        G("35,0", 35.0, "percent", ctx="36,0 ([35,0]) procent", t=Y25, s=EM, sp=None),
        G("1 412 000", 1412000, "count", **L26, direction="increase", s=MA, sp=None, note="'växte till'"),
        G("1 368 000", 1368000, "count", t=Y25, s=MA, sp=None),
        G("241", 241, "SEK", ctx="var [241] (232)", per="month", **L26, s=AR, sp=None),
        G("232", 232, "SEK", ctx="241 ([232]) kronor", per="month", t=Y25, s=AR, sp=None),
        G("388", 388e6, "SEK", ctx="blev [388] (341)", **L26, s=RS, sp=None),
        G("341", 341e6, "SEK", ctx="388 ([341]) Mkr", t=Y25, s=RS, sp=None),
        G("2,14", 2.14, "SEK", ctx="motsvarande [2,14] (1,88)", per="share", **L26, s=None, sp=None, note="'motsvarande' without a noun"),
        G("1,88", 1.88, "SEK", ctx="2,14 ([1,88]) kronor", per="share", t=Y25, s=None, sp=None),
        G("19 000 nya avtalskunder", 19000, "count", **L26, direction="increase", s=("nya avtalskunder", "avtalskunder"), sp=MT, note="'netto vann': a net addition; CEO paragraph"),
        G("7 000", 7000, "count", ctx="krympte med [7 000]", **L26, direction="decrease", s=FA, sp=MT),
        G("287 000", 287000, "count", **L26, direction="decrease", s=FA, sp=MT, note="'stannade på': the new value"),
        G("omkring 420 miljoner kronor", 420e6, "SEK", bound="approx", t=("2026", "2028"), s=("Fiberutbyggnaden i inlandet", "Fiberutbyggnaden"), sp=MT, note="'fram till och med 2028'"),
        G("498", 498e6, "SEK", ctx="till [498] (455)", **L26, s=IV, sp=None),
        G("455", 455e6, "SEK", ctx="498 ([455]) Mkr", t=Y25, s=IV, sp=None),
        G("15,6 procent", 15.6, "percent", **L26, s=IV, sp=None, note="'eller ... av omsättningen'"),
        G("861 Mkr", 861e6, "SEK", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("2,1 gånger", 2.1, "number", **L26, direction="decrease", s=ND, sp=None, note="', jämfört med 2,4 gånger ett år tidigare'"),
        G("2,4 gånger", 2.4, "number", **L25, s=ND, sp=None),
        G("högst 2,5 gånger", 2.5, "number", bound="at_most", s=("en skuldsättning", "skuldsättning"), sp=("Nordvåg Telekom", "publisher"), note="'Vårt finansiella mål': a cap, no period"),
        G("1,1 procent", 1.1, "percent", per="month", **L26, direction="decrease", s=KO, sp=None, note="'gick ned till ... från'"),
        G("1,3 procent", 1.3, "percent", per="month", **L25, s=KO, sp=None, note="from-value: the corresponding period"),
        G("93 procent", 93, "percent", t=Y26, s=("Täckningen för 5G", "Täckningen"), sp=None, note="'nu'"),
        *_row(G, "Nettoomsättning, Mkr", ["3 184", "3 027", "1 617", "6 142"], tq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL': 'Jan–jun 2026' / 'Jan–jun 2025' / 'Apr–jun 2026' / 'Helår 2025'"),
        *_row(G, "EBITDA, Mkr", ["1 146", "1 059", "590", "2 171"], tq("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["36,0", "35,0", "36,5", "35,3"], tq("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
        *_row(G, "Mobilabonnemang, tusental", ["1 412", "1 368", "1 412", "1 391"], tq("count", 1e3), ("Mobilabonnemang", "Mobilabonnemang"), note="'tusental'"),
        *_row(G, "ARPU mobil, kr/mån", ["241", "232", "243", "235"], tq("SEK", 1, "month"), ("ARPU mobil", "ARPU")),
        *_row(G, "Fasta bredbandsanslutningar, tusental", ["287", "296", "287", "294"], tq("count", 1e3), ("Fasta bredbandsanslutningar", "bredbandsanslutningar")),
    ]
    NEG["r19_b_telekom_halvar"] = [
        N("2026", ctx="januari–juni [2026]", note="title"), N("2025", ctx="period [2025].", note="bracket note"),
        N("2028", note="'fram till och med 2028' places the investment"), N("5G", note="a name"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("Apr–jun 2026", note="column header"), N("Helår 2025", note="column header"),
        N("16 juli 2026", note="dateline"), N("0920-44 18 00"), N("556912-3307"),
    ]

    # ------------------------------------------------------------ 2. wage statistics, August 2026 (Publicerad 28 oktober 2026)
    ML = ("Genomsnittlig månadslön", "månadslön")
    LT = ("löneökningstakt", "löneökningstakt")
    lo = [("SEK", 1, "month", Y26, True, False), ("percent", 1, None, ("2025", "2026"), True, True),
          ("SEK", 1, "month", ("2025", "2026"), True, True)]
    LOS = [ML, LT, ML]
    SL = ("snittlönen", "snittlönen")
    RL = ("reallönerna", "reallönerna")
    KM = ("Kvinnors genomsnittliga månadslön", "månadslön")
    GOLD["r19_b_loner_augusti"] = [
        G("41 870 kronor", 41870, "SEK", per="month", **L26, direction="increase", s=("Den genomsnittliga månadslönen i hela ekonomin", "månadslönen"), sp=None, note="'i augusti' (no year); next sentence 'har lönerna stigit med'"),
        G("3,4 procent", 3.4, "percent", **R12, direction="increase", s=("lönerna", "lönerna"), sp=None, note="a twelve-month rate"),
        G("3,6 procent", 3.6, "percent", **R12, direction="increase", s=("ökningen", "ökningen"), sp=None, note="July's twelve-month rate"),
        G("42 310 kronor", 42310, "SEK", per="month", **L26, direction="increase", s=SL, sp=None, note="', en uppgång på'"),
        G("3,5 procent", 3.5, "percent", **R12, direction="increase", s=SL, sp=None, note="'på årsbasis'"),
        G("3,7 procent", 3.7, "percent", **R12, direction="increase", s=("Arbetarnas löner", "löner"), sp=None),
        G("3,3 procent", 3.3, "percent", **R12, direction="increase", s=None, sp=None, note="'och tjänstemännens med': elided"),
        G("3,1 procent", 3.1, "percent", **R12, direction="increase", s=("ökningstakten", "ökningstakten"), sp=None),
        G("37 940 kronor", 37940, "SEK", per="month", **L26, s=None, sp=None, note="the earner is no subject; 'i genomsnitt' is no bound"),
        G("45 180 kronor", 45180, "SEK", per="month", **L26, s=None, sp=None),
        G("46 720 kronor", 46720, "SEK", per="month", **L26, s=None, sp=None),
        G("mellan 0,1 och 0,3 procentenheter", None, "percentage_point", low=0.1, high=0.3, direction="increase", s=("Utfallen för de senaste tolv månaderna", "Utfallen"), sp=None, note="a habit ('brukar revideras upp'): no period"),
        G("2,2 procent", 2.2, "percent", **R12, direction="increase", s=("en inflation", "inflation"), sp=None, note="KPIF is a measure, not a speaker"),
        G("ungefär 1,2 procent", 1.2, "percent", bound="approx", **R12, direction="increase", s=RL, sp=None),
        G("tredje", 3, "ordinal", **L26, s=("året", "året"), sp=None, note="'tredje året i rad': a run"),
        G("närmare 6 procent", 6, "percent", bound="approx", t=("2022", "2023"), direction="decrease", s=RL, sp=None, note="'under åren 2022–2023'"),
        G("91,4 procent", 91.4, "percent", **L26, direction="increase", s=KM, sp=None, note="', en förbättring med'"),
        G("0,5 procentenheter", 0.5, "percentage_point", **R12, direction="increase", s=KM, sp=None, note="'på ett år'"),
        *_row(G, "Hela ekonomin", ["41 870", "3,4", "1 380"], lo, LOS, sep=" | ", note="table 'Tabell 1 ..., augusti 2026' (lenient): 'Kronor per månad' / 'Förändring från aug 2025, %' / '..., kr' (twelve-month changes)"),
        *_row(G, "Privat sektor", ["42 310", "3,5", "1 430"], lo, LOS, sep=" | "),
        *_row(G, "därav arbetare", ["33 650", "3,7", "1 200"], lo, LOS, sep=" | "),
        *_row(G, "därav tjänstemän", ["48 120", "3,3", "1 540"], lo, LOS, sep=" | "),
        *_row(G, "Kommuner", ["37 940", "3,0", "1 110"], lo, LOS, sep=" | "),
        *_row(G, "Regioner", ["45 180", "3,4", "1 490"], lo, LOS, sep=" | "),
        *_row(G, "Staten", ["46 720", "2,9", "1 320"], lo, LOS, sep=" | "),
        G("drygt 2,9 miljoner anställda", 2.9e6, "count", bound="approx", **L26, s=("anställda", "anställda"), sp=None, note="the basis of the statistic"),
    ]
    NEG["r19_b_loner_augusti"] = [
        N("augusti 2026", ctx="Lönestatistik [augusti 2026]", note="title"), N("28 oktober 2026"),
        N("2022–2023", note="places the fall"), N("1", ctx="Tabell [1].", note="table number"),
        N("augusti 2026", ctx="sektor, [augusti 2026]", note="caption"),
        N("aug 2025", 1, note="column header"), N("aug 2025", 2, note="column header"),
        N("25 november 2026", note="next release"), N("010-710 42 36"),
    ]

    # ------------------------------------------------------------ 3. vaccination coverage 2025 (Publicerad 14 april 2026)
    VT = ("Vaccinationstäckning", "Vaccinationstäckning")
    NM = ("Nationellt mål", "mål")
    vc = [("percent", 1, None, Y25, False, False), ("percent", 1, None, Y24, False, False),
          ("percent", 1, None, Y23, False, False), ("percent", 1, None, None, False, False)]
    VTS = [VT, VT, VT, NM]
    TD = ("Täckningen för den första dosen", "Täckningen")
    HP = ("Andelen elever som fått minst en dos", "Andelen")
    AN = ("Anders Nyqvist", "quote")
    LI = ("länets invånare", "invånare")
    GOLD["r19_b_vaccination_region"] = [
        G("96,8 procent", 96.8, "percent", t=Y25, s=("de barn", "barn"), sp=None, note="'under 2025'"),
        G("minst 95 procent", 95, "percent", bound="at_least", s=("Det nationella målet", "målet"), sp=None, note="a target: no period"),
        G("94,1 procent", 94.1, "percent", **L25, direction="decrease", s=TD, sp=None, note="'gick ned till ... från'"),
        G("95,6 procent", 95.6, "percent", **L24, s=TD, sp=None, note="'året före'"),
        G("ungefär 170 tvååringar", 170, "count", bound="approx", **L25, s=("tvååringar", "tvååringar"), sp=None),
        G("under 90 procent", 90, "percent", bound="less_than", **L25, s=("andelen", "andelen"), sp=None),
        G("88,3 procent", 88.3, "percent", **L25, direction="increase", s=HP, sp=None, note="'klättrade till ..., att jämföra med'"),
        G("81,7 procent", 81.7, "percent", t=Y23, s=HP, sp=None),
        G("86,9 procent", 86.9, "percent", **L25, s=("täckningen", "täckningen"), sp=None),
        G("89,8 procent", 89.8, "percent", **L25, s=None, sp=None, note="elided"),
        G("1,5 procentenheter", 1.5, "percentage_point", t=("2024", "2025"), lenient=True, direction="decrease", s=("MPR-täckningen", "MPR-täckningen"), sp=AN, note="'har tappat ... på ett år'"),
        G("drygt 1 100 ovaccinerade barn", 1100, "count", bound="approx", **L26, s=("ovaccinerade barn", "barn"), sp=AN, note="'Under hösten' (the coming autumn)"),
        G("61,2 procent", 61.2, "percent", t=Y25, direction="increase", s=LI, sp=None, note="'hösten 2025'; next sentence 'en höjning från'"),
        G("58,4 procent", 58.4, "percent", **L24, s=LI, sp=None, note="'säsongen innan'"),
        G("75 procent", 75, "percent", s=("målet", "målet"), sp=None, note="a target: no period"),
        G("84 300 doser", 84300, "count", **L25, s=("doser influensavaccin", "doser"), sp=None),
        G("9 600", 9600, "count", **L25, s=None, sp=None, note="'varav 9 600 till personer': elided"),
        *_row(G, "Tvååringar, DTP-polio-Hib", ["96,8", "97,1", "97,0", "95"], vc, VTS, sep=" | ", note="table 'Vaccinationstäckning i procent ...': '2025' / '2024' / '2023' / 'Nationellt mål' (no period)"),
        *_row(G, "Tvååringar, MPR", ["94,1", "95,6", "95,9", "95"], vc, VTS, sep=" | "),
        *_row(G, "Tioåringar, MPR andra dosen", ["92,7", "93,0", "93,4", "95"], vc, VTS, sep=" | "),
        *_row(G, "Årskurs 5, HPV", ["88,3", "84,6", "81,7", "90"], vc, VTS, sep=" | "),
        *_row(G, "65 år och äldre, influensa", ["61,2", "58,4", "57,9", "75"], vc, VTS, sep=" | "),
    ]
    NEG["r19_b_vaccination_region"] = [
        N("2025", ctx="Österås [2025]", note="title"), N("14 april 2026"), N("2025", ctx="år under [2025] hade", note="places the cohort"),
        N("2012", note="'sedan 2012'"), N("5", ctx="årskurs [5] har", note="school year (age band)"),
        N("2023", ctx="81,7 procent [2023].", note="places the share"), N("2025", ctx="hösten [2025] vaccinerade", note="places the season"),
        N("65", ctx="som är [65] år", note="age band"), N("65", ctx="under [65] år.", note="age band"),
        N("2025", ctx="| [2025] | 2024", note="column header"), N("2024", ctx="2025 | [2024] | 2023", note="column header"),
        N("2023", ctx="2024 | [2023] | Nationellt", note="column header"),
        N("5", ctx="| Årskurs [5], HPV", note="row label: school year"), N("65", ctx="| [65] år och äldre", note="row label: age band"),
        N("019-602 77 40"),
    ]

    # ------------------------------------------------------------ 4. port cargo statistics 2025 (Publicerad 5 februari 2026)
    GO = ("gods", "gods")
    CV = ("Containervolymen", "Containervolymen")
    FN = ("Antalet fartygsanlöp", "Antalet")
    TB = ("Torrbulken", "Torrbulken")
    RE = ("resenärer", "resenärer")
    PL = ("Petra Lindkvist", "quote")
    GS = ("Godsomsättning", "Godsomsättning")
    hg = [("tonne", 1e3, None, Y25, False, False), ("tonne", 1e3, None, Y24, False, False),
          ("percent", 1, None, Y25, True, True)]
    GOLD["r19_b_hamn_gods"] = [
        G("8,42 miljoner ton", 8.42e6, "tonne", t=Y25, direction="decrease", s=GO, sp=None, note="'Under 2025'; ', en minskning med'"),
        G("2,7 procent", 2.7, "percent", t=Y25, direction="decrease", s=GO, sp=None, note="'jämfört med 2024'"),
        G("andra", 2, "ordinal", ctx="för [andra] året", **L25, s=("året", "året"), sp=None, note="'för andra året i följd': a run"),
        G("186 400 TEU", 186400, "count", **L25, direction="increase", s=CV, sp=None, note="'växte till'"),
        G("9 procent", 9, "percent", ctx="TEU, [9 procent] mer", **L25, direction="increase", s=CV, sp=None),
        G("41 200 TEU", 41200, "count", **L25, s=("tomma enheter", "enheter"), sp=None),
        G("knappt 1,9 miljoner ton", 1.9e6, "tonne", bound="approx", **L25, s=("containergodset", "containergodset"), sp=None),
        G("2 318", 2318, "count", **L25, direction="decrease", s=FN, sp=None, note="', att jämföra med 2 405 året dessförinnan'"),
        G("2 405", 2405, "count", **L24, s=FN, sp=None),
        G("en femtedel", 0.2, "ratio", t=("2020", "2025"), lenient=True, direction="increase", s=("den genomsnittliga bruttodräktigheten per anlöp", "bruttodräktigheten"), sp=None, note="the size of a change as a fraction, 'på fem år'"),
        G("11 procent", 11, "percent", ctx="sjönk med [11 procent]", **L25, direction="decrease", s=TB, sp=None),
        G("2,31 miljoner ton", 2.31e6, "tonne", **L25, direction="decrease", s=TB, sp=None),
        G("nästan halverades", 0.5, "ratio", bound="approx", **L25, direction="decrease", optional=True, s=("Spannmålsexporten", "Spannmålsexporten"), sp=None, note="a multiplier over time"),
        G("68 000 ton", 68000, "tonne", **L25, direction="increase", s=("importen av skrot till stålverket", "importen"), sp=None),
        G("4,6 procent", 4.6, "percent", ctx="tillbaka med [4,6 procent]", **L25, direction="decrease", s=("Den flytande bulken", "bulken"), sp=None),
        G("1,64 miljoner ton", 1.64e6, "tonne", **L25, s=("Rorotrafiken", "Rorotrafiken"), sp=None, note="'låg i stort sett still': no direction"),
        G("97 300 enheter", 97300, "count", **L25, direction="increase", s=("antalet lastbilar och trailers över färjekajen", "antalet"), sp=None, note="'steg till'"),
        G("312 000 resenärer", 312000, "count", **L25, direction="increase", s=RE, sp=None, note="', 4 procent fler än 2024'"),
        G("4 procent", 4, "percent", ctx="resenärer, [4 procent] fler", **L25, direction="increase", s=RE, sp=None),
        G("640 miljoner kronor", 640e6, "SEK", t=("2021", "2026"), s=("den nya containerterminalen", "containerterminalen"), sp=PL, note="'sedan 2021'"),
        G("250 000 TEU", 250000, "count", bound="more_than", t=Y30, s=("Målet", "Målet"), sp=PL, note="a target: 'passera ... senast 2030'"),
        *_row(G, "Containergods", ["1 887", "1 742", "+8,3 %"], hg, GS, note="table 'Godsomsättning efter godsslag, tusen ton': '2025' / '2024' / 'Förändring' (report year, lenient)"),
        *_row(G, "Rorogods", ["1 640", "1 638", "+0,1 %"], hg, GS),
        *_row(G, "Torrbulk", ["2 310", "2 596", "−11,0 %"], hg, GS),
        *_row(G, "Flytande bulk", ["2 205", "2 312", "−4,6 %"], hg, GS),
        *_row(G, "Övrigt styckegods", ["378", "366", "+3,3 %"], hg, GS),
        *_row(G, "Totalt", ["8 420", "8 654", "−2,7 %"], hg, GS),
        G("100 procent", 100, "percent", **L25, s=None, sp=None, note="'ägs till 100 procent av Skärviks kommun': the owner is no subject"),
    ]
    NEG["r19_b_hamn_gods"] = [
        N("2025", ctx="Godsstatistik [2025]", note="title"), N("5 februari 2026"), N("2025", ctx="Under [2025] hanterades", note="places the total"),
        N("2024", ctx="jämfört med [2024].", note="places the comparison"), N("2024", ctx="fler än [2024].", note="places the comparison"),
        N("2021", note="'sedan 2021'"), N("2030", note="'senast 2030'"),
        N("2025", ctx="Godsslag [2025]", note="column header"), N("2024", ctx="Godsslag 2025 [2024]", note="column header"),
        N("Hamnvägen 14"), N("742 31"), N("0173-520 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on housing (no date, no sidecar)
    PUB = ("Framtidspartiet", "publisher")
    BO = ("bostäder", "bostäder")
    LG = ("En nyproducerad lägenhet på 70 kvadratmeter", "lägenhet")
    GOLD["r19_b_parti_bostad"] = [
        G("ungefär 600 000 unga vuxna", 600000, "count", bound="approx", s=("unga vuxna", "vuxna"), sp=None, note="undated: 'I dag' gives no period"),
        G("var fjärde kommun", 0.25, "ratio", s=("kommun", "kommun"), sp=None),
        G("70 000 bostäder", 70000, "count", per="year", s=BO, sp=PUB, note="'Vi vill bygga ... per år'"),
        G("minst en tredjedel", 1 / 3, "ratio", bound="at_least", s=None, sp=PUB, note="'varav minst en tredjedel ska vara hyresrätter'"),
        G("omkring 5,5 bostäder", 5.5, "count", bound="approx", per="capita", s=BO, sp=None, note="'per 1 000 invånare och år' (the non-time denominator wins)"),
        G("5,9", 5.9, "count", ctx="i Norge [5,9].", per="capita", s=None, sp=None, note="elided"),
        G("2,4", 2.4, "count", ctx="ligger på [2,4].", per="capita", s=None, sp=None, note="a country is no measure"),
        G("ungefär 60 procent", 60, "percent", bound="approx", s=("invånarna", "invånarna"), sp=None),
        G("runt 9 500 kronor", 9500, "SEK", bound="approx", per="month", s=None, sp=None, note="the payer is no subject"),
        G("70 kvadratmeter", 70, "m2", optional=True, s=("En nyproducerad lägenhet", "lägenhet"), sp=None, note="defines the example"),
        G("14 200 kronor", 14200, "SEK", per="month", s=LG, sp=None, note="'i snitt' is no bound"),
        G("2 434 kronor", 2434, "SEK", per="m2", s=None, sp=None, note="'Det motsvarar'; 'per kvadratmeter och år'"),
        G("nästan 40 procent", 40, "percent", bound="approx", s=None, sp=None, note="a comparison at one time"),
        G("31 000 kronor", 31000, "SEK", optional=True, s=None, sp=None, note="defines the example person"),
        G("över hälften", 0.5, "ratio", bound="more_than", s=("nettolönen", "nettolönen"), sp=None),
        G("Var tredje hyresgäst", 1 / 3, "ratio", s=("hyresgäst", "hyresgäst"), sp=None),
        G("mer än 35 procent", 35, "percent", bound="more_than", optional=True, s=("inkomsten", "inkomsten"), sp=None, note="defines the group"),
        G("8 miljarder kronor", 8e9, "SEK", per="year", s=("ett investeringsstöd", "investeringsstöd"), sp=PUB, note="a demand under 'Det här vill vi göra'"),
        G("under 1 900 kronor", 1900, "SEK", bound="less_than", per="m2", optional=True, s=("en hyra", "hyra"), sp=PUB, note="the subsidy's threshold"),
        G("högst fem veckor", 5, "week", bound="at_most", direction="decrease", s=("handläggningstiden för bygglov", "handläggningstiden"), sp=PUB, note="'Korta ... till'"),
        G("15 000 nya studentbostäder", 15000, "count", s=("nya studentbostäder", "studentbostäder"), sp=PUB),
        G("2 procent", 2, "percent", ctx="avgift på [2 procent]", s=("en avgift", "avgift"), sp=PUB),
        G("mer än fem år", 5, "year", bound="more_than", optional=True, s=None, sp=PUB, note="a threshold"),
        G("30 miljarder kronor", 30e9, "SEK", per="year", s=("tillväxt", "tillväxt"), sp=("Boverket", "enligt")),
        G("200 000 fler unga", 200000, "count", s=("unga", "unga"), sp=PUB, note="'Med vår politik': a counterfactual, no direction"),
    ]
    NEG["r19_b_parti_bostad"] = [
        N("1 000", note="denominator"),
        N("1", ctx="[1]. Införa", note="list numbering"), N("2", ctx="[2]. Korta", note="list numbering"),
        N("3", ctx="[3]. Bygga", note="list numbering"), N("4", ctx="[4]. Ge", note="list numbering"),
        N("Storgatan 41"), N("111 55"),
    ]

    # ------------------------------------------------------------ 6. rail punctuality, September 2026 (date only in the sidecar, 2026-10-09)
    MAV = ("Mälartågs avgångar", "avgångar")
    PU = ("Punktlighet", "Punktlighet")
    SO = ("Sanna Öhrwall", "quote")
    FG = ("Den genomsnittliga förseningen", "förseningen")
    pt = [("count", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percent", 1, None, Y25, False, False), ("count", 1, None, Y26, True, False)]
    PTS = [("Avgångar", "Avgångar"), PU, PU, ("Inställda", "Inställda")]
    GOLD["r19_b_punktlighet_september"] = [
        G("91,8 procent", 91.8, "percent", **L26, direction="increase", s=MAV, sp=None, note="'I september' (no year); next sentence 'Det är 2,6 procentenheter bättre'"),
        G("högst fem minuters", 5, "minute", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality"),
        G("2,6 procentenheter", 2.6, "percentage_point", **L26, direction="increase", s=MAV, sp=None),
        G("89,2 procent", 89.2, "percent", t=Y25, s=("punktligheten", "punktligheten"), sp=None, note="'i september förra året'"),
        G("93 procent", 93, "percent", **L26, s=("Målet för helåret", "Målet"), sp=None, note="a target for the year"),
        G("14 760 avgångar", 14760, "count", **L26, s=("avgångar", "avgångar"), sp=None),
        G("231", 231, "count", ctx="ställdes [231] in", **L26, direction="decrease", s=None, sp=None, note="bare figure as grammatical subject; 'Ett år tidigare var ... 412'"),
        G("1,6 procent", 1.6, "percent", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("412", 412, "count", **L25, s=("antalet inställda avgångar", "antalet"), sp=None, note="'Ett år tidigare'"),
        G("48 inställda tåg", 48, "count", **L26, s=("inställda tåg", "tåg"), sp=None),
        G("omkring 1,9 miljoner resor", 1.9e6, "count", bound="approx", **L26, direction="increase", s=("resor", "resor"), sp=None),
        G("7 procent", 7, "percent", ctx="Mälartåg, [7 procent] fler", **L26, direction="increase", s=("resor", "resor"), sp=None),
        G("11 minuter", 11, "minute", **L26, direction="decrease", s=FG, sp=None, note="', mot 14 minuter i september 2025'"),
        G("14 minuter", 14, "minute", t=Y25, s=FG, sp=None),
        G("nästan hälften", 0.5, "ratio", bound="approx", t=Y26, direction="decrease", s=("antalet fordonsfel", "antalet"), sp=SO, note="'sedan i våras': a change size as a fraction"),
        G("20 nya tåg", 20, "count", **L26, s=("nya tåg", "tåg"), sp=SO, note="'under vintern'"),
        G("90,7 procent", 90.7, "percent", **L26, s=("tågen", "tågen"), sp=None),
        G("93,5 procent", 93.5, "percent", **L26, s=None, sp=None, note="elided"),
        *_row(G, "40 Västerås–Stockholm", ["4 120", "92,4", "90,1", "58"], pt, PTS, note="table 'Punktlighet per linje, september' (lenient): 'Avgångar' / 'I tid, %' / 'Sep 2025, %' / 'Inställda'"),
        *_row(G, "41 Eskilstuna–Stockholm", ["3 380", "90,7", "88,0", "71"], pt, PTS),
        *_row(G, "42 Uppsala–Arlanda–Stockholm", ["3 940", "93,5", "91,9", "39"], pt, PTS),
        *_row(G, "45 Örebro–Hallsberg–Stockholm", ["3 320", "90,1", "86,4", "63"], pt, PTS),
        *_row(G, "Samtliga linjer", ["14 760", "91,8", "89,2", "231"], pt, PTS),
        G("högst fem minuter", 5, "minute", ctx="[högst fem minuter] efter", bound="at_most", optional=True, s=None, sp=None, note="defines punctuality"),
    ]
    NEG["r19_b_punktlighet_september"] = [
        N("17 september", note="places the fault"), N("september 2025", note="places the comparison"),
        N("41", ctx="linje [41] mellan", note="line number"), N("42", ctx="linje [42],", note="line number"),
        N("Sep 2025", note="column header"),
        N("40", ctx="[40] Västerås", note="line number"), N("41", ctx="[41] Eskilstuna", note="line number"),
        N("42", ctx="[42] Uppsala", note="line number"), N("45", ctx="[45] Örebro", note="line number"),
        N("0771-44 50 50"),
    ]

    # ------------------------------------------------------------ 7. water utility, boil-water notice, HTML (Publicerad 3 september 2025)
    GOLD["r19_b_kokvatten"] = [
        G("omkring 2 300 hushåll", 2300, "count", bound="approx", **L25, s=("hushåll", "hushåll"), sp=None),
        G("drygt 5 100 invånare", 5100, "count", bound="approx", **L25, s=("invånare", "invånare"), sp=None),
        G("ett av fyra", 0.25, "ratio", optional=True, **L25, s=("prov", "prov"), sp=None, note="which samples were positive"),
        G("3", 3, "count", ctx="fanns [3] E.", per="ml", **L25, s=("E. coli-bakterier", "coli-bakterier"), sp=None, note="'per 100 milliliter': per ml, value as written"),
        G("noll", 0, "count", per="ml", s=("Gränsvärdet för dricksvatten", "Gränsvärdet"), sp=None, note="a norm: no period"),
        G("1 800 kubikmeter", 1800, "m3", **L25, s=("reservoaren på Kullaberget", "reservoaren"), sp=None),
        G("cirka 2 600 kubikmeter per dygn", 2600, "m3", bound="approx", per="day", **L25, s=None, sp=None, note="the producer is no subject; 'normalt'"),
        G("1 900 kubikmeter per dygn", 1900, "m3", per="day", **L25, direction="decrease", s=("produktionen", "produktionen"), sp=None, note="'har ... dragits ned till'"),
        G("omkring 1 400 prover", 1400, "count", bound="approx", per="year", **L25, s=("prover", "prover"), sp=None, note="'varje år' (present tense); the sampler is no subject"),
        G("99,6 procent", 99.6, "percent", t=Y24, s=None, sp=None, note="'under 2024'; 'av dem' (pronoun)"),
        G("9 dygn", 9, "day", t=("2019", "2019"), s=None, sp=None, note="'i maj 2019, då den gällde i': the earlier notice's length; 'den' is the notice, no measure"),
        G("runt 150 liter", 150, "l", bound="approx", per="capita", **L25, s=("En normal förbrukning i området", "förbrukning"), sp=None, note="'per person och dygn'"),
        G("210 liter", 210, "l", per="capita", **L25, s=("En normal förbrukning i området", "förbrukning"), sp=None, note="'låg den på': the pronoun's antecedent; 'i augusti' (no year)"),
        G("minst 48 timmar", 48, "hour", bound="at_least", **L25, s=("Svaren från ett prov", "Svaren"), sp=None),
        G("6 tankar", 6, "count", **L25, s=("tankar", "tankar"), sp=None),
        G("1 000 liter", 1000, "l", **L25, s=None, sp=None, note="'vardera rymmande'"),
        G("2 förskolorna", 2, "count", **L25, s=("förskolorna", "förskolorna"), sp=None),
        G("2 312", 2312, "count", ctx="Berörda hushåll [2 312]", **L25, s=("Berörda hushåll", "hushåll"), sp=None, note="table 'Uppgifter om störningen': rows are measures"),
        G("5 140", 5140, "count", ctx="Berörda invånare [5 140]", **L25, s=("Berörda invånare", "invånare"), sp=None),
        G("3", 3, "count", ctx="nödvatten [3]", **L25, s=("Tappställen för nödvatten", "Tappställen"), sp=None),
        G("1 900", 1900, "m3", ctx="per dygn [1 900]", per="day", **L25, s=("Produktion", "Produktion"), sp=None),
    ]
    NEG["r19_b_kokvatten"] = [
        N("3 september 2025"), N("5 september 2025"), N("2 september", ctx="den [2 september]", note="sampling date"),
        N("100", ctx="per [100] milliliter", note="denominator"), N("10 september", note="places the end"), N("2024", ctx="under [2024] visade", note="places the share"),
        N("maj 2019", note="places the earlier notice"),
        N("7–16", note="times of day"), N("0480-45 60 00", 1), N("0480-45 60 00", 2),
        N("556703-8814"), N("Verkstadsgatan 9"), N("392 34"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. foundation grant report 2025 (Publicerad 22 mars 2026)
    ANS = ("anslag", "anslag")
    AA = ("Antalet ansökningar", "Antalet")
    BGR = ("beviljandegraden", "beviljandegraden")
    AD = ("Andelen anslag till forskare som disputerat för högst åtta år sedan", "Andelen")
    KE = ("Karin Eldh", "quote")
    SA = ("Det största enskilda anslaget", "anslaget")

    def st(unit, scale, cunit):
        return [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False),
                (unit, scale, None, Y20, False, False), (cunit, 1, None, Y25, False, True)]

    GOLD["r19_b_stiftelse_anslag"] = [
        G("214,6 mnkr", 214.6e6, "SEK", t=Y25, direction="increase", s=ANS, sp=None, note="'under 2025 anslag om sammanlagt'; ', en ökning med'"),
        G("8 procent", 8, "percent", ctx="ökning med [8 procent]", **L25, direction="increase", s=ANS, sp=None),
        G("nästan en fördubbling", 2, "ratio", bound="approx", t=("2020", "2025"), lenient=True, direction="increase", optional=True, s=ANS, sp=None, note="a multiplier against five years ago"),
        G("112,3 mnkr", 112.3e6, "SEK", ctx="då [112,3 mnkr]", **L20, s=None, sp=None, note="'för fem år sedan': 2020; figure as grammatical subject"),
        G("1 386", 1386, "count", ctx="steg till [1 386],", **L25, direction="increase", s=AA, sp=None),
        G("1 142", 1142, "count", ctx="från [1 142] året", **L24, s=AA, sp=None, note="'året innan'"),
        G("202 projekt", 202, "count", **L25, s=("projekt", "projekt"), sp=None),
        G("14,6 procent", 14.6, "percent", **L25, direction="decrease", s=BGR, sp=None, note="'sjönk till ..., mot 16,9 procent 2024'"),
        G("16,9 procent", 16.9, "percent", t=Y24, s=BGR, sp=None),
        G("21,4 procent", 21.4, "percent", t=Y20, s=BGR, sp=None, note="'År 2020 låg den på': the pronoun's antecedent"),
        G("96,2 mnkr", 96.2e6, "SEK", **L25, s=("den största delen", "delen"), sp=None, note="the receiver is no subject"),
        G("45 procent", 45, "percent", **L25, s=("totalen", "totalen"), sp=None),
        G("18 miljoner kronor", 18e6, "SEK", **L25, s=SA, sp=None),
        G("sex år", 6, "year", **L25, s=SA, sp=None, note="'under sex år': the grant's duration"),
        G("drygt 1,06 miljoner kronor", 1.06e6, "SEK", bound="approx", **L25, s=("Det genomsnittliga anslaget", "anslaget"), sp=None),
        G("högst åtta år", 8, "year", bound="at_most", optional=True, s=None, sp=None, note="defines the group"),
        G("38 procent", 38, "percent", **L25, direction="increase", s=AD, sp=None, note="'ökade till ..., från'"),
        G("31 procent", 31, "percent", **L24, s=AD, sp=None, note="from-value: the year before"),
        G("47 procent", 47, "percent", **L25, s=("de beviljade projekten", "projekten"), sp=None),
        G("ungefär var sjunde", 1 / 7, "ratio", bound="approx", **L25, s=("ansökan", "ansökan"), sp=KE),
        G("minst hälften", 0.5, "ratio", bound="at_least", **L25, s=None, sp=KE, note="elided"),
        G("6,8 miljarder kronor", 6.8e9, "SEK", **L25, s=("Stiftelsens förmögenhet", "förmögenhet"), sp=None, note="'vid årsskiftet': 31 December 2025"),
        G("minst 3,5 procent", 3.5, "percent", bound="at_least", per="year", s=("förmögenheten", "förmögenheten"), sp=None, note="a statute: no period; 'i genomsnitt' is no bound"),
        *_row(G, "Beviljade anslag, mnkr", ["214,6", "198,7", "112,3", "+8,0 %"], st("SEK", 1e6, "percent"), ("Beviljade anslag", "anslag"), note="table 'Anslag i siffror': '2025' / '2024' / '2020' / 'Förändring 2024–2025' (2025, not lenient)"),
        *_row(G, "Antal ansökningar", ["1 386", "1 142", "874", "+21,4 %"], st("count", 1, "percent"), ("Antal ansökningar", "Antal")),
        *_row(G, "Antal beviljade projekt", ["202", "193", "187", "+4,7 %"], st("count", 1, "percent"), ("Antal beviljade projekt", "Antal")),
        *_row(G, "Beviljandegrad, %", ["14,6", "16,9", "21,4", "−2,3"], st("percent", 1, "percentage_point"), ("Beviljandegrad", "Beviljandegrad")),
    ]
    NEG["r19_b_stiftelse_anslag"] = [
        N("2025", ctx="Anslagsrapport [2025]", note="title"), N("22 mars 2026"), N("2025", ctx="under [2025] anslag", note="places the grants"),
        N("2024", ctx="procent [2024].", note="places the share"), N("2020", ctx="År [2020] låg", note="places the share"),
        N("2025", ctx="siffror [2025]", note="column header"), N("2024", ctx="siffror 2025 [2024]", note="column header"),
        N("2020", ctx="2025 2024 [2020]", note="column header"), N("2024–2025", note="column header"),
        N("802004-1187"), N("Box 5520"), N("114 85"),
    ]

    return GOLD, NEG
