"""Stage 3a, the quantity grammar: parametrised Swedish cases, composed tables and property tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import lexicon
from pipeline.extraction.numbers import parse_digits, parse_number_word
from pipeline.extraction.quantities import find_quantities, lone_numeral, protected_spans

CASES = json.loads((Path(__file__).parent / "cases" / "quantities_sv.json").read_text(encoding="utf-8"))
POSITIVE = [(cat, text, exp) for cat, rows in CASES.items() if cat not in ("_about", "none") for text, exp in rows]


def _check(q, exp):
    if "value" in exp:
        assert q.value == pytest.approx(exp["value"], rel=1e-5), q
    if "low" in exp:
        assert (q.low, q.high) == (pytest.approx(exp["low"]), pytest.approx(exp["high"])), q
    assert q.unit == exp["unit"], q
    assert q.bound == exp.get("bound", "exact"), q
    if "per" in exp:
        assert q.per == exp["per"], q
    if "entity" in exp:
        assert q.entity == exp["entity"], q


@pytest.mark.parametrize("category,text,expected", POSITIVE, ids=[f"{c}:{t[:40]}" for c, t, _ in POSITIVE])
def test_quantities_cases(category, text, expected):
    from pipeline.extraction.context import clause_rate
    found = find_quantities(text, published="2018-06-26")
    rated = [q for q in found if q.per]              # as extract does: a rate the grammar gave is not shared
    for q in found:
        q.per = q.per or clause_rate(text, q, rated)
    assert len(found) == len(expected), [q.text for q in found]
    for q, exp in zip(found, expected):
        _check(q, exp)
        assert text[q.char_start:q.char_end] == q.text


@pytest.mark.parametrize("text", CASES["none"])
def test_quantities_none(text):
    assert [q.text for q in find_quantities(text, published="2018-06-26")] == []


# --- composed tables: every qualifier x number format x unit ---------------------------------

QUALIFIERS = [("ca", "approx"), ("cirka", "approx"), ("drygt", "approx"), ("knappt", "approx"), ("närmare", "approx"),
              ("över", "more_than"), ("mer än", "more_than"), ("minst", "at_least"), ("lägst", "at_least"), ("minimum", "at_least"), ("högst", "at_most"),
              ("upp till", "at_most"), ("mindre än", "less_than"), ("", "exact")]
NUMBERS = [("1 250", 1250), ("12,5", 12.5), ("300", 300), ("tjugotvå", 22), ("85 000", 85000)]
UNITS = [("procent", "percent", 1), ("kronor", "SEK", 1), ("miljoner kronor", "SEK", 1e6), ("Mkr", "SEK", 1e6),
         ("%", "percent", 1), ("procentenheter", "percentage_point", 1), ("km", "km", 1), ("ton", "tonne", 1)]
COMPOSED = [(q, b, n, v, u, code, s) for q, b in QUALIFIERS for n, v in NUMBERS for u, code, s in UNITS
            if not (n == "tjugotvå" and u in ("%", "Mkr", "km"))]


@pytest.mark.parametrize("qual,bound,num,value,unit,code,scale", COMPOSED)
def test_quantities_composed(qual, bound, num, value, unit, code, scale):
    sep = "" if unit == "%" else " "
    text = f"Enligt rapporten var det {qual + ' ' if qual else ''}{num}{sep}{unit} förra året."
    found = find_quantities(text, published="2020-01-01")
    assert len(found) == 1, [q.text for q in found]
    q = found[0]
    assert q.value == pytest.approx(value * scale)
    assert (q.unit, q.bound) == (code, bound)
    assert text[q.char_start:q.char_end] == q.text


# --- numerals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [("1 250", 1250), ("685 624", 685624), ("73.031", 73031), ("79,4", 79.4),
                                        ("1\u00a0000", 1000), ("2\u202f500", 2500), ("0,5", 0.5), ("2019", 2019)])
def test_numbers_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("word,value", [("tjugotvå", 22), ("etthundrasextioen", 161), ("tvåtusentjugoett", 2021),
                                        ("hundra", 100), ("tusen", 1000), ("ettusen", 1000), ("nittionio", 99),
                                        ("sjuttiosju", 77), ("femhundratusen", 500000), ("hej", None), ("tvåtvå", None),
                                        ("tiotio", None), ("sexa", None)])
def test_numbers_words(word, value):
    assert parse_number_word(word) == value


def _spell(n: int) -> str:
    from num2words import num2words
    return num2words(n, lang="sv").replace("etttusen", "ettusen").replace(" ", "")   # num2words' known quirks


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_numbers_property_num2words(n):
    assert parse_number_word(_spell(n)) == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["procent", "kronor", "dagar", "nya bostäder"]))
def test_quantities_property_spelled_in_sentence(n, unit):
    text = f"Enligt kommunen blev det {_spell(n)} {unit} totalt."
    found = find_quantities(text, published="2020-01-01")
    assert len(found) == 1
    assert found[0].value == n
    assert text[found[0].char_start:found[0].char_end] == found[0].text


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_quantities_property_grouped_digits(n, dec):
    grouped = f"{n:,}".replace(",", " ") + (f",{dec:02d}" if dec else "")
    text = f"Kostnaden blev {grouped} kronor."
    found = find_quantities(text)
    assert len(found) == 1
    assert found[0].value == pytest.approx(n + dec / 100)


@pytest.mark.parametrize("text", [
    "Ring 08-123 45 67 eller +46 8 123 45 67, 0701234567, senast kl. 14.30.",
    "Besök www.exempel.se eller HTTPS://EXEMPEL.SE/sida?id=5, mejla info@exempel.se.",
    "Servern 192.168.1.10 svarar 24/7 enligt SFS 2010:800 och prop. 2019/20:1.",
    "Covid-19, G20 och 5G nämns i avsnitt 4.2, Fas 2 och årskurs 9 [3] (2).",
    "Adressen är Storgatan 5, 123 45 Stockholm, mötet kl 9–11, 13:30 och 08.00–17.00.",
    "KLOCKAN 10 öppnar Kungsgatan 12; Artikel 5 och paragraf 3 gäller.",
    "Kostnaden ökade med 25 miljoner kronor 2021 jämfört med 2020.",
    "Hammarby vann med 4–2, ledde med 2–0 och ökade 2–3 procent; DOI 10.1093/eurheartj/ehad812 (2024;45:112–120).",
    "Plusgiro 90 20 03-3, Swish-nummer 901 20 03, rapport JO 16 SM 2301, Dnr KS 2023/145, Anf. 23 och kanal 5.",
    "03 februari 08.12 och 2 maj, 14.05; Uppdatering 13.05: diarienummer 5000-K123456-24 och AB-2023-145.",
])
def test_protection_gates_change_nothing(text):
    """A protection regex is skipped when its needed strings are absent; the spans must be the same as running all."""
    assert protected_spans(text, [], gated=True) == protected_spans(text, [], gated=False)


@pytest.mark.parametrize("text,figures", [
    ("Enkäten besvarades av eleverna i årskurserna 6 och 8.", []),
    ("Barn i socialgrupp 3 besökte tandläkaren mer sällan.", []),
    ("I klasserna 4–6 läser 120 elever engelska.", ["120"]),
    ("Trafiken på linjerna 3 och 7 ökade med 9 procent.", ["9 procent"]),
    ("Trafiken på linjerna 3, 5 och 7 ökade med 9 procent.", ["9 procent"]),
    # 'steg' is a label noun and the past of 'stiga': before a list ending in a unit it is the verb
    ("Priset steg 11, 12 och 14 procent i zonerna.", ["11", "12", "14 procent"]),
    ("Hyrorna steg 2,5 respektive 3 procent.", ["2,5", "3 procent"]),
    # emission scopes and a plant's numbered units are labels
    ("Utsläppen i scope 1 och 2 sjönk med 8 procent.", ["8 procent"]),
    ("Scope 3 svarar för 85 procent av utsläppen.", ["85 procent"]),
    ("Aggregatet 2 stod stilla i 12 dagar.", ["12 dagar"]),
])
def test_quantities_plural_labels_number_a_list(text, figures):
    """'årskurserna 6 och 8', 'socialgrupp 3': labels (entities.json label_nouns), never figures."""
    assert [q.text for q in find_quantities(text, published="2018-06-26")] == figures


@pytest.mark.parametrize("text,figures", [
    # a service number's digits after a word of comparison or range are a figure (entities.json
    # service_number_figure_leads); to be called they are not
    ("Det kom 120 passagerare per landning, mot 112 i augusti 2025.", ["120", "112"]),
    ("Antalet platser steg från 112 till 130.", ["112", "130"]),
    ("Vid fara, ring 112 direkt.", []),
    # ... nor the last group of a larger number; a clause comma after the number to call leaves it a number to call
    ("Det föddes 1 046 barn, mot 1 112 året innan.", ["1 046", "1 112"]),
    ("Invånarna ringde 298 000 samtal till rådgivningen 1177, 2 procent färre än 2024.", ["298 000", "2 procent"]),
])
def test_a_service_number_after_a_comparison_is_a_figure(text, figures):
    assert [q.text for q in find_quantities(text, published="2026-09-10")] == figures


@pytest.mark.parametrize("text,figure,value,unit", [
    # a bare prior figure in brackets behind a label ('(2024: 1 071)') shares its main figure's unit and scale
    ("Kostnaderna uppgick till 1 126 miljoner kronor (2024: 1 071), varav lön 742 miljoner kronor.", "1 071", 1071e6, "SEK"),
    ("Intäkterna blev 88,4 miljoner kronor (fjol: 79,1).", "79,1", 79.1e6, "SEK"),
    ("Omsättningen blev 335 (303) Mkr.", "303", 303e6, "SEK"),
])
def test_a_labelled_prior_figure_in_brackets_shares_the_unit(text, figure, value, unit):
    q = next(q for q in find_quantities(text, published="2026-03-01") if q.text == figure)
    assert (q.value, q.unit) == (value, unit)


def _protection_examples():
    from pipeline.extraction.quantities import all_protections
    for p in all_protections(lexicon.load()):
        for sentence, span in p.examples:
            yield pytest.param(p, sentence, span, id=f"{p.name}: {span}")


@pytest.mark.parametrize("protection, sentence, span", list(_protection_examples()))
def test_protection_examples(protection, sentence, span):
    """Each protection's own examples: its pattern and check fence the span, and no figure starts inside it."""
    from pipeline.extraction.quantities import _tables, find_quantities
    start = sentence.index(span)
    T = _tables(lexicon.load())
    hits = [m for m in protection.pattern.finditer(sentence)
            if m.start() <= start and start + len(span) <= m.end() and (protection.check is None or protection.check(sentence, m, T))]
    assert hits, f"{protection.name} does not fence {span!r}"
    assert not [q.text for q in find_quantities(sentence) if start <= q.core_start < start + len(span)]


