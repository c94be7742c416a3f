"""Stage 3b, claim context: change, from/to, baselines, subjects, speakers and claim types."""
from __future__ import annotations

import pytest

from conftest import claim_for as _one
from conftest import extract_claims as _claims


@pytest.mark.parametrize("text,anchor,direction", [
    ("Antalet skjutningar har minskat med 70 procent.", "70", "decrease"),
    ("Andelen ökade med 9 procent jämfört med 2020.", "9", "increase"),
    ("Vi har förstärkt budgeten med 25 miljoner kronor årligen.", "25", "increase"),
    ("Arbetslösheten sjönk med 0,4 procentenheter.", "0,4", "decrease"),
    ("Kostnaden höjdes med 300 kronor.", "300", "increase"),
    ("Resultatet blev −11 procent.", "11", "decrease"),
    ("Antalet ansökningar fördubblades.", "fördubblades", "increase"),
    ("Väntetiden halverades.", "halverades", "decrease"),
    ("Regeringen satsar 500 miljoner kronor på fler poliser.", "500", None),
    ("Kommunen har 350 000 invånare.", "350", None),
    ("Arbetslösheten väntas stiga till 8,4 procent nästa år.", "8,4", "increase"),
    ("BNP växer med 0,4 procent, efter en nedgång på 0,5 procent i år.", "0,5", "decrease"),
    ("Försvaret förstärks med 27 miljarder kronor.", "27", "increase"),
    ("Skattesatsen höjs med 35 öre.", "35", "increase"),
    ("Hastigheten sänks med 10 km/h.", "10", "decrease"),
    ("Föreningsbidragen räknas upp med 3 procent.", "3", "increase"),
    ("Under halvåret gjordes 6 procent fler resor än i fjol.", "6", "increase"),
    ("Priset är 38 procent lägre än 2022.", "38", "decrease"),
    ("Det blir ungefär 120 kronor mer i skatt per månad.", "120", "increase"),
    ("Regeringen anställer 5 000 fler poliser.", "5 000", "increase"),
    ("Vi lovar 10 000 färre anställda i staten.", "10 000", "decrease"),
    ("Promenader minskade den ökade risken med ungefär en tredjedel.", "en tredjedel", "decrease"),
    ("Det minskade antalet besök ledde till att kostnaden steg med 4 procent.", "4", "increase"),
    ("Löneökningar på 4,1 procent det första året.", "4,1", "increase"),
    ("Löneökningar på 4,1 procent det första året och 3,3 procent det andra året, totalt 7,4 procent.", "3,3", "increase"),
    ("Löneökningar på 4,1 procent det första året och 3,3 procent det andra året, totalt 7,4 procent.", "7,4", "increase"),
    ("Lönerna höjs med 1 200 kronor från den 1 april 2023 och med ytterligare 865 kronor från den 1 april 2024.", "865", "increase"),
    ("Lägst hade Gotland med 4,1 procent och högst Sörmland med 9,8 procent.", "9,8", None),
    ("Andelen ökade till 40 procent och andelen kvinnor var 30 procent.", "30", None),
    ("BNP väntas minska med 0,7 procent 2023 och växa med 0,6 procent 2024.", "0,6", "increase"),
    ("Kronan har försvagats med omkring 8 procent mot euron.", "8", "decrease"),
    ("Moderaterna backar till 18,1 procent.", "18,1", "decrease"),
    ("Bostadsrätter upp 3 procent på tre månader", "3", "increase"),
    ("Volvo ned 4 procent efter rapporten", "4", "decrease"),
    ("Snödjupet blir upp till 40 centimeter.", "40", None),
    ("Ytterligare 1,6 miljarder kronor går till det civila försvaret.", "1,6", "increase"),
    ("Antalet omkomna ska halveras till högst 133 år 2030.", "133", "decrease"),
    ("Område\tPris\tFörändring\n\nStor-Malmö\t4 180\t−1 %", "−1", "decrease"),
    ("Det ökade med 2 procent.", "2", "increase"),
    ("Förändringen mot i fjol är +118 Mkr.", "118", "increase"),
    ("Inflationen var 6,5 procent i september, ned från 7,5 procent månaden innan.", "6,5", "decrease"),
    ("Den var 4,7 procent i september, att jämföra med 6,4 procent i augusti.", "4,7", "decrease"),
    ("I februari fick 71 procent av patienterna sin operation inom vårdgarantins gränser, jämfört med 64 procent i februari 2023.",
     "71", "increase"),
    ("Medellivslängden har ökat med 2 år sedan 1990.", "2 år", "increase"),           # a duration can state a change
    ("Väntetiden har minskat från 120 till 90 dagar.", "90 dagar", "decrease"),
    ("Avtalet gäller i tre år.", "tre år", None),
    # 'årets första nio månader' is the figure's period (time rule first_months), not a figure taking the change
    ("Under årets första nio månader har intäkterna ökat till 3,1 miljarder kronor.", "3,1 miljarder kronor", "increase"),
    # 'lyfte', 'lyfter', 'lyftes' state a rise; 'lyfter fram' (highlights) does not
    ("Exporten lyfte med 2,0 procent i tredje kvartalet.", "2,0 procent", "increase"),
    ("Bolaget lyfter sin prognos till 14 miljarder kronor.", "14 miljarder kronor", "increase"),
    ("Orderingången lyftes till 1 410 Mkr.", "1 410 Mkr", "increase"),
    ("Rapporten lyfter fram 12 åtgärder för en bättre skola.", "12", None),
    # a level named with a change: 'motsvarande en uppgång', a copula after the change ('ökade … och var')
    ("Efter den 1 mars blir avgiften 900 kronor, motsvarande en uppgång på 12 procent.", "900 kronor", "increase"),
    ("Kostnaden blir 3 400 kronor, motsvarande ett tillskott på 300 kronor.", "3 400 kronor", "increase"),
    ("Invånarantalet ökade med 212 personer och var 24 638 vid årsskiftet.", "24 638", "increase"),
    ("Priset sjönk med 3 procent och är nu 45 kronor per kilo.", "45 kronor per kilo", "decrease"),
    # a count with its noun before the comparative compares periods when a period follows 'än'; with no period it
    # compares two things (a baseline, no direction)
    ("Hamnen hanterade 2 900 TEU fler än i oktober 2025.", "2 900", "increase"),
    ("I år anmäldes 45 brott färre än året innan.", "45", "decrease"),
    ("Kliniken tog emot 120 patienter fler än under fjolårets höst.", "120", "increase"),
    ("Hamnen hanterade 2 900 TEU fler än Göteborg.", "2 900", None),
    ("Skolan har 30 elever fler än grannskolan.", "30", None),
    # particle verbs split by an adverb or their subject, per verb group (change.json split_particles); 'reducera'
    ("Fastigheterna skrevs sammantaget ned med 5 procent.", "5 procent", "decrease"),
    ("Prognosen justerades i oktober upp med 0,3 procentenheter.", "0,3", "increase"),
    ("Under hösten mattades byggandet av med 8 procent.", "8 procent", "decrease"),
    ("Vi har fått ned sjukfrånvaron med 2 procentenheter.", "2", "decrease"),
    ("Kostnaderna pressades under året ned med 14 miljoner kronor.", "14", "decrease"),
    ("Vi fick syn på 12 nya arter av fåglar.", "12", None),
    ("Skulden reducerades med 300 miljoner kronor.", "300", "decrease"),
    ("Handläggningstiden blev 40 dagar, en förkortning med 9 dagar.", "9 dagar", "decrease"),
    # 'kan jämföras med', 'ska jämföras med', 'jämförs med' a figure of an earlier period: a change; of another place
    # at the same time: none
    ("I år startade 14 820 åkare, vilket kan jämföras med 16 350 förra året.", "14 820", "decrease"),
    ("Kortet kostar 620 kronor, vilket ska jämföras med 580 kronor i fjol.", "620 kronor", "increase"),
    ("Priset är 40 kronor, vilket kan jämföras med 55 kronor i Norge.", "40 kronor", None),
    # a bracketed prior of an amount of change ('med', a change noun) is the prior period's change; of a level, none
    ("Försäljningen steg med 4,3 (1,9) procent.", "1,9", "increase"),
    ("Den organiska tillväxten uppgick till 9,4 procent (6,1).", "6,1", "increase"),
    ("Volymen minskade med 2,1 procent (+0,8).", "+0,8", "increase"),
    ("Resultatet minskade med 12 (8) Mkr.", "8", "decrease"),
    ("Omsättningen ökade till 201 (171) mkr.", "171", None),
    ("Andelen ökade till 40 procent (35).", "35", None),
    # percentage points 'bättre'/'sämre' than a period: a share up or down; than another thing: none
    ("Punktligheten var 2,6 procentenheter bättre än i september förra året.", "2,6", "increase"),
    ("Andelen blev 3 procentenheter sämre än i fjol.", "3", "decrease"),
    ("Vår skola är 4 procentenheter bättre än grannskolan.", "4", None),
    # 'bidrog negativt med': a negative contribution
    ("Omsättningen steg till 798 Mkr, varav valutaeffekter bidrog negativt med 2,3 procentenheter.", "2,3", "decrease"),
    ("Exporten bidrog positivt med 0,4 procentenheter till tillväxten.", "0,4", "increase"),
    # 'har kortat … med', 'har förkortat … med': a time cut
    ("Vi har kortat tiden till läkare med sex minuter.", "sex", "decrease"),
    ("Bolaget har förkortat leveranstiden med två dagar.", "två", "decrease"),
    # '… påverkade X negativt med', '… positivt med': the effect's sign; 'effektivisera med': a cost cut
    ("Valutaeffekter påverkade nettoomsättningen negativt med 37 MSEK.", "37", "decrease"),
    ("Förvärvet påverkade rörelseresultatet positivt med 12 MSEK.", "12", "increase"),
    ("Alla nämnder måste effektivisera med 0,8 procent nästa år.", "0,8", "decrease"),
    ("Effektiviseringarna på 28 miljoner kronor fördelas på nämnderna.", "28", "decrease"),
    # a rate of change named by its noun ('årstakten') states a change by its sign
    ("Årstakten, alltså förändringen mot oktober i fjol, blev 3,1 procent.", "3,1", "increase"),
    ("Hushållens årstakt var −0,4 procent i oktober.", "−0,4", "decrease"),
    ("Årstakten var 0,0 procent.", "0,0", None),
    ("Motsvarande månadsförändring i oktober 2025 var 0,2 procent.", "0,2", "increase"),
    ("Kvartalsförändringen landade på 1,1 procent.", "1,1", "increase"),
    ("Prisförändringen för el var −3,4 procent.", "−3,4", "decrease"),
    # 'gick framåt med', 'gick tillbaka med'; 'ha ned' a level
    ("Mousserande vin gick framåt med 3,1 procent.", "3,1", "increase"),
    ("Exporten gick tillbaka med 2 procent i mars.", "2", "decrease"),
    ("Han gick tillbaka till kontoret 3 gånger.", "3", None),
    ("Till 2030 vill vi ha ned läckaget till under 12 procent.", "12", "decrease"),
    # compounds ending in a change noun's plural or 'tillväxt'; 'lyfta' (not 'lyfta fram')
    ("Premiehöjningarna på i snitt 6 procent har slagit igenom.", "6 procent", "increase"),
    ("Det blev en nettotillväxt med 4 900 kunder.", "4 900", "increase"),
    ("Vi vill lyfta byggtakten till minst 45 000 bostäder per år.", "minst 45 000", "increase"),
    ("Rapporten vill lyfta fram 12 förslag.", "12", None),
    # a comparative of speed after a duration: the time taken went up or down; a speed is not a time taken
    ("Snittiden blev 47 minuter långsammare än förra årets snitt.", "47 minuter", "increase"),
    ("Resan tar nu 12 minuter snabbare än i fjol.", "12 minuter", "decrease"),
    ("Bussarna kör 5 km/h långsammare än i fjol.", "5 km/h", None),
    # compared with now ('än nu', 'än numera'): a change, as 'än i dag' is
    ("I zon C blir taxan 12 kronor, alltså 2 kronor mer än nu.", "2 kronor", "increase"),
    ("Biljetten kostar 40 kronor, 5 kronor mindre än nu.", "5 kronor", "decrease"),
    ("Nämndens ram dras ned med 3 miljoner kronor.", "3 miljoner kronor", "decrease"),
    ("Bidraget drogs ner med 400 000 kronor i fjol.", "400 000 kronor", "decrease"),
    # a short verb's preterite is listed as a word (stems under five letters match whole words only): 'höjde'
    ("Bolaget höjde priserna med 4 procent i mars.", "4 procent", "increase"),
    ("Nämnden höjde taxan med 12 kronor.", "12 kronor", "increase"),
    # a range after a change verb and 'med' is an amount of change too
    ("Vi höjde listpriserna med i genomsnitt 3–5 procent.", "3–5 procent", "increase"),
    ("Kedjan sänkte priserna med mellan 2 och 4 procent.", "mellan 2 och 4 procent", "decrease"),
    # a count, its noun and any comparative before 'än' and an earlier time ('lägre', 'högre', not only 'fler')
    ("Tilldelningen är 260 älgar lägre än förra året.", "260", "decrease"),
    ("I år kom 1 400 besökare mindre än i fjol.", "1 400", "decrease"),
    ("Kvoten blev 35 djur högre än under 2024.", "35", "increase"),
    ("Skolan har 40 elever mer än grannskolan.", "40", None),
    # 'från … till' after a verb of spread is a range over places, no change (change.json spread_verbs)
    ("Arbetslösheten varierar från 5,1 procent i Hedemo till 9,4 procent i Tallmo.", "9,4 procent", None),
    ("Priserna skiljer sig från 12 kronor i Norr till 18 kronor i Söder.", "18 kronor", None),
    ("Priset steg från 12 kronor till 18 kronor.", "18 kronor", "increase"),
])
def test_context_direction(text, anchor, direction):
    c = _one(text, anchor)
    assert (c.change or {}).get("direction") == direction


