"""Rates (quantity.per, models/lexicon/sv/rates.json): a denominator with a count of people is still per capita, a
unit name after 'per' is normalised to its code. Made-up sentences; the whole line goes through the analyser."""
import pytest
from conftest import claim_for

from pipeline.extraction.analyse import analyse_text


@pytest.mark.parametrize("sentence, figure, per", [
    ("Kommunen hade 312 anmälda inbrott per 100 000 invånare förra året.", "312", "capita"),
    ("Dödligheten i länet var 9,1 per 1 000 invånare.", "9,1 per 1 000 invånare", "capita"),
    ("Vi såg 58 fall per 10 000 invånare, mot 61 året innan.", "58", "capita"),
    ("Terminspriset låg på 63 euro per megawattimme.", "63 euro per megawattimme", "MWh"),
    ("Spotpriset var 55 EUR per MWh i snitt.", "55 EUR per MWh", "MWh"),
    ("Sjukpenningtalet var 9,84 dagar per försäkrad i oktober.", "9,84 dagar per försäkrad", "capita"),
    # a price named as an hourly or daily one ('timhyra', 'timtaxa', 'dygnshyra'): rates.json money_words
    ("Timhyran för en sporthall är 640 kronor.", "640 kronor", "hour"),
    ("Timtaxan höjs till 1 250 kronor.", "1 250 kronor", "hour"),
    ("Dygnshyran för stugan blir 900 kronor.", "900 kronor", "day"),
    # service rates normalised (rates.json denominators)
    ("Extra hämtning kostar 480 kronor per hämtning.", "480 kronor per hämtning", "collection"),
    ("Avgiften är 98 kronor per tömning för ett 190-literskärl.", "98 kronor per tömning", "emptying"),
    ("Sommarabonnemanget kostar 1 180 kronor per säsong.", "1 180 kronor per säsong", "season"),
    ("En undersökning kostar 745 kronor per besök.", "745 kronor per besök", "visit"),
    ("Dödligheten var 2,1 per 100 000 inv. i fjol.", "2,1 per 100 000 inv.", "capita"),
    ("Fruktsamheten var 1,52 barn per kvinna.", "1,52", "woman"),
    ("Fångsten blev i snitt 9 800 skalbaggar per fälla.", "9 800", "trap"),
    # a duration per visit, a price per portion, per passenger, per single trip, per hour worked
    ("Hembesöken tog i snitt 21 minuter per besök.", "21 minuter per besök", "visit"),
    ("Skollunchen för lärare kostar 58 kronor per portion.", "58 kronor per portion", "portion"),
    # a night's stay, an operation, an apartment: one name each, whichever word the text uses
    ("Hotellen tog i snitt 1 480 kronor per gästnatt.", "1 480 kronor per gästnatt", "night"),
    ("Stugan hyrs ut för 900 kronor per natt.", "900 kronor per natt", "night"),
    ("Kliniken får 41 000 kronor per ingrepp.", "41 000 kronor per ingrepp", "operation"),
    ("Bolaget räknar med 2,1 miljoner kronor per lägenhet.", "2,1 miljoner kronor per lägenhet", "apartment"),
    ("Snittpriset per sålt rum steg till 1 180 kronor.", "1 180 kronor", "room"),
    ("Intäkten per tillgängligt rum var 760 kronor i augusti.", "760 kronor", "room"),
    ("Hotellet tar 1 400 kronor per rum.", "1 400 kronor per rum", "room"),
    # a count per so many hectares or square kilometres: the area is the rate's, not a figure of its own
    ("Tilldelningen blev 2,4 älgar per 1 000 hektar.", "2,4", "ha"),
    ("I reviret lever 1,1 vargar per 1 000 kvadratkilometer.", "1,1", "km2"),
    # a day of care, a class, a member, a company (also so many of them), a full-time teacher
    ("Kostnaden per vårddag på kirurgen var 16 200 kronor.", "16 200 kronor", "day"),
    ("Högst 24 elever per klass i mellanstadiet.", "Högst 24", "class"),
    ("Avgiften är 120 kronor per medlem.", "120 kronor per medlem", "capita"),
    ("Räknat per 10 000 företag var antalet konkurser 4,2.", "4,2", "company"),
    ("Det går 11,4 elever på varje heltidslärare.", "11,4", "teacher"),
    # a rate per head beats a word of period in the clause ('varje år … per 1 000 invånare')
    ("I Danmark byggs varje år runt 5 nya bostäder per 1 000 invånare.", "runt 5", "capita"),
    ("Varje år lånas 7,8 böcker per invånare ut från biblioteken.", "7,8", "capita"),
    ("Intäkten per passagerare steg till 940 kronor.", "940 kronor", "passenger"),
    ("Biljetten kostar 85 kronor enkel resa.", "85 kronor enkel resa", "trip"),
    ("Kostnaden per utförd timme blev 540 kronor.", "540 kronor", "hour"),
    ("Snittkostnaden per debiterad timme var 1 150 kronor.", "1 150 kronor", "hour"),
    # a participle or adjective between 'per' and its noun (rates.json denominator_modifiers), after the figure or in
    # the clause before it
    ("Bidraget blev 1 550 kronor per listad patient.", "1 550 kronor per listad patient", "patient"),
    ("Kostnaden per behandlad patient steg till 3 120 kronor.", "3 120 kronor", "patient"),
    ("Regionen betalar 820 kronor per registrerad invånare.", "820 kronor per registrerad invånare", "capita"),
    ("Vinsten per såld aktie var 2,40 kronor.", "2,40 kronor", "share"),
    # a pupil or a child is a head of a population: per capita, as 'per invånare' is
    ("Kostnaden blev 131 400 kronor per elev i fjol.", "131 400 kronor per elev", "capita"),
    ("Bidraget är 1 250 kronor per barn.", "1 250 kronor per barn", "capita"),
    # 'på ett dygn' after an amount; 'ett dygn' as what a price is for; 'per besökare' as per capita
    ("Den 14 november föll 46 mm på ett dygn i Västerbrink.", "46 mm på ett dygn", "day"),
    ("Det nya maxbeloppet för ett dygn i zon A blir 240 kronor.", "240 kronor", "day"),
    ("Restavfallet minskade till 0,9 kilo per besökare.", "0,9 kilo per besökare", "capita"),
    # a subject distributing over people ('Varje invånare'), read after every other rate of the clause
    ("Varje invånare lånade i genomsnitt 6,0 böcker.", "6,0", "capita"),
    ("Varje invånare förbrukade 160 liter vatten per dygn.", "160 liter", "day"),
    # a season named by its season word
    ("Snittet är 5,2 olyckor per sommar.", "5,2", "season"),
    ("Föreningen räknar med 14 matcher per vinter.", "14", "season"),
    # a denominator named before an amount wins over the period after it ('per kvadratmeter … per år': per m2)
    ("Avgiften per kvadratmeter boarea uppgick till 814 kronor per år.", "814 kronor per år", "m2"),
    ("Kostnaden per invånare blev 14 300 kronor om året.", "14 300 kronor om året", "capita"),
    ("Hyran per månad blev 8 100 kronor.", "8 100 kronor", "month"),
    # not past another figure, whose denominator it is
    ("Den som kör 2 000 mil om året i en bil som drar 0,6 liter per mil betalar 9 400 kronor om året i skatt.",
     "9 400 kronor om året", "year"),
    # loans, skier days, half-years (rates.json after, denominators, accounts)
    ("Kostnaden per e-boklån var 21 kronor.", "21 kronor", "loan"),
    ("Ett e-boklån kostar kommunen i genomsnitt 21 kronor.", "21 kronor", "loan"),
    ("Intäkten per skiddag steg till 405 kronor.", "405 kronor", "skier_day"),
    ("I genomsnitt omkom 1,8 personer per halvår.", "1,8", "half_year"),
    ("Banken beviljade ett lån på 2 miljoner kronor.", "2 miljoner kronor", None),
    # a participle between 'per' and its noun ('per uttagen dag', 'per inskrivet barn'); calls, full-time staff
    ("Föräldrapenningen motsvarar i genomsnitt 1 013 kronor per uttagen dag.", "1 013 kronor per uttagen dag", "day"),
    ("Liggtiden var 19 timmar per anlöp under kvartalet.", "19 timmar per anlöp", "call"),
    ("Antalet barn per årsarbetare var 5,1.", "5,1", "employee"),
    # a time is the rate of a denominator after the definite noun it measures, right before it
    ("Under 2025 var den genomsnittliga avbrottstiden per kund 142 minuter.", "142 minuter", "customer"),
    ("Väntetiden per patient var 45 dagar i oktober.", "45 dagar", "patient"),
    ("Restiden per resa blev 38 minuter efter omläggningen.", "38 minuter", "trip"),
    # ... not an age after a denominator, nor a time with no measure noun before the denominator
    ("Talet mäter dagarna som betalas ut per försäkrad person mellan 16 och 64 år.", "mellan 16 och 64 år", None),
    ("Han jobbade per timme i 3 år.", "3 år", None),
])
def test_rate_denominators(sentence, figure, per):
    claims = [c.quantity for c in analyse_text(sentence)]
    hit = [q for q in claims if q["text"] == figure]
    assert hit, [q["text"] for q in claims]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("sentence, figure, per", [
    # bases of other nouns: tests, patients, staff, kilometres, hours
    ("Det motsvarar 2,6 fall per 100 prov.", "2,6", "test"),
    ("Det blev ungefär 10 läckor per 100 kilometer ledning.", "ungefär 10", "km"),
    ("Avdelningen hade 3,1 vårdskador per 100 patienter.", "3,1", "patient"),
    ("Det inträffade 12 skador per 1 000 timmar.", "12", "hour"),
    # a rate over a round base of a noun, after 'per' or 'på' (rates.json base_denominators): the base is no figure
    ("I Björkby går det 7,4 lärare på 100 elever.", "7,4", "pupil"),
    ("Kommunen har 2,9 sjuksköterskor per 1 000 invånare.", "2,9", "capita"),
    ("Här går det 188 poliser på 100 000 invånare, mot 205 i grannlandet.", "188", "capita"),
    ("Var tredje familj har 12 hushåll per 100 hushåll i kö.", "12", "household"),
])
def test_a_rate_over_a_round_base(sentence, figure, per):
    claims = analyse_text(sentence, "2026-10-01")
    assert next(c for c in claims if c.quantity["text"].startswith(figure)).quantity["per"] == per
    bases = [c.quantity["text"] for c in claims if c.quantity["value"] in (100, 1000, 100000)]
    assert not bases, bases


