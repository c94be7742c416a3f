"""Round 15, part A (r15_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 15, part A (r15_a_*): eight kinds, written from scratch (r15_sources.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a municipality's annual report summary for
# 2025 ('Publicerad 22 april 2026'; 'landade på', 'bättre än budgeterat', 'Året innan stannade resultatet vid', a
# financial target 'minst 2 procent', 'kronor per hundralapp' 'låg kvar', '46 färre än ett år tidigare', 'gick ned till
# 7,2 procent från 7,9 procent', 'tre av fyra nämnder', 'växer med omkring 4 procent om året' in a quote, a plain-text
# key-figure table '2025 / 2024' with 'belopp i miljoner kronor' and rows in %, kr and counts), a savings bank's press
# release on mortgage list rates (Markdown, dateline 'Sundsvall den 9 mars 2026'; 'höjs med 0,15 procentenheter till',
# 'går upp med mellan 0,10 och 0,25 procentenheter', 'gäller från och med den 12 mars 2026', 'runt 2,9 procent, drygt en
# halv procentenhet högre än i december', a Markdown table by bindningstid with new, previous and change columns, a
# 2-million example loan 'i månaden', 'den månatliga räntekostnaden'), a statistics agency's KPI/KPIF release for October
# 2025 ('Publicerad 13 november 2025'; 'en nedgång från', 'på årsbasis', 'jämfört med 0,9 procent månaden innan', 'på en
# månad', 'fallit med 18,6 procent det senaste året', 'Räknat på tolv månader', kronor per liter, 'öre mindre än', an
# index value '(1980 = 100)', a plain-text table by product group: 'Vikt, %', '1 mån, %', '12 mån, %'), a monthly
# electricity-price summary for January 2026 (Markdown, 'Publicerad 3 februari 2026'; öre/kWh per price area, 'nästan
# dubbelt så mycket som i december, då det stannade vid', 'klättrade ... till ... från ... månaden före', 'över 90 öre
# per kilowattimme', 'över 300 öre/kWh under sammanlagt 41 timmar', a Markdown table 'Jan 2026 / Dec 2025 / Jan 2025 /
# Förändring mot jan 2025, %', an example villa using 2 500 kWh, 'ökat till 24 procent, från 19 procent ett år
# tidigare'), an UNDATED signed opinion piece on schools (no date, no sidecar; meritvärde, 'kronor per elev och år',
# 'elever i en klass', 'elever per lärare', 'rikssnittet', 'Var femte elev', 'sjunkit med 6 procentenheter på tre år',
# 'minst 10 000 kronor per elev', 'Ingen klass ... fler än 25 elever'), an insurance company's winter claims statistics
# (dateline 'Göteborg den 8 april 2026'; bracketed prior figures '14 320 (11 870) skador', '612 (438) miljoner kronor'
# dated by 'Siffrorna inom parentes avser vintern 2024/2025', 'fördubblades nästan', 'en mer än tredubbling', 'under
# minus 20 grader', a plain-text table by claim type with 'Antal skador', 'Förändring, %', 'Ersättning, mnkr'), a
# housing company's HTML page on the rent negotiation for 2026 (cookie banner, menu, breadcrumb, related links, footer;
# 'Publicerad 4 december 2025'; 'höjs med 4,2 procent från årsskiftet', 'Bolaget hade begärt 6,5 procent', 'i sju
# veckor', 'räknas upp med 3 procent', an example flat 'en trea på 74 kvadratmeter', 'från 1 412 till 1 471 kronor per
# kvadratmeter och år', an HTML table 'Yta, kvm / Hyra 2025, kr/mån / Hyra 2026, kr/mån / Höjning, kr/mån') and an ice-
# hockey club's season summary 2025/26 (date only in the sidecar, 2026-04-02; 'fjärde plats', 'en niondeplats', 'tolv
# poäng fler än säsongen innan', 'ett snitt på 7 210 per match', 'Det är 940 fler per match', 'passerade publiksiffran
# 213 000', 'en uppgång med 9,4 miljoner', 'att jämföra med 171 miljoner säsongen före', 'räddningsprocent', a plain-text
# table '2025/26 / 2024/25', 'höjs från 4 200 till 4 500 kronor' for next season).
# The r8-r14 decisions are followed: periods at year grain; a relative expression in the sentence ('i dag', 'nu',
# 'dagens', 'från årsskiftet', 'för nästa år', 'i fjol' as a baseline) resolves against the publication date and is not
# lenient; a month without a year, a heading's, a caption's or the document's period, 'året innan' / 'ett år tidigare' /
# 'månaden före' are lenient; brackets take the period their note names (not lenient); a level followed by ', X mer än',
# 'att jämföra med X <earlier time>', 'jämfört med X <earlier time>', ', en nedgång från X' or a next sentence 'Det är X
# fler' is the new value after a change (direction), the earlier value and from-values have none and take the earlier
# period; comparisons at one time ('rikssnittet', 'bättre än budgeterat', 'under dåvarande listränta', two municipalities)
# have no direction; multipliers ('nästan dubbelt', 'fördubblades nästan', 'tredubbling'), thresholds, definitions of an
# example (a loan, a villa, a flat, a class, a pensioner) and rules are optional; targets and negated bounds are
# required without a period; table cells take their column headers' periods (not lenient; a caption's period lenient),
# change columns lenient with direction from the sign (or from the header's meaning: 'Höjning'); rows that are
# categories take the column's measure as subject; a season '2025/26' spans ('2025', '2026'), lenient (r13_b); a rolling
# year ('det senaste året', 'på tolv månader', 'Räknat på tolv månader', 'på årsbasis') in an October 2025 text spans
# ('2024', '2025'), lenient (r13_a/r14_a); present tense takes the publication year, lenient; öre/kWh is SEK per 'kWh';
# 'vilket är' / 'Det är' / 'alltså' / 'blir det' have s None; the figure as grammatical subject ('61 procent av lärarna
# har') has s None; elided nouns ('och elområde 2 39,0 öre/kWh', 'med 8 600 på läktaren') have s None; the UNDATED text
# has no period on any figure ('förra våren', 'i dag', 'För fem år sedan' included).
# Where those were silent, decided here:
# - Annual report: the report year is the document's period (2025, lenient) for every figure in the running text; 'Året
#   innan' is 2024, lenient. 'vilket är 31,2 miljoner kronor bättre än budgeterat' compares with the budget (no
#   direction, s None); 'de 402 miljoner som fanns i budgeten' takes 'budgeten' as subject (the budgeted level, 2025,
#   lenient, no direction). The financial target 'ett överskott om minst 2 procent' is required, at_least, no period.
#   'Skattesatsen låg kvar på 21,95 kronor per hundralapp' states no change (per None, r10). 'gick ned till 7,2 procent
#   från 7,9 procent' with no period: the from-value takes 2024, lenient. The quote's 'tre av fyra nämnder' (ratio 0.75)
#   and 'växer med omkring 4 procent om året' (per="year", direction increase) are present tense: 2026, lenient. The age
#   band 'över 80 år' is N. In the table, 'belopp i miljoner kronor' scales the money rows only; 'Soliditet, %',
#   'Skattesats, kr', 'Antal tillsvidareanställda' and 'Invånare 31 december' carry their own units; '31 december' in
#   the row label is N.
# - Mortgage rates: the bank's raise is stated in the sentence before the figures ('Nordviks Sparbank höjer'), so the
#   figures that follow are plain reporting (the credit rule covers the same or the next sentence only). All new and
#   previous list rates are 2026, lenient (the rates change in March 2026; the previous rate was also in force in 2026).
#   'mellan 0,10 och 0,25 procentenheter' is a range with direction increase. 'drygt en halv procentenhet högre än i
#   december' is a required number word (0.5 percentage_point, approx, increase), and it makes 'runt 2,9 procent' the
#   new value after a change (increase, 'nu': 2026, not lenient). The table's row labels '3 mån', '1 år', '2 år', '3 år',
#   '5 år' name the product (the fixed-rate period): N, like age bands. 'Förändring av listräntan, procentenheter' is a
#   change column (unit percentage_point, direction from the sign). '0,32 procentenheter under dåvarande listränta' is
#   a comparison at one time with s None ('alltså'). 'Omkring 85 procent av bankens bolånekunder har i dag' has s None
#   (the figure is the grammatical subject). The example loan '2 miljoner kronor' is optional; '250 kronor i månaden',
#   'ungefär 175 kronor' and 'den månatliga räntekostnaden 5 733 kronor' are per="month" (the adjective 'månatliga' is a
#   'per månad') with direction increase ('Med den nya räntan blir': the new value after the raise).
# - KPI: the inflation rate is a level (r10_b); ', en nedgång från 2,9 procent i september' makes 2,6 the new value
#   (decrease). 'KPIF exklusive energi steg med 2,8 procent på årsbasis' is a 12-month change: direction increase,
#   ('2024', '2025') lenient. 'Livsmedelspriserna ... låg 2,2 procent över nivån för ett år sedan' and 'varorna ... 1,4
#   procent dyrare än i oktober i fjol' compare one thing over time (increase), October 2025, lenient. 'En liter bensin
#   kostade i genomsnitt 16,84 kronor' is per="l" ('i genomsnitt' is no bound), with ', 71 öre mindre än ett år
#   tidigare' the new value (decrease). The index base '1980 = 100' is N. In the table 'Vikt, %' is a level (its total
#   '100,0' optional), '1 mån, %' and '12 mån, %' are change columns with the caption 'Prisutveckling per varugrupp,
#   oktober 2025' as subject ('Prisutveckling'); '1 mån' takes the caption's 2025 (lenient), '12 mån' the rolling year
#   ('2024', '2025'), lenient; the column headers '1 mån' and '12 mån' are N. The 'KPIF totalt' row names its measure.
# - Electricity: the price areas 'elområde 4', 'SE1' etc. are identifiers (N). December in a February 2026 text is
#   2025, lenient. 'fick ett snittpris på 38,2 öre/kWh och elområde 2 (Sundsvall) 39,0 öre/kWh, bara några öre mer än i
#   december' is a change over time for both (increase). 'över 90 öre per kilowattimme' is the north-south gap at one
#   time (more_than, per kWh, no direction). 'Två köldknäppar' and 'två kärnkraftsreaktorer' in the quote are required
#   counts (number words, r13). The table caption 'Spotpris, månadsmedel, öre/kWh' scales every price cell by 0.01 SEK
#   per kWh; 'Förändring mot jan 2025, %' is a change column, 2026, lenient. The example villa's '2 500 kWh' is optional;
#   'Motsvarande villa i elområde 1 betalade ungefär 1 190 kronor' has s None (the payer is no subject). 'Terminspriserna
#   för februari' are February 2026, lenient.
# - UNDATED op-ed: the signatories' text is plain reporting (r13_a's signed op-ed), their demands included: no speaker.
#   'Alsvik lägger 131 400 kronor per elev och år på grundskolan' takes the goal of the money ('grundskolan'; the spender
#   is no subject), 'medan Storvik stannar vid 112 800 kronor' has s None (elided). 'kronor per elev och år' is per="capita" (the pupil is the head counted; r14's 'per barn och månad' benefit is a
#   monthly payment, this is a spending rate per head); 'i snitt 22 elever i en klass' and 'Ingen klass i högstadiet ska
#   ha fler än 25 elever' are per="class"; 'Antalet elever per lärare' is per="teacher" (r12). 'en skillnad på över 33
#   poäng' in merit points is unit number (more_than). 'mindre än tre mil' is an optional distance (30 km, less_than).
#   'För en klass med 28 elever' defines the example (optional); 'drygt en halv miljon kronor om året' is approx,
#   per="year", s None ('blir det'). 'har sjunkit med 6 procentenheter på tre år, till 68 procent' has direction
#   decrease on both. 'årskurs 9' is N. 'tre saker', 'tre år', 'fem år' are left out (no digits; not quantities).
# - Insurance: the winter 'Vintern 2025/2026' spans ('2025', '2026') like a season; the running text's figures are
#   lenient; the brackets take ('2024', '2025') from 'Siffrorna inom parentes avser vintern 2024/2025' (not lenient).
#   '64 200 kronor vintern före' is ('2024', '2025'), lenient. 'fördubblades nästan' is an optional multiplier (approx,
#   increase); 'en mer än tredubbling' an optional multiplier (more_than, increase). 'När temperaturen ligger under
#   minus 20 grader' is an optional threshold (-20 degC, less_than); 'uppvärmda till minst 10 grader' (advice) and '15
#   procent rabatt på självrisken' (a rule) are optional. 'viltolyckorna blev 1 160, i stort sett lika många som året
#   innan' states no change. In the table 'Förändring, %' is the change in the number of claims (subject 'Antal
#   skador'); the caption's winter gives every cell ('2025', '2026'), lenient.
# - Rent: the heading 'Hyrorna höjs med 4,2 procent från årsskiftet' is 2026, not lenient; 'Bolaget hade begärt 6,5
#   procent' is a demand credited to the company (speaker 'Bolaget', credited; s None), direction increase. 'i sju
#   veckor' is a required duration (number word), 2025 lenient. 'en trea på 74 kvadratmeter' and the table column 'Yta,
#   kvm' define flats: optional, m2. 'dagens hyra på 8 950 kronor i månaden' is 2025, not lenient ('dagens');
#   'blir höjningen 376 kronor' takes the thing that changes ('dagens hyra'). 'kronor per kvadratmeter och år' is
#   per="m2" (one per field: the area is the denominator, the year is implied by the unit of rent levels). The table's
#   room-count labels '1 rok' ... '4 rok' are N (category labels); 'Höjning, kr/mån' is a change column by meaning
#   (increase), 2026, lenient. 'snittet i regionen, som hittills landat på 4,6 procent för nästa år' is 2026 (not
#   lenient), increase, credited to Hyresgästföreningen ('framhåller'). The pensioner's '14 000 kronor i månaden' defines
#   an example (optional, quote). 'Bolaget planerar att investera 210 miljoner kronor i underhåll under 2026' is the
#   company reporting on itself: sp None, subject the goal of the money.
# - Hockey: rankings are ordinal ('fjärde plats' 4, 'en niondeplats' 9 for 2024/25, the table's 'Placering
#   grundserien'); 'tolv poäng fler än säsongen innan' is a required number word (increase) and makes '89 poäng' the new
#   value. 'ett snitt på 7 210 per match' is count per="match"; 'Det är 940 fler per match än förra säsongen' makes it
#   the new value and the 940 takes the thing that changes ('ett snitt'). 'passerade publiksiffran 213 000' is
#   more_than. 'Sammantaget omsatte klubben 198 miljoner kronor' has s None (the verb names the measure, the actor is no
#   subject). 'Var fjärde åskådare i år' in the quote is the season (lenient), not the calendar year. 'spelade 41 av
#   grundseriens matcher': count, subject 'matcher'. The season-card price '4 200' is the current season (2025/26,
#   lenient) and '4 500 kronor' next season ('2026', '2027'), lenient, increase; 'Ståplatskortet ligger kvar på 2 300
#   kronor' is next season, no change.
# - Negatives: datelines and Publicerad lines, titles, captions and column headers of periods, years and dates that only
#   place a claim ('för 2025', 'den 18 maj', 'den 12 mars 2026', 'den 1 december', 'den 28 februari', 'vintern
#   2024/2025', 'den 1 januari 2026', 'under 2025', 'under 2026'), seasons in headers, row labels that name categories
#   ('3 mån', '1 rok', 'SE1 Luleå'), price-area numbers, age bands, 'årskurs 9', the index base, '1960-talet', 'vecka 9'
#   in a related link, next-publication dates, phone numbers, street addresses, postal codes, org numbers and the
#   copyright year.
# - Left out on purpose (no digits, neither G nor N): 'tre månader' / 'fem år' / 'tre månaders bindning' (the product
#   named in words), 'på tio år', 'tre saker', 'på tre år', 'För fem år sedan', 'varje hundralapp', 'Året innan',
#   'säsongen innan', 'förra säsongen', 'nästa säsong', 'månaden innan', 'ett år tidigare'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2024", "2025", "2026")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26 = Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = dict(t=("2024", "2025"), lenient=True)

    # ------------------------------------------------------------ 1. municipality's annual report 2025 (Publicerad 22 april 2026)
    KR = ("Kommunens resultat", "resultat")
    NK = ("Nettokostnaderna", "Nettokostnaderna")
    ML = ("Marianne Lövgren", "quote")
    TA = ("tillsvidareanställda", "tillsvidareanställda")
    SF = ("Sjukfrånvaron", "Sjukfrånvaron")

    def kt(unit, scale):
        return [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False)]

    GOLD["r15_a_arsredovisning_kommun"] = [
        G("48,6 miljoner kronor", 48.6e6, "SEK", **L25, s=KR, sp=None, note="the report year"),
        G("31,2 miljoner kronor", 31.2e6, "SEK", **L25, s=None, sp=None, note="'vilket är ... bättre än budgeterat': a comparison with the budget"),
        G("12,4 miljoner kronor", 12.4e6, "SEK", **L24, s=("resultatet", "resultatet"), sp=None, note="'Året innan'"),
        G("2,1 procent", 2.1, "percent", **L25, s=("Överskottet", "Överskottet"), sp=None),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett överskott", "överskott"), sp=None, note="a financial target: no period"),
        G("3,8 procent", 3.8, "percent", **L25, direction="increase", s=NK, sp=None),
        G("2 214 miljoner kronor", 2214e6, "SEK", **L25, direction="increase", s=NK, sp=None, note="to-value"),
        G("5,1 procent", 5.1, "percent", **L25, direction="increase", s=("Skatteintäkter och statsbidrag", "Skatteintäkter"), sp=None, note="'växte snabbare, med'"),
        G("17,5 miljoner kronor", 17.5e6, "SEK", **L25, s=("ett underskott mot budget", "underskott"), sp=None),
        G("9,3 miljoner", 9.3e6, "SEK", **L25, s=("ett överskott", "överskott"), sp=None),
        G("386 miljoner kronor", 386e6, "SEK", **L25, s=("Investeringarna", "Investeringarna"), sp=None, note="'något lägre än de 402 miljoner som fanns i budgeten': no change over time"),
        G("402 miljoner", 402e6, "SEK", **L25, s=("budgeten", "budgeten"), sp=None),
        G("142 miljoner kronor", 142e6, "SEK", **L25, s=("arbetet", "arbetet"), sp=None, note="'där arbetet under året kostade'"),
        G("58 miljoner", 58e6, "SEK", **L25, s=("renoveringen av simhallen", "renoveringen"), sp=None),
        G("71 procent", 71, "percent", **L25, s=("Självfinansieringsgraden för investeringarna", "Självfinansieringsgraden"), sp=None),
        G("21,95 kronor", 21.95, "SEK", ctx="på [21,95 kronor] per hundralapp", **L25, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'låg kvar': no change"),
        G("3 412 tillsvidareanställda", 3412, "count", **L25, direction="decrease", s=TA, sp=None, note="'Vid årets slut'; ', 46 färre än ett år tidigare': the new value"),
        G("46", 46, "count", ctx="[46] färre", **L25, direction="decrease", s=TA, sp=None),
        G("7,2 procent", 7.2, "percent", **L25, direction="decrease", s=SF, sp=None, note="'gick ned till'"),
        G("7,9 procent", 7.9, "percent", **L24, s=SF, sp=None, note="from-value"),
        G("tre av fyra", 0.75, "ratio", **L26, s=("nämnder", "nämnder"), sp=ML, note="present tense in an April 2026 text"),
        G("omkring 4 procent", 4, "percent", bound="approx", per="year", **L26, direction="increase", s=("antalet invånare över 80 år", "antalet"), sp=ML, note="'växer med ... om året'"),
        *_row(G, "Årets resultat", ["48,6", "12,4"], kt("SEK", 1e6), ("Årets resultat", "resultat"), note="table 'Nyckeltal (belopp i miljoner kronor)': columns '2025' / '2024'"),
        *_row(G, "Nettokostnad", ["2 214", "2 133"], kt("SEK", 1e6), ("Nettokostnad", "Nettokostnad")),
        *_row(G, "Skatteintäkter och statsbidrag", ["2 297", "2 186"], kt("SEK", 1e6), ("Skatteintäkter och statsbidrag", "Skatteintäkter")),
        *_row(G, "Nettoinvesteringar", ["386", "311"], kt("SEK", 1e6), ("Nettoinvesteringar", "Nettoinvesteringar")),
        *_row(G, "Soliditet, %", ["41,3", "40,2"], kt("percent", 1), ("Soliditet", "Soliditet")),
        *_row(G, "Skattesats, kr", ["21,95", "21,95"], kt("SEK", 1), ("Skattesats", "Skattesats")),
        *_row(G, "Antal tillsvidareanställda", ["3 412", "3 458"], kt("count", 1), ("Antal tillsvidareanställda", "Antal")),
        *_row(G, "Invånare 31 december", ["28 904", "28 711"], kt("count", 1), ("Invånare", "Invånare")),
    ]
    NEG["r15_a_arsredovisning_kommun"] = [
        N("Årsredovisning 2025", note="title"), N("22 april 2026"), N("2025", ctx="för [2025] än", note="places the claim"),
        N("18 maj"), N("80", ctx="över [80] år", note="age band"), N("2025", ctx="kronor) [2025] 2024", note="column header"),
        N("2024", ctx="[2024] Årets resultat", note="column header"), N("31 december", note="row label's date"),
        N("0512-47 30 00"), N("Storgatan 9"), N("565 81"),
    ]

    # ------------------------------------------------------------ 2. savings bank: mortgage list rates (dateline 9 mars 2026)
    R3 = ("Räntan med tre månaders bindning", "Räntan")
    JB = ("Johan Bergendal", "quote")
    SW = ("Den femåriga swapräntan", "swapräntan")
    RK = ("räntekostnaden", "räntekostnaden")
    lr = [("percent", 1, None, Y26, True, False), ("percent", 1, None, Y26, True, False),
          ("percentage_point", 1, None, Y26, True, True)]
    LRS = [("Ny listränta", "listränta"), ("Tidigare listränta", "listränta"), ("listräntan", "listräntan")]
    GOLD["r15_a_bolan_listrantor"] = [
        G("0,15 procentenheter", 0.15, "percentage_point", **L26, direction="increase", s=R3, sp=None, note="'höjs med'; valid from 12 March 2026"),
        G("3,44 procent", 3.44, "percent", **L26, direction="increase", s=R3, sp=None, note="to-value"),
        G("0,10 och 0,25 procentenheter", None, "percentage_point", low=0.10, high=0.25, **L26, direction="increase", s=("de längre bindningstiderna", "bindningstiderna"), sp=None, note="'går upp med mellan'"),
        G("runt 2,9 procent", 2.9, "percent", bound="approx", t=Y26, direction="increase", s=SW, sp=JB, note="'nu'; ', drygt en halv procentenhet högre än i december': the new value"),
        G("drygt en halv procentenhet", 0.5, "percentage_point", bound="approx", t=Y26, direction="increase", s=SW, sp=JB, note="number words"),
        *_row(G, "| 3 mån", ["3,44", "3,29", "+0,15"], lr, LRS, sep=" | ", note="table: 'Ny listränta, %' / 'Tidigare listränta, %' / 'Förändring av listräntan, procentenheter' (the document's 2026, lenient)"),
        *_row(G, "| 1 år", ["3,39", "3,29", "+0,10"], lr, LRS, sep=" | "),
        *_row(G, "| 2 år", ["3,52", "3,37", "+0,15"], lr, LRS, sep=" | "),
        *_row(G, "| 3 år", ["3,61", "3,41", "+0,20"], lr, LRS, sep=" | "),
        *_row(G, "| 5 år", ["3,83", "3,58", "+0,25"], lr, LRS, sep=" | "),
        G("2,97 procent", 2.97, "percent", **L26, s=("Den genomsnittliga räntan för nya lån med tre månaders bindning", "räntan"), sp=None, note="'i februari' (no year)"),
        G("0,32 procentenheter", 0.32, "percentage_point", **L26, s=None, sp=None, note="'alltså ... under dåvarande listränta': a comparison at one time"),
        G("Omkring 85 procent", 85, "percent", bound="approx", t=Y26, s=None, sp=None, note="'i dag'; the figure is the grammatical subject"),
        G("2 miljoner kronor", 2e6, "SEK", optional=True, s=("ett lån", "lån"), sp=None, note="defines the example"),
        G("250 kronor", 250, "SEK", per="month", **L26, direction="increase", s=RK, sp=None, note="'ökar med ... i månaden'"),
        G("ungefär 175 kronor", 175, "SEK", bound="approx", per="month", **L26, direction="increase", s=RK, sp=None),
        G("5 733 kronor", 5733, "SEK", per="month", **L26, direction="increase", s=("den månatliga räntekostnaden", "räntekostnaden"), sp=None, note="'Med den nya räntan blir': the new value"),
        G("cirka 64 000 privatkunder", 64000, "count", bound="approx", **L26, s=("privatkunder", "privatkunder"), sp=None, note="present tense"),
        G("38,7 miljarder kronor", 38.7e9, "SEK", **L26, s=("en bolånestock", "bolånestock"), sp=None),
        G("4,3 procent", 4.3, "percent", t=Y25, direction="increase", s=("Bankens utlåning till bostäder", "utlåning"), sp=None, note="'under 2025'"),
    ]
    NEG["r15_a_bolan_listrantor"] = [
        N("9 mars 2026"), N("12 mars 2026"), N("3 mån", note="row label: the product"), N("1 år", note="row label"),
        N("2 år", note="row label"), N("3 år", note="row label"), N("5 år", note="row label"), N("2025", ctx="under [2025].", note="places the claim"), N("060-15 72 40"),
    ]

    # ------------------------------------------------------------ 3. KPI/KPIF October 2025 (Publicerad 13 november 2025)
    K = ("Inflationstakten enligt KPIF", "Inflationstakten")
    KK = ("Inflationstakten mätt med KPI", "Inflationstakten")
    LP = ("Livsmedelspriserna", "Livsmedelspriserna")
    EP = ("Elpriset", "Elpriset")
    BN = ("En liter bensin", "bensin")
    PU = ("Prisutveckling", "Prisutveckling")
    kc = [("percent", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, True), ("percent", 1, None, ("2024", "2025"), True, True)]
    KCS = [("Vikt", "Vikt"), PU, PU]
    GOLD["r15_a_kpi_oktober"] = [
        G("2,6 procent", 2.6, "percent", **L25, direction="decrease", s=K, sp=None, note="'i oktober'; ', en nedgång från 2,9 procent i september': the new value"),
        G("2,9 procent", 2.9, "percent", **L25, s=K, sp=None, note="from-value, September"),
        G("2,8 procent", 2.8, "percent", **R12, direction="increase", s=("KPIF exklusive energi", "KPIF"), sp=None, note="'steg med ... på årsbasis': a rolling year"),
        G("0,7 procent", 0.7, "percent", **L25, direction="decrease", s=KK, sp=None, note="', jämfört med 0,9 procent månaden innan': the new value"),
        G("0,9 procent", 0.9, "percent", **L25, s=KK, sp=None, note="'månaden innan'"),
        G("0,3 procent", 0.3, "percent", **L25, direction="increase", s=("KPIF", "KPIF"), sp=None, note="'Från september till oktober steg'"),
        G("0,4 procent", 0.4, "percent", **L25, direction="increase", s=LP, sp=None, note="'på en månad'"),
        G("2,2 procent", 2.2, "percent", **L25, direction="increase", s=LP, sp=None, note="'över nivån för ett år sedan': one thing over time"),
        G("18,6 procent", 18.6, "percent", **R12, direction="decrease", s=("hushållens räntekostnader", "räntekostnader"), sp=None, note="'fallit med ... det senaste året'"),
        G("3,7 procent", 3.7, "percent", **R12, direction="increase", s=("Tjänstepriserna", "Tjänstepriserna"), sp=None, note="'på tolv månader'"),
        G("1,4 procent", 1.4, "percent", **L25, direction="increase", s=("varorna", "varorna"), sp=None, note="'dyrare än i oktober i fjol'"),
        G("11,4 procent", 11.4, "percent", **L25, direction="increase", s=EP, sp=None, note="'jämfört med september'"),
        G("6,2 procent", 6.2, "percent", **R12, direction="decrease", s=("elpriset", "elpriset"), sp=None, note="'Räknat på tolv månader ... lägre'"),
        G("16,84 kronor", 16.84, "SEK", per="l", **L25, direction="decrease", s=BN, sp=None, note="', 71 öre mindre än ett år tidigare': the new value"),
        G("71 öre", 0.71, "SEK", per="l", **L25, direction="decrease", s=BN, sp=None),
        G("414,92", 414.92, "number", **L25, s=("Indexvärdet för KPI", "Indexvärdet"), sp=None),
        *_row(G, "Livsmedel och alkoholfria drycker", ["13,9", "+0,4", "+2,2"], kc, KCS, note="table 'Prisutveckling per varugrupp, oktober 2025' (caption: lenient): 'Vikt, %' / '1 mån, %' / '12 mån, %' (rolling year)"),
        *_row(G, "Kläder och skor", ["4,6", "+3,1", "+1,5"], kc, KCS),
        *_row(G, "Boende (exkl. räntor)", ["21,3", "+0,2", "+3,4"], kc, KCS),
        *_row(G, "Transport", ["14,2", "−0,6", "+0,8"], kc, KCS),
        *_row(G, "Rekreation och kultur", ["11,8", "−1,2", "+2,9"], kc, KCS),
        *_row(G, "Restauranger och logi", ["6,1", "+0,5", "+4,1"], kc, KCS),
        *_row(G, "KPIF totalt", ["+0,3", "+2,6"], kc[1:], ("KPIF totalt", "KPIF"), before=["100,0"], note="the row names its measure"),
        G("100,0", 100.0, "percent", ctx="KPIF totalt [100,0]", **L25, optional=True, s=("Vikt", "Vikt"), sp=None, note="the total of a share column"),
    ]
    NEG["r15_a_kpi_oktober"] = [
        N("oktober 2025", 1, note="title"), N("13 november 2025"), N("1980", note="index base"),
        N("100", ctx="1980 = [100]", note="index base"), N("oktober 2025", 2, note="caption"),
        N("1 mån", note="column header"), N("12 mån", note="column header"), N("11 december 2025"), N("010-479 55 18"),
    ]

    # ------------------------------------------------------------ 4. electricity prices, January 2026 (Publicerad 3 februari 2026)
    D25 = dict(t=Y25, lenient=True)
    FH = ("Frida Holmgren", "quote")
    SP = ("Spotpris", "Spotpris")
    ep = [("SEK", 0.01, "kWh", Y26, False, False), ("SEK", 0.01, "kWh", Y25, False, False),
          ("SEK", 0.01, "kWh", Y25, False, False), ("percent", 1, None, Y26, True, True)]
    GOLD["r15_a_elpris_januari"] = [
        G("128,6 öre/kWh", 1.286, "SEK", per="kWh", **L26, direction="increase", s=("Medelpriset på spotmarknaden i elområde 4", "Medelpriset"), sp=None, note="'i januari'; 'nästan dubbelt så mycket som i december': one thing over time"),
        G("nästan dubbelt", 2, "number", bound="approx", **L26, direction="increase", optional=True, s=None, sp=None, note="multiplier over time"),
        G("66,9 öre/kWh", 0.669, "SEK", per="kWh", **D25, s=("Medelpriset på spotmarknaden i elområde 4", "Medelpriset"), sp=None, note="'i december' in a February 2026 text"),
        G("97,3 öre/kWh", 0.973, "SEK", per="kWh", **L26, direction="increase", s=("priset", "priset"), sp=None, note="'klättrade ... till'"),
        G("58,4 öre", 0.584, "SEK", per="kWh", ctx="från [58,4 öre] månaden", **D25, s=("priset", "priset"), sp=None, note="from-value, 'månaden före'"),
        G("38,2 öre/kWh", 0.382, "SEK", per="kWh", **L26, direction="increase", s=("ett snittpris", "snittpris"), sp=None, note="'bara några öre mer än i december'"),
        G("39,0 öre/kWh", 0.39, "SEK", per="kWh", **L26, direction="increase", s=None, sp=None, note="elided noun"),
        G("över 90 öre", 0.90, "SEK", bound="more_than", per="kWh", **L26, s=("Skillnaden mellan nord och syd", "Skillnaden"), sp=None, note="a gap at one time"),
        G("12,7 procent", 12.7, "percent", **L26, direction="decrease", s=("priset i elområde 4", "priset"), sp=None, note="'Jämfört med januari i fjol ... lägre'"),
        G("147,3 öre/kWh", 1.473, "SEK", per="kWh", **D25, s=("snittet", "snittet"), sp=None, note="'Då': January 2025"),
        G("Två köldknäppar", 2, "count", **L26, s=("köldknäppar", "köldknäppar"), sp=FH, note="number word"),
        G("två kärnkraftsreaktorer", 2, "count", **L26, s=("kärnkraftsreaktorer", "kärnkraftsreaktorer"), sp=FH),
        G("över 300 öre/kWh", 3.0, "SEK", bound="more_than", per="kWh", **L26, s=("timpriset i syd", "timpriset"), sp=FH),
        G("41 timmar", 41, "hour", **L26, s=None, sp=FH),
        *_row(G, "| SE1 Luleå", ["38,2", "35,1", "41,7", "−8,4"], ep, SP, sep=" | ", note="table 'Spotpris, månadsmedel, öre/kWh': 'Jan 2026' / 'Dec 2025' / 'Jan 2025' / 'Förändring mot jan 2025, %'"),
        *_row(G, "| SE2 Sundsvall", ["39,0", "35,6", "42,9", "−9,1"], ep, SP, sep=" | "),
        *_row(G, "| SE3 Stockholm", ["97,3", "58,4", "104,8", "−7,2"], ep, SP, sep=" | "),
        *_row(G, "| SE4 Malmö", ["128,6", "66,9", "147,3", "−12,7"], ep, SP, sep=" | "),
        G("2 500 kWh", 2500, "kWh", optional=True, s=("en villa med elvärme", "villa"), sp=None, note="defines the example"),
        G("omkring 4 020 kronor", 4020, "SEK", bound="approx", **L26, s=("elkostnaden", "elkostnaden"), sp=None),
        G("ungefär 1 190 kronor", 1190, "SEK", bound="approx", **L26, s=None, sp=None, note="the payer is no subject"),
        G("kring 85 öre/kWh", 0.85, "SEK", bound="approx", per="kWh", **L26, s=("Terminspriserna för februari", "Terminspriserna"), sp=None),
        G("24 procent", 24, "percent", **L26, direction="increase", s=("Andelen hushåll med fastprisavtal", "Andelen"), sp=None, note="'ökat till'"),
        G("19 procent", 19, "percent", **D25, s=("Andelen hushåll med fastprisavtal", "Andelen"), sp=None, note="from-value, 'ett år tidigare'"),
    ]
    NEG["r15_a_elpris_januari"] = [
        N("3 februari 2026"), N("4", ctx="elområde [4] (Malmö)", note="price area"), N("3", ctx="elområde [3] (Stockholm)"),
        N("1", ctx="Elområde [1] (Luleå)"), N("2", ctx="elområde [2] (Sundsvall)"), N("4", ctx="elområde [4] ändå"),
        N("Jan 2026", note="column header"), N("Dec 2025"), N("Jan 2025"), N("jan 2025", note="change header"),
        N("SE1"), N("SE2"), N("SE3"), N("SE4"), N("4", ctx="i elområde [4] omkring"), N("1", ctx="i elområde [1] betalade"),
        N("4", ctx="i elområde [4], vilket"), N("08-612 44 90"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on schools (no date, no sidecar)
    SK = ("Skolpengen i Storvik", "Skolpengen")
    EL = ("elever", "elever")
    EPL = ("Antalet elever per lärare", "Antalet")
    AM = ("Andelen som når målen i alla ämnen", "Andelen")
    GOLD["r15_a_debatt_skola"] = [
        G("208,4", 208.4, "number", s=("ett genomsnittligt meritvärde", "meritvärde"), sp=None, note="'förra våren' in an undated text: no period"),
        G("241,7", 241.7, "number", s=("samma mått", "mått"), sp=None),
        G("över 33 poäng", 33, "number", bound="more_than", s=("en skillnad", "skillnad"), sp=None, note="two municipalities at one time"),
        G("mindre än tre mil", 30, "km", bound="less_than", optional=True, s=None, sp=None, note="a distance in words (background)"),
        G("131 400 kronor", 131400, "SEK", per="capita", s=("grundskolan", "grundskolan"), sp=None, note="'Alsvik lägger ... per elev och år på grundskolan': the goal of the money; the spender is no subject"),
        G("112 800 kronor", 112800, "SEK", per="capita", s=None, sp=None, note="'medan Storvik stannar vid': elided goal, a comparison, not a change"),
        G("nästan 19 000 kronor", 19000, "SEK", bound="approx", per="capita", s=None, sp=None, note="'Det är ... mindre för varje barn'"),
        G("ungefär 14 procent", 14, "percent", bound="approx", s=None, sp=None),
        G("28 elever", 28, "count", optional=True, s=EL, sp=None, note="defines the example class"),
        G("drygt en halv miljon kronor", 0.5e6, "SEK", bound="approx", per="year", s=None, sp=None, note="'blir det'"),
        G("22 elever", 22, "count", per="class", s=EL, sp=None, note="'För fem år sedan': from-value"),
        G("26", 26, "count", per="class", ctx="är det [26].", direction="increase", s=None, sp=None, note="'i dag är det': the new value after 'har vuxit'"),
        G("11,9", 11.9, "count", per="teacher", ctx="från [11,9] till", s=EPL, sp=None, note="from-value"),
        G("13,4", 13.4, "count", per="teacher", direction="increase", s=EPL, sp=None),
        G("12,2", 12.2, "count", per="teacher", s=("rikssnittet", "rikssnittet"), sp=None, note="a comparison at one time"),
        G("Bara 61 procent", 61, "percent", s=None, sp=None, note="the figure is the grammatical subject"),
        G("84 procent", 84, "percent", s=None, sp=None),
        G("Var femte elev", 0.2, "ratio", s=("elev", "elev"), sp=None),
        G("7 procent", 7, "percent", s=None, sp=None, note="'gällde det'"),
        G("6 procentenheter", 6, "percentage_point", direction="decrease", s=AM, sp=None),
        G("68 procent", 68, "percent", direction="decrease", s=AM, sp=None, note="to-value"),
        G("minst 10 000 kronor", 10000, "SEK", bound="at_least", per="capita", direction="increase", s=SK, sp=None, note="a demand ('behöver höjas med')"),
        G("cirka 38 miljoner kronor", 38e6, "SEK", bound="approx", per="year", s=None, sp=None, note="'vilket kostar kommunen'"),
        G("3 800 elever", 3800, "count", s=EL, sp=None, note="'med dagens ... elever': no period in an undated text"),
        G("25 elever", 25, "count", bound="at_most", per="class", s=None, sp=None, note="'Ingen klass ... fler än': a negated bound, a demand"),
        G("4 miljoner kronor", 4e6, "SEK", s=("att låta obehöriga lärare läsa in sin legitimation", "legitimation"), sp=None, note="the goal of the money"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", s=("ett eget kapital", "kapital"), sp=None),
        G("54 miljoner", 54e6, "SEK", s=("ett överskott", "överskott"), sp=None, note="'förra året' in an undated text: no period"),
    ]
    NEG["r15_a_debatt_skola"] = [N("9", ctx="årskurs [9]", note="school year name")]

    # ------------------------------------------------------------ 6. insurance winter claims 2025/2026 (dateline 8 april 2026)
    W = dict(t=("2025", "2026"), lenient=True)
    W0 = ("2024", "2025")
    AF = ("Annika Forsgren", "quote")
    FR = ("Antalet sprungna vattenledningar och frusna rör", "Antalet")
    FS = ("en genomsnittlig frysskada", "frysskada")
    HK = ("Halkolyckor med personbil", "Halkolyckor")
    wt = [("count", 1, None, ("2025", "2026"), True, False), ("percent", 1, None, ("2025", "2026"), True, True),
          ("SEK", 1e6, None, ("2025", "2026"), True, False)]
    WTS = [("Antal skador", "Antal"), ("Antal skador", "Antal"), ("Ersättning", "Ersättning")]
    GOLD["r15_a_vinterskador_forsakring"] = [
        G("14 320", 14320, "count", ctx="kunder [14 320] (11 870)", **W, s=("skador", "skador"), sp=None, note="the winter 2025/2026 (previous sentence)"),
        G("11 870", 11870, "count", t=W0, s=("skador", "skador"), sp=None, note="bracket: 'avser vintern 2024/2025'"),
        G("612", 612e6, "SEK", ctx="uppgick till [612] (438)", **W, s=("den samlade ersättningen", "ersättningen"), sp=None),
        G("438", 438e6, "SEK", t=W0, s=("den samlade ersättningen", "ersättningen"), sp=None, note="bracket; the scale after it applies to both"),
        G("fördubblades", 2, "number", bound="approx", **W, direction="increase", optional=True, s=FR, sp=None, note="'fördubblades nästan': a multiplier verb"),
        G("3 980 skador", 3980, "count", **W, direction="increase", s=FR, sp=None, note="to-value"),
        G("71 500 kronor", 71500, "SEK", **W, direction="increase", s=FS, sp=None, note="', att jämföra med 64 200 kronor vintern före': the new value"),
        G("64 200 kronor", 64200, "SEK", t=W0, lenient=True, s=FS, sp=None, note="'vintern före'"),
        G("minus 20 grader", -20, "degC", bound="less_than", optional=True, s=("temperaturen", "temperaturen"), sp=AF, note="a threshold"),
        G("22 procent", 22, "percent", **W, direction="increase", s=HK, sp=None),
        G("5 410 anmälda skador", 5410, "count", **W, direction="increase", s=HK, sp=None, note="to-value"),
        G("1 160", 1160, "count", ctx="viltolyckorna blev [1 160],", **W, s=("viltolyckorna", "viltolyckorna"), sp=None, note="'i stort sett lika många som året innan': no change"),
        G("640 skador", 640, "count", **W, direction="increase", s=("skador", "skador"), sp=None, note="', en mer än tredubbling jämfört med': the new value"),
        G("tredubbling", 3, "number", bound="more_than", **W, direction="increase", optional=True, s=None, sp=None, note="a multiplier of a change"),
        *_row(G, "Frysskador", ["3 980", "+94", "284,6"], wt, WTS, note="table 'Skador per typ, vintern 2025/2026' (caption: lenient): 'Antal skador' / 'Förändring, %' / 'Ersättning, mnkr'"),
        *_row(G, "Halka, personbil", ["5 410", "+22", "153,2"], wt, WTS),
        *_row(G, "Viltolyckor", ["1 160", "+1", "41,8"], wt, WTS),
        *_row(G, "Snölast på tak", ["640", "+220", "58,3"], wt, WTS),
        *_row(G, "Storm och nedfallna träd", ["2 130", "−34", "49,1"], wt, WTS),
        *_row(G, "Övrigt", ["1 000", "+9", "25,0"], wt, WTS),
        *_row(G, "Totalt", ["14 320", "+21", "612,0"], wt, WTS),
        G("omkring 820 000 hemförsäkringar", 820000, "count", bound="approx", **L26, s=("hemförsäkringar", "hemförsäkringar"), sp=None, note="present tense"),
        G("310 000 villaförsäkringar", 310000, "count", **L26, s=("villaförsäkringar", "villaförsäkringar"), sp=None),
        G("Var tredje frysskada", 1 / 3, "ratio", **W, s=("frysskada", "frysskada"), sp=None),
        G("18 procent", 18, "percent", **L26, s=("fritidshusen", "fritidshusen"), sp=None, note="'utgör ... av de försäkrade byggnaderna'"),
        G("minst 10 grader", 10, "degC", bound="at_least", optional=True, s=("fritidshus", "fritidshus"), sp=("Trygga Hem", "credited"), note="advice: 'Trygga Hem rekommenderar'"),
        G("15 procent", 15, "percent", optional=True, s=("rabatt", "rabatt"), sp=None, note="a rule"),
    ]
    NEG["r15_a_vinterskador_forsakring"] = [
        N("8 april 2026"), N("2025/2026", 1, note="'Vintern 2025/2026' places the claims"), N("1 december"), N("28 februari"),
        N("2024/2025", 1, note="bracket note"), N("2024/2025", 2, note="'vintern 2024/2025' as a baseline"),
        N("2025/2026", 2, note="caption"), N("031-709 12 60"), N("516401-3377"),
    ]

    # ------------------------------------------------------------ 7. housing company HTML: rents 2026 (Publicerad 4 december 2025)
    HY = ("Hyran för bostäderna", "Hyran")
    GH = ("Den genomsnittliga hyran i bolaget", "hyran")
    ht = [("SEK", 1, "month", Y25, False, False), ("SEK", 1, "month", Y26, False, False), ("SEK", 1, "month", Y26, True, True)]
    HTS = [("Hyra", "Hyra"), ("Hyra", "Hyra"), ("Hyra", "Hyra")]
    GOLD["r15_a_hyresforhandling_2026"] = [
        G("4,2 procent", 4.2, "percent", occ=1, t=Y26, direction="increase", s=("Hyrorna", "Hyrorna"), sp=None, note="heading: 'från årsskiftet'"),
        G("4,2 procent", 4.2, "percent", occ=2, t=Y26, direction="increase", s=HY, sp=None, note="'från den 1 januari 2026'"),
        G("6,5 procent", 6.5, "percent", **L26, direction="increase", s=None, sp=("Bolaget", "credited"), note="'Bolaget hade begärt': a demand"),
        G("sju veckor", 7, "week", **L25, s=("Förhandlingarna", "Förhandlingarna"), sp=None, note="number word"),
        G("5 870 lägenheter", 5870, "count", **L25, s=("lägenheter", "lägenheter"), sp=None, note="present tense"),
        G("3 procent", 3, "percent", **L26, direction="increase", s=("Parkeringsplatser och förråd", "Parkeringsplatser"), sp=None, note="'räknas upp med'"),
        G("74 kvadratmeter", 74, "m2", optional=True, s=("en trea", "trea"), sp=None, note="defines the example flat"),
        G("8 950 kronor", 8950, "SEK", per="month", t=Y25, s=("dagens hyra", "hyra"), sp=None, note="'dagens'"),
        G("376 kronor", 376, "SEK", ctx="höjningen [376 kronor]", per="month", **L26, direction="increase", s=("dagens hyra", "hyra"), sp=None, note="'blir höjningen': the thing that changes"),
        G("9 326 kronor", 9326, "SEK", per="month", **L26, direction="increase", s=("den nya månadshyran", "månadshyran"), sp=None),
        G("1 412", 1412, "SEK", per="m2", ctx="från [1 412] till", **L25, s=GH, sp=None, note="from-value: today's level"),
        G("1 471 kronor", 1471, "SEK", per="m2", **L26, direction="increase", s=GH, sp=None, note="'per kvadratmeter och år'"),
        G("38", 38, "m2", ctx="1 rok [38]", optional=True, s=("Yta", "Yta"), sp=None, note="table column 'Yta, kvm' defines the flats"),
        *_row(G, "1 rok", ["5 120", "5 335", "215"], ht, HTS, before=["38"], note="table: 'Hyra 2025, kr/mån' / 'Hyra 2026, kr/mån' / 'Höjning, kr/mån' (a change column by meaning)"),
        G("57", 57, "m2", ctx="2 rok [57]", optional=True, s=("Yta", "Yta"), sp=None),
        *_row(G, "2 rok", ["6 980", "7 273", "293"], ht, HTS, before=["57"]),
        G("74", 74, "m2", ctx="3 rok [74]", optional=True, s=("Yta", "Yta"), sp=None),
        *_row(G, "3 rok", ["8 950", "9 326", "376"], ht, HTS, before=["74"]),
        G("92", 92, "m2", ctx="4 rok [92]", optional=True, s=("Yta", "Yta"), sp=None),
        *_row(G, "4 rok", ["10 840", "11 295", "455"], ht, HTS, before=["92"]),
        G("4,6 procent", 4.6, "percent", t=Y26, direction="increase", s=("snittet i regionen", "snittet"), sp=("Hyresgästföreningen", "credited"), note="'för nästa år'; 'framhåller'"),
        G("14 000 kronor", 14000, "SEK", per="month", optional=True, s=("en pensionär", "pensionär"), sp=("Leif Ståhl", "quote"), note="defines an example"),
        G("210 miljoner kronor", 210e6, "SEK", t=Y26, s=("underhåll", "underhåll"), sp=None, note="'under 2026'"),
        G("85 miljoner", 85e6, "SEK", t=Y26, lenient=True, s=("stambyten", "stambyten"), sp=None, note="'varav'"),
        G("240 lägenheter", 240, "count", t=Y26, lenient=True, s=("lägenheter", "lägenheter"), sp=None),
    ]
    NEG["r15_a_hyresforhandling_2026"] = [
        N("4 december 2025"), N("2026", ctx="hyrorna för [2026].", note="places the claim"), N("1 januari 2026", 1),
        N("1 januari 2026", 2, note="caption"), N("2025", ctx="Hyra [2025], kr/mån", note="column header"),
        N("2026", ctx="Hyra [2026], kr/mån"), N("1 rok"), N("2 rok"), N("3 rok"), N("4 rok"), N("1960-talet"),
        N("2026", ctx="under [2026], varav"), N("vecka 9", note="related link (chrome)"), N("Kyrkvägen 21"), N("721 34"),
        N("021-38 90 00"), N("556402-8815"), N("2025", ctx="© [2025] Bostads", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. ice-hockey season 2025/26 (date only in the sidecar, 2026-04-02)
    S = dict(t=("2025", "2026"), lenient=True)
    PS = dict(t=("2024", "2025"), lenient=True)
    NS = dict(t=("2026", "2027"), lenient=True)
    PL = ("Petra Lindström", "quote")
    PO = ("poäng", "poäng")
    SN = ("ett snitt", "snitt")
    IN = ("Intäkterna från matcharrangemang, biljetter och servering", "Intäkterna")
    SI = ("Sponsorintäkterna", "Sponsorintäkterna")
    SK = ("priset på ett säsongskort på sittplats", "priset")
    st = [("ordinal", 1, None, ("2025", "2026"), False, False), ("ordinal", 1, None, ("2024", "2025"), False, False)]

    def hs(unit, scale, per=None):
        return [(unit, scale, per, ("2025", "2026"), False, False), (unit, scale, per, ("2024", "2025"), False, False)]

    GOLD["r15_a_sasong_hockey"] = [
        G("fjärde plats", 4, "ordinal", **S, s=("Laget", "Laget"), sp=None),
        G("89 poäng", 89, "count", **S, direction="increase", s=PO, sp=None, note="', tolv poäng fler än säsongen innan': the new value"),
        G("52 matcher", 52, "count", **S, s=("matcher", "matcher"), sp=None),
        G("tolv poäng", 12, "count", **S, direction="increase", s=PO, sp=None, note="number word"),
        G("niondeplats", 9, "ordinal", **PS, s=None, sp=None, note="'säsongen innan'"),
        G("187 460 åskådare", 187460, "count", **S, s=("åskådare", "åskådare"), sp=None),
        G("26 hemmamatcher", 26, "count", **S, s=("hemmamatcher", "hemmamatcher"), sp=None),
        G("7 210 per match", 7210, "count", per="match", **S, direction="increase", s=SN, sp=None, note="next 'Det är 940 fler per match än förra säsongen'"),
        G("940", 940, "count", per="match", **S, direction="increase", s=SN, sp=None, note="the size of the change takes the thing that changes"),
        G("Sju matcher", 7, "count", **S, s=("matcher", "matcher"), sp=None, note="number word"),
        G("8 600", 8600, "count", **S, s=None, sp=None, note="'med 8 600 på läktaren': elided noun"),
        G("tre hemmamatcher", 3, "count", **S, s=("hemmamatcher", "hemmamatcher"), sp=None),
        G("213 000", 213000, "count", bound="more_than", **S, s=("publiksiffran", "publiksiffran"), sp=None, note="'passerade'"),
        G("18 procent", 18, "percent", **S, direction="increase", s=IN, sp=None),
        G("64,3 miljoner kronor", 64.3e6, "SEK", **S, direction="increase", s=IN, sp=None, note="to-value"),
        G("71,9 miljoner", 71.9e6, "SEK", **S, direction="increase", s=SI, sp=None, note="', en uppgång med 9,4 miljoner'"),
        G("9,4 miljoner", 9.4e6, "SEK", **S, direction="increase", s=SI, sp=None),
        G("198 miljoner kronor", 198e6, "SEK", **S, direction="increase", s=None, sp=None, note="'omsatte klubben'; ', att jämföra med 171 miljoner säsongen före'"),
        G("171 miljoner", 171e6, "SEK", **PS, s=None, sp=None),
        G("60 kronor", 60, "SEK", **S, s=("barnbiljetter", "barnbiljetter"), sp=PL),
        G("Var fjärde åskådare", 0.25, "ratio", **S, s=("åskådare", "åskådare"), sp=PL, note="'i år' in a season summary: the season"),
        G("54 poäng", 54, "count", **S, s=PO, sp=None),
        G("23 mål", 23, "count", **S, s=("mål", "mål"), sp=None, note="'varav'"),
        G("92,1", 92.1, "percent", **S, s=("en räddningsprocent", "räddningsprocent"), sp=None),
        G("41", 41, "count", ctx="spelade [41] av", **S, s=("matcher", "matcher"), sp=None),
        *_row(G, "Placering grundserien", ["4", "9"], st, ("Placering grundserien", "Placering"), note="table 'Nyckeltal': '2025/26' / '2024/25'"),
        *_row(G, "Poäng", ["89", "77"], hs("count", 1), ("Poäng", "Poäng")),
        *_row(G, "Publiksnitt grundserien", ["7 210", "6 270"], hs("count", 1, "match"), ("Publiksnitt grundserien", "Publiksnitt")),
        *_row(G, "Intäkter, mnkr", ["198", "171"], hs("SEK", 1e6), ("Intäkter", "Intäkter")),
        G("4 200", 4200, "SEK", ctx="från [4 200] till", **S, s=SK, sp=None, note="from-value: this season's price"),
        G("4 500 kronor", 4500, "SEK", **NS, direction="increase", s=SK, sp=None, note="'Inför nästa säsong höjs'"),
        G("2 300 kronor", 2300, "SEK", **NS, s=("Ståplatskortet", "Ståplatskortet"), sp=None, note="'ligger kvar': no change"),
    ]
    NEG["r15_a_sasong_hockey"] = [
        N("2025/26", note="column header"), N("2024/25", note="column header"), N("Arenavägen 4"), N("803 22"),
        N("026-14 55 00"),
    ]

    return GOLD, NEG
