"""Round 14, part A (r14_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 14, part A (r14_a_*): eight kinds, written from scratch (r14_sources.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed property company's interim report
# for January–September 2025 (dateline 'Västerå den 23 oktober 2025'; bullets under 'PERIODEN JANUARI–SEPTEMBER 2025' and
# 'TREDJE KVARTALET 2025' with bracketed prior figures dated by 'Jämförelsetal inom parentes avser motsvarande period
# 2024', negative figures in brackets '118 (−205) Mkr', '−142 (−388) Mkr', 'kronor per aktie', 'Uthyrningsgraden ... 93,4
# procent (94,1)', 'jämfört med 11,4 miljarder kronor vid årsskiftet', 'sjönk till 47,2 procent från 48,9 procent vid
# årets början', '2,3 gånger', a plain-text table 'jan–sep 2025' / 'jan–sep 2024' / 'helår 2024'), a police region's
# monthly traffic-safety statistics for August 2025 (Markdown, 'Publicerad 9 september 2025'; 'att jämföra med 7 i
# augusti året före', 'Sedan årsskiftet', 'nästan halverades ... från 41 till 22', km/h, 'var åttonde förare' in a quote,
# utandningsprov, a Markdown table by month with a change column 'Förändring utandningsprov mot samma månad i fjol, %'),
# a healthcare region's budget and tax decision for 2026 ('Publicerad 26 november 2025'; '11,71 kronor per hundralapp',
# mnkr, 'en ram på 17 420 mnkr, 640 mnkr mer än 2025', 'Av tillskottet går', a negated bound in a quote, 'Under
# planperioden 2026–2028', 'per invånare', 'rikssnittet', 'höjs från 1 200 till 1 500 kronor per år', the opposition's
# proposal), a statistics release on tourism overnight stays for July 2025 (Markdown, 'Publicerad 4 september 2025';
# 'landade på 9,84 miljoner', 'backade med', 'Drygt var fjärde gästnatt, 27,5 procent', 'följt av Norge med 531 000',
# 'tappade ... och hamnade på', 'per sålt rum', 'procentenheter högre än ett år tidigare', a county table in 'tusental'
# with a signed change column), an UNDATED party web page with five numbered promises (no date, no sidecar; 'Dubbelt så
# många', 'fördubbla', 'från 12 till 6 procent', 'per barn och månad', 'högst 600 kronor', 'mer än dubbelt så mycket',
# 'per 1 000 invånare', 'en tredjedel', 'mer än tre gånger så mycket', '2 800 kronor mer per år än'), a grocery trade
# association's Dagligvaruindex for September 2025 (dateline 'Stockholm den 8 oktober 2025'; löpande priser, volym,
# 'Kalenderkorrigerat', an index value with 'basår 2015 = 100', 'Hittills i år', a plain-text table by product group with
# two signed change columns and a share column), a municipal district-heating company's price change for 2026 (HTML with
# cookie banner, menu, breadcrumb, related links and footer as chrome; 'Publicerad 30 oktober 2025'; 'justeras med 3,5
# procent nästa år', 'en normalvilla som använder 15 MWh per år', 'öre/kWh', 'kronor per år', ton CO2, GWh, an HTML
# table by customer type with 'Årsförbrukning, MWh', 'Kostnad 2025, kr/år', 'Kostnad 2026, kr/år', 'Förändring, %') and
# a meteorological institute's summary of summer 2025 (date only in the sidecar, 2025-09-03; 'mellan 1 och 3 grader över
# normalvärdet', '°C', 'mm', 'soltimmar', 'den varmaste sommaren på orten sedan 1937', 'mot normalt 2', '212 procent av
# det normala', 'på ett dygn', a plain-text station table with a signed 'Avvikelse, °C' column).
# The r8-r13 decisions are followed: periods at year grain; a relative expression in the sentence ('i fjol', 'nästa år',
# 'Förra året', 'på tisdagen', 'Hittills i år') resolves against the publication date and is not lenient ('Sedan
# årsskiftet' lenient, as r12_a); a month without a year, a heading's, a caption's or the document's period, 'året före'
# / 'ett år tidigare' / 'för ett år sedan' are lenient; brackets take the period their note names (not lenient); a level
# followed by ', en ökning med X', ', X mer än', 'att jämföra med X <earlier time>', 'jämfört med X <earlier time>',
# ', vilket är X fler', or a next sentence 'Det är en uppgång med X' is the new value after a change (direction), the
# earlier value and from-values have none and take the earlier period; comparisons at one time ('rikssnittet', 'mer än
# dubbelt så mycket', 'än med regeringens budget', 'lägre än genomsnittet i landet') have no direction; against the
# normal of 1991–2020 a change (r12_a), the normal itself spans ('1991', '2020'), lenient; multipliers, thresholds,
# definitions and rules optional; targets and negated bounds ('Ingen ska behöva vänta mer än 90 dagar', at_most)
# required without a period; table cells take their column headers' periods (not lenient; a caption's period lenient),
# change columns lenient with direction from the sign; rows that are categories take the column's measure as subject;
# 'per 1 000 invånare' style denominators are N and the figure per="capita"; 'enligt X' is enligt; 'vilket motsvarar' /
# 'motsvarande' / 'Det blir' / 'innebär det' have s None; the actor who spends or proposes is the speaker, never the
# subject; possession is no credit; the UNDATED text has no period on any figure ('I dag', 'nu' included).
# Where those were silent, decided here:
# - Property report: 'Värdeförändringar på förvaltningsfastigheter uppgick till −142 (−388) Mkr' names a change in value
#   (a noun of change) with a sign: both figures are negative and carry direction decrease, the bracket included (it is
#   itself a change over the 2024 period, unlike a bracketed level). A loss written with a minus ('118 (−205) Mkr',
#   '1,46 (−2,54) kronor per aktie') is a level: value negative, no direction. ', motsvarande 1,46 (−2,54) kronor per
#   aktie' has s None (as 'vilket motsvarar'), per="share". Balances 'vid årsskiftet' and 'vid årets början' in a report
#   on January–September 2025 are the closing balance of 2024 (t 2024, lenient; the table's 'helår 2024' column holds
#   the same 48,9). 'Nettouthyrningen ... 11 Mkr i årshyra' is per="year". 'Räntetäckningsgraden för de senaste tolv
#   månaderna var 2,3 gånger' is unit number, period ('2024', '2025') lenient (a rolling year, as r13_a 'På tolv
#   månader'). 'förvärvades två logistikfastigheter i Hallby för 236 Mkr': the price's subject is what it buys; 'två
#   logistikfastigheter' (no digits) is a required count, as r13's number words.
# - Traffic statistics: 'nästan halverades ... från 41 till 22' is a multiplier verb (optional 0.5, approx, decrease);
#   '41' takes 'i fjol' in its sentence (2024, not lenient), '22' the month without a year (2025, lenient). 'Av dem körde
#   1 957 för fort' and '0,8 procent av de testade var påverkade' have s None (the figure is the grammatical subject,
#   r13_b). The speed limit 'där det är tillåtet att köra 100 km/h' is a rule: optional. The table's months have no year;
#   the caption 'Utfall per månad 2025' gives 2025 (lenient); the change column compares with the same month of 2024 and
#   takes 2025 with the sign's direction; its subject is 'Utandningsprov' (the thing that changes, named in the header).
# - Region budget: '11,71 kronor per hundralapp' has per None (r10 'per hundralapp'); 'blir oförändrad' states no
#   change. 'Av tillskottet går 95 mnkr till ...' is part of an increase (direction increase, r12_a 'varav'), subject the
#   goal of the money. 'Under planperioden 2026–2028 investerar regionen totalt 7,4 miljarder kronor' spans ('2026',
#   '2028') explicitly, s None (the actor is no subject). 'rikssnittet på 40 900 kronor' compared with next year's cost
#   takes 2026, lenient (a comparison at one time). 'Regionen har 412 600 invånare' is 2025, lenient (present tense in a
#   November 2025 text). The from-value '1 200' is the present level (2025, lenient). 'ett sextiotal' has no digits.
# - Tourism: 'per sålt rum' is per="room". 'de svenska backade med 0,5 procent' takes the elided-noun phrase 'de svenska'
#   as subject; 'följt av Norge med 531 000 och Danmark med 394 000' have s None (elided noun after 'med'). 'Drygt var
#   fjärde gästnatt, 27,5 procent' is not a change: the next sentence gives last year's share without a word of change
#   ('Motsvarande andel i juli förra året var 26,3 procent', 2024, not lenient). 'tappade ... 22 000 gästnätter' is the
#   size of a decrease (counted noun as subject), 'och hamnade på 1,18 miljoner' the new value. The statistics' base
#   'cirka 4 300 anläggningar' is required (as r13's sample sizes). 'maj–juli' (months, no year) is 2025, lenient.
# - UNDATED party page: the party's first-person promises ('Vi vill', 'Vi sänker', 'Våra löften', 'Vi satsar') are
#   'publisher' (Nordlistan, r10/r11 for a sender's own demands; r13_a's signed op-ed was plain reporting); its third-
#   person facts ('I dag tjänstgör omkring 1 900 poliser') have no speaker. Headings of promises ('Dubbelt så många
#   poliser', 'Halverad matmoms') and 'fördubbla' are optional multipliers of a change (direction). 'Barnbidraget ska
#   höjas med 300 kronor per barn och månad' is per="month" (the child is the unit of the benefit). 'Regeringen satsar
#   1,2 miljarder kronor extra på polisen' credits Regeringen (the actor who spends) with direction increase ('extra');
#   'Vi satsar 4 miljarder' has no word of change (no direction). 'en familj med två barn' defines the example (optional
#   count, no digits); '2 800 kronor mer per år än med regeringens budget' compares two policies (no direction).
#   List numbering '1.'–'5.' is N.
# - Dagligvaruindex: 'blev uppgången i löpande priser 3,9 procent' takes the thing that changes ('Försäljningen i
#   dagligvaruhandeln') as subject. The index value '138,4 (basår 2015 = 100)' is unit number; '2015' and '100' are N
#   (a base definition). '2,5 procent högre än i september 2024' compares one thing over time: direction increase,
#   'enligt konsumentprisindex'. In the table both 'Löpande priser, %' and 'Volym, %' are change columns (the caption
#   says 'Försäljningsutveckling ... jämfört med september 2024'): direction from the sign; 'Andel av försäljningen, %'
#   is a level; its 'Totalt' cell '100,0' is optional (the total of a share column).
# - District heating: the heading 'justeras med 3,5 procent nästa år' is 2026 (not lenient: 'nästa år' is in the
#   heading itself) with direction increase (the lead says 'höjer'); 'Ådalens Energi höjer' credits the company. '15 MWh
#   per år' and the table column 'Årsförbrukning, MWh' define the customer types: optional, per="year". 'innebär det 610
#   kronor mer per år' has s None. 'Förra året levererade bolaget 412 GWh' is 2024 (not lenient); the next sentence's
#   share 2024, lenient. The CO2 reduction 'omkring 4 200 ton koldioxid per år' is an expected effect with no period.
#   'enligt den senaste nationella prisjämförelsen' is 2025, lenient, a comparison at one time with no per (the text
#   says no 'per år'). The <title> is not in the ingested text; cookie banner and menu hold no digits.
# - Weather: 'mellan 1 och 3 grader över normalvärdet' is a range (low 1, high 3, degC) with direction increase.
#   'Tropiska nätter, då temperaturen inte sjunker under 20 grader' defines the term: optional, at_least (a negated
#   bound). 'noterades vid 11 stationer, mot normalt 2' is the new value against the normal; '2' spans ('1991',
#   '2020'), lenient. 'omkring dubbelt så mycket regn som normalt' is an optional multiplier (approx, increase).
#   '386 mm ..., vilket är 212 procent av det normala' and '98 mm, ungefär 55 procent av normal nederbörd' carry the
#   direction the share implies (r12_a '21 mm'); the shares have none and s None. 'Minst sol fick Ekeslund med 602
#   timmar' has s None. 'Havsvattnet ... nådde som varmast 23,4 grader' is degC. The station table's caption 'Sommaren
#   2025 vid ett urval av stationer' gives 2025, lenient; 'Nederbörd, % av normalt' is a level (no direction).
# - Negatives: datelines and Publicerad lines, title, heading and caption periods, column headers of periods, years and
#   dates that only place a claim ('motsvarande period 2024', 'per den 30 september', 'samma period 2024', 'mer än 2025',
#   'budgeten för 2026', 'Investeringsbudgeten för 2026', 'planperioden 2026–2028', 'juli 2024', 'september 2024', 'den 1
#   januari 2026', 'Den 14 juli', 'den 9 augusti', 'sedan 1937', 'referensperioden 1991–2020'), the index base 'basår 2015
#   = 100', the denominator '1 000', list numbering, next-publication dates, phone numbers (including the tip line '114
#   14'), street address, box address, postal codes, org numbers, the related links ('10 procent', 'vecka 46') and the
#   copyright year.
# - Left out on purpose (no digits, neither G nor N): 'Årets tre första kvartal', 'de senaste tolv månaderna', 'sjätte
#   månaden i rad', 'en lördag mindre', 'ett sextiotal', 'fem konkreta löften', 'året före', 'förra året', 'juni–augusti',
#   'maj–juli', 'vinterhalvåret'.
from __future__ import annotations

Y = {y: (y, y) for y in ("2024", "2025", "2026")}


from gold_tables import row as _row, val as _val  # noqa: E402  (the shared table-row helper)


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y24, Y25, Y26 = Y["2024"], Y["2025"], Y["2026"]
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    R12 = ("2024", "2025")
    NORM = ("1991", "2020")

    # ------------------------------------------------------------ 1. property company Q3 interim report (dateline 23 October 2025)
    HY = ("Hyresintäkterna", "Hyresintäkterna")
    DO = ("Driftöverskottet", "Driftöverskottet")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    VF = ("Värdeförändringar på förvaltningsfastigheter", "Värdeförändringar")
    RS = ("Periodens resultat efter skatt", "resultat")
    HS = ("Helena Strömqvist", "quote")
    UG = ("Uthyrningsgraden", "Uthyrningsgraden")
    MV = ("Marknadsvärdet på fastighetsbeståndet", "Marknadsvärdet")
    BG = ("belåningsgraden", "belåningsgraden")
    nt = lambda unit, scale: [(unit, scale, None, Y25, False, False), (unit, scale, None, Y24, False, False),
                              (unit, scale, None, Y24, False, False)]
    GOLD["r14_a_delarsrapport_fastighet"] = [
        G("612", 612e6, "SEK", ctx="till [612] (574)", **L25, s=HY, sp=None, note="bullet under 'PERIODEN JANUARI–SEPTEMBER 2025'"),
        G("574", 574e6, "SEK", ctx="612 ([574]) Mkr", t=Y24, s=HY, sp=None, note="'Jämförelsetal inom parentes avser motsvarande period 2024'"),
        G("418", 418e6, "SEK", ctx="till [418] (386)", **L25, direction="increase", s=DO, sp=None, note="'förbättrades till': the new value"),
        G("386", 386e6, "SEK", ctx="418 ([386]) Mkr", t=Y24, s=DO, sp=None),
        G("9 procent", 9, "percent", **L25, direction="increase", s=FR, sp=None),
        G("287", 287e6, "SEK", ctx="på [287] (263)", **L25, direction="increase", s=FR, sp=None, note="'steg med 9 procent och landade på': the new value"),
        G("263", 263e6, "SEK", ctx="287 ([263]) Mkr", t=Y24, s=FR, sp=None),
        G("−142", -142e6, "SEK", ctx="till [−142] (−388)", **L25, direction="decrease", s=VF, sp=None, note="a change in value, negative as written"),
        G("−388", -388e6, "SEK", ctx="−142 ([−388]) Mkr", t=Y24, direction="decrease", s=VF, sp=None, note="the bracket is itself a change in value"),
        G("118", 118e6, "SEK", ctx="blev [118] (−205)", **L25, s=RS, sp=None),
        G("−205", -205e6, "SEK", ctx="118 ([−205]) Mkr", t=Y24, s=RS, sp=None, note="a loss written with a minus: a level, no direction"),
        G("1,46", 1.46, "SEK", per="share", ctx="motsvarande [1,46] (−2,54)", **L25, s=None, sp=None, note="', motsvarande ... kronor per aktie' restates the result"),
        G("−2,54", -2.54, "SEK", per="share", ctx="1,46 ([−2,54]) kronor", t=Y24, s=None, sp=None),
        G("207", 207e6, "SEK", ctx="till [207] (193)", **L25, direction="increase", s=HY, sp=None, note="bullet under 'TREDJE KVARTALET 2025'; 'ökade till'"),
        G("193", 193e6, "SEK", ctx="207 ([193]) Mkr", t=Y24, s=HY, sp=None),
        G("104", 104e6, "SEK", ctx="blev [104] (92)", **L25, s=FR, sp=None),
        G("92", 92e6, "SEK", ctx="104 ([92]) Mkr", t=Y24, s=FR, sp=None),
        G("5,8 procent", 5.8, "percent", **L25, direction="increase", s=("hyresintäkterna", "hyresintäkterna"), sp=HS, note="'Årets tre första kvartal' in the quote"),
        G("ungefär hälften", 0.5, "ratio", bound="approx", **L25, s=("indexuppräkningen", "indexuppräkningen"), sp=HS, note="its share of the growth"),
        G("93,4 procent", 93.4, "percent", **L25, s=UG, sp=None, note="'per den 30 september'"),
        G("94,1", 94.1, "percent", ctx="93,4 procent ([94,1])", t=Y24, s=UG, sp=None, note="bracket: the note's period"),
        G("11 Mkr", 11e6, "SEK", per="year", **L25, s=("Nettouthyrningen", "Nettouthyrningen"), sp=None, note="'i årshyra': a yearly rent"),
        G("46 nya hyresavtal", 46, "count", **L25, s=("nya hyresavtal", "hyresavtal"), sp=None),
        G("18 600 kvadratmeter", 18600, "m2", **L25, s=("nya hyresavtal", "hyresavtal"), sp=None, note="'hyresavtal om sammanlagt'"),
        G("11,8 miljarder kronor", 11.8e9, "SEK", **L25, direction="increase", s=MV, sp=None, note="'jämfört med 11,4 miljarder kronor vid årsskiftet': the new value"),
        G("11,4 miljarder kronor", 11.4e9, "SEK", **L24, s=MV, sp=None, note="'vid årsskiftet': the closing balance of 2024"),
        G("84 fastigheter", 84, "count", **L25, s=("fastigheter", "fastigheter"), sp=None),
        G("cirka 512 000 kvm", 512000, "m2", bound="approx", **L25, s=("en uthyrbar area", "area"), sp=None),
        G("två logistikfastigheter", 2, "count", **L25, s=("logistikfastigheter", "logistikfastigheter"), sp=None, note="'Under kvartalet'"),
        G("236 Mkr", 236e6, "SEK", **L25, s=("två logistikfastigheter i Hallby", "logistikfastigheter"), sp=None, note="the price: what the money buys"),
        G("5 640 Mkr", 5640e6, "SEK", **L25, s=("Den räntebärande skulden", "skulden"), sp=None),
        G("47,2 procent", 47.2, "percent", **L25, direction="decrease", s=BG, sp=None, note="'sjönk till ... från': to-value"),
        G("48,9 procent", 48.9, "percent", **L24, s=BG, sp=None, note="from-value 'vid årets början': the 2024 closing balance (the table's 'helår 2024')"),
        G("3,62 procent", 3.62, "percent", **L25, s=("Snitträntan", "Snitträntan"), sp=None),
        G("3,1 år", 3.1, "year", **L25, s=("en genomsnittlig kapitalbindningstid", "kapitalbindningstid"), sp=None),
        G("2,3 gånger", 2.3, "number", t=R12, lenient=True, s=("Räntetäckningsgraden", "Räntetäckningsgraden"), sp=None, note="'för de senaste tolv månaderna': a rolling year"),
        *_row(G, "Hyresintäkter, Mkr", ["612", "574", "771"], nt("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'Nyckeltal': 'jan–sep 2025' / 'jan–sep 2024' / 'helår 2024'"),
        *_row(G, "Förvaltningsresultat, Mkr", ["287", "263", "349"], nt("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Överskottsgrad, %", ["68,3", "67,2", "67,5"], nt("percent", 1), ("Överskottsgrad", "Överskottsgrad")),
        *_row(G, "Uthyrningsgrad, %", ["93,4", "94,1", "93,8"], nt("percent", 1), ("Uthyrningsgrad", "Uthyrningsgrad")),
        *_row(G, "Belåningsgrad, %", ["47,2", "49,3", "48,9"], nt("percent", 1), ("Belåningsgrad", "Belåningsgrad")),
    ]
    NEG["r14_a_delarsrapport_fastighet"] = [
        N("januari–september 2025", note="title"), N("23 oktober 2025", note="dateline"), N("JANUARI–SEPTEMBER 2025"),
        N("TREDJE KVARTALET 2025"), N("motsvarande period 2024"), N("30 september", note="'per den 30 september' is a time"),
        N("jan–sep 2025"), N("jan–sep 2024"), N("helår 2024"), N("2025", ctx="Bokslutskommunikén för [2025]"),
        N("12 februari 2026"), N("021-460 71 00"), N("021-460 71 14"),
    ]

    # ------------------------------------------------------------ 2. police region traffic safety, August 2025 (Publicerad 9 september 2025)
    OM = ("personer", "personer")
    SS = ("Antalet svårt skadade", "Antalet")
    LS = ("De lindrigt skadade", "skadade")
    UP = ("utandningsprov", "utandningsprov")
    KF = ("de kontrollerade förarna", "förarna")
    EL = ("Ebba Lindqvist", "quote")
    mt = [("count", 1, None, Y25, True, False), ("count", 1, None, Y25, True, False), ("count", 1, None, Y25, True, False),
          ("percent", 1, None, Y25, True, True)]
    MTS = [("Omkomna", "Omkomna"), ("Svårt skadade", "skadade"), ("Utandningsprov", "Utandningsprov"), ("Utandningsprov", "Utandningsprov")]
    GOLD["r14_a_trafik_polis"] = [
        G("4 personer", 4, "count", **L25, direction="decrease", s=OM, sp=None, note="'I augusti'; ', att jämföra med 7 i augusti året före': the new value"),
        G("7", 7, "count", ctx="jämföra med [7] i augusti", **L24, s=OM, sp=None, note="'året före'"),
        G("29 människor", 29, "count", **L25, direction="increase", s=("människor", "människor"), sp=None, note="'Sedan årsskiftet' (lenient, as r12_a); ', vilket är 3 fler än'"),
        G("3", 3, "count", ctx="vilket är [3] fler", **L25, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("nästan halverades", 0.5, "number", bound="approx", **L25, direction="decrease", optional=True, s=SS, sp=None, note="a multiplier verb"),
        G("41", 41, "count", ctx="från [41] till", t=Y24, s=SS, sp=None, note="from-value; 'i fjol' in the sentence"),
        G("22", 22, "count", ctx="till [22]. De", **L25, direction="decrease", s=SS, sp=None, note="to-value"),
        G("318 stycken", 318, "count", **L25, direction="increase", s=LS, sp=None, note="'blev däremot fler ..., en ökning med 5 procent'"),
        G("5 procent", 5, "percent", **L25, direction="increase", s=LS, sp=None),
        G("14 820 fordon", 14820, "count", **L25, s=("fordon", "fordon"), sp=None, note="'Under månaden'"),
        G("1 957", 1957, "count", **L25, s=None, sp=None, note="'Av dem körde 1 957 för fort': the figure is the grammatical subject"),
        G("13,2 procent", 13.2, "percent", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("1,8 procentenheter", 1.8, "percentage_point", **L25, direction="increase", s=("Andelen fortkörare", "Andelen"), sp=None, note="'klättrat ... sedan juli'"),
        G("187 km/h", 187, "km/h", **L25, s=("Den högsta uppmätta hastigheten", "hastigheten"), sp=None),
        G("100 km/h", 100, "km/h", optional=True, s=None, sp=None, note="the speed limit: a rule"),
        G("var åttonde", 1 / 8, "ratio", **L25, s=("förare", "förare"), sp=EL, note="present tense in the quote"),
        G("21 460 utandningsprov", 21460, "count", **L25, direction="increase", s=UP, sp=None, note="', cirka 2 300 fler än i juli': the new value"),
        G("cirka 2 300", 2300, "count", bound="approx", **L25, direction="increase", s=UP, sp=None),
        G("143", 143, "count", ctx="misstänks [143] för", **L25, s=KF, sp=None),
        G("37", 37, "count", ctx="och [37] för grovt", **L25, s=KF, sp=None),
        G("0,8 procent", 0.8, "percent", **L25, s=None, sp=None, note="'0,8 procent av de testade var påverkade': the figure is the grammatical subject"),
        G("412 förare", 412, "count", **L25, s=("förare", "förare"), sp=None),
        G("96 körkort", 96, "count", **L25, s=("körkort", "körkort"), sp=None, note="'Under sommarmånaderna juni till augusti' (months, no year)"),
        *_row(G, "| Maj", ["3", "35", "19 870", "+6,4"], mt, MTS, sep=" | ", note="table 'Utfall per månad 2025' (caption's year: lenient); change column signed"),
        *_row(G, "| Juni", ["5", "38", "22 105", "−2,1"], mt, MTS, sep=" | "),
        *_row(G, "| Juli", ["6", "29", "19 160", "+3,0"], mt, MTS, sep=" | "),
        *_row(G, "| Augusti", ["4", "22", "21 460", "+8,7"], mt, MTS, sep=" | "),
    ]
    NEG["r14_a_trafik_polis"] = [
        N("9 september 2025"), N("2024", ctx="samma period [2024]."), N("2025", ctx="per månad [2025], polisregion", note="caption"),
        N("7 oktober 2025"), N("010-563 28 00"), N("114 14", note="tip line"),
    ]

    # ------------------------------------------------------------ 3. healthcare region budget and tax for 2026 (Publicerad 26 november 2025)
    RK = ("Regionens samlade kostnader", "kostnader")
    RAM = ("en ram", "ram")
    AH = ("Amir Haddad", "quote")
    OPP = ("Oppositionen", "credited")
    TB = ("Tandvårdsbidraget för unga vuxna", "Tandvårdsbidraget")
    GOLD["r14_a_region_budget"] = [
        G("48 röster", 48, "count", t=Y25, s=("röster", "röster"), sp=None, note="'på tisdagen'"),
        G("33", 33, "count", ctx="röster mot [33].", t=Y25, s=("röster", "röster"), sp=None),
        G("11,71 kronor", 11.71, "SEK", **L26, s=("Skattesatsen", "Skattesatsen"), sp=None, note="'per hundralapp'; 'blir oförändrad': no direction"),
        G("32 000 kronor", 32000, "SEK", per="month", s=("en inkomst", "inkomst"), sp=None, note="an example income"),
        G("omkring 3 750 kronor", 3750, "SEK", bound="approx", per="month", **L26, s=("regionskatt", "regionskatt"), sp=None),
        G("21 840 mnkr", 21840e6, "SEK", t=Y26, direction="increase", s=RK, sp=None, note="'nästa år'; ', en ökning med 4,2 procent'"),
        G("4,2 procent", 4.2, "percent", t=Y26, direction="increase", s=RK, sp=None),
        G("15 310 mnkr", 15310e6, "SEK", **L26, s=("Skatteintäkterna", "Skatteintäkterna"), sp=None),
        G("5 960 mnkr", 5960e6, "SEK", **L26, s=("de generella statsbidragen", "statsbidragen"), sp=None),
        G("218 mnkr", 218e6, "SEK", **L26, s=("Resultatet", "Resultatet"), sp=None),
        G("1,0 procent", 1.0, "percent", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("minst 2 procent", 2, "percent", bound="at_least", s=("ett resultat", "resultat"), sp=None, note="a target 'över tid': no period; possession is no credit"),
        G("17 420 mnkr", 17420e6, "SEK", **L26, direction="increase", s=RAM, sp=None, note="', 640 mnkr mer än 2025': the new value"),
        G("640 mnkr", 640e6, "SEK", **L26, direction="increase", s=RAM, sp=None),
        G("95 mnkr", 95e6, "SEK", **L26, direction="increase", s=("köerna till planerade operationer", "köerna"), sp=None, note="'Av tillskottet går': part of an increase, the goal of the money"),
        G("42 mnkr", 42e6, "SEK", **L26, direction="increase", s=("barn- och ungdomspsykiatrin", "ungdomspsykiatrin"), sp=None, note="head: the last word of the coordinated compound (the gold had the whole phrase; one word is the format)"),
        G("120 mnkr", 120e6, "SEK", **L26, direction="increase", s=("Primärvården", "Primärvården"), sp=None, note="'förstärks med'"),
        G("90 dagar", 90, "day", bound="at_most", s=None, sp=AH, note="'Ingen ska behöva vänta mer än': a negated bound, a target"),
        G("2,9 miljarder kronor", 2.9e9, "SEK", t=Y26, s=("Investeringsbudgeten", "Investeringsbudgeten"), sp=None, note="'för 2026'"),
        G("1,6 miljarder", 1.6e9, "SEK", t=Y26, s=("ombyggnaden av Västerdals sjukhus", "ombyggnaden"), sp=None, note="'varav'"),
        G("7,4 miljarder kronor", 7.4e9, "SEK", t=("2026", "2028"), s=None, sp=None, note="'Under planperioden 2026–2028 investerar regionen totalt': the actor is no subject"),
        G("310 mnkr", 310e6, "SEK", ctx="får [310 mnkr] för", **L26, s=("Kollektivtrafiken", "Kollektivtrafiken"), sp=None),
        G("412 600 invånare", 412600, "count", **L25, s=("invånare", "invånare"), sp=None, note="present tense in a November 2025 text"),
        G("42 200 kronor", 42200, "SEK", per="capita", **L26, s=("Nettokostnaden för hälso- och sjukvård", "Nettokostnaden"), sp=None),
        G("40 900 kronor", 40900, "SEK", per="capita", **L26, s=("rikssnittet", "rikssnittet"), sp=None, note="a comparison at one time"),
        G("1 200", 1200, "SEK", per="year", ctx="från [1 200] till", **L25, s=TB, sp=None, note="from-value: the present level"),
        G("1 500 kronor", 1500, "SEK", per="year", **L26, direction="increase", s=TB, sp=None),
        G("15 öre", 0.15, "SEK", **L26, direction="decrease", s=("skatten", "skatten"), sp=OPP),
        G("180 mnkr", 180e6, "SEK", **L26, direction="decrease", s=("administrationen", "administrationen"), sp=OPP, note="'spara ... på'"),
    ]
    NEG["r14_a_region_budget"] = [
        N("Budget 2026", note="title"), N("26 november 2025"), N("2026", ctx="budgeten för [2026] med"),
        N("2025", ctx="mer än [2025]."), N("2026", ctx="Investeringsbudgeten för [2026] omfattar"),
        N("2026–2028"), N("0570-81 20 00"),
    ]

    # ------------------------------------------------------------ 4. tourism overnight stays, July 2025 (Publicerad 4 september 2025)
    GN = ("Antalet gästnätter på kommersiella boenden", "Antalet")
    UT = ("De utländska gästnätterna", "gästnätterna")
    GA = ("gästnätter", "gästnätter")
    BH = ("Beläggningsgraden för hotellrum", "Beläggningsgraden")
    gt = [("count", 1000, None, Y25, True, False), ("count", 1000, None, Y25, True, False), ("percent", 1, None, Y25, True, True)]
    GTS = [("Gästnätter", "Gästnätter"), ("varav utländska", "utländska"), ("Gästnätter", "Gästnätter")]
    GOLD["r14_a_gastnatter_juli"] = [
        G("9,84 miljoner", 9.84e6, "count", t=Y25, direction="increase", s=GN, sp=None, note="'i juli 2025'; next 'Det är en uppgång med 2,1 procent'"),
        G("2,1 procent", 2.1, "percent", **L25, direction="increase", s=GN, sp=None),
        G("6,7 procent", 6.7, "percent", **L25, direction="increase", s=UT, sp=None),
        G("2,71 miljoner", 2.71e6, "count", **L25, direction="increase", s=UT, sp=None, note="to-value"),
        G("0,5 procent", 0.5, "percent", **L25, direction="decrease", s=("de svenska", "svenska"), sp=None, note="'backade med'"),
        G("7,13 miljoner", 7.13e6, "count", **L25, direction="decrease", s=("de svenska", "svenska"), sp=None, note="'backade ... och uppgick till': the new value"),
        G("Drygt var fjärde", 0.25, "ratio", bound="approx", **L25, s=("gästnatt", "gästnatt"), sp=None),
        G("27,5 procent", 27.5, "percent", **L25, s=("gästnatt", "gästnatt"), sp=None, note="the next sentence gives last year's share: no stated change"),
        G("26,3 procent", 26.3, "percent", t=Y24, s=("Motsvarande andel", "andel"), sp=None, note="'i juli förra året'"),
        G("812 000 gästnätter", 812000, "count", **L25, s=GA, sp=None),
        G("531 000", 531000, "count", **L25, s=None, sp=None, note="'följt av Norge med': elided noun"),
        G("394 000", 394000, "count", **L25, s=None, sp=None),
        G("14 procent", 14, "percent", **L25, direction="increase", s=("Gästnätterna från USA", "Gästnätterna"), sp=None),
        G("88 000", 88000, "count", **L25, direction="increase", s=("Gästnätterna från USA", "Gästnätterna"), sp=None, note="'steg ... och nådde': to-value"),
        G("3,92 miljoner gästnätter", 3.92e6, "count", **L25, direction="increase", s=GA, sp=None, note="', en ökning med 1,4 procent'"),
        G("1,4 procent", 1.4, "percent", **L25, direction="increase", s=GA, sp=None),
        G("3,37 miljoner gästnätter", 3.37e6, "count", **L25, direction="increase", s=GA, sp=None, note="', vilket är 3,8 procent fler än i juli i fjol'"),
        G("3,8 procent", 3.8, "percent", **L25, direction="increase", s=None, sp=None, note="'vilket är'"),
        G("22 000 gästnätter", 22000, "count", **L25, direction="decrease", s=GA, sp=None, note="'tappade': the size of a decrease"),
        G("1,18 miljoner", 1.18e6, "count", **L25, direction="decrease", s=("Stugbyarna och vandrarhemmen", "Stugbyarna"), sp=None, note="'hamnade på': the new value"),
        G("1,37 miljoner", 1.37e6, "count", **L25, s=("Övriga boendeformer", "boendeformer"), sp=None),
        G("68,4 procent", 68.4, "percent", **L25, direction="increase", s=BH, sp=None, note="', 1,2 procentenheter högre än ett år tidigare': the new value"),
        G("1,2 procentenheter", 1.2, "percentage_point", **L25, direction="increase", s=BH, sp=None),
        G("1 436 kronor", 1436, "SEK", per="room", **L25, s=("Den genomsnittliga rumsintäkten", "rumsintäkten"), sp=None, note="'per sålt rum'"),
        G("1,6 procent", 1.6, "percent", **L25, direction="increase", s=("antalet gästnätter", "antalet"), sp=None, note="'perioden maj–juli' (months, no year)"),
        G("22,9 miljoner", 22.9e6, "count", **L25, direction="increase", s=("antalet gästnätter", "antalet"), sp=None, note="to-value"),
        *_row(G, "| Norrviks län", ["1 212", "348", "+3,4"], gt, GTS, sep=" | ", note="table 'Gästnätter i juli 2025, urval av län' (caption: lenient); 'tusental'; 'Förändring mot juli 2024, %'"),
        *_row(G, "| Sjöbacka län", ["2 046", "612", "+1,9"], gt, GTS, sep=" | "),
        *_row(G, "| Ålunda län", ["874", "159", "−2,6"], gt, GTS, sep=" | "),
        *_row(G, "| Granheds län", ["1 530", "502", "+5,1"], gt, GTS, sep=" | "),
        *_row(G, "| Hela riket", ["9 840", "2 710", "+2,1"], gt, GTS, sep=" | "),
        G("cirka 4 300 anläggningar", 4300, "count", bound="approx", **L25, s=("anläggningar", "anläggningar"), sp=None, note="the statistics' base"),
    ]
    NEG["r14_a_gastnatter_juli"] = [
        N("juli 2025", 1, note="title"), N("4 september 2025"), N("juli 2025", 2, note="'i juli 2025' places the claim"),
        N("juli 2024", 1), N("juli 2025", 3, note="caption"), N("juli 2024", 2, note="column header"),
        N("6 oktober 2025"), N("08-551 230 40"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party web page (no date, no sidecar)
    PUB = ("Nordlistan", "publisher")
    MM = ("momsen på livsmedel", "momsen")
    BB = ("Barnbidraget", "Barnbidraget")
    VP = ("vårdplatser", "vårdplatser")
    GOLD["r14_a_parti_loften"] = [
        G("Dubbelt så många", 2, "number", direction="increase", optional=True, s=("poliser på landsbygden", "poliser"), sp=PUB, note="heading of a promise: a multiplier of a change"),
        G("omkring 1 900 poliser", 1900, "count", bound="approx", s=("poliser", "poliser"), sp=None, note="'I dag' in an undated text: no period"),
        G("fördubbla", 2, "number", direction="increase", optional=True, s=("den siffran", "siffran"), sp=PUB),
        G("20 minuter", 20, "minute", bound="at_most", s=None, sp=PUB, note="'Ingen ska behöva vänta mer än': a negated bound, a promise"),
        G("47 minuter", 47, "minute", s=("väntetiden", "väntetiden"), sp=None),
        G("Halverad", 0.5, "number", direction="decrease", optional=True, s=("matmoms", "matmoms"), sp=PUB, note="heading: a multiplier"),
        G("12", 12, "percent", ctx="från [12] till 6", s=MM, sp=PUB, note="from-value"),
        G("6 procent", 6, "percent", direction="decrease", s=MM, sp=PUB),
        G("9 000 kronor", 9000, "SEK", per="month", s=("mat", "mat"), sp=None, note="the example family's food bill"),
        G("omkring 480 kronor", 480, "SEK", bound="approx", per="month", direction="increase", s=None, sp=PUB, note="'blir det ... mer kvar i plånboken'"),
        G("nästan 5 800 kronor", 5800, "SEK", bound="approx", per="year", direction="increase", s=None, sp=PUB),
        G("300 kronor", 300, "SEK", per="month", direction="increase", s=BB, sp=PUB, note="'per barn och månad'"),
        G("1 250", 1250, "SEK", per="month", ctx="från [1 250] till", s=BB, sp=PUB, note="from-value"),
        G("1 550 kronor", 1550, "SEK", per="month", direction="increase", s=BB, sp=PUB),
        G("3 600 kronor", 3600, "SEK", per="year", direction="increase", s=None, sp=PUB, note="'Det blir ... mer om året'"),
        G("högst 600 kronor", 600, "SEK", bound="at_most", per="month", s=("Ett månadskort i kollektivtrafiken", "månadskort"), sp=PUB, note="a promise"),
        G("över 1 400 kronor", 1400, "SEK", bound="more_than", per="month", s=None, sp=None, note="the payer is no subject"),
        G("dubbelt", 2, "number", bound="more_than", ctx="mer än [dubbelt] så mycket", optional=True, s=None, sp=None, note="two prices at one time"),
        G("2 500 nya vårdplatser", 2500, "count", s=("nya vårdplatser", "vårdplatser"), sp=PUB),
        G("2,0 vårdplatser", 2.0, "count", per="capita", s=VP, sp=None, note="'per 1 000 invånare'"),
        G("5,2", 5.2, "count", per="capita", ctx="ligger på [5,2].", s=("genomsnittet i EU", "genomsnittet"), sp=None, note="a comparison at one time"),
        G("38 miljarder kronor", 38e9, "SEK", per="year", s=("Våra löften", "löften"), sp=PUB),
        G("omkring 21 miljarder", 21e9, "SEK", bound="approx", per="year", s=("Matmomsen", "Matmomsen"), sp=PUB, note="'om året' from the sentence before"),
        G("9 miljarder kronor", 9e9, "SEK", per="year", s=("en bankskatt", "bankskatt"), sp=PUB, note="'årligen'"),
        G("en tredjedel", 1 / 3, "ratio", direction="decrease", s=("statens köp av konsulttjänster", "köp"), sp=PUB),
        G("1,2 miljarder kronor", 1.2e9, "SEK", direction="increase", s=("polisen", "polisen"), sp=("Regeringen", "credited"), note="'satsar ... extra på': the actor who spends is the speaker"),
        G("4 miljarder", 4e9, "SEK", s=("polisen", "polisen"), sp=PUB, note="'Vi satsar' (no word of change)"),
        G("tre gånger", 3, "number", bound="more_than", optional=True, s=None, sp=PUB, note="two budgets at one time"),
        G("två barn", 2, "count", optional=True, s=("barn", "barn"), sp=None, note="defines the example family"),
        G("2 800 kronor", 2800, "SEK", per="year", s=None, sp=PUB, note="'mer ... än med regeringens budget': two policies at one time, no direction"),
    ]
    NEG["r14_a_parti_loften"] = [
        N("1", ctx="[1]. Dubbelt", note="list numbering"), N("2", ctx="[2]. Halverad"), N("3", ctx="[3]. Höjt"),
        N("4", ctx="[4]. Billigare"), N("5", ctx="[5]. Fler"), N("1 000", ctx="per [1 000] invånare", note="the denominator"),
        N("Kansligatan 14"), N("111 22"), N("08-20 45 60"), N("802456-7788"),
    ]

    # ------------------------------------------------------------ 6. grocery trade sales index, September 2025 (dateline 8 October 2025)
    FS = ("Försäljningen i dagligvaruhandeln", "Försäljningen")
    DI = ("Dagligvaruindex", "enligt")
    EH = ("E-handeln med dagligvaror", "E-handeln")
    FU = ("Försäljningsutveckling", "Försäljningsutveckling")
    vt = [("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, True), ("percent", 1, None, Y25, True, False)]
    VTS = [FU, FU, ("Andel av försäljningen", "Andel")]
    GOLD["r14_a_dagligvaruindex"] = [
        G("3,4 procent", 3.4, "percent", **L25, direction="increase", s=FS, sp=DI, note="'i september' (no year); 'jämfört med samma månad i fjol' is the baseline"),
        G("0,9 procent", 0.9, "percent", **L25, direction="increase", s=("volymen", "volymen"), sp=None),
        G("3,9 procent", 3.9, "percent", **L25, direction="increase", s=FS, sp=None, note="'blev uppgången ... 3,9 procent': the size of a change takes the thing that changes"),
        G("138,4", 138.4, "number", **L25, s=("Indexvärdet i löpande priser", "Indexvärdet"), sp=None),
        G("2,5 procent", 2.5, "percent", **L25, direction="increase", s=("Priserna på livsmedel och alkoholfria drycker", "Priserna"), sp=("konsumentprisindex", "enligt"), note="'högre än i september 2024': one thing over time"),
        G("3,1 procent", 3.1, "percent", t=Y25, direction="increase", s=("försäljningen", "försäljningen"), sp=None, note="'Hittills i år': not lenient"),
        G("0,4 procent", 0.4, "percent", t=Y25, direction="increase", s=("försäljningen", "försäljningen"), sp=None),
        G("198,6 miljarder kronor", 198.6e9, "SEK", **L25, s=("Den samlade försäljningen", "försäljningen"), sp=None, note="'under perioden'"),
        G("11,2 procent", 11.2, "percent", **L25, direction="increase", s=EH, sp=None),
        G("4,8 procent", 4.8, "percent", **L25, direction="increase", s=EH, sp=None, note="', jämfört med 4,4 procent för ett år sedan': the new value"),
        G("4,4 procent", 4.4, "percent", **L24, s=EH, sp=None, note="'för ett år sedan'"),
        *_row(G, "Mejeri och ost", ["+4,2", "+1,1", "14,6"], vt, VTS, note="table 'Försäljningsutveckling per varugrupp, september 2025 jämfört med september 2024' (caption: lenient)"),
        *_row(G, "Kött och chark", ["+2,8", "−0,7", "17,9"], vt, VTS),
        *_row(G, "Frukt och grönt", ["+5,6", "+2,4", "12,3"], vt, VTS),
        *_row(G, "Bröd och spannmål", ["+1,9", "−0,4", "8,8"], vt, VTS),
        *_row(G, "Drycker", ["+6,1", "+3,0", "9,5"], vt, VTS),
        *_row(G, "Totalt", ["+3,4", "+0,9"], vt, VTS),
        G("100,0", 100.0, "percent", ctx="Totalt +3,4 +0,9 [100,0]", **L25, optional=True, s=("Andel av försäljningen", "Andel"), sp=None, note="the total of a share column"),
        G("5 100 butiker", 5100, "count", **L25, s=("butiker", "butiker"), sp=None, note="the index's base"),
    ]
    NEG["r14_a_dagligvaruindex"] = [
        N("september 2025", 1, note="title"), N("8 oktober 2025"), N("2015", note="'basår 2015 = 100'"),
        N("100", ctx="2015 = [100])"), N("september 2024", 1), N("september 2025", 2, note="caption"),
        N("september 2024", 2), N("7 november 2025"), N("08-762 19 40"),
    ]

    # ------------------------------------------------------------ 7. district heating price change 2026 (HTML, Publicerad 30 oktober 2025)
    AE = ("Ådalens Energi", "credited")
    FA = ("Fredrik Almgren", "quote")
    EP = ("Energipriset under vinterhalvåret", "Energipriset")
    KO = ("Kostnad", "Kostnad")
    ft = [("SEK", 1, "year", Y25, False, False), ("SEK", 1, "year", Y26, False, False), ("percent", 1, None, Y26, True, True)]
    GOLD["r14_a_fjarrvarme_pris"] = [
        G("3,5 procent", 3.5, "percent", occ=1, t=Y26, direction="increase", s=("Fjärrvärmepriset", "Fjärrvärmepriset"), sp=None, note="heading 'nästa år'"),
        G("3,5 procent", 3.5, "percent", occ=2, t=Y26, direction="increase", s=("fjärrvärmepriset", "fjärrvärmepriset"), sp=AE, note="'från den 1 januari 2026'; 'Ådalens Energi höjer'"),
        G("15 MWh", 15, "MWh", per="year", optional=True, s=("en normalvilla", "normalvilla"), sp=None, note="defines the typical villa"),
        G("610 kronor", 610, "SEK", per="year", **L26, direction="increase", s=None, sp=None, note="'innebär det ... mer per år'"),
        G("18 040 kronor", 18040, "SEK", per="year", **L26, direction="increase", s=("den årliga kostnaden", "kostnaden"), sp=None, note="'blir': the new value after the raise"),
        G("62,0", 0.62, "SEK", per="kWh", ctx="från [62,0] till", **L25, s=EP, sp=None, note="from-value: the present price"),
        G("58,5 öre/kWh", 0.585, "SEK", per="kWh", **L26, direction="decrease", s=EP, sp=None),
        G("34,0 öre/kWh", 0.34, "SEK", per="kWh", **L26, s=("Sommarpriset", "Sommarpriset"), sp=None, note="'ligger kvar': no change"),
        G("145 miljoner kronor", 145e6, "SEK", **L25, s=("en ny biobränslepanna", "biobränslepanna"), sp=FA, note="'Vi har investerat'"),
        G("omkring 4 200 ton", 4200, "tonne", bound="approx", per="year", direction="decrease", s=("utsläppen", "utsläppen"), sp=FA, note="an expected effect: no period"),
        G("412 GWh", 412, "GWh", t=Y24, s=("fjärrvärme", "fjärrvärme"), sp=None, note="'Förra året' in a 2025 text"),
        G("drygt 9 800 kunder", 9800, "count", bound="approx", t=Y24, s=("kunder", "kunder"), sp=None),
        G("99,2 procent", 99.2, "percent", **L24, s=("Andelen förnybart och återvunnet bränsle", "Andelen"), sp=None),
        G("cirka 1 300 kronor", 1300, "SEK", bound="approx", **L25, s=("Ådalens pris för en normalvilla", "pris"), sp=("den senaste nationella prisjämförelsen", "enligt"), note="a comparison at one time"),
        G("15", 15, "MWh", per="year", ctx="Villa [15]", optional=True, s=("Årsförbrukning", "Årsförbrukning"), sp=None, note="table 'Så påverkas olika kundtyper': 'Årsförbrukning, MWh' defines the customer type"),
        *_row(G, "Villa", ["17 430", "18 040", "+3,5"], ft, KO, before=["15"], note="'Kostnad 2025, kr/år' / 'Kostnad 2026, kr/år' / 'Förändring, %'"),
        G("11", 11, "MWh", per="year", ctx="Radhus [11]", optional=True, s=("Årsförbrukning", "Årsförbrukning"), sp=None),
        *_row(G, "Radhus", ["13 120", "13 510", "+3,0"], ft, KO, before=["11"]),
        G("193", 193, "MWh", per="year", ctx="Flerbostadshus [193]", optional=True, s=("Årsförbrukning", "Årsförbrukning"), sp=None),
        *_row(G, "Flerbostadshus", ["221 600", "228 900", "+3,3"], ft, KO, before=["193"]),
    ]
    NEG["r14_a_fjarrvarme_pris"] = [
        N("30 oktober 2025"), N("1 januari 2026"), N("2025", ctx="Kostnad [2025], kr/år", note="column header"),
        N("2026", ctx="Kostnad [2026], kr/år"), N("10 procent", note="related-article teaser (chrome)"),
        N("vecka 46", note="related link (chrome)"), N("Box 310"), N("871 24"), N("0612-55 30 00"), N("556812-3390"),
        N("2025", ctx="© [2025] Ådalens", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. summer weather summary 2025 (date only in the sidecar, 2025-09-03)
    MT = ("sommarens medeltemperatur", "medeltemperatur")
    wt = [("degC", 1, None, Y25, True, False), ("degC", 1, None, Y25, True, True), ("mm", 1, None, Y25, True, False),
          ("percent", 1, None, Y25, True, False), ("hour", 1, None, Y25, True, False)]
    WTS = [("Medeltemp", "Medeltemp"), ("Avvikelse", "Avvikelse"), ("Nederbörd", "Nederbörd"), ("Nederbörd", "Nederbörd"),
           ("Soltimmar", "Soltimmar")]
    GOLD["r14_a_vader_sommar"] = [
        G("mellan 1 och 3 grader", None, "degC", low=1, high=3, **L25, direction="increase", s=("Medeltemperaturen för juni–augusti", "Medeltemperaturen"), sp=None, note="'över normalvärdet': against its own normal"),
        G("15,9 °C", 15.9, "degC", **L25, direction="increase", s=MT, sp=None, note="', hela 2,8 grader över det normala': the new value"),
        G("2,8 grader", 2.8, "degC", **L25, direction="increase", s=MT, sp=None),
        G("19 dagar", 19, "day", **L25, s=("en värmebölja", "värmebölja"), sp=None),
        G("33,6 °C", 33.6, "degC", **L25, s=("sommarens högsta temperatur", "temperatur"), sp=None),
        G("20 grader", 20, "degC", bound="at_least", optional=True, s=("temperaturen", "temperaturen"), sp=None, note="defines a tropical night ('inte sjunker under')"),
        G("11 stationer", 11, "count", **L25, direction="increase", s=("stationer", "stationer"), sp=None, note="', mot normalt 2': the new value"),
        G("2", 2, "count", ctx="mot normalt [2].", t=NORM, lenient=True, s=None, sp=None, note="the normal itself"),
        G("dubbelt", 2, "number", bound="approx", **L25, direction="increase", optional=True, s=None, sp=None, note="'omkring dubbelt så mycket regn som normalt': multiplier against the normal"),
        G("386 mm", 386, "mm", **L25, direction="increase", s=None, sp=None, note="'vilket är 212 procent av det normala'"),
        G("212 procent", 212, "percent", ctx="är [212 procent] av", **L25, s=None, sp=None, note="a share of the normal"),
        G("94 mm", 94, "mm", per="day", **L25, s=None, sp=None, note="'på ett dygn'; a station record"),
        G("98 mm", 98, "mm", **L25, direction="decrease", s=None, sp=None, note="', ungefär 55 procent av normal nederbörd'"),
        G("ungefär 55 procent", 55, "percent", bound="approx", **L25, s=None, sp=None, note="a share of the normal"),
        G("891 soltimmar", 891, "hour", **L25, direction="increase", s=("soltimmar", "soltimmar"), sp=None, note="', 124 timmar mer än normalt'"),
        G("124 timmar", 124, "hour", **L25, direction="increase", s=("soltimmar", "soltimmar"), sp=None),
        G("602 timmar", 602, "hour", **L25, s=None, sp=None),
        G("0,6 grader", 0.6, "degC", **L25, direction="decrease", s=("en medeltemperatur i södra Sverige", "medeltemperatur"), sp=None, note="'under det normala'"),
        G("23,4 grader", 23.4, "degC", **L25, s=("Havsvattnet vid västkusten", "Havsvattnet"), sp=None),
        *_row(G, "Nordmo", ["15,9", "+2,8", "164", "88", "812"], wt, WTS, note="station table 'Sommaren 2025 vid ett urval av stationer' (caption: lenient); 'Avvikelse, °C' signed"),
        *_row(G, "Kallviken", ["17,4", "+1,6", "241", "120", "798"], wt, WTS),
        *_row(G, "Ekeslund", ["16,2", "+0,9", "386", "212", "602"], wt, WTS),
        *_row(G, "Sandhamra", ["16,8", "+1,2", "98", "55", "843"], wt, WTS),
        *_row(G, "Storvallen", ["14,1", "+2,1", "205", "104", "891"], wt, WTS),
    ]
    NEG["r14_a_vader_sommar"] = [
        N("Sommaren 2025", 1, note="title"), N("1991–2020", 1, note="'referensperioden 1991–2020' defines the normal"),
        N("1937", note="'sedan 1937' is a time"), N("14 juli"), N("9 augusti"), N("Sommaren 2025", 2, note="caption"),
        N("1991–2020", 2),
    ]

    return GOLD, NEG