@pytest.mark.parametrize("text, figure, per", [
    # a bare number compared with a rated one keeps its rate and counts what it counts
    ("Antalet födda motsvarar 11,2 per 1 000 invånare, vilket är högre än rikets 10,4.", "10,4", "capita"),
    ("Antalet olyckor per 10 000 invånare var 3,1 i länet, att jämföra med 2,7 i riket.", "2,7", "capita"),
    ("Eleverna per lärare blev 12,9, vilket ligger under rikssnittet på 13,5.", "13,5", "teacher"),
    # the next sentence naming 'siffran' or the national average keeps the rate
    ("Länet har 2,1 vårdplatser per 1 000 invånare. I Finland är siffran 3,0.", "3,0", "capita"),
    ("Skolan har 7,2 lärare per 100 elever. Rikssnittet ligger kring 7,9.", "kring 7,9", "pupil"),
])
def test_a_compared_bare_number_keeps_the_rate(text, figure, per):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text + "\n", "2026-10-01") if c.quantity["text"] == figure)
    assert (c.quantity["unit"], c.quantity["per"]) == ("count", per)


def test_a_loan_of_a_round_sum_is_no_rate():
    claims = analyse_text("Kommunen tog ett lån på 100 000 kronor.", "2026-10-01")
    assert [(c.quantity["value"], c.quantity["unit"], c.quantity["per"]) for c in claims] == [(100000, "SEK", None)]


