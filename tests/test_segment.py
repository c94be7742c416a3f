"""Stage 2, segment: sentences, headings and bullets with exact offsets."""
from __future__ import annotations

import pytest

from pipeline.segment import segment_text


def _texts(text, kind=None):
    return [s.text for s in segment_text(text) if kind is None or s.kind == kind]


@pytest.mark.parametrize("text,expected", [
    ("Det kostar t.ex. 500 kr per år. Nästa mening.", ["Det kostar t.ex. 500 kr per år.", "Nästa mening."]),
    ("Vi har bl.a. 12 skolor. Och mer.", ["Vi har bl.a. 12 skolor.", "Och mer."]),
    ("Det kostade ca. 500 kr. Det var dyrt.", ["Det kostade ca. 500 kr.", "Det var dyrt."]),
    ("Mötet börjar kl. 10 i dag. Alla kommer.", ["Mötet börjar kl. 10 i dag.", "Alla kommer."]),
    ("Se jfr. Malmö och enl. SCB ökade det. Slut.", ["Se jfr. Malmö och enl. SCB ökade det.", "Slut."]),
    ("Vi startade på Rosengård.Hälften av alla nya jobb skapas i Malmö!", ["Vi startade på Rosengård.", "Hälften av alla nya jobb skapas i Malmö!"]),
    ("Det ökade. Enligt K. Svensson var det bra.", ["Det ökade.", "Enligt K. Svensson var det bra."]),
])
def test_segment_sentences(text, expected):
    assert _texts("Rubrik\n\n" + text)[1:] == expected


def test_segment_offsets_exact(corpus_dir):
    from pipeline.ingest import ingest_path
    for path in sorted(corpus_dir.glob("*.txt")):
        doc = ingest_path(path, corpus_dir)
        for s in segment_text(doc.text, doc.furniture):
            assert doc.text[s.start:s.end] == s.text
            assert s.text == s.text.strip()


def test_segment_headings_bullets_and_governance():
    text = ("Malmö växer\n\nDetta har hänt under vårt styre 2018 – 2022:\n\n • Hälften av jobben. Fler företag.\n"
            " • Åtta företag startas dagligen.\n\nNy rubrik\n\nEn mening. En till.\n")
    segs = segment_text(text)
    kinds = [(s.kind, s.text) for s in segs]
    assert kinds[0] == ("title", "Malmö växer")
    assert ("heading", "Detta har hänt under vårt styre 2018 – 2022:") in kinds
    bullets = [s for s in segs if s.kind == "bullet"]
    assert [b.text for b in bullets] == ["Hälften av jobben.", "Fler företag.", "Åtta företag startas dagligen."]
    heading = next(s for s in segs if s.text.startswith("Detta"))
    assert all(b.heading == heading.index for b in bullets)
    last = [s for s in segs if s.kind == "sentence"]
    assert all(segs[s.heading].text == "Ny rubrik" for s in last)


def test_segment_glued_headline_becomes_heading():
    text = "Rubrik\n\n • Vi har startat ett allaktivitetshus på Rosengård.Hälften av alla nya jobb i Skåne skapas i Malmö!\n\nMalmö växer.\n"
    segs = segment_text(text)
    glued = next(s for s in segs if s.text.startswith("Hälften"))
    assert glued.kind == "heading"
    assert segs[-1].heading == glued.index


def test_segment_skips_furniture():
    text = "Skip to main content\n\nRubrik\n\nText.\n\nKontaktpersoner:\n\nKatrin, 0735799701\n"
    from pipeline.ingest import ingest_bytes
    doc = ingest_bytes(text.encode(), "d", "d.txt")
    assert [s.text for s in segment_text(doc.text, doc.furniture)] == ["Rubrik", "Text."]


def test_segment_hard_wrapped_number_stays_in_one_sentence():
    text = "Rubrik\n\nMalmö har 347\n949 invånare och växer.\n"
    assert [s.text for s in segment_text(text)][1] == "Malmö har 347\n949 invånare och växer."


