"""Stage 3, the sentence analyser and the resolver: one analyser for every caller; period and change decided by
named rules whose evidence travels in the record."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import claim_for

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "corpus", ROOT / "tests" / "golden" / "mini-sv" / "source", ROOT / "tests" / "heldout" / "corpus"]
COMPARED = ("value", "low", "high", "unit", "per", "bound")


def _from_context(q: dict, change: dict | None) -> bool:
    """Whether the document around the sentence set a field (the quantity says so)."""
    return bool(q.get("unit_inferred")) or any(q.get(k) not in (None, "text", "sentence")
                                               for k in ("unit_source", "per_source", "scale_source")) \
        or bool(change and (change.get("cue") or {}).get("rule") in ("table_change_column", "next_sentence", "earlier_level_next", "consequence",
                                                                              "new_and_now_in_document"))


def _documents():
    from pipeline.ingest import discover, ingest_path
    for path, root in discover([str(c) for c in CORPORA]):
        doc = ingest_path(path, root)
        if doc.status == "ok":
            yield doc


def test_quantities_on_each_sentence_agrees_with_run_on_every_corpus():
    """Every sentence of the sample corpus, the golden corpus and all held-out rounds, given alone to the analyser
    (as the ``quantities`` command does), gives each figure the value, unit, rate, bound and direction ``run`` gives
    it, except where the figure says the document context set the field."""
    from pipeline.extraction.analyse import analyse_text
    from pipeline.extraction.document import extract_document
    from pipeline.segment import segment_text
    total = agree = 0
    diffs = []
    for doc in _documents():
        for c in extract_document(doc, segment_text(doc.text, doc.furniture)):
            q = c.quantity
            if _from_context(q, c.change):
                continue
            s = c.sentence
            alone = {a.quantity["char_start"]: a for a in analyse_text(s["text"], doc.published)}
            other = alone.get(q["char_start"] - s["char_start"])
            total += 1
            run_fields = tuple(q[k] for k in COMPARED) + ((c.change or {}).get("direction"),)
            cli_fields = other and tuple(other.quantity[k] for k in COMPARED) + ((other.change or {}).get("direction"),)
            if run_fields == cli_fields:
                agree += 1
            else:
                diffs.append((doc.doc_id, q["text"], run_fields, cli_fields))
    assert total > 1000
    assert not diffs, diffs[:10]


def test_quantities_command_is_the_analyser(tmp_path):
    """The command prints, for a line, the same quantity, time and change the analyser gives it."""
    from pipeline.extraction.analyse import analyse_text
    line = "Priset på el steg med 12 procent till 1,45 kronor per kWh under 2023 jämfört med 2022."
    out = subprocess.run([sys.executable, "-m", "pipeline", "quantities", "--published", "2024-02-01"], input=line + "\n",
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    items = json.loads(out)
    claims = analyse_text(line, "2024-02-01")
    assert [i["quantity"] for i in items] == [c.quantity for c in claims]
    assert [i["time"] for i in items] == [c.time for c in claims]
    assert [i["change"] for i in items] == [c.change for c in claims]


def test_extract_stage_takes_an_nlp_backend():
    from pipeline.cli import build_parser
    args = build_parser().parse_args(["extract", "--out", "x", "--nlp", "spacy"])
    assert args.nlp == "spacy"


# --- change cues are whole words (or compounds headed by a change noun) ----------------------------------------

@pytest.mark.parametrize("text, anchor", [
    ("47 procent av kvinnorna i undersökningen svarade ja.", "47 procent"),
    ("Enligt väljarundersökningen stöder 31 procent förslaget.", "31 procent"),
    ("Antalet ansökningar var 1 250 i år.", "1 250"),
    ("Tobaksrökningen bland unga ligger på 6 procent.", "6 procent"),
    ("I undersökningar från 2019 uppgav 64 procent att de var nöjda.", "64 procent"),
    # ... nor at the start of a compound that names something else (a blending quota, not a reduction)
    ("Reduktionsplikten för diesel ska vara 30 procent.", "30 procent"),
])
def test_cue_words_never_match_inside_other_words(text, anchor):
    c = claim_for(text, anchor)
    assert (c.change or {}).get("direction") is None


@pytest.mark.parametrize("text, anchor, direction", [
    # a part after 'varav'/'därav' of a changed figure shares its change, also past a duration between them
    ("Nämnden får ett tillskott på 52 miljoner kronor, varav 18 miljoner kronor går till hemtjänsten.", "18 miljoner kronor",
     "increase"),
    ("Lönerna höjs med totalt 6 procent under två år, varav 3,5 procent första året.", "3,5 procent", "increase"),
    ("Budgeten minskas med 40 miljoner kronor, därav 12 miljoner kronor inom skolan.", "12 miljoner kronor", "decrease"),
])
def test_a_part_shares_the_change_of_its_whole(text, anchor, direction):
    assert claim_for(text, anchor).change["direction"] == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a change named after a pair of levels and distributed over them ('respektive') is each level's change
    ("Vänsterpartiet får 7,8 procent och Miljöpartiet 5,0 procent, en ökning med 0,4 respektive 0,2 procentenheter.",
     "7,8 procent", "increase"),
    ("Malmö hade 412 bränder och Lund 160 bränder, en minskning med 12 respektive 9 procent.", "412", "decrease"),
    # ... without 'respektive' the change is the nearer level's only
    ("Malmö hade 412 bränder och Lund 160 bränder, en minskning med 9 procent.", "412", None),
])
def test_a_distributed_change_reaches_each_level(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a label opening a line of a list held in one segment names the change of the figures after it
    ("Avtal\n\nAvtalsperiod: 1 april 2026–31 mars 2028 (24 månader)\nLöneökningar: 3,4 procent år 1, 3,0 procent år 2\n"
     "Berörda: cirka 64 000 anställda\n", "3,0 procent", "increase"),
    ("Budget\n\nRam 2025: 410 Mkr (24 enheter)\nBesparing: 12 Mkr år 1, 8 Mkr år 2\nPersonal: 300 tjänster\n",
     "12 Mkr", "decrease"),
])
def test_a_label_opening_a_line_names_the_change(text, anchor, direction):
    assert claim_for(text, anchor).change["direction"] == direction


@pytest.mark.parametrize("text, anchor, direction, cue", [
    ("Löneökningen blev 4,1 procent i år.", "4,1 procent", "increase", "Löneökningen"),
    ("Prissänkningar på 25 procent lockade kunder.", "25 procent", "decrease", "Prissänkningar"),
    ("Antalet brott minskade med 12 procent.", "12 procent", "decrease", "minskade"),
    ("Omsättningen ökade till 530 miljoner kronor.", "530 miljoner kronor", "increase", "ökade"),
    # the passive infinitive after a modal or 'föreslås', and a supplement
    ("Avgiften föreslås höjas med 50 kronor.", "50 kronor", "increase", "höjas"),
    ("Anslaget ska sänkas med 3 miljoner kronor.", "3 miljoner kronor", "decrease", "sänkas"),
    ("Ramen behöver minskas med 2 procent.", "2 procent", "decrease", "minskas"),
    ("Skolan får ett tillskott på 4 miljoner kronor.", "4 miljoner kronor", "increase", "tillskott"),
    # a contribution's direction ('påverkade uppåt', 'ett negativt bidrag')
    ("Kläderna påverkade KPI uppåt med 0,3 procentenheter.", "0,3 procentenheter", "increase", "uppåt"),
    ("Elen påverkade inflationen nedåt med 0,2 procentenheter.", "0,2 procentenheter", "decrease", "nedåt"),
    ("Elpriserna gav ett negativt bidrag på 0,5 procentenheter.", "0,5 procentenheter", "decrease", "negativt bidrag"),
    # a signed rate alone in brackets states its own change, nearer than the clause's change word
    ("Uppgången motverkades av lägre priser på el (−11,5 procent).", "−11,5 procent", "decrease", "−"),
    ("Nedgången dämpades av dyrare kläder (+6,8 procent).", "+6,8 procent", "increase", "+"),
    # 'blir/blev billigare, dyrare' is a change of price
    ("Dieseln blir billigare, med 10 öre per liter.", "10 öre", "decrease", "blir billigare"),
    ("Kaffet blev dyrare med 3 kronor per paket.", "3 kronor", "increase", "blev dyrare"),
    # closing down is a decrease ('har stängts', 'lades ned')
    ("Sedan 2015 har 14 vårdcentraler stängts i länet.", "14", "decrease", "stängts"),
    ("Sedan 2020 har 9 bankkontor lagts ned i kommunen.", "9", "decrease", "lagts ned"),
])
def test_change_cue_names_the_word_that_set_the_direction(text, anchor, direction, cue):
    c = claim_for(text, anchor)
    assert c.change["direction"] == direction
    assert c.change["cue"]["text"] == cue
    s = c.sentence
    assert text[c.change["cue"]["char_start"] - s["char_start"]:c.change["cue"]["char_end"] - s["char_start"]] == cue


@pytest.mark.parametrize("text, anchor, sign", [
    ("Resultatet förbättrades med +4,6 procent.", "+4,6 procent", "+"),
    ("Marginalen var −2,1 procent.", "−2,1 procent", "−"),
])
def test_a_sign_is_the_cue_of_a_signed_change(text, anchor, sign):
    c = claim_for(text, anchor)
    assert c.change["cue"]["text"] in (sign, "förbättrades")


# --- the period: which rule decided, and the evidence in the record ------------------------------------------

@pytest.mark.parametrize("text, anchor, rule, source", [
    ("Under 2021 anmäldes 6 561 brott i Malmö.", "6 561", "same_clause", "explicit"),
    ("Under 2020, trots pandemin, sålde bolaget för 12 miljoner kronor.", "12 miljoner", "same_sentence", "explicit"),
    ("I fjol, enligt SCB, flyttade 12 000 personer till Malmö.", "12 000", "same_sentence", "explicit"),
    ("Under 2022 ökade antalet turister kraftigt. De spenderade 4 miljarder kronor.", "4 miljarder", "previous_sentence",
     "sentence_context"),
    ("Andelen behöriga lärare ligger nu på 71,5 procent.", "71,5 procent", "present_in_clause", "publication_date"),
    ("Arbetslösheten är 7,1 procent.", "7,1 procent", "present_tense", "publication_date"),
])
def test_time_evidence_names_the_rule_that_decided(text, anchor, rule, source):
    c = claim_for(text, anchor)
    assert c.time["source"] == source
    assert c.time["evidence"]["rule"] == rule


def test_time_evidence_offsets_point_into_the_document():
    text = "Rubrik\n\nUnder 2021 anmäldes 6 561 brott i Malmö."
    c = claim_for(text, "6 561")
    ev = c.time["evidence"]
    assert text[ev["char_start"]:ev["char_end"]] == "Under 2021"


def test_heading_period_governs_a_list():
    text = "Budget 2024\n\n- Skolan får 30 miljoner kronor\n- Vården får 45 miljoner kronor\n"
    c = claim_for(text, "45 miljoner")
    assert c.time["start"] == "2024" and c.time["evidence"]["rule"] == "heading"


def test_time_rules_are_one_ordered_list():
    """The policy is the list's order: nearest evidence first, the heading last."""
    from pipeline.extraction.resolve import TIME_RULES
    names = [n for n, _ in TIME_RULES]
    assert names.index("same_clause") < names.index("same_sentence") < names.index("previous_sentence") \
        < names.index("heading")
    assert len(set(names)) == len(names)


