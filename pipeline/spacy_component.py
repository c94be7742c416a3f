"""spaCy component ``sv_numclaims``: the pipeline's claim records on a spaCy ``Doc``.

    import spacy
    nlp = spacy.blank("sv")              # or any trained Swedish pipeline
    nlp.add_pipe("sv_numclaims")
    doc = nlp("Under 2017 omkom 253 personer i vägtrafiken.")
    doc._.claims                         # the records, exactly as pipeline.extract(doc.text) gives them
    for span in doc.spans["numclaims"]:  # one span per quantity, label = quantity kind, span.id_ = record id
        span.text, span._.claim["quantity"]["value"]

spaCy finds the factory through the ``spacy_factories`` entry point in
pyproject.toml, so after ``pip install`` no import is needed. This module is
imported by every ``spacy.blank``/``spacy.load`` in an environment where the
project is installed, so it stays light: the extraction is imported on the
first document.

The extraction runs the project's own rules on ``doc.text`` whatever the
host pipeline holds (the rules, not the host's tokens, find the figures);
spans are aligned to the host's tokens by expanding to token boundaries,
while each record keeps its exact character offsets. Per-document metadata
comes from ``doc.user_data`` (``"published"``, ``"title"``, ``"doc_id"``),
else from the component's config.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

FACTORY = "sv_numclaims"
DEFAULT_CONFIG = {"published": None, "doc_id": "text", "backend": "blank", "spans_key": "numclaims"}


def register_extensions() -> None:
    """``Doc._.claims`` (list of records) and ``Span._.claim`` (one record); idempotent."""
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)
    if not Span.has_extension("claim"):
        Span.set_extension("claim", default=None)


class NumClaims:
    """The component: runs ``pipeline.api.extract`` on the doc's text and attaches records and spans."""

    def __init__(self, name: str = FACTORY, published: str | None = None, doc_id: str = "text",
                 backend: str = "blank", spans_key: str = "numclaims"):
        register_extensions()
        self.name, self.published, self.doc_id = name, published, doc_id
        self.backend, self.spans_key = backend, spans_key

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.api import extract
        meta = doc.user_data
        records = extract(doc.text, meta.get("published", self.published), meta.get("title"),
                          doc_id=meta.get("doc_id", self.doc_id), nlp=self.backend) if doc.text.strip() else []
        spans = []
        for rec in records:
            q = rec["quantity"]
            span = doc.char_span(q["char_start"], q["char_end"], label=q.get("kind") or "number",
                                 alignment_mode="expand", span_id=rec["id"])
            if span is None:        # an empty or whitespace-only range: nothing to point at
                continue
            span._.claim = rec      # stored per (offsets, label, span id): distinct even for equal offsets
            spans.append(span)
        doc._.claims = records
        doc.spans[self.spans_key] = spans
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    # Nothing to save: the rules and lexicon ship with the package. Present so that
    # nlp.to_disk / spacy.load work on a pipeline holding the component.
    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self

    def to_bytes(self, exclude=tuple()):
        return b""

    def from_bytes(self, data, exclude=tuple()):
        return self


@Language.factory(FACTORY, default_config=DEFAULT_CONFIG, assigns=["doc._.claims", "span._.claim", "doc.spans"])
def make_sv_numclaims(nlp: Language, name: str, published: str | None, doc_id: str, backend: str,
                      spans_key: str) -> NumClaims:
    """Factory for ``nlp.add_pipe("sv_numclaims", config={...})``: ``published`` (ISO date for documents
    that state none: overrides the text like a sidecar), ``doc_id``, ``backend`` (``blank``, ``spacy`` ...
    as ``run --nlp``), ``spans_key`` (default ``numclaims``)."""
    return NumClaims(name, published, doc_id, backend, spans_key)