def test_every_protection_has_a_name_and_a_known_check():
    from pipeline.extraction.quantities import all_protections
    for p in all_protections(lexicon.load()):
        assert p.name and (p.check is None or callable(p.check))
        assert p.examples, f"protection {p.name!r} has no examples"


@pytest.mark.parametrize("text, value, bound", [
    ("Ingen pensionär ska betala mer än 500 kronor.", 500, "at_most"),
    ("Det var inte över 3 procent som svarade.", 3, "at_most"),
    ("Inga barn fick vänta mindre än 2 veckor.", 2, "at_least"),
    ("Över 900 personer kom till mötet.", 900, "more_than"),
    ("Ingen av dem har väntat mer än tre veckor.", 3, "at_most"),                 # the negation five words before
    ("Ingen patient ska behöva vänta mer än sju dagar.", 7, "at_most"),
    ("Andelen får inte överstiga 60 procent.", 60, "at_most"),                     # a verb of exceeding, negated
    ("Kostnaden beräknas överstiga 40 miljoner kronor.", 40e6, "more_than"),
    ("Priset understiger inte 30 kronor.", 30, "at_least"),
    ("Räntan har aldrig understigit 2 procent.", 2, "at_least"),
    ("Det är inte troligt att fler än 500 personer kommer.", 500, "more_than"),  # 'att' opens another clause
    # a verb of passing a level ('passerade', 'passera'): more than it
    ("Antalet kunder passerade 96 000 under hösten.", 96000, "more_than"),
    ("Målet är att passera 20 000 medlemmar.", 20000, "more_than"),
    ("Nötfärsen har passerat 135 kronor kilot.", 135, "more_than"),
    # what passes a place is counted exactly
    ("I juli passerade 31 400 personer räknaren vid fallet.", 31400, "exact"),
    ("Under dagen passerade 14 500 fordon mätpunkten.", 14500, "exact"),
])
def test_a_negation_turns_a_bound_round(text, value, bound):
    q = find_quantities(text)[0]
    assert (q.value, q.bound) == (value, bound)