# --- direction vs comparison (CONTRACT: direction is set only for a change over time) --------------------------

@pytest.mark.parametrize("text, anchor, direction, baseline", [
    ("Lönerna i vården är dubbelt så höga som i handeln.", "dubbelt", None, "som i handeln"),
    ("Hyran i Stockholm är tre gånger så hög som i Umeå.", "tre gånger", None, None),
    ("Regionen lägger 25 procent mer på vård än på kultur.", "25 procent", None, "än på kultur"),
    ("Bolaget sålde 12 procent fler bilar än konkurrenten.", "12 procent", None, "än konkurrenten"),
    ("Det såldes 8 procent fler cyklar än i fjol.", "8 procent", "increase", None),
    ("Antalet sökande var dubbelt så många som för fem år sedan.", "dubbelt", "increase", None),
    ("Kostnaden blev 15 procent lägre än vid förra upphandlingen.", "15 procent", "decrease", None),
    # compared with before an event or with a historical average: over time, a change
    ("Omsättningen är fortfarande 7 procent lägre än före pandemin.", "7 procent", "decrease", None),
    ("Antalet olyckor var 12 procent fler än snittet för de senaste fem åren.", "12 procent", "increase", None),
    # 'under'/'över' an earlier level right after the figure
    ("Årets septembersiffra ligger 18 procent under femårssnittet.", "18 procent", "decrease", None),
    ("Andelen var 26 procent under 2024.", "26 procent", None, None),
    # compared with another thing's average at the same time: a comparison
    ("Kostnaden är 9 procent högre än riksgenomsnittet.", "9 procent", None, "än riksgenomsnittet"),
    # compared with the normal (a long-run average of earlier years): over time, a change
    ("Oktober var 1,8 grader varmare än normalt.", "1,8 grader", "increase", None),
    ("Medeltemperaturen låg 1,2 grader under det normala.", "1,2 grader", "decrease", None),
    ("Snödjupet var 12 cm mer än normalt.", "12 cm", "increase", None),
    # comparatives of strength over time
    ("Exporten var 3 procent svagare än samma månad i fjol.", "3 procent", "decrease", None),
    ("Kronan var 2 procent starkare än för ett år sedan.", "2 procent", "increase", None),
    ("Kronan är 4 procent starkare än euron.", "4 procent", None, "än euron"),
])
def test_a_comparison_between_things_sets_a_baseline_not_a_direction(text, anchor, direction, baseline):
    c = claim_for(text, anchor)
    assert (c.change or {}).get("direction") == direction
    if baseline:
        assert c.change["baseline"]["text"] == baseline


@pytest.mark.parametrize("text, anchor, direction", [
    # a level followed by its difference against an earlier time is the new value after that change
    ("Föreningen hade 1 310 medlemmar vid årets slut, 84 fler än ett år tidigare.", "1 310", "increase"),
    ("Butiken sålde 4 200 cyklar, 6 procent färre än i fjol.", "4 200", "decrease"),
    # against another thing at the same time: no change
    ("Skolan har 640 elever, 40 fler än grannskolan.", "640", None),
    # words and figures that state no change may stand between the level and its difference
    ("Regionen hade 912 vårdplatser på sina fyra sjukhus under 2024, 14 fler än året innan.", "912", "increase"),
    ("Totalt var 41 000 personer arbetslösa i mer än 12 månader i mars, ungefär 2 000 färre än ett år tidigare.",
     "41 000", "decrease"),
    # number words between the level and a difference in another unit ('på kommunens sex bibliotek, 7 procent fler')
    ("Under 2024 gjordes 98 000 besök på stadens tre bad, 4 procent fler än året innan.", "98 000", "increase"),
    # a verb of its own between them: the difference is about something else
    ("Skolan har 640 elever och anställer 12 lärare, 3 fler än i fjol.", "640", None),
    # ... but a supine completing the level's own 'har' is no verb of its own
    ("Hittills i år har 6 874 företag gått i konkurs, 2 procent fler än under samma period i fjol.", "6 874", "increase"),
    ("I år har 1 240 elever sökt till programmet, 90 färre än i fjol.", "1 240", "decrease"),
    # a difference against the normal after 'vilket är … över/under'
    ("Medeltemperaturen blev 6,8 grader, vilket är 2,9 grader över det normala.", "6,8 grader", "increase"),
    ("Nederbörden blev 21 mm, vilket är 30 mm under det normala.", "21 mm", "decrease"),
])
def test_level_before_a_difference(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # the next sentence states the difference against an earlier time: the level before it changed
    ("I mars anmäldes 212 cykelstölder. Det är 31 färre än i mars förra året.", "212", "decrease"),
    ("Under sommaren kom 1,8 miljoner besökare. Det är 4 procent fler än samma period i fjol.", "1,8 miljoner",
     "increase"),
    # a threshold after the level names the group ('mer än 90 dagar'), it is not the level that changed
    ("I oktober väntade 1 240 personer längre än 60 dagar på bygglov. Det är 85 färre än i oktober i fjol.", "1 240",
     "decrease"),
    ("Vid årsskiftet hade 2 310 hushåll mer än 3 månaders skulder. Det är 140 fler än ett år tidigare.", "2 310",
     "increase"),
    # the level the sentence before states in digits, not a number word nor a part after 'varav'; a noun may stand
    # between the comparative and 'än'
    ("Under mars reste 812 000 passagerare via de tio flygplatserna. Det är 4 procent fler än i mars i fjol.",
     "812 000", "increase"),
    ("I salarna genomfördes 24 870 operationer, varav 14 320 planerade. Det är 1 150 fler operationer än 2024.",
     "24 870", "increase"),
    # a difference in percentage points is one of the share before it ('bättre'/'sämre' of shares too)
    ("I maj kom 91,8 procent av tågen i tid. Det är 2,6 procentenheter bättre än i maj förra året.", "91,8 procent",
     "increase"),
    ("Andelen behöriga var 84 procent. Det är en minskning med 1,5 procentenheter jämfört med i fjol.", "84 procent",
     "decrease"),
    ("I april hade 61 procent av patienterna fått tid. Det är 3 procentenheter sämre än i april i fjol.",
     "61 procent", "decrease"),
    # a level followed by a bare difference with nothing compared ('alltså 60 kronor mer per månad') is the new
    # value after that change; with 'än' and no earlier time it is a comparison
    ("Från januari blir avgiften 1 250 kronor, alltså 60 kronor mer per månad.", "1 250 kronor", "increase"),
    ("Efter omläggningen tar resan 48 minuter, sex minuter kortare.", "48 minuter", "decrease"),
    ("Skolan har 640 elever, 40 fler än grannskolan.", "640", None),
    # the level whose noun a phrase with another figure qualifies ('4 870 medarbetare i 14 länder, 120 färre …')
    ("Koncernen hade 4 870 medarbetare i 14 länder, 120 färre än vid årsskiftet.", "4 870", "decrease"),
    ("Koncernen hade 4 870 medarbetare i 14 länder, 120 färre än vid årsskiftet.", "14", None),
    # a level opening its sentence, its own verb after it, then the difference ('Drygt 64 000 patienter har …')
    ("Drygt 64 000 patienter har i dag ett avtal, 8 procent fler än för ett år sedan.", "Drygt 64 000", "increase"),
    ("Omkring 1 200 hushåll får i år bidrag, 90 färre än i fjol.", "Omkring 1 200", "decrease"),
    # a share that is its clause's one figure, then a change named in apposition after the clause
    ("53 procent av de vuxna har övervikt, en ökning med 3 procentenheter sedan 2021.", "53 procent", "increase"),
    # a figure of an earlier time and, after a comma, one labelled now: the later one is the new value
    ("För tio år sedan hade föreningen 310 medlemmar, i dag är det 540.", "540", "increase"),
    ("År 2015 kostade kortet 450 kronor, nu 620 kronor.", "620 kronor", "increase"),
    ("För 20 år sedan låg andelen på 71 procent, i dag bara 58 procent.", "58 procent", "decrease"),
    ("För tio år sedan hade föreningen 310 medlemmar, i dag är det 540.", "310", None),
    # against another thing at the same time: no change
    ("Skolan har 640 elever. Det är 40 fler än grannskolan.", "640", None),
    # a duration compared with an earlier time
    ("Handläggningen tog 96 dagar, två veckor längre än i fjol.", "två veckor", "increase"),
])
def test_difference_in_the_next_sentence_or_of_a_duration(text, anchor, direction):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text + "\n", "2025-06-01") if c.quantity["text"] == anchor)
    assert (c.change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # the same measure compared with its value at an earlier time, past a figure of another kind: a change
    ("I maj svarade 71 procent av kunderna inom 48 timmar, jämfört med 64 procent ett år tidigare.", "71 procent",
     "increase"),
    ("41 procent har längre än 30 minuter till jobbet, jämfört med 46 procent 2019.", "41 procent", "decrease"),
    # compared with another place at the same time, past a figure of another kind: a baseline only
    ("Väntetiden var 14 dagar för 80 procent av patienterna i länet, jämfört med 18 dagar i riket.", "14 dagar", None),
])
def test_baseline_over_time_past_another_figure(text, anchor, direction):
    c = claim_for(text, anchor)
    assert (c.change or {}).get("direction") == direction
    assert c.change["baseline"]["value"] is not None