@pytest.mark.parametrize("text,first,second,direction", [
    ("Meritvärdet gick upp från 214,8 (år 2016/17) till 228,1 i år.", "214,8", "228,1", "increase"),
    ("Inflationen sjönk från 10,2 procent i december till 8,0 procent i mars.", "10,2", "8,0", "decrease"),
])
def test_context_from_to(text, first, second, direction):
    a, b = _one(text, first), _one(text, second)
    assert (a.change["from_value"], a.change["to_value"]) == (b.change["from_value"], b.change["to_value"])
    assert a.change["direction"] is None and b.change["direction"] == direction


def test_context_prior_period_in_brackets():
    claims = _claims("Rörelseresultatet uppgick till 201 (171) mkr.")
    assert len(claims) == 2                          # the bracketed prior figure is a record of its own
    assert (claims[1].quantity["value"], claims[1].quantity["unit"], claims[1].change) == (171e6, "SEK", None)
    q, ch = claims[0].quantity, claims[0].change
    assert (q["value"], q["unit"]) == (201e6, "SEK")
    assert (ch["from_value"], ch["to_value"], ch["direction"], ch["baseline"]["value"]) == (171e6, 201e6, "increase", 171e6)


@pytest.mark.parametrize("text,anchor,subject", [
    ("Antalet skjutningar har minskat med 70 procent.", "70", "Antalet skjutningar"),
    ("Det betyder att kostnaden för staden minskat med 85 miljoner kronor.", "85", "kostnaden för staden"),
    ("Andelen som nått gymnasiebehörighet ligger nu på 79,4 procent.", "79,4", "Andelen som nått gymnasiebehörighet"),
    ("Den totala arbetslösheten i Malmö har gått ner. Men den är ändå på 12,9 procent.", "12,9", "Den totala arbetslösheten i Malmö"),
    ("Den totala arbetslösheten har gått ner. Det är glädjande. Men den är ändå på 12,9 procent.", "12,9", "Den totala arbetslösheten"),
    ("Den totala arbetslösheten har gått ner. " + "Det är glädjande. " * 3000 + "Men den är ändå på 12,9 procent.", "12,9",
     "Den totala arbetslösheten"),
    ("Antalet elever ökade med 40. Det är glädjande. Men det är ändå 12 procent färre än i fjol.", "12", "Antalet elever"),
])
def test_context_subject(text, anchor, subject):
    assert _one(text, anchor).subject == subject


