"""Round 21, part A (r21_a_*): gold annotations, written and committed before the pipeline was ever run on these texts.

Loaded by build_gold.py (`_round_files`): `annotate(G, N)` returns (GOLD, NEG) by document id.
"""
# --- round 21, part A (r21_a_*): eight kinds, written from scratch (r21_sources_a.md), annotated with subject and
# speaker (round 6 conventions) as a fact-checker reads them, before any run: a listed property company's year-end
# report for 2025 (dateline 'Örebro den 12 februari 2026' at the end; 'Siffror inom parentes avser motsvarande period
# 2024'; bullets under 'HELÅRET 2025' and 'FJÄRDE KVARTALET' with bracketed prior figures: hyresintäkter 'ökade med 6
# procent till 1 482 (1 398) Mkr', driftnetto 'förbättrades till', överskottsgrad, förvaltningsresultat and per aktie,
# 'Värdeförändringar på fastigheter uppgick till −212 (−1 087) Mkr', ekonomisk uthyrningsgrad 'vid årets utgång', a
# proposed dividend, 'Nettouthyrningen var positiv med 9 Mkr i årshyra'; a CEO paragraph 'VD KOMMENTERAR' ending in
# 'säger verkställande direktör'; 'FINANSIERING' with 'Belåningsgraden sjönk under året till 44,1 procent från 46,3
# procent vid utgången av 2024', average interest 'en nedgång med 0,38 procentenheter på tolv månader',
# räntetäckningsgrad '2,4 gånger', räntebindning and kapitalbindning in years; the portfolio in kvadratmeter,
# 'kronor per kvadratmeter', purchases and sales; a plain-text table 'Kv 4 2025' / 'Kv 4 2024' / 'Helår 2025' / 'Helår
# 2024'), a statistics agency's retail-trade release for October 2026 ('Publicerad 2026-11-27 kl. 08.00';
# försäljningsvolym 'säsongrensat' against September and 'kalenderkorrigerat' against 'oktober förra året', 'backade',
# 'lyfte', 'Mätt mot samma månad i fjol ... större', 'skiljer sig ... med 0,1 procentenheter', 'tappade', 'låg i stort
# sett stilla med en ökning på', prices and omsättning 'i löpande priser', e-commerce 'på tolv månader', 'Under perioden
# januari–oktober'; a plain-text table by branch with two-line headers 'Mot föregående månad (säsongrensat)' / 'Mot
# oktober 2025 (kalenderkorrigerat)' under 'Procentuell förändring', with an indented sub-branch), a region's ambulance
# response-time report for 2025 (Markdown, '*Region Hälsingmark, Prehospital vård · Publicerad 3 mars 2026*'; uppdrag
# 'vilket var 1 260 fler än året dessförinnan', 'har vuxit med drygt 12 procent sedan 2021', median minutes 'en halv
# minut snabbare än 2024 då medianen låg på', the target '90 procent ... inom 20 minuter', 'Utfallet blev 86,4 procent,
# jämfört med 85,1 procent året innan', municipalities 'mer än dubbelt så lång'; a Markdown table by municipality
# 'Uppdrag prio 1' / 'Mediantid, min' / 'Inom 20 min, %' / 'Inom 20 min 2024, %' with its caption below it; a new car
# 'tolv timmar om dygnet', a quote with 'ökat med ungefär 7 procentenheter' and 'minst 88 procent redan nästa år', money
# and 'kronor per invånare'), a municipality's culture and library statistics for 2025 ('Publicerad 18 februari 2026';
# besök '9 procent fler än 2024' and against 2019, 'Räknat per invånare blev det 7,8 besök, jämfört med 7,3 år 2019',
# lån 'en nedgång med 3,5 procent på ett år och 22 procent färre än 2019', '8,1 lån per invånare sex år tidigare',
# 'E-lånen har ... nästan tredubblats sedan 2019 och uppgick 2025 till', children's share, programme, meröppet
# 'mellan klockan 7 och 22', culture house, art gallery, kulturskolan '21 procent av alla barn i åldern 6–15 år', the
# queue 'mot 455 ett år tidigare', net cost 'eller 1 780 kronor per invånare. Det är 4 procent mer i löpande priser';
# a plain-text table '2019' / '2024' / '2025' / 'Förändring 2019–2025'), an UNDATED opinion piece on housing prices
# and incomes (no date, no sidecar; 'nästan tio gånger en medianinkomst', 'ungefär fyra och en halv årsinkomster',
# kronor per kvadratmeter by city, a range 'mellan 29 000 och 32 000 kronor per kvadratmeter', 'nästan två och en halv
# gånger så mycket', 'cirka 12 procent högre', 'För tjugo år sedan ... ungefär sex årsinkomster', 'mer än
# tredubblats', '15 procents kontantinsats', a saving example, 'hyrorna ofta 40 till 60 procent högre', 'var femte' /
# 'drygt var tredje', a numbered list of three proposals), a monthly air-passenger release for September 2026 dated
# only by its sidecar (2026-10-13; passengers 'en ökning med 4,8 procent mot samma månad i fjol', utrikes and inrikes,
# 'drygt 35 procent mindre än i september 2019', 'Hittills i år', 'Under årets nio första månader', airports, 'två
# tredjedelar', landings, kabinfaktor; a plain-text table 'Tusental passagerare; förändring i procent mot september
# 2025' with 'Totalt' / 'Utrikes' / 'Inrikes' / 'Förändr. %' and a '0' cell), an energy company's HTML page on
# district-heating prices from 1 January 2027 (cookie banner, menu, breadcrumb, related links, footer; 'Publicerad 30
# oktober 2026'; 'en typisk villa som använder 15 000 kWh per år', 'höjningen 2,4 procent, eller cirka 290 kronor om
# året', 'än inför 2026, då priset gick upp med 5,9 procent', 'höjs från 68,0 till 69,5 öre per kWh', 'ligger kvar på
# 38,0 öre', 'höjs med 120 kronor till 3 480 kronor per år'; an HTML table '2026' / '2027' / 'Förändring' whose rows
# carry their units 'öre/kWh' and 'kr/år'; a multi-dwelling example in MWh and 'kronor per kvadratmeter', first-person
# cost drivers and investments 'fram till 2029', 'på två år', the national comparison 'Enligt ...') and a football
# club's season summary 2026 ('Publicerad 19 november 2026'; 'i snitt 11 420 åskådare till sina 15 hemmamatcher',
# 'Det är 1 380 fler per match än i fjol', 'Det tidigare rekordet, 10 870, sattes under guldåret 2019', season tickets
# 'en ökning med 18 procent jämfört med 2025 och drygt 900 fler än rekordåret 2019', omsättning 'upp från', 'en
# fjärdedel mer än säsongen 2025', 'att jämföra med 44 miljoner ett år tidigare', deficit, costs, equity 'väntas sjunka
# till', a quote with a target for 'nästa år', 'sjätte plats', points, goals; a plain-text table '2026' / '2025' /
# '2019' with a 'Tabellplacering' row).
# The r8-r20 decisions are followed: periods at year grain (a quarter, a month, nine months take their year); a relative
# expression in the sentence ('i fjol', 'förra året', 'nästa år', 'Hittills i år', 'Under årets nio första månader')
# resolves against the publication date and is not lenient; a month without a year, a heading's, a caption's, a
# title's or the document's period, present tense, 'året innan' / 'året före' / 'ett år tidigare' / 'för ett år
# sedan' are lenient; brackets take the period their note names (not lenient); a level followed by ', upp från', ',
# jämfört med', ', att jämföra med', ', mot', ', en nedgång med', ', en ökning med', ', vilket var X fler' or a next
# sentence 'Det är X fler/mer' is the new value after a change, from-values have none; 'ligger kvar' and 'uppgick
# till' without a change have none; comparisons at one time (cities, municipalities, airports, two measures, book
# value) have no direction; a comparison with an earlier point ('22 procent färre än 2019', 'drygt 35 procent mindre än
# i september 2019', 'drygt 900 fler än rekordåret 2019') takes the current period with a direction; 'sedan 2021' /
# 'sedan 2019' spans from that year (not lenient); multipliers ('mer än dubbelt', 'nästan tredubblats', 'två och en
# halv gånger', 'mer än tredubblats') are optional, change sizes written as a fraction ('en fjärdedel mer') are
# required; thresholds and definitions of an example are optional; targets and demands are required; 'på tolv
# månader' in a monthly release is the rolling year ('2025', '2026') lenient; table cells take their column headers'
# periods (not lenient when the header has a year; a caption's period lenient), change columns take direction from the
# sign and a zero cell none; rows that are categories take the caption's measure as subject, rows that are measures
# their own label; öre are SEK/100 and 'öre per kWh' per="kWh"; 'per aktie' per="share", 'per invånare' per="capita",
# 'per kvadratmeter' per="m2"; 'gånger' is unit number; 'vilket motsvarar' / 'vilket var' / 'vilket innebar' / 'eller'
# / 'Det är' without a noun, elided nouns, a figure as grammatical subject and 'varav' have s None; the payer and the
# saver are no subject; the goal of money spent and the thing sold or priced is; a CEO paragraph ending in 'säger ...'
# credits every figure in it to the CEO; the op-ed's signatories are no speaker (r20); the UNDATED text has no period
# on any figure; age bands and age limits, priority levels ('prio 1'), list numbering and times of day are N.
# Where those were silent, decided here:
# - Property company: the bullets under 'HELÅRET 2025' and 'FJÄRDE KVARTALET' (no year; the report's year) take 2025
#   lenient; 'vid årets utgång' and 'Vid årsskiftet' in this report are the end of the report year (2025 lenient), not
#   the publication year. 'Driftnettot förbättrades till 1 016 (944) Mkr och överskottsgraden uppgick till 68,6 (67,5)':
#   'förbättrades' is an increase for the first figure only (the second has its own verb 'uppgick'). The value changes
#   '−212 (−1 087) Mkr' are change amounts written with a change noun: both decrease (the bracket too, since it is not
#   a from-value but the prior year's change; the usual 'brackets carry no direction' is about from-values).
#   'Styrelsen föreslår en utdelning om 2,20 (2,10) kronor per aktie': the board is credited for both figures, the
#   dividend takes the financial year 2025 (lenient). 'Nettouthyrningen var positiv med 9 Mkr i årshyra': a net change
#   in the rent roll, increase, per="year". In the CEO paragraph 'där indexuppräkningen stod för drygt två tredjedelar'
#   is a share of the growth with the noun elided (s None); 'ett tioårigt avtal ... om 11 400 kvadratmeter' takes
#   'avtal'. 'en nedgång med 0,38 procentenheter på tolv månader' in a year-end report runs from the end of 2024 to the
#   end of 2025: ('2024', '2025') lenient (as 'på ett år' in the library report). 'räntetäckningsgraden stärktes till
#   2,4 gånger' is an increase in unit number; räntebindning and kapitalbindning are unit year. 'förvärvades fem
#   fastigheter för 690 Mkr' gives the money to the goods bought, 'såldes för 245 Mkr' to the goods sold; 'cirka 4
#   procent över bokfört värde' has no noun (s None) and no direction. The number words 'fem fastigheter' and 'tre
#   mindre bostadsfastigheter' are required counts (as r20's 'två nya stolliftar'). Table: 'Kv 4 2025' etc. explicit.
# - Retail trade: the headline 'Detaljhandeln ökade försäljningen i oktober' has no figure. The lead's 'i oktober 2026'
#   makes its first figure explicit; the rest of the release takes 2026 lenient. A branch is the subject of its own
#   change ('Dagligvaruhandeln backade med 0,2 procent', as r6); 'för sällanköpsvaruhandeln blev uppgången 4,1 procent'
#   and 'Även järn- och bygghandeln gick bra med ett lyft på 5,8 procent' take the branch (the thing that changes; head
#   'bygghandeln'). 'apotekshandeln låg i stort sett stilla med en ökning på 0,3 procent' is an increase (the change is
#   stated). 'skiljer sig därför bara med 0,1 procentenheter' compares two measures at one time: no direction.
#   'Priserna ... i genomsnitt 1,2 procent högre än i oktober 2025' is a change over time (increase). Table: the two
#   columns are change columns under 'Procentuell förändring' with the caption's month (2026 lenient), subject the
#   caption's 'Försäljningsvolym'; the header's 'oktober 2025' is N.
# - Ambulance: the whole report is 2025; 'Under 2025 genomförde ... 41 730 uppdrag, vilket var 1 260 fler än året
#   dessförinnan': both explicit. 'Av uppdragen hade 11 940 den högsta prioriteten': figure as grammatical subject (s
#   None). 'en halv minut snabbare än 2024' is a required change size in minutes (decrease); the median '11,6 minuter'
#   is the new value (decrease). 'Regionens mål är att 90 procent ...' has no period and s 'mål'; every 'inom 20
#   minuter' is the metric's threshold (optional, at_most). 'Utfallet blev 86,4 procent, ... så målet nåddes inte heller
#   i år': 'i år' is read loosely as the report year (2025 lenient). 'tolv timmar om dygnet' (a number word) is required,
#   per="day", ('2025', '2026') lenient ('Sedan i maj', present tense). The quote's 'Under de sju månader bilen varit i
#   drift har andelen ... ökat med ungefär 7 procentenheter' is 2025 lenient; 'lyfta hela regionen till minst 88 procent
#   redan nästa år' is 2027 (the publication date's next year, not lenient), increase, s None (a place). 'eller ungefär
#   2 050 kronor per invånare' has s None. Table: caption below the table ('Prio 1-uppdrag 2025 per kommun') gives 2025
#   lenient to the first three columns; 'Inom 20 min 2024, %' is explicit; columns are measures (head 'Uppdrag',
#   'Mediantid', 'min').
# - Library: 'Räknat per invånare blev det 7,8 besök' is per="capita", increase (', jämfört med 7,3 år 2019'). 'en
#   nedgång med 3,5 procent på ett år' in an annual report is ('2024', '2025') lenient; '22 procent färre än 2019' takes
#   2025. '6,0 böcker, ljudböcker eller filmer' (per invånare, 'i genomsnitt' no bound) is a decrease (', att jämföra
#   med'); '8,1 lån per invånare sex år tidigare' is 2019 lenient. 'Stadsbiblioteket står för den största delen av
#   besöken, 188 900' takes 'besöken'. 'har meröppet-tiderna stått för cirka 16 procent av besöken på Stadsbiblioteket':
#   2025 lenient. 'Kommunens nettokostnad ... 71,2 miljoner kronor, eller 1 780 kronor per invånare. Det är 4 procent
#   mer i löpande priser än 2024': 'Det' covers both figures (both increase; the per-capita one s None). Table: '2019' /
#   '2024' / '2025' explicit, 'Förändring 2019–2025' ('2019', '2025') explicit with direction from the sign; the 'Lån
#   per invånare' row is per="capita" (its change cell not).
# - Housing op-ed (UNDATED): a price written as a number of annual incomes ('nästan tio gånger en medianinkomst',
#   'ungefär fyra och en halv årsinkomster', 'ungefär sex årsinkomster') is the price-to-income measure the piece is
#   about: required, unit number (unlike the optional comparison multiplier 'nästan två och en halv gånger så mycket
#   ... som'). 'I Stockholms innerstad ligger det kring 94 000 kronor per kvadratmeter' takes 'Kvadratmeterpriset' (the
#   previous sentence's subject that 'det' stands for); the other cities are elided (s None, per="m2" carried). The
#   range 'mellan 29 000 och 32 000 kronor per kvadratmeter' and '40 till 60 procent högre' are ranges (value None, low
#   and high). 'För tjugo år sedan' and 'i dag' give no period. '55 kvadratmeter', '15 procents kontantinsats' and '5
#   000 kronor i månaden' define examples (optional); the down payment '780 000 kronor' and the wait '13 år' are
#   required with s None. 'Bara var femte 25–34-åring': the counted noun is written with an age band: s None.
#   Proposals: 'Sänk kontantinsatskravet till 10 procent' is a demanded decrease (required, direction decrease); 'upp
#   till 300 000 kronor' at_most; 'minst 8 000 hyresrätter per år'; 'högst en tredjedel av en nettolön' (ratio, at_most,
#   s 'nettolön'); 'tre åtgärder' counts the list (optional); 'under 35 år' is an age limit (N).
# - Air passengers (sidecar 2026-10-13): 'Under september' (no year) is 2026 lenient. 'vilket innebar ett tapp med 0,9
#   procent' has s None. 'Hittills i år har 20,3 miljoner passagerare flugit ..., en ökning med 3,6 procent jämfört med
#   motsvarande period 2025' is 2026 explicit. An airport as grammatical subject ('Strandby flygplats tappade däremot
#   8,2 procent') stands for its traffic: s None (a place), while 'På Vindeby flygplats ökade trafiken' takes
#   'trafiken'. 'två tredjedelar av bolagets totala trafik' takes 'trafik'. Table: 'Tusental passagerare' scales the
#   three count columns by 1 000; the caption's September 2026 is lenient for all four columns; 'Förändr. %' is a
#   change column; the 'Övriga fem' row's '0' cell is a count of zero; its label's 'fem' is left out.
# - District heating (HTML): the new prices are 2027 lenient (heading and lead name 1 January 2027); the present prices
#   ('från 68,0') 2026 lenient; 'inför 2026, då priset gick upp med 5,9 procent' is 2026 explicit. 'blev höjningen 2,4
#   procent' takes the thing that changes from the previous sentence ('fjärrvärmepriset'). 'höjs med 120 kronor till 3
#   480 kronor per år': both per="year". Table: columns '2026' / '2027' explicit, 'Förändring' the change to the new
#   year (2027 lenient, direction from the sign, '0,0 %' none); rows carry their own unit ('öre/kWh' SEK/100 per kWh,
#   'kr/år' per year) and name their measure; the row label's '15 000 kWh' names the example house (N).
#   '103 kronor per kvadratmeter' (per="m2") has s None ('vilket motsvarar'). Speaker: the company's explicitly
#   first-person sentences ('vi investerar', 'har vi sänkt våra egna driftskostnader', 'mer än hos oss') are credited
#   to 'Vänerstrand Energi' (publisher); the plain price statements (also 'vi justerar' in the lead) are plain reporting
#   (sp None), as r20's fee page. 'vi investerar 210 miljoner kronor i en ny ackumulatortank och i att förnya 14
#   kilometer ledningar fram till 2029' spans ('2026', '2029') explicit; 'sänkt ... med 11 miljoner kronor på två år'
#   spans ('2024', '2026') lenient. 'Enligt den senaste nationella jämförelsen betalar en typvilla ... 13 900 kronor per
#   år': speaker 'den senaste nationella jämförelsen' (enligt), s None (the payer), 2026 lenient.
# - Football club: 'i snitt 11 420 åskådare till sina 15 hemmamatcher i allsvenskan 2026' is an average per match
#   (per="match"), explicit; so are '1 380 fler per match', 'Det tidigare rekordet, 10 870' (2019 explicit, s
#   'rekordet'), the quote's 'över 11 000' and the table's 'Publiksnitt' row. 'Derbyt ... var utsålt med 16 050 på
#   läktarna' has s None (noun elided). 'drygt 900 fler än rekordåret 2019' is the season-ticket count against a point
#   (2026 lenient, increase). 'klubben räknar med ett underskott på runt 6 miljoner kronor' (third person) has no
#   speaker. 'målet är ett överskott på minst 5 miljoner nästa år' (quote) is 2027, at_least. 'slutade på sjätte plats'
#   is an ordinal with s None (the team); 'åtta poäng från en Europaplats' is a distance at one time (no direction).
#   Table: '2026' / '2025' / '2019' explicit; 'Omsättning, mkr' SEK 1e6; 'Tabellplacering' unit ordinal.
# - Negatives: datelines and Publicerad lines, titles', headings', captions', breadcrumbs' and column headers' periods,
#   years and dates that only place a claim, the next-release date, table numbers, times of day and opening hours,
#   priority levels ('prio 1'), age bands and limits ('30-åring', '25–34', 'under 35 år', 'under 25 år', '6–15 år'),
#   list numbering, the example's kWh in a row label, phone numbers, street addresses and Box numbers, postal codes, org
#   numbers and the copyright year.
# - Left out on purpose (number words with no figure of their own, neither G nor N): 'tioårigt', 'tredje månaden i
#   rad', 'lika många handelsdagar', 'sju månader', 'sex år tidigare', 'För tjugo år sedan', 'ett par år', 'nio första
#   månader', 'på två år', 'slutade sexa', the row label 'Övriga fem', 'i jämförbart bestånd'.
from __future__ import annotations

