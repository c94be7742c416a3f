"""Tables (pipeline/tables.py): a cell's unit, scale, rate, period, change and subject hint from its column header,
its row label, the table's corner cell or caption, by one precedence. Made-up tables in every layout the pipeline
reads: markdown, tab-separated, aligned with spaces (one segment each) and HTML (one segment per row)."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import extract_claims
from pipeline import lexicon
from pipeline.extraction import tables
from pipeline.errors import LexiconError
from pipeline.ingest import ingest_bytes
from pipeline.extraction.document import extract_document
from pipeline.extraction.quantities import find_quantities
from pipeline.segment import segment_text
from pipeline.extraction.times import find_times


def _html_claims(body: str, published: str = "2024-05-02"):
    html = f"<html><body><article><h1>Rapport</h1>{body}</article></body></html>"
    doc = ingest_bytes(html.encode(), "t", "t.html", published=published)
    return extract_document(doc, segment_text(doc.text, doc.furniture))


def _cell(claims, text: str, nth: int = 0):
    hits = [c for c in claims if c.quantity["text"] == text]
    assert len(hits) > nth, (text, [c.quantity["text"] for c in claims])
    return hits[nth]


def _fields(c):
    q = c.quantity
    return (q["value"], q["unit"], q["per"], (c.change or {}).get("direction"))


MD_COUNT_AND_SHARE = ("Befolkning\n\n| Kommun | Invånare, tusental | Andel över 65, % |\n|---|---|---|\n"
                      "| Norrby | 84 | 21,5 |\n| Söderås | 132 | 18,9 |")
TAB_COUNT_AND_CHANGE = ("Besök\n\nBesökare per län, mars 2024\n\nLän\tBesökare, tusental\tFörändring %\n"
                        "Östra\t214\t+4,2\nVästra\t97\t−1,8")
SPACE_COUNT_AND_CHANGE = ("Hamnar\n\nHamn            Anlöp, antal     Förändring, %\n"
                          "Norrhamn               1 240              −3,5\n"
                          "Sydkajen                 860              +2,0")
SPACE_MONEY_AND_RATE = ("Bokslut\n\nMkr                   2022      2023      Förändring\n"
                        "Intäkter               412       450         +38\n"
                        "Rörelsemarginal, %     8,1       7,4        −0,7")
MD_CAPTION_MONEY = ("Nyckeltal\n\nNyckeltal i sammandrag, MSEK\n\n| | 2022 | 2023 |\n|---|---|---|\n"
                    "| Omsättning | 95 | 102 |\n| Soliditet, % | 41,2 | 44,0 |\n| Anställda | 61 | 64 |")
SPACE_INDENTED_CAPS = ("Resultat\n\nRESULTAT I SAMMANDRAG, MKR\n\n"
                       "                    Kv2 2024   Kv2 2023   Förändring, %\n"
                       "Intäkter               230        214            +7\n"
                       "Rörelseresultat       18,2       15,9           +14")
SPACE_BY_MONTH = ("Larm\n\nUtryckningar per månad\n\nMånad      2024    2023\nMaj         512     470\n"
                  "Juni        530     498")
TAB_CAPTION_RATE = ("Elpris\n\nMånadsmedelpris per elområde, öre/kWh\n\nElområde\tOkt 2024\tOkt 2023\n"
                    "SE3\t52,3\t43,2")
TAB_PERCENT_CAPTION = ("Ohälsa\n\nSjukfrånvaro efter sektor, procent\n\nSektor\tHösten 2022\tHösten 2023\tFörändring\n"
                       "Kommuner\t7,9\t7,2\t−0,7\nRegioner\t6,1\t6,4\t0,3")


@pytest.mark.parametrize("text,cell,nth,expected", [
    # a '%' in a neighbouring column header is not the unit of a count column; its scale is
    (MD_COUNT_AND_SHARE, "84", 0, (84000, "count", None, None)),
    (MD_COUNT_AND_SHARE, "21,5", 0, (21.5, "percent", None, None)),
    (MD_COUNT_AND_SHARE, "132", 0, (132000, "count", None, None)),
    # the change column of a 'tusental' table: a percentage change, not scaled, not percentage points
    (TAB_COUNT_AND_CHANGE, "214", 0, (214000, "count", None, None)),
    (TAB_COUNT_AND_CHANGE, "+4,2", 0, (4.2, "percent", None, "increase")),
    (TAB_COUNT_AND_CHANGE, "−1,8", 0, (-1.8, "percent", None, "decrease")),
    (SPACE_COUNT_AND_CHANGE, "1 240", 0, (1240, "count", None, None)),
    (SPACE_COUNT_AND_CHANGE, "−3,5", 0, (-3.5, "percent", None, "decrease")),
    (SPACE_COUNT_AND_CHANGE, "+2,0", 0, (2.0, "percent", None, "increase")),
    # the corner's 'Mkr' is the unit of the money rows, not of a row whose label names percent; the change of
    # that row is in percentage points, the change of a money row is money
    (SPACE_MONEY_AND_RATE, "412", 0, (412e6, "SEK", None, None)),
    (SPACE_MONEY_AND_RATE, "+38", 0, (38e6, "SEK", None, "increase")),
    (SPACE_MONEY_AND_RATE, "8,1", 0, (8.1, "percent", None, None)),
    (SPACE_MONEY_AND_RATE, "−0,7", 0, (-0.7, "percentage_point", None, "decrease")),
    # the caption's 'MSEK' likewise; a row without a unit word takes it
    (MD_CAPTION_MONEY, "95", 0, (95e6, "SEK", None, None)),
    (MD_CAPTION_MONEY, "41,2", 0, (41.2, "percent", None, None)),
    # a percent caption over a 'Förändring' column: percentage points; an unsigned positive change is an increase
    (TAB_PERCENT_CAPTION, "7,9", 0, (7.9, "percent", None, None)),
    (TAB_PERCENT_CAPTION, "−0,7", 0, (-0.7, "percentage_point", None, "decrease")),
    (TAB_PERCENT_CAPTION, "0,3", 0, (0.3, "percentage_point", None, "increase")),
    # a header indented past the labels that opens with a period: the rows' first cells are still labels; an
    # all-capitals caption names its unit ('MKR')
    (SPACE_INDENTED_CAPS, "230", 0, (230e6, "SEK", None, None)),
    (SPACE_INDENTED_CAPS, "214", 0, (214e6, "SEK", None, None)),
    (SPACE_INDENTED_CAPS, "+7", 0, (7, "percent", None, "increase")),
    (SPACE_INDENTED_CAPS, "15,9", 0, (15.9e6, "SEK", None, None)),
])
def test_cell_unit_scale_and_change_by_precedence(text, cell, nth, expected):
    assert _fields(_cell(extract_claims(text, "2024-04-03"), cell, nth)) == pytest.approx(expected)


@pytest.mark.parametrize("text, label, figure", [
    ("Resor\n\nLinje     Oktober 2026   Oktober 2025\n2   Centrum–Norr     214 600        203 900\n"
     "11  Centrum–Lilltorp   121 800   114 300\n", "2", "214 600"),
    ("Zoner\n\n| Zon | Taxa 2026, kr |\n|---|---|\n| 1 | 32 |\n| 2 | 45 |\n", "1", "32"),
])
def test_a_number_under_a_label_header_names_its_row(text, label, figure):
    texts = [c.quantity["text"] for c in extract_claims(text, "2026-11-10")]
    assert label not in texts and figure in texts, texts


@pytest.mark.parametrize("legend", [
    "1 mån: säsongrensad förändring jämfört med föregående månad.",
    "1 mån avser jämförelse med föregående månad, 12 mån jämförelse med samma månad föregående år.",
])
def test_a_legend_naming_span_columns_is_no_figure(legend):
    text = ("Handel\n\n| Bransch | 1 mån, % | 12 mån, % |\n|---|---|---|\n| Skor | −0,6 | −1,2 |\n\n" + legend + "\n")
    claims = extract_claims(text, "2026-11-26")
    assert not [c for c in claims if c.quantity["text"] in ("1 mån", "12 mån")]


def test_a_markdown_header_names_columns_even_with_figures_in_it():
    text = ("Priser\n\n| Område | 1 mån | 12 mån | Medelpris (kr/kvm) |\n|---|---|---|---|\n"
            "| Riket | +1 % | +4 % | 47 310 |\n| Norr | −2 % | ±0 % | 21 900 |\n")
    claims = extract_claims(text, "2025-11-06")
    assert not [c for c in claims if c.quantity["text"] in ("1 mån", "12 mån")]
    q = _cell(claims, "47 310").quantity
    assert (q["unit"], q["per"]) == ("SEK", "m2")


def test_prose_after_a_table_does_not_continue_its_periods():
    text = ("Hamnen\n\nUnder 2024 ökade godsmängden kraftigt.\n\nHamn            2024      2023\n"
            "Norrhamn         1 240     1 110\nSydkajen           860       910\n\nAndelen containergods var 41 procent.\n")
    claims = extract_claims(text, "2025-02-10")
    assert _cell(claims, "41 procent").time["start"] == "2024"          # the prose before, not the last column
    assert _cell(claims, "860").time["start"] == "2024"                 # 'Sydkajen  860': a label and a cell, no address


@pytest.mark.parametrize("text,cell,per", [
    # 'per månad' in the caption of a table counted by month: each cell is one month's count, not a rate
    (SPACE_BY_MONTH, "530", None),
    # a rate written with a slash in the caption holds for every cell
    (TAB_CAPTION_RATE, "52,3", "kWh"),
    # a caption's 'per år' right after its unit is a yearly amount, also over year columns
    ("Taxa\n\nElnätskostnad för typkunder, kronor per år\n\nTypkund\tKostnad 2026\tKostnad 2027\n"
     "Lägenhet\t2 040\t2 292\nVilla\t5 400\t6 000\nVilla med elvärme\t10 200\t11 460\n", "2 292", "year"),
    ("Hallar\n\nTimhyra i kronor från 1 januari 2026\n\nLokal\tUngdom\tVuxen\nSporthall\t160\t320\n"
     "Gymnastiksal\t60\t120\nBassäng\t95\t190\n", "320", "hour"),
    ("Taxa\n\nAvgift för hemtjänst, kr/mån\n\nNivå\t2025\t2026\nLåg\t410\t430\nMellan\t980\t1 020\n"
     "Hög\t1 650\t1 720\n", "1 020", "month"),
])
def test_caption_rate_or_breakdown(text, cell, per):
    assert _cell(extract_claims(text, "2024-11-20"), cell).quantity["per"] == per


@pytest.mark.parametrize("text,cell,unit,per", [
    ("Aktien\n\n| Nyckeltal | 2023 | 2024 |\n|---|---|---|\n| Utdelning per aktie, kr | 2,10 | 2,40 |", "2,40", "SEK", "share"),
    ("Aktien\n\nPost\t2023\t2024\nEget kapital, kr/aktie\t48,70\t51,20\nAntal aktier, miljoner\t12\t12", "51,20", "SEK", "share"),
    ("Avgifter\n\nTjänst         2023      2024\nBredband, kr/mån     399       429\nTV-paket, kr/år    1 188     1 308",
     "429", "SEK", "month"),
    ("Avgifter\n\nTjänst         2023      2024\nBredband, kr/mån     399       429\nTV-paket, kr/år    1 188     1 308",
     "1 308", "SEK", "year"),
    # 'per' before a unit's name in a row label names that unit as the rate
    ("Taxa\n\nAvgift\t2026, kr\t2025, kr\nFörbrukning per kubikmeter\t30,96\t28,40\nFast avgift per år\t5 120\t4 700",
     "30,96", "SEK", "m3"),
    ("Priser\n\n| Vara | 2024, kr | 2025, kr |\n|---|---|---|\n| Kaffe per kilo | 98 | 121 |", "121", "SEK", "kg"),
    # a row label holding the figure of its rate ('per 100 000 inv.') stays one label cell under an indented header
    ("Trafik\n\n                       Jan–jun 2026   Jan–jun 2025\nOmkomna                           9             12\n"
     "Omkomna per 100 000 inv.        2,1            2,8\n", "2,8", "count", "capita"),
    # a scale of thousands after a label's comma is its unit and scale, no claim of its own
    ("Vatten\n\nNyckeltal                 2025     2024\nProducerat vatten, 1 000 m3       3 420    3 512\n"
     "Läckage, %                17,5     21,3", "3 512", "m3", None),
    ("Vatten\n\nNyckeltal                 2025     2024\nDebiterat vatten, tusen m3       2 711    2 690\n"
     "Läckage, %                17,5     21,3", "2 711", "m3", None),
    # '/person' after a unit in a row label: per capita (the first denominator of 'l/person/dygn')
    ("Vatten\n\nNyckeltal            2025     2024\nFörbrukning, l/person/dygn    138      144\nLäckage, %    17,5    21,3",
     "144", "l", "capita"),
    ("Lunch\n\n| Måltid | 2026, kr | 2027, kr |\n|---|---|---|\n| Lunch för vuxen, per portion | 62 | 68 |", "68", "SEK",
     "portion"),
])
def test_row_label_gives_unit_and_rate(text, cell, unit, per):
    claims = extract_claims(text, "2024-04-03")
    q = _cell(claims, cell).quantity
    assert (q["unit"], q["per"], q["unit_source"]) == (unit, per, "table")
    assert per is None or q["per_source"] == "table"
    assert not [c for c in claims if c.quantity["value"] in (1e3, 1e6)]      # a label's scale is no claim


def test_an_average_beside_counts_counts_the_same_things():
    """'Omkomna   19   26   24,2' under 'Snitt 2020–2024': the mean of counts is a count; a row of decimals alone stays
    numbers."""
    text = ("Trafik\n\n                    2025    2024    Snitt 2020–2024\nOmkomna               19      26        24,2\n"
            "Index                 1,4     1,1        1,2\n")
    claims = extract_claims(text, "2026-02-01")
    assert _cell(claims, "24,2").quantity["unit"] == "count"
    assert _cell(claims, "1,2").quantity["unit"] == "number"


def test_a_caption_naming_a_yearly_cost_and_its_unit_rate_keeps_the_rate_over_year_columns():
    """'Exempel på årskostnad inklusive moms, kronor per år' over '2026 | 2027': the cells are kronor a year, though the
    caption's money word ('årskostnad') names the rate before its unit does."""
    text = ("Priser\n\nExempel på årskostnad inklusive moms, kronor per år\n\n| Typkund | 2026 | 2027 |\n|---|---|---|\n"
            "| Villa | 17 780 | 18 460 |\n| Radhus | 12 630 | 13 130 |\n")
    q = _cell(extract_claims(text, "2026-11-01"), "13 130").quantity
    assert (q["unit"], q["per"]) == ("SEK", "year")


