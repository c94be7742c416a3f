"""The incremental-run cache: per-document result files keyed by content and pipeline version.

A document's result (its ``documents.jsonl`` line, its claim records already
serialised as JSON lines, and for HTML the extracted plain text) is stored in
``OUT/cache/<key[:2]>/<key>.jsonl``. The key is

    sha256(pipeline version, doc_id, displayed path, sha256 of the file's bytes,
           sha256 of its ``.meta.json`` sidecar)

and the pipeline version hashes every file under ``pipeline/`` and
``models/lexicon/sv/`` plus the options that change output (``--nlp``,
``--published``). Any code, lexicon or option change therefore gives new keys
and a full re-run; an unchanged file under an unchanged pipeline is read back
instead of processed.

Each entry is written to a temp file and renamed into place (no fsync: a
process kill never leaves a half entry; an OS crash might, so an entry is
validated by its line count on read and reprocessed when broken).
``OUT/manifest.json`` is a human-readable index of the last complete run.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import io

PACKAGE_DIR = Path(__file__).resolve().parent.parent          # pipeline/
LEXICON_DIR = PACKAGE_DIR.parent / "models" / "lexicon" / "sv"
ENTRY_FORMAT = 2               # 2: entries carry their checks.jsonl rows
MANIFEST_NAME = "manifest.json"
CACHE_DIR = "cache"


def _tree_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    if not folder.is_dir():
        return []
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        out.extend(Path(root) / f for f in files if f.endswith(suffixes) and not f.startswith("."))
    return sorted(out)


_CODE_HASH: list[str] = []
# The modules whose code decides a document's result (dotted below pipeline/); their imports are followed.
ROOT_MODULES = ("batch.process", "ingest", "segment", "extraction.document", "records", "checks", "lexicon", "nlp",
                "stages")
LEAF_MODULES = ("__init__", "batch/engine")   # hashed (version numbers; how entries are built) but their imports not followed


_IMPORT = re.compile(r"^[ \t]*from[ \t]+(?:pipeline((?:\.\w+)*)|\.(\w*))[ \t]+import[ \t]+\(?([\w, \t\n]+?)\)?[ \t]*(?:#.*)?$",
                     re.M)


def _module_file(name: str) -> Path | None:
    """pipeline/a/b.py or pipeline/a/b/__init__.py for the dotted name 'a.b' (None when neither exists)."""
    base = PACKAGE_DIR.joinpath(*name.split(".")) if name else PACKAGE_DIR
    for f in (base.with_suffix(".py") if name else None, base / "__init__.py"):
        if f is not None and f.is_file():
            return f
    return None


def code_files() -> list[Path]:
    """pipeline/ modules the processing chain imports (transitively, read from their import lines, absolute
    ``from pipeline.x import y`` and relative alike, into the wing subpackages).

    Other modules (review, export, cli, ...) may change without invalidating the cache.
    """
    seen: dict[str, Path] = {}
    todo = list(ROOT_MODULES)
    while todo:
        name = todo.pop()
        f = _module_file(name)
        if name in seen or f is None:
            continue
        seen[name] = f
        try:
            source = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        here = name.rpartition(".")[0] if f.name != "__init__.py" else name
        for absolute, relative, names in _IMPORT.findall(source):
            module = absolute[1:] if absolute else (f"{here}.{relative}".strip(".") if relative else here)
            if absolute or relative:
                todo.append(module)
            for n in names.replace("\n", " ").split(","):
                n = n.split(" as ")[0].strip()
                if n and _module_file(f"{module}.{n}".strip(".")) is not None:
                    todo.append(f"{module}.{n}".strip("."))
    files = sorted(set(seen.values()) | {PACKAGE_DIR / f"{n}.py" for n in LEAF_MODULES})
    return files + _tree_files(PACKAGE_DIR / "schema", (".json",))


def code_hash(fresh: bool = False) -> str:
    """Hash of the processing code (``code_files``) and of models/lexicon/sv/, computed once per process
    (unless ``fresh``): the code and lexicon a process has loaded do not change while it runs."""
    if _CODE_HASH and not fresh:
        return _CODE_HASH[0]
    h = hashlib.sha256(f"entry-format={ENTRY_FORMAT}\n".encode())
    for base, files in ((PACKAGE_DIR, code_files()),
                        (LEXICON_DIR, _tree_files(LEXICON_DIR, (".json", ".txt", ".tsv")))):
        for f in files:
            h.update(f"{base.name}/{f.relative_to(base).as_posix()}\0".encode())
            try:
                h.update(hashlib.sha256(f.read_bytes()).digest())
            except OSError:
                h.update(b"unreadable")
    value = h.hexdigest()
    if not fresh:
        _CODE_HASH.append(value)
    return value


def pipeline_version(options) -> str:
    """Code hash plus the output-changing options (--nlp, --published): a new value invalidates the cache."""
    opts = f"nlp={getattr(options, 'nlp', None)}\npublished={getattr(options, 'published', None)}\n"
    return hashlib.sha256(f"{code_hash()}\n{opts}".encode()).hexdigest()


def doc_key(version: str, doc_id: str, display: str, file_sha: str, sidecar_sha: str | None) -> str:
    """Cache key of one document (see the module docstring)."""
    return hashlib.sha256(f"{version}\x1f{doc_id}\x1f{display}\x1f{file_sha}\x1f{sidecar_sha}".encode()).hexdigest()


def special_key(version: str, doc_id: str, display: str, line: dict) -> str:
    """Key for an input that could not be read (never looked up, always recomputed)."""
    return "x" + hashlib.sha256(f"{version}\x1f{doc_id}\x1f{display}\x1f{io.dumps(line)}".encode()).hexdigest()[1:]


SPOOL_BYTES = 8 * 1024 * 1024   # a document's record lines stay in memory up to this size, then go to a temp file


class LineSpool:
    """One document's record lines as they are built (``append`` takes a record dict), in memory up to
    SPOOL_BYTES and in a temp file beyond: a document with 100,000 figures is not held in memory
    (issue 11). Iterating yields the lines without their line break; ``clear`` drops them."""

    def __init__(self):
        self._f = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="\n")
        self.n = 0

    def append(self, record) -> None:
        self._f.write((record if isinstance(record, str) else io.dumps(record)) + "\n")
        self.n += 1

    def clear(self) -> None:
        self._f.seek(0)
        self._f.truncate()
        self.n = 0

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        self._f.flush()
        self._f.seek(0)
        for line in self._f:
            yield line[:-1]
        self._f.seek(0, 2)


@dataclass
class Entry:
    """One document's result as stored: the documents.jsonl line and the claims lines (serialised)."""
    key: str
    doc_line: str              # io.dumps(document_line)
    record_lines: "list[str] | LineSpool"    # io.dumps(record) each
    text: str | None = None    # extracted plain text of an HTML document (written to OUT/text/)
    doc_id: str = ""
    status: str = "ok"
    check_lines: list[str] = field(default_factory=list)   # io.dumps(checks.jsonl row) each

    def serialise(self) -> str:
        return "".join(self.chunks())

    def head(self) -> dict:
        return {"format": ENTRY_FORMAT, "key": self.key, "n_records": len(self.record_lines),
                "has_text": self.text is not None, "doc_id": self.doc_id, "status": self.status,
                "n_checks": len(self.check_lines)}

    def chunks(self, head: dict | None = None):
        """The serialised entry piece by piece (``Cache.put`` writes them without joining them)."""
        yield io.dumps(head or self.head()) + "\n"
        yield self.doc_line + "\n"
        for line in self.record_lines:
            yield line + "\n"
        for line in self.check_lines:
            yield line + "\n"
        if self.text is not None:
            yield json.dumps(self.text, ensure_ascii=False) + "\n"

    @classmethod
    def parse(cls, raw: str) -> "Entry | None":
        lines = raw.split("\n")
        if not lines or lines[-1] != "":
            return None
        lines.pop()
        try:
            head = json.loads(lines[0])
            n = int(head["n_records"])
            n_checks = int(head.get("n_checks", 0))
            expect = 2 + n + n_checks + (1 if head.get("has_text") else 0)
            if head.get("format") != ENTRY_FORMAT or len(lines) != expect:
                return None
            text = json.loads(lines[-1]) if head.get("has_text") else None
            json.loads(lines[1])
            return cls(key=head["key"], doc_line=lines[1], record_lines=lines[2:2 + n], text=text,
                       doc_id=head.get("doc_id", ""), status=head.get("status", "ok"),
                       check_lines=lines[2 + n:2 + n + n_checks])
        except (ValueError, KeyError, IndexError, TypeError):
            return None