@pytest.mark.parametrize("text, anchor, direction, rule", [
    ("Exporten växer långsammare än tidigare, 2,1 procent mot 3,4 procent.", "2,1 procent", "increase", "clause_before"),
    ("Exporten växer långsammare än tidigare, 2,1 procent mot 3,4 procent.", "3,4 procent", "increase", "compared_amount"),
    # a level, its baseline, then the change ('…, jämfört med 498 000 föregående säsong, en ökning med 23 procent')
    ("Entreprenörerna utförde 612 000 plogtimmar, jämfört med 498 000 föregående säsong, en ökning med 23 procent.",
     "612 000 plogtimmar", "increase", "apposition"),
    ("Bolaget hade 310 anställda, mot 290 året innan, en ökning med 7 procent.", "310", "increase", "apposition"),
    # a level with an apposition whose relative clause tells its change ('en andel som ökat med')
    ("Drygt 40 procent av hushållen har rörliga elavtal, en andel som ökat med 6 procentenheter på två år.",
     "Drygt 40 procent", "increase", "apposition"),
    ("Kommunen har 1 200 anställda i hemtjänsten, ett antal som har minskat sedan 2020.", "1 200", "decrease",
     "apposition"),
    # a floor, ceiling or restatement of the change in another measure ('dock minst', 'dock högst', 'eller')
    ("Förbundet kräver löneökningar på 1 450 kronor per månad för alla medlemmar, dock minst 4,8 procent.",
     "minst 4,8 procent", "increase", "clause_before"),
    ("Hyran höjs med 300 kronor i månaden, dock högst 5 procent.", "högst 5 procent", "increase", "clause_before"),
    ("Avgiften sänks med 200 kronor, eller 8 procent.", "8 procent", "decrease", "clause_before"),
    ("Priserna sjönk kraftigt under hösten, 4,2 procent jämfört med 1,9 procent.", "1,9 procent", "decrease", "compared_amount"),
    ("Sänk skatten med 2 000 kronor per år.", "2 000 kronor", "decrease", "change_word"),
    ("Höj barnbidraget med 300 kronor.", "300 kronor", "increase", "change_word"),
    ("Avgiften får förhöjas med högst 10 procent.", "10 procent", "increase", "change_word"),
    # a level a verb of reaching names, coordinated with a change (change.json level_links)
    ("Omsättningen ökade med 8 procent och uppgick till 612 miljoner kronor.", "612 miljoner kronor", "increase",
     "coordinated_level"),
    ("Antalet resor minskade med 2 procent jämfört med i fjol och landade på 4,1 miljoner.", "4,1 miljoner",
     "decrease", "coordinated_level"),
    # ... also with a year between the verb and 'till', and after a multiplicative ('har tredubblats … och uppgick')
    ("Lånen har ökat kraftigt och uppgick 2025 till 58 900.", "58 900", "increase", "coordinated_level"),
    ("Besöken har nästan fördubblats sedan 2019 och landade i år på 41 200.", "41 200", "increase", "coordinated_level"),
    ("Sålda biljetter har halverats och stannade förra året på 3 100.", "3 100", "decrease", "coordinated_level"),
    # ... a direct verb with a period between it and the level
    ("Antalet förelägganden har också ökat och var i september 11 400, enligt myndigheten.", "11 400", "increase",
     "coordinated_level"),
    ("Köerna har krympt och var vid årsskiftet 2 300 personer.", "2 300", "decrease", "coordinated_level"),
    # ... after a comparative ('blir 50 kronor dyrare och kostar'), with 'ligger', and with 'nu' before the verb
    ("Månadskortet blir 50 kronor dyrare och kostar 1 090 kronor.", "1 090 kronor", "increase", "coordinated_level"),
    ("Priset gick upp med 3 procent och ligger nu på 480 kronor.", "480 kronor", "increase", "coordinated_level"),
    ("Frånvaron har nästan fördubblats sedan 2022 och nu uppgår den till 3,2 procent.", "3,2 procent", "increase",
     "coordinated_level"),
    # a number word before 'fler'/'färre' is a difference; a level before it changed
    ("Klubben hade 318 medlemmar vid årets slut, nio fler än ett år tidigare.", "318", "increase",
     "level_before_difference"),
    # a comparison with the average of earlier years is a change over time; 'jämfört med ett femårssnitt på 246'
    ("Kåren ryckte ut till 198 bränder, jämfört med ett femårssnitt på 231.", "198", "decrease", "baseline_value"),
    ("Medianen var 14 minuter, två minuter kortare än femårsgenomsnittet.", "14 minuter", "decrease",
     "level_before_difference"),
    # a level before a factor compared with an earlier time changed by it
    ("Skörden blev 64 000 ton, nästan dubbelt så mycket som 2022.", "64 000 ton", "increase", "level_before_factor"),
    ("Inbrotten var 9 100, vilket är knappt hälften så många som 2014.", "9 100", "decrease", "level_before_factor"),
    ("Tullen beslagtog 64 vapen under året, dubbelt så många som 2020.", "64", "increase", "level_before_factor"),
    # needing to save is a cut; a negative amount after a change noun is a decrease
    ("Utan skattehöjningen hade nämnden behövt spara 31 miljoner kronor.", "31 miljoner kronor", "decrease",
     "change_word"),
    ("Värdeförändringar på fastigheterna uppgick till −41 Mkr.", "−41 Mkr", "decrease", "sign"),
    # a signed count in prose is a change, also after a name with a number in it ('covid-19 −8 fall')
    ("Mot förra veckan: influensa +44 fall, covid-19 −8 fall.", "+44", "increase", "sign"),
    ("Mot förra veckan: influensa +44 fall, covid-19 −8 fall.", "−8", "decrease", "sign"),
    ("Jämfört med 2024 hade skolan −12 elever i årskurs 1.", "−12", "decrease", "sign"),
    # points take a comparative too; a word of the level's may stand before ', vilket är' ('142 kronor kilot, …')
    ("Meritvärdet blev 218,4, vilket är 3,1 poäng högre än förra året.", "3,1 poäng", "increase", "comparative_after"),
    ("Kaffet kostade i snitt 129 kronor kilot, vilket är 14 kronor mer än i fjol.", "129 kronor", "increase",
     "level_before_difference"),
    # ... also ', det är N mer än …'
    ("Vi lade 214 miljoner kronor på underhåll i fjol, det är drygt 14 procent mer än året innan.", "214 miljoner kronor",
     "increase", "level_before_difference"),
    ("Klubben sålde 4 100 årskort, det var 300 färre än säsongen innan.", "4 100", "decrease", "level_before_difference"),
    # a level before ', vilket är N mer än …' (an earlier time)
    ("Elförbrukningen var 12,4 TWh, vilket är 0,5 TWh mer än samma månad förra året.", "12,4 TWh", "increase",
     "level_before_difference"),
    ("Genomsnittlig löneökning: 3,4 procent", "3,4 procent", "increase", "label"),
    ("Prishöjning: 7 %", "7 %", "increase", "label"),
    # a figure restating the change before it in another unit (change.json restatement_links)
    ("Jämfört med i fjol var mjölken 1,20 kronor billigare per liter, eller 7,5 procent.", "7,5 procent", "decrease",
     "restatement"),
    ("Folkmängden ökade med 340 personer, det vill säga 2,1 procent.", "2,1 procent", "increase", "restatement"),
    ("Kostnaderna steg med 12 miljoner kronor, motsvarande 4 procent.", "4 procent", "increase", "restatement"),
])
def test_direction_stated_elsewhere_in_the_sentence(text, anchor, direction, rule):
    c = claim_for(text, anchor)
    assert c.change["direction"] == direction
    assert c.change["cue"]["rule"] == rule


