"""Stage 3, extract: a Document and its segments -> claims (quantity + time + change + context).

This is where sentence-level findings meet document-level knowledge: the
currency a bare 'miljard' is in, the period a heading gives to its list,
the electoral term a document defines, the speaker of a quote paragraph,
and which claims repeat an earlier one. Offsets are shifted here from
sentence-relative to document-relative, once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache

from . import context, lexicon, quantities, syntax
from .ingest import Document
from .quantities import Quantity, find_quantities
from .segment import Segment
from .numbers import parse_number_word
from .times import TimeExpr, find_times, parse_published


@dataclass
class Claim:
    sentence: dict
    quantity: dict
    time: dict | None
    change: dict | None
    subject: str | None
    claim_type: str
    claim_types: list
    attribution: dict | None
    duplicate_of: int | None = None        # index of the earlier claim this one repeats
    segment_kind: str = "sentence"

    def to_dict(self) -> dict:
        return asdict(self)


def document_term(times_by_segment: list[list[TimeExpr]]) -> tuple[int, int] | None:
    """An electoral term the document itself names ('vårt styre 2018 – 2022'), if any."""
    conf = lexicon.load().time["electoral_term"]
    for times in times_by_segment:
        for t in times:
            if t.type == "range" and t.grain == "year" and t.start and t.end:
                a, b = int(t.start), int(t.end)
                if b - a == conf["length_years"] and (a - conf["first_election_year"]) % conf["length_years"] == 0:
                    return a, b
    return None


class _LazySubject:
    """The subject a sentence without figures leaves for the next one: found only if a later sentence
    refers back to it ('Men den är ändå på 12,9 procent'), which few do (speed)."""
    __slots__ = ("text", "before", "_value", "_done")

    def __init__(self, text: str, before):
        self.text, self.before, self._done = text, before, False

    def get(self) -> str | None:
        chain = [self]                     # a long run of sentences without figures: no recursion
        while isinstance(chain[-1].before, _LazySubject) and not chain[-1]._done:
            chain.append(chain[-1].before)
        for lazy in reversed(chain):
            if not lazy._done:
                before = lazy.before._value if isinstance(lazy.before, _LazySubject) else lazy.before
                lazy._value = context.find_subject(lazy.text, len(lazy.text)) or before
                lazy._done, lazy.before = True, None
        return self._value


def _explicit_year(t: TimeExpr) -> int | None:
    """The year of a written-out point in time ('under 2023', 'i augusti 2023'), or None."""
    if t.type == "point" and not t.baseline and t.start and t.end and t.start[:4] == t.end[:4] and t.start[:4].isdigit():
        return int(t.start[:4])
    return None


def anchor_anaphoric_years(text: str, times: list[TimeExpr], last_year: int | None) -> int | None:
    """'Under 2023 ... jämfört med 68 året innan', 'Under året togs 410 verk i drift': relative years that count from
    the year the text is about (the last one named before, in this sentence or earlier) rather than from the
    publication date. Marks record comparisons ('den lägsta nivån sedan 1970-talet') as baselines. Returns the
    last named year after this sentence."""
    tl = lexicon.load().time
    for t in times:
        if not t.baseline and _is_record_point(text, t):      # 'den högsta nivån sedan valet 2022'
            t.baseline = True
            continue
        year = _explicit_year(t)
        if year is not None:
            last_year = year
            continue
        key = t.text.lower()
        words = key.split()
        if last_year is not None and t.type == "relative" and t.grain == "year" and len(words) == 3 \
                and words[2] in tl.get("anaphoric_offsets", ()):       # 'År 2023 ... jämfört med 46 procent fem år tidigare'
            n = int(words[0]) if words[0].isdigit() else parse_number_word(words[0])
            if n is not None:
                y = str(last_year + tl["relative_offsets"][words[2]] * n)
                t.start, t.end, t.resolved = y, y, True
                continue
        if last_year is not None and t.type == "relative" and t.grain == "year" and key in tl["anaphoric_years"]:
            y = str(last_year + tl["relative_years"][key])
            t.start, t.end, t.resolved = y, y, True
            t.type = "point"                    # anchored to a named year, it is a stated period (it carries on)
    return last_year


_TWO_WORDS = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,2}")


def _is_record_point(text: str, t: TimeExpr) -> bool:
    """A superlative, 'sedan' and at most two words right before the time ('den lägsta nivån sedan 1970-talet',
    'den högsta nivån sedan valet 2022'): a comparison point, not the claim's period."""
    before = text[max(0, t.char_start - 60):t.char_start]
    s = before + t.text[:6]
    return any(m.end() >= len(before) or _TWO_WORDS.fullmatch(before, m.end()) for m in _record_since().finditer(s))