def test_a_label_scale_in_html_rows_is_no_claim():
    """'Producerat vatten, 1 000 m3' in an HTML table's row label: the row's unit and scale, not a claim, as in a
    plain-text table."""
    claims = _html_claims("<table><tr><th>Nyckeltal</th><th>2025</th><th>2024</th></tr>"
                          "<tr><td>Producerat vatten, 1 000 m3</td><td>3 420</td><td>3 512</td></tr>"
                          "<tr><td>Debiterat vatten, 1 000 m3</td><td>2 711</td><td>2 690</td></tr>"
                          "<tr><td>Läckage, %</td><td>17,5</td><td>21,3</td></tr></table>", "2026-04-01")
    assert not [c for c in claims if c.quantity["value"] == 1000]
    q = _cell(claims, "2 690").quantity
    assert (q["value"], q["unit"]) == (2690000.0, "m3")


def test_one_rows_rate_stays_in_its_row():
    """'Öppettimmar per vecka' names the rate of its own row only: the other rows' cells take no rate from it (the
    sentence's rate words do not reach a table's cells); its first word, a compound of hours, is the row's unit."""
    text = ("Biblioteket\n\n| Nyckeltal | 2025 | 2024 |\n|---|---|---|\n| Utlån, fysiska medier | 402 700 | 396 100 |\n"
            "| Öppettimmar per vecka | 68 | 56 |\n")
    claims = extract_claims(text, "2026-03-01")
    assert _cell(claims, "402 700").quantity["per"] is None
    assert (_cell(claims, "68").quantity["per"], _cell(claims, "68").quantity["unit"]) == ("week", "hour")   # 'Öppettimmar'


@pytest.mark.parametrize("header, unit, per", [
    ("Timmar/mån 2026", "hour", "month"), ("Timmar per månad 2026", "hour", "month"), ("Dagar per år 2026", "day", "year"),
    ("Brukare 2026", "count", None),
])
def test_a_duration_per_period_in_a_header_is_hours_a_month(header, unit, per):
    """'Timmar/mån 2026' over a column: hours a month (a duration's word before the rate names the cells' unit)."""
    text = f"Hemtjänst\n\n| Område | {header} |\n|---|---|\n| Norr | 11 240 |\n| Söder | 9 870 |"
    q = _cell(extract_claims(text, "2026-08-03"), "9 870").quantity
    assert (q["unit"], q["per"]) == (unit, per)


def test_a_caption_per_period_over_period_columns_is_a_breakdown_also_for_the_full_year():
    text = ("Bokslut 2025\n\nNettoomsättning per kvartal, MSEK\n\nÅr      Kv1     Kv2     Kv3     Kv4     Helår\n"
            "2025    1 160   1 228   1 122   1 302   4 812\n2024    1 071   1 145   1 041   1 240   4 497\n")
    claims = extract_claims(text, "2026-02-12")
    assert _cell(claims, "4 812").quantity["per"] is None
    assert _cell(claims, "1 228").quantity["per"] is None


@pytest.mark.parametrize("text,cell,unit", [
    # a duration's unit after the label's comma
    ("Nyckeltal\n\n| Nyckeltal | 2025 | 2024 |\n|---|---|---|\n| Medelvårdtid, dygn | 4,9 | 5,1 |", "4,9", "day"),
    ("Service\n\nMått\t2024\t2025\nVäntetid, minuter\t14\t11\nÄrenden\t4 100\t3 900", "11", "minute"),
    ("Service\n\nMått\t2024\t2025\nVäntetid, minuter\t14\t11\nÄrenden\t4 100\t3 900", "3 900", "count"),     # the next row keeps its own
    # a header that is one compound ending in a duration's word
    ("Sommaren\n\nStation\tMedeltemperatur\tSoltimmar\nLund\t17,2\t812\nUmeå\t15,1\t798", "798", "hour"),
])
def test_row_label_gives_a_duration_unit(text, cell, unit):
    q = _cell(extract_claims(text, "2024-04-03"), cell).quantity
    assert q["unit"] == unit


@pytest.mark.parametrize("text,cell,nth,start,end", [
    ("Resor\n\n| Linje | Jan–sep 2022 | Jan–sep 2023 |\n|---|---|---|\n| Buss 4 | 1 820 | 1 905 |", "1 820", 0, "2022-01", "2022-09"),
    ("Resor\n\n| Linje | Jan–sep 2022 | Jan–sep 2023 |\n|---|---|---|\n| Buss 4 | 1 820 | 1 905 |", "1 905", 0, "2023-01", "2023-09"),
    ("Larm\n\nÅr\tLarm\tUtryckningar\n2019\t310\t280\n2020\t295\t301", "295", 0, "2020", "2020"),
    ("Larm\n\nÅr\tLarm\tUtryckningar\n2019\t310\t280\n2020\t295\t301", "280", 0, "2019", "2019"),
    ("Skörd\n\nGröda            Skörd 2021      Skörd 2022\nVete                  2 950           3 110",
     "3 110", 0, "2022", "2022"),
    (SPACE_INDENTED_CAPS, "214", 0, "2023-04", "2023-06"),
    # a change column is about the latest period of the level columns before it, also when its header names
    # only the comparison point
    (SPACE_INDENTED_CAPS, "+7", 0, "2024-04", "2024-06"),
    # a quarter column over a year row: that quarter of that year ('Kv1' has a digit but no year)
    ("Omsättning, MSEK\n\nÅr\tKv1\tKv2\tKv3\tKv4\n2025\t1 160\t1 228\t1 122\t1 302\n2024\t1 071\t1 145\t1 041\t1 240",
     "1 228", 0, "2025-04", "2025-06"),
    ("Resultat\n\n| År | Q1 | Q2 |\n|---|---|---|\n| 2023 | 41 | 57 |\n| 2022 | 38 | 49 |", "57", 0, "2023-04", "2023-06"),
    # a month row under a year column: that month of that year
    (SPACE_BY_MONTH, "512", 0, "2024-05", "2024-05"),
    (SPACE_BY_MONTH, "498", 0, "2023-06", "2023-06"),
    ("Priser\n\n| Område | Mars 2024 | Mars 2023 | Förändring mot mars 2023, % |\n|---|---|---|---|\n"
     "| Norr | 61,2 | 70,4 | −13 |", "−13", 0, "2024-03", "2024-03"),
    # an abbreviated month before a year names a month ('Dec 2023'); after 'mot' it is the comparison point
    ("Priser\n\nOmråde\tDec 2023\tDec 2022\tFörändring mot dec 2022, %\nNorr\t61,2\t70,4\t−13", "−13", 0,
     "2023-12", "2023-12"),
    ("Priser\n\nOmråde\tDec 2023\tDec 2022\tFörändring mot dec 2022, %\nNorr\t61,2\t70,4\t−13", "70,4", 0,
     "2022-12", "2022-12"),
    # a column without a period of its own takes the latest period of the table's columns
    ("Trafik\n\n| Linje | Maj 2024 | Maj 2023 | Förändring, % | Punktlighet, % |\n|---|---|---|---|---|\n"
     "| Buss 1 | 1,2 | 1,1 | +9 | 91 |", "91", 0, "2024-05", "2024-05"),
    # a quarter with a relative year in the header ('Kv1 i år', 'Kv1 i fjol')
    ("Bygge\n\n| Län | Kv1 i år | Kv1 i fjol | Förändring, % |\n|---|---|---|---|\n| Norr | 820 | 760 | +8 |",
     "760", 0, "2023-01", "2023-03"),
    ("Bygge\n\n| Län | Kv1 i år | Kv1 i fjol | Förändring, % |\n|---|---|---|---|\n| Norr | 820 | 760 | +8 |",
     "+8", 0, "2024-01", "2024-03"),
    # 'N mån YYYY' heads the first N months of that year; its figures are no durations
    ("Bokslut\n\nMkr\tKv 2 2024\t6 mån 2024\t6 mån 2023\nIntäkter\t310\t598\t571", "571", 0, "2023-01", "2023-06"),
    ("Bokslut\n\n| Mkr | 9 mån 2023 | 9 mån 2022 |\n|---|---|---|\n| Intäkter | 1 204 | 1 117 |", "1 204", 0,
     "2023-01", "2023-09"),
])
def test_period_from_column_header_or_row_label(text, cell, nth, start, end):
    c = _cell(extract_claims(text, "2024-04-03"), cell, nth)
    assert (c.time["start"], c.time["end"], c.time["source"]) == (start, end, "document_context")