from gold_tables import row as _row  # noqa: E402  (the shared table-row helper)

Y = {y: (y, y) for y in ("2019", "2024", "2025", "2026", "2027")}


def annotate(G, N):
    GOLD, NEG = {}, {}
    Y19, Y24, Y25, Y26, Y27 = (Y[y] for y in ("2019", "2024", "2025", "2026", "2027"))
    L24 = dict(t=Y24, lenient=True)
    L25 = dict(t=Y25, lenient=True)
    L26 = dict(t=Y26, lenient=True)
    L27 = dict(t=Y27, lenient=True)
    R12 = dict(t=("2025", "2026"), lenient=True)
    Y1 = dict(t=("2024", "2025"), lenient=True)
    F = False

    # ------------------------------------------------------------ 1. property company, year-end report 2025 (dateline 12 februari 2026)
    HR = ("Hyresintäkterna", "Hyresintäkterna")
    DN = ("Driftnettot", "Driftnettot")
    OG = ("överskottsgraden", "överskottsgraden")
    FR = ("Förvaltningsresultatet", "Förvaltningsresultatet")
    VF = ("Värdeförändringar på fastigheter", "Värdeförändringar")
    UG = ("Den ekonomiska uthyrningsgraden", "uthyrningsgraden")
    UT = ("en utdelning", "utdelning")
    BG = ("Belåningsgraden", "Belåningsgraden")
    RA = ("Den genomsnittliga räntan i skuldportföljen", "räntan")
    AS = ("Annika Ström", "quote")
    STY = ("Styrelsen", "credited")
    kv = lambda u, sc: [(u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F), (u, sc, None, Y25, F, F), (u, sc, None, Y24, F, F)]
    GOLD["r21_a_fastighet_bokslut"] = [
        G("6 procent", 6, "percent", ctx="ökade med [6 procent]", **L25, direction="increase", s=HR, sp=None, note="heading 'HELÅRET 2025'"),
        G("1 482", 1482e6, "SEK", ctx="till [1 482] (1 398)", **L25, direction="increase", s=HR, sp=None),
        G("1 398", 1398e6, "SEK", ctx="1 482 ([1 398]) Mkr", t=Y24, s=HR, sp=None, note="bracket: 'motsvarande period 2024'"),
        G("1 016", 1016e6, "SEK", ctx="till [1 016] (944)", **L25, direction="increase", s=DN, sp=None, note="'förbättrades till'"),
        G("944", 944e6, "SEK", ctx="1 016 ([944]) Mkr", t=Y24, s=DN, sp=None),
        G("68,6", 68.6, "percent", ctx="till [68,6] (67,5)", **L25, s=OG, sp=None, note="its own verb 'uppgick till': no direction"),
        G("67,5", 67.5, "percent", ctx="68,6 ([67,5]) procent", t=Y24, s=OG, sp=None),
        G("583", 583e6, "SEK", ctx="blev [583] (541)", **L25, s=FR, sp=None),
        G("541", 541e6, "SEK", ctx="583 ([541]) Mkr", t=Y24, s=FR, sp=None),
        G("4,37", 4.37, "SEK", ctx="motsvarande [4,37] (4,06)", per="share", **L25, s=FR, sp=None),
        G("4,06", 4.06, "SEK", ctx="4,37 ([4,06]) kronor", per="share", t=Y24, s=FR, sp=None),
        G("−212", -212e6, "SEK", ctx="till [−212] (−1 087)", **L25, direction="decrease", s=VF, sp=None, note="a change noun with a negative value"),
        G("−1 087", -1087e6, "SEK", ctx="−212 ([−1 087]) Mkr", t=Y24, direction="decrease", s=VF, sp=None, note="the bracket is itself a change amount, not a from-value: decrease"),
        G("93,8", 93.8, "percent", ctx="var [93,8] (94,6)", **L25, s=UG, sp=None, note="'vid årets utgång' is the report year (heading), not the publication year"),
        G("94,6", 94.6, "percent", ctx="93,8 ([94,6]) procent", t=Y24, s=UG, sp=None),
        G("2,20", 2.20, "SEK", ctx="om [2,20] (2,10)", per="share", **L25, s=UT, sp=STY, note="'Styrelsen föreslår': the dividend for the financial year 2025"),
        G("2,10", 2.10, "SEK", ctx="2,20 ([2,10]) kronor", per="share", t=Y24, s=UT, sp=STY),
        G("378", 378e6, "SEK", ctx="till [378] (356)", **L25, direction="increase", s=HR, sp=None, note="heading 'FJÄRDE KVARTALET' in the 2025 report"),
        G("356", 356e6, "SEK", ctx="378 ([356]) Mkr", t=Y24, s=HR, sp=None),
        G("149", 149e6, "SEK", ctx="på [149] (131)", **L25, s=FR, sp=None, note="'landade på': no direction"),
        G("131", 131e6, "SEK", ctx="149 ([131]) Mkr", t=Y24, s=FR, sp=None),
        G("9 Mkr", 9e6, "SEK", per="year", **L25, direction="increase", s=("Nettouthyrningen", "Nettouthyrningen"), sp=None, note="'var positiv med ... i årshyra': a net change of the rent roll, per year"),
        G("4,9 procent", 4.9, "percent", **L25, direction="increase", s=("hyresintäkterna", "hyresintäkterna"), sp=AS, note="CEO paragraph ending in 'säger verkställande direktör'"),
        G("drygt två tredjedelar", 2 / 3, "ratio", bound="approx", **L25, s=None, sp=AS, note="elided 'av tillväxten'"),
        G("11 400 kvadratmeter", 11400, "m2", **L25, s=("ett tioårigt avtal", "avtal"), sp=AS, note="'Under hösten'"),
        G("44,1 procent", 44.1, "percent", **L25, direction="decrease", s=BG, sp=None, note="'sjönk under året till ... från'"),
        G("46,3 procent", 46.3, "percent", t=Y24, s=BG, sp=None, note="'vid utgången av 2024'"),
        G("3,42 procent", 3.42, "percent", **L25, direction="decrease", s=RA, sp=None, note="', en nedgång med'"),
        G("0,38 procentenheter", 0.38, "percentage_point", **Y1, direction="decrease", s=RA, sp=None, note="'på tolv månader' up to the year-end: end of 2024 to end of 2025"),
        G("2,4 gånger", 2.4, "number", **L25, direction="increase", s=("räntetäckningsgraden", "räntetäckningsgraden"), sp=None, note="'stärktes till'"),
        G("2,8 år", 2.8, "year", **L25, s=("Den genomsnittliga räntebindningstiden", "räntebindningstiden"), sp=None),
        G("4,1 år", 4.1, "year", **L25, s=("kapitalbindningen", "kapitalbindningen"), sp=None),
        G("1 650 Mkr", 1650e6, "SEK", **L25, s=("Likvida medel och outnyttjade kreditlöften", "medel"), sp=None),
        G("214 fastigheter", 214, "count", **L25, s=("fastigheter", "fastigheter"), sp=None, note="'Vid årsskiftet': the end of the report year"),
        G("1,36 miljoner kvadratmeter", 1.36e6, "m2", **L25, s=("en uthyrbar area", "area"), sp=None),
        G("24,9 miljarder kronor", 24.9e9, "SEK", **L25, s=("Marknadsvärdet", "Marknadsvärdet"), sp=None),
        G("omkring 18 300 kronor", 18300, "SEK", bound="approx", per="m2", **L25, s=None, sp=None, note="'vilket motsvarar'"),
        G("fem fastigheter", 5, "count", **L25, s=("fastigheter", "fastigheter"), sp=None, note="'Under året'"),
        G("690 Mkr", 690e6, "SEK", **L25, s=("fem fastigheter", "fastigheter"), sp=None, note="the goal of the money"),
        G("tre mindre bostadsfastigheter", 3, "count", **L25, s=("mindre bostadsfastigheter", "bostadsfastigheter"), sp=None),
        G("245 Mkr", 245e6, "SEK", **L25, s=("tre mindre bostadsfastigheter", "bostadsfastigheter"), sp=None, note="the thing sold"),
        G("cirka 4 procent", 4, "percent", bound="approx", **L25, s=None, sp=None, note="over book value at one time: no direction"),
        *_row(G, "Hyresintäkter, Mkr", ["378", "356", "1 482", "1 398"], kv("SEK", 1e6), ("Hyresintäkter", "Hyresintäkter"), note="table 'NYCKELTAL': 'Kv 4 2025' / 'Kv 4 2024' / 'Helår 2025' / 'Helår 2024' (explicit)"),
        *_row(G, "Driftnetto, Mkr", ["258", "236", "1 016", "944"], kv("SEK", 1e6), ("Driftnetto", "Driftnetto")),
        *_row(G, "Förvaltningsresultat, Mkr", ["149", "131", "583", "541"], kv("SEK", 1e6), ("Förvaltningsresultat", "Förvaltningsresultat")),
        *_row(G, "Överskottsgrad, %", ["68,3", "66,3", "68,6", "67,5"], kv("percent", 1), ("Överskottsgrad", "Överskottsgrad")),
    ]
    NEG["r21_a_fastighet_bokslut"] = [
        N("januari–december 2025", note="title"), N("2024", ctx="period [2024].", note="bracket note"),
        N("2025", ctx="HELÅRET [2025]", note="heading"), N("2024", ctx="utgången av [2024]", note="places the from-value"),
        N("4", ctx="Kv [4] 2025", note="column header"), N("2025", ctx="Kv 4 [2025] Kv", note="column header"),
        N("4", ctx="Kv [4] 2024", note="column header"), N("2024", ctx="Kv 4 [2024] Helår", note="column header"),
        N("2025", ctx="Helår [2025] Helår", note="column header"), N("2024", ctx="Helår [2024] Hyresintäkter", note="column header"),
        N("12 februari 2026", note="dateline"), N("556893-4172", note="org number"), N("019-770 41 00"),
    ]

    # ------------------------------------------------------------ 2. retail trade, October 2026 (Publicerad 2026-11-27)
    FVN = ("Försäljningsvolym", "Försäljningsvolym")
    rt = [("percent", 1, None, Y26, True, True), ("percent", 1, None, Y26, True, True)]
    GOLD["r21_a_detaljhandel_oktober"] = [
        G("0,7 procent", 0.7, "percent", t=Y26, direction="increase", s=("Försäljningsvolymen i detaljhandeln", "Försäljningsvolymen"), sp=None, note="'i oktober 2026 jämfört med september, säsongrensat'"),
        G("2,9 procent", 2.9, "percent", **L26, direction="increase", s=("volymen", "volymen"), sp=None, note="'Jämfört med oktober förra året': the current month"),
        G("0,2 procent", 0.2, "percent", **L26, direction="decrease", s=("Dagligvaruhandeln", "Dagligvaruhandeln"), sp=None, note="'backade ... från september'"),
        G("1,3 procent", 1.3, "percent", ctx="lyfte med [1,3 procent]", **L26, direction="increase", s=("sällanköpsvaruhandeln", "sällanköpsvaruhandeln"), sp=None),
        G("1,4 procent", 1.4, "percent", **L26, direction="increase", s=("dagligvaruvolymen", "dagligvaruvolymen"), sp=None, note="'Mätt mot samma månad i fjol ... större'"),
        G("4,1 procent", 4.1, "percent", ctx="uppgången [4,1 procent]", **L26, direction="increase", s=("sällanköpsvaruhandeln", "sällanköpsvaruhandeln"), sp=None, note="the size of a change: the thing that changes"),
        G("0,1 procentenheter", 0.1, "percentage_point", **L26, s=("Den kalenderkorrigerade och den okorrigerade årsutvecklingen", "årsutvecklingen"), sp=None, note="two measures at one time: no direction"),
        G("9,6 procent", 9.6, "percent", ctx="var [9,6 procent]", **L26, direction="increase", s=("volymen", "volymen"), sp=None, note="'högre än för ett år sedan'"),
        G("5,8 procent", 5.8, "percent", ctx="lyft på [5,8 procent]", **L26, direction="increase", s=("järn- och bygghandeln", "bygghandeln"), sp=None),
        G("2,3 procent", 2.3, "percent", ctx="tappade däremot [2,3 procent]", **L26, direction="decrease", s=("Klädhandeln", "Klädhandeln"), sp=None),
        G("0,3 procent", 0.3, "percent", ctx="ökning på [0,3 procent]", **L26, direction="increase", s=("apotekshandeln", "apotekshandeln"), sp=None, note="'låg i stort sett stilla med en ökning på': the change is stated"),
        G("1,2 procent", 1.2, "percent", **L26, direction="increase", s=("Priserna i detaljhandeln", "Priserna"), sp=None, note="'högre än i oktober 2025'; 'i genomsnitt' is no bound"),
        G("4,1 procent", 4.1, "percent", ctx="omsättningen därmed med [4,1 procent]", **L26, direction="increase", s=("omsättningen", "omsättningen"), sp=None),
        G("61,8 miljarder kronor", 61.8e9, "SEK", **L26, s=("Den totala omsättningen i detaljhandeln", "omsättningen"), sp=None, note="'under månaden'"),
        G("7,4 procent", 7.4, "percent", **R12, direction="increase", s=("E-handeln", "E-handeln"), sp=None, note="'på tolv månader': the rolling year"),
        G("13 procent", 13, "percent", **L26, s=("detaljhandelns försäljning", "försäljning"), sp=None),
        G("2,1 procent", 2.1, "percent", **L26, direction="increase", s=("försäljningsvolymen", "försäljningsvolymen"), sp=None, note="'Under perioden januari–oktober' (no year) against 'motsvarande månader 2025'"),
        *_row(G, "Detaljhandel totalt", ["+0,7", "+2,9"], rt, FVN, note="table 'Försäljningsvolym per bransch, oktober 2026' (caption: lenient), 'Procentuell förändring': 'Mot föregående månad (säsongrensat)' / 'Mot oktober 2025 (kalenderkorrigerat)': change columns"),
        *_row(G, "Dagligvaruhandel", ["−0,2", "+1,4"], rt, FVN),
        *_row(G, "Sällanköpsvaruhandel", ["+1,3", "+4,1"], rt, FVN),
        *_row(G, "Klädhandel", ["−0,9", "−2,3"], rt, FVN, note="indented sub-branch"),
        *_row(G, "Hemelektronik", ["+2,4", "+9,6"], rt, FVN),
        *_row(G, "Järn- och bygghandel", ["+1,7", "+5,8"], rt, FVN),
        *_row(G, "Apotekshandel", ["+0,1", "+0,3"], rt, FVN),
    ]
    NEG["r21_a_detaljhandel_oktober"] = [
        N("2026-11-27"), N("08.00", note="time of day"), N("oktober 2026", ctx="försäljning, [oktober 2026]", note="title"),
        N("oktober 2026", ctx="i [oktober 2026] jämfört", note="places the claim"),
        N("Oktober 2026", note="places the calendar remark"), N("oktober 2025", ctx="som [oktober 2025].", note="places the calendar remark"),
        N("oktober 2025", ctx="i [oktober 2025].", note="places the comparison"), N("2025", ctx="månader [2025].", note="places the comparison"),
        N("1", ctx="Tabell [1].", note="table number"), N("oktober 2026", ctx="bransch, [oktober 2026]", note="caption"),
        N("oktober 2025", ctx="Mot [oktober 2025]", note="column header"), N("2026-12-29", note="next release"), N("010-455 82 17"),
    ]

    # ------------------------------------------------------------ 3. ambulance response times 2025 (Markdown, Publicerad 3 mars 2026)
    UP = ("uppdrag", "uppdrag")
    MD = ("mediantiden", "mediantiden")
    UF = ("Utfallet", "Utfallet")
    JH = ("Jonas Hedlund", "quote")
    am = [("count", 1, None, Y25, True, False), ("minute", 1, None, Y25, True, False), ("percent", 1, None, Y25, True, False),
          ("percent", 1, None, Y24, False, False)]
    AMS = [("Uppdrag prio 1", "Uppdrag"), ("Mediantid", "Mediantid"), ("Inom 20 min", "min"), ("Inom 20 min", "min")]
    GOLD["r21_a_ambulans_2025"] = [
        G("41 730 uppdrag", 41730, "count", t=Y25, direction="increase", s=UP, sp=None, note="'Under 2025'; ', vilket var 1 260 fler än året dessförinnan'"),
        G("1 260", 1260, "count", t=Y25, direction="increase", s=UP, sp=None, note="same sentence as 'Under 2025'"),
        G("11 940", 11940, "count", **L25, s=None, sp=None, note="'Av uppdragen hade': figure as grammatical subject, noun elided"),
        G("drygt 12 procent", 12, "percent", bound="approx", t=("2021", "2025"), direction="increase", s=("Antalet uppdrag", "Antalet"), sp=None, note="'har vuxit ... sedan 2021'"),
        G("11,6 minuter", 11.6, "minute", **L25, direction="decrease", s=MD, sp=None, note="', en halv minut snabbare än 2024'"),
        G("en halv minut", 0.5, "minute", **L25, direction="decrease", s=MD, sp=None, note="a change size written in words: required"),
        G("12,1 minuter", 12.1, "minute", t=Y24, s=("medianen", "medianen"), sp=None, note="'2024 då medianen låg på'"),
        G("90 procent", 90, "percent", s=("Regionens mål", "mål"), sp=None, note="target with no date; third person"),
        G("20 minuter", 20, "minute", ctx="nås inom [20 minuter]. Utfallet", bound="at_most", optional=True, s=None, sp=None, note="'inom': defines the metric"),
        G("86,4 procent", 86.4, "percent", **L25, direction="increase", s=UF, sp=None, note="', jämfört med 85,1 procent året innan'; 'i år' loosely for the report year"),
        G("85,1 procent", 85.1, "percent", **L24, s=UF, sp=None, note="'året innan'"),
        G("97,2 procent", 97.2, "percent", **L25, s=("patienterna", "patienterna"), sp=None, note="a share 'X procent av patienterna'; places at one time"),
        G("20 minuter", 20, "minute", ctx="patienterna inom [20 minuter]. I", bound="at_most", optional=True, s=None, sp=None),
        G("58,3 procent", 58.3, "percent", ctx="bara [58,3 procent]", **L25, s=("andelen", "andelen"), sp=None),
        G("18,9 minuter", 18.9, "minute", ctx="mediantiden [18,9 minuter]", **L25, s=MD, sp=None),
        G("mer än dubbelt", 2, "number", bound="more_than", optional=True, **L25, s=None, sp=None, note="multiplier between two places: no direction"),
        *_row(G, "Norrvik", ["4 310", "8,4", "97,2", "96,8"], am, AMS, sep=" | ", note="Markdown table, caption 'Prio 1-uppdrag 2025 per kommun' (lenient): 'Uppdrag prio 1' / 'Mediantid, min' / 'Inom 20 min, %' / 'Inom 20 min 2024, %' (explicit)"),
        *_row(G, "Sandhamra", ["2 870", "11,2", "88,5", "86,9"], am, AMS, sep=" | "),
        *_row(G, "Bergsjöås", ["2 190", "13,7", "79,1", "80,4"], am, AMS, sep=" | "),
        *_row(G, "Ödalen", ["1 420", "18,9", "58,3", "54,0"], am, AMS, sep=" | "),
        *_row(G, "Lillfors", ["1 150", "15,5", "70,6", "68,2"], am, AMS, sep=" | "),
        G("ungefär 7 procentenheter", 7, "percentage_point", bound="approx", **L25, direction="increase", s=("andelen som nås inom 20 minuter i Ödalen", "andelen"), sp=JH, note="'Under de sju månader bilen varit i drift' (since May of the report year)"),
        G("20 minuter", 20, "minute", ctx="nås inom [20 minuter] i Ödalen", bound="at_most", optional=True, s=None, sp=JH),
        G("minst 88 procent", 88, "percent", bound="at_least", t=Y27, direction="increase", s=None, sp=JH, note="'redan nästa år' from the publication date; 'lyfta hela regionen till': a place is no subject"),
        G("tolv timmar", 12, "hour", per="day", t=("2025", "2026"), lenient=True, s=None, sp=None, note="'Sedan i maj bemannas ... tolv timmar om dygnet': staffing since May of the report year, present tense"),
        G("14,5 miljoner kronor", 14.5e6, "SEK", **L25, s=("den nya bilen", "bilen"), sp=None, note="the goal of the money"),
        G("612 miljoner kronor", 612e6, "SEK", t=Y25, s=("Ambulanssjukvården", "Ambulanssjukvården"), sp=None),
        G("ungefär 2 050 kronor", 2050, "SEK", bound="approx", per="capita", t=Y25, s=None, sp=None, note="', eller': a restatement with no noun"),
    ]
    NEG["r21_a_ambulans_2025"] = [
        N("2025", ctx="insatstider [2025]", note="title"), N("3 mars 2026"), N("2025", ctx="Under [2025] genomförde", note="places the claim"),
        N("1", ctx="prio [1]. Antalet", note="priority level"), N("2021", note="places the span"),
        N("1", ctx="För prio [1]-larm", note="priority level"), N("2024", ctx="snabbare än [2024]", note="places the earlier value"),
        N("1", ctx="av prio [1]-patienterna", note="priority level"),
        N("1", ctx="Uppdrag prio [1] |", note="column header"), N("20", ctx="Inom [20] min, % | Inom", note="column header"),
        N("20", ctx="Inom [20] min 2024", note="column header"), N("2024", ctx="min [2024], %", note="column header"),
        N("1", ctx="Prio [1]-uppdrag", note="caption"), N("2025", ctx="uppdrag [2025] per", note="caption"),
        N("2025", ctx="kronor [2025], eller", note="places the claim"), N("0650-93 21 00"),
    ]

    # ------------------------------------------------------------ 4. culture and library statistics 2025 (Publicerad 18 februari 2026)
    BS = ("besök", "besök")
    FM = ("fysiska medier", "medier")
    EL = ("E-lånen", "E-lånen")
    BA = ("Barnens andel av utlåningen", "andel")
    KQ = ("Kön till kulturskolan", "Kön")
    NK = ("Kommunens nettokostnad för bibliotek och kultur", "nettokostnad")
    D = ("2019", "2025")
    bt = lambda per: [("count", 1, per, Y19, F, F), ("count", 1, per, Y24, F, F), ("count", 1, per, Y25, F, F),
                      ("percent", 1, None, D, F, True)]
    GOLD["r21_a_kultur_bibliotek_2025"] = [
        G("sex bibliotek", 6, "count", **L25, s=("bibliotek", "bibliotek"), sp=None),
        G("312 400 besök", 312400, "count", t=Y25, direction="increase", s=BS, sp=None, note="'under 2025'; next sentence 'Det är 9 procent fler än 2024'"),
        G("9 procent", 9, "percent", **L25, direction="increase", s=None, sp=None, note="'Det är': no noun"),
        G("298 700 besökare", 298700, "count", t=Y19, s=("besökare", "besökare"), sp=None, note="'2019, då biblioteken tog emot'"),
        G("7,8 besök", 7.8, "count", per="capita", **L25, direction="increase", s=BS, sp=None, note="'Räknat per invånare'; ', jämfört med 7,3 år 2019'"),
        G("7,3", 7.3, "count", ctx="med [7,3] år", per="capita", t=Y19, s=BS, sp=None),
        G("241 600 fysiska medier", 241600, "count", **L25, direction="decrease", s=FM, sp=None, note="', en nedgång med'"),
        G("3,5 procent", 3.5, "percent", **Y1, direction="decrease", s=FM, sp=None, note="'på ett år' in an annual 2025 report: 2024 to 2025"),
        G("22 procent", 22, "percent", ctx="och [22 procent] färre", **L25, direction="decrease", s=FM, sp=None, note="'färre än 2019': against a point, the current year"),
        G("6,0", 6.0, "count", ctx="genomsnitt [6,0] böcker", per="capita", **L25, direction="decrease", s=("böcker, ljudböcker eller filmer", "böcker"), sp=None, note="', att jämföra med 8,1 lån per invånare sex år tidigare'"),
        G("8,1 lån", 8.1, "count", per="capita", t=Y19, lenient=True, s=("lån", "lån"), sp=None, note="'sex år tidigare'"),
        G("nästan tredubblats", 3, "number", bound="approx", t=D, direction="increase", optional=True, s=EL, sp=None, note="multiplier 'sedan 2019'"),
        G("58 900", 58900, "count", ctx="till [58 900].", t=Y25, direction="increase", s=EL, sp=None, note="'uppgick 2025 till': the new value"),
        G("44 procent", 44, "percent", **L25, direction="increase", s=BA, sp=None, note="'ökade till ..., från'"),
        G("39 procent", 39, "percent", **L24, s=BA, sp=None, note="'året före'"),
        G("1 180 programpunkter", 1180, "count", **L25, s=("programpunkter", "programpunkter"), sp=None),
        G("knappt hälften", 0.5, "ratio", bound="approx", **L25, s=None, sp=None, note="'varav': pronoun"),
        G("21 350 deltagare", 21350, "count", **L25, s=("deltagare", "deltagare"), sp=None),
        G("188 900", 188900, "count", **L25, s=("besöken", "besöken"), sp=None, note="apposition to 'den största delen av besöken'"),
        G("cirka 16 procent", 16, "percent", bound="approx", **L25, s=("besöken på Stadsbiblioteket", "besöken"), sp=None, note="'Sedan starten' (March of the report year)"),
        G("84 300 besökare", 84300, "count", **L25, direction="increase", s=("besökare", "besökare"), sp=None),
        G("12 400", 12400, "count", ctx="ökning med [12 400]", **L25, direction="increase", s=("besökare", "besökare"), sp=None),
        G("sju utställningar", 7, "count", **L25, s=("utställningar", "utställningar"), sp=None),
        G("26 700 personer", 26700, "count", **L25, s=("personer", "personer"), sp=None),
        G("1 540 elever", 1540, "count", **L25, s=("elever", "elever"), sp=None),
        G("21 procent", 21, "percent", **L25, s=("alla barn i åldern 6–15 år i kommunen", "barn"), sp=None, note="'vilket motsvarar X procent av <noun>': the noun"),
        G("310 barn", 310, "count", **L25, direction="decrease", s=KQ, sp=None, note="'vid årsskiftet'; ', mot 455 ett år tidigare'"),
        G("455", 455, "count", ctx="mot [455] ett", **L24, s=KQ, sp=None),
        G("71,2 miljoner kronor", 71.2e6, "SEK", **L25, direction="increase", s=NK, sp=None, note="next sentence 'Det är 4 procent mer ... än 2024'"),
        G("1 780 kronor", 1780, "SEK", per="capita", **L25, direction="increase", s=None, sp=None, note="', eller': restatement with no noun; the next sentence's 'Det' covers both"),
        G("4 procent", 4, "percent", ctx="är [4 procent] mer", **L25, direction="increase", s=None, sp=None, note="'Det är'"),
        *_row(G, "Besök", ["298 700", "286 600", "312 400", "+4,6 %"], bt(None), ("Besök", "Besök"), note="table 'Nyckeltal för biblioteken': '2019' / '2024' / '2025' / 'Förändring 2019–2025' (explicit); rows are measures"),
        *_row(G, "Fysiska lån", ["309 700", "250 400", "241 600", "−22,0 %"], bt(None), ("Fysiska lån", "lån")),
        *_row(G, "E-lån", ["20 300", "51 200", "58 900", "+190,1 %"], bt(None), ("E-lån", "E-lån")),
        *_row(G, "Lån per invånare", ["8,1", "6,3", "6,0", "−25,9 %"], bt("capita"), ("Lån per invånare", "Lån")),
    ]
    NEG["r21_a_kultur_bibliotek_2025"] = [
        N("2025", ctx="biblioteksstatistik [2025]", note="title"), N("18 februari 2026"),
        N("2025", ctx="under [2025]. Det", note="places the claim"), N("2024", ctx="fler än [2024], och", note="places the comparison"),
        N("2019", ctx="högre än [2019], då", note="places the earlier value"), N("2019", ctx="år [2019]. Utlåningen", note="places the earlier value"),
        N("2019", ctx="färre än [2019]. Varje", note="places the comparison"), N("2019", ctx="sedan [2019] och", note="places the span"),
        N("2025", ctx="uppgick [2025] till", note="places the claim"), N("7", ctx="klockan [7] och", note="time of day"),
        N("22", ctx="och [22] alla", note="time of day"), N("6–15", note="age band"), N("2024", ctx="priser än [2024].", note="places the comparison"),
        N("2019", ctx="[2019] 2024 2025 Förändring", note="column header"), N("2024", ctx="2019 [2024] 2025 Förändring", note="column header"),
        N("2025", ctx="2024 [2025] Förändring", note="column header"), N("2019–2025", note="column header"), N("0582-61 40 00"),
    ]

    # ------------------------------------------------------------ 5. UNDATED opinion piece on housing prices (no date, no sidecar)
    GOLD["r21_a_debatt_bostadspriser"] = [
        G("55 kvadratmeter", 55, "m2", optional=True, s=None, sp=None, note="defines the example flat; undated: no period on any figure"),
        G("runt 5,2 miljoner kronor", 5.2e6, "SEK", bound="approx", s=("En genomsnittlig bostadsrätt", "bostadsrätt"), sp=None, note="the thing priced"),
        G("nästan tio gånger", 10, "number", bound="approx", s=None, sp=None, note="'vilket motsvarar': price as a number of annual incomes is a measure (required)"),
        G("ungefär fyra och en halv årsinkomster", 4.5, "number", bound="approx", s=None, sp=None, note="price-to-income multiple; 'ungefär' sets the bound"),
        G("kring 94 000 kronor", 94000, "SEK", bound="approx", per="m2", s=("Kvadratmeterpriset", "Kvadratmeterpriset"), sp=None, note="'det' stands for the previous sentence's subject"),
        G("omkring 51 000 kronor", 51000, "SEK", bound="approx", per="m2", s=None, sp=None, note="elided; per carried"),
        G("38 000 kronor", 38000, "SEK", per="m2", s=None, sp=None, note="elided; per carried"),
        G("mellan 29 000 och 32 000 kronor", None, "SEK", low=29000, high=32000, per="m2", s=None, sp=None, note="a range; the payer 'man' is no subject"),
        G("nästan två och en halv gånger", 2.5, "number", bound="approx", optional=True, s=None, sp=None, note="multiplier at one time"),
        G("cirka 12 procent", 12, "percent", bound="approx", s=("lönerna i Stockholm", "lönerna"), sp=None, note="comparison between cities: no direction"),
        G("ungefär sex årsinkomster", 6, "number", bound="approx", s=("en genomsnittlig lägenhet i Stockholm", "lägenhet"), sp=None, note="'För tjugo år sedan' (undated: no period)"),
        G("mer än tredubblats", 3, "number", bound="more_than", direction="increase", optional=True, s=("priserna i huvudstaden", "priserna"), sp=None, note="multiplier over time"),
        G("omkring 60 procent", 60, "percent", bound="approx", direction="increase", s=("disponibelinkomsterna", "disponibelinkomsterna"), sp=None),
        G("15 procents", 15, "percent", optional=True, s=("kontantinsats", "kontantinsats"), sp=None, note="the rule the example assumes"),
        G("780 000 kronor", 780000, "SEK", s=None, sp=None, note="the saver is no subject"),
        G("5 000 kronor", 5000, "SEK", per="month", optional=True, s=None, sp=None, note="'i månaden': defines the example"),
        G("13 år", 13, "year", s=None, sp=None),
        G("40 till 60 procent", None, "percent", low=40, high=60, s=("hyrorna", "hyrorna"), sp=None, note="a range; comparison at one time"),
        G("var femte", 0.2, "ratio", s=None, sp=None, note="the counted noun is an age band '25–34-åring'"),
        G("drygt var tredje", 1 / 3, "ratio", bound="approx", s=None, sp=None, note="elided"),
        G("tre åtgärder", 3, "count", optional=True, s=("åtgärder", "åtgärder"), sp=None, note="counts the list"),
        G("10 procent", 10, "percent", direction="decrease", s=("kontantinsatskravet", "kontantinsatskravet"), sp=None, note="a demand 'Sänk ... till': required; signatories are no speaker (r20)"),
        G("upp till 300 000 kronor", 300000, "SEK", bound="at_most", s=("ett statligt startlån", "startlån"), sp=None),
        G("minst 8 000 hyresrätter", 8000, "count", bound="at_least", per="year", s=("hyresrätter", "hyresrätter"), sp=None),
        G("högst en tredjedel", 1 / 3, "ratio", bound="at_most", s=("en nettolön", "nettolön"), sp=None, note="'av en nettolön': the noun"),
    ]
    NEG["r21_a_debatt_bostadspriser"] = [
        N("30", note="age in '30-åring'"), N("25–34", note="age band"), N("1", ctx="[1]. Sänk", note="list numbering"),
        N("35 år", note="age limit"), N("2", ctx="[2]. Inför", note="list numbering"), N("3", ctx="[3]. Bygg", note="list numbering"),
    ]

    # ------------------------------------------------------------ 6. air passengers, September 2026 (sidecar 2026-10-13)
    PS = ("passagerare", "passagerare")
    AU = ("Antalet utrikespassagerare", "Antalet")
    PF = ("Passagerare", "Passagerare")
    fl = [("count", 1e3, None, Y26, True, False)] * 3 + [("percent", 1, None, Y26, True, True)]
    GOLD["r21_a_flyg_september"] = [
        G("2 614 000 passagerare", 2614000, "count", **L26, direction="increase", s=PS, sp=None, note="'Under september' (no year); next sentence 'Det är en ökning med'"),
        G("tio flygplatser", 10, "count", **L26, s=("flygplatser", "flygplatser"), sp=None),
        G("4,8 procent", 4.8, "percent", **L26, direction="increase", s=None, sp=None, note="'Det är en ökning med'"),
        G("1 947 000", 1947000, "count", ctx="till [1 947 000]", **L26, direction="increase", s=AU, sp=None, note="', en uppgång på'"),
        G("6,9 procent", 6.9, "percent", **L26, direction="increase", s=AU, sp=None),
        G("667 000 passagerare", 667000, "count", **L26, direction="decrease", s=PS, sp=None),
        G("0,9 procent", 0.9, "percent", **L26, direction="decrease", s=None, sp=None, note="'vilket innebar ett tapp med': no noun"),
        G("drygt 35 procent", 35, "percent", bound="approx", **L26, direction="decrease", s=("Inrikesflyget", "Inrikesflyget"), sp=None, note="'mindre än i september 2019': against a point, the current month"),
        G("20,3 miljoner passagerare", 20.3e6, "count", t=Y26, direction="increase", s=PS, sp=None, note="'Hittills i år'"),
        G("3,6 procent", 3.6, "percent", t=Y26, direction="increase", s=PS, sp=None),
        G("5,2 procent", 5.2, "percent", t=Y26, direction="increase", s=("utrikesresandet", "utrikesresandet"), sp=None, note="'Under årets nio första månader'"),
        G("1,1 procent", 1.1, "percent", t=Y26, direction="decrease", s=("inrikesresandet", "inrikesresandet"), sp=None),
        G("1 742 000 resenärer", 1742000, "count", **L26, s=("resenärer", "resenärer"), sp=None),
        G("två tredjedelar", 2 / 3, "ratio", **L26, s=("bolagets totala trafik", "trafik"), sp=None),
        G("14,5 procent", 14.5, "percent", ctx="med [14,5 procent]", **L26, direction="increase", s=("trafiken", "trafiken"), sp=None),
        G("två nya direktlinjer", 2, "count", **L26, s=("direktlinjer", "direktlinjer"), sp=None, note="'i juni'"),
        G("8,2 procent", 8.2, "percent", ctx="tappade däremot [8,2 procent]", **L26, direction="decrease", s=None, sp=None, note="an airport (a place) standing for its traffic is no subject"),
        G("24 180", 24180, "count", **L26, direction="increase", s=("Antalet landningar", "Antalet"), sp=None),
        G("1,7 procent", 1.7, "percent", **L26, direction="increase", s=None, sp=None, note="'vilket var'"),
        G("83 procent", 83, "percent", **L26, s=("Kabinfaktorn", "Kabinfaktorn"), sp=None, note="'i snitt' is no bound"),
        *_row(G, "Arlandia", ["1 742", "1 456", "286", "+5,1"], fl, PF, note="table 'Passagerare per flygplats, september 2026' (caption: lenient), 'Tusental passagerare; förändring i procent mot september 2025': 'Totalt' / 'Utrikes' / 'Inrikes' (thousands) / 'Förändr. %'"),
        *_row(G, "Götaholm", ["421", "322", "99", "+3,8"], fl, PF),
        *_row(G, "Vindeby", ["189", "141", "48", "+14,5"], fl, PF),
        *_row(G, "Lundavik", ["118", "17", "101", "−2,7"], fl, PF),
        *_row(G, "Strandby", ["64", "11", "53", "−8,2"], fl, PF),
        *_row(G, "Övriga fem", ["80", "0", "80", "−1,4"], fl, PF, note="the '0' cell is a count of zero"),
    ]
    NEG["r21_a_flyg_september"] = [
        N("september 2019", note="places the comparison"), N("2025", ctx="period [2025].", note="places the comparison"),
        N("september 2026", note="caption"), N("september 2025", note="caption"), N("010-109 55 40"),
    ]

    # ------------------------------------------------------------ 7. district-heating prices from 1 January 2027 (HTML, Publicerad 30 oktober 2026)
    VE = ("Vänerstrand Energi", "publisher")
    EV = ("Energipriset för vintermånaderna november–mars", "Energipriset")
    FA = ("Den fasta avgiften för villor", "avgiften")
    fv = lambda u, sc, per: [(u, sc, per, Y26, F, F), (u, sc, per, Y27, F, F), ("percent", 1, None, Y27, True, True)]
    GOLD["r21_a_fjarrvarme_2027"] = [
        G("15 000 kWh", 15000, "kWh", ctx="använder [15 000 kWh]", per="year", optional=True, s=None, sp=None, note="defines the typical house"),
        G("2,4 procent", 2.4, "percent", ctx="höjningen [2,4 procent]", **L27, direction="increase", s=("fjärrvärmepriset", "fjärrvärmepriset"), sp=None, note="'Från den 1 januari 2027' (previous sentence, heading); the thing that changes"),
        G("cirka 290 kronor", 290, "SEK", bound="approx", per="year", **L27, direction="increase", s=None, sp=None, note="', eller'"),
        G("5,9 procent", 5.9, "percent", t=Y26, direction="increase", s=("priset", "priset"), sp=None, note="'inför 2026'"),
        G("68,0", 0.68, "SEK", ctx="från [68,0] till", per="kWh", **L26, s=EV, sp=None, note="the present price; öre are SEK/100"),
        G("69,5 öre", 0.695, "SEK", per="kWh", **L27, direction="increase", s=EV, sp=None),
        G("38,0 öre", 0.38, "SEK", per="kWh", **L27, s=("sommarpriset", "sommarpriset"), sp=None, note="'ligger kvar på': no direction"),
        G("120 kronor", 120, "SEK", per="year", **L27, direction="increase", s=FA, sp=None, note="'höjs med ... till ... per år'"),
        G("3 480 kronor", 3480, "SEK", ctx="till [3 480 kronor]", per="year", **L27, direction="increase", s=FA, sp=None),
        *_row(G, "Energipris vinter, öre/kWh", ["68,0", "69,5", "+2,2 %"], [("SEK", 0.01, "kWh", Y26, F, F), ("SEK", 0.01, "kWh", Y27, F, F), ("percent", 1, None, Y27, True, True)], ("Energipris vinter", "Energipris"), note="HTML table 'Fjärrvärmepris för småhus, inklusive moms': '2026' / '2027' (explicit) / 'Förändring' (to the new year, lenient)"),
        *_row(G, "Energipris sommar, öre/kWh", ["38,0", "38,0", "0,0 %"], [("SEK", 0.01, "kWh", Y26, F, F), ("SEK", 0.01, "kWh", Y27, F, F), ("percent", 1, None, Y27, True, True)], ("Energipris sommar", "Energipris"), note="zero change: no direction"),
        *_row(G, "Fast avgift, kr/år", ["3 360", "3 480", "+3,6 %"], fv("SEK", 1, "year"), ("Fast avgift", "avgift")),
        *_row(G, "Typvilla 15 000 kWh, kr/år", ["12 110", "12 400", "+2,4 %"], fv("SEK", 1, "year"), ("Typvilla", "Typvilla"), note="the row names the example house's cost"),
        G("193 MWh", 193, "MWh", per="year", optional=True, s=("en förbrukning", "förbrukning"), sp=None, note="defines the example building"),
        G("ungefär 151 000 kronor", 151000, "SEK", bound="approx", per="year", **L27, s=("kostnaden", "kostnaden"), sp=None),
        G("103 kronor", 103, "SEK", per="m2", **L27, s=None, sp=None, note="'vilket motsvarar'"),
        G("omkring 8 procent", 8, "percent", bound="approx", t=Y26, direction="increase", s=("kostnaden för biobränsle", "kostnaden"), sp=None, note="'Under 2026'"),
        G("210 miljoner kronor", 210e6, "SEK", t=("2026", "2029"), s=("en ny ackumulatortank", "ackumulatortank"), sp=VE, note="'vi investerar ... fram till 2029': first person; the goal of the money"),
        G("14 kilometer", 14, "km", t=("2026", "2029"), s=("ledningar", "ledningar"), sp=VE),
        G("11 miljoner kronor", 11e6, "SEK", t=("2024", "2026"), lenient=True, direction="decrease", s=("våra egna driftskostnader", "driftskostnader"), sp=VE, note="'på två år' in a 2026 text"),
        G("13 900 kronor", 13900, "SEK", per="year", **L26, s=None, sp=("den senaste nationella jämförelsen", "enligt"), note="the payer ('en typvilla') is no subject; present tense"),
        G("drygt 12 procent", 12, "percent", bound="approx", **L26, s=None, sp=VE, note="'mer än hos oss': a comparison at one time, first person"),
    ]
    NEG["r21_a_fjarrvarme_2027"] = [
        N("2027", ctx="Fjärrvärme / Priser och avtal / Priser [2027]", note="breadcrumb"), N("1 januari 2027", ctx="från [1 januari 2027]", note="heading"),
        N("30 oktober 2026"), N("1 januari 2027", ctx="den [1 januari 2027] justerar", note="places the change"),
        N("2026", ctx="inför [2026], då", note="places the earlier change"),
        N("2026", ctx="Prisdel [2026] 2027", note="column header"), N("2027", ctx="Prisdel 2026 [2027] Förändring", note="column header"),
        N("15 000 kWh", ctx="Typvilla [15 000 kWh], kr/år", note="row label names the example"),
        N("2026", ctx="Under [2026] har", note="places the claim"), N("2029", note="places the span"),
        N("2027", ctx="Prisdialogen [2027]", note="related link"), N("Hamngatan 12"), N("531 30"), N("556412-8830", note="org number"),
        N("0510-48 20 00"), N("8–16", note="opening hours"), N("2026", ctx="© [2026]", note="copyright year"),
    ]

    # ------------------------------------------------------------ 8. football club, season 2026 (Publicerad 19 november 2026)
    AK = ("åskådare", "åskådare")
    AR = ("årskort", "årskort")
    OM = ("Klubbens omsättning", "omsättning")
    MI = ("Matchintäkterna", "Matchintäkterna")
    SF = ("Spelarförsäljningar", "Spelarförsäljningar")
    FA2 = ("Fredrik Alm", "quote")
    ss = lambda u, sc, per=None: [(u, sc, per, Y26, F, F), (u, sc, per, Y25, F, F), (u, sc, per, Y19, F, F)]
    GOLD["r21_a_fotboll_sasong"] = [
        G("11 420 åskådare", 11420, "count", per="match", t=Y26, direction="increase", s=AK, sp=None, note="'i snitt ... till sina 15 hemmamatcher i allsvenskan 2026': an average per match; next sentence 'Det är 1 380 fler per match än i fjol'"),
        G("15 hemmamatcher", 15, "count", t=Y26, s=("hemmamatcher", "hemmamatcher"), sp=None),
        G("1 380", 1380, "count", per="match", **L26, direction="increase", s=None, sp=None, note="'Det är ... fler per match än i fjol'"),
        G("10 870", 10870, "count", ctx="rekordet, [10 870]", per="match", t=Y19, s=("Det tidigare rekordet", "rekordet"), sp=None, note="'under guldåret 2019'"),
        G("171 300 personer", 171300, "count", **L26, s=("personer", "personer"), sp=None),
        G("16 050", 16050, "count", ctx="med [16 050] på", **L26, s=None, sp=None, note="'i augusti'; noun elided"),
        G("7 240 åskådare", 7240, "count", **L26, s=AK, sp=None),
        G("7 850 årskort", 7850, "count", **L26, direction="increase", s=AR, sp=None, note="', en ökning med'"),
        G("18 procent", 18, "percent", ctx="ökning med [18 procent]", **L26, direction="increase", s=AR, sp=None, note="'jämfört med 2025'"),
        G("drygt 900", 900, "count", bound="approx", **L26, direction="increase", s=AR, sp=None, note="'fler än rekordåret 2019': against a point, the current season"),
        G("Nästan var tredje", 1 / 3, "ratio", bound="approx", **L26, s=("årskortsinnehavare", "årskortsinnehavare"), sp=None),
        G("184 miljoner kronor", 184e6, "SEK", **L26, direction="increase", s=OM, sp=None, note="', upp från'"),
        G("162 miljoner", 162e6, "SEK", **L25, s=OM, sp=None, note="'året före'"),
        G("58 miljoner", 58e6, "SEK", **L26, direction="increase", s=MI, sp=None),
        G("en fjärdedel", 0.25, "ratio", **L26, direction="increase", s=MI, sp=None, note="a change size written as a fraction: required; 'mer än säsongen 2025'"),
        G("46 miljoner", 46e6, "SEK", **L26, s=("sponsorintäkterna", "sponsorintäkterna"), sp=None),
        G("31 miljoner kronor", 31e6, "SEK", **L26, direction="decrease", s=SF, sp=None, note="', att jämföra med 44 miljoner ett år tidigare'"),
        G("44 miljoner", 44e6, "SEK", **L25, s=SF, sp=None),
        G("runt 6 miljoner kronor", 6e6, "SEK", bound="approx", **L26, s=("ett underskott", "underskott"), sp=None, note="'för året'; 'klubben räknar med' (third person): no speaker"),
        G("97 miljoner kronor", 97e6, "SEK", **L26, direction="increase", s=("Personalkostnaderna", "Personalkostnaderna"), sp=None, note="'har ökat till'"),
        G("12 miljoner", 12e6, "SEK", **L26, direction="decrease", s=("det egna kapitalet", "kapitalet"), sp=None, note="'väntas sjunka till'"),
        G("över 11 000", 11000, "count", bound="more_than", per="match", **L26, s=None, sp=FA2, note="'i snitt ... på läktarna'"),
        G("minst 5 miljoner", 5e6, "SEK", bound="at_least", t=Y27, s=("ett överskott", "överskott"), sp=FA2, note="target 'nästa år'"),
        G("sjätte plats", 6, "ordinal", **L26, s=None, sp=None, note="the team is no subject"),
        G("47 poäng", 47, "count", **L26, s=("poäng", "poäng"), sp=None),
        G("åtta poäng", 8, "count", **L26, s=("poäng", "poäng"), sp=None, note="distance at one time: no direction"),
        G("14 mål", 14, "count", **L26, s=("mål", "mål"), sp=None),
        G("29 matcher", 29, "count", **L26, s=("matcher", "matcher"), sp=None),
        *_row(G, "Publiksnitt", ["11 420", "10 040", "10 870"], ss("count", 1, "match"), ("Publiksnitt", "Publiksnitt"), note="table 'Säsongen jämförd': '2026' / '2025' / '2019' (explicit); rows are measures"),
        *_row(G, "Sålda årskort", ["7 850", "6 650", "6 940"], ss("count", 1), ("Sålda årskort", "årskort")),
        *_row(G, "Omsättning, mkr", ["184", "162", "141"], ss("SEK", 1e6), ("Omsättning", "Omsättning")),
        *_row(G, "Tabellplacering", ["6", "9", "1"], ss("ordinal", 1), ("Tabellplacering", "Tabellplacering")),
    ]
    NEG["r21_a_fotboll_sasong"] = [
        N("2026", ctx="Säsongen [2026] i siffror", note="title"), N("19 november 2026"),
        N("2026", ctx="allsvenskan [2026].", note="places the claim"), N("2019", ctx="guldåret [2019].", note="places the record"),
        N("2025", ctx="jämfört med [2025] och", note="places the comparison"), N("2019", ctx="rekordåret [2019].", note="places the comparison"),
        N("25 år", note="age limit"), N("2025", ctx="säsongen [2025], och", note="places the comparison"),
        N("2026", ctx="[2026] 2025 2019 Publiksnitt", note="column header"), N("2025", ctx="2026 [2025] 2019 Publiksnitt", note="column header"),
        N("2019", ctx="2025 [2019] Publiksnitt", note="column header"), N("Box 44"), N("464 21"), N("0521-30 12 00"),
    ]
    return GOLD, NEG