@pytest.mark.parametrize("text, anchor, direction", [
    # the next sentence opens with an earlier time and states that time's level: the sign of the difference
    ("Snittpriset på en villa var 4,1 miljoner kronor i maj. Ett år tidigare var det 3,8 miljoner kronor.",
     "4,1 miljoner kronor", "increase"),
    ("Under första kvartalet anmäldes 412 cykelstölder. Motsvarande kvartal i fjol var de 530.", "412", "decrease"),
    ("I mars var 71 procent av tågen i tid. I mars förra året var andelen 64 procent.", "71 procent", "increase"),
    ("Klubben hade 2 040 medlemmar vid årsskiftet. För fem år sedan var de 2 310.", "2 040", "decrease"),
    ("I augusti 2026 väntade 640 barn på plats. I augusti 2025 var antalet 580.", "640", "increase"),
    ("Tjänsten användes av 95 000 kunder under 2026, varav 12 000 företag. Under 2025 var siffrorna 81 000 "
     "respektive 9 500.", "12 000", "increase"),
    # ... but not a difference, another place, another unit or rate, a flow, or a time that only opens the sentence
    ("I maj kostade kortet 790 kronor. För ett år sedan hade samma kort kostat 60 kronor mer.", "790 kronor", None),
    ("I Lund är priset 86 öre. Förra vintern var snittpriset i Malmö 149 öre.", "86 öre", None),
    ("I zon 3 är priset 86 öre. Förra vintern var snittpriset i zon 4 hela 149 öre.", "86 öre", None),
    ("Lönen var 41 000 kronor i månaden i maj. Ett år tidigare var timlönen 240 kronor i timmen.", "41 000 kronor", None),
    ("Föreningen har 1 126 domare. Under året utbildades 74 nya domare.", "1 126", None),
    ("Incidensen låg på 118 per 100 000. Sedan säsongsstarten har 2 315 fall rapporterats.", "118", None),
    # a noun taking up the figure, then its change; a change after an opening comparison
    ("Bara 61,8 procent hade väntat högst 90 dagar. Andelen har minskat med 2,3 procentenheter.", "61,8 procent",
     "decrease"),
    ("I september uppgick exporten till 14,2 miljarder kronor. Jämfört med samma månad i fjol är det en ökning "
     "med 6 procent.", "14,2 miljarder kronor", "increase"),
    ("Bolaget investerade 145 miljoner kronor i en ny panna. Den minskar utsläppen med 4 200 ton.",
     "145 miljoner kronor", None),
    # a change in per cent told of a share given as 'från … procent'; pairs told with 'respektive' or in order
    ("Under hösten vaccinerade sig 61,2 procent. Det är en höjning från 58,4 procent säsongen innan.", "61,2 procent",
     "increase"),
    ("I maj såldes 4 100 elbilar och 2 900 laddhybrider. Det är 12 procent fler elbilar och 8 procent färre "
     "laddhybrider än i maj i fjol.", "2 900", "decrease"),
    ("Kostnaden blev 71,2 miljoner kronor, eller 1 780 kronor per invånare. Det är 4 procent mer i löpande priser "
     "än året innan.", "71,2 miljoner kronor", "increase"),
    # the level a difference fits in, not a smaller figure beside it; the whole, not its parts after 'varav'
    ("Laget lockade i snitt 9 800 åskådare till sina 13 hemmamatcher. Det är 1 100 fler än i fjol.", "9 800",
     "increase"),
    ("Investeringarna blir 385 miljoner kronor, varav 160 miljoner kronor till skolor och 45 miljoner kronor till "
     "idrott. Det är en minskning jämfört med i år.", "385 miljoner kronor", "decrease"),
])
def test_the_next_sentence_tells_the_change(text, anchor, direction):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text + "\n", "2026-11-10") if c.quantity["text"].startswith(anchor))
    assert (c.change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a to-value after the change's amount and its span ('med 19 procent på ett år till 142 kronor')
    ("Hyran har fortsatt att stiga, med 6 procent på två år till 1 340 kronor per kvadratmeter.", "1 340 kronor", "increase"),
    ("Elpriset har fallit, med 30 procent på tre månader till 64 öre.", "64 öre", "decrease"),
    # a range wholly on one side of an earlier value it is compared with
    ("Intäkterna väntas bli mellan 410 och 440 miljoner kronor 2027, jämfört med 388 miljoner kronor 2026.",
     "mellan 410 och 440 miljoner kronor", "increase"),
    ("Kostnaden blir mellan 10 och 20 miljoner kronor 2027, jämfört med 15 miljoner kronor 2026.",
     "mellan 10 och 20 miljoner kronor", None),
    # a rise is the change of a level that can hold it, not of a smaller figure between them
    ("Totalt kom 812 400 besökare till parkens 96 evenemang, vilket är drygt 60 000 fler än 2025.", "812 400", "increase"),
    ("Totalt kom 812 400 besökare till parkens 96 evenemang, vilket är drygt 60 000 fler än 2025.", "96", None),
    # a figure with a comparative of its own after a coordination of the other way keeps its own
    ("I norr var priset 12 procent högre än i fjol, medan hushållen i söder betalade 9 procent mindre.", "9 procent",
     "decrease"),
    # 'under' a period named by an ordinal is when, not below; 'under nivån för samma period YEAR' is below
    ("Andelen uppklarade brott var 21 procent under tredje kvartalet.", "21 procent", None),
    ("Resandet ligger 4 procent under nivån för samma period 2019.", "4 procent", "decrease"),
    # a raise named by its noun; a change noun's amount is its figure, not the others of the clause
    ("Avtalet ger ett löneutrymme på 3,1 procent.", "3,1 procent", "increase"),
    ("Ett påslag på 500 kronor i månaden för alla 80 000 medlemmar kostar 480 miljoner kronor om året.", "80 000", None),
    ("Ett påslag på 500 kronor i månaden för alla 80 000 medlemmar kostar 480 miljoner kronor om året.",
     "480 miljoner kronor", None),
    ("Hyrorna steg med 4 procent till i genomsnitt 1 290 kronor per kvadratmeter.", "1 290 kronor", "increase"),
    ("Anslaget räknas upp med 40 miljoner kronor eller 2,5 procent.", "2,5 procent", "increase"),
    # a target down to a level ('ner till', 'ner under'), an imperative demanding a cut of a definite object
    ("Nästa år vill vi komma ner till 85 procent beläggning.", "85 procent", "decrease"),
    ("Målet är att vi ska ned under 30 dagar i snitt.", "30 dagar", "decrease"),
    ("Korta väntetiden för bygglov till högst sex veckor.", "högst sex veckor", "decrease"),
    ("Förkorta handläggningen till 20 dagar.", "20 dagar", "decrease"),
    ("Korta resor kostar 25 kronor.", "25 kronor", None),             # an adjective, no imperative
    ("Vi satsar 40 miljoner kronor på att korta köerna.", "40 miljoner kronor", None),   # a purpose, no change
])
def test_an_amount_a_to_value_and_a_level_against_its_change(text, anchor, direction):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text + "\n", "2026-11-10") if c.quantity["text"].startswith(anchor))
    assert (c.change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor", [
    ("Drygt sex av tio invånare, 62 procent, röstade. Det är en ökning från 57 procent 2022.", "Drygt sex av tio"),
    ("Var fjärde elev, 24 procent, äter frukost. Det är en minskning från 31 procent 2022.", "Var fjärde"),
])
def test_a_share_in_words_restated_in_per_cent_shares_the_change_told_next(text, anchor):
    from conftest import extract_claims
    claims = extract_claims(text + "\n", "2026-11-10")
    words, percent = (next(c for c in claims if c.quantity["text"] == anchor),
                      next(c for c in claims if c.quantity["unit"] == "percent"))
    assert (words.change or {}).get("direction") == (percent.change or {}).get("direction") is not None