@pytest.mark.parametrize("text,speaker,party,role,source", [
    ("- Nästan en miljard kronor är välkommet. Det gör skillnad, säger Katrin Stjernfeldt Jammeh (S), kommunstyrelsens ordförande.",
     "Katrin Stjernfeldt Jammeh", "S", "kommunstyrelsens ordförande", "quote"),
    ("”Vi satsar 200 miljoner kronor”, säger Märta Stenevi (MP), kommunalråd.", "Märta Stenevi", "MP", "kommunalråd", "quote"),
    ("Antalet anmälda brott minskade med 6 procent, visar ny statistik från Brå.", "Brå", None, None, "credited"),
    ("Enligt SCB var arbetslösheten 7,5 procent.", "SCB", None, None, "enligt"),
])
def test_context_attribution(text, speaker, party, role, source):
    """``source`` is the kind of evidence (issue 14: quote | enligt | credited | publisher); a cited organisation is
    the speaker and ``cited_source`` too."""
    a = _claims("Rubrik\n\n" + text)[0].attribution
    assert (a["speaker"], a["party"], a["role"], a["source"]) == (speaker, party, role, source)
    if source in ("enligt", "credited"):
        assert a["cited_source"] == speaker


@pytest.mark.parametrize("text,anchor,claim_type", [
    ("Målet är att 90 procent ska klara behörigheten.", "90", "target"),
    ("Antalet skjutningar har minskat med 70 procent.", "70", "change"),
    ("Sverige har Europas tredje högsta arbetslöshet.", "tredje", "ranking"),
    ("Regeringen avsätter 500 miljoner kronor i budgeten.", "500", "budget"),
    ("Mellan 10 och 20 procent röstade nej.", "10", "interval"),
    ("Kommunen har 350 000 invånare.", "350", "statistic"),
])
def test_context_claim_type(text, anchor, claim_type):
    assert _one(text, anchor).claim_type == claim_type


