"""Peer test suite: Microsoft Recognizers-Text's Swedish spec examples (tests/cases/peers_recognizers_sv.json).

Every case's input is run through our grammar (unless a bare phrase states no figure by our contract) and, where the
data gives one, inside a short sentence; the figures found must be exactly the ones listed, with value, unit and bound.
Date cases also check the time expressions against the spec's reference date. Inputs our contract treats differently
are listed in the data file under 'not_applicable' with the reason, and are not run; cases we should pass and do
not yet carry a 'known_gap' and run as strict expected failures.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extraction.quantities import find_quantities
from pipeline.extraction.times import find_times

DATA = json.loads((Path(__file__).parent / "cases" / "peers_recognizers_sv.json").read_text(encoding="utf-8"))
MODELS = ("number", "ordinal", "ordinal_suppress", "percent", "currency", "dimension", "age", "temperature", "date")
PUBLISHED = "2016-11-07"        # the reference date of most RT specs; date cases carry their own

RUNS = [(model, text, case) for model in MODELS for case in DATA[model]
        for text in ([case["input"]] if case.get("bare", True) else []) + ([case["sentence"]] if case.get("sentence") else [])]
# a known gap is a case our contract says we should pass and do not yet: a strict expected failure, so a fix shows
PARAMS = [pytest.param(*r, marks=pytest.mark.xfail(reason=r[2]["known_gap"], strict=True)) if r[2].get("known_gap") else r
          for r in RUNS]


def _id(model: str, text: str, case: dict) -> str:
    return f"{model}:{case['input'].strip()[:60]}" + ("" if text == case["input"] else ":in-sentence")


def _listed(value):
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("model,text,case", PARAMS, ids=[_id(*r) for r in RUNS])
def test_peer_recognizers(model, text, case):
    published = case.get("published", PUBLISHED)
    times = find_times(text, published=published)
    if "times" in case:
        assert [(t.start, t.end, t.grain) for t in times] == [(t["start"], t["end"], t["grain"]) for t in case["times"]], \
            [t.public() for t in times]
        for t, want in zip(times, case["times"]):
            assert want["text"].lower() in t.text.lower() or t.text.lower() in want["text"].lower(), t.text
    found = find_quantities(text, times=times, published=published)
    want = case["entities"]
    assert len(found) == len(want), [(q.text, q.value, q.unit, q.bound) for q in found]
    for q, e in zip(found, want):
        assert e["text"].lower() in q.text.lower() or q.text.lower() in e["text"].lower(), (q.text, e["text"])
        if "low" in e:
            assert (q.low, q.high) == (pytest.approx(e["low"]), pytest.approx(e["high"])), q
        else:
            assert q.value == pytest.approx(e["value"], rel=1e-9, abs=1e-15), q
        assert q.unit in _listed(e["unit"]), q
        assert q.bound in _listed(e.get("bound", "exact")), q
        assert text[q.char_start:q.char_end] == q.text


def test_peer_recognizers_suite_is_complete():
    """Every harvested input is either run or listed as not applicable with a reason, once per model."""
    run = [(m, c["input"]) for m in MODELS for c in DATA[m]]
    skipped = [(c["model"], c["input"]) for c in DATA["not_applicable"]]
    assert all(c["reason"] for c in DATA["not_applicable"])
    assert all(r["reason"] for m in MODELS for c in DATA[m] for r in c.get("rt_only", []))
    assert all(c.get("sentence") for m in MODELS for c in DATA[m] if c.get("bare") is False)
    assert len(set(run + skipped)) == len(run) + len(skipped)
    assert all(f["reason"] for f in DATA["files_not_harvested"])
    assert all(c["known_gap"] for m in MODELS for c in DATA[m] if "known_gap" in c)
