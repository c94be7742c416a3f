"""Tests for pipeline.nlp: the blank / spaCy / Stanza backends on small Swedish sentences."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import nlp as nlpmod
from pipeline.nlp import SPACY_MODEL, STANZA_MODEL, Backend, Token, load_backend

ROOT = Path(__file__).resolve().parent.parent

have_spacy_model = (SPACY_MODEL / "meta.json").exists()
have_stanza_model = (STANZA_MODEL / "resources.json").exists()

needs_spacy_model = pytest.mark.skipif(not have_spacy_model, reason="models/sv_spacy not built (make models)")


def _stanza_or_skip():
    pytest.importorskip("stanza")
    if not have_stanza_model:
        pytest.skip("models/sv_stanza not built (make models)")


# backends that predict sentences and syntax
PARSING = [
    pytest.param("spacy", marks=[pytest.mark.models, needs_spacy_model]),
    pytest.param(f"spacy:{SPACY_MODEL}", marks=[pytest.mark.models, needs_spacy_model]),
    pytest.param("stanza", marks=[pytest.mark.models, needs_spacy_model]),
]
ALL = [pytest.param("blank")] + PARSING


@pytest.fixture(params=ALL)
def backend(request) -> Backend:
    if request.param.startswith("stanza"):
        _stanza_or_skip()
    return load_backend(request.param)


@pytest.fixture(params=PARSING)
def parser(request) -> Backend:
    if request.param.startswith("stanza"):
        _stanza_or_skip()
    return load_backend(request.param)


TEXTS = [
    "Andelen ligger nu preliminärt på 79,4 procent, t.ex. 1 250 hushåll och ca 970 Mkr 2018–2022.",
    "Rosengård.Hälften av alla nya jobb i Skåne skapas i Malmö!",
    "Kostnaden blev ca. 500 kr per invånare (jfr. tabell 3).\n\nÅret därpå:  12 %  fler.",
    "Émile Zoëga — ”citat” — 3½ miljoner 😀 kronor, dvs. drygt 2 st. per person.",
]


def _check_tokens(text: str, toks: list[Token]):
    prev_end = 0
    for t in toks:
        assert isinstance(t, Token)
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end and t.end > t.start
        assert t.text.strip() == t.text and t.text
        prev_end = t.end


@pytest.mark.parametrize("text", TEXTS)
def test_token_offsets_exact(backend, text):
    toks = backend.parse(text)
    assert toks
    _check_tokens(text, toks)
    for t in toks:
        assert isinstance(t.lemma, str) and t.lemma
        if backend.has_parser:
            assert 0 <= t.head < len(toks)
        else:
            assert t.head == -1


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_spans_and_parse_offsets(backend, text):
    spans = backend.sentences(text)
    if backend.name == "blank":
        assert spans is None
        return
    assert spans
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
        prev = e
        _check_tokens(text[s:e], backend.parse(text[s:e]))
    # every non-space character is inside some sentence
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_blank_backend():
    b = load_backend("blank")
    assert b.name == "blank" and not b.has_parser
    toks = b.parse("Hälften av alla NYA jobb.")
    assert [t.text for t in toks] == ["Hälften", "av", "alla", "NYA", "jobb", "."]
    assert [t.lemma for t in toks][:4] == ["hälften", "av", "alla", "nya"]
    assert all(t.head == -1 and t.dep == "" and t.pos == "" for t in toks)
    assert b.sentences("En mening. En till.") is None


def test_backends_are_cached():
    assert load_backend("blank") is load_backend("blank")
    assert load_backend() is load_backend("blank")


def test_unknown_backend():
    with pytest.raises(ValueError):
        load_backend("udpipe")


def test_stanza_missing_message(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` fail
    with pytest.raises(ImportError, match=r"pip install 'sv-numclaims\[stanza\]'"):
        nlpmod.StanzaBackend(tmp_path)


def test_blank_does_not_import_stanza():
    code = ("import sys; from pipeline.nlp import load_backend; load_backend('blank').parse('Hej.'); "
            "assert 'stanza' not in sys.modules, 'stanza imported'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# --- sentence splitting --------------------------------------------------------------------------------

NO_SPLIT = [
    "Kostnaden uppgick till ca. 500 kr per invånare och år.",
    "Vi jämförde t.ex. Malmö och Lund med övriga kommuner.",
    "Skatten höjdes (jfr. tabell 3) med två procent.",
    "Priset steg enl. uppgifter från SCB med tre procent under året.",
    "Bidraget var 200 resp. 300 kr per barn.",
]


@pytest.mark.parametrize("text", NO_SPLIT)
def test_abbreviations_do_not_end_sentences(parser, text):
    assert parser.sentences(text) == [(0, len(text))]


def test_missing_space_after_full_stop_splits(parser):
    text = "Flest nya företag startades i Rosengård.Hälften av alla nya jobb i Skåne skapas i Malmö."
    spans = parser.sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Flest nya företag startades i Rosengård.",
        "Hälften av alla nya jobb i Skåne skapas i Malmö.",
    ]


def test_two_plain_sentences(parser):
    text = "Arbetslösheten steg till 8,1 procent i mars. Det är den högsta nivån sedan 2015."
    spans = parser.sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Arbetslösheten steg till 8,1 procent i mars.",
        "Det är den högsta nivån sedan 2015.",
    ]


# --- tagging, parsing, lemmas --------------------------------------------------------------------------

def _by_text(toks):
    return {t.text: (i, t) for i, t in enumerate(toks)}


@pytest.mark.parametrize("text", ["8 nya företag startas dagligen.", "Åtta nya företag startas dagligen."])
def test_number_attaches_to_noun(parser, text):
    toks = parser.parse(text)
    idx = _by_text(toks)
    num_i, num = idx[text.split()[0]]
    noun_i, noun = idx["företag"]
    assert num.pos == "NUM"
    assert num.head == noun_i
    assert num.dep in ("nummod", "det", "amod")
    assert noun.pos == "NOUN"


def test_single_root_and_upos(parser):
    text = "Antalet invånare ökade med 3 procent."
    toks = parser.parse(text)
    roots = [i for i, t in enumerate(toks) if t.head == i]
    assert len(roots) == 1
    assert toks[roots[0]].dep == "root"
    assert toks[roots[0]].text == "ökade"
    assert toks[roots[0]].pos == "VERB"
    idx = _by_text(toks)
    assert idx["3"][1].pos == "NUM"
    assert idx["3"][1].head == idx["procent"][0]
    assert idx["3"][1].dep == "nummod"
    assert idx["procent"][1].pos == "NOUN"
    assert idx["."][1].dep == "punct"


def test_lemmas(parser):
    toks = parser.parse("Kommunerna har ökat kostnaderna för barnen och de nya sjuksköterskorna.")
    lemmas = {t.text: t.lemma for t in toks}
    assert lemmas["har"] == "ha"
    assert lemmas["barnen"] == "barn"
    assert lemmas["nya"] == "ny"
    assert lemmas["för"] == "för"


def test_stanza_lemmas():
    _stanza_or_skip()
    toks = load_backend("stanza").parse("Kommunerna har ökat kostnaderna för barnen.")
    lemmas = {t.text: t.lemma for t in toks}
    assert lemmas["Kommunerna"] == "kommun"
    assert lemmas["kostnaderna"] == "kostnad"


def test_chunks_cover_text():
    text = "Första stycket. En mening till.\n\nAndra stycket\nmed radbrytning och  dubbla mellanslag."
    for size in (5, 17, 40, 10_000):
        pieces = list(nlpmod._chunks(text, size))
        assert "".join(text[a:b] for a, b in pieces) == text
        assert all(a < b for a, b in pieces)


def test_spacy_long_text_is_chunked(monkeypatch):
    if not have_spacy_model:
        pytest.skip("models/sv_spacy not built")
    b = load_backend("spacy")
    text = "Arbetslösheten steg till 8,1 procent i mars.\n\nDet är den högsta nivån sedan 2015. " * 3
    whole = b.sentences(text)
    monkeypatch.setattr(b, "CHUNK_CHARS", 100)  # cuts fall on the blank lines
    chunked = b.sentences(text)
    assert chunked == whole
    for s, e in chunked:
        _check_tokens(text[s:e], b.parse(text[s:e]))
