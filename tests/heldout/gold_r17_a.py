"""Round 17, part A (r17_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 17, part A (r17_a_*): eight kinds, written from scratch (r17_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: an energy company's interim report
# January–September 2026 (dateline 'Umeå den 29 oktober 2026'; bullets under 'TREDJE KVARTALET 2026' and
# 'JANUARI–SEPTEMBER 2026' with bracketed prior figures dated by 'Siffror inom parentes avser samma kvartal respektive
# period 2025'; GWh, 'öre/kWh', Mkr, 'gick det ned till', 'nästan fördubblades', 'fick nästan 9 öre mindre betalt för
# varje kilowattimme', 'fyllnadsgraden stod ... på 84 procent, vilket är 6 procentenheter över det normala för
# årstiden', megawatt, 'pågick i sju veckor', a target 'inte ska överstiga 2,5 gånger EBITDA', a plain-text key-figure
# table 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with the unit in each row label), a
# statistics agency's monthly retail-sales release for August 2025 ('Publicerad: 7 oktober 2025 kl. 08.00';
# säsongsrensat against July, kalenderkorrigerat against August 2024, 'femte månaden i följd som årstakten överstiger 2
# procent', 'stod still', 'tilltog med', 'på årsbasis', 'dämpades ... till 2,3 procent, från 3,0 procent i juli', 'blev
# 1,2 procent billigare', 'varav e-handeln svarade för 8,9 miljarder eller knappt 13 procent', a plain-text table by
# branch with three change columns whose headers name their periods 'Aug/jul 2025' / 'Aug 2025/aug 2024' / 'Jan–aug
# 2025/jan–aug 2024', a zero cell, calendar days), a national traffic-safety agency's release for July 2026 and the year
# so far (Markdown, '**Vägsäkerhetsverket · Publicerad 13 augusti 2026**'; a figure in the title, 'omkom', 'Det är fyra
# färre än i juli i fjol och sju under genomsnittet för juli de senaste fem åren, som ligger på 34', 'Hittills i år',
# 'per 100 000 invånare', 'nästan dubbelt så många som i juni', 'för fjärde månaden i rad', 'var tredje motorcyklist',
# a Markdown table 'Juli 2026' / 'Jan–jul 2026' / 'Jan–jul 2025' / 'Snitt jan–jul 2021–2025' with a zero cell, a
# target 'ska halveras till högst 133 per år senast 2030'), a university's annual report 2025 in brief ('Publicerad 24
# februari 2026'; helårsstudenter 'en uppgång med 640 från året innan', 'Takbeloppet på ... överskreds med 1,8
# procent', examina, 'nådde 1 492 mnkr, vilket är 7 procent mer än 2024', 'en andel som har vuxit från 41 procent på fem
# år', 'disputerade', 'jämfört med 97 året dessförinnan', 'Av dem ... var 54 procent kvinnor', årsarbetskrafter, '3 184
# mnkr (3 020 mnkr 2024)', 'blev plus 38 mnkr, efter ett minus på 22 mnkr året innan', 'riktmärke på högst 10
# procent', '146 sidor'), an UNDATED trade-union op-ed on wages (no date, no sidecar; 'Sedan 2020 har priserna stigit
# med', real wage 'har därmed fallit med nästan 5 procent på sex år', pay by profession 'i månaden', 'vilket är 33
# procent mindre', 'dubbelt så mycket som', Norway and Denmark '18 procent mer än', 'timmar i veckan', 'Fyra av tio av
# våra medlemmar', 'över hälften', 'Var fjärde', a hypothetical cost, a numbered list of demands), a monthly
# new-car registration release for October 2026 dated only by its sidecar (2026-11-02; nyregistreringar, 'Hittills i
# år', elbilar andel 'att jämföra med 35,9 procent i oktober 2025', laddhybrider 'gick ... tillbaka', 'drygt sex av
# tio', 'gram per kilometer, nästan en tredjedel lägre än', 'var femte eldriven', 'minskade till 412 från 468', a
# plain-text table by fuel 'Okt 2026' / 'Okt 2025' / 'Förändring, %' / 'Andel okt 2026, %'), a regional public-transport
# company's HTML page on new ticket prices from 1 January 2026 (cookie banner, menu, breadcrumb, related links, footer;
# 'Publicerad 4 november 2025'; '30-dagarsbiljett' höjs från ... till, '50 kronor mer än hittills', 'i snitt 42 resor i
# månaden', 'knappt 20 kronor per resa', enkelbiljett 'kostar fortsatt 32 kronor', 'stiger ... med 4 kronor, till 44
# kronor', 'Ungdomsrabatten ... höjs från 35 till 40 procent', age bands, times of day, an HTML table 'Pris 2025' /
# 'Pris från 1 jan 2026' / 'Förändring, %' whose row labels are ticket names with digits) and a county board's harvest
# and forestry report for 2025 (dateline 'Ulvsby den 27 november 2025'; ton, 'Hektarskörden hamnade på 8 140 kilo',
# 'femårsgenomsnitt', hektar, 'kilo per hektar, 4 procent under femårssnittet', 'krympte med en femtedel till', 'ton
# per hektar', a plain-text table 'Areal 2025, ha' / 'Skörd 2025, kg/ha' / 'Skörd 2024, kg/ha' / 'Snitt 2020–2024,
# kg/ha' / 'Totalskörd 2025, ton', 'miljoner kubikmeter skog avverkats hittills i år, 8 procent mindre än', 'en
# tredjedel av volymen under toppåret 2020').
# The r8-r16 decisions are followed: periods at year grain (a quarter, a month, 'januari–juli' take their year); a
# relative expression in the sentence ('i fjol', 'förra året', 'i dag', 'nu', 'i år', 'Hittills i år', 'årets') resolves
# against the publication date and is not lenient; a month without a year, a heading's, a caption's or the document's
# period, present tense, 'ett år tidigare' / 'året innan' / 'året dessförinnan' are lenient; brackets take the period
# their note names (not lenient); a level followed by ', en ökning med X', ', en uppgång med X', ', vilket är X färre',
# 'mot X <earlier time>', 'att jämföra med X <earlier time>', 'jämfört med X <earlier time>' or a next sentence 'Det är X
# färre' is the new value after a change (direction), the earlier value and from-values have none and take the earlier
# period; a level 'X procent över/under femårssnittet' carries direction (r15: the five-year average is an earlier
# baseline); comparisons at one time and against a budget, ceiling or norm have no direction; multipliers, thresholds,
# definitions of an example and rules are optional; targets and demands are required (a target takes the year it names);
# table cells take their column headers' periods (not lenient), change columns with direction from the sign; rows that
# are categories take the column's or caption's measure as subject; 'vilket är' / 'alltså' have s None; a bare figure
# or a figure in the passive as grammatical subject has s None; elided nouns s None; the payer, the spender and 'vi'
# (the company) are no subject; öre are SEK/100 ('öre/kWh' per="kWh"); 'per 100 000 invånare' is per="capita" with the
# value as written and '100 000' N; 'gånger' is unit number; yields 'kilo/ton per hektar' are kg/tonne per="ha", areas
# "ha", 'kubikmeter skog' m3; the UNDATED text has no period on any figure (also not from 'Sedan 2020').
# Where those were silent, decided here:
# - Change columns whose header names its own period ('Aug/jul 2025', 'Aug 2025/aug 2024', 'Jan–aug 2025/jan–aug 2024')
#   take that year NOT lenient (earlier rounds' lenient change columns had headers without a period, 'Förändring, %');
#   a change column with no period in its header ('Förändring, %') stays lenient. The zero cells ('0,0', '0') are
#   quantities with no direction.
# - Energy report: the bullets take their heading's period (2026, lenient); the brackets 2025 (not lenient; the note
#   names 2025). 'Rensat för jämförelsestörande poster gick det ned till 367 (402) Mkr': 'det' stands for
#   'Rörelseresultatet' of the sentence before (subject), 'gick ned till' gives 367 direction decrease; the bracket
#   none. 'Investeringarna nästan fördubblades, till 905 (462)': 'fördubblades' is an optional multiplier (2, approx,
#   increase), 905 the to-value. The CEO's 'Vi producerade 11 procent mer el än för ett år sedan' takes the noun after
#   'mer' ('el') as subject (not 'Vi'); 'fick nästan 9 öre mindre betalt för varje kilowattimme' is 0.09 SEK per="kWh",
#   decrease (one price over time), s None (no noun names the price). 'vid kvartalets utgång' is the report's quarter
#   (2026, lenient); '6 procentenheter över det normala för årstiden' is a comparison with a norm: no direction, s None
#   ('vilket är'). 'Drygt 60 procent av den väntade produktionen för 2027 är redan säkrad' takes 2027 (explicit; the
#   year of the production hedged) with s None (the figure is the grammatical subject). The row labels carry the unit
#   ('Erhållet elpris, öre/kWh' scales by 0.01 SEK per="kWh"). The target 'nettoskulden inte ska överstiga 2,5 gånger
#   EBITDA' is a negated bound: at_most, no period; 'Per den 30 september var kvoten 1,9' is 2026 lenient (no year).
#   'megawatt' is unit MW. 'aggregat 3' and 'elområde 2' are names (N).
# - Retail release: 'Sett mot augusti 2024 blev ökningen 3,1 procent' takes August 2025 from the sentence before
#   (lenient) and the subject of the sentence before ('Detaljhandelns försäljningsvolym'; the size of a change takes the
#   thing that changes). 'femte månaden i följd som årstakten överstiger 2 procent': 'femte' a required ordinal (r16_a's
#   'tredje ... i rad'), the 2 procent a threshold (optional, more_than). 'låg 1,4 procent över nivån för ett år sedan'
#   is one thing over time (increase). 'omsatte detaljhandeln 71,4 miljarder kronor' takes the seller as subject (r15_b
#   'omsatte', as r16_a); 'varav e-handeln svarade för 8,9 miljarder eller knappt 13 procent' gives both figures the
#   subject 'e-handeln' (one predicate, two forms of the figure). 'Augusti 2025 hade 21 vardagar, mot 22 i augusti 2024'
#   explains the calendar adjustment: optional days, each its own year (explicit).
# - Traffic release: the title's '27 omkomna' is annotated (title figures are quantities: r5 reg_budget), lenient ('i
#   juli', no year). 'omkom 27 personer' is credited 'Enligt Vägsäkerhetsverkets preliminära statistik' (enligt); the
#   sentences after have no speaker. 'Det är fyra färre än i juli i fjol och sju under genomsnittet' makes 27 the new
#   value (decrease) and gives 'fyra' and 'sju' the level's subject (r16_b 'Det är X fler'); the five-year average '34'
#   (and '156') covers ('2021', '2025'), lenient (from the table header). '58 svårt skadade motorcyklister ..., nästan
#   dubbelt så många som i juni' is one group over time: 58 direction increase, 'dubbelt' optional (2, approx,
#   increase). 'Av de omkomna i juli färdades 14 i personbil, medan 6 var motorcyklister, 3 cyklister och 2 fotgängare':
#   the bare 14 and 6 are grammatical subjects (s None), '3 cyklister' / '2 fotgängare' take their counted nouns.
#   'minst 40 procent av dödsolyckorna' (speed contributed) takes 'dödsolyckorna' (the whole the share is of; the
#   cause 'Hög hastighet' is no measure). The target 'ska halveras till högst 133 per år senast 2030': 'halveras'
#   optional (0.5, decrease), 'högst 133' at_most per="year" t 2030 (explicit target year), direction decrease. The
#   table's heading 'Omkomna per trafikantkategori' names the measure of every cell ('Omkomna').
# - University report: the document's year 2025 is lenient for figures without a time; 'Vid årets slut' in a report
#   on 2025 is 2025, lenient; 'motsvarar nu 19 procent' is 2026 ('nu', not lenient, r16_b). 'Takbeloppet på 1 126
#   miljoner kronor överskreds med 1,8 procent' is a comparison with a ceiling: no direction, subject 'Takbeloppet'.
#   'en andel som har vuxit från 41 procent på fem år': 46 direction increase, 41 ('på fem år' back from 2025) 2020,
#   lenient, same subject ('Externa bidrag'). 'blev plus 38 mnkr, efter ett minus på 22 mnkr året innan': 38 is the new
#   value (increase); 'ett minus på 22 mnkr' is written as a positive amount with the noun as subject (r16_b's
#   'underskott'). 'riktmärke på högst 10 procent' is a norm (optional, at_most). 'Av dem som tog doktorsexamen var 54
#   procent kvinnor' takes 'kvinnor'. '2 940 anställda, motsvarande 2 615 årsarbetskrafter': 'motsvarande' followed by a
#   counted noun takes that noun (r16_a). The rector's 'nästan 650 fler helårsstudenter' is a change (increase, quote).
#   '146 sidor' (the report's length) is optional (r5 '84 sidor').
# - UNDATED op-ed: 'Fyra av tio av våra medlemmar' takes the counted noun 'medlemmar' (as r16_a 'var fjärde person');
#   the union's own survey is the signatories' text: no speaker (r16_a op-ed). 'Var fjärde har redan gått ned' elides
#   the noun (s None). A hypothetical 'Ett påslag på 1 000 kronor i månaden för alla 420 000 anställda ... skulle kosta
#   runt 6,6 miljarder kronor om året': the 1 000 defines the hypothesis (optional), the 420 000 employees are a fact
#   (required), the cost is required with subject 'Ett påslag' and no direction. Demands in a numbered list are required
#   ('minst 4,5 procent per år', '1 200 kronor i månaden', 'sänks till 36 timmar i veckan': decrease); the list numbers
#   are N. Pay 'i månaden' per="month", hours 'i veckan' per="week". 'Sedan 2020' is N (places the change).
# - New cars (sidecar 2026-11-02): 'i oktober' is 2026, lenient; 'Hittills i år' 2026 not lenient; 'nu bara står för 6,3
#   procent' after 'fortsatte att tappa' is the level after a change (decrease, r16_a 'ligger fortfarande på'), 2026 not
#   lenient ('nu'). The year forecast 'helåret hamnar på omkring 280 000 personbilar' is 2026, lenient (quote). '48 gram
#   per kilometer' is unit g per="km"; 'nästan en tredjedel lägre än i oktober förra året' a required size of change in
#   words (ratio 1/3, approx, decrease). 'minskade till 412 från 468': 468 is October 2025 (lenient). Table: the count
#   columns take the caption's measure ('Personbilar'), the change column too, the share column 'Andel' (not lenient,
#   its header names 'okt 2026'); the total share '100,0' is a cell like any other.
# - Ticket prices (HTML): the lead names 1 January 2026, so new prices are 2026 (lenient) and today's 2025 (lenient);
#   the table's period columns are not lenient, its change column lenient. 'I genomsnitt blir det 4,5 procent dyrare att
#   resa' has s None (expletive 'det'). The example 'i snitt 42 resor i månaden' is optional (count per="month"); 'knappt
#   20 kronor per resa' is required (per="trip", s None: the payer 'du' is no subject). 'kostar fortsatt 32 kronor' has
#   no direction. Ticket names with digits ('30-dagarsbiljett', the row labels '30 dagar, ...') are N (names, r16_b);
#   age bands 'mellan 7 och 19 år', 'från 65 år' and times of day 'klockan 9 och 15' are N. The table's cells take the
#   column measure 'Pris' (the change column too). '38 nya elbussar' ('satsar vi på'): the goal of the money, 2026
#   lenient, quote. 'regionen skjuter till omkring 612 miljoner kronor om året': the payer is no subject (s None).
# - Harvest report: 'i år' / the dateline give 2025; '612 000 ton' is credited 'Enligt länsstyrelsens preliminära
#   beräkningar' (enligt). 'ett femårsgenomsnitt på 7 390 kilo' and the column 'Snitt 2020–2024, kg/ha' cover ('2020',
#   '2024') (the sentence's lenient, the column's not); 'kilo' in a yield sentence whose subject is 'Hektarskörden'
#   carries per="ha". The passive 'har omkring 2,9 miljoner kubikmeter skog avverkats' has s None (figure as
#   grammatical subject) and the following '8 procent mindre' s None. 'Granbarkborren dödade ... cirka 310 000 kubikmeter
#   skog' takes the measured noun 'skog' (the agent is no measure), credited 'enligt skogsvårdsmyndighetens inventering';
#   'en tredjedel av volymen under toppåret 2020' compares with an earlier year: optional multiplier (1/3, decrease).
# - Negatives: datelines and Publicerad lines, titles' and headings' periods, breadcrumbs, column headers of periods,
#   years and dates that only place a claim ('augusti 2024', 'jämfört med juli 2025', 'mer än 2024', 'för 2027', 'senast
#   2030', 'Sedan 2020', 'toppåret 2020', 'den 30 september', 'den 10 augusti', 'den 1 januari 2026'), next-report
#   dates, times of day ('kl. 08.00', 'klockan 9 och 15'), 'Tabell 1', names with digits ('aggregat 3', 'elområde 2',
#   '30-dagarsbiljett', 'Linje 12'), age bands ('under 30 år', 'mellan 7 och 19 år', 'från 65 år'), the denominator
#   '100 000', list numbering, related links, phone numbers, street addresses, postal codes, org numbers and the
#   copyright year.
# - Left out on purpose (no digits, neither G nor N): periods written in words ('på sex år', 'på fem år', 'de senaste
#   fem åren', 'årets första sju månader', 'de tre närmast föregående månaderna', 'tolv månader tidigare', 'för ett år
#   sedan', 'tredje kvartalet i fjol', 'första halvår'), 'för en zon' (part of a ticket's name), 'en av de största',
#   'stod still' and 'ungefär som i fjol' (no figure), 'ett helt arbetsliv'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2020", "2024", "2025", "2026", "2027", "2030")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y20, Y24, Y25, Y26, Y27, Y30 = (Y[y] for y in ("2020", "2024", "2025", "2026", "2027", "2030"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    A5 = ("2021", "2025")
    A20 = ("2020", "2024")

    # ------------------------------------------------------------ 1. energy company, interim report Jan-Sep 2026 (dateline 29 oktober 2026)
    EP = ("Elproduktionen", "Elproduktionen")
    VK = ("vattenkraft", "vattenkraft")
    VI = ("vindkraft", "vindkraft")
    PR = ("Det genomsnittliga elpris som bolaget erhöll", "elpris")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RA = ("Resultat per aktie", "Resultat")
    IV = ("Investeringarna", "Investeringarna")
    KL = ("Karin Lidström", "quote")
    SP = ("Spotpriset i elområde 2", "Spotpriset")
    AA = ("Antalet anställda", "Antalet")

    def kq(unit, scale, per=None):
        return [(unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False),
                (unit, scale, per, Y26, False, False), (unit, scale, per, Y25, False, False)]

    GOLD["r17_a_energi_q3"] = [
        G("2 184", 2184, "GWh", ctx="till [2 184] (1 962)", **L26, s=EP, sp=None, note="heading 'TREDJE KVARTALET 2026'; 'uppgick till': no direction"),
        G("1 962", 1962, "GWh", ctx="2 184 ([1 962]) GWh", t=Y25, s=EP, sp=None, note="bracket: the note names 2025"),
        G("1 530", 1530, "GWh", ctx="vattenkraft [1 530] (1 415)", **L26, s=VK, sp=None, note="'varav vattenkraft'"),
        G("1 415", 1415, "GWh", ctx="1 530 ([1 415]) GWh", t=Y25, s=VK, sp=None),
        G("596", 596, "GWh", ctx="vindkraft [596] (489)", **L26, s=VI, sp=None),
        G("489", 489, "GWh", ctx="596 ([489]) GWh", t=Y25, s=VI, sp=None),
        G("38,6", 0.386, "SEK", ctx="blev [38,6] (47,2)", per="kWh", **L26, s=PR, sp=None, note="öre/kWh: SEK/100 per kWh"),
        G("47,2", 0.472, "SEK", ctx="38,6 ([47,2]) öre/kWh", per="kWh", t=Y25, s=PR, sp=None),
        G("9 procent", 9, "percent", ctx="minskade med [9 procent] till", **L26, direction="decrease", s=NO, sp=None),
        G("1 312", 1312e6, "SEK", ctx="till [1 312] (1 442)", **L26, direction="decrease", s=NO, sp=None, note="to-value"),
        G("1 442", 1442e6, "SEK", ctx="1 312 ([1 442]) Mkr", t=Y25, s=NO, sp=None),
        G("341", 341e6, "SEK", ctx="blev [341] (418)", **L26, s=RR, sp=None),
        G("418", 418e6, "SEK", ctx="341 ([418]) Mkr", t=Y25, s=RR, sp=None),
        G("367", 367e6, "SEK", ctx="till [367] (402)", **L26, direction="decrease", s=RR, sp=None, note="'gick det ned till': 'det' stands for the operating result of the sentence before"),
        G("402", 402e6, "SEK", ctx="367 ([402]) Mkr", t=Y25, s=RR, sp=None),
        G("1,84", 1.84, "SEK", ctx="aktie: [1,84] (2,27)", per="share", **L26, s=RA, sp=None),
        G("2,27", 2.27, "SEK", ctx="1,84 ([2,27]) kronor", per="share", t=Y25, s=RA, sp=None),
        G("7 046", 7046, "GWh", ctx="till [7 046] (6 511)", **L26, direction="increase", s=EP, sp=None, note="heading 'JANUARI–SEPTEMBER 2026'; 'ökade till'"),
        G("6 511", 6511, "GWh", ctx="7 046 ([6 511]) GWh", t=Y25, s=EP, sp=None),
        G("1 488", 1488e6, "SEK", ctx="till [1 488] (1 530)", **L26, s=RR, sp=None),
        G("1 530", 1530e6, "SEK", ctx="1 488 ([1 530]) Mkr", t=Y25, s=RR, sp=None),
        G("fördubblades", 2, "number", bound="approx", **L26, direction="increase", optional=True, s=IV, sp=None, note="'nästan fördubblades': a multiplier verb"),
        G("905", 905e6, "SEK", ctx="till [905] (462)", **L26, direction="increase", s=IV, sp=None, note="to-value"),
        G("462", 462e6, "SEK", ctx="905 ([462]) Mkr", t=Y25, s=IV, sp=None),
        G("11 procent", 11, "percent", **L26, direction="increase", s=("el", "el"), sp=KL, note="'Vi producerade 11 procent mer el än för ett år sedan': the quarter; 'Vi' is no subject"),
        G("nästan 9 öre", 0.09, "SEK", bound="approx", per="kWh", **L26, direction="decrease", s=None, sp=KL, note="'fick ... mindre betalt för varje kilowattimme': one price over time"),
        G("84 procent", 84, "percent", **L26, s=("fyllnadsgraden", "fyllnadsgraden"), sp=None, note="'vid kvartalets utgång'"),
        G("6 procentenheter", 6, "percentage_point", **L26, s=None, sp=None, note="'vilket är ... över det normala för årstiden': a comparison with a norm, no direction"),
        G("24 verk", 24, "count", **L26, s=("verk", "verk"), sp=None),
        G("134 megawatt", 134, "MW", **L26, s=("en installerad effekt", "effekt"), sp=None),
        G("31,4 öre/kWh", 0.314, "SEK", per="kWh", **L26, direction="decrease", s=SP, sp=None, note="'under kvartalet'; ', mot 41,8 öre/kWh under tredje kvartalet i fjol': the new value"),
        G("41,8 öre/kWh", 0.418, "SEK", per="kWh", t=Y25, s=SP, sp=None, note="'i fjol' resolves against the dateline"),
        G("Drygt 60 procent", 60, "percent", bound="approx", t=Y27, s=None, sp=None, note="'av den väntade produktionen för 2027 är redan säkrad': the year of the production; the figure is the grammatical subject"),
        G("4,2 procent", 4.2, "percent", **L26, direction="increase", s=("Kostnaderna för drift och underhåll", "Kostnaderna"), sp=None, note="'gick upp med ... mot motsvarande kvartal föregående år'"),
        G("sju veckor", 7, "week", **L26, s=("revisionen av aggregat 3 i Gräsforsens kraftstation", "revisionen"), sp=None, note="'som pågick i'"),
        *_row(G, "Elproduktion, GWh", ["2 184", "1 962", "7 046", "6 511"], kq("GWh", 1), ("Elproduktion", "Elproduktion"), note="table 'NYCKELTAL': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025'; the unit in the row label"),
        *_row(G, "Erhållet elpris, öre/kWh", ["38,6", "47,2", "44,9", "52,3"], kq("SEK", 0.01, "kWh"), ("Erhållet elpris", "elpris")),
        *_row(G, "Nettoomsättning, Mkr", ["1 312", "1 442", "4 876", "5 101"], kq("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning")),
        *_row(G, "Rörelseresultat, Mkr", ["341", "418", "1 488", "1 530"], kq("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        G("412", 412, "count", ctx="var [412] (398)", **L26, s=AA, sp=None, note="'vid periodens slut'"),
        G("398", 398, "count", ctx="412 ([398])", t=Y25, s=AA, sp=None),
        G("2,5 gånger", 2.5, "number", bound="at_most", s=("nettoskulden", "nettoskulden"), sp=None, note="a target: 'inte ska överstiga' is a negated bound; no period"),
        G("1,9", 1.9, "number", ctx="kvoten [1,9].", **L26, s=("kvoten", "kvoten"), sp=None, note="'Per den 30 september' (no year)"),
    ]
    NEG["r17_a_energi_q3"] = [
        N("januari–september 2026", note="title"), N("29 oktober 2026"), N("2026", ctx="KVARTALET [2026]", note="heading"),
        N("2025", ctx="period [2025].", note="the bracket note: places the brackets"), N("JANUARI–SEPTEMBER 2026", note="heading"),
        N("2", ctx="elområde [2] låg", note="a name"), N("2027", ctx="produktionen för [2027] är", note="places the claim"),
        N("3", ctx="aggregat [3] i", note="a name"), N("Jul–sep 2026", note="column header"), N("Jul–sep 2025"),
        N("Jan–sep 2026"), N("Jan–sep 2025"), N("30 september"), N("2026", ctx="Bokslutskommunikén för [2026]"),
        N("11 februari 2027", note="next report"), N("090-17 42 60"), N("556781-3302"),
    ]

    # ------------------------------------------------------------ 2. retail sales, August 2025 (Publicerad 7 oktober 2025)
    DF = ("Detaljhandelns försäljningsvolym", "försäljningsvolym")
    SF = ("försäljningsvolymen", "försäljningsvolymen")
    VO = ("volymen", "volymen")
    PT = ("prisökningstakten", "prisökningstakten")
    EH = ("e-handeln", "e-handeln")
    FV = ("Försäljningsvolym", "Försäljningsvolym")
    rt = [("percent", 1, None, Y25, False, True)] * 3
    GOLD["r17_a_detaljhandel_augusti"] = [
        G("0,6 procent", 0.6, "percent", t=Y25, direction="increase", s=DF, sp=None, note="'i augusti 2025 jämfört med juli, säsongsrensat'"),
        G("3,1 procent", 3.1, "percent", **L25, direction="increase", s=DF, sp=None, note="'Sett mot augusti 2024 blev ökningen': the month from the sentence before"),
        G("femte", 5, "ordinal", **L25, s=("månaden", "månaden"), sp=None, note="'femte månaden i följd'"),
        G("2 procent", 2, "percent", ctx="överstiger [2 procent]", bound="more_than", **L25, optional=True, s=("årstakten", "årstakten"), sp=None, note="a threshold"),
        G("1,4 procent", 1.4, "percent", **L25, direction="increase", s=VO, sp=None, note="'låg ... över nivån för ett år sedan': one thing over time"),
        G("1,1 procent", 1.1, "percent", ctx="med [1,1 procent] från", **L25, direction="increase", s=SF, sp=None, note="'tilltog med ... från föregående månad'"),
        G("4,5 procent", 4.5, "percent", ctx="med [4,5 procent] på årsbasis", **L25, direction="increase", s=SF, sp=None),
        G("0,9 procent", 0.9, "percent", **L25, direction="increase", s=VO, sp=None, note="'perioden juni–augusti' (no year)"),
        G("1,8 procent", 1.8, "percent", **L25, direction="increase", s=("Priserna i detaljhandeln", "Priserna"), sp=None, note="'högre än tolv månader tidigare'"),
        G("2,3 procent", 2.3, "percent", ctx="till [2,3 procent],", **L25, direction="decrease", s=PT, sp=None, note="'dämpades ... till'"),
        G("3,0 procent", 3.0, "percent", **L25, s=PT, sp=None, note="from-value 'i juli' (no year)"),
        G("1,2 procent", 1.2, "percent", ctx="blev [1,2 procent] billigare", **L25, direction="decrease", s=("sällanköpsvarorna", "sällanköpsvarorna"), sp=None),
        G("71,4 miljarder kronor", 71.4e9, "SEK", **L25, s=("detaljhandeln", "detaljhandeln"), sp=None, note="'omsatte detaljhandeln ... under månaden': the seller (r15_b, r16_a)"),
        G("8,9 miljarder", 8.9e9, "SEK", **L25, s=EH, sp=None, note="'varav e-handeln svarade för'"),
        G("knappt 13 procent", 13, "percent", bound="approx", **L25, s=EH, sp=None, note="'eller': the same predicate as a share"),
        *_row(G, "Detaljhandel totalt", ["+0,6", "+3,1", "+2,4"], rt, FV, note="table 'Tabell 1. Försäljningsvolym per branschgrupp, förändring i procent': 'Aug/jul 2025' / 'Aug 2025/aug 2024' / 'Jan–aug 2025/jan–aug 2024' (headers name the period: not lenient)"),
        *_row(G, "Dagligvaruhandel", ["0,0", "+1,4", "+1,0"], rt, FV, note="a zero cell: value 0, no direction"),
        *_row(G, "Sällanköpsvaruhandel", ["+1,1", "+4,5", "+3,5"], rt, FV),
        *_row(G, "varav kläder och skor", ["−0,7", "+2,2", "+1,9"], rt, FV),
        *_row(G, "varav hemelektronik", ["+2,4", "+8,3", "+5,6"], rt, FV),
        *_row(G, "varav järn och bygg", ["+1,9", "+6,0", "+2,8"], rt, FV),
        *_row(G, "varav möbler", ["+0,3", "−1,6", "−2,1"], rt, FV),
        *_row(G, "Apotek", ["+0,8", "+3,9", "+4,2"], rt, FV),
        G("21 vardagar", 21, "day", t=Y25, optional=True, s=("vardagar", "vardagar"), sp=None, note="explains the calendar adjustment"),
        G("22", 22, "day", ctx="mot [22] i augusti", t=Y24, optional=True, s=None, sp=None, note="elided noun"),
    ]
    NEG["r17_a_detaljhandel_augusti"] = [
        N("augusti 2025", 1, note="title"), N("7 oktober 2025"), N("08.00", note="time of day"),
        N("augusti 2025", 2, note="places the claim"), N("augusti 2024", 1, note="places the baseline"),
        N("1", ctx="Tabell [1].", note="table number"), N("Aug/jul 2025", note="column header"),
        N("Aug 2025/aug 2024", note="column header"), N("Jan–aug 2025/jan–aug 2024", note="column header"),
        N("Augusti 2025", note="places the claim"), N("augusti 2024", 2, note="places the claim"),
        N("6 november 2025", note="next report"), N("september 2025", note="next report"), N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. road deaths, July 2026 (Publicerad 13 augusti 2026)
    PE = ("personer", "personer")
    SS = ("Antalet svårt skadade", "Antalet")
    LD = ("Lars-Erik Dahlgren", "quote")
    OM = ("Omkomna", "Omkomna")
    AO = ("antalet omkomna", "antalet")
    om = [("count", 1, None, Y26, False, False), ("count", 1, None, Y26, False, False),
          ("count", 1, None, Y25, False, False), ("count", 1, None, A5, False, False)]
    GOLD["r17_a_trafikolyckor_juli"] = [
        G("27 omkomna", 27, "count", **L26, s=("omkomna", "omkomna"), sp=None, note="title: 'i juli' (no year)"),
        G("27 personer", 27, "count", t=Y26, direction="decrease", s=PE, sp=("Vägsäkerhetsverkets preliminära statistik", "enligt"), note="'under juli 2026'; next 'Det är fyra färre': the new value"),
        G("fyra", 4, "count", ctx="Det är [fyra] färre", **L26, direction="decrease", s=PE, sp=None, note="'Det är X färre' takes the level's subject (r16_b)"),
        G("sju", 7, "count", ctx="och [sju] under genomsnittet", **L26, direction="decrease", s=PE, sp=None, note="against the five-year average (an earlier baseline)"),
        G("34", 34, "count", ctx="ligger på [34].", t=A5, lenient=True, s=("genomsnittet för juli de senaste fem åren", "genomsnittet"), sp=None, note="'de senaste fem åren': 2021-2025 (table header)"),
        G("142 personer", 142, "count", t=Y26, direction="decrease", s=PE, sp=None, note="'Hittills i år'; 'jämfört med 158 under januari–juli förra året': the new value"),
        G("158", 158, "count", ctx="med [158] under", t=Y25, s=None, sp=None, note="'förra året'; elided noun"),
        G("156", 156, "count", ctx="period är [156].", t=A5, lenient=True, s=("Femårsgenomsnittet för motsvarande period", "Femårsgenomsnittet"), sp=None),
        G("1,34 omkomna", 1.34, "count", per="capita", t=Y26, direction="decrease", s=("omkomna", "omkomna"), sp=None, note="'per 100 000 invånare'; 'årets siffra'; ', mot 1,50 ett år tidigare': the new value"),
        G("1,50", 1.50, "count", per="capita", **L25, s=None, sp=None, note="'ett år tidigare'; elided noun"),
        G("246", 246, "count", ctx="till [246],", **L26, direction="increase", s=SS, sp=None, note="'i juli' (no year); ', en ökning med 5 procent': the new value"),
        G("5 procent", 5, "percent", ctx="ökning med [5 procent]", **L26, direction="increase", s=SS, sp=None),
        G("58 svårt skadade motorcyklister", 58, "count", **L26, direction="increase", s=("svårt skadade motorcyklister", "motorcyklister"), sp=None, note="', nästan dubbelt så många som i juni': one group over time"),
        G("dubbelt", 2, "number", bound="approx", **L26, direction="increase", optional=True, s=None, sp=None, note="a multiplier over time"),
        G("14", 14, "count", ctx="färdades [14] i", **L26, s=None, sp=None, note="the bare figure is the grammatical subject"),
        G("6", 6, "count", ctx="medan [6] var", **L26, s=None, sp=None),
        G("3 cyklister", 3, "count", **L26, s=("cyklister", "cyklister"), sp=None),
        G("2 fotgängare", 2, "count", **L26, s=("fotgängare", "fotgängare"), sp=None),
        G("två fall", 2, "count", **L26, s=("fall", "fall"), sp=None, note="number word"),
        G("fjärde", 4, "ordinal", **L26, s=("månaden", "månaden"), sp=LD, note="'för fjärde månaden i rad'"),
        G("var tredje motorcyklist", 1 / 3, "ratio", **L26, s=("motorcyklist", "motorcyklist"), sp=LD),
        *_row(G, "| Personbil", ["14", "71", "80", "79"], om, OM, sep=" | ", note="table 'Omkomna per trafikantkategori': 'Juli 2026' / 'Jan–jul 2026' / 'Jan–jul 2025' / 'Snitt jan–jul 2021–2025'"),
        *_row(G, "| Motorcykel", ["6", "24", "27", "25"], om, OM, sep=" | "),
        *_row(G, "| Moped", ["2", "6", "5", "6"], om, OM, sep=" | "),
        *_row(G, "| Cykel", ["3", "15", "19", "17"], om, OM, sep=" | "),
        *_row(G, "| Fotgängare", ["2", "17", "16", "18"], om, OM, sep=" | "),
        *_row(G, "| Övriga", ["0", "9", "11", "11"], om, OM, sep=" | ", note="a zero cell"),
        *_row(G, "| Totalt", ["27", "142", "158", "156"], om, OM, sep=" | "),
        G("minst 40 procent", 40, "percent", bound="at_least", t=Y26, s=("dödsolyckorna", "dödsolyckorna"), sp=("myndighetens preliminära olycksanalyser", "enligt"), note="'under årets första sju månader'"),
        G("halveras", 0.5, "number", direction="decrease", optional=True, s=AO, sp=None, note="a multiplier verb in a target"),
        G("högst 133", 133, "count", bound="at_most", per="year", t=Y30, direction="decrease", s=AO, sp=None, note="a target 'senast 2030'"),
    ]
    NEG["r17_a_trafikolyckor_juli"] = [
        N("13 augusti 2026"), N("juli 2026", note="places the claim"), N("100 000", note="the denominator of 'per 100 000 invånare'"),
        N("juli 2025", note="places the baseline"), N("Juli 2026", note="column header"), N("Jan–jul 2026", note="column header"),
        N("Jan–jul 2025", note="column header"), N("2021–2025", note="column header"), N("2030", note="the target's time"),
        N("10 augusti"), N("helåret 2026", note="next publication"), N("mars 2027"), N("0771-41 22 90"),
    ]

    # ------------------------------------------------------------ 4. university annual report 2025 (Publicerad 24 februari 2026)
    HS = ("helårsstudenter", "helårsstudenter")
    TB = ("Takbeloppet", "Takbeloppet")
    FI = ("Intäkterna för forskning och utbildning på forskarnivå", "Intäkterna")
    EB = ("Externa bidrag", "bidrag")
    DO = ("doktorander", "doktorander")
    AK = ("Andelen kvinnor bland professorerna", "Andelen")
    SJ = ("Sjukfrånvaron", "Sjukfrånvaron")
    TI = ("Universitetets totala intäkter", "intäkter")
    HSt = ("Helena Strömqvist", "quote")
    GOLD["r17_a_universitet_arsredovisning"] = [
        G("14 870", 14870, "count", **L25, direction="increase", s=("Antalet helårsstudenter", "Antalet"), sp=None, note="the report's year; ', en uppgång med 640 från året innan': the new value"),
        G("640", 640, "count", ctx="uppgång med [640]", **L25, direction="increase", s=("Antalet helårsstudenter", "Antalet"), sp=None),
        G("3 210 helårsstudenter", 3210, "count", **L25, direction="increase", s=HS, sp=None, note="', mot 2 980 under 2024': the new value"),
        G("2 980", 2980, "count", t=Y24, s=HS, sp=None, note="'under 2024'"),
        G("1 126 miljoner kronor", 1126e6, "SEK", **L25, s=TB, sp=None),
        G("1,8 procent", 1.8, "percent", **L25, s=TB, sp=None, note="'överskreds med': against a ceiling, no direction"),
        G("81 procent", 81, "percent", **L25, s=("prestationsgraden", "prestationsgraden"), sp=None),
        G("3 405 examina", 3405, "count", **L25, s=("examina", "examina"), sp=None),
        G("612 sjuksköterskeexamina", 612, "count", **L25, s=("sjuksköterskeexamina", "sjuksköterskeexamina"), sp=None, note="'varav'"),
        G("1 492 mnkr", 1492e6, "SEK", **L25, direction="increase", s=FI, sp=None, note="'nådde ..., vilket är 7 procent mer än 2024': the new value"),
        G("7 procent", 7, "percent", ctx="är [7 procent] mer", **L25, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("46 procent", 46, "percent", **L25, direction="increase", s=EB, sp=None, note="'en andel som har vuxit från 41 procent på fem år'"),
        G("41 procent", 41, "percent", t=Y20, lenient=True, s=EB, sp=None, note="from-value five years back"),
        G("214 mnkr", 214e6, "SEK", **L25, s=("Nationella forskningsrådet", "forskningsrådet"), sp=None, note="'den största enskilda finansiären med': the funder the money comes from"),
        G("118 doktorander", 118, "count", **L25, direction="increase", s=DO, sp=None, note="'disputerade'; 'jämfört med 97 året dessförinnan': the new value"),
        G("97", 97, "count", ctx="med [97] året", **L24, s=DO, sp=None, note="'året dessförinnan'"),
        G("54 procent", 54, "percent", **L25, s=("kvinnor", "kvinnor"), sp=None),
        G("23 licentiatexamina", 23, "count", **L25, s=("licentiatexamina", "licentiatexamina"), sp=None),
        G("2 940 anställda", 2940, "count", **L25, s=("anställda", "anställda"), sp=None, note="'Vid årets slut' in a report on 2025"),
        G("2 615 årsarbetskrafter", 2615, "count", **L25, s=("årsarbetskrafter", "årsarbetskrafter"), sp=None),
        G("38 procent", 38, "percent", **L25, direction="increase", s=AK, sp=None, note="'steg till ... från'"),
        G("35 procent", 35, "percent", **L24, s=AK, sp=None, note="from-value: the year before"),
        G("56 procent", 56, "percent", **L25, s=("kvinnorna", "kvinnorna"), sp=None),
        G("0,3 procentenheter", 0.3, "percentage_point", **L25, direction="decrease", s=SJ, sp=None),
        G("3,1 procent", 3.1, "percent", **L25, direction="decrease", s=SJ, sp=None, note="to-value"),
        G("3 184 mnkr", 3184e6, "SEK", **L25, direction="increase", s=TI, sp=None, note="'ökade till'"),
        G("3 020 mnkr", 3020e6, "SEK", t=Y24, s=TI, sp=None, note="bracket '(3 020 mnkr 2024)'"),
        G("38 mnkr", 38e6, "SEK", **L25, direction="increase", s=("Verksamhetsutfallet", "Verksamhetsutfallet"), sp=None, note="'blev plus ..., efter ett minus på 22 mnkr året innan': the new value"),
        G("22 mnkr", 22e6, "SEK", **L24, s=("ett minus", "minus"), sp=None, note="a deficit written as a positive amount (r16_b 'underskott')"),
        G("19 procent", 19, "percent", t=Y26, s=("Det myndighetskapital som universitetet har byggt upp", "myndighetskapital"), sp=None, note="'motsvarar nu'"),
        G("högst 10 procent", 10, "percent", bound="at_most", optional=True, s=("regeringens riktmärke", "riktmärke"), sp=None, note="a norm"),
        G("nästan 650", 650, "count", bound="approx", **L25, direction="increase", s=HS, sp=HSt, note="'nästan 650 fler helårsstudenter'"),
        G("146 sidor", 146, "count", optional=True, s=("sidor", "sidor"), sp=None, note="the report's length"),
    ]
    NEG["r17_a_universitet_arsredovisning"] = [
        N("2025", ctx="Årsredovisning [2025] i korthet", note="title"), N("24 februari 2026"),
        N("2025", ctx="årsredovisningen för [2025].", note="places the claim"), N("2024", ctx="under [2024].", note="places the claim"),
        N("2024", ctx="mer än [2024] och", note="places the baseline"), N("2024", ctx="mnkr [2024])", note="the bracket's year"),
        N("021-10 57 30"),
    ]

    # ------------------------------------------------------------ 5. UNDATED union op-ed on wages (no date, no sidecar)
    RL = ("Reallönen för en undersköterska", "Reallönen")
    PA = ("Ett påslag", "påslag")
    GOLD["r17_a_debatt_loner"] = [
        G("21 procent", 21, "percent", direction="increase", s=("priserna", "priserna"), sp=None, note="'Sedan 2020 har ... stigit med': undated, no period"),
        G("15 procent", 15, "percent", direction="increase", s=("de avtalsenliga lönerna i kommunerna", "lönerna"), sp=None),
        G("nästan 5 procent", 5, "percent", bound="approx", direction="decrease", s=RL, sp=None, note="'har därmed fallit med ... på sex år'"),
        G("54 800 kronor", 54800, "SEK", per="month", s=("En civilingenjör i privat sektor", "civilingenjör"), sp=None, note="the earner (r16_a)"),
        G("36 900 kronor", 36900, "SEK", per="month", s=("En förskollärare med lika lång utbildning", "förskollärare"), sp=None, note="'i månaden' carried from the sentence before"),
        G("33 procent", 33, "percent", s=None, sp=None, note="'vilket är ... mindre': two professions at one time"),
        G("dubbelt", 2, "number", optional=True, s=None, sp=None, note="'dubbelt så mycket som': a comparison at one time"),
        G("cirka 52 000 svenska kronor", 52000, "SEK", bound="approx", per="month", s=("En sjuksköterska i Norge", "sjuksköterska"), sp=None),
        G("18 procent", 18, "percent", s=None, sp=None, note="apposition; two countries at one time"),
        G("12 procent", 12, "percent", s=("skillnaden", "skillnaden"), sp=None),
        G("35,5 timmar", 35.5, "hour", per="week", s=("den norska sjuksköterskan", "sjuksköterskan"), sp=None),
        G("38,25", 38.25, "hour", per="week", s=None, sp=None, note="'mot 38,25 här hemma': elided unit and noun"),
        G("8 600 kronor", 8600, "SEK", per="month", s=("de anställda", "anställda"), sp=None, note="two groups at one time: no direction"),
        G("mer än 4 miljoner kronor", 4e6, "SEK", bound="more_than", s=None, sp=None, note="'Under ett helt arbetsliv blir det'"),
        G("Fyra av tio", 0.4, "ratio", s=("våra medlemmar", "medlemmar"), sp=None, note="the union's own survey: the signatories' text, no speaker"),
        G("över hälften", 0.5, "ratio", bound="more_than", s=("andelen", "andelen"), sp=None),
        G("Var fjärde", 0.25, "ratio", s=None, sp=None, note="elided noun"),
        G("27 miljarder kronor", 27e9, "SEK", s=("ett samlat överskott", "överskott"), sp=None, note="'förra året' in an undated text: no period"),
        G("1 000 kronor", 1000, "SEK", per="month", direction="increase", optional=True, s=PA, sp=None, note="the hypothesis that defines the cost"),
        G("420 000 anställda", 420000, "count", s=("anställda", "anställda"), sp=None),
        G("runt 6,6 miljarder kronor", 6.6e9, "SEK", bound="approx", per="year", s=PA, sp=None, note="a hypothetical cost ('skulle kosta'): required, no direction"),
        G("minst 4,5 procent", 4.5, "percent", bound="at_least", per="year", direction="increase", s=("Ett lönelyft", "lönelyft"), sp=None, note="a demand"),
        G("1 200 kronor", 1200, "SEK", per="month", s=("En särskild pott", "pott"), sp=None, note="a demand"),
        G("36 timmar", 36, "hour", per="week", direction="decrease", s=("heltid i vården", "heltid"), sp=None, note="a demand: 'sänks till'"),
    ]
    NEG["r17_a_debatt_loner"] = [
        N("2020", note="'Sedan 2020' places the change"), N("30", ctx="under [30] år", note="age band"),
        N("1", ctx="[1]. Ett lönelyft", note="list numbering"), N("2", ctx="[2]. En särskild", note="list numbering"),
        N("3", ctx="[3]. Att heltid", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. new cars, October 2026 (date only in the sidecar, 2026-11-02)
    PB = ("personbilar", "personbilar")
    AE = ("andelen elbilar", "andelen")
    LH = ("Laddhybriderna", "Laddhybriderna")
    BB = ("Bensinbilarna", "Bensinbilarna")
    CO = ("Nya bilars genomsnittliga koldioxidutsläpp", "koldioxidutsläpp")
    LL = ("Lätta lastbilar", "lastbilar")
    TL = ("Nyregistreringarna av tunga lastbilar", "Nyregistreringarna")
    PW = ("Petra Wallin", "quote")
    PBt = ("Personbilar", "Personbilar")
    nb = [("count", 1, None, Y26, False, False), ("count", 1, None, Y25, False, False),
          ("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, False, False)]
    NBS = [PBt, PBt, PBt, ("Andel", "Andel")]
    GOLD["r17_a_nybilar_oktober"] = [
        G("23 418 personbilar", 23418, "count", **L26, direction="increase", s=PB, sp=None, note="'I oktober' (no year); ', en ökning med 6,8 procent': the new value"),
        G("6,8 procent", 6.8, "percent", ctx="ökning med [6,8 procent]", **L26, direction="increase", s=PB, sp=None),
        G("226 905 nya personbilar", 226905, "count", t=Y26, direction="decrease", s=("nya personbilar", "personbilar"), sp=None, note="'Hittills i år'; ', vilket är 2,1 procent färre': the new value"),
        G("2,1 procent", 2.1, "percent", **L26, direction="decrease", s=None, sp=None, note="'vilket är'"),
        G("9 984 rena elbilar", 9984, "count", **L26, s=("rena elbilar", "elbilar"), sp=None),
        G("42,6 procent", 42.6, "percent", ctx="landade på [42,6 procent]", **L26, direction="increase", s=AE, sp=None, note="', att jämföra med 35,9 procent i oktober 2025': the new value"),
        G("35,9 procent", 35.9, "percent", t=Y25, s=AE, sp=None),
        G("4 211", 4211, "count", ctx="blev [4 211],", **L26, direction="decrease", s=LH, sp=None, note="'gick ... tillbaka: de blev'; ', en minskning med 9 procent'"),
        G("9 procent", 9, "percent", ctx="minskning med [9 procent]", **L26, direction="decrease", s=LH, sp=None),
        G("18,0 procent", 18.0, "percent", ctx="sjönk till [18,0 procent]", **L26, direction="decrease", s=("deras andel", "andel"), sp=None),
        G("drygt sex av tio", 0.6, "ratio", bound="approx", **L26, s=("de laddbara bilarna", "bilarna"), sp=None),
        G("14 procent", 14, "percent", ctx="minskade med [14 procent]", **L26, direction="decrease", s=BB, sp=None),
        G("4 807", 4807, "count", ctx="till [4 807],", **L26, direction="decrease", s=BB, sp=None, note="to-value"),
        G("6,3 procent", 6.3, "percent", ctx="står för [6,3 procent]", t=Y26, direction="decrease", s=("dieselbilarna", "dieselbilarna"), sp=None, note="'fortsatte att tappa och nu bara står för': the level after a change"),
        G("omkring 280 000 personbilar", 280000, "count", bound="approx", **L26, s=PB, sp=PW, note="a forecast for 'helåret'"),
        G("48 gram per kilometer", 48, "g", per="km", **L26, direction="decrease", s=CO, sp=None, note="', nästan en tredjedel lägre än i oktober förra året'"),
        G("nästan en tredjedel", 1 / 3, "ratio", bound="approx", **L26, direction="decrease", s=CO, sp=None, note="the size of a change in words"),
        G("11,2 procent", 11.2, "percent", **L26, direction="increase", s=LL, sp=None),
        G("3 906", 3906, "count", **L26, direction="increase", s=LL, sp=None, note="to-value"),
        G("var femte", 0.2, "ratio", **L26, s=None, sp=None, note="'av dem var var femte eldriven': elided noun"),
        G("412", 412, "count", ctx="till [412] från", **L26, direction="decrease", s=TL, sp=None),
        G("468", 468, "count", **L25, s=TL, sp=None, note="from-value: October last year"),
        *_row(G, "El", ["9 984", "7 872", "+26,8", "42,6"], nb, NBS, note="table 'Personbilar efter drivmedel, oktober': 'Okt 2026' / 'Okt 2025' / 'Förändring, %' (lenient) / 'Andel okt 2026, %'"),
        *_row(G, "Laddhybrid", ["4 211", "4 627", "−9,0", "18,0"], nb, NBS),
        *_row(G, "Elhybrid (ej laddbar)", ["2 947", "2 148", "+37,2", "12,6"], nb, NBS),
        *_row(G, "Bensin", ["4 807", "5 590", "−14,0", "20,5"], nb, NBS),
        *_row(G, "Diesel", ["1 469", "1 690", "−13,1", "6,3"], nb, NBS),
        *_row(G, "Totalt", ["23 418", "21 927", "+6,8", "100,0"], nb, NBS),
    ]
    NEG["r17_a_nybilar_oktober"] = [
        N("oktober 2025", note="places the comparison"), N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("okt 2026", note="column header 'Andel okt 2026, %'"), N("1 december", note="next report"), N("Fordonsgatan 12"),
        N("171 48"), N("08-700 41 90"),
    ]

    # ------------------------------------------------------------ 7. public transport HTML: ticket prices from 1 January 2026 (Publicerad 4 november 2025)
    TZ = ("En 30-dagarsbiljett för en zon", "30-dagarsbiljett")
    TL2 = ("sin 30-dagarsbiljett", "30-dagarsbiljett")
    UR = ("Ungdomsrabatten", "Ungdomsrabatten")
    PR2 = ("Pris", "Pris")
    SL = ("Sara Lundkvist", "quote")
    bp = [("SEK", 1, None, Y25, False, False), ("SEK", 1, None, Y26, False, False), ("percent", 1, None, Y26, True, True)]
    GOLD["r17_a_biljettpriser_2026"] = [
        G("4,5 procent", 4.5, "percent", **L26, direction="increase", s=None, sp=None, note="'I genomsnitt blir det ... dyrare att resa': expletive 'det'; the date from the sentence before"),
        G("795 kronor", 795, "SEK", **L25, s=TZ, sp=None, note="from-value: today's price"),
        G("830 kronor", 830, "SEK", **L26, direction="increase", s=TZ, sp=None),
        G("1 290 kronor", 1290, "SEK", **L26, direction="increase", s=TL2, sp=None, note="', 50 kronor mer än hittills': the new value"),
        G("50 kronor", 50, "SEK", **L26, direction="increase", s=TL2, sp=None),
        G("42 resor", 42, "count", per="month", optional=True, s=("resor", "resor"), sp=None, note="defines the example commuter"),
        G("knappt 20 kronor", 20, "SEK", bound="approx", per="trip", **L26, s=None, sp=None, note="'per resa'; the payer 'du' is no subject"),
        G("32 kronor", 32, "SEK", **L26, s=("En vuxen enkelbiljett som köps i appen eller med reskassa", "enkelbiljett"), sp=None, note="'kostar fortsatt': no change"),
        G("4 kronor", 4, "SEK", **L26, direction="increase", s=("priset", "priset"), sp=None),
        G("44 kronor", 44, "SEK", **L26, direction="increase", s=("priset", "priset"), sp=None, note="to-value"),
        G("35", 35, "percent", ctx="från [35] till", **L25, s=UR, sp=None, note="from-value; 'procent' written after the to-value"),
        G("40 procent", 40, "percent", ctx="till [40 procent].", **L26, direction="increase", s=UR, sp=None),
        G("498 kronor", 498, "SEK", **L26, direction="decrease", s=("ungdomarnas 30-dagarsbiljett för en zon", "30-dagarsbiljett"), sp=None, note="'blir billigare och kostar'"),
        G("25 procent", 25, "percent", **L26, s=("rabatt", "rabatt"), sp=None, note="'som tidigare': no change"),
        *_row(G, "30 dagar, en zon", ["795", "830", "+4,4"], bp, PR2, note="table 'Priser i kronor, ett urval': 'Pris 2025' / 'Pris från 1 jan 2026' / 'Förändring, %' (lenient)"),
        *_row(G, "30 dagar, hela länet", ["1 240", "1 290", "+4,0"], bp, PR2),
        *_row(G, "30 dagar ungdom, en zon", ["517", "498", "−3,7"], bp, PR2),
        *_row(G, "Enkelbiljett vuxen, app", ["32", "32", "0,0"], bp, PR2, note="a zero cell: no direction"),
        *_row(G, "Enkelbiljett vuxen, ombord", ["40", "44", "+10,0"], bp, PR2),
        *_row(G, "Dygnsbiljett, hela länet", ["95", "100", "+5,3"], bp, PR2),
        G("47 procent", 47, "percent", t=Y25, s=("Biljettintäkterna", "Biljettintäkterna"), sp=None, note="'i dag'"),
        G("omkring 612 miljoner kronor", 612e6, "SEK", bound="approx", per="year", **L25, s=None, sp=None, note="'regionen skjuter till ... om året': the payer is no subject"),
        G("38 nya elbussar", 38, "count", **L26, s=("nya elbussar", "elbussar"), sp=SL, note="'satsar vi på': the goal of the money"),
    ]
    NEG["r17_a_biljettpriser_2026"] = [
        N("2026", ctx="Prisjustering [2026]", note="breadcrumb"), N("4 november 2025"), N("1 januari 2026"),
        N("30-dagarsbiljett", 1, note="a name"), N("30-dagarsbiljett", 2, note="a name"),
        N("7", ctx="mellan [7] och", note="age band"), N("19", ctx="och [19] år", note="age band"),
        N("30-dagarsbiljett", 3, note="a name"), N("65", ctx="från [65] år", note="age band"),
        N("9", ctx="klockan [9] och", note="time of day"), N("15", ctx="och [15] på vardagar", note="time of day"),
        N("Pris 2025", note="column header"), N("1 jan 2026", note="column header"),
        N("30", ctx="[30] dagar, en zon", note="ticket name"), N("30", ctx="[30] dagar, hela", note="ticket name"),
        N("30", ctx="[30] dagar ungdom", note="ticket name"), N("14 december", note="related link"),
        N("12", ctx="Linje [12] får", note="related link, a name"), N("Stationsgatan 3"), N("721 30"),
        N("0771-22 40 40"), N("556904-1187"), N("2025", ctx="© [2025]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. harvest and forestry 2025 (dateline 27 november 2025)
    TS = ("totalskörden av spannmål", "totalskörden")
    HK = ("Hektarskörden", "Hektarskörden")
    AH = ("arealen med höstvete", "arealen")
    VK2 = ("Vårkornet", "Vårkornet")
    AR = ("Arealen höstraps", "Arealen")
    ES = ("Emma Sjöholm", "quote")
    sk = [("ha", 1, None, Y25, False, False), ("kg", 1, "ha", Y25, False, False), ("kg", 1, "ha", Y24, False, False),
          ("kg", 1, "ha", A20, False, False), ("tonne", 1, None, Y25, False, False)]
    SKS = [("Areal", "Areal"), ("Skörd", "Skörd"), ("Skörd", "Skörd"), ("Snitt", "Snitt"), ("Totalskörd", "Totalskörd")]
    GOLD["r17_a_skord_2025"] = [
        G("612 000 ton", 612000, "tonne", t=Y25, direction="increase", s=TS, sp=("länsstyrelsens preliminära beräkningar", "enligt"), note="'i år'; ', 9 procent mer än 2024': the new value"),
        G("9 procent", 9, "percent", ctx="ton, [9 procent] mer", t=Y25, direction="increase", s=TS, sp=None),
        G("6 procent", 6, "percent", ctx="och [6 procent] över", t=Y25, direction="increase", s=TS, sp=None, note="over the five-year average (an earlier baseline)"),
        G("8 140 kilo", 8140, "kg", ctx="på [8 140 kilo]", per="ha", **L25, direction="increase", s=HK, sp=None, note="'Hektarskörden' names the rate; ', mot 7 020 kilo i fjol': the new value"),
        G("7 020 kilo", 7020, "kg", per="ha", t=Y24, s=HK, sp=None, note="'i fjol'"),
        G("7 390 kilo", 7390, "kg", per="ha", t=A20, lenient=True, s=("ett femårsgenomsnitt", "femårsgenomsnitt"), sp=None, note="the five years before 2025 (table header)"),
        G("41 300 hektar", 41300, "ha", **L25, direction="increase", s=AH, sp=None, note="'ökade ... till ... från ... året innan'"),
        G("38 900", 38900, "ha", **L24, s=AH, sp=None, note="from-value 'året innan'"),
        G("5 210 kilo per hektar", 5210, "kg", per="ha", **L25, direction="decrease", s=VK2, sp=None, note="', 4 procent under femårssnittet'"),
        G("4 procent", 4, "percent", ctx="hektar, [4 procent] under", **L25, direction="decrease", s=VK2, sp=None),
        G("4 630 kilo per hektar", 4630, "kg", per="ha", **L25, s=("Havren", "Havren"), sp=None),
        G("en femtedel", 0.2, "ratio", **L25, direction="decrease", s=AR, sp=None, note="'krympte med en femtedel till'"),
        G("9 800 hektar", 9800, "ha", **L25, direction="decrease", s=AR, sp=None, note="to-value"),
        G("3 560 kilo", 3560, "kg", ctx="god, [3 560 kilo]", per="ha", **L25, s=("skörden per hektar", "skörden"), sp=None),
        G("34 900 ton", 34900, "tonne", ctx="Totalt skördades [34 900 ton]", **L25, s=None, sp=None, note="passive: the figure is the grammatical subject"),
        *_row(G, "Höstvete", ["41 300", "8 140", "7 020", "7 390", "336 200"], sk, SKS, note="table 'Skörd av de viktigaste grödorna i länet': 'Areal 2025, ha' / 'Skörd 2025, kg/ha' / 'Skörd 2024, kg/ha' / 'Snitt 2020–2024, kg/ha' / 'Totalskörd 2025, ton'"),
        *_row(G, "Vårkorn", ["28 600", "5 210", "5 480", "5 430", "149 000"], sk, SKS),
        *_row(G, "Havre", ["19 200", "4 630", "4 410", "4 520", "88 900"], sk, SKS),
        *_row(G, "Rågvete", ["6 900", "5 540", "5 110", "5 300", "38 200"], sk, SKS),
        *_row(G, "Höstraps", ["9 800", "3 560", "3 290", "3 410", "34 900"], sk, SKS),
        G("31 ton per hektar", 31, "tonne", per="ha", **L25, s=("Potatisskörden", "Potatisskörden"), sp=None),
        G("68 ton per hektar", 68, "tonne", per="ha", **L25, s=("sockerbetorna", "sockerbetorna"), sp=None),
        G("omkring 15 procent", 15, "percent", bound="approx", **L25, direction="decrease", s=("Priserna", "Priserna"), sp=ES, note="'lägre än för ett år sedan': present tense"),
        G("omkring 2,9 miljoner kubikmeter", 2.9e6, "m3", bound="approx", t=Y25, direction="decrease", s=None, sp=None, note="'hittills i år'; passive with the figure as grammatical subject; ', 8 procent mindre än': the new value"),
        G("8 procent", 8, "percent", ctx="år, [8 procent] mindre", t=Y25, direction="decrease", s=None, sp=None),
        G("cirka 310 000 kubikmeter", 310000, "m3", bound="approx", **L25, s=("skog", "skog"), sp=("skogsvårdsmyndighetens inventering", "enligt"), note="'under sommaren'; the agent (the beetle) is no measure"),
        G("en tredjedel", 1 / 3, "ratio", ctx="sommaren, [en tredjedel] av", **L25, direction="decrease", optional=True, s=None, sp=None, note="a multiplier against the peak year 2020"),
    ]
    NEG["r17_a_skord_2025"] = [
        N("2025", ctx="Skörden [2025]:", note="title"), N("27 november 2025"), N("2024", ctx="mer än [2024] och", note="places the baseline"),
        N("Areal 2025", note="column header"), N("Skörd 2025", note="column header"), N("Skörd 2024", note="column header"),
        N("Snitt 2020–2024", note="column header"), N("Totalskörd 2025", note="column header"),
        N("2020", ctx="toppåret [2020].", note="places the comparison"), N("april 2026", note="next report"), N("0156-77 30 00"),
    ]

    return GOLD, NEG