def test_context_bare_scaled_amount_counts_when_subject_is_antalet():
    c = _one("Antalet anmälda brott minskade till 1,4 miljoner under 2022. Kostnaden var 3 miljarder kronor.", "1,4")
    assert (c.quantity["unit"], c.quantity["value"]) == ("count", 1.4e6)
    c = _one("Nästan 1 miljard mot segregation\n\nMalmö får 970 Mkr.", "1 miljard")
    assert (c.quantity["unit"], c.quantity["unit_inferred"]) == ("SEK", True)


def test_context_repeated_claim_links_to_first():
    claims = _claims("Rubrik\n\nHälften av alla nya jobb skapas i Malmö!\n\nHälften av alla nya jobb skapas i Malmö!\n\nText.")
    assert [c.duplicate_of for c in claims] == [None, 0]


@pytest.mark.parametrize("text,anchor,direction,baseline", [
    ("Omsättningen ökade med 12 procent under tredje kvartalet jämfört med samma period i fjol.", "12", "increase", {"start": "2022"}),
    ("Resultatet blev 201 mkr mot 324 året innan.", "201", "decrease", {"value": 324e6}),
    ("Andelen var 45 procent jämfört med 40 i fjol.", "45", "increase", {"value": 40}),
])
def test_context_baselines(text, anchor, direction, baseline):
    c = _one(text, anchor)
    assert c.change["direction"] == direction
    assert {k: c.change["baseline"][k] for k in baseline} == baseline
    assert c.time is None or c.time["start"] != "2022"


