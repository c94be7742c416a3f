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
import stat as statmod
import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from pipeline import lexicon
from pipeline.extraction.firstchars import needed_strings, starts_bounded, with_first_chars
from pipeline.lexicon import Lexicon

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 200 * 1024 * 1024
HEADER_LINES = 12   # datelines are looked for among the first non-empty lines
DATELINE_MAX_WORDS = 12   # ... in short lines ('Stockholm den 3 oktober 2025', 'Ängsholms kommun, 25 november 2025')
DATELINE_LEAD_WORDS = 4   # ... after at most a place, 'den', a weekday or a byline word
ROOT_MIN_CHARS = 40  # a <main>/<article> with less text than this is an app shell, not the content root


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
    published_source: str | None = None   # sidecar | html_meta | dateline | html_time | option
    publisher: str | None = None     # who sends it: sidecar 'publisher', HTML og:site_name, JSON-LD publisher/WebSite, <title> suffix
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

_NAME_PARTS = re.compile(r"[-_]")   # 'related-news' -> 'related', 'news'


@dataclass(frozen=True, eq=False)
class IngestWords:
    """What ingest reads from the lexicon (furniture.json, time.json), compiled once per lexicon
    (``ingest_words``, through ``Lexicon.derived``): the page-chrome words of HTML, the meta and JSON-LD keys of
    titles, dates and publishers, the publication cues, the furniture line patterns and the dateline months."""
    chrome_tags: frozenset
    chrome_roles: frozenset
    chrome_words: frozenset
    chrome_substrings: tuple
    html: dict                        # furniture.json 'html': title_meta, date_meta, ld_*_keys, publisher_meta
    ld_keys: frozenset                # JSON-LD keys of a publication date or a headline
    published_cue_re: re.Pattern      # 'Publicerad', 'Uppdaterad'
    published_cues: tuple             # the same in lower case: a line holding none of them needs no cue search
    line_re: re.Pattern               # furniture lines, one alternation
    line_quick: re.Pattern            # the patterns whose first characters are known, one alternation, and ...
    line_slow: tuple                  # ... (strings one of which a line it takes holds, pattern) for the others
    phone_re: re.Pattern
    block_starts: frozenset           # 'Kontakt', 'Om oss': a contact block's heading
    contact_re: re.Pattern
    contact_line_max_words: int
    contact_line_longest_words: int
    months_en: dict
    months_sv: dict
    timezones: dict
    period_leads: frozenset           # 'från', 'sedan': a date after one names a period, not the day of the text
    date_articles: frozenset = frozenset()   # 'den' before a day (time.json pattern_words date_article)


def _line_patterns(patterns: list) -> dict:
    """``line_quick`` and ``line_slow`` (``_is_furniture_line``): a pattern that may start anywhere ('.*…', '.{0,120}…')
    and names a few strings its lines must hold (four at most, none a space: more cost more to test than the
    pattern) is tried alone, after an ``in`` test for them; the rest stay one alternation."""
    slow = [(needed_strings(p, re.I), p) for p in patterns if not starts_bounded(p, re.I)]
    slow = [(needs, p) for needs, p in slow if needs and len(needs) <= 4 and not any(n.isspace() for n in needs)]
    quick = [p for p in patterns if p not in {p for _, p in slow}]
    return {"line_quick": re.compile("|".join(f"(?:{p})" for p in quick) or "(?!)", re.I),
            "line_slow": tuple((needs, re.compile(p, re.I)) for needs, p in slow)}


def ingest_words(lex: Lexicon) -> IngestWords:
    """The builder of ``IngestWords`` for ``Lexicon.derived``."""
    furn, h, t = lex.furniture, lex.furniture["html"], lex.time
    cues = lexicon.alternation(furn["published_cues"])
    return IngestWords(
        chrome_tags=frozenset(h["chrome_tags"]), chrome_roles=frozenset(h["chrome_roles"]),
        chrome_words=frozenset(h["chrome_words"]), chrome_substrings=tuple(h["chrome_substrings"]), html=h,
        ld_keys=frozenset(h["ld_date_keys"]) | frozenset(h["ld_title_keys"]),
        published_cue_re=re.compile(r"(?<![\wåäö])(?:" + cues + r")(?![\wåäö])", re.I),
        line_re=re.compile("|".join(f"(?:{p})" for p in furn["line_patterns"]), re.I),
        **_line_patterns(furn["line_patterns"]),
        phone_re=re.compile(furn["phone_line"]), block_starts=frozenset(s.lower() for s in furn["block_starts"]),
        contact_re=re.compile("|".join(f"(?:{p})" for p in furn["contact_line_patterns"])),
        contact_line_max_words=furn["contact_line_max_words"], contact_line_longest_words=furn["contact_line_longest_words"],
        months_en=t["months_en"], months_sv=t["months"], timezones=t["timezones"],
        published_cues=tuple(c.lower() for c in furn["published_cues"]),
        period_leads=frozenset(furn["dateline_not_after"]),
        date_articles=frozenset(t["pattern_words"]["date_article"]))


