"""Round 23, part B (r23_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 23, part B (r23_b_*): eight kinds, written from scratch (r23_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a construction company's half-year report
# January-June 2026 (dateline 'Västerås den 16 juli 2026'; 'Siffror inom parentes avser motsvarande period 2025';
# bullets under 'ANDRA KVARTALET' and 'FÖRSTA HALVÅRET' with orderingång 'tog fart och nådde', 'landade på',
# 'summerades till', 'vände till 164 (−38) Mkr', 'växte med 18 procent till', 'backade till', 'krympte till', orderstock
# in miljarder kronor; a CEO paragraph ending in 'säger vd'; segments 'lyfte sin omsättning med', 'tappade ... och
# stannade på'; staff '45 färre än vid årsskiftet'; 'olyckor per miljon arbetade timmar'; a plain-text key-figure table
# 'Kv 2 2026' / 'Kv 2 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' / 'Rullande 12 mån' with a negative cash-flow row), a
# monthly business-and-household sentiment barometer for October 2026 ('Publicerad 2026-10-29 kl. 09.30'; 'klättrade
# 2,3 enheter i oktober och står nu på 97,8', 'sitt långsiktiga medelvärde på 100', 'gick upp från 91,4 till 95,0',
# nettotal '+14, att jämföra med +9 i september', 'Var tredje industriföretag', 'två månader i rad', expectations
#   for the
# coming year; a plain-text table 'Sep 2026' / 'Okt 2026' / 'Förändring, enheter'), a municipality's year-9 results
# spring 2026 (Markdown, '*... · Publicerad 2 september 2026*'; meritvärde 'Det är 3,1 poäng högre än ... våren 2025',
# 'riksnivån, som i år landade på', 'ett år tidigare', 'Ungefär var sjätte elev, 99 ungdomar', school spread, 'Klyftan
# mellan könen har därmed minskat från 31,2 till 27,4 poäng'; a Markdown table by school with 'Elever' and 'vt 2026' /
# 'vt 2025' columns and a 'Riket' row with a '–' cell; a footnote defining meritvärde; lovskola; a target for 2028 in a
# quote), a municipality's annual report 2025 in summary ('Publicerad 22 april 2026'; årets resultat against the budget,
# the financial goal 'minst 2 procent', skattesats 'kronor per hundralapp' 'lämnades orörd', investments 'mot
#   budgeterade',
# 'drygt 77 procent av investeringsbudgeten', soliditet 'förbättrades från 28,9 till 31,2 procent', 'per invånare', 'Tre
# av fyra nämnder', a plain-text table 'Budget' / 'Utfall' / 'Avvikelse' under the caption 'Budget och utfall per nämnd
# 2025, miljoner kronor', a chair's quote on the first quarter of 2026), an UNDATED party page on police and defence
# (no date, no sidecar; 'poliser per 1 000 invånare' against Denmark and Finland, two 'Vi lovar:' lists with target
# years, 'procent av BNP', 'mer än fördubblats på tio år', 'från dagens cirka 8 000 till 12 000 rekryter om året till
# 2030', the cost of each percentage point of GDP, financing), a quarterly housing-starts release for the third quarter
# of 2026 dated only by its sidecar (2026-11-12; 'Under juli–september 2026 påbörjades ... Det är 1 730 fler', 'mot
#   5 150
# under tredje kvartalet 2025', shares of rental and owner flats, the last four quarters, 'enligt Boverkets bedömning',
# 'en tredjedel', 'mer än fördubblade', 'I fem av de tio län'; a plain-text table by county 'Kv 3 2026' / 'Kv 3 2025' /
# 'Förändring, %'; a revision range '3–5 procent'), a city's HTML page on parking fees from 1 February 2027 (cookie
# banner, menu, breadcrumb, related links, footer; 'Publicerad 14 november 2026'; 'går timpriset upp från 30 till 36
# kronor, en höjning med 20 procent', 'blir 150 kronor dyrare per månad', zone hours '8–20', an HTML table 'Nuvarande
# taxa' / 'Från 1 feb 2027' / 'Höjning, %' under the caption 'kronor per timme', boendeparkering per month, an annual
# card with a discount, occupancy against a target, 'räknar med att höjningen ger 14 miljoner kronor mer i intäkter
# per år') and a trade union's wage report 2026 ('Publicerad 10 juni 2026'; löneökning against the industry norm
# (märket) and KPIF, reallön, medianlön in September 2025 'Ett år tidigare var den', sectors, the gap 'har därmed vuxit
# till', a plain-text table 'Antal svar' / 'Medianlön, kr/mån' / 'Löneökning, %' / 'Märket, %' with a source line
# naming the measurement months, women's pay as a share of men's, starting salaries, 'Var femte', a demand in a quote).
# The r8-r22 decisions are followed (see gold_r22_a.py's and gold_r22_b.py's headers): periods at year grain; a
# relative expression that places the figure ('i år', 'i dag', 'i fjol') resolves against the publication date and is
# not lenient; a month or a period without a year, a heading's, title's, caption's or the document's period, 'ett år
# tidigare', 'för ett år sedan', 'vid årsskiftet' are lenient; brackets take the period their note names (not lenient)
# and carry no direction; a level followed by ', att jämföra med', ', mot' or a next sentence 'Det är X fler/högre' is
# the new value after a change, from-values without a year take the period before (lenient); comparisons at one time
# (against the nation, the normal, another sector) have no direction; multipliers are optional, shares written as
# fractions ('var sjätte', 'Var tredje', 'Var femte', 'Tre av fyra', 'en tredjedel') required ratios; runs ('två
# månader i rad', 'andra året i rad') are required ordinals; targets, promises and demands are required, thresholds
# and definitions optional; table cells take their column headers' periods, change columns the sign's direction; rows
# that are categories take the caption's or column's measure as subject; 'per 1 000 invånare' per="capita" with its
# '1 000' N; the tax rate in kronor per hundralapp has per None; index levels, nettotal and merit values are unit
# number; elided nouns, 'vilket', 'eller', 'Det är' and appositive change sizes (', en uppgång med 4,1 procent') have s
# None; a verb as the measure ('investerade för', 'gick back med', 'tjänar') and the payer or earner give s None; the
# goal of money is the subject; 'säger ...' after a paragraph credits it (quote); the party's 'Vi lovar:' lists are the
# publisher's; the UNDATED text has no period on any figure except an explicit target year.
# Where those were silent, decided here:
# - Construction half-year: the headings 'ANDRA KVARTALET' and 'FÖRSTA HALVÅRET' carry no year: their bullets are 2026
#   lenient (the title 'januari–juni 2026'); the bracket note 'motsvarande period 2025' names the year, so brackets are
#   2025 explicit. 'tog fart och nådde 2 415' and 'vände till 164 (−38)' state a change (increase); 'landade på',
#   'summerades till' and the orderstock 'uppgick till' do not. The negative bracket '(−38)' keeps its sign. The CEO
#   paragraph (ending 'säger vd Annika Wrede') is hers: 'tre kontrakt', 'över 300 Mkr styck' (the value of each
#   contract: s 'kontrakt'), '22 procent av vår omsättning, mot 35 procent för två år sedan' (a comparison with an
#   earlier point: 22 decrease 2026 lenient, 35 is 2024 lenient; s the noun after 'av'). A segment is the subject of its
#   own change ('Anläggning lyfte sin omsättning med 9 procent till 1 410 Mkr': both increase, s 'Anläggning').
#   'medarbetare, 45 färre än vid årsskiftet': 1 870 the new value, 45 the change size (s None), both 2026 lenient.
#   '5,9 olyckor per miljon arbetade timmar' is a count with per="hour" (the 'miljon' is a word: no N). Table: 'Kv
#   2' and
#   'Jan–jun' columns explicit, 'Rullande 12 mån' ('2025', '2026') lenient; rows are measures.
# - Barometer: 'i oktober' has no year (the title's 2026): lenient. The indicator levels and 'enheter' are unit number
#   (r21). '97,8' after 'klättrade ... och står nu på' is the new value (increase); '91,4' the from-value (September,
#   2026 lenient). The construction sector's 'med en indikator på 86,1' after 'blev stämningen något ljusare' is the
#   level coordinated with the change (increase). Household expectations for 'det kommande året' (price growth 2,1
#   procent) span ('2026', '2027') lenient with direction increase (r21); 'bolåneräntan då ligger på 2,6 procent' is a
#   point a year ahead: 2027 lenient, no direction. '23 procent av företagen' planning to hire is measured now (2026
#   lenient); '11 procent' (elided) s None. 'två månader i rad' is a run (ordinal 2). Table: 'Sep 2026' / 'Okt 2026'
#   explicit, 'Förändring, enheter' signed (2026 lenient); sector rows take the caption's 'Förtroendeindikatorer', the
#   last row 'Stämningsindikatorn' (a measure) its own label. The survey sample (5 870 företag, 1 480 hushåll, 61
#   procent) is 2026 lenient. The caption's 'medelvärde = 100' is N (the scale's base); the text's 'medelvärde på 100'
#   a required norm without period (r21).
# - School results: 'i juni' without a year and the title's 'våren 2026' give 2026 lenient; 'riksnivån, som i år landade
#   på 229,8' resolves 'i år' (2026 explicit). 'Av kommunens 612 avgångselever blev 83,7 procent behöriga ...' takes the
#   predicate 'behöriga' as subject (as r22 'sammantaget nöjda'). A group ('Flickorna fick ... 238,4', 'pojkarna 211,0')
#   is no measure: s None. 'stannar på 209,8' (meritvärde elided) s None. 'meritvärdet där har stigit med 6,4 poäng' is
#   the change to 2026 (lenient). 'minskat från 31,2 till 27,4 poäng': 31,2 is 2025 lenient. Table: 'Elever' (no year)
#   2026 lenient; 'vt 2026' / 'vt 2025' columns explicit; columns are measures (heads 'Elever', 'Meritvärde',
#   'Behöriga'); the 'Riket' row skips its '–' cell. 'I somras' resolves (2026, not lenient). The footnote's '16
#   bästa betygen' and 'högst 320 poäng' define the
#   measure (optional). 'läsåret 2026/27' is ('2026', '2027') explicit, and '1,2 miljoner mer än under det förra
#   läsåret' makes 6,5 miljoner the new value (increase). The chief's 'minst 90 procent ... senast 2028' is a target
#   with
#   no verb of change (no direction), 2028 explicit.
# - Annual report: 'Årets resultat' and the rest of the report take the title's 2025 (lenient); 'mot 2024' only names
#   the baseline. The result against the budget ('överträffar budgeten med 19,7', 'gick back med 12,6') is a comparison
#   at one time: no direction. The table's 'Avvikelse' column is signed but compares budget and outcome at one time, so,
#   unlike a change column, its cells carry no direction (the sign stays in the value); the caption 'per nämnd 2025'
#   gives 2025 lenient; columns are measures ('Budget', 'Utfall', 'Avvikelse'). 'förbättrades från 28,9 till 31,2':
#   28,9 is 2024 lenient. 'ökade med 212 personer och var 24 638 vid årsskiftet': both increase. 'eller omkring 46 300
#   kronor per invånare' per="capita", s None, and restates the new debt level (increase, as r22 'eller drygt 40
#   procent'). 'det finansiella målet om minst 2 procent' is a required target (at_least,
#   2025 lenient). The chair's 'ökat med 11 procent under första kvartalet' follows 'för 2026': 2026 lenient.
# - Party page (UNDATED): no period on any figure, except promises with a target year written in them ('fram till
#   2032', 'senast 2030', 'till 2030'), which take that year (explicit); 'i dag', 'nu', 'dagens' give none. Speaker
#   ('Trygghetspartiet', 'publisher') on the items of both 'Vi lovar:' lists (from-values in them too) and on 'Vi
#   vill nå
#   3,5 procent'; the third-person facts (police numbers, other countries, costs, financing) are plain reporting.
#   'varav cirka 24 000 är poliser' takes the written noun. 'procent av BNP' takes 'BNP' (the noun after 'av').
#   'mer än fördubblats' is an optional multiplier (more_than, increase) and 'drygt 2,4 procent' the level coordinated
#   with it (increase); 'nå 3,5 procent' and 'Höjningen till 3,5 procent' are increases. 'mer än 15 000 invånare' is a
#   threshold (optional). 'En ingångslön ... på 36 000 kronor i månaden, i dag ungefär 31 500 kronor': the promise is
#   the new value (increase). 'Fyra nya brigadförband': a bare 'nya', no direction.
# - Housing starts (sidecar 2026-11-12): the lead's 'Under juli–september 2026' is explicit; the later figures 2026
#   lenient. 'de senaste fyra kvartalen' span ('2025', '2026') lenient, and so does the 11 percent. '58 procent
#   hyresrätter' against 'hyresrätternas andel under motsvarande kvartal i fjol var 49 procent' is the new value
#   (increase; 49 is 2025 explicit, 'i fjol'). 'drygt 67 000 lägenheter ... varje år fram till 2035' (per="year",
#   ('2026', '2035') lenient) is credited 'enligt Boverkets bedömning'. 'mer än fördubblade' optional. 'I fem av de
#   tio län' takes the noun 'län'; 'tio' left out. From-values with an elided noun keep their main value's subject.
#   Table: caption without a year; columns 'Kv 3 2026' / 'Kv 3 2025' explicit, 'Förändring, %' signed (2026 lenient);
#   county rows take the caption's 'Påbörjade lägenheter'. The revision note's '3–5 procent' is an optional range.
# - Parking (HTML): 'Från och med den 1 februari 2027' gives the new prices 2027 lenient (the year stands in the
#   previous sentence); 'i dag' resolves to 2026 (explicit); 'Efter den 1 februari' (no year) 2027 lenient. 'från 30
#   till 36 kronor': 30 is 2026 lenient (the current fee), per="hour" from the caption and 'timpriset'. The annual card
#   '8 800 kronor' with a discount of '800 kronor' is the new price (2027 lenient), per None. 'sedan 2021 ... stigit med
#   omkring 28 procent' spans ('2021', '2026') lenient. 'Stadsbyggnadsnämnden räknar med att höjningen ger 14 miljoner
#   kronor mer' is credited, per="year", increase, 2027 lenient. The removed 'Rabatten på 50 procent' is today's rule
#   (2026 lenient, no direction). Table: 'Nuvarande taxa' 2026 lenient, 'Från 1 feb 2027' explicit, 'Höjning, %'
#   signed 2027 lenient; zone rows take the caption's 'Timtaxa'; per="hour". Times '8–20' and '10–16' are N.
# - Wage report: the source line says the survey compares September 2025 with September 2024: 'löneökning ... det
#   senaste året', the norm and KPIF take ('2024', '2025') lenient; the table's level columns 2025 lenient (the
#   measurement month). 'löneökning' is a noun of change (increase); the norm (märket) and the inflation rate
#   ('stannade vid') carry no direction, nor does '0,6 procentenheter mer än industrins märke' (a comparison at one
#   time). The medianlön 'i september 2025' is explicit, increase (next sentence 'Ett år tidigare var den 50 400': 2024
#   lenient). Monthly pay without 'i månaden' in its own sentence carries per="month" from the survey's measure.
#   'Kvinnor
#   tjänar alltså 92,7 procent av vad män tjänar' has s None (no noun names the measure); ', en förbättring med 0,8
#   procentenheter sedan förra undersökningen' makes it an increase. The table's 'Löneökning, %' column is a change
#   column (increase; unsigned positive cells), 'Märket, %' is not. 'mindre än 35 000 kronor' defines the share
#   (optional). The chair's run 'reallöneökningar för andra året i rad' takes the survey's span. The chair's 'minst
#   4 procent i nästa avtalsrörelse' is a demand (required, at_least, increase, no year).
# - Negatives: datelines and Publicerad lines, times of day, titles', headings', captions', breadcrumbs' and column
#   headers' periods, years and dates that only place a claim, the index base, the survey's days '1–21 oktober', the
#   next release, the '1 000' of 'per 1 000 invånare', 'årskurs 9', 'läsåret 2026/27', age bands ('över 50 år'),
#   fee hours, street addresses, Box numbers, postal codes, phone numbers, org numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own): 'för två år sedan', 'om tolv månader', 'de
#   närmaste tre månaderna', 'på tio år', 'varav ett', 'de tio län', 'de fyra kvartalen dessförinnan'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2027", "2028", "2030", "2032")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y28, Y30, Y32 = (Y[y] for y in ("2024", "2025", "2026", "2027", "2028", "2030", "2032"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    F = False

    # ------------------------------------------------------------ 1. construction company, half-year report (dateline 16 juli 2026)
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RM = ("en rörelsemarginal", "rörelsemarginal")
    RM2 = ("Rörelsemarginalen", "Rörelsemarginalen")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    OS = ("Orderstocken", "Orderstocken")
    AW = ("Annika Wrede", "quote")
    OMS = ("vår omsättning", "omsättning")
    AN = ("Anläggning", "Anläggning")
    HB = ("Husbyggnad", "Husbyggnad")
    MA = ("medarbetare", "medarbetare")
    SO = ("Soliditeten", "Soliditeten")
    bq = lambda u, sc: [(u, sc, None, Y26, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y26, F, F),
                        (u, sc, None, Y25, F, F), (u, sc, None, ("2025", "2026"), True, F)]
    GOLD["r23_b_bygg_halvar"] = [
        G("2 415", 2415e6, "SEK", ctx="nådde [2 415] (1 960)", **L26, direction="increase", s=OI, sp=None, note="heading 'ANDRA KVARTALET' (no year): lenient; 'tog fart och nådde': a change"),
        G("1 960", 1960e6, "SEK", ctx="2 415 ([1 960]) Mkr", t=Y25, s=OI, sp=None, note="bracket: 'motsvarande period 2025'"),
        G("2 088", 2088e6, "SEK", ctx="på [2 088] (2 231)", **L26, s=NO, sp=None, note="'landade på': no direction"),
        G("2 231", 2231e6, "SEK", ctx="2 088 ([2 231]) Mkr", t=Y25, s=NO, sp=None),
        G("71", 71e6, "SEK", ctx="till [71] (92)", **L26, s=RR, sp=None),
        G("92", 92e6, "SEK", ctx="71 ([92]) Mkr", t=Y25, s=RR, sp=None),
        G("3,4", 3.4, "percent", ctx="om [3,4] (4,1)", **L26, s=RM, sp=None),
        G("4,1", 4.1, "percent", ctx="3,4 ([4,1]) procent", t=Y25, s=RM, sp=None),
        G("164", 164e6, "SEK", ctx="till [164] (−38)", **L26, direction="increase", s=KF, sp=None, note="'vände till': a change"),
        G("−38", -38e6, "SEK", ctx="164 ([−38]) Mkr", t=Y25, s=KF, sp=None, note="negative bracket"),
        G("18 procent", 18, "percent", **L26, direction="increase", s=OI, sp=None, note="heading 'FÖRSTA HALVÅRET'"),
        G("4 702", 4702e6, "SEK", ctx="till [4 702] (3 985)", **L26, direction="increase", s=OI, sp=None),
        G("3 985", 3985e6, "SEK", ctx="4 702 ([3 985]) Mkr", t=Y25, s=OI, sp=None),
        G("3 960", 3960e6, "SEK", ctx="till [3 960] (4 312)", **L26, direction="decrease", s=NO, sp=None, note="'backade till'"),
        G("4 312", 4312e6, "SEK", ctx="3 960 ([4 312]) Mkr", t=Y25, s=NO, sp=None),
        G("3,1", 3.1, "percent", ctx="till [3,1] (3,9)", **L26, direction="decrease", s=RM2, sp=None, note="'krympte till'"),
        G("3,9", 3.9, "percent", ctx="3,1 ([3,9]) procent", t=Y25, s=RM2, sp=None),
        G("9,8", 9.8e9, "SEK", ctx="till [9,8] (8,6)", **L26, s=OS, sp=None, note="'vid halvårsskiftet uppgick till'"),
        G("8,6", 8.6e9, "SEK", ctx="9,8 ([8,6]) miljarder", t=Y25, s=OS, sp=None),
        G("tre kontrakt", 3, "count", **L26, s=("kontrakt", "kontrakt"), sp=AW, note="CEO paragraph ending in 'säger vd Annika Wrede'"),
        G("över 300 Mkr", 300e6, "SEK", bound="more_than", **L26, s=("kontrakt", "kontrakt"), sp=AW, note="'värda över ... styck': the value of each"),
        G("22 procent", 22, "percent", **L26, direction="decrease", s=OMS, sp=AW, note="', mot 35 procent för två år sedan': a comparison with an earlier point"),
        G("35 procent", 35, "percent", **L24, s=OMS, sp=AW, note="'för två år sedan' from 2026"),
        G("9 procent", 9, "percent", **L26, direction="increase", s=AN, sp=None, note="'lyfte sin omsättning med'"),
        G("1 410 Mkr", 1410e6, "SEK", **L26, direction="increase", s=AN, sp=None, note="'till'"),
        G("19 procent", 19, "percent", **L26, direction="decrease", s=HB, sp=None),
        G("2 550 Mkr", 2550e6, "SEK", **L26, direction="decrease", s=HB, sp=None, note="'tappade ... och stannade på'"),
        G("5,2 procent", 5.2, "percent", **L26, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("1,8 procent", 1.8, "percent", **L26, s=None, sp=None, note="noun elided"),
        G("1 870 medarbetare", 1870, "count", **L26, direction="decrease", s=MA, sp=None, note="', 45 färre än vid årsskiftet': the new value"),
        G("45", 45, "count", ctx="medarbetare, [45] färre", **L26, direction="decrease", s=None, sp=None, note="change size, noun elided"),
        G("4,6 procent", 4.6, "percent", **L26, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("5,9 olyckor", 5.9, "count", per="hour", **L26, s=("olycksfallsfrekvensen", "olycksfallsfrekvensen"), sp=None, note="'per miljon arbetade timmar'"),
        G("612 Mkr", 612e6, "SEK", **L26, s=("Likvida medel", "medel"), sp=None, note="'den 30 juni' (no year)"),
        G("205 Mkr", 205e6, "SEK", **L26, s=("nettokassan", "nettokassan"), sp=None),
        G("31,5", 31.5, "percent", ctx="var [31,5] (29,8)", **L26, s=SO, sp=None),
        G("29,8", 29.8, "percent", ctx="31,5 ([29,8]) procent", t=Y25, s=SO, sp=None),
        G("48 Mkr", 48e6, "SEK", **L26, s=("Halvårets investeringar i maskiner och fastigheter", "investeringar"), sp=None, note="'stannade vid': no direction"),
        *_row(G, "Orderingång, Mkr", ["2 415", "1 960", "4 702", "3 985", "8 940"], bq("SEK", 1e6), ("Orderingång", "Orderingång"), note="table 'NYCKELTAL': 'Kv 2' and 'Jan–jun' columns explicit, 'Rullande 12 mån' lenient; rows are measures"),
        *_row(G, "Nettoomsättning, Mkr", ["2 088", "2 231", "3 960", "4 312", "8 115"], bq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelsemarginal, %", ["3,4", "4,1", "3,1", "3,9", "3,6"], bq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Kassaflöde löpande verksamhet, Mkr", ["164", "−38", "127", "−105", "410"], bq("SEK", 1e6), ("Kassaflöde löpande verksamhet", "Kassaflöde")),
    ]
    NEG["r23_b_bygg_halvar"] = [
        N("januari–juni 2026", note="title"), N("2025", ctx="period [2025].", note="bracket note"),
        N("2025", ctx="trögt [2025]", note="places the claim"), N("30 juni", note="places the figure"),
        N("2", ctx="Kv [2] 2026", note="column header"), N("2026", ctx="Kv 2 [2026]", note="column header"),
        N("2", ctx="Kv [2] 2025", note="column header"), N("2025", ctx="Kv 2 [2025]", note="column header"),
        N("Jan–jun 2026", note="column header"), N("Jan–jun 2025", note="column header"),
        N("12", ctx="Rullande [12] mån", note="column header"),
        N("16 juli 2026", note="dateline"), N("556843-2071", note="org number"), N("021-471 35 00"),
    ]

    # ------------------------------------------------------------ 2. sentiment barometer, October 2026 (Publicerad 2026-10-29)
    SI = ("Stämningsindikatorn", "Stämningsindikatorn")
    HF = ("Hushållens förtroendeindikator", "förtroendeindikator")
    NT = ("Nettotalet för frågan om den egna ekonomin om tolv månader", "Nettotalet")
    AH = ("Den andel av hushållen som räknar med stigande arbetslöshet", "andel")
    TI = ("Tillverkningsindustrins förtroendeindikator", "förtroendeindikator")
    FI = ("Förtroendeindikatorer", "Förtroendeindikatorer")
    NEXT = dict(t=("2026", "2027"), lenient=True)
    ba = [("number", 1, None, Y26, F, F), ("number", 1, None, Y26, F, F), ("number", 1, None, Y26, True, True)]
    GOLD["r23_b_barometer_oktober"] = [
        G("2,3 enheter", 2.3, "number", **L26, direction="increase", s=SI, sp=None, note="'i oktober' (no year; the title's 2026): lenient"),
        G("97,8", 97.8, "number", ctx="nu på [97,8].", **L26, direction="increase", s=SI, sp=None, note="'klättrade ... och står nu på': the new value"),
        G("100", 100, "number", ctx="medelvärde på [100],", s=("sitt långsiktiga medelvärde", "medelvärde"), sp=None, note="the norm: required, no period (r21)"),
        G("91,4", 91.4, "number", ctx="från [91,4] till", **L26, s=HF, sp=None, note="from-value (September)"),
        G("95,0", 95.0, "number", ctx="till [95,0].", **L26, direction="increase", s=HF, sp=None, note="'gick upp från ... till'"),
        G("+14", 14, "number", **L26, direction="increase", s=NT, sp=None, note="', att jämföra med +9 i september': the new value"),
        G("+9", 9, "number", **L26, s=NT, sp=None, note="'i september' (no year)"),
        G("41 procent", 41, "percent", **L26, direction="decrease", s=AH, sp=None, note="'sjönk till ..., från 47 procent'"),
        G("47 procent", 47, "percent", **L26, s=AH, sp=None, note="from-value (the previous month)"),
        G("2,1 procent", 2.1, "percent", **NEXT, direction="increase", s=("priserna", "priserna"), sp=None, note="'stiger med ... det kommande året': a rolling year ahead (r21)"),
        G("2,6 procent", 2.6, "percent", **L27, s=("bolåneräntan", "bolåneräntan"), sp=None, note="'då': a year ahead"),
        G("1,6 enheter", 1.6, "number", **L26, direction="decrease", s=TI, sp=None, note="'tappade'"),
        G("99,2", 99.2, "number", ctx="hamnade på [99,2].", **L26, direction="decrease", s=TI, sp=None, note="the new value"),
        G("Var tredje", 1 / 3, "ratio", **L26, s=("industriföretag", "industriföretag"), sp=None),
        G("17 procent", 17, "percent", **L26, s=None, sp=None, note="'bara 17 procent som större än normal': noun elided"),
        G("två månader i rad", 2, "ordinal", **L26, s=("Exportorderingången", "Exportorderingången"), sp=None, note="a run: ordinal"),
        G("86,1", 86.1, "number", ctx="indikator på [86,1]", **L26, direction="increase", s=("en indikator", "indikator"), sp=None, note="level coordinated with 'blev stämningen något ljusare'"),
        G("1,7 enheter", 1.7, "number", **L26, direction="increase", s=("Handelns indikator", "indikator"), sp=None),
        G("23 procent", 23, "percent", **L26, s=("företagen", "företagen"), sp=None, note="'23 procent av företagen': measured now"),
        G("11 procent", 11, "percent", **L26, s=None, sp=None, note="noun elided"),
        G("+12", 12, "number", **L26, s=("ett nettotal", "nettotal"), sp=None),
        *_row(G, "Tillverkningsindustri", ["100,8", "99,2", "−1,6"], ba, FI, note="table: 'Sep 2026' / 'Okt 2026' explicit, 'Förändring, enheter' signed (lenient); sector rows take the caption's measure"),
        *_row(G, "Byggsektorn", ["84,5", "86,1", "+1,6"], ba, FI),
        *_row(G, "Handel", ["96,3", "98,0", "+1,7"], ba, FI),
        *_row(G, "Tjänstesektorn", ["97,1", "97,6", "+0,5"], ba, FI),
        *_row(G, "Hushåll", ["91,4", "95,0", "+3,6"], ba, FI),
        *_row(G, "Stämningsindikatorn", ["95,5", "97,8", "+2,3"], ba, SI, note="a measure row: its own label"),
        G("5 870 företag", 5870, "count", **L26, s=("företag", "företag"), sp=None),
        G("1 480 hushåll", 1480, "count", **L26, s=("hushåll", "hushåll"), sp=None),
        G("61 procent", 61, "percent", **L26, s=("Svarsfrekvensen bland företagen", "Svarsfrekvensen"), sp=None),
    ]
    NEG["r23_b_barometer_oktober"] = [
        N("oktober 2026", ctx="ekonomin, [oktober 2026]", note="title"), N("2026-10-29"), N("09.30", note="time of day"),
        N("februari 2024", note="places the comparison"), N("Sep 2026", note="column header"), N("Okt 2026", note="column header"),
        N("100", ctx="medelvärde = [100]", note="the scale's base"), N("1–21 oktober", note="survey days"),
        N("2026-11-26", note="next release"), N("08-453 29 60"), N("Storgatan 48", note="street address"), N("114 55", note="postal code"),
    ]

    # ------------------------------------------------------------ 3. year-9 school results, spring 2026 (Markdown, Publicerad 2 september 2026)
    MV = ("ett genomsnittligt meritvärde", "meritvärde")
    BH = ("behöriga till ett yrkesprogram på gymnasiet", "behöriga")
    KK = ("Klyftan mellan könen", "Klyftan")
    HD = ("Henrik Dahlstedt", "quote")
    LX = ("läxhjälp och lovskola", "läxhjälp")
    LA = dict(t=("2026", "2027"))
    sk = [("count", 1, None, Y26, True, F), ("number", 1, None, Y26, F, F), ("number", 1, None, Y25, F, F),
          ("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F)]
    sks = [("Elever", "Elever"), ("Meritvärde", "Meritvärde"), ("Meritvärde", "Meritvärde"),
           ("Behöriga yrkesprogram", "Behöriga"), ("Behöriga yrkesprogram", "Behöriga")]
    GOLD["r23_b_skolresultat_nian"] = [
        G("224,6", 224.6, "number", ctx="meritvärde på [224,6].", **L26, direction="increase", s=MV, sp=None, note="'i juni' (no year); next sentence 'Det är 3,1 poäng högre än ... våren 2025': the new value"),
        G("3,1 poäng", 3.1, "number", **L26, direction="increase", s=None, sp=None, note="'Det är'"),
        G("229,8", 229.8, "number", ctx="landade på [229,8].", t=Y26, s=("riksnivån", "riksnivån"), sp=None, note="'i år' resolves; a comparison at one time"),
        G("612 avgångselever", 612, "count", **L26, s=("avgångselever", "avgångselever"), sp=None),
        G("83,7 procent", 83.7, "percent", **L26, direction="increase", s=BH, sp=None, note="', att jämföra med 81,2 procent ett år tidigare': the new value"),
        G("81,2 procent", 81.2, "percent", **L25, s=BH, sp=None, note="'ett år tidigare'"),
        G("85,9 procent", 85.9, "percent", **L26, s=("motsvarande andel", "andel"), sp=None, note="'Nationellt': no direction"),
        G("Ungefär var sjätte elev", 1 / 6, "ratio", bound="approx", **L26, s=("elev", "elev"), sp=None),
        G("99 ungdomar", 99, "count", **L26, s=("ungdomar", "ungdomar"), sp=None),
        G("fyra högstadieskolor", 4, "count", **L26, s=("högstadieskolor", "högstadieskolor"), sp=None),
        G("235,0", 235.0, "number", ctx="når [235,0] i", **L26, s=("meritvärde", "meritvärde"), sp=None),
        G("209,8", 209.8, "number", ctx="stannar på [209,8],", **L26, s=None, sp=None, note="noun elided"),
        G("drygt 25 poäng", 25, "number", bound="approx", **L26, s=("en skillnad", "skillnad"), sp=None, note="a gap at one time"),
        G("6,4 poäng", 6.4, "number", **L26, direction="increase", s=("meritvärdet där", "meritvärdet"), sp=None),
        G("4,5 procentenheter", 4.5, "percentage_point", **L26, direction="increase", s=("andelen behöriga", "andelen"), sp=None),
        G("238,4", 238.4, "number", **L26, s=None, sp=None, note="'Flickorna fick i genomsnitt': a group is no measure"),
        G("211,0", 211.0, "number", **L26, s=None, sp=None),
        G("31,2", 31.2, "number", ctx="från [31,2] till", **L25, s=KK, sp=None, note="from-value"),
        G("27,4 poäng", 27.4, "number", **L26, direction="decrease", s=KK, sp=None, note="'har därmed minskat från ... till'"),
        *_row(G, "Björkhagaskolan", ["148", "231,5", "226,0", "87,2", "84,9"], sk, sks, sep=" | ", note="Markdown table: 'Elever' 2026 lenient, 'vt 2026' / 'vt 2025' explicit; columns are measures"),
        *_row(G, "Sjövallsskolan", ["176", "219,3", "218,7", "80,1", "79,5"], sk, sks, sep=" | "),
        *_row(G, "Norrängens skola", ["121", "209,8", "203,4", "78,5", "74,0"], sk, sks, sep=" | "),
        *_row(G, "Kvarnbackens skola", ["167", "235,0", "229,9", "88,6", "85,4"], sk, sks, sep=" | "),
        *_row(G, "Kommunen", ["612", "224,6", "221,5", "83,7", "81,2"], sk, sks, sep=" | "),
        *_row(G, "Riket", ["229,8", "228,3", "85,9", "85,6"], sk[1:], sks[1:], sep=" | ", before=("–",), note="the '–' cell skipped"),
        G("16", 16, "count", ctx="de [16] bästa", optional=True, s=("betygen", "betygen"), sp=None, note="defines the measure"),
        G("högst 320 poäng", 320, "number", bound="at_most", optional=True, s=("Meritvärdet", "Meritvärdet"), sp=None, note="defines the scale"),
        G("74 elever", 74, "count", t=Y26, s=("elever", "elever"), sp=None, note="'I somras' resolves against the publication date"),
        G("31", 31, "count", ctx="och [31] av", t=Y26, s=("lovskolans elever", "elever"), sp=None),
        G("6,5 miljoner kronor", 6.5e6, "SEK", **LA, direction="increase", s=LX, sp=None, note="'under läsåret 2026/27'; '1,2 miljoner mer än under det förra läsåret': the new value"),
        G("1,2 miljoner", 1.2e6, "SEK", **LA, direction="increase", s=LX, sp=None),
        G("minst 90 procent", 90, "percent", bound="at_least", t=Y28, s=("eleverna", "eleverna"), sp=HD, note="target 'senast 2028': no verb of change"),
    ]
    NEG["r23_b_skolresultat_nian"] = [
        N("våren 2026", ctx="betyg [våren 2026]", note="title"), N("2 september 2026"), N("9", ctx="årskurs [9]", note="a grade's name"),
        N("våren 2025", note="places the comparison"),
        N("vt 2026", ctx="Meritvärde [vt 2026]", note="column header"), N("vt 2025", ctx="Meritvärde [vt 2025]", note="column header"),
        N("vt 2026", ctx="yrkesprogram [vt 2026], %", note="column header"), N("vt 2025", ctx="yrkesprogram [vt 2025], %", note="column header"),
        N("2026/27", note="names the school year"), N("2028", note="places the target"),
    ]

    # ------------------------------------------------------------ 4. municipality's annual report 2025 in summary (Publicerad 22 april 2026)
    SE = ("Skatteintäkter och statsbidrag", "Skatteintäkter")
    RB = ("Ombyggnaden av reningsverket i Norrsand", "Ombyggnaden")
    SD = ("Soliditeten, inklusive hela pensionsåtagandet", "Soliditeten")
    LS = ("Låneskulden", "Låneskulden")
    IA = ("Invånarantalet", "Invånarantalet")
    LST = ("Lena Strandh", "quote")
    nb = [("SEK", 1e6, None, Y25, True, F)] * 3
    nbs = [("Budget", "Budget"), ("Utfall", "Utfall"), ("Avvikelse", "Avvikelse")]
    GOLD["r23_b_kommun_arsredovisning"] = [
        G("48,2 miljoner kronor", 48.2e6, "SEK", **L25, s=("Årets resultat", "resultat"), sp=None, note="'Årets' (the report's 2025): lenient; against the budget: no direction"),
        G("19,7 miljoner kronor", 19.7e6, "SEK", **L25, s=None, sp=None, note="'vilket överträffar budgeten med': a comparison at one time"),
        G("28,5 miljoner kronor", 28.5e6, "SEK", **L25, s=("ett plus", "plus"), sp=None, note="the budgeted result"),
        G("2,3 procent", 2.3, "percent", **L25, s=("skatteintäkter och generella statsbidrag", "skatteintäkter"), sp=None, note="the noun after 'av'"),
        G("minst 2 procent", 2, "percent", bound="at_least", **L25, s=("det finansiella målet", "målet"), sp=None, note="target: required"),
        G("2 094 miljoner kronor", 2094e6, "SEK", **L25, direction="increase", s=SE, sp=None, note="', en uppgång med 4,1 procent mot 2024': the new value"),
        G("4,1 procent", 4.1, "percent", **L25, direction="increase", s=None, sp=None, note="appositive change size"),
        G("3,6 procent", 3.6, "percent", **L25, direction="increase", s=("Verksamheternas nettokostnader", "nettokostnader"), sp=None, note="'växte ... med'"),
        G("21,89 kronor", 21.89, "SEK", **L25, s=("Den kommunala skattesatsen", "skattesatsen"), sp=None, note="'per hundralapp': per None; 'lämnades orörd': no direction"),
        G("212 personer", 212, "count", **L25, direction="increase", s=IA, sp=None),
        G("24 638", 24638, "count", **L25, direction="increase", s=IA, sp=None, note="'och var ... vid årsskiftet': the new value"),
        G("312 miljoner kronor", 312e6, "SEK", **L25, s=None, sp=None, note="'Kommunen investerade för': the measure is a verb"),
        G("405 miljoner kronor", 405e6, "SEK", **L25, s=None, sp=None, note="'mot budgeterade': the budget at one time"),
        G("drygt 77 procent", 77, "percent", bound="approx", **L25, s=("investeringsbudgeten", "investeringsbudgeten"), sp=None),
        G("96 miljoner kronor", 96e6, "SEK", **L25, s=("nya Ängsskolan", "Ängsskolan"), sp=None, note="the goal of the money"),
        G("18 miljoner kronor", 18e6, "SEK", **L25, s=RB, sp=None),
        G("44 miljoner kronor", 44e6, "SEK", **L25, s=RB, sp=None, note="'i stället för planerade': the plan, no direction"),
        G("28,9", 28.9, "percent", ctx="från [28,9] till", **L24, s=SD, sp=None, note="from-value: the year before"),
        G("31,2 procent", 31.2, "percent", **L25, direction="increase", s=SD, sp=None, note="'förbättrades från ... till'"),
        G("60 miljoner kronor", 60e6, "SEK", **L25, direction="increase", s=LS, sp=None),
        G("1 140 miljoner kronor", 1140e6, "SEK", **L25, direction="increase", s=LS, sp=None, note="'vid årets slut': the new value"),
        G("omkring 46 300 kronor", 46300, "SEK", bound="approx", per="capita", **L25, direction="increase", s=None, sp=None, note="'eller ... per invånare'"),
        G("Tre av fyra", 0.75, "ratio", **L25, s=("nämnder", "nämnder"), sp=None),
        G("12,6 miljoner kronor", 12.6e6, "SEK", **L25, s=None, sp=None, note="'gick back med': against the budget, the measure is a verb"),
        *_row(G, "Barn- och utbildningsnämnden", ["912,0", "924,6", "−12,6"], nb, nbs, note="caption 'Budget och utfall per nämnd 2025, miljoner kronor' (lenient); 'Avvikelse' compares budget and outcome: no direction"),
        *_row(G, "Vård- och omsorgsnämnden", ["786,5", "781,3", "+5,2"], nb, nbs),
        *_row(G, "Samhällsbyggnadsnämnden", ["143,2", "137,9", "+5,3"], nb, nbs),
        *_row(G, "Kultur- och fritidsnämnden", ["61,8", "60,4", "+1,4"], nb, nbs),
        G("11 procent", 11, "percent", **L26, direction="increase", s=("kostnaderna för försörjningsstöd", "kostnaderna"), sp=LST, note="'under första kvartalet' after 'för 2026'"),
    ]
    NEG["r23_b_kommun_arsredovisning"] = [
        N("2025", ctx="Årsredovisning [2025] i", note="title"), N("22 april 2026"), N("2025", ctx="under [2025].", note="places the claim"),
        N("2024", ctx="mot [2024].", note="names the baseline"), N("2025", ctx="nämnd [2025],", note="caption"),
        N("2026", ctx="för [2026] är", note="places the claim"),
        N("Rådhustorget 1", note="street address"), N("745 80", note="postal code"), N("0171-52 60 00"), N("212000-0407", note="org number"),
    ]

    # ------------------------------------------------------------ 5. party page on police and defence (UNDATED: no period except a promise's target year)
    TP = ("Trygghetspartiet", "publisher")
    PO = ("poliser", "poliser")
    BNP = ("BNP", "BNP")
    IL = ("En ingångslön för nyutexaminerade poliser", "ingångslön")
    RK = ("rekryter", "rekryter")
    GOLD["r23_b_parti_polis_forsvar"] = [
        G("omkring 35 000 anställda", 35000, "count", bound="approx", s=("anställda", "anställda"), sp=None, note="'I dag' in an undated text: no period"),
        G("cirka 24 000", 24000, "count", bound="approx", s=PO, sp=None, note="'varav ... är poliser': the written noun"),
        G("ungefär 2,3 poliser", 2.3, "count", bound="approx", per="capita", s=PO, sp=None, note="'per 1 000 invånare'"),
        G("nära 2,0", 2.0, "count", bound="approx", per="capita", s=("siffran", "siffran"), sp=None, note="'I Danmark': a comparison between countries"),
        G("1,3", 1.3, "count", ctx="bara [1,3],", per="capita", s=None, sp=None, note="'i Finland': elided"),
        G("runt 14 procent", 14, "percent", bound="approx", s=("den uppklarade andelen av alla anmälda brott", "andelen"), sp=None, note="'där den ligger'"),
        G("6 000 fler poliser", 6000, "count", t=Y32, direction="increase", s=PO, sp=TP, note="'Vi lovar:'; 'fram till 2032': the target year"),
        G("mer än 15 000 invånare", 15000, "count", bound="more_than", optional=True, s=("invånare", "invånare"), sp=TP, note="threshold of the promise"),
        G("minst hälften", 0.5, "ratio", bound="at_least", s=("polisens tid", "tid"), sp=TP, note="promise"),
        G("36 000 kronor", 36000, "SEK", per="month", direction="increase", s=IL, sp=TP, note="promise: ', i dag ungefär 31 500 kronor' is the level before"),
        G("ungefär 31 500 kronor", 31500, "SEK", bound="approx", per="month", s=IL, sp=TP, note="from-value inside the promise; 'i dag' in an undated text"),
        G("cirka 1,8 miljarder kronor om året", 1.8e9, "SEK", bound="approx", per="year", s=("Lönelyftet", "Lönelyftet"), sp=None),
        G("mer än fördubblats", 2, "number", bound="more_than", direction="increase", optional=True, s=("Försvarsanslagen", "Försvarsanslagen"), sp=None, note="multiplier 'på tio år'"),
        G("drygt 2,4 procent", 2.4, "percent", bound="approx", direction="increase", s=BNP, sp=None, note="'och motsvarar nu': the level coordinated with the change; the noun after 'av'"),
        G("3,5 procent", 3.5, "percent", ctx="nå [3,5 procent] av", t=Y30, direction="increase", s=BNP, sp=TP, note="'Vi vill nå ... senast 2030': target"),
        G("omkring 2,5 procent", 2.5, "percent", bound="approx", s=None, sp=None, note="'Finland lägger i dag': a country as the verb's subject"),
        G("cirka 8 000", 8000, "count", bound="approx", per="year", s=RK, sp=TP, note="'från dagens': from-value inside the promise"),
        G("12 000 rekryter", 12000, "count", per="year", t=Y30, direction="increase", s=RK, sp=TP, note="'om året till 2030'"),
        G("Fyra nya brigadförband", 4, "count", s=("brigadförband", "brigadförband"), sp=TP, note="a bare 'nya': no direction"),
        G("10 000 soldater", 10000, "count", direction="increase", s=("hemvärnet", "hemvärnet"), sp=TP, note="'växer med'"),
        G("minst 70 procent", 70, "percent", bound="at_least", s=("befolkningen", "befolkningen"), sp=TP, note="promise"),
        G("omkring 65 miljarder kronor", 65e9, "SEK", bound="approx", s=("Varje procentenhet av BNP", "procentenhet"), sp=None),
        G("3,5 procent", 3.5, "percent", ctx="till [3,5 procent] innebär", direction="increase", s=None, sp=None, note="'Höjningen till': the target restated"),
        G("runt 70 miljarder kronor per år", 70e9, "SEK", bound="approx", per="year", direction="increase", s=("ett tillskott", "tillskott"), sp=None, note="'jämfört med i dag'"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", direction="decrease", s=("statens stöd till partier och trossamfund", "stöd"), sp=None, note="'minskas med'"),
        G("40 miljarder kronor", 40e9, "SEK", s=("en särskild försvarsobligation", "försvarsobligation"), sp=None),
        G("cirka 50 miljarder kronor om året", 50e9, "SEK", bound="approx", per="year", direction="increase", s=("ett statsbudgetutrymme", "statsbudgetutrymme"), sp=None, note="'som växer med'"),
    ]
    NEG["r23_b_parti_polis_forsvar"] = [
        N("1 000", note="'per 1 000 invånare': the denominator"), N("2032", note="places the promise"),
        N("2030", ctx="senast [2030]", note="places the target"), N("2030", ctx="till [2030].", note="places the promise"),
        N("Box 1148", note="Box number"), N("111 81", note="postal code"),
    ]

    # ------------------------------------------------------------ 6. housing starts, third quarter 2026 (sidecar 2026-11-12)
    LG = ("lägenheter", "lägenheter")
    SH = ("Antalet påbörjade lägenheter i småhus", "Antalet")
    PL = ("Påbörjade lägenheter", "lägenheter")
    hb = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r23_b_bostadsbyggande_kv3"] = [
        G("8 940 nya lägenheter", 8940, "count", t=Y26, direction="increase", s=("nya lägenheter", "lägenheter"), sp=None, note="'Under juli–september 2026'; next sentence 'Det är 1 730 fler': the new value"),
        G("1 730", 1730, "count", **L26, direction="increase", s=None, sp=None, note="'Det är'"),
        G("24 procent", 24, "percent", ctx="ökning med [24 procent]", **L26, direction="increase", s=None, sp=None, note="appositive change size"),
        G("6 820 lägenheter", 6820, "count", **L26, direction="increase", s=LG, sp=None, note="', mot 5 150 under tredje kvartalet 2025'"),
        G("5 150", 5150, "count", t=Y25, s=LG, sp=None, note="from-value: same subject"),
        G("2 120", 2120, "count", **L26, direction="increase", s=SH, sp=None, note="', att jämföra med'"),
        G("2 060", 2060, "count", **L25, s=SH, sp=None, note="'för ett år sedan'"),
        G("58 procent", 58, "percent", **L26, direction="increase", s=("hyresrätter", "hyresrätter"), sp=None, note="against 'i fjol ... 49 procent'"),
        G("42 procent", 42, "percent", **L26, s=("bostadsrätter", "bostadsrätter"), sp=None),
        G("49 procent", 49, "percent", t=Y25, s=("hyresrätternas andel", "andel"), sp=None, note="'i fjol' resolves"),
        G("33 400 lägenheter", 33400, "count", **R12, direction="increase", s=LG, sp=None, note="'de senaste fyra kvartalen'; '11 procent fler än'"),
        G("11 procent", 11, "percent", **R12, direction="increase", s=None, sp=None),
        G("drygt 67 000 lägenheter", 67000, "count", bound="approx", per="year", t=("2026", "2035"), lenient=True, s=LG, sp=("Boverkets", "enligt"), note="'varje år fram till 2035'"),
        G("2 860 lägenheter", 2860, "count", **L26, s=LG, sp=None),
        G("en tredjedel", 1 / 3, "ratio", **L26, s=("hela landets byggstarter", "byggstarter"), sp=None),
        G("mer än fördubblade", 2, "number", bound="more_than", direction="increase", optional=True, **L26, s=("antalet", "antalet"), sp=None, note="multiplier against Q3 2025"),
        G("fem", 5, "count", ctx="I [fem] av", **L26, s=("län", "län"), sp=None),
        *_row(G, "Stockholm", ["2 860", "2 410", "+19"], hb, PL, note="table: 'Kv 3 2026' / 'Kv 3 2025' explicit, 'Förändring, %' signed (lenient); county rows take the caption's measure"),
        *_row(G, "Uppsala", ["540", "610", "−11"], hb, PL),
        *_row(G, "Östergötland", ["410", "450", "−9"], hb, PL),
        *_row(G, "Jönköping", ["260", "230", "+13"], hb, PL),
        *_row(G, "Skåne", ["1 290", "1 150", "+12"], hb, PL),
        *_row(G, "Halland", ["330", "380", "−13"], hb, PL),
        *_row(G, "Västra Götaland", ["1 640", "780", "+110"], hb, PL),
        *_row(G, "Örebro", ["220", "240", "−8"], hb, PL),
        *_row(G, "Västerbotten", ["310", "340", "−9"], hb, PL),
        *_row(G, "Övriga län", ["1 080", "620", "+74"], hb, PL),
        *_row(G, "Riket", ["8 940", "7 210", "+24"], hb, PL),
        G("3–5 procent", None, "percent", low=3, high=5, optional=True, direction="increase", s=("kvartalets siffror", "siffror"), sp=None, note="revision note: method"),
    ]
    NEG["r23_b_bostadsbyggande_kv3"] = [
        N("2026", ctx="kvartalet [2026] Byggstarterna", note="title"), N("juli–september 2026", note="places the claim"),
        N("2025", ctx="kvartalet [2025]. Småhus", note="places the comparison"), N("2035", note="places the need"),
        N("2025", ctx="kvartalet [2025]. I fem", note="places the comparison"),
        N("3", ctx="Kv [3] 2026", note="column header"), N("2026", ctx="Kv 3 [2026]", note="column header"),
        N("3", ctx="Kv [3] 2025", note="column header"), N("2025", ctx="Kv 3 [2025]", note="column header"),
        N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 7. city's HTML page on parking fees from 1 February 2027 (Publicerad 14 november 2026)
    TPZ = ("timpriset", "timpriset")
    BP = ("Boendeparkeringen", "Boendeparkeringen")
    TT = ("Timtaxa för gatuparkering", "Timtaxa")
    pk = [("SEK", 1, "hour", Y26, True, F), ("SEK", 1, "hour", Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r23_b_parkering_avgifter"] = [
        G("30", 30, "SEK", ctx="från [30] till", per="hour", **L26, s=TPZ, sp=None, note="from-value: today's fee"),
        G("36 kronor", 36, "SEK", per="hour", **L27, direction="increase", s=TPZ, sp=None, note="'Från och med den 1 februari 2027' in the previous sentence: lenient"),
        G("20 procent", 20, "percent", **L27, direction="increase", s=None, sp=None, note="', en höjning med'"),
        G("150 kronor", 150, "SEK", per="month", **L27, direction="increase", s=BP, sp=None, note="'blir ... dyrare per månad'"),
        G("tre avgiftszoner", 3, "count", **L26, s=("avgiftszoner", "avgiftszoner"), sp=None),
        *_row(G, "Zon A – city", ["30", "36", "+20"], pk, TT, note="HTML table, caption 'kronor per timme': 'Nuvarande taxa' 2026 lenient, 'Från 1 feb 2027' explicit, 'Höjning, %' signed (2027 lenient)"),
        *_row(G, "Zon B – innerstad", ["20", "24", "+20"], pk, TT),
        *_row(G, "Zon C – ytterområden", ["10", "12", "+20"], pk, TT),
        G("650 kronor", 650, "SEK", per="month", t=Y26, s=None, sp=None, note="'betalar i dag': the payer is no subject; 'i dag' resolves"),
        G("800 kronor", 800, "SEK", ctx="avgiften [800 kronor]", per="month", **L27, direction="increase", s=("avgiften", "avgiften"), sp=None, note="'Efter den 1 februari' (no year)"),
        G("drygt 23 procent", 23, "percent", bound="approx", **L27, direction="increase", s=None, sp=None, note="'motsvarande en uppgång på'"),
        G("8 800 kronor", 8800, "SEK", **L27, s=("Ett årskort för boende", "årskort"), sp=None, note="the new price of a year's card: per None"),
        G("800 kronor", 800, "SEK", ctx="rabatt på [800 kronor]", **L27, s=("en rabatt", "rabatt"), sp=None),
        G("Drygt 4 100 hushåll", 4100, "count", bound="approx", t=Y26, s=("hushåll", "hushåll"), sp=None, note="'i dag' resolves"),
        G("omkring 28 procent", 28, "percent", bound="approx", t=("2021", "2026"), lenient=True, direction="increase", s=("kostnaderna för drift och snöröjning av gatorna", "kostnaderna"), sp=None, note="'sedan 2021 ... stigit med'"),
        G("94 procent", 94, "percent", **L26, s=("Beläggningen i zon A", "Beläggningen"), sp=None),
        G("85 procent", 85, "percent", **L26, s=("målet", "målet"), sp=None, note="a target: required"),
        G("14 miljoner kronor", 14e6, "SEK", per="year", **L27, direction="increase", s=("intäkter", "intäkter"), sp=("Stadsbyggnadsnämnden", "credited"), note="'räknar med att höjningen ger ... mer i intäkter per år'"),
        G("50 procent", 50, "percent", **L26, s=("Rabatten", "Rabatten"), sp=None, note="today's rule, being removed"),
        G("900 kronor", 900, "SEK", **L26, s=("Felparkeringsavgiften", "Felparkeringsavgiften"), sp=None, note="'ligger kvar på': no direction"),
        G("700 kronor", 700, "SEK", **L26, s=None, sp=None, note="noun elided"),
    ]
    NEG["r23_b_parkering_avgifter"] = [
        N("1 februari 2027", ctx="dyrare från den [1 februari 2027]", note="heading"), N("14 november 2026"),
        N("1 februari 2027", ctx="med den [1 februari 2027] justeras", note="places the change"),
        N("8–20", note="fee hours"), N("10–16", note="fee hours"), N("1 feb 2027", note="column header"),
        N("1 februari", ctx="Efter den [1 februari] blir", note="places the fee"), N("2021", note="places the change"),
        N("Kungsgatan 14", note="street address"), N("802 50", note="postal code"), N("026-17 80 00"),
        N("212000-2148", note="org number"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. trade union's wage report 2026 (Publicerad 10 juni 2026)
    SV = dict(t=("2024", "2025"), lenient=True)
    ML = ("Medianlönen för alla yrkesverksamma medlemmar", "Medianlönen")
    SO8 = ("Sara Östlund", "quote")
    lo = [("count", 1, None, Y25, True, F), ("SEK", 1, "month", Y25, True, F), ("percent", 1, None, ("2024", "2025"), True, True),
          ("percent", 1, None, ("2024", "2025"), True, F)]
    los = [("Antal svar", "svar"), ("Medianlön", "Medianlön"), ("Löneökning", "Löneökning"), ("Märket", "Märket")]
    GOLD["r23_b_lonestatistik_fack"] = [
        G("3,6 procent", 3.6, "percent", **SV, direction="increase", s=("en genomsnittlig löneökning", "löneökning"), sp=None, note="'det senaste året': September 2024 to September 2025 (source line)"),
        G("0,6 procentenheter", 0.6, "percentage_point", **SV, s=None, sp=None, note="'Det är ... mer än industrins märke': a comparison at one time"),
        G("3,0 procent", 3.0, "percent", **SV, s=("industrins märke", "märke"), sp=None, note="the norm: no direction"),
        G("2,2 procent", 2.2, "percent", **SV, s=("inflationen mätt med KPIF", "inflationen"), sp=None, note="'stannade vid': a rate, no direction"),
        G("1,4 procent", 1.4, "percent", **SV, direction="increase", s=("reallönen", "reallönen"), sp=None),
        G("52 300 kronor", 52300, "SEK", per="month", t=Y25, direction="increase", s=ML, sp=None, note="'i september 2025'; next sentence 'Ett år tidigare var den 50 400': the new value"),
        G("50 400 kronor", 50400, "SEK", per="month", **L24, s=ML, sp=None, note="'Ett år tidigare'"),
        G("41 760 medlemmar", 41760, "count", **L25, s=("medlemmar", "medlemmar"), sp=None),
        G("68 procent", 68, "percent", **L25, s=("en svarsandel", "svarsandel"), sp=None),
        G("53 800 kronor", 53800, "SEK", per="month", **L25, s=None, sp=None, note="'tjänar medlemmarna i mitten av fördelningen': the earner is no subject; per month carried"),
        G("46 900 kronor", 46900, "SEK", per="month", **L25, s=None, sp=None),
        G("50 100 kronor", 50100, "SEK", per="month", **L25, s=None, sp=None),
        G("6 900 kronor", 6900, "SEK", ctx="till [6 900 kronor].", per="month", **L25, direction="increase", s=("Glappet mellan privat och kommunal sektor", "Glappet"), sp=None, note="'har därmed vuxit till'"),
        *_row(G, "Privat", ["28 930", "53 800", "3,8", "3,0"], lo, los, note="table; source line 'mätmånad september 2025 jämfört med september 2024': levels 2025 lenient, 'Löneökning, %' a change column (increase), 'Märket, %' not"),
        *_row(G, "Kommun", ["5 410", "46 900", "3,1", "3,0"], lo, los),
        *_row(G, "Region", ["2 870", "49 200", "3,3", "3,0"], lo, los),
        *_row(G, "Stat", ["4 550", "50 100", "3,4", "3,0"], lo, los),
        *_row(G, "Samtliga", ["41 760", "52 300", "3,6", "3,0"], lo, los),
        G("49 700 kronor", 49700, "SEK", per="month", **L25, s=("Kvinnornas medianlön", "medianlön"), sp=None),
        G("53 600 kronor", 53600, "SEK", per="month", **L25, s=None, sp=None, note="'och männens': noun elided"),
        G("92,7 procent", 92.7, "percent", **L25, direction="increase", s=None, sp=None, note="'av vad män tjänar': no noun names the measure; ', en förbättring med'"),
        G("0,8 procentenheter", 0.8, "percentage_point", **L25, direction="increase", s=None, sp=None),
        G("36 500 kronor", 36500, "SEK", per="month", **L25, s=("en ingångslön", "ingångslön"), sp=None),
        G("39 200 kronor", 39200, "SEK", per="month", **L25, s=None, sp=None, note="'började på': the earner is no subject"),
        G("Var femte", 0.2, "ratio", **L25, s=("nyexaminerad", "nyexaminerad"), sp=None),
        G("35 000 kronor", 35000, "SEK", bound="less_than", per="month", optional=True, s=None, sp=None, note="threshold that defines the share"),
        G("andra året i rad", 2, "ordinal", **SV, s=("reallöneökningar", "reallöneökningar"), sp=SO8, note="a run; the survey's year"),
        G("minst 4 procent", 4, "percent", bound="at_least", direction="increase", s=None, sp=SO8, note="demand 'i nästa avtalsrörelse': no year"),
    ]
    NEG["r23_b_lonestatistik_fack"] = [
        N("2026", ctx="Lönerapport [2026]", note="title"), N("10 juni 2026"),
        N("september 2025", ctx="i [september 2025] till", note="places the claim"),
        N("september 2025", ctx="mätmånad [september 2025]", note="source line"), N("september 2024", note="source line"),
        N("50 år", note="age band"), N("Box 5073", note="Box number"), N("102 42", note="postal code"), N("08-617 44 00"),
    ]

    return GOLD, NEG
