"""Stage 3c, subject and speaker: every rule of ``subjects.SUBJECT_RULES`` and ``speakers.SPEAKER_RULES`` with made-up
Swedish examples (none taken from the held-out texts), the rule that must win, and the phrase as written."""
from __future__ import annotations

import json

import pytest

from pipeline import lexicon
from pipeline.extraction import speakers, subjects
from pipeline.extraction.analyse import analyse_text
from pipeline.extraction.document import extract_segments
from pipeline.segment import segment_text


def _claim(text: str, anchor: str, occurrence: int = 1):
    seen = 0
    for c in analyse_text(text):
        if c.quantity["text"].startswith(anchor) or anchor in c.quantity["text"]:
            seen += 1
            if seen == occurrence:
                return c
    raise AssertionError(f"{anchor!r} not found in {[c.quantity['text'] for c in analyse_text(text)]}")


def _doc(text: str, title: str | None = None, publisher: str | None = None):
    return list(extract_segments(text, segment_text(text), None, None, publisher=publisher, title=title))


def _doc_claim(claims, anchor: str):
    return next(c for c in claims if anchor in c.quantity["text"])


# --- subject rules -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,anchor,subject,rule", [
    # the noun counted right after the number, with its adjectives
    ("Förra året öppnade 14 nya vårdcentraler i länet.", "14", "nya vårdcentraler", "counted_noun"),
    ("Under våren anmäldes 3 120 cykelstölder i staden.", "3 120", "cykelstölder", "counted_noun"),
    ("Föreningen har 870 aktiva medlemmar.", "870", "aktiva medlemmar", "counted_noun"),
    ("Förra månaden såldes 2 410 begagnade husbilar.", "2 410", "begagnade husbilar", "counted_noun"),
    ("I år gjordes 96 knä- och axeloperationer.", "96", "knä- och axeloperationer", "counted_noun"),
    ("Omkring 300 elever berörs.", "300", "elever", "counted_noun"),
    # the noun right after a measure
    ("Under året samlades 320 ton plast in.", "320 ton", "plast", "noun_after"),
    ("Kommunen lade 2,6 kilometer nya gång- och cykelvägar.", "2,6", "nya gång- och cykelvägar", "noun_after"),
    # a share: what it is a share of
    ("Bara 43 procent av eleverna klarade provet.", "43 procent", "eleverna", "share_of"),
    ("Tre av fyra hyresgäster i området är nöjda.", "Tre av fyra", "hyresgäster i området", "share_of"),
    ("I år gick 12 procent fler resenärer genom tullen.", "12 procent", "resenärer", "share_of"),
    # a noun with på/om/av before the figure
    ("Bolaget redovisar ett överskott på 48 miljoner kronor.", "48", "ett överskott", "noun_before"),
    ("Styrelsen föreslår en utdelning om 2,10 kronor per aktie.", "2,10", "en utdelning", "noun_before"),
    ("Nämnden fick en budget på 310 miljoner kronor.", "310", "en budget", "noun_before"),
    # the goal of money, or what it buys
    ("Partiet vill satsa 6 miljarder kronor på järnvägen.", "6 miljarder", "järnvägen", "money_goal"),
    ("+14 mkr till räddningstjänsten", "+14", "räddningstjänsten", "money_goal"),
    ("Nu satsas 3,2 miljoner kronor på nya lekplatser i centrum.", "3,2", "nya lekplatser i centrum", "money_goal"),
    ("Kommunen ska köpa en ny sopbil till hamnen för 4,5 miljoner kronor.", "4,5", "en ny sopbil", "money_object"),
    ("Vi vill att 2 miljarder kronor om året går till fler poliser.", "2 miljarder", "fler poliser", "money_goal"),
    # the subject of the clause's measure or change verb
    ("Hyresintäkterna uppgick till 212 miljoner kronor.", "212", "Hyresintäkterna", "clause_subject"),
    ("Elpriset i norra Sverige steg med 18 procent.", "18", "Elpriset i norra Sverige", "clause_subject"),
    ("Men vattenförbrukningen minskade med 4 procent.", "4 procent", "vattenförbrukningen", "clause_subject"),
    ("Andelen som pendlar med tåg ligger på 31 procent.", "31", "Andelen som pendlar med tåg", "clause_subject"),
    # a fronted adverbial: the subject follows the verb
    ("Under hösten ökade antalet besökare på museet med 9 procent.", "9 procent", "antalet besökare på museet",
     "clause_subject_inverted"),
    ("Totalt omsatte bokhandeln 1,4 miljarder kronor.", "1,4", "bokhandeln", "clause_subject_inverted"),
    ("Räknat i fasta priser steg hushållens konsumtion med 2,2 procent.", "2,2", "hushållens konsumtion",
     "clause_subject_inverted"),
    # a duration of a verb of lasting measures its subject
    ("Under sommaren pågick arbetet i tre veckor.", "tre veckor", "arbetet", "clause_subject_inverted"),
    ("Badförbudet gällde under tio dagar.", "tio dagar", "Badförbudet", "clause_subject"),
    # a passive verb in -s closes the subject
    ("Busshållplatsen vid torget flyttas cirka 200 meter.", "200", "Busshållplatsen vid torget", "clause_subject"),
    # a bracketed abbreviation is not part of the subject
    ("Rörelseresultatet (EBITA) uppgick till 77 MSEK.", "77", "Rörelseresultatet", "clause_subject"),
    # a period with a dash inside the subject's clause cuts nothing
    ("Bolagets intäkter för perioden april – juni 2025 uppgick till 64 Mkr.", "64", "Bolagets intäkter", "clause_subject"),
    # a second clause after a bracketed figure and 'och'
    ("Intäkterna ökade till 52 (47) Mkr och soliditeten förbättrades till 38 (35) procent.", "38", "soliditeten",
     "clause_subject"),
    # a dash inside a phrase ('6–15 år') cuts nothing
    ("Enligt prognosen väntas antalet barn i åldern 6–15 år öka med 9 procent.", "9 procent", "antalet barn i åldern 6–15 år",
     "clause_subject_inverted"),
    # a plural change noun names the changes themselves
    ("Höjningarna är i genomsnitt 4 procent.", "4 procent", "Höjningarna", "clause_subject"),
    # coordinated nouns
    ("Kostnaden för vård och omsorg ökade med 6 procent.", "6 procent", "Kostnaden för vård och omsorg", "clause_subject"),
    # a relative clause
    ("Taxan följer konsumentprisindex, som höjs med 3 procent nästa år.", "3 procent", "konsumentprisindex",
     "relative_antecedent"),
    # a label line
    ("Antal anmälda cykelstölder: 1 240", "1 240", "Antal anmälda cykelstölder", "label"),
    ("Genomsnittlig hyra (kallhyra), 2024: 7 850 kr", "7 850", "Genomsnittlig hyra", "label"),
    ("Antal elever som äter skollunch: 3 200", "3 200", "Antal elever som äter skollunch", "label"),
    # a dimension adjective after a measure is no noun: the clause names what is measured
    ("Som mest var bilkön omkring 6 kilometer lång.", "6 kilometer", "bilkön", "clause_subject_inverted"),
])
def test_subject_rule(text, anchor, subject, rule):
    c = _claim(text, anchor)
    assert (c.subject, c.subject_source and c.subject_source["rule"]) == (subject, rule)
    src = c.subject_source
    if src["char_start"] is not None:
        assert text[src["char_start"]:src["char_end"]] == subject