@lru_cache(maxsize=1)
def _record_since():
    rank = lexicon.load().numbers["rank"]
    sup = rf"(?:[a-zåäö]+(?:{'|'.join(rank['superlative_suffixes'])})|{'|'.join(rank['superlatives'])})"
    since = "|".join(map(re.escape, lexicon.load().time["record_since"]))
    return re.compile(rf"\b{sup}(?:\s+[a-zåäö]+){{0,2}}\s+(?:{since})\s+(?:{since}\s)?", re.I)


_TABLE_RULE = re.compile(r"[|:\-\s]+")           # '|---|---|'
_TABLE_CELLS = re.compile(r"\t|\|| {2,}")
_HAS_DIGIT = re.compile(r"\d")


def apply_table_unit(text: str, qs: list[Quantity], caption: str | None = None, published=None,
                     periods: dict | None = None) -> None:
    """A table whose header or caption names a unit or scale ('Budget 2024, mnkr', '..., tusental') gives it to
    every bare figure in its rows. ``caption``: the line before the table when it stands in a block of its own.
    ``periods``: filled with id(quantity) -> the period heading its column ('April 2023')."""
    first, *rows = text.split("\n")
    rows = [r for r in rows if r.strip() and not _TABLE_RULE.fullmatch(r.strip())]
    if not qs or not rows or not all(_HAS_DIGIT.search(r) for r in rows) \
            or 2 * sum(bool(_TABLE_CELLS.search(r)) for r in rows) < len(rows):
        return                                        # not a table: prose, or a wrapped paragraph
    unit, scale = _header_unit(first)
    if unit is None and scale == 1.0 and caption:
        unit, scale = _header_unit(caption)
    if unit is not None or scale != 1.0:
        for q in qs:
            if q.char_start > len(first):
                _apply_table_scale(q, unit, scale)
    pos = len(first) + 1
    for row in text[pos:].split("\n"):
        _apply_row_label(row, [q for q in qs if pos <= q.char_start < pos + len(row)], pos)
        pos += len(row) + 1
    _table_columns(text, first, [q for q in qs if q.char_start > len(first)])
    if periods is not None:
        _column_periods(text, first, [q for q in qs if q.char_start > len(first)], published, periods)
    qs[:] = [q for q in qs if q.char_start > len(first) or not _change_header_cell(first, q)]


def _header_unit(first: str):
    """The unit and scale a table's header or caption names: (Unit or None, scale)."""
    toks = quantities.tokenize(first)
    lex = lexicon.load()
    scales = {**lex.numbers["scales"], **lex.numbers["table_scales"]}
    unit, scale = None, 1.0
    for i, tok in enumerate(toks):
        if i and toks[i - 1].is_num:
            continue                                  # '15–74 år' is a figure of the header itself
        hit = quantities._match_unit(first, toks, i)
        if hit and hit[1].kind in ("money", "percent", "percentage_point", "measure"):
            unit = hit[1]
            scale *= unit.scale
        elif tok.low in scales:
            scale *= scales[tok.low]
    return unit, scale


@lru_cache(maxsize=256)
def _label_unit(label: str):
    """The unit a table row's label names after its last comma ('Fast avgift, kr/år', 'Rörlig avgift, kr/m³'):
    (unit, kind, per, scale) read as if it followed a figure, or None."""
    tail = label.rsplit(",", 1)[1].strip() if "," in label else ""
    if not tail or len(tail) > 24 or _HAS_DIGIT.search(tail):
        return None
    qs = quantities.find_quantities("1 " + tail)
    if len(qs) != 1 or qs[0].char_end != len(tail) + 2 or qs[0].kind in ("count", "number") or qs[0].value is None:
        return None
    return qs[0].unit, qs[0].kind, qs[0].per, qs[0].value