@pytest.mark.parametrize("text, anchor", [
    ("Antal skolor med höjd budget: 14", "14"),
    ("I juli regnade det 80 millimeter, ungefär 120 procent av det normala.", "120 procent"),
    ("Arbetslösheten steg till 7,1 procent mot 6,8 procent i fjol.", "7,1 procent"),
    ("Intäkterna var 40 miljoner kronor, eller 12 procent av omsättningen.", "12 procent"),   # no change to restate
    ("Kommunen har 640 elever, dubbelt så många som grannkommunen.", "640"),       # a factor against another thing
    ("Snittet blev 221,3, vilket är under rikets 229,8 från förra året.", "229,8"),  # a plain number is no factor
    ("Hushållen sparade 18 procent av inkomsten.", "18 procent"),                   # saving is not cutting
    ("Resultatet blev −12 Mkr.", "−12 Mkr"),                                        # a loss is a level
])
def test_no_direction_borrowed_for_a_level_or_a_label(text, anchor):
    c = claim_for(text, anchor)
    if anchor == "7,1 procent":                      # the to-value of a change keeps its own verb
        assert c.change["direction"] == "increase"
    else:
        assert (c.change or {}).get("direction") is None


# --- what a bare scaled amount counts ----------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, unit", [
    ("Sverige har en befolkning på drygt 10 miljoner. Försvaret får 5 miljarder kronor.", "10 miljoner", "count"),
    ("De är nästan 2 miljoner. Budgeten är 3 miljarder kronor.", "2 miljoner", "count"),
    ("Antalet resenärer var 40 miljoner. Biljetterna kostade 2 miljarder kronor.", "40 miljoner", "count"),
    ("Stadsbefolkningen väntas växa till 8 miljarder. Satsningen kostar 4 miljarder kronor.", "8 miljarder", "count"),
    ("Regionen satsar 3 miljoner på vården. Budgeten är 9 miljarder kronor.", "3 miljoner", "SEK"),
    ("Stödet uppgick till 12 miljarder mätt i svenska kronor.", "12 miljarder", "SEK"),
    ("Kontraktet var värt 4 miljoner, omräknat till euro.", "4 miljoner", "EUR"),
    # things counted by a plural noun, and an apposition reading the clause before it
    ("I fjol var de anmälda brotten drygt 1,4 miljoner. Polisen kostade 30 miljarder kronor.", "1,4 miljoner", "count"),
    ("Paketen blev 2,2 miljoner i december. Portot kostar 12 kronor.", "2,2 miljoner", "count"),
    ("Flest utländska gäster kom från Norge, 1,1 miljoner. De spenderade 9 miljarder kronor.", "1,1 miljoner", "count"),
    ("Mest pengar gick till vägarna, 4 miljarder. Totalt satsas 11 miljarder kronor.", "4 miljarder", "SEK"),
    # a number of times
    ("Filmen strömmades 3,4 miljoner gånger. Den kostade 90 miljoner kronor.", "3,4 miljoner", "count"),
    ("Appen laddades ned 1,2 miljoner ggr. Utvecklingen kostade 8 miljoner kronor.", "1,2 miljoner", "count"),
])
def test_bare_scaled_amounts_count_or_are_money(text, anchor, unit):
    assert claim_for(text, anchor).quantity["unit"] == unit


# --- a bracketed prior figure is a record of its own (CONTRACT: brackets) ------------------------------------

@pytest.mark.parametrize("text, main, prior, prior_value, prior_period", [
    ("Under andra kvartalet 2024 ökade intäkterna till 412 (388) Mkr.", "412", "388", 388e6, ("2023-04", "2023-06")),
    ("Rörelseresultatet för 2023 blev 57,1 MSEK (49,6).", "57,1 MSEK", "49,6", 49.6e6, ("2022", "2022")),
    ("Utdelningen för 2023 föreslås till 3,10 (2,80) kronor per aktie.", "3,10", "2,80", 2.80, ("2022", "2022")),
    ("Marginalen var 12 procent (2021: 9 procent).", "12 procent", "9 procent", 9, ("2021", "2021")),
    # a signed prior between the figure and its unit
    ("Under 2024 blev värdeförändringarna −31 (−140) Mkr.", "−31", "−140", -140e6, ("2023", "2023")),
    # a bare figure in brackets closing the clause: the prior of the clause's figure of a like size
    ("I mars 2025 var 6,2 procent av arbetskraften utan jobb (5,9).", "6,2 procent", "5,9", 5.9, ("2024-03", "2024-03")),
    ("Under 2024 fick 1 480 personer arbete (1 312).", "1 480", "1 312", 1312, ("2023", "2023")),
    ("Under 2024 hade 2 115 av dem varit utan arbete i 12 månader eller mer (1 980).", "2 115", "1 980", 1980,
     ("2023", "2023")),
])
def test_prior_figure_in_brackets_is_its_own_record(text, main, prior, prior_value, prior_period):
    from conftest import extract_claims
    claims = {c.quantity["text"]: c for c in extract_claims(text)}
    assert main in claims and prior in claims, list(claims)
    p = claims[prior]
    assert p.quantity["value"] == pytest.approx(prior_value)
    assert (p.time["start"], p.time["end"]) == prior_period
    assert p.quantity["unit"] == claims[main].quantity["unit"]
    # a prior states no change of its own, except an amount of change whose sign is its direction ('värdeförändringar')
    expected = "decrease" if "förändring" in text and prior_value < 0 else None
    assert (p.change or {}).get("direction") == expected


@pytest.mark.parametrize("text", [
    "Skolan har 12 klasser (se bilaga 3).",
    "Kommunen har 40 000 invånare (2024).",
    "Det finns 40 skolor i kommunen (Norrby) och 3 förskolor.",
])
def test_not_every_bracket_holds_a_prior_figure(text):
    from conftest import extract_claims
    assert all(c.quantity.get("prior_of") is None for c in extract_claims(text))
    assert all(c.change is None or c.change.get("cue", {}).get("rule") != "prior_in_brackets" for c in extract_claims(text))


@pytest.mark.parametrize("text, main, compared, unit, per", [
    # a bracket closing a comparison ('lägre än genomsnittet (12 870)') gives the compared one's figure: same time,
    # the figure's unit and rate, no prior
    ("Under 2025 var det 12 230 brott per 100 000 invånare, lägre än snittet för liknande kommuner (12 870).",
     "12 230", "12 870", "count", "capita"),
    ("Hyran 2024 var 1 480 kronor per kvadratmeter, jämfört med riket (1 390).", "1 480 kronor", "1 390", "SEK", "m2"),
])
def test_a_bracket_after_a_comparison_is_the_compared_figure(text, main, compared, unit, per):
    c = claim_for(text, compared)
    assert c.quantity.get("prior_of") is None
    assert (c.quantity["unit"], c.quantity["per"]) == (unit, per)
    assert (c.time or {}).get("start") == (claim_for(text, main).time or {}).get("start")


def test_a_heading_comparison_period_is_not_the_period_it_governs():
    text = ("Helåret 2024 jämfört med helåret 2023\n\n- Intäkterna uppgick till 612 MSEK.\n"
            "- Antalet kunder var 41 000.\n")
    for anchor in ("612 MSEK", "41 000"):
        c = claim_for(text, anchor, "2025-02-10")       # a year-end report comes out after the year it reports on
        assert (c.time["start"], c.time["end"]) == ("2024", "2024"), anchor