@pytest.mark.parametrize("text,anchor,subject,rule", [
    # a figure linked to the one before it measures the same
    ("Kvoten för torsk sänks med 20 procent, till 9 800 ton.", "9 800", "Kvoten för torsk", "continues_figure"),
    ("Skolan tog emot 420 ansökningar, vilket är 6 procent fler än i fjol.", "6 procent", "ansökningar", "which_is"),
    ("I fjol läckte 9 000 kubikmeter vatten, vilket motsvarar 4 procent av all produktion.", "4 procent", "vatten",
     "which_is"),
    # a part of a group a clause opens with ('Av ...', 'Bland ...')
    ("Av kommunens 310 broar bedöms 12 procent behöva repareras.", "12 procent", "broar", "of_those"),
    ("Bland de tillfrågade företagen svarade 40 procent ja.", "40 procent", "de tillfrågade företagen", "of_those"),
    # the object an infinitive, a modal's infinitive or an imperative of change changes
    ("Åtgärden skulle minska bullret med ungefär 6 decibel vid skolan.", "6 decibel", "bullret", "changed_object"),
    ("Sänk avgiften för fritids med 200 kronor i månaden.", "200", "avgiften för fritids", "changed_object"),
    ("Höj taket för bidraget med 5 000 kronor.", "5 000", "taket för bidraget", "changed_object"),
    ("Nämnden vill sänka taxan för barn under 12 år till 150 kronor.", "150", "taxan för barn under 12 år",
     "changed_object"),
    ("Nästa år planerar föreningen att utöka odlingen med 400 kvadratmeter.", "400", "odlingen", "changed_object"),
    # what money buys: a count bought before 'för'
    ("Kommunen har köpt 30 elcyklar av en lokal handlare för 600 000 kronor.", "600 000", "elcyklar", "money_object"),
    # an aside between dashes is no clause of its own
    ("Nyckeltalet – andelen av intäkterna som går till lön – beräknas till 62 procent.", "62", "Nyckeltalet",
     "clause_subject"),
    # a comparison with an adverb between
    ("I dag tar färjan 240 bilar per tur, mot tidigare 180.", "180", "bilar", "compared_figure"),
    ("Vi vill höja bidraget till föreningarna till 50 000 kronor.", "50 000", "bidraget till föreningarna",
     "changed_object"),
    ("I maj såldes 2 300 elcyklar (35 procent) och 900 mopeder (14 procent).", "35 procent", "elcyklar", "continues_figure"),
    ("Biblioteket hade 310 evenemang, varav 45 för barn.", "45", "evenemang", "continues_figure"),
    ("Andelen pendlare ökade till 38 procent jämfört med 33 procent 2019.", "33", "Andelen pendlare", "continues_figure"),
    # a verb after 'och' shares the subject of the clause before it
    ("Biljettförsäljningen sjönk under våren och hamnade på 41 000 biljetter.", "41 000", "Biljettförsäljningen",
     "endpoint_count"),
    ("Antalet laddstolpar fortsätter att öka och är nu omkring 2 400.", "2 400", "Antalet laddstolpar", "shared_subject"),
    # a fragment after a comma continues a clause of measure ('var ..., 34 TWh')
    ("Industrins elanvändning var i stort sett oförändrad, 41,2 TWh.", "41,2", "Industrins elanvändning",
     "elliptic_clause"),
    # a bracketed prior figure measures what its main figure measures
    ("Rörelseresultatet uppgick till 88 (71) Mkr.", "71", "Rörelseresultatet", "prior_bracket"),
    # a count reached by a measure/change verb measures the clause subject
    ("Lägenhetsinbrotten ökade till 1 900 anmälda brott.", "1 900", "Lägenhetsinbrotten", "endpoint_count"),
    # a figure compared with an earlier one of the same unit
    ("Bara 61 procent av bussarna gick i tid i mars, jämfört med 74 procent året innan.", "74", "bussarna",
     "compared_figure"),
    ("Gränsen höjs till 80 km/h på landsvägarna, jämfört med 70 km/h tidigare.", "70", "Gränsen", "compared_figure"),
    # a part of a group named after a copula
    ("Klubben har 640 medlemmar, varav 210 är juniorer.", "210", "juniorer", "share_is"),
    ("Omkring hälften av dem är pensionärer, och var tredje är studenter.", "var tredje", "studenter", "share_is"),
    # a figure set off by commas after its noun phrase
    ("Den högsta boten, 2 miljoner kronor, gick till ett spelbolag.", "2 miljoner", "Den högsta boten", "appositive"),
    ("Tyska turister stod för den största ökningen, 9 procent.", "9 procent", "Tyska turister", "appositive_change"),
    # the object of an infinitive changed by 'med'
    ("Styrelsen föreslår att sänka avgiften med 8 procent.", "8 procent", "avgiften", "changed_object"),
    # a change noun is not the subject: the figure continues what changes
    ("Exporten uppgick till 61 miljarder kronor, en ökning med 7 procent.", "7 procent", "Exporten", "change_noun"),
])
def test_subject_linked_figures(text, anchor, subject, rule):
    c = _claim(text, anchor)
    assert (c.subject, c.subject_source["rule"]) == (subject, rule)