@pytest.mark.parametrize("text, first, second", [
    ("Intäkterna ökade från 4 till 6 miljarder kronor.", 4e9, 6e9),
    ("Antalet användare har vuxit från 2 till 15 miljoner.", 2e6, 15e6),
    ("Från 3 till 5 miljoner besökare på tio år.", 3e6, 5e6),
])
def test_a_from_to_pair_shares_its_scale(text, first, second):
    qs = [q for q in find_quantities(text) if q.unit != "year"]
    assert [q.value for q in qs[:2]] == [first, second]


@pytest.mark.parametrize("text, value", [
    ("Omsättningen blev MSEK 120 under året.", 120e6),
    ("Resultatet var TSEK 850.", 850e3),
    ("Kassan uppgick till MDSEK 1,2.", 1.2e9),
])
def test_scaled_currency_codes_before_the_number(text, value):
    q = find_quantities(text)[0]
    assert (q.unit, q.value) == ("SEK", value)


def test_a_factor_above_a_limit_is_a_number_without_direction():
    q = find_quantities("Utsläppen var fem gånger över gränsvärdet.")[0]
    assert (q.value, q.unit, q.direction) == (5, "number", None)


@pytest.mark.parametrize("text,value,unit", [
    ("sju", 7, "count"), ("Sjutton", 17, "count"), ("tvåhundrafemtio", 250, "count"),
    ("tredje", 3, "ordinal"), ("fyrtioandra", 42, "ordinal"), ("Nittonde", 19, "ordinal"),
    ("- 1.200.000", -1200000, "count"), ("– 350", -350, "count"), ("  elva ", 11, "count"), ("- sju", -7, "count"),
])
def test_a_text_that_is_only_a_numeral_is_read(text, value, unit):
    """issue 13 item 5: no ambiguity when the whole text is the number."""
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)
    assert text[q.char_start:q.char_end] == q.text and q.text == text.strip()