@pytest.mark.parametrize("text,cut_after", [
    ("Kostnad " + "; ".join(f"post {i} kostar 1 250 kr" for i in range(200)), ";"),      # semicolons before commas and spaces
    ("\t".join(["12"] * 3000), "\t"),                                                    # a table row dump
    ("Värden " + ", ".join(["1 000"] * 1000), ","),                                      # never inside '1 000'
    ("ord " * 2000, " "),
    ("x" * 5000, None),                                                                  # no break at all: a hard cut
])
def test_segment_overlong_sentences_are_cut(text, cut_after):
    """A 'sentence' over MAX_SEGMENT_CHARS (a table or dump without punctuation) is cut into bounded pieces
    at the preferred break, so that per-claim context work stays linear in the text."""
    from pipeline.segment import MAX_SEGMENT_CHARS
    segs = segment_text("Rubrik\n\n" + text + "\n")
    body = segs[1:]
    assert len(body) > 1
    full = "Rubrik\n\n" + text + "\n"
    for s in body:
        assert len(s.text) <= MAX_SEGMENT_CHARS
        assert full[s.start:s.end] == s.text
    for s, nxt in zip(body, body[1:]):
        if cut_after is None:
            assert nxt.start == s.end
        elif cut_after.strip():
            assert full[s.end - 1] == cut_after, full[s.end - 5:nxt.start + 5]          # cut right after the mark
        else:
            assert full[s.end:nxt.start] == cut_after, full[s.end - 5:nxt.start + 5]    # the white space between
    joined = "".join(full[s.start:s.end] for s in body)
    assert joined.replace(" ", "").replace("\t", "") == text.replace(" ", "").replace("\t", "")


def test_segment_long_real_sentences_are_kept_whole():
    sentence = "Regeringen föreslår att " + ", ".join(f"kommun {i} får 5 miljoner kronor" for i in range(25)) + "."
    assert len(sentence) < 1000
    assert _texts("Rubrik\n\n" + sentence)[1:] == [sentence]


@pytest.mark.parametrize("mark", [".", "!", "…", "?!", ". ."])
def test_segment_runs_of_marks_split_like_before(mark):
    """A sentence boundary is only looked for at the start of a run of marks (a run of 100,000 full stops
    once took quadratic time); runs followed by a new sentence still end it."""
    text = f"Det ökade{mark * 3} Nu är det 5 procent{mark} Slut."
    got = _texts("Rubrik\n\n" + text)[1:]
    assert got[-1] == "Slut." and "".join(got).replace(" ", "") == text.replace(" ", "")
    assert len(segment_text(mark * 50000)) >= 1


@pytest.mark.parametrize("block, kind", [
    # a block of aligned cells without a caption is not a heading (its column periods would govern the prose after)
    ("Hamn            2024      2023\nNorrhamn         1 240     1 110", "sentence"),
    ("Kommun\tOkt 2025\tOkt 2024\nGävle\t9,8\t10,1", "sentence"),
    # a short line without closing punctuation still is
    ("Resultat per kvartal", "heading"),
])
def test_segment_table_block_is_not_a_heading(block, kind):
    segs = segment_text("Rapport om läget.\n\n" + block + "\n\nAndelen var 41 procent.\n")
    assert segs[1].kind == kind


@pytest.mark.parametrize("block, first", [
    # a short first line without closing punctuation before a capitalised line: a heading of its own
    ("FINANSIELL STÄLLNING\nSoliditeten uppgick till 46 procent.", ("heading", "FINANSIELL STÄLLNING")),
    ("Användning och produktion\nElanvändningen var 11,4 TWh.", ("heading", "Användning och produktion")),
    # prose wrapped before a name, a line ending in a function word: one sentence
    ("Priserna steg enligt\nStatistiska centralbyrån med 3 procent.", ("sentence", None)),
    ("Hyrorna höjs med 4 procent\nfrån januari.", ("sentence", None)),
])
def test_segment_heading_line_opening_a_paragraph(block, first):
    segs = segment_text("Rapport om läget.\n\n" + block + "\n")
    kind, text = first
    assert segs[1].kind == kind
    if text:
        assert segs[1].text == text and segs[2].heading == segs[1].index