def test_context_speaker_with_role_before_name():
    a = _claims("Rubrik\n\n– Vi har öppnat 45 nya vårdplatser, säger regionrådet Carl Johan Sonesson (M).")[0].attribution
    assert (a["speaker"], a["party"], a["role"]) == ("Carl Johan Sonesson", "M", "regionrådet")


def test_context_change_verb_before_a_relative_clause():
    c = _one("Regionen har minskat antalet patienter som väntat länge med 23 procent.", "23")
    assert c.change["direction"] == "decrease"


@pytest.mark.parametrize("text,value,prior,direction", [
    ("EBITDA uppgick till 312 MSEK (276).", 312e6, 276e6, "increase"),
    ("Kassaflödet var −45 MSEK (88).", -45e6, 88e6, "decrease"),
    ("Vi satsar 45 Mkr (2) på skolan.", 45e6, None, None),
])
def test_context_prior_period_after_the_unit(text, value, prior, direction):
    c = _claims(text)[0]
    assert c.quantity["value"] == value
    assert (c.change or {}).get("from_value") == prior and (c.change or {}).get("direction") == direction


def test_context_baseline_figure_after_words():
    c = _one("Totalt väntade 8 412 patienter i december, jämfört med 10 925 ett år tidigare.", "8 412")
    assert (c.change["direction"], c.change["baseline"]["value"]) == ("decrease", 10925)


def test_context_baseline_figure_keeps_its_own_period():
    c = _one("KPIF-inflationen var 6,0 procent i september, jämfört med 6,4 procent i augusti, enligt SCB.", "6,4")
    assert (c.time["start"], c.time["source"]) == ("2023-08", "explicit")
    c = _one("KPIF-inflationen var 6,0 procent i september, jämfört med 6,4 procent i augusti, enligt SCB.", "6,0")
    assert c.time["start"] == "2023-09" and c.change["baseline"]["value"] == 6.4