def _words(lex: Lexicon | None) -> IngestWords:
    return (lex or lexicon.load()).derived(ingest_words)


class _TextExtractor(HTMLParser):
    """Plain text of an HTML page: scripts, styles and head dropped, blocks on their own lines."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
             "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "main", "nav", "aside"}
    CELL = {"td", "th"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}

    def __init__(self, words: IngestWords | None = None):
        super().__init__(convert_charrefs=True)
        self.W = words or _words(None)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.heading: list[str] = []       # the first h1 (else h2): the title when <title> is missing
        self.in_heading = None
        # page chrome: per part (chrome, in <main>, in <article>); regions are [tag, open count at start, kind]
        self.flags: list[tuple[bool, bool, bool]] = []
        self.regions: list[list] = []
        self.open: dict[str, int] = {}
        self.chrome = self.main = self.article = 0
        self.seen_main = self.seen_article = False
        self.svg = 0
        self.meta: dict[str, str] = {}     # <meta> property/name/itemprop (lower-cased) -> content
        self.ld: list[str] | None = None   # text of the JSON-LD script being read
        self.ld_blocks: list[str] = []
        self.times: list[tuple] = []      # (<time datetime>, a publication cue just before it, in <main>, in <article>)
        self.recent = ""                    # the text of the current block so far (for the cue)
        self.h1: list[str] = []             # the first <h1> outside chrome, and whether <main>/<article> holds it
        self.in_h1 = self.h1_in_root = False

    def _region_kind(self, tag, attrs):
        W = self.W
        tags, roles, words, subs = W.chrome_tags, W.chrome_roles, W.chrome_words, W.chrome_substrings
        a = {k: (v or "") for k, v in attrs}
        if tag == "main" or a.get("role") == "main":
            return "main"
        if tag == "article":
            return "article"
        if tag in tags and (tag != "header" or not (self.main or self.article)):
            return "chrome"
        if a.get("role", "").lower() in roles:
            return "chrome"
        names = f"{a.get('class', '')} {a.get('id', '')}".lower()
        if names.strip() and tag not in ("html", "body"):
            for name in names.split():
                if name in words or any(w in words for w in _NAME_PARTS.split(name)) or any(sub in name for sub in subs):
                    return "chrome by name"
        return None

    def _content_starts(self):
        """<main> or the page's first <h1> opens inside regions that are chrome only by a class or id word: those were
        wrappers ('layout-with-sidebar', 'contact-page'), not chrome, from here on."""
        for region in self.regions:
            if region[2] == "chrome by name":
                region[2] = None
                self.chrome -= 1

    def _append(self, text):
        self.parts.append(text)
        if self.in_h1:                      # the page's headline is content even outside <main>/<article>
            self.flags.append((False, True, True))
        else:
            self.flags.append((self.chrome > 0, self.main > 0, self.article > 0))

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svg += 1
        if tag == "title" and not self.svg:
            self.in_title = True
        if tag in ("h1", "h2") and not self.heading and self.in_heading is None:
            self.in_heading = tag
        if tag == "meta":
            a = {k: (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "script" and any(k == "type" and (v or "").lower() == "application/ld+json" for k, v in attrs):
            self.ld = []
        elif tag == "time" and not self.chrome and not self.skip:
            stamp = dict(attrs).get("datetime")
            if stamp:
                self.times.append((stamp, bool(self.W.published_cue_re.search(self.recent[-60:])), self.main > 0, self.article > 0))
        if tag not in self.VOID:
            self.open[tag] = self.open.get(tag, 0) + 1
            kind = self._region_kind(tag, attrs)
            if kind == "main" or (tag == "h1" and not self.h1):
                self._content_starts()
            if kind:
                self.regions.append([tag, self.open[tag], kind])
                if kind in ("chrome", "chrome by name"):
                    self.chrome += 1
                elif kind == "main":
                    self.main += 1
                    self.seen_main = True
                elif not self.chrome:
                    self.article += 1
                    self.seen_article = True
                else:
                    self.regions[-1][2] = None       # an <article> teaser inside chrome stays chrome
        if tag == "h1" and not self.h1 and not self.chrome:
            self.in_h1, self.h1_in_root = True, bool(self.main or self.article)
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.CELL and self.parts and self.parts[-1] and not self.parts[-1][-1].isspace():
            self._append("\t")       # '<td>2021</td><td>71</td>' must not read as '202171'
        elif tag in self.BLOCK:
            self.recent = ""
            self._append("\n\n" if tag not in ("br", "li") else "\n")
            if tag == "li":
                self._append("• ")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == self.in_heading:
            self.in_heading = False
        if tag == "h1":
            self.in_h1 = False
        if tag == "script" and self.ld is not None:
            self.ld_blocks.append("".join(self.ld))
            self.ld = None
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.recent = ""
            self._append("\n\n" if tag != "li" else "\n")
        if tag == "svg":
            self.svg = max(0, self.svg - 1)
        if tag not in self.VOID and self.open.get(tag):
            self.open[tag] -= 1
            for i, (rtag, count, _) in enumerate(self.regions):
                if rtag == tag and count > self.open[tag]:      # closes it and whatever was left open inside
                    for _, _, kind in self.regions[i:]:
                        self.chrome -= kind in ("chrome", "chrome by name")
                        self.main -= kind == "main"
                        self.article -= kind == "article"
                    del self.regions[i:]
                    break

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.in_heading:
            self.heading.append(data)
        if self.in_h1:
            self.h1.append(data)
        if self.ld is not None:
            self.ld.append(data)
        if not self.skip:
            self._append(data)
            self.recent = (self.recent + data)[-200:]


def html_to_text(html: str, lex: Lexicon | None = None) -> tuple[str, str | None]:
    """Plain text and <title> of an HTML document; runs of blank lines are folded."""
    page = html_page(html, lex)
    return page["text"], page["title"]


_TRAILING_SPACE = re.compile(r"[ \t\r\f\v]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def _sub_mapped(rx, repl: str, text: str, positions: list[int]) -> tuple[str, list[int]]:
    """rx.sub(repl, text), and where each position of the old text lands in the new one."""
    out, edits, last, shift = [], [], 0, 0
    for m in rx.finditer(text):
        out += [text[last:m.start()], repl]
        edits.append((m.start(), m.end(), m.start() + shift))
        shift += len(repl) - (m.end() - m.start())
        last = m.end()
    out.append(text[last:])
    starts = [e[0] for e in edits]

    def move(p):
        i = bisect_right(starts, p) - 1
        if i < 0:
            return p
        s, e, ns = edits[i]
        return ns + min(p - s, len(repl)) if p < e else p - e + ns + len(repl)
    return "".join(out), [move(p) for p in positions]


def html_page(html: str, lex: Lexicon | None = None) -> dict:
    """Text, title, publication date and chrome spans of an HTML page.

    The text is the same as ever (chrome is kept so that offsets and the reviewer's view stay put); the text of
    menus, cookie dialogs, teasers, footers and the like (``furniture.json`` 'html'), and everything outside
    <main> (else outside the page's <article>s) when the page has one, is returned as 'chrome' spans."""
    return _html_page(html, _words(lex))


def _html_page(html: str, W: IngestWords) -> dict:
    parser = _TextExtractor(W)
    parser.feed(html)
    parser.close()
    root = 1 if parser.seen_main else (2 if parser.seen_article else None)
    if root and sum(len(p.strip()) for p, (c, m, a) in zip(parser.parts, parser.flags)
                    if not c and (m if root == 1 else a)) < ROOT_MIN_CHARS:
        root = 2 if root == 1 and parser.seen_article else None   # an empty <main id="app">: fall back
        if root == 2 and sum(len(p.strip()) for p, (c, m, a) in zip(parser.parts, parser.flags) if not c and a) < ROOT_MIN_CHARS:
            root = None
    ranges, raw, pos, cur = [], [], 0, None
    for part, (chrome, in_main, in_article) in zip(parser.parts, parser.flags):
        end = pos + len(part)
        if chrome or (root == 1 and not in_main) or (root == 2 and not in_article):
            if part.strip() and cur is None:
                cur = [pos, end]
                ranges.append(cur)
            elif part.strip():
                cur[1] = end
        elif part.strip():
            cur = None
        raw.append(part)
        pos = end
    text = "".join(raw)
    flat = [p for r in ranges for p in r]
    text, flat = _sub_mapped(_TRAILING_SPACE, "\n", text, flat)
    text, flat = _sub_mapped(_BLANK_LINES, "\n\n", text, flat)
    lead = len(text) - len(text.lstrip("\n"))
    text = text.strip("\n") + "\n"
    flat = [min(max(0, p - lead), len(text)) for p in flat]
    spans = _chrome_lines(text, list(zip(flat[::2], flat[1::2])))
    words = lambda parts: " ".join("".join(parts).split())
    h = W.html
    ld = _json_ld(parser.ld_blocks, W)
    h1 = words(parser.h1)      # the headline; a <title> that holds it only adds the site's name
    title = (next((parser.meta[k] for k in h["title_meta"] if parser.meta.get(k)), None)
             or next((" ".join(str(ld[k]).split()) for k in h["ld_title_keys"] if isinstance(ld.get(k), str) and ld[k].strip()), None)
             or (h1 if h1 and (parser.h1_in_root or h1.casefold() in words(parser.title).casefold()) else None)
             or words(parser.title) or words(parser.heading) or None)
    published = (next((d for k in h["date_meta"] if (d := _iso_stamp(parser.meta.get(k, "")))), None)
                 or next((d for k in h["ld_date_keys"] if isinstance(ld.get(k), str) and (d := _iso_stamp(ld[k]))), None))
    stamps = sorted((t for t in parser.times if (root != 1 or t[2]) and (root != 2 or t[3])), key=lambda t: not t[1])
    time_published = next((d for stamp, *_ in stamps if (d := _iso_stamp(stamp))), None)
    return {"text": text, "title": title, "chrome": spans, "published": published, "time_published": time_published,
            "publisher": _publisher(parser, h1, W)}


def _publisher(parser, h1: str, W: IngestWords) -> str | None:
    """The site that publishes a page (speaker of its first-person statements): ``furniture.json`` html
    'publisher_meta' keys, then a JSON-LD publisher or WebSite name, then the part of <title> beside the headline
    ('Mål och budget - Lövsta kommun')."""
    h = W.html
    found = next((parser.meta[k] for k in h.get("publisher_meta", ()) if parser.meta.get(k)), None)
    if found:
        return " ".join(found.split())
    for block in parser.ld_blocks:
        try:
            todo = [json.loads(block)]
        except ValueError:
            continue
        while todo:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                pub = item.get("publisher")
                if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
                    return " ".join(pub["name"].split())
                if item.get("@type") in ("WebSite", "Organization", "NewsMediaOrganization") \
                        and isinstance(item.get("name"), str) and item["name"].strip():
                    return " ".join(item["name"].split())
                todo.extend(v for v in item.values() if isinstance(v, (list, dict)))
    title = " ".join("".join(parser.title).split())
    for sep in (" | ", " - ", " – ", " — "):
        if sep in title:
            head, tail = title.split(sep, 1)[0], title.rsplit(sep, 1)[-1]
            if tail and tail != title and (not h1 or h1.casefold() not in tail.casefold()) and len(tail.split()) <= 5:
                return tail
    return None


def _chrome_lines(text: str, ranges: list[tuple[int, int]]) -> list[list]:
    """[start, end, 'page chrome'] for the lines whose text lies inside one chrome range (consecutive lines merged)."""
    if not ranges:
        return []
    starts = [r[0] for r in ranges]
    spans: list[list] = []
    for s, e, body in _line_spans(text):
        if not body.strip():
            continue
        cs = s + len(body) - len(body.lstrip())
        ce = s + len(body.rstrip())
        i = bisect_right(starts, cs) - 1
        if i >= 0 and ranges[i][1] >= ce:
            if spans and not text[spans[-1][1]:s].strip():
                spans[-1][1] = e
            else:
                spans.append([s, e, "page chrome"])
    return spans


def _in_spans(spans: list, pos: int) -> bool:
    """pos inside one of the sorted, non-overlapping [start, end, ...] spans (chrome spans are)."""
    i = bisect_right(spans, pos, key=lambda sp: sp[0]) - 1
    return i >= 0 and pos < spans[i][1]


def _json_ld(blocks: list[str], W: IngestWords) -> dict:
    """The first JSON-LD object with a publication date or headline, searched through lists and '@graph'."""
    keys = W.ld_keys
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        todo = [data]
        while todo:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                if keys & set(item):
                    return item
                todo.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, list))
    return {}