def _apply_row_label(row: str, qs: list[Quantity], offset: int = 0) -> None:
    """A row whose label names a unit ('Fast avgift, kr/år | 4 680 | 5 100') gives it to the row's bare figures.
    ``qs``: the row's figures, offsets into the row text plus ``offset``."""
    if not qs or not _TABLE_CELLS.search(row):
        return
    spec = _label_unit(row[:qs[0].char_start - offset].strip(" |\t"))
    if spec is None:
        return
    unit, kind, per, scale = spec
    for q in qs:
        if q.unit_text is None and q.kind in ("count", "number") and not q.unit_shared and q.applied_scale == 1:
            if scale != 1:
                quantities._apply_scale(q, scale)
            q.unit, q.kind, q.unit_text, q.per = unit, kind, None, q.per or per
            q.entity, q.needs_unit = None, False


def _apply_table_scale(q: Quantity, unit, scale: float) -> None:
    if q.unit_text is None and q.kind in ("count", "number") and not q.unit_shared and q.applied_scale == 1:
        quantities._apply_scale(q, scale)
        if unit is not None:
            q.unit, q.kind, q.unit_text = unit.unit, unit.kind, None
        q.entity, q.needs_unit = None, False


def _table_columns(text: str, header: str, qs: list[Quantity]) -> None:
    """A column headed 'Förändring' (change.json table_change_headers) holds changes: a signed figure there states its
    direction, a percentage there is in percentage points. ``qs`` are the figures of the rows, offsets into ``text``."""
    words = lexicon.load().change.get("table_change_headers", [])
    cells = [c.strip().lower() for c in _TABLE_CELLS.split(header)]
    if not any(c.startswith(tuple(words)) for c in cells):
        return
    for q in qs:
        line = text.rfind("\n", 0, q.char_start) + 1
        col = len(_TABLE_CELLS.findall(text, line, q.char_start))
        if col < len(cells) and cells[col].startswith(tuple(words)) and q.text[:1] in "+−-" and q.value:
            q.direction = "increase" if q.value > 0 else "decrease"
            if q.kind == "percent" and q.unit_text is None:     # a change of a rate the caption gives in percent
                q.unit = q.kind = "percentage_point"


def _column_periods(text: str, header: str, qs: list[Quantity], published, out: dict) -> None:
    """A column headed by one period ('April 2023', 'September 2024', '2025') gives it to the figures below it: the
    column, not the sentence around the table, says when they were measured. ``qs``: offsets into ``text``."""
    if not _TABLE_CELLS.search(header):
        return
    periods = {}
    for col, cell in enumerate(_TABLE_CELLS.split(header)):
        if _HAS_DIGIT.search(cell):
            found = [t for t in find_times(cell, published) if t.start and not t.baseline and t.type != "sequence"]
            if len(found) == 1:
                periods[col] = found[0]
    if not periods:
        return
    for q in qs:
        line = text.rfind("\n", 0, q.char_start) + 1
        col = len(_TABLE_CELLS.findall(text, line, q.char_start))
        if col in periods:
            out[id(q)] = periods[col]


def _change_header_cell(header: str, q: Quantity) -> bool:
    """A figure in a header cell that heads a change column ('Förändring 3 mån') names the column's period."""
    words = tuple(lexicon.load().change.get("table_change_headers", []))
    if q.char_end > len(header) or not _TABLE_CELLS.search(header):
        return False
    cell = _TABLE_CELLS.split(header)[len(_TABLE_CELLS.findall(header, 0, q.char_start))]
    return cell.strip().lower().startswith(words)