@pytest.mark.parametrize("text,expected", [
    ("Budget\n\n| Nämnd | Budget 2024, mnkr | Förändring |\n|---|---|---|\n| Skola | 2 914 | +118 |\n| Teknik | 412 | −6 |",
     [(2914e6, "SEK"), (118e6, "SEK"), (412e6, "SEK"), (-6e6, "SEK")]),
    ("Tabell\n\nBefolkningen 15–74 år efter arbetskraftstillhörighet, tusental\nSysselsatta        5 301\nArbetslösa           480",
     [(5301000, "count"), (480000, "count")]),          # the age band '15–74 år' is no figure (entities.json age_bands)
    ("Text\n\nBudgeten räknas i kronor och\när 45 000 till varje skola.", [(45000, "count")]),
    ("AKU\n\nTabell 1. Arbetskraften, april 2024, tusental\n\nGrupp\tKvinnor\tMän\nSysselsatta\t2 641\t2 948",
     [(2641000, "count"), (2948000, "count")]),
    ("AKU\n\nTabell 2. Arbetslöshet efter ålder, procent\n\nÅlder\tApril 2024\tFörändring\n25–54 år\t6,4\t+0,5",
     [(6.4, "percent"), (0.5, "percentage_point")]),    # nor is the row label '25–54 år'
    ("Villor\n\nGenomsnittspris för villor (tkr)\n\nOmråde\tPris\tFörändring 3 mån\n\nStor-Göteborg\t5 340\t+1 %\n\n"
     "Stor-Malmö\t4 180\t−1 %", [(5340000, "SEK"), (1, "percent"), (4180000, "SEK"), (-1, "percent")]),
])
def test_context_table_header_gives_unit_and_scale(text, expected):
    got = [(c.quantity["value"] if c.quantity["value"] is not None else c.quantity["low"], c.quantity["unit"]) for c in _claims(text)]
    assert got == expected


@pytest.mark.parametrize("text,anchor,per", [
    ("Priset var 52 900 kronor per kvadratmeter i Stockholm och i Malmö 33 100 kronor.", "33 100", "m2"),
    ("Ersättningen blir 1 250 kronor per dag, jämfört med 1 116 kronor i dag.", "1 116", "day"),
    ("Utbildningen byggs ut från 8 000 till 10 000 platser per år.", "8 000", "year"),
    ("Minst 150 minuter i veckan med måttlig intensitet, eller minst 75 minuter med hög intensitet.", "75", "week"),
    ("Kaffet kostar 129 kronor per kilo i snitt mot 89 kronor i fjol.", "89", "kg"),
    ("Lärarna arbetar 46 timmar i veckan, vilket är fyra timmar mer än avtalet.", "fyra", "week"),
    ("Kostnaden ökar med cirka 1 100 kronor, till 13 400 kronor per år.", "1 100", "year"),
    ("Hyran är 9 850 kronor per månad och köpet kräver 3 miljoner kronor.", "3 miljoner", None),
    ("Biljetten kostar 95 kronor per resa, och 45 procent av resenärerna köper den.", "45 procent", None),
])
def test_context_elided_rate_applies_to_linked_figure(text, anchor, per):
    """A rate stated once holds for a figure of the same unit coordinated with or compared to it (rates.json 'elided');
    not across units, nor to a figure of another order of magnitude."""
    assert _one(text, anchor).quantity["per"] == per


@pytest.mark.parametrize("text,anchor,start", [
    ("Tabell\n\nÅlder\tApril 2023\tApril 2024\tFörändring\n15–24 år\t21,9\t23,4\t+1,5", "21,9", "2023-04"),
    ("Tabell\n\nÅlder\tApril 2023\tApril 2024\tFörändring\n15–24 år\t21,9\t23,4\t+1,5", "23,4", "2024-04"),
    ("Trafik\n\n| Slag | September 2023 | September 2024 |\n|---|---|---|\n| Utrikes | 375 000 | 398 000 |", "375 000", "2023-09"),
    ("Taxa\n\nAvgift\t2024\t2025\n\nFast avgift\t4 680\t5 100\n\nDagvatten\t1 150\t1 260", "5 100", "2025"),
])
def test_context_table_column_headed_by_a_period_gives_it(text, anchor, start):
    c = _one(text, anchor, "2024-10-09")
    assert (c.time["start"], c.time["source"]) == (start, "document_context")


@pytest.mark.parametrize("text,anchor,start", [
    ("Olivolja har stigit med 45 procent i maj, medan gurkan sjunkit till 19,90 kronor från 32 kronor i maj förra året.", "45", "2024-05"),
    ("Olivolja har stigit med 45 procent i maj, medan gurkan sjunkit till 19,90 kronor från 32 kronor i maj förra året.", "32", "2023-05"),
])
def test_context_period_of_a_from_value_is_its_own(text, anchor, start):
    """'från 32 kronor i maj förra året': the period is the from-value's, the comparison point of the others."""
    assert _one(text, anchor, "2024-06-05").time["start"] == start


def test_context_offset_after_a_named_year_counts_from_it():
    """'fem år tidigare' after 'År 2023' is 2018, not five years before the publication date (time.json anaphoric_offsets)."""
    c = _one("År 2023 döptes 38 procent av alla nyfödda, jämfört med 46 procent fem år tidigare.", "46", "2024-02-14")
    assert (c.time["start"], c.time["end"]) == ("2018", "2018")


