"""Round 18, part B (r18_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 18, part B (r18_b_*): eight kinds, written from scratch (r18_sources_b.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an insurer's interim report January-
# September 2026 (dateline 'Linköping den 23 oktober 2026'; bracketed prior figures dated by 'siffror inom parentes avser
# motsvarande period 2025', 'förstärktes till', 'Skadeprocenten förbättrades till', 'Kvartalets skadeprocent försämrades
# däremot till', 'begränsades kostnaden till', 'Sedan årsskiftet har vi fått ... nya', 'en totalkostnadsprocent under
# 90', 'som understiger 92 över en konjunkturcykel', 'i intervallet 150–200 procent', 'minst 60 procent ... ska delas
# ut'; a plain-text key-figure table 'Jan–sep 2026' / 'Jan–sep 2025' / 'Helår 2025' with the unit in the row label), a
# consumer-confidence barometer for November 2025 ('Publicerad 26 november 2025 kl. 09.00'; indicator 'steg ... med 2,6
# enheter till 96,4', 'klättrat tre månader i rad', 'tredje månaden i följd', net figures with signs 'gick upp från −9
# till −5', 'lyfte med 7 enheter till +9', 'krympte till 31 procent, från 38 procent månaden innan', 'stannade på −21,
# oförändrat', 'backade med 5 enheter till 27'; a pipe table by question 'Nov 2025' / 'Okt 2025' / 'Nov 2024' /
# 'Förändring mot okt' with a zero cell), a county board's road-traffic accidents for 2025 ('Publicerad 18 februari
# 2026'; 'sju färre än året innan', 'femårsgenomsnittet 2020–2024, 24,2 omkomna per år', 'per 100 000 invånare', 'mer än
# tre gånger så högt som rikssnittet', 'Fyra av de döda', 'högst 13 omkomna år 2030', 'km/tim'; a table '2025' / '2024'
# / 'Snitt 2020–2024' / 'Per 100 000 inv. 2025'), a hospital emergency department's statistics for 2025 (Markdown,
# 'Publicerad 3 mars 2026'; besök, 'patienter per dygn', median minutes and hours, '(2024: 71 minuter)', 'en förkortning
# med 18 minuter', 'inom fyra timmar, upp från', 'Var tionde patient stannade längre än 9,5 timmar', 'hela 26 minuter
# längre än 2024', 'knappt var sjätte besök'; a Markdown table '2025' / '2024' / 'Förändring' whose change cells carry
# their own units: '+3,4 %', '−7 min', '−0,3 h', '+3,2 procentenheter'), an UNDATED party page on pensions (no date, no
# sidecar; garantipension 'kronor i månaden', 'tre av fyra', 'ungefär en fjärdedel av en genomsnittlig månadslön', 'för
# 30 år sedan ... i dag bara', Denmark and Norway, 'över 60 procent högre', 'mer än 40 år', a numbered list of promises
# 'Vi vill höja ... med', 'från 18,5 till 20 procent', 'Ingen pensionär ska betala mer än 1 procentenhet högre skatt',
# financing 'om året', 'Ingen med en förmögenhet under 20 miljoner kronor berörs', a quote), a monthly electricity
# release for October 2026 dated only by its sidecar (2026-11-19; TWh and GWh, 'stod för 28,8 procent', 'Andelen var
# 5,6 procentenheter högre än ett år tidigare', 'byggts ut till cirka 17 600 MW', 'fyllda till 71 procent, mot normalt
# 80 procent', 'något mindre än i fjol', 'nästan dubbelt så mycket som i oktober 2025', 'följt av Danmark med', 'Sedan
# januari', a plain-text table by power type 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Jan–okt 2026'), a
# student-housing foundation's HTML page on rents from the autumn term 2026 (cookie banner, menu, breadcrumb, related
# links, footer; 'Publicerad 14 april 2026'; 'höjs med i snitt 4,2 procent från den 1 augusti 2026', 'Förra årets
# höjning', 'kronor mer i månaden', 'Räknat per kvadratmeter och år', an HTML table 'Yta, kvm' / 'Nuvarande hyra' / 'Ny
# hyra från 1 aug' / 'Höjning, kr' under the caption 'Månadshyra i kronor', 'på två år', 'under de närmaste tre åren')
# and a forestry company's annual report excerpt for 2025 ('Publicerad 5 mars 2026'; 'Uppgifter inom parentes avser
# 2024'; hektar, 'miljoner kubikmeter', 'kronor per kubikmeter fast under bark', Mkr with brackets, 'skrevs upp med ...
# till', certified and set-aside shares, 'miljoner plantor', 'ungefär fem gånger så mycket som', staff).
# The r8-r17 decisions are followed: periods at year grain; a relative expression in the sentence ('i dag', 'nu', 'i
# fjol', 'Förra årets', 'fjolårets', 'sedan årsskiftet', 'För ett år sedan', 'i oktober i fjol') resolves against the
# publication date and is not lenient; a month without a year, a heading's or the document's period, present tense,
# 'året innan' / 'ett år tidigare' are lenient; brackets take the period their note names (not lenient) and carry no
# direction; a level followed by ', X fler än', ', en nedgång med', ', att jämföra med', ', upp från', ', mot X <earlier
# time>' or a next sentence 'Det är X fler' / 'Andelen var X högre' is the new value after a change (direction); the
# earlier value and from-values have none; comparisons at one time and against a norm, a national average or another
# country have no direction; multipliers, thresholds, definitions of an example (room sizes) are optional; targets and
# negated bounds are required; table cells take their column headers' periods (not lenient when the header has a year),
# change columns lenient with direction from the sign; rows that are categories take the caption's measure as subject;
# 'vilket motsvarar' / 'motsvarande' without a noun have s None; a figure that is the grammatical subject has s None;
# elided nouns s None; the actor who pays, receives, spends or produces is never the subject; 'per 100 000 invånare' is
# per="capita" with its '100 000' N; 'per aktie' per="share"; 'per dygn' per="day"; km/tim is "km/h"; multipliers are
# unit number; the sender's first-person statements are 'publisher'; the UNDATED text has no period on any figure;
# runs: 'tre månader i rad' an optional duration, 'för tredje månaden i följd' a required ordinal; age bands are N.
# Where those were silent, decided here:
# - Insurance report: the period figures take the report's period Jan-Sep 2026 (the title's: lenient); the brackets
#   2025 (not lenient). 'Skadeprocenten förbättrades till 68,4' and 'totalkostnadsprocenten till 87,1' are decreases: the
#   verb says better, the ratio went down (a fact-checker records the movement of the number, not the judgement);
#   'Kvartalets skadeprocent försämrades ... till 72,8' an increase. 'Efter återförsäkring begränsades kostnaden till 60
#   Mkr' is net against gross at one time: no direction. 'en totalkostnadsprocent under 90' / 'som understiger 92' are
#   percent (the metric's name ends in -procent; no 'procent' written, but nobody reads 90 as a bare number); the 92 and
#   the '150–200 procent' interval are required targets without a period; 'minst 60 procent ... ska delas ut' is the
#   dividend policy: required, s None (the figure is the grammatical subject). 'har vi fått 21 000 nya helårskunder' is
#   a bare 'nya' (no direction, as r17_b), 2026 ('Sedan årsskiftet', not lenient). 'den 30 september' (no year) is
#   lenient 2026. The table's 'Helår 2025' column is 2025 (not lenient).
# - Barometer: the indicator and the net figures ('nettotal', defined on the page as a balance in procentenheter but
#   written as bare signed figures) are unit number, and so are their changes 'med 2,6 enheter' (index points are no
#   procentenheter); the sign is part of the value ('−9' -> -9). A change column's signed cells carry direction from the
#   sign, the zero cell none. 'det historiska genomsnittet på 100' is a required norm without period; the method note's
#   'medelvärdet är 100' and 'standardavvikelsen 10' are optional (they define the scale). Inflation expectations ('tror
#   att priserna stiger med 2,2 procent det närmaste året, att jämföra med 2,5 procent i oktober') are about the coming
#   year, said in November 2025: ('2025', '2026') lenient for both (as a rolling year), direction increase (price growth,
#   as r17_b's growth forecasts); the earlier survey's figure keeps the same span. 'För ett år sedan stod den på 88,9'
#   resolves to 2024 (not lenient). The survey size '1 508 personer' is a required count (lenient 2025), the age band
#   '16–84 år' and the field dates N. The title's 'tredje' is the ordinal of the run.
# - Road accidents: 'femårsgenomsnittet 2020–2024, 24,2 omkomna per år' is per="year" over ('2020', '2024') (explicit);
#   the table's 'Snitt 2020–2024' column has the same span (not lenient) but per None (no 'per år' in the header, as
#   r17_a). 'en minskning med drygt 21 procent' against that average is a change (the county over time), direction
#   decrease, 2025 ('fjolårets siffra' resolves). 'Länet har cirka 287 000 invånare' (present tense): 2026, lenient.
#   'Det motsvarar 41,1 personer per 100 000 invånare' has the noun 'personer' as subject. Speed limits '80' and '90
#   km/tim' delimit the roads: optional km/h (the '80' shares the unit). 'Ingen av de omkomna var under 18 år' is an age
#   band: N. 'högst 13 omkomna år 2030' (target, direction decrease after 'ska halveras', as r17_a) and 'runt 15 omkomna år
#   2030' (a projection, 'hamnar ... runt': no direction) take 2030 (explicit).
#   '49 procent av fordonen ..., mot 46 procent 2024' is the new value after a change (increase; s None, the figure is
#   the grammatical subject). 'Antalet svårt skadade, enligt sjukvårdens rapportering, sjönk med 9 procent till 412' is
#   credited ('enligt') on both figures of that sentence only; the table's 'Källa:' line credits no cell (as earlier
#   rounds' tables). In the insurer's report 'Kapitaltäckningsgraden enligt Solvens II' names a rule, not a source: no
#   speaker.
# - Emergency department: 'i median' and 'I genomsnitt' are no bounds. '(2024: 71 minuter)' is a bracket with its own
#   label (2024, not lenient, no direction) and the figure before it has no direction either (brackets state no change).
#   'lämnade akuten inom fyra timmar' defines the metric (optional hour, at_most), also in the table's row label; 'mer
#   än åtta timmar' defines the group (optional, more_than); 'Var tionde patient stannade längre än 9,5 timmar' is a
#   real claim (the 90th percentile): the ratio and the 9,5 hours are required (more_than). 'Regionens mål ... minst 65
#   procent' is a required target, no period. The table's change cells carry their own units ('−7 min' minute, '−0,3 h'
#   hour, '+3,2 procentenheter' percentage_point, '+3,4 %' percent); the 'Förändring' header has no year: 2025, lenient.
#   'nu har vi bara två vakanta tjänster kvar' is 2026 ('nu' resolves against the publication date).
# - UNDATED pensions page: the amount a pensioner 'får ut' has s None (the receiver, like the payer, is no subject);
#   'Kvinnor får i genomsnitt 28 procent lägre pension än män' takes 'pension' (the thing compared). 'för 30 år sedan'
#   is a time (N) even in an undated text; its '65 procent' is the earlier value and 'i dag bara 53 procent' the new
#   value after 'har halkat efter' (decrease). Amounts in Denmark and Norway are per="month" ('i månaden' in the same
#   sentence, carried to 'nästan 17 000 kronor'). 'mer än 40 år' is a required duration (a projection). 'Ingen pensionär
#   ska betala mer än 1 procentenhet högre skatt' is a negated bound (at_most), required, no direction (a comparison
#   with wage earners). 'Det ger ... ungefär 18 000 kronor mer om året' is per="year", direction increase, s None. '8,7
#   miljarder' (unit elided) is SEK; 'om året' carries to it and to '4,2 miljarder kronor'. 'under 20 miljoner kronor'
#   delimits who pays: optional. The quote's '42 år' is a required duration.
# - Electricity (sidecar 2026-11-19): 'i oktober' is October 2026 (lenient). 'Nettoexporten blev därmed 3,14 TWh,
#   jämfört med 2,56 TWh i oktober i fjol' gives the new value direction increase; the wind share '28,8 procent' takes
#   the next sentence's 'Andelen var 5,6 procentenheter högre än ett år tidigare' (increase). 'något mindre än i fjol'
#   (no figure) makes '4 020 GWh' a decrease. 'mot normalt 80 procent' is a norm: no period, s None. The peak '19 850 MW'
#   has per None. 'Sedan januari har landet producerat 137,0 TWh' has s None (the producer is no subject). Table rows
#   are power types: subject the caption's 'Elproduktion'; 'Jan–okt 2026' is 2026 (not lenient).
# - Student housing (HTML): the new rents are 2026 (the lead names 1 August 2026; 'från och med augusti' lenient); the
#   current rents in the table ('Nuvarande hyra', said in April 2026) are 2026 too (lenient): both fall in 2026 at year
#   grain. 'Ny hyra från 1 aug' cells carry no direction (a column of levels, as r17_b's 'Från 1 januari'); 'Höjning,
#   kr' is signed (increase). The caption 'Månadshyra i kronor' makes the money cells per="month". 'Yta, kvm' cells and
#   '18 kvadratmeter' / '28 kvadratmeter' define the example rooms: optional m2. 'Räknat per kvadratmeter och år' is
#   per="m2" (the non-time denominator wins, as r11_a's 'kronor per elev och år' -> capita). 'en genomsnittlig student
#   betalar därför ungefär 1 300 kronor mindre i månaden än i en vanlig etta' is a comparison (no direction, s None).
#   'Räntekostnaderna har på två år ökat med 38 procent' spans ('2024', '2026'), lenient; 'fjärrvärmetaxan höjdes med 9
#   procent vid årsskiftet' is 2026 (lenient); 'under de närmaste tre åren' said in April 2026 is ('2026', '2029'),
#   lenient, for both the 340 flats and the 210 miljoner kronor.
# - Forestry report: present tense in the report ('äger 612 000 hektar', 'är 9,4 procent frivilligt avsatt') is the
#   year-end 2025 (lenient, as r17_b's annual accounts); the counted noun 'skog' in 'avverkades 2,84 (3,02) miljoner
#   kubikmeter skog' is the subject (r11_a's counted-noun rule; the passive rule covers figures with no noun); '(3,02)'
#   takes the scale 'miljoner kubikmeter' written after the bracket. The harvest level gets direction decrease from
#   the next sentence 'Avverkningen minskade därmed med 6 procent'. 'kronor per kubikmeter fast under bark' is SEK per
#   "m3". 'skrevs upp med 1 460 Mkr till 41,3 miljarder kronor' is a revaluation of the standing forest: both increase.
#   'uppföljningen tre år efter plantering' defines the metric (optional year). 'om 50 år' is a time (N). The proposed
#   dividend '780 (820) Mkr' is the dividend for 2025 (lenient) and 2024.
# - Negatives: datelines and Publicerad lines with times of day, titles', headings', captions', column headers' and
#   breadcrumbs' periods, years and dates that only place a claim, the bracket notes' years, next-release dates,
#   age bands, the survey's field dates, the denominator '100 000', list numbering, related links, phone numbers, box
#   and street addresses, postal codes, org numbers and the copyright year.
# - Left out on purpose (no digits, neither G nor N): 'ett år tidigare', 'året innan', 'om ett år' in question names,
#   'de närmaste tre åren' / 'på två år' (the span is annotated on the figure), 'årets tio första månader', 'en måndag
#   i januari', 'varje hundralapp', 'Solvens II', the heading 'Tredje kvartalet' (a time), 'Ingen av de omkomna'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2024", "2025", "2026", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y30 = (Y[y] for y in ("2024", "2025", "2026", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)

    # ------------------------------------------------------------ 1. insurer's interim report Jan-Sep 2026 (dateline 'Linköping den 23 oktober 2026')
    EB = ("Elin Borgquist", "quote")
    PI = ("Premieintäkterna", "Premieintäkterna")
    TR = ("Försäkringsrörelsens tekniska resultat", "resultat")
    SKP = ("Skadeprocenten", "Skadeprocenten")
    TK = ("totalkostnadsprocenten", "totalkostnadsprocenten")
    RS = ("Resultatet före skatt", "Resultatet")
    RPA = ("Resultatet per aktie", "Resultatet")
    KT = ("Kapitaltäckningsgraden enligt Solvens II", "Kapitaltäckningsgraden")
    KP = ("premieintäkterna", "premieintäkterna")
    KS = ("Kvartalets skadeprocent", "skadeprocent")
    TA = ("Totalavkastningen på placeringstillgångarna", "Totalavkastningen")
    PL = ("placeringstillgångar", "placeringstillgångar")
    fk = lambda unit, scale: [(unit, scale, None, Y26, False, False), (unit, scale, None, Y25, False, False),
                              (unit, scale, None, Y25, False, False)]
    GOLD["r18_b_forsakring_delar"] = [
        G("7,3 procent", 7.3, "percent", **L26, direction="increase", s=PI, sp=None, note="the report's period Jan-Sep 2026 (title): lenient"),
        G("4 862", 4862e6, "SEK", ctx="till [4 862] (4 531)", **L26, direction="increase", s=PI, sp=None, note="to-value of 'växte med ... till'"),
        G("4 531", 4531e6, "SEK", ctx="4 862 ([4 531]) Mkr", t=Y25, s=PI, sp=None, note="'siffror inom parentes avser motsvarande period 2025'"),
        G("612", 612e6, "SEK", ctx="förstärktes till [612] (488)", **L26, direction="increase", s=TR, sp=None),
        G("488", 488e6, "SEK", ctx="612 ([488]) Mkr", t=Y25, s=TR, sp=None),
        G("68,4", 68.4, "percent", ctx="förbättrades till [68,4] (71,9)", **L26, direction="decrease", s=SKP, sp=None, note="'förbättrades till': a lower loss ratio"),
        G("71,9", 71.9, "percent", ctx="68,4 ([71,9]) procent", t=Y25, s=SKP, sp=None),
        G("87,1", 87.1, "percent", ctx="totalkostnadsprocenten till [87,1] (90,6)", **L26, direction="decrease", s=TK, sp=None, note="the verb 'förbättrades' carried"),
        G("90,6", 90.6, "percent", ctx="87,1 ([90,6]) procent", t=Y25, s=TK, sp=None),
        G("905", 905e6, "SEK", ctx="landade på [905] (702)", **L26, s=RS, sp=None),
        G("702", 702e6, "SEK", ctx="905 ([702]) Mkr", t=Y25, s=RS, sp=None),
        G("3,42", 3.42, "SEK", ctx="blev [3,42] (2,61)", per="share", **L26, s=RPA, sp=None),
        G("2,61", 2.61, "SEK", ctx="3,42 ([2,61]) kronor", per="share", t=Y25, s=RPA, sp=None),
        G("196", 196, "percent", ctx="uppgick till [196] (184)", **L26, s=KT, sp=None, note="'den 30 september' (no year)"),
        G("184", 184, "percent", ctx="196 ([184]) procent", t=Y25, s=KT, sp=None),
        G("1 671", 1671e6, "SEK", ctx="till [1 671] (1 548)", **L26, direction="increase", s=KP, sp=None, note="'Under juli–september' (no year)"),
        G("1 548", 1548e6, "SEK", ctx="1 671 ([1 548]) Mkr", t=Y25, s=KP, sp=None),
        G("72,8", 72.8, "percent", ctx="däremot till [72,8] (70,1)", **L26, direction="increase", s=KS, sp=None, note="'försämrades ... till': a higher loss ratio"),
        G("70,1", 70.1, "percent", ctx="72,8 ([70,1]) procent", t=Y25, s=KS, sp=None),
        G("drygt 4 300 skadeanmälningar", 4300, "count", bound="approx", **L26, s=("skadeanmälningar", "skadeanmälningar"), sp=None),
        G("omkring 145 Mkr", 145e6, "SEK", bound="approx", **L26, s=("en bruttokostnad", "bruttokostnad"), sp=None),
        G("60 Mkr", 60e6, "SEK", **L26, s=("kostnaden", "kostnaden"), sp=None, note="'Efter återförsäkring begränsades kostnaden till': net against gross at one time, no direction"),
        G("21 000 nya helårskunder", 21000, "count", t=Y26, s=("helårskunder", "helårskunder"), sp=EB, note="'Sedan årsskiftet' resolves against the dateline; a bare 'nya': no direction"),
        G("612 000", 612000, "count", t=Y26, s=None, sp=EB, note="'vi har i dag': elided noun"),
        G("under 90", 90, "percent", bound="less_than", **L26, s=("en totalkostnadsprocent", "totalkostnadsprocent"), sp=EB, note="the metric is a percentage though 'procent' is not written"),
        G("4,1", 4.1, "percent", ctx="uppgick till [4,1] (3,6)", **L26, s=TA, sp=None),
        G("3,6", 3.6, "percent", ctx="4,1 ([3,6]) procent", t=Y25, s=TA, sp=None),
        G("18,7", 18.7e9, "SEK", ctx="för [18,7] (17,2)", **L26, s=PL, sp=None, note="'Vid periodens utgång'; the manager is no subject"),
        G("17,2", 17.2e9, "SEK", ctx="18,7 ([17,2]) miljarder", t=Y25, s=PL, sp=None),
        G("22 procent", 22, "percent", **L26, s=None, sp=None, note="'varav ... var placerade': the figure is the grammatical subject"),
        G("2,8 år", 2.8, "year", **L26, s=("en genomsnittlig löptid", "löptid"), sp=None),
        G("92", 92, "percent", ctx="understiger [92] över", bound="less_than", s=("en totalkostnadsprocent", "totalkostnadsprocent"), sp=None, note="a financial target: required, no period"),
        G("150–200 procent", None, "percent", low=150, high=200, s=("en kapitaltäckningsgrad", "kapitaltäckningsgrad"), sp=None, note="a target interval"),
        G("minst 60 procent", 60, "percent", bound="at_least", s=None, sp=None, note="the dividend policy: required; the figure is the grammatical subject"),
        *_row(G, "Premieintäkter, netto, Mkr", ["4 862", "4 531", "6 090"], fk("SEK", 1e6), ("Premieintäkter", "Premieintäkter"), note="table 'Nyckeltal': 'Jan–sep 2026' / 'Jan–sep 2025' / 'Helår 2025' (years in headers: not lenient)"),
        *_row(G, "Skadeprocent, %", ["68,4", "71,9", "71,2"], fk("percent", 1), ("Skadeprocent", "Skadeprocent")),
        *_row(G, "Driftskostnadsprocent, %", ["18,7", "18,7", "18,9"], fk("percent", 1), ("Driftskostnadsprocent", "Driftskostnadsprocent")),
        *_row(G, "Totalkostnadsprocent, %", ["87,1", "90,6", "90,1"], fk("percent", 1), ("Totalkostnadsprocent", "Totalkostnadsprocent")),
        *_row(G, "Kapitaltäckningsgrad, %", ["196", "184", "189"], fk("percent", 1), ("Kapitaltäckningsgrad", "Kapitaltäckningsgrad")),
        *_row(G, "Antal anställda vid periodens slut", ["1 142", "1 098", "1 105"], fk("count", 1), ("Antal anställda", "Antal")),
    ]
    NEG["r18_b_forsakring_delar"] = [
        N("januari–september 2026", note="title"), N("23 oktober 2026"), N("2025", ctx="motsvarande period [2025])", note="the bracket note"),
        N("30 september", note="places the claim"), N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("Helår 2025", note="column header"), N("2026", ctx="Bokslutskommunikén för [2026]"), N("4 februari 2027", note="next report"),
        N("013-24 87 00"), N("516402-7718"), N("Drottninggatan 41"), N("582 25"),
    ]

    # ------------------------------------------------------------ 2. consumer-confidence barometer, November 2025 (Publicerad 26 november 2025)
    JM = ("Jonas Melander", "quote")
    KI = ("Konsumentförtroendeindikatorn", "Konsumentförtroendeindikatorn")
    NT = ("Nettotalet", "Nettotalet")
    FE = ("förväntningarna på den egna ekonomin", "förväntningarna")
    SE = ("Nettotalet för Sveriges ekonomi om ett år", "Nettotalet")
    PR = ("priserna", "priserna")
    AN = ("Andelen som räknar med högre bolåneräntor om ett år", "Andelen")
    AL = ("Nettotalet för arbetslösheten om ett år", "Nettotalet")
    NY = ("2025", "2026")
    nb = [("number", 1, None, Y25, False, False), ("number", 1, None, Y25, False, False),
          ("number", 1, None, Y24, False, False), ("number", 1, None, Y25, True, True)]
    NTS = ("Nettotal per fråga", "Nettotal")
    GOLD["r18_b_hushallsbarometer_nov"] = [
        G("tredje", 3, "ordinal", **L25, s=("tredje månaden i följd", "månaden"), sp=None, note="title: a rank in a run"),
        G("2,6 enheter", 2.6, "number", **L25, direction="increase", s=KI, sp=None, note="'i november' (no year); index points"),
        G("96,4", 96.4, "number", **L25, direction="increase", s=KI, sp=None, note="to-value"),
        G("tre månader", 3, "month", optional=True, s=None, sp=None, note="'klättrat ... i rad': the length of a run"),
        G("100", 100, "number", ctx="genomsnittet på [100].", s=("det historiska genomsnittet", "genomsnittet"), sp=None, note="a norm: no period, no direction"),
        G("88,9", 88.9, "number", t=Y24, s=KI, sp=None, note="'För ett år sedan stod den på': resolves to November 2024; 'den' stands for the indicator"),
        G("−9", -9, "number", ctx="från [−9] till", **L25, s=NT, sp=None, note="from-value (October)"),
        G("−5", -5, "number", ctx="till [−5], medan", **L25, direction="increase", s=NT, sp=None, note="'gick upp från ... till'"),
        G("4 enheter", 4, "number", **L25, direction="increase", s=FE, sp=None),
        G("+14", 14, "number", ctx="enheter till [+14].", **L25, direction="increase", s=FE, sp=None),
        G("7 enheter", 7, "number", **L25, direction="increase", s=SE, sp=None),
        G("+9", 9, "number", ctx="till [+9], den", **L25, direction="increase", s=SE, sp=None),
        G("+12", 12, "number", **L25, s=("nettotalet", "nettotalet"), sp=None, note="a group at one time"),
        G("2,2 procent", 2.2, "percent", t=NY, lenient=True, direction="increase", s=PR, sp=None, note="'tror att priserna stiger med ... det närmaste året': the coming twelve months from November 2025"),
        G("2,5 procent", 2.5, "percent", t=NY, lenient=True, direction="increase", s=PR, sp=None, note="'att jämföra med ... i oktober': the earlier survey's expectation, same horizon"),
        G("31 procent", 31, "percent", **L25, direction="decrease", s=AN, sp=None, note="'krympte till ..., från'"),
        G("38 procent", 38, "percent", **L25, s=AN, sp=None, note="from-value, 'månaden innan' (October)"),
        G("14 procent", 14, "percent", **L25, s=None, sp=None, note="'Bara ... av hushållen planerar': the figure is the grammatical subject"),
        G("−21", -21, "number", ctx="stannade på [−21],", **L25, s=("nettotalet för om det är rätt tid att göra större inköp", "nettotalet"), sp=None, note="'oförändrat': no direction"),
        G("5 enheter", 5, "number", **L25, direction="decrease", s=AL, sp=None, note="'backade med'"),
        G("27", 27, "number", ctx="enheter till [27],", **L25, direction="decrease", s=AL, sp=None),
        G("18", 18, "number", ctx="genomsnittet på [18].", s=("genomsnittet", "genomsnittet"), sp=None, note="a norm: no period"),
        *_row(G, "Egen ekonomi jämfört med i fjol", ["−5", "−9", "−14", "+4"], nb, NTS, sep=" | ", note="table 'Nettotal per fråga, november 2025': 'Nov 2025' / 'Okt 2025' / 'Nov 2024' (not lenient) / 'Förändring mot okt' (no year: lenient, signed)"),
        *_row(G, "Egen ekonomi om ett år", ["+14", "+10", "+6", "+4"], nb, NTS, sep=" | "),
        *_row(G, "Sveriges ekonomi om ett år", ["+9", "+2", "−7", "+7"], nb, NTS, sep=" | "),
        *_row(G, "Arbetslöshet om ett år", ["27", "32", "35", "−5"], nb, NTS, sep=" | "),
        *_row(G, "Större inköp nu", ["−21", "−21", "−28", "0"], nb, NTS, sep=" | ", note="a zero change cell: no direction"),
        G("1 508 personer", 1508, "count", **L25, s=("personer", "personer"), sp=None, note="the survey's sample"),
        G("100", 100, "number", ctx="medelvärdet är [100]", optional=True, s=("medelvärdet", "medelvärdet"), sp=None, note="defines the scale"),
        G("10", 10, "number", ctx="standardavvikelsen [10].", optional=True, s=("standardavvikelsen", "standardavvikelsen"), sp=None),
    ]
    NEG["r18_b_hushallsbarometer_nov"] = [
        N("november 2025", ctx="Hushållsbarometern [november 2025]", note="title"), N("26 november 2025"), N("09.00", note="time of day"),
        N("våren 2022"), N("november 2025", ctx="per fråga, [november 2025]", note="caption"), N("Nov 2025", note="column header"),
        N("Okt 2025", note="column header"), N("Nov 2024", note="column header"), N("16–84 år", note="age band"),
        N("3–17 november", note="field dates"), N("19 december 2025", note="next release"), N("Kungsgatan 58"), N("111 22"),
        N("08-556 120 40"),
    ]

    # ------------------------------------------------------------ 3. county road-traffic accidents 2025 (Publicerad 18 februari 2026)
    AR = ("Anders Rydh", "quote")
    PE = ("personer", "personer")
    OK = ("omkomna", "omkomna")
    SS = ("Antalet svårt skadade", "Antalet")
    FÖ = ("förare", "förare")
    SJ = ("sjukvårdens rapportering", "enligt")
    A5 = ("2020", "2024")
    tr = [("count", 1, None, Y25, False, False), ("count", 1, None, Y24, False, False),
          ("count", 1, None, A5, False, False), ("count", 1, "capita", Y25, False, False)]
    TRS = ("Omkomna", "Omkomna")
    GOLD["r18_b_trafikolyckor_lan_2025"] = [
        G("19 personer", 19, "count", t=Y25, direction="decrease", s=PE, sp=None, note="'Under 2025 omkom'; next 'Det är sju färre än året innan': the new value"),
        G("sju färre", 7, "count", **L25, direction="decrease", s=PE, sp=None, note="'Det är X färre' takes the level's subject"),
        G("24,2 omkomna", 24.2, "count", per="year", t=A5, s=OK, sp=None, note="'femårsgenomsnittet 2020–2024, ... per år'"),
        G("drygt 21 procent", 21, "percent", bound="approx", t=Y25, direction="decrease", s=("fjolårets siffra", "siffra"), sp=None, note="against the five-year average: the county over time"),
        G("cirka 287 000 invånare", 287000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None, note="present tense"),
        G("6,6", 6.6, "count", ctx="omkomna [6,6], vilket", per="capita", **L25, s=("antalet omkomna", "antalet"), sp=None, note="'per 100 000 invånare'"),
        G("mer än tre gånger", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="a multiplier, comparison at one time"),
        G("2,1", 2.1, "count", ctx="rikssnittet på [2,1].", per="capita", **L25, s=("rikssnittet", "rikssnittet"), sp=None),
        G("9 procent", 9, "percent", ctx="sjönk med [9 procent]", **L25, direction="decrease", s=SS, sp=SJ, note="'enligt sjukvårdens rapportering' in the same sentence"),
        G("412", 412, "count", ctx="procent till [412].", **L25, direction="decrease", s=SS, sp=SJ, note="to-value"),
        G("118", 118, "count", ctx="bedöms [118] ha", **L25, s=None, sp=None, note="a bare figure as grammatical subject"),
        G("41,1 personer", 41.1, "count", per="capita", **L25, s=PE, sp=None, note="'Det motsvarar ... per 100 000 invånare'"),
        G("åtta", 8, "count", **L25, s=("dödsfallen", "dödsfallen"), sp=None, note="'stod för åtta av dödsfallen'"),
        G("mer än hälften", 0.5, "ratio", bound="more_than", **L25, s=None, sp=None, note="the figure is the grammatical subject"),
        G("80", 80, "km/h", ctx="var [80] eller", optional=True, s=("hastighetsgränsen", "hastighetsgränsen"), sp=None, note="speed limits delimit the roads"),
        G("90 km/tim", 90, "km/h", optional=True, s=("hastighetsgränsen", "hastighetsgränsen"), sp=None),
        G("Fyra", 4, "count", ctx="[Fyra] av de döda", **L25, s=("de döda", "döda"), sp=None),
        G("tre", 3, "count", ctx="motorcyklister, [tre] var", **L25, s=None, sp=None, note="elided noun"),
        G("två", 2, "count", ctx="och [två] cyklade", **L25, s=None, sp=None),
        G("halveras", 0.5, "number", direction="decrease", optional=True, s=("antalet omkomna", "antalet"), sp=None, note="a multiplier verb in a target (r17_a)"),
        G("högst 13 omkomna", 13, "count", bound="at_most", t=Y30, direction="decrease", s=OK, sp=None, note="the target 'år 2030' after 'ska halveras' (r17_a)"),
        G("runt 15 omkomna", 15, "count", bound="approx", t=Y30, s=OK, sp=AR, note="a projection 'år 2030'"),
        G("49 procent", 49, "percent", **L25, direction="increase", s=None, sp=None, note="', mot 46 procent 2024': the new value; the figure is the grammatical subject"),
        G("46 procent", 46, "percent", t=Y24, s=None, sp=None),
        G("99,7 procent", 99.7, "percent", **L25, s=None, sp=None),
        G("1 240 förare", 1240, "count", **L25, direction="increase", s=FÖ, sp=None, note="', 6 procent fler än 2024': the new value"),
        G("6 procent", 6, "percent", ctx="rattfylleri, [6 procent] fler", **L25, direction="increase", s=FÖ, sp=None),
        *_row(G, "Omkomna", ["19", "26", "24,2", "6,6"], tr, TRS, note="table: '2025' / '2024' / 'Snitt 2020–2024' (span, not lenient, per None) / 'Per 100 000 inv. 2025' (per capita); the rows are measures: each row label is its cells' subject"),
        *_row(G, "Svårt skadade", ["412", "453", "438,6", "143,6"], tr, ("Svårt skadade", "skadade")),
        *_row(G, "Bestående men", ["118", "131", "127,0", "41,1"], tr, ("Bestående men", "men")),
    ]
    NEG["r18_b_trafikolyckor_lan_2025"] = [
        N("2025", ctx="Trafikolyckor i Norrlida län [2025]", note="title"), N("18 februari 2026"), N("2025", ctx="Under [2025] omkom"),
        N("2020–2024", ctx="femårsgenomsnittet [2020–2024],"), N("100 000", ctx="per [100 000] invånare blev", note="denominator"),
        N("100 000", ctx="personer per [100 000] invånare", note="denominator"), N("18 år", note="age band"),
        N("2020", ctx="mellan [2020] och"), N("2030", ctx="och [2030]."), N("2030", ctx="omkomna år [2030]. "),
        N("2030", ctx="hamnar vi runt 15 omkomna år [2030],"), N("2024", ctx="procent [2024]. I"), N("2024", ctx="fler än [2024]."),
        N("2025", ctx="[2025] 2024 Snitt", note="column header"), N("2024", ctx="2025 [2024] Snitt", note="column header"),
        N("Snitt 2020–2024", note="column header"), N("Per 100 000 inv. 2025", note="column header"),
        N("2025", ctx="Uppgifterna för [2025] är"), N("0611-34 90 00"),
    ]

    # ------------------------------------------------------------ 4. emergency department statistics 2025 (Markdown, Publicerad 3 mars 2026)
    MS = ("Mikael Sandén", "quote")
    BE = ("besök", "besök")
    TL = ("Tiden till första läkarbedömning", "Tiden")
    VT = ("Den totala vistelsetiden på akuten", "vistelsetiden")
    PÖ = ("Patienter över 80 år", "Patienter")
    VV = ("väntan på en vårdplats", "väntan")
    AU = ("Andelen som gick hem utan att ha träffat en läkare", "Andelen")
    nk = lambda unit: [(unit, 1, None, Y25, False, False), (unit, 1, None, Y24, False, False)]
    GOLD["r18_b_akuten_2025"] = [
        G("61 480 besök", 61480, "count", t=Y25, direction="increase", s=BE, sp=None, note="'under 2025'; next 'Det är 3,4 procent fler än 2024': the new value"),
        G("3,4 procent", 3.4, "percent", **L25, direction="increase", s=BE, sp=None),
        G("168 patienter", 168, "count", per="day", **L25, s=("patienter", "patienter"), sp=None, note="'I genomsnitt ... per dygn' ('i genomsnitt' is no bound)"),
        G("241 besök", 241, "count", **L25, s=BE, sp=None, note="'en måndag i januari' (no year)"),
        G("64 minuter", 64, "minute", ctx="median [64 minuter]", **L25, s=TL, sp=None, note="'(2024: 71 minuter)': a bracket states no change"),
        G("71 minuter", 71, "minute", t=Y24, s=TL, sp=None, note="the bracket's own label"),
        G("3,8 timmar", 3.8, "hour", ctx="median [3,8 timmar]", **L25, direction="decrease", s=VT, sp=None, note="', en förkortning med 18 minuter jämfört med året innan': the new value"),
        G("18 minuter", 18, "minute", **L25, direction="decrease", s=VT, sp=None),
        G("54,2 procent", 54.2, "percent", **L25, direction="increase", s=None, sp=None, note="', upp från 51,0 procent'; the figure is the grammatical subject"),
        G("fyra timmar", 4, "hour", ctx="akuten inom [fyra timmar],", bound="at_most", optional=True, s=None, sp=None, note="defines the metric"),
        G("51,0 procent", 51.0, "percent", **L24, s=None, sp=None, note="from-value: the year before"),
        G("minst 65 procent", 65, "percent", bound="at_least", s=("Regionens mål", "mål"), sp=None, note="a target: required, no period"),
        G("Var tionde patient", 0.1, "ratio", **L25, s=("patient", "patient"), sp=None),
        G("9,5 timmar", 9.5, "hour", bound="more_than", **L25, s=None, sp=None, note="'stannade längre än': the 90th percentile, a claim"),
        G("17 procent", 17, "percent", **L25, s=PÖ, sp=None),
        G("31 procent", 31, "percent", **L25, s=PÖ, sp=None, note="'svarade för'"),
        G("åtta timmar", 8, "hour", bound="more_than", optional=True, s=None, sp=None, note="'vistelser som varade mer än': defines the group"),
        G("27,5 procent", 27.5, "percent", **L25, s=None, sp=None, note="'ledde ... till inläggning': the figure is the grammatical subject"),
        G("131 minuter", 131, "minute", **L25, direction="increase", s=VV, sp=None, note="', hela 26 minuter längre än 2024': the new value"),
        G("26 minuter", 26, "minute", **L25, direction="increase", s=VV, sp=None),
        G("4,1 procent", 4.1, "percent", **L25, direction="decrease", s=AU, sp=None, note="'minskade till'"),
        G("5,3 procent", 5.3, "percent", t=Y24, s=AU, sp=None, note="bracket '(2024: ...)'"),
        G("ungefär 2 500 besök", 2500, "count", bound="approx", **L25, s=BE, sp=None, note="'motsvarande' with a noun"),
        G("14 nya sjuksköterskor", 14, "count", **L25, s=("sjuksköterskor", "sjuksköterskor"), sp=MS, note="'Under året' (the document's year); a bare 'nya': no direction"),
        G("två vakanta tjänster", 2, "count", t=Y26, s=("vakanta tjänster", "tjänster"), sp=MS, note="'nu' resolves against the publication date"),
        G("omkring 9 800 patienter", 9800, "count", bound="approx", **L25, s=("patienter", "patienter"), sp=None),
        G("knappt var sjätte besök", 1 / 6, "ratio", bound="approx", **L25, s=BE, sp=None),
        G("1,6 timmar", 1.6, "hour", **L25, s=("vistelsetiden", "vistelsetiden"), sp=None),
        *_row(G, "| Besök", ["61 480", "59 460"], nk("count"), ("Besök", "Besök"), sep=" | ", note="table 'Nyckeltal': '2025' / '2024' (not lenient) / 'Förändring' (no year: 2025 lenient, the cell's own unit and sign)"),
        G("+3,4 %", 3.4, "percent", **L25, direction="increase", s=("Besök", "Besök"), sp=None, ctx="| Besök | 61 480 | 59 460 | [+3,4 %]"),
        *_row(G, "| Median till läkare, minuter", ["64", "71"], nk("minute"), ("Median till läkare", "Median"), sep=" | "),
        G("−7 min", -7, "minute", **L25, direction="decrease", s=("Median till läkare", "Median"), sp=None),
        *_row(G, "| Median vistelsetid, timmar", ["3,8", "4,1"], nk("hour"), ("Median vistelsetid", "Median"), sep=" | "),
        G("−0,3 h", -0.3, "hour", **L25, direction="decrease", s=("Median vistelsetid", "Median"), sp=None),
        G("fyra timmar", 4, "hour", ctx="| Andel inom [fyra timmar], %", bound="at_most", optional=True, s=None, sp=None, note="row label: defines the metric"),
        *_row(G, "| Andel inom fyra timmar, %", ["54,2", "51,0"], nk("percent"), ("Andel", "Andel"), sep=" | "),
        G("+3,2 procentenheter", 3.2, "percentage_point", **L25, direction="increase", s=("Andel", "Andel"), sp=None),
    ]
    NEG["r18_b_akuten_2025"] = [
        N("2025", ctx="i siffror [2025]", note="title"), N("3 mars 2026"), N("2025", ctx="besök under [2025]."),
        N("2024", ctx="fler än [2024] och"), N("2024", ctx="([2024]: 71"), N("80 år", note="age band"),
        N("2024", ctx="längre än [2024]."), N("2024", ctx="([2024]: 5,3"), N("2025", ctx="| Mått | [2025] |", note="column header"),
        N("2024", ctx="| 2025 | [2024] | Förändring", note="column header"), N("021-481 00 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on pensions (no date, no sidecar)
    PUB = ("Gemenskapspartiet", "publisher")
    LH = ("Leila Haddad", "quote")
    AP = ("Den allmänna pensionen", "pensionen")
    PA = ("den allmänna pensionsavgiften", "pensionsavgiften")
    GOLD["r18_b_parti_pension"] = [
        G("10 240 kronor", 10240, "SEK", per="month", s=None, sp=None, note="'får ut ... i månaden': the receiver is no subject; undated: no period"),
        G("Omkring 230 000 pensionärer", 230000, "count", bound="approx", s=("pensionärer", "pensionärer"), sp=None),
        G("tre av fyra", 0.75, "ratio", s=None, sp=None, note="the figure is the grammatical subject"),
        G("ungefär en fjärdedel", 0.25, "ratio", bound="approx", s=("Garantipensionen", "Garantipensionen"), sp=None, note="a comparison at one time"),
        G("cirka 39 800 kronor", 39800, "SEK", bound="approx", per="month", s=("en genomsnittlig månadslön", "månadslön"), sp=None),
        G("omkring 65 procent", 65, "percent", bound="approx", s=AP, sp=None, note="the earlier value ('för 30 år sedan')"),
        G("53 procent", 53, "percent", direction="decrease", s=AP, sp=None, note="'har halkat efter ... i dag bara': the new value"),
        G("runt 15 600 kronor", 15600, "SEK", bound="approx", per="month", s=None, sp=None, note="Denmark: the receiver is no subject"),
        G("nästan 17 000 kronor", 17000, "SEK", bound="approx", per="month", s=None, sp=None, note="Norway; 'i månaden' carried"),
        G("över 60 procent", 60, "percent", bound="more_than", s=("Norges minsta pension", "pension"), sp=None, note="a comparison between countries"),
        G("28 procent", 28, "percent", s=("pension", "pension"), sp=None, note="women against men: a comparison"),
        G("mer än 40 år", 40, "year", bound="more_than", s=None, sp=None, note="a projection"),
        G("1 500 kronor", 1500, "SEK", per="month", direction="increase", s=("garantipensionen", "garantipensionen"), sp=PUB, note="'Vi vill höja ... med'"),
        G("ungefär 18 000 kronor", 18000, "SEK", bound="approx", per="year", direction="increase", s=None, sp=PUB, note="'Det ger ... mer om året'"),
        G("7 500 kronor", 7500, "SEK", per="month", direction="increase", s=("taket i bostadstillägget", "taket"), sp=PUB, note="'höja ... till'"),
        G("18,5", 18.5, "percent", ctx="från [18,5] till", s=PA, sp=PUB, note="from-value: today's rate"),
        G("20 procent", 20, "percent", direction="increase", s=PA, sp=PUB),
        G("1 procentenhet", 1, "percentage_point", bound="at_most", s=("skatt", "skatt"), sp=PUB, note="'Ingen ... ska betala mer än': a negated bound"),
        G("14,3 miljarder kronor", 14.3e9, "SEK", per="year", s=("Våra förslag", "förslag"), sp=PUB),
        G("8,7 miljarder", 8.7e9, "SEK", per="year", s=("Höjningen av garantipensionen", "Höjningen"), sp=PUB, note="unit elided; 'om året' carried"),
        G("4,2 miljarder kronor", 4.2e9, "SEK", per="year", s=None, sp=PUB, note="'vilket ger'"),
        G("20 miljoner kronor", 20e6, "SEK", bound="less_than", optional=True, s=("en förmögenhet", "förmögenhet"), sp=PUB, note="delimits who is taxed"),
        G("42 år", 42, "year", s=None, sp=LH),
        G("12 000 kronor", 12000, "SEK", bound="less_than", per="month", s=None, sp=LH, note="'har i dag mindre än ... i månaden efter skatt'"),
    ]
    NEG["r18_b_parti_pension"] = [
        N("30 år", note="'för 30 år sedan' is a time"), N("1.", ctx="[1.] Vi vill", note="list numbering"),
        N("2.", ctx="[2.] Vi vill"), N("3.", ctx="[3.] Vi vill"), N("4.", ctx="[4.] Ingen"),
        N("Box 6127"), N("102 33"), N("08-720 44 10"),
    ]

    # ------------------------------------------------------------ 6. electricity production and use, October 2026 (sidecar only: 2026-11-19)
    EP = ("Sveriges totala elproduktion", "elproduktion")
    EA = ("Elanvändningen", "Elanvändningen")
    NE = ("Nettoexporten", "Nettoexporten")
    VI = ("Vindkraften", "Vindkraften")
    VA = ("Vattenkraften", "Vattenkraften")
    el = [("GWh", 1, None, Y26, False, False), ("GWh", 1, None, Y25, False, False),
          ("percent", 1, None, Y26, True, True), ("GWh", 1, None, Y26, False, False)]
    ELS = ("Elproduktion per kraftslag", "Elproduktion")
    GOLD["r18_b_elproduktion_oktober"] = [
        G("14,62 TWh", 14.62, "TWh", **L26, direction="increase", s=EP, sp=None, note="'i oktober' (no year; sidecar 2026-11-19); ', 6,1 procent mer än samma månad förra året': the new value"),
        G("6,1 procent", 6.1, "percent", ctx="TWh, [6,1 procent] mer", **L26, direction="increase", s=EP, sp=None),
        G("2,3 procent", 2.3, "percent", **L26, direction="increase", s=EA, sp=None),
        G("11,48 TWh", 11.48, "TWh", **L26, direction="increase", s=EA, sp=None, note="to-value"),
        G("3,14 TWh", 3.14, "TWh", **L26, direction="increase", s=NE, sp=None, note="', jämfört med 2,56 TWh i oktober i fjol': the new value"),
        G("2,56 TWh", 2.56, "TWh", t=Y25, s=NE, sp=None, note="'i oktober i fjol' resolves against the sidecar"),
        G("4 210 GWh", 4210, "GWh", **L26, s=VI, sp=None, note="a record level: no stated change"),
        G("28,8 procent", 28.8, "percent", **L26, direction="increase", s=VI, sp=None, note="'stod för'; next 'Andelen var 5,6 procentenheter högre än ett år tidigare': the new value"),
        G("5,6 procentenheter", 5.6, "percentage_point", **L26, direction="increase", s=("Andelen", "Andelen"), sp=None),
        G("cirka 17 600 MW", 17600, "MW", bound="approx", **L26, direction="increase", s=("den installerade effekten", "effekten"), sp=None, note="'har byggts ut till'"),
        G("5 370 GWh", 5370, "GWh", ctx="gav [5 370 GWh]", **L26, direction="decrease", s=VA, sp=None, note="', en nedgång med 4,9 procent': the new value"),
        G("4,9 procent", 4.9, "percent", ctx="nedgång med [4,9 procent]", **L26, direction="decrease", s=VA, sp=None),
        G("71 procent", 71, "percent", **L26, s=("magasinen", "magasinen"), sp=None, note="'vid månadens slut'; against the norm: no direction"),
        G("80 procent", 80, "percent", ctx="normalt [80 procent]", s=None, sp=None, note="a norm: no period"),
        G("4 020 GWh", 4020, "GWh", ctx="levererade [4 020 GWh]", **L26, direction="decrease", s=("Kärnkraften", "Kärnkraften"), sp=None, note="'något mindre än i fjol'"),
        G("två reaktorer", 2, "count", **L26, s=("reaktorer", "reaktorer"), sp=None),
        G("212 GWh", 212, "GWh", ctx="producerade [212 GWh]", **L26, direction="increase", s=("Solkraften", "Solkraften"), sp=None, note="'nästan dubbelt så mycket som i oktober 2025': one thing over time"),
        G("nästan dubbelt", 2, "number", bound="approx", optional=True, direction="increase", s=None, sp=None, note="a multiplier over time"),
        G("810 GWh", 810, "GWh", ctx="gav [810 GWh]", **L26, s=("kraftvärme och övrig värmekraft", "kraftvärme"), sp=None),
        G("1 280 GWh", 1280, "GWh", **L26, s=("Den största exporten", "exporten"), sp=None),
        G("940 GWh", 940, "GWh", **L26, s=None, sp=None, note="'följt av Danmark med': elided"),
        G("390 GWh", 390, "GWh", **L26, direction="decrease", s=("Importen från Norge", "Importen"), sp=None, note="'sjönk till'"),
        G("19 850 MW", 19850, "MW", **L26, s=("Den högsta timförbrukningen", "timförbrukningen"), sp=None),
        G("137,0 TWh", 137.0, "TWh", **L26, s=None, sp=None, note="'Sedan januari har landet producerat': the producer is no subject"),
        G("31,5 TWh", 31.5, "TWh", **L26, s=("vindkraften", "vindkraften"), sp=None, note="'varav'"),
        G("1,8 procent", 1.8, "percent", **L26, direction="increase", s=("Förbrukningen under årets tio första månader", "Förbrukningen"), sp=None),
        *_row(G, "Vattenkraft", ["5 370", "5 647", "−4,9", "53 910"], el, ELS, note="table 'Elproduktion per kraftslag, GWh': 'Okt 2026' / 'Okt 2025' / 'Förändring, %' (lenient, signed) / 'Jan–okt 2026'"),
        *_row(G, "Kärnkraft", ["4 020", "4 110", "−2,2", "41 260"], el, ELS),
        *_row(G, "Vindkraft", ["4 210", "3 190", "+32,0", "31 480"], el, ELS),
        *_row(G, "Solkraft", ["212", "109", "+94,5", "3 020"], el, ELS),
        *_row(G, "Kraftvärme m.m.", ["810", "724", "+11,9", "7 330"], el, ELS),
        *_row(G, "Totalt", ["14 622", "13 780", "+6,1", "137 000"], el, ELS),
    ]
    NEG["r18_b_elproduktion_oktober"] = [
        N("oktober 2025", note="places the comparison"), N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("Jan–okt 2026", note="column header"), N("016-544 20 00"),
    ]

    # ------------------------------------------------------------ 7. student-housing HTML page: rents from autumn 2026 (Publicerad 14 april 2026)
    HY = ("hyrorna i stiftelsens studentbostäder", "hyrorna")
    N3 = ("2026", "2029")
    mh = [("SEK", 1, "month", Y26, True, False), ("SEK", 1, "month", Y26, True, False), ("SEK", 1, "month", Y26, True, True)]
    MHS = ("Månadshyra", "Månadshyra")
    rum = lambda label, m2: G(m2, int(m2), "m2", ctx=f"{label} [{m2}]", optional=True, s=("Yta", "Yta"), sp=None)
    GOLD["r18_b_studentbostader_hyror"] = [
        G("4,2 procent", 4.2, "percent", t=Y26, direction="increase", s=HY, sp=None, note="'höjs med i snitt ... från den 1 augusti 2026' ('i snitt' is no bound)"),
        G("5,9 procent", 5.9, "percent", t=Y25, direction="increase", s=("Förra årets höjning", "höjning"), sp=None, note="'Förra årets' resolves against the publication date"),
        G("18 kvadratmeter", 18, "m2", optional=True, s=None, sp=None, note="defines the example room"),
        G("165 kronor", 165, "SEK", per="month", **L26, direction="increase", s=("höjningen", "höjningen"), sp=None),
        G("4 095 kronor", 4095, "SEK", per="month", **L26, direction="increase", s=("Rummet", "Rummet"), sp=None, note="'från och med augusti' (no year): the new value after the raise"),
        G("28 kvadratmeter", 28, "m2", optional=True, s=None, sp=None),
        G("5 870 kronor", 5870, "SEK", per="month", **L26, direction="increase", s=("En etta med eget kök", "etta"), sp=None, note="'går upp till'"),
        G("2 380 kronor", 2380, "SEK", per="m2", **L26, s=("den genomsnittliga hyran", "hyran"), sp=None, note="'per kvadratmeter och år': the non-time denominator"),
        G("ungefär 1 690 kronor", 1690, "SEK", bound="approx", per="m2", **L26, s=("snittet för ordinarie hyresrätter i kommunen", "snittet"), sp=None, note="a comparison at one time"),
        G("ungefär 1 300 kronor", 1300, "SEK", bound="approx", per="month", **L26, s=None, sp=None, note="'en genomsnittlig student betalar ... mindre': the payer is no subject; a comparison"),
        rum("Korridorrum, Eklundsgatan", "18"),
        *_row(G, "Korridorrum, Eklundsgatan", ["3 930", "4 095", "+165"], mh, MHS, before=["18"], note="table 'Månadshyra i kronor, exempel': 'Nuvarande hyra' (2026, lenient) / 'Ny hyra från 1 aug' (2026, lenient, a level) / 'Höjning, kr' (signed)"),
        rum("Etta med pentry, Rackarbergsvägen", "22"),
        *_row(G, "Etta med pentry, Rackarbergsvägen", ["4 610", "4 805", "+195"], mh, MHS, before=["22"]),
        rum("Etta med kök, Kvarnbacken", "28"),
        *_row(G, "Etta med kök, Kvarnbacken", ["5 630", "5 870", "+240"], mh, MHS, before=["28"]),
        rum("Tvåa för par, Kvarnbacken", "41"),
        *_row(G, "Tvåa för par, Kvarnbacken", ["7 480", "7 790", "+310"], mh, MHS, before=["41"]),
        G("38 procent", 38, "percent", t=("2024", "2026"), lenient=True, direction="increase", s=("Räntekostnaderna", "Räntekostnaderna"), sp=None, note="'på två år' said in April 2026"),
        G("9 procent", 9, "percent", ctx="med [9 procent] vid", **L26, direction="increase", s=("fjärrvärmetaxan", "fjärrvärmetaxan"), sp=None, note="'vid årsskiftet'"),
        G("340 lägenheter", 340, "count", t=N3, lenient=True, s=("lägenheter", "lägenheter"), sp=None, note="'under de närmaste tre åren'"),
        G("210 miljoner kronor", 210e6, "SEK", t=N3, lenient=True, s=("en investering", "investering"), sp=None),
        G("cirka 4 600 bostäder", 4600, "count", bound="approx", **L26, s=("bostäder", "bostäder"), sp=None, note="present tense"),
        G("drygt 11 000 sökande", 11000, "count", bound="approx", **L26, s=("sökande", "sökande"), sp=None),
        G("190 dagar", 190, "day", t=Y26, s=("Den genomsnittliga kötiden för ett korridorrum", "kötiden"), sp=None, note="'i dag'"),
    ]
    NEG["r18_b_studentbostader_hyror"] = [
        N("2026", ctx="Hyror hösten [2026]", note="breadcrumb"), N("14 april 2026"),
        N("1 augusti 2026"), N("1 aug", ctx="hyra från [1 aug]", note="column header"), N("2025", ctx="Hyror hösten [2025]", note="related link"),
        N("Sysslomansgatan 9"), N("753 11"), N("018-470 55 00"), N("018-470 55 99"), N("817603-2294"),
        N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. forestry company's annual report excerpt 2025 (Publicerad 5 mars 2026)
    SKG = ("skog", "skog")
    LV = ("Leveranserna till industrin", "Leveranserna")
    PS = ("Det genomsnittliga priset för sågtimmer", "priset")
    MP = ("Massavedspriset", "Massavedspriset")
    VB = ("Värdet av den biologiska tillgången", "Värdet")
    GOLD["r18_b_skogsbolag_arsredovisning"] = [
        G("612 000 hektar", 612000, "ha", **L25, s=("produktiv skogsmark", "skogsmark"), sp=None, note="present tense in an annual report: the year-end"),
        G("fyra län", 4, "count", **L25, s=("län", "län"), sp=None),
        G("2,84", 2.84e6, "m3", ctx="avverkades [2,84] (3,02)", **L25, direction="decrease", s=SKG, sp=None, note="next 'Avverkningen minskade därmed med 6 procent': the new value"),
        G("3,02", 3.02e6, "m3", ctx="2,84 ([3,02]) miljoner", t=Y24, s=SKG, sp=None, note="'Uppgifter inom parentes avser 2024'; the scale after the bracket applies"),
        G("86 procent", 86, "percent", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("6 procent", 6, "percent", ctx="med [6 procent]", **L25, direction="decrease", s=("Avverkningen", "Avverkningen"), sp=None),
        G("4,16", 4.16e6, "m3", ctx="uppgick till [4,16] (4,35)", **L25, s=LV, sp=None),
        G("4,35", 4.35e6, "m3", ctx="4,16 ([4,35]) miljoner", t=Y24, s=LV, sp=None),
        G("1,32", 1.32e6, "m3", ctx="varav [1,32] (1,33)", **L25, s=None, sp=None, note="'varav ... köptes in': the figure is the grammatical subject"),
        G("1,33", 1.33e6, "m3", ctx="1,32 ([1,33]) miljoner", t=Y24, s=None, sp=None),
        G("54 procent", 54, "percent", **L25, s=("Massaveden", "Massaveden"), sp=None),
        G("41 procent", 41, "percent", **L25, s=("sågtimret", "sågtimret"), sp=None),
        G("11 procent", 11, "percent", **L25, direction="increase", s=PS, sp=None),
        G("812 kronor", 812, "SEK", per="m3", **L25, direction="increase", s=PS, sp=None, note="'per kubikmeter fast under bark'"),
        G("468", 468, "SEK", ctx="till [468] (476)", per="m3", **L25, direction="decrease", s=MP, sp=None, note="'sjönk något, till'"),
        G("476", 476, "SEK", ctx="468 ([476]) kronor", per="m3", t=Y24, s=MP, sp=None),
        G("3 947", 3947e6, "SEK", ctx="blev [3 947] (3 862)", **L25, s=("Nettoomsättningen", "Nettoomsättningen"), sp=None),
        G("3 862", 3862e6, "SEK", ctx="3 947 ([3 862]) Mkr", t=Y24, s=("Nettoomsättningen", "Nettoomsättningen"), sp=None),
        G("1 128", 1128e6, "SEK", ctx="rörelseresultatet [1 128] (1 244)", **L25, s=("rörelseresultatet", "rörelseresultatet"), sp=None),
        G("1 244", 1244e6, "SEK", ctx="1 128 ([1 244]) Mkr", t=Y24, s=("rörelseresultatet", "rörelseresultatet"), sp=None),
        G("28,6", 28.6, "percent", ctx="sjönk till [28,6] (32,2)", **L25, direction="decrease", s=("Rörelsemarginalen", "Rörelsemarginalen"), sp=None),
        G("32,2", 32.2, "percent", ctx="28,6 ([32,2]) procent", t=Y24, s=("Rörelsemarginalen", "Rörelsemarginalen"), sp=None),
        G("1 460 Mkr", 1460e6, "SEK", **L25, direction="increase", s=VB, sp=None, note="'skrevs upp med'"),
        G("41,3 miljarder kronor", 41.3e9, "SEK", **L25, direction="increase", s=VB, sp=None, note="to-value"),
        G("9,4 procent", 9.4, "percent", **L25, s=None, sp=None, note="the figure is the grammatical subject"),
        G("3,1 procent", 3.1, "percent", **L25, s=None, sp=None),
        G("24,5", 24.5e6, "count", ctx="planterades [24,5] (23,8)", t=Y25, s=("plantor", "plantor"), sp=None, note="'Under 2025'"),
        G("23,8", 23.8e6, "count", ctx="24,5 ([23,8]) miljoner", t=Y24, s=("plantor", "plantor"), sp=None),
        G("97 procent", 97, "percent", **L25, s=None, sp=None),
        G("tre år", 3, "year", optional=True, s=None, sp=None, note="'vid uppföljningen tre år efter plantering' defines the metric"),
        G("3,9 miljoner ton", 3.9e6, "tonne", **L25, s=("Koldioxidupptaget i bolagets skogar", "Koldioxidupptaget"), sp=None),
        G("ungefär fem gånger", 5, "number", bound="approx", optional=True, s=None, sp=None, note="a multiplier, comparison at one time"),
        G("486", 486, "count", ctx="var [486] (472)", **L25, s=("Medelantalet anställda", "Medelantalet"), sp=None),
        G("472", 472, "count", ctx="486 ([472]),", t=Y24, s=("Medelantalet anställda", "Medelantalet"), sp=None),
        G("23 procent", 23, "percent", **L25, s=None, sp=None, note="'varav ... kvinnor': elided"),
        G("3,4", 3.4, "percent", ctx="uppgick till [3,4] (3,9)", **L25, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("3,9", 3.9, "percent", ctx="3,4 ([3,9]) procent", t=Y24, s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None),
        G("11", 11, "count", ctx="steg till [11] (7)", **L25, direction="increase", s=("antalet olyckor med frånvaro", "antalet"), sp=None),
        G("7", 7, "count", ctx="11 ([7])", t=Y24, s=("antalet olyckor med frånvaro", "antalet"), sp=None),
        G("780", 780e6, "SEK", ctx="utdelning på [780] (820)", **L25, s=("en utdelning", "utdelning"), sp=None, note="the dividend for 2025; the board is the company's own organ"),
        G("820", 820e6, "SEK", ctx="780 ([820]) Mkr", t=Y24, s=("en utdelning", "utdelning"), sp=None),
    ]
    NEG["r18_b_skogsbolag_arsredovisning"] = [
        N("Årsredovisning 2025", note="title"), N("5 mars 2026"), N("2024", ctx="avser [2024].", note="the bracket note"),
        N("50 år", note="'om 50 år' is a time"), N("2025", ctx="Under [2025] planterades"), N("556712-4403"),
        N("Skeppsbron 4"), N("871 31"),
    ]
    return GOLD, NEG