def apply_table_rows(found: list, published=None, periods: dict | None = None) -> None:
    """A table whose rows stand in blocks of their own (HTML: one block per row): the first row is the header, the
    line before it the caption; the unit and scale they name go to the bare figures of the rows below, the period
    heading a column to the figures under it (``periods``, as in apply_table_unit)."""
    k = 0
    while k < len(found):
        run = [k]
        while run[-1] + 1 < len(found) and _is_row(found[run[-1] + 1][0]) and _is_row(found[run[0]][0]) \
                and found[run[-1] + 1][0].block == found[run[-1]][0].block + 1:
            run.append(run[-1] + 1)
        if len(run) < 3:
            k += 1
            continue
        header = found[run[0]][0].text
        before = found[run[0] - 1][0] if run[0] > 0 else None
        caption = before.text if before is not None and before.block == found[run[0]][0].block - 1 \
            and _is_caption(before.text) else None
        head_qs = found[run[0]][2]
        head_qs[:] = [q for q in head_qs if not _change_header_cell(header, q)]
        unit, scale = _header_unit(header)
        if unit is None and scale == 1.0 and caption:
            unit, scale = _header_unit(caption)
        for i in run[1:]:
            seg, _, qs = found[i]
            for q in qs:
                if unit is not None or scale != 1.0:
                    _apply_table_scale(q, unit, scale)
            _apply_row_label(seg.text, qs)
            _table_columns(header + "\n" + seg.text, header, [_shifted(q, len(header) + 1) for q in qs])
            if periods is not None:
                _column_periods(header + "\n" + seg.text, header, qs, published, periods)
            for q in qs:
                _shifted(q, -len(header) - 1)
        k = run[-1] + 1


def _shifted(q: Quantity, by: int) -> Quantity:
    q.char_start += by
    q.char_end += by
    return q


def _is_row(seg: Segment) -> bool:
    return "\n" not in seg.text and _TABLE_CELLS.search(seg.text) is not None


def _is_caption(text: str) -> bool:
    """A table caption: one short line that does not end a sentence ('Tabell 1. Arbetskraften ..., tusental')."""
    return "\n" not in text and len(text) <= 160 and not text.rstrip().endswith((".", "!", "?")) and not _TABLE_CELLS.search(text)


def extract_document(doc: Document, segments: list[Segment], backend=None) -> list[Claim]:
    """Pure core of the stage."""
    return list(iter_claims(doc, segments, backend))