_STAMP = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")


def _iso_stamp(value: str) -> str | None:
    """'2023-10-02T10:15:00+02:00', '2023-08-28T06:00:00Z', '2024-01-18' -> ISO 8601 as the datelines give it."""
    m = _STAMP.match(value or "")
    if not m:
        return None
    zone = m.group(6)
    if zone:
        zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5), zone)


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


_DIGIT = re.compile(r"\d")


def is_contact_line(line: str, lex: Lexicon | None = None) -> bool:
    """A line of contact data: a phone number, an e-mail or web address, a postal address (``furniture.json``
    contact_line_patterns), or a short line without digits (a name with a role). Prose is not, even if it
    names a telephone: a line longer than contact_line_longest_words words never is."""
    return _is_contact_line(line, _words(lex))


def _is_contact_line(line: str, W: IngestWords) -> bool:
    words = len(line.split())
    if words > W.contact_line_longest_words:
        return False
    if W.phone_re.match(line) or W.contact_re.search(line):
        return True
    return words <= W.contact_line_max_words and not _DIGIT.search(line)


def find_furniture(text: str, chrome: list | None = None, lex: Lexicon | None = None) -> list[list]:
    """[start, end, reason] spans of page furniture, whole lines, in text order; lines in ``chrome`` (HTML page
    chrome, already furniture) never start a contact block: 'Kontakt' in a menu is no contact block.

    A contact block is a heading ('Kontakt', 'Om oss', 'För mer information', ``block_starts``) and the
    contact lines right after it (``is_contact_line``, blank lines between them allowed); it ends at the
    first line that is not contact data, so prose with figures after the heading is read as ever (issue 11:
    a heading used to hide everything after it)."""
    return _find_furniture(text, chrome, _words(lex))


