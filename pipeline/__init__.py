"""Swedish numeric-claim extraction: raw Swedish text in, reviewable JSON quantity records out.

Stages: ingest -> segment -> extract (the ``extraction`` wing) -> records; the ``batch`` engine runs them over
many files, ``review`` and ``archive`` keep what reviewers decide. Map: docs/ARCHITECTURE.md.

In Python, no stage imports needed::

    import pipeline
    records = pipeline.extract("Under 2017 omkom 253 personer i vägtrafiken.", published="2018-01-10")
    df = pipeline.extract_frame(["text one", "text two"])      # typed pandas DataFrame
    df = pipeline.load_claims("output")                         # the output of a run
"""
__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

__all__ = ["extract", "extract_frame", "extract_with_status", "load_claims", "__version__", "SCHEMA_VERSION"]


def load_claims(path):
    """Load a claims.jsonl (or an output folder) as a flat pandas DataFrame, one row per claim."""
    from pipeline.review.export import load_claims as _load

    return _load(path)


def extract(text, published=None, title=None, **kwargs):
    """Every figure in one Swedish text as the contract's claim records: what ``run`` gives for that text.

    ``published``/``title`` override what the text states (like a NAME.meta.json sidecar); keywords
    ``doc_id``, ``path``, ``nlp``. Full description: ``help(pipeline.api.extract)``."""
    from pipeline.api import extract as _extract

    return _extract(text, published, title, **kwargs)


def extract_with_status(text, published=None, title=None, **kwargs):
    """(documents.jsonl line, records) for one text: ``extract`` plus the status (ok / skipped / error)."""
    from pipeline.api import extract_with_status as _extract

    return _extract(text, published, title, **kwargs)


def extract_frame(texts, published=None, title=None, **kwargs):
    """The records of one text, a list of texts or a {doc_id: text} mapping as a typed pandas DataFrame.

    Nullable numeric columns (``quantity_value`` Float64, offsets Int64) and real dates:
    ``period_start``/``period_end`` (first/last day of the period's ISO prefix), ``baseline_start``/
    ``baseline_end``, ``published_date`` (datetime64, NaT when unknown). See ``pipeline.api.extract_frame``.
    """
    from pipeline.api import extract_frame as _frame

    return _frame(texts, published, title, **kwargs)
