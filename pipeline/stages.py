"""The stage registry: what each stage needs, what it sets, which files it reads and writes.

One declaration per stage (spaCy's ``requires``/``assigns``, explosion/projects'
``deps``/``outputs``). ``check_order`` fails before any text is processed when
a stage would run before what it needs; ``python -m pipeline stages`` prints the
table, and the Makefile's per-stage targets follow the same deps/outputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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


STAGES: tuple[Stage, ...] = (
    Stage("ingest", "pipeline.ingest:ingest_bytes", (), ("doc.text", "doc.encoding", "doc.title", "doc.published", "doc.furniture", "doc.status"),
          ("INPUT files",), ("OUT/interim/ingested.jsonl",), ("furniture.json", "time.json"),
          "decode once, plain text of HTML, metadata, page furniture"),
    Stage("segment", "pipeline.segment:segment_text", ("doc.text", "doc.furniture"), ("segments", "segment.heading"),
          ("OUT/interim/ingested.jsonl",), ("OUT/interim/segments.jsonl",), ("abbreviations.json",),
          "sentences, headings, bullets with offsets; the heading that governs each"),
    Stage("extract", "pipeline.extract:extract_document", ("doc.text", "doc.published", "segments"),
          ("claims.quantity", "claims.time", "claims.change", "claims.subject", "claims.attribution", "claims.claim_type"),
          ("OUT/interim/ingested.jsonl", "OUT/interim/segments.jsonl"), ("OUT/interim/extracted.jsonl",),
          ("numbers.json", "units.json", "qualifiers.json", "rates.json", "time.json", "change.json", "entities.json",
           "attribution.json", "claims.json", "furniture.json"),
          "quantities, units, bounds, rates, time frames, change, context"),
    Stage("records", "pipeline.records:build_records", ("doc", "claims"), ("records", "documents"),
          ("OUT/interim/ingested.jsonl", "OUT/interim/extracted.jsonl"), ("OUT/claims.jsonl", "OUT/documents.jsonl",
                                                                          "OUT/checks.jsonl"), ("checks.json",),
          "contract records with stable ids, written atomically; the arithmetic checks of each document's figures"),
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