def iter_claims(doc: Document, segments: list[Segment], backend=None):
    """The claims of ``extract_document`` one at a time, so that a run can write each record as it comes
    instead of holding every claim of a large document (issue 11: memory bounded)."""
    published = doc.published
    pub = parse_published(published)
    all_times = [find_times(seg.text, published) for seg in segments]
    term = document_term(all_times)
    last_year = None
    for seg, times in zip(segments, all_times):
        last_year = anchor_anaphoric_years(seg.text, times, last_year)
    found: list[tuple[Segment, list[TimeExpr], list[Quantity]]] = []
    column_periods: dict[int, TimeExpr] = {}         # id(quantity) -> the period heading its table column
    for seg, times in zip(segments, all_times):
        if term:
            for t in times:
                if t.type == "term":            # 'mandatperioden' is the term this document names
                    t.start, t.end, t.resolved = str(term[0]), str(term[1]), True
        qs = find_quantities(seg.text, times)
        before = found[-1][0] if found else None
        apply_table_unit(seg.text, qs, before.text if before is not None and before.block == seg.block - 1
                         and _is_caption(before.text) else None, published, column_periods)
        found.append((seg, times, qs))
    apply_table_rows(found, published, column_periods)

    # a bare scaled amount: a count when its clause is about 'antalet X', else the document's money
    currencies = Counter(q.unit for _, _, qs in found for q in qs if q.kind == "money")
    for seg, _, qs in found:
        for q in qs:
            if not q.needs_unit:
                continue
            subject = context.find_subject(seg.text, q.char_start) or ""
            if subject.lower().startswith(("antalet", "antal ")):
                q.kind, q.unit, q.entity = "count", "count", " ".join(subject.split()[1:]) or None
            elif currencies:
                q.unit, q.kind, q.unit_inferred = currencies.most_common(1)[0][0], "money", True

    blocks: dict[int, list[Segment]] = {}
    for seg in segments:
        blocks.setdefault(seg.block, []).append(seg)
    block_attr: dict[int, dict | None] = {}

    n_claims = 0
    seen: dict[tuple, int] = {}
    previous_times: list[TimeExpr] = []
    previous_times_block = None
    previous_block = previous_kind = None
    previous_subject = None
    heading_times: dict[int, list[TimeExpr]] = {}
    for seg, times, qs in found:
        if seg.kind in ("heading", "title"):
            heading_times[seg.index] = [t for t in times if t.start and t.type in ("range", "point", "term", "open_start", "open_end")]
        if seg.kind in ("heading", "title") or seg.block != previous_block and (seg.kind != "sentence" or previous_kind != "sentence"):
            previous_times = []            # a paragraph continues the period of the paragraph before it; lists do not
        elif seg.block != previous_block:
            # ... but only a stated period: 'sedan 1990' and 'senast 2045' frame their own sentence's change or goal
            previous_times = [t for t in previous_times if t.type in ("point", "range", "term")]
        previous_block, previous_kind = seg.block, seg.kind
        governing = heading_times.get(seg.heading, []) if seg.heading is not None and seg.kind not in ("heading", "title") else []
        if seg.block not in block_attr:
            bs = blocks[seg.block]
            block_attr[seg.block] = context.find_attribution(doc.text[bs[0].start:bs[-1].end])
        prev_time = None
        parse = backend.parse(seg.text) if qs and backend is not None and getattr(backend, "has_parser", False) else None
        rated = [q for q in qs if q.per]           # rates the grammar gave ('4 procent per år')
        for q in qs:
            q.per = q.per or context.clause_rate(seg.text, q, rated)
        context.elided_rates(seg.text, qs)         # '52 900 kronor per kvadratmeter och i Malmö 33 100 kronor'
        change = None
        # a standing fact in the present tense opening a new paragraph names no period: the publication date, not the
        # period of the paragraph before ('Stångåstaden äger cirka 19 300 lägenheter')
        standing = bool(pub and qs and previous_times and previous_times_block != seg.block
                        and not any(t.start for t in times) and context.standing_fact(seg.text, qs))
        for q_index, q in enumerate(qs):
            time = context.attach_time(seg.text, q, times, prev_time, previous_times, governing, published,
                                       pub.year if pub else None)
            if standing and time and time.get("source") == "sentence_context":
                time = {"text": None, "start": str(published)[:10], "end": str(published)[:10], "source": "publication_date",
                        "grain": "day", "note": "a standing fact in the present tense"}
            if id(q) in column_periods:
                time = context._as_time(column_periods[id(q)], "document_context", note="the period heading its table column")
            prev_time = time
            change = context.find_change(seg.text, q, qs, times, q_index, change)
            subject = context.find_subject(seg.text, q.char_start, previous_subject)
            if isinstance(subject, _LazySubject):
                subject = subject.get()
            if parse:
                if q.kind == "count" and q.entity is None:
                    q.entity = syntax.counted_noun(parse, q.core_start, q.core_end)
                subject = subject or syntax.measured_subject(seg.text, parse, q.core_start)
            types = context.claim_types(seg.text, q, change)
            quantity = q.public()
            quantity["char_start"] += seg.start
            quantity["char_end"] += seg.start
            key = (" ".join(seg.text.lower().split()), q.text)
            claim = Claim(
                sentence={"index": seg.index, "text": seg.text, "char_start": seg.start, "char_end": seg.end},
                quantity=quantity, time=time, change=change, subject=subject,
                claim_type=types[0], claim_types=types, attribution=block_attr[seg.block],
                duplicate_of=seen.get(key), segment_kind=seg.kind)
            seen.setdefault(key, n_claims)
            n_claims += 1
            yield claim
            if subject:
                previous_subject = subject
        own = [t for t in times if not t.baseline and t.start and t.type != "sequence" and (qs or t.type != "open_end")]
        if own:
            previous_times, previous_times_block = own, seg.block
        if not qs and seg.kind != "heading":
            previous_subject = _LazySubject(seg.text, previous_subject)
