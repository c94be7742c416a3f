"""Tables: the unit, scale, period and change meaning a table's header, caption and row labels give its cells.

A table cell is a record like any other (CONTRACT: brackets, tables and change): its unit and scale come from
its column or row header or the table's caption ('Mkr', 'Försäljning, Mkr', 'kr/år'), its period from its column
header ('April 2023'), its direction from the sign in a change column ('Förändring %'). Two layouts reach here:
a table inside one segment (plain text or markdown: ``apply_table_unit``) and a table whose rows stand in
segments of their own (HTML: ``apply_table_rows``). Figures keep sentence-relative offsets; a figure a table
changed says so (``unit_source``/``per_source``/``scale_source`` = "table"), so that a reviewer, and the
comparison of ``quantities`` with ``run``, can tell the table's word from the sentence's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, quantities
from .quantities import Quantity
from .segment import Segment
from .text import HAS_DIGIT as _HAS_DIGIT
from .times import find_times


_TABLE_RULE = re.compile(r"[|:\-\s]+")           # '|---|---|'
_TABLE_CELLS = re.compile(r"\t|\|| {2,}")


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
            if not q.per and per:
                q.per_source = "table"
            q.unit, q.kind, q.unit_text, q.per = unit, kind, None, q.per or per
            q.entity, q.needs_unit, q.unit_source = None, False, "table"
            if scale != 1:
                q.scale_source = "table"


def _apply_table_scale(q: Quantity, unit, scale: float) -> None:
    if q.unit_text is None and q.kind in ("count", "number") and not q.unit_shared and q.applied_scale == 1:
        quantities._apply_scale(q, scale)
        if scale != 1:
            q.scale_source = "table"
        if unit is not None:
            q.unit, q.kind, q.unit_text, q.unit_source = unit.unit, unit.kind, None, "table"
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
            q.direction_source = "table"
            if q.kind == "percent" and q.unit_text is None:     # a change of a rate the caption gives in percent
                q.unit = q.kind = "percentage_point"
                q.unit_source = "table"


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
            and is_caption(before.text) else None
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


def is_caption(text: str) -> bool:
    """A table caption: one short line that does not end a sentence ('Tabell 1. Arbetskraften ..., tusental')."""
    return "\n" not in text and len(text) <= 160 and not text.rstrip().endswith((".", "!", "?")) and not _TABLE_CELLS.search(text)
