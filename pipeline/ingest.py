"""Stage 1, ingest: bytes on disk -> one normalised ``Document`` per input file.

Ingest decides once how a file is decoded and what its plain text is; every
later stage addresses that text by offsets and never re-reads or re-normalises
it (Sparv's rule). It also finds the metadata a reviewer needs (title,
publication date) and marks page furniture (share bars, datelines, contact
blocks) so that later stages skip it instead of reading phone numbers as
figures. Bad input never raises out of here: it becomes a status and a message.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from . import lexicon

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 200 * 1024 * 1024
HEADER_LINES = 12   # datelines are looked for among the first non-empty lines


@dataclass
class Document:
    doc_id: str
    path: str
    sha256: str | None = None
    status: str = "ok"               # ok | skipped | error
    error: str | None = None
    encoding: str | None = None
    format: str = "txt"
    text: str = ""
    title: str | None = None
    published: str | None = None
    published_source: str | None = None   # dateline | sidecar | option
    furniture: list = field(default_factory=list)   # [start, end, reason]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Document":
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__ if k in d})


# --- decoding -----------------------------------------------------------------

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise ValueError with a reader-friendly reason.

    Order: BOMs, then strict UTF-8, then cp1252 for legacy Swedish files. A file
    that is mostly UTF-8 but has broken sequences is refused rather than turned
    into mojibake by the legacy fallback.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("[E102] binary file (NUL bytes and no UTF-16 byte-order mark)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if len(_UTF8_MULTIBYTE.findall(data)) >= 3:
            raise ValueError(f"[E103] undecodable bytes: looks like UTF-8 but byte {exc.start} is invalid ({exc.reason})") from None
    if any(b in _CP1252_UNDEFINED for b in data):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "cp1252"


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def looks_binary(text: str) -> bool:
    """True when control characters make up more than 1% of the text."""
    if not text:
        return False
    controls = len(_CONTROL.findall(text))
    return controls > max(2, len(text) // 100)


# --- HTML -----------------------------------------------------------------------

class _TextExtractor(HTMLParser):
    """Plain text of an HTML page: scripts, styles and head dropped, blocks on their own lines."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
             "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "main", "nav", "aside"}
    CELL = {"td", "th"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.heading: list[str] = []       # the first h1 (else h2): the title when <title> is missing
        self.in_heading = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in ("h1", "h2") and not self.heading and self.in_heading is None:
            self.in_heading = tag
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.CELL and self.parts and self.parts[-1] and not self.parts[-1][-1].isspace():
            self.parts.append("\t")       # '<td>2021</td><td>71</td>' must not read as '202171'
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag not in ("br", "li") else "\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == self.in_heading:
            self.in_heading = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag != "li" else "\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.in_heading:
            self.heading.append(data)
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Plain text and <title> of an HTML document; runs of blank lines are folded."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.heading).split()) or None
    return text, title


# --- metadata ----------------------------------------------------------------------

_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\t": " "})
_ODD_SPACE = re.compile("[\xa0\u202f\u2009\t]")


def _line_spans(text: str):
    """(start, end, body) per line; NBSP and thin spaces read as spaces (same length, offsets kept)."""
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _ODD_SPACE.search(body):          # translate() is slow per character; most lines need none
            body = body.translate(_SPACES)
        yield start, start + len(body), body
        start += len(line)


@lru_cache(maxsize=1)
def _furniture_res():
    """The furniture line patterns as one alternation (one fullmatch per line instead of one per pattern)."""
    furn = lexicon.load().furniture
    line_re = re.compile("|".join(f"(?:{p})" for p in furn["line_patterns"]), re.I)
    return line_re, re.compile(furn["phone_line"]), {s.lower() for s in furn["block_starts"]}


def find_furniture(text: str) -> list[list]:
    """[start, end, reason] spans of page furniture, whole lines, in text order."""
    line_re, phone_re, starts = _furniture_res()
    spans: list[list] = []
    lines = list(_line_spans(text))
    for i, (s, e, body) in enumerate(lines):
        stripped = body.strip()
        if not stripped:
            continue
        key = stripped.rstrip(":").strip().lower()
        if key in starts:
            spans.append([s, len(text), "contact block"])
            break
        if line_re.fullmatch(stripped):
            spans.append([s, e, "page furniture"])
        elif phone_re.match(stripped):
            spans.append([s, e, "contact line"])
    return spans


_DATELINE_EN = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})(?:,? (\d{1,2})[:.](\d{2}))?(?: ([A-Z]{3,4}))?")
_DATELINE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2})[:.](\d{2}))?")
_DATELINE_SV = re.compile(r"\b(\d{1,2}) ([a-zåäö]{3,9})\.? (\d{4})(?:,? (?:kl\.? )?(\d{1,2})[:.](\d{2}))?", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")


def find_published(text: str, furniture: list) -> str | None:
    """Publication date from a dateline in the header lines, as ISO 8601 (with time and offset when given)."""
    lex = lexicon.load()
    t = lex.time
    months_en, months_sv, zones = t["months_en"], t["months"], t["timezones"]
    header = []
    for s, e, body in _line_spans(text):
        if body.strip():
            header.append(body)
        if len(header) >= HEADER_LINES:
            break
    en, iso, sv = _DATELINE_EN, _DATELINE_ISO, _DATELINE_SV
    for line in header:
        if not _FOUR_DIGITS.search(line):       # every dateline form has a four-digit year
            continue
        for m in en.finditer(line):
            month = months_en.get(m.group(1).lower())
            if month:
                return _iso(int(m.group(3)), month, int(m.group(2)), m.group(4), m.group(5), zones.get(m.group(6) or ""))
        for m in iso.finditer(line):
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5), None)
        for m in sv.finditer(line):
            month = months_sv.get(m.group(2).lower())
            if month:
                return _iso(int(m.group(3)), month, int(m.group(1)), m.group(4), m.group(5), None)
    return None