@pytest.mark.parametrize("text,anchor,subject,rule", [
    # a headline without a verb names its subject before the figure
    ("Beläggningen på hotellen över 90 procent\n\nRegionen redovisar siffrorna.\n", "90 procent", "Beläggningen på hotellen",
     "headline_subject"),
    # a gapped clause after 'och'/'varav' ('... och Y med N') measures its own noun
    ("Hyrorna steg med 4 procent och elpriserna med hela 11 procent.\n", "11 procent", "elpriserna", "headline_subject"),
])
def test_subject_of_verbless_clauses(text, anchor, subject, rule):
    c = _doc_claim(_doc(text), anchor)
    assert (c.subject, c.subject_source["rule"]) == (subject, rule)


@pytest.mark.parametrize("text,anchor", [
    ("Kommunen kan säkra el och vatten i minst fem dygn.\n", "fem dygn"),      # an adverbial, not a headline
    ("Regionen satsar på vården och i synnerhet 200 miljoner kronor.\n", "200"),
])
def test_no_subject_in_verbless_clauses_of_a_sentence(text, anchor):
    assert _doc_claim(_doc(text), anchor).subject is None


@pytest.mark.parametrize("text,anchor,subject", [
    ("Den svenska bokförsäljningen växte kraftigt förra året. Det är en ökning med 6 procent.", "6 procent",
     "Den svenska bokförsäljningen"),
    ("Fjärrvärmepriset höjs i januari. Valutajusterat var ökningen 5 procent.", "5 procent", "Fjärrvärmepriset"),
    ("Antalet lärlingar har ökat. Men det är ändå 20 procent färre än 2015.", "20 procent", "Antalet lärlingar"),
    ("Polisen stoppade 2 100 förare i fjol. Av dem misstänktes 140 för rattfylleri.", "140", "förare"),
    ("Hälften av pendlarna åker buss. 12 procent har ingen egen bil.", "12 procent", "pendlarna"),
])
def test_subject_refers_back_to_the_sentence_before(text, anchor, subject):
    """A pronoun, a change noun or 'Av dem' as the subject refers to the first subject of the sentence before."""
    c = _doc_claim(_doc(text + "\n"), anchor)
    assert c.subject == subject and c.subject_source["char_start"] is None