@pytest.mark.parametrize("text, figure, per", [
    # a difference opening with an anaphor, or a 'motsvarande siffra', keeps the rate of the figure before it
    ("Hyran är 1 480 kronor per kvadratmeter. Det är 95 kronor mer än i fjol.", "95 kronor", "m2"),
    ("Kommunen hade 52 inbrott per 10 000 invånare 2024. År 2020 var motsvarande siffra 61.", "61", "capita"),
    ("I kommunen fanns 3,1 vårdplatser per 1 000 invånare. I riket var motsvarande siffra 2,0.", "2,0", "capita"),
    ("Per 100 000 invånare omkom 4,6 personer. Det är fler än i riket, där motsvarande siffra var 2,2.", "2,2", "capita"),
    # an inverted 'den' right before the figure refers back to the figure before too ...
    ("Spritskatten är 528 kronor per liter ren alkohol. I Finland är den omkring 390 kronor.", "omkring 390 kronor", "l"),
    ("Medelhyran var 1 310 kronor per kvadratmeter. I Umeå låg den på 1 150 kronor.", "1 150 kronor", "m2"),
    # ... not 'den' as an article of a new noun
    ("Priset är 40 kronor per kilo. Därför var den totala kostnaden 400 kronor.", "400 kronor", None),
    # a new figure of another kind of amount does not
    ("Biljetten kostar 40 kronor per resa. Det är 300 kronor för en hel månad.", "300 kronor", None),
    ("Hyran är 1 480 kronor per kvadratmeter. Kommunen satsar 95 kronor mer på parker.", "95 kronor", None),
])
def test_rate_carried_to_the_next_sentence(text, figure, per):
    from conftest import extract_claims
    hit = [c.quantity for c in extract_claims(text + "\n", "2025-03-01") if c.quantity["text"] == figure]
    assert hit, figure
    assert hit[0]["per"] == per
    assert hit[0]["per_source"] == ("document" if per else None)