@pytest.mark.parametrize("text, anchor, direction", [
    ("I april såldes 1 840 nya husbilar, en ökning med 6 procent.", "1 840", "increase"),
    ("Kostnaden landade på 48 miljoner kronor, vilket är en minskning jämfört med budgeten.", "48 miljoner", "decrease"),
    ("Under våren registrerades 730 nya medlemmar, vilket innebär en ökning.", "730", "increase"),
    ("Kommunen har 420 anställda, en del av dem på deltid.", "420", None),
    ("Resultatet blev 14 Mkr, en försämring med 3 Mkr.", "3 Mkr", "decrease"),
    ("Klubben har nu 5 tränare i stället för tidigare 8.", "5", "decrease"),
    # a percentage level too: 'X procent, en ökning med Y procentenheter'
    ("Andelen behöriga lärare var 71 procent, en minskning med 2 procentenheter.", "71 procent", "decrease"),
    ("Liberalerna får 4,2 procent, en ökning med 0,3 procentenheter.", "4,2 procent", "increase"),
    ("Andelen var 38 procent, en majoritet av dem kvinnor.", "38 procent", None),
    # a longer noun phrase of the figure's own before the apposition
    ("Andelen arbetslösa var 6,1 procent av den registerbaserade arbetskraften, en ökning med 0,5 procentenheter.",
     "6,1 procent", "increase"),
    ("I år sökte 31 200 personer minst en utbildning vid högskolan, en minskning med 2 procent.", "31 200", "decrease"),
    # an adjective before the change noun
    ("Under 2024 anmäldes 61 000 inbrott, vilket är en marginell minskning jämfört med året innan.", "61 000",
     "decrease"),
    ("Kön var 2 300 personer, en kraftig ökning sedan i våras.", "2 300", "increase"),
    # a figure opening its clause may have a copula before the apposition
    ("Av larmen var 412 automatlarm. 318 av dem var falsklarm, en minskning med 9 procent.", "318", "decrease"),
])
def test_a_new_value_after_a_change_in_an_apposition(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


def test_a_baseline_figure_is_not_a_member_of_a_coordination():
    text = "I maj hyrdes 318 stugor ut, jämfört med 402 under samma månad förra året, vilket innebär en minskning."
    assert claim_for(text, "318").change["direction"] == "decrease"
    assert (claim_for(text, "402").change or {}).get("direction") is None


@pytest.mark.parametrize("text, anchor, unit", [
    ("Nämnden får 90 miljoner kronor. Tolv miljoner läggs på fritidsgårdar.", "Tolv miljoner", "SEK"),
    ("Projektet kostar 2 miljarder kronor, och 300 miljoner används till vägar.", "300 miljoner", "SEK"),
    ("Hamnen tog emot 8,4 miljoner ton gods, varav 2,1 miljoner kom från Finland.", "2,1 miljoner", "count"),
    ("Appen har 5 miljoner användare, därav 1,5 miljoner i Norge.", "1,5 miljoner", "count"),
    # a part link opening the next sentence: a part of the count that ended the sentence before
    ("Budgeten är 80 miljoner kronor. Klubben har 2,2 miljoner följare. Av dessa bor 0,4 miljoner i Finland.",
     "0,4 miljoner", "count"),
    ("Budgeten är 80 miljoner kronor. Av dessa går 12 miljoner till lön.", "12 miljoner", "SEK"),
    # 'resandet' counts travellers, also ending a compound
    ("Biljetterna kostade 3 miljarder kronor. Tågresandet ökade till 41 miljoner.", "41 miljoner", "count"),
    # a sentence that counts something and names no money: its bare scaled amounts count too
    ("Intäkterna var 40 miljoner kronor. Stugbyarna tappade 22 000 gästnätter och hamnade på 1,18 miljoner.",
     "1,18 miljoner", "count"),
    ("Biljetterna kostade 3 miljarder kronor. Resorna ökade till 2,7 miljoner, medan bussarna låg kvar på 1,1 miljoner.",
     "1,1 miljoner", "count"),
    # ... but not an amount far larger than the count: money the document names elsewhere
    ("Totalt får 3,2 miljoner personer 28,4 miljarder kronor. Nära 3,2 miljoner får dela på 28,4 miljarder.",
     "28,4 miljarder", "SEK"),
    # a part of a sum of money is money ('avser' is a verb, not what is counted)
    ("Budgeten omfattar 2,9 miljarder kronor, varav 1,6 miljarder avser sjukhuset.", "1,6 miljarder", "SEK"),
])
def test_bare_scaled_amount_after_a_money_verb_or_a_part_link(text, anchor, unit):
    assert claim_for(text, anchor).quantity["unit"] == unit


@pytest.mark.parametrize("text, anchor", [
    ("Cirka 9 300 inbrott anmäldes under 2024, vilket är samma nivå som 2021.", "9 300"),
    ("Omsättningen blev 88 Mkr under 2024, i nivå med 2022.", "88 Mkr"),
])
def test_a_year_compared_with_is_a_baseline_not_the_period(text, anchor):
    c = claim_for(text, anchor)
    assert c.time["start"] == "2024"
    assert c.change["baseline"]["start"] in ("2021", "2022")


@pytest.mark.parametrize("text, anchor, direction, rule", [
    ("I juni såldes 8 200 nya bostäder. Det är en minskning med 4 procent.", "8 200", "decrease", "next_sentence"),
    ("Föreningen fick 310 nya medlemmar. Detta innebär en ökning jämfört med i fjol.", "310", "increase", "next_sentence"),
    ("Ramen för kultur sänks med 3 miljoner kronor. Den samlade ramen blir därmed 41 miljoner kronor.",
     "41 miljoner", "decrease", "consequence"),
    # the consequence of a change in the same sentence ('blir då'), also 'blir alltså'
    ("Det innebär 270 kronor mer i månaden, och hyran blir då 8 210 kronor.", "8 210 kronor", "increase",
     "consequence"),
    ("Avgiften sänks med 40 kronor och blir alltså 310 kronor.", "310 kronor", "decrease", "consequence"),
    # the change just told restated in another measure ('motsvarar det', 'innebär det', 'det betyder')
    ("Elnätsavgiften höjdes med 6 procent. För en villakund motsvarar det cirka 65 kronor i månaden.", "65 kronor",
     "increase", "consequence"),
    ("Taxan sänks med 4 procent. För en normalvilla betyder det cirka 300 kronor per år.", "300 kronor", "decrease",
     "consequence"),
    ("Biljettpriset höjs med 5 kronor. Det innebär 120 kronor per år för en pendlare.", "120 kronor", "increase",
     "consequence"),
])
def test_a_change_named_in_the_next_or_the_previous_sentence(text, anchor, direction, rule):
    c = claim_for(text, anchor)
    assert (c.change["direction"], c.change["cue"]["rule"]) == (direction, rule)


@pytest.mark.parametrize("text, anchor", [
    ("Kommunen har 420 anställda. Det är en bra siffra.", "420"),
    ("Skolan har 310 elever. Det blev en ökning av sökande i år.", "310"),
])
def test_no_direction_carried_without_a_change_named(text, anchor):
    assert (claim_for(text, anchor).change or {}).get("direction") is None


@pytest.mark.parametrize("text, anchor, direction", [
    # 'med X till Y' after a verb a comma has cut off: the to-value takes the change's direction
    ("E-handeln växte snabbt, med 14 procent till 96 miljarder kronor.", "96 miljarder kronor", "increase"),
    ("Antalet resor sjönk kraftigt, med 8 procent till 2,1 miljoner.", "2,1 miljoner", "decrease"),
    # no change before 'med': nothing to take
    ("Laget vann med 3 mål till 1.", "1", None),
])
def test_to_value_after_the_size_of_a_change(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a level reached in a clause coordinated with the change ('och nådde'), a strengthened ratio
    ("Gästnätterna från USA steg med 14 procent och nådde 88 000.", "88 000", "increase"),
    ("Antalet medlemmar ökade med 300 och passerade 12 000.", "12 000", "increase"),
    ("Soliditeten stärktes till 46,2 procent från 43,7 procent.", "46,2 procent", "increase"),
    ("Soliditeten stärktes till 46,2 procent från 43,7 procent.", "43,7 procent", None),     # the from-value
    # a level against the normal: its share of the normal, or 'mot normalt X'
    ("I Ekeslund kom 386 mm under sommaren, vilket är 212 procent av det normala.", "386 mm", "increase"),
    ("Sandhamra fick bara 98 mm, ungefär 55 procent av normal nederbörd.", "98 mm", "decrease"),
    ("Skörden blev 412 000 ton, 118 procent av fjolårets skörd.", "412 000 ton", "increase"),
    ("I Haparby nådde solskenet bara 512 timmar, mot normalt 640 timmar.", "512 timmar", "decrease"),
    ("Temperaturen låg 1,3 grader över normalperioden 1991–2020.", "1,3 grader", "increase"),
    # rain falls: no decrease
    ("I Ekeslund föll 386 mm under sommaren.", "386 mm", None),
    ("Det föll 40 cm snö på ett dygn.", "40 cm", None),
    # a vote's count states no change
    ("Förslaget föll med 38 röster mot 33.", "38", None),
])
def test_levels_reached_and_compared_with_the_normal(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction



@pytest.mark.parametrize("text, anchor, direction", [
    # change verbs of growing and waning ('tilltog', 'avtog') and a budget's 'uppräkning'
    ("Trafiken på bron tilltog med 6 procent under sommaren.", "6 procent", "increase"),
    ("Intresset för kurserna avtog med 12 procent under hösten.", "12 procent", "decrease"),
    ("Skolan får en uppräkning med 14 miljoner kronor nästa år.", "14 miljoner kronor", "increase"),
    # 'plus' before a rate states a rise as '+' does; a figure with a sign of its own keeps it in a coordination
    ("Priserna i Umeå, plus 3,2 procent, steg mest.", "plus 3,2 procent", "increase"),
    ("Bostadsrätterna gick plus 7,4 procent och villorna minus 2,1 procent.", "minus 2,1 procent", "decrease"),
    ("Exporten ökade med 4 procent till Norge och −1 procent till Danmark.", "−1 procent", "decrease"),
])
def test_growing_waning_and_signed_words(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction, period", [
    # a level over or under a level noun and an earlier period or 'före' is a change (change.json compared_levels);
    # the period named there is the comparison point, not the figure's own
    ("Hyrorna låg 3,1 procent över nivån i mars förra året.", "3,1 procent", "increase", None),
    ("Exporten var 7 procent under nivån för två år sedan.", "7 procent", "decrease", None),
    ("Resandet ligger fortfarande 9 procent under nivån före pandemin.", "9 procent", "decrease", None),
    # a level in another place is a comparison, not a change
    ("Lönerna ligger 12 procent över nivån i Norge.", "12 procent", None, None),
    # the peak is a level too ('toppen', change.json compared_levels)
    ("Aktien står 18 procent under toppen hösten 2023.", "18 procent", "decrease", None),
    ("Priserna ligger 5 procent under toppen i Stockholm.", "5 procent", None, None),
    # a fraction with a comparative and an earlier time
    ("Utsläppen var en fjärdedel lägre än i mars förra året.", "en fjärdedel", "decrease", None),
    # the same period a year before, named with 'motsvarande period' (compared_levels)
    ("Vilket är 3,3 procent över motsvarande period året innan.", "3,3 procent", "increase", None),
])
def test_levels_compared_with_an_earlier_level(text, anchor, direction, period):
    c = claim_for(text, anchor, "2025-10-10")
    assert (c.change or {}).get("direction") == direction
    assert not (c.time or {}).get("start", "").startswith(("2023", "2024"))