def _find_furniture(text: str, chrome: list | None, W: IngestWords) -> list[list]:
    phone_re, starts = W.phone_re, W.block_starts
    spans: list[list] = []
    in_block = False
    for s, e, body in _line_spans(text):
        stripped = body.strip()
        if not stripped:
            continue
        if chrome and _in_spans(chrome, s):
            in_block = False
            continue
        key = stripped.rstrip(":").strip().lower()
        if key in starts:
            spans.append([s, e, "contact block"])
            in_block = True
            continue
        if in_block and _is_contact_line(stripped, W):
            spans[-1][1] = e             # the block's span grows over its lines (and the blank lines between)
            continue
        in_block = False
        if _is_furniture_line(stripped, W):
            spans.append([s, e, "page furniture"])
        elif phone_re.match(stripped):
            spans.append([s, e, "contact line"])
    if in_block:
        spans[-1][1] = len(text)         # a block at the foot takes the document's last line break with it
    return spans


def _is_furniture_line(line: str, W: IngestWords) -> bool:
    """Whether ``W.line_re`` takes the whole line: a pattern is tried only on a line holding one of the strings
    its matches hold (speed: most lines are prose, and a pattern such as '.*\b(cookies?|kakor)\b.*' backtracks
    over all of it; the answer is the same)."""
    if W.line_quick.fullmatch(line):
        return True
    low = line.lower()
    return any(any(n in low for n in needs) and rx.fullmatch(line) for needs, rx in W.line_slow)


