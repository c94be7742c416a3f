"""Round 41, part B (r41_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 41, part B (r41_b_*): eight kinds, written from scratch (r41_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# a listed forestry company's interim report January-September 2026 (dateline 'Sundbacka den 23 oktober 2026'; 'Siffror
# inom parentes avser motsvarande period föregående år'; net sales, EBITDA in MSEK, harvested volume in m³fub, the CEO's
# quote; plain-text table 'NYCKELTAL, MSEK OM INTE ANNAT ANGES' 'Kv 3 2026' / 'Kv 3 2025' / 'Jan–sep 2026' / 'Jan–sep
# 2025'), a statistics office's industrial production index for September 2026 (Markdown, 'Publicerad 9 november 2026';
# Markdown table 'Index' / '1 mån, %' / '12 mån, %' with a bold total row, caption 'september 2026 (2021 = 100)'), a
# municipality's parental-benefit and childcare report 2025 ('Publicerad 14 april 2026'), a TT article on electricity
# prices in October 2026 ('Publicerad 2 november 2026 kl. 07.15'; öre per kWh by price area, fact-box table 'Okt 2026' /
# 'Sep 2026' / 'Okt 2025' / 'Förändring sep–okt, %'), an UNDATED sports federation page (HTML, no date, no sidecar;
# members, clubs, courts per 100 000 invånare, kronor per medlem, Norway, 2019, first-person goals), a regional bus
# company's ridership for October dated only by its sidecar (2026-11-10; plain-text table 'Oktober 2026' / 'Oktober 2025'
# / 'Förändring, %' by line), a hospital region's emergency-care report 2025 (Markdown, 'Publicerad 19 mars 2026';
# Markdown table 'Besök 2025' / 'Besök 2024' / 'Förändring, %' / 'Median till läkare, min' / 'Klara inom 4 h, %' with a
# bold total row), and a municipal waste company's household-waste report 2025 ('Publicerad 28 maj 2026'; plain-text
# table 'HUSHÅLLSAVFALL PER AVFALLSSLAG, TON' '2025' / '2024' / 'Förändring, %').
# The r8-r40 decisions are followed (headers of gold_r28_a.py, gold_r39_a.py, gold_r40_b.py): year grain; relative
# expressions in the sentence ('förra året', 'i fjol', 'årets', 'sedan årsskiftet') resolve and are not lenient; a month,
# quarter or season without a year, 'ett år tidigare', 'året innan', 'för ett år sedan', 'i dag', present tense, a
# heading's, caption's or the document's period are lenient; brackets lenient on the period the bracket note names; a
# level followed by ', jämfört med' / ', mot' / ', att jämföra med' (an earlier time), 'vilket är X mer än' (an earlier
# time) or 'Det är X mindre/mer' is the new value after a change; from-values and comparisons at one time (another
# region, the country, the county, another sport average, Germany, Norway) have no direction; multipliers, definitions,
# thresholds, rules, samples, worked-example inputs and the set a text names optional; standing targets without a year
# no period, 'senast 2030' / 'till 2028' targets (None, year) lenient; table cells take their column headers' periods
# (explicit), a caption's period lenient, change columns their direction from the sign (lenient on the later period);
# category rows take the caption's or column's measure as subject, measure rows their own label; 'X procent av Y' / 'X
# av Y' take Y; 'X står för Y' takes X; a quote credits every figure in it; 'enligt X' enligt; 'X konstaterar att'
# credited; 'Målet är' / 'Kommunens mål' / 'Bolaget har som mål' (third person) no speaker; first-person 'Vi vill' on the
# UNDATED page: speaker the organisation, source publisher; pronouns, 'Det', 'vilket', elided nouns and a bare 'jämfört
# med N' s None; the UNDATED text has no period except where the sentence writes a year.
# per: 'per invånare' / 'per 100 000 invånare' / 'per 1 000 invånare' / 'dagar per försäkrad förälder' = "capita" (value
# as written; the settled convention), 'per aktie' "share", 'i månaden' "month", 'per år' "year", 'per dag' / 'per dygn'
# "day", 'per kilowattimme' / 'öre/kWh' "kWh" (öre as SEK x0.01), 'per m³fub' "m3", 'i veckan' "week", 'per medlem'
# "member", 'per hushåll' "household", 'per årsarbetare' "employee", 'per natt' "night", 'En timmes banhyra' "hour".
# Where those were silent, decided here:
# - New per value: 'per barn' / 'per inskrivet barn' per="child" (no existing value fits: 'pupil' is a school pupil).
# - Units: 'm³fub' and 'kubikmeter' unit "m3"; 'tusen m³fub' x1000; 'kilo' "kg".
# - Forestry (dateline 2026-10-23): bullets under 'TREDJE KVARTALET 2026' / 'PERIODEN JANUARI–SEPTEMBER 2026' 2026
#   lenient, brackets 2025 lenient; 'minskade med 4 procent till 1 846 (1 923)' 4 and 1 846 decrease, the bracket none.
#   '18,4 (17,9) miljarder kronor per den 30 september' 2026 lenient / 2025 lenient. The CEO's 'föll med 6–8 procent
#   jämfört med andra kvartalet' decrease; 'räknar med att nå drygt 2 miljoner m³fub för helåret' 2026 lenient, no
#   direction, s 'avverkningen i egen skog'. 'Halvarsson konstaterar att ... knappt 190 GWh' credited, s None (the
#   clause names only the actor). '712 kronor per m³fub ..., jämfört med 688 kronor ett år tidigare' 712 increase, 688
#   2025 lenient s None; '544 kronor ..., vilket är 9 procent mer än tredje kvartalet 2025' both increase. 'soliditeten
#   var 58 procent (61)' bracket 2025 lenient. 'minst 10 procent' a standing target (no period, no speaker); 'i dag är
#   andelen 11,6 procent' 2026 lenient. '40 000 kubikmeter per år' a planned capacity rise: increase, no period.
#   Table: rows are measures; no change column; 'tusen m³fub' x1000.
# - Industrial production (published 2026-11-09): 'i september 2026' explicit; the other September, Q3 and quote
#   figures 2026 lenient. 'Jämfört med september 2025 steg produktionen med 2,7 procent' 2026 lenient (the sentence
#   names only the baseline). 'var 0,6 procent högre än under andra kvartalet' increase (an earlier time). The
#   statistician's 'tredje månaden i rad' an ordinal claim (3), required. 'låg 4,8 procent lägre än ett år tidigare'
#   decrease, s the coordinated subject. 'Jämfört med september förra året var orderingången 3–4 procent högre' range,
#   increase; 'knappt 10 procent lägre' decrease s None ('den'). '86,4 procent ..., att jämföra med 85,1 procent under
#   andra kvartalet' 86,4 increase. Sample 'omkring 2 300 arbetsställen' and threshold 'minst 20 anställda' optional;
#   'Svarsfrekvensen var 91 procent' required (as r28_a). Table: caption 'september 2026' lenient on every column;
#   'Index' unit number; '1 mån, %' and '12 mån, %' signed (an unsigned positive change is an increase); rows are
#   industries: s the caption's 'Industrins produktionsindex'; bold total row by ctx. The index base '2021 = 100', the
#   column labels '1 mån' / '12 mån' and the footnote's are N.
# - Parental benefit (published 2026-04-14; report year 2025): 'under 2025' explicit, 'under året' and the rest 2025
#   lenient, 'året innan' 2024 lenient. '412 600 dagar' unit day, decrease ('en minskning med 2,1 procent jämfört med
#   2024'). '1 046 barn ..., mot 1 112 året innan' 1 046 decrease. 'Papporna tog ut 31,4 procent av
#   föräldrapenningdagarna, en ökning från 29,8 procent 2024' 31,4 increase (takes Y), 29,8 from-value s None; county and
#   country one time; '23,5 procent' 2015 explicit. 'Drygt var femte pappa' ratio approx 0.2. '394 dagar per barn' per
#   child; 'under barnets första två år' a span defining the metric (N). '7,2 dagar per försäkrad förälder' capita, s
#   None ('vilket'); the county's '7,6 dagar' one time, capita carried. '1 013 kronor per uttagen dag, jämfört med 978
#   kronor 2024' per day, 1 013 increase s None ('vilket'). 'Högst 60 sådana dagar får tas ut per barn' a rule: optional.
#   The chair's 'minst 35 procent till 2028' (None,'2028') lenient, no direction. 'I oktober 2025 var 3 284 barn
#   inskrivna ..., 58 färre än ett år tidigare' explicit, both decrease. '87 procent ..., jämfört med 86 procent i
#   riket' one time. '5,1' children per årsarbetare per employee. '162 400 kronor per inskrivet barn, knappt 4 procent
#   lägre än länsgenomsnittet på 168 900 kronor' one time, per child carried. 'mellan 8 och 12 barn' per night. 'Enligt
#   skollagen ... inom fyra månader' optional rule, at_most, enligt. 'Under hösten 2025 fick samtliga 412 sökande barn'
#   explicit; '91 procent' s None (elided). Age band '1–5 år' N.
# - Electricity (TT, published 2026-11-02): 'i oktober', 'i september', 'just nu' 2026 lenient; 'i oktober 2025' 2025
#   explicit; 'för ett år sedan' 2025 lenient. 'enligt Nord Pool' enligt for its own sentence only. '108,4 öre ... Det
#   är 41 procent mer än i september och drygt dubbelt så mycket som i oktober 2025' 108,4 and 41 increase, 'drygt
#   dubbelt så mycket' an optional multiplier (increase). 'steg priset till 86,2 öre, från 63,5 öre' 86,2 increase,
#   63,5 from-value s None. Germany against Malmö one time ('omkring 13 öre högre' per kWh carried). Worked example:
#   consumption inputs '2 000' / '200 kilowattimmar i månaden' optional; results 'omkring 4 300 kronor i månaden' and
#   'drygt 520 kronor i månaden' required, 2026 lenient ('oktoberpriserna'); 'ungefär 1 400 kronor mer än för ett år
#   sedan' increase, per month carried, s None. 'Ett fast elpris på ett år' the contract length: optional definition.
#   '29 procent, från 24 procent för ett år sedan' 29 increase, 24 from-value 2025 lenient. 'sedan årsskiftet' 2026
#   explicit, increase, enligt. The analyst's '90–130 öre ... under december–februari' the coming winter
#   ('2026','2027') lenient, quote. Fact box: 'Okt 2026' / 'Sep 2026' / 'Okt 2025' explicit; change column 2026
#   lenient signed; 'öre/kWh' SEK x0.01 per kWh; rows are price areas: s the caption's 'Medelpris per elområde'. Price
#   area numbers ('elområde 4', 'SE1') are names (N); times of day N.
# - Padel (UNDATED HTML, no sidecar): no period except 'År 2019' (explicit) and the multiplier ('2019', None);
#   'förra året', 'i dag', 'sedan toppen' do not resolve. 'ungefär sju gånger så stort' optional multiplier, increase.
#   'hälften av föreningarna har färre än 150 medlemmar' both required (a distribution claim, not a rule): hälften ratio
#   takes Y, 150 less_than. 'spelare under 18 år' optional definition. '39 banor per 100 000 invånare' capita, value as
#   written; Norway one time. 'minskat med mellan 10 och 15 procent' decrease. 'En timmes banhyra ... 420 kronor'
#   per hour, 'En timmes' optional (defines the rate). '350 kronor per år för seniorer och 150 kronor för juniorer' 150
#   per year carried, s None. 'mindre än hälften så många' an optional multiplier (ratio, less_than). '14 medlemmar per
#   1 000 invånare i Sverige mot 11 i Norge' one time, capita. 'Vi vill ... från 19 000 till 30 000' 19 000 from-value,
#   30 000 increase, 'minst 40 procent', 'minst 300 nya banor' at_least; all first-person: publisher.
# - Bus (sidecar 2026-11-10; the text names only 'oktober'): 'I oktober' 2026 lenient; 'oktober 2025' / 'i oktober
#   förra året' 2025 explicit; 'ett år tidigare' 2025 lenient. 'Stadstrafiken ... stod för 61 procent av resorna' s
#   'Stadstrafiken i Mälby'. 'knappt 7 000 resor per dag' per day. 'högst tre minuter efter tidtabell' optional
#   definition. '88,6 procent ..., mot 90,1 procent' 88,6 decrease. 'Målet är minst 92 procent' standing target, no period,
#   s None. The traffic chief's 'fem extra bussar' 2026 lenient, quote. 'ökade med 3,1 procent till 41 250' both
#   increase. 'Under årets första tio månader' 2026 explicit ('tio månader' a span: N). 'Målet för helåret är 16,8
#   miljoner resor' 2026 lenient. 'Under höstlovet ... drygt 29 000 resor, vilket var 11 procent fler än under höstlovet
#   2025' both increase, 2026 lenient. 'omkring 40 procent av bussarna' optional (method). Table: 'Oktober 2026' /
#   'Oktober 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are lines: s the caption's 'RESOR'. Line numbers
#   ('Linje 2', 'expresslinje 100', the table's line column) and '30-dagarsbiljett' are names (N).
# - Emergency care (Markdown, published 2026-03-19; report year 2025): 'Under 2025' explicit, the rest 2025 lenient,
#   'året innan' 2024 lenient, '2024' explicit. '412 besök per 1 000 invånare' capita, value as written; the national
#   average one time. '68 minuter, jämfört med 74 minuter året innan' 68 decrease; '3,7 timmar, att jämföra med 3,9
#   timmar 2024' 3,7 decrease. 'inom fyra timmar' optional threshold (at_most) each time; the national target 'att 90
#   procent av patienterna' no period, takes Y. 'var fjärde patient fick vänta mer än två timmar' ratio 0.25 required,
#   'två timmar' optional threshold; 'för tredje året i rad' an ordinal claim (3), required, s None. 'Patienter som är
#   80 år eller äldre stod för 14 procent ... nästan en fjärdedel' X står för; '80 år' optional threshold. 'i genomsnitt
#   23 patienter per dygn' per day. The chief physician's 'kortat ... med sex minuter' decrease, quote. 'Regionen har
#   avsatt 42 miljoner kronor för 2026 för att öppna 28 nya vårdplatser' both 2026 explicit, s the goal, no speaker
#   (third person). '298 000 samtal ..., 2 procent färre än 2024' both decrease. 'Mellan 35 och 40 procent av samtalen'
#   range takes Y. Table: 'Besök 2025' / 'Besök 2024' explicit, 'Förändring, %' 2025 lenient signed, the median and
#   share columns 2025 lenient (caption); rows are hospitals: s the column measures; bold total row by ctx. '1177' (the
#   service's name), 'Tabell 2', '4 h' in a header, and the denominators '1 000' are N.
# - Waste (published 2026-05-28; report year 2025): 'under 2025' explicit, the rest 2025 lenient, 'året innan' 2024
#   lenient. '421 kilo per invånare. Det är 12 kilo mindre per invånare än 2024 och 18 kilo under riksgenomsnittet' 421
#   and 12 decrease, 18 one time (capita carried), 421 s None ('vilket motsvarar'). '44,3 procent, jämfört med 41,8
#   procent året innan' 44,3 increase. 'minst 55 procent senast 2030' (None,'2030') lenient, no speaker. 'restavfallet,
#   som minskade med 720 ton' decrease; 'Matavfallet ökade med drygt 11 procent' increase. 'omkring 1 900' (households
#   with compost, present tense) 2026 lenient. Sample '1 200 kilo' optional; '28 procent' ('i oktober') 2025 lenient;
#   'ungefär var tionde kilo' ratio 0.1 approx. The quote's 'mer än var tredje kilo' ratio 1/3 more_than, 2026 lenient
#   (present). 'tre återvinningscentraler' the set: optional. '5,5 besök per hushåll' per household. '3,3 kilo per
#   invånare, jämfört med 2,6 kilo i länet' one time. '2 940 kronor per år' 2025 lenient; 'höjs med 4 procent från den
#   1 januari 2026' 2026 explicit increase. 'Under 2025 hämtades avfall från 24 600 kärl i veckan' explicit, per week.
#   'målet om högst 0,5 procent' standing target, at_most, no period. 'varannan vecka' (emptying frequency in the fee's
#   definition) N. Table: '2025' / '2024' explicit, 'Förändring, %' 2025 lenient signed, 'TON'; rows are waste types: s
#   the caption's 'HUSHÅLLSAVFALL'.
# - Negatives: datelines and Publicerad lines, titles', headings', captions' and column headers' periods, years and
#   dates that only place a claim or a baseline, next-report and report dates, index bases, table numbers, age bands,
#   period spans ('tio månader', 'två år', '1 mån'), names with digits (price areas, bus lines, '1177', '30-dagarsbiljett'),
#   rate denominators, times of day, opening hours, phone numbers, box numbers, postal codes, org numbers.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y = {y: (y, y) for y in ("2015", "2019", "2024", "2025", "2026")}
    Y15, Y19, Y24, Y25, Y26 = (Y[y] for y in ("2015", "2019", "2024", "2025", "2026"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    F, T = False, True
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. forestry interim report Jan-Sep 2026 (dateline 23 oktober 2026)
    IH = ("Ingrid Halvarsson", "quote")
    NS = ("Nettoomsättningen", "Nettoomsättningen")
    EB = ("EBITDA", "EBITDA")
    EM = ("en EBITDA-marginal", "EBITDA-marginal")
    AV = ("Avverkad volym i egen skog", "volym")
    RPA = ("Resultat per aktie", "Resultat")
    VV = ("Det verkliga värdet på skogstillgångarna", "värdet")
    sc = lambda u, sc_, per=None: [(u, sc_, per, Y26, F, F), (u, sc_, per, Y25, F, F), (u, sc_, per, Y26, F, F), (u, sc_, per, Y25, F, F)]
    GOLD["r41_b_skog_delar"] = [
        G("4 procent", 4, "percent", ctx="minskade med [4 procent] till", **L26, direction=DEC, s=NS, sp=None, note="bullets under 'TREDJE KVARTALET 2026' (heading: lenient)"),
        G("1 846", 1846e6, "SEK", ctx="till [1 846] (1 923)", **L26, direction=DEC, s=NS, sp=None),
        G("1 923", 1923e6, "SEK", ctx="1 846 ([1 923]) MSEK", **L25, s=NS, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("312", 312e6, "SEK", ctx="uppgick till [312] (368)", **L26, s=EB, sp=None),
        G("368", 368e6, "SEK", ctx="312 ([368]) MSEK", **L25, s=EB, sp=None),
        G("16,9", 16.9, "percent", ctx="EBITDA-marginal på [16,9] (19,1)", **L26, s=EM, sp=None),
        G("19,1", 19.1, "percent", ctx="16,9 ([19,1]) procent", **L25, s=EM, sp=None),
        G("482 000", 482000, "m3", ctx="till [482 000] (455 000)", **L26, s=AV, sp=None),
        G("455 000", 455000, "m3", ctx="482 000 ([455 000]) m³fub", **L25, s=AV, sp=None),
        G("0,94", 0.94, "SEK", per="share", ctx="till [0,94] (1,21)", **L26, s=RPA, sp=None),
        G("1,21", 1.21, "SEK", per="share", ctx="0,94 ([1,21]) kronor", **L25, s=RPA, sp=None),
        G("2 procent", 2, "percent", ctx="ökade med [2 procent] till", **L26, direction=INC, s=NS, sp=None, note="bullets under 'PERIODEN JANUARI–SEPTEMBER 2026'"),
        G("5 874", 5874e6, "SEK", ctx="till [5 874] (5 761)", **L26, direction=INC, s=NS, sp=None),
        G("5 761", 5761e6, "SEK", ctx="5 874 ([5 761]) MSEK", **L25, s=NS, sp=None),
        G("1 062", 1062e6, "SEK", ctx="till [1 062] (1 115)", **L26, s=EB, sp=None),
        G("1 115", 1115e6, "SEK", ctx="1 062 ([1 115]) MSEK", **L25, s=EB, sp=None),
        G("1 512 000", 1512000, "m3", ctx="till [1 512 000] (1 468 000)", **L26, s=AV, sp=None),
        G("1 468 000", 1468000, "m3", ctx="1 512 000 ([1 468 000]) m³fub", **L25, s=AV, sp=None),
        G("18,4", 18.4e9, "SEK", ctx="till [18,4] (17,9)", **L26, s=VV, sp=None, note="'per den 30 september'"),
        G("17,9", 17.9e9, "SEK", ctx="18,4 ([17,9]) miljarder", **L25, s=VV, sp=None),
        G("6–8 procent", None, "percent", low=6, high=8, **L26, direction=DEC, s=("priserna", "priserna"), sp=IH, note="'föll med ... jämfört med andra kvartalet'"),
        G("drygt 2 miljoner m³fub", 2e6, "m3", bound="approx", **L26, s=("avverkningen i egen skog", "avverkningen"), sp=IH, note="'räknar med att nå ... för helåret'"),
        G("knappt 190 GWh", 190, "GWh", bound="approx", **L26, s=None, sp=("Halvarsson", "credited"), note="'Halvarsson konstaterar att'"),
        G("712 kronor", 712, "SEK", per="m3", **L26, direction=INC, s=("Granmos genomsnittliga pris för sågtimmer", "pris"), sp=None, note="', jämfört med 688 kronor ett år tidigare'"),
        G("688 kronor", 688, "SEK", per="m3", **L25, s=None, sp=None),
        G("544 kronor", 544, "SEK", per="m3", **L26, direction=INC, s=("massaved", "massaved"), sp=None),
        G("9 procent", 9, "percent", ctx="vilket är [9 procent] mer", **L26, direction=INC, s=None, sp=None),
        G("236 000 kubikmeter", 236000, "m3", **L26, direction=DEC, s=("Leveranserna av sågade trävaror", "Leveranserna"), sp=None),
        G("3 procent", 3, "percent", ctx="minskning med [3 procent]", **L26, direction=DEC, s=("Leveranserna av sågade trävaror", "Leveranserna"), sp=None),
        G("tre veckor", 3, "week", **L26, s=("Sågverket i Lövnäs", "Sågverket"), sp=None),
        G("145 MSEK", 145e6, "SEK", **L26, s=("Investeringen", "Investeringen"), sp=None),
        G("40 000 kubikmeter", 40000, "m3", per="year", direction=INC, s=("kapaciteten", "kapaciteten"), sp=None, note="planned capacity rise: no period"),
        *_row(G, "Nettoomsättning", ["1 846", "1 923", "5 874", "5 761"], sc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL, MSEK': column periods explicit; rows are measures"),
        *_row(G, "EBITDA", ["312", "368", "1 062", "1 115"], sc("SEK", 1e6), ("EBITDA", "EBITDA")),
        *_row(G, "EBITDA-marginal, %", ["16,9", "19,1", "18,1", "19,4"], sc("percent", 1), ("EBITDA-marginal", "EBITDA-marginal")),
        *_row(G, "Avverkad volym, tusen m³fub", ["482", "455", "1 512", "1 468"], sc("m3", 1e3), ("Avverkad volym", "volym")),
        *_row(G, "Resultat per aktie, kr", ["0,94", "1,21", "3,38", "3,52"], sc("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
        G("3 410 MSEK", 3410e6, "SEK", **L26, s=("Nettoskulden", "Nettoskulden"), sp=None),
        G("58 procent", 58, "percent", **L26, s=("soliditeten", "soliditeten"), sp=None),
        G("61", 61, "percent", ctx="58 procent ([61])", **L25, s=("soliditeten", "soliditeten"), sp=None),
        G("1 128", 1128, "count", **L26, s=("Antalet anställda", "Antalet"), sp=None),
        G("drygt 11 miljoner plantor", 11e6, "count", bound="approx", **L26, s=("plantor", "plantor"), sp=None),
        G("minst 10 procent", 10, "percent", bound="at_least", s=("den produktiva skogsmarken", "skogsmarken"), sp=None, note="standing target"),
        G("11,6 procent", 11.6, "percent", **L26, s=("andelen", "andelen"), sp=None),
    ]
    NEG["r41_b_skog_delar"] = [
        N("JANUARI–SEPTEMBER 2026", occ=1, note="title"), N("23 oktober 2026", note="dateline"),
        N("2026", ctx="KVARTALET [2026]", note="heading"), N("JANUARI–SEPTEMBER 2026", occ=2, note="heading"),
        N("30 september"), N("2025", ctx="tredje kvartalet [2025]"),
        N("Kv 3 2026", note="column header"), N("Kv 3 2025", note="column header"), N("Jan–sep 2026", note="column header"),
        N("Jan–sep 2025", note="column header"), N("2026", ctx="Bokslutskommuniké [2026]"), N("5 februari 2027"),
        N("060-77 12 40"), N("556492-3817", note="org number"),
    ]

    # ------------------------------------------------------------ 2. industrial production September 2026 (Markdown, Publicerad 9 november 2026)
    KA = ("Karin Åberg", "quote")
    PI = ("Industrins produktionsindex", "produktionsindex")
    PR = ("produktionen", "produktionen")
    ic = [("number", 1, None, Y26, T, F), ("percent", 1, None, Y26, T, T), ("percent", 1, None, Y26, T, T)]
    GOLD["r41_b_industriproduktion_sep"] = [
        G("1,4 procent", 1.4, "percent", t=Y26, direction=INC, s=("Industriproduktionen", "Industriproduktionen"), sp=None, note="'i september 2026'"),
        G("2,7 procent", 2.7, "percent", **L26, direction=INC, s=PR, sp=None, note="the sentence names only the baseline"),
        G("0,6 procent", 0.6, "percent", **L26, direction=INC, s=PR, sp=None, note="'högre än under andra kvartalet'"),
        G("5,2 procent", 5.2, "percent", ctx="steg med [5,2 procent]", **L26, direction=INC, s=PR, sp=None),
        G("3,1 procent", 3.1, "percent", ctx="med [3,1 procent],", **L26, direction=INC, s=("läkemedelsindustrin", "läkemedelsindustrin"), sp=None),
        G("2,4 procent", 2.4, "percent", ctx="minskade med [2,4 procent]", **L26, direction=DEC, s=("trävaruindustrin", "trävaruindustrin"), sp=None),
        G("tredje", 3, "ordinal", kind="ordinal", ctx="Det är [tredje] månaden", **L26, s=None, sp=KA, note="'tredje månaden i rad'"),
        G("1,6 procent", 1.6, "percent", **L26, direction=INC, s=("Produktionen inom tillverkningsindustrin", "Produktionen"), sp=None),
        G("0,8 procent", 0.8, "percent", ctx="minskade med [0,8 procent]", **L26, direction=DEC, s=("produktionen inom el-, gas- och värmeverk", "produktionen"), sp=None),
        G("1,1 procent", 1.1, "percent", **L26, direction=DEC, s=("Produktionen inom byggindustrin", "Produktionen"), sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction=DEC, s=("Produktionen inom byggindustrin", "Produktionen"), sp=None, note="'låg ... lägre än ett år tidigare'"),
        *_row(G, "| Gruvor och mineralutvinning", ["104,2", "0,1", "1,8"], ic, PI, sep=" | ", note="table: caption 'september 2026' lenient; change columns signed; rows are industries"),
        *_row(G, "| Livsmedel", ["98,7", "−0,3", "−1,2"], ic, PI, sep=" | "),
        *_row(G, "| Trävaror", ["91,5", "−2,4", "−4,6"], ic, PI, sep=" | "),
        *_row(G, "| Massa och papper", ["95,3", "0,9", "−0,7"], ic, PI, sep=" | "),
        *_row(G, "| Läkemedel", ["121,8", "3,1", "6,4"], ic, PI, sep=" | "),
        *_row(G, "| Motorfordon", ["112,6", "5,2", "8,9"], ic, PI, sep=" | "),
        *_row(G, "| El-, gas- och värmeverk", ["97,4", "−0,8", "1,5"], ic, PI, sep=" | "),
        G("106,3", 106.3, "number", ctx="**[106,3]**", **L26, s=PI, sp=None, note="bold total row"),
        G("1,4", 1.4, "percent", ctx="**[1,4]**", **L26, direction=INC, s=PI, sp=None),
        G("2,7", 2.7, "percent", ctx="**[2,7]**", **L26, direction=INC, s=PI, sp=None),
        G("0,9 procent", 0.9, "percent", **L26, direction=DEC, s=("Orderingången i industrin", "Orderingången"), sp=None),
        G("1,2 procent", 1.2, "percent", **L26, direction=INC, s=("Hemmamarknadsordrarna", "Hemmamarknadsordrarna"), sp=None),
        G("2,3 procent", 2.3, "percent", **L26, direction=DEC, s=("exportordrarna", "exportordrarna"), sp=None),
        G("3–4 procent", None, "percent", low=3, high=4, **L26, direction=INC, s=("orderingången", "orderingången"), sp=None, note="'Jämfört med september förra året ... högre'"),
        G("knappt 10 procent", 10, "percent", bound="approx", **L26, direction=DEC, s=None, sp=None, note="'den'"),
        G("86,4 procent", 86.4, "percent", **L26, direction=INC, s=("Kapacitetsutnyttjandet i tillverkningsindustrin", "Kapacitetsutnyttjandet"), sp=None),
        G("85,1 procent", 85.1, "percent", **L26, s=None, sp=None),
        G("omkring 2 300 arbetsställen", 2300, "count", bound="approx", optional=True, s=("arbetsställen", "arbetsställen"), sp=None, note="sample"),
        G("minst 20 anställda", 20, "count", bound="at_least", optional=True, s=("anställda", "anställda"), sp=None, note="threshold"),
        G("91 procent", 91, "percent", **L26, s=("Svarsfrekvensen", "Svarsfrekvensen"), sp=None),
    ]
    NEG["r41_b_industriproduktion_sep"] = [
        N("9 november 2026", note="Publicerad"), N("september 2026", ctx="i [september 2026] jämfört"),
        N("september 2025"), N("1", ctx="Tabell [1].", note="table number"),
        N("september 2026", ctx="produktionsindex, [september 2026]", note="caption"), N("2021", ctx="([2021] = 100)", note="index base"),
        N("100", ctx="2021 = [100])", note="index base"), N("1", ctx="| [1] mån, %", note="column header"),
        N("12", ctx="| [12] mån, %", note="column header"), N("1", ctx="[1] mån: säsongrensad", note="footnote"),
        N("12", ctx="[12] mån: kalenderjusterad", note="footnote"), N("8 december 2026"), N("08.00", note="time of day"),
        N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. parental benefit and childcare 2025 (Publicerad 14 april 2026)
    MF = ("Malin Forsgren", "quote")
    DF = ("dagar med föräldrapenning", "dagar")
    BA = ("barn", "barn")
    GOLD["r41_b_foraldrapenning_2025"] = [
        G("412 600 dagar", 412600, "day", t=Y25, direction=DEC, s=DF, sp=None),
        G("2,1 procent", 2.1, "percent", t=Y25, direction=DEC, s=DF, sp=None),
        G("1 046 barn", 1046, "count", **L25, direction=DEC, s=BA, sp=None, note="', mot 1 112 året innan'"),
        G("1 112", 1112, "count", **L24, s=None, sp=None),
        G("31,4 procent", 31.4, "percent", **L25, direction=INC, s=("föräldrapenningdagarna", "föräldrapenningdagarna"), sp=None),
        G("29,8 procent", 29.8, "percent", t=Y24, s=None, sp=None, note="from-value"),
        G("33,0 procent", 33.0, "percent", **L25, s=("Länsgenomsnittet", "Länsgenomsnittet"), sp=None),
        G("31,9 procent", 31.9, "percent", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None),
        G("23,5 procent", 23.5, "percent", t=Y15, s=None, sp=None, note="'sedan 2015, då den låg på'"),
        G("Drygt var femte pappa", 0.2, "ratio", bound="approx", **L25, s=("pappa", "pappa"), sp=None),
        G("394 dagar", 394, "day", per="child", **L25, s=("dagar", "dagar"), sp=None),
        G("71 800 dagar", 71800, "day", **L25, s=("Den tillfälliga föräldrapenningen", "föräldrapenningen"), sp=None),
        G("7,2 dagar", 7.2, "day", per="capita", **L25, s=None, sp=None, note="'per försäkrad förälder'"),
        G("7,6 dagar", 7.6, "day", per="capita", **L25, s=("snittet", "snittet"), sp=None, note="the county: one time"),
        G("418 miljoner kronor", 418e6, "SEK", **L25, s=("Utbetald föräldrapenning", "föräldrapenning"), sp=None),
        G("1 013 kronor", 1013, "SEK", per="day", **L25, direction=INC, s=None, sp=None, note="', jämfört med 978 kronor 2024'"),
        G("978 kronor", 978, "SEK", per="day", t=Y24, s=None, sp=None),
        G("12 procent", 12, "percent", **L25, s=("de uttagna dagarna", "dagarna"), sp=None),
        G("Högst 60", 60, "day", bound="at_most", per="child", optional=True, s=("sådana dagar", "dagar"), sp=None, note="rule"),
        G("minst 35 procent", 35, "percent", bound="at_least", t=(None, "2028"), lenient=True, s=None, sp=MF, note="target 'till 2028'"),
        G("3 284 barn", 3284, "count", t=Y25, direction=DEC, s=BA, sp=None, note="'I oktober 2025'"),
        G("58", 58, "count", ctx="[58] färre", t=Y25, direction=DEC, s=None, sp=None),
        G("87 procent", 87, "percent", **L25, s=("barnen i åldern 1–5 år", "barnen"), sp=None),
        G("86 procent", 86, "percent", **L25, s=None, sp=None, note="the country: one time"),
        G("15,2 barn", 15.2, "count", **L25, s=("Den genomsnittliga barngruppen", "barngruppen"), sp=None),
        G("5,1", 5.1, "count", per="employee", ctx="var [5,1].", **L25, s=("antalet barn per årsarbetare", "antalet"), sp=None),
        G("162 400 kronor", 162400, "SEK", per="child", **L25, s=("Kommunens kostnad för förskolan", "kostnad"), sp=None),
        G("knappt 4 procent", 4, "percent", bound="approx", **L25, s=None, sp=None, note="against the county average: one time"),
        G("168 900 kronor", 168900, "SEK", per="child", **L25, s=("länsgenomsnittet", "länsgenomsnittet"), sp=None),
        G("1 688 kronor", 1688, "SEK", per="month", t=Y25, s=("Maxtaxan för det första barnet", "Maxtaxan"), sp=None),
        G("46 barn", 46, "count", ctx="användes av [46 barn]", **L25, s=BA, sp=None),
        G("mellan 8 och 12 barn", None, "count", low=8, high=12, per="night", **L25, s=BA, sp=None),
        G("24 dagar", 24, "day", **L25, s=("Den genomsnittliga väntetiden på en förskoleplats", "väntetiden"), sp=None),
        G("fyra månader", 4, "month", bound="at_most", optional=True, s=None, sp=("skollagen", "enligt"), note="rule"),
        G("412 sökande barn", 412, "count", t=Y25, s=("sökande barn", "barn"), sp=None, note="'Under hösten 2025'"),
        G("91 procent", 91, "percent", t=Y25, s=None, sp=None, note="elided"),
    ]
    NEG["r41_b_foraldrapenning_2025"] = [
        N("2025", ctx="KOMMUN [2025]", note="title"), N("14 april 2026", note="Publicerad"), N("2025", ctx="under [2025] ut"),
        N("2024", ctx="jämfört med [2024]."), N("2024", ctx="29,8 procent [2024]."), N("2015", ctx="sedan [2015],"),
        N("två år", note="span defining the metric"), N("2024", ctx="978 kronor [2024]."), N("2028", ctx="till [2028],"),
        N("oktober 2025"), N("1–5 år", note="age band"), N("2025", ctx="under [2025].\n"), N("hösten 2025"),
        N("0582-68 50 00"),
    ]

    # ------------------------------------------------------------ 4. TT electricity prices October 2026 (Publicerad 2 november 2026 kl. 07.15)
    JL = ("Johanna Liljeqvist", "quote")
    MP = ("Medelpris per elområde", "Medelpris")
    ec = [("SEK", 0.01, "kWh", Y26, F, F), ("SEK", 0.01, "kWh", Y26, F, F), ("SEK", 0.01, "kWh", Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r41_b_elpriser_tt"] = [
        G("108,4 öre", 1.084, "SEK", per="kWh", **L26, direction=INC, s=("Medelpriset på elbörsen i elområde 4, Malmö", "Medelpriset"), sp=("Nord Pool", "enligt")),
        G("41 procent", 41, "percent", ctx="Det är [41 procent] mer", **L26, direction=INC, s=None, sp=None),
        G("drygt dubbelt så mycket", 2, "number", bound="approx", optional=True, **L26, direction=INC, s=None, sp=None, note="multiplier"),
        G("52,7 öre", 0.527, "SEK", per="kWh", ctx="låg på [52,7 öre]", t=Y25, s=("priset", "priset"), sp=None),
        G("86,2 öre", 0.862, "SEK", per="kWh", ctx="priset till [86,2 öre]", **L26, direction=INC, s=("priset", "priset"), sp=None),
        G("63,5 öre", 0.635, "SEK", per="kWh", ctx="från [63,5 öre]", **L26, s=None, sp=None, note="from-value"),
        G("23,8 öre", 0.238, "SEK", per="kWh", ctx="lägre: [23,8 öre]", **L26, s=("priserna", "priserna"), sp=None),
        G("25,1 öre", 0.251, "SEK", per="kWh", ctx="och [25,1 öre]", **L26, s=None, sp=None),
        G("två kärnkraftsreaktorer", 2, "count", **L26, s=("kärnkraftsreaktorer", "kärnkraftsreaktorer"), sp=JL),
        G("412 öre", 4.12, "SEK", per="kWh", **L26, s=("elen", "elen"), sp=None),
        G("121 öre", 1.21, "SEK", per="kWh", **L26, s=("månadens medelpris", "medelpris"), sp=None),
        G("omkring 13 öre", 0.13, "SEK", bound="approx", per="kWh", **L26, s=None, sp=None, note="one time"),
        G("2 000 kilowattimmar", 2000, "kWh", per="month", optional=True, s=None, sp=None, note="example input"),
        G("omkring 4 300 kronor", 4300, "SEK", bound="approx", per="month", **L26, s=("en elkostnad", "elkostnad"), sp=None),
        G("ungefär 1 400 kronor", 1400, "SEK", bound="approx", per="month", **L26, direction=INC, s=None, sp=None),
        G("200 kilowattimmar", 200, "kWh", per="month", optional=True, s=None, sp=None, note="example input"),
        G("drygt 520 kronor", 520, "SEK", bound="approx", per="month", **L26, s=None, sp=None),
        G("ett år", 1, "year", ctx="fast elpris på [ett år]", optional=True, s=None, sp=None, note="contract length: defines the product"),
        G("mellan 79 och 94 öre", None, "SEK", low=0.79, high=0.94, per="kWh", **L26, s=("Ett fast elpris på ett år", "elpris"), sp=("Elkollen", "enligt")),
        G("29 procent", 29, "percent", **L26, direction=INC, s=("Andelen hushåll med fastprisavtal", "Andelen"), sp=None),
        G("24 procent", 24, "percent", **L25, s=None, sp=None, note="from-value 'för ett år sedan'"),
        G("7 procent", 7, "percent", t=Y26, direction=INC, s=("Nätavgiften för en villakund i södra Sverige", "Nätavgiften"), sp=("Energimarknadsbyrån", "enligt"), note="'sedan årsskiftet'"),
        G("90–130 öre", None, "SEK", low=0.9, high=1.3, per="kWh", t=("2026", "2027"), lenient=True, s=None, sp=JL, note="'under december–februari': the coming winter"),
        *_row(G, "Luleå (SE1)", ["23,8", "19,4", "21,6", "+22,7"], ec, MP, note="fact box: columns explicit, change 2026 lenient signed; öre/kWh; rows are price areas"),
        *_row(G, "Sundsvall (SE2)", ["25,1", "20,3", "22,8", "+23,6"], ec, MP),
        *_row(G, "Stockholm (SE3)", ["86,2", "63,5", "41,9", "+35,7"], ec, MP),
        *_row(G, "Malmö (SE4)", ["108,4", "76,9", "52,7", "+41,0"], ec, MP),
    ]
    NEG["r41_b_elpriser_tt"] = [
        N("2 november 2026", note="Publicerad"), N("07.15", note="time of day"), N("2022", ctx="sedan [2022]."),
        N("4", ctx="elområde [4], Malmö", note="price area"), N("oktober 2025", ctx="i [oktober 2025], då"),
        N("3", ctx="elområde [3], Stockholm"), N("1", ctx="elområde [1], Luleå"), N("2", ctx="elområde [2], Sundsvall"),
        N("17", ctx="klockan [17] och", note="time of day"), N("18", ctx="och [18] den", note="time of day"), N("21 oktober"),
        N("4", ctx="elområde [4], inklusive"), N("december–februari"), N("oktober 2026", ctx="Elpriset i [oktober 2026]", note="fact-box title"),
        N("Okt 2026", note="column header"), N("Sep 2026", note="column header"), N("Okt 2025", note="column header"),
        N("SE1"), N("SE2"), N("SE3"), N("SE4"),
    ]

    # ------------------------------------------------------------ 5. padel federation page (UNDATED HTML, no sidecar)
    SP = ("Svenska Padelunionen", "publisher")
    ME = ("medlemmar", "medlemmar")
    BN = ("banor", "banor")
    GOLD["r41_b_padel_medlemmar"] = [
        G("612 anslutna föreningar", 612, "count", s=("anslutna föreningar", "föreningar"), sp=None),
        G("drygt 148 000 medlemmar", 148000, "count", bound="approx", s=ME, sp=None),
        G("94 föreningar", 94, "count", t=Y19, s=("föreningar", "föreningar"), sp=None, note="'År 2019'"),
        G("knappt 21 000 medlemmar", 21000, "count", bound="approx", t=Y19, s=ME, sp=None),
        G("ungefär sju gånger", 7, "number", bound="approx", optional=True, t=("2019", None), direction=INC, s=("antalet medlemmar", "antalet"), sp=None, note="multiplier"),
        G("3 420 medlemmar", 3420, "count", s=ME, sp=None),
        G("hälften", 0.5, "ratio", ctx="medan [hälften] av", s=("föreningarna", "föreningarna"), sp=None),
        G("färre än 150 medlemmar", 150, "count", bound="less_than", s=ME, sp=None, note="a distribution claim"),
        G("38 procent", 38, "percent", s=("Andelen kvinnor bland medlemmarna", "Andelen"), sp=None),
        G("18 år", 18, "year", bound="less_than", optional=True, s=None, sp=None, note="definition of juniors"),
        G("44 procent", 44, "percent", s=("andelen flickor", "andelen"), sp=None),
        G("omkring 4 100 padelbanor", 4100, "count", bound="approx", s=("padelbanor", "padelbanor"), sp=None),
        G("ungefär 1 150 anläggningar", 1150, "count", bound="approx", s=("anläggningar", "anläggningar"), sp=None),
        G("39 banor", 39, "count", per="capita", s=BN, sp=None, note="'per 100 000 invånare'"),
        G("cirka 1 300 banor", 1300, "count", bound="approx", s=BN, sp=None),
        G("23 banor", 23, "count", per="capita", s=BN, sp=None, note="Norway: one time"),
        G("mellan 10 och 15 procent", None, "percent", low=10, high=15, direction=DEC, s=("antalet banor", "antalet"), sp=None),
        G("En timmes", 1, "hour", optional=True, s=None, sp=None, note="defines the rate"),
        G("420 kronor", 420, "SEK", per="hour", s=("En timmes banhyra", "banhyra"), sp=None),
        G("mellan 200 och 300 kronor", None, "SEK", low=200, high=300, per="hour", s=None, sp=None),
        G("45 kronor", 45, "SEK", per="member", s=("en årsavgift till förbundet", "årsavgift"), sp=None),
        G("350 kronor", 350, "SEK", per="year", s=("En tävlingslicens", "tävlingslicens"), sp=None),
        G("150 kronor", 150, "SEK", per="year", s=None, sp=None, note="elided"),
        G("38 miljoner kronor", 38e6, "SEK", s=("Det statliga idrottsstödet till padelföreningarna", "idrottsstödet"), sp=None, note="'förra året' does not resolve (undated)"),
        G("ungefär 257 kronor", 257, "SEK", bound="approx", per="member", s=None, sp=None),
        G("310 kronor", 310, "SEK", per="member", s=("Genomsnittet för alla idrotter", "Genomsnittet"), sp=None),
        G("omkring 61 000 medlemmar", 61000, "count", bound="approx", s=ME, sp=None),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", optional=True, s=None, sp=None, note="multiplier"),
        G("14 medlemmar", 14, "count", per="capita", s=ME, sp=None, note="'per 1 000 invånare'"),
        G("11", 11, "count", per="capita", ctx="mot [11] i Norge", s=None, sp=None, note="one time"),
        G("minst 40 procent", 40, "percent", bound="at_least", s=("medlemmarna", "medlemmarna"), sp=SP),
        G("19 000", 19000, "count", s=("antalet juniorer", "antalet"), sp=SP, note="from-value"),
        G("30 000", 30000, "count", direction=INC, s=("antalet juniorer", "antalet"), sp=SP),
        G("minst 300 nya banor", 300, "count", bound="at_least", s=("nya banor", "banor"), sp=SP),
    ]
    NEG["r41_b_padel_medlemmar"] = [
        N("2019", ctx="År [2019]"), N("2020–2022"), N("100 000", ctx="39 banor per [100 000]", note="rate denominator"), N("100 000", ctx="23 banor per [100 000]"),
        N("1 000", ctx="medlemmar per [1 000]", note="rate denominator"),
        N("4127", note="box number"), N("731 92", note="postal code"), N("802471-5530", note="org number"),
    ]

    # ------------------------------------------------------------ 6. bus ridership October (sidecar 2026-11-10)
    TR = ("Tobias Renström", "quote")
    RE = ("resor", "resor")
    RC = ("RESOR", "RESOR")
    bc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, T, T)]
    GOLD["r41_b_buss_okt"] = [
        G("1 486 300 resor", 1486300, "count", **L26, direction=INC, s=RE, sp=None),
        G("4,2 procent", 4.2, "percent", ctx="ökning med [4,2 procent]", **L26, direction=INC, s=RE, sp=None),
        G("61 procent", 61, "percent", **L26, s=("Stadstrafiken i Mälby", "Stadstrafiken"), sp=None),
        G("6,8 procent", 6.8, "percent", **L26, direction=INC, s=("regionbussarna", "regionbussarna"), sp=None),
        G("214 600 resor", 214600, "count", **L26, s=RE, sp=None),
        G("knappt 7 000 resor", 7000, "count", bound="approx", per="day", **L26, s=RE, sp=None),
        G("8,5 procent", 8.5, "percent", ctx="ökade med [8,5 procent]", **L26, direction=INC, s=("resandet", "resandet"), sp=None),
        *_row(G, "Centralstationen–Norrhöjden", ["214 600", "203 900", "+5,2"], bc, RC, note="table: 'Oktober 2026' / 'Oktober 2025' explicit, change 2026 lenient signed; rows are lines"),
        *_row(G, "Sjukhuset–Ekbacken", ["168 200", "171 400", "−1,9"], bc, RC),
        *_row(G, "Centralstationen–Lilltorp", ["121 800", "114 300", "+6,6"], bc, RC),
        *_row(G, "Mälby–Sandvikens hamn", ["58 700", "54 100", "+8,5"], bc, RC),
        *_row(G, "Mälby–Fagerås", ["33 400", "31 900", "+4,7"], bc, RC),
        *_row(G, "Övriga linjer", ["889 600", "850 700", "+4,6"], bc, RC),
        *_row(G, "Totalt", ["1 486 300", "1 426 300", "+4,2"], bc, RC),
        G("högst tre minuter", 3, "minute", bound="at_most", optional=True, s=None, sp=None, note="definition"),
        G("88,6 procent", 88.6, "percent", **L26, direction=DEC, s=("Punktligheten", "Punktligheten"), sp=None),
        G("90,1 procent", 90.1, "percent", t=Y25, s=None, sp=None, note="'i oktober förra året' resolves"),
        G("minst 92 procent", 92, "percent", bound="at_least", s=None, sp=None, note="standing target"),
        G("79,3 procent", 79.3, "percent", **L26, s=("punktligheten", "punktligheten"), sp=None),
        G("fem extra bussar", 5, "count", **L26, s=("extra bussar", "bussar"), sp=TR),
        G("3,1 procent", 3.1, "percent", **L26, direction=INC, s=("Antalet sålda periodkort", "Antalet"), sp=None),
        G("41 250", 41250, "count", **L26, direction=INC, s=("Antalet sålda periodkort", "Antalet"), sp=None),
        G("795 kronor", 795, "SEK", **L26, s=("En 30-dagarsbiljett för vuxen", "30-dagarsbiljett"), sp=None),
        G("530 kronor", 530, "SEK", **L26, s=None, sp=None, note="elided"),
        G("72 procent", 72, "percent", **L26, direction=INC, s=("Andelen resor som betalades via appen", "Andelen"), sp=None),
        G("65 procent", 65, "percent", **L25, s=None, sp=None),
        G("13,9 miljoner resor", 13.9e6, "count", t=Y26, direction=INC, s=RE, sp=None, note="'Under årets första tio månader'"),
        G("3,6 procent", 3.6, "percent", t=Y26, direction=INC, s=None, sp=None),
        G("16,8 miljoner resor", 16.8e6, "count", **L26, s=RE, sp=None, note="'Målet för helåret'"),
        G("drygt 29 000 resor", 29000, "count", bound="approx", **L26, direction=INC, s=RE, sp=None),
        G("11 procent", 11, "percent", **L26, direction=INC, s=None, sp=None),
        G("omkring 40 procent", 40, "percent", bound="approx", optional=True, s=("bussarna", "bussarna"), sp=None, note="method"),
    ]
    NEG["r41_b_buss_okt"] = [
        N("oktober 2025", ctx="jämfört med [oktober 2025]"), N("2", ctx="Linje [2] mellan", note="line number"),
        N("100", ctx="expresslinje [100]"), N("Oktober 2026", note="column header"), N("Oktober 2025", note="column header"),
        N("2", ctx="[2] Centralstationen–Norrhöjden"), N("5", ctx="[5] Sjukhuset"), N("11", ctx="[11] Centralstationen"),
        N("100", ctx="[100] Mälby"), N("204", ctx="[204] Mälby"), N("5", ctx="linje [5], 79,3"), N("5", ctx="linje [5] och"),
        N("30", ctx="En [30]-dagarsbiljett", note="name of a ticket"), N("tio månader", note="period span"),
        N("2025", ctx="samma period [2025]"), N("2025", ctx="höstlovet [2025]"), N("9 december", note="next release"),
        N("0771-23 45 67"),
    ]

    # ------------------------------------------------------------ 7. emergency care 2025 (Markdown, Publicerad 19 mars 2026)
    AB = ("Anneli Broström", "quote")
    BE = ("besök", "besök")
    BS = ("Besök", "Besök")
    ak = [("count", 1, None, Y25, F, F), ("count", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T),
          ("minute", 1, None, Y25, T, F), ("percent", 1, None, Y25, T, F)]
    aks = [BS, BS, BS, ("Median till läkare", "Median"), ("Klara inom 4 h", "Klara")]
    VP = ("nya vårdplatser", "vårdplatser")
    GOLD["r41_b_akut_2025"] = [
        G("168 400 besök", 168400, "count", t=Y25, direction=INC, s=BE, sp=None),
        G("fyra akutmottagningar", 4, "count", optional=True, s=("akutmottagningar", "akutmottagningar"), sp=None, note="the set"),
        G("3,2 procent", 3.2, "percent", ctx="ökning med [3,2 procent]", t=Y25, direction=INC, s=BE, sp=None),
        G("412 besök", 412, "count", per="capita", **L25, s=BE, sp=None, note="'per 1 000 invånare'"),
        G("376 besök", 376, "count", per="capita", **L25, s=("riksgenomsnittet", "riksgenomsnittet"), sp=None),
        G("68 minuter", 68, "minute", **L25, direction=DEC, s=("Medianväntetiden till första läkarbedömning", "Medianväntetiden"), sp=None),
        G("74 minuter", 74, "minute", **L24, s=None, sp=None),
        G("3,7 timmar", 3.7, "hour", **L25, direction=DEC, s=("Den totala vistelsetiden på akutmottagningen", "vistelsetiden"), sp=None),
        G("3,9 timmar", 3.9, "hour", t=Y24, s=None, sp=None),
        G("fyra timmar", 4, "hour", bound="at_most", occ=1, optional=True, s=None, sp=None, note="threshold"),
        G("61 procent", 61, "percent", **L25, s=("Andelen patienter som var klara på akutmottagningen inom fyra timmar", "Andelen"), sp=None),
        G("90 procent", 90, "percent", s=("patienterna", "patienterna"), sp=None, note="the national target"),
        G("fyra timmar", 4, "hour", bound="at_most", occ=2, optional=True, s=None, sp=None),
        G("58 procent", 58, "percent", **L25, s=("Riksgenomsnittet", "Riksgenomsnittet"), sp=None),
        *_row(G, "| Länssjukhuset Norrskog", ["72 300", "69 800", "+3,6", "81", "54"], ak, aks, sep=" | ", note="table: 'Besök 2025' / 'Besök 2024' explicit, change and caption-period columns 2025 lenient; rows are hospitals"),
        *_row(G, "| Västanå sjukhus", ["41 900", "40 700", "+2,9", "59", "66"], ak, aks, sep=" | "),
        *_row(G, "| Åbyns lasarett", ["32 600", "31 300", "+4,2", "62", "64"], ak, aks, sep=" | "),
        *_row(G, "| Kvarnby sjukhus", ["21 600", "21 400", "+0,9", "47", "71"], ak, aks, sep=" | "),
        G("168 400", 168400, "count", ctx="**[168 400]**", t=Y25, s=BS, sp=None, note="bold total row"),
        G("163 200", 163200, "count", ctx="**[163 200]**", t=Y24, s=BS, sp=None),
        G("+3,2", 3.2, "percent", ctx="**[+3,2]**", **L25, direction=INC, s=BS, sp=None),
        G("68", 68, "minute", ctx="**[68]**", **L25, s=("Median till läkare", "Median"), sp=None),
        G("61", 61, "percent", ctx="**[61]**", **L25, s=("Klara inom 4 h", "Klara"), sp=None),
        G("var fjärde patient", 0.25, "ratio", **L25, s=("patient", "patient"), sp=None),
        G("två timmar", 2, "hour", bound="more_than", optional=True, s=None, sp=None, note="threshold"),
        G("tredje", 3, "ordinal", kind="ordinal", ctx="för [tredje] året", **L25, s=None, sp=None, note="'för tredje året i rad'"),
        G("80 år", 80, "year", bound="at_least", optional=True, s=None, sp=None, note="age threshold"),
        G("14 procent", 14, "percent", **L25, s=("Patienter som är 80 år eller äldre", "Patienter"), sp=None),
        G("nästan en fjärdedel", 0.25, "ratio", bound="approx", **L25, s=("Patienter som är 80 år eller äldre", "Patienter"), sp=None),
        G("5,8 timmar", 5.8, "hour", **L25, s=("medianvistelsetiden", "medianvistelsetiden"), sp=None),
        G("23 patienter", 23, "count", per="day", **L25, s=("patienter", "patienter"), sp=None),
        G("31 timmar", 31, "hour", **L25, s=("Den längsta väntan på en vårdplats", "väntan"), sp=None),
        G("sex minuter", 6, "minute", **L25, direction=DEC, s=("tiden till läkare", "tiden"), sp=AB),
        G("42 miljoner kronor", 42e6, "SEK", t=Y26, s=VP, sp=None),
        G("28 nya vårdplatser", 28, "count", t=Y26, s=VP, sp=None),
        G("298 000 samtal", 298000, "count", **L25, direction=DEC, s=("samtal", "samtal"), sp=None),
        G("2 procent", 2, "percent", ctx="[2 procent] färre", **L25, direction=DEC, s=None, sp=None),
        G("Mellan 35 och 40 procent", None, "percent", low=35, high=40, **L25, s=("samtalen", "samtalen"), sp=None),
    ]
    NEG["r41_b_akut_2025"] = [
        N("2025", ctx="Akutsjukvården i Region Norrskog [2025]", note="title"), N("19 mars 2026", note="Publicerad"),
        N("2025", ctx="Under [2025] gjordes"), N("2024", ctx="jämfört med [2024]."), N("1 000", ctx="412 besök per [1 000]", note="rate denominator"),
        N("1 000", ctx="376 besök per [1 000]", note="rate denominator"), N("2024", ctx="3,9 timmar [2024]."), N("2", ctx="Tabell [2].", note="table number"),
        N("2025", ctx="Akutmottagningarna i Region Norrskog [2025]", note="caption"), N("2025", ctx="Besök [2025]", note="column header"),
        N("2024", ctx="Besök [2024]", note="column header"), N("4", ctx="inom [4] h", note="column header"),
        N("2026", ctx="för [2026] för"), N("1177", note="name of the service"), N("2024", ctx="färre än [2024]."),
        N("0640-19 80 00"),
    ]

    # ------------------------------------------------------------ 8. household waste 2025 (Publicerad 28 maj 2026)
    PH = ("Petra Holmlund", "quote")
    HA = ("HUSHÅLLSAVFALL", "HUSHÅLLSAVFALL")
    wc = [("tonne", 1, None, Y25, F, F), ("tonne", 1, None, Y24, F, F), ("percent", 1, None, Y25, T, T)]
    GOLD["r41_b_avfall_2025"] = [
        G("23 870 ton", 23870, "tonne", t=Y25, s=("hushållsavfall", "hushållsavfall"), sp=None),
        G("421 kilo", 421, "kg", per="capita", t=Y25, direction=DEC, s=None, sp=None, note="'Det är 12 kilo mindre per invånare än 2024'"),
        G("12 kilo", 12, "kg", per="capita", **L25, direction=DEC, s=None, sp=None),
        G("18 kilo", 18, "kg", per="capita", **L25, s=None, sp=None, note="against the national average: one time"),
        G("44,3 procent", 44.3, "percent", **L25, direction=INC, s=("Andelen av hushållsavfallet som gick till materialåtervinning", "Andelen"), sp=None),
        G("41,8 procent", 41.8, "percent", **L24, s=None, sp=None),
        G("minst 55 procent", 55, "percent", bound="at_least", t=(None, "2030"), lenient=True, s=None, sp=None, note="'Kommunens mål ... senast 2030'"),
        *_row(G, "Restavfall", ["9 140", "9 860", "−7,3"], wc, HA, note="table: '2025' / '2024' explicit, change 2025 lenient signed; TON; rows are waste types"),
        *_row(G, "Matavfall", ["4 210", "3 780", "+11,4"], wc, HA),
        *_row(G, "Förpackningar och tidningar", ["3 960", "3 820", "+3,7"], wc, HA),
        *_row(G, "Grovavfall via återvinningscentral", ["5 820", "5 990", "−2,8"], wc, HA),
        *_row(G, "Farligt avfall och elavfall", ["740", "750", "−1,3"], wc, HA),
        *_row(G, "Totalt", ["23 870", "24 200", "−1,4"], wc, HA),
        G("720 ton", 720, "tonne", **L25, direction=DEC, s=("restavfallet", "restavfallet"), sp=None),
        G("drygt 11 procent", 11, "percent", bound="approx", **L25, direction=INC, s=("Matavfallet", "Matavfallet"), sp=None),
        G("omkring 1 900", 1900, "count", bound="approx", **L26, s=("Hushåll med egen kompost", "Hushåll"), sp=None),
        G("1 200 kilo", 1200, "kg", optional=True, s=("restavfall", "restavfall"), sp=None, note="sample"),
        G("28 procent", 28, "percent", **L25, s=("innehållet", "innehållet"), sp=None),
        G("ungefär var tionde kilo", 0.1, "ratio", bound="approx", **L25, s=("kilo", "kilo"), sp=None),
        G("mer än var tredje kilo", 1 / 3, "ratio", bound="more_than", **L26, s=("kilo", "kilo"), sp=PH),
        G("tre återvinningscentraler", 3, "count", optional=True, s=("återvinningscentraler", "återvinningscentraler"), sp=None, note="the set"),
        G("312 000 besök", 312000, "count", **L25, s=("besök", "besök"), sp=None),
        G("5,5 besök", 5.5, "count", per="household", **L25, s=("besök", "besök"), sp=None),
        G("186 ton", 186, "tonne", **L25, s=("Insamlingen av textilier", "Insamlingen"), sp=None),
        G("3,3 kilo", 3.3, "kg", per="capita", **L25, s=None, sp=None),
        G("2,6 kilo", 2.6, "kg", per="capita", **L25, s=None, sp=None, note="the county: one time"),
        G("214 ton", 214, "tonne", **L25, s=("Återbruket vid återvinningscentralerna", "Återbruket"), sp=None),
        G("2 940 kronor", 2940, "SEK", per="year", **L25, s=("Den grundläggande avfallsavgiften för ett villahushåll", "avfallsavgiften"), sp=None),
        G("4 procent", 4, "percent", t=Y26, direction=INC, s=("Avgiften", "Avgiften"), sp=None),
        G("24 600 kärl", 24600, "count", per="week", t=Y25, s=("kärl", "kärl"), sp=None),
        G("0,4 procent", 0.4, "percent", **L25, s=("Andelen missade tömningar", "Andelen"), sp=None),
        G("högst 0,5 procent", 0.5, "percent", bound="at_most", s=None, sp=None, note="standing target"),
    ]
    NEG["r41_b_avfall_2025"] = [
        N("2025", ctx="KOMMUN [2025]", note="title"), N("28 maj 2026", note="Publicerad"), N("2025", ctx="under [2025] totalt"),
        N("2024", ctx="invånare än [2024]"), N("2030", ctx="senast [2030]"), N("2025", ctx="Avfallsslag [2025]", note="column header"),
        N("2024", ctx="2025 [2024] Förändring", note="column header"), N("1 mars 2025"), N("varannan vecka", note="emptying frequency in a definition"),
        N("1 januari 2026"), N("2025", ctx="Under [2025] hämtades"), N("0612-55 40 00"), N("8–16", note="opening hours"),
    ]
    return GOLD, NEG