@pytest.mark.parametrize("text,expected", [
    ("Det finns en skola.", []), ("en", []), ("Ett", []), ("Hon har tre barn och ett hus.", [("tre", 3)]), ("Vi kom på tredje försöket.", []),
    ("Bra - 350 personer kom.", [("350", 350)]), ("mars", []), ("idag", []), ("- mars", []),
])
def test_in_running_text_articles_and_small_number_words_keep_their_rules(text, expected):
    """Only a text that is the number alone is read whole: 'en'/'ett' stay articles, a spaced hyphen stays a dash."""
    assert lone_numeral(text) is None
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("Den organiska tillväxten var –2,5 procent.", -2.5),
    ("Natten var kall, med –12 grader i Kiruna.", -12),
    ("Kassaflödet blev –40 Mkr.", -40e6),
])
def test_an_en_dash_before_a_figure_after_a_word_is_a_minus(text, value):
    assert find_quantities(text)[0].value == pytest.approx(value)


def test_an_en_dash_between_figures_is_still_a_range():
    q = find_quantities("Mellan 10 –20 procent svarade ja.")[0]
    assert (q.low, q.high) == (10, 20)


@pytest.mark.parametrize("text, figure, unit", [
    ("Nettotalet för orderingången blev +9 i november.", "+9", "number"),      # a signed level with no noun: a balance
    ("Saldot sjönk till −12, jämfört med +3 i förra mätningen.", "−12", "number"),
    ("Antalet anställda var 120 i november.", "120", "count"),
    ("Räknat per 100 000 invånare omkom 4,6 personer.", "4,6", "count"),      # an average count names what it counts
    ("Räntan blev 2,5 till slut.", "2,5", "number"),
])
def test_signed_balances_and_average_counts(text, figure, unit):
    q = next(q for q in find_quantities(text) if q.text.endswith(figure) or q.text == figure)
    assert q.unit == unit


