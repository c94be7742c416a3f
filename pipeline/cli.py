"""Command line: ``python -m pipeline COMMAND``.

The contract's stable commands (``run``, ``quantities``, ``times``) and one
subcommand per stage reading and writing ``OUT/interim/*.jsonl``. Each
command is a thin wrapper around an importable function. Further commands
(review, export, ...) register themselves through ``EXTRA_COMMANDS``: a
module listed there exposes ``register(subparsers)``.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from datetime import date
from pathlib import Path

from pipeline import __version__, io
from pipeline.errors import PipelineError

EXTRA_COMMANDS: list[str] = ["pipeline.review.site", "pipeline.review.export", "pipeline.stages",
                              "pipeline.archive.search", "pipeline.archive.diff"]   # modules with register(subparsers), e.g. "pipeline.review.site"


def _published_arg(value: str) -> str:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None
    return value


# --- commands -------------------------------------------------------------------------------

def run_cli(args) -> int:
    from pipeline.batch import Options, run_batch
    missing = [i for i in args.inputs if not os.path.lexists(i)]     # a looping symlink exists: it gets a row
    if missing and len(missing) == len(args.inputs):
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    run_batch(args.inputs, Path(args.out), Options(published=args.published, nlp=args.nlp),
              progress=False if getattr(args, "no_progress", False) else None,
              workers=getattr(args, "workers", None), engine=getattr(args, "engine", "local"),
              scheduler=getattr(args, "scheduler", None), full=getattr(args, "full", False),
              archive=_archive_arg(args))
    return 0


def _archive_arg(args) -> Path | None:
    """The archive ``run`` adds to: --archive PATH, else OUT/archive.duckdb; None with --no-archive."""
    if getattr(args, "no_archive", False):
        return None
    from pipeline.archive.store import DEFAULT_NAME
    return Path(args.archive) if getattr(args, "archive", None) else Path(args.out) / DEFAULT_NAME


def quantities_cli(args) -> int:
    """Each line is a document of one sentence, read by the same analyser as ``run`` (``analyse.analyse_text``).
    A line that cannot be read prints an error object and the command goes on (a one-shot command: ``ONE_SHOT``)."""
    from pipeline.extraction.analyse import analyse_text
    from pipeline.nlp import get_backend
    published = args.published or date.today().isoformat()
    backend = get_backend(getattr(args, "nlp", "blank"))

    def one(text: str) -> list:
        out = []
        for c in analyse_text(text, published, backend):
            # the quantity's fields at the top level (quick checks: item["value"]) and, as in a record,
            # under "quantity" (record-shaped tools: item["quantity"]["value"]); time, change and context beside them
            p = c.quantity
            out.append(dict(p, quantity=p, time=c.time, change=c.change, subject=c.subject,
                            claim_type=c.claim_type, attribution=c.attribution))
        return out

    failed = 0
    for n, line in enumerate(sys.stdin, 1):
        try:
            print(io.dumps(one(line.rstrip("\n"))), flush=True)
        except Exception as exc:  # one bad line never stops the stream: an error object stands in for its list
            failed += 1
            print(io.dumps({"error": f"[E199] internal error: {type(exc).__name__}: {exc}", "line": n}), flush=True)
    if failed:
        print(f"warning: {failed} line(s) failed; each has an error object in place of its list", file=sys.stderr)
    return 0


def times_cli(args) -> int:
    """Each line's time expressions (a one-shot command, as ``quantities``: no look-aheads)."""
    from pipeline.extraction.analyse import times_of
    published = args.published or date.today().isoformat()
    for line in sys.stdin:
        print(io.dumps([t.public() for t in times_of(line.rstrip("\n"), published)]), flush=True)
    return 0


# Commands that read a few lines and end: their patterns are compiled without the look-aheads
# (firstchars.LOOK_AHEAD), which pay off only over a batch.
ONE_SHOT = (quantities_cli, times_cli)
ONE_SHOT_NAMES = ("quantities", "times")


def _interim(out: str, name: str) -> Path:
    return Path(out) / "interim" / f"{name}.jsonl"


def _write_stage(out: str, name: str, rows) -> int:
    """Write one stage's interim file atomically and say so."""
    n = io.write_jsonl(_interim(out, name), rows)
    print(f"{name}: {n} documents -> {_interim(out, name)}", file=sys.stderr)
    return 0


def _need(path: Path, stage: str) -> None:
    if not path.exists():
        raise PipelineError(f"[E010] {path} not found: run the '{stage}' stage first")


def ingest_cli(args) -> int:
    from pipeline.ingest import discover, ingest_path
    from pipeline.ingest import display_path
    warnings: list[str] = []
    items = discover(args.inputs, warnings)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    docs = (ingest_path(p, r, args.published, display_path(p)).to_dict() for p, r in items)
    return _write_stage(args.out, "ingested", docs)


def segment_cli(args) -> int:
    from pipeline.ingest import Document
    from pipeline.nlp import get_backend
    from pipeline.segment import segment_text
    src = _interim(args.out, "ingested")
    _need(src, "ingest")
    backend = get_backend(args.nlp)

    def rows():
        for d in io.read_jsonl(src):
            doc = Document.from_dict(d)
            segs = segment_text(doc.text, doc.furniture, backend) if doc.status == "ok" else []
            yield {"doc_id": doc.doc_id, "segments": [s.to_dict() for s in segs]}
    return _write_stage(args.out, "segments", rows())