# Two header lines over an aligned table ('Kv 3' over '2026'): each column is read as both ('Kv 3 2026'); the top
# line's figures ('9 mån') name columns, no claim.
STACKED = ("Nyckeltal\n\nNYCKELTAL\n\n"
           "                        Kv 2     Kv 2     6 mån    Helår\n"
           "                        2025     2024     2025     2024\n"
           "Intäkter, Mkr            412      388      801    1 590\n"
           "Resultat per aktie, kr  1,20     0,95     2,31     4,02")
STACKED_MONTHS = ("Lager\n\n"
                  "                Mars      Mars      Förändring\n"
                  "                2026      2025      %\n"
                  "Norrlager       1 204     1 130     +6,5\n"
                  "Söderlager        980     1 010     −3,0")


STACKED_CORNER = ("Tentor\n\nTabell 2. Tentamina per fakultet, maj\n"
                  "                     Antal skrivande   Antal skrivande   Godkända        Godkända\n"
                  "Fakultet             maj 2026          maj 2025          maj 2026, %     maj 2025, %\n"
                  "Teknik                  2 118             1 984             71,5            69,2\n"
                  "Medicin                 1 406             1 377             82,0            80,4")


@pytest.mark.parametrize("cell,unit,start", [("1 984", "count", "2025-05"), ("71,5", "percent", "2026-05"),
                                            ("80,4", "percent", "2025-05")])
def test_two_header_lines_with_the_corner_on_the_second(cell, unit, start):
    c = _cell(extract_claims(STACKED_CORNER, "2026-06-10"), cell)
    assert (c.quantity["unit"], c.time["start"]) == (unit, start)


@pytest.mark.parametrize("text,cell,start,end", [
    (STACKED, "412", "2025-04", "2025-06"),
    (STACKED, "388", "2024-04", "2024-06"),
    (STACKED, "801", "2025-01", "2025-06"),    # '6 mån 2025': the first six months
    (STACKED, "4,02", "2024", "2024"),
    (STACKED_MONTHS, "1 130", "2025-03", "2025-03"),
    (STACKED_MONTHS, "980", "2026-03", "2026-03"),
])
def test_two_header_lines_name_each_column(text, cell, start, end):
    claims = extract_claims(text, "2026-04-20")
    c = _cell(claims, cell)
    assert (c.time["start"], c.time["end"]) == (start, end)
    assert not any(x.quantity["text"].startswith(("6 mån", "2 ")) for x in claims)


@pytest.mark.parametrize("text,cell,value,unit,per", [
    # a label glued to the first figure by one space in an aligned table is cut off it
    ("Flöden\n\n                          2025     2024\nKassaflöde löpande, Mkr 356      212\n"
     "Resultat per aktie, kr      3,62     3,13", "356", 356e6, "SEK", None),
    ("Flöden\n\n                          2025     2024\nKassaflöde löpande, Mkr 356      212\n"
     "Resultat per aktie, kr      3,62     3,13", "212", 212e6, "SEK", None),
    # the last cell of a line takes no rate or noun from the next line's label ('per aktie')
    ("Flöden\n\n                    2025     2024\nKassaflöde, Mkr      356      212\n"
     "Resultat per aktie, kr 3,62   3,13", "212", 212e6, "SEK", None),
])
def test_aligned_rows_keep_their_cells_apart(text, cell, value, unit, per):
    q = _cell(extract_claims(text, "2026-04-20"), cell).quantity
    assert (q["value"], q["unit"], q["per"]) == (value, unit, per)


@pytest.mark.parametrize("text,cell,year", [
    # one dated column after undated ones is their comparison: the undated ones are the period the text reports
    ("Köer i oktober 2026\n\n| Klinik | Väntande | Inom 90 dagar, % | Inom 90 dagar okt 2025, % |\n|---|---|---|---|\n"
     "| Ögon | 6 210 | 58,3 | 49,0 |", "6 210", "2026"),
    ("Köer i oktober 2026\n\n| Klinik | Väntande | Inom 90 dagar, % | Inom 90 dagar okt 2025, % |\n|---|---|---|---|\n"
     "| Ögon | 6 210 | 58,3 | 49,0 |", "58,3", "2026"),
    ("Köer i oktober 2026\n\n| Klinik | Väntande | Inom 90 dagar, % | Inom 90 dagar okt 2025, % |\n|---|---|---|---|\n"
     "| Ögon | 6 210 | 58,3 | 49,0 |", "49,0", "2025"),
    ("Skolor 2026\n\nSkola          Elever    Behöriga, %    Behöriga 2024, %\n"
     "Norrskolan        412       88,1           84,0\nSöderskolan       380       79,5           81,2", "79,5", "2026"),
])
def test_a_lone_dated_column_is_a_comparison(text, cell, year):
    c = _cell(extract_claims(text, "2026-11-19"), cell)
    assert (c.time["start"] or "")[:4] == year, c.time


MONTH_PAIRS = ("Priser\n\nTabell 2. Priser per varugrupp, mars 2026\n\n"
               "Varugrupp              Mar/feb, %   Mar/mar, %\n"
               "Livsmedel                  +0,4         +2,8\n"
               "Kläder                     −1,1         +0,6")


@pytest.mark.parametrize("cell,start,end", [
    # 'Mar/mar' is the change over twelve months up to March; 'Mar/feb' the change of March from February
    ("+2,8", "2025-04", "2026-03"),
    ("+0,6", "2025-04", "2026-03"),
    ("+0,4", "2026-03", "2026-03"),
    ("−1,1", "2026-03", "2026-03"),
])
def test_a_month_pair_header_names_the_change_period(cell, start, end):
    c = _cell(extract_claims(MONTH_PAIRS, "2026-04-14"), cell)
    assert (c.time["start"], c.time["end"]) == (start, end)


CHANGE_FROM = ("Löner\n\nTabell 3. Månadslön efter sektor, maj 2026\n\n"
               "Sektor          | Kronor per månad | Förändring från maj 2025, % | Förändring från maj 2025, kr\n"
               "Privat sektor   | 42 310 | 3,5 | 1 430\n"
               "Kommuner        | 37 940 | 3,0 | 1 110")


@pytest.mark.parametrize("cell,start,end,per", [
    # a change column headed 'från <month>' under a caption's later month: the months after it up to the caption's
    ("3,5", "2025-06", "2026-05", None),
    # ... and its amount in kronor is a change of the monthly amount beside it: per month
    ("1 430", "2025-06", "2026-05", "month"),
    ("42 310", "2026-05", "2026-05", "month"),
])
def test_a_change_column_from_a_month_spans_up_to_the_caption(cell, start, end, per):
    c = _cell(extract_claims(CHANGE_FROM, "2026-06-20"), cell)
    assert (c.time["start"], c.time["end"], c.quantity["per"]) == (start, end, per)


CAPTION_PARTS = ("Flyg\n\nPassagerare per flygplats, september 2026\n\n"
                 "Tusental passagerare; förändring i procent mot september 2025\n\n"
                 "Flygplats          Totalt    Utrikes    Förändr. %\n"
                 "Arlandia            1 742      1 456       +5,1\n"
                 "Götaholm              421        322       −3,8")
PERCENT_WORD = ("Handel\n\nTabell 1. Försäljningsvolym per bransch, oktober 2026\nProcentuell förändring\n\n"
                "Bransch                Mot föregående månad    Mot oktober 2025\n"
                "Detaljhandel totalt           +0,7                   +2,9\n"
                "Dagligvaruhandel              −0,2                   +1,4")

STOPPED_CAPTION = ("Handel\n\nTabell 1. Försäljningsvolym per bransch, maj 2026\nSäsongrensad volym. Förändring i procent."
                   "\n\nBransch                 Mot april      Mot maj 2025\nDagligvaror               +0,9           +2,4\n"
                   "Sällanköp                 −0,3           +1,1\n")
DEFINITE_CHANGE_CAPTION = ("Jobb\n\nTabell 2. Arbetsmarknaden per kommun, andra kvartalet 2026\nFörändringen avser andelen "
                           "arbetslösa, i procentenheter.\n\nKommun        Arbetslösa   Andel, %   Förändring\n"
                           "Åby               4 310        6,6         −0,9\nBro               2 080        5,6         +0,4\n")
LEVEL_BESIDE_CHANGES = ("Försäljning\n\nFörsäljning per kedja, mars 2026\n\nFörändring mot mars 2025, procent\n\n"
                        "Kedja\tMdkr\tLöpande priser\tFasta priser\nNorrhandel\t3,48\t+6,2\t+2,0\n"
                        "Söderköp\t1,12\t−1,5\t−4,1\n")
TONNES_BESIDE_CHANGES = ("Hamn\n\nGodsmängd per kaj, 2025\n\nFörändring jämfört med 2024 i procent\n\n"
                         "| Kaj | Ton | Lossat | Lastat |\n|---|---|---|---|\n| Norra | 12 400 | +3,1 | −4,0 |\n"
                         "| Södra | 8 950 | −2,2 | +0,6 |\n")


@pytest.mark.parametrize("text,cell,value,unit,direction", [
    # a caption in parts: the part naming the change heads the change columns, the other part the levels
    (CAPTION_PARTS, "1 742", 1742000.0, "count", None),
    (CAPTION_PARTS, "322", 322000.0, "count", None),
    (CAPTION_PARTS, "+5,1", 5.1, "percent", "increase"),
    # 'Procentuell förändring' names percent as 'förändring i procent' does (tables.json unit_words)
    (PERCENT_WORD, "+0,7", 0.7, "percent", "increase"),
    (PERCENT_WORD, "−0,2", -0.2, "percent", "decrease"),
    # a caption naming only the change and its unit: columns without a unit of their own take it, a column naming
    # its own unit ('Mdkr', 'Ton') is the level beside them and states no change
    (LEVEL_BESIDE_CHANGES, "+6,2", 6.2, "percent", "increase"),
    (LEVEL_BESIDE_CHANGES, "−1,5", -1.5, "percent", "decrease"),
    (LEVEL_BESIDE_CHANGES, "3,48", 3.48e9, "SEK", None),
    (TONNES_BESIDE_CHANGES, "−4,0", -4.0, "percent", "decrease"),
    (TONNES_BESIDE_CHANGES, "12 400", 12400.0, "tonne", None),
    # a numbered caption whose lines end in full stops is still the caption ('Tabell 1. …' over 'Säsongrensad volym.
    # Förändring i procent.'); a definite change noun opens its change part ('Förändringen avser …')
    (STOPPED_CAPTION, "+0,9", 0.9, "percent", "increase"),
    (DEFINITE_CHANGE_CAPTION, "4 310", 4310.0, "count", None),
    (DEFINITE_CHANGE_CAPTION, "−0,9", -0.9, "percentage_point", "decrease"),
])
def test_caption_parts_and_unit_words(text, cell, value, unit, direction):
    c = _cell(extract_claims(text, "2026-11-10"), cell)
    assert (c.quantity["value"], c.quantity["unit"], (c.change or {}).get("direction")) == (value, unit, direction)


