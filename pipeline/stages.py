"""The stage registry: what each stage needs, what it sets, which files it reads and writes.

One declaration per stage (spaCy's ``requires``/``assigns``, explosion/projects'
``deps``/``outputs``, Sparv's annotator signatures). The registry drives the
run: ``run_steps`` takes a document's state through the stages in the declared
order (the whole-pipeline path, ``batch.process.process_loaded``), ``cli`` builds one
subcommand per stage from it, and a test checks that the Makefile's per-stage
targets depend on exactly the files each stage reads. ``check_order`` fails
before any text is processed when a stage would run before what it needs;
``python -m pipeline stages`` prints the table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Stage:
    name: str
    function: str                  # module:function, the pure core
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    data: tuple[str, ...] = field(default_factory=tuple)
    help: str = ""
    step: str = ""                 # module:function, state dict -> state dict (the in-memory path of one document)
    command: str = ""              # module:function, the stage's CLI command (reads and writes OUT/interim files)
    options: tuple[str, ...] = ()  # the command's options: inputs, published, nlp


STAGES: tuple[Stage, ...] = (
    Stage("ingest", "pipeline.ingest:ingest_bytes", (), ("doc.text", "doc.encoding", "doc.title", "doc.published", "doc.furniture", "doc.status"),
          ("INPUT files",), ("OUT/interim/ingested.jsonl",), ("furniture.json", "time.json"),
          "decode once, plain text of HTML, metadata, page furniture",
          command="pipeline.cli:ingest_cli", options=("inputs", "published")),
    Stage("segment", "pipeline.segment:segment_text", ("doc.text", "doc.furniture"), ("segments", "segment.heading"),
          ("OUT/interim/ingested.jsonl",), ("OUT/interim/segments.jsonl",), ("abbreviations.json",),
          "sentences, headings, bullets with offsets; the heading that governs each",
          step="pipeline.stages:_segment_step", command="pipeline.cli:segment_cli", options=("nlp",)),
    Stage("extract", "pipeline.extraction.document:extract_document", ("doc.text", "doc.published", "segments"),
          ("claims.quantity", "claims.time", "claims.change", "claims.subject", "claims.attribution", "claims.claim_type"),
          ("OUT/interim/ingested.jsonl", "OUT/interim/segments.jsonl"), ("OUT/interim/extracted.jsonl",),
          ("numbers.json", "units.json", "qualifiers.json", "rates.json", "time.json", "change.json", "entities.json",
           "attribution.json", "claims.json", "furniture.json"),
          "quantities, units, bounds, rates, time frames, change, context",
          step="pipeline.stages:_extract_step", command="pipeline.cli:extract_cli", options=("nlp",)),
    Stage("records", "pipeline.records:build_records", ("doc", "claims"), ("records", "documents"),
          ("OUT/interim/ingested.jsonl", "OUT/interim/extracted.jsonl"), ("OUT/claims.jsonl", "OUT/documents.jsonl",
                                                                          "OUT/checks.jsonl"), ("checks.json",),
          "contract records with stable ids, written atomically; the arithmetic checks of each document's figures",
          step="pipeline.stages:_records_step", command="pipeline.cli:records_cli"),
)


def check_order(names: list[str]) -> None:
    """Raise ValueError naming what is missing when a stage would run before what it requires."""
    available: set[str] = set()
    by_name = {s.name: s for s in STAGES}
    for name in names:
        if name not in by_name:
            raise ValueError(f"[E011] unknown stage {name!r}; known: {', '.join(by_name)}")
        stage = by_name[name]
        missing = [r for r in stage.requires if r not in available and r.split(".")[0] not in available]
        if missing:
            fulfilled = [r for r in stage.requires if r not in missing]
            raise ValueError(f"[E012] stage {name!r} needs {missing} (fulfilled: {fulfilled})")
        available |= set(stage.assigns) | {a.split(".")[0] for a in stage.assigns}


@lru_cache(maxsize=None)
def resolve(spec: str):
    """'module:function' -> the function (remembered: every document's every step asks; speed)."""
    import importlib
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def run_steps(state: dict, names: tuple[str, ...] = ("segment", "extract", "records")) -> dict:
    """Take one document's state (``doc``, ``backend``) through the named stages in the registry's order."""
    by_name = {s.name: s for s in STAGES}
    for name in names:
        resolve(by_name[name].step)(state)
    return state


def _segment_step(state: dict) -> dict:
    from pipeline.segment import segment_text
    doc = state["doc"]
    state["segments"] = segment_text(doc.text, doc.furniture, state.get("backend"))
    return state


def _extract_step(state: dict) -> dict:
    """Claims as a generator: nothing of a large document is held as claims (see ``extraction.document.iter_claims``)."""
    from pipeline.extraction.document import iter_claims
    state["claims"] = iter_claims(state["doc"], state["segments"], state.get("backend"))
    return state


def _records_step(state: dict) -> dict:
    """Records as a generator over the claims; the caller writes each as it comes."""
    from pipeline.records import iter_records
    state["records"] = iter_records(state["doc"], state["claims"])
    return state


def stages_cli(args) -> int:
    for s in STAGES:
        print(f"{s.name:8} {s.help}")
        print(f"{'':8} function: {s.function}")
        print(f"{'':8} requires: {', '.join(s.requires) or '-'}   assigns: {', '.join(s.assigns)}")
        print(f"{'':8} reads: {', '.join(s.reads)}   writes: {', '.join(s.writes)}   data: {', '.join(s.data) or '-'}")
    return 0


def register(sub) -> None:
    sp = sub.add_parser("stages", help="list the stages: what each needs, sets, reads and writes")
    sp.set_defaults(func=stages_cli)


check_order([s.name for s in STAGES])       # the declared order is valid, or the package does not import