def extract_cli(args) -> int:
    from pipeline.extraction.document import extract_document
    from pipeline.ingest import Document
    from pipeline.nlp import get_backend
    from pipeline.segment import Segment
    backend = get_backend(args.nlp)
    docs_p, segs_p = _interim(args.out, "ingested"), _interim(args.out, "segments")
    _need(docs_p, "ingest")
    _need(segs_p, "segment")

    def rows():
        for d, s in zip(io.read_jsonl(docs_p), io.read_jsonl(segs_p)):
            doc = Document.from_dict(d)
            segs = [Segment(**x) for x in s["segments"]]
            claims = extract_document(doc, segs, backend) if doc.status == "ok" else []
            yield {"doc_id": doc.doc_id, "n_sentences": len(segs), "claims": [c.to_dict() for c in claims]}
    return _write_stage(args.out, "extracted", rows())


def records_cli(args) -> int:
    from pipeline.extraction.analyse import Claim
    from pipeline.ingest import Document
    from pipeline.records import build_records, document_line
    docs_p, ex_p = _interim(args.out, "ingested"), _interim(args.out, "extracted")
    _need(docs_p, "ingest")
    _need(ex_p, "extract")
    from pipeline.checks import run_checks
    all_records, lines, all_checks = [], [], []
    for d, e in zip(io.read_jsonl(docs_p), io.read_jsonl(ex_p)):
        doc = Document.from_dict(d)
        claims = [Claim(**c) for c in e["claims"]]
        recs = build_records(doc, claims)
        all_checks.extend(run_checks(doc.text, recs))      # as in the batch: checks.jsonl, record["checks"]
        all_records.extend(recs)
        lines.append(document_line(doc, e["n_sentences"], len(recs)))
        if doc.format == "html" and doc.status == "ok":
            io.write_text(Path(args.out) / "text" / f"{doc.doc_id}.txt", doc.text)
    io.write_jsonl(Path(args.out) / "claims.jsonl", all_records)
    io.write_jsonl(Path(args.out) / "documents.jsonl", lines)
    io.write_jsonl(Path(args.out) / "checks.jsonl", all_checks)
    print(f"records: {len(all_records)} claims, {len(lines)} documents -> {args.out}", file=sys.stderr)
    return 0


# --- parser -------------------------------------------------------------------------------------

def build_parser(core_only: bool = False) -> argparse.ArgumentParser:
    """The command line; ``core_only``: without the stage and extra commands, whose modules a one-shot command need
    not import at start-up."""
    p = argparse.ArgumentParser(prog="python -m pipeline",
                                description="Swedish numeric-claim extraction: raw Swedish text in, JSON quantity records out.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def common(sp, inputs=False, out=True, nlp=False, published=False):
        if inputs:
            sp.add_argument("inputs", nargs="+", metavar="INPUT", help="files and/or folders (.txt .md .html .htm, recursive)")
        if out:
            sp.add_argument("--out", default="output", help="output folder (default: output)")
        if published:
            sp.add_argument("--published", type=_published_arg, default=None,
                            help="publication date YYYY-MM-DD for documents that state none")
        if nlp:
            sp.add_argument("--nlp", default="blank",
                            help="NLP backend: blank (default, rules only) | spacy | stanza | spacy:NAME_OR_PATH | stanza:DIR")

    sp = sub.add_parser("run", help="the whole pipeline: inputs -> OUT/claims.jsonl + OUT/documents.jsonl")
    common(sp, inputs=True, nlp=True, published=True)
    sp.add_argument("--workers", type=int, default=None, metavar="N",
                    help="worker processes for the local engine (default: number of cores)")
    sp.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local processes (default) or an existing Dask cluster (needs --scheduler)")
    sp.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786")
    sp.add_argument("--full", action="store_true",
                    help="ignore the cache in OUT/cache and re-run every document")
    sp.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    sp.add_argument("--archive", default=None, metavar="PATH",
                    help="claim archive to add this run to (default: OUT/archive.duckdb)")
    sp.add_argument("--no-archive", action="store_true", help="do not add this run to an archive")
    sp.set_defaults(func=run_cli)
    sp = sub.add_parser("quantities", help="stdin, one text per line -> one JSON list of quantities per line")
    sp.add_argument("--published", type=_published_arg, default=None, help="reference date (default: today)")
    common(sp, out=False, nlp=True)
    sp.set_defaults(func=quantities_cli)
    sp = sub.add_parser("times", help="stdin, one text per line -> one JSON list of time expressions per line")
    sp.add_argument("--published", type=_published_arg, default=None, help="reference date (default: today)")
    sp.set_defaults(func=times_cli)
    if core_only:
        return p
    from pipeline.stages import STAGES, resolve
    for n, stage in enumerate(STAGES, 1):        # one subcommand per registered stage
        files = lambda paths: " + ".join(p.rsplit("/", 1)[-1] if p.startswith("OUT/interim/") else p for p in paths)
        sp = sub.add_parser(stage.name, help=f"stage {n}: {files(stage.reads)} -> {files(stage.writes)} ({stage.help})")
        common(sp, inputs="inputs" in stage.options, published="published" in stage.options, nlp="nlp" in stage.options)
        sp.set_defaults(func=resolve(stage.command))
    for name in EXTRA_COMMANDS:
        importlib.import_module(name).register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(core_only=bool(argv) and argv[0] in ONE_SHOT_NAMES)
    if argv and not argv[0].startswith("-") and argv[0] not in parser._subparsers._group_actions[0].choices:
        close = difflib.get_close_matches(argv[0], list(parser._subparsers._group_actions[0].choices), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        print(f"error: unknown command '{argv[0]}'{hint}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from pipeline.extraction import firstchars
    look_ahead = firstchars.LOOK_AHEAD
    if args.func in ONE_SHOT:               # a few lines: a quick start over the batch's look-aheads (same matches)
        firstchars.LOOK_AHEAD = False
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (IsADirectoryError, NotADirectoryError, PermissionError, FileExistsError) as exc:   # a bad --out for a stage
        print(f"error: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    finally:
        firstchars.LOOK_AHEAD = look_ahead
