"""Round 33, part B (r33_b_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 33, part B (r33_b_*): eight kinds, written from scratch (r33_sources_b.md), annotated with subject and
# speaker (round 6 conventions) on every mention, as a fact-checker reads them, before any run:
# 1. r33_b_dagligvaror_q3.txt: a listed grocery retailer's interim report January-September 2026 (dateline 'Västerås
#    den 22 oktober 2026'; 'Siffror inom parentes avser motsvarande period föregående år'; bullets under 'TREDJE
#    KVARTALET' / 'JANUARI–SEPTEMBER' with brackets in MSEK, procent and kronor, like-for-like growth 'ökade med 3,9
#    (7,2) procent', gross margin, stores '214 (207)'; a CEO section headed 'VD ANNA-KARIN SELLBERG KOMMENTERAR'
#    (receipts, the average purchase '318 kronor, 6 kronor mer än ett år tidigare', own food inflation against the
#    market 'enligt branschens prisindex', a quote 'drygt 600 basvaror sedan i våras', e-commerce 'knappt 6 procent',
#    a target 'mellan 8 och 10 procent år 2028'); store network 'varav', 'cirka 412 000 kvadratmeter', 'minst sex
#    butiker'; cash flow, investments, net debt against year-end, staff; plain-text table 'KONCERNEN I SAMMANDRAG'
#    'MSEK' 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' with a percent row and a signed
#    'Jämförbar försäljning, förändring %' row).
# 2. r33_b_aku_okt.md: a statistics office's labour-force survey for October 2026 (Markdown, 'Publicerad 19 november
#    2026 kl. 08.00'; a heading 'Arbetslösheten sjönk till 8,1 procent'; 'Det är 0,3 procentenheter lägre än i
#    september och 0,6 procentenheter lägre än i oktober 2025'; employed in persons ', en ökning med 38 000 jämfört med
#    oktober förra året'; youth '21,4 procent ..., att jämföra med 23,9 procent ett år tidigare', 'Drygt hälften';
#    foreign-born against native-born at one time ('mer än tre gånger så hög'); long-term unemployed 'minst 12
#    månader', 'knappt 11 000 färre'; Markdown table 'Tabell 1. Arbetslöshet efter ålder och kön, oktober, procent'
#    'Okt 2026' / 'Okt 2025' / 'Förändring, procentenheter' with age-band row labels and a bold total row; hours 'per
#    vecka'; two counties at one time; 'mellan 7 och 9 procentenheter under de senaste fem åren'; the sample).
# 3. r33_b_bostadsbyggande_q3.txt: a housing-start release for the third quarter 2026 ('Publicerad 12 november 2026';
#    '9 870 bostäder. Det är 18 procent fler än under motsvarande kvartal 2025, då ... 8 365'; by type, 'Av de
#    påbörjade bostäderna', 'stod för 4 310 av', 'minskade till 2 450 från 2 780 under samma kvartal i fjol'; 'Hittills
#    i år ... jämfört med ... samma period 2025. Det är en ökning med 9,6 procent'; the peak year 2021; conversions;
#    plain-text table 'Tabell 1. Påbörjade bostäder i nybyggda hus efter län, antal lägenheter' 'Jul–sep 2026' /
#    'Jul–sep 2025' / 'Förändring, %'; 'per 1 000 invånare' Uppsala against the country; 'nästan två tredjedelar', 'I
#    41 av landets kommuner'; an analyst's 'mellan 55 000 och 60 000 bostäder per år'; cost 'per kvadratmeter').
# 4. r33_b_tt_matpriser.txt: a TT-style article on food prices ('Publicerad 14 november 2026 kl. 06.45', 'STOCKHOLM
#    (TT)'; food inflation 'i oktober jämfört med samma månad i fjol, enligt Statistikverkets konsumentprisindex'; a
#    kilo of coffee '168 kronor, vilket kan jämföras med 121 kronor i oktober 2022. Det motsvarar en ökning med nästan
#    40 procent'; 'Sedan 2022' food prices against wages; Sweden, Denmark and Finland against the EU average ('Enligt
#    EU:s statistikbyrå Eurostat'); an economist's quote ('mer än 85 procent av marknaden') and forecast 'mellan 2 och
#    3 procent under nästa år'; a minister's quote 'från 12 till 6 procent i april', 'runt 500 kronor i månaden';
#    'Enligt Konsumentverkets beräkningar ... per månad'; a FAKTA box of signed changes with 'Källa: Statistikverket').
# 5. r33_b_parti_bostad.html: an UNDATED party web page on housing (HTML, no date, no sidecar; nav, breadcrumb,
#    footer; '196 av landets 290 kommuner', 'Förra året ... omkring 30 000', 'enligt Boplaneringsinstitutet ... minst
#    60 000 per år', Finland 'runt 6 nya bostäder per 1 000 invånare, jämfört med knappt 3 i Sverige', Denmark 'nästan
#    dubbelt så många'; rents 'kronor i månaden', 'över 40 procent', queue 'drygt 11 år', interest deduction 'cirka 23
#    miljarder kronor per år', 'Hälften', 'de 20 procent av hushållen'; five numbered proposals in h3 headings ('70 000
#    bostäder per år ... fram till 2035', 'högst 1 900 kronor per kvadratmeter och år', 'från 30 till 20 procent under
#    tio år', 'upp till 95 procent ..., i stället för 90 procent i dag', 'höjs med 600 kronor i månaden'); the cost
#    '14 miljarder kronor per år', 'En fjärdedel'; a spokesperson's quote without figures).
# 6. r33_b_fjarrvarme_2027.txt (+ .meta.json, published 2026-10-20): a district-heating company's price change for
#    2027, dated only by its sidecar ('höjer ... med i genomsnitt 4,2 procent från den 1 januari 2027', a normal villa
#    '18 000 kWh ... per år', 'cirka 540 kronor per år, eller 45 kronor i månaden'; fuel costs 'sedan 2024',
#    investments 'under de kommande fem åren'; the CEO's quote 'Sedan 2022 ... 11 procent, medan ... nästan 16
#    procent'; plain-text table 'Priser för villakunder, kronor inklusive moms' '2026' / '2027' / 'Förändring, %' with
#    rows 'kr/MWh', 'kr/kW och år', 'kr/år'; a block of flats example 'per lägenhet och månad'; a ranking 'plats 38
#    av 265'; the villa against the national average at one time; a forecast 'mellan 2 och 4 procent' for 2028).
# 7. r33_b_fotboll_ar2025.md: a football club's annual report 2025 (Markdown, dateline 'Örebro den 24 mars 2026';
#    bullets with brackets '142,6 miljoner kronor (118,3)', '8,4 miljoner kronor (−3,1)', attendance ', en ökning med
#    12 procent', 'sjätte plats'; the chair's quote 'i dag en soliditet på 28 procent', 'minst 35 procent till 2028',
#    'Drygt 70 procent av våra sponsorer'; revenue 'ökade till ... från ... året innan', player costs 'vilket
#    motsvarar 43 procent av nettoomsättningen', the federation's 'inte ska överstiga 50 procent'; attendance against
#    the league at one time 'ungefär 14 procent fler'; Markdown table 'Belopp i miljoner kronor' '2025' ... '2021' with
#    a count row and a percent row; members 'den 31 december 2025'; a budget 'mellan 125 och 135 miljoner kronor').
# 8. r33_b_klimat_2025.txt: a municipality's climate report 2025 ('Publicerad 2 juni 2026'; '186 400 ton
#    koldioxidekvivalenter. Det är 4,8 procent mindre än 2024 och 41 procent mindre än 1990', 'Per invånare ... 3,9
#    ton, jämfört med 4,6 ton i riket'; targets 'minst 70 procent till 2030 jämfört med 1990', 'knappt 13 procent per
#    år under de kommande fem åren', 'mer än dubbelt så snabbt'; plain-text table 'Tabell 1. Territoriella utsläpp
#    efter sektor, ton koldioxidekvivalenter' '2025' / '2024' / '1990' / 'Förändring 2024–2025, %'; transport shares,
#    EVs 'ökade till', the chair's quote 'mellan 30 och 40 procent på fem år'; 'minskat med 84 procent sedan 1990';
#    solar 'megawatt', 'megawattimmar'; consumption-based 'omkring 7 ton per invånare', 'nästan dubbelt så mycket',
#    'Enligt Naturvårdsverket ... högst 1 ton per person'; investments 2025 and the budget 2026; 'högst 0,5 ton per
#    invånare' by 2045).
# Publication dates: in the text for 1, 2, 3, 4, 7, 8; only in the sidecar for 6; none for 5.
#
# The r8-r32 decisions are followed (see the headers of gold_r28_a.py, gold_r31_a.py, gold_r31_b.py, gold_r32_a.py):
# periods at year grain; a relative expression in the sentence ('i fjol', 'förra året', 'Hittills i år', 'samma
# kvartal i fjol', 'oktober förra året', 'nästa år', 'i våras') resolves against the publication date and is not
# lenient, while 'ett år tidigare', 'året innan', 'vid årsskiftet', 'för ett år sedan', 'i dag', 'nu', 'under
# kvartalet', a month or quarter without a year ('i oktober', 'I september', 'TREDJE KVARTALET', 'i april'), a
# heading's, a caption's or the document's period and present tense are lenient; brackets 'motsvarande period
# föregående år' are lenient and a bracket of a growth rate keeps the direction (r24_b); 'Sedan 2022' is ('2022',
# publication year) lenient (r29's SINCE19); a level followed by ', en ökning med', 'Det är X fler / mindre', ',
# knappt 11 000 färre än', ', X kronor mer än' is the new value after a change; from-values have no direction;
# comparisons at one time (counties, the country, the EU average, Denmark and Finland, the league, the national
# average, foreign-born against native-born) have no direction; a comparison with an earlier point takes the current
# period with a direction; multipliers ('mer än tre gånger så hög', 'nästan dubbelt så många', 'mer än dubbelt så
# snabbt', 'nästan dubbelt så mycket') optional; definitions and thresholds ('15–74 år', 'minst 12 månader', '18 000
# kWh' of the example villa, '20 lägenheter', '200 MWh per år', 'över 1 000 MWh per år', 'under 30 år', 'under 18
# år', the survey's 28 000 interviews, a set's size 'landets 290 kommuner', '265 fjärrvärmeföretag', 'de fem största
# kommunerna') optional; forecasts, targets and promises required; standing targets with no year ('Riksbankens
# inflationsmål på 2 procent', 'inte ska överstiga 50 procent', 'under 45 procent') have no period; table cells take
# their column headers' periods (a caption's period lenient), change columns take their direction from the sign ('0,0'
# none), a change column whose header names its span ('Förändring 2024–2025, %') is about its own year, explicit;
# rows that are categories (age bands, counties, sectors, food items) take the caption's or heading's measure as
# subject, rows that are measures their own label; 'per invånare', 'per 1 000 invånare', 'per person' per="capita"
# with the value as written; 'per år' / 'om året' per="year", 'i månaden' / 'per månad' per="month", 'per vecka'
# per="week", 'per kWh' per="kWh", 'kr/MWh' per="MWh", 'per kvadratmeter' per="m2", 'per match' per="match", 'per
# aktie' per="share"; 'vilket' / 'Det' / 'varav' without a noun / elided nouns / pronouns have s None, except that the
# size of a change takes the thing that changes from the previous sentence; 'X procent av Y' and 'X av Y' take Y, 'X
# står för Y' takes X; a country, county or municipality as grammatical subject is a place (s None); the payer, the
# saver and the holder are no subject; an apposition keeps the subject of its figure; a paragraph ending in 'säger'
# credits every figure in it to the speaker (quote); a heading 'VD X KOMMENTERAR' credits its section (r32_a);
# 'Enligt X' credits the figures of its own sentence only; a sender's first-person sentences ('vi', 'vår', 'hos oss')
# are the publisher's; the UNDATED text has no period except where a year is written out.
# Where those were silent, decided here:
# - Grocery (dateline 2026-10-22): the CEO section runs to the next heading ('BUTIKSNÄTET'); its first-person
#   paragraphs are hers (quote). 'i september' own inflation '1,8 procent' 2026 lenient, no direction (a rate, no
#   change verb), the market's '3,4 procent' elided (s None) and credited by 'enligt branschens prisindex' (the 'enligt'
#   in the sentence wins over the heading). 'sänkt priset på drygt 600 basvaror sedan i våras' a count of items, no
#   direction, 2026 explicit ('i våras' resolves). 'och stängde en' annotated (the word 'en' is one closed store).
#   'varav 58 egenägda och 156 drivna av ...' s None (adjectives elide 'butiker'). 'Under helåret 2026 räknar vi med
#   ... minst sex butiker' the publisher's forecast. Table: 'MSEK' scales the money rows; 'Rörelsemarginal, %' and
#   'Jämförbar försäljning, förändring %' are percent (the latter signed: the 2025 column's '+7,2' is an increase in
#   2025); all four column periods explicit.
# - Labour force (Markdown, published 2026-11-19): the heading 'Arbetslösheten sjönk till 8,1 procent' 2026 lenient,
#   decrease; the body's '8,1 procent i oktober 2026' explicit, decrease (the next sentence 'Det är 0,3
#   procentenheter lägre än i september'), credited 'enligt Arbetskraftsundersökningen'; both differences 2026
#   lenient decrease with the unemployment as subject. 'att jämföra med 23,9 procent ett år tidigare' 2025 lenient,
#   elided (s None); 21,4 decrease. 'där den låg på 5,3 procent' s None (pronoun). Hours: unit hour, per="week",
#   value 162.4e6. 'under de senaste fem åren' ('2021', '2026') lenient. Table: 'Okt 2026' / 'Okt 2025' explicit,
#   'Förändring, procentenheter' percentage_point 2026 lenient signed; the age-band row labels N; s the caption's
#   'Arbetslöshet'; the bold total row cell by cell.
# - Housing starts (published 2026-11-12): 'Under tredje kvartalet 2026' explicit; 'Det är 18 procent fler' 2026
#   lenient increase with the dwellings as subject; '8 365 bostäder' 2025 explicit ('kvartal 2025, då'). 'tillkom
#   netto cirka 1 150 bostäder genom ombyggnad' a flow of additions: no direction. 'påbörjades flest bostäder i
#   Uppsala län, 1,5' count per="capita", the country's '0,9' one time. The analyst's need 'mellan 55 000 och 60 000
#   bostäder per år under resten av decenniet' has no period (a hypothetical need, r32_a). Table: 'Jul–sep 2026' /
#   'Jul–sep 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are counties: s the caption's 'Påbörjade
#   bostäder'; the county names are real, the figures invented.
# - Food prices (published 2026-11-14): the ingress's 'nästan 40 procent mer än hösten 2022' and the body's 'en
#   ökning med nästan 40 procent' 2026 lenient, increase (an earlier point), s 'Ett kilo (bryggkaffe/kaffe)'; '121
#   kronor i oktober 2022' 2022 explicit, elided. 'Ett kilo ... kostade 168 kronor' per None (no written 'per').
#   Eurostat's 'enligt' credits Sweden's '14 procent' only; Denmark's 31 and Finland's 9 (a place, s None) plain.
#   'Hon tror att' continues the economist's attribution (quote); 'under nästa år' 2027 explicit. The minister's
#   'från 12 till 6 procent i april' both 2026 lenient (the change was in April 2026; 12 a from-value), 'En
#   barnfamilj sparar ... runt 500 kronor i månaden' s None (the saver). 'Enligt Konsumentverkets beräkningar' credits
#   its sentence; the single woman's 'drygt 3 400 kronor' per month carried, plain. 'Dagligvarurådet uppger' credited.
#   FAKTA box: 'oktober 2026 jämfört med oktober 2025' is the heading's period (2026 lenient), signs give the
#   direction, s the heading's 'Prisutveckling', 'Källa: Statistikverket' credits the box (credited).
# - Party page (UNDATED, HTML): 'Förra året', 'i dag' give no period; 'fram till 2035' written out: 2035 explicit
#   (as r31_b's 'till 2040'). The proposal headings ('1. Bygg 70 000 bostäder per år') and their paragraphs are the
#   publisher's; the rest plain reporting ('Det innebär att vi bygger ungefär hälften av det som behövs': 'vi' is
#   the country, not the party; s None). 'högst 1 900 kronor per kvadratmeter och år' per="m2" and 'upp till 95
#   procent ..., i stället för 90 procent i dag' 95 increase (the new value), 90 a from-value. 'från 30 till 20
#   procent' 20 decrease. 'under tio år' a duration (s None). 'En ung person ... betalar i genomsnitt 9 200 kronor i
#   månaden' s None (the payer), 'i genomsnitt' no bound.
# - District heating (sidecar 2026-10-20): 'Vänersvärme AB höjer priset' credits its own and the next sentence to the
#   company (credited); the 'vi' / 'våra' / 'hos oss' sentences are the publisher's; 'Om Vänersvärme' third-person
#   plain. '4,2 procent från den 1 januari 2027' 2027 explicit increase; the villa's '540 kronor per år' / '45 kronor
#   i månaden' 2027 lenient increase, s the price (the size of a change). 'under de kommande fem åren' ('2026',
#   '2030') lenient (r28_b's 'de kommande trettio åren'). Table: '2026' / '2027' explicit, 'Förändring, %' 2027
#   lenient signed ('0,0' none); per from each row label: 'kr/MWh' MWh, 'kr/kW och år' and 'kr/år' year (the time
#   unit wins for a non-person denominator, r20_a/r23_a; only per-person denominators win over time, r21_b), s each
#   row's measure, the total row 'Normalvilla totalt' the caption's 'Priser för villakunder'. 'knappt 25 kronor per
#   lägenhet och månad' per="month" likewise, s None ('Det motsvarar'). 'plats 38 av 265' ordinal, 2026 lenient,
#   credited to 'Boendekostnadsrapporten', s None (the company is the holder); '265 fjärrvärmeföretag' optional.
#   'Med 2027 års priser ... 13 410 kronor per år' 2027 explicit, s None (the payer); 'rikssnittet på 14 260 kronor'
#   one time; 'Det är ungefär 6 procent lägre' one time, s None. 'priserna för 2028 ... mellan 2 och 4 procent' 2028
#   explicit increase ('höjas med').
# - Football (Markdown, dateline 2026-03-24): bullets under 'Året i korthet' 2025 lenient, unlabelled brackets 2024
#   lenient; '8,4 miljoner kronor (−3,1)' s 'Årets resultat' (signed bracket value as written). 'sjätte plats' ordinal
#   6, s None. The chair's 'i dag en soliditet på 28 procent' 2026 lenient; 'minst 35 procent till 2028' 2028
#   explicit, s None (elided after 'vårt mål är att nå'). 'Förbundets rekommendation är att ... inte ska överstiga 50
#   procent' at_most, no period, credited. 'vi hade ungefär 14 procent fler åskådare än ligan' one time, publisher.
#   'ökade till 5 120 från 4 380' 4 380 2024 lenient (from-value). 'Inför 2026 budgeterar styrelsen ... mellan 125 och
#   135 miljoner kronor' 2026 explicit, credited to 'styrelsen'. Table: 'Belopp i miljoner kronor' scales the money
#   rows; 'Publiksnitt, antal' count, 'Soliditet, %' percent; '2025' ... '2021' explicit; rows are measures.
# - Climate (published 2026-06-02): 'under 2025' explicit; 'Det är 4,8 procent mindre än 2024 och 41 procent mindre
#   än 1990' 2025 lenient decrease (the size of a change takes the emissions); 'Kommunfullmäktige har beslutat'
#   credits the 2030 target (credited), decrease, at_least. 'knappt 13 procent per år under de kommande fem åren' ('2026',
#   '2030') lenient, decrease; the chair's 'mellan 30 och 40 procent på fem år' the same span. 'har minskat med 84
#   procent sedan 1990' ('1990', '2025') lenient (the report's year is the end of its data). 'i dag ... 1,8 megawatt'
#   2026 lenient. 'Enligt Naturvårdsverket ... högst 1 ton per person' no period, at_most, per="capita". Table:
#   '2025' / '2024' / '1990' explicit, 'Förändring 2024–2025, %' 2025 explicit signed; rows are sectors: s the
#   caption's 'Territoriella utsläpp'. '2030' inside '2030-målet' N.
# - Negatives: datelines, Publicerad lines and their times of day, titles' and headings' periods, column headers'
#   periods, years and dates that only place a claim, a comparison, a baseline or a target, next-report dates, the
#   '1 000' of rate denominators, table numbers, age-band row labels, list numbering in the party page's headings,
#   phone numbers, opening hours, box numbers, postal codes and org numbers.
# - Left out on purpose (no figure of their own, neither G nor N): 'TREDJE KVARTALET', 'JANUARI–SEPTEMBER' (headings),
#   'Efter två år av kraftiga prisökningar', 'Ett kilo' (defines a price unit), 'inte en enda ny bostad', 'för fem år
#   sedan', 'fem åren' / 'de kommande fem åren' / 'på fem år' as spans, 'december–februari', 'två vuxna och två barn',
#   'Allsvenskan', 'nettonollutsläpp senast 2045' (its year is N).
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2021", "2022", "2024", "2025", "2026", "2027", "2028", "2030", "2035", "2045")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y21, Y22, Y24, Y25, Y26, Y27, Y28, Y30, Y35, Y45 = (Y[y] for y in ("2021", "2022", "2024", "2025", "2026", "2027", "2028", "2030", "2035", "2045"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    F = False
    INC, DEC = "increase", "decrease"

    # ------------------------------------------------------------ 1. grocery retailer, interim report Jan-Sep 2026 (dateline 22 oktober 2026)
    AS = ("Anna-Karin Sellberg", "quote")
    PUB1 = ("Nordmarken Livs", "publisher")
    NO = ("Nettoomsättningen", "Nettoomsättningen")
    JB = ("Försäljningen i jämförbara butiker", "Försäljningen")
    RR = ("Rörelseresultatet", "Rörelseresultatet")
    RA = ("Resultat per aktie", "Resultat")
    NS = ("Nettoskulden exklusive leasingskulder", "Nettoskulden")
    OF = ("Onlineförsäljningen", "Onlineförsäljningen")
    KF = ("Kassaflödet från den löpande verksamheten", "Kassaflödet")
    MA = ("Medelantalet anställda", "Medelantalet")
    KK = ("det genomsnittliga köpet", "köpet")
    q4 = lambda u, sc, signed=False: [(u, sc, None, Y26, F, signed), (u, sc, None, Y25, F, signed), (u, sc, None, Y26, F, signed), (u, sc, None, Y25, F, signed)]
    GOLD["r33_b_dagligvaror_q3"] = [
        G("5,8 procent", 5.8, "percent", **L26, direction=INC, s=NO, sp=None, note="bullets under 'TREDJE KVARTALET' (no year: lenient)"),
        G("6 412", 6412e6, "SEK", ctx="till [6 412] (6 061)", **L26, direction=INC, s=NO, sp=None, note="'ökade med ... till'"),
        G("6 061", 6061e6, "SEK", ctx="6 412 ([6 061]) MSEK", **L25, s=NO, sp=None, note="bracket: 'motsvarande period föregående år'"),
        G("3,9", 3.9, "percent", ctx="med [3,9] (7,2)", **L26, direction=INC, s=JB, sp=None),
        G("7,2", 7.2, "percent", ctx="3,9 ([7,2]) procent", **L25, direction=INC, s=JB, sp=None, note="bracket of a growth rate keeps the direction (r24_b)"),
        G("24,6", 24.6, "percent", ctx="var [24,6] (24,1)", **L26, s=("Bruttomarginalen", "Bruttomarginalen"), sp=None),
        G("24,1", 24.1, "percent", ctx="24,6 ([24,1]) procent", **L25, s=("Bruttomarginalen", "Bruttomarginalen"), sp=None),
        G("287", 287e6, "SEK", ctx="till [287] (241)", **L26, s=RR, sp=None),
        G("241", 241e6, "SEK", ctx="287 ([241]) MSEK", **L25, s=RR, sp=None),
        G("4,5", 4.5, "percent", ctx="rörelsemarginal på [4,5] (4,0)", **L26, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("4,0", 4.0, "percent", ctx="4,5 ([4,0]) procent", **L25, s=("en rörelsemarginal", "rörelsemarginal"), sp=None),
        G("2,81", 2.81, "SEK", per="share", ctx="blev [2,81] (2,27)", **L26, s=RA, sp=None),
        G("2,27", 2.27, "SEK", per="share", ctx="2,81 ([2,27]) kronor", **L25, s=RA, sp=None),
        G("4,7 procent", 4.7, "percent", **L26, direction=INC, s=NO, sp=None, note="'JANUARI–SEPTEMBER'"),
        G("18 736", 18736e6, "SEK", ctx="till [18 736] (17 895)", **L26, direction=INC, s=NO, sp=None),
        G("17 895", 17895e6, "SEK", ctx="18 736 ([17 895]) MSEK", **L25, s=NO, sp=None),
        G("3,1", 3.1, "percent", ctx="med [3,1] (6,8)", **L26, direction=INC, s=JB, sp=None),
        G("6,8", 6.8, "percent", ctx="3,1 ([6,8]) procent", **L25, direction=INC, s=JB, sp=None),
        G("702", 702e6, "SEK", ctx="till [702] (655)", **L26, s=RR, sp=None),
        G("655", 655e6, "SEK", ctx="702 ([655]) MSEK", **L25, s=RR, sp=None),
        G("214", 214, "count", ctx="var [214] (207)", **L26, s=("Antalet butiker", "Antalet"), sp=None),
        G("207", 207, "count", ctx="214 ([207])", **L25, s=("Antalet butiker", "Antalet"), sp=None),
        G("2,4 procent", 2.4, "percent", **L26, direction=INC, s=("antalet kvitton i våra butiker", "antalet"), sp=AS, note="heading 'VD ... KOMMENTERAR' credits the section; 'under kvartalet'"),
        G("318 kronor", 318, "SEK", **L26, direction=INC, s=KK, sp=AS, note="', 6 kronor mer än ett år tidigare': the new value"),
        G("6 kronor", 6, "SEK", **L26, direction=INC, s=KK, sp=AS),
        G("1,8 procent", 1.8, "percent", **L26, s=("Vår egen matprisinflation", "matprisinflation"), sp=AS, note="'i september' without a year; a rate, no change verb"),
        G("3,4 procent", 3.4, "percent", **L26, s=None, sp=("branschens prisindex", "enligt"), note="the market at one time; elided"),
        G("drygt 600 basvaror", 600, "count", bound="approx", t=Y26, s=("basvaror", "basvaror"), sp=AS, note="quote; 'sedan i våras' resolves; a count of items, no direction"),
        G("14 procent", 14, "percent", **L26, direction=INC, s=OF, sp=AS, note="'under kvartalet'; still the CEO's section"),
        G("knappt 6 procent", 6, "percent", bound="approx", **L26, s=OF, sp=AS, note="'X står för Y' takes X (the coordinated subject)"),
        G("mellan 8 och 10 procent", None, "percent", low=8, high=10, t=Y28, s=("andelen", "andelen"), sp=AS, note="target 'år 2028'"),
        G("tre nya butiker", 3, "count", **L26, s=("nya butiker", "butiker"), sp=PUB1, note="'Under kvartalet öppnade vi'"),
        G("en", 1, "count", ctx="och stängde [en].", **L26, s=None, sp=PUB1, note="one closed store; elided"),
        G("214 butiker", 214, "count", **L26, s=("butiker", "butiker"), sp=None, note="'Vid periodens slut'"),
        G("58", 58, "count", ctx="varav [58] egenägda", **L26, s=None, sp=None, note="'varav', adjective elides the noun"),
        G("156", 156, "count", ctx="och [156] drivna", **L26, s=None, sp=None),
        G("cirka 412 000 kvadratmeter", 412000, "m2", bound="approx", **L26, s=("Den sammanlagda butiksytan", "butiksytan"), sp=None),
        G("minst sex butiker", 6, "count", bound="at_least", t=Y26, s=("butiker", "butiker"), sp=PUB1, note="forecast 'Under helåret 2026 räknar vi med'"),
        G("418", 418e6, "SEK", ctx="till [418] (356)", **L26, s=KF, sp=None),
        G("356", 356e6, "SEK", ctx="418 ([356]) MSEK", **L25, s=KF, sp=None),
        G("163 MSEK", 163e6, "SEK", **L26, s=("Investeringarna", "Investeringarna"), sp=None),
        G("71 MSEK", 71e6, "SEK", **L26, s=("ombyggnad av butiker", "ombyggnad"), sp=None, note="'varav ... avsåg': the goal of the money"),
        G("1 236 MSEK", 1236e6, "SEK", **L26, direction=DEC, s=NS, sp=None, note="', jämfört med ... vid årsskiftet': the new value"),
        G("1 482 MSEK", 1482e6, "SEK", **L25, s=NS, sp=None, note="'vid årsskiftet'"),
        G("3 940", 3940, "count", ctx="var [3 940] (3 815)", **L26, s=MA, sp=None),
        G("3 815", 3815, "count", ctx="3 940 ([3 815])", **L25, s=MA, sp=None),
        *_row(G, "Nettoomsättning", ["6 412", "6 061", "18 736", "17 895"], q4("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), note="table 'KONCERNEN I SAMMANDRAG', 'MSEK': 'Jul–sep 2026' / 'Jul–sep 2025' / 'Jan–sep 2026' / 'Jan–sep 2025' explicit; rows are measures"),
        *_row(G, "Bruttoresultat", ["1 577", "1 461", "4 572", "4 331"], q4("SEK", 1e6), ("Bruttoresultat", "Bruttoresultat")),
        *_row(G, "Rörelseresultat", ["287", "241", "702", "655"], q4("SEK", 1e6), ("Rörelseresultat", "Rörelseresultat")),
        *_row(G, "Rörelsemarginal, %", ["4,5", "4,0", "3,7", "3,7"], q4("percent", 1), ("Rörelsemarginal", "Rörelsemarginal")),
        *_row(G, "Jämförbar försäljning, förändring %", ["+3,9", "+7,2", "+3,1", "+6,8"], q4("percent", 1, True), ("Jämförbar försäljning", "försäljning"), note="a change row: direction from the sign"),
    ]
    NEG["r33_b_dagligvaror_q3"] = [
        N("JANUARI–SEPTEMBER 2026", note="title"), N("22 oktober 2026", note="dateline"),
        N("2028", note="places the target"), N("2026", ctx="helåret [2026] räknar", note="places the forecast"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("Jan–sep 2026", note="column header"), N("Jan–sep 2025", note="column header"),
        N("2026", ctx="Bokslutskommunikén för [2026]", note="names the report"), N("4 februari 2027", note="next report"),
        N("021-44 90 10"), N("021-44 90 22"), N("556912-4478", note="org number"),
    ]

    # ------------------------------------------------------------ 2. labour-force survey October 2026 (Markdown, Publicerad 19 november 2026)
    ME = ("Malin Ekdahl", "quote")
    AKU = ("Arbetskraftsundersökningen", "enligt")
    SA = ("Den säsongrensade arbetslösheten", "arbetslösheten")
    SY = ("Antalet sysselsatta", "Antalet")
    LA = ("Antalet långtidsarbetslösa", "Antalet")
    AT = ("Det totala antalet faktiskt arbetade timmar", "antalet")
    SG = ("Sysselsättningsgraden", "Sysselsättningsgraden")
    AL = ("Arbetslöshet", "Arbetslöshet")
    ac = [("percent", 1, None, Y26, F, F), ("percent", 1, None, Y25, F, F), ("percentage_point", 1, None, Y26, True, True)]
    GOLD["r33_b_aku_okt"] = [
        G("8,1 procent", 8.1, "percent", **L26, direction=DEC, s=("Arbetslösheten", "Arbetslösheten"), sp=None, note="heading 'sjönk till'"),
        G("15–74 år", None, "year", low=15, high=74, optional=True, s=("åldern", "åldern"), sp=None, note="age band that defines the population"),
        G("8,1 procent", 8.1, "percent", ctx="var [8,1 procent] i oktober", t=Y26, direction=DEC, s=SA, sp=AKU, note="'i oktober 2026'; next sentence 'Det är ... lägre'"),
        G("0,3 procentenheter", 0.3, "percentage_point", **L26, direction=DEC, s=SA, sp=None, note="the size of a change takes what changes"),
        G("0,6 procentenheter", 0.6, "percentage_point", **L26, direction=DEC, s=SA, sp=None),
        G("5 246 000 personer", 5246000, "count", **L26, direction=INC, s=SY, sp=None, note="', en ökning med ... jämfört med oktober förra året'"),
        G("38 000", 38000, "count", **L26, direction=INC, s=SY, sp=None),
        G("69,2 procent", 69.2, "percent", **L26, s=SG, sp=None),
        G("462 000", 462000, "count", **L26, s=("Antalet arbetslösa", "Antalet"), sp=None),
        G("15–24 år", None, "year", low=15, high=24, optional=True, s=("åldern", "åldern"), sp=None),
        G("21,4 procent", 21.4, "percent", **L26, direction=DEC, s=("arbetslösheten", "arbetslösheten"), sp=None, note="', att jämföra med ... ett år tidigare': an earlier point"),
        G("23,9 procent", 23.9, "percent", **L25, s=None, sp=None, note="'ett år tidigare'; elided"),
        G("Drygt hälften", 0.5, "ratio", bound="approx", **L26, s=("de arbetslösa ungdomarna", "ungdomarna"), sp=None, note="'X av Y' takes Y"),
        G("17,8 procent", 17.8, "percent", **L26, s=("Arbetslösheten bland utrikes födda", "Arbetslösheten"), sp=None),
        G("mer än tre gånger så hög", 3, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("5,3 procent", 5.3, "percent", **L26, s=None, sp=None, note="'där den låg på': pronoun; one time"),
        G("minst 12 månader", 12, "month", bound="at_least", optional=True, s=None, sp=None, note="definition"),
        G("cirka 131 000", 131000, "count", bound="approx", **L26, direction=DEC, s=LA, sp=None, note="', knappt 11 000 färre än i oktober 2025'"),
        G("knappt 11 000", 11000, "count", bound="approx", **L26, direction=DEC, s=LA, sp=None),
        *_row(G, "| 15–24 år, kvinnor", ["20,6", "22,8", "−2,2"], ac, AL, sep=" | ", note="Markdown table 'Tabell 1. Arbetslöshet efter ålder och kön, oktober, procent': 'Okt 2026' / 'Okt 2025' explicit, 'Förändring, procentenheter' 2026 lenient signed; rows are age bands and sexes"),
        *_row(G, "| 15–24 år, män", ["22,1", "24,9", "−2,8"], ac, AL, sep=" | "),
        *_row(G, "| 25–54 år, kvinnor", ["6,4", "6,9", "−0,5"], ac, AL, sep=" | "),
        *_row(G, "| 25–54 år, män", ["6,1", "6,7", "−0,6"], ac, AL, sep=" | "),
        *_row(G, "| 55–74 år, kvinnor", ["5,2", "5,0", "+0,2"], ac, AL, sep=" | "),
        *_row(G, "| 55–74 år, män", ["5,7", "5,7", "0,0"], ac, AL, sep=" | ", note="'0,0': no direction"),
        G("7,7", 7.7, "percent", ctx="| **15–74 år, totalt** | **[7,7]** |", t=Y26, s=AL, sp=None, note="bold total row"),
        G("8,4", 8.4, "percent", ctx="| **7,7** | **[8,4]** |", t=Y25, s=AL, sp=None),
        G("−0,7", -0.7, "percentage_point", ctx="| **8,4** | **[−0,7]** |", **L26, direction=DEC, s=AL, sp=None),
        G("162,4 miljoner", 162.4e6, "hour", per="week", **L26, direction=INC, s=AT, sp=None, note="'i genomsnitt ... per vecka'; ', en ökning med'"),
        G("1,1 procent", 1.1, "percent", **L26, direction=INC, s=AT, sp=None),
        G("22 procent", 22, "percent", ctx="arbetade [22 procent] av", **L26, s=("kvinnorna", "kvinnorna"), sp=None, note="'X procent av Y' takes Y"),
        G("11 procent", 11, "percent", ctx="och [11 procent] av", **L26, s=("männen", "männen"), sp=None),
        G("72,5 procent", 72.5, "percent", **L26, s=SG, sp=None, note="counties at one time"),
        G("64,1 procent", 64.1, "percent", **L26, s=SG, sp=None),
        G("mellan 7 och 9 procentenheter", None, "percentage_point", low=7, high=9, t=("2021", "2026"), lenient=True, s=("Skillnaden mellan länen", "Skillnaden"), sp=None, note="'under de senaste fem åren'"),
        G("omkring 28 000 personer", 28000, "count", bound="approx", per="month", optional=True, s=("personer", "personer"), sp=None, note="method: defines the survey"),
    ]
    NEG["r33_b_aku_okt"] = [
        N("oktober 2026", note="title"), N("19 november 2026", note="Publicerad"), N("08.00", note="time of day"),
        N("oktober 2026", ctx="i [oktober 2026], enligt", note="places the claim"),
        N("oktober 2025", ctx="lägre än i [oktober 2025].", note="places the comparison"),
        N("oktober 2025", ctx="färre än i [oktober 2025].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("Okt 2026", note="column header"), N("Okt 2025", note="column header"),
        N("15–24 år", ctx="| [15–24 år], kvinnor", note="row label"), N("15–24 år", ctx="| [15–24 år], män", note="row label"),
        N("25–54 år", ctx="| [25–54 år], kvinnor", note="row label"), N("25–54 år", ctx="| [25–54 år], män", note="row label"),
        N("55–74 år", ctx="| [55–74 år], kvinnor", note="row label"), N("55–74 år", ctx="| [55–74 år], män", note="row label"),
        N("15–74 år", ctx="**[15–74 år], totalt", note="row label"),
        N("oktober 2025", ctx="jämfört med [oktober 2025]. Bland", note="places the comparison"),
        N("november 2026", ctx="Resultaten för [november 2026]", note="next report"), N("17 december 2026", note="next report"),
        N("010-479 52 18"),
    ]

    # ------------------------------------------------------------ 3. housing starts Q3 2026 (Publicerad 12 november 2026)
    JW = ("Johan Wernersson", "quote")
    BO = ("bostäder", "bostäder")
    PBB = ("Påbörjade bostäder", "bostäder")
    PK = ("Produktionskostnaden för en ny lägenhet i flerbostadshus", "Produktionskostnaden")
    hc = [("count", 1, None, Y26, F, F), ("count", 1, None, Y25, F, F), ("percent", 1, None, Y26, True, True)]
    GOLD["r33_b_bostadsbyggande_q3"] = [
        G("18 procent", 18, "percent", **L26, direction=INC, s=("Byggstarterna", "Byggstarterna"), sp=None, note="headline"),
        G("9 870 bostäder", 9870, "count", t=Y26, direction=INC, s=BO, sp=None, note="'Under tredje kvartalet 2026'; next sentence 'Det är 18 procent fler'"),
        G("18 procent", 18, "percent", ctx="Det är [18 procent] fler", **L26, direction=INC, s=BO, sp=None, note="the size of a change takes what changes"),
        G("8 365 bostäder", 8365, "count", t=Y25, s=("byggstarterna", "byggstarterna"), sp=None, note="'kvartal 2025, då'"),
        G("7 140", 7140, "count", ctx="låg [7 140] i", **L26, s=("de påbörjade bostäderna", "bostäderna"), sp=None, note="'Av Y ... X' takes Y"),
        G("2 730", 2730, "count", ctx="och [2 730] i småhus", **L26, s=("de påbörjade bostäderna", "bostäderna"), sp=None),
        G("24 procent", 24, "percent", **L26, direction=INC, s=("Antalet påbörjade lägenheter i flerbostadshus", "Antalet"), sp=None),
        G("knappt 5 procent", 5, "percent", bound="approx", **L26, direction=INC, s=("småhusen", "småhusen"), sp=None),
        G("4 310", 4310, "count", **L26, s=("Hyresrätterna", "Hyresrätterna"), sp=None, note="'X stod för Y' takes X"),
        G("60 procent", 60, "percent", **L26, s=None, sp=None, note="'vilket motsvarar'"),
        G("2 450", 2450, "count", **L26, direction=DEC, s=("Bostadsrätterna", "Bostadsrätterna"), sp=None, note="'minskade till ... från'"),
        G("2 780", 2780, "count", t=Y25, s=("Bostadsrätterna", "Bostadsrätterna"), sp=None, note="from-value; 'samma kvartal i fjol' resolves"),
        G("27 640 bostäder", 27640, "count", t=Y26, direction=INC, s=BO, sp=None, note="'Hittills i år'; ', jämfört med'"),
        G("25 210", 25210, "count", t=Y25, s=None, sp=None, note="'samma period 2025'; elided"),
        G("9,6 procent", 9.6, "percent", **L26, direction=INC, s=BO, sp=None, note="'Det är en ökning med': what changes"),
        G("drygt 68 000 bostäder", 68000, "count", bound="approx", t=Y21, s=BO, sp=None, note="'toppåret 2021, då ... under helåret'"),
        G("cirka 1 150 bostäder", 1150, "count", bound="approx", **L26, s=BO, sp=None, note="a flow of additions: no direction"),
        *_row(G, "Stockholm", ["3 105", "2 488", "+24,8"], hc, PBB, note="table 'Tabell 1. Påbörjade bostäder i nybyggda hus efter län, antal lägenheter': 'Jul–sep 2026' / 'Jul–sep 2025' explicit, 'Förändring, %' 2026 lenient signed; rows are counties"),
        *_row(G, "Västra Götaland", ["1 842", "1 561", "+18,0"], hc, PBB),
        *_row(G, "Skåne", ["1 506", "1 377", "+9,4"], hc, PBB),
        *_row(G, "Uppsala", ["612", "498", "+22,9"], hc, PBB),
        *_row(G, "Östergötland", ["487", "521", "−6,5"], hc, PBB),
        *_row(G, "Övriga län", ["2 318", "1 920", "+20,7"], hc, PBB),
        *_row(G, "Hela riket", ["9 870", "8 365", "+18,0"], hc, PBB),
        G("1,5", 1.5, "count", per="capita", ctx="län, [1,5], medan", **L26, s=("flest bostäder", "bostäder"), sp=None, note="'Räknat per 1 000 invånare'; counties at one time"),
        G("0,9", 0.9, "count", per="capita", **L26, s=("genomsnittet för hela riket", "genomsnittet"), sp=None),
        G("fem", 5, "count", ctx="de [fem] största", optional=True, s=("kommunerna", "kommunerna"), sp=None, note="names the set"),
        G("nästan två tredjedelar", 2 / 3, "ratio", bound="approx", **L26, s=("de fem största kommunerna", "kommunerna"), sp=None, note="'X stod för Y' takes X"),
        G("41", 41, "count", ctx="I [41] av landets", **L26, s=("landets kommuner", "kommuner"), sp=None, note="'X av Y' takes Y"),
        G("mellan 55 000 och 60 000 bostäder per år", None, "count", low=55000, high=60000, per="year", s=BO, sp=JW, note="quote; a hypothetical need: no period"),
        G("58 400 kronor per kvadratmeter", 58400, "SEK", per="m2", **L26, direction=INC, s=PK, sp=None, note="'under kvartalet'; ', 2,1 procent högre än ett år tidigare'"),
        G("2,1 procent", 2.1, "percent", **L26, direction=INC, s=PK, sp=None),
        G("drygt 4,6 miljoner kronor", 4.6e6, "SEK", bound="approx", **L26, s=("kostnaden", "kostnaden"), sp=None),
    ]
    NEG["r33_b_bostadsbyggande_q3"] = [
        N("tredje kvartalet 2026", note="title"), N("12 november 2026", note="Publicerad"),
        N("tredje kvartalet 2026", occ=2, note="places the claim"),
        N("2025", ctx="kvartal [2025], då", note="places the comparison"),
        N("2025", ctx="samma period [2025].", note="places the comparison"),
        N("2021", note="places the peak"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("Jul–sep 2026", note="column header"), N("Jul–sep 2025", note="column header"),
        N("1 000", ctx="per [1 000] invånare", note="rate denominator"),
        N("fjärde kvartalet 2026", note="next report"), N("11 februari 2027", note="next report"),
        N("010-479 61 05"),
    ]

    # ------------------------------------------------------------ 4. TT article on food prices (Publicerad 14 november 2026 kl. 06.45)
    IF = ("Ingrid Falkenhav", "quote")
    ES = ("Erik Strandqvist", "quote")
    SCB = ("Statistikverket", "credited")
    KB = ("Ett kilo bryggkaffe", "kilo")
    PU = ("Prisutveckling", "Prisutveckling")
    GOLD["r33_b_tt_matpriser"] = [
        G("nästan 40 procent", 40, "percent", bound="approx", **L26, direction=INC, s=("Ett kilo kaffe", "kilo"), sp=None, note="ingress: 'mer än hösten 2022', an earlier point"),
        G("3,2 procent", 3.2, "percent", **L26, direction=INC, s=("Livsmedelspriserna", "Livsmedelspriserna"), sp=("Statistikverkets konsumentprisindex", "enligt"), note="'i oktober jämfört med samma månad i fjol'"),
        G("2,6 procent", 2.6, "percent", **L26, s=("ökningstakten", "ökningstakten"), sp=None, note="'I september'"),
        G("2,1 procent", 2.1, "percent", **L26, s=("Inflationen mätt som KPIF", "Inflationen"), sp=None),
        G("168 kronor", 168, "SEK", **L26, direction=INC, s=KB, sp=None, note="'i oktober'; 'vilket kan jämföras med ... i oktober 2022': an earlier point; no written 'per'"),
        G("121 kronor", 121, "SEK", t=Y22, s=None, sp=None, note="'i oktober 2022'; elided"),
        G("nästan 40 procent", 40, "percent", bound="approx", ctx="ökning med [nästan 40 procent].", **L26, direction=INC, s=KB, sp=None, note="'Det motsvarar en ökning med': what changes"),
        G("17 procent", 17, "percent", **L26, direction=INC, s=("chokladen", "chokladen"), sp=None, note="'det senaste året'"),
        G("6,5 procent", 6.5, "percent", ctx="sjönk med [6,5 procent] på", **L26, direction=DEC, s=("Priset på smör", "Priset"), sp=None),
        G("omkring 14 kronor", 14, "SEK", bound="approx", **L26, direction=DEC, s=("ett kilo potatis", "kilo"), sp=None, note="'nu'; ', knappt 2 kronor mindre än för ett år sedan'"),
        G("knappt 2 kronor", 2, "SEK", bound="approx", **L26, direction=DEC, s=("ett kilo potatis", "kilo"), sp=None),
        G("drygt 27 procent", 27, "percent", bound="approx", t=("2022", "2026"), lenient=True, direction=INC, s=("livsmedelspriserna", "livsmedelspriserna"), sp=None, note="'Sedan 2022'"),
        G("omkring 12 procent", 12, "percent", bound="approx", t=("2022", "2026"), lenient=True, direction=INC, s=("den genomsnittliga månadslönen", "månadslönen"), sp=None, note="'Under samma period'"),
        G("14 procent", 14, "percent", **L26, s=("prisnivån på mat och alkoholfria drycker", "prisnivån"), sp=("EU:s statistikbyrå Eurostat", "enligt"), note="against the EU average at one time"),
        G("31 procent", 31, "percent", **L26, s=("prisnivån", "prisnivån"), sp=None, note="Denmark at one time; 'Enligt' credits its own sentence only"),
        G("9 procent", 9, "percent", ctx="ligger [9 procent] över", **L26, s=None, sp=None, note="Finland is a place"),
        G("tre stora kedjor", 3, "count", **L26, s=("stora kedjor", "kedjor"), sp=IF),
        G("mer än 85 procent", 85, "percent", bound="more_than", **L26, s=("marknaden", "marknaden"), sp=IF, note="'X procent av Y' takes Y"),
        G("mellan 2 och 3 procent", None, "percent", low=2, high=3, t=Y27, direction=INC, s=("matpriserna", "matpriserna"), sp=IF, note="'Hon tror'; 'under nästa år' resolves"),
        G("2 procent", 2, "percent", ctx="inflationsmål på [2 procent]", s=("Riksbankens inflationsmål", "inflationsmål"), sp=None, note="a standing target: no period"),
        G("12", 12, "percent", ctx="från [12] till 6", **L26, s=("matmomsen", "matmomsen"), sp=ES, note="from-value"),
        G("6 procent", 6, "percent", ctx="till [6 procent] i april", **L26, direction=DEC, s=("matmomsen", "matmomsen"), sp=ES, note="'i april' without a year"),
        G("runt 500 kronor", 500, "SEK", bound="approx", per="month", **L26, s=None, sp=ES, note="'i dag ... i månaden'; the saver is no subject"),
        G("cirka 10 900 kronor per månad", 10900, "SEK", bound="approx", per="month", **L26, s=("maten för en familj med två vuxna och två barn", "maten"), sp=("Konsumentverkets beräkningar", "enligt")),
        G("drygt 3 400 kronor", 3400, "SEK", bound="approx", per="month", **L26, s=("kostnaden", "kostnaden"), sp=None, note="per carried"),
        G("knappt 3 procent", 3, "percent", bound="approx", **L26, s=("medlemmarnas rörelsemarginal", "rörelsemarginal"), sp=("Dagligvarurådet", "credited"), note="'uppger'"),
        G("+11,8 procent", 11.8, "percent", **L26, direction=INC, s=PU, sp=SCB, note="FAKTA box headed '..., oktober 2026 jämfört med oktober 2025'; 'Källa: Statistikverket'"),
        G("+17,0 procent", 17.0, "percent", **L26, direction=INC, s=PU, sp=SCB),
        G("+4,6 procent", 4.6, "percent", **L26, direction=INC, s=PU, sp=SCB),
        G("+2,9 procent", 2.9, "percent", **L26, direction=INC, s=PU, sp=SCB),
        G("−1,4 procent", -1.4, "percent", **L26, direction=DEC, s=PU, sp=SCB),
        G("−6,5 procent", -6.5, "percent", **L26, direction=DEC, s=PU, sp=SCB),
    ]
    NEG["r33_b_tt_matpriser"] = [
        N("14 november 2026", note="Publicerad"), N("06.45", note="time of day"),
        N("2022", ctx="hösten [2022],", note="places the comparison"),
        N("oktober 2022", note="places the comparison"),
        N("2022", ctx="Sedan [2022] har", note="places the change"),
        N("oktober 2026", ctx="livsmedel, [oktober 2026]", note="box heading"), N("oktober 2025", note="box heading"),
    ]

    # ------------------------------------------------------------ 5. UNDATED party page on housing (HTML, no date, no sidecar)
    PB = ("Framtidspartiet", "publisher")
    RV = ("Ränteavdraget", "Ränteavdraget")
    GOLD["r33_b_parti_bostad"] = [
        G("196", 196, "count", ctx="i [196] av", s=("landets 290 kommuner", "kommuner"), sp=None, note="'i dag' undated: no period; 'X av Y' takes Y"),
        G("290 kommuner", 290, "count", optional=True, s=("kommuner", "kommuner"), sp=None, note="names the set"),
        G("omkring 30 000 nya bostäder", 30000, "count", bound="approx", s=("nya bostäder", "bostäder"), sp=None, note="'Förra året' undated: no period"),
        G("minst 60 000", 60000, "count", bound="at_least", per="year", s=("behovet", "behovet"), sp=("Boplaneringsinstitutet", "enligt")),
        G("ungefär hälften", 0.5, "ratio", bound="approx", s=None, sp=None, note="'av det som behövs': a pronoun Y; 'vi' is the country"),
        G("runt 6 nya bostäder", 6, "count", bound="approx", per="capita", s=("nya bostäder", "bostäder"), sp=None, note="'per 1 000 invånare' (value as written); Finland at one time"),
        G("knappt 3", 3, "count", bound="approx", per="capita", ctx="jämfört med [knappt 3] i Sverige", s=None, sp=None, note="elided"),
        G("nästan dubbelt så många", 2, "number", bound="approx", optional=True, s=("hyresbostäder", "hyresbostäder"), sp=None, note="multiplier: Denmark at one time"),
        G("9 200 kronor i månaden", 9200, "SEK", per="month", s=None, sp=None, note="the payer is no subject; 'i genomsnitt' no bound"),
        G("över 40 procent", 40, "percent", bound="more_than", s=("en nyanställd undersköterskas lön efter skatt", "lön"), sp=None, note="'X procent av Y' takes Y"),
        G("drygt 11 år", 11, "year", bound="approx", s=("den genomsnittliga kötiden för ett hyreskontrakt", "kötiden"), sp=None),
        G("cirka 23 miljarder kronor per år", 23e9, "SEK", bound="approx", per="year", s=RV, sp=None, note="'kostar staten': the payer is no subject"),
        G("Hälften", 0.5, "ratio", s=("pengarna", "pengarna"), sp=None, note="'X av Y' takes Y"),
        G("20 procent", 20, "percent", ctx="de [20 procent] av hushållen", s=("hushållen", "hushållen"), sp=None),
        G("70 000 bostäder per år", 70000, "count", per="year", s=BO, sp=PB, note="proposal heading 1"),
        G("70 000 nya bostäder om året", 70000, "count", per="year", t=Y35, s=("nya bostäder", "bostäder"), sp=PB, note="'fram till 2035' written out"),
        G("minst en tredjedel", 1 / 3, "ratio", bound="at_least", t=Y35, s=("hyresrätter", "hyresrätter"), sp=PB, note="'varav'"),
        G("8 miljarder kronor per år", 8e9, "SEK", per="year", s=("ett investeringsstöd", "investeringsstöd"), sp=PB),
        G("högst 1 900 kronor per kvadratmeter och år", 1900, "SEK", bound="at_most", per="m2", s=("hyran", "hyran"), sp=PB),
        G("30", 30, "percent", ctx="från [30] till 20", s=RV, sp=PB, note="from-value"),
        G("20 procent", 20, "percent", ctx="till [20 procent] under", direction=DEC, s=RV, sp=PB, note="'sänks från ... till'"),
        G("tio år", 10, "year", ctx="under [tio år].", s=None, sp=PB, note="the span of the phase-out"),
        G("30 år", 30, "year", ctx="under [30 år] ska", bound="less_than", optional=True, s=None, sp=PB, note="age threshold"),
        G("upp till 95 procent", 95, "percent", bound="at_most", direction=INC, s=("bostadens värde", "värde"), sp=PB, note="', i stället för 90 procent i dag': the new value"),
        G("90 procent", 90, "percent", ctx="stället för [90 procent] i dag", s=None, sp=PB, note="from-value; 'i dag' undated: no period"),
        G("600 kronor i månaden", 600, "SEK", per="month", direction=INC, s=("Bostadsbidraget för barnfamiljer", "Bostadsbidraget"), sp=PB, note="'höjs med'"),
        G("omkring 120 000 familjer", 120000, "count", bound="approx", s=("familjer", "familjer"), sp=PB),
        G("14 miljarder kronor per år", 14e9, "SEK", per="year", s=("Våra förslag", "förslag"), sp=PB),
        G("En fjärdedel", 0.25, "ratio", s=None, sp=PB, note="elided (of the cost)"),
    ]
    NEG["r33_b_parti_bostad"] = [
        N("1 000", ctx="per [1 000] invånare", note="rate denominator"),
        N("1.", ctx="[1.] Bygg", note="list number"), N("2.", ctx="[2.] Investeringsstöd", note="list number"),
        N("3.", ctx="[3.] Trappa", note="list number"), N("4.", ctx="[4.] Startlån", note="list number"),
        N("5.", ctx="[5.] Högre", note="list number"),
        N("2035", note="places the promise"),
        N("4412", note="box number"), N("102 69", note="postal code"), N("08-550 912 00"),
    ]

    # ------------------------------------------------------------ 6. district-heating prices 2027 (sidecar 2026-10-20)
    KH = ("Karin Holmsten", "quote")
    PV = ("Vänersvärme", "publisher")
    VA = ("Vänersvärme AB", "credited")
    PF = ("priset på fjärrvärme", "priset")
    FIVE = ("2026", "2030")
    dc = lambda per: [("SEK", 1, per, Y26, F, F), ("SEK", 1, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r33_b_fjarrvarme_2027"] = [
        G("4,2 procent", 4.2, "percent", t=Y27, direction=INC, s=PF, sp=VA, note="'från den 1 januari 2027'; 'i genomsnitt' no bound"),
        G("18 000 kWh", 18000, "kWh", per="year", optional=True, s=("värme", "värme"), sp=VA, note="defines the example villa"),
        G("cirka 540 kronor per år", 540, "SEK", bound="approx", per="year", **L27, direction=INC, s=PF, sp=VA, note="the size of a change takes what changes"),
        G("45 kronor i månaden", 45, "SEK", per="month", **L27, direction=INC, s=PF, sp=VA),
        G("nästan 20 procent", 20, "percent", bound="approx", t=("2024", "2026"), lenient=True, direction=INC, s=("Kostnaderna för biobränsle", "Kostnaderna"), sp=PV, note="'sedan 2024'; 'våra lån' in the sentence"),
        G("drygt 600 miljoner kronor", 600e6, "SEK", bound="approx", t=FIVE, lenient=True, s=("ett nytt kraftvärmeverk", "kraftvärmeverk"), sp=PV, note="'under de kommande fem åren'; the goal of the money"),
        G("14 kilometer", 14, "km", t=FIVE, lenient=True, s=("ny ledning", "ledning"), sp=PV),
        G("11 procent", 11, "percent", t=("2022", "2026"), lenient=True, direction=INC, s=("våra priser", "priser"), sp=KH, note="quote; 'Sedan 2022'"),
        G("nästan 16 procent", 16, "percent", bound="approx", t=("2022", "2026"), lenient=True, direction=INC, s=("konsumentpriserna", "konsumentpriserna"), sp=KH),
        *_row(G, "Energipris vinter, kr/MWh", ["712", "742", "+4,2"], dc("MWh"), ("Energipris vinter", "Energipris"), note="table 'Priser för villakunder, kronor inklusive moms': '2026' / '2027' explicit, 'Förändring, %' 2027 lenient signed; per from each row label"),
        *_row(G, "Energipris vår och höst, kr/MWh", ["498", "518", "+4,0"], dc("MWh"), ("Energipris vår och höst", "Energipris")),
        *_row(G, "Energipris sommar, kr/MWh", ["214", "214", "0,0"], dc("MWh"), ("Energipris sommar", "Energipris"), note="'0,0': no direction"),
        *_row(G, "Effektpris, kr/kW och år", ["680", "712", "+4,7"], dc("year"), ("Effektpris", "Effektpris"), note="'kr/kW och år': the time unit wins (r20_a, r23_a)"),
        *_row(G, "Fast avgift, kr/år", ["2 950", "3 075", "+4,2"], dc("year"), ("Fast avgift", "avgift")),
        *_row(G, "Normalvilla totalt, kr/år", ["12 870", "13 410", "+4,2"], dc("year"), ("Priser för villakunder", "Priser")),
        G("20 lägenheter", 20, "count", optional=True, s=("lägenheter", "lägenheter"), sp=None, note="defines the example"),
        G("200 MWh per år", 200, "MWh", per="year", optional=True, s=("en förbrukning", "förbrukning"), sp=None, note="defines the example"),
        G("ungefär 5 800 kronor per år", 5800, "SEK", bound="approx", per="year", **L27, direction=INC, s=("höjningen", "höjningen"), sp=None),
        G("knappt 25 kronor", 25, "SEK", bound="approx", per="month", **L27, direction=INC, s=None, sp=None, note="'per lägenhet och månad': the time unit wins; 'Det motsvarar'"),
        G("över 1 000 MWh per år", 1000, "MWh", bound="more_than", per="year", optional=True, s=("en förbrukning", "förbrukning"), sp=None, note="threshold"),
        G("plats 38", 38, "ordinal", kind="ordinal", **L26, s=None, sp=("Boendekostnadsrapporten", "credited"), note="the company is the holder"),
        G("265 fjärrvärmeföretag", 265, "count", **L26, optional=True, s=("fjärrvärmeföretag", "fjärrvärmeföretag"), sp=("Boendekostnadsrapporten", "credited"), note="names the set"),
        G("13 410 kronor per år", 13410, "SEK", per="year", t=Y27, s=None, sp=PV, note="'Med 2027 års priser ... hos oss'; the payer is no subject"),
        G("14 260 kronor", 14260, "SEK", per="year", t=Y27, s=("rikssnittet", "rikssnittet"), sp=PV, note="the national average at one time; per carried"),
        G("ungefär 6 procent", 6, "percent", bound="approx", **L27, s=None, sp=None, note="'Det är ... lägre': one time"),
        G("mellan 2 och 4 procent", None, "percent", low=2, high=4, t=Y28, direction=INC, s=("priserna", "priserna"), sp=PV, note="'Vi bedömer ... priserna för 2028 ... höjas med'"),
        G("omkring 640 GWh", 640, "GWh", bound="approx", per="year", **L26, s=("värme", "värme"), sp=None),
        G("drygt 9 500 kunder", 9500, "count", bound="approx", **L26, s=("kunder", "kunder"), sp=None),
        G("Nästan 98 procent", 98, "percent", bound="approx", **L26, s=("värmen", "värmen"), sp=None, note="'X procent av Y' takes Y"),
    ]
    NEG["r33_b_fjarrvarme_2027"] = [
        N("1 januari 2027", note="title"), N("1 januari 2027", occ=2, note="places the change"),
        N("2024", note="places the change"), N("2022", note="places the change"),
        N("2026", ctx="Prisdel [2026]", note="column header"), N("2027", ctx="Prisdel 2026 [2027]", note="column header"),
        N("2027", ctx="Med [2027] års", note="places the price"), N("2028", note="places the forecast"),
        N("0520-49 81 00"), N("8–16", note="opening hours"), N("556503-2291", note="org number"),
    ]

    # ------------------------------------------------------------ 7. football club annual report 2025 (Markdown, dateline 24 mars 2026)
    LS = ("Lena Ståhlberg", "quote")
    PC = ("Bergslagens IF Fotboll", "publisher")
    NO7 = ("Nettoomsättningen", "Nettoomsättningen")
    AR = ("Årets resultat", "resultat")
    PS = ("Publiksnittet på hemmamatcherna i Allsvenskan", "Publiksnittet")
    IS = ("Intäkterna från spelarförsäljningar", "Intäkterna")
    TV = ("Intäkterna från tv- och medierättigheter", "Intäkterna")
    ÅK = ("Antalet sålda årskort", "Antalet")
    yc = lambda u, sc: [(u, sc, None, (y, y), F, F) for y in ("2025", "2024", "2023", "2022", "2021")]
    GOLD["r33_b_fotboll_ar2025"] = [
        G("142,6 miljoner kronor", 142.6e6, "SEK", **L25, s=NO7, sp=None, note="'Året i korthet' (the report's year)"),
        G("118,3", 118.3e6, "SEK", ctx="kronor ([118,3])", **L24, s=NO7, sp=None, note="unlabelled bracket: the year before"),
        G("8,4 miljoner kronor", 8.4e6, "SEK", **L25, s=AR, sp=None),
        G("−3,1", -3.1e6, "SEK", ctx="kronor ([−3,1])", **L24, s=AR, sp=None),
        G("21,7 miljoner kronor", 21.7e6, "SEK", **L25, s=("Det egna kapitalet", "kapitalet"), sp=None, note="'vid årets slut'"),
        G("9 842 åskådare", 9842, "count", **L25, direction=INC, s=PS, sp=None, note="', en ökning med'"),
        G("12 procent", 12, "percent", ctx="ökning med [12 procent].", **L25, direction=INC, s=PS, sp=None),
        G("sjätte plats", 6, "ordinal", kind="ordinal", **L25, s=None, sp=None, note="the team is the holder"),
        G("28 procent", 28, "percent", ctx="soliditet på [28 procent]", **L26, s=("en soliditet", "soliditet"), sp=LS, note="quote; 'i dag'"),
        G("minst 35 procent", 35, "percent", bound="at_least", t=Y28, s=None, sp=LS, note="target 'till 2028'; elided"),
        G("Drygt 70 procent", 70, "percent", bound="approx", **L26, s=("våra sponsorer", "sponsorer"), sp=LS, note="'har redan förlängt'; 'X procent av Y' takes Y"),
        G("38,2 miljoner kronor", 38.2e6, "SEK", **L25, direction=INC, s=IS, sp=None, note="'ökade till ... från'"),
        G("19,5 miljoner kronor", 19.5e6, "SEK", **L24, s=IS, sp=None, note="from-value 'året innan'"),
        G("två spelare", 2, "count", **L25, s=("spelare", "spelare"), sp=None),
        G("34,1 miljoner kronor", 34.1e6, "SEK", **L25, s=("Sponsorintäkterna", "Sponsorintäkterna"), sp=None),
        G("29,8 miljoner kronor", 29.8e6, "SEK", **L25, s=("matchintäkterna", "matchintäkterna"), sp=None),
        G("22,4 miljoner kronor", 22.4e6, "SEK", **L25, direction=INC, s=TV, sp=None, note="', en ökning med'"),
        G("drygt 9 procent", 9, "percent", bound="approx", **L25, direction=INC, s=TV, sp=None),
        G("61,3 miljoner kronor", 61.3e6, "SEK", **L25, s=("Personalkostnaderna för spelartruppen", "Personalkostnaderna"), sp=None),
        G("43 procent", 43, "percent", **L25, s=("nettoomsättningen", "nettoomsättningen"), sp=None, note="'vilket motsvarar X procent av Y' takes Y"),
        G("50 procent", 50, "percent", bound="at_most", s=("omsättningen", "omsättningen"), sp=("Förbundets rekommendation", "credited"), note="'inte ska överstiga': a negated bound; a standing rule: no period"),
        G("64 anställda", 64, "count", **L25, s=("anställda", "anställda"), sp=None),
        G("27", 27, "count", ctx="varav [27] i", **L25, s=None, sp=None, note="'varav'"),
        G("17 215 åskådare", 17215, "count", **L25, s=("Den högsta publiksiffran", "publiksiffran"), sp=None, note="'i augusti'"),
        G("8 630 åskådare per match", 8630, "count", per="match", **L25, s=("Snittet för hela Allsvenskan", "Snittet"), sp=None),
        G("ungefär 14 procent", 14, "percent", bound="approx", **L25, s=("åskådare", "åskådare"), sp=PC, note="'vi hade ... fler åskådare än ligan': one time"),
        G("5 120", 5120, "count", ctx="ökade till [5 120]", **L25, direction=INC, s=ÅK, sp=None),
        G("4 380", 4380, "count", ctx="från [4 380].", **L24, s=ÅK, sp=None, note="from-value"),
        *_row(G, "| Nettoomsättning", ["142,6", "118,3", "104,9", "96,2", "71,4"], yc("SEK", 1e6), ("Nettoomsättning", "Nettoomsättning"), sep=" | ", note="Markdown table 'Belopp i miljoner kronor' '2025' ... '2021' explicit; rows are measures"),
        *_row(G, "| Personalkostnader spelare", ["61,3", "55,8", "49,2", "45,0", "38,7"], yc("SEK", 1e6), ("Personalkostnader spelare", "Personalkostnader"), sep=" | "),
        *_row(G, "| Resultat efter finansiella poster", ["8,4", "−3,1", "2,2", "1,5", "−6,8"], yc("SEK", 1e6), ("Resultat efter finansiella poster", "Resultat"), sep=" | "),
        *_row(G, "| Eget kapital", ["21,7", "13,3", "16,4", "14,2", "12,7"], yc("SEK", 1e6), ("Eget kapital", "kapital"), sep=" | "),
        *_row(G, "| Publiksnitt, antal", ["9 842", "8 788", "8 105", "7 420", "3 150"], yc("count", 1), ("Publiksnitt", "Publiksnitt"), sep=" | "),
        *_row(G, "| Soliditet, %", ["28", "19", "24", "23", "21"], yc("percent", 1), ("Soliditet", "Soliditet"), sep=" | "),
        G("4 318 medlemmar", 4318, "count", t=Y25, s=("medlemmar", "medlemmar"), sp=None, note="'den 31 december 2025'"),
        G("drygt 650 barn", 650, "count", bound="approx", **L25, s=("barn och ungdomar", "barn"), sp=None),
        G("38 lag", 38, "count", **L25, s=("lag", "lag"), sp=None),
        G("18 år", 18, "year", ctx="under [18 år] var", bound="less_than", optional=True, s=None, sp=None, note="age threshold"),
        G("1 200 kronor per år", 1200, "SEK", per="year", **L25, s=("medlemsavgiften för en spelare under 18 år", "medlemsavgiften"), sp=None),
        G("mellan 125 och 135 miljoner kronor", None, "SEK", low=125e6, high=135e6, t=Y26, s=("en omsättning", "omsättning"), sp=("styrelsen", "credited"), note="budget 'Inför 2026'"),
        G("45 procent", 45, "percent", ctx="under [45 procent] av", bound="less_than", s=("omsättningen", "omsättningen"), sp=None, note="a standing target: no period"),
    ]
    NEG["r33_b_fotboll_ar2025"] = [
        N("2025", ctx="# Årsredovisning [2025]", note="title"), N("24 mars 2026", note="dateline"),
        N("2025", ctx="– [2025] blev", note="places the year"), N("2028", note="places the target"),
        N("2025", ctx="kronor | [2025] |", note="column header"), N("2024", ctx="| 2025 | [2024] |", note="column header"),
        N("2023", ctx="| 2024 | [2023] |", note="column header"), N("2022", ctx="| 2023 | [2022] |", note="column header"),
        N("2021", ctx="| 2022 | [2021] |", note="column header"),
        N("2021", ctx="Publiksnittet [2021] påverkades", note="places a remark"),
        N("31 december 2025", note="places the count"),
        N("2026", ctx="Inför [2026]", note="places the budget"), N("2025", ctx="under [2025].", note="places the comparison"),
        N("875001-3346", note="org number"),
    ]

    # ------------------------------------------------------------ 8. municipality's climate report 2025 (Publicerad 2 juni 2026)
    SL = ("Sara Lindqvist", "quote")
    TU = ("De territoriella utsläppen av växthusgaser", "utsläppen")
    UT = ("Territoriella utsläpp", "utsläpp")
    KU = ("De konsumtionsbaserade utsläppen", "utsläppen")
    FIVE8 = ("2026", "2030")
    ec = [("tonne", 1, None, Y25, F, F), ("tonne", 1, None, Y24, F, F), ("tonne", 1, None, ("1990", "1990"), F, F), ("percent", 1, None, Y25, F, True)]
    GOLD["r33_b_klimat_2025"] = [
        G("186 400 ton", 186400, "tonne", t=Y25, direction=DEC, s=TU, sp=None, note="'under 2025'; next sentence 'Det är 4,8 procent mindre än 2024'"),
        G("4,8 procent", 4.8, "percent", ctx="Det är [4,8 procent] mindre", **L25, direction=DEC, s=TU, sp=None, note="the size of a change takes what changes"),
        G("41 procent", 41, "percent", **L25, direction=DEC, s=TU, sp=None, note="'mindre än 1990': an earlier point"),
        G("3,9 ton", 3.9, "tonne", per="capita", **L25, s=("utsläppen", "utsläppen"), sp=None),
        G("4,6 ton", 4.6, "tonne", per="capita", **L25, s=None, sp=None, note="the country at one time; elided"),
        G("minst 70 procent", 70, "percent", bound="at_least", t=Y30, direction=DEC, s=("utsläppen", "utsläppen"), sp=("Kommunfullmäktige", "credited"), note="target 'till 2030 jämfört med 1990'"),
        G("knappt 13 procent per år", 13, "percent", bound="approx", per="year", t=FIVE8, lenient=True, direction=DEC, s=("utsläppen", "utsläppen"), sp=None, note="'under de kommande fem åren'"),
        G("mer än dubbelt så snabbt", 2, "number", bound="more_than", optional=True, s=None, sp=None, note="multiplier"),
        *_row(G, "Transporter", ["78 300", "83 100", "104 900", "−5,8"], ec, UT, note="table 'Tabell 1. Territoriella utsläpp efter sektor, ton koldioxidekvivalenter': '2025' / '2024' / '1990' explicit, 'Förändring 2024–2025, %' 2025 explicit signed; rows are sectors"),
        *_row(G, "Industri", ["41 200", "42 600", "96 400", "−3,3"], ec, UT),
        *_row(G, "Jordbruk", ["33 900", "34 300", "41 800", "−1,2"], ec, UT),
        *_row(G, "Arbetsmaskiner", ["16 100", "16 900", "14 200", "−4,7"], ec, UT),
        *_row(G, "Egen uppvärmning", ["6 700", "7 400", "42 100", "−9,5"], ec, UT),
        *_row(G, "El och fjärrvärme", ["4 600", "5 100", "12 300", "−9,8"], ec, UT),
        *_row(G, "Övrigt", ["5 600", "6 400", "3 700", "−12,5"], ec, UT),
        *_row(G, "Totalt", ["186 400", "195 800", "315 400", "−4,8"], ec, UT),
        G("42 procent", 42, "percent", **L25, s=("Transporterna", "Transporterna"), sp=None, note="'X står för Y' takes X"),
        G("6 140", 6140, "count", ctx="ökade till [6 140]", **L25, direction=INC, s=("Antalet laddbara personbilar i kommunen", "Antalet"), sp=None, note="'vid årets slut'"),
        G("23 procent", 23, "percent", **L25, s=("personbilsflottan", "personbilsflottan"), sp=None, note="'vilket motsvarar X procent av Y' takes Y"),
        G("87 procent", 87, "percent", **L25, s=("andelen förnybara drivmedel", "andelen"), sp=None),
        G("mellan 30 och 40 procent", None, "percent", low=30, high=40, t=FIVE8, lenient=True, direction=DEC, s=("utsläppen från transporterna", "utsläppen"), sp=SL, note="quote; 'på fem år'"),
        G("84 procent", 84, "percent", t=("1990", "2025"), lenient=True, direction=DEC, s=("Utsläppen från egen uppvärmning", "Utsläppen"), sp=None, note="'sedan 1990' up to the report's year"),
        G("1,8 megawatt", 1.8, "MW", **L26, s=("en sammanlagd effekt", "effekt"), sp=None, note="'i dag'"),
        G("drygt 1 600 megawattimmar", 1600, "MWh", bound="approx", t=Y25, s=("el", "el"), sp=None, note="'under 2025'"),
        G("omkring 7 ton per invånare", 7, "tonne", bound="approx", per="capita", **L25, s=KU, sp=None),
        G("nästan dubbelt så mycket", 2, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier; 'Det'"),
        G("högst 1 ton per person", 1, "tonne", bound="at_most", per="capita", s=("de konsumtionsbaserade utsläppen", "utsläppen"), sp=("Naturvårdsverket", "enligt"), note="a standing requirement: no period"),
        G("34 miljoner kronor", 34e6, "SEK", t=Y25, s=("klimatåtgärder", "klimatåtgärder"), sp=None, note="the goal of the money"),
        G("12 nya publika laddplatser", 12, "count", t=Y25, s=("nya publika laddplatser", "laddplatser"), sp=None),
        G("41 miljoner kronor", 41e6, "SEK", t=Y26, s=("Budgeten för klimatåtgärder 2026", "Budgeten"), sp=None),
        G("högst 0,5 ton per invånare", 0.5, "tonne", bound="at_most", per="capita", t=Y45, s=("de territoriella utsläppen", "utsläppen"), sp=None, note="target 'Till 2045'"),
    ]
    NEG["r33_b_klimat_2025"] = [
        N("2025", ctx="KLIMATREDOVISNING [2025]", note="title"), N("2 juni 2026", note="Publicerad"),
        N("2025", ctx="under [2025] till", note="places the claim"),
        N("2024", ctx="mindre än [2024] och", note="places the comparison"), N("1990", ctx="mindre än [1990].", note="places the comparison"),
        N("2030", ctx="procent till [2030] jämfört", note="places the target"), N("1990", ctx="jämfört med [1990] och", note="baseline year"),
        N("2045", ctx="senast [2045].", note="places the target"), N("2030", ctx="målet för [2030] behöver", note="names the target"),
        N("2025", ctx="som under [2025].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"),
        N("2025", ctx="Sektor [2025]", note="column header"), N("2024", ctx="Sektor 2025 [2024]", note="column header"),
        N("1990", ctx="Sektor 2025 2024 [1990]", note="column header"), N("2024–2025", note="column header"),
        N("2030", ctx="inte [2030]-målet", note="names the target"),
        N("1990", ctx="sedan [1990], när", note="places the change"),
        N("2025", ctx="under [2025] producerade", note="places the claim"),
        N("2025", ctx="Under [2025] investerade", note="places the claim"),
        N("2026", ctx="klimatåtgärder [2026] är", note="names the budget"),
        N("2045", ctx="Mål till [2045]", note="heading"), N("2045", ctx="Till [2045] ska", note="places the target"),
        N("0303-71 24 50"),
    ]

    return GOLD, NEG