@pytest.mark.parametrize("text,anchor,direction", [
    ("Antalet bränder minskade med 9 procent, till 1 020.", "1 020", "decrease"),
    ("E-boksutlånet ökade kraftigt, med 18 procent, till 96 400 lån.", "96 400", "increase"),
    ("Antalet klienter ökade med 11 procent, till i genomsnitt 6 120 per dag.", "6 120", "increase"),
    ("Personalomsättningen sjönk med 2 procentenheter, till 9,4 procent.", "9,4", "decrease"),
    ("Utlåningen minskade för tredje året i rad och landade på 812 000 lån.", "812 000", "decrease"),
    ("Avgiften är 200 kronor, till skillnad från i fjol.", "200", None),
])
def test_context_to_value_after_a_comma_keeps_the_direction(text, anchor, direction):
    """A to-value in a clause of its own ('..., till 1 020') takes the change word before it (change.json endpoint_words)."""
    assert (_one(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text,anchor,start", [
    ("Hyrorna för 2023 höjdes med 3,6 procent.\n\nStångåstaden äger cirka 19 300 lägenheter och har omkring 40 000 hyresgäster.",
     "40 000", "2024-12-12"),
    ("Intäkterna var 1,9 miljarder kronor 2023.\n\nKyrkoavgiften är i genomsnitt 1,04 procent av inkomsten.", "1,04", "2024-12-12"),
    ("Budgeten för 2023 var 612 miljoner kronor.\n\nFörbundet har 14 brandstationer och cirka 950 anställda, varav 420 är deltidsbrandmän.",
     "420", "2024-12-12"),
    # a past tense or a change keeps the paragraph before's period; so does a sentence in the same paragraph
    ("Budgeten för 2023 var 612 miljoner kronor.\n\nFörbundet hade 14 brandstationer.", "14", "2023"),
    ("Budgeten för 2023 var 612 miljoner kronor.\n\nFörbundet har ökat antalet stationer med 3.", "3", "2023"),
    ("Budgeten för 2023 var 612 miljoner kronor. Förbundet har 14 brandstationer.", "14", "2023"),
])
def test_context_standing_fact_in_a_new_paragraph_takes_the_publication_date(text, anchor, start):
    assert _one(text, anchor, "2024-12-12").time["start"] == start


@pytest.mark.parametrize("text,anchor,start,direction", [
    ("Bokningsläget inför sommarsäsongen ligger 3 procent under förra året.", "3", "2024-07-10", "decrease"),
    ("Priserna ligger 5 procent över föregående år.", "5", "2024-07-10", "increase"),
    # after a change the period is the figure's own; a named year after 'under' is 'during'
    ("Försäljningen ökade med 3 procent under förra året.", "3", "2023", "increase"),
    ("Andelen var 4 procent under 2023.", "4", "2023", None),
])
def test_context_figure_under_a_period_is_a_comparison(text, anchor, start, direction):
    """'ligger 3 procent under förra året' (change.json comparison_after_figure): förra året is the comparison point."""
    c = _one(text, anchor, "2024-07-10")
    assert (c.time["start"], (c.change or {}).get("direction")) == (start, direction)


@pytest.mark.parametrize("text,anchor,unit,per", [
    ("Taxa\n\nAvgift\t2024\t2025\nFast avgift, kr/år\t4 680\t5 100\nRörlig avgift, kr/m³\t35,30\t38,50", "5 100", "SEK", "year"),
    ("Taxa\n\nAvgift\t2024\t2025\nFast avgift, kr/år\t4 680\t5 100\nRörlig avgift, kr/m³\t35,30\t38,50", "38,50", "SEK", "m3"),
    ("Taxa\n\n| Avgift | 2024 | 2025 |\n|---|---|---|\n| Dagvatten, kr/år | 1 150 | 1 260 |\n| Antal kunder | 410 | 415 |", "1 260", "SEK", "year"),
    ("Taxa\n\n| Avgift | 2024 | 2025 |\n|---|---|---|\n| Dagvatten, kr/år | 1 150 | 1 260 |\n| Antal kunder | 410 | 415 |", "415", "count", None),
])
def test_context_table_row_label_gives_its_unit(text, anchor, unit, per):
    """'Fast avgift, kr/år': a unit named after the last comma of a row's label is the unit of the row's bare figures."""
    q = _one(text, anchor, "2024-10-02").quantity
    assert (q["unit"], q["per"]) == (unit, per)