def test_a_table_header_ending_in_an_abbreviation_keeps_its_rows():
    """'Förändring, p.e.' closes a header line with a full stop: the rows of cells below it are the same table."""
    text = ("Arbetsmarknaden\n\nKommun        Arbetslösa   Andel, %   Förändring, p.e.\n"
            "Västerlund         4 310        6,6               −0,9\nHagaby             2 080        5,6               −0,4\n")
    table = [s for s in segment_text(text) if "Kommun" in s.text]
    assert len(table) == 1 and "Hagaby" in table[0].text
    # prose lines ending in a full stop still end their paragraph
    prose = segment_text("Det var kallt.\nI dag är det varmt.\n")
    assert [s.text for s in prose] == ["Det var kallt.", "I dag är det varmt."]


@pytest.mark.parametrize("header", [
    "Brott          2015     2025   Per 100 000 inv. 2025   Förändring",
    "Län            Antal    Andel, proc. av alla   Förändring",
    "Vara           Pris, kr    Förändr. mot i fjol, %    Vikt",
    "Brott          2015     2025   Förändring   Per 100 000 inv. 2025",     # a short last word after the stop
])
def test_a_full_stop_between_cells_of_a_line_ends_no_sentence(header):
    """An abbreviation's full stop inside a table line, with cells before and after it on the line, is no sentence
    end: the header stays one line of the table with its rows."""
    text = f"Statistik\n\n{header}\nNorrby         3 210    1 684     3 484       −48\nSöderby          242       96       199       −60\n"
    table = [s for s in segment_text(text) if s.text.startswith(header.split()[0])]
    assert len(table) == 1 and "Söderby" in table[0].text
    # prose with an abbreviation between single spaces is cut as before
    assert len(segment_text("Det var 3 inv. per km. Nästa år fler.\n")) == 2


@pytest.mark.parametrize("label", ["Information och komm.", "Övr. tjänster", "Fastighetsförv. m.m.", "Jord- och skogsbr."])
def test_a_row_label_ending_in_an_abbreviation_stays_in_its_table(label):
    """A row label closed by an abbreviation's full stop ('Information och komm.   71   38') under a line of cells is
    no sentence end: the rows after it keep the table's header."""
    text = (f"Varsel\n\nBransch                  Okt 2026   Okt 2025\nTillverkning                  611        402\n"
            f"{label:<26}71         38\nÖvriga                        187        122\n")
    table = [s for s in segment_text(text) if "Bransch" in s.text]
    assert len(table) == 1 and "Övriga" in table[0].text
    # prose with two spaces after a full stop still ends its sentence, also before a figure
    assert len(segment_text("Det var kallt i går.  18 grader blev det.\nSedan regnade det.\n")) == 3


@pytest.mark.parametrize("row", ["– varav HVO100      41 900     +32,4", "- därav el          1 210     +8,0",
                                 "— varav inrikes       902      −1,5"])
def test_a_dashed_row_between_rows_of_cells_stays_in_its_table(row):
    """A sub-row opened by a dash ('– varav …') between lines of cells is a row of the table, not a list item or a
    quote: the rows after it keep the table's header."""
    text = (f"Försäljning\n\nSlag               Volym      Förändring, %\nDiesel            398 300      −1,2\n{row}\n"
            "Bensin            241 600      −3,8\n")
    table = [s for s in segment_text(text) if s.text.startswith("Slag")]
    assert len(table) == 1 and "Bensin" in table[0].text and row.split()[1] in table[0].text
    # a dash line after prose is still its own item
    assert [s.kind for s in segment_text("Så här:\n\n– Det gick bra, säger hon.\n")][-1] in ("sentence", "bullet")
