"""Stage 2, segment: a Document's text -> sentences, headings and bullet items with exact offsets.

Press releases are not running prose: they have headlines without full stops,
bullet lists, teaser lists repeated as section headings, and sentences glued
together by careless copy-paste ('Rosengård.Hälften av ...'). Each of those
becomes its own segment, every segment keeps offsets into the original text,
and each remembers the heading that governs it, because a list under
'Detta har hänt under vårt styre 2018 – 2022:' inherits that period.

The rule-based splitter is always available; a backend from ``pipeline.nlp``
may propose sentence boundaries inside paragraphs, but abbreviations from the
lexicon never end a sentence whoever proposes it.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from pipeline import lexicon
from pipeline.lexicon import Lexicon

BULLET_RE = re.compile(r"^[ \t\xa0]*([•*·▪●◦■□►‣⁃]|[-–—](?=[ \t\xa0])|\d{1,2}[.)](?=[ \t\xa0]))[ \t\xa0]*")
HEADING_MAX_CHARS = 140
# Longer "sentences" are tables, lists or dumps without punctuation. They are cut into pieces of at most
# this many characters (at a line break, tab, semicolon, comma or space), because claim context is
# read per sentence and a 100,000-character sentence with thousands of figures would make it quadratic.
MAX_SEGMENT_CHARS = 1000
_CUT_PREFERENCE = ("\n", "\t", ";", ",", " ")
# A sentence ends at . ! ? … (and closing quotes/brackets) before white space and
# an upper-case letter, a digit, a quote or a dash; or, glued, before Capitalised text.
# The mark first, then the look-behind that it opens its run ('(?<![.!?…])' before it, read from after it): a pattern
# that opens with a character class is scanned for it in C, faster than a look-ahead tried at every position
_BOUNDARY = re.compile(r"([.!?…](?<![.!?…]{2})[.!?…]*+)([\"”’)\]]*)(\s+)(?=[A-ZÅÄÖÉÜ0-9\"”“'‘\-–—•(])")
_GLUED = re.compile(r"([.!?])(?<=[a-zåäöéü]{2}[.!?])(?=[A-ZÅÄÖ][a-zåäöéü])")   # the mark first: scanned for fast
_WORD_BEFORE = re.compile(r"(?<![\w.:])([\w.:]+)$")   # a whole word only: no quadratic backtracking


# a line as str.splitlines(keepends=True) cuts it (the same line boundaries), found lazily
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])?")


@dataclass(slots=True)           # slots: a large document has hundreds of thousands of segments
class Segment:
    index: int
    start: int
    end: int
    text: str
    kind: str            # title | heading | sentence | bullet
    block: int           # paragraph / list item number
    heading: int | None  # index of the governing heading segment
    quote: bool = False  # inside a dash-introduced quote paragraph

    def to_dict(self) -> dict:
        return asdict(self)


def _blocks(text: str, furniture: list):
    """(start, end, is_bullet, is_quote) per paragraph or list item outside furniture."""
    def lines():         # one line at a time: a 50 MB document is not copied into a list of lines
        pos = 0
        for m in _LINE.finditer(text):
            raw = m.group(0)
            if not raw:
                break
            body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
            yield pos, pos + len(body), body
            pos += len(raw)

    def in_furniture(s):
        return any(fs <= s < fe for fs, fe, _ in furniture)

    current, last = None, ""
    for s, e, body in lines():
        if not body.strip() or in_furniture(s):
            if current:
                yield current
                current = None
            continue
        bullet = BULLET_RE.match(body)
        if bullet and current and _CELL_GAP.search(last) and _CELL_GAP.search(body):
            bullet = None           # '– varav HVO100   41 900   +32,4' between rows of cells: a row of the table
        if bullet:
            if current:
                yield current
            quote = bullet.group(1) in "-–—"
            current = (s + bullet.end(), e, not quote, quote)
            yield current
            current = None
            continue
        if current and (not re.search(r"[.!?:…]\s*$", text[current[0]:current[1]])
                        or _CELL_GAP.search(last) and _CELL_GAP.search(body)):
            current = (current[0], e, False, False)      # a hard-wrapped line continues the paragraph; a row of
        else:                                            # cells after a header line ending 'p.e.' continues the table
            if current:
                yield current
            current = (s, e, False, False)
        last = body
    if current:
        yield current


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset) -> bool:
    lo = max(0, dot - 40)
    m = _WORD_BEFORE.search(text, lo, dot)         # a word longer than the window is no abbreviation
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in abbreviations:
        return True
    return len(word) == 1 and word.isalpha() and text[m.start()].isupper()   # an initial: 'K. Jammeh'


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _between_rows(text: str, stop: int, nxt: int) -> bool:
    """Whether a full stop ends a line of cells and the next line is one too (a table's header and rows)."""
    if "\n" not in text[stop:nxt]:
        return False
    return bool(_CELL_GAP.search(text, _line_start(text, stop), stop)) \
        and bool(_CELL_GAP.search(text, nxt, _line_end(text, nxt)))


_SHORT_TAIL = re.compile(r"\.[ \t]*[\w/–-]{0,10}[ \t]*(?=\n|$)")


def _inside_row(text: str, stop: int) -> bool:
    """Whether a full stop stands between cells of one line of a table ('Brottstyp   2015   Per 100 000 inv. 2025
    Förändring'): cells before it and after it on its line, or only a short last word after it on a header line
    over a row of cells ('Kategori   Jan–jun 2026   Per 100 000 inv. 2026')."""
    if not _CELL_GAP.search(text, _line_start(text, stop), stop):
        return False
    end = _line_end(text, stop)
    if _CELL_GAP.search(text, stop, end):
        return True
    return _SHORT_TAIL.match(text, stop) is not None and end < len(text) \
        and bool(_CELL_GAP.search(text, end + 1, _line_end(text, end + 1)))


_LABEL_END = re.compile(r"\.(?:\t| {2,})[-+−–\d]")


def _ends_row_label(text: str, stop: int) -> bool:
    """Whether a full stop closes the label of a table row ('Information och komm.   71   38   41') under a line of
    cells: cells with figures follow it on its line and the line above is a row of cells too."""
    if not _LABEL_END.match(text, stop):
        return False
    line = _line_start(text, stop)
    return line > 0 and bool(_CELL_GAP.search(text, _line_start(text, line - 1), line - 1))


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset) -> list[tuple[int, int, bool]]:
    """(start, end, glued) sentence spans inside text[start:end], white space trimmed."""
    cuts: list[tuple[int, bool]] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group(1) == "." and _is_abbreviation(text, m.start(1), abbreviations):
            continue
        if _between_rows(text, m.start(1), m.end(3)) or _inside_row(text, m.start(1)) or _ends_row_label(text, m.start(1)):
            continue                    # 'Förändring, p.e.' ending a table's header line: the rows go on
        cuts.append((m.start(3), False))
    for m in _GLUED.finditer(text, start, end):
        if m.group(1) == "." and _is_abbreviation(text, m.start(1), abbreviations):
            continue
        cuts.append((m.end(1), True))
    spans, prev, prev_glued = [], start, False
    for cut, glued in sorted(cuts) + [(end, False)]:
        s, e = prev, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e, prev_glued))
        prev, prev_glued = cut, glued
    return spans


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut text[start:limit]: after the last preferred break in its second half (a space between
    two digits is no break: '1 000'), else at ``limit``."""
    low = start + (limit - start) // 2
    for mark in _CUT_PREFERENCE:
        i = text.rfind(mark, low, limit)
        while i > low and mark == " " and text[i - 1].isdigit() and text[i + 1:i + 2].isdigit():
            i = text.rfind(mark, low, i)
        if i > low:
            return i + 1
    return limit


def bounded(text: str, spans: list[tuple[int, int, bool]], limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int, bool]]:
    """Spans no longer than ``limit`` characters: overlong ones are cut (see MAX_SEGMENT_CHARS)."""
    out = []
    for s, e, glued in spans:
        while e - s > limit:
            cut = _cut_point(text, s, s + limit)
            end = cut
            while end > s and text[end - 1].isspace():
                end -= 1
            if end > s:
                out.append((s, end, glued))
            glued, s = False, cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e, glued))
    return out


def _split_leading_heading(text: str, spans: list, not_last: frozenset) -> list:
    """'FINANSIELL STÄLLNING\nSoliditeten uppgick …': a paragraph opening with a short line without closing
    punctuation, followed by a line that opens with a capital, opens with a heading; its first span is cut in two
    (the heading is then a segment of its own, governing what follows). Not when the line ends in a word that never
    ends a heading (entities.json heading_line_not_last: prose wrapped before a name), nor when it is a line of
    cells or the caption of the cells below it."""
    s, e, glued = spans[0]
    nl = text.find("\n", s, e)
    if nl < 0:
        return spans
    line = text[s:nl].rstrip()
    rest = nl + 1
    while rest < e and text[rest].isspace():
        rest += 1
    words = line.split()
    if _CELL_GAP.search(text, rest, e):
        return spans                  # a caption over rows of cells: the table reader takes the block whole
    if not words or not text[rest:rest + 1].isupper() or not _heading_like(line) or _CELL_GAP.search(line) \
            or words[-1].lower() in not_last or any(c.isdigit() for c in words[-1]) and len(words) == 1:
        return spans
    return [(s, s + len(line), glued), (rest, e, False)] + spans[1:]


_CELL_GAP = re.compile(r"\S(?:\t| {2,})\S")


def _heading_like(sentence: str) -> bool:
    """Short, no closing punctuation, not lower-case first; and not several lines of cells (a table without a
    caption is not a heading: its column periods would govern the prose after it)."""
    s = sentence.strip()
    if "\n" in s and any(_CELL_GAP.search(line) for line in s.splitlines()):
        return False
    return 0 < len(s) <= HEADING_MAX_CHARS and not s.endswith((".", ",", ";")) and not s[:1].islower()


def segment_text(text: str, furniture: list | None = None, backend=None, lex: Lexicon | None = None) -> list[Segment]:
    """Pure core of the stage: text -> segments in text order. ``lex``: the lexicon whose abbreviations do not end a
    sentence (None: the default one)."""
    lex = lex or lexicon.load()
    abbreviations = lex.abbreviations
    not_last = frozenset(lex.entities["heading_line_not_last"])
    segments: list[Segment] = []
    heading: int | None = None
    for block_no, (bs, be, is_bullet, is_quote) in enumerate(_blocks(text, furniture or [])):
        spans = split_sentences(text, bs, be, abbreviations)
        if backend is not None and not is_bullet and len(spans) >= 1:
            spans = _merge_backend(text, bs, be, spans, backend, abbreviations)
        spans = bounded(text, spans)
        headed = bool(spans) and not is_bullet and not is_quote and len(_split_leading_heading(text, spans, not_last)) > len(spans)
        if headed:
            spans = _split_leading_heading(text, spans, not_last)
        single = len(spans) == 1
        for i, (s, e, glued) in enumerate(spans):
            sent = text[s:e]
            if headed and i == 0:
                kind = "title" if not segments else "heading"
            elif not segments:
                kind = "title" if single and _heading_like(sent) else "sentence"
            elif single and not is_bullet and not is_quote and _heading_like(sent):
                kind = "heading"
            elif glued and i == len(spans) - 1 and _heading_like(sent):
                kind = "heading"        # a headline glued to the paragraph before it
            elif is_bullet:
                kind = "bullet"
            else:
                kind = "sentence"
            if kind in ("heading", "title"):
                segments.append(Segment(len(segments), s, e, sent, kind, block_no, heading, is_quote))
                heading = len(segments) - 1
            else:
                segments.append(Segment(len(segments), s, e, sent, kind, block_no, heading, is_quote))
    return segments


def _merge_backend(text, bs, be, spans, backend, abbreviations):
    """Add the backend's sentence boundaries to the rule-based ones (never after an abbreviation)."""
    proposed = backend.sentences(text[bs:be])
    if not proposed:
        return spans
    cuts = {s for s, _, _ in spans}
    for ps, _ in proposed:
        cut = bs + ps
        if cut in cuts or cut <= bs:
            continue
        before = text[bs:cut].rstrip()
        if before.endswith(".") and _is_abbreviation(text, bs + len(before) - 1, abbreviations):
            continue
        if not before.endswith((".", "!", "?", "…", ":", "”", "\"")):
            continue        # the backend may not split inside a clause
        cuts.add(cut)
    glued = {s for s, _, g in spans if g}
    ordered = sorted(cuts)
    out = []
    for i, s in enumerate(ordered):
        e = ordered[i + 1] if i + 1 < len(ordered) else be
        ss, ee = s, e
        while ee > ss and text[ee - 1].isspace():
            ee -= 1
        if ee > ss:
            out.append((ss, ee, s in glued))
    return out