@pytest.mark.parametrize("text,anchor", [
    ("Bron var stängd för trafik i nästan sex timmar.", "sex timmar"),               # an adverbial duration
    ("Vägen var avstängd under fem timmar.", "fem timmar"),
    ("Landstinget avsätter 80 miljoner kronor för att korta köerna.", "80"),         # the actor is no subject
    ("Företaget satsar 12 miljoner kronor under året.", "12"),
    ("Samma sak i Västby, där 4 miljoner investeras under 2026.", "4 miljoner"),      # a verb is no counted noun
    ("Klubben kostar 900 000 kronor per år, varav 40 procent betalas av sponsorer.", "40 procent"),
])
def test_no_subject_where_the_text_names_none(text, anchor):
    assert _claim(text, anchor).subject is None


@pytest.mark.parametrize("subject", ["2023", "i juli", "under året", "talet"])
def test_subject_is_never_a_date_or_a_piece_of_a_number(subject):
    texts = ["Under 2023 ökade antalet resor med 4 procent.", "I juli var beläggningen på hotellen 71 procent.",
             "I genomsnitt var punktligheten på 1990-talet omkring 85 procent."]
    for t in texts:
        for c in analyse_text(t):
            assert c.subject is None or subject not in c.subject.split() or subject == "talet" and c.subject != "talet"


@pytest.mark.parametrize("table,anchor,subject", [
    ("| Skola | Elever 2023 | Elever 2024 |\n|---|---|---|\n| Norrskolan | 412 | 436 |", "436", "Elever"),
    ("| Län | Nätter, tusental | Förändring % |\n|---|---|---|\n| Kronobergs län | 311 | +2,5 |", "311", "Nätter"),
    ("| Län | Nätter, tusental | Förändring % |\n|---|---|---|\n| Kronobergs län | 311 | +2,5 |", "+2,5", "Nätter"),
    ("Mkr            Kv2 2023   Kv2 2024\nIntäkter            512        540\nKostnader           430        455",
     "455", "Kostnader"),
    ("| Mkr | Jan-jun 2024 | Jan-jun 2023 |\n|---|---|---|\n| Soliditet, % | 41 | 39 |", "39", "Soliditet"),
])
def test_table_cells_take_the_table_readers_hint(table, anchor, subject):
    """The table reader (``tables.py``) names what a cell measures; the subject rules rank its hint first."""
    c = [c for c in analyse_text(table) if c.quantity["text"].startswith(anchor)][-1]
    assert (c.subject, c.subject_source["rule"]) == (subject, "table")