def furniture_chars(furniture: list) -> dict:
    """Characters ingest marked as furniture, in all and per reason (documents.jsonl, for the reviewer)."""
    by_reason: dict[str, int] = {}
    for s, e, reason in furniture:
        by_reason[reason] = by_reason.get(reason, 0) + (e - s)
    return by_reason


_DATELINE_EN = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})(?:,? (\d{1,2})[:.](\d{2}))?(?: ([A-Z]{3,4}))?")
_DATELINE_ISO = with_first_chars(r"\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2})[:.](\d{2}))?")          # led: faster
_DATELINE_SV = with_first_chars(r"\b(\d{1,2}) ([a-zåäö]{3,9})\.? (\d{4})(?:,? (?:kl\.? )?(\d{1,2})[:.](\d{2}))?", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")


def find_published(text: str, furniture: list, lex: Lexicon | None = None) -> str | None:
    """Publication date from a dateline in the header lines, as ISO 8601 (with time and offset when given)."""
    return _find_published(text, furniture, _words(lex))


CLOSING_LINES = 6     # a signing dateline stands among a report's last lines (above the contact and the org number)


def _find_published(text: str, furniture: list, W: IngestWords) -> str | None:
    months_en, months_sv, zones = W.months_en, W.months_sv, W.timezones
    chrome = [sp for sp in furniture if sp[2] == "page chrome"]
    header, counted = [], 0
    for s, e, body in _line_spans(text):
        if body.strip():
            header.append(body)
            counted += not _in_spans(chrome, s)                       # page chrome does not use up the header lines
        if counted >= HEADER_LINES:
            break
    cue = W.published_cue_re
    cued = [line[m.start():] for line in header if _may_cue(line, W) and (m := cue.search(line))]
    header = cued + header                      # 'Publicerad ...' first, from the cue on
    en, iso, sv = _DATELINE_EN, _DATELINE_ISO, _DATELINE_SV
    for k, line in enumerate(header):
        if not _FOUR_DIGITS.search(line):       # every dateline form has a four-digit year
            continue
        ok = (lambda m: True) if k < len(cued) else (lambda m, line=line: _dateline_at(line, m, W.period_leads))
        # the English form needs ', ' before its year, the ISO one '-': a line without them is not searched for them
        for m in (en.finditer(line) if ", " in line else ()):
            month = months_en.get(m.group(1).lower()) or months_sv.get(m.group(1).lower())
            if month and ok(m):
                return _iso(int(m.group(3)), month, int(m.group(2)), m.group(4), m.group(5), zones.get(m.group(6) or ""))
        for m in (iso.finditer(line) if "-" in line else ()):
            if ok(m):
                return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5), None)
        for m in sv.finditer(line):
            month = months_sv.get(m.group(2).lower())
            if month and ok(m):
                return _iso(int(m.group(3)), month, int(m.group(1)), m.group(4), m.group(5), None)
    return _closing_dateline(text, furniture, W)


