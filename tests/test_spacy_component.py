"""The spaCy component sv_numclaims: doc._.claims, span._.claim, doc.spans, and discovery through the entry point."""
from __future__ import annotations

import importlib
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import pipeline
from pipeline.nlp import SPACY_MODEL
from pipeline.spacy_component import FACTORY, make_sv_numclaims

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "Under 2017 omkom 253 personer i vägtrafiken, en minskning med 17 jämfört med 2016.",
    "Andelen steg till 45% och kostnaden blev 3,5 mdkr.\n\nRegionen satsar ca 40 miljoner kronor på vården 2024.",
    "Hälften av hushållen fick 300 kronor – mellan 10 och 20 procent fick mer.",
    "Inga siffror alls här.",
    "",
]


def _entry_point_value() -> str:
    try:
        import tomllib
    except ImportError:     # Python 3.10
        tomllib = pytest.importorskip("tomli")
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["entry-points"]["spacy_factories"][FACTORY]


def _check(doc, published=None):
    expected = pipeline.extract(doc.text, published) if doc.text.strip() else []
    assert doc._.claims == expected
    spans = list(doc.spans["numclaims"])
    assert [s._.claim for s in spans] == expected
    for s in spans:
        q = s._.claim["quantity"]
        assert s.id_ == s._.claim["id"] and s.label_ == q["kind"]
        # the span covers the quantity (expanded to whole tokens), the record keeps exact offsets
        assert s.start_char <= q["char_start"] <= q["char_end"] <= s.end_char
        assert q["text"] in s.text
    return spans


@pytest.mark.parametrize("text", TEXTS)
def test_component_on_blank_swedish(text):
    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    _check(nlp(text))


def test_component_values_and_pipe():
    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY, config={"published": "2024-05-02"})
    docs = list(nlp.pipe(TEXTS[:3]))
    spans = _check(docs[0], "2024-05-02")
    assert [(s.text, s._.claim["quantity"]["value"]) for s in spans] == [("253", 253.0), ("17", 17.0)]
    assert docs[0]._.claims[1]["change"]["direction"] == "decrease"
    assert {s.label_ for s in docs[1].spans["numclaims"]} == {"percent", "money"}
    assert all(c["source"]["published"] == "2024-05-02" for d in docs for c in d._.claims)


def test_per_document_metadata_from_user_data():
    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    doc = nlp.make_doc("I år satsar kommunen 40 miljoner kronor på skolan.")
    doc.user_data.update(published="2023-05-02", doc_id="skola", title="Skolbudget")
    doc = nlp.get_pipe(FACTORY)(doc)
    rec = doc._.claims[0]
    assert (rec["doc_id"], rec["time"]["start"], rec["source"]["title"]) == ("skola", "2023", "Skolbudget")


def test_survives_save_load_and_docbin(tmp_path):
    from spacy.tokens import DocBin
    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY, config={"spans_key": "siffror"})
    doc = nlp(TEXTS[1])
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.pipe_names == [FACTORY]
    assert again(TEXTS[1])._.claims == doc._.claims
    db = DocBin(store_user_data=True)
    db.add(doc)
    back = next(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert [s._.claim["id"] for s in back.spans["siffror"]] == [c["id"] for c in doc._.claims]


@pytest.mark.models
@pytest.mark.skipif(not (SPACY_MODEL / "meta.json").exists(), reason="models/sv_spacy not built (make models)")
def test_component_in_a_trained_pipeline():
    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe(FACTORY, last=True)
    doc = nlp(TEXTS[1])
    _check(doc)
    assert doc[0].pos_      # the trained components still ran
    assert len(doc.spans["numclaims"]) == 3


def test_entry_point_declared_in_pyproject_names_the_factory():
    value = _entry_point_value()
    module, _, attr = value.partition(":")
    assert getattr(importlib.import_module(module), attr) is make_sv_numclaims
    assert spacy.language.Language.has_factory(FACTORY)


def test_installed_entry_point_matches_pyproject():
    """Once the project is (re)installed, its metadata carries the entry point from pyproject.toml."""
    try:
        dist = importlib.metadata.distribution("sv-numclaims")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("sv-numclaims is not installed")
    eps = [ep for ep in dist.entry_points if ep.group == "spacy_factories"]
    if not eps:
        pytest.skip("installed metadata predates the spacy_factories entry point (reinstall: pip install -e .)")
    assert {ep.name: ep.value for ep in eps} == {FACTORY: _entry_point_value()}


def test_spacy_finds_the_component_through_entry_point_metadata(tmp_path):
    """A fresh interpreter with only the entry-point metadata (a dist-info written from pyproject.toml) and no
    import of the component: spacy.blank loads the spacy_factories entry points and add_pipe finds it."""
    dist = tmp_path / "sv_numclaims_probe-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: sv-numclaims-probe\nVersion: 0.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[spacy_factories]\n{FACTORY} = {_entry_point_value()}\n", encoding="utf-8")
    code = (
        "import sys, importlib.metadata as md\n"
        f"eps = [e for e in md.entry_points(group='spacy_factories') if e.name == {FACTORY!r}]\n"
        "assert eps, 'entry point not visible'\n"
        "assert 'pipeline.spacy_component' not in sys.modules\n"
        "import spacy\n"
        "nlp = spacy.blank('sv')\n"
        f"nlp.add_pipe({FACTORY!r})\n"
        "doc = nlp('Kommunen har ungefär 12 000 invånare.')\n"
        "assert [s._.claim['quantity']['value'] for s in doc.spans['numclaims']] == [12000.0], doc._.claims\n"
        "print('ok')\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
