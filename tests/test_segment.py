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
