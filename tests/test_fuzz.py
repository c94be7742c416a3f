"""Fuzzing the whole pipeline: arbitrary bytes and Swedish-looking text never raise and never hit an
internal error (E199, which ``process_loaded`` turns any exception into), and every record's offsets
point at its quantity's text."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import ingest_bytes
from pipeline.batch.process import Options, process_loaded

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["Malmö", "kommunen", "ökade", "minskade", "med", "till", "från", "procent", "procentenheter", "kronor",
         "kr", "Mkr", "miljoner", "miljarder", "tusen", "ca", "cirka", "över", "under", "minst", "högst", "drygt",
         "knappt", "år", "2018", "2021", "1990-talet", "jämfört", "i", "fjol", "hälften", "var", "tredje",
         "varannan", "nio", "av", "tio", "två", "tjugotre", "hundra", "en", "ett", "halv", "och", "mellan",
         "km", "m2", "kWh", "°C", "%", "§", "st", ":", ",", ".", "–", "-", "−", "/", "(", ")", "”", "»", "\u00a0",
         "\u202f", "\n", "\n\n", "\r\n", "\t", "•", "januari", "Q3", "v.", "12", "3,5", "1 000", "10 000 000",
         "0,0", "007", "1e9", "½", "¾", "²", "٣", "𝟙", "mellan 10 och 20", "2–3", "10-20", "t.ex.", "bl.a.",
         "Jun 26, 2018 10:30 CEST", "Tel: 040-34 10 00", "dubbelt så många", "tredje största", "2:a plats"]

swedishish = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


def check(data: bytes, name: str = "x.txt", published: str | None = None) -> None:
    doc = ingest_bytes(data, "fuzz", name, published=published)
    text = doc.text
    line, records = process_loaded(doc, Options(published=published))
    assert line["status"] in ("ok", "skipped", "error")
    assert not (line["error"] or "").startswith("[E199]"), (data, line["error"])
    for r in records:
        q = r["quantity"]
        assert 0 <= q["char_start"] <= q["char_end"] <= len(text)
        assert text[q["char_start"]:q["char_end"]] == q["text"], (data, q)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check(data)


@SETTINGS
@given(swedishish, st.sampled_from(["utf-8", "utf-16", "cp1252"]), st.sampled_from([None, "2021-06-01"]))
def test_swedish_like_text(text, encoding, published):
    check(text.encode(encoding, errors="replace"), published=published)


@SETTINGS
@given(swedishish)
def test_swedish_like_html(text):
    check(f"<html><head><title>{text[:30]}</title><script>{text}</script></head><body><p>{text}</p></body>"
          .encode("utf-8"), name="x.html")


@pytest.mark.parametrize("seed", range(5))
def test_random_byte_strings(seed):
    """Plain random bytes (no shrinking), larger than hypothesis makes them."""
    rng = random.Random(seed)
    for size in (1, 10, 100, 1000, 20000):
        check(bytes(rng.getrandbits(8) for _ in range(size)))
        check(bytes(rng.choice(b" 0123456789,.%-\n\xa0kr") for _ in range(size)))   # digit soup