@pytest.mark.parametrize("text, anchor, direction", [
    # a level with an apposition naming its change: 'ett' nouns and adverbs too (change.json apposition_leads,
    # apposition_adverbs)
    ("Biografen sålde 41 000 biljetter, ett tapp på 6 procent.", "41 000", "decrease"),
    ("Föreningen fick 880 nya medlemmar, ett lyft på 20 procent.", "880", "increase"),
    ("Andelen elbilar var 38 procent, upp 5 procentenheter.", "38 procent", "increase"),
    ("Skuldkvoten var 61 procent, ned 2 procentenheter.", "61 procent", "decrease"),
    ("Hamnen hanterade 2,3 miljoner ton, ett ras med 15 procent.", "15 procent", "decrease"),
    # a particle verb split by its subject or an adverb (change.json split_particles)
    ("Under våren gick elpriserna ned med 11 procent.", "11 procent", "decrease"),
    ("I fjol gick antalet medlemmar upp med 300.", "300", "increase"),
    ("Räntan steg först och gick sedan ner med 0,25 procentenheter.", "0,25 procentenheter", "decrease"),
    ("Hon gick ut med 300 kronor i handen.", "300 kronor", None),
])
def test_appositions_and_split_particle_verbs(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, per", [
    # 'i veckan' before a figure right after a past verb says when, not how often (rates.json past_occasions)
    ("Aktien handlades i veckan till 212 kronor.", "212 kronor", None),
    ("Aktien steg i veckan med 8 procent.", "8 procent", None),
    ("Biljetten kostade i månaden 950 kronor.", "950 kronor", None),
    # after the figure, or with a present verb, it is a rate
    ("Vi tjänade 4 000 kronor i veckan.", "4 000 kronor", "week"),
    ("Hyran kostar i månaden 7 200 kronor.", "7 200 kronor", "month"),
])
def test_past_occasion_is_not_a_rate(text, anchor, per):
    assert claim_for(text, anchor).quantity.get("per") == per


@pytest.mark.parametrize("text, anchor, direction", [
    # waning, revision and building-out verbs and nouns (change.json increase/decrease, compound_heads)
    ("Efterfrågan väntas mattas av till 1,5 procent.", "1,5 procent", "decrease"),
    ("Räntan bedöms falla till 3,1 procent nästa år.", "3,1 procent", "decrease"),
    ("Vi räknar med 1,4 procent, en nedrevidering från 1,9 procent.", "1,4 procent", "decrease"),
    ("Vi räknar med 2,6 procent, en upprevidering från 2,2 procent.", "2,6 procent", "increase"),
    ("Lönetakten dämpades till 3,2 procent.", "3,2 procent", "decrease"),
    ("Facket kräver ett skattelyft på 900 kronor.", "900 kronor", "increase"),
    ("Laddnätet har byggts ut med 240 stolpar.", "240", "increase"),
    # 'hittills' is an earlier time to compare with; a coordinated 'kostar' is the level after the change
    ("Ett årskort kostar 8 900 kronor, 300 kronor mer än hittills.", "300 kronor", "increase"),
    ("Taxan sänktes med 5 procent och kostar nu 610 kronor.", "610 kronor", "decrease"),
])
def test_more_change_words(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, per", [
    # 'på varje' and 'för varje' before a denominator say 'per' (rates.json each_words); a denominator closing
    # the clause is the figure's when no finite verb stands between them
    ("I snitt går 21 barn på varje förskollärare.", "21", None),
    ("Skolan har 13 elever på varje lärare.", "13", "teacher"),
    ("Hushållen betalar 2 kronor extra för varje kilowattimme.", "2 kronor", "kWh"),
    ("Planet tog 96 resenärer per landning.", "96", "landing"),
    ("Bara tre kommuner hade lägre kostnad per invånare.", "tre", None),
    # 'per' and a measure's unit name, a participle between them, is the rate
    ("Vattnet per producerat kilo sjönk till 14 liter.", "14 liter", "kg"),
    ("Räknat per ton stål blev utsläppen 1,6 ton.", "1,6 ton", None),
])
def test_each_and_unit_denominators(text, anchor, per):
    assert claim_for(text, anchor).quantity.get("per") == per


def test_a_span_dates_its_own_clause_and_sentence_only():
    text = ("Antalet platser minskade med 40, medan efterfrågan har ökat med 6 procent på ett år.\n"
            "I kommunen finns 1 200 platser.")
    assert (claim_for(text, "40", "2026-05-10").time or {}).get("start") != "2025-05"
    assert (claim_for(text, "6 procent", "2026-05-10").time or {}).get("start") == "2025-05"
    assert (claim_for(text, "1 200", "2026-05-10").time or {}).get("start") != "2025-05"


@pytest.mark.parametrize("text, anchor, direction", [
    # a level against a baseline value is a change only when the baseline is earlier: a period or a temporal word
    # after it, or a cue naming a value replaced (change.json replaced_value_cues)
    ("Intäkterna blev 610 miljoner kronor, jämfört med 540 miljoner kronor året innan.", "610 miljoner kronor", "increase"),
    ("Kön var 41 minuter, mot 1 timme och 2 minuter i mars 2025.", "41 minuter", "decrease"),
    ("Andelen var 7,2 procent, ned från 8,0 procent.", "7,2 procent", "decrease"),
    ("Ett kort kostar 690 kronor i stället för 650.", "690 kronor", "increase"),
    ("I Uppsala kostar en trea 48 000 kronor per kvm jämfört med 31 000 kronor i Örebro.", "48 000 kronor", None),
])
def test_baseline_values_over_time_only(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a difference against a named earlier point ('jämförelseperioden', 'halvårsskiftet', 'rekordåret': change.json
    # comparison temporal_words) is a change over time
    ("Fraktkostnaden var 6 procent lägre än under jämförelseperioden.", "6 procent", "decrease"),
    ("Kassan var 14 miljoner kronor större än vid halvårsskiftet.", "14 miljoner kronor", "increase"),
    ("Publiken blev 2 300 färre än rekordåret.", "2 300", "decrease"),
    # ... against another thing at the same time it is not
    ("Kostnaden var 40 procent högre än i Danmark.", "40 procent", None),
])
def test_a_difference_against_a_named_earlier_point(text, anchor, direction):
    assert (claim_for(text, anchor, "2026-10-20").change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a deficit set against a surplus is a fall (change.json deficit_words); two deficits compare as amounts
    ("Resultatet blev ett underskott på 6 miljoner kronor, att jämföra med ett överskott på 2 miljoner kronor 2024.",
     "6 miljoner kronor", "decrease"),
    ("Året gav en förlust på 3 Mkr, jämfört med en vinst på 5 Mkr året innan.", "3 Mkr", "decrease"),
    ("Året slutade med ett underskott på 90 miljoner kronor, att jämföra med ett underskott på 140 miljoner kronor "
     "året innan.", "90 miljoner kronor", "decrease"),
    # a figure with a comparative of its own after a clause of change: its own comparison decides
    ("Exportpriserna steg med 0,7 procent jämfört med augusti men var 1,2 procent lägre än för ett år sedan.",
     "1,2 procent", "decrease"),
])
def test_deficits_and_own_comparatives(text, anchor, direction):
    assert (claim_for(text, anchor, "2026-03-10").change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a level, then after a comma a comparative with no figure of its own and 'än' an earlier time: the new value
    ("Vindkraften gav 3 870 GWh, något mer än i fjol.", "3 870 GWh", "increase"),
    ("Skolan hade 412 elever, betydligt fler än året innan.", "412", "increase"),
    ("Hamnen tog emot 1,2 miljoner ton, klart mindre än förra året eftersom två kajer byggdes om.", "1,2 miljoner ton",
     "decrease"),
    # ... against another thing at the same time, or another figure, it is a comparison
    ("Skolan hade 412 elever, betydligt fler än grannkommunen.", "412", None),
    ("Lund hade 412 elever, något fler än de 398 i Eslöv.", "412", None),
])
def test_a_level_before_a_difference_without_a_figure(text, anchor, direction):
    assert (claim_for(text, anchor, "2026-03-10").change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction, period", [
    # 'under' before a month or a season is when, not a comparison ('3 procent under förra året' compares)
    ("Beläggningen i stugorna var 81 procent under januari–mars, jämfört med 76 procent ett år tidigare.", "81 procent",
     "increase", "januari–mars"),
    ("Andelen i tid var 64 procent under sommaren.", "64 procent", None, "under sommaren"),
    ("Kön var 41 dagar under oktober, mot 55 dagar i oktober i fjol.", "41 dagar", "decrease", "under oktober"),
    ("Priset ligger 3 procent under förra året.", "3 procent", "decrease", None),
])
def test_under_a_month_or_season_is_when(text, anchor, direction, period):
    c = claim_for(text, anchor, "2026-05-01")
    assert ((c.change or {}).get("direction"), (c.time or {}).get("text")) == (direction, period)