def _closing_dateline(text: str, furniture: list, W: IngestWords) -> str | None:
    """A report signed at its end ('Västerås den 22 oktober 2026' over the board's or the CEO's name): a line of
    its own among the last lines, a dateline (``_dateline_at``) that ends the line after a place (capitalised words,
    then at most the date's article). Only when no dateline heads the text."""
    chrome = [sp for sp in furniture if sp[2] == "page chrome"]
    tail = [body.strip() for s, e, body in _line_spans(text) if body.strip() and not _in_spans(chrome, s)]
    for line in reversed(tail[-CLOSING_LINES:]):
        m = next((m for m in _DATELINE_SV.finditer(line) if m.end() == len(line)), None)
        month = W.months_sv.get(m.group(2).lower()) if m else None
        place = [w for w in line[:m.start()].split() if w.lower() not in W.date_articles] if m else []
        if month and place and all(w[:1].isupper() for w in place) and _dateline_at(line, m, W.period_leads):
            return _iso(int(m.group(3)), month, int(m.group(1)), m.group(4), m.group(5), None)
    return None


def _dateline_at(line: str, m, period_leads: frozenset = frozenset()) -> bool:
    """Whether a date in a line without a publication cue is a dateline: it stands among the line's first words
    ('Stockholm den 3 oktober 2025', 'KALVÖ 14 oktober 2025. Kalvö Hamn hanterade …'), in a short line or ending its
    first sentence, or after a separator ('… · Lantbruksstatistiken · 11 december 2025'), and starts no range
    ('Avtalsperiod: 1 april 2026–31 mars 2028' and 'Avtalet gäller från 1 april 2026 till …' name a period, not the
    day the text came out), nor follows a word that makes it a period ('Från den 1 januari 2027 höjs ...';
    furniture.json dateline_not_after)."""
    before, after = re.split(r"[·|•]", line[:m.start()])[-1], line[m.end():].lstrip()   # '… · Lantbruksstatistiken · 11 december 2025'
    lead = [w for w in before.lower().split() if w != "den"][-1:]
    if lead and lead[0] in period_leads:
        return False                            # 'Från den 1 januari 2027 höjs taxan ...': a period, furniture.json
    if len(before.split()) > DATELINE_LEAD_WORDS or after[:1] in ("–", "-", "—") or before.rstrip()[-1:] in ("–", "-", "—"):
        return False                            # either end of a range
    return len(line.split()) <= DATELINE_MAX_WORDS or after[:1] in (".", "|", "")