@pytest.mark.parametrize("text, figure, value, unit", [
    # a duration and one in its next smaller unit are one duration in the smaller unit (numbers.json duration_parts)
    ("Väntetiden var 2 timmar och 14 minuter.", "2 timmar och 14 minuter", 134, "minute"),
    ("Mediantiden var 1 tim 48 min i maj.", "1 tim 48 min", 108, "minute"),
    ("Straffet blev 3 år och 6 månader.", "3 år och 6 månader", 42, "month"),
    # a rate on either part keeps them apart
    ("Vi tränar 2 timmar i veckan och 30 minuter om dagen.", "2 timmar i veckan", 2, "hour"),
])
def test_compound_durations(text, figure, value, unit):
    q = next(q for q in find_quantities(text) if q.text == figure)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, kept, fenced", [
    # an age band or limit delimits who a figure is about: no claim of its own (entities.json age_bands)
    ("Arbetslösheten bland personer 15–74 år var 8,7 procent.", ["8,7 procent"], "15–74 år"),
    ("Av de skuldsatta var 9 800 personer 65 år och äldre.", ["9 800"], "65 år och äldre"),
    ("Kvinnor\t18–25 år\t4 100", ["4 100"], "18–25 år"),
    # ... a span of time is a figure: after a word of duration, or with a verb of its own
    ("Bygget tar 2–3 år.", ["2–3 år"], None),
    ("Under 2–3 år ska 40 hus byggas.", ["Under 2–3 år", "40"], None),
    ("Hon har arbetat i 20 år eller mer.", ["20 år eller mer"], None),
])
def test_age_bands_are_no_figures(text, kept, fenced):
    assert [q.text for q in find_quantities(text)] == kept
    if fenced:
        assert any(text[s:e] == fenced and why == "age band" for s, e, why in protected_spans(text, []))


@pytest.mark.parametrize("text, kept", [
    # a fuel's grade after its name is a label ('Bensin 95', 'bensin 98'); an amount of money after it is a figure
    ("Bensin 95 kostar nu 17,89 kronor litern.", ["17,89 kronor litern"]),
    ("Priset på bensin 98 sänks med 15 öre.", ["15 öre"]),
    ("Bensinen blev 95 öre dyrare.", ["95 öre"]),
])
def test_fuel_grades_are_labels(text, kept):
    assert [q.text for q in find_quantities(text)] == kept


@pytest.mark.parametrize("text,figure,unit", [
    # a compound ending in a duration's word is that duration (units.json compound_heads)
    ("Malmö fick 842 soltimmar under sommaren.", "842 soltimmar", "hour"),
    ("Fjällen hade 310 000 skiddagar.", "310 000", "count"),     # days of a compound stay counts of what they name
    ("Projektet tog 1 200 arbetstimmar.", "1 200 arbetstimmar", "hour"),
    ("Testet tog 90 svarsminuter.", "90 svarsminuter", "minute"),
])
def test_a_compound_ending_in_a_duration_is_that_duration(text, figure, unit):
    qs = find_quantities(text, published="2025-09-03")
    hit = [q for q in qs if q.text == figure]
    assert hit and hit[0].unit == unit, [(q.text, q.unit) for q in qs]