SPAN_CHANGES = ("Bostäder\n\nTabell: Bostadsrätter, kronor per kvadratmeter och prisförändring i procent\n\n"
                "Region               Kr/kvm sep 2026   1 mån    12 mån\n"
                "Hela landet                   41 870    −0,2     +3,4\n"
                "Norrland                      19 560    −1,4     +0,7")


@pytest.mark.parametrize("cell,unit,per,direction", [
    # a caption naming a unit on each side of 'och' ('kronor per kvadratmeter och prisförändring i procent'): the
    # level column takes the first, the columns headed by spans of months ('1 mån', '12 mån') are the changes
    ("41 870", "SEK", "m2", None),
    ("−0,2", "percent", None, "decrease"),
    ("+0,7", "percent", None, "increase"),
])
def test_a_caption_names_the_levels_and_the_changes_beside_them(cell, unit, per, direction):
    c = _cell(extract_claims(SPAN_CHANGES, "2026-10-06"), cell)
    assert (c.quantity["unit"], c.quantity["per"], (c.change or {}).get("direction")) == (unit, per, direction)


# A caption on two lines, its second in comma pieces each naming a unit: the piece naming a change heads the change
# columns, a piece opening with a column's first word heads that column (no change there, whatever its sign).
TWO_LINE_CAPTIONS = [
    ("Export\n\nTabell 3. Varuexport per marknad, januari–juni 2026\nFörändring i procent, andel i procent\n\n"
     "                    Mot jan–jun 2025   Andel av exporten\n"
     "Norden                          −3,2                  31\n"
     "Övriga EU                       +4,8                  42\n",
     ["−3,2", "31", "+4,8"]),
    ("Sjukvård\n\nTabell 2. Vårdkonsumtion per region, 2025\nUtveckling i procent, vårddagar i tusental\n\n"
     "              Mot 2024   Vårddagar\n"
     "Region Nord       +2,1         412\n"
     "Region Syd        −0,8         655\n",
     ["+2,1", "412", "−0,8"]),
]
TWO_LINE_EXPECTED = [
    [(-3.2, "percent", "decrease"), (31.0, "percent", None), (4.8, "percent", "increase")],
    [(2.1, "percent", "increase"), (412000.0, "count", None), (-0.8, "percent", "decrease")],
]


@pytest.mark.parametrize("text,cells,expected", [(t, c, e) for (t, c), e in zip(TWO_LINE_CAPTIONS, TWO_LINE_EXPECTED)])
def test_a_two_line_caption_names_the_change_columns_and_the_columns_of_its_pieces(text, cells, expected):
    claims = extract_claims(text, "2026-08-20")
    got = [(c.quantity["value"], c.quantity["unit"], (c.change or {}).get("direction"))
           for c in (_cell(claims, cell) for cell in cells)]
    assert got == expected


# a row label naming a rate ('Mellanmjölk, per liter', 'Pris per kubikmeter'): the rate's denominator, not the cells'
# unit, which the caption gives ('…, kronor')
RATE_LABELS = ("Priser\n\nTabell. Basvaror och taxor, kronor\n\n"
               "                          Nu      För ett år sedan\n"
               "Filmjölk, per liter      17,40    16,90\n"
               "Pris per kubikmeter      41,20    38,80\n"
               "Nötfärs, per kilo       119,00   112,50\n")


@pytest.mark.parametrize("cell,unit,per", [("17,40", "SEK", "l"), ("38,80", "SEK", "m3"), ("119,00", "SEK", "kg")])
def test_a_rate_in_a_row_label_is_the_denominator_not_the_unit(cell, unit, per):
    c = _cell(extract_claims(RATE_LABELS, "2026-11-13"), cell)
    assert (c.quantity["unit"], c.quantity["per"]) == (unit, per)


# a caption whose change holds 'om inget annat anges': a row naming its own unit holds levels in it
UNLESS_STATED = ("Prognos\n\nTabell 2. Nyckeltal (procentuell förändring om inte annat anges)\n\n"
                 "                              2026     2027\n"
                 "Hushållens konsumtion          1,4      2,2\n"
                 "Sysselsättningsgrad, procent   68,9     69,4\n"
                 "Reporänta, procent             1,75     1,50\n")


@pytest.mark.parametrize("cell,unit,direction", [("1,4", "percent", "increase"), ("68,9", "percent", None),
                                                 ("1,50", "percent", None)])
def test_a_row_naming_its_unit_is_a_level_when_the_caption_says_unless_stated(cell, unit, direction):
    c = _cell(extract_claims(UNLESS_STATED, "2026-11-20"), cell)
    assert (c.quantity["unit"], (c.change or {}).get("direction")) == (unit, direction)


# a row label counting things ('…, antal') under a corner naming money and its scale: counts, unscaled
COUNT_ROW = ("Klubben\n\n| Mkr | 2025 | 2024 |\n|---|---:|---:|\n| Intäkter | 88,4 | 79,1 |\n"
             "| Medlemmar, antal | 4 210 | 3 980 |\n| Soliditet, % | 31 | 27 |\n")


@pytest.mark.parametrize("cell,value,unit", [("88,4", 88400000.0, "SEK"), ("4 210", 4210.0, "count"), ("31", 31.0, "percent")])
def test_a_row_counting_things_takes_no_money_scale(cell, value, unit):
    c = _cell(extract_claims(COUNT_ROW, "2026-03-24"), cell)
    assert (c.quantity["value"], c.quantity["unit"]) == (value, unit)


SCALED_LABELS = ("Rapport\n\nNYCKELTAL\n"
                 "                            Kv 1 2026   Kv 1 2025   Rullande 12 mån\n"
                 "Leveranser, tusen ton             412         438             1 702\n"
                 "Nettoomsättning, Mkr            3 186       3 319            12 844")


@pytest.mark.parametrize("cell,value,unit,start,end", [
    # a scale word in a label ('tusen ton') is no figure: the labels stay a column and scale their row
    ("412", 412000.0, "tonne", "2026-01", "2026-03"),
    ("3 319", 3319e6, "SEK", "2025-01", "2025-03"),
    # a rolling span beside quarter columns counts back from the latest quarter's last month
    ("1 702", 1702000.0, "tonne", "2025-04", "2026-03"),
])
def test_scale_words_in_labels_and_rolling_spans_beside_quarters(cell, value, unit, start, end):
    c = _cell(extract_claims(SCALED_LABELS, "2026-04-23"), cell)
    assert (c.quantity["value"], c.quantity["unit"], c.time["start"], c.time["end"]) == (value, unit, start, end)


def test_a_label_ending_in_a_change_nouns_letters_is_no_change_row():
    """'Basundersökning hos tandläkare' ends in the letters of 'ökning' (change.json not_compounds): a level row."""
    text = ("Avgifter\n\nPatientavgifter, kronor per besök\n\nBehandling\t2026\t2027\n"
            "Basundersökning hos tandläkare\t1 140\t1 185\nLagning av en yta\t980\t1 020")
    c = _cell(extract_claims(text, "2026-11-20"), "1 140")
    assert c.change is None or c.change.get("direction") is None
    assert (c.quantity["unit"], c.quantity["per"]) == ("SEK", "visit")


@pytest.mark.parametrize("caption,change", [
    ("Linjer med störst förändring, avgångar per vardag", False),
    ("Kommuner med högst förändring, antal invånare", False),
    ("Förändring i procent jämfört med samma månad i fjol", True),
])
def test_a_superlative_before_a_change_word_picks_rows(caption, change):
    """'störst förändring' in a caption picks which rows are shown; its cells are levels, with no direction."""
    text = (f"Trafik\n\n{caption}\n\nLinje\tOkt 2026\tNov 2026\nLinje 2\t96\t118\nLinje 8\t56\t68\nLinje 9\t22\t26")
    c = _cell(extract_claims(text, "2026-11-20"), "118")
    assert ((c.change or {}).get("direction") is not None) == change


@pytest.mark.parametrize("text,cell,direction", [
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Ökning |\n|---|---|---|\n| Scouterna | 140 | 12 |", "12", "increase"),
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Minskning |\n|---|---|---|\n| Scouterna | 140 | 12 |", "12", "decrease"),
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Förändring |\n|---|---|---|\n| Scouterna | 140 | −9 |", "−9", "decrease"),
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Förändring |\n|---|---|---|\n| Scouterna | 140 | 15 |", "15", "increase"),
    # the level beside a change is no change, whatever cue stands in another cell
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Förändring |\n|---|---|---|\n| Scouterna | 140 | +15 |\n"
     "| Ökad idrott | 95 | +4 |", "95", None),
    # a compound ending in a change word heads a change column ('Månadsförändring', 'Årsökning')
    ("Priser\n\n| Mått | Okt 2024 | Nov 2024 | Månadsförändring, % |\n|---|---|---|---|\n| KPI | 2,7 | 2,4 | −0,3 |",
     "−0,3", "decrease"),
    ("Bidrag\n\n| Förening | Bidrag 2024, tkr | Årsökning |\n|---|---|---|\n| Scouterna | 140 | 12 |", "12", "increase"),
    # a column of signed figures under a span ('1 mån', '12 mån') holds changes; a signed balance does not
    ("Priser\n\n| Område | 1 mån | 12 mån |\n|---|---|---|\n| Riket | +1 % | −3 % |\n| Norr | ±0 % | +2 % |", "−3 %",
     "decrease"),
    # ... and so does a span column in per cent beside a level, unsigned, whatever the caption says
    ("Produktion\n\nTabell 1. Produktionsindex, september 2026 (2021 = 100)\n\n| Bransch | Index | 1 mån, % | 12 mån, % |\n"
     "|---|---|---|---|\n| Läkemedel | 121,8 | 3,1 | 6,4 |\n| Trävaror | 91,5 | −2,4 | −4,6 |", "3,1", "increase"),
    ("Handel\n\n| Bransch | 1 mån, % | 12 mån, % |\n|---|---|---|\n| Dagligvaror | 0,1 | 1,6 |\n| Skor | −0,6 | −1,2 |",
     "1,6", "increase"),
    ("Läget\n\n| Bransch | Nettotal försäljning |\n|---|---|\n| Bygg | +35 |\n| Handel | −4 |", "+35", None),
    # a growth row ('BNP-tillväxt, %') and a change word after a label's comma ('Sysselsättning, förändring %')
    ("Prognos\n\n| | 2025 | 2026 |\n|---|---|---|\n| BNP-tillväxt, % | 1,1 | 2,0 |", "2,0", "increase"),
    ("Prognos\n\n| | 2025 | 2026 |\n|---|---|---|\n| Sysselsättning, förändring % | −0,3 | 0,4 |", "−0,3", "decrease"),
    ("Prognos\n\n| | 2025 | 2026 |\n|---|---|---|\n| Arbetslöshet, % | 8,6 | 8,1 |", "8,1", None),
    # an adjective before the change word ('Organisk tillväxt, %', 'Årlig förändring, %'); an adjective before a level
    # is no change
    ("Rapport\n\n| | Kv2 2026 | Kv2 2025 |\n|---|---|---|\n| Organisk tillväxt, % | 9,4 | 6,1 |", "6,1", "increase"),
    ("Prognos\n\n| | 2025 | 2026 |\n|---|---|---|\n| Årlig förändring, % | −1,2 | 0,4 |", "−1,2", "decrease"),
    ("Rapport\n\n| | Kv2 2026 | Kv2 2025 |\n|---|---|---|\n| Organisk omsättning, Mkr | 94 | 61 |", "61", None),
    # a caption naming a rate of change ('Utvecklingstal, årstakt i procent') makes every cell a change
    ("Konsumtion\n\nUtvecklingstal, årstakt i procent\n\n| Grupp | Sep 2025 | Okt 2025 |\n|---|---|---|\n"
     "| Livsmedel | 1,1 | −0,4 |", "−0,4", "decrease"),
    # every data column is a change when the caption says so
    ("Priser\n\nPrisutveckling, förändring i procent mot året innan\n\nVara\tMars\tApril\nMjölk\t+2,1\t−0,4",
     "−0,4", "decrease"),
])
def test_change_column_sets_direction(text, cell, direction):
    c = _cell(extract_claims(text, "2024-05-06"), cell)
    assert (c.change or {}).get("direction") == direction
    if direction:
        assert c.change["cue"]["rule"] == "table_change_column"