@pytest.mark.parametrize("text, figure, per", [
    # the unit a price is for, written as a phrase in its clause; the phrase is no figure of its own
    ("I snitt kostade ett kilo kaffe 139 kronor i mars.", "139 kronor", "kg"),
    ("Billigast var Gotland, där litern kostade 16,90 kronor.", "16,90 kronor", "l"),
    ("Priset för en kubikmeter fjärrvärme blir 820 kronor.", "820 kronor", "m3"),
    # an amount of the unit is not what a price is for
    ("Tanken rymmer 60 liter och kostade 900 kronor.", "900 kronor", None),
    # a barrel named as what the price is for ('Ett fat Brentolja kostade …'), the compared price too
    ("Ett fat Brentolja kostade i genomsnitt 64 dollar, att jämföra med 71 dollar ett år tidigare.", "71 dollar",
     "barrel"),
])
def test_price_per_the_unit_it_is_for(text, figure, per):
    from conftest import extract_claims
    claims = [c.quantity for c in extract_claims(text + "\n", "2025-03-01")]
    hit = [q for q in claims if q["text"] == figure]
    assert hit, [q["text"] for q in claims]
    assert hit[0]["per"] == per
    if per:
        assert not [q for q in claims if q["value"] == 1 and q["unit"] == per]