@pytest.mark.parametrize("text, figure, value, unit", [
    # the contract has no seconds: they are minutes (1/60), and a minute and its seconds are one duration
    ("Hon vann med 42 sekunders marginal.", "42 sekunders", 0.7, "minute"),
    ("Rekordet slogs med 1 minut och 12 sekunder.", "1 minut och 12 sekunder", 1.2, "minute"),
    ("Svarstiden var 90 sekunder i snitt.", "90 sekunder", 1.5, "minute"),
    # nor decades: ten years each
    ("Skogen har vuxit i två decennier.", "två decennier", 20.0, "year"),
])
def test_durations_in_the_contracts_units(text, figure, value, unit):
    q = next(q for q in find_quantities(text) if q.text.endswith(figure))
    assert (round(q.value, 6), q.unit) == (value, unit)


@pytest.mark.parametrize("text, figure, unit", [
    # a word after a scaled amount that never names a counted thing (entities.json not_counted) leaves the amount
    # to the document's unit: here the money of the sentence
    ("Intäkterna blev 7,4 miljarder kronor, varav 2,1 miljarder avsåg export.", "2,1 miljarder", "SEK"),
    ("Vinsten blev 88 miljoner kronor, mot 61 miljoner året innan.", "61 miljoner", "SEK"),
    ("Kostnaderna blev 3,2 miljoner kronor högre och intäkterna 1,1 miljoner bättre.", "1,1 miljoner", "SEK"),
    # a counted noun still counts
    ("Regionen har 1,9 miljoner invånare och 88 000 företag.", "1,9 miljoner", "count"),
])
def test_scaled_amounts_and_words_that_count_nothing(text, figure, unit):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text, "2026-02-20") if c.quantity["text"] == figure)
    assert c.quantity["unit"] == unit


@pytest.mark.parametrize("text, figure, unit", [
    # a definite duration noun after a figure is the time referred to, not its unit (units.json definite_durations)
    ("Indexet var 131,4, mot 130,9 veckan innan.", "130,9", "number"),
    ("Kursen steg till 88,2 från 86,0 dagen före.", "86,0", "number"),
    ("Projektet tog tre månader.", "tre månader", "month"),
    # a sentence opening with an index or a net balance states numbers, also in 'enheter' (entities.json index_sentences)
    ("Barometerindikatorn föll med 3 enheter till 94.", "94", "number"),
    ("Nettotalet steg till 12.", "12", "number"),
    # an index named in a compound with hyphens, or indefinite ('Nöjd-kund-index', 'Handelsindex')
    ("Nöjd-kund-index (NKI) blev 71 i år, en ökning med 4 enheter.", "71", "number"),
    ("Nöjd-kund-index (NKI) blev 71 i år, en ökning med 4 enheter.", "4", "number"),
    ("Handelsindex landade på 104.", "104", "number"),
    ("Antalet anställda steg till 12.", "12", "count"),
    # a compound naming a percentage before a bare number ('Totalkostnadsprocenten … 92,6'; entities.json percent_nouns)
    ("Totalkostnadsprocenten förbättrades till 92,6.", "92,6", "percent"),
    ("Målvakten hade en räddningsprocent på 91,4 under säsongen.", "91,4", "percent"),
    ("Avgiften höjs med 3 procent till 1 200.", "1 200", "count"),
])
def test_definite_durations_and_index_sentences(text, figure, unit):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text, "2026-02-20") if c.quantity["text"] == figure)
    assert c.quantity["unit"] == unit


@pytest.mark.parametrize("sentence, figures", [
    # the gate before the scan answers as the scan would: a word that only begins as a number word does ('trenden',
    # 'sexton' does), digits that all stand in time expressions start no figure
    ("Och trenden fortsätter.", []),
    ("Fyraåringarna och tretton lärare kom.", ["tretton"]),
    ("Sedan 2022 gör staden mer.", []),
    ("Hon fick en tjugoförstedel av arvet.", ["en tjugoförstedel"]),
    ("Under 2014 kom 40 personer.", ["40"]),
    ("Satsningen blev permanent 2014 och kostade sju miljoner kronor.", ["sju miljoner kronor"]),
])
def test_the_gate_before_the_scan_agrees_with_the_scan(sentence, figures):
    from pipeline.extraction.times import find_times
    found = [q.text for q in find_quantities(sentence, find_times(sentence, "2026-01-01"))]
    assert found == figures


