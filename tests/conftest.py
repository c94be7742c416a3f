"""The one conftest: session fixtures shared by every stage's tests (spaCy's convention)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def lex():
    from pipeline import lexicon
    return lexicon.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, corpus_dir):
    """The whole pipeline run once on the sample corpus: (out_dir, records, document lines)."""
    from pipeline import io
    from pipeline.batch import Options, run_batch
    out = tmp_path_factory.mktemp("corpus_run")
    run_batch([str(corpus_dir)], out, Options(), progress=False)
    return out, list(io.read_jsonl(out / "claims.jsonl")), list(io.read_jsonl(out / "documents.jsonl"))


@pytest.fixture()
def make_corpus(tmp_path):
    """Write {name: bytes|str} into a fresh folder and return it."""
    def _make(files: dict) -> Path:
        root = tmp_path / "in"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            p = root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root
    return _make


@pytest.fixture(scope="session")
def shared_dir():
    if not (SHARED / "tools" / "score_claims.py").exists():
        pytest.skip("../shared is not beside the project")
    return SHARED


def extract_claims(text: str, published: str | None = "2023-11-15"):
    """Ingest, segment and extract one text in memory (what stage tests of context and time need)."""
    from pipeline.extraction.document import extract_document
    from pipeline.ingest import ingest_bytes
    from pipeline.segment import segment_text
    doc = ingest_bytes(text.encode(), "t", "t.txt", published=published)
    return extract_document(doc, segment_text(doc.text, doc.furniture))


def claim_for(text: str, anchor: str, published: str | None = "2023-11-15"):
    """The first claim whose quantity text contains ``anchor``."""
    claims = extract_claims(text, published)
    for c in claims:
        if anchor in c.quantity["text"]:
            return c
    raise AssertionError(f"{anchor!r} not found in {[c.quantity['text'] for c in claims]}")


def copy_corpus(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