def _may_cue(line: str, W: IngestWords) -> bool:
    """Whether a line may hold a publication cue: one of them in its lower case (speed: most lines hold none,
    and a case-blind search with a look-behind at every character is slow)."""
    low = line.lower()
    return any(c in low for c in W.published_cues)


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
    if not rel.name:                     # the folder given itself (an unreadable one gets a row too)
        rel = Path(path.name or "_")
    return rel.with_suffix("").as_posix()


def ingest_bytes(data: bytes, doc_id: str, path: str, published: str | None = None,
                 meta: dict | None = None, lex: Lexicon | None = None) -> Document:
    """Pure core of the stage: raw bytes -> Document (never raises for bad input). ``lex``: the lexicon (None:
    the default one)."""
    W = _words(lex)
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
    html_title, page = None, {}
    if doc.format == "html":
        page = _html_page(text, W)
        text, html_title = page["text"], page["title"]
    if not text.strip():
        doc.status, doc.error = "skipped", "[E101] no text (empty after decoding)"
        return doc
    doc.text = text
    chrome = page.get("chrome") or []
    doc.furniture = sorted(_find_furniture(text, chrome, W) + chrome) if chrome else _find_furniture(text, None, W)
    doc.title = (meta or {}).get("title") or html_title or find_title(text, doc.furniture)
    doc.publisher = (meta or {}).get("publisher") or page.get("publisher")
    if (meta or {}).get("published"):
        doc.published, doc.published_source = str(meta["published"]), "sidecar"
    elif page.get("published"):
        doc.published, doc.published_source = page["published"], "html_meta"
    elif (found := _find_published(text, doc.furniture, W)):
        doc.published, doc.published_source = found, "dateline"
    elif page.get("time_published"):
        doc.published, doc.published_source = page["time_published"], "html_time"
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