@pytest.mark.parametrize("text, figure, value", [
    # a hundredth of a currency is that currency scaled (units.json: 'öre', 'euro cent')
    ("Skatten är 2,2 euro cent per kWh i Tyskland.", "2,2 euro cent", 0.022),
    ("I Finland är den 0,5 eurocent.", "0,5 eurocent", 0.005),
    ("Biljetten kostar 3 euro.", "3 euro", 3.0),
])
def test_euro_cent_is_a_hundredth_of_a_euro(text, figure, value):
    q = next(q for q in find_quantities(text) if q.text.startswith(figure))
    assert (q.value, q.unit) == (pytest.approx(value), "EUR")


@pytest.mark.parametrize("text, figure, unit", [
    # a concentration is one unit, not an amount at a rate per cubic metre or litre
    ("Årsmedelvärdet blev 21,4 mikrogram per kubikmeter.", "21,4 mikrogram per kubikmeter", "ug/m3"),
    ("Halten var 12 µg/m³ vid Storgatan.", "12 µg/m³", "ug/m3"),
    ("Nitrathalten var 3 mg/l i brunnen.", "3 mg/l", "mg/l"),
    ("Tabletten innehåller 400 mikrogram.", "400 mikrogram", "ug"),
])
def test_a_concentration_is_one_unit(text, figure, unit):
    from conftest import extract_claims
    c = next(c for c in extract_claims(text, "2026-04-15") if c.quantity["text"] == figure)
    assert (c.quantity["unit"], c.quantity["per"]) == (unit, None)


@pytest.mark.parametrize("text, figure, value", [
    # 'Mt' and 'Mton' are million tonnes, written in that case only ('MT-fordon' is no unit)
    ("Gruvan bröt 14,2 Mt malm under året.", "14,2 Mt", 14_200_000),
    ("Produktionen nådde 9,8 Mton.", "9,8 Mton", 9_800_000),
])
def test_megatonnes(text, figure, value):
    q = next(q for q in find_quantities(text) if q.text == figure)
    assert (q.value, q.unit) == (pytest.approx(value), "tonne")


def test_mt_in_other_case_is_no_unit():
    assert all(q.unit != "tonne" for q in find_quantities("Vi har 3 MT-fordon och 4 mt."))


@pytest.mark.parametrize("text, figure, unit", [
    # a length of lane or fence is metres ('längdmeter' on a ferry deck, 'löpmeter' of fence or shelving)
    ("Lastbilar och släp upptog 18 340 längdmeter.", "18 340 längdmeter", "m"),
    ("Kommunen satte upp 420 löpmeter staket.", "420 löpmeter", "m"),
])
def test_lengths_in_running_metres(text, figure, unit):
    q = next(q for q in find_quantities(text) if q.text == figure)
    assert (q.unit, q.kind) == (unit, "measure")


@pytest.mark.parametrize("text, figure, prior", [
    # a bracketed number right after a figure and its counted noun, of a like size, is the prior period's figure
    ("Moderaterna får 10 mandat (11).", "11", True),
    ("Klubben har 1 240 medlemmar (980).", "980", True),
    # a footnote stays one: after a word, or far smaller than the figure before it
    ("Andelen ökade kraftigt (1) under året.", "1", None),
    ("Antalet ökade till 40 personer (2) enligt not.", "2", None),
])
def test_a_bracketed_number_after_a_counted_noun(text, figure, prior):
    hits = [q for q in find_quantities(text) if q.text == figure]
    if prior is None:
        assert not hits
    else:
        assert hits and (hits[0].prior_of is not None) == prior