@pytest.mark.parametrize("text,anchor,year", [
    ("År 1940 hade byn 600 invånare och 80 år senare bodde där 90 personer.", "90", "2020"),
    ("Under 2015 såldes 300 villor, jämfört med 410 tio år tidigare.", "410", "2005"),
    ("År 1995 fanns 14 bensinstationer i kommunen. Tjugo år senare fanns 5 kvar.", "5", "2015"),
])
def test_context_year_offsets_count_from_the_named_year(text, anchor, year):
    """'80 år senare', 'tio år tidigare' after a named year count from it, not from the publication date."""
    c = _one(text, anchor, "2024-02-14")
    assert (c.time["start"], c.time["end"]) == (year, year)


@pytest.mark.parametrize("text", [
    "Löneökningarna blev större än väntat, men undersökningen visar en minskning.",
    "Den ökade risken syns i att antalet bränder har ökat kraftigt.",
    "Priserna steg med 3 procent och sjönk sedan tillbaka.",
    "Ansökan om bidrag kom in i tid.",
])
def test_change_words_remembered_per_word_give_the_same_cue(text):
    """direction_cue remembers each word's direction (speed); remembered or read afresh, the cue is the same."""
    from pipeline import lexicon
    from pipeline.extraction import context
    memo = lexicon.load().derived(context._directions)["memo"]
    for comparatives in (True, False):
        memo[comparatives].clear()
        fresh = context.direction_cue(text, comparatives)
        assert context.direction_cue(text, comparatives) == fresh
        for n in range(len(text)):                      # every prefix, with the words remembered from before
            remembered = context.direction_cue(text[:n], comparatives)
            memo[comparatives].clear()
            assert context.direction_cue(text[:n], comparatives) == remembered


def test_sentence_readings_are_the_words_of_the_sentence():
    from pipeline.extraction import text as T
    s = "Ökningen i Malmö var 4,2 procent – km2 och E-boken, naïve."
    assert T.sentence_lower(s) == s.lower()
    assert list(T.sentence_words(s)) == T.words(s)
    assert T.sentence_word_set(s) == frozenset(T.words(s))


@pytest.mark.parametrize("text", [
    "1 250,5 kr, 73.031 st, ,77 och 2019–2023; km2 ökade ⅔ (−4,2 %) 100 000-tal",
    "Ökningen: 3,5 procent.12 av 20 kommuner, 1.5.2023 kl. 14.30, 0046-8-123 45 67",
])
def test_the_tokenizer_reads_words_first_with_the_same_tokens(text):
    """text.TOKEN_RE tries words before numbers (speed); a number starts with a digit or a comma, a word with a
    letter, so the tokens are those of the number-first order."""
    import re
    from pipeline.extraction import text as T
    from pipeline.extraction.numbers import DIGITS_RE
    number_first = re.compile(DIGITS_RE.pattern + r"|[^\W\d_]+|\S")
    assert [m.span() for m in T.TOKEN_RE.finditer(text)] == [m.span() for m in number_first.finditer(text)]


@pytest.mark.parametrize("text, direction", [
    # a change word written with a capital inside a sentence starts a name ('Backa', 'Höjden', 'Sänket')
    ("Linje 341 Öringe–Backa har 14 avgångar", None),
    ("Bussen till Nya Höjden går 9 gånger", None),
    ("Boende i Sänket betalar 420 kronor", None),
    # at the start of a sentence, a line or after a list mark it is the word
    ("Ökade med 4 procent", "increase"),
    ("Omsättning:\nMinskade med 2 procent", "decrease"),
    ("• Sjönk till 3,1 procent", "decrease"),
    ("Hyran i Backa ökade med 4 procent", "increase"),
])
def test_a_capitalised_change_word_inside_a_sentence_is_a_name(text, direction):
    from pipeline.extraction import context
    hit = context.direction_cue(text, True)
    assert (hit[0] if hit else None) == direction


@pytest.mark.parametrize("text, direction", [
    # 'korta' (shorten) is a decrease as 'förkorta' is; 'förlänga' an increase
    ("Restiden kortas med 9 minuter", "decrease"),
    ("Vi kortade handläggningstiden till 18 dagar", "decrease"),
    ("Säsongen förlängs med två veckor", "increase"),
    # 'dra ned' (pull down, cut) is a decrease in the forms of the verb
    ("Kemiindustrin drog ned tempot med 3,9 procent", "decrease"),
    ("Kommunen drar ner på kostnaderna med 12 miljoner", "decrease"),
])
def test_shorten_and_lengthen_are_changes(text, direction):
    from pipeline.extraction import context
    hit = context.direction_cue(text, True)
    assert (hit[0] if hit else None) == direction
