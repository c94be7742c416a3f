"""Round 16, part A (r16_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 16, part A (r16_a_*): eight kinds, written from scratch (r16_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a clothing chain's monthly sales release
# for October 2025 (Markdown, dateline 'Borås den 13 november 2025'; 'ökade med 6 procent i lokala valutor', 'Omräknat
# till svenska kronor uppgick ... att jämföra med ... i oktober i fjol, en ökning med 3 procent', 'tog alltså bort 3
# procentenheter av tillväxten', 'I jämförbara butiker', '9 fler än för ett år sedan', 'står nu för 29 procent ..., mot 26
# procent i oktober förra året', 'Räkenskapsårets två första månader', a Markdown table per market 'Okt 2025, MSEK' / 'Okt
# 2024, MSEK' / 'Förändring i SEK, %' / 'Förändring i lokal valuta, %'), a national crime-statistics release for the
# first half of 2026 ('Publicerad 21 juli 2026'; 'Under årets första sex månader', 'Det är 3 procent färre än under
# första halvåret 2025, då', 'per 100 000 invånare', 'tilltog med', 'vilket är 180 fler', 'varav 21 med dödlig
# utgång', 'Under samma period förra året var siffrorna 143 respektive 30', 'Knappt vart sjunde', 'För fem år sedan var
# det vart femte', a plain-text table by crime category '2026' / '2025' / 'Förändring, %' with a zero cell), a
# consumer-goods company's interim report for Q2 2026 (dateline 'Helsingborg den 17 juli 2026'; bullets with bracketed
# prior figures dated by 'Siffror inom parentes avser motsvarande period föregående år', 'Den organiska tillväxten var 6,1
# (3,4) procent', per share, 'förstärktes med 1,4 procentenheter till', 'backade med', 'Valutaeffekter minskade ...
# med 38 MSEK', '1,6 gånger EBITDA för de senaste tolv månaderna', a plain-text key-figure table 'Apr–jun 2026' /
# 'Apr–jun 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' / 'Helår 2025', targets 'minst 4 procent per år' and '12 procent
# senast 2028'), a region's budget 2027 with plan 2028–2029 ('Publicerad 26 november 2026'; 'nettokostnadsram',
# 'uppräkning med 512 miljoner kronor eller 3,6 procent', 'Skattesatsen lämnas oförändrad på 11,71 kronor', a
# counterfactual 'En höjning med 25 öre hade gett omkring 250 miljoner kronor mer per år', '45 av fullmäktiges 81
# mandat', 'stiger ... till 188 respektive 231', 'varav 1 150 miljoner går till', 'ska halveras', 'högst 200 miljoner',
# a plain-text table 'Budget 2026' / 'Budget 2027' / 'Plan 2028' / 'Plan 2029' in mnkr with negative cost rows), an
# UNDATED op-ed on elderly care and pensions (no date, no sidecar; 'procent av BNP', 'Räknat per invånare ... nästan 1,8
# gånger så mycket som', 'var fjärde person ... mot var femte', 'mindre än hälften av vad', 'ungefär lika mycket som',
# 'i månaden', 'i veckan', 'har krympt med 4 procentenheter på femton år', 'för 30 år sedan', 'dubbelt så många som',
# demands 'höjas med 6,6 miljarder kronor per år', 'minst 1 000 kronor i månaden', 'ingen ... mer än 37 timmar'), a
# monthly housing-price release for September 2025 dated only by its sidecar (2025-10-07; 'kronor per kvadratmeter',
# 'Över de senaste tre månaderna', 'på tolv månader', 'föll med ... på en månad', 'den tredje månatliga nedgången i
# rad', 'plus 7,4 procent', 'bara en fjärdedel av', 'Drygt fyra av tio, 43 procent', a plain-text table 'Bostadsrätter,
# kr/kvm' / '1 mån, %' / '3 mån, %' / '12 mån, %' / 'Villor, tkr' / 'Villor 12 mån, %'), a municipal water company's
# HTML page on the water and sewage tariff from 2027 (cookie banner, menu, breadcrumb, related links, footer;
# 'Publicerad 19 oktober 2026'; 'kronor per kubikmeter', 'grundavgiften ... per år', 'drygt 3 öre' a litre, 'omkring 300
# gånger billigare', an HTML table of example houses 'Förbrukning, m³/år' / '2026, kr' / '2027, kr' / 'Förändring,
# kr' / 'Förändring, %', 'per lägenhet och månad', 'ska fördubblas till 1 procent', 'enligt branschorganisationens
# jämförelse') and a marathon organiser's race summary (dateline 'Karlsborg den 14 september 2025'; finishing times
# 'h:mm:ss', '42 sekunder före', '1 minut och 12 sekunder under det gamla rekordet', 'en sjätteplats', 'som blev fyra',
# '42,195 kilometer', 'grader', 'vardera', prize money, 'drygt sex minuter långsammare än förra året', 'steg till 15,5
# procent, från 11 procent', next year's fee 'höjs med 100 kronor till 995 kronor').
# The r8-r15 decisions are followed: periods at year grain (a quarter, a half-year and a month take their year); a
# relative expression in the sentence ('i fjol', 'förra året', 'i dag', 'nu', 'nästa år', 'årets', 'sedan årsskiftet',
# 'För fem år sedan') resolves against the publication date and is not lenient; a month without a year, a heading's, a
# caption's or the document's period, 'ett år tidigare' are lenient; brackets take the period their note names (not
# lenient); a level followed by ', att jämföra med X <earlier time>', ', mot X <earlier time>', ', X fler än', ',
# vilket är X fler' or a next sentence 'Det är X färre' is the new value after a change (direction), the earlier value
# and from-values have none; comparisons at one time have no direction; multipliers, definitions of an example and rules
# are optional; targets and negated bounds are required (no period unless the target names its year); table cells take
# their column headers' periods (not lenient; a caption's lenient), change columns lenient with direction from the sign;
# rows that are categories take the caption's or the column's measure as subject; 'vilket är' / 'vilket motsvarar' /
# 'innebär det' / 'alltså' have s None; a figure that is the grammatical subject (also in the passive) has s None;
# elided nouns s None; the actor who spends is never the subject; 'per 100 000 invånare' is per="capita" with the value
# as written and its '100 000' N; 'per lägenhet och månad' is per="month"; öre are SEK/100; 'gånger' is unit number;
# the UNDATED text has no period on any figure.
# Where those were silent, decided here:
# - Finishing times written 'h:mm:ss' ('2:09:48') are durations in minutes with the seconds as a fraction (129.8; the
#   contract has no unit for seconds, r10_a put hours and minutes in minutes); '42 sekunder' is 0.7 minute and '1 minut
#   och 12 sekunder' one mention of 1.2 minutes. A course record set in an earlier year takes that year ('Banrekordet
#   på 2:08:54 från 2019': 2019, explicit). A new record followed by ', 1 minut och 12 sekunder under det gamla
#   rekordet' is the new value of the record (direction decrease, both figures). Placings in words ('som blev fyra',
#   'en sjätteplats') are ordinals. The marathon distance '42,195 kilometer' defines the race (optional). Prize money
#   'får 150 000 kronor vardera' has per None (a distributive word, not a rate) and takes the receivers as subject.
#   'Sammanlagt delades 620 000 kronor ut i prispengar' is passive with the figure as grammatical subject: s None. The
#   previous year's share '11 procent' (', från 11 procent') is last year's race: 2024, lenient. Next year's fee
#   ('Nästa års lopp går den 12 september 2026 ...') is 2026, lenient.
# - Sales release: the local-currency growth, the SEK growth and the comparable-store growth are all changes of the
#   same sales ('Försäljningen'/'försäljningen'; 'I jämförbara butiker' and 'i lokala valutor' are adverbials, not part
#   of the subject). '3 procentenheter' that the strong krona 'tog alltså bort' is the gap between two growth rates of
#   the same month: no direction, s None ('alltså'). 'Det motsvarar en tillväxt på 5 procent' takes the noun the figure
#   is attached to ('tillväxt'), direction increase; the elided '1 procent i kronor' has s None. '4 nya butiker' has no
#   direction (a bare 'nya'). The table's change columns take the measure of the money columns ('Försäljning', from
#   the heading 'Försäljning per marknad'). The CEO's 'låg vi 11 procent över samma vecka i fjol' is a change over time
#   with s None ('vi' is the company). 'i sex marknader' is a required count (number word, present tense).
# - Crime statistics: a half-year's figures take its year; 'Under årets första sex månader' gives 2026, not lenient;
#   the rest of the release's figures take the document's half-year (lenient). '98 600 anmälningar' after 'bedrägerierna
#   ... minskade med 14 procent till' takes the thing that changes ('bedrägerierna'), not the counted noun (as r15_a's
#   '3 980 skador'). A paragraph that opens 'fortsätter ... att bli färre' followed by last year's figures in the next
#   sentence ('Under samma period förra året var siffrorna 143 respektive 30') makes this year's '109 skjutningar' and
#   'varav 21' new values (decrease); last year's take 'siffrorna' as subject (as written). 'Knappt vart sjunde' (1/7,
#   approx) followed by 'För fem år sedan var det vart femte' is a share over time: the first has direction decrease,
#   the second takes 2021 (five years before July 2026, not lenient). 'tre halvår i följd' is an optional count (no
#   half-year unit in the contract). The table's zero change cell '0' is a quantity with no direction. 'Tabell 1' is N.
# - Interim report: the note 'Siffror inom parentes avser motsvarande period föregående år' dates every bracket (2025,
#   not lenient); the bullets take the headings 'ANDRA KVARTALET 2026' / 'FÖRSTA HALVÅRET 2026' (2026, lenient). A
#   growth rate and its bracket ('Den organiska tillväxten var 6,1 (3,4) procent') both carry direction increase (the
#   noun names a change). 'motsvarande en rörelsemarginal på 10,8 (9,6) procent' takes the noun ('rörelsemarginal'):
#   'motsvarande' with a noun after it is no restatement. 'vid årets början' (the opening net debt '1 655 MSEK') is the
#   start of 2026 (lenient: a year boundary), and it makes '1 412 MSEK' per 30 June the new value (decrease). The
#   growth target 'minst 4 procent per år' has no period and s None (a verb, 'växa', names it); the margin target '12
#   procent senast 2028' takes 2028. 'kvartalets' (the segment share) is the report's quarter: lenient.
# - Regional budget: 'nästa år' figures are 2027 (not lenient); 'Skattesatsen lämnas oförändrad på 11,71 kronor'
#   (no 'per hundralapp' written: per None) is the budget year, lenient, no direction. The counterfactual 'En höjning
#   med 25 öre hade gett omkring 250 miljoner kronor mer per år': the 25 öre defines the hypothesis (optional), the
#   revenue is required with no period and direction increase (an effect, as r15_b's expected effects). '45 av
#   fullmäktiges 81 mandat' both take 'mandat'. 'I planen för 2028 och 2029 stiger resultatet till 188 respektive 231'
#   gives each figure its own year (explicit). 'Under hela planperioden' is ('2027', '2029'), lenient. 'ska halveras' is
#   an optional multiplier (0.5, decrease); the ceiling 'och 2027 får den vara högst 200 miljoner' is at_most, 2027,
#   direction decrease (it states the halving's target). The pronoun in 'I fjol uppgick den till' stands for 'Kostnaden
#   för inhyrd personal' of the sentence before. The opposition's 'ville ... sänka skatten med 10 öre' is credited to
#   'Oppositionen' (a demand). Negative cells in the cost row keep their sign (value −14 050 mnkr) with no direction:
#   the minus marks a cost, not a change.
# - UNDATED op-ed: every 'per invånare/person över 80 år' is per="capita" with the age band N; 'Sverige lägger 3,1
#   procent av BNP på äldreomsorg' takes the goal of the money; the other countries' shares are elided (s None). Pay and
#   pensions take the earner or receiver as subject ('En undersköterska i Sverige tjänar ... 31 400 kronor i månaden',
#   'En kvinna som går i pension får ... 19 800 kronor'), as r15_b's 'Brännviks Pappersbruk omsatte'; r15_a's hockey
#   club had s None because the verb named a turnover, not a belonging. 'mindre än 4 000 kronor att leva på' carries
#   'i månaden' from the sentence before (per="month"). 'men ligger fortfarande på 24 procent' is the level after 'har
#   krympt' (decrease). 'numera omkring 53 procent ... och för 30 år sedan var andelen över 60 procent' is a share over
#   time: the 53 has direction decrease, the 60 none. 'ungefär lika mycket som' carries no figure (left out).
# - Housing prices (sidecar 2025-10-07): 'Över de senaste tre månaderna' (July–September 2025) and the table's '3 mån, %'
#   column take 2025, lenient; 'på tolv månader', 'det senaste året' and the '12 mån' columns take the rolling year
#   ('2024', '2025'), lenient (r15_a). 'Villor, tkr' scales by 1 000 SEK. The table's level columns take their own
#   measure ('Bostadsrätter', 'Villor'), the change columns the caption's 'Prisutveckling' (r15_a's KPI table). 'den
#   tredje månatliga nedgången i rad' is a required ordinal (3). 'plus 7,4 procent' is a change (increase). 'Drygt fyra
#   av tio, 43 procent' are two required mentions with s None (the figure is the grammatical subject). 'i genomsnitt ute
#   till försäljning i 23 dagar' has s None (no noun names the measure). The basis of the statistic '14 620
#   försäljningar' is required.
# - Water tariff (HTML): the table caption 'Årskostnad ...' makes every money cell per="year" (its change columns too,
#   the percent column not); 'Förbrukning, m³/år' cells and the row label's '15 lägenheter' define the example houses
#   (optional; m3 per year). '28,40' / '4 380 kronor' are today's fees (2026, lenient), the new ones 2027 (lenient; the
#   lead names 1 January 2027). 'drygt 3 öre' a litre is 0.03 SEK per l. 'ska fördubblas till 1 procent' is a target
#   (no period) with 'per år' carried from the sentence before; 'fördubblas' an optional multiplier. The share and
#   length of old pipes ('Ungefär 38 procent ..., eller 420 kilometer, lades innan 1975') describe today's network
#   (2026, lenient; '1975' N). '10 120 kronor för typhus A' is the average annual cost (per="year"), credited 'enligt'
#   to 'branschorganisationens jämförelse'.
# - Negatives: datelines and Publicerad lines, titles' and headings' periods, breadcrumbs, column headers of periods,
#   years and dates that only place a claim ('första halvåret 2025', 'budgeten för 2027', 'under 2027', 'senast 2028',
#   'från 2019', 'lades innan 1975', 'stå klart 2031', 'den 30 juni', 'den 1 januari 2027'), next-report dates, age
#   bands, the denominator '100 000', 'för 30 år sedan', times of day ('klockan 9.30', 'klockan 10.00'), 'Tabell 1',
#   related links ('vecka 44', '2026–2027'), phone numbers, street and box addresses, postal codes, org numbers and the
#   copyright year.
# - Left out on purpose (no digits, neither G nor N): 'två första månader' (a period), 'de första veckorna', 'ett år
#   tidigare', 'för ett år sedan', 'första halvåret', 'det kommande decenniet', 'på femton år', 'inom tio år', 'tre
#   saker', 'en vecka', 'sista milen', 'båda klasserna', 'de två därpå följande åren', 'de närmaste decennierna',
#   'ungefär lika mycket som'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2021", "2024", "2025", "2026", "2027", "2028", "2029")}


def _hms(h, m, s=0):
    """A finishing time 'h:mm:ss' in minutes (the contract has no unit for seconds)."""
    return round(h * 60 + m + s / 60, 6)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26, Y27, Y28, Y29 = (Y[y] for y in ("2024", "2025", "2026", "2027", "2028", "2029"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    R12 = dict(t=("2024", "2025"), lenient=True)

    # ------------------------------------------------------------ 1. clothing chain: sales in October 2025 (dateline 13 november 2025)
    FO = ("försäljningen", "försäljningen")
    ONL = ("Onlineförsäljningen", "Onlineförsäljningen")
    HE = ("Hanna Ekström", "quote")
    FS = ("Försäljning", "Försäljning")
    mk = [("SEK", 1e6, None, Y25, False, False), ("SEK", 1e6, None, Y24, False, False),
          ("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True)]
    MKS = [FS, FS, FS, FS]
    GOLD["r16_a_forsaljning_oktober"] = [
        G("6 procent", 6, "percent", ctx="ökade med [6 procent] i lokala", **L25, direction="increase", s=("Försäljningen", "Försäljningen"), sp=None, note="'i oktober' (no year)"),
        G("1 284 miljoner kronor", 1284e6, "SEK", **L25, direction="increase", s=FO, sp=None, note="', att jämföra med ... i oktober i fjol, en ökning med 3 procent': the new value"),
        G("1 251 miljoner kronor", 1251e6, "SEK", t=Y24, s=FO, sp=None, note="'i oktober i fjol' resolves against the dateline"),
        G("3 procent", 3, "percent", ctx="en ökning med [3 procent]", **L25, direction="increase", s=FO, sp=None),
        G("3 procentenheter", 3, "percentage_point", **L25, s=None, sp=None, note="'alltså': the gap between two growth rates of one month, no direction"),
        G("2 procent", 2, "percent", ctx="försäljningen med [2 procent]", **L25, direction="increase", s=FO, sp=None, note="'I jämförbara butiker' is an adverbial"),
        G("412 butiker", 412, "count", **L25, direction="increase", s=("butiker", "butiker"), sp=None, note="'vid månadens utgång'; ', 9 fler än för ett år sedan': the new value"),
        G("9", 9, "count", ctx="[9] fler än", **L25, direction="increase", s=("butiker", "butiker"), sp=None),
        G("4 nya butiker", 4, "count", **L25, s=("butiker", "butiker"), sp=None, note="openings: a bare 'nya' is no verb of change"),
        G("2", 2, "count", ctx="medan [2] stängdes", **L25, s=None, sp=None, note="elided noun"),
        G("17 procent", 17, "percent", **L25, direction="increase", s=ONL, sp=None),
        G("29 procent", 29, "percent", t=Y25, direction="increase", s=ONL, sp=None, note="'nu'; ', mot 26 procent i oktober förra året': the new value"),
        G("26 procent", 26, "percent", ctx="mot [26 procent]", t=Y24, s=ONL, sp=None, note="'i oktober förra året'"),
        G("2 497 miljoner kronor", 2497e6, "SEK", **L25, s=("Räkenskapsårets två första månader", "månader"), sp=None, note="'september och oktober' (no year)"),
        G("5 procent", 5, "percent", ctx="tillväxt på [5 procent]", **L25, direction="increase", s=("en tillväxt", "tillväxt"), sp=None, note="'Det motsvarar en tillväxt på': the figure is attached to a noun"),
        G("1 procent", 1, "percent", ctx="och [1 procent] i kronor", **L25, direction="increase", s=None, sp=None, note="elided noun"),
        *_row(G, "| Sverige", ["512", "489", "+5", "+5"], mk, MKS, sep=" | ", note="table under 'Försäljning per marknad': 'Okt 2025, MSEK' / 'Okt 2024, MSEK' / 'Förändring i SEK, %' / 'Förändring i lokal valuta, %'"),
        *_row(G, "| Norge", ["236", "241", "−2", "+4"], mk, MKS, sep=" | "),
        *_row(G, "| Finland", ["174", "168", "+4", "+9"], mk, MKS, sep=" | "),
        *_row(G, "| Danmark", ["139", "142", "−2", "+3"], mk, MKS, sep=" | "),
        *_row(G, "| Tyskland", ["121", "119", "+2", "+7"], mk, MKS, sep=" | "),
        *_row(G, "| Online, övriga Europa", ["102", "92", "+11", "+16"], mk, MKS, sep=" | "),
        *_row(G, "| Totalt", ["1 284", "1 251", "+3", "+6"], mk, MKS, sep=" | "),
        G("11 procent", 11, "percent", **L25, direction="increase", s=None, sp=HE, note="'låg vi ... över samma vecka i fjol': one thing over time; 'vi' (the company) is no subject"),
        G("9 procent", 9, "percent", ctx="med [9 procent] i lokal", **L25, direction="increase", s=("Finland", "Finland"), sp=None, note="'växte snabbast, med'"),
        G("8 procent", 8, "percent", ctx="oktober [8 procent] större", **L25, direction="increase", s=("Varulagret", "Varulagret"), sp=None, note="'större än ett år tidigare'"),
        G("sex marknader", 6, "count", **L25, s=("marknader", "marknader"), sp=None, note="number word; present tense"),
        G("omkring 4 300 medarbetare", 4300, "count", bound="approx", **L25, s=("medarbetare", "medarbetare"), sp=None),
    ]
    NEG["r16_a_forsaljning_oktober"] = [
        N("oktober 2025", note="title"), N("13 november 2025"), N("Okt 2025", note="column header"),
        N("Okt 2024", note="column header"), N("11 december 2025", note="next report"), N("033-710 45 20"),
        N("556318-2047"), N("Kvarngatan 14"), N("503 38"),
    ]

    # ------------------------------------------------------------ 2. crime statistics, first half of 2026 (Publicerad 21 juli 2026)
    BR = ("brott", "brott")
    MI = ("Anmälningarna om misshandel", "Anmälningarna")
    SJ = ("skjutningar", "skjutningar")
    AU = ("Andelen anmälda brott som klarades upp", "Andelen")
    MO = ("Malin Östberg", "quote")
    AnB = ("Anmälda brott", "brott")
    bt = [("count", 1, None, Y26, False, False), ("count", 1, None, Y25, False, False),
          ("percent", 1, None, Y26, True, True)]
    GOLD["r16_a_brott_halvar"] = [
        G("718 400 brott", 718400, "count", t=Y26, direction="decrease", s=BR, sp=None, note="'Under årets första sex månader'; next 'Det är 3 procent färre': the new value"),
        G("3 procent", 3, "percent", ctx="Det är [3 procent] färre", **L26, direction="decrease", s=BR, sp=None, note="'Det' stands for the count before"),
        G("740 900 brott", 740900, "count", t=Y25, s=BR, sp=None, note="'under första halvåret 2025, då'"),
        G("6 790 anmälda brott", 6790, "count", per="capita", t=Y26, direction="decrease", s=("anmälda brott", "brott"), sp=None, note="'per 100 000 invånare'; 'årets siffra'; ', mot 7 050 ett år tidigare': the new value"),
        G("7 050", 7050, "count", per="capita", **L25, s=("anmälda brott", "brott"), sp=None, note="'ett år tidigare'"),
        G("14 procent", 14, "percent", ctx="minskade med [14 procent]", **L26, direction="decrease", s=("bedrägerierna", "bedrägerierna"), sp=None),
        G("98 600 anmälningar", 98600, "count", **L26, direction="decrease", s=("bedrägerierna", "bedrägerierna"), sp=None, note="to-value: the subject is what changes, not the counted noun"),
        G("tre halvår", 3, "count", **L26, optional=True, s=None, sp=None, note="'har därmed blivit färre tre halvår i följd': a run of periods (the contract has no half-year unit)"),
        G("4 procent", 4, "percent", ctx="tilltog med [4 procent]", **L26, direction="increase", s=MI, sp=None),
        G("43 200", 43200, "count", ctx="till [43 200],", **L26, direction="increase", s=MI, sp=None, note="to-value"),
        G("4 930", 4930, "count", ctx="blev [4 930],", **L26, direction="increase", s=("antalet anmälda våldtäkter", "antalet"), sp=None, note="', vilket är 180 fler än för ett år sedan': the new value"),
        G("180", 180, "count", ctx="är [180] fler", **L26, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("109 skjutningar", 109, "count", **L26, direction="decrease", s=SJ, sp=None, note="'under perioden januari–juni' (no year); the paragraph opens 'fortsätter ... att bli färre', next sentence gives last year's 143: the new value"),
        G("21", 21, "count", ctx="varav [21] med", **L26, direction="decrease", s=None, sp=None, note="'varav': elided noun; last year 30"),
        G("143", 143, "count", t=Y25, s=("siffrorna", "siffrorna"), sp=None, note="'Under samma period förra året'"),
        G("30", 30, "count", ctx="respektive [30].", t=Y25, s=("siffrorna", "siffrorna"), sp=None),
        G("6 procent", 6, "percent", ctx="sjönk med [6 procent]", **L26, direction="decrease", s=("Narkotikabrotten", "Narkotikabrotten"), sp=None),
        G("Knappt vart sjunde", 1 / 7, "ratio", bound="approx", t=Y26, direction="decrease", s=("anmält brott", "brott"), sp=MO, note="'i dag'; number words; next 'För fem år sedan var det vart femte': the new value"),
        G("vart femte", 0.2, "ratio", t=Y["2021"], s=None, sp=MO, note="'För fem år sedan' from July 2026: 2021; the earlier value, no direction; 'var det' elides the subject"),
        G("14 procent", 14, "percent", ctx="upp var [14 procent]", **L26, direction="increase", s=AU, sp=None, note="', en ökning med 1 procentenhet jämfört med första halvåret i fjol': the new value"),
        G("1 procentenhet", 1, "percentage_point", **L26, direction="increase", s=AU, sp=None),
        *_row(G, "Misshandel", ["43 200", "41 540", "+4"], bt, AnB, note="table 'Anmälda brott per brottskategori, januari–juni': '2026' / '2025' / 'Förändring, %'"),
        *_row(G, "Olaga hot", ["31 900", "32 700", "−2"], bt, AnB),
        *_row(G, "Våldtäkt", ["4 930", "4 750", "+4"], bt, AnB),
        *_row(G, "Stöld och snatteri", ["201 300", "208 900", "−4"], bt, AnB),
        *_row(G, "varav bostadsinbrott", ["5 880", "6 310", "−7"], bt, AnB),
        *_row(G, "Bedrägeri", ["98 600", "114 700", "−14"], bt, AnB),
        *_row(G, "Skadegörelse", ["76 400", "74 800", "+2"], bt, AnB),
        *_row(G, "Narkotikabrott", ["44 100", "46 900", "−6"], bt, AnB),
        *_row(G, "Trafikbrott", ["22 600", "22 100", "+2"], bt, AnB),
        *_row(G, "Övriga brott", ["195 370", "194 510", "0"], bt, AnB, note="a zero change cell: value 0, no direction"),
        *_row(G, "Samtliga brott", ["718 400", "740 900", "−3"], bt, AnB),
    ]
    NEG["r16_a_brott_halvar"] = [
        N("2026", ctx="halvåret [2026] Publicerad", note="title"), N("21 juli 2026"),
        N("100 000", ctx="per [100 000] invånare", note="the denominator of 'per 100 000 invånare'"),
        N("2025", ctx="halvåret [2025], då", note="places the claim"), N("1", ctx="Tabell [1].", note="table number"),
        N("2026", ctx="Brottskategori [2026]", note="column header"), N("2025", ctx="2026 [2025] Förändring", note="column header"),
        N("helåret 2026", note="next publication"), N("25 mars 2027"), N("08-527 318 40"), N("Box 6142"), N("102 33"),
    ]

    # ------------------------------------------------------------ 3. consumer-goods interim report Q2 2026 (dateline 17 juli 2026)
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    OT = ("Den organiska tillväxten", "tillväxten")
    JW = ("Jonas Wikander", "quote")
    BM = ("Bruttomarginalen", "Bruttomarginalen")
    MF = ("marknadsföringen", "marknadsföringen")
    ND = ("Nettoskulden", "Nettoskulden")

    def kq(unit, scale, per=None):
        return [(unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False),
                (unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False),
                (unit, scale, per, Y25, False, False)]

    GOLD["r16_a_delarsrapport_q2"] = [
        G("4,8 procent", 4.8, "percent", **L26, direction="increase", s=NO, sp=None, note="heading 'ANDRA KVARTALET 2026'"),
        G("2 946", 2946e6, "SEK", ctx="till [2 946] (2 811)", **L26, direction="increase", s=NO, sp=None, note="to-value"),
        G("2 811", 2811e6, "SEK", ctx="([2 811]) MSEK", t=Y25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("6,1", 6.1, "percent", ctx="var [6,1] (3,4)", **L26, direction="increase", s=OT, sp=None, note="a growth rate (noun of change)"),
        G("3,4", 3.4, "percent", ctx="6,1 ([3,4]) procent", t=Y25, direction="increase", s=OT, sp=None, note="bracket: last year's growth"),
        G("318", 318e6, "SEK", ctx="till [318] (271)", **L26, s=RR, sp=None, note="'uppgick till': no direction"),
        G("271", 271e6, "SEK", ctx="318 ([271]) MSEK", t=Y25, s=RR, sp=None),
        G("10,8", 10.8, "percent", ctx="på [10,8] (9,6)", **L26, s=("en rörelsemarginal", "rörelsemarginal"), sp=None, note="'motsvarande en rörelsemarginal på': attached to a noun"),
        G("9,6", 9.6, "percent", ctx="10,8 ([9,6]) procent", t=Y25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("221", 221e6, "SEK", ctx="blev [221] (184)", **L26, s=("Periodens resultat efter skatt", "resultat"), sp=None),
        G("184", 184e6, "SEK", ctx="221 ([184]) MSEK", t=Y25, s=("Periodens resultat efter skatt", "resultat"), sp=None),
        G("2,76", 2.76, "SEK", ctx="aktie: [2,76] (2,30)", per="share", **L26, s=("Resultat per aktie", "Resultat"), sp=None),
        G("2,30", 2.30, "SEK", ctx="2,76 ([2,30]) kronor", per="share", t=Y25, s=("Resultat per aktie", "Resultat"), sp=None),
        G("405", 405e6, "SEK", ctx="på [405] (352)", **L26, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("352", 352e6, "SEK", ctx="405 ([352]) MSEK", t=Y25, s=("Kassaflödet från den löpande verksamheten", "Kassaflödet"), sp=None),
        G("5 702", 5702e6, "SEK", ctx="till [5 702] (5 498)", **L26, direction="increase", s=NO, sp=None, note="heading 'FÖRSTA HALVÅRET 2026'; 'steg till'"),
        G("5 498", 5498e6, "SEK", ctx="5 702 ([5 498]) MSEK", t=Y25, s=NO, sp=None),
        G("577", 577e6, "SEK", ctx="till [577] (498)", **L26, direction="increase", s=RR, sp=None, note="'förbättrades till'"),
        G("498", 498e6, "SEK", ctx="577 ([498]) MSEK", t=Y25, s=RR, sp=None),
        G("5 procent", 5, "percent", ctx="sammantaget [5 procent]", **L26, direction="increase", s=("Volymerna inom hårvård och tvättmedel", "Volymerna"), sp=JW),
        G("1,4 procentenheter", 1.4, "percentage_point", **L26, direction="increase", s=BM, sp=JW, note="'förstärktes med'"),
        G("38,2 procent", 38.2, "percent", **L26, direction="increase", s=BM, sp=JW, note="to-value"),
        G("7,9 procent", 7.9, "percent", **L26, direction="decrease", s=MF, sp=JW, note="'mot 8,3 procent ett år tidigare': the new value"),
        G("8,3 procent", 8.3, "percent", **L25, s=MF, sp=JW, note="'ett år tidigare'"),
        G("58 procent", 58, "percent", **L26, s=("Segmentet Hem & Hygien", "Segmentet"), sp=None, note="'kvartalets' is the report's quarter: lenient"),
        G("7 procent", 7, "percent", ctx="försäljning med [7 procent]", **L26, direction="increase", s=("sin försäljning", "försäljning"), sp=None),
        G("1 procent", 1, "percent", ctx="backade med [1 procent]", **L26, direction="decrease", s=("Segmentet Livsmedel", "Segmentet"), sp=None),
        G("38 MSEK", 38e6, "SEK", **L26, direction="decrease", s=("koncernens omsättning", "omsättning"), sp=None, note="'Valutaeffekter minskade ... med ... under kvartalet'"),
        G("1 412 MSEK", 1412e6, "SEK", **L26, direction="decrease", s=ND, sp=None, note="'per den 30 juni' (no year); 'jämfört med 1 655 MSEK vid årets början': the new value"),
        G("1 655 MSEK", 1655e6, "SEK", **L26, s=ND, sp=None, note="'vid årets början': the opening balance of 2026 (a year boundary, lenient)"),
        G("1,6 gånger", 1.6, "number", **dict(t=("2025", "2026"), lenient=True), s=ND, sp=None, note="'EBITDA för de senaste tolv månaderna': a rolling year"),
        G("44 procent", 44, "percent", **L26, s=("Soliditeten", "Soliditeten"), sp=None),
        G("2 184", 2184, "count", ctx="var [2 184] (2 097)", **L26, s=("Antalet anställda", "Antalet"), sp=None, note="'vid periodens slut'"),
        G("2 097", 2097, "count", ctx="2 184 ([2 097])", t=Y25, s=("Antalet anställda", "Antalet"), sp=None),
        *_row(G, "Nettoomsättning", ["2 946", "2 811", "5 702", "5 498", "11 327"], kq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'NYCKELTAL (MSEK om inte annat anges)': 'Apr–jun 2026' / 'Apr–jun 2025' / 'Jan–jun 2026' / 'Jan–jun 2025' / 'Helår 2025'"),
        *_row(G, "Bruttomarginal, %", ["38,2", "36,8", "37,9", "36,6", "37,0"], kq("percent", 1), ("Bruttomarginal", "Bruttomarginal")),
        *_row(G, "Rörelseresultat", ["318", "271", "577", "498", "1 064"], kq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["10,8", "9,6", "10,1", "9,1", "9,4"], kq("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Resultat per aktie, kr", ["2,76", "2,30", "5,01", "4,22", "8,93"], kq("SEK", 1, "share"), ("Resultat per aktie", "Resultat")),
        G("minst 4 procent", 4, "percent", bound="at_least", per="year", direction="increase", s=None, sp=None, note="a target ('målet att växa organiskt med'): no period; the company on itself, no speaker"),
        G("12 procent", 12, "percent", t=Y28, s=("en rörelsemarginal", "rörelsemarginal"), sp=None, note="a target 'senast 2028' (explicit year, as r15_b 'senast 2030')"),
    ]
    NEG["r16_a_delarsrapport_q2"] = [
        N("januari–juni 2026", note="title"), N("17 juli 2026"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2026", ctx="HALVÅRET [2026]", note="heading"), N("30 juni"), N("Apr–jun 2026", note="column header"),
        N("Apr–jun 2025"), N("Jan–jun 2026"), N("Jan–jun 2025"), N("Helår 2025"), N("2028", note="'senast 2028' is the target's time"),
        N("22 oktober 2026"), N("10.00", note="time of day"), N("042-19 83 50"), N("556071-9384"),
    ]

    # ------------------------------------------------------------ 4. region's budget 2027 and plan 2028-2029 (Publicerad 26 november 2026)
    NR = ("en nettokostnadsram", "nettokostnadsram")
    RS = ("Resultatet", "Resultatet")
    LS = ("Låneskulden", "Låneskulden")
    AA = ("Antalet årsarbetare", "Antalet")
    KI = ("Kostnaden för inhyrd personal", "Kostnaden")
    LM = ("Lena Markström", "quote")
    bp = [("SEK", 1e6, None, Y26, False, False), ("SEK", 1e6, None, Y27, False, False),
          ("SEK", 1e6, None, Y28, False, False), ("SEK", 1e6, None, Y29, False, False)]
    GOLD["r16_a_region_budget"] = [
        G("14,6 miljarder kronor", 14.6e9, "SEK", t=Y27, direction="increase", s=NR, sp=None, note="'nästa år'; ', en uppräkning med ... jämfört med årets budget': the new value"),
        G("512 miljoner kronor", 512e6, "SEK", t=Y27, direction="increase", s=NR, sp=None),
        G("3,6 procent", 3.6, "percent", t=Y27, direction="increase", s=NR, sp=None),
        G("11,71 kronor", 11.71, "SEK", **L27, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'lämnas oförändrad': no change; the budget year"),
        G("25 öre", 0.25, "SEK", optional=True, direction="increase", s=None, sp=None, note="a hypothetical raise that defines the next figure"),
        G("omkring 250 miljoner kronor", 250e6, "SEK", bound="approx", per="year", direction="increase", s=None, sp=None, note="a counterfactual effect ('hade gett ... mer per år'): no period"),
        G("tre partier", 3, "count", **L26, s=("partier", "partier"), sp=None, note="number word; present"),
        G("45", 45, "count", ctx="sammanlagt [45] av", **L26, s=("mandat", "mandat"), sp=None, note="'45 av fullmäktiges 81 mandat': both take the counted noun (r15_b)"),
        G("81 mandat", 81, "count", **L26, s=("mandat", "mandat"), sp=None),
        G("146 miljoner kronor", 146e6, "SEK", t=Y27, s=RS, sp=None, note="'budgeteras till ... 2027'"),
        G("1 procent", 1, "percent", ctx="motsvarar [1 procent] av", t=Y27, s=None, sp=None, note="'vilket motsvarar'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="the financial target: no period (r15_a), 'i genomsnitt över planperioden'"),
        G("188", 188e6, "SEK", ctx="till [188] respektive", t=Y28, direction="increase", s=("resultatet", "resultatet"), sp=None, note="'I planen för 2028 och 2029 stiger ... respektive'"),
        G("231 miljoner kronor", 231e6, "SEK", t=Y29, direction="increase", s=("resultatet", "resultatet"), sp=None),
        G("1 940 miljoner kronor", 1940e6, "SEK", t=Y27, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None, note="'för nästa år'"),
        G("1 150 miljoner", 1150e6, "SEK", t=Y27, s=("det nya akutsjukhuset i Ålöv", "akutsjukhuset"), sp=None, note="'varav ... går till': the goal of the money"),
        G("5,3 miljarder kronor", 5.3e9, "SEK", t=("2027", "2029"), lenient=True, s=None, sp=None, note="'Under hela planperioden investerar regionen för': the spender is no subject, no goal named"),
        G("2,1 miljarder kronor", 2.1e9, "SEK", t=Y26, s=LS, sp=None, note="from-value, 'i dag'"),
        G("3,8 miljarder", 3.8e9, "SEK", t=Y29, direction="increase", s=LS, sp=None, note="'vid utgången av 2029'; 'växa från ... till'"),
        G("250", 250, "count", ctx="minska med [250] under", t=Y27, direction="decrease", s=AA, sp=None, note="'under 2027'"),
        G("cirka 9 750", 9750, "count", bound="approx", t=Y27, direction="decrease", s=AA, sp=None, note="to-value"),
        G("halveras", 0.5, "number", **L27, direction="decrease", optional=True, s=KI, sp=None, note="a multiplier verb (as r15_a 'fördubblades'), the budget year"),
        G("412 miljoner kronor", 412e6, "SEK", t=Y25, s=KI, sp=None, note="'I fjol uppgick den till': the pronoun stands for the cost in the sentence before"),
        G("högst 200 miljoner", 200e6, "SEK", bound="at_most", t=Y27, direction="decrease", s=KI, sp=None, note="a ceiling for 2027 (explicit) after 'ska halveras'"),
        G("95 miljoner kronor", 95e6, "SEK", **L27, direction="increase", s=("Primärvården", "Primärvården"), sp=LM, note="'får ... extra': the goal of the money; the budget year"),
        G("30 nya tjänster", 30, "count", **L27, s=("tjänster", "tjänster"), sp=LM),
        G("10 öre", 0.10, "SEK", **L27, direction="decrease", s=("skatten", "skatten"), sp=("Oppositionen", "credited"), note="'Oppositionen ville i sitt budgetförslag sänka': a demand credited to the opposition"),
        G("två nya vårdcentralerna", 2, "count", **L27, s=("vårdcentralerna", "vårdcentralerna"), sp=None, note="number word; planned"),
        *_row(G, "Skatteintäkter", ["11 420", "11 905", "12 380", "12 870"], bp, ("Skatteintäkter", "Skatteintäkter"), note="table 'Budget och plan i sammandrag, mnkr': 'Budget 2026' / 'Budget 2027' / 'Plan 2028' / 'Plan 2029'"),
        *_row(G, "Generella statsbidrag", ["2 710", "2 790", "2 860", "2 930"], bp, ("Generella statsbidrag", "statsbidrag")),
        *_row(G, "Nettokostnader", ["−14 050", "−14 562", "−15 010", "−15 525"], bp, ("Nettokostnader", "Nettokostnader"), note="costs written with a minus sign: the value keeps the sign, no direction (not a change column)"),
        *_row(G, "Finansnetto", ["−39", "13", "−42", "−44"], bp, ("Finansnetto", "Finansnetto")),
        *_row(G, "Resultat", ["41", "146", "188", "231"], bp, ("Resultat", "Resultat")),
        *_row(G, "Investeringar", ["1 610", "1 940", "1 780", "1 580"], bp, ("Investeringar", "Investeringar")),
    ]
    NEG["r16_a_region_budget"] = [
        N("2027", ctx="budget [2027] och", note="title"), N("2028–2029", note="title"), N("26 november 2026"),
        N("2027", ctx="budgeten för [2027] med", note="places the claim"), N("2027", ctx="kronor [2027], vilket", note="places the claim"),
        N("2028", ctx="planen för [2028] och"), N("2029", ctx="och [2029] stiger"), N("2029", ctx="utgången av [2029]."),
        N("2027", ctx="under [2027], till"), N("2027", ctx="och [2027] får"),
        N("Budget 2026", note="column header"), N("Budget 2027"), N("Plan 2028"), N("Plan 2029"), N("0640-58 12 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED op-ed on elderly care and pensions (no date, no sidecar)
    A80 = ("Antalet svenskar som fyllt 80 år", "Antalet")
    PL = ("antalet platser på särskilda boenden", "antalet")
    GP = ("Gapet", "Gapet")
    GOLD["r16_a_debatt_aldreomsorg"] = [
        G("nästan 50 procent", 50, "percent", bound="approx", direction="increase", s=A80, sp=None, note="'under det kommande decenniet' in an undated text: no period"),
        G("drygt 600 000", 600000, "count", bound="approx", s=A80, sp=None, note="from-value"),
        G("omkring 900 000", 900000, "count", bound="approx", direction="increase", s=A80, sp=None, note="to-value"),
        G("en fjärdedel", 0.25, "ratio", direction="decrease", s=PL, sp=None, note="'har ... krympt med en fjärdedel sedan millennieskiftet': the size of a change, number words"),
        G("ungefär 82 000", 82000, "count", bound="approx", direction="decrease", s=PL, sp=None, note="to-value"),
        G("3,1 procent", 3.1, "percent", s=("äldreomsorg", "äldreomsorg"), sp=None, note="'Sverige lägger ... av BNP på äldreomsorg': the goal of the money; 'i dag' undated"),
        G("3,6 procent", 3.6, "percent", s=None, sp=None, note="'Norge lägger': elided goal"),
        G("4,1 procent", 4.1, "percent", s=None, sp=None),
        G("nästan 1,8 gånger", 1.8, "number", bound="approx", optional=True, s=None, sp=None, note="two countries at one time: an optional multiplier"),
        G("2,4 procent", 2.4, "percent", s=None, sp=None, note="'Danmark ligger lägre, på': a comparison at one time"),
        G("var fjärde person", 0.25, "ratio", s=("person", "person"), sp=None),
        G("var femte", 0.2, "ratio", ctx="mot [var femte] i Sverige", s=None, sp=None, note="elided noun"),
        G("runt 950 000 kronor", 950000, "SEK", bound="approx", per="year", s=("En plats på ett särskilt boende", "plats"), sp=None, note="'kostar kommunen ... om året'"),
        G("cirka 8 400 kronor", 8400, "SEK", bound="approx", per="capita", s=("Det riktade statsbidraget till äldreomsorgen", "statsbidraget"), sp=None, note="'per invånare över 80 år'"),
        G("mindre än hälften", 0.5, "ratio", bound="less_than", optional=True, s=None, sp=None, note="a multiplier comparing two amounts at one time"),
        G("31 400 kronor", 31400, "SEK", per="month", s=("En undersköterska i Sverige", "undersköterska"), sp=None, note="'tjänar i genomsnitt ... i månaden': the earner names what the pay belongs to"),
        G("40 timmar", 40, "hour", per="week", s=None, sp=None, note="'men arbetar ... i veckan': elided subject"),
        G("37", 37, "hour", ctx="danskens [37].", per="week", s=None, sp=None, note="elided unit and rate"),
        G("Var tredje undersköterska", 1 / 3, "ratio", s=("undersköterska", "undersköterska"), sp=None),
        G("omkring 68 000", 68000, "count", bound="approx", s=None, sp=None, note="'behöver omkring 68 000 av dem ersättas': the figure is the grammatical subject"),
        G("19 800 kronor", 19800, "SEK", per="month", s=("En kvinna som går i pension", "kvinna"), sp=None, note="the receiver names what the pension belongs to"),
        G("6 300 kronor", 6300, "SEK", per="month", s=None, sp=None, note="'mindre än en man': two groups at one time, no direction"),
        G("4 procentenheter", 4, "percentage_point", direction="decrease", s=GP, sp=None, note="'har krympt med ... på femton år'"),
        G("24 procent", 24, "percent", direction="decrease", s=GP, sp=None, note="'men ligger fortfarande på': the level after the change"),
        G("omkring 53 procent", 53, "percent", bound="approx", direction="decrease", s=("Den allmänna pensionen", "pensionen"), sp=None, note="'numera'; 'och för 30 år sedan var andelen över 60 procent': the new value"),
        G("över 60 procent", 60, "percent", bound="more_than", s=("andelen", "andelen"), sp=None, note="the earlier value ('för 30 år sedan' in an undated text: no period)"),
        G("11 200 kronor", 11200, "SEK", per="month", s=("Garantipensionen för en ogift pensionär", "Garantipensionen"), sp=None),
        G("mindre än 4 000 kronor", 4000, "SEK", bound="less_than", per="month", s=None, sp=None, note="'återstår': the figure is the grammatical subject; the month from the sentence before"),
        G("Var femte kvinna", 0.2, "ratio", s=("kvinna", "kvinna"), sp=None),
        G("dubbelt", 2, "number", optional=True, s=None, sp=None, note="'dubbelt så många som bland männen': two groups at one time"),
        G("6,6 miljarder kronor", 6.6e9, "SEK", per="year", direction="increase", s=("Statsbidraget till äldreomsorgen", "Statsbidraget"), sp=None, note="a demand ('måste höjas med'); the signatories' text: no speaker"),
        G("cirka 11 000 kronor", 11000, "SEK", bound="approx", per="capita", direction="increase", s=None, sp=None, note="'vilket motsvarar ... per person över 80 år'"),
        G("minst 1 000 kronor", 1000, "SEK", bound="at_least", per="month", direction="increase", s=("Garantipensionen", "Garantipensionen"), sp=None, note="a demand ('ska räknas upp med')"),
        G("37 timmar", 37, "hour", bound="at_most", per="week", s=None, sp=None, note="'ingen ... ska behöva arbeta mer än': a negated bound, a demand"),
    ]
    NEG["r16_a_debatt_aldreomsorg"] = [
        N("80", ctx="fyllt [80] år", note="age band"), N("80", ctx="person över [80] år hjälp", note="age band"),
        N("80", ctx="invånare över [80] år, mindre", note="age band"), N("55", note="age band"),
        N("30", ctx="för [30] år sedan", note="a time expression"), N("75", note="age band"),
        N("80", ctx="person över [80] år. Garantipensionen", note="age band"),
    ]

    # ------------------------------------------------------------ 6. housing prices, September 2025 (date only in the sidecar, 2025-10-07)
    PB = ("Priserna på bostadsrätter i landet som helhet", "Priserna")
    VP = ("Villapriserna", "Villapriserna")
    SB = ("Sofia Berggren", "quote")
    PU = ("Prisutveckling", "Prisutveckling")
    BRS = ("bostadsrätter", "bostadsrätter")
    hp = [("SEK", 1, "m2", Y25, True, False), ("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True),
          ("percent", 1, None, ("2024", "2025"), True, True), ("SEK", 1e3, None, Y25, True, False),
          ("percent", 1, None, ("2024", "2025"), True, True)]
    HPS = [("Bostadsrätter", "Bostadsrätter"), PU, PU, PU, ("Villor", "Villor"), PU]
    GOLD["r16_a_bostadspriser_september"] = [
        G("0,4 procent", 0.4, "percent", **L25, direction="decrease", s=PB, sp=None, note="'i september' (no year) against August"),
        G("1,1 procent", 1.1, "percent", **L25, direction="increase", s=("priserna", "priserna"), sp=None, note="'Över de senaste tre månaderna': July-September 2025"),
        G("3,8 procent", 3.8, "percent", **R12, direction="increase", s=("priserna", "priserna"), sp=None, note="'på tolv månader är uppgången': a rolling year; the size of a change takes the thing that changes"),
        G("41 370 kronor", 41370, "SEK", per="m2", **L25, s=("En genomsnittlig bostadsrätt", "bostadsrätt"), sp=None, note="'kostade ... per kvadratmeter'"),
        G("1,2 procent", 1.2, "percent", **L25, direction="decrease", s=VP, sp=None, note="'föll med ... på en månad'"),
        G("4,5 procent", 4.5, "percent", **L25, direction="increase", s=VP, sp=None, note="'ligger ... över nivån i september förra året': one thing over time"),
        G("3 865 000 kronor", 3865000, "SEK", **L25, s=("Snittpriset för en villa i riket", "Snittpriset"), sp=None, note="'hamnade på': no direction"),
        G("0,8 procent", 0.8, "percent", **L25, direction="decrease", s=("bostadsrättspriserna", "bostadsrättspriserna"), sp=None),
        G("67 940 kronor", 67940, "SEK", per="m2", **L25, direction="decrease", s=("bostadsrättspriserna", "bostadsrättspriserna"), sp=None, note="to-value"),
        G("tredje", 3, "ordinal", **L25, s=("den tredje månatliga nedgången i rad", "nedgången"), sp=None, note="a rank in a run of months"),
        G("7,4 procent", 7.4, "percent", ctx="plus [7,4 procent]", **R12, direction="increase", s=("den starkaste prisutvecklingen", "prisutvecklingen"), sp=None, note="'det senaste året'; 'plus'"),
        G("8,3 procent", 8.3, "percent", ctx="och [8,3 procent] för", **R12, direction="increase", s=None, sp=None, note="elided noun"),
        G("en fjärdedel", 0.25, "ratio", **L25, optional=True, s=("en kvadratmeter", "kvadratmeter"), sp=None, note="two regions at one time"),
        G("9 840 bostadsrätter", 9840, "count", **L25, direction="increase", s=BRS, sp=None, note="', 6 procent fler än i september i fjol': the new value"),
        G("6 procent", 6, "percent", ctx="[6 procent] fler", **L25, direction="increase", s=BRS, sp=None),
        G("23 dagar", 23, "day", **L25, s=None, sp=None, note="'låg i genomsnitt ute till försäljning i': no noun names the measure"),
        G("Drygt fyra av tio", 0.4, "ratio", bound="approx", **L25, s=None, sp=None, note="the figure is the grammatical subject"),
        G("43 procent", 43, "percent", **L25, s=None, sp=None, note="apposition"),
        G("nästan en procentenhet", 1, "percentage_point", bound="approx", t=Y25, direction="decrease", s=("Bolåneräntorna", "Bolåneräntorna"), sp=SB, note="'sedan årsskiftet' resolves against the publication date"),
        *_row(G, "Riket", ["41 370", "−0,4", "+1,1", "+3,8", "3 865", "+4,5"], hp, HPS, note="table 'Prisutveckling per region, september 2025' (caption: lenient): 'Bostadsrätter, kr/kvm' / '1 mån, %' / '3 mån, %' / '12 mån, %' (rolling year) / 'Villor, tkr' / 'Villor 12 mån, %'"),
        *_row(G, "Storstockholm", ["67 940", "−0,8", "+0,6", "+3,1", "7 420", "+5,2"], hp, HPS),
        *_row(G, "Stormalmö", ["29 830", "+0,3", "+2,4", "+5,7", "4 260", "+6,1"], hp, HPS),
        *_row(G, "Norrbottens län", ["17 260", "+0,9", "+3,2", "+7,4", "2 140", "+8,3"], hp, HPS),
        G("14 620 försäljningar", 14620, "count", **L25, s=("försäljningar", "försäljningar"), sp=None, note="the statistic's basis"),
    ]
    NEG["r16_a_bostadspriser_september"] = [
        N("september 2025", note="caption"), N("1 mån", note="column header"), N("3 mån", note="column header"),
        N("12 mån", 1, note="column header"), N("12 mån", 2, note="column header"), N("6 november", note="next report"),
        N("Sveavägen 88"), N("113 59"), N("08-400 217 60"),
    ]

    # ------------------------------------------------------------ 7. water company HTML: VA tariff 2027 (Publicerad 19 oktober 2026)
    FA = ("Förbrukningsavgiften", "Förbrukningsavgiften")
    GA = ("Den fasta grundavgiften för ett småhus", "grundavgiften")
    AK = ("Årskostnad", "Årskostnad")
    EM = ("Erik Malmqvist", "quote")
    va = [("SEK", 1, "year", Y26, False, False), ("SEK", 1, "year", Y27, False, False),
          ("SEK", 1, "year", Y27, True, True), ("percent", 1, None, Y27, True, True)]
    GOLD["r16_a_vataxa_2027"] = [
        G("9 procent", 9, "percent", t=Y27, direction="increase", s=("VA-taxan i Ådala kommun", "VA-taxan"), sp=None, note="'Från den 1 januari 2027 höjs'"),
        G("drygt 800 kronor", 800, "SEK", bound="approx", per="year", **L27, direction="increase", s=None, sp=None, note="'innebär det ... mer om året'"),
        G("28,40", 28.40, "SEK", ctx="från [28,40] till", per="m3", **L26, s=FA, sp=None, note="from-value: today's fee"),
        G("31,20 kronor", 31.20, "SEK", per="m3", **L27, direction="increase", s=FA, sp=None, note="'går upp från ... till ... per kubikmeter'"),
        G("4 380 kronor", 4380, "SEK", per="year", **L26, s=GA, sp=None, note="from-value"),
        G("4 775 kronor", 4775, "SEK", per="year", **L27, direction="increase", s=GA, sp=None),
        G("1 260 kronor", 1260, "SEK", per="year", t=Y26, s=("Dagvattenavgiften", "Dagvattenavgiften"), sp=None, note="'som i dag är'; 'lämnas oförändrad': no change"),
        G("drygt 3 öre", 0.03, "SEK", bound="approx", per="l", **L27, s=("En liter kranvatten", "kranvatten"), sp=None, note="'kommer ... att kosta': the new tariff"),
        G("omkring 300 gånger", 300, "number", bound="approx", optional=True, s=None, sp=None, note="tap against bottled water at one time"),
        G("15 lägenheter", 15, "count", optional=True, s=("lägenheter", "lägenheter"), sp=None, note="row label that defines the example house"),
        G("150", 150, "m3", ctx="Villa (typhus A) [150]", per="year", optional=True, s=("Förbrukning", "Förbrukning"), sp=None, note="column 'Förbrukning, m³/år' defines the example"),
        *_row(G, "Villa (typhus A)", ["8 640", "9 455", "+815", "+9,4"], va, AK, before=["150"], note="table 'Årskostnad för vatten och avlopp, ...': '2026, kr' / '2027, kr' / 'Förändring, kr' / 'Förändring, %'"),
        G("1 800", 1800, "m3", ctx="(typhus B) [1 800]", per="year", optional=True, s=("Förbrukning", "Förbrukning"), sp=None),
        *_row(G, "(typhus B)", ["68 070", "74 640", "+6 570", "+9,7"], va, AK, before=["1 800"]),
        G("cirka 37 kronor", 37, "SEK", bound="approx", per="month", **L27, direction="increase", s=("höjningen", "höjningen"), sp=None, note="'per lägenhet och månad': the time unit wins (r15_b)"),
        G("Ungefär 38 procent", 38, "percent", bound="approx", **L26, s=None, sp=None, note="the figure is the grammatical subject; present state of the network"),
        G("420 kilometer", 420, "km", **L26, s=None, sp=None, note="apposition to the share"),
        G("0,5 procent", 0.5, "percent", per="year", t=Y26, s=None, sp=None, note="'I dag förnyas bara ... av nätet per år': the figure is the grammatical subject"),
        G("fördubblas", 2, "number", direction="increase", optional=True, s=("takten", "takten"), sp=None, note="a multiplier verb in a target"),
        G("1 procent", 1, "percent", ctx="till [1 procent].", per="year", direction="increase", s=("takten", "takten"), sp=None, note="a target: no period; 'per år' carried from the sentence before ('takten')"),
        G("1,2 miljarder kronor", 1.2e9, "SEK", s=("ett nytt reningsverk i Norrsund", "reningsverk"), sp=None, note="'beräknas kosta ... och stå klart 2031': a planned cost, no period"),
        G("omkring 24 miljoner kronor", 24e6, "SEK", bound="approx", t=Y27, s=("ett underskott", "underskott"), sp=EM, note="'nästa år' (a counterfactual)"),
        G("cirka 41 000 invånare", 41000, "count", bound="approx", **L26, s=("invånare", "invånare"), sp=None, note="present tense"),
        G("drygt 16 500 fastigheter", 16500, "count", bound="approx", **L26, s=("fastigheter", "fastigheter"), sp=None),
        G("10 120 kronor", 10120, "SEK", per="year", **L26, s=("genomsnittet för kommuner av samma storlek", "genomsnittet"), sp=("branschorganisationens jämförelse", "enligt"), note="the typhus A annual cost of the table; a comparison at one time"),
    ]
    NEG["r16_a_vataxa_2027"] = [
        N("2027", ctx="VA-taxa [2027] Så", note="breadcrumb"), N("19 oktober 2026"), N("1 januari 2027"),
        N("29 september"), N("2026", ctx="[2026], kr", note="column header"), N("2027", ctx="[2027], kr", note="column header"),
        N("1975", note="places the laying of the pipes"), N("2031"), N("vecka 44", note="related link"),
        N("2026–2027", note="related link"), N("Verkstadsgatan 7"), N("662 31"), N("0532-61 70 00"), N("0532-61 70 99"),
        N("556722-4815"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. marathon summary (dateline 14 september 2025)
    MT = ("Mediantiden för alla som fullföljde", "Mediantiden")
    AN = ("Andelen som bröt loppet", "Andelen")
    SA = ("startavgiften", "startavgiften")
    RC = ("Chebet", "quote")
    GOLD["r16_a_maraton_summering"] = [
        G("8 412 anmälda löpare", 8412, "count", t=Y25, s=("anmälda löpare", "löpare"), sp=None, note="'Lördagens' resolves against the dateline"),
        G("7 106", 7106, "count", ctx="och [7 106] av", t=Y25, direction="increase", s=None, sp=None, note="the figure is the grammatical subject; next 'Det är ... 640 fler än i fjol': the new value"),
        G("42,195 kilometer", 42.195, "km", optional=True, s=None, sp=None, note="the marathon distance defines the race"),
        G("640", 640, "count", ctx="och [640] fler", **L25, direction="increase", s=None, sp=None, note="'Det' stands for a figure with no subject"),
        G("13 950 deltagare", 13950, "count", **L25, s=("deltagare", "deltagare"), sp=None),
        G("19 grader", 19, "degC", **L25, s=("termometern", "termometern"), sp=None),
        G("26 grader", 26, "degC", **L25, s=("temperaturen", "temperaturen"), sp=None, note="'nådde': no direction (r14_b)"),
        G("4 extra vätskestationer", 4, "count", **L25, direction="increase", s=("vätskestationer", "vätskestationer"), sp=None, note="'extra' (r15_b)"),
        G("14", 14, "count", ctx="ordinarie [14].", **L25, s=None, sp=None, note="elided noun"),
        G("2:09:48", _hms(2, 9, 48), "minute", **L25, s=None, sp=None, note="a finishing time h:mm:ss in minutes"),
        G("42 sekunder", 0.7, "minute", **L25, s=None, sp=None, note="a gap between two runners (seconds as minutes)"),
        G("2:08:54", _hms(2, 8, 54), "minute", t=Y["2019"], s=("Banrekordet", "Banrekordet"), sp=None, note="'från 2019'"),
        G("2:16:30", _hms(2, 16, 30), "minute", **L25, s=None, sp=None),
        G("sjätteplats", 6, "ordinal", **L25, s=None, sp=None),
        G("2:24:18", _hms(2, 24, 18), "minute", **L25, direction="decrease", s=None, sp=None, note="the new course record: ', 1 minut och 12 sekunder under det gamla rekordet' makes it the new value"),
        G("1 minut och 12 sekunder", 1.2, "minute", **L25, direction="decrease", s=None, sp=None),
        G("fyra", 4, "ordinal", **L25, s=None, sp=None, note="'som blev fyra': a placing in words"),
        G("2:31:06", _hms(2, 31, 6), "minute", **L25, s=None, sp=None),
        G("30 kilometerna", 30, "km", **L25, s=None, sp=RC, note="'sa Chebet'"),
        G("150 000 kronor", 150000, "SEK", **L25, s=("Segrarna i båda klasserna", "Segrarna"), sp=None, note="'vardera': per winner, per None"),
        G("50 000 kronor", 50000, "SEK", ctx="ytterligare [50 000 kronor]", **L25, s=("en bonus", "bonus"), sp=None),
        G("620 000 kronor", 620000, "SEK", **L25, s=None, sp=None, note="passive: the figure is the grammatical subject"),
        G("4:11:24", _hms(4, 11, 24), "minute", **L25, direction="increase", s=MT, sp=None, note="', drygt sex minuter långsammare än förra året': the new value"),
        G("drygt sex minuter", 6, "minute", bound="approx", **L25, direction="increase", s=MT, sp=None),
        G("15,5 procent", 15.5, "percent", **L25, direction="increase", s=AN, sp=None, note="'steg till ..., från'"),
        G("11 procent", 11, "percent", **L24, s=AN, sp=None, note="from-value: last year's race"),
        G("214 insatser", 214, "count", **L25, s=("insatser", "insatser"), sp=None),
        G("19", 19, "count", ctx="varav [19] ledde", **L25, s=None, sp=None, note="'varav': elided noun"),
        G("Runt 1 150 funktionärer", 1150, "count", bound="approx", **L25, s=("funktionärer", "funktionärer"), sp=None),
        G("omkring 96 000 muggar", 96000, "count", bound="approx", **L25, s=("muggar", "muggar"), sp=None),
        G("100 kronor", 100, "SEK", **L26, direction="increase", s=SA, sp=None, note="next year's race (2026 from the sentence before)"),
        G("995 kronor", 995, "SEK", **L26, direction="increase", s=SA, sp=None, note="to-value"),
    ]
    NEG["r16_a_maraton_summering"] = [
        N("14 september 2025"), N("9.30", note="time of day"), N("2019", note="places the record"),
        N("12 september 2026"), N("1 november"), N("0505-23 41 10"),
    ]

    return GOLD, NEG