def _iso(y: int, mo: int, d: int, hh, mm, offset) -> str | None:
    try:
        day = date(y, mo, d).isoformat()
    except ValueError:
        return None
    if hh is None:
        return day
    return f"{day}T{int(hh):02d}:{int(mm):02d}:00{offset or ''}"


def find_title(text: str, furniture: list) -> str | None:
    """The first non-empty line outside the furniture, trimmed to 200 characters."""
    for s, e, body in _line_spans(text):
        if body.strip() and not any(fs <= s < fe for fs, fe, _ in furniture):
            return body.strip()[:200]
    return None


# --- the stage ------------------------------------------------------------------

def display_path(path: Path) -> str:
    """The path as shown in the output: relative to the working folder when inside it."""
    try:
        cwd = os.getcwd()
    except OSError:
        return path.as_posix()
    return _display_path(str(path), cwd)


@lru_cache(maxsize=4096)
def _display_path(path: str, cwd: str) -> str:
    """Cached: a batch asks for each input's display path several times, and resolving walks the path."""
    try:
        real, base = os.path.realpath(path), _real_cwd(cwd)
        return Path(os.path.relpath(real, base)).as_posix() if real == base or real.startswith(base.rstrip("/") + "/") \
            else Path(path).as_posix()
    except (ValueError, OSError, RuntimeError):
        return Path(path).as_posix()


@lru_cache(maxsize=8)
def _real_cwd(cwd: str) -> str:
    return os.path.realpath(cwd)


def doc_id_for(path: Path, root: Path | None) -> str:
    """Path relative to the folder given, without extension, '/'-separated (contract)."""
    try:
        rel = path.relative_to(root) if root else Path(path.name)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def ingest_bytes(data: bytes, doc_id: str, path: str, published: str | None = None,
                 meta: dict | None = None) -> Document:
    """Pure core of the stage: raw bytes -> Document (never raises for bad input)."""
    doc = Document(doc_id=doc_id, path=path, sha256=hashlib.sha256(data).hexdigest())
    doc.format = "html" if path.lower().endswith((".html", ".htm")) else ("md" if path.lower().endswith(".md") else "txt")
    if not data.strip():
        doc.status, doc.error = "skipped", "[E101] empty file"
        return doc
    try:
        text, doc.encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as exc:
        doc.status, doc.error = "error", str(exc)
        return doc
    if looks_binary(text):
        doc.status, doc.error = "error", "[E102] binary file (too many control characters)"
        return doc
    html_title = None
    if doc.format == "html":
        text, html_title = html_to_text(text)
    if not text.strip():
        doc.status, doc.error = "skipped", "[E101] no text (empty after decoding)"
        return doc
    doc.text = text
    doc.furniture = find_furniture(text)
    doc.title = (meta or {}).get("title") or html_title or find_title(text, doc.furniture)
    if (meta or {}).get("published"):
        doc.published, doc.published_source = str(meta["published"]), "sidecar"
    elif (found := find_published(text, doc.furniture)):
        doc.published, doc.published_source = found, "dateline"
    elif published:
        doc.published, doc.published_source = published, "option"
    return doc


def read_sidecar(path: Path) -> dict | None:
    """Optional metadata next to the input: 'NAME.meta.json' with 'published' and/or 'title'."""
    side = path.with_name(path.name + ".meta.json")
    if not side.is_file():
        side = path.with_suffix(".meta.json")
    if side.is_file():
        try:
            data = json.loads(side.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None
    return None


def ingest_path(path: Path, root: Path | None, published: str | None = None, display_path: str | None = None) -> Document:
    """I/O edge: read one file from disk; unreadable files become an error status."""
    doc_id = doc_id_for(path, root)
    shown = display_path or str(path)
    if path.is_dir():
        return Document(doc_id=doc_id, path=shown, status="error", error="[E104] is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Document(doc_id=doc_id, path=shown, status="skipped",
                            error=f"[E105] file too large ({size} bytes > {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id=doc_id, path=shown, status="error", error=f"[E100] cannot read file: {exc.strerror or exc}")
    return ingest_bytes(data, doc_id, shown, published=published, meta=read_sidecar(path))


def discover(inputs: list[str]) -> list[tuple[Path, Path | None]]:
    """Expand files and folders (recursively, known suffixes) into (path, root) pairs in a stable order.

    Symlink loops are not followed twice; an input that does not exist is
    returned as-is so that it gets an error status instead of vanishing.
    """
    found: list[tuple[Path, Path | None]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            seen_dirs: set = set()
            for sub in _walk(p, seen_dirs):
                found.append((sub, p))
        else:
            found.append((p, None))
    return found


def _walk(folder: Path, seen: set):
    try:
        real = folder.resolve()
    except (OSError, RuntimeError):
        return
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda q: q.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                if entry.suffix.lower() in SUFFIXES:
                    yield entry          # a directory named like a file: reported, not read
                else:
                    yield from _walk(entry, seen)
            elif entry.suffix.lower() in SUFFIXES and not entry.name.endswith(".meta.json"):
                yield entry
            elif entry.is_symlink() and not entry.exists() and entry.suffix.lower() in SUFFIXES:
                yield entry
        except OSError:
            continue