@pytest.mark.parametrize("text,cell,unit", [
    # a signed level with no noun in a level column is a balance (a number), not a count of things
    ("Läget\n\n| Bransch | Nettotal försäljning |\n|---|---|\n| Bygg | +35 |\n| Handel | −4 |", "+35", "number"),
    ("Saldon\n\nBransch\tSaldo mars\tSaldo april\nHandel\t−12\t+3\nBygg\t+8\t+1", "−12", "number"),
    ("Läget\n\n| Bransch | Företag |\n|---|---|\n| Bygg | 35 |\n| Handel | 4 |", "35", "count"),
])
def test_a_signed_level_cell_is_a_balance(text, cell, unit):
    assert _cell(extract_claims(text, "2024-05-06"), cell).quantity["unit"] == unit


@pytest.mark.parametrize("text,cell,nth,unit,value", [
    # a prior figure in brackets in a cell takes the unit and scale its main figure's cell was given
    ("Prognos\n\n|  | 2025 | 2026 |\n|---|---|---|\n| Arbetslöshet, procent | 8,7 (8,9) | 8,5 (8,4) |", "8,4", 0,
     "percent", 8.4),
    ("Resultat\n\n| Mkr | Kv3 2025 | Kv3 2024 |\n|---|---|---|\n| Intäkter | 412 (371) | 371 |", "371", 0, "SEK",
     371e6),
])
def test_a_bracketed_prior_in_a_cell_takes_its_main_figures_unit(text, cell, nth, unit, value):
    q = _cell(extract_claims(text, "2025-11-20"), cell, nth).quantity
    assert (q["unit"], q["value"]) == (unit, pytest.approx(value))


def test_change_column_amount_takes_the_level_columns_unit():
    q = _cell(extract_claims("Bidrag\n\n| Förening | Bidrag 2024, tkr | Ökning |\n|---|---|---|\n"
                             "| Scouterna | 140 | 12 |", "2024-05-06"), "12").quantity
    assert (q["value"], q["unit"], q["scale_source"]) == (12000, "SEK", "table")


HTML_TABLE = ("<table><caption>Intäkter per område (tkr)</caption>"
              "<tr><th>Område</th><th>2023</th><th>Förändring %</th></tr>"
              "<tr><td>Norr</td><td>1 520</td><td>+6,5</td></tr>"
              "<tr><td>Söder</td><td>2 310</td><td>−1,1</td></tr>"
              "<tr><td>Marginal, %</td><td>11,4</td><td>+0,8</td></tr></table>")


@pytest.mark.parametrize("cell,expected,start", [
    ("1 520", (1520000, "SEK", None, None), "2023"),
    ("+6,5", (6.5, "percent", None, "increase"), None),
    ("−1,1", (-1.1, "percent", None, "decrease"), None),
    ("11,4", (11.4, "percent", None, None), "2023"),
])
def test_html_rows_are_one_table(cell, expected, start):
    c = _cell(_html_claims(HTML_TABLE), cell)
    assert _fields(c) == pytest.approx(expected)
    if start:
        assert c.time["start"] == start


def _table_quantities(text: str, published="2024-04-03"):
    qs = find_quantities(text, find_times(text, published))
    periods: dict = {}
    tables.apply_table_unit(text, qs, None, published, periods)
    return {q.text: q for q in qs}, periods


@pytest.mark.parametrize("text,cell,hint", [
    ("| Region | Gästnätter, tusental | Förändring % |\n|---|---|---|\n| Norr | 310 | +2,2 |", "310", "Gästnätter"),
    ("| Region | Gästnätter, tusental | Förändring % |\n|---|---|---|\n| Norr | 310 | +2,2 |", "+2,2", "Gästnätter"),
    ("Mkr\tKv1 2023\tKv1 2024\nIntäkter\t88\t97\nKostnader\t70\t75", "97", "Intäkter"),
    ("År\tLarm\tUtryckningar\n2019\t310\t280\n2020\t295\t301", "301", "Utryckningar"),
    ("| Bibliotek | Lån 2022 | Lån 2023 |\n|---|---|---|\n| Centrum | 41 000 | 43 500 |", "43 500", "Lån"),
    ("Avgift\t2024\t2025\nFast avgift, kr/år\t4 100\t4 350", "4 350", "Fast avgift"),
    # a header naming a period or a sum names no measure ('Ackumulerat', 'Totalt', 'Apr-mar')
    ("Vara\tMars 2024\tAckumulerat 2024\nKaffe\t+2,1 %\t+0,8 %", "+0,8 %", "Kaffe"),
    ("| Län | Apr-mar 2023/2024 |\n|---|---|\n| Norra | 1 200 |", "1 200", "Norra"),
    ("| Grupp | Ålder 16–24 | Totalt |\n|---|---|---|\n| Pendlare | 3 100 | 9 800 |", "9 800", "Pendlare"),
])
def test_subject_hint_names_the_measure(text, cell, hint):
    qs, _ = _table_quantities(text)
    assert qs[cell].subject_hint == hint


@pytest.mark.parametrize("text,cell,subject", [
    # rows of a dimension the corner names ('Elområde', 'Varugrupp') under period columns: the caption's measure
    ("Elpris\n\nMånadsmedelpris per elområde, öre/kWh\n\nElområde\tOkt 2024\tOkt 2023\nSE3\t52,3\t43,2", "52,3",
     "Månadsmedelpris per elområde"),
    ("Handel\n\nFörsäljning per varugrupp\n\nVarugrupp\tNov 2024\tNov 2023\nDrycker\t+3,6\t+4,4", "+3,6",
     "Försäljning per varugrupp"),
    # rows that are measures keep their label
    ("Bokslut\n\nResultat i sammandrag, Mkr\n\n\tKv1 2024\tKv1 2023\nIntäkter\t88\t97", "88", "Intäkter"),
])
def test_rows_of_a_dimension_take_the_captions_measure(text, cell, subject):
    assert _cell(extract_claims(text, "2024-12-05"), cell).subject == subject


@pytest.mark.parametrize("text,cells", [
    # a dash between two cells is a missing value, not a range; a short row's figure is under a data column
    ("Kostnad, mnkr   2022   2023   2024\nSkola             12      –     14\nVård         8",
     [("12", 12e6, "2022"), ("14", 14e6, "2024"), ("8", 8e6, "2022")]),
    ("Antal\t2022\t2023\t2024\nBussar\t40\t–\t44", [("40", 40, "2022"), ("44", 44, "2024")]),
])
def test_missing_cells(text, cells):
    qs, periods = _table_quantities(text)
    assert [(t, qs[t].value, periods[id(qs[t])].start) for t, _, _ in cells] == cells


def test_change_header_figure_is_no_claim_and_prose_is_no_table():
    qs, _ = _table_quantities("Ort\tPris\tFörändring 12 mån\nByn\t2 150\t+3 %")
    assert "12 mån" not in qs and qs["2 150"].subject_hint == "Pris"
    qs, periods = _table_quantities("Budgeten är 45 000 kronor.\nDärtill kommer 12 000 kronor  i bidrag.")
    assert not periods and all(q.subject_hint is None and q.direction_source is None for q in qs.values())