@pytest.mark.parametrize("text, anchor, published, direction", [
    # a figure of what is coming, then today's value (change.json new_and_now): the new value of a change, by the two
    # values; today's value is the from-value
    ("Ett årskort kostar 4 900 kronor från 1 januari 2027, i dag 4 600 kronor.", "4 900 kronor", "2026-10-01", "increase"),
    ("Ett årskort kostar 4 900 kronor från 1 januari 2027, i dag 4 600 kronor.", "4 600 kronor", "2026-10-01", None),
    ("I zon C blir det 18 kronor i timmen i stället för dagens 22.", "18 kronor", "2026-10-01", "decrease"),
    ("Eleverna får 45 minuter idrott i veckan i stället för dagens 60 minuter.", "45 minuter", None, "decrease"),
    ("Taxan höjs och en villa betalar då 9 800 kronor per år, i dag 9 200 kronor.", "9 800 kronor", "2026-10-01",
     "increase"),
    # ... not a figure of an earlier time (then and now), nor one of this year's months before today's
    ("I fjol kostade kortet 4 900 kronor, i dag 4 600 kronor.", "4 900 kronor", "2026-10-01", None),
    ("Arbetslösheten var 7,9 procent i oktober, i dag är den 8,1 procent.", "7,9 procent", "2026-11-20", None),
])
def test_a_coming_value_before_todays(text, anchor, published, direction):
    assert (claim_for(text, anchor, published).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a level followed by a factor comparing it with an earlier time is the new value of that change (also after a
    # longer clause, and against a temporal word: resolve._level_before_a_factor)
    ("Kåge fick 88 mm regn, drygt dubbelt så mycket som normalt.", "88 mm", "increase"),
    ("Hamnen tog emot 310 kryssningsfartyg under säsongen, nästan tre gånger så många som i fjol.", "310", "increase"),
    # ... a factor comparing with another thing at the same time is no change of the level
    ("Kiruna har 23 000 invånare, dubbelt så många som Gällivare.", "23 000", None),
    # 'N gånger så' states the change its size says, over time only; the link may follow the counted noun
    ("Priset är tre gånger så högt som i fjol.", "tre gånger så högt", "increase"),
    ("Kiruna har tre gånger så många invånare som Gällivare.", "tre gånger så många", None),
    ("Kiruna har dubbelt så många invånare som Gällivare.", "dubbelt så många", None),
])
def test_level_before_a_factor_over_time(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # the first figure of a 'respektive' pair takes the change the words after the second state for both
    ("Skörden av råg och vete blev 7 respektive 4 procent större än i fjol.", "7", "increase"),
    ("Priserna låg 2 respektive 3 procent under femårssnittet.", "2", "decrease"),
    # a comparison with another thing at one time is no change of either
    ("Kiruna och Luleå har 4 respektive 2 procent fler invånare än Boden.", "4", None),
    # two levels before such a pair take its changes in order
    ("Rågen gav 6,2 ton och vetet 7,9 ton, 3 respektive 5 procent under femårssnittet.", "6,2 ton", "decrease"),
])
def test_respective_pairs_share_the_change_after_them(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # 'extra' right after a figure is an increase by that amount, unless a price verb makes it a surcharge
    ("Skolan får 12 miljoner kronor extra nästa år.", "12 miljoner kronor", "increase"),
    ("Vi sätter in 6 extra bussar i rusningstid.", "6", "increase"),
    ("Frakten kostar 79 kronor extra.", "79 kronor", None),
    # an unsigned rate alone in brackets after a noun phrase naming a change is its size
    ("Bidraget kom främst från dyrare livsmedel (3,4 procent) och el.", "3,4 procent", "increase"),
    ("Prissänkningar på resor (5,2 procent) drog ned index.", "5,2 procent", "decrease"),
    ("Andelen kvinnor i styrelsen (41 procent) är oförändrad.", "41 procent", None),
    # a bracketed prior of an amount of change keeps its own sign's direction
    ("Värdeförändringar på fastigheterna blev −35 (−120) Mkr.", "−120", "decrease"),
])
def test_extra_bracketed_changes_and_signed_priors(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # verbs of extending, adding and raising an allocation
    ("Banverket förlänger perrongen med 80 meter.", "80 meter", "increase"),
    ("Cirka 600 nya bostäder tillkommer i stadsdelen nästa år.", "600", "increase"),
    ("Nämnden räknar upp bidraget med 2,5 procent.", "2,5 procent", "increase"),
    ("Staten tillskjuter 40 miljoner kronor till projektet.", "40 miljoner kronor", "increase"),
    ("Vi vill utöka antalet platser med 25.", "25", "increase"),
    # 'lyfte fram' highlights, it raises nothing
    ("Rapporten lyfte fram att 12 kommuner saknar plan.", "12", None),
])
def test_verbs_of_adding(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # two levels compared with two earlier values: each with its own, in order
    ("I olyckorna dog tre personer och 14 skadades, jämfört med sex döda och 11 skadade året innan.", "tre", "decrease"),
    ("I olyckorna dog tre personer och 14 skadades, jämfört med sex döda och 11 skadade året innan.", "14", "increase"),
    # ... compared with other things at the same time: no change
    ("Malmö fick 40 och Lund 12, jämfört med 35 och 20 i Uppsala.", "12", None),
    # an apposition after a longer noun phrase still names the level's change
    ("Det motsvarar 4,1 procent av befolkningen i åldern 20–64 år i kommunen, en minskning med 0,3 procentenheter.",
     "4,1 procent", "decrease"),
])
def test_pairs_and_long_noun_phrases(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, direction", [
    # a judging change word gives way to the order of the figure and its bracketed prior
    ("Kostnadsprocenten förbättrades till 81,2 (84,0) procent.", "81,2", "decrease"),
    ("Svarstiden försämrades till 48 (41) sekunder.", "48", "increase"),
    # ', upp från N' after a level; not after a limit of time
    ("Andelen nöjda var 77 procent, upp från 71 procent.", "77 procent", "increase"),
    ("Nästan 60 procent fick svar inom två dagar, ned från 66 procent.", "två dagar", None),
    # a level coordinated with a change told without a figure
    ("Cyklandet har ökat och utgör nu 14 procent av resorna.", "14 procent", "increase"),
    # a signed change amount after a label's colon
    ("Värdeförändringar på skog: −85 (−40) Mkr.", "−85", "decrease"),
    ("Skogen skrevs upp med 300 Mkr.", "300 Mkr", "increase"),
])
def test_judging_words_levels_and_labelled_changes(text, anchor, direction):
    assert (claim_for(text, anchor).change or {}).get("direction") == direction


@pytest.mark.parametrize("text, anchor, per", [
    # a sentence opening 'Räknat per …' gives its rate to every figure in it (rates.json sentence_leads), over 'om året'
    ("Räknat per 10 000 invånare anmäldes 41 cykelstölder, mot 52 i länet.", "52", "capita"),
    ("Räknat per 1 000 invånare byggs 3,1 bostäder om året.", "3,1", "capita"),
    ("Räknat per kvadratmeter blir priset 41 000 kronor.", "41 000 kronor", "m2"),
    # not a factor, and not without the lead
    ("Räknat per 100 000 invånare blev talet 4,2, mer än dubbelt så högt som snittet.", "dubbelt så högt", None),
    ("Kommunen byggde 3,1 bostäder om året.", "3,1", "year"),
])
def test_a_rate_for_the_whole_sentence(text, anchor, per):
    assert claim_for(text, anchor).quantity.get("per") == per


@pytest.mark.parametrize("text, anchor", [
    # a net flow or balance is a level that may be below zero: its sign states no change
    ("Flyttnettot blev −217 personer under halvåret.", "−217"),
    ("Födelseöverskottet stannade på +56 personer.", "+56"),
])
def test_a_signed_balance_is_no_change(text, anchor):
    assert (claim_for(text, anchor).change or {}).get("direction") is None