def test_table_subject_hint_from_the_table_reader_wins():
    """A table reader that knows better sets ``subject_hint`` on the quantity: it ranks as the table rule."""
    from pipeline.extraction.quantities import find_quantities
    text = "Intäkter 512"
    q = find_quantities(text, [])[0]
    q.subject_hint = "Intäkter per kvartal"
    found = subjects.sentence_subjects(text, [q])
    assert found[0]["text"] == "Intäkter per kvartal" and found[0]["rule"] == "table"


def test_subject_rules_are_one_ordered_list():
    names = [n for n, _ in subjects.SUBJECT_RULES]
    assert names[0] == "table" and names.index("counted_noun") < names.index("clause_subject") < names.index("parse_subject")
    assert len(set(names)) == len(names)


# --- speaker rules -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,anchor,speaker,source,rule", [
    ("Bussarna blir 15 procent fler, säger trafikdirektören i regionen Lena Ek.", "15", "Lena Ek", "quote", "quote"),
    ("Hyrorna höjs med 4 procent, enligt Hyresgästföreningen.", "4 procent", "Hyresgästföreningen", "enligt", "enligt"),
    ("Enligt en rapport från Naturvårdsverket minskade utsläppen med 3 procent.", "3 procent", "Naturvårdsverket",
     "enligt", "enligt"),
    ("Arbetslösheten var 6,8 procent i maj, enligt siffror från Statistiska centralbyrån (SCB).", "6,8",
     "Statistiska centralbyrån (SCB)", "enligt", "enligt"),
    ("Styrelsen föreslår en utdelning om 3 kronor per aktie.", "3 kronor", "Styrelsen", "credited", "credit_verb"),
    ("Antalet bostadsbränder minskade med 11 procent, visar ny statistik från Boverket.", "11", "Boverket",
     "credited", "show_verb"),
    ("Skogsstyrelsen rekommenderar att 20 procent av arealen lämnas orörd.", "20", "Skogsstyrelsen", "credited",
     "credit_verb"),
    ("Exporten ökar, men Tullverket uppskattar att ytterligare 400 företag berörs.", "400", "Tullverket", "credited",
     "credit_verb"),
    ("Kommunens mål är att 95 procent av hushållen ska ha fiber.", "95", "Kommunen", "credited", "credit_noun"),
    ("Halva befolkningen läser dagligen, enligt en enkät bland läsarna.", "Halva", "en enkät bland läsarna", "enligt",
     "enligt_noun_phrase"),
    # a genitive owner of a credit noun is named without its -s
    ("Byggandet ökade med 14 procent, visar Boverkets sammanställning.", "14", "Boverket", "credited", "show_verb"),
    ("Var tredje kund handlar på nätet, enligt Handelsrådets konsumentundersökning.", "Var tredje", "Handelsrådet",
     "enligt", "enligt"),
])
def test_speaker_rule(text, anchor, speaker, source, rule):
    a = _claim(text, anchor).attribution
    assert a is not None, text
    assert (a["speaker"], a["source"], a["evidence"]["rule"]) == (speaker, source, rule)


def test_speaker_enligt_stays_in_its_sentence():
    """'..., enligt X.' credits its own sentence; the next sentence's figures are not X's (r6_errors: Speaker)."""
    text = "Besöken ökade med 8 procent, enligt Tillväxtverket. Totalt gjordes 4,1 miljoner resor.\n"
    claims = _doc(text)
    assert _doc_claim(claims, "8 procent").attribution["speaker"] == "Tillväxtverket"
    assert _doc_claim(claims, "4,1").attribution is None


