"""Round 14, part B (r14_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 14, part B (r14_b_*): eight kinds, written from scratch (r14_sources.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an industrial company's year-end report
# (dateline 'Hallviken den 12 februari 2026'; bullets under 'FJÄRDE KVARTALET' / 'HELÅRET' headings WITHOUT a year, the
# year only in the title 'januari–december 2025'; brackets dated by 'Jämförelsetal inom parentes avser samma period året
# innan'; 'växte med', 'förbättrades till', 'landade på', 'nådde'; per-share figures and a proposed dividend; '1,1 gånger
# rörelseresultatet före av- och nedskrivningar'; 'stärktes till 46,2 procent från 43,7 procent'; a policy 'minst en
# tredjedel'; two plain-text quarterly tables with YEARS AS ROW LABELS and quarters 'Kv1'-'Kv4' plus 'Helår' as
# columns), a municipality's safety survey (Markdown, 'Publicerad 3 december 2025'; 'har sjunkit till 21 procent, visar
# ...', 'hösten 2023', 'två år tidigare', 'i åldrarna 16 till 84 år', '98,2 brott per 1 000 invånare', 'sedan 2022',
# 'drygt en femtedel', 'ligger kvar på samma nivå: 64 procent ..., mot 65 procent', 'fördubblar' in a quote, a district
# table '2025' / '2023' / signed 'Förändring, procentenheter'), an airport operator's monthly passenger statistics for
# August 2026 (Markdown, 'Publicerad 9 september 2026'; 'en uppgång med', 'backade med', 'per landning', 'mot 112 i
# augusti 2025', 'hamnade på ..., 8,5 procent under fjolårets nivå', 'växte till ..., från 1 710 ton', a 'Hittills i år'
# HEADING over 'Från januari till och med augusti', 'nästan var femte', 'passera fem miljoner' in a quote, an airport
# table 'Aug 2026' / 'Aug 2025' / signed change / 'Jan–aug 2026'), a university's autumn admissions (dateline 'Västanå
# den 14 juli 2026'; 'landade på 24 180, en minskning med 310', 'per plats', 'samma nivå som förra året', 'från 395 till
# 341', 'nästan hälften så stort som toppåret 2021', 'på två år' and 'färre än två sökande per plats' in a quote,
# admission scores, a plain-text programme table with a 'Förändring mot 2025, %' column), an UNDATED debate article by a
# researcher (no date, no sidecar; 'procent av BNP', 'mer än tre gånger så mycket', 'nästan dubbelt så mycket som', 'en
# fjärdedel så långt som', 'Räknat per invånare och år', 'Sedan 1990-talet', 'På 1990-talet', 'krympt med omkring två
# femtedelar', 'nästan fördubblats', 'äldre än 40 år' of equipment, 'ungefär tre gånger så ofta', a demand 'med 10
# miljarder kronor per år', 'enligt våra beräkningar vid Mälarnäs högskola', 'mellan 2 och 4 kronor' per krona), a
# quarterly housing-starts release dated ONLY by its sidecar (2026-05-13; no year anywhere in the text: 'Under årets
# första kvartal', 'samma kvartal i fjol', 'ett år tidigare', 'Under de senaste fyra kvartalen', 'varav', a forecast of
# need credited to an invented council, a region table whose caption names 'första kvartalet' with type columns and a
# signed change column, a method uplift 'en schablon på 8 procent'), a regional public-transport company's price page
# (HTML with cookie banner, menu, breadcrumb, related teasers and footer as chrome; 'Publicerad 15 oktober 2026'; 'Den 1
# januari 2027 höjs ... med i genomsnitt 4,5 procent', 'kostar i dag', 'Efter årsskiftet blir priset', '60 kronor mer
# per månad', 'i stället för 44', 'behåller sina 25 procent rabatt', break-even 'från 37 resor i månaden', 'knappt 30
# kronor per resa', a target 'minst hälften ... år 2030', an HTML price table 'Pris 2026, kr' / 'Pris 2027, kr' /
# 'Höjning, %') and a county board's harvest news item (Markdown, dateline 'Vidstrand den 8 oktober 2025'; 'bärgade i år
# omkring 412 000 ton', 'Det motsvarar 118 procent av fjolårets skörd och ligger 6 procent över genomsnittet för de
# senaste fem åren', hektar, 'kilo per hektar', 'Fjolårets hektarskörd', 'stannade på ..., 9 procent under
# femårssnittet', 'att jämföra med 27 500 ton i fjol', 'kronor per kilo' in a quote, 'fördubblats på tio år', a crop
# table with a 'Procent av skörden 2024' column).
# The r8-r13 decisions are followed: periods at year grain; a month or quarter without a year, a heading's or caption's
# period, the document's period, 'året innan' / 'ett år tidigare' / 'två år tidigare' are lenient; a year or a relative
# expression in the sentence ('Under 2024', 'i fjol', 'förra hösten', 'i dag', 'Efter årsskiftet', 'i år') is not
# lenient; brackets take the period their note names (not lenient); a level followed by ', en ökning/minskning/uppgång/
# nedgång med X', ', X fler än', 'mot X <earlier time>', 'jämfört med X <earlier time>', 'att jämföra med X <earlier
# time>' or a next sentence 'Det är X fler' is the new value after a change, the earlier value has none; from-values take
# the earlier period; comparisons at one time have no direction; 'ligger kvar på samma nivå' / 'samma nivå som' / 'i nivå
# med' state no change; table cells take their column (or row-label) periods, change columns lenient with the direction
# of their sign; rows that are categories take the caption's or column's measure as subject; thresholds, definitions,
# named sets and multipliers optional, targets and policies required; 'visar X' credits its own sentence (and the one
# before when it opens with 'Det'); 'enligt X' its own sentence; possession ('Regionens mål') is no credit; 'vilket' /
# 'Det motsvarar' have s None; the actor who spends or pays is never the subject; elided nouns ('varav 610 i
# flerbostadshus', 'Av dem besvarade 1 912', 'I Sverige kommer knappt 89 procent fram') have s None; AGE GROUPS ARE
# NEGATIVES ('i åldrarna 16 till 84 år'); the age of THINGS is required ('äldre än 40 år' of signal boxes, r13_a).
# Where those were silent, decided here:
# - Years as ROW labels of a table (the quarterly tables '2025' / '2024' with columns 'Kv1'...'Helår') give each cell its
#   row's year, not lenient (as the r13_b ferry table); the quarter column headers 'Kv1'-'Kv4' are N (headers of periods)
#   in both tables; the caption's 'MSEK' scales every cell. Subject: the caption's measure ('Nettoomsättning',
#   'Rörelseresultat').
# - Year-end report: the headings 'FJÄRDE KVARTALET' and 'HELÅRET' carry no year, so every bullet is 2025 lenient (from
#   the title); the brackets are 2024 not lenient (the note names 'samma period året innan'). 'Rensat för förvärv och
#   valuta var tillväxten 4 procent' takes the thing that changes (Nettoomsättningen, r10_b's 'Organiskt var
#   minskningen'), direction increase (a noun of growth). 'förbättrades till 148 (121)' is a verb of change: the main
#   figure carries increase (r9_a's 'förbättrades till ... gånger'); 'landade på' / 'nådde' / 'blev' / 'uppgick till'
#   do not. 'motsvarande 1,1 gånger rörelseresultatet före av- och nedskrivningar' restates the to-value of the net debt
#   in another unit (r9_a's restatement rule): unit number, direction decrease, subject nettoskulden. 'stärktes till
#   46,2 procent från 43,7 procent': from-value 2024, lenient (the previous year-end). 'Den föreslagna utdelningen
#   motsvarar 42 procent' is no credit (the board is not named in that sentence); 'Styrelsen föreslår' credits the
#   dividend and its bracket. 'Enligt utdelningspolicyn ska minst en tredjedel av resultatet delas ut' is a policy:
#   required, ratio 1/3, at_least, no period, 'enligt'. The order 'värd cirka 240 MSEK' signed 'I december' (no year) is
#   2025, lenient; 'vecka 13' is N.
# - Safety survey: 'har sjunkit till 21 procent, visar X' credits X in its own sentence (the previous-survey sentence that
#   follows has no credit). 'två år tidigare' after a 2025 survey figure is 2023, lenient; 'Två år tidigare var nivån
#   104,6 brott' after 'Under 2024' is 2022, lenient. A next sentence that only gives the earlier level ('Två år tidigare
#   var nivån ...') states no change: the first level has no direction. 'per 1 000 invånare' is per="capita" (the '1 000'
#   N, as '100 000'). 'har minskat med 9 procent sedan 2022' and 'ökat med drygt en femtedel' (same clause) span ('2022',
#   '2024'), lenient (the end year follows from the crime figures the paragraph reports; r9_b/r13_b base-year spans).
#   'Förtroendet för polisen ligger kvar på samma nivå: 64 procent har ...' takes the measure named before the colon as
#   subject (the colon restates its level), no direction; '65 procent vid förra mätningen' is 2023, lenient. 'Under
#   våren' in a quote published December 2025 is 2026, lenient (the coming spring); 'fördubblar antalet
#   trygghetsvandringar' is an optional multiplier (number 2, increase), as r13_a's 'halverat'. 'Kvinnor ..., 31 procent
#   mot 11 procent' compares two groups at one time: no direction, subjects 'Kvinnor' / 'män'.
# - Airport: 'per landning' is per="landing" (as 'per tur' per="trip"). 'Kallmora tappade ... och hamnade på 28 940
#   passagerare, 8,5 procent under fjolårets nivå': the to-value and the change keep the grammatical subject of the verb
#   of change (r11_a), 'Kallmora'. 'Störst är Granvik flygplats, som hade 402 160 passagerare' takes the counted noun.
#   The heading 'Hittills i år' is a heading (lenient), and its paragraph's 'Från januari till och med augusti' names no
#   year: 2026, lenient. 'nästan var femte passagerare' has no direction ('har blivit' names no earlier level). The
#   quote's 'passera fem miljoner passagerare under ett kalenderår' is a forecast for 2026 (lenient), more_than.
#   'Flygfrakten över Granvik växte till 1 840 ton, från 1 710 ton i augusti förra året': from-value 2025 (relative 'förra
#   året', not lenient). 'sju flygplatser' is a named set (optional); the table's 'Övriga tre' is a row label without
#   digits.
# - Admissions: the change column 'Förändring mot 2025, %' names its baseline, not a span: its cells are 2026, lenient
#   (r11_a: a change against the year just before is about the current year), direction from the sign; the '2025' in
#   the header is N; the caption 'höstterminen 2026' makes the other cells 2026, lenient. Subjects: 'Platser' for the
#   first column, 'Förstahandssökande' for the others (the change column is the change of first-choice applicants, as
#   the text's '742, drygt 18 procent fler' shows). '38 programmen' is a named set (optional). 'nästan hälften så stort
#   som toppåret 2021' is a multiplier of a change over time: optional ratio 0.5, approx, decrease, spanning ('2021',
#   '2026'), lenient. In the quote, 'byggt ut vårdutbildningarna med 40 platser på två år' is an increase spanning
#   ('2024', '2026'), lenient, subject the thing that grows; 'färre än två sökande per plats' is less_than, per place
#   (anchor 'två sökande per plats'). 'Var femte antagen student' is a ratio of the admitted (2026, lenient).
# - UNDATED debate article: 'i dag', 'numera', 'fortfarande', 'under de kommande tio åren' are unresolved (t None), as
#   r13_a; but the decade in the sentence gives a period: 'På 1990-talet' is ('1990', '1999'), not lenient; 'Sedan
#   1990-talet har ... ökat med' is judged on its start ('1990', None), lenient (a decade, not a year; r12_b's 'Sedan
#   2022'), and so is the next paragraph's 'Andelen har ... krympt med omkring två femtedelar' (0.4, approx, decrease)
#   and 'nästan fördubblats' (optional). The decades '1990-talet' and '1950-talet' are N. The author's own claims have no
#   speaker (r13_a); 'Infrastrukturverket uppskattar själv' credits the agency; 'enligt våra beräkningar vid Mälarnäs
#   högskola' / 'enligt samma beräkningar' are 'enligt' with the university. 'Räknat per invånare och år ... cirka 4 500
#   kronor' is per="capita" (the denominator; the year is the accounting period). Spending shares take the goal of the
#   money as subject ('drift, underhåll och investeringar i järnvägen', 'sin järnväg'), never the spending country.
#   Multipliers ('mer än tre gånger så mycket', 'nästan dubbelt så mycket', 'en fjärdedel så långt som', 'ungefär tre
#   gånger så ofta', 'hälften så mycket som') are optional; 'ungefär en fjärdedel' as the size of a growth and 'Hälften
#   av alla signalställverk' are required. 'inom tre minuter' and 'en generösare gräns på fem minuter' define
#   punctuality (optional); 'mer än hela myndighetens anslag för tre år' names the span of a comparison base (optional).
#   The demand 'höja anslaget ... med 10 miljarder kronor per år' carries increase; 'Då skulle Sverige åter nå en halv
#   procent av BNP' is its to-value (increase, s None: the country is the actor). 'mellan 2 och 4 kronor' saved for
#   'Varje krona' is a range per="SEK" (r9_a).
# - Housing starts (sidecar 2026-05-13, no year in the text): 'Under årets första kvartal', the caption's 'första
#   kvartalet' and present-tense shares are 2026, lenient (resolved from the publication date, r9_b); 'samma kvartal i
#   fjol, då 6 770' is 2025, not lenient ('i fjol' in the sentence); 'ett år tidigare' is 2025, lenient. 'Under de
#   senaste fyra kvartalen' spans ('2025', '2026'), lenient (a rolling year resolved from the publication date, as r13_a's
#   'På tolv månader'). 'enligt preliminära uppgifter från Bostadsstatistikbyrån' credits its own sentence only. The
#   council's need 'omkring 57 000 nya bostäder per år' is a standing need: no period (r9_b), credited. 'Av småhusen var
#   1 340 styckebyggda och 780 gruppbyggda' takes the partitive's noun. 'Storstockholm svarade för den kraftigaste
#   ökningen, 41 procent' takes the region as subject (r9_b). The method uplift 'en schablon på 8 procent' is optional
#   (r9_b's '12 procent'). The quote's 'för fyra år sedan' has no digits (left out).
# - Transport prices: the price of a period ticket is a rate over its period: 'En månadsbiljett ... kostar 1 190 kronor'
#   is per="month", the 'Årsbiljett' per="year", an 'enkelresa' per="trip"; the table's cells take the per of their row.
#   'kostar i dag 1 190 kronor' is 2026 (relative, not lenient); 'Efter årsskiftet blir priset 1 250 kronor, alltså 60
#   kronor mer per månad' is 2027, not lenient (relative 'Efter årsskiftet'); the to-values of later sentences with no
#   time word are 2027, lenient, their from-values ('från 32', 'i stället för 44') 2026, lenient. 'får betala 47 kronor'
#   and 'betalar då knappt 30 kronor per resa' have s None (the payer is not what is measured, r13_b). The student
#   discount 'behåller sina 25 procent rabatt' is a price term, required, no direction ('behåller'), 2027 lenient. The
#   break-even 'redan från 37 resor i månaden' is at_least, per month, required. 'över två zoner' and the row label
#   'Enkelresa, två zoner' only delimit a ticket type: optional count (as r11_a's fuse sizes); 'inom en zon' is the
#   article 'en' (left out). 'Höjning, %' cells are unsigned but the header names an increase: direction increase,
#   2027 lenient. 'vilket motsvarar drygt 1 030 kronor per månad' restates the annual ticket's to-value per month: s None
#   ('vilket'), direction increase (r9_a's restatement rule). 'Regionens mål är att biljettintäkterna ska täcka minst hälften av kostnaderna år 2030' is a target:
#   ratio 0.5, at_least, ('2030', '2030'), no credit (possession). Present tense in the October 2026 quote ('täcker bara
#   48 procent') is 2026, lenient.
# - Harvest: 'kilo per hektar' is unit kg per="ha" (r10_b's tonne per ha); 'Hektarskörden stannade på 4 310 kilo' takes
#   per="ha" from the noun; 'runt 2,10 kronor per kilo' is SEK per="kg". 'Det motsvarar 118 procent av fjolårets skörd'
#   and the table column 'Procent av skörden 2024' compare one thing with its own earlier value (r10_b's comparison with
#   an average): a change, direction increase above 100 and decrease below 100, current year (2025; lenient in the
#   table, whose caption names the year; lenient in the text too, 'Det' has no time of its own). 'ligger 6 procent över
#   genomsnittet för de senaste fem åren' and '9 procent under femårssnittet' are changes against the own average
#   (r10_b), and the level they are said of ('omkring 412 000 ton' via the next sentence 'Det ...', '4 310 kilo') is the
#   new value. 'Fjolårets hektarskörd var 6 080 kilo' is 2024, not lenient ('Fjolårets' is a relative word in the
#   sentence), and its previous sentence's '7 140 kilo per hektar' has no direction (the earlier level stands alone).
#   'fördubblats på tio år' is an optional multiplier spanning ('2015', '2025'), lenient. 'vilket är två tredjedelar' and
#   'vilket gav 35 800 ton' have s None.
# - Negatives: datelines and Publicerad lines, title and heading years ('januari–december 2025', 'Trygghetsmätningen
#   2025', 'Preliminär skörd 2025', breadcrumb 'Priser 2027'), years and dates that only place a claim ('hösten 2023',
#   'Under 2024', 'sedan 2022', 'augusti 2025', 'hösten 2025', 'toppåret 2021', 'den 1 januari 2027', 'den 29 september',
#   'Under 2025', 'år 2030', 'hösten 2027', 'vecka 13'), decades ('1990-talet', '1950-talet'), table headers of periods
#   ('Kv1'-'Kv4', '| 2025 |', 'Aug 2026', 'Jan–aug 2026', 'Pris 2026', 'mot 2025', 'skörden 2024') and years as row labels,
#   the age group, the denominators '1 000', next-publication dates, phone numbers, street address, postal code, org
#   number, a teaser figure and a line number in the related links, and the copyright line.
# - Left out on purpose (no digits, neither G nor N): 'FJÄRDE KVARTALET', 'HELÅRET', 'för tredje månaden i rad', 'för
#   andra året i rad', 'på två år', 'för fyra år sedan', 'de senaste fyra kvartalen', 'trettio år' (title), 'de kommande
#   tio åren', 'de senaste fem åren', 'på tio år', 'inom en zon', 'Övriga tre' (row label), 'för första gången'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2021", "2022", "2023", "2024", "2025", "2026", "2027", "2030")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y23, Y24, Y25, Y26, Y27 = Y["2023"], Y["2024"], Y["2025"], Y["2026"], Y["2027"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)

    # ------------------------------------------------ 1. year-end report 2025 (dateline 'Hallviken den 12 februari 2026')
    OI = ("Orderingången", "Orderingången")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RPA = ("Resultatet per aktie", "Resultatet")
    UT = ("en utdelning", "utdelning")
    ST = ("Styrelsen", "credited")
    CV = ("Cecilia Vallgren", "quote")
    FT = ("Affärsområdet Flödesteknik", "Affärsområdet")
    NS = ("nettoskulden", "nettoskulden")
    SO = ("Soliditeten", "Soliditeten")
    MA = ("medarbetare", "medarbetare")
    yr = lambda y: [("SEK", 1e6, None, Y[y], False, False)] * 5
    GOLD["r14_b_bokslut_industri"] = [
        G("12 procent", 12, "percent", **L25, direction="increase", s=OI, sp=None, note="bullet under 'FJÄRDE KVARTALET' (no year): 2025 from the title"),
        G("1 386", 1386e6, "SEK", ctx="till [1 386] (1 238)", **L25, direction="increase", s=OI, sp=None, note="to-value"),
        G("1 238", 1238e6, "SEK", ctx="1 386 ([1 238]) MSEK", t=Y24, s=OI, sp=None, note="'Jämförelsetal inom parentes avser samma period året innan'"),
        G("5 procent", 5, "percent", ctx="med [5 procent] till", **L25, direction="increase", s=NO, sp=None, note="'växte med'"),
        G("1 302", 1302e6, "SEK", ctx="till [1 302] (1 240)", **L25, direction="increase", s=NO, sp=None),
        G("1 240", 1240e6, "SEK", ctx="1 302 ([1 240]) MSEK", t=Y24, s=NO, sp=None),
        G("148", 148e6, "SEK", ctx="till [148] (121)", **L25, direction="increase", s=RR, sp=None, note="'förbättrades till': a verb of change"),
        G("121", 121e6, "SEK", ctx="148 ([121]) MSEK", t=Y24, s=RR, sp=None),
        G("11,4", 11.4, "percent", ctx="på [11,4] (9,8)", **L25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("9,8", 9.8, "percent", ctx="11,4 ([9,8]) procent", t=Y24, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("2,06", 2.06, "SEK", per="share", ctx="blev [2,06] (1,71)", **L25, s=RPA, sp=None),
        G("1,71", 1.71, "SEK", per="share", ctx="2,06 ([1,71]) kronor", t=Y24, s=RPA, sp=None),
        G("7 procent", 7, "percent", ctx="med [7 procent] till", **L25, direction="increase", s=NO, sp=None, note="bullet under 'HELÅRET'"),
        G("4 812", 4812e6, "SEK", ctx="till [4 812] (4 497)", **L25, direction="increase", s=NO, sp=None),
        G("4 497", 4497e6, "SEK", ctx="4 812 ([4 497]) MSEK", t=Y24, s=NO, sp=None),
        G("4 procent", 4, "percent", ctx="tillväxten [4 procent]", **L25, direction="increase", s=NO, sp=None, note="'Rensat för förvärv och valuta var tillväxten': the thing that grows"),
        G("521", 521e6, "SEK", ctx="på [521] (468)", **L25, s=RR, sp=None, note="'landade på': a level"),
        G("468", 468e6, "SEK", ctx="521 ([468]) MSEK", t=Y24, s=RR, sp=None),
        G("10,8", 10.8, "percent", ctx="på [10,8] (10,4)", **L25, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("10,4", 10.4, "percent", ctx="10,8 ([10,4]) procent", t=Y24, s=("rörelsemarginalen", "rörelsemarginalen"), sp=None),
        G("7,35", 7.35, "SEK", per="share", ctx="till [7,35] (6,52)", **L25, s=RPA, sp=None),
        G("6,52", 6.52, "SEK", per="share", ctx="7,35 ([6,52]) kronor", t=Y24, s=RPA, sp=None),
        G("612", 612e6, "SEK", ctx="nådde [612] (455)", **L25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("455", 455e6, "SEK", ctx="612 ([455]) MSEK", t=Y24, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("3,10", 3.10, "SEK", per="share", ctx="på [3,10] (2,75)", **L25, s=UT, sp=ST, note="'Styrelsen föreslår' for 2025"),
        G("2,75", 2.75, "SEK", per="share", ctx="3,10 ([2,75]) kronor", t=Y24, s=UT, sp=ST),
        G("cirka 240 MSEK", 240e6, "SEK", bound="approx", **L25, s=("den största ordern i bolagets historia", "ordern"), sp=CV, note="'I december' (no year)"),
        G("6 procent", 6, "percent", ctx="med [6 procent] när", **L25, direction="decrease", s=("försäljningen inom Lyftsystem", "försäljningen"), sp=CV, note="'backade med'"),
        G("2 960 MSEK", 2960e6, "SEK", **L25, s=FT, sp=None),
        G("drygt 61 procent", 61, "percent", bound="approx", **L25, s=FT, sp=None, note="holder of the share (r10_b)"),
        G("1 852 MSEK", 1852e6, "SEK", **L25, s=("Lyftsystem", "Lyftsystem"), sp=None),
        G("174 MSEK", 174e6, "SEK", **L25, direction="decrease", s=NS, sp=None, note="'Under året minskade nettoskulden med'"),
        G("806 MSEK", 806e6, "SEK", **L25, direction="decrease", s=NS, sp=None, note="to-value"),
        G("1,1 gånger", 1.1, "number", **L25, direction="decrease", s=NS, sp=None, note="restates the to-value in multiples of EBITDA (r9_a)"),
        G("46,2 procent", 46.2, "percent", **L25, direction="increase", s=SO, sp=None, note="'stärktes till ... från'"),
        G("43,7 procent", 43.7, "percent", **L24, s=SO, sp=None, note="from-value: the previous year-end"),
        G("2 145 medarbetare", 2145, "count", **L25, direction="increase", s=MA, sp=None, note="'Vid årets utgång'; 'att jämföra med 2 090 ett år tidigare': the new value"),
        G("2 090", 2090, "count", **L24, s=MA, sp=None),
        G("3,9 procent", 3.9, "percent", **L25, direction="decrease", s=("Sjukfrånvaron", "Sjukfrånvaron"), sp=None, note="'sjönk till'"),
        G("42 procent", 42, "percent", **L25, s=("Den föreslagna utdelningen", "utdelningen"), sp=None),
        G("minst en tredjedel", 1 / 3, "ratio", bound="at_least", s=("resultatet", "resultatet"), sp=("utdelningspolicyn", "enligt"), note="a policy: required, no period"),
        *_row(G, "2025", ["1 160", "1 228", "1 122", "1 302", "4 812"], yr("2025"), ("Nettoomsättning", "Nettoomsättning"), note="table 'Nettoomsättning per kvartal, MSEK': years as row labels, 'Kv1'-'Kv4', 'Helår'"),
        *_row(G, "2024", ["1 071", "1 145", "1 041", "1 240", "4 497"], yr("2024"), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "2025", ["118", "131", "124", "148", "521"], yr("2025"), ("Rörelseresultat", "Rörelseresultat"), note="table 'Rörelseresultat per kvartal, MSEK'"),
        *_row(G, "2024", ["109", "122", "116", "121", "468"], yr("2024"), ("Rörelseresultat", "Rörelseresultat")),
    ]
    NEG["r14_b_bokslut_industri"] = [
        N("januari–december 2025", note="title"), N("12 februari 2026", note="dateline"),
        *[N(f"Kv{q}", occ, note="column header") for q in (1, 2, 3, 4) for occ in (1, 2)],
        N("2025", ctx="[2025] 1 160", note="row label"), N("2024", ctx="[2024] 1 071", note="row label"),
        N("2025", ctx="[2025] 118", note="row label"), N("2024", ctx="[2024] 109", note="row label"),
        N("23 april 2026"), N("vecka 13"), N("0155-38 92 40"),
    ]

    # ------------------------------------------------ 2. municipal safety survey (Publicerad 3 december 2025)
    AO = ("Andelen invånare i Storåsa kommun som känner sig ganska eller mycket otrygga", "Andelen")
    TM = ("kommunens och lokalpolisområdets gemensamma trygghetsmätning", "credited")
    AN = ("andelen", "andelen")
    KV = ("kvinna", "kvinna")
    FP = ("Förtroendet för polisen", "Förtroendet")
    HB = ("Helena Brink", "quote")
    SP = dict(t=("2022", "2024"), lenient=True)
    tr_cols = [("percent", 1, None, Y25, False, False), ("percent", 1, None, Y23, False, False),
               ("percentage_point", 1, None, Y25, True, True)]
    TS = ("Andel som känner sig otrygga ute en sen kväll", "Andel")
    GOLD["r14_b_trygghet_kommun"] = [
        G("21 procent", 21, "percent", **L25, direction="decrease", s=AO, sp=TM, note="'har sjunkit till', 'visar'; the survey was done 'i september' (no year)"),
        G("26 procent", 26, "percent", t=Y23, s=AN, sp=None, note="'hösten 2023'"),
        G("4 000", 4000, "count", **L25, s=("slumpvis utvalda invånare", "invånare"), sp=None),
        G("1 912", 1912, "count", **L25, s=None, sp=None, note="'Av dem besvarade 1 912 frågorna': elided"),
        G("47,8 procent", 47.8, "percent", **L25, s=("en svarsfrekvens", "svarsfrekvens"), sp=None),
        G("34 procent", 34, "percent", **L25, direction="decrease", s=None, sp=None, note="'där 34 procent uppger'; 'jämfört med 39 procent två år tidigare': the new value"),
        G("39 procent", 39, "percent", t=Y23, lenient=True, s=None, sp=None, note="'två år tidigare'"),
        G("3 procentenheter", 3, "percentage_point", **L25, direction="increase", s=AN, sp=None),
        G("29 procent", 29, "percent", **L25, direction="increase", s=AN, sp=None, note="to-value"),
        G("31 procent", 31, "percent", **L25, s=("Kvinnor", "Kvinnor"), sp=None, note="two groups at one time"),
        G("11 procent", 11, "percent", **L25, s=("män", "män"), sp=None),
        G("Var fjärde", 0.25, "ratio", **L25, s=KV, sp=None),
        G("25 procent", 25, "percent", **L25, s=KV, sp=None),
        G("7 procent", 7, "percent", **L25, s=("motsvarande andel", "andel"), sp=None),
        G("4 386 brott", 4386, "count", t=Y24, s=("brott", "brott"), sp=None, note="'Under 2024'"),
        G("98,2 brott", 98.2, "count", per="capita", t=Y24, s=None, sp=None, note="'vilket motsvarar ... per 1 000 invånare'; the next sentence states no change"),
        G("104,6 brott", 104.6, "count", per="capita", t=Y["2022"], lenient=True, s=("nivån", "nivån"), sp=None, note="'Två år tidigare' after 'Under 2024'"),
        G("9 procent", 9, "percent", ctx="minskat med [9 procent] sedan", **SP, direction="decrease", s=("De anmälda våldsbrotten", "våldsbrotten"), sp=None, note="'sedan 2022'"),
        G("drygt en femtedel", 0.2, "ratio", bound="approx", **SP, direction="increase", s=("bedrägerierna", "bedrägerierna"), sp=None),
        G("64 procent", 64, "percent", **L25, s=FP, sp=None, note="'ligger kvar på samma nivå': no direction"),
        G("65 procent", 65, "percent", **dict(t=Y23, lenient=True), s=FP, sp=None, note="'vid förra mätningen'"),
        G("40 nya gatlampor", 40, "count", **L26, s=("nya gatlampor", "gatlampor"), sp=HB, note="'Under våren' (the coming spring)"),
        G("fördubblar", 2, "number", **L26, direction="increase", optional=True, s=("antalet trygghetsvandringar", "antalet"), sp=HB, note="a multiplier verb"),
        *_row(G, "| Centrum", ["34", "39", "−5"], tr_cols, TS, sep=" | ", note="table 'Andel som känner sig otrygga ute en sen kväll, procent': '2025' / '2023' / 'Förändring, procentenheter'"),
        *_row(G, "| Västra Hagen", ["29", "26", "+3"], tr_cols, TS, sep=" | "),
        *_row(G, "| Norrby", ["18", "24", "−6"], tr_cols, TS, sep=" | "),
        *_row(G, "| Åsen", ["12", "14", "−2"], tr_cols, TS, sep=" | "),
        *_row(G, "| Hela kommunen", ["21", "26", "−5"], tr_cols, TS, sep=" | "),
    ]
    NEG["r14_b_trygghet_kommun"] = [
        N("Trygghetsmätningen 2025", note="title"), N("3 december 2025"), N("hösten 2023"),
        N("16 till 84 år", note="age group"), N("Under 2024"), N("1 000", ctx="98,2 brott per [1 000]", note="denominator"),
        N("1 000", ctx="104,6 brott per [1 000]", note="denominator"), N("2022", ctx="sedan [2022],"),
        N("2025", ctx="| Område | [2025] |", note="column header"), N("2023", ctx="| 2025 | [2023] |", note="column header"),
        N("hösten 2027"), N("0563-186 40"),
    ]

    # ------------------------------------------------ 3. airport operator, August 2026 (Publicerad 9 september 2026)
    PA = ("passagerare", "passagerare")
    AU = ("antalet utrikes resenärer", "antalet")
    IR = ("inrikesresorna", "inrikesresorna")
    AL = ("Antalet landningar", "Antalet")
    KA = ("Kallmora", "Kallmora")
    FF = ("Flygfrakten över Granvik", "Flygfrakten")
    PF = ("Passagerare per flygplats", "Passagerare")
    fl_cols = [("count", 1, None, Y26, False, False), ("count", 1, None, Y25, False, False),
               ("percent", 1, None, Y26, True, True), ("count", 1, None, Y26, False, False)]
    GOLD["r14_b_flygplatser_augusti"] = [
        G("sju flygplatser", 7, "count", optional=True, s=("flygplatser", "flygplatser"), sp=None, note="a named set"),
        G("612 840", 612840, "count", ctx="reste [612 840] passagerare", **L26, direction="increase", s=PA, sp=None, note="'I augusti' (no year); ', en uppgång med 4,3 procent jämfört med augusti i fjol'"),
        G("4,3 procent", 4.3, "percent", **L26, direction="increase", s=PA, sp=None),
        G("7,9 procent", 7.9, "percent", **L26, direction="increase", s=AU, sp=None),
        G("389 410", 389410, "count", ctx="till [389 410],", **L26, direction="increase", s=AU, sp=None, note="to-value"),
        G("1,4 procent", 1.4, "percent", **L26, direction="decrease", s=IR, sp=None, note="'backade med'"),
        G("223 430", 223430, "count", ctx="till [223 430].", **L26, direction="decrease", s=IR, sp=None),
        G("5 118", 5118, "count", ctx="till [5 118],", **L26, direction="decrease", s=AL, sp=None, note="', vilket är 2 procent färre än ett år tidigare'"),
        G("2 procent", 2, "percent", ctx="är [2 procent] färre", **L26, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("120 passagerare per landning", 120, "count", per="landing", **L26, direction="increase", s=PA, sp=None, note="'mot 112 i augusti 2025': the new value"),
        G("112", 112, "count", per="landing", ctx="mot [112] i augusti", t=Y25, s=PA, sp=None),
        G("402 160 passagerare", 402160, "count", **L26, direction="increase", s=PA, sp=None, note="', en ökning med 6,2 procent'"),
        G("6,2 procent", 6.2, "percent", **L26, direction="increase", s=PA, sp=None),
        G("28 940 passagerare", 28940, "count", **L26, direction="decrease", s=KA, sp=None, note="'Kallmora tappade ... och hamnade på': to-value keeps the verb's subject"),
        G("8,5 procent", 8.5, "percent", **L26, direction="decrease", s=KA, sp=None, note="'under fjolårets nivå'"),
        G("1 840 ton", 1840, "tonne", **L26, direction="increase", s=FF, sp=None, note="'växte till'"),
        G("1 710 ton", 1710, "tonne", t=Y25, s=FF, sp=None, note="'i augusti förra året': relative, not lenient"),
        G("4,38 miljoner passagerare", 4.38e6, "count", **L26, direction="increase", s=PA, sp=None, note="heading 'Hittills i år'; 'Från januari till och med augusti' (no year); next 'Det är 3,1 procent fler'"),
        G("3,1 procent", 3.1, "percent", **L26, direction="increase", s=PA, sp=None),
        G("nästan var femte", 0.2, "ratio", bound="approx", **L26, s=PA, sp=None),
        G("fem miljoner passagerare", 5e6, "count", bound="more_than", **L26, s=PA, sp=("Anton Rydqvist", "quote"), note="forecast 'passera ... under ett kalenderår'"),
        *_row(G, "| Granvik", ["402 160", "378 680", "+6,2", "2 861 300"], fl_cols, PF, sep=" | ", note="table 'Aug 2026' / 'Aug 2025' / 'Förändring, %' / 'Jan–aug 2026'"),
        *_row(G, "| Storsjöby", ["98 420", "95 730", "+2,8", "712 450"], fl_cols, PF, sep=" | "),
        *_row(G, "| Kallmora", ["28 940", "31 630", "−8,5", "231 800"], fl_cols, PF, sep=" | "),
        *_row(G, "| Vänersand", ["41 270", "40 110", "+2,9", "302 600"], fl_cols, PF, sep=" | "),
        *_row(G, "| Övriga tre", ["42 050", "41 430", "+1,5", "272 050"], fl_cols, PF, sep=" | "),
        *_row(G, "| Totalt", ["612 840", "587 580", "+4,3", "4 380 200"], fl_cols, PF, sep=" | "),
    ]
    NEG["r14_b_flygplatser_augusti"] = [
        N("9 september 2026"), N("augusti 2025", ctx="i [augusti 2025].", note="'mot 112 i augusti 2025' places the baseline"),
        N("Aug 2026", note="column header"), N("Aug 2025", note="column header"), N("Jan–aug 2026", note="column header"),
        N("8 oktober 2026"), N("010-447 21 90"),
    ]

    # ------------------------------------------------ 4. university admissions, autumn 2026 (dateline 14 July 2026)
    ST4 = ("studenter", "studenter")
    AS = ("Antalet sökande", "Antalet")
    FH = ("förstahandssökande", "förstahandssökande")
    FS = ("förstahandssökandena", "förstahandssökandena")
    AF = ("Antalet förstahandssökande", "Antalet")
    MH = ("Magnus Hedenberg", "quote")
    LP = ("Lägsta antagningspoäng till sjuksköterskeprogrammet", "antagningspoäng")
    an_cols = [("count", 1, None, Y26, True, False), ("count", 1, None, Y26, True, False),
               ("count", 1, "place", Y26, True, False), ("percent", 1, None, Y26, True, True)]
    an_subj = [("Platser", "Platser")] + [("Förstahandssökande", "Förstahandssökande")] * 3
    GOLD["r14_b_antagning_hogskola"] = [
        G("6 935 studenter", 6935, "count", t=Y26, direction="increase", s=ST4, sp=None, note="'till höstterminen 2026'; next 'Det är 4,7 procent fler'"),
        G("4,7 procent", 4.7, "percent", **L26, direction="increase", s=ST4, sp=None),
        G("24 180", 24180, "count", **L26, direction="decrease", s=AS, sp=None, note="', en minskning med 310 jämfört med hösten 2025'"),
        G("310", 310, "count", ctx="minskning med [310]", **L26, direction="decrease", s=AS, sp=None),
        G("8 420", 8420, "count", **L26, s=("de sökande", "sökande"), sp=None, note="partitive 'Av de sökande'"),
        G("38 programmen", 38, "count", optional=True, s=("programmen", "programmen"), sp=None, note="a named set"),
        G("3 650 programplatser", 3650, "count", **L26, s=("programplatser", "programplatser"), sp=None),
        G("2,3 förstahandssökande per plats", 2.3, "count", per="place", **L26, s=FH, sp=None, note="'samma nivå som förra året': no change"),
        G("742", 742, "count", ctx="förstahandssökandena [742],", **L26, direction="increase", s=FS, sp=None, note="', drygt 18 procent fler än året innan'"),
        G("drygt 18 procent", 18, "percent", bound="approx", **L26, direction="increase", s=FS, sp=None),
        G("180 platser", 180, "count", **L26, s=("platser", "platser"), sp=None),
        G("4,1 förstahandssökande per plats", 4.1, "count", per="place", **L26, s=FH, sp=None),
        G("395", 395, "count", ctx="från [395] till", **L25, s=AF, sp=None, note="from-value"),
        G("341", 341, "count", ctx="till [341],", **L26, direction="decrease", s=AF, sp=None),
        G("120 platserna", 120, "count", **L26, s=("platserna", "platserna"), sp=None),
        G("nästan hälften", 0.5, "ratio", bound="approx", t=("2021", "2026"), lenient=True, direction="decrease", optional=True, s=("trycket på de 120 platserna", "trycket"), sp=None, note="'hälften så stort som toppåret 2021': a multiplier over time"),
        G("61 procent", 61, "percent", **L26, s=("Kvinnorna", "Kvinnorna"), sp=None),
        G("Var femte", 0.2, "ratio", **L26, s=("antagen student", "student"), sp=None),
        G("drygt 2 900 sökande", 2900, "count", bound="approx", **L26, s=("sökande", "sökande"), sp=None),
        G("40 platser", 40, "count", t=("2024", "2026"), lenient=True, direction="increase", s=("vårdutbildningarna", "vårdutbildningarna"), sp=MH, note="'byggt ut ... med 40 platser på två år'"),
        G("två sökande per plats", 2, "count", bound="less_than", per="place", **L26, s=("sökande", "sökande"), sp=MH, note="'färre än två'"),
        G("17,34", 17.34, "number", **L26, direction="increase", s=LP, sp=None, note="'mot 16,10 förra hösten'"),
        G("16,10", 16.10, "number", t=Y25, s=LP, sp=None, note="'förra hösten': relative, not lenient"),
        *_row(G, "Sjuksköterskeprogrammet", ["180", "742", "4,1", "+18,3"], an_cols, an_subj, note="table, caption 'höstterminen 2026'; 'Förändring mot 2025, %'"),
        *_row(G, "Socionomprogrammet", ["120", "341", "2,8", "−13,7"], an_cols, an_subj),
        *_row(G, "Förskollärarprogrammet", ["90", "156", "1,7", "−4,9"], an_cols, an_subj),
        *_row(G, "Högskoleingenjör, elektroteknik", ["60", "198", "3,3", "+7,6"], an_cols, an_subj),
        *_row(G, "Fastighetsmäklarprogrammet", ["45", "287", "6,4", "+11,2"], an_cols, an_subj),
    ]
    NEG["r14_b_antagning_hogskola"] = [
        N("14 juli 2026"), N("höstterminen 2026", 1), N("hösten 2025"), N("2021", note="'toppåret 2021' places the baseline"),
        N("höstterminen 2026", 2, note="caption"), N("2025", ctx="mot [2025], %", note="column header"),
        N("30 juli"), N("0512-66 73 10"),
    ]

    # ------------------------------------------------ 5. UNDATED debate article (no date, no sidecar)
    JV = ("drift, underhåll och investeringar i järnvägen", "drift")
    S90 = dict(t=("1990", None), lenient=True)
    IV = ("Infrastrukturverket", "credited")
    MHS = ("Mälarnäs högskola", "enligt")
    GOLD["r14_b_debatt_jarnvag"] = [
        G("omkring 0,3 procent", 0.3, "percent", bound="approx", s=JV, sp=None, note="'i dag' in an undated text: no period"),
        G("1,0 procent", 1.0, "percent", s=("sin järnväg", "järnväg"), sp=None),
        G("tre gånger", 3, "number", occ=1, bound="more_than", optional=True, s=None, sp=None, note="'mer än tre gånger så mycket': two countries at one time"),
        G("nästan dubbelt", 2, "number", bound="approx", optional=True, s=None, sp=None),
        G("en fjärdedel", 0.25, "ratio", occ=1, optional=True, s=("ett järnvägsnät", "järnvägsnät"), sp=None, note="'en fjärdedel så långt som vårt': a multiplier"),
        G("cirka 4 500 kronor", 4500, "SEK", bound="approx", per="capita", s=("järnvägen", "järnvägen"), sp=None, note="'Räknat per invånare och år'"),
        G("knappt 1 400 kronor", 1400, "SEK", bound="approx", per="capita", s=("motsvarande belopp", "belopp"), sp=None),
        G("drygt 80 procent", 80, "percent", bound="approx", **S90, direction="increase", s=("persontrafiken på den svenska järnvägen", "persontrafiken"), sp=None, note="'Sedan 1990-talet'"),
        G("ungefär en fjärdedel", 0.25, "ratio", bound="approx", **S90, direction="increase", s=("godstrafiken", "godstrafiken"), sp=None),
        G("runt 10 900 kilometer", 10900, "km", bound="approx", s=("nätet", "nätet"), sp=None),
        G("ungefär 0,5 procent", 0.5, "percent", bound="approx", t=("1990", "1999"), s=("de statliga järnvägsanslagen", "järnvägsanslagen"), sp=None, note="'På 1990-talet'"),
        G("omkring två femtedelar", 0.4, "ratio", bound="approx", **S90, direction="decrease", s=("Andelen", "Andelen"), sp=None),
        G("nästan fördubblats", 2, "number", bound="approx", **S90, direction="increase", optional=True, s=("trafiken", "trafiken"), sp=None),
        G("95 miljarder kronor", 95e9, "SEK", s=("det eftersläpande underhållet", "underhållet"), sp=IV),
        G("tre år", 3, "year", optional=True, s=None, sp=None, note="the span of a comparison base"),
        G("Hälften", 0.5, "ratio", s=("alla signalställverk", "signalställverk"), sp=None),
        G("40 år", 40, "year", bound="more_than", s=("alla signalställverk", "signalställverk"), sp=None, note="'äldre än 40 år': the age of things"),
        G("omkring 92 procent", 92, "percent", bound="approx", s=("persontågen", "persontågen"), sp=None),
        G("tre minuter", 3, "minute", bound="at_most", optional=True, s=None, sp=None, note="'inom tre minuter': a definition"),
        G("knappt 89 procent", 89, "percent", bound="approx", s=None, sp=None, note="elided noun"),
        G("fem minuter", 5, "minute", optional=True, s=("en generösare gräns", "gräns"), sp=None, note="a definition"),
        G("tre gånger", 3, "number", occ=2, bound="approx", optional=True, s=None, sp=None, note="'ungefär tre gånger så ofta'"),
        G("10 miljarder kronor per år", 10e9, "SEK", per="year", direction="increase", s=("anslaget till järnvägsunderhåll", "anslaget"), sp=None, note="a demand; 'under de kommande tio åren' unresolved"),
        G("en halv procent", 0.5, "percent", direction="increase", s=None, sp=None, note="to-value of the demand"),
        G("hälften så mycket", 0.5, "ratio", optional=True, s=None, sp=None, note="a multiplier between countries"),
        G("omkring 7 miljarder kronor om året", 7e9, "SEK", bound="approx", per="year", s=("förseningarna", "förseningarna"), sp=MHS),
        G("mellan 2 och 4 kronor", None, "SEK", low=2, high=4, per="SEK", s=("akuta reparationer", "reparationer"), sp=MHS, note="'Varje krona ... sparar'"),
    ]
    NEG["r14_b_debatt_jarnvag"] = [
        N("1990-talet", 1), N("1990-talet", 2), N("1950-talet"), N("1990-talet", 3),
    ]

    # ------------------------------------------------ 6. housing starts, first quarter (sidecar 2026-05-13, no year in text)
    NL = ("nya lägenheter", "lägenheter")
    LG = ("lägenheter", "lägenheter")
    BSB = ("Bostadsstatistikbyrån", "enligt")
    HY = ("Hyresrätterna", "Hyresrätterna")
    SM = ("småhusen", "småhusen")
    PL = ("Påbörjade lägenheter", "lägenheter")
    bb_cols = [("count", 1, None, Y26, True, False)] * 3 + [("percent", 1, None, Y26, True, True)]
    GOLD["r14_b_bostadsbyggande_kvartal"] = [
        G("8 260 nya lägenheter", 8260, "count", **L26, direction="increase", s=NL, sp=BSB, note="'Under årets första kvartal' (sidecar year); next 'Det är en uppgång med 22 procent'"),
        G("22 procent", 22, "percent", occ=1, **L26, direction="increase", s=NL, sp=None),
        G("6 770 lägenheter", 6770, "count", t=Y25, s=LG, sp=None, note="'samma kvartal i fjol, då'"),
        G("6 140 lägenheter", 6140, "count", **L26, direction="increase", s=LG, sp=None, note="', 35 procent fler än ett år tidigare'"),
        G("35 procent", 35, "percent", **L26, direction="increase", s=LG, sp=None),
        G("2 120 lägenheter", 2120, "count", **L26, direction="decrease", s=LG, sp=None, note="', en nedgång med 4 procent'"),
        G("4 procent", 4, "percent", ctx="nedgång med [4 procent]", **L26, direction="decrease", s=LG, sp=None),
        G("1 340", 1340, "count", ctx="var [1 340] styckebyggda", **L26, s=SM, sp=None),
        G("780", 780, "count", ctx="och [780] gruppbyggda", **L26, s=SM, sp=None),
        G("52 procent", 52, "percent", **L26, direction="increase", s=HY, sp=None, note="'jämfört med 47 procent ett år tidigare'"),
        G("47 procent", 47, "percent", **L25, s=HY, sp=None),
        G("29 450 lägenheter", 29450, "count", t=("2025", "2026"), lenient=True, s=("byggstarterna", "byggstarterna"), sp=None, note="'Under de senaste fyra kvartalen'"),
        G("omkring 57 000 nya bostäder", 57000, "count", bound="approx", per="year", s=("nya bostäder", "bostäder"), sp=("Bostadsbyggnadsrådet", "credited"), note="a standing need: no period"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L26, s=("Byggandet", "Byggandet"), sp=None),
        G("41 procent", 41, "percent", **L26, direction="increase", s=("Storstockholm", "Storstockholm"), sp=None),
        G("6 procent", 6, "percent", ctx="uppgång på [6 procent]", **L26, direction="increase", s=("Mellansverige", "Mellansverige"), sp=None),
        G("1 040 lägenheter", 1040, "count", **L26, s=LG, sp=None),
        G("610", 610, "count", ctx="varav [610] i", **L26, s=None, sp=None, note="'varav': elided"),
        *_row(G, "Storstockholm", ["2 480", "390", "2 870", "+41"], bb_cols, PL, note="table 'Påbörjade lägenheter per region, första kvartalet' (caption: lenient)"),
        *_row(G, "Västkusten", ["1 210", "360", "1 570", "+28"], bb_cols, PL),
        *_row(G, "Sydregionen", ["980", "410", "1 390", "+19"], bb_cols, PL),
        *_row(G, "Mellansverige", ["860", "530", "1 390", "+6"], bb_cols, PL),
        *_row(G, "Norrland", ["610", "430", "1 040", "+9"], bb_cols, PL),
        *_row(G, "Hela riket", ["6 140", "2 120", "8 260", "+22"], bb_cols, PL),
        G("8 procent", 8, "percent", direction="increase", optional=True, s=("siffrorna", "siffrorna"), sp=None, note="the method's uplift (r9_b)"),
    ]
    NEG["r14_b_bostadsbyggande_kvartal"] = [N("12 augusti", note="next publication")]

    # ------------------------------------------------ 7. transport ticket prices (HTML, Publicerad 15 oktober 2026)
    MV = ("En månadsbiljett för vuxen som gäller i hela länet", "månadsbiljett")
    PR = ("priset", "priset")
    EZ = ("En enkelresa inom en zon", "enkelresa")
    AB = ("Årsbiljetten", "Årsbiljetten")
    KF = ("Karin Fjellström", "quote")
    RS = ("resor", "resor")
    pt = lambda per: [("SEK", 1, per, Y26, False, False), ("SEK", 1, per, Y27, False, False), ("percent", 1, None, Y27, True, True)]
    GOLD["r14_b_biljettpriser_trafik"] = [
        G("4,5 procent", 4.5, "percent", t=Y27, direction="increase", s=("priserna på de flesta av Vidåtrafikens biljetter", "priserna"), sp=None, note="'Den 1 januari 2027 höjs'"),
        G("1 190 kronor", 1190, "SEK", per="month", t=Y26, s=MV, sp=None, note="'kostar i dag'"),
        G("1 250 kronor", 1250, "SEK", per="month", t=Y27, direction="increase", s=PR, sp=None, note="'Efter årsskiftet blir priset'"),
        G("60 kronor", 60, "SEK", per="month", t=Y27, direction="increase", s=PR, sp=None, note="'mer per månad'"),
        G("32", 32, "SEK", per="trip", ctx="från [32] till", **L26, s=EZ, sp=None, note="from-value"),
        G("34 kronor", 34, "SEK", per="trip", **L27, direction="increase", s=EZ, sp=None, note="'går upp från ... till'"),
        G("två zoner", 2, "count", occ=1, optional=True, s=("zoner", "zoner"), sp=None, note="delimits a ticket type"),
        G("47 kronor", 47, "SEK", per="trip", **L27, direction="increase", s=None, sp=None, note="'får betala ... i stället för 44': the payer is not the subject"),
        G("44", 44, "SEK", per="trip", ctx="för [44].", **L26, s=None, sp=None, note="from-value"),
        G("25 procent", 25, "percent", **L27, s=("rabatt", "rabatt"), sp=None, note="'behåller sina 25 procent rabatt': no change"),
        G("938 kronor", 938, "SEK", per="month", **L27, s=("En månadsbiljett för studerande", "månadsbiljett"), sp=None),
        G("37 resor", 37, "count", bound="at_least", per="month", **L27, s=RS, sp=None, note="'redan från 37 resor i månaden': break-even"),
        G("42 resor", 42, "count", per="month", **L27, s=RS, sp=None),
        G("knappt 30 kronor per resa", 30, "SEK", bound="approx", per="trip", **L27, s=None, sp=None, note="'betalar då': the payer"),
        G("500 kronor", 500, "SEK", per="year", **L27, direction="increase", s=AB, sp=None),
        G("12 400 kronor", 12400, "SEK", per="year", **L27, direction="increase", s=AB, sp=None, note="to-value"),
        G("drygt 1 030 kronor per månad", 1030, "SEK", bound="approx", per="month", **L27, direction="increase", s=None, sp=None, note="'vilket motsvarar': restates the to-value (r9_a)"),
        G("48 procent", 48, "percent", **L26, s=("Biljettintäkterna", "Biljettintäkterna"), sp=KF),
        G("minst hälften", 0.5, "ratio", bound="at_least", t=Y["2030"], s=("biljettintäkterna", "biljettintäkterna"), sp=None, note="target 'år 2030'; 'Regionens mål' is possession"),
        G("21,4 miljoner resor", 21.4e6, "count", t=Y25, direction="increase", s=RS, sp=None, note="'Under 2025'; ', 6 procent fler än året innan'"),
        G("6 procent", 6, "percent", **L25, direction="increase", s=RS, sp=None),
        *_row(G, "Månadsbiljett vuxen", ["1 190", "1 250", "5,0"], pt("month"), ("Månadsbiljett vuxen", "Månadsbiljett"), note="HTML table 'Pris 2026, kr' / 'Pris 2027, kr' / 'Höjning, %'"),
        *_row(G, "Månadsbiljett studerande", ["893", "938", "5,0"], pt("month"), ("Månadsbiljett studerande", "Månadsbiljett")),
        *_row(G, "Enkelresa, en zon", ["32", "34", "6,3"], pt("trip"), ("Enkelresa, en zon", "Enkelresa")),
        G("två zoner", 2, "count", occ=2, optional=True, s=("zoner", "zoner"), sp=None, note="row label"),
        *_row(G, "Enkelresa, två zoner", ["44", "47", "6,8"], pt("trip"), ("Enkelresa, två zoner", "Enkelresa")),
        *_row(G, "Årsbiljett vuxen", ["11 900", "12 400", "4,2"], pt("year"), ("Årsbiljett vuxen", "Årsbiljett")),
    ]
    NEG["r14_b_biljettpriser_trafik"] = [
        N("Priser 2027", note="breadcrumb"), N("15 oktober 2026"), N("1 januari 2027", 1), N("29 september"),
        N("år 2030"), N("Under 2025"), N("Pris 2026", note="column header"), N("Pris 2027", note="column header"),
        N("1 januari 2027", 2), N("18 000", note="related-article teaser (chrome)"), N("linje 4", note="line name in a teaser"),
        N("Stationsgatan 12"), N("641 30"), N("0771-44 55 00"), N("232100-0418"), N("© Vidåtrafiken 2026"),
    ]

    # ------------------------------------------------ 8. county harvest estimate 2025 (dateline 'Vidstrand den 8 oktober 2025')
    LST = ("Länsstyrelsen i Österlunds län", "enligt")
    HV = ("Höstvetet", "Höstvetet")
    HS = ("Hektarskörden", "Hektarskörden")
    AR = ("arealen", "arealen")
    LH = ("Lena Hammarsköld", "quote")
    HR = ("Höstrapsen", "Höstrapsen")

    def sk_row(label, cells, pct_dir, note=""):
        cols = [("ha", 1, None, Y25, True, False), ("kg", 1, "ha", Y25, True, False), ("tonne", 1, None, Y25, True, False)]
        subj = [("Areal", "Areal"), ("Kilo per hektar", "Kilo"), ("Skörd", "Skörd")]
        out = _row(G, f"| {label}", cells[:3], cols, subj, sep=" | ", note=note)
        pre = " | ".join(cells[:3])
        out.append(G(cells[3], _val(cells[3]), "percent", **L25, direction=pct_dir, s=("Procent av skörden 2024", "Procent"), sp=None,
                     ctx=f"| {label} | {pre} | [{cells[3]}]", note="percent of the previous harvest: a change, by its side of 100"))
        return out

    GOLD["r14_b_skord_lan"] = [
        G("omkring 412 000 ton", 412000, "tonne", bound="approx", t=Y25, direction="increase", s=("spannmål", "spannmål"), sp=LST, note="'i år'; next sentence 'Det motsvarar 118 procent av fjolårets skörd'"),
        G("118 procent", 118, "percent", occ=1, **L25, direction="increase", s=None, sp=None, note="'Det motsvarar ... av fjolårets skörd'"),
        G("6 procent", 6, "percent", ctx="ligger [6 procent] över", **L25, direction="increase", s=None, sp=None, note="over the five-year average (r10_b)"),
        G("38 600 hektar", 38600, "ha", **L25, s=HV, sp=None),
        G("7 140 kilo per hektar", 7140, "kg", per="ha", **L25, s=HV, sp=None, note="the next sentence only gives last year's level"),
        G("6 080 kilo", 6080, "kg", per="ha", t=Y24, s=("Fjolårets hektarskörd", "hektarskörd"), sp=None),
        G("275 600 ton", 275600, "tonne", **L25, s=("höstvete", "höstvete"), sp=None),
        G("två tredjedelar", 2 / 3, "ratio", **L25, s=None, sp=None, note="'vilket är'"),
        G("4 310 kilo", 4310, "kg", per="ha", **L25, direction="decrease", s=HS, sp=None, note="', 9 procent under femårssnittet': the new value"),
        G("9 procent", 9, "percent", **L25, direction="decrease", s=HS, sp=None),
        G("2 100 hektar", 2100, "ha", **L25, direction="decrease", s=AR, sp=None),
        G("17 800 hektar", 17800, "ha", **L25, direction="decrease", s=AR, sp=None, note="to-value"),
        G("4 020 kilo per hektar", 4020, "kg", per="ha", **L25, s=("Havren", "Havren"), sp=None),
        G("35 800 ton", 35800, "tonne", **L25, direction="increase", s=None, sp=None, note="'vilket gav'; 'att jämföra med 27 500 ton i fjol'"),
        G("27 500 ton", 27500, "tonne", t=Y24, s=None, sp=None, note="'i fjol'"),
        G("10,8 procent", 10.8, "percent", **L25, s=("proteinhalten", "proteinhalten"), sp=LH),
        G("runt 2,10 kronor per kilo", 2.10, "SEK", bound="approx", per="kg", **L25, s=("ett pris", "pris"), sp=LH),
        G("3 640 kilo per hektar", 3640, "kg", per="ha", **L25, s=HR, sp=None, note="'i nivå med förra året': no change"),
        G("9 200 hektar", 9200, "ha", **L25, s=HR, sp=None),
        G("fördubblats", 2, "number", t=("2015", "2025"), lenient=True, direction="increase", optional=True, s=("Arealen raps", "Arealen"), sp=None, note="'på tio år'"),
        *sk_row("Höstvete", ["38 600", "7 140", "275 600", "123"], "increase", note="table 'Preliminär skörd 2025' (caption: lenient)"),
        *sk_row("Vårkorn", ["17 800", "4 310", "76 700", "96"], "decrease"),
        *sk_row("Havre", ["8 900", "4 020", "35 800", "130"], "increase"),
        *sk_row("Övrig spannmål", ["6 300", "3 790", "23 900", "133"], "increase"),
        *sk_row("Summa spannmål", ["71 600", "5 750", "412 000", "118"], "increase"),
    ]
    NEG["r14_b_skord_lan"] = [
        N("8 oktober 2025"), N("Preliminär skörd 2025", note="caption"), N("2024", ctx="skörden [2024] |", note="column header"),
        N("0480-45 17 62"),
    ]
    return GOLD, NEG