def ingest_path(path: Path, root: Path | None, published: str | None = None, display_path: str | None = None,
                lex: Lexicon | None = None) -> Document:
    """I/O edge: read one file from disk; unreadable files become an error status."""
    doc_id = doc_id_for(path, root)
    shown = display_path or str(path)
    if path.is_dir():
        status, message = folder_problem(path)
        return Document(doc_id=doc_id, path=shown, status=status, error=message)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Document(doc_id=doc_id, path=shown, status="skipped",
                            error=f"[E105] file too large ({size} bytes > {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id=doc_id, path=shown, status="error", error=f"[E100] cannot read file: {exc.strerror or exc}")
    return ingest_bytes(data, doc_id, shown, published=published, meta=read_sidecar(path), lex=lex)


def folder_problem(path: Path) -> tuple[str, str]:
    """(status, message) for a folder that ``discover`` listed as an input of its own: one it cannot read, a
    symlink back to a folder it is inside (a loop), one already read through another path, or a folder
    named like a file. Listing it is what every row of documents.jsonl stands for: nothing vanishes."""
    try:
        os.listdir(path)
    except OSError as exc:
        return "skipped", f"[E107] cannot read folder: {exc.strerror or exc}"
    try:
        real, parent = os.path.realpath(path), os.path.realpath(path.parent)
    except (OSError, ValueError):
        real = parent = ""
    if real and (parent == real or parent.startswith(real.rstrip("/") + "/")):
        return "skipped", f"[E108] symlink loop: {path.as_posix()} points to a folder it is inside"
    if path.suffix.lower() in SUFFIXES:
        return "error", "[E104] is a directory, not a file"
    return "skipped", "[E109] folder already read through another path (symlink)"


def discover(inputs: list[str], warnings: list[str] | None = None) -> list[tuple[Path, Path | None]]:
    """Expand files and folders (recursively, known suffixes) into (path, root) pairs in a stable order.

    Every path named and every entry met gets a row or a warning (issue 11): an input that does not exist,
    a folder that cannot be read, a symlink loop or a folder reached twice is returned as an item of its
    own (ingest gives it a status); files with other suffixes are counted in ``warnings``. The same file
    named twice (or reached through two inputs) is read once (``warnings`` says so). Colliding doc_ids
    are told apart by ``unique_roots``.
    """
    found: list[tuple[Path, Path | None]] = []
    notes = warnings if warnings is not None else []
    ignored: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            seen_dirs: set = set()
            for sub in _walk(p, seen_dirs, ignored):
                found.append((sub, p))
        else:
            found.append((p, None))
    if ignored:
        shown = ", ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
        notes.append(f"{len(ignored)} file(s) ignored (not {' '.join(SUFFIXES)}): {shown}")
    out, first, again = [], {}, []
    for path, root in found:
        try:
            real = os.path.realpath(path) if not path.is_dir() else None
        except (OSError, ValueError):
            real = None
        if real is not None and os.path.exists(real):
            if real in first:
                again.append(f"{path} (= {first[real]})")
                continue
            first[real] = path
        out.append((path, root))
    if again:
        shown = ", ".join(again[:5]) + (f" and {len(again) - 5} more" if len(again) > 5 else "")
        notes.append(f"{len(again)} path(s) name a file already given, read once: {shown}")
    return unique_roots(out)


def unique_roots(items: list[tuple[Path, Path | None]]) -> list[tuple[Path, Path | None]]:
    """Make doc_ids unique within a run, deterministically. A doc_id follows the contract (the path relative
    to the folder given, without extension) unless two inputs share it ('dA/r.txt' and 'dB/r.txt' both
    give 'r'); then each of the colliding inputs takes its parent folders' names, one more at a time,
    until they differ ('dA/r', 'dB/r'). Only the colliding ones change, and their order does not matter."""
    items = list(items)
    for _ in range(256):
        ids: dict[str, list[int]] = {}
        for i, (path, root) in enumerate(items):
            ids.setdefault(doc_id_for(path, root), []).append(i)
        clashes = [i for group in ids.values() if len(group) > 1 for i in group]
        lifted = False
        for i in clashes:
            path, root = items[i]
            base = Path(os.path.abspath(root if root is not None else path.parent))
            if base.parent != base:
                items[i] = (Path(os.path.abspath(path)) if not path.is_absolute() else path, base.parent)
                lifted = True
        if not lifted:
            break
    return items


def _walk(folder: Path, seen: set, ignored: list | None = None):
    try:
        real = folder.resolve()
    except (OSError, RuntimeError):
        yield folder                     # ingest says why (a loop of symlinks, ...)
        return
    if real in seen:
        yield folder                     # a symlink loop or a folder reached twice: a row, never silence
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda q: q.name)
    except OSError:
        yield folder                     # unreadable: a 'skipped' row says so
        return
    for entry in entries:
        try:
            if entry.is_dir():
                if entry.suffix.lower() in SUFFIXES:
                    yield entry          # a directory named like a file: reported, not read
                else:
                    yield from _walk(entry, seen, ignored)
            elif entry.suffix.lower() in SUFFIXES and not entry.name.endswith(".meta.json"):
                yield entry
            elif entry.is_symlink() and not entry.exists() and entry.suffix.lower() in SUFFIXES:
                yield entry
            elif ignored is not None and not entry.name.endswith(".meta.json"):
                ignored.append(str(entry))
        except OSError:
            yield entry


def not_regular(path: Path) -> str | None:
    """An error message for inputs that must not be opened for reading (FIFOs, devices, sockets): they are
    refused without being opened, so they cannot hang a run."""
    try:
        st = os.stat(path)
    except OSError:
        return None          # ingest_path reports missing / dangling / looping paths itself
    if statmod.S_ISREG(st.st_mode) or statmod.S_ISDIR(st.st_mode):
        return None
    kind = "FIFO" if statmod.S_ISFIFO(st.st_mode) else "socket" if statmod.S_ISSOCK(st.st_mode) else "device"
    return f"[E106] not a regular file ({kind})"