@pytest.mark.parametrize("text,anchor,speaker", [
    # a credit verb covers its complement, not the figures before it
    ("Omkring 20 000 hushåll får stöd, men Försäkringskassan bedömer att ytterligare 5 000 har rätt till det.\n",
     "20 000", None),
    ("Omkring 20 000 hushåll får stöd, men Försäkringskassan bedömer att ytterligare 5 000 har rätt till det.\n",
     "5 000", "Försäkringskassan"),
    # 'som X rekommenderar' covers what comes before it
    ("Kommunen når målet på 2 procent av intäkterna som Sveriges Kommuner och Regioner (SKR) rekommenderar.\n",
     "2 procent", "Sveriges Kommuner och Regioner (SKR)"),
    # 'X ... och planerar att': the subject of the first verb credits the second
    ("Trafikverket har byggt 3 kilometer räcke och planerar att bygga ytterligare 5 kilometer i år.\n",
     "5 kilometer", "Trafikverket"),
    # a source named before a show verb
    ("Bokindex från Svenska Förläggareföreningen visar att försäljningen ökade med 4 procent.\n", "4 procent",
     "Svenska Förläggareföreningen"),
    # a credit verb elsewhere in the paragraph credits nothing here
    ("Skolverket bedömer att 900 nya lärare behövs. Kommunen har i dag 310 lärare.\n", "310", None),
    # an 'enligt' covers its own main clause, not one joined before it by ', och'
    ("Nu väntar 40 familjer på plats, och behovet väntas öka med 10 procent enligt kommunens prognos.\n", "40", None),
    ("Nu väntar 40 familjer på plats, och behovet väntas öka med 10 procent enligt kommunens prognos.\n", "10 procent",
     "kommunens prognos"),
    # a plan, decision or rule after 'enligt' says how, not who
    ("Nu satsas 4 miljoner på skolgården enligt nämndens åtgärdsplan.\n", "4 miljoner", None),
    # a headline lead followed by a verb is an actor, not a source
    ("Rapporten: minskar med 3 procent\n\nText.\n", "3 procent", None),
])
def test_speaker_scope(text, anchor, speaker):
    a = _doc_claim(_doc(text), anchor).attribution
    assert (a and a["speaker"]) == speaker


@pytest.mark.parametrize("text,publisher,speaker", [
    # the last name before that is such an organisation
    ("Svenska Seglarförbundet har 90 000 medlemmar. Förbundet kräver att 30 nya hamnar byggs.\n", None,
     "Svenska Seglarförbundet"),
    # none named: the document's sender
    ("Myndigheten räknar med att behöva 500 nya tjänster.\n", "Tullverket", "Tullverket"),
])
def test_speaker_generic_organisation(text, publisher, speaker):
    claims = _doc(text, publisher=publisher)
    assert claims[-1].attribution["speaker"] == speaker


def test_publisher_named_by_the_title():
    claims = _doc("Vi föreslår 25 nya poliser.\n", title="Borgerliga alliansens budgetförslag för 2026")
    assert (claims[0].attribution["speaker"], claims[0].attribution["evidence"]["rule"]) == \
        ("Borgerliga alliansen", "publisher_title_credit")


def test_speaker_generic_organisation_and_data_refer_to_the_organisation_named_before():
    text = ("Varje år släppte Naturvårdsverket sin rapport om utsläppen. Myndigheten räknar med att utsläppen minskar "
            "med 4 procent. De preliminära siffrorna visar att 12 län nådde målet.\n")
    claims = _doc(text)
    assert _doc_claim(claims, "4 procent").attribution["speaker"] == "Naturvårdsverket"
    assert _doc_claim(claims, "12").attribution["speaker"] == "Naturvårdsverket"


def test_speaker_credit_in_the_next_sentence():
    text = "Under april registrerades 9 400 nya bilar. Det visar Bilstatistik AB:s månadsrapport.\n"
    c = _doc_claim(_doc(text), "9 400")
    assert c.attribution["source"] == "credited" and "Bilstatistik" in c.attribution["speaker"]


def test_speaker_lead_in_line_credits_the_paragraphs_after_it():
    text = ("Årsrapport 2025\n\nVD Karin Lund kommenterar:\n\nVi ökade omsättningen med 12 procent. "
            "Marginalen blev 8,5 procent.\n\nRubrik två\n\nLagret var 40 Mkr.\n")
    claims = _doc(text)
    for anchor in ("12 procent", "8,5"):
        a = _doc_claim(claims, anchor).attribution
        assert (a["speaker"], a["source"], a["evidence"]["rule"]) == ("Karin Lund", "quote", "lead_in")
    assert _doc_claim(claims, "40").attribution is None


def test_speaker_signed_section():
    text = ("Rapport\n\nOrdföranden har ordet\n\nVi sålde 300 bostäder under året.\n\n"
            "Per Holm, styrelseordförande\n\nFakta\n\nBolaget har 45 anställda.\n")
    claims = _doc(text)
    a = _doc_claim(claims, "300").attribution
    assert (a["speaker"], a["source"]) == ("Per Holm", "quote")
    assert _doc_claim(claims, "45").attribution is None


