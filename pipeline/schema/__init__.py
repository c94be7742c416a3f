"""The versioned JSON Schemas (draft 2020-12) of a claim record, a documents.jsonl line and a checks.jsonl row."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def load(name: str) -> dict:
    """'claim', 'document' or 'check'."""
    return json.loads((HERE / f"{name}.schema.json").read_text(encoding="utf-8"))


def validator(name: str):
    from jsonschema import Draft202012Validator
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)