@dataclass
class StoredEntry:
    """A cache entry on disk, checked whole by ``Cache.stream``; its records are read as they are copied."""
    path: Path
    key: str
    doc_line: str
    n_records: int
    has_text: bool
    body: int                  # byte offset of the first record line
    doc_id: str = ""
    status: str = "ok"
    n_checks: int = 0

    def record_lines(self):
        with open(self.path, encoding="utf-8", newline="\n") as fh:
            fh.seek(self.body)
            for _ in range(self.n_records):
                yield fh.readline()[:-1]

    def check_lines(self):
        """The document's checks.jsonl rows (after its records)."""
        if not self.n_checks:
            return
        with open(self.path, encoding="utf-8", newline="\n") as fh:
            fh.seek(self.body)
            for _ in range(self.n_records):
                fh.readline()
            for _ in range(self.n_checks):
                yield fh.readline()[:-1]

    def text(self) -> str | None:
        if not self.has_text:
            return None
        with open(self.path, encoding="utf-8", newline="\n") as fh:
            fh.seek(self.body)
            for _ in range(self.n_records + self.n_checks):
                fh.readline()
            return json.loads(fh.readline())


_TEMP_NUMBERS = itertools.count()


class Cache:
    """Per-document result files under ``OUT/cache/``."""

    def __init__(self, out: Path):
        self.root = Path(out) / CACHE_DIR
        self._made: set[Path] = set()            # sub-folders known to exist

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.jsonl"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> Entry | None:
        try:
            raw = self.path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        entry = Entry.parse(raw)
        return entry if entry is not None and entry.key == key else None

    def put(self, entry: Entry) -> None:
        """Write an entry atomically (temp file + rename in the same folder, no fsync: see the module
        docstring). Plain os calls: one entry per document makes this the batch's commonest write."""
        path = self.path(entry.key)
        folder = path.parent
        if folder not in self._made:
            folder.mkdir(parents=True, exist_ok=True)
            self._made.add(folder)
        tmp = folder / f".{entry.key[:12]}.{os.getpid()}.{next(_TEMP_NUMBERS)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)   # the umask applies, as for outputs
        try:
            with open(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:   # streamed, never joined
                for chunk in entry.chunks():
                    fh.write(chunk)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        os.replace(tmp, path)

    def stream(self, key: str) -> "StoredEntry | None":
        """An entry read lazily (its record lines are streamed from the file when asked for), after checking
        that it is whole: the line count its head promises, in constant memory."""
        path = self.path(key)
        try:
            with open(path, "rb") as fh:
                head = json.loads(fh.readline())
                doc_line = fh.readline()
                json.loads(doc_line)
                body = fh.tell()
                n = int(head["n_records"])
                expect = n + int(head.get("n_checks", 0)) + (1 if head.get("has_text") else 0)
                count, last = 0, b"\n"
                while block := fh.read(1 << 20):
                    count += block.count(b"\n")
                    last = block[-1:]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if head.get("format") != ENTRY_FORMAT or head.get("key") != key or count != expect or last != b"\n" \
                or not doc_line.endswith(b"\n"):
            return None
        return StoredEntry(path, key, doc_line[:-1].decode("utf-8"), n, bool(head.get("has_text")), body,
                           head.get("doc_id", ""), head.get("status", "ok"), int(head.get("n_checks", 0)))

    def gc(self, keep: set[str]) -> int:
        """Delete entries (and stray temp files) not in ``keep``; return how many files went."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for sub in self.root.iterdir():
            if not sub.is_dir():
                continue
            for f in sub.iterdir():
                name = f.name
                if name.endswith(".jsonl") and name[:-6] in keep:
                    continue
                try:
                    f.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