@pytest.mark.parametrize("text,title,site,speaker,rule", [
    ("Vi vill bygga 500 nya bostäder.\n\nEva Berg (V), kommunalråd\n", None, None, "Eva Berg", "signature"),
    ("Av Olle Sand (L), gruppledare\n\nVi föreslår 30 nya lärartjänster.\n", "Debatt: Satsa på skolan", "Lokaltidningen",
     "Olle Sand", "byline"),
    ("Vi satsar 40 miljoner kronor på nya cykelvägar.\n", "Nyheter - Norrby kommun", "Norrby kommun", "Norrby kommun",
     "site"),
    ("Vår region avsätter 25 miljoner kronor.\n", None, None, None, "unknown"),
])
def test_speaker_first_person_is_the_publisher(text, title, site, speaker, rule):
    claims = _doc(text, title=title, publisher=site)
    a = [c for c in claims if c.quantity["kind"] in ("money", "count")][0].attribution
    assert (a["speaker"], a["source"], a["evidence"]["rule"]) == (speaker, "publisher", "publisher_" + rule)


def test_document_publisher_from_html_meta():
    from pipeline.ingest import html_page
    page = html_page('<html><head><meta property="og:site_name" content="Västby kommun"><title>X</title></head>'
                     "<body><main><p>Vi bygger 3 skolor.</p></main></body></html>")
    assert page["publisher"] == "Västby kommun"
    page = html_page('<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": '
                     '"Gröna Partiet Syd"}]}</script><title>Nyhet</title></head><body><main><p>Text</p></main></body></html>')
    assert page["publisher"] == "Gröna Partiet Syd"
    page = html_page("<html><head><title>Ny simhall öppnar | Östby kommun</title></head>"
                     "<body><main><h1>Ny simhall öppnar</h1><p>Text</p></main></body></html>")
    assert page["publisher"] == "Östby kommun"


def test_no_speaker_without_evidence():
    assert _claim("Priset på mjölk steg med 9 procent.", "9").attribution is None


def test_speaker_rules_are_one_ordered_list():
    names = [n for n, _ in speakers.SPEAKER_RULES]
    assert names.index("sentence_quote") < names.index("sentence_enligt") < names.index("paragraph_quote") \
        < names.index("publisher")


# --- lexicon -----------------------------------------------------------------------------------