@pytest.mark.parametrize("text,where,expected", [
    ("Gästnätter, tusental", "header", (None, 1000.0, None, None, "Gästnätter")),
    ("Förändring %", "header", ("percent", 1.0, None, "change", None)),
    ("Minskning, mnkr", "header", ("money", 1e6, None, "decrease", None)),
    ("Resultat per aktie, kr", "header", ("money", 1.0, "share", None, "Resultat per aktie")),
    ("Personal 15–64 år", "label", (None, 1.0, None, None, "Personal 15–64 år")),   # 'år' after a figure: no unit
    ("Kostnad per elev (tkr)", "label", ("money", 1000.0, "capita", None, "Kostnad per elev")),
    ("Invånare efter kommun, förändring i procent", "caption", ("percent", 1.0, None, "change", None)),
    # a duration's unit where a header writes units (after its comma, in brackets); a bare 'År' names no unit
    ("Median vistelsetid nov 2025, min", "header", ("duration", 1.0, None, None, "Median vistelsetid")),
    ("Handläggningstid (dagar)", "header", ("duration", 1.0, None, None, "Handläggningstid")),
    ("År", "header", (None, 1.0, None, None, None)),
    ("Förändring 3 mån", "header", (None, 1.0, None, "change", None)),
])
def test_read_spec_of_header_label_and_caption(text, where, expected):
    spec = tables.read_spec(text, where)
    assert (spec.kind, spec.scale, spec.per, spec.change, spec.name) == expected


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d["change_headers"].__setitem__("Ökning", "increase"), "lower-case"),
    (lambda d: d["change_headers"].__setitem__("tillväxt", "upp"), "direction"),
    (lambda d: d["scales"].__setitem__("tusental", 0), "positive"),
    (lambda d: d.pop("per"), "'per'"),
    (lambda d: d["column_units"].__setitem__("placering", "rank"), "'column_units'"),
    (lambda d: d["ratio_labels"].append("K/I-tal"), "'ratio_labels'"),
])
def test_tables_lexicon_is_validated(tmp_path, mutate, message):
    d = tmp_path / "sv"
    shutil.copytree(lexicon.LEXICON_DIR, d)
    data = json.loads((d / "tables.json").read_text(encoding="utf-8"))
    mutate(data)
    (d / "tables.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        lexicon.load(str(d))


@pytest.mark.parametrize("line", ["Kommun\t2023\t2024", "| Län | Antal |", "Stockholm   1 200   1 350", "Malmö 1 200",
                                  "Ett stycke text utan celler.", "a |b", "", "  "])
def test_a_cell_separator_is_found_as_the_pattern_finds_it(line):
    from pipeline.extraction import tables
    assert tables._has_cells(line) == (tables._TABLE_CELLS.search(line) is not None)


@pytest.mark.parametrize("text,caption,cell,unit,value", [
    # a scale from the caption or header over a measure that counts things: the cells count them
    ("| Trafikslag | Sep 2025 | Sep 2024 |\n|---|---|---|\n| Buss | 4,31 | 4,14 |", "Resor per trafikslag (miljoner)",
     "4,31", "count", 4_310_000),
    ("| Län | Gästnätter, tusental |\n|---|---|\n| Norra | 310 |", None, "310", "count", 310_000),
    ("| Region | 2024 | 2023 |\n|---|---|---|\n| Syd | 12,5 | 11,9 |", "Besök i vården, miljoner", "12,5", "count", 12_500_000),
    # ... a scale over money or an unnamed measure does not
    ("| Region | 2024 | 2023 |\n|---|---|---|\n| Syd | 12,5 | 11,9 |", "Intäkter, miljoner kronor", "12,5", "SEK", 12_500_000),
])
def test_scaled_cells_count_what_the_caption_counts(text, caption, cell, unit, value):
    qs = find_quantities(text, find_times(text, "2025-10-10"))
    tables.apply_table_unit(text, qs, caption, "2025-10-10", {})
    q = next(q for q in qs if q.text == cell)
    assert (q.unit, round(q.value)) == (unit, value)


@pytest.mark.parametrize("text,cell,value,unit", [
    # a row naming a ratio or a margin takes no unit or scale from the corner ('NYCKELTAL, Mkr', 'Mkr')
    ("NYCKELTAL, Mkr\tKv3 2025\tKv3 2024\nRäntenetto\t412\t429\nK/I-tal\t0,41\t0,39", "0,41", 0.41, "number"),
    ("Mkr\t2024\t2023\nOmsättning\t880\t840\nKapitaltäckningsrelation\t18,2\t17,9", "18,2", 18.2, "number"),
    # ... while the amounts keep it
    ("NYCKELTAL, Mkr\tKv3 2025\tKv3 2024\nRäntenetto\t412\t429\nK/I-tal\t0,41\t0,39", "412", 412_000_000, "SEK"),
])
def test_ratio_rows_take_no_scale_from_the_corner(text, cell, value, unit):
    qs, _ = _table_quantities(text)
    assert (round(qs[cell].value, 2), qs[cell].unit) == (value, unit)


@pytest.mark.parametrize("text,cell,unit", [
    # a column of ranks holds ordinals, a column of points plain numbers (tables.json column_units)
    ("| Lag | Serie | Placering | Poäng |\n|---|---|---|---|\n| A-laget | Division 4 | 3 | 47 |", "3", "ordinal"),
    ("| Lag | Serie | Placering | Poäng |\n|---|---|---|---|\n| A-laget | Division 4 | 3 | 47 |", "47", "number"),
    # ... while a corner 'Placering' heads the row labels, not the counts in the data columns
    ("| Placering | 1 maj 2023 | 1 maj 2024 |\n|---|---|---|\n| Anstalt | 5 390 | 5 960 |", "5 390", "count"),
])
def test_rank_and_point_columns(text, cell, unit):
    qs, _ = _table_quantities(text)
    assert qs[cell].unit == unit


@pytest.mark.parametrize("text,cell,unit", [
    # a signed column that names its own % ('På en månad, %') holds rates of change in percent
    ("| Stad | Kr/kvm januari 2026 | På en månad, % | På tolv månader, % |\n|---|---|---|---|\n| Storvik | 87 420 | +1,5 | +4,1 |\n"
     "| Kustby | 36 150 | +0,9 | −1,2 |", "+4,1", "percent"),
    # ... a change column without a unit, under a level given in percent, holds percentage points
    ("| Län | Arbetslöshet, % | Förändring |\n|---|---|---|\n| Norra | 6,4 | +0,5 |", "+0,5", "percentage_point"),
])
def test_a_signed_column_naming_its_percent(text, cell, unit):
    qs, _ = _table_quantities(text)
    assert qs[cell].unit == unit


SPAN_COLUMNS = ("KPI\n\nPrisutveckling per varugrupp, oktober 2025\n\n"
                "Varugrupp                 Vikt, %   1 mån, %   12 mån, %\n"
                "Livsmedel                   13,9      +0,4       +2,2\n"
                "Kläder och skor              4,6      +3,1       +1,5\n")


@pytest.mark.parametrize("cell,unit,start,end,direction", [
    # a header whose cells hold a span and a unit after a comma ('12 mån, %') is a header: its unit reaches the cells
    ("13,9", "percent", "2025-10", "2025-10", None),
    # ... and a span of months under a caption naming one month is the months up to it
    ("+0,4", "percent", "2025-10", "2025-10", "increase"),
    ("+2,2", "percent", "2024-11", "2025-10", "increase"),
])
def test_span_columns_under_a_month_caption(cell, unit, start, end, direction):
    c = _cell(extract_claims(SPAN_COLUMNS, "2025-11-13"), cell)
    assert (c.quantity["unit"], c.time["start"], c.time["end"], (c.change or {}).get("direction")) == (unit, start, end, direction)


def test_a_span_in_a_header_is_no_claim():
    assert not [c for c in extract_claims(SPAN_COLUMNS, "2025-11-13") if c.quantity["text"] in ("1 mån", "12 mån")]



FUEL = ("Publicerad 15 januari 2026\n\nPumppriser vecka 3\n\n"
        "Drivmedel\tPris nu, kr/l\tFör en månad sedan, kr/l\tFör ett år sedan, kr/l\n"
        "Bensin 95\t16,89\t16,77\t17,77\nDiesel\t18,24\t18,65\t19,61\n")


@pytest.mark.parametrize("cell,per,start", [
    # a header naming 'nu' is the publication date; one counted back from it ('För ett år sedan') is a period too
    ("16,89", "l", "2026-01-15"),
    ("16,77", "l", "2025-12"),
    ("19,61", "l", "2025"),
])
def test_header_periods_counted_from_publication(cell, per, start):
    c = _cell(extract_claims(FUEL, "2026-01-15"), cell)
    assert (c.quantity["per"], c.time["start"]) == (per, start)


@pytest.mark.parametrize("header,unit", [
    # the unit after a header's last comma is its cells' own, whatever the name before it holds
    ("Förändring i SEK, %", "percent"),
    ("Pris i euro, %", "percent"),
    ("Försäljning i SEK, förändring %", "percent"),
    ("Omsättning (MSEK)", "SEK"),
    # a unit's own abbreviation with stops is a unit, not an abbreviation's letters
    ("Bidrag kv/kv, p.e.", "percentage_point"),
    ("Förändring, p.e.", "percentage_point"),
    ("Kraftvärme m.m.", None),
    # a duration word with a number after it names a period, not the cells' unit
    ("Fall per åldersgrupp, vecka 47", None),
    ("Besök per enhet, år 2025", None),
    ("Väntetid, dagar", "day"),
])
def test_the_unit_after_the_comma_wins(header, unit):
    assert tables.read_spec(header, "header").unit == unit


COMPARED_COLUMNS = ("Omsättning per region\n\nTabell 2. Omsättning per region, förändring i procent\n"
                    "Region              Mar/feb 2026   Mar 2026/mar 2025   Jan–mar 2026/jan–mar 2025   Snitt mar 2021–2025\n"
                    "Norr                    +1,2              +4,1                     +3,3                      +2,6\n"
                    "Söder                   −0,4              +0,9                     −1,7                      +1,1\n")


@pytest.mark.parametrize("cell,start,end,direction", [
    # a header 'A/B' compares A with B: the column is about A ('Mar 2026/mar 2025'), also when A names no year
    ("+1,2", "2026-03", "2026-03", "increase"),
    ("+4,1", "2026-03", "2026-03", "increase"),
    ("−1,7", "2026-01", "2026-03", "decrease"),
    # months averaged over a range of years name the years
    ("+2,6", "2021", "2025", "increase"),
])
def test_columns_comparing_two_periods(cell, start, end, direction):
    c = _cell(extract_claims(COMPARED_COLUMNS, "2026-04-20"), cell)
    assert (c.time["start"], c.time["end"], (c.change or {}).get("direction")) == (start, end, direction)


@pytest.mark.parametrize("header,where,unit,per,change", [
    # a slash after a unit before a unit's name is a rate of that unit ('kg/ha', 'kWh/år', 'öre/kWh')
    ("Avkastning 2025, kg/ha", "header", "kg", "ha", None),
    ("Förbrukning, kWh/år", "header", "kWh", "year", None),
    ("Pris, öre/kWh", "header", "SEK", "kWh", None),
    # a label naming a change as a compound's end or after its comma, an adjective before it ('årlig förändring')
    ("Löneutveckling, %", "label", "percent", None, "change"),
    ("Export, årlig förändring i %", "label", "percent", None, "change"),
    ("KPIF, årsgenomsnitt i %", "label", "percent", None, None),
])
def test_header_rates_and_change_labels(header, where, unit, per, change):
    spec = tables.read_spec(header, where)
    assert (spec.unit, spec.per, spec.change) == (unit, per, change)


SPAN_FROM_A_COLUMN = ("Hyror\n\n| Ort | Kr/kvm mars 2026 | På en månad, % | Lägenheter 12 mån, % |\n|---|---|---|---|\n"
                      "| Norrby | 1 420 | +0,4 | +3,9 |\n| Söderby | 1 260 | −0,2 | +2,8 |\n")


@pytest.mark.parametrize("cell,start,end", [
    # a span of months counts back from the month another column names, also after a measure's name
    ("+0,4", "2026-03", "2026-03"),
    ("+3,9", "2025-04", "2026-03"),
    ("+2,8", "2025-04", "2026-03"),
])
def test_span_columns_from_a_column_month(cell, start, end):
    c = _cell(extract_claims(SPAN_FROM_A_COLUMN, "2026-04-10"), cell)
    assert (c.time["start"], c.time["end"]) == (start, end)


@pytest.mark.parametrize("header,where,unit,per", [
    # a letter of an abbreviation names no unit ('m.m.', 't.ex.'); 'Per 100 000 inv.' is a rate per capita
    ("Övrigt m.m.", "label", None, None),
    ("Fjärrvärme m.m.", "label", None, None),
    ("Per 100 000 inv.", "header", None, "capita"),
])
def test_abbreviations_and_short_capita_headers(header, where, unit, per):
    spec = tables.read_spec(header, where)
    assert (spec.unit, spec.per) == (unit, per)


TWELVE_MONTH_COLUMN = ("Priser\n\nTabell 1. Index efter grupp, mars 2026\n"
                       "Grupp          Index mar 2026   Förändr. mar 2025–mar 2026, %\n"
                       "Livsmedel           151,2              +3,1\n")


def test_a_change_column_between_the_same_month_of_two_years_is_about_the_later():
    c = _cell(extract_claims(TWELVE_MONTH_COLUMN, "2026-04-14"), "+3,1")
    assert (c.time["start"], c.time["end"], (c.change or {}).get("direction")) == ("2026-03", "2026-03", "increase")


CAPTION_OVER_A_COMPARED_COLUMN = ("Punktlighet\n\nAndel i tid per linje, september\n\n"
                                  "Linje          Avgångar   I tid, %   Sep 2025, %\n"
                                  "Norrbanan        1 210      91,2        88,4\n")
SINCE_UNDER_A_CAPTION_YEAR = ("Avfall\n\nTabell: Avfall per kommun, 2025\n\n"
                              "Kommun      Kg per invånare   Förändring sedan 2020, %\n"
                              "Åby              402                −6,1\n")


@pytest.mark.parametrize("text,published,cell,start,end", [
    # columns without a period of their own take the caption's, not a compared column's ('Mar 2025, %')
    (CAPTION_OVER_A_COMPARED_COLUMN, "2026-10-08", "91,2", "2026-09", "2026-09"),
    (CAPTION_OVER_A_COMPARED_COLUMN, "2026-10-08", "88,4", "2025-09", "2025-09"),
    # a change 'sedan 2020' under a caption naming 2025 runs to 2025, not to publication
    (SINCE_UNDER_A_CAPTION_YEAR, "2026-04-08", "402", "2025", "2025"),
    (SINCE_UNDER_A_CAPTION_YEAR, "2026-04-08", "−6,1", "2020", "2025"),
])
def test_caption_periods_over_column_periods(text, published, cell, start, end):
    c = _cell(extract_claims(text, published), cell)
    assert (c.time["start"], c.time["end"]) == (start, end)


TWO_LINE_CAPTION = ("Export\n\nExport per region, andra kvartalet 2026\nFörändring mot samma kvartal föregående år (%)\n\n"
                    "Region          Kv2/Kv1     Kv2 2026/Kv2 2025\nNorden            1,4             −2,2\n")


@pytest.mark.parametrize("cell,unit,direction", [
    # a caption may take two lines; its change word makes the cells changes, by their signs
    ("1,4", "percent", "increase"),
    ("−2,2", "percent", "decrease"),
])
def test_a_two_line_caption(cell, unit, direction):
    c = _cell(extract_claims(TWO_LINE_CAPTION, "2026-08-20"), cell)
    assert (c.quantity["unit"], (c.change or {}).get("direction")) == (unit, direction)


ADJACENT_YEARS_COLUMN = ("Anslag\n\nTabell: Anslag\n\nMått          2025     2024     Förändring 2024–2025\n"
                         "Beviljat       88       80        +10,0 %\n")


def test_a_change_column_between_two_adjacent_years_is_about_the_later():
    c = _cell(extract_claims(ADJACENT_YEARS_COLUMN, "2026-03-10"), "+10,0 %")
    assert (c.time["start"], c.time["end"]) == ("2025", "2025")


ROLLING_COLUMN = ("Delår\n\nNYCKELTAL\n\n                     Jul–sep 2026  Jul–sep 2025  Rullande 12 mån\n"
                  "Omsättning, Mkr          812           760             3 104\n")


def test_a_rolling_column_counts_back_from_the_latest_column_month():
    c = _cell(extract_claims(ROLLING_COLUMN, "2026-10-25"), "3 104")
    assert (c.time["start"], c.time["end"]) == ("2025-10", "2026-09")


@pytest.mark.parametrize("header", ["Mot motsv. vecka 2025", "Mot motsvarande vecka 2025", "Mot samma vecka 2025"])
def test_a_change_column_against_a_period_is_about_the_current_one(header):
    """'Mot motsv. vecka 2025' names the comparison point (change.json baseline_fillers, abbreviated too): the
    change is about the week of the level column before it."""
    text = ("Prisvakten vecka 38\n\nPriser vecka 38, 2026\n\nVara          Pris v. 38    " + header + "\n"
            "Diesel, kr/l        18,74        −11,2 %\nBensin, kr/l        17,90         −6,4 %\nKaffe, kr/kg       121,00        +27,0 %\n")
    c = _cell(extract_claims(text, "2026-09-20"), "+27,0 %")
    assert c.time["start"][:4] == "2026"



@pytest.mark.parametrize("caption", [
    "*Tabell 1. Andel kariesfria per kommun och åldersgrupp 2025, procent. Sista kolumnen avser 2024.*",
    "Tabell 2. Andel kariesfria per kommun, procent",
    "Tab. 3: Andel kariesfria, procent.",
])
def test_a_numbered_caption_below_a_table_gives_its_unit(caption):
    """A line below a table opened by a numbered table label (tables.json caption_labels) is its caption, even with
    a full stop and a note after it."""
    text = ("Tandhälsa 2025\n\n| Kommun | 3 år | 6 år |\n|---|---|---|\n| Ålsta | 95,3 | 81,2 |\n| Norrvik | 92,7 | 74,9 |\n"
            "| Hedbo | 94,8 | 79,3 |\n\n" + caption + "\n\nSkillnaderna är stora.\n")
    assert _cell(extract_claims(text, "2026-02-04"), "74,9").quantity["unit"] == "percent"


def test_a_note_below_a_table_is_no_caption():
    text = ("Tandhälsa 2025\n\n| Kommun | 3 år | 6 år |\n|---|---|---|\n| Ålsta | 95,3 | 81,2 |\n| Norrvik | 92,7 | 74,9 |\n"
            "| Hedbo | 94,8 | 79,3 |\n\nKälla: regionens tandvård, procent av de undersökta.\n")
    assert _cell(extract_claims(text, "2026-02-04"), "74,9").quantity["unit"] != "percent"


def test_a_numbered_caption_over_the_next_table_is_not_the_one_above():
    text = ("AKU april 2024\n\nTabell 1. Arbetskraften 15–74 år, april 2024, tusental\n\nGrupp\tKvinnor\tMän\tTotalt\n"
            "Sysselsatta\t2 641\t2 948\t5 589\nArbetslösa\t232\t290\t522\nEj i arbetskraften\t919\t772\t1 691\n\n"
            "Tabell 2. Arbetslöshet efter ålder, procent\n\nÅlder\tApril 2023\tApril 2024\n15–24 år\t21,9\t23,4\n"
            "25–54 år\t5,9\t6,4\n55–74 år\t4,7\t5,2\n")
    claims = extract_claims(text, "2024-05-22")
    assert (_cell(claims, "2 948").quantity["unit"], _cell(claims, "2 948").quantity["value"]) == ("count", 2948000)
    assert _cell(claims, "23,4").quantity["unit"] == "percent"


@pytest.mark.parametrize("caption, unit, per", [
    # a counted noun 'per' a noun in the caption's unit part is a rate of the cells, as in running text
    ("Publiksnitt per klubb (urval), åskådare per match", None, "match"),
    ("Besök på biblioteken, antal per dag", None, "day"),
    ("Utlåning 2025, lån per invånare", None, "capita"),
    ("Leveransvirkespris för tall, kronor per m³fub, andra halvåret", "SEK", "m3"),
    # a 'per' in the title spreads the rows, and a unit holding 'per' is no rate
    ("Publiksnitt per klubb", None, None),
    ("Antal anmälda brott per kommun, 2025", None, None),
    # a piece of its own naming a duration is the unit of the cells; one after a number is a threshold
    ("Mediantid på akuten per sjukhus, minuter, samt andel klara inom 4 timmar", "minute", None),
    ("Andel klara inom 4 timmar per sjukhus", None, None),
    ("besök, vistelsetid i median och andel klara inom fyra timmar, per sjukhus", None, None),
])
def test_a_captions_unit_part_names_a_rate_or_a_duration(caption, unit, per):
    spec = tables.read_spec(caption, "caption")
    assert (spec.unit, spec.per) == (unit, per)


@pytest.mark.parametrize("text, cell, unit", [
    # a caption below the table, labelled with a colon instead of a number, names its unit
    ("Handel\n\n| Branch | Okt mot sep | Okt mot okt |\n|---|---:|---:|\n| Total | +0,6 | +2,8 |\n| Skor | −1,3 | +0,8 |\n\n"
     "*Tabell: Försäljningsvolym per branch, förändring i procent. Källa: Byrån.*\n", "+2,8", "percent"),
    ("Vatten\n\nOmråde\t2025\t2024\nNorr\t1 210\t1 190\nSöder\t980\t1 005\n\n"
     "Tabell: Förbrukning per område, kubikmeter. Uppgifterna är preliminära.\n", "980", "m3"),
])
def test_a_caption_below_labelled_with_a_colon(text, cell, unit):
    assert _cell(extract_claims(text, "2026-11-27"), cell).quantity["unit"] == unit


def test_a_month_row_under_a_season_column_is_that_month_of_the_season():
    text = ("Säsongen\n\nBesök per månad\n\nMånad        2025/26   2024/25   Förändring, %\nNovember          38        21"
            "           +81,0\nDecember         196       183            +7,1\nMars             341       312            +9,3\n")
    claims = extract_claims(text, "2026-05-14")
    got = {a: (_cell(claims, a).time["start"], _cell(claims, a).time["end"]) for a in ("38", "21", "+7,1", "341", "312")}
    assert got == {"38": ("2025-11", "2025-11"), "21": ("2024-11", "2024-11"), "+7,1": ("2025-12", "2025-12"),
                   "341": ("2026-03", "2026-03"), "312": ("2025-03", "2025-03")}


@pytest.mark.parametrize("header, unit", [
    # a bracket dating the column names no unit; the comma part before it does
    ("Mediantid, dagar (halvår 1 2026)", "day"),
    ("Kostnad, kronor (2025)", "SEK"),
    ("Tid (dagar)", "day"),
])
def test_a_dated_bracket_is_no_unit_part(header, unit):
    assert tables.read_spec(header, "header").unit == unit


@pytest.mark.parametrize("caption, unit", [
    # a unit that holds 'per' in its own words names no rate: 'mikrogram per kubikmeter' is ug/m3
    ("Årsmedelvärden i mikrogram per kubikmeter", "ug/m3"),
    ("Hastighet, kilometer per timme", "km/h"),
])
def test_a_unit_with_per_in_its_name_is_no_rate(caption, unit):
    spec = tables.read_spec(caption, "caption")
    assert (spec.unit, spec.per) == (unit, None)


@pytest.mark.parametrize("header, unit, scale", [
    # a scale of thousands written in digits opening a part of a header ('1 000 ton') scales its cells
    ("Totalt 2026, 1 000 ton", "tonne", 1000.0),
    ("Omsättning, 1000 kr", "SEK", 1000.0),
    ("Befolkning (1 000 personer)", None, 1000.0),
    # a figure of the header itself stays one ('15–74 år')
    ("15–74 år", None, 1.0),
])
def test_a_numeric_scale_in_a_header(header, unit, scale):
    spec = tables.read_spec(header, "header")
    assert (spec.unit, spec.scale) == (unit, scale)


@pytest.mark.parametrize("label, per", [
    # a unit's denominator wins over the period a money word names: a fee per square metre a year is per m2, as
    # 'kronor per kvadratmeter och år' is (the contract)
    ("Årsavgift, kr/kvm boarea", "m2"),
    ("Månadshyra, kr/kvm", "m2"),
    ("Årshyra per kvm, kr", "m2"),
    # a money word alone, or with a period unit, keeps its period
    ("Årsavgift, kr", "year"),
    ("Timpris, kr/tim", "hour"),
])
def test_a_units_denominator_wins_over_a_money_words_period(label, per):
    assert tables.read_spec(label, "label").per == per


SEASON_BESIDE_LAST = ("Fiske\n\nKvot per område, säsongen 2026/27 (antal laxar)\n\n"
                      "Område      Yta, km2   Vuxna   Totalt   Totalt 2025/26   Förändring\n"
                      "Norra          1 200     310      410              450          −40\n"
                      "Södra            980     260      330              300          +30\n")
BUDGET_BESIDE_LAST = ("Budget\n\nDriftbudget per nämnd, 2027\n\n"
                      "| Nämnd | Anställda, antal | Ram | Ram 2026 | Förändring |\n|---|---|---|---|---|\n"
                      "| Skola | 1 450 | 812 | 790 | +22 |\n| Omsorg | 1 980 | 1 104 | 1 071 | +33 |\n")


@pytest.mark.parametrize("text, cell, unit, start, end", [
    # a change column after undated level columns and one earlier dated column is about the caption's period, and
    # a unit only one level column names ('Yta, km2', 'Anställda, antal') is not the change's
    (SEASON_BESIDE_LAST, "−40", "count", "2026", "2027"),
    (SEASON_BESIDE_LAST, "+30", "count", "2026", "2027"),
    (SEASON_BESIDE_LAST, "450", "count", "2025", "2026"),
    (BUDGET_BESIDE_LAST, "+22", None, "2027", "2027"),
])
def test_a_change_beside_an_earlier_column_is_the_captions_period(text, cell, unit, start, end):
    c = _cell(extract_claims(text, "2026-11-20"), cell)
    assert (c.quantity["unit"] if unit else None, c.time["start"][:4], c.time["end"][:4]) == (unit, start, end)


INDEX_TABLE = ("Enkät\n\n## Resultat per verksamhet, NKI (skala 0–100)\n\n| Verksamhet | 2026 | 2024 | Förändring |\n"
               "|---|---|---|---|\n| Bibliotek | 81 | 78 | +3 |\n| Simhall | 64 | 66 | −2 |\n")


@pytest.mark.parametrize("text, cell", [
    # a caption naming an index or its scale: the cells are its values, numbers that count nothing (tables.json
    # index_words)
    (INDEX_TABLE, "81"), (INDEX_TABLE, "66"), (INDEX_TABLE, "+3"),
    ("Priser\n\nKonsumentprisindex per år (1980 = 100)\n\nÅr\tVärde\n2024\t415\n2025\t426\n", "426"),
])
def test_an_index_caption_makes_its_cells_numbers(text, cell):
    assert _cell(extract_claims(text, "2026-06-09"), cell).quantity["unit"] == "number"


STACKED_FEWER = ("Produktion\n\nTabell 2. Produktion per bransch, maj 2026\nFörändring i procent samt index (2020=100)\n\n"
                 "                             Mot april        Mot maj 2025     Index\n"
                 "                             säsongrensat     kalenderkorr.\n"
                 "Industri totalt                  -1,2             +3,4         106,1\n"
                 "Livsmedel                        +0,7             -2,2          98,4\n")


@pytest.mark.parametrize("cell, unit, direction", [
    # a second header line with fewer parts than columns: each part goes to the column it stands over, the top line
    # names every column in order; 'Index' holds the index's levels, the other columns the changes in percent
    ("+3,4", "percent", "increase"), ("-2,2", "percent", "decrease"), ("106,1", "number", None), ("98,4", "number", None),
])
def test_a_stacked_header_with_fewer_parts_below(cell, unit, direction):
    c = _cell(extract_claims(STACKED_FEWER, "2026-06-20"), cell)
    assert (c.quantity["unit"], (c.change or {}).get("direction")) == (unit, direction)


@pytest.mark.parametrize("text, cell, unit, value", [
    # 'label: value' lines under a line naming their unit take it (a fact box), also under the line above them
    ("Skolan\n\nFAKTA: Behöriga till gymnasiet, andel i procent\n2022: 85,9\n2023: 85,1\n2024: 84,8\n", "85,1",
     "percent", 85.1),
    ("Brott\n\nAnmälda brott per år, tusental\nMisshandel: 12,4\nRån: 3,1\nBedrägeri: 41,0\n", "3,1", "count", 3100.0),
    ("Hamn\n\nGodsmängd 2025, miljoner ton\nNorra kajen: 2,4\nSödra kajen: 1,7\n", "1,7", "tonne", 1.7e6),
])
def test_label_value_lines_take_the_unit_above(text, cell, unit, value):
    q = _cell(extract_claims(text, "2026-08-26"), cell).quantity
    assert (q["unit"], q["value"]) == (unit, value)


def test_a_captions_rate_stays_with_the_column_that_names_it():
    """'Medianlön och löneökning per sektor' over 'Antal svar | Medianlön, kr/mån': the counts are no monthly figures;
    a caption naming its rate in brackets ('(kronor per månad)') gives every cell that rate."""
    text = ("Löner\n\nMedianlön och löneökning per sektor\n\nSektor          Antal svar   Medianlön, kr/mån   Löneökning, %\n"
            "Privat              28 930              53 800             3,8\nKommun               5 410              46 900             3,1\n")
    claims = extract_claims(text, "2025-10-10")
    assert (_cell(claims, "28 930").quantity["per"], _cell(claims, "53 800").quantity["per"]) == (None, "month")
    text = ("Löner\n\n### Medianlön per yrke, september 2026 (kronor per månad)\n\n| Yrke | Kvinnor | Män |\n|---|---|---|\n"
            "| Konstruktör | 45 800 | 47 300 |\n| Chef | 63 200 | 68 200 |\n")
    assert _cell(extract_claims(text, "2026-10-05"), "47 300").quantity["per"] == "month"


def test_a_caption_naming_a_cost_keeps_its_rate_over_year_columns():
    """'Årskostnad för …' or 'Elnätskostnad per år …' over '2026, kr | 2027, kr': a yearly cost in each year (tables.json
    price_heads), though a column of consumption per year stands beside it; 'Omkomna per år' over years stays a
    breakdown."""
    text = ("Taxa\n\nÅrskostnad för vatten och avlopp, inklusive moms\n\nTyphus\tFörbrukning, m³/år\t2026, kr\t2027, kr\n"
            "Villa\t150\t8 640\t9 455\nRadhus\t110\t7 020\t7 690\n")
    assert _cell(extract_claims(text, "2026-10-01"), "9 455").quantity["per"] == "year"
    text = ("Olyckor\n\nOmkomna i trafiken per år\n\nLän\t2024\t2025\nNorra\t12\t9\nSödra\t15\t17\n")
    assert _cell(extract_claims(text, "2026-02-01"), "17").quantity["per"] is None


GROUPED_COLUMNS = ("Handel per region\n\nTabell 2. Inköp och försäljning per region, miljoner kronor\n"
                   "                    Inköp                          Försäljning\n"
                   "              Sep 2026  Sep 2025  Förändr. %   Sep 2026  Sep 2025  Förändr. %\n"
                   "Norra             412       398      +3,5         530       561      −5,5\n"
                   "Södra             288       301      −4,3         347       332      +4,5\n")


@pytest.mark.parametrize("cell, nth, expected, period", [
    # a group name over each run of columns ('Inköp', 'Försäljning'): every column is read with its own header, so the
    # change columns are changes in percent and the level columns money of their month
    ("412", 0, (412e6, "SEK", None, None), "2026-09"),
    ("398", 0, (398e6, "SEK", None, None), "2025-09"),
    ("+3,5", 0, (3.5, "percent", None, "increase"), "2026-09"),
    ("−5,5", 0, (-5.5, "percent", None, "decrease"), "2026-09"),
    ("347", 0, (347e6, "SEK", None, None), "2026-09"),
    ("+4,5", 0, (4.5, "percent", None, "increase"), "2026-09"),
])
def test_grouped_column_headers(cell, nth, expected, period):
    c = _cell(extract_claims(GROUPED_COLUMNS, "2026-10-20"), cell, nth)
    assert _fields(c) == pytest.approx(expected)
    assert c.time["start"] == period


def test_a_change_column_from_a_month_runs_to_the_latest_level_column():
    """'Förändring från okt 2025, %' beside 'Index okt 2026' and no dated caption: the change over the months after
    October 2025 up to October 2026, not October 2025 itself."""
    text = ("Producentpriser\n\n| Varugrupp | Index okt 2026 | Förändring från sep 2026, % | Förändring från okt 2025, % |\n"
            "|---|---|---|---|\n| Livsmedel | 151,4 | +0,3 | +4,6 |\n| Energi | 188,0 | −1,2 | −3,2 |\n")
    claims = extract_claims(text, "2026-11-25")
    assert (_cell(claims, "+4,6").time["start"], _cell(claims, "+4,6").time["end"]) == ("2025-11", "2026-10")
    assert (_cell(claims, "+0,3").time["start"], _cell(claims, "+0,3").time["end"]) == ("2026-10", "2026-10")


SPAN_HEADERS_WITH_PERCENT = ("Omsättning\n\nTabell 2. Omsättning per bransch, oktober 2026\n\n"
                             "Bransch                 Index   1 mån %   12 mån %\n"
                             "Handel                  112,4      +0,3       +2,2\n"
                             "Bygg                     98,1      −0,6       −1,4\n")
SECTION_ROWS = ("Resor\n\nResor per linje, vecka 44\n\nLinje               Vecka 44 2026   Vecka 44 2025   Förändring, %\n"
                "Bussar\nLinje 1                     4 120           3 980            +3,5\nLinje 2                     2 210"
                "           2 300            −3,9\nTåg\nPendeln                     9 870           9 410            +4,9\n")


@pytest.mark.parametrize("text, cell, expected", [
    # 'Index | 1 mån % | 12 mån %': a header (its spans head change columns, no claims); the index a number
    (SPAN_HEADERS_WITH_PERCENT, "112,4", (112.4, "number", None, None)),
    (SPAN_HEADERS_WITH_PERCENT, "+0,3", (0.3, "percent", None, "increase")),
    (SPAN_HEADERS_WITH_PERCENT, "−1,4", (-1.4, "percent", None, "decrease")),
    # a table whose rows fall in sections under a label line ('Bussar', 'Tåg') is still a table
    (SECTION_ROWS, "4 120", (4120, "count", None, None)),
    (SECTION_ROWS, "−3,9", (-3.9, "percent", None, "decrease")),
    (SECTION_ROWS, "+4,9", (4.9, "percent", None, "increase")),
])
def test_span_headers_with_a_percent_sign_and_section_rows(text, cell, expected):
    claims = extract_claims(text, "2026-11-10")
    assert _fields(_cell(claims, cell)) == pytest.approx(expected)
    assert not [c for c in claims if c.quantity["text"] in ("1 mån", "12 mån")]