@pytest.mark.parametrize("sentence, figure, per", [
    # a price noun compounded with the unit it is for (rates.json money_words)
    ("Kvadratmeterpriset för en villa i länet låg i maj på 21 400 kronor.", "21 400 kronor", "m2"),
    ("Literpriset på bensin steg till 18,10 kronor.", "18,10 kronor", "l"),
    ("Kilopriset på nötfärs har stigit till 119 kronor.", "119 kronor", "kg"),
    ("Timpriset för en rörmokare är i snitt 690 kronor.", "690 kronor", "hour"),
    ("Priset på en villa var 3,2 miljoner kronor.", "3,2 miljoner kronor", None),     # a plain price is no rate
    # pay and benefit nouns name the period they are paid for
    ("Den högsta dagpenningen höjs till 1 200 kronor.", "1 200 kronor", "day"),
    ("Veckolönen för en säsongsanställd var 7 400 kronor.", "7 400 kronor", "week"),
    ("Månadsinkomsten för en ensamstående pensionär låg på 17 900 kronor.", "17 900 kronor", "month"),
    ("Timersättningen för jourtid blir 84 kronor.", "84 kronor", "hour"),
    # 'årlig' and 'månatlig' before the cost name its period
    ("För en villa ökar den årliga kostnaden med cirka 800 kronor.", "cirka 800 kronor", "year"),
    ("Den månatliga avgiften för bredband blir 349 kronor.", "349 kronor", "month"),
    ("Föreningen tar ut en årlig medlemsavgift på 250 kronor.", "250 kronor", "year"),
    ("Den årliga ökningen blev 3 procent.", "3 procent", None),                     # not money: no rate
])
def test_a_price_noun_names_what_it_is_per(sentence, figure, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("text, figure", [
    ("I kommunen fanns 3,1 vårdplatser per 1 000 invånare. I riket var motsvarande siffra 2,0.", "2,0"),
    ("Per 100 000 invånare omkom 4,6 personer. I riket var motsvarande siffra 2,2.", "2,2"),
])
def test_a_back_reference_keeps_the_count_it_refers_to(text, figure):
    """'motsvarande siffra var 2,2': a bare decimal after the back reference is the same count as the figure before."""
    from conftest import extract_claims
    q = next(c.quantity for c in extract_claims(text + "\n", "2025-03-01") if c.quantity["text"] == figure)
    assert (q["unit"], q["unit_source"]) == ("count", "document")


@pytest.mark.parametrize("sentence, figure, unit, per", [
    # a bare number linked to a rated count is the same count, at the same rate
    ("Det ger 14,2 sökande per plats, mot 12,9 i fjol.", "12,9", "count", "place"),
    # ... and a linked figure of the same unit past a change's size in another unit ('medan den steg med 4,8 procent')
    ("Medellönen steg med 4,1 procent till 38 900 kronor i månaden, medan den i staten steg med 4,8 procent till "
     "43 700 kronor.", "43 700 kronor", "SEK", "month"),
    ("Hyran höjdes med 3 procent till 1 420 kronor per kvadratmeter, och i centrum med 5 procent till 1 980 kronor.",
     "1 980 kronor", "SEK", "m2"),
    ("Kommunen har 3,1 vårdplatser per 1 000 invånare och riket 2,4.", "2,4", "count", "capita"),
    # 'per vårdplats' and 'per 100 vårdplatser' are per bed; the 100 is no figure of its own
    ("Antalet överbeläggningar var 3,6 per 100 vårdplatser.", "3,6 per 100 vårdplatser", "count", "bed"),
    # a decimal before a noun made of an adjective ('anställda') is an average count; 'per boende', 'per tillfälle'
    ("Inom hemtjänsten finns 0,4 anställda per boende.", "0,4", "count", "resident"),
    ("Kursen lockade i snitt 14 deltagare per tillfälle.", "14", "count", "occasion"),
    # a denominator's name from rates.json ('per plats' -> place, 'per fat' -> barrel); 'kronor litern' is per litre
    ("Programmet hade 5,2 sökande per plats.", "5,2", "count", "place"),
    ("Oljan kostade 70 dollar per fat i maj.", "70 dollar per fat", "USD", "barrel"),
    ("Dieseln kostar nu 18,50 kronor litern.", "18,50 kronor litern", "SEK", "l"),
    ("Elen kostade 1,20 kronor kilowattimmen.", "1,20 kronor kilowattimmen", "SEK", "kWh"),
    ("Linjen hade 3 400 resenärer per vardag.", "3 400", "count", "day"),
    # a trip by any name ('per tur', 'per enkelresa', 'per resa'); beds behind an adjective ('disponibla')
    ("Färjan tog i snitt 96 passagerare per tur.", "96", "count", "trip"),
    ("Biljetten kostar 45 kronor per enkelresa.", "45 kronor per enkelresa", "SEK", "trip"),
    ("I snitt var 3,2 patienter per 100 disponibla vårdplatser överbelagda.", "3,2", "count", "bed"),
    # a wage by its noun is monthly ('medellönen', 'medianlönen', 'ingångslönen')
    ("Medellönen för sjuksköterskor var 44 300 kronor.", "44 300 kronor", "SEK", "month"),
    ("Ingångslönen höjs till 29 500 kronor.", "29 500 kronor", "SEK", "month"),
    ("En vanlig vardag gjordes 52 000 resor med spårvagn.", "52 000", "count", "day"),
    # the amount of a change and its to-value share the rate ('med 20 öre till 19,34 kronor litern')
    ("Dieseln sänks med 20 öre till 19,34 kronor litern.", "20 öre", "SEK", "l"),
    ("Taxan höjs med 2 kronor till 64 kronor per kubikmeter.", "2 kronor", "SEK", "m3"),
    # a tax rate 'per hundralapp' is no rate per anything
    ("Skatten höjs med 45 öre till 11,80 kronor per hundralapp.", "11,80 kronor", "SEK", None),
    # a means after 'per' is no rate
    ("Av de svarande deltog 1 135 per telefon och 1 812 via webben.", "1 135", "count", None),
    ("Ansökningarna kom in per post, sammanlagt 412 stycken.", "412 stycken", "count", None),
])
def test_elided_counts_beds_and_means(sentence, figure, unit, per):
    claims = [c.quantity for c in analyse_text(sentence)]
    hit = [q for q in claims if q["text"] == figure]
    assert hit, [q["text"] for q in claims]
    assert (hit[0]["unit"], hit[0]["per"]) == (unit, per)
    assert not any(q["text"] == "100" for q in claims)


@pytest.mark.parametrize("sentence, figure, per", [
    # the difference of a rated level keeps its rate, however much smaller it is
    ("I snitt kostade en liter 18,20 kronor i maj, 41 öre mindre än i april.", "41 öre", "l"),
    ("Lägstalönen blir 27 400 kronor i månaden, en höjning med 950 kronor.", "950 kronor", "month"),
    # a larger amount after the level is no difference of it
    ("Biljetten kostar 40 kronor per resa och kortet 900 kronor mer.", "900 kronor", None),
])
def test_a_difference_keeps_the_rate_of_its_level(sentence, figure, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("sentence, figure, unit, per", [
    # a bare number at a rate counts something; a from-value runs to the rated figure after it
    ("Överbeläggningarna minskade från 5,2 till 4,4 per 100 vårdplatser.", "5,2", "count", "bed"),
    ("Överbeläggningarna minskade från 5,2 till 4,4 per 100 vårdplatser.", "4,4 per 100 vårdplatser", "count", "bed"),
    ("I snitt gick 13,4 elever per lärare.", "13,4", "count", "teacher"),
    ("Resultatet per aktie blev 1,12 kronor.", "1,12 kronor", "SEK", "share"),
])
def test_a_number_at_a_rate_counts(sentence, figure, unit, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert (hit[0]["unit"], hit[0]["per"]) == (unit, per)


@pytest.mark.parametrize("sentence, figure, per", [
    # a denominator belongs to the figures after it in its clause, else to those before; never to another line
    ("Vinsten uppgick till 64 (51) MSEK och vinsten per aktie till 1,62 kronor.", "64", None),
    ("Vinsten uppgick till 64 (51) MSEK och vinsten per aktie till 1,62 kronor.", "1,62 kronor", "share"),
    ("Kostnaden per invånare ökade med 210 kronor till 12 900 kronor.", "12 900 kronor", "capita"),
    ("Resultat efter skatt       64       51\nResultat per aktie, kr    1,62     1,30", "64", None),
])
def test_a_denominator_belongs_to_the_figures_after_it(sentence, figure, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("text, figure, per", [
    # a sum in a clause naming a price, without a rate of its own, is priced at the document's last rated price
    ("Bensinen kostar nu 17,89 kronor litern. Sedan i fredags har bensinpriset sjunkit med 45 öre.", "45 öre", "l"),
    ("Elen kostar 1,42 kronor per kWh i december. Av elpriset går 58 öre till nätbolaget.", "58 öre", "kWh"),
    # ... also a unit price whose price noun stands in a clause before it ('Medelpriset i elområde 4, Malmö, var …')
    ("Medelpriset i elområde 4, Malmö, var 108,4 öre per kilowattimme. I elområde 3 steg priset till 86,2 öre.",
     "86,2 öre", "kWh"),
    ("Snittpriset på bensin, enligt kedjorna, var 18,40 kronor per liter. Priset sjönk i dag till 18,10 kronor.",
     "18,10 kronor", "l"),
    # ... also after a verb or comparative of price ('kostade', 'billigare')
    ("Bensinen kostar 17,89 kronor litern. HVO100 kostade 24,30 kronor, 2 procent mer än i oktober.", "24,30 kronor", "l"),
    ("Elen kostar 1,42 kronor per kWh. På landsbygden var elen 8 öre billigare.", "8 öre", "kWh"),
    # ... not a sum far larger than the price, and not without a price named in its clause
    ("Bensinen kostar 17,89 kronor litern. Bensinpriset gav staten 31 miljarder kronor i skatt.", "31 miljarder kronor", None),
    ("Bensinen kostar 17,89 kronor litern. Kedjan delar ut 5 kronor till varje kund.", "5 kronor", None),
    # a wage named again ('tjänar', 'lönen') keeps the rate of the last wage, and so does the figure elided after it
    ("Medianlönen var 52 300 kronor i månaden. I privat sektor tjänar de 53 800 kronor, medan kommunalt anställda har "
     "46 900 kronor.", "53 800 kronor", "month"),
    ("Medianlönen var 52 300 kronor i månaden. I privat sektor tjänar de 53 800 kronor, medan kommunalt anställda har "
     "46 900 kronor.", "46 900 kronor", "month"),
    ("Snittlönen var 41 000 kronor i månaden. Kvinnornas lön var 39 200 kronor.", "39 200 kronor", "month"),
])
def test_a_price_named_again_keeps_its_rate(text, figure, per):
    from conftest import extract_claims
    claims = [c.quantity for c in extract_claims("Priser\n\n" + text + "\n", "2025-11-20")]
    hit = [q for q in claims if q["text"] == figure]
    assert hit, [q["text"] for q in claims]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("sentence, figure, per", [
    # a share of those who do something daily is no rate; the amount of a change each year is
    ("Andelen vuxna som röker dagligen har sjunkit till 6,4 procent.", "6,4 procent", None),
    ("I hela landet snusar 5,8 procent dagligen.", "5,8 procent", None),
    ("Bland eleverna tränar 40 procent varje vecka.", "40 procent", None),
    ("Hyrorna höjs med 3 procent årligen.", "3 procent", "year"),
    ("Priserna ökar 2 procent varje år.", "2 procent", "year"),
    ("Målet är att förnya 1 procent av ledningarna varje år.", "1 procent", "year"),
])
def test_a_share_is_no_rate_of_the_clauses_frequency(sentence, figure, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("sentence, figure, per", [
    # the rate after a comparative ('mer per år') is the figure's
    ("För en villa innebär det 610 kronor mer per år.", "610 kronor", "year"),
    ("Kunden betalar 40 kronor mindre i månaden.", "40 kronor", "month"),
    # a rate phrase of its own in the clause, apart from the other figure's ('i månaden' is the 32 000's)
    ("För den som tjänar 32 000 kronor i månaden betyder det omkring 3 750 kronor i skatt varje månad.",
     "omkring 3 750 kronor", "month"),
    ("Med 4 procent per år hade 30 000 kronor försvunnit.", "30 000 kronor", None),
    # ... but not the rate of another figure's noun, nor a comparison of a per-capita measure
    ("Cykeltrafiken ökade med 16 procent till 2 150 cyklister per dygn.", "16 procent", None),
    ("Regionerna lägger 40 procent mer per invånare på kollektivtrafik än i skogslänen.", "40 procent", None),
])
def test_a_rate_after_a_comparative_or_standing_apart(sentence, figure, per):
    hit = [c.quantity for c in analyse_text(sentence) if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(sentence)]
    assert hit[0]["per"] == per



@pytest.mark.parametrize("text, figure, per", [
    # a label before a colon naming a denominator gives the figure after it its rate
    ("Vinst per aktie: 4,10 kronor.", "4,10 kronor", "share"),
    ("Kostnad per invånare: 1 250 kronor.", "1 250 kronor", "capita"),
    # ... and a bracketed prior figure is at its figure's rate
    ("Resultat per aktie: 2,76 (2,30) kronor.", "2,30", "share"),
    ("Priset var 14,20 (13,10) kronor per liter.", "13,10", "l"),
    # a label naming no denominator gives none
    ("Omsättning: 4 100 MSEK.", "4 100 MSEK", None),
])
def test_a_label_or_a_main_figure_gives_the_rate(text, figure, per):
    assert claim_for(text, figure).quantity.get("per") == per


@pytest.mark.parametrize("sentence, figure, per", [
    # the price now after a comma and 'i dag': the same rate as the price before it ('i fjol' is left out: 'varje år,
    # men i fjol hann vi bara med 0,6 procent' names no rate)
    ("Personal betalar 68 kronor per portion, i dag 62 kronor.", "62 kronor", "portion"),
    ("Det kostar 40 kronor per timme och i dag har vi 300 medlemmar.", "300", None),
    ("Målet är att förnya 1 procent av nätet varje år, men i fjol hann vi bara med 0,6 procent.", "0,6 procent", None),
])
def test_a_rate_holds_for_the_price_now(sentence, figure, per):
    claims = [c.quantity for c in analyse_text(sentence)]
    assert next(q for q in claims if q["text"] == figure)["per"] == per


@pytest.mark.parametrize("text, figure, per", [
    # a rate after a comparative follows a duration too ('6 timmar mer i veckan')
    ("Biblioteket ska hålla öppet 6 timmar mer i veckan.", "6 timmar", "week"),
    ("Eleverna rör sig 20 minuter mindre per dag än för tio år sedan.", "20 minuter", "day"),
    ("Handläggningen tar tre dagar mer än i fjol.", "tre dagar", None),
    # a range compared with a rated figure after it keeps the rate; a rated range lends none to a later figure
    ("Priset steg till 118 kronor per kilo, att jämföra med mellan 95 och 105 kronor i somras.",
     "mellan 95 och 105 kronor", "kg"),
    ("Hyran ligger på 1 200 kronor per kvadratmeter och i Malmö på 900–1 000 kronor.", "900–1 000 kronor", "m2"),
    ("Vi tog emot mellan 9 000 och 11 500 gäster per dag, och den 18 februari sattes rekord med 12 340 skiddagar.",
     "12 340", None),
])
def test_rates_after_a_comparative_and_of_ranges(text, figure, per):
    hit = [c.quantity for c in analyse_text(text, "2026-10-01") if c.quantity["text"] == figure]
    assert hit, [c.quantity["text"] for c in analyse_text(text, "2026-10-01")]
    assert hit[0]["per"] == per


@pytest.mark.parametrize("text, figure, per", [
    # a measure named by the long noun opening a sentence with a rated figure keeps the rate where it is named again
    ("Vårdplatstätheten var 2,1 vårdplatser per 1 000 invånare i länet.\n\nDet är för lite, säger regionrådet.\n\n"
     "I Dalarna är vårdplatstätheten 2,6 vårdplatser.", "2,6", "capita"),
    ("Ohälsotalet låg på 26,4 dagar per försäkrad i oktober.\n\nSkillnaderna är stora.\n\nMännens ohälsotal var "
     "21,0 dagar och kvinnornas 31,9 dagar.", "21,0 dagar", "capita"),
    # not a compound the noun opens, nor a rate of time, nor another unit
    ("Biblioteken lånade ut 6,9 medier per invånare.\n\nBiblioteksbussen stannade vid 38 hållplatser.", "38", None),
    ("Investeringarna uppgick till 120 miljoner kronor per år.\n\nInvesteringarna i skolan blir 45 miljoner kronor.",
     "45 miljoner kronor", None),
    ("Vårdplatstätheten var 2,1 vårdplatser per 1 000 invånare.\n\nVårdplatstätheten har sjunkit med 4 procent.",
     "4 procent", None),
])
def test_a_named_measure_keeps_its_rate(text, figure, per):
    from conftest import extract_claims
    hit = [c.quantity for c in extract_claims(text + "\n", "2026-11-04") if c.quantity["text"] == figure]
    assert hit, figure
    assert hit[0]["per"] == per
