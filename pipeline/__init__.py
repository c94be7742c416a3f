"""Swedish numeric-claim extraction: raw Swedish text in, reviewable JSON quantity records out.

Stages (one module each): ingest -> segment -> extract -> records.
"""
__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"


def load_claims(path):
    """Load a claims.jsonl (or an output folder) as a flat pandas DataFrame, one row per claim."""
    from .export import load_claims as _load

    return _load(path)
