"""The Python API: figures from a string without touching the stages.

``extract(text)`` is the whole pipeline for one text in memory and returns
exactly the records ``run`` writes for a file holding that text (same ids,
offsets, fields), so a notebook and the batch never disagree.
``extract_frame(texts)`` gives the same records as a pandas DataFrame with
typed columns: nullable numbers, and real dates for the period a figure is
about (a ``YYYY`` or ``YYYY-MM`` prefix starts on its first day and ends on
its last), which is what plotting and date arithmetic need.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping

DEFAULT_DOC_ID = "text"


def _document(text: str | bytes, published: str | None, title: str | None, doc_id: str, path: str | None):
    from pipeline.ingest import ingest_bytes
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(text).__name__}")
    meta = {k: v for k, v in (("published", published), ("title", title)) if v is not None}
    return ingest_bytes(data, doc_id, path or f"{doc_id}.txt", meta=meta or None)


def extract_with_status(text: str | bytes, published: str | None = None, title: str | None = None, *,
                        doc_id: str = DEFAULT_DOC_ID, path: str | None = None, nlp: str = "blank") -> tuple[dict, list[dict]]:
    """(the documents.jsonl line, the records) for one text: ``extract`` plus the document's status.

    An empty or binary-looking text is not an exception: its line says
    ``status: skipped``/``error`` with the coded message, as in a batch.
    """
    from pipeline.batch.process import Options, process_checked
    doc = _document(text, published, title, doc_id, path)
    return process_checked(doc, Options(nlp=nlp))


def extract(text: str | bytes, published: str | None = None, title: str | None = None, *,
            doc_id: str = DEFAULT_DOC_ID, path: str | None = None, nlp: str = "blank") -> list[dict]:
    """Every figure in one Swedish text, as the contract's claim records (list of dicts, text order).

    The same records as ``python -m pipeline run`` gives for a file holding
    ``text`` (encoded as UTF-8) named ``path`` with id ``doc_id``.
    ``published`` (ISO 8601 date or timestamp) and ``title`` act like a
    ``NAME.meta.json`` sidecar: when given they override what the text
    states; otherwise the dateline and first line are used as in ``run``.
    ``path`` (default ``"<doc_id>.txt"``) is what ``source.path`` shows; a
    ``.html``/``.htm`` suffix makes the text go through HTML extraction (the
    offsets then address the extracted text). ``nlp`` picks the backend as
    ``run --nlp`` does. An empty text gives ``[]``; ``extract_with_status``
    also returns the document's status line.

    >>> import pipeline
    >>> [r["quantity"]["value"] for r in pipeline.extract("Malmö får ca 970 Mkr till 2028.")]
    [970000000.0]
    """
    return extract_with_status(text, published, title, doc_id=doc_id, path=path, nlp=nlp)[1]


# --- DataFrame ------------------------------------------------------------------------------------

def period_bound(prefix, end: bool = False):
    """An ISO 8601 prefix (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) -> its first day, or its last with ``end``.

    Anything else (None, free text) -> None: a period the text does not pin
    down stays missing rather than guessed.
    """
    from datetime import date
    if not isinstance(prefix, str):
        return None
    parts = prefix.strip().split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            y = int(parts[0])
            return date(y, 12, 31) if end else date(y, 1, 1)
        if len(parts) == 2 and len(parts[0]) == 4:
            y, m = int(parts[0]), int(parts[1])
            return date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        if len(parts) == 3 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None
    return None


# date columns added to the flat table: (new column, source column, which end of the prefix)
DATE_COLUMNS = (
    ("period_start", "time_start", False),
    ("period_end", "time_end", True),
    ("baseline_start", "change_baseline_start", False),
    ("baseline_end", "change_baseline_end", True),
)


def add_date_columns(df):
    """Add ``period_start``/``period_end`` (and the baseline's) as ``datetime64[ns]`` columns, plus
    ``published_date`` (the publication day as written, time of day and offset dropped)."""
    import pandas as pd
    for new, src, end in DATE_COLUMNS:
        vals = [period_bound(v if isinstance(v, str) else None, end) for v in df[src].astype("object")]
        df[new] = pd.to_datetime(pd.Series(vals, index=df.index, dtype="object"), errors="coerce").astype("datetime64[ns]")
    pub = [period_bound(v[:10] if isinstance(v, str) else None) for v in df["source_published"].astype("object")]
    df["published_date"] = pd.to_datetime(pd.Series(pub, index=df.index, dtype="object"), errors="coerce").astype("datetime64[ns]")
    return df


def _as_list(value, n: int, name: str) -> list:
    if value is None or isinstance(value, str):
        return [value] * n
    value = list(value)
    if len(value) != n:
        raise ValueError(f"{name}: {len(value)} values for {n} texts")
    return value


def extract_frame(texts: str | bytes | Iterable[str] | Mapping[str, str], published=None, title=None, *,
                  doc_ids: Iterable[str] | None = None, nlp: str = "blank"):
    """The records of one or more texts as a pandas DataFrame, one row per figure.

    ``texts`` is one text, a list of texts (doc ids ``text``, or ``text-0``,
    ``text-1`` ... unless ``doc_ids`` names them) or a ``{doc_id: text}``
    mapping; ``published``/``title`` are one value for all or one per text.
    The columns are those of ``pipeline.load_claims`` (``quantity_value``
    ``Float64``, offsets ``Int64``, text ``string``, ``claim_types`` joined
    with ``|``) plus real dates: ``period_start``/``period_end`` (the first
    and last day of ``time.start``/``time.end``: ``2021`` -> 2021-01-01 ..
    2021-12-31, ``2024-02`` -> 2024-02-01 .. 2024-02-29), ``baseline_start``/
    ``baseline_end`` and ``published_date``, all ``datetime64[ns]`` with NaT
    where the text gives no period.
    """
    from pipeline.review.export import claims_frame
    if isinstance(texts, (str, bytes, bytearray)):
        items = [(DEFAULT_DOC_ID if doc_ids is None else list(doc_ids)[0], texts)]
    elif isinstance(texts, Mapping):
        items = list(texts.items())
    else:
        texts = list(texts)
        ids = list(doc_ids) if doc_ids is not None else (
            [DEFAULT_DOC_ID] if len(texts) == 1 else [f"{DEFAULT_DOC_ID}-{i}" for i in range(len(texts))])
        if len(ids) != len(texts):
            raise ValueError(f"doc_ids: {len(ids)} ids for {len(texts)} texts")
        items = list(zip(ids, texts))
    if len({d for d, _ in items}) != len(items):
        raise ValueError("doc_ids must be unique (claim ids and rows are keyed by them)")
    pubs, titles = _as_list(published, len(items), "published"), _as_list(title, len(items), "title")
    records = []
    for (doc_id, text), pub, ttl in zip(items, pubs, titles):
        records.extend(extract(text, pub, ttl, doc_id=doc_id, nlp=nlp))
    return add_date_columns(claims_frame(records))