def test_subjects_lexicon_is_validated_on_load(tmp_path):
    import shutil
    src = lexicon.LEXICON_DIR
    for f in src.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    data = json.loads((tmp_path / "subjects.json").read_text(encoding="utf-8"))
    data["clause_verbs"].append(data["clause_verbs"][0])
    (tmp_path / "subjects.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(lexicon.LexiconError):
        lexicon.load(str(tmp_path))
    data["clause_verbs"].pop()
    data["anaphors"] = ["Det"]
    (tmp_path / "subjects.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(lexicon.LexiconError):
        lexicon.load(str(tmp_path))


# --- one reading per sentence (speed): the shortcuts answer as the full rules do -------------------------

_PARAGRAPHS = [
    "Enligt SCB ökade befolkningen i fjol. Myndigheten väntar sig en fortsatt ökning. Antalet invånare är nu 21 000.",
    "Styrelsen föreslår en ny plan för skolan. Det är ett långsiktigt arbete.\n\nOrganisationen kräver mer pengar. "
    "De preliminära siffrorna visar att 4 procent fler elever läser vidare.",
    "VD Karin Ek kommenterar:\n\nVi har haft ett starkt år. Omsättningen ökade med 12 procent.",
    "Resandet har ökat stadigt. Det visar Trafikanalys statistik.\n\nUnder hösten såldes 3 400 periodkort.",
    "Kommunen bygger ut. Förbundet har länge varnat för bristen på lärare.",
]


@pytest.mark.parametrize("text", _PARAGRAPHS)
def test_a_sentence_without_figures_leaves_the_speaker_state_candidates_would(text):
    """``speakers.track`` (a sentence without figures) must leave the carried credits exactly as asking every rule
    (``speakers.candidates``) would: the later sentences' speakers depend on them."""
    from pipeline.extraction.analyse import DocContext
    segs = segment_text(text)

    def state_after(use_track: bool) -> list:
        ctx = DocContext(doc_text=text)
        for seg in segs:
            ctx.blocks.setdefault(seg.block, []).append(seg)
        states = []
        for seg in segs:
            if use_track:
                speakers.track(seg, ctx)
            else:
                speakers.candidates(seg, ctx)
            states.append((ctx.speaker_state.get("last_org"), ctx.speaker_state.get("lead_in")))
        return states

    assert state_after(True) == state_after(False)


@pytest.mark.parametrize("text", [
    "Under 2023 ökade antalet klienter i anstalt med 11 procent, enligt Kriminalvården.",
    "Av dem misstänktes 312 för rattfylleri – en ökning (jämfört med 2022) med 4 procent.",
    "E-boksutlånet ökade kraftigt, med 18 procent, till 96 400 lån; SCB:s siffror visar 1 250,5 kr.",
    "",
])
def test_a_sentence_view_slices_as_the_token_scans_do(text):
    """The subject rules' bisected slices and token indexes are the list scans they replace."""
    view = subjects._View(text, lexicon.load().derived(subjects._vocab))
    toks = subjects.tokens(text)
    assert [t.i for t in toks] == list(range(len(toks)))
    for pos in range(len(text) + 2):
        assert view.before(pos) == [t for t in toks if t.end <= pos]
        assert view.first(pos) == next((i for i, t in enumerate(toks) if t.start >= pos), len(toks))
        for b in range(pos, len(text) + 2, 7):
            assert view.within(pos, b) == [t for t in toks if pos <= t.start and t.end <= b]


@pytest.mark.parametrize("text", [
    "Nettoomsättningen uppgick till 1 124 MSEK, och rörelseresultatet (EBIT) ökade till 58 MSEK.",
    "Kostnaden – en engångspost – uppskattas till 4 miljoner kronor, som betalas under januari – juni 2024.",
])
def test_clause_starts_are_remembered_not_changed(text):
    """A view remembers the clause starts it was asked for; a fresh view (no memory) gives the same ones."""
    L = lexicon.load().derived(subjects._vocab)
    view = subjects._View(text, L)
    for pos in range(0, len(text) + 1, 3):
        first = view.clause_start(pos)
        assert view.clause_start(pos) == first == subjects._View(text, L).clause_start(pos) \
            == subjects.clause_start(text, pos)


def test_the_rules_read_the_lexicon_the_document_is_analysed_with(tmp_path):
    """The Defaults travel in the DocContext: a lexicon loaded from another directory (a speech verb added) is the
    one the speaker rules read, not the default one."""
    import shutil
    for f in lexicon.LEXICON_DIR.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    data = json.loads((tmp_path / "attribution.json").read_text(encoding="utf-8"))
    data["speech_verbs"].append("kvittrar")
    (tmp_path / "attribution.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    other = lexicon.load(str(tmp_path))
    text = "Intresset ökade med 40 procent, kvittrar Anna Berg."

    def speaker(lex):
        found = list(extract_segments(text, segment_text(text), None, None, lex=lex))
        return (found[0].attribution or {}).get("speaker")

    assert speaker(other) == "Anna Berg"
    assert speaker(None) is None


@pytest.mark.parametrize("text,anchor,subject", [
    # a numbered name inside the noun phrase ('elområde 3', 'fas 2') belongs to it
    ("Prisskillnaden mellan elområde 2 och elområde 3 ökade till 37,5 öre/kWh.", "37,5 öre/kWh",
     "Prisskillnaden mellan elområde 2 och elområde 3"),
    ("Kostnaden för etapp 2 blev 48 miljoner kronor.", "48 miljoner kronor", "Kostnaden för etapp 2"),
])
def test_subject_keeps_a_numbered_name(text, anchor, subject):
    assert _doc_claim(_doc(text + "\n"), anchor).subject == subject


@pytest.mark.parametrize("text,anchor,not_subject", [
    # a verb or an adverb right after a figure is not what it counts
    ("Enkäten visar att 22 procent arbetar deltid.", "22 procent", "arbetar"),
    ("I olyckorna skadades 310 personer, varav 41 svårt.", "41", "svårt"),
    ("Enkäten visar att 64 procent uppger att de reser kollektivt.", "64 procent", "uppger"),
])
def test_subject_is_not_a_verb_or_adverb_after_the_figure(text, anchor, not_subject):
    assert _doc_claim(_doc(text + "\n"), anchor).subject != not_subject
